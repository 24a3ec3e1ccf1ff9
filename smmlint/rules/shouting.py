"""Shouting rules: words in capitals, punctuation pile-ups and emoji walls (SMM3xx).

The capitals and the marks are read in `smmlint.analysis.capitals` and
`smmlint.analysis.marks`; these rules turn that reading into findings.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from smmlint.analysis.capitals import RUN_WORDS, CapitalRun, RunKind, capital_runs
from smmlint.analysis.marks import MarkPile, mark_piles, raised_voice
from smmlint.core.model import Severity
from smmlint.core.registry import Example, Hit, rule
from smmlint.read.post import Post, Token


@rule(
    code="SMM301",
    name="all-caps",
    severity=Severity.SUGGESTION,
    category="shouting",
    message="Words in capitals read as shouting.",
    hint="Write it in sentence case; to stress one point, say why it matters.",
    options={"acronyms": (), "run_words": RUN_WORDS},
    fires=(
        "<marker>BUY NOW</marker> before it's gone",
        "<marker>WOW</marker>, this policy is a disgrace",
        "<marker>HUGE NEWS FROM NASA TODAY</marker>: the launch is on.",
        "Our CEO says <marker>WE ARE HIRING</marker> again",
        "@ana <marker>SO WHY</marker> did you leave?",
        "<marker>BUY 1 GET 1 FREE</marker> this weekend",
        "We're <marker>LIVE</marker> in five minutes, come say hi",
        "<marker>WOW</marker>, what a finish https://example.com/v",
        "This cake is <marker>SOOOO</marker> good, order yours today",
        "<marker>I LOVE IT SO MUCH I CANNOT STOP</marker> watching",
        "Send <marker>LOVE AND LIGHT</marker> to everyone you know",
        "We'll send you a <marker>FREE</marker> wallpaper",
        "@ana <marker>YOU WISH</marker>. That claim is a disgrace.",
        "I'm <marker>LIVE</marker> now, come say hi",
        "I have <marker>HUGE NEWS</marker> for you all",
        "I am <marker>SO ANGRY</marker> with you people",
        "Check out my <marker>SEXY VIDEO</marker>",
        "<marker>SAVE TODAY</marker>: 20% off everything",
        "Prizes every week starting <marker>NOW</marker>, txt DRAW to 87066",
        "Best video <marker>PLEASE VOTE KATY !!!!! PLEASE VOTE</marker>",
        "<marker>HI DARLIN ITS KATE ARE U UP FOR A DRINK TONIGHT</marker>",
        "1 million dislikes! <marker>EPIC FAIL</marker>",
        "<marker>RIVALS ENCIRCLE THE CITY</marker>. The talks have failed.",
        "<marker>OREOS ARE BACK IN STORES</marker> https://example.com/o",
        "You won a <marker>FREE</marker> mini <marker>DIGITAL CAMERA</marker>, reply to claim",
        "Trending: <marker>WAYS TO MAKE MONEY</marker> from home, see the guide",
    ),
    quiet=(
        ("NASA and the ESA share data with our CEO.", "acronyms from the list"),
        ("Q3 results are in: B2B revenue is up, see the FAQ.", "codes with digits"),
        ("Henry VIII and World War II, a thread.", "roman numerals"),
        ("Loving the talks at #SXSW with @NASA today", "hashtags and mentions are names"),
        ("This is NOT a drill.", "one short word of emphasis"),
        ("I am absolutely LOVING this thread", "one word stressed, X has no italics"),
        ("Txt NOKIA to 89545 for your tone", "a keyword to text"),
        ("To stop these alerts, reply END OUT", "a keyword to send, no short code"),
        ("Thanks NASA. GREAT WORK", "praise in capitals: warmth, not a raised voice"),
        ("HAPPY BIRTHDAY to our founder!", "a wish in capitals"),
        ("HAPPY BIRTHDAY KATY :) https://example.com/gif", "a wish and whom it is said to"),
        (
            "Send a logo: txt LOVE NAME1 NAME2 MOBNO eg LOVE ADAM EVE 07123456789 to 87077",
            "a keyword template, then an example and the short code",
        ),
        ("Check out LEANDRUS - PLAYTIME, a new track", "a name in capitals: no English word"),
        ("Our HTML and CSS course, now with a PDF.", "initialisms"),
        ("T&Cs apply; write to PO BOX 434, London.", "a post-office box"),
        ("Meet our new CTO, live on BBC at 9 PM GMT.", "acronyms side by side"),
        ("Our CEOs and CEO'S office", "plural and possessive acronyms"),
        ("The ACME team is here.", "an unknown short capitalised name"),
        ("東京 NASA 2024", "words without cased letters"),
        ("Our SNUGGLEWRAP® blankets are back in stock.", "a trademark"),
        ("Talk slides from PYCONUK 2024 are up, and see you at FOSDEM!", "events"),
        ("NEW YORK (Reuters) - Stocks rose on Tuesday.", "a news dateline"),
        ("RT @newsdesk: JUST IN: Parliament passes the budget", "a news label"),
        ("Finally read “THE DISPOSSESSED” and loved it.", "a title in quotes"),
        ("RT @fan: THIS IS THE BEST SHOW EVER", "someone else's words, retweeted"),
        ("Today I'm starting Le Guin's THE LEFT HAND OF DARKNESS", "a title after a cue"),
        ("Words are events. URSULA K. LE GUIN", "a name with an initial, crediting a quote"),
        ("LE GUIN https://example.com/a", "a name as the whole post: nothing said to shout"),
        ("Get the new phones for free. Text YES for a callback", "hype as the word to send"),
        ("@ana I LOVE YOU, you made my day", "affection in a reply: warmth"),
        ("This is AMAZING, thank you all", "a burst of delight in a post otherwise in lower case"),
        ("one of the BEST SONGS in music history", "a fan's cheer"),
        ("LOVE THIS SONG!!!", "a short post of delight"),
        ("@ana BEST. THREAD. EVER. I laughed all day", "a cheer in a reply"),
        ("NO! NO NO NO NO. Our founder died this morning.", "a cry of grief"),
        ("PSY - GANGNAM STYLE (M/V) https://example.com/v", "a music video's title"),
        (
            "Txt ur team to 87077 eg ENGLAND to 87077 Try: WALES, SCOTLAND",
            "keywords to choose from, listed for a short code",
        ),
        ("REMINDER FROM O2: to get free call credit pls reply with your name", "a label"),
        ("FRIDAY 11 MAY, 5.30pm: join the march in the square", "a date as a heading"),
        ("Our first vid THIS IS US is up, tell us what you think", "a title after its kind"),
        (
            "Check out my song called COFFEE LOVA. Type COFFEE LOVA in the search box",
            "a title named again",
        ),
        ("Inspiring! @jsmithready: THIS. THIS. THIS. https://example.com/x", "an account quoted"),
        ("Quiz: D= VIOLET E= TULIP F= LILY, txt D E or F to 84025", "options after their letter"),
        ("Txt TONE CHARITY to 8007 for nokias or POLY CHARITY for polys", "a second keyword"),
        ("Register now! SKY OPT OUT to 88088", "a keyword right before its short code"),
        ("Never share your ATM PIN by email.", "acronyms"),
        ("Check out my tracks on my channel. THANK YOU for your time", "thanks after a plug"),
        ("it'd mean the world to me THANK YOU SO MUCH", "thanks with their intensifier"),
        ("A kind thought. GOODNIGHT & HAVE A NICE SLEEP..SWEET DREAMS", "a good-night wish"),
        ("Subscribe to my channel if you like it! HUGS, THANKS", "affection beside thanks"),
        ("Le Guin was a HUGE influence on me. This one really hurts.", "the writer's stress"),
        (
            "I think science fiction is FAR MORE than space ships https://example.com/a",
            "two words stressed in the writer's own statement",
        ),
        ("Please see W W W. THE FARRELL REPORT. NET for the full story", "an address"),
        ("2/11/2017: FRONT PAGE: Check on the travel ban", "a label after a date stamp"),
        ("Sale ends in 1DAYS 04 HOURS 17 MINUTES", "a countdown's units"),
        ("Had your phone 11 months? TEXT YES for a callback", "the verb and the keyword"),
        ("To claim it reply with YES to this msg", "the keyword to send, after 'reply with'"),
        ("So sad, child actor HWANG MINOO is ill", "a name after the person's role"),
        ("I LOVE YOU!!! You cheer me up when im sad", "affection: a sad word inside delight"),
        ("STORIES OF THE SEA Reviewed in @weekly this month", "a title with no cue or voice"),
        ("The SILVER HARBOUR alternate ending is up", "a name in mixed-case prose, no voice"),
        ("RECENTLY VIEWED 3 others viewed this in the last hour", "a label heading a pitch"),
    ),
)
def all_caps(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Words in ALL CAPS that shout, not acronyms like NASA, CEO, Q3 or FAQ.

    ## What shouts: the standard
    Real-post verdicts for this rule follow one standard, the reading of a seasoned
    social-media manager: capitals shout when a reader hears a raised voice aimed at them.

    - S1. A message typed in capitals: a whole post, or a sentence or clause of three words
      or more, whatever the writer meant (excitement, a phone's habit): the reader cannot hear
      the intent ("DO U WANT 2 MEET UP 2MORRO", "This gif is SO MUCH BETTER IN CONTEXT").
    - S2. Hype, haste or a demand in capitals, even one word: a gain ("FREE", "WIN", "CASH"),
      haste ("NOW", "HURRY", "URGENT"), a grab for attention at the reader ("WOW", "HUGE
      NEWS", "LIVE"), the call itself ("PLEASE SUBSCRIBE", "CHECK OUT"), a question that
      demands an answer ("SO WHY ?!").
    - S3. Two words or more in capitals in a post that argues, attacks or taunts ("SUCH A
      CRY-BABY", "It's a TERRORIST BAN. #MoronicDems").

    Not shouting, because the capitals do another job:

    - N1. Naming: acronyms ("ATM/SMS PIN"), names written in capitals (a bank, a band, a
      product, a person), titles of works (songs, videos, books: X has no italics), a web
      address spelled out; a post that only names something ("LE GUIN <link>") says no
      message to shout.
    - N2. Labelling: an interface label, a heading or a label before a colon ("REMINDER
      FROM O2:", "BREAKING:"), a dateline, a date set as a heading ("FRIDAY 11 MAY").
    - N3. Quoting: someone else's words (a retweet, an account quoted after "@user:", a
      chant in a headline, a song's line).
    - N4. Keywords: the word to send by text, and options listed to choose from.
    - N5. Stress: one or two ordinary words inside a sentence otherwise in lower case, in
      the writer's own statement, with no hype aimed at the reader and no order ("Le Guin was
      a HUGE influence on me", "science fiction is FAR MORE than that").
    - N6. Warmth: thanks, wishes (a blessing too: "GOD BLESS YOU ALL") and affection in
      capitals, unless they hook a pitch. A courtesy runs to its end ("THANK YOU SO MUCH",
      "HAVE A NICE EVENING", "GOODNIGHT & SWEET DREAMS"), and one in the imperative wishes
      the reader well and gives no order.

    Debatable, where fair readers differ: a short cry or cheer whose whole content is the
    feeling ("OMG GOD, NO!!", "FUCK YEAH", "MANY MEMORIES..."), sarcastic capitals around a
    phrase ("PEACEFUL PROTEST?"), a fan echoing a song's hook ("ROAAAARRRR"), names stressed
    in an argument ("Esp. SAUDI ARABIA + PAKISTAN").

    ## What it does
    Finds runs of capitalised words in the author's own words (not a retweet or a quotation)
    and reports each run once, from its first to its last shouted word (names joined to it
    by a space, "&", "-" or "/" are part of the span; a colon or a mention ends it). A run
    shouts when it holds `run_words` (2) or more shouted words ("BUY NOW"), or one hype word
    (`shouted.txt`: "LIVE", "HUGE", "WOW", "NOW", "FREE", "AMAZING", "URGENT") or a stretched
    one ("SOOOO"). The hint names the word to rewrite when there is one, and says why the
    capitals shout here: the whole post is in capitals, they carry hype, or the post
    presses, argues, asks, announces or shares (see below).

    Not shouting (N1-N6 as the words can tell them): acronyms and names from the data list
    `acronyms.txt` (plus the `acronyms` option; it lists events and accreditation bodies such as
    FOSDEM and AACSB), words with a digit (Q3, B2B, 4K), a word followed by a trademark sign or
    a year ("NAME®", "PYCON 2024"), roman numerals (VIII), initialisms without a vowel (HTML),
    single letters (I, A), hashtags and mentions; a web address spelled out in capitals ("W W W.
    THE FARRELL REPORT. NET"); any other lone word in capitals, which is a name (NOKIA) or one
    word stressed where X has no italics ("This is NOT a drill", "I am absolutely LOVING this");
    a label before a colon that opens the post (a news feed's "BREAKING:", "RT @user: JUST IN:",
    or any other of four words at most with no hype, haste, gain or hailed readers: "REMINDER
    FROM O2:"; "SAVE TODAY:" shouts; after a date stamp too: "2/11/2017: FRONT PAGE:") and a
    dateline ("NEW YORK (Reuters) -"); a date or a countdown set in capitals, days, months or
    units of time beside a number ("FRIDAY 11 MAY, 5.30pm:", "1DAYS 04 HOURS 17 MINUTES"); a
    title after a cue, a kind of work or a verb of reading or watching ("reading Le Guin's THE
    LEFT HAND OF DARKNESS", "our first vid THIS IS US"), or after it its author ("THE WAVE IN
    THE MIND by Ursula K. Le Guin"), and the same title named again further on ("called COFFEE
    LOVA. Type COFFEE LOVA"); a title is one phrase with no hype ("Best video PLEASE VOTE KATY
    !!!!!" and "starting NOW" shout); another account's words quoted after its handle and a
    colon ("@jsmithready: THIS. THIS. THIS"); a keyword to text ("Txt NOKIA to 89545", "reply
    END OUT": after "txt", "reply" or "e.g.", a word that is not hype, the verb in capitals too
    before a word or two: "TEXT YES for callback"; with no verb, words right before "to" and a
    short code: "SKY OPT OUT to 88088"), a second keyword offered with "or" ("Txt TONE CHARITY
    to 8007 or POLY CHARITY for polys"), and keywords listed in a message that names a short
    code, between commas ("Try: WALES, SCOTLAND") or each after its letter ("D= VIOLET E=
    TULIP"); a music video's title opening a line, "ARTIST - SONG" with a name before a spaced
    dash ("PSY - GANGNAM STYLE"), as it is published; thanks, praise or a wish in capitals
    ("THANK YOU for your time", "HAPPY BIRTHDAY", and whom it is said to: "HAPPY BIRTHDAY
    KATY", and words of affection beside it, VADER +1.5 or more and no hype: "XOXO THANKS"),
    each courtesy to its end (the thanks' intensifier, what a wish wishes: "THANK YOU SO
    MUCH", "HAVE A NICE SLEEP..SWEET DREAMS"; a wish in the imperative is no order that
    would make the post press), which is warmth, also after a plug's pitch ("Check out my
    tracks. THANK YOU"),
    except as the hook of a sales pitch before it ("WELL DONE! Your prize awaits"); affection
    said to someone in a reply ("@author I LOVE YOU", "@ana YOU ARE A FABULOUS HUMAN BEING": a
    sentence of twelve words at most with a word VADER rates +1.5 or more, no hype word in the
    capitals, no word rated -1.5 or less in the post, nothing sold or asked for); a person's
    name with an initial ("URSULA K. LE GUIN" crediting a quotation) or right after their role
    ("child actor HWANG MINOO", `shouted.txt`); a cry of six words at most in a post that mourns
    someone ("NO! NO NO NO NO || Le Guin Is Dead at 88"). Listed names that are also everyday
    words (IT, US, WHO) are names on their own and shouted words next to one ("I LOVE IT").

    Stress in the writer's own statement is not shouting (N5): one or two words in a
    sentence in the first person singular that is neither an order, a question nor a pitch,
    holds no word of news and stands among words in lower case, in a post that attacks no
    one, and whose capitals carry no anger themselves (a word VADER rates -1.5 or less: "I
    am SO ANGRY with you people" shouts, S3): "Le Guin was a HUGE influence on me. This one
    really hurts.", "I think science fiction is FAR MORE than space ships <link>". Hype
    counts as stress there only when it grades the writer's experience (`shouted.txt`:
    HUGE, MASSIVE, AMAZING); "I'm LIVE now", "I have HUGE NEWS", "Check out my SEXY VIDEO"
    and "We're LIVE" still shout.

    A burst of the writer's feeling is not shouting either: six capitalised words at most ("one
    of the BEST SONGS in music history", "@ana BEST. THREAD. EVER. I laughed", "This is AMAZING,
    thank you all") in a post that gives no order, calls for no action, sells nothing (and holds
    no word of gain or haste in the capitals: "FREE", "NOW"), attacks no one, announces nothing
    (news, a launch, a brand's "we"), hails no readers, shares no link outside a reply, and
    voices no displeasure (VADER's tone below 0, or a word it rates -1.5 or less in a sentence
    whose rated words, hype aside, lean negative: "WOW, this policy is a disgrace" argues, "I
    LOVE YOU!!! u make me smile when im sad" and "Looking Soo PRETTY DAMN CUTE" do not); the
    capitals ask no question, and they stand in a post otherwise in lower case, or make up a
    short post of delight ("LOVE THIS SONG!!!": VADER's tone of the whole post 0.4 or more, and
    a sentence of delight). The hint says which of these made the capitals shout: a long run, a
    whole post in capitals, pressure, an attack, displeasure, a question, news or a shared link.

    A name or a title in capitals with no cue is not shouting (N1) when its words carry no
    voice and it stands inside a sentence of mixed-case prose or is the whole post, a post
    that only names (an artist and a song: "SHAKIRA SONG WAKA WAKA", "LE GUIN <link>", an
    interface label: "CUSTOMER SERVICE"): six words at most, with no word
    VADER rates or reads as a negation or an intensifier ("VERY", "SO"), no hype, haste, gain,
    news or hailed readers (`shouted.txt`), no function word but the few that join a name's
    words (`shouted.txt`: "OF", "THE", "IN"), no contraction, no person ("YOU", "WE", "U"), no
    verb that gives orders ("READ THE BLOG", "WAYS TO MAKE MONEY"), no "!" or "?" after or
    inside it, in a post with at least as many words in mixed case as the run has (or none),
    that promises no gain and outside a sales pitch ("DAUGHTERS OF THE AIR Compared to Le Guin",
    "We're TWIN MELODY, 17 year old twins", "The TREU DETECTIVE alternate ending", "just
    bought!!!: CBD VEGAN GUMMIES", a label heading a shop's pitch: "RECENTLY VIEWED 2 others
    viewed this"). A whole sentence in capitals among mixed-case prose ("IRAN ENCIRCLES
    ISRAEL. Hezbollah took power") and a whole post with a word of voice ("WHITE FUDGE OREOS
    ARE IN STORES", "LIMITED TIME ONLY", "GANGNAM STYLE!!!") still shout (S1), and so does
    the thing offered, in capitals, in a post that promises a gain ("awarded a FREE mini
    DIGITAL CAMERA").

    Left alone, because it cannot be told reliably: a name or a title in capitals with no
    cue that carries a word of voice ("to win BEST Charity Project 2015", "I taught VERY FAR
    AWAY FROM ANYWHERE ELSE"), or that names the prize in a post that promises a gain ("tkts
    to the EURO2004 CUP FINAL or £800 CASH") is reported as shouting, and so is stress that
    is not the writer's first-person statement ("followers are THE MOST savvy"): the same
    capitals, unnamed, are a raised voice. An interface label that is the whole text and
    holds a verb of an order ("LOGIN/REGISTER") is reported too. Plain words set in capitals
    inside a headline with no voice of their own ("Trump declares NEXT STEP in travel ban
    controversy") read as a name and are left quiet: a headline's stress and a title look
    alike there; so does a predicate of plain words in capitals ("my cat ATE THE WHOLE
    CAKE"), which without a part-of-speech tagger cannot be told from a title ("life CAUGHT
    IN A STORM"), and so does a whole post of plain words that says something with no word
    of voice ("1,000,000 VIEWS NEAR", "SHES QUEEN": a contraction typed without its
    apostrophe), whose verb cannot be told from a name's words either. So are
    capitals whose feeling the words do not tell from a raised voice (the debatable kinds
    above): a cry of shock with no word of a death ("OMG GOD, NO!!", "WHAT?!!? NO!!!!"), sarcasm
    ("PEACEFUL PROTEST?"); a whole private text or fan reply typed in capitals ("IM GONNA MISS U
    SO MUCH", "@author PLEASE SAY HI TO US") is a message typed in capitals (S1) and reported.
    Words stressed in a friendly private text ("At WHAT TIME should i come tomorrow") are quiet
    with the bursts, whether they are stress or impatience. Sarcasm in a reply with no hostile
    word ("@pol Take refugees only from stable countries. SO SMART!") reads as affection and is
    left quiet. A short name in capitals that the dictionary also lists ("BSA FAC Air Rifles")
    reads as words; add it to the `acronyms` option.

    ## Why is this bad?
    Capitals read as shouting, and shouting reads as an advert or as anger. They are also
    harder to read: word shapes disappear, and screen readers may spell short words out
    letter by letter.
    """
    for run in capital_runs(post, options["acronyms"], options["run_words"]):
        if run.kind is not RunKind.SHOUTED:
            continue
        message = (
            f"{len(run.shouted)} words in capitals read as shouting."
            if len(run.shouted) > 1
            else "A word in capitals reads as shouting."
        )
        yield Hit(run.start, run.end, message=message, hint=_hint(run))


