"""Sharing rules: a bare link, a bare quote, a bare share (SMM2xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.acts import courtesies
from smmlint.analysis.address import is_reply, speaks_to_someone
from smmlint.analysis.borrowed import authors_words
from smmlint.analysis.commentary import Commentary, commentary
from smmlint.analysis.conversation import MIN_COMMENTARY_WORDS, MIN_QUOTED_WORDS
from smmlint.analysis.links import shared_links
from smmlint.core.model import Severity
from smmlint.core.registry import Hit, rule
from smmlint.read.post import Post

# Fewer words of one's own than this is a reaction ("So true!", "Must read"), not commentary;
# a quotation of fewer words is a scare quote ("so-called "innovation""), not a quote post.
# Defined with the conversation analysis, which leaves such bare shares to these rules.
# A quote post quotes at least a short sentence ("Stay hungry, stay foolish."); fewer words
# with a dash are a signature ("Thanks! - RMO Team").
MIN_QUOTE_POST_WORDS = 4


@rule(
    code="SMM203",
    name="bare-link",
    severity=Severity.WARNING,
    category="sharing",
    message="A link with (almost) nothing of your own to say about it.",
    hint="Say what you took from it or why it matters to your readers, or ask what they think.",
    options={"min_words": MIN_COMMENTARY_WORDS},
    fires=(
        "<marker>https://example.com/report</marker>",
        "Check this out: <marker>https://example.com/report</marker>",
        "New blog post <marker>https://example.com/blog/q3</marker> #marketing",
        "So true <marker>https://example.com/a</marker> <marker>https://example.com/b</marker>",
        "Hey everyone. Watch this trailer! <marker>https://example.com/film</marker>",
        "Must read 👇 <marker>www.example.com/guide</marker>",
        "Damn, awful news <marker>https://example.com/news</marker>",
    ),
    quiet=(
        (
            "Our Q3 report shows churn halved once we answered within an hour: "
            "https://example.com/q3",
            "says what the link shows",
        ),
        (
            "Why do most onboarding emails fail? We tested 40: https://example.com/emails",
            "asks and explains",
        ),
        ("RT @acme: Our new report is out https://example.com/r", "a retweet: bare-share"),
        (
            "Ten Lessons From a Decade of Remote Work https://example.com/remote",
            "a pasted headline: bare-share",
        ),
        ("Loved this, especially the part about hiring slowly.", "no link"),
        ("The link in the docs is broken, can you fix it? example.com/docs", "has commentary"),
        ("@ana how about this one? https://example.com/gif", "a reply: the link answers"),
        ("Cc @ben - so sorry :( https://example.com/news", "passed on to someone"),
        ("RIP, legendary woman. https://example.com/obituary", "a condolence"),
        ("Oh, no. https://example.com/news", "a cry at news: cannot be told"),
        ("FUUUUCK https://example.com/news", "an oath, drawn out"),
        ("Thanks for this #GIFHistory https://example.com/gif", "thanks"),
        ("Stay on Next.co.uk", "a company's name, not a page shared"),
        ("We pick you up and drop you in car.so no problem", "a missing space, not a link"),
    ),
)
def bare_link(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A link shared with no or almost no words of one's own.

    ## What it does
    Fires on each link when the author's own words around it, not counting pointers ("check
    this out", "new post", "link below"), hashtags, mentions and credits ("via @x"), number
    fewer than `min_words`. The message and hint say what stands beside the link: nothing,
    only a pointer, or only a reaction ("Love!", "Blimey."), where the hint asks for the
    reason, not for a question. Retweets and pasted headlines are left to `bare-share`, posts
    built on a quotation to `bare-quote`. The finding is on the link itself, so an editor
    underlines what needs words around it. A capitalised host with no protocol and no path
    ("Stay on Next.co.uk") is a company's name, not a page shared.

    Two words glued by a missing space after a full stop ("drop in car.so no problem", "by
    tomorrow.call 6744": a lower-case word, a dot and an English function word or order
    verb, no protocol or path) are not a link shared; a glued adverb ("unsold.now") is still
    read as one.

    Quiet, because it cannot be told reliably, when the words beside the link are a cry and
    nothing else, an interjection or an oath ("Fuck", "Oh, no", "NO GODDAMNIT", "FUUUCK"):
    news that struck the author, often a death, where a line about the link may be wanted
    or out of place (readers of real posts judged such findings both ways). A cry with words
    of its own ("Damn, awful news") is a reaction and is still reported.

    Quiet when the post speaks to someone: a reply ("@ana how about this one? <link>"), a
    link passed on with "cc @ana", thanks, congratulations or a condolence ("RIP, legendary
    woman. <link>"). There the link is what a conversation or a courtesy is about, and a
    take or a question to the world would be out of place.

    ## Why is this bad?
    A bare link gives nobody a reason to click or to answer. Sharing is not a conversation;
    a line about what you took from it, or a question, starts one. Networks also show link
    posts without context to fewer people.
    """
    found = commentary(post)
    if not post.urls or found.share or found.quoted_words >= MIN_QUOTED_WORDS:
        return  # shares and quotations are bare-share's and bare-quote's to judge
    if len(found.words) >= options["min_words"] or _passed_to_someone(post):
        return  # commentary, or a link passed to someone: a reply, "cc @ana", a condolence
    if found.cry:
        return  # "Oh, no": whether a line about the link is wanted cannot be told
    message, hint = _bare_link_reason(post, found, len(authors_words(post)))
    for url in shared_links(post):
        yield Hit(url.start, url.end, message=message, hint=hint)


