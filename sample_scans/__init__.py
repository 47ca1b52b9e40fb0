"""Deterministic generator of realistic scanned batches with truth files, for demo and tests."""
