#!/usr/bin/env python3
"""Synthetic clinical document generator: urban US safety-net county hospital
and community clinics (2008-2022).  Everything is fictitious.
Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import random

TYPES = ["discharge_summary", "history_physical", "progress_note", "consult_note",
         "operative_note", "procedure_note", "lab_report", "imaging_report",
         "pathology_report", "medication_list", "prescription", "anesthesia_record",
         "correspondence", "consent_form", "referral_letter", "advance_directive",
         "ecg_report", "immunization_record", "registration_form", "insurance_card",
         "nursing_note", "ed_note", "transfer_summary", "provider_orders",
         "discharge_instructions", "other"]

# --------------------------------------------------------------------------
# name pools, places (all invented)
# --------------------------------------------------------------------------
FIRST_M = ["Jose", "Luis", "Marcus", "DeShawn", "Tuan", "Ahmed", "Robert", "Miguel", "Terrence",
           "Wei", "Abdirahman", "Carlos", "Jerome", "Dmitri", "Kenneth", "Rafael", "Tyrone",
           "Hector", "Samuel", "Minh", "Jean-Baptiste", "Curtis", "Eduardo", "Raymond", "Efrain",
           "Darnell", "Oleg", "Francisco", "Lamar", "Juan Carlos", "Gerald", "Isaiah", "Bao"]
FIRST_F = ["Maria", "Guadalupe", "Tanisha", "Linh", "Fatima", "Patricia", "Rosa", "Keisha",
           "Mei", "Hodan", "Yolanda", "Brenda", "Esperanza", "Svetlana", "Latoya", "Ana",
           "Imani", "Dolores", "Thuy", "Marie-Claire", "Shirley", "Veronica", "Juana", "Aaliyah",
           "Deborah", "Lourdes", "Ngozi", "Crystal", "Xiomara", "Hien", "Beatriz", "Sandra"]
LAST = ["Hernandez", "Washington", "Nguyen", "Mohamed", "Garcia", "Johnson", "Tran", "Lopez",
        "Williams", "Chen", "Ramirez", "Jackson", "Abdi", "Martinez", "Brooks", "Pham", "Flores",
        "Okafor", "Morales", "Petrov", "Reyes", "Coleman", "Castillo", "Jean-Louis", "Gutierrez",
        "Harris", "Vasquez", "Le", "Ortiz", "Bryant", "Mendoza", "Hussein", "Delgado", "Wong",
        "Santiago", "Pierre", "Alvarado", "Freeman", "Rios", "Kowalski", "Dumas", "Salazar",
        "Tesfaye", "Bautista", "Gaines", "Ibarra", "Vo", "Mejia", "Oyelaran", "Whitfield"]
DOC_FIRST = ["Anita", "Brian", "Chidi", "Deepa", "Eric", "Farah", "Gregory", "Hannah", "Ivan",
             "Julia", "Kwame", "Laura", "Manuel", "Nadia", "Owen", "Priya", "Quentin", "Rebecca",
             "Sanjay", "Tamara", "Umar", "Valerie", "Wesley", "Ximena", "Yusuf", "Zoe", "Adaeze",
             "Benjamin", "Carmen", "Daniel", "Elena", "Frank", "Grace", "Hiroshi", "Irene"]
DOC_LAST = ["Abernathy", "Bhattacharya", "Castellanos", "Dorsey", "Eldridge", "Fujimoto", "Greer",
            "Halvorsen", "Iyer", "Jablonski", "Kessler", "Lindqvist", "Mbeki", "Nakagawa",
            "Ostrowski", "Prakash", "Quiroga", "Rosenthal", "Szabo", "Thornton", "Umeh",
            "Varga", "Whitcombe", "Yamamoto", "Zelinski", "Achebe", "Brandt", "Cifuentes",
            "Delacroix", "Engstrom", "Farooqui", "Gallardo", "Hollister", "Ingram", "Kaczmarek"]
STREETS = ["Alvarado St", "E. 14th Ave", "Fremont Blvd", "Mission Rd", "Bayard St", "Coldwater Ave",
           "S. Kessler Ave", "Lindell Pkwy", "Orchard Row", "Marlow Ct", "Tenth St", "Harbor Way",
           "Pruitt Ave", "Dunmore St", "N. Calder Blvd", "Vine Terrace", "Riverbend Dr"]
NAMEPOOLS = {
    "Spanish": (["Jose", "Luis", "Miguel", "Carlos", "Rafael", "Hector", "Eduardo", "Efrain", "Francisco", "Juan Carlos", "Jesus", "Alejandro"],
                ["Maria", "Guadalupe", "Rosa", "Esperanza", "Ana", "Dolores", "Juana", "Lourdes", "Xiomara", "Beatriz", "Veronica", "Maria de Jesus"],
                ["Hernandez", "Garcia", "Lopez", "Ramirez", "Martinez", "Flores", "Morales", "Reyes", "Castillo", "Gutierrez", "Vasquez", "Ortiz", "Mendoza", "Delgado", "Santiago", "Alvarado", "Rios", "Salazar", "Ibarra", "Mejia"]),
    "Vietnamese": (["Tuan", "Minh", "Bao", "Duc", "Hung", "Thanh"], ["Linh", "Thuy", "Hien", "Lan", "Mai", "Ngoc"], ["Nguyen", "Tran", "Pham", "Le", "Vo", "Huynh", "Dang"]),
    "Cantonese": (["Wei", "Kwok Wai", "Ming", "Chun"], ["Mei", "Siu Ling", "Wai Man", "Yuk"], ["Chen", "Wong", "Lee", "Chan", "Leung", "Lau"]),
    "Mandarin": (["Wei", "Jian", "Hao", "Lei"], ["Mei", "Xiu Ying", "Li Na", "Fang"], ["Zhang", "Liu", "Wang", "Chen", "Zhao"]),
    "Somali": (["Abdirahman", "Ahmed", "Mohamed", "Abdi", "Hassan"], ["Hodan", "Fatima", "Amina", "Sahra", "Ifrah"], ["Mohamed", "Abdi", "Hussein", "Warsame", "Farah", "Osman"]),
    "Arabic": (["Ahmed", "Omar", "Khaled", "Yousef"], ["Fatima", "Layla", "Mariam", "Rania"], ["Hussein", "Haddad", "Saleh", "Al-Amin", "Nasser"]),
    "Haitian Creole": (["Jean-Baptiste", "Jean", "Wilner", "Ricot"], ["Marie-Claire", "Nadege", "Rose-Marie", "Guerline"], ["Jean-Louis", "Pierre", "Dumas", "Joseph", "Celestin"]),
    "Russian": (["Dmitri", "Oleg", "Sergei", "Viktor"], ["Svetlana", "Olga", "Irina", "Galina"], ["Petrov", "Sokolov", "Volkov", "Morozov", "Kuznetsov"]),
    "Amharic": (["Tesfaye", "Dawit", "Yonas", "Bereket"], ["Selam", "Hiwot", "Meron", "Tigist"], ["Bekele", "Haile", "Tesfaye", "Alemu", "Getachew"]),
    "Tigrinya": (["Yonas", "Filmon", "Tesfalem"], ["Senait", "Luwam", "Helen"], ["Gebremedhin", "Tekle", "Haile", "Berhe"]),
    "Tagalog": (["Rommel", "Jun", "Arnel", "Reynaldo"], ["Maricel", "Rowena", "Lourdes", "Jocelyn"], ["Bautista", "Santos", "Dela Cruz", "Reyes", "Villanueva", "Manalo"]),
    "Mixteco": (["Juan", "Pedro", "Felipe", "Margarito"], ["Juana", "Maria", "Petra", "Ofelia"], ["Lopez", "Hernandez", "Ramirez", "Santiago", "Cruz"]),
    "English": (["Marcus", "DeShawn", "Robert", "Terrence", "Jerome", "Kenneth", "Tyrone", "Samuel", "Curtis", "Raymond", "Darnell", "Lamar", "Gerald", "Isaiah", "Michael", "Carlos", "Jose", "Kevin", "Dale", "Travis"],
                ["Tanisha", "Patricia", "Keisha", "Yolanda", "Brenda", "Latoya", "Imani", "Shirley", "Aaliyah", "Deborah", "Crystal", "Sandra", "Maria", "Jennifer", "Tammy", "Monique", "Ngozi"],
                ["Washington", "Johnson", "Williams", "Jackson", "Brooks", "Coleman", "Harris", "Bryant", "Freeman", "Gaines", "Whitfield", "Okafor", "Kowalski", "Garcia", "Martinez", "Smith", "Miller", "Davis", "Oyelaran", "Wright", "Nguyen"]),
}
CITY = "Lindenport"
STATE = "CA"  # placeholder two-letter code in a fictitious city
COUNTY = "Calder County"

FACILITIES = [
    {"name": "Calder County General Hospital", "short": "CCGH", "addr": "1400 N. Calder Blvd",
     "phone": "(555) 310-4000", "fax": "(555) 310-4099"},
    {"name": "Calder County Medical Center", "short": "CCMC", "addr": "2200 Mission Rd",
     "phone": "(555) 310-6000", "fax": "(555) 310-6011"},
]
CLINICS = ["Eastside Community Health Center", "Southgate Family Health Center",
           "Mercer Street Adult Clinic", "Harbor Way Comprehensive Health Center",
           "Lindenport Westside Clinic", "CCGH Adult Medicine Clinic (Bldg C)",
           "Riverbend Wellness & Immunization Clinic"]
LANGS = ["English"] * 12 + ["Spanish"] * 6 + ["Vietnamese", "Cantonese", "Somali", "Tagalog",
                                               "Haitian Creole", "Arabic", "Russian", "Amharic",
                                               "Mixteco", "Mandarin", "Tigrinya"]
INSURANCES = [
    ("Calder County Health Access Program (CHAP)", "CHAP"),
    ("Medicaid - BluePath Community Health Plan", "MCD"),
    ("Medicaid - State Fee-for-Service", "MCD"),
    ("Medicare Part A & B", "MCR"),
    ("Medicare / Medicaid (dual)", "DUAL"),
    ("Self-pay / Sliding Fee Scale", "SP"),
    ("Emergency Medicaid (pending)", "EMCD"),
    ("Harborline Health Plan (Commercial)", "COM"),
    ("Charity Care - Tier 2", "CC"),
]
PHARMACIES = ["CCGH Outpatient Pharmacy, Bldg A Rm 110", "Mission Rd Discount Pharmacy",
              "Eastside Clinic Pharmacy", "Farmacia La Economica", "QuikRx #2231 Alvarado St"]


class Doc:
    def __init__(self, rng, year_lo=2008, year_hi=2022):
        self.r = rng
        r = rng
        self.fac = r.choice(FACILITIES)
        self.clinic = r.choice(CLINICS)
        y = r.randint(year_lo, year_hi)
        self.date = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        self.year = y
        self.ehr = y >= 2012 and r.random() < 0.8   # earlier docs more often transcribed
        self.lang = r.choice(LANGS)
        self.interp = self.lang != "English"
        self.sex = r.choice("MF")
        pool = NAMEPOOLS.get(self.lang, NAMEPOOLS["English"])
        self.last = r.choice(pool[2])
        if self.lang == "Spanish" and r.random() < 0.3:
            self.last = self.last + r.choice([" ", "-"]) + r.choice(pool[2])
        self.set_sex(self.sex)
        self.mi = r.choice("ABCDEFGJLMRST")
        self.age = r.randint(19, 84)
        self.dob = dt.date(y - self.age, r.randint(1, 12), r.randint(1, 28))
        if (self.dob.month, self.dob.day) > (self.date.month, self.date.day):
            self.dob = self.dob.replace(year=self.dob.year - 1)
        self.mrn = r.choice(["", "00", "1"]) + str(r.randint(1000000, 9999999))
        self.fin = str(r.randint(100000000, 999999999))
        self.ins, self.ins_code = r.choice(INSURANCES)
        self.addr = "%d %s%s" % (r.randint(100, 9899), r.choice(STREETS),
                                 r.choice(["", "", " Apt %d" % r.randint(1, 40), " #%s" % r.choice("ABCD")]))
        self.zip = "9%04d" % r.randint(1000, 1999)
        self.phone = "(555) %03d-%04d" % (r.randint(200, 989), r.randint(0, 9999))
        self.room = "%d%s-%s" % (r.randint(3, 9), r.choice(["W", "E", "N", "S"]), r.randint(1, 40))
        self.att = self.doc()
        self.res = self.doc()
        self.pgy = r.choice(["PGY-1", "PGY-2", "PGY-3", "R1", "R2", "R3", "Intern"])
        self.pcp = self.doc()
        self.los = r.randint(2, 8)
        self.admit = self.date
        self.dc = self.date + dt.timedelta(days=self.los)

    def set_sex(self, sex):
        self.sex = sex
        pool = NAMEPOOLS.get(self.lang, NAMEPOOLS["English"])
        self.first = self.r.choice(pool[0] if sex == "M" else pool[1])
        self.he = "he" if sex == "M" else "she"
        self.his = "his" if sex == "M" else "her"
        self.him = "him" if sex == "M" else "her"
        self.man = "man" if sex == "M" else "woman"
        self.mr = "Mr." if sex == "M" else "Ms."

    def set_age(self, lo, hi):
        if lo <= self.age <= hi:
            return
        self.age = self.r.randint(lo, hi)
        self.dob = dt.date(self.year - self.age, self.r.randint(1, 12), self.r.randint(1, 28))
        if (self.dob.month, self.dob.day) > (self.date.month, self.date.day):
            self.dob = self.dob.replace(year=self.dob.year - 1)

    def fit(self, sc):
        if sc and sc.get("ages"):
            self.set_age(*sc["ages"])
        if sc and sc.get("sex") and self.sex != sc["sex"]:
            self.set_sex(sc["sex"])

    def doc(self):
        return "%s %s" % (self.r.choice(DOC_FIRST), self.r.choice(DOC_LAST))

    def person(self):
        return "%s %s" % (self.r.choice(FIRST_M + FIRST_F), self.r.choice(LAST))

    def fmtd(self, d, style=None):
        if style is None:
            style = self.r.randint(0, 5)
        if style == 0:
            return d.strftime("%m/%d/%Y")
        if style == 1:
            return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
        if style == 2:
            return d.strftime("%d-%b-%Y").upper()
        if style == 3:
            return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
        if style == 4:
            return d.strftime("%Y-%m-%d")
        return d.strftime("%m/%d/%y")

    def d(self, offset=0, style=None):
        return self.fmtd(self.date + dt.timedelta(days=offset), style)

    def tm(self):
        return "%02d:%02d" % (self.r.randint(0, 23), self.r.randint(0, 59))

    def tm4(self):
        return "%02d%02d" % (self.r.randint(0, 23), self.r.randint(0, 59))

    def name(self, style=None):
        if style is None:
            style = self.r.randint(0, 3)
        if style == 0:
            return "%s, %s" % (self.last.upper(), self.first.upper())
        if style == 1:
            return "%s %s" % (self.first, self.last)
        if style == 2:
            return "%s, %s %s" % (self.last.upper(), self.first.upper(), self.mi)
        return "%s, %s" % (self.last, self.first)

    def dobs(self):
        return self.fmtd(self.dob, self.r.choice([0, 0, 4, 5]))

    def sexw(self):
        return self.r.choice([self.sex, "Male" if self.sex == "M" else "Female"])


def pick(r, seq, k=None):
    if k is None:
        return r.choice(seq)
    k = max(0, min(k, len(seq)))
    return r.sample(seq, k)


def cred(r):
    return r.choice(["MD", "MD", "MD", "DO"])


# --------------------------------------------------------------------------
# Clinical scenarios (coherent bundles)
# --------------------------------------------------------------------------
S = {}


def scen(key, **kw):
    kw["key"] = key
    S[key] = kw


scen("dka", ages=(19, 45), dx="Diabetic ketoacidosis", icd="E10.10", service="Medicine",
     sec=["Type 1 diabetes mellitus, poorly controlled (HbA1c 12.4%)", "Insulin nonadherence - ran out of insulin, cost barrier", "Hypokalemia during treatment, resolved"],
     cc=["nausea/vomiting x 2 days", "abdominal pain and vomiting", "\"my sugar is high\"", "N/V, polyuria"],
     hpi=["{age} y/o {man} with T1DM since age 14 who presents with 2 days of nausea, nonbloody emesis, polyuria and polydipsia. Reports running out of insulin glargine about 5 days ago after {his} coverage lapsed. Denies fever, chest pain, diarrhea.",
          "{age}yo {man} w/ h/o type 1 DM, prior DKA admissions x3, brought in by family for vomiting and diffuse abdominal pain. States {he} has not been taking insulin for ~1 wk (\"couldn't afford it\"). +polyuria, +thirst. No sick contacts."],
     pmh=["Type 1 diabetes mellitus", "Depression", "Prior DKA (2 prior admissions)"],
     home=[("insulin glargine", "20 units", "SC", "at bedtime"), ("insulin lispro", "per sliding scale", "SC", "with meals")],
     inpt=[("insulin regular infusion", "per DKA protocol", "IV", "continuous"), ("0.9% sodium chloride", "250 mL/hr", "IV", "continuous"), ("potassium chloride", "20 mEq", "IV", "per protocol"), ("heparin", "5,000 units", "SC", "q8h")],
     dcm=[("insulin glargine", "22 units", "SC", "nightly"), ("insulin lispro", "6 units", "SC", "three times daily with meals"), ("glucometer, test strips, lancets", "1 kit", "", "check 4x daily"), ("sertraline", "50 mg", "PO", "daily")],
     labs={"Glucose": (480, 690), "CO2": (5, 11), "K": (5.2, 6.1), "Anion gap": (24, 33), "BUN": (24, 40), "Creatinine": (1.2, 1.8), "WBC": (12, 17), "Beta-hydroxybutyrate": (5.1, 9.8), "pH (venous)": (7.02, 7.19), "HbA1c": (11.2, 14.1)},
     vitals={"hr": (108, 128), "rr": (24, 32), "bp": (98, 118)},
     exam={"gen": "ill-appearing, Kussmaul respirations", "heent": "dry mucous membranes", "abd": "soft, diffusely tender, no rebound"},
     img=[("XR CHEST 1 VIEW", "No acute cardiopulmonary process.")],
     course=["Started on insulin infusion per DKA protocol with aggressive IV fluids. Anion gap closed within 18 hours and patient was transitioned to subcutaneous glargine with 2 hour overlap.", "Potassium repleted as needed. Tolerating diet by hospital day 2.", "Seen by diabetes education and social work; enrolled in county pharmacy assistance program for insulin."],
     plan=["Continue insulin drip until AG closed x2", "BMP q2h, K replacement per protocol", "Transition to basal/bolus when tolerating PO", "Diabetes education, SW for insurance/pharmacy assistance"],
     consult=("Endocrinology", "recurrent DKA, insulin regimen", ["Basal-bolus regimen as above", "Close follow-up in Diabetes clinic 1-2 wks", "Check C-peptide/GAD not needed, clinical T1DM"]),
     followup="Diabetes Clinic (Bldg C) in 1 week", diet="Carbohydrate-consistent diet",
     warn=["blood sugar over 300 or reading 'HI'", "vomiting and cannot keep fluids down", "fast breathing or confusion"],
     ecg="sinus tachycardia")

scen("chf", ages=(45, 80), dx="Acute on chronic systolic heart failure exacerbation", icd="I50.23", service="Medicine",
     sec=["Nonischemic cardiomyopathy, LVEF 20-25%", "Dietary and medication nonadherence", "Hypertension", "Acute kidney injury, improved"],
     cc=["shortness of breath", "SOB, leg swelling", "can't lay flat", "DOE and swelling x1 wk"],
     hpi=["{age} y/o {man} with HFrEF (EF 20-25%), HTN, presenting with 1 week of progressive dyspnea on exertion, 3-pillow orthopnea, PND and bilateral leg swelling. Ran out of furosemide 10 days ago. Admits eating canned soups and fast food.",
          "{age}yo {man} PMH NICM EF ~25%, HTN, CKD3, p/w worsening SOB x 5 days, now dyspneic walking across the room. +orthopnea, +LE edema, ~8 lb weight gain. No CP. Missed last 2 cardiology appts."],
     pmh=["Nonischemic cardiomyopathy", "Hypertension", "CKD stage 3a", "Tobacco use, former"],
     home=[("furosemide", "40 mg", "PO", "daily"), ("carvedilol", "12.5 mg", "PO", "BID"), ("lisinopril", "10 mg", "PO", "daily"), ("spironolactone", "25 mg", "PO", "daily")],
     inpt=[("furosemide", "40 mg", "IV", "BID"), ("carvedilol", "6.25 mg", "PO", "BID"), ("enoxaparin", "40 mg", "SC", "daily"), ("potassium chloride", "20 mEq", "PO", "daily PRN K<4")],
     dcm=[("furosemide", "40 mg", "PO", "twice daily"), ("carvedilol", "12.5 mg", "PO", "twice daily"), ("lisinopril", "10 mg", "PO", "daily"), ("spironolactone", "25 mg", "PO", "daily"), ("aspirin", "81 mg", "PO", "daily")],
     labs={"BNP": (1150, 3600), "Creatinine": (1.4, 1.9), "Na": (130, 135), "Troponin I": (0.03, 0.07), "BUN": (28, 45)},
     vitals={"rr": (22, 28), "spo2": (86, 92), "bp": (150, 178)},
     exam={"neck": "JVP elevated to angle of jaw", "lungs": "bibasilar crackles 1/3 up", "cv": "S3 present, 2/6 holosystolic murmur at apex", "ext": "2+ pitting edema to knees bilaterally"},
     img=[("XR CHEST 2 VIEWS", "Cardiomegaly with pulmonary vascular congestion and small bilateral pleural effusions."), ("TTE", "Severely dilated LV, LVEF 20-25%, moderate functional MR.")],
     course=["Diuresed with IV furosemide with net negative 6.2 L, weight down from 94 kg to 88.1 kg. Creatinine peaked at 1.9 and improved to 1.4.", "Home GDMT resumed once renal function stable.", "HF nurse education on 2 g sodium diet and daily weights; given scale through county HF program."],
     plan=["IV diuresis goal net -1 to -2 L/day", "Strict I/O, daily weights, 2g Na diet, 1.5 L fluid restriction", "Hold lisinopril for AKI, resume when Cr stable", "Repeat TTE"],
     consult=("Cardiology", "decompensated HFrEF, GDMT optimization", ["Agree with IV diuresis", "Transition to PO furosemide 40 BID when euvolemic", "Refer to HF clinic; consider ICD evaluation after 90 days GDMT"]),
     followup="Heart Failure Clinic in 7 days", diet="2 gram sodium, 1.5 L fluid restriction",
     warn=["weight gain of more than 3 pounds in a day or 5 pounds in a week", "worse shortness of breath or need to sleep sitting up", "chest pain or fainting"],
     ecg="sinus rhythm with left bundle branch block")

scen("copd", ages=(50, 82), dx="COPD with acute exacerbation", icd="J44.1", service="Medicine",
     sec=["Chronic hypercapnic respiratory failure", "Tobacco use disorder (50 pack-years, active)", "Hypertension"],
     cc=["SOB", "worsening cough and wheezing", "short of breath x3 days", "can't catch my breath"],
     hpi=["{age} y/o {man} with COPD (not on home O2), active smoker 1 ppd, presenting with 3 days of increased dyspnea, wheeze and cough productive of yellow-green sputum. Used albuterol inhaler q1h without relief. Denies fever, CP, leg swelling.",
          "{age}yo {man} w/ severe COPD (FEV1 38% on last PFTs), ~50 pk-yr, p/w acute SOB and increased sputum after URI symptoms from grandchild. Ran out of tiotropium 1 mo ago."],
     pmh=["COPD, GOLD 3", "Hypertension", "Tobacco use", "Anxiety"],
     home=[("albuterol HFA", "2 puffs", "inhaled", "q4-6h PRN"), ("tiotropium", "18 mcg", "inhaled", "daily"), ("amlodipine", "5 mg", "PO", "daily")],
     inpt=[("ipratropium-albuterol neb", "3 mL", "neb", "q4h"), ("methylprednisolone", "40 mg", "IV", "q8h"), ("azithromycin", "500 mg", "PO", "daily"), ("nicotine patch", "21 mg/24h", "TD", "daily")],
     dcm=[("prednisone", "40 mg", "PO", "daily x 3 more days"), ("azithromycin", "250 mg", "PO", "daily x 2 more days"), ("tiotropium", "18 mcg", "inhaled", "daily"), ("albuterol HFA", "2 puffs", "inhaled", "every 4 hours as needed"), ("nicotine patch", "21 mg", "transdermal", "daily")],
     labs={"WBC": (10.5, 14.2), "pCO2 (venous)": (52, 66), "pH (venous)": (7.29, 7.35), "CO2": (30, 36)},
     vitals={"rr": (24, 30), "spo2": (84, 89), "hr": (102, 118)},
     exam={"gen": "tripoding, speaking in 3-4 word sentences", "lungs": "diffuse expiratory wheezes, prolonged expiratory phase, poor air movement"},
     img=[("XR CHEST 2 VIEWS", "Hyperinflated lungs with flattened hemidiaphragms. No focal consolidation.")],
     course=["Treated with scheduled nebulizers, systemic steroids and azithromycin. Required BiPAP for 12 hours on admission for hypercapnia, weaned to 2 L NC then room air.", "Counseled on smoking cessation; nicotine replacement started.", "Ambulatory SpO2 on RA 91%, no home O2 qualification."],
     plan=["DuoNebs q4h + q2h PRN", "Solu-Medrol 40 IV q8 -> PO prednisone", "Azithro x5d", "Titrate O2 goal 88-92%", "Smoking cessation counseling"],
     consult=("Pulmonology", "frequent COPD exacerbations", ["Add LABA/ICS on discharge if formulary allows", "PFTs as outpatient", "Pulmonary rehab referral"]),
     followup="Adult Medicine Clinic in 1-2 weeks", diet="Regular diet",
     warn=["trouble breathing not helped by your inhaler", "lips or fingertips turning blue", "fever over 101"],
     ecg="sinus tachycardia, right axis deviation")

scen("cap", dx="Community-acquired pneumonia, right lower lobe", icd="J18.1", service="Medicine",
     sec=["Sepsis, present on admission, resolved", "Type 2 diabetes mellitus", "Alcohol use"],
     cc=["fever and cough", "cough, fevers, R sided CP", "cough x 5 days"],
     hpi=["{age} y/o {man} with T2DM presenting with 5 days of productive cough, fevers to 102F at home, rigors and right-sided pleuritic chest pain. Lives in shared housing. No recent travel, no known TB exposure, PPD negative 2 yrs ago.",
          "{age}yo {man} w/ DM2, EtOH use, here w/ cough productive of rust-colored sputum, subjective F/C, R pleuritic pain x4-5d. Tried OTC cough syrup."],
     pmh=["Type 2 diabetes mellitus", "Alcohol use", "Hyperlipidemia"],
     home=[("metformin", "1000 mg", "PO", "BID"), ("atorvastatin", "20 mg", "PO", "daily")],
     inpt=[("ceftriaxone", "1 g", "IV", "q24h"), ("azithromycin", "500 mg", "IV", "q24h"), ("lactated Ringer's", "30 mL/kg bolus then 125 mL/hr", "IV", ""), ("insulin lispro", "correction scale", "SC", "AC/HS"), ("enoxaparin", "40 mg", "SC", "daily")],
     dcm=[("amoxicillin-clavulanate", "875-125 mg", "PO", "twice daily x 4 days"), ("azithromycin", "250 mg", "PO", "daily x 2 days"), ("metformin", "1000 mg", "PO", "twice daily"), ("atorvastatin", "20 mg", "PO", "daily"), ("guaifenesin", "600 mg", "PO", "every 12 hours as needed")],
     labs={"WBC": (15.5, 22.4), "Lactate": (2.2, 3.8), "Procalcitonin": (1.8, 7.5), "Glucose": (190, 280), "Neutrophils %": (84, 92)},
     vitals={"temp": (38.6, 39.7), "hr": (108, 124), "rr": (22, 28), "spo2": (89, 93), "bp": (92, 108)},
     exam={"lungs": "bronchial breath sounds and crackles RLL, dullness to percussion R base", "gen": "febrile, ill-appearing"},
     img=[("XR CHEST 2 VIEWS", "Right lower lobe airspace consolidation, no effusion."), ("CT CHEST W/O CONTRAST", "Dense RLL consolidation with air bronchograms; no abscess or empyema.")],
     course=["Met sepsis criteria on arrival; received 30 mL/kg fluids and ceftriaxone/azithromycin within 1 hour. Lactate cleared.", "Blood cultures no growth at 48h; sputum culture with normal flora. Strep pneumo urine antigen positive.", "Defervesced by hospital day 2, transitioned to PO antibiotics."],
     plan=["Ceftriaxone/azithro", "Blood cx x2, sputum cx, urine Legionella/strep Ag", "IVF, trend lactate", "SSI, hold metformin while inpatient", "CIWA monitoring given EtOH"],
     consult=("Infectious Disease", "pneumonia not improving by day 3", ["Continue current regimen", "No indication for broader coverage", "HIV screen (opt-out) sent"]),
     followup="Primary care clinic in 1 week; repeat CXR in 6-8 weeks", diet="Carb-controlled",
     warn=["fever over 101 after 3 days of antibiotics", "worsening shortness of breath", "coughing up blood"],
     ecg="sinus tachycardia, otherwise normal")

scen("abscess", ages=(22, 55), dx="Left thigh abscess with surrounding cellulitis", icd="L02.416", service="Medicine",
     sec=["Injection drug use (heroin/fentanyl)", "Hepatitis C, chronic, untreated", "Opioid use disorder"],
     cc=["L leg swelling and pain", "abscess L thigh", "red swollen leg x4d"],
     hpi=["{age} y/o {man} with opioid use disorder (injects heroin, last use this AM) presenting with 4 days of painful swelling of the left anterior thigh at an injection site, with spreading redness and subjective fevers.",
          "{age}yo {man} PWID, HCV+, p/w painful fluctuant mass L thigh x 4-5 days, erythema spreading. Has tried to 'pop it' at home."],
     pmh=["Opioid use disorder", "Hepatitis C", "Prior MRSA skin infection"],
     home=[("none", "", "", "")],
     inpt=[("vancomycin", "per pharmacy dosing", "IV", "q12h"), ("buprenorphine-naloxone", "8-2 mg", "SL", "BID"), ("acetaminophen", "650 mg", "PO", "q6h PRN pain"), ("oxycodone", "5 mg", "PO", "q4h PRN severe pain")],
     dcm=[("trimethoprim-sulfamethoxazole DS", "1 tablet", "PO", "twice daily x 7 days"), ("buprenorphine-naloxone", "8-2 mg film", "SL", "twice daily"), ("naloxone nasal spray", "4 mg", "intranasal", "as needed for overdose"), ("acetaminophen", "650 mg", "PO", "every 6 hours as needed")],
     labs={"WBC": (12.4, 16.8), "CRP": (48, 140), "HCV antibody": ("REACTIVE",), "Albumin": (2.9, 3.4)},
     vitals={"temp": (37.9, 38.6), "hr": (96, 112)},
     exam={"ext": "8 x 6 cm area of erythema and induration L anterior thigh with central 3 cm fluctuance, exquisitely tender, no crepitus", "skin": "multiple track marks bilateral antecubital fossae"},
     img=[("US SOFT TISSUE LEFT THIGH", "3.4 x 2.1 x 2.8 cm complex fluid collection in subcutaneous tissues consistent with abscess; surrounding cobblestoning.")],
     course=["Abscess incised and drained at bedside with return of ~15 mL purulent fluid; packed. Culture grew MRSA sensitive to TMP-SMX, doxycycline.", "Started on buprenorphine by Addiction Consult service; tolerated induction without precipitated withdrawal.", "Harm reduction counseling and naloxone kit provided."],
     plan=["IV vancomycin", "Bedside I&D", "Wound cx", "Addiction medicine consult for MOUD", "HIV/HCV RNA, HBV serologies"],
     consult=("Addiction Medicine", "opioid use disorder, interested in treatment", ["Buprenorphine induction (COWS >12)", "Bridge Rx and link to Bridge Clinic", "Naloxone kit at discharge"]),
     followup="Bridge Clinic in 3 days; wound check Surgery clinic in 2-3 days", diet="Regular",
     warn=["redness spreading past the marked line", "fever or chills", "red streaks up the leg"],
     ecg="normal sinus rhythm, QTc 432")

scen("appy", ages=(19, 45), dx="Acute appendicitis", icd="K35.80", service="Surgery",
     sec=["Obesity"], surgical=True,
     cc=["RLQ abd pain", "abdominal pain x1 day", "pain in belly, vomiting"],
     hpi=["{age} y/o {man} with no significant PMH presenting with 20 hours of abdominal pain that began periumbilical and migrated to the RLQ, associated with anorexia, nausea and one episode of emesis. Subjective fever.",
          "{age}yo {man} w/ periumbilical pain since yesterday now localized RLQ, worse w/ movement, + anorexia, N. No diarrhea. No prior surgeries."],
     pmh=["None"], home=[("none", "", "", "")],
     inpt=[("piperacillin-tazobactam", "3.375 g", "IV", "q6h"), ("morphine", "4 mg", "IV", "q3h PRN"), ("ondansetron", "4 mg", "IV", "q6h PRN")],
     dcm=[("acetaminophen", "1000 mg", "PO", "every 8 hours as needed"), ("ibuprofen", "600 mg", "PO", "every 6 hours with food as needed"), ("oxycodone", "5 mg", "PO", "every 6 hours as needed for severe pain, #8"), ("docusate", "100 mg", "PO", "twice daily while taking oxycodone")],
     labs={"WBC": (13.2, 18.5), "Neutrophils %": (80, 89), "CRP": (22, 90)},
     vitals={"temp": (37.6, 38.4), "hr": (92, 108)},
     exam={"abd": "tender RLQ with voluntary guarding, + Rovsing sign, + rebound at McBurney point"},
     img=[("CT ABDOMEN PELVIS W IV CONTRAST", "Dilated 12 mm appendix with periappendiceal fat stranding, consistent with acute uncomplicated appendicitis. No abscess or free air.")],
     course=["Taken to OR for laparoscopic appendectomy; uncomplicated. Pathology acute suppurative appendicitis.", "Diet advanced POD 0, ambulating, pain controlled on oral medication."],
     plan=["NPO, IVF", "Zosyn", "Consent for laparoscopic appendectomy", "SCDs"],
     consult=("General Surgery", "RLQ pain, CT c/w appendicitis", ["Admit to Surgery", "NPO, IV abx", "OR today for laparoscopic appendectomy"]),
     followup="General Surgery Clinic in 2 weeks", diet="Regular as tolerated",
     warn=["fever over 101", "redness or drainage from incisions", "worsening belly pain or vomiting"],
     op={"name": "Laparoscopic appendectomy", "pre": "Acute appendicitis", "findings": "Inflamed, nonperforated appendix with fibrinous exudate at the tip; small amount of reactive fluid in the pelvis.", "anes": "General endotracheal", "ebl": "10 mL", "spec": "Appendix", "cpt": "44970"},
     path={"spec": "Appendix, appendectomy", "gross": "Received fresh labeled with the patient's name and 'appendix' is a 6.8 cm in length x 1.1 cm in diameter vermiform appendix with attached mesoappendix. The serosa is dull and tan-red with fibrinous exudate. The lumen contains purulent material. No fecalith identified.", "dx": "ACUTE SUPPURATIVE APPENDICITIS WITH PERIAPPENDICITIS. NEGATIVE FOR PERFORATION. NO NEOPLASM IDENTIFIED."},
     ecg="normal sinus rhythm")

scen("chole", dx="Acute calculous cholecystitis", icd="K80.00", service="Surgery",
     sec=["Type 2 diabetes mellitus", "Obesity, BMI 34"], surgical=True,
     cc=["RUQ pain", "pain under right ribs after eating", "abd pain + vomiting"],
     hpi=["{age} y/o {man} with T2DM and prior episodes of postprandial RUQ pain presenting with 18 hours of constant RUQ pain radiating to the right scapula, nausea and vomiting after eating fried food. Subjective fever.",
          "{age}yo {man} p/w RUQ pain since last night after dinner, constant, 8/10, radiates to back, +N/V x3. Similar shorter episodes x months. No jaundice."],
     pmh=["Type 2 diabetes mellitus", "Obesity"], home=[("metformin", "500 mg", "PO", "BID")],
     inpt=[("ceftriaxone", "2 g", "IV", "daily"), ("metronidazole", "500 mg", "IV", "q8h"), ("hydromorphone", "0.5 mg", "IV", "q3h PRN"), ("ondansetron", "4 mg", "IV", "q6h PRN")],
     dcm=[("acetaminophen", "650 mg", "PO", "every 6 hours as needed"), ("oxycodone", "5 mg", "PO", "every 6 hours as needed, #10"), ("metformin", "500 mg", "PO", "twice daily"), ("docusate", "100 mg", "PO", "twice daily")],
     labs={"WBC": (12.1, 15.9), "Alk phos": (118, 160), "Total bilirubin": (1.0, 1.7), "Lipase": (22, 58), "AST": (38, 66), "ALT": (41, 80)},
     vitals={"temp": (37.8, 38.5), "hr": (94, 110)},
     exam={"abd": "RUQ tenderness with positive Murphy sign, no peritonitis"},
     img=[("US ABDOMEN LIMITED (RUQ)", "Cholelithiasis with 1.8 cm stone impacted in the gallbladder neck, gallbladder wall thickening to 5 mm, pericholecystic fluid and positive sonographic Murphy sign. CBD 4 mm.")],
     course=["Underwent laparoscopic cholecystectomy on hospital day 1 without complication.", "Tolerated diet, ambulating, discharged POD 1."],
     plan=["NPO, IVF, IV antibiotics", "Lap chole in AM", "Trend LFTs"],
     consult=("General Surgery", "RUQ pain, US c/w cholecystitis", ["Admit to ACS service", "IV abx", "Lap chole when OR available"]),
     followup="General Surgery Clinic 2 weeks", diet="Low-fat diet as tolerated",
     warn=["yellowing of skin or eyes", "fever over 101", "pain not controlled with medicine"],
     op={"name": "Laparoscopic cholecystectomy", "pre": "Acute calculous cholecystitis", "findings": "Distended, edematous, inflamed gallbladder with omental adhesions; critical view of safety obtained. No bile leak.", "anes": "General endotracheal", "ebl": "25 mL", "spec": "Gallbladder", "cpt": "47562"},
     path={"spec": "Gallbladder, cholecystectomy", "gross": "Received in formalin is an 8.5 x 3.9 x 3.2 cm opened gallbladder. The serosa is hemorrhagic with fibrinous adhesions. The wall measures up to 0.6 cm. The mucosa is green-tan with focal ulceration. Multiple yellow-green faceted stones, 0.4 to 1.9 cm, are submitted separately.", "dx": "ACUTE AND CHRONIC CHOLECYSTITIS WITH CHOLELITHIASIS. NEGATIVE FOR DYSPLASIA AND MALIGNANCY."},
     ecg="normal sinus rhythm")

scen("ugib", dx="Upper GI bleed secondary to duodenal ulcer", icd="K26.4", service="Medicine",
     sec=["Acute blood loss anemia requiring transfusion (2 units PRBC)", "NSAID use", "Alcohol use disorder", "H. pylori gastritis"],
     cc=["black stools", "vomiting blood", "melena, dizzy", "coffee ground emesis"],
     hpi=["{age} y/o {man} with alcohol use and daily ibuprofen use for back pain presenting with 3 days of black tarry stools and one episode of coffee-ground emesis this morning, with lightheadedness on standing.",
          "{age}yo {man} w/ EtOH use (6-8 beers/day), takes 'a lot' of ibuprofen for knee pain, p/w melena x2-3d and near syncope at bus stop. One episode hematemesis."],
     pmh=["Alcohol use disorder", "Osteoarthritis of knees", "Hypertension"],
     home=[("ibuprofen", "800 mg", "PO", "TID (OTC)"), ("lisinopril", "20 mg", "PO", "daily")],
     inpt=[("pantoprazole", "80 mg bolus then 8 mg/hr", "IV", "continuous"), ("packed red blood cells", "1 unit", "IV", "x2"), ("thiamine", "100 mg", "IV", "daily"), ("lorazepam", "per CIWA", "IV/PO", "PRN")],
     dcm=[("pantoprazole", "40 mg", "PO", "twice daily x 8 weeks"), ("amoxicillin", "1 g", "PO", "twice daily x 14 days"), ("clarithromycin", "500 mg", "PO", "twice daily x 14 days"), ("thiamine", "100 mg", "PO", "daily"), ("folic acid", "1 mg", "PO", "daily")],
     labs={"Hemoglobin": (6.4, 7.9), "Hematocrit": (19.5, 24.0), "BUN": (42, 68), "MCV": (96, 104), "INR": (1.0, 1.2)},
     vitals={"hr": (112, 128), "bp": (88, 102)},
     exam={"gen": "pale, diaphoretic", "rectal": "melena on rectal exam, guaiac positive", "abd": "mild epigastric tenderness, no peritoneal signs"},
     img=[("XR CHEST 1 VIEW", "No acute process. No free air under the diaphragm.")],
     course=["Resuscitated with IV fluids and 2 units PRBC with appropriate Hgb response. EGD on HD1 showed 1.5 cm clean-based duodenal bulb ulcer (Forrest III), no intervention needed. Biopsies positive for H. pylori.", "Monitored on CIWA; required minimal lorazepam.", "Hgb stable x 48h."],
     plan=["2 large-bore IVs, type & cross 2 units", "PPI drip", "GI consult for EGD", "Hold NSAIDs and lisinopril", "CIWA"],
     consult=("Gastroenterology", "melena, Hgb 7", ["EGD within 24 hrs", "PPI BID x 8 weeks", "Treat H. pylori if positive", "Avoid NSAIDs"]),
     followup="GI Clinic 8 weeks; PCP 1 week with CBC", diet="Clear liquids advance to regular",
     warn=["black or bloody stools", "vomiting blood or coffee-ground material", "dizziness or fainting"],
     proc="egd", ecg="sinus tachycardia")

scen("etoh", ages=(30, 65), dx="Alcohol withdrawal with tremor, without delirium", icd="F10.230", service="Medicine",
     sec=["Alcohol use disorder, severe", "Hypomagnesemia", "Transaminitis, likely alcohol-related", "Homelessness"],
     cc=["shaking, wants detox", "alcohol withdrawal", "tremors, last drink yesterday"],
     hpi=["{age} y/o {man} with severe alcohol use disorder (1 pint vodka daily), history of withdrawal seizure several years ago, presenting requesting detox. Last drink ~14 hours ago. Reports tremor, sweats, anxiety, nausea. Denies hallucinations. Currently experiencing homelessness.",
          "{age}yo {man} w/ EtOH use d/o, drinks ~12-18 beers/day, last drink last night, p/w tremors, N, anxiety. Prior w/d sz, no hx DTs. Staying at shelter."],
     pmh=["Alcohol use disorder", "Alcohol withdrawal seizure (remote)", "Hypertension"], home=[("none", "", "", "")],
     inpt=[("lorazepam", "per CIWA-Ar (1-4 mg)", "PO/IV", "q1h PRN CIWA >10"), ("thiamine", "100 mg", "IV", "daily x3 days"), ("folic acid", "1 mg", "PO", "daily"), ("multivitamin", "1 tab", "PO", "daily"), ("magnesium sulfate", "2 g", "IV", "once")],
     dcm=[("thiamine", "100 mg", "PO", "daily"), ("folic acid", "1 mg", "PO", "daily"), ("multivitamin", "1 tablet", "PO", "daily"), ("naltrexone", "50 mg", "PO", "daily")],
     labs={"AST": (88, 190), "ALT": (42, 90), "GGT": (160, 420), "Mg": (1.1, 1.5), "MCV": (100, 106), "Ethanol": (40, 180), "Platelets": (98, 140)},
     vitals={"hr": (104, 118), "bp": (152, 172)},
     exam={"neuro": "coarse tremor of outstretched hands, oriented x3, no asterixis", "gen": "diaphoretic, anxious"},
     img=[],
     course=["Managed with symptom-triggered lorazepam per CIWA; peak CIWA 18 on HD1. No seizures or DTs.", "Electrolytes repleted.", "Social work assisted with placement in residential treatment program."],
     plan=["CIWA q2h, lorazepam per protocol", "Thiamine before glucose", "Replete Mg, K, Phos", "SW consult for housing/treatment"],
     consult=("Psychiatry / Addiction", "alcohol use disorder, treatment planning", ["Start naltrexone 50 mg daily after LFTs reviewed", "Referral to residential program", "Motivational interviewing performed"]),
     followup="Recovery Clinic intake in 3 days", diet="Regular",
     warn=["seizure", "seeing or hearing things that are not there", "confusion or severe shaking"],
     ecg="sinus tachycardia, QTc 468")

scen("pancreatitis", dx="Acute alcoholic pancreatitis", icd="K85.20", service="Medicine",
     sec=["Alcohol use disorder", "Hypertriglyceridemia, mild", "Tobacco use"],
     cc=["epigastric pain radiating to back", "abdominal pain, N/V"],
     hpi=["{age} y/o {man} with heavy alcohol use presenting with 1 day of severe epigastric pain radiating to the back, worse after eating, with nausea and multiple episodes of emesis following a 3-day binge.",
          "{age}yo {man} hx EtOH, prior pancreatitis ~2 yrs ago, p/w 10/10 epigastric pain boring to back since yesterday, + N/V. Last drink this AM."],
     pmh=["Alcohol use disorder", "Prior acute pancreatitis"], home=[("none", "", "", "")],
     inpt=[("lactated Ringer's", "250 mL/hr", "IV", "continuous"), ("hydromorphone", "0.5-1 mg", "IV", "q3h PRN"), ("ondansetron", "4 mg", "IV", "q6h PRN"), ("thiamine", "100 mg", "IV", "daily")],
     dcm=[("acetaminophen", "650 mg", "PO", "every 6 hours as needed"), ("thiamine", "100 mg", "PO", "daily"), ("folic acid", "1 mg", "PO", "daily")],
     labs={"Lipase": (820, 3400), "WBC": (11.8, 15.6), "Triglycerides": (220, 480), "Calcium": (8.0, 8.6), "AST": (60, 120)},
     vitals={"hr": (102, 120)},
     exam={"abd": "epigastric tenderness with guarding, hypoactive bowel sounds, no Cullen or Grey Turner sign"},
     img=[("CT ABDOMEN PELVIS W IV CONTRAST", "Peripancreatic fat stranding and edema consistent with acute interstitial edematous pancreatitis. No necrosis or peripancreatic collection. Gallbladder without stones.")],
     course=["Aggressive IV fluid resuscitation, pain control; diet advanced to low-fat on HD3.", "No evidence of necrosis. BISAP 1.", "Counseled on alcohol cessation."],
     plan=["LR at 250 mL/h", "Pain control", "NPO -> advance as tolerated", "CIWA", "RUQ US to r/o gallstones"],
     consult=("Gastroenterology", "pancreatitis", ["Supportive care", "Early enteral feeding", "No ERCP indicated"]),
     followup="PCP in 1-2 weeks", diet="Low-fat diet, no alcohol",
     warn=["severe belly pain", "vomiting and unable to keep down fluids", "fever"],
     ecg="sinus tachycardia")

scen("nstemi", ages=(42, 76), dx="Non-ST elevation myocardial infarction", icd="I21.4", service="Medicine",
     sec=["Coronary artery disease s/p PCI to LAD", "Hypertension", "Hyperlipidemia", "Type 2 diabetes mellitus"],
     cc=["chest pain", "CP x 3 hrs", "chest pressure"],
     hpi=["{age} y/o {man} with HTN, HLD, T2DM and tobacco use presenting with 3 hours of substernal chest pressure radiating to the left arm with diaphoresis and nausea that began while climbing stairs at work. Pain 7/10, partially relieved by SL NTG in ED.",
          "{age}yo {man} w/ DM2, HTN, smoker, no known CAD, p/w substernal CP 'like an elephant', onset at rest ~0400, +diaphoresis, +SOB. Took no meds at home."],
     pmh=["Hypertension", "Hyperlipidemia", "Type 2 diabetes mellitus", "Tobacco use"],
     home=[("metformin", "1000 mg", "PO", "BID"), ("amlodipine", "10 mg", "PO", "daily")],
     inpt=[("aspirin", "81 mg", "PO", "daily"), ("heparin infusion", "per ACS nomogram", "IV", "continuous"), ("atorvastatin", "80 mg", "PO", "nightly"), ("metoprolol tartrate", "25 mg", "PO", "q6h"), ("nitroglycerin", "0.4 mg", "SL", "q5min PRN CP")],
     dcm=[("aspirin", "81 mg", "PO", "daily"), ("ticagrelor", "90 mg", "PO", "twice daily"), ("atorvastatin", "80 mg", "PO", "nightly"), ("metoprolol succinate", "50 mg", "PO", "daily"), ("lisinopril", "5 mg", "PO", "daily"), ("nitroglycerin", "0.4 mg", "SL", "every 5 minutes as needed, max 3"), ("metformin", "1000 mg", "PO", "twice daily")],
     labs={"Troponin I": (0.8, 6.2), "LDL": (132, 188), "HbA1c": (8.1, 9.6), "Glucose": (160, 240)},
     vitals={"bp": (148, 172), "hr": (88, 102)},
     exam={"cv": "RRR, no murmurs, no JVD", "gen": "diaphoretic, uncomfortable"},
     img=[("XR CHEST 1 VIEW", "No acute cardiopulmonary abnormality."), ("TTE", "LVEF 45-50% with hypokinesis of the mid to apical anterior wall.")],
     course=["Started on ACS protocol. Troponin peaked at 6.2. LHC on HD2 showed 90% proximal LAD stenosis treated with 1 drug-eluting stent.", "Tolerated DAPT, no recurrent chest pain. Cardiac rehab referral placed."],
     plan=["ASA 325 load then 81", "Heparin gtt", "High-intensity statin", "Beta-blocker", "Cards consult, LHC"],
     consult=("Cardiology", "NSTEMI", ["Heparin gtt x48h", "Cath in AM", "Start high intensity statin", "TTE"]),
     followup="Cardiology Clinic 2 weeks; Cardiac Rehab", diet="Cardiac (low fat, low sodium), carb controlled",
     warn=["chest pain not relieved by 1 nitroglycerin - call 911", "bleeding from cath site", "shortness of breath"],
     proc="cath", ecg="sinus rhythm, 1-2 mm ST depressions in V4-V6, I, aVL")

scen("stroke", ages=(48, 84), dx="Acute ischemic stroke, left MCA territory", icd="I63.512", service="Medicine",
     sec=["Hypertension, uncontrolled", "Type 2 diabetes mellitus", "Dysphagia"],
     cc=["R sided weakness, trouble talking", "code stroke", "facial droop"],
     hpi=["{age} y/o {man} with untreated HTN brought by EMS as a code stroke after family noted right arm weakness and difficulty finding words at dinner. Last known well 19:40. NIHSS 8 on arrival. Outside tPA window on arrival per LKW.",
          "{age}yo {man} w/ HTN (off meds x1 yr), DM2 p/w acute onset R face/arm weakness and expressive aphasia. LKW ~6h prior to arrival. Not a tPA candidate."],
     pmh=["Hypertension", "Type 2 diabetes mellitus"], home=[("none (previously on amlodipine)", "", "", "")],
     inpt=[("aspirin", "300 mg", "PR", "once then 81 mg PO daily"), ("atorvastatin", "80 mg", "PO", "nightly"), ("heparin", "5,000 units", "SC", "q8h"), ("labetalol", "10 mg", "IV", "q2h PRN SBP>220")],
     dcm=[("aspirin", "81 mg", "PO", "daily"), ("clopidogrel", "75 mg", "PO", "daily x 21 days then stop"), ("atorvastatin", "80 mg", "PO", "nightly"), ("amlodipine", "10 mg", "PO", "daily"), ("metformin", "500 mg", "PO", "twice daily")],
     labs={"HbA1c": (7.8, 9.9), "LDL": (140, 190), "Glucose": (150, 230)},
     vitals={"bp": (176, 210)},
     exam={"neuro": "expressive aphasia, R lower facial droop, RUE 3/5, RLE 4/5, R pronator drift, sensation intact", "heent": "no gaze deviation"},
     img=[("CT HEAD W/O CONTRAST", "No intracranial hemorrhage. Subtle loss of gray-white differentiation in the left insular cortex."), ("MRI BRAIN W/O CONTRAST", "Acute infarct in the left MCA territory involving the insula and frontal operculum. No hemorrhagic transformation."), ("CTA HEAD AND NECK", "No large vessel occlusion. 40% stenosis of the left ICA origin.")],
     course=["Not a candidate for thrombolysis (outside window) or thrombectomy (no LVO). Permissive hypertension x 24 hrs then BP gradually lowered.", "Failed initial bedside swallow; passed SLP evaluation on HD3 with mechanical soft diet.", "PT/OT recommend acute inpatient rehabilitation; insurance application in process."],
     plan=["Neuro checks q4h", "Permissive HTN <220/120", "ASA/statin", "MRI, TTE, lipids, A1c", "NPO until SLP", "PT/OT/SLP"],
     consult=("Neurology", "acute L MCA stroke", ["DAPT x21 days then ASA alone", "High-intensity statin", "BP goal <130/80 long term", "Outpatient Holter"]),
     followup="Stroke Clinic 4 weeks; PCP 1 week", diet="Mechanical soft, thin liquids",
     warn=["new weakness, numbness, trouble speaking or seeing - call 911", "severe headache", "trouble swallowing or choking"],
     ecg="normal sinus rhythm, left ventricular hypertrophy with repolarization abnormality")

scen("pyelo", ages=(19, 55), dx="Acute pyelonephritis", icd="N10", service="Medicine",
     sec=["Sepsis, resolved", "Nephrolithiasis (3 mm R UVJ stone, passed)"],
     cc=["fever, flank pain", "burning urination and back pain"],
     hpi=["{age} y/o {man} presenting with 3 days of dysuria and frequency, now with right flank pain, fever to 39.2C, rigors and vomiting.",
          "{age}yo {man} p/w R flank pain, fevers, N/V x2d preceded by dysuria. No prior UTIs."],
     pmh=["None significant"], home=[("none", "", "", "")],
     inpt=[("ceftriaxone", "1 g", "IV", "q24h"), ("ketorolac", "15 mg", "IV", "q6h PRN"), ("ondansetron", "4 mg", "IV", "q8h PRN")],
     dcm=[("cefpodoxime", "200 mg", "PO", "twice daily x 10 days total"), ("acetaminophen", "650 mg", "PO", "every 6 hours as needed"), ("ondansetron ODT", "4 mg", "PO", "every 8 hours as needed")],
     labs={"WBC": (15.2, 21.0), "Creatinine": (1.1, 1.5), "UA leukocyte esterase": ("3+",), "UA nitrite": ("Positive",), "Urine WBC": (">50",), "Lactate": (1.9, 2.9)},
     vitals={"temp": (38.8, 39.6), "hr": (106, 122)},
     exam={"abd": "soft, mild suprapubic tenderness", "back": "right CVA tenderness"},
     img=[("CT ABDOMEN PELVIS W/O CONTRAST (STONE PROTOCOL)", "Mild right hydroureteronephrosis with 3 mm stone at the right UVJ and right perinephric stranding.")],
     course=["Treated with IV ceftriaxone; urine culture grew E. coli pan-sensitive. Passed stone on HD2 with resolution of pain.", "Afebrile >24 hours prior to discharge."],
     plan=["Ceftriaxone", "UCx, BCx", "IVF", "Strain urine"],
     consult=("Urology", "obstructing stone with infection", ["No indication for stent given small stone and clinical improvement", "Strain urine", "Follow up if recurrent"]),
     followup="PCP 1 week", diet="Regular, increase fluids",
     warn=["fever over 101 after 48 hours of antibiotics", "unable to keep medicine down", "severe flank pain"],
     ecg="sinus tachycardia")

scen("hipfx", ages=(66, 92), dx="Right intertrochanteric femur fracture", icd="S72.141A", service="Orthopedics",
     sec=["Mechanical fall", "Osteoporosis, presumed", "Hypertension", "Acute blood loss anemia"], surgical=True,
     cc=["R hip pain after fall", "fall, can't walk"],
     hpi=["{age} y/o {man} with HTN who tripped over a rug at home and fell onto the right hip; unable to bear weight. No head strike, no LOC, no preceding chest pain or dizziness. Lives alone in 2nd floor apartment.",
          "{age}yo {man} s/p mechanical fall at bus stop, landed on R side, unable to ambulate, R leg shortened & externally rotated per EMS."],
     pmh=["Hypertension", "Osteoarthritis"], home=[("hydrochlorothiazide", "25 mg", "PO", "daily"), ("calcium carbonate/vitamin D", "600 mg/400 IU", "PO", "BID")],
     inpt=[("cefazolin", "2 g", "IV", "q8h x 24h periop"), ("enoxaparin", "40 mg", "SC", "daily"), ("oxycodone", "5 mg", "PO", "q4h PRN"), ("acetaminophen", "1 g", "PO", "q8h")],
     dcm=[("enoxaparin", "40 mg", "SC", "daily x 28 days"), ("acetaminophen", "1000 mg", "PO", "every 8 hours"), ("oxycodone", "5 mg", "PO", "every 6 hours as needed, #20"), ("senna", "8.6 mg", "PO", "nightly"), ("vitamin D3", "1000 IU", "PO", "daily"), ("hydrochlorothiazide", "25 mg", "PO", "daily")],
     labs={"Hemoglobin": (9.2, 10.8), "25-OH vitamin D": (11, 19)},
     vitals={"hr": (88, 104)},
     exam={"ext": "RLE shortened and externally rotated, pain with log roll, distal pulses 2+, sensation intact"},
     img=[("XR HIP RIGHT 2 VIEWS + PELVIS AP", "Comminuted intertrochanteric fracture of the right femur with varus angulation. No dislocation."), ("XR CHEST 1 VIEW", "No acute cardiopulmonary process.")],
     course=["Underwent cephalomedullary nailing of the right hip on HD1 under spinal anesthesia. Hgb nadir 8.4, no transfusion.", "PT: WBAT, ambulating 40 ft with walker. Discharged to skilled nursing facility."],
     plan=["Ortho consult", "NPO after midnight, OR in AM", "Pain control, fascia iliaca block", "Pre-op: ECG, CXR, type & screen"],
     consult=("Orthopedic Surgery", "R hip fx", ["OR for IMN tomorrow", "NPO after MN", "Hold anticoagulation AM of surgery"]),
     followup="Orthopedic Clinic 2 weeks for wound check and x-rays", diet="Regular",
     warn=["increasing pain, redness or drainage from incision", "calf pain or swelling", "chest pain or shortness of breath"],
     op={"name": "Open reduction internal fixation, right intertrochanteric femur fracture, with cephalomedullary nail", "pre": "Right intertrochanteric femur fracture", "findings": "Comminuted intertrochanteric fracture reduced anatomically under fluoroscopy; 11 x 180 mm nail with 95 mm lag screw; tip-apex distance <25 mm.", "anes": "Spinal with MAC", "ebl": "200 mL", "spec": "None", "cpt": "27245"},
     ecg="normal sinus rhythm, first degree AV block")

scen("stab", ages=(19, 40), dx="Stab wound to the abdomen with small bowel injury", icd="S31.610A", service="Trauma Surgery",
     sec=["Assault", "Hemoperitoneum", "Alcohol intoxication"], surgical=True,
     cc=["stab wound", "Level 1 trauma - SW abd", "penetrating trauma"],
     hpi=["{age} y/o {man} brought in by EMS as a Level 1 trauma activation after sustaining a single stab wound to the left upper quadrant during an altercation. Hypotensive in the field (SBP 86), responded to 1 L crystalloid. Positive FAST in the trauma bay.",
          "{age}yo {man} BIBA s/p stab wound L abdomen ~30 min PTA. GCS 15. Admits EtOH. Evisceration of omentum noted. Taken directly to OR."],
     pmh=["None known"], home=[("none", "", "", "")],
     inpt=[("cefazolin", "2 g", "IV", "q8h"), ("metronidazole", "500 mg", "IV", "q8h"), ("hydromorphone PCA", "0.2 mg demand", "IV", "q10 min"), ("tetanus-diphtheria-pertussis (Tdap)", "0.5 mL", "IM", "once")],
     dcm=[("oxycodone", "5 mg", "PO", "every 6 hours as needed, #15"), ("acetaminophen", "1000 mg", "PO", "every 8 hours"), ("docusate", "100 mg", "PO", "twice daily")],
     labs={"Hemoglobin": (10.1, 11.8), "Ethanol": (140, 260), "Lactate": (2.4, 4.1)},
     vitals={"bp": (86, 102), "hr": (112, 130)},
     exam={"abd": "2.5 cm stab wound LUQ with omental evisceration, diffuse tenderness with guarding"},
     img=[("FAST EXAM (TRAUMA BAY)", "Positive for free fluid in the left upper quadrant and pelvis.")],
     course=["Taken emergently to the OR for exploratory laparotomy: two through-and-through jejunal injuries repaired primarily, mesenteric bleeder ligated; no solid organ injury.", "Diet advanced after return of bowel function POD 3. SW and violence intervention program met with patient."],
     plan=["OR for ex-lap", "MTP activated, 1:1:1", "Tdap", "Trauma admission"],
     consult=("Trauma Surgery", "penetrating abdominal trauma", ["Emergent exploratory laparotomy"]),
     followup="Trauma Clinic 2 weeks, staple removal", diet="Regular",
     warn=["fever, wound redness or drainage", "vomiting or inability to pass gas", "worsening pain"],
     op={"name": "Exploratory laparotomy, primary repair of jejunal enterotomies x2, ligation of mesenteric bleeding", "pre": "Stab wound to abdomen, hemoperitoneum", "findings": "Approximately 600 mL of hemoperitoneum; two through-and-through jejunal injuries approx. 40 cm from the ligament of Treitz; actively bleeding mesenteric vessel. Stomach, colon, spleen, left kidney and diaphragm without injury.", "anes": "General endotracheal (RSI)", "ebl": "800 mL (including hemoperitoneum)", "spec": "None", "cpt": "49000"},
     ecg="sinus tachycardia")

scen("sickle", ages=(19, 38), dx="Sickle cell disease with vaso-occlusive pain crisis", icd="D57.00", service="Medicine",
     sec=["Hb SS disease", "Chronic hemolytic anemia", "Chronic pain"],
     cc=["pain crisis", "back and leg pain - sickle cell", "my usual crisis pain"],
     hpi=["{age} y/o {man} with HbSS disease (baseline Hgb 7.5-8) presenting with 2 days of diffuse back, chest wall and bilateral leg pain typical of prior crises, 9/10, not relieved by home oxycodone. Denies fever, cough, SOB.",
          "{age}yo {man} w/ SCD (SS), ~4 admissions/yr, p/w typical VOC pain lower back/legs x2d, took home oxy w/o relief. No CP, no fever."],
     pmh=["Sickle cell disease (HbSS)", "s/p cholecystectomy", "Avascular necrosis L hip"],
     home=[("hydroxyurea", "1000 mg", "PO", "daily"), ("folic acid", "1 mg", "PO", "daily"), ("oxycodone", "10 mg", "PO", "q6h PRN")],
     inpt=[("hydromorphone PCA", "0.4 mg demand, lockout 10 min", "IV", ""), ("D5-1/2NS", "100 mL/hr", "IV", "continuous"), ("hydroxyurea", "1000 mg", "PO", "daily"), ("incentive spirometer", "10x/hr while awake", "", "")],
     dcm=[("hydroxyurea", "1000 mg", "PO", "daily"), ("folic acid", "1 mg", "PO", "daily"), ("oxycodone", "10 mg", "PO", "every 6 hours as needed, #12"), ("ibuprofen", "400 mg", "PO", "every 8 hours with food as needed")],
     labs={"Hemoglobin": (6.8, 7.9), "Reticulocytes": (8, 15), "LDH": (420, 760), "Total bilirubin": (2.4, 4.1)},
     vitals={"hr": (96, 110)},
     exam={"ext": "diffuse tenderness lower back and bilateral thighs without swelling or warmth", "lungs": "clear bilaterally"},
     img=[("XR CHEST 2 VIEWS", "No new infiltrate to suggest acute chest syndrome.")],
     course=["Pain controlled with hydromorphone PCA, weaned to oral regimen by HD3. No acute chest syndrome.", "Hgb stable, no transfusion required."],
     plan=["Individualized pain plan per Heme", "PCA", "IVF", "IS", "Monitor for ACS"],
     consult=("Hematology", "VOC", ["Per individualized care plan", "Continue hydroxyurea", "Follow up in Sickle Cell Center"]),
     followup="Sickle Cell Center in 1 week", diet="Regular, encourage fluids",
     warn=["fever of 101 or higher", "chest pain or trouble breathing", "weakness or numbness"],
     ecg="normal sinus rhythm")

scen("dm_htn_clinic", dx="Type 2 diabetes mellitus with hyperglycemia", icd="E11.65", service="Adult Medicine Clinic",
     sec=["Essential hypertension", "Hyperlipidemia", "Obesity, BMI 33"], outpatient=True,
     cc=["DM f/u", "follow up diabetes and BP", "med refill", "3 month follow-up"],
     hpi=["{age} y/o {man} with T2DM, HTN, HLD here for 3-month follow-up. Reports taking metformin most days but missing evening doses. Checking sugars occasionally, fasting 160-210. No hypoglycemia, polyuria or vision change. Works nights at a warehouse.",
          "{age}yo {man} w/ DM2 (A1c 9.1 last visit), HTN returns for f/u. States adherent w/ meds 'most of the time.' Diet: lots of tortillas/rice, soda. No CP/SOB, no foot ulcers."],
     pmh=["Type 2 diabetes mellitus", "Hypertension", "Hyperlipidemia"],
     home=[("metformin", "1000 mg", "PO", "BID"), ("glipizide", "5 mg", "PO", "daily"), ("lisinopril", "20 mg", "PO", "daily"), ("atorvastatin", "40 mg", "PO", "daily")],
     inpt=[],
     dcm=[("metformin", "1000 mg", "PO", "twice daily"), ("insulin glargine", "10 units", "SC", "at bedtime, increase by 2 units every 3 days until fasting <130"), ("lisinopril", "40 mg", "PO", "daily"), ("atorvastatin", "40 mg", "PO", "daily"), ("aspirin", "81 mg", "PO", "daily")],
     labs={"HbA1c": (8.6, 10.8), "Glucose": (170, 260), "Microalbumin/Cr ratio": (42, 180), "LDL": (96, 140)},
     vitals={"bp": (146, 164)},
     exam={"ext": "monofilament sensation intact bilaterally, no ulcers, DP 2+", "cv": "RRR, no murmur"},
     img=[],
     course=[], plan=["Start basal insulin glargine 10 units qHS, titrate", "Stop glipizide", "Increase lisinopril to 40 mg", "Diabetic eye exam referral (retinal camera)", "Nutrition class"],
     consult=("Endocrinology (eConsult)", "uncontrolled DM2", ["Agree with basal insulin", "Consider GLP-1 RA if available on formulary"]),
     followup="RTC 6-8 weeks with labs", diet="Diabetic diet",
     warn=["blood sugar less than 70 with shaking or sweating", "blood sugar over 350"],
     ecg="normal sinus rhythm, no acute ST-T changes")

scen("hiv_clinic", ages=(24, 65), dx="HIV disease, on antiretroviral therapy", icd="B20", service="Infectious Disease Clinic",
     sec=["Latent TB infection, treated", "Depression", "Tobacco use"], outpatient=True,
     cc=["HIV f/u", "routine ID follow up", "labs review"],
     hpi=["{age} y/o {man} with HIV (dx ~10 yrs ago, nadir CD4 180) on bictegravir/emtricitabine/TAF, here for routine follow-up. Reports missing about 2 doses per month. No fevers, night sweats, weight loss, thrush or rash. Housing currently stable in supportive housing.",
          "{age}yo {man} w/ HIV on ART, last VL undetectable, here for 6 mo f/u. Mood 'ok'. Using condoms inconsistently."],
     pmh=["HIV", "Latent TB (completed INH)", "Depression"],
     home=[("bictegravir/emtricitabine/tenofovir alafenamide", "50/200/25 mg", "PO", "daily"), ("sertraline", "100 mg", "PO", "daily")],
     inpt=[], dcm=[("bictegravir/emtricitabine/tenofovir alafenamide", "1 tablet", "PO", "daily"), ("sertraline", "100 mg", "PO", "daily")],
     labs={"CD4 absolute": (420, 760), "HIV-1 RNA PCR": ("<20 copies/mL (not detected)",), "Creatinine": (0.8, 1.1)},
     vitals={}, exam={"heent": "no oral thrush or OHL", "skin": "no rash", "lymph": "no lymphadenopathy"},
     img=[], course=[], plan=["Continue ART", "CD4/VL in 6 months", "RPR, GC/CT NAAT", "PHQ-9 today: 8", "Flu vaccine today"],
     consult=("Psychiatry", "depression on SSRI", ["Continue sertraline 100", "Therapy referral"]),
     followup="RTC 6 months", diet="Regular", warn=["fever, rash or new symptoms"],
     ecg="normal sinus rhythm")

for _k, _g in [("stab", "diaphoretic, anxious, GCS 15"), ("appy", "uncomfortable, lying still"), ("chole", "uncomfortable, nontoxic"),
               ("hipfx", "elderly, in moderate distress with movement"), ("pyelo", "ill-appearing, febrile, rigors"), ("sickle", "in moderate distress due to pain"),
               ("stroke", "awake, alert, aphasic"), ("nstemi", "diaphoretic, uncomfortable"), ("pancreatitis", "writhing in pain"), ("chf", "dyspneic at rest, sitting upright")]:
    S[_k]["exam"].setdefault("gen", _g)
SCEN_KEYS = list(S.keys())
INPT_KEYS = [k for k in SCEN_KEYS if not S[k].get("outpatient")]
SURG_KEYS = [k for k in SCEN_KEYS if S[k].get("op")]
ALLERGIES = ["NKDA", "NKDA", "NKDA", "No Known Allergies", "Penicillin (rash)", "Sulfa (hives)",
             "Codeine (nausea)", "Lisinopril (angioedema)", "Shellfish", "Iodinated contrast (hives)",
             "Morphine (itching)", "Latex"]

# --------------------------------------------------------------------------
# shared clinical helpers
# --------------------------------------------------------------------------
LABREF = {  # name: (unit, lo, hi, decimals)
    "WBC": ("K/uL", 4.0, 10.5, 1), "Hemoglobin": ("g/dL", 12.0, 16.0, 1), "Hematocrit": ("%", 36.0, 47.0, 1),
    "Platelets": ("K/uL", 150, 400, 0), "MCV": ("fL", 80, 98, 0), "Neutrophils %": ("%", 40, 75, 0),
    "Na": ("mmol/L", 135, 145, 0), "K": ("mmol/L", 3.5, 5.1, 1), "Cl": ("mmol/L", 98, 107, 0),
    "CO2": ("mmol/L", 22, 29, 0), "BUN": ("mg/dL", 7, 20, 0), "Creatinine": ("mg/dL", 0.6, 1.2, 2),
    "Glucose": ("mg/dL", 70, 99, 0), "Calcium": ("mg/dL", 8.6, 10.3, 1), "Anion gap": ("mmol/L", 7, 16, 0),
    "Mg": ("mg/dL", 1.7, 2.4, 1), "Phos": ("mg/dL", 2.5, 4.5, 1),
    "AST": ("U/L", 10, 40, 0), "ALT": ("U/L", 7, 56, 0), "Alk phos": ("U/L", 40, 129, 0),
    "Total bilirubin": ("mg/dL", 0.2, 1.2, 1), "Albumin": ("g/dL", 3.5, 5.0, 1), "GGT": ("U/L", 8, 61, 0),
    "Lipase": ("U/L", 13, 60, 0), "Troponin I": ("ng/mL", 0.0, 0.04, 2), "BNP": ("pg/mL", 0, 100, 0),
    "INR": ("", 0.9, 1.1, 1), "PT": ("sec", 11.0, 13.5, 1), "PTT": ("sec", 25, 35, 0),
    "Lactate": ("mmol/L", 0.5, 2.0, 1), "HbA1c": ("%", 4.0, 5.6, 1), "LDL": ("mg/dL", 0, 99, 0),
    "Triglycerides": ("mg/dL", 0, 149, 0), "CRP": ("mg/L", 0, 5, 0), "Procalcitonin": ("ng/mL", 0.0, 0.5, 2),
    "Beta-hydroxybutyrate": ("mmol/L", 0.0, 0.3, 1), "pH (venous)": ("", 7.31, 7.41, 2),
    "pCO2 (venous)": ("mmHg", 41, 51, 0), "Ethanol": ("mg/dL", 0, 10, 0), "Reticulocytes": ("%", 0.5, 2.5, 1),
    "LDH": ("U/L", 120, 246, 0), "CD4 absolute": ("cells/uL", 500, 1500, 0), "TSH": ("uIU/mL", 0.4, 4.5, 2),
    "Microalbumin/Cr ratio": ("mg/g", 0, 30, 0), "25-OH vitamin D": ("ng/mL", 30, 100, 0),
}
PANELS = {
    "CBC W/ AUTO DIFF": ["WBC", "Hemoglobin", "Hematocrit", "MCV", "Platelets", "Neutrophils %"],
    "BASIC METABOLIC PANEL": ["Na", "K", "Cl", "CO2", "Anion gap", "BUN", "Creatinine", "Glucose", "Calcium"],
    "HEPATIC FUNCTION PANEL": ["AST", "ALT", "Alk phos", "Total bilirubin", "Albumin"],
    "COAGULATION": ["PT", "INR", "PTT"],
}


def labval(r, sc, test):
    unit, lo, hi, dec = LABREF.get(test, ("", 0, 1, 1))
    ov = (sc or {}).get("labs", {}).get(test)
    if ov is not None:
        if isinstance(ov[0], str):
            return ov[0], unit, "A"
        v = r.uniform(ov[0], ov[1])
    else:
        span = hi - lo
        v = r.uniform(lo + span * 0.1, hi - span * 0.1) if span else lo
    v = round(v, dec)
    s = ("%d" % v) if dec == 0 else ("%.*f" % (dec, v))
    flag = ""
    if v > hi:
        flag = "H"
    elif v < lo:
        flag = "L"
    if flag and test in ("K", "Glucose", "Hemoglobin", "Troponin I", "pH (venous)", "Lactate", "CO2") and (v > hi * 1.5 or v < lo * 0.75):
        flag = flag + ("*" if r.random() < 0.5 else flag)
    return s, unit, flag


def refrange(test):
    unit, lo, hi, dec = LABREF.get(test, ("", 0, 1, 1))
    if dec == 0:
        return "%d-%d" % (lo, hi)
    return "%.*f-%.*f" % (dec, lo, dec, hi)


def vitals(r, sc):
    v = (sc or {}).get("vitals", {})

    def g(k, lo, hi):
        return v[k] if k in v else (lo, hi)
    t = round(r.uniform(*g("temp", (36.4), (37.3))) if "temp" not in v else r.uniform(*v["temp"]), 1)
    hr = r.randint(*[int(x) for x in g("hr", 68, 94)])
    rr = r.randint(*[int(x) for x in g("rr", 14, 18)])
    sbp = r.randint(*[int(x) for x in g("bp", 112, 138)])
    dbp = int(sbp * r.uniform(0.55, 0.66))
    spo2 = r.randint(*[int(x) for x in g("spo2", 95, 99)])
    wt = round(r.uniform(52, 118), 1)
    return {"T": t, "Tf": round(t * 9 / 5 + 32, 1), "HR": hr, "RR": rr, "BP": "%d/%d" % (sbp, dbp),
            "SpO2": spo2, "Wt": wt, "pain": r.randint(0, 10)}


def vitals_line(r, vs, style=None):
    if style is None:
        style = r.randint(0, 4)
    o2 = r.choice(["RA", "room air", "2L NC", "RA"]) if vs["SpO2"] >= 90 else r.choice(["2L NC", "4L NC", "RA"])
    if style == 0:
        return "T %.1f  HR %d  BP %s  RR %d  SpO2 %d%% %s" % (vs["T"], vs["HR"], vs["BP"], vs["RR"], vs["SpO2"], o2)
    if style == 1:
        return "Temp: %.1f F | Pulse: %d | BP: %s | Resp: %d | O2 sat: %d%% on %s | Wt: %.1f kg" % (vs["Tf"], vs["HR"], vs["BP"], vs["RR"], vs["SpO2"], o2, vs["Wt"])
    if style == 2:
        return "VS: %.1f / %d / %s / %d / %d%%" % (vs["T"], vs["HR"], vs["BP"], vs["RR"], vs["SpO2"])
    if style == 3:
        return "Vitals - BP %s, P %d, R %d, T %.1fF, sat %d%% %s, pain %d/10" % (vs["BP"], vs["HR"], vs["RR"], vs["Tf"], vs["SpO2"], o2, vs["pain"])
    return "Tmax %.1f Tc %.1f  HR %d-%d  BP %s  RR %d  %d%% %s" % (vs["T"] + 0.2, vs["T"], vs["HR"] - 8, vs["HR"], vs["BP"], vs["RR"], vs["SpO2"], o2)


EXAM_NORMAL = {
    "gen": ["NAD, alert, cooperative", "well-appearing, in no acute distress", "A&O x3, NAD"],
    "heent": ["NCAT, PERRL, EOMI, MMM, oropharynx clear", "atraumatic, anicteric, moist mucous membranes"],
    "neck": ["supple, no JVD, no LAD", "no JVD, trachea midline"],
    "lungs": ["CTAB, no wheezes/rales/rhonchi", "clear to auscultation bilaterally, normal effort", "CTA b/l"],
    "cv": ["RRR, normal S1/S2, no m/r/g", "regular rate and rhythm, no murmurs", "RRR no MRG"],
    "abd": ["soft, NT/ND, +BS, no HSM", "soft, nontender, nondistended, normoactive bowel sounds", "S/NT/ND"],
    "ext": ["no edema, warm and well perfused, 2+ distal pulses", "no c/c/e", "WWP, no edema"],
    "skin": ["no rashes or lesions", "warm, dry, intact"],
    "neuro": ["CN II-XII grossly intact, strength 5/5 x4, sensation intact", "A&Ox3, nonfocal", "alert, oriented, moves all extremities, no focal deficits"],
    "psych": ["normal mood and affect", "calm, appropriate"],
}
EXAM_LABELS = {
    "gen": ["General", "GEN", "Gen", "CONSTITUTIONAL"], "heent": ["HEENT", "Head/Eyes", "HEENT"],
    "neck": ["Neck", "NECK"], "lungs": ["Lungs", "Pulm", "RESP", "Chest"], "cv": ["CV", "Heart", "Cardiac", "CVS"],
    "abd": ["Abd", "Abdomen", "GI", "ABD"], "ext": ["Ext", "Extremities", "EXT", "MSK"],
    "skin": ["Skin", "SKIN", "Integ"], "neuro": ["Neuro", "NEURO", "Neurologic"], "psych": ["Psych", "PSYCH"],
    "back": ["Back", "Back/CVA"], "rectal": ["Rectal", "DRE"], "lymph": ["Lymph", "Nodes"],
}


def exam_block(r, sc, style=None, short=False):
    order = ["gen", "heent", "neck", "lungs", "cv", "abd", "ext", "skin", "neuro", "psych"]
    ab = (sc or {}).get("exam", {})
    for k in ab:
        if k not in order:
            order.insert(6, k)
    if short:
        order = [o for o in order if o in ab or o in ("gen", "lungs", "cv", "abd")]
    if style is None:
        style = r.randint(0, 2)
    lines = []
    for k in order:
        lab = r.choice(EXAM_LABELS.get(k, [k.title()]))
        txt = ab.get(k) or r.choice(EXAM_NORMAL.get(k, ["normal"]))
        if style == 0:
            lines.append("%s: %s" % (lab, txt))
        elif style == 1:
            lines.append("  %s - %s" % (lab.upper(), txt))
        else:
            lines.append("%s: %s." % (lab, txt[0].upper() + txt[1:]))
    if style == 2 and r.random() < 0.5:
        return " ".join(lines)
    return "\n".join(lines)


def med_str(m, r, style=None):
    name, dose, route, freq = m
    if name.startswith("none"):
        return name
    if style is None:
        style = r.randint(0, 2)
    if style == 0:
        return " ".join(x for x in [name, dose, route, freq] if x)
    if style == 1:
        return "%s %s %s %s" % (name.upper() if r.random() < 0.3 else name.capitalize(), dose, route, freq)
    return "%s - %s%s%s" % (name, dose, (" " + route) if route else "", (", " + freq) if freq else "")


def med_list(r, meds, bullet=None, style=None):
    if bullet is None:
        bullet = r.choice(["- ", "* ", "", "#"])
    out = []
    for i, m in enumerate(meds):
        b = ("%d. " % (i + 1)) if bullet == "#" else bullet
        out.append(b + med_str(m, r, style).strip())
    return "\n".join(out)


def numbered(r, items, style=None):
    if style is None:
        style = r.randint(0, 3)
    if style == 0:
        return "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))
    if style == 1:
        return "\n".join("- " + x for x in items)
    if style == 2:
        return "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(items))
    return "\n".join("  " + x for x in items)


def fill(sc, d, s):
    return s.format(age=d.age, man=d.man, he=d.he, his=d.his, him=d.him, Mr=d.mr, last=d.last)


def hpi(r, sc, d):
    return fill(sc, d, r.choice(sc["hpi"]))


def allergies(r):
    return r.choice(ALLERGIES)


def social(r, d, sc):
    k = sc["key"]
    bits = []
    if k in ("etoh", "pancreatitis", "ugib"):
        bits.append(r.choice(["Drinks daily, see HPI.", "EtOH: heavy daily use.", "Alcohol: 1 pint liquor/day."]))
    elif k == "abscess":
        bits.append("Injects heroin/fentanyl daily, shares equipment occasionally. Smokes methamphetamine intermittently.")
    else:
        bits.append(r.choice(["Denies EtOH/drugs.", "Occasional alcohol, no drug use.", "EtOH socially, denies IVDU."]))
    bits.append(r.choice(["Tobacco: 1/2 ppd.", "Never smoker.", "Former smoker, quit 10 yrs ago.", "Smokes 5-6 cig/day."]))
    bits.append(r.choice(["Lives with daughter.", "Lives alone in SRO hotel.", "Currently homeless, staying at shelter.",
                          "Lives with spouse and 3 children.", "Lives with sister, unemployed.", "Works in construction.",
                          "Works as a housekeeper.", "Recently released from county jail.", "Lives in car."]))
    if d.interp:
        bits.append("Primary language %s." % d.lang)
    return " ".join(bits)


def interp_line(r, d):
    if not d.interp:
        return ""
    iid = r.randint(10000, 999999)
    opts = [
        "Interpreter: %s, %s interpreter ID #%d, via video (VRI)." % (d.person(), d.lang, iid),
        "History obtained with the assistance of a certified %s interpreter (ID %d) by phone." % (d.lang, iid),
        "A %s medical interpreter (#%d) was used for the entire encounter." % (d.lang, iid),
        "Pt's preferred language is %s; in-person interpreter %s present." % (d.lang, d.person()),
        "Used %s interpreter via phone, Interpreter ID: %d." % (d.lang, iid),
        "Family member declined as interpreter; professional %s interpreter #%d used." % (d.lang, iid),
    ]
    return r.choice(opts)


def fac_header(r, d, clinic=False, style=None):
    if style is None:
        style = r.randint(0, 5)
    f = d.fac
    place = d.clinic if clinic else f["name"]
    if style == 0:
        return "%s\n%s, %s, %s %s\n%s" % (place.upper(), f["addr"], CITY, STATE, d.zip, f["phone"])
    if style == 1:
        return "%s HEALTH SERVICES\n%s" % (COUNTY.upper(), place)
    if style == 2:
        return "%s  *  %s" % (f["short"], place)
    if style == 3:
        return "%s Department of Health Services\n%s\n%s  Tel %s  Fax %s" % (COUNTY, place, f["addr"], f["phone"], f["fax"])
    if style == 4:
        return place.upper()
    return ""


def pt_block(r, d, style=None):
    if style is None:
        style = r.randint(0, 5)
    if style == 0:
        return "Patient: %s   MRN: %s   DOB: %s" % (d.name(), d.mrn, d.dobs())
    if style == 1:
        return "NAME: %s\nMRN: %s\nDOB: %s   AGE: %d   SEX: %s" % (d.name(0), d.mrn, d.dobs(), d.age, d.sex)
    if style == 2:
        return "%s  #%s  %s  %dY %s" % (d.name(2), d.mrn, d.dobs(), d.age, d.sex)
    if style == 3:
        return "PATIENT NAME: %s\nMEDICAL RECORD #: %s\nACCOUNT #: %s\nDATE OF BIRTH: %s" % (d.name(0), d.mrn, d.fin, d.dobs())
    if style == 4:
        return "Name: %s | MRN: %s | FIN: %s | DOB: %s (%d y.o. %s)" % (d.name(3), d.mrn, d.fin, d.dobs(), d.age, d.sexw())
    return "%s\nMR# %s   Acct# %s\nDOB %s" % (d.name(0), d.mrn, d.fin, d.dobs())


def esig(r, d, who=None, role=None, when=None):
    who = who or d.att
    when = when or d.d(r.randint(0, 2))
    c = cred(r)
    opts = [
        "Electronically signed by: %s, %s on %s %s" % (who, c, when, d.tm()),
        "Electronically Signed By %s, %s %s %s" % (who.upper(), c, when, d.tm4()),
        "%s, %s\n%s" % (who, c, role or "Attending Physician"),
        "Signed: %s %s  %s" % (who, c, when),
        "___________________________\n%s, %s\n%s" % (who, c, role or "Attending"),
        "Authenticated by %s, %s on %s" % (who, c, when),
    ]
    return r.choice(opts)


def dict_footer(r, d, who=None):
    who = who or d.att
    dd = d.date + dt.timedelta(days=r.randint(0, 1))
    td = dd + dt.timedelta(days=r.randint(0, 2))
    ini = "".join(x[0] for x in who.split()).lower()
    opts = [
        "%s, %s\n\nD: %s %s\nT: %s %s\n%s/%s  Job #: %d  Doc #: %d" % (who, cred(r), d.fmtd(dd, 0), d.tm(), d.fmtd(td, 0), d.tm(), ini, r.choice(["mt", "jr", "kls", "ds", "ahc"]), r.randint(100000, 999999), r.randint(1000000, 9999999)),
        "DICTATED BY: %s, %s\nDD: %s  DT: %s\nJOB: %d\ncc: %s" % (who.upper(), cred(r), d.fmtd(dd, 1), d.fmtd(td, 1), r.randint(10000, 99999), r.choice([d.pcp + ", MD", "Medical Records", "Clinic chart"])),
        "%s, %s\nDictated but not read. Subject to revision.\nD:%s T:%s  #%d" % (who, cred(r), d.fmtd(dd, 5), d.fmtd(td, 5), r.randint(100000, 999999)),
        "______________________________\n%s, %s\n\nTRANSCRIBED BY: %s  %s" % (who, cred(r), r.choice(["MedQuist", "Transcription Svcs", "HIM-TS"]), d.fmtd(td, 0)),
    ]
    return r.choice(opts)


def teaching(r, d):
    opts = [
        "ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with the resident team and agree with the findings and plan as documented above. %s, MD" % d.att,
        "I have seen and examined the patient with Dr. %s and agree with the assessment and plan. -%s" % (d.res.split()[-1], d.att),
        "Teaching physician note: I was present for the key portions of the visit. Agree with resident note with the following additions: none.",
        "Attending addendum: Pt seen and examined on rounds. Agree with above. %s" % d.att.split()[-1],
        "",
    ]
    return r.choice(opts)


def page_furniture(r, d, text, formno=None):
    """Split into pages with headers/footers like a printed/scanned record."""
    lines = text.split("\n")
    if len(lines) < 30 or r.random() < 0.35:
        if r.random() < 0.5:
            text += "\n\n" + r.choice(["Page 1 of 1", "Pg 1/1", "-- 1 --", "%s  Printed %s" % (d.fac["short"], d.d(r.randint(1, 400), 0)),
                                     formno or "CONFIDENTIAL PATIENT INFORMATION"])
        return text
    per = r.randint(42, 60)
    printed = "%s %s" % (d.d(r.randint(0, 300), 0), d.tm())
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    hstyle = r.randint(0, 3)
    fstyle = r.randint(0, 3)
    out = []
    for i, p in enumerate(pages):
        if i > 0:
            if hstyle == 0:
                out.append("%s  MRN %s  (continued)" % (d.name(0), d.mrn))
            elif hstyle == 1:
                out.append("%s\nPatient: %s    DOB: %s" % (d.fac["name"], d.name(3), d.dobs()))
            elif hstyle == 2:
                out.append("RE: %s  #%s" % (d.name(2), d.mrn))
            out.append("")
        out.extend(p)
        out.append("")
        if fstyle == 0:
            out.append("Page %d of %d" % (i + 1, n))
        elif fstyle == 1:
            out.append("%s   Printed: %s   Page %d" % (d.fac["short"], printed, i + 1))
        elif fstyle == 2:
            out.append("%s   Pg %d/%d" % (formno or "CONFIDENTIAL", i + 1, n))
        else:
            out.append("- %d -" % (i + 1))
        if i < n - 1:
            out.append("\f" if r.random() < 0.3 else "")
    return "\n".join(out)


def fax_header(r, d):
    tot = r.randint(2, 12)
    opts = [
        "%s %s FAX %s %s HIM DEPT  P.%03d/%03d" % (d.d(r.randint(0, 30), 0), d.tm(), d.fac["fax"], d.fac["short"], r.randint(1, tot), tot),
        "FROM: %s  TO: 555%07d  %s  PAGE %d OF %d" % (d.fac["short"], r.randint(0, 9999999), d.d(r.randint(0, 30), 5), r.randint(1, tot), tot),
        "%s  %s   #%d  P. %d" % (d.d(r.randint(0, 60), 2), d.tm(), r.randint(1000, 9999), r.randint(1, tot)),
    ]
    return r.choice(opts)


OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("I", "l"), ("S", "5"),
            (",", "."), ("cl", "d"), ("h", "b"), ("0", "O"), ("1", "l"), ("t", "f"), ("B", "8")]


def ocr_noise(r, text, level):
    if level <= 0:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c.isalnum() and r.random() < level:
            done = False
            for a, b in r.sample(OCR_SUBS, 4):
                if text.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    done = True
                    break
            if done:
                continue
            roll = r.random()
            if roll < 0.3:
                out.append(c + c)
            elif roll < 0.5:
                pass
            elif roll < 0.7:
                out.append(c + " ")
            else:
                out.append(c)
            i += 1
            continue
        if c == " " and r.random() < level * 0.6:
            i += 1
            continue
        out.append(c)
        i += 1
    s = "".join(out)
    if r.random() < 0.3:
        ls = s.split("\n")
        for _ in range(r.randint(1, 3)):
            j = r.randrange(len(ls))
            ls[j] = ls[j] + r.choice([" |", " .", " '", " ~", " :"])
        s = "\n".join(ls)
    return s


def finish(r, d, text, formno=None, fax=None, paginate=True):
    text = text.strip("\n")
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    if paginate:
        text = page_furniture(r, d, text, formno)
    if fax is None:
        fax = r.random() < 0.15
    if fax:
        text = fax_header(r, d) + "\n" + text
    roll = r.random()
    level = 0 if roll < 0.35 else (0.001 if roll < 0.65 else (0.003 if roll < 0.9 else 0.008))
    text = ocr_noise(r, text, level)
    if r.random() < 0.06:
        text = text.upper()
    return text


def sec(r, variants):
    """choose a heading variant; variants may include '' meaning no heading."""
    return r.choice(variants)


def H(title, body, r=None, style=None):
    if not body:
        return ""
    if style is None:
        style = r.randint(0, 3) if r else 0
    if style == 0:
        return "%s:\n%s" % (title.upper(), body)
    if style == 1:
        return "%s: %s" % (title, body)
    if style == 2:
        return "%s\n%s\n%s" % (title.upper(), "-" * min(len(title), 30), body)
    return "%s\n%s" % (title, body)


def join(*parts):
    return "\n\n".join(p for p in parts if p and p.strip())


def pmh_text(r, sc):
    items = sc["pmh"]
    if r.random() < 0.5:
        return ", ".join(items)
    return numbered(r, items)


def ros(r, sc):
    if r.random() < 0.4:
        return r.choice(["10-point ROS negative except as noted in HPI.", "All other systems reviewed and negative.",
                         "ROS: as per HPI, otherwise neg x12 systems.", "Unable to obtain full ROS due to patient condition."])
    pos = sc["cc"][0]
    return ("Constitutional: %s\nResp: %s\nCV: denies chest pain unless noted\nGI: %s\nGU: no dysuria\nNeuro: no focal weakness\nAll others negative."
            % (r.choice(["+fatigue", "+subjective fevers", "no weight loss"]), r.choice(["see HPI", "no hemoptysis"]), r.choice(["see HPI", "no melena", "+nausea"])))


def labs_inline(r, sc, tests=None):
    if tests is None:
        tests = list(sc.get("labs", {}).keys())[:5] + pick(r, ["Na", "K", "Creatinine", "WBC", "Hemoglobin", "Platelets"], 3)
    seen = []
    parts = []
    for t in tests:
        if t in seen:
            continue
        seen.append(t)
        v, u, f = labval(r, sc, t)
        parts.append("%s %s%s" % (t, v, (" (%s)" % f) if f and r.random() < 0.5 else ""))
    return r.choice([", ".join(parts), "; ".join(parts), "\n".join(parts)])


def imaging_inline(r, sc):
    if not sc["img"]:
        return "None this admission." if r.random() < 0.5 else ""
    return "\n".join("%s (%s): %s" % (s, r.choice(["", "on admission", "HD1", "HD2"]) or "ED", imp) for s, imp in sc["img"])


ROS_FULL = [("Constitutional", ["fevers", "chills", "weight loss", "fatigue"]), ("Eyes", ["vision change"]), ("ENT", ["sore throat", "congestion"]),
            ("Cardiovascular", ["chest pain", "palpitations", "edema"]), ("Respiratory", ["cough", "SOB", "wheezing"]), ("GI", ["nausea", "vomiting", "diarrhea", "melena"]),
            ("GU", ["dysuria", "hematuria"]), ("MSK", ["joint pain", "back pain"]), ("Skin", ["rash", "wounds"]), ("Neuro", ["headache", "weakness", "numbness"]),
            ("Psych", ["depression", "SI"]), ("Endo", ["polyuria", "polydipsia"]), ("Heme/Lymph", ["easy bruising"]), ("Allergy/Immuno", ["seasonal allergies"])]


def long_extras(r, d, sc):
    """auto-populated EHR blocks that make inpatient notes long and realistic."""
    blocks = []
    opts = ["labs", "ros", "vitals", "meds", "io", "lines"]
    for what in pick(r, opts, r.randint(2, 5)):
        if what == "labs":
            days = [d.date + dt.timedelta(days=i) for i in range(r.randint(2, 4))]
            rows = ["%-18s" % "" + "".join("%10s" % x.strftime("%m/%d") for x in days)]
            tests = PANELS["CBC W/ AUTO DIFF"] + PANELS["BASIC METABOLIC PANEL"] + [t for t in sc.get("labs", {}) if t in LABREF]
            seen = []
            for t in tests:
                if t in seen:
                    continue
                seen.append(t)
                vals = []
                for j, _ in enumerate(days):
                    v, u, f = labval(r, sc, t)
                    vals.append("%10s" % (v + (f[:1] if f else "")))
                rows.append("%-18s" % t + "".join(vals))
            blocks.append(r.choice(["LABS (last 72 hrs):", "Lab Results:", "RESULTS REVIEW", "Recent Labs"]) + "\n" + "\n".join(rows))
        elif what == "ros":
            lines = []
            for sysn, items in ROS_FULL:
                lines.append("%s: %s" % (sysn, ", ".join(("denies " if r.random() < 0.85 else "+") + x for x in items)))
            blocks.append("Review of Systems:\n" + "\n".join(lines))
        elif what == "vitals":
            rows = []
            for h in range(0, 24, 4):
                vs = vitals(r, sc if h < 8 else None)
                rows.append("%02d:00  T %.1f  HR %d  BP %s  RR %d  SpO2 %d%%" % (h, vs["T"], vs["HR"], vs["BP"], vs["RR"], vs["SpO2"]))
            blocks.append(r.choice(["Vital Signs (24h):", "VS TREND", "Flowsheet vitals"]) + "\n" + "\n".join(rows))
        elif what == "meds":
            sched = sc.get("inpt") or sc.get("dcm") or []
            prn = [("acetaminophen", "650 mg", "PO", "q6h PRN pain/fever"), ("ondansetron", "4 mg", "IV", "q8h PRN nausea"), ("senna", "8.6 mg", "PO", "qHS PRN"), ("melatonin", "3 mg", "PO", "qHS PRN sleep")]
            blocks.append("Current Inpatient Medications:\nScheduled:\n" + med_list(r, sched, "  ", 0) + "\nPRN:\n" + med_list(r, pick(r, prn, 3), "  ", 0))
        elif what == "io":
            po, iv, uo = r.randint(200, 1200), r.randint(300, 1800), r.randint(600, 3200)
            w = r.uniform(55, 110)
            blocks.append("I/O last 24h: In %d mL (PO %d, IV %d) / Out %d mL (urine %d)\nWeight: %.1f kg (admit %.1f kg)" % (po + iv, po, iv, uo + r.randint(0, 300), uo, w, w + r.uniform(-1, 4)))
        else:
            blocks.append("Lines/Tubes/Drains:\n" + "\n".join("- " + x for x in pick(r, ["PIV L forearm 20g, day %d" % r.randint(1, 4), "PIV R AC 18g", "Foley catheter, day %d" % r.randint(1, 3), "Telemetry", "SCDs bilateral LE", "PICC R basilic"], r.randint(1, 3))))
    return "\n\n".join(blocks)


def add_extras(r, d, sc, t, p=0.4):
    if r.random() > p or sc.get("key") == "minor" or sc.get("outpatient"):
        return t
    ex = long_extras(r, d, sc)
    lines = t.split("\n")
    keys = ("ASSESSMENT", "A/P", "IMPRESSION", "HOSPITAL COURSE", "A&P", "IMP:", "ASSESSMENT/PLAN", "MDM", "CLINICAL IMPRESSION", "8. IMPRESSION")
    for i, ln in enumerate(lines):
        if i > 5 and ln.strip().upper().startswith(keys):
            return "\n".join(lines[:i]) + "\n" + ex + "\n\n" + "\n".join(lines[i:])
    parts = t.rsplit("\n\n", 1)
    return parts[0] + "\n\n" + ex + "\n\n" + parts[-1]


# --------------------------------------------------------------------------
# Document generators
# --------------------------------------------------------------------------
def choose(r, pool=None):
    return S[r.choice(pool or INPT_KEYS)]


def dx_list(r, sc):
    return numbered(r, [sc["dx"]] + sc["sec"])


def procedures_done(sc):
    out = []
    if sc.get("op"):
        out.append(sc["op"]["name"])
    if sc.get("proc") == "egd":
        out.append("EGD with biopsy")
    if sc.get("proc") == "cath":
        out.append("Left heart catheterization with PCI/DES to proximal LAD")
    if sc["key"] == "abscess":
        out.append("Bedside incision and drainage, left thigh abscess")
    if sc["key"] == "copd":
        out.append("Noninvasive positive pressure ventilation (BiPAP)")
    return out


def g_discharge_summary(r, d):
    sc = choose(r)
    d.fit(sc)
    st = r.randint(0, 6)
    procs = procedures_done(sc) or ["None"]
    cons = sc["consult"][0]
    dispo = r.choice(["Home", "Home with family", "Home, self-care", "Shelter with medical respite bed", "Skilled nursing facility" if sc["key"] in ("hipfx", "stroke") else "Home",
                      "Acute rehab" if sc["key"] == "stroke" else "Home"])
    cond = r.choice(["Stable", "Good", "Fair, improved", "Stable, improved"])
    if st == 0:
        t = join(fac_header(r, d, style=r.choice([0, 4])),
                 r.choice(["DISCHARGE SUMMARY", "D I S C H A R G E   S U M M A R Y", "DISCHARGE SUMMARY - DICTATED"]),
                 pt_block(r, d, r.choice([1, 3])) + "\nADMISSION DATE: %s\nDISCHARGE DATE: %s\nATTENDING PHYSICIAN: %s, MD\nSERVICE: %s" % (d.fmtd(d.admit, 0), d.fmtd(d.dc, 0), d.att, sc["service"]),
                 "ADMITTING DIAGNOSIS:\n" + sc["dx"],
                 "DISCHARGE DIAGNOSES:\n" + dx_list(r, sc),
                 "PROCEDURES PERFORMED:\n" + numbered(r, procs, 0),
                 "CONSULTATIONS:\n" + cons,
                 "HISTORY OF PRESENT ILLNESS:\n" + hpi(r, sc, d),
                 "HOSPITAL COURSE:\n" + " ".join(sc["course"]),
                 "CONDITION ON DISCHARGE: " + cond,
                 "DISPOSITION: " + dispo,
                 "DISCHARGE MEDICATIONS:\n" + med_list(r, sc["dcm"], "#"),
                 "DIET: %s\nACTIVITY: %s" % (sc["diet"], r.choice(["As tolerated", "No heavy lifting > 10 lbs x 6 weeks" if sc.get("op") else "As tolerated", "Ambulate with walker"])),
                 "FOLLOWUP:\n" + sc["followup"],
                 dict_footer(r, d))
    elif st == 1:
        probs = []
        for i, x in enumerate([sc["dx"]] + sc["sec"][:2]):
            body = " ".join(sc["course"]) if i == 0 else r.choice(["Stable, continue home regimen.", "Monitored, no intervention needed.", "Addressed; outpatient follow-up.", "See above.", "Managed as above, stable at discharge."])
            probs.append("# %s\n%s" % (x, body))
        vs = vitals(r, None)
        t = join("%s %s\n%s" % (d.fac["short"], r.choice(["Inpatient Discharge Summary", "Discharge Summary", "Hospital Medicine Discharge Summary"]), pt_block(r, d, 4)),
                 "Admit Date: %s   Discharge Date: %s   LOS: %d days\nAttending: %s   Resident: %s (%s)\nPCP: %s / %s" % (d.fmtd(d.admit, 0), d.fmtd(d.dc, 0), d.los, d.att, d.res, d.pgy, d.pcp, d.clinic),
                 "Principal Diagnosis: %s\nSecondary Diagnoses:\n%s" % (sc["dx"], numbered(r, sc["sec"], 1)),
                 "Brief HPI:\n" + hpi(r, sc, d),
                 "Hospital Course by Problem:\n" + "\n\n".join(probs),
                 "Procedures: " + "; ".join(procs),
                 "Discharge Exam:\n" + vitals_line(r, vs) + "\n" + exam_block(r, None, 0, short=True),
                 "Pertinent Results:\n" + labs_inline(r, sc) + ("\n" + imaging_inline(r, sc) if sc["img"] else ""),
                 "Pending at discharge: " + r.choice(["None", "Blood cultures (NGTD)", "Final pathology", "HCV RNA", "none"]),
                 "Code Status: " + r.choice(["Full Code", "Full code", "DNR/DNI (POLST on chart)"]),
                 "Discharge Medications:\n" + med_list(r, sc["dcm"], "- ") + "\n\nSTOPPED: " + r.choice(["ibuprofen", "glipizide", "none", "none"]),
                 "Disposition: %s   Condition: %s" % (dispo, cond),
                 "Follow-up appointments:\n" + sc["followup"],
                 esig(r, d, d.res, "Resident Physician"), teaching(r, d))
    elif st == 2:
        t = join(r.choice(["HOSPITAL DISCHARGE SUMMARY -- MEDICINE TEACHING SERVICE", "SHORT STAY SUMMARY", "D/C SUMMARY"]),
                 pt_block(r, d, 0),
                 "Adm %s  D/C %s" % (d.fmtd(d.admit, 1), d.fmtd(d.dc, 1)),
                 "Admit Dx: %s\nD/C Dx: %s" % (r.choice(sc["cc"]), "; ".join([sc["dx"]] + sc["sec"][:2])),
                 "%s %s was admitted with %s. %s" % (d.age, d.man, sc["dx"].lower(), " ".join(sc["course"])),
                 "D/C meds: " + "; ".join(med_str(m, r, 0) for m in sc["dcm"]),
                 "F/u: " + sc["followup"] + ". Return precautions reviewed" + (" with %s interpreter." % d.lang if d.interp else "."),
                 "%s, %s for %s, %s" % (d.res, d.pgy, d.att, cred(r)))
    elif st == 3:
        op = sc.get("op") or S[r.choice(SURG_KEYS)]["op"]
        if not sc.get("op"):
            sc = S[r.choice(SURG_KEYS)]
            d.fit(sc)
            op = sc["op"]
        t = join(fac_header(r, d, style=1), "DEPARTMENT OF SURGERY\n" + r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "SURGICAL DISCHARGE NOTE"]),
                 pt_block(r, d, 5),
                 "Date of Admission: %s\nDate of Discharge: %s\nDate of Operation: %s" % (d.fmtd(d.admit, 3), d.fmtd(d.dc, 3), d.fmtd(d.admit + dt.timedelta(days=1), 3)),
                 "Preoperative Diagnosis: %s\nPostoperative Diagnosis: Same" % op["pre"],
                 "Operation: %s\nSurgeon: %s, MD\nAnesthesia: %s" % (op["name"], d.att, op["anes"]),
                 "Brief History: " + hpi(r, sc, d),
                 "Hospital Course: " + " ".join(sc["course"]) + " " + r.choice(["Pain controlled on oral analgesics. Incisions clean, dry and intact.", "On POD%d tolerating a regular diet, voiding, ambulating independently." % r.randint(1, 4)]),
                 "Discharge Instructions/Medications:\n" + med_list(r, sc["dcm"], "* "),
                 "Follow up: " + sc["followup"],
                 dict_footer(r, d))
    elif st == 4:
        t = join(pt_block(r, d, 2),
                 "Date of admission: %s    Date of discharge: %s" % (d.fmtd(d.admit, 4), d.fmtd(d.dc, 4)),
                 "Reason for hospitalization: %s" % r.choice(sc["cc"]),
                 "Final diagnosis: %s" % sc["dx"],
                 "Other active problems: %s" % ", ".join(sc["sec"]),
                 "Summary of hospital stay:\n" + "\n".join("- " + c for c in sc["course"]),
                 "Results needing follow-up after discharge: " + r.choice(["none", "repeat CBC at PCP visit", "A1c, lipids reviewed - outpatient titration", "final cultures"]),
                 "Medications at discharge (see reconciliation for full list):\n" + med_list(r, sc["dcm"], "", 2),
                 "Social: " + social(r, d, sc) + " " + r.choice(["SW assisted with transportation voucher.", "Medi-cal/County program application submitted.", "Bus tokens provided."]),
                 "Discharged to: " + dispo,
                 esig(r, d))
    elif st == 5:
        t = join(r.choice(["%s - Internal Medicine" % d.fac["name"], "Medicine Ward %s" % r.choice(["5W", "6E", "7N", "4S"])]),
                 "DISCHARGE SUMMARY\nName: %s\nUnit #: %s\nAdmitted: %s  Discharged: %s  Attending: Dr. %s" % (d.name(3), d.mrn, d.d(0, 2), d.fmtd(d.dc, 2), d.att),
                 "CHIEF COMPLAINT: " + r.choice(sc["cc"]),
                 "HISTORY: " + hpi(r, sc, d),
                 "PAST MEDICAL HISTORY: " + ", ".join(sc["pmh"]),
                 "PHYSICAL EXAMINATION ON ADMISSION: " + vitals_line(r, vitals(r, sc), 3) + ". " + exam_block(r, sc, 2),
                 "LABORATORY DATA ON ADMISSION: " + labs_inline(r, sc).replace("\n", ", "),
                 "RADIOLOGY: " + (imaging_inline(r, sc) or "None."),
                 "HOSPITAL COURSE: " + " ".join(sc["course"]),
                 "DISCHARGE DIAGNOSES: " + "; ".join([sc["dx"]] + sc["sec"]) + ".",
                 "DISCHARGE MEDICATIONS: " + "; ".join(med_str(m, r, 0) for m in sc["dcm"]) + ".",
                 "DISPOSITION: %s in %s condition. Follow up %s." % (dispo, cond.lower(), sc["followup"]),
                 dict_footer(r, d))
    else:
        t = join(r.choice(["Discharge Summary (Progress Note Template)", "Transitions of Care Summary", "HOSPITAL COURSE SUMMARY"]) + "\n" + pt_block(r, d, 4),
                 "Hospitalization: %s to %s" % (d.fmtd(d.admit, 0), d.fmtd(d.dc, 0)),
                 "Diagnoses this admission\n" + dx_list(r, sc),
                 "Key findings\n" + labs_inline(r, sc),
                 "Treatment given\n" + med_list(r, sc["inpt"] or sc["dcm"], "- ", 0),
                 "Course\n" + " ".join(sc["course"]),
                 "Medication changes\nNEW: %s\nCONTINUE: %s" % (", ".join(m[0] for m in sc["dcm"][:2]), ", ".join(m[0] for m in sc["home"])),
                 "Follow-up\n" + sc["followup"] + "\nLanguage: %s%s" % (d.lang, " - interpreter needed" if d.interp else ""),
                 "Discharge condition: %s. Disposition: %s." % (cond, dispo),
                 esig(r, d, d.res, "Resident") + "\n" + esig(r, d))
    t = add_extras(r, d, sc, t, 0.45)
    return finish(r, d, t)


def g_history_physical(r, d):
    sc = choose(r)
    d.fit(sc)
    st = r.randint(0, 6)
    vs = vitals(r, sc)
    hdr = r.choice(["ADMISSION HISTORY AND PHYSICAL", "H&P", "Admission Note", "INTERNAL MEDICINE ADMISSION H&P",
                    "%s ADMISSION NOTE" % sc["service"].upper(), "History & Physical Examination", ""])
    src = r.choice(["Source: patient and chart.", "Source: patient, family, ED records.", "Historian: patient (reliable).", "Per patient and EMS."])
    ap = "%s\n%s" % (sc["dx"], numbered(r, sc["plan"]))
    if st == 0:
        t = join(fac_header(r, d, style=0), hdr, pt_block(r, d, 1),
                 "DATE OF ADMISSION: %s\nADMITTING PHYSICIAN: %s\nPRIMARY CARE: %s" % (d.d(0, 0), d.att, r.choice([d.pcp, "None", "None - establishing at " + d.clinic])),
                 "CHIEF COMPLAINT: " + r.choice(sc["cc"]),
                 "HISTORY OF PRESENT ILLNESS: " + hpi(r, sc, d) + " " + interp_line(r, d),
                 "PAST MEDICAL HISTORY: " + pmh_text(r, sc),
                 "PAST SURGICAL HISTORY: " + r.choice(["None.", "Appendectomy as a child.", "C-section x2.", "Hernia repair 2005.", "Denies."]),
                 "MEDICATIONS: " + "; ".join(med_str(m, r, 0) for m in sc["home"]),
                 "ALLERGIES: " + allergies(r),
                 "SOCIAL HISTORY: " + social(r, d, sc),
                 "FAMILY HISTORY: " + r.choice(["Mother with diabetes, father with HTN.", "Noncontributory.", "Unknown - patient adopted.", "Brother with MI at 50."]),
                 "REVIEW OF SYSTEMS: " + ros(r, sc),
                 "PHYSICAL EXAMINATION:\nVITAL SIGNS: " + vitals_line(r, vs, 3) + "\n" + exam_block(r, sc, 1),
                 "LABORATORY DATA: " + labs_inline(r, sc),
                 "IMAGING: " + (imaging_inline(r, sc) or "None."),
                 "ASSESSMENT AND PLAN: " + ap,
                 dict_footer(r, d))
    elif st == 1:
        t = join("%s\n%s\n%s  Team %s" % (hdr or "Admission H&P", pt_block(r, d, 4), d.d(0, 0), r.choice("ABCDEFG")),
                 "CC: " + r.choice(sc["cc"]),
                 "HPI: " + hpi(r, sc, d),
                 interp_line(r, d),
                 "ED course: " + r.choice(["Received 2L NS, labs drawn.", "Given ondansetron, IV fluids, started antibiotics.", "Seen by ED, admitted to medicine."]),
                 "PMH:\n" + numbered(r, sc["pmh"], 1),
                 "PSH: " + r.choice(["none", "denies", "lap chole (remote)", "ORIF L wrist"]),
                 "Meds:\n" + med_list(r, sc["home"], "- "),
                 "All: " + allergies(r),
                 "SH: " + social(r, d, sc), "FH: " + r.choice(["NC", "DM in mother", "non-contributory"]),
                 "ROS: " + ros(r, sc),
                 "PE:\n" + vitals_line(r, vs, 0) + "\n" + exam_block(r, sc, 0),
                 "Labs:\n" + labs_inline(r, sc),
                 "Imaging:\n" + (imaging_inline(r, sc) or "none"),
                 "A/P: %d y/o %s w/ %s admitted for %s.\n%s" % (d.age, d.sex, ", ".join(sc["pmh"][:2]), sc["dx"], numbered(r, sc["plan"], 1)),
                 "FEN: %s\nPPx: %s\nCode: %s\nDispo: %s" % (sc["diet"], r.choice(["SQH", "Lovenox", "SCDs"]), r.choice(["Full", "FULL CODE", "DNR"]), r.choice(["pending clinical improvement", "home 2-3 days", "likely SNF"])),
                 "%s, MD %s, pager %d" % (d.res, d.pgy, r.randint(1000, 9999)), teaching(r, d))
    elif st == 2:
        # APSO format: assessment/plan first
        t = join(hdr or "Admission Note (APSO)", pt_block(r, d, 0),
                 "ASSESSMENT/PLAN\n%d %s with %s.\n%s" % (d.age, d.man, sc["dx"], numbered(r, sc["plan"], 0)),
                 "SUBJECTIVE\n" + r.choice(sc["cc"]).capitalize() + ". " + hpi(r, sc, d),
                 "OBJECTIVE\n" + vitals_line(r, vs, 1) + "\n" + exam_block(r, sc, 0) + "\n" + labs_inline(r, sc),
                 "History: PMH %s. Meds: %s. Allergies: %s." % (", ".join(sc["pmh"]), ", ".join(m[0] for m in sc["home"]), allergies(r)),
                 esig(r, d, d.res, "Resident"))
    elif st == 3:
        op = sc.get("op")
        t = join(fac_header(r, d, style=2), r.choice(["SURGICAL ADMISSION H&P", "PREOPERATIVE HISTORY & PHYSICAL", "Interval H&P / Pre-Procedure Evaluation"]), pt_block(r, d, 5),
                 "Planned procedure: %s" % (op["name"] if op else "EGD" if sc.get("proc") == "egd" else "Left heart catheterization" if sc.get("proc") == "cath" else "None planned"),
                 "Hx: " + hpi(r, sc, d),
                 "PMH: %s   PSH: %s" % (", ".join(sc["pmh"]), r.choice(["none", "tonsillectomy", "c-section"])),
                 "Meds: " + ", ".join(m[0] for m in sc["home"]) + "   Allergies: " + allergies(r),
                 "Anesthesia hx: " + r.choice(["no personal/family hx of anesthesia complications", "PONV after prior surgery", "none"]),
                 "Airway: Mallampati %s, %s" % (r.choice(["I", "II", "III"]), r.choice(["full dentition", "poor dentition", "upper dentures"])),
                 "Exam: " + vitals_line(r, vs, 2) + "\n" + exam_block(r, sc, 2, short=True),
                 "ASA class: %s" % r.choice(["I", "II", "II", "III"]),
                 "Impression: %s. Patient is an appropriate candidate for the planned procedure. Risks/benefits discussed, consent signed." % sc["dx"],
                 esig(r, d))
    elif st == 4:
        t = join(r.choice(["Night Float Admission", "NF ADMIT NOTE", "Overnight Admission"]) + " - " + d.d(0, 5) + " " + d.tm(),
                 pt_block(r, d, 2),
                 "ID/CC: %d%s %s p/w %s" % (d.age, d.sex, "w/ " + ", ".join(sc["pmh"][:3]), r.choice(sc["cc"])),
                 "HPI: " + hpi(r, sc, d) + " " + interp_line(r, d),
                 "Home meds: " + ", ".join(med_str(m, r, 0) for m in sc["home"]),
                 "NKDA" if r.random() < 0.6 else "Allergies: " + allergies(r),
                 "SH: " + social(r, d, sc),
                 vitals_line(r, vs, 4),
                 exam_block(r, sc, 0, short=True),
                 "Labs: " + labs_inline(r, sc).replace("\n", ", "),
                 "A/P:\n" + "\n".join("# %s - %s" % (p, r.choice(["see below", "cont", "mgmt as below", "plan per day team"])) if i else "# %s\n%s" % (sc["dx"], numbered(r, sc["plan"], 1)) for i, p in enumerate([sc["dx"]] + sc["sec"][:2])),
                 "Full code. Discussed with %s (senior)." % d.doc(), "-%s %s" % (d.res.split()[0][0] + ". " + d.res.split()[-1], d.pgy))
    elif st == 5:
        t = join(fac_header(r, d, style=3), "ADMISSION RECORD - PHYSICIAN HISTORY", pt_block(r, d, 3),
                 "Date: %s   Time: %s   Ward: %s   Bed: %s" % (d.d(0, 0), d.tm(), d.room.split("-")[0], d.room.split("-")[1]),
                 "1. Chief complaint (patient's words): \"%s\"" % r.choice(sc["cc"]),
                 "2. Present illness: " + hpi(r, sc, d),
                 "3. Past history: " + ", ".join(sc["pmh"]) + "\n   Medications: " + ", ".join(m[0] for m in sc["home"]) + "\n   Allergies: " + allergies(r),
                 "4. Personal/social: " + social(r, d, sc),
                 "5. Review of systems: " + ros(r, sc),
                 "6. Physical exam: " + vitals_line(r, vs, 3) + "\n" + exam_block(r, sc, 1),
                 "7. Initial data: " + labs_inline(r, sc),
                 "8. Impression:\n" + dx_list(r, sc),
                 "9. Plan:\n" + numbered(r, sc["plan"], 1),
                 "Physician signature: ____________________  %s, %s   ID# %d" % (d.res, cred(r), r.randint(1000, 99999)))
    else:
        t = join(r.choice(["Hospitalist Admission Note", "H and P", "Medicine Admission"]),
                 "%s is a %d year old %s %s who presents with %s." % (d.name(1), d.age, r.choice(["Spanish-speaking", "Vietnamese-speaking", ""]) if d.interp else "", d.man, r.choice(sc["cc"])),
                 hpi(r, sc, d) + " " + ros(r, sc),
                 "%s history is significant for %s. %s takes %s. Allergies: %s. %s" % (d.his.capitalize(), ", ".join(sc["pmh"]).lower(), d.he.capitalize(), ", ".join(m[0] for m in sc["home"]), allergies(r), social(r, d, sc)),
                 "On exam, " + vitals_line(r, vs, 3) + ". " + exam_block(r, sc, 2).replace("\n", " "),
                 "Labs notable for " + labs_inline(r, sc).replace("\n", ", ") + ".",
                 "Impression and plan: %s. %s" % (sc["dx"], " ".join(p + "." for p in sc["plan"])),
                 esig(r, d))
    t = add_extras(r, d, sc, t, 0.5)
    return finish(r, d, t)


def g_progress_note(r, d):
    out = r.random() < 0.45
    sc = choose(r, [k for k in SCEN_KEYS if S[k].get("outpatient")] if out and r.random() < 0.6 else None)
    d.fit(sc)
    if sc.get("outpatient"):
        out = True
    st = r.randint(0, 6)
    vs = vitals(r, sc if not out or sc.get("outpatient") else None)
    hd = r.randint(1, 5)
    if out:
        if st in (0, 3):
            t = join(fac_header(r, d, clinic=True, style=r.choice([0, 2, 4])), pt_block(r, d, 4),
                     "Visit date: %s   Provider: %s, %s   Visit type: %s" % (d.d(0, 0), d.pcp, r.choice(["MD", "NP", "PA-C"]), r.choice(["Follow-up", "Return visit", "Established pt"])),
                     "Chief Complaint: " + r.choice(sc["cc"]),
                     interp_line(r, d),
                     "SUBJECTIVE:\n" + (hpi(r, sc, d) if sc.get("outpatient") else "Here for hospital follow-up after admission for %s. %s Feels %s." % (sc["dx"].lower(), r.choice(["Taking meds as prescribed.", "Ran out of one med.", "Did not pick up meds - cost."]), r.choice(["better", "much improved", "ok", "still tired"]))),
                     "Current Medications:\n" + med_list(r, sc["dcm"], "- ", 0),
                     "OBJECTIVE:\n" + vitals_line(r, vs, 1) + "\n" + exam_block(r, sc if sc.get("outpatient") else None, 0, short=True),
                     "Labs reviewed: " + labs_inline(r, sc).replace("\n", ", "),
                     "ASSESSMENT/PLAN:\n1. %s\n%s\n2. Health maintenance: %s" % (sc["dx"], "\n".join("   - " + p for p in sc["plan"][:4]), r.choice(["flu vaccine today", "FIT kit given", "due for Tdap - declined", "mammogram ordered", "up to date"])),
                     "RTC: " + sc["followup"],
                     esig(r, d, d.pcp, "Primary Care"))
        elif st in (1, 4):
            # APSO
            t = join(d.clinic + " - " + r.choice(["Office Visit", "Clinic Note", "Return Visit", "Resident Continuity Clinic"]),
                     "%s   %s" % (d.name(3), d.d(0, 0)),
                     "A/P\n%s - %s\n%s" % (sc["dx"], r.choice(["not at goal", "improving", "stable"]), numbered(r, sc["plan"], 1)),
                     "S\n" + hpi(r, sc, d) + " " + interp_line(r, d),
                     "O\n" + vitals_line(r, vs, 0) + "\n" + exam_block(r, sc, 2, short=True),
                     "%s, %s / precepted with %s" % (d.res, d.pgy, d.att))
        else:
            t = join(r.choice(["FOLLOW UP VISIT", "PROGRESS NOTE", "Interval History", ""]),
                     pt_block(r, d, 0),
                     "%s %s returns %s." % (d.mr, d.last, r.choice(["for follow-up", "for med refills and lab review", "after ED visit last week", "2 weeks after hospital discharge"])),
                     hpi(r, sc, d) if sc.get("outpatient") else "Seen after hospitalization for %s. Completed course of medications. No new complaints." % sc["dx"].lower(),
                     "BP today %s. Weight %.1f kg." % (vs["BP"], vs["Wt"]),
                     "Impression: %s, %s." % (sc["dx"], r.choice(["improving", "suboptimally controlled", "stable"])),
                     "Plan: " + "; ".join(sc["plan"][:3]) + ". " + sc["followup"] + ".",
                     esig(r, d, d.pcp, "Primary Care Provider"))
    else:
        subj = r.choice(["No acute events overnight.", "Overnight: %s." % r.choice(["spiked to 38.4, cultures sent", "required PRN lorazepam x2", "uneventful", "pulled IV, replaced"]),
                         "Pt reports feeling %s today." % r.choice(["better", "a little better", "tired", "about the same"])])
        if st in (0, 5):
            t = join(r.choice(["MEDICINE PROGRESS NOTE", "Daily Progress Note", "Progress Note - Hospital Day %d" % hd, "PN"]),
                     pt_block(r, d, r.choice([0, 4])) + "\n" + d.d(hd, 0) + "  " + d.tm(),
                     "S: " + subj + " " + r.choice(["Tolerating diet.", "Pain improved.", "Still nauseated.", "Ambulated with PT."]) + " " + interp_line(r, d),
                     "O: " + vitals_line(r, vs, 4) + "\nI/O: %d/%d\n%s\nLabs: %s" % (r.randint(800, 2400), r.randint(600, 3200), exam_block(r, sc, 0, short=True), labs_inline(r, sc).replace("\n", ", ")),
                     "A/P: %d yo %s HD#%d for %s\n%s" % (d.age, d.sex, hd, sc["dx"], numbered(r, sc["plan"], 1)),
                     "Dispo: " + r.choice(["home in 1-2 days", "pending PT eval", "pending placement", "likely tomorrow"]),
                     "%s %s" % (d.res, d.pgy), teaching(r, d))
        elif st in (1, 4):
            t = join("APSO Progress Note  |  %s  |  %s" % (d.d(hd, 4), d.room),
                     d.name(3) + "  MRN " + d.mrn,
                     "ASSESSMENT & PLAN:\n%s, HD %d.\n%s" % (sc["dx"], hd, "\n".join("#%s: %s" % (x, r.choice(["continue current mgmt", "improving", "monitor", "f/u AM labs", "per consultants"])) for x in [sc["dx"]] + sc["sec"])),
                     "SUBJECTIVE: " + subj,
                     "OBJECTIVE:\n" + vitals_line(r, vs) + "\n" + exam_block(r, sc, 1, short=True) + "\nLabs: " + labs_inline(r, sc),
                     esig(r, d, d.res, "Resident Physician"))
        elif st == 2:
            t = join(r.choice(["Surgery Progress Note", "POD#%d Note" % hd, "Gen Surg PN"]),
                     "%s  %s" % (d.name(2), d.d(hd, 1)),
                     "S: Pt %s. %s. %s. Pain %d/10." % (r.choice(["doing well", "c/o incisional pain", "resting comfortably"]), r.choice(["+flatus", "no flatus yet", "+BM"]), r.choice(["Tol clears", "Tol reg diet", "NPO"]), r.randint(1, 7)),
                     "O: " + vitals_line(r, vs, 2) + "\nAbd: soft, approp tender, incisions c/d/i\nDrain: %s" % r.choice(["none", "JP 30 cc serosang", "n/a"]),
                     "A/P: POD%d s/p %s\n- advance diet\n- OOB/ambulate, IS\n- pain control PO\n- d/c planning" % (hd, (sc.get("op") or {"name": "procedure"})["name"]),
                     "-%s" % d.res.split()[-1])
        else:
            t = join("Progress Note", "Date of Service: %s" % d.d(hd, 3), pt_block(r, d, 0),
                     "Interval history: " + subj + " " + r.choice(sc["course"]),
                     "Current medications:\n" + med_list(r, sc["inpt"] or sc["dcm"], "- ", 2),
                     "Physical exam: " + vitals_line(r, vs, 3) + ". " + exam_block(r, sc, 2, short=True).replace("\n", " "),
                     "Data: " + labs_inline(r, sc).replace("\n", "; "),
                     "Assessment: " + sc["dx"] + ", " + r.choice(["improving", "slowly improving", "stable"]) + ".",
                     "Plan: " + " ".join(p + "." for p in sc["plan"]),
                     "Time spent: %d minutes, >50%% counseling/coordination." % r.randint(25, 45),
                     esig(r, d))
    t = add_extras(r, d, sc, t, 0 if out else 0.35)
    return finish(r, d, t)


def g_consult_note(r, d):
    sc = choose(r, SCEN_KEYS)
    d.fit(sc)
    spec, q, recs = sc["consult"]
    st = r.randint(0, 6)
    vs = vitals(r, sc)
    ref = d.doc()
    rq = "%s (%s)" % (ref, r.choice(["Medicine", "ED", "Surgery", "Primary Care", "Hospitalist"]))
    if st == 0:
        t = join(fac_header(r, d, style=0), r.choice(["CONSULTATION", "CONSULTATION REPORT", "%s CONSULTATION" % spec.upper()]), pt_block(r, d, 3),
                 "DATE OF CONSULTATION: %s\nREQUESTING PHYSICIAN: %s\nCONSULTING PHYSICIAN: %s, MD\nREASON FOR CONSULTATION: %s" % (d.d(1, 3), ref, d.att, q.capitalize()),
                 "HISTORY OF PRESENT ILLNESS: " + hpi(r, sc, d),
                 "PAST MEDICAL HISTORY: " + ", ".join(sc["pmh"]) + ".",
                 "MEDICATIONS: " + ", ".join(m[0] for m in (sc["inpt"] or sc["home"])) + ".",
                 "ALLERGIES: " + allergies(r) + ".", "SOCIAL HISTORY: " + social(r, d, sc),
                 "PHYSICAL EXAMINATION: " + vitals_line(r, vs, 3) + ". " + exam_block(r, sc, 2),
                 "LABORATORY DATA: " + labs_inline(r, sc).replace("\n", ", ") + ".",
                 "IMPRESSION: " + sc["dx"] + ".",
                 "RECOMMENDATIONS:\n" + numbered(r, recs, 0),
                 "Thank you for this consultation. We will follow along with you." if r.random() < 0.6 else "Thank you for allowing us to participate in the care of this patient.",
                 dict_footer(r, d))
    elif st == 1:
        t = join("%s Consult Note" % spec, pt_block(r, d, 4) + "\nDate: %s  Requested by: %s" % (d.d(0, 0), rq),
                 "Reason for consult: " + q,
                 "Recommendations (summary):\n" + numbered(r, recs, 1),
                 "HPI: " + hpi(r, sc, d) + " " + interp_line(r, d),
                 "PMH: %s | Meds: %s | All: %s" % (", ".join(sc["pmh"]), ", ".join(m[0] for m in sc["home"]), allergies(r)),
                 "Exam: " + vitals_line(r, vs, 0) + "\n" + exam_block(r, sc, 0, short=True),
                 "Data: " + labs_inline(r, sc) + "\n" + imaging_inline(r, sc),
                 "Assessment: %d %s with %s. %s" % (d.age, d.sex, sc["dx"].lower(), r.choice(["Discussed with primary team.", "Seen and discussed with attending.", "Recs communicated by phone to primary team."])),
                 "%s, %s %s Fellow" % (d.res, cred(r), spec), teaching(r, d))
    elif st == 2:
        t = join(r.choice(["Dear Dr. %s," % ref.split()[-1], "Re: %s" % d.name(1)]),
                 "Thank you for asking me to see your patient %s %s, a %d-year-old %s, in %s consultation regarding %s." % (d.mr, d.last, d.age, d.man, spec.lower(), q),
                 hpi(r, sc, d), "On examination " + vitals_line(r, vs, 3) + ". " + exam_block(r, sc, 2).replace("\n", " "),
                 "Pertinent data: " + labs_inline(r, sc).replace("\n", ", ") + ".",
                 "IMPRESSION: " + sc["dx"],
                 "PLAN/RECOMMENDATIONS: " + " ".join("(%d) %s." % (i + 1, x) for i, x in enumerate(recs)),
                 "Sincerely,\n\n%s, MD\n%s" % (d.att, spec), dict_footer(r, d) if r.random() < 0.5 else "")
    elif st == 3:
        t = join("INPATIENT CONSULT - " + spec.upper(), "%s / %s / Rm %s" % (d.name(0), d.mrn, d.room),
                 "Q: " + q, "HPI: " + hpi(r, sc, d),
                 "ROS: " + ros(r, sc), vitals_line(r, vs, 4), exam_block(r, sc, 1),
                 "Labs/imaging reviewed: " + labs_inline(r, sc).replace("\n", ", "),
                 "IMP: " + sc["dx"], "REC:\n" + "\n".join("-" + x for x in recs),
                 "Will follow. Page w/ questions #%d." % r.randint(1000, 9999), "%s %s" % (d.res, d.pgy))
    elif st == 4:
        t = join(d.clinic if r.random() < 0.5 else "Specialty Clinics - %s" % spec, "OUTPATIENT CONSULTATION / NEW PATIENT", pt_block(r, d, 0),
                 "Referred by: %s, %s" % (d.pcp, r.choice(["MD", "NP"])), "Referral question: " + q, interp_line(r, d),
                 "History: " + hpi(r, sc, d), "Medications reviewed: " + ", ".join(m[0] for m in sc["dcm"]),
                 "Exam: " + exam_block(r, sc, 2, short=True).replace("\n", " "),
                 "Assessment and recommendations:\n" + numbered(r, [sc["dx"] + ": " + recs[0]] + recs[1:], 0),
                 "Return: %s" % r.choice(["3 months", "PRN", "6 weeks", "after testing"]), esig(r, d, d.att, spec))
    elif st == 5:
        t = join("Psychiatry C/L Consult" if "Psych" in spec else "E-Consult Response (%s)" % spec,
                 pt_block(r, d, 2),
                 "Question from PCP: Please advise re %s." % q,
                 "Chart reviewed including notes, labs (%s) and imaging." % labs_inline(r, sc).replace("\n", ", "),
                 "Response:\n" + numbered(r, recs, 3),
                 "This e-consult is based on chart review only; the patient was not seen. If further questions, a face-to-face visit can be scheduled. Time spent: %d min." % r.randint(10, 30),
                 esig(r, d, d.att, spec))
    else:
        t = join("CONSULTATION", "Pt: %s  Age/Sex: %d/%s  Loc: %s" % (d.name(3), d.age, d.sex, d.room),
                 "Consulting service: %s    Attending: %s" % (spec, d.att),
                 "HISTORY\n" + hpi(r, sc, d),
                 "EXAMINATION\n" + vitals_line(r, vs, 1) + "\n" + exam_block(r, sc, 0),
                 "ASSESSMENT\n" + sc["dx"], "RECOMMENDATIONS\n" + numbered(r, recs, 2),
                 "Discussed with %s. Time: %d minutes." % (rq, r.randint(40, 90)), esig(r, d))
    t = add_extras(r, d, sc, t, 0.35)
    return finish(r, d, t)


OP_EXTRA = [
    {"name": "Incision and drainage, perianal abscess", "pre": "Perianal abscess", "findings": "4 cm perianal abscess at 5 o'clock with 20 mL of purulence; no fistula identified on probing.", "anes": "General LMA", "ebl": "minimal", "spec": "Abscess cavity culture", "cpt": "46050",
     "tech": "The patient was placed in lithotomy position. A cruciate incision was made over the point of maximal fluctuance. Purulent material was evacuated and sent for culture. Loculations were broken up with a finger. The cavity was irrigated and packed with iodoform gauze."},
    {"name": "Open repair of incarcerated right inguinal hernia with mesh", "pre": "Incarcerated right inguinal hernia", "findings": "Indirect hernia sac containing viable omentum; no bowel compromise. Direct floor weak.", "anes": "General endotracheal", "ebl": "15 mL", "spec": "Hernia sac", "cpt": "49507",
     "tech": "A right groin incision was made. The external oblique aponeurosis was opened in the line of its fibers. The cord was isolated and the indirect sac dissected free, reduced and high-ligated. A Lichtenstein repair was performed with polypropylene mesh secured with running 2-0 Prolene to the shelving edge."},
    {"name": "Below-knee amputation, left", "pre": "Left foot gangrene with osteomyelitis, diabetic", "findings": "Wet gangrene of the forefoot; healthy bleeding muscle at the level of transection.", "anes": "Spinal", "ebl": "150 mL", "spec": "Left lower extremity below knee", "cpt": "27880",
     "tech": "A long posterior flap was designed. Skin and subcutaneous tissues were incised. The anterior compartment vessels were ligated. The tibia was transected 12 cm below the tibial tubercle and beveled; the fibula transected 2 cm proximal. Nerves were placed on gentle traction and sharply divided. The posterior flap was fashioned and closed in layers over a drain."},
    {"name": "Cesarean section, low transverse, repeat", "pre": "Intrauterine pregnancy at 39 weeks, prior cesarean x1, declines TOLAC", "findings": "Viable female infant, vertex, Apgars 8 and 9; normal uterus, tubes and ovaries.", "anes": "Spinal", "ebl": "700 mL (QBL)", "spec": "Placenta (to L&D, not sent)", "cpt": "59510",
     "tech": "A Pfannenstiel skin incision was made through the prior scar and carried down to the fascia. The fascia was incised transversely and the rectus muscles separated. The peritoneum was entered bluntly. A bladder blade was placed and a low transverse hysterotomy made. The infant was delivered atraumatically. The placenta was delivered manually. The hysterotomy was closed in two layers."},
]


def g_operative_note(r, d):
    if r.random() < 0.3:
        op = r.choice(OP_EXTRA)
        sc = None
        if "Cesarean" in op["name"]:
            d.set_sex("F")
            d.set_age(19, 41)
    else:
        sc = S[r.choice(SURG_KEYS)]
        d.fit(sc)
        op = sc["op"]
    tech = op.get("tech")
    if not tech:
        k = sc["key"]
        if k == "appy":
            tech = "Access was obtained at the umbilicus with an open Hasson technique and pneumoperitoneum established to 15 mmHg. Two additional 5 mm ports were placed under direct vision in the suprapubic and left lower quadrant positions. The appendix was identified, the mesoappendix divided with the harmonic scalpel, and the base divided with an endoscopic stapler. The specimen was removed in an Endocatch bag. The staple line was hemostatic."
        elif k == "chole":
            tech = "Pneumoperitoneum was established via a Veress needle at Palmer's point. Four ports were placed in standard fashion. The fundus was retracted cephalad. Adhesions were taken down. Calot's triangle was dissected and the critical view of safety obtained. The cystic duct and artery were clipped x3 and divided. The gallbladder was dissected from the liver bed with electrocautery and removed via the umbilical port in a bag."
        elif k == "hipfx":
            tech = "The patient was positioned supine on the fracture table with the well leg in the hemilithotomy position. Closed reduction was performed with traction and internal rotation and confirmed on AP and lateral fluoroscopy. A 4 cm incision was made proximal to the greater trochanter. The guide wire was placed at the tip of the trochanter, the canal reamed and the nail inserted. The lag screw guide pin was placed center-center in the head, measured, and the screw inserted. One distal interlocking screw was placed."
        else:
            tech = "A midline laparotomy was performed. Hemoperitoneum was evacuated and four-quadrant packing placed. The bowel was run from the ligament of Treitz to the terminal ileum. Injuries were identified and repaired primarily in two layers transversely. The mesenteric bleeder was suture ligated. The abdomen was irrigated with warm saline. The fascia was closed with running looped #1 PDS and skin closed with staples."
    st = r.randint(0, 6)
    surg = d.att
    asst = "%s, %s (resident)" % (d.res, d.pgy)
    anes = d.doc()
    drains = r.choice(["None", "None", "19 Fr Blake drain", "JP drain x1"])
    closing = r.choice(["The fascia was closed with 0 Vicryl at port sites >10 mm and the skin with 4-0 Monocryl subcuticular and Dermabond.",
                        "Skin was closed with staples. Sterile dressing applied.", "Wound was closed in layers. Dry sterile dressing applied."])
    pos = r.choice(["The patient was brought to the operating room and placed supine on the table. After induction of anesthesia, the %s was prepped and draped in the usual sterile fashion. A surgical time-out was performed confirming the correct patient, procedure and site. Preoperative antibiotics were given." % r.choice(["abdomen", "operative field", "extremity"]),
                    "After informed consent was obtained, the patient was taken to OR %d. Anesthesia was induced. SCDs were in place. Time-out was completed. Antibiotics were administered within 60 minutes of incision. The patient was prepped and draped sterilely." % r.randint(1, 14)])
    end = r.choice(["Sponge, needle and instrument counts were correct x2. The patient tolerated the procedure well and was taken to PACU in stable condition.",
                    "All counts were correct. The patient was extubated and transferred to recovery in good condition.",
                    "Counts correct. Pt to PACU stable. I was present and scrubbed for the entire procedure."])
    if st == 0:
        t = join(fac_header(r, d, style=0), "OPERATIVE REPORT", pt_block(r, d, 3),
                 "DATE OF OPERATION: %s" % d.d(1, 3), "SURGEON: %s, MD\nASSISTANT: %s\nANESTHESIOLOGIST: %s, MD" % (surg, asst, anes),
                 "PREOPERATIVE DIAGNOSIS: %s\nPOSTOPERATIVE DIAGNOSIS: %s" % (op["pre"], r.choice(["Same.", "Same", op["pre"]])),
                 "PROCEDURE PERFORMED: " + op["name"], "ANESTHESIA: " + op["anes"],
                 "ESTIMATED BLOOD LOSS: %s\nFLUIDS: %d mL crystalloid\nURINE OUTPUT: %s\nDRAINS: %s\nSPECIMENS: %s\nCOMPLICATIONS: None apparent." % (op["ebl"], r.randint(5, 30) * 100, r.choice(["not recorded", "%d mL" % r.randint(50, 600)]), drains, op["spec"]),
                 "INDICATIONS: " + ("%d-year-old %s with %s. Risks, benefits and alternatives were discussed%s and consent obtained." % (d.age, d.man, op["pre"].lower(), " through a %s interpreter" % d.lang if d.interp else "")),
                 "FINDINGS: " + op["findings"],
                 "DESCRIPTION OF PROCEDURE: " + pos + " " + tech + " " + closing + " " + end,
                 dict_footer(r, d, surg))
    elif st == 1:
        t = join(r.choice(["Brief Op Note", "BRIEF OPERATIVE NOTE", "Immediate Post-Op Note"]), "%s  %s" % (d.name(2), d.d(0, 0)),
                 "Pre-op dx: %s\nPost-op dx: same\nProcedure: %s\nSurgeon: %s\nAssist: %s\nAnes: %s\nEBL: %s\nIVF: %d mL\nUOP: %s\nDrains: %s\nSpecimen: %s\nFindings: %s\nComplications: none\nDispo: PACU, stable" % (op["pre"], op["name"], surg, d.res, op["anes"], op["ebl"], r.randint(5, 25) * 100, r.choice(["n/a", "150 mL"]), drains, op["spec"], op["findings"]),
                 "Full op note to follow (dictated). -%s" % d.res.split()[-1])
    elif st == 2:
        t = join(r.choice(["Procedure Report", "Operation Report", "Surgical Report"]), pt_block(r, d, 4),
                 "Date: %s  Room: OR %d  In room: %s  Incision: %s  Close: %s" % (d.d(0, 4), r.randint(1, 14), d.tm(), d.tm(), d.tm()),
                 "Operation(s): %s   CPT %s" % (op["name"], op["cpt"]),
                 "Surgeon(s): %s (attending); %s" % (surg, asst),
                 "Indication: %s" % op["pre"], "Anesthesia type: " + op["anes"],
                 "Operative findings:\n" + op["findings"],
                 "Procedure in detail:\n" + pos + "\n\n" + tech + "\n\n" + closing + "\n" + end,
                 "EBL: %s   Specimens: %s   Implants: %s" % (op["ebl"], op["spec"], "see implant log" if "nail" in op["name"] else "none"),
                 "Attending attestation: I was present for the entire procedure.", esig(r, d, surg, "Surgeon"))
    elif st == 3:
        t = join("%s DEPARTMENT OF SURGERY\nOPERATIVE NOTE" % d.fac["short"],
                 "NAME: %s    MRN: %s    OR DATE: %s" % (d.name(0), d.mrn, d.d(0, 1)),
                 "Diagnosis before: %s\nDiagnosis after: same\nOperation: %s" % (op["pre"], op["name"]),
                 "The patient was identified in the preoperative holding area. " + ("%s-speaking; consent reviewed with interpreter. " % d.lang if d.interp else "") + pos + " " + tech + " " + op["findings"] + " " + closing + " " + end,
                 "EBL %s. Specimen %s." % (op["ebl"], op["spec"]), dict_footer(r, d, surg))
    elif st == 4:
        t = join("OP NOTE", "Pt: %s  #%s" % (d.name(1), d.mrn),
                 "PREOP DX: %s" % op["pre"], "POSTOP DX: Same", "PROCEDURE: %s" % op["name"],
                 "SURGEON: %s   ASST: %s" % (surg, d.res), "ANES: %s (%s)" % (op["anes"], anes),
                 "INDICATIONS: see H&P", "FINDINGS: " + op["findings"],
                 "PROCEDURE:\n" + "\n".join("%d. %s" % (i + 1, s.strip() + ".") for i, s in enumerate((pos + " " + tech).split(". ")) if s.strip()),
                 "EBL: %s  COMPLICATIONS: none  DISPOSITION: PACU" % op["ebl"], esig(r, d, surg))
    elif st == 5:
        t = join(fac_header(r, d, style=1), "Surgeon's Report of Operation", pt_block(r, d, 1),
                 "Date of procedure: " + d.d(0, 3),
                 "Procedure: " + op["name"] + "\nPreoperative diagnosis: " + op["pre"] + "\nPostoperative diagnosis: " + op["pre"],
                 "Attending surgeon: %s, MD   Resident: %s" % (surg, d.res),
                 "Anesthesia: " + op["anes"] + "   Wound class: " + r.choice(["I", "II", "III", "IV"]),
                 "Narrative: " + pos + " " + tech, "Findings: " + op["findings"], closing + " " + end,
                 "Specimen(s) to pathology: " + op["spec"], dict_footer(r, d, surg))
    else:
        t = join("%s, %s\n%s" % (d.name(3), d.mrn, d.d(0, 2)),
                 "Preop: %s.  Postop: same.  Op: %s.  Surgeon: Dr. %s.  Anesthesia: %s." % (op["pre"], op["name"], surg.split()[-1], op["anes"].lower()),
                 "Indications: The patient is a %d-year-old %s %s" % (d.age, d.man, "with " + op["pre"].lower() + "."),
                 "Procedure: " + pos + " " + tech + " " + closing,
                 "Findings: " + op["findings"], end, "D: %s" % surg)
    return finish(r, d, t)


PROCS = [
    {"name": "Paracentesis, diagnostic and therapeutic", "short": "Paracentesis", "ind": "Cirrhosis (alcohol-related) with tense ascites", "site": "Left lower quadrant", "anes": "1% lidocaine 10 mL local",
     "tech": "Ultrasound was used to identify a large pocket of fluid in the LLQ away from bowel and vessels. The site was marked, prepped with chlorhexidine and draped. After local anesthesia, a 5 Fr Yueh catheter was advanced with continuous aspiration until ascitic fluid returned.", "find": "%d L of straw-colored fluid removed. Albumin 25 g IV given. Fluid sent for cell count, albumin, total protein, culture.", "vol": (3, 7), "who": "Medicine"},
    {"name": "Central venous catheter placement, right internal jugular, ultrasound guided", "short": "Central line", "ind": "Septic shock requiring vasopressors; poor peripheral access", "site": "Right internal jugular vein", "anes": "1% lidocaine local",
     "tech": "Full barrier precautions used (cap, mask, sterile gown, gloves, full body drape). Chlorhexidine prep. Under real-time ultrasound guidance the RIJ was accessed on the first pass with venous blood return. Guidewire advanced without ectopy, tract dilated and a 7 Fr triple-lumen catheter placed over the wire using Seldinger technique. All ports flushed and aspirated. Secured at %d cm with sutures. Biopatch and sterile dressing applied.", "find": "Post-procedure CXR: tip at the cavoatrial junction, no pneumothorax.", "vol": (14, 17), "who": "ICU"},
    {"name": "Lumbar puncture", "short": "LP", "ind": "Fever, headache and neck stiffness - rule out meningitis", "site": "L3-L4 interspace", "anes": "1% lidocaine 3 mL",
     "tech": "Patient placed in left lateral decubitus position. Landmarks identified, skin prepped and draped. A 20 gauge 3.5 inch spinal needle was introduced at the L3-L4 interspace on the %dnd attempt.", "find": "Opening pressure 22 cm H2O. Clear, colorless CSF; 4 tubes collected (~10 mL) and sent for cell count, glucose, protein, Gram stain, culture, HSV PCR, cryptococcal Ag.", "vol": (1, 2), "who": "ED"},
    {"name": "Thoracentesis, right, ultrasound guided", "short": "Thoracentesis", "ind": "Right pleural effusion, new, unclear etiology", "site": "Right posterior chest, 8th intercostal space", "anes": "1% lidocaine 10 mL",
     "tech": "Patient seated leaning forward. Ultrasound confirmed a large free-flowing effusion. Site marked, prepped and draped. Local anesthesia infiltrated down to the pleura over the superior border of the rib. A catheter-over-needle device was advanced and fluid aspirated.", "find": "%d mL of serosanguinous fluid removed; stopped for cough/chest tightness. Sent for LDH, protein, glucose, pH, cell count, cytology, culture, AFB. Post-procedure US with lung sliding.", "vol": (800, 1500), "who": "Pulm"},
    {"name": "Esophagogastroduodenoscopy (EGD) with biopsy", "short": "EGD", "ind": "Melena, acute blood loss anemia", "site": "", "anes": "Moderate sedation: midazolam 3 mg, fentanyl 100 mcg IV",
     "tech": "After informed consent, the patient was placed in the left lateral position. The Olympus gastroscope was introduced through the mouth and advanced under direct visualization to the second part of the duodenum. Retroflexion performed in the stomach.", "find": "Esophagus normal. Diffuse mild erythema of antrum; biopsies taken (CLO/H. pylori). A 1.5 cm clean-based ulcer in the duodenal bulb (Forrest III). No active bleeding, no visible vessel. Duration %d min.", "vol": (12, 25), "who": "GI"},
    {"name": "Colonoscopy with polypectomy", "short": "Colonoscopy", "ind": "Positive FIT, average risk screening", "site": "", "anes": "Propofol (MAC) by anesthesia",
     "tech": "A digital rectal exam was performed. The adult colonoscope was advanced to the cecum, identified by the appendiceal orifice and ileocecal valve. Withdrawal time %d minutes. Bowel prep: fair (BBPS 6).", "find": "7 mm sessile polyp in the sigmoid colon removed by cold snare, retrieved. Small internal hemorrhoids. Otherwise normal.", "vol": (7, 14), "who": "GI"},
    {"name": "Incision and drainage of abscess", "short": "I&D", "ind": "Fluctuant abscess with surrounding cellulitis", "site": "Left axilla", "anes": "1% lidocaine with epi 8 mL, field block",
     "tech": "Area prepped with povidone-iodine and draped. After local anesthesia, a %d cm linear incision was made over the area of maximal fluctuance with an 11 blade. Purulent material expressed; loculations broken with hemostat. Cavity irrigated with NS and packed with 1/4 inch iodoform gauze.", "find": "Approximately 10 mL of purulent drainage, sent for culture.", "vol": (2, 4), "who": "ED"},
    {"name": "Knee joint aspiration and corticosteroid injection, left", "short": "Arthrocentesis", "ind": "Left knee effusion, osteoarthritis vs crystal arthropathy", "site": "Left knee, superolateral approach", "anes": "Ethyl chloride spray, 1% lidocaine 3 mL",
     "tech": "Knee prepped with chlorhexidine. Using a superolateral approach, an 18 g needle was introduced into the joint space and %d mL of fluid aspirated. Through the same needle, triamcinolone 40 mg with 3 mL 1% lidocaine was injected. Bandage applied.", "find": "Fluid yellow, slightly cloudy; sent for cell count, crystals, Gram stain and culture.", "vol": (15, 45), "who": "Rheum/Clinic"},
    {"name": "Flexible bronchoscopy with bronchoalveolar lavage", "short": "Bronchoscopy", "ind": "RUL cavitary lesion, AFB smears negative x3, r/o TB vs malignancy", "site": "", "anes": "Topical lidocaine, midazolam 2 mg, fentanyl 50 mcg (N95/negative pressure room)",
     "tech": "The bronchoscope was introduced through the %s and advanced through the vocal cords. Airway inspection performed to the subsegmental level bilaterally.", "find": "No endobronchial lesions. Mild erythema RUL. BAL of the RUL posterior segment: 120 mL instilled, 45 mL returned, sent for AFB smear/culture, TB PCR, fungal culture, cytology.", "vol": (0, 0), "who": "Pulm"},
    {"name": "Left heart catheterization, coronary angiography, PCI", "short": "Cardiac cath", "ind": "NSTEMI", "site": "Right radial artery", "anes": "Moderate sedation, 2% lidocaine local",
     "tech": "The right radial artery was accessed with a 6 Fr sheath using modified Seldinger technique under ultrasound. Radial cocktail given. Selective coronary angiography with JL3.5 and JR4 catheters. Heparin %d units IV. The LAD lesion was wired and pre-dilated, and a 3.0 x 18 mm drug-eluting stent deployed.", "find": "LM normal. LAD: 90% proximal stenosis -> 0% residual with TIMI 3 flow after DES. LCx: mild luminal irregularities. RCA: dominant, 30% mid. LVEDP 18. TR band applied.", "vol": (5000, 9000), "who": "Cardiology"},
    {"name": "Nerve conduction studies and needle EMG, bilateral upper extremities", "short": "EMG/NCS", "ind": "Numbness and tingling bilateral hands, r/o carpal tunnel syndrome vs cervical radiculopathy", "site": "", "anes": "None",
     "tech": "Standard motor and sensory nerve conduction studies were performed on the median and ulnar nerves bilaterally. Skin temperature maintained above 32 C. Needle EMG of selected muscles of the right upper extremity (%d muscles).", "find": "Prolonged median sensory peak latencies bilaterally (R 4.6 ms, L 4.1 ms) with reduced SNAP amplitude on the right; median distal motor latency R 5.2 ms. Ulnar studies normal. Needle EMG: no active denervation.\nINTERPRETATION: Electrodiagnostic evidence of bilateral median neuropathy at the wrist (carpal tunnel syndrome), moderate on the right, mild on the left. No evidence of cervical radiculopathy.", "vol": (6, 9), "who": "PM&R"},
    {"name": "Endotracheal intubation", "short": "Intubation", "ind": "Acute hypoxic respiratory failure, GCS 7", "site": "", "anes": "RSI: etomidate 20 mg, rocuronium 100 mg",
     "tech": "Preoxygenated with BVM. Video laryngoscope (Glidescope) used; grade I view. A 7.5 ETT was passed through the cords on the first attempt and secured at %d cm at the lip.", "find": "Placement confirmed by color change on ETCO2, bilateral breath sounds and CXR. No complications.", "vol": (22, 24), "who": "ED/ICU"},
]


def g_procedure_note(r, d):
    p = r.choice(PROCS)
    v = r.randint(*p["vol"]) if p["vol"][1] else 0
    tech = p["tech"].replace("%d", str(v)).replace("%s", r.choice(["nose", "mouth via bite block"]))
    find = p["find"].replace("%d", str(v))
    op = d.res if r.random() < 0.6 else d.att
    sup = d.att
    cons = r.choice(["Informed consent obtained from patient after discussion of risks (bleeding, infection, pain, damage to surrounding structures), benefits and alternatives.",
                     "Written consent signed and in chart.", "Emergent procedure - implied consent." if p["short"] == "Intubation" else "Consent obtained via %s interpreter; witnessed." % d.lang if d.interp else "Consent on chart."])
    to = r.choice(["Time-out performed prior to procedure.", "Universal protocol/time out completed.", "Timeout: correct pt/procedure/site confirmed."])
    ebl = r.choice(["minimal", "<5 mL", "none", "minimal"])
    st = r.randint(0, 6)
    if st == 0:
        t = join(r.choice(["PROCEDURE NOTE", "Procedure Note", "Bedside Procedure Note"]), pt_block(r, d, 0),
                 "Date/Time: %s %s" % (d.d(0, 0), d.tm()), "Procedure: " + p["name"], "Indication: " + p["ind"],
                 "Operator: %s; Supervising: %s" % (op, sup), "Consent: " + cons, to,
                 "Anesthesia: " + p["anes"], ("Site: " + p["site"]) if p["site"] else "",
                 "Description: " + tech, "Findings/Results: " + find, "EBL: %s. Complications: none. Patient tolerated well." % ebl,
                 esig(r, d, op))
    elif st == 1:
        t = join("%s Procedure Note\n%s  %s" % (p["short"], d.name(2), d.d(0, 5)),
                 "Ind: %s\nConsent: signed\nTimeout: done\nAnes: %s\nProcedure: %s\nResults: %s\nEBL %s, no complications.\nPost-procedure plan: %s" % (p["ind"], p["anes"], tech, find, ebl, r.choice(["f/u studies", "CXR", "bedrest 1 hr", "monitor site", "resume diet"])),
                 "-%s %s, supervised by Dr. %s who was present for the entire procedure" % (op, d.pgy, sup.split()[-1]))
    elif st == 2:
        t = join(fac_header(r, d, style=0), r.choice(["ENDOSCOPY REPORT", "PROCEDURE REPORT", "%s REPORT" % p["short"].upper(), "Diagnostic Procedure"]), pt_block(r, d, 3),
                 "DATE OF PROCEDURE: %s\nPERFORMING PHYSICIAN: %s, MD\nREFERRING PHYSICIAN: %s" % (d.d(0, 3), d.att, d.pcp),
                 "PROCEDURE: " + p["name"].upper(), "INDICATIONS: " + p["ind"], "MEDICATIONS: " + p["anes"],
                 "DESCRIPTION: " + cons + " " + tech, "FINDINGS: " + find,
                 "IMPRESSION: " + r.choice(["As above.", find.split(".")[0] + "."]),
                 "RECOMMENDATIONS: " + r.choice(["Follow up pathology/culture results.", "Return to referring physician.", "Repeat study as clinically indicated.", "PPI BID, avoid NSAIDs, f/u biopsies."]),
                 dict_footer(r, d))
    elif st == 3:
        t = join(r.choice(["Procedure: " + p["short"], p["name"]]),
                 "%s, %d y/o %s, MRN %s" % (d.name(1), d.age, d.sex, d.mrn),
                 "Pre-procedure diagnosis: %s\nPost-procedure diagnosis: same" % p["ind"],
                 "Performed by: %s   Assisted by: %s, RN" % (op, d.person()),
                 "Sedation/Analgesia: " + p["anes"], "Technique:\n" + tech, "Results:\n" + find,
                 "Specimens: " + r.choice(["sent to lab", "as above", "none"]), "Estimated blood loss: " + ebl, "Complications: None",
                 esig(r, d, op, "Proceduralist"))
    elif st == 4:
        t = join(d.fac["short"] + " " + p["who"] + " Procedure Documentation", pt_block(r, d, 4),
                 "[x] Consent signed   [x] Time out   [x] Hand hygiene   [%s] Ultrasound used   [x] Sterile technique" % r.choice("x "),
                 "Procedure: %s\nIndication: %s\nSite/Side: %s\nLocal: %s" % (p["name"], p["ind"], p["site"] or "N/A", p["anes"]),
                 "Note: " + tech + " " + find, "Pt tolerated: [x] Well  [ ] Poorly     Complications: [x] None [ ] Other",
                 "Proceduralist: %s   Date: %s  Time: %s" % (op, d.d(0, 1), d.tm()))
    elif st == 5:
        t = join(r.choice(["Addendum - procedure", "Procedure", "PROC NOTE"]),
                 "I performed a %s on %s %s today for %s. %s %s %s %s The patient tolerated the procedure well without immediate complications. %s" % (p["short"].lower(), d.mr, d.last, p["ind"].lower(), cons, to, tech, find, r.choice(["Will follow results.", "Post-procedure vitals stable.", "Nursing to monitor site q15 min x4."])),
                 "%s, %s" % (op, cred(r)))
    else:
        t = join(p["who"].upper() + " LAB / PROCEDURE SUITE", pt_block(r, d, 1),
                 "Study: " + p["name"], "Clinical history: " + p["ind"], "Referring: " + d.pcp,
                 "Technique: " + tech, "Results: " + find,
                 "Conclusion: " + r.choice(["Successful procedure as above.", "See findings.", find.split(". ")[0] + "."]),
                 esig(r, d, d.att, p["who"] + " Attending"))
    return finish(r, d, t)


def lab_table(r, d, sc, tests, style):
    rows = []
    for t in tests:
        v, u, f = labval(r, sc, t)
        rr = refrange(t)
        if style == 0:
            rows.append("%-22s %8s %-3s %-9s %s" % (t, v, f, u, rr))
        elif style == 1:
            rows.append("%s....%s %s  [%s]%s" % (t.upper(), v, u, rr, ("  *%s*" % f) if f else ""))
        elif style == 2:
            rows.append("%-20s|%7s|%3s|%-10s|%s" % (t, v, f, rr, u))
        else:
            rows.append("  %s: %s %s %s (ref %s)" % (t, v, u, f, rr))
    return "\n".join(rows)


MICRO = [("URINE CULTURE", ">100,000 CFU/mL Escherichia coli", [("Ampicillin", "R", ">=32"), ("Cefazolin", "S", "<=4"), ("Ceftriaxone", "S", "<=1"), ("Ciprofloxacin", "R", ">=4"), ("Nitrofurantoin", "S", "<=16"), ("TMP/SMX", "R", ">=320")]),
         ("WOUND CULTURE", "Heavy growth Staphylococcus aureus (MRSA)", [("Oxacillin", "R", ">=4"), ("Clindamycin", "S", "<=0.25"), ("Doxycycline", "S", "<=0.5"), ("TMP/SMX", "S", "<=10"), ("Vancomycin", "S", "1")]),
         ("BLOOD CULTURE x2", "No growth at 5 days", []),
         ("SPUTUM CULTURE", "Normal respiratory flora. Gram stain: many PMNs, few gram positive diplococci.", []),
         ("AFB SMEAR/CULTURE, SPUTUM", "AFB smear: No acid-fast bacilli seen. Culture: pending (final in 6-8 weeks).", []),
         ("GC/CT NAAT, URINE", "Chlamydia trachomatis: NOT DETECTED   Neisseria gonorrhoeae: NOT DETECTED", [])]


def g_lab_report(r, d):
    sc = choose(r, SCEN_KEYS)
    d.fit(sc)
    st = r.randint(0, 6)
    col = "%s %s" % (d.d(0, 0), d.tm())
    acc = "%s%d" % (r.choice(["C", "H", "L", "24-"]), r.randint(1000000, 9999999))
    tstyle = r.randint(0, 3)
    lab_hdr = r.choice(["%s CLINICAL LABORATORY" % d.fac["short"], "%s Department of Pathology & Laboratory Medicine" % d.fac["name"],
                        "Calder County Public Health Laboratory", "LABORATORY SERVICES"])
    director = "Lab Director: %s, MD  CLIA# %02dD%07d" % (d.doc(), r.randint(1, 99), r.randint(0, 9999999))
    ordering = "Ordering: %s" % r.choice([d.att, d.pcp, d.res])
    if st in (0, 1):
        panels = pick(r, list(PANELS.keys()), r.randint(1, 3))
        body = []
        for pn in panels:
            body.append(pn + "\n" + lab_table(r, d, sc, PANELS[pn], tstyle))
        extra = [t for t in sc.get("labs", {}) if t in LABREF and not any(t in PANELS[p] for p in panels)]
        if extra:
            body.append("OTHER\n" + lab_table(r, d, sc, extra, tstyle))
        t = join(lab_hdr, pt_block(r, d, r.choice([1, 3, 4])),
                 "Collected: %s   Received: %s   Accession: %s\n%s   Location: %s" % (col, d.d(0, 0) + " " + d.tm(), acc, ordering, r.choice(["ED", d.room, d.clinic, "5W"])),
                 "TEST                   RESULT  FLAG UNITS     REFERENCE" if tstyle == 0 else "",
                 "\n\n".join(body),
                 r.choice(["H=High L=Low *=Critical", "Critical value called to %s RN at %s, read back verified." % (d.person(), d.tm()), ""]),
                 director)
    elif st == 2:
        m = r.choice(MICRO)
        sus = "\n".join("  %-16s %-3s %s" % x for x in m[2])
        t = join(lab_hdr + "\nMICROBIOLOGY", pt_block(r, d, 0),
                 "Specimen: %s   Source: %s\nCollected: %s  Accession: %s" % (m[0], r.choice(["Clean catch", "Wound, L thigh", "Peripheral", "Expectorated", "Urine"]), col, acc),
                 "FINAL REPORT  %s" % d.d(r.randint(2, 5), 0), m[1],
                 ("SUSCEPTIBILITY (MIC)\n  Antibiotic       Interp MIC\n" + sus) if sus else "",
                 ordering)
    elif st == 3:
        t = join("CUMULATIVE LAB SUMMARY", "%s  MRN %s" % (d.name(0), d.mrn),
                 "%-16s %10s %10s %10s" % ("", d.d(0, 5), d.d(1, 5), d.d(2, 5)),
                 "\n".join("%-16s %10s %10s %10s" % (t, labval(r, sc, t)[0], labval(r, sc, t)[0], labval(r, None, t)[0]) for t in (["WBC", "Hemoglobin", "Platelets", "Na", "K", "Creatinine", "Glucose"] + [x for x in list(sc.get("labs", {}).keys())[:3] if x in LABREF])),
                 "Printed %s by %s" % (d.d(3, 0), r.choice(["HIM", "RN", "CLERK02", "interface"])))
    elif st == 4:
        ua = [("Color", r.choice(["Yellow", "Amber", "Straw"])), ("Clarity", r.choice(["Clear", "Cloudy", "Turbid"])), ("Specific gravity", "1.0%02d" % r.randint(5, 30)),
              ("pH", str(r.choice([5.0, 5.5, 6.0, 6.5]))), ("Protein", r.choice(["Negative", "Trace", "1+"])), ("Glucose", "4+" if sc["key"] == "dka" else "Negative"),
              ("Ketones", "3+ (>80)" if sc["key"] == "dka" else "Negative"), ("Blood", r.choice(["Negative", "Small", "Moderate" if sc["key"] == "pyelo" else "Negative"])),
              ("Nitrite", "Positive" if sc["key"] == "pyelo" else "Negative"), ("Leukocyte esterase", "3+" if sc["key"] == "pyelo" else "Negative"),
              ("WBC /hpf", ">50" if sc["key"] == "pyelo" else "0-2"), ("RBC /hpf", r.choice(["0-2", "3-5"])), ("Bacteria", "Many" if sc["key"] == "pyelo" else "None seen"), ("Squamous epi", r.choice(["Few", "Rare"]))]
        t = join(lab_hdr, pt_block(r, d, 2), "URINALYSIS WITH MICROSCOPIC   Collected " + col,
                 "\n".join("%-20s %s" % x for x in ua), ordering, r.choice(["", "Reflex culture sent" if sc["key"] == "pyelo" else ""]))
    elif st == 5:
        tests = ["HIV-1/2 Ag/Ab (4th gen)", "Hepatitis C Ab", "Hepatitis B surface Ag", "RPR", "QuantiFERON-TB Gold Plus", "Hep B surface Ab"]
        sel = pick(r, tests, r.randint(2, 5))
        res = {"HIV-1/2 Ag/Ab (4th gen)": "Nonreactive", "Hepatitis C Ab": "REACTIVE" if sc["key"] == "abscess" else "Nonreactive", "Hepatitis B surface Ag": "Nonreactive",
               "RPR": r.choice(["Nonreactive", "Nonreactive", "Reactive 1:8 (confirm TP-PA)"]), "QuantiFERON-TB Gold Plus": r.choice(["Negative", "POSITIVE", "Negative", "Indeterminate"]), "Hep B surface Ab": r.choice(["<3.5 mIU/mL (non-immune)", ">1000 mIU/mL (immune)"])}
        t = join(r.choice(["Calder County Public Health Laboratory", lab_hdr]), "SEROLOGY / INFECTIOUS DISEASE SCREENING",
                 pt_block(r, d, 3), "Collected %s  Accession %s  Submitter: %s" % (col, acc, d.clinic),
                 "\n".join("%-30s %s" % (x, res[x]) for x in sel),
                 "Reactive results reported to County Public Health per state reporting requirements." if any("REACT" in res[x].upper() and not res[x].startswith("Non") for x in sel) else "",
                 director)
    else:
        # point-of-care / ED short
        tests = ["Glucose", "Na", "K", "Cl", "CO2", "BUN", "Creatinine", "Hemoglobin", "Hematocrit"]
        t = join("POC / i-STAT CHEM8+   %s" % r.choice(["ED", "TRAUMA BAY", "MICU"]), "%s   %s" % (d.name(0), d.mrn),
                 "Operator ID: %d   Device SN: %d" % (r.randint(1000, 9999), r.randint(100000, 999999)),
                 lab_table(r, d, sc, tests, 3), "Results are transferred to LIS - point-of-care testing." if r.random() < 0.5 else "",
                 col)
    return finish(r, d, t)


IMG_EXTRA = [
    ("XR ANKLE LEFT 3 VIEWS", "Twisting injury, lateral ankle pain", "Three views of the left ankle. There is a nondisplaced transverse fracture of the distal fibula at the level of the tibial plafond (Weber B). Ankle mortise is congruent. Soft tissue swelling laterally.", "Nondisplaced Weber B distal fibular fracture."),
    ("CT HEAD W/O CONTRAST", "Fall, head strike, on aspirin", "No acute intracranial hemorrhage, mass effect or midline shift. Ventricles and sulci are age-appropriate. Mild periventricular white matter hypodensities likely chronic small vessel ischemic change. Calvarium intact. Visualized sinuses clear.", "No acute intracranial abnormality."),
    ("US LOWER EXTREMITY VENOUS DUPLEX LEFT", "Left calf swelling and pain", "Grayscale, color and spectral Doppler of the left common femoral, femoral, popliteal and calf veins. Noncompressible, expanded left popliteal and posterior tibial veins with echogenic intraluminal thrombus. Common femoral vein compressible with normal phasic flow.", "Acute deep venous thrombosis of the left popliteal and posterior tibial veins."),
    ("US OB < 14 WEEKS", "Vaginal bleeding, positive hCG, LMP 8 weeks ago", "Single intrauterine gestational sac with yolk sac and fetal pole. CRL 1.6 cm corresponding to 8w1d. Fetal heart rate 162 bpm. Small subchorionic hemorrhage. Adnexa unremarkable.", "Single live intrauterine pregnancy at 8w1d by CRL. Small subchorionic hemorrhage."),
    ("MAMMOGRAM SCREENING BILATERAL (2D)", "Screening", "The breasts are heterogeneously dense, which may obscure small masses. No suspicious masses, calcifications or architectural distortion. Comparison: none available.", "BI-RADS 1: Negative. Recommend annual screening mammography."),
    ("NM MYOCARDIAL PERFUSION SPECT, REGADENOSON", "Chest pain, unable to exercise", "Regadenoson 0.4 mg IV administered. Rest and stress images obtained with Tc-99m sestamibi. No perfusion defects. Gated images: LVEF 58%, normal wall motion. ECG: no ischemic changes with regadenoson.", "Normal myocardial perfusion study. No evidence of ischemia or infarction. LVEF 58%."),
    ("US RENAL BILATERAL", "AKI", "Right kidney 10.8 cm, left kidney 11.2 cm. Normal cortical thickness and echogenicity. No hydronephrosis, stones or masses. Bladder partially distended, unremarkable.", "Normal renal ultrasound. No hydronephrosis."),
    ("MRI KNEE RIGHT W/O CONTRAST", "Knee pain after twisting injury, locking", "Complex tear of the posterior horn of the medial meniscus extending to the inferior articular surface. ACL and PCL intact. Grade 1 MCL sprain. Small joint effusion. Mild medial compartment chondral thinning.", "Complex tear posterior horn medial meniscus. Grade 1 MCL sprain."),
    ("XR CHEST 2 VIEWS", "Cough, r/o TB (shelter screening)", "The lungs are clear. No focal consolidation, cavitation, effusion or pneumothorax. Cardiomediastinal silhouette within normal limits. No hilar adenopathy. Osseous structures intact.", "No radiographic evidence of active pulmonary tuberculosis. No acute cardiopulmonary disease."),
    ("TRANSTHORACIC ECHOCARDIOGRAM", "Murmur, dyspnea", "Left ventricle normal in size with normal wall thickness. LVEF 60-65% by visual estimate. Normal diastolic function. RV normal size and function, TAPSE 2.2 cm. Mild mitral regurgitation. Aortic valve trileaflet, no stenosis. RVSP 28 mmHg. No pericardial effusion. IVC normal with >50% collapse.", "Normal LV size and systolic function, LVEF 60-65%. Mild MR. No pericardial effusion."),
    ("CT ABDOMEN PELVIS W IV CONTRAST", "Abdominal pain, weight loss", "Liver is nodular in contour with caudate hypertrophy, consistent with cirrhosis. Moderate volume ascites. Splenomegaly to 15.2 cm. Recanalized paraumbilical vein. No focal hepatic lesion on this single phase exam. Bowel unremarkable.", "Cirrhotic liver morphology with moderate ascites and splenomegaly, suggestive of portal hypertension. Recommend multiphase CT or MRI for HCC screening if clinically indicated."),
]


def img_expand(r, study, imp):
    """build a findings paragraph from a scenario impression."""
    s = study.upper()
    if "CHEST" in s and "CT" not in s:
        extra = r.choice(["Cardiomediastinal silhouette is %s." % ("enlarged" if "Cardiomegaly" in imp else "within normal limits"), "Heart size %s." % ("enlarged" if "Cardiomegaly" in imp else "normal")])
        return "%s %s No pneumothorax. Osseous structures without acute abnormality." % (imp, extra)
    if "TTE" in s or "ECHO" in s:
        return imp + " RV normal in size with mildly reduced function. No pericardial effusion. IVC %s." % r.choice(["dilated without respiratory variation", "normal"])
    if "CT HEAD" in s:
        return imp + " No mass effect or midline shift. Ventricles normal in size. Calvarium intact."
    if "MRI" in s:
        return "Diffusion-weighted imaging: " + imp + " FLAIR: scattered periventricular white matter hyperintensities. No abnormal enhancement evaluated (non-contrast). Flow voids preserved."
    if "US" in s:
        return imp + " Remainder of the visualized structures unremarkable."
    return imp + " Lung bases clear. Visualized osseous structures without acute abnormality."


def g_imaging_report(r, d):
    if r.random() < 0.5:
        study, ind, find, imp = r.choice(IMG_EXTRA)
        sc = None
        if "OB" in study or "MAMMO" in study:
            d.set_sex("F")
            d.set_age(20, 40) if "OB" in study else d.set_age(45, 74)
    else:
        sc = choose(r, [k for k in SCEN_KEYS if S[k]["img"]])
        d.fit(sc)
        study, imp = r.choice(sc["img"])
        ind = r.choice(sc["cc"]) + (", " + sc["dx"].lower() if r.random() < 0.4 else "")
        find = img_expand(r, study, imp)
        imp = imp.split(". ")[0].rstrip(".") + "."
    rad = d.doc()
    acc = "%s%d" % (r.choice(["RAD", "CT", "", "A"]), r.randint(10000000, 99999999))
    comp = r.choice(["None.", "None available.", "%s." % d.d(-r.randint(100, 900), 0), "Prior study from %s." % d.d(-r.randint(30, 700), 1)])
    tech = r.choice(["Standard protocol.", "Axial images obtained with coronal and sagittal reformats." if "CT" in study else "Routine views obtained.",
                     "100 mL Omnipaque 350 IV." if "W IV" in study else "Non-contrast technique.", ""])
    resident = "Resident: %s, MD" % d.doc() if r.random() < 0.4 else ""
    st = r.randint(0, 6)
    if st == 0:
        t = join(d.fac["name"] + "\nDEPARTMENT OF RADIOLOGY", pt_block(r, d, 3),
                 "EXAM: %s\nDATE: %s %s\nACCESSION: %s\nORDERING: %s" % (study, d.d(0, 0), d.tm(), acc, r.choice([d.att, d.pcp, "ED Physician"])),
                 "CLINICAL HISTORY: " + ind, "TECHNIQUE: " + (tech or "Standard."), "COMPARISON: " + comp,
                 "FINDINGS:\n" + find, "IMPRESSION:\n" + imp, resident,
                 "Dictated by: %s, MD\nSigned: %s %s" % (rad, d.d(0, 0), d.tm()))
    elif st == 1:
        t = join("%s  %s" % (study, d.d(0, 5)), "%s  MRN: %s  ACC#: %s" % (d.name(0), d.mrn, acc),
                 "HISTORY: " + ind, "FINDINGS: " + find, "IMPRESSION: " + imp,
                 "%s, MD - Electronically signed %s" % (rad, d.d(0, 0)))
    elif st == 2:
        t = join("RADIOLOGY REPORT", "Patient: %s   DOB: %s   Sex: %s\nExam Date: %s   Exam: %s   Accession: %s" % (d.name(3), d.dobs(), d.sex, d.d(0, 3), study, acc),
                 "Indication: " + ind, "Comparison: " + comp, "Technique: " + (tech or "As per protocol."),
                 "Findings:\n" + "\n".join("- " + s.strip() + ("" if s.strip().endswith(".") else ".") for s in find.split(". ") if s.strip()),
                 "Impression:\n1. " + imp, "ATTENDING ATTESTATION: I have personally reviewed the images and agree with the findings above." if resident else "", resident,
                 "Attending Radiologist: %s, MD" % rad)
    elif st == 3:
        t = join("PRELIMINARY REPORT - %s" % r.choice(["NIGHTHAWK TELERADIOLOGY", "RESIDENT WET READ", "ED PRELIM"]), "%s / %s" % (d.name(2), d.mrn),
                 study, "Clinical: " + ind, "Prelim: " + imp, "Final report to follow. Findings discussed with %s at %s." % (r.choice(["ED physician", "Dr. " + d.att.split()[-1], "ordering provider"]), d.tm()),
                 "Read by %s" % rad)
    elif st == 4:
        t = join(fac_header(r, d, style=3), "IMAGING SERVICES", pt_block(r, d, 4),
                 "Procedure: %s   Status: FINAL" % study, "Reason for exam: %s" % ind, "Ordered by %s; Performed %s; Technologist %s" % (d.pcp, d.d(0, 0), "".join(x[0] for x in d.person().split())),
                 "REPORT:", find, "IMPRESSION: " + imp,
                 "Critical result communicated to %s by %s at %s on %s." % (r.choice(["Dr. " + d.att.split()[-1], "RN " + d.person()]), rad, d.tm(), d.d(0, 1)) if r.random() < 0.25 else "",
                 "Electronically signed by %s, MD on %s" % (rad, d.d(0, 0)))
    elif st == 5:
        t = join("EXAMINATION: " + study, "DATE: " + d.d(0, 2), "PATIENT: %s  AGE: %d" % (d.name(0), d.age),
                 "%s. %s %s" % (("HISTORY: " + ind).upper(), ("FINDINGS: " + find), ("IMPRESSION: " + imp)),
                 "%s/%s D: %s T: %s" % ("".join(x[0] for x in rad.split()), r.choice(["lm", "vr", "SR"]), d.d(0, 1), d.d(r.randint(0, 1), 1)))
    else:
        t = join(d.clinic if r.random() < 0.5 else d.fac["name"], "Outpatient Imaging Result", pt_block(r, d, 0),
                 "%s - %s" % (study, d.d(0, 4)), "Result:\n" + imp, "Full report:\n" + find, "Comparison: " + comp,
                 "Result reviewed by %s. %s" % (d.pcp, r.choice(["Pt notified by phone w/ interpreter.", "Letter sent.", "Will discuss at next visit.", ""])))
    return finish(r, d, t)


PATH = [
    {"spec": "Skin, left upper back, shave biopsy", "gross": "Received in formalin is a tan-brown shave of skin measuring 0.6 x 0.5 x 0.1 cm with a 0.4 cm pigmented lesion. Inked, trisected and entirely submitted in one cassette.", "micro": "Sections show a compound melanocytic proliferation with nests at the dermoepidermal junction and maturation with descent. No significant cytologic atypia, no mitoses.", "dx": "COMPOUND MELANOCYTIC NEVUS. LESION EXTENDS TO THE DEEP MARGIN."},
    {"spec": "Colon, sigmoid, polyp, cold snare polypectomy", "gross": "Received in formalin is a single tan polypoid fragment measuring 0.7 x 0.5 x 0.3 cm. Entirely submitted.", "micro": "Colonic mucosa with adenomatous epithelium showing elongated, hyperchromatic, pseudostratified nuclei. No high-grade dysplasia.", "dx": "TUBULAR ADENOMA. NEGATIVE FOR HIGH-GRADE DYSPLASIA."},
    {"spec": "Stomach, antrum, biopsies", "gross": "Received in formalin are three tan soft tissue fragments, 0.2 to 0.4 cm, entirely submitted.", "micro": "Antral mucosa with chronic active inflammation with lymphoid aggregates. Curved rod-shaped organisms identified on H&E and confirmed by immunostain.", "dx": "CHRONIC ACTIVE GASTRITIS WITH HELICOBACTER PYLORI ORGANISMS. NEGATIVE FOR INTESTINAL METAPLASIA AND DYSPLASIA."},
    {"spec": "Cervix, colposcopic biopsy at 6 o'clock; endocervical curettage", "gross": "A. Single tan tissue fragment 0.3 cm. B. Scant mucoid tan fragments aggregating to 0.5 cm.", "micro": "A. Squamous mucosa with full-thickness loss of maturation, increased mitoses and koilocytic change. p16 block-positive. B. Endocervical mucosa without dysplasia.", "dx": "A. CERVIX, 6 O'CLOCK, BIOPSY: HIGH-GRADE SQUAMOUS INTRAEPITHELIAL LESION (CIN 2-3). B. ENDOCERVICAL CURETTAGE: NEGATIVE FOR DYSPLASIA."},
    {"spec": "Prostate, needle core biopsies (12 cores)", "gross": "Received in 12 labeled containers (A-L), each with 1-2 tan cores 0.8 to 1.6 cm, entirely submitted.", "micro": "See synoptic below.", "dx": "PROSTATIC ADENOCARCINOMA, GLEASON SCORE 3+4=7 (GRADE GROUP 2), PRESENT IN 3 OF 12 CORES (LEFT MID, LEFT BASE, LEFT APEX), INVOLVING UP TO 40% OF CORE. PERINEURAL INVASION: NOT IDENTIFIED."},
    {"spec": "Breast, left, 2:00, ultrasound-guided core needle biopsy", "gross": "Received in formalin (cold ischemia <1 hr, time in formalin 22 hrs) are 4 white-tan cores 1.0-1.5 cm. Entirely submitted.", "micro": "Infiltrating cords and nests of tumor cells with moderate nuclear pleomorphism and tubule formation in <10%.", "dx": "INVASIVE DUCTAL CARCINOMA (NO SPECIAL TYPE), NOTTINGHAM GRADE 2. ER POSITIVE (95%, strong), PR POSITIVE (60%), HER2 1+ (NEGATIVE)."},
    {"spec": "Lymph node, right cervical, excisional biopsy", "gross": "Received fresh, a 2.3 x 1.8 x 1.2 cm ovoid tan-pink lymph node. Sections show a tan cut surface with areas of caseous-appearing yellow material. Portion sent for microbiology.", "micro": "Multiple necrotizing granulomas with Langhans-type giant cells. AFB stain: rare acid-fast bacilli identified. GMS negative for fungi.", "dx": "NECROTIZING GRANULOMATOUS LYMPHADENITIS WITH ACID-FAST BACILLI, CONSISTENT WITH MYCOBACTERIAL INFECTION. SEE COMMENT."},
    {"spec": "Products of conception, uterine aspiration", "gross": "Received in formalin is 12 g of red-tan blood clot and spongy tissue.", "micro": "Chorionic villi and decidua identified. No trophoblastic atypia.", "dx": "PRODUCTS OF CONCEPTION, CHORIONIC VILLI IDENTIFIED. NO EVIDENCE OF MOLAR PREGNANCY."},
    {"spec": "Left lower extremity, below knee amputation", "gross": "Received fresh is a left lower extremity amputated 13 cm below the tibial tubercle. There is black discoloration of the first through third toes with purulent ulceration of the plantar first MTP joint. Bone margin tan-red and firm.", "micro": "Sections of the first metatarsal show acute osteomyelitis with necrotic bone. Proximal bone margin free of osteomyelitis. Arteries with severe calcific atherosclerosis.", "dx": "GANGRENE OF FOREFOOT WITH ACUTE OSTEOMYELITIS OF FIRST METATARSAL. PROXIMAL SOFT TISSUE AND BONE MARGINS VIABLE, NEGATIVE FOR OSTEOMYELITIS. SEVERE PERIPHERAL ATHEROSCLEROSIS."},
    {"spec": "Cervical cytology, ThinPrep Pap test", "gross": "", "micro": "Specimen adequacy: Satisfactory for evaluation; endocervical/transformation zone component present.", "dx": "INTERPRETATION: LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL). High-risk HPV: DETECTED (other high-risk types; HPV 16/18 not detected)."},
]


def g_pathology_report(r, d):
    if r.random() < 0.3:
        sc = S[r.choice([k for k in SURG_KEYS if S[k].get("path")])]
        d.fit(sc)
        p = dict(sc["path"])
        p["micro"] = r.choice(["Sections confirm the diagnosis.", "Microscopic examination performed.", "Transmural neutrophilic infiltrate with mucosal ulceration and serositis." if sc["key"] == "appy" else "Wall with edema, hemorrhage, neutrophils and Rokitansky-Aschoff sinuses."])
    else:
        p = r.choice(PATH)
        if any(w in p["spec"] for w in ("Cervi", "Breast", "conception")):
            d.set_sex("F")
        elif "Prostate" in p["spec"]:
            d.set_sex("M")
            d.set_age(55, 78)
    acc = "%s%s-%05d" % (r.choice(["S", "SP", "SG"]), d.date.strftime("%y"), r.randint(1, 40000))
    pathd = d.doc()
    hist = r.choice(["Not provided.", "r/o malignancy", "see requisition", "h/o abnormal screening", "as above", "clinical: %s" % p["spec"].split(",")[0].lower()])
    st = r.randint(0, 5)
    signout = r.choice(["I have personally reviewed the slides and rendered the final diagnosis. %s, MD, Pathologist  %s" % (pathd, d.d(r.randint(1, 5), 0)),
                        "Electronically signed out by %s, M.D. on %s" % (pathd, d.d(r.randint(1, 5), 0)),
                        "%s, MD\nAnatomic & Clinical Pathology\n(Case reviewed at intradepartmental consensus conference)" % pathd])
    comment = ""
    if "ACID-FAST" in p["dx"]:
        comment = "COMMENT: Results called to Dr. %s on %s. Culture sent to microbiology. County TB Control notified." % (d.att.split()[-1], d.d(2, 0))
    elif "CARCINOMA" in p["dx"]:
        comment = "COMMENT: Immunohistochemistry controls performed appropriately. Case presented at tumor board. Results communicated to the ordering provider."
    elif "CIN" in p["dx"] or "LSIL" in p["dx"]:
        comment = "COMMENT: Recommend management per ASCCP guidelines."
    if st == 0:
        t = join(d.fac["name"] + "\nDEPARTMENT OF PATHOLOGY\nSURGICAL PATHOLOGY REPORT", pt_block(r, d, 3),
                 "Accession #: %s\nCollected: %s   Received: %s\nSubmitting physician: %s\nLocation: %s" % (acc, d.d(0, 0), d.d(0, 0), d.att, r.choice(["OR", "GI Lab", d.clinic, "Dermatology Clinic"])),
                 "SPECIMEN: " + p["spec"], "CLINICAL HISTORY: " + hist,
                 "FINAL DIAGNOSIS:\n" + p["spec"].upper() + ":\n- " + p["dx"], comment,
                 "GROSS DESCRIPTION:\n" + p["gross"] if p["gross"] else "", "MICROSCOPIC DESCRIPTION:\n" + p["micro"], signout)
    elif st == 1:
        t = join("SURGICAL PATHOLOGY", "%s  %s  %s" % (acc, d.name(0), d.mrn),
                 "DIAGNOSIS: " + p["dx"], "SPECIMEN(S): " + p["spec"],
                 "GROSS: " + (p["gross"] or "N/A") + " (%s/%s)" % ("".join(x[0] for x in d.doc().split()), r.choice(["mk", "tl", "pa"])),
                 signout)
    elif st == 2:
        t = join(r.choice(["Pathology & Laboratory Medicine", "ANATOMIC PATHOLOGY REPORT"]), pt_block(r, d, 4),
                 "Case: %s    Date of procedure: %s    Date signed: %s" % (acc, d.d(0, 4), d.d(r.randint(2, 6), 4)),
                 "Pre-op/clinical diagnosis: " + hist, "Specimen received: " + p["spec"],
                 "Gross Description\n" + (p["gross"] or "Liquid-based cytology vial received."), "Microscopic\n" + p["micro"],
                 "Final Pathologic Diagnosis\n" + p["dx"], comment, signout)
    elif st == 3:
        t = join("CYTOLOGY / GYN" if "cytology" in p["spec"].lower() else "PATHOLOGY CONSULTATION REPORT", pt_block(r, d, 1),
                 "Source: " + p["spec"], "Requesting clinician: %s, %s" % (d.pcp, d.clinic),
                 "RESULT:\n" + p["dx"], "Notes: " + p["micro"], comment,
                 "Screened by: %s, CT(ASCP)" % d.person() if "cytology" in p["spec"].lower() else "", signout)
    elif st == 4:
        t = join(fac_header(r, d, style=4), "PATH REPORT - ADDENDUM" if r.random() < 0.3 else "PATH REPORT",
                 "Pt: %s | DOB %s | %s" % (d.name(3), d.dobs(), acc),
                 "Final Dx:\n  " + p["dx"].capitalize(), "Specimen: " + p["spec"], "Gross: " + (p["gross"] or "-"),
                 "ADDENDUM: Additional levels/special stains performed; diagnosis unchanged." if r.random() < 0.4 else "", signout)
    else:
        t = join("%s\nSURGICAL PATHOLOGY REPORT" % d.fac["short"],
                 "NAME: %-30s MRN: %s\nDOB: %-31s SEX: %s\nPHYSICIAN: %-25s ACC: %s" % (d.name(0), d.mrn, d.dobs(), d.sex, d.att, acc),
                 "*" * 40, "DIAGNOSIS", p["spec"] + ":", "   " + p["dx"], "*" * 40,
                 "CLINICAL INFORMATION: " + hist, "GROSS: " + (p["gross"] or "N/A"), "MICRO: " + p["micro"], comment, signout)
    return finish(r, d, t)


def g_medication_list(r, d):
    sc = choose(r, SCEN_KEYS)
    d.fit(sc)
    st = r.randint(0, 6)
    home = [m for m in sc["home"] if not m[0].startswith("none")]
    dcm = sc["dcm"]
    if st == 0:
        rows = []
        hn = [m[0] for m in home]
        for m in dcm:
            act = "Continue" if m[0] in hn else "NEW"
            rows.append("%-40s %-22s %-8s %s" % (m[0][:40], (m[1] + " " + m[2]).strip()[:22], act, m[3]))
        for m in home:
            if m[0] not in [x[0] for x in dcm]:
                rows.append("%-40s %-22s %-8s %s" % (m[0], m[1], "STOP", "-"))
        t = join(d.fac["short"] + " " + r.choice(["DISCHARGE MEDICATION RECONCILIATION", "Medication Reconciliation - Discharge", "MED REC"]), pt_block(r, d, 4),
                 "Allergies: " + allergies(r),
                 "%-40s %-22s %-8s %s\n%s" % ("Medication", "Dose/Route", "Action", "Frequency", "-" * 80) + "\n" + "\n".join(rows),
                 "Reconciled by: %s (%s)   Reviewed with patient%s: [x]" % (r.choice([d.res, d.person() + ", PharmD", d.person() + ", RN"]), d.d(d.los, 0), " via %s interpreter" % d.lang if d.interp else ""))
    elif st == 1:
        t = join(r.choice(["ADMISSION MEDICATION HISTORY", "Home Medication List (Best Possible Medication History)", "Prior to Admission Medications"]), pt_block(r, d, 0),
                 "Source(s): " + ", ".join(pick(r, ["patient", "family", "pill bottles", "outside pharmacy fill history", "clinic EMR", "SNF MAR"], 2)),
                 "\n".join("%d. %s   Last dose: %s   Taking as prescribed? %s" % (i + 1, med_str(m, r, 0), r.choice(["this AM", "yesterday", "unknown", "1 week ago"]), r.choice(["Y", "N - cost", "Y", "sometimes"])) for i, m in enumerate(home)) or "Patient reports taking NO medications prior to admission.",
                 "OTC/herbals: " + r.choice(["none", "ibuprofen PRN", "te de canela, vitamin C", "\"herbal tea from home country\"", "Tylenol PM"]),
                 "Pharmacy: " + r.choice(PHARMACIES), "Obtained by: %s, %s" % (d.person(), r.choice(["Pharmacy Technician", "PharmD", "RN", "MD"])))
    elif st == 2:
        t = join(d.clinic, "CURRENT MEDICATION LIST - printed for patient", "%s   DOB %s" % (d.name(1), d.dobs()),
                 "\n\n".join("%s\n   Take: %s %s %s\n   For: %s" % (m[0].upper(), m[1], m[2], m[3], r.choice(["diabetes", "blood pressure", "heart", "infection", "pain", "stomach", "cholesterol", "mood", "your condition"])) for m in dcm),
                 "Bring this list to every visit. " + ("Lista disponible en espanol." if d.lang == "Spanish" else ""),
                 "Printed %s" % d.d(r.randint(0, 10), 0))
    elif st == 3:
        # MAR style
        days = [d.date + dt.timedelta(days=i) for i in range(3)]
        rows = []
        for m in (sc["inpt"] or dcm):
            rows.append("%s %s %s %s" % (m[0].upper(), m[1], m[2], m[3]))
            rows.append("    " + "   ".join("%s: %s" % (x.strftime("%m/%d"), r.choice(["0900 JD", "0800 MT / 2000 LR", "given", "HELD-NPO", "0600 KS", "refused"])) for x in days))
        t = join("MEDICATION ADMINISTRATION RECORD", "%s  MRN %s  Rm %s" % (d.name(0), d.mrn, d.room), "Allergies: " + allergies(r), "\n".join(rows),
                 "Initials key: JD=%s RN; MT=%s RN; LR=%s LVN" % (d.person(), d.person(), d.person()))
    elif st == 4:
        t = join("Medications", pt_block(r, d, 2), "Active:\n" + med_list(r, dcm, "- ", 2),
                 "Discontinued this visit:\n" + (med_list(r, home[:1], "- ", 0) if home else "none"),
                 "Patient instructed on changes. Questions answered.", "%s" % r.choice([d.pcp, d.res]))
    elif st == 5:
        t = join("PHARMACY MEDICATION REVIEW / RECONCILIATION NOTE", pt_block(r, d, 3),
                 "Reason: %s" % r.choice(["admission med rec", "transition of care", "polypharmacy review", "discharge counseling"]),
                 "Home regimen verified with %s:\n%s" % (r.choice(PHARMACIES), med_list(r, home, "* ", 0) if home else "No active outpatient prescriptions on file."),
                 "Discrepancies identified:\n" + numbered(r, [r.choice(["Patient not taking %s - cost barrier; enrolled in PAP." % (home[0][0] if home else "insulin"), "Duplicate therapy none.", "Dose discrepancy clarified with prescriber."]), r.choice(["Renal dose adjustment recommended.", "No drug interactions of clinical significance.", "QTc monitoring advised."])], 0),
                 "Counseling provided%s. Teach-back completed." % (" with %s interpreter" % d.lang if d.interp else ""),
                 "%s, PharmD, BCPS   ext %d" % (d.person(), r.randint(4000, 4999)))
    else:
        t = join(r.choice(["MED LIST", "Lista de Medicamentos / Medication List" if d.lang == "Spanish" else "Medication List"]), d.name(1) + "   " + d.d(0, 1),
                 "\n".join("[%s] %s" % (r.choice(["x", " ", "x"]), med_str(m, r, 0)) for m in (home + dcm)),
                 "Allergies: " + allergies(r), "Pharmacy: " + r.choice(PHARMACIES), "Pt signature: ______________")
    return finish(r, d, t)


RX_SIMPLE = [("lisinopril", "20 mg tablet", "Take 1 tablet by mouth daily", 90, 3), ("metformin", "500 mg tablet", "Take 2 tablets by mouth twice daily with meals", 360, 3),
             ("amoxicillin", "500 mg capsule", "Take 1 capsule by mouth three times daily for 10 days", 30, 0), ("albuterol HFA", "90 mcg/actuation inhaler", "Inhale 2 puffs every 4-6 hours as needed for wheeze", 1, 2),
             ("cephalexin", "500 mg capsule", "Take 1 capsule by mouth four times daily x 7 days", 28, 0), ("atorvastatin", "40 mg tablet", "Take 1 tablet by mouth nightly", 90, 3),
             ("ibuprofen", "600 mg tablet", "Take 1 tablet by mouth every 6 hours as needed for pain with food", 30, 0), ("oxycodone", "5 mg tablet", "Take 1 tablet by mouth every 6 hours as needed for severe pain. Max 4/day", 12, 0),
             ("nitrofurantoin monohydrate/macrocrystals", "100 mg capsule", "Take 1 capsule by mouth twice daily x 5 days", 10, 0), ("buprenorphine-naloxone", "8 mg-2 mg SL film", "Dissolve 1 film under the tongue twice daily", 14, 0),
             ("isoniazid", "300 mg tablet", "Take 1 tablet by mouth daily", 30, 5), ("pyridoxine", "50 mg tablet", "Take 1 tablet by mouth daily with isoniazid", 30, 5),
             ("insulin glargine", "100 units/mL pen", "Inject 20 units under the skin at bedtime", 5, 5), ("naloxone", "4 mg nasal spray", "Spray in one nostril for suspected overdose; may repeat", 2, 1),
             ("prenatal vitamin", "tablet", "Take 1 tablet by mouth daily", 30, 11), ("ondansetron ODT", "4 mg", "Dissolve 1 tab on tongue every 8 hours as needed for nausea", 12, 0)]


def g_prescription(r, d):
    st = r.randint(0, 6)
    n = r.randint(1, 4) if st in (0, 3, 5) else 1
    byname = {x[0]: x for x in RX_SIMPLE}
    bundle = r.choice([["lisinopril", "metformin", "atorvastatin"], ["amoxicillin", "ibuprofen"], ["cephalexin", "ibuprofen"], ["oxycodone", "ibuprofen", "ondansetron ODT"],
                       ["buprenorphine-naloxone", "naloxone"], ["isoniazid", "pyridoxine"], ["insulin glargine", "metformin", "atorvastatin", "lisinopril"], ["prenatal vitamin"],
                       ["nitrofurantoin monohydrate/macrocrystals", "ondansetron ODT"], ["albuterol HFA"], ["metformin", "lisinopril"], ["atorvastatin"]])
    rxs = [byname[x] for x in bundle[:n]]
    if rxs[0][0] == "prenatal vitamin":
        d.set_sex("F")
        d.set_age(18, 40)
    pres = r.choice([d.att, d.pcp, d.res])
    dea = "%s%s%07d" % (r.choice("ABFM"), pres.split()[-1][0], r.randint(0, 9999999))
    npi = "1%09d" % r.randint(0, 999999999)
    cs = any(x[0] in ("oxycodone", "buprenorphine-naloxone") for x in rxs)
    if st == 0:
        body = "\n\n".join("Rx: %s %s\nSig: %s\nDisp: #%d (%s)\nRefills: %d" % (x[0], x[1], x[2], x[3], r.choice(["", "thirty", "ninety", "quantity as written"]) or "QS", x[4]) for x in rxs)
        t = join(fac_header(r, d, clinic=True, style=0), "PRESCRIPTION", "Patient: %s   DOB: %s\nAddress: %s, %s" % (d.name(1), d.dobs(), d.addr, CITY), "Date: " + d.d(0, 0),
                 body, "[ ] Dispense as written   [x] Substitution permitted",
                 "Prescriber: %s, %s   NPI %s%s" % (pres, cred(r), npi, ("   DEA " + dea) if cs else ""), "Signature: _______________________")
    elif st == 1:
        x = rxs[0]
        t = join("%s\n%s\n%s %s" % (d.clinic.upper(), d.fac["addr"], d.fac["phone"], "FAX " + d.fac["fax"]),
                 "NAME %s            DATE %s" % (d.name(1), d.d(0, 1)), "ADDRESS %s" % d.addr,
                 "Rx\n   %s %s\n   %s\n   #%d" % (x[0], x[1], x[2], x[3]),
                 "REFILL  0 1 2 3 4 5 PRN   (circled: %d)" % x[4], "_________________________ M.D.\n%s" % pres,
                 "THIS PRESCRIPTION IS VOID IF THE WORD 'VOID' APPEARS - SECURITY PAPER" if r.random() < 0.5 else "Tamper-resistant pad. Qty check box: [ ]1-24 [ ]25-49 [ ]50-74 [ ]75-100")
    elif st == 2:
        x = rxs[0]
        t = join("ELECTRONIC PRESCRIPTION - TRANSMITTED", "To: %s" % r.choice(PHARMACIES), "Patient: %s | DOB %s | Ph %s" % (d.name(3), d.dobs(), d.phone),
                 "Medication: %s %s\nSIG: %s\nQuantity: %d   Days supply: %d   Refills: %d\nSubstitutions: Allowed\nNote to pharmacist: %s" % (x[0], x[1], x[2], x[3], r.choice([30, 90, 7, 10, 5]), x[4], r.choice(["Pt uninsured - please bill county program", "Spanish labels please" if d.lang == "Spanish" else "none", "none", "Patient has discount card"])),
                 "Prescriber: %s %s, NPI %s\n%s  Ph %s" % (pres, cred(r), npi, d.clinic, d.fac["phone"]), "Sent %s %s  Status: Success" % (d.d(0, 0), d.tm()))
    elif st == 3:
        t = join("Discharge Prescriptions", pt_block(r, d, 0), "\n".join("%d) %s %s -- %s -- #%d, RF %d" % (i + 1, x[0], x[1], x[2].lower(), x[3], x[4]) for i, x in enumerate(rxs)),
                 "Filled at: " + r.choice(["CCGH Outpatient Pharmacy (meds-to-beds)", "patient's pharmacy of choice"]), "Prescriber signature: %s" % pres)
    elif st == 4:
        x = rxs[0]
        t = join("Calder County Health Services - Pharmacy Refill Request", "Patient: %s   MRN %s" % (d.name(0), d.mrn),
                 "Medication requested: %s %s" % (x[0], x[1]), "Last fill: %s   Last visit: %s" % (d.d(-r.randint(25, 95), 0), d.d(-r.randint(30, 200), 0)),
                 "[x] Approved x %d refills  [ ] Denied - needs appointment  [ ] Needs labs" % r.randint(1, 3),
                 "Sig: " + x[2], "Provider: %s   Date: %s" % (pres, d.d(0, 0)))
    elif st == 5:
        t = join(r.choice(["Rx", "R", "Prescription / Receta"]), "%s  %s" % (d.name(1), d.d(0, 5)),
                 "\n".join("%s %s\n%s\nqty %d rf %d" % (x[0].title(), x[1], x[2], x[3], x[4]) for x in rxs),
                 pres + " " + cred(r), "Lic# %s%d" % (r.choice(["A", "G", "C"]), r.randint(10000, 99999)))
    else:
        x = r.choice([y for y in RX_SIMPLE if y[0] in ("oxycodone", "buprenorphine-naloxone")])
        t = join("CONTROLLED SUBSTANCE PRESCRIPTION", "Prescriber: %s, %s  DEA: %s  NPI: %s\n%s %s" % (pres, cred(r), dea, npi, d.fac["name"], d.fac["addr"]),
                 "Patient: %s   DOB %s\n%s %s" % (d.name(1), d.dobs(), d.addr, CITY), "Date issued: " + d.d(0, 0),
                 "Drug: %s %s\nQuantity: %d (%s)\nDirections: %s\nRefills: NONE" % (x[0], x[1], x[3], r.choice(["twelve", "fourteen", "ten", "twenty"]), x[2]),
                 "PDMP (CURES) checked on %s: no concerning fills." % d.d(0, 1), "Signature ____________________", "Batch #%06d  Serial %s" % (r.randint(0, 999999), "".join(r.choice("0123456789ABCDEF") for _ in range(9))))
    return finish(r, d, t, paginate=False)


def g_anesthesia_record(r, d):
    if r.random() < 0.75:
        sc = S[r.choice(SURG_KEYS)]
        d.fit(sc)
        op = sc["op"]
    else:
        op = r.choice(OP_EXTRA)
        if "Cesarean" in op["name"]:
            d.set_sex("F")
            d.set_age(19, 41)
    gen = "General" in op["anes"]
    asa = r.choice(["1", "2", "2", "3", "3E", "2E"])
    anes = d.doc()
    crna = d.person() + ", CRNA"
    st = r.randint(0, 5)
    start = r.randint(7, 16)
    times = ["%02d%02d" % (start + i // 4, (i % 4) * 15) for i in range(r.randint(6, 14))]
    vrows = []
    hr0 = r.randint(70, 100)
    for tmm in times:
        vrows.append("%s  BP %d/%d  HR %d  SpO2 %d  EtCO2 %s  %s" % (tmm, r.randint(95, 140), r.randint(50, 85), hr0 + r.randint(-10, 10), r.randint(96, 100), r.randint(30, 40) if gen else "--", r.choice(["", "", "T 36.%d" % r.randint(1, 9)])))
    drugs = ["Midazolam 2 mg IV", "Fentanyl %d mcg IV" % r.choice([50, 100, 150, 250]), "Cefazolin 2 g IV", "Ondansetron 4 mg IV", "Dexamethasone 4 mg IV"]
    if gen:
        drugs += ["Propofol %d mg IV" % r.randint(120, 200), r.choice(["Rocuronium 50 mg IV", "Succinylcholine 100 mg IV"]), "Sevoflurane 1.8-2.2%", "Sugammadex 200 mg IV"]
    else:
        drugs += ["Bupivacaine 0.75% hyperbaric 1.6 mL intrathecal", "Propofol infusion 25-50 mcg/kg/min"]
    airway = ("ETT %s cuffed, %s laryngoscopy, Grade %s view, %s, secured at %d cm, BBS equal, +EtCO2" % (r.choice(["7.0", "7.5", "8.0"]), r.choice(["Mac 3 direct", "Glidescope video", "Miller 2 direct"]), r.choice(["I", "IIa", "I"]), r.choice(["1st attempt", "atraumatic", "easy mask"]), r.randint(21, 24))) if gen else "Natural airway, NC O2 3 L. Spinal: 25g Pencan at L3-4, sitting, clear CSF, 1 pass."
    ivs = "PIV %s 18g, PIV %s 20g" % (r.choice(["L hand", "R AC", "L FA"]), r.choice(["R hand", "L AC"]))
    fl = "LR %d mL; EBL %s; UOP %s" % (r.randint(5, 25) * 100, op["ebl"], r.choice(["n/a", "%d mL" % r.randint(50, 500)]))
    if st == 0:
        t = join(d.fac["short"] + " ANESTHESIA RECORD", pt_block(r, d, 2), "Date %s  OR %d  Procedure: %s" % (d.d(0, 0), r.randint(1, 14), op["name"]),
                 "Anesthesiologist: %s, MD   CRNA: %s   Surgeon: %s" % (anes, crna, d.att),
                 "ASA %s   Wt %d kg   Ht %d cm   NPO since %s   Allergies: %s" % (asa, r.randint(50, 115), r.randint(150, 188), r.choice(["midnight", "2200", "0400 (clears)", "unknown - trauma"]), allergies(r)),
                 "Technique: " + op["anes"], "Airway: " + airway, "Lines: " + ivs + r.choice(["", ", A-line R radial 20g"]),
                 "Monitors: [x] ECG [x] NIBP [x] SpO2 [%s] EtCO2 [x] Temp" % ("x" if gen else " "),
                 "MEDICATIONS:\n" + "\n".join("  " + x for x in drugs), "VITALS (q15):\n" + "\n".join(vrows),
                 "Fluids/Output: " + fl, "Anesthesia start %s  Induction %s  Incision %s  End %s" % (times[0], times[1], times[2], times[-1]),
                 "Emergence: %s. To PACU with %s, stable. Report given to PACU RN." % (r.choice(["smooth", "uneventful", "mild emergence delirium, resolved"]), r.choice(["O2 6L FM", "NC 2L", "RA"])),
                 "Signature: %s, MD" % anes)
    elif st == 1:
        t = join("PRE-ANESTHESIA EVALUATION", pt_block(r, d, 0), "Planned procedure: " + op["name"] + "   Surgeon: " + d.att,
                 "Hx: %d y/o %s, %s. Prior anesthesia: %s. FHx anesthesia problems: denies." % (d.age, d.sex, op["pre"], r.choice(["none", "GA for c-section, uneventful", "PONV", "unknown"])),
                 "Airway: MP %s, TMD >3 FB, MO >3 cm, neck ROM full, %s" % (r.choice(["1", "2", "3"]), r.choice(["dentition intact", "loose upper incisor - pt aware", "edentulous"])),
                 "Cardiac: %s  Pulm: %s  METs: %s" % (r.choice(["RRR", "RRR, no murmur"]), r.choice(["CTA", "clear"]), r.choice([">4", "<4", "unable to assess"])),
                 "Labs: Hgb %s, K %s, Cr %s, INR %s" % (labval(r, None, "Hemoglobin")[0], labval(r, None, "K")[0], labval(r, None, "Creatinine")[0], labval(r, None, "INR")[0]),
                 "ASA: %s    Plan: %s    Post-op: %s" % (asa, op["anes"], r.choice(["PACU then floor", "PACU", "PACU -> ICU"])),
                 "Risks of anesthesia discussed%s incl. sore throat, dental injury, N/V, awareness, aspiration, and rare death. Questions answered, pt agrees." % (" via %s interpreter" % d.lang if d.interp else ""),
                 esig(r, d, anes, "Anesthesiology"))
    elif st == 2:
        t = join("INTRAOPERATIVE ANESTHESIA RECORD (page %d of 2)" % r.randint(1, 2), "%s  %s  %s" % (d.name(0), d.mrn, d.d(0, 5)),
                 "TIME   " + "  ".join(times[:8]), "AGENTS: " + "; ".join(drugs[:5]),
                 "\n".join(vrows[:8]), "EVENTS:\n" + "\n".join(["%s  %s" % (times[i], e) for i, e in enumerate(["In room", "Induction", "Intubation" if gen else "Spinal placed", "Incision", "Closure", "Out of room"][:len(times)])]),
                 "IN: LR %d  OUT: EBL %s" % (r.randint(5, 25) * 100, op["ebl"]))
    elif st == 3:
        t = join("POST-ANESTHESIA NOTE", pt_block(r, d, 4), "Procedure: %s   Anesthesia: %s" % (op["name"], op["anes"]),
                 "Pt seen in PACU at %s. Awake and alert, airway patent, VSS: %s. Pain %d/10, controlled. N/V: %s. %s" % (d.tm(), vitals_line(r, vitals(r, None), 2), r.randint(0, 6), r.choice(["none", "mild, treated"]), "Sensory level T10 regressing" if not gen else "No apparent anesthesia complications."),
                 "Aldrete score %d. May discharge from PACU per criteria." % r.randint(8, 10), esig(r, d, anes, "Anesthesiology"))
    elif st == 4:
        t = join("PACU RECORD / ANESTHESIA SUMMARY", "%s / Acct %s" % (d.name(2), d.fin), "Surgery: " + op["name"],
                 "Anesthesia: %s, ASA %s\n%s\nMeds: %s\nFluids: %s" % (op["anes"], asa, airway, ", ".join(drugs), fl),
                 "PACU arrival %s  Aldrete %d  -> %d at %s" % (d.tm(), r.randint(6, 8), r.randint(9, 10), d.tm()),
                 "PACU meds: hydromorphone 0.2 mg IV x%d, ondansetron 4 mg x%d" % (r.randint(0, 3), r.randint(0, 1)),
                 "Discharged from PACU to %s by %s, RN" % (r.choice(["floor", d.room, "home with escort", "ICU"]), d.person()))
    else:
        t = join(d.fac["name"] + " - Department of Anesthesiology\nAnesthesia Record", "Patient: %s  DOB %s  Age %d  Sex %s" % (d.name(3), d.dobs(), d.age, d.sex),
                 "Procedure: %s\nDx: %s\nASA: %s   Emergency: %s" % (op["name"], op["pre"], asa, "Y" if "E" in asa else "N"),
                 "Induction: %s" % ("IV, RSI with cricoid" if gen and "E" in asa else ("IV, standard" if gen else "Spinal")), "Airway: " + airway, "IV access: " + ivs,
                 "Drugs administered:\n" + "\n".join("%s ... %s" % (times[min(i, len(times) - 1)], x) for i, x in enumerate(drugs)),
                 "Totals: " + fl, "Complications: none", "Handoff to PACU RN %s at %s (I-PASS)." % (d.person(), times[-1]), "%s / %s" % (anes, crna))
    return finish(r, d, t)


def letterhead(r, d, clinic=True):
    return fac_header(r, d, clinic=clinic, style=r.choice([0, 1, 3, 3]))


def g_correspondence(r, d):
    sc = choose(r, SCEN_KEYS)
    d.fit(sc)
    st = r.randint(0, 6)
    dr = d.doc()
    sign = "%s, %s\n%s" % (d.pcp, r.choice(["MD", "MD", "NP", "DO"]), d.clinic)
    if st == 0:
        res = r.choice(["normal", "abnormal"])
        t = join(letterhead(r, d), d.d(0, 3), "%s\n%s\n%s, %s %s" % (d.name(1), d.addr, CITY, STATE, d.zip),
                 "Dear %s %s:" % (d.mr, d.last),
                 r.choice(["We are writing to let you know the results of your recent tests.", "This letter is about the tests you had at our clinic on %s." % d.d(-r.randint(5, 20), 3)]),
                 ("Your %s test results were normal. No further action is needed at this time." % r.choice(["cholesterol", "kidney function", "mammogram", "blood count", "colon cancer screening (FIT)"])) if res == "normal" else
                 ("Your %s result was abnormal. Please call the clinic at %s to schedule a follow-up appointment as soon as possible." % (r.choice(["hemoglobin A1c (diabetes)", "Pap test", "FIT (stool) test", "TB blood test"]), d.fac["phone"])),
                 "If you need an interpreter, tell us when you call. Interpreter services are free." + (" / Si necesita un interprete, es gratis." if d.lang == "Spanish" else ""),
                 "Sincerely,\n\n" + sign)
    elif st == 1:
        t = join(letterhead(r, d, False), d.d(0, 3), "%s, MD\n%s\nRe: %s   DOB %s" % (d.pcp, d.clinic, d.name(1), d.dobs()),
                 "Dear Dr. %s," % d.pcp.split()[-1],
                 "I had the pleasure of seeing our mutual patient, %s %s, in %s clinic on %s for follow-up of %s." % (d.mr, d.last, sc["consult"][0].split(" (")[0], d.d(0, 3), sc["dx"].lower()),
                 hpi(r, sc, d), "My recommendations are as follows:\n" + numbered(r, sc["consult"][2], 0),
                 "I will see %s again in %s. Please do not hesitate to contact me with any questions." % (d.him, r.choice(["3 months", "6 weeks", "6 months"])),
                 "Sincerely,\n\n%s, MD\n%s" % (dr, sc["consult"][0]), "cc: patient chart")
    elif st == 2:
        t = join(letterhead(r, d, False), d.d(0, 3), "TO WHOM IT MAY CONCERN:",
                 "%s (DOB %s) %s" % (d.name(1), d.dobs(), r.choice([
                     "was hospitalized at %s from %s to %s. %s may return to work on %s %s." % (d.fac["name"], d.fmtd(d.admit, 0), d.fmtd(d.dc, 0), d.he.capitalize(), d.fmtd(d.dc + dt.timedelta(days=r.randint(3, 14)), 0), r.choice(["without restrictions", "with no lifting over 15 lbs for 4 weeks", "on light duty"])),
                     "is under my care for a chronic medical condition and requires housing on a ground floor unit with access to a refrigerator for medication storage.",
                     "was seen in our clinic today and is unable to attend court on %s due to a medical condition." % d.d(r.randint(2, 10), 3),
                     "has a medical condition that requires %s to be excused from work for the period %s through %s." % (d.him, d.d(0, 0), d.d(r.randint(3, 10), 0))])),
                 "Please contact our office at %s with any questions." % d.fac["phone"], "Sincerely,\n\n" + sign)
    elif st == 3:
        t = join(letterhead(r, d), d.d(0, 3), "%s\n%s\n%s %s" % (d.name(1), d.addr, CITY, d.zip), "Dear %s:" % d.name(1),
                 "Our records show that you missed your appointment on %s with %s. Your health is important to us. Please call %s to reschedule." % (d.d(-r.randint(3, 20), 3), d.pcp, d.fac["phone"]),
                 "If you do not contact us within 30 days, %s" % r.choice(["your referral may be closed.", "you may be placed back on the waiting list.", "we will assume you are receiving care elsewhere."]),
                 r.choice(["Patient Access Center", "Clinic Manager", "Care Coordination Team"]) + "\n" + d.clinic)
    elif st == 4:
        t = join("Patient Portal Message / Telephone Encounter", pt_block(r, d, 4), "Date: %s %s   Call from: %s" % (d.d(0, 0), d.tm(), r.choice(["patient", "patient's daughter", "pharmacy", "SNF nurse"])),
                 "Reason: %s" % r.choice(["medication question", "lab results", "refill request", "side effects", "appointment"]),
                 "Message: %s" % r.choice(["Pt asking if OK to take ibuprofen for headache.", "Requests results of blood tests.", "Out of %s, needs refill." % sc["dcm"][0][0], "Reports dizziness since starting new BP med."]),
                 "Response: %s" % r.choice(["Spoke with pt via %s interpreter line; advised as per provider. Verbalized understanding." % d.lang if d.interp else "Called pt back, advised per provider; pt verbalized understanding.", "Results reviewed with patient. Normal.", "Refill sent to pharmacy. Needs appt within 1 month."]),
                 "%s, RN / reviewed by %s" % (d.person(), d.pcp))
    elif st == 5:
        t = join("%s\nOffice of Patient Relations" % d.fac["name"], d.d(0, 3), "%s\n%s\n%s, %s %s" % (d.name(1), d.addr, CITY, STATE, d.zip), "Re: Your concern received %s" % d.d(-r.randint(10, 40), 3),
                 "Dear %s %s," % (d.mr, d.last),
                 "Thank you for sharing your concerns about your recent visit to our %s. We take all feedback seriously. Your concerns about %s were reviewed with the department leadership." % (r.choice(["Emergency Department", "clinic", "inpatient unit"]), r.choice(["wait times", "communication with staff", "interpreter availability", "billing"])),
                 "We apologize for your experience. If you have further questions, please call us at %s." % d.fac["phone"], "Respectfully,\n\n%s\nPatient Relations Specialist" % d.person())
    else:
        t = join(letterhead(r, d, False), d.d(0, 3), "Dr. %s\n%s\nFax: (555) %03d-%04d" % (dr, r.choice(["Lindenport Nephrology Associates", "Bayview Skilled Nursing", "St. Brendan Hospital", "Harbor Dialysis Center"]), r.randint(200, 999), r.randint(0, 9999)),
                 "RE: %s  DOB %s" % (d.name(1), d.dobs()), "Dear Dr. %s," % dr.split()[-1],
                 "I am writing to update you regarding our mutual patient, who was recently %s. %s" % (r.choice(["discharged from our hospital", "seen in our clinic", "evaluated in our ED"]), " ".join(sc["course"][:2]) or hpi(r, sc, d)),
                 "Current medications:\n" + med_list(r, sc["dcm"], "- ", 0), "Thank you for your continued care of this patient.",
                 "Best regards,\n\n%s, MD" % d.att)
    return finish(r, d, t)


CONSENT_PROCS = ["Laparoscopic appendectomy, possible open", "Laparoscopic cholecystectomy, possible open, possible intraoperative cholangiogram",
                 "Esophagogastroduodenoscopy with possible biopsy, possible control of bleeding", "Central venous catheter placement",
                 "Transfusion of blood and blood products", "Open reduction internal fixation, right hip", "Colonoscopy with possible polypectomy",
                 "Lumbar puncture", "Cardiac catheterization, possible angioplasty/stent", "Incision and drainage of abscess", "Cesarean section", "Bronchoscopy with lavage"]


def g_consent_form(r, d):
    proc = r.choice(CONSENT_PROCS)
    if "Cesarean" in proc:
        d.set_sex("F")
    doc = r.choice([d.att, d.res])
    st = r.randint(0, 6)
    RISKS = ["bleeding, infection, damage to nearby organs, need for further surgery, blood clots, reaction to anesthesia, and death",
                      "pain, bleeding, infection, pneumothorax, arterial puncture, arrhythmia, catheter-related infection",
                      "fever, allergic reaction, hives, rarely infection (HIV, hepatitis) or lung injury, hemolytic reaction",
                      "perforation, bleeding, aspiration, reaction to sedation, missed lesion",
                      "headache, bleeding, infection, nerve irritation, failure to obtain fluid"]
    pl = proc.lower()
    ri = 2 if "transfusion" in pl else 1 if ("central" in pl or "catheterization" in pl) else 3 if ("scopy" in pl) else 4 if "lumbar" in pl else 0
    risks = RISKS[ri]
    if st == 2:
        proc = "Transfusion of blood and blood products"
        risks = RISKS[2]
    interp = ("Interpreter used: [x] Yes  Language: %s  Interpreter name/ID: %s / %d" % (d.lang, d.person(), r.randint(1000, 99999))) if d.interp else "Interpreter used: [ ] Yes  [x] No (English)"
    sigs = "Patient signature: ______________________  Date: %s  Time: %s\nWitness: %s  ______________\nPhysician: %s  ______________" % (d.d(0, 0), d.tm(), d.person(), doc)
    form = "%s FORM %s (Rev %02d/%02d)" % (d.fac["short"], r.choice(["MR-201", "C-7", "1045", "HIM-22"]), r.randint(1, 12), r.randint(8, 20))
    if st == 0:
        t = join(d.fac["name"], "CONSENT TO OPERATION, ANESTHESIA AND OTHER MEDICAL SERVICES", pt_block(r, d, 0),
                 "1. I authorize Dr. %s and such assistants as may be selected to perform the following procedure: %s." % (doc, proc),
                 "2. The nature and purpose of the procedure, possible alternatives, and the risks involved, including %s, have been explained to me. No guarantee has been made as to results." % risks,
                 "3. I understand that residents and other trainees may participate in my care under the supervision of the attending physician.",
                 "4. I consent to the administration of anesthesia as deemed necessary.",
                 "5. I consent to the disposal of any tissue removed, and to its examination by pathology.",
                 "6. %s" % r.choice(["I [x] do  [ ] do not consent to blood transfusion if needed.", "Photography for medical record: [x] permitted."]),
                 interp, sigs, form)
    elif st == 1:
        t = join("INFORMED CONSENT FOR PROCEDURE / CONSENTIMIENTO INFORMADO" if d.lang == "Spanish" else "INFORMED CONSENT FOR PROCEDURE",
                 "Patient: %s   MRN: %s" % (d.name(0), d.mrn), "Procedure (in lay terms): %s" % proc,
                 "Risks: %s.\nBenefits: diagnosis and/or treatment of your condition.\nAlternatives: %s." % (risks, r.choice(["observation, medications, other procedures", "no procedure", "non-operative management"])),
                 "[x] I have had the opportunity to ask questions.\n[x] I understand the risks, benefits and alternatives.\n[ ] I do NOT consent.",
                 interp, sigs, "Physician attestation: I have explained the procedure and answered all questions. %s" % doc)
    elif st == 2:
        t = join("CONSENT FOR TRANSFUSION OF BLOOD AND BLOOD PRODUCTS", pt_block(r, d, 1),
                 "I have been told that I may need a transfusion of %s. Risks include %s. Alternatives (including refusal and possible consequences) have been discussed." % (r.choice(["red blood cells", "plasma and/or platelets", "blood products"]), "fever, allergic reaction, transmission of infection (very rare), fluid overload"),
                 "This consent is valid for: [x] this admission  [ ] single transfusion  [ ] series of outpatient transfusions",
                 "[ ] I refuse blood transfusion (complete Refusal form %s-RB)" % d.fac["short"], interp, sigs, form)
    elif st == 3:
        t = join("Procedure Consent - Documentation Note", pt_block(r, d, 4),
                 "Discussed %s with %s. Risks reviewed including %s. Benefits and alternatives reviewed. Patient demonstrates capacity, asked appropriate questions and wishes to proceed. Written consent signed and placed in chart.%s" % (proc.lower(), r.choice(["patient", "patient and daughter", "patient's wife (surrogate; pt lacks capacity)"]), risks, " %s interpreter used (ID %d)." % (d.lang, r.randint(1000, 99999)) if d.interp else ""),
                 esig(r, d, doc, "Physician"))
    elif st == 4:
        t = join(COUNTY.upper() + " HEALTH SERVICES", "CONSENT FOR SEDATION", "Name: %s   DOB: %s" % (d.name(3), d.dobs()),
                 "Procedure requiring sedation: %s\nType of sedation planned: [x] Moderate  [ ] Deep  [ ] General" % proc,
                 "Risks of sedation: breathing problems, low blood pressure, allergic reaction, nausea, aspiration. Sedation may need to be deepened or converted to general anesthesia.",
                 "NPO status confirmed: [x]  Responsible adult escort: [%s]" % r.choice("x "), interp, sigs, form)
    elif st == 5:
        t = join("GENERAL CONSENT FOR TREATMENT / CONDITIONS OF ADMISSION", d.fac["name"], "Patient: %s  Acct #: %s" % (d.name(0), d.fin),
                 "1. MEDICAL CONSENT: I consent to the procedures which may be performed during this hospitalization or on an outpatient basis, including emergency treatment, diagnostic procedures, and medical treatment by physicians, residents, and staff.",
                 "2. TEACHING FACILITY: I understand this is a teaching hospital and that students, residents and fellows participate in care.",
                 "3. FINANCIAL: I agree to pay for services not covered by my insurance. I may apply for financial assistance (%s Ability-to-Pay Program)." % COUNTY,
                 "4. RELEASE OF INFORMATION: I authorize release of information necessary for payment.",
                 "5. PERSONAL VALUABLES: The hospital is not responsible for valuables kept at bedside.",
                 "6. NOTICE OF PRIVACY PRACTICES: I acknowledge receipt. [x]",
                 "Signature of patient or legal representative: _____________________  Relationship: %s" % r.choice(["self", "self", "mother", "spouse", "conservator"]),
                 "Unable to sign because: %s" % r.choice(["", "", "intoxicated - reattempt when clinically sober", "intubated"]), "Date: %s" % d.d(0, 0), form)
    else:
        t = join(r.choice(["Consent for HIV Testing and Treatment", "Consent for Telehealth Services", "Consent for Photography", "Consent - Medication for Opioid Use Disorder (buprenorphine)"]),
                 "%s   MRN %s" % (d.name(1), d.mrn),
                 "I understand the purpose of this %s, its benefits and risks, and that I may withdraw consent at any time without affecting my care at %s." % (r.choice(["test", "service", "treatment"]), COUNTY + " Health Services"),
                 "[x] I agree   [ ] I decline", interp, "Signature: ____________________   Date: %s" % d.d(0, 1), form)
    return finish(r, d, t, paginate=r.random() < 0.5)


def g_referral_letter(r, d):
    sc = choose(r, SCEN_KEYS)
    d.fit(sc)
    spec = r.choice([sc["consult"][0], "Gastroenterology", "Orthopedics", "Ophthalmology (diabetic retinopathy)", "Podiatry", "Cardiology", "Behavioral Health", "Physical Therapy", "Hepatology"])
    st = r.randint(0, 6)
    urg = r.choice(["Routine", "Urgent (within 2 wks)", "Routine", "Expedited"])
    if st == 0:
        t = join(letterhead(r, d), d.d(0, 3), "To: %s Clinic\n%s" % (spec, r.choice([d.fac["name"], "Lindenport University Medical Center", "Specialty Care Center, Bldg D"])),
                 "RE: Referral - %s (DOB %s, MRN %s)" % (d.name(1), d.dobs(), d.mrn), "Dear Colleague,",
                 "I am referring %s %s, a %d-year-old %s, for evaluation and management of %s. %s" % (d.mr, d.last, d.age, d.man, sc["dx"].lower(), hpi(r, sc, d)),
                 "Pertinent history: " + ", ".join(sc["pmh"]) + ". Current medications: " + ", ".join(m[0] for m in sc["dcm"]) + ". Allergies: " + allergies(r) + ".",
                 "Recent labs: " + labs_inline(r, sc).replace("\n", ", ") + ".",
                 "Specific question: " + r.choice(["Please evaluate and treat.", "Please advise on further workup.", sc["consult"][1].capitalize() + "?"]),
                 "The patient's preferred language is %s; %s" % (d.lang, "please arrange an interpreter." if d.interp else "no interpreter needed."),
                 "Thank you for seeing this patient.\n\nSincerely,\n%s, %s\n%s" % (d.pcp, r.choice(["MD", "NP", "PA-C"]), d.clinic))
    elif st == 1:
        t = join(COUNTY.upper() + " HEALTH SERVICES - SPECIALTY CARE REFERRAL (eConsult/Referral)", "Form SCR-1 (Rev %d/%d)" % (r.randint(1, 12), r.randint(10, 21)),
                 "Patient: %s  MRN: %s  DOB: %s  Phone: %s\nInsurance/Program: %s\nLanguage: %s   Interpreter needed: %s" % (d.name(0), d.mrn, d.dobs(), d.phone, d.ins, d.lang, "Y" if d.interp else "N"),
                 "Referring provider: %s   Clinic: %s   Ph: %s" % (d.pcp, d.clinic, d.fac["phone"]),
                 "Specialty: %s   Priority: %s" % (spec, urg), "Diagnosis/ICD-10: %s (%s)" % (sc["dx"], sc["icd"]),
                 "Reason for referral / clinical question:\n" + hpi(r, sc, d),
                 "Workup completed: [x] labs  [%s] imaging  [ ] prior specialist notes" % r.choice("x "),
                 "Reviewer decision: [%s] Schedule  [ ] eConsult only  [ ] Returned - needs more info" % r.choice("x "), "Reviewer: %s  Date: %s" % (d.doc(), d.d(r.randint(1, 14), 0)))
    elif st == 2:
        t = join("Referral", "Date %s" % d.d(0, 1), "Refer to: " + spec, "Patient: %s" % d.name(1), "Dx: %s" % sc["dx"],
                 "Reason: " + r.choice(sc["cc"]) + ". " + r.choice(["Failed conservative tx.", "Needs specialist management.", "Abnormal imaging.", "Pt requests."]),
                 "Urgency: " + urg, "Provider: %s" % d.pcp)
    elif st == 3:
        t = join(letterhead(r, d, False), d.d(0, 3), "Dr. %s\n%s" % (d.doc(), r.choice(["Harbor Physical Therapy", "Lindenport Eye Associates", "Calder Behavioral Health - Access Line", "Community Podiatry Group"])),
                 "Re: %s" % d.name(1), "Dear Dr. %s:" % d.doc().split()[-1],
                 "Thank you for agreeing to see %s %s. %s has %s and I would appreciate your assistance with %s." % (d.mr, d.last, d.he.capitalize(), ", ".join(sc["pmh"][:3]).lower(), r.choice(["ongoing management", "a one-time evaluation", "treatment recommendations"])),
                 "Enclosed: recent notes, labs, medication list.", "Kind regards,\n\n%s, MD" % d.att)
    elif st == 4:
        t = join("AMBULATORY REFERRAL ORDER", pt_block(r, d, 4), "Referral to: %s\nReferral type: %s\nPriority: %s\nNumber of visits: %d\nExpires: %s" % (spec, r.choice(["Consult and treat", "Consult only", "Evaluate and treat"]), urg, r.randint(1, 6), d.d(180, 0)),
                 "Diagnoses: " + sc["icd"] + " " + sc["dx"], "Clinical notes: " + r.choice(sc["hpi"]).format(age=d.age, man=d.man, he=d.he, his=d.his, him=d.him, Mr=d.mr, last=d.last)[:250],
                 "Authorization: " + r.choice(["Not required (county program)", "Pending", "Approved #A%07d" % r.randint(0, 9999999)]), esig(r, d, d.pcp, "Referring Provider"))
    elif st == 5:
        t = join("COMMUNITY REFERRAL", "From: %s, %s\nTo: %s" % (d.person(), r.choice(["LCSW", "Case Manager", "CHW"]), r.choice(["Lindenport Housing Navigation Center", "Calder County Food Bank", "Recovery Services Intake", "Legal Aid Medical-Legal Partnership", "Domestic Violence Advocacy Program"])),
                 "Client: %s  DOB %s  Phone %s" % (d.name(1), d.dobs(), d.phone), "Reason: " + r.choice(["housing instability", "food insecurity", "substance use treatment", "immigration/benefits legal question", "safety planning"]),
                 "Consent to share information signed: [x]", "Notes: Patient is %s-speaking. Best time to call: %s." % (d.lang, r.choice(["mornings", "after 5pm", "any time"])))
    else:
        t = join(fac_header(r, d, style=2), "REFERRAL / TRANSFER OF CARE REQUEST", "To: %s" % spec, "Pt %s, %d%s, MRN %s" % (d.name(2), d.age, d.sex, d.mrn),
                 "Summary: " + hpi(r, sc, d), "Assessment: " + sc["dx"], "Request: " + sc["consult"][1],
                 "Attachments: %s" % ", ".join(pick(r, ["H&P", "labs", "imaging CD", "med list", "discharge summary"], 3)), "%s  pager %d" % (d.res, r.randint(1000, 9999)))
    return finish(r, d, t)


def g_advance_directive(r, d):
    agent = d.person()
    rel = r.choice(["daughter", "son", "wife", "husband", "sister", "brother", "friend", "niece"])
    aphone = "(555) %03d-%04d" % (r.randint(200, 989), r.randint(0, 9999))
    st = r.randint(0, 6)
    if st == 0:
        t = join("ADVANCE HEALTH CARE DIRECTIVE", "(Statutory form)", "PART 1 - POWER OF ATTORNEY FOR HEALTH CARE",
                 "(1.1) DESIGNATION OF AGENT: I designate the following individual as my agent to make health care decisions for me:\nName: %s   Relationship: %s\nAddress: %d %s, %s   Phone: %s" % (agent, rel, r.randint(100, 9999), r.choice(STREETS), CITY, aphone),
                 "Alternate agent: %s" % r.choice([d.person(), "none"]),
                 "(1.2) AGENT'S AUTHORITY: My agent is authorized to make all health care decisions for me, including decisions to provide, withhold, or withdraw artificial nutrition and hydration and all other forms of health care to keep me alive, except as I state here: %s" % r.choice(["none", "___", "no blood transfusions", "no feeding tube long term"]),
                 "(1.3) WHEN AGENT'S AUTHORITY BECOMES EFFECTIVE: My agent's authority becomes effective when my primary physician determines that I am unable to make my own health care decisions.",
                 "PART 2 - INSTRUCTIONS FOR HEALTH CARE\n(2.1) END-OF-LIFE DECISIONS: I direct that my health care providers and others involved in my care provide, withhold, or withdraw treatment in accordance with the choice I have marked below:\n[%s] (a) Choice Not To Prolong Life\n[%s] (b) Choice To Prolong Life" % tuple(r.choice([("X", " "), (" ", "X")])),
                 "(2.2) RELIEF FROM PAIN: I direct that treatment for alleviation of pain or discomfort be provided at all times, even if it hastens my death.",
                 "PART 3 - DONATION OF ORGANS AT DEATH (OPTIONAL): [%s] I give any needed organs, tissues, or parts" % r.choice("X "),
                 "Signed: ______________________  Date: %s\nName: %s   Address: %s, %s" % (d.d(0, 0), d.name(1), d.addr, CITY),
                 "STATEMENT OF WITNESSES: I declare under penalty of perjury that the individual who signed this document is personally known to me...\nWitness 1: %s  ______  Date %s\nWitness 2: %s  ______  Date %s" % (d.person(), d.d(0, 0), d.person(), d.d(0, 0)))
    elif st == 1:
        code = r.choice(["Attempt Resuscitation/CPR", "Do Not Attempt Resuscitation/DNR"])
        t = join("PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "HIPAA PERMITS DISCLOSURE OF POLST TO OTHER HEALTH CARE PROVIDERS AS NECESSARY",
                 "Patient Last Name: %s   First: %s   DOB: %s" % (d.last, d.first, d.dobs()),
                 "A. CARDIOPULMONARY RESUSCITATION (CPR): If patient has no pulse and is not breathing.\n  [%s] Attempt Resuscitation/CPR\n  [%s] Do Not Attempt Resuscitation/DNR" % (("X", " ") if "Attempt R" in code else (" ", "X")),
                 "B. MEDICAL INTERVENTIONS: If patient has pulse and/or is breathing.\n  [%s] Full Treatment\n  [%s] Selective Treatment\n  [%s] Comfort-Focused Treatment" % tuple(r.choice([("X", " ", " "), (" ", "X", " "), (" ", " ", "X")])),
                 "C. ARTIFICIALLY ADMINISTERED NUTRITION:\n  [%s] Long-term  [%s] Trial period  [%s] No artificial nutrition" % tuple(r.choice([("X", " ", " "), (" ", "X", " "), (" ", " ", "X")])),
                 "D. INFORMATION AND SIGNATURES:\nDiscussed with: [%s] Patient  [%s] Legally Recognized Decisionmaker (%s)\nPhysician/NP/PA: %s   Phone: %s   License #: %d" % (r.choice("X "), r.choice("X "), agent + ", " + rel, d.att, d.fac["phone"], r.randint(10000, 99999)),
                 "Signature of Patient or Decisionmaker: ____________________   Date: %s" % d.d(0, 0),
                 "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED")
    elif st == 2:
        t = join("Goals of Care / Advance Care Planning Note", pt_block(r, d, 4),
                 "Participants: patient, %s (%s), %s%s" % (agent, rel, r.choice([d.att, d.res]), ", %s interpreter" % d.lang if d.interp else ""),
                 "Patient has decision-making capacity: %s" % r.choice(["Yes", "Yes", "No - surrogate used"]),
                 "Discussion: Reviewed diagnosis and prognosis. Patient's values: %s. Patient expressed wish to %s." % (r.choice(["being at home with family", "not being kept alive on machines", "living as long as possible", "not being a burden"]), r.choice(["continue full treatment", "avoid CPR and intubation", "focus on comfort", "defer decisions to %s" % rel])),
                 "Outcome: Code status %s. Health care agent designated: %s (%s), %s. AHCD form %s." % (r.choice(["Full Code", "DNR/DNI", "DNR, OK to intubate"]), agent, rel, aphone, r.choice(["completed and scanned", "given to patient to complete", "already on file"])),
                 "Time spent in ACP: %d minutes (99497)." % r.randint(16, 45), esig(r, d))
    elif st == 3:
        t = join("DECLARACION DE VOLUNTADES ANTICIPADAS / ADVANCE DIRECTIVE (Spanish-English)" if d.lang == "Spanish" else "MY HEALTH CARE WISHES (easy-read advance directive)",
                 "My name: %s     Date of birth: %s" % (d.name(1), d.dobs()),
                 "1. The person I choose to make health decisions for me if I cannot:\n   %s   (%s)   phone %s" % (agent, rel, aphone),
                 "2. If I am very sick and not going to get better, I want:\n   [%s] all treatments to keep me alive\n   [%s] to be kept comfortable, no machines" % tuple(r.choice([("X", " "), (" ", "X")])),
                 "3. Things that are important to me: %s" % r.choice(["my faith, my grandchildren", "to die at home", "to have a priest present", "to go back to my country to be buried"]),
                 "Signature __________________  Date %s" % d.d(0, 0), "Witness / Notary: %s" % d.person(),
                 "Translated/reviewed with interpreter: %s" % ("Yes - " + d.lang if d.interp else "N/A"))
    elif st == 4:
        t = join("DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "STATE OF %s, COUNTY OF %s" % (STATE, COUNTY.split()[0].upper()),
                 "I, %s, being of sound mind, hereby appoint %s, my %s, of %s, as my attorney-in-fact for health care decisions." % (d.name(1), agent, rel, CITY),
                 "This power of attorney shall not be affected by my subsequent incapacity.",
                 "Subscribed and sworn before me on %s.\n\n____________________ Notary Public\nMy commission expires %s" % (d.d(0, 3), d.d(r.randint(300, 1400), 0)),
                 "[NOTARY SEAL]", "Received by %s HIM on %s - scanned to Legal/ACP tab" % (d.fac["short"], d.d(r.randint(1, 60), 0)))
    elif st == 5:
        t = join("CODE STATUS ORDER / DNR DOCUMENTATION", pt_block(r, d, 2),
                 "Code status: %s" % r.choice(["DNR - Do Not Resuscitate (No CPR, no defibrillation); other treatments as ordered", "DNR/DNI - Comfort Care", "Limited: no CPR, no intubation; OK for pressors/BiPAP"]),
                 "Discussed with: %s. Decision made by: %s." % (r.choice(["patient", "surrogate " + agent]), r.choice(["patient (has capacity)", "surrogate per patient's known wishes"])),
                 "Second physician confirmation (if surrogate, no AD): %s" % r.choice(["N/A", d.doc()]),
                 "Ordered by %s on %s %s" % (d.att, d.d(0, 0), d.tm()))
    else:
        t = join("Advance Directive - Acknowledgement at Registration", "%s  MRN %s" % (d.name(0), d.mrn),
                 "Do you have an advance directive? [%s] Yes  [%s] No\nIf yes, copy provided? [ ] Yes  [ ] No\nWould you like information about advance directives? [%s] Yes" % (r.choice("X "), r.choice("X "), r.choice("X ")),
                 "Patient received written information on the right to make health care decisions (PSDA).",
                 "Patient/representative signature: ____________  Date %s" % d.d(0, 0), "Registrar: %s" % d.person())
    return finish(r, d, t)


ECGS = [("Normal sinus rhythm", "Normal ECG", (62, 92)), ("Sinus tachycardia", "Otherwise normal ECG", (101, 128)),
        ("Sinus bradycardia", "Otherwise normal ECG", (44, 58)), ("Atrial fibrillation with rapid ventricular response", "Nonspecific ST-T wave abnormality. Abnormal ECG", (118, 152)),
        ("Sinus rhythm with left bundle branch block", "Abnormal ECG", (70, 96)), ("Normal sinus rhythm", "Left ventricular hypertrophy with repolarization abnormality. Abnormal ECG", (64, 88)),
        ("Sinus rhythm", "ST depression, consider subendocardial injury (anterolateral). Abnormal ECG", (78, 102)),
        ("Normal sinus rhythm", "Acute inferior ST elevation myocardial infarction. ** ** ACUTE MI / STEMI ** **", (70, 92)),
        ("Sinus rhythm with 1st degree AV block", "Borderline ECG", (58, 80)), ("Normal sinus rhythm", "Prolonged QT. Abnormal ECG", (60, 84)),
        ("Sinus rhythm", "Right bundle branch block. Abnormal ECG", (60, 90)), ("Atrial flutter with 2:1 AV conduction", "Abnormal ECG", (140, 152))]


def g_ecg_report(r, d):
    rhythm, interp, hrr = r.choice(ECGS)
    hr = r.randint(*hrr)
    pr = "" if "fibrillation" in rhythm or "flutter" in rhythm else str(r.randint(212, 260) if "1st" in rhythm else r.randint(128, 196))
    qrs = r.randint(126, 158) if "bundle" in rhythm + interp else r.randint(78, 104)
    qt = r.randint(340, 420)
    qtc = r.randint(475, 520) if "QT" in interp else r.randint(400, 460)
    axes = (r.randint(-30, 80), r.randint(-20, 90), r.randint(0, 80))
    conf = "%s, %s" % (d.doc(), cred(r))
    st = r.randint(0, 6)
    unconf = "** UNCONFIRMED REPORT - COMPUTER INTERPRETATION **"
    cmpr = r.choice(["When compared with ECG of %s, no significant change was found" % d.d(-r.randint(30, 900), 2), "No previous ECGs available", "Compared to prior, rate is faster", ""])
    if st == 0:
        t = join("%s  %s  %s" % (d.name(0), d.mrn, d.d(0, 2) + " " + d.tm() + ":%02d" % r.randint(0, 59)),
                 "%s   %d yr   %s   Room: %s   Loc: %d" % (d.dobs(), d.age, "Male" if d.sex == "M" else "Female", r.choice(["ED", d.room, "CLIN"]), r.randint(1, 40)),
                 "Vent. rate %d BPM\nPR interval %s ms\nQRS duration %d ms\nQT/QTc %d/%d ms\nP-R-T axes %s %d %d" % (hr, pr or "*", qrs, qt, qtc, axes[0] if pr else "*", axes[1], axes[2]),
                 rhythm + "\n" + interp + ("\n" + cmpr if cmpr else ""),
                 r.choice(["Confirmed by %s (%d) on %s" % (conf, r.randint(100, 999), d.d(r.randint(0, 2), 1)), unconf]),
                 "Referred by: %s          Technician: %s" % (r.choice([d.att, "ED"]), "".join(x[0] for x in d.person().split())))
    elif st == 1:
        t = join("ELECTROCARDIOGRAM REPORT", pt_block(r, d, 3), "Date: %s   Indication: %s" % (d.d(0, 0), r.choice(["chest pain", "preop", "palpitations", "syncope", "QTc monitoring on methadone", "routine"])),
                 "Rate: %d  Rhythm: %s\nIntervals: PR %s, QRS %d, QT %d, QTc %d\nAxis: %s" % (hr, rhythm, pr or "n/a", qrs, qt, qtc, r.choice(["normal", "left axis deviation", "rightward"])),
                 "Interpretation: %s. %s" % (rhythm, interp), cmpr, "Interpreted by: " + conf)
    elif st == 2:
        t = join("EKG", "%s   %s" % (d.name(3), d.d(0, 5)),
                 "My read: %s at %d, %s, %s. %s." % (rhythm.lower(), hr, r.choice(["normal axis", "LAD"]), "QRS %d" % qrs, r.choice(["No acute ST changes", "ST depressions V4-6", "TWI III/aVF, old", "no STE"])),
                 "Compared to prior %s: %s" % (d.d(-r.randint(30, 600), 1), r.choice(["unchanged", "new", "not available"])), "-%s (ED)" % d.res)
    elif st == 3:
        t = join("12 LEAD ECG  -  %s" % d.fac["short"], "ID: %s   %s   Age %d   %s   %s cm  %s kg" % (d.mrn, d.name(0), d.age, d.sex, r.randint(150, 190), r.randint(50, 120)),
                 "HR %d bpm   PR %s ms   QRSd %d ms   QT %d ms   QTc(Bazett) %d ms   Axis P %s  QRS %d  T %d" % (hr, pr or "---", qrs, qt, qtc, axes[0] if pr else "---", axes[1], axes[2]),
                 "*** " + rhythm.upper() + " ***", interp, "0.5-40 Hz  25 mm/s  10 mm/mV  %s" % r.choice(["MAC 5500", "PageWriter TC50", "ELI 280"]),
                 unconf if r.random() < 0.5 else "Reviewed: " + conf)
    elif st == 4:
        t = join("Cardiology - ECG Interpretation", pt_block(r, d, 4), "Acquired %s %s; Interpreted %s" % (d.d(0, 0), d.tm(), d.d(r.randint(0, 2), 0)),
                 "Findings:\n- Rhythm: %s, rate %d\n- PR %s ms, QRS %d ms, QTc %d ms\n- %s" % (rhythm, hr, pr or "N/A", qrs, qtc, interp),
                 "Clinical correlation recommended." if r.random() < 0.5 else "", esig(r, d, conf.split(",")[0], "Cardiology"))
    elif st == 5:
        t = join("Holter/Ambulatory ECG Monitoring Report" if r.random() < 0.4 else "Rhythm Strip Interpretation", pt_block(r, d, 0),
                 "Duration: %s. Predominant rhythm: %s. Min HR %d, max HR %d, avg HR %d. %s. %s." % (r.choice(["24 hours", "48 hours", "6 second strip"]), rhythm.lower(), max(38, hr - 25), hr + 30, hr, r.choice(["Rare PACs and PVCs (<1%)", "No pauses > 2.5 sec", "Occasional PVCs, 2 couplets"]), r.choice(["Patient diary: palpitations correlated with sinus tachycardia", "No symptoms reported", "No sustained arrhythmia"])),
                 "Impression: %s" % interp, "Read by " + conf)
    else:
        t = join("ECG", "%s %s" % (d.fmtd(d.date, 4), d.tm()), "%s  %s  %dY" % (d.name(0), d.sex, d.age),
                 "%d BPM  |  PR %s  |  QRS %d  |  QT/QTc %d/%d" % (hr, pr or "--", qrs, qt, qtc), rhythm, interp, cmpr, unconf)
    return finish(r, d, t, paginate=False)


VACC = [("Influenza, inactivated (IIV4)", "Fluzone Quadrivalent", "IM", "0.5 mL", "L deltoid"), ("Tdap", "Boostrix", "IM", "0.5 mL", "R deltoid"),
        ("Td", "Tenivac", "IM", "0.5 mL", "L deltoid"), ("Hepatitis B (adult)", "Engerix-B", "IM", "1 mL", "R deltoid"),
        ("Hepatitis A (adult)", "Havrix", "IM", "1 mL", "L deltoid"), ("Pneumococcal conjugate (PCV20)", "Prevnar 20", "IM", "0.5 mL", "R deltoid"),
        ("Pneumococcal polysaccharide (PPSV23)", "Pneumovax 23", "IM", "0.5 mL", "L deltoid"), ("COVID-19 mRNA", "Pfizer-BioNTech", "IM", "0.3 mL", "L deltoid"),
        ("COVID-19 mRNA", "Moderna", "IM", "0.5 mL", "R deltoid"), ("Zoster recombinant (RZV)", "Shingrix", "IM", "0.5 mL", "L deltoid"),
        ("HPV 9-valent", "Gardasil 9", "IM", "0.5 mL", "R deltoid"), ("MMR", "M-M-R II", "SC", "0.5 mL", "R arm"), ("Varicella", "Varivax", "SC", "0.5 mL", "L arm")]


def g_immunization_record(r, d):
    st = r.randint(0, 6)
    n = r.randint(2, 9)
    rows = []
    for _ in range(n):
        v = r.choice(VACC)
        if v[0].startswith("COVID") and d.year < 2021:
            v = VACC[0]
        when = d.date - dt.timedelta(days=r.randint(0, 2200))
        rows.append((v, when, "%s%d%s" % (r.choice(["", "U", "AC", "EK"]), r.randint(1000, 99999), r.choice("ABCDEFGH")), r.choice(["Sanofi", "GSK", "Merck", "Pfizer", "Seqirus", "Moderna"])))
    rows.sort(key=lambda x: x[1])
    admin = d.person()
    if st == 0:
        t = join(d.clinic.upper() + "\nIMMUNIZATION RECORD", pt_block(r, d, 1),
                 "%-34s %-11s %-10s %-6s %-10s %s" % ("Vaccine", "Date", "Lot", "Route", "Site", "Given by") + "\n" + "\n".join("%-34s %-11s %-10s %-6s %-10s %s" % (v[0][:34], d.fmtd(w, 0), lot, v[2], v[4], "".join(x[0] for x in admin.split())) for v, w, lot, m in rows),
                 "VIS provided: [x]  Screening checklist completed: [x]", "State Immunization Registry: %s" % r.choice(["submitted", "queried - history imported", "pt declined sharing"]))
    elif st == 1:
        t = join("VACCINE ADMINISTRATION NOTE", pt_block(r, d, 4), "\n\n".join("Vaccine: %s (%s)\nManufacturer: %s  Lot: %s  Exp: %s\nDose: %s %s  Site: %s\nVIS date: %s, given to patient" % (v[0], v[1], m, lot, d.d(r.randint(90, 600), 0), v[3], v[2], v[4], d.d(-r.randint(100, 900), 0)) for v, w, lot, m in rows[-2:]),
                 "Pt observed 15 min, no adverse reaction.", "Administered by: %s, %s" % (admin, r.choice(["RN", "LVN", "MA"])))
    elif st == 2:
        t = join("%s PUBLIC HEALTH - ADULT IMMUNIZATION HISTORY (Registry Printout)" % COUNTY.upper(), "Name: %s  DOB: %s  Registry ID: %d" % (d.name(0), d.dobs(), r.randint(10000000, 99999999)),
                 "\n".join("%s  %s  %s" % (d.fmtd(w, 4), v[0], r.choice(["", "historical", d.clinic[:24]])) for v, w, lot, m in rows),
                 "Forecast (due/overdue): " + ", ".join(pick(r, ["Influenza (due now)", "Td/Tdap (%d)" % (d.year + 3), "Zoster #2", "Hep B #3", "COVID-19 booster", "PCV20"], 2)),
                 "Printed %s. This record may not be complete." % d.d(0, 0))
    elif st == 3:
        t = join("COVID-19 Vaccination Record Card" if d.year >= 2021 else "Personal Immunization Card", "Last name: %s  First: %s  MI: %s\nDate of birth: %s  Patient number: %s" % (d.last, d.first, d.mi, d.dobs(), d.mrn),
                 "Vaccine | Product/Mfr, Lot | Date | Healthcare professional or clinic site",
                 "\n".join("%s | %s %s | %s | %s" % (v[0], v[1], lot, d.fmtd(w, 1), r.choice(["CCGH POD", d.clinic, "Mobile Unit 3"])) for v, w, lot, m in rows[:4]))
    elif st == 4:
        v = rows[-1][0]
        t = join("Vaccine Screening & Consent Form", "%s  %s" % (d.name(1), d.dobs()),
                 "Are you sick today? N\nAllergies to medications, food, vaccine component, or latex? %s\nSerious reaction to a vaccine in the past? N\nPregnant or could become pregnant in next month? %s\nReceived any vaccines in past 4 weeks? N" % (r.choice(["N", "Y - eggs"]), "N/A" if d.sex == "M" else "N"),
                 "I have read the Vaccine Information Statement and consent to receive: %s" % v[0], "Signature ______________  Date %s" % d.d(0, 0),
                 "FOR CLINIC USE: Lot %s  Site %s  Route %s  Given by %s" % (rows[-1][2], v[4], v[2], admin))
    elif st == 5:
        t = join("TB Screening / Immunization Summary - Employee & Shelter Clearance", pt_block(r, d, 0),
                 "PPD placed %s L forearm, read %s: %d mm - %s" % (d.d(-3, 0), d.d(-1, 0), r.choice([0, 0, 5, 12, 16]), r.choice(["negative", "positive (>10 mm) - CXR ordered", "negative"])),
                 "Vaccines on file:\n" + "\n".join("  - %s (%s)" % (v[0], d.fmtd(w, 1)) for v, w, lot, m in rows),
                 "Cleared for: %s" % r.choice(["shelter entry", "food handler employment", "school enrollment"]), "Nurse: %s, PHN" % admin)
    else:
        t = join("Immunizations", d.name(3) + "  " + d.mrn, "\n".join("%s - %s" % (d.fmtd(w, 0), v[0]) for v, w, lot, m in rows),
                 "Declined today: %s (reason: %s)" % (r.choice(["influenza", "COVID-19 booster", "pneumococcal"]), r.choice(["personal preference", "will think about it", "felt sick after last one"])) if r.random() < 0.5 else "")
    return finish(r, d, t, paginate=False)


def g_registration_form(r, d):
    st = r.randint(0, 6)
    ec = d.person()
    ecrel = r.choice(["Mother", "Daughter", "Spouse", "Brother", "Friend", "Son", "None given"])
    ecph = "(555) %03d-%04d" % (r.randint(200, 989), r.randint(0, 9999))
    race = r.choice(["Hispanic/Latino", "Black/African American", "Asian - Vietnamese", "White", "Asian - Chinese", "Other", "Declined", "Black - Somali", "American Indian"])
    emp = r.choice(["Unemployed", "Self-employed", "Employed - %s" % r.choice(["Harbor Logistics", "Sunrise Janitorial", "day labor", "restaurant"]), "Retired", "Disabled", "Student"])
    marital = r.choice(["S", "M", "D", "W", "Single", "Married", "Separated"])
    policy = "%s%d" % (r.choice(["CH", "MC", "9", "MB"]), r.randint(10000000, 99999999))
    if st == 0:
        t = join(d.fac["name"] + "\nPATIENT REGISTRATION / FACE SHEET",
                 "PATIENT NAME: %s\nMRN: %s   ACCOUNT #: %s   ADMIT DATE: %s %s\nPATIENT TYPE: %s   SERVICE: %s   ROOM/BED: %s" % (d.name(2), d.mrn, d.fin, d.d(0, 0), d.tm(), r.choice(["INPATIENT", "OBSERVATION", "EMERGENCY", "OUTPATIENT"]), r.choice(["MED", "SURG", "ORTHO", "ED"]), d.room),
                 "DOB: %s  AGE: %d  SEX: %s  MARITAL: %s  RACE/ETH: %s\nLANGUAGE: %s  INTERPRETER: %s  RELIGION: %s" % (d.dobs(), d.age, d.sex, marital, race, d.lang.upper(), "Y" if d.interp else "N", r.choice(["CATHOLIC", "NONE", "BAPTIST", "MUSLIM", "BUDDHIST", "DECLINED"])),
                 "ADDRESS: %s\n         %s, %s %s\nHOME PH: %s   CELL: %s" % (d.addr.upper(), CITY.upper(), STATE, d.zip, d.phone, r.choice(["SAME", "NONE", "(555) %03d-%04d" % (r.randint(200, 989), r.randint(0, 9999))])),
                 "SSN: XXX-XX-%04d   EMPLOYER: %s" % (r.randint(0, 9999), emp.upper()) if r.random() < 0.7 else "SSN: NONE/UNKNOWN   EMPLOYER: %s" % emp.upper(),
                 "EMERGENCY CONTACT: %s (%s) %s" % (ec.upper(), ecrel.upper(), ecph),
                 "GUARANTOR: %s   REL: SELF\nPRIMARY INS: %s   POLICY #: %s   GROUP: %s\nSECONDARY INS: %s" % (d.name(0), d.ins.upper(), policy, r.choice(["N/A", "CCH01", "00451"]), r.choice(["NONE", "CHAP WRAP", "N/A"])),
                 "ATTENDING: %s   ADMITTING: %s   PCP: %s" % (d.att.upper(), d.res.upper(), d.pcp.upper()),
                 "CHIEF COMPLAINT: %s   ARRIVAL: %s" % (r.choice(["CP", "SOB", "ABD PAIN", "FALL", "ETOH", "N/V"]), r.choice(["AMBULANCE", "WALK-IN", "POLICE", "PRIVATE VEHICLE"])),
                 "REGISTERED BY: %s   %s" % (r.choice(["RGALVEZ", "TKIM", "MJOHNSON2", "ADMIT04"]), d.d(0, 0)))
    elif st == 1:
        t = join(d.clinic, "NEW PATIENT INFORMATION / INFORMACION DEL PACIENTE" if d.lang == "Spanish" else "NEW PATIENT INFORMATION FORM",
                 "Last name: %s   First: %s   MI: %s\nDate of birth: %s   Sex: [%s] M  [%s] F  [ ] X\nPreferred name: %s   Pronouns: %s" % (d.last, d.first, d.mi, d.dobs(), "x" if d.sex == "M" else " ", "x" if d.sex == "F" else " ", r.choice(["", d.first]), r.choice(["", "he/him" if d.sex == "M" else "she/her"])),
                 "Address: %s   City: %s   Zip: %s\nPhone: %s   OK to leave message? [%s] Yes\nEmail: %s" % (d.addr, CITY, d.zip, d.phone, r.choice("x "), r.choice(["none", "%s.%s%d@mailbox.example" % (d.first.lower()[:4], d.last.lower()[:4], r.randint(1, 99))])),
                 "Preferred language: %s   Need interpreter? %s\nRace: %s   Ethnicity: %s" % (d.lang, "Yes" if d.interp else "No", race, r.choice(["Hispanic", "Not Hispanic", "Declined"])),
                 "Housing: [%s] Stable  [%s] Unstable/shelter  [%s] Homeless\nHousehold size: %d   Monthly income: $%d" % (r.choice("x "), r.choice(" x"), r.choice("  x"), r.randint(1, 7), r.randint(0, 30) * 100),
                 "Insurance: %s   Member ID: %s" % (d.ins, policy), "Emergency contact: %s  Relationship: %s  Phone: %s" % (ec, ecrel, ecph),
                 "Signature: __________________  Date: %s" % d.d(0, 0))
    elif st == 2:
        t = join("ED QUICK REGISTRATION", "%s  %s  DOB %s  %s\nMRN %s  FIN %s\nArrival: %s %s  Mode: %s\nAlias: %s" % (d.name(0), d.sex, d.dobs(), d.age, d.mrn, d.fin, d.d(0, 0), d.tm(), r.choice(["EMS", "Walk-in", "Police custody", "Private car"]), r.choice(["NONE", "TRAUMA, %s" % r.choice(["ZULU", "ALPHA", "ORCA", "RAVEN"]), "UNKNOWN, %s" % r.choice(["DELTA", "JOHN", "JANE"])])),
                 "Financial class: %s\nFull registration pending: %s" % (d.ins_code, r.choice(["Y", "N"])), "Reg clerk: %s" % r.choice(["ED02", "ED07", "MSR-LT"]))
    elif st == 3:
        t = join(COUNTY.upper() + " HEALTH SERVICES - ELIGIBILITY SCREENING", "Program requested: %s" % r.choice(["CHAP (County Health Access Program)", "Ability-to-Pay (ATP)", "Presumptive Eligibility - Medicaid", "Emergency Medicaid"]),
                 "Applicant: %s  DOB: %s  MRN: %s" % (d.name(1), d.dobs(), d.mrn), "Residency: %s County resident since %d" % (COUNTY.split()[0], d.year - r.randint(1, 20)),
                 "Household members: %d   Gross monthly household income: $%s   %% FPL: %d%%" % (r.randint(1, 6), "{:,}".format(r.randint(0, 40) * 100), r.randint(0, 200)),
                 "Documents provided: [%s] ID  [%s] Proof of address  [%s] Income  [%s] Self-attestation (no income)" % tuple(r.choice("x ") for _ in range(4)),
                 "Determination: %s   Effective: %s   Renewal: %s" % (r.choice(["APPROVED - Tier 1 ($0 copay)", "APPROVED - Tier 2", "PENDING DOCUMENTS", "REFERRED TO MEDICAID"]), d.d(0, 0), d.d(365, 0)),
                 "Eligibility worker: %s  Ext %d" % (d.person(), r.randint(2000, 2999)))
    elif st == 4:
        t = join("Demographics", "Name: %s | MRN: %s | DOB: %s | Age: %d | Sex: %s\nAddress: %s, %s %s %s | Phone: %s\nLanguage: %s | Interpreter: %s | Marital: %s\nPCP: %s (%s)\nPayor: %s | Subscriber ID: %s\nEmergency Contact: %s (%s) %s\nAdvance Directive on File: %s" % (d.name(3), d.mrn, d.dobs(), d.age, d.sexw(), d.addr, CITY, STATE, d.zip, d.phone, d.lang, "Required" if d.interp else "Not needed", marital, d.pcp, d.clinic, d.ins, policy, ec, ecrel, ecph, r.choice(["No", "Yes", "Unknown"])),
                 "Printed %s %s" % (d.d(0, 0), d.tm()))
    elif st == 5:
        t = join(d.fac["name"] + "\nADMISSION FACE SHEET", "%-18s %s\n%-18s %s\n%-18s %s\n%-18s %s\n%-18s %s" % ("Patient", d.name(0), "MR#", d.mrn, "Visit#", d.fin, "Admit", d.d(0, 0) + " " + d.tm(), "Unit", d.room),
                 "%-18s %s\n%-18s %s\n%-18s %s" % ("Admit Dx", r.choice(["SEPSIS", "CHEST PAIN", "DKA", "ABD PAIN", "FALL", "SOB"]), "Adm Source", r.choice(["ER", "CLINIC", "TRANSFER"]), "Adm Type", r.choice(["EMERGENCY", "URGENT", "ELECTIVE"])),
                 "Insurance 1: %s  #%s\nAuthorization: %s" % (d.ins, policy, r.choice(["N/A", "PENDING", "AUTH %d" % r.randint(100000, 999999)])),
                 "Next of kin: %s  %s  %s" % (ec, ecrel, ecph))
    else:
        t = join("PATIENT IDENTIFICATION / UPDATE FORM", "Update reason: [%s] Address  [%s] Phone  [%s] Insurance  [%s] Name change" % tuple(r.choice("x ") for _ in range(4)),
                 "Name: %s   MRN: %s   DOB: %s" % (d.name(1), d.mrn, d.dobs()), "New address: %s, %s %s" % (d.addr, CITY, d.zip), "New phone: %s" % d.phone,
                 "Photo ID verified: %s" % r.choice(["State ID", "Consular ID (matricula)", "Passport", "None - self-attested"]), "Staff: %s  %s" % (d.person(), d.d(0, 0)))
    return finish(r, d, t, paginate=False)


def g_insurance_card(r, d):
    ins, code = r.choice(INSURANCES[:5] + INSURANCES[7:])
    mid = "%s%d" % (r.choice(["", "X", "CH", "9", "BP"]), r.randint(10000000, 999999999))
    grp = r.choice(["", "GRP 00%d" % r.randint(1000, 9999), "Group: CALDER-%d" % r.randint(1, 99)])
    bin_ = "RxBIN %06d  RxPCN %s  RxGRP %s" % (r.randint(0, 999999), r.choice(["ADV", "MCAIDCA", "CHAP"]), r.choice(["RX%d" % r.randint(1000, 9999), "CCHP"]))
    eff = d.d(-r.randint(0, 300), 0)
    st = r.randint(0, 6)
    mphone = "1-800-555-%04d" % r.randint(0, 9999)
    if "County" in ins or code == "CC":
        st = r.choice([0, 5])
    if st == 0:
        front = join("[FRONT]", "%s HEALTH ACCESS PROGRAM" % COUNTY.upper(), "CHAP MEMBER CARD", "Member: %s\nMember ID: %s\nDOB: %s\nMedical Home: %s\nPCP: %s\nEffective: %s   Expires: %s" % (d.name(1).upper(), mid, d.dobs(), d.clinic, d.pcp, eff, d.d(r.randint(100, 365), 0)),
                     "Copay: Clinic $0  ED $0  Rx $%d" % r.choice([0, 5]))
        back = join("[BACK]", "This card is not insurance. Services are covered only at %s facilities." % COUNTY, "Appointments: %s   Nurse Advice Line 24/7: %s" % (d.fac["phone"], mphone), "Pharmacy: %s" % PHARMACIES[0], "If found, return to %s, %s %s" % (d.fac["addr"], CITY, STATE))
    elif st == 1:
        front = join("[Front of card]", "BluePath Community Health Plan", "MEDICAID MANAGED CARE", "Name %s\nID# %s\n%s\nPCP: %s  Ph %s\nEff. Date %s" % (d.name(1), mid, grp, d.pcp, d.fac["phone"], eff), bin_)
        back = join("[Back of card]", "Member Services: %s (TTY 711)" % mphone, "Behavioral Health: 1-800-555-%04d" % r.randint(0, 9999), "In an emergency, call 911 or go to the nearest emergency room.", "Providers: submit claims to PO Box %d, %s" % (r.randint(1000, 9999), CITY), "Language assistance available / Asistencia en su idioma / Ho tro ngon ngu.")
    elif st == 2:
        front = join("MEDICARE   HEALTH INSURANCE", "Name/Nombre\n%s" % d.name(1).upper(), "Medicare Number/Numero de Medicare\n%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJKM"), r.choice("ACDEFGHJKM"), r.randint(0, 9), r.choice("ACDEFGHJKM"), r.choice("ACDEFGHJKM"), r.randint(0, 9), r.choice("ACDEFGHJKM"), r.choice("ACDEFGHJKM"), r.randint(0, 9), r.randint(0, 9)),
                     "Entitled to/Con derecho a     Coverage starts/Cobertura empieza\nHOSPITAL (PART A)             %s\nMEDICAL (PART B)              %s" % (d.d(-r.randint(300, 3000), 0), d.d(-r.randint(300, 3000), 0)))
        back = "[back not scanned]" if r.random() < 0.5 else join("[reverse]", "1-800-MEDICARE (1-800-633-4227)", "Sign here:  __________")
    elif st == 3:
        front = join("Harborline Health Plan", "PPO", "Subscriber: %s\nMember: %s  (%s)\nID: HHP%s\n%s\nOffice visit $%d  Specialist $%d  ER $%d\n%s" % (d.person().upper(), d.name(1).upper(), r.choice(["01", "02", "03"]), mid, grp, r.choice([20, 25, 30]), r.choice([40, 50]), r.choice([150, 250]), bin_))
        back = join("Precertification required for inpatient admissions: %s" % mphone, "Claims: Harborline Health Plan, PO Box %d, %s" % (r.randint(1000, 9999), CITY), "www.harborline-health.example")
    elif st == 4:
        front = join("STATE MEDICAL ASSISTANCE", "BENEFITS IDENTIFICATION CARD", "%s" % d.name(0), "ID NO. %s   ISSUE DATE %s" % (mid, eff), "DOB %s   SEX %s" % (d.dobs(), d.sex))
        back = join("Present this card each time you receive medical services. Misuse of this card is a crime.", "Providers verify eligibility at 1-800-555-%04d" % r.randint(0, 9999), "Signature __________________")
    else:
        front = join("CHARITY CARE / FINANCIAL ASSISTANCE PROGRAM", d.fac["name"], "Patient: %s  MRN: %s\nDiscount level: %s\nValid: %s to %s" % (d.name(1), d.mrn, r.choice(["100%", "75%", "Tier 2 - 50%"]), eff, d.d(180, 0)))
        back = join("Please present this card at registration.", "Questions: Patient Financial Services %s" % d.fac["phone"])
    lab = r.choice(["", "SCANNED INSURANCE CARD", "Insurance card - front/back", "Document type: INS CARD  Scanned %s by %s" % (d.d(0, 0), r.choice(["REG01", "MSR12", "HIM"]))])
    t = join(lab, front, back if r.random() < 0.85 else "")
    return finish(r, d, t, paginate=False, fax=False)


def g_nursing_note(r, d):
    sc = choose(r, SCEN_KEYS)
    d.fit(sc)
    vs = vitals(r, sc)
    rn = d.person() + ", " + r.choice(["RN", "RN", "RN, BSN", "LVN"])
    st = r.randint(0, 6)
    pain = r.randint(0, 9)
    if st == 0:
        t = join(r.choice(["NURSING NOTE", "Nursing Progress Note", "RN Note", ""]), "%s  %s  %s" % (d.name(0), d.room, d.d(1, 0)),
                 "%s Pt %s. %s. VS: %s. Pain %d/10 %s, %s given per MAR with %s. %s. Call light within reach, bed low/locked, fall precautions in place. %s" % (
                     d.tm4(), r.choice(["resting in bed", "A&Ox4, calm", "awake, restless", "sleeping, easily arousable"]), r.choice(["Lungs diminished bases", "Resp even and unlabored", "On 2L NC"]), vitals_line(r, vs, 2), pain, r.choice(["abd", "back", "incisional", "generalized"]),
                     r.choice(["oxycodone 5 mg", "acetaminophen 650 mg", "hydromorphone 0.5 mg IV"]), r.choice(["relief", "partial relief", "effect pending"]), r.choice(["Voiding qs", "Foley to gravity, clear yellow", "Tolerating diet"]), interp_line(r, d)),
                 rn)
    elif st == 1:
        t = join("NURSING ADMISSION ASSESSMENT", pt_block(r, d, 4), "Arrived to unit %s via %s from %s." % (d.tm(), r.choice(["stretcher", "wheelchair"]), r.choice(["ED", "PACU", "clinic"])),
                 "Orientation to room/call light: done. Preferred language: %s%s." % (d.lang, " - interpreter via iPad" if d.interp else ""),
                 "Neuro: %s\nCardiac: %s\nResp: %s\nGI: %s\nGU: %s\nSkin: %s (Braden %d)\nMorse fall score: %d\nPsychosocial: %s" % (r.choice(["A&Ox4", "A&Ox3, forgetful"]), r.choice(["S1S2, regular", "tachy, regular"]), r.choice(["clear", "wheezes", "crackles bases"]), r.choice(["BS x4", "nausea", "NPO"]), r.choice(["voiding", "foley"]), r.choice(["intact", "stage 2 sacrum", "abscess L thigh, dressing CDI"]), r.randint(12, 22), r.choice([15, 25, 45, 60]), r.choice(["flat affect", "anxious", "cooperative", "requests chaplain"])),
                 "Belongings: %s. Valuables sent to security: %s." % (r.choice(["clothes, phone", "backpack, phone charger", "none"]), r.choice(["none", "wallet", "$42 cash"])),
                 "Safety screen: SI %s. Abuse/neglect screen: %s." % (r.choice(["negative", "negative"]), r.choice(["negative", "negative", "deferred"])), rn)
    elif st == 2:
        t = join("Flowsheet - Vital Signs / I&O", "%s  MRN %s" % (d.name(3), d.mrn),
                 "\n".join("%s  %s" % ("%02d00" % h, vitals_line(r, vitals(r, sc), 2)) for h in sorted(pick(r, list(range(0, 24, 4)), r.randint(3, 6)))),
                 "Intake: PO %d  IV %d   Output: urine %d  emesis %d  drain %d" % (r.randint(100, 1400), r.randint(200, 2500), r.randint(300, 2800), r.randint(0, 300), r.randint(0, 60)), "RN: " + rn)
    elif st == 3:
        t = join("SBAR Handoff / Shift Report", "%s, %d%s, Rm %s" % (d.name(1), d.age, d.sex, d.room),
                 "S: Admitted %s for %s." % (d.d(0, 1), sc["dx"].lower()), "B: PMH %s. Allergies %s. Code %s." % (", ".join(sc["pmh"][:3]), allergies(r), r.choice(["Full", "DNR"])),
                 "A: %s. %s." % (vitals_line(r, vs, 2), r.choice(["Pain controlled", "Needs frequent redirection", "Ambulating with 1 assist", "CIWA 8-12"])),
                 "R: %s" % r.choice(["f/u AM labs", "recheck BG at 2200", "reassess pain", "PT eval tomorrow", "SW to see re: housing"]), "Off-going: %s / On-coming: %s" % (rn, d.person()))
    elif st == 4:
        t = join("%s - Event Note" % r.choice(["RN", "Nursing"]), d.name(0) + "  " + d.d(1, 5) + " " + d.tm(),
                 r.choice(["Pt found on floor next to bed at %s, states slipped going to BR. Denies head strike. No visible injury. VS %s. MD %s notified, assessed pt. Bed alarm on, non-skid socks. Family notified.",
                           "Pt attempted to leave AMA at %s. Counseled on risks. VS %s. Dr. %s at bedside. Pt agreed to stay. Security aware.",
                           "At %s pt c/o sudden SOB. SpO2 dropped. VS %s. Rapid response called; Dr. %s responded. Placed on NRB, CXR, ABG done. Transferred to step-down."]) % (d.tm(), vitals_line(r, vs, 2), d.res.split()[-1]),
                 rn)
    elif st == 5:
        t = join("Wound Care Nursing Consult", pt_block(r, d, 0), "Location: %s" % r.choice(["sacrum", "L heel", "L thigh I&D site", "R foot plantar", "abdominal incision"]),
                 "Stage/type: %s  Size: %.1f x %.1f x %.1f cm  Wound bed: %d%% granulation, %d%% slough  Exudate: %s  Periwound: %s" % (r.choice(["Stage 2", "Stage 3", "surgical", "unstageable"]), r.uniform(1, 6), r.uniform(1, 5), r.uniform(0.1, 2), r.randint(40, 90), r.randint(0, 40), r.choice(["scant serous", "moderate serosang", "small purulent"]), r.choice(["intact", "macerated", "erythema 1 cm"])),
                 "Treatment: %s" % r.choice(["NS cleanse, silver alginate, foam dressing, change q3d", "wet-to-dry BID", "barrier cream, offload q2h, specialty mattress"]), "%s, RN, CWOCN" % d.person())
    else:
        t = join("Discharge Nursing Note", d.name(1) + "  " + d.d(d.los, 0),
                 "Discharge instructions reviewed with %s%s; teach-back completed. Medications reviewed, %s. PIV removed, catheter intact. Pt discharged at %s via %s accompanied by %s. Belongings returned." % (r.choice(["patient", "patient and family"]), " via %s interpreter" % d.lang if d.interp else "", r.choice(["meds-to-beds delivered", "Rx sent to pharmacy", "prescriptions given"]), d.tm(), r.choice(["wheelchair", "ambulatory"]), r.choice(["daughter", "self", "taxi voucher", "county transport", "shelter van"])),
                 rn)
    return finish(r, d, t)


ED_MINOR = [
    {"cc": "ankle injury", "hpi": "{age} y/o {man} twisted L ankle stepping off curb last night, able to bear weight with pain. No other injury.", "exam": "L ankle: swelling and TTP over lateral malleolus, no medial tenderness, NV intact distally.", "dx": "Left ankle sprain", "tx": "Ice, ACE wrap, ibuprofen 600 mg PO", "dispo": "Discharged home, crutches, ortho f/u PRN", "mdm": "Ottawa rules applied; XR negative for fracture."},
    {"cc": "laceration to hand", "hpi": "{age}yo {man} cut R palm on broken glass while washing dishes 1 hr PTA. Bleeding controlled. Tetanus unknown.", "exam": "3 cm linear laceration R thenar eminence, no tendon involvement, full ROM, sensation intact, cap refill <2s.", "dx": "Laceration of right hand without foreign body", "tx": "Irrigated, 1% lido, 5 simple interrupted 4-0 nylon; Tdap given", "dispo": "Home; suture removal 10-14 days at clinic", "mdm": "Simple laceration, no FB on exam/xray."},
    {"cc": "headache", "hpi": "{age} y/o {man} with 2 days of bifrontal headache similar to prior headaches, gradual onset, photophobia, no fever, no neck stiffness, no focal weakness. Ran out of BP meds.", "exam": "Neuro: nonfocal, normal gait. No meningismus.", "dx": "Tension-type headache; elevated blood pressure without hypertensive emergency", "tx": "Metoclopramide 10 mg IV, diphenhydramine 25 mg IV, ketorolac 15 mg IV", "dispo": "Discharged home, BP meds refilled, PCP f/u 1 wk", "mdm": "Not thunderclap, no red flags; imaging not indicated."},
    {"cc": "dental pain", "hpi": "{age}yo {man} with L lower molar pain x4 days, mild facial swelling. No fever, no trismus, no difficulty swallowing. No dentist.", "exam": "Dental caries #18 with tenderness to percussion, small gingival fluctuance, no submandibular swelling, FOM soft.", "dx": "Dental abscess", "tx": "Amoxicillin 500 mg PO first dose, ibuprofen", "dispo": "Home; referral to County Dental Clinic", "mdm": "No signs of Ludwig angina or deep space infection."},
    {"cc": "suicidal ideation", "hpi": "{age} y/o {man} brought by police on a 72-hr hold after telling family {he} wanted to end {his} life; no attempt. Hx depression, off meds. +EtOH tonight.", "exam": "Tearful, poor eye contact, endorses SI w/o current plan, denies HI/AVH. Medically: no trauma.", "dx": "Suicidal ideation; major depressive disorder, recurrent; alcohol intoxication", "tx": "1:1 sitter, belongings secured; labs/UDS", "dispo": "Medically cleared; transferred to Psychiatric Emergency Services", "mdm": "Medical clearance: EtOH 148, otherwise labs unremarkable, APAP/ASA negative."},
    {"cc": "opioid overdose", "hpi": "{age}yo {man} found down in a bus shelter, apneic, given naloxone 4 mg IN by EMS x2 with improvement. Admits using 'blues' (fentanyl pills).", "exam": "Somnolent but arousable, RR 12, pinpoint pupils, no trauma.", "dx": "Opioid overdose (fentanyl), resolved after naloxone", "tx": "Observed 4 hours, no recurrent sedation; buprenorphine offered", "dispo": "Discharged with naloxone kit and Bridge Clinic referral", "mdm": "No recurrence of respiratory depression during observation."},
]


def g_ed_note(r, d):
    minor = r.random() < 0.45
    st = r.randint(0, 6)
    edoc = d.doc()
    lvl = r.choice(["2", "3", "3", "4", "1"])
    if minor:
        m = r.choice(ED_MINOR)
        sc = {"key": "minor", "exam": {}, "labs": {}, "vitals": {}}
        cc, hp, dxx, mdm, tx, dispo = m["cc"], fill(None, d, m["hpi"]), m["dx"], m["mdm"], m["tx"], m["dispo"]
        exam = exam_block(r, None, 0, short=True) + "\n" + m["exam"]
        labs = r.choice(["No labs indicated.", "UDS: +opiates" if "overdose" in cc else "See MDM."])
    else:
        sc = choose(r)
        d.fit(sc)
        cc, hp, dxx = r.choice(sc["cc"]), hpi(r, sc, d), sc["dx"]
        mdm = "%s %s" % (r.choice(["Differential reviewed; workup as above.", "Labs and imaging reviewed by me.", "Pt evaluated, history and data reviewed.", "Discussed with admitting team."]), sc["course"][0].split(". ")[0] + "." if sc["course"] else "")
        tx = ", ".join(m[0] for m in (sc["inpt"] or sc["dcm"])[:3])
        dispo = r.choice(["Admit to %s, %s bed" % (sc["service"], r.choice(["tele", "floor", "step-down", "ICU"])), "Admitted to %s team" % sc["service"]])
        exam = exam_block(r, sc, r.randint(0, 1))
        labs = labs_inline(r, sc) + "\n" + (imaging_inline(r, sc) or "")
    vs = vitals(r, sc)
    if st == 0:
        t = join(d.fac["name"] + " EMERGENCY DEPARTMENT\nPHYSICIAN RECORD", pt_block(r, d, 4),
                 "Arrival: %s %s   Mode: %s   Triage ESI: %s   Room: %s" % (d.d(0, 0), d.tm(), r.choice(["EMS", "walk-in", "police"]), lvl, r.choice(["A12", "B4", "Hall 7", "Trauma 2", "FT-3", "Resus 1"])),
                 "Time seen: %s   Attending: %s   Resident: %s" % (d.tm(), edoc, d.res),
                 "CHIEF COMPLAINT: " + cc, "HPI: " + hp + " " + interp_line(r, d),
                 "ROS: " + r.choice(["As per HPI, all others negative.", "Limited due to acuity."]),
                 "PMH/PSH: " + (", ".join(sc.get("pmh", [])) if not minor else r.choice(["none", "HTN", "depression", "asthma"])) + "\nMeds: " + (", ".join(m[0] for m in sc.get("home", [])) if not minor else "none") + "\nAllergies: " + allergies(r) + "\nSocial: " + (social(r, d, sc) if not minor else r.choice(["denies", "+tob", "+EtOH"])),
                 "PHYSICAL EXAM:\n" + vitals_line(r, vs, 0) + "\n" + exam,
                 "RESULTS:\n" + labs, "ED COURSE / MDM:\n" + mdm + "\nTreatment: " + tx + ".",
                 "CLINICAL IMPRESSION: " + dxx, "DISPOSITION: " + dispo + ". Condition: " + r.choice(["stable", "fair", "improved"]),
                 esig(r, d, edoc, "Emergency Medicine"))
    elif st == 1:
        t = join("ED Provider Note", "%s %s" % (d.name(3), d.mrn), "CC: " + cc, "HPI: " + hp,
                 "Exam: " + vitals_line(r, vs, 2) + " " + exam.replace("\n", "; "), "MDM: " + mdm, "Dx: " + dxx, "Dispo: " + dispo,
                 "-%s, %s (EM %s)" % (d.res, cred(r), d.pgy), "Attending: I saw and evaluated the patient, discussed with resident, agree with findings and plan. %s" % edoc)
    elif st == 2:
        boxes = "\n".join("[%s] %s" % (r.choice("x "), x) for x in ["Chest pain", "SOB", "Abd pain", "Fever", "Trauma", "Psych", "Other: " + cc])
        t = join("EMERGENCY DEPARTMENT RECORD - T SHEET" if r.random() < 0.5 else "ED TEMPLATE CHART", "%s  DOB %s  %s" % (d.name(0), d.dobs(), d.d(0, 1)),
                 "Time seen %s  Historian: %s   [%s] Interpreter %s" % (d.tm(), r.choice(["pt", "EMS", "family"]), "x" if d.interp else " ", d.lang if d.interp else ""), boxes,
                 "HPI (free text): " + hp, "Exam: %s\n%s" % (vitals_line(r, vs, 2), exam),
                 "Orders: [x] CBC [x] BMP [%s] Trop [%s] UA [%s] CXR [%s] CT" % tuple(r.choice("x ") for _ in range(4)),
                 "Progress: %s - %s" % (d.tm(), r.choice(["improved", "reassessed, pain 3/10", "unchanged, d/w admitting"])),
                 "Diagnosis: " + dxx, "Disposition: [%s] Home [%s] Admit [ ] Transfer [ ] AMA [ ] LWBS" % (("x", " ") if "ischarg" in dispo or "Home" in dispo else (" ", "x")),
                 "Physician signature: %s" % edoc)
    elif st == 3:
        t = join("TRIAGE NOTE", "%s  %s  %d%s" % (d.name(0), d.d(0, 5) + " " + d.tm(), d.age, d.sex),
                 "CC: " + cc + "\nESI: %s\n%s\nAllergies: %s\nPain: %d/10\nTriage narrative: %s" % (lvl, vitals_line(r, vs, 3), allergies(r), vs["pain"], hp.split(".")[0] + "."),
                 "Sepsis screen: %s   Suicide screen (ASQ): %s   Fall risk: %s" % (r.choice(["neg", "POSITIVE - MD notified", "neg"]), r.choice(["neg", "neg", "positive"]), r.choice(["low", "high"])),
                 "Triage RN: %s" % d.person())
    elif st == 4:
        t = join(r.choice(["Fast Track Note", "Urgent Care / ED Fast Track", "MSE - Medical Screening Exam"]), pt_block(r, d, 2),
                 "%s. %s" % (cc.capitalize(), hp), "PE: " + exam.replace("\n", ". "), "A: " + dxx, "P: " + tx + ". " + dispo + ". Return precautions given" + (" in %s." % d.lang if d.interp else "."),
                 "%s, %s" % (d.person(), r.choice(["PA-C", "NP", "PA-C"])))
    elif st == 5:
        t = join(fac_header(r, d, style=0), "EMERGENCY ROOM REPORT", pt_block(r, d, 3), "DATE OF SERVICE: " + d.d(0, 3),
                 "CHIEF COMPLAINT: " + cc, "HISTORY OF PRESENT ILLNESS: " + hp, "PHYSICAL EXAMINATION: " + vitals_line(r, vs, 3) + ". " + exam.replace("\n", ". "),
                 "EMERGENCY DEPARTMENT COURSE: " + mdm + " Patient received " + tx + ".", "DIAGNOSIS: " + dxx, "DISPOSITION: " + dispo + ".", dict_footer(r, d, edoc))
    else:
        t = join("ED Course / Reassessment Note", d.name(1) + "  " + d.mrn,
                 "\n".join("%s %s" % (d.tm(), x) for x in [r.choice(["Pt reassessed.", "Labs reviewed."]), "Treatment: " + tx, r.choice(["Discussed with %s." % r.choice(["Surgery", "Medicine", "Psych", "GI"]), "Pt resting comfortably."]), "Dispo: " + dispo]),
                 "Final Dx: " + dxx, "Critical care time: %s" % r.choice(["n/a", "%d min exclusive of procedures" % r.randint(30, 70)]), edoc)
    t = add_extras(r, d, sc, t, 0.3)
    return finish(r, d, t)


def g_transfer_summary(r, d):
    sc = choose(r)
    d.fit(sc)
    st = r.randint(0, 6)
    vs = vitals(r, sc)
    dest, reason = r.choice([("Lindenport University Medical Center", "higher level of care (interventional cardiology/CT surgery)"),
                             ("Lindenport University Medical Center", "specialty service not available (neurosurgery)"),
                             ("St. Brendan Regional Hospital", "in-network facility per insurance (Harborline)"),
                             ("St. Brendan Regional Hospital", "patient request - closer to family"),
                             ("Bayview Skilled Nursing & Rehabilitation", "skilled nursing for IV antibiotics/PT"),
                             ("Harbor Acute Rehabilitation Center", "acute inpatient rehabilitation"),
                             ("Mercy Ridge Long-Term Acute Care", "prolonged ventilator wean / LTAC level of care"),
                             ("Veterans Affairs Medical Center", "VA-eligible veteran, transfer to VA for continued care"),
                             ("Calder County Medical Center" if d.fac["short"] == "CCGH" else "Calder County General Hospital", "bed availability within county system")])
    acc = d.doc()
    if st == 0:
        t = join(d.fac["name"] + "\nINTERFACILITY TRANSFER SUMMARY", pt_block(r, d, 3),
                 "Transfer date: %s   Time: %s\nSending physician: %s, MD\nReceiving facility: %s\nAccepting physician: Dr. %s\nReason for transfer: %s" % (d.d(d.los, 0), d.tm(), d.att, dest, acc, reason),
                 "Diagnoses:\n" + dx_list(r, sc), "History/Course: " + hpi(r, sc, d) + " " + " ".join(sc["course"][:2]),
                 "Current vitals: " + vitals_line(r, vs, 0), "Current medications:\n" + med_list(r, sc["inpt"] or sc["dcm"], "- ", 0),
                 "Allergies: " + allergies(r) + "\nCode status: " + r.choice(["Full", "DNR"]) + "\nIsolation: " + r.choice(["None", "Contact (MRSA)", "Droplet"]),
                 "Lines/Drains: " + r.choice(["PIV x2", "R IJ CVC placed %s" % d.d(1, 1), "Foley", "PICC L arm"]),
                 "Copies sent: [x] H&P [x] labs [x] imaging CD [x] MAR [%s] POLST" % r.choice("x "), "Transport: %s" % r.choice(["ALS ambulance", "BLS ambulance", "CCT with RN", "wheelchair van"]),
                 esig(r, d))
    elif st == 1:
        t = join("EMTALA TRANSFER CERTIFICATION / PHYSICIAN CERTIFICATION", "Patient: %s  MRN %s  DOB %s" % (d.name(0), d.mrn, d.dobs()),
                 "[x] Patient has an emergency medical condition that has been stabilized / [ ] not stabilized\nReason: %s" % reason,
                 "Benefits of transfer: %s\nRisks of transfer: deterioration en route, traffic delay, accident." % r.choice(["access to cardiac surgery", "neurosurgical evaluation", "specialized burn care", "bed availability"]),
                 "Receiving facility: %s has agreed to accept; space and qualified personnel available. Accepted by Dr. %s at %s." % (dest, acc, d.tm()),
                 "Patient consent to transfer: [x] Yes  [ ] Refused. Signature: ___________", "Physician: %s   Date/time: %s %s" % (d.att, d.d(0, 0), d.tm()),
                 "Nurse report called to %s, RN at %s." % (d.person(), d.tm()))
    elif st == 2:
        t = join("Transfer Note (Service to Service)", pt_block(r, d, 4), "From: %s  To: %s" % (r.choice(["MICU", "SICU", "Trauma ICU"]), r.choice(["Medicine Ward Team", "Step-down", "Surgery floor"])),
                 "Brief summary: %s" % (hpi(r, sc, d) + " " + " ".join(sc["course"])), "Active issues:\n" + numbered(r, [sc["dx"]] + sc["sec"], 1),
                 "To do: " + "; ".join(pick(r, ["f/u cultures", "wean O2", "PT/OT", "SW for dispo", "AM labs", "transition to PO abx"], 3)),
                 "%s, %s (ICU)" % (d.res, d.pgy))
    elif st == 3:
        t = join("SNF / NURSING FACILITY TRANSFER FORM", "Resident: %s  DOB %s  Sex %s" % (d.name(1), d.dobs(), d.sex), "Transferring from: %s   To: %s" % (d.fac["name"], dest),
                 "Primary diagnosis: %s\nOther: %s" % (sc["dx"], ", ".join(sc["sec"])),
                 "Function: Ambulation %s; Transfers %s; Continence %s; Diet %s; Cognition %s" % (r.choice(["walker 50 ft", "non-ambulatory", "independent"]), r.choice(["1 assist", "2 assist", "independent"]), r.choice(["continent", "incontinent of urine"]), sc["diet"], r.choice(["intact", "mild impairment"])),
                 "Medications (last dose times on MAR):\n" + med_list(r, sc["dcm"], "- ", 0),
                 "Skin: %s  Vaccines: flu %s  Last BM: %s" % (r.choice(["intact", "stage 2 sacrum"]), r.choice(["given", "declined"]), d.d(d.los - 1, 1)),
                 "Contact: %s  Physician: %s  Phone %s" % (d.person(), d.att, d.fac["phone"]))
    elif st == 4:
        t = join(fac_header(r, d, style=4), "TRANSFER SUMMARY", "Name: %s\nAdmitted: %s   Transferred: %s" % (d.name(3), d.d(0, 0), d.fmtd(d.dc, 0)),
                 "This %d-year-old %s was admitted with %s. %s %s is being transferred to %s for %s." % (d.age, d.man, sc["dx"].lower(), " ".join(sc["course"]), d.he.capitalize(), dest, reason),
                 "Pertinent labs: " + labs_inline(r, sc).replace("\n", ", "), "Exam at transfer: " + vitals_line(r, vs, 3),
                 "Medications: " + "; ".join(med_str(m, r, 0) for m in sc["dcm"]), dict_footer(r, d))
    elif st == 5:
        t = join("Transfer Center - Accept/Outgoing Log", "Call time: %s   Case #: TC-%d" % (d.tm(), r.randint(10000, 99999)),
                 "Patient: %s, %d%s, %s" % (d.name(0), d.age, d.sex, d.ins), "Dx: %s   Requesting: %s   Reason: %s" % (sc["dx"], d.att, reason),
                 "Receiving: %s - accepting MD %s - bed %s" % (dest, acc, r.choice(["assigned", "pending", "ICU 4"])), "Transport arranged: %s ETA %s" % (r.choice(["ALS", "CCT", "air"]), d.tm()),
                 "Coordinator: %s, RN" % d.person())
    else:
        t = join("Hand-off to accepting facility", "RE: %s" % d.name(1),
                 "ID: %d%s, %s" % (d.age, d.sex, ", ".join(sc["pmh"][:3])), "Hospital course:\n" + "\n".join("- " + c for c in sc["course"]),
                 "Current status: " + vitals_line(r, vs, 2) + ", " + r.choice(["mentating at baseline", "on 2L NC", "ambulating with assist"]),
                 "Pending: " + r.choice(["blood cx", "none", "path"]), "Contact for questions: %s, pager %d" % (d.res, r.randint(1000, 9999)))
    t = add_extras(r, d, sc, t, 0.25)
    return finish(r, d, t)


def g_provider_orders(r, d):
    sc = choose(r)
    d.fit(sc)
    st = r.randint(0, 6)
    dr = r.choice([d.res, d.att])
    meds = sc["inpt"] or sc["dcm"]
    labs = pick(r, ["CBC", "BMP", "CMP", "Mg, Phos", "PT/INR", "Lipase", "Troponin q6h x2", "Blood cultures x2", "UA w/ reflex culture", "Lactate", "Type & screen", "HbA1c", "Lipid panel"], 5)
    if st == 0:
        t = join(d.fac["name"] + "\nADMISSION ORDERS - %s" % sc["service"].upper(), pt_block(r, d, 1),
                 "1. Admit to: %s, Attending Dr. %s\n2. Level of care: %s\n3. Condition: %s\n4. Diagnosis: %s\n5. Code status: %s\n6. Allergies: %s" % (sc["service"], d.att, r.choice(["Med/Surg", "Telemetry", "Step-down", "ICU"]), r.choice(["Stable", "Guarded", "Fair"]), sc["dx"], r.choice(["Full code", "DNR/DNI"]), allergies(r)),
                 "7. Vitals: q4h x24h then q shift; notify MD for SBP<90 or >180, HR<50 or >120, RR>24, T>38.3, SpO2<90%%\n8. Activity: %s\n9. Nursing: strict I/O, daily weight, %s\n10. Diet: %s\n11. IV: %s" % (r.choice(["OOB as tolerated", "bedrest", "fall precautions, assist"]), r.choice(["CIWA q4h", "fingerstick AC/HS", "neuro checks q4h", "IS q1h while awake"]), sc["diet"], r.choice(["LR @ 100 mL/hr", "saline lock", "NS @ 125 mL/hr"])),
                 "12. Medications:\n" + med_list(r, meds, "    ", 0), "13. Labs: " + ", ".join(labs) + " in AM",
                 "14. VTE prophylaxis: " + r.choice(["heparin 5000 units SC q8h", "enoxaparin 40 mg SC daily", "SCDs - bleeding risk"]),
                 "15. Consults: " + sc["consult"][0], "Physician signature: %s   Date/Time: %s %s   Pager %d" % (dr, d.d(0, 0), d.tm(), r.randint(1000, 9999)),
                 "Noted by RN: ________  %s" % d.tm())
    elif st == 1:
        t = join("PHYSICIAN ORDERS", "%s  %s  Rm %s" % (d.name(0), d.mrn, d.room), "Date   Time   Order",
                 "\n".join("%s %s  %s" % (d.d(r.randint(0, 2), 1), d.tm4(), o) for o in pick(r, [
                     "D/C IV fluids", "Start %s" % med_str(meds[0], r, 0), "Advance diet to %s" % sc["diet"], "CBC, BMP in AM", "OK to shower", "Consult SW re: dispo",
                     "PT/OT eval & treat", "Hold %s if SBP <100" % r.choice(["carvedilol", "lisinopril", "amlodipine"]), "Replace K per protocol", "Ambulate TID", "Remove Foley", "Wean O2 to keep sat >92%"], r.randint(4, 8))),
                 "%s %s  /  V.O. read back %s RN" % (dr, cred(r), d.person()) if r.random() < 0.4 else dr + " " + cred(r))
    elif st == 2:
        op = sc.get("op") or {"name": "procedure"}
        t = join(r.choice(["POST-OPERATIVE ORDERS", "PACU / Post-Op Order Set"]), pt_block(r, d, 2), "Procedure: " + op["name"],
                 "[x] Admit to %s   [x] Vitals per PACU then q4h\n[x] Diet: %s\n[x] Activity: %s\n[x] Incentive spirometer 10x/hr while awake\n[x] SCDs\n[ ] Foley\n[x] Dressing: %s" % (sc["service"], r.choice(["clear liquids, advance as tolerated", "NPO", "regular"]), r.choice(["ambulate evening of surgery", "WBAT RLE with walker", "bedrest until AM"]), r.choice(["leave in place 48 hrs", "reinforce PRN", "daily change"])),
                 "Medications:\n[x] acetaminophen 1 g PO q8h\n[x] oxycodone 5-10 mg PO q4h PRN pain\n[x] ondansetron 4 mg IV q6h PRN nausea\n[%s] cefazolin 2 g IV q8h x 2 doses\n[x] docusate 100 mg PO BID" % r.choice("x "),
                 "Labs: CBC in AM", "Surgeon: %s   %s %s" % (d.att, d.d(0, 0), d.tm()))
    elif st == 3:
        t = join("ORDER REQUISITION", "Ordered: %s  by %s  Priority: %s" % (d.d(0, 0) + " " + d.tm(), dr, r.choice(["STAT", "Routine", "Timed"])), pt_block(r, d, 4),
                 "Order: %s\nReason: %s\nDx code: %s" % (r.choice(["CT ABDOMEN PELVIS W IV CONTRAST", "XR CHEST 2 VIEWS", "US ABDOMEN LIMITED", "MRI BRAIN W/O", "TTE COMPLETE", "NM HIDA"]), r.choice(sc["cc"]), sc["icd"]),
                 "Contrast allergy: %s  Creatinine: %s  Pregnant: %s  Transport: %s  Isolation: %s" % (r.choice(["No", "Yes - premedicate"]), labval(r, sc, "Creatinine")[0], "N/A" if d.sex == "M" else "No", r.choice(["stretcher", "wheelchair", "portable"]), r.choice(["none", "contact"])))
    elif st == 4:
        PROTO = ["CIWA-Ar Alcohol Withdrawal Order Set", "Heparin Infusion (ACS) Nomogram Orders", "Sepsis Order Set", "DKA / Insulin Infusion Protocol Orders"]
        pi = {"etoh": 0, "ugib": 0, "pancreatitis": 0, "nstemi": 1, "cap": 2, "pyelo": 2, "dka": 3}.get(sc["key"], r.randint(0, 3))
        t = join(r.choice([PROTO[pi], PROTO[pi].upper(), "STANDARD ORDER SET #%d - %s" % (r.randint(100, 999), PROTO[pi])]), pt_block(r, d, 0),
                 "Weight: %d kg" % vitals(r, None)["Wt"],
                 (["1. Check CIWA-Ar score q1h x4 then q2h.\n2. CIWA 8-15: lorazepam 1 mg PO\n3. CIWA 16-20: lorazepam 2 mg PO/IV\n4. CIWA >20: lorazepam 4 mg IV and notify MD\n5. Thiamine 100 mg IV daily x3 BEFORE glucose\n6. Seizure precautions",
                           "1. Bolus 60 units/kg (max 4000 units)\n2. Infusion 12 units/kg/hr (max 1000 units/hr)\n3. aPTT 6 hours after start and after each change\n4. aPTT <50: rebolus 30 units/kg, increase 2 units/kg/hr\n5. aPTT 50-70: no change\n6. aPTT >90: hold 1 hr, decrease 3 units/kg/hr",
                           "1. Lactate now and repeat in 2 hrs if >2\n2. Blood cultures x2 before antibiotics\n3. 30 mL/kg crystalloid for hypotension or lactate >=4\n4. Broad-spectrum antibiotics within 1 hour\n5. Vasopressors if MAP <65 after fluids",
                           "1. Regular insulin 0.1 units/kg/hr IV\n2. BG q1h; BMP q2h\n3. When BG <250 change to D5-1/2NS + 20 mEq KCl @ 150 mL/hr\n4. K <3.3: hold insulin and replete\n5. Transition to SC insulin when AG closed x2"])[pi],
                 "Prescriber: %s   Date/time: %s %s" % (dr, d.d(0, 0), d.tm()))
    elif st == 5:
        t = join("TELEPHONE / VERBAL ORDER", "Patient: %s  Rm %s" % (d.name(1), d.room), "Date/time: %s %s" % (d.d(1, 0), d.tm()),
                 "Order: %s" % r.choice(["Give %s now" % med_str(meds[0], r, 0), "Tylenol 650 mg PO x1 for T 38.5", "Repeat K in 4 hrs", "Hold AM dose of %s" % meds[-1][0]]),
                 "Ordered by: Dr. %s   Taken by: %s, RN   [x] read back" % (dr.split()[-1], d.person()), "Physician co-signature: ___________ Date ______")
    else:
        t = join("Discharge Order", pt_block(r, d, 4), "Discharge patient to: %s\nDate: %s\nCondition: %s\nDiet: %s\nActivity: %s\nFollow-up: %s\nHome health: %s\nDME: %s" % (r.choice(["home", "SNF", "shelter"]), d.fmtd(d.dc, 0), r.choice(["stable", "improved"]), sc["diet"], r.choice(["as tolerated", "no driving while on opioids"]), sc["followup"], r.choice(["none", "RN visits for wound care", "PT/OT"]), r.choice(["none", "walker", "glucometer", "scale"])),
                 esig(r, d, dr, "Ordering Provider"))
    return finish(r, d, t)


def about(dxx):
    x = dxx.lower()
    table = [("pneumonia", "Pneumonia is an infection of the lungs. Take all of your antibiotic pills even if you feel better."),
             ("pyelo", "You have a kidney infection. Take all of your antibiotic pills even if you feel better. Drink plenty of fluids."),
             ("abscess", "You had a pocket of infection under the skin that was drained. Keep the wound covered and change the packing as shown."),
             ("heart failure", "Your heart is not pumping as well as it should, which causes fluid to build up in your lungs and legs. Weigh yourself every morning."),
             ("ketoacidosis", "Your body did not have enough insulin, which made your blood sugar very high and your blood acidic. Never stop taking your long-acting insulin."),
             ("copd", "COPD is a long-term lung disease. Your breathing got worse (a 'flare'). Use your inhalers every day and do not smoke."),
             ("myocardial", "You had a heart attack. A stent was placed to open a blocked artery. Do NOT stop aspirin or ticagrelor unless your cardiologist tells you to."),
             ("stroke", "You had a stroke, which happens when blood flow to part of the brain is blocked. Controlling blood pressure, cholesterol and sugar lowers the chance of another stroke."),
             ("appendic", "You had surgery to remove your appendix."), ("cholecyst", "You had surgery to remove your gallbladder. You may have loose stools for a few weeks."),
             ("fracture", "You had surgery to fix your broken hip. Use your walker at all times until cleared by your surgeon."),
             ("bleed", "You had bleeding from an ulcer in your stomach/intestine. Do not take ibuprofen, naproxen or aspirin. Do not drink alcohol."),
             ("pancrea", "Your pancreas was inflamed, most likely from alcohol. Drinking alcohol again can cause this to come back and can be deadly."),
             ("alcohol", "You were treated for alcohol withdrawal. Stopping alcohol suddenly can be dangerous; get help before you stop again."),
             ("sickle", "You had a sickle cell pain crisis. Drink plenty of water, take your hydroxyurea every day."),
             ("stab", "You had surgery to repair injuries to your intestine."), ("sprain", "You stretched or tore ligaments in your ankle. Rest, ice, compression and elevation help."),
             ("laceration", "Your cut was closed with stitches. Keep it clean and dry for 24 hours."), ("headache", "Your headache does not appear to be caused by a dangerous problem."),
             ("dental", "You have an infection in a tooth. Antibiotics help but you need to see a dentist."), ("overdose", "You had an overdose. Carry naloxone (Narcan) and never use alone."),
             ("suicid", "You were seen for thoughts of hurting yourself. Crisis line: call or text 988 any time.")]
    for k, v in table:
        if k in x:
            return v
    return "Please read the information sheet about your condition."


def g_discharge_instructions(r, d):
    minor = r.random() < 0.3
    st = r.randint(0, 6)
    if minor:
        m = r.choice([x for x in ED_MINOR if "Suicid" not in x["dx"]])
        dxx, meds, fu, warn = m["dx"], [("ibuprofen", "600 mg", "PO", "every 6 hours as needed with food")], r.choice(["your clinic in 1 week", "Dental Clinic", "Bridge Clinic"]), ["pain getting worse", "fever", "any new or worrying symptoms"]
        diet, act = "regular", "as tolerated"
    else:
        sc = choose(r)
        d.fit(sc)
        dxx, meds, fu, warn, diet = sc["dx"], sc["dcm"], sc["followup"], sc["warn"], sc["diet"]
        act = r.choice(["As tolerated", "No lifting more than 10 pounds for 4 weeks", "Walk several times a day", "No driving while taking pain medicine"])
    spanish = d.lang == "Spanish" and r.random() < 0.6
    if st == 0:
        t = join(d.fac["name"], r.choice(["PATIENT DISCHARGE INSTRUCTIONS", "After Visit Summary", "Going Home Instructions"]), "%s   DOB %s   Date: %s" % (d.name(1), d.dobs(), d.fmtd(d.dc, 3)),
                 "You were in the hospital for: %s" % dxx, "Your medicines:\n" + med_list(r, meds, "- ", 0),
                 "Diet: %s\nActivity: %s" % (diet, act), "Follow-up appointments:\n%s\nIf you do not get a call within 3 days, call %s." % (fu, d.fac["phone"]),
                 "Call your doctor or return to the Emergency Department if you have:\n" + "\n".join("  * " + w for w in warn),
                 "I have received these instructions and understand them.\nPatient signature ________________  Nurse %s" % d.person())
    elif st == 1:
        t = join("INSTRUCCIONES DE ALTA / DISCHARGE INSTRUCTIONS" if spanish else "EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS", "%s  %s" % (d.name(0), d.d(0, 0)),
                 ("Diagnostico / Diagnosis: " if spanish else "Diagnosis: ") + dxx,
                 ("Usted fue atendido hoy en la sala de emergencia. " if spanish else "You were seen today in the Emergency Department. ") + "The exam and tests done today do not always find every problem. It is important to follow up as directed.",
                 "Medications prescribed: " + ", ".join(m[0] for m in meds), "Follow up with: " + fu,
                 ("Regrese a emergencias si: " if spanish else "RETURN TO THE ER IF: ") + "; ".join(warn) + ".",
                 "Work/school note: [%s] given" % r.choice("x "), "Provider: %s   RN: %s" % (d.doc(), d.person()))
    elif st == 2:
        t = join("After Visit Summary", d.clinic if r.random() < 0.5 else d.fac["name"], "%s   Visit: %s with %s" % (d.name(1), d.d(0, 3), d.pcp),
                 "Today's diagnoses\n- " + dxx, "What's next\n" + fu, "Instructions from your provider\n" + r.choice(["Take your medicines every day.", "Check your blood sugar before breakfast and dinner.", "Keep a log of your blood pressure.", "Stop smoking - call 1-800-NO-BUTTS for free help."]),
                 "Medication list (as of %s)\n" % d.d(0, 0) + med_list(r, meds, "", 2),
                 "MyChart / Patient Portal activation code: %s-%s-%s (expires %s)" % tuple(["".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(3)] + [d.d(30, 0)]))
    elif st == 3:
        t = join("Home Care Instructions: " + dxx, "Patient: %s" % d.name(1),
                 "About your condition:\n" + about(dxx),
                 "What to do at home:\n" + numbered(r, [act, "Diet: " + diet, "Take medicines as listed", "Keep your follow-up appointments"], 0),
                 "Warning signs - get help right away:\n" + numbered(r, warn, 1), "Questions? Nurse Advice Line 24/7: (555) 310-%04d" % r.randint(0, 9999))
    elif st == 4:
        t = join("WOUND CARE / POST-OPERATIVE INSTRUCTIONS", pt_block(r, d, 0),
                 "- Keep incision clean and dry for 48 hours; then you may shower. No baths or swimming for 2 weeks.\n- Remove outer dressing in 2 days. Leave skin glue/steri-strips; they will fall off.\n- Do not lift more than 10-15 lbs for 4-6 weeks.\n- Take stool softener while taking pain medicine.\n- No driving while taking narcotics.",
                 "Pain medicine: " + ", ".join(m[0] for m in meds[:3]), "Follow-up: " + fu,
                 "Call %s (Surgery Clinic) or go to the ER for: fever > 101.5, redness or pus from incision, vomiting, increasing pain." % d.fac["phone"], "Reviewed with patient%s." % (" via %s interpreter" % d.lang if d.interp else ""))
    elif st == 5:
        t = join("DISCHARGE CHECKLIST & PATIENT EDUCATION RECORD", "%s  MRN %s" % (d.name(0), d.mrn),
                 "\n".join("[%s] %s" % (r.choice("xx "), x) for x in ["Medication education (purpose, dose, side effects)", "Diet education", "Activity", "Signs/symptoms to report", "Follow-up appointment scheduled", "Prescriptions given/sent", "Smoking cessation info", "Belongings returned", "IV removed"]),
                 "Education method: %s   Learner: %s   Barriers: %s" % (r.choice(["verbal + written", "teach-back", "demonstration"]), r.choice(["patient", "family"]), "language - interpreter used" if d.interp else r.choice(["none", "low literacy", "hearing"])),
                 "Follow-up: " + fu, "RN: %s   Time: %s" % (d.person(), d.tm()))
    else:
        t = join(r.choice(["Para el paciente / For the patient" if spanish else "FOR THE PATIENT", "Discharge Information", "Your Hospital Stay"]), d.name(1),
                 "Why you were here: " + dxx, "NEW medicines: " + ", ".join(m[0] for m in meds[:2]) + "\nKeep taking: " + (", ".join(m[0] for m in meds[2:]) or "-"),
                 "Appointments: " + fu, "Warning signs: " + ", ".join(warn), "Nurse advice line: (555) 310-%04d" % r.randint(0, 9999))
    return finish(r, d, t, fax=False)


def g_other(r, d):
    st = r.randint(0, 12)
    if st == 0:
        t = join(d.fac["name"] + "\nHEALTH INFORMATION MANAGEMENT", "FAX COVER SHEET", "DATE: %s\nTO: %s\nFAX: (555) %03d-%04d\nFROM: %s, Release of Information\nPHONE: %s\nPAGES (incl. cover): %d" % (d.d(0, 0), r.choice(["Social Security Administration - DDS", "Lindenport Legal Aid", "Bayview SNF", "Dr. " + d.doc(), "State Disability Insurance"]), r.randint(200, 999), r.randint(0, 9999), d.person(), d.fac["phone"], r.randint(2, 40)),
                 "RE: %s  DOB %s" % (d.name(1), d.dobs()) if r.random() < 0.7 else "",
                 "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is strictly prohibited. Please notify the sender immediately.")
    elif st == 1:
        t = join("AUTHORIZATION FOR USE OR DISCLOSURE OF PROTECTED HEALTH INFORMATION", d.fac["name"] + " - HIM Dept.", "Patient: %s  DOB %s  MRN %s" % (d.name(1), d.dobs(), d.mrn),
                 "I authorize %s to release to: %s" % (d.fac["short"], r.choice(["Law Offices of %s & Associates" % r.choice(LAST), "myself", "Harborline Health Plan", "U.S. Citizenship and Immigration Services (civil surgeon)", "County Public Defender"])),
                 "Information to be released: [x] ED records [%s] Discharge summary [%s] Labs [%s] Imaging [ ] HIV test results [ ] Substance use treatment records [ ] Mental health" % tuple(r.choice("x ") for _ in range(3)),
                 "Dates of service: %s to %s\nPurpose: %s" % (d.d(-200, 0), d.d(0, 0), r.choice(["legal", "personal", "continuity of care", "disability claim"])),
                 "This authorization expires on: %s. I may revoke it in writing at any time." % d.d(365, 0), "Signature __________________  Date %s" % d.d(0, 0))
    elif st == 2:
        scores = [r.randint(0, 3) for _ in range(9)]
        qs = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy", "Poor appetite or overeating",
              "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly, or being fidgety", "Thoughts that you would be better off dead or of hurting yourself"]
        t = join("PATIENT HEALTH QUESTIONNAIRE (PHQ-9)" + (" / CUESTIONARIO" if d.lang == "Spanish" else ""), "Name: %s  Date: %s" % (d.name(1), d.d(0, 0)),
                 "Over the last 2 weeks, how often have you been bothered by any of the following problems? (0=Not at all, 1=Several days, 2=More than half the days, 3=Nearly every day)",
                 "\n".join("%d. %s ...... %d" % (i + 1, q, s) for i, (q, s) in enumerate(zip(qs, scores))), "TOTAL SCORE: %d" % sum(scores),
                 "Reviewed by: %s%s" % (d.pcp, "  - Item 9 positive, C-SSRS completed, safety plan reviewed" if scores[8] else ""))
    elif st == 3:
        t = join("SOCIAL WORK ASSESSMENT" if r.random() < 0.5 else "Case Management Progress Note", pt_block(r, d, 4),
                 "Reason for referral: %s" % r.choice(["discharge planning", "housing instability", "no insurance", "substance use", "IPV screen positive", "high utilizer"]),
                 "Assessment: Met with patient at bedside%s. Pt reports %s. Income: %s. Support: %s." % (" with %s interpreter (ID %d)" % (d.lang, r.randint(1000, 99999)) if d.interp else "", r.choice(["staying at Harbor Way shelter for 3 months", "living in car", "living with sister, may return", "eviction notice last week"]), r.choice(["none", "GA $221/mo", "SSI", "day labor"]), r.choice(["limited", "daughter", "church community"])),
                 "Interventions:\n" + numbered(r, pick(r, ["Submitted Medicaid application", "Enrolled in CHAP", "Provided bus tokens x4", "Referred to medical respite", "Provided shelter list", "Coordinated with Bridge Clinic", "Completed IPV safety plan", "Obtained ID voucher", "Arranged meds-to-beds with charity fund"], 4), 1),
                 "Plan: %s" % r.choice(["SW to follow", "Discharge to medical respite when bed available", "Case closed"]), "%s, %s  ext %d" % (d.person(), r.choice(["LCSW", "MSW", "RN CM", "ASW"]), r.randint(4000, 4999)))
    elif st == 4:
        t = join("INTERPRETER SERVICES - ENCOUNTER DOCUMENTATION", "Date: %s  Time: %s-%s  Language: %s  Modality: %s" % (d.d(0, 0), d.tm(), d.tm(), d.lang if d.interp else "Spanish", r.choice(["in-person", "VRI", "OPI (phone)"])),
                 "Patient: %s  MRN: %s  Location: %s" % (d.name(0), d.mrn, r.choice(["ED", d.room, d.clinic])), "Encounter type: %s" % r.choice(["informed consent", "discharge teaching", "family meeting", "clinic visit", "bad news delivery"]),
                 "Provider: %s" % r.choice([d.att, d.res]), "Interpreter: %s  ID #%d  (Certified: %s)" % (d.person(), r.randint(1000, 99999), r.choice(["CCHI", "NBCMI", "staff qualified"])),
                 "Notes: %s" % r.choice(["Session completed without issues.", "Patient requested female interpreter.", "Family member offered to interpret; declined per policy.", "Sight translation of consent form performed."]))
    elif st == 5:
        bal = r.randint(50, 90000)
        t = join(d.fac["name"] + "\nPATIENT FINANCIAL SERVICES\nSTATEMENT", "Statement date: %s   Account #: %s   Guarantor: %s" % (d.d(30, 0), d.fin, d.name(1)),
                 "Date of service  Description                 Charges     Adjustments  Payments\n%s       %s %10s %12s %10s" % (d.d(0, 1), r.choice(["Emergency Dept Lvl 4 ", "Inpatient stay        ", "Clinic visit          ", "Lab/Radiology         "]), "{:,}.00".format(bal), "-{:,}.00".format(int(bal * r.uniform(0.5, 1.0))), "0.00"),
                 "AMOUNT DUE: $%s" % "{:,}.00".format(r.randint(0, 500)), "You may qualify for free or discounted care through the %s Ability-to-Pay program. Call %s. Se habla espanol." % (COUNTY, d.fac["phone"]))
    elif st == 6:
        t = join("CLINICAL PHOTOGRAPH - MEDIA DOCUMENTATION", "%s  %s" % (d.name(0), d.mrn), "Photo %d of %d: %s" % (r.randint(1, 3), 3, r.choice(["L thigh abscess, pre-I&D, ruler in frame", "sacral pressure injury, stage 3", "R hand laceration, pre-repair", "rash on trunk", "forensic photo - bruising L upper arm (per protocol)"])),
                 "Taken by: %s  Device: %s  Date: %s %s" % (d.person(), r.choice(["Haiku app", "unit iPad", "Derm camera"]), d.d(0, 0), d.tm()), "Patient consent for photography: [x] verbal [ ] written")
    elif st == 7:
        t = join("AGAINST MEDICAL ADVICE (AMA) RELEASE FORM", d.fac["name"], "Patient: %s  MRN %s  Date/time %s %s" % (d.name(1), d.mrn, d.d(0, 0), d.tm()),
                 "I, the undersigned, am leaving %s against the advice of my physician, Dr. %s. The risks of leaving, including %s, have been explained to me%s. I release the hospital and its staff from all responsibility." % (d.fac["short"], d.res.split()[-1], r.choice(["worsening illness, disability and death", "untreated infection", "heart attack or death"]), " in %s" % d.lang if d.interp else ""),
                 "I understand I may return at any time.", "Patient signature: %s" % r.choice(["________", "REFUSED TO SIGN"]), "Witness: %s, RN   Physician: %s" % (d.person(), d.res))
    elif st == 8:
        t = join("PATIENT BELONGINGS / VALUABLES INVENTORY", "%s  ED  %s" % (d.name(0), d.d(0, 0)),
                 "\n".join("[%s] %s" % (r.choice("x "), x) for x in ["Clothing", "Shoes", "Cell phone", "Wallet", "ID", "Keys", "Cash $____", "Jewelry", "Dentures", "Glasses", "Backpack", "Medications (sent to pharmacy)"]),
                 "Sent to security envelope #%d: %s" % (r.randint(10000, 99999), r.choice(["wallet, $17", "none", "phone, chain"])), "Patient signature ____   Staff: %s" % d.person())
    elif st == 9:
        t = join("SUBPOENA DUCES TECUM - RECORDS REQUEST (copy)", "SUPERIOR COURT OF %s, COUNTY OF %s" % (STATE, COUNTY.split()[0].upper()), "Case No. %s%d" % (r.choice(["CR", "FL", "CV"]), r.randint(100000, 999999)),
                 "To the Custodian of Records, %s: You are ordered to produce the records described: all medical records of %s, DOB %s, from %s to present." % (d.fac["name"], d.name(1), d.dobs(), d.d(-400, 0)),
                 "Declaration of Custodian of Records attached.", "HIM log #%d  received %s" % (r.randint(1000, 9999), d.d(2, 0)))
    elif st == 10:
        t = join("SOCIAL DETERMINANTS OF HEALTH SCREENING", "%s  %s" % (d.name(3), d.d(0, 0)),
                 "In the past 12 months:\n- Worried food would run out? %s\n- Housing: %s\n- Transportation kept you from appointments? %s\n- Trouble paying utilities? %s\n- Feel physically/emotionally unsafe where you live? %s" % (r.choice(["Often", "Sometimes", "Never"]), r.choice(["stable", "worried about losing housing", "no housing"]), r.choice(["Yes", "No"]), r.choice(["Yes", "No"]), r.choice(["No", "No", "Yes"])),
                 "Resources given: %s" % ", ".join(pick(r, ["food bank list", "CalFresh/SNAP app", "transport vouchers", "211 info", "legal aid"], 2)), "Screened by %s, CHW" % d.person())
    elif st == 11:
        t = join("CHAPLAIN / SPIRITUAL CARE NOTE" if r.random() < 0.5 else "PATIENT GRIEVANCE INTAKE", pt_block(r, d, 0),
                 r.choice(["Visited pt at request of RN. Pt %s-speaking; %s. Offered prayer; pt accepted. Will follow." % (d.lang, r.choice(["Catholic, requested sacrament of the sick", "Muslim, requested prayer rug and qibla direction", "no affiliation, wished to talk about family back home"])),
                           "Complainant: %s (%s). Concern: %s. Forwarded to department manager. Acknowledgement letter sent %s." % (d.person(), r.choice(["patient", "daughter"]), r.choice(["long wait in ED", "lost belongings", "rude staff", "no interpreter offered"]), d.d(3, 0))]),
                 d.person())
    else:
        t = join("AUDIT-C / TOBACCO / SUBSTANCE USE SCREENING", "%s  DOB %s" % (d.name(1), d.dobs()),
                 "How often do you have a drink containing alcohol? %s\nHow many drinks on a typical day? %s\nHow often 6 or more drinks on one occasion? %s\nAUDIT-C score: %d" % (r.choice(["Never (0)", "Monthly or less (1)", "2-4x/month (2)", "4+ times/week (4)"]), r.choice(["1-2 (0)", "3-4 (1)", "7-9 (3)", "10+ (4)"]), r.choice(["Never (0)", "Weekly (3)", "Daily (4)"]), r.randint(0, 12)),
                 "Tobacco: %s   Drug use in past year (single question): %s" % (r.choice(["current every day", "former", "never"]), r.choice(["0", "1", "weekly"])), "SBIRT: brief intervention %s" % r.choice(["provided", "declined", "N/A"]))
    return finish(r, d, t)


GEN = {k: globals()["g_" + k] for k in TYPES}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    recs = []
    for t in TYPES:
        for i in range(a.per_type):
            r = random.Random(rng.randrange(1 << 62))
            d = Doc(r)
            txt = GEN[t](r, d)
            recs.append({"id": "%s-%d-%04d" % (t[:4], a.seed, len(recs)), "label": t, "text": txt})
    rng.shuffle(recs)
    for k, rec in enumerate(recs):
        rec["id"] = "cc%d-%05d" % (a.seed, k)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
