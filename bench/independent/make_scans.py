#!/usr/bin/env python3
"""make_scans.py - synthetic hospital document scans for throughput benchmarks.

Usage:  make_scans.py --seed N --pages P --out DIR [--jobs J]

Writes DIR/scans.pdf, DIR/scans.tif and DIR/manifest.json.  Every page is one
full-page raster image that carries the "scanner's own" encoding (baseline
JPEG, CCITT Group 4 or zlib/deflate 8-bit gray).  The very same encoded bytes
are embedded, without re-encoding, in the PDF (one image XObject per page)
and in the multi-page TIFF (one strip per page).

All text is invented: fictional hospitals, fictional people, fictional numbers
(UK telephone numbers are taken from the 01632 960xxx drama range).

Output is deterministic for a given (seed, pages): every page is drawn from its
own random streams, so the number of worker processes does not matter.

Allowed dependencies: standard library, numpy, Pillow (with libtiff), pikepdf.
Written for the digitize project.
"""

import argparse
import datetime as dt
import glob
import io
import json
import math
import os
import random
import re
import statistics
import struct
import sys
import time
import zlib
from concurrent.futures import ProcessPoolExecutor
from functools import lru_cache

import numpy as np
import pikepdf
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont, ImageOps

F32 = np.float32

# --------------------------------------------------------------------------
# Paper, scanners, content kinds
# --------------------------------------------------------------------------

PAPER_SIZES = {"letter": (8.5, 11.0), "a4": (210 / 25.4, 297 / 25.4)}
PAPER_WEIGHTS = [("letter", 60), ("a4", 40)]

SCANNERS = {
    "gray300": {"dpi": (300, 300), "encoding": "jpeg-gray"},
    "gray300-lossless": {"dpi": (300, 300), "encoding": "flate-gray"},
    "colour300": {"dpi": (300, 300), "encoding": "jpeg-colour"},
    "bilevel300": {"dpi": (300, 300), "encoding": "ccitt-g4"},
    "fax-fine": {"dpi": (204, 196), "encoding": "ccitt-g4"},
    "fax-standard": {"dpi": (204, 98), "encoding": "ccitt-g4"},
    "gray200": {"dpi": (200, 200), "encoding": "jpeg-gray"},
}
SCANNER_WEIGHTS = [
    ("gray300", 30), ("gray300-lossless", 6), ("colour300", 20),
    ("bilevel300", 20), ("fax-fine", 9), ("fax-standard", 5), ("gray200", 10),
]
KIND_WEIGHTS = [
    ("letter", 20), ("clinic_note", 19), ("lab_results", 19), ("form", 18),
    ("discharge_instructions", 18), ("signature_page", 6),
]
BLANK_RATE = 0.03      # fully blank / nearly blank back sides
ROTATED_RATE = 0.03    # pages fed at 90/180/270 degrees

# per-page defect probabilities (decided per page from the page's own stream)
P_GREY_BACKGROUND = 0.15   # gray/colour: dull grey paper (level 185-222)
P_BLUR = 0.12              # noticeably soft focus
P_SALT_PEPPER = 0.10       # impulse noise (isolated black/white pixels)
P_SPECKLE_BILEVEL = 0.40   # bilevel 300 dpi: toner/dust speckle
P_EDGE_BORDER = 0.10       # dark scanner-lid border along 1-2 edges
P_HOLE_PUNCH = 0.08        # hole-punch shadows at the binding edge
P_BLEED_THROUGH = 0.04     # non-blank pages with faint show-through
P_FAX_THICK = 0.40         # fax: thickened strokes
P_FAX_BROKEN = 0.35        # fax: broken strokes

# --------------------------------------------------------------------------
# Fonts (discovered at run time)
# --------------------------------------------------------------------------

FONT_FAMILIES = [
    # name, regular, bold, italic, monospaced
    ("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", False),
    ("DejaVu Serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", False),
    ("DejaVu Sans Condensed", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
     "DejaVuSansCondensed-Oblique.ttf", False),
    ("DejaVu Serif Condensed", "DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
     "DejaVuSerifCondensed-Italic.ttf", False),
    ("DejaVu Sans Mono", "DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf",
     "DejaVuSansMono-Oblique.ttf", True),
    ("Liberation Sans", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf",
     "LiberationSans-Italic.ttf", False),
    ("Liberation Serif", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
     "LiberationSerif-Italic.ttf", False),
    ("Liberation Sans Narrow", "LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf",
     "LiberationSansNarrow-Italic.ttf", False),
    ("Liberation Mono", "LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf",
     "LiberationMono-Italic.ttf", True),
]


def discover_fonts():
    files = sorted(set(glob.glob("/usr/share/fonts/**/*.ttf", recursive=True)))
    by_base = {}
    for f in files:
        by_base.setdefault(os.path.basename(f), f)
    fams = []
    for name, reg, bold, ital, mono in FONT_FAMILIES:
        if reg in by_base:
            fams.append({"name": name, "regular": by_base[reg],
                         "bold": by_base.get(bold, by_base[reg]),
                         "italic": by_base.get(ital, by_base[reg]), "mono": mono})
    if not fams:  # fall back to any TrueType font
        usable = [f for f in files if not re.search(r"(?i)fallback|math|emoji|symbol|dingbat", f)] or files
        for f in usable[:16]:
            fams.append({"name": os.path.splitext(os.path.basename(f))[0], "regular": f,
                         "bold": f, "italic": f, "mono": "mono" in f.lower()})
    if not fams:  # last resort: Pillow's built-in scalable font
        fams.append({"name": "Pillow default", "regular": "", "bold": "", "italic": "", "mono": False})
    return fams


FONTS = discover_fonts()
BODY_FONTS = [f for f in FONTS if not f["mono"]] or FONTS
MONO_FONTS = [f for f in FONTS if f["mono"]] or FONTS


@lru_cache(maxsize=512)
def get_font(path, px):
    if path:
        return ImageFont.truetype(path, px)
    return ImageFont.load_default(size=px)


# --------------------------------------------------------------------------
# Invented vocabulary
# --------------------------------------------------------------------------

FIRST_F = ["Alice", "Carla", "Eleanor", "Gwen", "Imogen", "Keira", "Marisol", "Odette", "Rosalind",
           "Tamsin", "Vera", "Yasmin", "Ines", "Priya", "Agnes", "Delphine", "Hedda", "Beatrix",
           "Philippa", "Maud", "Signe", "Lorna", "Ottilie", "Wren"]
FIRST_M = ["Brendan", "Desmond", "Farid", "Hector", "Jonah", "Lionel", "Niall", "Pavel", "Stellan",
           "Ulric", "Wendell", "Zeke", "Malcolm", "Tobias", "Rufus", "Cormac", "Anselm", "Osric",
           "Thaddeus", "Ambrose", "Leif", "Crispin", "Idris", "Barnaby"]
LAST = ["Ashgrove", "Blackwood", "Corrigan", "Dunmore", "Ellery", "Fenwick", "Garroway", "Holloway",
        "Inchbald", "Jessop", "Kettering", "Lindqvist", "Marchetti", "Northcott", "Okonkwo-Hale",
        "Pemberton", "Quayle", "Redfern", "Stanhope", "Thistlewood", "Underhill", "Varga", "Whitlock",
        "Yardley", "Zabrowski", "Achterberg", "Bellamy-Ross", "Coverdale", "Drummond", "Esterhuizen",
        "Fairbairn", "Hartigan", "Ivanova", "Kilbride", "Lomax", "Moorcroft", "Ormerod",
        "Prendergast", "Sowerby", "Tregothnan", "Veldhuis", "Wickstead"]
HOSPITALS = ["Eastmere General Hospital", "St Brennan's Medical Centre", "Harrowgate Valley Hospital",
             "Millbrook Community Hospital", "Cedar Point Regional Health", "Wyndham Lake Infirmary",
             "Kestrel Bay University Hospital", "Ravensholme District Hospital"]
TRUSTS = ["Eastmere and Lowbridge Health Partnership", "Valley Hospitals Group",
          "North Coast Care Alliance", "Kestrel Bay Health Services"]
STREETS = ["Alder Row", "Quarry Lane", "Harbour Road", "Chantry Walk", "Beacon Street", "Foundry Way",
           "Larch Avenue", "Priory Close", "Tanner's Yard", "Kiln Street", "Orchard Rise", "Mill Race"]
TOWNS = ["Westbury Vale", "Northam Cross", "Eastmere", "Lowbridge", "Kestrel Bay", "Ashby Fold",
         "Harrowgate", "Millbrook", "Ravensholme", "Wyndham"]
PRACTICES = ["Riverside", "Quarry Lane", "Beacon", "Old Mill", "Chantry", "Larchfield", "Harbourside"]
SPECIALTIES = ["Cardiology", "Endocrinology", "Orthopaedics", "General Medicine", "Respiratory Medicine",
               "Gastroenterology", "Renal Medicine", "Neurology", "Rheumatology", "Elderly Care",
               "General Surgery", "Dermatology"]
WARDS = ["Ward 7B", "Ward 4", "Ash Ward", "Kingfisher Ward", "Acute Medical Unit", "Day Surgery Unit",
         "Ward 12", "Cedar Ward", "Coronary Care Unit", "Heron Ward"]

