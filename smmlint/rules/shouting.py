"""Rules: shouting."""
