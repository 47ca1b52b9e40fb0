"""Imaginary site: Lakeshore Community Health (a lakeside community clinic network).

Written independently of the digitize code base by a helper agent that saw neither its
code nor other sites' layouts.

The clinic's patient sheet has no heading at all: a small wave logo with the clinic name
at the top, a boxed identity block with compact labels (Pt Name / MR# / D.O.B. / Visit #),
a few check boxes for the HIM clerk, and a QR code centred near the foot of the page.
Birth dates are written 10-Dec-1942 and names are printed given name first.

License: Apache-2.0.
"""

import random

import numpy
import zxingcpp
from PIL import Image, ImageDraw, ImageFont

SITE = "Lakeshore Community Health"
SYMBOLOGY = "QRCode"
PRINTS_IDENTITY = True

W, H = 2550, 3300
_DJ = "/usr/share/fonts/truetype/dejavu/"
_LB = "/usr/share/fonts/truetype/liberation/"
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_FONT_CACHE = {}


def _font(name, size):
    if (name, size) not in _FONT_CACHE:
        _FONT_CACHE[name, size] = ImageFont.truetype(name, size)
    return _FONT_CACHE[name, size]


def _sans(size, bold=False):
    return _font(_LB + "LiberationSans-%s.ttf" % ("Bold" if bold else "Regular"), size)


