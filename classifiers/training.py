"""`digitize classifier train` and `digitize classifier evaluate`: leave-one-source-out.

Every source that is scored is, in turn, left out; a model trained on the others predicts its
documents. Those out-of-source predictions fit the temperature and become the calibration
records review routing chooses its threshold from. The shipped model is then trained on every
source that is not reserved; the reserved sources are scored by it and never trained or tuned
on. Reviewers' corrections (--include-reviewed) join every fold's training set with a higher
weight, and a model whose held-out auto-file error is worse than the one it replaces is refused.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

import numpy as np

from classifiers import corpus, evaluate, sources
from classifiers.model import (
    MODEL_FILE,
    DocTypeModel,
    Fit,
    PageWords,
    estimate_acceptance,
    fit_temperature,
    judge_document,
    softmax,
    vectorise,
    with_titles,
)
from classifiers.taxonomy import Taxonomy
from config import __version__
from config.settings import load_settings

WRITTEN_DOCS_PER_TYPE, WRITTEN_SEED = 25, 1
PROJECT_DOCS_PER_TYPE, PROJECT_SEED = 30, 20261125
PAGE_SEED = 20261130
RESULTS_SEED = 20261201  # which documents get a copy with results (corpus.with_results)
SHARED_WEIGHT = 0.5  # a document and its copy with results share one document's weight
REVIEWED = "reviewed"
REVIEWED_WEIGHT = 3.0  # a reviewer's decision on the site's own paper counts above made-up text
# The slip rate of each page, drawn per document: most pages of typed reports OCR cleanly.
SLIP_RATES = (0.0, 0.0, 0.0, 0.01, 0.03, 0.08)
# A new model may not be worse than the one it replaces by more than this (rounding noise).
WORSE_BY = 0.001
SITE_SEED = 7  # which of a source's documents a simulated site has reviewed (evaluate --site)


def _table(results: list[evaluate.DocResult]) -> evaluate.Table:
    """The table for the site's own routing settings (review.type_error_target, ...)."""
    review = load_settings().review
    return evaluate.loso_table(results, review.type_error_target, review.min_familiarity)


class ModelRefused(ValueError):
    """The new model's held-out auto-file error is worse than the current model's."""


@dataclass
class Corpus:
    """Every page of every source, featurised once."""

    examples: list[corpus.Example]
    raw: object  # scipy sparse matrix, one row per example
    weights: np.ndarray

    def scored(self, name: str) -> np.ndarray:
        """The pages of a source that are scored: its own documents, not training copies."""
        return np.array([e.family == name and not e.taught_only for e in self.examples])

    @cached_property
    def words(self) -> PageWords:
        return PageWords([e.text for e in self.examples])


def source_pages(name: str) -> list[corpus.Example]:
    per_type, seed = (
        (PROJECT_DOCS_PER_TYPE, PROJECT_SEED)
        if sources.SOURCES[name].kind == "project"
        else (WRITTEN_DOCS_PER_TYPE, WRITTEN_SEED)
    )
    rng = random.Random(f"{PAGE_SEED}-{name}")
    docs = sources.load(name, per_type, seed)
    pairs = []  # a reserved source is never trained on, so it gets no training copies
    if not sources.reserved(name):
        pairs = corpus.with_results(docs, random.Random(f"{RESULTS_SEED}-{name}"))
    copied = {corpus.document_id(original) for original, _ in pairs}
    pages: list[corpus.Example] = []
    for doc in docs:
        weight = SHARED_WEIGHT if corpus.document_id(doc) in copied else 1.0
        pages += corpus.paginate(doc, rng, rng.choice(SLIP_RATES), weight=weight)
    for _, copy in pairs:
        pages += corpus.paginate(
            copy, rng, rng.choice(SLIP_RATES), taught_only=True, weight=SHARED_WEIGHT
        )
    return pages


def all_examples(include_reviewed: Path | None = None) -> list[corpus.Example]:
    examples: list[corpus.Example] = []
    for name in sources.SOURCES:
        examples += source_pages(name)
    if include_reviewed:
        examples += corpus.load_reviewed(include_reviewed)
    return examples


def page_weights(examples: list[corpus.Example]) -> np.ndarray:
    """Each page's training weight: a reviewer's page above made-up text, a document and its
    copy with results sharing one (corpus.with_results)."""
    return np.array([REVIEWED_WEIGHT if e.family == REVIEWED else e.weight for e in examples])


