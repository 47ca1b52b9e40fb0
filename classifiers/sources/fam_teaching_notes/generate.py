#!/usr/bin/env python3
"""Synthetic medical-record documents in the style of EHR notes typed at
Canadian and US teaching hospitals (2010-2024), printed and scanned.

Standard library only, deterministic for a given --seed.

    python generate.py --seed 1 --per-type 25 --out docs.jsonl

Every name, identifier, facility and phone number is invented.

Type keys (label field): discharge_summary, history_physical, progress_note,
consult_note, operative_note, procedure_note, lab_report, imaging_report,
pathology_report, medication_list, prescription, anesthesia_record,
correspondence, consent_form, referral_letter, advance_directive, ecg_report,
immunization_record, registration_form, insurance_card, nursing_note, ed_note,
transfer_summary, provider_orders, discharge_instructions, other.
"""
import argparse
import json
import random
import sys
from datetime import date, datetime, timedelta

# --------------------------------------------------------------------------
# Type keys.  Edit the right-hand side to rename labels for a downstream
# taxonomy without touching the generators.
# --------------------------------------------------------------------------
LABELS = {k: k for k in [
    "discharge_summary", "history_physical", "progress_note", "consult_note", "operative_note", "procedure_note",
    "lab_report", "imaging_report", "pathology_report", "medication_list", "prescription", "anesthesia_record",
    "correspondence", "consent_form", "referral_letter", "advance_directive", "ecg_report", "immunization_record",
    "registration_form", "insurance_card", "nursing_note", "ed_note", "transfer_summary", "provider_orders",
    "discharge_instructions", "other"]}

# --------------------------------------------------------------------------
# Fictitious people and places
# --------------------------------------------------------------------------
FIRST = """Avery Blaise Corwin Delphine Esker Fennick Galen Hollis Ingrid Jarvie
Kestrel Linnea Marlo Nettie Orrin Perpetua Quill Rosalind Sable Tamsin Ulric
Vesna Wren Yardley Zinnia Alder Bramwell Calloway Dorrit Ellery Fable Gideon
Harlow Isolde Jessamy Kit Lark Mabry Nolan Odile Piers Rook Saffron Thaddeus
Umber Verity Wystan Xanthe Yves Zephyr Augustin Briony Cosima Dashiell Elowen
Florian Greer Honor Ignatius Juniper""".split()
SUR_A = """Quill Bram Fen Hollow Mar Pettl Wick Thorn Crump Dapple Flint Gorse
Brind Nettle Marr Tansy Oster Pim Rudd Skell Tallow Umbel Vetch Wold Yarrow
Zell Cobble Dorn Ember Frith""".split()
SUR_B = """wick bottom ridge worth ford stead hallow more cote shaw by thwaite
well croft mere dene holt ley ton hurst""".split()
DOC_LAST = """Okonkwo-Test Farrowdale Quennell Astbury Lindqvane Marchetti-Oak
Pembrake Sorrowind Tavistane Underhay Valcourt Whitlowe Achterberg Brightmoor
Castellane Dunmore-Vale Elsworthy Fairhaven Grisedale Hexley Ivorsen Jolliffe
Kavanagh-Birch Lowenfell Merriweather Norcastle Ollerenshaw Pennyfeather
Quarrington Redmayne Stellwagen Thistlewood""".split()

FACILITIES_US = [
    ("Halvorsen University Medical Center", "Brookvale, OH"),
    ("St. Ignatia Academic Hospital", "Port Lydell, WA"),
    ("Mercy-Ashgrove Teaching Hospital", "Cedar Fork, IA"),
    ("Ridgemont University Hospital", "New Carrow, NC"),
    ("Lakeshore Memorial Medical Center", "Danforth Bay, MI"),
    ("Colfax Valley University Health System", "Colfax Springs, CO"),
    ("Beaumont-Pryor Regional Academic Center", "Millstead, PA"),
    ("University Hospital of Grantham County", "Grantham, TX"),
]
FACILITIES_CA = [
    ("Royal Tarrington Health Sciences Centre", "Tarrington, ON"),
    ("Hopital universitaire Sainte-Adele-des-Pins", "Val-Moreau, QC"),
    ("Foothills Crest University Hospital", "Bramble Creek, AB"),
    ("Queen Lysander General Hospital", "Port Aubrey, NS"),
    ("St. Columba Academic Health Centre", "Kestrel Falls, BC"),
    ("Red River University Health Centre", "Lindell, MB"),
    ("Saskatoon Ridge Teaching Hospital", "Carrow Lake, SK"),
]

ROLES_TRAINEE = ["PGY-1", "PGY-2", "PGY-3", "PGY-4", "PGY-5", "R1", "R2", "R3",
                 "Resident", "Fellow", "Clinical Fellow"]


class Ctx:
    """Per-document context: patient, facility, dates, unit system."""

    def __init__(self, rng):
        self.rng = rng
        self.canada = rng.random() < 0.45
        fac = rng.choice(FACILITIES_CA if self.canada else FACILITIES_US)
        self.facility, self.city = fac
        self.sex = rng.choice(["M", "F"])
        self.first = rng.choice(FIRST)
        self.last = rng.choice(SUR_A) + rng.choice(SUR_B)
        self.age = int(rng.triangular(18, 95, 72))
        y = rng.randint(2010, 2024)
        self.date = date(y, rng.randint(1, 12), rng.randint(1, 28))
        self.dob = date(self.date.year - self.age, rng.randint(1, 12), rng.randint(1, 28))
        self.mrn = self.make_mrn()
        self.enc = str(rng.randint(10000000, 99999999))
        self.datefmt = rng.choice(["%m/%d/%Y", "%Y-%m-%d", "%d-%b-%Y", "%b %d, %Y"]) \
            if not self.canada else rng.choice(["%Y-%m-%d", "%d-%b-%Y", "%d/%m/%Y", "%Y-%b-%d"])
        self.attending = self.doctor()
        self.trainee = self.doctor()
        self.trainee_role = rng.choice(ROLES_TRAINEE)

    # pronouns
    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def sexword(self):
        return self.rng.choice(["male", "man"]) if self.sex == "M" else self.rng.choice(["female", "woman"])

    @property
    def mf(self):
        return self.sex

    def make_mrn(self):
        r = self.rng
        style = r.randint(0, 3)
        if style == 0:
            return "%d%07d" % (r.randint(1, 9), r.randint(0, 9999999))
        if style == 1:
            return "MR-%06d" % r.randint(0, 999999)
        if style == 2:
            return "%03d-%03d-%03d" % (r.randint(0, 999), r.randint(0, 999), r.randint(0, 999))
        return "X%08d" % r.randint(0, 99999999)

    def doctor(self):
        return "%s %s" % (self.rng.choice(FIRST), self.rng.choice(DOC_LAST))

    def d(self, dt=None):
        dt = dt or self.date
        return dt.strftime(self.datefmt)

    def dt(self, dt=None, hh=None):
        dt = dt or self.date
        if hh is None:
            hh = self.rng.randint(0, 23)
        return "%s %02d:%02d" % (self.d(dt), hh, self.rng.randint(0, 59))

    def name(self, style=None):
        style = style if style is not None else self.rng.randint(0, 2)
        if style == 0:
            return "%s, %s" % (self.last.upper(), self.first.upper())
        if style == 1:
            return "%s, %s" % (self.last, self.first)
        return "%s %s" % (self.first, self.last)

    def phone(self):
        return "(%03d) 555-%04d" % (self.rng.randint(201, 989), self.rng.randint(100, 199))

    def health_card(self):
        r = self.rng
        return "%04d-%03d-%03d-%s" % (r.randint(1000, 9999), r.randint(0, 999), r.randint(0, 999),
                                     "".join(r.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)))


# --------------------------------------------------------------------------
# Small helpers
# --------------------------------------------------------------------------
def pick(rng, seq, k=None):
    if k is None:
        return rng.choice(seq)
    k = max(0, min(k, len(seq)))
    return rng.sample(seq, k)


def maybe(rng, p, text, alt=""):
    return text if rng.random() < p else alt


def bullets(rng, items, style=None):
    style = style if style is not None else rng.choice(["-", "*", "num", "-", "o"])
    out = []
    for i, it in enumerate(items, 1):
        if style == "num":
            out.append("%d. %s" % (i, it))
        else:
            out.append("%s %s" % (style, it))
    return "\n".join(out)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def print_header(ctx, title=None):
    r = ctx.rng
    lines = []
    style = r.randint(0, 3)
    printed = ctx.date + timedelta(days=r.randint(0, 400))
    if style == 0:
        lines.append(ctx.facility.upper())
        lines.append("%s  |  MRN: %s  |  DOB: %s  |  Sex: %s" % (ctx.name(0), ctx.mrn, ctx.d(ctx.dob), ctx.sex))
        lines.append("Encounter #%s   Printed %s %02d:%02d by %s" %
                     (ctx.enc, ctx.d(printed), r.randint(0, 23), r.randint(0, 59),
                      r.choice(["HIM_SCAN", "medrec02", "ROI clerk", "wardclerk4", "HIMS"])))
    elif style == 1:
        lines.append("%s - %s" % (ctx.facility, ctx.city))
        lines.append("Patient: %s    MRN %s" % (ctx.name(1), ctx.mrn))
        lines.append("Visit/FIN: %s    Print date: %s" % (ctx.enc, ctx.d(printed)))
    elif style == 2:
        lines.append("** %s **  Page 1 of %d" % (ctx.facility, r.randint(1, 4)))
        lines.append("NAME: %s   %s   %dy %s" % (ctx.name(0), ctx.mrn, ctx.age, ctx.sex))
        lines.append("ENC: %s   PRINTED: %s" % (ctx.enc, ctx.dt(printed)))
    else:
        lines.append("%s | %s | %s" % (ctx.name(0), ctx.mrn, ctx.facility))
        lines.append("DOB %s (%d yo) | Acct %s | Printed on %s" % (ctx.d(ctx.dob), ctx.age, ctx.enc, ctx.d(printed)))
    if title and r.random() < 0.5:
        lines.append(title)
    lines.append(r.choice(["-" * 60, "=" * 60, "_" * 48, ""]))
    return "\n".join(lines)


def footer(ctx):
    r = ctx.rng
    opts = [
        "Page %d of %d" % (r.randint(1, 2), r.randint(2, 3)),
        "CONFIDENTIAL - contains personal health information",
        "Printed copy - electronic record is the legal source",
        "Scanned to chart %s" % ctx.d(ctx.date + timedelta(days=r.randint(1, 60))),
        "",
    ]
    return r.choice(opts)


def lc(s):
    """Lower-case a heading for use mid-sentence, leaving acronyms alone."""
    words = s.split()
    out = []
    for w in words:
        if len(w) > 1 and w[1:].islower() and w[0].isupper():
            out.append(w.lower())
        else:
            out.append(w)
    return " ".join(out)


def sign(ctx, who=None, role=None, electronic=True, when=None):
    r = ctx.rng
    who = who or ctx.attending
    role = role or r.choice(["MD", "MD, FRCPC", "DO", "MD, PhD", "MD, FACP", "MD, CCFP"])
    t = ctx.dt(when, hh=r.randint(6, 23))
    if electronic:
        return r.choice([
            "Electronically signed by %s, %s on %s" % (who, role, t),
            "Signed: %s %s  %s" % (who, role, t),
            "%s, %s\nE-signed %s" % (who, role, t),
            "Authenticated by %s, %s - %s" % (who, role, t),
        ])
    return "%s, %s" % (who, role)


# --------------------------------------------------------------------------
# Vitals and labs (units switch by country)
# --------------------------------------------------------------------------
def vitals(ctx, sick=0.3, style=None):
    r = ctx.rng
    t = round(r.uniform(36.2, 37.4) + (r.uniform(0.5, 2.0) if r.random() < sick else 0), 1)
    hr = r.randint(58, 96) + (r.randint(10, 35) if r.random() < sick else 0)
    sbp = r.randint(96, 168)
    dbp = r.randint(52, 96)
    rr = r.randint(12, 20) + (r.randint(4, 10) if r.random() < sick * 0.6 else 0)
    sat = r.randint(90, 100)
    o2 = r.choice(["RA", "RA", "RA", "2L NC", "3L NC", "4L NC", "40% FM", "HFNC 30L/40%"])
    wt = round(r.uniform(48, 128), 1)
    style = style if style is not None else r.randint(0, 3)
    temp = "%.1f" % t if ctx.canada or r.random() < 0.4 else "%.1f F" % (t * 9 / 5 + 32)
    if style == 0:
        return "T %s  HR %d  BP %d/%d  RR %d  SpO2 %d%% %s" % (temp, hr, sbp, dbp, rr, sat, o2)
    if style == 1:
        return ("Temp: %s\nPulse: %d\nBP: %d/%d\nResp: %d\nSpO2: %d%% on %s\nWt: %.1f kg"
                % (temp, hr, sbp, dbp, rr, sat, o2, wt))
    if style == 2:
        return ("Vitals (24h): Tmax %s | HR %d-%d | BP %d-%d/%d-%d | RR %d | SpO2 %d-%d%% %s"
                % (temp, hr - r.randint(5, 15), hr, sbp - r.randint(8, 25), sbp, dbp - r.randint(5, 12),
                   dbp, rr, max(85, sat - r.randint(1, 4)), sat, o2))
    return "BP %d/%d, HR %d, T %s, RR %d, sat %d%% %s, wt %.1f kg" % (sbp, dbp, hr, temp, rr, sat, o2, wt)


def io_line(ctx):
    r = ctx.rng
    i = r.randint(800, 2800)
    o = r.randint(500, 3400)
    return "I/O: %d / %d (net %+d) %s" % (i, o, i - o, r.choice(["", "UOP adequate", "foley in", "incomplete - voiding in toilet", ""]))


def lab_values(ctx, abnormal=0.3):
    r = ctx.rng
    ab = lambda: r.random() < abnormal
    na = r.randint(131, 145) if not ab() else r.randint(124, 132)
    k = round(r.uniform(3.4, 5.0) if not ab() else r.uniform(2.9, 6.0), 1)
    cl = r.randint(96, 109)
    hco3 = r.randint(20, 29) if not ab() else r.randint(14, 20)
    cr_mg = round(r.uniform(0.6, 1.2) if not ab() else r.uniform(1.4, 4.2), 2)
    bun_mg = r.randint(8, 22) if not ab() else r.randint(28, 80)
    glu_mg = r.randint(78, 140) if not ab() else r.randint(180, 420)
    wbc = round(r.uniform(4.2, 10.5) if not ab() else r.uniform(11, 24), 1)
    hgb_g = round(r.uniform(11.5, 15.5) if not ab() else r.uniform(6.8, 10.5), 1)
    plt = r.randint(150, 380) if not ab() else r.choice([r.randint(40, 120), r.randint(450, 700)])
    if ctx.canada:
        return {
            "Na": str(na), "K": str(k), "Cl": str(cl), "HCO3": str(hco3),
            "Cr": str(int(cr_mg * 88.4)), "Urea": "%.1f" % (bun_mg * 0.357),
            "Glu": "%.1f" % (glu_mg / 18.0), "WBC": str(wbc), "Hgb": str(int(hgb_g * 10)),
            "Plt": str(plt), "units": "SI",
        }
    return {
        "Na": str(na), "K": str(k), "Cl": str(cl), "HCO3": str(hco3), "Cr": str(cr_mg),
        "BUN": str(bun_mg), "Glu": str(glu_mg), "WBC": str(wbc), "Hgb": str(hgb_g),
        "Plt": str(plt), "units": "US",
    }


def lab_block(ctx, abnormal=0.3, style=None):
    r = ctx.rng
    v = lab_values(ctx, abnormal)
    urea = v.get("BUN") or v.get("Urea")
    style = style if style is not None else r.randint(0, 3)
    if style == 0:
        # fishbone-as-text
        return ("%s | %s | %s\n---+----+----< %s\n%s | %s | %s\n\n%s \\ %s / %s"
                % (v["Na"], v["Cl"], urea, v["Glu"], v["K"], v["HCO3"], v["Cr"], v["WBC"], v["Hgb"], v["Plt"]))
    if style == 1:
        return ("CBC: WBC %s, Hgb %s, Plt %s\nChem: Na %s, K %s, Cl %s, CO2 %s, %s %s, Cr %s, Glu %s"
                % (v["WBC"], v["Hgb"], v["Plt"], v["Na"], v["K"], v["Cl"], v["HCO3"],
                   "BUN" if "BUN" in v else "Urea", urea, v["Cr"], v["Glu"]))
    if style == 2:
        extra = []
        if r.random() < 0.5:
            extra.append("INR %.1f" % r.uniform(0.9, 2.8))
        if r.random() < 0.5:
            extra.append("Lactate %.1f" % r.uniform(0.6, 4.5))
        if r.random() < 0.4:
            extra.append(("Trop hs %d ng/L" % r.randint(2, 400)))
        if r.random() < 0.4:
            extra.append("Mg %.2f" % (r.uniform(0.65, 1.05) if ctx.canada else r.uniform(1.5, 2.5)))
        return "Labs today: Na %s K %s Cr %s Hgb %s WBC %s Plt %s %s" % (
            v["Na"], v["K"], v["Cr"], v["Hgb"], v["WBC"], v["Plt"], " ".join(extra))
    rows = [("Sodium", v["Na"]), ("Potassium", v["K"]), ("Chloride", v["Cl"]), ("Bicarbonate", v["HCO3"]),
            ("Creatinine", v["Cr"]), ("Glucose", v["Glu"]), ("WBC", v["WBC"]), ("Hemoglobin", v["Hgb"]),
            ("Platelets", v["Plt"])]
    return "\n".join("%-12s %s" % (a, b) for a, b in rows)


# --------------------------------------------------------------------------
# Problem library: (heading variants, service, assessment phrases,
# plan items, HPI fragment, exam finding)
# --------------------------------------------------------------------------
P = []


def prob(names, service, assess, plan, hpi, exam):
    P.append(dict(names=names, service=service, assess=assess, plan=plan, hpi=hpi, exam=exam))


prob(["Acute on chronic HFrEF", "ADHF, EF 25%", "Decompensated systolic heart failure"], "cardiology",
     ["volume up ~4 kg from dry weight, likely dietary indiscretion +/- missed diuretic doses",
      "improving with IV diuresis, still crackles at bases", "euvolemic on exam today, JVP at clavicle"],
     ["furosemide 80 mg IV BID, goal net -1 to -2 L/day", "strict I/Os, daily standing weights",
      "BMP BID while on IV diuresis, replete K >4, Mg >2", "hold sacubitril-valsartan while Cr rising, resume when stable",
      "continue metoprolol succinate, do not uptitrate while wet", "2 g Na restriction, 1.5 L fluid restriction",
      "HF nurse education before d/c, f/u HF clinic 7-10 days", "repeat TTE not needed - echo 4 mo ago"],
     "progressive dyspnea on exertion, 3-pillow orthopnea and bilateral leg swelling over 10 days",
     "JVP 4 cm above sternal angle, bibasilar crackles, 2+ pitting edema to knees")
prob(["Community-acquired pneumonia", "CAP, RLL", "Pneumonia - right lower lobe"], "medicine",
     ["CURB-65 of 2, no sepsis criteria currently", "afebrile x 24h, WBC trending down",
      "clinically improving, O2 weaned to RA"],
     ["ceftriaxone 1 g IV q24h + azithromycin 500 mg PO daily (day 3 of 5)", "step down to amoxicillin-clav PO when tolerating",
      "f/u blood cx (NGTD at 48h)", "sputum cx - poor sample, not repeating", "wean O2 to sat 92-96%",
      "incentive spirometry, ambulate TID", "urine Legionella/pneumococcal Ag neg"],
     "4 days of productive cough with rust-colored sputum, fevers to 39 and pleuritic right-sided chest pain",
     "bronchial breath sounds and crackles R base, dullness to percussion")
prob(["Sepsis secondary to UTI", "Pyelonephritis with sepsis", "Urosepsis"], "medicine",
     ["source likely urinary; lactate cleared after 30 cc/kg", "hemodynamically stable off pressors",
      "E. coli in urine and 1/2 blood cx, sensitivities pending"],
     ["pip-tazo 4.5 g IV q6h -> narrow to ceftriaxone per sensitivities", "repeat blood cx to document clearance",
      "renal US to r/o obstruction/abscess", "MAP goal >65, bolus PRN", "total 7-14 days abx depending on course"],
     "fevers, rigors, dysuria and left flank pain for 2 days, found confused by family",
     "L CVA tenderness, warm peripheries, dry mucous membranes")
prob(["COPD exacerbation", "AECOPD", "Acute exacerbation of COPD"], "respirology",
     ["likely viral trigger, no consolidation on CXR", "still wheezy but work of breathing improved",
      "VBG pH 7.33 / pCO2 58 on admission, not requiring BiPAP now"],
     ["prednisone 40 mg PO daily x 5 days total", "salbutamol/ipratropium nebs q4h + q1h PRN",
      "doxycycline 100 mg BID x 5 days given increased sputum purulence", "target SpO2 88-92%",
      "resume LAMA/LABA inhaler on d/c, check technique", "referral to pulmonary rehab",
      "smoking cessation counselling; NRT patch 21 mg offered"],
     "worsening dyspnea and increased green sputum for a week after a cold, using inhaler q2h",
     "diffuse expiratory wheeze, prolonged expiratory phase, accessory muscle use")
prob(["NSTEMI", "Non-ST elevation MI", "Type 1 MI"], "cardiology",
     ["hs-trop peaked at 2,340, TIMI 4", "chest pain free since heparin started",
      "cath showed 90% mid-LAD lesion, s/p DES"],
     ["ASA 81 mg daily + ticagrelor 90 mg BID x 12 months", "heparin gtt per ACS nomogram until cath",
      "atorvastatin 80 mg nightly", "start metoprolol tartrate 12.5 mg BID, titrate as HR/BP allow",
      "TTE to assess LV function", "cardiac rehab referral", "A1c and lipid panel"],
     "substernal pressure radiating to the left jaw that started at rest, lasted 40 minutes, with diaphoresis",
     "RRR, no murmurs, lungs clear, radial access site soft without hematoma")
prob(["Atrial fibrillation with RVR", "New-onset AF", "Paroxysmal AF"], "cardiology",
     ["rate controlled now 80s-90s", "CHA2DS2-VASc 4, HAS-BLED 2",
      "likely precipitated by sepsis/hypovolemia"],
     ["metoprolol 25 mg PO q6h, consolidate to long-acting", "start apixaban 5 mg BID",
      "TSH, TTE", "tele", "diltiazem if HR >120 sustained", "consider DCCV as outpatient after 3 wks AC"],
     "palpitations and lightheadedness since waking, no syncope",
     "irregularly irregular rhythm, rate ~110")
prob(["Upper GI bleed", "Melena - suspected PUD", "Acute UGIB"], "gastroenterology",
     ["Glasgow-Blatchford 11, Hgb 68 from baseline 120", "s/p EGD with clip to 1.5 cm duodenal ulcer (Forrest IIa)",
      "no further melena, Hgb stable x 2"],
     ["pantoprazole 40 mg IV BID -> PO BID x 8 weeks", "transfuse for Hgb <70 (or <80 if cardiac)",
      "2 large-bore IVs, type and screen active", "H. pylori biopsies pending", "hold NSAIDs indefinitely",
      "clear fluids -> advance diet as tolerated", "repeat CBC q12h"],
     "three episodes of black tarry stool and one of coffee-ground emesis after weeks of ibuprofen for back pain",
     "pale conjunctivae, epigastric tenderness, melena on DRE")
prob(["Acute kidney injury", "AKI on CKD 3b", "Prerenal AKI"], "nephrology",
     ["Cr 2.8 from baseline 1.3, FENa 0.6% c/w prerenal", "improving with fluids, UOP >0.5 mL/kg/h",
      "non-oliguric; renal US without hydronephrosis"],
     ["hold ACEi, diuretics, metformin, NSAIDs", "LR 100 mL/h x 1 L then reassess",
      "renally dose meds (pharmacy to review)", "daily BMP, strict I/O", "urine lytes, UA with micro",
      "avoid IV contrast"],
     "poor oral intake and diarrhea for 5 days while continuing ramipril and HCTZ",
     "dry mucous membranes, flat JVP, orthostatic drop of 22 mmHg")
prob(["DKA", "Diabetic ketoacidosis, moderate", "T1DM with DKA"], "endocrinology",
     ["anion gap 24, BHB 6.1 on presentation", "gap closed x 2, transitioned to SC insulin",
      "trigger likely missed insulin doses during GI illness"],
     ["insulin infusion per DKA protocol, add D5 when glucose <14", "K replacement per protocol, hold insulin if K <3.3",
      "q1h POC glucose, q2h lytes", "overlap SC basal 2 h before stopping gtt",
      "diabetes educator consult", "endocrine f/u within 2 weeks"],
     "nausea, vomiting, polyuria and abdominal pain for 36 hours, ran out of insulin glargine",
     "Kussmaul respirations, fruity breath, dry mucosa")
prob(["Hyponatremia", "Hypotonic hyponatremia, likely SIADH", "Severe hyponatremia"], "nephrology",
     ["Na 121, euvolemic, urine osm 480, urine Na 56", "asymptomatic, no seizures",
      "Na up 6 in 24 h - at limit of correction"],
     ["fluid restriction 1 L/day", "Na q6h, goal rise <8 mEq in 24 h", "hold SSRI (possible culprit)",
      "if overcorrection, D5W +/- DDAVP per nephro", "TSH, AM cortisol", "salt tabs 1 g TID"],
     "generalized weakness and two falls over a week, started citalopram last month",
     "no edema, normal skin turgor, no focal deficits")
prob(["Cellulitis left lower leg", "Non-purulent cellulitis", "LLE cellulitis"], "medicine",
     ["erythema receding from marked borders", "no abscess on POCUS", "afebrile, no systemic features"],
     ["cefazolin 2 g IV q8h -> cephalexin 500 mg QID to complete 7 days", "elevate leg",
      "mark borders daily", "treat tinea pedis (entry point) with topical clotrimazole", "compression once resolved"],
     "spreading redness, warmth and pain of the left shin for 3 days",
     "warm, tender erythema anterior L shin 12 x 9 cm, no fluctuance, no crepitus")
prob(["Acute ischemic stroke", "L MCA stroke", "Stroke - R hemiparesis"], "neurology",
     ["s/p tenecteplase at 2h15 from LKW, NIHSS 9 -> 4", "CTA no LVO, MRI with small L corona radiata infarct",
      "likely small vessel disease vs cardioembolic - workup ongoing"],
     ["BP <180/105 x 24h post-lysis, then permissive", "neuro checks q1h x 24h", "start ASA 24h post-lysis if CT stable",
      "atorvastatin 80 mg", "tele x 48h, Holter on d/c", "SLP swallow screen before PO", "PT/OT/SLP",
      "TTE with bubble"],
     "sudden onset right arm weakness and word-finding difficulty noticed by spouse at breakfast",
     "R pronator drift, R facial droop, expressive aphasia")
prob(["Alcohol withdrawal", "EtOH withdrawal - CIWA", "Alcohol use disorder with withdrawal"], "medicine",
     ["CIWA peaked at 18, no seizures or DTs", "last drink 48 h prior to admission",
      "history of withdrawal seizures - high risk"],
     ["symptom-triggered lorazepam per CIWA protocol", "thiamine 200 mg IV TID x 3 days then PO",
      "folate, MVI", "replete Mg/phos", "addiction medicine consult - discuss naltrexone/acamprosate",
      "SW for outpatient supports"],
     "tremor, sweats and visual disturbance after stopping drinking (about 20 drinks/day) two days ago",
     "coarse tremor, diaphoretic, oriented x 3")
prob(["Hypertension", "Essential HTN", "HTN - suboptimally controlled"], "medicine",
     ["BPs 140s-160s in hospital, likely pain contributing", "well controlled on current regimen"],
     ["continue amlodipine 10 mg daily", "resume ramipril when Cr back to baseline",
      "home BP monitoring; target <130/80", "PRN hydralazine only for SBP >180"],
     "long-standing HTN on three agents", "no hypertensive retinopathy on fundoscopy")
prob(["Type 2 diabetes", "T2DM, insulin-requiring", "DM2 with hyperglycemia"], "endocrinology",
     ["A1c 9.4%, glucose 10-16 on SSI", "sugars 6-9 on basal-bolus"],
     ["hold metformin while inpatient/AKI", "glargine 18 units qHS + lispro 6 units TIDAC + correction",
      "carb-consistent diet", "resume oral agents at d/c, add SGLT2i given HF", "diabetes clinic referral"],
     "T2DM diagnosed 12 years ago, on metformin and gliclazide", "monofilament sensation reduced bilaterally")
prob(["Small bowel obstruction", "Adhesive SBO", "Partial SBO"], "general surgery",
     ["no peritonitis, lactate normal", "contrast reached colon on 8h film", "passing flatus POD"],
     ["NPO, NG to low intermittent suction", "Gastrografin challenge", "serial abdominal exams q4h",
      "IV fluids, replete lytes", "OR if signs of strangulation", "ambulate"],
     "crampy abdominal pain, bilious vomiting and no flatus for 24 h, prior hysterectomy",
     "distended, tympanic, high-pitched bowel sounds, well-healed Pfannenstiel incision")
prob(["Acute appendicitis", "Appendicitis, uncomplicated"], "general surgery",
     ["CT with 11 mm appendix, no perforation", "Alvarado 8"],
     ["NPO, IVF", "cefoxitin pre-op", "to OR for lap appendectomy today", "consent obtained"],
     "periumbilical pain migrating to RLQ over 18 hours with anorexia",
     "RLQ tenderness at McBurney point, + Rovsing, voluntary guarding")
prob(["Acute cholecystitis", "Calculous cholecystitis"], "general surgery",
     ["US with stones, wall thickening 5 mm, + sonographic Murphy", "LFTs normal, no CBD dilation"],
     ["pip-tazo", "lap chole on next available list", "NPO after midnight", "hold anticoagulation", "analgesia"],
     "RUQ pain after fatty meal radiating to the right shoulder, fevers since last night",
     "RUQ tenderness, + Murphy sign")
prob(["Hip fracture", "L intertrochanteric femur fracture", "R femoral neck fracture"], "orthopedics",
     ["mechanical fall, no syncope", "POD1 s/p IM nail, pain controlled", "delirium risk high"],
     ["WBAT per ortho", "enoxaparin 40 mg SC daily x 35 days", "PT/OT daily", "geriatrics co-management",
      "Vitamin D, calcium; BMD and osteoporosis treatment as outpatient", "bowel regimen", "delirium precautions"],
     "slipped on ice, unable to weight bear, leg shortened and externally rotated",
     "L leg shortened and externally rotated, NVI distally")
prob(["Delirium", "Hyperactive delirium", "Acute encephalopathy"], "geriatrics",
     ["CAM positive, multifactorial (infection, new environment, opioids)", "improving, sleeping overnight"],
     ["non-pharm measures: glasses/hearing aids, lights on days, family at bedside",
      "avoid benzos/anticholinergics", "low-dose haloperidol 0.5 mg PO q6h PRN severe agitation only",
      "bladder scan - r/o retention", "bowel regimen", "minimize overnight vitals"],
     "new confusion and agitation overnight, pulling at lines", "inattentive, disorganized thinking")
prob(["Pulmonary embolism", "Submassive PE", "Bilateral PE"], "respirology",
     ["RV:LV 1.1 on CT, trop mildly elevated, normotensive", "PESI class III"],
     ["heparin gtt -> transition to apixaban", "monitor for decompensation (step-down)",
      "LE Dopplers", "TTE", "provoked vs unprovoked - age-appropriate cancer screening"],
     "pleuritic chest pain and dyspnea 10 days after a long-haul flight",
     "tachycardic, clear lungs, L calf swollen")
prob(["Anemia, iron deficiency", "Microcytic anemia"], "hematology",
     ["ferritin 6, MCV 71", "no overt bleeding; needs luminal workup"],
     ["IV iron sucrose 300 mg x 3 doses", "GI referral for EGD/colonoscopy", "transfuse only if symptomatic or Hgb <70"],
     "fatigue and exertional dyspnea for several months", "pallor, koilonychia")
prob(["Febrile neutropenia", "FN post-chemo"], "oncology",
     ["ANC 0.2, day 10 post-cycle 3 FOLFOX", "no source identified yet"],
     ["cefepime 2 g IV q8h within 1 h", "blood cx x 2 (peripheral + port)", "add vanc if line infection suspected",
      "neutropenic precautions", "G-CSF per oncology", "daily CBC"],
     "fever 38.6 at home 10 days after chemotherapy", "port site clean, no mucositis")
prob(["Cirrhosis with ascites", "Decompensated alcohol-related cirrhosis", "Cirrhosis - MELD 22"], "hepatology",
     ["tense ascites, SBP ruled out (PMN 80)", "HE grade 1"],
     ["therapeutic paracentesis with albumin 8 g/L removed", "spironolactone 100 / furosemide 40",
      "lactulose titrate to 2-3 BM/day + rifaximin", "2 g Na diet", "SBP prophylaxis", "transplant hepatology referral"],
     "increasing abdominal girth and confusion over two weeks", "shifting dullness, asterixis, spider angiomata")
prob(["Asthma exacerbation", "Acute asthma, moderate"], "respirology",
     ["PEF 55% predicted on arrival, now 75%", "no prior ICU admissions"],
     ["prednisone 50 mg x 5 days", "salbutamol MDI via spacer q4h", "start ICS-formoterol maintenance/reliever",
      "asthma education, written action plan"],
     "wheeze and chest tightness after wildfire smoke exposure", "diffuse wheeze, speaking in full sentences")
prob(["Chronic pain, opioid-tolerant", "Acute on chronic pain"], "medicine",
     ["home hydromorphone 4 mg q4h PRN, MME ~90", "pain limiting mobilization"],
     ["continue home regimen + scheduled acetaminophen 1 g q6h", "add gabapentin 100 mg TID",
      "pain service consult", "naloxone kit on d/c"],
     "chronic low back pain on long-term opioids", "paraspinal tenderness, no red flags")
prob(["Major depressive disorder", "MDD, recurrent, severe", "Depression with passive SI"], "psychiatry",
     ["PHQ-9 of 19, passive SI without plan", "sleep improved, affect brighter"],
     ["increase sertraline to 100 mg", "safety plan reviewed", "CBT referral", "f/u 2 weeks"],
     "low mood, anhedonia and poor sleep for 2 months after job loss", "flat affect, linear thought process")
prob(["Seizure", "Breakthrough seizure", "First unprovoked seizure"], "neurology",
     ["GTC lasting 2 min, post-ictal 20 min", "levetiracetam level low - adherence"],
     ["levetiracetam 500 mg BID -> 750 mg BID", "EEG", "MRI brain with epilepsy protocol",
      "driving restriction counselling documented", "seizure precautions"],
     "witnessed generalized shaking with tongue biting", "lateral tongue bite, no focal deficits")
