#!/usr/bin/env python3
"""Synthetic clinical document generator (entirely fictitious data).

Persona: a US multi-site outpatient medical group (FM, IM, ortho, cardiology,
endocrinology, GI, dermatology, women's health), 2018-2025, with clinicians who
dictate or edit ambient-AI-scribe drafts, plus the rest of the chart (outside
hospital records, results, forms, letters, procedure and imaging reports).

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
Standard library only; deterministic for a given seed.
"""
import argparse
import datetime
import json
import random

D = datetime.date

# ----------------------------------------------------------------------------
# Name / place pools (all invented combinations)
# ----------------------------------------------------------------------------
FN_F = ("Maria Jennifer Linda Patricia Susan Karen Nancy Lisa Betty Sandra Ashley Kimberly Donna Emily "
        "Michelle Carol Amanda Melissa Deborah Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Angela "
        "Shirley Brenda Pamela Nicole Ruth Katherine Samantha Christine Catherine Debra Rachel Carolyn Janet "
        "Heather Diane Julie Joyce Victoria Kelly Lauren Joan Evelyn Olivia Judith Megan Cheryl Martha Andrea "
        "Hannah Jacqueline Gloria Teresa Janice Doris Denise Beverly Amber Danielle Diana Brittany Natalie "
        "Guadalupe Lucia Mei Priya Aaliyah Fatima Keisha Yolanda Rosa Ngoc Ingrid Marisol Tamika Delphine").split()
FN_M = ("James Robert John Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew "
        "Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason "
        "Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel "
        "Gregory Frank Patrick Raymond Dennis Jerry Tyler Aaron Jose Nathan Henry Douglas Walter Keith Roger "
        "Gerald Harold Sean Carl Arthur Lawrence Jesse Bruce Gabriel Albert Wayne Randy Roy Vincent Ralph "
        "Eugene Russell Philip Rajesh Hiroshi Tuan Darnell Luis Miguel Omar Anders Kwame Dmitri").split()
LN = ("Halvorsen Brightwater Okonkwo Castellano Pemberton Vasquez Lindqvist Marchetti Abernathy Delacroix "
      "Thornbury Nakamura Szymanski Oyelaran Whitlock Ferreira Gallagher Kowalczyk Ashford Mendoza Rasmussen "
      "Beaumont Tran Quintero Holloway Achterberg Dunleavy Espinoza Fairbanks Grunewald Hargrove Ibarra "
      "Jablonski Kettering Lombardi McAllister Novak Ostrowski Pruitt Quarles Rourke Sandoval Tillman "
      "Underhill Valdivia Wexler Yamada Zielinski Bancroft Calloway Demarco Eberhardt Fitzgerald Goldberg "
      "Haddad Iverson Jorgensen Kaminski Larkin Moreau Nguyen Osei Patel Reyes Schaefer Thibodeaux Vukovic "
      "Winslow Alcott Brennan Cruz Dorsey Ellington Farrow Gutierrez Hollister Kaur Lachance Mbeki Navarro "
      "Okafor Petrakis Ramirez Sorensen Takahashi Ulrich Villanueva Whitfield Brockway Carrington Stroud").split()
STREETS = ("Birch Hollow Rd|Kestrel Ln|Old Mill Rd|Summit Ave|Larch St|Wren Ct|Harbor View Dr|Quarry Rd|"
           "Pine Terrace|Cobblestone Way|Meadowlark Dr|Fenwick St|Ridgeline Blvd|Sycamore Ct|Tanager Pl|"
           "Orchard Glen Dr|Millbrook Ave|Foxtail Ln|Granite Ridge Rd|Willow Bend Ct").split("|")
CITIES = ["Bellwether", "Ashgrove", "Cinder Falls", "Dunmore Heights", "Eastbrook", "Fallon Ridge",
          "Greywater", "Hollis Park", "Marrowfield", "North Tamsin", "Orchard Bluff", "Pellham Junction"]
STATE = "OH"
ZIPS = {c: "4%04d" % (3100 + i * 37) for i, c in enumerate(CITIES)}
GROUP = ["Larkmoor Medical Group", "LARKMOOR MEDICAL GROUP", "Larkmoor Medical Group, P.C.", "LMG",
         "Larkmoor Medical Group - A Physician-Led Practice"]
SITES = [("Bellwether Family Medicine", "Bellwether", "FM"), ("Ashgrove Internal Medicine", "Ashgrove", "IM"),
         ("Larkmoor Orthopaedics & Sports Medicine", "Eastbrook", "ORTHO"),
         ("Larkmoor Heart & Vascular", "Hollis Park", "CARD"),
         ("Larkmoor Endocrinology & Diabetes Center", "Greywater", "ENDO"),
         ("Larkmoor Digestive Health", "Fallon Ridge", "GI"), ("Larkmoor Dermatology", "Dunmore Heights", "DERM"),
         ("Larkmoor Women's Health", "Orchard Bluff", "WH"),
         ("Cinder Falls Primary Care", "Cinder Falls", "FM"), ("Marrowfield Medical Pavilion", "Marrowfield", "IM")]
HOSPITALS = ["Saint Ambrose Regional Medical Center", "Whitcombe Memorial Hospital", "Tallis Valley University Hospital",
             "Granger County Medical Center", "Mercy Halloway Hospital", "Northshore Lutheran Medical Center"]
PAYERS = [("BlueHarbor PPO", "BHP"), ("Keystone Mutual Health", "KMH"), ("UnityCare Advantage (Medicare)", "UCA"),
          ("Prairie State Medicaid Plan", "PSM"), ("Meridian Crest HMO", "MCH"), ("Atlas National Insurance", "ANI"),
          ("Evergreen Employee Health Trust", "EEH")]
PHARMACIES = ["Corner Apothecary #412", "MedWay Pharmacy - Bellwether", "ValuScript Pharmacy #2219",
              "Hollis Park Community Pharmacy", "RiteLine Drug #7781", "Greywater Family Pharmacy",
              "MailScript Home Delivery"]
SPEC = {"FM": "Family Medicine", "IM": "Internal Medicine", "ORTHO": "Orthopaedic Surgery", "CARD": "Cardiology",
        "ENDO": "Endocrinology", "GI": "Gastroenterology", "DERM": "Dermatology", "WH": "Obstetrics & Gynecology",
        "HOSP": "Hospital Medicine", "EM": "Emergency Medicine", "ANES": "Anesthesiology", "RAD": "Radiology",
        "PATH": "Pathology", "GS": "General Surgery", "PULM": "Pulmonology", "NEPH": "Nephrology",
        "NEURO": "Neurology", "ID": "Infectious Disease"}


def phone(r):
    return "(%d) 555-%04d" % (r.choice([330, 419, 440, 567, 614, 740, 937]), r.randint(100, 199))


def fax(r):
    return phone(r)


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def some(r, seq, lo, hi):
    seq = list(seq)
    k = min(len(seq), r.randint(lo, hi))
    return r.sample(seq, k)


def fmt_date(r, d, style=None):
    s = style if style is not None else r.randrange(6)
    if s == 0:
        return d.strftime("%m/%d/%Y")
    if s == 1:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if s == 2:
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if s == 3:
        return d.strftime("%d-%b-%Y").upper()
    if s == 4:
        return d.strftime("%Y-%m-%d")
    return "%d/%d/%d" % (d.month, d.day, d.year)


def fmt_time(r, mil=None):
    h, m = r.randint(6, 19), r.randrange(0, 60)
    if mil if mil is not None else chance(r, 0.5):
        return "%02d%02d" % (h, m)
    return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


def rand_date(r, lo=D(2018, 1, 1), hi=D(2025, 11, 30)):
    return lo + datetime.timedelta(days=r.randrange((hi - lo).days))


def plus(d, n):
    return d + datetime.timedelta(days=n)


def wrap(text, width=None, r=None):
    width = width or 88
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def join_sents(sents):
    return " ".join(s for s in sents if s)


# ----------------------------------------------------------------------------
# People
# ----------------------------------------------------------------------------
class Person:
    pass


def clinician(r, spec=None, cred=None):
    c = Person()
    c.sex = pick(r, "MF")
    c.first = pick(r, FN_M if c.sex == "M" else FN_F)
    c.last = pick(r, LN)
    c.mi = pick(r, "ABCDEFGHJKLMNPRSTW")
    c.spec = spec or pick(r, ["FM", "IM", "ORTHO", "CARD", "ENDO", "GI", "DERM", "WH"])
    if cred is None:
        cred = pick(r, ["MD"] * 6 + ["DO"] * 2 + (["NP", "PA-C", "FNP-C", "APRN"] if c.spec not in ("RAD", "PATH", "ANES", "GS") else []))
    c.cred = cred
    c.name = "%s %s. %s, %s" % (c.first, c.mi, c.last, c.cred)
    c.short = "%s %s" % (c.first, c.last)
    c.dr = ("Dr. " + c.last) if cred in ("MD", "DO") else (c.first + " " + c.last + ", " + cred)
    c.npi = "1%09d" % r.randrange(10 ** 9)
    return c


CHRONIC = {
    "HTN": ("Essential hypertension", "I10", [("lisinopril", "20 mg", "daily"), ("amlodipine", "5 mg", "daily"),
                                             ("losartan", "50 mg", "daily"), ("hydrochlorothiazide", "25 mg", "daily")]),
    "DM2": ("Type 2 diabetes mellitus without complications", "E11.9",
            [("metformin", "1000 mg", "twice daily with meals"), ("empagliflozin", "10 mg", "daily"),
             ("semaglutide", "0.5 mg", "subcutaneously once weekly"), ("glipizide", "5 mg", "daily with breakfast")]),
    "HLD": ("Hyperlipidemia", "E78.5", [("atorvastatin", "40 mg", "at bedtime"), ("rosuvastatin", "10 mg", "daily"),
                                       ("simvastatin", "20 mg", "at bedtime")]),
    "HYPOTHY": ("Hypothyroidism", "E03.9", [("levothyroxine", "75 mcg", "daily on an empty stomach"),
                                           ("levothyroxine", "100 mcg", "daily before breakfast")]),
    "GERD": ("Gastroesophageal reflux disease", "K21.9", [("omeprazole", "20 mg", "daily before breakfast"),
                                                          ("pantoprazole", "40 mg", "daily"), ("famotidine", "20 mg", "twice daily")]),
    "AFIB": ("Paroxysmal atrial fibrillation", "I48.0", [("apixaban", "5 mg", "twice daily"),
                                                        ("metoprolol succinate", "50 mg", "daily")]),
    "HF": ("Chronic systolic heart failure", "I50.22", [("carvedilol", "12.5 mg", "twice daily"),
                                                        ("sacubitril-valsartan", "49-51 mg", "twice daily"),
                                                        ("furosemide", "40 mg", "daily"), ("spironolactone", "25 mg", "daily")]),
    "CAD": ("Coronary artery disease", "I25.10", [("aspirin", "81 mg", "daily"), ("atorvastatin", "80 mg", "daily"),
                                                  ("nitroglycerin SL", "0.4 mg", "every 5 min as needed for chest pain")]),
    "ASTHMA": ("Mild persistent asthma", "J45.30", [("albuterol HFA", "90 mcg/act", "2 puffs every 4-6 h as needed"),
                                                    ("fluticasone-salmeterol", "250/50 mcg", "1 inhalation twice daily")]),
    "COPD": ("Chronic obstructive pulmonary disease", "J44.9", [("tiotropium", "18 mcg", "inhaled daily"),
                                                                ("albuterol HFA", "90 mcg/act", "2 puffs every 4 h as needed")]),
    "DEP": ("Major depressive disorder, recurrent, mild", "F33.0", [("sertraline", "50 mg", "daily"),
                                                                    ("bupropion XL", "150 mg", "daily")]),
    "ANX": ("Generalized anxiety disorder", "F41.1", [("escitalopram", "10 mg", "daily"), ("buspirone", "10 mg", "twice daily")]),
    "OA": ("Primary osteoarthritis of knee", "M17.11", [("meloxicam", "15 mg", "daily with food"),
                                                       ("acetaminophen", "500 mg", "2 tabs every 8 h as needed")]),
    "OSTEO": ("Age-related osteoporosis", "M81.0", [("alendronate", "70 mg", "once weekly"),
                                                   ("calcium carbonate-vitamin D", "600 mg-400 IU", "twice daily")]),
    "PSO": ("Plaque psoriasis", "L40.0", [("clobetasol 0.05% ointment", "", "apply twice daily to plaques"),
                                          ("adalimumab", "40 mg", "subcutaneously every 14 days")]),
    "OBES": ("Obesity, BMI 30-39", "E66.9", []),
    "CKD": ("Chronic kidney disease, stage 3a", "N18.31", []),
    "GOUT": ("Gout", "M10.9", [("allopurinol", "300 mg", "daily")]),
    "MIGR": ("Migraine without aura", "G43.009", [("sumatriptan", "50 mg", "at onset, may repeat in 2 h")]),
    "BPH": ("Benign prostatic hyperplasia with LUTS", "N40.1", [("tamsulosin", "0.4 mg", "daily at bedtime")]),
    "MENO": ("Menopausal vasomotor symptoms", "N95.1", [("estradiol patch", "0.05 mg/day", "change twice weekly")]),
    "VITD": ("Vitamin D deficiency", "E55.9", [("cholecalciferol", "2000 IU", "daily")]),
    "INSOM": ("Insomnia", "G47.00", [("trazodone", "50 mg", "at bedtime as needed")]),
    "IBS": ("Irritable bowel syndrome with constipation", "K58.1", [("linaclotide", "145 mcg", "daily before breakfast")]),
    "ECZ": ("Atopic dermatitis", "L20.9", [("triamcinolone 0.1% cream", "", "apply twice daily x 2 weeks then prn")]),
}
ALLERGIES = [("Penicillin", "hives"), ("Sulfa drugs", "rash"), ("Codeine", "nausea"), ("Shellfish", "throat swelling"),
             ("Latex", "contact dermatitis"), ("Lisinopril", "cough"), ("Ciprofloxacin", "tendon pain"),
             ("Amoxicillin", "rash"), ("Iodinated contrast", "itching"), ("Morphine", "pruritus")]


def patient(r, sex=None, age=None, force=(), docdate=None):
    p = Person()
    p.sex = sex or pick(r, "MF")
    p.first = pick(r, FN_M if p.sex == "M" else FN_F)
    p.last = pick(r, LN)
    p.mi = pick(r, "ABCDEFGHJKLMNPRSTW")
    p.age = age if age is not None else r.randint(19, 91)
    p.date = docdate or rand_date(r)
    p.dob = D(p.date.year - p.age - 1, r.randint(1, 12), r.randint(1, 28))
    if (p.dob.month, p.dob.day) < (p.date.month, p.date.day):
        p.dob = D(p.dob.year + 1, p.dob.month, p.dob.day)
    p.mrn = pick(r, ["%08d" % r.randrange(10 ** 8), "LMG%07d" % r.randrange(10 ** 7), "E%06d" % r.randrange(10 ** 6)])
    p.acct = "%010d" % r.randrange(10 ** 10)
    p.street = "%d %s" % (r.randint(12, 9899), pick(r, STREETS))
    p.city = pick(r, CITIES)
    p.zip = ZIPS[p.city]
    p.phone = phone(r)
    p.he, p.his, p.him = ("he", "his", "him") if p.sex == "M" else ("she", "her", "her")
    p.He, p.His = p.he.capitalize(), p.his.capitalize()
    p.mr = ("Mr. " if p.sex == "M" else pick(r, ["Ms. ", "Mrs. ", "Ms. "])) + p.last
    p.man = "man" if p.sex == "M" else "woman"
    p.sexw = "male" if p.sex == "M" else "female"
    p.full = "%s %s" % (p.first, p.last)
    p.lf = "%s, %s" % (p.last.upper(), p.first.upper())
    payer = pick(r, PAYERS) if p.age < 65 else pick(r, [PAYERS[2], PAYERS[0], PAYERS[5]])
    p.payer, p.payer_code = payer
    p.member = "%s%09d" % (p.payer_code, r.randrange(10 ** 9))
    p.group = "%05d" % r.randrange(10 ** 5)
    pool = [k for k in CHRONIC if not (k == "BPH" and p.sex == "F") and not (k == "MENO" and (p.sex == "M" or p.age < 44))]
    if p.age < 40:
        pool = [k for k in pool if k not in ("HF", "CAD", "OSTEO", "CKD", "AFIB", "BPH", "COPD")]
    conds = list(force)
    for k in some(r, pool, 1, 4 if p.age > 45 else 2):
        if k not in conds:
            conds.append(k)
    p.conds = conds
    p.meds = []
    for k in conds:
        opts = CHRONIC[k][2]
        if opts:
            chosen = opts[:2] if k in force else some(r, opts, 1, min(2, len(opts)))
            if k in ("HLD", "GERD", "HYPOTHY"):
                chosen = chosen[:1]
            if k == "HTN" and len(chosen) == 2 and set(x[0] for x in chosen) == {"lisinopril", "losartan"}:
                chosen = chosen[:1]
            if k == "ANX" and "DEP" in conds:
                chosen = [opts[1]]
            for m in chosen:
                if m[0] not in [x[0] for x in p.meds]:
                    p.meds.append(m)
    p.allergies = some(r, ALLERGIES, 0, 2)
    p.pcp = clinician(r, pick(r, ["FM", "IM"]))
    p.smoker = pick(r, ["never", "never", "former", "current"])
    p.pack_years = r.randint(5, 45)
    p.alcohol = pick(r, ["none", "socially, 1-2 drinks per week", "rarely", "2-3 glasses of wine per week", "a few beers on weekends"])
    p.job = pick(r, ["retired teacher", "warehouse supervisor", "nurse", "accountant", "truck driver", "retired machinist",
                     "software developer", "hair stylist", "farmer", "school bus driver", "retail manager",
                     "homemaker", "electrician", "graduate student", "paralegal", "retired postal worker"])
    p.lives = pick(r, ["with %s spouse" % p.his, "alone", "with %s daughter" % p.his, "with %s partner" % p.his,
                       "with spouse and two children", "in a senior apartment"])
    p.height_in = r.randint(60, 67) if p.sex == "F" else r.randint(65, 74)
    bmi = r.uniform(21, 29) + (r.uniform(5, 12) if "OBES" in conds else 0)
    p.weight_lb = int(bmi * p.height_in ** 2 / 703)
    p.bmi = round(bmi, 1)
    return p


def med_str(m, style=0):
    n, dose, freq = m
    if style == 0:
        return ("%s %s %s" % (n, dose, freq)).replace("  ", " ")
    if style == 1:
        return ("%s %s - %s" % (n.capitalize(), dose, freq)).replace("  ", " ")
    return ("%s %s, %s" % (n.upper(), dose, freq)).replace("  ", " ")


def cond_name(k):
    return CHRONIC[k][0]


def vitals(r, p, abnormal=None):
    sbp = r.randint(112, 134) + (r.randint(8, 26) if "HTN" in p.conds else 0)
    dbp = r.randint(66, 84) + (r.randint(0, 10) if "HTN" in p.conds else 0)
    v = {"bp": "%d/%d" % (sbp, dbp), "sbp": sbp, "hr": r.randint(58, 92), "rr": r.randint(12, 18),
         "t": round(r.uniform(97.6, 98.9), 1), "spo2": r.randint(95, 100), "wt": p.weight_lb,
         "ht": p.height_in, "bmi": p.bmi}
    if abnormal:
        v.update(abnormal)
    return v


