"""Conversation rules: a post that asks nothing, a post that only broadcasts (SMM2xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.conversation import Conversation, broadcasts, conversation
from smmlint.core.model import Severity
from smmlint.core.registry import Example, ExampleLike, Hit, rule
from smmlint.read.post import Post

# Fewer words of one's own than this is a reaction ("Love it!"), a bare link or a retweet:
# other rules speak to those, and there is no conversation to judge.
MIN_OWN_WORDS = 3


_HINTS = {
    "hook": "Your question is a hook the post answers itself; end with one your readers answer.",
    "borrowed-question": (
        "The question here is someone else's (quoted, reported, retweeted or a headline's): "
        "ask your readers one of your own."
    ),
    "offer": (
        "You tell readers what to buy or sign up for; ask what they need instead, "
        "e.g. 'Which one would you pick?'"
    ),
    "orders": "You tell readers what to do; also ask them something they can answer in one line.",
    "self": "You talk about yourselves: say what it changes for the reader, or ask them.",
    "news": "You pass on news: say what it means for your readers, or ask what they make of it.",
}
# Examples are posts for a network: on ``generic`` with no hashtag, mention, link or team
# voice the text may be a private message or a comment, and the conversation rules say
# nothing about it.
_NETWORK = "linkedin"


def _posts(*examples: ExampleLike) -> tuple[Example, ...]:
    """Examples drafted for ``_NETWORK``."""
    return tuple(
        Example(e, platform=_NETWORK)
        if isinstance(e, str)
        else Example(e[0], _NETWORK, reason=e[1])
        for e in examples
    )


_QUESTION_HINT_ORDER = ("hook", "borrowed-question", "offer", "orders")
_ENGAGEMENT_HINT_ORDER = ("hook", "borrowed-question", "self", "news")


def _hint(found: Conversation, order: tuple[str, ...]) -> str | None:
    return next((_HINTS[reason] for reason in order if reason in found.reasons), None)


def _judged(post: Post, options: Mapping[str, Any]) -> Conversation | None:
    """The post's conversation reading, or None when it is not judged (too short, a reply,
    a courtesy, a thread part before the last)."""
    found = conversation(post)
    if found.own_words < options["min_words"] or found.exempt or found.asks:
        return None
    return found


@rule(
    code="SMM201",
    name="missing-question",
    severity=Severity.SUGGESTION,
    category="conversation",
    message="The post speaks to its readers but asks them nothing.",
    hint="End with a question your audience can answer in one line, or invite a reply.",
    options={"min_words": MIN_OWN_WORDS},
    fires=_posts(
        "Our spring range is live and you can pick your colours now. Shop now.",
        "Your photos from the fair are up on our site.",
        "As protests continue, here are 5 facts you need to know: https://example.com/facts",
        "Here's some fantastic #GifHistory for you https://example.com/thread",
        "You can find us at stand 14. Tired of slow Wi-Fi? Our new router fixes that.",
        'Join us on Friday. She asked me "what do you even post about?" and I had no answer.',
        "The new menu starts on Monday. cc @ben",
    ),
    quiet=(
        *_posts(
            ("Our spring range is live. Which colour would you pick?", "a wh-question"),
            ("Anyone know a good accountant in Leeds", "a question typed without '?'"),
            ("Big news from the team. Tell us what you think!", "an explicit invitation"),
            ("We moved the meetup to Friday. Does that still work for everyone?", "yes/no"),
            ("New logo, same coffee. Thoughts?", "a one-word prompt"),
            ("¿Qué sabor prefieres para el verano?", "a Spanish question marked by '¿'"),
            ("@ana thanks, fixed it on our side.", "a reply is already a conversation"),
            ("Love it!", "too short to judge"),
            ("Huge thanks to everyone who came to the open day.", "a thank-you needs no question"),
            ("Congratulations to the class of 2025!", "a congratulation"),
            ("Rest in peace, Ursula. Your books made me who I am.", "a condolence"),
            ("Happy holidays from all of us, see you in January.", "a wish"),
            ("2/5 The first thing you notice is the silence.", "a thread part before the last"),
            ("Our shop will be closed on Monday.", "speaks to no one: missing-engagement's"),
            (
                "Nominate a colleague for the community award by Friday.",
                "an order alone is a call to action, for the push rules",
            ),
            ("Love this song, the best one on the album!", "a short reaction"),
            ("Closed Monday for stocktaking, DM us if an order is urgent.", "invites a message"),
            (
                "Our helpdesk is open all weekend for your orders. Need help? Call 0800 123 456.",
                "an offer of help put as the reader's need invites them to get in touch",
            ),
            (
                "Yes, you can still join us: doors open at 7 and you'll find us upstairs.",
                "'Yes,' before a comma answers someone: a reply",
            ),
            (
                "Your slides are up on our site. See you tomorrow!",
                "a leave-taking closes the conversation",
            ),
            (
                "I read Earthsea at twelve. It's not often you get surprised like that.",
                "a memory: its 'you' is anyone",
            ),
            (
                "Michelle dancing to a live You Got Me https://example.com/gif #GifHistory",
                "the only 'You' is in a title",
            ),
            (
                "Nice one, Donald... now look what you've done https://example.com/news",
                "'you' is the one called by name, not the reader",
            ),
            (
                "Suspect countries are the ones you didn't ban. https://example.com/news",
                "a bare 'you' that serves the reader nothing: an opponent, not the reader",
            ),
            (
                "When u realize that ur project is due TOMORROW #meme",
                "a meme's 'you' is anyone",
            ),
            (
                "And you leftist idiots want to let them in! https://example.com/x",
                "a rant: its 'you' is an opponent",
            ),
            (
                "Le Guin was a gift to the genre. The world is poorer without her.",
                "a tribute: someone died",
            ),
            (
                "Please check out my channel! Just uploaded my first video, you won't regret it",
                "a plea for one's own channel: self-promotion, the push rules' finding",
            ),
            (
                "If you think #YesAllWomen is just a rant, check out the comments anywhere.",
                "an argument with sceptics: its 'you' is the one argued with",
            ),
            (
                "Love your neighbour, and you will bring them to love. -Dorotheus of Gaza",
                "a credited quotation: its 'you' is the saying's",
            ),
            (
                "Hey, join me on tsu, where you can see all my content https://example.com/me",
                "a plea for the author ('join me'): self-promotion, the push rules' finding",
            ),
            (
                "Please give us a chance and check out the new video on our channel!",
                "a band's plea for its own video: the call to act is the engagement",
            ),
        ),
        Example(
            "Your photos from the fair are up on the site.",
            reason="generic, no hashtag, mention, link or team voice: perhaps a private message",
        ),
        Example("U having lunch alone? Msg me b4 u call", reason="a private text message"),
        Example(
            "By clicking Sign Up, you agree to receive our texts.",
            reason="a website's interface copy, not a post",
        ),
    ),
)
def missing_question(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post that speaks to its readers but asks them nothing.

    ## What it does
    Fires when the post talks to someone ("you", "your", "let's", an invitation to come
    along, "cc @ben") but has no question of the author's own and no invitation to reply or
    get in touch ("tell us", "let me know", "drop a comment", "DM us"). A post that
    addresses nobody is `missing-engagement`'s: one problem, one finding. A post whose only
    address is an order ("Shop now", "Nominate a colleague") is a call to action, judged by
    `sales-push`, `multiple-ctas` and `engagement-bait`; neither conversation rule reports it.

    A question is recognised by its form (a wh-word, an auxiliary before its subject,
    "anyone...", a tag such as "..., right?", "X or Y?", "Thoughts?", "I wonder if..."), not
    by a "?" alone: a "?" inside a link, a quotation, a retweet, a reported question ("My
    manager asked: which...?"), a quotation whose opening mark was cut off ("...as natives.'
    This speech by Le Guin...") or a headline is someone else's; a formula such as "Who knew?"
    expects no answer, and a hook the post answers itself ("Tired of slow Wi-Fi? Our
    router...", "Why? Here's why...") asks nothing. A request put as a question ("Can you
    please share this?") is no question, but it does ask the reader for an answer, and so
    does a quiz ("Win a prize if u know who...?"), "get back to us", and an offer of help
    put as the reader's need right before a way to get in touch ("Need help? Call 0800...",
    "Questions? support@..."), which invites the reader to write or call as "contact us"
    does ("Need help? Our accountants sort it" is a hook the post answers with its offer).

    It speaks only about a post written for an audience. On a named network every draft is
    one; on `generic` the text may as well be a private message, a comment under a video or
    a shop's label, and a private text is never told to "start a conversation": there the
    rule stays silent unless a hashtag, a mention, a link or a team speaking ("we", "our
    new app") marks the text as written for an audience. Pick the network to have every
    draft judged. A service's notice about the reader's own account, membership or delivery
    and the terms that govern it ("If you cancel your membership...", "A link to your
    picture has been sent") is transactional copy, not a post: silent too, though a spam
    text dressed as one ("Your account has been credited with 500 free texts") then goes
    unreported. Also silent when the only "you" stands in a
    title or a shouted line ("You Got Me", "SEE YOU IN COURT": whom it speaks to cannot be
    told), and when a person speaks for themselves ("I", "my", nothing promoted) and "you"
    is anyone ("It's not often you get surprised like that"). A "you" alone, with no call on
    the reader (an order, an invitation) and nothing shared (a link), is most often anyone's
    ("To be judged on your face every day") and cannot be told from an address: silent too.
    A "you" counts without an order or an invitation only where the post serves the reader
    something ("for you", "5 facts you need to know", "you'll like it", "your favourite
    gifs", "If you're in London") or a team shares or offers something ("we", "our", with a
    link or "our new app"): a bare "you" in a person's post is as often an opponent ("the
    ones you didn't ban", "Your quote would make sense if..."), anyone ("When u realize...")
    or a quoted one, and whom it means cannot be told, so the rule stays silent. A rant or
    a testimony (swearing, contempt, a stance adverb, "#Tag because...") and news of a
    death are left alone too, whatever they tell the reader to do.
    An attack on someone is `negative-tone`'s, and needs no question; a post that calls
    someone by name ("Nice one, Donald... look what you've done", "#Israel, ...") talks to
    them, as a reply does, and its "you" is theirs.

    A person pleading for something of their own ("please subscribe to my channel", "Check
    out my videos!!"), or a team begging for its own ("Please give us a chance and check out
    the new video on our channel!"), is self-promotion, which `sales-push` and `self-centred`
    report: a question is not what it lacks, and this rule does not repeat them (a team's
    "our new app, try it", with no "please", is an offer and is still judged).

    Left alone: replies (a post that opens with a mention it speaks to, past any topic
    hashtags ("#GifHistory @ann Find this one..."), not ".@acme launches...", or with an
    answer such as "Haha...", "Too late." or "Yes," / "No," before a comma; "Yes!" alone
    opens announcements too), thanks, congratulations, condolences, wishes, apologies,
    greetings and leave-takings ("See you then", "Talk soon"; none of them should end in a
    question), short reactions ("Love this song!!!"), bare shares (the sharing rules report
    them), a thread's parts before the last ("2/5"), and posts with fewer than `min_words`
    words of the author's own. The hint says what the post does instead (an offer, orders, a
    hook, someone else's question). The finding covers
    the whole post.

    ## Why is this bad?
    Social networks reward conversation: a post that asks gets replies, and replies are what
    the feed ranks and what turns followers into a community. A post that only tells people
    what to do is a one-way message that people scroll past.
    """
    found = _judged(post, options)
    if found is None or not (found.talks_to_reader or found.to_someone):
        return  # orders alone ("Shop now") are a call to action for the push and bait rules
    if found.personal and found.opinion:
        return  # a rant or a testimony: its "you" and its orders are an argument's
    addressed = found.to_someone or found.calls_on_reader or found.serves_reader
    team = found.team_voice and bool(post.urls or "self" in found.reasons)
    if not addressed and (found.personal or not team):
        # A bare "you" with no call on the reader and nothing served to them ("for you",
        # "5 facts you need to know") is as often an opponent ("the ones you didn't ban"),
        # anyone ("you never forget...") or a quoted one; "We're watching you": a "we" and
        # a "you" with nothing shared or offered are two groups of people. Only a team
        # sharing or offering something speaks to its readers with it.
        return
    yield Hit(0, len(post.text), scope="post", hint=_hint(found, _QUESTION_HINT_ORDER))