def _hint(run: CapitalRun) -> str:
    """What to do about these capitals, and why they shout here: the whole post, hype, or
    the voice the post raises (``run.voice``)."""
    why = _VOICES[run.voice or ""]  # a shouted run always says why
    if len(run.shouted) == 1:
        word = run.shouted[0].text
        return (
            f"Write “{word.capitalize()}”: {why}. If the word needs stress, say why it "
            "matters; a name in capitals can be added to the `acronyms` option."
        )
    if run.fills_post:
        return "Write the whole post in sentence case: all capitals read as one long shout."
    if run.carries_hype:
        return (
            "Write it in sentence case; hype in capitals reads as an advert, so say what the "
            "reader gets instead."
        )
    return f"Write it in sentence case: {why}. To stress one point, say why it matters."


# Why capitals raise the voice, said in the hint.
_VOICES = {
    "long": "a run this long reads as a raised voice",
    "whole": "a post all in capitals reads as one long shout",
    "presses": "in a post that sells or asks for something, capitals read as pressure",
    "attacks": "aimed at someone, capitals read as a raised voice",
    "argues": "amid displeasure, capitals read as a raised voice",
    "asks": "a question in capitals demands an answer",
    "announces": "capitals over news read as a shouted headline",
    "shares": "capitals over a shared link read as a shouted headline",
}


