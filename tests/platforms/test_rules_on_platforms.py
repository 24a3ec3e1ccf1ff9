"""The platform-fit and hashtag rules on each network, through the public ``lint``."""

from __future__ import annotations

import smmlint
from smmlint import Config, Severity

STORY = "We spent the spring rebuilding the garden behind the library with the neighbours. "


def _findings(text: str, platform: str, code: str, config: Config | None = None) -> list:
    config = config or Config(select=(code,))
    return [f for f in smmlint.lint(text, platform, config=config).findings if f.code == code]


def test_the_same_draft_fits_one_network_and_not_another() -> None:
    draft = STORY * 4  # 328 characters
    assert _findings(draft, "linkedin", "SMM401") == []
    assert _findings(draft, "threads", "SMM401") == []
    (on_x,) = _findings(draft, "x", "SMM401")
    (on_bluesky,) = _findings(draft, "bluesky", "SMM401")
    assert (on_x.start, on_x.end) == (280, len(draft.rstrip()))
    assert (on_bluesky.start, on_bluesky.end) == (300, len(draft.rstrip()))
    assert on_x.severity is Severity.ERROR
    assert on_x.message == "327 weighted characters where X accepts 280."
    assert "47" in on_x.hint


def test_over_length_spans_are_exact_in_utf16_too() -> None:
    draft = "🎉" * 150  # each emoji weighs 2 on X: 140 fit
    (finding,) = _findings(draft, "x", "SMM401")
    wire = finding.to_dict(smmlint.core.model.Utf16Index(draft))
    assert (finding.start, finding.end) == (140, 150)
    assert (wire["start_utf16"], wire["end_utf16"]) == (280, 300)


def test_over_length_counts_mastodon_links_and_remote_mentions_its_way() -> None:
    draft = "Thanks @alice@social.example.org, read https://example.org/" + "x" * 500 + " " * 3
    assert len(draft) > 500  # 520 characters of it count as 23
    assert _findings(draft, "mastodon", "SMM401") == []
    longer = draft + "Now a long tail. " * 30
    (finding,) = _findings(longer, "mastodon", "SMM401")
    assert smmlint.PLATFORMS["mastodon"].length(longer[: finding.start]) <= 500
    assert smmlint.PLATFORMS["mastodon"].length(longer[: finding.start + 1]) > 500


def test_fold_marks_each_kind_of_key_content_once() -> None:
    draft = STORY * 3 + "Photos at https://example.org and by @rosa. Which bed next? Or this one?"
    found = _findings(draft, "linkedin", "SMM402")
    assert [draft[f.start : f.end] for f in found] == [
        "https://example.org",
        "@rosa",
        "Which bed next?",
    ]
    assert all(f.severity is Severity.SUGGESTION for f in found)
    assert "question" in found[2].message


def test_fold_is_left_to_over_length_when_the_post_does_not_fit() -> None:
    draft = "x" * 300 + " What do you think?"
    assert _findings(draft, "x", "SMM402") == []
    assert _findings(draft, "x", "SMM401")


def test_hashtag_caps_say_the_post_will_not_go_out() -> None:
    caption = "Harbour walk. " + " ".join(f"#tag{chr(97 + i)}" for i in range(8))
    (finding,) = _findings(caption, "instagram", "SMM404")
    assert finding.message == "Instagram accepts at most 5 hashtags; this post has 8."
    assert finding.hint == "Cut 3 hashtags (marked) and keep the 5 most specific."
    assert finding.severity is Severity.ERROR
    assert caption[finding.start : finding.end] == "#tagf #tagg #tagh"
    assert _findings(caption, "instagram", "SMM403") == []  # one problem, one finding
    (on_threads,) = _findings("Match day #football #soccer", "threads", "SMM404")
    assert on_threads.message == "Threads accepts at most 1 hashtag; this post has 2."


def test_hashtag_norm_and_wall_messages() -> None:
    assert _findings("Launch day for the new app #a1 #b2 #c3", "x", "SMM403") == []  # taste
    (over,) = _findings("Launch day #a1 #b2 #c3 #d4", "x", "SMM403")
    assert over.message == "4 hashtags where 2 is the norm on X."
    assert over.hint == "Keep the 2 most specific hashtags and cut the 2 marked."
    assert over.severity is Severity.SUGGESTION
    # A hashtag used as a word counts towards the norm but is not cut first.
    draft = "Loving #Python today #a1 #b2 #c3 #d4"
    (mixed,) = _findings(draft, "x", "SMM403")
    assert mixed.message == "5 hashtags where 2 is the norm on X."
    assert mixed.hint == (
        "Keep the 2 most specific hashtags and cut the 3 marked; "
        "the hashtags inside your sentences count too."
    )
    assert draft[mixed.start : mixed.end] == "#b2 #c3 #d4"
    assert _findings("Loving #Python and #Django for work #a1 #b2", "x", "SMM403") == []
    (wall,) = _findings("#sunset #beach #sea wow", "generic", "SMM403")
    assert wall.message == "The post is mostly hashtags: 3 hashtags, 1 word."
    assert (wall.start, wall.end) == (0, len("#sunset #beach #sea"))
    calm = "A calm evening on the harbour with #sunset #beach #sea"
    assert _findings(calm, "generic", "SMM403") == []


def test_rules_stay_quiet_on_empty_and_whitespace_drafts() -> None:
    for platform in smmlint.PLATFORMS:
        for draft in ("", "   \n", "\ufeff"):
            for code in ("SMM401", "SMM402", "SMM403", "SMM404"):
                assert _findings(draft, platform, code) == []
