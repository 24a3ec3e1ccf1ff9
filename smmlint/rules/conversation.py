"""Rules: conversation."""
