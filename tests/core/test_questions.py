"""The question and invitation detector: what counts as asking the readers, and where."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmlint.analysis.questions import asks_readers, invitations, questions, requests
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _post(text: str) -> Post:
    return Post(text, get_platform("generic"))


def _asked(text: str) -> list[str]:
    """The question clauses found, as text."""
    return [text[q.start : q.end] for q in questions(_post(text))]


def _forms(text: str) -> list[str]:
    return [q.form for q in questions(_post(text))]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("What do you think?", "wh"),
        ("So,when did you decide to change the plot?", "wh"),
        ("Is it on Friday?", "yes-no"),
        ("I'm sure you get asked this a lot, but would you do a sequel?", "yes-no"),
        ("Anyone tried the new menu?", "any"),
        ("It's on Friday, right?", "tag"),
        ("The fair is on Friday isn't it?", "tag"),
        ("Coffee or tea?", "alternative"),
        ("New logo. Thoughts?", "prompt"),
        ("Any tips for a first marathon?", "any"),
        ("The owl is lost?", "intonation"),
        ("¿Qué opinas del nuevo logo?", "marked"),
        ("这个颜色怎么样？", "intonation"),
    ],
)
def test_question_forms_ending_in_a_question_mark(text: str, form: str) -> None:
    assert _forms(text) == [form]


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("anyone know a good plumber in Leeds", "any"),
        ("do you ship to Norway", "yes-no"),
        ("@ana are you live tweeting the match", "yes-no"),
        ("Is there a way to pin a hashtag", "yes-no"),
        ("what drug is this", "wh"),
        ("Which one would you pick", "wh"),
        ("I wonder if anyone has tried it", "indirect"),
        ("Tell me how you did it", "indirect"),
        ("you are very excited about this aren't you", "tag"),
    ],
)
def test_questions_typed_without_a_question_mark(text: str, form: str) -> None:
    assert _forms(text) == [form]


@pytest.mark.parametrize(
    "text",
    [
        "Do it now.",
        "Have a great weekend",
        "May she rest in peace",
        "So are you, Jo, so are you.",
        "@jk_rowling is my favourite",
        "#Gaza is a beauty that captivates the viewer",
        "What Donald Trump has planned next is shocking",
        "How we deal with feedback",
        "Why it's naive to argue about it https://example.com",
        "When I was young I loved it",
        "Are you kidding me!",
        "R.I.P. Ursula K. Le Guin.",
        "Now is a good a time as any to start.",
        "Even Trump, who isn't the brightest, knew it.",
    ],
)
def test_statements_without_a_question_mark_do_not_ask(text: str) -> None:
    assert _asked(text) == []


def test_question_mark_inside_a_link_is_not_a_question() -> None:
    text = "Our report https://example.com/r?id=7&ref=x is out"
    assert _asked(text) == []
    assert _asked("See example.com/faq?q=1 for details") == []


def test_quoted_and_retweeted_questions_are_someone_elses() -> None:
    assert _asked('She asked "what do you even post about?" and left.') == []
    assert _asked("She asked “why bother?” and left.") == []
    assert _asked("RT @acme: Which colour would you pick?") == []
    assert _asked("What sane person could not be crazy?  ~ Ursula K. Le Guin  #RIP") == []


def test_comment_before_a_retweet_is_the_authors_own() -> None:
    text = "Which one would you pick? RT @acme: Our new colours are out"
    assert _asked(text) == ["Which one would you pick?"]


def test_rhetorical_formulas_and_exclamations_do_not_ask() -> None:
    for text in ("Who knew?", "Guess what? We moved.", "How cool is that?!", "Really?",
                 "What the hell?!", "Can you believe it's March already?"):  # fmt: skip
        assert _asked(text) == [], text


def test_intensified_question_still_asks() -> None:
    assert _forms("What the hell is this?") == ["wh"]


def test_question_the_author_answers_is_rhetorical() -> None:
    assert _asked("Why do we do it? Because we love it.") == []
    assert _asked("Ursula Le Guin gone? No, not gone.") == []
    assert _asked("When is a ban not a ban? (Answer: always.)") == []
    # "Because" answers a why-question only; a reason after a yes/no question is not one.
    assert _forms("Is there a way to pin a hashtag? because I use it daily") == ["yes-no"]
    # "No" opens an answer only when it stands alone.
    assert _forms("Are you coming on Friday? No pressure if not.") == ["yes-no"]


def test_hook_before_more_text_is_not_a_question_but_a_final_one_is() -> None:
    assert _asked("Tired of slow Wi-Fi? Our new router fixes that.") == []
    assert _asked("Bored? Read this thread.") == []
    assert _forms("Our router is finally here. Tired of slow Wi-Fi?") == ["intonation"]


def test_interrobang_on_a_fragment_is_incredulity() -> None:
    assert _asked("So it's a travel ban now!?") == []
    assert _forms("Are you coming to the fair?!") == ["yes-no"]


def test_question_spans_are_exact_code_points_even_after_emoji() -> None:
    text = "🎉👩‍👩‍👧 Big day! What would you name her? 🐶"
    found = questions(_post(text))
    assert [text[q.start : q.end] for q in found] == ["What would you name her?"]
    assert found[0].start == text.index("What")


def test_every_question_in_a_post_is_found_in_order() -> None:
    text = "What do you think? Is it too bright? Anyone else?"
    assert _asked(text) == ["What do you think?", "Is it too bright?", "Anyone else?"]


def test_marked_flag_tells_typed_question_marks_apart() -> None:
    assert [q.marked for q in questions(_post("Do you ship to Norway"))] == [False]
    assert [q.marked for q in questions(_post("Do you ship to Norway?"))] == [True]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Big news. Tell us what you think!", "reply"),
        ("Let me know below", "reply"),
        ("So, drop a comment with your favourite", "reply"),
        ("@ana please share your story", "reply"),
        ("We'd love to hear from you", "reply"),
        ("Questions welcome!", "reply"),
        ("Feel free to reach out anytime", "reply"),
        ("DM us for the menu", "contact"),
        ("Join us at stand 14", "social"),
        ("See you there!", "social"),
    ],
)
def test_invitations(text: str, kind: str) -> None:
    assert [i.kind for i in invitations(_post(text))] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "They did not tell us anything.",
        "I'll let you know if I hear back.",
        "He wants to share your data with advertisers",
        'The sign said "drop a comment" in huge letters',
    ],
)
def test_statements_that_contain_invitation_words_do_not_invite(text: str) -> None:
    assert not invitations(_post(text))


def test_asks_readers_needs_a_question_or_an_invitation_to_reply() -> None:
    assert asks_readers(_post("Which one? Tell us below."))
    assert asks_readers(_post("New menu is up. Let us know your favourite."))
    assert not asks_readers(_post("Join us at stand 14 on Friday."))
    assert not asks_readers(_post("Our spring range is live. Shop now."))


def test_analyses_are_memoised_per_post() -> None:
    post = _post("What do you think?")
    assert questions(post) is questions(post)
    assert invitations(post) is invitations(post)


_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()),
    max_size=300,
) | st.lists(
    st.sampled_from(["?", "!", "¿", '"', "'", "’", "“", "”", " ", "\n", "you", "what", "is",
                     "RT @a:", "@b", "#c", "https://x.co/?a", "🎉", "~ Ann Lee", ",", "because"]),
    max_size=40,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_TEXT)
def test_detector_never_fails_and_spans_stay_inside_the_text(text: str) -> None:
    post = _post(text)
    for q in questions(post):
        assert 0 <= q.start < q.end <= len(text)
    for i in invitations(post):
        assert 0 <= i.start < i.end <= len(text)


def test_reported_questions_are_someone_elses() -> None:
    assert _asked("My manager asked: which tool do we use? I had no answer.") == []
    assert _asked("When people say, Did you always want to write?, I say no!") == []
    # the author asking, in the first person, stays the author's
    assert _asked("I ask you: what would you do?") == ["I ask you: what would you do?"]
    assert _forms("I always wondered, how did he get back?") == ["wh"]


def test_questions_the_post_answers_or_that_only_plead_do_not_ask() -> None:
    assert _asked("Why? To make them feel dependent on him.") == []
    assert _asked("Q. Why did the chicken cross? A. Because it could.") == []
    assert _asked("Why do onboarding emails fail? Here's what we found.") == []
    assert _asked("Pretty please?") == []
    assert _asked("Maybe because they just look like people?") == []


def test_a_suggestion_modal_after_you_asks_only_when_it_asks_for_information() -> None:
    assert _forms("You could tell us which size fits?") == ["indirect"]
    assert _forms("You can come on Friday?") == ["intonation"]  # asks whether the reader can


def test_who_as_the_subject_asks_from_a_sentence_opening_without_a_mark() -> None:
    assert _forms("Who's coming to the launch on Friday") == ["wh"]
    assert _forms("who wants the last ticket") == ["wh"]
    assert _asked("@ana who's in town this week, says hi") == []  # a relative clause
    assert _asked("Our founder, who started in a garage") == []


def test_a_sentence_that_trails_off_goes_on_after_the_ellipsis() -> None:
    assert _asked("Maybe because they just look like... people?") == []
    assert _forms("I was thinking... do you want to come along?") == ["yes-no"]
    assert _forms("Big news today... Thoughts?") == ["prompt"]  # a new sentence


def test_an_announced_answer_answers_the_whole_run_of_questions_before_it() -> None:
    assert _asked("So what's the fix? More staff? The answer, sadly, is no.") == []
    assert _asked("What's the fix? More staff? I'd love to hear yours.") == ["What's the fix?"]


def test_a_wh_word_closing_a_run_on_sentence_asks() -> None:
    assert _forms("I never got why the shop closed it was always full SO WHY ?!!") == ["wh"]
    assert _forms("The team says it will be ready but how?") == ["wh"]
    assert _asked("So what?") == []  # a dismissal, not a question


def test_headline_subtitle_and_link_debris_are_not_questions() -> None:
    assert _asked("Does the ban really help?: Exploding the myths https://t.co/x") == []
    assert _asked("Le Guin passes at 88: https://t.co/BwfB0eJ5cp?") == []


def test_contact_us_invites_a_message() -> None:
    text = "We are planning a small gift. Please contact our admin team for more details"
    assert asks_readers(Post(text, get_platform("generic")))


@pytest.mark.parametrize(
    "text",
    [
        "Can you please write something about the marauders",
        "Could you send me a copy? Please and thank you.",
        "will you sign our letter?",
        "Perhaps you could share the study behind that figure?",
        "@ana you should add a size guide?",
    ],
)
def test_requests_for_action_ask_but_are_not_questions(text: str) -> None:
    post = _post(text)
    assert not questions(post)
    assert [r.form for r in requests(post)] == ["request"]
    assert asks_readers(post)  # a request still asks the reader for an answer


@pytest.mark.parametrize(
    "text",
    [
        "Could you please tell me where the shop is?",
        "Can you reverse a spell?",
        "Can you come to the party on Friday?",
    ],
)
def test_requests_for_information_or_ability_stay_questions(text: str) -> None:
    assert _forms(text) == ["yes-no"]


def test_a_quiz_puts_its_question_as_a_condition() -> None:
    text = "Win a prize if u know who the new Duchess will be? Txt her name to 82277"
    assert _forms(text) == ["indirect"]


def test_get_back_to_us_invites_a_reply() -> None:
    assert asks_readers(_post("Watch the whole series and get back to us when you're done."))


def test_an_offer_of_help_put_as_the_readers_need_invites_contact() -> None:
    def offers_help(text: str) -> bool:
        return "contact" in [i.kind for i in invitations(_post(text))]

    assert offers_help("Need help? Call 0800 123 456.")
    assert offers_help("Questions? support@example.com")
    assert offers_help("Club>> Need help? Email us any time.")
    assert offers_help("New app out now. Got questions? DM us any time.")
    assert offers_help("Need help? 0870 123 7397 (9-5)")
    assert offers_help("Need help? https://help.example.com")
    assert asks_readers(_post("Need help? Call 0800 123 456."))
    # the author's own need, a hook the post answers with its offer, another hook
    assert not offers_help("I need help? 0800 123 456 is engaged.")
    assert not offers_help("Need help? Our accountants sort your tax return. Book now.")
    assert not offers_help("Stop? txt STOP to 87070")


def test_a_question_in_a_quotation_credited_at_its_end_is_the_quoted_authors() -> None:
    quoted = "What, after all, is the use of a map? Ursula K. Le Guin in A Wizard of Earthsea"
    assert not questions(_post(quoted))
    assert not questions(_post("Who has the map? We all do. ~ Ana Ruiz"))
    # the author's own question before the quotation's line is still theirs
    post = _post("Which line stays with you?\nThe map is not the land. ~ Ana Ruiz")
    assert [q.form for q in questions(post)] == ["wh"]


def test_a_picture_credit_may_follow_the_quotations_credit() -> None:
    quoted = "Where does the road go? Into the hills. Ana Ruiz  Illustration by Tom Lee"
    assert not questions(_post(quoted))
    # a picture credited after the author's own question leaves the question theirs
    assert _forms("Which cover do you like best? Art by Tom Lee") == ["wh"]


@pytest.mark.parametrize(
    "text",
    [
        # a stance adverb standing alone answers a yes/no question
        "Does that even need saying? Apparently.",
        "Is the old branch still open? Sadly, no.",
        "Will it rain on the day? Hopefully not",
        # the post points to where the answer is
        "How much does your commute cost a year? This calculator will tell you.",
        "Why do onboarding emails fail? Our new report shows you where.",
    ],
)
def test_a_question_the_post_answers_by_stance_or_by_pointing_asks_nothing(text: str) -> None:
    assert _asked(text) == []


def test_a_stance_adverb_opening_a_statement_answers_nothing() -> None:
    assert _forms("Is the shop open today? Sadly the sign says nothing.") == ["yes-no"]


def test_a_promise_to_tell_in_a_later_sentence_leaves_the_question() -> None:
    text = "Which plan suits you? Reply below. The guide will tell you more."
    assert _asked(text) == ["Which plan suits you?"]
