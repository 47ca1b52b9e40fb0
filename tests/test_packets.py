"""Packet and document decisions, on analysed pages built by hand (the stages are pure)."""

from __future__ import annotations

import pytest

from classifiers.model import DocTypeModel
from classifiers.taxonomy import Taxonomy
from config.settings import load_settings
from pipeline.decisions import documents, packets, review_items
from pipeline.decisions.patients import Patient, PatientIndex
from pipeline.models import CoverIdentity, OcrResult, PageAnalysis

S = load_settings(environ={})
ANNA = Patient("1234567", "ABERNATHY", "Anna", "1950-03-04", "F")
BOB = Patient("7654321", "BALDWIN", "Bob", "1961-07-08", "M")
INDEX = PatientIndex([ANNA, BOB])
MODEL = DocTypeModel.load()
ROUTE = MODEL.routing(S.review.type_error_target, S.review.min_familiarity)


def header(p: Patient) -> str:
    y, m, d = p.dob.split("-")
    return f"Patient: {p.family}, {p.given} MRN: {p.mrn} DOB: {m}/{d}/{y}"


def note(p: Patient) -> str:
    """A page that reads clearly as a progress note, so its type is certain."""
    return (
        f"{header(p)}\nPROGRESS NOTE\nSubjective: slept well, less pain today.\n"
        "Objective: vital signs stable.\nAssessment: pneumonia, improving.\n"
        "Plan: continue antibiotics and reassess in the morning."
    )


def page(i, text="", *, cover=None, cover_like=False, blank=False, printed=None, conf=92.0):
    return PageAnalysis(
        index=i,
        rotation=0,
        skew=0.0,
        blank=blank,
        ink_ratio=0.0 if blank else 0.05,
        barcodes=[],
        cover=cover,
        cover_like=cover_like or cover is not None,
        ocr=OcrResult(text, [], 0.0 if blank else conf),
        dpi=(300.0, 300.0),
        size=(2550, 3300),
        printed=printed,
    )


def cover(p: Patient, dob: str | None = "same") -> CoverIdentity:
    return CoverIdentity(p.mrn, "E1", p.dob if dob == "same" else dob, "barcode", "QRCode")


def run(pages):
    decisions, pkts = packets.assign(
        pages, INDEX, S.identity.mrn_text_pattern, S.ocr.min_mean_confidence
    )
    docs = documents.group(
        decisions,
        pkts,
        Taxonomy.load(),
        MODEL,
        "btest",
        ROUTE,
    )
    return decisions, pkts, docs


def test_verified_packet_files_its_documents():
    d, pkts, docs = run(
        [
            page(0, cover=cover(ANNA)),
            page(1, f"{header(ANNA)}\nDISCHARGE SUMMARY\nbody\nPage 1 of 2"),
            page(2, blank=True),
            page(3, f"{header(ANNA)}\nmore body\nPage 2 of 2"),
            page(4, f"{header(ANNA)}\nLABORATORY REPORT\nSodium 140"),
        ]
    )
    assert [x.status for x in d] == ["discarded", "filed", "discarded", "filed", "filed"]
    assert d[0].discard_reason == "separator" and d[2].discard_reason == "blank"
    assert [(doc.pages, doc.document_type, doc.loinc) for doc in docs] == [
        ([1, 3], "discharge_summary", "18842-5"),
        ([4], "lab_report", "11502-2"),
    ]
    assert {x.mrn for x in d if x.status == "filed"} == {ANNA.mrn}


def test_pages_before_any_cover_sheet_go_to_review():
    d, _, docs = run([page(0, note(ANNA)), page(1, cover=cover(ANNA)), page(2, note(ANNA))])
    assert d[0].status == "review" and d[0].review_reasons == ["no_cover_sheet"]
    assert d[2].status == "filed"


