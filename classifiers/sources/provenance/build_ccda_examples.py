#!/usr/bin/env python3
"""Build docs.jsonl from the HL7/C-CDA-Examples mirror (CC0-1.0).

Reads the fetched git snapshot (no work tree) with `git show`, renders the
human-readable CDA narrative (document title + section titles + section <text>)
of each whole-document example, and writes one JSON object per line.
Standard library only.  Usage: python3 build.py [GIT_DIR]
"""
import json, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cda_narrative import render_document, render_section_xml

GIT = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/HL7+C-CDA-Examples/repo"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs.jsonl")

# whole C-CDA documents carrying clinical narrative (pure CCDs are skipped)
DOCS = [
    "Documents/Consultation Note/Consultation_Note.xml",
    "Documents/Diagnostic Imaging Report/Diagnostic_Imaging_Report.xml",
    "Documents/Discharge Summary/Discharge_Summary.xml",
    "Documents/History and Physical/History_and_Physical.xml",
    "Documents/Operative Note/Operative_Note.xml",
    "Documents/Procedure Note/Procedure_Note.xml",
    "Documents/Progress Note/Progress_Note.xml",
    "Documents/Referral Note/Referral_Note.xml",
    "Documents/Transfer Summary/Transfer_Summary.xml",
    "Documents/Care Plan/Care_Plan.xml",
    "Unstructured/CDA with Embedded Text plain/CDA_Embedded_Text_Plain_Surgical_Consult.xml",
]
# Notes-section fragments whose narrative is one whole free-text note
NOTE_SECTIONS = {
    "Notes/Single Consultation Note/Single Consultation Note(C-CDA R2.1).xml": "Consultation note (C-CDA Notes Section / Note Activity example)",
    "Notes/RTF Note/RTF Note (C-CDA R2.1).xml": "LOINC 34746-8 Nurse Note (C-CDA Notes Section / Note Activity example)",
}

def show(path):
    return subprocess.run(["git", "--git-dir", GIT, "show", "HEAD:" + path],
                          check=True, capture_output=True).stdout

def main():
    commit = subprocess.run(["git", "--git-dir", GIT, "rev-parse", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    rows = []
    for p in DOCS:
        meta, text = render_document(show(p))
        folder = p.split("/")[1]
        rows.append({
            "id": "hl7-ccda-examples/" + p,
            "text": text,
            "type": f"{folder} (C-CDA; LOINC {meta['code']} {meta['codeDisplay']})",
            "title": meta["title"],
            "source_path": p,
            "source_commit": commit,
        })
    for p, typ in NOTE_SECTIONS.items():
        text = render_section_xml(show(p))
        rows.append({"id": "hl7-ccda-examples/" + p, "text": text, "type": typ,
                     "title": None, "source_path": p, "source_commit": commit})
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "documents ->", OUT)

if __name__ == "__main__":
    main()
