"""The document-type model: word unigrams and bigrams, common English function words left out,
into a linear SVM (one class against the rest), with a temperature fitted on sources the model
did not train on. Function words are left out because they mark style, not type: real dictated
prose and made-up templates differ in them, and a model that learns them learns which source a
text came from. Texts are hashed (stateless), so a corpus is turned into features once and every
leave-one-source-out fold reuses them; each fit then keeps the columns its own training pages
use. (Character n-grams were tried: no better on held-out sources, three times slower.)
The model also carries its calibration records: how sure each fold model was on documents of a
source it never saw, and whether it was right. Review routing (classifiers/routing.py) picks
its thresholds from them, so the auto-file error rate is bounded on unseen sources rather than
trusting the probabilities. The site's title words back the model up as one more piece of
evidence.

Tried and rejected (2026-12-01): scoring each type without its 3 strongest words or word pairs,
so that a type resting on a word or two ("Consultant" on a ward-round sheet, a VA "Consult
Request") loses its lead. Held out at the 2% target it filed more real text (MTSamples 68.4% at
2.1% wrong, ACI-Bench 55.1%, PriMock57 31.6%), but the reserved note_examples went from 1 wrong
of 38 to 3 of 39: with the trap errors discounted the consultation threshold fell, and C-CDA
documents (a progress note, a transfer summary, a referral note) typed as consultations at
0.78-0.93 were filed. Taking the lower of the two confidences did the same (3 of 38).
Also tried: a page temperature that grows or shrinks with the page's length, fitted on the folds
like the scalar one. The fit found little (0.17 at 20 words, 0.21 at 800, against 0.19), in the
direction that makes long notes less sure; held out, ACI-Bench filed 21.7% instead of 35.3%
(both with the model of fcb8c4c).
Also tried (with the model of f64478b11f, a scratch re-scoring of the folds' logits): a scale and
an offset per type (vector scaling) instead of the one temperature, fitted on the folds' pages
like it. Fitted on all of them, ACI-Bench filed 29.9% instead of 43.0% and note_examples went
from 1 wrong of 40 to 4 of 39; fitted without the source being scored, PriMock57 filed 3.5%.
Fifty more numbers fitted on the same pages learn the written families' habits, not real text's."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import joblib
import numpy as np
import scipy.sparse as sp
from scipy.optimize import minimize_scalar
from sklearn.feature_extraction.text import (
    ENGLISH_STOP_WORDS,
    CountVectorizer,
    HashingVectorizer,
)
from sklearn.preprocessing import normalize
from sklearn.svm import LinearSVC

from classifiers import routing

MODEL_DIR = Path(__file__).resolve().parent / "model"
MODEL_FILE = MODEL_DIR / "doctype.joblib"
# How strongly a title line that matches the site's title words counts (a likelihood ratio).
TITLE_EVIDENCE = 6.0
# Fewer words than this and a text is too short to know what it is (see familiarity).
FAMILIAR_MIN_WORDS = 20
# A page with fewer words than this votes on its document's type in proportion to its words:
# a signature page or the last lines of a note follow their first page.
SHORT_PAGE_WORDS = 60
_WORD = re.compile(r"(?u)\b[a-zA-Z][a-zA-Z]+\b")  # the word features' own token pattern
_BITS, _MAX_FEATURES, _MIN_DF = 20, 20_000, 2
C_REGULARISATION = 0.5

_WORDS = HashingVectorizer(
    lowercase=True,
    ngram_range=(1, 2),
    token_pattern=_WORD.pattern,
    stop_words=sorted(ENGLISH_STOP_WORDS),
    n_features=2**_BITS,
    alternate_sign=False,
    norm=None,
    dtype=np.float32,
)


def vectorise(texts: list[str]) -> sp.csr_matrix:
    """Raw hashed counts: no state, the same for every fit."""
    return _WORDS.transform(texts).tocsr()


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


@dataclass
class Features:
    """The columns one fit keeps (the most common, seen in enough pages) and their idf."""

    keep: np.ndarray
    idf: np.ndarray

    @classmethod
    def fit(cls, raw: sp.csr_matrix) -> Features:
        n = raw.shape[0]
        df = np.asarray((raw > 0).sum(axis=0)).ravel()
        cols = np.flatnonzero(df >= _MIN_DF)
        # Most frequent first; ties by column, so the choice is deterministic.
        keep = np.sort(cols[np.lexsort((cols, -df[cols]))[:_MAX_FEATURES]]).astype(np.int64)
        idf = (np.log((1 + n) / (1 + df[keep])) + 1).astype(np.float32)
        return cls(keep, idf)

    def transform(self, raw: sp.csr_matrix) -> sp.csr_matrix:
        x = raw[:, self.keep].tocsr().astype(np.float32)
        x.data = 1 + np.log(x.data)  # sublinear term frequency
        x = x.multiply(self.idf).tocsr()
        return normalize(x)


@dataclass
class Fit:
    """One fitted classifier: features, regression, and the classes it knows."""

    features: Features
    lr: LinearSVC

    @classmethod
    def on(cls, raw: sp.csr_matrix, labels: np.ndarray, weights: np.ndarray) -> Fit:
        """A linear SVM, one class against the rest: as accurate here as a logistic
        regression and several times faster to fit, which the leave-one-source-out folds need.
        Its margins become probabilities through the temperature fitted on unseen sources.
        The folds are fitted one after another, not in threads: liblinear lets go of the GIL,
        but fits running at once in one process came out different in the fifth decimal
        (scikit-learn 1.9.1, 2026-12-01), and a model must not depend on thread timing."""
        features = Features.fit(raw)
        lr = LinearSVC(C=C_REGULARISATION, max_iter=5000, random_state=0)
        lr.fit(features.transform(raw), labels, sample_weight=weights)
        lr.coef_ = lr.coef_.astype(np.float32)
        return cls(features, lr)

    @property
    def classes(self) -> list[str]:
        return list(self.lr.classes_)

    def logits(self, raw: sp.csr_matrix, classes: list[str]) -> np.ndarray:
        """Decision values in the order of `classes`; a class this fit never saw gets -30."""
        z = np.full((raw.shape[0], len(classes)), -30.0)
        if raw.shape[0]:
            z[:, [classes.index(c) for c in self.classes]] = self.lr.decision_function(
                self.features.transform(raw)
            )
        return z


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit_temperature(logits: np.ndarray, labels: np.ndarray) -> float:
    def nll(t: float) -> float:
        p = softmax(logits / t)
        return float(-np.mean(np.log(p[np.arange(len(labels)), labels] + 1e-12)))

    return float(minimize_scalar(nll, bounds=(0.05, 20.0), method="bounded").x)


def with_titles(probs: np.ndarray, classes: list[str], title_types) -> np.ndarray:
    """A title the site's taxonomy recognises multiplies its type's odds by TITLE_EVIDENCE."""
    if title_types:
        probs = probs.copy()
        for i, t in enumerate(title_types):
            if t in classes:
                probs[i, classes.index(t)] *= TITLE_EVIDENCE
        probs /= probs.sum(axis=1, keepdims=True)
    return probs


def combine_pages(page_probs: np.ndarray, first: list[bool], words: list[int]) -> np.ndarray:
    """One answer for a document: a weighted geometric mean of its pages' distributions. The
    first page (with the title) counts double; a page of a few lines counts for little."""
    w = np.array(
        [
            (2.0 if f else 1.0) * max(0.1, min(1.0, n / SHORT_PAGE_WORDS))
            for f, n in zip(first, words, strict=True)
        ]
    )[:, None]
    logp = (np.log(page_probs + 1e-9) * w).sum(axis=0) / w.sum()
    p = np.exp(logp - logp.max())
    return p / p.sum()


@dataclass
class DocTypeModel:
    fit: Fit
    temperature: float
    version: str
    data_hash: str
    trained_on: list[str]
    vocabulary: frozenset[str]  # words seen in at least two training pages (familiarity)
    # One row per document of a source scored by a model that never trained on it:
    # (source, predicted type, confidence, familiarity, right). Routing is chosen from these.
    calibration: list[tuple[str, str, float, float, bool]] = field(default_factory=list)
    # What the leave-one-source-out evaluation measured at training time (see evaluate.py).
    held_out: dict = field(default_factory=dict)
    # acceptance[k, t]: how often filing as type k is right for a text of type t, measured on
    # the training labels (estimate_acceptance); the confidence in a type counts it.
    acceptance: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    _cache: dict = field(default_factory=dict, repr=False, compare=False)  # routes

    def routing(self, target: float, min_familiarity: float) -> routing.Routing:
        """Review routing for an error target, chosen from the calibration records."""
        key = (target, min_familiarity)
        if key not in self._cache:
            records = [routing.Record(*r) for r in self.calibration]
            self._cache[key] = routing.choose(records, target, min_familiarity)
        return self._cache[key]

    @property
    def classes(self) -> list[str]:
        return self.fit.classes

    # -- prediction ----------------------------------------------------------------------------
    def page_probabilities(
        self, texts: list[str], title_types: list[str | None] | None = None
    ) -> np.ndarray:
        """One calibrated distribution over types per page."""
        if not texts:
            return np.zeros((0, len(self.classes)))
        probs = softmax(self.fit.logits(vectorise(texts), self.classes) / self.temperature)
        return with_titles(probs, self.classes, title_types)

    def judge(
        self, page_probs: np.ndarray, texts: list[str], first: list[bool], titled: bool
    ) -> Judgement:
        return judge_document(page_probs, texts, first, titled, self.vocabulary, self.acceptance)

    def familiarity(self, texts: list[str]) -> float:
        """How much of this text the model has seen: the share of its words in the training
        vocabulary, shrunk for texts too short to judge (handwriting, a blank form)."""
        return familiarity(self.vocabulary, texts)

    def top(self, probs: np.ndarray, n: int = 3) -> list[tuple[str, float]]:
        order = np.argsort(-probs)[:n]
        return [(self.classes[i], round(float(probs[i]), 4)) for i in order]

    # -- persistence ---------------------------------------------------------------------------
    def save(self, path: Path = MODEL_FILE) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        joblib.dump(
            {
                "fit": self.fit,
                "temperature": self.temperature,
                "version": self.version,
                "data_hash": self.data_hash,
                "trained_on": self.trained_on,
                "vocabulary": sorted(self.vocabulary),
                "calibration": self.calibration,
                "held_out": self.held_out,
                "acceptance": self.acceptance,
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
            "held_out": self.held_out,
            "accepted": accepted_shares(self.classes, self.acceptance),
        }
        path.with_suffix(".json").write_text(json.dumps(meta, indent=1) + "\n")

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> DocTypeModel:
        d = joblib.load(path)
        if not isinstance(d, dict) or "fit" not in d or "acceptance" not in d:
            raise ValueError(f"{path.name} is a model from an earlier version: retrain it")
        return cls(
            d["fit"],
            d["temperature"],
            d["version"],
            d["data_hash"],
            d["trained_on"],
            frozenset(d["vocabulary"]),
            [tuple(r) for r in d["calibration"]],
            d["held_out"],
            np.asarray(d["acceptance"]),
        )


# A page disagrees strongly with its document when it is this sure of another type.
DISAGREE_SURE, DISAGREE_DOC_TYPE = 0.9, 0.05


def pages_disagree(
    page_probs: np.ndarray,
    words: list[int],
    doc_type: int,
    acceptance: np.ndarray | None = None,
) -> bool:
    """Is a page long enough to judge sure its document is another kind of document (one the
    type chosen would be wrong for)?"""
    right = page_probs if acceptance is None else page_probs @ acceptance.T
    return any(
        n >= SHORT_PAGE_WORDS and row.max() >= DISAGREE_SURE and ok[doc_type] < DISAGREE_DOC_TYPE
        for row, ok, n in zip(page_probs, right, words, strict=True)
    )


@dataclass(frozen=True)
class Judgement:
    """One document's type, judged from its pages together."""

    type_index: int
    probabilities: np.ndarray
    confidence: float  # the probability that the type chosen is one the department accepts
    familiarity: float  # 1.0 where a page carries a title the site's taxonomy knows
    disagree: bool  # a full page sure of another type: review