def vitals_str(r, v, style=None):
    s = style if style is not None else r.randrange(4)
    if s == 0:
        return "BP %s | HR %s | RR %s | Temp %s F | SpO2 %s%% | Wt %s lb | BMI %s" % (
            v["bp"], v["hr"], v["rr"], v["t"], v["spo2"], v["wt"], v["bmi"])
    if s == 1:
        return "Blood pressure %s, pulse %s, respirations %s, temperature %s, oxygen saturation %s%% on room air, weight %s lbs." % (
            v["bp"], v["hr"], v["rr"], v["t"], v["spo2"], v["wt"])
    if s == 2:
        return "BP: %s   P: %s   R: %s   T: %s   O2 sat: %s%% RA\nHt: %d' %d\"   Wt: %s lb   BMI: %s" % (
            v["bp"], v["hr"], v["rr"], v["t"], v["spo2"], v["ht"] // 12, v["ht"] % 12, v["wt"], v["bmi"])
    return "T %s, HR %s, BP %s, RR %s, sat %s%%." % (v["t"], v["hr"], v["bp"], v["rr"], v["spo2"])


# ----------------------------------------------------------------------------
# Lab values coherent with conditions
# ----------------------------------------------------------------------------
def lab_values(r, p, acute=None):
    dm = "DM2" in p.conds
    ckd = "CKD" in p.conds
    L = {}
    L["GLU"] = r.randint(128, 212) if dm else r.randint(76, 99)
    L["BUN"] = r.randint(22, 38) if ckd else r.randint(8, 20)
    L["CREAT"] = round(r.uniform(1.3, 1.8) if ckd else r.uniform(0.6, 1.1), 2)
    L["EGFR"] = r.randint(45, 58) if ckd else r.randint(72, 110)
    L["NA"] = r.randint(136, 143)
    L["K"] = round(r.uniform(3.6, 4.9), 1)
    L["CL"] = r.randint(99, 107)
    L["CO2"] = r.randint(22, 29)
    L["CA"] = round(r.uniform(8.7, 10.1), 1)
    L["ALB"] = round(r.uniform(3.6, 4.8), 1)
    L["TP"] = round(r.uniform(6.3, 7.9), 1)
    L["ALT"] = r.randint(12, 38)
    L["AST"] = r.randint(14, 35)
    L["ALP"] = r.randint(48, 112)
    L["TBIL"] = round(r.uniform(0.3, 1.1), 1)
    L["WBC"] = round(r.uniform(4.5, 9.8), 1)
    L["HGB"] = round(r.uniform(12.1, 15.2) if p.sex == "F" else r.uniform(13.4, 16.6), 1)
    L["HCT"] = round(L["HGB"] * 3 + r.uniform(-1, 1), 1)
    L["PLT"] = r.randint(165, 380)
    L["MCV"] = r.randint(82, 96)
    L["A1C"] = round(r.uniform(6.8, 9.4) if dm else r.uniform(4.9, 5.7), 1)
    L["TSH"] = round(r.uniform(0.8, 3.9), 2)
    L["CHOL"] = r.randint(150, 245)
    L["HDL"] = r.randint(36, 72)
    L["TRIG"] = r.randint(80, 260)
    L["LDL"] = max(40, L["CHOL"] - L["HDL"] - L["TRIG"] // 5)
    L["VITD"] = r.randint(14, 28) if "VITD" in p.conds else r.randint(30, 58)
    if acute:
        L.update(acute)
    return L


LABDEF = [  # key, name, unit, lo, hi
    ("GLU", "Glucose", "mg/dL", 70, 99), ("BUN", "BUN", "mg/dL", 7, 20), ("CREAT", "Creatinine", "mg/dL", 0.57, 1.11),
    ("EGFR", "eGFR (CKD-EPI 2021)", "mL/min/1.73m2", 60, None), ("NA", "Sodium", "mmol/L", 135, 145),
    ("K", "Potassium", "mmol/L", 3.5, 5.1), ("CL", "Chloride", "mmol/L", 98, 107), ("CO2", "CO2, Total", "mmol/L", 21, 31),
    ("CA", "Calcium", "mg/dL", 8.6, 10.3), ("TP", "Protein, Total", "g/dL", 6.0, 8.3), ("ALB", "Albumin", "g/dL", 3.5, 5.0),
    ("TBIL", "Bilirubin, Total", "mg/dL", 0.2, 1.2), ("ALP", "Alkaline Phosphatase", "U/L", 44, 121),
    ("AST", "AST (SGOT)", "U/L", 10, 40), ("ALT", "ALT (SGPT)", "U/L", 7, 52),
    ("WBC", "WBC", "x10E3/uL", 3.4, 10.8), ("HGB", "Hemoglobin", "g/dL", 11.1, 17.7), ("HCT", "Hematocrit", "%", 34.0, 51.0),
    ("MCV", "MCV", "fL", 79, 97), ("PLT", "Platelets", "x10E3/uL", 150, 450),
    ("A1C", "Hemoglobin A1c", "%", 4.8, 5.6), ("TSH", "TSH", "uIU/mL", 0.45, 4.5),
    ("CHOL", "Cholesterol, Total", "mg/dL", 100, 199), ("TRIG", "Triglycerides", "mg/dL", 0, 149),
    ("HDL", "HDL Cholesterol", "mg/dL", 39, None), ("LDL", "LDL Chol Calc (NIH)", "mg/dL", 0, 99),
    ("VITD", "Vitamin D, 25-Hydroxy", "ng/mL", 30, 100), ("TROP", "Troponin I, high sensitivity", "ng/L", 0, 34),
    ("BNP", "NT-proBNP", "pg/mL", 0, 125), ("LACT", "Lactate", "mmol/L", 0.5, 2.0), ("LIPASE", "Lipase", "U/L", 11, 82),
    ("INR", "INR", "", 0.9, 1.1), ("PROCAL", "Procalcitonin", "ng/mL", 0, 0.5), ("CRP", "C-Reactive Protein", "mg/L", 0, 10),
]
PANELS = {
    "CMP": ["GLU", "BUN", "CREAT", "EGFR", "NA", "K", "CL", "CO2", "CA", "TP", "ALB", "TBIL", "ALP", "AST", "ALT"],
    "BMP": ["GLU", "BUN", "CREAT", "EGFR", "NA", "K", "CL", "CO2", "CA"],
    "CBC": ["WBC", "HGB", "HCT", "MCV", "PLT"],
    "LIPID": ["CHOL", "TRIG", "HDL", "LDL"],
    "A1C": ["A1C"], "TSH": ["TSH"], "VITD": ["VITD"],
}
PANEL_NAMES = {"CMP": ["Comprehensive Metabolic Panel", "COMP METABOLIC PANEL (14)", "CMP"],
               "BMP": ["Basic Metabolic Panel", "BASIC METABOLIC PANEL (8)", "BMP"],
               "CBC": ["CBC w/o Differential", "COMPLETE BLOOD COUNT", "CBC"],
               "LIPID": ["Lipid Panel", "LIPID PANEL W/ LDL CALC", "Lipid Profile"],
               "A1C": ["Hemoglobin A1c", "HEMOGLOBIN A1C", "HbA1c"], "TSH": ["TSH", "THYROID STIMULATING HORMONE", "TSH, 3rd generation"],
               "VITD": ["Vitamin D, 25-OH", "VITAMIN D 25-HYDROXY", "25-OH Vitamin D, Total"]}


def flag(k, v):
    for key, n, u, lo, hi in LABDEF:
        if key == k:
            if lo is not None and v < lo:
                return "L"
            if hi is not None and v > hi:
                return "H"
    return ""


def labdef(k):
    for x in LABDEF:
        if x[0] == k:
            return x
    return (k, k, "", None, None)


def refrange(lo, hi):
    if hi is None:
        return ">%s" % lo
    if lo in (0, None):
        return "<%s" % hi if lo is None else "0-%s" % hi
    return "%s-%s" % (lo, hi)


# ----------------------------------------------------------------------------
# OCR / scan noise and page furniture
# ----------------------------------------------------------------------------
OCR_SUBS = {"l": ["1", "I", "|"], "I": ["l", "1"], "O": ["0"], "0": ["O", "o"], "o": ["0", "c"], "e": ["c", "o"],
            "m": ["rn", "nn"], "S": ["5", "$"], "s": ["5"], "B": ["8"], "g": ["q", "9"], "a": ["o", "e"],
            "t": ["f", "l"], "i": ["l", "1", "j"], "n": ["ri", "h"], ",": [".", ""], ".": [",", ""], ":": [";", "."],
            "5": ["S"], "1": ["l", "I"], "h": ["b", "li"], "u": ["ii", "v"], "c": ["e", "("]}


def ocr_noise(r, text, level):
    if level <= 0:
        return text
    p = 0.004 * level
    out = []
    for line in text.split("\n"):
        if chance(r, 0.02 * level) and len(line) > 20:
            # broken words / stray spaces
            k = r.randrange(5, len(line) - 5)
            line = line[:k] + pick(r, [" ", "  ", "", "- "]) + line[k:]
        chars = []
        for ch in line:
            if ch in OCR_SUBS and chance(r, p):
                chars.append(pick(r, OCR_SUBS[ch]))
            elif ch == " " and chance(r, p / 2):
                chars.append("  ")
            else:
                chars.append(ch)
        line = "".join(chars)
        if chance(r, 0.01 * level):
            line = line + pick(r, [" .", " '", " ~", " ,", " |"])
        out.append(line)
        if chance(r, 0.008 * level):
            out.append(pick(r, ["", ".", "  ", "_"]))
    return "\n".join(out)


def fax_header(r, p, site_or_src, pages):
    d = p.date
    s = r.randrange(3)
    if s == 0:
        return "%s %s      %s      %s     #%04d P.%03d/%03d" % (
            d.strftime("%b-%d-%Y"), fmt_time(r, False), site_or_src.upper()[:28], fax(r), r.randrange(9999), 1, pages)
    if s == 1:
        return "From: %s  Fax: %s   To: %s   Date: %s %s   Page 1 of %d" % (
            site_or_src, fax(r), pick(r, GROUP[:2]), fmt_date(r, d, 0), fmt_time(r, True), pages)
    return "%s  %s  FAX %s  p.1" % (fmt_date(r, d, 4), fmt_time(r, True), fax(r))


def paginate(r, text, p, title_bits=None, every=None):
    """Insert page headers/footers into a long document."""
    lines = text.split("\n")
    every = every or r.randint(48, 62)
    if len(lines) < every + 8:
        if chance(r, 0.5):
            lines.append("")
            lines.append(pick(r, ["Page 1 of 1", "Page 1", "1 of 1", "- 1 -", "Pg 1/1"]))
        return "\n".join(lines)
    n = (len(lines) + every - 1) // every
    style = r.randrange(4)
    out = []
    for i in range(n):
        chunk = lines[i * every:(i + 1) * every]
        if i > 0:
            if style == 0:
                out.append("%s   DOB: %s   MRN: %s" % (p.lf, fmt_date(r, p.dob, 0), p.mrn))
            elif style == 1:
                out.append("Patient Name: %s, %s        Page %d" % (p.last, p.first, i + 1))
            elif style == 2:
                out.append("%s (cont.)" % (title_bits or p.lf))
            else:
                out.append("RE: %s  (DOB %s)" % (p.full, fmt_date(r, p.dob, 1)))
            out.append("")
        out.extend(chunk)
        out.append("")
        if style == 0:
            out.append("Page %d of %d" % (i + 1, n))
        elif style == 1:
            out.append("Printed %s  Page %d of %d   CONFIDENTIAL" % (fmt_date(r, p.date, 0), i + 1, n))
        elif style == 2:
            out.append("- %d -" % (i + 1))
        else:
            out.append("%s | Page %d/%d" % (pick(r, GROUP), i + 1, n))
    return "\n".join(out)


def letterhead(r, site=None, dept=None):
    site = site or pick(r, SITES)
    s = r.randrange(5)
    addr = "%d %s, %s, %s %s" % (r.randint(100, 4999), pick(r, STREETS), site[1], STATE, ZIPS[site[1]])
    ph = phone(r)
    if s == 0:
        return "%s\n%s\n%s\nPhone %s  Fax %s" % (pick(r, GROUP[:3]), site[0], addr, ph, fax(r))
    if s == 1:
        return "%s\n%s | %s | Tel: %s" % (site[0].upper(), pick(r, GROUP[:1]), addr, ph)
    if s == 2:
        return "%s  *  %s\n%s" % (pick(r, GROUP[:1]), dept or SPEC.get(site[2], ""), addr)
    if s == 3:
        return "%s\n%s\nP: %s   F: %s\nwww.larkmoormedical.example" % (site[0], addr, ph, fax(r))
    return "                    %s\n                 %s\n              %s" % (pick(r, GROUP[:2]), site[0], addr)


def hosp_letterhead(r, hosp):
    s = r.randrange(3)
    addr = "%d %s, %s, %s %s" % (r.randint(100, 4999), pick(r, STREETS), pick(r, CITIES), STATE, "4%04d" % r.randint(3000, 5999))
    if s == 0:
        return "%s\n%s\n%s" % (hosp.upper(), addr, phone(r))
    if s == 1:
        return "%s  -  Health Information Management\n%s" % (hosp, addr)
    return hosp


def pt_banner(r, p, s=None):
    s = r.randrange(6) if s is None else s
    if s == 0:
        return "Patient: %s   DOB: %s   MRN: %s" % (p.full, fmt_date(r, p.dob, 0), p.mrn)
    if s == 1:
        return "NAME: %s\nDOB: %s  AGE: %d  SEX: %s\nMRN: %s" % (p.lf, fmt_date(r, p.dob, 0), p.age, p.sex, p.mrn)
    if s == 2:
        return "%s (%s)  %dy %s  #%s" % (p.lf, fmt_date(r, p.dob, 0), p.age, p.sex, p.mrn)
    if s == 3:
        return "Patient Name: %s, %s %s.\nDate of Birth: %s\nMedical Record #: %s\nAccount #: %s" % (
            p.last, p.first, p.mi, fmt_date(r, p.dob, 2), p.mrn, p.acct)
    if s == 4:
        return "RE: %s\nDOB: %s" % (p.full, fmt_date(r, p.dob, 0))
    return "%s | %s | %s | %s" % (p.lf, p.sexw.capitalize(), fmt_date(r, p.dob, 4), p.mrn)


def esign(r, c, d, s=None):
    s = r.randrange(7) if s is None else s
    t = fmt_time(r, True)
    if s == 0:
        return "Electronically signed by %s on %s at %s" % (c.name, fmt_date(r, d, 0), t)
    if s == 1:
        return "%s\n%s\n%s" % ("_" * 28, c.name, SPEC.get(c.spec, ""))
    if s == 2:
        return "Signed: %s  %s %s" % (c.name, fmt_date(r, d, 1), t)
    if s == 3:
        return "Dictated by: %s\nDictated: %s  Transcribed: %s\nJob #: %d" % (
            c.name, fmt_date(r, d, 0), fmt_date(r, plus(d, r.randint(0, 2)), 0), r.randint(100000, 999999))
    if s == 4:
        return "-- %s" % c.name
    if s == 5:
        return "Authenticated: %s (%s) %s" % (c.name, c.npi, fmt_date(r, d, 4))
    return "%s\nElectronically reviewed and signed %s" % (c.name, fmt_date(r, d, 2))


def scribe_disclaimer(r, c):
    return pick(r, [
        "This note was drafted with the assistance of an ambient AI documentation tool from a recording of the visit, "
        "with the patient's verbal consent, and was reviewed and edited by %s." % c.short,
        "Portions of this note were generated using ambient listening technology. The patient consented to recording. "
        "I have reviewed the content for accuracy.",
        "Note created with Dragon voice recognition software. Despite proofreading, transcription errors may occur; "
        "please contact the office with any questions.",
        "Dictated but not read. Voice recognition errors may be present.",
        "Patient verbally consented to use of AI scribe for this encounter. Draft reviewed, edited and attested by the "
        "treating clinician.",
        "I, %s, personally performed the services described in this documentation as scribed in my presence, "
        "and it is both accurate and complete." % c.name,
    ])


CONF = ["CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and "
        "confidential under federal and state law. If you have received this in error, please notify the sender "
        "immediately and destroy all copies.",
        "This document contains confidential patient information. Redisclosure is prohibited without written "
        "authorization except as permitted by law (45 CFR Part 164).",
        "CONFIDENTIAL - Protected Health Information"]


def finish(r, text, p, site_name=None, allow_fax=True, paginate_p=0.6):
    """Common finishing: optional fax header, pagination, OCR noise."""
    if chance(r, paginate_p):
        text = paginate(r, text, p)
    if allow_fax and chance(r, 0.18):
        text = fax_header(r, p, site_name or pick(r, HOSPITALS + [s[0] for s in SITES]), r.randint(2, 9)) + "\n" + text
    if chance(r, 0.1):
        text = text + "\n" + pick(r, ["RECEIVED", "SCANNED", "REVIEWED"]) + " " + fmt_date(r, plus(p.date, r.randint(0, 9)), 3)
    level = pick(r, [0, 0, 0, 1, 1, 2, 3])
    return ocr_noise(r, text, level)


# ----------------------------------------------------------------------------
# Outpatient visit scenarios (ambient-scribe style narrative material)
# ----------------------------------------------------------------------------
OUT = [
    dict(k="htn", spec=["FM", "IM"], cond="HTN", dx=("Essential hypertension", "I10"),
         cc=["Blood pressure follow-up", "f/u HTN", "BP check and medication refill", "Follow-up of high blood pressure"],
         hpi=["{mr} is a {age}-year-old {man} who returns for follow-up of hypertension.",
              "{He} has been checking {his} blood pressure at home about {freq} and reports readings mostly in the {homebp} range.",
              "{He} denies headaches, chest pain, palpitations, shortness of breath or leg swelling.",
              "We talked about diet; {he} admits {his} salt intake has crept up since {he} started eating out more for work.",
              "No lightheadedness on standing. {He} is taking {his} medications as prescribed most days."],
         quotes=["I've been pretty good about the pills, I just forget the evening one sometimes.",
                 "My cuff at home always reads lower than yours does.", "I cut back on the chips, but I still eat out a lot."],
         exam=["Neck: No JVD, no carotid bruits.", "Cardiovascular: Regular rate and rhythm, normal S1 S2, no murmurs.",
               "Lungs: Clear to auscultation bilaterally.", "Extremities: No peripheral edema."],
         plan=["Blood pressure today is {bp}, above goal of less than 130/80. Home readings are borderline.",
               "Will increase the current regimen modestly and recheck in 4 weeks; BMP in 1-2 weeks to check potassium and creatinine.",
               "Continue home monitoring and bring the cuff to the next visit to calibrate against ours.",
               "DASH-style diet and sodium under 2 grams daily discussed; goal of 150 minutes of walking per week."],
         instr=["Check your blood pressure twice a day for the next 2 weeks and write it down.",
                "Limit salt; avoid canned soups, deli meats and fast food where you can.",
                "Call us if your readings are over 180/110 or you have chest pain, severe headache or vision changes."],
         orders=["BMP", "Lipid panel", "Urine microalbumin/creatinine ratio"], fu="4 weeks"),
    dict(k="dm", spec=["FM", "IM", "ENDO"], cond="DM2", dx=("Type 2 diabetes mellitus with hyperglycemia", "E11.65"),
         cc=["Diabetes follow-up", "DM2 f/u, review A1c", "Follow-up for sugars", "Diabetes management"],
         hpi=["{mr} presents for diabetes follow-up. Most recent hemoglobin A1c was {a1c}%.",
              "{He} checks fasting sugars {freq}; morning readings have been running 140s to 180s.",
              "{He} denies polyuria, polydipsia, or hypoglycemic episodes. No numbness or tingling in the feet.",
              "{He} says the holidays and a stressful stretch at work made it hard to stick with {his} meal plan.",
              "Last dilated eye exam was over a year ago."],
         quotes=["I know, I know, I've been eating too much bread.", "The sugars are better in the morning if I walk after dinner.",
                 "I don't want to go on insulin if I can help it."],
         exam=["Feet: Monofilament sensation intact bilaterally, dorsalis pedis pulses 2+, no ulcers or calluses.",
               "Cardiovascular: RRR without murmur.", "Lungs: CTA bilaterally.", "Skin: No acanthosis. Injection sites unremarkable."],
         plan=["A1c {a1c}%, above individualized goal of less than 7%.",
               "Discussed options; patient prefers to intensify oral/injectable therapy before considering basal insulin.",
               "Referred to diabetes education for carbohydrate counting. Annual dilated retinal exam ordered.",
               "Urine microalbumin and lipid panel today. Continue statin. Foot exam done today, normal."],
         instr=["Check your sugar every morning before breakfast and 2 hours after your largest meal a few times a week.",
                "If your sugar is under 70, take 4 ounces of juice and recheck in 15 minutes.",
                "Please schedule your eye exam; we placed the referral."],
         orders=["Hemoglobin A1c", "CMP", "Urine microalbumin/creatinine ratio", "Lipid panel"], fu="3 months"),
    dict(k="uri", spec=["FM", "IM"], cond=None, dx=("Acute maxillary sinusitis", "J01.00"),
         cc=["Sinus congestion x 10 days", "Cough and congestion", "Sinus pressure", "sick visit - sinus"],
         hpi=["{mr} reports {dur} of nasal congestion, facial pressure over the cheeks and thick yellow-green drainage.",
              "Symptoms initially improved and then worsened again over the last 3 days.",
              "{He} has had subjective fevers and a mild cough, worse at night. No shortness of breath.",
              "{He} has tried over-the-counter decongestants and saline rinses with little relief."],
         quotes=["It felt like it was getting better and then it came right back, worse.", "My whole face hurts when I bend over.",
                 "My kids had the same thing a couple of weeks ago."],
         exam=["HEENT: Bilateral maxillary sinus tenderness. Nasal mucosa erythematous and edematous with purulent discharge. TMs clear. Oropharynx mildly erythematous without exudate.",
               "Neck: Shotty anterior cervical lymphadenopathy.", "Lungs: Clear bilaterally, no wheezes.", "Heart: RRR."],
         plan=["Double-worsening course consistent with acute bacterial sinusitis.",
               "Start {abx}. Continue saline irrigation and intranasal steroid.",
               "Supportive care reviewed. Return if fever above 102, severe headache, eye swelling or visual changes."],
         instr=["Take the antibiotic until it is gone, even if you feel better.", "Use saline rinses 2-3 times a day.",
                "Drink plenty of fluids and rest.", "Call if you are not improving in 3-5 days."],
         orders=[], fu="as needed"),
    dict(k="knee", spec=["ORTHO", "FM"], cond="OA", dx=("Primary osteoarthritis, {side} knee", "M17.1{sidecode}"),
         cc=["{Side} knee pain", "Knee pain, {side}", "Worsening {side} knee pain", "Ortho eval {side} knee"],
         hpi=["{mr} is a {age}-year-old {man} with a history of {side} knee osteoarthritis who presents with worsening pain over the past {dur}.",
              "Pain is medial, worse with stairs and after prolonged standing, with morning stiffness lasting about 20 minutes.",
              "{He} denies locking, giving way, or recent trauma. {He} has tried ice, topical diclofenac and physical therapy in the past.",
              "Pain is rated {pain}/10 at its worst."],
         quotes=["Getting out of the car is the worst part.", "I used to walk three miles, now I can barely do the grocery store.",
                 "The gel helps a little but it wears off."],
         exam=["{Side} knee: Small effusion. Medial joint line tenderness. Crepitus with range of motion. ROM 5-115 degrees. Ligaments stable to varus/valgus stress. Negative Lachman. McMurray equivocal medially.",
               "Gait: Mildly antalgic.", "Neurovascular intact distally."],
         plan=["Weight-bearing radiographs today show medial compartment joint space narrowing with osteophytes, consistent with moderate osteoarthritis.",
               "Discussed options including activity modification, NSAIDs, physical therapy, corticosteroid injection and eventually arthroplasty.",
               "Patient elected corticosteroid injection today (see procedure note). Home exercise program provided.",
               "If injection gives less than 3 months of relief, will discuss further options."],
         instr=["Ice the knee 20 minutes at a time for the next 2 days.", "Expect some soreness for 24-48 hours after the injection.",
                "Call for redness, warmth, fever or increasing swelling of the knee."],
         orders=["XR knee 3 views weight-bearing"], fu="3 months"),
    dict(k="shoulder", spec=["ORTHO"], cond=None, dx=("Rotator cuff tendinopathy, {side} shoulder", "M75.8{sidecode}"),
         cc=["{Side} shoulder pain", "Shoulder pain", "Pain with reaching overhead"],
         hpi=["{mr} presents with {dur} of {side} shoulder pain without a specific injury.",
              "Pain is lateral, worse reaching overhead and lying on that side at night.",
              "{He} denies numbness or tingling. {He} works as a {job} and does a lot of reaching."],
         quotes=["I can't sleep on that side at all.", "Putting my coat on is what really gets me.", "It just aches all the time now."],
         exam=["{Side} shoulder: No atrophy. Tender over the greater tuberosity. Forward flexion 160, abduction 150, ER 50. Positive Neer and Hawkins. Empty can with pain but 5-/5 strength. Negative drop arm.",
               "Cervical spine: Full ROM, negative Spurling."],
         plan=["Exam consistent with rotator cuff tendinopathy/impingement; low suspicion for full-thickness tear given preserved strength.",
               "Subacromial corticosteroid injection offered and performed. Referral to physical therapy for scapular stabilization and cuff strengthening.",
               "MRI if no improvement after 6-8 weeks of therapy."],
         instr=["Avoid heavy lifting and overhead work for 2 weeks.", "Start the exercises from physical therapy once the soreness settles."],
         orders=["Physical therapy evaluation and treatment", "XR shoulder 3 views"], fu="6 weeks"),
    dict(k="lbp", spec=["FM", "ORTHO", "IM"], cond=None, dx=("Acute low back pain without sciatica", "M54.50"),
         cc=["Low back pain", "Back pain x {dur}", "Lower back strain"],
         hpi=["{mr} reports low back pain that began {dur} ago after lifting boxes while moving.",
              "The pain is across the lower back without radiation into the legs.",
              "{He} denies bowel or bladder changes, saddle numbness, fevers or weight loss.",
              "Ibuprofen helps somewhat."],
         quotes=["I bent over to pick up a box and felt something grab.", "It's better once I get moving in the morning.",
                 "I'm worried I slipped a disc."],
         exam=["Back: Paraspinal muscle tenderness and spasm bilaterally at L4-L5. No midline bony tenderness. Flexion limited by pain. Straight leg raise negative bilaterally.",
               "Neuro: Strength 5/5 in bilateral lower extremities. Reflexes 2+ and symmetric. Sensation intact."],
         plan=["Mechanical low back pain without red flag features; imaging not indicated at this time.",
               "NSAID scheduled for 7 days with food, muscle relaxant at bedtime as needed, heat, stay active.",
               "Physical therapy referral if not improving in 2-3 weeks."],
         instr=["Stay as active as you can; bed rest slows recovery.", "The muscle relaxer can make you drowsy - do not drive after taking it.",
                "Go to the emergency room if you have numbness in the groin area, trouble controlling your bladder or bowels, or leg weakness."],
         orders=[], fu="2-3 weeks if not improved"),
    dict(k="afib", spec=["CARD"], cond="AFIB", dx=("Paroxysmal atrial fibrillation", "I48.0"),
         cc=["Atrial fibrillation follow-up", "AF f/u", "Palpitations, known AF", "Cardiology follow-up"],
         hpi=["{mr} returns for follow-up of paroxysmal atrial fibrillation, on anticoagulation and rate control.",
              "{He} reports two brief episodes of palpitations in the last {dur}, each lasting under an hour and self-terminating.",
              "No syncope, presyncope, chest pain or bleeding. {His} watch alerted {him} during one episode.",
              "CHA2DS2-VASc score is {chads}."],
         quotes=["It feels like a fish flopping in my chest.", "My watch said AFib and I about had a heart attack myself.",
                 "I haven't had any bleeding, just bruise easy."],
         exam=["Cardiovascular: Regular rate and rhythm today. Normal S1/S2, no murmurs.",
               "Lungs: Clear.", "Extremities: Trace bilateral ankle edema."],
         plan=["Rhythm today on ECG is sinus rhythm. Infrequent, short symptomatic episodes.",
               "Continue apixaban for stroke prevention given CHA2DS2-VASc {chads}; bleeding risk reviewed.",
               "Continue beta-blocker. If burden increases, will discuss antiarrhythmic therapy versus referral for ablation.",
               "14-day ambulatory monitor to quantify burden. Echocardiogram from last year showed normal LV function."],
         instr=["Keep taking your blood thinner twice a day; do not stop it before procedures without talking to us.",
                "Avoid ibuprofen and naproxen; use acetaminophen for pain.",
                "Call 911 for face drooping, arm weakness or trouble speaking."],
         orders=["12-lead ECG", "Ambulatory cardiac monitor 14 days", "CBC", "BMP"], fu="3 months"),
    dict(k="chestpain", spec=["CARD", "IM"], cond=None, dx=("Chest pain, unspecified", "R07.9"),
         cc=["Chest pain", "Chest tightness with exertion", "New patient - chest discomfort"],
         hpi=["{mr} is referred for evaluation of intermittent chest tightness over the past {dur}.",
              "The discomfort is substernal, pressure-like, brought on by climbing two flights of stairs or walking uphill, and resolves within 5 minutes of rest.",
              "No rest pain, diaphoresis or radiation. Cardiac risk factors include {risk}.",
              "{He} has never had a stress test."],
         quotes=["It's like somebody sitting on my chest when I carry the laundry up.", "It goes away if I stop and catch my breath.",
                 "My dad had his first heart attack at 58."],
         exam=["Cardiovascular: RRR, normal S1 S2, no murmurs, rubs, or gallops. No carotid bruits.", "Lungs: Clear bilaterally.",
               "Extremities: No edema; distal pulses 2+ and symmetric."],
         plan=["Symptoms are typical for exertional angina; intermediate-to-high pretest probability of obstructive CAD.",
               "Start aspirin 81 mg daily and high-intensity statin. Sublingual nitroglycerin prescribed with instructions.",
               "Exercise nuclear stress test scheduled; echocardiogram to assess LV function.",
               "ED precautions reviewed in detail."],
         instr=["If chest pain lasts more than 5 minutes or does not go away with rest, call 911.",
                "Do not take nitroglycerin if you have taken Viagra or Cialis in the last 48 hours.",
                "Avoid strenuous exertion until your stress test."],
         orders=["Exercise myocardial perfusion imaging", "Transthoracic echocardiogram", "Lipid panel", "Hemoglobin A1c"], fu="after testing"),
    dict(k="hf", spec=["CARD"], cond="HF", dx=("Chronic systolic (congestive) heart failure", "I50.22"),
         cc=["Heart failure follow-up", "CHF f/u", "HFrEF management", "post-hospital follow-up, heart failure"],
         hpi=["{mr} returns for follow-up of heart failure with reduced ejection fraction (last EF {ef}%).",
              "{He} reports stable dyspnea with moderate exertion, NYHA class II. Sleeps on two pillows, no PND.",
              "Home weights have been stable at around {wt} lb. {He} is adhering to a 2-gram sodium diet 'most of the time.'",
              "No chest pain, syncope or ICD shocks."],
         quotes=["I weigh myself every morning like you said.", "I get winded on the stairs but I can do the grocery store fine.",
                 "The water pill has me running to the bathroom all morning."],
         exam=["Neck: JVP about 7 cm.", "Cardiovascular: RRR, S1 S2, soft holosystolic murmur at apex.", "Lungs: Clear, no rales.",
               "Extremities: Trace pedal edema bilaterally."],
         plan=["Euvolemic on exam. NYHA class II.", "Continue guideline-directed medical therapy; will add SGLT2 inhibitor if renal function permits.",
               "BMP today for potassium and creatinine.", "Repeat echocardiogram in 3 months to reassess EF."],
         instr=["Weigh yourself every morning. Call if you gain more than 3 pounds in a day or 5 pounds in a week.",
                "Keep sodium under 2,000 mg a day and fluids around 2 liters a day."],
         orders=["BMP", "NT-proBNP", "Transthoracic echocardiogram"], fu="6-8 weeks"),
    dict(k="thyroid", spec=["ENDO", "IM"], cond="HYPOTHY", dx=("Hypothyroidism, unspecified", "E03.9"),
         cc=["Hypothyroidism follow-up", "Fatigue, thyroid", "Thyroid f/u", "Thyroid nodule and hypothyroidism"],
         hpi=["{mr} returns for follow-up of hypothyroidism on levothyroxine.",
              "{He} reports ongoing fatigue and mild cold intolerance over the last {dur}. No palpitations, tremor or weight change of note.",
              "{He} takes levothyroxine in the morning but sometimes with coffee and a calcium supplement.",
              "TSH last month was {tsh}."],
         quotes=["I'm just tired all the time, like I'm wading through mud.", "I take it with my coffee, is that bad?",
                 "My sister has Hashimoto's too."],
         exam=["Neck: Thyroid mildly enlarged, smooth, nontender, no discrete nodules palpated.", "Cardiovascular: RRR.",
               "Neuro: Reflexes 2+ with normal relaxation phase.", "Skin: Warm, dry."],
         plan=["Timing of levothyroxine relative to coffee and calcium likely affecting absorption; counseled to take on an empty stomach, 30-60 minutes before breakfast, separate from calcium by 4 hours.",
               "Will keep the same dose for now and recheck TSH and free T4 in 6-8 weeks.",
               "If fatigue persists with normal TSH, will check CBC, ferritin, B12 and screen for sleep apnea."],
         instr=["Take your thyroid pill first thing in the morning with water only.", "Wait at least 30 minutes before coffee or breakfast.",
                "Take calcium or iron at least 4 hours apart from your thyroid pill."],
         orders=["TSH", "Free T4", "CBC", "Ferritin"], fu="8 weeks"),
    dict(k="gerd", spec=["GI", "FM"], cond="GERD", dx=("Gastro-esophageal reflux disease without esophagitis", "K21.9"),
         cc=["Heartburn", "Reflux not controlled", "GI consult - GERD", "Dyspepsia"],
         hpi=["{mr} reports {dur} of heartburn and regurgitation, worse after large meals and when lying down.",
              "{He} takes a PPI daily with partial relief. No dysphagia, odynophagia, hematemesis, melena or weight loss.",
              "{He} drinks coffee twice a day and often eats late in the evening.", "No prior upper endoscopy."],
         quotes=["It's like fire coming up into my throat at night.", "I sleep in the recliner half the time now.",
                 "Tums used to work, now they don't."],
         exam=["Abdomen: Soft, mild epigastric tenderness, no rebound or guarding, normal bowel sounds, no hepatosplenomegaly.",
               "HEENT: Oropharynx clear."],
         plan=["Symptoms consistent with GERD, incompletely controlled. No alarm features.",
               "Optimize PPI timing 30-60 minutes before breakfast; may increase to twice daily for 8 weeks.",
               "Lifestyle: avoid meals within 3 hours of bedtime, elevate head of bed, limit caffeine and alcohol.",
               "EGD if symptoms persist despite twice-daily PPI, or sooner for any alarm symptoms."],
         instr=["Take your acid medicine 30 minutes before breakfast.", "Raise the head of your bed 6 inches.",
                "No food 3 hours before bed.", "Call if you have trouble swallowing, black stools or vomiting blood."],
         orders=["H. pylori stool antigen"], fu="8 weeks"),
    dict(k="colon", spec=["GI"], cond=None, dx=("Change in bowel habit; screening for colon cancer", "R19.4, Z12.11"),
         cc=["Colonoscopy consult", "Change in bowel habits", "Rectal bleeding", "Colon cancer screening"],
         hpi=["{mr} is referred for evaluation of intermittent bright red blood on the toilet paper for {dur} and a change in bowel habits.",
              "Stools have been looser and more frequent, 2-3 per day. No melena, no abdominal pain, no weight loss.",
              "{He} has never had a colonoscopy. Family history is notable for a {rel} with colon polyps."],
         quotes=["It's just a little streak on the paper, but it scared me.", "I've been putting off the colonoscopy for years.",
                 "I'm not looking forward to the prep."],
         exam=["Abdomen: Soft, nontender, nondistended, no masses.", "Rectal: Deferred to colonoscopy.",
               "General: Well-appearing, no pallor."],
         plan=["Hematochezia with change in bowel habit in a patient overdue for screening; colonoscopy indicated.",
               "Risks including bleeding, perforation, missed lesions and sedation reactions reviewed; patient wishes to proceed.",
               "Split-dose bowel prep instructions provided. CBC today."],
         instr=["Follow the prep instructions exactly; clear liquids only the day before.",
                "You must have a driver to take you home after the procedure."],
         orders=["CBC", "Colonoscopy with moderate sedation"], fu="after colonoscopy"),
    dict(k="psoriasis", spec=["DERM"], cond="PSO", dx=("Plaque psoriasis", "L40.0"),
         cc=["Psoriasis follow-up", "Rash on elbows and scalp", "Derm f/u - psoriasis"],
         hpi=["{mr} presents for follow-up of plaque psoriasis involving the elbows, knees and scalp.",
              "{He} estimates about {bsa}% body surface area involvement. Itching is moderate and worse in winter.",
              "Topical clobetasol helps but {he} finds it messy. No joint pain or morning stiffness."],
         quotes=["The scalp is the worst part, I'm embarrassed to wear dark shirts.", "The ointment works but I hate how greasy it is.",
                 "My joints feel fine."],
         exam=["Skin: Well-demarcated erythematous plaques with silvery scale on bilateral extensor elbows and knees, and scattered scalp plaques behind the ears. Nail pitting on two fingernails. Approximately {bsa}% BSA.",
               "MSK: No dactylitis or joint swelling."],
         plan=["Moderate plaque psoriasis, suboptimally controlled with topicals alone.",
               "Discussed phototherapy versus systemic/biologic therapy; patient interested in biologic. Baseline TB testing, hepatitis panel and CBC/CMP ordered.",
               "Switch scalp treatment to clobetasol solution; continue ointment to body plaques on weekdays."],
         instr=["Use the scalp solution at night; do not use on the face or groin.", "Moisturize twice daily with a thick fragrance-free cream."],
         orders=["QuantiFERON-TB Gold", "Hepatitis B surface antigen", "Hepatitis C antibody", "CBC", "CMP"], fu="8-12 weeks"),
    dict(k="mole", spec=["DERM", "FM"], cond=None, dx=("Atypical nevus vs. melanoma, {site}", "D48.5"),
         cc=["Changing mole", "Skin check", "Spot on back", "Full-body skin exam"],
         hpi=["{mr} presents with a mole on the {site} that {his} spouse noticed has darkened and grown over the past {dur}.",
              "It occasionally itches. No bleeding. {He} had frequent sunburns as a child and used tanning beds in college.",
              "No personal history of skin cancer."],
         quotes=["My wife said it looks different than it used to.", "I never wore sunscreen growing up.", "Is this something bad?"],
         exam=["Skin: Full-body skin exam performed. On the {site} there is a 7 x 5 mm irregularly pigmented macule with asymmetric borders and variegated brown-black color. Dermoscopy shows atypical network. Multiple benign-appearing nevi elsewhere. Scattered seborrheic keratoses on trunk."],
         plan=["Lesion concerning for atypical nevus versus melanoma; shave (saucerization) biopsy performed today (see procedure note).",
               "Will call with pathology results in 1-2 weeks.", "Sun protection counseling provided; annual skin exams recommended."],
         instr=["Keep the biopsy site covered with petroleum jelly and a bandage, change daily.", "Call for increasing redness, pus or fever."],
         orders=["Surgical pathology - skin"], fu="2 weeks or sooner with results"),
    dict(k="meno", spec=["WH", "FM"], cond="MENO", dx=("Menopausal and female climacteric states", "N95.1"),
         cc=["Hot flashes", "Menopause symptoms", "GYN visit - night sweats"], female=True,
         hpi=["{mr} is a {age}-year-old G2P2 whose last menstrual period was about {dur} ago.",
              "She reports hot flashes 8-10 times a day and night sweats that wake her 2-3 times a night.",
              "Mood has been more irritable. She denies postmenopausal bleeding. Last mammogram and Pap were up to date.",
              "No personal history of breast cancer, blood clots or stroke."],
         quotes=["I'm soaking the sheets every night.", "I'm not sleeping and it's making me crazy at work.",
                 "My mother took hormones and she was fine, but I've heard scary things."],
         exam=["Breasts: Symmetric, no masses, no skin changes, no axillary adenopathy.",
               "Pelvic: Normal external genitalia. Vaginal mucosa mildly atrophic. Cervix without lesions. Uterus normal size, nontender. No adnexal masses."],
         plan=["Bothersome vasomotor symptoms; no contraindications to hormone therapy identified.",
               "Discussed risks and benefits of menopausal hormone therapy including VTE, stroke and breast cancer data; also nonhormonal options.",
               "Will start transdermal estradiol with oral micronized progesterone (uterus present).",
               "Mammogram due next month."],
         instr=["Apply a new patch twice a week on the lower abdomen or buttock, rotating sites.",
                "Take progesterone at bedtime; it may make you sleepy.", "Report any vaginal bleeding."],
         orders=["Screening mammogram"], fu="3 months"),
    dict(k="pelvic", spec=["WH"], cond=None, dx=("Abnormal uterine bleeding", "N93.9"),
         cc=["Heavy periods", "Irregular bleeding", "AUB"], female=True, maxage=52,
         hpi=["{mr} reports heavy menstrual bleeding for the past {dur}, changing a pad every 1-2 hours on the heaviest days, with clots.",
              "Cycles occur every 24-26 days and last 7-8 days. She feels tired and short of breath on stairs.",
              "No postcoital bleeding. Last Pap normal."],
         quotes=["I'm afraid to leave the house on the first two days.", "I've ruined so many sheets.", "I'm exhausted all the time."],
         exam=["Abdomen: Soft, nontender.", "Pelvic: Normal external genitalia. Cervix without lesions. Uterus enlarged to approximately 10-week size, irregular contour, nontender. No adnexal masses."],
         plan=["Heavy menstrual bleeding with enlarged irregular uterus, suspect leiomyomata.",
               "Pelvic ultrasound, CBC, ferritin, TSH and pregnancy test ordered.",
               "Discussed options including levonorgestrel IUD, tranexamic acid, hormonal therapy and surgical options depending on imaging.",
               "Endometrial biopsy offered given age and bleeding pattern."],
         instr=["Start an iron supplement every other day with vitamin C.", "Go to the ER if you soak more than 1 pad an hour for 2 hours or feel faint."],
         orders=["Pelvic ultrasound transvaginal", "CBC", "Ferritin", "TSH", "Urine hCG"], fu="2 weeks after ultrasound"),
    dict(k="depression", spec=["FM", "IM"], cond="DEP", dx=("Major depressive disorder, recurrent, moderate", "F33.1"),
         cc=["Depression follow-up", "Mood f/u", "Med check - sertraline"],
         hpi=["{mr} returns for follow-up of depression. PHQ-9 today is {phq}, previously {phq2}.",
              "{He} reports improved energy but ongoing poor sleep and low motivation on weekends.",
              "{He} denies suicidal ideation, plan or intent. No side effects from the medication other than mild nausea the first week.",
              "{He} has started seeing a counselor every other week."],
         quotes=["I'm better than I was, but I'm not me yet.", "Some days I just don't want to get off the couch.",
                 "The counselor is helping more than I thought she would."],
         exam=["Psych: Alert, oriented. Mood 'okay.' Affect mildly constricted. Thought process linear. No SI/HI. Insight and judgment good.",
               "General: Well-groomed, good eye contact."],
         plan=["Partial response. PHQ-9 {phq}. No safety concerns today; crisis line information reviewed.",
               "Will increase SSRI dose; reassess in 4-6 weeks. Continue therapy.",
               "Sleep hygiene reviewed; avoid alcohol."],
         instr=["If you have thoughts of harming yourself, call or text 988 or go to the nearest emergency room.",
                "It can take 4-6 weeks to feel the full effect of a dose change."],
         orders=[], fu="4-6 weeks"),
    dict(k="annual", spec=["FM", "IM"], cond=None, dx=("Encounter for general adult medical examination", "Z00.00"),
         cc=["Annual physical", "Wellness visit", "Annual exam / preventive", "Medicare annual wellness visit"],
         hpi=["{mr} presents for an annual preventive visit. {He} feels generally well.",
              "{He} exercises {exercise} and reports eating 'mostly okay.' Sleep is about 6-7 hours a night.",
              "No new concerns other than occasional {minor}."],
         quotes=["Honestly I feel pretty good.", "I could stand to lose a few pounds.", "I'm due for a bunch of shots I think."],
         exam=["General: Well-appearing, NAD.", "HEENT: Normocephalic, TMs clear, oropharynx normal.", "Neck: No thyromegaly or adenopathy.",
               "Heart: RRR, no murmurs.", "Lungs: CTA bilaterally.", "Abdomen: Soft, nontender, no organomegaly.",
               "Skin: No suspicious lesions.", "Neuro: Grossly nonfocal."],
         plan=["Age-appropriate screening reviewed and updated.", "Fasting labs ordered. Vaccines reviewed; recommended vaccines offered today.",
               "Counseled on diet, exercise, seat belts, sun protection and alcohol moderation."],
         instr=["Get your fasting labs done in the next week - water only after midnight.", "Keep up the walking."],
         orders=["CMP", "CBC", "Lipid panel", "Hemoglobin A1c", "TSH"], fu="1 year"),
]

CHRONIC_PLAN = {
    "HTN": ["BP {bp} today. Continue {medlist}. Home monitoring encouraged.", "Controlled on current regimen; no changes."],
    "DM2": ["Last A1c {a1c}%. Continue {medlist}. Annual eye and foot exams.", "Diabetes stable; recheck A1c in 3 months."],
    "HLD": ["Continue statin. Last LDL {ldl}.", "Lipids reviewed; continue current statin therapy."],
    "HYPOTHY": ["Continue levothyroxine; TSH {tsh} at goal.", "Clinically euthyroid. Continue current dose."],
    "GERD": ["Symptoms controlled on PPI; discussed step-down trial.", "Continue acid suppression."],
    "AFIB": ["Continue anticoagulation and rate control; followed by cardiology.", "In sinus rhythm today. Continue apixaban."],
    "HF": ["Euvolemic. Continue GDMT per cardiology.", "Daily weights reviewed; stable."],
    "CAD": ["No angina. Continue aspirin and statin.", "Stable; follows with cardiology annually."],
    "ASTHMA": ["Well controlled; rescue inhaler use less than twice weekly.", "Continue controller inhaler."],
    "COPD": ["Stable, no exacerbations this year. Continue inhalers.", "Encouraged pulmonary rehab; spirometry due."],
    "DEP": ["Mood stable on current SSRI. PHQ-9 {phq}.", "Continue medication and counseling."],
    "ANX": ["GAD-7 improved. Continue current therapy.", "Anxiety manageable; continue."],
    "OA": ["Knee pain stable; continue acetaminophen/topical NSAID.", "Activity as tolerated; PT exercises."],
    "OSTEO": ["Continue bisphosphonate, calcium and vitamin D. DEXA due.", "Fall precautions reviewed."],
    "PSO": ["Followed by dermatology.", "Skin stable on current regimen."],
    "OBES": ["BMI {bmi}. Discussed nutrition and exercise; interested in referral to weight management.", "Weight counseling provided."],
    "CKD": ["eGFR {egfr}, stable. Avoid NSAIDs. Renally dose medications.", "Monitor BMP; urine ACR annually."],
    "GOUT": ["No flares on allopurinol.", "Uric acid at goal; continue."],
    "MIGR": ["Migraines 2-3 per month; triptan effective.", "Headache diary encouraged."],
    "BPH": ["LUTS improved on tamsulosin.", "Nocturia x1; continue."],
    "MENO": ["Vasomotor symptoms improved.", "Reassess need for HT annually."],
    "VITD": ["Continue supplementation; recheck level.", "Vitamin D level {vitd}."],
    "INSOM": ["Sleep hygiene reviewed; trazodone as needed.", "Consider CBT-I referral."],
    "IBS": ["Constipation improved on linaclotide.", "Fiber and fluids encouraged."],
    "ECZ": ["Flares controlled with topical steroid and emollients.", "Continue skin care regimen."],
}

ABX = ["amoxicillin-clavulanate 875-125 mg twice daily for 7 days", "doxycycline 100 mg twice daily for 7 days",
       "cefdinir 300 mg twice daily for 10 days"]


def fmtd(r, p, extra=None):
    """Build a substitution dictionary for templates."""
    side = pick(r, ["right", "left"])
    v = vitals(r, p)
    L = lab_values(r, p)
    conds_meds = ", ".join(med_str(m).split(" ")[0] for m in p.meds[:2]) or "current regimen"
    f = dict(mr=p.mr, he=p.he, his=p.his, him=p.him, He=p.He, His=p.His, age=p.age, man=p.man, side=side,
             Side=side.capitalize(), sidecode="1" if side == "right" else "2", dur=pick(r, ["2 weeks", "3 weeks", "several months", "6 weeks", "4 months", "10 days", "about a year"]),
             freq=pick(r, ["daily", "three times a week", "every morning", "a few times a week"]),
             homebp=pick(r, ["130s-140s/80s", "140s/90s", "120s-130s/70s-80s"]), pain=r.randint(4, 9), job=p.job,
             a1c=L["A1C"], tsh=L["TSH"], ldl=L["LDL"], egfr=L["EGFR"], vitd=L["VITD"], bmi=p.bmi, bp=v["bp"],
             wt=p.weight_lb, ef=r.choice([25, 30, 35, 35, 40]), chads=r.randint(1, 4),
             risk=", ".join(some(r, ["hypertension", "hyperlipidemia", "former tobacco use", "family history of premature CAD", "diabetes"], 2, 3)),
             bsa=r.randint(4, 12), site=pick(r, ["left upper back", "right shoulder", "mid back", "left calf", "right upper arm"]),
             rel=pick(r, ["brother", "mother", "father", "sister"]), phq=r.randint(6, 14), phq2=r.randint(15, 21),
             exercise=pick(r, ["3 days a week", "rarely", "by walking the dog daily", "at the gym twice a week"]),
             minor=pick(r, ["heartburn", "knee stiffness", "trouble sleeping", "seasonal allergies"]),
             abx=pick(r, ABX), medlist=conds_meds)
    if extra:
        f.update(extra)
    return f, v, L


def fill(s, f):
    try:
        return s.format(**f)
    except (KeyError, IndexError, ValueError):
        return s


def choose_out(r, p=None, spec=None):
    pool = OUT
    if spec:
        pool = [s for s in OUT if spec in s["spec"]] or OUT
    return pick(r, pool)


def out_case(r, spec=None):
    """Returns (scenario, patient, clinician, fmt, vitals, labs)."""
    sc = choose_out(r, spec=spec)
    sex = "F" if sc.get("female") else None
    age = r.randint(44, 58) if sc["k"] == "meno" else (r.randint(30, sc.get("maxage", 85)) if sc.get("maxage") else None)
    p = patient(r, sex=sex, age=age, force=[sc["cond"]] if sc["cond"] else [])
    c = clinician(r, spec or pick(r, sc["spec"]))
    f, v, L = fmtd(r, p)
    return sc, p, c, f, v, L


# ----------------------------------------------------------------------------
# Inpatient / ED scenarios (outside hospital records)
# ----------------------------------------------------------------------------
INP = [
    dict(k="cap", dx="Community-acquired pneumonia, right lower lobe", icd="J18.9",
         cc=["Cough, fever and shortness of breath", "SOB/fever", "cough x 4 days"],
         hpi="{age}-year-old {sexw} with {pmh} presenting with 4 days of productive cough with rusty sputum, fevers to 102 F, right-sided pleuritic chest pain and progressive dyspnea. {He} reports decreased oral intake and fatigue. No recent travel or hospitalization.",
         vit={"t": 101.8, "hr": 108, "rr": 24, "spo2": 89, "bp": "118/68"}, labs={"WBC": 16.2, "LACT": 2.4, "PROCAL": 1.8},
         img=("Chest X-ray, 2 views", "Dense right lower lobe consolidation with air bronchograms. Small right parapneumonic effusion. No pneumothorax."),
         ed="Given 1 L normal saline, blood and sputum cultures obtained, started on ceftriaxone and azithromycin, placed on 2 L nasal cannula.",
         course=["The patient was admitted to the medical floor and continued on IV ceftriaxone and azithromycin.",
                 "Blood cultures remained negative at 48 hours. Sputum culture grew normal flora.",
                 "Fever curve trended down by hospital day 2 and oxygen was weaned to room air by day 3.",
                 "Transitioned to oral antibiotics to complete a 7-day course. Ambulating with saturations of 94% on room air at discharge."],
         proc=[], consult=[], newmeds=[("amoxicillin-clavulanate", "875-125 mg", "twice daily x 4 more days"), ("benzonatate", "100 mg", "three times daily as needed for cough")],
         instr=["Finish all of your antibiotics.", "Use the incentive spirometer 10 times an hour while awake.",
                "Return for fever over 101, worsening shortness of breath or chest pain."], fu="PCP in 5-7 days; repeat chest X-ray in 6-8 weeks", los=3, unit="Medicine"),
    dict(k="chf", dx="Acute on chronic systolic heart failure exacerbation", icd="I50.23",
         cc=["Shortness of breath and leg swelling", "SOB, orthopnea", "weight gain, edema"], force="HF",
         hpi="{age}-year-old {sexw} with {pmh} presenting with 1 week of progressive dyspnea on exertion, 3-pillow orthopnea, PND and 12-lb weight gain. {He} admits to dietary indiscretion over a family gathering and ran out of furosemide 5 days ago.",
         vit={"t": 98.2, "hr": 96, "rr": 22, "spo2": 91, "bp": "154/92"}, labs={"BNP": 6840, "TROP": 21, "CREAT": 1.4, "NA": 133},
         img=("Chest X-ray, portable", "Cardiomegaly with pulmonary vascular congestion, bilateral interstitial edema and small bilateral pleural effusions."),
         ed="Given furosemide 80 mg IV with brisk diuresis, placed on BiPAP briefly then weaned to 3 L nasal cannula.",
         course=["Admitted to telemetry and diuresed with IV furosemide 80 mg twice daily with net negative 6.2 L over the admission.",
                 "Creatinine peaked at 1.6 and returned to baseline of 1.2.",
                 "Echocardiogram showed LVEF 25-30%, unchanged from prior. Cardiology was consulted and guideline-directed therapy was optimized.",
                 "Discharge weight 184 lb (dry weight). Heart failure education completed with patient and family."],
         proc=["Transthoracic echocardiogram"], consult=["Cardiology"],
         newmeds=[("furosemide", "40 mg", "twice daily"), ("empagliflozin", "10 mg", "daily")],
         instr=["Weigh yourself every morning after using the bathroom. Call if up 3 lb in a day or 5 lb in a week.",
                "Limit salt to 2 grams a day and fluids to 2 liters a day.", "Take your water pill every day."], fu="Cardiology (Larkmoor Heart & Vascular) within 7 days", los=4, unit="Telemetry"),
    dict(k="nstemi", dx="Non-ST elevation myocardial infarction", icd="I21.4",
         cc=["Chest pain", "substernal chest pressure", "CP radiating to L arm"],
         hpi="{age}-year-old {sexw} with {pmh} who developed substernal chest pressure radiating to the left arm while shoveling, associated with diaphoresis and nausea, lasting about 40 minutes. EMS gave aspirin 324 mg and nitroglycerin with partial relief.",
         vit={"t": 98.0, "hr": 88, "rr": 18, "spo2": 97, "bp": "162/94"}, labs={"TROP": 486},
         img=("Chest X-ray, portable", "No acute cardiopulmonary process."),
         ed="ECG showed 1 mm ST depressions in V4-V6 without ST elevation. Started on heparin drip, aspirin, atorvastatin 80 mg and metoprolol.",
         course=["Troponin peaked at 1,942 ng/L. Taken for left heart catheterization on hospital day 1, which showed a 90% mid-LAD stenosis treated with one drug-eluting stent.",
                 "Post-procedure course uncomplicated; right radial access site without hematoma.",
                 "Echocardiogram showed LVEF 50% with mild anterior hypokinesis.",
                 "Started on dual antiplatelet therapy, high-intensity statin and beta-blocker. Referred to cardiac rehabilitation."],
         proc=["Left heart catheterization with PCI to mid-LAD (1 DES)"], consult=["Interventional Cardiology"],
         newmeds=[("aspirin", "81 mg", "daily"), ("ticagrelor", "90 mg", "twice daily"), ("atorvastatin", "80 mg", "daily"),
                  ("metoprolol succinate", "25 mg", "daily"), ("nitroglycerin SL", "0.4 mg", "every 5 min as needed, max 3 doses")],
         instr=["Do not stop aspirin or ticagrelor for any reason unless your cardiologist tells you to.",
                "No lifting more than 10 lb with your right arm for 5 days.", "No driving for 1 week.", "Call 911 for chest pain not relieved by 1 nitroglycerin."],
         fu="Cardiology in 1-2 weeks; cardiac rehab referral placed", los=3, unit="CCU/Telemetry"),
    dict(k="cellulitis", dx="Cellulitis of {side} lower extremity", icd="L03.11{sidecode}",
         cc=["Leg redness and swelling", "{side} leg cellulitis", "red painful leg"],
         hpi="{age}-year-old {sexw} with {pmh} presenting with 3 days of spreading redness, warmth and pain of the {side} lower leg after a scrape while gardening. Reports chills; no known MRSA history. Failed 2 days of outpatient cephalexin.",
         vit={"t": 100.9, "hr": 102, "rr": 18, "spo2": 97, "bp": "132/78"}, labs={"WBC": 14.1, "CRP": 88},
         img=("Venous duplex, {side} lower extremity", "No evidence of deep venous thrombosis. Subcutaneous edema noted."),
         ed="Borders of erythema marked. Started IV vancomycin and cefazolin.",
         course=["Treated with IV cefazolin; vancomycin discontinued after MRSA nares swab returned negative.",
                 "Erythema receded well within the marked borders by day 2. Leg elevated.",
                 "Transitioned to oral cephalexin to complete a 10-day total course."],
         proc=[], consult=[], newmeds=[("cephalexin", "500 mg", "four times daily x 6 days")],
         instr=["Keep your leg elevated above the level of your heart when sitting.", "Return if redness spreads past the pen marks, or for fever."],
         fu="PCP in 3-5 days for wound check", los=2, unit="Medicine"),
    dict(k="copd", dx="COPD with acute exacerbation", icd="J44.1", force="COPD",
         cc=["Wheezing and SOB", "COPD flare", "shortness of breath"],
         hpi="{age}-year-old {sexw} with {pmh} presenting with 5 days of increased dyspnea, wheezing and sputum production that changed from white to green. Using albuterol every 2 hours without relief.",
         vit={"t": 99.4, "hr": 104, "rr": 26, "spo2": 86, "bp": "146/84"}, labs={"WBC": 11.8, "CO2": 33},
         img=("Chest X-ray, 2 views", "Hyperinflation with flattened diaphragms. No focal consolidation."),
         ed="Given DuoNeb x3, methylprednisolone 125 mg IV, azithromycin. VBG pH 7.33, pCO2 58. Placed on 2 L nasal cannula.",
         course=["Treated with scheduled nebulizers, prednisone 40 mg daily and doxycycline.",
                 "Wheezing improved steadily; oxygen weaned to baseline room air by day 3.",
                 "Inhaler technique reviewed by respiratory therapy. Smoking cessation counseling provided."],
         proc=[], consult=["Respiratory Therapy"],
         newmeds=[("prednisone", "40 mg", "daily x 2 more days"), ("doxycycline", "100 mg", "twice daily x 3 days"),
                  ("budesonide-formoterol", "160/4.5 mcg", "2 puffs twice daily")],
         instr=["Use your new inhaler twice every day, even when you feel well.", "Rinse your mouth after each use.",
                "Call or return if you are more short of breath or your lips turn blue."], fu="PCP within 1 week; pulmonary function testing", los=3, unit="Medicine"),
    dict(k="dka", dx="Type 2 diabetes mellitus with hyperglycemic hyperosmolar state / ketosis", icd="E11.65", force="DM2",
         cc=["High blood sugar, vomiting", "hyperglycemia", "weakness, thirst"],
         hpi="{age}-year-old {sexw} with {pmh} presenting with 4 days of polyuria, polydipsia, nausea and generalized weakness after running out of medications. Home glucose meter reading 'HI.'",
         vit={"t": 98.6, "hr": 112, "rr": 22, "spo2": 98, "bp": "104/62"}, labs={"GLU": 612, "CO2": 16, "NA": 131, "CREAT": 1.6, "A1C": 12.4},
         img=("Chest X-ray, 1 view", "No acute cardiopulmonary abnormality."),
         ed="Given 3 L normal saline, insulin infusion started per protocol, potassium repleted.",
         course=["Admitted to step-down on insulin infusion; anion gap closed within 14 hours.",
                 "Transitioned to basal-bolus insulin. Diabetes educator met with patient for insulin teaching.",
                 "Creatinine normalized with hydration. Endocrinology follow-up arranged."],
         proc=[], consult=["Endocrinology", "Diabetes Education"],
         newmeds=[("insulin glargine", "24 units", "subcutaneously at bedtime"), ("insulin lispro", "per sliding scale", "with meals"),
                  ("glucometer, strips, lancets", "", "check 4 times daily")],
         instr=["Check your blood sugar before each meal and at bedtime and keep a log.", "Never skip your long-acting insulin.",
                "If your sugar is over 300 twice in a row or you are vomiting, call us."], fu="Larkmoor Endocrinology within 1 week", los=3, unit="Step-down"),
    dict(k="gib", dx="Upper gastrointestinal bleed secondary to duodenal ulcer", icd="K26.4",
         cc=["Black stools, dizziness", "melena", "GI bleed"],
         hpi="{age}-year-old {sexw} with {pmh} presenting with 2 days of black tarry stools and lightheadedness, with one near-syncopal episode at home. Has been taking ibuprofen 800 mg three times daily for knee pain for a month.",
         vit={"t": 98.1, "hr": 118, "rr": 20, "spo2": 98, "bp": "96/58"}, labs={"HGB": 7.1, "HCT": 21.6, "BUN": 48},
         img=("CT abdomen/pelvis", "No acute intra-abdominal process. No free air."),
         ed="Two large-bore IVs placed, 2 units PRBC ordered, pantoprazole 80 mg IV bolus then infusion started.",
         course=["Transfused a total of 3 units PRBC with appropriate rise in hemoglobin to 9.2.",
                 "EGD on hospital day 1 showed a 1-cm clean-based duodenal bulb ulcer; no intervention required. Biopsies for H. pylori obtained.",
                 "Diet advanced. Hemoglobin stable x 24 hours prior to discharge. NSAIDs discontinued."],
         proc=["Esophagogastroduodenoscopy with biopsy"], consult=["Gastroenterology"],
         newmeds=[("pantoprazole", "40 mg", "twice daily x 8 weeks"), ("ferrous sulfate", "325 mg", "every other day")],
         instr=["Do NOT take ibuprofen, naproxen, aspirin or other NSAIDs.", "Black stools may continue for a few days from the iron.",
                "Return for vomiting blood, dizziness or fainting."], fu="GI clinic 4 weeks; CBC in 1 week", los=3, unit="Medicine"),
    dict(k="hipfx", dx="Closed intertrochanteric fracture of {side} femur", icd="S72.14{sidecode}A",
         cc=["Fall, hip pain", "{side} hip pain after fall", "unable to bear weight"],
         hpi="{age}-year-old {sexw} with {pmh} who tripped on a rug at home and fell onto the {side} side, with immediate hip pain and inability to bear weight. No head strike or loss of consciousness.",
         vit={"t": 98.4, "hr": 92, "rr": 18, "spo2": 96, "bp": "148/82"}, labs={"HGB": 11.2},
         img=("XR {side} hip and pelvis", "Comminuted intertrochanteric fracture of the {side} femur with varus angulation."),
         ed="Pain controlled with fascia iliaca block. Orthopaedics consulted.",
         course=["Underwent intramedullary nailing of the {side} hip on hospital day 1 without complication.",
                 "Postoperative hemoglobin nadir 8.9; did not require transfusion.",
                 "Worked with PT/OT; weight bearing as tolerated. DVT prophylaxis with enoxaparin.",
                 "Discharged to subacute rehabilitation facility."],
         proc=["Cephalomedullary nailing, {side} femur"], consult=["Orthopaedic Surgery", "Physical Therapy", "Geriatrics"],
         newmeds=[("enoxaparin", "40 mg", "subcutaneously daily x 28 days"), ("oxycodone", "5 mg", "every 6 h as needed for severe pain"),
                  ("acetaminophen", "1000 mg", "every 8 h"), ("senna-docusate", "8.6-50 mg", "2 tabs at bedtime")],
         instr=["Weight bearing as tolerated with a walker.", "Keep the incision dry; staples out at 2 weeks.",
                "Posterior hip precautions are not required."], fu="Orthopaedics in 2 weeks; DEXA scan and osteoporosis treatment via PCP", los=4, unit="Orthopaedics", minage=68),
    dict(k="chole", dx="Acute calculous cholecystitis", icd="K80.00",
         cc=["RUQ abdominal pain", "abdominal pain, vomiting", "RUQ pain"],
         hpi="{age}-year-old {sexw} with {pmh} presenting with 18 hours of constant right upper quadrant pain radiating to the right shoulder, nausea and vomiting after a fatty meal. Similar shorter episodes in the past.",
         vit={"t": 100.6, "hr": 98, "rr": 18, "spo2": 98, "bp": "138/84"}, labs={"WBC": 13.6, "ALP": 134, "TBIL": 1.4, "LIPASE": 42},
         img=("Ultrasound abdomen, RUQ", "Distended gallbladder with multiple stones, gallbladder wall thickening to 5 mm, pericholecystic fluid and positive sonographic Murphy sign. CBD 4 mm."),
         ed="Given IV fluids, ondansetron, morphine and piperacillin-tazobactam. General surgery consulted.",
         course=["Underwent laparoscopic cholecystectomy on hospital day 1. Intraoperative findings of acutely inflamed gallbladder.",
                 "Diet advanced on postoperative day 1 and tolerated. Pain controlled with oral agents.",
                 "Liver tests normalized."],
         proc=["Laparoscopic cholecystectomy"], consult=["General Surgery"],
         newmeds=[("oxycodone", "5 mg", "every 6 h as needed, #12"), ("ondansetron ODT", "4 mg", "every 8 h as needed for nausea")],
         instr=["You may shower 48 hours after surgery; no baths or swimming for 2 weeks.", "No lifting over 15 lb for 2 weeks.",
                "Call for fever over 101, yellowing of skin or worsening pain."], fu="General Surgery clinic in 2 weeks", los=2, unit="Surgery"),
    dict(k="afrvr", dx="Atrial fibrillation with rapid ventricular response", icd="I48.91",
         cc=["Palpitations", "racing heart", "palpitations and SOB"],
         hpi="{age}-year-old {sexw} with {pmh} presenting with 6 hours of palpitations, mild dyspnea and fatigue. No chest pain or syncope. No prior history of arrhythmia.",
         vit={"t": 98.3, "hr": 148, "rr": 20, "spo2": 96, "bp": "124/80"}, labs={"TSH": 1.9, "TROP": 12, "K": 3.4},
         img=("Chest X-ray, 1 view", "Normal heart size. No acute process."),
         ed="ECG: atrial fibrillation with RVR at 148. Diltiazem 15 mg IV bolus then drip; rate improved to 100s.",
         course=["Rate controlled with diltiazem drip, transitioned to oral metoprolol.",
                 "Echocardiogram: normal LVEF, mild left atrial enlargement.",
                 "CHA2DS2-VASc score 3; started on apixaban after discussion of risks and benefits.",
                 "Spontaneously converted to sinus rhythm on hospital day 2."],
         proc=["Transthoracic echocardiogram"], consult=["Cardiology"],
         newmeds=[("apixaban", "5 mg", "twice daily"), ("metoprolol succinate", "50 mg", "daily")],
         instr=["Take your blood thinner twice daily; do not miss doses.", "Avoid NSAIDs.", "Limit alcohol and caffeine."],
         fu="Larkmoor Heart & Vascular in 1-2 weeks", los=2, unit="Telemetry"),
    dict(k="pyelo", dx="Acute pyelonephritis", icd="N10",
         cc=["Fever, flank pain", "UTI symptoms with fever", "back pain and fever"],
         hpi="{age}-year-old {sexw} with {pmh} presenting with 3 days of dysuria and urinary frequency followed by fever, rigors, {side} flank pain and vomiting.",
         vit={"t": 102.4, "hr": 114, "rr": 20, "spo2": 97, "bp": "108/64"}, labs={"WBC": 17.9, "LACT": 2.1, "CREAT": 1.3},
         img=("CT abdomen and pelvis without contrast", "Mild {side} perinephric stranding. No hydronephrosis or obstructing calculus."),
         ed="Sepsis bundle initiated. Blood and urine cultures sent. Ceftriaxone 2 g IV given, 30 mL/kg crystalloid.",
         course=["Urine culture grew E. coli sensitive to ceftriaxone and ciprofloxacin; blood cultures 1 of 2 positive for the same organism.",
                 "Defervesced within 36 hours on ceftriaxone. Transitioned to oral therapy to complete 14 days."],
         proc=[], consult=[], newmeds=[("ciprofloxacin", "500 mg", "twice daily x 10 days")],
         instr=["Drink plenty of fluids.", "Finish your antibiotic.", "Return for fever, vomiting or inability to keep fluids down."],
         fu="PCP in 1 week", los=3, unit="Medicine"),
    dict(k="syncope", dx="Syncope, likely vasovagal", icd="R55",
         cc=["Passed out", "syncope", "LOC at church"],
         hpi="{age}-year-old {sexw} with {pmh} who lost consciousness while standing in a warm room, preceded by lightheadedness, nausea and tunnel vision, with rapid return to baseline. Witnesses noted no seizure activity.",
         vit={"t": 98.2, "hr": 64, "rr": 16, "spo2": 99, "bp": "112/70"}, labs={},
         img=("CT head without contrast", "No acute intracranial abnormality."),
         ed="Orthostatic vital signs negative. ECG normal sinus rhythm without pre-excitation or QT prolongation.",
         course=["Monitored on telemetry for 24 hours without arrhythmia.", "Echocardiogram with normal structure and function.",
                 "Presentation consistent with vasovagal syncope. Counseled on hydration and counter-pressure maneuvers."],
         proc=[], consult=[], newmeds=[],
         instr=["Drink 2-3 liters of fluid daily.", "If you feel faint, sit or lie down immediately.", "No driving for 1 week per discussion."],
         fu="PCP in 1-2 weeks", los=1, unit="Observation"),
]


def inp_case(r, key=None):
    sc = pick(r, INP) if key is None else [x for x in INP if x["k"] == key][0]
    age = r.randint(sc.get("minage", 32), 90)
    p = patient(r, age=age, force=[sc["force"]] if sc.get("force") else [])
    side = pick(r, ["right", "left"])
    pmh_l = [cond_name(k).lower() for k in p.conds[:4]]
    pmh = ("a history of " + ", ".join(pmh_l)) if pmh_l else "no significant past medical history"
    f = dict(age=p.age, sexw=p.sexw, pmh=pmh, He=p.He, he=p.he, his=p.his, side=side, sidecode="1" if side == "right" else "2",
             mr=p.mr)
    sc2 = dict(sc)
    for key2 in ("dx", "icd", "hpi", "ed"):
        sc2[key2] = fill(sc[key2], f)
    sc2["cc"] = [fill(x, f) for x in sc["cc"]]
    sc2["img"] = (fill(sc["img"][0], f), fill(sc["img"][1], f))
    sc2["course"] = [fill(x, f) for x in sc["course"]]
    sc2["proc"] = [fill(x, f) for x in sc["proc"]]
    v = vitals(r, p, sc["vit"])
    L = lab_values(r, p, sc["labs"])
    hosp = pick(r, HOSPITALS)
    adm = p.date
    dc = plus(adm, sc["los"] + r.randint(0, 2))
    return sc2, p, v, L, hosp, adm, dc, f


# ----------------------------------------------------------------------------
# Heading variants
# ----------------------------------------------------------------------------
HEAD = {
    "cc": ["CHIEF COMPLAINT", "Chief Complaint", "CC", "Reason for Visit", "REASON FOR VISIT", "Presenting Complaint", "Visit Reason"],
    "hpi": ["HISTORY OF PRESENT ILLNESS", "HPI", "History of Present Illness", "Subjective", "SUBJECTIVE", "Interval History", "HISTORY"],
    "pmh": ["PAST MEDICAL HISTORY", "PMH", "Past Medical History", "Medical History", "PMHx", "Problem List"],
    "psh": ["PAST SURGICAL HISTORY", "PSH", "Past Surgical History", "Surgical History"],
    "meds": ["MEDICATIONS", "Current Medications", "Meds", "Outpatient Medications", "Current Outpatient Medications", "Home Medications"],
    "all": ["ALLERGIES", "Allergies", "Drug Allergies", "ALLERGIES/INTOLERANCES"],
    "sh": ["SOCIAL HISTORY", "Social History", "SH", "Social Hx"],
    "fh": ["FAMILY HISTORY", "Family History", "FH", "Family Hx"],
    "ros": ["REVIEW OF SYSTEMS", "ROS", "Review of Systems", "Systems Review"],
    "pe": ["PHYSICAL EXAMINATION", "Physical Exam", "EXAM", "PE", "Objective", "OBJECTIVE", "Examination"],
    "vs": ["VITAL SIGNS", "Vitals", "VS", "Vital Signs"],
    "data": ["DATA REVIEWED", "Results", "Labs/Imaging", "Diagnostic Data", "Pertinent Results", "Studies"],
    "ap": ["ASSESSMENT AND PLAN", "Assessment & Plan", "A/P", "ASSESSMENT/PLAN", "Impression and Plan", "IMPRESSION/PLAN", "Plan by problem"],
    "a": ["ASSESSMENT", "Assessment", "IMPRESSION", "Impression", "Diagnoses"],
    "p": ["PLAN", "Plan", "Recommendations", "RECOMMENDATIONS"],
    "instr": ["PATIENT INSTRUCTIONS", "Patient Instructions", "Instructions given to patient", "AVS / Patient Instructions", "What we discussed today"],
    "fu": ["FOLLOW-UP", "Follow up", "Return to clinic", "RTC", "Disposition", "Next Visit"],
}


def hd(r, key, colon=None):
    h = pick(r, HEAD[key])
    if colon is None:
        colon = chance(r, 0.75)
    return h + (":" if colon else "")


def sec(r, key, body, inline=None, style=None):
    """Render a section in one of several ways."""
    if not body:
        return ""
    h = pick(r, HEAD[key])
    st = style if style is not None else r.randrange(4)
    if inline is None:
        inline = "\n" not in body and len(body) < 160 and chance(r, 0.5)
    if inline:
        return "%s: %s" % (h, body)
    if st == 0:
        return "%s:\n%s" % (h.upper(), body)
    if st == 1:
        return "%s\n%s" % (h, body)
    if st == 2:
        return "%s:\n%s" % (h, body)
    return "%s\n%s\n%s" % (h.upper(), "-" * len(h), body)


def bullets(r, items, style=None):
    st = r.randrange(5) if style is None else style
    if st == 0:
        return "\n".join("- " + x for x in items)
    if st == 1:
        return "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))
    if st == 2:
        return "\n".join("* " + x for x in items)
    if st == 3:
        return "\n".join("  " + x for x in items)
    return " ".join(items)


def pmh_text(r, p):
    names = [cond_name(k) for k in p.conds]
    if not names:
        return "None significant."
    st = r.randrange(3)
    if st == 0:
        return bullets(r, names, r.randrange(4))
    if st == 1:
        return ", ".join(names) + "."
    return "\n".join("%s (%s)" % (cond_name(k), CHRONIC[k][1]) for k in p.conds)


def meds_text(r, p, extra=()):
    meds = list(p.meds) + list(extra)
    if not meds:
        return "None."
    st = r.randrange(3)
    return bullets(r, [med_str(m, st) for m in meds], r.randrange(4))


def allergy_text(r, p):
    if not p.allergies:
        return pick(r, ["NKDA", "No known drug allergies.", "No Known Allergies", "NKA"])
    return ", ".join("%s (%s)" % a for a in p.allergies) if chance(r, 0.6) else "; ".join(a[0] for a in p.allergies)


def social_text(r, p):
    sm = {"never": "Never smoker.", "former": "Former smoker, quit %d years ago, %d pack-years." % (r.randint(2, 30), p.pack_years),
          "current": "Current smoker, about %s pack per day (%d pack-years)." % (pick(r, ["1/2", "1", "1/4"]), p.pack_years)}[p.smoker]
    return "%s Alcohol: %s. Lives %s. Works as a %s." % (sm, p.alcohol, p.lives, p.job) if chance(r, 0.6) else \
        "Tobacco: %s  EtOH: %s  Drugs: denies\nOccupation: %s\nLiving situation: lives %s" % (p.smoker, p.alcohol, p.job, p.lives)


def family_text(r):
    items = some(r, ["Mother with hypertension and type 2 diabetes.", "Father deceased at 71 of myocardial infarction.",
                     "Sister with breast cancer at 52.", "Brother with colon polyps.", "No family history of colon cancer.",
                     "Father with prostate cancer.", "Mother with hypothyroidism.", "Noncontributory."], 1, 3)
    return " ".join(items)


def ros_text(r, positives=()):
    systems = ["Constitutional", "Eyes", "ENT", "Cardiovascular", "Respiratory", "GI", "GU", "Musculoskeletal", "Skin",
               "Neurological", "Psychiatric", "Endocrine", "Heme/Lymph"]
    st = r.randrange(3)
    if st == 0:
        return "A complete %d-point review of systems was obtained and is negative except as noted in the HPI." % r.choice([10, 12, 14])
    if st == 1:
        return "\n".join("%s: %s" % (s, "Negative" if s not in positives else "Positive - see HPI") for s in some(r, systems, 6, 11))
    return "Pertinent positives per HPI. Denies fever, chills, chest pain, shortness of breath, abdominal pain, nausea, vomiting, urinary symptoms, rash."


def exam_general(r, p):
    return pick(r, ["General: Well-developed, well-nourished, in no acute distress.", "Gen: Alert, pleasant, NAD.",
                    "GENERAL: Awake, alert and oriented x3, conversant, no distress.", "Constitutional: Appears stated age, comfortable."])


def lab_table(r, L, keys=None, style=None):
    keys = keys or PANELS["CMP"] + PANELS["CBC"]
    st = r.randrange(3) if style is None else style
    rows = []
    for k in keys:
        if k not in L:
            continue
        _, n, u, lo, hi = labdef(k)
        fl = flag(k, L[k])
        if st == 0:
            rows.append("%-26s %8s %-2s %s" % (n, L[k], fl, u))
        elif st == 1:
            rows.append("%s %s%s" % (n, L[k], " (%s)" % fl if fl else ""))
        else:
            rows.append("%-14s %s" % (n[:14], L[k]))
    return "\n".join(rows) if st != 1 else ", ".join(rows)


def exam_full(r, p, v, specific=()):
    base = [("General", pick(r, ["Well-developed, well-nourished, in no acute distress.", "Alert, cooperative, appears stated age.", "Uncomfortable-appearing but nontoxic."])),
            ("HEENT", pick(r, ["Normocephalic, atraumatic. PERRL, EOMI. Oropharynx clear, mucous membranes moist.", "NC/AT. Sclerae anicteric. MMM."])),
            ("Neck", pick(r, ["Supple, no lymphadenopathy, no thyromegaly, no JVD.", "Supple. No carotid bruits."])),
            ("Cardiovascular", pick(r, ["Regular rate and rhythm, normal S1 and S2, no murmurs, rubs or gallops.", "RRR. No murmur. Distal pulses 2+ and symmetric."])),
            ("Respiratory", pick(r, ["Clear to auscultation bilaterally, no wheezes, rales or rhonchi. Normal effort.", "Lungs clear. No accessory muscle use."])),
            ("Abdomen", pick(r, ["Soft, nontender, nondistended, normoactive bowel sounds, no hepatosplenomegaly.", "Soft, NT/ND. No masses."])),
            ("Extremities", pick(r, ["No cyanosis, clubbing or edema.", "Warm, well perfused, no edema."])),
            ("Skin", pick(r, ["Warm and dry, no rashes or lesions.", "No jaundice. Intact."])),
            ("Neurologic", pick(r, ["Alert and oriented x3. Cranial nerves II-XII grossly intact. Strength 5/5 throughout. Sensation intact.", "A&O x3, nonfocal exam, gait normal."])),
            ("Psychiatric", pick(r, ["Normal mood and affect. Judgment and insight intact.", "Pleasant, appropriate."]))]
    spec_map = {}
    for line in specific:
        if ": " in line:
            k, val = line.split(": ", 1)
            spec_map[k.strip()] = val
    out = ["Vital signs: " + vitals_str(r, v, pick(r, [0, 1, 3]))]
    used = set()
    for k, val in base:
        for sk in list(spec_map):
            if sk.lower()[:4] == k.lower()[:4] or (sk.lower().startswith("lung") and k == "Respiratory") or (sk.lower().startswith("heart") and k == "Cardiovascular"):
                val = spec_map[sk]
                used.add(sk)
        out.append("%s: %s" % (k, val))
    for sk in spec_map:
        if sk not in used:
            out.append("%s: %s" % (sk, spec_map[sk]))
    return "\n".join(out)


def ros_full(r, positives=()):
    S = [("Constitutional", "Denies fever, chills, night sweats, unintentional weight loss."), ("Eyes", "Denies vision changes."),
         ("ENT", "Denies sore throat, hearing loss, nasal congestion."), ("Cardiovascular", "Denies chest pain, palpitations, orthopnea, leg swelling."),
         ("Respiratory", "Denies cough, shortness of breath, wheezing."), ("Gastrointestinal", "Denies nausea, vomiting, diarrhea, constipation, melena."),
         ("Genitourinary", "Denies dysuria, hematuria, frequency."), ("Musculoskeletal", "Denies joint swelling, myalgias."),
         ("Skin", "Denies rash, itching, new lesions."), ("Neurological", "Denies headache, dizziness, numbness, weakness."),
         ("Psychiatric", "Denies depression, anxiety, sleep disturbance."), ("Endocrine", "Denies heat/cold intolerance, polyuria, polydipsia."),
         ("Hematologic/Lymphatic", "Denies easy bruising or bleeding, swollen glands.")]
    out = []
    for k, v in S:
        if k in positives:
            v = "Positive as noted in HPI."
        out.append("%s: %s" % (k, v) if chance(r, 0.7) else "%s: negative" % k)
    return "\n".join(out)


SMALLTALK = ["{He} mentioned {he} is planning a trip to see {his} grandchildren next month and wants to feel well enough to travel.",
             "We talked about {his} work schedule, which makes it hard to get to appointments; {he} prefers early morning visits.",
             "{He} has been caring for an aging parent, which has added stress and made it harder to exercise.",
             "{He} asked about generic options because of cost; we reviewed the formulary together.",
             "{He} brought a written list of questions, which we went through one by one.",
             "{He} has been using a fitness tracker and averages about {steps} steps a day.",
             "{He} recently switched insurance plans and had a gap in {his} medications for about a week.",
             "{He} wanted to know whether supplements like turmeric or fish oil would help; we discussed the limited evidence.",
             "Sleep is fair, about 6 hours a night, and {he} wakes once to use the bathroom.",
             "{He} notes that {his} mood has been good overall and {he} is enjoying a new hobby."]


def smalltalk(r, p, n=None):
    f = dict(He=p.He, he=p.he, his=p.his, steps=r.choice([3500, 5000, 6200, 8000, 9500]))
    return " ".join(fill(x, f) for x in some(r, SMALLTALK, 1, n or 3))


# ----------------------------------------------------------------------------
# Shared builders for outpatient notes
# ----------------------------------------------------------------------------
def quote_sent(r, p, q):
    st = r.randrange(5)
    if st == 0:
        return '%s states, "%s"' % (p.He, q)
    if st == 1:
        return '"%s" %s said.' % (q.rstrip("."), p.he)
    if st == 2:
        return 'In %s words, "%s"' % (p.his, q)
    if st == 3:
        return 'Patient reports: "%s"' % q
    return '%s describes it this way: "%s"' % (p.He, q)


def hpi_narr(r, sc, p, f, quotes=True, scribe=False):
    sents = [fill(s, f) for s in sc["hpi"]]
    if len(sents) > 3 and chance(r, 0.3):
        sents = sents[:3]
    if quotes:
        for q in some(r, sc["quotes"], 1, 2 if scribe else 1):
            sents.insert(r.randint(1, len(sents)), quote_sent(r, p, q))
    if scribe and chance(r, 0.7):
        sents.append(pick(r, ["%s was accompanied by %s %s, who contributed to the history." % (p.He, p.his, pick(r, ["daughter", "husband" if p.sex == "F" else "wife", "son", "sister"])),
                              "We spent some time discussing %s concerns and goals for today's visit." % p.his,
                              "%s asked whether this could be related to %s diet, and we discussed that below." % (p.He, p.his),
                              "%s otherwise feels well and has no other concerns today." % p.He]))
    if scribe and chance(r, 0.6):
        sents.append(smalltalk(r, p))
    return " ".join(sents)


def ap_items(r, sc, p, f):
    items = [(fill(sc["dx"][0], f), fill(sc["dx"][1], f), " ".join(fill(x, f) for x in sc["plan"]))]
    for k in p.conds:
        if k != sc["cond"] and len(items) < 4 and chance(r, 0.6):
            items.append((cond_name(k), CHRONIC[k][1], fill(pick(r, CHRONIC_PLAN[k]), f)))
    return items


def ap_text(r, items, style=None):
    st = r.randrange(5) if style is None else style
    out = []
    for i, (dx, icd, plan) in enumerate(items):
        if st == 0:
            out.append("%d. %s (%s)\n%s" % (i + 1, dx, icd, plan))
        elif st == 1:
            out.append("# %s\n- %s" % (dx, "\n- ".join(x.strip() for x in plan.split(". ") if x.strip())))
        elif st == 2:
            out.append("%s: %s" % (dx, plan))
        elif st == 3:
            out.append("%s - %s\n  %s" % (icd, dx.upper(), plan))
        else:
            out.append("Problem #%d: %s.  %s" % (i + 1, dx, plan))
    return "\n\n".join(out) if st in (0, 1, 3) else "\n".join(out)


def exam_text(r, sc, p, f, v, with_vitals=True):
    lines = []
    if with_vitals:
        lines.append(vitals_str(r, v))
    lines.append(exam_general(r, p))
    lines += [fill(x, f) for x in sc["exam"]]
    if chance(r, 0.4):
        lines.append(pick(r, ["Psych: Normal mood and affect.", "Neuro: Alert and oriented x3.", "Skin: Warm and dry, no rashes."]))
    return "\n".join(lines)


def clinic_header(r, p, c, d, visit_type=None):
    site = [s for s in SITES if s[2] == c.spec] or SITES
    site = pick(r, site)
    st = r.randrange(5)
    vt = visit_type or pick(r, ["Office Visit", "Follow-Up Visit", "Established Patient", "Return Visit", "Clinic Visit", "Telehealth Visit"])
    if st == 0:
        return "%s\n%s\n\n%s\nDate of Service: %s\nProvider: %s\nEncounter Type: %s" % (
            pick(r, GROUP[:3]), site[0], pt_banner(r, p), fmt_date(r, d), c.name, vt), site
    if st == 1:
        return "%s | %s | %s\n%s" % (site[0], vt, fmt_date(r, d, 0), pt_banner(r, p, 2)), site
    if st == 2:
        return "%s\n\nPATIENT: %s\nDOB: %s\nVISIT DATE: %s\nPROVIDER: %s\nLOCATION: %s" % (
            letterhead(r, site), p.lf, fmt_date(r, p.dob, 0), fmt_date(r, d, 0), c.name, site[0]), site
    if st == 3:
        return "%s  %s  %s\n%s  -  %s" % (p.full, fmt_date(r, p.dob, 0), p.mrn, fmt_date(r, d, 2), c.name), site
    return "", site


# ----------------------------------------------------------------------------
# progress_note
# ----------------------------------------------------------------------------
def gen_progress_note(r):
    st = r.randrange(8)
    if st == 6:
        return inpatient_progress(r)
    sc, p, c, f, v, L = out_case(r)
    d = p.date
    head, site = clinic_header(r, p, c, d)
    items = ap_items(r, sc, p, f)
    cc = fill(pick(r, sc["cc"]), f)
    parts = [head] if head else []
    if st == 0:  # ambient scribe narrative
        parts += [sec(r, "cc", cc, inline=True),
                  sec(r, "hpi", wrap(hpi_narr(r, sc, p, f, scribe=True)), inline=False),
                  sec(r, "pmh", pmh_text(r, p)) if chance(r, 0.5) else "",
                  sec(r, "meds", meds_text(r, p)) if chance(r, 0.7) else "",
                  sec(r, "all", allergy_text(r, p), inline=True),
                  sec(r, "sh", social_text(r, p)) if chance(r, 0.4) else "",
                  sec(r, "ros", ros_full(r) if chance(r, 0.5) else ros_text(r)) if chance(r, 0.5) else "",
                  sec(r, "pe", exam_full(r, p, v, [fill(e, f) for e in sc["exam"]]) if chance(r, 0.5) else exam_text(r, sc, p, f, v), inline=False),
                  sec(r, "data", "Most recent labs (%s):\n%s" % (fmt_date(r, plus(d, -r.randint(3, 60)), 1), lab_table(r, L, PANELS[pick(r, ["CMP", "BMP", "CBC", "LIPID"])] + ["A1C", "TSH"]))) if chance(r, 0.4) else "",
                  sec(r, "ap", ap_text(r, items), inline=False),
                  sec(r, "instr", bullets(r, [fill(x, f) for x in sc["instr"]]), inline=False) if chance(r, 0.8) else "",
                  "%s %s." % (pick(r, ["Follow up in", "Return in", "RTC"]), sc["fu"]),
                  scribe_disclaimer(r, c) if chance(r, 0.7) else "",
                  esign(r, c, d)]
    elif st == 1:  # SOAP
        parts += ["S: " + wrap(hpi_narr(r, sc, p, f)),
                  "   Meds reviewed and reconciled. " + allergy_text(r, p),
                  "O: " + exam_text(r, sc, p, f, v).replace("\n", "\n   "),
                  "A: " + "; ".join("%s (%s)" % (x[0], x[1]) for x in items),
                  "P: " + wrap("\n".join(x[2] for x in items)).replace("\n", "\n   "),
                  "F/U %s" % sc["fu"], esign(r, c, d, pick(r, [2, 4, 0]))]
    elif st == 2:  # dictated paragraphs, no headings
        txt = "%s %s" % (fill(pick(r, ["{mr} is seen today in follow-up.", "{mr} comes in today.", "I saw {mr} in the office today."]), f),
                         hpi_narr(r, sc, p, f))
        txt2 = "On examination, %s" % " ".join(x.split(": ", 1)[-1] for x in [vitals_str(r, v, 1)] + [fill(e, f) for e in sc["exam"]])
        txt3 = "IMPRESSION: %s.\n\nPLAN: %s" % (items[0][0], " ".join(x[2] for x in items))
        parts += [wrap(txt), wrap(txt2), wrap(txt3), "Return %s." % sc["fu"], esign(r, c, d, 3)]
    elif st == 3:  # EHR printout with many template sections
        parts += ["Chief Complaint\n" + cc,
                  "History of Present Illness\n" + wrap(hpi_narr(r, sc, p, f, quotes=chance(r, 0.5))),
                  "Review of Systems\n" + (ros_full(r) if chance(r, 0.6) else ros_text(r)),
                  "Past Medical History\n" + pmh_text(r, p),
                  "Current Outpatient Medications\n" + meds_text(r, p),
                  "Allergies\n" + allergy_text(r, p),
                  "Social History\n" + social_text(r, p),
                  "Vitals\n" + vitals_str(r, v, 2),
                  "Physical Exam\n" + (exam_full(r, p, v, [fill(e, f) for e in sc["exam"]]) if chance(r, 0.6) else exam_text(r, sc, p, f, v, with_vitals=False)),
                  ("Results\n" + lab_table(r, L, PANELS["CMP"] + PANELS["CBC"] + ["A1C", "LDL"], 0)) if chance(r, 0.5) else "",
                  "Assessment/Plan\n" + ap_text(r, items, 3),
                  ("Orders Placed This Encounter\n" + bullets(r, sc["orders"], 3)) if sc["orders"] else "",
                  "Follow-up: " + sc["fu"], esign(r, c, d, 0)]
    elif st == 4:  # telehealth
        parts += [pick(r, ["TELEHEALTH VISIT", "Video Visit", "Virtual Visit - Established Patient", "Telephone Encounter"]),
                  pick(r, ["This visit was conducted via synchronous audio-video telehealth. The patient was located at home in %s and I was located at %s. Verbal consent was obtained." % (STATE, site[0]),
                           "Patient identity confirmed with two identifiers. Visit conducted by video due to patient preference. Patient consents to telehealth.",
                           "Audio-only visit; patient did not have video capability. Consent obtained verbally."]),
                  sec(r, "hpi", wrap(hpi_narr(r, sc, p, f, scribe=True))),
                  "Exam limited by virtual format: %s" % pick(r, ["Alert, speaking in full sentences, no respiratory distress.", "Well-appearing on video. Normal speech and mood.", "Not performed (audio only)."]),
                  sec(r, "ap", ap_text(r, items)),
                  "Total time spent on date of service: %d minutes." % r.choice([15, 20, 25, 30, 40]),
                  esign(r, c, d)]
    elif st == 5:  # APSO
        parts += [sec(r, "ap", ap_text(r, items, r.choice([0, 2, 4])), inline=False),
                  sec(r, "instr", bullets(r, [fill(x, f) for x in sc["instr"]])) if chance(r, 0.6) else "",
                  "---",
                  sec(r, "cc", cc, inline=True), sec(r, "hpi", wrap(hpi_narr(r, sc, p, f, scribe=True)), inline=False),
                  sec(r, "pe", exam_text(r, sc, p, f, v), inline=False),
                  sec(r, "meds", meds_text(r, p)), scribe_disclaimer(r, c), esign(r, c, d)]
    else:  # short nurse-practitioner style follow-up
        parts += ["%s, %d y/o %s, here for %s." % (p.full, p.age, p.sexw, cc.lower()),
                  wrap(" ".join(fill(x, f) for x in sc["hpi"][1:3])),
                  "Vitals: " + vitals_str(r, v, 3),
                  "Exam: " + " ".join(fill(x, f) for x in sc["exam"][:2]),
                  "A/P:\n" + ap_text(r, items[:2], 2),
                  "Pt verbalized understanding and agrees with plan.",
                  esign(r, c, d, pick(r, [2, 4]))]
    text = "\n\n".join(x for x in parts if x)
    return finish(r, text, p, site[0], allow_fax=False)


def inpatient_progress(r):
    sc, p, v, L, hosp, adm, dc, f = inp_case(r)
    hd_ = r.randint(2, max(2, sc["los"]))
    d = plus(adm, hd_ - 1)
    c = clinician(r, "HOSP", pick(r, ["MD", "DO"]))
    v2 = vitals(r, p, {"t": 98.6, "hr": r.randint(72, 94), "spo2": r.randint(93, 98)})
    st = r.randrange(3)
    course = sc["course"][:max(1, min(len(sc["course"]) - 1, hd_ - 1))]
    if st == 0:
        t = [hosp_letterhead(r, hosp), "HOSPITALIST PROGRESS NOTE" if chance(r, 0.5) else "Daily Progress Note",
             pt_banner(r, p), "Date: %s   Hospital Day #%d" % (fmt_date(r, d, 0), hd_),
             "Subjective/Overnight events: %s" % pick(r, ["No acute events overnight. Slept well. Pain controlled.",
                                                         "Patient reports feeling 'a little better today.' Tolerating diet.",
                                                         "Nursing reports one episode of nausea overnight, resolved with ondansetron."]),
             "Objective:\n" + vitals_str(r, v2) + "\n" + exam_general(r, p) + "\nLungs: " + pick(r, ["diminished at right base", "clear", "scattered wheezes", "bibasilar crackles improved"]) +
             "\nLabs: WBC %s, Hgb %s, Cr %s, K %s" % (L["WBC"], L["HGB"], L["CREAT"], L["K"]),
             "Assessment/Plan:\n%s\n- %s\n- Continue current management.\n- DVT ppx: %s\n- Dispo: anticipate discharge in %d days." % (
                 sc["dx"], "\n- ".join(course), pick(r, ["enoxaparin", "heparin SQ", "SCDs"]), max(1, sc["los"] - hd_ + 1)),
             esign(r, c, d, 0)]
    elif st == 1:
        t = ["%s  %s  Rm %d%s" % (hosp, sc["unit"], r.randint(200, 799), pick(r, "AB")), pt_banner(r, p, 2),
             "PN HD%d  %s" % (hd_, fmt_date(r, d, 1)),
             "S: " + pick(r, ["feels better", "still SOB with exertion", "pain 4/10", "no complaints"]),
             "O: " + vitals_str(r, v2, 3), "   I/O %d/%d" % (r.randint(900, 2200), r.randint(800, 3600)),
             "A/P: %s - %s" % (sc["dx"], " ".join(course)), "   %s" % pick(r, ["PT/OT eval", "CM for dispo", "cont abx", "daily labs"]),
             "-- %s" % c.dr]
    else:
        t = [pt_banner(r, p, 3), "Inpatient Progress Note - %s" % SPEC["HOSP"], "Attending: %s" % c.name,
             "Service date: %s" % fmt_date(r, d, 2),
             wrap("Interval history: %s %s" % (p.mr + " was seen and examined at the bedside.", " ".join(course))),
             "Vital signs: " + vitals_str(r, v2, 1), "Plan: continue current treatment for %s; %s." % (sc["dx"].lower(), pick(r, ["reassess in AM", "advance diet", "wean oxygen as tolerated"])),
             esign(r, c, d, 6)]
    return finish(r, "\n\n".join(t), p, hosp)


# ----------------------------------------------------------------------------
# consult_note
# ----------------------------------------------------------------------------
def gen_consult_note(r):
    st = r.randrange(7)
    if st in (5, 6):  # inpatient consult at outside hospital
        sc, p, v, L, hosp, adm, dc, f = inp_case(r)
        spec = pick(r, sc["consult"] or ["Cardiology", "Infectious Disease", "Nephrology", "Gastroenterology"])
        c = clinician(r, "CARD" if "Card" in spec else "GI", "MD")
        req = clinician(r, "HOSP", "MD")
        d = plus(adm, 1)
        t = [hosp_letterhead(r, hosp), pick(r, ["CONSULTATION", "%s CONSULT NOTE" % spec.upper(), "Inpatient Consultation", ""]),
             pt_banner(r, p), "Date of consult: %s" % fmt_date(r, d),
             "Requesting physician: %s\nConsulting service: %s" % (req.name, spec),
             "Reason for consultation: %s" % pick(r, ["Evaluation and management of ", "Recommendations regarding ", "Please evaluate for "]) + sc["dx"].lower() + ".",
             sec(r, "hpi", wrap(sc["hpi"] + " " + sc["ed"])), sec(r, "pmh", pmh_text(r, p)), sec(r, "meds", meds_text(r, p)),
             sec(r, "all", allergy_text(r, p), inline=True), sec(r, "sh", social_text(r, p)),
             sec(r, "ros", ros_full(r)) if chance(r, 0.5) else "",
             sec(r, "pe", exam_full(r, p, v) if chance(r, 0.6) else vitals_str(r, v) + "\n" + exam_general(r, p)),
             sec(r, "data", lab_table(r, L)) if chance(r, 0.6) else "",
             sec(r, "data", "%s: %s\nTroponin %s, WBC %s, Hgb %s, Cr %s" % (sc["img"][0], sc["img"][1], L.get("TROP", "--"), L["WBC"], L["HGB"], L["CREAT"])),
             "IMPRESSION:\n%s" % sc["dx"],
             "RECOMMENDATIONS:\n" + bullets(r, sc["course"][1:3] + [pick(r, ["We will follow along with you.", "Will sign off; please re-consult with questions.", "Thank you for this consult."])], 1),
             esign(r, c, d, r.choice([0, 3, 5]))]
        return finish(r, "\n\n".join(x for x in t if x), p, hosp)
    spec = pick(r, ["ORTHO", "CARD", "ENDO", "GI", "DERM", "WH"])
    sc, p, c, f, v, L = out_case(r, spec)
    ref = p.pcp
    d = p.date
    items = ap_items(r, sc, p, f)[:2]
    site = pick(r, [s for s in SITES if s[2] == spec] or SITES)
    if st == 0:  # consult letter back to PCP
        t = [letterhead(r, site), fmt_date(r, d, 2), "%s\n%s\n%s" % (ref.name, pick(r, [s[0] for s in SITES if s[2] in ("FM", "IM")]), pick(r, CITIES) + ", " + STATE),
             "RE: %s\nDOB: %s" % (p.full, fmt_date(r, p.dob, 0)),
             "Dear %s," % ref.dr,
             wrap("Thank you for asking me to see %s in %s consultation for %s. %s" % (
                 p.mr, SPEC[spec].lower(), fill(pick(r, sc["cc"]), f).lower(), hpi_narr(r, sc, p, f, scribe=chance(r, 0.5)))),
             wrap("%s medications include %s. %s" % (p.His, ", ".join(med_str(m) for m in p.meds) or "none", ("Allergies: " + allergy_text(r, p) + ".") if p.allergies else "No known drug allergies.")),
             wrap("On examination today, %s" % " ".join([vitals_str(r, v, 1)] + [fill(e, f) for e in sc["exam"]])),
             wrap("IMPRESSION AND RECOMMENDATIONS: " + " ".join("%s. %s" % (x[0], x[2]) for x in items)),
             wrap("I will see %s back in %s. Thank you for allowing me to participate in %s care; please do not hesitate to call with any questions." % (p.him, sc["fu"], p.his)),
             "Sincerely,", esign(r, c, d, 1), "cc: %s" % ref.name]
    elif st == 1:  # new patient consultation template
        t = [clinic_header(r, p, c, d, "New Patient Consultation")[0] or pt_banner(r, p),
             "Referring Provider: %s" % ref.name, "Reason for Referral: %s" % fill(pick(r, sc["cc"]), f),
             sec(r, "hpi", wrap(hpi_narr(r, sc, p, f, scribe=True)), inline=False),
             sec(r, "pmh", pmh_text(r, p)), sec(r, "psh", pick(r, ["Appendectomy (remote)", "Cholecystectomy 2014", "None", "C-section x2", "Left knee arthroscopy"])),
             sec(r, "meds", meds_text(r, p)), sec(r, "all", allergy_text(r, p)), sec(r, "fh", family_text(r)), sec(r, "sh", social_text(r, p)),
             sec(r, "ros", ros_full(r) if chance(r, 0.6) else ros_text(r)), sec(r, "pe", exam_full(r, p, v, [fill(e, f) for e in sc["exam"]]), inline=False),
             sec(r, "data", lab_table(r, L, PANELS[pick(r, ["CMP", "BMP"])] + PANELS["CBC"] + ["A1C", "TSH", "LDL"])) if chance(r, 0.6) else "",
             sec(r, "a", "\n".join("%s (%s)" % (x[0], x[1]) for x in items), inline=False),
             sec(r, "p", wrap(" ".join(x[2] for x in items)), inline=False),
             "Thank you for this referral. A copy of this note has been sent to %s." % ref.dr,
             scribe_disclaimer(r, c) if chance(r, 0.5) else "", esign(r, c, d)]
    elif st == 2:  # e-consult
        t = ["E-CONSULT RESPONSE" if chance(r, 0.5) else "Interprofessional Consultation (eConsult)",
             pt_banner(r, p, 0), "Question from %s: %s" % (ref.name, pick(r, ["Does this patient need to be seen?", "Please advise on next steps.", "Recommendations for management?"])),
             "Specialty: %s   Responding: %s   Date: %s" % (SPEC[spec], c.name, fmt_date(r, d)),
             wrap("I reviewed the chart including recent notes, labs and imaging. " + " ".join(x[2] for x in items[:1])),
             "Face-to-face visit recommended: %s" % pick(r, ["Yes, routine", "No, can be managed in primary care", "Yes, within 2 weeks"]),
             "Time spent reviewing: %d minutes" % r.choice([10, 15, 20, 25]), esign(r, c, d, 2)]
    elif st == 3:  # dictated consult report with headings in caps inline
        t = ["%s CONSULTATION" % SPEC[spec].upper(), "PATIENT: %s   DATE: %s" % (p.lf, fmt_date(r, d, 0)),
             "REFERRING PHYSICIAN: %s" % ref.name, "CONSULTING PHYSICIAN: %s" % c.name,
             wrap("HISTORY: " + hpi_narr(r, sc, p, f)), wrap("PAST MEDICAL HISTORY: " + pmh_text(r, p).replace("\n", ", ")),
             wrap("MEDICATIONS: " + ", ".join(med_str(m) for m in p.meds)), "ALLERGIES: " + allergy_text(r, p),
             wrap("PHYSICAL EXAMINATION: " + " ".join([vitals_str(r, v, 1)] + [fill(e, f) for e in sc["exam"]])),
             wrap("IMPRESSION: " + "; ".join(x[0] for x in items)), wrap("RECOMMENDATIONS: " + " ".join(x[2] for x in items)),
             esign(r, c, d, 3)]
    else:  # brief specialty note to referring provider, narrative
        t = [site[0], pt_banner(r, p, 4),
             wrap("%s, thank you for the referral. I met with %s today regarding %s. %s" % (ref.dr, p.full, fill(pick(r, sc["cc"]), f).lower(), hpi_narr(r, sc, p, f, scribe=True))),
             wrap("My assessment: %s. %s" % (items[0][0], items[0][2])), "Follow-up: %s." % sc["fu"], esign(r, c, d, 4)]
    return finish(r, "\n\n".join(x for x in t if x), p, site[0])


# ----------------------------------------------------------------------------
# history_physical
# ----------------------------------------------------------------------------
def gen_history_physical(r):
    sc, p, v, L, hosp, adm, dc, f = inp_case(r)
    c = clinician(r, pick(r, ["HOSP", "HOSP", "GS", "ORTHO"]), pick(r, ["MD", "DO"]))
    st = r.randrange(6)
    if st == 5:  # pre-op H&P in our group's surgical clinic
        spec = pick(r, ["ORTHO", "GI", "WH"])
        c = clinician(r, spec, "MD")
        proc, why = pick(r, {"ORTHO": [("right total knee arthroplasty", "Severe right knee osteoarthritis has failed injections and therapy."), ("left carpal tunnel release", "EMG-confirmed carpal tunnel syndrome with persistent numbness despite splinting."), ("arthroscopic rotator cuff repair", "Full-thickness supraspinatus tear on MRI with weakness despite therapy.")],
                             "GI": [("colonoscopy under MAC", "Screening colonoscopy; prior sedation was inadequate with moderate sedation."), ("EGD with dilation", "Solid-food dysphagia with suspected distal esophageal stricture.")],
                             "WH": [("hysteroscopy, D&C", "Postmenopausal bleeding with thickened endometrial stripe."), ("laparoscopic hysterectomy", "Symptomatic fibroid uterus with anemia despite medical therapy.")]}[spec])
        if spec == "WH" and p.sex == "M":
            spec, proc, why = "GI", "colonoscopy under MAC", "Screening colonoscopy; prior sedation was inadequate with moderate sedation."
            c = clinician(r, spec, "MD")
        t = [letterhead(r, pick(r, [x for x in SITES if x[2] == spec])), pick(r, ["PRE-OPERATIVE HISTORY AND PHYSICAL", "Interval H&P / Pre-procedure Evaluation", "H&P for Surgery"]), pt_banner(r, p),
             "Planned procedure: %s   Date: %s" % (proc, fmt_date(r, plus(p.date, 7))),
             sec(r, "hpi", wrap("%s is a %d-year-old %s scheduled for %s. %s" % (p.mr, p.age, p.sexw, proc, why + " " + pick(r, ["Indications reviewed in clinic note.", "No change in health since last visit.", "Procedure risks previously reviewed."])))),
             sec(r, "pmh", pmh_text(r, p)), sec(r, "meds", meds_text(r, p)), sec(r, "all", allergy_text(r, p), inline=True),
             "Anticoagulants/antiplatelets: %s" % ("hold apixaban 48 h prior" if "AFIB" in p.conds else "none"),
             "Airway: Mallampati %s. Prior anesthesia complications: %s." % (pick(r, ["I", "II", "III"]), pick(r, ["none", "PONV", "none reported"])),
             sec(r, "pe", vitals_str(r, vitals(r, p)) + "\nHeart: RRR\nLungs: CTA\nAirway: adequate mouth opening"),
             "ASA class: %s" % pick(r, ["I", "II", "II", "III"]), "Patient is medically optimized and cleared to proceed.", esign(r, c, p.date)]
        return finish(r, "\n\n".join(x for x in t if x), p)
    title = pick(r, ["HISTORY AND PHYSICAL", "ADMISSION HISTORY & PHYSICAL", "Admission H&P", "Hospitalist Admission Note",
                     "H&P", "ADMIT NOTE", ""])
    exam = "\n".join([vitals_str(r, v), exam_general(r, p), "HEENT: NC/AT, mucous membranes %s." % pick(r, ["dry", "moist"]),
                      "Neck: Supple, %s" % pick(r, ["no JVD.", "JVD to angle of jaw.", "no lymphadenopathy."]),
                      "CV: %s" % pick(r, ["Tachycardic, regular.", "RRR, no murmur.", "Irregularly irregular, tachycardic."]),
                      "Lungs: %s" % pick(r, ["Crackles at right base.", "Bibasilar crackles.", "Diffuse expiratory wheezes.", "Clear."]),
                      "Abd: %s" % pick(r, ["Soft, nontender.", "RUQ tenderness with positive Murphy sign.", "Soft, mild epigastric tenderness."]),
                      "Ext: %s" % pick(r, ["No edema.", "2+ pitting edema to mid-shin bilaterally.", "Erythema and warmth of lower leg."]),
                      "Neuro: A&O x3, nonfocal."])
    labs = "WBC %s  Hgb %s  Plt %s\nNa %s  K %s  Cl %s  CO2 %s  BUN %s  Cr %s  Glu %s" % (
        L["WBC"], L["HGB"], L["PLT"], L["NA"], L["K"], L["CL"], L["CO2"], L["BUN"], L["CREAT"], L["GLU"])
    if "TROP" in L:
        labs += "\nhs-Troponin %s" % L["TROP"]
    if "BNP" in L:
        labs += "  NT-proBNP %s" % L["BNP"]
    if chance(r, 0.5):
        labs = lab_table(r, L, PANELS["CMP"] + PANELS["CBC"] + [k for k in ("TROP", "BNP", "LACT", "PROCAL", "CRP", "LIPASE", "INR") if k in L], 0)
    if chance(r, 0.4):
        exam = exam_full(r, p, v, exam.split("\n")[2:])
    ap = "%s\n- Admit to %s\n- %s\n- %s" % (sc["dx"], sc["unit"], sc["course"][0], pick(r, ["DVT prophylaxis: enoxaparin 40 mg SQ daily", "DVT ppx: SCDs", "Heparin 5000 units SQ q8h"]))
    other = ["%s: continue home regimen" % cond_name(k) for k in p.conds[:3]]
    codes = pick(r, ["Full code", "FULL CODE (discussed with patient)", "DNR/DNI per patient wishes, POLST on file", "Full code, HCPOA is %s" % pick(r, ["daughter", "spouse", "son"])])
    if st == 0:
        t = [hosp_letterhead(r, hosp), title, pt_banner(r, p, 3), "Admission date: %s" % fmt_date(r, adm), "Attending: %s" % c.name,
             "PCP: %s" % p.pcp.name, sec(r, "cc", pick(r, sc["cc"]), inline=True), sec(r, "hpi", wrap(sc["hpi"])),
             sec(r, "data", "ED course: " + sc["ed"]) if chance(r, 0.5) else wrap("In the ED: " + sc["ed"]),
             sec(r, "pmh", pmh_text(r, p)), sec(r, "psh", pick(r, ["Appendectomy", "Tonsillectomy", "Hysterectomy", "None", "Knee arthroscopy"])),
             sec(r, "meds", meds_text(r, p)), sec(r, "all", allergy_text(r, p)), sec(r, "sh", social_text(r, p)), sec(r, "fh", family_text(r)),
             sec(r, "ros", ros_full(r, ["Constitutional", "Respiratory"]) if chance(r, 0.6) else ros_text(r)), sec(r, "pe", exam, inline=False), "LABS:\n" + labs, "IMAGING:\n%s: %s" % sc["img"],
             "ASSESSMENT AND PLAN:\n" + wrap("%s %d-year-old %s admitted with %s." % (p.full, p.age, p.sexw, sc["dx"].lower())) + "\n\n" + ap + "\n\n" + "\n".join(other),
             "Code status: " + codes, esign(r, c, adm, pick(r, [0, 3, 5]))]
    elif st == 1:
        t = [title or "ADMISSION NOTE", "%s   MRN %s   Adm %s" % (p.lf, p.mrn, fmt_date(r, adm, 1)),
             "CC: %s" % pick(r, sc["cc"]), "HPI: " + wrap(sc["hpi"] + " " + sc["ed"]), "PMH: " + ", ".join(cond_name(k) for k in p.conds),
             "Meds: " + "; ".join(med_str(m) for m in p.meds), "All: " + allergy_text(r, p), "SH: %s smoker, EtOH %s" % (p.smoker, p.alcohol),
             "PE: " + exam.replace("\n", "; "), "Labs: " + labs.replace("\n", "; "), "CXR/Imaging: " + sc["img"][1],
             "A/P: " + ap.replace("\n", " "), codes, "-- " + c.name]
    elif st == 2:
        t = [hosp_letterhead(r, hosp), pt_banner(r, p, 1), "DATE OF ADMISSION: %s" % fmt_date(r, adm, 0),
             wrap("HISTORY OF PRESENT ILLNESS: The patient is a " + sc["hpi"]), wrap("EMERGENCY DEPARTMENT COURSE: " + sc["ed"]),
             wrap("PAST MEDICAL HISTORY: " + ", ".join(cond_name(k) for k in p.conds) + "."),
             wrap("MEDICATIONS PRIOR TO ADMISSION: " + ", ".join(med_str(m) for m in p.meds) + "."), "ALLERGIES: " + allergy_text(r, p),
             wrap("SOCIAL HISTORY: " + social_text(r, p).replace("\n", " ")), wrap("FAMILY HISTORY: " + family_text(r)),
             "PHYSICAL EXAMINATION:\n" + exam, "LABORATORY DATA:\n" + labs, wrap("IMAGING: " + sc["img"][1]),
             wrap("IMPRESSION: %s" % sc["dx"]), wrap("PLAN: " + " ".join(sc["course"][:2])), esign(r, c, adm, 3)]
    elif st == 3:
        t = ["%s - %s" % (hosp, sc["unit"]), pick(r, ["Admission History and Physical", "Hospital Medicine H&P"]),
             "Name: %s   DOB: %s   Room: %d" % (p.full, fmt_date(r, p.dob, 0), r.randint(200, 799)), "Source: patient, ED records, %s" % pick(r, ["spouse", "daughter", "outside records"]),
             "Chief complaint\n" + pick(r, sc["cc"]), "History of present illness\n" + wrap(sc["hpi"]),
             "Review of systems\n" + ros_full(r), "Past medical history\n" + pmh_text(r, p), "Social history\n" + social_text(r, p), "Family history\n" + family_text(r), "Home medications\n" + meds_text(r, p),
             "Allergies\n" + allergy_text(r, p), "Exam\n" + exam, "Results\n" + labs + "\n" + sc["img"][0] + ": " + sc["img"][1],
             "Assessment & Plan\n" + ap, "VTE prophylaxis / code status: %s" % codes, esign(r, c, adm, 6)]
    else:
        t = [hosp_letterhead(r, hosp), "Surgical Admission H&P" if c.spec in ("GS", "ORTHO") else "Admission H&P", pt_banner(r, p, 0),
             wrap("%s is a %s" % (p.mr, sc["hpi"])), "Exam: " + exam.replace("\n", " "), "Data: " + labs.replace("\n", ", ") + ". " + sc["img"][1],
             wrap("Plan: Admit. " + " ".join(sc["course"][:2])), esign(r, c, adm, 2)]
    return finish(r, "\n\n".join(x for x in t if x), p, hosp)


# ----------------------------------------------------------------------------
# discharge_summary
# ----------------------------------------------------------------------------
def gen_discharge_summary(r):
    sc, p, v, L, hosp, adm, dc, f = inp_case(r)
    c = clinician(r, "HOSP", pick(r, ["MD", "DO"]))
    st = r.randrange(6)
    dcmeds = [med_str(m) for m in sc["newmeds"]]
    cont = [med_str(m) for m in p.meds]
    stopped = ["ibuprofen"] if sc["k"] == "gib" else []
    medblock = "NEW:\n" + bullets(r, dcmeds or ["none"], 0) + "\nCONTINUE:\n" + bullets(r, cont or ["none"], 0)
    if stopped:
        medblock += "\nSTOP:\n- ibuprofen"
    dispo = pick(r, ["Home", "Home with home health", "Home with family"]) if sc["k"] != "hipfx" else "Skilled nursing facility (subacute rehab)"
    dxs = [sc["dx"]] + [cond_name(k) for k in p.conds[:3]]
    if st == 0:
        t = [hosp_letterhead(r, hosp), pick(r, ["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY", ""]), pt_banner(r, p, 3),
             "Admission Date: %s\nDischarge Date: %s" % (fmt_date(r, adm, 0), fmt_date(r, dc, 0)), "Attending Physician: %s" % c.name,
             "Primary Care Physician: %s" % p.pcp.name, "PRINCIPAL DIAGNOSIS:\n%s" % sc["dx"],
             "SECONDARY DIAGNOSES:\n" + bullets(r, dxs[1:] or ["None"], 1), "PROCEDURES:\n" + (bullets(r, sc["proc"], 1) if sc["proc"] else "None"),
             "CONSULTANTS: " + (", ".join(sc["consult"]) or "None"),
             "HISTORY OF PRESENT ILLNESS:\n" + wrap(sc["hpi"]), "HOSPITAL COURSE:\n" + wrap(" ".join(sc["course"])),
             ("PERTINENT RESULTS:\nAdmission labs:\n" + lab_table(r, L, None, 0) + "\n\n%s: %s" % sc["img"]) if chance(r, 0.6) else "",
             ("DISCHARGE EXAM:\n" + exam_full(r, p, vitals(r, p))) if chance(r, 0.5) else "",
             "CONDITION AT DISCHARGE: %s" % pick(r, ["Stable", "Good", "Improved, stable"]), "DISPOSITION: " + dispo,
             "DISCHARGE MEDICATIONS:\n" + medblock, "DISCHARGE INSTRUCTIONS:\n" + bullets(r, sc["instr"], 0),
             "FOLLOW-UP: " + sc["fu"], esign(r, c, dc, pick(r, [0, 3]))]
    elif st == 1:
        t = ["%s\n%s" % (hosp, pick(r, ["Discharge Summary", "Inpatient Discharge Summary"])), "%s | MRN %s | Adm: %s | D/C: %s | LOS: %d" % (p.lf, p.mrn, fmt_date(r, adm, 1), fmt_date(r, dc, 1), (dc - adm).days),
             "Dx: " + "; ".join(dxs), "Brief HPI: " + wrap(sc["hpi"]),
             "Course by problem:\n" + "\n".join("# %s: %s" % (sc["dx"] if i == 0 else "cont", s) for i, s in enumerate(sc["course"])),
             "Key results: %s - %s" % sc["img"], "Discharge exam: " + vitals_str(r, vitals(r, p), 3) + " " + exam_general(r, p),
             "Meds at discharge:\n" + "\n".join(dcmeds + cont), "Pending results at discharge: %s" % pick(r, ["none", "final blood cultures", "surgical pathology"]),
             "Follow-up: " + sc["fu"], esign(r, c, dc, 2)]
    elif st == 2:
        t = [hosp_letterhead(r, hosp), "DATE OF ADMISSION: %s\nDATE OF DISCHARGE: %s" % (fmt_date(r, adm, 2), fmt_date(r, dc, 2)),
             "ADMITTING DIAGNOSIS: %s" % pick(r, sc["cc"]), "DISCHARGE DIAGNOSIS: %s" % sc["dx"],
             wrap("HISTORY: The patient is a " + sc["hpi"]),
             wrap("HOSPITAL COURSE: " + sc["ed"] + " " + " ".join(sc["course"])),
             wrap("DISCHARGE MEDICATIONS: " + ", ".join(dcmeds + cont) + "."), wrap("FOLLOW-UP: " + sc["fu"] + "."),
             "cc: %s" % p.pcp.name, esign(r, c, dc, 3)]
    elif st == 3:  # transition-of-care document printout
        t = ["Transition of Care / Discharge Summary", "Encounter: Inpatient  %s -> %s" % (fmt_date(r, adm, 4), fmt_date(r, dc, 4)), pt_banner(r, p, 5),
             "Facility: %s" % hosp, "Reason for hospitalization\n" + sc["dx"], "Problems addressed\n" + bullets(r, dxs, 2),
             "Procedures\n" + (bullets(r, sc["proc"], 2) if sc["proc"] else "No procedures documented"),
             "Hospital course summary\n" + wrap(" ".join(sc["course"])), "Medication reconciliation\n" + medblock,
             "Allergies\n" + allergy_text(r, p), "Follow-up appointments\n" + sc["fu"], "Discharge disposition\n" + dispo]
    elif st == 4:  # short-stay / observation summary
        t = [hosp, "Short Stay Summary" if sc["los"] <= 2 else "Discharge Note", pt_banner(r, p, 0),
             wrap("%s was admitted on %s for %s. %s Discharged %s to %s in stable condition." % (
                 p.mr, fmt_date(r, adm, 1), sc["dx"].lower(), " ".join(sc["course"]), fmt_date(r, dc, 1), dispo.lower())),
             "Discharge meds: " + ", ".join(dcmeds) if dcmeds else "No medication changes.", "F/U: " + sc["fu"], esign(r, c, dc, 4)]
    else:
        t = [hosp_letterhead(r, hosp), "PATIENT: %s    ACCT: %s" % (p.lf, p.acct), "ADMITTED: %s   DISCHARGED: %s   SERVICE: %s" % (fmt_date(r, adm, 0), fmt_date(r, dc, 0), sc["unit"]),
             "FINAL DIAGNOSES:\n" + bullets(r, dxs, 1), "BRIEF HISTORY:\n" + wrap(sc["hpi"]), "PERTINENT FINDINGS:\n%s: %s\nWBC %s, Hgb %s, Cr %s" % (sc["img"][0], sc["img"][1], L["WBC"], L["HGB"], L["CREAT"]),
             "COURSE:\n" + wrap(" ".join(sc["course"])), ("LABS ON ADMISSION:\n" + lab_table(r, L, None, 2)) if chance(r, 0.5) else "", "DISPOSITION: " + dispo, "MEDICATIONS:\n" + medblock, "DIET: " + pick(r, ["Cardiac, 2 g sodium", "Regular", "Carbohydrate controlled", "Low fat"]),
             "ACTIVITY: " + pick(r, ["As tolerated", "No heavy lifting", "Walker, WBAT"]), esign(r, c, dc, 5)]
    return finish(r, "\n\n".join(x for x in t if x), p, hosp)


# ----------------------------------------------------------------------------
# ed_note
# ----------------------------------------------------------------------------
def gen_ed_note(r):
    sc, p, v, L, hosp, adm, dc, f = inp_case(r)
    minor = chance(r, 0.3)
    c = clinician(r, "EM", pick(r, ["MD", "DO", "PA-C"]))
    st = r.randrange(6)
    if minor:  # treat-and-release visit
        comp = pick(r, [("ankle sprain", "Inversion injury of the {side} ankle playing basketball. Able to bear weight with pain.", "Lateral malleolar swelling, tender over ATFL, no bony tenderness at posterior malleolus or base of 5th metatarsal.", "Ottawa ankle rules negative; no imaging. RICE, ibuprofen, ASO brace.", "Sprain of {side} ankle, S93.40"),
                        ("laceration", "Cut {his} {side} index finger on a kitchen knife 1 hour ago. Tetanus last 2016.", "2.5 cm linear laceration, full ROM, sensation intact distally, no tendon exposure.", "Irrigated, repaired with 4 simple interrupted 5-0 nylon sutures. Tdap given. Suture removal 10 days.", "Laceration of finger without foreign body, S61.210A"),
                        ("headache", "Gradual onset bitemporal headache similar to prior migraines. No thunderclap, fever or neuro deficits.", "Neuro exam nonfocal. No meningismus.", "Metoclopramide, diphenhydramine and IV fluids with resolution of headache.", "Migraine without aura, G43.009"),
                        ("UTI", "3 days of dysuria and frequency. No fever or flank pain.", "No CVA tenderness. Abdomen benign.", "UA with positive leukocyte esterase and nitrites. Nitrofurantoin x 5 days.", "Acute cystitis, N30.00")])
        ff = dict(side=f["side"], his=p.his)
        cc, hpi, ex, mdm, dx = [fill(x, ff) for x in comp]
        sc = dict(sc, cc=[cc], hpi="%d-year-old %s presents with %s. %s" % (p.age, p.sexw, cc, hpi), dx=dx, ed=mdm, img=("", "not indicated"))
        v = vitals(r, p)
        disp = "Discharged home"
        course = mdm
    else:
        ex = "Lungs/CV/Abd per template; pertinent: %s" % pick(r, ["tachycardic", "crackles right base", "RUQ tenderness", "2+ LE edema", "diaphoretic"])
        disp = pick(r, ["Admitted to %s" % sc["unit"], "Admit - hospitalist service", "Admitted, condition guarded"])
        course = sc["ed"]
    arr = fmt_time(r, True)
    tri = pick(r, ["ESI 2", "ESI 3", "Triage level 3", "Acuity 2"])
    if st == 0:
        t = [hosp_letterhead(r, hosp), pick(r, ["EMERGENCY DEPARTMENT RECORD", "ED Provider Note", "Emergency Physician Documentation", ""]), pt_banner(r, p, 1),
             "Arrival: %s %s   Mode: %s   %s" % (fmt_date(r, adm, 0), arr, pick(r, ["Private vehicle", "EMS", "Walk-in"]), tri),
             sec(r, "cc", pick(r, sc["cc"]), inline=True), sec(r, "hpi", wrap(sc["hpi"])), sec(r, "ros", ros_text(r)),
             sec(r, "pmh", pmh_text(r, p)), sec(r, "meds", meds_text(r, p)), sec(r, "all", allergy_text(r, p), inline=True),
             sec(r, "pe", vitals_str(r, v) + "\n" + exam_general(r, p) + "\n" + ex),
             "MEDICAL DECISION MAKING:\n" + wrap("Differential includes %s. %s" % (pick(r, ["ACS, PE, pneumonia", "sepsis, cellulitis, DVT", "cholecystitis, pancreatitis, PUD", "fracture, sprain"]), course)),
             "ED COURSE:\n" + wrap(course), "DIAGNOSIS: " + sc["dx"], "DISPOSITION: " + disp, esign(r, c, adm, pick(r, [0, 2]))]
    elif st == 1:
        t = ["%s Emergency Dept" % hosp, "%s  %dyo %s  MRN %s" % (p.lf, p.age, p.sex, p.mrn), "Time seen: %s" % fmt_time(r, True),
             "CC: " + pick(r, sc["cc"]), "HPI: " + wrap(sc["hpi"]), "PE: " + vitals_str(r, v, 3) + " " + ex,
             "MDM/ED course: " + wrap(course), "Imp: " + sc["dx"], "Dispo: " + disp, "-- " + c.name]
    elif st == 2:
        t = [pick(r, ["ED TRIAGE AND PHYSICIAN RECORD", "EMERGENCY SERVICES"]), hosp,
             "Name: %s   Age: %d   Sex: %s   DOB: %s" % (p.full, p.age, p.sex, fmt_date(r, p.dob, 0)),
             "Triage (%s): %s. %s. Pain %d/10." % (arr, pick(r, sc["cc"]), tri, r.randint(2, 9)), "Triage vitals: " + vitals_str(r, v, 0),
             "Allergies: " + allergy_text(r, p), "Physician assessment:\n" + wrap(sc["hpi"]) + "\nExam: " + ex,
             "Orders: %s" % ", ".join(some(r, ["CBC", "BMP", "troponin", "lactate", "UA", "blood cultures", "CXR", "ECG"], 3, 5)),
             "Results: WBC %s Hgb %s Cr %s. %s" % (L["WBC"], L["HGB"], L["CREAT"], sc["img"][1]),
             "Clinical impression: " + sc["dx"], "Disposition: " + disp + " at " + fmt_time(r, True), esign(r, c, adm, 2)]
    elif st == 3:
        t = [hosp_letterhead(r, hosp), "EMERGENCY DEPARTMENT REPORT", pt_banner(r, p, 3), "DATE OF SERVICE: %s" % fmt_date(r, adm, 2),
             wrap("HISTORY OF PRESENT ILLNESS: This is a " + sc["hpi"]),
             wrap("PHYSICAL EXAMINATION: " + vitals_str(r, v, 1) + " " + ex),
             wrap("EMERGENCY DEPARTMENT COURSE: " + course), "FINAL DIAGNOSIS: " + sc["dx"], wrap("DISPOSITION: " + disp + "."), esign(r, c, adm, 3)]
    elif st == 4:
        t = ["ED Note - %s" % fmt_date(r, adm, 1), pt_banner(r, p, 0), wrap("%s %s" % (sc["hpi"], course)),
             "Vitals: " + vitals_str(r, v, 3), "Assessment: " + sc["dx"], "Plan/dispo: " + disp,
             "Attending attestation: I saw and evaluated the patient, discussed with the resident and agree with the findings and plan." if chance(r, 0.5) else "",
             esign(r, c, adm, 0)]
    else:
        t = ["Urgent Care / Emergency Visit Summary (received from %s)" % hosp, "Patient: %s  DOB %s" % (p.full, fmt_date(r, p.dob, 0)),
             "Visit: %s" % fmt_date(r, adm, 2), "You were seen for: " + sc["dx"], "Provider: " + c.name,
             "Summary: " + wrap(course), "Disposition: " + disp]
    return finish(r, "\n\n".join(x for x in t if x), p, hosp)


# ----------------------------------------------------------------------------
# transfer_summary
# ----------------------------------------------------------------------------
def gen_transfer_summary(r):
    sc, p, v, L, hosp, adm, dc, f = inp_case(r)
    c = clinician(r, "HOSP", "MD")
    dest = pick(r, [h for h in HOSPITALS if h != hosp] + ["Brookline Manor Skilled Nursing & Rehab", "Pellham Junction Acute Rehabilitation Hospital", "Harborview Transitional Care Unit"])
    if dest in HOSPITALS:
        reason = pick(r, ["higher level of care (interventional cardiology)", "bed availability", "patient/family preference", "need for specialty surgical services"])
    else:
        reason = pick(r, ["subacute rehabilitation", "skilled nursing needs", "continued IV therapy and rehabilitation"])
    st = r.randrange(6)
    dcm = [med_str(m) for m in p.meds + sc["newmeds"]]
    if st == 0:
        t = [hosp_letterhead(r, hosp), pick(r, ["INTERFACILITY TRANSFER SUMMARY", "Transfer Summary", "TRANSFER NOTE", "Patient Transfer Form"]), pt_banner(r, p, 3),
             "Transferring facility: %s\nReceiving facility: %s\nAccepting physician: %s" % (hosp, dest, clinician(r, "HOSP", "MD").name),
             "Date/time of transfer: %s %s" % (fmt_date(r, dc, 0), fmt_time(r, True)), "Reason for transfer: " + reason,
             "Diagnosis: " + sc["dx"], "Brief history and course:\n" + wrap(sc["hpi"] + " " + " ".join(sc["course"][:2])),
             "Current vital signs: " + vitals_str(r, v, 0), "Code status: " + pick(r, ["Full code", "DNR"]), "Isolation: " + pick(r, ["None", "Contact (MRSA)", "None"]),
             "Current medications:\n" + bullets(r, dcm, 0), "Allergies: " + allergy_text(r, p),
             "Lines/drains: " + pick(r, ["PIV x2", "R IJ central line", "Foley catheter", "PIV L forearm"]),
             "Mode of transport: " + pick(r, ["ALS ambulance", "BLS ambulance", "Wheelchair van", "Critical care transport"]),
             "Copies sent: H&P, MAR, labs, imaging CD, face sheet", esign(r, c, dc, 0)]
    elif st == 1:
        t = ["TRANSFER OF CARE - NURSING HANDOFF (SBAR)", pt_banner(r, p, 0), "From: %s %s   To: %s" % (hosp, sc["unit"], dest),
             "S: %s, transferring for %s." % (sc["dx"], reason), "B: " + wrap(", ".join(cond_name(k) for k in p.conds) + ". " + sc["ed"]),
             "A: " + vitals_str(r, v, 3) + " " + pick(r, ["A&Ox4.", "Alert, confused at night.", "Oriented x3, pleasant."]) + " Diet: " + pick(r, ["regular", "NPO", "cardiac"]),
             "R: " + ("PT/OT daily, weight bearing as tolerated." if sc["k"] == "hipfx" else pick(r, ["Continue current meds per MAR.", "Telemetry monitoring.", "Daily labs, reassess in AM.", "Continue IV antibiotics per MAR." if sc["k"] in ("cap", "cellulitis", "pyelo") else "Fall precautions."])),
             "Report called to %s RN at %s." % (pick(r, FN_F), fmt_time(r, True)), "RN: %s %s, RN" % (pick(r, FN_F), pick(r, LN))]
    elif st == 2:
        t = [hosp, "Physician Transfer Summary / Continuity of Care", "PATIENT: %s  DOB: %s" % (p.lf, fmt_date(r, p.dob, 0)),
             wrap("%s is a %d-year-old %s admitted %s with %s. %s The patient is now being transferred to %s for %s." % (
                 p.mr, p.age, p.sexw, fmt_date(r, adm, 2), sc["dx"].lower(), " ".join(sc["course"]), dest, reason)),
             "Active issues: " + "; ".join([sc["dx"]] + [cond_name(k) for k in p.conds[:2]]), "Medications: " + ", ".join(dcm),
             "Rehab potential: " + pick(r, ["good", "fair", "good with family support"]), esign(r, c, dc, 3)]
    elif st == 3:
        t = ["EMTALA TRANSFER CERTIFICATION AND SUMMARY", hosp, pt_banner(r, p, 1),
             "Patient condition: %s" % pick(r, ["Stable for transfer", "Unstable - benefits outweigh risks"]),
             "Medical benefits of transfer: " + reason, "Risks of transfer: deterioration en route, traffic delay.",
             "Accepting facility %s agreed to accept; bed assigned." % dest, "Dx: " + sc["dx"], "Vitals at transfer: " + vitals_str(r, v, 3),
             "Patient consent to transfer: [X] Yes  [ ] No", "Physician certification: " + c.name, "Date: " + fmt_date(r, dc, 0)]
    elif st == 4:
        t = [pick(r, ["SNF ADMISSION REFERRAL / TRANSFER SUMMARY", "Discharge/Transfer to Post-Acute Care"]), "Sending: %s    Receiving: %s" % (hosp, dest),
             pt_banner(r, p, 5), "Hospital diagnosis: " + sc["dx"], "Functional status: " + pick(r, ["Min assist with transfers, ambulates 50 ft with walker.", "Independent with ADLs.", "Mod assist x1."]),
             "Skilled needs: " + pick(r, ["PT/OT", "IV antibiotics via PICC", "Wound care", "Insulin teaching"]),
             "Last BM: %s   Diet: %s   Cognition: %s" % (fmt_date(r, dc, 1), pick(r, ["regular", "mechanical soft", "cardiac"]), pick(r, ["intact", "mild impairment"])),
             "Medications:\n" + bullets(r, dcm, 1), "Follow-up: " + sc["fu"], esign(r, c, dc, 2)]
    else:
        t = [hosp_letterhead(r, hosp), pt_banner(r, p, 4), wrap("Transfer note: %s %s Accepted by %s at %s. Transported via %s." % (
            sc["hpi"], sc["ed"], clinician(r, "HOSP", "MD").dr, dest, pick(r, ["ALS", "air medical transport", "BLS"]))), esign(r, c, dc, 4)]
    return finish(r, "\n\n".join(x for x in t if x), p, hosp)


# ----------------------------------------------------------------------------
# nursing_note
# ----------------------------------------------------------------------------
def gen_nursing_note(r):
    st = r.randrange(7)
    rn = "%s %s, %s" % (pick(r, FN_F + FN_M[:20]), pick(r, LN), pick(r, ["RN", "RN", "LPN", "BSN, RN", "MA", "CMA"]))
    if st in (0, 1, 2):  # clinic nursing: phone triage, injection, rooming
        sc, p, c, f, v, L = out_case(r)
        d = p.date
        if st == 0:
            t = [pick(r, ["Telephone Encounter", "TRIAGE NOTE", "Nurse Phone Note", "Phone Call"]), pt_banner(r, p, 0),
                 "%s %s" % (fmt_date(r, d, 0), fmt_time(r, False)),
                 wrap("Pt called stating %s. %s Reviewed red-flag symptoms; denies chest pain, SOB, fever." % (
                     pick(r, ["BP at home 158/96 this morning", "sugars running 250s x 3 days", "knee swollen since injection", "ran out of %s" % (p.meds[0][0] if p.meds else "medication")]),
                     pick(r, ["Advised per protocol.", "Message routed to provider.", "Appt scheduled for tomorrow."]))),
                 "Provider response: %s" % pick(r, ["OK to refill x 90 days.", "Please schedule visit this week.", "Increase fluids, call if worse."]),
                 "Patient notified and verbalized understanding. -- " + rn]
        elif st == 1:
            vac = pick(r, ["Influenza vaccine", "B12 1000 mcg IM", "Medroxyprogesterone 150 mg IM", "Ketorolac 60 mg IM", "Tdap"])
            t = [clinic_header(r, p, c, d, "Nurse Visit")[0] or pt_banner(r, p), "Nurse visit for: " + vac,
                 "Order by %s verified. Patient identified with name and DOB. Allergies reviewed: %s." % (c.dr, allergy_text(r, p)),
                 "Administered %s %s in %s deltoid. Lot #%s%d, exp %s." % (vac, pick(r, ["0.5 mL IM", "IM"]), pick(r, ["L", "R"]), pick(r, ["AB", "UK", "TK"]), r.randint(1000, 9999), fmt_date(r, plus(d, 300), 0)),
                 "Observed 15 minutes, no adverse reaction. VIS provided." if chance(r, 0.6) else "Tolerated well.", rn]
        else:
            t = ["Rooming / Intake - " + site_name(r, c), pt_banner(r, p, 2), "Vitals: " + vitals_str(r, v, 2),
                 "Reason for visit: " + fill(pick(r, sc["cc"]), f), "Pain: %d/10" % r.randint(0, 7), "Fall risk screen: " + pick(r, ["negative", "positive - 1 fall in past year"]),
                 "PHQ-2: %d   Tobacco: %s" % (r.randint(0, 3), p.smoker), "Medications reviewed with patient; list updated.", "Roomed by " + rn]
        return finish(r, "\n\n".join(t), p, allow_fax=False)
    sc, p, v, L, hosp, adm, dc, f = inp_case(r)
    d = plus(adm, r.randint(0, sc["los"]))
    if st == 3:
        t = [hosp, "NURSING PROGRESS NOTE", pt_banner(r, p, 2), "%s %s" % (fmt_date(r, d, 0), fmt_time(r, True)),
             wrap("Pt resting in bed, A&Ox%d. %s. VS: %s. Lung sounds %s. %s. Voiding %s. Skin intact. Fall precautions in place, bed alarm on. Call light within reach." % (
                 r.choice([3, 4]), pick(r, ["Denies pain", "C/o pain 5/10, PRN given with relief", "Pain controlled"]), vitals_str(r, v, 3),
                 pick(r, ["clear", "diminished bases", "crackles RLL"]), pick(r, ["IV site clean, dry, intact", "PIV patent, NS @ 75 mL/hr"]), pick(r, ["qs", "via Foley", "without difficulty"]))),
             rn]
    elif st == 4:
        rows = []
        for hr in (r.sample(range(0, 24), 4)):
            rows.append("%02d00  %s" % (hr, pick(r, ["Assessment completed, no changes.", "Meds given per MAR.", "Turned and repositioned.",
                                                       "Ambulated in hall x2 with walker.", "Pt sleeping, resp even and unlabored.", "PRN oxycodone given for 6/10 pain.", "MD notified of BP 168/94; no new orders."])))
        t = ["%s  %s  Shift Notes" % (hosp, sc["unit"]), pt_banner(r, p, 0), "Date: " + fmt_date(r, d, 0), "\n".join(sorted(rows)), rn]
    elif st == 5:
        t = ["Focus Note (DAR)", pt_banner(r, p, 4), "Focus: " + pick(r, ["Pain", "Respiratory status", "Knowledge deficit", "Skin integrity"]),
             "D: " + pick(r, ["Pt reports 7/10 incisional pain.", "SpO2 88% on RA with exertion.", "Pt unsure how to use inhaler.", "Stage 1 redness sacrum."]),
             "A: " + pick(r, ["PRN analgesic given; repositioned.", "O2 2L NC applied, IS encouraged.", "Teach-back education provided.", "Offloading, barrier cream applied."]),
             "R: " + pick(r, ["Pain 3/10 at 1 hr recheck.", "SpO2 94%.", "Pt demonstrated correct technique.", "Will reassess q2h."]), "%s %s" % (fmt_date(r, d, 1), rn)]
    else:
        t = ["Discharge Nursing Note", hosp, pt_banner(r, p, 1),
             wrap("Discharge instructions reviewed with patient and %s using teach-back. IV removed, catheter intact. Prescriptions sent to %s. Patient discharged via %s at %s, accompanied by family. Belongings with patient." % (
                 pick(r, ["spouse", "daughter", "son"]), pick(r, PHARMACIES), pick(r, ["wheelchair", "ambulatory"]), fmt_time(r, False))), rn]
    return finish(r, "\n\n".join(t), p, hosp)


def site_name(r, c):
    s = [x for x in SITES if x[2] == c.spec] or SITES
    return pick(r, s)[0]


# ----------------------------------------------------------------------------
# discharge_instructions
# ----------------------------------------------------------------------------
def gen_discharge_instructions(r):
    st = r.randrange(7)
    if st >= 5:  # after outpatient procedure in our clinics
        p = patient(r)
        proc = pick(r, [("Colonoscopy", ["You received sedation. Do not drive, operate machinery or sign legal documents for the rest of the day.", "You may feel bloated or pass gas; this is normal.", "Resume your normal diet unless told otherwise.", "Call for severe abdominal pain, fever or more than a few tablespoons of blood from the rectum."]),
                        ("Knee injection", ["You may have increased soreness for 1-2 days.", "Ice 20 minutes at a time.", "If you have diabetes, your blood sugar may rise for a few days.", "Call for fever, redness or a hot, swollen joint."]),
                        ("Skin biopsy / excision", ["Keep the bandage on for 24 hours, then clean gently with soap and water.", "Apply petroleum jelly and a new bandage daily.", "Sutures out in %d days." % r.choice([7, 10, 14]), "Call for spreading redness, pus or fever."]),
                        ("Upper endoscopy (EGD)", ["Your throat may be sore for a day.", "Start with liquids and advance to your usual diet.", "No driving today.", "Call for black stools, vomiting blood or chest pain."]),
                        ("IUD insertion", ["Cramping is common for a few days; use ibuprofen.", "Check for strings after each period.", "Back-up contraception for 7 days.", "Call for fever, severe pain or foul discharge."])])
        site = pick(r, SITES)
        c = clinician(r)
        t = [site[0] if chance(r, 0.5) else letterhead(r, site), pick(r, ["After Your Procedure", "Post-Procedure Instructions", "HOME CARE INSTRUCTIONS", "After Visit Summary"]),
             "%s   %s" % (p.full, fmt_date(r, p.date, 2)), "Procedure: " + proc[0], bullets(r, proc[1], r.choice([0, 1, 2])),
             "Questions? Call %s. After hours, the on-call provider can be reached at the same number." % phone(r),
             "I have received and understand these instructions.\nPatient/Responsible adult signature: ______________________  Nurse: %s %s, RN" % (pick(r, FN_F), pick(r, LN))]
        return finish(r, "\n\n".join(t), p, allow_fax=False)
    sc, p, v, L, hosp, adm, dc, f = inp_case(r)
    meds_new = [med_str(m) for m in sc["newmeds"]]
    diet = pick(r, ["Heart healthy, low sodium (2 grams)", "Regular diet", "Diabetic / carbohydrate-controlled diet", "Low-fat diet", "Soft diet, advance as tolerated"])
    if st == 0:
        t = [hosp_letterhead(r, hosp), pick(r, ["PATIENT DISCHARGE INSTRUCTIONS", "Discharge Instructions", "Going Home Instructions", "After Visit Summary"]),
             "Name: %s   Date: %s" % (p.full, fmt_date(r, dc, 0)), "You were in the hospital for: %s" % sc["dx"],
             "Your doctor in the hospital was: %s" % clinician(r, "HOSP", "MD").name,
             "WHAT TO DO AT HOME\n" + bullets(r, sc["instr"], 0), "DIET: " + diet, "ACTIVITY: " + pick(r, ["As tolerated. Walk several times a day.", "No lifting over 10 pounds.", "Use your walker at all times."]),
             "NEW MEDICINES\n" + (bullets(r, meds_new, 1) if meds_new else "No new medicines."),
             "FOLLOW-UP APPOINTMENTS\n" + sc["fu"], "CALL YOUR DOCTOR OR RETURN TO THE EMERGENCY DEPARTMENT IF:\n" + bullets(r, ["Fever over 101 F", "Chest pain or trouble breathing", "Symptoms that get worse"], 0),
             "Patient signature: ____________________   Nurse signature: ____________________"]
    elif st == 1:
        t = ["%s - After Visit Summary" % hosp, pt_banner(r, p, 0), "Discharge date: %s" % fmt_date(r, dc, 2),
             "Diagnosis\n" + sc["dx"], "Instructions\n" + wrap(" ".join(sc["instr"])),
             "Medication changes\nSTART: " + ("; ".join(meds_new) or "none") + ("\nSTOP: ibuprofen and other NSAIDs" if sc["k"] == "gib" else ""),
             "Appointments\n" + sc["fu"], "MyChart: Sign up to view your results online. Activation code: %s-%s-%s" % (r.randint(1000, 9999), r.randint(1000, 9999), r.randint(1000, 9999))]
    elif st == 2:
        t = ["Instrucciones de alta / Discharge Instructions" if chance(r, 0.3) else "DISCHARGE TEACHING RECORD", hosp, pt_banner(r, p, 2),
             "Education topics reviewed (check all):", "[X] Diagnosis: %s\n[X] Medications\n[%s] Wound care\n[X] Diet: %s\n[X] Warning signs\n[%s] Smoking cessation" % (sc["dx"], pick(r, "X "), diet, "X" if p.smoker == "current" else " "),
             "Method: verbal, written, teach-back", "Learner: %s" % pick(r, ["patient", "patient and spouse", "daughter (caregiver)"]),
             "Response: verbalized understanding", "RN: %s %s" % (pick(r, FN_F), pick(r, LN))]
    elif st == 3:  # ED discharge
        t = ["EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS", hosp, "%s  DOB %s" % (p.full, fmt_date(r, p.dob, 0)),
             "Today you were seen for: " + pick(r, ["Back strain", "Ankle sprain", "Chest pain - no evidence of heart attack", "Urinary tract infection", "Migraine headache"]),
             wrap("Your evaluation today did not find an emergency condition. It is important to follow up with your primary care provider, %s, within 2-3 days." % p.pcp.dr),
             "Prescriptions: " + pick(r, ["ibuprofen 600 mg every 6 hours with food", "nitrofurantoin 100 mg twice daily x 5 days", "none"]),
             "Return to the ER right away for worsening symptoms, fainting, or anything that concerns you.",
             "Work/school note: may return on %s" % fmt_date(r, plus(dc, 2), 1)]
    else:
        t = [wrap("Dear %s, you were discharged from %s on %s after treatment for %s. %s" % (p.first, hosp, fmt_date(r, dc, 2), sc["dx"].lower(), " ".join(sc["instr"]))),
             "Medicines: " + (", ".join(meds_new) or "no changes"), "Follow up: " + sc["fu"], "Questions: Nurse line %s" % phone(r)]
    return finish(r, "\n\n".join(t), p, hosp)


# ----------------------------------------------------------------------------
# provider_orders
# ----------------------------------------------------------------------------
def gen_provider_orders(r):
    st = r.randrange(7)
    if st in (0, 1, 2):
        sc, p, v, L, hosp, adm, dc, f = inp_case(r)
        c = clinician(r, "HOSP", "MD")
        meds = [med_str(m) for m in sc["newmeds"][:3]] + [med_str(m) for m in p.meds[:3]]
        if st == 0:
            t = [hosp_letterhead(r, hosp), pick(r, ["ADMISSION ORDERS", "Admission Order Set - Adult Medicine", "PHYSICIAN ORDERS"]), pt_banner(r, p, 1),
                 "Admit to: %s   Status: %s   Attending: %s" % (sc["unit"], pick(r, ["Inpatient", "Observation"]), c.name),
                 "Diagnosis: " + sc["dx"], "Condition: " + pick(r, ["Fair", "Stable", "Guarded"]), "Code status: " + pick(r, ["Full code", "DNR/DNI"]),
                 "Vitals: q4h x 24h then q shift", "Activity: " + pick(r, ["Up ad lib", "Bedrest with BRP", "OOB to chair TID"]),
                 "Diet: " + pick(r, ["NPO except meds", "Cardiac 2 g Na", "Consistent carbohydrate", "Regular"]),
                 "IV: " + pick(r, ["NS @ 100 mL/hr", "Saline lock", "LR @ 125 mL/hr x 1 L"]), "Allergies: " + allergy_text(r, p),
                 "Medications:\n" + bullets(r, meds, 0), "VTE prophylaxis: enoxaparin 40 mg SQ daily",
                 "Labs: CBC, BMP in AM; %s" % pick(r, ["troponin q6h x2", "blood cultures x2", "Mg, Phos", "lipid panel"]),
                 "Notify MD for: SBP <90 or >180, HR <50 or >120, T >101.5, SpO2 <90%, UOP <30 mL/h x2h",
                 "%s  %s %s" % (c.name, fmt_date(r, adm, 0), fmt_time(r, True))]
        elif st == 1:
            t = ["%s  ORDER SHEET" % hosp.upper(), "%s  #%s" % (p.lf, p.mrn), "Date/Time | Order",
                 "\n".join("%s %s | %s" % (fmt_date(r, adm, 1), fmt_time(r, True), o) for o in
                           some(r, ["Continue current meds", "D/C Foley", "Advance diet as tol", "Ambulate TID", "Wean O2 to keep sat >92%",
                                    "PT/OT eval & treat", "Case mgmt for d/c planning", "Hold metformin", "Repeat BMP in AM", "KCl 40 mEq PO x1",
                                    "Tylenol 650 mg PO q6h prn pain/fever", "Telemetry", "Strict I&O", "Daily weights"], 5, 9)),
                 "Read back and verified: %s %s, RN" % (pick(r, FN_F), pick(r, LN)), c.dr]
        else:
            t = ["Verbal/Telephone Order", hosp, pt_banner(r, p, 0), "Order: " + pick(r, ["Ondansetron 4 mg IV q6h PRN nausea", "Furosemide 40 mg IV x1 now", "Increase O2 to 4 L NC", "Hold AM insulin lispro"]),
                 "Received by: %s %s, RN  Time: %s" % (pick(r, FN_F), pick(r, LN), fmt_time(r, True)), "Ordering provider: %s" % c.name,
                 "Read back: [X]", "Co-signed: %s %s" % (c.name, fmt_date(r, plus(adm, 1), 0))]
        return finish(r, "\n\n".join(t), p, hosp)
    sc, p, c, f, v, L = out_case(r)
    d = p.date
    if st == 3:  # outpatient lab/imaging requisition
        icd = fill(sc["dx"][1], f)
        t = [letterhead(r), pick(r, ["LABORATORY REQUISITION", "Outpatient Order", "Lab Order / Requisition", "DIAGNOSTIC ORDER FORM"]),
             pt_banner(r, p, 3), "Ordering provider: %s   NPI: %s" % (c.name, c.npi), "Date ordered: %s" % fmt_date(r, d, 0),
             "Tests:\n" + bullets(r, (sc["orders"] or ["CBC", "CMP"]), 3), "Diagnosis code(s): %s" % icd,
             "Fasting: %s   Priority: %s" % (pick(r, ["Yes", "No"]), pick(r, ["Routine", "STAT", "Routine"])),
             "Bill to: %s  Member ID: %s" % (p.payer, p.member), "Provider signature: ____________________"]
    elif st == 4:  # PT referral order / DME
        t = [letterhead(r), pick(r, ["PHYSICAL THERAPY ORDER", "Rx: Physical Therapy", "DME ORDER / CERTIFICATE OF MEDICAL NECESSITY"]), pt_banner(r, p, 0),
             "Diagnosis: " + fill(sc["dx"][0], f) + " (" + fill(sc["dx"][1], f) + ")",
             pick(r, ["Evaluate and treat. 2-3x/week x 6 weeks. Modalities as indicated. Home exercise program.",
                      "Item: front-wheeled walker. Length of need: 99 months. Patient unable to ambulate safely without device.",
                      "Item: hinged knee brace, %s. Length of need: 6 months." % f["side"],
                      "Item: blood glucose meter, test strips (100), lancets. Testing frequency: 2x daily."]),
             "Precautions: " + pick(r, ["none", "WBAT", "fall risk", "no overhead lifting"]), esign(r, c, d, 1)]
    elif st == 5:  # standing orders / protocol
        t = [pick(r, GROUP[:1]) + " - Standing Orders", "Protocol: " + pick(r, ["Adult influenza immunization", "Diabetic foot screening", "Anticoagulation monitoring", "Hypertension nurse visit"]),
             "Applies to: all clinic sites  Effective: %s" % fmt_date(r, D(d.year, 1, 1), 0),
             bullets(r, ["Verify patient identity and allergies.", "Screen for contraindications per checklist.", "Document in EHR including lot number.", "Notify provider of any positive screen."], 1),
             "Approved by: %s, Medical Director" % clinician(r, "IM", "MD").name]
    else:  # clinic orders list printout
        t = ["Orders for %s" % p.full, "Encounter %s  %s" % (fmt_date(r, d, 0), site_name(r, c)),
             "\n".join("%s  [%s]  %s" % (o, pick(r, ["Routine", "Future", "Normal"]), pick(r, ["Lab - Quest/LabCorp draw", "Scheduling", "Resulted in clinic", "Referral"])) for o in (sc["orders"] or ["Follow-up visit"])),
             "Authorizing: " + c.name, "Diagnoses: " + fill(sc["dx"][0], f)]
    return finish(r, "\n\n".join(t), p, allow_fax=chance(r, 0.5))


# ----------------------------------------------------------------------------
# Surgery / procedure data
# ----------------------------------------------------------------------------
SURG = [
    dict(name="{Side} total knee arthroplasty", spec="ORTHO", pre="Primary osteoarthritis, {side} knee", anes="Spinal with adductor canal block and MAC",
         ind="end-stage {side} knee osteoarthritis with pain refractory to injections, bracing and physical therapy",
         find="Severe tricompartmental degenerative changes with eburnation of the medial femoral condyle and tibial plateau; large osteophytes.",
         steps=["A tourniquet was applied to the upper thigh and the limb was prepped and draped in the usual sterile fashion.", "A midline skin incision and medial parapatellar arthrotomy were made.",
                "Osteophytes were removed. The distal femoral cut was made using an intramedullary guide at 5 degrees of valgus, followed by the proximal tibial cut perpendicular to the mechanical axis.",
                "Flexion and extension gaps were balanced. Trial components showed excellent stability and full extension.", "Final components were cemented and the patella was resurfaced.",
                "The wound was irrigated and closed in layers; the skin was closed with staples."],
         ebl=150, spec_="Bone cuttings to pathology", implant="Cemented posterior-stabilized femoral component size 5, tibial baseplate size 4, 10 mm polyethylene insert, 35 mm patellar button"),
    dict(name="{Side} carpal tunnel release, open", spec="ORTHO", pre="Carpal tunnel syndrome, {side} wrist", anes="Local with MAC",
         ind="numbness in the median nerve distribution and EMG-confirmed moderate-to-severe median neuropathy at the wrist",
         find="Thickened transverse carpal ligament; median nerve flattened with hourglass deformity, no masses.",
         steps=["The arm was prepped and draped and a forearm tourniquet inflated to 250 mmHg.", "A 3-cm longitudinal incision was made in line with the radial border of the ring finger.",
                "The palmar fascia was divided and the transverse carpal ligament was released completely under direct visualization, protecting the median nerve.",
                "The tourniquet was released and hemostasis achieved. The skin was closed with 4-0 nylon horizontal mattress sutures."],
         ebl=5, spec_="None", implant="None"),
    dict(name="{Side} shoulder arthroscopy with rotator cuff repair and subacromial decompression", spec="ORTHO", pre="Full-thickness rotator cuff tear, {side} shoulder", anes="General endotracheal with interscalene block",
         ind="a full-thickness supraspinatus tear on MRI with persistent pain and weakness despite therapy",
         find="1.5-cm crescent-shaped full-thickness supraspinatus tear; type II acromion; biceps tendon intact.",
         steps=["The patient was placed in the beach-chair position.", "Standard posterior, lateral and anterior portals were established.",
                "Diagnostic arthroscopy was performed. A subacromial decompression and bursectomy were completed.", "The footprint was prepared and a double-row repair was performed with two medial and two lateral suture anchors.",
                "Portals were closed with nylon."], ebl=10, spec_="None", implant="4 knotless suture anchors"),
    dict(name="Laparoscopic cholecystectomy", spec="GS", pre="Symptomatic cholelithiasis", anes="General endotracheal",
         ind="recurrent biliary colic with gallstones on ultrasound",
         find="Gallbladder with multiple stones and chronic inflammation; critical view of safety obtained.",
         steps=["Pneumoperitoneum was established via Hasson technique at the umbilicus.", "Three additional ports were placed under direct vision.",
                "The fundus was retracted cephalad and the triangle of Calot dissected until the critical view of safety was obtained.",
                "The cystic duct and artery were clipped and divided. The gallbladder was removed from the liver bed with electrocautery and extracted in a bag.",
                "Fascia at the umbilicus closed with 0 Vicryl; skin closed with 4-0 Monocryl."], ebl=15, spec_="Gallbladder", implant="None"),
    dict(name="Hysteroscopy, dilation and curettage, polypectomy", spec="WH", pre="Postmenopausal bleeding; endometrial polyp on ultrasound", anes="General LMA",
         ind="postmenopausal bleeding with a thickened endometrial stripe and suspected polyp",
         find="Normal cervix. 1.5-cm pedunculated endometrial polyp at the posterior fundus; otherwise atrophic endometrium. Bilateral ostia visualized.",
         steps=["The patient was placed in dorsal lithotomy and examined under anesthesia.", "The cervix was grasped and serially dilated.",
                "The hysteroscope was inserted with normal saline distension. The polyp was removed with a hysteroscopic morcellator.",
                "Sharp curettage was performed. Fluid deficit was 150 mL."], ebl=10, spec_="Endometrial polyp and curettings", implant="None"),
    dict(name="Wide local excision of melanoma, {site}, with intermediate layered closure", spec="DERM", pre="Malignant melanoma in situ, {site}", anes="Local (1% lidocaine with epinephrine)",
         ind="biopsy-proven melanoma in situ",
         find="Well-healed biopsy scar without residual pigment.", steps=["The lesion and 5-mm margins were marked.", "The area was anesthetized and prepped.",
                                                                          "An elliptical excision was carried down to the subcutaneous fat and oriented with a suture at 12 o'clock.",
                                                                          "Undermining was performed, and the wound was closed in layers with 4-0 Monocryl deep and 5-0 nylon running cutaneous."],
         ebl=3, spec_="Skin ellipse, oriented", implant="None"),
    dict(name="Open reduction internal fixation, {side} distal radius fracture", spec="ORTHO", pre="Displaced intra-articular fracture of {side} distal radius", anes="General with supraclavicular block",
         ind="a displaced, dorsally angulated intra-articular distal radius fracture after a fall",
         find="Dorsally comminuted distal radius fracture with 25 degrees of dorsal tilt and intra-articular step-off of 2 mm.",
         steps=["A volar FCR approach was used.", "The pronator quadratus was elevated and the fracture exposed.", "The fracture was reduced under fluoroscopy and provisionally pinned.",
                "A volar locking plate was applied with distal locking screws; fluoroscopy confirmed anatomic reduction and no intra-articular screw penetration.",
                "The wound was irrigated and closed; a volar splint was applied."], ebl=25, spec_="None", implant="Volar locking distal radius plate with 7 locking screws"),
]

PROCS = [
    dict(k="colonoscopy", name="Colonoscopy", spec="GI", sed="Moderate sedation (fentanyl 100 mcg, midazolam 4 mg IV) administered under my supervision" , ind="Screening for colon cancer; hematochezia",
         body=["The patient was placed in the left lateral decubitus position. Digital rectal exam was normal.", "The colonoscope was advanced to the cecum, identified by the appendiceal orifice and ileocecal valve. The terminal ileum was intubated.",
               "Bowel preparation was good (Boston Bowel Prep Score 8).", "Findings: A 6-mm sessile polyp in the sigmoid colon, removed with cold snare. Small internal hemorrhoids. Scattered sigmoid diverticula.",
               "Withdrawal time 9 minutes."], imp="Sigmoid polyp removed; diverticulosis; internal hemorrhoids.", rec="Await pathology. Repeat colonoscopy in 5-7 years depending on histology. High-fiber diet."),
    dict(k="egd", name="Esophagogastroduodenoscopy", spec="GI", sed="Monitored anesthesia care with propofol by anesthesia", ind="Refractory GERD; dysphagia",
         body=["The endoscope was passed under direct vision into the esophagus.", "Findings: LA Grade B esophagitis in the distal esophagus. Irregular Z-line at 38 cm. Small hiatal hernia. Gastric antral erythema; biopsies taken for H. pylori. Normal duodenum."],
         imp="LA Grade B reflux esophagitis; small hiatal hernia; gastritis.", rec="Twice daily PPI for 8 weeks. Await biopsies."),
    dict(k="knee_inj", name="{Side} knee intra-articular corticosteroid injection", spec="ORTHO", sed="None", ind="Osteoarthritis, {side} knee",
         body=["Risks including infection, bleeding, post-injection flare, skin depigmentation and transient hyperglycemia were discussed and verbal/written consent obtained.",
               "Time-out performed. The {side} knee was prepped with chlorhexidine. Using a superolateral approach, 40 mg triamcinolone with 4 mL 1% lidocaine was injected into the joint without resistance.",
               "A bandage was applied. The patient tolerated the procedure well."], imp="Successful intra-articular injection.", rec="Ice, relative rest 24 h. May repeat no sooner than 3 months."),
    dict(k="skin_bx", name="Shave biopsy of skin lesion, {site}", spec="DERM", sed="Local anesthesia, 1% lidocaine with epinephrine 1 mL", ind="Atypical pigmented lesion, {site}",
         body=["Consent obtained. Site photographed and marked.", "After local anesthesia, a deep shave (saucerization) biopsy was performed with a flexible blade. Hemostasis with aluminum chloride.",
               "Petrolatum and bandage applied."], imp="Specimen sent for histopathology, rule out melanoma.", rec="Wound care as instructed. Results in 7-10 days."),
    dict(k="cath", name="Left heart catheterization, coronary angiography, left ventriculography", spec="CARD", sed="Moderate conscious sedation with midazolam and fentanyl", ind="Abnormal stress test; exertional angina",
         body=["Right radial artery access obtained with ultrasound guidance using modified Seldinger technique; 6 Fr sheath placed. Radial cocktail given.",
               "Left main: normal. LAD: 40% mid stenosis. LCx: minimal luminal irregularities. RCA: dominant, 30% proximal stenosis.",
               "LVEDP 12 mmHg. LV gram: EF estimated 55%, no wall motion abnormalities.", "TR band applied; hemostasis achieved."],
         imp="Mild nonobstructive coronary artery disease; normal LV function.", rec="Medical therapy, aggressive risk factor modification; continue aspirin and statin."),
    dict(k="emg", name="Nerve conduction study and electromyography, {side} upper extremity", spec="ORTHO", sed="None", ind="Numbness and tingling of the {side} hand",
         body=["Median sensory distal latency prolonged at 4.6 ms with reduced amplitude. Median motor distal latency 5.2 ms. Ulnar studies normal.",
               "Needle EMG of selected {side} upper limb muscles showed no active denervation; APB with mildly reduced recruitment."],
         imp="Electrodiagnostic evidence of moderate {side} median neuropathy at the wrist (carpal tunnel syndrome). No evidence of cervical radiculopathy.", rec="Clinical correlation; orthopaedic hand follow-up."),
    dict(k="iud", name="Levonorgestrel IUD insertion", spec="WH", sed="None; paracervical block", ind="Contraception; heavy menstrual bleeding",
         body=["Urine pregnancy test negative. Consent signed.", "Speculum placed, cervix cleansed with povidone-iodine. Tenaculum applied. Uterus sounded to 7.5 cm.",
               "IUD inserted per manufacturer instructions; strings trimmed to 3 cm.", "Patient tolerated well, mild cramping."], imp="Uncomplicated IUD placement.", rec="String check in 4-6 weeks."),
    dict(k="emb", name="Endometrial biopsy", spec="WH", sed="None", ind="Abnormal uterine bleeding",
         body=["Speculum inserted, cervix visualized and cleansed. Pipelle advanced to fundus at 8 cm; adequate tissue obtained in two passes.", "Minimal bleeding."],
         imp="Endometrial sampling obtained.", rec="Follow up results in 1 week."),
    dict(k="thy_fna", name="Ultrasound-guided fine needle aspiration, {side} thyroid nodule", spec="ENDO", sed="Local lidocaine", ind="2.1-cm TI-RADS 4 {side} thyroid nodule",
         body=["Informed consent obtained. Time-out performed.", "Under real-time ultrasound guidance, four passes with a 25-gauge needle were made into the nodule. Samples placed for cytology and molecular testing.",
               "Pressure applied. No hematoma."], imp="Successful FNA.", rec="Cytology results in 5-7 days."),
    dict(k="shoulder_inj", name="{Side} subacromial corticosteroid injection", spec="ORTHO", sed="None", ind="Rotator cuff tendinopathy, {side}",
         body=["Consent obtained. The posterior approach was used after sterile prep. 40 mg methylprednisolone with 5 mL 1% lidocaine injected into the subacromial space.",
               "Post-injection impingement signs improved."], imp="Subacromial injection completed.", rec="PT per plan."),
    dict(k="paracentesis", name="Ultrasound-guided paracentesis", spec="GI", sed="Local lidocaine", ind="Cirrhosis with tense ascites",
         body=["Left lower quadrant pocket identified by ultrasound. After local anesthesia a catheter was inserted.", "4.2 L of clear straw-colored fluid removed. 25 g albumin given. Samples sent for cell count, culture, albumin."],
         imp="Large-volume paracentesis without complication.", rec="Follow-up in liver clinic."),
    dict(k="ptt", name="Exercise treadmill stress test (Bruce protocol)", spec="CARD", sed="None", ind="Chest pain",
         body=["Patient exercised %d minutes of a Bruce protocol, achieving %d%% of age-predicted max heart rate and 10.1 METs.", "No chest pain. No ST changes diagnostic of ischemia. Normal BP response. Rare PVCs."],
         imp="Negative exercise ECG stress test for ischemia at adequate workload.", rec="Good functional capacity."),
]


def surg_case(r):
    s = dict(pick(r, SURG))
    p = patient(r, sex="F" if s["spec"] == "WH" else None, age=r.randint(35, 84), force=["OA"] if "knee" in s["name"] else [])
    side = pick(r, ["right", "left"])
    site = pick(r, ["left upper back", "right shoulder", "left forearm", "right calf"])
    f = dict(side=side, Side=side.capitalize(), site=site)
    for k in ("name", "pre", "ind"):
        s[k] = fill(s[k], f)
    return s, p


def op_times(r, offset=0):
    h, m = r.randint(7, 15), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    t0 = h * 60 + m + offset
    t1 = t0 + r.randint(25, 170)
    return ("%02d%02d" % (t0 // 60, t0 % 60), "%02d%02d" % (t1 // 60, t1 % 60))


# ----------------------------------------------------------------------------
# operative_note
# ----------------------------------------------------------------------------
def gen_operative_note(r):
    s, p = surg_case(r)
    c = clinician(r, s["spec"] if s["spec"] != "GS" else "GS", "MD")
    asst = pick(r, ["None", "%s %s, PA-C" % (pick(r, FN_F + FN_M), pick(r, LN)), "%s %s, MD (resident)" % (pick(r, FN_M), pick(r, LN))])
    an = clinician(r, "ANES", pick(r, ["MD", "CRNA"]))
    d = p.date
    fac = pick(r, ["Larkmoor Surgery Center", "Larkmoor Ambulatory Surgery Center - Eastbrook", pick(r, HOSPITALS)])
    body = wrap(" ".join(["The patient was identified in the preoperative holding area, the operative site was marked, and consent was confirmed.",
                          "The patient was brought to the operating room and %s anesthesia was administered." % s["anes"].split(" with")[0].lower(),
                          "Preoperative antibiotics were given within 60 minutes of incision. A surgical time-out was performed."] + s["steps"] +
                         ["Sponge, needle and instrument counts were correct x2. The patient tolerated the procedure well and was taken to %s in stable condition." % pick(r, ["PACU", "the recovery room", "phase I recovery"])]))
    fields = [("PREOPERATIVE DIAGNOSIS", s["pre"]), ("POSTOPERATIVE DIAGNOSIS", pick(r, ["Same", s["pre"], "Same as above"])), ("PROCEDURE", s["name"]),
              ("SURGEON", c.name), ("ASSISTANT", asst), ("ANESTHESIA", s["anes"]), ("ANESTHESIOLOGIST", an.name),
              ("ESTIMATED BLOOD LOSS", "%d mL" % s["ebl"]), ("FLUIDS", "%d mL crystalloid" % r.choice([300, 500, 800, 1000])),
              ("SPECIMENS", s["spec_"]), ("IMPLANTS", s["implant"]), ("DRAINS", pick(r, ["None", "None"])), ("COMPLICATIONS", pick(r, ["None", "None apparent", "No immediate complications"])),
              ("CONDITION", pick(r, ["Stable", "Stable to PACU"]))]
    st = r.randrange(6)
    if st == 0:
        t = [fac.upper(), pick(r, ["OPERATIVE REPORT", "OPERATIVE NOTE", "Operation Report", ""]), pt_banner(r, p, 3), "DATE OF SURGERY: " + fmt_date(r, d, 2),
             "\n".join("%s: %s" % x for x in fields), "INDICATIONS:\n" + wrap("%s is a %d-year-old %s with %s. Risks, benefits and alternatives were discussed and the patient wished to proceed." % (p.mr, p.age, p.sexw, s["ind"])),
             "FINDINGS:\n" + wrap(s["find"]), "DESCRIPTION OF PROCEDURE:\n" + body, esign(r, c, d, 3)]
    elif st == 1:
        t = [fac, pt_banner(r, p, 0), "Date: %s" % fmt_date(r, d, 0),
             "\n".join("%s: %s" % (k.title(), v) for k, v in fields[:8]), "Indications: " + wrap(s["ind"].capitalize() + "."),
             "Procedure in detail:\n" + body, "Findings: " + s["find"], "Disposition: " + pick(r, ["Discharge home from PACU when criteria met.", "Admit overnight for observation.", "23-hour stay."]), esign(r, c, d, 0)]
    elif st == 2:  # brief op note
        t = [pick(r, ["BRIEF OPERATIVE NOTE", "Immediate Post-Op Note", "Brief Op Note"]), pt_banner(r, p, 2), fmt_date(r, d, 1) + " " + fmt_time(r, True),
             "\n".join("%s: %s" % (k.split()[-1].title() if len(k) > 20 else k.title(), v) for k, v in fields),
             "Full operative report to follow.", "-- " + c.dr]
    elif st == 3:
        t = [letterhead(r, pick(r, [x for x in SITES if x[2] == ("ORTHO" if s["spec"] == "ORTHO" else x[2])])), pt_banner(r, p, 1),
             wrap("PROCEDURE PERFORMED: %s. SURGEON: %s. ANESTHESIA: %s." % (s["name"], c.name, s["anes"])),
             wrap("INDICATIONS FOR PROCEDURE: " + s["ind"].capitalize() + "."), wrap("OPERATIVE FINDINGS: " + s["find"]),
             wrap("TECHNIQUE: " + body), "EBL: %d mL. Specimen: %s. Complications: none." % (s["ebl"], s["spec_"]),
             "I was present and scrubbed for the entire procedure." if chance(r, 0.6) else "", esign(r, c, d, 5)]
    elif st == 4:
        t = ["Surgeon: %s     Date of operation: %s" % (c.name, fmt_date(r, d, 3)), "Patient: %s, MRN %s" % (p.lf, p.mrn),
             "Operation: " + s["name"], "Pre-op dx: " + s["pre"], "Post-op dx: same",
             wrap("Narrative: " + body), "Implants: " + s["implant"], "Plan: " + pick(r, ["PT starting POD 0, WBAT.", "Sling x 6 weeks.", "Splint, elevate, follow up 10-14 days.", "Regular diet, discharge when tolerating PO."]), esign(r, c, d, 2)]
    else:
        t = [fac, "PROCEDURE/OPERATIVE REPORT", "Patient Name: %s   Age/Sex: %d/%s   Acct: %s" % (p.full, p.age, p.sex, p.acct),
             "Procedure date: %s   Room: OR %d   Start: %s  End: %s" % ((fmt_date(r, d, 0), r.randint(1, 9)) + op_times(r)),
             "\n".join("%-26s %s" % (k + ":", v) for k, v in fields), "OPERATIVE PROCEDURE:\n" + body, esign(r, c, d, 6)]
    return finish(r, "\n\n".join(x for x in t if x), p, fac)


# ----------------------------------------------------------------------------
# procedure_note
# ----------------------------------------------------------------------------
def gen_procedure_note(r):
    pr = dict(pick(r, PROCS))
    p = patient(r, sex="F" if pr["spec"] == "WH" else None, age=r.randint(28, 82) if pr["spec"] != "WH" else r.randint(24, 55),
                force=["OA"] if pr["k"] == "knee_inj" else [])
    side = pick(r, ["right", "left"])
    f = dict(side=side, Side=side.capitalize(), site=pick(r, ["left upper back", "right forearm", "left calf", "mid back"]))
    for k in ("name", "ind", "imp"):
        pr[k] = fill(pr[k], f)
    body = [fill(x, f) for x in pr["body"]]
    if pr["k"] == "ptt":
        body[0] = body[0] % (r.randint(7, 12), r.randint(86, 98))
    c = clinician(r, pr["spec"], pick(r, ["MD", "MD", "DO"]) if pr["spec"] in ("GI", "CARD") else None)
    d = p.date
    site = pick(r, [s for s in SITES if s[2] == pr["spec"]] or SITES)
    st = r.randrange(6)
    consent = pick(r, ["Informed consent was obtained after discussion of risks, benefits and alternatives.", "Written consent on chart.", "Consent: signed, witnessed."])
    if st == 0:
        t = [letterhead(r, site), pick(r, ["PROCEDURE NOTE", "Procedure Report", "%s REPORT" % pr["name"].split(",")[0].upper(), ""]), pt_banner(r, p, 3),
             "Date of procedure: %s" % fmt_date(r, d), "Performed by: %s" % c.name, "Indication(s): " + pr["ind"], "Sedation/Anesthesia: " + pr["sed"],
             consent, "Procedure: " + pr["name"], "Description:\n" + wrap(" ".join(body)), "Impression: " + pr["imp"], "Recommendations: " + pr["rec"],
             "Complications: none. EBL: minimal.", esign(r, c, d, 0)]
    elif st == 1:
        t = [site[0], "Endoscopy/Procedure Unit" if pr["spec"] == "GI" else SPEC[c.spec], pt_banner(r, p, 2),
             "PROCEDURE: " + pr["name"].upper(), "INDICATIONS: " + pr["ind"], "MEDICATIONS: " + pr["sed"],
             "FINDINGS:\n" + bullets(r, body, 0), "IMPRESSION:\n" + bullets(r, [x.strip() for x in pr["imp"].split(";")], 1),
             "PLAN: " + pr["rec"], "Images: %d captured" % r.randint(4, 12) if pr["spec"] == "GI" else "", esign(r, c, d, 2)]
    elif st == 2:  # embedded in clinic note style
        t = [clinic_header(r, p, c, d, "Procedure Visit")[0] or pt_banner(r, p), wrap("%s presents for %s. %s" % (p.mr, pr["name"].lower(), consent)),
             "Time-out performed with correct patient, site and procedure verified." if chance(r, 0.7) else "",
             wrap(" ".join(body)), wrap("Assessment: %s. %s" % (pr["imp"], pr["rec"])), scribe_disclaimer(r, c) if chance(r, 0.3) else "", esign(r, c, d)]
    elif st == 3:
        t = ["%s\n%s" % (pr["name"], "-" * min(60, len(pr["name"]))), "Patient: %s   DOB %s" % (p.full, fmt_date(r, p.dob, 0)),
             "Operator: %s   Assistant: %s" % (c.name, pick(r, ["none", "%s %s, RN" % (pick(r, FN_F), pick(r, LN)), "%s %s, CMA" % (pick(r, FN_F), pick(r, LN))])),
             "Pre-procedure dx: " + pr["ind"], "Post-procedure dx: same", wrap("Technique: " + " ".join(body)), "Estimated blood loss: minimal   Specimens: " + pick(r, ["sent to pathology", "none"]),
             "Patient tolerated the procedure well and was discharged in stable condition.", esign(r, c, d, 4)]
    elif st == 4:
        t = [pt_banner(r, p, 5), "%s | %s | %s" % (fmt_date(r, d, 4), pr["name"], c.name), wrap(" ".join([consent] + body + ["IMPRESSION: " + pr["imp"], "RECS: " + pr["rec"]])), esign(r, c, d, 5)]
    else:
        t = [letterhead(r, site), "Dear %s,\n" % p.pcp.dr + wrap("Your patient %s underwent %s today for %s. %s Impression: %s %s" % (
            p.full, pr["name"].lower(), pr["ind"].lower(), " ".join(body), pr["imp"], pr["rec"])), "Sincerely,", esign(r, c, d, 1)]
    return finish(r, "\n\n".join(x for x in t if x), p, site[0])


# ----------------------------------------------------------------------------
# anesthesia_record
# ----------------------------------------------------------------------------
def gen_anesthesia_record(r):
    s, p = surg_case(r)
    an = clinician(r, "ANES", pick(r, ["MD", "MD", "CRNA"]))
    d = p.date
    v = vitals(r, p)
    asa = pick(r, ["I", "II", "II", "III"])
    airway = pick(r, ["ETT 7.0 cuffed, grade I view, MAC 3, atraumatic", "LMA #4, easy placement", "Natural airway, nasal cannula 2 L", "ETT 7.5 via video laryngoscope, grade I"])
    ga = "General" in s["anes"] and "LMA" not in s["anes"]
    drugs = some(r, [("propofol 150 mg" if ga else "propofol 50 mg then 75 mcg/kg/min"), "fentanyl 100 mcg", "midazolam 2 mg", "ondansetron 4 mg", "dexamethasone 8 mg",
                     "cefazolin 2 g", "ketorolac 30 mg", "phenylephrine 100 mcg x3", "lidocaine 60 mg"] + (["rocuronium 50 mg", "sugammadex 200 mg"] if ga else []), 5, 9)
    if ga:
        airway = pick(r, ["ETT 7.0 cuffed, grade I view, MAC 3, atraumatic", "ETT 7.5 via video laryngoscope, grade I"])
    if not ga:
        airway = pick(r, ["Natural airway, nasal cannula 2 L", "Natural airway, simple face mask"]) if "LMA" not in s["anes"] else "LMA #4, easy placement"
    st = r.randrange(6)
    times = sorted(r.sample(range(0, 150, 5), 8))
    start_h = r.randint(7, 13)
    grid = "\n".join("%02d:%02d  BP %d/%d  HR %d  SpO2 %d  EtCO2 %d" % (start_h + t // 60, t % 60, r.randint(98, 142), r.randint(55, 85), r.randint(58, 92), r.randint(97, 100), r.randint(32, 40)) for t in times)
    if st == 0:
        t = [pick(r, ["ANESTHESIA RECORD", "Intraoperative Anesthesia Record", "ANESTHESIA CARE RECORD"]), pick(r, ["Larkmoor Surgery Center", pick(r, HOSPITALS)]), pt_banner(r, p, 1),
             "Date: %s  Procedure: %s" % (fmt_date(r, d, 0), s["name"]), "Surgeon: %s   Anesthesia: %s" % (clinician(r, s["spec"], "MD").name, an.name),
             "ASA: %s   Ht %d in  Wt %d lb   NPO since: %s" % (asa, p.height_in, p.weight_lb, pick(r, ["midnight", "0200", "2300"])), "Allergies: " + allergy_text(r, p),
             "Anesthetic technique: " + s["anes"], "Airway: " + airway, "Medications:\n" + bullets(r, drugs, 3), "Monitors: ECG, NIBP, SpO2, EtCO2, temp",
             "Vitals:\n" + grid, "Fluids: LR %d mL   EBL: %d mL   UOP: %s" % (r.choice([500, 800, 1000, 1200]), s["ebl"], pick(r, ["not measured", "200 mL"])),
             "Anesthesia start %s  Incision %s  End %s" % ((op_times(r)[0],) + op_times(r, 15)), "Transferred to PACU, stable, report given.", an.name]
    elif st == 1:  # pre-anesthesia evaluation
        t = ["PRE-ANESTHESIA EVALUATION", pt_banner(r, p, 0), "Planned procedure: " + s["name"], "PMH: " + (", ".join(cond_name(k) for k in p.conds) or "none"),
             "Meds: " + ", ".join(m[0] for m in p.meds), "Prior anesthesia: " + pick(r, ["GA for appendectomy - no problems", "none", "PONV with prior surgery"]),
             "Airway: Mallampati %s, TMD >3 FB, neck ROM full, dentition %s" % (pick(r, ["I", "II", "III"]), pick(r, ["intact", "upper partial", "poor"])),
             "Cardiac: RRR   Pulm: CTA", "ASA %s" % asa, "Plan: " + s["anes"] + ". Risks discussed including sore throat, dental injury, PONV, awareness, aspiration; patient agrees.", esign(r, an, d, 2)]
    elif st == 2:  # PACU record
        t = ["POST-ANESTHESIA CARE UNIT RECORD", pt_banner(r, p, 2), "Procedure: " + s["name"], "Arrival: " + fmt_time(r, True),
             "Aldrete score: arrival %d, discharge %d" % (r.randint(7, 9), r.randint(9, 10)), "Pain scores: %d -> %d" % (r.randint(4, 8), r.randint(0, 3)),
             "PACU meds: " + pick(r, ["hydromorphone 0.4 mg IV x2", "fentanyl 25 mcg IV x2", "ondansetron 4 mg IV", "none"]),
             "Vitals:\n" + "\n".join(grid.split("\n")[:4]), "Discharged from PACU to %s at %s" % (pick(r, ["Phase II", "floor", "home with spouse"]), fmt_time(r, True)), "RN: %s %s" % (pick(r, FN_F), pick(r, LN))]
    elif st == 3:
        t = ["Anesthesia Procedure Note - Regional Block", pt_banner(r, p, 4), "Block: " + pick(r, ["Interscalene", "Adductor canal", "Supraclavicular", "Femoral"]) + " nerve block, ultrasound-guided",
             "Indication: postoperative analgesia per surgeon request", "Local: 20 mL 0.5% ropivacaine", "Sedation: midazolam 2 mg", "Aspiration negative, no paresthesia, no complications.",
             "Time-out performed. Consent signed.", esign(r, an, d, 0)]
    elif st == 4:
        t = ["%s ANESTHESIA" % pick(r, HOSPITALS).upper(), "Name %s  Acct %s  Age %d  Sex %s  ASA %s%s" % (p.lf, p.acct, p.age, p.sex, asa, pick(r, ["", "", "E"])),
             "Dx: " + s["pre"] + "   Proc: " + s["name"], "Induction: IV  Maint: sevo/O2/air  Airway: " + airway,
             "Drug | Dose | Time\n" + "\n".join("%s | %s | %s" % (x.rsplit(" ", 2)[0], " ".join(x.rsplit(" ", 2)[1:]), fmt_time(r, True)) for x in drugs),
             "I/O: crystalloid %d / EBL %d" % (r.choice([600, 900, 1100]), s["ebl"]), "Events: " + pick(r, ["none", "transient hypotension after induction treated with phenylephrine", "uneventful"]),
             "Post-op: extubated in OR, to PACU on %s" % pick(r, ["RA", "simple face mask", "2L NC"]), an.name]
    else:
        t = ["Post-Anesthesia Evaluation", pt_banner(r, p, 0), "Date: %s" % fmt_date(r, d, 1), "Procedure: " + s["name"],
             "Respiratory function: stable, SpO2 %d%%\nCardiovascular: stable\nMental status: awake, oriented\nPain: adequately controlled\nN/V: %s\nHydration: adequate" % (v["spo2"], pick(r, ["none", "mild, treated"])),
             "No apparent anesthetic complications.", esign(r, an, d, 2)]
    return finish(r, "\n\n".join(x for x in t if x), p)


# ----------------------------------------------------------------------------
# lab_report
# ----------------------------------------------------------------------------
LABS_CO = ["Larkmoor Medical Group Clinical Laboratory", "Tri-County Reference Laboratories", "Quorum Diagnostics, Inc.", "Meridian Path & Lab Services"]


def gen_lab_report(r):
    p = patient(r)
    L = lab_values(r, p)
    c = p.pcp if chance(r, 0.6) else clinician(r)
    lab = pick(r, LABS_CO + [pick(r, HOSPITALS) + " Laboratory"])
    d = p.date
    panels = some(r, ["CMP", "CBC", "LIPID", "A1C", "TSH", "VITD", "BMP"], 1, 4)
    if "CMP" in panels and "BMP" in panels:
        panels.remove("BMP")
    st = r.randrange(7)
    coll = "%s %s" % (fmt_date(r, d, 0), fmt_time(r, True))
    rep = "%s %s" % (fmt_date(r, plus(d, r.randint(0, 2)), 0), fmt_time(r, True))
    acc = "%s%d-%06d" % (pick(r, ["A", "LM", "Q", "T"]), d.year % 100, r.randrange(10 ** 6))
    lines = []
    for pn in panels:
        name = pick(r, PANEL_NAMES[pn])
        rows = []
        for k in PANELS[pn]:
            _, n, u, lo, hi = labdef(k)
            val = L[k]
            fl = flag(k, val)
            if st in (0, 3):
                rows.append("  %-28s %8s %-2s %-16s %s" % (n, val, fl, u, refrange(lo, hi)))
            elif st == 1:
                rows.append("%s: %s %s (ref %s) %s" % (n, val, u, refrange(lo, hi), "*" + fl if fl else ""))
            elif st == 2:
                rows.append("%s | %s | %s | %s | %s" % (n, val, fl or "", refrange(lo, hi), u))
            elif st == 4:
                rows.append("%-24s%-10s%-6s%s" % (n.upper(), val, ("(" + fl + ")") if fl else "", refrange(lo, hi) + " " + u))
            else:
                rows.append("%s %s%s" % (n, val, " " + fl if fl else ""))
        lines.append((name, rows))
    body = "\n\n".join(("%s\n" % (n.upper() if st != 5 else n)) + "\n".join(rs) for n, rs in lines)
    if st == 0:
        t = [lab.upper(), "%d %s, %s, %s  CLIA #%02dD%07d" % (r.randint(100, 999), pick(r, STREETS), pick(r, CITIES), STATE, r.randint(10, 39), r.randrange(10 ** 7)),
             "Patient: %s    DOB: %s    Sex: %s\nPatient ID: %s    Specimen: %s\nCollected: %s    Reported: %s\nOrdering: %s" % (p.lf, fmt_date(r, p.dob, 0), p.sex, p.mrn, acc, coll, rep, c.name),
             "  %-28s %8s %-2s %-16s %s" % ("TEST", "RESULT", "FL", "UNITS", "REFERENCE"), body, "Flags: H=High L=Low", "Final Report", "Lab Director: %s, MD" % clinician(r, "PATH", "MD").short]
    elif st == 1:
        t = ["Results - %s" % pick(r, ["Final", "Verified"]), pt_banner(r, p, 0), "Ordered by %s | Collected %s | Resulted %s" % (c.name, coll, rep), body,
             "Performed at: " + lab]
    elif st == 2:
        t = [pick(r, ["LAB RESULTS", "Laboratory Report", ""]), "%s  %s" % (p.full, fmt_date(r, p.dob, 1)), "Test | Result | Flag | Reference | Units", body, "Accession %s" % acc]
    elif st == 3:  # with provider comment/result note to patient
        abn = [labdef(k)[1] for pn in panels for k in PANELS[pn] if flag(k, L[k])]
        t = [lab, pt_banner(r, p, 1), "Collection date: " + coll, body,
             "Provider comment (%s, %s): %s" % (c.short, fmt_date(r, plus(d, 2), 1), ("Please let patient know %s slightly abnormal; recheck at next visit." % ", ".join(abn[:2])) if abn else "Normal results, letter sent."),
             "Reviewed %s" % c.dr]
    elif st == 4:
        t = [fax_header(r, p, lab, r.randint(1, 3)), lab.upper(), "PATIENT NAME: %s   AGE/SEX: %d/%s   ACCT: %s" % (p.lf, p.age, p.sex, p.acct),
             "PHYSICIAN: %s   RECEIVED: %s" % (c.short.upper(), rep), body, "*** END OF REPORT ***"]
    elif st == 5:  # urinalysis / micro
        micro = chance(r, 0.5)
        if micro:
            org = pick(r, ["Escherichia coli", "Klebsiella pneumoniae", "Enterococcus faecalis"])
            body = "Urine culture\nSource: clean catch\nResult: >100,000 CFU/mL %s\n\nSusceptibility (MIC):\n  Ampicillin            R\n  Cefazolin             S\n  Ciprofloxacin         %s\n  Nitrofurantoin        S\n  Trimethoprim/Sulfa    %s" % (org, pick(r, "SR"), pick(r, "SR"))
        else:
            body = "URINALYSIS, COMPLETE\nColor: Yellow   Appearance: %s\nSpecific gravity: 1.0%02d\npH: %s\nProtein: %s\nGlucose: %s\nKetones: Negative\nBlood: %s\nLeukocyte esterase: %s\nNitrite: %s\nWBC/hpf: %s\nRBC/hpf: 0-2\nBacteria: %s" % (
                pick(r, ["Clear", "Cloudy"]), r.randint(5, 30), pick(r, ["5.5", "6.0", "6.5"]), pick(r, ["Negative", "Trace", "1+"]),
                "2+" if "DM2" in p.conds else "Negative", pick(r, ["Negative", "Trace"]), pick(r, ["Negative", "2+"]), pick(r, ["Negative", "Positive"]), pick(r, ["0-5", "10-20", ">50"]), pick(r, ["None seen", "Few", "Many"]))
        t = [lab, pt_banner(r, p, 2), "Collected: " + coll, body, "Ordering provider: " + c.name]
    else:  # cumulative / trend
        keys = ["A1C", "LDL", "CREAT", "TSH"]
        dates = [plus(d, -x) for x in (360, 180, 90, 0)]
        rows = ["%-18s" % "" + "".join("%-12s" % fmt_date(r, x, 1) for x in dates)]
        for k in keys:
            base = L[k]
            rows.append("%-18s" % labdef(k)[1][:17] + "".join("%-12s" % round(base * r.uniform(0.9, 1.12), 2 if k in ("TSH", "CREAT") else 1) for _ in dates))
        t = ["Cumulative Results Report", pt_banner(r, p, 0), "\n".join(rows), "Printed by %s, %s" % (pick(r, FN_F), fmt_date(r, plus(d, 1), 0))]
    return finish(r, "\n\n".join(x for x in t if x), p, lab, paginate_p=0.3)


# ----------------------------------------------------------------------------
# imaging_report
# ----------------------------------------------------------------------------
IMG = [
    ("XR KNEE 3 VIEWS {SIDE} (WEIGHT-BEARING)", "Knee pain", "AP standing, lateral and sunrise views of the {side} knee.",
     ["Moderate medial compartment joint space narrowing with marginal osteophytes. Subchondral sclerosis. Small suprapatellar effusion. No fracture or dislocation."],
     "Moderate medial compartment osteoarthritis of the {side} knee.", "ORTHO"),
    ("CHEST X-RAY PA AND LATERAL", "Cough", "PA and lateral views of the chest.",
     ["The lungs are clear without focal consolidation, effusion or pneumothorax. Cardiomediastinal silhouette is within normal limits. No acute osseous abnormality."],
     "No acute cardiopulmonary process.", "FM"),
    ("MRI LUMBAR SPINE WITHOUT CONTRAST", "Low back pain radiating to the left leg", "Multiplanar multisequence MR imaging of the lumbar spine without contrast.",
     ["Alignment is normal. Conus terminates at L1.", "L3-4: Mild disc bulge without stenosis.", "L4-5: Broad-based disc bulge with a superimposed left paracentral protrusion contacting the descending left L5 nerve root. Mild facet arthropathy. Mild left lateral recess narrowing.", "L5-S1: No significant stenosis."],
     "L4-5 left paracentral disc protrusion contacting the traversing left L5 nerve root.", "ORTHO"),
    ("MRI {SIDE} SHOULDER WITHOUT CONTRAST", "Shoulder pain, weakness", "Multiplanar MRI of the {side} shoulder.",
     ["Full-thickness tear of the supraspinatus tendon measuring 1.4 cm AP with 1.2 cm retraction. No significant muscle atrophy. Infraspinatus and subscapularis intact. Type II acromion. Mild AC joint arthrosis. Labrum grossly intact."],
     "Full-thickness supraspinatus tear with mild retraction, no atrophy.", "ORTHO"),
    ("TRANSTHORACIC ECHOCARDIOGRAM", "Heart failure / dyspnea", "Complete 2D, M-mode, color and spectral Doppler study. Image quality good.",
     ["Left ventricle: normal size. LVEF visually estimated {ef}%.", "Right ventricle: normal size and function. TAPSE 2.1 cm.", "Left atrium: mildly dilated.", "Mitral valve: mild regurgitation.",
      "Aortic valve: trileaflet, no stenosis.", "Estimated RVSP 32 mmHg. IVC normal with >50% respiratory variation. No pericardial effusion."],
     "LVEF {ef}%. Mild mitral regurgitation. Mild left atrial enlargement.", "CARD"),
    ("ULTRASOUND THYROID", "Palpable thyroid nodule", "Grayscale and color Doppler ultrasound of the thyroid.",
     ["Right lobe: 5.1 x 1.8 x 1.6 cm. Left lobe: 4.8 x 1.7 x 1.5 cm. Isthmus 3 mm.", "Right mid pole solid hypoechoic nodule, 2.1 x 1.6 x 1.4 cm, wider than tall, smooth margins, no calcifications (TI-RADS 4, 7 points).", "No abnormal cervical lymph nodes."],
     "2.1-cm TI-RADS 4 right thyroid nodule; FNA recommended.", "ENDO"),
    ("DXA BONE DENSITOMETRY", "Osteoporosis screening", "DXA of the lumbar spine and bilateral hips.",
     ["L1-L4 BMD 0.812 g/cm2, T-score -2.7.", "Left femoral neck T-score -2.3. Total hip T-score -1.9.", "FRAX 10-year probability: major osteoporotic fracture 18%, hip fracture 3.4%."],
     "Osteoporosis by WHO criteria based on lumbar spine.", "IM"),
    ("SCREENING MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS", "Routine screening", "Bilateral CC and MLO views with tomosynthesis. Compared to prior studies.",
     ["The breasts are heterogeneously dense, which may obscure small masses.", "No suspicious masses, calcifications or architectural distortion."],
     "BI-RADS 1: Negative. Recommend routine screening mammogram in 1 year.", "WH"),
    ("CT ABDOMEN AND PELVIS WITH CONTRAST", "Abdominal pain", "Axial CT images of the abdomen and pelvis after 100 mL IV contrast, with coronal and sagittal reformats.",
     ["Liver, spleen, pancreas and adrenal glands are unremarkable. Gallbladder contains a few small stones without wall thickening.", "Scattered sigmoid diverticula without surrounding inflammation.",
      "Appendix is normal. No bowel obstruction. No free fluid or free air. No lymphadenopathy."],
     "1. Cholelithiasis without evidence of cholecystitis. 2. Sigmoid diverticulosis without diverticulitis.", "GI"),
    ("PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL", "Heavy menstrual bleeding", "Transabdominal and transvaginal grayscale and Doppler.",
     ["Uterus 11.2 x 6.4 x 7.0 cm, enlarged with multiple fibroids, the largest intramural posterior fibroid measuring 3.8 cm. A 1.9-cm submucosal fibroid distorts the endometrium.", "Endometrium 9 mm.", "Ovaries normal. No free fluid."],
     "Fibroid uterus including a submucosal component.", "WH"),
    ("MYOCARDIAL PERFUSION IMAGING, EXERCISE (SPECT)", "Chest pain", "Tc-99m sestamibi rest/stress protocol. Bruce protocol exercise 8:30 min, 92% MPHR.",
     ["No chest pain during exercise. No ischemic ECG changes.", "Perfusion images show normal tracer uptake without reversible or fixed defects.", "Gated LVEF 62% with normal wall motion."],
     "Normal myocardial perfusion study. Low risk.", "CARD"),
    ("CAROTID DUPLEX ULTRASOUND, BILATERAL", "Carotid bruit", "Bilateral grayscale, color and spectral Doppler.",
     ["Right ICA PSV 98 cm/s, EDV 24 cm/s; mild heterogeneous plaque.", "Left ICA PSV 84 cm/s; minimal plaque.", "Antegrade vertebral flow bilaterally."],
     "Less than 50% stenosis of bilateral internal carotid arteries.", "CARD"),
    ("XR {SIDE} WRIST 3 VIEWS", "Fall on outstretched hand", "PA, lateral and oblique views.",
     ["Intra-articular distal radius fracture with dorsal angulation of 20 degrees and mild comminution. Ulnar styloid fracture. Soft tissue swelling."],
     "Dorsally angulated intra-articular distal radius fracture.", "ORTHO"),
    ("ULTRASOUND ABDOMEN RIGHT UPPER QUADRANT", "RUQ pain, elevated LFTs", "Grayscale and color Doppler of the RUQ.",
     ["Liver normal in size with increased echogenicity consistent with hepatic steatosis. Gallbladder without stones or wall thickening. CBD 3 mm. Right kidney normal."],
     "Hepatic steatosis. No cholelithiasis.", "GI"),
]


def gen_imaging_report(r):
    p = patient(r)
    side = pick(r, ["right", "left"])
    ex = pick(r, IMG)
    if ex[5] == "WH":
        p = patient(r, sex="F", age=r.randint(40, 75))
    f = dict(side=side, SIDE=side.upper(), ef=pick(r, ["55-60", "60-65", "35-40", "50-55"]))
    name, ind, tech, finds, imp, spec = ex[0].format(**f), ex[1], tech_f(ex[2], f), [fill(x, f) for x in ex[3]], fill(ex[4], f), ex[5]
    rad = clinician(r, "RAD" if "ECHO" not in name else "CARD", "MD")
    ordering = clinician(r, spec)
    d = p.date
    place = pick(r, ["Larkmoor Imaging Center", "Larkmoor Heart & Vascular - Noninvasive Lab" if spec == "CARD" else "Larkmoor Imaging - Eastbrook", pick(r, HOSPITALS) + " Department of Radiology", "Pellham Open MRI"])
    acc = "%s%08d" % (pick(r, ["RAD", "IMG", "CT", "MR", "US"]), r.randrange(10 ** 8))
    comp = pick(r, ["None available.", "Comparison: %s." % fmt_date(r, plus(d, -r.randint(200, 900)), 0), "No prior studies for comparison.", "Compared with prior study of %s." % fmt_date(r, plus(d, -400), 1)])
    st = r.randrange(7)
    if st == 0:
        t = [place.upper(), pt_banner(r, p, 1), "EXAM: %s\nDATE: %s\nACCESSION: %s\nORDERING PHYSICIAN: %s" % (name, fmt_date(r, d, 0), acc, ordering.name),
             "CLINICAL HISTORY: " + ind + ".", "TECHNIQUE: " + tech, "COMPARISON: " + comp.replace("Comparison: ", ""), "FINDINGS:\n" + "\n".join(finds),
             "IMPRESSION:\n" + imp, esign(r, rad, d, pick(r, [0, 5]))]
    elif st == 1:
        t = [place, "%s   %s   %s" % (name.title(), fmt_date(r, d, 1), p.lf), "Indication: " + ind, wrap("Findings: " + " ".join(finds)), "Impression: " + imp,
             "Dictated by: %s\nSigned: %s" % (rad.name, fmt_date(r, d, 0))]
    elif st == 2:
        t = ["PROCEDURE: " + name, "Patient: %s   DOB: %s   MRN: %s" % (p.full, fmt_date(r, p.dob, 0), p.mrn), "HISTORY: " + ind,
             "REPORT:\n" + wrap(tech + " " + comp + " " + " ".join(finds)), "IMPRESSION:\n" + "\n".join("%d. %s" % (i + 1, x.strip()) for i, x in enumerate(imp.split(". ")) if x.strip()),
             "** Electronically signed by %s at %s %s **" % (rad.name, fmt_date(r, d, 0), fmt_time(r, True))]
    elif st == 3:  # echo-style structured measurements or structured table
        meas = "\n".join("%-22s %s" % x for x in [("Study date:", fmt_date(r, d, 0)), ("Height/Weight:", "%d in / %d lb" % (p.height_in, p.weight_lb)), ("BP:", vitals(r, p)["bp"]), ("Indication:", ind), ("Sonographer/Tech:", "%s %s, %s" % (pick(r, FN_F), pick(r, LN), pick(r, ["RDCS", "RT(R)", "RDMS"])))])
        t = [place, name, pt_banner(r, p, 0), meas, "Findings\n" + bullets(r, finds, 0), "Conclusion\n" + imp, "Interpreting physician: " + rad.name]
    elif st == 4:
        t = [fax_header(r, p, place, 2), "%s | RADIOLOGY REPORT" % place, pt_banner(r, p, 2), "Exam: %s (%s)" % (name, acc), "Reason for exam: " + ind, wrap("Findings: " + " ".join(finds)),
             "IMPRESSION: " + imp.upper(), "Ordering: " + ordering.short, "cc: " + p.pcp.short]
    elif st == 5:  # result note in chart with attached report
        t = ["Result Note", "%s reviewed %s: %s" % (ordering.dr, name.lower(), pick(r, ["discussed with patient by phone.", "MyChart message sent.", "will discuss at follow-up."])),
             "-" * 40, "%s  %s" % (name, fmt_date(r, d, 0)), wrap("Findings: " + " ".join(finds)), "Impression: " + imp, "Radiologist: " + rad.short]
    else:
        t = [pick(r, ["DIAGNOSTIC IMAGING", "RADIOLOGY CONSULTATION", ""]), "Name: %s  Age: %d  Sex: %s" % (p.lf, p.age, p.sex), name,
             wrap("Clinical indication: %s. %s %s" % (ind, tech, comp)), "\n".join(finds), "IMPRESSION: " + imp,
             pick(r, ["Critical result: no.", "Results communicated to the ordering provider via EHR.", ""]), "%s, Radiologist" % rad.name]
    return finish(r, "\n\n".join(x for x in t if x), p, place, paginate_p=0.3)


def tech_f(s, f):
    return fill(s, f)


# ----------------------------------------------------------------------------
# pathology_report
# ----------------------------------------------------------------------------
PATH = [
    ("Skin, {site}, shave biopsy", "Received in formalin labeled with the patient's name and '{site}' is a tan-brown shave of skin measuring 0.8 x 0.6 x 0.2 cm. Inked, trisected and entirely submitted in cassette A1.",
     ["DYSPLASTIC (ATYPICAL) COMPOUND NEVUS WITH MODERATE CYTOLOGIC ATYPIA.", "MALIGNANT MELANOMA IN SITU, LENTIGO MALIGNA TYPE.", "SEBORRHEIC KERATOSIS, IRRITATED.", "BASAL CELL CARCINOMA, NODULAR TYPE."],
     "Deep and peripheral margins: {margin}.", "DERM", None),
    ("Colon, sigmoid, polypectomy", "Received in formalin labeled 'sigmoid polyp' are two tan soft tissue fragments, 0.5 and 0.3 cm. Entirely submitted in A1.",
     ["TUBULAR ADENOMA. Negative for high-grade dysplasia.", "HYPERPLASTIC POLYP.", "SESSILE SERRATED LESION without cytologic dysplasia."], "", "GI", None),
    ("Stomach, antrum, biopsy", "Received in formalin are three tan-pink mucosal fragments, 0.2-0.3 cm, entirely submitted.",
     ["CHRONIC ACTIVE GASTRITIS WITH HELICOBACTER PYLORI-LIKE ORGANISMS, confirmed by immunohistochemistry.", "MILD CHRONIC INACTIVE GASTRITIS. Immunostain for H. pylori negative."], "", "GI", None),
    ("Gallbladder, cholecystectomy", "Received fresh is a 7.5 x 3.0 cm opened gallbladder with a 0.2 cm wall and multiple yellow-green faceted stones, 0.3-1.1 cm. Representative sections submitted.",
     ["CHRONIC CHOLECYSTITIS WITH CHOLELITHIASIS.", "ACUTE AND CHRONIC CHOLECYSTITIS WITH CHOLELITHIASIS."], "", "GS", None),
    ("Endometrium, biopsy", "Received in formalin are multiple fragments of tan-red soft tissue and blood clot aggregating 1.5 x 1.0 x 0.3 cm. Entirely submitted.",
     ["PROLIFERATIVE PHASE ENDOMETRIUM. Negative for hyperplasia or malignancy.", "DISORDERED PROLIFERATIVE ENDOMETRIUM WITH BREAKDOWN. No atypical hyperplasia.", "ENDOMETRIAL POLYP. Negative for atypia."], "", "WH", "F"),
    ("Thyroid, right nodule, fine needle aspiration", "Four direct smears (2 Diff-Quik, 2 Pap) and ThinPrep.",
     ["BETHESDA CATEGORY II: BENIGN. Consistent with benign follicular nodule.", "BETHESDA CATEGORY III: ATYPIA OF UNDETERMINED SIGNIFICANCE. Molecular testing sent.", "BETHESDA CATEGORY II: BENIGN. Lymphocytic thyroiditis background."], "", "ENDO", None),
    ("Cervix, liquid-based Pap test with HPV co-testing", "ThinPrep specimen, satisfactory for evaluation; endocervical/transformation zone component present.",
     ["NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY. High-risk HPV: NOT DETECTED.", "ATYPICAL SQUAMOUS CELLS OF UNDETERMINED SIGNIFICANCE (ASC-US). High-risk HPV: DETECTED (other high-risk types).", "LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL)."], "", "WH", "F"),
    ("Bone, {side} knee, total knee arthroplasty", "Received in formalin are multiple bone and cartilage fragments aggregating 8.0 x 6.0 x 2.5 cm with eburnated articular surfaces.",
     ["DEGENERATIVE JOINT DISEASE (OSTEOARTHRITIS)."], "", "ORTHO", None),
]


def gen_pathology_report(r):
    spec_, gross, dxs, margin, specialty, sex = pick(r, PATH)
    p = patient(r, sex=sex, age=r.randint(25, 65) if sex else None)
    f = dict(site=pick(r, ["left upper back", "right shoulder", "left forearm", "right calf"]), side=pick(r, ["right", "left"]),
             margin=pick(r, ["involved", "free of lesion, closest margin 1 mm", "free", "focally involved at peripheral margin"]))
    spec_, gross, dx, margin = fill(spec_, f), fill(gross, f), pick(r, dxs), fill(margin, f)
    path = clinician(r, "PATH", "MD")
    subm = clinician(r, specialty if specialty in SPEC and specialty != "GS" else "GI")
    d = p.date
    lab = pick(r, ["Larkmoor Dermatopathology" if specialty == "DERM" else "Cedar Point Pathology Associates", "Tri-County Reference Laboratories - Anatomic Pathology",
                   pick(r, HOSPITALS) + " - Department of Pathology"])
    case = "%s%d-%05d" % (pick(r, ["S", "SP", "D", "C" if "Pap" in spec_ or "aspiration" in spec_ else "S"]), d.year % 100, r.randrange(10 ** 5))
    micro = pick(r, ["Sections show " + dx.split(".")[0].lower() + " as described above.", "Microscopic examination performed.",
                     "The histologic sections demonstrate findings supporting the diagnosis above. Appropriate controls stain appropriately.", ""])
    note = pick(r, ["", "Comment: Clinical correlation recommended.", "Comment: Re-excision with 5 mm margins is recommended." if "MELANOMA" in dx else "",
                    "Comment: Surveillance colonoscopy interval per USMSTF guidelines." if "ADENOMA" in dx else ""])
    st = r.randrange(6)
    if st == 0:
        t = [lab.upper(), "SURGICAL PATHOLOGY REPORT", "Case #: %s" % case, pt_banner(r, p, 1),
             "Submitting physician: %s\nCollected: %s   Received: %s   Reported: %s" % (subm.name, fmt_date(r, d, 0), fmt_date(r, plus(d, 1), 0), fmt_date(r, plus(d, r.randint(2, 6)), 0)),
             "DIAGNOSIS:\n%s:\n- %s\n%s" % (spec_.upper(), dx, margin), note, "CLINICAL HISTORY: " + pick(r, ["r/o melanoma", "polyp", "AUB", "nodule", "screening", "OA"]),
             "GROSS DESCRIPTION:\n" + wrap(gross), ("MICROSCOPIC DESCRIPTION:\n" + micro) if micro else "", "Pathologist: " + path.name, "Electronically signed %s" % fmt_date(r, plus(d, 4), 0)]
    elif st == 1:
        t = [lab, "Patient: %s   DOB: %s   Case: %s" % (p.lf, fmt_date(r, p.dob, 0), case), "FINAL DIAGNOSIS", "A. %s: %s %s" % (spec_, dx, margin), note,
             "Gross: " + wrap(gross), "*** Report electronically signed out by %s ***" % path.name]
    elif st == 2:  # cytology format
        t = [pick(r, ["CYTOPATHOLOGY REPORT", "Cytology", "GYN CYTOLOGY REPORT" if "Pap" in spec_ else "NON-GYN CYTOLOGY"]), lab, pt_banner(r, p, 0), "Specimen: " + spec_,
             "Specimen adequacy: Satisfactory for evaluation.", "INTERPRETATION/RESULT:\n" + dx, "Screened by: %s %s, CT(ASCP)" % (pick(r, FN_F), pick(r, LN)), "Reviewed by: " + path.name]
    elif st == 3:  # letter to patient about path
        t = [letterhead(r), fmt_date(r, plus(d, 7), 2), "%s\n%s\n%s, %s %s" % (p.full, p.street, p.city, STATE, p.zip), "Dear %s," % p.mr,
             wrap("The results of your recent %s came back: %s %s" % (spec_.split(",")[-1].strip(), dx.capitalize(), pick(r, ["No further treatment is needed at this time.", "We would like to see you to discuss next steps.", "Please schedule a follow-up visit."]))),
             "Sincerely,", subm.name, "Enclosure: pathology report %s" % case]
    elif st == 4:
        t = ["%s   ACCESSION %s" % (lab, case), "%s  %s/%d  MRN %s" % (p.lf, p.sex, p.age, p.mrn), "SPECIMEN(S): " + spec_,
             "PRE-OP/CLINICAL DX: " + pick(r, ["lesion", "polyp", "bleeding", "nodule"]), "FINAL PATHOLOGIC DIAGNOSIS:\n  " + dx + (" " + margin if margin else ""),
             "GROSS: " + wrap(gross), micro, "I have personally reviewed the slides and rendered the final diagnosis. %s" % path.name]
    else:
        t = ["Pathology Result", pt_banner(r, p, 5), "Specimen %s collected %s by %s" % (spec_, fmt_date(r, d, 1), subm.short), "Result: " + dx, margin, note,
             "Provider note: %s" % pick(r, ["Benign - letter sent.", "Called patient, discussed, will schedule excision.", "Reviewed, f/u as planned."])]
    return finish(r, "\n\n".join(x for x in t if x), p, lab, paginate_p=0.3)


# ----------------------------------------------------------------------------
# medication_list
# ----------------------------------------------------------------------------
def gen_medication_list(r):
    p = patient(r, age=r.randint(45, 90))
    c = p.pcp
    d = p.date
    extra = some(r, [("aspirin", "81 mg", "daily"), ("multivitamin", "1 tab", "daily"), ("fish oil", "1000 mg", "daily"),
                     ("loratadine", "10 mg", "daily as needed"), ("docusate", "100 mg", "twice daily as needed"), ("melatonin", "3 mg", "at bedtime")], 0, 3)
    meds = p.meds + extra
    st = r.randrange(7)
    if st == 0:
        rows = "\n".join("%-32s %-12s %-30s %s" % (m[0].capitalize(), m[1], m[2], fmt_date(r, plus(d, -r.randint(30, 1500)), 0)) for m in meds)
        t = [letterhead(r), pick(r, ["CURRENT MEDICATION LIST", "Medication List", "Active Medications", ""]), pt_banner(r, p, 0), "As of: " + fmt_date(r, d, 2),
             "%-32s %-12s %-30s %s" % ("Medication", "Dose", "Directions", "Start"), rows, "Allergies: " + allergy_text(r, p), "Prescriber: " + c.name]
    elif st == 1:  # reconciliation at admission
        hosp = pick(r, HOSPITALS)
        rows = []
        for m in meds:
            act = pick(r, ["Continue", "Continue", "Continue", "Hold", "Modify"])
            rows.append("%s %s %s | Last dose: %s | Action: %s" % (m[0], m[1], m[2], pick(r, ["this AM", "yesterday", "unknown", "last night"]), act))
        t = [hosp, pick(r, ["ADMISSION MEDICATION RECONCILIATION", "Home Medication Reconciliation", "Medication Reconciliation Form"]), pt_banner(r, p, 1),
             "Source of information: %s" % ", ".join(some(r, ["patient", "pill bottles", "pharmacy fill history", "family", "PCP list"], 1, 3)), "\n".join(rows),
             "Reconciled by: %s %s, PharmD   Reviewed: %s" % (pick(r, FN_F + FN_M), pick(r, LN), clinician(r, "HOSP", "MD").name)]
    elif st == 2:  # patient-facing wallet list
        t = ["MY MEDICINES", "Name: %s   Date of birth: %s" % (p.full, fmt_date(r, p.dob, 2)), "Pharmacy: %s %s" % (pick(r, PHARMACIES), phone(r)),
             "\n".join("[ ] %s %s - %s  (for %s)" % (m[0], m[1], m[2], pick(r, ["blood pressure", "sugar", "cholesterol", "thyroid", "stomach", "pain", "mood", "heart"])) for m in meds),
             "Allergies: " + allergy_text(r, p), "Keep this list with you and bring it to every appointment."]
    elif st == 3:  # visit med rec in clinic note printout
        t = ["Medication Reconciliation - %s" % fmt_date(r, d, 0), "Patient: %s" % p.lf, "Medications reviewed with the patient today. Changes:",
             bullets(r, ["Increased %s" % meds[0][0] if meds else "None", "Discontinued %s per patient (not taking)" % pick(r, ["ibuprofen", "vitamin E", "omeprazole"])], 0),
             "Reconciled list:", bullets(r, [med_str(m, 1) for m in meds], 1), "Reconciled by %s" % pick(r, [c.name, "%s %s, CMA" % (pick(r, FN_F), pick(r, LN))])]
    elif st == 4:  # pharmacy printout / fill history
        t = [pick(r, PHARMACIES).upper(), "PATIENT PROFILE / FILL HISTORY", "%s   DOB %s   %s" % (p.lf, fmt_date(r, p.dob, 0), p.phone),
             "Rx#      Drug                          Qty   Days  Last Fill   Prescriber",
             "\n".join("%07d  %-28s  %-4d  %-4d  %-10s  %s" % (r.randrange(10 ** 7), (m[0] + " " + m[1])[:28], r.choice([30, 60, 90, 180]), r.choice([30, 90]), fmt_date(r, plus(d, -r.randint(1, 80)), 1), c.last.upper()) for m in meds)]
    elif st == 5:  # discharge med list
        sc, p2, v, L, hosp, adm, dc, f = inp_case(r)
        p = p2
        t = [hosp, "DISCHARGE MEDICATION LIST", pt_banner(r, p, 0),
             "START taking:\n" + bullets(r, [med_str(m) for m in sc["newmeds"]] or ["(none)"], 0),
             "CONTINUE taking:\n" + bullets(r, [med_str(m) for m in p.meds] or ["(none)"], 0),
             "STOP taking:\n" + pick(r, ["- ibuprofen", "(none)", "- glipizide", "- naproxen"]),
             "Last dose given in hospital noted on each medication by nursing."]
    else:
        t = [pt_banner(r, p, 2), "Med list (scanned from patient handwritten list):", "\n".join("%s %s %s" % (m[0], m[1].replace(" ", ""), pick(r, ["1x day", "2x day", "morning", "night", "qd"])) for m in meds),
             "plus vitamins", "Reviewed by %s on %s" % (pick(r, FN_F), fmt_date(r, d, 1))]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.3)


# ----------------------------------------------------------------------------
# prescription
# ----------------------------------------------------------------------------
RXPOOL = [("amoxicillin-clavulanate 875-125 mg tablet", "1 tab PO BID x 7 days", 14, 0), ("lisinopril 20 mg tablet", "1 tab PO daily", 90, 3),
          ("metformin 1000 mg tablet", "1 tab PO BID with meals", 180, 3), ("atorvastatin 40 mg tablet", "1 tab PO at bedtime", 90, 3),
          ("levothyroxine 88 mcg tablet", "1 tab PO daily on empty stomach", 90, 3), ("meloxicam 15 mg tablet", "1 tab PO daily with food", 30, 1),
          ("cyclobenzaprine 10 mg tablet", "1 tab PO at bedtime PRN muscle spasm", 15, 0), ("sertraline 100 mg tablet", "1 tab PO daily", 30, 5),
          ("apixaban 5 mg tablet", "1 tab PO BID", 60, 5), ("semaglutide 1 mg/dose pen", "inject 1 mg SC once weekly", 1, 2),
          ("clobetasol 0.05% ointment 60 g", "apply thin layer BID to plaques, not face/groin, max 2 weeks", 1, 1),
          ("estradiol 0.05 mg/24 hr patch", "apply 1 patch twice weekly", 8, 3), ("pantoprazole 40 mg tablet", "1 tab PO daily 30 min before breakfast", 90, 1),
          ("oxycodone 5 mg tablet", "1 tab PO q6h PRN severe pain", 12, 0), ("nitrofurantoin monohydrate/macrocrystals 100 mg capsule", "1 cap PO BID x 5 days", 10, 0),
          ("albuterol HFA 90 mcg/actuation inhaler", "2 puffs q4-6h PRN wheeze", 1, 2), ("triamcinolone 0.1% cream 80 g", "apply BID to affected areas", 1, 0),
          ("progesterone 100 mg capsule", "1 cap PO at bedtime", 90, 3), ("tamsulosin 0.4 mg capsule", "1 cap PO daily 30 min after same meal", 90, 3)]


def gen_prescription(r):
    p = patient(r)
    c = clinician(r)
    d = p.date
    rxs = some(r, RXPOOL, 1, 3)
    site = pick(r, [s for s in SITES if s[2] == c.spec] or SITES)
    dea = "%s%s%07d" % (pick(r, "ABFM"), c.last[0], r.randrange(10 ** 7))
    st = r.randrange(7)
    words = ["zero", "one", "two", "three", "four", "five", "six"]
    if st == 0:  # paper Rx pad
        t = [site[0].upper(), "%d %s, %s, %s   %s" % (r.randint(100, 999), pick(r, STREETS), site[1], STATE, phone(r)), c.name + ("   DEA# " + dea if chance(r, 0.6) else "") + "   NPI " + c.npi,
             "Name: %s        Date: %s\nAddress: %s, %s" % (p.full, fmt_date(r, d, 1), p.street, p.city), "Rx",
             "\n\n".join("%s\nSig: %s\nDisp: #%d (%s)   Refills: %d" % (x[0], x[1], x[2], words[min(x[2], 6)] if x[2] < 7 else str(x[2]), x[3]) for x in rxs[:1]),
             "[ ] Dispense as written     [X] Substitution permitted", "_______________________  M.D.", "Void if altered. Security features: microprint border, heat-sensitive ink."]
    elif st == 1:  # e-prescription confirmation
        t = ["Prescription Order - Sent Electronically", "To: %s  (NCPDP %07d)" % (pick(r, PHARMACIES), r.randrange(10 ** 7)), pt_banner(r, p, 0),
             "\n".join("%s\n  Sig: %s\n  Quantity: %d   Days supply: %d   Refills: %d\n  Dx: %s" % (x[0], x[1], x[2], r.choice([5, 7, 30, 90]), x[3], pick(r, ["I10", "E11.9", "E78.5", "M54.50", "J01.00", "L40.0"])) for x in rxs),
             "Prescriber: %s  NPI %s  %s" % (c.name, c.npi, site[0]), "Transmitted %s %s  Status: %s" % (fmt_date(r, d, 0), fmt_time(r, True), pick(r, ["Success", "Pharmacy acknowledged", "Sent"]))]
    elif st == 2:  # pharmacy refill request fax
        x = rxs[0]
        t = [fax_header(r, p, pick(r, PHARMACIES), 1), pick(r, ["REFILL AUTHORIZATION REQUEST", "Prescription Renewal Request", "RX REFILL REQUEST - PLEASE RESPOND"]),
             "To: %s   Fax: %s" % (c.name, fax(r)), "From: %s   Ph: %s" % (pick(r, PHARMACIES), phone(r)),
             "Patient: %s   DOB: %s" % (p.lf, fmt_date(r, p.dob, 0)), "Medication: %s\nLast filled: %s   Qty: %d   Sig: %s" % (x[0], fmt_date(r, plus(d, -30), 0), x[2], x[1]),
             "[ ] Approved, refills x ___   [ ] Denied - needs appointment   [ ] Denied - other: ________", "Prescriber signature: ____________________  Date: ________"]
    elif st == 3:  # controlled substance Rx
        t = [letterhead(r, site), "Patient: %s   DOB: %s\nAddress: %s, %s, %s %s" % (p.full, fmt_date(r, p.dob, 0), p.street, p.city, STATE, p.zip), "Date issued: %s" % fmt_date(r, d, 2),
             "oxycodone 5 mg tablet\nSig: 1 tab PO every 6 hours as needed for severe pain\nDispense: 12 (twelve) tablets\nRefills: 0 (zero)", "PDMP (OARRS) reviewed: %s" % fmt_date(r, d, 1),
             "%s   DEA %s" % (c.name, dea), "Signature: ______________________"]
    elif st == 4:  # printed prescription from EHR
        t = [site[0], pt_banner(r, p, 2), "\n".join("Rx: %s  %s  #%d  RF%d" % (x[0], x[1], x[2], x[3]) for x in rxs), "Printed %s by %s" % (fmt_date(r, d, 0), c.short),
             "This prescription was printed on security paper and signed by the prescriber."]
    elif st == 5:  # prior authorization form
        x = rxs[0]
        t = ["PRIOR AUTHORIZATION REQUEST FORM", "Plan: %s   Member ID: %s" % (p.payer, p.member), "Patient: %s  DOB %s" % (p.full, fmt_date(r, p.dob, 0)),
             "Prescriber: %s  NPI %s  Phone %s" % (c.name, c.npi, phone(r)), "Medication requested: %s\nDirections: %s\nQuantity: %d / 30 days" % (x[0], x[1], x[2]),
             "Diagnosis: %s" % pick(r, ["E11.65 Type 2 DM with hyperglycemia", "L40.0 Psoriasis", "E66.9 Obesity", "I48.0 Paroxysmal AF"]),
             "Previous therapies tried/failed: " + ", ".join(some(r, ["metformin", "glipizide", "topical steroids", "methotrexate", "warfarin"], 1, 2)),
             "Clinical rationale: " + pick(r, ["A1c remains above goal despite maximal metformin.", "Failed topical therapy; BSA >10%.", "Labile INR on warfarin."]),
             "Signature: ________________  Date: %s" % fmt_date(r, d, 0)]
    else:  # short handwritten-style
        x = rxs[0]
        t = ["%s   %s" % (c.name, site[0]), "For: %s     %s" % (p.full, fmt_date(r, d, 1)), "%s\n%s\n#%d  RF x%d" % (x[0], x[1], x[2], x[3]), "Label   [X]", "sig ______"]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.1)


# ----------------------------------------------------------------------------
# ecg_report
# ----------------------------------------------------------------------------
def gen_ecg_report(r):
    p = patient(r, age=r.randint(30, 90))
    d = p.date
    rhythm = pick(r, ["sinus", "sinus", "sinus", "afib", "brady", "tachy"])
    if rhythm == "afib":
        rate, pr = r.randint(78, 132), None
        interp = ["Atrial fibrillation with %s ventricular response" % ("rapid" if rate > 100 else "controlled"), pick(r, ["Nonspecific ST-T wave abnormality", "Low voltage QRS", "Abnormal ECG"])]
    elif rhythm == "brady":
        rate, pr = r.randint(44, 58), r.randint(150, 210)
        interp = ["Sinus bradycardia", pick(r, ["Otherwise normal ECG", "First degree AV block" if pr > 200 else "Borderline ECG"])]
    elif rhythm == "tachy":
        rate, pr = r.randint(102, 124), r.randint(120, 160)
        interp = ["Sinus tachycardia", pick(r, ["Nonspecific T wave flattening", "Otherwise normal ECG"])]
    else:
        rate, pr = r.randint(60, 96), r.randint(130, 196)
        interp = ["Normal sinus rhythm", pick(r, ["Normal ECG", "Left ventricular hypertrophy by voltage criteria", "Left anterior fascicular block", "Incomplete right bundle branch block", "Possible inferior infarct, age undetermined", "Within normal limits"])]
    qrs = r.randint(80, 118)
    qt = r.randint(360, 440) if rate < 90 else r.randint(320, 370)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axis = r.randint(-40, 85)
    c = clinician(r, "CARD", "MD")
    ordering = clinician(r)
    st = r.randrange(6)
    meas = "Vent. rate %d BPM\nPR interval %s ms\nQRS duration %d ms\nQT/QTc %d/%d ms\nP-R-T axes %s %d %d" % (
        rate, pr if pr else "*", qrs, qt, qtc, r.randint(20, 70) if pr else "*", axis, r.randint(10, 80))
    if st == 0:  # machine header
        t = ["%s   ID:%s   %s %s" % (p.lf, p.mrn, fmt_date(r, d, 3), fmt_time(r, True)), "%s (%d yr)   %s   %d in   %d lb" % (fmt_date(r, p.dob, 3), p.age, p.sexw.capitalize(), p.height_in, p.weight_lb),
             meas, "\n".join(interp), pick(r, ["When compared with ECG of %s, no significant change was found" % fmt_date(r, plus(d, -400), 3), "No previous ECGs available"]),
             "Confirmed by %s (%d) on %s" % (c.short.upper(), r.randint(100, 999), fmt_date(r, plus(d, 1), 0)), "Loc: %d  Room: %s  Technician: %s" % (r.randint(1, 40), pick(r, ["EKG", "CL3", "ED12"]), pick(r, FN_F)),
             "25mm/s 10mm/mV 150Hz  %s" % pick(r, ["MAC5500 HD", "PageWriter TC50", "ELI 380"])]
    elif st == 1:
        t = [pick(r, ["12-LEAD ECG INTERPRETATION", "Electrocardiogram Report", "ECG"]), pt_banner(r, p, 0), "Date: %s   Ordered by: %s   Indication: %s" % (fmt_date(r, d, 0), ordering.short, pick(r, ["preop", "palpitations", "chest pain", "annual", "HTN", "med monitoring"])),
             "Rate: %d  Rhythm: %s  PR: %s  QRS: %d  QTc: %d  Axis: %d" % (rate, interp[0], pr or "n/a", qrs, qtc, axis), "Interpretation: " + "; ".join(interp), esign(r, c, d, 2)]
    elif st == 2:  # clinic in-office ECG read in a note
        t = [site_name(r, ordering), "In-office ECG - %s" % fmt_date(r, d, 1), "%s %d/%s" % (p.full, p.age, p.sex),
             wrap("ECG personally reviewed: %s at %d bpm, PR %s ms, QRS %d ms, QTc %d ms. %s." % (interp[0].lower(), rate, pr or "--", qrs, qtc, interp[1])), "-- " + ordering.dr]
    elif st == 3:  # rhythm strip / Holter summary
        title, days = pick(r, [("AMBULATORY ECG MONITOR REPORT", r.choice([2, 7, 14])), ("Holter Monitor Report (48 hr)", 2), ("14-Day Patch Monitor Summary", 14)])
        t = [title, pt_banner(r, p, 1),
             "Recording period: %s to %s" % (fmt_date(r, d, 0), fmt_date(r, plus(d, days), 0)),
             "Predominant rhythm: %s. Heart rate min %d, max %d, average %d bpm." % ("sinus rhythm" if rhythm != "afib" else "atrial fibrillation", r.randint(42, 58), r.randint(118, 160), r.randint(66, 84)),
             "Atrial fibrillation burden: %s%%" % (pick(r, ["0", "<1", "3", "12"]) if rhythm != "afib" else "100"), "PVCs: %s%%   PACs: %s%%" % (pick(r, ["<1", "2", "6"]), pick(r, ["<1", "1", "4"])),
             "Patient-triggered events: %d, correlating with %s." % (r.randint(0, 6), pick(r, ["sinus rhythm", "PACs", "brief SVT runs"])), "Pauses >3 s: none.", "Interpreted by " + c.name]
    elif st == 4:
        t = ["EKG", "Name %s  DOB %s" % (p.lf, fmt_date(r, p.dob, 1)), "HR %d  PR %s  QRS %d  QT %d  QTc %d" % (rate, pr or "--", qrs, qt, qtc), "** %s **" % interp[0].upper(), "** %s **" % interp[1].upper(),
             "Unconfirmed report - computer interpretation" if chance(r, 0.5) else "Reviewed by " + c.short]
    else:
        t = [pick(r, HOSPITALS) + " Cardiology", "Electrocardiogram", "Patient: %s   Age %d   %s" % (p.full, p.age, p.sexw), meas, "Diagnosis:\n" + "\n".join(interp), "Abnormal ECG" if "Normal" not in interp[1] else "", esign(r, c, d, 5)]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.1)


# ----------------------------------------------------------------------------
# immunization_record
# ----------------------------------------------------------------------------
VACC = [("Influenza, quadrivalent (Fluzone)", "IIV4", "0.5 mL IM", "Sanofi Pasteur"), ("COVID-19 mRNA (Spikevax)", "COVID-19", "0.5 mL IM", "Moderna"),
        ("COVID-19 mRNA (Comirnaty)", "COVID-19", "0.3 mL IM", "Pfizer"), ("Tdap (Boostrix)", "Tdap", "0.5 mL IM", "GSK"),
        ("Zoster recombinant (Shingrix)", "RZV", "0.5 mL IM", "GSK"), ("Pneumococcal conjugate 20 (Prevnar 20)", "PCV20", "0.5 mL IM", "Pfizer"),
        ("Hepatitis B (Engerix-B)", "HepB", "1 mL IM", "GSK"), ("RSV (Arexvy)", "RSV", "0.5 mL IM", "GSK"), ("HPV9 (Gardasil 9)", "HPV", "0.5 mL IM", "Merck"),
        ("Td (Tenivac)", "Td", "0.5 mL IM", "Sanofi Pasteur"), ("Hepatitis A (Havrix)", "HepA", "1 mL IM", "GSK")]


def gen_immunization_record(r):
    p = patient(r)
    d = p.date
    hist = []
    for _ in range(r.randint(2, 9)):
        v = pick(r, VACC)
        dd = rand_date(r, D(2010, 1, 1), d)
        if v[1] == "COVID-19" and dd < D(2021, 1, 1):
            dd = rand_date(r, D(2021, 1, 1), max(d, D(2021, 2, 1)))
        hist.append((dd, v))
    hist.sort(key=lambda x: x[0])
    st = r.randrange(6)
    lot = lambda: "%s%d%s" % (pick(r, ["UK", "AB", "TK", "3C", "EL", "FN"]), r.randint(100, 9999), pick(r, ["A", "B", "", "X"]))
    if st == 0:
        rows = "\n".join("%-12s %-40s %-10s %-8s %-4s %s" % (fmt_date(r, x[0], 0), x[1][0], lot(), x[1][3][:8], pick(r, ["LD", "RD", "LT"]), pick(r, ["LMG", "Pharmacy", "Hx"])) for x in hist)
        t = [letterhead(r), pick(r, ["IMMUNIZATION RECORD", "Immunization History", "Vaccine Administration Record", ""]), pt_banner(r, p, 0),
             "%-12s %-40s %-10s %-8s %-4s %s" % ("Date", "Vaccine", "Lot", "Mfr", "Site", "Source"), rows, "Printed %s" % fmt_date(r, d, 0)]
    elif st == 1:  # state registry printout
        t = ["OHIO IMMUNIZATION INFORMATION SYSTEM - Patient Immunization Report" if chance(r, 0.5) else "STATE IMMUNIZATION REGISTRY REPORT", "Name: %s   DOB: %s   Gender: %s" % (p.lf, fmt_date(r, p.dob, 0), p.sex),
             "\n".join("%s  %s  dose %d  %s" % (x[1][1], fmt_date(r, x[0], 0), i + 1, pick(r, ["Valid", "Valid", "Historical"])) for i, x in enumerate(hist)),
             "Recommended/due: " + ", ".join(some(r, ["Influenza", "Zoster dose 2", "Tdap", "PCV20", "COVID-19 updated"], 1, 3)),
             "This record is an official copy of immunizations reported to the registry."]
    elif st == 2:  # VAR single administration
        v = hist[-1][1]
        t = ["VACCINE ADMINISTRATION RECORD", site_name(r, clinician(r, "FM")), "Patient: %s  DOB: %s" % (p.full, fmt_date(r, p.dob, 0)),
             "Screening questions: sick today? N  allergies to vaccine components? N  prior reaction? N  pregnant? %s" % ("N" if p.sex == "F" else "N/A"),
             "Vaccine: %s\nDose/route: %s\nSite: %s\nLot: %s  Exp: %s\nManufacturer: %s\nVIS edition date given: %s" % (v[0], v[2], pick(r, ["Left deltoid", "Right deltoid"]), lot(), fmt_date(r, plus(d, 200), 0), v[3], fmt_date(r, plus(d, -500), 0)),
             "Administered by: %s %s, %s   Date: %s" % (pick(r, FN_F), pick(r, LN), pick(r, ["RN", "LPN", "MA"]), fmt_date(r, d, 0)), "Consent signature: ____________________"]
    elif st == 3:  # CDC COVID card transcription
        covid = [x for x in hist if x[1][1] == "COVID-19"] or [(D(2021, 3, 12), VACC[1]), (D(2021, 4, 9), VACC[1])]
        t = ["COVID-19 Vaccination Record Card (scanned copy)", "Last name: %s   First name: %s   MI: %s\nDate of birth: %s   Patient number: %s" % (p.last, p.first, p.mi, fmt_date(r, p.dob, 0), r.randint(1000, 99999)),
             "\n".join("%s Dose   %s   Lot %s   %s   %s" % (["1st", "2nd", "Booster", "Other"][min(i, 3)], x[1][3], lot(), fmt_date(r, x[0], 1), pick(r, ["RiteLine #7781", "County HD", "LMG Bellwether"])) for i, x in enumerate(covid)),
             "Keep this record card, which includes medical information about the vaccines you have received."]
    elif st == 4:
        t = ["Immunizations", "%s (%s)" % (p.full, fmt_date(r, p.dob, 1)), "\n".join("- %s: %s" % (x[1][0], fmt_date(r, x[0], 1)) for x in hist), "Declined: %s (%s)" % (pick(r, ["Influenza", "COVID-19 booster", "Shingrix"]), fmt_date(r, d, 1)) if chance(r, 0.4) else ""]
    else:  # school/work form
        t = [pick(r, ["EMPLOYEE HEALTH IMMUNIZATION VERIFICATION", "Health Care Worker Immunization Form", "Student Immunization Certificate"]), "Name: %s   DOB: %s" % (p.full, fmt_date(r, p.dob, 0)),
             "MMR: dose 1 ____ dose 2 ____ or titer: Immune\nVaricella: titer positive %s\nHepatitis B: series complete; anti-HBs %d mIU/mL\nTdap: %s\nInfluenza: %s\nTB screening: QuantiFERON negative %s" % (
                 fmt_date(r, plus(d, -300), 0), r.randint(12, 400), fmt_date(r, plus(d, -900), 0), fmt_date(r, plus(d, -40), 0), fmt_date(r, plus(d, -20), 0)),
             "Verified by: %s" % clinician(r, "FM").name, "Clinic stamp: %s" % site_name(r, clinician(r, "FM"))]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.2)


# ----------------------------------------------------------------------------
# correspondence
# ----------------------------------------------------------------------------
def gen_correspondence(r):
    st = r.randrange(8)
    p = patient(r)
    c = clinician(r)
    d = p.date
    site = pick(r, [s for s in SITES if s[2] == c.spec] or SITES)
    L = lab_values(r, p)
    addr = "%s\n%s\n%s, %s %s" % (p.full, p.street, p.city, STATE, p.zip)
    if st == 0:  # normal results letter
        t = [letterhead(r, site), fmt_date(r, d, 2), addr, "Dear %s," % pick(r, [p.mr, p.first, p.full]),
             wrap("I am writing to let you know the results of your recent blood work. Your %s. %s" % (
                 pick(r, ["cholesterol panel was within the goal range (LDL %d)" % L["LDL"], "kidney and liver tests were normal", "thyroid level (TSH %s) is normal" % L["TSH"], "hemoglobin A1c was %s%%" % L["A1C"]]),
                 pick(r, ["No changes to your medications are needed.", "Please continue your current medications.", "We will recheck at your next visit."]))),
             "If you have any questions, please call our office at %s or send a message through the patient portal." % phone(r), "Sincerely,", c.name]
    elif st == 1:  # letter to another clinician (update, not referral)
        other = clinician(r, pick(r, ["CARD", "ENDO", "GI", "ORTHO"]))
        t = [letterhead(r, site), fmt_date(r, d, 2), "%s\n%s" % (other.name, site_name(r, other)), "RE: %s  DOB %s" % (p.full, fmt_date(r, p.dob, 0)),
             "Dear %s," % other.dr, wrap("I wanted to update you on our mutual patient, %s, whom I saw on %s. %s %s" % (p.mr, fmt_date(r, d, 2),
                 pick(r, ["Since starting the medication you recommended, %s has tolerated it well." % p.he, "%s was recently hospitalized at %s and I have enclosed the discharge summary." % (p.He, pick(r, HOSPITALS)), "Labs drawn last week are enclosed for your review."]),
                 pick(r, ["I will continue to follow along.", "Please let me know if you would like any changes.", "Thank you for your ongoing care."]))),
             "Best regards,", esign(r, c, d, 1), "Enclosures: %s" % pick(r, ["labs", "discharge summary", "visit note"])]
    elif st == 2:  # dismissal / no-show letter
        t = [letterhead(r, site), fmt_date(r, d, 2), addr, "CERTIFIED MAIL - RETURN RECEIPT REQUESTED" if chance(r, 0.5) else "",
             "Dear %s," % p.mr, wrap(pick(r, ["Our records show that you missed your scheduled appointment on %s. Regular follow-up is important for your health. Please call to reschedule." % fmt_date(r, plus(d, -7), 2),
                                              "This letter is to inform you that, due to repeated missed appointments, %s will no longer be able to provide care to you effective 30 days from the date of this letter. We will remain available for urgent needs during this period and will forward your records upon written request." % pick(r, GROUP[:1])])),
             "Sincerely,", "%s\nPractice Manager" % pick(r, ["Deborah Ashcombe", "Louis Farrant", "Tamsin Greeley"])]
    elif st == 3:  # work/school note
        t = [letterhead(r, site), fmt_date(r, d, 0), "To Whom It May Concern:", wrap("%s was seen in our office on %s. %s" % (p.full, fmt_date(r, d, 2), pick(r, [
            "Please excuse %s from work from %s through %s." % (p.him, fmt_date(r, d, 1), fmt_date(r, plus(d, 3), 1)),
            "%s may return to work on %s with the following restrictions: no lifting over 15 pounds for 2 weeks." % (p.He, fmt_date(r, plus(d, 2), 1)),
            "%s may return to full duty without restrictions." % p.He]))), "Sincerely,", c.name]
    elif st == 4:  # patient portal message thread
        t = ["Patient Message - %s" % site[0], "From: %s   To: %s   Sent: %s %s" % (p.full, c.short + " Care Team", fmt_date(r, d, 0), fmt_time(r, False)),
             "Subject: " + pick(r, ["Question about my medication", "Side effects?", "Test results", "Refill"]),
             pick(r, ["Hi, I started the new pill last week and I've been a little dizzy in the mornings. Should I keep taking it?", "Can you tell me what my lab results mean? Thank you.", "I'm almost out of my blood pressure pills and the pharmacy said they need a new script."]),
             "Reply from %s (%s %s):" % (c.name, fmt_date(r, plus(d, 1), 0), fmt_time(r, False)),
             wrap(pick(r, ["Thanks for letting us know. Please check your blood pressure when you feel dizzy and send us the readings. Stand up slowly. If you faint, call 911.", "Your results look stable overall; we'll go over details at your next visit.", "I sent the refill to your pharmacy. Please schedule a follow-up in the next 2 months."]))]
    elif st == 5:  # letter from outside specialist / hospital informing of patient event
        hosp = pick(r, HOSPITALS)
        t = [hosp_letterhead(r, hosp), fmt_date(r, d, 2), "%s\n%s" % (p.pcp.name, pick(r, [s[0] for s in SITES])), "Dear Dr. %s," % p.pcp.last,
             wrap("This is to notify you that your patient %s (DOB %s) was %s on %s. Records are available through the health information exchange. Please arrange follow-up within 7 days as appropriate." % (
                 p.full, fmt_date(r, p.dob, 0), pick(r, ["seen in our Emergency Department", "discharged from our inpatient unit", "admitted to our observation unit"]), fmt_date(r, d, 1))),
             "Care Transitions Team", phone(r)]
    elif st == 6:  # letter of medical necessity
        t = [letterhead(r, site), fmt_date(r, d, 2), "%s\nUtilization Management / Appeals" % p.payer, "RE: %s   Member ID: %s" % (p.full, p.member),
             "LETTER OF MEDICAL NECESSITY" if chance(r, 0.6) else "Appeal of denied claim",
             wrap("I am writing on behalf of my patient, %s, to request coverage of %s. %s has %s and has tried and failed %s. In my clinical judgment this treatment is medically necessary." % (
                 p.full, pick(r, ["a continuous glucose monitor", "adalimumab", "MRI of the lumbar spine", "semaglutide"]), p.He, pick(r, ["type 2 diabetes on multiple daily insulin injections", "moderate-to-severe plaque psoriasis", "persistent radicular pain", "obesity with comorbid hypertension"]),
                 pick(r, ["fingerstick monitoring", "methotrexate and topical therapy", "6 weeks of physical therapy", "lifestyle modification"]))), "Sincerely,", esign(r, c, d, 1)]
    else:  # FMLA / disability support letter short
        t = [site[0], fmt_date(r, d, 1), "RE: %s" % p.full, wrap("To the benefits administrator: %s is under my care for %s. %s will require intermittent leave for flare-ups and appointments, estimated 1-2 days per month for the next 6 months." % (
            p.mr, cond_name(p.conds[0]).lower() if p.conds else "a chronic condition", p.He)), c.name, "NPI %s" % c.npi]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.2)


# ----------------------------------------------------------------------------
# consent_form
# ----------------------------------------------------------------------------
def gen_consent_form(r):
    p = patient(r)
    d = p.date
    st = r.randrange(7)
    proc_opts = [(s["name"], s["spec"]) for s in SURG] + [(x["name"], x["spec"]) for x in PROCS[:9]]
    proc, spec = pick(r, proc_opts)
    if spec == "WH":
        p = patient(r, sex="F", age=r.randint(25, 60))
    proc = fill(proc, dict(side=pick(r, ["right", "left"]), Side=pick(r, ["Right", "Left"]), site=pick(r, ["back", "left arm", "right calf"])))
    c = clinician(r, spec if spec != "GS" else "GI", "MD")
    sigs = "Patient signature: _____________________  Date: %s  Time: %s\nWitness: _____________________\nPhysician: %s  _____________________" % (fmt_date(r, d, 0), fmt_time(r, False), c.name)
    risks = pick(r, ["bleeding, infection, damage to nearby structures, blood clots, anesthesia complications, need for further surgery, and in rare cases death",
                     "bleeding, perforation (a tear in the bowel wall), missed lesions, reaction to sedation, and need for surgery",
                     "pain, bleeding, infection, skin discoloration, temporary rise in blood sugar, and allergic reaction",
                     "scarring, infection, bleeding, nerve injury, recurrence, and need for additional treatment"])
    if st == 0:
        t = [pick(r, GROUP[:3]), pick(r, ["CONSENT FOR SURGICAL OR MEDICAL PROCEDURE", "INFORMED CONSENT", "Authorization for Procedure/Treatment"]), pt_banner(r, p, 0),
             "1. I authorize %s and such assistants as may be selected to perform the following procedure: %s" % (c.name, proc),
             wrap("2. The nature and purpose of the procedure, possible alternative methods of treatment, the risks involved, and the possibility of complications have been explained to me. Risks include but are not limited to %s." % risks),
             "3. I consent to the administration of anesthesia/sedation as deemed necessary.", "4. I consent to the disposal of any tissue removed, or its examination by pathology.",
             "5. No guarantee or assurance has been given to me as to the results that may be obtained.", sigs, "Form LMG-%d Rev %02d/%d" % (r.randint(100, 999), r.randint(1, 12), r.randint(2016, 2023))]
    elif st == 1:  # blood transfusion consent (hospital)
        hosp = pick(r, HOSPITALS)
        t = [hosp, "CONSENT FOR TRANSFUSION OF BLOOD AND BLOOD PRODUCTS", pt_banner(r, p, 1),
             wrap("My physician has explained the reason I may need blood products, the risks (including fever, allergic reaction, transfusion-related lung injury, and very rarely infection such as hepatitis or HIV), benefits and alternatives. I have had the opportunity to ask questions."),
             "[ ] I CONSENT to transfusion  [ ] I REFUSE transfusion", "This consent is valid for this admission.", sigs]
    elif st == 2:  # telehealth / AI scribe recording consent
        t = [pick(r, GROUP[:1]), pick(r, ["Consent for Ambient Documentation Technology", "Patient Consent to Audio Recording for Clinical Documentation", "Telehealth Consent"]),
             "Patient: %s   DOB: %s" % (p.full, fmt_date(r, p.dob, 0)),
             wrap(pick(r, ["Your clinician may use a secure artificial-intelligence tool that listens to the visit and drafts a note. The recording is used only to create the note and is deleted after %d days. Your clinician reviews and edits the note. You may decline at any time without affecting your care." % r.choice([7, 14, 30]),
                           "I consent to receive health care services via telehealth (video or telephone). I understand the limitations of telehealth, including that a physical exam may not be possible, and that I may request an in-person visit."])),
             "[X] I agree   [ ] I do not agree", "Signature: ____________________  Date: %s" % fmt_date(r, d, 0), "Obtained by: %s %s, %s" % (pick(r, FN_F), pick(r, LN), pick(r, ["MA", "RN"]))]
    elif st == 3:  # procedure-specific consent with checkboxes
        t = ["%s - %s" % (site_name(r, c), SPEC.get(c.spec, "")), "PROCEDURE CONSENT: %s" % proc.upper(), "Name: %s   MRN: %s" % (p.lf, p.mrn),
             "Risks discussed (initial each):\n____ " + "\n____ ".join(x.strip() for x in risks.replace(" and in rare cases", ",").split(",")[:5]),
             "Alternatives discussed: %s" % pick(r, ["observation, medication, physical therapy", "stool-based testing, CT colonography", "no treatment"]),
             "Interpreter used: [ ] Yes  [X] No", "Sedation: %s" % pick(r, ["none", "moderate", "MAC", "general"]), sigs]
    elif st == 4:  # HIPAA acknowledgement / general consent to treat
        t = [pick(r, GROUP[:3]), pick(r, ["GENERAL CONSENT TO TREATMENT AND ACKNOWLEDGEMENT OF PRIVACY PRACTICES", "Consent for Treatment, Assignment of Benefits"]),
             wrap("I voluntarily consent to outpatient care including routine diagnostic procedures, examinations and treatment by the physicians and staff of %s. I assign insurance benefits directly to the practice and understand I am responsible for any balance. I acknowledge that I have received the Notice of Privacy Practices." % GROUP[0]),
             "Patient/Guardian: %s" % p.full, "Signature: ______________________   Date: %s" % fmt_date(r, d, 0), "Relationship if not patient: __________"]
    elif st == 5:  # refusal / AMA
        hosp = pick(r, HOSPITALS)
        t = [hosp, "REFUSAL OF TREATMENT / LEAVING AGAINST MEDICAL ADVICE", pt_banner(r, p, 0),
             wrap("I, %s, refuse %s recommended by Dr. %s. The risks of refusing, including worsening of my condition, permanent disability, or death, have been explained to me. I release the hospital and physicians from responsibility." % (
                 p.full, pick(r, ["admission to the hospital", "the recommended CT scan", "blood transfusion"]), clinician(r, "EM", "MD").last)), sigs]
    else:  # photo / research / injection consent short
        t = ["Consent for %s" % pick(r, ["Clinical Photography", "Corticosteroid Joint Injection", "Cosmetic Procedure (Botulinum toxin)", "IUD Insertion"]), "Patient: %s  %s" % (p.full, fmt_date(r, d, 1)),
             wrap("I give permission for %s to perform the above. I understand the risks include %s. My questions have been answered." % (c.name, risks)), sigs]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.2)


