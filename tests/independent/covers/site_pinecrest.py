"""Pinecrest Family Practice -- an imaginary small outpatient family-medicine clinic
(Pinecrest Family Practice, 410 Larch Hollow Road, Cedar Falls).

Written independently of the digitize code base by a helper agent that saw neither
its code nor other sites' layouts.

Cover: a "Chart Documents" separator with a QR code on the right, name, birth date,
chart # and encounter #, and tick boxes.  Content: office-visit notes, lab results,
immunization records, referral letters, patient handouts.  Licensed under the Apache License, Version 2.0.
"""
from __future__ import annotations

import random

import numpy
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Pinecrest Family Practice"
SYMBOLOGY = "QRCode"
PRINTS_IDENTITY = True

W, H = 2550, 3300
_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_FONT_FILES = {"sans": _LB + "LiberationSans-Regular.ttf", "sansb": _LB + "LiberationSans-Bold.ttf",
               "sansi": _LB + "LiberationSans-Italic.ttf", "serif": _LB + "LiberationSerif-Regular.ttf",
               "serifb": _LB + "LiberationSerif-Bold.ttf", "mono": _DJ + "DejaVuSansMono.ttf"}
_cache: dict = {}


def _f(name: str, size: int) -> ImageFont.FreeTypeFont:
    if (name, size) not in _cache:
        _cache[(name, size)] = ImageFont.truetype(_FONT_FILES[name], size)
    return _cache[(name, size)]


def _us_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{m}/{d}/{y}"


def _name(p: dict) -> str:
    return f"{p['family'].upper()}, {p['given']}"


def _rand_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.choice([2022, 2023, 2024])}"