prob(["Hypokalemia", "Hypomagnesemia/hypokalemia"], "medicine",
     ["K 2.9 in setting of diuresis", "Mg 0.58 - replete first"],
     ["KCl 40 mEq PO x 2 then recheck", "Mg sulfate 2 g IV", "tele while K <3.0"],
     "muscle cramps", "no arrhythmia on tele")
prob(["VTE prophylaxis", "DVT ppx"], "medicine",
     ["moderate Padua score"], ["enoxaparin 40 mg SC daily", "heparin 5000 U SC q8h given CrCl <30",
                                 "SCDs - anticoagulation contraindicated"], "", "")
prob(["Goals of care", "GOC / code status"], "palliative care",
     ["full code confirmed with patient", "DNR/DNI - documented after family meeting",
      "MOST/level of care form updated"],
     ["family meeting scheduled with palliative care", "confirm SDM", "revisit if clinical status changes"],
     "", "")
prob(["Acute pancreatitis", "Gallstone pancreatitis", "Alcohol-related pancreatitis"], "gastroenterology",
     ["lipase 2,100, BISAP 1", "tolerating clears, pain improving"],
     ["LR at 150 mL/h, reassess q6h (avoid over-resuscitation)", "early oral feeding as tolerated",
      "RUQ US", "lap chole same admission if biliary", "no abx"],
     "severe epigastric pain radiating to the back with vomiting", "epigastric tenderness, no Cullen/Grey Turner signs")
prob(["Syncope", "Syncope - likely vasovagal", "Syncope NYD"], "medicine",
     ["prodrome of warmth and nausea, situational", "ECG sinus, no conduction disease", "Canadian Syncope Risk Score -1"],
     ["orthostatic vitals", "tele overnight", "TTE if murmur", "hydration, counter-pressure maneuvers"],
     "brief loss of consciousness while standing in a hot church, quick recovery",
     "no murmurs, orthostatic vitals negative")
prob(["Diverticulitis", "Complicated diverticulitis with 3 cm abscess"], "general surgery",
     ["CT: sigmoid diverticulitis, small pericolic abscess", "no free air"],
     ["IV ceftriaxone + metronidazole", "IR drain if abscess enlarges", "bowel rest -> clears",
      "colonoscopy in 6-8 wks"],
     "LLQ pain and fevers for 3 days", "LLQ tenderness with localized guarding")
prob(["Opioid use disorder", "OUD - on OAT"], "addiction medicine",
     ["on methadone 80 mg (confirmed with pharmacy)", "COWS 11"],
     ["continue methadone, dose confirmed", "consider buprenorphine micro-induction", "harm reduction teaching",
      "naloxone kit", "HIV/HCV screening"], "injecting fentanyl, last use yesterday", "track marks, no abscess")
prob(["Gout flare", "Acute gout L 1st MTP"], "rheumatology",
     ["crystals on aspirate (needle-shaped, neg birefringent)", "urate 0.54"],
     ["colchicine 0.6 mg BID", "prednisone 30 mg x 5 d (NSAID avoided given CKD)", "start allopurinol after flare"],
     "hot, swollen big toe overnight after a party", "erythematous, exquisitely tender L 1st MTP")
prob(["Rheumatoid arthritis flare", "Seropositive RA"], "rheumatology",
     ["DAS28 5.2, high disease activity"],
     ["increase MTX to 20 mg weekly, folic acid", "bridging prednisone taper", "check hep B/C, TB before biologic"],
     "worsening morning stiffness for 2 hours and hand swelling", "synovitis of MCPs 2-3 bilaterally")
prob(["Preeclampsia with severe features", "Gestational hypertension"], "obstetrics",
     ["BP 164/108 x 2, protein:creatinine 0.6", "no HELLP"],
     ["magnesium sulfate seizure prophylaxis", "labetalol IV per protocol", "delivery planning with MFM",
      "betamethasone if <34 wk"], "headache and visual spots at 35 weeks", "brisk reflexes, RUQ non-tender")
prob(["Bronchiolitis", "RSV bronchiolitis"], "pediatrics",
     ["day 4 of illness, peak severity", "feeding 60% of usual"],
     ["nasal suction before feeds", "HFNC if increasing WOB", "NG feeds if intake <50%", "no bronchodilators"],
     "cough, coryza and increased work of breathing in a 4-month-old", "subcostal retractions, fine crackles")
prob(["Thrombocytopenia", "Immune thrombocytopenia"], "hematology",
     ["plt 18, no bleeding other than petechiae", "smear without schistocytes"],
     ["dexamethasone 40 mg x 4 days", "IVIG if plt <10 or bleeding", "hold anticoagulants/antiplatelets"],
     "petechiae on legs and gum bleeding", "scattered petechiae lower extremities")
prob(["Hyperkalemia", "Hyperkalemia with ECG changes"], "nephrology",
     ["K 6.7 with peaked T waves", "likely from spironolactone + AKI"],
     ["calcium gluconate 1 g IV", "insulin 10 U + D50", "SZC 10 g TID", "repeat K 2h", "stop spironolactone"],
     "weakness", "no focal deficits")
prob(["Post-op ileus", "Ileus POD3"], "general surgery",
     ["distended, no flatus, vomiting x1"], ["NGT if vomiting recurs", "minimize opioids", "ambulate", "lytes"],
     "", "mildly distended, hypoactive bowel sounds")
prob(["Osteomyelitis, diabetic foot", "Diabetic foot infection with OM"], "infectious diseases",
     ["probe-to-bone positive, MRI confirms 2nd metatarsal OM"],
     ["bone biopsy before abx if stable", "podiatry/vascular", "ABI", "PICC for 6 weeks IV"],
     "foul-smelling ulcer under the right 2nd toe", "2 cm ulcer, probes to bone, no crepitus")
prob(["Migraine, status migrainosus", "Intractable migraine"], "neurology",
     ["no red flags, normal exam"],
     ["metoclopramide 10 mg IV + ketorolac + IV fluids", "DHE protocol if refractory", "start propranolol prophylaxis"],
     "unrelenting throbbing headache for 4 days with photophobia", "no meningismus, fundi normal")



HOME_MEDS = [
    "metformin 1000 mg PO BID", "atorvastatin 40 mg PO qHS", "rosuvastatin 20 mg daily", "amlodipine 5 mg daily",
    "ramipril 10 mg daily", "lisinopril 20 mg daily", "metoprolol succinate 50 mg daily", "bisoprolol 5 mg daily",
    "furosemide 40 mg PO daily", "spironolactone 25 mg daily", "apixaban 5 mg BID", "rivaroxaban 20 mg with supper",
    "warfarin (INR goal 2-3)", "ASA 81 mg daily", "clopidogrel 75 mg daily", "levothyroxine 88 mcg daily",
    "pantoprazole 40 mg daily", "omeprazole 20 mg daily", "sertraline 50 mg daily", "escitalopram 10 mg daily",
    "venlafaxine XR 150 mg daily", "mirtazapine 15 mg qHS", "quetiapine 25 mg qHS PRN", "gabapentin 300 mg TID",
    "pregabalin 75 mg BID", "tamsulosin 0.4 mg qHS", "finasteride 5 mg daily", "allopurinol 200 mg daily",
    "insulin glargine 24 units qHS", "empagliflozin 10 mg daily", "dapagliflozin 10 mg daily",
    "sitagliptin 100 mg daily", "semaglutide 1 mg SC weekly", "tiotropium 18 mcg inh daily",
    "fluticasone/salmeterol 250/50 1 puff BID", "budesonide/formoterol 200/6 2 puffs BID", "salbutamol MDI PRN",
    "hydrochlorothiazide 25 mg daily", "sacubitril/valsartan 49/51 mg BID", "vitamin D3 1000 IU daily",
    "calcium carbonate 500 mg BID", "alendronate 70 mg weekly", "donepezil 10 mg daily", "levetiracetam 500 mg BID",
    "lamotrigine 100 mg BID", "methotrexate 15 mg PO weekly", "folic acid 1 mg daily", "prednisone 5 mg daily",
    "hydroxychloroquine 200 mg BID", "oxycodone 5 mg q6h PRN", "acetaminophen 650 mg q6h PRN", "senna 2 tabs qHS",
    "PEG 3350 17 g daily", "docusate 100 mg BID", "ferrous sulfate 325 mg daily", "cyanocobalamin 1000 mcg daily",
    "montelukast 10 mg daily", "cetirizine 10 mg daily", "nitroglycerin 0.4 mg SL PRN", "diltiazem CD 180 mg daily",
    "digoxin 0.125 mg daily", "amiodarone 200 mg daily", "lithium 300 mg BID", "aripiprazole 10 mg daily",
    "bupropion XL 150 mg daily", "trazodone 50 mg qHS", "zopiclone 7.5 mg qHS PRN", "melatonin 3 mg qHS",
]
ALLERGIES = ["NKDA", "NKDA", "NKDA", "Penicillin (rash)", "Sulfa (hives)", "Codeine (nausea)", "Morphine (pruritus)",
             "Iodinated contrast (hives - premedicate)", "Latex", "Cephalexin (anaphylaxis)", "ACE inhibitors (angioedema)",
             "Vancomycin (red man syndrome)", "Shellfish", "Amoxicillin (childhood rash, uncertain)"]
PMH_LIST = ["HTN", "T2DM", "dyslipidemia", "CAD s/p PCI", "HFrEF (EF 30%)", "HFpEF", "AF on anticoagulation", "COPD",
            "asthma", "OSA on CPAP", "CKD stage 3a", "CKD stage 4", "hypothyroidism", "GERD", "BPH", "osteoarthritis",
            "osteoporosis", "prior stroke (2016)", "depression", "generalized anxiety disorder", "obesity (BMI 38)",
            "gout", "cirrhosis (EtOH)", "hepatitis C (treated)", "HIV on ART, VL undetectable", "breast cancer s/p lumpectomy",
            "prostate cancer on ADT", "colon cancer s/p resection", "RA", "SLE", "epilepsy", "Parkinson disease",
            "dementia (MoCA 18)", "PVD", "AAA 4.2 cm (surveillance)", "chronic back pain", "iron deficiency anemia",
            "peptic ulcer disease", "bipolar I disorder", "schizophrenia", "alcohol use disorder", "DVT (2019)"]
PSH_LIST = ["appendectomy", "lap cholecystectomy", "TAH-BSO", "C-section x2", "R TKA", "L THA", "CABG x3",
            "inguinal hernia repair", "tonsillectomy", "ORIF L wrist", "sigmoid colectomy", "TURP",
            "laminectomy L4-5", "cataract surgery OU", "carpal tunnel release", "none"]
SOCIAL = [
    "Lives with spouse in a bungalow, independent ADLs/IADLs. Retired machinist.",
    "Lives alone in an apartment (elevator), daughter nearby. Uses a cane outdoors.",
    "Lives in a retirement residence, needs help with bathing. Ex-smoker, 40 pack-years, quit 2012.",
    "Works as a long-haul trucker. Smokes 1 ppd. EtOH 2-3 beers/night. No drugs.",
    "Unhoused, staying at a shelter. Injects fentanyl. Smokes crystal meth occasionally.",
    "Graduate student, lives with roommates. Occasional cannabis. Social EtOH.",
    "Lives with partner and two kids. Nurse. Never smoker. Rare alcohol.",
    "Lives in LTC. Dependent for most ADLs. Substitute decision maker is son.",
    "Farmer, lives on an acreage 90 km from hospital. Chews tobacco.",
    "Recently immigrated, speaks limited English - interpreter used (Tigrinya).",
]
FAMILY = ["Father MI at 52. Mother T2DM.", "Non-contributory.", "Sister breast cancer at 44.",
          "Mother with colon cancer at 60s.", "No family history of VTE or bleeding disorders.",
          "Brother with epilepsy.", "Unknown - adopted."]


MALE_ONLY = ("prostate", "BPH", "TURP", "finasteride", "tamsulosin", "testic", "scrot", "orchi")
FEMALE_ONLY = ("breast", "TAH", "C-section", "preeclampsia", "Preeclampsia", "Gestational", "pregnan",
               "ovar", "uter", "hyster", "endometri", "cervi", "mammo")
SPECIAL_PROBS = ("Preeclampsia with severe features", "Bronchiolitis")


def sex_ok(ctx, text):
    bad = FEMALE_ONLY if ctx.sex == "M" else MALE_ONLY
    return not any(b in text for b in bad)


def spick(ctx, seq, k):
    return pick(ctx.rng, [x for x in seq if sex_ok(ctx, x)], k)


def meds_list(ctx, n=None):
    r = ctx.rng
    n = n if n is not None else r.randint(3, 10)
    return spick(ctx, HOME_MEDS, n)


def choose_problems(ctx, n, service=None):
    r = ctx.rng
    pool = [p for p in P if p["names"][0] not in SPECIAL_PROBS]
    main = [p for p in pool if p["hpi"]]
    if service:
        m2 = [p for p in main if p["service"] == service]
        if m2:
            main = m2
    first = r.choice(main)
    rest = pick(r, [p for p in pool if p is not first], n - 1)
    return [first] + rest


INPT_MEDS = ["acetaminophen 650 mg PO q6h", "enoxaparin 40 mg SC daily", "heparin 5000 U SC q8h", "pantoprazole 40 mg IV daily",
             "ceftriaxone 1 g IV q24h", "pip-tazo 4.5 g IV q6h", "vancomycin per pharmacy", "furosemide 40 mg IV BID",
             "metoprolol tartrate 25 mg PO BID", "atorvastatin 80 mg PO qHS", "insulin glargine 16 U SC qHS", "insulin lispro sliding scale",
             "senna 8.6 mg 2 tabs qHS", "PEG 17 g daily", "thiamine 100 mg daily", "nicotine patch 21 mg/24h", "hydromorphone 0.5 mg SC q2h PRN",
             "ondansetron 4 mg IV q8h PRN", "salbutamol neb q4h PRN", "lorazepam 0.5 mg SL qHS PRN", "apixaban 5 mg BID", "KCl 20 mEq PO daily",
             "melatonin 3 mg qHS", "quetiapine 12.5 mg PO qHS PRN agitation", "metronidazole 500 mg IV q12h", "prednisone 40 mg PO daily"]


def inpatient_meds(ctx):
    r = ctx.rng
    sched = pick(r, INPT_MEDS, r.randint(4, 9))
    if r.random() < 0.5:
        return "Current meds: " + "; ".join(sched)
    return "Scheduled:\n" + "\n".join("  " + m for m in sched[:-2]) + "\nPRN:\n" + "\n".join("  " + m for m in sched[-2:])


def ap_section(ctx, probs, style=None):
    """Problem-based assessment and plan.  Styles 0, 2, 3: progress notes;
    1 and 4: admission H&P; 5: clinic letter-style prose."""
    r = ctx.rng
    style = style if style is not None else r.choice([0, 2, 3])
    out = []
    for i, p in enumerate(probs, 1):
        nm = r.choice(p["names"])
        a = r.choice(p["assess"])
        items = pick(r, p["plan"], r.randint(2, min(5, len(p["plan"]))))
        if style == 0:
            out.append("# %s: %s\n%s" % (nm, a, bullets(r, items, "-")))
        elif style == 1:
            out.append("%d. %s - %s.\n   Plan: %s." % (i, nm, a, "; ".join(items)))
        elif style == 2:
            out.append("#%s\nStatus: %s\n%s" % (nm, a, bullets(r, items, ">")))
        elif style == 3:
            out.append("%s\n  A: %s\n  P: %s" % (nm.upper(), a, "\n     ".join(items)))
        elif style == 4:
            out.append("%d) %s [%s]\n%s" % (i, nm, a, "\n".join("   -> " + x for x in items)))
        else:
            out.append("With respect to %s: %s. Plan discussed today - %s." % (lc(nm), a, "; ".join(items)))
    return "\n\n".join(out)


EXAM_LABELS = {
    "progress": ["Gen", "HEENT", "CVS", "Resp", "Abdo", "Ext", "Neuro", "Skin", "Focused"],
    "hp": ["General", "Head/neck", "Cardiovascular", "Respiratory", "Abdomen", "Extremities", "Neurologic", "Skin", "Pertinent findings"],
    "consult": ["GEN", "HEENT", "CV", "RESP", "ABD", "EXT", "NEURO", "DERM", "Key findings"],
    "ed": ["Appearance", "Head/eyes/ENT", "Heart", "Lungs", "Belly", "Limbs", "Neuro exam", "Skin exam", "Positive findings"],
    "clinic": ["Gen", "ENT", "Heart", "Chest", "Abd", "Legs", "Neuro", "Skin", "Today"],
}


def exam_block(ctx, probs, brief=False, voice="progress"):
    r = ctx.rng
    L = EXAM_LABELS[voice]
    gen = r.choice(["NAD, lying comfortably", "Alert, mildly uncomfortable", "Elderly, frail, in no distress",
                    "Sitting up in chair, conversant", "Drowsy but rousable, oriented x2", "Appears unwell, diaphoretic"])
    lines = ["%s: %s" % (L[0], gen)]
    systems = [
        ["MMM, no JVD", "PERRL, oropharynx clear", "dry mucous membranes", "anicteric sclerae"],
        ["S1 S2 normal, no murmurs", "RRR, II/VI SEM at RUSB", "irregularly irregular, no rubs", "HS normal, no S3"],
        ["GAEB, clear", "crackles bibasilar", "scattered wheeze", "decreased AE R base", "CTA bilaterally"],
        ["soft, NT/ND, BS+", "mild epigastric tenderness, no peritonism", "obese, soft, non-tender", "distended, tympanic"],
        ["no edema, calves soft", "trace pedal edema", "2+ pitting edema to mid-shin", "warm and well perfused"],
        ["A&O x3, no focal deficits", "CN II-XII intact, power 5/5 throughout", "grossly non-focal"],
        ["no rashes", "sacrum intact", "IV sites clean"],
    ]
    for lab, opts in zip(L[1:8], systems):
        if brief and r.random() < 0.4:
            continue
        lines.append("%s: %s" % (lab, r.choice(opts)))
    if probs and probs[0]["exam"]:
        lines.append("%s: %s" % (L[8], probs[0]["exam"]))
    if voice == "clinic" or r.random() < 0.2:
        return "O/E " + "; ".join(l.split(": ", 1)[1] for l in lines) + "."
    return "\n".join(lines)


# ==========================================================================
# Document generators
# ==========================================================================
SERVICES = ["General Internal Medicine", "CTU Blue", "Hospitalist Service", "Cardiology", "Respirology",
            "Nephrology", "Gastroenterology", "General Surgery - Acute Care Surgery", "Orthopaedic Surgery",
            "Neurology / Stroke", "Hematology", "Medical Oncology", "Geriatric Medicine", "MICU", "CCU",
            "Family Medicine Inpatient", "Internal Medicine Teaching Team 3", "Hepatology", "Infectious Diseases",
            "Trauma", "Vascular Surgery", "Pediatrics Ward 4B", "Obstetrics Antepartum"]


def attestation(ctx):
    r = ctx.rng
    a = ctx.attending
    opts = [
        "Attending attestation: I saw and examined the patient with Dr. %s on rounds, reviewed the labs and imaging, "
        "and agree with the findings and plan as documented above, with the following additions: %s" %
        (ctx.trainee.split()[-1], r.choice(["will hold off on the CT until the Cr is back to baseline.",
                                             "discussed code status again with the family this afternoon.",
                                             "low threshold to escalate to step-down if O2 requirement increases.",
                                             "likely discharge tomorrow if ambulating safely.", "none."])),
        "Teaching physician note: I personally evaluated the patient, discussed the case with the resident, "
        "and agree with the assessment and plan. Time spent: %d minutes." % r.choice([25, 35, 40, 55]),
        "Staff addendum: Patient seen and examined with the team. I have reviewed the resident's note and concur. "
        "Key point today is %s." % r.choice(["volume status", "the worsening delirium", "disposition planning",
                                               "the bleeding risk on dual antiplatelet therapy", "the culture data"]),
        "I was present for the key portions of the history and exam and agree with the plan above. -%s" % a,
    ]
    return r.choice(opts) + "\n" + sign(ctx, a)


def gen_progress_note(ctx):
    r = ctx.rng
    probs = choose_problems(ctx, r.randint(3, 6))
    service = r.choice(SERVICES)
    hd = r.randint(2, 14)
    variant = r.randint(0, 3)
    parts = []
    title = r.choice(["PROGRESS NOTE", "Daily Progress Note", "Medicine Progress Note", "Resident Progress Note",
                      "Hospital Day %d Progress Note" % hd, "SOAP NOTE", "ICU Daily Note", "Inpatient Progress Note"])
    parts.append(title)
    parts.append("Service: %s   Date of service: %s" % (service, ctx.d()))
    parts.append("Author: %s, %s" % (ctx.trainee, ctx.trainee_role) + maybe(r, 0.5, "   Attending: Dr. %s" % ctx.attending))
    if variant in (0, 1):
        parts.append("HD #%d%s" % (hd, maybe(r, 0.4, " / POD #%d" % r.randint(1, 5))))
        parts.append("")
        parts.append(r.choice(["Overnight events:", "Interval events / overnight:", "24h events:"]))
        ev = pick(r, [
            "Cross-covered for SBP 88, responded to 250 mL bolus.",
            "Agitated around 0200, redirected without meds.",
            "Spiked to 38.4 at 2200, pan-cultured, no new antibiotics.",
            "Nil acute. Slept well.",
            "Desatted to 86% while sleeping, improved with repositioning and 2L NC.",
            "Rapid response called for HR 150s - AF with RVR, given metoprolol 5 mg IV x2.",
            "Pulled out IV, replaced by IV team.",
            "K 3.1 repleted with 40 mEq PO.",
            "Had 2 loose BMs, C. diff sent.",
            "Refused evening enoxaparin, education provided by RN.",
        ], r.randint(1, 3))
        parts.append(bullets(r, ev, "-"))
        parts.append("")
        parts.append("S: " + r.choice([
            "Feels 'a bit better'. Breathing easier, slept flat last night.",
            "Pt reports ongoing pain 6/10 at incision, tolerating sips.",
            "Still fatigued, appetite poor. Denies CP, SOB. No N/V.",
            "Says he wants to go home. Walked to the nursing station with PT.",
            "Complains of constipation, last BM 3 days ago.",
            "Confused this AM per nursing, not oriented to date.",
            "No new complaints. Family at bedside, questions answered.",
        ]))
        parts.append("")
        parts.append("O:")
        parts.append(vitals(ctx, sick=0.25))
        if r.random() < 0.6:
            parts.append(io_line(ctx))
        parts.append(exam_block(ctx, probs, brief=True))
        parts.append("")
        parts.append("Labs:")
        parts.append(lab_block(ctx))
        if r.random() < 0.5:
            parts.append("Micro: " + r.choice(["BCx 2/2 NGTD", "UCx E. coli >100k, pan-S except ampicillin",
                                                "MRSA swab neg", "Resp viral panel + for influenza A",
                                                "C. diff PCR negative", "sputum: mixed flora"]))
        parts.append("")
        parts.append(inpatient_meds(ctx))
        if r.random() < 0.5:
            parts.append("Lines/drains: " + r.choice(["PIV x2", "PICC R arm (day 3)", "foley (day 2) - remove today", "JP drain 40 mL serosang/24h",
                                                       "NG to LIWS 300 mL/24h", "none"]))
        if r.random() < 0.5:
            parts.append("Imaging: " + r.choice(["CXR today - improving R basal opacity, small effusion.",
                                                  "No new imaging.", "CT A/P read pending.",
                                                  "Doppler LLE negative for DVT.", "Echo: EF 35%, mod MR."]))
        parts.append("")
        parts.append("A/P: " + r.choice([
            "%d yo %s with %s admitted with %s, now HD%d." % (ctx.age, ctx.sexword, ", ".join(spick(ctx, PMH_LIST, 3)),
                                                            r.choice(probs[0]["names"]), hd),
            "%d%s, improving." % (ctx.age, ctx.sex), ""]))
        parts.append("")
        parts.append(ap_section(ctx, probs))
    elif variant == 2:
        # SOAP with full words
        parts.append("")
        parts.append("SUBJECTIVE:")
        parts.append("%s %s. %s" % (ctx.first, r.choice([
            "reports improvement in breathing since yesterday",
            "states the pain is better controlled with the new regimen",
            "has had no further episodes since the medication change",
            "is anxious about going home and asked several questions about the new medications"]),
            r.choice(["Tolerating diet.", "Ambulating with walker.", "Voiding without issues.",
                      "Bowels moved yesterday.", "Denies chest pain or palpitations."])))
        parts.append("")
        parts.append("OBJECTIVE:")
        parts.append(vitals(ctx, style=1))
        parts.append(exam_block(ctx, probs))
        parts.append(lab_block(ctx, style=3))
        parts.append(inpatient_meds(ctx))
        parts.append("")
        parts.append("ASSESSMENT:")
        parts.append("%d-year-old %s hospital day %d for %s; %s." % (
            ctx.age, ctx.sexword, hd, lc(r.choice(probs[0]["names"])), r.choice(probs[0]["assess"])))
        parts.append("")
        parts.append("PLAN:")
        parts.append(ap_section(ctx, probs, style=r.choice([0, 3])))
    else:
        # ICU style by systems
        parts.append("ICU Day %d" % hd)
        parts.append("")
        parts.append("24h: " + r.choice(["Weaned norepi from 0.12 to 0.04 mcg/kg/min.", "Extubated at 1400 to HFNC 40L/50%.",
                                         "Failed SBT x1 (RSBI 130).", "CRRT running, net -1.2 L.",
                                         "Bronch done for mucus plugging, improved compliance."]))
        parts.append(vitals(ctx, sick=0.6, style=2))
        parts.append("Vent: " + r.choice(["AC/VC 420 x 18, PEEP 10, FiO2 0.45", "PSV 10/5 FiO2 0.35", "Extubated - HFNC",
                                          "PRVC 6 mL/kg PBW, PEEP 12, FiO2 0.6, Pplat 27"]))
        parts.append("Drips: " + r.choice(["norepinephrine 0.05, propofol 30, fentanyl 50 mcg/h", "none",
                                           "insulin gtt, heparin gtt", "vasopressin 0.03, norepi 0.1"]))
        parts.append(io_line(ctx))
        parts.append(lab_block(ctx, abnormal=0.5, style=0))
        parts.append("ABG: %.2f / %d / %d / %d" % (r.uniform(7.22, 7.46), r.randint(32, 62), r.randint(58, 140), r.randint(16, 30)))
        parts.append("")
        for sysn in ["Neuro", "CVS", "Resp", "Renal/FEN", "GI", "ID", "Heme", "Endo", "Lines/tubes", "Dispo"]:
            txt = r.choice({
                "Neuro": ["RASS -1 on propofol, daily SAT", "CAM-ICU positive, quetiapine qHS", "GCS 15, pain controlled"],
                "CVS": ["septic shock improving, wean norepi to MAP >65", "AF rate controlled on amiodarone gtt",
                        "hemodynamically stable off pressors"],
                "Resp": ["ARDS (P/F 140), lung-protective ventilation", "SBT this AM", "HFNC wean as tolerated"],
                "Renal/FEN": ["AKI, non-oliguric, avoid nephrotoxins", "CRRT for volume, goal -100 mL/h",
                              "replete lytes per ICU protocol"],
                "GI": ["TF at goal via OGT, PPI for SUP", "NPO for procedure today, bowel routine"],
                "ID": ["pip-tazo day %d, f/u cultures" % r.randint(2, 7), "mero + vanc, de-escalate with ID",
                       "afebrile, abx complete tomorrow"],
                "Heme": ["Hgb stable, transfuse <70", "heparin SC ppx", "DIC panel improving"],
                "Endo": ["insulin gtt, target 8-10", "stress-dose hydrocortisone 50 q6h"],
                "Lines/tubes": ["R IJ CVC day 4, L radial art line, foley - remove today", "ETT, OGT, PICC"],
                "Dispo": ["remains ICU", "step-down if off pressors 24h", "family meeting 1500"],
            }[sysn])
            parts.append("%s: %s" % (sysn, txt))
        parts.append("")
        parts.append("Exam: " + r.choice(["sedated, RASS -2, pupils equal reactive", "awake, follows commands, moves all limbs"]) + "; " +
                     r.choice(["coarse BS bilat", "decreased AE L base", "clear anteriorly"]) + "; " +
                     r.choice(["warm peripheries, CRT 2 s", "mottled knees", "1+ edema"]) + "; abdomen " + r.choice(["soft", "distended, soft"]))
        parts.append(inpatient_meds(ctx))
        parts.append("")
        parts.append("Code status: " + r.choice(["Full", "DNR (no CPR), OK for intubation", "Full - revisit at family meeting"]))
        parts.append("Family: " + r.choice(["updated at bedside by ICU fellow", "daughter calling in daily - updated", "meeting scheduled with SW and palliative"]))
    parts.append("")
    if variant != 3 and r.random() < 0.7:
        parts.append(bullets(r, [
            "FEN: " + r.choice(["regular diet", "cardiac diet", "NPO after MN", "diabetic diet", "clear fluids"]),
            "PPx: " + r.choice(["enoxaparin 40 SC daily", "heparin SC", "SCDs", "on therapeutic AC"]),
            "Code: " + r.choice(["Full code", "DNR/DNI", "Full (confirmed)", "R3 - no CPR/intubation"]),
            "Dispo: " + r.choice(["home when off O2", "likely rehab - OT/PT assessing", "EDD %s" % ctx.d(ctx.date + timedelta(days=r.randint(1, 5))),
                                  "awaiting LTC bed", "home with home care tomorrow"]),
        ], "-"))
    if r.random() < 0.5:
        parts.append(r.choice([
            "Spoke with %s %s by phone this afternoon and updated on the plan; all questions answered." % (ctx.his, r.choice(["daughter", "son", "wife", "husband", "SDM"])),
            "Discussed on interdisciplinary rounds with nursing, PT, OT and SW - barriers to discharge are mobility and home supports.",
            "Teaching point reviewed on rounds: %s." % r.choice(["loop diuretic dosing and ceiling effect", "CURB-65 vs PSI for disposition",
                                                                  "Glasgow-Blatchford score", "correction rate limits for hyponatremia",
                                                                  "CIWA-Ar vs symptom-triggered dosing"]),
            "Pharmacy med reconciliation completed; two discrepancies resolved.",
        ]))
    parts.append("")
    parts.append(sign(ctx, ctx.trainee, ctx.trainee_role))
    if r.random() < 0.6:
        parts.append("")
        parts.append(attestation(ctx))
    return "\n".join(parts)


def ros_block(ctx, voice="hp"):
    r = ctx.rng
    if r.random() < 0.35:
        return {"hp": "Review of systems: complete 12-system review negative apart from the HPI.",
                "consult": "ROS otherwise unremarkable per patient and chart.",
                "ed": "ROS: all other systems reviewed and negative."}[voice]
    sysl = [
        ("Const", "+ fatigue, + 4 kg wt loss", "no fevers/chills/night sweats"),
        ("CVS", "+ orthopnea, + PND", "no CP, no palpitations"),
        ("Resp", "+ cough", "no hemoptysis"),
        ("GI", "+ nausea", "no melena/BRBPR, no change in bowel habit"),
        ("GU", "+ dysuria", "no hematuria"),
        ("Neuro", "+ headache", "no focal weakness, no numbness"),
        ("MSK", "+ joint pain", "no back pain"),
        ("Skin", "+ rash", "no new lesions"),
    ]
    items = [(a, pos if r.random() < 0.25 else neg) for a, pos, neg in sysl]
    if voice == "hp":
        return "ROS:\n" + "\n".join("%s: %s" % it for it in items)
    if voice == "consult":
        return "ROS: " + "; ".join(v for _, v in items) + "."
    return "ROS - " + ", ".join("%s %s" % (a.lower(), v) for a, v in items)


HPI_EXTRA = {
    "hp": ["Symptoms began gradually and have worsened despite rest.",
           "%(He)s tried acetaminophen at home with minimal relief.",
           "Family notes %(he)s has been less active and eating less over the past week.",
           "In the ED, %(he)s received %(edrx)s and was referred to medicine for admission.",
           "Collateral obtained from %(his)s %(rel)s by phone overnight.",
           "Of note, %(he)s was seen at a walk-in clinic 3 days ago and started on antibiotics."],
    "consult": ["The primary team is concerned because %(he)s has not improved after 48 hours of treatment.",
                "On our review of the chart, there were two similar presentations in the past year.",
                "%(He)s was previously followed in our clinic but was lost to follow-up in %(yr)d.",
                "Medication history confirmed with the community pharmacy; adherence appears good.",
                "The team started %(edrx)s prior to our involvement."],
    "ed": ["Onset about %(hrs)d hours prior to arrival.", "EMS gave %(edrx)s en route.", "Denies recent travel, trauma or sick contacts.",
           "Pt states this is the worst it has ever been.", "Took 2 extra-strength Tylenol before coming with no relief.",
           "Pt's %(rel)s drove %(him)s in."],
    "dc": ["%(He)s was brought to hospital by %(his)s %(rel)s.", "Workup in the emergency department prompted admission under our service.",
           "At baseline %(he)s is independent and walks without an aid.", "There had been a similar admission %(mo)d months earlier."],
    "clinic": ["%(He)s comes today with %(his)s %(rel)s.", "Symptoms have been present for roughly %(mo)d months.",
               "Initial management by the family physician included %(edrx)s.", "The referral letter and outside results were reviewed."],
}


def hpi_text(ctx, p, voice="hp"):
    r = ctx.rng
    pmh = spick(ctx, PMH_LIST, r.randint(2, 5))
    openers = {
        "hp": "%d yo %s with PMHx of %s who presents with %s." % (ctx.age, ctx.sex, ", ".join(pmh), p["hpi"]),
        "consult": "Thank you for asking us to see this %d-year-old %s (background: %s) admitted with %s." % (
            ctx.age, ctx.sexword, "; ".join(pmh), p["hpi"]),
        "ed": "Pt is a %d%s (hx %s) with %s." % (ctx.age, ctx.sex, "/".join(pmh), p["hpi"]),
        "dc": "%s is a %d-year-old %s with a history of %s, admitted after presenting with %s." % (
            ctx.first, ctx.age, ctx.sexword, " and ".join([", ".join(pmh[:-1]), pmh[-1]]) if len(pmh) > 1 else pmh[0], p["hpi"]),
        "clinic": "%d-year-old %s seen for %s. Background of %s." % (ctx.age, ctx.sexword, p["hpi"], ", ".join(pmh)),
    }
    fmt = {"he": ctx.he, "He": cap(ctx.he), "his": ctx.his, "him": ctx.him,
           "rel": r.choice(["wife", "husband", "son", "daughter", "partner", "neighbour"]),
           "edrx": r.choice(["1 L NS and ceftriaxone", "furosemide 40 mg IV", "ASA 325 mg chewed and heparin bolus",
                             "morphine 4 mg IV and ondansetron", "salbutamol and ipratropium nebs x3", "lorazepam 2 mg IV"]),
           "yr": max(2008, ctx.date.year - r.randint(1, 4)), "hrs": r.randint(1, 72), "mo": r.randint(2, 18)}
    extra = [x % fmt for x in pick(r, HPI_EXTRA[voice], r.randint(2, 4))]
    return openers[voice] + " " + " ".join(extra)