# ----------------------------------------------------------------------------
# referral_letter
# ----------------------------------------------------------------------------
def gen_referral_letter(r):
    spec = pick(r, ["ORTHO", "CARD", "ENDO", "GI", "DERM", "WH"])
    sc = choose_out(r, spec=spec)
    p = patient(r, sex="F" if sc.get("female") else None, age=r.randint(44, 58) if sc["k"] == "meno" else None, force=[sc["cond"]] if sc["cond"] else [])
    f, v, L = fmtd(r, p)
    c = p.pcp
    to = clinician(r, spec)
    d = p.date
    reason = fill(pick(r, sc["cc"]), f)
    dx = "%s (%s)" % (fill(sc["dx"][0], f), fill(sc["dx"][1], f))
    st = r.randrange(7)
    if st == 0:
        t = [letterhead(r, pick(r, [s for s in SITES if s[2] in ("FM", "IM")])), fmt_date(r, d, 2), "%s\n%s" % (to.name, site_name(r, to)),
             "RE: %s   DOB: %s" % (p.full, fmt_date(r, p.dob, 0)), "Dear %s," % to.dr,
             wrap("I am referring %s, a %d-year-old %s, for evaluation of %s. %s" % (p.mr, p.age, p.sexw, reason.lower(), " ".join(fill(x, f) for x in sc["hpi"][:3]))),
             wrap("Past medical history includes %s. Current medications: %s. Allergies: %s." % (", ".join(cond_name(k).lower() for k in p.conds), ", ".join(med_str(m) for m in p.meds) or "none", allergy_text(r, p))),
             "I would appreciate your assessment and recommendations. Relevant records are enclosed.", "Sincerely,", esign(r, c, d, 1)]
    elif st == 1:  # referral form
        t = [pick(r, GROUP[:3]), pick(r, ["REFERRAL REQUEST", "Outgoing Referral", "SPECIALTY REFERRAL FORM", "Referral Authorization"]),
             "Patient: %s   DOB: %s   Phone: %s" % (p.lf, fmt_date(r, p.dob, 0), p.phone), "Insurance: %s  ID %s  Group %s" % (p.payer, p.member, p.group),
             "Referred to: %s (%s)" % (to.name, SPEC[spec]), "Referring provider: %s  NPI %s" % (c.name, c.npi), "Diagnosis: " + dx, "Reason for referral: " + reason,
             "Urgency: %s" % pick(r, ["Routine", "Urgent (within 2 weeks)", "Routine"]), "Visits authorized: %d   Auth #: %s" % (r.choice([1, 3, 6]), "R%08d" % r.randrange(10 ** 8)),
             "Attached: last office note, labs, imaging"]
    elif st == 2:  # fax referral with cover style
        t = [fax_header(r, p, site_name(r, c), r.randint(3, 8)), "New patient referral", "To: %s office   From: %s" % (SPEC[spec], c.name),
             "Pt: %s  DOB %s  Ph %s" % (p.full, fmt_date(r, p.dob, 1), p.phone), "Dx: " + dx, wrap("Notes: " + fill(pick(r, sc["hpi"][1:]), f) + " Please schedule at earliest availability."),
             "Please fax consult note to %s" % fax(r)]
    elif st == 3:  # EHR referral order printout
        t = ["Ambulatory Referral to %s" % SPEC[spec], pt_banner(r, p, 0), "Referral #: %d   Status: %s" % (r.randint(1000000, 9999999), pick(r, ["Authorized", "Pending review", "Sent"])),
             "Referred by: %s\nReferred to: %s\nDepartment: %s" % (c.name, to.name, site_name(r, to)), "Diagnoses: " + dx, "Comments: " + wrap(reason + ". " + fill(sc["hpi"][1], f)),
             "Priority: Routine   Expires: %s" % fmt_date(r, plus(d, 180), 0)]
    elif st == 4:  # specialist-to-specialist referral
        frm = clinician(r, pick(r, ["CARD", "ENDO", "GI"]))
        t = [letterhead(r), fmt_date(r, d, 2), "Dear Colleague,", wrap("I would be grateful if you could see %s, %d, whom I follow for %s. %s I think %s would benefit from your input regarding %s." % (
            p.full, p.age, cond_name(p.conds[0]).lower() if p.conds else "general care", fill(pick(r, sc["hpi"]), f), p.he, reason.lower())), "Kind regards,", esign(r, frm, d, 1)]
    elif st == 5:  # referral to PT/diabetes education/outside
        t = [pick(r, ["Referral to Physical Therapy", "Referral: Diabetes Self-Management Education", "Referral to Behavioral Health", "Sleep Medicine Referral"]),
             "Patient: %s   DOB %s" % (p.full, fmt_date(r, p.dob, 0)), "Dx: " + dx, "Goals: " + pick(r, ["improve function, reduce pain", "A1c <7%, carb counting", "mood management", "evaluate for OSA"]),
             "Frequency: " + pick(r, ["2x/wk x 6 wk", "per program", "eval and treat"]), "Provider: %s  %s" % (c.name, fmt_date(r, d, 0))]
    else:  # short narrative
        t = [site_name(r, c), "Re: %s" % p.full, wrap("Dear %s, thank you for seeing this pleasant %s for %s. Last labs: A1c %s%%, Cr %s, LDL %s. Please call me with any questions." % (
            to.dr, p.man, reason.lower(), L["A1C"], L["CREAT"], L["LDL"])), c.short]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.2)


