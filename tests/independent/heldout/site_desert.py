"""Held-out site: Desert Springs Medical Group (imaginary multi-clinic group, Arizona).

Written independently of the digitize code base by a helper agent that saw neither
its code nor other sites' layouts.

Desert Springs' "chart separator" has no heading at all.  A small QR code sits in the
top-right corner, the patient's identity is only on an addressograph-style sticker
(rounded rectangle, monospace imprint) near the top-left, and the rest of the page is
fill-in lines plus a signature box.  Birth dates on the sticker are dotted with a
two-digit year (MM.DD.YY), followed by age and sex.

SPDX-License-Identifier: Apache-2.0
"""
from __future__ import annotations

import datetime
import random

import numpy
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Desert Springs Medical Group"
SYMBOLOGY = "QRCode"
PRINTS_IDENTITY = True

W, H = 2550, 3300
_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_FONTS = {
    "sans": _LB + "LiberationSans-Regular.ttf",
    "sansb": _LB + "LiberationSans-Bold.ttf",
    "sansi": _LB + "LiberationSans-Italic.ttf",
    "serif": _LB + "LiberationSerif-Regular.ttf",
    "serifb": _LB + "LiberationSerif-Bold.ttf",
    "mono": _DJ + "DejaVuSansMono.ttf",
    "monob": _DJ + "DejaVuSansMono-Bold.ttf",
    "dsans": _DJ + "DejaVuSans.ttf",
    "dsansb": _DJ + "DejaVuSans-Bold.ttf",
}
_cache: dict = {}


def _f(kind: str, size: int) -> ImageFont.FreeTypeFont:
    key = (kind, size)
    if key not in _cache:
        _cache[key] = ImageFont.truetype(_FONTS[kind], size)
    return _cache[key]


def _age(dob: str, on: datetime.date) -> int:
    b = datetime.date.fromisoformat(dob)
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def _service_date(rng: random.Random) -> datetime.date:
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=rng.randrange(0, 540))


def _dotted(dob: str) -> str:
    b = datetime.date.fromisoformat(dob)
    return f"{b.month:02d}.{b.day:02d}.{b.year % 100:02d}"


def _sex(patient: dict, rng: random.Random) -> str:
    s = patient.get("sex")
    if s:
        return str(s)[0].upper()
    return rng.choice("FM")


# ----------------------------------------------------------------------------- cover


def _sticker(d: ImageDraw.ImageDraw, x: int, y: int, patient: dict, rng: random.Random,
             today: datetime.date) -> None:
    """Addressograph label: rounded rectangle with a monospace imprint."""
    w, h = 1120, 400
    d.rounded_rectangle((x + 6, y + 8, x + w + 6, y + h + 8), radius=38, fill=232)  # faint shadow
    d.rounded_rectangle((x, y, x + w, y + h), radius=38, fill=255, outline=90, width=3)
    fb, fr = _f("monob", 50), _f("mono", 44)
    name = f"{patient['family'].upper()}, {patient['given'].upper()}"
    age = _age(patient["dob"], today)
    lines = [
        (name, fb),
        (f"MR#  {patient['mrn']}", fr),
        (f"DOB  {_dotted(patient['dob'])}   {age}Y  {_sex(patient, rng)}", fr),
        (f"ACCT {patient.get('encounter', '')}", fr),
        (f"ADM  {today.month:02d}/{today.day:02d}/{today.year % 100:02d}  "
         f"DR {rng.choice(['OKAFOR', 'LINDQVIST', 'BEGAY', 'NAKAMURA', 'REYES'])}", fr),
    ]
    while d.textlength(name, font=fb) > w - 80 and fb.size > 40:
        fb = _f("monob", fb.size - 2)
        lines[0] = (name, fb)
    while d.textlength(name, font=fb) > w - 80:  # imprinter truncates very long names
        name = name[:-1]
        lines[0] = (name, fb)
    ty = y + 34
    for text, font in lines:
        d.text((x + 46 + rng.randint(-2, 2), ty), text, font=font, fill=rng.randint(15, 45))
        ty += 70


def _fill_line(d: ImageDraw.ImageDraw, x: int, y: int, label: str, x1: int) -> None:
    f = _f("sans", 42)
    d.text((x, y - 44), label, font=f, fill=0)
    lx = x + int(d.textlength(label, font=f)) + 20
    d.line((lx, y, x1, y), fill=60, width=3)


