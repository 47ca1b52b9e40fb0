"""The shipped document-type model: held-out scores, calibration, determinism, reviewer input."""

from __future__ import annotations

import json

import numpy as np
import pytest

from classifiers import corpus, training
from classifiers.evaluate import evaluate, expected_calibration_error
from classifiers.model import MODEL_FILE, DocTypeModel
from classifiers.taxonomy import Taxonomy
from tests.conftest import digitize


@pytest.fixture(scope="module")
def shipped() -> DocTypeModel:
    return DocTypeModel.load()


@pytest.fixture(scope="module")
def held_out(shipped):
    return evaluate(shipped, training.held_out_examples(), Taxonomy.load())


def test_shipped_model_is_the_one_the_training_code_makes(shipped):
    """The committed model file matches today's training data (retrain after changing it)."""
    assert shipped.data_hash == corpus.data_hash(training.training_examples())
    assert corpus.HELD_OUT not in shipped.trained_on and len(shipped.trained_on) >= 2
    assert MODEL_FILE.stat().st_size < 8 * 2**20


def test_held_out_family_scores(held_out):
    assert held_out.first_f1 >= 0.95
    assert held_out.all_f1 >= 0.93
    assert {name for name, *_ in held_out.per_type} == set(Taxonomy.load().types)


def test_probabilities_mean_what_they_say(held_out):
    assert expected_calibration_error(held_out.page_reliability) <= 0.05
    # Where there are enough pages to judge, accuracy is close to confidence.
    for label, n, conf, acc in held_out.page_reliability:
        if n >= 50:
            assert abs(conf - acc) <= 0.1, label


def test_continuation_pages_take_their_documents_type(shipped):
    fam = corpus.load_family(corpus.HELD_OUT)
    import random

    pages = corpus.document_pages(fam, "lab_report", random.Random(3), 3, "doc", 0.0)
    probs = shipped.page_probabilities([p.text for p in pages])
    doc = shipped.document_probabilities(probs, [p.first_page for p in pages])
    assert shipped.top(doc, 1)[0][0] == "lab_report"


def test_training_is_deterministic_and_learns_reviewed_corrections(tmp_path, shipped):
    again = tmp_path / "again.joblib"
    proc = digitize("classifier", "train", "--out", again, check=True)
    assert shipped.version in proc.stdout
    texts = [e.text for e in training.held_out_examples()[:200]]
    retrained = DocTypeModel.load(again).page_probabilities(texts)
    # On one machine, training twice gives the same model bit for bit.
    twice = training.train(tmp_path / "twice.joblib").page_probabilities(texts)
    assert (retrained == twice).all()
    # Against the committed model (trained on another CPU, whose BLAS kernels round
    # differently): the same decisions and probabilities within a hundredth.
    committed = shipped.page_probabilities(texts)
    assert (retrained.argmax(axis=1) == committed.argmax(axis=1)).all()
    assert np.allclose(retrained, committed, atol=0.01)

    reviewed = tmp_path / "reviewed.jsonl"
    rows = [
        {
            "text": "WOUND CARE FLOWSHEET\nDressing changed, wound bed pink.",
            "document_type": "nursing_note",
            "first_page": True,
            "document": f"r{i}",
            "reviewer": "u1",
        }
        for i in range(5)
    ]
    reviewed.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "with-reviewed.joblib"
    digitize("classifier", "train", "--include-reviewed", reviewed, "--out", out, check=True)
    model = DocTypeModel.load(out)
    assert model.version != shipped.version and "reviewed" not in model.trained_on

    reviewed.write_text('{"text": "no label"}\n')
    bad = digitize("classifier", "train", "--include-reviewed", reviewed, "--out", out)
    assert bad.returncode == 2 and "line 1" in bad.stderr


def test_evaluate_prints_tables_and_writes_a_png(tmp_path):
    png = tmp_path / "cm.png"
    proc = digitize("classifier", "evaluate", "--png", png, check=True)
    assert "macro-F1 first pages" in proc.stdout and "Reliability" in proc.stdout
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