# ----------------------------------------------------------------------------
# advance_directive
# ----------------------------------------------------------------------------
def gen_advance_directive(r):
    p = patient(r, age=r.randint(50, 94))
    d = p.date
    agent = "%s %s" % (pick(r, FN_F + FN_M), pick(r, [p.last, pick(r, LN)]))
    rel = pick(r, ["spouse", "daughter", "son", "sister", "friend", "nephew"])
    st = r.randrange(7)
    wit = "Witness 1: ______________________  Date: %s\nWitness 2: ______________________  Date: %s" % (fmt_date(r, d, 0), fmt_date(r, d, 0))
    notary = "State of %s, County of %s\nSubscribed and acknowledged before me on %s.\nNotary Public: ______________________  My commission expires: %s" % (
        "Ohio", pick(r, ["Larkmoor", "Granger", "Tallis"]), fmt_date(r, d, 2), fmt_date(r, plus(d, 1500), 0))
    if st == 0:
        t = ["HEALTH CARE POWER OF ATTORNEY", "(Durable Power of Attorney for Health Care)",
             wrap("I, %s, born %s, of %s, %s, hereby appoint %s (%s), telephone %s, as my attorney-in-fact to make health care decisions for me if I am unable to make my own decisions." % (
                 p.full, fmt_date(r, p.dob, 2), p.city, STATE, agent, rel, phone(r))),
             "Alternate agent: %s %s, %s" % (pick(r, FN_F + FN_M), pick(r, LN), phone(r)),
             wrap("My agent shall have authority to consent to or refuse any care, treatment, service or procedure, including life-sustaining treatment, consistent with my known wishes."),
             "Signature of principal: ______________________  Date: %s" % fmt_date(r, d, 0), wit if chance(r, 0.5) else notary]
    elif st == 1:
        t = ["LIVING WILL DECLARATION", wrap("I, %s, being of sound mind, make this declaration. If I am in a terminal condition or permanently unconscious state and there is no reasonable possibility of recovery, I direct that life-sustaining treatment be withheld or withdrawn, and that I be permitted to die naturally with comfort care." % p.full),
             "Artificial nutrition and hydration: [%s] I DO want   [%s] I DO NOT want" % (pick(r, " X"), pick(r, "X ")),
             "Anatomical gift: %s" % pick(r, ["I wish to donate any needed organs", "No", "Per donor registry"]), "Signed: ______________________  %s" % fmt_date(r, d, 2), wit]
    elif st == 2:  # POLST
        code = pick(r, ["Attempt Resuscitation/CPR", "Do Not Attempt Resuscitation/DNR"])
        t = ["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)" if chance(r, 0.5) else "MOLST / Portable Medical Orders", "HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROVIDERS AS NECESSARY",
             "Patient: %s   DOB: %s" % (p.lf, fmt_date(r, p.dob, 0)), "A. Cardiopulmonary Resuscitation: [X] %s" % code,
             "B. Medical Interventions: [X] %s" % pick(r, ["Full Treatment", "Selective Treatment", "Comfort-Focused Treatment"]),
             "C. Artificially Administered Nutrition: [X] %s" % pick(r, ["Long-term", "Trial period", "No artificial nutrition"]),
             "Discussed with: %s" % pick(r, ["Patient", "Health care agent", "Patient and daughter"]), "Clinician: %s  Signature ________  Date %s" % (clinician(r, pick(r, ["FM", "IM"]), "MD").name, fmt_date(r, d, 0)),
             "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED"]
    elif st == 3:  # ACP conversation documentation by clinician
        c = p.pcp
        t = [site_name(r, c), "Advance Care Planning", pt_banner(r, p, 0),
             wrap("I spent %d minutes with %s and %s %s discussing advance care planning. %s identified %s as health care agent. %s stated, \"%s\" We reviewed CPR, intubation and artificial nutrition. %s elected %s. The patient's ACP documents were scanned to the chart." % (
                 r.choice([16, 20, 25, 30]), p.mr, p.his, rel, p.He, agent, p.He, pick(r, ["I don't want to be kept alive on machines.", "I want everything done as long as there's a chance.", "I just want to be comfortable when the time comes."]),
                 p.He, pick(r, ["DNR/DNI", "full code for now", "a trial of treatment then comfort care"]))), esign(r, c, d, 0)]
    elif st == 4:  # DNR order form
        t = ["DO NOT RESUSCITATE ORDER", pick(r, ["DNR Comfort Care", "DNR Comfort Care-Arrest", "DNR Identification Form"]), "Person: %s  DOB %s" % (p.full, fmt_date(r, p.dob, 0)),
             wrap("I certify that the person named above is a patient of mine and has a DNR order effective %s." % fmt_date(r, d, 2)),
             "Physician: %s   Phone %s" % (clinician(r, "IM", "MD").name, phone(r)), "Signature: ______________________"]
    elif st == 5:  # five-wishes style
        t = ["MY WISHES", "Wish 1: The person I want to make care decisions for me when I can't: %s (%s)" % (agent, rel),
             "Wish 2: The kind of medical treatment I want or don't want: %s" % pick(r, ["no CPR or breathing machine if I am dying", "all treatment unless my doctors say there is no hope"]),
             "Wish 3: How comfortable I want to be: pain medicine even if it makes me drowsy.", "Wish 4: How I want people to treat me: %s" % pick(r, ["I want my family with me", "I want music and prayer", "I want to be at home if possible"]),
             "Wish 5: What I want my loved ones to know: I love them.", "Signed %s  %s" % (p.full, fmt_date(r, d, 1)), wit]
    else:
        t = ["Advance Directive - scanned document index", pt_banner(r, p, 2), "Document type: %s" % pick(r, ["HCPOA", "Living Will", "HCPOA + Living Will"]), "Date executed: %s" % fmt_date(r, plus(d, -r.randint(30, 2000)), 0),
             "Agent: %s (%s) %s" % (agent, rel, phone(r)), "Code status per document: %s" % pick(r, ["DNR", "Full code", "Limited"]), "Verified by: %s %s, RN" % (pick(r, FN_F), pick(r, LN))]
    return finish(r, "\n\n".join(x for x in t if x), p, allow_fax=False, paginate_p=0.3)