def social_hx(ctx, voice):
    r = ctx.rng
    live = r.choice(["spouse", "partner", "alone", "adult son", "roommates", "in LTC", "in a shelter", "daughter's family"])
    home = r.choice(["bungalow", "apartment (elevator)", "2-storey house", "retirement residence", "basement suite", "farm"])
    job = r.choice(["retired teacher", "retired machinist", "long-haul trucker", "nurse", "student", "on disability", "farmer", "cashier", "unemployed"])
    tob = r.choice(["never smoker", "ex-smoker (30 pk-yr, quit 2012)", "smokes 1 ppd", "vapes daily", "chews tobacco"])
    etoh = r.choice(["no EtOH", "EtOH 2-3 beers/night", "social EtOH", "EtOH 26 oz vodka/day", "rare EtOH"])
    drugs = r.choice(["no drugs", "cannabis daily", "injects fentanyl", "occasional cocaine", "no recreational drugs"])
    adl = r.choice(["indep ADLs/IADLs", "needs help with bathing", "uses walker", "uses cane outdoors", "dependent for ADLs"])
    if voice == "hp":
        return "Social: Lives with %s in a %s. %s. Tobacco: %s. Alcohol: %s. Substances: %s. Function: %s." % (
            live, home, cap(job), tob, etoh, drugs, adl)
    if voice == "consult":
        return "SHx: %s, %s; %s; %s, %s, %s." % (live, home, job, tob, etoh, drugs)
    if voice == "ed":
        return "Social - lives w/ %s, %s / %s / %s" % (live, tob, etoh, drugs)
    return "%s lives with %s in a %s and works as a %s." % (cap(ctx.he), live, home, job)


def gen_history_and_physical(ctx):
    r = ctx.rng
    probs = choose_problems(ctx, r.randint(3, 5))
    p = probs[0]
    parts = [r.choice(["ADMISSION HISTORY AND PHYSICAL", "History & Physical", "Admission Note", "H&P - Admission",
                       "Medicine Admission H&P", "ADMISSION NOTE - %s" % p["service"].upper()])]
    parts.append("Date of admission: %s   Admitting service: %s" % (ctx.d(), r.choice(SERVICES)))
    parts.append("Admitting resident: %s (%s)   Staff: Dr. %s" % (ctx.trainee, ctx.trainee_role, ctx.attending))
    parts.append("Source: " + r.choice(["patient, chart", "patient and spouse", "EMS, old chart, pharmacy records",
                                        "patient (reliable)", "daughter (SDM) - patient confused"]))
    parts.append("")
    parts.append("CC: " + r.choice(["SOB", "chest pain", "fever and confusion", "abdominal pain", "weakness", "fall",
                                    cap(p["hpi"].split(",")[0])]))
    parts.append("")
    parts.append("HPI:")
    parts.append(hpi_text(ctx, p, "hp"))
    parts.append("")
    parts.append("PMH:")
    parts.append(bullets(r, spick(ctx, PMH_LIST, r.randint(3, 8)), "-"))
    parts.append("PSH: " + ", ".join(spick(ctx, PSH_LIST, r.randint(1, 3))))
    parts.append("")
    parts.append(r.choice(["Medications (BPMH):", "Home meds:", "Meds prior to admission:"]))
    parts.append(bullets(r, meds_list(ctx), r.choice(["-", "num"])))
    parts.append("Allergies: " + r.choice(ALLERGIES))
    parts.append("")
    parts.append(social_hx(ctx, "hp"))
    parts.append("Family hx: " + r.choice(FAMILY))
    parts.append("")
    parts.append(ros_block(ctx, "hp"))
    parts.append("")
    parts.append("Physical exam:")
    parts.append(vitals(ctx, sick=0.5))
    parts.append(exam_block(ctx, probs, voice="hp"))
    parts.append("")
    parts.append("Investigations:")
    parts.append(lab_block(ctx, abnormal=0.4))
    parts.append("ECG: " + r.choice(["NSR 78, normal axis, no acute ST changes", "AF 112, LBBB (old)",
                                     "sinus tach 108, nonspecific ST-T changes", "NSR, 1st degree AVB, QTc 470"]))
    parts.append("CXR: " + r.choice(["clear", "R lower lobe consolidation", "pulmonary vascular congestion, small bilat effusions",
                                     "hyperinflated, no focal consolidation", "not done"]))
    parts.append("")
    parts.append("Impression: %d yo %s presenting with %s, most consistent with %s. %s" % (
        ctx.age, ctx.sexword, p["hpi"].split(" and ")[0], lc(r.choice(p["names"])),
        r.choice(["Differential includes " + ", ".join(lc(r.choice(q["names"])) for q in pick(r, P, 2)) + ".",
                  "Admit for IV therapy and monitoring.", ""])))
    parts.append("")
    parts.append("Plan by problem:")
    parts.append(ap_section(ctx, probs, style=r.choice([1, 4])))
    parts.append("")
    parts.append("Code status: " + r.choice(["FULL CODE - discussed with pt", "DNR/DNI per goals of care discussion",
                                             "Full, SDM is spouse", "Level 2 - no intubation"]))
    parts.append("VTE ppx: " + r.choice(["enoxaparin", "heparin SC", "SCDs", "therapeutic AC"]) +
                 "   Diet: " + r.choice(["NPO", "regular", "2 g Na", "diabetic", "clear fluids"]))
    parts.append("Dispo: admit to %s, %s" % (r.choice(["ward", "step-down", "tele bed", "ICU"]),
                                              r.choice(["expected LOS 3-5 days", "EDD TBD", "likely home with supports"])))
    parts.append("")
    parts.append(sign(ctx, ctx.trainee, ctx.trainee_role))
    if r.random() < 0.6:
        parts.append("")
        parts.append(r.choice([
            "Attending note: I saw and examined the patient on the night of admission and agree with the resident's H&P.",
            "Attending attestation: patient seen and examined. History confirmed. Agree with assessment and plan as above.",
            "Staff: Seen on morning handover rounds. Agree with admission and workup.",
        ]))
        parts.append(sign(ctx))
    return "\n".join(parts)


CONSULT_SERVICES = ["Cardiology", "Nephrology", "Infectious Diseases", "General Surgery", "Neurology", "Hematology",
                    "Gastroenterology", "Endocrinology", "Psychiatry (C-L)", "Palliative Care", "Geriatrics",
                    "Respirology", "Rheumatology", "Orthopaedics", "Urology", "Dermatology", "Thrombosis",
                    "Addiction Medicine", "Vascular Surgery", "Physical Medicine & Rehabilitation", "Internal Medicine (pre-op)"]


CONSULT_MAP = {"Cardiology": "cardiology", "Nephrology": "nephrology", "Infectious Diseases": "infectious diseases",
               "General Surgery": "general surgery", "Neurology": "neurology", "Hematology": "hematology",
               "Gastroenterology": "gastroenterology", "Endocrinology": "endocrinology", "Psychiatry (C-L)": "psychiatry",
               "Palliative Care": "palliative care", "Geriatrics": "geriatrics", "Respirology": "respirology",
               "Rheumatology": "rheumatology", "Orthopaedics": "orthopedics", "Addiction Medicine": "addiction medicine",
               "Thrombosis": "respirology", "Vascular Surgery": "infectious diseases"}


def consult_recs(ctx, svc, p):
    r = ctx.rng
    base = list(p["plan"])
    spec = {
        "Cardiology": ["Recommend TTE to assess LV function and valves.", "Continue beta-blocker; hold if HR <55.",
                       "No indication for urgent cath at this time.", "Tele monitoring for 48 hours."],
        "Nephrology": ["No indication for urgent dialysis at present (no AEIOU).", "Please avoid nephrotoxins including NSAIDs and IV contrast.",
                       "Urine microscopy reviewed by us - muddy brown casts.", "Dose adjust antibiotics for eGFR 25."],
        "Infectious Diseases": ["Repeat blood cultures x2 today to document clearance.", "Please obtain TTE; TEE if bacteremia persists.",
                                "Narrow to cefazolin 2 g IV q8h based on MSSA sensitivities.", "Weekly CBC, Cr, LFTs while on IV therapy."],
        "General Surgery": ["No acute surgical issue at this time.", "Serial abdominal exams; please call if peritonitis develops.",
                            "Will book for lap chole on this admission.", "Keep NPO, NG to LIWS."],
        "Neurology": ["MRI brain with and without gadolinium.", "EEG when available.", "Start levetiracetam 500 mg BID.",
                      "No driving until cleared - patient counselled."],
        "Hematology": ["Peripheral smear reviewed: no schistocytes.", "Send haptoglobin, LDH, retic.",
                       "Transfuse platelets only if <10 or active bleeding.", "Will follow in clinic after discharge."],
        "Gastroenterology": ["Will scope tomorrow AM; please keep NPO after midnight.", "Continue PPI IV BID.",
                             "Colonoscopy can be done as outpatient.", "Check H. pylori serology."],
        "Endocrinology": ["Basal-bolus insulin as per attached.", "Check AM cortisol and ACTH.", "A1c.",
                          "Endocrine clinic follow-up in 4 weeks."],
        "Psychiatry (C-L)": ["Patient has capacity to refuse the proposed procedure at this time.",
                             "Not certifiable; does not meet criteria for involuntary admission.",
                             "Start quetiapine 12.5 mg qHS PRN agitation.", "Constant observation can be discontinued."],
        "Palliative Care": ["Start hydromorphone 0.5 mg SC q1h PRN dyspnea.", "Glycopyrrolate 0.4 mg SC q4h PRN secretions.",
                            "Recommend transition to comfort-focused care as per family's wishes.", "Palliative team will follow daily."],
        "Geriatrics": ["Deprescribe: stop oxybutynin and zopiclone.", "Delirium prevention bundle.",
                       "MoCA when delirium clears.", "Recommend PT/OT and rehab assessment."],
        "Respirology": ["PFTs as outpatient once recovered.", "Sleep study referral.", "Thoracentesis - diagnostic and therapeutic.",
                        "Sputum AFB x3 given cavitation; airborne isolation until resulted."],
        "Rheumatology": ["ANA, ENA, dsDNA, C3/C4, ANCA.", "Joint aspiration - send cell count, crystals, culture.",
                         "Prednisone 40 mg daily pending results.", "Rheum clinic f/u 2-3 weeks."],
        "Orthopaedics": ["Non-operative management in a cast for 6 weeks.", "NWB LLE.", "Will add to OR list for tomorrow.",
                         "Repeat XR in fracture clinic in 1 week."],
        "Urology": ["Place 16 Fr coude catheter.", "Continue tamsulosin.", "Outpatient cystoscopy.",
                    "Voiding trial in 7 days."],
        "Dermatology": ["Punch biopsy performed at bedside.", "Clobetasol 0.05% ointment BID to body, not face.",
                        "Stop the likely culprit drug.", "Photograph lesions daily."],
        "Thrombosis": ["Apixaban 10 mg BID x 7 days then 5 mg BID.", "Duration at least 3 months.",
                       "Thrombophilia testing not indicated.", "Thrombosis clinic f/u."],
        "Addiction Medicine": ["Start buprenorphine/naloxone micro-induction per protocol.", "Naloxone kit prior to discharge.",
                               "Outpatient RAAM clinic referral.", "Avoid discharging on a Friday if possible."],
        "Vascular Surgery": ["Arterial duplex and ABIs.", "Heparin infusion.", "CTA runoff.", "Will follow."],
        "Physical Medicine & Rehabilitation": ["Candidate for inpatient rehab.", "Spasticity management with baclofen.",
                                               "Bowel/bladder program.", "Rehab will accept when medically stable."],
        "Internal Medicine (pre-op)": ["Patient is optimized from a medical standpoint; RCRI 1.", "Continue beta-blocker peri-op.",
                                       "Hold apixaban 48 h pre-op, no bridging needed.", "Post-op troponins x2."],
    }[svc]
    recs = pick(r, spec, r.randint(2, 4)) + [cap(x) + "." for x in pick(r, base, r.randint(1, 3))]
    r.shuffle(recs)
    return recs


def gen_consult_note(ctx):
    r = ctx.rng
    svc = r.choice(CONSULT_SERVICES)
    probs = choose_problems(ctx, r.randint(2, 4), CONSULT_MAP.get(svc))
    p = probs[0]
    parts = [r.choice(["%s CONSULTATION" % svc.upper(), "Consult Note - %s" % svc, "%s Consult" % svc,
                       "INPATIENT CONSULTATION - %s" % svc, "Initial Consultation (%s)" % svc])]
    parts.append("Date: %s" % ctx.dt())
    parts.append("Requesting physician: Dr. %s (%s)" % (ctx.doctor(), r.choice(SERVICES)))
    parts.append("Consultant: %s%s" % (ctx.attending, maybe(r, 0.6, "; seen with %s (%s)" % (ctx.trainee, r.choice(["Fellow", "R4", "PGY-2", "Resident"])))))
    parts.append("")
    parts.append("Reason for consult: " + r.choice([
        "?%s - please assess and advise" % r.choice(p["names"]),
        "Management of %s" % lc(r.choice(p["names"])),
        "Advice re: %s in setting of %s" % (lc(r.choice(p["names"])), lc(r.choice(probs[1]["names"]))),
        "Urgent: %s" % r.choice(p["names"]),
    ]))
    parts.append("")
    parts.append("HPI: " + hpi_text(ctx, p, "consult"))
    parts.append(r.choice([
        "Chart reviewed including admission note, MAR and prior %s clinic letters." % svc.split()[0].lower(),
        "Discussed with the primary team and bedside RN before seeing the patient.",
        "Thank you for involving us. Patient seen on the ward this afternoon.",
    ]))
    parts.append("")
    parts.append("PMH: " + "; ".join(spick(ctx, PMH_LIST, r.randint(3, 7))))
    parts.append("Meds: " + ", ".join(meds_list(ctx)))
    parts.append("Allergies: " + r.choice(ALLERGIES))
    parts.append(social_hx(ctx, "consult"))
    if r.random() < 0.6:
        parts.append(ros_block(ctx, "consult"))
    parts.append("")
    parts.append("Exam:")
    parts.append(vitals(ctx))
    parts.append(exam_block(ctx, probs, brief=r.random() < 0.5, voice="consult"))
    parts.append("")
    parts.append("Data reviewed:")
    parts.append(lab_block(ctx))
    parts.append(r.choice(["Imaging: ", "Imaging reviewed personally: "]) + r.choice([
        "CT A/P from admission - as per radiology report, no additional findings on my review.", "CXR with bibasilar opacities.",
        "MRI brain pending.", "TTE (this admission): EF 40%, no vegetation seen.", "No imaging this admission.",
        "US abdomen: coarse liver, splenomegaly 15 cm, moderate ascites."]))
    parts.append("")
    parts.append(r.choice(["Impression:", "Assessment:", "IMPRESSION"]))
    parts.append("%d%s with %s (%s). %s" % (
        ctx.age, ctx.sex, r.choice(p["names"]), r.choice(p["assess"]),
        r.choice(["We feel this is the most likely explanation for the clinical picture.",
                  "Less likely alternatives include drug effect or an occult malignancy.",
                  "Overall risk is moderate; recommendations below.", ""])))
    parts.append("")
    if r.random() < 0.6:
        parts.append(r.choice([
            "We discussed the diagnosis and proposed management with the patient, who is in agreement. Risks and benefits of the main options were reviewed.",
            "The main issue from our perspective is balancing thrombotic and bleeding risk; our reasoning is outlined below.",
            "Our threshold for escalation is low given the comorbidities. Plan discussed with the requesting resident by phone.",
        ]))
        parts.append("")
    parts.append(r.choice(["Recommendations:", "RECOMMENDATIONS:", "Recs:"]))
    parts.append(bullets(r, consult_recs(ctx, svc, p), "num"))
    parts.append("")
    parts.append(r.choice([
        "Thank you for this interesting consult. We will continue to follow.",
        "We will sign off; please re-page with questions.",
        "Discussed with Dr. %s (staff). Will follow along daily." % ctx.attending.split()[-1],
        "Please page %s on-call with any questions (pager %d)." % (svc.split()[0], r.randint(1000, 9999)),
    ]))
    parts.append("")
    parts.append(sign(ctx, ctx.trainee if r.random() < 0.5 else ctx.attending))
    if r.random() < 0.4:
        parts.append("Consultant attestation: I have seen the patient and reviewed the findings with the fellow. I agree with the recommendations outlined.")
        parts.append(sign(ctx))
    return "\n".join(parts)


def course_para(ctx, p):
    r = ctx.rng
    nm = r.choice(p["names"])
    plan = pick(r, p["plan"], min(3, len(p["plan"])))
    templ = r.choice([
        "%s: %s on admission. Managed with %s. %s" ,
        "%s - Presented with %s. Treated with %s. %s",
        "%s\nOn arrival, %s. Received %s. %s",
    ])
    outcome = r.choice([
        "Clinically improved and was at baseline by discharge.",
        "Resolved prior to discharge.",
        "Improving; to be reassessed at follow-up.",
        "Stable at the time of discharge without further intervention needed.",
        "Symptoms settled over %d days." % r.randint(2, 6),
        "Team discussed with the patient, who understands the plan.",
    ])
    return templ % (nm, r.choice(p["assess"]), "; ".join(plan), outcome)


def gen_discharge_summary(ctx):
    r = ctx.rng
    probs = choose_problems(ctx, r.randint(3, 6))
    p = probs[0]
    los = r.randint(2, 21)
    adm = ctx.date
    dis = adm + timedelta(days=los)
    parts = [r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "Hospital Discharge Summary",
                       "DISCHARGE SUMMARY / TRANSFER OF CARE", "Death Summary" if r.random() < 0.05 else "Discharge Summary"])]
    parts.append("Admission date: %s     Discharge date: %s     LOS: %d days" % (ctx.d(adm), ctx.d(dis), los))
    parts.append("Attending: Dr. %s   Service: %s" % (ctx.attending, r.choice(SERVICES)))
    parts.append("Dictated/typed by: %s, %s" % (ctx.trainee, ctx.trainee_role))
    parts.append("Family physician: Dr. %s%s" % (ctx.doctor(), maybe(r, 0.5, ", %s" % ctx.city)))
    parts.append("")
    parts.append("Most responsible diagnosis: " + r.choice(p["names"]))
    parts.append("Secondary diagnoses / comorbidities:")
    parts.append(bullets(r, [r.choice(q["names"]) for q in probs[1:]] + spick(ctx, PMH_LIST, r.randint(1, 4)), "o"))
    if r.random() < 0.6:
        parts.append("In-hospital complications: " + r.choice(["none", "delirium", "hospital-acquired pneumonia", "AKI (resolved)",
                                                              "C. difficile infection", "fall without injury", "hypoglycemia x1"]))
    parts.append("Procedures: " + r.choice(["none", "EGD with clip placement", "TTE", "paracentesis x2",
                                            "PICC insertion", "coronary angiogram + PCI to LAD", "lap cholecystectomy",
                                            "thoracentesis (R)", "IM nail L femur", "CT-guided drain"]))
    parts.append("")
    parts.append("History of presenting illness:")
    parts.append(hpi_text(ctx, p, "dc"))
    parts.append("")
    parts.append(r.choice(["Hospital course by problem:", "HOSPITAL COURSE", "Course in hospital:"]))
    for q in probs:
        parts.append(course_para(ctx, q))
        parts.append("")
    parts.append(r.choice(["Key investigations:", "INVESTIGATIONS"]))
    parts.append("Admission labs: " + lab_block(ctx, abnormal=0.5, style=2).replace("Labs today: ", ""))
    parts.append("Discharge labs: " + lab_block(ctx, abnormal=0.15, style=2).replace("Labs today: ", ""))
    parts.append(bullets(r, pick(r, [
        "CXR (%s): %s" % (ctx.d(adm), r.choice(["RLL consolidation", "pulmonary edema", "no acute process"])),
        "CT head: no acute findings", "TTE: LVEF %d%%, %s" % (r.randint(20, 65), r.choice(["mild AS", "no significant valvular disease", "RV normal"])),
        "Blood cultures: %s" % r.choice(["negative x2", "E. coli 1/2 sets", "MSSA 2/2 - cleared on repeat"]),
        "Urine culture: %s" % r.choice(["no growth", "Klebsiella >10^8, ceftriaxone-S"]),
        "ECG: %s" % r.choice(["NSR, no ischemic changes", "AF, rate controlled", "QTc 480 on admission -> 445"]),
        "US abdomen: %s" % r.choice(["cholelithiasis", "normal", "cirrhotic morphology with ascites"]),
    ], r.randint(2, 4)), "-"))
    parts.append("")
    parts.append("Condition at discharge: " + r.choice(["stable", "good", "fair, ambulating with walker", "improved",
                                                       "baseline cognition, independent transfers"]))
    parts.append("Disposition: " + r.choice(["home", "home with home care nursing", "inpatient rehab", "LTC",
                                             "home with family support", "transitional care unit", "hospice"]))
    parts.append("Discharge vitals: " + vitals(ctx, sick=0.05, style=0))
    parts.append("")
    parts.append(r.choice(["Discharge medications:", "MEDICATIONS AT DISCHARGE", "Med rec at discharge:"]))
    meds = meds_list(ctx, r.randint(4, 10))
    tags = ["NEW", "CHANGED", "CONTINUE", "CONTINUE", "CONTINUE", "STOPPED"]
    parts.append("\n".join("%s  %s" % (("[%s]" % r.choice(tags)).ljust(11), m) for m in meds))
    parts.append("")
    parts.append("Follow-up:")
    parts.append(bullets(r, pick(r, [
        "Family physician within 1-2 weeks - please repeat BMP",
        "%s clinic in 4-6 weeks (referral sent)" % r.choice(["Cardiology", "HF", "GI", "Nephrology", "Respirology", "Stroke prevention"]),
        "CBC and lytes in 1 week at community lab - requisition given",
        "Home care to assess for wound care",
        "Outpatient colonoscopy - to be booked by GI",
        "Repeat CT chest in 3 months for 6 mm nodule",
        "Anticoagulation clinic INR check Monday",
        "Diabetes education centre",
    ], r.randint(2, 4)), "-"))
    parts.append("")
    parts.append("Pending at discharge: " + r.choice(["none", "final blood cultures", "pathology from EGD biopsies",
                                                     "HLA typing", "TB culture (6 weeks)", "genetic panel"]))
    parts.append("Instructions given to patient: " + r.choice([
        "return to ED for chest pain, worsening SOB, fever or bleeding.",
        "weigh daily; call HF clinic if up 2 kg in 2 days.",
        "no driving for 1 month; no heavy lifting for 6 weeks.",
        "keep incision dry for 48 h, then may shower.",
    ]))
    parts.append("")
    parts.append(sign(ctx, ctx.trainee, ctx.trainee_role, when=dis))
    parts.append("cc: " + ", ".join("Dr. %s" % ctx.doctor() for _ in range(r.randint(1, 3))))
    return "\n".join(parts)


ED_COMPLAINTS = [
    ("chest pain", "cardiology"), ("shortness of breath", "respirology"), ("abdominal pain", "general surgery"),
    ("fever", "medicine"), ("fall", "orthopedics"), ("headache", "neurology"), ("weakness", "neurology"),
    ("confusion", "geriatrics"), ("vomiting blood", "gastroenterology"), ("leg swelling", "medicine"),
    ("palpitations", "cardiology"), ("syncope", "medicine"), ("seizure", "neurology"), ("withdrawal", "medicine"),
]


ED_CC = {
    "cardiology": ["chest pain", "palpitations", "SOB", "leg swelling and SOB"],
    "respirology": ["SOB", "cough", "wheeze", "chest tightness"],
    "general surgery": ["abdominal pain", "vomiting", "abdo pain + fever"],
    "gastroenterology": ["vomiting blood", "black stools", "epigastric pain"],
    "neurology": ["headache", "R sided weakness", "seizure", "speech difficulty"],
    "nephrology": ["weakness", "abnormal bloodwork (sent in by GP)", "decreased urine output"],
    "orthopedics": ["fall", "hip pain after fall"],
    "geriatrics": ["confusion", "fall", "not coping at home"],
    "endocrinology": ["vomiting", "high sugars", "polyuria"],
    "psychiatry": ["low mood", "suicidal thoughts"],
    "addiction medicine": ["withdrawal", "requesting detox"],
    "rheumatology": ["joint pain and swelling"],
    "oncology": ["fever on chemo"],
    "hepatology": ["abdominal distension", "confusion"],
    "hematology": ["fatigue", "bruising"],
    "infectious diseases": ["foot wound", "fever"],
}


def gen_emergency_department_note(ctx):
    r = ctx.rng
    probs = choose_problems(ctx, r.randint(1, 3))
    p = probs[0]
    cc = r.choice(ED_CC.get(p["service"], ["weakness", "feeling unwell", "fever", "pain"]))
    arrival = r.randint(0, 23)
    parts = [r.choice(["ED Provider Note", "EMERGENCY DEPARTMENT RECORD - PHYSICIAN", "Emergency Physician Note",
                       "ED Note", "Emergency Department Visit"])]
    parts.append("Arrival: %s   Mode: %s   Triage: %s" % (
        ctx.dt(hh=arrival), r.choice(["ambulatory", "EMS", "private vehicle", "police"]),
        r.choice(["CTAS 2", "CTAS 3", "ESI 2", "ESI 3", "CTAS 1", "ESI 4"]) if True else ""))
    parts.append("Provider: %s%s" % (ctx.attending, maybe(r, 0.5, " / %s (%s)" % (ctx.trainee, r.choice(["EM R2", "PGY-1 FM", "Clerk", "PA-C"])))))
    parts.append("")
    parts.append("Chief complaint: " + cc)
    parts.append("")
    parts.append("HPI: " + hpi_text(ctx, p, "ed"))
    if r.random() < 0.6:
        parts.append(ros_block(ctx, "ed"))
    parts.append("PMH: " + ", ".join(spick(ctx, PMH_LIST, r.randint(1, 5))) + "   Meds: " + ", ".join(meds_list(ctx, r.randint(1, 5))))
    parts.append("Allergies: " + r.choice(ALLERGIES))
    parts.append(social_hx(ctx, "ed"))
    parts.append("")
    parts.append("Physical Exam:")
    parts.append(vitals(ctx, sick=0.5, style=r.choice([0, 3])))
    parts.append(exam_block(ctx, probs, brief=True, voice="ed"))
    parts.append("")
    parts.append("ED course / results:")
    parts.append(lab_block(ctx, abnormal=0.4, style=r.choice([1, 2])))
    ed = pick(r, [
        "ECG interpreted by me: sinus rhythm, no STEMI criteria.",
        "Bedside POCUS: no pericardial effusion, no free fluid, IVC collapsible.",
        "CXR my read: no pneumothorax.",
        "CT head non-contrast: no acute intracranial process (prelim).",
        "Given ASA 162 mg, NTG SL x2 with relief.",
        "Ketorolac 15 mg IV and ondansetron 4 mg IV with improvement.",
        "1 L RL bolus; repeat HR 92.",
        "Reassessed at %02d:%02d, feeling better, tolerating PO." % ((arrival + 3) % 24, r.randint(0, 59)),
        "Repeat hs-troponin at 3 h: %d -> %d ng/L." % (r.randint(3, 20), r.randint(3, 30)),
        "Wells score %d; D-dimer %s." % (r.randint(0, 5), r.choice(["negative", "positive - CTPA ordered"])),
    ], r.randint(3, 5))
    parts.append(bullets(r, ed, "-"))
    parts.append("")
    parts.append(r.choice(["MDM:", "Medical decision making:", "MDM / Assessment:"]))
    ddx = [lc(r.choice(q["names"])) for q in pick(r, P, 3)]
    parts.append(r.choice([
        "Presentation most consistent with %s. DDx considered includes %s; these are felt less likely given the exam and workup. "
        "Risk of deterioration is moderate. Independent interpretation of ECG and imaging documented above." % (
            lc(r.choice(p["names"])), ", ".join(ddx)),
        "Differential for %s in this patient is broad: %s, %s. Workup as above supports %s. "
        "Discussed with %s who agree with admission." % (cc, ddx[0], ddx[1], lc(r.choice(p["names"])), r.choice(CONSULT_SERVICES)),
        "High-risk presentation given age and comorbidities. Considered %s and %s. Shared decision-making with the patient regarding disposition. "
        "Low suspicion for ACS/PE/dissection after workup." % (ddx[0], ddx[2]),
    ]))
    parts.append("")
    if r.random() < 0.5:
        parts.append("")
        parts.append("Reassessment: " + r.choice([
            "Pain improved from 8/10 to 3/10. Repeat vitals HR %d, BP %d/%d. Abdomen softer." % (r.randint(70, 100), r.randint(100, 150), r.randint(60, 90)),
            "Work of breathing improved after nebs; now speaking full sentences, sat %d%% on RA." % r.randint(92, 97),
            "Remains drowsy; family at bedside. Accepted by admitting team at %02d:%02d." % (r.randint(0, 23), r.randint(0, 59)),
            "Tolerated oral challenge, ambulating with steady gait.",
        ]))
    if r.random() < 0.3:
        parts.append("Procedures: " + r.choice(["POCUS (documented above)", "laceration repair 3 cm, 5 sutures 4-0 nylon", "procedural sedation - see separate note",
                                                "splint application - volar slab", "none"]))
    parts.append("")
    parts.append("Diagnosis: " + r.choice(p["names"]))
    dispo = r.choice(["Admit to %s" % r.choice(SERVICES), "Discharge home", "Discharge home with outpatient f/u",
                      "Transfer to tertiary centre", "Admit - ICU", "Left against medical advice after discussion of risks"])
    parts.append("Disposition: " + dispo)
    if "home" in dispo:
        parts.append("Discharge instructions: " + r.choice([
            "Follow up with family doctor in 2-3 days. Return if worse.",
            "Prescription given for a short course; see GP for recheck.",
            "Return precautions reviewed verbally and in writing; patient verbalized understanding.",
        ]))
    parts.append("Critical care time: %s" % r.choice(["n/a", "35 min excluding procedures", "none"]))
    parts.append("")
    parts.append(sign(ctx, role=r.choice(["MD, CCFP(EM)", "MD, FRCPC", "DO, FACEP", "MD, FACEP"])))
    return "\n".join(parts)


# (name, preop dx, anesthesia, position, key steps, findings, specimen, EBL range)
OPS = [
    ("Laparoscopic appendectomy", "Acute appendicitis", "GETA", "supine, both arms tucked",
     ["Open Hasson technique at the umbilicus; pneumoperitoneum to 15 mmHg.",
      "Two 5 mm ports placed under direct vision in the suprapubic and LLQ positions.",
      "The mesoappendix was divided with the LigaSure device.",
      "The appendiceal base was secured with two endoloops and divided; specimen retrieved in an Endocatch bag.",
      "RLQ irrigated and suctioned until clear."],
     ["Inflamed, non-perforated appendix with fibrinous exudate at the tip.",
      "Gangrenous appendix with localized purulent fluid in the pelvis, no fecalith free in the abdomen."],
     "appendix", (5, 50)),
    ("Laparoscopic cholecystectomy", "Acute calculous cholecystitis", "GETA", "supine, reverse Trendelenburg, left tilt",
     ["Veress entry at Palmer point, 12 mm umbilical and three 5 mm working ports.",
      "Fundus retracted cephalad, infundibulum laterally.",
      "Critical view of safety achieved: two and only two structures entering the gallbladder, cystic plate cleared.",
      "Cystic duct and artery clipped (2 proximal, 1 distal) and divided.",
      "Gallbladder removed from the liver bed with hook cautery; hemostasis confirmed."],
     ["Thick-walled, distended gallbladder with omental adhesions; stone impacted in Hartmann pouch.",
      "Mildly inflamed gallbladder, no bile spillage, normal-appearing liver."],
     "gallbladder", (10, 100)),
    ("Right total knee arthroplasty", "Right knee primary osteoarthritis", "spinal with adductor canal block", "supine, tourniquet 250 mmHg",
     ["Medial parapatellar arthrotomy.", "Distal femoral cut with intramedullary guide at 5 degrees valgus.",
      "Extramedullary tibial guide, 3 degree posterior slope.", "Trials showed balanced flexion/extension gaps.",
      "Components cemented; periarticular injection of ropivacaine/ketorolac/epinephrine."],
     ["Grade IV chondral loss medial compartment and patellofemoral joint, large osteophytes."],
     "none", (100, 300)),
    ("Intramedullary nailing left femur (cephalomedullary nail)", "Left intertrochanteric femur fracture", "spinal", "supine on fracture table",
     ["Closed reduction under fluoroscopy with traction and internal rotation.", "Guidewire via tip of greater trochanter, sequential reaming.",
      "Short cephalomedullary nail inserted; lag screw with TAD 18 mm.", "Distal locking screw placed."],
     ["Four-part intertrochanteric fracture, acceptable reduction on AP and lateral views."], "none", (150, 400)),
    ("Exploratory laparotomy, small bowel resection with primary anastomosis", "Small bowel obstruction with ischemia",
     "GETA, RSI", "supine",
     ["Midline laparotomy.", "Adhesiolysis of dense band adhesions from prior pelvic surgery.",
      "Approximately 40 cm of dusky, non-viable ileum identified and resected with GIA staplers.",
      "Side-to-side functional end-to-end stapled anastomosis, mesenteric defect closed.",
      "Fascia closed with looped PDS; skin stapled."],
     ["Closed-loop obstruction from a single band; 40 cm non-viable ileum ~60 cm from the ileocecal valve."],
     "small bowel segment", (50, 350)),
    ("Open reduction internal fixation right distal radius", "Right distal radius fracture, intra-articular", "regional (supraclavicular block) + sedation",
     "supine, arm table, tourniquet",
     ["Volar FCR approach.", "Pronator quadratus elevated.", "Fracture reduced and provisionally held with K-wires.",
      "Volar locking plate applied; position confirmed on fluoroscopy."],
     ["Dorsally comminuted intra-articular fracture with 2 mm step-off."], "none", (5, 30)),
    ("Laparoscopic right hemicolectomy", "Adenocarcinoma of the ascending colon", "GETA + TAP blocks", "supine, split-leg",
     ["Medial-to-lateral dissection with high ligation of ileocolic pedicle.", "Hepatic flexure mobilized.",
      "Extracorporeal stapled ileocolic anastomosis via periumbilical extraction site.", "Specimen oriented for pathology."],
     ["Palpable mass in the ascending colon, no liver lesions or peritoneal disease."], "right colon and terminal ileum", (50, 200)),
    ("Coronary artery bypass grafting x3 (LIMA-LAD, SVG-OM1, SVG-PDA)", "Multivessel coronary artery disease", "GETA",
     "supine",
     ["Median sternotomy.", "LIMA harvested skeletonized; endoscopic saphenous vein harvest from the left leg.",
      "Cardiopulmonary bypass with aortic and right atrial cannulation; antegrade cold blood cardioplegia.",
      "Distal anastomoses with 7-0 and 8-0 Prolene; proximals to the ascending aorta.",
      "Weaned from bypass on low-dose norepinephrine; chest closed with sternal wires."],
     ["Diffusely diseased LAD, good target; OM1 and PDA 1.75 mm targets."], "none", (300, 900)),
    ("Cesarean section, low transverse", "Arrest of dilation at 6 cm; non-reassuring fetal tracing", "spinal", "supine with left uterine displacement",
     ["Pfannenstiel skin incision.", "Bladder flap created, low transverse hysterotomy.", "Infant delivered from vertex position.",
      "Placenta delivered manually; hysterotomy closed in two layers."],
     ["Live female infant, Apgars 8 and 9; normal tubes and ovaries."], "placenta to L&D", (500, 1100)),
    ("Transurethral resection of prostate (bipolar)", "BPH with refractory urinary retention", "spinal", "lithotomy",
     ["Urethra calibrated; resectoscope passed.", "Median lobe and lateral lobes resected to the capsule.",
      "Chips evacuated with Ellik; hemostasis.", "Three-way catheter placed with CBI."],
     ["Trilobar enlargement with large median lobe, trabeculated bladder, no tumors."], "prostatic chips", (50, 200)),
    ("Left carotid endarterectomy with patch angioplasty", "Symptomatic left ICA stenosis 80%", "GETA", "supine, head turned right",
     ["Incision along the anterior border of SCM.", "Common, internal and external carotids controlled.",
      "Heparin given; clamped; arteriotomy and plaque removed.", "Bovine pericardial patch angioplasty."],
     ["Ulcerated, calcified plaque at the bifurcation."], "carotid plaque", (50, 200)),
    ("Total thyroidectomy", "Multinodular goiter with compressive symptoms", "GETA with NIM tube", "supine, neck extended",
     ["Kocher incision; strap muscles divided in the midline.", "Recurrent laryngeal nerves identified and preserved bilaterally with nerve monitoring.",
      "Parathyroids identified (3 of 4) and preserved on vascular pedicles."],
     ["Large multinodular gland, right > left, no extrathyroidal extension."], "thyroid", (20, 100)),
    ("Incision and drainage of perianal abscess", "Perianal abscess", "GA with LMA", "lithotomy",
     ["Cruciate incision over point of maximal fluctuance.", "Loculations broken down, cavity irrigated.", "Packed with iodoform ribbon."],
     ["8 cc of purulent material; no fistula identified on gentle probing."], "pus for culture", (2, 20)),
    ("Laparoscopic inguinal hernia repair (TEP), left", "Left direct inguinal hernia", "GETA", "supine",
     ["Preperitoneal space developed with balloon dissector.", "Hernia sac reduced.", "15 x 12 cm polypropylene mesh placed covering the myopectineal orifice."],
     ["Large direct defect, no indirect component."], "none", (0, 20)),
    ("Below-knee amputation, right", "Right foot gangrene with non-reconstructible PAD", "spinal", "supine, thigh tourniquet",
     ["Long posterior flap fashioned.", "Tibia divided 12 cm below the tibial tuberosity, bevelled; fibula cut 1 cm shorter.",
      "Nerves sharply transected under traction.", "Myodesis and layered closure."],
     ["Viable muscle at the level of amputation, good bleeding from flap."], "right lower leg", (100, 300)),
]