def estimate_acceptance(
    classes: list[str], taught: Iterable[tuple[Iterable[str], Iterable[str], float]]
) -> np.ndarray:
    """m[k, t]: of the training pages taught as type t (weighted as the fit weighs them), the
    share a records department accepts filed as type k. `taught` holds, per page, the types it
    is taught as, the types accepted for it (its own type, labels.yaml `also` and `everywhere`)
    and its weight. Measured rather than set by hand, because what the model calls a consult
    is partly visit notes (taught as either) that a progress note is right for, and partly
    consultations it is wrong for: a 0/1 table cannot say that, the training labels can."""
    index = {c: i for i, c in enumerate(classes)}
    num = np.zeros((len(classes), len(classes)))
    den = np.zeros(len(classes))
    for types, accepted, weight in taught:
        types = [index[t] for t in types if t in index]
        ok = [index[k] for k in set(accepted) if k in index]
        for t in types:
            den[t] += weight / len(types)
            num[ok, t] += weight / len(types)
    m = np.divide(num, den, out=np.zeros_like(num), where=den > 0)
    np.fill_diagonal(m, 1.0)  # a type is always right for itself
    return m


def accepted_shares(classes: list[str], acceptance: np.ndarray) -> dict[str, dict[str, float]]:
    """The off-diagonal acceptance, readable: type -> {type filed: share right}."""
    return {
        t: {
            k: round(float(acceptance[i, j]), 3)
            for i, k in enumerate(classes)
            if acceptance[i, j] > 0 and i != j
        }
        for j, t in enumerate(classes)
        if (acceptance[:, j] > 0).sum() > 1
    }


