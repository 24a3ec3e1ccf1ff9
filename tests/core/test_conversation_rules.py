"""The conversation, audience, bait and sharing rules through ``lint``: options and wording."""

from __future__ import annotations

import smmlint


def _findings(text: str, rule: str, **rules: dict) -> list[smmlint.Finding]:
    config = smmlint.Config.from_dict({"select": [rule], "rules": rules})
    return list(smmlint.lint(text, config=config).findings)


def test_missing_question_threshold_is_configurable() -> None:
    assert not _findings("Menu today.", "missing-question")
    found = _findings("Menu today.", "missing-question", **{"missing-question": {"min_words": 2}})
    assert [(f.scope, f.start, f.end) for f in found] == [("post", 0, 11)]


def test_missing_question_and_engagement_on_the_same_broadcast() -> None:
    text = "The factory will be closed on Monday for maintenance."
    report = smmlint.lint(text, config=smmlint.Config(select=("SMM201", "SMM202")))
    assert {f.rule: f.severity.value for f in report.findings} == {
        "missing-question": "suggestion",
        "missing-engagement": "warning",
    }


def test_a_question_quiets_both_conversation_rules() -> None:
    text = "The factory will be closed on Monday. Does that affect your order?"
    report = smmlint.lint(text, config=smmlint.Config(select=("SMM201", "SMM202")))
    assert report.findings == ()


def test_self_centred_counts_configured_brand_names() -> None:
    text = "Acme ships faster now. Acme Labs built it and Acme support answers."
    assert not _findings(text, "self-centred")
    found = _findings(text, "self-centred", **{"self-centred": {"names": ["Acme", "Acme Labs"]}})
    assert len(found) == 1 and found[0].scope == "post"
    assert "3 self-references" in found[0].message


def test_self_centred_share_threshold() -> None:
    text = "We " + "talked about the weather and the trains and the news " * 6 + "and we, we."
    assert not _findings(text, "self-centred")
    found = _findings(text, "self-centred", **{"self-centred": {"min_share": 0.01}})
    assert found


def test_engagement_bait_message_names_the_tactic() -> None:
    messages = {
        "Tag a friend who needs this": "tag-bait",
        "Share this with 5 friends": "share-bait",
        "Comment YES below": "comment-bait",
        "Follow for follow": "Follow-for-follow",
        "Like if you agree": "likes or reactions",
        "Like for pizza, love for burgers": "Voting with reactions",
    }
    for text, words in messages.items():
        found = _findings(text, "engagement-bait")
        assert found and all(words in f.message for f in found), text


def test_one_reaction_for_something_is_not_a_poll() -> None:
    assert not _findings("Love for the team, love for the fans!", "engagement-bait")
    assert not _findings("Thanks for coming ❤️ for real", "engagement-bait")


def test_set_comment_in_quotes_or_emoji() -> None:
    text = 'If you are ready for Friday, comment "TGIF"!'
    found = _findings(text, "engagement-bait")
    assert [text[f.start : f.end] for f in found] == ['comment "TGIF"']
    text = "Type 🔥 if you are in"
    assert [text[f.start : f.end] for f in _findings(text, "engagement-bait")] == ["Type 🔥"]


def test_bare_link_marks_each_link_and_keeps_utf16_offsets() -> None:
    text = "🎉 https://e.com/a and https://e.com/b"
    report = smmlint.lint(text, config=smmlint.Config(select=("bare-link",)))
    spans = [(f.start, f.end) for f in report.findings]
    assert [text[s:e] for s, e in spans] == ["https://e.com/a", "https://e.com/b"]
    wire = report.to_dict()["findings"][0]
    assert (wire["start"], wire["start_utf16"]) == (2, 3)


def test_bare_share_says_which_kind() -> None:
    headline = _findings("Ten Lessons From a Decade of Remote Work https://e.com", "bare-share")
    retweet = _findings("RT @acme: our report is out", "bare-share")
    assert "headline" in headline[0].message
    assert retweet[0].message.startswith("A share with no words of your own")


def test_sharing_rules_do_not_overlap() -> None:
    config = smmlint.Config(select=("bare-link", "bare-quote", "bare-share"))
    cases = {
        "RT @acme: read https://e.com": {"bare-share"},
        "https://e.com": {"bare-link"},
        '"Stay hungry." — Steve Jobs https://e.com': {"bare-quote"},
    }
    for text, rules in cases.items():
        assert {f.rule for f in smmlint.lint(text, config=config).findings} == rules, text
