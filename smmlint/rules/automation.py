"""Rules: automation."""
