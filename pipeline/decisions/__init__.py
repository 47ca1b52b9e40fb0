"""Decisions, as pure functions: the patient index, identity checks, packets, typed documents
and the review items a batch proposes. Nothing here reads a file or writes anything."""
