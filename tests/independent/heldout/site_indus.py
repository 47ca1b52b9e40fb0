"""Imaginary site: Neelgiri Lotus Multispeciality Hospital, Nagpur (India) --
Medical Records Department (MRD) "File Index Sheet" and ordinary in-patient
clinical pages, rendered as A4 page images at 300 dpi.

Entirely fictitious hospital, people and clinical content.  Written
independently by a helper that saw neither the project's code nor other
sites' layouts, from general knowledge of how Indian private-hospital MRD
index sheets and clinical pages look.

Licensed under the Apache License, Version 2.0.
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFont

try:  # zxing-cpp is only needed for the cover sheet's code
    import zxingcpp
except Exception:  # pragma: no cover
    zxingcpp = None

SITE = "Neelgiri Lotus Multispeciality Hospital, Nagpur (MRD)"
SYMBOLOGY = "Code128"
PRINTS_IDENTITY = True

W, H = 2480, 3508  # A4 at 300 dpi
DPI = 300

_DEJAVU = "/usr/share/fonts/truetype/dejavu/"
_LIB = "/usr/share/fonts/truetype/liberation/"
_FONTS = {
    "sans": _LIB + "LiberationSans-Regular.ttf",
    "sansb": _LIB + "LiberationSans-Bold.ttf",
    "sansi": _LIB + "LiberationSans-Italic.ttf",
    "narrow": _LIB + "LiberationSansNarrow-Regular.ttf",
    "narrowb": _LIB + "LiberationSansNarrow-Bold.ttf",
    "serif": _LIB + "LiberationSerif-Regular.ttf",
    "serifb": _LIB + "LiberationSerif-Bold.ttf",
    "mono": _DEJAVU + "DejaVuSansMono.ttf",
    "monob": _DEJAVU + "DejaVuSansMono-Bold.ttf",
    "dv": _DEJAVU + "DejaVuSans.ttf",
    "dvb": _DEJAVU + "DejaVuSans-Bold.ttf",
    "hand": _DEJAVU + "DejaVuSansCondensed-Oblique.ttf",
    "hand2": _LIB + "LiberationSansNarrow-Italic.ttf",
    "hand3": _DEJAVU + "DejaVuSerifCondensed-Italic.ttf",
}


@functools.lru_cache(maxsize=256)
def _font(name: str, size: int):
    try:
        return ImageFont.truetype(_FONTS[name], size)
    except Exception:  # pragma: no cover
        return ImageFont.load_default()


def _tw(d: ImageDraw.ImageDraw, text: str, f) -> int:
    return int(d.textlength(text, font=f))


# ----------------------------------------------------------------------------
# Fictitious reference data
# ----------------------------------------------------------------------------

_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"]

_CONSULTANTS = [
    ("Dr. Anirudh V. Kulkarni", "MD, DM (Cardiology)", "Cardiology"),
    ("Dr. Meenakshi R. Iyer", "MD (Medicine)", "Internal Medicine"),
    ("Dr. Sanjay P. Deshmukh", "MS, MCh (Neurosurgery)", "Neurosurgery"),
    ("Dr. Farah N. Qureshi", "MS (OBG), DNB", "Obstetrics & Gynaecology"),
    ("Dr. Rohit S. Wankhede", "MS (Ortho)", "Orthopaedics"),
    ("Dr. Lalitha K. Menon", "MD, DM (Nephrology)", "Nephrology"),
    ("Dr. Harpreet Singh Bedi", "MS (Gen. Surgery)", "General Surgery"),
    ("Dr. Vaishali A. Thakre", "MD (Paediatrics)", "Paediatrics"),
    ("Dr. Joseph M. D'Souza", "MD, DM (Gastroenterology)", "Gastroenterology"),
    ("Dr. Pradnya S. Gokhale", "MD (Pulmonary Med.)", "Pulmonology"),
    ("Dr. Kiran B. Raut", "MS, MCh (Urology)", "Urology"),
    ("Dr. Subhash G. Rathi", "MD, DM (Neurology)", "Neurology"),
]

_WARDS = ["ICU", "CCU", "MICU", "SICU", "Ward 3A", "Ward 4B", "Pvt. 512",
          "Semi-Pvt 2C", "Twin Sharing 6", "Deluxe 701", "NICU", "HDU",
          "Ward 5 (Gen)", "Day Care"]

_RELATIVES = ["Ramesh", "Suresh", "Prakash", "Vijay", "Dilip", "Mohan",
              "Ashok", "Rajendra", "Sunita", "Asha", "Anil", "Gopal"]

_DIAG = [
    ("Acute inferior wall myocardial infarction", "I21.1"),
    ("Community acquired pneumonia, right lower lobe", "J18.1"),
    ("Type 2 diabetes mellitus with ketoacidosis", "E11.1"),
    ("Acute calculous cholecystitis", "K80.0"),
    ("Fracture neck of femur, left", "S72.0"),
    ("Dengue fever with thrombocytopenia", "A97.1"),
    ("Acute kidney injury on CKD stage 3", "N17.9"),
    ("Lower segment caesarean section, term pregnancy", "O82.0"),
    ("Left ureteric calculus with hydronephrosis", "N20.1"),
    ("Acute exacerbation of COPD", "J44.1"),
    ("Cerebral infarction, left MCA territory", "I63.5"),
    ("Acute appendicitis", "K35.8"),
    ("Typhoid fever", "A01.0"),
    ("Benign prostatic hyperplasia with retention", "N40.1"),
]

_INDEX_ITEMS = [
    "Admission Record / Face Sheet",
    "Registration & Admission Consent",
    "General Consent / Rights & Responsibilities",
    "Initial Assessment (Doctor)",
    "Nursing Initial Assessment",
    "Clinical Progress Notes",
    "Doctor's Orders / Treatment Sheet",
    "Medication Administration Record (MAR)",
    "TPR / Vital Signs Chart",
    "Intake - Output Chart",
    "Investigation Reports - Laboratory",
    "Radiology / Imaging Reports",
    "Cross Consultation / Referral Notes",
    "Informed Consent (Surgery / Procedure)",
    "Anaesthesia Consent & Pre-Anaesthetic Check-up",
    "Pre-operative Checklist / WHO Safety Checklist",
    "Operation Notes",
    "Anaesthesia Record",
    "Blood Transfusion Record",
    "Nursing Notes / Handover",
    "Diet & Nutrition Chart",
    "Physiotherapy Notes",
    "Discharge Summary",
    "Death Summary / MCCD (if applicable)",
    "Insurance / TPA / Billing Documents",
    "ID Proof Copies",
    "Others",
]


def _h(s: str) -> int:
    return int(hashlib.md5(s.encode("utf-8")).hexdigest()[:8], 16)


def _sex(patient: dict) -> str:
    g = (patient.get("given") or "").strip().lower()
    if g.endswith(("a", "i", "ee", "ya", "ni", "th")) and not g.endswith(
            ("krishna", "ravi", "hari", "ali", "mani")):
        return "F"
    if g:
        return "M"
    return "F" if _h(patient.get("mrn", "")) % 2 else "M"


def _parse_dob(patient: dict) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(str(patient.get("dob", ""))[:10])
    except Exception:
        return None


def _dmy(d: _dt.date | None, sep: str = "-") -> str:
    if d is None:
        return ""
    return f"{d.day:02d}{sep}{_MON[d.month - 1]}{sep}{d.year:04d}"


def _age(dob: _dt.date | None, on: _dt.date) -> str:
    if dob is None:
        return ""
    days = (on - dob).days
    if days < 0:
        return ""
    years = on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))
    if years >= 1:
        return f"{years} Y"
    if days >= 31:
        return f"{days // 30} M"
    return f"{days} D"


def _title(patient: dict, dob, on) -> str:
    sex = _sex(patient)
    yrs = 99
    if dob is not None:
        yrs = on.year - dob.year
    if yrs < 1:
        return "Baby"
    if yrs < 14:
        return "Master" if sex == "M" else "Baby"
    if sex == "M":
        return "Mr."
    return "Mrs." if _h(patient.get("mrn", "") + "t") % 3 else "Ms."


def _full_name(patient: dict, upper: bool = False) -> str:
    given = str(patient.get("given", "")).strip()
    fam = str(patient.get("family", "")).strip()
    if upper:
        return f"{given.upper()} {fam.upper()}".strip()
    return f"{given} {fam}".strip()


class _Ctx:
    """Episode details derived for a patient (stable per patient + rng)."""

    def __init__(self, patient: dict, rng: random.Random):
        self.p = patient
        self.dob = _parse_dob(patient)
        seed = _h(str(patient.get("mrn", "")) + str(patient.get("encounter", "")))
        r = random.Random(seed)
        base = _dt.date(2021, 1, 1) + _dt.timedelta(days=r.randrange(0, 1600))
        if self.dob is not None and base <= self.dob:
            base = self.dob + _dt.timedelta(days=r.randrange(0, 5))
        self.doa = base
        self.los = r.randrange(1, 12)
        self.dod = self.doa + _dt.timedelta(days=self.los)
        self.toa = f"{r.randrange(0, 24):02d}:{r.randrange(0, 60):02d}"
        self.tod = f"{r.randrange(10, 19):02d}:{r.randrange(0, 60):02d}"
        self.cons = r.choice(_CONSULTANTS)
        self.ward = r.choice(_WARDS)
        self.bed = f"{r.randrange(1, 40):02d}"
        self.diag = r.choice(_DIAG)
        self.sex = _sex(patient)
        self.age = _age(self.dob, self.doa)
        self.title = _title(patient, self.dob, self.doa)
        rel = r.choice(_RELATIVES)
        if self.sex == "F" and self.title in ("Mrs.",):
            self.relation = f"W/o {rel} {patient.get('family', '').title()}"
        elif self.sex == "F":
            self.relation = f"D/o {rel} {patient.get('family', '').title()}"
        else:
            self.relation = f"S/o {rel} {patient.get('family', '').title()}"
        self.phone = f"+91 9{r.randrange(100000000, 999999999)}"
        self.payer = r.choice(["Cash", "TPA - Star Health (fict.)", "Corporate",
                               "CGHS", "MJPJAY", "TPA - Medi Assist (fict.)",
                               "Cash", "ECHS"])
        self.mrd_no = f"MRD/{self.dod.year % 100:02d}/{r.randrange(1000, 99999):05d}"
        self.status = r.choice(["Discharged", "Discharged", "Discharged",
                                "Discharged", "DAMA/LAMA", "Referred",
                                "Expired"])
        self.rng = rng


# ----------------------------------------------------------------------------
# Barcode
# ----------------------------------------------------------------------------

def _barcode_modules(text: str, fmt_name: str) -> np.ndarray:
    """Return a 2-D uint8 array (0 black / 255 white) at 1 px per module,
    without quiet zones."""
    fmt = getattr(zxingcpp.BarcodeFormat, fmt_name)
    if hasattr(zxingcpp, "create_barcode"):
        bc = zxingcpp.create_barcode(text, fmt)
        try:
            img = zxingcpp.write_barcode_to_image(bc, scale=1,
                                                  add_quiet_zones=False)
        except TypeError:
            img = zxingcpp.write_barcode_to_image(bc, scale=1)
        a = np.array(img, dtype=np.uint8)
    else:  # zxing-cpp 1.x
        a = np.array(zxingcpp.write_barcode(fmt, text, 0, 0), dtype=np.uint8)
    if a.ndim == 3:
        a = a[..., 0]
    # trim any white quiet zone
    dark = np.where(a < 128)
    if len(dark[0]):
        a = a[dark[0].min():dark[0].max() + 1, dark[1].min():dark[1].max() + 1]
    if fmt_name in ("Code128", "Code39"):
        a = a[a.shape[0] // 2:a.shape[0] // 2 + 1, :]
        # run-length normalise to one px per module (scale=1 should already be)
    return np.where(a < 128, 0, 255).astype(np.uint8)


def _render_linear(text: str, max_w: int, bar_h: int) -> Image.Image:
    row = _barcode_modules(text, SYMBOLOGY)[0]
    n = row.shape[0]
    mod = max(2, min(4, max_w // max(n, 1)))
    wide = np.repeat(row, mod)
    arr = np.tile(wide, (bar_h, 1))
    return Image.fromarray(arr, "L")


# ----------------------------------------------------------------------------
# Drawing helpers
# ----------------------------------------------------------------------------

def _box(d, xy, w=3, fill=None):
    d.rectangle(xy, outline=0, width=w, fill=fill)


def _checkbox(d, x, y, s=34, ticked=False, rng=None):
    d.rectangle((x, y, x + s, y + s), outline=0, width=3)
    if ticked:
        j = (lambda: rng.randint(-3, 3)) if rng else (lambda: 0)
        pts = [(x + 5 + j(), y + s // 2 + j()), (x + s // 2 - 2, y + s - 5 + j()),
               (x + s + 10 + j(), y - 12 + j())]
        d.line(pts, fill=20, width=5, joint="curve")


def _hand(d, xy, text, rng, size=44, fill=35):
    """Pen-like entry: oblique font with small jitter."""
    fname = rng.choice(["hand", "hand2", "hand3"])
    f = _font(fname, size + rng.randint(-3, 3))
    x, y = xy
    d.text((x + rng.randint(-4, 4), y + rng.randint(-4, 4)), text, font=f,
           fill=fill + rng.randint(-15, 25))


def _logo(d, cx, cy, r):
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=0, width=6)
    d.ellipse((cx - r + 14, cy - r + 14, cx + r - 14, cy + r - 14), outline=0,
              width=2)
    # stylised lotus: three petals + base
    pw = r * 0.32
    d.ellipse((cx - pw, cy - r * 0.62, cx + pw, cy + r * 0.25), fill=0)
    d.polygon([(cx - r * 0.68, cy - r * 0.22), (cx - r * 0.12, cy + r * 0.32),
               (cx - r * 0.5, cy + r * 0.35)], fill=0)
    d.polygon([(cx + r * 0.68, cy - r * 0.22), (cx + r * 0.12, cy + r * 0.32),
               (cx + r * 0.5, cy + r * 0.35)], fill=0)
    d.rectangle((cx - r * 0.55, cy + r * 0.40, cx + r * 0.55, cy + r * 0.48),
                fill=0)
    # small cross in petal
    c = r * 0.1
    d.rectangle((cx - c * 0.35, cy - r * 0.35, cx + c * 0.35, cy - r * 0.35 + 2.4 * c),
                fill=255)
    d.rectangle((cx - c * 1.2, cy - r * 0.35 + 0.85 * c, cx + c * 1.2,
                 cy - r * 0.35 + 1.55 * c), fill=255)


def _letterhead(d, x0, y0, x1, rng, compact=False):
    """Hospital header; returns bottom y."""
    r = 95 if not compact else 72
    _logo(d, x0 + r, y0 + r, r)
    tx = x0 + 2 * r + 40
    fs = 74 if not compact else 60
    d.text((tx, y0 + 2), "NEELGIRI LOTUS", font=_font("serifb", fs), fill=0)
    d.text((tx, y0 + fs + 6), "MULTISPECIALITY HOSPITAL",
           font=_font("sansb", int(fs * 0.58)), fill=0)
    y = y0 + int(fs * 1.75)
    small = _font("sans", 30 if not compact else 27)
    d.text((tx, y), "Plot 14-B, Amravati Road Ring Junction, Nagpur - 440 0XX, "
           "Maharashtra", font=small, fill=0)
    d.text((tx, y + 38), "Ph: 0712-66X-XXXX  |  Emergency: 1800-XXX-XXXX  |  "
           "www.neelgirilotus.example", font=small, fill=0)
    rt = _font("sansb", 28)
    txt = "NABH Accredited (fictitious)"
    d.text((x1 - _tw(d, txt, rt), y0 + 4), txt, font=rt, fill=0)
    bottom = max(y0 + 2 * r + 16, y + 38 + int(small.size * 1.35))
    d.line((x0, bottom, x1, bottom), fill=0, width=5)
    d.line((x0, bottom + 10, x1, bottom + 10), fill=0, width=2)
    return bottom + 10


# ----------------------------------------------------------------------------
# Cover sheet: MRD File Index Sheet
# ----------------------------------------------------------------------------

def cover_sheet(patient: dict, payload: str | None, rng: random.Random):
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    cx = _Ctx(patient, rng)
    ox = rng.randint(-14, 14)
    oy = rng.randint(-14, 14)
    L, R = 150 + ox, W - 150 + ox
    y = 120 + oy

    # form number strip
    f22 = _font("sans", 26)
    d.text((L, y - 60), "MRD/F-07  Rev. 03  (Eff. 01-Apr-2021)", font=f22, fill=0)
    t = "Page 1 of 1 - Place on top of IP file before scanning"
    d.text((R - _tw(d, t, f22), y - 60), t, font=f22, fill=0)

    y = _letterhead(d, L, y, R, rng)
    y += 30
    d.text((L, y), "MEDICAL RECORDS DEPARTMENT", font=_font("sansb", 40), fill=0)
    y += 60
    # title bar
    th = 96
    d.rectangle((L, y, R, y + th), fill=0)
    tf = _font("sansb", 64)
    title = "FILE INDEX SHEET"
    d.text(((L + R) // 2 - _tw(d, title, tf) // 2, y + 14), title, font=tf,
           fill=255)
    sub = _font("sans", 30)
    s = "(In-Patient Medical Record)"
    d.text((R - _tw(d, s, sub) - 24, y + 36), s, font=sub, fill=255)
    y += th + 30

    # ---- barcode band (full width, label-printer style) ----
    bbox = None
    lab2 = _font("sans", 26)
    band_top = y
    cap = "UHID / IP BARCODE  -  do not write, punch or staple in this area"
    d.text(((L + R) // 2 - _tw(d, cap, lab2) // 2, band_top), cap, font=lab2,
           fill=0)
    bh = 190 + rng.randint(-6, 6)
    if payload is not None:
        n = _barcode_modules(payload, SYMBOLOGY).shape[1]
        mod = 4 if n * 4 <= 1300 else (3 if n * 3 <= (R - L) - 120 else 2)
        bimg = _render_linear(payload, n * mod, bh)
        bw = bimg.width
        px = (L + R) // 2 - bw // 2 + rng.randint(-10, 10)
        py = band_top + 48 + rng.randint(-4, 4)
        qz = 10 * mod
        img.paste(bimg, (px, py))
        bbox = (max(0, px - qz), max(0, py - 8), min(W, px + bw + qz),
                min(H, py + bh + 8))
        hf = _font("mono", 30)
        hrt = payload if _tw(d, payload, hf) < (R - L) else payload[:80]
        d.text(((L + R) // 2 - _tw(d, hrt, hf) // 2, py + bh + 12), hrt,
               font=hf, fill=0)
    else:
        pass  # code never printed: the band stays blank
    y = band_top + 48 + bh + 60

    # ---- identity block (two columns) ----
    box_top = y
    lab = _font("sansb", 34)
    val = _font("sans", 40)
    valb = _font("sansb", 44)
    mid = L + 1240
    rows = [
        (("UHID", str(patient.get("mrn", "")), True),
         ("IP No.", str(patient.get("encounter", "")), True)),
        (("Patient Name", f"{cx.title} {_full_name(patient, upper=True)}", True),
         ("MRD File No.", cx.mrd_no, False)),
        (("Age / Sex", f"{cx.age} / {'Male' if cx.sex == 'M' else 'Female'}", False),
         ("Date of Birth", _dmy(cx.dob), True)),
    ]
    if rng.random() < 0.7:
        rel, relname = cx.relation.split(" ", 1)
        rows.append((("S/o, D/o, W/o", relname, False),
                     ("Mobile", cx.phone if rng.random() < 0.7 else "", False)))
    rh = 72
    for i, row in enumerate(rows):
        yy = y + i * rh
        if i:
            d.line((L, yy, R, yy), fill=0, width=2)
        for j, (k, v, bold) in enumerate(row):
            x0 = L if j == 0 else mid
            kw = 320 if j == 0 else 290
            d.text((x0 + 18, yy + 18), k, font=lab, fill=0)
            d.text((x0 + kw, yy + 18), ":", font=lab, fill=0)
            f = valb if bold else val
            while _tw(d, v, f) > (mid - x0 - kw - 40 if j == 0 else R - x0 - kw - 40) \
                    and f.size > 26:
                f = _font("sansb" if bold else "sans", f.size - 2)
            d.text((x0 + kw + 26, yy + (12 if bold else 16)), v, font=f, fill=0)
    id_bottom = y + len(rows) * rh
    _box(d, (L, box_top, R, id_bottom), w=4)
    d.line((mid, box_top, mid, id_bottom), fill=0, width=3)
    y = id_bottom + 24

    # ---- admission details ----
    cons_name, cons_q, dept = cx.cons
    adm_rows = [
        ("Consultant", f"{cons_name}  {cons_q}" if rng.random() < 0.5 else cons_name,
         "Department", dept),
        ("Date of Admission", f"{_dmy(cx.doa)}  {cx.toa}", "Ward / Bed",
         f"{cx.ward} / {cx.bed}"),
        ("Date of Discharge", f"{_dmy(cx.dod)}  {cx.tod}", "Length of Stay",
         f"{cx.los} day(s)"),
        ("Category", cx.payer, "Admitted via",
         rng.choice(["Emergency", "OPD", "OPD", "Transfer-in", "Day Care"])),
    ]
    rh = 70
    mid = (L + R) // 2 + 150
    lf = _font("sansb", 32)
    vf = _font("sans", 36)
    for i, (k1, v1, k2, v2) in enumerate(adm_rows):
        yy = y + i * rh
        d.text((L + 18, yy + 18), k1, font=lf, fill=0)
        d.text((L + 360, yy + 16), ": " + v1, font=vf, fill=0)
        d.text((mid + 18, yy + 18), k2, font=lf, fill=0)
        d.text((mid + 290, yy + 16), ": " + v2, font=vf, fill=0)
        if i:
            d.line((L, yy, R, yy), fill=0, width=1)
    yb = y + len(adm_rows) * rh
    _box(d, (L, y, R, yb), w=3)
    d.line((mid, y, mid, yb), fill=0, width=2)
    y = yb

    # discharge status checkboxes
    y += 22
    sf = _font("sansb", 32)
    d.text((L + 18, y + 4), "Discharge Status:", font=sf, fill=0)
    x = L + 330
    for opt in ["Discharged", "DAMA/LAMA", "Referred", "Absconded", "Expired"]:
        _checkbox(d, x, y + 2, 34, ticked=(opt == cx.status), rng=rng)
        d.text((x + 48, y + 4), opt, font=_font("sans", 32), fill=0)
        x += 70 + _tw(d, opt, _font("sans", 32)) + 40
    y += 60
    d.text((L + 18, y + 4), "Final Diagnosis:", font=sf, fill=0)
    d.line((L + 300, y + 44, R - 520, y + 44), fill=0, width=1)
    wrote_dx = rng.random() < 0.85
    if wrote_dx:
        _hand(d, (L + 320, y - 4), cx.diag[0], rng, size=40)
    d.text((R - 500, y + 4), "ICD-10:", font=sf, fill=0)
    for k in range(6):
        d.rectangle((R - 360 + k * 58, y - 4, R - 360 + k * 58 + 52, y + 52),
                    outline=0, width=2)
    if wrote_dx and rng.random() < 0.7:
        code = cx.diag[1].replace(".", "")
        for k, ch in enumerate(code[:6]):
            _hand(d, (R - 352 + k * 58, y - 2), ch, rng, size=42)
    y += 90

    # ---- checklist table ----
    hdr_h = 64
    cols = [L, L + 120, L + 1330, L + 1520, L + 1700, R]
    heads = ["S.No.", "Documents (arrange in this order)", "Present",
             "No. of Pages", "Remarks"]
    d.rectangle((L, y, R, y + hdr_h), fill=215, outline=0, width=3)
    hf = _font("sansb", 30)
    for i, hd in enumerate(heads):
        cxm = (cols[i] + cols[i + 1]) // 2
        d.text((cxm - _tw(d, hd, hf) // 2, y + 16), hd, font=hf, fill=0)
    y += hdr_h
    items = list(_INDEX_ITEMS)
    # the sheet is pre-printed: all items are always listed
    remaining_h = H - 520 - y
    rh = max(44, min(62, remaining_h // (len(items) + 1)))
    itf = _font("sans", max(28, min(34, rh - 22)))
    total = 0
    filled = rng.random() < 0.9
    for i, it in enumerate(items):
        yy = y + i * rh
        d.line((L, yy, R, yy), fill=0, width=1)
        d.text((cols[0] + 30, yy + (rh - 30) // 2), f"{i + 1}.", font=itf, fill=0)
        d.text((cols[1] + 16, yy + (rh - 30) // 2), it, font=itf, fill=0)
        if filled:
            optional = any(w in it for w in ("Operation", "Anaesthesia", "Pre-op",
                                             "Blood", "Death", "Physio",
                                             "Surgery", "Others", "Insurance"))
            present = rng.random() < (0.35 if optional else 0.93)
            if "Death" in it:
                present = cx.status == "Expired"
            if present:
                n = rng.randint(1, 3) if "Progress" not in it and "Nursing N" not in it \
                    else rng.randint(4, 18)
                total += n
                _checkbox(d, (cols[2] + cols[3]) // 2 - 16, yy + (rh - 32) // 2,
                          32, ticked=True, rng=rng)
                _hand(d, ((cols[3] + cols[4]) // 2 - 20, yy + (rh - 50) // 2),
                      str(n), rng, size=min(44, rh - 6))
            else:
                _checkbox(d, (cols[2] + cols[3]) // 2 - 16, yy + (rh - 32) // 2,
                          32, ticked=False)
                if rng.random() < 0.5:
                    _hand(d, ((cols[3] + cols[4]) // 2 - 20, yy + (rh - 50) // 2),
                          "-", rng, size=min(44, rh - 6))
                if rng.random() < 0.15:
                    _hand(d, (cols[4] + 20, yy + (rh - 50) // 2), "NA", rng,
                          size=min(40, rh - 8))
        else:
            _checkbox(d, (cols[2] + cols[3]) // 2 - 16, yy + (rh - 32) // 2, 32)
    yy = y + len(items) * rh
    d.line((L, yy, R, yy), fill=0, width=2)
    d.text((cols[1] + 16, yy + (rh - 32) // 2), "TOTAL NUMBER OF PAGES",
           font=_font("sansb", max(26, rh - 26)), fill=0)
    if filled:
        _hand(d, ((cols[3] + cols[4]) // 2 - 30, yy + (rh - 50) // 2), str(total),
              rng, size=min(46, rh - 4))
    yb = yy + rh
    _box(d, (L, y - hdr_h, R, yb), w=3)
    for c in cols[1:-1]:
        d.line((c, y - hdr_h, c, yb), fill=0, width=2)
    y = yb + 26

    # ---- instructions & signatures ----
    inf = _font("sans", 27)
    ins = [
        "Instructions: 1) Arrange documents in the order listed above; latest "
        "progress notes last.  2) Remove pins, staples",
        "and sticky notes before scanning.  3) Do not write over the barcode.  "
        "4) Incomplete files to be returned to the ward.",
    ]
    for k, line in enumerate(ins):
        d.text((L, y + k * 36), line, font=inf, fill=0)
    y += 90
    sig = [("File received by MRD on", _dmy(cx.dod + _dt.timedelta(days=rng.randint(1, 4)))),
           ("Checked by (MRD Asst.)", ""), ("Coded by", ""), ("Scanned by / Date", "")]
    colw = (R - L) // 4
    for k, (lbl, v) in enumerate(sig):
        x = L + k * colw
        d.text((x + 8, y), lbl, font=_font("sansb", 26), fill=0)
        d.line((x + 8, y + 110, x + colw - 30, y + 110), fill=0, width=2)
        if v and rng.random() < 0.8:
            _hand(d, (x + 20, y + 50), v, rng, size=38)
        elif k in (1, 2) and rng.random() < 0.7:
            # initials scribble
            sx, sy = x + 60, y + 90
            pts = [(sx + j * 18, sy - rng.randint(0, 40)) for j in range(8)]
            d.line(pts, fill=30, width=4, joint="curve")
    y += 130
    ff = _font("sansi", 24)
    foot = ("CONFIDENTIAL - This record is the property of Neelgiri Lotus "
            "Multispeciality Hospital. Retention: IP records 10 years (MLC "
            "permanent).")
    d.text((L, H - 120 + oy // 2), foot, font=ff, fill=0)
    return img, bbox


# ----------------------------------------------------------------------------
# Content pages
# ----------------------------------------------------------------------------

def _sticker(patient: dict, cx: _Ctx, rng: random.Random) -> Image.Image:
    """Printed thermal patient sticker (text only), ~ 80 x 38 mm."""
    sw, sh = 940, 440
    s = Image.new("L", (sw, sh), 250)
    d = ImageDraw.Draw(s)
    d.rounded_rectangle((2, 2, sw - 3, sh - 3), radius=28, outline=120, width=3)
    f = _font("dvb", 40)
    f2 = _font("dv", 34)
    fb = _font("dvb", 46)
    x = 34
    d.text((x, 22), f"UHID: {patient.get('mrn', '')}", font=fb, fill=10)
    ipt = f"IP: {patient.get('encounter', '')}"
    d.text((sw - 34 - _tw(d, ipt, f), 28), ipt, font=f, fill=10)
    d.text((x, 90), f"{cx.title} {_full_name(patient, upper=True)}"[:34], font=f,
           fill=10)
    d.text((x, 150), f"{cx.age}/{cx.sex}   DOB: {_dmy(cx.dob)}", font=f2, fill=10)
    d.text((x, 205), cx.cons[0][:36], font=f2, fill=10)
    d.text((x, 258), f"{cx.cons[2][:24]}  |  {cx.ward}-{cx.bed}", font=f2, fill=10)
    d.text((x, 311), f"DOA: {_dmy(cx.doa)}  {cx.payer.split(' ')[0]}", font=f2,
           fill=10)
    d.text((x, 370), "Neelgiri Lotus Hospital", font=_font("dv", 28), fill=40)
    return s


def _paste_sticker(img, patient, cx, rng, x, y):
    st = _sticker(patient, cx, rng)
    ang = rng.uniform(-2.0, 2.0)
    mask = Image.new("L", st.size, 255)
    st = st.rotate(ang, expand=True, fillcolor=255, resample=Image.BILINEAR)
    mask = mask.rotate(ang, expand=True, fillcolor=0)
    img.paste(st, (x, y), mask)


def _typed_header(d, patient, cx, L, R, y, rng, extra=None):
    """HIS-printed patient banner in a box. Returns bottom y."""
    f = _font("sansb", 32)
    v = _font("sans", 34)
    name = f"{cx.title} {_full_name(patient, upper=True)}"
    cells = [
        [("UHID", str(patient.get("mrn", ""))), ("IP No.", str(patient.get("encounter", ""))),
         ("Age/Sex", f"{cx.age} / {cx.sex}")],
        [("Patient Name", name), ("Ward/Bed", f"{cx.ward}/{cx.bed}"),
         ("DOB", _dmy(cx.dob))],
        [("Consultant", cx.cons[0]), ("Department", cx.cons[2]),
         ("DOA", _dmy(cx.doa))],
    ]
    if extra:
        cells.append(extra)
    rh = 58
    cw = [0, 960, 1600, R - L]
    for i, row in enumerate(cells):
        yy = y + 10 + i * rh
        for j, (k, val) in enumerate(row):
            x = L + 20 + cw[j]
            d.text((x, yy + 10), k, font=f, fill=0)
            kx = x + (230 if j == 0 else (190 if j == 1 else 150))
            room = L + cw[j + 1] - kx - 24
            vf = v
            while _tw(d, ": " + val, vf) > room and vf.size > 24:
                vf = _font("sans", vf.size - 2)
            while _tw(d, ": " + val, vf) > room and len(val) > 4:
                val = val[:-1]
            d.text((kx, yy + 8 + (v.size - vf.size) // 2), ": " + val, font=vf,
                   fill=0)
    yb = y + 20 + len(cells) * rh
    _box(d, (L, y, R, yb), w=3)
    return yb


def _blank_header(d, L, R, y):
    f = _font("sansb", 32)
    rows = [["UHID", "IP No.", "Age/Sex"], ["Patient Name", "Ward/Bed", "Date"]]
    rh = 64
    cw = [0, 1040, 1720]
    for i, row in enumerate(rows):
        yy = y + 10 + i * rh
        for j, k in enumerate(row):
            x = L + 20 + cw[j]
            d.text((x, yy + 10), k + " :", font=f, fill=0)
            end = L + cw[j + 1] - 20 if j + 1 < len(cw) else R - 20
            d.line((x + _tw(d, k + " : ", f), yy + 48, end, yy + 48), fill=0,
                   width=1)
    yb = y + 20 + len(rows) * rh
    _box(d, (L, y, R, yb), w=3)
    return yb


def _sticker_slot(d, x, y):
    d.rectangle((x, y, x + 960, y + 460), outline=0, width=2)
    t = "Affix Patient Sticker Here"
    f = _font("sansi", 34)
    d.text((x + 480 - _tw(d, t, f) // 2, y + 210), t, font=f, fill=110)


def _footer(d, L, R, text, rng, page=None):
    f = _font("sans", 24)
    d.line((L, H - 170, R, H - 170), fill=0, width=2)
    d.text((L, H - 155), text, font=f, fill=0)
    if page:
        d.text((R - _tw(d, page, f), H - 155), page, font=f, fill=0)


_NOTES = [
    "Pt seen on rounds. Afebrile. c/o mild pain at site.",
    "BP 130/80 mmHg, PR 88/min, SpO2 97% RA.",
    "Chest - B/L air entry equal, few basal crepts.",
    "CVS - S1 S2 heard, no murmur. P/A soft, non-tender.",
    "CNS - conscious, oriented. No focal deficit.",
    "Plan: continue IV antibiotics, review CBC/RFT.",
    "Tab. Pantoprazole 40mg OD to continue.",
    "Adv: ambulate, chest physio, incentive spirometry.",
    "Urine output adequate. I/O charted.",
    "Sugar monitoring QID - Inj. insulin as per scale.",
    "Discussed with relatives, explained prognosis.",
    "Dressing done - wound healthy, no discharge.",
    "Cross-consult with Nephrology requested.",
    "Plan for discharge tomorrow if stable.",
    "Inj. Ceftriaxone 1g IV BD day 3.",
    "Tolerating oral feeds. Bowel opened.",
]


def _page_progress(img, d, patient, cx, rng):
    L, R = 150, W - 150
    y = _letterhead(d, L, 110, R, rng, compact=True) + 20
    tf = _font("sansb", 50)
    t = "CLINICAL PROGRESS NOTES" if rng.random() < 0.6 else "DOCTOR'S CONTINUATION SHEET"
    d.text((L, y + 20), t, font=tf, fill=0)
    slot_x, slot_y = R - 960, y
    if patient is not None:
        _paste_sticker(img, patient, cx, rng, slot_x + rng.randint(-10, 20),
                       slot_y + rng.randint(-6, 20))
    else:
        _sticker_slot(d, slot_x, slot_y)
    y += 500
    cols = [L, L + 330, R - 560, R]
    hf = _font("sansb", 32)
    d.rectangle((L, y, R, y + 60), fill=220, outline=0, width=3)
    for i, h in enumerate(["Date / Time", "Clinical Notes (Findings / Plan)",
                           "Orders & Sign"]):
        d.text((cols[i] + 16, y + 14), h, font=hf, fill=0)
    y0 = y
    y += 60
    lh = 66
    nlines = (H - 260 - y) // lh
    for k in range(nlines + 1):
        d.line((L, y + k * lh, R, y + k * lh), fill=150, width=1)
    for c in cols:
        d.line((c, y0, c, y + nlines * lh), fill=0, width=2)
    d.rectangle((L, y0, R, y + nlines * lh), outline=0, width=3)
    if patient is not None or rng.random() < 0.3:
        date = cx.doa if patient is not None else _dt.date(2023, 1, 1) + \
            _dt.timedelta(days=rng.randrange(900))
        line = 0
        while line < nlines - 3:
            tm = f"{rng.randint(7, 22):02d}:{rng.choice(['00', '15', '30', '45'])}"
            _hand(d, (cols[0] + 14, y + line * lh + 8), f"{date.day:02d}/{date.month:02d}/" +
                  str(date.year)[2:], rng, size=36)
            _hand(d, (cols[0] + 14, y + (line + 1) * lh + 8), tm, rng, size=36)
            n = rng.randint(3, 6)
            for t2 in rng.sample(_NOTES, n):
                if line >= nlines - 1:
                    break
                _hand(d, (cols[1] + 16, y + line * lh + 6), t2, rng, size=40)
                line += 1
            if rng.random() < 0.6:
                _hand(d, (cols[2] + 16, y + (line - 2) * lh + 6),
                      rng.choice(["Inj. as above", "CBC, RFT", "Cont. same",
                                  "USG abd", "Rpt ECG", "NBM after 12"]),
                      rng, size=38)
            sx, sy = cols[2] + 300, y + (line - 1) * lh + 40
            d.line([(sx + j * 16, sy - rng.randint(0, 30)) for j in range(9)],
                   fill=30, width=4, joint="curve")
            line += 1
            date += _dt.timedelta(days=1)
            if rng.random() < 0.3:
                break
    _footer(d, L, R, "NLMH/CLN/F-12  Progress Notes", rng,
            page=f"Page No. ____")


_LABS = [
    ("Haemoglobin", "g/dL", 8.0, 16.5, "12.0 - 15.5"),
    ("Total Leucocyte Count", "/cumm", 3500, 19000, "4000 - 11000"),
    ("Neutrophils", "%", 40, 90, "40 - 75"),
    ("Lymphocytes", "%", 8, 45, "20 - 45"),
    ("Eosinophils", "%", 0, 8, "1 - 6"),
    ("Monocytes", "%", 1, 10, "2 - 10"),
    ("Platelet Count", "lakhs/cumm", 0.4, 4.5, "1.5 - 4.5"),
    ("PCV / Haematocrit", "%", 25, 50, "36 - 46"),
    ("ESR (Westergren)", "mm/1st hr", 5, 80, "0 - 20"),
    ("Blood Urea", "mg/dL", 12, 120, "15 - 45"),
    ("Serum Creatinine", "mg/dL", 0.5, 4.5, "0.6 - 1.2"),
    ("Serum Sodium", "mmol/L", 124, 148, "135 - 145"),
    ("Serum Potassium", "mmol/L", 2.9, 6.1, "3.5 - 5.1"),
    ("Random Blood Sugar", "mg/dL", 70, 380, "70 - 140"),
    ("SGPT (ALT)", "U/L", 8, 220, "< 40"),
    ("Total Bilirubin", "mg/dL", 0.3, 4.0, "0.2 - 1.2"),
]


def _page_lab(img, d, patient, cx, rng):
    L, R = 150, W - 150
    y = _letterhead(d, L, 110, R, rng, compact=True) + 16
    f = _font("sansb", 40)
    t = "DEPARTMENT OF LABORATORY MEDICINE"
    d.text(((L + R) // 2 - _tw(d, t, f) // 2, y + 10), t, font=f, fill=0)
    y += 80
    dt = (cx.doa if patient is not None else _dt.date(2023, 5, 1)) + \
        _dt.timedelta(days=rng.randint(0, 3))
    extra = [("Sample No.", f"L{rng.randint(10**6, 10**7 - 1)}"),
             ("Collected", f"{_dmy(dt)} {rng.randint(6, 11):02d}:{rng.randint(0, 59):02d}"),
             ("Reported", _dmy(dt))]
    if patient is not None:
        y = _typed_header(d, patient, cx, L, R, y, rng, extra=extra)
    else:
        y = _blank_header(d, L, R, y)
    y += 40
    sec = rng.choice(["HAEMATOLOGY & BIOCHEMISTRY", "COMPLETE BLOOD COUNT / RFT",
                      "ROUTINE INVESTIGATIONS"])
    sf = _font("sansb", 38)
    d.text(((L + R) // 2 - _tw(d, sec, sf) // 2, y), sec, font=sf, fill=0)
    d.line(((L + R) // 2 - _tw(d, sec, sf) // 2, y + 46,
            (L + R) // 2 + _tw(d, sec, sf) // 2, y + 46), fill=0, width=2)
    y += 80
    cols = [L + 10, L + 900, L + 1250, L + 1550]
    hf = _font("sansb", 34)
    for c, h in zip(cols, ["Test Name", "Result", "Units", "Biological Ref. Interval"]):
        d.text((c, y), h, font=hf, fill=0)
    y += 52
    d.line((L, y, R, y), fill=0, width=2)
    y += 18
    rf = _font("sans", 36)
    rb = _font("sansb", 36)
    tests = _LABS[: rng.randint(9, len(_LABS))]
    for name, unit, lo, hi, ref in tests:
        v = rng.uniform(lo, hi)
        if hi >= 100:
            vs = f"{int(v)}"
        elif hi >= 20:
            vs = f"{v:.0f}"
        else:
            vs = f"{v:.1f}"
        flag = ""
        try:
            a, b = [float(x) for x in ref.replace("<", "0 -").split("-")]
            if v < a:
                flag = " L"
            elif v > b:
                flag = " H"
        except Exception:
            pass
        d.text((cols[0], y), name, font=rf, fill=0)
        d.text((cols[1], y), vs + flag, font=rb if flag else rf, fill=0)
        d.text((cols[2], y), unit, font=rf, fill=0)
        d.text((cols[3], y), ref, font=rf, fill=0)
        y += 62
    y += 40
    d.text((L, y), "Method: Automated cell counter / Dry chemistry. "
           "Results relate only to the sample tested.", font=_font("sansi", 30), fill=0)
    y += 50
    d.text(((L + R) // 2 - 200, y + 20), "*** End of Report ***", font=_font("sansb", 32),
           fill=0)
    d.text((R - 650, H - 380), "Dr. Nandini P. Joshi, MD (Path.)",
           font=_font("sansb", 32), fill=0)
    d.text((R - 650, H - 335), "Consultant Pathologist (fictitious)",
           font=_font("sans", 30), fill=0)
    d.text((L, H - 335), "Checked by: Lab Technologist", font=_font("sans", 30),
           fill=0)
    _footer(d, L, R, "Printed from HIS - NLMH/LAB  | This is a computer "
            "generated report.", rng, page="Page 1 of 1")


_DRUGS = [
    ("Inj. Ceftriaxone", "1 g", "IV", "BD"), ("Inj. Pantoprazole", "40 mg", "IV", "OD"),
    ("Tab. Paracetamol", "650 mg", "PO", "TDS"), ("Inj. Enoxaparin", "40 mg", "SC", "OD"),
    ("Tab. Atorvastatin", "40 mg", "PO", "HS"), ("Inj. Ondansetron", "4 mg", "IV", "SOS"),
    ("Tab. Metformin", "500 mg", "PO", "BD"), ("Inj. Human Actrapid", "per scale", "SC", "TDS"),
    ("Syp. Lactulose", "15 ml", "PO", "HS"), ("Neb. Duolin", "1 resp", "NEB", "QID"),
    ("Tab. Aspirin", "75 mg", "PO", "OD"), ("Inj. Furosemide", "20 mg", "IV", "BD"),
    ("Tab. Amlodipine", "5 mg", "PO", "OD"), ("IVF RL", "500 ml", "IV", "8 hrly"),
]


def _page_mar(img, d, patient, cx, rng):
    L, R = 130, W - 130
    y = _letterhead(d, L, 110, R, rng, compact=True) + 16
    d.text((L, y + 10), "MEDICATION ADMINISTRATION RECORD (MAR)",
           font=_font("sansb", 46), fill=0)
    y += 80
    if patient is not None:
        y = _typed_header(d, patient, cx, L, R, y, rng)
    else:
        y = _blank_header(d, L, R, y)
    y += 20
    d.text((L, y), "Allergies:", font=_font("sansb", 32), fill=0)
    d.line((L + 170, y + 36, L + 1100, y + 36), fill=0, width=1)
    if rng.random() < 0.6:
        _hand(d, (L + 190, y - 8), rng.choice(["NKDA", "Sulfa drugs", "Penicillin",
                                                "No known allergy"]), rng, 38)
    y += 70
    ndays = 5
    cols = [L, L + 560, L + 760, L + 880, L + 1020]
    dw = (R - cols[-1]) // ndays
    for k in range(1, ndays + 1):
        cols.append(cols[4] + k * dw)
    cols[-1] = R
    hf = _font("sansb", 28)
    d.rectangle((L, y, R, y + 70), fill=220, outline=0, width=3)
    for c, h in zip(cols, ["Drug name", "Dose", "Route", "Freq."]):
        d.text((c + 12, y + 20), h, font=hf, fill=0)
    start = cx.doa if patient is not None else None
    for k in range(ndays):
        lab = f"Day {k + 1}" if start is None else _dmy(start + _dt.timedelta(days=k))[:6]
        d.text((cols[4 + k] + 12, y + 20), lab, font=hf, fill=0)
    y0 = y
    y += 70
    rh = 150
    nrows = (H - 300 - y) // rh
    drugs = rng.sample(_DRUGS, min(len(_DRUGS), nrows)) if (
        patient is not None or rng.random() < 0.3) else []
    for i in range(nrows):
        yy = y + i * rh
        d.line((L, yy, R, yy), fill=0, width=2)
        for k in range(ndays):
            for s in range(1, 3):
                d.line((cols[4 + k], yy + s * rh // 3, cols[5 + k], yy + s * rh // 3),
                       fill=170, width=1)
        if i < len(drugs) and rng.random() < 0.9:
            nm, dose, rt, fq = drugs[i]
            _hand(d, (cols[0] + 12, yy + 20), nm, rng, 38)
            _hand(d, (cols[1] + 12, yy + 20), dose, rng, 36)
            _hand(d, (cols[2] + 12, yy + 20), rt, rng, 36)
            _hand(d, (cols[3] + 12, yy + 20), fq, rng, 36)
            for k in range(ndays):
                if rng.random() < 0.85:
                    for s in range({"OD": 1, "HS": 1, "BD": 2, "TDS": 3}.get(fq, 2)):
                        _hand(d, (cols[4 + k] + 10, yy + s * rh // 3 + 2),
                              f"{rng.choice(['8a', '2p', '8p', '10p', '6a'])} {rng.choice(['SK', 'PM', 'RJ', 'AT'])}",
                              rng, 28)
    yb = y + nrows * rh
    d.rectangle((L, y0, R, yb), outline=0, width=3)
    for c in cols[1:-1]:
        d.line((c, y0, c, yb), fill=0, width=2)
    _footer(d, L, R, "NLMH/NUR/F-05  MAR - Nurse to initial with time after "
            "each administration", rng, page="Sheet No. ___")


def _page_tpr(img, d, patient, cx, rng):
    L, R = 150, W - 150
    y = _letterhead(d, L, 110, R, rng, compact=True) + 16
    d.text((L, y + 10), "TPR / VITAL SIGNS CHART", font=_font("sansb", 46), fill=0)
    y += 80
    if patient is not None:
        y = _typed_header(d, patient, cx, L, R, y, rng)
    else:
        y = _blank_header(d, L, R, y)
    y += 70
    gx0, gx1 = L + 260, R
    gy0, gy1 = y, y + 1500
    ncol = 24
    cw = (gx1 - gx0) / ncol
    nrow = 30
    rh = (gy1 - gy0) / nrow
    for i in range(ncol + 1):
        x = int(gx0 + i * cw)
        d.line((x, gy0, x, gy1), fill=0 if i % 4 == 0 else 170, width=3 if i % 4 == 0 else 1)
    for j in range(nrow + 1):
        yy = int(gy0 + j * rh)
        d.line((gx0, yy, gx1, yy), fill=0 if j % 5 == 0 else 180, width=2 if j % 5 == 0 else 1)
    f = _font("sans", 28)
    for j in range(0, nrow + 1, 5):
        tF = 106 - (j // 5) * 2
        pulse = 160 - j // 5 * 20
        d.text((L + 10, int(gy0 + j * rh) - 14), f"{tF}\u00b0F", font=f, fill=0)
        d.text((L + 140, int(gy0 + j * rh) - 14), f"{pulse}", font=f, fill=0)
    d.text((L + 10, gy0 - 52), "Temp", font=_font("sansb", 28), fill=0)
    d.text((L + 140, gy0 - 52), "Pulse", font=_font("sansb", 28), fill=0)
    if patient is not None or rng.random() < 0.2:
        npts = rng.randint(8, ncol)
        tpts, ppts = [], []
        t = rng.uniform(99, 102.5)
        p = rng.uniform(80, 115)
        for i in range(npts):
            t = min(105, max(97, t + rng.uniform(-0.8, 0.6)))
            p = min(150, max(60, p + rng.uniform(-8, 6)))
            x = gx0 + (i + 0.5) * cw
            ty = gy0 + (106 - t) / 12 * (gy1 - gy0)
            py = gy0 + (160 - p) / 120 * (gy1 - gy0)
            tpts.append((x, ty))
            ppts.append((x, py))
        d.line(tpts, fill=20, width=4)
        for (x, yy) in tpts:
            d.ellipse((x - 9, yy - 9, x + 9, yy + 9), fill=0)
        d.line(ppts, fill=60, width=3)
        for (x, yy) in ppts:
            d.ellipse((x - 10, yy - 10, x + 10, yy + 10), outline=0, width=3)
    y = gy1 + 40
    rows = ["Resp. Rate", "BP (mmHg)", "SpO2 (%)", "Pain score", "Weight (kg)"]
    for k, r in enumerate(rows):
        yy = y + k * 70
        d.text((L + 10, yy + 18), r, font=_font("sansb", 28), fill=0)
        d.line((L, yy, R, yy), fill=0, width=2)
        if patient is not None:
            for i in range(0, ncol, rng.choice([2, 3, 4])):
                if k == 4 and i > 0:
                    break
                if rng.random() < 0.7:
                    v = {0: str(rng.randint(14, 26)),
                         1: f"{rng.randint(100, 160)}/{rng.randint(60, 95)}",
                         2: str(rng.randint(90, 100)), 3: str(rng.randint(0, 6)),
                         4: str(rng.randint(40, 90))}[k]
                    _hand(d, (int(gx0 + i * cw) + 4, yy + 14), v, rng, 26)
    yb = y + len(rows) * 70
    d.rectangle((L, gy0, R, yb), outline=0, width=3)
    d.line((gx0, y, gx0, yb), fill=0, width=2)
    _footer(d, L, R, "NLMH/NUR/F-03  4-hourly TPR; plot temperature \u25cf and "
            "pulse \u25cb", rng)


def _wrap(d, text, f, width):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w).strip()
        if _tw(d, t, f) <= width:
            cur = t
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def _page_discharge(img, d, patient, cx, rng):
    L, R = 170, W - 170
    y = _letterhead(d, L, 110, R, rng) + 20
    tf = _font("sansb", 54)
    t = "DISCHARGE SUMMARY"
    d.text(((L + R) // 2 - _tw(d, t, tf) // 2, y + 10), t, font=tf, fill=0)
    y += 100
    y = _typed_header(d, patient, cx, L, R, y, rng,
                      extra=[("DOD", _dmy(cx.dod)), ("Status", cx.status),
                             ("Payer", cx.payer[:18])])
    y += 40
    hf = _font("sansb", 38)
    bf = _font("serif", 38)
    diag, icd = cx.diag
    secs = [
        ("Final Diagnosis", f"{diag} (ICD-10: {icd})."),
        ("Presenting Complaints", rng.choice([
            "Fever with chills for 5 days, generalised weakness, decreased appetite.",
            "Retrosternal chest pain radiating to left arm since 4 hours, with sweating.",
            "Pain in right hypochondrium with vomiting for 2 days.",
            "Breathlessness on exertion progressing to rest, cough with expectoration."])),
        ("Past History", rng.choice([
            "Known case of T2DM on OHA for 8 years. Hypertensive on Tab. Amlodipine.",
            "No known comorbidities. No previous surgeries.",
            "K/c/o hypothyroidism on Tab. Thyroxine 50 mcg OD."])),
        ("Course in Hospital",
         "Patient was admitted under the above consultant and evaluated. Relevant "
         "investigations were done (reports enclosed). Patient was managed with IV "
         "fluids, antibiotics, analgesics and supportive care. Vitals remained stable "
         "during the stay. Patient improved symptomatically and is being discharged "
         "in a haemodynamically stable condition."),
        ("Condition at Discharge", "Conscious, oriented, afebrile, tolerating orally, "
         "ambulatory."),
        ("Advice on Discharge", "1) Tab. Pantoprazole 40 mg once daily before "
         "breakfast x 14 days.  2) Tab. Paracetamol 650 mg SOS for fever/pain.  "
         "3) Continue regular medications as before.  4) Soft diet, plenty of oral "
         "fluids."),
        ("Follow-up", f"Review in {cx.cons[2]} OPD after 7 days with reports, or "
         "earlier in case of fever, pain, vomiting or breathlessness (Emergency "
         "available 24x7)."),
    ]
    for k, v in secs:
        d.text((L, y), k + ":", font=hf, fill=0)
        y += 54
        for line in _wrap(d, v, bf, R - L - 40):
            d.text((L + 40, y), line, font=bf, fill=0)
            y += 48
        y += 22
        if y > H - 600:
            break
    y = max(y + 40, H - 520)
    d.text((L, y), "Prepared by: Resident Medical Officer", font=_font("sans", 34), fill=0)
    d.text((R - 800, y), cx.cons[0], font=_font("sansb", 34), fill=0)
    d.text((R - 800, y + 46), f"Consultant, {cx.cons[2]}", font=_font("sans", 32), fill=0)
    d.text((L, y + 120), "I have understood the discharge instructions. "
           "Signature of patient / relative: ______________", font=_font("sans", 30), fill=0)
    _footer(d, L, R, f"UHID: {patient.get('mrn', '')}  |  IP No.: "
            f"{patient.get('encounter', '')}  |  {_full_name(patient, upper=True)}",
            rng, page="Page 1 of 2")


def _page_consent(img, d, patient, cx, rng):
    L, R = 170, W - 170
    y = _letterhead(d, L, 110, R, rng, compact=True) + 20
    tf = _font("sansb", 46)
    t = rng.choice(["INFORMED CONSENT FOR SURGERY / PROCEDURE",
                    "CONSENT FOR ANAESTHESIA", "CONSENT FOR BLOOD TRANSFUSION"])
    d.text(((L + R) // 2 - _tw(d, t, tf) // 2, y + 10), t, font=tf, fill=0)
    y += 90
    if patient is not None:
        if rng.random() < 0.5:
            _paste_sticker(img, patient, cx, rng, R - 960, y)
            y += 480
        else:
            y = _typed_header(d, patient, cx, L, R, y, rng) + 20
    else:
        _sticker_slot(d, R - 960, y)
        y += 480
    bf = _font("serif", 38)
    paras = [
        "I, the undersigned, hereby authorise the treating doctor and the team of "
        "Neelgiri Lotus Multispeciality Hospital to perform the procedure named "
        "below. The nature of the procedure, its purpose, the expected benefits, "
        "the alternatives available and the likely risks and complications have "
        "been explained to me in a language I understand.",
        "Name of procedure: ______________________________________________",
        "I understand that no guarantee has been given to me regarding the outcome. "
        "I also consent to the administration of anaesthesia, blood or blood "
        "products and to any additional procedure that may become necessary in an "
        "emergency during the course of the above procedure.",
        "I consent to the retention or disposal of tissue removed, and to the "
        "photography of the procedure for medical records and teaching purposes "
        "without disclosure of my identity.",
    ]
    for p in paras:
        for line in _wrap(d, p, bf, R - L):
            d.text((L, y), line, font=bf, fill=0)
            y += 50
        y += 30
    y += 40
    sigs = ["Signature of Patient", "Signature of Relative / Guardian",
            "Relationship with patient", "Signature of Doctor explaining",
            "Witness (Name & Sign)", "Date & Time"]
    for i, s in enumerate(sigs):
        x = L if i % 2 == 0 else (L + R) // 2 + 40
        yy = y + (i // 2) * 150
        d.line((x, yy + 70, x + 900, yy + 70), fill=0, width=2)
        d.text((x, yy + 80), s, font=_font("sans", 32), fill=0)
    _footer(d, L, R, "NLMH/CONS/F-21  Rev. 02  - Explained in: English / "
            "Hindi / Marathi (tick)", rng)


def _page_radiology(img, d, patient, cx, rng):
    L, R = 170, W - 170
    y = _letterhead(d, L, 110, R, rng, compact=True) + 16
    t = "DEPARTMENT OF RADIOLOGY & IMAGING"
    f = _font("sansb", 40)
    d.text(((L + R) // 2 - _tw(d, t, f) // 2, y + 10), t, font=f, fill=0)
    y += 80
    study = rng.choice(["USG ABDOMEN & PELVIS", "X-RAY CHEST PA VIEW",
                        "CT BRAIN (PLAIN)", "HRCT THORAX"])
    y = _typed_header(d, patient, cx, L, R, y, rng,
                      extra=[("Study", study[:22]), ("Acc. No.", f"R{rng.randint(10**5, 10**6)}"),
                             ("Date", _dmy(cx.doa + _dt.timedelta(days=rng.randint(0, 2))))])
    y += 60
    sf = _font("sansb", 42)
    d.text(((L + R) // 2 - _tw(d, study, sf) // 2, y), study, font=sf, fill=0)
    y += 90
    bf = _font("serif", 38)
    findings = {
        "USG ABDOMEN & PELVIS": [
            "Liver is normal in size (13.2 cm) with normal echotexture. No focal lesion.",
            "Gall bladder is distended with multiple calculi, largest 11 mm; wall thickness 4 mm.",
            "CBD is 5 mm. Portal vein normal. Pancreas and spleen appear normal.",
            "Both kidneys normal in size and echotexture. No calculus or hydronephrosis.",
            "Urinary bladder well distended, normal wall. No free fluid in abdomen."],
        "X-RAY CHEST PA VIEW": [
            "Inhomogeneous opacity noted in the right lower zone.",
            "Right costophrenic angle is blunted. Left CP angle is clear.",
            "Cardiac silhouette is within normal limits. Trachea is central.",
            "Bony thorax appears normal."],
        "CT BRAIN (PLAIN)": [
            "Hypodense area noted in left fronto-parietal region in MCA territory.",
            "No haemorrhage. No midline shift. Ventricles are normal in size.",
            "Basal cisterns are patent. Calvarium is intact."],
        "HRCT THORAX": [
            "Patchy ground glass opacities with consolidation in bilateral lower lobes.",
            "No pleural effusion. Mediastinal lymph nodes not enlarged.",
            "CT severity score: 12/25."],
    }[study]
    d.text((L, y), "FINDINGS:", font=_font("sansb", 38), fill=0)
    y += 60
    for fl in findings:
        for line in _wrap(d, fl, bf, R - L - 60):
            d.text((L + 40, y), line, font=bf, fill=0)
            y += 50
        y += 14
    y += 30
    d.text((L, y), "IMPRESSION:", font=_font("sansb", 38), fill=0)
    y += 60
    d.text((L + 40, y), rng.choice(["Findings as described above.",
                                    "Suggested clinical correlation.",
                                    "Features suggestive of inflammatory aetiology."]),
           font=_font("serifb", 38), fill=0)
    d.text((R - 700, H - 380), "Dr. Ketan M. Bhise, MD (Radiodiagnosis)",
           font=_font("sansb", 30), fill=0)
    d.text((R - 700, H - 340), "Consultant Radiologist (fictitious)",
           font=_font("sans", 30), fill=0)
    _footer(d, L, R, "NLMH/RAD  Computer generated report - not valid for "
            "medico-legal purpose", rng, page="Page 1 of 1")


def _page_handout(img, d, patient, cx, rng):
    L, R = 200, W - 200
    y = _letterhead(d, L, 110, R, rng) + 40
    topic = rng.choice([
        ("DIET ADVICE FOR DIABETES", [
            "Eat small, frequent meals at fixed times - 3 meals and 2-3 snacks.",
            "Prefer whole grains: jowar, bajra, ragi, brown rice, whole wheat atta.",
            "Include dal, sprouts, curd, paneer, eggs or fish for protein.",
            "Avoid sugar, jaggery, honey, sweets, fruit juices and cold drinks.",
            "Limit fried snacks like samosa, vada, bhajji and namkeen.",
            "Eat plenty of green leafy vegetables and salads.",
            "Walk for at least 30 minutes daily unless advised otherwise.",
            "Check blood sugar as advised and carry your report on each visit."]),
        ("CARE OF YOUR SURGICAL WOUND AT HOME", [
            "Keep the dressing clean and dry. Do not remove it unless advised.",
            "Do not apply any powder, oil or home remedy on the wound.",
            "Take antibiotics and pain medicines exactly as prescribed.",
            "Report immediately if there is fever, redness, swelling or pus.",
            "Suture removal is usually done on day 10-12 in the Surgery OPD.",
            "Avoid lifting heavy weights for 6 weeks."]),
        ("PATIENT RIGHTS AND RESPONSIBILITIES", [
            "You have the right to receive information about your illness and treatment.",
            "You have the right to privacy and confidentiality of your records.",
            "You have the right to a second opinion and to refuse treatment.",
            "You have the right to know the expected cost of treatment.",
            "You are responsible for giving complete and correct information.",
            "You are responsible for following hospital rules and paying bills on time."]),
        ("VISITOR POLICY", [
            "Only one attendant is allowed with the patient at any time.",
            "Visiting hours: 11:00 am - 12:00 noon and 5:00 pm - 7:00 pm.",
            "Children below 12 years are not permitted in the wards.",
            "Please wash hands or use sanitiser before touching the patient.",
            "ICU visits are permitted only at the time decided by the unit in-charge."]),
    ])
    tf = _font("sansb", 58)
    d.text(((L + R) // 2 - _tw(d, topic[0], tf) // 2, y), topic[0], font=tf, fill=0)
    y += 130
    bf = _font("sans", 44)
    for i, line in enumerate(topic[1]):
        for j, wl in enumerate(_wrap(d, line, bf, R - L - 120)):
            if j == 0:
                d.text((L, y), f"{i + 1}.", font=_font("sansb", 44), fill=0)
            d.text((L + 80, y), wl, font=bf, fill=0)
            y += 62
        y += 30
    y += 40
    d.rectangle((L, y, R, y + 220), outline=0, width=3)
    d.text((L + 30, y + 30), "For any query contact the Nursing Station or our 24x7 "
           "Helpdesk.", font=_font("sans", 38), fill=0)
    d.text((L + 30, y + 100), "Patient Education Series - Neelgiri Lotus "
           "Multispeciality Hospital", font=_font("sansi", 34), fill=0)
    _footer(d, L, R, f"NLMH/PE/{rng.randint(1, 40):02d}  For patient "
            "information only", rng)


_KINDS_P = [(_page_progress, 3), (_page_lab, 2), (_page_mar, 2), (_page_tpr, 1),
            (_page_discharge, 1), (_page_consent, 1), (_page_radiology, 1)]
_KINDS_N = [(_page_progress, 3), (_page_lab, 1), (_page_mar, 2), (_page_tpr, 1),
            (_page_consent, 1), (_page_handout, 2)]


def _pick(kinds, rng):
    tot = sum(w for _, w in kinds)
    r = rng.uniform(0, tot)
    for fn, w in kinds:
        r -= w
        if r <= 0:
            return fn
    return kinds[-1][0]


class _NoCtx:
    doa = None


def content_page(patient: dict | None, rng: random.Random) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    d = ImageDraw.Draw(img)
    if patient is not None:
        cx = _Ctx(patient, rng)
        fn = _pick(_KINDS_P, rng)
    else:
        cx = _NoCtx()
        fn = _pick(_KINDS_N, rng)
    fn(img, d, patient, cx, rng)
    # small print offset, the way real pages land on the platen
    dx, dy = rng.randint(-12, 12), rng.randint(-12, 12)
    if dx or dy:
        img = img.transform(img.size, Image.AFFINE, (1, 0, -dx, 0, 1, -dy),
                            fillcolor=255)
    return img