def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    today = _service_date(rng)
    margin = 150 + rng.randint(-6, 6)
    right = W - 150 + rng.randint(-6, 6)

    # --- QR code, small, top-right corner (no title anywhere on this sheet)
    box = None
    scale = rng.choice([5, 6])
    if payload is not None:
        code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
        arr = numpy.asarray(zxingcpp.write_barcode_to_image(code, scale=scale), dtype=numpy.uint8)
        qr = Image.fromarray(arr).convert("L")
        qx = right - qr.width + 4 * scale + rng.randint(-4, 4)
        qy = 120 + rng.randint(-5, 5)
        img.paste(qr, (qx, qy))
        ys, xs = numpy.nonzero(arr < 128)
        box = (qx + int(xs.min()), qy + int(ys.min()), qx + int(xs.max()) + 1, qy + int(ys.max()) + 1)

    # --- patient label (sticker) top-left
    sx, sy = margin + rng.randint(-8, 8), 130 + rng.randint(-8, 8)
    _sticker(d, sx, sy, patient, rng, today)
    d.text((sx + 6, sy + 420), "Place patient label here if imprint is missing",
           font=_f("sansi", 38), fill=110)

    # --- fill-in lines
    y = 760 + rng.randint(-6, 6)
    half = (margin + right) // 2
    pairs = [
        ("Date of service", "Clinic / Location"),
        ("Visit type", "Provider"),
        ("Referring physician", "Payer"),
    ]
    for left_label, right_label in pairs:
        _fill_line(d, margin, y, left_label, half - 40)
        _fill_line(d, half + 20, y, right_label, right)
        y += 130
    singles = ["Documents enclosed", "", "Number of pages", "Special handling / release restrictions",
               "", "Comments", "", ""]
    for label in singles:
        if label:
            _fill_line(d, margin, y, label, right)
        else:
            d.line((margin, y, right, y), fill=60, width=3)
        y += 120

    # --- checkbox row
    y += 20
    d.text((margin, y), "Scan priority:", font=_f("sansb", 42), fill=0)
    cx = margin + 330
    for opt in ["Routine", "Same day", "STAT"]:
        d.rectangle((cx, y + 4, cx + 40, y + 44), outline=0, width=3)
        d.text((cx + 58, y), opt, font=_f("sans", 42), fill=0)
        cx += 360
    y += 140

    # --- signature box
    bh = 420
    d.rectangle((margin, y, right, y + bh), outline=0, width=4)
    d.line((half, y, half, y + bh), fill=0, width=3)
    d.text((margin + 24, y + 18), "Prepared by (print name / signature)", font=_f("sans", 40), fill=0)
    d.text((half + 24, y + 18), "Date / time", font=_f("sans", 40), fill=0)
    d.line((margin + 24, y + bh - 90, half - 24, y + bh - 90), fill=110, width=2)
    d.line((half + 24, y + bh - 90, right - 24, y + bh - 90), fill=110, width=2)
    d.text((margin + 24, y + bh - 78), "HIM staff", font=_f("sans", 38), fill=80)
    y += bh + 60
    bh2 = 300
    d.rectangle((margin, y, right, y + bh2), outline=0, width=4)
    d.text((margin + 24, y + 18), "Quality review (initials)", font=_f("sans", 40), fill=0)
    d.text((half + 24, y + 18), "Indexed to encounter", font=_f("sans", 40), fill=0)
    d.line((half, y, half, y + bh2), fill=0, width=3)

    # --- small footer: form number only
    d.text((margin, H - 170), f"DSMG-HIM 0417  rev. {rng.choice(['03/21', '11/22', '06/23'])}",
           font=_f("sans", 38), fill=70)
    d.text((right - 700, H - 170), "Do not remove from chart", font=_f("sansi", 38), fill=70)
    return img, box


# ----------------------------------------------------------------------------- content

_PROVIDERS = ["Amara Okafor, MD", "Erik Lindqvist, DO", "Tomas Begay, PA-C", "Keiko Nakamura, MD",
              "Luis Reyes, NP", "Hannah Whitfield, MD"]
_CLINICS = ["Mesa Vista Clinic", "Saguaro Internal Medicine", "Palo Verde Family Practice",
            "Desert Springs Imaging Center", "Canyon Ridge Cardiology"]


def _wrap(d: ImageDraw.ImageDraw, text: str, font, width: int) -> list[str]:
    out, cur = [], ""
    for word in text.split():
        t = (cur + " " + word).strip()
        if d.textlength(t, font=font) <= width:
            cur = t
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def _para(d, x, y, text, font, width, lead=54) -> int:
    for line in _wrap(d, text, font, width):
        d.text((x, y), line, font=font, fill=0)
        y += lead
    return y + 18


