#!/usr/bin/env python3
"""Synthetic EHR-style clinical document generator (standard library only).

All names, identifiers, facilities and phone numbers are fictitious.
Usage: python generate.py --seed N --per-type K --out docs.jsonl
"""
import argparse
import datetime as dt
import hashlib
import json
import random

# ----------------------------------------------------------------------------
# Shared pools
# ----------------------------------------------------------------------------
FIRST_F = ["Maren", "Odile", "Priya", "Tamsin", "Yolanda", "Beatrix", "Carys", "Delphine", "Esme", "Farah",
           "Gwendolyn", "Hanna", "Ingrid", "Juniper", "Kalina", "Lorna", "Mireille", "Nadia", "Oona", "Petra",
           "Rosalind", "Sunniva", "Thea", "Ursula", "Vivienne", "Wilhelmina", "Xenia", "Zelda", "Agathe", "Brielle",
           "Celestine", "Dagny", "Eulalie", "Florentyna", "Ginevra", "Henrietta", "Imogen", "Jolene", "Keziah", "Linnea"]
FIRST_M = ["Alaric", "Bartholomew", "Cormac", "Desmond", "Emrys", "Fergus", "Gideon", "Horatio", "Ignatius", "Jasper",
           "Kasimir", "Leopold", "Magnus", "Niall", "Osric", "Percival", "Quentin", "Rainier", "Silas", "Thaddeus",
           "Ulric", "Valentin", "Wendell", "Xavier", "Yusuf", "Zebulon", "Anselm", "Bram", "Cyprian", "Dorian",
           "Evander", "Florian", "Griffin", "Hollis", "Isidore", "Jericho", "Kenelm", "Lysander", "Mortimer", "Nestor"]
LAST = ["Quillfeather", "Marrowby", "Thistlewood", "Ashcombe", "Pennywhistle", "Brackenridge", "Corvalis", "Dunmore-Test",
        "Elderberry", "Fairweather", "Gallowglass", "Hollowell", "Ironwood", "Juniperson", "Kettleburn", "Larkspur",
        "Mossgrove", "Nettlefield", "Oakhurst", "Pemberwick", "Quarrington", "Rookwood", "Saltmarsh", "Tumbleweed",
        "Underhill", "Vantablack", "Winterbourne", "Yarrowby", "Zephyrine", "Abernathy-Fake", "Bramblecote", "Cinderford",
        "Dewberry", "Emberly", "Foxglove", "Gorsebrook", "Hazelnutt", "Inkwell", "Jollybrook", "Kingsnorth", "Lanternfield",
        "Moonraker", "Nightingale-Demo", "Oxbow", "Pinecrest", "Quicksilver", "Ravenhill", "Starling", "Tidewater", "Umberfield"]
FACILITIES = [
    ("Lakeshore General Hospital", "Toronto, ON"), ("St. Brendan's University Health Centre", "Halifax, NS"),
    ("Maple Ridge Regional Medical Center", "Burlington, VT"), ("Prairie Sky Health Sciences Centre", "Saskatoon, SK"),
    ("Harborview Fictional Medical Center", "Portland, ME"), ("Cedar Hollow University Hospital", "Ann Arbor, MI"),
    ("Northern Lights Teaching Hospital", "Edmonton, AB"), ("Riverside Mercy Academic Medical Center", "Columbus, OH"),
    ("Bayfront Memorial Hospital", "Victoria, BC"), ("Granite State University Medical Center", "Manchester, NH"),
    ("Laurentian Valley Health Centre", "Sudbury, ON"), ("Mount Arbour Hospital", "Winnipeg, MB"),
    ("Blue Heron Regional Health", "Madison, WI"), ("Kingsgate University Hospital", "Kingston, ON"),
    ("Sierra Vista Teaching Hospital", "Sacramento, CA"), ("Old Fort Health Sciences", "Pittsburgh, PA"),
    ("Fundy Shore Regional Hospital", "Saint John, NB"), ("Pinewood Veterans Affairs Medical Center", "Asheville, NC"),
    ("Cobalt Bay Children's and Adult Hospital", "St. John's, NL"), ("Redstone Valley Medical Center", "Denver, CO"),
]
SERVICES = ["General Internal Medicine", "Hospitalist Medicine", "Cardiology", "Cardiac Surgery", "General Surgery",
            "Orthopaedic Surgery", "Neurology", "Nephrology", "Gastroenterology", "Respirology", "Pulmonary/Critical Care",
            "Medical ICU", "Cardiovascular ICU", "Infectious Diseases", "Hematology/Oncology", "Geriatric Medicine",
            "Family Medicine", "Obstetrics and Gynecology", "Urology", "Vascular Surgery", "Thoracic Surgery",
            "Endocrinology", "Rheumatology", "Psychiatry", "Neurosurgery", "Plastic Surgery", "Otolaryngology",
            "Physical Medicine and Rehabilitation", "Palliative Care", "Trauma Surgery", "Colorectal Surgery",
            "Hepatology", "Transplant Nephrology", "Pediatrics", "Dermatology", "Allergy and Immunology"]
ROLES_MD = ["PGY-1", "PGY-2", "PGY-3", "PGY-4", "R2", "R3", "Fellow", "Attending", "Staff Physician", "Hospitalist"]
CREDS = ["MD", "MD, FRCPC", "DO", "MD, FACP", "MD, FRCSC", "MD PhD", "MD, MPH", "MBBS, FRCPC"]
NURSE_CREDS = ["RN", "RN, BScN", "RN, BSN", "RPN", "LPN", "RN, CCRN", "NP-C", "RN, MSN"]
THERAPY = ["PT", "OT", "SLP", "RRT", "RD"]


def rname(r, sex=None):
    sex = sex or r.choice("MF")
    first = r.choice(FIRST_F if sex == "F" else FIRST_M)
    return first, r.choice(LAST)


def doc_name(r, cred=True):
    f, l = rname(r)
    if cred:
        return "%s %s, %s" % (f, l, r.choice(CREDS))
    return "%s %s" % (f, l)


def rdate(r, y0=2010, y1=2024):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(start, end))


def fmt_date(r, d, style=None):
    style = style if style is not None else r.randint(0, 5)
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return d.strftime("%d-%b-%Y").upper()
    if style == 3:
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    if style == 4:
        return d.strftime("%d/%m/%Y")
    return d.strftime("%b %d %Y")


def rtime(r):
    return "%02d:%02d" % (r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55]))


def mrn(r):
    return r.choice(["", "MRN ", "", "H"]) + "".join(str(r.randint(0, 9)) for _ in range(r.choice([7, 8, 9])))


def phone(r):
    return "(%d) 555-%04d" % (r.choice([416, 902, 802, 306, 207, 734, 780, 614, 250, 603, 705, 204, 608, 613, 916, 412, 506, 828, 709, 303]), r.randint(100, 199))


def fake_addr(r):
    num = r.randint(10, 9899)
    st = r.choice(["Birchbark Lane", "Wren Crescent", "Lantern Road", "Fiddlehead Drive", "Copperleaf Ave",
                   "Quarry Hill Rd", "Sparrow Court", "Tamarack Way", "Heron Bluff Blvd", "Old Mill Street",
                   "Cobblestone Terrace", "Juniper Gate", "Windmill Row", "Snowberry Circle", "Kestrel Pkwy"])
    fac, city = r.choice(FACILITIES)
    return "%d %s" % (num, st), city


class Patient:
    def __init__(self, r, age_min=18, age_max=94, sex=None):
        self.sex = sex or r.choice("MF")
        self.first, self.last = rname(r, self.sex)
        self.age = r.randint(age_min, age_max)
        self.mrn = mrn(r)
        self.enc = "".join(str(r.randint(0, 9)) for _ in range(10))
        self.ref = rdate(r)
        self.dob = self.ref - dt.timedelta(days=int(self.age * 365.25) + r.randint(1, 300))
        self.he = "he" if self.sex == "M" else "she"
        self.his = "his" if self.sex == "M" else "her"
        self.him = "him" if self.sex == "M" else "her"
        self.mf = "male" if self.sex == "M" else "female"
        self.mw = "man" if self.sex == "M" else "woman"

    @property
    def name(self):
        return "%s %s" % (self.first, self.last)

    def name_lf(self):
        return "%s, %s" % (self.last.upper(), self.first.upper())


def header(r, p, facility=None, doc_title=None):
    """About half of documents get an EHR print header."""
    if r.random() < 0.5:
        return ""
    fac, city = facility or r.choice(FACILITIES)
    printed = p.ref + dt.timedelta(days=r.randint(0, 900))
    style = r.randint(0, 3)
    if style == 0:
        lines = ["%s  |  %s" % (fac, city),
                 "Patient: %s   MRN: %s   DOB: %s" % (p.name_lf(), p.mrn, fmt_date(r, p.dob, 1)),
                 "Encounter: %s   Printed: %s %s" % (p.enc, fmt_date(r, printed, 1), rtime(r))]
    elif style == 1:
        lines = [fac.upper(),
                 "%s (%s y.o. %s)  MRN: %s" % (p.name_lf(), p.age, p.sex, p.mrn),
                 "CSN: %s" % p.enc,
                 "Printed by: %s on %s" % (r.choice(["HIM_SCAN", "jdoe_test", "clerk07", "medrec2", "ROI-Desk"]), fmt_date(r, printed, 0))]
    elif style == 2:
        lines = ["%s - %s" % (fac, city),
                 "Name: %s %s  Sex: %s  Age: %s" % (p.first, p.last, p.sex, p.age),
                 "Acct#: %s  MR#: %s" % (p.enc, p.mrn),
                 "Report printed %s  Page 1 of %d" % (fmt_date(r, printed, 2), r.randint(1, 4))]
    else:
        lines = ["** %s **" % fac,
                 "%s | %s | DOB %s" % (p.name_lf(), p.mrn, fmt_date(r, p.dob, 0)),
                 "Visit %s | Print date %s" % (p.enc, fmt_date(r, printed, 3))]
    if doc_title and r.random() < 0.5:
        lines.append(doc_title)
    return "\n".join(lines) + "\n" + r.choice(["", "-" * 60 + "\n", "=" * 48 + "\n"]) + "\n"


def pick(r, seq, k=None):
    if k is None:
        return r.choice(seq)
    k = min(k, len(seq))
    return r.sample(seq, k)


def between(r, a, b, seq):
    return r.sample(seq, min(len(seq), r.randint(a, b)))


def vitals_line(r, sick=False):
    t = round(r.uniform(36.2, 39.3 if sick else 37.6), 1)
    hr = r.randint(58, 128 if sick else 96)
    sbp = r.randint(88 if sick else 104, 168)
    dbp = r.randint(48, 96)
    rr = r.randint(12, 28 if sick else 20)
    sat = r.randint(86 if sick else 93, 100)
    o2 = r.choice(["RA", "RA", "2L NP", "3L NC", "4L NP", "40% FM", "HFNC 40L/50%"]) if sick else r.choice(["RA", "RA", "RA", "1L NC"])
    style = r.randint(0, 2)
    if style == 0:
        return "T %.1f  HR %d  BP %d/%d  RR %d  SpO2 %d%% %s" % (t, hr, sbp, dbp, rr, sat, o2)
    if style == 1:
        return "Tmax %.1f, HR %d-%d, BP %d/%d, RR %d, sat %d%% on %s" % (t, hr - r.randint(5, 15), hr, sbp, dbp, rr, sat, o2)
    return "BP %d/%d | P %d | R %d | T %.1fC | O2 sat %d%% (%s)" % (sbp, dbp, hr, rr, t, sat, o2)


LABS = {
    "Na": (135, 145, "mmol/L", 0), "K": (3.5, 5.1, "mmol/L", 1), "Cl": (98, 107, "mmol/L", 0),
    "CO2": (22, 29, "mmol/L", 0), "BUN": (7, 20, "mg/dL", 0), "Cr": (0.6, 1.2, "mg/dL", 2),
    "Glucose": (70, 99, "mg/dL", 0), "Ca": (8.5, 10.2, "mg/dL", 1), "Mg": (1.7, 2.2, "mg/dL", 1),
    "Phos": (2.5, 4.5, "mg/dL", 1), "WBC": (4.0, 11.0, "x10^9/L", 1), "Hgb": (120, 160, "g/L", 0),
    "Plt": (150, 400, "x10^9/L", 0), "MCV": (80, 100, "fL", 0), "INR": (0.9, 1.1, "", 1),
    "PTT": (25, 35, "s", 0), "AST": (10, 40, "U/L", 0), "ALT": (7, 56, "U/L", 0), "ALP": (44, 147, "U/L", 0),
    "T bili": (0.1, 1.2, "mg/dL", 1), "Albumin": (3.5, 5.0, "g/dL", 1), "Lactate": (0.5, 2.0, "mmol/L", 1),
    "hs-TnT": (0, 14, "ng/L", 0), "NT-proBNP": (0, 300, "pg/mL", 0), "CRP": (0, 8, "mg/L", 0),
    "TSH": (0.4, 4.0, "mIU/L", 2), "HbA1c": (4.0, 5.6, "%", 1), "Lipase": (13, 60, "U/L", 0),
    "Ferritin": (30, 300, "ug/L", 0), "Procalcitonin": (0, 0.5, "ng/mL", 2),
}


def labval(r, key, abnormal_p=0.3):
    lo, hi, unit, dp = LABS[key]
    span = hi - lo if hi > lo else 1
    if r.random() < abnormal_p:
        v = r.choice([lo - r.uniform(0.05, 0.35) * span, hi + r.uniform(0.05, 0.9 if key in ("Hgb", "Na", "Cl", "CO2", "Albumin", "Ca", "Plt", "MCV") else 3.0) * span])
        v = max(v, 0.01 if dp else 1)
    else:
        v = r.uniform(lo, hi)
    flag = "L" if v < lo else ("H" if v > hi else "")
    s = ("%." + str(dp) + "f") % v
    return s, flag, unit


def lab_inline(r, keys):
    parts = []
    for k in keys:
        v, f, u = labval(r, k)
        parts.append("%s %s%s" % (k, v, " (%s)" % f if f and r.random() < 0.5 else ""))
    return ", ".join(parts)

# ----------------------------------------------------------------------------
# Clinical content pools
# ----------------------------------------------------------------------------
# (problem title, service, short history phrase, plan items)
PROBLEMS = [
    ("Acute on chronic HFrEF (LVEF 25%)", "Cardiology", "worsening orthopnea, 6 kg weight gain and leg edema over two weeks",
     ["IV furosemide 80 mg BID, target net negative 1-2 L/day", "Daily weights, strict I/O, 2 g sodium / 1.5 L fluid restriction",
      "Continue metoprolol succinate; hold sacubitril-valsartan while Cr rising", "BMP daily, keep K > 4.0 and Mg > 2.0",
      "Repeat TTE not needed - echo from 3 months ago", "HF nurse teaching before discharge"]),
    ("Community-acquired pneumonia, RLL", "General Internal Medicine", "three days of productive cough, rigors and pleuritic right chest pain",
     ["Ceftriaxone 1 g IV q24h + azithromycin 500 mg PO daily (day 2/5)", "Blood cultures x2 pending, sputum culture sent",
      "Urine Legionella and pneumococcal antigens", "Titrate O2 to sat 92-96%", "Incentive spirometry, mobilize with PT",
      "Switch to PO amoxicillin-clavulanate when afebrile 24 h"]),
    ("NSTEMI", "Cardiology", "substernal pressure at rest radiating to the left arm with troponin rise",
     ["ASA 81 mg daily, ticagrelor 90 mg BID after load", "Heparin infusion per ACS nomogram", "High-intensity atorvastatin 80 mg",
      "Cath lab booked for tomorrow AM, NPO after midnight", "Serial troponin and ECG with any recurrent pain", "TTE to assess LV function"]),
    ("Atrial fibrillation with RVR", "Cardiology", "palpitations and dyspnea, heart rate in the 140s on arrival",
     ["Metoprolol 5 mg IV x2 then PO 25 mg q6h, titrate to HR < 110", "CHA2DS2-VASc 4 - start apixaban 5 mg BID",
      "TSH, Mg, echo ordered", "Telemetry", "Consider DCCV if remains symptomatic after rate control"]),
    ("Diabetic ketoacidosis", "Endocrinology", "polyuria, vomiting and Kussmaul breathing after running out of insulin",
     ["Insulin infusion 0.1 U/kg/h per DKA protocol", "NS bolus then 250 mL/h, add D5 when glucose < 14 mmol/L",
      "K replacement per protocol, q2h lytes and VBG", "Transition to basal-bolus once gap closed x2",
      "Diabetes educator consult", "Assess for precipitant - UA, CXR, lipase"]),
    ("Acute kidney injury on CKD 3b", "Nephrology", "decreased oral intake and creatinine up from baseline 1.6 to 3.1",
     ["Hold lisinopril, metformin and NSAIDs", "Isotonic fluid 1 L then reassess volume", "Renal US to rule out obstruction",
      "Urine lytes, UA with microscopy", "Renally dose all medications", "Daily BMP; avoid IV contrast"]),
    ("Upper GI bleed", "Gastroenterology", "two episodes of coffee-ground emesis and melena with Hgb 68",
     ["Two large-bore IVs, type and screen, transfuse to Hgb > 70", "Pantoprazole 80 mg IV then 40 mg IV BID",
      "GI consulted for EGD within 24 h", "Hold anticoagulation and antiplatelets", "NPO except meds"]),
    ("COPD exacerbation", "Respirology", "increased dyspnea, sputum purulence and wheeze after a viral illness",
     ["Prednisone 40 mg daily x5 days", "Salbutamol/ipratropium nebs q4h and PRN", "Doxycycline 100 mg BID x5 days",
      "Target SpO2 88-92%", "Resume LAMA/LABA on discharge, review inhaler technique", "Pulmonary rehab referral"]),
    ("Sepsis secondary to pyelonephritis", "Infectious Diseases", "fever, flank pain and hypotension responsive to fluids",
     ["Piperacillin-tazobactam 4.5 g IV q6h pending cultures", "30 mL/kg crystalloid given; MAP goal > 65",
      "Repeat lactate in 2 h", "CT abdomen/pelvis to exclude obstruction or abscess", "Narrow once urine culture speciated"]),
    ("Cellulitis, left lower leg", "General Internal Medicine", "spreading erythema and warmth of the left shin for four days",
     ["Cefazolin 2 g IV q8h", "Mark borders, elevate leg", "Treat tinea pedis with topical clotrimazole",
      "Step down to cephalexin when improving", "Duplex US if asymmetric swelling persists"]),
    ("Acute ischemic stroke, L MCA territory", "Neurology", "sudden right arm weakness and expressive aphasia, LKW 2.5 h prior",
     ["Post-tPA neuro checks q15 min x2 h then q1h", "BP < 180/105 for 24 h", "Hold antithrombotics 24 h, then ASA",
      "MRI brain, CTA head/neck, TTE with bubble", "Swallow screen before PO", "PT/OT/SLP assessments"]),
    ("Delirium, hyperactive", "Geriatric Medicine", "acute confusion and agitation overnight with fluctuating attention",
     ["Non-pharmacologic measures: glasses, hearing aids, day-night orientation", "Review and remove deliberate meds (oxybutynin, zopiclone)",
      "Haloperidol 0.5 mg PO/SC q4h PRN severe agitation only", "Check for urinary retention and constipation", "CAM daily"]),
    ("Hyponatremia (Na 118)", "Nephrology", "nausea, unsteadiness and a fall in the setting of thiazide use",
     ["Stop hydrochlorothiazide", "Fluid restrict 1.2 L/day", "Serum osm, urine osm and urine Na", "Na q4h, limit correction to < 8 mmol/L in 24 h",
      "DDAVP clamp if overcorrecting"]),
    ("Small bowel obstruction", "General Surgery", "crampy abdominal pain, bilious emesis and obstipation; prior laparotomy",
     ["NPO, NG tube to low intermittent suction", "IV fluids with KCl", "Gastrografin challenge, abdominal X-ray at 8 h",
      "Serial abdominal exams", "OR if peritonitis or failure to progress at 48-72 h"]),
    ("Acute cholecystitis", "General Surgery", "RUQ pain after fatty meals, now constant with fever and Murphy sign",
     ["Piperacillin-tazobactam", "Laparoscopic cholecystectomy tomorrow", "NPO after midnight", "LFTs to screen for choledocholithiasis"]),
    ("Hip fracture, right intertrochanteric", "Orthopaedic Surgery", "mechanical fall at home with inability to bear weight",
     ["Fixation with cephalomedullary nail planned", "Fascia iliaca block for analgesia", "Enoxaparin 40 mg SC daily post-op x 28 days",
      "Geriatric co-management", "Vitamin D and bone health assessment"]),
    ("Pulmonary embolism, submassive", "Respirology", "pleuritic chest pain and syncope; CTPA with bilateral PE and RV strain",
     ["Unfractionated heparin infusion", "PERT discussion - no lysis currently", "Lower extremity dopplers", "Transition to DOAC once stable",
      "Monitor in step-down unit"]),
    ("Hepatic encephalopathy", "Hepatology", "confusion and asterixis in a patient with alcohol-related cirrhosis",
     ["Lactulose 30 mL q2h until BM then titrate to 2-3 soft BMs/day", "Rifaximin 550 mg BID", "Diagnostic paracentesis to rule out SBP",
      "Check ammonia not needed", "Thiamine 100 mg daily"]),
    ("Alcohol withdrawal", "General Internal Medicine", "tremor, diaphoresis and last drink 36 h ago, CIWA 18",
     ["CIWA-Ar symptom-triggered lorazepam", "Thiamine 100 mg IV x3 days before glucose", "Folate and multivitamin",
      "Addiction medicine consult", "Seizure precautions"]),
    ("Febrile neutropenia", "Hematology/Oncology", "temperature 38.6 on day 10 after FOLFOX with ANC 0.3",
     ["Cefepime 2 g IV q8h within 60 min", "Blood cultures from port and peripheral", "Add vancomycin if hemodynamically unstable",
      "Neutropenic precautions", "G-CSF per oncology"]),
    ("Hypertensive urgency", "General Internal Medicine", "BP 220/118 with headache and no end-organ damage",
     ["Resume home amlodipine and add chlorthalidone", "Avoid rapid lowering", "Outpatient ambulatory BP monitoring"]),
    ("Type 2 diabetes, poorly controlled (A1c 10.2%)", "Endocrinology", "hyperglycemia and weight loss",
     ["Basal insulin glargine 10 units qHS, titrate by 2 units q3 days", "Continue metformin 1000 mg BID", "Add empagliflozin once eGFR confirmed",
      "Retinal screening and foot exam", "Diabetes education"]),
    ("Chronic pain / opioid use disorder", "Addiction Medicine", "escalating use of non-prescribed oxycodone",
     ["Buprenorphine-naloxone induction", "Naloxone kit", "Urine drug screen", "Connect with community OAT clinic"]),
    ("Syncope", "Cardiology", "brief loss of consciousness while standing in church with prodrome",
     ["Orthostatic vitals", "Telemetry 24 h", "TTE", "Holter if recurrent", "Driving counselling"]),
    ("Anemia, iron deficiency", "Hematology", "fatigue, Hgb 82 and ferritin 6",
     ["IV iron sucrose 300 mg x3 doses", "Refer for colonoscopy and gastroscopy", "Celiac serology"]),
    ("Pancreatitis, gallstone", "Gastroenterology", "epigastric pain radiating to the back with lipase 2400",
     ["Lactated Ringer's 1.5 mL/kg/h", "Early oral feeding as tolerated", "MRCP if LFTs rising", "Cholecystectomy same admission"]),
    ("Cirrhosis with ascites", "Hepatology", "increasing abdominal girth and early satiety",
     ["Spironolactone 100 mg and furosemide 40 mg daily", "2 g sodium diet", "Large-volume paracentesis with albumin", "HCC surveillance US"]),
    ("Seizure, breakthrough", "Neurology", "generalized tonic-clonic seizure after missed levetiracetam doses",
     ["Levetiracetam 1000 mg BID", "EEG", "Seizure precautions", "No driving per provincial/state regulations"]),
    ("Post-operative ileus", "General Surgery", "nausea and no flatus on post-op day 4",
     ["Hold opioids where possible", "Chewing gum, ambulate", "Correct K and Mg", "NG tube if vomiting"]),
    ("C. difficile colitis", "Infectious Diseases", "profuse watery diarrhea after recent clindamycin",
     ["Oral vancomycin 125 mg QID x10 days", "Contact-plus precautions", "Stop PPI if no clear indication"]),
    ("Asthma exacerbation", "Respirology", "wheeze and chest tightness after wildfire smoke exposure",
     ["Salbutamol MDI 8 puffs q20min x3 then q4h", "Prednisone 50 mg x5 days", "Start ICS-formoterol maintenance and reliever"]),
    ("Major depressive disorder, recurrent", "Psychiatry", "low mood, anhedonia and passive suicidal ideation",
     ["Sertraline 50 mg daily, increase to 100 mg in 2 weeks", "Safety plan reviewed", "CBT referral", "Follow-up 2 weeks"]),
    ("Gout flare, right first MTP", "Rheumatology", "exquisitely painful swollen big toe overnight",
     ["Colchicine 0.6 mg BID", "Prednisone 30 mg x5 days if colchicine ineffective", "Start allopurinol after flare settles"]),
    ("Venous thromboembolism prophylaxis", "General Internal Medicine", "",
     ["Enoxaparin 40 mg SC daily", "SCDs while in bed"]),
    ("Hypokalemia", "General Internal Medicine", "",
     ["KCl 40 mEq PO x2", "Replace Mg", "Recheck in AM"]),
    ("Rhabdomyolysis", "Nephrology", "found down for an unknown duration with CK 48,000",
     ["Aggressive IV fluids targeting urine output 200 mL/h", "CK and lytes q12h", "Monitor for compartment syndrome"]),
    ("Thrombocytopenia", "Hematology", "platelets falling from 210 to 62 on day 6 of heparin",
     ["4T score 6 - stop all heparin", "Start argatroban", "HIT antibody/SRA sent", "Bilateral leg dopplers"]),
    ("Urinary retention", "Urology", "suprapubic discomfort with bladder scan 900 mL",
     ["Foley catheter", "Tamsulosin 0.4 mg daily", "Voiding trial in 48 h", "Stop anticholinergics"]),
    ("Diverticulitis, uncomplicated", "General Surgery", "LLQ pain and low-grade fever; CT without abscess",
     ["Clear fluids", "Amoxicillin-clavulanate PO", "Colonoscopy in 6-8 weeks if not done recently"]),
    ("Preeclampsia with severe features", "Obstetrics and Gynecology", "BP 168/112 at 34+2 weeks with headache",
     ["Magnesium sulfate 4 g load then 1 g/h", "Labetalol IV per protocol", "Betamethasone course", "Delivery planning with MFM"]),
]