SLOTS = {
    "symptom": ["intermittent chest tightness", "breathlessness on exertion", "recurrent epigastric pain",
                "low back pain radiating to the left leg", "palpitations", "fatigue and weight loss",
                "episodes of dizziness", "a persistent dry cough", "swelling of both ankles",
                "right knee pain", "frequent headaches", "difficulty swallowing solids",
                "altered bowel habit", "numbness in both feet", "poorly controlled blood glucose",
                "night sweats", "pain in the left hip"],
    "dur": ["two-week", "three-month", "six-month", "one-year", "several-year", "four-week", "ten-day"],
    "timing": ["in the mornings", "after meals", "on climbing stairs", "at night", "when lying flat",
               "with prolonged standing", "in cold weather"],
    "relief": ["rest", "simple analgesia", "sitting upright", "antacids", "gentle stretching",
               "a glyceryl trinitrate spray", "a warm compress"],
    "finding": ["peripheral oedema", "focal neurological deficit", "lymphadenopathy", "hepatomegaly",
                "a cardiac murmur", "joint effusion", "jaundice", "abdominal tenderness",
                "calf tenderness", "a skin rash"],
    "test": ["echocardiogram", "chest X-ray", "ultrasound scan of the abdomen", "MRI of the lumbar spine",
             "24-hour ECG", "CT scan of the chest", "spirometry", "upper GI endoscopy", "colonoscopy",
             "nerve conduction study", "DEXA scan", "exercise tolerance test"],
    "result_adj": ["reassuringly normal", "largely unremarkable", "mildly abnormal",
                   "consistent with the clinical picture", "inconclusive", "within normal limits for age"],
    "advice": ["reduce salt intake", "increase fluid intake", "avoid heavy lifting for six weeks",
               "keep a symptom diary", "stop smoking", "lose weight gradually",
               "continue with the physiotherapy exercises", "elevate the legs when sitting",
               "avoid alcohol while taking this medication", "monitor home blood pressure readings"],
    "pmh": ["hypertension", "type 2 diabetes", "asthma", "hypothyroidism", "osteoarthritis",
            "atrial fibrillation", "chronic kidney disease stage 3", "gastro-oesophageal reflux",
            "depression", "a previous appendicectomy", "gout", "migraine", "glaucoma"],
    "gp_action": ["repeat the renal function in two weeks", "review the blood pressure in one month",
                  "continue the current prescription", "refer back if the symptoms recur",
                  "check the thyroid function in six weeks", "arrange a medication review"],
    "smoke": ["non-smoker", "ex-smoker", "current smoker of ten cigarettes a day", "lifelong non-smoker"],
    "impression": ["stable angina", "mechanical back pain", "iron deficiency anaemia",
                   "an exacerbation of asthma", "community acquired pneumonia", "benign positional vertigo",
                   "suboptimally controlled diabetes", "osteoarthritis of the knee",
                   "reflux oesophagitis", "a urinary tract infection", "heart failure with preserved function"],
}
DRUGS = [("amlodipine", "5 mg"), ("ramipril", "2.5 mg"), ("atorvastatin", "20 mg"), ("metformin", "500 mg"),
         ("omeprazole", "20 mg"), ("bisoprolol", "2.5 mg"), ("furosemide", "40 mg"), ("paracetamol", "1 g"),
         ("levothyroxine", "50 micrograms"), ("sertraline", "50 mg"), ("apixaban", "5 mg"),
         ("lansoprazole", "30 mg"), ("naproxen", "250 mg"), ("amoxicillin", "500 mg"),
         ("prednisolone", "30 mg"), ("gliclazide", "40 mg"), ("doxycycline", "100 mg"),
         ("codeine phosphate", "30 mg"), ("salbutamol inhaler", "2 puffs"), ("ferrous fumarate", "210 mg")]
FREQS = ["once daily", "twice daily", "three times daily", "at night", "every morning",
         "four times daily when required"]

LETTER_SENTENCES = [
    "Thank you for referring {pt}, a {age}-year-old {sex} who presents with a {dur} history of {symptom}.",
    "{He} describes {symptom} which is worse {timing} and relieved by {relief}.",
    "{His} past medical history includes {pmh} and {pmh}.",
    "{He} is a {smoke} and drinks approximately {units} units of alcohol per week.",
    "On examination {his} blood pressure was {bp} mmHg, pulse {hr} beats per minute and oxygen "
    "saturation {sats}% on room air.",
    "There was no evidence of {finding}.",
    "Recent blood tests showed a haemoglobin of {hb} g/L and a creatinine of {cr} umol/L.",
    "We discussed the results of the {test}, which were {result_adj}.",
    "I have started {med} and we will review {him} in clinic in {weeks} weeks.",
    "I have advised {him} to {advice}.",
    "I would be grateful if you could {gp_action}.",
    "I have requested a {test} and will write again once the result is available.",
    "{He} understands the plan and is happy to proceed.",
    "Please do not hesitate to contact the clinic if you have any concerns in the meantime.",
    "{He} currently takes {med} and {med}.",
    "Weight today was {weight} kg with a body mass index of {bmi}.",
    "My impression is of {impression}, and I have explained this to {him} in some detail.",
    "{He} was reviewed today together with {his} daughter, who helps with {his} medication.",
    "There have been no further admissions since {his} last appointment on {date}.",
]
NOTE_SECTIONS = [
    ("Presenting complaint", ["{symptom} for the last {weeks} weeks.", "{dur} history of {symptom}."]),
    ("History", LETTER_SENTENCES[1:4] + [LETTER_SENTENCES[14], LETTER_SENTENCES[18]]),
    ("Examination", [LETTER_SENTENCES[4], LETTER_SENTENCES[5], LETTER_SENTENCES[15],
                     "Chest clear, heart sounds normal, abdomen soft and non-tender.",
                     "Temperature {temp} C, respiratory rate {rr} per minute."]),
    ("Investigations", [LETTER_SENTENCES[6], LETTER_SENTENCES[7],
                        "ECG shows sinus rhythm at {hr} beats per minute.",
                        "Urine dipstick negative for blood and protein."]),
    ("Impression", ["{impression}.", "Likely {impression}, differential includes {impression}."]),
]
PLAN_ITEMS = ["Start {med}.", "Request {test}.", "Review in clinic in {weeks} weeks.",
              "Bloods: FBC, U&E, LFT, CRP in {weeks} weeks.", "Patient advised to {advice}.",
              "Letter to GP: please {gp_action}.", "Safety-netting advice given.",
              "Refer to physiotherapy.", "Stop {drugname} and monitor.", "Dietitian referral made."]

DISCHARGE_SECTIONS = {
    "Your medicines": ["Take {med} for {days} days.", "Continue {med} as before.",
                       "Stop taking {drugname} until you are reviewed in clinic.",
                       "You have been given a {days}-day supply of your new medicines.",
                       "Do not take extra paracetamol-containing cold remedies."],
    "Wound care": ["Keep the dressing clean and dry for 48 hours.",
                   "You may shower after two days; pat the wound dry.",
                   "Your stitches are dissolvable and do not need to be removed.",
                   "The practice nurse will check your wound on {date}.",
                   "Some bruising around the wound is normal."],
    "Activity": ["Avoid driving for {weeks} weeks.", "Do not lift anything heavier than a kettle.",
                 "Walk a little further each day.", "You may return to work after {weeks} weeks.",
                 "Rest with your leg raised when sitting."],
    "When to seek help": ["a temperature above 38 C", "increasing redness or swelling around the wound",
                          "new chest pain or breathlessness", "vomiting that does not settle",
                          "bleeding that soaks through the dressing", "pain not controlled by your medicines",
                          "calf pain or swelling"],
    "Diet and fluids": ["Drink at least two litres of fluid a day.", "Eat small, regular meals.",
                        "Avoid alcohol while taking {drugname}.", "Increase fibre to prevent constipation."],
}
FORM_TITLES = ["PATIENT REGISTRATION FORM", "PRE-OPERATIVE ASSESSMENT", "REFERRAL FORM - OUTPATIENT SERVICES",
               "MEDICATION RECONCILIATION", "CONSENT TO TREATMENT - FORM 2", "FALLS RISK ASSESSMENT",
               "NURSING ADMISSION ASSESSMENT"]
CHECK_ITEMS = ["Diabetes", "Heart disease", "High blood pressure", "Asthma / COPD", "Stroke or TIA",
               "Epilepsy", "Kidney disease", "Liver disease", "Bleeding disorder",
               "Previous anaesthetic problems", "Pacemaker fitted", "Latex allergy", "Smoker",
               "Lives alone", "Uses walking aid", "Hearing impaired", "Dentures", "Interpreter required"]
YESNO_Q = ["Has the patient fasted since midnight?", "Is the patient taking anticoagulants?",
           "Has consent been obtained?", "Any known drug allergies?", "Fall in the last 12 months?",
           "Pressure area risk identified?", "Does the patient have capacity?"]

LAB_TESTS = {
    "FULL BLOOD COUNT": [("Haemoglobin", "g/L", 130, 175, 0), ("White cell count", "x10^9/L", 4.0, 11.0, 1),
                         ("Platelets", "x10^9/L", 150, 400, 0), ("Red cell count", "x10^12/L", 4.5, 5.9, 2),
                         ("Haematocrit", "L/L", 0.40, 0.52, 3), ("MCV", "fL", 80, 100, 0),
                         ("MCH", "pg", 27, 33, 1), ("Neutrophils", "x10^9/L", 2.0, 7.5, 2),
                         ("Lymphocytes", "x10^9/L", 1.0, 4.0, 2), ("Monocytes", "x10^9/L", 0.2, 1.0, 2),
                         ("Eosinophils", "x10^9/L", 0.0, 0.4, 2)],
    "UREA AND ELECTROLYTES": [("Sodium", "mmol/L", 133, 146, 0), ("Potassium", "mmol/L", 3.5, 5.3, 1),
                              ("Urea", "mmol/L", 2.5, 7.8, 1), ("Creatinine", "umol/L", 59, 104, 0),
                              ("eGFR", "mL/min/1.73m2", 60, None, 0), ("Chloride", "mmol/L", 95, 108, 0),
                              ("Bicarbonate", "mmol/L", 22, 29, 0)],
    "LIVER FUNCTION TESTS": [("Bilirubin", "umol/L", None, 21, 0), ("ALT", "U/L", None, 41, 0),
                             ("ALP", "U/L", 30, 130, 0), ("GGT", "U/L", None, 60, 0),
                             ("Albumin", "g/L", 35, 50, 0), ("Total protein", "g/L", 60, 80, 0)],
    "BONE PROFILE": [("Adjusted calcium", "mmol/L", 2.20, 2.60, 2), ("Phosphate", "mmol/L", 0.80, 1.50, 2),
                     ("Magnesium", "mmol/L", 0.70, 1.00, 2), ("Vitamin D", "nmol/L", 50, None, 0)],
    "THYROID FUNCTION": [("TSH", "mU/L", 0.27, 4.20, 2), ("Free T4", "pmol/L", 12.0, 22.0, 1),
                         ("Free T3", "pmol/L", 3.1, 6.8, 1)],
    "LIPIDS AND GLUCOSE": [("Total cholesterol", "mmol/L", None, 5.0, 1), ("HDL cholesterol", "mmol/L", 1.0, None, 2),
                           ("Triglycerides", "mmol/L", None, 1.7, 1), ("Glucose (fasting)", "mmol/L", 3.5, 6.0, 1),
                           ("HbA1c", "mmol/mol", 20, 41, 0)],
    "COAGULATION": [("Prothrombin time", "s", 10.0, 13.0, 1), ("INR", "", 0.8, 1.2, 1),
                    ("APTT", "s", 25.0, 36.0, 1), ("Fibrinogen", "g/L", 1.5, 4.0, 1)],
    "HAEMATINICS": [("Ferritin", "ug/L", 30, 400, 0), ("Vitamin B12", "ng/L", 197, 771, 0),
                    ("Folate", "ug/L", 3.9, 26.8, 1), ("Transferrin saturation", "%", 20, 50, 0)],
    "INFLAMMATORY MARKERS": [("C-reactive protein", "mg/L", None, 5, 0), ("ESR", "mm/hr", None, 20, 0),
                             ("Procalcitonin", "ug/L", None, 0.5, 2)],
}
LAB_COMMENTS = ["Sample slightly haemolysed; potassium may be falsely elevated.",
                "Results telephoned to the ward at {time}.", "Please repeat in {weeks} weeks if clinically indicated.",
                "Reference ranges apply to adults only.", "Result checked and confirmed on a second analyser.",
                "Suggest iron studies if clinically indicated."]


