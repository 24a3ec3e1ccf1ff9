"""The pre-publish gate's defaults, shared by the CLI, ``POST /v1/check`` and the WordPress plugin.

A post passes when no finding is at or above ``fail_on`` and its score is at least
``min_score``. The defaults fail exactly what the band calls red: every error lands a post
in the red (``smmlint.score.scoring``), and the minimum score is where amber starts. So a green or
amber post passes and a red one does not, whichever door it comes through; a stricter gate
is one option away (``fail_on="warning"``, a higher ``min_score``). Documented once, in
docs/score.md.
"""

from __future__ import annotations

from smmlint.core.model import Severity
from smmlint.score.scoring import AMBER_FROM

DEFAULT_FAIL_ON = Severity.ERROR
DEFAULT_MIN_SCORE = AMBER_FROM