DRUGS = [
    ("acetaminophen", ["500 mg", "650 mg", "1 g"], "PO", ["q6h PRN", "QID", "q8h"], "pain/fever"),
    ("apixaban", ["2.5 mg", "5 mg"], "PO", ["BID"], "atrial fibrillation"),
    ("atorvastatin", ["10 mg", "20 mg", "40 mg", "80 mg"], "PO", ["daily", "qHS"], "hyperlipidemia"),
    ("metoprolol succinate", ["25 mg", "50 mg", "100 mg"], "PO", ["daily"], "HFrEF / rate control"),
    ("metoprolol tartrate", ["12.5 mg", "25 mg", "50 mg"], "PO", ["BID"], "rate control"),
    ("furosemide", ["20 mg", "40 mg", "80 mg"], "PO", ["daily", "BID"], "edema"),
    ("lisinopril", ["5 mg", "10 mg", "20 mg"], "PO", ["daily"], "hypertension"),
    ("ramipril", ["2.5 mg", "5 mg", "10 mg"], "PO", ["daily"], "hypertension"),
    ("amlodipine", ["5 mg", "10 mg"], "PO", ["daily"], "hypertension"),
    ("metformin", ["500 mg", "850 mg", "1000 mg"], "PO", ["BID", "daily with supper"], "type 2 diabetes"),
    ("insulin glargine", ["10 units", "18 units", "24 units", "32 units"], "SC", ["qHS", "daily"], "diabetes"),
    ("insulin lispro", ["4 units", "6 units", "per sliding scale"], "SC", ["TID with meals"], "diabetes"),
    ("empagliflozin", ["10 mg", "25 mg"], "PO", ["daily"], "diabetes / HF"),
    ("sacubitril-valsartan", ["24/26 mg", "49/51 mg", "97/103 mg"], "PO", ["BID"], "HFrEF"),
    ("spironolactone", ["12.5 mg", "25 mg", "50 mg"], "PO", ["daily"], "HFrEF / ascites"),
    ("pantoprazole", ["20 mg", "40 mg"], "PO", ["daily", "BID"], "GERD / GI prophylaxis"),
    ("levothyroxine", ["50 mcg", "75 mcg", "88 mcg", "112 mcg"], "PO", ["daily before breakfast"], "hypothyroidism"),
    ("sertraline", ["25 mg", "50 mg", "100 mg"], "PO", ["daily"], "depression"),
    ("escitalopram", ["5 mg", "10 mg", "20 mg"], "PO", ["daily"], "anxiety"),
    ("gabapentin", ["100 mg", "300 mg", "600 mg"], "PO", ["TID", "qHS"], "neuropathic pain"),
    ("hydromorphone", ["0.5 mg", "1 mg", "2 mg"], "PO", ["q4h PRN"], "pain"),
    ("oxycodone", ["2.5 mg", "5 mg"], "PO", ["q4h PRN"], "pain"),
    ("enoxaparin", ["40 mg", "1 mg/kg"], "SC", ["daily", "q12h"], "VTE prophylaxis / treatment"),
    ("heparin", ["5000 units"], "SC", ["q8h", "q12h"], "VTE prophylaxis"),
    ("salbutamol MDI", ["100 mcg 2 puffs"], "INH", ["q4h PRN"], "bronchospasm"),
    ("tiotropium", ["18 mcg", "2.5 mcg 2 puffs"], "INH", ["daily"], "COPD"),
    ("budesonide-formoterol", ["200/6 mcg 2 puffs"], "INH", ["BID", "BID + PRN"], "asthma"),
    ("prednisone", ["5 mg", "10 mg", "40 mg", "50 mg"], "PO", ["daily"], "inflammation"),
    ("levetiracetam", ["500 mg", "750 mg", "1000 mg"], "PO", ["BID"], "seizures"),
    ("tamsulosin", ["0.4 mg"], "PO", ["qHS"], "BPH"),
    ("allopurinol", ["100 mg", "300 mg"], "PO", ["daily"], "gout"),
    ("warfarin", ["2 mg", "3 mg", "5 mg", "per INR"], "PO", ["daily at 1700"], "mechanical valve / AF"),
    ("clopidogrel", ["75 mg"], "PO", ["daily"], "CAD / stent"),
    ("aspirin", ["81 mg"], "PO", ["daily"], "secondary prevention"),
    ("ticagrelor", ["90 mg"], "PO", ["BID"], "ACS"),
    ("ceftriaxone", ["1 g", "2 g"], "IV", ["q24h"], "infection"),
    ("piperacillin-tazobactam", ["3.375 g", "4.5 g"], "IV", ["q6h", "q8h extended infusion"], "infection"),
    ("vancomycin", ["1 g", "1.25 g", "15 mg/kg"], "IV", ["q12h", "per pharmacy"], "infection"),
    ("cephalexin", ["500 mg"], "PO", ["QID"], "cellulitis"),
    ("nitrofurantoin", ["100 mg"], "PO", ["BID"], "cystitis"),
    ("amoxicillin-clavulanate", ["875/125 mg"], "PO", ["BID"], "infection"),
    ("lactulose", ["15 mL", "30 mL"], "PO", ["BID", "TID titrate"], "hepatic encephalopathy / constipation"),
    ("senna", ["8.6 mg 2 tabs"], "PO", ["qHS"], "constipation"),
    ("polyethylene glycol", ["17 g"], "PO", ["daily PRN"], "constipation"),
    ("ondansetron", ["4 mg"], "PO/IV", ["q8h PRN"], "nausea"),
    ("melatonin", ["3 mg"], "PO", ["qHS PRN"], "sleep"),
    ("vitamin D3", ["1000 IU", "2000 IU"], "PO", ["daily"], "supplement"),
    ("ferrous gluconate", ["300 mg"], "PO", ["daily", "every other day"], "iron deficiency"),
    ("donepezil", ["5 mg", "10 mg"], "PO", ["qHS"], "dementia"),
    ("quetiapine", ["12.5 mg", "25 mg"], "PO", ["qHS PRN"], "agitation"),
    ("methotrexate", ["15 mg", "20 mg"], "PO", ["weekly (Fridays)"], "rheumatoid arthritis"),
    ("folic acid", ["1 mg", "5 mg"], "PO", ["daily", "weekly"], "supplement"),
    ("hydroxychloroquine", ["200 mg", "400 mg"], "PO", ["daily"], "lupus / RA"),
    ("buprenorphine-naloxone", ["8/2 mg", "12/3 mg", "16/4 mg"], "SL", ["daily"], "opioid use disorder"),
    ("semaglutide", ["0.25 mg", "0.5 mg", "1 mg"], "SC", ["weekly"], "diabetes"),
    ("rivaroxaban", ["15 mg", "20 mg"], "PO", ["daily with supper"], "VTE"),
    ("bisoprolol", ["1.25 mg", "2.5 mg", "5 mg"], "PO", ["daily"], "HFrEF"),
    ("hydrochlorothiazide", ["12.5 mg", "25 mg"], "PO", ["daily"], "hypertension"),
    ("diltiazem CD", ["120 mg", "180 mg", "240 mg"], "PO", ["daily"], "rate control"),
    ("montelukast", ["10 mg"], "PO", ["qHS"], "asthma"),
    ("fluticasone nasal", ["50 mcg 2 sprays"], "IN", ["daily"], "rhinitis"),
    ("zopiclone", ["3.75 mg", "7.5 mg"], "PO", ["qHS PRN"], "insomnia"),
    ("thiamine", ["100 mg"], "PO", ["daily"], "supplement"),
    ("rifaximin", ["550 mg"], "PO", ["BID"], "hepatic encephalopathy"),
    ("colchicine", ["0.6 mg", "0.5 mg"], "PO", ["daily", "BID"], "gout"),
    ("alendronate", ["70 mg"], "PO", ["weekly"], "osteoporosis"),
    ("calcium carbonate", ["500 mg"], "PO", ["BID"], "supplement"),
    ("nitroglycerin SL", ["0.4 mg"], "SL", ["q5min PRN chest pain x3"], "angina"),
    ("mirtazapine", ["7.5 mg", "15 mg"], "PO", ["qHS"], "depression / appetite"),
    ("oxybutynin", ["5 mg"], "PO", ["BID"], "overactive bladder"),
    ("finasteride", ["5 mg"], "PO", ["daily"], "BPH"),
    ("dapagliflozin", ["10 mg"], "PO", ["daily"], "HFrEF / CKD"),
    ("pregabalin", ["25 mg", "75 mg"], "PO", ["BID"], "neuropathic pain"),
]


def drug_str(r, d=None, with_ind=False):
    d = d or r.choice(DRUGS)
    s = "%s %s %s %s" % (d[0], r.choice(d[1]), d[2], r.choice(d[3]))
    if with_ind:
        s += " (%s)" % d[4]
    return s


PMH = ["hypertension", "type 2 diabetes", "dyslipidemia", "CAD s/p PCI to LAD 2016", "paroxysmal atrial fibrillation",
       "HFrEF (EF 30%)", "HFpEF", "CKD stage 3a", "COPD (GOLD 3)", "asthma", "obstructive sleep apnea on CPAP",
       "hypothyroidism", "osteoarthritis of both knees", "GERD", "depression", "generalized anxiety disorder",
       "prior stroke with mild residual left hemiparesis", "peripheral arterial disease", "alcohol use disorder",
       "cirrhosis (Child-Pugh B)", "breast cancer s/p lumpectomy 2018", "prostate cancer on active surveillance",
       "rheumatoid arthritis on methotrexate", "gout", "osteoporosis", "BPH", "iron deficiency anemia", "hepatitis C, treated",
       "HIV on ART, undetectable viral load", "bipolar II disorder", "mild cognitive impairment", "morbid obesity (BMI 43)",
       "remote DVT", "epilepsy", "psoriasis", "migraine", "chronic low back pain", "macular degeneration", "glaucoma",
       "Crohn's disease", "ulcerative colitis", "polymyalgia rheumatica", "aortic stenosis (moderate)", "prior cholecystectomy"]
ALLERGIES = ["NKDA", "No known drug allergies", "penicillin (rash)", "sulfa (hives)", "codeine (nausea)", "contrast dye (hives, premedicate)",
             "latex", "morphine (pruritus)", "ACE inhibitor (angioedema)", "vancomycin (red man syndrome)", "shellfish", "ciprofloxacin (tendinopathy)",
             "NKDA", "NKDA", "amoxicillin (anaphylaxis)", "tape"]
SOCIAL = ["Lives with spouse in a bungalow, independent with ADLs", "Lives alone in an apartment with an elevator; daughter visits daily",
          "Retired electrician; 40 pack-year former smoker, quit 2012", "Works as a school bus driver; drinks 2-3 beers on weekends",
          "Current smoker 1 ppd; occasional cannabis", "Lives in a retirement residence, uses a walker", "Unhoused, staying at a shelter downtown",
          "Farmer; denies alcohol or drug use", "Graduate student; social alcohol, no tobacco", "Lives with adult son; home care twice weekly",
          "Long-term care resident, needs assistance with transfers", "Former IV drug user, in recovery for 6 years",
          "Works night shifts as a paramedic", "Recently immigrated; interpreter used (Tagalog)", "Lives with partner and two children"]


# ----------------------------------------------------------------------------
# Helpers for narrative notes
# ----------------------------------------------------------------------------
def lcfirst(t):
    if len(t) > 1 and t[1].isupper():
        return t
    return t[0].lower() + t[1:]


def pmh_list(r, a=2, b=7):
    return between(r, a, b, PMH)


def meds_block(r, a=3, b=10, bullet="- "):
    return "\n".join(bullet + drug_str(r) for _ in range(r.randint(a, b)))


def problems(r, a=2, b=4):
    main = r.choice(PROBLEMS[:33] + PROBLEMS[35:])
    others = [p for p in PROBLEMS if p is not main]
    return [main] + r.sample(others, r.randint(a, b) - 1)


def signer(r, role=None):
    role = role or r.choice(ROLES_MD)
    return doc_name(r), role


def exam_block(r, sick=False):
    gen = r.choice(["NAD, sitting up in bed", "appears unwell, diaphoretic", "alert, oriented x3, conversant",
                    "frail elderly %s, comfortable at rest", "drowsy but rousable to voice", "mildly distressed by pain"])
    if "%s" in gen:
        gen = gen % r.choice(["man", "woman"])
    cvs = r.choice(["S1 S2 normal, no murmurs", "irregularly irregular, no murmur", "JVP 4 cm ASA, S1 S2, no S3",
                    "JVP to angle of jaw, S3 present", "2/6 SEM at RUSB radiating to carotids", "RRR, no m/r/g"])
    resp = r.choice(["clear to auscultation bilaterally", "bibasilar crackles to mid-zones", "decreased AE right base with dullness",
                     "diffuse expiratory wheeze, prolonged expiration", "coarse crackles RLL, bronchial breathing", "good air entry, no adventitious sounds"])
    abd = r.choice(["soft, non-tender, non-distended, BS+", "tender RUQ with positive Murphy sign", "distended, tympanic, diffusely tender, no peritonism",
                    "shifting dullness present, non-tender", "mild LLQ tenderness, no guarding", "soft, incision C/D/I, appropriately tender"])
    ext = r.choice(["no edema", "2+ pitting edema to knees bilaterally", "warm, well perfused", "erythema L shin with marked borders, no crepitus",
                    "R leg shortened and externally rotated", "trace ankle edema"])
    neuro = r.choice(["grossly non-focal", "CN II-XII intact, power 5/5 throughout", "R arm drift, expressive aphasia", "asterixis present, oriented x1",
                      "inattentive, CAM positive", "A&O x3, moving all limbs"])
    lines = ["Gen: " + gen, "CVS: " + cvs, "Resp: " + resp, "Abd: " + abd, "Ext: " + ext, "Neuro: " + neuro]
    if r.random() < 0.4:
        lines.insert(1, "HEENT: " + r.choice(["MMM, no JVD", "dry mucous membranes", "anicteric, no lymphadenopathy", "scleral icterus"]))
    if r.random() < 0.3:
        lines.append("Skin: " + r.choice(["no rashes", "sacral stage 2 pressure injury", "spider angiomata", "warm, dry"]))
    return "\n".join(lines)