# --------------------------------------------------------------------------
# Slot filling
# --------------------------------------------------------------------------

def _med(r):
    name, dose = r.choice(DRUGS)
    return "%s %s %s" % (name, dose, r.choice(FREQS))


SLOT_GEN = {
    "bp": lambda r: "%d/%d" % (r.randint(104, 172), r.randint(58, 99)),
    "hr": lambda r: str(r.randint(52, 112)),
    "sats": lambda r: str(r.randint(91, 99)),
    "hb": lambda r: str(r.randint(88, 162)),
    "cr": lambda r: str(r.randint(54, 210)),
    "weeks": lambda r: str(r.choice([2, 3, 4, 6, 8, 12])),
    "days": lambda r: str(r.choice([5, 7, 10, 14, 28])),
    "units": lambda r: str(r.randint(0, 24)),
    "weight": lambda r: "%.1f" % r.uniform(48, 121),
    "bmi": lambda r: "%.1f" % r.uniform(18.5, 38.0),
    "temp": lambda r: "%.1f" % r.uniform(36.1, 38.6),
    "rr": lambda r: str(r.randint(12, 26)),
    "med": _med,
    "drugname": lambda r: r.choice(DRUGS)[0],
    "time": lambda r: "%02d:%02d" % (r.randint(7, 22), r.randint(0, 59)),
}


def fill(r, template, ctx):
    def rep(m):
        key = m.group(1)
        if key in ctx:
            v = ctx[key]
            return v(r) if callable(v) else v
        if key in SLOT_GEN:
            return SLOT_GEN[key](r)
        return r.choice(SLOTS[key])
    s = re.sub(r"\{(\w+)\}", rep, template)
    return s[0].upper() + s[1:] if s else s


def make_context(r):
    female = r.random() < 0.5
    first = r.choice(FIRST_F if female else FIRST_M)
    last = r.choice(LAST)
    age = r.randint(19, 93)
    doc_date = dt.date(2019, 1, 1) + dt.timedelta(days=r.randint(0, 6 * 365))
    dob = doc_date - dt.timedelta(days=age * 365 + r.randint(0, 364))
    fmt = r.choice(["%d/%m/%Y", "%d %B %Y", "%d-%b-%Y", "%d.%m.%Y"])
    title = r.choice(["Mrs", "Ms", "Miss"]) if female else "Mr"
    doctor_first = r.choice(FIRST_F + FIRST_M)
    doctor_last = r.choice([n for n in LAST if n != last])
    ctx = {
        "first": first, "last": last, "title": title,
        "pt": "%s %s %s" % (title, first, last),
        "age": str(age), "sex": "woman" if female else "man",
        "He": "She" if female else "He", "he": "she" if female else "he",
        "His": "Her" if female else "His", "his": "her" if female else "his",
        "him": "her" if female else "him",
        "dob": dob.strftime("%d/%m/%Y"), "date_obj": doc_date,
        "docdate": doc_date.strftime(fmt),
        "date": lambda rr: (doc_date + dt.timedelta(days=rr.randint(-90, 60))).strftime("%d/%m/%Y"),
        "mrn": "%s%07d" % (r.choice(["", "", "RX", "EM", "K"]), r.randint(0, 9999999)),
        "address": "%d %s, %s" % (r.randint(1, 180), r.choice(STREETS), r.choice(TOWNS)),
        "postcode": "%s%d %d%s" % (r.choice(["WV", "NX", "EM", "LB", "KB", "AF", "HV"]), r.randint(1, 19),
                                    r.randint(1, 9), "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))),
        "phone": "01632 960%03d" % r.randint(0, 999),
        "hospital": r.choice(HOSPITALS), "trust": r.choice(TRUSTS),
        "specialty": r.choice(SPECIALTIES), "ward": r.choice(WARDS),
        "doctor": "Dr %s %s" % (doctor_first, doctor_last), "doctor_last": doctor_last,
        "gp": "Dr %s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(LAST)),
        "practice": "%s Medical Practice" % r.choice(PRACTICES),
        "hosp_addr": "%d %s, %s" % (r.randint(1, 60), r.choice(STREETS), r.choice(TOWNS)),
        "hosp_phone": "01632 960%03d" % r.randint(0, 999),
    }
    return ctx


# --------------------------------------------------------------------------
# Drawing primitives
# --------------------------------------------------------------------------

class Canvas:
    def __init__(self, w, h, dpi, colour, r, fam, body_pt, margins_in):
        self.W, self.H, self.dpi, self.colour, self.r = w, h, dpi, colour, r
        self.mode = "RGB" if colour else "L"
        self.img = Image.new(self.mode, (w, h), (255, 255, 255) if colour else 255)
        self.d = ImageDraw.Draw(self.img)
        self.fam = fam
        self.body_pt = body_pt
        ml, mr, mt, mb = margins_in
        self.x0, self.x1 = self.inch(ml), w - self.inch(mr)
        self.y0, self.y1 = self.inch(mt), h - self.inch(mb)
        self.lines = []
        toner = r.randint(0, 38)
        if colour:
            accent = r.choice([(22, 52, 122), (0, 88, 92), (118, 24, 44), (40, 40, 40), (20, 90, 50)])
            pen = r.choice([(28, 48, 150), (25, 30, 60), (30, 30, 35)])
            shade = r.choice([(222, 230, 242), (228, 228, 228), (232, 240, 230), (245, 232, 214)])
            self.ink = {"text": (toner, toner, toner + 4), "accent": accent, "pen": pen,
                        "rule": (60, 60, 64), "shade": shade, "white": (255, 255, 255)}
        else:
            self.ink = {"text": toner, "accent": r.choice([toner, 45, 70]), "pen": r.randint(35, 80),
                        "rule": r.randint(30, 90), "shade": r.randint(215, 235), "white": 255}

    def inch(self, v):
        return int(round(v * self.dpi))

    def px(self, pt):
        return max(1, int(round(pt * self.dpi / 72.0)))

    def font(self, pt, style="regular", fam=None):
        fam = fam or self.fam
        return get_font(fam[style], self.px(pt))

    def text(self, x, y, s, font, ink="text", anchor="ls"):
        self.d.text((x, y), s, font=font, fill=self.ink[ink], anchor=anchor)

    def hline(self, x0, x1, y, w_pt=0.7, ink="rule"):
        self.d.line([(x0, y), (x1, y)], fill=self.ink[ink], width=max(1, self.px(w_pt)))

    def vline(self, x, y0, y1, w_pt=0.7, ink="rule"):
        self.d.line([(x, y0), (x, y1)], fill=self.ink[ink], width=max(1, self.px(w_pt)))

    def box(self, x0, y0, x1, y1, w_pt=0.7, ink="rule", fill=None):
        self.d.rectangle([x0, y0, x1, y1], outline=self.ink[ink], width=max(1, self.px(w_pt)),
                         fill=None if fill is None else self.ink[fill])

    def scribble(self, x, y, w, h):
        r = self.r
        n = r.randint(5, 9)
        pts = []
        for i in range(n * 8 + 1):
            t = i / (n * 8)
            px = x + w * t + w * 0.05 * math.sin(t * n * 2 * math.pi + r.random())
            py = y - h * 0.5 + h * 0.45 * math.sin(t * n * math.pi * 1.7) * (0.6 + 0.4 * math.sin(t * 5))
            pts.append((px, py))
        self.d.line(pts, fill=self.ink["pen"], width=max(1, self.px(1.1)), joint="curve")
        self.d.line([(x + w * 0.1, y + h * 0.15), (x + w * 0.9, y - h * 0.05)],
                    fill=self.ink["pen"], width=max(1, self.px(0.9)))


def wrap(text, font, width):
    words = text.split()
    lines, cur, curw = [], [], 0.0
    sp = font.getlength(" ")
    for w in words:
        ww = font.getlength(w)
        if cur and curw + sp + ww > width:
            lines.append(" ".join(cur))
            cur, curw = [w], ww
        else:
            curw = curw + sp + ww if cur else ww
            cur.append(w)
    if cur:
        lines.append(" ".join(cur))
    return lines


class Flow:
    """Text flow over 1..n columns; records drawn lines in reading order."""

    def __init__(self, cv, y_top, ncols=1, x0=None, x1=None, gutter_in=0.3):
        self.cv = cv
        x0 = cv.x0 if x0 is None else x0
        x1 = cv.x1 if x1 is None else x1
        g = cv.inch(gutter_in)
        cw = (x1 - x0 - g * (ncols - 1)) / ncols
        self.cols = [(int(x0 + k * (cw + g)), int(cw)) for k in range(ncols)]
        self.k = 0
        self.top = self.y = int(y_top)
        self.bottom = cv.y1
        self.full = False

    @property
    def x(self):
        return self.cols[self.k][0]

    @property
    def w(self):
        return self.cols[self.k][1]

    def place(self, lh, font):
        """Reserve a line of height lh; return its baseline or None if the page is full."""
        if self.full:
            return None
        if self.y + lh > self.bottom:
            if self.k + 1 < len(self.cols):
                self.k += 1
                self.y = self.top
            else:
                self.full = True
                return None
        asc = font.getmetrics()[0]
        base = self.y + asc
        self.y += lh
        return base

    def gap(self, h):
        self.y += int(h)

    def line(self, s, font, lh, ink="text", align="left", indent=0):
        b = self.place(lh, font)
        if b is None:
            return False
        if align == "left":
            x = self.x + indent
        elif align == "right":
            x = self.x + self.w - font.getlength(s)
        else:
            x = self.x + (self.w - font.getlength(s)) / 2
        self.cv.text(x, b, s, font, ink)
        self.cv.lines.append(s)
        return True

    def para(self, text, font, lh, indent=0, ink="text"):
        for ln in wrap(text, font, self.w - indent):
            if not self.line(ln, font, lh, ink=ink, indent=indent):
                return False
        return True

    def item(self, marker, text, font, lh, ink="text"):
        """Bullet (marker=None draws a dot) or numbered item with hanging indent."""
        cv = self.cv
        hang = int(font.size * 1.6)
        lines = wrap(text, font, self.w - hang)
        for i, ln in enumerate(lines):
            b = self.place(lh, font)
            if b is None:
                return False
            if i == 0:
                if marker is None:
                    rad = max(1, font.size * 0.16)
                    cx, cy = self.x + font.size * 0.45, b - font.size * 0.33
                    cv.d.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], fill=cv.ink[ink])
                    cv.lines.append(ln)
                else:
                    cv.text(self.x, b, marker, font, ink)
                    cv.lines.append(marker + " " + ln)
            else:
                cv.lines.append(ln)
            cv.text(self.x + hang, b, ln, font, ink)
        return True


