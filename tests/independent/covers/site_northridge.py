"""Test material for an imaginary hospital site: Northridge Medical Center.

Written independently of the digitize code base by a helper agent that saw neither its
code nor other sites' layouts.

Northridge Medical Center's Health Information Management (HIM) department prints a
"DOCUMENTS FOR IMAGING" separator sheet that goes in front of each patient's paper
documents before they are sent to the scanning room. By privacy policy the sheet carries
no patient name, medical record number or birth date in text: a small Data Matrix code in
the top-left corner carries the identity. The rest of the sheet is generic: instructions,
routing boxes, a document-type checklist and staff initials.

Licensed under the Apache License, Version 2.0.
"""

import random

import numpy
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Northridge Medical Center"
SYMBOLOGY = "DataMatrix"
PRINTS_IDENTITY = False

W, H = 2550, 3300  # US Letter at 300 dpi
_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_FONT_CACHE = {}


def _font(name, size):
    key = (name, size)
    if key not in _FONT_CACHE:
        base = _DJ if name.startswith("DejaVu") else _LB
        _FONT_CACHE[key] = ImageFont.truetype(base + name + ".ttf", size)
    return _FONT_CACHE[key]


def _text_w(draw, text, font):
    return int(round(draw.textlength(text, font=font)))


def _wrap(draw, text, font, width):
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if _text_w(draw, trial, font) <= width or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def _paragraph(draw, x, y, text, font, width, leading):
    for line in _wrap(draw, text, font, width):
        draw.text((x, y), line, font=font, fill=0)
        y += leading
    return y