@pytest.mark.parametrize(
    "identity, reason",
    [
        (CoverIdentity("9999999", None, None), "unknown_patient"),
        (CoverIdentity(ANNA.mrn, None, "1950-03-05"), "dob_mismatch"),
    ],
)
def test_doubtful_packets_go_to_review_whole(identity, reason):
    d, _, docs = run([page(0, cover=identity), page(1, header(ANNA)), page(2, header(ANNA))])
    assert [x.status for x in d] == ["review"] * 3
    assert all(x.review_reasons == [reason] for x in d)
    assert docs == []


def test_page_of_another_patient_is_never_filed_to_the_packet():
    d, _, docs = run(
        [
            page(0, cover=cover(ANNA)),
            page(1, f"{header(ANNA)}\nPROGRESS NOTE\nPage 1 of 1"),
            page(2, f"{header(BOB)}\nCONSULTATION NOTE\nPage 1 of 2"),
            page(3, "continued findings without a header\nPage 2 of 2"),
            page(4, f"{header(ANNA)}\nNURSING NOTE"),
        ]
    )
    assert d[2].status == "review" and d[2].review_reasons == ["identity_conflict"]
    assert d[2].mrn is None
    # From there on nothing proves whose pages these are, even a page with Anna's own MRN.
    assert [(x.status, x.review_reasons) for x in d[3:]] == [
        ("review", ["packet_boundary_doubt"])
    ] * 2
    assert all(x.mrn is None for x in d[3:])
    assert [doc.pages for doc in docs] == [[1]]


def test_doubt_lasts_to_the_next_verified_cover_sheet():
    d, pkts, docs = run(
        [
            page(0, cover=cover(ANNA)),
            page(1, note(BOB)),
            page(2, "a page that names nobody"),
            page(3, cover=cover(BOB)),
            page(4, note(BOB)),
        ]
    )
    assert [x.status for x in d] == ["discarded", "review", "review", "discarded", "filed"]
    assert pkts[0].doubt_from == 1 and pkts[1].doubt_from is None
    assert [(doc.mrn, doc.pages) for doc in docs] == [(BOB.mrn, [4])]


def test_a_labelled_name_or_birth_date_of_someone_else_is_a_conflict():
    """A patient the index does not know is still not this packet's patient."""
    stranger = "Patient: ZYLSTRA, Quinn   MRN: 5550001   DOB: 02/03/1944\nPROGRESS NOTE"
    other_dob = f"Pt Name: {ANNA.family}, {ANNA.given}\nD.O.B.: 04-Mar-1951\nPROGRESS NOTE"
    for text in (stranger, other_dob):
        d, _, _ = run([page(0, cover=cover(ANNA)), page(1, text), page(2, note(ANNA))])
        assert d[1].review_reasons == ["identity_conflict"], text
        assert d[2].review_reasons == ["packet_boundary_doubt"]


def test_doubt_candidates_name_the_patient_the_breaking_page_shows():
    pages = [page(0, cover=cover(ANNA)), page(1, note(BOB)), page(2, "no identity here")]
    decisions, pkts = packets.assign(
        pages, INDEX, S.identity.mrn_text_pattern, S.ocr.min_mean_confidence
    )
    documents.group(
        decisions,
        pkts,
        Taxonomy.load(),
        MODEL,
        "b",
        ROUTE,
    )
    items = review_items.build(decisions, pkts, pages, INDEX, S.identity.mrn_text_pattern)
    last = items[-1]
    assert last.pages[-1].index == 2 and last.patient_mrn is None
    assert last.candidates[0]["mrn"] == BOB.mrn


def test_another_patients_name_with_birth_date_is_a_conflict():
    text = f"{header(ANNA)}\nPROGRESS NOTE\nSeen with BALDWIN, Bob born 07/08/1961 today."
    d, _, _ = run([page(0, cover=cover(ANNA)), page(1, text)])
    assert d[1].review_reasons == ["identity_conflict"]


def test_an_ocr_slip_in_our_own_mrn_is_not_a_conflict_but_another_mrn_is():
    slip = note(ANNA).replace("1234567", "1234561")
    d, _, _ = run([page(0, cover=cover(ANNA)), page(1, slip), page(2, "MRN: 7654321")])
    assert d[1].status == "filed"
    assert d[2].review_reasons == ["identity_conflict"]