def pair_row(flow, left, right, font, lh, ink="text"):
    """One line with a left and a right aligned item (recorded left then right)."""
    b = flow.place(lh, font)
    if b is None:
        return False
    cv = flow.cv
    cv.text(flow.x, b, left, font, ink)
    if right:
        cv.text(flow.x + flow.w - font.getlength(right), b, right, font, ink)
    cv.lines.append(left + (" " + right if right else ""))
    return True


def kv_rows(flow, pairs, font, bold, lh, split=0.5):
    """Two key:value pairs per row (label bold, value regular)."""
    cv = flow.cv
    for i in range(0, len(pairs), 2):
        b = flow.place(lh, font)
        if b is None:
            return False
        rec = []
        for j, (k, v) in enumerate(pairs[i:i + 2]):
            x = flow.x + int(j * flow.w * split)
            cv.text(x, b, k, bold)
            cv.text(x + bold.getlength(k + " "), b, v, font)
            rec.append(k + " " + v)
        cv.lines.append(" ".join(rec))
    return True


# --------------------------------------------------------------------------
# Content generators
# --------------------------------------------------------------------------

def letterhead(cv, ctx, r, flow):
    align = r.choice(["left", "center", "right"])
    big = cv.font(r.uniform(15, 20), "bold")
    small = cv.font(max(9.0, cv.body_pt - r.uniform(1, 2.5)))
    flow.line(ctx["hospital"], big, int(big.size * 1.25), ink="accent", align=align)
    flow.line(ctx["trust"] if r.random() < 0.5 else "Department of " + ctx["specialty"],
              small, int(small.size * 1.3), align=align)
    flow.line("%s  Tel: %s" % (ctx["hosp_addr"], ctx["hosp_phone"]), small, int(small.size * 1.3), align=align)
    flow.gap(small.size * 0.4)
    y = flow.y
    cv.hline(cv.x0, cv.x1, y, w_pt=r.choice([0.6, 1.0, 1.8]), ink="accent")
    flow.gap(small.size * 1.2)


def gen_letter(cv, ctx, r):
    body = cv.font(cv.body_pt)
    bold = cv.font(cv.body_pt, "bold")
    lh = int(body.size * r.uniform(1.2, 1.45))
    fl = Flow(cv, cv.y0)
    letterhead(cv, ctx, r, fl)
    pair_row(fl, "Our ref: %s/%s/%d" % (ctx["doctor_last"][:2].upper(), ctx["last"][:2].upper(),
                                        r.randint(1000, 99999)), ctx["docdate"], body, lh)
    fl.gap(lh * 0.5)
    for s in [ctx["gp"], ctx["practice"], "%d %s" % (r.randint(1, 90), r.choice(STREETS)), r.choice(TOWNS)]:
        fl.line(s, body, lh)
    fl.gap(lh)
    fl.line("Dear Dr %s," % ctx["gp"].split()[-1], body, lh)
    fl.gap(lh * 0.4)
    fl.para("Re: %s %s, DOB %s, Hospital No %s" % (ctx["first"], ctx["last"].upper(), ctx["dob"], ctx["mrn"]),
            bold, lh)
    fl.para(ctx["address"] + ", " + ctx["postcode"], body, lh)
    fl.gap(lh * 0.6)
    for _ in range(r.randint(3, 6)):
        sents = [fill(r, t, ctx) for t in r.sample(LETTER_SENTENCES, r.randint(2, 4))]
        if not fl.para(" ".join(sents), body, lh):
            return
        fl.gap(lh * 0.6)
    fl.line("Yours sincerely,", body, lh)
    if fl.y + lh * 3 < fl.bottom:
        cv.scribble(fl.x, fl.y + lh * 1.6, cv.inch(r.uniform(1.2, 2.0)), lh * 1.4)
        fl.gap(lh * 2.4)
    fl.line(ctx["doctor"], bold, lh)
    fl.line("Consultant in " + ctx["specialty"], body, lh)
    if r.random() < 0.6:
        fl.gap(lh * 0.5)
        fl.line("cc: %s, %s" % (ctx["pt"], ctx["address"]), body, lh)


def gen_clinic_note(cv, ctx, r):
    body = cv.font(cv.body_pt)
    bold = cv.font(cv.body_pt, "bold")
    lh = int(body.size * r.uniform(1.15, 1.4))
    fl = Flow(cv, cv.y0)
    if r.random() < 0.6:
        letterhead(cv, ctx, r, fl)
    title = cv.font(cv.body_pt + r.uniform(2, 5), "bold")
    fl.line(r.choice(["OUTPATIENT CLINIC NOTE", "WARD ROUND NOTE", "PROGRESS NOTE",
                      "%s CLINIC" % ctx["specialty"].upper()]), title, int(title.size * 1.4))
    kv_rows(fl, [("Name:", "%s %s" % (ctx["first"], ctx["last"])), ("Hospital No:", ctx["mrn"]),
                 ("DOB:", ctx["dob"]), ("Date:", ctx["docdate"]),
                 ("Clinician:", ctx["doctor"]), ("Location:", ctx["ward"])], body, bold, lh)
    fl.gap(lh * 0.3)
    cv.hline(cv.x0, cv.x1, fl.y)
    fl.gap(lh * 0.7)
    ncols = 2 if r.random() < 0.3 else 1
    fl = Flow(cv, fl.y, ncols=ncols, gutter_in=r.uniform(0.25, 0.45))
    for name, templates in NOTE_SECTIONS:
        if not fl.line(name, bold, lh):
            return
        sents = [fill(r, t, ctx) for t in r.sample(templates, min(len(templates), r.randint(1, 3)))]
        if not fl.para(" ".join(sents), body, lh):
            return
        fl.gap(lh * 0.5)
    if not fl.line("Plan", bold, lh):
        return
    for i, t in enumerate(r.sample(PLAN_ITEMS, r.randint(3, 6))):
        if not fl.item("%d." % (i + 1), fill(r, t, ctx), body, lh):
            return
    fl.gap(lh)
    fl.line("%s, %s" % (ctx["doctor"], r.choice(["Consultant", "Specialty Registrar", "Clinical Fellow"])),
            bold, lh)


def lab_value(r, lo, hi, dec):
    if lo is not None and hi is not None:
        mid, span = (lo + hi) / 2, (hi - lo)
    elif hi is not None:
        mid, span = hi * 0.5, hi * 0.8
    else:
        mid, span = lo * 1.4, lo * 0.6
    v = r.gauss(mid, span * 0.2)
    if r.random() < 0.18:  # abnormal result
        if hi is not None and (lo is None or r.random() < 0.6):
            v = hi * r.uniform(1.05, 1.9)
        else:
            v = lo * r.uniform(0.5, 0.95)
    lo_b = lo if lo is not None else 0.0
    v = max(v, lo_b * 0.3, 10 ** -dec)
    v = float("%.*f" % (dec, v))
    flag = ""
    if hi is not None and v > hi:
        flag = "H"
    if lo is not None and v < lo:
        flag = "L"
    return ("%.*f" % (dec, v)), flag


def ref_text(lo, hi, dec):
    if lo is None:
        return "< %.*f" % (dec, hi)
    if hi is None:
        return "> %.*f" % (dec, lo)
    return "%.*f - %.*f" % (dec, lo, dec, hi)


