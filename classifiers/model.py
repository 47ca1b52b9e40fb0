"""The document-type model: word and character n-grams (character n-grams survive OCR slips) into
a multinomial logistic regression, with a temperature fitted on families the model did not train
on, so that a confidence of 0.9 means about 9 in 10 right on wording it has never seen. The
site's title words (config/document_types.yaml) back it up as one more piece of evidence."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import joblib
import numpy as np
from scipy.optimize import minimize_scalar
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from classifiers.corpus import Example

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = MODEL_DIR / "doctype.joblib"
# How strongly a title line that matches the site's title words counts (a likelihood ratio).
TITLE_EVIDENCE = 6.0
# Fewer words than this and a text is too short to know what it is (see familiarity).
FAMILIAR_MIN_WORDS = 20
_WORD = re.compile(r"(?u)\b[a-zA-Z][a-zA-Z]+\b")  # the word features' own token pattern


def _features() -> FeatureUnion:
    return FeatureUnion(
        [
            (
                "words",
                TfidfVectorizer(
                    lowercase=True,
                    ngram_range=(1, 2),
                    min_df=2,
                    max_features=12000,
                    sublinear_tf=True,
                    token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z]+\b",
                    dtype=np.float32,
                ),
            ),
            (
                "chars",
                TfidfVectorizer(
                    lowercase=True,
                    analyzer="char_wb",
                    ngram_range=(3, 5),
                    min_df=3,
                    max_features=24000,
                    sublinear_tf=True,
                    dtype=np.float32,
                ),
            ),
        ]
    )


def _pipeline() -> Pipeline:
    return Pipeline([("features", _features()), ("lr", LogisticRegression(C=4.0, max_iter=3000))])


def _strip(pipe: Pipeline) -> Pipeline:
    """Drop what prediction does not need (sklearn documents stop_words_ as safe to delete)."""
    for _, vec in pipe.named_steps["features"].transformer_list:
        if hasattr(vec, "stop_words_"):
            vec.stop_words_ = None
    lr = pipe.named_steps["lr"]
    lr.coef_ = lr.coef_.astype(np.float32)
    return pipe


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    def nll(t: float) -> float:
        p = _softmax(logits / t)
        return float(-np.mean(np.log(p[np.arange(len(labels)), labels] + 1e-12)))

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


@dataclass
class DocTypeModel:
    pipe: Pipeline
    temperature: float
    version: str
    data_hash: str
    trained_on: list[str]

    @property
    def classes(self) -> list[str]:
        return list(self.pipe.named_steps["lr"].classes_)

    # -- training ------------------------------------------------------------------------------
    @classmethod
    def train(cls, examples: list[Example], version: str, data_hash: str) -> DocTypeModel:
        """Fit on all examples; fit the temperature on out-of-family predictions (each family
        predicted by a model trained on the others), which is the shift we care about."""
        families = sorted({e.family for e in examples if e.family != "reviewed"})
        texts = np.array([e.text for e in examples], dtype=object)
        labels = np.array([e.label for e in examples])
        fams = np.array([e.family for e in examples])
        final = _strip(_pipeline().fit(texts, labels))
        classes = list(final.named_steps["lr"].classes_)
        temperature = 1.0
        if len(families) >= 2:
            logits, truth = [], []
            for held in families:
                train, test = fams != held, fams == held
                fold = _pipeline().fit(texts[train], labels[train])
                fold_classes = list(fold.named_steps["lr"].classes_)
                z = np.full((test.sum(), len(classes)), -30.0)
                z[:, [classes.index(c) for c in fold_classes]] = fold.decision_function(texts[test])
                logits.append(z)
                truth += [classes.index(lbl) for lbl in labels[test]]
            temperature = fit_temperature(np.vstack(logits), np.array(truth))
        return cls(final, temperature, version, data_hash, families)

    # -- prediction ----------------------------------------------------------------------------
    def page_probabilities(
        self, texts: list[str], title_types: list[str | None] | None = None
    ) -> np.ndarray:
        """One calibrated distribution over types per page; a title the site's taxonomy
        recognises multiplies its type's odds by TITLE_EVIDENCE."""
        if not texts:
            return np.zeros((0, len(self.classes)))
        probs = _softmax(self.pipe.decision_function(texts) / self.temperature)
        if title_types:
            classes = self.classes
            for i, t in enumerate(title_types):
                if t in classes:
                    probs[i, classes.index(t)] *= TITLE_EVIDENCE
            probs /= probs.sum(axis=1, keepdims=True)
        return probs

    def document_probabilities(self, page_probs: np.ndarray, first: list[bool]) -> np.ndarray:
        """One answer for a document: a weighted geometric mean of its pages' distributions,
        the first page (with the title) counting double."""
        w = np.array([2.0 if f else 1.0 for f in first])[:, None]
        logp = (np.log(page_probs + 1e-9) * w).sum(axis=0) / w.sum()
        p = np.exp(logp - logp.max())
        return p / p.sum()

    def familiarity(self, texts: list[str]) -> float:
        """How much of this text the model has seen: the share of its words in the model's
        vocabulary, shrunk for texts too short to judge (handwriting, a blank form). A type
        confidence is never allowed above it, so a page unlike anything trained on cannot
        reach near-certainty however its few familiar words vote."""
        vocab = self.pipe.named_steps["features"].transformer_list[0][1].vocabulary_
        tokens = [t for text in texts for t in _WORD.findall(text.lower())]
        if not tokens:
            return 0.0
        known = sum(t in vocab for t in tokens) / len(tokens)
        return known * min(1.0, len(tokens) / FAMILIAR_MIN_WORDS)

    def top(self, probs: np.ndarray, n: int = 3) -> list[tuple[str, float]]:
        order = np.argsort(-probs)[:n]
        return [(self.classes[i], round(float(probs[i]), 4)) for i in order]

    # -- persistence ---------------------------------------------------------------------------
    def save(self, path: Path = MODEL_FILE) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(
            {
                "pipe": self.pipe,
                "temperature": self.temperature,
                "version": self.version,
                "data_hash": self.data_hash,
                "trained_on": self.trained_on,
            },
            path,
            compress=3,
        )
        meta = {
            "version": self.version,
            "data_hash": self.data_hash,
            "trained_on": self.trained_on,
            "temperature": round(self.temperature, 4),
            "classes": self.classes,
        }
        path.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n")

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> DocTypeModel:
        d = joblib.load(path)
        return cls(d["pipe"], d["temperature"], d["version"], d["data_hash"], d["trained_on"])
