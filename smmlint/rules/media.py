"""Rules: media."""