def gen_lab_results(cv, ctx, r):
    body = cv.font(cv.body_pt)
    bold = cv.font(cv.body_pt, "bold")
    lh = int(body.size * r.uniform(1.25, 1.45))
    fl = Flow(cv, cv.y0)
    head = cv.font(r.uniform(13, 17), "bold")
    fl.line(ctx["hospital"], head, int(head.size * 1.3), ink="accent")
    fl.line(r.choice(["Department of Clinical Biochemistry and Haematology", "Pathology Services",
                      "Blood Sciences Laboratory"]), body, lh)
    fl.line(r.choice(["LABORATORY REPORT", "CUMULATIVE RESULTS REPORT", "FINAL REPORT"]), bold, lh)
    fl.gap(lh * 0.3)
    cv.hline(cv.x0, cv.x1, fl.y, w_pt=1.2)
    fl.gap(lh * 0.5)
    coll = ctx["date_obj"]
    kv_rows(fl, [("Patient:", "%s, %s" % (ctx["last"].upper(), ctx["first"])), ("Hospital No:", ctx["mrn"]),
                 ("DOB:", ctx["dob"]), ("Sex:", "F" if ctx["He"] == "She" else "M"),
                 ("Location:", ctx["ward"]), ("Requested by:", ctx["doctor"]),
                 ("Collected:", coll.strftime("%d/%m/%Y") + " " + SLOT_GEN["time"](r)),
                 ("Lab No:", "%02d%s%06d" % (coll.year % 100, r.choice("BHCX"), r.randint(0, 999999)))],
            body, bold, lh)
    fl.gap(lh * 0.8)
    prev = r.random() < 0.45
    # size the columns from their contents; shrink the table font (not below 9 pt) or drop
    # the "Previous" column if the table would not fit between the margins
    all_tests = [t for v in LAB_TESTS.values() for t in v]
    avail = cv.x1 - cv.x0
    tpt = cv.body_pt
    while True:
        tb, tbb = cv.font(tpt), cv.font(tpt, "bold")
        pad = tb.size * 0.35
        cols = [("Test", [t[0] for t in all_tests]), ("Result", ["0000.00"]), ("Flag", ["H"]),
                ("Units", [t[1] for t in all_tests]), ("Reference range", ["000.00 - 000.00"])]
        if prev:
            cols.append(("Previous", ["0000.00"]))
        nat = [max([tbb.getlength(h)] + [tb.getlength(c) for c in cells]) + 2.5 * pad for h, cells in cols]
        if sum(nat) <= avail:
            break
        if tpt > 9:
            tpt -= 0.5
        elif prev:
            prev = False
        else:
            break
    body, bold = tb, tbb
    extra = max(0.0, avail - sum(nat))
    xs = [cv.x0]
    for w in nat:
        xs.append(xs[-1] + w + extra * w / sum(nat))
    cols = [(h, 0) for h, _ in cols]
    grid = r.random() < 0.5
    shade = r.random() < 0.6
    rh = int(body.size * r.uniform(1.55, 1.9))
    panels = r.sample(sorted(LAB_TESTS), r.randint(2, 4))
    for pname in panels:
        if fl.y + rh * 4 > fl.bottom:
            break
        fl.line(pname, bold, int(lh * 1.2))
        top = fl.y
        y = fl.y
        if shade:
            cv.d.rectangle([cv.x0, y, cv.x1, y + rh], fill=cv.ink["shade"])
        base = y + (rh + bold.getmetrics()[0] - bold.getmetrics()[1]) / 2
        for (name, _), x in zip(cols, xs):
            cv.text(x + pad, base, name, bold)
        cv.lines.append(" ".join(n for n, _ in cols))
        cv.hline(cv.x0, cv.x1, y)
        cv.hline(cv.x0, cv.x1, y + rh, w_pt=1.0)
        y += rh
        for name, unit, lo, hi, dec in LAB_TESTS[pname]:
            if y + rh > fl.bottom:
                break
            val, flag = lab_value(r, lo, hi, dec)
            cells = [name, val, flag, unit, ref_text(lo, hi, dec)]
            if prev:
                cells.append(lab_value(r, lo, hi, dec)[0])
            base = y + (rh + body.getmetrics()[0] - body.getmetrics()[1]) / 2
            for i, (c, x) in enumerate(zip(cells, xs)):
                if c:
                    cv.text(x + pad, base, c, bold if (i in (1, 2) and flag) else body)
            cv.lines.append(" ".join(c for c in cells if c))
            y += rh
            if grid or r.random() < 0.85:
                cv.hline(cv.x0, cv.x1, y, w_pt=0.5)
        if grid:
            for x in xs:
                cv.vline(x, top, y, w_pt=0.5)
        fl.y = int(y + lh * 0.9)
    if fl.y + lh * 3 < fl.bottom:
        fl.para("Comment: " + fill(r, r.choice(LAB_COMMENTS), ctx), body, lh)
        fl.gap(lh * 0.5)
        fl.para("Report authorised by %s %s, Biomedical Scientist, %s" % (
            r.choice(FIRST_F + FIRST_M), r.choice(LAST), coll.strftime("%d/%m/%Y")), body, lh)
        fl.line("Page 1 of 1", body, lh, align="right")


def gen_form(cv, ctx, r):
    body = cv.font(cv.body_pt)
    bold = cv.font(cv.body_pt, "bold")
    lab = cv.font(9, "regular")
    penfam = r.choice([f for f in FONTS if f["mono"]] + [f for f in FONTS if not f["mono"]])
    pen = cv.font(cv.body_pt + r.uniform(0, 2), r.choice(["italic", "regular"]), fam=penfam)
    lh = int(body.size * 1.35)
    fl = Flow(cv, cv.y0)
    small = cv.font(9)
    pair_row(fl, ctx["hospital"], "Form %s-%03d" % (r.choice(["PA", "CN", "NA", "RF"]), r.randint(1, 400)),
             small, int(small.size * 1.4))
    title = cv.font(r.uniform(13, 17), "bold")
    th = int(title.size * 1.8)
    y = fl.y + cv.px(4)
    name = r.choice(FORM_TITLES)
    if r.random() < 0.5:
        cv.d.rectangle([cv.x0, y, cv.x1, y + th], fill=cv.ink["accent"])
        cv.text((cv.x0 + cv.x1) / 2, y + th / 2, name, title, ink="white", anchor="mm")
    else:
        cv.box(cv.x0, y, cv.x1, y + th, w_pt=1.4)
        cv.text((cv.x0 + cv.x1) / 2, y + th / 2, name, title, anchor="mm")
    cv.lines.append(name)
    fl.y = int(y + th + lh * 0.6)
    fields = [("Surname", ctx["last"].upper()), ("Forename(s)", ctx["first"]), ("Date of birth", ctx["dob"]),
              ("Hospital number", ctx["mrn"]), ("Address", ctx["address"]), ("Postcode", ctx["postcode"]),
              ("Telephone", ctx["phone"]), ("Next of kin", "%s %s" % (r.choice(FIRST_F + FIRST_M), ctx["last"])),
              ("Relationship", r.choice(["Husband", "Wife", "Son", "Daughter", "Partner", "Friend"])),
              ("GP", ctx["gp"]), ("Ward", ctx["ward"]), ("Consultant", ctx["doctor"]),
              ("Height (cm)", str(r.randint(148, 196))), ("Weight (kg)", SLOT_GEN["weight"](r)),
              ("Blood pressure", SLOT_GEN["bp"](r)), ("Allergies", r.choice(["None known", "Penicillin",
                                                                             "Latex", "Codeine - nausea", "NKDA"])),
              ("Date", ctx["docdate"])]
    i = 0
    bh = int(lab.size * 1.3 + pen.size * 1.5)
    while i < len(fields) and fl.y + bh < fl.bottom - lh * 6:
        n = r.choice([1, 2, 2, 3])
        row = fields[i:i + n]
        i += n
        y = fl.y
        widths = [r.uniform(0.8, 1.4) for _ in row]
        xs = [cv.x0]
        for w in widths:
            xs.append(xs[-1] + (cv.x1 - cv.x0) * w / sum(widths))
        for (label, val), xa, xb in zip(row, xs, xs[1:]):
            cv.box(xa, y, xb, y + bh)
            cv.text(xa + lab.size * 0.3, y + lab.size * 1.1, label, lab)
            filled = r.random() < 0.88
            if filled:
                v = val
                while pen.getlength(v) > (xb - xa) - pen.size and " " in v:
                    v = v.rsplit(" ", 1)[0].rstrip(" ,")
                while pen.getlength(v) > (xb - xa) - pen.size and len(v) > 4:
                    v = v[:-1]
                cv.text(xa + lab.size * 0.8, y + bh - pen.size * 0.45, v, pen, ink="pen")
                cv.lines.append(label + " " + v)
            else:
                cv.lines.append(label)
        fl.y = y + bh
    fl.gap(lh * 0.8)
    if not fl.line("Medical history (tick all that apply)", bold, lh):
        return
    items = r.sample(CHECK_ITEMS, r.randint(6, 12))
    ncol = r.choice([2, 3])
    cw = (cv.x1 - cv.x0) / ncol
    side = int(body.size * 0.85)
    for k in range(0, len(items), ncol):
        b = fl.place(int(lh * 1.25), body)
        if b is None:
            return
        rec = []
        for j, it in enumerate(items[k:k + ncol]):
            x = cv.x0 + j * cw
            cv.box(x, b - side, x + side, b)
            if r.random() < 0.35:
                m = side * 0.2
                if r.random() < 0.5:
                    cv.d.line([(x + m, b - side + m), (x + side - m, b - m)], fill=cv.ink["pen"], width=cv.px(1.2))
                    cv.d.line([(x + m, b - m), (x + side - m, b - side + m)], fill=cv.ink["pen"], width=cv.px(1.2))
                else:
                    cv.d.line([(x + m, b - side * 0.45), (x + side * 0.42, b - m), (x + side * 1.25, b - side * 1.2)],
                              fill=cv.ink["pen"], width=cv.px(1.4))
            cv.text(x + side * 1.6, b, it, body)
            rec.append(it)
        cv.lines.append(" ".join(rec))
    fl.gap(lh * 0.6)
    for q in r.sample(YESNO_Q, r.randint(2, 4)):
        b = fl.place(int(lh * 1.25), body)
        if b is None:
            return
        cv.text(cv.x0, b, q, body)
        x = max(cv.x0 + body.getlength(q) + body.size, cv.x1 - body.size * 9)
        tick = r.choice([0, 1, None])
        for j, opt in enumerate(["Yes", "No"]):
            xx = x + j * body.size * 4.5
            cv.box(xx, b - side, xx + side, b)
            if tick == j:
                cv.d.line([(xx + 2, b - side + 2), (xx + side - 2, b - 2)], fill=cv.ink["pen"], width=cv.px(1.2))
                cv.d.line([(xx + 2, b - 2), (xx + side - 2, b - side + 2)], fill=cv.ink["pen"], width=cv.px(1.2))
            cv.text(xx + side * 1.5, b, opt, body)
        cv.lines.append(q + " Yes No")
    fl.gap(lh)
    if fl.y + lh * 3 < fl.bottom:
        fl.para("I confirm that the information given above is correct to the best of my knowledge.", body, lh)
        fl.gap(lh * 1.5)
        b = fl.place(lh, body)
        if b is not None:
            cv.text(cv.x0, b, "Signature", body)
            sx = cv.x0 + body.getlength("Signature ")
            cv.hline(sx, sx + cv.inch(2.4), b + 2, w_pt=0.5)
            cv.scribble(sx + cv.inch(0.2), b - body.size * 0.3, cv.inch(1.6), body.size * 1.6)
            dx = cv.x0 + (cv.x1 - cv.x0) * 0.62
            cv.text(dx, b, "Date", body)
            cv.text(dx + body.getlength("Date  "), b, ctx["docdate"], pen, ink="pen")
            cv.lines.append("Signature Date " + ctx["docdate"])