def gather(include_reviewed: Path | None = None) -> Corpus:
    examples = all_examples(include_reviewed)
    return Corpus(examples, vectorise([e.text for e in examples]), page_weights(examples))


def trainable(c: Corpus) -> set[str]:
    names = {e.family for e in c.examples}
    return {n for n in names if n == REVIEWED or not sources.SOURCES[n].reserved}


def trained_digest(c: Corpus, names: set[str]) -> str:
    """The SHA-256 of what a model trained on this corpus learns from (the pages of `names`,
    trainable(c)): its version names it, and `evaluate` compares it with the shipped model's
    to say when that model is stale."""
    return corpus.data_hash([e for e in c.examples if e.family in names])


def scored_in_folds() -> list[str]:
    return [n for n, s in sources.SOURCES.items() if s.scored and not s.reserved]


@dataclass
class Scored:
    """One source's documents as a model that never trained on it saw them."""

    source: str
    examples: list[corpus.Example]
    page_logits: np.ndarray
    vocabulary: frozenset[str]
    acceptance: np.ndarray  # of the model that scored it (estimate_acceptance)


@dataclass
class Trained:
    """A fit with what goes with it: the words it has seen (familiarity) and how often each
    type filed is right for each type it predicts, over `classes` (estimate_acceptance)."""

    fit: Fit
    vocabulary: frozenset[str]
    acceptance: np.ndarray


def fit_on(c: Corpus, names: set[str], classes: list[str]) -> Trained:
    """A page the label table teaches as several types (a visit note: progress or consult) is
    taught as each of them, its weight shared: the model learns that such text is ambiguous
    and says so in its confidence, instead of learning one source's habit as the truth."""
    rows, labels, weights, taught = [], [], [], []
    for i, e in enumerate(c.examples):
        if e.family in names:
            types = sorted({e.label, *e.teach})
            rows += [i] * len(types)
            labels += types
            weights += [c.weights[i] / len(types)] * len(types)
            taught.append((types, {e.label, *e.accept}, c.weights[i]))
    fit = Fit.on(c.raw[np.array(rows)], np.array(labels), np.array(weights))
    vocab = c.words.vocabulary(np.unique(rows))
    return Trained(fit, vocab, estimate_acceptance(classes, taught))


def folds(c: Corpus, classes: list[str]) -> list[Scored]:
    """Each scored, non-reserved source predicted by a model trained on the other sources."""
    out = []
    train = trainable(c)
    for held in scored_in_folds():
        t = fit_on(c, train - {held}, classes)
        sel = c.scored(held)
        ex = [e for e, s in zip(c.examples, sel, strict=True) if s]
        out.append(Scored(held, ex, t.fit.logits(c.raw[sel], classes), t.vocabulary, t.acceptance))
    return out


def documents(
    scored: Scored, temperature: float, taxonomy: Taxonomy, classes: list[str]
) -> list[evaluate.DocResult]:
    """Pages -> documents, exactly as the pipeline combines them."""
    texts = [e.text for e in scored.examples]
    page = with_titles(
        softmax(scored.page_logits / temperature), classes, [taxonomy.title_of(t) for t in texts]
    )
    by_doc: dict[str, list[int]] = {}
    for i, e in enumerate(scored.examples):
        by_doc.setdefault(e.document, []).append(i)
    out = []
    for doc_id, idx in by_doc.items():
        ex = [scored.examples[i] for i in idx]
        titled = any(taxonomy.title_of(e.text) for e in ex)
        j = judge_document(
            page[idx],
            [e.text for e in ex],
            [e.first_page for e in ex],
            titled,
            scored.vocabulary,
            scored.acceptance,
        )
        k = j.type_index
        out.append(
            evaluate.DocResult(
                source=scored.source,
                document=doc_id,
                label=ex[0].label,
                accept=ex[0].accept,
                predicted=classes[k],
                confidence=j.confidence,
                familiarity=j.familiarity,
                disagree=j.disagree,
                page_right=[
                    e.right(classes[int(p.argmax())]) for e, p in zip(ex, page[idx], strict=True)
                ],
                first=[e.first_page for e in ex],
            )
        )
    return out