def gen_operative_report(ctx):
    r = ctx.rng
    cands = [o for o in OPS if sex_ok(ctx, o[0] + o[1])]
    name, dx, anes, pos, steps, findings, spec, ebl = r.choice(cands)
    brief = r.random() < 0.25
    surgeon = ctx.attending
    asst = ctx.trainee
    anesth = ctx.doctor()
    parts = []
    if brief:
        parts.append(r.choice(["BRIEF OP NOTE", "Brief Operative Note", "Immediate Post-Op Note", "Brief op note (resident)"]))
        parts.append("Date: %s" % ctx.d())
        parts.append("Pre-op dx: %s" % dx)
        parts.append("Post-op dx: %s" % r.choice(["same", dx]))
        parts.append("Procedure: %s" % name)
        parts.append("Surgeon: Dr. %s   Assist: Dr. %s (%s)" % (surgeon, asst, ctx.trainee_role))
        parts.append("Anesthesia: %s" % anes)
        parts.append("Findings: %s" % r.choice(findings))
        parts.append("EBL: %d mL   Fluids: %d mL crystalloid   UOP: %s" % (r.randint(*ebl), r.randint(500, 2500) // 100 * 100,
                                                                           r.choice(["%d mL" % r.randint(50, 500), "not measured"])))
        parts.append("Specimens: %s" % spec)
        parts.append("Drains: %s" % r.choice(["none", "19 Fr Blake to bulb suction", "JP x1", "Hemovac"]))
        parts.append("Implants: %s" % r.choice(["none", "see implant record", "mesh (see log)"]))
        parts.append("Counts: correct x2   Wound class: %s" % r.choice(["I (clean)", "II (clean-contaminated)", "III", "IV"]))
        parts.append("Complications: none apparent")
        parts.append("Disposition: %s in stable condition" % r.choice(["PACU", "PACU then ward", "ICU, intubated", "CVICU"]))
        parts.append("Indication: %d%s with %s." % (ctx.age, ctx.sex, lc(dx)))
        parts.append("Plan: " + "; ".join(pick(r, ["NPO until awake then clears", "post-op abx x 24h", "DVT ppx POD1",
                                                    "analgesia per APS", "CBC/lytes in AM", "mobilize POD0-1",
                                                    "f/u path", "foley out POD1", "wound check 10-14 d"], r.randint(3, 5))))
        parts.append("Full op report to follow.")
        parts.append("")
        parts.append(sign(ctx, asst, ctx.trainee_role))
        return "\n".join(parts)
    parts.append(r.choice(["OPERATIVE REPORT", "Operative Report", "OPERATIVE NOTE", "Report of Operation"]))
    parts.append("")
    parts.append("DATE OF OPERATION: %s" % ctx.d())
    parts.append("SURGEON: %s, %s" % (surgeon, r.choice(["MD, FRCSC", "MD, FACS", "MD"])))
    parts.append("ASSISTANT(S): %s (%s)%s" % (asst, ctx.trainee_role, maybe(r, 0.4, ", %s (medical student)" % ctx.doctor())))
    parts.append("ANESTHESIOLOGIST: Dr. %s" % anesth)
    parts.append("ANESTHESIA: %s" % anes)
    parts.append("")
    parts.append("PREOPERATIVE DIAGNOSIS: %s" % dx)
    parts.append("POSTOPERATIVE DIAGNOSIS: %s" % r.choice(["Same", dx + ", confirmed"]))
    parts.append("PROCEDURE PERFORMED: %s" % name)
    parts.append("")
    parts.append("INDICATIONS: %s" % r.choice([
        "The patient is a %d-year-old %s with %s. Risks including bleeding, infection, injury to surrounding structures, "
        "conversion to open, VTE and anesthetic complications were explained, and informed consent was obtained." % (ctx.age, ctx.sexword, lc(dx)),
        "%d%s with %s who failed conservative management. After discussion of alternatives, %s elected to proceed. "
        "Consent signed and on chart." % (ctx.age, ctx.sex, lc(dx), ctx.he),
    ]))
    parts.append("")
    parts.append("FINDINGS: %s" % r.choice(findings))
    parts.append("")
    parts.append("DESCRIPTION OF PROCEDURE:")
    pre = [
        "The patient was identified in the holding area and the operative site was marked.",
        "%s was brought to the operating room and placed %s." % (cap(ctx.he), pos),
        "%s anesthesia was induced without incident by the anesthesia team." % anes.split(",")[0].split(" with")[0].capitalize(),
        "Preoperative antibiotics (%s) were given within 60 minutes of incision." % r.choice(["cefazolin 2 g IV", "cefazolin 3 g IV", "clindamycin 900 mg IV", "cefoxitin 2 g IV"]),
        "SCDs were applied. The %s was prepped with %s and draped in the usual sterile fashion." % (
            r.choice(["abdomen", "operative field", "extremity", "surgical site"]), r.choice(["chlorhexidine-alcohol", "povidone-iodine", "ChloraPrep"])),
        "A surgical time-out was performed confirming patient, procedure, laterality, antibiotics and imaging availability; all team members agreed.",
    ]
    body = "\n\n".join([" ".join(pre[:3]), " ".join(pre[3:]), " ".join(steps)])
    post = r.choice([
        "All counts were reported correct x2. The skin was closed with %s and dressed with %s." % (
            r.choice(["4-0 Monocryl subcuticular", "staples", "3-0 nylon interrupted", "Dermabond"]),
            r.choice(["Tegaderm and gauze", "Mepilex", "Xeroform and a bulky dressing", "Prevena incisional VAC"])),
        "Sponge, needle and instrument counts were correct. Wounds were infiltrated with bupivacaine 0.25%% (%d mL) and closed in layers." % r.randint(10, 30),
    ])
    parts.append(body + "\n\n" + post + " " + r.choice([
        "The patient tolerated the procedure well and was extubated in the OR and transferred to PACU in stable condition.",
        "%s was transferred to recovery in satisfactory condition." % cap(ctx.he),
        "Patient taken to the ICU intubated and sedated for post-op monitoring.",
    ]))
    parts.append("")
    parts.append("ESTIMATED BLOOD LOSS: %d mL" % r.randint(*ebl))
    parts.append("SPECIMENS: %s" % spec)
    parts.append("DRAINS: %s" % r.choice(["None", "15 Fr Blake", "Two mediastinal and one pleural chest tube", "Foley catheter"]))
    parts.append("IMPLANTS: %s" % r.choice(["None", "See implant log", "As per nursing record"]))
    parts.append("COMPLICATIONS: %s" % r.choice(["None", "None apparent", "None intraoperatively"]))
    parts.append("")
    parts.append("POSTOPERATIVE PLAN: %s" % "; ".join(pick(r, [
        "diet as tolerated", "clear fluids tonight", "DVT prophylaxis starting POD1", "ancef x 24 h",
        "WBAT", "remove foley POD1", "multimodal analgesia", "follow up in clinic in 2 weeks for wound check",
        "f/u pathology", "home same day if meeting discharge criteria", "serial Hgb"], r.randint(3, 5))))
    parts.append("")
    parts.append(r.choice(["I was present and scrubbed for the entire procedure.",
                           "Attending surgeon was present for all critical portions of the case.",
                           "Dictated by the resident; reviewed and edited by the attending surgeon."]))
    parts.append(sign(ctx, surgeon, r.choice(["MD, FRCSC", "MD, FACS"])))
    return "\n".join(parts)


PROCS = [
    ("Ultrasound-guided paracentesis", "tense ascites, diagnostic and therapeutic", "LLQ",
     ["Site identified with US, no bowel in path.", "Local with 1% lidocaine 8 mL.",
      "5 Fr Caldwell needle inserted; straw-coloured fluid returned.", "%d L removed; albumin 25%% given per protocol." ],
     "1.5"),
    ("Thoracentesis", "symptomatic R pleural effusion", "R posterior chest, 8th ICS",
     ["Effusion confirmed on POCUS, depth 4 cm.", "Local anesthesia with 1% lidocaine.",
      "Catheter-over-needle inserted above the rib; %d mL serous fluid drained.", "Post-procedure US with lung sliding present."],
     "1000"),
    ("Lumbar puncture", "r/o meningitis / SAH", "L3-L4 interspace",
     ["Patient positioned in left lateral decubitus.", "Landmarks palpated, 1% lidocaine local.",
      "20G Quincke spinal needle on %d attempt(s); opening pressure 18 cm H2O.", "Four tubes collected, clear CSF."],
     "1"),
    ("Central venous catheter insertion (R IJ)", "vasopressor requirement, poor IV access", "right internal jugular",
     ["Real-time US guidance; vein compressible and patent.", "Full barrier precautions (cap, mask, sterile gown/gloves, full drape).",
      "Seldinger technique; triple-lumen catheter placed, all ports flush/aspirate; secured at %d cm.", "CXR: tip at cavoatrial junction, no PTX."],
     "15"),
    ("Arterial line insertion", "frequent ABGs, hemodynamic monitoring", "left radial artery",
     ["Allen/US collateral flow confirmed.", "20G catheter inserted with US guidance on attempt %d.", "Good waveform, secured with suture."],
     "1"),
    ("Endotracheal intubation", "hypoxemic respiratory failure", "airway",
     ["Preoxygenated with BVM/HFNC.", "RSI with ketamine and rocuronium.", "Video laryngoscope, grade 1 view, 7.5 ETT passed on attempt %d.",
      "ETCO2 colour change and bilateral breath sounds; tube at 23 cm at the lip."],
     "1"),
    ("Bone marrow aspirate and biopsy", "unexplained pancytopenia", "right posterior iliac crest",
     ["Local anesthetic infiltrated to periosteum.", "Jamshidi needle; aspirate obtained x %d and core 1.8 cm.", "Pressure held, dressing applied."],
     "2"),
    ("Knee arthrocentesis", "acute monoarthritis", "left knee, superolateral approach",
     ["Effusion palpable; skin marked.", "18G needle; %d mL turbid yellow fluid aspirated.", "Sent for cell count, crystals, gram stain, culture."],
     "30"),
    ("Chest tube insertion", "large R pneumothorax", "R 5th ICS mid-axillary line",
     ["Local plus intercostal block.", "Seldinger 14 Fr pigtail inserted; rush of air on entry.",
      "Connected to underwater seal at -20 cm H2O; tube at %d cm at skin.", "CXR: lung re-expanded."],
     "12"),
    ("Incision and drainage of abscess", "fluctuant abscess", "right axilla",
     ["Local field block with lidocaine with epi.", "Linear incision %d cm, purulence expressed.", "Loculations broken, irrigated, packed."],
     "2"),
    ("Punch biopsy of skin", "rash NYD", "left forearm",
     ["4 mm punch x %d.", "Hemostasis with pressure; 4-0 nylon x1."], "1"),
    ("Upper endoscopy (EGD)", "melena, Hgb drop", "upper GI tract",
     ["Conscious sedation with midazolam and fentanyl.", "Scope passed to D2.", "Clean-based ulcer; %d clip(s) placed on visible vessel.",
      "Biopsies for H. pylori."], "2"),
    ("Colonoscopy with polypectomy", "positive FIT", "colon",
     ["Prep quality BBPS 8.", "Cecum reached, confirmed by appendiceal orifice and ileocecal valve.",
      "%d sessile polyps 4-8 mm removed by cold snare.", "Withdrawal time 11 min."], "3"),
    ("Bronchoscopy with BAL", "non-resolving infiltrate, immunocompromised", "RML",
     ["Topical lidocaine.", "Airways inspected to subsegmental level.", "BAL RML with %d mL instilled, 60 mL returned."], "120"),
    ("Electrical cardioversion", "AF > 48h, on AC > 3 weeks", "chest",
     ["Procedural sedation with propofol.", "Synchronized biphasic shock %d J anterior-posterior pads.", "Converted to sinus rhythm."], "200"),
    ("Left heart catheterization and coronary angiography", "NSTEMI", "right radial artery",
     ["6 Fr Glidesheath Slender via right radial; radial cocktail (verapamil/heparin) given.", "JL3.5 and JR4 diagnostic catheters.",
      "LAD: 90%% mid stenosis; LCx: mild disease; RCA: dominant, no significant stenosis.", "LVEDP 18 mmHg. TR band applied, 12 mL air."],
     "80"),
    ("Ultrasound-guided corticosteroid injection, subacromial bursa", "rotator cuff tendinopathy refractory to PT", "right shoulder",
     ["Skin prepped with CHG.", "25G needle advanced under US into the subacromial bursa, lateral approach.",
      "Injected triamcinolone 40 mg with %d mL 1%% lidocaine; good spread seen."], "4"),
    ("Lumbar epidural steroid injection (interlaminar)", "L5 radiculopathy", "L5-S1",
     ["Prone; fluoroscopy used.", "Loss of resistance to saline at %d cm with 20G Tuohy.", "Contrast confirmed epidural spread; methylprednisolone 80 mg injected."],
     "5"),
    ("Closed reduction of shoulder dislocation", "anterior dislocation", "left shoulder",
     ["Procedural sedation with ketamine/propofol.", "External rotation method, reduced on attempt %d.", "Post-reduction XR confirmed."], "1"),
]


def gen_procedure_note(ctx):
    r = ctx.rng
    name, ind, site, steps, num = r.choice(PROCS)
    n = max(1, int(float(num)))
    val = r.choice([n, n + r.randint(0, 2), max(1, int(n * r.uniform(0.8, 1.6)))])
    steps = [s % val if "%d" in s else s.replace("%%", "%") for s in steps]
    operator = ctx.trainee if r.random() < 0.6 else ctx.attending
    parts = [r.choice(["PROCEDURE NOTE", "Procedure Note", "Bedside Procedure Note", "%s - Procedure Note" % name]) ]
    parts.append("Procedure: %s" % name)
    parts.append("Date/time: %s" % ctx.dt())
    parts.append("Location: %s" % r.choice(["bedside, ward 7N", "ICU bed %d" % r.randint(1, 24), "ED resus", "procedure room",
                                            "endoscopy suite", "ED minor treatment area"]))
    parts.append("Operator: %s (%s)%s" % (operator, ctx.trainee_role if operator == ctx.trainee else "staff",
                                          maybe(r, 0.7 if operator == ctx.trainee else 0.0, "   Supervisor: Dr. %s, present for entire procedure" % ctx.attending)))
    parts.append("Indication: %s" % ind)
    parts.append("Brief history: %d%s %s" % (ctx.age, ctx.sex, r.choice([
        "admitted with %s; procedure requested by the primary team." % lc(r.choice(r.choice(P)["names"])),
        "with %s. Anticoagulation %s." % (", ".join(spick(ctx, PMH_LIST, 2)), r.choice(["held x 48 h", "not on any", "INR reversed with vitamin K"])),
        "known to our service. Discussed indication and alternatives at the bedside.",
    ])))
    parts.append("Pre-procedure labs: INR %.1f, Plt %d, Hgb %s" % (r.uniform(0.9, 1.7), r.randint(55, 400),
                                                                   str(r.randint(80, 150)) if ctx.canada else "%.1f" % r.uniform(8, 15)))
    parts.append("Allergies: " + r.choice(ALLERGIES))
    parts.append("Pre-procedure assessment: " + r.choice([
        "Airway Mallampati II, ASA class %d. NPO since midnight. Vitals stable." % r.randint(2, 4),
        "Patient alert, able to cooperate and lie in position. Baseline vitals: " + vitals(ctx, style=0) + ".",
        "Reviewed imaging prior to procedure; target identified. No anticoagulants in last 48 h per MAR.",
    ]))
    parts.append("")
    parts.append("Consent: " + r.choice([
        "Risks (bleeding, infection, pain, injury to adjacent structures, failure) and benefits discussed with patient; written consent obtained.",
        "Verbal and written consent from SDM (%s) by phone with witness." % r.choice(["wife", "son", "daughter", "husband"]),
        "Emergency procedure - implied consent.",
        "Informed consent obtained; patient had capacity and asked appropriate questions.",
    ]))
    parts.append("Time-out: " + r.choice([
        "performed with RN, correct patient/procedure/site confirmed.",
        "Universal protocol completed at %02d:%02d." % (r.randint(0, 23), r.randint(0, 59)),
        "done - 2 identifiers, site marked, allergies reviewed, labs reviewed (INR %.1f, plt %d)." % (r.uniform(0.9, 1.6), r.randint(60, 350)),
    ]))
    parts.append("Monitoring: " + r.choice(["continuous SpO2 and cardiac monitoring", "vitals q5min during procedure", "RN present throughout",
                                          "RT and RN at bedside"]))
    parts.append("Sedation/analgesia: " + r.choice(["local only", "fentanyl 50 mcg IV", "as per sedation record", "none", "see anesthesia record"]))
    parts.append("Site: %s" % site)
    parts.append("Prep: " + r.choice(["chlorhexidine, sterile drape", "CHG x2, full sterile barrier", "sterile technique, gown and gloves"]))
    parts.append("")
    parts.append("Description:")
    parts.append(bullets(r, steps, r.choice(["-", "num"])) if r.random() < 0.5 else " ".join(steps))
    parts.append("")
    parts.append("Findings: " + r.choice([
        "Procedure uncomplicated; sample appearance as described.", "Good return on first pass; no blood in the return.",
        "Landmarks difficult due to habitus; US used throughout.", "Patient remained hemodynamically stable with SpO2 >94% throughout.",
        "Post-procedure POCUS shows no complication."]))
    if r.random() < 0.5:
        parts.append("Preliminary results: " + r.choice([
            "fluid cell count WBC %d, PMN %d%%, protein %d g/L, LDH %d." % (r.randint(50, 4000), r.randint(5, 90), r.randint(10, 55), r.randint(80, 900)),
            "CSF: WBC %d, RBC %d, protein %.2f, glucose %.1f; gram stain no organisms." % (r.randint(0, 300), r.randint(0, 500), r.uniform(0.2, 1.5), r.uniform(1.5, 4.0)),
            "gram stain pending; culture sent.", "tip confirmed on post-procedure imaging.", "n/a"]))
    parts.append("Needle/device count: %s   Sharps disposed by operator." % r.choice(["correct", "n/a", "all accounted for"]))
    parts.append("EBL: %s" % r.choice(["minimal", "<5 mL", "nil", "~10 mL"]))
    parts.append("Specimens: %s" % r.choice(["sent to lab as above", "none", "cell count, culture, cytology", "to pathology"]))
    parts.append("Complications: %s" % r.choice(["None", "None immediate", "Transient vasovagal episode, resolved", "None. Pt tolerated well."]))
    parts.append("Post-procedure: " + r.choice([
        "Vitals stable. Will follow up results.", "Post-procedure CXR ordered.", "Bedrest 1 h, then mobilize.",
        "Monitor site for bleeding; RN aware.", "Results to be followed by primary team."]))
    parts.append("Plan: " + "; ".join(pick(r, [
        "follow up fluid/tissue results", "repeat vitals q15 min x 4", "CXR post procedure", "hold anticoagulation until tomorrow AM",
        "analgesia PRN", "notify MD if bleeding, fever or SOB", "resume diet in 2 h", "team to review results on rounds"], r.randint(2, 4))))
    parts.append("")
    parts.append(sign(ctx, operator))
    if operator == ctx.trainee and r.random() < 0.6:
        parts.append("Attending: I was present for the entire procedure including the time-out and agree with the note. %s" % ctx.attending)
    return "\n".join(parts)


# study: (title, technique, normal findings by region, abnormal findings, impressions(normal, abnormal), indications)
STUDIES = [
    ("XR CHEST PA AND LATERAL", "PA and lateral views of the chest.",
     [("Lungs", "The lungs are clear. No consolidation."), ("Pleura", "No pleural effusion or pneumothorax."),
      ("Heart/mediastinum", "Cardiomediastinal silhouette within normal limits."), ("Bones", "No acute osseous abnormality.")],
     ["Patchy airspace opacity in the right lower lobe obscuring the right hemidiaphragm.",
      "Small bilateral pleural effusions with blunting of the costophrenic angles.",
      "Cardiomegaly with upper lobe pulmonary venous diversion and Kerley B lines.",
      "Left apical pneumothorax measuring 2.1 cm at the apex.", "Hyperinflated lungs with flattened hemidiaphragms."],
     ["No acute cardiopulmonary process.", "Right lower lobe pneumonia. Recommend follow-up radiograph in 6-8 weeks to document resolution.",
      "Findings in keeping with pulmonary edema/CHF.", "Small left pneumothorax. Findings communicated to the ordering physician."],
     ["cough, fever", "SOB", "post line insertion", "pre-op", "r/o PTX"]),
    ("CT HEAD WITHOUT CONTRAST", "Axial non-contrast CT of the head with coronal and sagittal reformats. DLP %d mGy*cm.",
     [("Brain", "Grey-white matter differentiation is preserved."), ("Ventricles", "Ventricles and sulci appropriate for age."),
      ("Extra-axial", "No extra-axial collection."), ("Bones/sinuses", "Calvarium intact. Visualized paranasal sinuses clear.")],
     ["Hyperdense focus in the left lentiform nucleus measuring 2.4 x 1.8 cm with surrounding edema, volume approx 6 mL.",
      "Crescentic mixed-density right subdural collection, 9 mm maximal thickness, with 4 mm leftward midline shift.",
      "Loss of insular ribbon on the left with hyperdense left MCA sign.",
      "Moderate periventricular white matter hypodensities, likely chronic small vessel ischemic change."],
     ["No acute intracranial abnormality.", "Acute left basal ganglia intraparenchymal hemorrhage. Neurosurgery aware.",
      "Acute on chronic right subdural hematoma with mild mass effect.", "Early left MCA territory infarct; ASPECTS 8."],
     ["fall on anticoagulation", "headache", "confusion", "code stroke", "head trauma"]),
    ("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "Helical CT of the abdomen and pelvis following 100 mL Omnipaque 350 IV. Portal venous phase.",
     [("Liver", "Liver normal in size and attenuation. No focal lesion."), ("Gallbladder/biliary", "Gallbladder unremarkable. No biliary dilatation."),
      ("Pancreas/spleen/adrenals", "Unremarkable."), ("Kidneys", "Kidneys enhance symmetrically. No hydronephrosis."),
      ("Bowel", "No bowel obstruction. Normal appendix."), ("Other", "No free air or free fluid. No lymphadenopathy.")],
     ["Dilated appendix measuring 12 mm with periappendiceal fat stranding; no extraluminal gas.",
      "Multiple dilated fluid-filled small bowel loops up to 3.8 cm with transition point in the right lower quadrant.",
      "Sigmoid wall thickening with pericolonic stranding and a 2.8 cm rim-enhancing collection.",
      "Peripancreatic fat stranding and fluid without necrosis.", "Moderate volume ascites and a nodular liver contour."],
     ["No acute abdominopelvic process.", "Acute uncomplicated appendicitis.",
      "Small bowel obstruction with transition point in the RLQ, likely adhesive. No CT signs of ischemia.",
      "Acute sigmoid diverticulitis with small pericolic abscess."],
     ["RLQ pain", "abdominal pain, vomiting", "LLQ pain, fever", "weight loss", "elevated lipase"]),
    ("CT PULMONARY ANGIOGRAM", "CT angiography of the chest using a PE protocol; 70 mL Isovue 370.",
     [("Pulmonary arteries", "Adequate opacification to the subsegmental level. No filling defect."),
      ("Heart", "RV:LV ratio less than 1."), ("Lungs", "Lungs are clear apart from dependent atelectasis."), ("Pleura", "No effusion.")],
     ["Filling defects in the right and left lower lobe segmental arteries.", "Saddle embolus straddling the main pulmonary artery bifurcation.",
      "RV:LV ratio 1.2 with reflux of contrast into the IVC.", "Wedge-shaped peripheral opacity in the right lower lobe, likely infarct."],
     ["No pulmonary embolism.", "Bilateral segmental pulmonary emboli with CT evidence of right heart strain.",
      "Acute pulmonary emboli as described. Critical result called to Dr. %s at %02d:%02d."],
     ["pleuritic chest pain, tachycardia", "SOB, positive D-dimer", "hypoxia post-op"]),
    ("ULTRASOUND ABDOMEN - RUQ", "Grayscale and colour Doppler sonography of the right upper quadrant.",
     [("Liver", "Normal echotexture, no focal lesion. Hepatopetal portal flow."), ("Gallbladder", "No stones, wall not thickened."),
      ("CBD", "CBD measures 4 mm."), ("Pancreas", "Visualized portions unremarkable."), ("Right kidney", "No hydronephrosis.")],
     ["Multiple mobile echogenic shadowing gallstones, largest 1.8 cm.", "Gallbladder wall thickened to 5 mm with pericholecystic fluid; sonographic Murphy sign positive.",
      "Coarse, nodular liver with moderate ascites.", "CBD dilated to 9 mm with an echogenic focus distally."],
     ["Normal RUQ ultrasound.", "Findings compatible with acute calculous cholecystitis.", "Cholelithiasis without sonographic evidence of cholecystitis.",
      "Choledocholithiasis suspected; consider MRCP."],
     ["RUQ pain", "elevated LFTs", "jaundice"]),
    ("MRI BRAIN WITH AND WITHOUT GADOLINIUM", "Multiplanar multisequence MRI of the brain before and after 7 mL gadobutrol.",
     [("Parenchyma", "No restricted diffusion. No abnormal enhancement."), ("Ventricles", "Normal size and configuration."),
      ("Vessels", "Normal flow voids."), ("Other", "Orbits and sinuses unremarkable.")],
     ["Focus of restricted diffusion in the left corona radiata measuring 1.1 cm.", "Ring-enhancing lesion in the right frontal lobe 2.3 cm with vasogenic edema.",
      "Multiple ovoid periventricular T2/FLAIR hyperintensities perpendicular to the lateral ventricles.", "Left mesial temporal sclerosis."],
     ["Normal MRI brain.", "Acute left corona radiata lacunar infarct.", "Solitary ring-enhancing right frontal lesion; differential includes metastasis vs abscess.",
      "Findings suggestive of demyelinating disease."],
     ["new seizure", "TIA", "visual disturbance", "headache with red flags"]),
    ("MRI LUMBAR SPINE WITHOUT CONTRAST", "Sagittal T1, T2, STIR and axial T2 images of the lumbar spine.",
     [("Alignment", "Normal lumbar lordosis."), ("Conus", "Terminates at L1."), ("L3-4", "No stenosis."), ("L4-5", "Mild disc bulge, no stenosis."),
      ("L5-S1", "No significant neural compression.")],
     ["L4-5 broad-based disc bulge with superimposed right paracentral extrusion compressing the traversing right L5 nerve root.",
      "Severe central canal stenosis at L3-4 due to disc bulge, facet and ligamentum flavum hypertrophy.",
      "T2 hyperintensity of L2-L3 vertebral bodies and disc with enhancing phlegmon."],
     ["Mild degenerative change without neural compression.", "Right L4-5 disc extrusion with L5 nerve root compression.",
      "Severe L3-4 spinal stenosis.", "Findings concerning for L2-3 discitis-osteomyelitis."],
     ["low back pain with radiculopathy", "bilateral leg weakness", "back pain and fever"]),
    ("DUPLEX ULTRASOUND LOWER EXTREMITY VEINS - LEFT", "Compression and colour Doppler of the left CFV, FV, popliteal and calf veins.",
     [("Common femoral", "Compressible with normal phasic flow."), ("Femoral", "Compressible."), ("Popliteal", "Compressible."),
      ("Calf veins", "Posterior tibial and peroneal veins patent.")],
     ["Non-compressible left popliteal and femoral veins containing echogenic thrombus.", "Isolated peroneal vein thrombus.",
      "Baker cyst measuring 4.2 x 1.6 cm."],
     ["No DVT in the left lower extremity.", "Acute left femoropopliteal DVT.", "Isolated distal DVT; consider repeat in 1 week if not anticoagulated."],
     ["leg swelling", "calf pain", "r/o DVT"]),
    ("XR KNEE RIGHT 3 VIEWS", "AP, lateral and sunrise views.",
     [("Bones", "No fracture."), ("Joint", "Joint spaces preserved."), ("Soft tissues", "No effusion.")],
     ["Severe medial joint space narrowing with subchondral sclerosis and osteophytes.", "Moderate suprapatellar effusion.",
      "Chondrocalcinosis of the menisci.", "Non-displaced lateral tibial plateau fracture."],
     ["Normal right knee.", "Severe tricompartmental osteoarthritis, medial predominant.", "Tibial plateau fracture; CT recommended."],
     ["knee pain", "fall", "pre-op TKA"]),
    ("ULTRASOUND RENAL", "Renal and bladder sonography.",
     [("Right kidney", "10.8 cm, normal cortical thickness."), ("Left kidney", "11.2 cm."), ("Bladder", "Unremarkable; PVR 30 mL.")],
     ["Moderate left hydronephrosis with a 6 mm obstructing UVJ calculus.", "Bilaterally echogenic small kidneys (8.9 and 9.1 cm) with cortical thinning.",
      "Simple cyst upper pole right kidney, 2.4 cm (Bosniak I)."],
     ["Normal renal ultrasound.", "Left hydronephrosis secondary to distal ureteric calculus.", "Findings in keeping with chronic medical renal disease."],
     ["AKI", "flank pain", "hematuria"]),
    ("MAMMOGRAM DIAGNOSTIC BILATERAL", "CC and MLO views bilaterally with spot compression of the right breast.",
     [("Density", "Heterogeneously dense breasts (ACR C)."), ("Right", "No suspicious mass or calcification."), ("Left", "Stable benign-appearing calcifications.")],
     ["Irregular spiculated mass right breast 10 o'clock, 3 cm from nipple, 1.4 cm.", "Fine pleomorphic calcifications in a segmental distribution left UOQ."],
     ["BI-RADS 1: Negative.", "BI-RADS 5: Highly suggestive of malignancy. US-guided biopsy recommended.", "BI-RADS 4B: Stereotactic biopsy recommended."],
     ["palpable lump", "screening recall", "breast pain"]),
    ("CT CHEST WITH CONTRAST", "Axial CT of the chest after IV contrast, 1.25 mm reconstructions.",
     [("Airways", "Patent."), ("Lungs", "No nodules or consolidation."), ("Mediastinum", "No adenopathy."), ("Upper abdomen", "Unremarkable.")],
     ["Spiculated 2.4 cm RUL nodule with pleural tethering.", "Enlarged right paratracheal node 1.6 cm short axis.",
      "Centrilobular and paraseptal emphysema, upper lobe predominant.", "Moderate right pleural effusion with enhancing pleura."],
     ["No acute findings in the chest.", "Spiculated RUL mass with mediastinal adenopathy, suspicious for primary lung malignancy. PET-CT recommended.",
      "Complex right pleural effusion, empyema not excluded."],
     ["abnormal CXR", "weight loss, hemoptysis", "staging"]),
    ("TRANSTHORACIC ECHOCARDIOGRAM", "Complete 2D, M-mode, colour and spectral Doppler TTE. %s image quality." ,
     [("LV", "Normal size and wall thickness; LVEF 60% by biplane Simpson."), ("RV", "Normal size and systolic function, TAPSE 22 mm."),
      ("Valves", "No significant stenosis or regurgitation."), ("Atria", "Normal size."), ("Pericardium", "No effusion."),
      ("Estimated RVSP", "26 mmHg, IVC <2.1 cm with >50% collapse.")],
     ["Severely reduced LV systolic function, LVEF 25-30% with global hypokinesis.", "Moderate-severe mitral regurgitation, central jet.",
      "Severe aortic stenosis: peak velocity 4.3 m/s, mean gradient 46 mmHg, AVA 0.7 cm2.", "Moderate circumferential pericardial effusion without tamponade physiology."],
     ["Normal echocardiogram.", "Severe LV systolic dysfunction.", "Moderate to severe MR.", "Severe aortic stenosis; refer to heart team."],
     ["dyspnea", "new murmur", "HF", "pre-chemo baseline"]),
    ("NUCLEAR MYOCARDIAL PERFUSION IMAGING (REGADENOSON SPECT)", "Rest/stress Tc-99m sestamibi SPECT with regadenoson 0.4 mg IV; gated images.",
     [("Stress ECG", "No ischemic ST changes; symptoms of flushing only."), ("Perfusion", "Normal homogeneous tracer uptake at stress and rest."),
      ("Gated", "Normal wall motion, post-stress LVEF 62%."), ("TID", "Ratio 1.02.")],
     ["Medium-sized, moderate-intensity reversible defect in the mid to apical anterior wall and apex.", "Fixed inferior defect consistent with prior infarct, no ischemia."],
     ["Normal myocardial perfusion study; low risk.", "Reversible anterior/apical defect consistent with LAD ischemia; intermediate-high risk.",
      "Inferior scar without peri-infarct ischemia."],
     ["chest pain, unable to exercise", "pre-op risk stratification", "abnormal ECG"]),
    ("VENTILATION/PERFUSION SCAN", "Tc-99m MAA perfusion and Tc-99m DTPA aerosol ventilation images in 8 projections.",
     [("Perfusion", "Homogeneous perfusion in both lungs."), ("Ventilation", "Normal ventilation."), ("CXR correlation", "Clear chest radiograph within 24 h.")],
     ["Multiple segmental perfusion defects in the right lower lobe and left upper lobe with normal ventilation (mismatched)."],
     ["Normal perfusion - PE excluded.", "High probability for pulmonary embolism (PIOPED II)."],
     ["pregnant, SOB, ?PE", "contrast allergy, ?PE", "CKD, ?PE"]),
    ("ULTRASOUND PELVIS TRANSABDOMINAL AND TRANSVAGINAL", "Transabdominal and transvaginal sonography of the pelvis.",
     [("Uterus", "Anteverted, 7.9 cm, endometrium 6 mm."), ("Right ovary", "Normal with follicles."), ("Left ovary", "Normal."), ("Free fluid", "None.")],
     ["Intramural fibroid 3.2 cm posterior wall.", "Complex right adnexal cyst 5.1 cm with internal septation and vascular flow.",
      "Endometrial thickness 14 mm, heterogeneous."],
     ["Normal pelvic ultrasound.", "Complex right adnexal lesion (O-RADS 4); MRI recommended.", "Thickened endometrium in a postmenopausal patient; tissue sampling recommended."],
     ["pelvic pain", "postmenopausal bleeding", "menorrhagia"]),
]


