"""Scores a document-type model on a template family it never trained on: per-type precision,
recall and F1, macro-F1 on first pages and on all content pages (each page takes its document's
type), the confusion matrix (also as a PNG) and a reliability table (does 0.9 mean 9 in 10?)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont
from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

from classifiers.corpus import Example
from classifiers.model import DocTypeModel
from classifiers.taxonomy import Taxonomy

BINS = [0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001]


@dataclass
class Evaluation:
    classes: list[str]
    first_f1: float
    all_f1: float
    continuation_f1: float  # continuation pages alone: no title, no document context
    per_type: list[tuple[str, float, float, float, int]]
    confusion: np.ndarray
    reliability: list[tuple[str, int, float, float]]  # document-level confidence
    page_reliability: list[tuple[str, int, float, float]]  # each page on its own
    pages: int
    documents: int


def predict(
    model: DocTypeModel, examples: list[Example], taxonomy: Taxonomy
) -> tuple[np.ndarray, np.ndarray]:
    """Page-level and document-level distributions, as the pipeline computes them."""
    texts = [e.text for e in examples]
    page = model.page_probabilities(texts, [taxonomy.title_of(t) for t in texts])
    docs: dict[str, list[int]] = defaultdict(list)
    for i, e in enumerate(examples):
        docs[e.document].append(i)
    doc = np.zeros_like(page)
    for idx in docs.values():
        doc[idx] = model.document_probabilities(page[idx], [examples[i].first_page for i in idx])
    return page, doc


def reliability_table(conf: np.ndarray, correct: np.ndarray) -> list[tuple[str, int, float, float]]:
    rows = []
    for lo, hi in zip(BINS[:-1], BINS[1:], strict=True):
        sel = (conf >= lo) & (conf < hi)
        if sel.any():
            label = f"{lo:.2f}-{min(hi, 1.0):.2f}"
            rows.append(
                (label, int(sel.sum()), float(conf[sel].mean()), float(correct[sel].mean()))
            )
    return rows


def expected_calibration_error(table: list[tuple[str, int, float, float]]) -> float:
    total = sum(n for _, n, _, _ in table)
    return sum(n * abs(c - a) for _, n, c, a in table) / max(1, total)


def evaluate(model: DocTypeModel, examples: list[Example], taxonomy: Taxonomy) -> Evaluation:
    classes = model.classes
    page, doc = predict(model, examples, taxonomy)
    truth = np.array([e.label for e in examples])
    first = np.array([e.first_page for e in examples])
    pred_page = np.array([classes[i] for i in page.argmax(axis=1)])
    pred_all = np.array([classes[i] for i in doc.argmax(axis=1)])
    labels = sorted(set(truth))
    _, _, f1_first, _ = precision_recall_fscore_support(
        truth[first], pred_page[first], labels=labels, zero_division=0
    )
    cont = ~first
    _, _, f1_cont, _ = precision_recall_fscore_support(
        truth[cont], pred_page[cont], labels=labels, zero_division=0
    )
    p, r, f1, n = precision_recall_fscore_support(truth, pred_all, labels=labels, zero_division=0)
    reliability = reliability_table(doc.max(axis=1), pred_all == truth)
    page_reliability = reliability_table(page.max(axis=1), pred_page == truth)
    return Evaluation(
        classes=labels,
        first_f1=float(np.mean(f1_first)),
        all_f1=float(np.mean(f1)),
        continuation_f1=float(np.mean(f1_cont)),
        per_type=[
            (labels[i], float(p[i]), float(r[i]), float(f1[i]), int(n[i]))
            for i in range(len(labels))
        ],
        confusion=confusion_matrix(truth, pred_all, labels=labels),
        reliability=reliability,
        page_reliability=page_reliability,
        pages=len(examples),
        documents=len({e.document for e in examples}),
    )


def report(ev: Evaluation, model: DocTypeModel, held_out: str) -> str:
    lines = [
        f"Classifier {model.version} (trained on families {', '.join(model.trained_on)}, "
        f"temperature {model.temperature:.2f}), scored on held-out family {held_out}: "
        f"{ev.pages} pages in {ev.documents} documents.",
        "",
        f"macro-F1 first pages: {ev.first_f1:.3f}   macro-F1 all content pages: {ev.all_f1:.3f}",
        f"(continuation pages alone, without their first page: {ev.continuation_f1:.3f})",
        "",
        f"{'type':<24}{'precision':>10}{'recall':>8}{'F1':>7}{'pages':>7}",
    ]
    for name, p, r, f, n in ev.per_type:
        lines.append(f"{name:<24}{p:>10.3f}{r:>8.3f}{f:>7.3f}{n:>7}")
    for title, table in (
        ("each page on its own", ev.page_reliability),
        ("document-level confidence, the one that routes review", ev.reliability),
    ):
        ece = expected_calibration_error(table)
        lines += ["", f"Reliability ({title}; expected calibration error {ece:.3f}):"]
        lines.append(f"{'confidence':<12}{'pages':>7}{'mean conf':>11}{'accuracy':>10}")
        for label, n, c, a in table:
            lines.append(f"{label:<12}{n:>7}{c:>11.3f}{a:>10.3f}")
    lines += ["", "Confusion matrix (rows: truth, columns: predicted; abbreviated names):"]
    abbrev = [c[:4] for c in ev.classes]
    lines.append(" " * 24 + "".join(f"{a:>5}" for a in abbrev))
    for name, row in zip(ev.classes, ev.confusion, strict=True):
        lines.append(f"{name:<24}" + "".join(f"{v if v else '.':>5}" for v in row))
    return "\n".join(lines)


def confusion_png(ev: Evaluation, path: Path) -> None:
    """A heat map of the confusion matrix, drawn with Pillow (no plotting library needed)."""
    n = len(ev.classes)
    cell, left, top = 28, 190, 190
    img = Image.new("RGB", (left + n * cell + 20, top + n * cell + 20), "white")
    d = ImageDraw.Draw(img)
    font = ImageFont.load_default()
    rows = ev.confusion.sum(axis=1, keepdims=True).clip(min=1)
    share = ev.confusion / rows
    for i in range(n):
        d.text((5, top + i * cell + 8), ev.classes[i][:26], fill="black", font=font)
        label = Image.new("RGB", (180, 14), "white")
        ImageDraw.Draw(label).text((0, 0), ev.classes[i][:26], fill="black", font=font)
        img.paste(label.rotate(90, expand=True), (left + i * cell + 7, 5))
        for j in range(n):
            v = share[i, j]
            shade = int(255 - 200 * v)
            color = (shade, shade, 255) if i == j else (255, shade, shade)
            box = [
                left + j * cell,
                top + i * cell,
                left + (j + 1) * cell - 1,
                top + (i + 1) * cell - 1,
            ]
            d.rectangle(box, fill=color, outline=(220, 220, 220))
            if ev.confusion[i, j]:
                d.text((box[0] + 4, box[1] + 8), str(ev.confusion[i, j]), fill="black", font=font)
    path.parent.mkdir(parents=True, exist_ok=True)
    img.save(path)
