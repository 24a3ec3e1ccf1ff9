"""The conversation, audience, bait and sharing rules through ``lint``: options and wording.

Drafts are LinkedIn posts: on ``generic`` the conversation rules judge only texts a hashtag
or a mention marks as social posts."""

from __future__ import annotations

import smmlint


def _findings(text: str, rule: str, **rules: dict) -> list[smmlint.Finding]:
    config = smmlint.Config.from_dict({"select": [rule], "rules": rules})
    return list(smmlint.lint(text, platform="linkedin", config=config).findings)


def test_missing_question_threshold_is_configurable() -> None:
    assert not _findings("Your turn.", "missing-engagement")
    assert not _findings("Our menu.", "missing-engagement")
    options = {"missing-engagement": {"min_words": 2}}
    found = _findings("Our menu.", "missing-engagement", **options)
    assert [(f.scope, f.start, f.end) for f in found] == [("post", 0, 9)]


def test_a_broadcast_gets_one_conversation_finding_that_says_both() -> None:
    text = "Our shop will be closed on Monday for maintenance."
    report = smmlint.lint(
        text, platform="linkedin", config=smmlint.Config(select=("SMM201", "SMM202"))
    )
    assert [(f.rule, f.severity.value) for f in report.findings] == [
        ("missing-engagement", "warning")
    ]
    message = report.findings[0].message
    assert "asks its readers nothing" in message and "speaks to no one" in message


def test_a_post_that_speaks_to_readers_without_asking_gets_missing_question_only() -> None:
    text = "Our spring range is live and you can pick your colours now. Shop now."
    report = smmlint.lint(
        text, platform="linkedin", config=smmlint.Config(select=("SMM201", "SMM202"))
    )
    assert [f.rule for f in report.findings] == ["missing-question"]
    assert "buy or sign up" in report.findings[0].hint
    # an order alone is a call to action: the push and bait rules judge it
    config = smmlint.Config(select=("SMM201", "SMM202"))
    assert (
        smmlint.lint(
            "Our spring range is live. Shop now.", platform="linkedin", config=config
        ).findings
        == ()
    )


def test_a_question_quiets_both_conversation_rules() -> None:
    text = "The factory will be closed on Monday. Does that affect your order?"
    report = smmlint.lint(
        text, platform="linkedin", config=smmlint.Config(select=("SMM201", "SMM202"))
    )
    assert report.findings == ()


def test_conversation_hints_answer_why_the_rule_fired() -> None:
    hints = {
        "Who knew? Our team ran the marathon in under four hours.": "hook",
        "We opened our third bakery and our team doubled.": "yourselves",
        "The city council approved the new bridge https://e.com/bridge": "news",
        'Tell your team. My boss asked: "why post at all?" and left.': "someone else's",
        "Nominate a colleague and tell them you did, by Friday.": "what to do",
    }
    config = smmlint.Config(select=("SMM201", "SMM202"))
    for text, words in hints.items():
        found = smmlint.lint(text, platform="linkedin", config=config).findings
        assert len(found) == 1 and words in found[0].hint, (text, found)


def test_courtesies_replies_and_thread_parts_are_not_judged() -> None:
    config = smmlint.Config(select=("SMM201", "SMM202"))
    for text in (
        "Thank you to every volunteer who turned up in the rain today.",
        "Our thoughts are with everyone affected by the floods.",
        "Happy Diwali to everyone celebrating tonight.",
        "@ana is it still on for Friday at the shop",
        "3/7 Then the second server failed as well.",
    ):
        assert smmlint.lint(text, platform="linkedin", config=config).findings == (), text
    # the last part of a thread is judged like a post
    text = "7/7 That is how our team fixed it."
    assert smmlint.lint(text, platform="linkedin", config=config).findings


def test_a_leading_mention_that_is_the_subject_is_a_broadcast() -> None:
    config = smmlint.Config(select=("SMM202",))
    for text in (".@acme announces a new plant in Leeds.", "@ana is speaking at the summit now."):
        assert [
            f.rule for f in smmlint.lint(text, platform="linkedin", config=config).findings
        ] == ["missing-engagement"], text


def test_self_centred_counts_configured_brand_names() -> None:
    text = "Acme ships faster now. Acme Labs built it and Acme support answers."
    assert not _findings(text, "self-centred")
    found = _findings(text, "self-centred", **{"self-centred": {"names": ["Acme", "Acme Labs"]}})
    assert len(found) == 1 and found[0].scope == "post"
    assert "3 self-references" in found[0].message


def test_self_centred_share_threshold() -> None:
    text = "Our team " + "talked about the weather and the trains and the news " * 6 + "and we, we."
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
        '"Stay hungry, stay foolish." — Steve Jobs https://e.com': {"bare-quote"},
    }
    for text, rules in cases.items():
        assert {f.rule for f in smmlint.lint(text, config=config).findings} == rules, text


def test_self_centred_hint_names_what_is_promoted() -> None:
    found = _findings("Check out my new channel, my videos and our first mixtape.", "self-centred")
    assert found and "channel" in found[0].hint and "videos" in found[0].hint