RAD_EXTRA = {
    "XR": ["Support devices: none.", "Soft tissues unremarkable.", "No subdiaphragmatic free air.", "Degenerative change of the thoracic spine.",
           "Visualized upper abdomen unremarkable.", "No radiopaque foreign body."],
    "CT": ["Visualized lung bases are clear.", "No suspicious osseous lesion.", "Vascular structures: mild atherosclerotic calcification, no aneurysm.",
           "Body wall: small fat-containing umbilical hernia.", "Lymph nodes: no pathologically enlarged nodes by size criteria.",
           "Thyroid and visualized neck base unremarkable.", "Orbits and mastoid air cells are clear."],
    "US": ["Spleen measures 10.4 cm, normal.", "Aorta and IVC unremarkable where seen.", "No free fluid.",
           "Bowel gas limits evaluation of the pancreatic tail.", "Patient body habitus limits sensitivity."],
    "MR": ["No marrow replacing process.", "Paraspinal soft tissues unremarkable.", "Normal signal in the visualized cord.",
           "Major intracranial vascular flow voids preserved.", "Partially imaged structures unremarkable."],
    "MA": ["Skin and nipple areolar complex unremarkable.", "Axillary regions: no suspicious nodes.", "No architectural distortion."],
    "NONE": ["Study performed and interpreted per laboratory accreditation standards.", "Heart rhythm during acquisition: sinus.",
             "Patient tolerated the study without complication."],
    "DU": ["Contralateral CFV waveform phasic.", "Superficial veins unremarkable.", "No popliteal fluid collection."],
}


def gen_radiology_report(ctx):
    r = ctx.rng
    cands = [s for s in STUDIES if sex_ok(ctx, s[0] + s[1])]
    studies = pick(r, cands, 2 if r.random() < 0.35 else 1)
    parts = []
    parts.append(r.choice(["DIAGNOSTIC IMAGING REPORT", "RADIOLOGY REPORT", "Department of Medical Imaging", "IMAGING REPORT", "Diagnostic Imaging"]))
    for k, st in enumerate(studies):
        if k:
            parts.append("")
            parts.append(r.choice(["-" * 40, "*** Additional examination, same visit ***", "=" * 40]))
        parts.extend(rad_one(ctx, st))
    return "\n".join(parts)


def rad_one(ctx, st):
    r = ctx.rng
    title, tech, normal, abn, imps, inds = st
    abnormal = r.random() < 0.6
    parts = []
    parts.append("Exam: %s" % title)
    parts.append("Priority: %s   Patient location: %s   Performed: %s" % (
        r.choice(["STAT", "Urgent", "Routine", "ASAP"]), r.choice(["ED", "ward", "ICU", "outpatient", "day hospital"]),
        r.choice(["portable", "department", "Room %d" % r.randint(1, 9)])))
    parts.append("Accession: %s%d   Exam date: %s" % (r.choice(["CT", "DI", "RAD", "A"]), r.randint(1000000, 9999999), ctx.dt()))
    parts.append("Ordering: Dr. %s    Location: %s" % (ctx.doctor(), r.choice(["ED", "Inpatient 6W", "ICU", "Outpatient", "Fracture clinic"])))
    parts.append("")
    parts.append("CLINICAL HISTORY: %s%s. %s" % (r.choice(inds), maybe(r, 0.5, ". %d%s" % (ctx.age, ctx.sex)), r.choice([
        "Clinical question: %s?" % lc(r.choice(r.choice(P)["names"])), "Please assess for acute pathology.",
        "History of %s." % r.choice(PMH_LIST), "Ordering clinician requests comparison with prior.", ""])))
    if r.random() < 0.5 and ("CT" in title or "MRI" in title):
        parts.append("Creatinine/eGFR checked prior to contrast: eGFR %d. Screening questionnaire reviewed by technologist." % r.randint(35, 110))
    parts.append("")
    if "%d" in tech:
        tech = tech % r.randint(600, 1400)
    elif "%s" in tech:
        tech = tech % r.choice(["Good", "Fair", "Technically limited"])
    parts.append("TECHNIQUE: " + tech)
    if r.random() < 0.3 and "CT" in title:
        parts.append("Radiation dose reduction techniques used per department protocol.")
    parts.append("")
    parts.append("COMPARISON: " + r.choice(["None.", "None available.", "%s dated %s." % (r.choice(["Radiograph", "CT", "Prior study"]),
                                                                                  ctx.d(ctx.date - timedelta(days=r.randint(30, 1500)))),
                                         "Outside images not available for comparison."]))
    parts.append("")
    parts.append("FINDINGS:")
    js = sorted(r.sample(range(len(abn)), r.randint(1, min(2, len(abn))))) if abnormal else []
    found = [abn[j] for j in js]
    norm = list(normal)
    if found and len(norm) > 2:
        norm.pop(r.randrange(len(norm)))
    if r.random() < 0.5:
        for reg, txt in normal if not found else norm:
            parts.append("%s: %s" % (reg, txt))
        for f in found:
            parts.append(f)
    else:
        parts.append(" ".join(found + ["%s: %s" % (reg, t[:1].lower() + t[1:]) for reg, t in norm]))
    fam = "MA" if title.startswith("MAMMO") else ("DU" if title.startswith("DUPLEX") else title[:2])
    if title.startswith(("TRANSTHORACIC", "NUCLEAR", "VENTILATION")):
        fam = "NONE"
    for extra in pick(r, RAD_EXTRA.get(fam, RAD_EXTRA["XR"]), r.randint(2, 5)):
        parts.append(extra)
    if r.random() < 0.3 and title.startswith("CT"):
        parts.append(r.choice(["Incidental 4 mm pulmonary nodule; no follow-up required for a low-risk patient.",
                               "Degenerative changes of the visualized spine.", "Atherosclerotic calcification of the aorta."]))
    parts.append("")
    parts.append("IMPRESSION:")
    out = []
    if not abnormal:
        out.append(imps[0])
    for j in js:
        if 1 + j < len(imps):
            i = imps[1 + j]
        else:
            i = r.choice(["", "Abnormal study: "]) + abn[j]
        if "%s" in i:
            i = i % (ctx.doctor().split()[-1], r.randint(0, 23), r.randint(0, 59))
        out.append(i)
    parts.append(bullets(r, out, "num") if len(out) > 1 else out[0])
    parts.append("")
    if abnormal and r.random() < 0.5:
        parts.append("")
        parts.append("RECOMMENDATION: " + r.choice([
            "Clinical correlation and follow-up imaging as indicated above.",
            "Suggest correlation with prior outside imaging if available.",
            "Multidisciplinary review recommended.",
            "Consider follow-up in 3 months.",
        ]))
    if abnormal and r.random() < 0.4:
        parts.append("Results discussed by telephone with %s at %02d:%02d; read-back confirmed." % (
            r.choice(["the ordering physician", "the ED physician", "the charge nurse", "Dr. " + ctx.doctor()]), r.randint(0, 23), r.randint(0, 59)))
    rad = ctx.doctor()
    if r.random() < 0.4:
        parts.append("Preliminary report by %s, Radiology resident. Final report reviewed and approved by staff radiologist." % ctx.trainee)
    parts.append("Dictated by: Dr. %s%s" % (rad, r.choice([", Radiologist", ", MD FRCPC", ", MD", ""])))
    parts.append("Signed: %s" % ctx.dt(ctx.date + timedelta(days=r.randint(0, 1))))
    if r.random() < 0.15:
        parts.append("")
        parts.append("ADDENDUM (%s): %s" % (ctx.d(ctx.date + timedelta(days=1)), r.choice([
            "On further review with comparison to outside images now available, the finding is unchanged and likely chronic.",
            "Correction: laterality in the findings section should read LEFT. Impression unchanged.",
            "Discussed at multidisciplinary rounds; recommendation stands."])))
    return parts


def gen_nursing_note(ctx):
    r = ctx.rng
    probs = choose_problems(ctx, 2)
    nurse = "%s %s" % (r.choice(FIRST), r.choice(DOC_LAST))
    cred = r.choice(["RN", "RN, BScN", "RPN", "LPN", "RN (charge)", "RN, BSN"])
    shift = r.choice(["0700-1900", "1900-0700", "Day shift", "Night shift", "0730-1930"])
    style = r.randint(0, 2)
    parts = [r.choice(["NURSING PROGRESS NOTE", "Nursing Note", "Nursing Shift Assessment", "Nursing Narrative", "RN Note"])]
    parts.append("Unit: %s  Rm %d-%s   Shift: %s" % (r.choice(["7 North Medicine", "CCU", "Surgical Step-Down", "4B Ortho", "Oncology 9E",
                                                            "ICU", "Neuro Stepdown", "Geriatric ACE unit"]),
                                                 r.randint(100, 999), r.choice("ABCD"), shift))
    parts.append("Date: %s" % ctx.d())
    parts.append("")
    if style == 0:
        parts.append("Focus: " + r.choice(["Pain", "Fall risk", "Respiratory status", "Skin integrity", "Discharge planning", "Confusion",
                                           "Post-op assessment", "Fluid balance"]))
        parts.append("D: " + r.choice([
            "Pt c/o %s pain %d/10 to %s. Grimacing with movement." % (r.choice(["sharp", "dull", "aching", "burning"]), r.randint(4, 9),
                                                                   r.choice(["incision", "lower back", "L hip", "abdomen", "chest wall"])),
            "Pt found trying to climb out of bed at %02d:%02d, pulling at IV. Disoriented to time and place." % (r.randint(0, 5), r.randint(0, 59)),
            "SpO2 dropped to %d%% on %s with increased WOB, RR %d." % (r.randint(84, 89), r.choice(["RA", "2L NC"]), r.randint(24, 32)),
            "Stage 2 pressure injury noted to sacrum 2 x 3 cm, pink wound bed, no slough.",
        ]))
        parts.append("A: " + r.choice([
            "Administered hydromorphone %.1f mg PO as per PRN order; repositioned with pillows." % r.choice([1.0, 2.0]),
            "Bed alarm on, bed lowered, hourly rounding initiated; sitter requested.",
            "Sat upright, O2 increased to %dL NC, MD paged (Dr. %s)." % (r.randint(3, 5), ctx.trainee.split()[-1]),
            "Cleansed with NS, Mepilex applied, q2h turns, wound care RN referral placed.",
        ]))
        parts.append("R: " + r.choice([
            "Pain reassessed 45 min later: %d/10, resting." % r.randint(1, 3),
            "Pt settled, sleeping by %02d:%02d. Family updated." % (r.randint(1, 6), r.randint(0, 59)),
            "SpO2 now %d%%, RR %d. Will continue to monitor." % (r.randint(92, 97), r.randint(16, 22)),
            "Pt tolerated dressing change. Will reassess next shift.",
        ]))
    elif style == 1:
        parts.append("S: " + r.choice(["Situation - ", ""]) + r.choice([
            "%d%s admitted with %s, now day %d." % (ctx.age, ctx.sex, lc(r.choice(probs[0]["names"])), r.randint(1, 9)),
            "Pt post-op day %d, %s." % (r.randint(0, 3), r.choice(["lap chole", "R TKA", "hip IM nail", "bowel resection"]))]))
        parts.append("B: PMH " + ", ".join(spick(ctx, PMH_LIST, 3)) + ". Allergies: " + r.choice(ALLERGIES))
        parts.append("A: " + vitals(ctx, style=0) + ". " + r.choice([
            "Alert and oriented x3.", "Lungs coarse bilat.", "Abdomen soft, +BS, passing flatus.", "Dressing dry and intact.",
            "Voiding qs.", "Foley draining clear yellow urine %d mL this shift." % r.randint(400, 1600)]))
        parts.append("R: " + r.choice(["Continue to monitor, MD aware.", "Request review of PRN analgesia.",
                                       "Recommend PT reassessment before discharge.", "Handover given to oncoming RN."]))
    else:
        hrs = sorted(r.sample(range(0, 24), r.randint(5, 8)))
        ev = ["Received pt in bed, report from previous RN at bedside.", "Assessment completed, see flowsheet.",
              "Pt ambulated to bathroom with walker and 1 assist, steady.", "Voided 350 mL clear yellow urine.",
              "PRN acetaminophen 650 mg PO given for headache.", "Dr. %s at bedside to assess." % ctx.trainee.split()[-1],
              "IV site red and tender - IV removed, restarted L hand.", "Pt ate 50% of supper.", "Family visiting, questions re: discharge.",
              "Pt sleeping, resp even and unlaboured.", "Repositioned q2h, heels offloaded with pillows.",
              "Porter took pt to CT, returned %s." % r.choice(["stable", "with IV intact", "drowsy but rousable"]),
              "Oral care and mouth swabs done.", "PT saw pt, walked in hallway x2.", "Bladder scan 420 mL, in/out cath per order, 500 mL drained.", "Blood glucose low at 3.6 - juice given, recheck 6.2." if ctx.canada else
              "FSBG 62 - juice given, recheck 118.", "Dressing reinforced, small serosanguinous ooze.", "Tele: sinus rhythm 70s."]
        for h, e in zip(hrs, pick(r, ev, len(hrs))):
            parts.append("%02d%02d  %s" % (h, r.choice([0, 10, 15, 30, 45]), e))
    # head-to-toe in all styles
    parts.append("")
    parts.append("Systems assessment:")
    sys_lines = [
        "Neuro: " + r.choice(["A&Ox3, GCS 15, PERL.", "A&Ox2, pleasantly confused, follows commands.", "Drowsy, rousable to voice."]),
        "Resp: " + r.choice(["Lungs clear, RA, no distress.", "Fine crackles bases, on 2L NC, sat 94%.", "Diminished R base, encouraged IS 10x/h."]),
        "CV: " + r.choice(["S1S2, peripheral pulses palpable, cap refill <3 s.", "Irregular HR on tele, BP stable.", "+1 pedal edema bilat."]),
        "GI: " + r.choice(["Tolerating diet, BM today.", "NPO, NG to LIWS draining 250 mL bilious.", "Nauseous x1, ondansetron given with effect."]),
        "GU: " + r.choice(["Voiding independently.", "Foley in situ.", "Incontinent x2, brief changed, peri-care done."]),
        "Skin: " + r.choice(["Intact, Braden %d." % r.randint(12, 22), "Incision well approximated, no drainage.",
                              "Bruising to forearms (anticoagulated)."]),
        "Mobility: " + r.choice(["Ambulates with 1 assist and walker.", "Bedrest.", "Up to chair with mechanical lift.", "Independent."]),
        "Lines: " + r.choice(["PIV R forearm 20G, patent, site clean.", "PICC L arm, dressing changed.", "CVC R IJ, all lumens flushed."]),
        "Safety: " + r.choice(["Bed low, call bell in reach, non-slip socks.", "High fall risk - bed alarm on.", "Sitter at bedside."]),
        "Psychosocial: " + r.choice(["Family visited.", "Anxious about discharge, reassured.", "Tearful; SW referral."]),
    ]
    parts.append("\n".join(sys_lines if r.random() < 0.6 else pick(r, sys_lines, 6)))
    parts.append("")
    if r.random() < 0.7:
        parts.append("")
        parts.append("Vitals this shift: " + vitals(ctx, style=r.choice([0, 3])))
        parts.append("Fall risk (Morse): %d   Braden: %d   Pain tool: %s" % (r.choice([15, 25, 45, 55, 75]), r.randint(11, 22),
                                                                            r.choice(["NRS", "PAINAD", "CPOT"])))
    parts.append("Meds: " + r.choice(["All scheduled meds given as per MAR.", "Held metoprolol 0800 - HR 52, MD notified.",
                                      "Refused 2200 enoxaparin - educated, MD aware.", "IV abx given on time."]))
    parts.append(io_line(ctx))
    if r.random() < 0.6:
        parts.append("Pain scores: %s" % ", ".join("%02d00 %d/10" % (h, r.randint(0, 8)) for h in sorted(r.sample(range(0, 24), 3))))
    if r.random() < 0.5:
        parts.append("Glucometer: %s" % ", ".join("%.1f" % r.uniform(4.5, 15) if ctx.canada else str(r.randint(80, 270)) for _ in range(3)))
    parts.append("")
    parts.append("Patient/family education: " + r.choice([
        "reviewed purpose and side effects of new anticoagulant; teach-back done.", "incentive spirometer technique reinforced.",
        "call-don't-fall reminder given; pt repeated back.", "low-sodium diet handout given to wife.", "insulin pen technique demonstrated; return demo satisfactory."]))
    parts.append(r.choice(["Plan for next shift:", "To do:", "Handover:"]))
    parts.append(bullets(r, pick(r, ["AM labs drawn", "f/u with team re: diet order", "PT to see in AM", "family meeting 1400",
                                     "reassess pain at 0200", "bladder scan if no void by 0400", "dressing change due", "CXR at 0600",
                                     "discharge teaching - meds and follow-up", "NPO after midnight for OR"], r.randint(2, 4)), "-"))
    parts.append("")
    parts.append("%s, %s  %s" % (nurse, cred, ctx.dt()))
    return "\n".join(parts)


def gen_therapy_note(ctx):
    r = ctx.rng
    disc = r.choice(["PT", "OT", "SLP", "RT", "PT"])
    who = "%s %s" % (r.choice(FIRST), r.choice(DOC_LAST))
    probs = choose_problems(ctx, 2)
    cred = {"PT": r.choice(["PT", "MScPT", "DPT", "PT Reg. (ON)"]), "OT": r.choice(["OT Reg.", "OTR/L", "MScOT"]),
            "SLP": r.choice(["SLP(C)", "MS, CCC-SLP", "Reg. CASLPO"]), "RT": r.choice(["RRT", "RRT, CRE"])}[disc]
    title = {"PT": ["Physiotherapy Initial Assessment", "PHYSICAL THERAPY TREATMENT NOTE", "Physiotherapy Progress Note", "PT Daily Note"],
             "OT": ["Occupational Therapy Assessment", "OT Progress Note", "OCCUPATIONAL THERAPY - HOME SAFETY / ADL ASSESSMENT"],
             "SLP": ["Speech-Language Pathology Swallowing Assessment", "SLP Clinical Bedside Swallow Evaluation", "SLP Follow-up"],
             "RT": ["Respiratory Therapy Note", "RT Assessment - Airway Clearance"]}[disc]
    parts = [r.choice(title)]
    tin = r.randint(8, 15)
    parts.append("Date: %s   Time in/out: %02d:%02d / %02d:%02d" % (ctx.d(), tin, r.choice([0, 15, 30]), tin + 1, r.choice([0, 15, 30, 45])))
    parts.append("Referral reason: " + r.choice({
        "PT": ["mobility assessment post %s" % r.choice(["hip fracture", "TKA", "prolonged admission", "stroke"]), "falls risk, discharge planning"],
        "OT": ["ADL assessment, cognition screen", "home safety / equipment needs", "upper extremity function post stroke"],
        "SLP": ["failed nursing swallow screen", "coughing with thin fluids", "dysarthria/aphasia assessment"],
        "RT": ["secretion clearance", "CPAP titration", "bronchodilator protocol"]}[disc]))
    parts.append("Dx: " + r.choice(probs[0]["names"]) + maybe(r, 0.5, "; PMH " + ", ".join(spick(ctx, PMH_LIST, 2))))
    parts.append("Precautions: " + r.choice(["falls", "WBAT LLE", "hip precautions (posterior)", "NWB R arm", "O2 to keep sat >90%",
                                             "aspiration", "sternal precautions", "none"]))
    parts.append("Prior level of function: " + r.choice([
        "independent with ADLs/IADLs, ambulated community distances without aid, still driving.",
        "used a cane outdoors, help from daughter for groceries and cleaning.", "wheelchair for long distances, independent transfers.",
        "independent, working full-time, active (hikes weekly)."]))
    parts.append("Home setup: " + r.choice(["2-storey house, 12 stairs with one rail, main-floor powder room.", "apartment, elevator, walk-in shower with grab bar.",
                                            "bungalow, 3 steps to enter, tub/shower combination.", "retirement home, meals provided."]))
    parts.append("")
    parts.append("S: " + r.choice([
        "Pt agreeable to therapy. Reports pain %d/10 at rest, %d/10 with movement." % (r.randint(0, 3), r.randint(3, 7)),
        "Pt states 'I just want to get home to my dog.' Lives %s." % r.choice(["alone in a 2-storey house, bedroom upstairs",
                                                                             "with spouse in bungalow, 3 steps to enter with rail",
                                                                             "in a condo with elevator"]),
        "Pt reports coughing when drinking tea. Wears upper denture.",
        "Pt fatigued after HD this AM but willing to participate.",
    ]))
    parts.append("")
    parts.append("O:")
    if disc == "PT":
        items = ["Bed mobility: %s" % r.choice(["independent", "min A x1", "mod A x1 with rail", "SBA"]),
                 "Sit-to-stand: %s from %s" % (r.choice(["min A", "SBA", "CGA", "mod A x2"]), r.choice(["bed", "chair with armrests"])),
                 "Gait: ambulated %d m with %s, %s" % (r.randint(5, 120), r.choice(["2WW", "4WW", "cane", "no aid"]),
                                                         r.choice(["antalgic", "decreased step length", "steady", "shuffling, narrow BOS"])),
                 "Stairs: %s" % r.choice(["not attempted", "6 steps with rail, step-to pattern, CGA", "unable"]),
                 "Balance: Berg %d/56" % r.randint(18, 52), "TUG %d s" % r.randint(11, 40),
                 "Strength: hip flexion %d/5, knee extension %d/5" % (r.randint(2, 5), r.randint(3, 5)),
                 "SpO2 %d%% at rest -> %d%% with ambulation" % (r.randint(93, 99), r.randint(86, 95))]
    elif disc == "OT":
        items = ["Upper body dressing: %s" % r.choice(["set-up", "independent", "min A"]),
                 "Lower body dressing: %s with reacher/sock aid" % r.choice(["mod A", "min A", "SBA"]),
                 "Toileting: %s, raised toilet seat recommended" % r.choice(["min A", "SBA"]),
                 "Grooming at sink: seated, %s" % r.choice(["independent", "set-up"]),
                 "MoCA %d/30 (deficits in %s)" % (r.randint(14, 29), r.choice(["delayed recall", "visuospatial/executive", "attention"])),
                 "Grip (dynamometer) R %d kg, L %d kg" % (r.randint(10, 40), r.randint(10, 40)),
                 "Kitchen task: %s" % r.choice(["safe", "required cueing for sequencing", "left stove on - unsafe"])]
    elif disc == "SLP":
        items = ["Oral mech: %s" % r.choice(["mild R facial weakness", "WFL", "reduced lingual ROM"]),
                 "Voice: %s" % r.choice(["wet after thin liquids", "clear", "hoarse"]),
                 "Trials: thin via cup - %s; thin via tsp - %s; puree - %s; soft solid - %s" % tuple(
                     r.choice(["WFL", "coughing", "delayed swallow initiation", "wet voice", "prolonged mastication"]) for _ in range(4)),
                 "Laryngeal elevation: %s on palpation" % r.choice(["reduced", "adequate"]),
                 "Cognition/communication: %s" % r.choice(["word-finding difficulty, follows 2-step commands", "alert, appropriate"])]
    else:
        items = ["Breath sounds: %s" % r.choice(["coarse crackles bilat", "diminished bases", "expiratory wheeze"]),
                 "Cough: %s" % r.choice(["weak, non-productive", "strong, productive of thick yellow sputum"]),
                 "Treatment: %s" % r.choice(["salbutamol 5 mg neb", "PEP device x 10 breaths x 3 sets", "NT suction - moderate thick secretions",
                                            "CPAP 10 cmH2O trial overnight"]),
                 "SpO2 pre %d%% / post %d%%" % (r.randint(86, 93), r.randint(92, 98)),
                 "O2: %s" % r.choice(["2L NC", "HFNC 30L 35%", "RA"])]
    parts.append(bullets(r, items, "-"))
    parts.append("Vitals pre/post: HR %d/%d, BP %d/%d -> %d/%d, SpO2 %d%%/%d%%" % (
        r.randint(60, 90), r.randint(80, 115), r.randint(100, 150), r.randint(55, 90), r.randint(100, 160), r.randint(55, 95),
        r.randint(92, 99), r.randint(88, 97)))
    parts.append("Cognition: " + r.choice(["alert, follows 1-step commands consistently", "oriented x3, good insight", "impulsive, requires cueing for safety",
                                           "mild short-term memory deficits"]))
    parts.append("")
    parts.append("A: " + r.choice({
        "PT": ["Pt demonstrates decreased functional mobility and endurance below baseline. High falls risk. Progressing toward goals.",
               "Mobility limited by pain and deconditioning. Safe to ambulate on unit with nursing and walker.",
               "Not yet safe for discharge home alone; good rehab candidate."],
        "OT": ["Requires assistance with lower body ADLs; cognitive deficits impact safety for independent living.",
               "Functional for basic ADLs with equipment. IADL (meds, cooking) will need support."],
        "SLP": ["Moderate oropharyngeal dysphagia with signs of aspiration on thin fluids.",
                "Swallow function within functional limits for regular diet.",
                "Mild dysphagia; suspect delayed trigger. Instrumental assessment (VFSS) recommended."],
        "RT": ["Secretion burden improving with airway clearance.", "Bronchodilator responsive; continue protocol."]}[disc]))
    parts.append("")
    parts.append("P:")
    parts.append(bullets(r, pick(r, {
        "PT": ["gait training daily", "LE strengthening HEP issued", "stair training before d/c", "recommend 2WW for home",
               "refer to outpatient falls prevention program", "inpatient rehab referral"],
        "OT": ["bathroom equipment: tub transfer bench, raised toilet seat", "home visit before d/c", "cognitive re-assessment in 48 h",
               "recommend supervision with meds", "refer to home care OT"],
        "SLP": ["diet: minced and moist (IDDSI 5), mildly thick fluids (IDDSI 2)", "meds crushed in puree", "upright 90 degrees for meals",
                "VFSS booked", "SLP to follow 3x/week", "oral care BID"],
        "RT": ["continue nebs q4h", "PEP TID", "wean O2 to sat 92-96%", "CPAP nightly with home settings"]}[disc], 3), "-"))
    parts.append("Goals (%s): %s" % (r.choice(["1 wk", "2 wk", "by d/c"]), r.choice({
        "PT": ["independent ambulation 50 m with walker", "independent transfers", "safe on stairs with rail"],
        "OT": ["mod I with ADLs", "independent toileting with equipment", "return to home with spouse"],
        "SLP": ["safe oral intake without signs of aspiration", "upgrade to soft diet", "maintain hydration orally"],
        "RT": ["sat >92% on RA with exertion", "independent with airway clearance device"]}[disc])))
    parts.append("Education: " + r.choice([
        "falls prevention, energy conservation and pacing.", "home exercise program with written handout and pictures.",
        "safe swallowing strategies reviewed with pt and spouse; poster placed at bedside.", "use of equipment and safe transfers reviewed with family."]))
    parts.append("Discharge recommendations: " + r.choice([
        "home with outpatient therapy", "home with home care PT/OT", "inpatient rehabilitation", "slow-stream rehab / LTC assessment",
        "further assessment required before recommendation"]))
    parts.append("Treatment time: %d min. Pt educated, verbalized understanding." % r.randint(20, 60))
    parts.append("")
    parts.append("%s, %s" % (who, cred))
    if r.random() < 0.3:
        parts.append("Co-signed: %s %s, %s (clinical supervisor - student treatment)" % (r.choice(FIRST), r.choice(DOC_LAST), cred))
    return "\n".join(parts)


CLINICS = [
    ("Heart Function Clinic", "cardiology"), ("General Internal Medicine Clinic", None), ("Diabetes Clinic", "endocrinology"),
    ("Respirology Clinic", "respirology"), ("Kidney Care Clinic", "nephrology"), ("GI Clinic", "gastroenterology"),
    ("Stroke Prevention Clinic", "neurology"), ("Rheumatology Clinic", "rheumatology"), ("Hematology Clinic", "hematology"),
    ("Family Medicine Teaching Unit", None), ("Geriatric Day Hospital", "geriatrics"), ("Hepatology Clinic", "hepatology"),
    ("Outpatient Psychiatry", "psychiatry"), ("Fracture Clinic", "orthopedics"), ("Post-op Surgical Clinic", "general surgery"),
    ("Addiction Medicine Clinic", "addiction medicine"), ("Oncology Clinic", "oncology"),
]


def gen_clinic_note(ctx):
    r = ctx.rng
    clinic, svc = r.choice(CLINICS)
    probs = choose_problems(ctx, r.randint(2, 4), svc)
    p = probs[0]
    new = r.random() < 0.35
    parts = [r.choice(["OUTPATIENT CLINIC NOTE", "Clinic Visit", "%s - %s" % (clinic, "New Patient" if new else "Follow-up"),
                       "Ambulatory Progress Note", "Office Visit Note"])]
    parts.append("Clinic: %s   Visit date: %s" % (clinic, ctx.d()))
    parts.append("Visit type: %s" % r.choice(["in person", "in person", "virtual (video)", "telephone"] if ctx.date.year >= 2020 else ["in person"]))
    parts.append("Seen by: %s (%s) with Dr. %s" % (ctx.trainee, ctx.trainee_role, ctx.attending) if r.random() < 0.6 else "Provider: Dr. %s" % ctx.attending)
    parts.append("")
    if new:
        parts.append("Reason for referral: " + lc(r.choice(p["names"])) + ", referred by Dr. %s (family physician)." % ctx.doctor())
        parts.append("")
        parts.append("HPI: " + hpi_text(ctx, p, "clinic"))
    else:
        parts.append(r.choice(["Interval history:", "Since last visit:", "INTERVAL HISTORY"]))
        parts.append(" ".join(pick(r, [
            "Last seen %d months ago." % r.randint(2, 12),
            "%s reports good adherence to medications and no side effects." % cap(ctx.he),
            "Has had one ED visit since last appointment for %s; not admitted." % r.choice(["chest pain", "a fall", "SOB", "UTI"]),
            "Home BP log reviewed: averages 130s/80s.",
            "Weight stable at home.", "Exercise tolerance about 2 blocks, limited by knees.",
            "Stopped %s on own due to %s." % (r.choice(HOME_MEDS).split()[0], r.choice(["dizziness", "cost", "GI upset", "myalgias"])),
            "Mood has been low since the winter.", "No hospitalizations.", "Completed the course of physiotherapy.",
            "Glucose meter download: fasting 6-9, occasional lows overnight." if ctx.canada else "Meter download: fasting 110-160, rare lows.",
        ], r.randint(3, 6))))
    parts.append("")
    parts.append("Current medications:")
    parts.append(bullets(r, meds_list(ctx), "*"))
    parts.append("Allergies: " + r.choice(ALLERGIES))
    parts.append("")
    parts.append("Exam: " + vitals(ctx, sick=0.05, style=3))
    parts.append(exam_block(ctx, probs, brief=True, voice="clinic"))
    parts.append("")
    parts.append("Investigations reviewed: " + r.choice([
        lab_block(ctx, abnormal=0.2, style=2),
        "A1c %.1f%%, LDL %s, eGFR %d, UACR %s." % (r.uniform(6.0, 10.5), "%.1f mmol/L" % r.uniform(1.2, 4.2) if ctx.canada else "%d mg/dL" % r.randint(50, 160),
                                                 r.randint(25, 95), "%.1f mg/mmol" % r.uniform(0.5, 40) if ctx.canada else "%d mg/g" % r.randint(5, 300)),
        "Echo (%s): LVEF %d%%, %s." % (ctx.d(ctx.date - timedelta(days=r.randint(20, 200))), r.randint(20, 60), r.choice(["mild MR", "no significant valve disease", "grade II diastolic dysfunction"])),
        "PFTs: FEV1 %d%% predicted, FEV1/FVC %.2f, DLCO %d%%." % (r.randint(35, 95), r.uniform(0.45, 0.8), r.randint(40, 95)),
    ]))
    parts.append("")
    parts.append("Assessment and plan:")
    parts.append(ap_section(ctx, probs, style=5))
    parts.append("")
    parts.append(r.choice([
        "Counselling: discussed diet, exercise and medication adherence; %d minutes of the visit spent counselling." % r.randint(10, 25),
        "Patient understands and agrees with the plan. Written summary provided.",
        "Shared decision-making regarding the new medication: benefits, common side effects and monitoring reviewed.",
        "Smoking status reviewed; %s." % r.choice(["never smoker", "quit 2 years ago - congratulated", "currently smoking - brief intervention provided, varenicline offered"]),
    ]))
    parts.append("Follow-up: " + r.choice(["RTC %d months" % r.randint(1, 12), "return in 6 weeks with bloodwork", "discharge back to GP",
                                           "nurse phone check in 2 weeks", "PRN"]))
    if r.random() < 0.5:
        parts.append("Letter to referring physician: yes")
    parts.append("")
    parts.append(sign(ctx, ctx.trainee if r.random() < 0.5 else ctx.attending))
    if r.random() < 0.4:
        parts.append("Supervising physician: I saw the patient with the resident and agree with the plan as outlined.")
    return "\n".join(parts)