def _letterhead(d, rng, title: str, x0: int, x1: int) -> int:
    # little sun-over-mesa logo
    lx, ly = x0, 110
    d.ellipse((lx + 40, ly, lx + 120, ly + 80), outline=0, width=5)
    d.polygon([(lx, ly + 130), (lx + 50, ly + 70), (lx + 95, ly + 100), (lx + 160, ly + 130)], fill=0)
    d.text((x0 + 200, 105), SITE, font=_f("serifb", 66), fill=0)
    d.text((x0 + 200, 185), f"{rng.choice(_CLINICS)}  |  4410 E. Ocotillo Road, Tucson, AZ 85718  |  (520) 555-0193",
           font=_f("sans", 38), fill=40)
    d.line((x0, 270, x1, 270), fill=0, width=4)
    d.text((x0, 300), title, font=_f("sansb", 58), fill=0)
    return 400


def _id_band(d, x0, x1, y, patient, rng, today) -> int:
    d.rectangle((x0, y, x1, y + 150), outline=0, width=3)
    f, fb = _f("sans", 40), _f("sansb", 40)
    cells = [
        ("Patient:", f"{patient['family'].upper()}, {patient['given']}"),
        ("MR#:", patient["mrn"]),
        ("DOB:", f"{_dotted(patient['dob'])} ({_age(patient['dob'], today)}Y {_sex(patient, rng)})"),
        ("Acct:", patient.get("encounter", "")),
    ]
    pos = [(x0 + 24, y + 20), (x0 + 1250, y + 20), (x0 + 24, y + 82), (x0 + 1250, y + 82)]
    for (lab, val), (cx, cy) in zip(cells, pos):
        d.text((cx, cy), lab, font=f, fill=0)
        d.text((cx + int(d.textlength(lab, font=f)) + 16, cy), val, font=fb, fill=0)
    return y + 200


_HPI = [
    "Patient returns for follow-up of type 2 diabetes and hypertension. Reports good adherence to metformin "
    "and lisinopril. Home glucose readings 110 to 160 fasting. Denies chest pain, dyspnea or polyuria.",
    "Seen today for worsening low back pain for three weeks after lifting boxes. No radicular symptoms, no "
    "bowel or bladder changes. Ibuprofen gives partial relief.",
    "Follow-up of chronic obstructive pulmonary disease. Mild increase in morning cough with clear sputum. "
    "Using tiotropium daily and albuterol two to three times weekly. No fever.",
    "Here for evaluation of intermittent palpitations, worse with caffeine. No syncope. Echocardiogram last "
    "year was normal.",
]
_EXAM = [
    "BP 138/82, HR 76, T 98.1 F, SpO2 97% on room air. Lungs clear bilaterally. Heart regular rate and "
    "rhythm without murmur. Extremities without edema. Monofilament sensation intact.",
    "BP 124/78, HR 68. Lumbar paraspinal tenderness, straight leg raise negative bilaterally, strength 5/5 "
    "in lower extremities, reflexes symmetric.",
    "BP 130/84, HR 88, RR 18, SpO2 93% on room air. Scattered expiratory wheezes, no crackles. Speaking in "
    "full sentences.",
]
_PLAN = [
    "Continue current medications. Hemoglobin A1c and basic metabolic panel today. Reinforced diet and "
    "walking program. Return in three months.",
    "Physical therapy referral placed. Heat, stretching and naproxen 500 mg twice daily with food for two "
    "weeks. Return precautions reviewed.",
    "Prednisone 40 mg daily for five days. Spirometry at next visit. Influenza and pneumococcal vaccines "
    "up to date. Call if symptoms worsen.",
    "Holter monitor for 48 hours. Limit caffeine. Thyroid function tests ordered. Follow up after results.",
]
_LABS = [("Sodium", 136, 145, "mmol/L", 0), ("Potassium", 3.5, 5.1, "mmol/L", 1),
         ("Chloride", 98, 107, "mmol/L", 0), ("CO2", 22, 29, "mmol/L", 0), ("BUN", 7, 20, "mg/dL", 0),
         ("Creatinine", 0.6, 1.2, "mg/dL", 2), ("Glucose", 70, 99, "mg/dL", 0),
         ("Calcium", 8.6, 10.3, "mg/dL", 1), ("Hemoglobin", 12.0, 16.0, "g/dL", 1),
         ("WBC", 4.0, 11.0, "K/uL", 1), ("Platelets", 150, 400, "K/uL", 0),
         ("Hemoglobin A1c", 4.0, 5.6, "%", 1), ("TSH", 0.4, 4.5, "uIU/mL", 2)]