def _logo(draw, x, y, size):
    """A simple mountain-ridge mark inside a circle (the site's 'logo')."""
    draw.ellipse((x, y, x + size, y + size), outline=0, width=max(3, size // 20))
    s = size
    pts = [(x + s * 0.12, y + s * 0.72), (x + s * 0.38, y + s * 0.34), (x + s * 0.52, y + s * 0.52),
           (x + s * 0.66, y + s * 0.26), (x + s * 0.88, y + s * 0.72)]
    draw.polygon(pts, fill=0)
    draw.line((x + s * 0.12, y + s * 0.80, x + s * 0.88, y + s * 0.80), fill=0, width=max(2, s // 25))


def _random_stamp(rng):
    """A plausible print date/time for the sheet (not patient-derived)."""
    y, m, d = rng.choice([2022, 2023, 2024, 2025]), rng.randint(1, 12), rng.randint(1, 28)
    return f"{m:02d}/{d:02d}/{y}", f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


# --------------------------------------------------------------------------- cover sheet

_UNITS = ["4 West - Medical/Surgical", "Emergency Department", "ICU - North Tower",
          "Labor & Delivery", "Outpatient Infusion Center", "Cardiac Step-Down (3 East)",
          "Pediatrics (5 South)", "Same Day Surgery"]
_DOC_TYPES = ["Consents / Authorizations", "Physician Orders", "Progress Notes",
              "Nursing Flowsheets", "Medication Administration Record", "Lab / Pathology",
              "Imaging Reports", "Outside Records", "Discharge Paperwork", "Other: ________"]


def cover_sheet(patient, payload, rng):
    """Northridge 'DOCUMENTS FOR IMAGING' separator sheet. Identity is only in the code."""
    del patient  # privacy policy: identity is carried by the Data Matrix only
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-6, 6), rng.randint(-6, 6)
    left, right = 150 + jx, W - 150 + jx

    # Data Matrix in the top-left corner (module 7-8 px = 0.023-0.027 in)
    bbox = None
    code_x, code_y = left + rng.randint(0, 8), 140 + jy + rng.randint(0, 8)
    if payload is not None:
        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.DataMatrix, forceSquare=True)
        n = numpy.asarray(zxingcpp.write_barcode_to_image(code, scale=1, add_quiet_zones=False)).shape[1]
        scale = max(4, min(rng.choice([7, 8]), 370 // n))  # keep clear of the heading/logo
        arr = numpy.asarray(zxingcpp.write_barcode_to_image(code, scale=scale, add_quiet_zones=False))
        sym = Image.fromarray(arr.astype(numpy.uint8), "L")
        img.paste(sym, (code_x, code_y))
        bbox = (code_x, code_y, code_x + sym.width, code_y + sym.height)

    # Heading block to the right of the code area (code area reserved even when empty)
    hx = left + 420
    _logo(d, hx, 140 + jy, 150)
    d.text((hx + 180, 145 + jy), "NORTHRIDGE MEDICAL CENTER", font=_font("LiberationSans-Bold", 64), fill=0)
    d.text((hx + 180, 225 + jy), "Health Information Management  |  Document Imaging",
           font=_font("LiberationSans-Regular", 42), fill=0)
    y = max(420 + jy, bbox[3] + 50) if bbox else 420 + jy  # a large code pushes the rule down
    d.line((left, y, right, y), fill=0, width=6)
    title = "DOCUMENTS FOR IMAGING"
    tf = _font("LiberationSans-Bold", 110)
    d.text(((W - _text_w(d, title, tf)) // 2 + jx, y + 50), title, font=tf, fill=0)
    sub = "Patient Document Separator Sheet - place on top of each patient's papers"
    sf = _font("LiberationSans-Italic", 46)
    d.text(((W - _text_w(d, sub, sf)) // 2 + jx, y + 190), sub, font=sf, fill=0)
    y += 290
    d.line((left, y, right, y), fill=0, width=3)

    # Routing boxes (generic, no identity)
    body = _font("LiberationSans-Regular", 44)
    lab = _font("LiberationSans-Bold", 40)
    date, time = _random_stamp(rng)
    unit = rng.choice(_UNITS)
    y += 50
    cells = [("SENDING UNIT / DEPARTMENT", unit), ("SHEET PRINTED", f"{date}  {time}"),
             ("TOTAL PAGES ATTACHED", ""), ("DATE SENT TO HIM", "")]
    cw = (right - left) // 2
    for i, (label, val) in enumerate(cells):
        cx = left + (i % 2) * cw
        cy = y + (i // 2) * 170
        d.rectangle((cx, cy, cx + cw - 20, cy + 150), outline=0, width=3)
        d.text((cx + 20, cy + 14), label, font=lab, fill=0)
        if val:
            d.text((cx + 20, cy + 80), val, font=body, fill=0)
    y += 2 * 170 + 40
    d.text((left, y), "INSTRUCTIONS", font=_font("LiberationSans-Bold", 52), fill=0)
    y += 80
    steps = [
        "Use one sheet per patient per encounter. Do not reuse or photocopy this sheet.",
        "Place this sheet face up on top of the documents it belongs to. Remove staples, "
        "paper clips and sticky notes before sending.",
        "Do not write over, cover or fold the code in the upper left corner. "
        "If the code is damaged, print a new sheet from the registration system.",
        "Verify the patient's identity on the documents before sending. This sheet does not "
        "show the patient name for privacy reasons.",
        "Send completed bundles to Health Information Management, Lower Level, Room LL-120.",
    ]
    for n, s in enumerate(steps, 1):
        d.text((left + 10, y), f"{n}.", font=body, fill=0)
        y = _paragraph(d, left + 80, y, s, body, right - left - 100, 58) + 18
    y += 30
    d.text((left, y), "DOCUMENT TYPES INCLUDED (check all that apply)",
           font=_font("LiberationSans-Bold", 48), fill=0)
    y += 85
    col_w = (right - left) // 2
    for i, name in enumerate(_DOC_TYPES):
        cx = left + 10 + (i % 2) * col_w
        cy = y + (i // 2) * 72
        d.rectangle((cx, cy + 4, cx + 42, cy + 46), outline=0, width=3)
        d.text((cx + 65, cy), name, font=body, fill=0)
    y += ((len(_DOC_TYPES) + 1) // 2) * 72 + 50
    d.line((left, y, right, y), fill=0, width=3)
    y += 40
    d.text((left, y), "FOR STAFF USE", font=_font("LiberationSans-Bold", 48), fill=0)
    y += 80
    boxes = ["Prepared by (initials)", "Received by HIM", "Scanned by", "QA / Indexed by"]
    bw = (right - left) // 4
    for i, name in enumerate(boxes):
        bx = left + i * bw
        d.rectangle((bx, y, bx + bw - 20, y + 200), outline=0, width=3)
        d.text((bx + 15, y + 12), name, font=_font("LiberationSans-Regular", 38), fill=0)
        d.text((bx + 15, y + 140), "Date ____/____", font=_font("LiberationSans-Regular", 38), fill=0)
    foot = _font("LiberationSans-Regular", 38)
    d.line((left, H - 250, right, H - 250), fill=0, width=2)
    d.text((left, H - 225), "CONFIDENTIAL - Protected Health Information. Handle per NMC policy HIM-207.",
           font=foot, fill=0)
    d.text((left, H - 170), f"Form NMC-HIM-0412  Rev. 0{rng.randint(1, 9)}/2021", font=foot, fill=0)
    pg = "Separator - do not number"
    d.text((right - _text_w(d, pg, foot), H - 170), pg, font=foot, fill=0)
    return img, bbox


# --------------------------------------------------------------------------- content pages

def _fmt_dob(iso):
    y, m, dd = iso.split("-")
    return f"{m}/{dd}/{y}"


def _page_header(d, rng, title, patient):
    """Northridge document header: site line, title, and patient identity band."""
    left, right = 150, W - 150
    _logo(d, left, 120, 120)
    d.text((left + 150, 125), "Northridge Medical Center", font=_font("DejaVuSerif-Bold", 56), fill=0)
    d.text((left + 150, 198), "2200 Ridgeline Parkway  -  Northridge, OR 97000  -  (541) 555-0190",
           font=_font("DejaVuSans", 38), fill=0)
    d.text((left, 300), title, font=_font("DejaVuSans-Bold", 64), fill=0)
    y = 400
    if patient is not None:
        d.rectangle((left, y, right, y + 190), outline=0, width=4)
        f = _font("DejaVuSansMono-Bold", 44)
        name = f"{patient['family'].upper()}, {patient['given']}"
        d.text((left + 25, y + 25), f"PATIENT: {name}", font=f, fill=0)
        d.text((left + 1300, y + 25), f"MED REC #: {patient['mrn']}", font=f, fill=0)
        d.text((left + 25, y + 110), f"BIRTHDATE: {_fmt_dob(patient['dob'])}", font=f, fill=0)
        d.text((left + 1300, y + 110), f"VISIT #: {patient['encounter']}", font=f, fill=0)
        y += 230
    else:
        d.line((left, y, right, y), fill=0, width=4)
        y += 40
    return y


def _progress_note(d, rng, y):
    left, width = 150, W - 300
    body, head = _font("DejaVuSerif", 44), _font("DejaVuSerif-Bold", 46)
    date, time = _random_stamp(rng)
    d.text((left, y), f"Date of Service: {date} {time}    Service: Hospital Medicine", font=body, fill=0)
    y += 90
    hr, sbp, spo2 = rng.randint(62, 104), rng.randint(104, 152), rng.randint(92, 99)
    sections = [
        ("SUBJECTIVE", "Patient reports improved breathing overnight and slept about five hours. "
         "Denies chest pain, fever or chills. Tolerating a regular diet. Ambulated in the hallway "
         "twice with physical therapy."),
        ("OBJECTIVE", f"T 36.{rng.randint(5, 9)} C, HR {hr}, BP {sbp}/{rng.randint(60, 88)}, RR "
         f"{rng.randint(14, 20)}, SpO2 {spo2}% on {rng.choice(['room air', '2 L nasal cannula'])}. "
         "Lungs with faint bibasilar crackles, no wheezes. Heart regular rate and rhythm. "
         "Trace bilateral ankle edema."),
        ("ASSESSMENT", rng.choice([
            "Community-acquired pneumonia, improving on antibiotics.",
            "Acute on chronic heart failure exacerbation, diuresing well.",
            "COPD exacerbation, slowly improving."])),
        ("PLAN", "Continue current therapy. Transition to oral medication if afebrile for 24 hours. "
         "Repeat basic metabolic panel in the morning. Incentive spirometry every hour while "
         "awake. Case management consulted for discharge planning; anticipate discharge in "
         f"{rng.randint(1, 3)} day(s)."),
    ]
    for h, t in sections:
        d.text((left, y), h, font=head, fill=0)
        y = _paragraph(d, left, y + 66, t, body, width, 60) + 40
    d.text((left, y + 40), f"Electronically signed: {rng.choice(['R. Okafor, MD', 'L. Brandt, DO', 'S. Iyer, MD'])}"
           f"  {date} {time}", font=_font("DejaVuSerif-Italic", 42), fill=0)


def _lab_report(d, rng, y):
    left = 150
    mono, monob = _font("DejaVuSansMono", 42), _font("DejaVuSansMono-Bold", 42)
    date, time = _random_stamp(rng)
    d.text((left, y), f"Collected: {date} {time}   Received: {date}   Status: FINAL", font=mono, fill=0)
    y += 90
    cols = [left, left + 720, left + 1100, left + 1400, left + 1900]
    for x, h in zip(cols, ["TEST", "RESULT", "FLAG", "REFERENCE", "UNITS"]):
        d.text((x, y), h, font=monob, fill=0)
    y += 62
    d.line((left, y, W - 150, y), fill=0, width=3)
    y += 20
    tests = [("Sodium", 136, 145, "mmol/L", 128, 150), ("Potassium", 3.5, 5.1, "mmol/L", 3.0, 5.8),
             ("Chloride", 98, 107, "mmol/L", 94, 110), ("CO2", 22, 29, "mmol/L", 18, 32),
             ("BUN", 7, 20, "mg/dL", 5, 38), ("Creatinine", 0.6, 1.2, "mg/dL", 0.5, 2.1),
             ("Glucose", 70, 99, "mg/dL", 65, 240), ("Calcium", 8.6, 10.3, "mg/dL", 8.0, 10.8),
             ("WBC", 4.0, 11.0, "K/uL", 3.2, 16.0), ("Hemoglobin", 12.0, 16.0, "g/dL", 8.5, 16.5),
             ("Platelets", 150, 400, "K/uL", 110, 460)]
    d.text((left, y), "BASIC METABOLIC PANEL / CBC", font=monob, fill=0)
    y += 70
    for name, lo, hi, unit, vlo, vhi in tests:
        v = rng.randint(vlo, vhi) if isinstance(lo, int) else round(rng.uniform(vlo, vhi), 1)
        flag = "H" if v > hi else ("L" if v < lo else "")
        for x, t in zip(cols, [name, str(v), flag, f"{lo}-{hi}", unit]):
            d.text((x, y), t, font=monob if (t == flag and flag) else mono, fill=0)
        y += 64
    y += 60
    y = _paragraph(d, left, y, "Results flagged H or L are outside the laboratory reference "
                   "interval. Critical values are telephoned to the ordering provider and documented "
                   "in the laboratory information system.", _font("DejaVuSans", 40), W - 300, 56)
    d.text((left, y + 60), "Northridge Medical Center Laboratory - CLIA 38D0000000 - Director: "
           "M. Halvorsen, MD", font=_font("DejaVuSans", 38), fill=0)


def _mar(d, rng, y):
    left, right = 150, W - 150
    f, fb = _font("LiberationSans-Regular", 40), _font("LiberationSans-Bold", 40)
    date, _ = _random_stamp(rng)
    d.text((left, y), f"Administration date: {date}    Allergies: {rng.choice(['NKDA', 'Penicillin', 'Sulfa'])}",
           font=_font("LiberationSans-Regular", 44), fill=0)
    y += 90
    hours = ["0600", "0900", "1200", "1500", "1800", "2100"]
    c0, cw = left + 900, (right - left - 900) // len(hours)
    d.rectangle((left, y, right, y + 80), outline=0, width=3)
    d.text((left + 15, y + 18), "MEDICATION / DOSE / ROUTE / FREQ", font=fb, fill=0)
    for i, h in enumerate(hours):
        d.text((c0 + i * cw + 30, y + 18), h, font=fb, fill=0)
    y += 80
    meds = [("Metoprolol tartrate 25 mg PO BID", {1, 4}), ("Enoxaparin 40 mg SUBQ daily", {1}),
            ("Furosemide 40 mg IV BID", {1, 4}), ("Acetaminophen 650 mg PO q6h PRN pain", {2}),
            ("Pantoprazole 40 mg PO daily", {0}), ("Insulin lispro per sliding scale SUBQ AC", {0, 2, 4}),
            ("Atorvastatin 40 mg PO at bedtime", {5}), ("Ceftriaxone 1 g IV q24h", {3})]
    rng.shuffle(meds)
    initials = ["JM", "KT", "AR", "DL", "PW"]
    for med, slots in meds[: rng.randint(6, 8)]:
        d.rectangle((left, y, right, y + 110), outline=0, width=2)
        d.text((left + 15, y + 32), med, font=f, fill=0)
        for i in range(len(hours)):
            x = c0 + i * cw
            d.line((x, y, x, y + 110), fill=0, width=2)
            if i in slots:
                d.text((x + 25, y + 32), rng.choice(initials), font=f, fill=0)
        y += 110
    y += 60
    d.text((left, y), "Initials key:  JM J. Morales RN   KT K. Tran RN   AR A. Reyes LPN   "
           "DL D. Lee RN   PW P. Walsh RN", font=f, fill=0)
    d.text((left, y + 70), "Held / refused doses: circle time and document reason on reverse.",
           font=f, fill=0)


def _imaging_report(d, rng, y):
    left, width = 150, W - 300
    body, head = _font("LiberationSerif-Regular", 46), _font("LiberationSerif-Bold", 46)
    date, time = _random_stamp(rng)
    exam = rng.choice(["CT CHEST WITHOUT CONTRAST", "XR CHEST 2 VIEWS", "US ABDOMEN COMPLETE"])
    d.text((left, y), f"EXAM: {exam}", font=head, fill=0)
    d.text((left, y + 70), f"Exam date: {date} {time}   Accession: RA{rng.randint(1000000, 9999999)}",
           font=body, fill=0)
    y += 170
    parts = [("CLINICAL INDICATION:", "Shortness of breath and cough for one week. Evaluate for infiltrate."),
             ("COMPARISON:", rng.choice(["None available.", "Prior study from 14 months ago."])),
             ("FINDINGS:", "There is patchy airspace opacity in the right lower lobe. No pleural "
              "effusion or pneumothorax. The cardiomediastinal silhouette is within normal limits "
              "for size. Mild degenerative changes of the thoracic spine. No acute osseous abnormality."),
             ("IMPRESSION:", "1. Right lower lobe airspace disease, compatible with pneumonia in the "
              "appropriate clinical setting. 2. Follow-up imaging after treatment is recommended to "
              "document resolution.")]
    for h, t in parts:
        d.text((left, y), h, font=head, fill=0)
        y = _paragraph(d, left, y + 66, t, body, width, 62) + 40
    d.text((left, y + 40), f"Dictated and signed by: {rng.choice(['E. Novak, MD', 'T. Ahmed, MD'])}, "
           "Department of Radiology", font=_font("LiberationSerif-Italic", 44), fill=0)


def _handout(d, rng, y):
    """Patient education handout (never names a patient)."""
    left, width = 150, W - 300
    body, head = _font("DejaVuSans", 46), _font("DejaVuSans-Bold", 50)
    topic = rng.choice(["Caring for Yourself After Pneumonia", "Living Well With Heart Failure"])
    d.text((left, y), topic, font=_font("DejaVuSans-Bold", 58), fill=0)
    y += 110
    items = [("Take your medicines", "Take every dose exactly as prescribed, even when you feel better. "
              "Bring a list of your medicines to every appointment."),
             ("Watch for warning signs", "Call your doctor if you have a fever over 100.4 F, "
              "trouble breathing, swelling in your legs, or you gain more than 3 pounds in one day."),
             ("Stay active", "Walk a little more each day. Rest when you feel tired. Avoid smoking "
              "and second-hand smoke."),
             ("Follow-up", "Keep your follow-up appointment within 7 days of going home. "
              "Questions? Call the Northridge Nurse Advice Line at (541) 555-0123, 24 hours a day.")]
    for h, t in items:
        d.text((left, y), h, font=head, fill=0)
        y = _paragraph(d, left, y + 72, t, body, width, 64) + 45


def _continuation(d, rng, y):
    """Continuation page of a note: no patient header by design."""
    left, width = 150, W - 300
    body = _font("DejaVuSerif", 44)
    d.text((left, y), "(continued from previous page)", font=_font("DejaVuSerif-Italic", 44), fill=0)
    y += 90
    paras = ["Hospital course: The patient was admitted for evaluation of worsening dyspnea and "
             "treated with intravenous antibiotics and supplemental oxygen. Symptoms improved steadily "
             "and oxygen was weaned to room air by hospital day three.",
             "Discharge medications were reconciled with the pharmacist. The patient and family "
             "received teaching on medication schedule, warning signs and activity. Teach-back "
             "was completed successfully.",
             "Follow-up with the primary care provider in one week and with pulmonology in four "
             "weeks. Repeat chest imaging in six to eight weeks."]
    for p in paras:
        y = _paragraph(d, left, y, p, body, width, 60) + 40


_KINDS = {"Progress Note": _progress_note, "Laboratory Report": _lab_report,
          "Medication Administration Record": _mar, "Radiology Report": _imaging_report}


def content_page(patient, rng):
    """One page of a Northridge clinical document."""
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    if patient is None:
        title, fn = rng.choice([("Patient Education", _handout), ("Discharge Summary", _continuation),
                                ("Progress Note", _continuation)])
    else:
        title, fn = rng.choice(sorted(_KINDS.items()))
    y = _page_header(d, rng, title.upper(), patient)
    fn(d, rng, y + rng.randint(0, 12))
    foot = _font("DejaVuSans", 38)
    d.line((150, H - 200, W - 150, H - 200), fill=0, width=2)
    d.text((150, H - 175), f"NMC {rng.choice(['Clinical', 'Inpatient', 'Ambulatory'])} Record - "
           "Confidential", font=foot, fill=0)
    first = 2 if fn is _continuation else 1
    pg = f"Page {rng.randint(first, 3)} of {rng.randint(3, 4)}"
    d.text((W - 150 - _text_w(d, pg, foot), H - 175), pg, font=foot, fill=0)
    return img
