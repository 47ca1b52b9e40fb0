"""Where the document-type model's text comes from: one entry per source, with its kind, its
licence and how its labels map onto the taxonomy (labels.yaml, a reviewed table). Every score the
project reports is measured on a source the scored model never trained on (leave-one-source-out),
and the sources marked `reserved` are never trained or tuned on at all.

Kinds: `real` (text clinicians wrote or dictated, published for reuse), `written` (families
written by helper authors who saw neither this code nor each other's work), `project` (the
project's own template families), `taxonomy` (the site's title words, training only)."""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels.yaml"


@dataclass(frozen=True)
class Doc:
    """One whole document of a source, with the type it is filed under and any other type that
    a records department would accept for it (a consult filed as an H&P, see labels.yaml)."""

    source: str
    id: str
    text: str
    label: str
    accept: frozenset[str]
    teach: frozenset[str] = frozenset()  # other types the model is taught this text as


@dataclass(frozen=True)
class Source:
    name: str
    kind: str  # real | written | project | taxonomy
    licence: str
    reserved: bool = False  # never trained or tuned on: scored only

    @property
    def scored(self) -> bool:
        return self.kind != "taxonomy"


SOURCES: dict[str, Source] = {
    s.name: s
    for s in (
        Source("mtsamples", "real", "CC0-1.0 (Kaggle 'Medical Transcriptions' copy of MTSamples)"),
        Source("aci_bench", "real", "CC-BY-4.0 (ACI-Bench, Yim et al. 2023)"),
        Source("primock57", "real", "CC-BY-4.0 (PriMock57, Papadopoulos Korfiatis et al. 2022)"),
        Source(
            "note_examples",
            "real",
            "CC0-1.0 (HL7 C-CDA-Examples) and Apache-2.0 (Apache cTAKES example notes)",
            reserved=True,
        ),
        Source("fam_us_academic", "written", "project licence (written for this project)"),
        Source("fam_nhs_trust", "written", "project licence (written for this project)"),
        Source("fam_community", "written", "project licence (written for this project)"),
        Source("fam_ehr_notes", "written", "project licence (written for this project)"),
        Source("fam_dictation_us", "written", "project licence (written for this project)"),
        Source("fam_transcribed", "written", "project licence (written for this project)"),
        Source("fam_teaching_notes", "written", "project licence (written for this project)"),
        Source("fam_us_specialty", "written", "project licence (written for this project)"),
        Source("fam_va", "written", "project licence (written for this project)"),
        Source("fam_india", "written", "project licence (written for this project)"),
        Source("fam_canada", "written", "project licence (written for this project)"),
        Source("fam_oncology", "written", "project licence (written for this project)"),
        Source("fam_paediatric", "written", "project licence (written for this project)"),
        Source("fam_southern", "written", "project licence", reserved=True),
        Source("fam_antipodes", "written", "project licence", reserved=True),
        Source("fam_county", "written", "project licence", reserved=True),
        Source("fam_east_africa", "written", "project licence", reserved=True),
        Source("fam_singapore", "written", "project licence", reserved=True),
        Source("fam_gp_practice", "written", "project licence (written for this project)"),
        Source("fam_health_centre", "written", "project licence", reserved=True),
        Source("fam_urgent_care", "written", "project licence", reserved=True),
        Source("fam_south_africa", "written", "project licence", reserved=True),
        Source("fam_ambient_scribe", "written", "project licence", reserved=True),
        Source("fam_remote_gp", "written", "project licence", reserved=True),
        Source("fam_military", "written", "project licence", reserved=True),
        Source("fam_resident_clinic", "written", "project licence", reserved=True),
        Source("fam_caribbean", "written", "project licence", reserved=True),
        Source("fam_west_africa", "written", "project licence", reserved=True),
        Source("fam_irish_hospital", "written", "project licence", reserved=True),
        Source("fam_rural_us", "written", "project licence", reserved=True),
        Source("fam_philippines", "written", "project licence", reserved=True),
        Source("fam_gulf", "written", "project licence", reserved=True),
        Source("fam_long_term_care", "written", "project licence", reserved=True),
        Source("fam_scotland", "written", "project licence", reserved=True),
        Source("fam_behavioral", "written", "project licence", reserved=True),
        Source("fam_pakistan", "written", "project licence", reserved=True),
        Source("fam_home_hospice", "written", "project licence", reserved=True),
        Source("fam_correctional", "written", "project licence", reserved=True),
        Source("fam_womens", "written", "project licence", reserved=True),
        Source("fam_hong_kong", "written", "project licence", reserved=True),
        Source("fam_dialysis", "written", "project licence", reserved=True),
        Source("fam_eye_ent", "written", "project licence", reserved=True),
        Source("fam_sports_ortho", "written", "project licence", reserved=True),
        Source("project_ab", "project", "project licence"),
        Source("project_c", "project", "project licence", reserved=True),
        Source("taxonomy", "taxonomy", "project licence"),
    )
}


def reserved(name: str) -> bool:
    return name in SOURCES and SOURCES[name].reserved


@cache
def label_table() -> dict:
    return yaml.safe_load(LABELS.read_text())


def accepted_everywhere(label: str) -> frozenset[str]:
    """The other types a records department accepts a document of this type filed under,
    whatever its source (labels.yaml, `everywhere`): every training page and scored document
    gets them, and the model's measured acceptance (model.estimate_acceptance) counts them."""
    return frozenset(label_table().get("everywhere", {}).get(label, ()))


def _generated(name: str, per_type: int, seed: int) -> list[dict]:
    """A written family's documents, from its own generator, run as its author wrote it
    (`generate.py --seed N --per-type K --out FILE`, standard library only)."""
    with tempfile.TemporaryDirectory(prefix="digitize-family-") as tmp:
        out = Path(tmp) / "docs.jsonl"
        subprocess.run(
            [
                sys.executable,
                str(HERE / name / "generate.py"),
                "--seed",
                str(seed),
                "--per-type",
                str(per_type),
                "--out",
                str(out),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line]


def _jsonl_gz(name: str) -> list[dict]:
    with gzip.open(HERE / name / "docs.jsonl.gz", "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _map_real(name: str, rows: list[dict]) -> list[Doc]:
    """Apply the reviewed label table: the first rule whose source category matches (and whose
    title pattern, if any, matches the source's own title) gives the type; unmatched documents
    are left out (their type cannot be known from the source's metadata)."""
    rules = label_table()[name]
    out = []
    for row in rows:
        cats = row["categories"]
        title = row.get("title") or ""
        for rule in rules:
            if rule["category"] not in cats or rule.get("with", rule["category"]) not in cats:
                continue
            if "title" in rule and not re.search(rule["title"], title, re.IGNORECASE):
                continue
            if "text" in rule and not re.search(rule["text"], row["text"]):
                continue
            if rule["type"] is not None:
                accept = frozenset([rule["type"], *rule.get("also", [])])
                teach = frozenset(rule.get("teach", []))
                out.append(Doc(name, str(row["id"]), row["text"], rule["type"], accept, teach))
            break
    return out


def load(name: str, per_type: int = 25, seed: int = 1) -> list[Doc]:
    """The documents of one source, deterministic for a given count and seed."""
    kind = SOURCES[name].kind
    if kind == "real":
        return _map_real(name, _jsonl_gz(name))
    if kind == "written":
        return [
            Doc(name, str(r["id"]), r["text"], r["label"], frozenset([r["label"]]))
            for r in _generated(name, per_type, seed)
        ]
    if kind == "project":
        from classifiers import corpus

        return corpus.project_docs(name, per_type, seed)
    from classifiers import corpus

    return corpus.taxonomy_docs()