def _bare_link_reason(post: Post, found: Commentary, written: int) -> tuple[str, str]:
    """Message and hint for what stands beside the link: nothing, a pointer, or a reaction."""
    if found.words:  # "Love!", "Blimey.", "They are similar.": a reaction with no reason given
        # quoted as written, from its first word to its last, pointers kept ("This is so
        # necessary", not "is so necessary"), credits and links left out, so that the author
        # recognises their own line
        said = " ".join(post.prose[found.said[0].start : found.said[-1].end].split())
        return (
            f"A link with only “{said}” beside it: nothing says what it is or why it matters.",
            "Say in a line what struck you about it, so that readers know what they will find.",
        )
    if written:  # "Check this out", "Must read", "New post"
        return (
            "A link with only a pointer to it: nothing says what it is or why it matters.",
            "Replace the pointer with what you took from it or why it matters to your readers,"
            " or ask what they think.",
        )
    return (
        "A link alone, with no words of your own.",
        "Say what readers will find there and why it matters to them, or ask what they think.",
    )


def _passed_to_someone(post: Post) -> bool:
    """A reply, a mention greeted ("cc @ana"), thanks, congratulations or a condolence.

    A greeting or a wish alone ("Hey everyone.", "Happy Friday!") still broadcasts the link.
    """
    if not speaks_to_someone(post):
        return False
    kinds = {kind for kind, _ in courtesies(post)}
    return is_reply(post) or not kinds or bool(kinds - _BROADCAST_COURTESIES)


_BROADCAST_COURTESIES = frozenset({"greeting", "wish"})