# ----------------------------------------------------------------------------
# discharge_summary
# ----------------------------------------------------------------------------
def gen_discharge_summary(r):
    p = Patient(r, 22, 96)
    fac = r.choice(FACILITIES)
    probs = problems(r, 2, 5)
    adm = p.ref
    los = r.randint(2, 24)
    dis = adm + dt.timedelta(days=los)
    svc = probs[0][1] if r.random() < 0.5 else r.choice(SERVICES[:4] + ["General Internal Medicine", "Hospitalist Medicine"])
    att, _ = signer(r, "Attending")
    res, role = signer(r, r.choice(["PGY-1", "PGY-2", "PGY-3", "R1", "Clinical Clerk"]))
    out = [header(r, p, fac)]
    out.append(r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY", "Discharge Summary - Inpatient"]))
    out.append("")
    out.append("Admission date: %s" % fmt_date(r, adm, 0))
    out.append("Discharge date: %s" % fmt_date(r, dis, 0))
    out.append("Length of stay: %d days" % los)
    out.append("Service: %s" % svc)
    out.append("Attending physician: %s" % att)
    if r.random() < 0.6:
        out.append("Family physician / PCP: Dr. %s %s" % rname(r))
    out.append("")
    out.append(r.choice(["Most responsible diagnosis:", "PRINCIPAL DIAGNOSIS:", "Primary diagnosis:"]) + " " + probs[0][0])
    out.append(r.choice(["Secondary diagnoses / comorbidities:", "Other diagnoses this admission:", "Additional diagnoses:"]))
    for pr in probs[1:]:
        out.append("- " + pr[0])
    for c in pmh_list(r, 1, 4):
        out.append("- " + c + r.choice(["", " (pre-existing)", " - stable"]))
    out.append("")
    if r.random() < 0.7:
        out.append(r.choice(["Procedures performed:", "Procedures / interventions:", "Significant procedures:"]))
        for x in between(r, 1, 3, ["PICC insertion (right basilic), %s" % fmt_date(r, adm + dt.timedelta(days=1), 0),
                                    "Transthoracic echocardiogram", "EGD with clip placement", "Ultrasound-guided paracentesis (4.2 L removed)",
                                    "CT abdomen/pelvis with contrast", "Coronary angiography with PCI to mid-RCA (1 DES)",
                                    "Laparoscopic cholecystectomy", "Lumbar puncture", "Thoracentesis, left (1.1 L)",
                                    "Intramedullary nailing, right femur", "MRI brain", "Bronchoscopy with BAL", "Colonoscopy with polypectomy",
                                    "Hemodialysis catheter insertion (R IJ)", "Transfusion 2 units PRBC"]):
            out.append("- " + x)
        out.append("")
    if r.random() < 0.6:
        out.append("Consultants: " + ", ".join(between(r, 1, 4, ["Cardiology", "Nephrology", "GI", "Infectious Diseases", "Geriatrics",
                                                                   "Physiotherapy", "Occupational therapy", "Social work", "Dietitian",
                                                                   "Palliative care", "Psychiatry", "Endocrinology", "Wound care"])))
        out.append("")
    out.append(r.choice(["History of presenting illness:", "Reason for admission:", "Presentation:"]))
    out.append("%s-year-old %s with a background of %s who presented with %s. %s" % (
        p.age, p.mf, ", ".join(pmh_list(r, 2, 5)), probs[0][2] or "a decline in function",
        r.choice(["In the ED, vital signs were notable for tachycardia.", "Initial workup in the emergency department was notable for "
                  + lab_inline(r, pick(r, list(LABS), 3)) + ".", "The patient was admitted from clinic after an abnormal outpatient result.",
                  "EMS found the patient at home after a neighbour called.", "Was transferred from a community hospital for higher level of care."])))
    out.append("")
    out.append(r.choice(["Hospital course by problem:", "HOSPITAL COURSE:", "Course in hospital:"]))
    for i, pr in enumerate(probs):
        items = r.sample(pr[3], min(len(pr[3]), r.randint(2, 3)))
        items = [lcfirst(it) for it in items]
        course = r.choice([
            "Management included %s." % "; ".join(items),
            "This was managed with %s, with gradual improvement." % " and ".join(items),
            "%s was treated with %s." % (r.choice(["This problem", "This", "It"]), "; ".join(items)),
        ])
        extra = " ".join(between(r, 1, 3, [
            "%s was reviewed by the %s service, whose input is appreciated." % (r.choice(["The patient", p.first]), pr[1]),
            "Peak values during the stay were %s." % lab_inline(r, pick(r, list(LABS), 2)),
            "Of note, %s required a brief step-up to a monitored bed on day %d." % (p.he, r.randint(1, max(1, los))),
            "Home %s was held on admission and %s at discharge." % (r.choice(DRUGS)[0], r.choice(["resumed", "not restarted", "resumed at a lower dose"])),
            "This remains an active issue that will need ongoing outpatient attention.",
            "Education was provided by nursing and pharmacy prior to discharge.",
            "Imaging during admission (%s) supported the diagnosis." % r.choice(["CT", "ultrasound", "chest radiograph", "MRI", "echo"]),
            "A brief trial of %s was not tolerated due to %s." % (r.choice(DRUGS)[0], r.choice(["hypotension", "nausea", "rash", "bradycardia", "dizziness"])),
            "%s remained afebrile and hemodynamically stable thereafter." % p.he.capitalize(),
        ]))
        resp = r.choice([
            "By day %d symptoms had resolved and %s was back to baseline." % (r.randint(2, max(2, los)), p.he),
            "Response was slower than anticipated, which prolonged the admission by several days.",
            "There were no complications related to this issue.",
            "Labs on the day of discharge showed %s." % lab_inline(r, pick(r, list(LABS), 2)),
            "The team discussed this at length with the family, who agreed with the plan.",
            "Repeat imaging before discharge showed interval improvement.",
            "",
        ])
        title = ("%d. " % (i + 1) if r.random() < 0.4 else "# ") + pr[0]
        out.append(title)
        out.append((course + " " + extra + " " + resp).strip())
        out.append("")
    if r.random() < 0.75:
        out.append(r.choice(["Pertinent investigations:", "Key results:", "Investigations:"]))
        out.append("  Admission: " + lab_inline(r, pick(r, list(LABS), r.randint(4, 8))))
        out.append("  Discharge: " + lab_inline(r, pick(r, list(LABS), r.randint(3, 6))))
        for x in between(r, 1, 3, ["CXR %s: %s" % (fmt_date(r, adm, 0), r.choice(["bilateral effusions, improved on repeat", "RLL consolidation", "clear"])),
                                    "Echo: LVEF %d%%, %s" % (r.randint(20, 65), r.choice(["moderate MR", "normal RV", "dilated LA", "no significant valve disease"])),
                                    "CT abdomen: %s" % r.choice(["no abscess", "uncomplicated diverticulitis", "no obstruction", "cirrhotic liver, ascites"]),
                                    "Blood cultures: %s" % r.choice(["negative x2", "MSSA 2/2, cleared day 3", "E. coli, pan-sensitive"]),
                                    "ECG: %s" % r.choice(["sinus rhythm, no acute changes", "AF, rate controlled", "old LBBB"])]):
            out.append("  " + x)
        out.append("")
    if r.random() < 0.5:
        out.append("Allergies: " + r.choice(ALLERGIES))
    if r.random() < 0.5:
        out.append("Code status during admission: " + r.choice(["Full code", "DNR/DNI", "Full code (confirmed with patient)", "Level 2 - no CPR, no intubation"]))
    out.append(r.choice(["Condition at discharge:", "Discharge condition:"]) + " " + r.choice(
        ["Stable, ambulating independently with a walker.", "Improved; tolerating diet, pain controlled on oral agents.",
         "Fair. Remains deconditioned.", "Good. Afebrile > 48 h, vitals stable on room air."]))
    out.append(r.choice(["Disposition:", "Discharged to:"]) + " " + r.choice(
        ["Home with home care nursing", "Home, self-care", "Inpatient rehabilitation", "Long-term care facility", "Home with family support",
         "Skilled nursing facility", "Convalescent care bed", "Hospice residence"]))
    out.append("")
    out.append(r.choice(["Discharge medications:", "MEDICATIONS AT DISCHARGE:", "Medication changes:"]))
    for _ in range(r.randint(3, 9)):
        tag = r.choice(["", "", "NEW: ", "CHANGED: ", "CONTINUE: "])
        out.append("- " + tag + drug_str(r))
    if r.random() < 0.6:
        out.append("STOPPED: " + ", ".join(d[0] for d in r.sample(DRUGS, r.randint(1, 3))))
    out.append("")
    out.append(r.choice(["Follow-up:", "Follow-up arrangements:"]))
    for x in between(r, 1, 4, ["Family physician in 1 week with BMP", "%s clinic in 4-6 weeks" % r.choice(SERVICES),
                               "Outpatient echo in 3 months", "INR check on Monday at community lab", "Heart Function Clinic - referral faxed",
                               "Repeat CT chest in 3 months for incidental nodule", "Staple removal at walk-in or GP day 10-14",
                               "Anticoagulation clinic in 5 days", "Fracture clinic in 2 weeks with X-ray"]):
        out.append("- " + x)
    if r.random() < 0.7:
        out.append("")
        out.append(r.choice(["Issues for the family physician:", "Recommendations to PCP:", "Action items for follow-up:"]))
        for i, x in enumerate(between(r, 2, 4, ["Please repeat CBC and electrolytes within 1 week of discharge.",
                                                "Consider up-titration of guideline-directed therapy as blood pressure allows.",
                                                "Please review the need for ongoing proton pump inhibitor therapy at 8 weeks.",
                                                "Follow up on the incidental thyroid nodule noted on CT (ultrasound recommended).",
                                                "Kindly reassess cognition once the acute illness has resolved.",
                                                "Ensure bone health is addressed; consider bisphosphonate after vitamin D replete.",
                                                "Please review diuretic dose if weight falls by more than 2 kg.",
                                                "Advance care planning discussion was started and could be revisited."])):
            out.append("%d. %s" % (i + 1, x))
    if r.random() < 0.6:
        out.append("")
        out.append("Results pending at discharge: " + r.choice(["blood cultures (no growth to date)", "final pathology", "HIT SRA",
                                                                    "hepatitis serologies", "none", "urine culture sensitivities"]))
    out.append("")
    out.append("Dictated/entered by: %s (%s) for %s" % (res, role, att) if r.random() < 0.6 else "Electronically signed by %s" % att)
    out.append("%s %s" % (fmt_date(r, dis + dt.timedelta(days=r.randint(0, 3)), 1), rtime(r)))
    if r.random() < 0.5:
        out.append("cc: " + "; ".join("Dr. %s %s" % rname(r) for _ in range(r.randint(1, 3))))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# history_physical
# ----------------------------------------------------------------------------
def gen_history_physical(r):
    p = Patient(r, 18, 97)
    probs = problems(r, 2, 5)
    svc = r.choice(SERVICES)
    out = [header(r, p)]
    out.append(r.choice(["ADMISSION HISTORY AND PHYSICAL", "History & Physical", "H&P - Admission", "Admission Note", "Internal Medicine Admission H&P"]))
    out.append("Date of admission: %s   Time: %s" % (fmt_date(r, p.ref), rtime(r)))
    out.append("Service: %s   Team: %s" % (svc, r.choice(["CTU A", "CTU B", "Team 3", "Gold", "Blue", "Red team", "Night float"])))
    src = r.choice(["patient", "patient and daughter", "chart and EMS", "spouse (patient aphasic)", "patient via interpreter", "patient, previous discharge summary"])
    out.append("Source of history: " + src)
    out.append("")
    out.append("CC: " + r.choice(["shortness of breath", "chest pain", "fever", "confusion", "fall", "abdominal pain", "weakness",
                                  "vomiting", "leg swelling", "palpitations", "GI bleed", "headache"]))
    out.append("")
    out.append("HPI:")
    pm = pmh_list(r, 2, 6)
    hpi = "%s is a %d yo %s with PMHx of %s who presents with %s. " % (p.first if r.random() < 0.3 else "Pt", p.age, p.mf if r.random() < 0.5 else p.mw,
                                                                        ", ".join(pm), probs[0][2] or "generalized weakness")
    hpi += r.choice(["Symptoms began %d days ago and have progressively worsened. " % r.randint(1, 14),
                     "Onset was abrupt this morning. ", "Has had similar episodes in the past, but none this severe. "])
    hpi += r.choice(["Denies chest pain, syncope or hemoptysis. ", "Reports subjective fevers and chills but no rigors. ",
                     "No recent travel or sick contacts. ", "Endorses decreased appetite and %d lb weight loss. " % r.randint(4, 25),
                     "Also notes dysuria and urinary frequency. ", "Was recently started on a new medication by the PCP. "])
    hpi += r.choice(["In the ED, received %s." % ", ".join(between(r, 1, 3, ["1 L NS", "ASA 325 mg", "ceftriaxone 1 g IV", "furosemide 40 mg IV",
                                                                              "morphine 2.5 mg IV", "ondansetron 4 mg IV", "pantoprazole 80 mg IV",
                                                                              "salbutamol/ipratropium nebs", "lorazepam 1 mg IV"])),
                     "ED vitals: %s." % vitals_line(r, True)])
    out.append(hpi)
    out.append("")
    out.append("ROS: " + r.choice(["Otherwise negative on 12-point review except as per HPI.", "As per HPI; all other systems reviewed and negative.",
                                   "Positive for fatigue, nocturia. Negative for rash, joint pain, visual change."]))
    out.append("")
    out.append("PMHx:")
    for c in pm + pmh_list(r, 0, 2):
        out.append("  " + c)
    if r.random() < 0.6:
        out.append("PSHx: " + ", ".join(between(r, 1, 3, ["appendectomy", "TKA right 2019", "CABG x3 2015", "hysterectomy", "cholecystectomy", "hernia repair", "none"])))
    out.append("")
    out.append("Medications (home):")
    out.append(meds_block(r, 2, 9, "  "))
    out.append("Allergies: " + r.choice(ALLERGIES))
    out.append("")
    out.append("Social: " + r.choice(SOCIAL))
    out.append("Family hx: " + r.choice(["non-contributory", "father MI at 52", "mother with breast cancer", "sibling with T1DM", "unknown (adopted)", "CRC in brother age 48"]))
    out.append("")
    out.append("Physical exam:")
    out.append("Vitals: " + vitals_line(r, r.random() < 0.6))
    out.append(exam_block(r, True))
    out.append("")
    out.append("Investigations:")
    out.append(lab_inline(r, pick(r, list(LABS), r.randint(6, 12))))
    out.append("ECG: " + r.choice(["NSR 84, normal axis, no acute ST changes", "AF with RVR 138, nonspecific ST depression", "sinus tach 112, RBBB", "paced rhythm"]))
    out.append("CXR: " + r.choice(["bilateral pulmonary edema with small effusions", "RLL consolidation", "no acute cardiopulmonary process", "hyperinflated lungs, no focal consolidation"]))
    out.append("")
    out.append(r.choice(["Assessment and Plan:", "IMPRESSION/PLAN:", "A/P:"]))
    out.append("%d yo %s admitted with %s. %s" % (p.age, p.sex, probs[0][0], r.choice([
        "Likely precipitated by medication non-adherence.", "Precipitant unclear at this time.", "Likely infectious trigger.",
        "Differential also includes ACS and PE, less likely given workup so far.", "Will require admission to a monitored bed."])))
    for pr in probs:
        out.append("")
        out.append("# " + pr[0])
        for it in r.sample(pr[3], min(len(pr[3]), r.randint(2, len(pr[3])))):
            out.append("- " + it)
    out.append("")
    out.append("FEN/GI: " + r.choice(["cardiac diet", "NPO pending swallow", "regular diet", "diabetic diet", "clear fluids"]) + "; " + r.choice(["saline lock", "NS at 75 mL/h", "no maintenance IVF"]))
    out.append("Proph: " + r.choice(["enoxaparin 40 mg SC daily", "heparin 5000 U SC BID", "SCDs (bleeding)", "on therapeutic anticoagulation"]))
    out.append("Code status: " + r.choice(["FULL CODE", "DNR/DNI - discussed with patient", "Full, confirmed with SDM", "R2 (no CPR, ICU ok)"]))
    out.append("Dispo: " + r.choice(["anticipate 3-5 days", "pending clinical improvement", "home with services", "PT/OT to assess"]))
    out.append("")
    res, role = signer(r, r.choice(["PGY-1", "PGY-2", "R1", "PGY-3"]))
    out.append("%s, %s" % (res, role))
    if r.random() < 0.6:
        att = doc_name(r)
        out.append("")
        out.append(r.choice(["Attending attestation: ", "Staff note: ", "ATTENDING ADDENDUM: "]) + r.choice([
            "I saw and examined the patient with the resident and agree with the findings and plan as documented above.",
            "Patient seen on morning rounds. I have reviewed the history, exam and data and agree with the resident's assessment, with the following additions: would add a lipid panel and A1c.",
            "I personally interviewed and examined this patient. Key findings confirmed. Agree with plan; discussed goals of care with family at bedside."]) + " - " + att)
    return "\n".join(out)


# ----------------------------------------------------------------------------
# progress_note
# ----------------------------------------------------------------------------
def gen_progress_note(r):
    p = Patient(r, 18, 97)
    probs = problems(r, 2, 5)
    out = [header(r, p)]
    outpatient = r.random() < 0.3
    hd = r.randint(2, 18)
    if outpatient:
        out.append(r.choice(["Clinic Follow-up Note", "OUTPATIENT PROGRESS NOTE", "Return Visit", "Follow-up visit - %s clinic" % r.choice(SERVICES)]))
        out.append("Date of visit: %s" % fmt_date(r, p.ref))
        out.append("")
        out.append("S:")
        out.append("%s returns for follow-up of %s. %s %s" % (p.first, probs[0][0].lower(), r.choice([
            "Since last visit %s reports feeling better overall." % p.he,
            "Reports ongoing fatigue but able to do groceries.",
            "Has been adherent to medications per pharmacy fill history.",
            "Missed two appointments due to transportation issues."]), r.choice([
            "No ED visits in the interim.", "Home BP readings average 138/84.", "Weight stable on home scale.",
            "Sleeping poorly; wakes 2-3 times nightly.", "No side effects from the new medication."])))
        out.append("")
        out.append("O:")
        out.append(vitals_line(r) + "  Wt %d kg" % r.randint(48, 140))
        out.append(exam_block(r).replace("\n", "; ") if r.random() < 0.5 else exam_block(r))
        out.append("Meds: " + ", ".join(drug_str(r) for _ in range(r.randint(3, 8))))
        out.append("Interval ROS: " + r.choice(["no fevers, chest pain or dyspnea", "mild ankle swelling in evenings", "constipation since iron started",
                                               "denies falls; one near-fall last month", "occasional lightheadedness on standing", "mood improved, sleeping 6 h"]))
        if r.random() < 0.7:
            out.append("Recent labs (%s): %s" % (fmt_date(r, p.ref - dt.timedelta(days=r.randint(3, 20))), lab_inline(r, pick(r, list(LABS), 5))))
        out.append("")
        out.append("A/P:")
    else:
        out.append(r.choice(["Progress Note", "DAILY PROGRESS NOTE", "Medicine Progress Note", "SOAP Note", "ICU Progress Note", "Surgery Progress Note - POD %d" % r.randint(1, 9)]))
        out.append("%s  Hospital day %d" % (fmt_date(r, p.ref), hd))
        out.append("")
        if r.random() < 0.7:
            out.append(r.choice(["Overnight events:", "O/N:", "Interval events:", "24h events:"]))
            out.append(r.choice(["No acute events overnight.", "NAEO.", "Febrile to 38.4 at 0200, cultures drawn, no change in antibiotics.",
                                 "Required extra furosemide 40 mg IV for increased O2 requirement.", "Agitated at 0300, redirected, no PRNs needed.",
                                 "Hypotensive 84/50, responded to 500 mL bolus.", "Rapid response called for desaturation; resolved with nebs.",
                                 "Pulled out PIV; replaced by IV team.", "Rate control overnight with extra metoprolol 25 mg PO x1."]))
            out.append("")
        if r.random() < 0.6:
            out.append("Current meds: " + "; ".join(drug_str(r) for _ in range(r.randint(3, 8))))
            out.append("Lines: " + r.choice(["PIV x1", "PICC R arm (day %d)" % r.randint(1, 12), "R IJ CVC, Foley", "PIV x2, NG tube", "none"]))
            out.append("")
        out.append("S: " + r.choice(["Feels better today. Breathing easier, slept well.", "Complains of ongoing pain at incision site, 5/10.",
                                     "States %s is 'tired of being here'. Tolerating diet." % p.he, "Minimal verbal output; nursing reports poor intake.",
                                     "Nausea improved. Had BM yesterday. Passing flatus.", "Still SOB walking to bathroom. No chest pain."]) + " " +
                   r.choice(["Appetite fair.", "Denies new complaints.", "Wants to go home.", "Family visited last evening.", "Mobilizing with PT, walked 40 m.",
                             "Nurse reports poor sleep.", "No CP, no palpitations.", "Pain controlled with current regimen."]))
        out.append("")
        out.append("O:")
        out.append("Vitals: " + vitals_line(r, r.random() < 0.4))
        out.append("I/O: %d / %d mL%s" % (r.randint(600, 2600), r.randint(500, 4200), r.choice(["", ", net neg 1.1 L", ", UO 0.4 mL/kg/h"])))
        if r.random() < 0.6:
            w = r.uniform(55, 130)
            out.append("Wt: %.1f kg (yesterday %.1f)" % (w, w + r.uniform(-1.8, 1.2)))
        out.append(exam_block(r, True))
        out.append("")
        out.append("Labs: " + lab_inline(r, pick(r, list(LABS), r.randint(5, 11))))
        if r.random() < 0.6:
            out.append("Trend: " + r.choice(["Cr %.2f -> %.2f -> %.2f" % (r.uniform(1, 3), r.uniform(1, 3), r.uniform(0.8, 2.5)),
                                             "Hgb %d -> %d" % (r.randint(65, 90), r.randint(70, 100)), "WBC %.1f -> %.1f" % (r.uniform(12, 22), r.uniform(7, 14)),
                                             "Na %d -> %d -> %d" % (r.randint(116, 124), r.randint(122, 128), r.randint(126, 134))]))
        if r.random() < 0.5:
            out.append("Micro: " + r.choice(["BCx 2/2 NGTD", "UCx > 100,000 E. coli, sens pending", "sputum: normal flora", "MRSA swab negative", "C. diff PCR positive"]))
        if r.random() < 0.5:
            out.append("Imaging: " + r.choice(["CXR today - improving edema", "no new imaging", "CT A/P: no abscess", "renal US: no hydronephrosis"]))
        out.append("")
        out.append(r.choice(["A/P:", "Assessment & Plan:", "ASSESSMENT/PLAN"]))
        out.append("%d yo %s HD#%d for %s, %s." % (p.age, p.sex, hd, probs[0][0], r.choice(["improving", "clinically stable", "slow progress", "worsening renal function", "approaching discharge"])))
    for pr in probs:
        items = r.sample(pr[3], min(len(pr[3]), r.randint(1, 4)))
        if r.random() < 0.5:
            out.append("# %s: %s" % (pr[0], "; ".join(lcfirst(x) for x in items)))
        else:
            out.append("# " + pr[0] + r.choice(["", " - improving", " - stable", " - ongoing", " (day %d)" % r.randint(1, 9)]))
            for it in items:
                out.append("  - " + r.choice(["cont ", "today: ", "ongoing: ", "continue ", "plan - "]) + lcfirst(it))
    out.append("")
    if not outpatient:
        out.append("Dispo: " + r.choice(["Likely home in 24-48 h", "Awaiting rehab bed", "Remains inpatient", "Home tomorrow if stable", "ALC - awaiting LTC"]))
    else:
        out.append("Counselling: " + r.choice(["reviewed red-flag symptoms and when to present to ED", "discussed diet and exercise goals (150 min/week)",
                                              "smoking cessation advice given; NRT offered", "medication adherence and pill organizer discussed",
                                              "sick-day medication rules reviewed (hold SGLT2i, metformin, diuretic, ACEi when unwell)"]))
        out.append("Return in %d %s, sooner PRN." % (r.randint(1, 6), r.choice(["weeks", "months"])))
    nm, role = signer(r)
    out.append("")
    out.append("%s (%s)" % (nm, role))
    if r.random() < 0.35:
        out.append(r.choice(["Seen and discussed with attending Dr. %s %s." % rname(r),
                             "Teaching physician note: I have seen the patient and agree with the above. - %s" % doc_name(r)]))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# consult_note
# ----------------------------------------------------------------------------
CONSULT_Q = {
    "Cardiology": ["pre-operative cardiac risk assessment", "new AF", "troponin elevation post-op", "syncope workup", "new reduced EF"],
    "Nephrology": ["AKI", "hyperkalemia", "refractory hyponatremia", "dialysis planning", "proteinuria"],
    "Infectious Diseases": ["persistent S. aureus bacteremia", "prosthetic joint infection", "fever of unknown origin", "antibiotic choice with allergy"],
    "Gastroenterology": ["melena", "abnormal LFTs", "dysphagia", "IBD flare", "iron-deficiency anemia"],
    "Neurology": ["new seizure", "weakness", "altered mental status", "headache with visual change"],
    "Psychiatry": ["capacity assessment", "suicidal ideation", "agitation", "depression in medical illness"],
    "Endocrinology": ["hyperglycemia", "adrenal insufficiency", "thyroid storm", "hypercalcemia"],
    "Hematology": ["thrombocytopenia", "anticoagulation planning", "pancytopenia", "HIT suspected"],
    "General Surgery": ["acute abdomen", "SBO", "perianal abscess", "GI bleed not controlled endoscopically"],
    "Palliative Care": ["symptom management", "goals of care", "dyspnea in end-stage COPD"],
    "Geriatric Medicine": ["delirium", "falls", "polypharmacy", "discharge planning"],
    "Rheumatology": ["acute monoarthritis", "possible vasculitis", "elevated CK"],
}


def gen_consult_note(r):
    p = Patient(r, 18, 95)
    spec = r.choice(list(CONSULT_Q))
    q = r.choice(CONSULT_Q[spec])
    refsvc = r.choice([s for s in SERVICES if s != spec])
    pr = r.choice([x for x in PROBLEMS if x[2]])
    out = [header(r, p)]
    out.append(r.choice(["%s CONSULTATION" % spec.upper(), "%s Consult Note" % spec, "Consultation - %s" % spec, "Inpatient Consult: %s" % spec]))
    out.append("Date: %s" % fmt_date(r, p.ref))
    out.append("Requesting physician: Dr. %s %s (%s)" % (rname(r) + (refsvc,)))
    out.append("Reason for consultation: " + q)
    out.append("")
    out.append(r.choice(["Thank you for asking us to see this patient.", "Thank you for this interesting consult.", "We were asked to see %s regarding %s." % (p.first, q)]))
    out.append("")
    out.append("HPI: %d-year-old %s with %s, admitted under %s with %s. %s %s" % (
        p.age, p.mf, ", ".join(pmh_list(r, 2, 5)), refsvc, pr[2], r.choice([
            "The primary team is concerned about %s." % q,
            "Over the last 48 h there has been a change that prompted this consult.",
            "We have seen this patient previously in our clinic (last visit 2 years ago)."]), r.choice([
            "On our assessment the patient reports %s." % r.choice(["intermittent symptoms", "no current complaints", "worsening pain", "poor sleep"]),
            "Collateral was obtained from the bedside nurse.", "Chart and prior records were reviewed in detail."])))
    out.append("")
    out.append("PMH:")
    for c in pmh_list(r, 2, 6):
        out.append("  - " + c)
    if r.random() < 0.6:
        out.append("PSH: " + ", ".join(between(r, 1, 2, ["appendectomy", "TURP 2017", "right TKA", "CABG 2014", "hysterectomy", "lap chole"])))
    out.append("Social: " + r.choice(SOCIAL))
    out.append("Family: " + r.choice(["non-contributory", "premature CAD in father", "mother with lupus", "no known kidney disease", "sister with epilepsy"]))
    out.append("ROS: " + r.choice(["As per HPI, otherwise negative.", "Positive for fatigue, weight loss. Negative for fevers, night sweats.",
                                   "Unable to obtain reliably due to delirium.", "Negative for chest pain, orthopnea, PND, claudication."]))
    out.append("")
    out.append("Meds reviewed: " + "; ".join(drug_str(r) for _ in range(r.randint(3, 7))))
    out.append("Allergies: " + r.choice(ALLERGIES))
    out.append("")
    out.append("Exam: " + vitals_line(r))
    out.append(exam_block(r))
    out.append("")
    out.append("Data reviewed: " + lab_inline(r, pick(r, list(LABS), r.randint(4, 9))))
    if r.random() < 0.6:
        out.append(r.choice(["Echo %s: LVEF %d%%, %s." % (fmt_date(r, p.ref - dt.timedelta(days=r.randint(1, 400))), r.randint(15, 65), r.choice(["mod MR", "no significant valve disease", "RVSP 48"])),
                             "CT reviewed personally with radiology.", "Prior endoscopy 2019: LA grade B esophagitis.", "EEG: diffuse slowing, no epileptiform discharges."]))
    out.append("")
    out.append(r.choice(["Impression:", "IMPRESSION", "Assessment:"]))
    out.append(r.choice(["Findings are most consistent with %s." % q, "Presentation of %s is likely multifactorial." % q,
                         "We favour a secondary cause of %s rather than a primary %s process." % (q, spec.lower()),
                         "This patient has %s in the setting of %s." % (q, pr[0].lower())]))
    out.append(" ".join(between(r, 1, 3, [
        "Alternative explanations considered include medication effect and an evolving infectious process.",
        "There is no evidence of an emergent process requiring immediate intervention.",
        "The overall prognosis from a %s standpoint is %s." % (spec.lower(), r.choice(["favourable", "guarded", "uncertain at this time"])),
        "We reviewed the relevant prior records from our service, which show a similar pattern previously.",
        "Risk-benefit of invasive testing was discussed with the patient and primary team.",
        "The current data do not support escalation of therapy."])))
    out.append("")
    out.append(r.choice(["Recommendations:", "RECOMMENDATIONS", "Recs:"]))
    recs = [r.choice(["Suggest ", "Recommend ", "Please consider: ", "Would advise: "]) + lcfirst(it) for it in r.sample(pr[3], min(3, len(pr[3])))]
    recs += between(r, 1, 4, ["We will follow along with you.", "Will sign off; please re-consult with questions.",
                               "Please page the %s fellow on call with any changes." % spec.lower(),
                               "Outpatient follow-up in our clinic in 6 weeks - we will arrange.",
                               "No indication for urgent intervention at this time.",
                               "Discussed with the patient, who agrees with the plan.",
                               "Check repeat labs in AM and we will review.", "Avoid nephrotoxins and IV contrast where possible."])
    for i, x in enumerate(recs):
        out.append("%d. %s" % (i + 1, x))
    out.append("")
    fel, role = signer(r, r.choice(["Fellow", "PGY-4", "PGY-5", "Resident"]))
    out.append("%s, %s, %s" % (fel, role, spec))
    if r.random() < 0.6:
        out.append("Seen and discussed with Dr. %s %s, consultant staff, who agrees." % rname(r))
    out.append(r.choice(["Time spent: %d min, >50%% counselling/coordination." % r.randint(40, 110), "Pager %d" % r.randint(1000, 9999), ""]))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# ed_note
# ----------------------------------------------------------------------------
ED_CC = [("chest pain", ["ACS", "PE", "aortic dissection", "pericarditis", "MSK chest wall pain", "GERD"]),
         ("shortness of breath", ["CHF exacerbation", "pneumonia", "PE", "COPD exacerbation", "pneumothorax"]),
         ("abdominal pain", ["appendicitis", "cholecystitis", "SBO", "diverticulitis", "renal colic", "ectopic pregnancy"]),
         ("headache", ["migraine", "SAH", "meningitis", "hypertensive emergency", "tension headache"]),
         ("syncope", ["vasovagal", "arrhythmia", "orthostatic hypotension", "aortic stenosis", "GI bleed"]),
         ("fall from standing", ["mechanical fall", "hip fracture", "subdural hematoma", "syncope"]),
         ("laceration to hand", ["simple laceration", "tendon injury", "foreign body"]),
         ("fever and confusion", ["sepsis", "UTI", "meningitis", "drug toxicity"]),
         ("back pain", ["musculoskeletal strain", "cauda equina", "AAA", "pyelonephritis", "epidural abscess"]),
         ("ankle injury", ["ankle sprain", "lateral malleolus fracture", "Maisonneuve fracture"]),
         ("palpitations", ["AF", "SVT", "anxiety", "thyrotoxicosis"]),
         ("weakness, unilateral", ["stroke", "TIA", "hypoglycemia", "Todd paralysis"]),
         ("allergic reaction", ["anaphylaxis", "urticaria", "angioedema"]),
         ("overdose", ["acetaminophen ingestion", "benzodiazepine", "opioid toxicity", "co-ingestion"])]


def gen_ed_note(r):
    p = Patient(r, 16, 98)
    cc, ddx = r.choice(ED_CC)
    out = [header(r, p)]
    out.append(r.choice(["EMERGENCY DEPARTMENT PROVIDER NOTE", "ED Physician Note", "Emergency Department Record - Physician", "ED Provider Note", "EMERGENCY MEDICINE NOTE"]))
    arr = p.ref
    out.append("Arrival: %s %s   Mode: %s   CTAS/ESI: %d" % (fmt_date(r, arr), rtime(r), r.choice(["ambulatory", "EMS", "private vehicle", "police"]), r.randint(1, 5)))
    out.append("Time seen: %s" % rtime(r))
    out.append("")
    out.append("Chief complaint: " + cc)
    out.append("")
    out.append("HPI: %d yo %s presenting with %s %s. %s %s %s" % (
        p.age, p.sex, cc, r.choice(["since last night", "x3 days", "onset 2 h PTA", "intermittent for a week", "that began suddenly while at work"]),
        r.choice(["Describes it as sharp and constant.", "Rates severity 8/10.", "Nothing makes it better.", "Worse with exertion, better with rest."]),
        r.choice(["Took ibuprofen at home without relief.", "No prior similar episodes.", "EMS gave ASA 160 mg chewed and NTG x1.", "Family brought pt in out of concern."]),
        r.choice(["Denies fever, vomiting, or urinary symptoms.", "Reports associated nausea and diaphoresis.", "No head strike, no LOC, not anticoagulated.", "LMP 3 weeks ago."])))
    out.append("")
    out.append("PMH: " + (", ".join(pmh_list(r, 0, 4)) or "none"))
    out.append("Meds: " + (", ".join(d[0] for d in r.sample(DRUGS, r.randint(0, 5))) or "nil"))
    out.append("Allergies: " + r.choice(ALLERGIES))
    out.append("Social: " + r.choice(["smoker", "non-smoker, occasional EtOH", "lives alone", "daily cannabis", "denies substance use", "lives with family"]))
    out.append("ROS: " + r.choice(["10-system review negative except per HPI.", "Positive for nausea; negative for fever, dysuria, rash.",
                                   "Limited by patient condition.", "Negative for headache, vision change, focal weakness."]))
    out.append("")
    out.append("Physical Exam:")
    out.append("Triage vitals: " + vitals_line(r, r.random() < 0.5))
    out.append(exam_block(r))
    out.append("")
    out.append(r.choice(["ED course / Results:", "Diagnostics:", "Results:"]))
    out.append(lab_inline(r, pick(r, list(LABS), r.randint(3, 9))))
    out.append(r.choice(["ECG: NSR, no STEMI criteria.", "ECG: sinus tach 118, S1Q3T3 absent.", "ECG unchanged from prior.", "Bedside POCUS: no pericardial effusion, no free fluid.",
                         "CT head non-contrast: no acute intracranial hemorrhage.", "X-ray: no fracture.", "CXR: no pneumothorax."]))
    out.append("")
    out.append(r.choice(["MDM:", "Medical Decision Making:", "MDM / Differential:"]))
    dd = r.sample(ddx, min(len(ddx), r.randint(2, 4)))
    out.append("Differential includes %s. %s %s %s" % (", ".join(dd), r.choice([
        "%s is considered most likely given history and exam." % dd[0].capitalize(),
        "Low pretest probability for %s; risk stratified with validated score." % dd[-1],
        "Cannot exclude %s without imaging, which was obtained." % dd[-1]]), r.choice([
        "HEART score %d." % r.randint(1, 8), "Wells score low, D-dimer negative.", "PECARN/Canadian CT head rule applied - imaging indicated.",
        "Ottawa ankle rules positive.", "qSOFA 2.", "Patient remained hemodynamically stable throughout ED stay."]), r.choice([
        "Independent interpretation of ECG and imaging performed.", "Discussed case with on-call %s." % r.choice(["cardiology", "general surgery", "orthopedics", "neurology", "ICU"]),
        "Risk of further testing discussed with patient (shared decision-making).", "Reassessed at %s: improved after treatment." % rtime(r)])))
    out.append("")
    out.append("Treatment in ED: " + ", ".join(between(r, 1, 4, ["ketorolac 15 mg IV", "ondansetron 4 mg IV", "NS 1 L bolus", "morphine 4 mg IV",
                                                                  "epinephrine 0.5 mg IM", "diphenhydramine 50 mg IV", "ASA 325 mg PO", "heparin bolus",
                                                                  "lidocaine 1% local, 4 simple interrupted 4-0 nylon sutures", "naloxone 0.4 mg IV",
                                                                  "NAC per 21 h protocol", "splint applied", "tetanus booster"])))
    out.append("")
    if r.random() < 0.8:
        out.append("")
        out.append("Reassessment:")
        for _ in range(r.randint(1, 3)):
            out.append("  %s - %s" % (rtime(r), r.choice(["pain improved to 3/10", "vitals stable, tolerating PO", "repeat troponin unchanged", "ambulating without difficulty",
                                                          "results reviewed with patient", "family at bedside, updated", "still symptomatic, further analgesia given",
                                                          "consultant at bedside", "awaiting bed upstairs"])))
    if r.random() < 0.7:
        out.append("")
        out.append(r.choice(["Discussed diagnosis, results, and plan with the patient, who verbalized understanding and agrees.",
                             "Return precautions reviewed in detail; patient knows to come back for worsening symptoms.",
                             "Care handed over to Dr. %s %s at shift change with pending results outstanding." % rname(r)]))
    out.append("")
    out.append("Clinical impression: " + dd[0])
    out.append("Disposition: " + r.choice(["Discharged home with return precautions", "Admitted to %s" % r.choice(SERVICES), "Transferred to tertiary centre",
                                            "Observation unit", "Left without being seen by physician after triage - N/A", "ICU admission"]))
    out.append("")
    out.append("%s, Emergency Physician" % doc_name(r) if r.random() < 0.6 else "%s (%s) / Staff: %s" % (doc_name(r, False), r.choice(["PGY-2 EM", "R3 FRCPC-EM", "PGY-1 FM"]), doc_name(r)))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# operative_note
# ----------------------------------------------------------------------------
OPERATIONS = [
    ("Laparoscopic cholecystectomy", "Acute calculous cholecystitis", "General Surgery",
     ["Pneumoperitoneum established via Hasson technique at the umbilicus", "Three additional 5 mm ports placed under direct vision",
      "Fundus retracted cephalad, infundibulum laterally", "Critical view of safety obtained with two structures entering the gallbladder",
      "Cystic duct and artery clipped and divided", "Gallbladder dissected off the liver bed with hook electrocautery",
      "Specimen retrieved in an endobag", "Hemostasis confirmed, ports removed under vision"],
     ["Inflamed, distended gallbladder with omental adhesions", "Thick-walled gallbladder, no bile spillage"]),
    ("Open right inguinal hernia repair with mesh (Lichtenstein)", "Symptomatic right inguinal hernia", "General Surgery",
     ["Oblique incision over the inguinal canal", "External oblique aponeurosis opened in line of fibres", "Ilioinguinal nerve identified and preserved",
      "Indirect sac dissected off cord and reduced", "Polypropylene mesh sutured to the shelving edge of the inguinal ligament",
      "External oblique closed with running absorbable suture"], ["Large indirect sac, no bowel compromise", "Small direct component"]),
    ("Right total hip arthroplasty, posterior approach", "End-stage osteoarthritis, right hip", "Orthopaedic Surgery",
     ["Lateral decubitus positioning with pegboard", "Posterior approach, short external rotators tagged", "Femoral neck osteotomy",
      "Acetabulum reamed sequentially to 54 mm, cementless cup impacted", "Femur broached, trial reduction stable",
      "Final components implanted, posterior capsule repaired", "Layered closure"], ["Severe joint space loss with osteophytes", "Stable through full range"]),
    ("Laparoscopic appendectomy", "Acute appendicitis", "General Surgery",
     ["Umbilical port by open technique", "Appendix identified and mesoappendix divided with energy device", "Base ligated with endoloops x2",
      "Right lower quadrant irrigated", "Fascia closed at umbilicus"], ["Suppurative appendix without perforation", "Perforated appendix with localized purulence"]),
    ("Open reduction internal fixation, left distal radius", "Displaced intra-articular distal radius fracture", "Orthopaedic Surgery",
     ["Modified Henry approach", "Pronator quadratus elevated", "Fracture reduced under fluoroscopy", "Volar locking plate applied",
      "DRUJ stable after fixation", "Pronator repaired, skin closed"], ["Dorsally comminuted fracture", "Articular step-off restored"]),
    ("Coronary artery bypass grafting x3 (LIMA-LAD, SVG-OM, SVG-PDA)", "Multivessel coronary artery disease", "Cardiac Surgery",
     ["Median sternotomy", "LIMA harvested skeletonized", "Endoscopic vein harvest left leg", "Full heparinization and aortic/right atrial cannulation",
      "Cardioplegic arrest", "Distal anastomoses with 7-0 polypropylene", "Proximals on partial clamp", "Weaned from bypass uneventfully",
      "Sternum closed with wires"], ["Diffusely diseased targets", "Good LV function on TEE after weaning"]),
    ("Laparoscopic right hemicolectomy", "Adenocarcinoma of the cecum", "Colorectal Surgery",
     ["Medial-to-lateral mobilization", "Ileocolic pedicle ligated at origin", "Hepatic flexure mobilized", "Extracorporeal stapled ileocolic anastomosis",
      "Mesenteric defect left open", "Extraction site closed"], ["Cecal mass without serosal involvement", "No liver metastases seen"]),
    ("Transurethral resection of prostate", "BPH with refractory retention", "Urology",
     ["Cystoscopy performed", "Bipolar resection of median and lateral lobes", "Chips evacuated", "Hemostasis obtained", "3-way catheter placed with CBI"],
     ["Trilobar hypertrophy, trabeculated bladder", "No bladder tumours"]),
    ("Left carotid endarterectomy with patch angioplasty", "Symptomatic left ICA stenosis 80%", "Vascular Surgery",
     ["Incision along anterior border of sternocleidomastoid", "Common, internal and external carotid controlled", "Heparin 5000 units",
      "Arteriotomy and plaque removed", "Bovine pericardial patch", "Flow restored, neurologically intact on waking"], ["Ulcerated plaque", "Good back-bleeding"]),
    ("Total abdominal hysterectomy and bilateral salpingo-oophorectomy", "Symptomatic uterine fibroids", "Obstetrics and Gynecology",
     ["Pfannenstiel incision", "Round ligaments divided", "Ureters identified", "Uterine vessels clamped and ligated", "Vaginal cuff closed"],
     ["Enlarged fibroid uterus, normal adnexa", "Mild adhesions"]),
    ("Lower segment Caesarean section", "Arrest of descent, failed operative vaginal delivery", "Obstetrics and Gynecology",
     ["Pfannenstiel incision", "Lower segment transverse uterine incision", "Live infant delivered from cephalic presentation", "Placenta delivered by controlled cord traction",
      "Uterus closed in two layers"], ["Clear liquor", "Apgars 8 and 9"]),
    ("Right knee arthroscopy with partial medial meniscectomy", "Medial meniscus tear", "Orthopaedic Surgery",
     ["Standard anterolateral and anteromedial portals", "Diagnostic arthroscopy", "Unstable flap tear resected to stable rim", "Portals closed"],
     ["Complex posterior horn tear", "Grade 2 chondromalacia medial femoral condyle"]),
    ("Exploratory laparotomy, small bowel resection", "Strangulated small bowel obstruction", "General Surgery",
     ["Midline laparotomy", "Adhesiolysis", "Ischemic segment identified and resected", "Stapled side-to-side anastomosis", "Fascia closed with looped PDS"],
     ["30 cm non-viable ileum", "Single band adhesion"]),
    ("Thyroidectomy, total", "Multinodular goiter with compressive symptoms", "Otolaryngology",
     ["Collar incision", "Strap muscles separated in midline", "Recurrent laryngeal nerves identified and monitored bilaterally", "Parathyroids preserved",
      "Closure over no drain"], ["Large multinodular gland", "Good nerve signal at end"]),
    ("Lumbar decompression L4-5", "Lumbar spinal stenosis with neurogenic claudication", "Neurosurgery",
     ["Prone on Wilson frame", "Midline incision, subperiosteal dissection", "Laminectomy L4 with bilateral foraminotomies", "Dura intact", "Layered closure"],
     ["Severe ligamentum flavum hypertrophy", "No CSF leak"]),
    ("Below-knee amputation, left", "Non-salvageable diabetic foot infection", "Vascular Surgery",
     ["Long posterior flap marked", "Tibia transected 12 cm below tibial tuberosity", "Fibula cut proximally", "Nerves traction-neurectomized",
      "Fascia and skin closed"], ["Healthy bleeding muscle at level", "No purulence at amputation level"]),
]


def gen_operative_note(r):
    p = Patient(r, 18, 92)
    op = r.choice(OPERATIONS)
    surg = doc_name(r)
    d = p.ref
    out = [header(r, p)]
    brief = r.random() < 0.3
    if brief:
        out.append(r.choice(["BRIEF OP NOTE", "Brief Operative Note", "Immediate Post-Op Note"]))
        out.append("Date: %s" % fmt_date(r, d))
        out.append("Pre-op dx: " + op[1])
        out.append("Post-op dx: " + r.choice(["same", op[1]]))
        out.append("Procedure: " + op[0])
        out.append("Surgeon: " + surg)
        out.append("Assistant: %s (%s)" % (doc_name(r, False), r.choice(["PGY-3", "PGY-2", "Fellow"])))
        out.append("Anesthesia: " + r.choice(["GETA", "spinal", "LMA GA", "regional + sedation"]))
        out.append("Findings: " + r.choice(op[4]))
        out.append("EBL: %d mL" % r.choice([5, 10, 25, 50, 100, 150, 300, 600]))
        out.append("Specimens: " + r.choice(["to pathology", "none", "as above to pathology"]))
        out.append("Drains: " + r.choice(["none", "JP x1", "Foley", "chest tubes x2"]))
        out.append("Complications: " + r.choice(["none", "none apparent", "nil"]))
        out.append("Dispo: " + r.choice(["PACU in stable condition", "CVICU intubated", "PACU then ward"]))
        out.append("")
        out.append("- " + doc_name(r, False) + ", " + r.choice(["PGY-2", "PGY-4", "Fellow"]))
        return "\n".join(out)
    out.append(r.choice(["OPERATIVE REPORT", "Operative Report", "OPERATIVE NOTE", "Surgical Operative Report"]))
    out.append("")
    out.append("DATE OF OPERATION: %s" % fmt_date(r, d))
    out.append("SURGEON: " + surg)
    out.append("ASSISTANT(S): " + ", ".join(doc_name(r, False) + " (%s)" % r.choice(["resident", "fellow", "RNFA", "medical student"]) for _ in range(r.randint(1, 2))))
    out.append("ANESTHESIOLOGIST: Dr. %s %s" % rname(r))
    out.append("ANESTHESIA: " + r.choice(["General endotracheal", "Spinal with sedation", "General with LMA", "General plus TAP blocks"]))
    out.append("")
    out.append("PREOPERATIVE DIAGNOSIS: " + op[1])
    out.append("POSTOPERATIVE DIAGNOSIS: " + r.choice(["Same", op[1] + ", confirmed"]))
    out.append("PROCEDURE PERFORMED: " + op[0])
    out.append("")
    out.append("INDICATIONS: %s is a %d-year-old %s with %s. %s %s" % (
        p.first, p.age, p.mf, op[1].lower(), r.choice(["Conservative management had failed.", "Imaging confirmed the diagnosis.",
                                                        "The patient elected to proceed after discussion of alternatives.", "Urgent surgery was indicated."]),
        "Risks including bleeding, infection, injury to surrounding structures, and the need for further procedures were reviewed, and written consent was obtained."))
    out.append("")
    out.append("DESCRIPTION OF PROCEDURE:")
    para = ["The patient was identified in the holding area and brought to the operating room.",
            "After induction of anesthesia, %s was administered within 60 minutes of incision." % r.choice(["cefazolin 2 g IV", "cefazolin 3 g IV", "clindamycin 900 mg IV", "cefoxitin 2 g IV"]),
            r.choice(["The patient was positioned supine and all pressure points padded.", "Positioning was performed with care to pad bony prominences.",
                      "Sequential compression devices were applied to both legs."]),
            "The operative field was prepped with %s and draped in sterile fashion." % r.choice(["chlorhexidine-alcohol", "povidone-iodine", "ChloraPrep"]),
            "A surgical safety checklist time-out was completed confirming patient, procedure, site and laterality."]
    para += [s + "." for s in op[3]]
    para.append("Findings included: %s." % r.choice(op[4]).lower())
    para.append(r.choice(["Sponge, needle and instrument counts were correct x2.", "All counts were reported correct at the end of the case."]))
    para.append(r.choice(["Skin was closed with staples.", "Skin was closed with 4-0 subcuticular Monocryl and skin glue.", "Dressings were applied."]))
    para.append("The patient tolerated the procedure well and was transferred to %s in stable condition." % r.choice(["PACU", "the recovery room", "ICU"]))
    # split into paragraphs
    i = 0
    while i < len(para):
        k = r.randint(2, 4)
        out.append(" ".join(para[i:i + k]))
        out.append("")
        i += k
    out.append("ESTIMATED BLOOD LOSS: %d mL" % r.choice([10, 20, 50, 100, 200, 350, 500, 800]))
    out.append("FLUIDS: %d mL crystalloid" % r.choice([500, 1000, 1500, 2200, 3000]))
    out.append("URINE OUTPUT: %s" % r.choice(["not measured", "%d mL" % r.randint(50, 900)]))
    out.append("SPECIMENS: " + r.choice(["Sent to pathology", "None", "Specimen to pathology, permanent sections"]))
    out.append("IMPLANTS: " + r.choice(["None", "See implant log", "Mesh 6x11 cm polypropylene", "Cementless acetabular shell 54 mm, femoral stem size 11"]))
    out.append("COMPLICATIONS: " + r.choice(["None", "None apparent", "Minor serosal tear repaired primarily"]))
    out.append("CONDITION: " + r.choice(["Stable", "Good", "Extubated, stable"]))
    out.append("")
    out.append("%s was present and scrubbed for the entire procedure." % surg.split(",")[0] if r.random() < 0.6 else "I was present for the critical portions of the procedure.")
    out.append("Dictated by: %s   Date: %s  Job #%d" % (surg, fmt_date(r, d), r.randint(100000, 999999)))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# procedure_note
# ----------------------------------------------------------------------------
PROCS = [
    ("Paracentesis, diagnostic and therapeutic", "ascites", "right lower quadrant", ["US used to identify a large pocket free of bowel",
     "1% lidocaine 10 mL infiltrated", "Caldwell needle inserted with Z-track technique", "%0.1f L of straw-coloured fluid drained" % 4.5,
     "25% albumin given 6-8 g per litre removed"], "Fluid sent for cell count, albumin, Gram stain and culture"),
    ("Thoracentesis, left", "pleural effusion", "left posterior chest, 8th intercostal space", ["Bedside US confirmed effusion",
     "Local anesthesia with 1% lidocaine", "Catheter-over-needle system advanced over rib", "1.2 L serosanguinous fluid removed", "Post-procedure US: lung sliding present"],
     "Pleural fluid for LDH, protein, pH, cytology"),
    ("Lumbar puncture", "rule out meningitis", "L3-L4 interspace", ["Patient in left lateral decubitus position", "20G 3.5 inch spinal needle",
     "Opening pressure %d cm H2O", "Clear CSF collected in 4 tubes"], "Tubes 1-4 to lab"),
    ("Central venous catheter insertion, right internal jugular", "vasopressors / poor access", "right IJ", ["Full barrier precautions",
     "Real-time US guidance, vein compressible and patent", "Seldinger technique", "Triple lumen 16 cm catheter secured at 15 cm",
     "All ports flushed and aspirate", "CXR confirms tip at cavoatrial junction, no pneumothorax"], ""),
    ("Arterial line insertion, left radial", "hemodynamic monitoring", "left radial", ["Allen test / US confirmed ulnar flow",
     "20G catheter placed via modified Seldinger", "Good waveform", "Sutured and dressed"], ""),
    ("Upper endoscopy (EGD)", "melena and anemia", "oropharynx", ["Scope passed under direct vision to second portion of duodenum",
     "Forrest IIa ulcer on posterior duodenal bulb", "Epinephrine injection 1:10,000 8 mL and 2 hemoclips placed", "Biopsies for H. pylori"], ""),
    ("Colonoscopy", "screening, family history of CRC", "anus", ["Digital rectal exam normal", "Cecum reached, ileocecal valve and appendiceal orifice photographed",
     "Boston bowel prep score 8", "Two 5 mm sessile polyps in sigmoid removed by cold snare", "Withdrawal time 9 min"], ""),
    ("Bronchoscopy with BAL", "non-resolving infiltrate", "airway", ["Topical lidocaine to airway", "Scope through ETT", "Airways inspected to subsegmental level",
     "BAL RML with 120 mL saline, 45 mL returned"], "BAL to micro, cytology"),
    ("Knee joint aspiration and corticosteroid injection, right", "effusion / OA flare", "right knee superolateral approach", ["Landmarks identified",
     "Chlorhexidine prep", "35 mL cloudy yellow synovial fluid aspirated", "Triamcinolone 40 mg with 3 mL lidocaine injected"], "Synovial fluid for cell count, crystals, culture"),
    ("Left heart catheterization and coronary angiography", "NSTEMI", "right radial artery", ["6 Fr sheath placed after local anesthesia",
     "Heparin 5000 U and verapamil given intra-arterially", "Selective coronary angiography", "90% mid-RCA stenosis treated with 3.0 x 18 mm DES",
     "TR band applied"], ""),
    ("Bone marrow aspiration and biopsy", "pancytopenia", "right posterior iliac crest", ["Local anesthesia down to periosteum", "Aspirate obtained", "Core 1.8 cm obtained with Jamshidi needle"], "Aspirate for flow, cytogenetics"),
    ("Incision and drainage of abscess", "abscess, left axilla", "left axilla", ["Field block with lidocaine", "Linear incision 2 cm", "Purulence expressed and loculations broken", "Packed with iodoform"], "Swab for culture"),
    ("Endotracheal intubation", "hypoxemic respiratory failure", "airway", ["Pre-oxygenation with BVM and PEEP", "RSI with ketamine 1.5 mg/kg and rocuronium 1.2 mg/kg",
     "Video laryngoscopy, grade 1 view", "7.5 ETT at 23 cm at the lip", "ETCO2 colour change and bilateral breath sounds confirmed"], ""),
    ("Chest tube insertion, right", "pneumothorax", "right 5th intercostal space mid-axillary line", ["Blunt dissection over rib", "Pleural space entered, finger sweep",
     "24 Fr tube placed and connected to underwater seal", "Tidaling and air leak present"], ""),
    ("Trigger point and epidural steroid injection, L5-S1", "lumbar radiculopathy", "L5-S1 interlaminar", ["Fluoroscopic guidance", "Loss of resistance to saline at 5.5 cm",
     "Contrast showed epidural spread", "Methylprednisolone 80 mg injected"], ""),
    ("Skin punch biopsy", "atypical pigmented lesion", "left upper back", ["4 mm punch", "Closed with 1 simple interrupted suture"], "Specimen to dermatopathology"),
    ("Cardioversion, synchronized", "atrial flutter", "chest (anterior-posterior pads)", ["Sedation with propofol by anesthesia", "Synchronized 150 J biphasic x1",
     "Conversion to sinus rhythm"], ""),
    ("Intravitreal injection, right eye", "neovascular AMD", "right eye inferotemporal", ["Topical anesthesia and povidone-iodine 5%", "Aflibercept 2 mg injected 3.5 mm posterior to limbus",
     "Optic nerve perfused on check"], ""),
]


def gen_procedure_note(r):
    p = Patient(r, 18, 95)
    pr = r.choice(PROCS)
    d = p.ref
    op = doc_name(r)
    out = [header(r, p)]
    out.append(r.choice(["PROCEDURE NOTE", "Procedure Note", "Bedside Procedure Note", "PROCEDURE REPORT"]) + r.choice(["", " - " + pr[0]]))
    out.append("Date/Time: %s %s" % (fmt_date(r, d), rtime(r)))
    out.append("Procedure: " + pr[0])
    out.append("Indication: " + pr[1])
    out.append("Operator: %s%s" % (op, r.choice(["", "; supervised by Dr. %s %s" % rname(r)])))
    out.append("")
    out.append("Consent: " + r.choice(["Written informed consent obtained from the patient after discussion of risks, benefits and alternatives.",
                                       "Verbal and written consent from SDM (daughter) by phone, witnessed by RN.",
                                       "Emergency procedure - implied consent.",
                                       "Consent signed and in chart."]))
    out.append("Time-out: " + r.choice(["Performed with RN; correct patient, procedure, site confirmed.", "Universal protocol followed; time-out completed at %s." % rtime(r),
                                        "Pause performed, all team members agreed."]))
    if r.random() < 0.6:
        out.append("Pre-procedure labs: " + lab_inline(r, ["INR", "Plt", "Hgb"]))
    if r.random() < 0.5:
        out.append("Sedation: " + r.choice(["none", "fentanyl 50 mcg + midazolam 2 mg IV (moderate sedation), continuous SpO2/ETCO2 monitoring",
                                            "propofol by anesthesia", "local only"]))
    out.append("")
    out.append(r.choice(["Description:", "Technique:", "Procedure details:"]))
    steps = ["Site: " + pr[2] + "."] + [s + "." for s in pr[3]]
    steps = [s.replace("%d", str(r.randint(12, 32))) for s in steps]
    if r.random() < 0.5:
        out.append(" ".join(steps))
    else:
        for s in steps:
            out.append("- " + s)
    out.append("")
    if pr[4]:
        out.append("Specimens: " + pr[4])
    out.append("EBL: " + r.choice(["minimal", "< 5 mL", "nil", "< 10 mL"]))
    out.append("Complications: " + r.choice(["None immediate.", "None.", "Patient tolerated well; no complications.", "Transient vasovagal episode, resolved with supine positioning."]))
    out.append("Post-procedure: " + r.choice(["Vitals stable. Monitor site for bleeding.", "Bed rest 1 h, then ambulate.", "Follow-up CXR ordered.",
                                              "Discharge home after recovery with written instructions.", "Results to be followed by primary team."]))
    out.append("")
    out.append(r.choice(["Electronically signed: ", "Signed: ", ""]) + op + "  " + fmt_date(r, d, 1))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# anesthesia_record
# ----------------------------------------------------------------------------
def gen_anesthesia_record(r):
    p = Patient(r, 18, 92)
    op = r.choice(OPERATIONS)
    d = p.ref
    out = [header(r, p)]
    kind = r.choice(["record", "preop", "postop"])
    if kind == "preop":
        out.append(r.choice(["PRE-ANESTHETIC EVALUATION", "Anesthesia Pre-operative Assessment", "Pre-Anaesthesia Clinic Consultation"]))
        out.append("Date: %s   Planned procedure: %s" % (fmt_date(r, d), op[0]))
        out.append("Surgeon: Dr. %s %s" % rname(r))
        out.append("")
        out.append("Age/Sex: %d %s   Ht %d cm   Wt %d kg   BMI %.1f" % (p.age, p.sex, r.randint(150, 195), r.randint(50, 140), r.uniform(19, 46)))
        out.append("Comorbidities: " + ", ".join(pmh_list(r, 1, 5)))
        out.append("Functional capacity: " + r.choice(["> 4 METs, climbs two flights", "< 4 METs, limited by knee pain", "unable to assess"]))
        out.append("Previous anesthetics: " + r.choice(["GA 2015 uneventful", "PONV after cholecystectomy", "no prior anesthetic", "family hx of malignant hyperthermia - negative"]))
        out.append("Medications: " + ", ".join(d_[0] for d_ in r.sample(DRUGS, r.randint(2, 6))))
        out.append("Allergies: " + r.choice(ALLERGIES))
        out.append("")
        out.append("Airway: Mallampati %s, TMD %s, mouth opening %s, neck ROM %s, dentition %s" % (
            r.choice(["I", "II", "III", "IV"]), r.choice(["> 6 cm", "< 6 cm"]), r.choice(["> 3 FB", "2 FB"]), r.choice(["full", "limited"]),
            r.choice(["intact", "upper denture", "loose lower incisor", "poor"])))
        out.append("CVS/Resp exam: " + r.choice(["unremarkable", "soft systolic murmur", "scattered wheeze"]))
        out.append("Labs: " + lab_inline(r, ["Hgb", "Plt", "Na", "K", "Cr", "INR"]))
        out.append("ECG: " + r.choice(["NSR", "AF rate-controlled", "LBBB, old"]))
        out.append("")
        out.append("ASA class: %s%s" % (r.choice(["I", "II", "III", "IV"]), r.choice(["", "", "E"])))
        out.append("STOP-BANG: %d/8" % r.randint(0, 7))
        out.append("Plan: " + r.choice(["GA with ETT, PONV prophylaxis (dexamethasone + ondansetron)", "Spinal anesthetic with light sedation", "GA + ultrasound-guided regional block",
                                        "MAC", "GA with LMA"]))
        out.append("Instructions: " + r.choice(["Hold apixaban 48 h pre-op", "Take beta-blocker morning of surgery with sip of water", "Hold metformin day of surgery",
                                                "NPO solids after midnight, clear fluids until 2 h pre-op", "Half dose of glargine night before"]))
        out.append("Risks of anesthesia discussed, including dental damage, sore throat, PONV, awareness, and rare serious events; patient agrees.")
        out.append("")
        out.append("%s, Anesthesiology" % doc_name(r))
        return "\n".join(out)
    if kind == "postop":
        out.append(r.choice(["POST-ANESTHESIA NOTE", "Post-Anesthesia Evaluation", "PACU Anesthesia Discharge Note"]))
        out.append("Date: %s" % fmt_date(r, d))
        out.append("Procedure: %s   Anesthetic: %s" % (op[0], r.choice(["GA/ETT", "spinal", "GA/LMA", "MAC"])))
        out.append("")
        out.append("Respiratory function: " + r.choice(["stable, SpO2 96% on 2 L", "adequate, RA", "airway patent, RR 14"]))
        out.append("Cardiovascular: " + r.choice(["stable, HR 72, BP 124/70", "mild hypotension treated with phenylephrine, resolved"]))
        out.append("Mental status: " + r.choice(["awake, oriented", "drowsy, rousable", "at baseline"]))
        out.append("Pain: %d/10, %s" % (r.randint(0, 7), r.choice(["hydromorphone 0.2 mg IV x2", "controlled", "block working well"])))
        out.append("Nausea/vomiting: " + r.choice(["none", "nausea treated with ondansetron", "resolved"]))
        out.append("Hydration: adequate. Temperature: %.1f C" % r.uniform(35.8, 37.4))
        out.append("Aldrete score: %d" % r.randint(8, 10))
        out.append("Anesthetic complications: " + r.choice(["none", "none noted", "sore throat", "dental - none"]))
        out.append("Patient meets criteria for discharge from PACU to %s." % r.choice(["ward", "day surgery", "home with escort", "step-down unit"]))
        out.append("")
        out.append(doc_name(r))
        return "\n".join(out)
    out.append(r.choice(["INTRAOPERATIVE ANESTHESIA RECORD", "Anesthesia Record", "ANAESTHETIC RECORD"]))
    out.append("Date: %s   OR: %d   Procedure: %s" % (fmt_date(r, d), r.randint(1, 22), op[0]))
    out.append("Anesthesiologist: %s   Resident: %s" % (doc_name(r), doc_name(r, False)))
    out.append("ASA %s   Wt %d kg   Allergies: %s" % (r.choice(["I", "II", "III", "IV"]), r.randint(50, 130), r.choice(ALLERGIES)))
    out.append("")
    t0h = r.randint(7, 15)
    t0m = r.choice([0, 10, 15, 30, 45])

    def tt(mins):
        m = t0h * 60 + t0m + mins
        return "%02d:%02d" % ((m // 60) % 24, m % 60)
    dur = r.randint(45, 320)
    out.append("Times: In room %s | Anesthesia start %s | Induction %s | Incision %s | Closure %s | Out of room %s" % (
        tt(0), tt(3), tt(8), tt(25), tt(dur), tt(dur + 12)))
    out.append("")
    out.append("Monitors: " + ", ".join(between(r, 3, 7, ["ECG", "NIBP", "SpO2", "ETCO2", "temp", "BIS", "arterial line", "TOF", "CVP", "TEE"])))
    out.append("IV access: " + r.choice(["18G L hand", "16G R AC + 20G L forearm", "existing PICC + 18G", "20G L forearm"]))
    out.append("Airway: " + r.choice(["Mac 3, grade I, 7.0 ETT @ 21 cm, cuffed", "LMA size 4, easy", "Glidescope, grade I, 7.5 ETT @ 23 cm", "spinal - airway natural, O2 by face mask"]))
    if r.random() < 0.5:
        out.append("Regional: " + r.choice(["Spinal L3-4, 25G Whitacre, 0.5% heavy bupivacaine 2.4 mL + fentanyl 15 mcg", "US-guided adductor canal block, 20 mL 0.25% bupivacaine",
                                            "Bilateral TAP blocks 20 mL 0.25% ropivacaine each", "Interscalene block"]))
    out.append("")
    out.append("Induction / Medications:")
    meds = [("propofol", "%d mg" % r.choice([80, 120, 150, 200])), ("fentanyl", "%d mcg" % r.choice([50, 100, 150, 250])),
            ("rocuronium", "%d mg" % r.choice([30, 50, 70])), ("midazolam", "%d mg" % r.choice([1, 2])), ("dexamethasone", "8 mg"),
            ("ondansetron", "4 mg"), ("cefazolin", "2 g"), ("phenylephrine", "%d mcg total" % r.choice([100, 200, 400])),
            ("hydromorphone", "%.1f mg" % r.choice([0.4, 0.6, 1.0])), ("sugammadex", "%d mg" % r.choice([200, 300])), ("ketamine", "%d mg" % r.choice([20, 30, 50])),
            ("tranexamic acid", "1 g"), ("ketorolac", "15 mg"), ("sevoflurane", "MAC 0.8-1.0"), ("desflurane", "5-6%"), ("lidocaine", "60 mg")]
    for m, dose in r.sample(meds, r.randint(6, 11)):
        out.append("  %s  %-16s %s" % (tt(r.randint(3, dur)), m, dose))
    out.append("")
    out.append("Vital signs (q15min excerpt):")
    out.append("  Time   HR   BP        SpO2  ETCO2")
    for k in range(r.randint(4, 9)):
        out.append("  %s  %3d  %3d/%-3d    %3d   %d" % (tt(k * 15), r.randint(55, 100), r.randint(85, 150), r.randint(45, 90), r.randint(95, 100), r.randint(30, 42)))
    out.append("")
    out.append("Fluids: %s crystalloid %d mL%s" % (r.choice(["RL", "PlasmaLyte", "NS"]), r.choice([500, 800, 1200, 1800, 2500]), r.choice(["", ", albumin 5% 250 mL", ", PRBC 1 unit"])))
    out.append("EBL: %d mL   UO: %s" % (r.choice([10, 50, 150, 300, 700]), r.choice(["n/a", "%d mL" % r.randint(100, 800)])))
    out.append("Emergence: " + r.choice(["smooth, extubated awake in OR", "extubated deep", "remained intubated to ICU", "uneventful"]))
    out.append("Events: " + r.choice(["none", "transient hypotension post-induction treated with phenylephrine", "bronchospasm at induction, resolved with salbutamol", "difficult mask ventilation, 2-person"]))
    out.append("Transferred to %s, report given to %s RN." % (r.choice(["PACU", "ICU", "CVICU"]), " ".join(rname(r))))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# consent_form
# ----------------------------------------------------------------------------
def gen_consent_form(r):
    p = Patient(r, 18, 95)
    fac, city = r.choice(FACILITIES)
    what = r.choice([o[0] for o in OPERATIONS] + [x[0] for x in PROCS] + ["Blood transfusion", "Moderate sedation", "General anesthesia",
                                                                       "Chemotherapy (FOLFOX regimen)", "Electroconvulsive therapy", "HIV testing",
                                                                       "Clinical photography for the medical record"])
    risks = between(r, 4, 8, ["bleeding that may require transfusion", "infection", "injury to nearby organs, nerves or blood vessels",
                              "blood clots in the legs or lungs", "reaction to anesthesia or medication", "pain at the site",
                              "failure of the procedure to relieve symptoms", "need for further surgery", "scarring",
                              "pneumothorax (collapsed lung)", "perforation", "stroke, heart attack or death (rare)", "allergic reaction", "numbness"])
    out = [header(r, p, (fac, city))]
    out.append(fac.upper())
    out.append(r.choice(["CONSENT TO TREATMENT / PROCEDURE", "INFORMED CONSENT FOR SURGERY OR PROCEDURE", "Consent for Operation, Procedure and Anesthesia",
                         "PATIENT CONSENT FORM"]))
    out.append("")
    out.append("Patient name: %s        MRN: %s        DOB: %s" % (p.name, p.mrn, fmt_date(r, p.dob, 1)))
    out.append("")
    out.append("I, %s (patient or substitute decision-maker), consent to the following procedure:" % r.choice([p.name, "____________________"]))
    out.append("    " + what + r.choice(["", " (%s side)" % r.choice(["left", "right"])]))
    out.append("to be performed by Dr. %s %s and/or associates, residents and other team members under their supervision." % rname(r))
    out.append("")
    out.append("The nature of the procedure, its expected benefits, the reasonable alternatives (including no treatment), and the material risks have been explained to me, including but not limited to:")
    for x in risks:
        out.append("  [ ] " + x)
    out.append("")
    for s in between(r, 3, 6, [
            "I understand that unforeseen conditions may require additional or different procedures, and I authorize these as deemed necessary.",
            "I consent to the administration of anesthesia and understand it carries its own risks.",
            "I consent to the transfusion of blood and blood products if required.     [ ] I REFUSE blood products",
            "I understand that tissue removed may be examined and disposed of according to hospital policy.",
            "No guarantee has been made to me regarding the results of the procedure.",
            "I have had the opportunity to ask questions, and all of my questions were answered to my satisfaction.",
            "I understand that trainees may participate in my care under appropriate supervision.",
            "An interpreter was used:  [ ] No  [ ] Yes  Language: ________  Interpreter ID: ______"]):
        out.append(s)
        out.append("")
    out.append("Signature of patient/SDM: ______________________   Date: %s   Time: %s" % (fmt_date(r, p.ref, 1), rtime(r)))
    out.append("Relationship (if not patient): ________________")
    out.append("Witness: %s   Signature: ____________" % " ".join(rname(r)))
    out.append("")
    out.append("PHYSICIAN STATEMENT: I have explained the procedure, risks, benefits and alternatives to the patient/SDM and believe they understand.")
    out.append("Physician: Dr. %s %s   Signature: ____________   Date: %s" % (rname(r) + (fmt_date(r, p.ref, 1),)))
    out.append("")
    out.append("Form %s-%d (Rev. %d/%02d)" % (r.choice(["CONS", "MR", "HIM", "PC"]), r.randint(100, 999), r.randint(1, 12), r.randint(10, 23)))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# lab_report
# ----------------------------------------------------------------------------
PANELS = {
    "COMPLETE BLOOD COUNT": [("WBC", 4.0, 11.0, "x10^9/L", 1), ("RBC", 4.2, 5.9, "x10^12/L", 2), ("Hemoglobin", 120, 160, "g/L", 0),
                             ("Hematocrit", 0.36, 0.48, "L/L", 2), ("MCV", 80, 100, "fL", 0), ("MCH", 27, 33, "pg", 1), ("RDW", 11.5, 14.5, "%", 1),
                             ("Platelets", 150, 400, "x10^9/L", 0), ("Neutrophils", 2.0, 7.5, "x10^9/L", 1), ("Lymphocytes", 1.0, 4.0, "x10^9/L", 1),
                             ("Monocytes", 0.2, 1.0, "x10^9/L", 1), ("Eosinophils", 0.0, 0.5, "x10^9/L", 1)],
    "BASIC METABOLIC PANEL": [("Sodium", 135, 145, "mmol/L", 0), ("Potassium", 3.5, 5.1, "mmol/L", 1), ("Chloride", 98, 107, "mmol/L", 0),
                              ("Bicarbonate", 22, 29, "mmol/L", 0), ("Anion gap", 8, 16, "mmol/L", 0), ("Urea", 2.5, 8.0, "mmol/L", 1),
                              ("Creatinine", 50, 110, "umol/L", 0), ("eGFR", 60, 120, "mL/min/1.73m2", 0), ("Glucose, random", 3.9, 7.8, "mmol/L", 1)],
    "LIVER PANEL": [("ALT", 7, 56, "U/L", 0), ("AST", 10, 40, "U/L", 0), ("Alkaline phosphatase", 44, 147, "U/L", 0), ("GGT", 9, 48, "U/L", 0),
                    ("Total bilirubin", 3, 21, "umol/L", 0), ("Direct bilirubin", 0, 5, "umol/L", 0), ("Albumin", 35, 50, "g/L", 0), ("Total protein", 60, 83, "g/L", 0)],
    "COAGULATION": [("PT", 11.0, 13.5, "s", 1), ("INR", 0.9, 1.1, "", 1), ("aPTT", 25, 35, "s", 0), ("Fibrinogen", 2.0, 4.0, "g/L", 1), ("D-dimer", 0, 500, "ng/mL FEU", 0)],
    "LIPID PROFILE": [("Total cholesterol", 3.0, 5.2, "mmol/L", 2), ("LDL-C", 0, 3.4, "mmol/L", 2), ("HDL-C", 1.0, 2.5, "mmol/L", 2),
                      ("Triglycerides", 0.5, 1.7, "mmol/L", 2), ("Non-HDL-C", 0, 4.2, "mmol/L", 2)],
    "THYROID": [("TSH", 0.4, 4.0, "mIU/L", 2), ("Free T4", 10, 22, "pmol/L", 1), ("Free T3", 3.1, 6.8, "pmol/L", 1)],
    "ARTERIAL BLOOD GAS": [("pH", 7.35, 7.45, "", 2), ("pCO2", 35, 45, "mmHg", 0), ("pO2", 80, 100, "mmHg", 0), ("HCO3", 22, 26, "mmol/L", 0),
                           ("Base excess", -2, 2, "mmol/L", 1), ("Lactate", 0.5, 2.0, "mmol/L", 1), ("FiO2", 0.21, 0.21, "", 2)],
    "URINALYSIS": None,
    "CARDIAC MARKERS": [("hs-Troponin I (0 h)", 0, 26, "ng/L", 0), ("hs-Troponin I (3 h)", 0, 26, "ng/L", 0), ("CK", 30, 200, "U/L", 0), ("NT-proBNP", 0, 300, "pg/mL", 0)],
    "DIABETES": [("Hemoglobin A1c", 4.0, 6.0, "%", 1), ("Fasting glucose", 3.9, 6.0, "mmol/L", 1), ("Urine albumin:creatinine ratio", 0, 2.0, "mg/mmol", 1)],
    "IRON STUDIES": [("Ferritin", 30, 300, "ug/L", 0), ("Iron", 9, 30, "umol/L", 0), ("TIBC", 45, 80, "umol/L", 0), ("Transferrin saturation", 0.20, 0.50, "", 2),
                     ("Vitamin B12", 150, 700, "pmol/L", 0), ("Folate", 7, 45, "nmol/L", 0)],
    "MICROBIOLOGY": None,
}


def gen_lab_report(r):
    p = Patient(r, 0, 98)
    fac, city = r.choice(FACILITIES)
    coll = p.ref
    out = [header(r, p, (fac, city))]
    out.append(r.choice(["%s - LABORATORY MEDICINE" % fac.upper(), "Laboratory Results Report", "CUMULATIVE LAB REPORT", "Clinical Laboratory Report",
                         "Core Laboratory - Final Report"]))
    out.append("Patient: %s   DOB: %s   Sex: %s   MRN: %s" % (p.name_lf(), fmt_date(r, p.dob, 0), p.sex, p.mrn))
    out.append("Ordering provider: Dr. %s %s   Location: %s" % (rname(r) + (r.choice(["ED", "4 West", "Clinic B", "ICU", "Outpatient lab", "7N Medicine"]),)))
    c0 = dt.datetime(coll.year, coll.month, coll.day, r.randint(0, 20), r.choice([0, 5, 12, 20, 35, 48]))
    c1 = c0 + dt.timedelta(minutes=r.randint(10, 90))
    c2 = c1 + dt.timedelta(minutes=r.randint(30, 600))
    out.append("Collected: %s   Received: %s   Reported: %s" % (c0.strftime("%Y-%m-%d %H:%M"), c1.strftime("%Y-%m-%d %H:%M"), c2.strftime("%Y-%m-%d %H:%M")))
    out.append("Accession: %s%d" % (r.choice(["C", "H", "L", "24-"]), r.randint(1000000, 9999999)))
    out.append("")
    panels = r.sample(list(PANELS), r.randint(1, 4))
    for pn in panels:
        out.append(pn)
        if pn == "URINALYSIS":
            for k, vals in [("Colour", ["yellow", "amber", "straw"]), ("Clarity", ["clear", "cloudy", "turbid"]), ("Specific gravity", ["1.005", "1.015", "1.025", "1.030"]),
                            ("pH", ["5.0", "6.0", "7.0"]), ("Protein", ["negative", "trace", "1+", "2+"]), ("Glucose", ["negative", "3+"]),
                            ("Ketones", ["negative", "trace", "2+"]), ("Blood", ["negative", "1+", "3+"]), ("Nitrite", ["negative", "positive"]),
                            ("Leukocyte esterase", ["negative", "2+", "3+"]), ("WBC/hpf", ["0-2", "5-10", ">50"]), ("RBC/hpf", ["0-2", "3-5", "20-50"]),
                            ("Bacteria", ["none seen", "few", "many"])]:
                out.append("  %-22s %s" % (k, r.choice(vals)))
        elif pn == "MICROBIOLOGY":
            spec = r.choice(["Blood culture, peripheral x2", "Urine, midstream", "Wound swab, left foot", "Sputum", "CSF", "Stool C. difficile toxin/PCR"])
            out.append("  Specimen: " + spec)
            res = r.choice(["No growth at 5 days.", "Escherichia coli >10^8 CFU/L", "Staphylococcus aureus (MSSA) isolated in 2/2 bottles; time to positivity 14 h",
                            "Mixed skin flora; likely contaminant", "Klebsiella pneumoniae, ESBL producer", "Negative", "Enterococcus faecalis"])
            out.append("  Result: " + res)
            if any(b in res for b in ["coli", "aureus", "Klebsiella", "Enterococcus"]):
                out.append("  Susceptibilities:")
                for ab in r.sample(["Ampicillin", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "TMP-SMX", "Nitrofurantoin", "Gentamicin", "Meropenem",
                                    "Cloxacillin", "Vancomycin", "Clindamycin", "Piperacillin-tazobactam"], r.randint(4, 8)):
                    out.append("    %-24s %s" % (ab, r.choice(["S", "S", "S", "R", "I"])))
            if r.random() < 0.5:
                out.append("  Critical result phoned to %s RN at %s, read back verified." % (" ".join(rname(r)), rtime(r)))
        else:
            rows = PANELS[pn]
            if r.random() < 0.5:
                out.append("  %-30s %-10s %-5s %-18s %s" % ("Test", "Result", "Flag", "Reference", "Units"))
            for name, lo, hi, unit, dpl in rows:
                if r.random() < 0.15:
                    continue
                span = (hi - lo) or abs(hi) or 1
                if r.random() < 0.3:
                    v = r.choice([lo - r.uniform(0.05, 0.3) * span, hi + r.uniform(0.05, 1.5) * span])
                else:
                    v = r.uniform(lo, hi)
                if name not in ("Base excess",) and v < 0:
                    v = 0
                flag = "L" if v < lo else ("H" if v > hi else "")
                if flag and r.random() < 0.1:
                    flag = flag + "H" if flag == "H" else "LL"
                vs = ("%." + str(dpl) + "f") % v
                ref = ("%." + str(dpl) + "f-%." + str(dpl) + "f") % (lo, hi)
                out.append("  %-30s %-10s %-5s %-18s %s" % (name, vs, flag, ref, unit))
        if r.random() < 0.3:
            out.append("  Comment: " + r.choice(["Specimen slightly hemolyzed; potassium may be falsely elevated.", "Result verified by repeat analysis.",
                                                 "Reference intervals changed 2019-03-01.", "eGFR calculated using CKD-EPI 2021 equation.",
                                                 "Delta check flagged; results confirmed.", "Lipemic specimen."]))
        out.append("")
    out.append(r.choice(["*** FINAL REPORT ***", "Status: Final", "END OF REPORT", "Verified by: %s, MLT" % " ".join(rname(r))]))
    if r.random() < 0.5:
        out.append("Laboratory director: Dr. %s %s, %s" % (rname(r) + (r.choice(["FRCPC", "MD", "PhD, FCACB", "DABCC"]),)))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# imaging_report
# ----------------------------------------------------------------------------
IMAGING = [
    ("CT HEAD WITHOUT CONTRAST", "Axial images from skull base to vertex without IV contrast; coronal and sagittal reformats.",
     ["No acute intracranial hemorrhage, mass effect or midline shift.", "Gray-white matter differentiation is preserved.",
      "Mild periventricular white matter hypodensities, likely chronic small vessel ischemic change.", "Ventricles and sulci are age-appropriate.",
      "Acute 8 mm left subdural hematoma along the convexity without midline shift.", "Paranasal sinuses and mastoids are clear.", "No calvarial fracture."],
     ["No acute intracranial abnormality.", "Acute left convexity subdural hematoma, 8 mm, without herniation.", "Chronic small vessel ischemic change."]),
    ("CHEST X-RAY, PA AND LATERAL", "PA and lateral views of the chest.",
     ["Heart size is normal.", "Cardiomegaly with pulmonary vascular redistribution.", "Airspace opacity in the right lower lobe.", "Small bilateral pleural effusions.",
      "No pneumothorax.", "Lungs are hyperinflated with flattened hemidiaphragms.", "Degenerative changes of the thoracic spine.", "Sternotomy wires intact."],
     ["Right lower lobe pneumonia.", "Findings of congestive heart failure.", "No acute cardiopulmonary process.", "Hyperinflation compatible with COPD."]),
    ("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "Helical CT from the lung bases to the symphysis after 100 mL iohexol IV; oral contrast not given.",
     ["The appendix is dilated to 12 mm with periappendiceal fat stranding.", "Sigmoid diverticulosis with pericolic fat stranding; no abscess or free air.",
      "Dilated small bowel loops to 4 cm with transition point in the right lower quadrant.", "The liver is nodular in contour with moderate ascites.",
      "Gallbladder is distended with pericholecystic fluid.", "Kidneys enhance symmetrically without hydronephrosis.", "No free intraperitoneal gas.",
      "Incidental 1.2 cm simple cyst in the left kidney (Bosniak I).", "Atherosclerotic calcification of the abdominal aorta without aneurysm."],
     ["Acute uncomplicated appendicitis.", "Acute uncomplicated sigmoid diverticulitis.", "Small bowel obstruction with a transition point in the RLQ.", "Cirrhotic morphology with ascites."]),
    ("CT PULMONARY ANGIOGRAM", "CTA chest with 70 mL IV contrast timed for pulmonary arterial opacification.",
     ["Filling defects in the right main and left lower lobe pulmonary arteries.", "RV:LV ratio 1.3, suggesting right heart strain.",
      "No filling defect to the subsegmental level.", "Dependent atelectasis at both bases.", "4 mm solid nodule in the right upper lobe."],
     ["Bilateral pulmonary emboli with CT evidence of right heart strain.", "No pulmonary embolism.", "Incidental 4 mm pulmonary nodule; no follow-up required for low-risk patient per Fleischner."]),
    ("ULTRASOUND ABDOMEN, COMPLETE", "Grayscale and color Doppler sonography of the abdomen.",
     ["Gallbladder contains multiple mobile shadowing calculi; wall thickened to 5 mm; positive sonographic Murphy sign.", "CBD measures 4 mm.",
      "Liver is echogenic consistent with steatosis.", "Spleen normal at 11 cm.", "No hydronephrosis.", "Small volume ascites."],
     ["Acute calculous cholecystitis.", "Hepatic steatosis.", "Cholelithiasis without sonographic evidence of cholecystitis."]),
    ("MRI BRAIN WITH AND WITHOUT GADOLINIUM", "Multiplanar multisequence MRI including DWI, FLAIR, SWI and post-contrast T1.",
     ["Restricted diffusion in the left frontal operculum and insula consistent with acute infarct.", "No hemorrhagic transformation on SWI.",
      "Scattered T2/FLAIR white matter hyperintensities.", "No abnormal enhancement.", "Normal flow voids."],
     ["Acute left MCA territory infarct.", "Moderate chronic microangiopathy.", "No acute intracranial abnormality."]),
    ("TRANSTHORACIC ECHOCARDIOGRAM", "Complete 2D, M-mode, color and spectral Doppler study. Image quality: fair.",
     ["Left ventricle is mildly dilated with global hypokinesis; LVEF estimated at 30% by biplane Simpson.", "Normal LV size and wall thickness; LVEF 60%.",
      "Grade II diastolic dysfunction, E/e' 16.", "Right ventricle normal in size with normal TAPSE 21 mm.", "Moderate mitral regurgitation.",
      "Aortic valve calcified with peak velocity 3.6 m/s, mean gradient 28 mmHg, AVA 1.1 cm2.", "No pericardial effusion.", "Estimated RVSP 42 mmHg."],
     ["Moderately reduced LV systolic function.", "Moderate aortic stenosis.", "Normal biventricular function.", "Mild pulmonary hypertension."]),
    ("MRI LUMBAR SPINE WITHOUT CONTRAST", "Sagittal T1, T2, STIR and axial T2 sequences.",
     ["L4-5: broad-based disc bulge and facet hypertrophy causing severe central canal stenosis.", "L5-S1: left paracentral disc extrusion contacting the traversing S1 nerve root.",
      "Conus terminates at L1 and is normal.", "No marrow edema.", "Mild multilevel disc desiccation."],
     ["Severe L4-5 spinal stenosis.", "Left L5-S1 disc extrusion with S1 root impingement.", "Multilevel degenerative disc disease."]),
    ("BILATERAL LOWER EXTREMITY VENOUS DUPLEX", "Compression and color Doppler evaluation of the deep veins from the common femoral to the calf veins.",
     ["Non-compressible left popliteal and posterior tibial veins with echogenic thrombus.", "Normal compressibility and flow in the right leg.",
      "Baker cyst 3 cm in the right popliteal fossa.", "Phasic flow in both common femoral veins."],
     ["Acute left popliteal DVT.", "No DVT bilaterally."]),
    ("MAMMOGRAM, SCREENING, BILATERAL", "Standard CC and MLO views with tomosynthesis.",
     ["Breasts are heterogeneously dense (category C).", "No suspicious mass, calcifications or architectural distortion.", "Stable benign-appearing calcifications in the right upper outer quadrant.",
      "Focal asymmetry in the left upper inner quadrant at posterior depth."],
     ["BI-RADS 1: negative.", "BI-RADS 2: benign.", "BI-RADS 0: incomplete, recall for additional views of the left breast."]),
    ("NUCLEAR MYOCARDIAL PERFUSION (SPECT), REGADENOSON", "Rest/stress Tc-99m sestamibi SPECT with regadenoson 0.4 mg IV.",
     ["Moderate-sized, moderate-severity reversible defect in the inferolateral wall.", "Normal perfusion at rest and stress.", "Post-stress LVEF 52%, normal wall motion.",
      "TID ratio 1.05.", "No ECG changes with regadenoson."],
     ["Inferolateral ischemia, RCA/LCx territory.", "Normal myocardial perfusion study; low risk."]),
    ("X-RAY RIGHT HIP AND PELVIS", "AP pelvis and lateral right hip.",
     ["Comminuted intertrochanteric fracture of the right femur with varus angulation.", "Moderate joint space narrowing of both hips.", "No dislocation.",
      "Diffuse osteopenia.", "Surgical clips in the pelvis."],
     ["Right intertrochanteric femoral fracture.", "No acute fracture."]),
    ("RENAL ULTRASOUND", "Grayscale and Doppler evaluation of kidneys and bladder.",
     ["Right kidney 10.2 cm, left 10.6 cm, with increased cortical echogenicity.", "Moderate left hydronephrosis.", "No renal calculi.", "Post-void residual 420 mL."],
     ["Echogenic kidneys consistent with medical renal disease.", "Moderate left hydronephrosis.", "Large post-void residual."]),
    ("CT CHEST WITHOUT CONTRAST, LOW-DOSE SCREENING", "Low-dose volumetric CT of the chest.",
     ["Centrilobular emphysema, upper lobe predominant.", "8 mm part-solid nodule in the left upper lobe.", "Coronary artery calcification.", "No lymphadenopathy."],
     ["Lung-RADS 4A.", "Lung-RADS 2.", "Emphysema."]),
    ("PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL", "Transabdominal and endovaginal imaging.",
     ["Uterus enlarged with multiple intramural fibroids, largest 4.8 cm.", "Endometrium 6 mm.", "Both ovaries normal with normal flow.", "No free fluid.",
      "Left ovarian simple cyst 3.2 cm."], ["Fibroid uterus.", "Simple left ovarian cyst, no follow-up needed.", "Normal pelvic ultrasound."]),
    ("DEXA BONE DENSITOMETRY", "Dual-energy x-ray absorptiometry of the lumbar spine and proximal femurs.",
     ["L1-L4 BMD 0.812 g/cm2, T-score -2.7.", "Left femoral neck T-score -2.2.", "Total hip T-score -1.8.", "Compared with prior, decrease of 4.1% at the spine."],
     ["Osteoporosis.", "Osteopenia; 10-year fracture risk moderate by FRAX."]),
]


def gen_imaging_report(r):
    p = Patient(r, 1, 97)
    st = r.choice(IMAGING)
    d = p.ref
    out = [header(r, p)]
    out.append(r.choice(["DIAGNOSTIC IMAGING REPORT", "RADIOLOGY REPORT", "Department of Medical Imaging", "IMAGING REPORT - FINAL", ""]))
    out.append("EXAM: " + st[0])
    out.append("Exam date: %s %s   Accession: %s%d" % (fmt_date(r, d), rtime(r), r.choice(["CT", "RAD", "US", "MR", "DI"]), r.randint(1000000, 9999999)))
    out.append("Ordering: Dr. %s %s" % rname(r))
    out.append("")
    out.append("CLINICAL HISTORY: " + r.choice(["Query pneumonia.", "SOB, ?CHF.", "Fall, hip pain.", "RUQ pain, fever.", "Acute confusion.", "R/O PE; tachycardia.",
                                                "Known cirrhosis, surveillance.", "Back pain with leg numbness.", "Post-op check.", "Stroke code.", "Rule out fracture.", "Follow-up.", "Fever, query source.",
                                                                                                         "Screening.", "Pre-operative.", "Dyspnea.", "Trauma."]))
    out.append("")
    out.append("COMPARISON: " + r.choice(["None.", "None available.", "%s." % fmt_date(r, d - dt.timedelta(days=r.randint(30, 2000))), "Prior study from outside institution not available.",
                                          "Radiograph from earlier today."]))
    out.append("")
    out.append("TECHNIQUE: " + st[1] + r.choice(["", " Dose (DLP): %d mGy*cm." % r.randint(120, 1400), " Contrast: no adverse reaction."]))
    out.append("")
    out.append("FINDINGS:")
    fnd = r.sample(st[2], r.randint(min(3, len(st[2])), len(st[2])))
    if r.random() < 0.5:
        out.append(" ".join(fnd))
    else:
        for f in fnd:
            out.append(f)
    out.append("")
    out.append("IMPRESSION:")
    imps = r.sample(st[3], r.randint(1, min(3, len(st[3]))))
    for i, x in enumerate(imps):
        out.append("%d. %s" % (i + 1, x))
    if r.random() < 0.3:
        out.append("%d. %s" % (len(imps) + 1, r.choice(["Findings communicated to Dr. %s %s by telephone at %s." % (rname(r) + (rtime(r),)),
                                                        "Recommend clinical correlation.", "Follow-up imaging recommended in 6-12 weeks."])))
    out.append("")
    rad = doc_name(r)
    out.append(r.choice(["Dictated by: %s" % rad, "Reported by: %s, Radiologist" % rad, "Interpreting physician: %s" % rad]))
    if r.random() < 0.4:
        out.append("Resident: Dr. %s %s" % rname(r))
    out.append("Signed: %s %s" % (fmt_date(r, d + dt.timedelta(days=r.randint(0, 2))), rtime(r)))
    return "\n".join(out).lstrip("\n")


# ----------------------------------------------------------------------------
# pathology_report
# ----------------------------------------------------------------------------
PATH = [
    ("Gallbladder, laparoscopic cholecystectomy", "Received in formalin labelled with the patient's name and 'gallbladder' is an opened gallbladder measuring %s cm. The serosa is smooth and tan. The wall measures up to 0.4 cm. The mucosa is green and velvety. Multiple yellow faceted calculi are present. Representative sections submitted in one cassette.",
     "Sections show gallbladder wall with mucosal erosion, transmural neutrophilic infiltrate, edema and Rokitansky-Aschoff sinuses. No dysplasia.",
     ["Acute and chronic cholecystitis with cholelithiasis.", "Chronic cholecystitis with cholelithiasis. Negative for dysplasia and malignancy."]),
    ("Appendix, appendectomy", "Received fresh is a vermiform appendix measuring %s cm with attached mesoappendix. The serosa is dull and congested with fibrinous exudate. Tip sectioned longitudinally; remainder serially sectioned. Entirely submitted.",
     "Transmural acute inflammation with mucosal ulceration and periappendicitis. No neoplasm identified.",
     ["Acute suppurative appendicitis with periappendicitis.", "Acute gangrenous appendicitis with perforation."]),
    ("Colon, right, hemicolectomy", "Received is a segment of terminal ileum, cecum and ascending colon measuring %s cm. A firm ulcerated mass measuring 4.2 x 3.8 cm is located in the cecum, 3 cm from the ileocecal valve. Margins inked. Lymph nodes dissected from the mesentery.",
     "Moderately differentiated adenocarcinoma invading through the muscularis propria into pericolorectal tissue. Lymphovascular invasion present. 2 of 18 lymph nodes involved. Margins negative.",
     ["Invasive adenocarcinoma, moderately differentiated, pT3 pN1b. Margins negative. Mismatch repair proteins intact.", "Adenocarcinoma, pT2 pN0 (0/22). See synoptic report."]),
    ("Skin, left upper back, punch biopsy", "Received in formalin is a 0.4 cm skin punch with a pigmented lesion, bisected and entirely submitted.",
     "Asymmetric junctional proliferation of atypical melanocytes with pagetoid spread. Breslow depth 0.6 mm. No ulceration. Mitoses < 1/mm2.",
     ["Invasive melanoma, superficial spreading type, Breslow 0.6 mm, pT1a. Peripheral margin involved.", "Compound nevus with mild architectural atypia; margins clear.",
      "Seborrheic keratosis."]),
    ("Breast, left, core needle biopsy (US-guided, 14G x4)", "Received in formalin are four tan-white cores ranging from 1.0 to 1.6 cm. Entirely submitted. Cold ischemia < 1 h; fixation 18 h.",
     "Infiltrating nests and cords of malignant epithelial cells with moderate nuclear pleomorphism; tubule formation < 10%.",
     ["Invasive ductal carcinoma, Nottingham grade 2. ER positive (95%), PR positive (60%), HER2 IHC 1+ (negative).", "Fibroadenoma. Negative for malignancy."]),
    ("Prostate, needle biopsies, 12 cores", "Received in twelve containers labelled A-L, each with a single tan core 0.8 to 1.7 cm. Entirely submitted.",
     "Small crowded glands with prominent nucleoli and absent basal cells (confirmed by p63/AMACR), involving 3 of 12 cores.",
     ["Prostatic adenocarcinoma, Gleason 3+4=7 (Grade Group 2), in 3/12 cores, up to 40% of core.", "Benign prostatic tissue. Negative for carcinoma."]),
    ("Stomach, antrum, endoscopic biopsies", "Received in formalin are 3 tan fragments measuring 0.2-0.4 cm. Entirely submitted.",
     "Chronic active gastritis with intestinal metaplasia; immunostain shows curved bacilli.",
     ["Chronic active gastritis, Helicobacter pylori positive.", "Reactive gastropathy. Negative for H. pylori, dysplasia or malignancy."]),
    ("Uterus, cervix, bilateral tubes and ovaries; TAH-BSO", "Received is a uterus with attached cervix and adnexa weighing %s g. Multiple well-circumscribed whorled intramural nodules, largest 5.1 cm.",
     "Leiomyomata without atypia, necrosis or increased mitoses. Proliferative endometrium. Unremarkable tubes and ovaries.",
     ["Leiomyomata uteri. Proliferative endometrium. Benign cervix, tubes and ovaries.", "Adenomyosis and leiomyomata. No malignancy."]),
    ("Thyroid, total thyroidectomy", "Received is a thyroid weighing %s g. Serial sectioning reveals multiple nodules, the largest 3.4 cm, and a firm white 0.9 cm nodule in the right lobe.",
     "Papillary architecture with nuclear clearing, grooves and pseudoinclusions in the 0.9 cm nodule. Background nodular hyperplasia.",
     ["Papillary thyroid microcarcinoma, 0.9 cm, classic type, margins negative, background multinodular hyperplasia.", "Multinodular hyperplasia. No malignancy."]),
    ("Pleural fluid, cytology", "Received 250 mL of serosanguinous fluid. Cytospin and cell block prepared.",
     "Reactive mesothelial cells and lymphocytes; clusters of atypical epithelioid cells positive for TTF-1 and Napsin A.",
     ["Positive for malignant cells, consistent with metastatic lung adenocarcinoma.", "Negative for malignant cells. Reactive mesothelial cells."]),
    ("Cervix, ThinPrep Pap test", "Liquid-based cytology specimen. Transformation zone component present.",
     "Squamous cells with enlarged hyperchromatic nuclei and koilocytic change.",
     ["Low-grade squamous intraepithelial lesion (LSIL). HPV testing: high-risk positive.", "Negative for intraepithelial lesion or malignancy (NILM)."]),
    ("Lymph node, right axillary, excisional biopsy", "Received is a lymph node measuring %s cm, bisected and entirely submitted; touch preps made.",
     "Effacement of nodal architecture by sheets of large atypical lymphoid cells, CD20+, BCL6+, MUM1+, Ki-67 ~80%.",
     ["Diffuse large B-cell lymphoma, non-germinal centre phenotype. FISH for MYC pending.", "Reactive follicular hyperplasia."]),
    ("Kidney, native, percutaneous biopsy", "Two cores of renal tissue 1.2 and 1.5 cm for light, IF and EM.",
     "22 glomeruli, 3 globally sclerosed. Several show cellular crescents. IF: linear IgG along GBM.",
     ["Crescentic glomerulonephritis, anti-GBM type. EM to follow.", "Diabetic nephropathy, class III, with moderate interstitial fibrosis."]),
]


def gen_pathology_report(r):
    p = Patient(r, 18, 92)
    sp = r.choice(PATH)
    d = p.ref
    out = [header(r, p)]
    out.append(r.choice(["SURGICAL PATHOLOGY REPORT", "Anatomic Pathology Report", "PATHOLOGY CONSULTATION REPORT", "CYTOPATHOLOGY REPORT" if "cytology" in sp[0].lower() or "Pap" in sp[0] else "Surgical Pathology - Final"]))
    out.append("Accession #: %s%02d-%05d" % (r.choice(["S", "SP", "AP", "C"]), d.year % 100, r.randint(1, 99999)))
    out.append("Collected: %s   Received: %s   Signed out: %s" % (fmt_date(r, d, 0), fmt_date(r, d, 0), fmt_date(r, d + dt.timedelta(days=r.randint(1, 9)), 0)))
    out.append("Submitting physician: Dr. %s %s" % rname(r))
    out.append("")
    out.append("CLINICAL INFORMATION: " + r.choice(["See requisition.", "r/o malignancy", "%s." % sp[0].split(",")[0], "Suspicious lesion.", "Recurrent symptoms, surgical specimen."]))
    out.append("")
    out.append("SPECIMEN: A. " + sp[0])
    out.append("")
    out.append("GROSS DESCRIPTION:")
    gross = sp[1]
    if "%s" in gross:
        gross = gross % r.choice(["7.8 x 3.1 x 2.4", "6.2 x 0.8", "22.0", "186", "34", "2.6 x 1.9 x 1.1", "9.1 x 4.0 x 2.2", "310", "48"])
    out.append(gross + " (%s)" % r.choice(["AB/cm", "GR/jt", "dictated by PA %s" % rname(r)[1], "KL"]))
    out.append("")
    out.append("MICROSCOPIC DESCRIPTION:")
    out.append(sp[2])
    out.append("")
    out.append("DIAGNOSIS:")
    out.append("A. %s:" % sp[0].upper())
    out.append("   - " + r.choice(sp[3]))
    if r.random() < 0.4:
        out.append("")
        out.append("COMMENT: " + r.choice(["Case reviewed at intradepartmental consensus conference.", "Results communicated to the submitting physician.",
                                           "Additional immunohistochemistry performed with appropriate controls.", "Correlation with imaging is recommended.",
                                           "Frozen section diagnosis confirmed."]))
    out.append("")
    out.append(r.choice(["Electronically signed out by", "Pathologist:", "Reported by"]) + " %s" % doc_name(r))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# ecg_report
# ----------------------------------------------------------------------------
def gen_ecg_report(r):
    p = Patient(r, 16, 98)
    d = p.ref
    rhythm = r.choice(["Sinus rhythm", "Sinus bradycardia", "Sinus tachycardia", "Atrial fibrillation", "Atrial flutter with 2:1 block",
                       "Sinus rhythm with first-degree AV block", "Electronic ventricular pacing", "Sinus rhythm with frequent PVCs", "Junctional rhythm"])
    if "brady" in rhythm:
        hr = r.randint(38, 58)
    elif "tachy" in rhythm or "2:1" in rhythm:
        hr = r.randint(101, 150)
    elif "fibrillation" in rhythm:
        hr = r.randint(62, 156)
    else:
        hr = r.randint(60, 99)
    pr_ = "---" if ("fibrillation" in rhythm or "flutter" in rhythm or "pacing" in rhythm) else str(r.randint(210, 280) if "first" in rhythm else r.randint(120, 200))
    qrs = r.randint(78, 168)
    qt = r.randint(340, 480)
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    axis = r.randint(-60, 110)
    out = [header(r, p)]
    out.append(r.choice(["12-LEAD ECG", "ELECTROCARDIOGRAM REPORT", "ECG Interpretation", "EKG - Resting 12 lead"]))
    out.append("Acquired: %s %s   Location: %s   Device: %s" % (fmt_date(r, d), rtime(r), r.choice(["ED", "CCU", "Pre-op clinic", "Ward 5B", "Cardiology clinic"]),
                                                             r.choice(["MAC 5500", "PageWriter TC70", "CardioSoft-fict", "ELI 380"])))
    out.append("Age %d  Sex %s" % (p.age, p.sex))
    out.append("")
    out.append("Vent rate: %d bpm   Atrial rate: %s" % (hr, r.choice([str(hr), str(hr * 2) if "2:1" in rhythm else str(hr), "---"])))
    out.append("PR interval: %s ms" % pr_)
    out.append("QRS duration: %d ms" % qrs)
    out.append("QT/QTc: %d/%d ms" % (qt, qtc))
    out.append("P-R-T axes: %s %d %d" % (r.choice(["---", str(r.randint(20, 70))]), axis, r.randint(-30, 90)))
    out.append("")
    out.append("Computer interpretation:")
    stmts = [rhythm]
    if qrs >= 120:
        stmts.append(r.choice(["Right bundle branch block", "Left bundle branch block", "Nonspecific intraventricular conduction delay"]))
    if axis < -30:
        stmts.append("Left axis deviation" + r.choice(["", " - possible left anterior fascicular block"]))
    elif axis > 90:
        stmts.append("Right axis deviation")
    stmts += between(r, 0, 2, ["Left ventricular hypertrophy with repolarization abnormality", "Inferior infarct, age undetermined",
                               "ST elevation consider anterior injury or acute infarct", "Nonspecific T wave abnormality", "Low QRS voltage in limb leads",
                               "Prolonged QT", "Septal Q waves, possible old septal infarct", "Poor R wave progression"])
    for s in stmts:
        out.append("  " + s)
    out.append("  " + r.choice(["Abnormal ECG", "Borderline ECG", "Normal ECG" if len(stmts) == 1 and rhythm == "Sinus rhythm" else "Abnormal ECG"]))
    out.append("")
    out.append(r.choice(["Physician over-read:", "Confirmed by:", "Cardiologist interpretation:"]))
    out.append(r.choice(["Agree with computer interpretation.", "Agree. When compared with ECG of %s, %s." % (
        fmt_date(r, d - dt.timedelta(days=r.randint(10, 900))), r.choice(["no significant change", "new T wave inversions in V1-V4", "rate is faster", "atrial fibrillation has replaced sinus rhythm"])),
        "Revised: %s. No acute ST elevation." % rhythm.lower(), "Inferior ST depression 1 mm, consider ischemia; clinical correlation advised.",
        "Artifact in limb leads limits interpretation; repeat suggested."]))
    out.append("%s  %s %s" % (doc_name(r), fmt_date(r, d), rtime(r)))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# medication_list
# ----------------------------------------------------------------------------
def gen_medication_list(r):
    p = Patient(r, 18, 99)
    d = p.ref
    out = [header(r, p)]
    kind = r.randint(0, 2)
    if kind == 0:
        out.append(r.choice(["MEDICATION RECONCILIATION - ADMISSION", "Best Possible Medication History (BPMH)", "Admission Medication Reconciliation"]))
        out.append("Date: %s   Completed by: %s" % (fmt_date(r, d), r.choice(["%s %s, PharmD" % rname(r), "%s %s, RPh" % rname(r), "%s %s, pharmacy student" % rname(r), "%s %s, RN" % rname(r)])))
        out.append("Sources: " + ", ".join(between(r, 2, 4, ["patient interview", "community pharmacy (%s)" % phone(r), "provincial drug profile", "pill bottles",
                                                              "family member", "previous discharge summary", "PCP medication list"])))
        out.append("Allergies: " + r.choice(ALLERGIES))
        out.append("")
        out.append("%-40s %-14s %s" % ("Home medication", "Last dose", "Admission action"))
        for _ in range(r.randint(4, 13)):
            out.append("%-40s %-14s %s" % (drug_str(r)[:40], r.choice(["today AM", "yesterday", "unknown", "2 days ago", "last night"]),
                                          r.choice(["Continue", "Continue", "Hold", "Discontinue", "Modify dose", "Substitute formulary"])))
        out.append("")
        if r.random() < 0.7:
            out.append("Discrepancies identified: " + r.choice(["none", "patient not taking atorvastatin for 6 months (cost)", "duplicate PPI", "OTC ibuprofen not on list - advised to stop",
                                                               "dose of levothyroxine differs from pharmacy record"]))
        out.append("Reviewed by prescriber: Dr. %s %s" % rname(r))
    elif kind == 1:
        out.append(r.choice(["DISCHARGE MEDICATION LIST", "Your Medication List", "Medication Reconciliation at Discharge", "Active Medication List"]))
        out.append("As of %s" % fmt_date(r, d))
        out.append("")
        for lbl in ["NEW medications", "CHANGED medications", "CONTINUE these medications", "STOP taking these medications"]:
            n = r.randint(0, 4) if lbl != "CONTINUE these medications" else r.randint(2, 8)
            if n == 0:
                continue
            out.append(lbl + ":")
            for _ in range(n):
                dd = r.choice(DRUGS)
                if lbl.startswith("STOP"):
                    out.append("  x " + dd[0] + r.choice(["", " - reason: %s" % r.choice(["kidney function", "low BP", "no longer needed", "interaction", "side effects"])]))
                else:
                    out.append("  * %s %s - take %s %s. For: %s" % (dd[0], r.choice(dd[1]), r.choice(["by mouth", "under the skin", "inhaled", "as directed"]), r.choice(dd[3]), dd[4]))
            out.append("")
    else:
        out.append(r.choice(["MEDICATION ADMINISTRATION RECORD (MAR) SUMMARY", "Current Medications", "Outpatient Medication Profile"]))
        out.append("Patient weight: %d kg   CrCl (est): %d mL/min" % (r.randint(45, 130), r.randint(15, 110)))
        out.append("")
        out.append("%-28s %-12s %-6s %-16s %-12s %s" % ("Drug", "Dose", "Route", "Frequency", "Start", "Prescriber"))
        for _ in range(r.randint(5, 14)):
            dd = r.choice(DRUGS)
            out.append("%-28s %-12s %-6s %-16s %-12s %s" % (dd[0][:28], r.choice(dd[1])[:12], dd[2], r.choice(dd[3])[:16],
                                                           fmt_date(r, d - dt.timedelta(days=r.randint(0, 900)), 0), rname(r)[1]))
        if r.random() < 0.6:
            out.append("")
            out.append("PRN:")
            for _ in range(r.randint(1, 4)):
                out.append("  " + drug_str(r, r.choice([x for x in DRUGS if any("PRN" in f for f in x[3])])))
    if r.random() < 0.5:
        out.append("")
        out.append(r.choice(["Bring this list to every appointment.", "Printed for patient; pharmacist counselling completed.", "List verified with patient at bedside.",
                             "Please notify pharmacy of changes."]))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# prescription
# ----------------------------------------------------------------------------
def gen_prescription(r):
    p = Patient(r, 1, 95)
    fac, city = r.choice(FACILITIES)
    d = p.ref
    doc = doc_name(r)
    out = [header(r, p, (fac, city))]
    out.append(r.choice(["%s\n%s" % (fac, city), "Dr. %s\n%s" % (doc, fac), "PRESCRIPTION", "Rx"]))
    out.append("Tel %s   Fax %s" % (phone(r), phone(r)))
    out.append("")
    out.append("Patient: %s        DOB: %s" % (p.name, fmt_date(r, p.dob, 1)))
    a1, a2 = fake_addr(r)
    out.append("Address: %s, %s" % (a1, a2))
    if r.random() < 0.5:
        out.append("Health card / Member #: %s" % "".join(str(r.randint(0, 9)) for _ in range(10)))
    out.append("Date: %s" % fmt_date(r, d))
    out.append("")
    for i in range(r.randint(1, 4)):
        dd = r.choice(DRUGS)
        strength = r.choice(dd[1])
        form = r.choice(["tab", "cap", "tablet", "capsule"]) if dd[2] == "PO" else r.choice(["pen", "inhaler", "vial", "device"])
        out.append("Rx%s  %s %s %s" % ("" if i == 0 else " %d" % (i + 1), dd[0], strength, form))
        out.append("     Sig: %s %s %s" % (r.choice(["1", "1", "2", "1/2", "take 1"]), dd[2], r.choice(dd[3])))
        out.append("     Mitte: %s   Refills: %s" % (r.choice(["30", "60", "90", "#100", "1 inhaler", "5 pens", "14 days", "3 months' supply"]), r.choice(["0", "1", "2", "3", "5", "NR"])))
        if r.random() < 0.3:
            out.append("     " + r.choice(["No substitution", "Dispense weekly (blister pack)", "LU code %d" % r.randint(100, 600), "Indication: " + dd[4]]))
        out.append("")
    if r.random() < 0.3:
        out.append("Controlled substance: total quantity in words: %s" % r.choice(["thirty (30)", "twenty (20)", "sixty (60)"]))
    out.append("Prescriber: %s   License #%d" % (doc, r.randint(10000, 99999)))
    if r.random() < 0.5:
        out.append("DEA/CPSO #: %s%07d" % (r.choice(["B", "F", "A", ""]), r.randint(0, 9999999)))
    out.append("Signature: ______________________")
    if r.random() < 0.4:
        out.append(r.choice(["Faxed to pharmacy %s" % phone(r), "Original given to patient", "e-Prescribed via PrescribeIT-demo"]))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# immunization_record
# ----------------------------------------------------------------------------
VACCINES = [("Influenza (inactivated, quadrivalent)", "IM"), ("COVID-19 mRNA (Moderna)", "IM"), ("COVID-19 mRNA (Pfizer-BioNTech)", "IM"),
            ("Tdap (Adacel/Boostrix)", "IM"), ("Td", "IM"), ("Pneumococcal conjugate PCV20", "IM"), ("Pneumococcal polysaccharide PPSV23", "IM"),
            ("Recombinant zoster (Shingrix)", "IM"), ("Hepatitis B (Engerix-B)", "IM"), ("Hepatitis A (Havrix)", "IM"), ("HPV-9 (Gardasil 9)", "IM"),
            ("MMR", "SC"), ("Varicella", "SC"), ("Meningococcal ACWY", "IM"), ("RSV (Arexvy)", "IM"), ("DTaP-IPV-Hib", "IM"), ("Rotavirus", "PO"),
            ("Typhoid (Vi polysaccharide)", "IM"), ("Tuberculin skin test (TST)", "ID")]


def gen_immunization_record(r):
    p = Patient(r, 0, 90)
    out = [header(r, p)]
    out.append(r.choice(["IMMUNIZATION RECORD", "Immunization History", "Vaccination Record", "Record of Immunizations - Official Copy", "Immunization Summary Report"]))
    out.append("Name: %s   DOB: %s   Sex: %s" % (p.name, fmt_date(r, p.dob, 0), p.sex))
    out.append("Health number / MRN: %s" % p.mrn)
    out.append("")
    out.append("%-38s %-12s %-5s %-8s %-12s %s" % ("Vaccine", "Date", "Dose", "Site", "Lot", "Given by"))
    rows = []
    for _ in range(r.randint(4, 14)):
        v, route = r.choice(VACCINES)
        dd = rdate(r, max(p.dob.year, 2000), 2024)
        rows.append((dd, v, route))
    rows.sort()
    for dd, v, route in rows:
        out.append("%-38s %-12s %-5s %-8s %-12s %s" % (v[:38], fmt_date(r, dd, 0), r.choice(["1", "2", "3", "B", "1"]),
                                                      r.choice(["L delt", "R delt", "L thigh", "R thigh", "oral", "L forearm"]) if route != "PO" else "oral",
                                                      "%s%d%s" % (r.choice(["EH", "FK", "U7", "AC"]), r.randint(1000, 9999), r.choice(["A", "B", "X", ""])),
                                                      r.choice(["%s %s, RN" % rname(r), "Pharmacy", "Public Health", "%s %s, MD" % rname(r)])))
    out.append("")
    if any("Tuberculin" in x[1] for x in rows):
        out.append("TST read at 48-72 h: %d mm induration" % r.choice([0, 0, 3, 6, 12]))
    out.append("Adverse events following immunization: " + r.choice(["none reported", "sore arm after dose 2", "fever 38.2 after Shingrix dose 1", "none"]))
    out.append("Due/overdue: " + r.choice(["Influenza (seasonal)", "Td booster %d" % r.randint(2025, 2032), "Shingrix dose 2", "none", "PCV20", "COVID-19 updated dose"]))
    if r.random() < 0.5:
        out.append("")
        out.append(r.choice(["This record was printed from the provincial immunization registry.", "Keep this record with your important documents.",
                             "Verified against state immunization information system."]))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# registration_form
# ----------------------------------------------------------------------------
def gen_registration_form(r):
    p = Patient(r, 0, 99)
    fac, city = r.choice(FACILITIES)
    a1, a2 = fake_addr(r)
    out = [header(r, p, (fac, city))]
    out.append(fac.upper())
    out.append(r.choice(["PATIENT REGISTRATION / FACE SHEET", "FACE SHEET", "Admission Registration Record", "PATIENT DEMOGRAPHICS", "Registration Summary"]))
    out.append("")
    fields = [("Patient name", p.name_lf()), ("Preferred name", r.choice([p.first, "-", p.first[:3]])), ("DOB", fmt_date(r, p.dob, 1)), ("Age", str(p.age)),
              ("Sex", p.sex), ("Gender identity", r.choice(["not recorded", "man" if p.sex == "M" else "woman", "declined"])), ("MRN", p.mrn), ("Account #", p.enc),
              ("Address", a1), ("City/Prov-State", a2), ("Postal/ZIP", r.choice(["K7L 0X0", "B3H 0Z9", "05401", "43210", "T6G 0A0", "03101"])),
              ("Home phone", phone(r)), ("Cell phone", phone(r)), ("Email", "%s.%s@example.org" % (p.first.lower(), p.last.lower())),
              ("Language", r.choice(["English", "French", "Spanish", "Punjabi", "Mandarin", "Arabic", "Tagalog"])), ("Interpreter needed", r.choice(["N", "Y"])),
              ("Marital status", r.choice(["Married", "Single", "Widowed", "Divorced", "Common-law"])), ("Religion", r.choice(["None", "Catholic", "Declined", "Muslim", "Protestant", "Jewish"])),
              ("Employer", r.choice(["Retired", "Self-employed", "Unemployed", "Fictional Freight Co.", "School board", "Student"])),
              ("Emergency contact", "%s %s (%s) %s" % (rname(r) + (r.choice(["spouse", "daughter", "son", "friend", "mother", "brother"]), phone(r)))),
              ("Primary care provider", "Dr. %s %s" % rname(r)), ("Primary insurance", r.choice(["OHIP", "MSI (NS)", "Alberta Health", "Medicare Part A/B", "BlueCross-Fictive PPO", "Medicaid", "Self-pay"])),
              ("Policy #", "".join(str(r.randint(0, 9)) for _ in range(10))), ("Secondary insurance", r.choice(["None", "Sun Life-demo", "AARP Supplemental-demo", "Green Shield-demo"])),
              ("Admit date/time", "%s %s" % (fmt_date(r, p.ref, 1), rtime(r))), ("Patient type", r.choice(["Inpatient", "Outpatient", "Emergency", "Day Surgery", "Observation"])),
              ("Admitting service", r.choice(SERVICES)), ("Attending", "Dr. %s %s" % rname(r)), ("Room/Bed", "%d-%s" % (r.randint(200, 1199), r.choice("ABCD"))),
              ("Advance directive on file", r.choice(["Yes", "No", "Unknown"])), ("Allergies", r.choice(ALLERGIES))]
    if r.random() < 0.5:
        for k, v in fields:
            if r.random() < 0.9:
                out.append("%-26s %s" % (k + ":", v))
    else:
        i = 0
        while i < len(fields):
            chunk = fields[i:i + 2]
            out.append("   ".join("%s: %s" % kv for kv in chunk))
            i += 2
    out.append("")
    if r.random() < 0.6:
        out.append(r.choice(["Guarantor: self", "Guarantor: %s %s (parent)" % rname(r), "Guarantor: spouse"]))
        out.append("Consent to treat signed: %s   Privacy notice given: %s" % (r.choice(["Y", "Y", "N"]), r.choice(["Y", "Y", "N"])))
    out.append("Registered by: %s   %s %s" % (r.choice(["reg_clerk3", "ADM-%d" % r.randint(10, 99), "%s %s" % rname(r)]), fmt_date(r, p.ref, 0), rtime(r)))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# insurance_card
# ----------------------------------------------------------------------------
def gen_insurance_card(r):
    p = Patient(r, 0, 95)
    payer = r.choice(["Northstar Health Plan (demo)", "Evergreen Mutual Benefits", "Keystone Fictional Insurance Co.", "Great Lakes Care PPO",
                      "Pacific Crest HMO", "Maritime Benefit Trust", "Summit Dental & Drug Plan", "Prairie Provincial Health Card",
                      "Commonwealth Medicaid (sample)", "Medicare (specimen)", "Liberty Blue Assurance", "Aurora Group Benefits"])
    out = [header(r, p)]
    out.append(r.choice(["INSURANCE CARD - FRONT", "Scanned insurance card (front/back)", "COPY OF INSURANCE CARD", ""]))
    out.append("")
    out.append(payer.upper())
    out.append(r.choice(["Member ID Card", "Subscriber Card", "Health Benefits Card", "PPO", "HMO", "Prescription Drug Card"]))
    out.append("")
    out.append("Member: %s" % p.name.upper())
    out.append("Member ID: %s%s" % (r.choice(["XYZ", "NHP", "EGM", "W", "G"]), "".join(str(r.randint(0, 9)) for _ in range(9))))
    out.append("Group #: %d%s" % (r.randint(10000, 999999), r.choice(["", "-01", "A"])))
    if r.random() < 0.6:
        out.append("Plan: %s" % r.choice(["Gold 80", "Silver PPO 2000", "Standard Option", "Basic Drug", "Extended Health", "Choice Plus"]))
    if r.random() < 0.7:
        out.append("RxBIN: %06d  RxPCN: %s  RxGRP: %s" % (r.randint(0, 999999), r.choice(["ADV", "CN", "PHX", "RXA"]), r.choice(["RX%d" % r.randint(1000, 9999), "GRP7"])))
    if r.random() < 0.6:
        out.append("Copays: PCP $%d  Specialist $%d  ER $%d  Urgent care $%d" % (r.choice([10, 20, 25, 30]), r.choice([30, 40, 50, 60]), r.choice([100, 150, 250]), r.choice([35, 50, 75])))
    if r.random() < 0.5:
        out.append("Dependents: %s" % ", ".join("%s %s" % (r.choice(FIRST_F + FIRST_M), p.last) for _ in range(r.randint(1, 3))))
    out.append("Effective: %s" % fmt_date(r, p.ref - dt.timedelta(days=r.randint(0, 1500)), 1))
    out.append("")
    out.append(r.choice(["--- BACK ---", "[reverse side]", "BACK OF CARD", ""]))
    out.append("Member services: 1-800-555-%04d" % r.randint(100, 199))
    out.append("Provider inquiries: 1-888-555-%04d" % r.randint(100, 199))
    out.append("Send claims to: PO Box %d, %s" % (r.randint(100, 9999), r.choice([c for _, c in FACILITIES])))
    out.append(r.choice(["Pre-authorization required for inpatient admission and advanced imaging.", "In an emergency, go to the nearest hospital.",
                         "This card does not guarantee coverage.", "Present this card at each visit."]))
    if r.random() < 0.3:
        out.append("Scanned by front desk %s" % fmt_date(r, p.ref, 0))
    return "\n".join(out).lstrip("\n")


# ----------------------------------------------------------------------------
# nursing_note
# ----------------------------------------------------------------------------
def gen_nursing_note(r):
    p = Patient(r, 18, 99)
    nurse = "%s %s, %s" % (rname(r) + (r.choice(NURSE_CREDS),))
    out = [header(r, p)]
    kind = r.randint(0, 3)
    if kind == 0:
        out.append(r.choice(["NURSING SHIFT ASSESSMENT", "Nursing Assessment - Head to Toe", "RN Shift Assessment"]))
        out.append("%s  Shift: %s   Unit: %s" % (fmt_date(r, p.ref), r.choice(["0700-1900", "1900-0700", "Days", "Nights", "0730-1530"]),
                                             r.choice(["5 North", "CCU", "Ortho 7", "Med-Surg 3B", "Step-down", "Oncology 9"])))
        out.append("")
        sys_ = [("Neuro", ["A&O x4, PERRLA, moves all extremities", "A&O x2, pleasantly confused, reorients easily", "GCS 14 (E4V4M6)", "drowsy, follows commands"]),
                ("Cardiac", ["S1S2 regular, cap refill < 3 s, pedal pulses palpable", "irregular rhythm on tele, HR 90s", "+2 pitting edema BLE"]),
                ("Resp", ["lungs clear, RA, no SOB", "crackles bases, 2L NP, sat 94%", "diminished L base, using IS x10/h"]),
                ("GI", ["abdomen soft, BS x4 quadrants, last BM today", "nauseated, no emesis, tolerating clear fluids", "NPO, NG to LIS draining 200 mL bilious"]),
                ("GU", ["voiding independently, clear yellow urine", "Foley draining amber urine 40 mL/h", "incontinent x1, peri-care done"]),
                ("Skin", ["Braden %d, intact" % r.randint(12, 22), "stage 2 sacral pressure injury, foam dressing changed", "surgical incision well approximated, no drainage"]),
                ("Pain", ["%d/10 at incision, PRN given with effect" % r.randint(0, 8), "denies pain", "CPOT 2"]),
                ("Safety", ["bed alarm on, call bell in reach, falls risk high (Morse %d)" % r.randint(25, 95), "1:1 sitter", "low bed, non-slip socks"]),
                ("Psychosocial", ["family at bedside, coping well", "tearful, emotional support given", "calm and cooperative"])]
        for k, opts in sys_:
            out.append("%s: %s" % (k, r.choice(opts)))
        out.append("")
        out.append("VS: " + vitals_line(r))
        out.append("IV: " + r.choice(["#20 L forearm, patent, no phlebitis (VIP 0)", "PICC R arm, dressing due %s" % fmt_date(r, p.ref + dt.timedelta(days=3), 0), "saline locked", "NS @ 75 mL/h"]))
        out.append("Intake/Output: %d / %d" % (r.randint(400, 2400), r.randint(300, 2600)))
    elif kind == 1:
        out.append(r.choice(["Nursing Progress Note (DAR)", "Focus Charting", "NURSING NOTE"]))
        out.append("%s %s" % (fmt_date(r, p.ref), rtime(r)))
        focus = r.choice(["Pain", "Fall risk", "Altered mental status", "Hypoglycemia", "Post-op care", "Respiratory distress", "Anxiety", "Wound care", "Discharge teaching"])
        out.append("Focus: " + focus)
        out.append("D: " + r.choice(["Pt c/o incisional pain 7/10, grimacing with movement.", "Found pt attempting to climb out of bed, disoriented to time.",
                                     "CBG 3.1 mmol/L at 0300, diaphoretic, alert.", "Increased work of breathing, RR 28, sat 88% on 2L.",
                                     "Dressing to L foot saturated with serous drainage.", "Pt anxious about discharge home alone."]))
        out.append("A: " + r.choice(["Hydromorphone 1 mg PO given per order, repositioned with pillows.", "Reoriented, bed alarm activated, MD notified.",
                                     "15 g juice given per hypoglycemia protocol, recheck in 15 min.", "O2 increased to 4L, HOB elevated, RT and MD paged.",
                                     "Dressing changed with aseptic technique; wound bed pink with granulation.", "Teaching provided, social work referral placed."]))
        out.append("R: " + r.choice(["Pain 3/10 at reassessment 1 h later.", "Settled, sleeping at 0200.", "Repeat CBG 5.8.", "Sat 94% on 4L, resident assessed at bedside.",
                                     "Pt tolerated dressing change well.", "Pt verbalizes understanding and feels less anxious."]))
        out.append("")
        if r.random() < 0.6:
            out.append("%s %s Additional: %s" % (fmt_date(r, p.ref, 1), rtime(r), r.choice(["Family updated by phone.", "Up to chair with 1 assist.", "Voided 300 mL.",
                                                                                           "Tolerated 75% of supper.", "Refused evening meds; MD aware."])))
    elif kind == 2:
        out.append(r.choice(["Nursing Admission Assessment", "ADMISSION NURSING DATABASE", "Admission Intake - Nursing"]))
        out.append("Admitted from: %s at %s via %s" % (r.choice(["ED", "home", "PACU", "OSH", "clinic"]), rtime(r), r.choice(["stretcher", "wheelchair", "ambulatory", "bed"])))
        out.append("Reason for admission (per patient): " + r.choice(["'my heart is acting up'", "'I can't catch my breath'", "broken hip", "surgery", "infection in my leg"]))
        out.append("Height %d cm  Weight %.1f kg" % (r.randint(150, 195), r.uniform(45, 140)))
        out.append("Allergies verified with patient: " + r.choice(ALLERGIES))
        out.append("Belongings: " + r.choice(["glasses, hearing aids (L/R), upper denture", "cell phone and charger sent home with son", "walker, clothing", "none"]))
        out.append("Falls risk: " + r.choice(["high", "moderate", "low"]) + "   Braden: %d   Nutrition screen: %s" % (r.randint(11, 23), r.choice(["no risk", "at risk - RD referral"])))
        out.append("Home supports: " + r.choice(SOCIAL))
        out.append("Smoking cessation offered: " + r.choice(["N/A", "yes, NRT patch ordered", "declined"]))
        out.append("Oriented to room, call bell, unit routines. Whiteboard updated.")
        out.append("Vitals on arrival: " + vitals_line(r))
    else:
        out.append(r.choice(["ICU Nursing Flowsheet Note", "Critical Care Nursing Note"]))
        out.append("%s  %s" % (fmt_date(r, p.ref), r.choice(["Nights", "Days"])))
        out.append("Neuro: RASS %d, CAM-ICU %s, sedation %s" % (r.randint(-3, 1), r.choice(["negative", "positive", "UTA"]), r.choice(["propofol 20 mcg/kg/min", "fentanyl 50 mcg/h", "off"])))
        out.append("CV: " + r.choice(["norepinephrine 0.08 mcg/kg/min titrated to MAP > 65", "off pressors since 0400", "A-line R radial, good waveform"]))
        out.append("Resp: " + r.choice(["AC VT 420 RR 18 PEEP 8 FiO2 0.40", "SBT passed, extubated to 4L NP at 1000", "HFNC 50L/60%"]))
        out.append("Renal: " + r.choice(["CRRT running, net -50 mL/h", "UO 30-60 mL/h", "Foley removed"]))
        out.append("GI: " + r.choice(["TF at goal 55 mL/h via OGT", "NPO, OGT to gravity", "tolerating ice chips"]))
        out.append("Lines: " + r.choice(["R IJ CVC day 4, L radial art line", "PICC, PIV x2", "L femoral dialysis catheter"]))
        out.append("Family: " + r.choice(["wife called, updated", "family meeting booked for 1400", "no contact this shift"]))
        out.append("Turned q2h, oral care q4h, HOB 30 degrees, VAP bundle maintained.")
    out.append("")
    out.append(nurse + "  " + rtime(r))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# transfer_summary
# ----------------------------------------------------------------------------
def gen_transfer_summary(r):
    p = Patient(r, 18, 97)
    probs = problems(r, 2, 4)
    src = r.choice(FACILITIES)
    dst = r.choice([f for f in FACILITIES if f != src])
    kind = r.choice(["inter", "inter", "unit"])
    out = [header(r, p, src)]
    if kind == "inter":
        out.append(r.choice(["INTER-FACILITY TRANSFER SUMMARY", "Transfer Summary", "PATIENT TRANSFER FORM", "Transfer of Care Summary"]))
        out.append("From: %s (%s)" % src)
        out.append("To: %s (%s)" % dst)
        out.append("Accepting physician: Dr. %s %s, %s" % (rname(r) + (r.choice(SERVICES),)))
        out.append("Referring physician: %s" % doc_name(r))
        out.append("Date/time of transfer: %s %s   Mode: %s" % (fmt_date(r, p.ref), rtime(r), r.choice(["ACP ground ambulance", "critical care transport", "air ambulance (fixed wing)", "BLS ambulance", "ORNGE-style rotor (fict.)"])))
        out.append("Reason for transfer: " + r.choice(["need for cardiac catheterization", "neurosurgical evaluation", "ICU bed unavailable at sending site", "repatriation to home hospital",
                                                       "dialysis initiation", "higher level of care", "ECMO evaluation", "interventional radiology not available"]))
    else:
        out.append(r.choice(["ICU TRANSFER NOTE", "Transfer Note - ICU to Ward", "Off-Service / Transfer Note", "Step-down Transfer Summary"]))
        out.append("Transferring from: %s   To: %s" % (r.choice(["MSICU", "CCU", "CVICU", "Step-down"]), r.choice(["General Medicine CTU", "Cardiology ward", "Surgery 6", "Respirology"])))
        out.append("Date: %s" % fmt_date(r, p.ref))
    out.append("")
    out.append("Summary: %d yo %s with %s, admitted %s with %s." % (p.age, p.sex, ", ".join(pmh_list(r, 1, 4)), fmt_date(r, p.ref - dt.timedelta(days=r.randint(1, 20))), probs[0][0]))
    out.append("")
    out.append("Active issues at time of transfer:")
    for i, pr in enumerate(probs):
        out.append("%d) %s - %s" % (i + 1, pr[0], r.choice(["stable", "improving", "ongoing; see plan", "resolved", "requires specialist input at receiving site", "monitor closely"])))
    out.append("")
    out.append("Current status: " + vitals_line(r, r.random() < 0.5) + "; " + r.choice(["GCS 15", "GCS 10T", "alert", "sedated on propofol"]))
    out.append("Lines/tubes: " + r.choice(["PIV x2", "R IJ CVC, art line, Foley", "ETT 7.5 @ 23, OGT", "PICC L arm", "none"]))
    out.append("Isolation: " + r.choice(["none", "contact (MRSA)", "droplet", "contact-plus (C. diff)", "airborne"]))
    out.append("Code status: " + r.choice(["Full code", "DNR", "DNR - OK for ICU", "Full"]))
    out.append("Current medications / infusions: " + "; ".join(drug_str(r) for _ in range(r.randint(3, 7))))
    out.append("Recent labs: " + lab_inline(r, pick(r, list(LABS), 6)))
    out.append("")
    out.append("Things to follow up: " + "; ".join(between(r, 1, 3, ["pending blood cultures", "repeat echo", "family meeting re goals of care", "restart anticoagulation when safe",
                                                                       "wean O2", "ID recommendations re duration", "PT/OT", "daily lytes"])))
    out.append("Documents sent: " + ", ".join(between(r, 2, 4, ["imaging CD", "MAR", "last 72 h notes", "consent forms", "lab results", "ECGs", "transfer checklist"])))
    out.append("Family notified: " + r.choice(["yes - %s (%s)" % (" ".join(rname(r)), r.choice(["wife", "son", "daughter", "husband"])), "yes", "unable to reach, message left"]))
    out.append("")
    out.append("Nurse-to-nurse report given: %s to %s at %s" % (" ".join(rname(r)), " ".join(rname(r)), rtime(r)))
    out.append("Completed by: " + doc_name(r))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# provider_orders
# ----------------------------------------------------------------------------
def gen_provider_orders(r):
    p = Patient(r, 18, 98)
    pr = r.choice(PROBLEMS)
    out = [header(r, p)]
    kind = r.randint(0, 2)
    if kind == 0:
        out.append(r.choice(["ADMISSION ORDERS", "Admission Order Set - Internal Medicine", "PHYSICIAN ORDERS - ADMISSION"]))
        out.append("Date/Time: %s %s" % (fmt_date(r, p.ref), rtime(r)))
        out.append("")
        ords = [("Admit to", "%s, attending Dr. %s %s" % ((r.choice(SERVICES),) + rname(r))),
                ("Condition", r.choice(["stable", "fair", "guarded", "serious"])),
                ("Diagnosis", pr[0]),
                ("Code status", r.choice(["Full code", "DNR/DNI", "No CPR, OK for intubation"])),
                ("Vitals", r.choice(["q4h", "q4h x24h then q shift", "q1h neuro vitals x 12 h"])),
                ("Activity", r.choice(["as tolerated", "bed rest", "up with assist", "NWB R leg"])),
                ("Diet", r.choice(["NPO", "cardiac 2 g Na", "diabetic", "regular", "clear fluids", "dysphagia level 2, thin fluids"])),
                ("IV", r.choice(["NS @ 100 mL/h", "saline lock", "RL @ 125 mL/h", "D5-1/2NS + 20 KCl @ 80 mL/h"])),
                ("Allergies", r.choice(ALLERGIES)),
                ("Nursing", r.choice(["strict I&O, daily weight", "fall precautions", "CBG AC/HS", "bladder scan q6h PRN", "telemetry"]))]
        for k, v in ords:
            out.append("%-12s %s" % (k + ":", v))
        out.append("Medications:")
        for _ in range(r.randint(3, 9)):
            out.append("   [x] " + drug_str(r))
        out.append("Labs: " + ", ".join(between(r, 2, 6, ["CBC", "lytes", "Cr", "INR/PTT", "troponin q3h x2", "lactate", "blood cultures x2", "UA + C&S", "type & screen", "lipase", "TSH"])) +
                   r.choice([" in AM", " now", " now and daily"]))
        out.append("Imaging: " + r.choice(["CXR PA/lat", "CT head non-contrast", "abdominal US", "none", "echo"]))
        out.append("Consults: " + r.choice(["PT/OT", "dietitian", "cardiology", "social work", "none"]))
        out.append("VTE prophylaxis: " + r.choice(["enoxaparin 40 mg SC daily", "heparin 5000 U SC q12h", "mechanical only"]))
    elif kind == 1:
        out.append(r.choice(["POST-OPERATIVE ORDERS", "Post-op Order Set", "Orders - PACU / Post Anesthesia"]))
        op = r.choice(OPERATIONS)
        out.append("Procedure: %s   Date: %s" % (op[0], fmt_date(r, p.ref)))
        out.append("")
        lines = ["Transfer to %s when PACU discharge criteria met" % r.choice(["ward", "day surgery", "ICU"]),
                 "VS q15min x4, q30min x2, then q4h", "Oxygen to maintain SpO2 > 92%",
                 "Diet: " + r.choice(["sips to DAT", "NPO until bowel sounds", "clear fluids, advance as tolerated"]),
                 "Activity: " + r.choice(["ambulate evening of surgery", "WBAT", "hip precautions", "bed rest until spinal wears off"]),
                 "Drain care: " + r.choice(["JP to bulb suction, record output q shift", "none", "Foley to straight drainage, remove POD 1"]),
                 "Analgesia: acetaminophen 1 g PO q6h; " + r.choice(["hydromorphone 1-2 mg PO q4h PRN", "oxycodone 5 mg PO q4h PRN", "ketorolac 15 mg IV q6h x 48h"]),
                 "Antiemetic: ondansetron 4 mg IV q8h PRN",
                 "Antibiotics: " + r.choice(["cefazolin 2 g IV q8h x2 doses", "none", "continue pre-op regimen"]),
                 "Labs: " + r.choice(["CBC, lytes POD 1", "Hgb in 6 h", "none"]),
                 "Call MD for: SBP < 90 or > 180, HR > 120, UO < 30 mL/h x2h, T > 38.5, uncontrolled pain"]
        for i, l in enumerate(lines):
            out.append("%d. %s" % (i + 1, l))
    else:
        out.append(r.choice(["PHYSICIAN ORDERS", "Provider Order Sheet", "Orders (CPOE print)", "Telephone/Verbal Orders"]))
        for _ in range(r.randint(4, 10)):
            o = r.choice(["Start " + drug_str(r), "Discontinue " + r.choice(DRUGS)[0], "Increase %s to %s" % (r.choice(DRUGS)[0], r.choice(["BID", "TID", "double current dose"])),
                          "KCl 20 mEq PO x%d" % r.randint(1, 3), "Bolus NS 500 mL IV over 30 min", "Repeat %s at %s" % (r.choice(list(LABS)), rtime(r)),
                          "Chest X-ray portable now", "Consult %s re %s" % (r.choice(SERVICES), r.choice(["AKI", "anemia", "delirium", "wound"])), "Remove Foley",
                          "Insert PIV x2", "Transfuse 1 unit PRBC over 2 h", "Change diet to %s" % r.choice(["regular", "NPO after midnight", "renal"]),
                          "ECG now", "Blood cultures x2 if T > 38.3", "Discharge home today"])
            out.append("%s %s  %s" % (fmt_date(r, p.ref, 1), rtime(r), o))
        if "Verbal" in out[-1] or r.random() < 0.4:
            out.append("")
            out.append("Read back and verified - %s %s, RN. Co-signature required within 24 h." % rname(r))
    out.append("")
    out.append("Ordering provider: %s   Pager %d" % (doc_name(r), r.randint(1000, 9999)))
    out.append("Signed: %s %s" % (fmt_date(r, p.ref, 0), rtime(r)))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# discharge_instructions
# ----------------------------------------------------------------------------
DI_TOPICS = {
    "heart failure": ["Weigh yourself every morning after you urinate and before breakfast.", "Call your doctor if you gain more than 2 kg (4-5 lb) in 2 days or 2.5 kg in a week.",
                      "Limit salt to less than 2000 mg a day.", "Keep fluids to about 1.5 litres a day unless told otherwise."],
    "pneumonia": ["Finish all of your antibiotics even if you feel better.", "Use your breathing exerciser 10 times every hour while awake.",
                  "It is normal for the cough to last a few weeks."],
    "hip surgery": ["Keep your dressing clean and dry until your follow-up.", "Do not bend your hip past 90 degrees for 6 weeks.",
                    "Use your walker at all times until the physiotherapist says otherwise.", "Inject your blood thinner every day for 28 days."],
    "gallbladder surgery": ["You may shower 48 hours after surgery; pat the incisions dry.", "No heavy lifting over 10 lb for 2 weeks.",
                            "Shoulder tip pain from the gas used in surgery usually goes away in 1-2 days."],
    "stroke": ["Take your blood thinner and cholesterol medicine every day.", "Do not drive until your doctor says it is safe.",
               "Know the signs of stroke: face drooping, arm weakness, speech trouble - call 911 right away."],
    "COPD": ["Use your puffers exactly as shown by the respiratory therapist.", "Take prednisone with food in the morning.",
             "Follow your COPD action plan if your sputum changes colour."],
    "diabetes": ["Check your blood sugar before meals and at bedtime and write it down.", "If your sugar is below 4, take 15 g of fast sugar and recheck in 15 minutes.",
                 "Bring your meter to your next appointment."],
    "chest pain (ED)": ["Your tests today did not show a heart attack.", "Return right away if the pain comes back, lasts more than 15 minutes, or comes with sweating or shortness of breath.",
                        "See your family doctor within a week for a stress test referral."],
    "concussion": ["Rest from screens and sports for 24-48 hours, then slowly return to activities.", "Have someone stay with you tonight.",
                   "Return for worsening headache, repeated vomiting, confusion or seizure."],
    "kidney stone": ["Strain your urine and bring any stone to your doctor.", "Drink enough fluids so your urine is pale yellow.",
                     "Take tamsulosin nightly to help the stone pass."],
    "cellulitis": ["Keep the leg raised above the level of your heart when sitting.", "If the redness spreads past the pen line, come back.",
                   "Take all of the antibiotic tablets."],
    "colonoscopy": ["Do not drive or sign legal documents for 24 hours after sedation.", "You may have some bloating and gas.",
                    "Your biopsy results will be sent to your doctor in 2-3 weeks."],
}


def gen_discharge_instructions(r):
    p = Patient(r, 1, 97)
    topic = r.choice(list(DI_TOPICS))
    fac, city = r.choice(FACILITIES)
    out = [header(r, p, (fac, city))]
    out.append(r.choice(["DISCHARGE INSTRUCTIONS", "After Visit Summary", "Patient Discharge Instructions", "Going Home Instructions", "AFTER VISIT SUMMARY - Emergency Department"]))
    out.append("%s - %s" % (fac, city))
    out.append("")
    out.append("%s, you were %s on %s." % (p.first, r.choice(["in the hospital", "seen in the Emergency Department", "treated in our day surgery unit", "admitted to our unit"]), fmt_date(r, p.ref, 3)))
    out.append("Reason for your visit: " + topic)
    out.append("Your care team: Dr. %s %s and team" % rname(r))
    out.append("")
    out.append(r.choice(["What to do at home:", "Instructions:", "HOW TO CARE FOR YOURSELF AT HOME"]))
    for s in r.sample(DI_TOPICS[topic], len(DI_TOPICS[topic])):
        out.append("- " + s)
    out.append("")
    out.append(r.choice(["Medications:", "Your medicines:"]))
    for _ in range(r.randint(1, 6)):
        dd = r.choice(DRUGS)
        out.append("  %s %s - %s %s" % (r.choice(["START", "CONTINUE", "CHANGE", "CONTINUE"]), dd[0], r.choice(dd[1]), r.choice(["once a day", "twice a day", "at bedtime", "every 6 hours if needed", "with meals"])))
    out.append("")
    out.append(r.choice(["Call your doctor or return to the Emergency Department if you have:", "GET HELP RIGHT AWAY IF:", "When to seek care:"]))
    for s in between(r, 3, 6, ["fever over 38.3 C (101 F)", "chest pain or trouble breathing", "bleeding that does not stop", "new weakness or numbness",
                               "vomiting and cannot keep fluids down", "redness, swelling or pus at the incision", "fainting", "black or bloody stools",
                               "pain not controlled by your medicine", "confusion"]):
        out.append("  * " + s)
    out.append("")
    out.append("Follow-up appointments:")
    for _ in range(r.randint(1, 3)):
        out.append("  %s - %s at %s (%s)" % (fmt_date(r, p.ref + dt.timedelta(days=r.randint(3, 60)), 3), r.choice(["Family doctor", "Dr. %s %s" % rname(r), r.choice(SERVICES) + " clinic", "Lab work", "X-ray"]),
                                            r.choice(["9:30 AM", "1:15 PM", "10:00 AM", "call to book", "3:45 PM"]), phone(r)))
    out.append("")
    if r.random() < 0.6:
        out.append(r.choice(["Diet: " + r.choice(["heart-healthy, low salt", "regular", "diabetic", "soft foods for 2 days"]),
                             "Activity: " + r.choice(["walk a little more each day", "no driving for 2 weeks", "no lifting over 10 lb", "as tolerated"])]))
    out.append(r.choice(["I have received and understand these instructions.", "Patient/caregiver verbalized understanding of instructions."]))
    out.append("Patient signature: ____________   Nurse: %s %s, RN   %s" % (rname(r) + (rtime(r),)))
    if r.random() < 0.4:
        out.append("Questions? Call the nurse line at %s (24 h)." % phone(r))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# advance_directive
# ----------------------------------------------------------------------------
def gen_advance_directive(r):
    p = Patient(r, 30, 99)
    agent = "%s %s" % rname(r)
    alt = "%s %s" % rname(r)
    kind = r.choice(["living_will", "hcp", "polst", "dnr", "goc"])
    out = [header(r, p)]
    if kind == "living_will":
        out.append(r.choice(["LIVING WILL", "ADVANCE DIRECTIVE - LIVING WILL DECLARATION", "My Advance Care Plan (Living Will)"]))
        out.append("")
        out.append("I, %s, born %s, being of sound mind, make this declaration willingly." % (p.name, fmt_date(r, p.dob, 3)))
        out.append("")
        out.append("If I have a terminal condition or am permanently unconscious, and my doctors believe there is no reasonable chance that I will recover, I direct that:")
        for s in between(r, 3, 6, ["[X] I do NOT want cardiopulmonary resuscitation (CPR).", "[X] I do NOT want to be placed on a breathing machine.",
                                   "[ ] I DO want artificial nutrition through a tube.", "[X] I do NOT want artificial nutrition or hydration by tube.",
                                   "[X] I want medicine for comfort, even if it may shorten my life.", "[ ] I want dialysis.",
                                   "[X] I would like to die at home if possible.", "[X] I want my organs donated if suitable."]):
            out.append("   " + s)
        out.append("")
        out.append("Other wishes: " + r.choice(["I want my priest called.", "Please play music for me.", "None.", "I want my dog to visit if allowed.",
                                                "I do not want to be transferred to hospital from my care home for treatment of infections."]))
    elif kind == "hcp":
        out.append(r.choice(["HEALTH CARE PROXY", "Power of Attorney for Personal Care", "Durable Power of Attorney for Health Care", "Appointment of Substitute Decision-Maker"]))
        out.append("")
        out.append("I, %s, of %s, hereby appoint:" % (p.name, fake_addr(r)[1]))
        out.append("   Agent: %s   Relationship: %s   Phone: %s" % (agent, r.choice(["spouse", "daughter", "son", "sister", "friend", "nephew"]), phone(r)))
        out.append("   Alternate: %s   Phone: %s" % (alt, phone(r)))
        out.append("")
        out.append("as my attorney/agent to make any and all health care decisions for me, except to the extent I state otherwise, when I am unable to make my own decisions.")
        out.append("My agent knows my wishes regarding artificial nutrition and hydration: %s" % r.choice(["Yes", "Yes, as discussed", "No"]))
        out.append("Limitations: " + r.choice(["none", "My agent may not consent to psychosurgery.", "No blood transfusions (religious belief).", "None stated."]))
        out.append("This document takes effect only when my physician determines that I lack capacity.")
    elif kind == "polst":
        out.append(r.choice(["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "POLST", "MOLST - Medical Orders for Life-Sustaining Treatment"]))
        out.append("Patient: %s   DOB: %s" % (p.name, fmt_date(r, p.dob, 1)))
        out.append("")
        out.append("Section A. Cardiopulmonary Resuscitation (patient has no pulse and is not breathing):")
        out.append("   " + r.choice(["[ ] Attempt Resuscitation/CPR   [X] Do Not Attempt Resuscitation/DNR", "[X] Attempt Resuscitation/CPR   [ ] Do Not Attempt Resuscitation/DNR"]))
        out.append("Section B. Medical Interventions (patient has pulse and/or is breathing):")
        out.append("   " + r.choice(["[X] Comfort Measures Only", "[X] Limited Additional Interventions (no intubation, may use non-invasive ventilation, IV fluids, antibiotics)",
                                     "[X] Full Treatment, including intubation and ICU"]))
        out.append("Section C. Artificially Administered Nutrition:")
        out.append("   " + r.choice(["[X] No artificial nutrition by tube", "[X] Defined trial period of artificial nutrition by tube", "[X] Long-term artificial nutrition by tube"]))
        out.append("Section D. Discussed with: " + r.choice(["patient", "health care agent %s" % agent, "court-appointed guardian", "patient and family"]))
        out.append("")
        out.append("Physician/NP/PA signature: Dr. %s %s   License %d   Date %s" % (rname(r) + (r.randint(10000, 99999), fmt_date(r, p.ref, 1))))
    elif kind == "dnr":
        out.append(r.choice(["DO NOT RESUSCITATE ORDER", "DNR Confirmation Form", "Out-of-Hospital DNR Order"]))
        out.append("Patient: %s   MRN %s" % (p.name, p.mrn))
        out.append("")
        out.append("In the event of cardiac or respiratory arrest, no chest compressions, defibrillation, artificial ventilation, or intubation shall be initiated.")
        out.append("This order was written after a discussion with %s regarding prognosis in the context of %s." % (
            r.choice(["the capable patient", "the substitute decision-maker, %s" % agent, "the patient and spouse"]), r.choice(pmh_list(r, 2, 4))))
        out.append("Other treatment including antibiotics, fluids and hospital transfer " + r.choice(["remains appropriate.", "should be discussed with the SDM.", "is acceptable for symptom relief."]))
    else:
        out.append(r.choice(["GOALS OF CARE DESIGNATION", "Goals of Care / Resuscitation Status Documentation", "Advance Care Planning - Level of Care"]))
        out.append("Date: %s" % fmt_date(r, p.ref))
        out.append("Designation: " + r.choice(["R1 - Resuscitative care including CPR", "M1 - Medical care, no CPR, no ICU", "C1 - Comfort care",
                                               "M2 - Medical care, ICU consult appropriate, no CPR", "Level 3 - ward-based treatment, no ICU"]))
        out.append("Capacity: " + r.choice(["patient has capacity for this decision", "patient lacks capacity; SDM %s consulted" % agent]))
        out.append("Conversation summary: %s understands that %s. %s values %s. Agreed on the above designation." % (
            p.first, r.choice(["the heart is weak and will continue to worsen", "the cancer has spread", "the lungs have limited reserve", "dementia is advanced"]),
            p.he.capitalize(), r.choice(["time at home with family", "avoiding prolonged machines", "being kept comfortable", "having every chance at recovery"])))
    out.append("")
    out.append("Signature of declarant/patient: ____________________   Date: %s" % fmt_date(r, p.ref, 1))
    out.append("Witness 1: %s   ______________" % " ".join(rname(r)))
    if r.random() < 0.6:
        out.append("Witness 2: %s   ______________" % " ".join(rname(r)))
    if r.random() < 0.3:
        out.append("Notary public: ______________  Commission expires ______")
    out.append(r.choice(["A copy should be kept with the patient and in the health record.", "Original to patient; copy scanned to chart.", "Review annually or with change in health."]))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# correspondence
# ----------------------------------------------------------------------------
def gen_correspondence(r):
    p = Patient(r, 18, 95)
    fac, city = r.choice(FACILITIES)
    writer = doc_name(r)
    spec = r.choice(SERVICES)
    gp = "Dr. %s %s" % rname(r)
    pr = r.choice([x for x in PROBLEMS if x[2]])
    d = p.ref
    out = [header(r, p, (fac, city))]
    out.append("%s\n%s\n%s Clinic  |  Tel %s  Fax %s" % (fac, city, spec, phone(r), phone(r)))
    out.append("")
    out.append(fmt_date(r, d, 3))
    out.append("")
    kind = r.choice(["to_gp", "to_gp", "to_patient", "results", "cc_update"])
    if kind in ("to_gp", "cc_update"):
        out.append(gp)
        out.append("%s Family Health Team" % r.choice(["Riverbend", "Oak Street", "Harbourside", "Westgate", "Hillcrest"]))
        out.append("")
        out.append("RE: %s, DOB %s, MRN %s" % (p.name, fmt_date(r, p.dob, 1), p.mrn))
        out.append("")
        out.append("Dear Dr. %s," % gp.split()[-1] if r.random() < 0.5 else "Dear Colleague,")
        out.append("")
        out.append(r.choice(["I had the pleasure of seeing %s in follow-up today in the %s clinic." % (p.name, spec),
                             "Thank you for your ongoing involvement in the care of %s, whom I reviewed today." % p.name,
                             "I am writing to update you on %s, who I saw again on %s." % (p.first, fmt_date(r, d, 3))]))
        out.append("")
        out.append("As you know, %s is a %d-year-old %s with %s. %s was last seen here %d months ago, at which time %s. %s" % (
            p.first, p.age, p.mw, pr[0].lower(), p.he.capitalize(), r.randint(2, 12),
            r.choice(["we adjusted the medications", "we arranged further imaging", "symptoms were reasonably controlled", "a trial of therapy was started"]),
            r.choice(["Since then there have been no hospital admissions.", "In the interim %s had one ED visit for a related issue." % p.he,
                      "%s reports feeling considerably better." % p.he.capitalize(), "Unfortunately symptoms have persisted."])))
        out.append("")
        out.append(" ".join(between(r, 2, 3, [
            "Other medical history is notable for %s." % ", ".join(pmh_list(r, 2, 4)),
            "Socially, %s." % lcfirst(r.choice(SOCIAL)),
            "%s continues to work part-time and remains independent." % p.he.capitalize(),
            "Functionally %s is able to walk about two blocks before stopping." % p.he,
            "%s was accompanied today by %s %s." % (p.he.capitalize(), p.his, r.choice(["husband", "wife", "daughter", "son", "partner"])),
            "There has been no change in %s weight since the last visit." % p.his])))
        out.append("")
        out.append("Current medications include %s. %s allergies: %s." % (", ".join(drug_str(r) for _ in range(r.randint(2, 5))), p.his.capitalize(), r.choice(ALLERGIES)))
        out.append("")
        out.append("On examination today %s. Blood pressure was %d/%d and heart rate %d. %s" % (
            r.choice(["%s looked well" % p.he, "%s appeared tired but comfortable" % p.he, "there were no new findings"]), r.randint(100, 160), r.randint(60, 95), r.randint(55, 95),
            r.choice(["Recent bloodwork showed %s." % lab_inline(r, pick(r, list(LABS), 4)), "I reviewed the recent imaging with the patient.",
                      "The remainder of the exam was unchanged."])))
        out.append("")
        if r.random() < 0.7:
            out.append("Investigations since the last visit:")
            for x in between(r, 1, 3, ["echo showing LVEF %d%%" % r.randint(20, 65), "Holter with %s" % r.choice(["no significant arrhythmia", "paroxysmal AF, 6% burden"]),
                                       "CT showing %s" % r.choice(["stable findings", "a new 6 mm nodule", "no evidence of recurrence"]),
                                       "A1c %.1f%%" % r.uniform(6, 10), "eGFR %d" % r.randint(18, 90), "colonoscopy with two small adenomas removed",
                                       "PFTs consistent with moderate obstruction"]):
                out.append("  - " + x)
            out.append("")
        out.append(r.choice(["My impression is that", "Overall I feel that", "In summary,"]) + " " + r.choice([
            "the condition is stable on the current regimen.", "there is room to optimize therapy further.", "we should proceed with the planned investigation.",
            "the recent deterioration is most likely related to medication intolerance."]))
        out.append("")
        out.append("Plan:")
        for i, x in enumerate(between(r, 2, 5, ["I have increased %s." % r.choice(DRUGS)[0], "I have stopped %s." % r.choice(DRUGS)[0],
                                                 "We will repeat bloodwork in 4 weeks; a requisition was provided.", "I would be grateful if you could monitor %s." % r.choice(["BP", "potassium", "weight", "mood", "INR"]),
                                                 "I will see %s again in %d months." % (p.him, r.randint(2, 12)), "We discussed driving and work restrictions.",
                                                 "A referral to our nurse educator has been made.", "I have booked a follow-up %s." % r.choice(["echo", "CT", "MRI", "sleep study"])])):
            out.append("%d. %s" % (i + 1, x))
        out.append("")
        out.append(r.choice(["Thank you for allowing me to participate in the care of this pleasant patient.", "Please do not hesitate to contact me with any questions.",
                             "Many thanks for your continued care."]))
    elif kind == "to_patient":
        out.append(p.name)
        a1, a2 = fake_addr(r)
        out.append(a1)
        out.append(a2)
        out.append("")
        out.append("Dear %s %s," % (r.choice(["Mr." if p.sex == "M" else "Ms.", ""]) or p.first, p.last))
        out.append("")
        out.append(r.choice(["I am writing to let you know about the results of your recent tests.", "Thank you for coming to see us at the clinic last month.",
                             "We have tried to reach you by telephone without success, so I am writing instead."]))
        out.append("")
        out.append(r.choice(["Your %s was normal, and no further testing is needed at this time." % r.choice(["colonoscopy", "bone density test", "ultrasound", "blood work", "heart monitor"]),
                             "Your cholesterol level was higher than we would like, and I would like to discuss starting a medication.",
                             "Your kidney function has decreased slightly compared with last year. This is not urgent but we should recheck it.",
                             "The biopsy showed no signs of cancer."]))
        out.append("")
        out.append(r.choice(["Please call the office at %s to book a follow-up appointment." % phone(r), "No action is needed on your part.",
                             "Please have the enclosed blood work done in %d weeks." % r.randint(2, 8)]))
        out.append("")
        out.append("If you have any questions, please contact our office.")
    else:
        out.append(gp)
        out.append("")
        out.append("RE: %s (DOB %s) - results" % (p.name, fmt_date(r, p.dob, 0)))
        out.append("")
        out.append("Dear %s," % gp)
        out.append("")
        out.append("I am writing to inform you of the results of %s performed on %s for %s." % (
            r.choice(["the MRI", "the Holter monitor", "the pulmonary function tests", "the colonoscopy", "the sleep study", "the nerve conduction study"]),
            fmt_date(r, d - dt.timedelta(days=r.randint(5, 40)), 3), p.name))
        out.append(r.choice(["The study demonstrated mild obstructive physiology with an FEV1/FVC of 0.64 and significant bronchodilator response.",
                             "The recording showed sinus rhythm throughout with rare isolated PVCs (< 1% burden) and no pauses.",
                             "The apnea-hypopnea index was 34 events per hour, consistent with severe obstructive sleep apnea.",
                             "The study showed a length-dependent sensorimotor axonal polyneuropathy.",
                             "There were no concerning findings."]))
        out.append(r.choice(["I have discussed these results with the patient by telephone.", "I have arranged to review the patient in clinic to discuss management.",
                             "No changes to management are required from my perspective."]))
        out.append("")
        out.append("Kind regards,")
    out.append("")
    out.append(r.choice(["Yours sincerely,", "Sincerely,", "Best regards,", "With kind regards,"]))
    out.append("")
    out.append(writer)
    out.append(spec)
    if r.random() < 0.6:
        out.append("")
        out.append("cc: " + r.choice([gp, p.name, "Chart", "Dr. %s %s" % rname(r)]))
    if r.random() < 0.4:
        out.append("D: %s  T: %s  %s/%s" % (fmt_date(r, d, 1), fmt_date(r, d + dt.timedelta(days=r.randint(1, 6)), 1), "".join(x[0] for x in writer.split()[:2]).lower(), r.choice(["tx", "mm", "dict"])))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# referral_letter
# ----------------------------------------------------------------------------
def gen_referral_letter(r):
    p = Patient(r, 1, 96)
    fac, city = r.choice(FACILITIES)
    spec = r.choice(SERVICES)
    pr = r.choice([x for x in PROBLEMS if x[2]])
    refdoc = "Dr. %s %s" % rname(r)
    writer = doc_name(r)
    out = [header(r, p, (fac, city))]
    form = r.random() < 0.4
    if form:
        out.append(r.choice(["REFERRAL REQUEST", "Specialist Referral Form", "REQUEST FOR CONSULTATION / REFERRAL", "Outpatient Referral - eReferral"]))
        out.append("Date: %s   Urgency: %s" % (fmt_date(r, p.ref), r.choice(["Routine", "Urgent (< 2 weeks)", "Semi-urgent", "Emergent - phone call made"])))
        out.append("To: %s / %s clinic   Fax: %s" % (refdoc, spec, phone(r)))
        out.append("From: %s   %s   Phone: %s" % (writer, fac, phone(r)))
        out.append("")
        out.append("Patient: %s   DOB %s   Health #: %s   Phone: %s" % (p.name, fmt_date(r, p.dob, 1), p.mrn, phone(r)))
        out.append("Interpreter required: %s" % r.choice(["No", "Yes - %s" % r.choice(["Cantonese", "Spanish", "Portuguese", "ASL"])]))
        out.append("")
        out.append("Reason for referral: " + r.choice(["assessment and management of ", "evaluation for ", "second opinion regarding ", "consideration of procedure for "]) + pr[0].lower())
        out.append("Specific question: " + r.choice(["Is further investigation warranted?", "Candidate for intervention?", "Please assume care.", "Medication recommendations please.",
                                                     "Please assess suitability for surgery."]))
        out.append("Relevant history: " + ", ".join(pmh_list(r, 1, 5)))
        out.append("Current meds: " + ", ".join(d[0] for d in r.sample(DRUGS, r.randint(1, 6))))
        out.append("Allergies: " + r.choice(ALLERGIES))
        out.append("Investigations enclosed: " + ", ".join(between(r, 1, 4, ["bloodwork", "ultrasound report", "ECG", "CT report", "consult notes", "PFTs", "X-ray"])))
        out.append("")
        out.append("Referring practitioner signature: ______________  Billing # %d" % r.randint(100000, 999999))
        return "\n".join(out)
    out.append("%s\n%s" % (fac, city))
    out.append(fmt_date(r, p.ref, 3))
    out.append("")
    out.append(refdoc)
    out.append("%s, %s" % (spec, r.choice([f for f, _ in FACILITIES])))
    out.append("")
    out.append("Re: Referral - %s (DOB %s)" % (p.name, fmt_date(r, p.dob, 1)))
    out.append("")
    out.append("Dear %s," % refdoc)
    out.append("")
    out.append(r.choice(["I would appreciate your assessment of", "Thank you for seeing", "I am referring", "Could you kindly see"]) +
               " %s, a %d-year-old %s, regarding %s." % (p.name, p.age, p.mw if p.age >= 18 else "child", pr[0].lower()))
    out.append("")
    out.append("%s presented with %s. %s %s" % (p.he.capitalize(), pr[2], r.choice([
        "Initial management in primary care has included %s without adequate response." % r.choice(DRUGS)[0],
        "%s has not previously been seen by a specialist for this problem." % p.he.capitalize(),
        "Symptoms are now affecting %s ability to work." % p.his]), r.choice([
        "Recent investigations are enclosed.", "Bloodwork showed %s." % lab_inline(r, pick(r, list(LABS), 3)), "An ultrasound has been requested but not yet completed."])))
    out.append("")
    out.append("Past history includes %s. Medications: %s. Allergies: %s." % (", ".join(pmh_list(r, 1, 4)), ", ".join(drug_str(r) for _ in range(r.randint(1, 4))), r.choice(ALLERGIES)))
    out.append("")
    out.append(r.choice(["I would be grateful for your opinion regarding further investigation and management.",
                         "I would appreciate your advice on whether %s is a candidate for intervention." % p.he,
                         "Given the progression, I would be grateful if %s could be seen on an urgent basis." % p.he,
                         "Please feel free to assume care for this problem if you feel it is appropriate."]))
    out.append("")
    out.append(r.choice(["Thank you in advance.", "Many thanks for your help.", "Thank you for your time."]))
    out.append("")
    out.append(r.choice(["Sincerely,", "Yours truly,", "Regards,"]))
    out.append(writer)
    out.append(r.choice(["Family Physician", "Internal Medicine", "Nurse Practitioner", "Emergency Physician", spec]))
    out.append("Enclosures: " + r.choice(["lab results", "imaging reports", "previous consult", "none"]))
    return "\n".join(out)


# ----------------------------------------------------------------------------
# other (miscellaneous)
# ----------------------------------------------------------------------------
def gen_other(r):
    p = Patient(r, 1, 96)
    fac, city = r.choice(FACILITIES)
    kind = r.choice(["fax", "diet", "hep", "billing", "glucose", "bladder", "pain_diary", "supply"])
    out = [header(r, p, (fac, city))]
    if kind == "fax":
        out.append(r.choice(["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "Fax"]))
        out.append("")
        out.append("To: %s   Fax: %s" % (r.choice(["Dr. %s %s" % rname(r), "Medical Records", "%s Pharmacy" % r.choice(["Corner", "Lakeside", "Main St"]), "Home Care Coordinator"]), phone(r)))
        out.append("From: %s, %s   Phone: %s   Fax: %s" % (" ".join(rname(r)), fac, phone(r), phone(r)))
        out.append("Date: %s   Pages (incl. cover): %d" % (fmt_date(r, p.ref), r.randint(2, 14)))
        out.append("Re: %s" % r.choice(["Records request", "Patient %s" % p.name, "Requested documents", "Prior authorization"]))
        out.append("[ ] Urgent  [ ] For review  [ ] Please reply  [ ] Please comment")
        out.append("")
        out.append("Comments: " + r.choice(["Please find attached the requested records.", "Signed release of information enclosed.", "Please confirm receipt.", ""]))
        out.append("")
        out.append("CONFIDENTIALITY NOTICE: The information in this facsimile is confidential and intended only for the named recipient. If you received this in error, please notify the sender immediately and destroy all copies.")
    elif kind == "diet":
        out.append(r.choice(["FOOD INTAKE RECORD", "Calorie Count / Diet Log", "3-Day Food Diary"]))
        out.append("Patient: %s   Diet order: %s" % (p.name, r.choice(["regular", "renal", "diabetic 1800 kcal", "high protein", "minced moist"])))
        out.append("")
        out.append("%-12s %-10s %-34s %s" % ("Date", "Meal", "Items", "% eaten"))
        for dd in range(r.randint(2, 4)):
            day = fmt_date(r, p.ref + dt.timedelta(days=dd), 0)
            for meal in ["Breakfast", "Lunch", "Supper", "Snack"]:
                if r.random() < 0.9:
                    items = ", ".join(r.sample(["toast", "oatmeal", "egg", "juice", "soup", "sandwich", "chicken", "rice", "milk", "pudding", "Ensure", "fruit cup", "salad", "potato", "fish"], 3))
                    out.append("%-12s %-10s %-34s %d%%" % (day, meal, items[:34], r.choice([0, 25, 50, 75, 100])))
        out.append("")
        out.append("Estimated intake: %d kcal/day, %d g protein/day" % (r.randint(600, 2100), r.randint(25, 90)))
        out.append("RD comment: " + r.choice(["meeting ~60% of needs; add supplement BID", "adequate", "poor intake, discuss with team"]))
    elif kind == "hep":
        out.append(r.choice(["HOME EXERCISE PROGRAM", "Physiotherapy Home Exercises", "Your Exercise Sheet"]))
        out.append("Therapist: %s %s, %s   Date: %s" % (rname(r) + (r.choice(["PT", "MScPT", "DPT", "OT Reg."]), fmt_date(r, p.ref))))
        out.append("")
        exs = ["Ankle pumps - 20 reps, every hour", "Quad sets - hold 5 s, 10 reps, 3x/day", "Heel slides - 10 reps, 2x/day", "Straight leg raise - 10 reps",
               "Sit-to-stand from chair - 10 reps, 2x/day", "Bridging - 10 reps", "Shoulder pendulums - 1 min each direction", "Wall push-ups - 10 reps",
               "Standing hip abduction holding counter - 10 each side", "Calf raises - 15 reps", "Seated marching - 1 min", "Chin tucks - 10 reps, hold 5 s",
               "Clamshells - 12 reps each side", "Walk %d minutes twice a day" % r.randint(5, 30)]
        for i, e in enumerate(r.sample(exs, r.randint(4, 8))):
            out.append("%d. %s" % (i + 1, e))
        out.append("")
        out.append("Stop and call if you have increased pain, swelling, chest pain or dizziness.")
    elif kind == "billing":
        out.append(r.choice(["PATIENT STATEMENT", "Billing Statement", "ITEMIZED STATEMENT OF ACCOUNT"]))
        out.append("%s - Patient Financial Services   %s" % (fac, phone(r)))
        out.append("Statement date: %s   Account: %s   Guarantor: %s" % (fmt_date(r, p.ref, 1), p.enc, p.name))
        out.append("")
        total = 0.0
        for _ in range(r.randint(3, 9)):
            amt = round(r.uniform(15, 2800), 2)
            total += amt
            out.append("%-12s %-8s %-38s $%9.2f" % (fmt_date(r, p.ref - dt.timedelta(days=r.randint(1, 60)), 1), r.choice(["99213", "99285", "80053", "85025", "71046", "93000", "J1100", "36415", "74177", "G0008"]),
                                                  r.choice(["Office visit, est. patient", "ED visit level 5", "Comprehensive metabolic panel", "CBC w/ diff", "Chest X-ray 2 views",
                                                            "ECG 12-lead w/ interp", "Venipuncture", "CT abd/pelvis w/ contrast", "Drug administration", "Room and board"]), amt))
        paid = round(total * r.uniform(0.4, 0.9), 2)
        out.append("")
        out.append("Total charges: $%.2f   Insurance payments/adjustments: -$%.2f   Patient balance due: $%.2f" % (total, paid, total - paid))
        out.append("Please pay by %s. Payment plans available." % fmt_date(r, p.ref + dt.timedelta(days=30), 3))
    elif kind == "glucose":
        out.append(r.choice(["BLOOD GLUCOSE LOG", "Home Glucose Record", "CBG Log"]))
        out.append("Name: %s   Meter: %s   Units: mmol/L" % (p.name, r.choice(["Contour-demo", "OneTouch-demo", "FreeStyle-demo"])))
        out.append("%-12s %-8s %-8s %-8s %-8s %s" % ("Date", "Bkfst", "Lunch", "Supper", "HS", "Insulin/notes"))
        for dd in range(r.randint(5, 14)):
            out.append("%-12s %-8.1f %-8.1f %-8.1f %-8.1f %s" % (fmt_date(r, p.ref + dt.timedelta(days=dd), 0), r.uniform(4, 14), r.uniform(4, 16), r.uniform(4, 18), r.uniform(4, 15),
                                                           r.choice(["", "glargine %d u" % r.randint(8, 40), "felt shaky", "ate out", "missed dose"])))
    elif kind == "bladder":
        out.append(r.choice(["BLADDER DIARY", "Voiding Diary (3-day)", "Frequency-Volume Chart"]))
        out.append("Name: %s" % p.name)
        out.append("%-8s %-10s %-10s %-8s %s" % ("Time", "Drink (mL)", "Void (mL)", "Leak?", "Urge (0-3)"))
        for tm in sorted(rtime(r) for _ in range(r.randint(8, 16))):
            out.append("%-8s %-10s %-10s %-8s %d" % (tm, r.choice(["", "250", "200", "500", "125"]), r.choice(["", "150", "300", "80", "420"]), r.choice(["", "Y", "N", "N"]), r.randint(0, 3)))
    elif kind == "pain_diary":
        out.append(r.choice(["PAIN DIARY", "Headache Diary", "Symptom Tracker"]))
        out.append("Name: %s" % p.name)
        for dd in range(r.randint(5, 12)):
            out.append("%s: pain %d/10, %s, took %s" % (fmt_date(r, p.ref + dt.timedelta(days=dd), 0), r.randint(0, 10), r.choice(["morning", "afternoon", "all day", "night"]),
                                                       r.choice(["nothing", "acetaminophen", "ibuprofen", "sumatriptan", "heat pack"])))
    else:
        out.append(r.choice(["HOME MEDICAL SUPPLY REQUEST", "Equipment Order Form", "DME Request"]))
        out.append("Patient: %s   Phone: %s" % (p.name, phone(r)))
        for it in between(r, 2, 5, ["Walker, 2-wheeled", "Raised toilet seat", "Shower chair", "Glucometer test strips x 200", "Compression stockings 20-30 mmHg",
                                    "Nebulizer machine", "Hospital bed, semi-electric", "Wheelchair 18 inch", "Ostomy supplies", "CPAP mask replacement"]):
            out.append("  [x] " + it)
        out.append("Vendor: %s Medical Supply (demo)   Delivery: %s" % (r.choice(["Acme", "Northline", "Keystone"]), r.choice(["home", "pick-up"])))
    return "\n".join(out)


GENERATORS = {
    "discharge_summary": gen_discharge_summary,
    "history_physical": gen_history_physical,
    "progress_note": gen_progress_note,
    "consult_note": gen_consult_note,
    "operative_note": gen_operative_note,
    "procedure_note": gen_procedure_note,
    "lab_report": gen_lab_report,
    "imaging_report": gen_imaging_report,
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
    "ed_note": gen_ed_note,
    "transfer_summary": gen_transfer_summary,
    "provider_orders": gen_provider_orders,
    "discharge_instructions": gen_discharge_instructions,
    "other": gen_other,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    seen = set()
    n = 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for label, fn in GENERATORS.items():
            made = 0
            attempt = 0
            while made < a.per_type:
                key = "%d|%s|%d" % (a.seed, label, attempt)
                attempt += 1
                if attempt > a.per_type * 50:
                    raise SystemExit("could not make enough distinct docs for " + label)
                r = random.Random(int(hashlib.sha256(key.encode()).hexdigest()[:16], 16))
                text = fn(r).strip("\n") + "\n"
                h = hashlib.sha1(text.encode()).hexdigest()
                if h in seen:
                    continue
                seen.add(h)
                rec = {"id": "fam_ehr_%s_s%d_%04d" % (label, a.seed, made), "label": label, "text": text}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                made += 1
                n += 1
    print("wrote %d documents to %s" % (n, a.out))


if __name__ == "__main__":
    main()
