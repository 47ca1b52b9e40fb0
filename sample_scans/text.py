"""Wording for generated pages: synthetic names, and document text from the template family the
classifier never trains on (classifiers.corpus.HELD_OUT), so the end-to-end tests measure typing
on unseen wording. Nothing here is real patient data."""

from __future__ import annotations

import random

from classifiers import corpus

FAMILIES = [
    "ABERNATHY", "BALDWIN", "CASTILLO", "DONOVAN", "ELLINGTON", "FAIRBANKS", "GALLAGHER",
    "HOLLOWAY", "IVERSEN", "JANKOWSKI", "KOWALCZYK", "LINDQVIST", "MORRISON", "NAKAMURA",
    "OKONKWO", "PETERSEN", "QUINTERO", "ROSENBERG", "SULLIVAN", "THORNTON", "UNDERWOOD",
    "VASQUEZ", "WHITAKER", "YAMAMOTO", "ZIMMERMAN", "ASHWORTH", "BRENNAN", "CALLOWAY",
]  # fmt: skip
GIVENS = [
    "Margaret", "Robert", "Eleanor", "Thomas", "Patricia", "William", "Dorothy", "Charles",
    "Helen", "Joseph", "Ruth", "George", "Evelyn", "Samuel", "Frances", "Henry", "Alice",
    "Walter", "Louise", "Arthur", "Martha", "Edward", "Irene", "Franklin",
]  # fmt: skip

_FAMILY = corpus.load_family(corpus.HELD_OUT)
DOC_TYPES = sorted(_FAMILY.FAMILY)


def title(doc_type: str, rng: random.Random) -> str:
    return rng.choice(_FAMILY.FAMILY[doc_type]["titles"])


def body_lines(doc_type: str, rng: random.Random, count: int) -> list[str]:
    pool = _FAMILY.FAMILY[doc_type]["sentences"]
    return [corpus.fill(rng.choice(pool), _FAMILY.VOCAB, rng) for _ in range(count)]
