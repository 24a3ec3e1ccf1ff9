"""Audience rules: a post that talks only about its author (SMM1xx)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from smmlint.analysis.acts import courtesies, orders
from smmlint.analysis.address import is_reply, references
from smmlint.analysis.borrowed import authors_words
from smmlint.analysis.questions import asks_readers
from smmlint.core.model import Severity
from smmlint.core.registry import Hit, rule
from smmlint.read.post import Post

# Three mentions of ourselves is a pattern, not a passing "we"; and they must make up at least
# one word in twenty, so one "we" per paragraph of a long post is not "dominating".
MIN_SELF_WORDS = 3
MIN_SELF_SHARE = 0.05


@rule(
    code="SMM102",
    name="self-centred",
    severity=Severity.SUGGESTION,
    category="audience",
    message="The post talks only about us; the reader never appears.",
    hint="Turn it toward the reader: what do they get, learn or decide? Say 'you'.",
    options={"names": (), "min_self_words": MIN_SELF_WORDS, "min_share": MIN_SELF_SHARE},
    fires=(
        "We are proud to share that our team doubled this year. Our new office opens in May.",
        "At Acme we build our tools with care, and our engineers love what we do.",
        "I'm launching my new course next week. My students say it changed my teaching.",
        "Our menu, our recipes, our chefs: we did it all ourselves.",
        "Check out my new mixtape, my best work, on my channel!",
    ),
    quiet=(
        ("We made this for you: your data, your rules, our promise.", "speaks to the reader"),
        ("Our planet needs all of us, and our kids will thank us.", "inclusive 'our'"),
        (
            "We rebuilt our oven and our bread is better. What should we bake next?",
            "asks the readers",
        ),
        ("@ana we fixed our bug, sorry about that, we owe you one!", "a reply"),
        ('He said "we love our customers and our staff" at the meeting.', "a quotation"),
        (
            "Let's see what our team and our partners can do together.",
            "'let's' brings the reader in",
        ),
        ("The bakery on Mill Street opens at seven. We will be there.", "one 'we' only"),
        (
            "I ran the trail today, I loved every minute and I'm hooked.",
            "a person speaking, not promoting",
        ),
        (
            "My sister and I drove to our favourite beach; we loved our day there.",
            "a personal story",
        ),
        (
            "We all need a break sometimes. When we rest, we think better, and our days go well.",
            "an inclusive 'we'",
        ),
        (
            "We are heartbroken. Our thoughts are with our founder's family.",
            "a condolence",
        ),
    ),
)
def self_centred(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post about the author only: "we", "our", "my" or the brand, never "you".

    ## What it does
    Counts the author's words about themselves ("we", "us", "our", "my", and the brand names
    given in the `names` option) and to the reader (second person, "let's"). "I" and "me"
    are not counted: a person speaking in their own voice is welcome, it is "our product,
    our team, my course" that turns a post into self-promotion.
    Fires when there are at least `min_self_words` self-references making up at least
    `min_share` of the words, at least one of them presents what the author promotes ("our
    new app", "my channel", "our team", a brand name from `names`), the reader is never
    addressed, the post asks nothing and is not a reply or a courtesy (thanks, condolences,
    wishes). An inclusive "we" ("our planet", "all of us", "we all need...") and a personal
    story ("my sister and I... our day") are not self-promotion, nor are words inside
    quotations or a retweet. The hint names what the post presents. The finding covers the
    whole post (the words are spread through it; marking each "we" would be noise), and the
    message gives the count. An order ("Check out my new mixtape", "Follow me") does not
    bring the reader in: it asks them to act for the author, and the message says so.

    ## Why is this bad?
    Readers ask "what's in it for me?". A post about our team, our product and our pride
    answers "nothing": help and relevance beat self-promotion.
    """
    refs = references(post, options["names"])
    count, words = len(refs.self_words), max(len(authors_words(post)), 1)
    if (
        refs.reader_words
        or not refs.promoted
        or count < options["min_self_words"]
        or count / words < options["min_share"]
    ):
        return  # no "our product", "my channel": an inclusive "we" or a personal story
    if is_reply(post) or asks_readers(post) or courtesies(post):
        return
    promoted = ", ".join(dict.fromkeys(t.text.lower() for t in refs.promoted))
    if orders(post):  # "Check out my new mixtape", "Follow me, watch my videos"
        message = (
            f"The post talks only about us ({count} self-references); the reader appears "
            "only to be told what to do."
        )
        hint = (
            f"You ask readers to act for your {promoted}: say what they get from it, "
            "in words about them ('you'), not about you."
        )
    else:
        message = (
            f"The post talks only about us ({count} self-references); the reader never appears."
        )
        hint = (
            f"You present your {promoted}: say what the reader gets, learns or decides. Say 'you'."
        )
    yield Hit(0, len(post.text), scope="post", message=message, hint=hint)
