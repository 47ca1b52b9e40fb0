"""The document-type model on text it never trained on (issue 15): leave-one-source-out targets on
every real-text source, routing that bounds the auto-file error, the reserved sources, the
shipped model matching its training code, and reviewers' corrections that teach it."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest

from classifiers import corpus, evaluate, routing, sources, training
from classifiers.model import MODEL_FILE, DocTypeModel, combine_pages, pages_disagree
from tests.conftest import digitize

# What held-out text shows today (README, "Document types"): on every reserved source, real and
# written, at most 3% of auto-filed documents under a wrong type (the bar), with at
# least half of the reserved families' documents auto-filed; on every real-text source trained
# on when not held out, at most 3% wrong too. How much of the real text is auto-filed is far
# from the 65% on visit notes (ACI-Bench 43%, PriMock57 28%): guarded here
# only against falling further. The bar is not met yet: see the README.
RESERVED_MAX_WRONG, RESERVED_MIN_AUTO = 0.03, 0.5
REAL_MAX_WRONG, REAL_MIN_AUTO = 0.03, 0.2
RESERVED_REAL_MAX_WRONG = 0.03


@pytest.fixture(scope="module")
def shipped() -> DocTypeModel:
    return DocTypeModel.load()


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory):
    """`digitize classifier evaluate`, run as users run it: the folds are trained afresh."""
    out = tmp_path_factory.mktemp("eval")
    figures, png = out / "figures.json", out / "confusion.png"
    proc = digitize("classifier", "evaluate", "--json", figures, "--png", png, check=True)
    assert png.stat().st_size > 0
    return proc.stdout, json.loads(figures.read_text())


def test_held_out_sources_stay_within_their_bounds(evaluation, shipped):
    stdout, figures = evaluation
    scores = figures["before"]["sources"]
    assert "Leave-one-source-out" in stdout and "ms a page" in stdout
    real = {n: s for n, s in scores.items() if s["kind"] == "real"}
    assert set(real) == {n for n, s in sources.SOURCES.items() if s.kind == "real"}
    for name, s in real.items():
        if s["reserved"]:
            assert s["auto_error"] <= RESERVED_REAL_MAX_WRONG, (name, s)
        else:
            assert s["auto_error"] <= REAL_MAX_WRONG and s["auto_filed"] >= REAL_MIN_AUTO, s
    for name, s in scores.items():
        if s["reserved"] and s["kind"] == "written":
            assert s["auto_error"] <= RESERVED_MAX_WRONG, (name, s)
            assert s["auto_filed"] >= RESERVED_MIN_AUTO, (name, s)
    # The figures evaluate prints are the ones the shipped model recorded when it was trained
    # (training is deterministic): the README's table can be regenerated.
    assert scores == shipped.held_out["sources"]


def test_the_reserved_sources_were_never_trained_on(shipped, evaluation):
    scores = evaluation[1]["before"]["sources"]
    reserved = {n for n, s in sources.SOURCES.items() if s.reserved}
    assert reserved and not reserved & set(shipped.trained_on)
    assert reserved <= set(scores)
    assert not reserved & {r[0] for r in shipped.calibration}  # nor tuned on


def test_the_shipped_model_is_the_one_the_training_code_makes(shipped, evaluation):
    """The committed model matches today's sources (retrain after changing them): `evaluate`
    hashes the training text as it gathers it, as `train` does, and says when they differ."""
    stdout, figures = evaluation
    assert figures["shipped_data_hash"] == shipped.data_hash
    assert figures["data_hash"] == shipped.data_hash, "retrain: digitize classifier train"
    assert "trained on other text" not in stdout
    assert MODEL_FILE.stat().st_size < 8 * 2**20


def test_routing_bounds_the_error_on_every_real_source_and_the_pool():
    """The threshold is the lowest at which every large real source, the real text together
    and all of them pooled stay within the target; where a type's own records need a stricter
    one it gets it. A written family is judged in the pool, not on its own: one author's
    ambiguous layout repeated in every document of a type does not set every threshold."""
    rng = random.Random(5)
    records = []
    # Real sources: a document is wrong with a share (1 - confidence) times the source's
    # hardness, so the hardest (primock57) needs the highest threshold.
    for source, hardness in (("mtsamples", 0.2), ("aci_bench", 0.5), ("primock57", 1.0)):
        for _ in range(2000):
            conf = rng.random()
            right = rng.random() >= (1 - conf) * hardness
            records.append(routing.Record(source, rng.choice("xy"), conf, 1.0, right))
    # Written families: one easy, one with a quirk (8 of 60 documents it files as type z,
    # surely, are wrong).
    records += [routing.Record("fam_x", rng.choice("xy"), 0.999, 1.0, True) for _ in range(600)]
    records += [routing.Record("fam_y", "z", 0.999, 1.0, i >= 8) for i in range(60)]
    route = routing.choose(records, 0.02, 0.5)

    def wrong_share(rows):
        auto = [r for r in rows if route.auto_files(r.predicted, r.confidence, 1.0)]
        return sum(not r.right for r in auto) / max(1, len(auto)), len(auto)

    for source in ("mtsamples", "aci_bench", "primock57"):
        share, filed = wrong_share([r for r in records if r.source == source])
        assert share <= 0.02 and filed >= routing.judged(0.02)
    assert wrong_share(records)[0] <= 0.02
    # The quirk sends its own type to review (the type's records, pooled, show it) and does
    # not stop the walk for every type at the top.
    assert wrong_share([r for r in records if r.source == "fam_y"]) == (0, 0)
    assert route.threshold < 0.99
    assert route.verdict("x", 0.999, 0.1) == "unfamiliar"
    assert routing.choose([], 0.02, 0.5).threshold > 1  # nothing known: everything to review


def test_a_point_is_judged_only_once_a_clean_record_could_meet_the_target():
    """30 sure and right documents are not a reason to stop the walk (1 in 31 is over 2% by
    the +1 alone); nor is any threshold below even odds."""
    records = [routing.Record("a", "x", 0.999, 1.0, True) for _ in range(30)]
    records += [routing.Record("a", "x", 0.9 - i / 1000, 1.0, True) for i in range(300)]
    records += [routing.Record("a", "x", 0.3, 1.0, True) for _ in range(300)]
    route = routing.choose(records, 0.02, 0.5)
    assert route.threshold == routing.FLOOR == 0.5
    assert routing.judged(0.02) == 49 and routing.judged(0.01) == 99


def test_a_consult_the_model_cannot_tell_from_an_h_and_p_keeps_its_type_and_doubt_counts():
    """The most probable type is filed; its confidence counts each type's share times how often
    filing as the chosen type is right for that type, as measured on the training labels: an
    H&P's share fully for a consult (labels.yaml `everywhere`), a visit note's in part, a
    follow-up visit's never for an H&P."""
    from classifiers.model import choose, estimate_acceptance

    classes = ["consult_note", "history_physical", "progress_note", "operative_note"]
    taught = (
        [(["consult_note"], {"consult_note", "history_physical"}, 1.0)] * 6
        + [(["progress_note", "consult_note"], {"progress_note", "consult_note"}, 1.0)] * 4
        + [(["progress_note"], {"progress_note"}, 1.0)] * 10
        + [(["history_physical"], {"history_physical", "consult_note"}, 1.0)] * 10
        + [(["operative_note"], {"operative_note"}, 1.0)] * 10
    )
    m = estimate_acceptance(classes, taught)
    # Of the weight taught as consult (6 + 4/2), a quarter is visit notes a progress note is
    # right for; of that taught as progress (10 + 4/2), a sixth accepts a consult.
    assert m[2, 0] == pytest.approx(0.25) and m[1, 0] == pytest.approx(0.75)
    assert m[0, 2] == pytest.approx(1 / 6) and m[1, 2] == 0 and m[0, 1] == 1
    assert np.all(np.diag(m) == 1) and m[3, :3].sum() == 0
    k, conf = choose(np.array([0.5, 0.4, 0.1, 0.0]), m)
    assert classes[k] == "consult_note" and conf == pytest.approx(0.5 + 0.4 + 0.1 / 6)
    k, conf = choose(np.array([0.4, 0.1, 0.5, 0.0]), m)
    assert classes[k] == "progress_note" and conf == pytest.approx(0.5 + 0.4 * 0.25)
    # A full page sure it is an H&P does not disagree with a consult; sure of an operation,
    # it does.
    page = np.array([[0.02, 0.96, 0.01, 0.01]])
    assert not pages_disagree(page, [200], 0, m) and pages_disagree(page, [200], 0)
    assert pages_disagree(np.array([[0.01, 0.01, 0.02, 0.96]]), [200], 0, m)
    # Scoring applies the same rule to every source: a written family's consult is right filed
    # as an H&P, a follow-up visit is not.
    doc = sources.Doc(
        "fam_x",
        "1",
        "CONSULTATION\nSeen at the request of ...",
        "consult_note",
        frozenset({"consult_note"}),
    )
    (page,) = corpus.paginate(doc, random.Random(1), 0.0)
    assert page.right("history_physical") and not page.right("progress_note")


