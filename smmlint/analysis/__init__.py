"""Measurements of a post that rules and metrics share: readability and tone."""
