"""Rules: readability."""