# ----------------------------------------------------------------------------
# registration_form
# ----------------------------------------------------------------------------
def gen_registration_form(r):
    p = patient(r)
    d = p.date
    ec = "%s %s" % (pick(r, FN_F + FN_M), pick(r, [p.last, pick(r, LN)]))
    emp = pick(r, ["Greywater School District", "Fallon Ridge Logistics", "Self-employed", "Retired", "Marrowfield Foods", "Tallis Valley University Hospital"])
    st = r.randrange(6)
    if st == 0:
        t = [pick(r, GROUP[:3]), pick(r, ["PATIENT REGISTRATION FORM", "New Patient Information", "PATIENT DEMOGRAPHIC SHEET"]),
             "Last name: %s   First: %s   MI: %s\nDate of birth: %s   Sex: %s   SSN: XXX-XX-%04d" % (p.last, p.first, p.mi, fmt_date(r, p.dob, 0), p.sex, r.randrange(10 ** 4)),
             "Address: %s\nCity: %s   State: %s   ZIP: %s\nHome phone: %s   Cell: %s\nEmail: %s.%s@example.com" % (p.street, p.city, STATE, p.zip, p.phone, phone(r), p.first.lower(), p.last.lower()),
             "Marital status: %s   Preferred language: %s   Race/Ethnicity: %s" % (pick(r, ["Married", "Single", "Widowed", "Divorced"]), pick(r, ["English", "English", "Spanish", "Vietnamese"]), pick(r, ["Declined", "White", "Black", "Asian", "Hispanic"])),
             "Employer: %s   Occupation: %s" % (emp, p.job), "Emergency contact: %s  Relationship: %s  Phone: %s" % (ec, pick(r, ["spouse", "daughter", "son", "friend"]), phone(r)),
             "PRIMARY INSURANCE\nCarrier: %s\nMember ID: %s   Group #: %s\nSubscriber: %s   Relationship: Self" % (p.payer, p.member, p.group, p.full),
             "Preferred pharmacy: %s" % pick(r, PHARMACIES), "How did you hear about us? %s" % pick(r, ["Referral", "Insurance directory", "Friend", "Website"]),
             "Signature: ______________________  Date: %s" % fmt_date(r, d, 0)]
    elif st == 1:  # hospital face sheet
        hosp = pick(r, HOSPITALS)
        t = [hosp.upper(), "FACE SHEET", "Patient: %s   MRN: %s   Acct: %s" % (p.lf, p.mrn, p.acct), "DOB: %s  Age: %d  Sex: %s  Marital: %s" % (fmt_date(r, p.dob, 0), p.age, p.sex, pick(r, "MSWD")),
             "Address: %s, %s %s %s" % (p.street, p.city, STATE, p.zip), "Admit date: %s %s   Admit type: %s   Service: %s" % (fmt_date(r, d, 0), fmt_time(r, True), pick(r, ["Emergency", "Elective", "Urgent"]), pick(r, ["MED", "SURG", "CARD", "ORTH"])),
             "Attending: %s   PCP: %s" % (clinician(r, "HOSP", "MD").name, p.pcp.name), "Guarantor: %s   Employer: %s" % (p.full, emp),
             "Primary ins: %s  Policy %s  Grp %s\nSecondary ins: %s" % (p.payer, p.member, p.group, pick(r, ["None", "Medicare Part B", "AARP Supplement"])),
             "Next of kin: %s   Phone %s" % (ec, phone(r)), "Religion: %s   Language: English   Advance directive on file: %s" % (pick(r, ["None", "Catholic", "Methodist", "Declined"]), pick(r, ["Y", "N"]))]
    elif st == 2:  # patient intake questionnaire-ish registration
        t = ["Welcome to %s!" % pick(r, [s[0] for s in SITES]), "Please print clearly.", "Name: %s\nDOB: %s\nPhone: %s\nAddress: %s %s" % (p.full, fmt_date(r, p.dob, 1), p.phone, p.street, p.city),
             "Reason for today's visit: %s" % pick(r, ["new patient/establish care", "knee pain", "skin check", "physical"]), "Primary care doctor: %s" % p.pcp.short,
             "Insurance: %s  ID %s" % (p.payer, p.member), "Who may we share information with? %s (%s)" % (ec, pick(r, ["husband", "wife", "daughter", "son"])),
             "OK to leave voicemail: [X] Yes  [ ] No   OK to text: [%s]" % pick(r, "X "), "Signature __________________"]
    elif st == 3:  # EHR demographics printout
        t = ["Patient Demographics", "%s\nMRN %s\n%s, %d y.o., %s" % (p.lf, p.mrn, fmt_date(r, p.dob, 0), p.age, p.sexw), "Address\n%s\n%s, %s %s" % (p.street, p.city, STATE, p.zip),
             "Phone\nHome %s\nMobile %s" % (p.phone, phone(r)), "Coverage\n%s (%s)  Eff %s" % (p.payer, p.member, fmt_date(r, D(d.year, 1, 1), 0)),
             "Emergency Contacts\n%s - %s" % (ec, phone(r)), "Primary Location: %s" % pick(r, [s[0] for s in SITES]), "Patient portal: %s" % pick(r, ["Active", "Inactive", "Pending activation"])]
    elif st == 4:  # financial responsibility/registration update
        t = [pick(r, GROUP[:1]), "REGISTRATION UPDATE / DEMOGRAPHIC CHANGE FORM", "Patient: %s   DOB: %s" % (p.full, fmt_date(r, p.dob, 0)),
             "[X] Address change: %s, %s %s %s\n[%s] Insurance change: %s\n[ ] Name change" % (p.street, p.city, STATE, p.zip, pick(r, "X "), p.payer),
             "Effective date: %s" % fmt_date(r, d, 0), "Copy of new card obtained: %s" % pick(r, ["Yes", "No"]), "Staff initials: %s%s" % (pick(r, "ABCDJKLMST"), pick(r, "ABCDJKLMST"))]
    else:
        t = ["PATIENT INFORMATION", "%-18s %s" % ("Name", p.lf), "%-18s %s" % ("Birthdate", fmt_date(r, p.dob, 0)), "%-18s %s" % ("Sex", p.sexw),
             "%-18s %s" % ("Street", p.street), "%-18s %s, %s %s" % ("City/State/Zip", p.city, STATE, p.zip), "%-18s %s" % ("Phone", p.phone),
             "%-18s %s" % ("Employer", emp), "%-18s %s / %s" % ("Insurance/ID", p.payer, p.member), "%-18s %s" % ("Emergency", ec), "%-18s %s" % ("Reg. date", fmt_date(r, d, 0))]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.1)


