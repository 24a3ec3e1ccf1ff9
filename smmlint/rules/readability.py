"""Readability rules: a post that is hard going in a feed (SMM6xx)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping
from itertools import pairwise
from typing import Any

from smmlint.analysis.hard_words import has_nominal_ending, is_glued, names
from smmlint.analysis.readability import (
    Readability,
    SentenceCount,
    looks_english,
    measure_readability,
    reader_words,
    reading_ease,
    reading_sentences,
    sentence_counts,
    syllables,
)
from smmlint.analysis.sentence_form import sentence_form
from smmlint.core.model import Severity
from smmlint.core.registry import Example, Hit, rule
from smmlint.read.post import Post, Token

# Flesch's own table: 60-70 is plain English, 50-60 "fairly difficult" (grades 10-12),
# 30-50 "difficult" (college). A feed is read at a glance, but news and LinkedIn copy is
# often in the upper "difficult" band and fine: on real posts, plain sentences and headlines
# (terms of delivery, a news summary) scored 41-49. Below 40 the post is hard going.
MIN_READING_EASE = 40
# A sentence this long is hard going whatever its words (news style guides cap sentences
# at 20-25 words); the hint then says to split it rather than to swap words.
LONG_SENTENCE_WORDS = 25
# A sentence at least this share of whose words are capitalised is a headline in title case
# or a list of names (reviewed real posts: "Samuel Delany, Octavia Butler, Ursula K. Le
# Guin..."): left alone.
NAMES_SHARE = 0.5
# A sentence twice that long loses the reader whatever its words: the formula gives a
# 60-word run-on of short words ("hey guys if you can please subscribe ... i keep it real")
# a "fairly easy" 55, as it weighs a word of length 1.0 against a syllable's 84.6.
RUN_ON_WORDS = 2 * LONG_SENTENCE_WORDS
# ...when somewhere in it LONG_SENTENCE_WORDS words run without a pause (see
# ``smmlint.analysis.sentence_form``): a sentence of short clauses is followed easily.
# Too short for the formula (see MIN_RELIABLE_WORDS): only the word half of it is judged,
# and only when several long words agree. Four syllables is past the three of the Gunning
# fog index's "complex words", so "community" and "celebration" alone never fire. Jargon
# is long words as most of the post ("leveraging synergistic paradigms to operationalize
# deliverables"); a nine-word headline with three familiar long words ("Firing back at
# international condemnations over Gaza border casualties") reads fine (reviewed real
# posts: every finding at a third of the words was a headline or a quip).
LONG_WORD_SYLLABLES = 4
MIN_LONG_WORDS = 3
MIN_LONG_WORD_SHARE = 1 / 2
# Nominalisations, verbs and adjectives turned into abstract nouns ("implementation",
# "engagement", "awareness", "sustainability"), are what makes jargon dense; three of them is
# a pattern, not one word. A word of two syllables with such an ending is a plain noun
# ("science", "fiction", "nation", "moment"), not a verb or adjective made abstract.
MIN_NOMINALISATIONS = 3
NOMINALISATION_SYLLABLES = 3
# Jargon can be spread over short sentences ("Holistic, customer-centric strategies empower
# stakeholders. Scalable solutions maximize ROI."): no sentence is long, yet the post is
# hard. It is when more than two in five of its words (names aside) have three or more
# syllables, Gunning's "complex words" (plain English has one in seven or eight), and it
# holds three or more nominalisations. Plain sentences with a few long names or feelings
# ("We visited Palestinian families today. It was unbelievably emotional.") stay below.
COMPLEX_WORD_SYLLABLES = 3
JARGON_SHARE = 2 / 5
# A post at least this share of whose words are in capitals is all-caps' finding: without
# sentence case the formula's sentences and syllables say nothing a reader feels.
CAPITALS_SHARE = 0.5
# A sentence with fewer different words than this share of its words is one line repeated.
MIN_DISTINCT_SHARE = 1 / 2


@rule(
    code="SMM601",
    name="hard-to-read",
    severity=Severity.SUGGESTION,
    category="readability",
    message="The post is hard to read at a glance.",
    hint="Split long sentences and swap long words for short ones; aim for a reading ease of 60.",
    options={
        "min_reading_ease": MIN_READING_EASE,
        "long_word_syllables": LONG_WORD_SYLLABLES,
        "min_long_words": MIN_LONG_WORDS,
    },
    fires=(
        "Our plans for the new year are ready. <marker>Implementation considerations encompass "
        "regulatory compliance, operational resilience and environmental sustainability "
        "across every municipality.</marker>",
        "Our team met last week. <marker>The interdisciplinary considerations underpinning "
        "contemporary organisational transformation necessitate institutional "
        "reconceptualisation.</marker> Coffee was good.",
        "<marker>Leveraging synergistic paradigms to operationalize cross-functional "
        "deliverables.</marker>",
        "<marker>Personalised, evidence-based interventions demonstrably ameliorate "
        "socioeconomic inequalities.</marker> Thoughts?",
        Example(
            "<marker>Thrilled to announce that our interdisciplinary research consortium has "
            "published a comprehensive evaluation of organisational resilience methodologies, "
            "demonstrating statistically significant improvements in operational "
            "sustainability.</marker> Link in comments.",
            platform="linkedin",
        ),
        Example(
            "<marker>In today's rapidly evolving landscape, organizations must leverage "
            "data-driven insights to accelerate innovation.</marker> Holistic, customer-centric "
            "strategies empower stakeholders. Scalable solutions maximize operational efficiency. "
            "Let's connect!",
            platform="linkedin",
        ),
        Example(
            "<marker>hey everyone i just made a channel where i post a new song every week and "
            "i would love to hear what you think so please come and listen and leave a comment "
            "and sub if you like it and share it with a friend who likes good music since every "
            "view helps me keep going thanks</marker>",
            platform="facebook",
        ),
    ),
    quiet=(
        ("Supercalifragilisticexpialidocious! What a show.", "one long word in a short post"),
        ("Congratulations to the graduating class!", "two long words, too few to judge"),
        (
            "Firing back at international condemnations over border casualties",
            "a headline: three familiar long words in nine",
        ),
        ("Join our community celebration tomorrow at the library.", "familiar long words"),
        (
            "We had a great time at the fair. Thanks to everyone who came by to say hi. "
            "See you next year, and bring your friends!",
            "plain words and short sentences",
        ),
        (
            "Read the docs: https://example.com/internationalization/documentation "
            "#InternationalizationAndLocalization #DocumentationMatters",
            "links and hashtags are not read as words",
        ),
        (
            "Wir freuen uns sehr, Ihnen heute unsere neue Kollektion vorstellen zu dürfen. "
            "Die Stücke wurden in Zusammenarbeit mit lokalen Handwerksbetrieben entwickelt und "
            "sind ab sofort erhältlich.",
            "not English: the Flesch formulas do not apply",
        ),
        ("Сегодня мы открываем новый магазин в центре города.", "not in Latin script"),
        (
            "What the Travel Ban Would Mean for Victims of Human Trafficking in Three Countries "
            "https://example.com/story",
            "a headline of plain words",
        ),
        (
            "We cannot guarantee door to door delivery for every customer. Buyers in remote "
            "areas such as farms, islands, mining camps or small towns may need to collect "
            "from their nearest freight depot.",
            "plain sentences, if long",
        ),
        (
            "How quickly we forget Samuel Delany, Octavia Butler, Ursula K. Le Guin, Nalo "
            "Hopkinson, Nnedi Okorafor, Tananarive Due, N. K. Jemisin and Rebecca Roanhorse.",
            "a list of names",
        ),
        (
            "Excellent example of how the visitors pretended to be fishermen intending to "
            "perform a surprise concert for the whole village on Saturday.",
            "a low score from a few ordinary long words: nothing to split or swap",
        ),
        (
            "THE COUNCIL NEEDS TO BE DEPORTED TO A FOREIGN TOTALITARIAN COUNTRY BECAUSE IT REALLY"
            " DOESN'T BELONG IN AMERICA AND NEVER DID AND EVERY VOTER IN THE STATE KNOWS IT BY NOW",
            "shouting in capitals: all-caps' finding",
        ),
        (
            "Everything in our autumn range: organic moisturisers, exfoliating scrubs, hydrating "
            "serums, revitalising masks, clarifying toners, nourishing conditioners, illuminating "
            "primers, botanical cleansers and rejuvenating oils",
            "a list between commas, not a sentence to split",
        ),
        (
            "We visited Palestinian families today. Their generosity amazed us. International "
            "volunteers helped. It was unbelievably emotional. We will go back next year.",
            "long words spread over short sentences: none of them is hard going",
        ),
        (
            "Not even close to his best songs, real fans know what I mean: Untitled, cold wind "
            "blows, elevator, business, almost famous, rock bottom, no apologies, without me, "
            "toy soldiers, and a few more that are better off the top of my head",
            "a list after a colon: the lead-in is read alone",
        ),
        (
            "- Dune (finally reading it this summer because everyone keeps insisting the "
            "philosophical first half is unbelievably rewarding) - Ursula K. Le Guin's Earthsea "
            "novels - the Expanse series - Station Eleven - Piranesi",
            "a bulleted list whose line breaks were lost",
        ),
        (
            "I don't mind a mess here and there, but when you leave the dishes in the sink, when "
            "you drop your coat on the floor, when you forget the bins on a Tuesday, when I can't "
            "invite a friend over because there are socks and shoes all over the hall, that's "
            "something else.",
            "a long sentence in short clauses: the commas give the reader pauses",
        ),
        (
            "Subscribe for documentary reviews :) " * 5,
            "one line repeated: repetition, not hard words",
        ),
        (
            "RT @senator: The situation is a humanitarian catastrophe requiring unprecedented "
            "international coordination and immediate intervention.",
            "someone else's words, retweeted",
        ),
    ),
)
def hard_to_read(post: Post, options: Mapping[str, Any]) -> Iterator[Hit]:
    """A post that is hard to read at a glance: low Flesch reading ease, dense jargon, or a
    run-on sentence.

    ## What it does
    Scores the author's words a reader reads (links, hashtags, mentions, retweeted and quoted
    text left out) with the Flesch reading ease, from textstat's syllable counts. Below
    `min_reading_ease` (40, well into Flesch's "difficult", college level) it marks the
    hardest sentence, the one whose removal would raise the post's score the most, and gives
    the post's score and grade. The hint says to split that sentence when it runs to 25
    words or more, and otherwise names its long words. A hardest sentence of mostly
    capitalised words (a title-case headline, a list of names) is left alone: the formula
    counts the syllables of names, which no reader finds hard. So is one that is a list
    (five or more items between commas, items of at most three words holding half its
    words; or such a list after a colon, the lead-in under 25 words) or one line repeated
    (fewer different words than half its words): a reader skims a list and skips a
    repetition, and neither is a sentence to split.

    A low score must have a cause the author can fix in the marked sentence: 25 words or more,
    or dense words in it (three or more different words of 4+ syllables, or three or more
    nominalisations: "implementation", "engagement", "awareness"; a long word repeated is
    the topic, read once). The hint to swap long words names no name ("Obama",
    "Palestinian": a capitalised word inside a sentence), which no everyday word replaces.
    Long words spread one or two to a short sentence make no sentence hard ("because the
    Arab generalization is the racist part", marked while the dense words stood elsewhere,
    was a plain line). On 20-40-word posts the formula otherwise swings below 40 on a few
    ordinary long words ("Palestinian", "international") in plain sentences, which readers
    do not find hard. A post mostly in capitals is left to `all-caps` unless its words are
    dense: without sentence case, the formula's sentences mean little. Words glued together
    by a page's markup ("AccessoriesCar") are not long words.

    Jargon is also found when it is spread over short sentences: a post of 20 words or more
    whose reading ease is low, more than two in five of its words (names aside) of three or
    more syllables and three or more nominalisations, is hard however short its sentences
    ("Holistic, customer-centric strategies empower stakeholders. Scalable solutions
    maximize operational efficiency."); the sentence with the most long words is marked. A
    nominalisation has three syllables or more: "science" and "fiction" are plain nouns.

    A sentence of 50 words or more (twice the style guides' cap) is marked whatever the
    reading ease: the formula scores a 60-word run-on of short words ("hey guys if you can
    please subscribe ... i keep it real") "fairly easy", yet a reader loses the thread.

    Sentences are read as a reader reads them: a middle initial before a surname ends none
    ("Ursula K. Le Guin", "George R. R. Martin"), while a capital letter before an English
    function word still ends one ("Plan B. Then we go"), as does a one-letter word ("my
    coworkers and I. How..."). Only this rule reads sentences joined so; a letter before a
    capitalised ordinary word ("Plan B. Nobody came") is read as an initial. A line opening
    with a bullet and holding another ("- Dune - Earthsea novels - Station Eleven") is a list
    whose line breaks were lost, not a sentence.

    With fewer than 20 words the score is flagged unreliable and never used: one long word
    swings it by 30 points. A short post is judged only on its words: it fires when
    `min_long_words` (3) or more words of `long_word_syllables` (4) or more syllables
    make up half of it, marking the sentence with the most of them. An 8-20-word headline
    or plain sentence is therefore never judged on the formula.

    A pasted headline run into its lede with no full stop between ("Hamas aims for big
    turnout... A Hamas official says...") reads as one long sentence, and that is what the
    reader meets (see the standard below): the hint to split it is the fix. The seam is not
    marked in the hint: capitals do not find it reliably (splitting at a title-case opening
    or at "A"/"The" after a lower-case word cut as many of the author's own run-ons, "The
    Dark Lord - the Lord of the Flies Barack Obama is...", as pasted headlines). Left alone
    because it cannot be told reliably: a joke made of invented long words counts as dense
    words.

    The formulas are calibrated on English: a post mostly in another script, or whose
    function words are German, French, Spanish, Italian, Dutch or Portuguese, is left alone.

    ## When a post is hard to read (the standard its findings are judged by)
    Readers meet the post at a glance in their feed, whoever wrote its words. A finding is
    right when the marked text is text the author put in the post as theirs (written, or
    pasted without quotation marks or attribution: they can trim it, break it or rewrite it)
    and a reader has to work to follow it for a reason the hint fixes: a sentence or an
    unpunctuated run of 25 words or more, or several long abstract words an everyday word
    would replace. By kind:

    - A headline on its own (8-20 words, title case or not) is read at a glance: not hard.
      A pasted headline run into its lede with no stop between (share-button text) is read
      as one long run: hard when the run reaches 25 words, and splitting it is the fix.
    - A list (names, titles, items, a menu, bullets run onto one line, a litany whose
      repeated opening marks each item) is skimmed: not hard. Items run together with
      nothing to mark where one ends (a news digest) are a run-on: hard.
    - A name-heavy line: names are not hard words and no everyday word replaces them; the
      line is judged on its other words and its length.
    - A quotation in quotation marks or attributed, and a retweet, are someone else's words,
      which the author cannot rewrite without misquoting: left alone.
    - Legal and terms text (membership terms, consent lines, cancellation rules) is read by
      the people it binds: a 25-word sentence of it is hard going, and splitting it helps.
    - A dense jargon post (abstract nouns and long words through most of it) is hard even
      when each sentence is short.
    - A sentence under 25 words whose long words are names or the topic's own plain words
      ("Palestinian", "international", "violating") is not hard. One or two swappable long
      words in such a sentence is the edge, where a fair reader could go either way.
    - A run-on made hard by something the hint does not fix (stops without spaces, broken
      grammar) is the edge too; a joke made of invented long words is not a finding, since
      the hint would spoil it.

    ## Why is this bad?
    People scroll a feed at a glance. Long sentences and long words make them work, and a
    post that takes work is scrolled past. Help beats hype, and help has to be understood.
    """
    readability = measure_readability(post)
    easy = readability.reliable and readability.reading_ease >= options["min_reading_ease"]
    if easy and max(c.words for c in sentence_counts(post)) < RUN_ON_WORDS:
        return  # easy enough, whatever the language (the report's metrics read it anyway)
    words = reader_words(post)
    if not looks_english([w.text for w in words]):
        return
    if easy:
        yield from _run_on(post, words, readability)
        return
    if readability.reliable:
        counts = sentence_counts(post)
        hardest = _hardest_sentence(counts)
        if _mostly_names(post, hardest.sentence) or _not_prose(post, hardest.sentence):
            return  # a headline, a list, or one line repeated: nothing a reader finds hard
        inside = [
            w
            for w in words
            if hardest.sentence.start <= w.start < hardest.sentence.end
            and not _is_titled_name(post, w)
        ]
        dense = _is_dense(tuple(inside), options["long_word_syllables"])
        if _mostly_capitals(words) and not dense:
            return  # shouting: all-caps' finding
        if not dense and hardest.words < LONG_SENTENCE_WORDS:
            yield from _jargon(post, counts, words, readability)
            return  # otherwise a low score from a few ordinary long words: nothing to fix
        message = (
            f"Reading ease {readability.reading_ease:.0f} (grade {readability.grade:.0f}): "
            "hard going in a feed; this is the hardest sentence."
        )
        yield Hit(
            hardest.sentence.start,
            hardest.sentence.end,
            message=message,
            hint=_hint(post, hardest, options["long_word_syllables"]),
        )
        return
    # Fewer than 20 words: judged on its long words only (the loops below stay that small).
    unnamed = tuple(w for w in words if not _is_titled_name(post, w))
    long_words = _long_words(unnamed, options["long_word_syllables"])
    if len(long_words) < max(options["min_long_words"], MIN_LONG_WORD_SHARE * len(words)):
        return
    densest = max(
        reading_sentences(post),
        key=lambda s: sum(1 for w in long_words if s.start <= w.start < s.end),
    )
    message = (
        f"{len(long_words)} of {len(words)} words have {options['long_word_syllables']} or more "
        "syllables: hard going even in a short post."
    )
    yield Hit(densest.start, densest.end, message=message, hint=_swap_hint(long_words))


def _run_on(post: Post, words: tuple[Token, ...], readability: Readability) -> Iterator[Hit]:
    """The longest sentence, when it runs to RUN_ON_WORDS words in a post of easy words."""
    longest = max(sentence_counts(post), key=lambda c: c.words)
    if _longest_breath(longest.sentence, words) < LONG_SENTENCE_WORDS:
        return  # long, but in short clauses
    if _mostly_names(post, longest.sentence) or _not_prose(post, longest.sentence):
        return  # a list or a repeated line, not a sentence to split
    if _mostly_capitals(words):
        return  # shouting: all-caps' finding
    yield Hit(
        longest.sentence.start,
        longest.sentence.end,
        message=(
            f"A sentence of {longest.words} words: hard going in a feed even in easy words "
            f"(reading ease {readability.reading_ease:.0f})."
        ),
        hint=_hint(post, longest, LONG_WORD_SYLLABLES),
    )


def _longest_breath(sentence: Token, words: tuple[Token, ...]) -> int:
    """The most reader words in ``sentence`` between two pauses."""
    starts = [w.start for w in words]
    cuts = [sentence.start, *sentence_form(sentence).pauses]
    cuts.append(sentence.end)
    return max(bisect_left(starts, b) - bisect_left(starts, a) for a, b in pairwise(cuts))


def _jargon(
    post: Post, counts: list[SentenceCount], words: tuple[Token, ...], readability: Readability
) -> Iterator[Hit]:
    """Jargon spread over short sentences: the sentence with most complex words, if the post
    is mostly long abstract words (see JARGON_SHARE)."""
    if _nominalisations(words) < MIN_NOMINALISATIONS:
        return
    named = names(post)
    unnamed = [w for w in words if w not in named]
    complex_words = [
        w
        for w in unnamed
        if not is_glued(w.text) and syllables(w.text.lower()) >= COMPLEX_WORD_SYLLABLES
    ]
    if len(complex_words) < JARGON_SHARE * len(unnamed):
        return
    starts = [w.start for w in complex_words]  # one bisection a sentence: linear on a pump
    densest = max(
        (c.sentence for c in counts),
        key=lambda s: bisect_left(starts, s.end) - bisect_left(starts, s.start),
    )
    inside = [w for w in complex_words if densest.start <= w.start < densest.end]
    yield Hit(
        densest.start,
        densest.end,
        message=(
            f"Reading ease {readability.reading_ease:.0f} (grade {readability.grade:.0f}): "
            f"{len(complex_words)} of {len(unnamed)} words are long, abstract ones; hard going "
            "in a feed even in short sentences."
        ),
        hint=_swap_hint(inside),
    )


def _long_words(words: tuple[Token, ...], long_syllables: int) -> list[Token]:
    """Different words of ``long_syllables`` or more syllables, not counting words glued by
    markup: a long word repeated ("immigration policy... the immigration lawyer") is the
    topic, read once and known after."""
    seen: set[str] = set()
    found = []
    for w in words:
        key = w.text.lower()
        if key not in seen and syllables(key) >= long_syllables and not is_glued(w.text):
            seen.add(key)
            found.append(w)
    return found


def _is_dense(words: tuple[Token, ...], long_syllables: int) -> bool:
    """Whether the words themselves are hard: several long words or nominalisations."""
    if len(_long_words(words, long_syllables)) >= MIN_LONG_WORDS:
        return True
    return _nominalisations(words) >= MIN_NOMINALISATIONS


def _nominalisations(words: tuple[Token, ...]) -> int:
    """Words that are verbs or adjectives made abstract nouns ("implementation", "awareness")."""
    return sum(
        1
        for w in words
        if has_nominal_ending(w.text) and syllables(w.text.lower()) >= NOMINALISATION_SYLLABLES
    )


def _mostly_capitals(words: tuple[Token, ...]) -> bool:
    """Whether most words are in capitals: shouting, which is all-caps' finding."""
    return sum(1 for w in words if w.text.isupper() and len(w.text) > 1) >= CAPITALS_SHARE * len(
        words
    )


def _not_prose(post: Post, sentence: Token) -> bool:
    """Whether a long "sentence" is a list or a repeated line, not prose to split.

    A list ("Untitled, cold wind blows, welcome 2 hell, elevator, ...") is mostly short items
    between commas; a repeated line ("Follow me watch my videos :)" seven times) has few
    different words. Neither is hard going: a reader skims a list and skips a repetition.
    """
    words = [w.text.lower() for w in reader_words(post) if sentence.start <= w.start < sentence.end]
    if len(set(words)) < MIN_DISTINCT_SHARE * len(words):
        return True
    form = sentence_form(sentence)
    if form.listed:
        return True
    # A list after a colon ("real fans know what im talking about: Untitled, cold wind
    # blows, elevator, ..."): the reader skims the list and reads the lead-in alone.
    return form.lead_in_words is not None and form.lead_in_words < LONG_SENTENCE_WORDS


def _mostly_names(post: Post, sentence: Token) -> bool:
    """Whether most words of a sentence are capitalised ("Octavia Butler, Ursula K. Le Guin",
    "Israeli Leaders Should be Prosecuted"): the formula then counts names and a headline's
    capitals, which no reader finds hard. Words in all capitals do not count: they shout."""
    words = [w.text for w in reader_words(post) if sentence.start <= w.start < sentence.end]
    titled = sum(1 for w in words if w[0].isupper() and not w.isupper())
    return titled >= NAMES_SHARE * len(words)


def _hint(post: Post, sentence: SentenceCount, long_syllables: int) -> str:
    """Split a long sentence; otherwise name the long words to swap."""
    if sentence.words >= LONG_SENTENCE_WORDS:
        return (
            f"Split the marked sentence ({sentence.words} words) in two or three; "
            "aim for a reading ease of 60."
        )
    named = names(post)
    inside = [
        w
        for w in reader_words(post)
        if sentence.sentence.start <= w.start < sentence.sentence.end
        and syllables(w.text.lower()) >= long_syllables - 1
        and w not in named
    ]
    return _swap_hint(inside) if inside else "Use shorter words; aim for a reading ease of 60."


def _is_titled_name(post: Post, word: Token) -> bool:
    """A name in title case ("Palestinian"), which makes no sentence dense; a word in
    capitals inside capitals is shouted text, read as words."""
    return not word.text.isupper() and word in names(post)


def _swap_hint(long_words: list[Token]) -> str:
    named = ", ".join(f"“{w.text}”" for w in list(dict.fromkeys(long_words))[:3])
    return f"Swap the long words ({named}) for everyday ones; aim for a reading ease of 60."


def _hardest_sentence(counts: list[SentenceCount]) -> SentenceCount:
    """The sentence whose removal would raise the post's reading ease the most."""
    words = sum(c.words for c in counts)
    syllable_total = sum(c.syllables for c in counts)
    if len(counts) == 1:
        return counts[0]
    return max(
        counts,
        key=lambda c: reading_ease(words - c.words, len(counts) - 1, syllable_total - c.syllables),
    )