SPECIMENS = [
    ("Appendix, appendectomy", "Received in formalin labeled with the patient's name and 'appendix' is a %.1f cm appendix with attached mesoappendix. "
     "The serosa is dull and tan with fibrinous exudate. The lumen contains %s. Representative sections including tip submitted in 1 cassette.",
     "Sections show transmural neutrophilic infiltrate with mucosal ulceration and serositis. No neoplasm identified.",
     ["Acute suppurative appendicitis with periappendicitis.", "Acute gangrenous appendicitis.", "Acute appendicitis. Negative for malignancy."]),
    ("Gallbladder, cholecystectomy", "Received fresh is an opened %.1f cm gallbladder with wall thickness up to 0.6 cm. Contains %s. "
     "Mucosa green-tan and velvety. Sections of neck, body and fundus in 1 cassette.",
     "Sections show Rokitansky-Aschoff sinuses, chronic inflammation and wall fibrosis, with focal acute inflammation.",
     ["Chronic cholecystitis with cholelithiasis.", "Acute on chronic cholecystitis with cholelithiasis.", "Chronic cholecystitis. No dysplasia."]),
    ("Colon, sigmoid, polyp, cold snare polypectomy", "Received in formalin are %d tan polypoid fragments, aggregating to %.1f cm. Entirely submitted.",
     "Sections show colonic mucosa with crowded, elongated, hyperchromatic crypts with low-grade dysplasia.",
     ["Tubular adenoma(s). Negative for high-grade dysplasia.", "Sessile serrated lesion without dysplasia.", "Hyperplastic polyp."]),
    ("Skin, left forearm, punch biopsy", "Received in formalin is a 0.4 cm punch biopsy of skin, %.1f cm deep. Bisected and entirely submitted.",
     "There is a superficial perivascular lymphocytic infiltrate with eosinophils and interface change.",
     ["Interface dermatitis with eosinophils, consistent with drug eruption in the appropriate clinical context.",
      "Spongiotic dermatitis.", "Leukocytoclastic vasculitis."]),
    ("Breast, right, 10 o'clock, US-guided core biopsy", "Received in formalin are %d cores of tan-white tissue up to %.1f cm. Cold ischemia <1 h. Entirely submitted.",
     "Infiltrating nests and cords of atypical epithelial cells with moderate pleomorphism and %d mitoses/10 HPF.",
     ["Invasive ductal carcinoma (NST), Nottingham grade 2. ER/PR/HER2 to follow in addendum.", "Fibroadenoma.", "Invasive lobular carcinoma."]),
    ("Prostate, 12-core biopsy", "Received in 12 labeled containers (A-L) are cores measuring %.1f to %.1f cm. Each entirely submitted.",
     "Small crowded glands with prominent nucleoli infiltrating between benign glands in %d of 12 cores.",
     ["Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 4/12 cores.", "Benign prostatic tissue. No carcinoma.",
      "Atypical small acinar proliferation (ASAP); repeat biopsy suggested."]),
    ("Endometrium, biopsy", "Received in formalin are multiple fragments of tan-red tissue, %.1f x %.1f cm in aggregate. Entirely submitted.",
     "Proliferative-phase endometrium with tubular glands and mitotic activity; %d fragments show stromal breakdown.",
     ["Disordered proliferative endometrium. No hyperplasia or carcinoma.", "Atypical endometrial hyperplasia.", "Secretory endometrium."]),
    ("Stomach, antrum, biopsy", "Received are %d fragments of tan mucosa, %.1f cm aggregate. Entirely submitted.",
     "Chronic active gastritis with curved rod organisms highlighted on immunostain (%d of 3 fragments).",
     ["Chronic active gastritis, Helicobacter pylori-positive.", "Reactive (chemical) gastropathy.", "Mild chronic gastritis, H. pylori negative."]),
    ("Lymph node, left axillary, excisional biopsy", "Received fresh is a %.1f cm lymph node with fat. Serially sectioned; %s. Flow cytometry sample sent.",
     "Effacement of nodal architecture by a diffuse proliferation of large atypical lymphoid cells.",
     ["Diffuse large B-cell lymphoma; immunohistochemistry to follow.", "Reactive follicular hyperplasia.", "Metastatic carcinoma, 1.2 cm deposit."]),
    ("Pleural fluid, right, cytology", "Received %d mL of blood-tinged fluid. Cytospin and cell block prepared (%.1f mL sediment).",
     "Smears show reactive mesothelial cells, lymphocytes and scattered clusters of atypical epithelioid cells (%d clusters).",
     ["Positive for malignant cells, consistent with metastatic adenocarcinoma.", "Negative for malignant cells. Reactive mesothelial cells.",
      "Atypical cells present; recommend repeat sampling."]),
    ("Thyroid, right lobe nodule, FNA", "Received %d direct smears and a rinse in CytoLyt (%.1f mL).",
     "Adequate sample with colloid and benign follicular cells in macrofollicular groups (%d groups).",
     ["Benign follicular nodule (Bethesda II).", "Atypia of undetermined significance (Bethesda III).", "Papillary thyroid carcinoma (Bethesda VI)."]),
    ("Colon, right hemicolectomy", "Received fresh is a right hemicolectomy specimen, %.1f cm of colon with %.1f cm terminal ileum. A fungating mass is present in the ascending colon.",
     "Moderately differentiated adenocarcinoma invading through the muscularis propria into pericolic fat; %d of 22 lymph nodes involved.",
     ["Invasive adenocarcinoma, moderately differentiated, pT3 pN1b. Margins negative.", "Adenocarcinoma pT2 pN0 (0/22). Margins negative."]),
]


def gen_pathology_report(ctx):
    r = ctx.rng
    cands = [s for s in SPECIMENS if sex_ok(ctx, s[0])]
    site, gross, micro, dxs = r.choice(cands)
    extra_parts = []
    if r.random() < 0.4:
        extra_parts = [x for x in pick(r, cands, 2) if x[0] != site][:1]

    def fill(t):
        vals = []
        import re as _re
        for m in _re.finditer(r"%(\.1f|d|s)", t):
            k = m.group(1)
            if k == "d":
                vals.append(r.randint(2, 6))
            elif k == ".1f":
                vals.append(r.uniform(0.3, 12.0))
            else:
                vals.append(r.choice(["multiple yellow-green faceted stones up to 1.2 cm", "a fecalith", "cut surface homogeneous tan-pink",
                                      "no stones", "inspissated fecal material"]))
        return t % tuple(vals)

    parts = [r.choice(["SURGICAL PATHOLOGY REPORT", "Anatomic Pathology Report", "PATHOLOGY CONSULTATION REPORT", "Surgical Pathology"])]
    parts.append("Accession #: %s%02d-%05d" % (r.choice(["S", "SP", "AP"]), ctx.date.year % 100, r.randint(1, 99999)))
    parts.append("Collected: %s   Received: %s   Reported: %s" % (ctx.d(), ctx.d(ctx.date + timedelta(days=r.randint(0, 1))),
                                                                   ctx.d(ctx.date + timedelta(days=r.randint(2, 9)))))
    parts.append("Submitting physician: Dr. %s" % ctx.doctor())
    parts.append("")
    parts.append("CLINICAL INFORMATION: " + r.choice(["%s. ?%s" % (r.choice(["RLQ pain", "biliary colic", "positive FIT", "rash", "palpable lump",
                                                                          "elevated PSA", "PMB", "dyspepsia", "lymphadenopathy", "colon mass"]),
                                                                 r.choice(["inflammation", "neoplasm", "r/o malignancy", "infection"])),
                                                  "Not provided.", "See requisition."]))
    parts.append("")
    parts.append("SPECIMEN: " + site + maybe(r, 0.5, "   (Part A)"))
    parts.append("Procedure: %s   Fixative: 10%% NBF   Requisition received: yes" % r.choice(["excision", "biopsy", "resection", "endoscopic biopsy"]))
    parts.append("")
    if r.random() < 0.3:
        parts.append("INTRAOPERATIVE CONSULTATION: %s - frozen section diagnosis: %s (%s, %02d:%02d)." % (
            r.choice(["A1", "margin", "node"]), r.choice(["benign", "positive for carcinoma", "deferred to permanents", "no tumour seen"]),
            ctx.doctor(), r.randint(8, 16), r.randint(0, 59)))
        parts.append("")
    parts.append("GROSS DESCRIPTION:")
    parts.append(r.choice(["The specimen is received in one container labelled with the patient's name, MRN and '%s'." % site.split(",")[0].lower(),
                           "Specimen container labelled x2 identifiers, matched to requisition.",
                           "Received in a single formalin-filled container; fixation time >6 h."]) + " " + fill(gross) +
                 " " + r.choice(["Cassette key: A1 - representative sections.", "Summary of sections: A1-A%d." % r.randint(2, 8),
                                 "Inked margins: blue proximal, black distal.", ""]) + " (Dictated by %s, PA)" % ctx.doctor())
    parts.append("")
    parts.append("MICROSCOPIC DESCRIPTION:")
    parts.append(fill(micro) + " " + " ".join(pick(r, [
        "Levels examined.", "No granulomas are seen.", "Margins are free of the lesional process.",
        "Immunohistochemistry performed with appropriately reactive controls.", "Special stains (PAS-D, GMS) negative for fungal organisms.",
        "No lymphovascular invasion identified.", "Background tissue shows mild chronic inflammation.",
        "Deeper sections do not alter the diagnosis."], r.randint(1, 3))))
    if r.random() < 0.35:
        parts.append("")
        parts.append("ANCILLARY STUDIES: " + r.choice([
            "ER: positive (95%, strong); PR: positive (60%); HER2 IHC 1+ (negative).", "MMR proteins (MLH1, PMS2, MSH2, MSH6): intact expression.",
            "CD20 positive, CD10 negative, BCL6 positive, MUM1 positive, Ki-67 ~80%.", "H. pylori immunostain: positive.",
            "p16 block positive.", "Flow cytometry: no monoclonal B-cell population."]))
    parts.append("")
    for j, (s2, g2, m2, d2) in enumerate(extra_parts):
        parts.append("PART B - %s" % s2)
        parts.append("Gross: " + fill(g2))
        parts.append("Micro: " + fill(m2))
        parts.append("")
    parts.append("FINAL DIAGNOSIS:")
    parts.append("%s%s:\n- %s" % ("A. " if extra_parts else "", site.upper(), r.choice(dxs)))
    for s2, g2, m2, d2 in extra_parts:
        parts.append("B. %s:\n- %s" % (s2.upper(), r.choice(d2)))
    if r.random() < 0.35:
        parts.append("")
        parts.append("COMMENT: " + r.choice(["Case reviewed at intradepartmental consensus conference.", "Clinical correlation recommended.",
                                              "Results communicated to Dr. %s by phone." % ctx.doctor().split()[-1],
                                              "Synoptic report to follow in addendum."]))
    parts.append("")
    parts.append("Pathologist: %s, %s" % (ctx.doctor(), r.choice(["MD, FRCPC", "MD", "MD, FCAP"])))
    parts.append("**Electronically verified** %s" % ctx.d(ctx.date + timedelta(days=r.randint(2, 9))))
    return "\n".join(parts)


def gen_lab_report(ctx):
    r = ctx.rng
    si = ctx.canada
    panels = {
        "HEMATOLOGY - CBC": [("WBC", 4.0, 11.0, "x10^9/L", 1), ("RBC", 4.2, 5.9, "x10^12/L", 2),
                             ("Hemoglobin", 120, 170, "g/L", 0) if si else ("Hemoglobin", 12.0, 17.0, "g/dL", 1),
                             ("Hematocrit", 0.36, 0.50, "L/L", 2) if si else ("Hematocrit", 36, 50, "%", 0),
                             ("MCV", 80, 100, "fL", 0), ("Platelets", 150, 400, "x10^9/L", 0), ("Neutrophils", 2.0, 7.5, "x10^9/L", 1),
                             ("Lymphocytes", 1.0, 4.0, "x10^9/L", 1)],
        "CHEMISTRY": [("Sodium", 135, 145, "mmol/L", 0), ("Potassium", 3.5, 5.0, "mmol/L", 1), ("Chloride", 98, 107, "mmol/L", 0),
                      ("Bicarbonate", 22, 29, "mmol/L", 0),
                      ("Creatinine", 50, 110, "umol/L", 0) if si else ("Creatinine", 0.6, 1.2, "mg/dL", 2),
                      ("Urea", 2.5, 8.0, "mmol/L", 1) if si else ("BUN", 7, 20, "mg/dL", 0),
                      ("Glucose, random", 3.9, 11.0, "mmol/L", 1) if si else ("Glucose", 70, 140, "mg/dL", 0),
                      ("eGFR", 60, 120, "mL/min/1.73m2", 0), ("Calcium", 2.15, 2.6, "mmol/L", 2) if si else ("Calcium", 8.5, 10.3, "mg/dL", 1)],
        "LIVER PANEL": [("ALT", 7, 40, "U/L", 0), ("AST", 10, 40, "U/L", 0), ("ALP", 40, 129, "U/L", 0),
                        ("Bilirubin, total", 3, 20, "umol/L", 0) if si else ("Bilirubin, total", 0.2, 1.2, "mg/dL", 1),
                        ("Albumin", 35, 50, "g/L", 0) if si else ("Albumin", 3.5, 5.0, "g/dL", 1), ("GGT", 8, 61, "U/L", 0)],
        "COAGULATION": [("INR", 0.9, 1.2, "", 1), ("PTT", 25, 38, "s", 0), ("Fibrinogen", 2.0, 4.0, "g/L", 1)],
        "LIPID PANEL": [("Cholesterol, total", 2.0, 5.2, "mmol/L", 2) if si else ("Cholesterol, total", 100, 200, "mg/dL", 0),
                        ("LDL-C", 0.5, 3.4, "mmol/L", 2) if si else ("LDL-C", 40, 130, "mg/dL", 0),
                        ("HDL-C", 1.0, 2.0, "mmol/L", 2) if si else ("HDL-C", 40, 80, "mg/dL", 0),
                        ("Triglycerides", 0.5, 1.7, "mmol/L", 2) if si else ("Triglycerides", 50, 150, "mg/dL", 0)],
        "ENDOCRINE": [("TSH", 0.35, 5.0, "mIU/L", 2), ("Free T4", 9, 23, "pmol/L", 1) if si else ("Free T4", 0.8, 1.8, "ng/dL", 2),
                      ("Hemoglobin A1c", 4.0, 6.0, "%", 1)],
        "URINALYSIS": None,
        "CARDIAC MARKERS": [("Troponin I, hs", 0, 26, "ng/L", 0), ("NT-proBNP", 0, 300, "pg/mL", 0), ("CK", 30, 200, "U/L", 0)],
    }
    chosen = pick(r, list(panels.keys()), r.randint(1, 4))
    parts = [r.choice(["LABORATORY REPORT", "Laboratory Results - Cumulative", "CLINICAL LABORATORY REPORT", "Lab Results"])]
    parts.append("Ordering provider: Dr. %s   Location: %s" % (ctx.doctor(), r.choice(["ED", "Ward 5S", "Outpatient lab", "ICU", "Clinic C"])))
    coll = ctx.dt()
    parts.append("Collected: %s   Received: %s   Specimen #: %s" % (coll, coll[:-5] + "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)),
                                                                    "L%d" % r.randint(100000000, 999999999)))
    parts.append("")
    flagged = []
    for pn in chosen:
        parts.append(pn)
        parts.append("%-22s %-10s %-4s %-16s %s" % ("Test", "Result", "Flag", "Ref range", "Units"))
        if panels[pn] is None:
            rows = [("Colour", r.choice(["Yellow", "Amber", "Straw"]), "", ""), ("Clarity", r.choice(["Clear", "Cloudy"]), "", ""),
                    ("Specific gravity", "%.3f" % r.uniform(1.005, 1.030), "1.005-1.030", ""),
                    ("pH", "%.1f" % r.uniform(5.0, 8.0), "5.0-8.0", ""), ("Leukocyte esterase", r.choice(["Negative", "2+", "Trace"]), "Negative", ""),
                    ("Nitrite", r.choice(["Negative", "Positive"]), "Negative", ""), ("Protein", r.choice(["Negative", "1+", "2+"]), "Negative", ""),
                    ("Blood", r.choice(["Negative", "Trace", "3+"]), "Negative", ""), ("Ketones", r.choice(["Negative", "1+"]), "Negative", "")]
            for t, v, rr, u in rows:
                flag = "A" if rr and v != "Negative" and not rr[0].isdigit() else ""
                parts.append("%-22s %-10s %-4s %-16s %s" % (t, v, flag, rr, u))
        else:
            for t, lo, hi, u, dp in panels[pn]:
                if r.random() < 0.25:
                    v = r.choice([lo * r.uniform(0.4, 0.95), hi * r.uniform(1.05, 3.0)])
                else:
                    v = r.uniform(lo, hi)
                vs = ("%." + str(dp) + "f") % v
                flag = "L" if v < lo else ("H" if v > hi else "")
                if flag and r.random() < 0.1:
                    flag += "H" if flag == "H" else "L"
                if flag:
                    flagged.append(t)
                rng_s = ("%." + str(dp) + "f-%." + str(dp) + "f") % (lo, hi)
                if t == "eGFR":
                    rng_s = ">60"
                parts.append("%-22s %-10s %-4s %-16s %s" % (t, vs, flag, rng_s, u))
        parts.append("")
    if flagged and r.random() < 0.5:
        parts.append("** Critical value(s) phoned to %s, RN at %02d:%02d, read back verified. **" % (r.choice(FIRST), r.randint(0, 23), r.randint(0, 59)))
    if r.random() < 0.4:
        parts.append(r.choice(["Specimen slightly hemolyzed; potassium may be falsely elevated.",
                               "eGFR calculated using CKD-EPI 2021 equation.", "Reference ranges updated %s." % ctx.d(ctx.date - timedelta(days=200)),
                               "Performed at %s Core Laboratory." % ctx.facility]))
    parts.append("Verified by: %s, MLT   Final" % r.choice(FIRST))
    return "\n".join(parts)


def gen_referral_letter(ctx):
    r = ctx.rng
    spec = r.choice([c for c in CONSULT_SERVICES if c in CONSULT_MAP])
    probs = choose_problems(ctx, r.randint(1, 3), CONSULT_MAP.get(spec))
    p = probs[0]
    to = ctx.doctor()
    parts = []
    parts.append(ctx.facility)
    parts.append(r.choice(["Department of Family Medicine", "Family Medicine Teaching Unit", "Division of General Internal Medicine",
                           "Urgent Care Clinic", "Community Health Centre - %s" % ctx.city.split(",")[0]]))
    parts.append("Tel %s   Fax %s" % (ctx.phone(), ctx.phone()))
    parts.append("")
    parts.append(ctx.d())
    parts.append("")
    parts.append("Dr. %s\n%s\n%s" % (to, spec, r.choice(["%s" % ctx.facility, "%d Marlowe Lane, Suite %d" % (r.randint(10, 999), r.randint(100, 900))])))
    parts.append("")
    parts.append("RE: %s   DOB %s   %s %s" % (ctx.name(1), ctx.d(ctx.dob), "HCN" if ctx.canada else "MRN",
                                           ctx.health_card() if ctx.canada else ctx.mrn))
    parts.append("Urgency: " + r.choice(["Routine", "Semi-urgent (within 4 weeks)", "Urgent - please see within 1 week"]))
    parts.append("")
    parts.append("Dear Dr. %s," % to.split()[-1])
    parts.append("")
    parts.append(r.choice([
        "Thank you for seeing %s, a %d-year-old %s whom I am referring for assessment of %s." % (ctx.first, ctx.age, ctx.sexword, lc(r.choice(p["names"]))),
        "I would be grateful for your opinion regarding this pleasant %d-year-old %s with %s." % (ctx.age, ctx.sexword, lc(r.choice(p["names"]))),
        "I am writing to request a consultation for my patient, %s %s, regarding %s." % (ctx.first, ctx.last, lc(r.choice(p["names"]))),
    ]))
    parts.append("")
    parts.append(r.choice([
        "%s first presented to our clinic with %s, and my working impression is: %s." % (cap(ctx.he), p["hpi"], r.choice(p["assess"])),
        "Over the past few months %s has had %s. On my assessment, %s." % (ctx.he, p["hpi"], r.choice(p["assess"])),
    ]) + " " + r.choice([
        "Despite a trial of first-line therapy, symptoms have persisted.",
        "I am concerned given the trajectory and would value your input on further investigation.",
        "The family is keen for a specialist opinion.",
        "I have not started any specific treatment pending your review.",
    ]))
    parts.append("")
    parts.append("Past history is significant for %s. Current medications include %s. %s is allergic to %s." % (
        ", ".join(spick(ctx, PMH_LIST, r.randint(2, 4))), ", ".join(meds_list(ctx, r.randint(2, 5))), cap(ctx.he),
        r.choice(ALLERGIES).lower().replace("nkda", "no known drugs")))
    parts.append("")
    parts.append(r.choice([
        "Socially, " + social_hx(ctx, "letter")[0].lower() + social_hx(ctx, "letter")[1:],
        "%s has good family support and would be able to attend appointments at short notice." % cap(ctx.he),
        "Transportation is a barrier; a virtual visit would be appreciated if appropriate.",
        "%s is hard of hearing; please call the daughter to arrange appointments (%s)." % (cap(ctx.he), ctx.phone()),
    ]))
    parts.append("")
    parts.append("Relevant investigations: " + r.choice([lab_block(ctx, style=1), lab_block(ctx, style=2)]) +
                 maybe(r, 0.5, "\n" + r.choice(["Recent imaging report enclosed.", "ECG enclosed.", "Ultrasound report attached."])))
    parts.append("")
    parts.append("Specific questions:")
    parts.append(bullets(r, pick(r, ["Is further investigation warranted?", "Would you recommend a change in therapy?",
                                     "Is %s a candidate for a procedure?" % ctx.he, "Please advise on long-term monitoring.",
                                     "Please assume care of this issue if appropriate."], r.randint(1, 3)), "num"))
    parts.append("")
    parts.append(r.choice(["Many thanks for your help with this patient's care.", "Thank you in advance; please do not hesitate to call me.",
                           "I look forward to hearing your thoughts."]))
    parts.append("")
    parts.append(r.choice(["Yours sincerely,", "Sincerely,", "Kind regards,"]))
    parts.append("")
    parts.append("Dr. %s, %s" % (ctx.attending, r.choice(["MD, CCFP", "MD", "MD, FRCPC", "DO"])))
    if r.random() < 0.4:
        parts.append("Prepared with %s, %s (Family Medicine resident)" % (ctx.trainee, ctx.trainee_role))
    parts.append("Encl." if r.random() < 0.5 else "")
    return "\n".join(parts)


RX_DRUGS = [
    ("Amoxicillin 500 mg capsule", "Take 1 capsule by mouth three times daily for 7 days", "21 capsules", "0"),
    ("Cephalexin 500 mg capsule", "1 cap PO QID x 7 days", "28", "0"),
    ("Nitrofurantoin MR 100 mg", "1 cap PO BID with food x 5 days", "10", "0"),
    ("Apixaban 5 mg tablet", "1 tab PO BID", "60", "5"),
    ("Metformin 500 mg tablet", "1 tab PO BID with meals x 1 wk, then 2 tabs BID", "120", "3"),
    ("Atorvastatin 40 mg tablet", "Take one tablet at bedtime", "90", "3"),
    ("Ramipril 5 mg capsule", "1 cap PO daily", "30", "5"),
    ("Hydromorphone 1 mg tablet", "1-2 tabs PO q4h PRN pain. Max 8 tabs/day", "20 (twenty) tablets", "0"),
    ("Oxycodone 5 mg tablet", "1 tab PO q6h PRN severe pain", "12 (twelve)", "0"),
    ("Prednisone 5 mg tablet", "8 tabs (40 mg) PO daily x 5 days", "40", "0"),
    ("Salbutamol 100 mcg MDI", "2 puffs inhaled q4-6h PRN SOB, use with spacer", "1 inhaler (200 doses)", "2"),
    ("Budesonide/formoterol 200/6 Turbuhaler", "1 inhalation BID and PRN", "1 device", "5"),
    ("Sertraline 50 mg tablet", "1/2 tab daily x 1 week then 1 tab daily", "30", "2"),
    ("Furosemide 40 mg tablet", "1 tab PO every morning", "30", "5"),
    ("Enoxaparin 40 mg/0.4 mL syringe", "Inject 40 mg SC once daily x 28 days", "28 syringes", "0"),
    ("Insulin glargine 100 U/mL pen", "Inject 14 units SC at bedtime; titrate per sheet", "5 x 3 mL pens", "3"),
    ("Pen needles 4 mm", "Use as directed with insulin", "100", "3"),
    ("Ondansetron 4 mg ODT", "1 tab SL q8h PRN nausea", "10", "0"),
    ("Naloxone 4 mg nasal spray", "For suspected overdose: 1 spray in nostril, call 911, repeat in 2-3 min", "1 kit (2 doses)", "1"),
    ("Buprenorphine/naloxone 8/2 mg SL tab", "Daily witnessed dosing at pharmacy, 2 tabs SL daily; carries: none", "14-day supply", "0"),
    ("Colchicine 0.6 mg tablet", "1 tab BID until flare resolves", "20", "0"),
    ("Ciprofloxacin 0.3% ophthalmic drops", "1-2 drops affected eye q2h while awake x 2 days then q4h x 5 days", "5 mL", "0"),
    ("Clobetasol 0.05% ointment", "Apply thin layer BID to affected areas, not to face, max 2 weeks", "30 g", "1"),
    ("Levothyroxine 75 mcg tablet", "1 tab PO daily on empty stomach", "90", "3"),
    ("Polyethylene glycol 3350 powder", "17 g in 250 mL water daily", "510 g bottle", "2"),
]


def gen_prescription(ctx):
    r = ctx.rng
    n = r.choice([1, 1, 1, 2, 2, 3])
    drugs = pick(r, RX_DRUGS, n)
    parts = []
    parts.append(ctx.facility.upper() if r.random() < 0.6 else ctx.facility)
    parts.append(r.choice(["PRESCRIPTION", "Rx", "OUTPATIENT PRESCRIPTION", "DISCHARGE PRESCRIPTION", "Prescription - Emergency Department"]))
    parts.append("")
    parts.append("Patient: %s    DOB: %s" % (ctx.name(r.choice([0, 2])), ctx.d(ctx.dob)))
    if ctx.canada:
        parts.append("Health card #: %s" % ctx.health_card())
    else:
        parts.append("MRN: %s" % ctx.mrn)
    parts.append("Address: %d %s %s, %s" % (r.randint(2, 9999), r.choice(["Quillfeather", "Bramble", "Larkspur", "Tinder", "Oxbow", "Pewter"]),
                                            r.choice(["Rd", "St", "Ave", "Cres", "Blvd"]), ctx.city))
    parts.append("Weight: %s   Allergies: %s" % (r.choice(["%d kg" % r.randint(45, 130), "n/a"]), r.choice(ALLERGIES)))
    parts.append("Date: %s" % ctx.d())
    parts.append("")
    for d, sig, qty, ref in drugs:
        parts.append("Rx: %s" % d)
        parts.append("Sig: %s" % sig)
        parts.append("Disp: %s    Refills: %s%s" % (qty, ref, maybe(r, 0.3, "    Part-fill: q30 days")))
        if r.random() < 0.3:
            parts.append(r.choice(["No substitution", "Generic OK", "LU code %d" % r.randint(100, 600) if ctx.canada else "DAW: no",
                                   "Indication: %s" % r.choice(["infection", "pain", "afib", "HTN", "DVT prophylaxis", "asthma"])]))
        parts.append("")
    prescriber = ctx.attending if r.random() < 0.6 else ctx.trainee
    parts.append("Prescriber: Dr. %s" % prescriber)
    if ctx.canada:
        parts.append("%s #%d    Tel %s" % (r.choice(["CPSO", "CPSA", "CMQ", "CPSBC", "CPSM"]), r.randint(10000, 99999), ctx.phone()))
    else:
        parts.append("NPI %d   DEA %s%s%07d   Tel %s" % (r.randint(1000000000, 1999999999), r.choice("ABFM"), ctx.last[0],
                                                      r.randint(0, 9999999), ctx.phone()))
    parts.append("Signature: ____________________" + maybe(r, 0.5, "  (signed)"))
    if r.random() < 0.4:
        parts.append(r.choice(["Valid for 1 year from date written unless otherwise specified.", "Faxed to pharmacy: %s" % ctx.phone(),
                               "Controlled drug - tamper-resistant pad", "Original given to patient"]))
    return "\n".join(parts)


def gen_physician_orders(ctx):
    r = ctx.rng
    probs = choose_problems(ctx, 2)
    p = probs[0]
    kind = r.choice(["admission", "post-op", "general", "ED"])
    parts = [r.choice({"admission": ["ADMISSION ORDERS", "Adult Medicine Admission Order Set", "Physician Admission Orders"],
                       "post-op": ["POST-OPERATIVE ORDERS", "Post-op Order Set - General Surgery", "Orthopaedic Post-op Orders"],
                       "general": ["PHYSICIAN ORDERS", "Prescriber's Orders", "Doctor's Orders"],
                       "ED": ["ED ORDERS", "Emergency Department Physician Orders"]}[kind])]
    parts.append("Date/Time: %s" % ctx.dt())
    parts.append("Allergies: %s   Wt: %d kg   Ht: %d cm" % (r.choice(ALLERGIES), r.randint(45, 130), r.randint(150, 195)))
    parts.append("")
    lines = []
    if kind in ("admission", "ED"):
        lines += ["Admit to: %s under Dr. %s" % (r.choice(SERVICES), ctx.attending),
                  "Diagnosis: %s" % r.choice(p["names"]),
                  "Condition: %s" % r.choice(["stable", "fair", "guarded"]),
                  "Code status: %s" % r.choice(["Full", "DNR", "DNR/DNI"])]
    if kind == "post-op":
        lines += ["Procedure: %s" % r.choice([o[0] for o in OPS if sex_ok(ctx, o[0])]), "Transfer from PACU to ward when criteria met"]
    lines += [
        "Vitals: %s" % r.choice(["q4h", "q1h x 4 then q4h", "q shift", "q15min x 4, q30min x 2, then q1h"]),
        "Activity: %s" % r.choice(["as tolerated", "bedrest", "up with assist", "WBAT", "dangle tonight, ambulate POD1"]),
        "Diet: %s" % r.choice(["NPO", "clear fluids, advance as tolerated", "DAT", "2 g Na, 1.5 L fluid restriction", "diabetic 1800 kcal"]),
        "IV: %s" % r.choice(["NS at 100 mL/h", "RL at 125 mL/h", "saline lock", "D5-1/2NS + 20 KCl at 80 mL/h"]),
        "Strict I/O" if r.random() < 0.5 else "Daily weights",
        "O2 to keep SpO2 %s" % r.choice(["> 92%", "88-92%", "92-96%"]),
    ]
    meds = [
        "acetaminophen 1 g PO q6h", "ondansetron 4 mg IV q8h PRN nausea", "enoxaparin 40 mg SC daily starting %s" % r.choice(["tonight", "POD1"]),
        "hydromorphone 0.5-1 mg IV q2h PRN pain", "ceftriaxone 1 g IV q24h", "pantoprazole 40 mg PO daily", "senna 2 tabs PO qHS",
        "furosemide 40 mg IV BID", "insulin lispro correction scale AC/HS", "heparin 5000 units SC q12h", "cefazolin 2 g IV q8h x 2 doses",
        "lorazepam per CIWA protocol", "salbutamol 2.5 mg neb q4h PRN", "naloxone 0.1 mg IV PRN RR <8",
    ]
    lines += ["Med: " + m for m in pick(r, meds, r.randint(3, 7))]
    lines += ["Labs: %s" % r.choice(["CBC, lytes, Cr in AM", "CBC, BMP, Mg, PO4 daily", "lactate, blood cx x 2 STAT", "type and screen; INR/PTT"]),
              "Imaging: %s" % r.choice(["CXR portable in AM", "none", "CT abdomen/pelvis with contrast", "US RUQ"]),
              "Consults: %s" % r.choice(["PT/OT", "SW", "dietitian", "none", "%s" % r.choice(CONSULT_SERVICES)]),
              "Notify MD: SBP <90 or >180, HR <50 or >120, RR >28, SpO2 <90%, UO <30 mL/h x 2h, T >38.5"]
    if r.random() < 0.5:
        lines.append("Discontinue all previous orders")
    parts.append("\n".join("[%s] %s" % (r.choice(["x", "X", " ", "x"]), l) if r.random() < 0.5 else "%d. %s" % (i, l)
                           for i, l in enumerate(lines, 1)))
    parts.append("")
    parts.append("Ordered by: %s, %s   Pager %d" % (ctx.trainee, ctx.trainee_role, r.randint(1000, 9999)))
    parts.append("Noted by: %s %s, RN   %s" % (r.choice(FIRST), r.choice(DOC_LAST), ctx.dt()))
    if r.random() < 0.4:
        parts.append("Verbal order read back and confirmed." if r.random() < 0.5 else "Pharmacy verified.")
    return "\n".join(parts)


