"""Rules: hashtags."""
