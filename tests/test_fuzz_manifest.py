"""Property tests of the manifest reader: every manifest the pipeline builds reads back as it was
written; anything else (arbitrary bytes, damaged JSON, a manifest with a malformed identity or a
page missing or twice) is refused with ValueError, never another exception."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.decisions.packets import Packet
from pipeline.decisions.patients import Patient
from pipeline.models import Document, PageDecision
from pipeline.storage import manifest

FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
BATCH_IDS = st.from_regex(r"b[0-9a-f]{20}", fullmatch=True)
MRNS = st.from_regex(r"[A-Za-z0-9]{1,20}", fullmatch=True)
SHA256 = st.from_regex(r"[0-9a-f]{64}", fullmatch=True)
STATUSES = st.sampled_from(["filed", "review", "discarded"])
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)


@st.composite
def built_manifests(draw) -> dict:
    """What manifest.build makes of pages, documents and packets drawn at random."""
    batch_id = draw(BATCH_IDS)
    count = draw(st.integers(0, 12))
    starts = sorted(draw(st.sets(st.integers(0, max(count - 1, 0)), max_size=3))) if count else []
    docs = [
        Document(
            document_id=f"{batch_id}-d{first:05d}",
            packet=n,
            mrn=draw(MRNS),
            encounter=None,
            document_type=draw(st.none() | st.sampled_from(["progress_note", "lab_report"])),
            loinc=None,
            pages=[first],
            object_key=f"documents/{batch_id}/{batch_id}-d{first:05d}.pdf",
            sha256=draw(SHA256),
            size=draw(st.integers(0, 10**9)),
        )
        for n, first in enumerate(starts)
    ]
    decisions = [
        PageDecision(
            index=i,
            role=draw(st.sampled_from(["cover", "document", "blank"])),
            status=draw(STATUSES),
            packet=draw(st.none() | st.integers(0, 3)),
            mrn=draw(st.none() | MRNS),
            document_type=None,
            document_id=None,
            rotation=draw(st.sampled_from([0, 90, 180, 270])),
            confidence={"ocr": draw(st.floats(0, 1)), "patient": 0.0, "type": 0.0},
            review_reasons=draw(st.lists(st.sampled_from(["no_cover_sheet", "dob_mismatch"]))),
            text=draw(st.text(max_size=200)),
        )
        for i in range(count)
    ]
    patient = Patient(draw(MRNS), "FAMILY", "Given", "1950-01-01", "F")
    packets = [
        Packet(n, None, draw(st.none() | st.just(patient)), None, [], 0.9, pages=[])
        for n in range(draw(st.integers(0, 3)))
    ]
    return manifest.build(batch_id, "PDF", count, decisions, docs, packets, "model-v1")


@FUZZ
@given(built_manifests())
def test_built_manifests_read_back_as_written(m):
    assert manifest.read(manifest.to_bytes(m)) == m


def _refused_or_read(data: bytes) -> None:
    try:
        result = manifest.read(data)
    except ValueError:
        return
    assert isinstance(result, dict)


@FUZZ
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_only_ever_raise_value_error(data):
    _refused_or_read(data)


@FUZZ
@given(JSON_VALUES)
def test_arbitrary_json_only_ever_raises_value_error(value):
    _refused_or_read(json.dumps(value).encode())


def _paths(value, path=()):
    """Every place in a JSON value: the paths to its members, nested."""
    yield path
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, (*path, i))


def _set(value, path, new):
    for step in path[:-1]:
        value = value[step]
    value[path[-1]] = new


def _delete(value, path):
    for step in path[:-1]:
        value = value[step]
    del value[path[-1]]


@FUZZ
@given(built_manifests(), st.data())
def test_mutated_manifests_only_ever_raise_value_error(m, data):
    """Replace or delete members anywhere, then damage the bytes: read never crashes."""
    for _ in range(data.draw(st.integers(1, 4))):
        paths = [p for p in _paths(m) if p]
        if not paths:
            break
        path = data.draw(st.sampled_from(paths))
        if data.draw(st.booleans()):
            _set(m, path, data.draw(JSON_VALUES))
        else:
            _delete(m, path)
    raw = bytearray(manifest.to_bytes(m))
    for _ in range(data.draw(st.integers(0, 3))):
        if not raw:
            break
        at = data.draw(st.integers(0, len(raw) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            raw[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del raw[at:]
        else:
            raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
    _refused_or_read(bytes(raw))


BAD_MRNS = st.one_of(
    st.just(""),
    st.from_regex(r"[A-Za-z0-9]{21,30}", fullmatch=True),
    st.from_regex(r"[A-Za-z0-9]{0,8}[^A-Za-z0-9][A-Za-z0-9]{0,8}", fullmatch=True),
    st.integers(),
    st.lists(MRNS, min_size=1, max_size=2),
)


@FUZZ
@given(built_manifests(), BAD_MRNS, st.data())
def test_a_malformed_mrn_is_refused(m, bad, data):
    places = [("pages", i) for i in range(len(m["pages"]))]
    places += [("documents", i) for i in range(len(m["documents"]))]
    places += [("packets", i) for i in range(len(m["packets"]))]
    if not places:
        m["packets"].append({"packet": 0, "mrn": None, "pages": []})
        places = [("packets", 0)]
    part, i = data.draw(st.sampled_from(places))
    m[part][i]["mrn"] = bad
    with pytest.raises(ValueError, match="MRN"):
        manifest.read(manifest.to_bytes(m))


@FUZZ
@given(built_manifests().filter(lambda m: m["page_count"] > 0), st.data())
def test_a_page_missing_or_twice_is_refused(m, data):
    pages = m["pages"]
    i = data.draw(st.integers(0, len(pages) - 1))
    how = data.draw(st.sampled_from(["duplicate", "drop", "renumber", "recount"]))
    if how == "duplicate":
        pages.append(dict(pages[i]))
    elif how == "drop":
        del pages[i]
    elif how == "renumber":  # one page twice, another missing, the count unchanged
        pages[i]["index"] = pages[(i + 1) % len(pages)]["index"] if len(pages) > 1 else -1
    else:
        m["page_count"] += data.draw(st.integers(1, 3))
    with pytest.raises(ValueError, match="every page exactly once"):
        manifest.read(manifest.to_bytes(m))


@pytest.mark.parametrize(
    "field, value",
    [
        ("batch_id", "b123"),
        ("batch_id", "B" + "0" * 20),
        ("page_count", -1),
        ("page_count", True),
        ("page_count", "3"),
    ],
)
def test_a_malformed_batch_identity_is_refused(field, value):
    m = manifest.build("b" + "0" * 20, "PDF", 0, [], [], [], "model-v1")
    m[field] = value
    with pytest.raises(ValueError):
        manifest.read(manifest.to_bytes(m))


def test_documents_must_be_filed_where_their_ids_say():
    batch_id = "b" + "a" * 20
    doc = {
        "document_id": f"{batch_id}-d00000",
        "object_key": f"documents/{batch_id}/{batch_id}-d00000.pdf",
        "sha256": "0" * 64,
        "mrn": "12345",
    }
    m = manifest.build(batch_id, "PDF", 0, [], [], [], "model-v1") | {"documents": [doc]}
    assert manifest.read(manifest.to_bytes(m))["documents"] == [doc]
    for key, bad in [
        ("object_key", f"documents/{'b' + 'c' * 20}/{batch_id}-d00000.pdf"),
        ("object_key", f"documents/{batch_id}/../{batch_id}-d00000.pdf"),
        ("document_id", "../etc/passwd"),
        ("sha256", "0" * 63),
        ("sha256", "G" * 64),
    ]:
        with pytest.raises(ValueError):
            manifest.read(manifest.to_bytes(m | {"documents": [doc | {key: bad}]}))
