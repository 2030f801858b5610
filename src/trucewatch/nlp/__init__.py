"""Offline extraction of structured claims from English text (see docs/extraction.md)."""
