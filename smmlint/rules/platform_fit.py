"""Rules: platform_fit."""