_MEDS = ["Metformin 500 mg PO BID", "Lisinopril 10 mg PO daily", "Heparin 5,000 units SC q8h",
         "Acetaminophen 650 mg PO q6h PRN pain", "Atorvastatin 40 mg PO nightly",
         "Pantoprazole 40 mg PO daily", "Insulin lispro per sliding scale AC", "Ceftriaxone 1 g IV q24h"]


def _note(d, x0, x1, y, rng) -> int:
    fb, f = _f("sansb", 44), _f("serif", 44)
    for head, pool in [("Subjective", _HPI), ("Objective", _EXAM), ("Assessment and Plan", _PLAN)]:
        d.text((x0, y), head, font=fb, fill=0)
        y = _para(d, x0, y + 64, rng.choice(pool), f, x1 - x0)
    return y


def _labs(d, x0, x1, y, rng) -> int:
    f, fb = _f("sans", 42), _f("sansb", 42)
    d.text((x0, y), f"Collected {rng.randint(6, 10):02d}:{rng.choice(['05', '20', '42'])}   "
           f"Accession {rng.randint(10, 99)}-{rng.randint(100000, 999999)}", font=f, fill=0)
    y += 90
    cols = [x0, x0 + 720, x0 + 1040, x0 + 1230, x0 + 1700]
    for c, h in zip(cols, ["Test", "Result", "Flag", "Reference", "Units"]):
        d.text((c, y), h, font=fb, fill=0)
    y += 60
    d.line((x0, y, x1, y), fill=0, width=3)
    y += 20
    for name, lo, hi, unit, dp in rng.sample(_LABS, rng.randint(8, 12)):
        val = rng.uniform(lo - (hi - lo) * 0.25, hi + (hi - lo) * 0.25)
        flag = "H" if val > hi else ("L" if val < lo else "")
        fmt = f"{{:.{dp}f}}"
        for c, t in zip(cols, [name, fmt.format(val), flag, f"{fmt.format(lo)}-{fmt.format(hi)}", unit]):
            d.text((c, y), t, font=fb if (flag and t in (flag, fmt.format(val))) else f, fill=0)
        y += 66
    y += 40
    return _para(d, x0, y, "Results verified by laboratory. Flags: H = above reference, L = below "
                 "reference. Desert Springs Reference Laboratory, CLIA 03D0000000.", _f("sansi", 40), x1 - x0)


def _mar(d, x0, x1, y, rng) -> int:
    f, fb = _f("sans", 40), _f("sansb", 40)
    times = ["0600", "0900", "1200", "1800", "2100"]
    col0 = 1050
    cw = (x1 - x0 - col0) // len(times)
    d.rectangle((x0, y, x1, y + 70), fill=225, outline=0, width=2)
    d.text((x0 + 16, y + 14), "Medication / dose / route / frequency", font=fb, fill=0)
    for i, t in enumerate(times):
        d.text((x0 + col0 + i * cw + 30, y + 14), t, font=fb, fill=0)
    y += 70
    for med in rng.sample(_MEDS, rng.randint(5, 7)):
        d.rectangle((x0, y, x1, y + 110), outline=0, width=2)
        d.text((x0 + 16, y + 32), med, font=f, fill=0)
        for i in range(len(times)):
            cx = x0 + col0 + i * cw
            d.line((cx, y, cx, y + 110), fill=0, width=2)
            if rng.random() < 0.45:
                d.text((cx + 30, y + 32), rng.choice(["RL", "JM", "KT", "ab"]), font=f, fill=30)
        y += 110
    y += 50
    return _para(d, x0, y, "Initial each dose when given. Circle initials and document reason if held or "
                 "refused. PRN doses require effect documented within one hour.", f, x1 - x0)


def _imaging(d, x0, x1, y, rng) -> int:
    fb, f = _f("sansb", 44), _f("serif", 44)
    exam = rng.choice(["CT ABDOMEN AND PELVIS WITH CONTRAST", "CHEST, 2 VIEWS", "MRI LUMBAR SPINE WITHOUT CONTRAST",
                       "ULTRASOUND RIGHT UPPER QUADRANT"])
    sections = [
        ("Exam", exam),
        ("Indication", rng.choice(["Abdominal pain.", "Cough and fever.", "Low back pain, rule out disc herniation.",
                                   "Elevated liver enzymes."])),
        ("Comparison", rng.choice(["None available.", "Prior study from 2021."])),
        ("Findings", "No acute abnormality identified. Visualized structures are within normal limits for age. "
         "Mild degenerative changes are noted. No fluid collection, mass or free air. Osseous structures "
         "are intact without acute fracture."),
        ("Impression", rng.choice(["1. No acute findings.", "1. Mild degenerative change. 2. No acute process.",
                                   "1. Cholelithiasis without evidence of acute cholecystitis."])),
    ]
    for head, text in sections:
        d.text((x0, y), head.upper() + ":", font=fb, fill=0)
        y = _para(d, x0 + 380, y, text, f, x1 - x0 - 380)
    d.text((x0, y + 40), f"Electronically signed: {rng.choice(_PROVIDERS)}, Radiology", font=_f("sansi", 42), fill=0)
    return y + 120


