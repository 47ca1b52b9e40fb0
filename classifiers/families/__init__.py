"""Independently written template families of synthetic page wording, one module each. The
classifier trains on some families and is scored on a family it never saw (see
classifiers/corpus.py)."""
