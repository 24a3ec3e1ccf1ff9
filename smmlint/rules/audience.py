"""Rules: audience."""
