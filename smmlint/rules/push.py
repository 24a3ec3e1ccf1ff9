"""Push rules: sales language and more than one call to action (SMM1xx)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping
from typing import Any

from smmlint.analysis.bait import bait_phrases
from smmlint.analysis.calls import CODE, NOT_A_CTA, READ, ROUTE, Call, calls
from smmlint.analysis.questions import invitations
from smmlint.analysis.selling import (
    CHAT_LINE,
    CONFIRMSHAMING,
    HARD_CALL,
    HYPE,
    KEYWORD,
    OFFER,
    PER_USE,
    PHONE_CHARGE,
    PREMIUM,
    PRESSURE,
    PRIZE,
    SELF_PROMOTION,
    SOCIAL_PROOF,
    extra_pitches,
    pitches,
)
from smmlint.analysis.spans import SpanSet
from smmlint.core.model import Severity
from smmlint.core.registry import Hit, rule
from smmlint.read.post import Post

_MESSAGES = {
    OFFER: (
        "An offer (a price, discount, free thing, deal or prize) turns the post into an advert.",
        "Lead with what the reader gains or learns; put the offer on the landing page.",
    ),
    PRESSURE: (
        "Pressure (a countdown, a stock count, a deadline) pushes the reader to decide now.",
        "Drop the countdown; give a reason to care that still holds tomorrow.",
    ),
    HARD_CALL: (
        "A hard call to action orders the reader to buy or get in touch.",
        "Invite instead: ask what they need, or say who it helps and let them come.",
    ),
    HYPE: (
        "Hype and announcement boilerplate are words readers have learned to skip.",
        "Show it instead: one concrete detail, number or customer story.",
    ),
    SELF_PROMOTION: (
        "Self-promotion asks readers to visit or subscribe to your own channel.",
        "Add to the conversation instead; people look up whoever made them think.",
    ),
}

# Where the construction says more than its kind, its own message: why this post fired.
_WHAT_MESSAGES = {
    PREMIUM: (
        "A premium-rate number to call charges the reader by the minute: the mark of a "
        "paid line or a scam.",
        "Never ask readers to ring a paid line; give a free way to reply, or a link.",
    ),
    PER_USE: (
        "A price per minute or per message charges the reader for every call or text.",
        "Give a free way to reply; put any price on the page that explains the service.",
    ),
    KEYWORD: (
        "A keyword to text to a number signs the reader up for paid messages or a draw.",
        "Ask for a reply in words instead, or link to a page that explains the offer.",
    ),
    CHAT_LINE: (
        'Strangers "waiting for you" to chat is how paid chat and dating lines sell.',
        "Say who is really there and what it costs; better, invite a reply in your own words.",
    ),
    PHONE_CHARGE: (
        "A charge on the reader's phone bill is how paid text services bill for what they send.",
        "Never charge readers for messages they did not ask for; say the price before sign-up.",
    ),
    SOCIAL_PROOF: (
        'News of who else is looking or buying ("3 people are viewing this", '
        '"Anna in Leeds just bought") pushes the reader to decide before thinking.',
        "Drop the counter; let real reviews and what the product does make the case.",
    ),
    CONFIRMSHAMING: (
        'A decline worded to shame the reader ("No thanks, I\'d rather pay full price") '
        "guilts them into the offer.",
        'Let people say no plainly: "No thanks".',
    ),
    PRIZE: (
        "A prize the reader must claim is how prize scams and hard sells open.",
        "If there is a real prize, say how the draw works and link to its rules.",
    ),
}


@rule(
    code="SMM101",
    name="sales-push",
    severity=Severity.WARNING,
    category="push",
    message="Sales language pushes readers away.",
    hint="Help, don't hype: say what the reader gains and invite a reply.",
    options={"extra_phrases": ()},
    fires=(
        "Our spring range is live. <marker>Shop now</marker>.",
        "<marker>Last chance</marker>: <marker>20% off everything</marker>.",
        "<marker>We are excited to announce</marker> our new app.",
        "<marker>Only €19.99</marker> for the starter kit.",
        "The <marker>world-class</marker> team behind it.",
        ("<marker>Use code SPRING at checkout, free shipping</marker>.", "one offer, its terms"),
        ("<marker>Hurry! Only 3 left in stock</marker>", "a stock count, the nudge with it"),
        ("Boots <marker>was £60, now £45</marker>.", "the whole price cut"),
        ("<marker>Sale ends Sunday</marker>, so pop in.", "a deadline with its subject"),
        ("<marker>Order by Friday</marker> for Christmas delivery.", "a deadline"),
        ("<marker>Offer ends in 04:43:35</marker>", "a countdown"),
        ("🔥 <marker>12 people are viewing this right now</marker>", "social proof: who looks"),
        (
            "<marker>Anna in Leeds, UK just bought</marker> a Linen Dress",
            "social proof: who bought",
        ),
        ("<marker>Hurry up! Time is running out</marker>", "a line of nothing but nudges"),
        ("<marker>No thanks, I'd rather pay full price</marker>.", "confirmshaming"),
        ("Try it: <marker>30-day free trial</marker>, cancel any time.", "a free trial"),
        ("The <marker>first month is free</marker> for new members.", "a free month"),
        ("<marker>Text WIN to 80000</marker> to enter.", "a keyword and a short code"),
        (
            "4 details <marker>text HORNY to 89070</marker> to cancel send STOP to 89070",
            "a keyword; the opt-out after it is the next call's",
        ),
        ("Congrats! <marker>Call 09066382422</marker> from a landline", "a premium-rate number"),
        (
            "I wanna chat <marker>Call me NOW on 09096102316</marker> Luv JANE",
            "a premium-rate number, in any mood",
        ),
        (
            "<marker>Call 09061743806</marker> from landline. Box326 <marker>150ppm</marker>",
            "pence per minute beside a call",
        ),
        ("Sunshine Hols. To <marker>claim ur med holiday</marker> send an SAE", "a prize to claim"),
        ("<marker>Txt D E or F to 84025</marker> NOW", "a quiz answer to a short code"),
        ("<marker>Free iTunes $25 giftcard codes</marker>: link", "a branded free gift card"),
        ("Like this page! <marker>Chance to win an iPhone</marker> 5S!", "a gadget as the prize"),
        ("Bing rewards, <marker>earn free money</marker>.", "an income offer"),
        ("150 texts for only <marker>five pounds per week</marker>", "a price in words, per week"),
        ("O2: To <marker>get 2.50 pounds free call credit</marker> reply", "free call credit"),
        (
            "Hi, the SEXYCHAT <marker>girls are waiting for you to text</marker> them.",
            "a chat line's lure",
        ),
        ("Who's watching in 2015 <marker>Subscribe for me</marker> !", "subscribe for me"),
        ("If interested in <marker>making extra money by internet</marker> use my link", "income"),
        ("It would be great if you <marker>checked out some of my remixes</marker>!", "an ask"),
        ("<marker>Call 0800 123 4567</marker> now.", "a phone number"),
        ("New tones weekly. Custcare <marker>09061 234567</marker>", "a premium-rate number alone"),
        (
            "See my pics! Help<marker>08709876543150p</marker> a msg",
            "a premium-rate number glued to its word and its price",
        ),
        ("<marker>Message us for pricing</marker>.", "asking for a price by message"),
        ("<marker>Pre-order the album here</marker>: link below.", "a pre-order"),
        ("<marker>Available now at all good bookshops</marker>.", "where to buy it"),
        ("<marker>You have been selected</marker> to receive a prize.", "a prize"),
        ("<marker>Buy one get one free</marker> on all sandwiches.", "a deal"),
        ("<marker>Check out my channel</marker> for more covers!", "self-promotion"),
        ("Great song. <marker>Subscribe to me</marker>?", "self-promotion"),
        ("Our coats are in. <marker>Claim your free consultation</marker>.", "a claim"),
        ("<marker>£1.50/min</marker> from a landline.", "a per-minute price"),
        (
            "Our new app is out! <marker>Download now</marker>, <marker>only today</marker>.",
            "a call",
        ),
        ("<marker>Check out this video on YouTube</marker>: so good", "YouTube's share text"),
        (
            "I make covers, please <marker>have a look at my channel</marker>",
            "an ask after a comma",
        ),
        ("<marker>Help me get 100 subscribers</marker> by tonight!", "asking for an audience"),
        ("<marker>If I get 300 subscribers</marker> I'll do a giveaway!", "an audience goal"),
        ("<marker>Subscribe to me</marker> and <marker>I'll subscribe back</marker>!", "sub back"),
        ("<marker>Like and subscribe</marker> for more covers", "like and subscribe"),
        (
            "I did a cover of this song, <marker>check it out</marker>!",
            "pointing back at one's work",
        ),
        ("<marker>Check out and share our songs</marker>.", "our songs"),
        ("You can <marker>make money online</marker> from your sofa.", "an income offer"),
        ("<marker>Follow me</marker> ---> https://example.com/me", "follow, then the link"),
        ("<marker>Check out a song I wrote</marker> last week!", "the author's own work"),
        ("I upload weekly. It would mean a lot <marker>if you could subscribe</marker>!", "ask"),
        (
            "Thanks for your order. <marker>Your mobile will be charged £4.50</marker>.",
            "a charge on the reader's phone bill",
        ),
        (
            "Donate by <marker>texting DONATE to 864233</marker>. "
            "<marker>£2.50 will be added to your next bill</marker>",
            "how to text the keyword; the charge",
        ),
        (
            "<marker>Reply YES-165</marker> or NO-165 to see her: sms.ac/u/n STOP?",
            "the '?' belongs to a later clause",
        ),
        (
            '"<marker>U have WON</marker> £1000! <marker>Call 09071512432</marker> now"',
            "a message wholly in quote marks is the message, not a quotation",
        ),
        ("Tones 3GBP, <marker>network operator rates apply</marker>.", "a paid text's small print"),
        ("I shared my first song, <marker>take a listen</marker>!", "pointing back at one's song"),
        ("I make Minecraft videos. <marker>Help me out by checking me out</marker>", "an ask"),
        ("If you <marker>wouldnt mind checking out my rap</marker>, thanks", "a polite ask"),
        ("<marker>Free drinks for all guests</marker> tonight!", "a free thing for guests"),
        ("Could you please <marker>read my latest post on my blog</marker>?", "the author's blog"),
    ),
    quiet=(
        ("I'm not buying that explanation.", "'buy' as disbelief"),
        ("Finally some free time this weekend.", "'free' without a product"),
        ("Free speech matters here too.", "'free' without a product"),
        ("It's no big deal, honestly.", "'deal' as an idiom"),
        ("Here's how we deal with feedback.", "'deal' as a verb"),
        ("We changed the form in order to make it shorter.", "'order' in 'in order to'"),
        ("Our local coffee shop opens at seven.", "'shop' as a place"),
        ("Join the workshop on Friday?", "'shop' inside another word"),
        ("Don't discount their feedback.", "'discount' as a verb of judgement"),
        ("There is limited evidence for that claim.", "'limited' without stock"),
        ("All the best for your exam!", "'best' as a wish"),
        ("Happy to offer help if you need it.", "'offer' as helping"),
        ("The court approved a $12.4 million settlement.", "money in the news"),
        ("Qatar pledges $13.7m for Gaza projects.", "a sum with a magnitude"),
        ("Your $150 donation can feed a family for a month.", "a donation, not a price"),
        ("You must have met her on a good day.", "the modal 'must have'"),
        ("Mayor attends the ground-breaking ceremony.", "a literal ground-breaking"),
        ("Shares fall 8 pct on sale by biggest shareholder.", "stock news"),
        ("Can I call now?", "a question, not an order"),
        ("Call me when you're free, I won the match!", "a friend's call, a game won"),
        ("I'll call u from 09171234567 later", "a mobile number (0917 in the Philippines)"),
        ("The scam text tells u 2 call 09066358152. Careful!", "someone else's order, reported"),
        ("CO2 passed 400 ppm this spring.", "parts per million, no call to pay for"),
        ("It cost five pounds, worth it.", "a sum in words with no unit: a story"),
        ("The girls are waiting for u at the pub lol", "friends waiting, no line to ring"),
        ("To stop texts, send STOP to 80062.", "an opt-out"),
        ("To stop texts call 08712460324 (nat rate)", "a premium number to opt out by"),
        ("Our office: 0207 946 0000, open 9-5.", "an ordinary number, no verb"),
        ("Visitors per year: 1900 2100 2400.", "a row of figures, not a phone number"),
        ("I shall buy one tomorrow.", "a first-person purchase"),
        ("Last chance to say goodbye to the old office.", "a farewell"),
        ("Her fiction remains unparalleled.", "praise of someone else's work"),
        ("He left the club with 2 left in the tank.", "'left' as a verb"),
        ('She said "buy now, pay later" is a trap.', "someone else's words"),
        ("RT @shop: Buy now! 50% off everything.", "a retweet"),
        ("Don't wait for permission to start.", "advice, not pressure"),
        ("Hurry up, we are late for the train.", "a nudge among other words"),
        ("No thanks, I'd rather walk, it's a nice day.", "a decline with no offer's gain"),
        ("I love free gifts! Thank you so much, Anna.", "thanks for a gift, no decline"),
        ("400 people bought tickets for the charity gala.", "a count of buyers in the news"),
        ("2 million people have viewed the video.", "an audience with a magnitude"),
        ("Tell me the title so I can like and subscribe.", "the author subscribes"),
        ("My favourite book by her is Earthsea. Check it out.", "someone else's work"),
        ("You didn't see my facebook?", "a question about the past"),
        ("We make money on ads, not on your data.", "a business model, not an offer"),
        ("We make money from games we sell.", "a business model, not an offer"),
        ("I checked out my account today.", "the author checks their own account"),
        ("The video has 800 million views and 3m subscribers.", "someone else's audience"),
        ("My videos are few and not many watch it.", "others watch, nobody is asked"),
        ("Kenya claim the award for best team.", "a team's award, not the reader's prize"),
        ("It was only £5 at the market.", "what something cost, told"),
        ("You were charged £50 twice, sorry about that.", "a billing complaint, not a charge sold"),
        ('"Stay hungry, buy now." — Steve Jobs', "a quotation with its author"),
        ("Let's take a look at the data.", "looking together, at something named"),
        ("Free healthcare for all is the goal.", "a policy: no customer or guest named"),
        ("Read my lips: no new taxes.", "an idiom, no work of the author's"),
        ("I love my new bike, take a look!", "a bike is not the author's channel or work"),
    ),
)
def sales_push(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Selling: an offer, pressure, a hard call to buy, hype, or self-promotion.

    ## What it does
    Reads the constructions selling is made of, in the author's own words, and marks each
    whole phrase with its kind:

    - **offer**: a price with an offer cue ("only €19.99", "£1.50/min", "was £60, now
      £45"), a discount ("20% off", "buy one get one free"), a free thing someone provides
      ("free shipping", "30-day free trial", "free drinks for all guests"), a named sale or
      deal, a prize ("you have been selected", "claim ur £5000 prize", "a surprise awaiting
      you"), or where to buy it ("available now at all good
      bookshops"); a price per minute or message ("150p/msg", "£1.50/min", and "150ppm"
      beside a call to ring) is an offer the reader pays for by using it;
    - **pressure**: a stock count ("only 3 left in stock"), a time limit or deadline ("sale
      ends Sunday", "order by Friday"), a countdown; "hurry" counts next to one of these, or
      where nudges fill a line by themselves ("Hurry up! Time is running out"); social
      proof, a shop's live count of who else looks or buys ("12 people are viewing this
      right now", "71 people have purchased this item", "7 sold in the last 24 hours",
      "Anna in Leeds, UK just bought"), which needs what they look at or buy, a moment or a
      cart ("400 people bought tickets for the gala" is news); and confirmshaming, a
      shop's decline button that puts a refusal of the offer's gain in the reader's mouth
      ("No thanks, I'd rather pay full price", "No, I don't like discounts"): the whole line
      is the button, so a decline in a conversation ("no thanks, I'd rather walk") passes;
    - **hard call**: a buy or contact verb that orders the reader, completed by the moment,
      the thing, a phone number or a keyword ("shop now", "order yours", "text WIN to
      80000", "txt D E or F to 84025", "text back the keyword PICSFREE1", "message us for
      pricing"); a premium-rate number (UK 090, 0870-0873, US 1-900) after call, text or
      chat fires in any mood ("Congrats! ... phone is your Call 09066382422"), since it
      charges whoever rings, and so does one standing alone, as paid text services print
      their helpline, often glued to the word before and the price after ("Custcare
      08712405020", "Help08700621170150p a msg"); one given to opt out by ("To stop texts
      call 0871...") is left to the opt-out reading;
    - **hype**: advertising superlatives ("world-class") and press-release boilerplate ("we
      are excited to announce"); praise such as "award-winning" only of the author's own
      thing;
    - **self-promotion**: directing readers to the author's own channel, work or page
      ("check out my channel", "please have a look at my covers", "check out and share our
      songs", "I did a cover, check it out", "follow me ---> <link>"), asking for an
      audience for oneself ("subscribe to me", "like and subscribe", "help me get 100
      subscribers", "if I reach 500 subs I'll...", "I'll subscribe back", "sub4sub"), and
      YouTube's share text pasted as a comment ("Check out this video on YouTube:"), and
      "take a listen" or "give it a watch" after the author names their own song or video,
      "help me out by checking me out", "if you wouldn't mind checking out my rap";
    - a **charge on the reader's phone bill** counts as an offer the reader pays for: "your
      mobile will be charged £4.50", "you have been billed 150p", "£2.50 will be added to your
      next bill", and the small print of paid texts ("network operator rates apply", "msg &
      data rates may apply", "std chgs to send"); a billing complaint ("you were charged £50
      twice") is not one;
    - an **income offer** counts as an offer: "make money online", "making money on social
      media", "earn free money", "get paid to share posts", "I am making over $3,000 per
      month"; so do a branded free gift card ("free iTunes $25 giftcard codes") and a
      gadget to win ("chance to win an iPhone"), and a paid chat line's lure ("the girls are
      waiting for you to text them", "real people are waiting to chat now"; not friends
      "waiting for u at the pub", nor "waiting to meet the Queen").

    It stays silent on what only looks like selling: a sum with a magnitude or in money
    news ("$3 million in aid", "a $150 donation"), the modal "must have (met)", a
    friend's "call me" with an ordinary number (a mobile starting 0917 is a Filipino one,
    not premium-rate: only 090 counts), an order someone else gave ("it tells u 2 call
    0906..."), an opt-out ("to stop, send STOP to 80062", "reply STOP"), "ppm" with no
    call to ring (parts per million), a claim that is not the reader's ("claim" needs
    "your"/"ur" or a sum: "claim ur holiday", "to claim £5000 prize"), a
    first-person purchase ("I shall buy one"), a verb that does not order the reader ("can I
    call now?", "so I can like and subscribe", "you didn't see my facebook?"), a pointer at
    someone else's work ("my favourite book by her... check it out"), a price told in the
    past ("it was only £5"), a prize that is not the reader's ("Kenya claim the award"), and
    words inside a quotation or a retweet. A message written wholly inside quotation marks,
    with no attribution, comment or speaker around it, is not a quotation but the message
    itself, pasted: its selling counts. A keyword told as the way to do something ("by
    texting DONATE to 864233", "by replying with ENTER") is a hard call like "text WIN to
    80000", and a "?" after a colon or a link ("Reply YES-165 See her: <link> STOP?") belongs
    to that later clause, not to the order before it. A bare link, "check this out" before
    a link, or "check out <a name>" is left to the sharing rules: whether it is the author's
    own cannot be told from the words, and on a feed it is usually a recommendation. Cases
    it cannot tell reliably (a bare price with no offer cue, "sold out", "free" before an
    unknown noun) are left alone. Extra phrases can be added with `extra_phrases`; brand
    names go in `allow`.

    Self-promotion belongs here, not in `self-centred`: asking readers to visit or
    subscribe to your channel is a call to act for the author's gain, a hard call whose
    product is the author; `self-centred` is about how much a post talks about its author,
    which one "check out my channel" does not measure. It is read from the words alone:
    smmlint cannot tell a comment under someone else's video from a post on the author's
    own feed, so what fires is what pushes in both ("subscribe to me", "help me reach 1k
    followers"); a brand naming its own product ("check out our new range") is left to the
    other kinds, and only its own channel ("our new video", "our channel") counts here.
    "Like this comment if..." is engagement bait, the `engagement-bait` rule's. When a plug
    asks for more than one thing ("Check out my new song! Also follow me on Instagram"),
    `multiple-ctas` counts the asks as well, and its hint on a plug is to keep one ask at
    most, not to move the others to another post: both say fewer asks, more reason to come.

    ## Why is this bad?
    People come to social networks to talk, not to be sold to. Posts that push get scrolled
    past and teach the network's ranking that the account is an advert. Pull works better:
    help, show, ask.
    """
    for pitch in pitches(post):
        message, hint = _WHAT_MESSAGES.get(pitch.what) or _MESSAGES[pitch.kind]
        yield Hit(pitch.start, pitch.end, message=message, hint=hint)
    for start, end in extra_pitches(post, tuple(options["extra_phrases"])):
        yield Hit(start, end)