def _logo(d: ImageDraw.ImageDraw, x: int, y: int, s: int = 110) -> None:
    """Three stacked triangles and a trunk: the clinic's pine-tree mark."""
    for i in range(3):
        top = y + i * s // 4
        half = s // 5 + i * s // 7
        d.polygon([(x + s // 2, top), (x + s // 2 - half, top + s // 2),
                   (x + s // 2 + half, top + s // 2)], fill=0)
    d.rectangle([x + s // 2 - s // 14, y + s, x + s // 2 + s // 14, y + s + s // 5], fill=0)


def _letterhead(d: ImageDraw.ImageDraw, rng: random.Random, x0: int, y0: int) -> int:
    _logo(d, x0, y0)
    d.text((x0 + 150, y0 + 4), SITE, font=_f("serifb", 74), fill=0)
    d.text((x0 + 152, y0 + 92), "410 Larch Hollow Road  \u2022  Cedar Falls  \u2022  Tel (555) 014-2290"
           "  \u2022  Fax (555) 014-2291", font=_f("sans", 40), fill=40)
    d.line([(x0, y0 + 160), (W - x0, y0 + 160)], fill=0, width=5)
    d.line([(x0, y0 + 172), (W - x0, y0 + 172)], fill=0, width=2)
    return y0 + 200


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        trial = (cur + " " + word).strip()
        if font.getlength(trial) <= width:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def _para(d, x, y, text, font, width, lead=1.32) -> int:
    step = int(font.size * lead)
    for line in _wrap(text, font, width):
        d.text((x, y), line, font=font, fill=0)
        y += step
    return y


def _checkbox(d, x, y, label, checked, rng, size=46):
    d.rectangle([x, y, x + size, y + size], outline=0, width=4)
    if checked:  # a pen tick: two slightly wobbly strokes
        j = lambda: rng.randint(-4, 4)
        d.line([(x + 6 + j(), y + 6 + j()), (x + size - 6 + j(), y + size - 6 + j())], fill=20, width=7)
        d.line([(x + size - 6 + j(), y + 6 + j()), (x + 6 + j(), y + size - 6 + j())], fill=20, width=7)
    d.text((x + size + 20, y - 2), label, font=_f("sans", 46), fill=0)


# --------------------------------------------------------------------------- cover sheet

_DOC_KINDS = ["Labs", "Consults", "Imaging", "Office Notes", "Referrals",
              "Outside Records", "Immunizations", "Forms / Letters"]


def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-10, 10), rng.randint(-10, 10)
    mx = 170 + jx
    y = _letterhead(d, rng, mx, 150 + jy)

    y += 50
    d.text((mx, y), "Chart Documents", font=_f("sansb", 110), fill=0)
    y += 140
    d.text((mx, y), "Scanning separator \u2013 place this sheet on top of the patient's papers",
           font=_f("sansi", 46), fill=30)
    y += 120
    steps = ["Complete one sheet for each patient and each encounter.",
             "Tick the kinds of documents enclosed and write the page count.",
             "Place the sheet face up on top of the documents; remove staples and sticky notes.",
             "Leave in the Medical Records tray for scanning by 4 pm."]
    d.rounded_rectangle([mx, y, W - mx, y + 90 + 70 * len(steps)], radius=24, outline=0, width=3)
    d.text((mx + 40, y + 26), "How to use this sheet", font=_f("sansb", 48), fill=0)
    for i, st in enumerate(steps, 1):
        d.text((mx + 60, y + 30 + 70 * i), f"{i}.  {st}", font=_f("sans", 44), fill=0)

    # QR code, right side, vertically centred on the page
    bbox = None
    module = 12  # 12 px = 1.02 mm per module at 300 dpi
    qr_side_est = 37 * module
    qr_right = W - 170 + jx
    qr_cy = H // 2 + rng.randint(-6, 6)
    if payload is not None:
        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
        arr = numpy.asarray(zxingcpp.write_barcode_to_image(code, scale=module))
        qr = Image.fromarray(arr.astype(numpy.uint8)).convert("L")
        qx, qy = qr_right - qr.width, qr_cy - qr.height // 2
        img.paste(qr, (qx, qy))
        quiet = 4 * module
        bbox = (qx + quiet, qy + quiet, qx + qr.width - quiet, qy + qr.height - quiet)
        qr_side_est = qr.width
    # caption under the code area (printed even when no code is present)
    cap = "Index code \u2013 do not mark"
    cf = _f("sans", 38)
    cw = cf.getlength(cap)
    d.text((qr_right - qr_side_est // 2 - cw // 2, qr_cy + qr_side_est // 2 + 20), cap, font=cf, fill=60)

    # identity block: boxed form on the left half, centred on the same line as the code
    bx0, bx1 = mx, qr_right - qr_side_est - 90
    rows = [("Patient", _name(patient)),
            ("Birth Date", _us_date(patient["dob"])),
            ("Chart #", patient["mrn"]),
            ("Encounter #", patient["encounter"]),
            ("Provider", rng.choice(["Dr. L. Okafor", "Dr. R. Hendricks", "T. Vance, PA-C",
                                      "Dr. S. Marchetti", "J. Whitfield, NP"]))]
    rh = 122
    by0 = H // 2 - (len(rows) * rh) // 2 + rng.randint(-8, 8)
    d.rectangle([bx0, by0, bx1, by0 + len(rows) * rh], outline=0, width=4)
    lab_w = 420
    d.line([(bx0 + lab_w, by0), (bx0 + lab_w, by0 + len(rows) * rh)], fill=0, width=2)
    for i, (lab, val) in enumerate(rows):
        ry = by0 + i * rh
        if i:
            d.line([(bx0, ry), (bx1, ry)], fill=0, width=2)
        d.text((bx0 + 26, ry + 34), lab, font=_f("sansb", 52), fill=0)
        vf = _f("sans", 60)
        while vf.getlength(val) > bx1 - bx0 - lab_w - 50 and vf.size > 42:
            vf = _f("sans", vf.size - 4)
        d.text((bx0 + lab_w + 30, ry + 30), val, font=vf, fill=0)

    # document-kind tick boxes below
    y = max(by0 + len(rows) * rh, qr_cy + qr_side_est // 2 + 60) + 110
    d.text((mx, y), "Documents enclosed (check all that apply):", font=_f("sansb", 52), fill=0)
    y += 100
    ticked = set(rng.sample(_DOC_KINDS, rng.randint(1, 3)))
    col_w = (W - 2 * mx) // 2
    for i, kind in enumerate(_DOC_KINDS):
        cx = mx + 20 + (i % 2) * col_w
        cy = y + (i // 2) * 88
        _checkbox(d, cx, cy, kind, kind in ticked, rng)
    y += 4 * 88 + 50
    d.text((mx, y), "Other: ", font=_f("sans", 46), fill=0)
    d.line([(mx + 160, y + 50), (mx + 1100, y + 50)], fill=0, width=2)
    d.text((mx + 1250, y), "Pages enclosed: ", font=_f("sans", 46), fill=0)
    d.line([(mx + 1600, y + 50), (mx + 1850, y + 50)], fill=0, width=2)

    # staff-use footer
    fy = H - 430 + jy
    d.line([(mx, fy), (W - mx, fy)], fill=0, width=3)
    d.text((mx, fy + 25), "For Medical Records use only", font=_f("sansb", 44), fill=0)
    d.text((mx, fy + 95), "Prepared by: ____________    Scanned by: ____________    Date: __________",
           font=_f("sans", 44), fill=0)
    d.text((mx, fy + 185), "Keep this sheet face up and unstapled. Use one sheet per patient per "
           "encounter.", font=_f("sans", 40), fill=40)
    d.text((mx, fy + 280), "PFP-HIM-014  Rev. 03/2021", font=_f("sans", 38), fill=70)
    return img, bbox


# --------------------------------------------------------------------------- content pages

def _id_header(d, p: dict, rng: random.Random, y: int, mx: int) -> int:
    """Pinecrest's patient band printed on every chart page."""
    d.rectangle([mx, y, W - mx, y + 150], outline=0, width=3)
    f, fb = _f("sans", 44), _f("sansb", 44)
    items = [("Patient:", _name(p)), ("DOB:", _us_date(p["dob"])),
             ("Chart #:", p["mrn"]), ("Enc #:", p["encounter"])]
    pos = [(mx + 25, y + 18), (mx + 1350, y + 18), (mx + 25, y + 84), (mx + 1350, y + 84)]
    for (lab, val), (x, yy) in zip(items, pos):
        d.text((x, yy), lab, font=fb, fill=0)
        d.text((x + fb.getlength(lab) + 18, yy), val, font=f, fill=0)
    return y + 190


def _section(d, x, y, title):
    d.text((x, y), title, font=_f("sansb", 48), fill=0)
    return y + 66


_COMPLAINTS = [
    ("follow-up of hypertension", "Home readings average 138/84. Taking lisinopril 20 mg daily "
     "without side effects. No chest pain, headache or ankle swelling. Diet unchanged; walks "
     "three times a week."),
    ("cough for ten days", "Dry cough, worse at night, no fever since day three. No shortness of "
     "breath. Non-smoker. Tried honey and over-the-counter dextromethorphan with partial relief."),
    ("diabetes check", "Reports fasting sugars 120 to 150. Metformin 1000 mg twice daily. Missed "
     "eye exam last year. Denies numbness in feet. Last A1c 7.4%."),
    ("low back pain", "Pain began after lifting boxes two weeks ago, no radiation to the legs, no "
     "bladder or bowel change. Ibuprofen helps. Works at a warehouse."),
]


def _progress_note(d, rng, x, y, width, cont=False):
    f = _f("serif", 46)
    cc, hpi = rng.choice(_COMPLAINTS)
    if not cont:
        d.text((x, y), "Office Visit Note", font=_f("sansb", 64), fill=0)
        y += 100
        d.text((x, y), f"Date of service: {_rand_date(rng)}     Visit type: Established patient",
               font=_f("sans", 42), fill=0)
        y += 80
        y = _section(d, x, y, "Subjective")
        y = _para(d, x, y, f"Patient presents for {cc}. {hpi}", f, width) + 30
    else:
        d.text((x, y), "Office Visit Note (continued)", font=_f("sansb", 56), fill=0)
        y += 100
    y = _section(d, x, y, "Objective")
    vitals = (f"BP {rng.randint(112, 156)}/{rng.randint(68, 94)}, HR {rng.randint(58, 96)}, "
              f"Temp {rng.choice(['97.9', '98.2', '98.6', '99.1'])} F, SpO2 {rng.randint(95, 99)}% "
              f"on room air, Wt {rng.randint(120, 240)} lb.")
    y = _para(d, x, y, vitals + " Alert and in no distress. Lungs clear to auscultation "
              "bilaterally. Heart regular rate and rhythm, no murmur. Abdomen soft, non-tender. "
              "No peripheral edema.", f, width) + 30
    y = _section(d, x, y, "Assessment and Plan")
    plans = ["Continue current medication; recheck in three months.",
             "Basic metabolic panel and lipid panel ordered today.",
             "Discussed diet, exercise and sleep habits; handout given.",
             "Return sooner for fever, chest pain or worsening symptoms.",
             "Referral placed as discussed; patient agrees with plan."]
    for i, pl in enumerate(rng.sample(plans, rng.randint(3, 5)), 1):
        y = _para(d, x + 40, y, f"{i}. {pl}", f, width - 40)
    y += 60
    d.text((x, y), "Electronically signed: " + rng.choice(
        ["Laura Okafor, MD", "Ross Hendricks, DO", "Tessa Vance, PA-C"]) + "  " + _rand_date(rng),
        font=_f("sansi", 42), fill=0)
    return y


_LABS = [("Sodium", 136, 145, "mmol/L"), ("Potassium", 3.5, 5.1, "mmol/L"), ("Chloride", 98, 107,
         "mmol/L"), ("CO2", 22, 29, "mmol/L"), ("BUN", 7, 20, "mg/dL"), ("Creatinine", 0.6, 1.2,
         "mg/dL"), ("Glucose", 70, 99, "mg/dL"), ("Calcium", 8.6, 10.3, "mg/dL"), ("Hemoglobin A1c",
         4.0, 5.6, "%"), ("Total Cholesterol", 100, 199, "mg/dL"), ("LDL Cholesterol", 0, 99, "mg/dL"),
         ("HDL Cholesterol", 40, 90, "mg/dL"), ("TSH", 0.4, 4.5, "uIU/mL")]


def _lab_sheet(d, rng, x, y, width):
    d.text((x, y), "Laboratory Results", font=_f("sansb", 64), fill=0)
    y += 100
    d.text((x, y), f"Collected: {_rand_date(rng)} 08:{rng.randint(10, 59)}    Performed by: "
           "Cedar Valley Reference Lab", font=_f("sans", 42), fill=0)
    y += 90
    cols = [x, x + 760, x + 1130, x + 1330, x + 1800]
    hf, mf = _f("sansb", 44), _f("mono", 42)
    for cx, h in zip(cols, ["Test", "Result", "Flag", "Reference", "Units"]):
        d.text((cx, y), h, font=hf, fill=0)
    y += 64
    d.line([(x, y), (x + width, y)], fill=0, width=3)
    y += 20
    for name, lo, hi, unit in rng.sample(_LABS, rng.randint(8, 12)):
        span = hi - lo
        val = max(rng.uniform(lo - 0.25 * span, hi + 0.25 * span), 0.3 * (lo or hi))
        isfloat = isinstance(lo, float) or isinstance(hi, float)
        txt = f"{val:.1f}" if isfloat else f"{round(val)}"
        flag = "H" if val > hi else ("L" if val < lo else "")
        d.text((cols[0], y), name, font=_f("sans", 44), fill=0)
        d.text((cols[1], y), txt, font=mf, fill=0)
        d.text((cols[2], y), flag, font=_f("sansb", 44), fill=0)
        d.text((cols[3], y), f"{lo}-{hi}", font=mf, fill=0)
        d.text((cols[4], y), unit, font=mf, fill=0)
        y += 74
    y += 40
    y = _para(d, x, y, "H = above reference range, L = below reference range. Results reviewed "
              "by provider; patient notified by portal message.", _f("sansi", 40), width)
    return y


_VACCINES = ["Influenza, quadrivalent", "Tdap", "Pneumococcal PCV20", "Zoster recombinant",
             "COVID-19 mRNA", "Hepatitis B", "MMR", "Td booster"]


def _immunizations(d, rng, x, y, width):
    d.text((x, y), "Immunization Record", font=_f("sansb", 64), fill=0)
    y += 120
    cols = [x, x + 820, x + 1200, x + 1500, x + 1800]
    for cx, h in zip(cols, ["Vaccine", "Date Given", "Site", "Lot #", "Given by"]):
        d.text((cx, y), h, font=_f("sansb", 44), fill=0)
    y += 64
    d.line([(x, y), (x + width, y)], fill=0, width=3)
    y += 20
    for vac in rng.sample(_VACCINES, rng.randint(4, 7)):
        row = [vac, _rand_date(rng), rng.choice(["L deltoid", "R deltoid"]),
               f"{rng.choice('ABFKMX')}{rng.randint(10000, 99999)}", rng.choice(["KM, RN", "DT, MA", "PL, LPN"])]
        for cx, t in zip(cols, row):
            d.text((cx, y), t, font=_f("sans", 44), fill=0)
        y += 80
        d.line([(x, y - 12), (x + width, y - 12)], fill=170, width=1)
    y += 50
    return _para(d, x, y, "Vaccine Information Statements provided before each dose. Patient "
                 "observed 15 minutes after administration with no reaction.", _f("serif", 44), width)


def _referral_letter(d, rng, x, y, width, p):
    f = _f("serif", 48)
    d.text((x, y), _rand_date(rng), font=f, fill=0)
    y += 100
    doc = rng.choice([("Dr. Amrita Sandoval", "Cedar Falls Cardiology"),
                      ("Dr. Peter Lindqvist", "Northside Orthopedics"),
                      ("Dr. Hana Moreau", "Valley Endocrine Associates")])
    for line in (doc[0], doc[1], "Cedar Falls"):
        d.text((x, y), line, font=f, fill=0)
        y += 62
    y += 50
    d.text((x, y), "Re: Referral for consultation", font=_f("serifb", 48), fill=0)
    y += 100
    d.text((x, y), f"Dear {doc[0]},", font=f, fill=0)
    y += 90
    who = f"{p['given']} {p['family'].title()}" if p else "our patient"
    body = [f"Thank you for agreeing to see {who}, who has been followed at our clinic for several "
            "years. I would appreciate your opinion on the findings summarized below.",
            rng.choice(["An ECG at our office showed new left bundle branch block; the patient "
                        "reports mild exertional fatigue but no chest pain.",
                        "Persistent right knee pain for four months despite physical therapy and "
                        "anti-inflammatories; X-ray shows moderate joint space narrowing.",
                        "Thyroid ultrasound demonstrated a 1.8 cm nodule in the left lobe; TSH is "
                        "within normal limits."]),
            "Recent office notes, medication list and laboratory results are enclosed. Please "
            "send your consultation report to our fax number above.",
            "With thanks and kind regards,"]
    for para in body:
        y = _para(d, x, y, para, f, width) + 40
    y += 80
    d.text((x, y), rng.choice(["Laura Okafor, MD", "Ross Hendricks, DO"]), font=f, fill=0)
    return y + 62


_HANDOUTS = [
    ("Checking Your Blood Pressure at Home",
     ["Sit quietly for five minutes before measuring, with your back supported and feet flat.",
      "Rest your arm on a table so the cuff is at the level of your heart.",
      "Take two readings one minute apart, morning and evening, and write both down.",
      "Avoid coffee, exercise and smoking for 30 minutes before a reading.",
      "Bring your log and your cuff to your next visit so we can check its accuracy.",
      "Call the clinic if your reading is above 180/110 or you feel chest pain."]),
    ("Caring for a Cold or Cough",
     ["Rest and drink plenty of fluids such as water, broth and warm tea.",
      "Honey can soothe a cough in adults and children over one year old.",
      "Most colds last seven to ten days; antibiotics do not help viral infections.",
      "Wash hands often and cover coughs to protect others at home.",
      "Call us if you have trouble breathing, a fever over 102 F, or symptoms past two weeks."]),
]


def _handout(d, rng, x, y, width):
    title, tips = rng.choice(_HANDOUTS)
    d.text((x, y), "Patient Information", font=_f("sansi", 46), fill=40)
    y += 80
    d.text((x, y), title, font=_f("sansb", 66), fill=0)
    y += 130
    f = _f("serif", 50)
    for t in tips:
        d.ellipse([x + 10, y + 20, x + 30, y + 40], fill=0)
        y = _para(d, x + 60, y, t, f, width - 60) + 34
    y += 40
    return _para(d, x, y, "Questions? Call our nurse line at (555) 014-2290, Monday to Friday, "
                 "8 am to 5 pm.", _f("sansi", 46), width)


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    mx = 180 + rng.randint(-10, 10)
    y = _letterhead(d, rng, mx, 140 + rng.randint(-10, 10))
    if patient is not None:
        y = _id_header(d, patient, rng, y, mx)
        kind = rng.choice(["note", "labs", "immunizations", "referral"])
    else:
        kind = rng.choice(["handout", "note_cont", "handout"])
    y += 30
    width = W - 2 * mx
    {"note": lambda: _progress_note(d, rng, mx, y, width),
     "note_cont": lambda: _progress_note(d, rng, mx, y, width, cont=True),
     "labs": lambda: _lab_sheet(d, rng, mx, y, width),
     "immunizations": lambda: _immunizations(d, rng, mx, y, width),
     "referral": lambda: _referral_letter(d, rng, mx, y, width, patient),
     "handout": lambda: _handout(d, rng, mx, y, width)}[kind]()
    foot = _f("sans", 38)
    note = "Patient education \u2013 you may copy this sheet" if kind == "handout" else \
        "Confidential health information"
    d.text((mx, H - 150), f"{SITE}  \u2013  {note}", font=foot, fill=60)
    pg = f"Page {rng.randint(2, 3) if kind == 'note_cont' else rng.randint(1, 2)}"
    d.text((W - mx - foot.getlength(pg), H - 150), pg, font=foot, fill=60)
    return img
