"""Rules: tone."""
