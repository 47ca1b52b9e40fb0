#!/usr/bin/env python3
"""Build docs.jsonl from the apache/ctakes mirror (Apache-2.0).

Keeps the example clinical notes shipped with cTAKES that are whole notes/reports:
  * ctakes-examples/.../notes/annotated/*  (clinician-written demo notes, each with a
    "Case description for C-Takes documenting" header giving setting/specialty; the
    header is moved into `type`/`meta` and removed from `text`)
  * ctakes-examples/.../notes/apache_con/Patient789/Peds_Dysphagia_2 (only non-duplicate there)
  * ctakes-examples/.../notes/apache_con/basic/Patient123/* (radiology / pathology / clinic note)
  * ctakes-examples/.../notes/small/dr_nutritious_1.txt (nutrition note)
  * ctakes-examples/.../notes/small/SampleInputRadiologyNotes.txt (backtick table, one
    radiology report per row in COMMENTS)
  * ctakes-ytex/scripts/data/examples/fracture_demo.txt (tab table of radiology report texts)
Skipped: smoker/* (test-edited fragments of a medical-school sample history), CasedExample,
edge_cases, tiny one-liners, rtf/ and cda/ (same content as the kept plain-text files).
Standard library only.  Usage: python3 build.py [GIT_DIR]
"""
import hashlib, json, os, re, subprocess, sys

GIT = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/apache+ctakes/repo"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "docs.jsonl")
N = "ctakes-examples/src/user/resources/org/apache/ctakes/examples/notes/"

def git(*a, text=True):
    return subprocess.run(["git", "--git-dir", GIT, *a], check=True, capture_output=True, text=text).stdout

def show(p):
    return git("show", "HEAD:" + p, text=False).decode("utf-8", "replace").replace("\r\n", "\n")

def tidy(t):
    t = re.sub(r"[ \t]+\n", "\n", t)
    return re.sub(r"\n{3,}", "\n\n", t).strip() + "\n"

def main():
    commit = git("rev-parse", "HEAD").strip()
    rows, seen = [], set()
    def add(id_, text, typ, title=None, path=None, **meta):
        text = tidy(text)
        h = hashlib.sha1(re.sub(r"\s+", " ", text).encode()).hexdigest()
        if h in seen:
            return
        seen.add(h)
        r = {"id": "apache-ctakes/" + id_, "text": text, "type": typ, "title": title,
             "source_path": path, "source_commit": commit}
        r.update(meta)
        rows.append(r)

    files = git("ls-tree", "-r", "--name-only", "HEAD", N + "annotated/").split("\n")
    for p in sorted(f for f in files if f):
        raw = show(p)
        name = p.rsplit("/", 1)[1]
        if raw.startswith("Case description"):
            head, body = raw.split("\n\n", 1)
            meta = dict(re.findall(r"^([^:\n]+):[ \t]*(.*?)[ \t]*$", head, re.M)[1:])
            setting = meta.get("Setting", "").rstrip(".")
            spec = meta.get("Specialty", "").rstrip(".")
            add(name, body, f"clinical note ({setting}, {spec})", None, p,
                case_description={k: v for k, v in meta.items()})
        else:  # ID000_clinic_demo.txt: Mayo-style note with [meta]/[start section] markers
            body = re.sub(r"^\[(meta|start section|end section)[^\]]*\]\s*$", "", raw, flags=re.M)
            add(name, body, "clinic note (GI consultation, Mayo-style sectioned demo note)", None, p)

    add("Peds_Dysphagia_2", show(N + "apache_con/Patient789/Peds_Dysphagia_2"),
        "clinical note (Outpatient, Pediatrics)", None, N + "apache_con/Patient789/Peds_Dysphagia_2")

    for fn, typ in [("Patient123_25122019_RAD.txt", "radiology report (procedure: US-guided breast core biopsy)"),
                    ("Patient123_31122018_PATH.txt", "surgical pathology report"),
                    ("Patient123_31122019_NOTE.txt", "clinic note (oncology/breast)")]:
        p = N + "apache_con/basic/Patient123/" + fn
        t = re.sub(r"^Text: ?", "", show(p), flags=re.M)
        m = re.search(r"^Title:\s*(.+)$", t, re.M)
        add(fn, t, typ, m.group(1).strip() if m else None, p)

    add("dr_nutritious_1.txt", show(N + "small/dr_nutritious_1.txt"),
        "nutrition consult note", "Medical Nutrition Therapy for Hyperlipidemia", N + "small/dr_nutritious_1.txt")

    p = N + "small/SampleInputRadiologyNotes.txt"
    lines = show(p).strip().split("\n")
    hdr = lines[0].split("`")
    for i, ln in enumerate(lines[1:], 1):
        rec = dict(zip(hdr, ln.split("`")))
        add(f"SampleInputRadiologyNotes/{i}", rec["COMMENTS"].strip(),
            "radiology report", rec.get("testdesc"), p)

    p = "ctakes-ytex/scripts/data/examples/fracture_demo.txt"
    for ln in show(p).strip().split("\n"):
        parts = ln.split("\t")
        if len(parts) < 5:
            continue
        num, site, txt, label, split = parts[:5]
        txt = re.sub(r"<br/>", "\n", txt)
        txt = "\n".join(l.strip() for l in txt.split("\n"))
        if len(txt.strip()) < 150:  # drop one-line snippets; keep report bodies only
            continue
        add(f"ytex_fracture_demo/{num}", txt, "radiology report (ytex fracture demo; body text only)",
            None, p, label=label)

    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), "documents ->", OUT)

if __name__ == "__main__":
    main()