def sheet(mrn: str | None, name: str | None, dob: str | None) -> str:
    lines = ["CHART SEPARATOR"]
    lines += [f"Medical Record #: {mrn}"] if mrn else []
    lines += [f"Pt Name: {name}"] if name else []
    lines += [f"Birth Date: {dob}"] if dob else []
    return "\n".join(lines)


def test_unreadable_cover_sheet_needs_all_three_printed_identifiers():
    full = sheet(ANNA.mrn, f"{ANNA.given} {ANNA.family}", "March 4, 1950")
    d, pkts, _ = run([page(0, full, cover_like=True), page(1, note(ANNA))])
    assert pkts[0].identity_source == "printed" and d[1].status == "filed"
    # The sheet itself is kept: on print alone it might be a page of the record.
    assert d[0].status == "review" and d[0].review_reasons == ["cover_from_print"]

    wrong_dob = sheet(ANNA.mrn, f"{ANNA.family}, {ANNA.given}", "1950-03-05")
    no_name = sheet(ANNA.mrn, None, ANNA.dob)
    no_mrn = sheet(None, f"{ANNA.family}, {ANNA.given}", ANNA.dob)
    for text in (wrong_dob, no_name, no_mrn):
        d, _, _ = run([page(0, text, cover_like=True), page(1, header(ANNA))])
        assert [x.review_reasons for x in d] == [["unreadable_barcode"]] * 2, text


def test_unreadable_cover_sheet_never_lets_pages_attach_to_the_previous_patient():
    d, _, docs = run(
        [
            page(0, cover=cover(ANNA)),
            page(1, note(ANNA)),
            page(2, "Documents for imaging", cover_like=True),
            page(3, "a page with no identifiers at all"),
        ]
    )
    assert d[3].status == "review" and d[3].review_reasons == ["unreadable_barcode"]
    assert [doc.pages for doc in docs] == [[1]]


def test_printed_mrn_disagreeing_with_the_code_is_a_conflict():
    printed = sheet(BOB.mrn, f"{BOB.family}, {BOB.given}", BOB.dob)
    d, _, _ = run([page(0, printed, cover=cover(ANNA)), page(1, header(ANNA))])
    assert d[1].review_reasons == ["identity_conflict"]


def test_an_uncertain_type_goes_to_review_with_three_suggestions():
    """Familiar words that fit several kinds of document: below the routing's threshold."""
    mixed = (
        "Labs reviewed and the chest film was read. Metoprolol continued; the wound was "
        "dressed. Family updated by phone. Will follow up in clinic and repeat the blood count "
        "next week. Signed by the covering physician."
    )
    d, _, docs = run([page(0, cover=cover(ANNA)), page(1, f"{header(ANNA)}\n{mixed}")])
    assert d[1].status == "review" and d[1].review_reasons == ["low_type_confidence"]
    assert len(d[1].type_suggestions) == 3
    assert d[1].confidence["type"] < ROUTE.per_type.get(d[1].document_type, ROUTE.threshold)
    assert d[1].type_suggestions[0][0] == d[1].document_type and docs == []
    # A page of two words is too short to know what it is, whatever the model would guess.
    d, _, _ = run([page(0, cover=cover(ANNA)), page(1, f"{header(ANNA)}\nSee attached.")])
    assert d[1].review_reasons == ["unfamiliar_text"]


def test_low_ocr_confidence_goes_to_review():
    d, _, _ = run([page(0, cover=cover(ANNA)), page(1, header(ANNA), conf=20.0)])
    assert d[1].review_reasons == ["low_ocr_confidence"]