VACCINES = [
    ("Influenza (quadrivalent, inactivated)", "IIV4", "0.5 mL IM"), ("Tdap (Adacel/Boostrix)", "Tdap", "0.5 mL IM"),
    ("Td booster", "Td", "0.5 mL IM"), ("Pneumococcal conjugate 20-valent", "PCV20", "0.5 mL IM"),
    ("Pneumococcal polysaccharide 23-valent", "PPSV23", "0.5 mL IM/SC"), ("Recombinant zoster (Shingrix) dose %d", "RZV", "0.5 mL IM"),
    ("Hepatitis B (Engerix-B) dose %d", "HepB", "1.0 mL IM"), ("Hepatitis A dose %d", "HepA", "1.0 mL IM"),
    ("MMR", "MMR", "0.5 mL SC"), ("Varicella dose %d", "VAR", "0.5 mL SC"), ("HPV-9 dose %d", "HPV9", "0.5 mL IM"),
    ("COVID-19 mRNA (Pfizer-BioNTech) dose %d", "COVID-19", "0.3 mL IM"), ("COVID-19 mRNA (Moderna) dose %d", "COVID-19", "0.5 mL IM"),
    ("Meningococcal ACWY", "MenACWY", "0.5 mL IM"), ("RSV (Arexvy)", "RSV", "0.5 mL IM"), ("Tetanus immune globulin", "TIG", "250 units IM"),
]


def gen_immunization_record(ctx):
    r = ctx.rng
    parts = [r.choice(["IMMUNIZATION RECORD", "Immunization History", "Vaccine Administration Record", "IMMUNIZATION SUMMARY",
                       "Record of Immunization - Employee/Occupational Health"])]
    parts.append("Patient: %s   DOB: %s   %s: %s" % (ctx.name(), ctx.d(ctx.dob), "HCN" if ctx.canada else "MRN",
                                                     ctx.health_card() if ctx.canada else ctx.mrn))
    parts.append("")
    parts.append("%-44s %-12s %-10s %-10s %-8s %s" % ("Vaccine", "Date", "Lot", "Dose/Route", "Site", "Given by"))
    rows = []
    n = r.randint(3, 10)
    for _ in range(n):
        name, code, dose = r.choice(VACCINES)
        if (code == "COVID-19" and ctx.date.year < 2021) or (code == "RSV" and ctx.date.year < 2024):
            continue
        name = name % r.randint(1, 3) if "%d" in name else name
        d = ctx.date - timedelta(days=r.randint(0, 3000))
        if code == "RSV":
            d = ctx.date - timedelta(days=r.randint(0, 200))
        if code == "COVID-19":
            d = date(r.randint(2021, max(2021, ctx.date.year)), r.randint(1, 12), r.randint(1, 28))
        rows.append((d, "%-44s %-12s %-10s %-10s %-8s %s" % (name, ctx.d(d), "%s%d%s" % (r.choice("ABKUFHTX"), r.randint(100, 9999), r.choice(["", "AA", "B"])),
                                                          dose, r.choice(["L delt", "R delt", "L thigh", "R arm"]),
                                                          "%s. %s, %s" % (r.choice(FIRST)[0], r.choice(DOC_LAST), r.choice(["RN", "RPh", "LPN", "MD"])))))
    rows.sort()
    parts.extend(x[1] for x in rows)
    parts.append("")
    if r.random() < 0.6:
        parts.append("Screening: " + r.choice(["no contraindications; VIS/fact sheet provided", "not pregnant, no fever today, no prior reactions",
                                               "egg allergy - not a contraindication"]))
    if r.random() < 0.5:
        parts.append("Observed %d min post-vaccination, no adverse reaction." % r.choice([15, 15, 30]))
    if r.random() < 0.4:
        parts.append("Serology: %s" % r.choice(["anti-HBs >100 IU/L (immune)", "varicella IgG positive", "measles IgG positive",
                                                "anti-HBs <10 - non-responder, repeat series"]))
    if r.random() < 0.4:
        parts.append("Due: %s" % r.choice(["Td in 10 years", "RZV dose 2 in 2-6 months", "annual influenza each fall", "HepB dose 3 in 5 months"]))
    parts.append("Source: " + r.choice(["EHR immunization module", "provincial registry", "state IIS", "patient yellow card transcribed"]))
    return "\n".join(parts)


def gen_registration_form(ctx):
    r = ctx.rng
    parts = [r.choice(["PATIENT REGISTRATION", "Patient Demographics / Registration", "ADMISSION / REGISTRATION FACE SHEET",
                       "Patient Information Sheet", "REGISTRATION FORM"])]
    parts.append(ctx.facility + "   " + ctx.city)
    parts.append("")
    parts.append("Legal name: %s, %s %s" % (ctx.last.upper(), ctx.first, maybe(r, 0.4, r.choice(FIRST)[0] + ".")))
    parts.append("Preferred name: %s" % r.choice([ctx.first, ctx.first[:3], "-"]))
    parts.append("DOB: %s   Age: %d   Sex: %s   Gender: %s" % (ctx.d(ctx.dob), ctx.age, ctx.sex,
                                                          r.choice(["man", "woman", "not specified"]) if ctx.date.year > 2016 else "n/a"))
    parts.append("MRN: %s   Account/Encounter: %s" % (ctx.mrn, ctx.enc))
    parts.append("Address: %d %s %s, Unit %d, %s  %s" % (r.randint(1, 9999), r.choice(["Hazelmere", "Quarry", "Sorrel", "Vine", "Kettle", "Moss"]),
                                                       r.choice(["Rd", "St", "Way", "Ct"]), r.randint(1, 40), ctx.city,
                                                       ("%s%d%s %d%s%d" % (r.choice("KLMNPRT"), r.randint(0, 9), r.choice("ABCEGH"), r.randint(0, 9),
                                                                            r.choice("JKLMN"), r.randint(0, 9))) if ctx.canada else "%05d" % r.randint(10000, 99999)))
    parts.append("Phone (home): %s   (cell): %s" % (ctx.phone(), ctx.phone()))
    parts.append("Email: %s.%s@example.invalid" % (ctx.first.lower(), ctx.last.lower()))
    parts.append("Language: %s   Interpreter needed: %s" % (r.choice(["English", "French", "Spanish", "Punjabi", "Tagalog", "Cantonese", "Arabic"]),
                                                          r.choice(["N", "N", "Y"])))
    parts.append("Marital status: %s   Religion: %s" % (r.choice(["Married", "Single", "Widowed", "Divorced", "Common-law"]),
                                                      r.choice(["None", "Catholic", "Protestant", "Muslim", "Jewish", "Sikh", "Declined"])))
    parts.append("")
    parts.append("Emergency contact: %s %s (%s)  %s" % (r.choice(FIRST), ctx.last, r.choice(["spouse", "son", "daughter", "sister", "friend"]), ctx.phone()))
    parts.append("Family physician: Dr. %s" % ctx.doctor())
    parts.append("")
    if ctx.canada:
        parts.append("Provincial health insurance: %s   Version: %s   Exp: %s" % (ctx.health_card(), r.choice(["AB", "KX", "--"]),
                                                                              ctx.d(ctx.date + timedelta(days=r.randint(100, 1500)))))
        parts.append("Supplementary: %s" % r.choice(["none", "Blue Shield Fictive group plan", "employer plan - Maplecrest Benefits", "ODB"]))
    else:
        parts.append("Primary insurance: %s   Member ID: %s   Group: %d" % (r.choice(["Evergreen Mutual Health PPO", "Medicare Part A/B", "Medicaid (state)",
                                                                                     "Harborline HMO", "Self-pay"]),
                                                                          "%s%09d" % (r.choice(["XQZ", "EVM", "HBL"]), r.randint(0, 999999999)),
                                                                          r.randint(10000, 99999)))
        parts.append("Guarantor: %s   Relationship: %s" % (r.choice(["self", "%s %s" % (r.choice(FIRST), ctx.last)]), r.choice(["self", "spouse", "parent"])))
    parts.append("")
    parts.append("Admit type: %s   Source: %s   Registered: %s by %s" % (r.choice(["Inpatient", "Outpatient", "Emergency", "Day surgery", "Observation"]),
                                                                      r.choice(["ED", "physician referral", "transfer", "walk-in"]), ctx.dt(),
                                                                      r.choice(["reg04", "admitting", "D. Fenwright", "kiosk"])))
    parts.append("Consent to treat signed: %s   Privacy notice given: %s" % (r.choice(["Y", "Y", "N"]), r.choice(["Y", "Y"])))
    return "\n".join(parts)


def gen_insurance_card(ctx):
    r = ctx.rng
    parts = ["[Scanned image - front]"] if r.random() < 0.6 else []
    if ctx.canada and r.random() < 0.7:
        prov = ctx.city.split(", ")[-1]
        parts.append(r.choice(["%s HEALTH" % prov, "Health Card / Carte Sante", "PROVINCIAL HEALTH INSURANCE PLAN", "%s Health Services Card" % prov]))
        parts.append("")
        parts.append(ctx.name(0))
        parts.append(ctx.health_card())
        parts.append("DOB: %s   Sex: %s" % (ctx.d(ctx.dob), ctx.sex))
        parts.append("Issue: %s   Expiry: %s" % (ctx.d(ctx.date - timedelta(days=r.randint(100, 1500))), ctx.d(ctx.date + timedelta(days=r.randint(100, 1800)))))
        if r.random() < 0.5:
            parts.append("[photo]")
        parts.append("")
        parts.append("[back]" if r.random() < 0.6 else "")
        parts.append(r.choice(["This card must be presented each time you receive insured health services.",
                               "Card is the property of the Ministry. Report lost cards.", "Signature: ____________"]))
        return "\n".join(parts)
    payer = r.choice(["Evergreen Mutual Health", "Harborline Health Plan", "Quillstone Benefits", "Maplecrest Extended Health",
                      "Northwind Medicare Advantage", "Blue Lantern PPO"])
    parts.append(payer.upper())
    parts.append(r.choice(["PPO", "HMO", "EPO", "Medicare Advantage HMO-POS", "Extended Health & Dental"]))
    parts.append("")
    parts.append("Member: %s" % ctx.name(2).upper())
    parts.append("Member ID: %s%09d" % (r.choice(["EVM", "HBL", "QSB", "MCX"]), r.randint(0, 999999999)))
    parts.append("Group #: %d   Plan: %s" % (r.randint(10000, 999999), r.choice(["Gold 500", "Silver HSA", "Standard", "Choice Plus"])))
    parts.append("Effective: %s" % ctx.d(ctx.date - timedelta(days=r.randint(30, 900))))
    parts.append("RxBIN %06d  RxPCN %s  RxGrp %s" % (r.randint(0, 999999), r.choice(["ADV", "RXP", "9999"]), r.choice(["EVMRX", "HB01", "QS22"])))
    parts.append("Copays: PCP $%d  Spec $%d  ER $%d  UC $%d" % (r.choice([10, 20, 25, 30]), r.choice([40, 50, 60]), r.choice([150, 250, 300]), r.choice([50, 75])))
    if r.random() < 0.5:
        parts.append("Dependents: %s" % ", ".join("%s %s" % (r.choice(FIRST), ctx.last) for _ in range(r.randint(1, 3))))
    parts.append("")
    parts.append("[back]" if r.random() < 0.7 else "")
    parts.append("Member services: 1-800-555-%04d   Provider line: 1-800-555-%04d" % (r.randint(100, 199), r.randint(100, 199)))
    parts.append(r.choice(["Pre-authorization required for inpatient admissions and advanced imaging.",
                           "Submit claims to: PO Box %d, %s" % (r.randint(1000, 99999), ctx.city),
                           "Possession of this card does not guarantee eligibility."]))
    return "\n".join(parts)



# ==========================================================================
# Additional document types
# ==========================================================================
def gen_medication_list(ctx):
    r = ctx.rng
    kind = r.choice(["bpmh", "admission", "discharge", "outpatient"])
    parts = [{"bpmh": r.choice(["BEST POSSIBLE MEDICATION HISTORY (BPMH)", "Medication History - Pharmacy"]),
              "admission": r.choice(["ADMISSION MEDICATION RECONCILIATION", "Admission Med Rec"]),
              "discharge": r.choice(["DISCHARGE MEDICATION RECONCILIATION", "Medication Reconciliation at Discharge"]),
              "outpatient": r.choice(["CURRENT MEDICATION LIST", "Active Medications", "Patient Medication Profile"])}[kind]]
    parts.append("Patient: %s   DOB %s   Wt %d kg   CrCl ~%d mL/min" % (ctx.name(), ctx.d(ctx.dob), r.randint(45, 125), r.randint(20, 110)))
    parts.append("Allergies/intolerances: " + r.choice(ALLERGIES))
    parts.append("Completed: %s by %s" % (ctx.dt(), r.choice(["%s %s, RPh" % (r.choice(FIRST), r.choice(DOC_LAST)),
                                                              "%s %s, pharmacy technician" % (r.choice(FIRST), r.choice(DOC_LAST)),
                                                              "%s (%s)" % (ctx.trainee, ctx.trainee_role)])))
    if kind in ("bpmh", "admission"):
        parts.append("Sources: " + ", ".join(pick(r, ["patient interview", "family (spouse)", "community pharmacy fill history",
                                                      "provincial drug profile" if ctx.canada else "PDMP / external Rx history",
                                                      "pill bottles brought in", "previous discharge summary", "blister pack"], r.randint(2, 4))))
    parts.append("")
    meds = meds_list(ctx, r.randint(5, 12))
    if kind in ("admission", "discharge"):
        parts.append("%-40s %-12s %-12s %s" % ("Medication / dose / frequency", "Last taken", "Action", "Comment"))
        for m in meds:
            act = r.choice(["Continue", "Continue", "Hold", "Discontinue", "Modify", "Continue"])
            com = {"Continue": r.choice(["", "", "formulary sub"]), "Hold": r.choice(["AKI", "NPO", "low BP", "bleeding risk"]),
                   "Discontinue": r.choice(["duplicate", "no indication", "interaction", "falls risk"]),
                   "Modify": r.choice(["dose reduced for renal fn", "changed to IV", "increased"])}[act]
            parts.append("%-40s %-12s %-12s %s" % (m[:40], r.choice(["today AM", "yesterday", "unknown", "2 days ago", "this AM"]), act, com))
        if kind == "discharge":
            parts.append("")
            parts.append("New medications started in hospital:")
            parts.append(bullets(r, pick(r, HOME_MEDS, r.randint(1, 3)), "+"))
    else:
        for m in meds:
            bits = m.split(" ", 1)
            parts.append("%s\n    %s   Indication: %s   Prescriber: Dr. %s" % (
                bits[0].upper(), bits[1] if len(bits) > 1 else "", r.choice(["HTN", "AF", "T2DM", "pain", "mood", "GERD", "HF", "lipids", "?unknown"]),
                ctx.doctor().split()[-1]))
    parts.append("")
    parts.append("OTC/herbals: " + r.choice(["none", "vitamin D, fish oil", "ibuprofen PRN (counselled to avoid)", "St. John's wort - interaction flagged",
                                             "melatonin, magnesium"]))
    parts.append("Adherence aids: " + r.choice(["none", "dosette filled by daughter", "blister pack weekly", "phone reminders"]))
    if r.random() < 0.6:
        parts.append("Discrepancies identified: %d (%s)" % (r.randint(0, 3), r.choice(["resolved with prescriber", "communicated to team",
                                                                                      "none unresolved"])))
    parts.append("Reviewed by prescriber: %s" % r.choice(["Dr. " + ctx.attending, "Dr. " + ctx.trainee, "pending"]))
    return "\n".join(parts)


def gen_anesthesia_record(ctx):
    r = ctx.rng
    op = r.choice([o for o in OPS if sex_ok(ctx, o[0] + o[1])])
    kind = r.choice(["preop", "intraop", "intraop", "postop"])
    asa = r.randint(1, 4)
    anes = ctx.doctor()
    parts = []
    if kind == "preop":
        parts.append(r.choice(["PRE-ANESTHETIC ASSESSMENT", "Anesthesia Preoperative Evaluation", "Pre-Admission Clinic - Anesthesia Consult"]))
        parts.append("Date: %s   Planned procedure: %s   Surgeon: Dr. %s" % (ctx.d(), op[0], ctx.doctor()))
        parts.append("")
        parts.append("Hx: %d%s. PMH %s. Previous anesthetics: %s. Family hx of anesthetic problems: %s." % (
            ctx.age, ctx.sex, ", ".join(spick(ctx, PMH_LIST, r.randint(1, 4))), r.choice(["GA x2 uneventful", "PONV after GA", "spinal for TKA, uneventful", "none"]),
            r.choice(["none known", "denies MH/pseudocholinesterase deficiency"])))
        parts.append("Functional capacity: %s METs. STOP-BANG %d. RCRI %d." % (r.choice(["<4", ">4", "4"]), r.randint(0, 7), r.randint(0, 3)))
        parts.append("Meds: " + ", ".join(meds_list(ctx, r.randint(2, 7))))
        parts.append("Allergies: " + r.choice(ALLERGIES))
        parts.append("Airway: Mallampati %s, TMD %s, mouth opening %s, neck ROM %s, dentition %s" % (
            r.choice(["I", "II", "III", "IV"]), r.choice([">6 cm", "<6 cm"]), r.choice(["3 FB", "2 FB"]), r.choice(["full", "reduced"]),
            r.choice(["intact", "upper denture", "loose lower incisor", "poor"])))
        parts.append(vitals(ctx, sick=0, style=0))
        parts.append("Labs: Hgb %s, Plt %d, Cr %s, INR %.1f, K %.1f" % (str(r.randint(95, 160)) if ctx.canada else "%.1f" % r.uniform(9.5, 16),
                                                                      r.randint(140, 400), str(r.randint(50, 160)) if ctx.canada else "%.2f" % r.uniform(0.6, 1.8),
                                                                      r.uniform(0.9, 1.3), r.uniform(3.5, 5.0)))
        parts.append("")
        parts.append("ASA class: %d%s" % (asa, maybe(r, 0.1, "E")))
        parts.append("Plan: %s. %s. %s." % (op[2], r.choice(["PONV prophylaxis (dexamethasone + ondansetron)", "Multimodal analgesia",
                                                             "Regional block for post-op analgesia"]),
                                            r.choice(["Hold ACEi morning of surgery", "Continue beta-blocker", "Hold apixaban 48 h",
                                                      "CPAP to PACU", "Type and screen"])))
        parts.append("Risks of anesthesia discussed incl. sore throat, dental injury, PONV, awareness, aspiration, and rarely death; questions answered.")
        parts.append("NPO instructions: solids until midnight, clear fluids until 2 h pre-op.")
        parts.append("")
        parts.append(sign(ctx, anes, r.choice(["MD, FRCPC (Anesthesia)", "MD", "CRNA", "MD, Anesthesiology"])))
        return "\n".join(parts)
    if kind == "intraop":
        parts.append(r.choice(["ANESTHESIA RECORD", "Intraoperative Anesthesia Record", "Anaesthetic Record"]))
        parts.append("Procedure: %s   OR %d" % (op[0], r.randint(1, 22)))
        parts.append("Anesthesiologist: Dr. %s%s   ASA %d" % (anes, maybe(r, 0.6, "   Resident: %s" % ctx.trainee), asa))
        t0 = r.randint(7, 14)
        parts.append("In room %02d:%02d  Induction %02d:%02d  Incision %02d:%02d  Closure %02d:%02d  Out of room %02d:%02d" % (
            t0, 0, t0, 12, t0, 35, t0 + 2, 5, t0 + 2, 25))
        parts.append("")
        parts.append("Pre-induction check: machine checked, suction, monitors (ECG, NIBP, SpO2, EtCO2, temp%s)%s." % (
            maybe(r, 0.4, ", BIS"), maybe(r, 0.4, ", art line L radial")))
        parts.append("Technique: %s" % op[2])
        if "spinal" in op[2]:
            parts.append("Spinal: sitting, L3-4, 25G Whitacre, 0.5%% heavy bupivacaine %.1f mL + fentanyl 15 mcg; level T%d to pinprick." % (
                r.uniform(2.0, 3.0), r.randint(4, 10)))
        else:
            parts.append("Induction: propofol %d mg, fentanyl %d mcg, %s %d mg. Airway: %s, %s, grade %s view, ETT %.1f cuffed @ %d cm, BBS equal, +EtCO2." % (
                r.randint(80, 200), r.choice([50, 100, 150]), r.choice(["rocuronium", "succinylcholine"]), r.randint(40, 100),
                r.choice(["mask ventilation easy", "2-hand mask"]), r.choice(["Mac 3", "GlideScope", "C-MAC"]), r.choice(["1", "2a", "2b"]),
                r.choice([7.0, 7.5, 8.0]), r.randint(20, 24)))
            parts.append("Maintenance: %s; ventilation VC TV %d mL, RR %d, PEEP %d" % (r.choice(["sevoflurane 1 MAC in air/O2", "desflurane", "TIVA propofol/remifentanil"]),
                                                                                  r.randint(400, 550), r.randint(10, 14), r.randint(5, 8)))
        parts.append("")
        parts.append("Time   HR   BP        SpO2  EtCO2  Temp")
        for k in range(r.randint(6, 10)):
            parts.append("%02d:%02d  %-4d %-9s %-5d %-6d %.1f" % (t0 + (k * 15) // 60, (k * 15) % 60, r.randint(55, 95),
                                                              "%d/%d" % (r.randint(90, 145), r.randint(45, 85)), r.randint(95, 100), r.randint(32, 42),
                                                              r.uniform(35.8, 36.9)))
        parts.append("")
        parts.append("Drugs: cefazolin 2 g %02d:%02d; dexamethasone 8 mg; ondansetron 4 mg; %s; %s" % (
            t0, r.randint(5, 30), r.choice(["phenylephrine 100 mcg x3", "ephedrine 10 mg x2", "no vasopressors"]),
            r.choice(["hydromorphone 0.6 mg", "morphine 6 mg", "ketamine 20 mg", "acetaminophen 1 g IV"])))
        parts.append("Fluids: RL %d mL%s   EBL %d mL   UO %s" % (r.randint(5, 30) * 100, maybe(r, 0.2, ", albumin 5% 250 mL"), r.randint(*op[7]),
                                                               r.choice(["%d mL" % r.randint(100, 600), "not measured"])))
        parts.append("Emergence: %s; %s" % (r.choice(["smooth", "coughing on ETT, uneventful"]),
                                            r.choice(["reversed with sugammadex 200 mg, TOF 4/4", "neostigmine/glyco, TOF ratio >0.9", "extubated awake"])))
        parts.append("Events: %s" % r.choice(["none", "transient hypotension post-induction, responded to phenylephrine",
                                              "bronchospasm treated with salbutamol via ETT", "none; positioning checked, pressure points padded"]))
        parts.append("Handover to PACU RN: stable, airway patent, pain %d/10." % r.randint(0, 5))
        parts.append("")
        parts.append(sign(ctx, anes, r.choice(["MD, FRCPC", "MD", "CRNA"])))
        return "\n".join(parts)
    parts.append(r.choice(["POST-ANESTHESIA NOTE", "PACU Anesthesia Discharge Note", "Post-anesthesia evaluation"]))
    parts.append("Procedure: %s   Date: %s" % (op[0], ctx.d()))
    parts.append("Anesthetic: %s" % op[2])
    parts.append("Aldrete score on arrival %d, at discharge %d." % (r.randint(6, 9), r.randint(9, 10)))
    parts.append(vitals(ctx, sick=0, style=0))
    parts.append("Pain: %d/10 treated with %s." % (r.randint(0, 7), r.choice(["hydromorphone 0.2 mg IV x2", "fentanyl 25 mcg x2", "oral oxycodone", "nil required"])))
    parts.append("PONV: %s. Mental status: %s. Airway/resp: %s." % (r.choice(["none", "nausea x1, ondansetron given"]),
                                                                  r.choice(["awake, oriented", "drowsy, rousable"]), r.choice(["stable on RA", "2L NC"])))
    if "spinal" in op[2]:
        parts.append("Block regression: Bromage %d, sensory level L%d." % (r.randint(0, 2), r.randint(1, 5)))
    parts.append("Intake/output in PACU: IV %d mL, UO %s. Nerve block: %s." % (r.randint(100, 900), r.choice(["voided", "%d mL via foley" % r.randint(50, 400), "not yet voided"]),
                                                                           r.choice(["adductor canal catheter running ropivacaine 0.2% 8 mL/h", "none", "interscalene block, arm insensate - sling on"])))
    parts.append("Post-op orders reviewed: analgesia, antiemetics and O2 as per PACU protocol; APS to follow %s." % r.choice(["daily", "if catheter in situ", "n/a"]))
    parts.append("Patient seen in PACU; %s" % r.choice(["satisfied with anesthetic care.", "no recall of intraoperative events.",
                                                        "sore throat mild, reassured.", "family updated by phone."]))
    parts.append("No apparent anesthetic complications. Discharged from PACU to %s at %02d:%02d." % (r.choice(["ward", "day surgery", "home", "step-down"]),
                                                                                                 r.randint(10, 20), r.randint(0, 59)))
    parts.append("")
    parts.append(sign(ctx, anes, r.choice(["MD, FRCPC", "MD", "CRNA"])))
    return "\n".join(parts)


def gen_correspondence(ctx):
    r = ctx.rng
    kind = r.choice(["consult_reply", "consult_reply", "patient_results", "missed_appt", "colleague_update"])
    probs = choose_problems(ctx, r.randint(1, 3))
    p = probs[0]
    gp = ctx.doctor()
    parts = [ctx.facility, r.choice(["Division of " + p["service"].title(), "Department of Medicine", "Ambulatory Clinics", "Surgical Clinic"]),
             "Phone %s  |  Fax %s" % (ctx.phone(), ctx.phone()), "", ctx.d(), ""]
    if kind == "patient_results":
        parts.append("%s\n%d %s Street\n%s" % (ctx.name(2), r.randint(1, 999), r.choice(["Alder", "Juniper", "Hawthorn", "Fescue"]), ctx.city))
        parts.append("")
        parts.append("Dear %s %s," % (r.choice(["Mr.", "Ms.", "Mx."]) if ctx.sex == "M" else r.choice(["Ms.", "Mrs.", "Mx."]), ctx.last))
        parts.append("")
        parts.append(r.choice([
            "I am writing to let you know the results of the tests done at your recent visit.",
            "Thank you for completing the blood work and imaging we discussed.",
        ]))
        parts.append(r.choice([
            "Your results were normal and no further action is needed at this time.",
            "Your cholesterol was slightly above target. We would like to discuss starting a medication at your next appointment.",
            "The scan showed a small finding that we would like to recheck in 6 months; this is common and usually not serious.",
            "Your kidney function has improved since your hospital stay.",
        ]))
        if r.random() < 0.7:
            parts.append("")
            parts.append("Here is a summary of the main results:")
            parts.append(lab_block(ctx, abnormal=0.15, style=3))
        parts.append("")
        parts.append(r.choice([
            "Please continue your current medicines. We will see you at your next scheduled visit.",
            "Please book an appointment with your family doctor to review these results in the next month.",
            "We have sent a copy of these results to your family doctor.",
        ]))
        parts.append("If you have any questions, please call the clinic nurse at the number above. Please bring this letter to your next appointment.")
        parts.append("")
        parts.append("Sincerely,\n\nDr. %s" % ctx.attending)
        return "\n".join(parts)
    if kind == "missed_appt":
        parts.append("RE: %s  DOB %s" % (ctx.name(1), ctx.d(ctx.dob)))
        parts.append("")
        parts.append("Dear %s %s," % (ctx.first, ctx.last))
        parts.append("")
        parts.append("Our records show that you were unable to attend your appointment in the %s Clinic on %s." % (
            p["service"].title(), ctx.d(ctx.date - timedelta(days=r.randint(3, 30)))))
        parts.append("We have booked a new appointment for you on %s at %02d:%02d. If this time does not work, please contact the booking office." % (
            ctx.d(ctx.date + timedelta(days=r.randint(14, 60))), r.randint(8, 15), r.choice([0, 15, 30, 45])))
        parts.append("It is important that you continue your follow-up because of your recent %s." % lc(r.choice(p["names"])))
        parts.append(r.choice([
            "Please remember to have your blood work done at least one week before the new appointment.",
            "If you have moved or changed phone numbers, let us know so we can update your file.",
            "If you no longer wish to be followed in our clinic, please tell us so we can inform your doctor.",
        ]) + " " + r.choice(["Parking is available in the P2 garage.", "Please arrive 15 minutes early to register.",
                              "Bring all your medicine bottles or an up-to-date list."]))
        parts.append("A copy of this letter has been sent to your family doctor, Dr. %s." % gp)
        parts.append("")
        parts.append("Yours truly,\n%s Clinic Office on behalf of Dr. %s" % (p["service"].title(), ctx.attending))
        return "\n".join(parts)
    parts.append("Dr. %s\n%s" % (gp, r.choice(["Family Medicine", "Westgate Family Health Team", "Riverbend Medical Clinic", "Community Health Centre"])))
    parts.append("")
    parts.append("RE: %s   DOB %s   %s %s" % (ctx.name(1), ctx.d(ctx.dob), "HCN" if ctx.canada else "MRN",
                                           ctx.health_card() if ctx.canada else ctx.mrn))
    parts.append("Date of visit: %s" % ctx.d(ctx.date - timedelta(days=r.randint(0, 10))))
    parts.append("")
    parts.append("Dear Dr. %s," % gp.split()[-1])
    parts.append("")
    if kind == "consult_reply":
        parts.append(r.choice([
            "I had the pleasure of seeing %s in clinic today in consultation regarding %s." % (ctx.first, lc(r.choice(p["names"]))),
            "Thank you for referring %s, whom I assessed today for %s." % (ctx.first, lc(r.choice(p["names"]))),
            "Many thanks for asking me to see this %d-year-old %s with %s." % (ctx.age, ctx.sexword, lc(r.choice(p["names"])))]))
        parts.append("")
        parts.append("As you know, %s has a history of %s. %s describes %s. %s" % (
            ctx.he, ", ".join(spick(ctx, PMH_LIST, r.randint(2, 4))), cap(ctx.he), p["hpi"],
            r.choice(["There have been no hospital admissions for this.", "Symptoms have had a significant impact on work.",
                      "%s is otherwise well." % cap(ctx.he)])))
        parts.append("")
        parts.append("Medications: %s. Allergies: %s." % (", ".join(meds_list(ctx, r.randint(2, 6))), r.choice(ALLERGIES)))
        parts.append("")
        parts.append("On examination today %s. %s" % (vitals(ctx, sick=0, style=3), cap(p["exam"] or "examination was unremarkable") + "."))
        parts.append("")
        parts.append("Impression: I think the most likely diagnosis is %s; %s." % (lc(r.choice(p["names"])), r.choice(p["assess"])))
        parts.append("")
        parts.append("My suggestions are as follows:")
        parts.append(bullets(r, [cap(x) for x in pick(r, p["plan"], min(4, len(p["plan"])))], "num"))
        parts.append("")
        parts.append(r.choice(["I will see %s again in %d months and will keep you updated." % (ctx.him, r.randint(2, 6)),
                               "I have not arranged routine follow-up but would be happy to see %s again should concerns arise." % ctx.him,
                               "We will arrange the investigations above and I will write again with the results."]))
    else:
        parts.append("I am writing to update you on %s, who remains under our care for %s." % (ctx.first, lc(r.choice(p["names"]))))
        parts.append("")
        parts.append("Since my last letter, %s. %s" % (r.choice(["the repeat imaging has shown a good response", "we have adjusted the treatment twice",
                                                                 "there has been one admission for a flare", "symptoms have settled considerably"]),
                                                       r.choice(["Current status: %s." % r.choice(p["assess"]),
                                                                 "Recent bloodwork is summarised below.\n" + lab_block(ctx, style=1)])))
        parts.append("")
        parts.append("Could I ask that you %s?" % r.choice(["continue the current dose and repeat bloodwork in 3 months",
                                                          "renew the prescription for the next 6 months", "check a BP at the next visit",
                                                          "arrange the annual influenza vaccine"]))
    parts.append("")
    parts.append(r.choice(["Best regards,", "With kind regards,", "Yours sincerely,"]))
    parts.append("")
    parts.append("Dr. %s, %s" % (ctx.attending, r.choice(["MD, FRCPC", "MD", "MD, FACP", "MD, FRCSC"])))
    parts.append(r.choice(["Dictated but not read.", "cc: patient", "cc: Dr. %s" % ctx.doctor(), ""]))
    return "\n".join(parts)


CONSENT_PROCS = [
    ("laparoscopic cholecystectomy", ["bleeding", "infection", "bile leak", "injury to the bile duct or bowel", "conversion to open surgery", "blood clots"]),
    ("total knee replacement", ["infection", "blood clots", "stiffness", "nerve or vessel injury", "ongoing pain", "need for revision"]),
    ("colonoscopy with possible polypectomy", ["bleeding", "perforation (about 1 in 1,000)", "missed lesions", "reaction to sedation"]),
    ("blood and blood product transfusion", ["fever or allergic reaction", "fluid overload", "transfusion-transmitted infection (very rare)",
                                             "hemolytic reaction"]),
    ("coronary angiography and possible angioplasty/stent", ["bleeding at the access site", "kidney injury from contrast", "heart attack", "stroke",
                                                             "emergency bypass surgery", "death (less than 1 in 1,000)"]),
    ("central venous catheter insertion", ["bleeding", "infection", "collapsed lung", "arterial puncture", "malposition"]),
    ("general anesthesia", ["sore throat", "nausea and vomiting", "dental injury", "awareness", "aspiration", "serious allergic reaction"]),
    ("cesarean section", ["bleeding requiring transfusion", "infection", "injury to bladder or bowel", "blood clots", "hysterectomy (rare)"]),
    ("electroconvulsive therapy (course)", ["memory loss", "headache", "muscle aches", "confusion after treatment", "anesthetic risks"]),
    ("lumbar puncture", ["headache", "bleeding", "infection", "back pain", "nerve irritation"]),
]


