"""Site specifics: several editors on one page (a thread), and LinkedIn's decoy editor."""

from __future__ import annotations

from typing import Any

from ext_browser import settle
from ext_editors import BY_PAGE

EDITOR_OF_HIGHLIGHTS = """() => [...CSS.highlights.get("smmlint-warning")].map((range) => {
  const posts = [...document.querySelectorAll(".thread-post")];
  return [posts.findIndex((post) => post.contains(range.startContainer)),
          range.startContainer.data.slice(range.startOffset, range.endOffset)];
})"""


def test_each_post_of_a_thread_gets_its_own_badge_and_underlines(
    extension: Any, open_page: Any
) -> None:
    page = open_page(extension.context, BY_PAGE["threads"])
    posts = page.page.locator(".thread-post")
    posts.nth(0).click()
    page.type("Shop now, everyone.")
    page.wait_for_state("ok")
    posts.nth(1).click()
    page.type("Thanks for reading. Shop now!")
    page.page.wait_for_function(
        """() => { const d = document.querySelector("smmlint-root").dataset;
                   return d.editors === "2" && d.state === "ok" && d.linted === d.textLength; }"""
    )
    assert sorted(page.page.evaluate(EDITOR_OF_HIGHLIGHTS)) == [[0, "Shop now"], [1, "Shop now"]]
    assert page.shadow(".badge").count() == 2
    texts = page.page.evaluate("() => testEditors.map((editor) => editor.text())")
    assert texts == ["Shop now, everyone.", "Thanks for reading. Shop now!"]
    assert page.errors == []


def test_linkedin_decoy_editor_in_the_preload_iframe_is_left_alone(
    extension: Any, open_page: Any
) -> None:
    """LinkedIn's preload iframe is a page of the same site, so the site's content scripts
    match it; they must run in the top frame only (all_frames false, for the manifest's sites
    and the ones a user adds), or the decoy editor in it gets attached when it has focus."""
    page = open_page(extension.context, BY_PAGE["linkedin"])
    page.click_editor()
    page.type("Shop now")
    host = page.wait_for_state("ok")
    assert host["editors"] == "1"
    decoy = next(frame for frame in page.page.frames if frame.url.endswith("linkedin-preload.html"))
    decoy.focus(".ql-editor")
    page.type(" Shop now")
    settle(1)
    typed, attached, highlights = decoy.evaluate(
        """() => [document.querySelector('.ql-editor').textContent,
                  document.querySelector('smmlint-root') !== null, [...CSS.highlights.keys()]]"""
    )
    assert "Shop now" in typed and "decoy" in typed
    assert (attached, highlights) == (False, []), "the extension ran in the preload iframe"
    assert page.host()["editors"] == "1"
    assert page.host()["requests"] == host["requests"]
    assert page.errors == []


COMMENT_HIGHLIGHTS = """() => [...CSS.highlights.get("smmlint-warning")]
  .filter((range) => document.getElementById("comment-box").contains(range.startContainer))
  .map((range) => range.startContainer.data.slice(range.startOffset, range.endOffset))"""


def test_linkedin_comment_box_tiptap_is_checked_too(extension: Any, open_page: Any) -> None:
    page = open_page(extension.context, BY_PAGE["linkedin"])
    page.page.locator("#comment-box .tiptap").click()
    page.type("Great post. Shop now!")
    host = page.wait_for_host('data.state === "ok" && data.linted === data.textLength')
    assert (host["editors"], host["platform"]) == ("1", "linkedin")
    assert page.page.evaluate(COMMENT_HIGHLIGHTS) == ["Shop now"]
    assert page.errors == []
