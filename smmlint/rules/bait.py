"""Rules: bait."""