def gen_consent_form(ctx):
    r = ctx.rng
    cands = [c for c in CONSENT_PROCS if sex_ok(ctx, c[0])]
    proc, risks = r.choice(cands)
    parts = [r.choice(["CONSENT TO TREATMENT / PROCEDURE", "INFORMED CONSENT FOR SURGERY OR PROCEDURE", "Consent Form",
                       "Patient Consent - %s" % proc.title()])]
    parts.append(ctx.facility)
    parts.append("Patient: %s   MRN: %s   DOB: %s" % (ctx.name(), ctx.mrn, ctx.d(ctx.dob)))
    parts.append("")
    parts.append("I, %s (patient / substitute decision-maker), consent to: %s" % ("_" * 24 if r.random() < 0.5 else ctx.name(2), proc.upper()))
    parts.append("Side/site: %s" % (r.choice(["RIGHT", "LEFT"]) if "knee" in proc else r.choice(["n/a", "not applicable"])))
    parts.append("to be performed by Dr. %s and/or designates, which may include residents and fellows under supervision." % ctx.attending)
    parts.append("")
    parts.append("The nature and purpose of the procedure, the expected benefits, and the alternatives (including no treatment) have been explained to me.")
    parts.append("Material risks explained include: " + ", ".join(pick(r, risks, min(len(risks), r.randint(3, 6)))) + ".")
    parts.append("I understand that no guarantee has been made as to the outcome.")
    parts.append("I consent to additional procedures that are found to be necessary during the course of the procedure in an emergency.")
    if r.random() < 0.6:
        parts.append("I consent / do not consent (circle) to the administration of blood products if required.")
    if r.random() < 0.6 and any(k in proc for k in ("cholecystectomy", "knee", "polypectomy", "cesarean")):
        parts.append("I consent to the use of tissue removed for diagnosis and, once de-identified, for teaching.")
    parts.append("I have had the opportunity to ask questions and all have been answered to my satisfaction.")
    parts.append("")
    parts.append("Signature of patient/SDM: ____________________  Date/time: %s" % ctx.dt())
    if r.random() < 0.4:
        parts.append("SDM name/relationship: %s %s (%s)" % (r.choice(FIRST), ctx.last, r.choice(["spouse", "daughter", "son", "POA"])))
    parts.append("Witness: ____________________  (%s %s, RN)" % (r.choice(FIRST), r.choice(DOC_LAST)))
    if r.random() < 0.35:
        parts.append("Interpreter used: %s, ID %d, language %s" % (r.choice(["in person", "phone", "video"]), r.randint(1000, 99999),
                                                                   r.choice(["Mandarin", "Portuguese", "Somali", "Spanish", "Farsi", "Vietnamese"])))
    parts.append("")
    parts.append("PHYSICIAN STATEMENT: I have explained the procedure, risks, benefits and alternatives to the patient/SDM, who appeared to understand.")
    parts.append("Physician: Dr. %s   Signature: ____________  Date: %s" % (r.choice([ctx.attending, ctx.trainee]), ctx.d()))
    return "\n".join(parts)


def gen_advance_directive(ctx):
    r = ctx.rng
    kind = r.choice(["polst", "proxy", "living_will", "goc", "dnr"])
    us = not ctx.canada
    parts = []
    if kind == "polst" or (kind == "goc" and us):
        parts.append(r.choice(["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "MOLST - Medical Orders for Life-Sustaining Treatment",
                               "Portable Medical Order (POLST)"]))
        parts.append("Patient: %s   DOB: %s" % (ctx.name(), ctx.d(ctx.dob)))
        parts.append("")
        parts.append("A. CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing):")
        cpr = r.choice([True, False])
        parts.append("  [%s] Attempt Resuscitation/CPR   [%s] Do Not Attempt Resuscitation/DNR" % ("X" if cpr else " ", " " if cpr else "X"))
        parts.append("B. MEDICAL INTERVENTIONS:")
        lvl = r.randint(0, 2)
        for i, t in enumerate(["Full Treatment - including intubation and ICU", "Selective Treatment - hospital, IV fluids/antibiotics, no intubation",
                               "Comfort-Focused Treatment - relieve pain and suffering, transfer only if comfort needs cannot be met"]):
            parts.append("  [%s] %s" % ("X" if i == lvl else " ", t))
        parts.append("C. ARTIFICIALLY ADMINISTERED NUTRITION:")
        parts.append("  [%s] Long-term   [%s] Trial period   [%s] No artificial nutrition" % tuple("X" if i == r.randint(0, 2) else " " for i in range(3)))
        parts.append("D. Discussed with: %s" % r.choice(["patient", "health care agent", "spouse", "court-appointed guardian"]))
        parts.append("")
        parts.append("Clinician: Dr. %s   Phone %s   Date %s" % (ctx.attending, ctx.phone(), ctx.d()))
        parts.append("Patient/agent signature: ______________________")
        parts.append("SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED")
    elif kind == "goc":
        parts.append(r.choice(["GOALS OF CARE DESIGNATION ORDER", "LEVEL OF CARE / GOALS OF CARE FORM", "Goals of Care and Resuscitation Plan"]))
        parts.append("Patient: %s   HCN: %s" % (ctx.name(), ctx.health_card()))
        parts.append("")
        parts.append("Designation: %s" % r.choice(["R1 - Resuscitative care, CPR and intubation", "R3 - Resuscitative care, no CPR, no intubation",
                                                   "M1 - Medical care, no CPR, no ICU", "M2 - Medical care, transfer to acute care as needed",
                                                   "C1 - Comfort care", "C2 - Comfort care, imminent death"]))
        parts.append("Conversation held with: %s" % r.choice(["patient (capable)", "SDM - wife", "SDM - son, with patient present", "family meeting x4 participants"]))
        parts.append("Summary of discussion: %s" % r.choice([
            "Patient values time at home and independence; would not want prolonged life support if recovery to that level is unlikely.",
            "Discussed prognosis of advanced heart failure; family understands CPR is unlikely to be successful.",
            "Patient wishes to continue all medical treatments but declines intubation and CPR.",
            "Focus on comfort; agree to stop non-essential medications and blood work."]))
        parts.append("Review trigger: %s" % r.choice(["change in clinical status", "transfer of care", "annually", "at patient request"]))
        parts.append("")
        parts.append("Physician: Dr. %s   Signature ________   Date %s" % (ctx.attending, ctx.d()))
    elif kind == "proxy":
        parts.append(r.choice(["HEALTH CARE PROXY", "DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "POWER OF ATTORNEY FOR PERSONAL CARE"]))
        parts.append("")
        parts.append("I, %s, of %s, hereby appoint:" % (ctx.name(2), ctx.city))
        parts.append("Name: %s %s   Relationship: %s   Phone: %s" % (r.choice(FIRST), r.choice([ctx.last, r.choice(SUR_A) + r.choice(SUR_B)]),
                                                                  r.choice(["spouse", "daughter", "son", "friend", "niece"]), ctx.phone()))
        parts.append("as my agent to make any and all health care decisions for me, except to the extent I state otherwise.")
        parts.append("Alternate agent: %s %s   Phone: %s" % (r.choice(FIRST), r.choice(SUR_A) + r.choice(SUR_B), ctx.phone()))
        parts.append("This proxy takes effect when I am determined to be unable to make my own health care decisions.")
        parts.append("Limitations/instructions: %s" % r.choice(["none", "My agent knows my wishes about artificial nutrition and hydration.",
                                                                "I do not want to be kept alive on machines if I will not wake up.", "No blood transfusions (religious)."]))
        parts.append("")
        parts.append("Signature: ________________  Date: %s" % ctx.d())
        parts.append("Witness 1: ________________  Witness 2: ________________")
        parts.append("Scanned from original provided by patient on %s." % ctx.d(ctx.date + timedelta(days=r.randint(0, 300))))
    elif kind == "living_will":
        parts.append(r.choice(["LIVING WILL", "ADVANCE DIRECTIVE - LIVING WILL DECLARATION", "Advance Care Plan / Personal Directive"]))
        parts.append("")
        parts.append("I, %s, being of sound mind, make this statement of my wishes for medical care." % ctx.name(2))
        parts.append("If I have a terminal condition or am permanently unconscious, and there is no reasonable expectation of recovery:")
        for t in pick(r, ["I do not want CPR.", "I do not want to be placed on a breathing machine.", "I do not want tube feeding.",
                          "I want medication to keep me comfortable even if it may shorten my life.", "I would like to die at home if possible.",
                          "I want dialysis to be stopped.", "I want a trial of treatment for up to two weeks."], r.randint(3, 5)):
            parts.append("  - " + t)
        parts.append("Other wishes: %s" % r.choice(["please contact my priest", "organ donation - yes", "music in the room", "none"]))
        parts.append("")
        parts.append("Signed: ________________  Date: %s" % ctx.d())
        parts.append("Witness: ________________   Notary (if applicable): ________")
    else:
        parts.append(r.choice(["DO NOT RESUSCITATE (DNR) ORDER", "No-CPR Confirmation Form", "OUT-OF-HOSPITAL DNR ORDER"]))
        parts.append("Patient: %s   DOB %s   MRN %s" % (ctx.name(), ctx.d(ctx.dob), ctx.mrn))
        parts.append("")
        parts.append("In the event of cardiac or respiratory arrest, no chest compressions, defibrillation, assisted ventilation, or intubation are to be initiated.")
        parts.append("Basis: %s" % r.choice(["capable patient's wishes", "SDM decision consistent with prior expressed wishes", "medical futility after discussion"]))
        parts.append("Other treatments: %s" % r.choice(["all other appropriate treatment to continue", "comfort measures only", "no ICU transfer"]))
        parts.append("")
        parts.append("Physician: Dr. %s   License #%d   Date %s" % (ctx.attending, r.randint(10000, 99999), ctx.d()))
        parts.append("Patient/SDM signature: ____________")
    return "\n".join(parts)


def gen_ecg_report(ctx):
    r = ctx.rng
    kind = r.choice(["ecg", "ecg", "ecg", "holter"])
    if kind == "holter":
        parts = [r.choice(["HOLTER MONITOR REPORT", "48-Hour Ambulatory ECG Report", "Extended Ambulatory ECG (14-day patch) Report"])]
        parts.append("Patient: %s   Age %d   Hook-up: %s   Duration: %s" % (ctx.name(), ctx.age, ctx.d(), r.choice(["24 h", "48 h", "14 d"])))
        parts.append("Indication: %s" % r.choice(["palpitations", "syncope", "post-stroke AF screening", "rate control assessment"]))
        parts.append("")
        parts.append("Predominant rhythm: %s. HR min %d, mean %d, max %d bpm." % (r.choice(["sinus", "atrial fibrillation", "sinus with PACs"]),
                                                                                r.randint(38, 55), r.randint(60, 85), r.randint(100, 160)))
        parts.append("Ventricular ectopy: %d PVCs (%.1f%%), %d couplets, %s." % (r.randint(0, 9000), r.uniform(0, 8), r.randint(0, 30),
                                                                              r.choice(["no VT", "one 5-beat run of NSVT"])))
        parts.append("Supraventricular ectopy: %d PACs, %s." % (r.randint(0, 5000), r.choice(["no SVT", "runs of SVT up to 12 beats", "AF burden 14%"])))
        parts.append("Pauses: %s. AV block: %s." % (r.choice(["none >2.5 s", "longest 3.1 s during sleep"]), r.choice(["none", "Mobitz I nocturnal"])))
        parts.append("Diary correlation: %s" % r.choice(["symptoms correlated with sinus rhythm", "palpitations coincide with PACs", "no diary entries"]))
        parts.append("")
        parts.append("Interpretation: %s" % r.choice(["No significant arrhythmia.", "Paroxysmal atrial fibrillation detected.",
                                                      "Frequent PVCs, monomorphic; consider echo.", "Sinus rhythm with nocturnal bradycardia."]))
        parts.append(sign(ctx, ctx.doctor(), "MD, FRCPC (Cardiology)"))
        return "\n".join(parts)
    rhythm = r.choice(["Normal sinus rhythm", "Sinus bradycardia", "Sinus tachycardia", "Atrial fibrillation with rapid ventricular response",
                       "Atrial fibrillation with controlled ventricular response", "Atrial flutter with 2:1 block", "Sinus rhythm with 1st degree AV block"])
    rate = {"Sinus bradycardia": r.randint(42, 58), "Sinus tachycardia": r.randint(101, 135),
            "Atrial fibrillation with rapid ventricular response": r.randint(110, 160), "Atrial flutter with 2:1 block": 150}.get(rhythm, r.randint(60, 98))
    extras = pick(r, ["Left ventricular hypertrophy with repolarization abnormality", "Right bundle branch block", "Left bundle branch block",
                      "Left anterior fascicular block", "Inferior Q waves - age undetermined", "ST elevation in V1-V4, consider acute anterior MI",
                      "Nonspecific T wave abnormality", "Prolonged QT", "Low voltage QRS", "Poor R wave progression"], r.choice([0, 1, 1, 2]))
    parts = [r.choice(["12-LEAD ECG", "ELECTROCARDIOGRAM REPORT", "ECG Interpretation", "Resting 12 Lead ECG"])]
    parts.append("%s   ID: %s   %d yr %s" % (ctx.name(0), ctx.mrn, ctx.age, "Male" if ctx.sex == "M" else "Female"))
    parts.append("Acquired: %s   Location: %s   Room: %s" % (ctx.dt(), r.choice(["ED", "CCU", "Clinic", "Pre-op", "Ward 6"]), r.randint(1, 40)))
    parts.append("Referring: Dr. %s   Indication: %s   Meds: %s" % (ctx.doctor(), r.choice(["chest pain", "pre-op", "palpitations", "syncope", "routine",
                                                                                    "QTc monitoring on methadone", "post-PCI"]),
                                                                 r.choice(["none listed", "metoprolol", "amiodarone", "digoxin", "sotalol", "citalopram"])))
    parts.append("")
    pr = "" if "fibrillation" in rhythm or "flutter" in rhythm else str(r.randint(130, 250 if "AV block" in rhythm else 200))
    qrs = r.randint(128, 160) if any("bundle" in e for e in extras) else r.randint(76, 110)
    qt = r.randint(340, 460)
    parts.append("Vent. rate       %d BPM" % rate)
    parts.append("PR interval      %s ms" % (pr or "*"))
    parts.append("QRS duration     %d ms" % qrs)
    parts.append("QT/QTc           %d/%d ms" % (qt, r.randint(400, 510)))
    parts.append("P-R-T axes       %s %d %d" % ("*" if not pr else r.randint(20, 75), r.randint(-60, 100), r.randint(-30, 90)))
    parts.append("")
    parts.append("Computer interpretation:")
    parts.append(rhythm)
    for e in extras:
        parts.append(e)
    parts.append(r.choice(["Abnormal ECG", "Borderline ECG", "Normal ECG"]) if extras or rate > 100 or rate < 60 else "Normal ECG")
    parts.append(r.choice(["When compared with ECG of %s, no significant change." % ctx.d(ctx.date - timedelta(days=r.randint(30, 900))),
                           "No previous ECGs available.", "Compared to prior: rate faster, new T wave inversion in lateral leads."]))
    parts.append("")
    parts.append(r.choice(["Confirmed by %s, MD (%d) on %s" % (ctx.doctor(), r.randint(100, 999), ctx.dt(ctx.date + timedelta(days=r.randint(0, 2)))),
                           "UNCONFIRMED - computer interpretation only", "Overread: agree with computer interpretation. -%s" % ctx.doctor()]))
    if r.random() < 0.4:
        parts.append("Cardiologist comment: " + r.choice([
            "Artifact in limb leads; repeat tracing suggested if clinically indicated.",
            "QTc prolonged - review QT-prolonging medications and electrolytes.",
            "Findings communicated to ED physician given ST changes.",
            "Lead reversal suspected (LA/RA); interpretation limited."]))
    parts.append("25 mm/s  10 mm/mV  150 Hz  %s" % r.choice(["MAC5500", "PageWriter TC70", "CardioSys 12", ""]))
    return "\n".join(parts)


def gen_transfer_summary(ctx):
    r = ctx.rng
    probs = choose_problems(ctx, r.randint(3, 5))
    p = probs[0]
    kind = r.choice(["icu_out", "interfacility", "to_rehab", "ward_to_icu"])
    title = {"icu_out": ["ICU TRANSFER NOTE", "ICU Transfer Summary - to Ward", "Transfer Out of Critical Care"],
             "interfacility": ["INTER-FACILITY TRANSFER SUMMARY", "Transfer of Care Summary", "Transfer Summary - Tertiary Centre"],
             "to_rehab": ["TRANSFER SUMMARY TO REHABILITATION", "Transfer to Inpatient Rehab", "Interfacility Transfer - Rehab"],
             "ward_to_icu": ["TRANSFER TO ICU NOTE", "Ward to ICU Transfer Note"]}[kind]
    parts = [r.choice(title)]
    frm, to = {"icu_out": ("MSICU", r.choice(SERVICES)), "interfacility": (ctx.facility, r.choice([f[0] for f in FACILITIES_CA + FACILITIES_US if f[0] != ctx.facility])),
               "to_rehab": (ctx.facility, r.choice(["Pinecrest Rehabilitation Hospital", "Hollowmere Rehab Centre", "St. Wystan Inpatient Rehab"])),
               "ward_to_icu": (r.choice(SERVICES), "ICU")}[kind]
    parts.append("From: %s   To: %s" % (frm, to))
    parts.append("Date of transfer: %s   Admission date: %s" % (ctx.d(ctx.date + timedelta(days=r.randint(1, 12))), ctx.d()))
    parts.append("Sending physician: Dr. %s   Accepting physician: Dr. %s" % (ctx.attending, ctx.doctor()))
    parts.append("Reason for transfer: " + {"icu_out": "no longer requiring vasopressors or ventilatory support",
                                             "interfacility": r.choice(["needs interventional cardiology", "neurosurgical evaluation", "ECMO assessment",
                                                                        "repatriation to home hospital", "transplant workup"]),
                                             "to_rehab": "medically stable, requires intensive rehabilitation",
                                             "ward_to_icu": r.choice(["rising O2 requirement despite HFNC", "hypotension refractory to fluids", "decreased LOC, GCS 8"])}[kind])
    parts.append("Code status: " + r.choice(["Full code", "DNR, OK for ICU", "No CPR/no intubation", "Full - confirmed with SDM"]))
    parts.append("Isolation: " + r.choice(["none", "contact (MRSA)", "droplet/contact", "contact plus (C. diff)", "airborne"]))
    parts.append("")
    parts.append("Brief summary: %d%s with %s who was admitted with %s. %s" % (
        ctx.age, ctx.sex, ", ".join(spick(ctx, PMH_LIST, r.randint(2, 4))), lc(r.choice(p["names"])),
        r.choice(["Course complicated by %s." % lc(r.choice(probs[1]["names"])), "Improved steadily with treatment.", "Deteriorated overnight on the ward."])))
    parts.append("")
    parts.append("Active issues at transfer:")
    for q in probs:
        parts.append("- %s: %s. To do: %s" % (r.choice(q["names"]), r.choice(q["assess"]), r.choice(q["plan"])))
    parts.append("")
    parts.append("Most recent vitals: " + vitals(ctx, sick=0.3, style=0))
    parts.append("Most recent labs: " + lab_block(ctx, style=2).replace("Labs today: ", ""))
    parts.append("Lines/tubes/drains: " + r.choice(["PIV x2", "PICC R basilic (day 5)", "CVC R IJ - to be removed prior to transfer", "foley, PIV",
                                                    "G-tube, PIV", "trach 7.0 cuffed, PICC"]))
    parts.append("Diet: %s   Mobility: %s   Skin: %s" % (r.choice(["regular", "IDDSI 5/thickened fluids", "NPO", "TF Peptamen 1.5 @ 50 mL/h"]),
                                                       r.choice(["1 assist + walker", "bedbound", "independent", "mechanical lift"]),
                                                       r.choice(["intact", "stage 2 sacrum", "surgical incision healing"])))
    parts.append("")
    parts.append("Current medications:")
    parts.append("\n".join("  %s (last given %02d:%02d)" % (m, r.randint(0, 23), r.choice([0, 15, 30, 45]))
                           for m in pick(r, INPT_MEDS + HOME_MEDS, r.randint(5, 10))))
    parts.append("Antibiotics: %s" % r.choice(["none", "ceftriaxone day 4/7", "pip-tazo - stop date %s" % ctx.d(ctx.date + timedelta(days=r.randint(3, 9))),
                                               "cefazolin 2 g IV q8h (6-week course, end date in chart)"]))
    parts.append("")
    parts.append("Pending results: %s" % r.choice(["none", "blood cultures", "final CT report", "pathology", "TB cultures"]))
    parts.append("Family/SDM aware of transfer: %s" % r.choice(["yes - wife", "yes, by phone", "patient informed, family to be called"]))
    parts.append("Verbal handover given to %s at %02d:%02d." % (r.choice(["accepting resident", "charge RN", "accepting MD", "transport team"]),
                                                                 r.randint(0, 23), r.randint(0, 59)))
    parts.append("")
    parts.append(sign(ctx, ctx.trainee, ctx.trainee_role))
    return "\n".join(parts)


DI_EXPLAIN = {
    "cardiology": "Your heart was not pumping well enough, which caused fluid to build up in your lungs and legs.",
    "respirology": "Your lungs were inflamed, which made it hard to breathe.",
    "medicine": "You had an infection that needed antibiotics through a vein.",
    "general surgery": "You had a problem in your abdomen that needed treatment by the surgery team.",
    "gastroenterology": "You had bleeding or inflammation in your digestive tract.",
    "nephrology": "Your kidneys were not working as well as usual.",
    "neurology": "You had a problem affecting your brain or nerves.",
    "endocrinology": "Your blood sugar was not well controlled.",
    "orthopedics": "You broke a bone and had it repaired.",
}


def gen_discharge_instructions(ctx):
    r = ctx.rng
    probs = choose_problems(ctx, r.randint(1, 2))
    p = probs[0]
    parts = [r.choice(["DISCHARGE INSTRUCTIONS", "Patient Discharge Instructions", "After Visit Summary", "Going Home Instructions",
                       "Your Discharge Information"])]
    parts.append("%s   Discharge date: %s" % (ctx.name(2), ctx.d()))
    parts.append("")
    parts.append("Why you were in the hospital: " + r.choice(p["names"]))
    parts.append(DI_EXPLAIN.get(p["service"], "The team treated your condition and you are now well enough to go home."))
    parts.append("")
    parts.append(r.choice(["What to do at home:", "Caring for yourself at home:", "HOME CARE"]))
    tips = {
        "cardiology": ["Weigh yourself every morning after you pee and before breakfast.", "Limit salt to less than 2,000 mg a day.",
                       "Limit fluids to 1.5 litres a day."],
        "respirology": ["Use your inhalers every day as shown.", "Avoid smoke and cold air.", "Finish all your prednisone tablets."],
        "general surgery": ["You may shower after 48 hours. Pat the incisions dry.", "No lifting more than 10 lbs for 4 weeks.",
                            "Walk several times a day."],
        "orthopedics": ["Use your walker at all times until physio says otherwise.", "Take your blood thinner injection each day for 35 days.",
                        "Do your exercises 3 times a day."],
        "endocrinology": ["Check your blood sugar before meals and at bedtime.", "Never skip your long-acting insulin, even if you are not eating.",
                          "Carry a fast sugar with you."],
    }.get(p["service"], ["Rest, and slowly get back to your usual activities.", "Drink plenty of fluids unless told otherwise.",
                         "Take all medicines as listed below."])
    parts.append(bullets(r, tips + pick(r, ["Do not drive while taking opioid pain medicine.", "Avoid alcohol.",
                                            "Ask someone to stay with you for the first few nights."], 1), "-"))
    parts.append("")
    parts.append("Your medicines:")
    meds = meds_list(ctx, r.randint(3, 8))
    for m in meds:
        parts.append("  %s %s" % (r.choice(["[NEW]", "[SAME]", "[SAME]", "[CHANGED]"]), m))
    if r.random() < 0.5:
        parts.append("  STOP taking: %s" % r.choice(["ibuprofen (Advil)", "naproxen", "your old water pill", "zopiclone"]))
    parts.append("")
    parts.append(r.choice(["Call your doctor or return to the Emergency Department if you have:", "When to get help:", "Go to the nearest emergency department if:"]))
    parts.append(bullets(r, pick(r, ["fever over 38.5 C" if ctx.canada else "fever over 101 F", "chest pain or trouble breathing",
                                     "weight gain of more than 2 kg (4 lbs) in 2 days", "black or bloody stools", "new weakness, numbness or trouble speaking",
                                     "redness, swelling or pus from the wound", "vomiting and cannot keep fluids down", "fainting"], r.randint(3, 5)), "*"))
    parts.append("")
    parts.append("Follow-up appointments:")
    parts.append(bullets(r, ["Family doctor (Dr. %s) within %d days" % (ctx.doctor(), r.choice([3, 5, 7, 14])),
                             "%s clinic on %s at %02d:%02d" % (p["service"].title(), ctx.d(ctx.date + timedelta(days=r.randint(7, 45))),
                                                                r.randint(8, 15), r.choice([0, 15, 30, 45]))] +
                 pick(r, ["Blood test at any community lab in 1 week - requisition given", "Home care nurse will call you within 48 hours"], 1), "-"))
    parts.append("")
    parts.append("I have received and understand these instructions.")
    parts.append("Patient/caregiver signature: __________   Nurse: %s %s, RN" % (r.choice(FIRST), r.choice(DOC_LAST)))
    if r.random() < 0.3:
        parts.append("Instructions reviewed with interpreter (%s)." % r.choice(["Punjabi", "Spanish", "Arabic", "Cantonese"]))
    return "\n".join(parts)


def gen_other(ctx):
    r = ctx.rng
    kind = r.choice(["fax", "diet_log", "hep", "billing", "fax", "glucose_log"])
    parts = []
    if kind == "fax":
        parts.append(r.choice(["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "Fax"]))
        parts.append("")
        parts.append("To: %s   Fax: %s" % (r.choice(["Dr. " + ctx.doctor(), "Health Records", "Riverbend Pharmacy", "Home Care Intake"]), ctx.phone()))
        parts.append("From: %s, %s   Fax: %s" % (r.choice(["Medical Records", "Ward 6 clerk", "Cardiology Clinic", "Dr. " + ctx.attending]), ctx.facility, ctx.phone()))
        parts.append("Date: %s   Pages (incl. cover): %d" % (ctx.d(), r.randint(2, 14)))
        parts.append("RE: %s" % r.choice(["records request", "patient %s - requested documents" % ctx.name(1), "urgent referral", "lab results"]))
        parts.append("[%s] Urgent  [%s] For review  [%s] Please reply" % tuple(r.choice(["X", " "]) for _ in range(3)))
        parts.append("")
        parts.append("Comments: %s" % r.choice(["Please see attached.", "As requested by phone today.", "Please call to confirm receipt.", ""]))
        parts.append("")
        parts.append("CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information intended only for "
                     "the recipient named above. If you have received this fax in error, please notify the sender immediately and destroy the documents.")
    elif kind == "diet_log":
        parts.append(r.choice(["3-DAY FOOD RECORD", "Diet Diary", "Food and Fluid Intake Chart"]))
        parts.append("Name: %s   Dietitian: %s %s, RD" % (ctx.name(2), r.choice(FIRST), r.choice(DOC_LAST)))
        parts.append("")
        foods = ["oatmeal with brown sugar", "2 slices toast + peanut butter", "coffee w/ cream x2", "ham sandwich", "chicken soup (canned)",
                 "apple", "rice and chicken curry", "chips (small bag)", "yogurt", "pasta with meat sauce", "salad", "orange juice 250 mL",
                 "cookies x3", "fish and potatoes", "Ensure 1 bottle", "tea with milk", "pizza 2 slices", "ice cream 1/2 cup"]
        for day in range(1, r.randint(2, 3) + 1):
            parts.append("Day %d (%s)" % (day, ctx.d(ctx.date + timedelta(days=day))))
            for meal in ["Breakfast", "Lunch", "Supper", "Snacks"]:
                parts.append("  %-9s %s" % (meal + ":", ", ".join(pick(r, foods, r.randint(1, 3)))))
            if r.random() < 0.5:
                parts.append("  Fluids: %d mL   Intake %%: %d%%" % (r.randint(600, 2200), r.randint(25, 100)))
    elif kind == "hep":
        parts.append(r.choice(["HOME EXERCISE PROGRAM", "Your Physiotherapy Home Exercises", "Home Exercise Sheet - Knee"]))
        parts.append("Patient: %s   Therapist: %s %s, PT   Date: %s" % (ctx.name(2), r.choice(FIRST), r.choice(DOC_LAST), ctx.d()))
        parts.append("")
        ex = [("Ankle pumps", "Move your feet up and down.", "20 reps, every hour while awake"),
              ("Quad sets", "Tighten the thigh muscle, pushing the back of the knee down. Hold 5 seconds.", "10 reps x 3/day"),
              ("Heel slides", "Slide heel toward buttock, bending the knee.", "10 reps x 3/day"),
              ("Straight leg raise", "Keep the knee straight and lift the leg 30 cm.", "10 reps x 2/day"),
              ("Sit to stand", "Stand up from a firm chair without using your hands if able.", "5 reps x 3/day"),
              ("Shoulder pendulum", "Lean on a table and let the arm swing in small circles.", "1 min x 3/day"),
              ("Wall push-up", "Stand an arm's length from the wall and push away.", "10 reps daily"),
              ("Diaphragmatic breathing", "Breathe in through your nose, belly rising.", "5 min x 2/day")]
        for i, (n, d, dose) in enumerate(pick(r, ex, r.randint(3, 6)), 1):
            parts.append("%d. %s\n   %s\n   Dose: %s   [picture]" % (i, n.upper(), d, dose))
        parts.append("")
        parts.append("Stop and call us if pain increases a lot or you notice new swelling.")
    elif kind == "billing":
        parts.append(r.choice(["PATIENT STATEMENT", "Billing Statement", "ITEMIZED STATEMENT OF ACCOUNT"]))
        parts.append("%s - Patient Financial Services" % ctx.facility)
        parts.append("Account #: %s   Statement date: %s   Guarantor: %s" % (ctx.enc, ctx.d(), ctx.name(2)))
        parts.append("")
        total = 0.0
        for _ in range(r.randint(3, 8)):
            amt = round(r.uniform(25, 3500), 2)
            total += amt
            parts.append("%s  %-36s %s  $%10.2f" % (ctx.d(ctx.date - timedelta(days=r.randint(10, 60))),
                                                   r.choice(["ED visit level 4", "CT abdomen w contrast", "Lab - CBC", "Lab - metabolic panel",
                                                             "Pharmacy", "Room and board - semi-private", "Ambulance", "Physician services",
                                                             "Supplies", "Ultrasound"]),
                                                   "%05d" % r.randint(10000, 99999) if not ctx.canada else "     ", amt))
        paid = round(total * r.uniform(0.5, 0.95), 2)
        parts.append("")
        parts.append("Total charges: $%.2f   Insurance payments/adjustments: -$%.2f   Amount due: $%.2f" % (total, paid, total - paid))
        parts.append("Please pay by %s. Questions? Call %s." % (ctx.d(ctx.date + timedelta(days=30)), ctx.phone()))
        if ctx.canada:
            parts.append("Note: charges shown are for uninsured services (e.g., private room upgrade, ambulance co-payment).")
    else:
        parts.append(r.choice(["BLOOD GLUCOSE LOG", "Home Glucose Record", "Blood Sugar Diary"]))
        parts.append("Name: %s   Insulin: %s" % (ctx.name(2), r.choice(["glargine 18 U qHS", "NPH 20 U AM / 10 U PM", "none (oral agents)"])))
        parts.append("")
        parts.append("Date        Before B   Before L   Before S   Bedtime   Notes")
        for k in range(r.randint(5, 14)):
            vals = [("%.1f" % r.uniform(4, 15)) if ctx.canada else str(r.randint(70, 280)) for _ in range(4)]
            vals = [v if r.random() > 0.15 else "--" for v in vals]
            parts.append("%-11s %-10s %-10s %-10s %-9s %s" % (ctx.d(ctx.date + timedelta(days=k)), *vals,
                                                          r.choice(["", "", "", "felt shaky", "missed dose", "big supper", "walked 30 min"])))
    return "\n".join(parts)


def gen_progress_any(ctx):
    """progress_note covers inpatient daily notes, outpatient follow-up and therapy SOAP notes."""
    x = ctx.rng.random()
    if x < 0.55:
        return gen_progress_note(ctx)
    if x < 0.82:
        return gen_clinic_note(ctx)
    return gen_therapy_note(ctx)


GENERATORS = {
    "discharge_summary": gen_discharge_summary,
    "history_physical": gen_history_and_physical,
    "progress_note": gen_progress_any,
    "consult_note": gen_consult_note,
    "operative_note": gen_operative_report,
    "procedure_note": gen_procedure_note,
    "lab_report": gen_lab_report,
    "imaging_report": gen_radiology_report,
    "pathology_report": gen_pathology_report,
    "medication_list": gen_medication_list,
    "prescription": gen_prescription,
    "anesthesia_record": gen_anesthesia_record,
    "correspondence": gen_correspondence,
    "consent_form": gen_consent_form,
    "referral_letter": gen_referral_letter,
    "advance_directive": gen_advance_directive,
    "ecg_report": gen_ecg_report,
    "immunization_record": gen_immunization_record,
    "registration_form": gen_registration_form,
    "insurance_card": gen_insurance_card,
    "nursing_note": gen_nursing_note,
    "ed_note": gen_emergency_department_note,
    "transfer_summary": gen_transfer_summary,
    "provider_orders": gen_physician_orders,
    "discharge_instructions": gen_discharge_instructions,
    "other": gen_other,
}
assert set(GENERATORS) == set(LABELS)
HEADER_P = {"insurance_card": 0.2, "registration_form": 0.35, "referral_letter": 0.35, "correspondence": 0.3, "other": 0.3,
            "advance_directive": 0.4, "consent_form": 0.4}


def make_doc(seed, key, i, attempt):
    rng = random.Random("fam_teaching_notes|%d|%s|%d|%d" % (seed, key, i, attempt))
    ctx = Ctx(rng)
    body = GENERATORS[key](ctx)
    pieces = []
    if rng.random() < HEADER_P.get(key, 0.5):
        pieces.append(print_header(ctx))
    pieces.append(body)
    if rng.random() < 0.3:
        f = footer(ctx)
        if f:
            pieces.append("\n" + f)
    text = "\n".join(pieces)
    # collapse runs of >2 blank lines, strip trailing spaces
    lines = [ln.rstrip() for ln in text.split("\n")]
    out = []
    blank = 0
    for ln in lines:
        blank = blank + 1 if not ln else 0
        if blank <= 1:
            out.append(ln)
    return "\n".join(out).strip() + "\n"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    ap.add_argument("--types", default="", help="comma-separated subset of type keys")
    a = ap.parse_args(argv)
    keys = [k for k in GENERATORS if not a.types or k in a.types.split(",")]
    seen = set()
    n = 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for key in keys:
            made = 0
            attempt = 0
            i = 0
            while made < a.per_type:
                text = make_doc(a.seed, key, i, attempt)
                attempt += 1
                if text in seen:
                    if attempt > 50 * a.per_type + 100:
                        sys.exit("could not make %d distinct %s documents" % (a.per_type, key))
                    continue
                seen.add(text)
                fh.write(json.dumps({"id": "fam_teaching_notes-s%d-%s-%04d" % (a.seed, key, made + 1),
                                     "label": LABELS[key], "text": text}, ensure_ascii=False) + "\n")
                made += 1
                i += 1
                n += 1
    print("wrote %d documents (%d types) to %s" % (n, len(keys), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
