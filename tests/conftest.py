"""Shared fixtures for the library tests."""