# ----------------------------------------------------------------------------
# insurance_card
# ----------------------------------------------------------------------------
def gen_insurance_card(r):
    p = patient(r)
    d = p.date
    rx = "%06d" % r.randrange(10 ** 6)
    pcn = pick(r, ["ADV", "RXPCN01", "9999", "MEDDPRIME"])
    grp = pick(r, ["RX%04d" % r.randrange(10 ** 4), p.group])
    copays = "PCP $%d  Specialist $%d  ER $%d  UC $%d" % (r.choice([10, 20, 25, 30]), r.choice([40, 50, 60]), r.choice([150, 250, 350]), r.choice([50, 75]))
    st = r.randrange(6)
    front_lbl = pick(r, ["FRONT", "Front of card", "[front]", "Card - front", ""])
    back_lbl = pick(r, ["BACK", "Back of card", "[back]", "Card - back", ""])
    back = "Members: Call %s for benefits and eligibility.\nProviders: Verify eligibility at www.%s.example or %s\nSubmit claims to: PO Box %d, %s, %s %s\n%s\nPharmacists: %s" % (
        phone(r), p.payer_code.lower() + "health", phone(r), r.randint(1000, 99999), pick(r, CITIES), STATE, "4%04d" % r.randint(3000, 5999),
        pick(r, ["Possession of this card does not guarantee eligibility for benefits.", "Misuse of this card is fraud.", "Pre-certification required for inpatient admissions: %s" % phone(r)]), phone(r))
    if st == 0:
        t = [front_lbl, p.payer.upper(), "Member: %s\nMember ID: %s\nGroup No: %s\nEffective: %s" % (p.full.upper(), p.member, p.group, fmt_date(r, D(d.year, 1, 1), 0)),
             "RxBIN %s  RxPCN %s  RxGRP %s" % (rx, pcn, grp), copays, back_lbl, back]
    elif st == 1:  # Medicare advantage style
        t = [front_lbl, "%s\nMedicare Advantage HMO" % p.payer if "Medicare" in p.payer else p.payer, "%s" % p.full, "ID %s" % p.member,
             "PCP: %s  %s" % (p.pcp.name, phone(r)), "H%04d-%03d" % (r.randrange(10 ** 4), r.randrange(1000)), "MedicareR\nPrescription Drug Coverage", back_lbl, back]
    elif st == 2:  # copy scanned with registration stamp
        t = ["INSURANCE CARD COPY - scanned %s" % fmt_date(r, d, 0), "Patient: %s  DOB %s" % (p.lf, fmt_date(r, p.dob, 0)), "-" * 50, p.payer, "Subscriber %s   ID# %s   GRP# %s" % (p.full, p.member, p.group),
             "Dependents: %s" % pick(r, ["01 %s" % pick(r, FN_F + FN_M), "none"]), copays, "-" * 50, back]
    elif st == 3:  # Medicaid card
        t = [front_lbl, pick(r, ["PRAIRIE STATE MEDICAID", "OHIO MEDICAID - MANAGED CARE"]), "%s\nMedicaid ID: %012d\nDOB: %s  Sex: %s" % (p.full.upper(), r.randrange(10 ** 12), fmt_date(r, p.dob, 0), p.sex),
             "Managed care plan: %s" % pick(r, ["Meridian Crest HMO", "Keystone Mutual Health"]), "Issue date: %s" % fmt_date(r, d, 0), back_lbl, "24/7 Nurse Line %s\n%s" % (phone(r), back)]
    elif st == 4:  # OCR garbled double-sided image
        t = ["%s   %s" % (p.payer_code, p.payer), "%s    %s" % (p.full.upper(), p.member), "GRP %s   PLAN %s" % (p.group, pick(r, ["PPO", "HMO", "EPO", "POS", "HDHP/HSA"])),
             "Rx BIN %s PCN %s" % (rx, pcn), "Deductible: $%d ind / $%d fam" % (r.choice([500, 1500, 3000]), r.choice([1000, 3000, 6000])), "", back]
    else:  # eligibility printout (insurance verification)
        t = ["Eligibility & Benefits Verification", "Payer: %s   Checked: %s" % (p.payer, fmt_date(r, d, 0)), "Subscriber: %s  ID %s  DOB %s" % (p.lf, p.member, fmt_date(r, p.dob, 0)),
             "Coverage status: %s   Plan begin %s" % (pick(r, ["ACTIVE", "Active Coverage"]), fmt_date(r, D(d.year, 1, 1), 0)), "Office visit copay: $%d  Specialist: $%d" % (r.choice([20, 25]), r.choice([40, 50])),
             "Deductible met: $%d of $%d" % (r.randint(0, 1500), 1500), "Reference #: %d" % r.randrange(10 ** 9), "Card image on file: front and back"]
    return finish(r, "\n".join(x for x in t if x is not None), p, allow_fax=False, paginate_p=0)


