"""`digitize classifier train` and `digitize classifier evaluate`."""

from __future__ import annotations

from pathlib import Path

from classifiers import corpus
from classifiers.evaluate import confusion_png, evaluate, report
from classifiers.model import MODEL_DIR, MODEL_FILE, DocTypeModel
from classifiers.taxonomy import Taxonomy
from config import __version__

TRAIN_FAMILIES = tuple(f for f in corpus.FAMILIES if f != corpus.HELD_OUT)
TRAIN_DOCS_PER_TYPE, TRAIN_SEED = 60, 20261125
EVAL_DOCS_PER_TYPE, EVAL_SEED = 30, 424242


def training_examples(include_reviewed: Path | None = None) -> list[corpus.Example]:
    examples = corpus.build(TRAIN_FAMILIES, TRAIN_DOCS_PER_TYPE, TRAIN_SEED)
    if include_reviewed:
        examples += corpus.load_reviewed(include_reviewed)
    return examples


def train(out: Path = MODEL_FILE, include_reviewed: Path | None = None) -> DocTypeModel:
    """Deterministic: the same data gives the same model and the same version string."""
    examples = training_examples(include_reviewed)
    digest = corpus.data_hash(examples)
    taxonomy = Taxonomy.load()
    unknown = sorted({e.label for e in examples} - set(taxonomy.types))
    if unknown:
        raise ValueError(f"training labels not in the taxonomy: {', '.join(unknown)}")
    model = DocTypeModel.train(examples, f"doctype-{__version__}-{digest[:10]}", digest)
    model.save(out)
    return model


def held_out_examples() -> list[corpus.Example]:
    return corpus.build((corpus.HELD_OUT,), EVAL_DOCS_PER_TYPE, EVAL_SEED)


def evaluate_shipped(model_path: Path = MODEL_FILE, png: Path | None = None) -> tuple[str, object]:
    model = DocTypeModel.load(model_path)
    ev = evaluate(model, held_out_examples(), Taxonomy.load())
    text = report(ev, model, corpus.HELD_OUT)
    confusion_png(ev, png or MODEL_DIR / "confusion.png")
    return text, ev
