"""Platform profiles and the length counters and entity extraction they rely on."""

from smmlint.platforms.entities import Entity, extract_entities
from smmlint.platforms.profiles import PLATFORMS, Platform, get_platform

__all__ = ["PLATFORMS", "Entity", "Platform", "extract_entities", "get_platform"]
