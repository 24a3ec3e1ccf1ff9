"""Who a post speaks to and about: reader, self, brand names, replies, thanks."""

from __future__ import annotations

from smmlint.analysis.address import (
    first_person_words,
    is_reply,
    opens_with_subject,
    references,
    serves_reader,
    speaks_to_reader,
    speaks_to_someone,
)
from smmlint.platforms import get_platform
from smmlint.read.post import Post


def _post(text: str) -> Post:
    return Post(text, get_platform("generic"))


def _words(tokens) -> list[str]:
    return [t.text for t in tokens]


def test_reader_and_self_words_are_counted_apart() -> None:
    refs = references(_post("We made our app for you and your team. I'm proud, y'all!"))
    assert _words(refs.self_words) == ["We", "our"]
    assert _words(refs.reader_words) == ["you", "your", "y'all"]


def test_a_person_speaking_is_not_self_talk_but_their_possessions_are() -> None:
    refs = references(_post("I tried it and I loved it. My course, my book, mine."))
    assert _words(refs.self_words) == ["My", "my", "mine"]


def test_inclusive_our_is_not_self_talk() -> None:
    refs = references(_post("Our planet needs all of us, and our kids will thank us."))
    assert _words(refs.self_words) == ["us"]


def test_brand_names_count_as_self_references() -> None:
    post = _post("Acme ships faster. Acme Labs built it with our partners.")
    refs = references(post, ("Acme", "Acme Labs"))
    assert _words(refs.self_words) == ["Acme", "Acme Labs", "our"]
    assert _words(references(post).self_words) == ["our"]


def test_quoted_and_retweeted_words_are_not_the_authors() -> None:
    refs = references(_post('He said "we love you" RT @a: our team thanks you'))
    assert refs.self_words == () and refs.reader_words == ()


def test_replies_open_with_a_mention_of_the_authors_own() -> None:
    assert is_reply(_post("@ana thanks, fixed"))
    assert is_reply(_post(".@ana public reply"))
    assert not is_reply(_post("RT @ana: hello there"))
    assert not is_reply(_post("#launch with @ana"))
    assert not is_reply(_post("Great talk by @ana"))


def test_speaking_to_someone() -> None:
    assert speaks_to_someone(_post("@ana we shipped it"))
    assert speaks_to_someone(_post("Huge thanks to @ana for the workshop"))
    assert speaks_to_someone(_post("Great demo. cc @ben"))
    assert speaks_to_someone(_post("Congratulations to the class of 2025"))
    assert speaks_to_someone(_post("Thank you all for coming"))
    assert not speaks_to_someone(_post("Great panel with @ana and @ben today"))
    assert not speaks_to_someone(_post("New post via @acmeblog"))
    assert not speaks_to_someone(_post("Our factory is closed on Monday."))


def test_a_you_that_is_anyone_or_an_abbreviation_is_no_address() -> None:
    meme = "When u realize that ur project is due TOMORROW #meme"
    assert references(_post(meme)).reader_words == ()
    assert references(_post("Canadian denied entry to U.S. after questioning")).reader_words == ()
    assert references(_post("She knew how to hold the room, I tell you.")).reader_words == ()
    assert references(_post("Here's the thread for you")).reader_words != ()


def test_a_you_the_post_serves() -> None:
    assert serves_reader(_post("Here's some fantastic #GifHistory for you https://e.com"))
    assert serves_reader(_post("Here are 5 facts you need to know: https://e.com"))
    assert serves_reader(_post("The stories behind your favorite gifs https://e.com"))
    assert serves_reader(_post("If you're in London, the vigil starts at 6"))
    assert not serves_reader(_post("Suspect countries are the ones you didn't ban https://e.com"))
    assert not serves_reader(_post("Your quote would make sense if the ban covered them"))


def test_the_readers_a_share_is_for_named_in_the_third_person() -> None:
    assert speaks_to_reader(_post("A transcript of the speech, for those that haven't seen it"))
    assert speaks_to_reader(_post("The full set of slides, for anyone who missed the talk"))
    assert not speaks_to_reader(_post("New rules for those who rent a flat https://e.com"))
    assert not speaks_to_reader(_post("A transcript of the speech https://e.com"))


def test_a_post_that_opens_with_the_account_it_reports_on() -> None:
    assert opens_with_subject(_post(".@acme announces a new plant in Leeds"))
    assert opens_with_subject(_post("@CityHall hosts a panel on housing tonight"))
    assert not opens_with_subject(_post("@ana thanks, fixed it on our side"))  # a reply
    assert not opens_with_subject(_post("Great panel with @ana today"))  # not first


def test_first_person_words_are_the_authors_own() -> None:
    post = _post("I’ve loved this since I was 6, my mum says. RT @ana: I hate it")
    assert _words(first_person_words(post)) == ["I’ve", "I", "my"]
    assert first_person_words(_post("We love you all")) == ()