def _serif(size, bold=False):
    return _font(_DJ + ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf"), size)


def _mono(size, bold=False):
    return _font(_LB + "LiberationMono-%s.ttf" % ("Bold" if bold else "Regular"), size)


def _dmy(iso):
    """1942-12-10 -> 10-Dec-1942 (the clinic's house style)."""
    y, m, d = iso.split("-")
    return "%02d-%s-%s" % (int(d), _MONTHS[int(m) - 1], y)


def _rand_date(rng, year=None):
    y = year or rng.choice([2022, 2023, 2024])
    return "%04d-%02d-%02d" % (y, rng.randint(1, 12), rng.randint(1, 28))


def _display_name(patient):
    return "%s %s" % (patient["given"], patient["family"])


def _para(draw, x, y, text, font, width, gap=12):
    """Draw text word-wrapped to width; return the y below it."""
    lines = [""]
    for word in text.split():
        trial = (lines[-1] + " " + word).strip()
        if draw.textlength(trial, font=font) <= width or not lines[-1]:
            lines[-1] = trial
        else:
            lines.append(word)
    for line in lines:
        draw.text((x, y), line, font=font, fill=0)
        y += font.size + gap
    return y


def _right(draw, x1, y, text, font):
    draw.text((x1 - draw.textlength(text, font=font), y), text, font=font, fill=0)


def _logo(draw, x, y, small=False):
    """Rounded square with three wave strokes, the clinic name beside it."""
    s = 150 if small else 210
    draw.rounded_rectangle([x, y, x + s, y + s], radius=s // 6, outline=0, width=7)
    for i in range(3):
        yy = y + s * (0.35 + 0.18 * i)
        for k in range(3):
            x0 = x + 14 + k * (s - 28) / 3
            draw.arc([x0, yy - 22, x0 + (s - 28) / 3, yy + 22], 200, 340, fill=0, width=6)
    draw.ellipse([x + s * 0.62, y + s * 0.12, x + s * 0.82, y + s * 0.32], fill=0)
    tx = x + s + 36
    draw.text((tx, y + (4 if small else 10)), "Lakeshore",
              font=_serif(66 if small else 92, True), fill=0)
    draw.text((tx, y + (80 if small else 118)), "COMMUNITY HEALTH",
              font=_sans(44 if small else 58, True), fill=0)
    return y + s


# ---------------------------------------------------------------- cover sheet

def _qr_image(payload, scale):
    code = zxingcpp.create_barcode(payload, zxingcpp.BarcodeFormat.QRCode)
    arr = numpy.asarray(zxingcpp.write_barcode_to_image(code, scale=scale))
    return Image.fromarray(arr.astype(numpy.uint8)).convert("L")


def _dashed_square(d, cx, cy, half, dash=22, step=40):
    for t in range(-half, half, step):
        a, b = t, min(t + dash, half)
        for sgn in (-1, 1):
            d.line([cx + a, cy + sgn * half, cx + b, cy + sgn * half], fill=0, width=3)
            d.line([cx + sgn * half, cy + a, cx + sgn * half, cy + b], fill=0, width=3)


def _checkbox(draw, x, y, label, font, ticked=False):
    draw.rectangle([x, y + 4, x + 40, y + 44], outline=0, width=4)
    if ticked:
        draw.line([x + 8, y + 24, x + 18, y + 36, x + 34, y + 10], fill=0, width=6)
    draw.text((x + 60, y), label, font=font, fill=0)


def cover_sheet(patient, payload, rng):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    jx, jy = rng.randint(-12, 12), rng.randint(-12, 12)
    m = 190 + jx

    # letterhead: logo + address, no heading of any kind
    bottom = _logo(d, m, 170 + jy)
    addr = ["1180 Harbor View Road, Port Ellery, MI 49601",
            "Health Information Mgmt  |  Tel (231) 555-0148  |  Fax (231) 555-0199"]
    for i, line in enumerate(addr):
        _right(d, W - m, 190 + jy + 56 * i, line, _sans(40))
    site_code = rng.choice(["LCH-01 Main", "LCH-02 Northside", "LCH-04 Bayview", "LCH-07 Westlake"])
    _right(d, W - m, 312 + jy, site_code, _sans(40, True))
    y = bottom + 60
    d.line([m, y, W - m, y], fill=0, width=6)
    d.line([m, y + 14, W - m, y + 14], fill=0, width=2)

    # identity block
    y += 110
    box_top = y
    lab_f, val_f = _sans(50, True), _sans(64)
    rows = [("Pt Name:", _display_name(patient)),
            ("MR#:", patient["mrn"]),
            ("D.O.B.:", _dmy(patient["dob"])),
            ("Visit #:", patient["encounter"])]
    y += 50
    for lab, val in rows:
        d.text((m + 60, y + 10), lab, font=lab_f, fill=0)
        d.text((m + 420, y), val, font=val_f, fill=0)
        y += 120
    d.rectangle([m, box_top, W - m, y + 10], outline=0, width=5)

    # clerk section: where it came from, what it holds
    y += 110
    small, body = _sans(40), _sans(44)
    clinic = rng.choice(["Family Medicine", "Internal Medicine", "Pediatrics",
                         "Women's Health", "Behavioral Health", "Walk-In Care"])
    d.text((m, y), "Clinic / Dept:", font=_sans(44, True), fill=0)
    d.text((m + 330, y), clinic, font=body, fill=0)
    d.text((W // 2 + 80, y), "Date rec'd:", font=_sans(44, True), fill=0)
    d.line([W // 2 + 340, y + 48, W - m, y + 48], fill=0, width=3)
    y += 110
    d.text((m, y), "Contents (check all that apply):", font=_sans(44, True), fill=0)
    y += 80
    kinds = ["Office visit notes", "Outside records", "Lab results", "Imaging",
             "Consents / HIPAA", "Immunization record", "Referral", "Other: __________"]
    ticks = set(rng.sample(range(len(kinds) - 1), rng.randint(0, 2)))
    for i, k in enumerate(kinds):
        cx = m + 40 + (i % 2) * 1100
        _checkbox(d, cx, y + (i // 2) * 80, k, body, i in ticks)
    y += 4 * 80 + 60
    d.text((m, y), "Prepared by:", font=_sans(44, True), fill=0)
    d.line([m + 300, y + 48, m + 1000, y + 48], fill=0, width=3)
    d.text((m + 1100, y), "Pages:", font=_sans(44, True), fill=0)
    d.line([m + 1270, y + 48, m + 1550, y + 48], fill=0, width=3)
    y += 130
    note = ("Keep this page on top of the documents that follow. Remove staples and clips. "
            "One patient per batch; start a new page for each visit. Do not write in "
            "or fold the code area below.")
    y = _para(d, m, y, note, small, W - 2 * m)

    # QR code centred near the bottom, inside a thin dashed frame
    bbox = None
    scale = rng.choice([8, 9, 10])
    cy = H - 620 + rng.randint(-10, 10)
    if payload is not None:
        q = _qr_image(payload, scale)
        qx = (W - q.width) // 2 + rng.randint(-6, 6)
        qy = cy - q.height // 2
        img.paste(q, (qx, qy))
        dark = numpy.argwhere(numpy.asarray(q) < 128)
        (r0, c0), (r1, c1) = dark.min(0), dark.max(0)
        bbox = (qx + int(c0), qy + int(r0), qx + int(c1) + 1, qy + int(r1) + 1)
    half = max(230, (bbox[2] - bbox[0]) // 2 + 70) if bbox else 230
    _dashed_square(d, W // 2, cy, half)
    foot = "HIM scan copy  -  retain 30 days after indexing"
    _right(d, (W + d.textlength(foot, font=small)) // 2, cy + half + 40, foot, small)
    d.text((m, H - 170), "Form LCH-HIM-112  Rev. 03/2023", font=small, fill=0)
    return img, bbox


# --------------------------------------------------------------- content pages

_CLINICIANS = ["Dana Okafor, MD", "Peter Lindqvist, DO", "Renee Whitcomb, NP",
               "Samuel Achebe, MD", "Lucia Ferreira, PA-C", "Helen Marsh, MD"]
_NURSES = ["KJ", "TM", "RB", "AL", "SW", "DP"]


def _id_header(d, patient, y):
    """Site identity strip used on every clinical page that names a patient."""
    f_lab, f_val = _sans(40, True), _sans(44)
    x = 170
    d.rectangle([x - 20, y - 20, W - 150, y + 150], outline=0, width=3)
    items = [("Pt Name:", _display_name(patient)), ("MR#:", patient["mrn"]),
             ("D.O.B.:", _dmy(patient["dob"])), ("Visit #:", patient["encounter"])]
    for i, (lab, val) in enumerate(items):
        cx = x + (i % 2) * 1150
        cy = y + (i // 2) * 70
        d.text((cx, cy + 3), lab, font=f_lab, fill=0)
        d.text((cx + d.textlength(lab, font=f_lab) + 20, cy), val, font=f_val, fill=0)
    return y + 200


def _page_top(d, title, patient, rng):
    _logo(d, 170, 120, small=True)
    _right(d, W - 170, 140, "Printed " + _dmy(_rand_date(rng, 2024)), _sans(40))
    _right(d, W - 170, 200, title, _sans(56, True))
    d.line([150, 330, W - 150, 330], fill=0, width=4)
    return (_id_header(d, patient, 400) if patient is not None else 380) + 20


def _footer(d, rng, page=None):
    f = _sans(40)
    txt = "Lakeshore Community Health  -  Confidential patient information"
    d.text((170, H - 160), txt, font=f, fill=0)
    _right(d, W - 170, H - 160, page or "Page 1 of %d" % rng.randint(1, 3), f)


def _progress_note(d, y, rng):
    b, h = _sans(44), _sans(46, True)
    who = rng.choice(_CLINICIANS)
    complaint, assess, plan = rng.choice([
        ("follow-up of hypertension", "Essential hypertension, not at goal.", "Start home BP log."),
        ("diabetes check", "Type 2 diabetes mellitus, A1c improving.", "Hemoglobin A1c in 3 months."),
        ("cough for ten days", "Acute bronchitis, likely viral.", "Supportive care discussed."),
        ("left knee pain", "Osteoarthritis of left knee.", "Referral to physical therapy placed.")])
    d.text((170, y), "Visit date: %s     Provider: %s" % (_dmy(_rand_date(rng)), who), font=b, fill=0)
    y += 90
    bp = "%d/%d" % (rng.randint(112, 162), rng.randint(66, 96))
    sections = [
        ("Subjective", "Patient presents for %s. Reports %s. Denies chest pain, shortness of "
         "breath or fever. Taking medications as prescribed with %s." % (
             complaint, rng.choice(["improved energy", "poor sleep lately", "no new concerns"]),
             rng.choice(["good adherence", "occasional missed evening doses"]))),
        ("Objective", "BP %s, HR %d, Temp %.1f F, SpO2 %d%% on room air. Lungs clear to "
         "auscultation bilaterally. Heart regular rate and rhythm, no murmur. No pedal edema." % (
             bp, rng.randint(58, 96), rng.uniform(97.2, 99.4), rng.randint(94, 99))),
        ("Assessment", assess),
        ("Plan", "Continue current regimen. %s Return to clinic in %d weeks or sooner if "
         "symptoms worsen. Patient verbalized understanding." % (
             plan, rng.choice([2, 4, 6, 12]))),
    ]
    for head, text in sections:
        d.text((170, y), head + ":", font=h, fill=0)
        y = _para(d, 170, y + 64, text, b, W - 340) + 40
    d.text((170, y + 60), "Electronically signed: " + who, font=_sans(44, True), fill=0)


def _lab_sheet(d, y, rng):
    b, hb = _mono(42), _mono(42, True)
    d.text((170, y), "Collected: %s %02d:%02d   Accession: L%07d" % (
        _dmy(_rand_date(rng)), rng.randint(6, 11), rng.randint(0, 59), rng.randint(0, 9999999)),
        font=_sans(44), fill=0)
    y += 90
    tests = [("Sodium", 135, 145, "mmol/L", 0), ("Potassium", 3.5, 5.1, "mmol/L", 1),
             ("Chloride", 98, 107, "mmol/L", 0), ("CO2", 22, 29, "mmol/L", 0),
             ("BUN", 7, 20, "mg/dL", 0), ("Creatinine", 0.6, 1.2, "mg/dL", 2),
             ("Glucose", 70, 99, "mg/dL", 0), ("Calcium", 8.6, 10.3, "mg/dL", 1),
             ("Hemoglobin A1c", 4.0, 5.6, "%", 1), ("WBC", 4.0, 11.0, "K/uL", 1),
             ("Hemoglobin", 12.0, 16.0, "g/dL", 1), ("Platelets", 150, 400, "K/uL", 0)]
    d.text((170, y), "%-18s %9s %5s %14s %8s" % ("Test", "Result", "Flag", "Reference", "Units"),
           font=hb, fill=0)
    y += 62
    d.line([170, y, W - 170, y], fill=0, width=3)
    y += 20
    for name, lo, hi, unit, dec in tests:
        v = rng.uniform(lo - (hi - lo) * 0.3, hi + (hi - lo) * 0.4)
        fmt = "%." + str(dec) + "f"
        v = float(fmt % v)
        flag = "H" if v > hi else ("L" if v < lo else "")
        ref = (fmt % lo) + "-" + (fmt % hi)
        d.text((170, y), "%-18s %9s %5s %14s %8s" % (name, fmt % v, flag, ref, unit),
               font=b, fill=0)
        y += 66
    y += 60
    y = _para(d, 170, y, "Performed at Lakeshore Regional Laboratory, CLIA 23D0998811. "
              "Results reviewed by: " + rng.choice(_CLINICIANS), _sans(42), W - 340)


def _flowsheet(d, y, rng):
    b, hb = _sans(42), _sans(42, True)
    d.text((170, y), "Nursing Vital Signs Flowsheet - %s" % _dmy(_rand_date(rng)), font=hb, fill=0)
    y += 90
    cols = ["Time", "Temp F", "HR", "RR", "BP", "SpO2", "Pain", "Init"]
    xs = [170, 430, 700, 900, 1100, 1450, 1700, 1950]
    for c, x in zip(cols, xs):
        d.text((x + 10, y + 15), c, font=hb, fill=0)
    top = y
    y += 80
    hour = rng.randint(6, 9)
    for r in range(rng.randint(8, 12)):
        d.line([170, y, W - 170, y], fill=0, width=2)
        vals = ["%02d:00" % ((hour + 2 * r) % 24), "%.1f" % rng.uniform(97.0, 100.6),
                str(rng.randint(60, 110)), str(rng.randint(12, 22)),
                "%d/%d" % (rng.randint(100, 160), rng.randint(60, 95)),
                "%d%%" % rng.randint(91, 100), str(rng.randint(0, 7)), rng.choice(_NURSES)]
        for v, x in zip(vals, xs):
            d.text((x + 10, y + 15), v, font=b, fill=0)
        y += 80
    d.rectangle([170, top, W - 170, y], outline=0, width=3)
    for x in xs[1:]:
        d.line([x, top, x, y], fill=0, width=2)
    y += 70
    _para(d, 170, y, "Comments: " + rng.choice([
        "Patient resting comfortably, call light within reach.",
        "Ambulated in hallway with standby assist, tolerated well.",
        "Provider notified of temperature above 100.4 F; acetaminophen given per order."]),
        b, W - 340)


def _imaging(d, y, rng):
    b, h = _serif(42), _serif(44, True)
    exam = rng.choice(["XR CHEST 2 VIEWS", "XR KNEE LEFT 3 VIEWS", "US ABDOMEN COMPLETE",
                       "CT HEAD WITHOUT CONTRAST"])
    d.text((170, y), "Exam: %s      Date: %s" % (exam, _dmy(_rand_date(rng))), font=h, fill=0)
    y += 100
    parts = [("INDICATION", rng.choice(["Cough and low-grade fever.", "Pain after fall.",
                                        "Abnormal liver enzymes.", "Headache, rule out bleed."])),
             ("COMPARISON", rng.choice(["None available.", "Prior study dated 14-Mar-2021."])),
             ("FINDINGS", "No acute abnormality is identified. The visualized structures are "
              "within normal limits for age. There is no effusion, mass or displaced "
              "fracture. Mild degenerative change is noted."),
             ("IMPRESSION", rng.choice(["1. No acute process.", "1. Mild degenerative change. "
                                        "2. No acute fracture.", "1. Negative examination."]))]
    for head, text in parts:
        d.text((170, y), head + ":", font=h, fill=0)
        y = _para(d, 170, y + 62, text, b, W - 340) + 45
    d.text((170, y + 40), "Dictated by: %s, Radiology" % rng.choice(
        ["Marcus Vell, MD", "Ingrid Sato, MD"]), font=b, fill=0)


def _handout(d, y, rng):
    b, h = _sans(46), _sans(56, True)
    topic = rng.choice([
        ("Managing High Blood Pressure at Home", [
            "Check your blood pressure at the same time each day and write it down.",
            "Limit salt to less than 2,000 mg per day. Read food labels.",
            "Walk for 30 minutes on most days of the week.",
            "Take your medicine even when you feel well."]),
        ("After Your Flu Shot", [
            "Mild soreness or redness where the shot was given is common.",
            "You may have a low fever or aches for a day or two.",
            "Call us if you have trouble breathing or swelling of the face."])])
    d.text((170, y), topic[0], font=h, fill=0)
    y += 110
    for item in topic[1]:
        d.ellipse([180, y + 16, 200, y + 36], fill=0)
        y = _para(d, 240, y, item, b, W - 420) + 30
    y += 60
    _para(d, 170, y, "Questions? Call the Lakeshore nurse line at (231) 555-0160, "
          "Monday to Friday, 8 am to 6 pm.", b, W - 340)


def _continuation(d, y, rng):
    b = _sans(44)
    d.text((170, y), "(continued from previous page)", font=_sans(44, True), fill=0)
    y += 90
    y = _para(d, 170, y, "Discussed lifestyle changes including diet and regular exercise. "
              "Reviewed home medication list; no changes today. Counseled on warning signs "
              "that should prompt a call or an emergency visit.", b, W - 340) + 50
    _para(d, 170, y, "Total time spent: %d minutes, more than half in counseling and "
          "coordination of care." % rng.choice([20, 25, 30, 40]), b, W - 340)


_TITLES = {_progress_note: "Progress Note", _lab_sheet: "Laboratory Report",
           _flowsheet: "Nursing Flowsheet", _imaging: "Imaging Report",
           _handout: "Patient Education", _continuation: "Progress Note (cont.)"}


def content_page(patient, rng):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    if patient is None:  # handout, or a continuation page that repeats no identity
        kind = rng.choice([_handout, _continuation, _lab_sheet, _flowsheet])
    else:
        kind = rng.choice([_progress_note, _lab_sheet, _flowsheet, _imaging])
    y = _page_top(d, _TITLES[kind], patient, rng)
    kind(d, y + rng.randint(0, 20), rng)
    _footer(d, rng, "Page 2 of 2" if patient is None and kind is not _handout else None)
    return img


if __name__ == "__main__":
    r = random.Random(7)
    pt = {"mrn": "A1234567", "family": "GARCIA", "given": "Maria",
          "dob": "1942-12-10", "encounter": "E123456"}
    pay = "MRN=A1234567;ENC=E123456;DOB=1942-12-10"
    im, box = cover_sheet(pt, pay, r)
    im.save("/tmp/site_lakeshore_cover.png")
    print(box, [c.text for c in zxingcpp.read_barcodes(numpy.asarray(im))])
    content_page(pt, r).save("/tmp/site_lakeshore_page_patient.png")
    content_page(None, r).save("/tmp/site_lakeshore_page_none.png")