# Three marks in a row is where emphasis turns into noise. Style guides allow one; "!!" and
# the interrobang "?!" are common in friendly replies ("Congrats!!"), so two pass.
MAX_MARKS = 2


@rule(
    code="SMM302",
    name="punctuation-pileup",
    severity=Severity.SUGGESTION,
    category="shouting",
    message="A pile of punctuation reads as shouting.",
    hint="One mark is enough; let the words carry the feeling.",
    options={"max_marks": MAX_MARKS},
    fires=(
        "Big news today<marker>!!!</marker>",
        "WHO does that<marker>?!?!</marker>",
        "This policy is a disgrace<marker>!!!</marker>",
        "Everyone must see this video<marker>!!!</marker>",
        "Launch day <marker>‼️!</marker>",
        "Sale <marker>❗❗❗</marker> ends soon",
        "We did it<marker>!!!!!!!!</marker> Big news<marker>!!!</marker>",
        "@ana WHY would you do that<marker>???</marker>",
        "Thanks guys<marker>!!!</marker> Subscribe to my channel",
        "Love it<marker>!!!!!!!!!!!!!!!!</marker>",
        "Love this song<marker>!!!</marker> Subscribe to my channel",
        "FREE tickets<marker>!!!!</marker>",
        "We love our fans, but this spam is awful and it has to stop<marker>!!!</marker>",
    ),
    quiet=(
        ("Congrats!! So well deserved.", "two marks pass"),
        ("Wait, really?! Tell me more.", "the interrobang ?! is one expressive mark"),
        ("Hmm... not sure about that one?", "an ellipsis is not a pile-up"),
        ("Read it here: https://example.com/#!!!/post?x=1", "marks inside a link"),
        ("¡Hola! ¿Qué tal?", "Spanish opening marks"),
        ("Use !!value in JS to get a boolean.", "code with two marks"),
        ("Really? Yes! Great.", "single marks in separate sentences"),
        ("RT @fan: best gig ever!!!", "someone else's marks, retweeted"),
        ("@ana awesome!!!", "a reply: feeling said to someone"),
        ("Love this song!!!", "a short reaction"),
        ("Congratulations!!! So well deserved.", "a courtesy"),
        ("This song is AWESOME!!!!", "delight, in capitals too: warmth, not a raised voice"),
        ("Happy launch day, team!!! You made it.", "a cheer"),
        ("Our founder died this morning???? We are heartbroken.", "grief"),
        ("What??? No way.", "surprise that neither presses, scolds nor announces"),
        ("2 BILLION!!!", "a cheer in capitals, no hype, no demand"),
        ("@ana look at my new hoodie!!!!", "an order that is talk, in a reply"),
        ("Illuminati confirmed!!! 666 million views", "a joke's mock alarm"),
    ),
)
def punctuation_pileup(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Runs of exclamation and question marks: `!!!`, `?!?!`, `???`.

    ## What it does
    Reports each run of more than `max_marks` (2) exclamation or question marks, counting
    `‼` and `⁉` as two and the red ❗/❓ emoji as marks. Two marks pass: `!!` and the
    interrobang `?!` are common in friendly replies. Marks inside links, quotations and a
    retweeted text (someone else's words) are ignored.

    A pile of fewer than ten marks fires only where it raises the voice at the reader: the
    post presses (sells, asks for an action from `cta.txt`, or pleads: "please vote!!!"),
    its sentence scolds (a word VADER rates -1.5 or less and none +1.5 or more: "what an
    idiotic discussion!!!"), the post announces (a word of news or launch, or the author's
    "we" outside a conversation: `shouted.txt`, "Big news today!!!", "We did it!!!!"), its
    sentence hails the readers ("Everyone must see this!!!", "LADIES!!!"), or capitals in its
    sentence demand an answer or promise a gain ("SO WHEN IS IT OUT??????", "FREE CS GO!!!!";
    a cheer in capitals, "YES!!!!!!!", promises none). The hint says which of these it is.
    Ten marks or more are noise whatever they say.

    Quiet otherwise, because the words cannot tell a raised voice from the writer's tone:
    surprise, a fan's cheer or eager question, a joke's mock alarm, a chain text's punchline
    ("What??? No way.", "2 BILLION!!!", "are you in wimbledon????????", "illuminati
    confirmed!!!"). Real-post reviewers call such piles harmless, and a brand's pile is told
    by its news, its "we" or its push, not by the marks. In conversation (a reply, an answer,
    a courtesy, a short reaction that asks for no action) up to five marks are quiet even
    then, unless capitals shout or the sentence scolds beside them; an order that is talk
    ("@ana look at my new hoodie!!!!") does not end a conversation.

    Quiet on delight: a pile of "!" closing a short sentence (12 words at most) of praise,
    love or a cheer ("Love this song!!!", "This Song is AWESOME!!!!", "you are amazing!!!!")
    is warmth, as thanks in capitals are, whether a fan or a brand writes it. Delight is a
    word VADER rates +1.5 or more and none rated -1.5 or less, not counting words that
    promise a gain ("FREE", "win": `shouted.txt`); it is not quiet in a plug (a post that
    gives orders, asks for an action or sells: "Love it!!! Subscribe"). Grief is quiet the
    same way: a pile in a post that mourns someone ("Le guin died????", words of a death
    from `acts.txt`) is the cry, not a raised voice.

    Left alone, because it cannot be told reliably: a cry in capitals with no word of the
    death ("WHAT?!!? NO!!!!"), a question in capitals from a fan ("CAREER OF EVIL????") and
    an order in a chain text ("Enjoy ur crushes..!!!") are reported; a surprised question
    with a scolding word ("am I evil???????") reads as scolding.

    ## Why is this bad?
    A pile of marks raises the voice without adding a reason to care; it reads as hype or
    as anger, and feeds spam filters the signal they look for.
    """
    for pile in mark_piles(post):
        if pile.marks <= options["max_marks"]:
            continue
        reason = raised_voice(post, pile)
        if reason is not None:
            message = f"{pile.marks} marks in a row read as shouting."
            yield Hit(pile.start, pile.end, message=message, hint=_pileup_hint(pile, reason))


# Why the pile is a problem, said first in its hint.
_PILE_REASONS = {
    "noise": "A row this long is noise to any reader.",
    "presses": "In a post that asks for something, piled marks read as pressure.",
    "scolds": "Piled on displeasure, the marks raise the voice.",
    "announces": "Let the news carry itself: piled marks read as hype.",
    "shouts": "With capitals, the pile shouts.",
}


def _pileup_hint(pile: MarkPile, reason: str) -> str:
    """Why this pile is a problem, and what one mark would say instead: a question, an
    exclamation, or both."""
    if pile.asks and pile.exclaims:
        mark = "Keep one “?!” at most; say in words what surprised you."
    elif pile.asks:
        mark = "One question mark asks just as clearly."
    else:
        mark = "One exclamation mark is enough; let the words carry the feeling."
    return f"{_PILE_REASONS[reason]} {mark}"


# Most social-media style guides (Hootsuite, Sprout Social, Mailchimp's content style guide)
# advise one to three emoji per post. Four or five in a row after a greeting ("Hello Brazil
# 😻✌💓😻👏") read on real comments as warmth on the edge of a wall; six is a wall.
WALL_RUN = 6
# Spread-out emoji become a wall too once they outnumber the words, given enough of them
# that a short reply ("Congrats 🎉🎉") is not judged on a ratio.
DENSITY_MIN_EMOJI = 6


@rule(
    code="SMM303",
    name="emoji-wall",
    severity=Severity.SUGGESTION,
    category="shouting",
    message="A wall of emoji drowns the message.",
    hint="Keep one to three emoji that add meaning; screen readers read every one aloud.",
    options={"wall_run": WALL_RUN, "density_min_emoji": DENSITY_MIN_EMOJI},
    fires=(
        "We did it <marker>🎉🎉🎉🎉🎉🎉</marker>",
        "Weekend mood <marker>🔥 😍 🙌 💯 ✨ 🌞</marker>",
        "Family day <marker>👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧👨‍👩‍👧</marker> thanks all",
        "<marker>🇫🇷🇩🇪🇮🇹🇪🇸🇵🇹🇳🇱</marker> Euro tour dates",
        Example("🎉 Big 🎉 news 🎉 from 🎉 our 🎉 team 🎉"),
        "Go team <marker>👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽</marker>",
    ),
    quiet=(
        ("Congrats 🎉🎉 so well deserved", "two emoji"),
        ("Family trip 👨‍👩‍👧‍👦 to the coast 🌊 with the dog 🐕", "a ZWJ sequence is one emoji"),
        ("Happy birthday! 🎂🎉🎈🎁", "four in a row is still a greeting"),
        ("Hello Brazil 😻✌💓😻👏", "five after a greeting: warmth on the edge, not a wall"),
        ("Euro trip: 🇫🇷 🇩🇪 🇮🇹 — which city should we add?", "flags are one emoji each"),
        (
            "Sunset 🌅 at the beach 🏖️ with friends 👯 and ice cream 🍦 — best day ☀️ ever 😍",
            "six emoji, more words than emoji",
        ),
        ("Thumbs up 👍🏽👍🏽👍🏽 from all of us", "skin-tone sequences count once"),
        ("Step 1️⃣ plan, 2️⃣ build, 3️⃣ ship.", "keycaps in a list"),
    ),
)
def emoji_wall(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """Too many emoji: a run of six or more, or more emoji than words.

    ## What it does
    Reports each run of `wall_run` (6) or more emoji with nothing but spaces between them.
    A post without such a run is reported as a whole when it has `density_min_emoji` (6)
    or more emoji and they outnumber its words. A ZWJ family, a flag, a keycap or a
    skin-tone sequence counts as one emoji.

    ## Why is this bad?
    A wall of emoji hides the message, looks like spam, and is read aloud one by one by
    screen readers ("party popper, party popper, party popper..."). One to three emoji that
    add meaning travel further than ten that add noise.
    """
    emoji = post.emoji
    walls = [run for run in _emoji_runs(post.text, emoji) if len(run) >= options["wall_run"]]
    for run in walls:
        message = f"{len(run)} emoji in a row drown the message."
        hint = (
            f"Keep the one to three that add meaning: a screen reader reads all {len(run)} "
            "aloud, one name at a time."
        )
        yield Hit(run[0].start, run[-1].end, message=message, hint=hint)
    if not walls and len(emoji) >= options["density_min_emoji"]:
        words = len(post.own_words)
        if len(emoji) > words:
            message = f"{len(emoji)} emoji for {words} words drown the message."
            hint = "Say it in words, and keep the one to three emoji that add to them."
            yield Hit(0, len(post.text), scope="post", message=message, hint=hint)


def _emoji_runs(text: str, emoji: Sequence[Token]) -> Iterator[list[Token]]:
    """Emoji that follow each other with only spaces between them, on one line."""
    run: list[Token] = []
    for token in emoji:
        gap = text[run[-1].end : token.start] if run else ""
        if run and gap and (not gap.isspace() or "\n" in gap):
            yield run
            run = []
        run.append(token)
    if run:
        yield run