@rule(
    code="SMM202",
    name="missing-engagement",
    severity=Severity.WARNING,
    category="conversation",
    message="The post only broadcasts: it asks its readers nothing and speaks to no one.",
    hint="Speak to the reader: ask them something, say what's in it for them, or thank someone.",
    options={"min_words": MIN_OWN_WORDS},
    fires=_posts(
        "New blog post on our Q3 results https://example.com/q3",
        "Our shop will be closed on Monday for maintenance.",
        "The Bread Baker's Field Guide, by Ana Ruiz",
        'Our CEO said "you will love it" at the launch event.',
        ".@acme announces a new plant in Leeds, 300 jobs.",
        "@CityHall hosts a panel on housing tonight at 7.",
        "Our team had its best day so far. RT @acme: Thank you all for coming! Did you enjoy it?",
        "Who knew? Our team ran the marathon in under four hours.",
        "Our CEO asked: which tool do we use for this? We still don't know.",
        "Does the four-day week work?: What 60 firms found in a year https://example.com/4day",
        "Why do onboarding emails fail? Here's what our team found in 40 of them.",
        "Virginia judge blasts travel ban, cites lack of evidence https://example.com/news",
        "Thrilled to announce that the Families website is now in Arabic https://example.com",
        "AP Explains _ Trump's options for restoring travel ban: https://example.com/ap",
        "Court rules against reinstating the travel ban https://example.com/court",
        "Call of Duty: 2019 edition sold out in a day https://example.com/cod",
        "We will win that battle, the mayor says of the ruling https://example.com/news",
        "Piers Morgan took on a comic over the ban. It went horribly wrong https://example.com/p",
    ),
    quiet=(
        *_posts(
            ("Our spring range is live. Which colour would you pick?", "asks a question"),
            ("Your photos from the fair are up on the site.", "speaks to the reader ('your')"),
            ("Nominate a colleague for the award by Friday.", "an order speaks to the reader"),
            ("@ana that's fixed on our side now.", "a reply to a person"),
            ("Huge thanks to @ana for the workshop today.", "thanks a person"),
            ("The factory is closed on Monday. DM us if an order is urgent.", "invites contact"),
            ("Join us at stand 14 at the fair on Friday.", "invites people along"),
            ("Unethical. https://example.com/t Call AG office: (512) 475-4413", "'Call' a number"),
            ("Win an iPod every week. Txt VPOD to 81303", "a keyword to text is an order"),
            ("Civic space this week, check #CIVICUSMonitor https://example.com/m", "'check' a tag"),
            ("Look for a travel ban on Spain next week... https://example.com/t", "'Look for'"),
            ("fast and beautiful download now https://example.com/app", "an order closed by 'now'"),
            ("Like my page please... https://example.com/p", "a request closed by 'please'"),
            ("Let's make Friday the best market day of the year.", "'let's' includes the reader"),
            ("Congratulations to the class of 2025.", "congratulates people"),
            ("Our thoughts are with the families of the victims.", "a condolence"),
            ("Merry Christmas and a happy new year from the whole team.", "a wish"),
            ("1/ How we cut our build time in half, a thread.", "a thread part before the last"),
            (
                "I can't say how much Le Guin's writing shaped what I think about.",
                "a person speaking for themselves",
            ),
            ("Ursula K. Le Guin was such a legend.", "a feeling voiced, no link or team"),
            (
                "I once had Le Guin visit one of my classes. She knew how to hold the room.",
                "a teacher's story: 'my classes' promotes nothing",
            ),
            ("Using the line to get home is a joke. Absolute bollocks", "a rant"),
            ("#YesAllWomen because no means no", "a campaign testimony"),
            (
                "To learn a belief without belief is to sing a song without the tune ~ Le Guin",
                "a quotation credited at its end",
            ),
            ("ursula le guin is dead", "news of a death is no place for a question"),
            ("Le Guin was a towering figure in literature.", "a tribute in the past tense"),
            ("Because old men decide what women can do #YesAllWomen", "a testimony: a reason"),
            ("Another distorted report on the protests https://example.com/r", "contempt"),
            ("Canada must stop funding the agency. https://example.com/r", "an argued opinion"),
            ("We need to stop calling it mental illness. #YesAllWomen", "'we' is people at large"),
            ("And as an adult it is safer to walk away. #YesAllWomen", "continues an earlier post"),
            ("This is an amazing idea. #GifHistory https://example.com/t", "a fan's cheer"),
            ("Best twitter thread ever. #GifHistory https://example.com/t", "praise on a link"),
            (
                "The creative adult is the child who has survived. Ursula K. Le Guin",
                "a quotation credited by name at its end",
            ),
            ("Ursula K. Le Guin is irreplaceable. https://example.com/t", "a verdict of one's own"),
            ("She is a legend :-( https://example.com/t", "points at what it shares: a reaction"),
            ("This is what democracy looks like. https://example.com/t", "a caption's reaction"),
            ("Was just wondering about this one! #GifHistory https://example.com/t", "a thought"),
            ("@jk_rowling speaks for everyone. #Wimbledon2015", "a verdict on someone"),
            (
                "The factory will be closed on Monday for maintenance.",
                "no link, nothing of a team's, no account reported on: whose notice it is, "
                "a person's or a company's, cannot be told",
            ),
            (
                "Great panel with @ana and @ben at the summit today.",
                "a person's recap and a brand's read alike",
            ),
            (
                "Another man walked on to the school playground again. #YesAllWomen",
                "a tag alone: a testimony as often as a campaign's line",
            ),
            (
                "Ursula and Hugh in the same day is rough news. https://example.com/t",
                "a verdict with 'is' beside a link: someone speaking, not a headline",
            ),
            (
                "Ursula Le Guin put the feminist into fantasy. https://example.com/t",
                "a short sentence closed by a full stop: a line of one's own, not a headline",
            ),
            ("With the travel ban few will come! https://example.com/t", "an exclamation"),
            ("One of the greats https://example.com/t", "a caption of a few words"),
            ("32% done with Tehanu, by Ursula K. Le Guin https://example.com/t", "an app's status"),
            (
                "Funny how some who felt strongly then feel the opposite now #MuslimBan",
                "a stance opener",
            ),
            (
                "we will win [unless we admit defeat and start again]... https://example.com/t",
                "a 'we' in the author's own voice beside a link: people at large, no headline",
            ),
            (
                "The ban will prop up recruitment...as they watch the protests https://example.com/t",
                "a pause inside the line: a person speaking; a share button cuts only at the end",
            ),
            (
                "it won't be a slam dunk until after the judge is confirmed https://example.com/t",
                "a lower-case opening: typed by a person, not a headline passed on",
            ),
            (
                "Piers says it's no ban and they shout him down.  Pretty typical really "
                "https://example.com/t",
                "a report closed by a remark of the author's own",
            ),
            (
                "The greatest practitioner of the lyrical and fantastical https://example.com/t",
                "a short, clearly positive line built on praise: a fan's cheer",
            ),
            (
                "His new order has to be more general, or it will be stopped https://example.com/t",
                "'has to be': what someone ought to do, argued",
            ),
            ("Looking for the origin of this gif @ana https://example.com/t", "a dropped 'I'"),
            (
                "They appealed for witnesses and predictably, someone mocked them "
                "https://example.com/t",
                "a stance adverb: the author's attitude to what they report",
            ),
            ("Already is, beginning with the ban https://example.com/t", "an answer"),
            (
                "A transcript of that speech, for those that haven't seen it: https://example.com/t",
                "shared for the readers who missed it: it speaks to them",
            ),
            (
                "Only in silence the word, only in dark the light. (A Wizard of Earthsea, "
                "Ursula K. Le Guin) https://example.com/t",
                "a quotation credited to a work and its author in parentheses",
            ),
        ),
        Example(
            "Free gift card codes: https://example.com/codes",
            reason="generic, only a link: a comment or a text message as often as a post",
        ),
        Example("Please note: we do not ship to PO Boxes", reason="a notice to customers"),
        Example(
            "Ard 530 like dat lor. We juz meet in mrt station then ü dun haf to come out.",
            reason="a 'we' in texting shorthand: friends making plans in a private text",
        ),
        Example(
            "The factory will be closed on Monday for maintenance.",
            reason="on generic with no hashtag, mention, link or team voice: perhaps a message",
        ),
        Example("Great. I'm in church now, will holla when i get out", reason="a private text"),
        Example("Only 14 left!", reason="shop copy, not a post"),
    ),
)
def missing_engagement(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post that only broadcasts: it neither asks nor speaks to anyone.

    ## What it does
    Fires when the author's own words contain no question, no invitation (to reply, to get
    in touch, to come along), no second person ("you", "your", "let's"), no order to the
    reader ("Nominate...", "Visit..."), no word to the readers a share is for ("for those
    that haven't seen it", "for anyone who missed it"), and the post neither replies to, thanks,
    congratulates, consoles, wishes well nor greets anyone, nor addresses a mention
    ("cc @ben"), and is not a short reaction ("Love this song!!!") or an answer in a
    running conversation ("Haha, be there in a minute", "Already is, beginning with...").
    Mentions that only credit or report ("panel with @ana", "via @x", ".@acme announces...",
    "@ana is speaking at...") and words inside quotations, reported questions, a retweet or a
    pasted headline do not count. Thread parts before the last ("2/5") and
    posts with fewer than `min_words` words of the author's own are left alone.

    Only posts written for an audience are judged: on `generic`, a text with no hashtag or
    mention may be a private message ("Great. I'm in church now"), a comment or a shop's
    label ("Only 14 left!"), and the rule stays silent (pick the network to have it
    judged). A person speaking for themselves ("I", "me", "my", or a reaction that opens
    with "Wow", "Oh no", "DAMMIT", with nothing of theirs promoted: a testimony, a memory,
    an opinion, grief) is a human voice already, not a billboard, and is left alone; "my
    new course", "our app" still count as broadcasting, unless "my classes" stands in a
    story told with "I" and no link or order ("I once had Le Guin visit one of my
    classes"). So is a post that voices an opinion
    without "I" (swearing, contempt such as "another distorted report", "not surprisingly",
    "predictably",
    a reason given: "#YesAllWomen because...", "Because...", an exclamation: "How
    dehumanizing it must be...", "What a mind", what someone ought to do: "Canada must
    stop funding...", "the kids should be learning this", "His new order has to be more
    general"), a tribute or news of a death ("died", "is
    dead", "the world is poorer without her", "was a towering figure", "Ave atque vale"), a
    quotation credited at its end ("... ~ Ursula Le Guin", "...On the empty sky. (A Wizard of
    Earthsea, Ursula K. Le Guin)"), and, with no link, no account
    and no team speaking, a post whose tone is clearly positive or negative ("Le Guin was
    such a legend"), or a clearly positive one that points at the link it shares ("This
    thread is an awesome idea") or praises it in a few words ("Best twitter thread ever."; a
    clearly positive line built on praise and short of a news excerpt: "The greatest
    practitioner of the lyrical and profound fantastical"),
    and a quotation credited by name after its last sentence ("...who has survived. Ursula
    K. Le Guin"): the advice to ask readers something is for broadcasts
    (news passed on, an announcement, an offer), and for a person's reaction it is at best
    debatable. A reaction in the author's own voice is left alone too, since a question
    would not fix it: a verdict that closes a predicate ("Ursula K. Le Guin is
    irreplaceable.", "Carl is cute", "Men are crazy"; "is great for families" goes on and
    describes), a post that opens pointing at what it shares without naming it ("She is a
    legend", "They sound scared", "This is what democracy looks like", "This thread is a
    national resource"), a thought with its "I" dropped ("Was just wondering about this
    one!", "Wish we were together", "Think the ban needs...", "Looking for the origin of
    this gif"), a stance opener or a verdict
    idiom ("Funny how...", "Good to see...", "@jk_rowling speaks for everyone", "Big if
    true"), and a few words of praise on a link, a superlative included ("One of the
    greatest threads of all time"). A team that shares a link with its delight ("These are
    awesome, we've restocked https://...") still broadcasts. On `generic`, a "we" in texting
    shorthand with nothing offered ("We juz meet in mrt station then ü dun haf to come out", "Dear
    we are going...") is friends making plans, not a team. "Please note", "Come check it out",
    "Reply HELP", "call 0800..." and an order after a link ("https://... Please watch and
    retweet") speak to the reader, and so do a dialled number or a keyword to text ("Call AG
    office: (512) 475-4413", "Txt VPOD to 81303", "reply lionm 4 mono"), a tag or a mention
    as what the order is about ("check #CIVICUSMonitor"; "Go @serenawilliams!" cheers and
    does not count), a verb with its own particle ("Look for a travel ban..."), an order
    closing its clause with "now" after any word, as comments are typed ("fast and beauty
    download now https://..."), a clause closed by "please" ("Like my page please..."; "Can
    you please..." is a question) and an order after a greeting ("Hey check out my channel").
    A verb that is often a noun stays a noun without one of these ("Watch party tonight",
    "Call of Duty: 2019 edition sold out": a year is no number to dial).

    It speaks only where the words show a broadcast, because only there is the advice
    reliably right: a link shared beside a headline or a report ("Trump says he might give
    travel ban a tweak https://...", a news excerpt of 15 words or more), or, without a link,
    a team naming what is its own ("Our shop will be closed on Monday", "Our CEO said...")
    or an account the post reports on (".@acme announces...", "@CityHall hosts..."), or a
    work's title credited to its author ("The Bread Baker's Field Guide, by Ana Ruiz"). It
    stays silent where a person's line and a brand's notice read alike and whose voice it is
    cannot be told from the words: a sentence of one's own beside a link (a short line closed
    by a full stop: "Ursula Le Guin put the feminist into fantasy."; fewer than five words:
    "One of the greats"), a judgement (an exclamation, or a copula with a description of the
    author's own: "Ursula and Hugh in the same day is rough news", "X is a euphemism for...";
    "is considering", "were ignited", "is from a rap battle", "is now in Arabic" report and
    still count), a line with no link and nothing of a team's ("The factory will be closed
    on Monday", "Great panel with @ana today"), a bare "we" (friends making plans in a text
    message, people at large: "We live in capitalism..."), a line whose only mark is a tag
    ("Another man walked on to our school playground. #YesAllWomen": a testimony as often as
    a campaign's line), and a reading app's status line ("32% done with Tehanu, by Ursula K.
    Le Guin": the app's words). Beside a link it stays silent too where the line speaks in
    the author's own "we" or "us" ("we will win [unless we admit defeat]...", "First we get
    the Muslim Ban and now we see...": people at large or the author's side arguing; a
    headline's "we" is a quotation, in Title Case or reported: "We will win that battle,
    President Trump says" still counts), and where it pauses mid-line ("...because
    of..."terror kites" Seems straight out of The Onion": a share button cuts a headline
    only at its end). It stays silent too where the line is typed as a person types, opening
    in lower case ("it won't be a slam dunk until...": a headline, and an account passing one
    on, capitalises its first word), and where a report closes with a remark of the author's
    own, a last sentence of two or three words with no subject, figure, name or credit
    ("...before he can get another word out.  Pretty typical really", "...neither do his
    "guests". Fear mongers"; "It went horribly wrong" and "By Ursula K. Le Guin" still end a
    report). On `generic`, a text whose only mark is a link ("PSY - GANGNAM STYLE
    M/V: http://...", "Free itunes giftcard codes: http://...") is a comment under a video or
    a text message as often as a post, and is not judged (`missing-question` still reads
    such a text when it speaks to its reader: then an audience is plain). Read on real
    posts, those were right about a third of the time; what remains is right far more
    often, at the cost of brand notices written like a person's line, and of a brand's own
    "we" beside a link with nothing it names as its own ("We've raised $5M to build...
    https://..."), which go unreported; "our new report", "our team" still count.

    Still told apart unreliably: a person's opinion on a link written as a headline, with no
    judgement in its form ("The criminal Lieberman threatens the people of Gaza", "Many
    talented immigrants are turning to Europe and Japan."), sarcasm ("More peaceful protesting
    from Gaza"), a fan's noun phrase ("A seminal moment in television"), a reply whose
    mention reads as a report's subject ("@jk_rowling values being redefined."), and an
    order whose verb the reading does not know as one ("Ditch the old router") or does not
    see as one (after a condition typed without a comma, "If interested in extra money by
    internet use the next link", or glued to a word by a missing space, "by tomorrow.call
    6744..."). These get the finding,
    and most findings a reviewer calls debatable are among them. The other way, a brand's or a
    news account's post with no link, no "we" and a clearly toned sentence ("Devastating floods
    close the coast road"), or "should" as an expectation ("The factory should reopen on Tuesday"),
    is read as a person's voice and stays silent.

    This is the one conversation finding such a post gets: its message says both that the
    post asks nothing and that it speaks to no one (`missing-question` is for posts that do
    speak to their readers). The hint says what the post does instead: talks about the
    author, passes on news, asks only rhetorically, or quotes someone else's question.
    The finding covers the whole post.

    ## Why is this bad?
    A broadcast treats the feed like a billboard. People engage with posts that talk to them;
    networks rank by that engagement, so a post that addresses nobody reaches fewer people
    each time it is repeated.
    """
    found = _judged(post, options)
    if found is None or found.to_reader or found.to_someone or found.personal:
        return  # a person speaking for themselves is already a human voice
    if not broadcasts(post):
        return  # a person's line and a brand's notice read alike: whose it is cannot be told
    yield Hit(0, len(post.text), scope="post", hint=_hint(found, _ENGAGEMENT_HINT_ORDER))