def choose(dist: np.ndarray, acceptance: np.ndarray | None) -> tuple[int, float]:
    """The most probable type, and how likely it is to be right: the probability of each type
    times how often filing as the chosen one is right for it (estimate_acceptance). A consult
    the model cannot tell from an H&P is right filed as either, so the H&P's share counts for
    the consult. The type is never switched to a broader one to gain confidence: a document
    keeps its most probable type, and doubt goes to review."""
    k = int(dist.argmax())
    right = dist[k] if acceptance is None else acceptance[k] @ dist
    return k, float(min(1.0, right))


def judge_document(
    page_probs: np.ndarray,
    texts: list[str],
    first: list[bool],
    titled: bool,
    vocabulary: frozenset[str],
    acceptance: np.ndarray | None = None,
) -> Judgement:
    """The one definition of how a document is judged, used by the pipeline and by the
    leave-one-source-out evaluation alike, so the figures measure what is filed."""
    words = [word_count(t) for t in texts]
    dist = combine_pages(page_probs, first, words)
    k, confidence = choose(dist, acceptance)
    known = 1.0 if titled else familiarity(vocabulary, texts)
    return Judgement(k, dist, confidence, known, pages_disagree(page_probs, words, k, acceptance))


def familiarity(vocabulary: frozenset[str], texts: list[str]) -> float:
    tokens = [t for text in texts for t in _WORD.findall(text.lower())]
    if not tokens:
        return 0.0
    known = sum(t in vocabulary for t in tokens) / len(tokens)
    return known * min(1.0, len(tokens) / FAMILIAR_MIN_WORDS)


class PageWords:
    """Which pages of a corpus hold which words, tokenised once: the vocabulary of a fold (the
    words in at least two of its training pages) is then a column sum, not another pass over
    every page's text (that pass was a third of the leave-one-source-out run)."""

    def __init__(self, texts: list[str]):
        words = CountVectorizer(lowercase=True, token_pattern=_WORD.pattern, binary=True)
        self._pages = words.fit_transform(texts).tocsr()
        self._words = words.get_feature_names_out()

    def vocabulary(self, rows: np.ndarray) -> frozenset[str]:
        seen = np.asarray(self._pages[rows].sum(axis=0)).ravel()
        return frozenset(self._words[seen >= 2].tolist())
