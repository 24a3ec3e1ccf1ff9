"""The editors under test: one page per real editor library, and the site profile it plays."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Editor:
    """A test page, the extension's site profile for it and the platform it should infer."""

    id: str
    page: str
    profile: str
    platform: str
    textarea: bool = False

    def match(self) -> str:
        """The match pattern the test enables for the page (a user-enabled site); it covers
        the page's own frames too (LinkedIn's preload iframe, linkedin-preload.html)."""
        return f"http://127.0.0.1/{self.page}*"


EDITORS = (
    Editor("x-draftjs", "x", "x", "x"),
    Editor("facebook-lexical", "facebook", "facebook", "facebook"),
    Editor("threads-lexical", "threads", "threads", "threads"),
    Editor("linkedin-quill-shadow", "linkedin", "linkedin", "linkedin"),
    Editor("bluesky-tiptap", "bluesky", "bluesky", "bluesky"),
    Editor("mastodon-react-textarea", "mastodon", "mastodon", "mastodon", textarea=True),
    Editor("plain-textarea", "textarea", "any", "generic", textarea=True),
    Editor("plain-contenteditable", "contenteditable", "any", "generic"),
)
EDITOR_IDS = [editor.id for editor in EDITORS]
BY_PAGE = {editor.page: editor for editor in EDITORS}