# Looking at something (visit, watch, read) is the step toward any other action in the same
# post: it counts only in a post that asks for nothing else.
LOOK = frozenset({"visit", "watch", READ})
# Actions with one goal, the author's channel: following it, subscribing to it, and liking
# its post or page ("like and subscribe"). Liking a comment ranks the comment: another object.
_GOALS = {"subscribe": "follow", "like": "follow"}
# "one post, one objective, one action": a second distinct action is one too many.
MAX_ACTIONS = 1
_ONE_ACTION = "one post, one action."


@rule(
    code="SMM103",
    name="multiple-ctas",
    severity=Severity.SUGGESTION,
    category="push",
    message="More than one call to action splits the reader's attention.",
    hint="One post, one objective, one action: keep the call that serves this post's goal.",
    options={"max_actions": MAX_ACTIONS},
    fires=(
        "Our spring range is live. Shop now! <marker>Follow us for more</marker> and "
        "share this with a friend.",
        "New episode out. Watch it here 👉 link in bio. Then subscribe, "
        "and <marker>book your seat</marker> for the live show.",
        "@ana please retweet and <marker>follow me</marker>, it's for charity.",
        "my new track https://example.com/t and follow and <marker>message me</marker> :)",
        "watch?v=x1 Like this comment and <marker>share this video</marker> so we win!",
        "Check out my new song! Also <marker>follow me</marker> on Instagram for more.",
        "Download the free guide. <marker>Sign up</marker> for the webinar too!",
        "Please retweet this, and <marker>donate today</marker> https://example.com/give.",
        "Watch the replay https://example.com/v and <marker>read more</marker> "
        "on our blog https://example.com/blog.",
        "Register now for the summit!\n<marker>Vote for us</marker> in the awards\n"
        "<marker>Book a demo</marker> while you're at it.",
        ("Subscribe to my channel\nTweet & <marker>Follow me</marker> on twitter", "& joins"),
        ("If you do, please subscribe and <marker>share</marker>!", "a bare verb after a call"),
        ("Vote and <marker>share this post</marker> today.", "a bare verb before a call"),
    ),
    quiet=(
        ("Sign up today, and get started in minutes.", "two phrases, one action"),
        ("Shop the new range: link in bio.", "the link is the route, not a second action"),
        ("I'm not buying it, and I won't share it either.", "not imperatives"),
        ("Read the full story here. What would you have done?", "a question is conversation"),
        ("Follow the steps below and share your thoughts!", "an instruction and a reply"),
        ("Watch out for the ice today. Stay safe, everyone.", "an idiom"),
        ("We follow us-based news and share it weekly.", "verbs with a subject"),
        ("Subscribe to our newsletter. Subscribe here, it's free.", "one action said twice"),
        ("Check out my channel and subscribe!", "looking is the step toward subscribing"),
        ("Subscribe and follow me on my journey", "following and subscribing: one goal"),
        ("Subscribe and like my video please", "liking and subscribing: one goal, the channel"),
        ("I Like this post and I share it", "a capital after a word tells nothing after I"),
        ("Message and data rates may apply. Reply STOP to cancel.", "no call shares the verb"),
        (
            "Sign up for the beta and learn more: https://example.com/beta",
            "one link: learning more is the way to signing up",
        ),
        ("Follow us for the results and vote in the poll below!", "voting in a poll is a reply"),
        (
            "All you have to do is just download the app and sign up.",
            "the steps of one procedure, described",
        ),
        (
            'Buy the book. She told me "share it with everyone" and I did.',
            "a call inside a quotation is someone else's",
        ),
        ("Sign up today & use promo code SPRING10", "a code is typed in while signing up"),
        ("Follow us on Twitter. Follow us on Facebook too!", "one action on two networks"),
        ("Subscribe and share pics of your dog!", "a verb with its own object is no bare verb"),
    ),
)
def multiple_ctas(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """More than one distinct call to action in one post: buy, follow, share, subscribe...

    ## What it does
    Finds calls to action from `cta.txt` (buy, sign up, subscribe, follow, share, like,
    download, visit, watch, read, contact, book, donate, vote, apply, enter, attend) where
    they are imperatives: at the start of a sentence, line or clause, or after "please",
    "and", "&", "then", "don't forget to"... Phrases of one section ask for one action ("sign
    up", "register"). When more than `max_actions` (1) different actions are asked for, each
    later action is marked at its first call; the first one is the post's objective. The
    message names each action as asked ("subscribe, follow on Twitter"); the hint names the
    call to keep and the one to ask for in another post.

    Not counted: where to click ("link in bio", "click the link") is the route to another
    action, and so is "learn more" / "read more" when the post has one link at most ("Sign
    up and learn more", one page); looking (visit, watch, read, "check out") is the step
    toward any other action in the post ("Check out my channel and subscribe"), and a code
    is typed in while buying or signing up ("Sign up today & use promo code X"); following,
    subscribing and liking the author's post or page serve one goal, the author's channel
    ("Subscribe and like my video"; liking a comment, which ranks the comment, is another
    object), and one action asked on several networks is one ("follow us on Facebook...
    follow us on Twitter"); invitations to reply ("tell us", "share your
    thoughts", "vote in the comments") are the conversation the other rules ask for; and
    calls inside a quotation or a retweet are someone else's. Steps described after a
    copula ("all you have to do is just download the app and sign up") are one procedure,
    not orders.

    A call that is engagement bait ("like this comment") still counts, but is left to
    `engagement-bait` to mark: one call, one finding. `sales-push` may mark the same call
    as a hard call or self-promotion; that is what the call says, this is how many there are,
    and both findings stay. Their hints agree: where a call asks for the author's own
    channel (what `sales-push` reads as self-promotion: "check out my channel", "subscribe
    and share", "follow me on Instagram"), the post is a plug, and asking for the other call
    in another post would only make another plug; the hint then asks to keep one call at
    most and drop the rest, giving people a reason to come ("Keep “Subscribe” at most and
    drop “share”: each ask for your own channel is one more push..."), as `sales-push`
    says "add to the conversation instead". Elsewhere (a petition, a cause, a shop's sale)
    the hint keeps the first call as the post's goal and moves the others to another post.

    A bare verb (`cta_verbs.txt`) joined by "and", "&", "+", "," or "/" to a call shares that
    call's object and is a call of its own, before it ("follow and message me", "share and
    like this page") or after it at the end of its clause ("please subscribe and share!",
    "SUBSCRIBE & Share"); a verb with an object of its own ("share pics of your dog") is no
    bare verb. So is a call after a reply's opening mentions ("@ana please retweet and
    follow me": the mention names the reader) or a capitalised call run on after a
    lower-case word or a number ("…watch?v=x1 Like this comment"). A call that sends the
    reader to another network is its own goal: looking is no step toward it ("Check out my
    song! Also follow me on Instagram"), and following there is not subscribing here
    ("Subscribe to my channel / Tweet & Follow me on twitter").

    Told apart unreliably, so not counted: calls run together in lower case ("my channel
    leave a like", "social media add/follow me": the words cannot tell a new order from a
    subject's verb); a look next to an action whose place the words do not name ("visit
    our site and subscribe"): looking stays the step toward the other call; a run of bare
    verbs with no listed call ("Share, subscribe, comment"), since bare verbs alone are
    too often a statement's; which call a code is typed into ("Use code SPRING. Also vote
    for us" stays silent); and calls put as a bargain or a joke to a named person ("katy
    perry... call me and subscribe first"): they count as asked.

    ## Why is this bad?
    One post, one objective, one action. Each extra request competes with the first, and
    readers faced with several choices tend to take none.
    """
    found = calls(post)
    if len(found) <= options["max_actions"]:
        return  # fewer calls than actions allowed, however they are told apart
    first_calls: dict[tuple[str, bool], Call] = {}
    elsewhere = False  # a call to act on another network: looking here is no step toward it
    replies = SpanSet((i.start, i.end) for i in invitations(post) if i.kind == "reply")
    # With one link at most, "learn more" / "read more" is the way to the page where the
    # other action happens: "Sign up and learn more" asks for one thing.
    routes = {ROUTE, NOT_A_CTA} | ({READ} if len(post.urls) <= 1 else set())
    for call in found:
        # One goal here, another elsewhere: subscribing to a channel and following on
        # Twitter are two; following on Facebook and on Twitter, one action in two places.
        goal = (_GOALS.get(call.action, call.action), call.elsewhere)
        if call.action in routes or goal in first_calls or call.start in replies:
            continue  # a route, a repeat, or an invitation to reply ("vote in the comments")
        first_calls[goal] = call
        elsewhere |= call.elsewhere and call.action not in LOOK
    if not elsewhere:
        # "Check out my channel and subscribe": looking is the step toward the other action
        first_calls = _without(first_calls, LOOK)
    # "Sign up today & use promo code X": a code is typed in while doing the other call
    first_calls = _without(first_calls, {CODE})
    if len(first_calls) <= options["max_actions"]:
        return
    # A call that engagement-bait reports ("like this comment") is marked there: removing
    # it, as that rule advises, settles this count too.
    bait = SpanSet((b.start, b.end) for b in bait_phrases(post))
    ordered = list(first_calls.values())
    actions = [_action_name(call) for call in ordered]
    message = (
        f"This post asks for {len(actions)} different actions ({', '.join(actions)}); "
        "readers take one at most."
    )
    goals = [f"“{_call_text(post, call)}”" for call in ordered[: options["max_actions"]]]
    plug = _plugs_own_channel(post, found)
    for call in ordered[options["max_actions"] :]:
        if call.start in bait:
            continue
        yield Hit(
            call.start, call.end, message=message, hint=_hint(goals, _call_text(post, call), plug)
        )


def _plugs_own_channel(post: Post, found: Collection[Call]) -> bool:
    """Whether a call asks for the author's own channel, as `sales-push` reads self-promotion
    ("check out my channel", "subscribe and share"): the post is a plug."""
    promoted = SpanSet((p.start, p.end) for p in pitches(post) if p.kind == SELF_PROMOTION)
    return bool(promoted) and any(promoted.overlaps(call.start, call.end) for call in found)


def _hint(goals: list[str], extra: str, plug: bool) -> str:
    """Which call to keep and what to do with “extra”. In a plug for the author's own channel,
    asking for it in another post would be one more plug: there, one ask at most."""
    if plug:
        keep = f"Keep {' and '.join(goals)} at most and drop" if goals else "Drop"
        return (
            f"{keep} “{extra}”: each ask for your own channel is one more push; give people "
            "a reason to come instead of another ask."
        )
    if not goals:
        return f"Ask for “{extra}” only if it is this post's goal: {_ONE_ACTION}"
    kept = " and ".join(goals) + (" if that is" if len(goals) == 1 else " if those are")
    return f"Keep {kept} this post's goal, and ask for “{extra}” in another post: {_ONE_ACTION}"


def _without(
    first_calls: dict[tuple[str, bool], Call], steps: Collection[str]
) -> dict[tuple[str, bool], Call]:
    """The calls that are not `steps`, if the post asks for anything beyond those steps."""
    if all(call.action in steps for call in first_calls.values()):
        return first_calls
    return {goal: call for goal, call in first_calls.items() if call.action not in steps}


def _action_name(call: Call) -> str:
    return f"{call.action} on {call.network}" if call.network else call.action


def _call_text(post: Post, call: Call) -> str:
    return post.text[call.start : call.end]
