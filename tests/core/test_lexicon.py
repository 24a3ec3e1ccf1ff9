"""Phrase lists: expansion, normalisation and the trie matcher."""

from __future__ import annotations

import random
import sys
from importlib import resources

from smmlint.analysis.lexicon import (
    SEPARATORS,
    Lexicon,
    compile_phrases,
    expand,
    normalize,
    parse,
)


def test_expand_braces_including_empty_choice() -> None:
    assert expand("{buy|order}{|s} now") == ["buy now", "buys now", "order now", "orders now"]


def test_parse_sections_and_comments() -> None:
    text = "# comment\n[urgency]\nlast chance  # trailing\n\n[hype]\nworld-class\n"
    assert list(parse(text)) == [("urgency", "last chance"), ("hype", "world-class")]


def test_a_mark_touching_a_word_is_part_of_the_phrase() -> None:
    text = "[hype]\n{number one|#1} choice  # ranks\n#1 seller\n"
    assert list(parse(text)) == [("hype", "{number one|#1} choice")]


def test_every_bundled_phrase_has_its_braces_closed() -> None:
    for path in resources.files("smmlint.data").iterdir():
        if path.name.endswith(".txt"):
            for _, phrase in parse(path.read_text(encoding="utf-8")):
                assert phrase.count("{") == phrase.count("}"), (path.name, phrase)


def test_matches_whole_words_case_and_separator_insensitively() -> None:
    lexicon = Lexicon([("hype", "world-class"), ("cta", "buy now"), ("cta", "buy")])
    text = "WORLD CLASS and world‑class; Buy   now, buyer, rebuy, buy."
    found = [(text[m.start : m.end], m.category) for m in lexicon.finditer(text)]
    assert found == [
        ("WORLD CLASS", "hype"),
        ("world‑class", "hype"),
        ("Buy   now", "cta"),
        ("buy", "cta"),
    ]


def test_a_joiner_between_words_matches_tight_or_spaced() -> None:
    assert expand("{like|share} & share") == [
        "like & share", "share & share", "like&share", "share&share"
    ]  # fmt: skip
    assert expand("AT&T") == ["AT&T"]  # a sign inside a word is the word's own
    lexicon = Lexicon([("react", "like & share"), ("react", "like + subscribe")])
    text = "Like&share, LIKE & SHARE, like+SUBSCRIBE; AT&T, unlike&share, like&shares"
    found = ["Like&share", "LIKE & SHARE", "like+SUBSCRIBE"]
    assert [text[m.start : m.end] for m in lexicon.finditer(text)] == found
    assert [m.group() for m in lexicon.pattern.finditer(text)] == found  # the trie agrees


def test_apostrophes_match_both_forms() -> None:
    lexicon = Lexicon([("cta", "don't miss out")])
    assert len(list(lexicon.finditer("Don’t miss out! don't miss out"))) == 2


def test_normalize_and_user_phrases() -> None:
    assert normalize("World‑Class  Deal’s") == "world class deal's"
    assert compile_phrases(()) is None
    pattern = compile_phrases(("grab yours",))
    assert pattern is not None and pattern.search("Grab yours today")


def test_bundled_call_to_action_lexicon_loads() -> None:
    lexicon = Lexicon.from_data("cta.txt")
    assert len(lexicon.categories) > 300
    assert {"buy", "follow", "share", "sign up", "subscribe"} <= set(lexicon.categories.values())


def test_case_variants_that_lowering_misses_still_match() -> None:
    # The long s and the Kelvin sign match "s" and "k" case-insensitively, but lower() keeps
    # them: such a text must not go through the lower-cased fast path.
    lexicon = Lexicon([("cta", "sale"), ("cta", "kit"), ("hype", "café")])
    text = "ſALE on the \u212aIT at the CAFÉ"
    found = [text[m.start : m.end] for m in lexicon.finditer(text)]
    assert found == ["ſALE", "\u212aIT", "CAFÉ"]


def test_fast_path_finds_what_the_case_insensitive_trie_finds() -> None:
    lexicon = Lexicon([("cta", "buy now"), ("cta", "don't miss"), ("hype", "world class")])
    texts = [
        "BUY NOW 🚀 and Don’t Miss — World-Class 中文",  # ASCII and caseless: fast path
        "Buy now, Ωmega: DON'T MISS the world class",  # a cased Greek letter: full trie
    ]
    for text in texts:
        expected = [(m.start(), m.end()) for m in lexicon.pattern.finditer(text)]
        assert [(m.start, m.end) for m in lexicon.finditer(text)] == expected
        assert len(expected) == 3


def test_separators_are_what_the_trie_calls_separators() -> None:
    expected = {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()} | set("-‐‑")
    assert set(SEPARATORS) == expected


def test_automaton_finds_what_the_case_insensitive_trie_finds_on_mixed_texts() -> None:
    # Overlapping phrases, prefixes of one another, separator runs, both apostrophes and
    # word characters around them: leftmost-longest whole words, as the trie finds them.
    lexicon = Lexicon(
        [("a", "buy"), ("a", "buy now"), ("b", "now or never"), ("c", "don't buy"), ("d", "or")]
    )
    pieces = ["buy", "BUY", "now", "Now", "or", "never", "don't", "don’t", "x", "_", "1", "🚀"]
    gaps = [" ", "  ", "-", " - ", "\u00a0", "\n", "", ",", "'", "’"]
    rng = random.Random(15)
    for _ in range(3_000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(1, 9)))
        expected = [(m.start(), m.end()) for m in lexicon.pattern.finditer(text)]
        assert [(m.start, m.end) for m in lexicon.finditer(text)] == expected, text


def test_automaton_pairs_letters_as_ignorecase_does() -> None:
    # IGNORECASE pairs "İ" and "ı" with "i" and "ſ" with "s"; "É", "Ω" and the Kelvin sign
    # lower to their letter. Every such text now takes the automaton, with the trie's spans.
    lexicon = Lexicon([("cta", "big sale"), ("cta", "kit"), ("hype", "café"), ("x", "ωmega")])
    texts = ["BİG SALE", "bıg ſale", "\u212aIT at the CAFÉ", "ΩMEGA İİ kit", "İstanbul big sale"]
    for text in texts:
        assert lexicon._lowers_alike(text), text
        expected = [(m.start(), m.end()) for m in lexicon.pattern.finditer(text)]
        assert [(m.start, m.end) for m in lexicon.finditer(text)] == expected, text
        assert expected, text
