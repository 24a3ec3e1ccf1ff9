"""Platform profiles and the length counters and entity extraction they rely on."""

from smmlint.platforms.profiles import PLATFORMS, Platform, get_platform

__all__ = ["PLATFORMS", "Platform", "get_platform"]
