"""Every rule, one module per category. Importing this package registers them all.

| module            | what its rules catch                                        |
|-------------------|-------------------------------------------------------------|
| ``push``          | sales language, several calls to action (SMM1xx)            |
| ``audience``      | a post that talks only about ourselves (SMM1xx)             |
| ``bait``          | engagement bait the networks demote (SMM1xx)                |
| ``conversation``  | no question, broadcast only (SMM2xx)                        |
| ``sharing``       | bare link, bare quote, bare share (SMM2xx)                  |
| ``shouting``      | ALL CAPS, punctuation pile-ups, emoji walls (SMM3xx)        |
| ``platform_fit``  | over the length limit, key content after the fold (SMM4xx)  |
| ``hashtags``      | over the hashtag cap, hashtag stuffing (SMM4xx)             |
| ``automation``    | template leftovers (SMM5xx)                                 |
| ``readability``   | hard to read (SMM6xx)                                       |
| ``tone``          | hostility aimed at people (SMM6xx)                          |
| ``media``         | no visual (SMM7xx)                                          |
"""

from smmlint.core.registry import registered_rules
from smmlint.rules import (  # noqa: F401  (imported to register their rules)
    audience,
    automation,
    bait,
    conversation,
    hashtags,
    media,
    platform_fit,
    push,
    readability,
    sharing,
    shouting,
    tone,
)

RULES = registered_rules()

__all__ = ["RULES"]