def test_text_unlike_anything_trained_on_goes_to_review():
    """Handwriting read as fragments, or a template in words the model never saw, goes to
    review whatever its type probabilities say; a title the taxonomy knows still counts."""
    odd = (
        "Zxq vlorp tremb ouskid palvern quistrel 12.4 frondish gemlatt voorbin skellor yantic "
        "brovel quimsy tarnip welkin zorbat flimmet grollick snavvet plorkin."
    )
    d, _, docs = run([page(0, cover=cover(ANNA)), page(1, f"{header(ANNA)}\n{odd}")])
    assert MODEL.familiarity([d[1].text]) < S.review.min_familiarity
    assert d[1].review_reasons == ["unfamiliar_text"] and docs == []
    titled = f"{header(ANNA)}\nPROGRESS NOTE\n{odd}"
    assert MODEL.familiarity([titled]) < S.review.min_familiarity
    d, _, _ = run([page(0, cover=cover(ANNA)), page(1, titled)])
    assert d[1].review_reasons != ["unfamiliar_text"]


def test_a_page_of_the_record_taken_for_a_cover_sheet_on_print_is_never_discarded():
    """Records staff put name, MRN and birth date on every page, and paper is stamped
    "SCANNED": a nursing checklist with both reads like a cover sheet whose code is missing
    (found on independently written pages, bench/types_on_scans.py). It names the right
    patient, so the packet stands, but only the site's code proves a sheet is nothing but a
    separator: the page goes to a reviewer, never to the bin."""
    checklist = (
        f"{header(ANNA)}\n(Scanned copy)\nNURSING TRANSFER CHECKLIST\n[x] Case notes\n"
        "[x] Medication chart\n[x] ID band checked\nLast vitals: T 37.9 BP 118/64"
    )
    d, pkts, docs = run(
        [page(0, cover=cover(ANNA)), page(1, note(ANNA)), page(2, checklist, cover_like=True)]
        + [page(3, note(ANNA))]
    )
    assert d[0].status == "discarded" and d[0].discard_reason == "separator"  # its code
    assert d[2].role == "cover" and d[2].status == "review"
    assert d[2].review_reasons == ["cover_from_print"] and d[2].mrn == ANNA.mrn
    assert d[3].status == "filed" and pkts[1].patient == ANNA
    assert all(d[2].index not in doc.pages for doc in docs)
    # The reviewer decides that sheet alone, with its patient already known; a doubtful
    # document after it is an item of its own, not swept in with it.
    unsure = page(3, f"{header(ANNA)}\nLabs reviewed. Family updated by phone.")
    pages = [page(0, cover=cover(ANNA)), page(1, note(ANNA)), page(2, checklist, cover_like=True)]
    decisions, pkts = packets.assign(
        [*pages, unsure], INDEX, S.identity.mrn_text_pattern, S.ocr.min_mean_confidence
    )
    documents.group(decisions, pkts, Taxonomy.load(), MODEL, "b", ROUTE)
    assert decisions[3].status == "review"
    items = review_items.build(
        decisions, pkts, [*pages, unsure], INDEX, S.identity.mrn_text_pattern
    )
    assert [[p.index for p in i.pages] for i in items] == [[2], [3]]
    assert items[0].reasons == ["cover_from_print"] and items[0].patient_mrn == ANNA.mrn


def test_pages_after_a_sheet_proven_by_print_must_name_the_patient_themselves():
    """A page of Bob's record slipped into Anna's packet can read as Bob's cover sheet whose
    code is missing (his full identity and a "SCANNED" stamp). Nothing then proves that the
    anonymous page after it is Bob's: it goes to review. A page that names Bob is his."""
    bobs = f"{header(BOB)}\nSCANNED\nRADIOLOGY REQUEST\nChest film, two views."
    d, pkts, _ = run(
        [
            page(0, cover=cover(ANNA)),
            page(1, note(ANNA)),
            page(2, bobs, cover_like=True),
            page(3, "Continued: no acute change. Plan as above."),
            page(4, note(BOB)),
        ]
    )
    assert pkts[1].patient == BOB and pkts[1].identity_source == "printed"
    assert d[3].status == "review" and d[3].review_reasons == ["unreadable_barcode"]
    assert d[3].mrn is None
    assert d[4].status == "filed" and d[4].mrn == BOB.mrn