def run(c: Corpus, taxonomy: Taxonomy, with_final: bool = True):
    """Folds, temperature, calibration records and (optionally) the final fit."""
    names = trainable(c)
    labels = sorted({t for e in c.examples if e.family in names for t in (e.label, *e.teach)})
    scored = folds(c, labels)
    logits = np.vstack([s.page_logits for s in scored])
    truth = np.array([labels.index(e.label) for s in scored for e in s.examples])
    temperature = fit_temperature(logits, truth)
    results = [d for s in scored for d in documents(s, temperature, taxonomy, labels)]
    final = None
    if with_final:
        final = fit_on(c, names, labels)
        for name, s in sources.SOURCES.items():
            if s.reserved and s.scored:
                sel = c.scored(name)
                ex = [e for e, k in zip(c.examples, sel, strict=True) if k]
                logits = final.fit.logits(c.raw[sel], labels)
                res = Scored(name, ex, logits, final.vocabulary, final.acceptance)
                results += documents(res, temperature, taxonomy, labels)
    return labels, temperature, results, final


def train(
    out: Path = MODEL_FILE,
    include_reviewed: Path | None = None,
    replaces: Path | None = None,
) -> tuple[DocTypeModel, evaluate.Table]:
    """Deterministic: the same data gives the same model and the same version string."""
    taxonomy = Taxonomy.load()
    c = gather(include_reviewed)
    unknown = sorted({e.label for e in c.examples} - set(taxonomy.types))
    if unknown:
        raise ValueError(f"training labels not in the taxonomy: {', '.join(unknown)}")
    names = trainable(c)  # once, not once per page
    digest = trained_digest(c, names)
    labels, temperature, results, final = run(c, taxonomy)
    table = _table(results)
    model = DocTypeModel(
        fit=final.fit,
        temperature=temperature,
        version=f"doctype-{__version__}-{digest[:10]}",
        data_hash=digest,
        trained_on=sorted(names),
        vocabulary=final.vocabulary,
        calibration=[r.record() for r in results if not sources.reserved(r.source)],
        held_out=table.summary(),
        acceptance=final.acceptance,
    )
    if replaces is not None and replaces.exists():
        try:
            old_figures = DocTypeModel.load(replaces).held_out
        except ValueError:  # an earlier version's model: nothing measured to compare with
            old_figures = {}
        worse = evaluate.worse_than(table.summary(), old_figures, WORSE_BY)
        if worse:
            raise ModelRefused(worse)
    model.save(out)
    return model, table


def as_site(c: Corpus, source: str, taught: int) -> Corpus:
    """The corpus as a site would have it that has reviewed `taught` documents of its own paper
    (`source`, drawn with SITE_SEED): their pages become reviewers' corrections, as
    `digitize labels` exports them (one type each, the type-level acceptance only, weighted as
    reviewers' pages are), and only the rest of the source is scored. It measures how far the
    route the product offers, reviewers teaching the model, takes it on one kind of paper."""
    docs = sorted({e.document for e in c.examples if e.family == source})
    if not 0 < taught < len(docs):
        raise ValueError(f"--site needs between 1 and {len(docs) - 1} documents of {source}")
    random.Random(f"{SITE_SEED}-{source}").shuffle(docs)
    chosen = set(docs[:taught])
    examples = [
        replace(
            e,
            family=REVIEWED,
            teach=frozenset(),
            accept=sources.accepted_everywhere(e.label),
        )
        if e.document in chosen
        else e
        for e in c.examples
    ]
    return Corpus(examples, c.raw, page_weights(examples))


def evaluate_sources(
    include_reviewed: Path | None = None, site: list[tuple[str, int]] | None = None
) -> tuple[evaluate.Table, str]:
    """The leave-one-source-out table, computed afresh (the folds are trained again), and the
    digest of the training data as gathered (trained_digest); with `site`, the table is as a
    site's that has reviewed that many documents of each source named (as_site): a site with
    several kinds of paper reviews each of them."""
    c = gather(include_reviewed)
    digest = trained_digest(c, trainable(c))
    for source, taught in site or []:
        c = as_site(c, source, taught)
    _, _, results, _ = run(c, Taxonomy.load())
    return _table(results), digest


def cost_line(model: DocTypeModel, pages: int = 200) -> str:
    """What classifying costs a page with the shipped model (measured, not assumed)."""
    import time

    texts = [e.text for e in source_pages("project_c")[:pages]]
    model.page_probabilities(texts[:5])  # first call: imports and caches
    start = time.perf_counter()
    model.page_probabilities(texts)
    ms = (time.perf_counter() - start) * 1000 / len(texts)
    return f"classification cost with the shipped model: {ms:.2f} ms a page ({len(texts)} pages)"