def test_the_hindsight_ceiling_is_the_most_one_threshold_could_file():
    def doc(conf: float, right: bool) -> evaluate.DocResult:
        return evaluate.DocResult(
            "s", f"d{conf}", "x", frozenset({"x"}), "x" if right else "y", conf, 1.0
        )

    # 100 documents: the 60 surest right, then one wrong in every two.
    docs = [doc(1 - i / 1000, True) for i in range(60)]
    docs += [doc(0.5 - i / 1000, i % 2 == 0) for i in range(40)]
    # Down to 60 right, then pairs add one wrong each: 2 wrong of 64 is 3.1%, 1 of 62 is 1.6%.
    assert evaluate.hindsight_ceiling(docs, 0.03) == 0.63
    assert evaluate.hindsight_ceiling([doc(0.9, False)], 0.03) == 0.0


def test_a_small_sources_clean_record_is_reported_with_its_uncertainty():
    assert evaluate.error_upper(0, 25) == pytest.approx(0.137, abs=0.001)
    assert evaluate.error_upper(3, 40) == pytest.approx(0.204, abs=0.001)
    assert evaluate.error_upper(0, 0) == 1.0  # nothing filed: nothing known


def test_a_few_lines_follow_their_first_page_and_strong_disagreement_is_caught():
    first = np.array([0.9, 0.05, 0.05])
    tail = np.array([0.02, 0.96, 0.02])
    doc = combine_pages(np.vstack([first, tail]), [True, False], [200, 6])
    assert doc.argmax() == 0  # a signature page of six words does not move the type
    assert not pages_disagree(np.vstack([first, tail]), [200, 6], 0)
    assert pages_disagree(np.vstack([first, tail]), [200, 300], 0)  # a full page sure of another