# ----------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------
def gen_other(r):
    p = patient(r)
    d = p.date
    c = clinician(r)
    st = r.randrange(10)
    if st == 0:  # fax cover
        t = [pick(r, GROUP[:3]) if chance(r, 0.5) else pick(r, HOSPITALS), pick(r, ["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "Fax"]),
             "To: %s\nFax: %s\nFrom: %s\nPhone: %s\nDate: %s\nPages (including cover): %d" % (pick(r, ["Medical Records", c.name, "Referral Coordinator", "Utilization Review"]), fax(r), pick(r, ["HIM Dept", "Records Release", c.short]), phone(r), fmt_date(r, d, 0), r.randint(2, 14)),
             "RE: %s   DOB %s" % (p.full, fmt_date(r, p.dob, 0)), "[ ] Urgent  [X] For review  [ ] Please reply", CONF[0]]
    elif st == 1:  # release of information
        t = [pick(r, GROUP[:3]), pick(r, ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "Request for Medical Records", "HIPAA Authorization to Disclose"]),
             "Patient: %s   DOB: %s   Phone: %s" % (p.full, fmt_date(r, p.dob, 0), p.phone), "I authorize: %s\nTo release to: %s" % (pick(r, [GROUP[0], pick(r, HOSPITALS)]), pick(r, ["Myself", "Attorney Harlan B. Quist, Esq.", "Redwood Life Insurance Co.", pick(r, HOSPITALS)])),
             "Information to be released: [X] Office notes  [X] Lab results  [%s] Imaging  [ ] Mental health  [ ] Substance use (42 CFR Part 2)\nDates of service: %s to %s" % (pick(r, "X "), fmt_date(r, plus(d, -730), 0), fmt_date(r, d, 0)),
             "Purpose: %s" % pick(r, ["continuity of care", "legal", "insurance", "personal"]), "This authorization expires on: %s" % fmt_date(r, plus(d, 365), 0),
             "Signature: ______________________  Date: %s" % fmt_date(r, d, 0)]
    elif st == 2:  # patient questionnaire (PHQ-9 / GAD-7 etc.)
        q = pick(r, [("PHQ-9 Patient Health Questionnaire", ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep", "Feeling tired or having little energy", "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly / restless", "Thoughts that you would be better off dead"]),
                     ("GAD-7 Anxiety Screen", ["Feeling nervous, anxious or on edge", "Not being able to stop worrying", "Worrying too much", "Trouble relaxing", "Being so restless it's hard to sit still", "Becoming easily annoyed", "Feeling afraid as if something awful might happen"]),
                     ("STOP-BANG Questionnaire", ["Snoring loudly?", "Tired during the day?", "Observed stop breathing?", "High blood pressure?", "BMI >35?", "Age >50?", "Neck >16 in?", "Male?"]),
                     ("Knee Injury and Osteoarthritis Outcome Score (KOOS JR)", ["Stiffness after first wakening", "Twisting/pivoting", "Straightening knee fully", "Going up or down stairs", "Standing upright", "Rising from sitting", "Bending to floor"])])
        scores = [r.randint(0, 3) for _ in q[1]]
        t = [q[0], "Name: %s   Date: %s" % (p.full, fmt_date(r, d, 1)), "Over the last 2 weeks, how often have you been bothered by:" if "PHQ" in q[0] or "GAD" in q[0] else "",
             "\n".join("%d. %s  [%d]" % (i + 1, x, s) for i, (x, s) in enumerate(zip(q[1], scores))), "TOTAL: %d" % sum(scores), "Reviewed by: %s" % c.short]
    elif st == 3:  # financial statement
        items = [(fmt_date(r, plus(d, -r.randint(10, 90)), 0), pick(r, ["99214 Office visit est", "99213 Office visit est", "20610 Arthrocentesis major joint", "36415 Venipuncture", "93000 ECG complete", "11102 Tangential biopsy skin"]), r.choice([45, 128, 186, 240, 310])) for _ in range(r.randint(2, 5))]
        tot = sum(x[2] for x in items)
        paid = int(tot * r.uniform(0.4, 0.8))
        t = [pick(r, GROUP[:3]), "PATIENT STATEMENT", "Statement date: %s   Account #: %s" % (fmt_date(r, d, 0), p.acct), "%s\n%s\n%s, %s %s" % (p.full.upper(), p.street, p.city, STATE, p.zip),
             "\n".join("%s  %-38s $%7.2f" % x for x in items), "Insurance payments: -$%.2f\nAdjustments: -$%.2f\nAMOUNT DUE: $%.2f" % (paid, (tot - paid) * 0.5, (tot - paid) * 0.5),
             "Pay online at pay.larkmoormedical.example or call %s. Payment plans available." % phone(r)]
    elif st == 4:  # photo captions
        t = ["Clinical Photography", pt_banner(r, p, 0), "Photo %d: %s - %s" % (r.randint(1, 4), pick(r, ["left upper back lesion with ruler", "right knee anterior view", "plaque psoriasis right elbow", "surgical incision day 14"]), fmt_date(r, d, 1)),
             "Photo %d: %s" % (r.randint(5, 8), pick(r, ["close-up dermoscopic view", "lateral view", "after treatment"])), "Taken by %s %s, MA with patient consent." % (pick(r, FN_F), pick(r, LN)), "[image]"]
    elif st == 5:  # legal / subpoena / disability forms
        t = [pick(r, ["SUBPOENA DUCES TECUM", "Attending Physician Statement - Disability Claim", "DMV Medical Report Form", "Jury Duty Excuse Request"]),
             "Re: %s  DOB %s" % (p.full, fmt_date(r, p.dob, 0)),
             wrap(pick(r, ["You are commanded to produce all medical records pertaining to the above-named individual for dates of service %s through %s to the Court of Common Pleas, %s County, Case No. %d-CV-%05d." % (fmt_date(r, plus(d, -1000), 0), fmt_date(r, d, 0), pick(r, ["Granger", "Tallis"]), d.year, r.randrange(10 ** 5)),
                           "Primary diagnosis: %s. Date patient first seen: %s. Is patient able to perform job duties? [ ] Yes [X] No. Expected return to work: %s." % (cond_name(p.conds[0]) if p.conds else "low back pain", fmt_date(r, plus(d, -200), 0), fmt_date(r, plus(d, 42), 0)),
                           "Condition affecting ability to drive safely: none identified. Vision corrected to 20/25 bilaterally. Physician recommendation: fit to drive.",
                           "Due to a medical condition, the above-named individual is unable to serve on jury duty for 12 months."])),
             "Signature: ______________________", "Date: %s" % fmt_date(r, d, 0)]
    elif st == 6:  # appointment reminder / scheduling
        t = [pick(r, [s[0] for s in SITES]), "Appointment Reminder", "Dear %s," % p.first, wrap("This is a reminder of your upcoming appointment with %s on %s at %s. Please arrive 15 minutes early and bring your insurance card and a list of your medications. To cancel or reschedule call %s at least 24 hours in advance." % (
            c.name, fmt_date(r, plus(d, 14), 2), fmt_time(r, False), phone(r)))]
    elif st == 7:  # blank/cover page / chart divider
        t = [pick(r, ["OUTSIDE RECORDS", "CHART DIVIDER - CORRESPONDENCE", "SCANNED DOCUMENT COVER SHEET", "Document Index"]), pt_banner(r, p, 0),
             "Document date: %s\nCategory: %s\nScanned by: %s\nBatch: %06d" % (fmt_date(r, d, 0), pick(r, ["Misc", "Outside records", "Legal", "Billing"]), pick(r, FN_F), r.randrange(10 ** 6)), "[barcode]"]
    elif st == 8:  # pre-visit health history questionnaire
        t = ["Health History Questionnaire", "Name: %s   DOB: %s" % (p.full, fmt_date(r, p.dob, 0)),
             "Do you have (check): %s" % "  ".join("[%s] %s" % ("X" if k in p.conds else " ", cond_name(k).split(",")[0]) for k in some(r, list(CHRONIC), 6, 9)),
             "Surgeries: %s" % pick(r, ["appendix", "none", "knee scope", "c-section"]), "Do you smoke? %s   Alcohol? %s" % (p.smoker, p.alcohol), "Falls in past year? %s" % pick(r, ["No", "Yes, 1"]),
             "Patient signature ________"]
    else:  # patient-provided outside document: home BP/glucose log
        kind = pick(r, ["BP", "Glucose"])
        rows = "\n".join("%s   %s   %s" % (fmt_date(r, plus(d, -i), 1), ("%d/%d" % (r.randint(118, 158), r.randint(70, 96))) if kind == "BP" else str(r.randint(95, 210)),
                                            ("%d/%d" % (r.randint(118, 158), r.randint(70, 96))) if kind == "BP" else str(r.randint(110, 240))) for i in range(r.randint(7, 21)))
        t = ["Home %s Log" % ("Blood Pressure" if kind == "BP" else "Blood Sugar"), "Name: %s" % p.full, "Date   AM   PM", rows, "brought in by patient %s" % fmt_date(r, d, 1)]
    return finish(r, "\n\n".join(x for x in t if x), p, paginate_p=0.1)


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
GENERATORS = [
    ("discharge_summary", gen_discharge_summary), ("history_physical", gen_history_physical), ("progress_note", gen_progress_note),
    ("consult_note", gen_consult_note), ("operative_note", gen_operative_note), ("procedure_note", gen_procedure_note),
    ("lab_report", gen_lab_report), ("imaging_report", gen_imaging_report), ("pathology_report", gen_pathology_report),
    ("medication_list", gen_medication_list), ("prescription", gen_prescription), ("anesthesia_record", gen_anesthesia_record),
    ("correspondence", gen_correspondence), ("consent_form", gen_consent_form), ("referral_letter", gen_referral_letter),
    ("advance_directive", gen_advance_directive), ("ecg_report", gen_ecg_report), ("immunization_record", gen_immunization_record),
    ("registration_form", gen_registration_form), ("insurance_card", gen_insurance_card), ("nursing_note", gen_nursing_note),
    ("ed_note", gen_ed_note), ("transfer_summary", gen_transfer_summary), ("provider_orders", gen_provider_orders),
    ("discharge_instructions", gen_discharge_instructions), ("other", gen_other),
]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    docs = []
    for label, fn in GENERATORS:
        for i in range(a.per_type):
            r = random.Random(master.randrange(2 ** 63))
            text = fn(r)
            text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
            docs.append({"id": "lmg-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    master.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