def test_multiple_ctas_counts_goals_not_steps() -> None:
    assert not _findings("Check out my channel and subscribe!", "multiple-ctas")
    found = _findings("Subscribe to the channel and donate today.", "multiple-ctas")
    assert [f.message.split("(")[1].split(")")[0] for f in found] == ["subscribe, donate"]
    assert "“Subscribe”" in found[0].hint and "“donate today”" in found[0].hint


def _on_generic(text: str, rule: str) -> list[smmlint.Finding]:
    config = smmlint.Config.from_dict({"select": [rule]})
    return list(smmlint.lint(text, platform="generic", config=config).findings)


def _fires(rule: str, text: str) -> bool:
    return bool(_findings(text, rule))


def test_praise_on_a_shared_link_is_a_cheer_not_a_broadcast() -> None:
    assert not _fires("missing-engagement", "Best twitter thread ever. #GifHistory https://e.com/t")
    assert not _fires("missing-engagement", "Fantastic idea. Incredible execution. https://e.com/t")
    # A headline that happens to carry a word of praise or blame is still a broadcast...
    assert _fires("missing-engagement", "Trump's terrible ban hurts founders https://e.com/t")
    # ...but a verdict of one's own ("X is terrible") or an exclamation is someone speaking.
    assert not _fires("missing-engagement", "Trump's ban is terrible for founders https://e.com/t")
    assert not _fires("missing-engagement", "With the travel ban few will come! https://e.com/t")


def test_only_words_that_read_as_a_broadcast_get_missing_engagement() -> None:
    # A headline or a report beside a link, a team, a tag or an account: a broadcast.
    for text in (
        "Trump says he might give travel ban a tweak https://e.com/t",
        "Donald Trump is considering a new travel ban https://e.com/t",  # a report's "is"
        "The original video is from a rap battle in 2012 https://e.com/t",  # "is" + a place
        "Our shop will be closed on Monday for maintenance.",
        "Our store reopens on Monday after the floods. #Leeds",
        ".@acme announces a new plant in Leeds, 300 jobs.",
    ):
        assert _fires("missing-engagement", text), text
    # A short sentence closed by a full stop, a caption of a few words, a reading app's
    # status, or a line with no link, team, tag or account: whose voice it is cannot be told.
    for text in (
        "Ursula Le Guin put the feminist into fantasy. https://e.com/t",
        "One of the greats https://e.com/t",
        "32% done with Tehanu, by Ursula K. Le Guin https://e.com/t",
        "The factory will be closed on Monday for maintenance.",
    ):
        assert not _fires("missing-engagement", text), text
    # A long report may close with a full stop.
    report = (
        "Multiple big fires were ignited by burning kites launched from the strip, and a road "
        "near the border was blocked. https://e.com/t"
    )
    assert _fires("missing-engagement", report)


def test_a_reaction_in_the_authors_own_voice_is_not_a_broadcast() -> None:
    for text in (
        "Ursula K. Le Guin is irreplaceable. https://e.com/t",
        "This is what democracy looks like in Leeds https://e.com",  # points, names nothing
        "Was just wondering about this one! #GifHistory https://e.com/t",
        "@jk_rowling speaks for everyone. #Wimbledon2015",
        "Funny how some who felt strongly about it then feel the opposite now #MuslimBan",
    ):
        assert not _fires("missing-engagement", text), text
    # Broadcasts that name their subject keep the advice.
    headline = "AP Explains _ Trump's options for restoring travel ban: https://e.com"
    assert _fires("missing-engagement", headline)
    assert _fires("missing-engagement", "@LeedsLibrary reopens on Monday after the floods.")
    # A reaction that recommends the link to the reader still lacks a question.
    assert _fires(
        "missing-question", "This thread is everything. Know your #GifHistory https://e.com/t"
    )


def test_a_notice_to_customers_speaks_to_them() -> None:
    assert not _on_generic("Please note: we do not ship to PO Boxes", "missing-engagement")
    assert _on_generic("Our shop does not ship to PO Boxes", "missing-engagement")
    # A "we" alone is as often friends in a text message ("We'll join the bus").
    assert not _on_generic("We do not ship to PO Boxes.", "missing-engagement")


def test_us_in_capitals_is_the_country_not_a_team() -> None:
    text = "so crazy, over 2 billion views, not US, not Uk, its Korea republic"
    assert not _on_generic(text, "missing-engagement")
    assert _on_generic("Our shop is closed on Monday, back on Tuesday at 9", "missing-engagement")


def test_a_we_beside_an_i_on_generic_is_a_private_text() -> None:
    text = "We took the dog for a walk and I fell over! See you tomorrow!"
    assert not _on_generic(text, "missing-question")
    advert = "We are trying to contact U. You have won a £800 prize. Claim it now: 09050001295"
    assert _on_generic(advert, "missing-question")


def test_a_we_in_texting_shorthand_is_friends_making_plans() -> None:
    private = "Ard 530 like dat lor. We juz meet in mrt station then ü dun haf to come out."
    assert not _on_generic(private, "missing-engagement")
    assert not _on_generic("Dear we are going to our rubber place", "missing-engagement")
    # An advert in shorthand carries a number or an order; a team's notice has no shorthand.
    advert = "We r giving away 3 phones! Txt WIN to 80082 4 ur chance"
    assert _on_generic(advert, "missing-engagement") or _on_generic(advert, "missing-question")
