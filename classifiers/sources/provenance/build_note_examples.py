"""Builds note_examples/docs.jsonl.gz from the two extractions (build_ccda_examples.py over
HL7/C-CDA-Examples @ ad5007a, CC0-1.0; build_ctakes_examples.py over apache/ctakes @ ed4ccf5,
Apache-2.0). Each document gets one category, in the source's own terms where it has them
(the C-CDA document type; cTAKES' type and setting), and, for the five cTAKES notes whose
setting alone does not say which note they are, the note's kind as a person reads it (a
progress note written S/O/A/P on a ward, an admission note, a newborn note). Decided on
reading the notes, before any model scored them; the source is reserved.

Usage: python build_note_examples.py CCDA_DOCS.jsonl CTAKES_DOCS.jsonl OUT.jsonl.gz"""

import gzip
import json
import sys

CCDA = {
    "Consultation Note": "consultation",
    "Diagnostic Imaging Report": "imaging report",
    "Discharge Summary": "discharge summary",
    "History and Physical": "history and physical",
    "Operative Note": "operative note",
    "Procedure Note": "procedure note",
    "Progress Note": "progress note",
    "Referral Note": "referral note",
    "Transfer Summary": "transfer summary",
    "Care Plan": "care plan",
    "CDA with Embedded Text plain": "consultation",  # LOINC 34847-4 Surgery consult note
    "Consultation note": "consultation",
    "LOINC 34746-8 Nurse Note": "nurse note",
}
READ = {  # cTAKES notes whose setting does not say which note they are, as read
    "OBGYN_HysterectomyAndBSO_1": "inpatient progress note",  # POD 1, S/O/A/P
    "OBGYN_LaborProgressNote_1": "inpatient progress note",
    "Peds_FebrileSez_1": "inpatient admission note",
    "VascSurg_PVD_1": "inpatient admission note",
    "Peds_RoutBirthNote_1": "newborn note",
}


def ccda_category(kind: str) -> str:
    for prefix, category in CCDA.items():
        if kind.startswith(prefix):
            return category
    raise ValueError(f"unmapped C-CDA type {kind}")


def ctakes_category(doc_id: str, kind: str) -> str:
    name = doc_id.split("/", 1)[1]
    if name in READ:
        return READ[name]
    if kind.startswith("radiology report (procedure"):
        return "image-guided biopsy report"
    if kind.startswith("radiology report"):
        return "imaging report"
    if kind == "surgical pathology report":
        return "pathology report"
    if kind.startswith("nutrition consult") or "consultation" in kind:
        return "consultation"
    if kind.startswith("clinical note (Outpatient") or kind.startswith("clinic note"):
        return "outpatient visit note"
    raise ValueError(f"unmapped cTAKES type {kind}")


def main(ccda: str, ctakes: str, out: str) -> None:
    rows = []
    for path, category in ((ccda, ccda_category), (ctakes, None)):
        for line in open(path, encoding="utf-8"):
            r = json.loads(line)
            cat = category(r["type"]) if category else ctakes_category(r["id"], r["type"])
            rows.append({"id": r["id"], "categories": [cat], "title": r.get("title"), "text": r["text"]})
    with gzip.open(out, "wt", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