def gen_discharge(cv, ctx, r):
    body = cv.font(cv.body_pt)
    bold = cv.font(cv.body_pt, "bold")
    lh = int(body.size * r.uniform(1.2, 1.45))
    fl = Flow(cv, cv.y0)
    letterhead(cv, ctx, r, fl)
    title = cv.font(cv.body_pt + r.uniform(3, 6), "bold")
    fl.line(r.choice(["DISCHARGE INSTRUCTIONS", "INFORMATION FOR YOU AFTER YOUR STAY",
                      "PATIENT DISCHARGE ADVICE"]), title, int(title.size * 1.5), align=r.choice(["left", "center"]))
    kv_rows(fl, [("Patient:", "%s %s" % (ctx["first"], ctx["last"])), ("Hospital No:", ctx["mrn"]),
                 ("Ward:", ctx["ward"]), ("Discharge date:", ctx["docdate"])], body, bold, lh)
    fl.para("Diagnosis: " + fill(r, "{impression}", ctx), body, lh)
    fl.gap(lh * 0.6)
    ncols = 2 if r.random() < 0.25 else 1
    fl = Flow(cv, fl.y, ncols=ncols)
    secs = r.sample(sorted(DISCHARGE_SECTIONS), r.randint(3, 5))
    numbered = r.random() < 0.25
    for s in secs:
        if not fl.line(s, bold, int(lh * 1.1)):
            return
        opts = DISCHARGE_SECTIONS[s]
        if s == "When to seek help":
            if not fl.para("Contact the ward on %s or go to the Emergency Department if you have:" %
                           ctx["hosp_phone"], body, lh):
                return
        for i, t in enumerate(r.sample(opts, min(len(opts), r.randint(2, 5)))):
            if not fl.item("%d." % (i + 1) if numbered else None, fill(r, t, ctx), body, lh):
                return
        fl.gap(lh * 0.6)
    fl.para("Follow-up: an appointment will be sent for the %s clinic in %s weeks." %
            (ctx["specialty"], SLOT_GEN["weeks"](r)), body, lh)
    fl.gap(lh * 0.5)
    fl.line("Nurse: %s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(LAST)), body, lh)


def gen_signature_page(cv, ctx, r):
    body = cv.font(cv.body_pt)
    pen = cv.font(cv.body_pt + 1, "italic")
    lh = int(body.size * 2.6)
    fl = Flow(cv, cv.y0 + (cv.y1 - cv.y0) * r.uniform(0.05, 0.45))
    n = r.choice([2, 3, 3])
    b = fl.place(lh, body)
    cv.text(cv.x0, b, "Signed:", body)
    sx = cv.x0 + body.getlength("Signed: ")
    cv.hline(sx, sx + cv.inch(2.8), b + 3, w_pt=0.5)
    cv.scribble(sx + cv.inch(0.3), b - body.size * 0.4, cv.inch(r.uniform(1.4, 2.2)), body.size * 2)
    cv.lines.append("Signed:")
    fl.line("Print name: %s" % ctx["doctor"], body, lh)
    if n == 3:
        b = fl.place(lh, body)
        cv.text(cv.x0, b, "Date:", body)
        cv.text(cv.x0 + body.getlength("Date:  "), b, ctx["docdate"], pen, ink="pen")
        cv.lines.append("Date: " + ctx["docdate"])


GENERATORS = {
    "letter": gen_letter, "clinic_note": gen_clinic_note, "lab_results": gen_lab_results,
    "form": gen_form, "discharge_instructions": gen_discharge, "signature_page": gen_signature_page,
}


# --------------------------------------------------------------------------
# Degradation helpers
# --------------------------------------------------------------------------

SMOOTH = ImageFilter.Kernel((3, 3), [1, 2, 1, 2, 6, 2, 1, 2, 1])


def mottle(rng, w, h, cell):
    """Low-frequency paper texture as an L image centred on 128 (sd ~20)."""
    small = np.clip(rng.standard_normal((h // cell + 2, w // cell + 2)) * 20 + 128, 0, 255).astype(np.uint8)
    return Image.fromarray(small).resize((w, h), Image.BILINEAR)


_NORMAL_Q = [statistics.NormalDist().inv_cdf((u + 0.5) / 256.0) for u in range(256)]


def noise_image(rng, w, h, sigma):
    """Gaussian noise (uniform bytes mapped through the normal quantile function), s.d. sigma,
    as an L image centred on 128; returns (image, 128)."""
    lut = [int(max(0, min(255, round(128 + sigma * q)))) for q in _NORMAL_Q]
    return Image.fromarray(rng.integers(0, 256, (h, w), dtype=np.uint8)).point(lut), 128


def add_noise(img, rng, sigma):
    """Add zero-mean noise with s.d. ~sigma (same noise on all channels)."""
    nimg, off = noise_image(rng, img.width, img.height, sigma)
    if img.mode == "RGB":
        nimg = Image.merge("RGB", (nimg, nimg, nimg))
    return ImageChops.add(img, nimg, 1.0, -off)


def soften(img, r):
    """Out-of-focus blur (cheap): box-reduce by 2 or 3 and scale back up bilinearly."""
    f = r.choice([2, 2, 3])
    return img.reduce(f).resize(img.size, Image.BILINEAR)


def draw_holes(img, paper, dpi, r):
    """Hole-punch shadows at the left binding edge (in page coordinates, before skew)."""
    d = ImageDraw.Draw(img)
    W, H = img.size
    if paper == "letter":
        rad, cx, centres = 0.14 * dpi, 0.42 * dpi, [H / 2 - 4.25 * dpi, H / 2, H / 2 + 4.25 * dpi]
    else:
        rad, cx, centres = 3.0 / 25.4 * dpi, 12.0 / 25.4 * dpi, [H / 2 - 40 / 25.4 * dpi, H / 2 + 40 / 25.4 * dpi]
    dark = r.randint(20, 70)
    col = (dark, dark, dark + 3) if img.mode == "RGB" else dark
    halo = r.randint(120, 170)
    hcol = (halo,) * 3 if img.mode == "RGB" else halo
    off = 0.012 * dpi
    for cy in centres:
        d.ellipse([cx - rad - off, cy - rad, cx + rad + off * 2, cy + rad + off * 2], fill=hcol)
        d.ellipse([cx - rad, cy - rad, cx + rad, cy + rad], fill=col)


def apply_border(a, rng, r, dpi, defects):
    """Dark scanner border along 1-2 edges with a ragged inner edge. a: (H,W) or (H,W,3) array."""
    edges = r.sample(["left", "right", "top", "bottom"], r.choice([1, 1, 2]))
    for e in edges:
        H, W = a.shape[:2]
        n = H if e in ("left", "right") else W
        base = r.uniform(0.05, 0.30) * dpi
        walk = np.cumsum(rng.standard_normal(n).astype(F32)) * r.uniform(0.3, 1.0)
        walk -= np.linspace(walk[0], walk[-1], n, dtype=F32)
        widths = np.clip(base + walk + np.linspace(0, r.uniform(-0.5, 0.5) * base, n), 2, base * 2.5).astype(int)
        mw = int(widths.max()) + 1
        val = r.randint(12, 60)
        grad = np.linspace(val, val + r.randint(0, 40), mw, dtype=F32)
        if e == "left":
            band = a[:, :mw]
            mask = np.arange(mw)[None, :] < widths[:, None]
            g = np.broadcast_to(grad[None, :], mask.shape)
        elif e == "right":
            band = a[:, W - mw:]
            mask = np.arange(mw)[::-1][None, :] < widths[:, None]
            g = np.broadcast_to(grad[::-1][None, :], mask.shape)
        elif e == "top":
            band = a[:mw, :]
            mask = np.arange(mw)[:, None] < widths[None, :]
            g = np.broadcast_to(grad[:, None], mask.shape)
        else:
            band = a[H - mw:, :]
            mask = np.arange(mw)[::-1][:, None] < widths[None, :]
            g = np.broadcast_to(grad[::-1][:, None], mask.shape)
        if band.ndim == 3:
            band[mask] = g[mask][:, None]
        else:
            band[mask] = g[mask]
    defects.append("edge_border:" + "+".join(edges))


def specks(shape, rng, count, max_size=3):
    """Boolean mask of small dark specks."""
    H, W = shape
    m = np.zeros(shape, dtype=bool)
    ys = rng.integers(0, H - max_size, count)
    xs = rng.integers(0, W - max_size, count)
    sz = rng.integers(1, max_size + 1, count)
    for s in range(1, max_size + 1):
        sel = sz >= s
        for dy in range(s):
            for dx in range(s):
                if (dy == s - 1 or dx == s - 1):
                    m[ys[sel] + dy, xs[sel] + dx] = True
    return m


def salt_pepper(a, rng, frac):
    H, W = a.shape[:2]
    n = int(H * W * frac)
    ys = rng.integers(0, H, n)
    xs = rng.integers(0, W, n)
    vals = np.where(rng.random(n) < 0.7, 0, 255).astype(a.dtype)
    if a.ndim == 3:
        a[ys, xs] = vals[:, None]
    else:
        a[ys, xs] = vals


# --------------------------------------------------------------------------
# Encoders
# --------------------------------------------------------------------------

def encode_g4(black):
    """black: bool array, True = black pixel. Returns raw CCITT G4 bytes (MSB first)."""
    im = Image.fromarray(np.ascontiguousarray(black))  # 1 bits = black (fax convention)
    buf = io.BytesIO()
    im.save(buf, "TIFF", compression="group4", strip_size=1 << 30)
    t = Image.open(io.BytesIO(buf.getvalue()))
    offs, counts = t.tag_v2[273], t.tag_v2[279]
    if len(offs) != 1:
        raise RuntimeError("expected a single G4 strip")
    return buf.getvalue()[offs[0]:offs[0] + counts[0]]


def encode_jpeg(img, q, dpi):
    buf = io.BytesIO()
    kw = {"quality": q, "dpi": dpi, "optimize": False, "progressive": False}
    if img.mode == "RGB":
        kw["subsampling"] = 2  # 4:2:0, matches TIFF YCbCrSubSampling 2,2
    img.save(buf, "JPEG", **kw)
    return buf.getvalue()


# --------------------------------------------------------------------------
# One page
# --------------------------------------------------------------------------

def choose_skew(r):
    u = r.random()
    if u < 0.18:
        return 0.0
    if u < 0.90:
        return round(max(-1.5, min(1.5, r.gauss(0, 0.6))), 2) + 0.0
    return round(r.uniform(1.5, 4.0) * r.choice([-1, 1]), 2) + 0.0


def render_page(task):
    idx, seed = task["index"], task["seed"]
    r = random.Random("page:%d:%d" % (seed, idx))
    rng = np.random.default_rng([seed, idx, 1234])
    scanner = task["scanner"]
    enc = SCANNERS[scanner]["encoding"]
    xdpi, ydpi = SCANNERS[scanner]["dpi"]
    fax = scanner.startswith("fax")
    bilevel = enc == "ccitt-g4"
    colour = enc == "jpeg-colour"
    paper = task["paper"]
    pw, ph = PAPER_SIZES[paper]
    rdpi = xdpi  # render with square pixels at the horizontal resolution
    W, H = int(round(pw * rdpi)), int(round(ph * rdpi))
    blank = task["blank"]
    kind = "blank" if blank else task["kind"]
    defects = []

    hole = r.random() < P_HOLE_PUNCH
    margins = [r.uniform(0.75 if hole else 0.6, 1.25), r.uniform(0.6, 1.2), r.uniform(0.55, 1.0),
               r.uniform(0.6, 1.0)]
    fam = r.choice(BODY_FONTS if r.random() < 0.85 else FONTS)
    body_pt = round(r.uniform(9.0, 14.0) * 2) / 2
    cv = Canvas(W, H, rdpi, colour, r, fam, body_pt, margins)
    ctx = make_context(r)
    if fax and not blank:
        # fax header line printed by the sending machine
        hf = get_font(r.choice(MONO_FONTS)["regular"], cv.px(9))
        d = ctx["date_obj"]
        hdr = "%s %s FROM: %s TO: %s P.%03d/%03d" % (
            d.strftime("%b-%d-%Y").upper(), SLOT_GEN["time"](r),
            re.sub(r"[^A-Z ]", "", ctx["hospital"].upper())[:22].strip(), ctx["phone"].replace(" ", ""),
            r.randint(1, 3), r.randint(3, 6))
        cv.text(cv.inch(0.25), cv.inch(0.22), hdr, hf)
        cv.lines.append(hdr)
        defects.append("fax_header")
    if not blank:
        GENERATORS[kind](cv, ctx, r)
    img = cv.img
    text = "\n".join(cv.lines) if not blank else ""

    # ---- show-through from the other side (multiplied in later) -------
    bleed = None
    if (blank and not bilevel and r.random() < 0.6) or (not blank and not bilevel and r.random() < P_BLEED_THROUGH):
        other = Canvas(W, H, rdpi, False, r, r.choice(BODY_FONTS), round(r.uniform(9, 13)), margins)
        r.choice([gen_letter, gen_clinic_note, gen_discharge])(other, make_context(r), r)
        s = r.uniform(0.03, 0.07)
        bl = ImageOps.mirror(other.img).reduce(4).filter(ImageFilter.GaussianBlur(rdpi / 300 * 1.2))
        bleed = bl.resize((W, H), Image.BILINEAR).point(lambda v: int(round(255 - s * (255 - v))))
        defects.append("bleed_through")

    if hole:
        draw_holes(img, paper, rdpi, r)
        defects.append("hole_punch")

    skew = 0.0 if blank else choose_skew(r)
    rot = task["rotation"]
    blur = r.random() < P_BLUR
    out = {"index": idx, "kind": kind, "scanner": scanner, "encoding": enc, "paper": paper,
           "dpi": [xdpi, ydpi], "skew_degrees": skew, "rotation": rot,
           "blank": blank, "font": fam["name"], "body_pt": body_pt}

    def geometry(im, fill):
        """Skew (bilinear; soft like a real scan) then gross rotation, then fax line resolution."""
        if skew:
            im = im.rotate(skew, resample=Image.BILINEAR, expand=False, fillcolor=fill)
        elif not fax:
            im = im.filter(SMOOTH)  # scanner optics
        if rot:
            im = im.transpose({90: Image.ROTATE_90, 180: Image.ROTATE_180, 270: Image.ROTATE_270}[rot])
        if fax and ydpi != xdpi:
            im = im.resize((im.width, int(round(im.height * ydpi / xdpi))), Image.BOX)
        return im

    if not bilevel:
        # ---- paper: tone, mottle, stock ---------------------------------
        grey = r.random() < P_GREY_BACKGROUND
        stock = "white"
        if colour:
            stock = r.choices(["white", "off-white", "tinted", "recycled"], [15, 40, 25, 20])[0]
            if grey:
                g = r.uniform(195, 222)
                pap = (g, g - r.uniform(0, 4), g - r.uniform(2, 10))
                stock = "grey"
            elif stock == "white":
                pap = (r.uniform(246, 253),) * 3
            elif stock == "off-white":
                g = r.uniform(236, 248)
                pap = (g, g - r.uniform(1, 5), g - r.uniform(5, 14))
            elif stock == "tinted":
                pap = r.choice([(250, 244, 205), (226, 236, 250), (250, 226, 232), (228, 246, 226),
                                (248, 234, 214)])
                pap = tuple(c - r.uniform(0, 8) for c in pap)
            else:
                g = r.uniform(222, 238)
                pap = (g, g - r.uniform(2, 6), g - r.uniform(8, 16))
            out["paper_stock"] = stock
            if stock not in ("white", "grey"):
                defects.append("paper_" + stock)
        else:
            pap = (r.uniform(185, 222) if grey else r.uniform(232, 252),)
            if grey:
                stock = "grey"
        if grey:
            defects.append("grey_background")
        amp = r.uniform(0.8, 2.2) if stock != "recycled" else r.uniform(1.2, 2.2)
        mott = mottle(rng, W, H, 40 if stock != "recycled" else 12)
        layers = [mott.point(lambda v, p=p: int(max(0, min(255, round(p + (v - 128) / 20.0 * amp)))))
                  for p in pap]
        # sensor noise goes into the paper layer (so it scales with reflectance, like shot noise) and
        # is added before resampling, which softens it as a real scanner's optics would
        sigma = r.uniform(1.5, 3.5) if xdpi == 300 else r.uniform(2.0, 4.0)
        nimg, noff = noise_image(rng, W, H, sigma)
        layers = [ImageChops.add(ImageChops.multiply(lay, bleed) if bleed is not None else lay, nimg, 1.0, -noff)
                  for lay in layers]
        img = ImageChops.multiply(img, Image.merge("RGB", layers) if colour else layers[0])
        if stock == "recycled" or blank:
            a8 = np.array(img)
            if stock == "recycled":
                m = specks((H, W), rng, int(W * H / 9000), 3)
                a8[m] = (a8[m] * r.uniform(0.45, 0.75)).astype(np.uint8)
            if blank and bleed is None:
                m = specks((H, W), rng, r.randint(4, 30), 3)
                a8[m] = r.randint(30, 110)
                defects.append("specks")
            img = Image.fromarray(a8)
        fill = tuple(int(round(p)) for p in pap) if colour else int(round(pap[0]))
        img = geometry(img, fill)
        a8 = np.array(img)
        if r.random() < P_EDGE_BORDER:
            apply_border(a8, rng, r, ydpi, defects)
        if blur:
            a8 = np.array(soften(Image.fromarray(a8), r))
            defects.append("blur")
        if r.random() < P_SALT_PEPPER:
            salt_pepper(a8, rng, r.uniform(0.0002, 0.0012))
            defects.append("salt_pepper")
        if enc == "flate-gray":
            # lossless scanners usually whiten the paper background ("background suppression")
            lvl = int(round(pap[0]))
            a8[a8 >= lvl - r.randint(8, 16)] = lvl
            data = zlib.compress(a8.tobytes(), 6)
            out["background_suppressed"] = True
        else:
            q = r.randint(60, 90)
            data = encode_jpeg(Image.fromarray(a8), q, (xdpi, ydpi))
            out["jpeg_quality"] = q
            defects.append("jpeg_q%d" % q)
        Wf, Hf = a8.shape[1], a8.shape[0]
    else:
        img = add_noise(img, rng, r.uniform(8, 24) if not fax else r.uniform(6, 14))
        img = geometry(img, 255)
        if blur and not fax:
            img = soften(img, r)
            defects.append("blur")
        Wf, Hf = img.size
        if fax:
            thr = 128
            u = r.random()
            if u < P_FAX_THICK:
                img = img.filter(ImageFilter.MinFilter(3))
                thr = r.randint(140, 185)
                defects.append("thickened_strokes")
            elif u < P_FAX_THICK + P_FAX_BROKEN:
                thr = r.randint(55, 85)
                defects.append("broken_strokes")
            # heavy line noise, but keep isolated black flips in the white paper below ~0.5%
            img = add_noise(img, rng, min(r.uniform(22, 38), (255 - thr) / 2.6))
        else:
            thr = r.randint(115, 170)
        black = np.asarray(img) < thr
        if fax:
            if "broken_strokes" in defects:
                black &= rng.integers(0, 100, black.shape, dtype=np.uint8) >= 12
            black |= specks(black.shape, rng, int(Wf * Hf * r.uniform(3e-4, 1.2e-3)), 2)
            for _ in range(r.randint(1, 4)):   # transmission errors
                y0 = r.randrange(0, Hf - 4)
                if r.random() < 0.5:
                    black[y0:y0 + r.randint(1, 3), :] = False
                else:
                    xa = r.randrange(0, Wf // 2)
                    black[y0, xa:xa + r.randrange(Wf // 8, Wf // 2)] = True
            defects.append("fax_noise")
        else:
            if r.random() < P_SPECKLE_BILEVEL or blank:
                black |= specks(black.shape, rng, int(Wf * Hf * (r.uniform(2e-5, 2.5e-4) if not blank else 2e-6)), 3)
                defects.append("speckle")
            if r.random() < P_SALT_PEPPER:
                n = int(Wf * Hf * r.uniform(2e-4, 1e-3))
                ys, xs = rng.integers(0, Hf, n), rng.integers(0, Wf, n)
                black[ys, xs] = ~black[ys, xs]
                defects.append("salt_pepper")
        if r.random() < P_EDGE_BORDER:
            tmp = np.where(black, np.uint8(0), np.uint8(255))
            apply_border(tmp, rng, r, ydpi, defects)
            black = tmp < 128
        data = encode_g4(black)
    out["pixel_size"] = [Wf, Hf]
    out["text"] = text
    out["defects"] = defects
    out["data"] = data
    return out


# --------------------------------------------------------------------------
# Containers
# --------------------------------------------------------------------------

def build_pdf(pages, path):
    pdf = pikepdf.new()
    for p in pages:
        w, h = p["pixel_size"]
        xdpi, ydpi = p["dpi"]
        enc = p["encoding"]
        s = pikepdf.Stream(pdf, b"")
        if enc == "ccitt-g4":
            s.write(p["data"], filter=pikepdf.Name.CCITTFaxDecode,
                    decode_parms=pikepdf.Dictionary(K=-1, Columns=w, Rows=h, BlackIs1=False))
            cs, bpc = pikepdf.Name.DeviceGray, 1
        elif enc == "flate-gray":
            s.write(p["data"], filter=pikepdf.Name.FlateDecode)
            cs, bpc = pikepdf.Name.DeviceGray, 8
        else:
            s.write(p["data"], filter=pikepdf.Name.DCTDecode)
            cs, bpc = (pikepdf.Name.DeviceRGB if enc == "jpeg-colour" else pikepdf.Name.DeviceGray), 8
        s.Type = pikepdf.Name.XObject
        s.Subtype = pikepdf.Name.Image
        s.Width, s.Height = w, h
        s.ColorSpace = cs
        s.BitsPerComponent = bpc
        pw, ph = w * 72.0 / xdpi, h * 72.0 / ydpi
        page = pdf.add_blank_page(page_size=(pw, ph))
        page.obj.MediaBox = pikepdf.Array([0, 0, pikepdf.Object.parse(b"%.4f" % pw),
                                           pikepdf.Object.parse(b"%.4f" % ph)])
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=s))
        page.Contents = pdf.make_stream(b"q %.4f 0 0 %.4f 0 0 cm /Im0 Do Q" % (pw, ph))
        p["page_size_pt"] = [round(pw, 4), round(ph, 4)]
    pdf.docinfo[pikepdf.Name.Title] = "Synthetic hospital scans"
    pdf.docinfo[pikepdf.Name.Producer] = "make_scans.py (digitize project test corpus)"
    pdf.save(path, deterministic_id=True, stream_decode_level=pikepdf.StreamDecodeLevel.none,
             compress_streams=True, recompress_flate=False)


def build_tiff(pages, path):
    """Multi-page little-endian TIFF; each page one strip holding the same encoded bytes."""
    SHORT, LONG, RATIONAL, ASCII = 3, 4, 5, 2
    out = bytearray(b"II*\x00\x00\x00\x00\x00")
    next_ptr = 4
    n = len(pages)
    for pno, p in enumerate(pages):
        w, h = p["pixel_size"]
        xdpi, ydpi = p["dpi"]
        enc = p["encoding"]
        if len(out) % 2:
            out += b"\0"
        data_off = len(out)
        out += p["data"]
        if len(out) % 2:
            out += b"\0"
        tags = [(254, LONG, [2])]
        if enc == "ccitt-g4":
            comp, photo, bps, spp = 4, 0, [1], 1
        elif enc == "flate-gray":
            comp, photo, bps, spp = 8, 1, [8], 1
        elif enc == "jpeg-gray":
            comp, photo, bps, spp = 7, 1, [8], 1
        else:
            comp, photo, bps, spp = 7, 6, [8, 8, 8], 3
        tags += [(256, LONG, [w]), (257, LONG, [h]), (258, SHORT, bps), (259, SHORT, [comp]),
                 (262, SHORT, [photo])]
        if comp == 4:
            tags.append((266, SHORT, [1]))
        tags += [(273, LONG, [data_off]), (277, SHORT, [spp]), (278, LONG, [h]),
                 (279, LONG, [len(p["data"])]), (282, RATIONAL, [(xdpi, 1)]), (283, RATIONAL, [(ydpi, 1)]),
                 (284, SHORT, [1])]
        if comp == 4:
            tags.append((293, LONG, [0]))
        tags += [(296, SHORT, [2]), (297, SHORT, [pno, n]),
                 (305, ASCII, b"make_scans.py\0")]
        if comp == 7 and spp == 3:
            tags.append((530, SHORT, [2, 2]))
        tags.sort(key=lambda t: t[0])
        ifd_off = len(out)
        struct.pack_into("<I", out, next_ptr, ifd_off)
        extra_off = ifd_off + 2 + 12 * len(tags) + 4
        extra = bytearray()
        ent = bytearray(struct.pack("<H", len(tags)))
        for tag, typ, vals in tags:
            if typ == SHORT:
                vb, cnt = struct.pack("<%dH" % len(vals), *vals), len(vals)
            elif typ == LONG:
                vb, cnt = struct.pack("<%dI" % len(vals), *vals), len(vals)
            elif typ == RATIONAL:
                vb, cnt = b"".join(struct.pack("<II", a, b) for a, b in vals), len(vals)
            else:
                vb, cnt = vals, len(vals)
            if len(vb) <= 4:
                ent += struct.pack("<HHI", tag, typ, cnt) + vb.ljust(4, b"\0")
            else:
                ent += struct.pack("<HHII", tag, typ, cnt, extra_off + len(extra))
                extra += vb
                if len(extra) % 2:
                    extra += b"\0"
        next_ptr = len(out) + len(ent)
        ent += b"\0\0\0\0"
        out += ent + extra
    with open(path, "wb") as f:
        f.write(out)


# --------------------------------------------------------------------------
# Planning and main
# --------------------------------------------------------------------------

def plan(seed, npages):
    r = random.Random("doc:%d" % seed)
    nblank = int(round(npages * BLANK_RATE))
    nrot = int(round(npages * ROTATED_RATE))
    idx = list(range(npages))
    blanks = set(r.sample(idx[1:] if npages > 1 else idx, min(nblank, max(0, npages - 1))))
    rot_pages = r.sample([i for i in idx if i not in blanks], min(nrot, npages - len(blanks)))
    angles = [90, 180, 270]
    r.shuffle(angles)
    rot_of = {i: angles[k % 3] for k, i in enumerate(sorted(rot_pages))}
    tasks = []
    for i in idx:
        scanner = r.choices([s for s, _ in SCANNER_WEIGHTS], [w for _, w in SCANNER_WEIGHTS])[0]
        paper = r.choices([s for s, _ in PAPER_WEIGHTS], [w for _, w in PAPER_WEIGHTS])[0]
        kind = r.choices([s for s, _ in KIND_WEIGHTS], [w for _, w in KIND_WEIGHTS])[0]
        if i in blanks and tasks:  # back side of the previous sheet: same scanner and paper
            scanner, paper = tasks[-1]["scanner"], tasks[-1]["paper"]
        rot = rot_of.get(i, 0)
        tasks.append({"index": i, "seed": seed, "scanner": scanner, "paper": paper, "kind": kind,
                      "blank": i in blanks, "rotation": rot})
    return tasks


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args(argv)
    if args.pages < 1:
        ap.error("--pages must be >= 1")
    os.makedirs(args.out, exist_ok=True)
    t0 = time.time()
    tasks = plan(args.seed, args.pages)
    if args.jobs > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as ex:
            pages = list(ex.map(render_page, tasks, chunksize=1))
    else:
        pages = [render_page(t) for t in tasks]
    t1 = time.time()
    build_pdf(pages, os.path.join(args.out, "scans.pdf"))
    build_tiff(pages, os.path.join(args.out, "scans.tif"))
    entries = []
    for p in pages:
        e = {k: v for k, v in p.items() if k != "data"}
        e["encoded_bytes"] = len(p["data"])
        entries.append(e)
    manifest = {
        "generator": "make_scans.py (written for the digitize project)",
        "seed": args.seed, "page_count": args.pages,
        "conventions": {
            "index": "0-based page index, same order in scans.pdf and scans.tif",
            "dpi": "[horizontal, vertical] pixels per inch",
            "pixel_size": "[width, height] of the stored image",
            "skew_degrees": "small rotation applied to the page content, positive = counter-clockwise",
            "rotation": "gross rotation applied after skew, degrees counter-clockwise; setting PDF /Rotate to "
                        "this value would display the page upright",
            "text": "words drawn on the page, logical reading order (columns left to right, tables row by row, "
                    "form boxes in order), one drawn line per text line, before any rotation; '' for blank pages",
            "defects": "defects applied; jpeg_qNN gives the JPEG quality",
        },
        "pages": entries,
    }
    with open(os.path.join(args.out, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=1, sort_keys=False, ensure_ascii=True)
        f.write("\n")
    t2 = time.time()
    print("rendered %d pages in %.1fs, wrote containers in %.1fs -> %s" % (args.pages, t1 - t0, t2 - t1, args.out),
          file=sys.stderr)


if __name__ == "__main__":
    main()