def test_a_copy_with_results_is_its_originals_type_and_shares_its_weight():
    """corpus.with_results pairs each copy with its original: the copy keeps the original's
    type and every line of it, gains a run of the same source's result lines, and the two
    share one document's weight in training; copies are never scored, and a reserved source
    gets none."""
    lab = "\n".join(f"Test{i} {i}.{i} mmol/L" for i in range(10))
    docs = [sources.Doc("s", f"lab{k}", lab, "lab_report", frozenset()) for k in range(2)]
    docs += [
        sources.Doc("s", f"n{k}", f"Seen today.\nPlan {k}.", "progress_note", frozenset())
        for k in range(60)
    ]
    pairs = corpus.with_results(docs, random.Random(1))
    assert 5 < len(pairs) < 40  # about a third of the narrative documents
    for original, copy in pairs:
        assert original.label == copy.label == "progress_note" and copy.id != original.id
        added = [x for x in copy.text.splitlines() if x not in original.text.splitlines()]
        assert added and all(x in lab.splitlines() for x in added if x)
        assert [x for x in copy.text.splitlines() if x in original.text.splitlines()] == (
            original.text.splitlines()
        )

    pages = training.source_pages("project_ab")
    copies = {e.document for e in pages if e.taught_only}
    assert copies and all(e.weight == 0.5 for e in pages if e.taught_only)
    halved = {e.document for e in pages if not e.taught_only and e.weight == 0.5}
    assert len(halved) == len(copies)
    c = training.Corpus(pages, object(), np.ones(len(pages)))
    assert not any(e.taught_only for e, s in zip(pages, c.scored("project_ab"), strict=True) if s)
    assert not any(e.taught_only or e.weight != 1.0 for e in training.source_pages("project_c"))


def test_a_short_note_that_carries_results_is_not_filed_as_a_laboratory_report(shipped):
    """A transfer note of ten lines with a table of the latest bloods is still a transfer note.
    Measured on text the model never trained on: the reserved real notes (note_examples) cut to
    their first 120 words, each followed by the result lines of a laboratory report of a reserved
    written family. The model trained without corpus.with_results auto-filed 12 of these 54 as
    laboratory reports; the shipped model files 3."""
    route = shipped.routing(0.02, 0.5)
    notes = [d for d in sources.load("note_examples") if d.label in corpus.CARRY_RESULTS]
    filed_as_lab = total = 0
    for family in ("fam_caribbean", "fam_west_africa"):
        runs = [
            corpus.result_lines(d.text)
            for d in sources.load(family, 25, 1)
            if d.label == "lab_report"
        ]
        runs = [r for r in runs if len(r) >= 8]
        for i, note in enumerate(notes):
            text = " ".join(note.text.split(" ")[:120]) + "\n\n" + "\n".join(runs[i % len(runs)])
            probs = shipped.page_probabilities([text])
            j = shipped.judge(probs, [text], [True], False)
            total += 1
            filed_as_lab += shipped.classes[j.type_index] == "lab_report" and route.auto_files(
                "lab_report", j.confidence, j.familiarity
            )
    assert total == 54
    assert filed_as_lab <= 0.1 * total, filed_as_lab