def _letter(d, x0, x1, y, rng) -> int:
    f = _f("serif", 46)
    y = _para(d, x0, y, f"Dear Dr. {rng.choice(['Alvarez', 'Chen', 'Morrison', 'Yazzie'])},", f, x1 - x0)
    body = ["Thank you for asking me to see your patient in consultation. I reviewed the history, the "
            "outside records and performed an examination today.",
            rng.choice(_HPI), rng.choice(_EXAM),
            "My recommendations are: " + rng.choice(_PLAN),
            "I would be glad to see the patient again as needed. Please do not hesitate to call with questions."]
    for p in body:
        y = _para(d, x0, y, p, f, x1 - x0, lead=58)
    y = _para(d, x0, y + 30, "Sincerely,", f, x1 - x0)
    return _para(d, x0, y + 80, rng.choice(_PROVIDERS), f, x1 - x0)


def _handout(d, x0, x1, y, rng) -> int:
    fb, f = _f("dsansb", 46), _f("dsans", 42)
    topic, tips = rng.choice([
        ("Eating less salt", ["Read labels: aim for under 2,000 mg sodium per day.", "Choose fresh or frozen "
          "vegetables instead of canned.", "Season with herbs, lemon and spices instead of salt.",
          "Limit deli meats, chips and fast food."]),
        ("Staying safe in the heat", ["Drink water before you feel thirsty.", "Avoid outdoor activity from "
          "11 am to 4 pm in summer.", "Know the signs of heat exhaustion: dizziness, nausea, heavy sweating.",
          "Never leave children or pets in a parked car."]),
        ("Using your inhaler", ["Shake the inhaler and breathe out fully.", "Seal your lips around the "
          "mouthpiece and press once as you breathe in slowly.", "Hold your breath for ten seconds.",
          "Rinse your mouth after steroid inhalers."]),
    ])
    d.text((x0, y), topic, font=fb, fill=0)
    y += 90
    for t in tips:
        d.ellipse((x0 + 10, y + 16, x0 + 30, y + 36), fill=0)
        y = _para(d, x0 + 60, y, t, f, x1 - x0 - 60)
    return _para(d, x0, y + 40, "Call your clinic or the Desert Springs nurse line at (520) 555-0110 if you "
                 "have questions. In an emergency call 911.", f, x1 - x0)


_KINDS = {
    "note": ("Clinic Progress Note", _note),
    "labs": ("Laboratory Results", _labs),
    "mar": ("Medication Administration Record", _mar),
    "imaging": ("Diagnostic Imaging Report", _imaging),
    "letter": ("Consultation Letter", _letter),
}


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    x0 = 170 + rng.randint(-8, 8)
    x1 = W - 170 + rng.randint(-8, 8)
    today = _service_date(rng)
    if patient is None and rng.random() < 0.5:
        title, fn = "Patient Education", _handout
    else:
        title, fn = _KINDS[rng.choice(sorted(_KINDS))]
    y = _letterhead(d, rng, title, x0, x1)
    if patient is not None:
        y = _id_band(d, x0, x1, y, patient, rng, today)
    elif fn is not _handout:
        d.text((x0, y), "Continuation sheet - see page 1 for patient identification",
               font=_f("sansi", 40), fill=60)
        y += 90
    d.text((x1 - 620, 320), f"Date: {today:%m/%d/%Y}", font=_f("sans", 42), fill=0)
    fn(d, x0, x1, y + 20, rng)
    page = 1 if patient is not None else rng.randint(2, 4)
    d.line((x0, H - 200, x1, H - 200), fill=120, width=2)
    d.text((x0, H - 175), "Confidential patient information - Desert Springs Medical Group",
           font=_f("sans", 38), fill=60)
    d.text((x1 - 260, H - 175), f"Page {page}", font=_f("sans", 38), fill=60)
    return img
