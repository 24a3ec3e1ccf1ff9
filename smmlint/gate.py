"""The pre-publish gate's defaults under their public name; they live in ``smmlint.score.gate``."""

from smmlint.score.gate import DEFAULT_FAIL_ON, DEFAULT_MIN_SCORE

__all__ = ["DEFAULT_FAIL_ON", "DEFAULT_MIN_SCORE"]
