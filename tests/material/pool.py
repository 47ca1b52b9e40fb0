"""A pool of pages from the independent layouts, each analysed once by the real page analysis
(Tesseract, zxing-cpp, the code-region finder), so that property tests can compose thousands of
batches from them and run the pure packet and document decisions on each."""

from __future__ import annotations

import random
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from config.settings import load_settings
from pipeline.models import PageAnalysis, PageImage
from pipeline.pages.analysis import PageAnalyser
from tests.material import covers as C


@dataclass(frozen=True)
class PoolPage:
    analysis: PageAnalysis
    kind: str  # "cover" or "content"
    person: C.Person | None  # whom the page names (cover: whose sheet it is)
    layout: str
    barcode: str | None  # cover only: clean, damaged or missing
    held_out: bool


def all_layouts() -> dict[str, tuple[object, bool]]:
    out = {name: (mod, False) for name, mod in C.layouts().items()}
    out |= {f"heldout/{name}": (mod, True) for name, mod in C.layouts("heldout").items()}
    return out


# Per layout: cover barcodes to render, and content pages (True: names its person).
SMALL = (("clean", "damaged", "missing"), (True, False))
LARGE = (
    ("clean", "clean") + ("damaged",) * 24 + ("missing", "missing"),
    (True,) * 6 + (False,) * 3,
)


def build(
    seed: int,
    people: list[C.Person],
    plan=SMALL,
    workers: int = 2,
    held_out_only: bool = False,
    only: frozenset[str] = frozenset(),
) -> list[PoolPage]:
    """held_out_only: only the layouts never looked at while the rules were written; only: just
    these layouts (names as in all_layouts), to score new ones by themselves the first time."""
    unknown = only - set(all_layouts())
    if unknown:
        raise ValueError(f"no such layouts: {sorted(unknown)}; known: {sorted(all_layouts())}")
    settings = load_settings(environ={})
    workdir = Path(tempfile.mkdtemp(prefix="digitize-pool-"))
    analyser = PageAnalyser(settings, workdir)
    jobs = []
    chosen = {
        n: v
        for n, v in all_layouts().items()
        if (v[1] or not held_out_only) and (not only or n in only)
    }
    for li, (name, (layout, held_out)) in enumerate(sorted(chosen.items())):
        cover_states, contents = plan
        for k, state in enumerate(cover_states):
            jobs.append(("cover", name, layout, held_out, people[(li + k) % len(people)], state))
        for k, named in enumerate(contents):
            person = people[(li + k) % len(people)] if named else None
            jobs.append(("content", name, layout, held_out, person, None))

    def one(job_index: int) -> PoolPage:
        kind, name, layout, held_out, person, state = jobs[job_index]
        rng = random.Random(f"{seed}-{job_index}")
        if kind == "cover":
            img = C.cover_page(layout, person, rng, state)
        else:
            img = C.scan(layout.content_page(person.as_dict() if person else None, rng), rng)
        page = PageImage(job_index, np.asarray(img.convert("L")), (300.0, 300.0))
        return PoolPage(analyser.analyse(page), kind, person, name, state, held_out)

    with ThreadPoolExecutor(workers) as pool:
        return list(pool.map(one, range(len(jobs))))