def test_reviewers_teach_it_and_a_worse_model_is_refused(tmp_path, shipped):
    reviewed = tmp_path / "reviewed.jsonl"
    rows = [
        {
            "text": f"WOUND CARE FLOWSHEET\nDressing changed, wound bed pink, no odour {i}.",
            "document_type": "nursing_note",
            "first_page": True,
            "document": f"r{i}",
            "reviewer": "u1",
        }
        for i in range(8)
    ]
    reviewed.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "with-reviewed.joblib"
    proc = digitize("classifier", "train", "--include-reviewed", reviewed, "--out", out)
    assert proc.returncode == 0, proc.stderr
    model = DocTypeModel.load(out)
    assert model.version != shipped.version and "reviewed" in model.trained_on
    probs = model.page_probabilities([rows[0]["text"]])
    assert model.top(probs[0], 1)[0][0] == "nursing_note"

    # A model that held-out text shows to be worse than the one it would replace is refused:
    # a real-text source whose auto-file error went up, never a made-up family's alone.
    old = model.held_out
    worse = json.loads(json.dumps(old))
    worse["sources"]["mtsamples"]["auto_error"] += 0.05
    assert evaluate.worse_than(worse, old, training.WORSE_BY).startswith(
        "refused: on held-out source mtsamples"
    )
    family_only = json.loads(json.dumps(old))
    family_only["sources"]["fam_nhs_trust"]["auto_error"] += 0.05
    assert evaluate.worse_than(family_only, old, training.WORSE_BY) is None
    assert evaluate.worse_than(old, old, training.WORSE_BY) is None

    reviewed.write_text('{"text": "no label"}\n')
    bad = digitize("classifier", "train", "--include-reviewed", reviewed, "--out", out)
    assert bad.returncode == 2 and "line 1" in bad.stderr


def test_a_simulated_site_teaches_its_chosen_documents_and_scores_the_rest():
    """`evaluate --site SOURCE:N`: N whole documents of the source become reviewers'
    corrections (one type, the type-level acceptance, the reviewers' weight) and are no longer
    scored as the source; the rest are, unchanged. The choice is the same every run."""
    doc_pages = {f"d{i}": 1 + i % 3 for i in range(10)}
    examples = [
        corpus.Example(
            f"page {k} of {d}",
            "progress_note",
            "aci_bench",
            k == 0,
            d,
            frozenset({"consult_note"}),
            frozenset({"consult_note"}),
        )
        for d, n in doc_pages.items()
        for k in range(n)
    ]
    examples.append(corpus.Example("other", "imaging_report", "mtsamples", True, "m1"))
    c = training.Corpus(examples, object(), np.ones(len(examples)))
    site = training.as_site(c, "aci_bench", 4)
    taught = [e for e in site.examples if e.family == training.REVIEWED]
    assert len({e.document for e in taught}) == 4
    assert sum(doc_pages[d] for d in {e.document for e in taught}) == len(taught)
    assert not {e.document for e in taught} & {
        e.document for e in site.examples if e.family == "aci_bench"
    }
    assert all(not e.teach and e.accept == sources.accepted_everywhere(e.label) for e in taught)
    assert [w for e, w in zip(site.examples, site.weights, strict=True) if e in taught] == [
        training.REVIEWED_WEIGHT
    ] * len(taught)
    assert site.examples[-1] == examples[-1]
    again = training.as_site(c, "aci_bench", 4)
    assert [e.family for e in again.examples] == [e.family for e in site.examples]
    for n in (0, 10):
        with pytest.raises(ValueError, match="between 1 and 9"):
            training.as_site(c, "aci_bench", n)


def test_a_site_option_that_names_no_scored_source_is_refused():
    for value in ("nosuch:5", "aci_bench", "note_examples:5", "aci_bench:x"):
        proc = digitize("classifier", "evaluate", "--site", value)
        assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1, value
        assert "--site takes SOURCE:N" in proc.stderr
    proc = digitize("classifier", "train", "--site", "aci_bench:5")
    assert proc.returncode == 2 and "--site is for `classifier evaluate`" in proc.stderr
    proc = digitize("classifier", "evaluate", "--site", "aci_bench:5", "--site", "aci_bench:9")
    assert proc.returncode == 2 and "--site names aci_bench twice" in proc.stderr