@rule(
    code="SMM204",
    name="bare-quote",
    severity=Severity.WARNING,
    category="sharing",
    message="A quotation and its author, with nothing of your own.",
    hint="Add what the quote means to you or your readers, or ask whether they agree.",
    options={"min_words": MIN_COMMENTARY_WORDS},
    fires=(
        '"Stay hungry, stay foolish." — Steve Jobs',
        "“The best way to predict the future is to invent it.” - Alan Kay #quote",
        "What you do speaks so loudly that I cannot hear what you say. ~ Ralph Waldo Emerson",
        'Maya Angelou once said: "Nothing will work unless you do."',
    ),
    quiet=(
        (
            '"Stay hungry, stay foolish." — Steve Jobs. We still ask this of every hire: '
            "what are you hungry for?",
            "commentary and a question",
        ),
        ('My kid asked "why is the sky blue?" and I had no answer.', "a story, not a quote post"),
        ('I love "supplementary" stories about the wizarding world.', "a scare quote"),
        ('Our so-called "smart" fridge ordered milk again.', "a scare quote"),
        ('"Coffee for everyone, every day." Our promise since 1990.', "a slogan, no author"),
        (
            '@ana "Stay hungry, stay foolish." — Steve Jobs. So true.',
            "a reply with its own comment",
        ),
        ('"Thanks for coming!" - The Team', "a signature, not a quote post"),
        ("Back at the office at 3 - Sam", "a signature, not an attribution"),
        (
            '"Stay hungry" is the advice I ignored for a decade, and here is why.',
            "the author talks about the quote",
        ),
        ("Be kind to each other today.", "no quotation"),
    ),
)
def bare_quote(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A quotation with its author and nothing else ("quote" — Author).

    ## What it does
    Fires when the post is a quotation of at least four words (in quotation marks, or a line
    ending in "~ Full Name") with its attribution ("— Maya Angelou", "Seneca once said:") and
    fewer than `min_words` words of the author's own besides hashtags and links. Quotation
    marks without an author are left alone (scare quotes, slogans, a pasted message), and so
    is a reply that quotes and adds its own comment. The finding covers the whole post: the
    whole post is the quote.

    ## Why is this bad?
    A stream of quotes shows no interest in the audience and no initiative; people unfollow
    accounts that only post them. A quote can open a conversation when you say what it
    means to you and ask what it means to them.
    """
    found = commentary(post)
    if found.share or not found.attributed or found.quoted_words < MIN_QUOTE_POST_WORDS:
        return  # a share, or quotation marks without an author: scare quotes, a slogan
    if is_reply(post) and found.words:
        return  # a reply that quotes and comments: "@ana "..." — Seneca. So true"
    if len(found.words) < options["min_words"]:
        message = None
        if found.words:
            message = "A quotation and its author, with only a word or two of your own."
        yield Hit(0, len(post.text), scope="post", message=message)


@rule(
    code="SMM205",
    name="bare-share",
    severity=Severity.WARNING,
    category="sharing",
    message="A share with no words of your own: a retweet or a pasted headline.",
    hint="Say why you share it and what your readers should take from it, or ask them.",
    options={"min_words": MIN_COMMENTARY_WORDS},
    fires=(
        "RT @acme: Our new report on remote work is out https://example.com/r",
        "Wow! RT @acme: Our new report on remote work is out",
        'So true "@acme: Our new report on remote work is out"',
        "Ten Lessons From a Decade of Remote Work https://example.com/remote",
        "how remote teams stay in sync across time zones https://example.com/sync",
        "OPINION: Why the four-day week works for small shops https://example.com/4day",
        "How remote teams stay in sync via @acmeblog https://example.com/sync",
        "The state of remote work in 2025 | Acme Research https://example.com/state",
    ),
    quiet=(
        (
            "Half of this matches what we saw at our shop. RT @acme: Our new report is out",
            "commentary before the retweet",
        ),
        (
            "We tried their sync routine for a month: fewer meetings, same output. "
            "https://example.com/sync via @acmeblog",
            "commentary with the credit",
        ),
        ("I Love This New Logo So Much!", "no link, no share"),
        (
            "Our report is out, thanks @acme for the data https://example.com/r",
            "own words about the link",
        ),
        ("Thank you @ana for the RT!", "mentions a retweet, is not one"),
        (
            "Here are two brilliant pieces on remote work from @ana https://example.com/a",
            "own words with a credit",
        ),
        (
            "Great points here, especially on async standups. RT @acme: How we sync",
            "a comment before the retweet",
        ),
        (
            "Loving Our New Office In Leeds https://example.com/office 😍",
            "Title Case, but someone speaks: 'our', an emoji",
        ),
        (
            "@ana Our town's seals need a voice. Will YOU? https://example.com/seals "
            "via @sealwatch",
            "the author turns to @ana and asks her: their words, not a title",
        ),
    ),
)
def bare_share(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A retweet or a pasted headline shared with no words of one's own.

    ## What it does
    Fires on "RT @x: ..." (or "MT @x", or the old quote-tweet '"@x: ..."') with fewer than
    `min_words` words of the author's own before it, and on a link whose only words are a page
    title as a share button pastes it: Title Case ("Ten Lessons From..."), a site suffix ("...
    | Acme Research"), a credit ("... via @acmeblog"), or a headline's shape in sentence or
    lower case ("how remote teams stay in sync", "OPINION: Why...", "10 ways to..."), on
    words with no one speaking or reacting in them (no I/we, no "!", no emoji, no "you" said
    to someone the post speaks to, no "here", "this", "brilliant", "must"...). Words of
    one's own before the retweet or beside the credit are commentary; with one to three of
    them the message says the post has only a reaction. The finding covers the whole post.

    ## Why is this bad?
    Simply retweeting or sharing is not starting a conversation: it adds nothing the original
    did not say, and earns little credibility. A line of your own, or a question about it,
    turns a share into a post people answer.
    """
    found = commentary(post)
    if found.share and len(found.words) < options["min_words"]:
        yield Hit(0, len(post.text), scope="post", message=_share_message(found))


def _share_message(found: Commentary) -> str | None:
    if found.share == "headline":
        return "A pasted headline with no words of your own."
    if found.words:
        return "A retweet with only a reaction of your own, not a comment."
    return None
