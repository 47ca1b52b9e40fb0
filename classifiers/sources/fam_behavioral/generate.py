#!/usr/bin/env python3
"""Synthetic behavioural-health chart documents (entirely fictitious).

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
Standard library only; deterministic for a given seed.
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

# ---------------------------------------------------------------- name pools
FN_M = ["James", "Robert", "Michael", "David", "Jamal", "Tyler", "Brandon", "Luis", "Kevin", "Dustin",
        "Marcus", "Cody", "Anthony", "Derek", "Wayne", "Trevor", "Hector", "Darnell", "Gary", "Shawn",
        "Eli", "Travis", "Dominic", "Raymond", "Curtis", "Andre", "Jesse", "Mason", "Omar", "Victor",
        "Dale", "Russell", "Keith", "Austin", "Caleb", "Noah", "Terrence", "Ivan", "Roland", "Felix"]
FN_F = ["Mary", "Jennifer", "Ashley", "Brittany", "Tamika", "Crystal", "Maria", "Kayla", "Amanda", "Heather",
        "Destiny", "Rebecca", "Lauren", "Shanice", "Angela", "Megan", "Rosa", "Tiffany", "Denise", "Hannah",
        "Brianna", "Carol", "Nicole", "Samantha", "Yolanda", "Kristen", "Paige", "Alicia", "Monique", "Erin",
        "Gloria", "Jasmine", "Holly", "Sierra", "Lorraine", "Tara", "Noelle", "Bethany", "Irene", "Wanda"]
LN = ["Abernathy", "Baptiste", "Calloway", "Dunleavy", "Eckhart", "Farrow", "Galindo", "Hollister", "Ingersoll",
      "Jaworski", "Kettering", "Lindqvist", "Mabry", "Novak", "Oyelaran", "Pruitt", "Quintero", "Ransome",
      "Szymanski", "Tolliver", "Underhill", "Varga", "Whitlock", "Yancey", "Zeller", "Ashworth", "Birchfield",
      "Castellano", "Delacroix", "Empson", "Fairbanks", "Gossett", "Hargrove", "Iverson", "Jeffcoat", "Kowalczyk",
      "Lattimore", "Merriweather", "Nakamura", "Okafor", "Pettibone", "Rutledge", "Stallworth", "Trombley",
      "Vandermeer", "Wojcik", "Brannigan", "Cordova", "Dimitriou", "Everhart", "Fennimore", "Grabowski",
      "Huckaby", "Mbeki-Lott", "Ostrowski", "Pemberton", "Redfern", "Sandoval", "Thibodeaux", "Voss"]
STREETS = ["Larkspur Rd", "Ferncliff Ave", "Old Mill Rd", "Quarry St", "Beacon Hill Dr", "Tanager Ln",
           "Weatherby Ct", "Ridgeline Ave", "Hawthorne St", "Brookvale Rd", "Canal St", "Sumac Dr",
           "Pelham Ave", "Marigold Ter", "Kestrel Way", "Ironwood Blvd", "Juniper St", "Orchard Row"]
TOWNS = [("Halvorsen", "OH", "43","6"), ("Marlow Falls", "OH", "44", "5"), ("East Kenbrook", "OH", "43", "8"),
         ("Tamarack", "OH", "45", "1"), ("Port Ellery", "OH", "44", "0"), ("Grisham Center", "OH", "43", "3"),
         ("Ludlow Springs", "PA", "16", "1"), ("New Carrow", "WV", "26", "7")]

SYS = "Tamarack Valley Behavioral Health"
HOSP = "Tamarack Valley Hospital"
SITES = {
    "hosp": ("Tamarack Valley Hospital", "A Tamarack Valley Behavioral Health facility", "2200 Ridgeline Ave", "Halvorsen, OH 43612", "(419) 555-0140", "(419) 555-0149"),
    "php": ("Tamarack Valley Partial Hospitalization Program", "Adult Day Treatment - Ridgeline Campus", "2240 Ridgeline Ave, Bldg C", "Halvorsen, OH 43612", "(419) 555-0162", "(419) 555-0169"),
    "iop": ("Tamarack Valley Intensive Outpatient Program", "Adult Mental Health & Chemical Dependency IOP", "415 Canal St, Suite 200", "Marlow Falls, OH 44508", "(330) 555-0117", "(330) 555-0118"),
    "cmhc": ("Millbrook Community Mental Health Center", "Member of Tamarack Valley Behavioral Health", "88 Quarry St", "East Kenbrook, OH 43809", "(740) 555-0133", "(740) 555-0139"),
    "clinic2": ("Ashford Street Counseling Center", "Outpatient Behavioral Health Services", "1207 Ashford St", "Port Ellery, OH 44012", "(440) 555-0175", "(440) 555-0176"),
    "otp": ("Tamarack Recovery Services", "Opioid Treatment Program / Addiction Medicine", "31 Ironwood Blvd", "Grisham Center, OH 43322", "(937) 555-0190", "(937) 555-0191"),
}
OUTSIDE_HOSP = ["St. Brendan Regional Medical Center", "Halvorsen Memorial Hospital", "Kessler-Ward University Hospital",
                "Marlow Falls General Hospital", "Good Shepherd Medical Center - Port Ellery", "Grisham County Hospital"]
PCP_PRACT = ["Riverside Family Practice", "Kenbrook Internal Medicine Associates", "Canal Street Community Health Center",
             "Ludlow Primary Care Group", "Halvorsen Family Medicine", "Northgate Medical Associates"]
LABS = ["Tri-County Reference Laboratories", "Meridian Toxicology Laboratory", "Tamarack Valley Hospital Laboratory",
        "Lakeshore Clinical Laboratories", "Buckeye Diagnostic Labs"]
PHARM = ["Kenbrook Pharmacy", "Canal Street Drug", "MedPlus Pharmacy #4471", "Halvorsen Apothecary", "ValueRx #0882",
         "Ridgeline Outpatient Pharmacy"]
UNITS = ["2 West Adult Acute", "2 East Adult Acute", "3 North Intensive Care (PICU)", "Adolescent Unit (Cedar)",
         "Dual Diagnosis / Detox (4 South)", "Older Adult Unit (Birch)"]
INS = [("Buckeye Community Health Plan", "Medicaid", "BCH"), ("Ohio Meridian Care (Medicaid MCO)", "Medicaid", "OMC"),
       ("Medicare Part A & B", "Medicare", "MCR"), ("Keystone Mutual Health PPO", "Commercial", "KMH"),
       ("Lakeshore BlueShield HMO", "Commercial", "LBS"), ("Sentinel Health Advantage (Medicare Advantage)", "Medicare Adv", "SHA"),
       ("Allegiant Care Network", "Commercial", "ACN"), ("Self-pay / Sliding fee", "Self-pay", "SP")]

# ---------------------------------------------------------------- clinical pools
# name, icd10, icd9, category
DX = [
    ("Major depressive disorder, recurrent, severe without psychotic features", "F33.2", "296.33", "dep"),
    ("Major depressive disorder, single episode, severe with psychotic features", "F32.3", "296.24", "dep"),
    ("Major depressive disorder, recurrent, moderate", "F33.1", "296.32", "dep"),
    ("Bipolar I disorder, current episode manic, severe, with psychotic features", "F31.2", "296.44", "bip"),
    ("Bipolar I disorder, current episode depressed, severe", "F31.4", "296.53", "bipdep"),
    ("Schizophrenia", "F20.9", "295.90", "psy"),
    ("Schizoaffective disorder, bipolar type", "F25.0", "295.70", "psy"),
    ("Unspecified schizophrenia spectrum and other psychotic disorder", "F29", "298.9", "psy"),
    ("Posttraumatic stress disorder, chronic", "F43.12", "309.81", "ptsd"),
    ("Generalized anxiety disorder", "F41.1", "300.02", "anx"),
    ("Alcohol use disorder, severe", "F10.20", "303.90", "aud"),
    ("Opioid use disorder, severe", "F11.20", "304.00", "oud"),
    ("Major neurocognitive disorder due to Alzheimer's disease, with behavioral disturbance", "F02.81", "294.11", "neuro"),
]
SUD_DX = {"alcohol": ("Alcohol use disorder, moderate", "F10.20", "303.90"),
          "opioids": ("Opioid use disorder, severe", "F11.20", "304.00"),
          "methamphetamine": ("Stimulant use disorder, amphetamine-type, severe", "F15.20", "304.40"),
          "cocaine": ("Cocaine use disorder, moderate", "F14.20", "304.20"),
          "cannabis": ("Cannabis use disorder, mild", "F12.10", "305.20"),
          "benzodiazepines": ("Sedative, hypnotic or anxiolytic use disorder, moderate", "F13.20", "304.10")}
SEC_DX = [("Borderline personality disorder", "F60.3", "301.83"), ("Attention-deficit hyperactivity disorder, combined type", "F90.2", "314.01"),
          ("Tobacco use disorder / nicotine dependence, cigarettes", "F17.210", "305.1"),
          ("Insomnia disorder", "G47.00", "780.52"), ("Unspecified anxiety disorder", "F41.9", "300.00")]
MED_COND = [("Essential hypertension", "I10", "401.9", ["lisinopril 10 mg PO daily", "amlodipine 5 mg PO daily"]),
            ("Type 2 diabetes mellitus", "E11.9", "250.00", ["metformin 500 mg PO BID", "metformin 1000 mg PO BID"]),
            ("Hyperlipidemia", "E78.5", "272.4", ["atorvastatin 20 mg PO qHS", "atorvastatin 40 mg PO qHS"]),
            ("Hypothyroidism", "E03.9", "244.9", ["levothyroxine 75 mcg PO daily", "levothyroxine 50 mcg PO daily"]),
            ("Asthma, mild intermittent", "J45.20", "493.90", ["albuterol HFA 90 mcg 2 puffs q4h PRN wheeze"]),
            ("Gastroesophageal reflux disease", "K21.9", "530.81", ["omeprazole 20 mg PO daily", "pantoprazole 40 mg PO daily"]),
            ("Chronic hepatitis C", "B18.2", "070.54", []),
            ("Obesity, BMI 30-39", "E66.9", "278.00", []),
            ("Chronic low back pain", "M54.50", "724.2", ["acetaminophen 650 mg PO q6h PRN pain"]),
            ("Seizure disorder", "G40.909", "345.90", ["levetiracetam 500 mg PO BID"])]
PSY_MEDS = {
    "dep": [["sertraline 100 mg PO daily", "trazodone 50 mg PO qHS PRN insomnia"], ["escitalopram 20 mg PO daily", "mirtazapine 15 mg PO qHS"],
            ["venlafaxine XR 150 mg PO daily", "trazodone 100 mg PO qHS"], ["bupropion XL 300 mg PO qAM", "sertraline 150 mg PO daily"],
            ["duloxetine 60 mg PO daily", "aripiprazole 5 mg PO daily"], ["fluoxetine 40 mg PO daily", "hydroxyzine 25 mg PO q6h PRN anxiety"]],
    "bip": [["lithium carbonate 300 mg PO TID", "olanzapine 10 mg PO qHS"], ["divalproex sodium ER 1500 mg PO qHS", "quetiapine 300 mg PO qHS"],
            ["lithium carbonate ER 450 mg PO BID", "risperidone 2 mg PO BID"], ["divalproex sodium DR 750 mg PO BID", "haloperidol 5 mg PO BID", "benztropine 1 mg PO BID"]],
    "bipdep": [["lithium carbonate 300 mg PO BID", "lamotrigine 100 mg PO daily"], ["quetiapine 300 mg PO qHS", "lamotrigine 150 mg PO daily"],
               ["lurasidone 60 mg PO daily with food", "lithium carbonate ER 450 mg PO BID"]],
    "psy": [["paliperidone palmitate 156 mg IM every 4 weeks", "benztropine 1 mg PO BID PRN EPS"], ["risperidone 3 mg PO BID", "benztropine 1 mg PO BID"],
            ["clozapine 300 mg PO qHS", "docusate 100 mg PO BID"], ["aripiprazole 20 mg PO daily", "hydroxyzine 50 mg PO q6h PRN anxiety"],
            ["olanzapine 20 mg PO qHS", "metformin 500 mg PO BID"], ["haloperidol decanoate 100 mg IM every 4 weeks", "benztropine 1 mg PO BID"],
            ["aripiprazole monohydrate 400 mg IM monthly", "trazodone 50 mg PO qHS PRN"]],
    "ptsd": [["sertraline 150 mg PO daily", "prazosin 2 mg PO qHS"], ["venlafaxine XR 225 mg PO daily", "prazosin 5 mg PO qHS", "hydroxyzine 25 mg PO TID PRN"],
             ["paroxetine 40 mg PO daily", "prazosin 1 mg PO qHS"]],
    "anx": [["escitalopram 10 mg PO daily", "hydroxyzine 25 mg PO TID PRN anxiety"], ["buspirone 15 mg PO BID", "sertraline 100 mg PO daily"],
            ["duloxetine 60 mg PO daily", "buspirone 10 mg PO TID"]],
    "aud": [["naltrexone 50 mg PO daily", "thiamine 100 mg PO daily", "folic acid 1 mg PO daily"], ["acamprosate 666 mg PO TID", "thiamine 100 mg PO daily", "multivitamin 1 tab PO daily"],
            ["gabapentin 300 mg PO TID", "thiamine 100 mg PO daily", "naltrexone 50 mg PO daily"]],
    "oud": [["buprenorphine/naloxone 8 mg/2 mg SL film BID"], ["methadone 80 mg PO daily (OTP dosing)"], ["buprenorphine/naloxone 8 mg/2 mg SL film TID", "clonidine 0.1 mg PO q6h PRN withdrawal"],
            ["naltrexone ER 380 mg IM every 4 weeks"]],
    "neuro": [["donepezil 10 mg PO qHS", "quetiapine 25 mg PO BID", "melatonin 3 mg PO qHS"], ["memantine 10 mg PO BID", "donepezil 10 mg PO daily", "citalopram 10 mg PO daily"]],
}
ALLERGIES = ["NKDA", "NKDA", "NKDA", "No known drug allergies", "Penicillin (hives)", "Sulfa (rash)", "Haloperidol (dystonia)",
             "Codeine (nausea)", "Latex", "Lamotrigine (rash)", "Bee stings", "Amoxicillin (rash); shellfish"]
TRIGGERS = ["recent breakup with partner", "loss of employment", "eviction notice", "death of mother last month",
            "stopping medications about 3 weeks ago", "ongoing conflict with family", "legal charges pending",
            "anniversary of a traumatic event", "relapse on alcohol after 8 months sober", "financial stressors",
            "custody dispute over children", "recent release from county jail"]
ARRIVAL = ["brought to the emergency department by police on an emergency hold", "brought in by EMS after family called 911",
           "self-presented to the emergency department", "transferred from an outside emergency department",
           "referred by outpatient therapist", "brought in by mother", "walked in to the crisis center"]
SUBST_LIST = ["alcohol", "opioids", "methamphetamine", "cocaine", "cannabis", "benzodiazepines"]

SYMPT = {
    "dep": ["depressed mood", "anhedonia", "poor sleep with early morning awakening", "decreased appetite with weight loss", "hopelessness",
            "poor concentration", "passive death wish", "suicidal ideation with plan to overdose", "psychomotor slowing", "excessive guilt"],
    "bip": ["decreased need for sleep", "pressured speech", "grandiosity", "impulsive spending", "irritability", "racing thoughts",
            "hypersexuality", "not sleeping for four days", "paranoid ideation", "agitation"],
    "bipdep": ["depressed mood", "hypersomnia", "anhedonia", "hopelessness", "suicidal ideation", "social withdrawal", "poor self-care"],
    "psy": ["auditory hallucinations", "command hallucinations telling patient to hurt self", "paranoid delusions about neighbors",
            "disorganized behavior", "poor self-care", "talking to unseen others", "believes he is being monitored through the TV",
            "medication nonadherence", "social withdrawal", "thought broadcasting"],
    "ptsd": ["nightmares", "flashbacks", "hypervigilance", "avoidance", "exaggerated startle", "irritability", "depressed mood", "suicidal ideation"],
    "anx": ["excessive worry", "panic attacks", "restlessness", "muscle tension", "insomnia", "avoidance of leaving the house"],
    "aud": ["daily heavy drinking", "tremors in the morning", "drinking to avoid withdrawal", "blackouts", "prior withdrawal seizure",
            "inability to cut down", "depressed mood"],
    "oud": ["daily intravenous heroin/fentanyl use", "multiple prior overdoses", "withdrawal symptoms when not using", "cravings",
            "injection drug use", "use of nonprescribed buprenorphine"],
    "neuro": ["progressive memory decline", "nocturnal agitation", "wandering", "striking out at caregivers", "refusing care", "sundowning"],
}

# ---------------------------------------------------------------- basic helpers
def pick(r, seq, k=None):
    if k is None:
        return r.choice(seq)
    return r.sample(list(seq), min(k, len(seq)))


def phone(r, area=None):
    return "(%s) 555-%04d" % (area or r.choice(["419", "330", "740", "440", "937", "614", "216"]), r.randint(100, 199))


DATE_STYLES = ["%m/%d/%Y", "%m/%d/%y", "%B %d, %Y", "%d-%b-%Y", "%Y-%m-%d", "%m-%d-%Y", "%b %d, %Y"]


def fd(d, style):
    return d.strftime(style)


def ftime(r, mil=None):
    h, m = r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55])
    if mil is None:
        mil = r.random() < 0.6
    if mil:
        return "%02d%02d" % (h, m) if r.random() < 0.5 else "%02d:%02d" % (h, m)
    return "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")


def add_days(d, n):
    return d + dt.timedelta(days=n)


ROLE_CRED = {
    "psychiatrist": ["MD", "DO", "MD", "MD, FAPA"], "np": ["APRN, PMHNP-BC", "PMHNP-BC", "CNP", "DNP, PMHNP-BC"],
    "pa": ["PA-C"], "therapist": ["LCSW", "LISW-S", "LPC", "LPCC", "LMFT", "LSW", "MSW, LSW"],
    "cd": ["LCDC III", "LICDC", "CDCA", "LICDC-CS"], "rn": ["RN", "RN, BSN", "RN-BC", "LPN"],
    "mht": ["MHT", "BHT", "Mental Health Technician"], "internist": ["MD", "DO"], "fnp": ["FNP-C", "APRN-CNP", "FNP-BC"],
    "psychologist": ["PhD", "PsyD"], "cm": ["BSW", "QMHS", "CM"], "pharmd": ["PharmD", "PharmD, BCPP"],
    "surgeon": ["MD", "MD, FACS", "DO"], "anesth": ["MD", "DO"], "crna": ["CRNA"], "radiologist": ["MD"],
    "pathologist": ["MD"], "cardiologist": ["MD, FACC", "MD"], "edmd": ["MD", "DO", "MD, FACEP"], "peer": ["CPS", "Peer Recovery Supporter"],
}


class Person:
    def __init__(self, r, role, sex=None):
        sex = sex or r.choice("MF")
        self.first = r.choice(FN_M if sex == "M" else FN_F)
        self.last = r.choice(LN)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        self.role = role
        self.cred = r.choice(ROLE_CRED.get(role, ["MD"]))
        self.npi = "1%09d" % r.randint(0, 999999999)

    def full(self):
        return "%s %s. %s, %s" % (self.first, self.mi, self.last, self.cred)

    def short(self):
        return "%s %s, %s" % (self.first, self.last, self.cred)

    def dr(self):
        if self.cred.startswith(("MD", "DO", "PhD", "PsyD")):
            return "Dr. %s" % self.last
        return "%s %s" % (self.first, self.last)

    def lastfirst(self):
        return "%s, %s" % (self.last.upper(), self.first.upper())


def parse_med(m):
    parts = m.split(" ")
    return parts


def med_name(m):
    return m.split(" ")[0]


class Case:
    """A coherent fictitious patient."""

    def __init__(self, r):
        self.sex = r.choice("MF")
        self.first = r.choice(FN_M if self.sex == "M" else FN_F)
        self.last = r.choice(LN)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        self.year = r.randint(2008, 2024)
        self.adm = dt.date(self.year, r.randint(1, 12), r.randint(1, 28))
        self.dx = r.choice(DX)
        self.cat = self.dx[3]
        if self.cat == "neuro":
            age = r.randint(66, 88)
        elif r.random() < 0.1 and self.cat in ("dep", "bipdep", "anx", "ptsd"):
            age = r.randint(13, 17)
        else:
            age = r.randint(19, 64)
        self.age = age
        self.dob = dt.date(self.adm.year - age, r.randint(1, 12), r.randint(1, 28))
        if (self.adm.month, self.adm.day) < (self.dob.month, self.dob.day):
            self.dob = dt.date(self.dob.year - 1, self.dob.month, self.dob.day)
        self.adolescent = age < 18
        self.mrn = "%08d" % r.randint(100000, 9999999)
        self.acct = "%s%07d" % (r.choice(["V", "A", "H", ""]), r.randint(0, 9999999))
        town = r.choice(TOWNS)
        self.street = "%d %s" % (r.randint(12, 9899), r.choice(STREETS))
        self.apt = r.choice(["", "", "", "Apt %d" % r.randint(1, 40), "Unit %s" % r.choice("ABCD"), "Lot %d" % r.randint(1, 90)])
        self.city, self.state = town[0], town[1]
        self.zip = "%s%d%02d" % (town[2], r.randint(0, 9) if len(town[3]) else 0, r.randint(0, 99))
        self.zip = self.zip[:5].ljust(5, "1")
        self.phone = phone(r)
        self.los = r.randint(3, 16) if self.cat != "aud" else r.randint(3, 7)
        self.dc = add_days(self.adm, self.los)
        self.unit = r.choice(UNITS[:3]) if not self.adolescent else UNITS[3]
        if self.cat in ("aud", "oud"):
            self.unit = UNITS[4]
        if self.cat == "neuro":
            self.unit = UNITS[5]
        self.psych_meds = list(r.choice(PSY_MEDS[self.cat]))
        self.subst = []
        if self.cat == "aud":
            self.subst = ["alcohol"] + ([r.choice(["cannabis", "cocaine"])] if r.random() < 0.4 else [])
        elif self.cat == "oud":
            self.subst = ["opioids"] + ([r.choice(["methamphetamine", "benzodiazepines", "cocaine"])] if r.random() < 0.5 else [])
        elif self.cat != "neuro" and r.random() < 0.45:
            self.subst = [r.choice(["alcohol", "cannabis", "methamphetamine", "cocaine"])]
        self.medical = r.sample(MED_COND, r.choice([0, 0, 1, 1, 2, 3])) if not self.adolescent else r.sample(MED_COND[4:6], r.choice([0, 1]))
        if self.cat == "neuro":
            self.medical = r.sample(MED_COND[:5], 2)
        if "injection" in " ".join(self.subst) or self.cat == "oud":
            if r.random() < 0.5 and MED_COND[6] not in self.medical:
                self.medical.append(MED_COND[6])
        self.med_meds = []
        for c in self.medical:
            if c[3]:
                self.med_meds.append(r.choice(c[3]))
        self.tobacco = r.random() < 0.55 and not self.adolescent
        self.secondary = []
        if self.tobacco:
            self.secondary.append(SEC_DX[2])
        if r.random() < 0.25 and self.cat in ("dep", "ptsd", "bipdep", "anx"):
            self.secondary.append(SEC_DX[0])
        if r.random() < 0.15:
            self.secondary.append(SEC_DX[1] if self.adolescent else SEC_DX[3])
        for s in self.subst:
            if not (s == "alcohol" and self.cat == "aud") and not (s == "opioids" and self.cat == "oud"):
                self.secondary.append(SUD_DX[s])
        self.allergy = r.choice(ALLERGIES)
        self.trigger = r.choice(TRIGGERS if not self.adolescent else ["conflict with parents", "bullying at school", "breakup", "school failure", "parents' divorce"])
        self.arrival = r.choice(ARRIVAL)
        self.legal = r.choice(["voluntary", "voluntary", "involuntary (emergency hold)", "involuntary (probate court commitment)", "conditional voluntary"])
        if self.adolescent:
            self.legal = "voluntary (admitted by parent/guardian)"
        self.symptoms = r.sample(SYMPT[self.cat], min(4, len(SYMPT[self.cat])))
        self.si = self.cat in ("dep", "bipdep", "ptsd") or (self.cat == "psy" and r.random() < 0.4) or r.random() < 0.2
        self.attempt = self.si and r.random() < 0.45
        self.attempt_method = r.choice(["overdose on sertraline and acetaminophen", "superficial lacerations to left forearm",
                                        "attempted hanging with a belt", "overdose on over-the-counter diphenhydramine", "ingestion of approximately 30 tablets of her prescribed quetiapine"])
        if self.sex == "M":
            self.attempt_method = self.attempt_method.replace("her ", "his ")
        self.prior_adm = r.choice([0, 0, 1, 2, 3, 4, 6, 9])
        self.psychiatrist = Person(r, "psychiatrist")
        self.therapist = Person(r, "therapist")
        self.rn = Person(r, "rn")
        self.internist = Person(r, r.choice(["internist", "fnp"]))
        self.pcp = Person(r, r.choice(["internist", "internist", "fnp"]))
        self.pcp_pract = r.choice(PCP_PRACT)
        self.ins = r.choice(INS if not self.adolescent else INS[:2] + INS[3:5])
        if self.age >= 65:
            self.ins = r.choice([INS[2], INS[5]])
        self.ins_id = "%s%09d" % (r.choice(["", "W", "XJK", "M", "ZQ"]), r.randint(0, 999999999))
        self.group = "%06d" % r.randint(0, 999999)
        self.ht_in = r.randint(60, 68) if self.sex == "F" else r.randint(65, 74)
        bmi = r.uniform(19, 38) if "Obesity, BMI 30-39" not in [m[0] for m in self.medical] else r.uniform(31, 39)
        self.wt_lb = int(bmi * self.ht_in ** 2 / 703)
        self.bmi = round(bmi, 1)
        self.emerg = (r.choice(FN_F + FN_M) + " " + (self.last if r.random() < 0.6 else r.choice(LN)),
                      r.choice(["mother", "father", "sister", "brother", "spouse", "partner", "aunt", "friend", "daughter", "son"]), phone(r))
        if self.adolescent:
            self.emerg = (r.choice(FN_F) + " " + self.last, "mother", phone(r))
        self.marital = r.choice(["single", "single", "divorced", "married", "separated", "widowed"]) if not self.adolescent else "single"
        self.living = r.choice(["lives alone in an apartment", "lives with mother", "is currently homeless, staying in a shelter",
                                "lives with spouse and two children", "lives with a roommate", "lives in a group home",
                                "was staying with friends (couch surfing)"]) if not self.adolescent else r.choice(["lives with mother and younger brother", "lives with both parents", "lives with grandmother"])
        self.employment = r.choice(["unemployed", "receives SSI", "works part-time at a grocery store", "works as a CNA",
                                    "works in construction", "is on SSDI", "is a student at the community college", "is retired"]) if not self.adolescent else "is in %dth grade" % (self.age - 5)
        if self.cat == "neuro":
            self.living = r.choice(["lives with daughter", "resides in an assisted living facility", "lives with spouse"])
            self.employment = "is retired"
        self.ht_cm = int(self.ht_in * 2.54)
        self.lithium = any("lithium" in m for m in self.psych_meds)
        self.valproate = any("divalproex" in m for m in self.psych_meds)
        self.clozapine = any("clozapine" in m for m in self.psych_meds)
        self.lai = any("IM" in m for m in self.psych_meds)

    # convenience -------------------------------------------------------
    def he(self):
        return "he" if self.sex == "M" else "she"

    def his(self):
        return "his" if self.sex == "M" else "her"

    def him(self):
        return "him" if self.sex == "M" else "her"

    def He(self):
        return self.he().capitalize()

    def His(self):
        return self.his().capitalize()

    def sexword(self, r):
        if self.adolescent:
            return r.choice(["male", "boy", "adolescent male"]) if self.sex == "M" else r.choice(["female", "girl", "adolescent female"])
        return r.choice(["male", "man", "gentleman"]) if self.sex == "M" else r.choice(["female", "woman", "lady"])

    def name(self, style=0):
        return ["%s %s" % (self.first, self.last), "%s, %s" % (self.last.upper(), self.first.upper()),
                "%s, %s %s." % (self.last, self.first, self.mi), "%s %s. %s" % (self.first, self.mi, self.last),
                "%s,%s" % (self.last.upper(), self.first.upper())][style % 5]

    def icd(self, code_pair):
        """Return ICD-10 after Oct 2015, ICD-9 before."""
        return code_pair[0] if self.adm >= dt.date(2015, 10, 1) else code_pair[1]

    def dxcode(self, dx=None):
        dx = dx or self.dx
        return dx[1] if self.adm >= dt.date(2015, 10, 1) else dx[2]

    def all_meds(self):
        out = list(self.psych_meds) + list(self.med_meds)
        if self.tobacco and "nicotine" not in " ".join(out):
            out.append("nicotine patch 21 mg/24 hr transdermal daily")
        return out

    def dx_lines(self):
        lines = [(self.dx[0], self.dxcode())]
        for s in self.secondary:
            lines.append((s[0], s[1] if self.adm >= dt.date(2015, 10, 1) else s[2]))
        for m in self.medical:
            lines.append((m[0], m[1] if self.adm >= dt.date(2015, 10, 1) else m[2]))
        return lines

    def dsm4(self):
        return self.adm < dt.date(2014, 1, 1)


def subst_text(case, r):
    if not case.subst:
        return r.choice(["Denies alcohol or illicit drug use.", "Denies use of alcohol, cannabis or other drugs.", "No substance use reported; UDS negative.",
                         "Reports social alcohol use, 1-2 drinks monthly; denies drugs."])
    out = []
    for s in case.subst:
        if s == "alcohol":
            out.append(r.choice(["Reports drinking %d-%d beers daily" % (lambda a: (a, a + 6))(r.randint(6, 12)), "Drinks about a fifth of vodka per day",
                                 "Drinks 1/2 pint to 1 pint of liquor daily"]) + r.choice([", last drink the morning of admission.", "; last drink %d hours prior to arrival." % r.randint(4, 30), "."]))
        elif s == "opioids":
            out.append(r.choice(["Uses approximately %d bags of heroin/fentanyl IV daily." % r.randint(3, 15), "Snorts fentanyl daily, about $%d per day." % r.choice([40, 60, 100]),
                                 "Reports IV fentanyl use, last use %d hours before presentation." % r.randint(6, 36)]))
        elif s == "methamphetamine":
            out.append(r.choice(["Smokes methamphetamine several times per week.", "Reports IV methamphetamine use, last use 2 days ago."]))
        elif s == "cocaine":
            out.append(r.choice(["Uses crack cocaine on weekends.", "Reports intranasal cocaine use 2-3 times per week."]))
        elif s == "cannabis":
            out.append(r.choice(["Smokes marijuana daily.", "Uses cannabis (vape) several times a day."]))
        elif s == "benzodiazepines":
            out.append("Buys alprazolam 'bars' off the street, 2-4 mg a day.")
    if case.tobacco:
        out.append(r.choice(["Smokes 1 ppd.", "Smokes 1/2 ppd cigarettes.", "Tobacco: 1 pack per day x %d years." % r.randint(5, 30)]))
    return " ".join(out)


def uds_result(case):
    pos = []
    m = {"opioids": ["Opiates", "Fentanyl"], "methamphetamine": ["Amphetamines", "Methamphetamine"], "cocaine": ["Cocaine metabolite"],
         "cannabis": ["THC (cannabinoids)"], "benzodiazepines": ["Benzodiazepines"]}
    for s in case.subst:
        pos += m.get(s, [])
    if any("buprenorphine" in x for x in case.psych_meds):
        pos.append("Buprenorphine")
    if any("methadone" in x for x in case.psych_meds):
        pos.append("Methadone")
    return pos

# ---------------------------------------------------------------- document furniture
class Doc:
    """Per-document formatting choices: heading style, date style."""

    def __init__(self, r, case):
        self.r = r
        self.c = case
        self.hs = r.randrange(6)
        self.ds = r.choice(DATE_STYLES)
        self.n = 0

    def d(self, date):
        return fd(date, self.ds)

    def h(self, *variants):
        r = self.r
        t = r.choice(variants)
        s = self.hs
        if s == 0:
            return t.upper() + ":"
        if s == 1:
            return t.title() + ":"
        if s == 2:
            return t.upper() + "\n" + "-" * len(t)
        if s == 3:
            self.n += 1
            return "%d. %s" % (self.n, t.upper())
        if s == 4:
            return t.upper()
        return t + ":"

    def sec(self, body, *variants):
        hd = self.h(*variants)
        if self.hs in (0, 1, 5) and "\n" not in body and len(body) < 200 and self.r.random() < 0.6:
            return hd + " " + body
        return hd + "\n" + body


def letterhead(r, key=None, plain=False):
    key = key or r.choice(list(SITES))
    s = SITES[key]
    style = r.randrange(5)
    if style == 0:
        out = [s[0].upper(), s[1], s[2], s[3], "Phone %s   Fax %s" % (s[4], s[5])]
    elif style == 1:
        out = [s[0], "%s * %s * %s" % (s[2], s[3], s[4])]
    elif style == 2:
        out = [SYS.upper(), s[0], "%s, %s" % (s[2], s[3]), "Tel: %s | Fax: %s" % (s[4], s[5])]
    elif style == 3:
        out = ["%s        %s" % (s[0], s[4]), s[2] + ", " + s[3]]
    else:
        out = [s[0]]
    if plain:
        out = out[:1]
    return "\n".join(out)


def outside_head(r, name=None):
    name = name or r.choice(OUTSIDE_HOSP)
    t = r.choice(TOWNS)
    return r.choice(["%s\n%d Medical Center Dr, %s, %s" % (name.upper(), r.randint(100, 9000), t[0], t[1]),
                     name, "%s\n%s, %s   %s" % (name, t[0], t[1], phone(r)), name.upper()])


def pt_block(doc, extra=None):
    r, c = doc.r, doc.c
    style = r.randrange(7)
    extra = extra or []
    if style == 0:
        lines = ["Patient: %s" % c.name(2), "MRN: %s" % c.mrn, "DOB: %s" % doc.d(c.dob)]
    elif style == 1:
        lines = ["NAME: %s      MR#: %s      DOB: %s      AGE: %d      SEX: %s" % (c.name(1), c.mrn, doc.d(c.dob), c.age, c.sex)]
    elif style == 2:
        lines = ["%s  (%s/%d%s)  MRN %s  Acct %s" % (c.name(4), doc.d(c.dob), c.age, c.sex, c.mrn, c.acct)]
    elif style == 3:
        lines = ["PATIENT NAME: %s" % c.name(1), "MEDICAL RECORD NO: %s" % c.mrn, "ACCOUNT NO: %s" % c.acct, "DATE OF BIRTH: %s" % doc.d(c.dob)]
    elif style == 4:
        lines = ["Name: %s   DOB: %s   MRN: %s" % (c.name(0), doc.d(c.dob), c.mrn)]
    elif style == 5:
        lines = ["RE: %s" % c.name(3), "DOB %s" % doc.d(c.dob)]
    else:
        lines = ["%s | %s | %s | %s" % (c.name(1), c.mrn, doc.d(c.dob), "%dy %s" % (c.age, c.sex))]
    for k, v in extra:
        lines.append("%s: %s" % (k, v))
    return "\n".join(lines)


def sig(doc, who, date=None, kind=None):
    r = doc.r
    date = date or doc.c.adm
    kind = kind if kind is not None else r.randrange(7)
    t = ftime(r)
    if kind == 0:
        return "Electronically signed by %s on %s at %s" % (who.full(), doc.d(date), t)
    if kind == 1:
        return "%s\n%s" % ("_" * 30, who.full())
    if kind == 2:
        return "Dictated by: %s\nD: %s  T: %s\nJob #%d / %s" % (who.full(), fd(date, "%m/%d/%Y"), fd(add_days(date, r.randint(0, 2)), "%m/%d/%Y"),
                                                               r.randint(100000, 999999), "".join(r.choice("abcdefghkmrst") for _ in range(3)))
    if kind == 3:
        return "%s\n%s\n(Signed electronically)" % (who.full(), r.choice(["Attending Psychiatrist", "Staff Psychiatrist", "Medical Director", who.role.title()]))
    if kind == 4:
        return "Signature: %s      Date/Time: %s %s" % (who.short(), fd(date, "%m/%d/%y"), t)
    if kind == 5:
        return "-- %s %s" % (who.short(), fd(date, "%m/%d/%Y"))
    return "DICTATED BUT NOT READ\n%s" % who.full()


CONF = ["CONFIDENTIAL: This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR Part 2). Federal rules prohibit you from making any further disclosure of this information unless further disclosure is expressly permitted by the written consent of the person to whom it pertains.",
        "CONFIDENTIAL PATIENT INFORMATION - Protected Health Information. Redisclosure prohibited without authorization.",
        "This document contains privileged and confidential mental health information. Unauthorized disclosure is prohibited by state and federal law.",
        "Confidential - Do not copy"]


def furniture(doc, text, facility=None):
    """Wrap text with page headers/footers, fax banners, print stamps."""
    r, c = doc.r, doc.c
    lines = text.split("\n")
    facility = facility or r.choice([HOSP, SITES["cmhc"][0], SYS, "TVBH"])
    per = r.randint(38, 60)
    npages = max(1, (len(lines) + per - 1) // per)
    mode = r.randrange(6)
    out = []
    stamp = "%s %s" % (fd(add_days(c.adm, r.randint(0, 40)), r.choice(["%m/%d/%Y", "%b-%d-%Y", "%m/%d/%y"])), ftime(r, True))
    if r.random() < 0.22:
        out.append("%s FROM:%s  %s  TO:%s  P.%02d/%02d" % (stamp, r.choice(["TVBH HIM", "MILLBROOK CMHC", "TAMARACK VALLEY", SITES['hosp'][5]]),
                                                      SITES['hosp'][5], phone(r), 1, npages + r.randint(0, 2)))
    for p in range(npages):
        chunk = lines[p * per:(p + 1) * per]
        if p > 0 and mode in (0, 1, 2):
            out.append(r.choice(["%s  MRN %s  (continued)" % (c.name(1), c.mrn), "%s - %s" % (facility, c.name(2)),
                                 "Patient: %s  DOB: %s" % (c.name(0), doc.d(c.dob))]))
            out.append("")
        out += chunk
        if mode in (0, 3):
            out.append("")
            out.append("Page %d of %d" % (p + 1, npages))
        elif mode == 1:
            out.append("")
            out.append("%s     Page %d" % (facility, p + 1))
        elif mode == 2 and p == npages - 1:
            out.append("")
            out.append("Printed %s by %s%s" % (stamp, r.choice("ajkmrst"), r.choice(LN).lower()[:6]))
    if r.random() < 0.25:
        out.append("")
        out.append(r.choice(CONF))
    return "\n".join(out)


OCR_SUBS = [("l", "1"), ("I", "l"), ("O", "0"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("a", "o"), ("S", "5"), ("cl", "d"),
            ("h", "b"), ("t", "l"), (".", ","), (",", "."), ("i", "l"), ("B", "8"), ("u", "v")]


def ocr(r, text, level=None):
    if level is None:
        level = r.choice([0, 0, 1, 1, 1, 2, 3])
    if level == 0:
        return text
    rate = {1: 0.004, 2: 0.012, 3: 0.03}[level]
    out = []
    for line in text.split("\n"):
        if r.random() < rate * 3 and len(line) > 20:
            cut = r.randrange(10, len(line))
            line = line[:cut] + " " + line[cut:]
        chars = list(line)
        i = 0
        res = []
        while i < len(chars):
            if r.random() < rate and chars[i] != " ":
                two = "".join(chars[i:i + 2])
                done = False
                for a, b in OCR_SUBS:
                    if two.startswith(a) and r.random() < 0.5:
                        res.append(b)
                        i += len(a)
                        done = True
                        break
                if not done:
                    if r.random() < 0.3:
                        i += 1  # drop
                    else:
                        res.append(chars[i])
                        if r.random() < 0.3:
                            res.append(" ")
                        i += 1
            else:
                res.append(chars[i])
                i += 1
        line = "".join(res)
        if level >= 2 and r.random() < 0.04:
            line = line + r.choice([" |", " '", " .", " ~", "  i"])
        out.append(line)
    return "\n".join(out)


def checkbox(r, label, checked=None):
    checked = r.random() < 0.5 if checked is None else checked
    return r.choice([("[X] " if checked else "[ ] "), ("(x) " if checked else "( ) "), ("X " if checked else "_ ")]) + label


def cb(doc, label, checked):
    sty = doc.hs % 3
    return [("[X] " if checked else "[ ] "), ("(x) " if checked else "( ) "), ("X  " if checked else "__ ")][sty] + label


def med_fmt(doc, m, style=None):
    r = doc.r
    style = doc.hs % 4 if style is None else style
    parts = m.split(" ")
    name = parts[0]
    rest = " ".join(parts[1:])
    if style == 0:
        return m
    if style == 1:
        return name.capitalize() + " " + rest
    if style == 2:
        return name.upper() + " " + rest
    return "%s %s" % (name.capitalize(), rest.replace(" PO ", " by mouth ").replace("qHS", "at bedtime").replace(" BID", " twice daily").replace(" TID", " three times daily"))

# ---------------------------------------------------------------- clinical text builders
def vitals(r, case, style=0):
    bp = "%d/%d" % (r.randint(104, 158), r.randint(62, 98))
    hr = r.randint(58, 112) if case.cat not in ("aud",) else r.randint(88, 124)
    t = round(r.uniform(97.4, 99.4), 1)
    rr = r.randint(14, 20)
    sp = r.randint(94, 100)
    if style == 0:
        return "BP %s, HR %d, RR %d, T %.1f F, SpO2 %d%% RA, Wt %d lb" % (bp, hr, rr, t, sp, case.wt_lb)
    if style == 1:
        return "T: %.1f  P: %d  R: %d  BP: %s  O2 sat: %d%%" % (t, hr, rr, bp, sp)
    return "Temp %.1f | Pulse %d | Resp %d | BP %s | SpO2 %d%% | Ht %d in | Wt %d lbs | BMI %.1f" % (t, hr, rr, bp, sp, case.ht_in, case.wt_lb, case.bmi)


def hpi(r, case, length=2):
    c = case
    sx = c.sexword(r)
    hx = {"dep": "depression", "bipdep": "bipolar disorder", "bip": "bipolar disorder", "psy": r.choice(["schizophrenia", "chronic psychosis", "schizoaffective disorder"]),
          "ptsd": "PTSD and depression", "anx": "anxiety and depression", "aud": "alcohol use disorder", "oud": "opioid use disorder", "neuro": "dementia"}[c.cat]
    if c.cat == "psy" and "Schizoaffective" in c.dx[0]:
        hx = "schizoaffective disorder"
    s = []
    s.append(r.choice(["%s is a %d-year-old %s %s with a history of %s who was %s" % (c.first, c.age, r.choice(["", "single ", "divorced ", "Caucasian ", "African American ", "Hispanic "]) if not c.adolescent else "", sx, hx, c.arrival),
                       "Patient is a %d y/o %s with hx of %s, %s" % (c.age, "M" if c.sex == "M" else "F", hx, c.arrival),
                       "This %d-year-old %s with a past psychiatric history significant for %s was %s" % (c.age, sx, hx, c.arrival),
                       "%d yo %s w/ PPH %s %s" % (c.age, "male" if c.sex == "M" else "female", hx, c.arrival.replace("brought in by", "BIB").replace("emergency department", "ED"))]) +
             r.choice([" in the setting of %s." % c.trigger, " after %s." % c.trigger, ". Stressors include %s." % c.trigger]))
    s.append("%s reports %s over the past %s." % (r.choice([c.He(), "Patient", "Pt"]), ", ".join(c.symptoms[:-1]) + " and " + c.symptoms[-1], r.choice(["two weeks", "several weeks", "month", "3-4 days", "10 days", "two months"])))
    if c.attempt:
        s.append(r.choice(["On the day of admission %s made a suicide attempt by %s." % (c.he(), c.attempt_method),
                           "Precipitating event was a suicide attempt (%s) reported by family." % c.attempt_method,
                           "%s was found by %s after %s." % (c.He(), c.emerg[1], c.attempt_method)]))
    elif c.si:
        s.append(r.choice(["Endorses suicidal ideation with thoughts of overdosing but denies intent at this time.", "Reports passive SI, 'I just don't want to wake up,' without plan.",
                           "Told %s therapist that %s had a plan to overdose on %s pills." % (c.his(), c.he(), c.his())]))
    if c.cat == "psy":
        s.append(r.choice(["Family reports %s stopped taking %s medication approximately %d weeks ago." % (c.he(), c.his(), r.randint(2, 8)),
                           "%s has been isolating in %s room and was found yelling at neighbors." % (c.He(), c.his())]))
    if c.cat == "bip":
        s.append(r.choice(["Family states %s has spent over $%d,000 in the past week." % (c.he(), r.randint(2, 9)), "%s was arrested for disorderly conduct at a gas station." % c.He()]))
    if length > 1:
        s.append(subst_text(c, r))
        if c.prior_adm == 0:
            s.append(r.choice(["First psychiatric hospitalization.", "%s has had no prior admissions." % c.He(), "No prior psychiatric hospitalizations."]))
        else:
            s.append(r.choice(["Prior psychiatric hospitalizations: %d, most recently %d." % (c.prior_adm, c.adm.year - r.randint(0, 5)),
                               "%s has had %d prior admission%s." % (c.He(), c.prior_adm, "s" if c.prior_adm > 1 else ""),
                               "Multiple prior hospitalizations including at this facility." if c.prior_adm > 2 else "One or two prior hospitalizations."]))
        s.append(r.choice(["Outpatient care at %s." % r.choice([SITES["cmhc"][0], SITES["clinic2"][0], "no current provider"]),
                           "Followed by %s at Millbrook CMHC." % Person(r, "np").short(), "Not currently engaged in outpatient treatment."]))
    return " ".join(s)


MSE_BY = {
    "dep": dict(app="disheveled, poor eye contact", beh="psychomotor retardation, cooperative", speech="soft, slow, decreased prosody", mood="'depressed'", affect="constricted, tearful",
                tp="linear, goal-directed", tc="hopelessness, guilt; %s", perc="denies AH/VH", cog="alert and oriented x4", ins="fair", jud="fair to poor"),
    "bipdep": dict(app="fair grooming", beh="withdrawn, cooperative", speech="decreased rate", mood="'down'", affect="dysphoric, restricted",
                   tp="linear", tc="%s", perc="no AH/VH", cog="A&O x4", ins="partial", jud="impaired"),
    "bip": dict(app="bright clothing, heavy makeup" , beh="restless, intrusive, difficult to redirect", speech="pressured, loud, rapid", mood="'I feel amazing'", affect="expansive, labile, irritable at times",
                tp="flight of ideas, tangential", tc="grandiose (believes %s has a contract with a record label); %s", perc="denies AH, appears not to be responding to internal stimuli", cog="alert, oriented x3, distractible", ins="poor", jud="poor"),
    "psy": dict(app="unkempt, malodorous, poorly groomed", beh="guarded, suspicious, intermittently responding to internal stimuli", speech="low volume, latency of response", mood="'fine'", affect="flat, incongruent",
                tp="disorganized, loose associations, thought blocking", tc="paranoid delusions re neighbors poisoning food; %s", perc="+AH (voices commenting), denies VH", cog="alert, oriented to person and place", ins="poor", jud="poor"),
    "ptsd": dict(app="casually dressed, hypervigilant", beh="cooperative, scans room", speech="normal rate and volume", mood="'anxious and on edge'", affect="anxious, tearful at times",
                 tp="linear, goal-directed", tc="trauma-related intrusive thoughts; %s", perc="no AH/VH; reports flashbacks", cog="A&Ox4", ins="fair", jud="fair"),
    "anx": dict(app="well groomed", beh="fidgety, cooperative", speech="rapid at times, normal volume", mood="'stressed out'", affect="anxious, full range",
                tp="linear, ruminative", tc="worry about finances and health; %s", perc="denies", cog="intact", ins="good", jud="fair"),
    "aud": dict(app="diaphoretic, mild tremor of outstretched hands", beh="cooperative, mildly restless", speech="normal rate, slightly slurred", mood="'shaky'", affect="anxious",
                tp="linear", tc="focused on withdrawal symptoms; %s", perc="denies AH/VH/tactile", cog="A&Ox4, attention intact", ins="fair", jud="fair"),
    "oud": dict(app="thin, yawning, track marks noted bilateral antecubital fossae", beh="restless, cooperative", speech="normal", mood="'sick'", affect="dysphoric, irritable",
                tp="linear", tc="cravings; %s", perc="denies", cog="A&Ox4", ins="fair", jud="fair"),
    "neuro": dict(app="elderly, appears stated age, hospital gown", beh="intermittently agitated, picking at clothes", speech="fluent but tangential, word-finding pauses", mood="unable to state", affect="labile",
                  tp="circumstantial, disorganized at times", tc="believes staff are stealing belongings; %s", perc="possible VH in evening per staff", cog="oriented to self only; MoCA %d/30", ins="absent", jud="impaired"),
}


def si_text(r, case, dc=False):
    if dc:
        return r.choice(["denies SI/HI, intent or plan", "denies suicidal or homicidal ideation", "no SI/HI; future oriented", "denies thoughts of self-harm or harm to others"])
    if case.si:
        return r.choice(["+SI with plan to overdose, no current intent on unit", "endorses passive SI, denies HI", "+ SI, contracts for safety on unit, denies HI",
                         "reports intermittent SI without plan; denies HI"])
    return r.choice(["denies SI/HI", "denies suicidal ideation, intent or plan; denies HI", "no SI/HI"])


def mse(r, case, fmt=0, dc=False):
    m = dict(MSE_BY[case.cat])
    tc = m["tc"]
    if "%s has" in tc:
        tc = tc.replace("%s has", case.he() + " has", 1)
    tc = tc % (si_text(r, case, dc),)
    cog = m["cog"] % (r.randint(8, 17),) if "%d" in m["cog"] else m["cog"]
    if dc:
        m.update(app="adequately groomed", beh="calm, cooperative", speech="normal rate, volume and prosody", mood=r.choice(["'better'", "'good'", "'a lot better'", "'ready to go home'"]),
                 affect=r.choice(["euthymic, reactive", "mildly anxious, reactive", "brighter, full range", "less constricted"]), ins="improved", jud="fair")
        if case.cat == "psy":
            m.update(tp="linear with mild tangentiality", perc="denies AH/VH, not responding to internal stimuli")
        else:
            m.update(tp="linear, goal-directed", perc="denies AH/VH")
        tc = "no delusions elicited; " + si_text(r, case, True)
    keys = [("Appearance", m["app"]), ("Behavior", m["beh"]), ("Speech", m["speech"]), ("Mood", m["mood"]), ("Affect", m["affect"]),
            ("Thought process", m["tp"]), ("Thought content", tc), ("Perception", m["perc"]), ("Cognition", cog), ("Insight", m["ins"]), ("Judgment", m["jud"])]
    if fmt == 0:
        return "\n".join("%s: %s" % (k, v) for k, v in keys)
    if fmt == 1:
        return "\n".join("  %-18s %s" % (k, v) for k, v in keys)
    if fmt == 2:
        return " ".join("%s %s." % (k, v) for k, v in keys)
    return "%s %s. %s. Speech %s. Mood %s, affect %s. TP %s. TC: %s. %s. %s. Insight %s, judgment %s." % (
        r.choice(["Patient is", "Pt"]), m["app"], m["beh"].capitalize(), m["speech"], m["mood"], m["affect"], m["tp"], tc, m["perc"].capitalize(), cog.capitalize(), m["ins"], m["jud"])


def dx_block(doc, style=None):
    r, c = doc.r, doc.c
    style = r.randrange(4) if style is None else style
    lines = c.dx_lines()
    if c.dsm4() and r.random() < 0.75:
        ax1 = [l for l in lines if not any(l[0] == m[0] for m in c.medical)]
        out = ["Axis I: " + "; ".join("%s (%s)" % (n, k) for n, k in ax1[:1] + [a for a in ax1[1:] if "personality" not in a[0]]),
               "Axis II: " + ("Borderline personality disorder (301.83)" if any("Borderline" in l[0] for l in lines) else r.choice(["Deferred", "None", "No diagnosis"])),
               "Axis III: " + (", ".join(m[0] for m in c.medical) or r.choice(["None known", "No acute medical issues", "deferred to medicine"])),
               "Axis IV: " + r.choice(["Problems with primary support group; economic problems", "Housing problems, legal problems", "Occupational problems", "Educational problems; family conflict"]),
               "Axis V: GAF %d on admission%s" % (r.randint(15, 35), ", %d at discharge" % r.randint(45, 60) if r.random() < 0.5 else "")]
        return "\n".join(out)
    if style == 0:
        return "\n".join("%d. %s (%s)" % (i + 1, n, k) for i, (n, k) in enumerate(lines))
    if style == 1:
        return "\n".join("%s  %s" % (k, n) for n, k in lines)
    if style == 2:
        return "Principal: %s - %s\n" % (lines[0][1], lines[0][0]) + "\n".join("Secondary: %s - %s" % (k, n) for n, k in lines[1:])
    return "\n".join("- %s" % n for n, k in lines)


def course(r, case):
    c = case
    s = []
    s.append(r.choice(["%s was admitted to %s on %s status and placed on %s." % (c.first, c.unit, c.legal, r.choice(["q15 minute checks", "suicide precautions", "close observation", "routine observation"])),
                       "Patient was admitted to the %s unit for safety and stabilization." % c.unit.split(" (")[0],
                       "Upon admission the patient was oriented to the unit and started on %s." % r.choice(["q15 min safety checks", "1:1 observation", "CIWA protocol" if c.cat == "aud" else "fall precautions"])]))
    pm = [med_name(m) for m in c.psych_meds]
    s.append(r.choice(["%s was %s and titrated to %s." % (pm[0].capitalize(), r.choice(["restarted", "started", "continued"]), " ".join(c.psych_meds[0].split(" ")[1:3])),
                       "Medications were adjusted: %s." % "; ".join(c.psych_meds),
                       "%s was initiated with good tolerance; no significant side effects reported." % pm[0].capitalize()]))
    if c.cat == "aud":
        s.append("%s was detoxed using a %s with maximum CIWA score of %d; no seizures or DTs." % (c.He(), r.choice(["symptom-triggered lorazepam protocol", "chlordiazepoxide taper", "phenobarbital taper"]), r.randint(9, 22)))
    if c.cat == "oud":
        s.append("COWS on admission %d. %s" % (r.randint(8, 18), r.choice(["Buprenorphine induction was completed on hospital day 2 without precipitated withdrawal.",
                                                                           "Patient chose to continue methadone; dosing was verified with the OTP.",
                                                                           "Patient declined MOUD and was managed with clonidine and comfort medications; naloxone kit provided."])))
    if c.lithium:
        s.append("Lithium level on day %d was %.1f mEq/L; %s." % (r.randint(4, 7), r.uniform(0.6, 1.1), r.choice(["renal function and TSH within normal limits", "BMP unremarkable"])))
    if c.clozapine:
        s.append("ANC monitored per REMS and remained within normal range.")
    s.append(r.choice(["%s attended groups consistently and participated in individual therapy." % c.He(),
                       "Initially isolative, %s gradually became more visible in the milieu and attended groups." % c.he(),
                       "%s required %s on hospital day %d for agitation, with good effect; no seclusion or restraint was required thereafter." % (c.He(), r.choice(["PRN olanzapine 10 mg IM", "PRN haloperidol 5 mg/lorazepam 2 mg/diphenhydramine 50 mg IM", "PRN hydroxyzine"]), r.randint(1, 3)),
                       "Family meeting was held with %s (%s) to review safety planning and aftercare." % (c.emerg[0], c.emerg[1])]))
    s.append(r.choice(["By the time of discharge, %s %s, was sleeping well and eating well." % (c.he(), r.choice(["denied SI/HI", "was future-oriented", "reported improved mood"])),
                       "At discharge, mood and sleep were improved; %s consistently denied suicidal ideation." % c.he(),
                       "Symptoms improved significantly and %s was felt to be safe for discharge to a lower level of care." % c.he()]))
    return " ".join(s)



def past_psych(r, c):
    return r.choice(["Diagnosed with %s at age %d. Prior medication trials: %s. Prior hospitalizations: %d. Suicide attempts: %s. History of self-harm: %s." % (
        c.dx[0].split(",")[0].lower(), max(10, c.age - r.randint(1, 25)), ", ".join(r.sample(["sertraline", "fluoxetine", "citalopram", "risperidone", "quetiapine", "lithium", "aripiprazole", "bupropion", "olanzapine", "divalproex"], 3)),
        c.prior_adm, r.choice(["none", "one (overdose, %d)" % (c.adm.year - r.randint(1, 9)), "two"]), r.choice(["denies", "cutting in adolescence", "burning"])),
        "Long history of outpatient treatment at Millbrook CMHC. %s Denies history of violence. %s" % ("No prior hospitalizations." if c.prior_adm == 0 else "%d prior admissions, most recently %d." % (c.prior_adm, c.adm.year - r.randint(1, 6)) if c.prior_adm > 1 else "One prior admission in %d." % (c.adm.year - r.randint(1, 6)), r.choice(["No ECT.", "Previously responded to ECT.", "Has an ACT team."]))])


def psychosocial(r, c):
    return "%s was raised in %s by %s. %s %s and %s. Education: %s. Legal: %s. Trauma: %s. Firearms: %s. Spiritual: %s." % (
        c.He(), r.choice([t[0] for t in TOWNS]), r.choice(["both parents", "mother", "grandparents", "foster care"]), c.He(), c.living, c.employment,
        r.choice(["high school graduate", "GED", "some college", "completed 10th grade", "associate degree"]) if not c.adolescent else "currently in school, IEP in place" if r.random() < 0.4 else "in school",
        r.choice(["denies", "pending charges for disorderly conduct", "on probation for possession", "prior OVI x2", "none"]), r.choice(["denies", "childhood physical abuse", "sexual assault as a teen", "witnessed domestic violence", "combat exposure"]),
        r.choice(["denies access", "denies access", "has a handgun at home - family to remove", "unknown"]), r.choice(["Christian", "none", "not discussed"]))


def family_hx(r, c):
    return r.choice(["Mother with depression; maternal uncle completed suicide. Father with alcohol use disorder.", "Sister with bipolar disorder. No known suicides.", "Denies family psychiatric history.",
                     "Father with schizophrenia. Paternal grandmother with dementia.", "Multiple relatives with substance use disorders. Mother with anxiety."])


def labs_summary(r, c):
    v = lab_values(r, c)
    parts = ["%s %s%s" % (k, v[k][0], " (%s)" % flag(v[k][0], v[k][2]) if flag(v[k][0], v[k][2]) else "") for k in v]
    extra = "UDS: %s. " % (", ".join(uds_result(c)) or "negative") + ("Lithium %.1f. " % r.uniform(0.5, 1.1) if c.lithium else "") + ("VPA %d. " % r.randint(50, 100) if c.valproate else "") + "ECG: NSR, QTc %d ms." % r.randint(400, 460)
    return ", ".join(parts) + ". " + extra


def course_long(r, c):
    paras = [course(r, c)]
    paras.append(r.choice(["During the first days of admission %s remained %s and required encouragement to attend groups. %s" % (c.he(), r.choice(["guarded", "isolative", "irritable", "tearful"]), r.choice(["Sleep was poor initially.", "Intake was poor; dietitian consulted.", "Collateral from %s confirmed the history." % c.emerg[1]])),
                           "Social work met with the patient and %s to coordinate aftercare; %s." % (c.emerg[1], r.choice(["an intake appointment was secured", "housing options were reviewed", "transportation was arranged", "insurance authorization was obtained for PHP"]))]))
    paras.append(r.choice(["Medical: %s" % ("; ".join("%s - %s" % (m[0], r.choice(["stable on home regimen", "managed by internal medicine", "monitored"])) for m in c.medical) or "no acute medical issues during this admission."),
                           "Internal medicine followed for %s." % (", ".join(m[0].lower() for m in c.medical) or "admission H&P; no active issues")]))
    return "\n\n".join(paras)


def lab_values(r, case):
    """returns dict of test -> (value, units, ref, flag)"""
    v = {}
    v["WBC"] = (round(r.uniform(4.2, 10.8), 1), "K/uL", "4.0-11.0")
    v["Hemoglobin"] = (round(r.uniform(11.6, 15.9), 1), "g/dL", "12.0-16.0" if case.sex == "F" else "13.5-17.5")
    v["Platelets"] = (r.randint(150, 390), "K/uL", "150-400")
    v["Sodium"] = (r.randint(134, 144), "mmol/L", "135-145")
    v["Potassium"] = (round(r.uniform(3.4, 4.9), 1), "mmol/L", "3.5-5.1")
    v["Creatinine"] = (round(r.uniform(0.6, 1.3), 2), "mg/dL", "0.60-1.20")
    v["Glucose"] = (r.randint(78, 190 if any("diabetes" in m[0] for m in case.medical) else 118), "mg/dL", "70-99")
    v["AST"] = (r.randint(14, 140 if case.cat == "aud" else 38), "U/L", "10-40")
    v["ALT"] = (r.randint(10, 90 if case.cat == "aud" else 40), "U/L", "7-56")
    v["TSH"] = (round(r.uniform(0.5, 5.8 if case.lithium else 4.2), 2), "uIU/mL", "0.45-4.50")
    return v


def flag(val, ref):
    try:
        lo, hi = [float(x) for x in ref.split("-")]
    except ValueError:
        return ""
    if val < lo:
        return "L"
    if val > hi:
        return "H"
    return ""


def pe_text(r, case, brief=False):
    c = case
    items = [("General", r.choice(["Alert, no acute distress", "Well-developed, NAD", "Appears stated age, mildly anxious" if c.cat != "aud" else "Tremulous, diaphoretic"])),
             ("HEENT", r.choice(["NCAT, PERRLA, EOMI, oropharynx clear", "Normocephalic, atraumatic; pupils equal and reactive; poor dentition", "WNL"])),
             ("Neck", "supple, no thyromegaly"),
             ("Cardiovascular", r.choice(["RRR, no murmurs", "Regular rate and rhythm, S1 S2 normal", "tachycardic, regular, no m/r/g" if c.cat in ("aud", "oud") else "RRR"])),
             ("Lungs", r.choice(["CTA bilaterally", "Clear to auscultation bilaterally, no wheezes", "clear"])),
             ("Abdomen", r.choice(["soft, NT/ND, +BS", "Soft, non-tender, no hepatosplenomegaly", "benign"])),
             ("Extremities", r.choice(["no edema", "No clubbing, cyanosis or edema", "well-healed linear scars L forearm; no edema" if c.attempt else "no c/c/e"])),
             ("Skin", r.choice(["warm and dry, no rashes", "track marks bilateral antecubital fossae; no abscess" if c.cat == "oud" else "intact", "tattoos noted; no lesions"])),
             ("Neuro", r.choice(["CN II-XII grossly intact, strength 5/5 x4, gait steady", "nonfocal" if c.cat != "aud" else "fine tremor of outstretched hands, nonfocal", "grossly intact; no cogwheeling, no tremor"]))]
    if brief:
        items = items[:1] + items[3:6] + items[-1:]
    return items


def ros_text(r, case):
    pos = []
    if case.cat == "aud":
        pos.append("tremor, sweats, nausea")
    if case.cat == "oud":
        pos.append("myalgias, diarrhea, rhinorrhea")
    if case.medical:
        pos.append(r.choice(["occasional headaches", "chronic back pain", "heartburn"]))
    return r.choice(["10-point ROS negative except as noted in HPI%s." % ((": " + "; ".join(pos)) if pos else ""),
                     "Constitutional: %s. CV: denies chest pain or palpitations. Resp: denies SOB. GI: %s. GU: negative. Neuro: denies seizures%s. Skin: negative." % (
                         r.choice(["denies fever, chills", "poor appetite"]), "nausea" if case.cat in ("aud", "oud") else "negative", "" if case.cat != "aud" else ", reports tremor"),
                     "All other systems reviewed and negative." if not pos else "Positive for %s; all other systems negative." % ", ".join(pos)])

# ================================================================ DOCUMENT TYPES
def g_discharge_summary(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    md = c.psychiatrist
    out = []
    if L == 0:  # classic dictated, caps headings
        out += [letterhead(r, "hosp"), "", r.choice(["DISCHARGE SUMMARY", "PSYCHIATRIC DISCHARGE SUMMARY", "DISCHARGE SUMMARY - INPATIENT PSYCHIATRY"]), "",
                pt_block(doc, [("Admission Date", doc.d(c.adm)), ("Discharge Date", doc.d(c.dc)), ("Attending", md.full())]), ""]
        out += [doc.sec(hpi(r, c, 1), "Reason for admission", "Reason for hospitalization", "Chief complaint and reason for admission"), "",
                doc.sec(past_psych(r, c), "Past psychiatric history", "Psychiatric history"), "",
                doc.sec(psychosocial(r, c), "Social history", "Psychosocial history"), "",
                doc.sec(family_hx(r, c), "Family history"), "",
                doc.sec(labs_summary(r, c), "Pertinent laboratory data", "Labs", "Laboratory and diagnostic data"), "",
                doc.sec(dx_block(doc), "Discharge diagnoses", "Final diagnoses", "Diagnoses"), "",
                doc.sec(course_long(r, c), "Hospital course", "Course in hospital", "Summary of hospital course"), "",
                doc.sec(mse(r, c, 3, dc=True), "Mental status at discharge", "Mental status examination at discharge"), "",
                doc.sec("\n".join(med_fmt(doc, m) for m in c.all_meds()), "Discharge medications", "Medications at discharge"), "",
                doc.sec(r.choice(["Follow up with %s at %s within 7 days. Appointment with therapist %s." % (Person(r, "np").short(), SITES["cmhc"][0], c.therapist.short()),
                                  "Referred to %s; intake scheduled %s." % (SITES["php"][0], doc.d(add_days(c.dc, 2)))]), "Aftercare", "Disposition/aftercare plan", "Follow-up"), "",
                doc.sec(r.choice(["Stable, improved.", "Improved. Low acute risk of harm to self or others at time of discharge.", "Fair; improved from admission."]), "Condition on discharge", "Condition at discharge", "Prognosis"), "",
                sig(doc, md, c.dc)]
    elif L == 1:  # EHR template with field labels
        out += [SYS.upper(), "Inpatient Behavioral Health - Discharge Summary" if r.random() < 0.5 else "Discharge Note", "",
                "Patient Name: %s\t\tMRN: %s" % (c.name(2), c.mrn), "DOB: %s\tAge: %d\tSex: %s" % (doc.d(c.dob), c.age, "Male" if c.sex == "M" else "Female"),
                "Unit: %s\tAdmit: %s\tDischarge: %s\tLOS: %d days" % (c.unit, doc.d(c.adm), doc.d(c.dc), c.los), "Legal Status on Admission: %s" % c.legal,
                "Legal Status at Discharge: %s" % r.choice(["Voluntary", "Discharged from hold", "N/A"]), "",
                "Presenting Problem:", hpi(r, c, 1), "", "Pertinent Labs/Studies:",
                r.choice(["UDS positive for %s." % (", ".join(uds_result(c)) or "none"), "CBC, CMP unremarkable. TSH %.2f." % r.uniform(0.8, 3.9), "EKG NSR, QTc %d ms." % r.randint(400, 455)]), "",
                "Psychiatric History:", past_psych(r, c), "", "Psychosocial:", psychosocial(r, c), "",
                "Treatment Course:", course_long(r, c), "", "Discharge Diagnoses (DSM-5 / ICD-10):" if not c.dsm4() else "Discharge Diagnoses:", dx_block(doc), "",
                "Risk Assessment at Discharge:", r.choice(["Acute risk assessed as low. Protective factors: family support, future orientation, engaged in treatment. Chronic risk factors: prior attempts, substance use.",
                                                           "C-SSRS screen negative at discharge. Patient collaborated on safety plan; firearms: none in home per %s." % c.emerg[1]]), "",
                "Discharge Medications:"] + ["  %s" % med_fmt(doc, m) for m in c.all_meds()] + ["",
                "Disposition: " + r.choice(["Home with family", "Home", "Group home", "Shelter with case management", "Step down to PHP"]),
                "Follow-up appointments: %s (psychiatry) %s; %s (therapy) %s" % (Person(r, "psychiatrist").short(), doc.d(add_days(c.dc, r.randint(3, 10))), c.therapist.short(), doc.d(add_days(c.dc, r.randint(2, 8)))), "",
                sig(doc, md, c.dc, 0)]
    elif L == 2:  # PHP/IOP program discharge
        site = r.choice(["php", "iop"])
        out += [letterhead(r, site), "", r.choice(["Program Discharge Summary", "PHP Discharge / Transition Summary", "IOP DISCHARGE SUMMARY", "Discharge from Program"]), "",
                pt_block(doc), "Program start: %s   Last day attended: %s   Sessions attended: %d of %d" % (doc.d(c.adm), doc.d(add_days(c.adm, 7 * r.randint(2, 6))), r.randint(8, 24), r.randint(24, 30)), "",
                doc.sec(r.choice(["Referred following inpatient stay for %s." % c.dx[0].lower(), "Self-referred for worsening %s." % r.choice(["depression", "anxiety", "substance use"])]), "Reason for referral"), "",
                doc.sec(r.choice(["Patient participated in CBT, DBT skills, and relapse prevention groups. Engagement was %s." % r.choice(["good", "fair", "inconsistent"]),
                                  "Attended groups on most days; worked on coping skills, sleep hygiene and medication adherence."]), "Summary of treatment", "Treatment summary"), "",
                doc.sec("\n".join("Goal %d: %s - %s" % (i + 1, g, r.choice(["Met", "Partially met", "Not met"])) for i, g in enumerate(r.sample(["Reduce depressive symptoms (PHQ-9 < 10)", "Eliminate self-harm behaviors", "Maintain sobriety", "Improve medication adherence", "Develop 3 coping skills for anxiety"], 3))), "Progress toward goals", "Goals"), "",
                "PHQ-9 at admission %d, at discharge %d." % (r.randint(15, 26), r.randint(3, 12)), "",
                doc.sec(r.choice(["Completed program", "Discharged - administrative (non-attendance)", "Transferred to higher level of care", "Completed, step down to IOP"]), "Reason for discharge", "Discharge type"), "",
                doc.sec("\n".join(c.all_meds()), "Current medications"), "", sig(doc, c.therapist, c.dc), sig(doc, Person(r, "psychiatrist"), c.dc, 4)]
    elif L == 3:  # numbered identifying-data style narrative
        out += [letterhead(r, "hosp", True), "", pt_block(doc), "",
                "DATE OF ADMISSION: %s" % doc.d(c.adm), "DATE OF DISCHARGE: %s" % doc.d(c.dc), "",
                "IDENTIFYING DATA: %s is a %d-year-old %s %s who %s and %s." % (c.first, c.age, c.marital, c.sexword(r), c.living, c.employment), "",
                "CHIEF COMPLAINT: " + r.choice(['"I need help."', '"I can\'t do this anymore."', '"My family made me come."', '"They are after me."', '"I want to get off the drugs."']), "",
                "HISTORY OF PRESENT ILLNESS: " + hpi(r, c), "",
                "PAST MEDICAL HISTORY: " + (", ".join(m[0] for m in c.medical) or "None"), "", "ALLERGIES: " + c.allergy, "",
                "PAST PSYCHIATRIC HISTORY: " + past_psych(r, c), "", "SOCIAL HISTORY: " + psychosocial(r, c), "", "FAMILY HISTORY: " + family_hx(r, c), "",
                "MENTAL STATUS EXAM ON ADMISSION: " + mse(r, c, 2), "", "LABORATORY DATA: " + labs_summary(r, c), "",
                "HOSPITAL COURSE: " + course_long(r, c), "", "DISCHARGE MENTAL STATUS EXAM: " + mse(r, c, 2, True), "",
                "DISCHARGE DIAGNOSES:", dx_block(doc, 0), "", "DISCHARGE MEDICATIONS: " + "; ".join(c.all_meds()) + ".", "",
                "DISPOSITION: Discharged to %s. %s" % (r.choice(["home", "self", "care of %s" % c.emerg[1]]), r.choice(["Follow-up arranged at Millbrook CMHC.", "Aftercare with %s." % SITES["clinic2"][0]])), "",
                sig(doc, md, c.dc, 2), "", "cc: %s, %s" % (c.pcp.short(), c.pcp_pract)]
    elif L == 4:  # detox discharge summary short
        out += [letterhead(r, "hosp"), "", r.choice(["Withdrawal Management Discharge Summary", "DETOX D/C SUMMARY", "Dual Diagnosis Unit - Discharge"]), pt_block(doc), "",
                "Admitted %s  Discharged %s" % (doc.d(c.adm), doc.d(c.dc)),
                "Substance(s): %s" % (", ".join(c.subst) or "alcohol"), "Detox protocol: %s" % r.choice(["CIWA-Ar symptom-triggered lorazepam", "Chlordiazepoxide fixed taper", "Buprenorphine induction/stabilization", "Clonidine/comfort meds"]),
                "Peak CIWA/COWS: %d   Complications: %s" % (r.randint(8, 24), r.choice(["none", "none", "elevated BP treated with clonidine", "mild hallucinosis day 2, resolved"])), "",
                "Summary: " + course(r, c), "", "Dx: " + "; ".join("%s %s" % (k, n) for n, k in c.dx_lines()[:3]), "",
                "Discharge meds:", "\n".join(" - " + m for m in c.all_meds()), "",
                "Referred to: " + r.choice(["Tamarack Recovery Services IOP", "residential treatment at Hollow Creek Recovery Center", "OTP intake at Tamarack Recovery Services", "AA/NA, sponsor"]),
                "Naloxone kit provided: %s" % r.choice(["Yes", "Yes", "Declined", "N/A"]), "", sig(doc, Person(r, r.choice(["psychiatrist", "np", "internist"])), c.dc)]
    elif L == 5:  # adolescent unit, parent involvement
        out += [SITES["hosp"][0], "Child & Adolescent Services", "", pt_block(doc, [("Guardian", "%s (%s)" % (c.emerg[0], c.emerg[1]))]), "",
                "Dates of Service: %s - %s" % (doc.d(c.adm), doc.d(c.dc)), "",
                doc.sec(hpi(r, c, 1), "Reason for admission"), "",
                doc.sec(r.choice(["Patient attended school on the unit and participated in milieu and family therapy. Collateral obtained from school counselor.",
                                  "Family sessions held x%d with %s. Patient developed a safety plan and identified coping strategies." % (r.randint(1, 3), c.emerg[1])]) + " " + course(r, c), "Course of treatment", "Hospital course"), "",
                doc.sec(dx_block(doc, 3), "Diagnoses"), "", doc.sec("\n".join(c.all_meds()), "Medications"), "",
                doc.sec("Return to school with re-entry meeting. Outpatient therapy with %s. Medication follow up with child psychiatry." % c.therapist.short(), "Recommendations", "Discharge plan"), "",
                sig(doc, md, c.dc)]
    else:  # brief narrative, no headings beyond a few
        out += ["%s %s" % (HOSP, r.choice(["", "- Medical Records"])), "", pt_block(doc), "",
                "%s was admitted %s and discharged %s. %s" % (c.name(0), doc.d(c.adm), doc.d(c.dc), hpi(r, c, 1)), "",
                course(r, c), "", "Mental status on the day of discharge: " + mse(r, c, 3, True), "",
                "Diagnoses: " + "; ".join(n for n, k in c.dx_lines()) + ".",
                "Meds on discharge: " + ", ".join(c.all_meds()) + ".", "Follow-up as scheduled. Crisis resources reviewed.", "",
                sig(doc, md, c.dc, r.choice([0, 6]))]
    return furniture(doc, "\n".join(out))


def g_history_physical(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    out = []
    prov = c.internist
    pe = pe_text(r, c, brief=L in (4, 6))
    pe_lines = "\n".join("%s: %s" % (k, v) for k, v in pe)
    if L == 0:  # medical H&P on psych unit
        out += [letterhead(r, "hosp"), "", r.choice(["ADMISSION HISTORY AND PHYSICAL", "HISTORY & PHYSICAL", "Medical History and Physical Examination", "Internal Medicine Admission H&P"]), "",
                pt_block(doc, [("Date of Service", doc.d(add_days(c.adm, r.randint(0, 1)))), ("Unit", c.unit)]), "",
                doc.sec("Medical evaluation following admission to inpatient psychiatry for %s." % c.dx[0].lower(), "Reason for evaluation", "Chief complaint"), "",
                doc.sec(hpi(r, c, 1), "History of present illness", "HPI"), "",
                doc.sec(", ".join(m[0] for m in c.medical) or "None reported.", "Past medical history", "PMH"), "",
                doc.sec(r.choice(["None.", "Appendectomy (remote).", "Cholecystectomy %d." % (c.adm.year - r.randint(2, 10)), "ORIF right wrist.", "C-section x2." if c.sex == "F" else "Hernia repair."]), "Past surgical history", "PSH"), "",
                doc.sec("\n".join(c.all_meds()), "Medications", "Home medications"), "", doc.sec(c.allergy, "Allergies"), "",
                doc.sec("%s %s. %s" % (c.He(), c.living, subst_text(c, r)), "Social history"), "",
                doc.sec(r.choice(["Mother with diabetes. Father with alcoholism.", "Noncontributory.", "Sister with bipolar disorder; father deceased MI."]), "Family history"), "",
                doc.sec(ros_text(r, c), "Review of systems", "ROS"), "", doc.sec(vitals(r, c, 0), "Vitals", "Vital signs"), "",
                doc.sec(pe_lines, "Physical examination", "Physical exam", "Exam"), "",
                doc.sec("\n".join("%d. %s - %s" % (i + 1, m[0], r.choice(["continue home regimen", "stable, continue", "monitor, recheck in AM"])) for i, m in enumerate(c.medical)) or "No acute medical issues. Medically stable for psychiatric treatment.", "Assessment and plan", "Impression/Plan", "A/P"), "",
                sig(doc, prov)]
    elif L == 1:  # psychiatric admission evaluation
        out += [letterhead(r, "hosp"), "", r.choice(["PSYCHIATRIC ADMISSION EVALUATION", "Initial Psychiatric Evaluation", "Admission Psychiatric Assessment", "ATTENDING ADMISSION NOTE"]), "",
                pt_block(doc, [("Date", doc.d(c.adm)), ("Legal status", c.legal)]), "",
                doc.sec('"%s"' % r.choice(["I need help", "I don't know why I'm here", "I tried to kill myself", "The voices won't stop", "I've been drinking too much"]), "Chief complaint", "CC"), "",
                doc.sec(hpi(r, c), "History of present illness", "HPI"), "",
                doc.sec(r.choice(["Prior dx of %s. Past trials of %s." % (c.dx[0].split(",")[0].lower(), ", ".join(r.sample(["sertraline", "fluoxetine", "risperidone", "quetiapine", "lithium", "aripiprazole", "bupropion"], 3))),
                                  "Multiple prior admissions. %s prior suicide attempts." % r.choice(["No", "Two", "One", "Several"])]), "Past psychiatric history"), "",
                doc.sec(past_psych(r, c), "Past psychiatric history (detail)", "Treatment history"), "",
                doc.sec(subst_text(c, r), "Substance use history", "Substance abuse history"), "",
                doc.sec(psychosocial(r, c), "Social history", "Psychosocial"), "", doc.sec(family_hx(r, c), "Family history", "Family psychiatric history"), "",
                doc.sec(c.allergy, "Allergies"), "", doc.sec(labs_summary(r, c), "Labs", "Admission labs"), "",
                doc.sec(", ".join(m[0] for m in c.medical) or "No significant medical history.", "Medical history"), "",
                doc.sec(mse(r, c, r.choice([0, 1])), "Mental status examination", "MSE"), "",
                doc.sec(r.choice(["High acute risk given recent attempt, hopelessness, and limited supports.", "Moderate risk; requires inpatient level of care for safety and stabilization.", "Risk factors: SI, substance use, male sex, access to means. Protective: family, children."]), "Risk assessment", "Suicide risk assessment"), "",
                doc.sec(dx_block(doc), "Diagnoses", "DSM-5 diagnosis" if not c.dsm4() else "DSM-IV-TR diagnosis"), "",
                doc.sec("1. Admit to %s, %s.\n2. %s\n3. Labs: CBC, CMP, TSH, UDS, lipids, A1c%s.\n4. Individual/group therapy, social work for discharge planning.\n5. Estimated LOS %d-%d days." % (
                    c.unit, c.legal, "Start " + "; ".join(c.psych_meds) + ".", ", lithium level" if c.lithium else "", c.los - 2, c.los + 2), "Plan", "Treatment plan"), "",
                sig(doc, c.psychiatrist)]
    elif L == 2:  # detox admission H&P with withdrawal scales
        out += [SITES["hosp"][0] + " - Withdrawal Management", "", r.choice(["H&P - Detox Admission", "ADMISSION H&P", "Addiction Medicine Admission"]), pt_block(doc), "",
                "Substances: " + subst_text(c, r), "Last use: %s" % r.choice(["this morning", "last night", "%d hrs ago" % r.randint(4, 40)]),
                "Withdrawal hx: " + r.choice(["h/o withdrawal seizures", "no h/o seizures or DTs", "h/o DTs in %d" % (c.adm.year - r.randint(1, 6))]), "",
                "CIWA-Ar: %d   COWS: %d" % (r.randint(4, 22), r.randint(0, 16)), "PMH: " + (", ".join(m[0] for m in c.medical) or "none"),
                "Meds: " + "; ".join(c.med_meds or ["none"]), "Allergies: " + c.allergy, "", vitals(r, c, 1), "", "Exam:", pe_lines, "",
                "Labs: BAL %s mg/dL. UDS: %s." % (r.choice(["<10", str(r.randint(80, 320))]), ", ".join(uds_result(c)) or "negative"), "",
                "A/P: %s. %s. Thiamine 100 mg daily, folate, MVI. Fall/seizure precautions." % (c.dx[0] if c.cat in ("aud", "oud") else SUD_DX[c.subst[0] if c.subst else "alcohol"][0],
                                                                                             r.choice(["CIWA protocol with lorazepam", "chlordiazepoxide taper", "buprenorphine induction when COWS >= 8"])), "",
                sig(doc, Person(r, r.choice(["internist", "fnp", "psychiatrist"])))]
    elif L == 3:  # checkbox form
        out += [letterhead(r, "hosp", True), "PHYSICAL EXAMINATION FORM   Form TV-MR-112 (rev %d)" % r.choice([2009, 2012, 2016, 2019]), "", pt_block(doc), "Date: " + doc.d(c.adm), "",
                vitals(r, c, 2), ""]
        for k, v in pe:
            out.append("%-14s %s  %s   Comments: %s" % (k, cb(doc, "Normal", "no" not in v.lower()[:3]), cb(doc, "Abnormal", False), v))
        out += ["", "Allergies: " + c.allergy, "TB screen: " + r.choice(["PPD placed", "QuantiFERON ordered", "CXR negative"]), "Medically cleared for psychiatric admission: " + cb(doc, "Yes", True) + " " + cb(doc, "No", False), "",
                "Problems: " + ("; ".join(m[0] for m in c.medical) or "none"), "", sig(doc, prov, c.adm, 4)]
    elif L == 4:  # brief dictated NP H&P
        out += ["%s - %s" % (HOSP, c.unit), "", pt_block(doc), "", "%s was seen today for admission physical. %s" % (c.name(0), hpi(r, c, 1)), "",
                "PMH: " + (", ".join(m[0] for m in c.medical) or "negative") + ". Allergies: " + c.allergy + ". " + subst_text(c, r), "",
                ros_text(r, c), "", "Exam: " + "; ".join("%s %s" % (k, v) for k, v in pe), "", vitals(r, c, 0), "",
                "Impression: %s. Medically stable for inpatient psychiatric care." % ("; ".join(m[0] for m in c.medical) or "No acute medical problems"), "Plan: continue " + (", ".join(c.med_meds) or "no medical meds") + ". Routine labs.", "",
                sig(doc, prov, c.adm, r.choice([2, 6]))]
    elif L == 5:  # PHP/clinic intake assessment
        site = r.choice(["php", "cmhc", "clinic2", "otp"])
        out += [letterhead(r, site), "", r.choice(["Comprehensive Intake Assessment", "Diagnostic Assessment", "INITIAL EVALUATION", "New Patient Psychiatric Evaluation"]), "", pt_block(doc), "",
                doc.sec(r.choice(["Self", "PCP", "Inpatient discharge", "Court", "Family"]), "Referral source"), doc.sec(hpi(r, c), "Presenting problem", "History of present illness"), "",
                doc.sec("%s %s and %s." % (c.He(), c.living, c.employment), "Psychosocial history"), "",
                doc.sec(subst_text(c, r) + " AUDIT-C %d." % r.randint(0, 12), "Substance use"), "",
                doc.sec(mse(r, c, 1), "Mental status"), "", doc.sec("PHQ-9: %d   GAD-7: %d   C-SSRS: %s" % (r.randint(5, 27), r.randint(3, 21), r.choice(["negative", "positive - ideation without intent", "low risk"])), "Screening measures"), "",
                doc.sec(dx_block(doc), "Diagnostic impression", "Diagnoses"), "", doc.sec(r.choice(["Recommend PHP 5 days/week.", "Medication management q4 weeks and weekly individual therapy.", "IOP 3 hrs/day, 3 days/week."]), "Recommendations"), "",
                sig(doc, r.choice([c.therapist, Person(r, "np"), c.psychiatrist]))]
    else:  # geriatric / consult-style H&P with tabular labs
        v = lab_values(r, c)
        out += [SYS, "%s - History and Physical" % c.unit, "", pt_block(doc), "", "Source: patient, %s, chart." % c.emerg[1], "",
                "Subjective: " + hpi(r, c, 1), "", "Objective:", vitals(r, c, 2), pe_lines, "", "Labs:"]
        out += ["  %-12s %7s %s" % (k, v[k][0], flag(v[k][0], v[k][2])) for k in list(v)[:7]]
        out += ["", "Assessment/Plan:"] + ["# %s: %s" % (m[0], r.choice(["continue current therapy", "stable", "check labs"])) for m in c.medical] + ["# Psychiatric: per attending psychiatrist.", "# DVT ppx: ambulatory, not indicated.", "# Code status: %s" % r.choice(["Full code", "DNR/DNI" if c.age > 70 else "Full code"]), "",
                                                                                                                                                 sig(doc, prov)]
    return furniture(doc, "\n".join(out))


def g_progress_note(r, c):
    doc = Doc(r, c)
    L = r.randrange(9)
    out = []
    day = add_days(c.adm, r.randint(1, max(1, c.los - 1)))
    vis = add_days(c.dc, r.randint(7, 400))
    sideeff = r.choice(["Denies side effects.", "Reports mild sedation in the morning.", "Some weight gain (%d lb since last visit)." % r.randint(2, 9), "Denies EPS, tremor or GI upset.", "Mild dry mouth."])
    if L == 0:  # inpatient psychiatrist daily SOAP
        out += ["%s  %s" % (HOSP, c.unit), r.choice(["Psychiatry Progress Note", "Daily Progress Note", "PROGRESS NOTE", "Attending Note - Hospital Day %d" % (day - c.adm).days]), pt_block(doc), "Date: %s" % doc.d(day), "",
                "S: " + r.choice(["Pt reports sleeping %d hrs. States mood is %s." % (r.randint(3, 8), r.choice(["'better'", "'the same'", "'ok'", "'still down'"])), "Seen on unit. Per nursing, attended %d groups, no PRNs overnight." % r.randint(1, 4),
                                  "Patient with no acute events overnight; required PRN %s x1 for %s." % (r.choice(["hydroxyzine", "olanzapine", "trazodone"]), r.choice(["anxiety", "agitation", "insomnia"]))]) + " " + sideeff,
                "O: " + vitals(r, c, 1) + "\n   MSE: " + mse(r, c, 3, dc=r.random() < 0.3),
                "A: " + r.choice(["%s, slowly improving." % c.dx[0], "%s - partial response to treatment." % c.dx[0].split(",")[0], "Improving; remains at elevated risk."]),
                "P: " + r.choice(["Continue %s. Increase to target dose tomorrow if tolerated." % c.psych_meds[0], "Continue current meds. Continue q15 checks. Collateral from %s." % c.emerg[1], "Continue plan; tentative discharge %s." % doc.d(c.dc)]), "",
                sig(doc, c.psychiatrist, day, r.choice([0, 4, 5]))]
    elif L == 1:  # outpatient med management (template)
        np_ = r.choice([Person(r, "np"), c.psychiatrist, Person(r, "pa")])
        out += [letterhead(r, r.choice(["cmhc", "clinic2"])), "", r.choice(["Medication Management Visit", "Psychiatric Follow-up", "Pharmacologic Management (99214)", "Med Check", "OUTPATIENT PSYCHIATRY NOTE"]), "",
                pt_block(doc, [("Visit date", doc.d(vis)), ("Visit type", r.choice(["in person", "telehealth (video)" if vis.year >= 2020 else "in person", "telephone"]))]), "",
                doc.sec(r.choice(["Doing %s since last visit." % r.choice(["about the same", "better", "worse"]), "Pt returns for 4-week follow up.", "Here with %s." % c.emerg[1]]) + " " + r.choice(["Mood %d/10." % r.randint(2, 9), "Sleep improved.", "Missed doses last week."]) + " " + sideeff, "Interval history", "Subjective"), "",
                doc.sec("\n".join(c.psych_meds), "Current psychiatric medications", "Current meds"), "",
                doc.sec("Adherence: %s. %s" % (r.choice(["good per pt", "partial", "good, confirmed by pill box"]), subst_text(c, r)), "Adherence/substance use"), "",
                doc.sec(mse(r, c, r.choice([0, 3]), dc=True), "Mental status exam", "MSE"), "",
                doc.sec("PHQ-9 %d. %s" % (r.randint(2, 20), "Last lithium level %.1f on %s." % (r.uniform(0.5, 1.1), doc.d(add_days(vis, -r.randint(5, 40)))) if c.lithium else "AIMS 0." if c.cat == "psy" else ""), "Measures"), "",
                doc.sec(c.dx[0] + " - " + r.choice(["stable", "improving", "partially controlled", "worsening"]) + ".", "Assessment", "Impression"), "",
                doc.sec(r.choice(["Continue current regimen. RTC 4 weeks.", "Increase %s. RTC 2 weeks." % med_name(c.psych_meds[0]), "Continue meds. Labs: %s. Return 6 weeks." % ("lithium level, BMP, TSH" if c.lithium else "A1c, lipids" if c.cat == "psy" else "none")]) +
                        " Crisis resources reviewed. Risk: low acute.", "Plan"), "", sig(doc, np_, vis)]
    elif L == 2:  # therapy DAP
        out += [letterhead(r, r.choice(["cmhc", "clinic2", "iop"]), True), r.choice(["Individual Therapy Note", "Psychotherapy Progress Note (90837)", "Counseling Session Note", "DAP Note"]), pt_block(doc),
                "Date: %s   Start: %s  End: %s   Modality: %s" % (doc.d(vis), ftime(r, False), ftime(r, False), r.choice(["CBT", "DBT", "supportive", "trauma-focused (CPT)", "motivational interviewing"])), "",
                "D: " + r.choice(["Client reported increased stress related to %s. Reviewed thought record homework." % c.trigger, "Client discussed relapse triggers and weekend plans.", "Client processed grief; tearful at times. Reports %d days sober." % r.randint(3, 200)]),
                "A: " + r.choice(["Client engaged, receptive to feedback. Progressing toward treatment goal #%d." % r.randint(1, 3), "Mood congruent, insight improving. Denies SI/HI.", "Client appears to be in contemplation stage regarding use."]),
                "P: " + r.choice(["Continue weekly sessions. Homework: behavioral activation schedule.", "Next session %s. Practice distress tolerance skills (TIPP)." % doc.d(add_days(vis, 7)), "Refer to psychiatry for med evaluation."]), "",
                sig(doc, c.therapist, vis, r.choice([1, 4, 5]))]
    elif L == 3:  # BIRP group note
        grp = r.choice(["Relapse Prevention", "DBT Skills - Emotion Regulation", "Coping Skills", "Medication Education", "Process Group", "Anger Management", "Wellness/Recovery", "Seeking Safety"])
        out += [r.choice([SITES["php"][0], SITES["iop"][0], HOSP + " - " + c.unit]), r.choice(["GROUP PROGRESS NOTE", "Group Therapy Note", "Group Note"]), "", pt_block(doc),
                "Group: %s    Date: %s    Duration: %d min    Facilitator: %s    # attendees: %d" % (grp, doc.d(day), r.choice([45, 50, 60, 90]), c.therapist.short(), r.randint(4, 12)), "",
                "Behavior: " + r.choice(["Pt attended and actively participated.", "Pt was quiet but attentive.", "Pt left group early x1, returned.", "Pt was intrusive and required redirection."]),
                "Intervention: " + r.choice(["Facilitator presented material on %s, led discussion and role play." % grp.lower(), "Psychoeducation and worksheet on identifying triggers.", "Mindfulness exercise followed by skill review."]),
                "Response: " + r.choice(["Pt identified two coping skills.", "Pt shared about %s." % c.trigger, "Minimal verbal participation.", "Pt was able to verbalize understanding."]),
                "Plan: " + r.choice(["Continue group programming.", "Encourage participation.", "Review in individual session."]), "", sig(doc, c.therapist, day, 4)]
    elif L == 4:  # OTP / buprenorphine visit
        out += [letterhead(r, "otp"), "", r.choice(["MAT Follow-up Visit", "Office-Based Opioid Treatment Note", "Addiction Medicine Progress Note", "Buprenorphine Maintenance Visit"]), pt_block(doc), "Visit: " + doc.d(vis), "",
                "Current dose: " + r.choice(["buprenorphine/naloxone 8/2 mg SL BID", "buprenorphine/naloxone 8/2 mg SL TID", "methadone %d mg daily" % r.choice([60, 80, 95, 110])]),
                "Cravings: %d/10. Withdrawal: %s. Illicit use since last visit: %s." % (r.randint(0, 7), r.choice(["none", "mild in evenings"]), r.choice(["denies", "reports 1 use of fentanyl", "denies; UDS pending"])),
                "UDS today: " + r.choice(["+buprenorphine, otherwise negative", "+bup, +fentanyl", "+methadone", "negative for all including bup (discussed)"]),
                "PDMP reviewed: %s" % r.choice(["no concerning fills", "consistent with prescribed", "noted Rx for gabapentin from PCP"]),
                "Naloxone on hand: " + r.choice(["yes", "yes", "refilled today"]), "", "Assessment: %s, %s." % (SUD_DX["opioids"][0], r.choice(["early remission on maintenance therapy", "in treatment, stable", "with recent return to use"])),
                "Plan: " + r.choice(["Continue current dose, 2 week Rx.", "Increase dose; weekly visits.", "Continue, next visit 4 weeks, counseling with %s." % c.therapist.short()]), "", sig(doc, Person(r, r.choice(["internist", "np", "fnp"])), vis)]
    elif L == 5:  # case management note, plain narrative
        cm = Person(r, "cm")
        out += [r.choice(["Case Management Note", "CPST Progress Note", "Community Support Contact Note", "TCM Note"]), "%s  %s" % (c.name(2), c.mrn), "Date of contact: %s   Location: %s   Units: %d" % (doc.d(vis), r.choice(["client home", "office", "phone", "community (pharmacy)"]), r.randint(1, 6)), "",
                r.choice(["CM met with client to assist with SSI application and housing voucher paperwork.", "CM transported client to pharmacy to pick up %s." % med_name(c.psych_meds[0]),
                          "Client called CM reporting conflict with landlord; CM provided problem solving and linked to legal aid.", "CM completed home visit. Client's apartment clean, food in fridge, pill organizer filled."]) + " " +
                r.choice(["Client denied SI/HI.", "Client appeared stable.", "Client reported missing last appointment; rescheduled."]), "", "Plan: " + r.choice(["follow up next week", "coordinate with prescriber", "monthly contact"]), "", sig(doc, cm, vis, 5)]
    elif L == 6:  # telepsychiatry brief
        out += ["TELEHEALTH VISIT", "Patient location: home (%s, %s)   Provider location: %s" % (c.city, c.state, SITES["cmhc"][0]), "Consent for telehealth obtained verbally.", pt_block(doc), "Date: %s" % doc.d(vis), "",
                "%s reports %s. %s" % (c.first, r.choice(["stable mood", "more anxiety with work", "improved sleep", "some breakthrough voices at night" if c.cat == "psy" else "low motivation"]), sideeff),
                "Meds reviewed: " + ", ".join(c.psych_meds) + ".", mse(r, c, 3, dc=True), "", "Dx: %s (%s)" % (c.dx[0], c.dxcode()), "Plan: " + r.choice(["No changes.", "Refills sent.", "Taper trazodone.", "Start prazosin 1 mg qHS for nightmares."]) + " F/u %d weeks." % r.choice([2, 4, 6, 8, 12]), "",
                sig(doc, Person(r, r.choice(["psychiatrist", "np"])), vis, 0)]
    elif L == 7:  # PHP daily psychiatrist note / interdisciplinary
        out += [SITES["php"][0], r.choice(["Daily Progress Note", "PHP Physician Note", "Interdisciplinary Progress Note"]), pt_block(doc), "Program day %d - %s" % (r.randint(2, 15), doc.d(day)), "",
                "Subjective:", r.choice(["Pt reports mood 5/10, anxiety 7/10, slept 6 hours.", "States %s is 'hanging in there'." % c.he(), "Reports urge to self-harm yesterday, used ice cube skill."]), "",
                "Objective:", "Attended %d/4 groups. " % r.randint(2, 4) + mse(r, c, 2, dc=True), "", "Assessment:", "%s. Appropriate for continued PHP level of care." % c.dx[0], "",
                "Plan:", "\n".join("- " + x for x in r.sample(["Continue programming", "Continue %s" % c.psych_meds[0], "Family session Friday", "Discharge target %s" % doc.d(add_days(day, 7)), "Safety plan updated"], 3)), "", sig(doc, Person(r, "psychiatrist"), day)]
    else:  # SOAP primary care follow-up for psych patient (medical paperwork)
        out += [r.choice(PCP_PRACT), "", "Office Visit  " + doc.d(vis), pt_block(doc), "",
                "Chief Complaint: " + r.choice(["follow up %s" % (c.medical[0][0].lower() if c.medical else "labs"), "metabolic monitoring on antipsychotic" if c.cat in ("psy", "bip") else "annual physical", "lithium monitoring" if c.lithium else "annual physical", "cough x 1 week"]), "",
                "HPI: %d y/o with %s here for follow-up. Psychiatric care at Millbrook CMHC; meds include %s." % (c.age, ", ".join(m[0].lower() for m in c.medical) or "no chronic problems", ", ".join(med_name(m) for m in c.psych_meds)), "",
                "Vitals: " + vitals(r, c, 0), "Exam: " + "; ".join("%s %s" % (k, v) for k, v in pe_text(r, c, True)), "",
                "Assessment & Plan:"] + ["%d. %s - %s" % (i + 1, m[0], r.choice(["controlled, continue", "uncontrolled, adjust", "recheck 3 months"])) for i, m in enumerate(c.medical or [("Health maintenance", "", "", [])])] + ["", sig(doc, c.pcp, vis)]
    return furniture(doc, "\n".join(out))


def g_consult_note(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    out = []
    d = add_days(c.adm, r.randint(0, 3))
    if L == 0:  # C-L psychiatry consult at outside hospital
        ref = Person(r, "internist")
        out += [outside_head(r), "", r.choice(["PSYCHIATRY CONSULTATION", "Consultation-Liaison Psychiatry Note", "Psychiatric Consult", "CONSULTATION REPORT"]), "", pt_block(doc),
                "Date of consult: %s   Requesting physician: %s   Consultant: %s" % (doc.d(d), ref.short(), c.psychiatrist.short()), "",
                doc.sec(r.choice(["Evaluate for suicidality after intentional overdose; capacity; disposition.", "SI, medically cleared?", "Agitation and psychosis on medical floor.", "Alcohol withdrawal and depression."]), "Reason for consultation", "Question"), "",
                doc.sec(hpi(r, c), "History of present illness", "HPI"), "", doc.sec(past_psych(r, c), "Past psychiatric history"), "",
                doc.sec(psychosocial(r, c), "Social history"), "", doc.sec(", ".join(m[0] for m in c.medical) or "See primary team note.", "Medical history"), "",
                doc.sec("\n".join(c.all_meds()), "Home medications"), "", doc.sec(mse(r, c, 0), "Mental status examination", "MSE"), "",
                doc.sec(r.choice(["Patient lacks capacity to refuse treatment at this time.", "Patient has capacity to make medical decisions.", "Capacity not formally assessed."]) + " " + r.choice(["High risk of self-harm.", "Moderate risk.", "Acute risk elevated."]), "Assessment", "Impression"), "",
                doc.sec(dx_block(doc, 3), "Diagnoses"), "",
                doc.sec("\n".join(["1. Continue 1:1 sitter.", "2. Recommend inpatient psychiatric admission once medically cleared; %s." % r.choice(["pink slip / emergency hold completed", "patient agreeable to voluntary admission"]), "3. %s" % r.choice(["Hold home %s until medically stable." % med_name(c.psych_meds[0]), "Olanzapine 5 mg PO/IM q6h PRN agitation.", "CIWA protocol per primary team."]), "4. Will follow."]), "Recommendations"), "",
                "Thank you for this consult.", sig(doc, c.psychiatrist, d)]
    elif L == 1:  # medicine consult in psych hospital
        issue = r.choice(["elevated blood pressure", "hyperglycemia", "elevated liver enzymes", "tachycardia", "fall with head strike", "elevated CK after restraint", "possible lithium toxicity" if c.lithium else "leukocytosis"])
        out += [letterhead(r, "hosp"), "", r.choice(["INTERNAL MEDICINE CONSULTATION", "Medical Consult", "Hospitalist Consultation Note"]), pt_block(doc), "Date: %s" % doc.d(d), "Requested by: %s" % c.psychiatrist.short(), "",
                "Reason: " + issue + ".", "", "History: %s. %s" % (hpi(r, c, 1), "Nursing notified provider of %s." % issue), "", "PMH: " + (", ".join(m[0] for m in c.medical) or "none"),
                "Meds: " + "; ".join(c.all_meds()), "Allergies: " + c.allergy, "", "Vitals: " + vitals(r, c, 0), "Exam: " + "; ".join("%s: %s" % kv for kv in pe_text(r, c, True)), "",
                "Impression: " + issue.capitalize() + r.choice([", likely %s." % r.choice(["related to withdrawal", "medication effect", "anxiety", "dehydration"]), ", etiology unclear."]),
                "Recommendations: " + r.choice(["BMP, CBC, repeat vitals q4h; if SBP > 180 start amlodipine 5 mg.", "Hold %s; check level in AM; IV fluids if unable to take PO; transfer to ED if worsening." % med_name(c.psych_meds[0]),
                                               "Hepatitis panel, RUQ ultrasound; avoid acetaminophen > 2 g/day.", "Neuro checks q2h x 24 h; CT head if change in mental status."]), "", sig(doc, c.internist, d)]
    elif L == 2:  # neurology consult
        neuro = Person(r, "internist")
        neuro.cred = "MD, Neurology"
        out += [outside_head(r, r.choice(OUTSIDE_HOSP)) + "\nDepartment of Neurology", "", "Dear %s," % c.psychiatrist.dr() if r.random() < 0.4 else "NEUROLOGY CONSULTATION", "", pt_block(doc), "",
                "Thank you for referring %s for evaluation of %s." % (c.name(0), r.choice(["new-onset seizure", "tremor", "episodes of unresponsiveness", "cognitive decline", "abnormal movements (possible tardive dyskinesia)"])), "",
                "History: " + hpi(r, c, 1), "", "Neurologic examination: " + r.choice(["Mental status as above. CN intact. Motor 5/5. Reflexes 2+ symmetric. No tremor. Gait normal.",
                                                                                      "Orofacial dyskinesias noted, AIMS 9. Mild cogwheeling bilaterally.", "Fine postural tremor bilateral UE. Otherwise nonfocal."]), "",
                "Impression: " + r.choice(["Provoked seizure in setting of alcohol withdrawal.", "Tardive dyskinesia.", "Medication-induced (lithium) postural tremor.", "Psychogenic nonepileptic events likely.", "Mild neurocognitive disorder."]), "",
                "Recommendations: " + r.choice(["EEG, MRI brain with and without contrast. No driving x 6 months per state law.", "Consider valbenazine. Reassess antipsychotic choice.", "Propranolol 10 mg TID PRN; check lithium level.", "Video EEG if events recur."]), "",
                r.choice(["Sincerely,", ""]), sig(doc, neuro, d, r.choice([1, 3]))]
    elif L == 3:  # addiction medicine consult
        out += [letterhead(r, "hosp"), r.choice(["Addiction Medicine Consultation", "SUBSTANCE USE CONSULT", "Consult - Addiction Psychiatry"]), pt_block(doc), doc.d(d), "",
                "Reason: evaluation and treatment of substance use.", "", "Substance use history: " + subst_text(c, r), "Prior treatment: " + r.choice(["detox x3, no residential", "2 residential stays", "previously on methadone", "none"]), "",
                "Withdrawal: CIWA %d / COWS %d" % (r.randint(0, 15), r.randint(0, 12)), "UDS: " + (", ".join(uds_result(c)) or "negative"), "",
                "Assessment: " + "; ".join(SUD_DX[s][0] for s in c.subst) if c.subst else "Assessment: No current SUD diagnosis.",
                "Plan:", "- " + r.choice(["Offer buprenorphine/naloxone; patient agreeable.", "Start naltrexone 50 mg daily after LFTs.", "Acamprosate 666 mg TID.", "Motivational interviewing; patient declines MOUD at this time."]),
                "- Naloxone kit at discharge.", "- Refer to Tamarack Recovery Services IOP.", "", sig(doc, Person(r, "psychiatrist"), d)]
    elif L == 4:  # ECT consult
        out += [letterhead(r, "hosp"), "", r.choice(["ECT CONSULTATION", "Electroconvulsive Therapy Evaluation", "ECT Service - Initial Consult"]), pt_block(doc), "", "Date: " + doc.d(d), "Referring: " + c.psychiatrist.short(), "",
                "Indication: " + r.choice(["treatment-resistant depression, failed 4 adequate antidepressant trials", "depression with psychotic features, poor oral intake", "catatonia unresponsive to lorazepam", "acute mania refractory to medication"]),
                "Prior ECT: " + r.choice(["none", "yes, %d, good response" % (c.adm.year - r.randint(1, 8))]), "Medical: " + (", ".join(m[0] for m in c.medical) or "no significant history"),
                "Dentition: " + r.choice(["own teeth, good repair", "partial upper denture", "poor dentition - bite block caution"]), "", "MSE: " + mse(r, c, 3), "",
                "Recommendations: Proceed with %s ECT, %s. Pre-ECT workup: ECG, CBC, BMP, anesthesia evaluation. %s" % (r.choice(["right unilateral ultrabrief", "bitemporal", "bifrontal"]), r.choice(["3x/week", "M/W/F"]),
                                                                                                                  "Hold lithium night before treatment." if c.lithium else "Hold lamotrigine/benzodiazepines as able."), "Informed consent discussed; see consent form.", "", sig(doc, Person(r, "psychiatrist"), d)]
    elif L == 5:  # clinical pharmacy consult
        out += ["Clinical Pharmacy Consult Note", pt_block(doc), "Date: " + doc.d(d), "", "Consult for: " + r.choice(["clozapine titration and ANC monitoring", "drug interactions", "lithium dosing", "QTc risk review", "renal dosing"]), "",
                "Current meds:"] + ["  " + m for m in c.all_meds()] + ["", "Pertinent labs: Cr %.2f, K %.1f, QTc %d ms%s" % (r.uniform(0.6, 1.2), r.uniform(3.6, 4.8), r.randint(410, 470), ", Li %.1f" % r.uniform(0.4, 1.2) if c.lithium else ""), "",
                "Recommendations:", r.choice(["1. Avoid NSAIDs/ACE inhibitors with lithium or monitor level closely.\n2. Recheck lithium level 5 days after any dose change.",
                                              "1. ANC weekly x 6 months per REMS.\n2. Bowel regimen given constipation risk.\n3. Monitor for sialorrhea, tachycardia.",
                                              "1. QTc acceptable. Avoid adding additional QT-prolonging agents.\n2. Repeat ECG after titration.",
                                              "1. No major interactions identified.\n2. Consider switching trazodone to melatonin given orthostasis."]), "", sig(doc, Person(r, "pharmd"), d, 4)]
    else:  # psychological testing consult
        out += [SYS, "Psychology Service", "", r.choice(["PSYCHOLOGICAL EVALUATION", "Psychological Testing Report", "Consultation: Psychological Assessment"]), "", pt_block(doc), "Date(s) of testing: " + doc.d(d), "",
                "Referral question: " + r.choice(["diagnostic clarification (psychosis vs. mood disorder)", "assess cognitive functioning", "personality assessment", "ADHD evaluation"]), "",
                "Tests administered: " + ", ".join(r.sample(["MMPI-3", "PAI", "WAIS-IV", "MoCA", "WRAT-5", "BDI-II", "Beck Anxiety Inventory", "RBANS", "CAARS"], 4)), "",
                "Behavioral observations: " + r.choice(["Cooperative, effort appeared adequate.", "Fatigued, required breaks.", "Guarded initially; rapport improved."]), "",
                "Results: " + r.choice(["Full Scale IQ %d (%s range). " % (iq := r.randint(72, 112), "average" if iq > 89 else "low average" if iq > 79 else "borderline"), "Validity scales within acceptable limits. ", "RBANS total index %d. " % r.randint(60, 98)]) +
                r.choice(["Profile consistent with significant depressive symptoms.", "Elevations on scales measuring thought dysfunction.", "Elevated anxiety and somatic concern."]), "",
                "Summary and recommendations: " + r.choice(["Findings support diagnosis of %s. Recommend continued psychotherapy." % c.dx[0].lower(), "Recommend neuropsychological follow-up in 12 months.", "CBT and skills training recommended."]), "",
                sig(doc, Person(r, "psychologist"), d, 3)]
    return furniture(doc, "\n".join(out))


def g_nursing_note(r, c):
    doc = Doc(r, c)
    L = r.randrange(8)
    out = []
    day = add_days(c.adm, r.randint(0, max(0, c.los - 1)))
    rn = c.rn
    shift = r.choice(["Day shift 0700-1930", "Night shift 1900-0730", "Evening 1500-2330", "Days", "Nights"])
    if L == 0:  # shift narrative
        out += ["%s  %s" % (HOSP, c.unit), r.choice(["Nursing Progress Note", "RN Shift Note", "NURSING NOTE", "Shift Assessment"]), pt_block(doc), "%s   %s" % (doc.d(day), shift), "",
                r.choice(["Pt visible in milieu, calm and cooperative.", "Pt isolative to room most of shift, came out for meals.", "Pt slept approximately %d hours, no distress noted." % r.randint(4, 9),
                          "Pt pacing the hallway, loud and intrusive at times, redirectable."]) + " " +
                r.choice(["Denies SI/HI/AVH at this time.", "Endorses passive SI, contracts for safety, will notify staff.", "Appears to be responding to internal stimuli.", "Denies SI/HI."]) + " " +
                r.choice(["Med compliant.", "Refused HS %s, educated." % med_name(c.psych_meds[-1]), "Took all scheduled meds without issue."]) + " " +
                r.choice(["Ate 75%% of dinner.", "Appetite fair.", "Attended %d groups." % r.randint(1, 4)]) + " q15 min checks maintained. Will continue to monitor for safety.", "", sig(doc, rn, day, r.choice([4, 5]))]
    elif L == 1:  # nursing admission assessment form
        out += [letterhead(r, "hosp", True), r.choice(["NURSING ADMISSION ASSESSMENT", "Admission Nursing Assessment - Behavioral Health", "RN Intake Assessment"]), "", pt_block(doc), "Admit date/time: %s %s" % (doc.d(c.adm), ftime(r)),
                "Arrived via: " + r.choice(["ambulance", "police transport", "private car with family", "wheelchair from ED"]), "Legal status: " + c.legal, "", "Vitals: " + vitals(r, c, 1), "Height %d in  Weight %d lb" % (c.ht_in, c.wt_lb), "",
                "Allergies: " + c.allergy, "Skin assessment: " + r.choice(["intact", "healing lacerations L forearm, dressed", "tattoos, no wounds", "bruising R upper arm"]), "Body search completed with 2 staff: " + r.choice(["no contraband", "lighter and belt removed", "razor blade found in shoe, secured"]), "",
                "Fall risk (Morse): %d   Braden: %d   Pain: %d/10" % (r.choice([0, 15, 25, 45, 55]), r.randint(18, 23), r.randint(0, 6)), "C-SSRS: " + r.choice(["High risk", "Moderate risk", "Low risk"]),
                "Nutrition screen: " + r.choice(["no concerns", "poor intake x1 week, dietitian referral"]), "Tobacco: " + ("yes - NRT offered" if c.tobacco else "no"), "", "Belongings inventoried and secured. Unit rules and patient rights reviewed, copy given.",
                "Observation level: " + r.choice(["q15 min", "1:1", "q15 + suicide precautions", "line of sight"]), "", sig(doc, rn, c.adm, 4)]
    elif L == 2:  # MHT milieu note short
        out += [r.choice(["Milieu Note", "MHT Note", "BHT Progress Note", "Milieu/Observation Note"]), "%s  %s  %s" % (c.name(2), c.unit, doc.d(day)), "",
                r.choice(["Pt participated in recreation therapy group and played cards with peers. Pleasant.", "Pt observed sleeping at all checks from 2300-0600. Respirations even and unlabored.",
                          "Pt tearful after phone call with family, processed with staff, used coloring as coping skill.", "Pt argued with peer in dayroom; separated and redirected without further incident."]), "", sig(doc, Person(r, "mht"), day, 5)]
    elif L == 3:  # q15 observation sheet
        out += [r.choice(["OBSERVATION FLOW SHEET", "Every 15 Minute Safety Check Record", "Patient Observation Record"]), pt_block(doc), "Date: %s   Level: %s" % (doc.d(day), r.choice(["Q15", "1:1", "Q15 / SP"])), "",
                "Codes: 1=Sleeping 2=Room awake 3=Dayroom 4=Group 5=Bathroom 6=Meals 7=Phone 8=Hallway 9=Off unit  B=Calm A=Agitated", ""]
        h0 = r.choice([0, 7, 19])
        for i in range(r.randint(16, 40)):
            hh = (h0 + (i // 4)) % 24
            out.append("%02d%02d  %s%s   %s" % (hh, (i % 4) * 15, r.choice("1" if hh < 6 else "2346"), r.choice("BBBBA"), "".join(r.choice("ABCDEFGHJK") for _ in range(2))))
        out += ["", "Staff initials/signature: " + ", ".join("%s=%s" % ("".join(r.choice("ABCDEFGHJK") for _ in range(2)), Person(r, "mht").short()) for _ in range(2))]
    elif L == 4:  # seclusion/restraint nursing documentation
        t = ftime(r, True)
        out += [HOSP, r.choice(["Seclusion/Restraint - Nursing Documentation", "RESTRAINT MONITORING NOTE", "Emergency Safety Intervention Note"]), pt_block(doc), "Date: " + doc.d(day), "",
                "Time initiated: %s   Type: %s" % (t, r.choice(["physical hold", "4-point mechanical restraint", "locked seclusion", "manual hold for IM medication"])),
                "Behavior leading to intervention: " + r.choice(["Pt struck peer with closed fist.", "Pt banging head against wall, unable to redirect.", "Pt threw chair at staff.", "Pt attempting to tie ligature."]),
                "Less restrictive interventions attempted: verbal de-escalation, offered PRN, quiet room.", "Order obtained from: " + c.psychiatrist.short() + " (face-to-face within 1 hour)",
                "PRN given: " + r.choice(["haloperidol 5 mg/lorazepam 2 mg/diphenhydramine 50 mg IM", "olanzapine 10 mg IM", "ziprasidone 20 mg IM"]), "",
                "Monitoring: circulation, ROM, hydration, toileting offered q15 min - see flowsheet.", "Release criteria explained. Released at %s; pt calm, contracting for safety." % ftime(r, True),
                "Injuries: " + r.choice(["none", "abrasion L knee, first aid", "none to pt or staff"]), "Debriefing with pt completed: " + r.choice(["yes", "yes", "pt declined"]), "", sig(doc, rn, day, 4)]
    elif L == 5:  # PRN effectiveness / med note
        out += ["PRN Medication Note", pt_block(doc), "", "%s %s  Gave %s for %s. Pre: %s." % (doc.d(day), ftime(r), r.choice(["hydroxyzine 50 mg PO", "trazodone 50 mg PO", "acetaminophen 650 mg PO", "olanzapine 5 mg ODT", "nicotine gum 2 mg"]),
                                                                                            r.choice(["anxiety 8/10", "insomnia", "headache 6/10", "agitation", "cravings"]), r.choice(["pacing, wringing hands", "unable to sleep", "requesting"])),
                "%s  Reassessed: %s" % (ftime(r), r.choice(["effective, pt resting", "partially effective", "pt sleeping", "anxiety 3/10"])), "", sig(doc, rn, day, 5)]
    elif L == 6:  # detox CIWA flowsheet note
        out += [c.unit, "CIWA-Ar / Withdrawal Monitoring", pt_block(doc), "Date " + doc.d(day), ""]
        out.append("Time  N/V Trem Sweat Anx Agit Tact Aud Vis HA Orient  TOTAL  Med given")
        for i in range(r.randint(3, 7)):
            sc = [r.randint(0, 4), r.randint(0, 4), r.randint(0, 3), r.randint(0, 4), r.randint(0, 3), r.randint(0, 1), r.randint(0, 1), 0, r.randint(0, 2), 0]
            tot = sum(sc)
            out.append("%02d00  %s   %3d   %s" % ((r.choice([0, 4, 8]) + i * 4) % 24, "  ".join("%2d" % s for s in sc), tot, "lorazepam %d mg PO" % (2 if tot > 15 else 1) if tot >= 10 else "-"))
        out += ["", "Comments: " + r.choice(["Tremor improving. Tolerating fluids.", "Diaphoretic, BP 168/98 - MD notified.", "Resting quietly. No hallucinations."]), sig(doc, rn, day, 4)]
    else:  # outpatient nurse LAI injection / phone note
        out += [letterhead(r, r.choice(["cmhc", "clinic2"]), True), r.choice(["Nurse Visit", "RN Note - Injection Clinic", "Nursing Telephone Encounter"]), pt_block(doc), "Date: " + doc.d(add_days(c.dc, r.randint(5, 300))), "",
                r.choice(["Pt in for scheduled %s. Given in %s without difficulty. Lot #%s, exp %02d/%d. Pt tolerated well. Next due %s." % (
                    next((m for m in c.psych_meds if "IM" in m), "paliperidone palmitate 156 mg IM"), r.choice(["L deltoid", "R deltoid", "L gluteal", "R gluteal"]), "%s%05d" % (r.choice(["A", "LK", "FH"]), r.randint(0, 99999)),
                    r.randint(1, 12), c.adm.year + 2, doc.d(add_days(c.dc, 28))),
                          "Pt called requesting refill of %s. Last visit %s. Routed to prescriber." % (med_name(c.psych_meds[0]), doc.d(c.dc)),
                          "Pt called stating %s ran out of medication 3 days ago. Denies SI. Appointment moved up." % c.he(),
                          "BP %s, wt %d lb. Pt denies SE. Lab slip given for %s." % ("%d/%d" % (r.randint(110, 150), r.randint(68, 92)), c.wt_lb, "lithium level" if c.lithium else "A1c/lipids")]), "", sig(doc, rn, c.dc, 4)]
    return furniture(doc, "\n".join(out))


def g_ed_note(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    out = []
    ed = Person(r, "edmd")
    hosp = r.choice(OUTSIDE_HOSP)
    arr = ftime(r)
    if L == 0:  # ED physician note, classic
        out += [outside_head(r, hosp), "Emergency Department", "", r.choice(["EMERGENCY DEPARTMENT PHYSICIAN RECORD", "ED Provider Note", "EMERGENCY ROOM REPORT", "ED Physician Documentation"]), pt_block(doc, [("Arrival", "%s %s" % (doc.d(c.adm), arr))]), "",
                doc.sec(r.choice(["Suicidal ideation", "Psychiatric evaluation", "Overdose", "Bizarre behavior", "Alcohol intoxication", "Depression"]), "Chief complaint", "CC"), "",
                doc.sec(hpi(r, c), "HPI", "History of present illness"), "", doc.sec(past_psych(r, c), "Past psychiatric history", "PPH"), "",
                doc.sec(psychosocial(r, c), "Social history"), "", doc.sec(ros_text(r, c), "ROS"), "",
                doc.sec("\n".join(c.all_meds()), "Medications"), doc.sec(c.allergy, "Allergies"), "", doc.sec(vitals(r, c, 0), "Vitals", "Triage vitals"), "",
                doc.sec("\n".join("%s: %s" % kv for kv in pe_text(r, c, True)), "Physical exam", "Exam"), "",
                doc.sec("CBC, BMP unremarkable. Acetaminophen <10, salicylate <3, ethanol %s. UDS: %s. %s" % (r.choice(["<10", str(r.randint(90, 330))]), ", ".join(uds_result(c)) or "negative",
                                                                                                           "Urine hCG negative." if c.sex == "F" else ""), "ED course/results", "Labs"), "",
                doc.sec("Patient is medically cleared for psychiatric evaluation. %s" % r.choice(["Emergency hold initiated.", "Patient voluntarily agrees to admission.", "Psychiatric social worker consulted."]), "Medical decision making", "MDM"), "",
                doc.sec("1. %s\n2. %s" % (r.choice(["Suicidal ideation", "Psychosis", "Acute alcohol intoxication", "Depression"]), c.dx[0]), "Clinical impression", "Diagnosis"), "",
                doc.sec(r.choice(["Transfer to %s, accepted by %s." % (HOSP, c.psychiatrist.short()), "Admit to behavioral health.", "Boarding in ED pending bed placement."]), "Disposition"), "", sig(doc, ed, c.adm)]
    elif L == 1:  # triage note
        out += [hosp, "ED TRIAGE", pt_block(doc), "Arrival %s %s  Mode: %s" % (doc.d(c.adm), arr, r.choice(["Police", "EMS", "Walk-in", "Private vehicle"])), "",
                "Chief complaint: " + r.choice(["SI", "'hearing voices'", "ETOH", "OD", "anxiety", "pt states 'I want to die'"]), "ESI: %d" % r.choice([2, 2, 3]), "", vitals(r, c, 1), "Pain: %d/10" % r.randint(0, 5),
                "Suicide screen (ASQ/C-SSRS): " + r.choice(["POSITIVE", "positive - high risk", "negative"]), "Sitter ordered; belongings removed; pt changed into paper scrubs.", "Allergies: " + c.allergy, "", sig(doc, Person(r, "rn"), c.adm, 4)]
    elif L == 2:  # crisis / psych emergency evaluation
        out += [letterhead(r, "hosp"), r.choice(["Psychiatric Emergency Services - Crisis Evaluation", "CRISIS ASSESSMENT", "Intake/Crisis Evaluation (Assessment Center)"]), pt_block(doc), "Date/Time: %s %s" % (doc.d(c.adm), arr), "",
                "Referral source: " + r.choice(["police", "self", "ED", "mobile crisis", "family"]), "", "Presenting problem: " + hpi(r, c), "", "Collateral: %s (%s) %s reports %s." % (c.emerg[0], c.emerg[1], c.emerg[2], r.choice(["patient has not slept in days", "patient made threats to kill self", "worsening over 2 weeks"])), "",
                "C-SSRS: ideation %s, behavior %s" % (r.choice(["yes", "yes", "no"]), "yes" if c.attempt else "no"), "Access to firearms: " + r.choice(["denies", "yes - family securing", "unknown"]), "", "MSE: " + mse(r, c, 3), "",
                "Level of care determination: " + r.choice(["Inpatient psychiatric admission", "Crisis stabilization unit", "Discharge with outpatient follow-up and safety plan", "PHP referral"]), "", sig(doc, Person(r, r.choice(["therapist", "np"])), c.adm)]
    elif L == 3:  # brief SOAP ED overdose
        out += [hosp + " ED", "", pt_block(doc), doc.d(c.adm), "",
                "S: %d%s %s" % (c.age, c.sex, r.choice(["presents after intentional ingestion of unknown quantity of pills.", "found down, naloxone x2 by EMS with response.", "intoxicated, threatening suicide.", "with worsening paranoia."])),
                "O: " + vitals(r, c, 0) + ". " + r.choice(["GCS 15.", "Somnolent but arousable.", "Agitated, required IM meds."]) + " APAP level %s, ASA neg, EtOH %s." % (r.choice(["<10", "42 (4-hr)"]), r.choice(["neg", str(r.randint(100, 300))])),
                "A: " + r.choice(["Intentional overdose", "Opioid overdose, reversed", "Alcohol intoxication with SI", "Acute psychosis"]),
                "P: " + r.choice(["Poison control consulted. Observation 6 hrs then psych eval.", "NAC protocol per level.", "Medically cleared; psych consult.", "Sitter, IM haloperidol/lorazepam given, psych to see."]), "", sig(doc, ed, c.adm, 5)]
    elif L == 4:  # ED physician, EMR template with many fields
        out += ["ED Encounter Summary", "%s | %s" % (hosp, doc.d(c.adm)), pt_block(doc), "Attending: %s  Resident: %s  PCP: %s" % (ed.short(), Person(r, "edmd").short(), c.pcp.short()), "",
                "Triage Note: " + r.choice(["pt reports SI", "police brought pt in on hold", "family concerned about behavior"]), "Triage Acuity: %d" % r.choice([2, 3]), "",
                "History Source: patient, EMS, chart", "HPI: " + hpi(r, c, 1), "", "Physical Exam", "\n".join("  %s: %s" % kv for kv in pe_text(r, c)), "",
                "Results", "  WBC %.1f  Hgb %.1f  Na %d  K %.1f  Cr %.2f  Glu %d" % (r.uniform(5, 11), r.uniform(12, 16), r.randint(135, 143), r.uniform(3.5, 4.8), r.uniform(0.7, 1.2), r.randint(80, 160)),
                "  EtOH: %s   UDS: %s" % (r.choice(["neg", str(r.randint(80, 300))]), ", ".join(uds_result(c)) or "neg"), "  ECG: NSR rate %d, QTc %d" % (r.randint(62, 108), r.randint(400, 470)), "",
                "Diagnoses: " + c.dx[0], "Disposition: " + r.choice(["Transfer - psychiatric facility", "Admit - BH", "Discharged", "Observation"]), "Condition: stable", "", sig(doc, ed, c.adm, 0)]
    elif L == 5:  # nursing ED note timeline
        out += [hosp, "ED Nursing Notes", pt_block(doc), ""]
        t0 = r.randint(0, 20)
        for i, txt in enumerate(r.sample(["Pt arrived via police, handcuffs removed, pt cooperative.", "Pt changed into gown, belongings bagged and labeled.", "Sitter at bedside.", "Labs drawn and sent.",
                                           "Pt requesting to leave, redirected.", "Crisis worker at bedside.", "Pt given sandwich and juice.", "Report called to receiving facility.", "Pt transported via ambulance, stable."], 6)):
            out.append("%02d%02d  %s" % ((t0 + i) % 24, r.randint(0, 59), txt))
        out += ["", sig(doc, Person(r, "rn"), c.adm, 4)]
    else:  # ED discharge / psych eval by tele-psych
        out += ["Tele-Psychiatry Emergency Evaluation", "Originating site: %s ED   Distant site: %s" % (hosp, SYS), pt_block(doc), "Date: %s" % doc.d(c.adm), "",
                hpi(r, c), "", mse(r, c, 1), "", "Risk formulation: " + r.choice(["Elevated acute risk; inpatient recommended.", "Low acute risk; safe for discharge with safety plan and follow-up.", "Moderate; recommend CSU."]), "",
                "Recommendation to ED: " + r.choice(["Admit to inpatient psychiatry (voluntary).", "Pursue involuntary hold.", "Discharge home with %s; outpatient f/u at Millbrook CMHC within 72 h." % c.emerg[1]]), "", sig(doc, Person(r, "psychiatrist"), c.adm)]
    return furniture(doc, "\n".join(out), facility=hosp)


def g_transfer_summary(r, c):
    doc = Doc(r, c)
    L = r.randrange(6)
    out = []
    d = add_days(c.adm, r.randint(1, c.los))
    dest = r.choice(OUTSIDE_HOSP)
    reason = r.choice(["chest pain with troponin pending", "suspected lithium toxicity (level %.1f)" % r.uniform(1.6, 2.6) if c.lithium else "syncope", "fall with suspected hip fracture", "alcohol withdrawal seizure", "acute abdominal pain",
                       "GI bleed", "fever and tachycardia on clozapine" if c.clozapine else "delirium", "swallowed foreign object", "hyperglycemia > 500"])
    if L == 0:  # psych to medical transfer
        out += [letterhead(r, "hosp"), "", r.choice(["TRANSFER SUMMARY", "Interfacility Transfer Note", "Medical Transfer Summary", "Transfer of Care Summary"]), pt_block(doc), "",
                "Transferring facility: %s, %s" % (HOSP, c.unit), "Receiving facility: %s Emergency Department" % dest, "Accepting physician: %s" % Person(r, "edmd").short(), "Date/time of transfer: %s %s" % (doc.d(d), ftime(r)), "",
                doc.sec(reason.capitalize() + ".", "Reason for transfer"), "", doc.sec(hpi(r, c, 1), "Psychiatric history/reason for psych admission"), "",
                doc.sec("\n".join(c.all_meds()), "Current medications"), "Last doses given: " + ftime(r, True), "", doc.sec(c.legal + (". Hold paperwork accompanies patient." if "involuntary" in c.legal else "."), "Legal status"), "",
                doc.sec(r.choice(["Patient requires sitter/1:1 for suicide precautions.", "Elopement risk.", "No behavioral precautions needed at this time."]), "Precautions"), "", doc.sec(vitals(r, c, 0), "Vitals at transfer"), "",
                "Patient may return to %s when medically cleared; bed will be held %d hours." % (HOSP, r.choice([24, 48, 72])), "", sig(doc, c.psychiatrist, d)]
    elif L == 1:  # EMTALA style transfer form
        out += [r.choice(OUTSIDE_HOSP), "PHYSICIAN CERTIFICATION / PATIENT TRANSFER FORM", "Form ED-%d" % r.randint(10, 99), pt_block(doc), "",
                cb(doc, "Patient is stable for transfer", True), cb(doc, "Patient requested transfer", r.random() < 0.3), cb(doc, "Medical benefits of transfer outweigh risks", True), "",
                "Reason: Specialized inpatient psychiatric care not available at this facility.", "Receiving facility: %s   Accepted by: %s   Time: %s" % (HOSP, c.psychiatrist.short(), ftime(r)),
                "Bed: %s" % c.unit, "Mode: " + r.choice(["ALS", "BLS", "Sheriff transport", "Secure transport van"]), "Records sent: " + ", ".join(r.sample(["ED record", "labs", "ECG", "MAR", "hold application", "face sheet"], 4)), "",
                "Diagnosis: " + c.dx[0], "Vitals prior to transfer: " + vitals(r, c, 1), "", "Physician: %s ____________   Date %s" % (Person(r, "edmd").short(), doc.d(c.adm)),
                "Patient/Representative signature: __________________"]
    elif L == 2:  # nursing transfer report
        out += ["NURSING TRANSFER REPORT", "From: %s  To: %s" % (c.unit, r.choice([dest, UNITS[2], "Ridgeline PHP", "Appalachian Regional State Psychiatric Hospital"])), pt_block(doc), "Date: %s" % doc.d(d), "",
                "Situation: " + r.choice(["Transfer for %s." % reason, "Step-down to less restrictive unit.", "Transfer to state hospital per probate court order."]),
                "Background: %s. Admitted %s. Allergies: %s." % (c.dx[0], doc.d(c.adm), c.allergy),
                "Assessment: " + vitals(r, c, 1) + ". " + r.choice(["Calm and cooperative.", "Agitated earlier, PRN given at %s." % ftime(r, True), "Denies SI currently."]),
                "Recommendation: " + r.choice(["Continue q15 checks.", "Monitor for withdrawal.", "1:1 observation during transport."]), "", "Belongings sent: %d bags. Medications: %s" % (r.randint(1, 3), r.choice(["none sent", "MAR copy sent", "3-day supply"])), "",
                sig(doc, c.rn, d, 4)]
    elif L == 3:  # step-down inpatient to PHP transition summary
        out += [letterhead(r, "hosp", True), "Transition of Care Summary - Inpatient to %s" % r.choice(["PHP", "IOP", "Residential"]), pt_block(doc), "", "Inpatient dates: %s to %s" % (doc.d(c.adm), doc.d(c.dc)), "",
                "Summary: " + course(r, c), "", "Current risk: " + si_text(r, c, True) + ".", "Medications:", "\n".join("  " + m for m in c.all_meds()), "",
                "Receiving program: " + r.choice([SITES["php"][0], SITES["iop"][0], "Hollow Creek Recovery Center (residential)"]), "Start date: " + doc.d(add_days(c.dc, r.randint(1, 3))), "", sig(doc, c.therapist, c.dc)]
    elif L == 4:  # return from medical hospital transfer summary (outside hospital)
        out += [outside_head(r, dest), "", r.choice(["TRANSFER SUMMARY", "Discharge/Transfer Summary", "Transfer Note"]), pt_block(doc), "", "Admitted %s, transferred %s to %s." % (doc.d(c.adm), doc.d(d), HOSP), "",
                "Hospital course: Patient admitted for %s. %s Psychiatry consulted and recommended inpatient psychiatric hospitalization once medically stable." % (reason, r.choice(["Treated supportively.", "Received IV fluids and monitoring.", "Underwent imaging which was unremarkable."])), "",
                "Active problems: " + "; ".join([reason] + [m[0] for m in c.medical]), "Meds on transfer: " + "; ".join(c.all_meds()), "Code status: Full", "", sig(doc, Person(r, "internist"), d, 2)]
    else:  # brief state-hospital transfer packet summary
        out += [SYS, "Transfer Summary to State Psychiatric Hospital", "", pt_block(doc), "Court: Grisham County Probate Court, Case No. %d-MH-%04d" % (c.adm.year, r.randint(1, 9999)), "",
                "This patient is transferred on %s for continued long-term inpatient treatment. %s %s" % (doc.d(d), hpi(r, c, 1), course(r, c)), "",
                "Diagnoses:", dx_block(doc, 0), "", "Medications:", "\n".join(c.all_meds()), "", sig(doc, c.psychiatrist, d, 3)]
    return furniture(doc, "\n".join(out))

OPS = [
    dict(name="Exploration and repair of left volar wrist laceration with flexor tendon repair (FCR, palmaris longus)", pre="Complex laceration left volar wrist, self-inflicted, with tendon injury", anes="General",
         find="10 cm transverse laceration; FCR 80% lacerated, PL completely transected; median nerve intact; radial artery intact.",
         body="The wound was explored under tourniquet control. The FCR was repaired with a 4-strand core suture of 3-0 FiberWire and a 6-0 Prolene epitendinous suture. The palmaris longus was repaired similarly. Hemostasis was obtained. The skin was closed with 4-0 nylon. A dorsal blocking splint was applied.", ebl="10", spec="None"),
    dict(name="Laparoscopic appendectomy", pre="Acute appendicitis", anes="General endotracheal", find="Inflamed, nonperforated appendix.",
         body="Pneumoperitoneum was established via Hasson technique at the umbilicus. Two 5-mm ports were placed. The mesoappendix was divided with the harmonic scalpel and the base was ligated with an endoscopic stapler. The specimen was removed in an Endocatch bag. Ports closed with 0 Vicryl fascia and 4-0 Monocryl subcuticular.", ebl="minimal", spec="Appendix"),
    dict(name="Open reduction internal fixation, right distal radius fracture", pre="Displaced right distal radius fracture after fall", anes="General with regional block",
         find="Dorsally angulated intra-articular fracture.", body="A volar Henry approach was used. The fracture was reduced under fluoroscopy and fixed with a volar locking plate and screws. Final images confirmed anatomic reduction. The wound was irrigated and closed in layers.", ebl="25", spec="None"),
    dict(name="Incision and drainage of right antecubital abscess", pre="Right antecubital abscess, injection drug use", anes="MAC with local",
         find="4 x 3 cm abscess cavity with purulent drainage; no foreign body.", body="Incision made over area of maximal fluctuance. Purulent fluid expressed and cultured. Loculations broken with hemostat. Cavity irrigated with saline and packed with iodoform gauze.", ebl="5", spec="Wound culture"),
    dict(name="Laparoscopic cholecystectomy", pre="Symptomatic cholelithiasis", anes="General endotracheal", find="Distended gallbladder with multiple stones; no choledocholithiasis suspected.",
         body="Critical view of safety obtained. Cystic duct and artery clipped and divided. Gallbladder removed from the liver bed with electrocautery and extracted via the umbilical port.", ebl="15", spec="Gallbladder"),
    dict(name="Exploratory laparotomy with gastrotomy and removal of foreign bodies", pre="Ingested foreign bodies (batteries and utensils) not retrievable endoscopically", anes="General endotracheal",
         find="Multiple foreign bodies in the stomach; no perforation.", body="Upper midline laparotomy. Anterior gastrotomy performed; foreign bodies removed. Gastrotomy closed in two layers. Abdomen irrigated, fascia closed with running #1 PDS, skin stapled.", ebl="50", spec="Foreign bodies (gross only)"),
]


def g_operative_note(r, c):
    doc = Doc(r, c)
    L = r.randrange(6)
    op = r.choice(OPS)
    if c.attempt and "laceration" in c.attempt_method and r.random() < 0.6:
        op = OPS[0]
    sur = Person(r, "surgeon")
    asst = r.choice([Person(r, "pa").short(), "None", Person(r, "surgeon").short() + " (resident)"])
    an = Person(r, "anesth")
    d = add_days(c.adm, -r.randint(1, 300))
    hosp = r.choice(OUTSIDE_HOSP)
    out = []
    if L == 0:
        out += [outside_head(r, hosp), "", r.choice(["OPERATIVE REPORT", "OPERATION REPORT", "Operative Note"]), pt_block(doc), "Date of surgery: " + doc.d(d), "",
                "SURGEON: " + sur.full(), "ASSISTANT: " + asst, "ANESTHESIA: %s (%s)" % (op["anes"], an.short()), "", "PREOPERATIVE DIAGNOSIS: " + op["pre"], "POSTOPERATIVE DIAGNOSIS: Same",
                "PROCEDURE PERFORMED: " + op["name"], "", "INDICATIONS: %d-year-old with %s. Risks, benefits and alternatives discussed and consent obtained." % (c.age, op["pre"].lower()), "",
                "FINDINGS: " + op["find"], "", "DESCRIPTION OF PROCEDURE: The patient was identified in the preoperative area and brought to the operating room. After induction of anesthesia, the area was prepped and draped in the usual sterile fashion. A time-out was performed. " + op["body"] +
                " Sponge and needle counts were correct x2. The patient tolerated the procedure well and was taken to PACU in stable condition.", "", "EBL: %s mL" % op["ebl"], "SPECIMENS: " + op["spec"], "COMPLICATIONS: None", "DRAINS: None", "", sig(doc, sur, d, 2)]
    elif L == 1:  # brief op note (handwritten-style)
        out += ["BRIEF OPERATIVE NOTE", "%s   %s" % (c.name(2), doc.d(d)), "", "Pre-op dx: " + op["pre"], "Post-op dx: same", "Procedure: " + op["name"], "Surgeon: " + sur.short(), "Asst: " + asst, "Anesthesia: " + op["anes"],
                "Findings: " + op["find"], "EBL: " + op["ebl"], "Specimen: " + op["spec"], "Complications: none apparent", "Disposition: PACU, stable", "", sig(doc, sur, d, 5)]
    elif L == 2:  # narrative dictation no headings except first lines
        out += [hosp, "Department of Surgery", "", pt_block(doc), "", "Date of operation %s. %s performed %s under %s anesthesia, assisted by %s." % (doc.d(d), sur.dr(), op["name"].lower(), op["anes"].lower(), asst), "",
                "The patient has a history of %s and presented with %s. %s" % (c.dx[0].lower(), op["pre"].lower(), "Psychiatry was consulted preoperatively and a sitter was maintained." if r.random() < 0.5 else ""), "",
                "After appropriate consent, the patient was taken to the operating room. " + op["body"] + " " + op["find"] + " Estimated blood loss %s. The patient was extubated and transferred to recovery in good condition." % op["ebl"], "",
                sig(doc, sur, d, r.choice([2, 6]))]
    elif L == 3:  # EHR template numbered fields
        out += ["%s - Perioperative Services" % hosp, "Operative Report", "", pt_block(doc), ""]
        fields = [("Date of Service", doc.d(d)), ("Primary Surgeon", sur.full()), ("Assistant(s)", asst), ("Anesthesiologist", an.full()), ("Anesthesia Type", op["anes"]),
                  ("Pre-operative Diagnosis", op["pre"]), ("Post-operative Diagnosis", op["pre"]), ("Procedure(s)", op["name"]), ("Wound Class", r.choice(["I - Clean", "II - Clean contaminated", "III - Contaminated"])),
                  ("Findings", op["find"]), ("Technique", op["body"]), ("Estimated Blood Loss", op["ebl"] + " mL"), ("Specimens", op["spec"]), ("Implants", r.choice(["none", "see implant log"])), ("Complications", "None"), ("Condition", "Stable")]
        out += ["%s: %s" % f for f in fields] + ["", sig(doc, sur, d, 0)]
    elif L == 4:  # op report with post-op orders mention and psych note
        out += [outside_head(r, hosp), "", "SURGICAL PROCEDURE REPORT", pt_block(doc, [("Admit date", doc.d(d))]), "",
                doc.sec(op["name"], "Procedure"), doc.sec(op["pre"], "Indication"), doc.sec(op["anes"], "Anesthesia"), "", doc.sec(op["body"], "Details of operation", "Operative technique"), "",
                doc.sec(op["find"], "Operative findings"), doc.sec("EBL %s mL; specimen: %s; no complications." % (op["ebl"], op["spec"]), "Summary"), "",
                doc.sec(r.choice(["Resume home psychiatric medications postoperatively (%s). 1:1 observation to continue." % ", ".join(med_name(m) for m in c.psych_meds), "Pain control with acetaminophen and limited oxycodone; avoid opioids if possible given history."]), "Postoperative plan"), "",
                sig(doc, sur, d, 3)]
    else:  # faxed copy with minimal header
        out += ["** COPY **", "OP NOTE", "", "Pt: %s  DOB %s  Acct %s" % (c.name(1), doc.d(c.dob), c.acct), "DOS %s  Surgeon %s" % (doc.d(d), sur.short()), "",
                "PROCEDURE: " + op["name"].upper(), "DX: " + op["pre"], "", op["body"], "", "FINDINGS: " + op["find"], "EBL " + op["ebl"] + ".  SPEC: " + op["spec"] + ".", "", sig(doc, sur, d, 6)]
    return furniture(doc, "\n".join(out), facility=hosp)


def g_procedure_note(r, c):
    doc = Doc(r, c)
    L = r.randrange(8)
    d = add_days(c.adm, r.randint(1, max(1, c.los)))
    out = []
    if L == 0:  # ECT treatment note
        n = r.randint(1, 12)
        out += [letterhead(r, "hosp", True), r.choice(["ECT Treatment Note", "ELECTROCONVULSIVE THERAPY - PROCEDURE NOTE", "ECT Session #%d" % n]), pt_block(doc), "Date: %s   Treatment #: %d   Series: %s" % (doc.d(d), n, r.choice(["index", "index", "continuation", "maintenance"])), "",
                "Electrode placement: " + r.choice(["RUL (d'Elia)", "BT", "BF"]), "Device: " + r.choice(["MECTA spECTrum 5000Q", "Thymatron System IV"]),
                "Stimulus: %s, pulse width %.1f ms, %d%% energy" % (r.choice(["%d mC" % r.randint(100, 500), "%d%% dial" % r.randint(20, 90)]), r.choice([0.3, 0.3, 0.5, 1.0]), r.randint(15, 80)),
                "Anesthesia: methohexital %d mg IV, succinylcholine %d mg IV" % (r.randint(60, 120), r.randint(60, 110)) if r.random() < 0.7 else "Anesthesia: etomidate %d mg, succinylcholine %d mg" % (r.randint(12, 20), r.randint(60, 100)),
                "Seizure duration: motor %d sec, EEG %d sec.  Postictal suppression: %s" % (r.randint(18, 45), r.randint(30, 80), r.choice(["good", "fair", "moderate"])), "Max HR %d, max BP %d/%d" % (r.randint(110, 160), r.randint(150, 200), r.randint(80, 110)),
                "Complications: " + r.choice(["none", "none", "transient postictal agitation, midazolam 2 mg given", "headache, acetaminophen given"]), "", "Clinical response: " + r.choice(["improving mood per staff", "MADRS decreased from 34 to %d" % r.randint(10, 28), "no change yet"]),
                "Plan: " + r.choice(["Continue 3x weekly.", "Increase stimulus 50%.", "Switch to bitemporal.", "Taper to weekly."]), "", sig(doc, Person(r, "psychiatrist"), d)]
    elif L == 1:  # LAI injection procedure note
        med = next((m for m in c.psych_meds if "IM" in m), r.choice(["paliperidone palmitate 234 mg IM", "aripiprazole monohydrate 400 mg IM", "naltrexone ER 380 mg IM"]))
        out += [r.choice(["Long-Acting Injectable Administration", "Procedure: IM injection", "INJECTION RECORD/NOTE"]), pt_block(doc), "Date: " + doc.d(d), "",
                "Medication: " + med, "Site: " + r.choice(["left deltoid", "right deltoid", "left ventrogluteal", "right dorsogluteal"]), "Needle: %s" % r.choice(["1 inch 23G", "1.5 inch 22G", "20G 1.5 in (supplied)"]),
                "Lot: %s%d  Exp: %02d/%d" % (r.choice(["JK", "AB", "M"]), r.randint(10000, 99999), r.randint(1, 12), d.year + 1), "Consent: on file", "Pt tolerated without adverse reaction. Observed %d minutes." % r.choice([0, 15, 30]),
                "Next injection due: " + doc.d(add_days(d, 28)), "", sig(doc, Person(r, "rn"), d, 4)]
    elif L == 2:  # laceration repair
        out += [r.choice(OUTSIDE_HOSP), "Procedure Note - Laceration Repair", pt_block(doc), doc.d(d), "",
                "Indication: %s cm laceration %s, %s." % (r.randint(2, 9), r.choice(["left forearm", "right forearm", "left thigh", "forehead"]), r.choice(["self-inflicted with razor", "from punching window", "from broken glass"])),
                "Consent: verbal", "Anesthesia: lidocaine 1%% %s, %d mL" % (r.choice(["plain", "with epinephrine"]), r.randint(3, 10)), "Prep: chlorhexidine, sterile field",
                "Repair: %s, %d sutures of %s. Wound irrigated with %d mL NS. No tendon involvement, NV intact." % (r.choice(["simple interrupted", "layered closure", "simple"]), r.randint(4, 14), r.choice(["4-0 nylon", "5-0 Prolene", "4-0 Vicryl deep/4-0 nylon"]), r.choice([100, 250, 500])),
                "Tdap: " + r.choice(["given", "up to date"]), "Suture removal in %d days." % r.choice([7, 10, 14]), "", sig(doc, Person(r, r.choice(["edmd", "pa"])), d, 5)]
    elif L == 3:  # EGD
        out += [outside_head(r), "ENDOSCOPY REPORT", pt_block(doc), "Date: " + doc.d(d), "", "Procedure: Esophagogastroduodenoscopy" + r.choice(["", " with foreign body removal", " with biopsy"]),
                "Indication: " + r.choice(["foreign body ingestion", "hematemesis", "dysphagia", "epigastric pain, iron deficiency anemia"]), "Sedation: " + r.choice(["propofol per anesthesia", "midazolam 3 mg, fentanyl 75 mcg"]), "",
                "Findings: " + r.choice(["Two AA batteries in gastric body retrieved with Roth net. Mild erythema, no ulceration.", "LA grade B esophagitis. Small hiatal hernia.", "Gastric erosions in antrum; biopsies for H. pylori.", "Mallory-Weiss tear, not actively bleeding."]),
                "Complications: none", "Impression/Recommendations: " + r.choice(["PPI BID x 8 weeks.", "Await pathology.", "Advance diet as tolerated."]), "", sig(doc, Person(r, "internist"), d, 0)]
    elif L == 4:  # lumbar puncture
        out += ["Procedure Note: Lumbar Puncture", pt_block(doc), doc.d(d), "", "Indication: " + r.choice(["altered mental status and fever, r/o encephalitis", "new-onset psychosis, r/o autoimmune encephalitis", "catatonia workup"]),
                "Consent obtained from " + r.choice(["patient", "guardian", "health care POA"]) + ". Time-out performed.", "Position: left lateral decubitus. L3-L4 interspace. 1% lidocaine local.",
                "Opening pressure %d cm H2O. %d mL clear, colorless CSF collected in 4 tubes." % (r.randint(10, 24), r.randint(8, 15)), "Sent for cell count, protein, glucose, Gram stain/culture, HSV PCR%s." % (", NMDA-R antibody" if r.random() < 0.5 else ""),
                "EBL minimal. No complications. Patient tolerated well.", "", sig(doc, Person(r, "internist"), d)]
    elif L == 5:  # TMS session
        out += [letterhead(r, "clinic2"), "TMS Treatment Record", pt_block(doc), "", "Session %d of 36   Date %s" % (r.randint(1, 36), doc.d(d)), "Coil: figure-8   Target: L DLPFC   Protocol: %s" % r.choice(["10 Hz, 3000 pulses", "iTBS 600 pulses"]),
                "Motor threshold: %d%%   Treatment intensity: 120%% MT" % r.randint(35, 65), "Tolerance: " + r.choice(["good", "scalp discomfort, improved with repositioning", "mild headache"]), "PHQ-9 today: %d" % r.randint(4, 22), "", sig(doc, Person(r, "rn"), d, 4)]
    elif L == 6:  # esketamine administration
        out += [letterhead(r, "clinic2", True), r.choice(["Spravato (esketamine) Treatment Session", "Esketamine Administration Note"]), pt_block(doc), "Date: " + doc.d(max(d, dt.date(2019, 6, 1))), "",
                "Dose: %d mg intranasal (%d devices)" % ((n := r.choice([56, 84])), n // 28), "Pre-BP %d/%d  40 min %d/%d  2 hr %d/%d" % tuple(r.randint(70, 150) for _ in range(6)),
                "Dissociation (CADSS): %d   Sedation: %s" % (r.randint(0, 20), r.choice(["mild", "none", "moderate, resolved by 90 min"])), "Monitored for 2 hours per REMS. Discharged with driver (%s)." % c.emerg[1], "", sig(doc, Person(r, "np"), d, 4)]
    else:  # central line / PICC or paracentesis
        out += [r.choice(OUTSIDE_HOSP), "PROCEDURE NOTE", pt_block(doc), "Date: " + doc.d(d), "",
                "Procedure: " + r.choice(["Right internal jugular central venous catheter placement under ultrasound guidance", "Diagnostic and therapeutic paracentesis", "Arthrocentesis, right knee"]),
                "Indication: " + r.choice(["vascular access, poor peripheral access", "ascites", "knee effusion"]), "Consent: written, on chart. Universal protocol followed.",
                "Technique: sterile prep with chlorhexidine, full barrier precautions, lidocaine local. " + r.choice(["Triple-lumen catheter placed via Seldinger technique, all ports flush and draw. CXR confirms tip at cavoatrial junction, no pneumothorax.", "%.1f L of straw-colored fluid removed. Samples sent." % r.uniform(1, 5), "%d mL clear yellow fluid aspirated; sent for cell count, crystals, culture." % r.randint(10, 60)]),
                "Complications: none. EBL < 5 mL.", "", sig(doc, Person(r, "internist"), d, 0)]
    return furniture(doc, "\n".join(out))


def g_anesthesia_record(r, c):
    doc = Doc(r, c)
    L = r.randrange(6)
    d = add_days(c.adm, r.randint(2, max(2, c.los)))
    an = Person(r, "anesth")
    asa = r.choice(["I", "II", "II", "III"])
    out = []
    if L == 0:  # ECT anesthesia flowsheet
        out += [letterhead(r, "hosp", True), r.choice(["ANESTHESIA RECORD - ECT", "ECT Anesthesia Flowsheet", "Anesthesia Record"]), pt_block(doc), "Date: %s   ASA: %s   NPO since: %s" % (doc.d(d), asa, r.choice(["MN", "2200", "0000"])), "",
                "Pre: " + vitals(r, c, 1), "Airway: Mallampati %d, %s" % (r.randint(1, 3), r.choice(["no loose teeth", "upper denture removed", "poor dentition"])), "Monitors: ECG, NIBP, SpO2, EEG, cuff on R ankle", "",
                "Time   Drug                Dose", "%s   Glycopyrrolate      0.2 mg IV" % ftime(r, True), "%s   Methohexital        %d mg IV" % (ftime(r, True), r.randint(60, 120)), "%s   Succinylcholine     %d mg IV" % (ftime(r, True), r.randint(60, 110)),
                "%s   %s" % (ftime(r, True), r.choice(["Labetalol 10 mg IV", "Esmolol 20 mg IV", "Ketorolac 30 mg IV", "---"])), "",
                "Ventilation: bag-mask with 100% O2, bite block placed.", "Stimulus delivered at %s. Seizure %d s." % (ftime(r, True), r.randint(20, 60)), "Post: " + vitals(r, c, 1), "Recovery: Aldrete %d at discharge from PACU" % r.randint(8, 10), "", sig(doc, an, d, 4)]
    elif L == 1:  # pre-anesthesia evaluation
        out += [r.choice(["PRE-ANESTHESIA EVALUATION", "Anesthesia Pre-procedure Assessment", "Preanesthetic Evaluation"]), pt_block(doc), "Date: " + doc.d(d), "Planned procedure: " + r.choice(["ECT", "EGD", "laceration repair under MAC", OPS[r.randrange(len(OPS))]["name"]]), "",
                "PMH: " + (", ".join(m[0] for m in c.medical) or "none") + "; " + c.dx[0], "Psych meds: " + ", ".join(c.psych_meds), "Allergies: " + c.allergy,
                "Prior anesthesia: " + r.choice(["none", "uneventful GA", "PONV"]), "Family hx anesthetic complications: none", "Airway: Mallampati %s, TMD > 3 FB, neck ROM full" % r.choice(["I", "II", "III"]), "Heart/lungs: RRR / CTA",
                "ASA class: " + asa, "Plan: " + r.choice(["GA with mask ventilation", "GETA", "MAC", "GA/LMA"]), "Risks discussed incl. dental injury, sore throat, aspiration; patient consents.", "", sig(doc, an, d)]
    elif L == 2:  # intraop record GA table
        out += [r.choice(OUTSIDE_HOSP), "INTRAOPERATIVE ANESTHESIA RECORD", pt_block(doc), "Date %s   Room OR %d   ASA %s   Procedure: %s" % (doc.d(d), r.randint(1, 12), asa, r.choice(OPS)["name"]), "",
                "Induction: propofol %d mg, fentanyl %d mcg, rocuronium %d mg" % (r.randint(120, 220), r.choice([50, 100, 150]), r.randint(30, 60)), "Airway: ETT %.1f cuffed, grade %d view, secured %d cm" % (r.choice([7.0, 7.5, 8.0]), r.randint(1, 2), r.randint(20, 23)),
                "Maintenance: sevoflurane %.1f%% in O2/air" % r.uniform(1.5, 2.5), "", "TIME   HR   BP        SpO2  EtCO2"]
        t = r.randint(7, 15) * 60
        for i in range(r.randint(6, 12)):
            tt = t + i * 15
            out.append("%02d%02d   %3d  %3d/%-3d   %3d   %2d" % (tt // 60 % 24, tt % 60, r.randint(60, 95), r.randint(100, 140), r.randint(55, 85), r.randint(97, 100), r.randint(32, 40)))
        out += ["", "Fluids: LR %d mL   EBL %d mL   UOP %s" % (r.choice([500, 800, 1000, 1200]), r.randint(5, 100), r.choice(["not measured", "200 mL"])), "Reversal: sugammadex 200 mg", "Emergence: smooth, extubated awake", "To PACU stable", "", sig(doc, an, d, 4), sig(doc, Person(r, "crna"), d, 4)]
    elif L == 3:  # sedation record for procedure
        out += ["PROCEDURAL SEDATION RECORD", pt_block(doc), doc.d(d), "Procedure: " + r.choice(["EGD", "colonoscopy", "bone marrow biopsy", "laceration repair"]), "Sedation level target: moderate", "",
                "Medications: midazolam %d mg IV total; fentanyl %d mcg IV total" % (r.randint(2, 5), r.choice([50, 75, 100])), "Monitoring: continuous SpO2, ECG, capnography, BP q5min", "Lowest SpO2 %d%%. No airway interventions." % r.randint(91, 98),
                "Pre-sedation airway/ASA assessment completed. Post-procedure Aldrete %d." % r.randint(9, 10), "", sig(doc, Person(r, "rn"), d, 4), sig(doc, Person(r, "internist"), d, 5)]
    elif L == 4:  # PACU record
        out += [r.choice(["PACU RECORD", "Post Anesthesia Care Unit Flowsheet", "Phase I Recovery Record"]), pt_block(doc), "Date %s   Arrival %s" % (doc.d(d), ftime(r, True)), "",
                "Report received from: " + an.short(), "Airway: " + r.choice(["natural airway, O2 2L NC", "OA removed on arrival", "room air"]), ""]
        for i in range(4):
            out.append("%d min: HR %d BP %d/%d SpO2 %d%% Pain %d Aldrete %d" % (i * 15, r.randint(60, 100), r.randint(100, 150), r.randint(60, 90), r.randint(94, 100), r.randint(0, 6), min(10, 7 + i)))
        out += ["", "Meds: " + r.choice(["ondansetron 4 mg IV", "hydromorphone 0.4 mg IV x2", "none"]), "Post-ECT agitation: " + r.choice(["none", "mild, reoriented", "midazolam 1 mg IV"]), "Discharged to %s at %s" % (r.choice([c.unit, "floor", "home with escort"]), ftime(r, True)), "", sig(doc, Person(r, "rn"), d, 4)]
    else:  # post-anesthesia note brief
        out += ["Anesthesia Post-Procedure Note", pt_block(doc), "Date: " + doc.d(d), "", "Anesthesia type: " + r.choice(["general (mask)", "GA/ETT", "MAC"]),
                "Patient evaluated in recovery. Vital signs stable, airway patent, respiratory function adequate, mental status at baseline, pain controlled, nausea absent, hydration adequate.",
                "No apparent anesthesia complications.", "", sig(doc, an, d, 0)]
    return furniture(doc, "\n".join(out))


def g_lab_report(r, c):
    doc = Doc(r, c)
    L = r.randrange(8)
    d = add_days(c.adm, r.choice([0, 1, 2, 5, 30, 90]))
    lab = r.choice(LABS)
    ordp = r.choice([c.psychiatrist, c.pcp, c.internist])
    acc = "%s%d-%06d" % (r.choice(["A", "TV", "L", ""]), d.year % 100, r.randint(0, 999999))
    head = [r.choice([lab.upper(), lab, "%s\n%d Commerce Pkwy, %s, OH  CLIA #%dD%07d" % (lab, r.randint(100, 999), r.choice(TOWNS)[0], r.randint(10, 39), r.randint(0, 9999999))]), ""]
    meta = ["Patient: %s   DOB: %s   Sex: %s" % (c.name(1), doc.d(c.dob), c.sex), "MRN: %s   Accession: %s" % (c.mrn, acc), "Ordering: %s" % ordp.short(),
            "Collected: %s %s   Received: %s   Reported: %s" % (doc.d(d), ftime(r, True), doc.d(add_days(d, r.choice([0, 0, 1]))), doc.d(add_days(d, r.randint(1, 3))))]
    out = []
    if L == 0:  # lithium level
        li = round(r.uniform(0.3, 1.4) if c.lithium else r.uniform(0.4, 1.0), 2)
        out += head + meta + ["", "TEST                      RESULT    FLAG   UNITS     REF RANGE", "LITHIUM, SERUM            %-6.2f    %-4s   mmol/L    0.60-1.20" % (li, flag(li, "0.60-1.20")),
                              "  Specimen drawn %d hours post dose." % r.choice([12, 12, 11, 13]), "CREATININE                %-6.2f    %-4s   mg/dL     0.60-1.20" % (cr := round(r.uniform(0.6, 1.4), 2), flag(cr, "0.60-1.20")),
                              "eGFR                      %-6d           mL/min    >60" % r.randint(55, 120), "TSH                       %-6.2f    %-4s   uIU/mL    0.45-4.50" % (t := round(r.uniform(0.5, 6.5), 2), flag(t, "0.45-4.50")), ""]
        if li > 1.2:
            out.append("*** CRITICAL/ABNORMAL result called to %s RN at %s, read back verified. ***" % (Person(r, "rn").last, ftime(r, True)))
    elif L == 1:  # UDS immunoassay
        pos = uds_result(c)
        out += head + meta + ["", r.choice(["URINE DRUG SCREEN, 10 PANEL", "DRUGS OF ABUSE SCREEN, URINE", "TOX SCREEN URINE (IMMUNOASSAY)"]), "",
                              "Analyte                 Result        Cutoff"]
        for a, cut in [("Amphetamines", "1000 ng/mL"), ("Barbiturates", "200 ng/mL"), ("Benzodiazepines", "200 ng/mL"), ("Buprenorphine", "10 ng/mL"), ("Cocaine metabolite", "150 ng/mL"),
                       ("Fentanyl", "1 ng/mL"), ("Methadone", "300 ng/mL"), ("Opiates", "300 ng/mL"), ("Oxycodone", "100 ng/mL"), ("THC (cannabinoids)", "50 ng/mL")]:
            p = a in pos or (a == "Amphetamines" and "Methamphetamine" in pos)
            out.append("%-22s  %-12s  %s" % (a, "POSITIVE" if p else "Negative", cut))
        out += ["Creatinine, urine: %d mg/dL   Specific gravity %.3f" % (r.randint(30, 220), r.uniform(1.005, 1.030)), "", "Screening results are presumptive. Confirmation by LC-MS/MS available upon request.", "For medical purposes only; not for forensic use."]
    elif L == 2:  # CBC + CMP cumulative
        v = lab_values(r, c)
        out += [HOSP + " LABORATORY", "CUMULATIVE RESULTS REPORT", ""] + meta[:3] + ["", "%-14s %-10s %-10s %-8s %s" % ("Test", doc.d(d)[:10], doc.d(add_days(d, 3))[:10], "Units", "Ref")]
        for k, (val, u, ref) in v.items():
            val2 = round(val * r.uniform(0.9, 1.1), 2 if isinstance(val, float) else 0)
            out.append("%-14s %-10s %-10s %-8s %s" % (k, "%s %s" % (val, flag(val, ref)), "%s %s" % (val2 if isinstance(val, float) else int(val2), flag(val2, ref)), u, ref))
    elif L == 3:  # clozapine ANC
        anc = round(r.uniform(1.6, 5.8), 2)
        out += head + meta + ["", "CBC WITH DIFFERENTIAL", "WBC             %.1f   K/uL   (4.0-11.0)" % r.uniform(4.2, 10), "Neutrophils %%    %d" % r.randint(45, 72), "ABSOLUTE NEUTROPHIL COUNT   %.2f  K/uL  (1.50-7.80)  %s" % (anc, flag(anc, "1.50-7.80")),
                              "Lymphocytes abs  %.2f  K/uL" % r.uniform(1.0, 3.2), "Hemoglobin       %.1f g/dL" % r.uniform(12, 16), "Platelets        %d  K/uL" % r.randint(160, 380), "",
                              "Comment: " + (r.choice(["Clozapine monitoring - ANC within normal range. Continue treatment.", "ANC monitoring for clozapine REMS."]) if c.clozapine else r.choice(["Differential by automated analyzer.", "Smear reviewed.", "No comment."]))]
    elif L == 4:  # point-of-care cup form
        pos = uds_result(c)
        out += [letterhead(r, r.choice(["otp", "iop", "cmhc"]), True), r.choice(["Point-of-Care Urine Drug Test", "POCT UDS LOG", "Observed Urine Collection / Rapid Test Result"]), pt_block(doc), "Date: %s  Time: %s" % (doc.d(d), ftime(r)),
                "Collection: " + r.choice(["observed", "unobserved", "observed - same gender staff"]), "Temp strip in range (90-100 F): " + cb(doc, "Yes", True), "Lot # %s  Exp %02d/%d" % ("".join(r.choice("0123456789ABCD") for _ in range(7)), r.randint(1, 12), d.year + 1), ""]
        for a in ["AMP", "BAR", "BUP", "BZO", "COC", "FEN", "MET", "MTD", "OPI", "OXY", "THC"]:
            full = {"AMP": "Amphetamines", "BUP": "Buprenorphine", "BZO": "Benzodiazepines", "COC": "Cocaine metabolite", "FEN": "Fentanyl", "MET": "Methamphetamine", "MTD": "Methadone", "OPI": "Opiates", "THC": "THC (cannabinoids)"}.get(a, "")
            out.append("%-4s  %s  %s" % (a, cb(doc, "POS", full in pos), cb(doc, "NEG", full not in pos)))
        out += ["", "Breathalyzer BrAC: %.3f" % (r.choice([0.0, 0.0, 0.0, r.uniform(0.01, 0.2)]) if "alcohol" in c.subst else 0.0), "Staff: " + Person(r, r.choice(["rn", "cd"])).short()]
    elif L == 5:  # LC-MS/MS confirmation
        out += head + [r.choice(["DEFINITIVE DRUG TESTING REPORT", "Toxicology - LC-MS/MS Confirmation", "COMPREHENSIVE DRUG PROFILE"])] + meta + ["", "Compound                   Result     Conc (ng/mL)   Cutoff"]
        comps = [("Fentanyl", "opioids"), ("Norfentanyl", "opioids"), ("Morphine", None), ("6-MAM", None), ("Buprenorphine", "bup"), ("Norbuprenorphine", "bup"), ("Methamphetamine", "methamphetamine"), ("Amphetamine", "methamphetamine"),
                 ("Benzoylecgonine", "cocaine"), ("THC-COOH", "cannabis"), ("Alprazolam", "benzodiazepines"), ("Xylazine", None), ("Gabapentin", "gaba"), ("Ethyl glucuronide", "alcohol")]
        bup = any("buprenorphine" in m for m in c.psych_meds)
        gaba = any("gabapentin" in m for m in c.all_meds())
        for n, key in comps:
            p = (key in c.subst) or (key == "bup" and bup) or (key == "gaba" and gaba)
            out.append("%-26s %-10s %-14s %s" % (n, "POSITIVE" if p else "Not Detected", str(r.randint(20, 4000)) if p else "", r.choice(["1", "5", "20", "50", "100"])))
        out += ["", "Specimen validity: Creatinine %d mg/dL, pH %.1f, oxidants negative" % (r.randint(25, 200), r.uniform(5, 7.5)), "Interpretation should be made in context of prescribed medications: " + (", ".join(med_name(m) for m in c.psych_meds))]
    elif L == 6:  # metabolic monitoring panel
        out += head + meta + ["", r.choice(["METABOLIC MONITORING PANEL", "LIPID PANEL / HEMOGLOBIN A1c", "Antipsychotic Monitoring Labs"]), ""]
        tg = r.randint(70, 420)
        tc = r.randint(140, 280)
        hdl = r.randint(28, 70)
        ldl = max(40, tc - hdl - tg // 5)
        a1c = round(r.uniform(4.8, 9.5 if any("diabetes" in m[0] for m in c.medical) else 6.3), 1)
        out += ["Cholesterol, total    %d   mg/dL   <200  %s" % (tc, "H" if tc >= 200 else ""), "Triglycerides         %d   mg/dL   <150  %s" % (tg, "H" if tg >= 150 else ""), "HDL                   %d   mg/dL   >39   %s" % (hdl, "L" if hdl < 40 else ""),
                "LDL (calc)            %d   mg/dL   <100  %s" % (ldl, "H" if ldl >= 100 else ""), "Hemoglobin A1c        %.1f  %%       4.0-5.6  %s" % (a1c, "H" if a1c > 5.6 else ""), "Glucose, fasting      %d   mg/dL   70-99" % r.randint(80, 180),
                "", "A1c 5.7-6.4% consistent with prediabetes; >=6.5% consistent with diabetes."]
    else:  # valproate level / misc chemistries, short fax
        vpa = round(r.uniform(35, 120), 1)
        out += ["%s  -  RESULTS" % lab, "", "%s  %s  DOB %s" % (c.name(1), c.mrn, doc.d(c.dob)), "Dr: %s" % ordp.short(), "", "Collected %s" % doc.d(d), "",
                r.choice(["VALPROIC ACID, TOTAL   %.1f ug/mL   (50.0-100.0)  %s" % (vpa, flag(vpa, "50-100")), "ETHANOL, SERUM  %d mg/dL   (<10)" % r.choice([0, 0, r.randint(50, 350)]),
                          "ACETAMINOPHEN  <10 ug/mL   SALICYLATE  <3.0 mg/dL", "AMMONIA  %d umol/L  (11-35)" % r.randint(15, 80), "hCG, QUAL, URINE  NEGATIVE", "HEPATITIS C AB  %s" % r.choice(["REACTIVE", "Nonreactive"])]),
                r.choice(["AST %d  ALT %d  Alk Phos %d  T bili %.1f" % (r.randint(15, 120), r.randint(10, 90), r.randint(50, 140), r.uniform(0.2, 1.5)), "Platelets %d K/uL" % r.randint(120, 350), ""]), "", "Results verified by %s, MLS(ASCP)" % Person(r, "rn").short().split(",")[0]]
    return furniture(doc, "\n".join(out), facility=lab)


IMG = [
    ("CT HEAD WITHOUT CONTRAST", "CT", "New-onset psychosis; rule out intracranial process.", "Axial images from skull base to vertex without IV contrast.",
     ["No acute intracranial hemorrhage, mass effect, or midline shift. Gray-white differentiation preserved. Ventricles and sulci normal for age. Visualized paranasal sinuses clear."],
     ["No acute intracranial abnormality."]),
    ("MRI BRAIN WITH AND WITHOUT CONTRAST", "MR", "Cognitive decline, psychosis, evaluate for structural lesion.", "Multiplanar multisequence MR images before and after %d mL gadobutrol.",
     ["No restricted diffusion. Scattered nonspecific T2/FLAIR hyperintensities in periventricular white matter, likely chronic small vessel ischemic change. Mild generalized volume loss. No abnormal enhancement."],
     ["No acute intracranial process.", "Mild chronic microvascular ischemic changes and age-related volume loss."]),
    ("CHEST X-RAY, 2 VIEWS", "XR", "Admission screening; cough; TB screen.", "PA and lateral views of the chest.",
     ["Lungs clear. No focal consolidation, effusion or pneumothorax. Cardiomediastinal silhouette within normal limits. Osseous structures intact."], ["No acute cardiopulmonary disease."]),
    ("XR RIGHT HAND, 3 VIEWS", "XR", "Punched wall; pain and swelling 5th metacarpal.", "Three views of the right hand.",
     ["Acute transverse fracture of the fifth metacarpal neck with %d degrees of volar angulation. No intra-articular extension. Soft tissue swelling."], ["Boxer's fracture, fifth metacarpal."]),
    ("ULTRASOUND ABDOMEN, RIGHT UPPER QUADRANT", "US", "Elevated LFTs, alcohol use.", "Grayscale and color Doppler images of the RUQ.",
     ["Liver is enlarged measuring %d cm with diffusely increased echogenicity. No focal hepatic lesion. Gallbladder without stones. CBD 4 mm. Patent portal vein with hepatopetal flow."],
     ["Hepatomegaly with hepatic steatosis."]),
    ("TRANSTHORACIC ECHOCARDIOGRAM", "ECHO", "Tachycardia on clozapine, evaluate for myocarditis/cardiomyopathy.", "Complete 2D, M-mode, color and spectral Doppler study.",
     ["Normal LV size. LVEF estimated %d%%. No regional wall motion abnormality. Normal RV size and function. No significant valvular disease. No pericardial effusion."], ["Normal biventricular function. No pericardial effusion."]),
    ("CT ABDOMEN AND PELVIS WITH CONTRAST", "CT", "Ingested foreign body; abdominal pain.", "Axial CT images with IV contrast; coronal and sagittal reformats.",
     ["Two metallic cylindrical foreign bodies within the gastric lumen. No free air. No bowel obstruction. Solid organs unremarkable."], ["Intragastric foreign bodies without perforation or obstruction."]),
    ("DEXA BONE DENSITY", "DXA", "Long-term antipsychotic with hyperprolactinemia; osteopenia screen.", "Lumbar spine and bilateral hips.",
     ["L1-L4 T-score -%.1f. Left femoral neck T-score -1.4. Total hip T-score -1.1."], ["Osteopenia per WHO criteria."]),
]


def g_imaging_report(r, c):
    doc = Doc(r, c)
    L = r.randrange(6)
    st = r.choice(IMG)
    if c.cat == "neuro" and r.random() < 0.6:
        st = IMG[1]
    d = add_days(c.adm, r.randint(-2, max(1, c.los)))
    rad = Person(r, "radiologist")
    findings = st[4][0]
    if "%d" in findings:
        findings = findings % r.choice([15, 20, 25, 30, 55, 60, 65, 19])
    if "%.1f" in findings:
        findings = findings % r.uniform(1.1, 2.3)
    tech = st[3] % r.randint(6, 15) if "%d" in st[3] else st[3]
    imp = st[5]
    place = r.choice(["Northgate Imaging Associates", r.choice(OUTSIDE_HOSP) + " - Department of Radiology", HOSP + " / Mobile imaging by Portable Xray Services Inc", "Kessler-Ward Radiology"])
    acc = "%s%08d" % (st[1], r.randint(0, 99999999))
    comp = r.choice(["None.", "None available.", "%s dated %s." % (st[0].title(), doc.d(add_days(d, -r.randint(200, 1500))))])
    out = []
    if L == 0:
        out += [place, "", st[0], pt_block(doc), "Exam date: %s   Accession: %s   Ordering: %s" % (doc.d(d), acc, r.choice([c.psychiatrist, c.internist]).short()), "",
                "CLINICAL HISTORY: " + st[2], "TECHNIQUE: " + tech, "COMPARISON: " + comp, "", "FINDINGS:", findings, "", "IMPRESSION:"] + ["%d. %s" % (i + 1, x) for i, x in enumerate(imp)] + ["", sig(doc, rad, d, 0)]
    elif L == 1:  # compact one paragraph
        out += ["%s  %s" % (place, doc.d(d)), "%s   MRN %s" % (c.name(1), c.mrn), "", "EXAM: %s" % st[0].title(), "HISTORY: %s" % st[2], "", "%s %s" % (tech, findings), "", "IMPRESSION: " + " ".join(imp), "", "Read by: " + rad.short()]
    elif L == 2:  # preliminary + final with addendum
        out += [place, "RADIOLOGY REPORT - FINAL", "", pt_block(doc), "Procedure: %s   CPT %d" % (st[0], r.randint(70000, 79999)), "Date of service: %s" % doc.d(d), "",
                "Indication: " + st[2], "", "Report:", "Technique: " + tech, "Comparison: " + comp, "Findings: " + findings, "", "Impression: " + " ".join(imp), "",
                "Preliminary interpretation provided by %s at %s. Final report %s." % (Person(r, "radiologist").short(), ftime(r), r.choice(["agrees with preliminary", "without significant change"])), sig(doc, rad, d, 0)]
    elif L == 3:  # echo-specific or measurements style
        if st[1] == "ECHO":
            ef = r.randint(55, 68)
            out += [place, "ECHOCARDIOGRAPHY LABORATORY", pt_block(doc), "Study date: %s  Ht %d cm  Wt %d kg  BSA %.2f m2" % (doc.d(d), c.ht_cm, int(c.wt_lb / 2.2), r.uniform(1.5, 2.3)), "Indication: " + st[2], "",
                    "MEASUREMENTS", "LVIDd %.1f cm   LVIDs %.1f cm   IVSd %.1f cm   LVPWd %.1f cm" % (r.uniform(4, 5.5), r.uniform(2.5, 3.8), r.uniform(0.7, 1.1), r.uniform(0.7, 1.1)), "LA %.1f cm   Ao root %.1f cm   EF (biplane) %d%%" % (r.uniform(3, 4), r.uniform(2.6, 3.5), ef), "",
                    "FINDINGS", "Left ventricle: normal size and wall thickness, EF %d%%." % ef, "Right ventricle: normal.", "Valves: trace MR, trace TR. RVSP %d mmHg." % r.randint(18, 32), "Pericardium: no effusion.", "", "CONCLUSION", "Normal study.", "", sig(doc, Person(r, "cardiologist"), d, 3)]
        else:
            out += [place, st[0], "", "Name: %s   DOB: %s   Exam date: %s" % (c.name(0), doc.d(c.dob), doc.d(d)), "", "Findings:", "\n".join("- " + s.strip() + "." for s in findings.split(". ") if s.strip()), "", "Impression:", "\n".join("- " + x for x in imp), "", rad.full()]
    elif L == 4:  # wet read in ED, brief
        out += ["ED PRELIMINARY READ", "%s - %s" % (st[0], doc.d(d)), c.name(1), "", r.choice(["No acute findings per radiology resident.", "Wet read: " + imp[0]]), "Final to follow.", "", "Called to %s at %s" % (Person(r, "edmd").short(), ftime(r, True))]
    else:  # teleradiology template
        out += ["TELERADIOLOGY REPORT", "Provider: Summit Teleradiology Partners for %s" % place, "", "Patient: %s | DOB: %s | Sex: %s | Acc#: %s" % (c.name(2), doc.d(c.dob), c.sex, acc), "Exam: %s | Performed: %s %s" % (st[0], doc.d(d), ftime(r)), "",
                "History: " + st[2], "Technique: " + tech, "Comparison: " + comp, "", "Findings:", findings, "", "IMPRESSION:", "\n".join(imp), "", "Electronically signed: %s, board certified radiologist, %s" % (rad.short(), doc.d(d))]
    return furniture(doc, "\n".join(out), facility=place)

PATH_CASES = [
    ("Appendix, appendectomy", "Received in formalin labeled with the patient's name, 'appendix', is a %.1f cm appendix with attached mesoappendix. The serosa is dull and congested. Sectioned to reveal a fecalith. Representative sections submitted in 1 cassette.",
     "Acute suppurative appendicitis with periappendicitis. Negative for neoplasm."),
    ("Gallbladder, cholecystectomy", "Received fresh is a %.1f cm opened gallbladder containing multiple yellow-green faceted stones. Wall thickness 0.3 cm. Representative sections in 1 cassette.",
     "Chronic cholecystitis with cholelithiasis."),
    ("Stomach, antrum, biopsy", "Received in formalin are %d tan soft tissue fragments, 0.2-0.4 cm, entirely submitted in 1 cassette.",
     "Chronic active gastritis with Helicobacter pylori-like organisms (confirmed by immunostain)."),
    ("Skin, left forearm, shave biopsy", "Received in formalin is a %.1f cm tan-pink shave of skin, bisected and entirely submitted.",
     "Seborrheic keratosis, irritated. Margins clear."),
    ("Liver, needle core biopsy", "Received in formalin are %d cores of tan-brown tissue, aggregate 2.1 cm. Entirely submitted. Trichrome and iron stains performed.",
     "Chronic hepatitis, consistent with hepatitis C, grade 2 (of 4), stage 2 (of 4) (Batts-Ludwig). Mild macrovesicular steatosis (10%)."),
    ("Skin and soft tissue, right antecubital, debridement", "Received in formalin is a %.1f cm fragment of fibrofatty tissue with purulent material. Representative sections submitted.",
     "Acute and chronic inflammation with abscess formation and granulation tissue. Polarizable foreign material consistent with injection drug use. No malignancy."),
]


def g_pathology_report(r, c):
    doc = Doc(r, c)
    L = r.randrange(6)
    pc = r.choice(PATH_CASES)
    if c.cat == "oud" and r.random() < 0.5:
        pc = r.choice([PATH_CASES[5], PATH_CASES[4]])
    d = add_days(c.adm, -r.randint(1, 400))
    path = Person(r, "pathologist")
    gross = pc[1] % (r.uniform(1, 8) if "%.1f" in pc[1] else r.randint(2, 5))
    accn = "%s%d-%05d" % (r.choice(["S", "SP", "SG"]), d.year % 100, r.randint(1, 99999))
    lab = r.choice(["Kessler-Ward University Hospital - Anatomic Pathology", "St. Brendan Regional Pathology Associates", "Lakeshore Dermatopathology", "Marlow Falls General Hospital Laboratory"])
    out = []
    if L == 0:
        out += [lab, "SURGICAL PATHOLOGY REPORT", "", pt_block(doc), "Accession: %s   Collected: %s   Received: %s" % (accn, doc.d(d), doc.d(add_days(d, 1))), "Submitting physician: %s" % Person(r, "surgeon").short(), "",
                "SPECIMEN: " + pc[0], "CLINICAL HISTORY: " + r.choice(["Not provided.", "Pain.", "Hepatitis C, elevated LFTs." if "Liver" in pc[0] else "r/o malignancy"]), "", "FINAL DIAGNOSIS:", pc[0].upper() + ":", "  - " + pc[2], "",
                "GROSS DESCRIPTION:", gross, "", "MICROSCOPIC DESCRIPTION: " + r.choice(["Sections examined; findings support the above diagnosis.", "Microscopic examination performed."]), "", sig(doc, path, add_days(d, 2), 0)]
    elif L == 1:  # diagnosis first, compact
        out += [lab, "Path #%s" % accn, c.name(1), "DOB %s  Sex %s" % (doc.d(c.dob), c.sex), "", "DIAGNOSIS", "%s: %s" % (pc[0], pc[2]), "", "Gross: " + gross, "", "%s (Pathologist) %s" % (path.short(), doc.d(add_days(d, 2)))]
    elif L == 2:  # cytology Pap
        out += [lab, "GYNECOLOGIC CYTOLOGY REPORT" if c.sex == "F" else "NON-GYNECOLOGIC CYTOLOGY", pt_block(doc), "Collected %s" % doc.d(d), "",
                "Specimen: " + ("ThinPrep cervical/endocervical" if c.sex == "F" else "Urine, voided"), "Specimen adequacy: Satisfactory for evaluation; transformation zone component present." if c.sex == "F" else "Specimen adequacy: satisfactory.",
                "Interpretation: " + (r.choice(["NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY.", "Atypical squamous cells of undetermined significance (ASC-US). HPV high-risk reflex: %s." % r.choice(["positive", "negative"])]) if c.sex == "F" else "Negative for malignant cells."),
                "", "Screened by: %s, CT(ASCP)" % Person(r, "rn").short().split(",")[0], "The Pap test is a screening test with false-negative results.", "", sig(doc, path, add_days(d, 4), 4)]
    elif L == 3:  # outside consult / second opinion style with synoptic-ish list
        out += ["%s\nDepartment of Pathology and Laboratory Medicine" % lab, "", "PATHOLOGY CONSULTATION REPORT" if r.random() < 0.5 else "Report", pt_block(doc), "Case: %s" % accn, "", "Specimen(s) received:", "  A. " + pc[0], "",
                "Diagnosis:", "  A. " + pc[2], "", "Comment: " + r.choice(["Findings discussed with Dr. %s on %s." % (Person(r, "surgeon").last, doc.d(add_days(d, 2))), "Clinical correlation recommended.", "No dysplasia identified."]), "",
                "Gross description:", "  " + gross, "", sig(doc, path, add_days(d, 3), 3)]
    elif L == 4:  # addendum
        out += [lab, "ADDENDUM REPORT", "%s   %s   %s" % (c.name(1), c.mrn, accn), "", "Original diagnosis: " + pc[2], "", "Addendum (%s): " % doc.d(add_days(d, 5)) + r.choice(["Immunohistochemical stain for H. pylori is positive.", "Additional levels examined; diagnosis unchanged.", "Iron stain negative for significant iron deposition.", "Special stains for fungi (GMS) negative."]), "", sig(doc, path, add_days(d, 5), 0)]
    else:  # faxed brief results table
        out += ["PATHOLOGY RESULTS - FAXED COPY", "To: %s, %s" % (c.pcp.short(), c.pcp_pract), "", "Pt: %s  DOB %s" % (c.name(0), doc.d(c.dob)), "Specimen: %s  Date: %s  Acc: %s" % (pc[0], doc.d(d), accn), "", "Final Dx: " + pc[2], "", "Signed out by %s" % path.short()]
    return furniture(doc, "\n".join(out), facility=lab)


def g_ecg_report(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    d = add_days(c.adm, r.randint(0, c.los))
    hr = r.randint(52, 118)
    pr = r.randint(120, 200)
    qrs = r.randint(72, 108)
    qt = r.randint(340, 440)
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    axis = r.randint(-20, 85)
    rhythm = "Sinus tachycardia" if hr > 100 else "Sinus bradycardia" if hr < 60 else "Normal sinus rhythm"
    extra = r.choice(["", "", "Nonspecific T wave abnormality", "Left ventricular hypertrophy by voltage criteria", "Incomplete right bundle branch block", "Early repolarization"])
    interp = rhythm + (" with " + extra.lower() if extra else "")
    qtnote = "Prolonged QT" if qtc > 470 - (10 if c.sex == "M" else 0) else ""
    final = r.choice(["Normal ECG", "Otherwise normal ECG", "Abnormal ECG", "Borderline ECG"]) if extra or qtnote else r.choice(["Normal ECG", "Normal ECG", "Within normal limits"])
    card = Person(r, "cardiologist")
    reason = r.choice(["baseline prior to antipsychotic", "QTc monitoring - %s" % med_name(c.psych_meds[0]), "admission screening", "pre-ECT", "tachycardia", "methadone dose > 100 mg" if c.cat == "oud" else "chest pain"])
    out = []
    if L == 0:  # machine header
        out += ["%s   %s   %s" % (c.name(1), c.mrn, fd(d, "%d-%b-%Y") + " " + ftime(r, True)), "%dyr  %s  %s   Room: %s" % (c.age, "Male" if c.sex == "M" else "Female", r.choice(["Caucasian", "Black", "Hispanic", "Unknown"]), r.choice(["2W-14", "3N-02", "ED-7", "Clinic"])),
                "Vent. rate %d BPM" % hr, "PR interval %d ms" % pr, "QRS duration %d ms" % qrs, "QT/QTc %d/%d ms" % (qt, qtc), "P-R-T axes %d %d %d" % (r.randint(20, 70), axis, r.randint(10, 70)), "",
                interp, qtnote, final, "", r.choice(["Confirmed by %s on %s" % (card.short(), doc.d(add_days(d, 1))), "Unconfirmed report", "Referred by: %s    Confirmed by: %s" % (c.psychiatrist.short(), card.short())])]
    elif L == 1:  # cardiologist narrative interpretation
        out += [letterhead(r, "hosp", True), r.choice(["ELECTROCARDIOGRAM REPORT", "12-Lead ECG Interpretation", "EKG"]), pt_block(doc), "Date of tracing: %s" % doc.d(d), "Indication: %s" % reason, "",
                "The rhythm is %s at a rate of %d beats per minute. The PR interval is %d ms, QRS duration %d ms, and corrected QT interval %d ms (Bazett). The axis is %s. %s" % (
                    rhythm.lower(), hr, pr, qrs, qtc, "normal" if -30 < axis < 90 else "leftward", extra + "." if extra else "There are no acute ST-T changes."), "",
                "IMPRESSION: " + final + (". " + qtnote if qtnote else "."), "", sig(doc, card, d, r.choice([0, 2]))]
    elif L == 2:  # table
        out += [r.choice(OUTSIDE_HOSP) + " Cardiology", "ECG", "", pt_block(doc), "Acquired: %s %s" % (doc.d(d), ftime(r)), "Ordering: %s   Reason: %s" % (c.psychiatrist.short(), reason), "",
                "| Rate | PR | QRS | QT | QTc | Axis |", "| %d | %d | %d | %d | %d | %d |" % (hr, pr, qrs, qt, qtc, axis), "", "Interpretation: " + interp + ". " + final + ".", "Compared with prior tracing of %s: %s" % (doc.d(add_days(d, -r.randint(30, 900))), r.choice(["no significant change", "rate faster", "QTc longer"]))]
    elif L == 3:  # brief note style in progress notes
        out += ["ECG Interpretation - %s" % doc.d(d), c.name(2), "", "%s, rate %d, QTc %d ms. %s" % (rhythm, hr, qtc, r.choice(["No ischemic changes.", "No acute changes.", extra or "Normal intervals."])),
                r.choice(["OK to continue %s." % med_name(c.psych_meds[0]), "Cleared for ECT from cardiac standpoint.", "Repeat ECG after dose titration.", "Avoid additional QT-prolonging medications."]), "", sig(doc, Person(r, r.choice(["internist", "psychiatrist"])), d, 5)]
    elif L == 4:  # machine w/ measurement columns and lead info
        out += ["12 LEAD ECG   25 mm/s  10 mm/mV  0.05-150 Hz   %s" % r.choice(["MAC 5500", "PageWriter TC50", "ELI 250c"]), "ID: %s  %s  DOB %s" % (c.mrn, c.name(4), fd(c.dob, "%m/%d/%Y")), "%s %s" % (fd(d, "%m/%d/%Y"), ftime(r, True)), "",
                "Rate  %d   PR  %d   QRSD  %d   QT  %d   QTcB  %d   QTcF  %d" % (hr, pr, qrs, qt, qtc, int(qt / ((60.0 / hr) ** (1 / 3.0)))), "--AXIS--  P %d  QRS %d  T %d" % (r.randint(20, 70), axis, r.randint(10, 70)), "",
                "** %s **" % interp, qtnote, "- %s -" % final.upper(), "", "Technician: %s   Test ind: %s" % ("".join(r.choice("ABCDEFGHJK") for _ in range(2)), reason)]
    elif L == 5:  # holter / rhythm strip summary
        out += ["RHYTHM STRIP / TELEMETRY REVIEW", pt_block(doc), "Date: " + doc.d(d), "", "Underlying rhythm: %s, rate %d-%d." % (rhythm, hr - 8, hr + 12), "Ectopy: " + r.choice(["rare PVCs", "none", "occasional PACs"]), "Pauses: none > 2 sec.",
                "Measured QTc %d ms." % qtc, "", sig(doc, card, d, 4)]
    else:  # faxed ECG with overread
        out += ["** FAXED ECG - ORIGINAL TRACING NOT LEGIBLE ON COPY **", "From: %s" % r.choice(PCP_PRACT), "", "Patient %s  DOB %s" % (c.name(0), doc.d(c.dob)), "Date %s" % doc.d(d), "",
                "Computer interpretation: %s. %s" % (interp, final), "Overread: " + r.choice(["agree", "agree; QTc manually measured %d ms" % (qtc + r.randint(-15, 15)), "agree, no acute changes"]), "", card.short()]
    return furniture(doc, "\n".join(out))


def g_medication_list(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    meds = c.all_meds()
    d = r.choice([c.adm, c.dc, add_days(c.dc, r.randint(20, 300))])
    out = []
    if L == 0:  # admission med rec
        out += [letterhead(r, "hosp", True), r.choice(["ADMISSION MEDICATION RECONCILIATION", "Medication Reconciliation - Admission", "Home Medication List (Pre-Admission)"]), pt_block(doc), "Date: %s   Source: %s" % (doc.d(c.adm), r.choice(["patient", "pharmacy fill history", "family", "outside records", "pill bottles"])), "Allergies: " + c.allergy, "",
                "%-46s %-14s %-12s %s" % ("Medication / dose / frequency", "Last taken", "Continue?", "Comment")]
        for m in meds:
            out.append("%-46s %-14s %-12s %s" % (m[:46], r.choice(["today", "yesterday", "1 wk ago", "unknown", "%s" % fd(add_days(c.adm, -r.randint(0, 20)), "%m/%d")]), r.choice(["Yes", "Yes", "Yes", "Hold", "No - changed"]), r.choice(["", "", "pt not taking", "verified w/ pharmacy"])))
        out += ["", "Reconciled by: %s   Reviewed by prescriber: %s" % (Person(r, "rn").short(), c.psychiatrist.short())]
    elif L == 1:  # discharge med rec continue/stop/change
        out += [SYS, r.choice(["Discharge Medication Reconciliation", "MEDICATION LIST AT DISCHARGE", "Your Medication List"]), pt_block(doc), "Discharge date: " + doc.d(c.dc), ""]
        out += ["NEW medications - START taking:"] + ["  " + med_fmt(doc, m, 3) for m in c.psych_meds[:1]]
        out += ["", "CONTINUE taking:"] + ["  " + med_fmt(doc, m, 3) for m in meds[1:]]
        out += ["", "STOP taking:", "  " + r.choice(["alprazolam", "diphenhydramine (OTC sleep aid)", "citalopram", "ibuprofen", "nothing stopped"]), "", "Last dose given in hospital: see MAR.", "", "Reviewed with patient. Patient verbalized understanding.", "", sig(doc, Person(r, "rn"), c.dc, 1)]
    elif L == 2:  # pharmacy printout
        ph = r.choice(PHARM)
        out += [ph.upper(), "PATIENT MEDICATION PROFILE", "Printed %s" % doc.d(d), "", "%s   DOB %s   %s %s" % (c.name(1), doc.d(c.dob), c.street, c.city), "", "Rx#      Drug                               Qty  Last Fill   Prescriber      Refills"]
        for m in meds:
            out.append("%-8d %-34s %-4d %-11s %-15s %d" % (r.randint(1000000, 9999999), " ".join(m.split(" ")[:3])[:34], r.choice([30, 60, 90, 14, 28]), fd(add_days(d, -r.randint(1, 40)), "%m/%d/%y"), r.choice([c.psychiatrist, c.pcp]).last[:15], r.randint(0, 5)))
    elif L == 3:  # EHR active medication list with sig and indication
        out += ["Active Medications", pt_block(doc), "As of " + doc.d(d), ""]
        for m in meds:
            ind = "psychiatric" if m in c.psych_meds else "medical"
            out.append("* %s\n    Indication: %s\n    Prescriber: %s   Start: %s" % (med_fmt(doc, m), r.choice({"psychiatric": ["mood", "psychosis", "anxiety", "sleep", c.dx[0].split(",")[0]], "medical": ["per PCP", "chronic condition"]}[ind]),
                                                                           (c.psychiatrist if ind == "psychiatric" else c.pcp).short(), fd(add_days(d, -r.randint(10, 900)), "%m/%d/%Y")))
    elif L == 4:  # patient-held handwritten style
        out += [r.choice(["MY MEDICINES", "Medication Card", "Personal Medication Record"]), "Name: %s        Pharmacy: %s" % (c.name(0), r.choice(PHARM)), "Allergies: %s" % c.allergy, "",
                "Medicine            How much        When            What for"]
        for m in meds:
            p = m.split(" ")
            out.append("%-19s %-15s %-15s %s" % (p[0], " ".join(p[1:3]), r.choice(["morning", "bedtime", "2x day", "3x day", "as needed"]), r.choice(["nerves", "mood", "sleep", "voices", "BP", "sugar", "thyroid", "cravings", ""])))
        out += ["", "Bring this list to every appointment."]
    elif L == 5:  # MAR summary snapshot
        out += [HOSP, r.choice(["MEDICATION ADMINISTRATION RECORD", "MAR - 24 Hour Summary"]), pt_block(doc, [("Unit", c.unit)]), "Date: %s" % doc.d(add_days(c.adm, 2)), "", "%-44s %-6s %-6s %-6s" % ("Scheduled", "0900", "1300", "2100")]
        for m in meds:
            out.append("%-44s %-6s %-6s %-6s" % (m[:44], r.choice(["GV", "GV", "RF", "--"]), "--", r.choice(["GV", "--", "HS"])))
        out += ["", "PRN:", "  hydroxyzine 25 mg PO q6h PRN anxiety    given 1430 (effective)", "  acetaminophen 650 mg PO q6h PRN pain", "  olanzapine 5 mg PO/IM q6h PRN agitation", "", "GV=given  RF=refused  HS=held-sleeping", "Initials: " + ", ".join(Person(r, "rn").short() for _ in range(2))]
    else:  # transfer med list faxed to outpatient
        out += ["MEDICATION LIST", "From: %s, %s" % (c.psychiatrist.short(), HOSP), "To: %s" % r.choice([SITES["cmhc"][0], c.pcp_pract, SITES["otp"][0]]), "", "Pt: %s  (DOB %s)" % (c.name(3), doc.d(c.dob)), ""]
        out += ["%d) %s" % (i + 1, m) for i, m in enumerate(meds)] + ["", "Last lithium level: %.2f on %s" % (r.uniform(0.5, 1.1), doc.d(c.dc)) if c.lithium else "", "Scripts sent to %s for 30-day supply." % r.choice(PHARM)]
    return furniture(doc, "\n".join(out))


def dea(r, who):
    return "%s%s%07d" % (r.choice("ABFM"), who.last[0], r.randint(0, 9999999))


def g_prescription(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    pres = r.choice([c.psychiatrist, Person(r, "np"), Person(r, "pa")])
    d = add_days(c.dc, r.randint(0, 200))
    m = r.choice(c.psych_meds)
    p = m.split(" ")
    qty = r.choice([30, 60, 90, 14, 28])
    ctrl = any(x in m for x in ["buprenorphine", "methadone", "lorazepam", "clonazepam"])
    if r.random() < 0.15 and not ctrl and c.cat in ("anx", "ptsd"):
        m = "clonazepam 0.5 mg PO BID PRN anxiety"
        ctrl = True
    out = []
    if L == 0:  # printed Rx pad
        s = SITES[r.choice(["cmhc", "clinic2", "hosp", "otp"])]
        out += [s[0], s[2] + ", " + s[3], "Tel " + s[4], "", "%s  NPI %s%s" % (pres.full(), pres.npi, "  DEA %s" % dea(r, pres) if ctrl else ""), "", "Name: %s        DOB: %s" % (c.name(0), doc.d(c.dob)), "Address: %s %s, %s, %s" % (c.street, c.apt, c.city, c.state), "Date: " + doc.d(d), "",
                "Rx", "%s %s" % (p[0].capitalize(), " ".join(p[1:3])), "Sig: " + r.choice(["Take 1 tablet by mouth ", "1 po "]) + " ".join(p[3:]), "Disp: #%d (%s)" % (qty, num_word(qty)), "Refills: %s" % (r.choice(["0", "1", "2", "5"]) if not ctrl else "0"), "",
                cb(doc, "Substitution permitted", True) + "   " + cb(doc, "Dispense as written", False), "", "_" * 28, "Prescriber signature", "", "Security features: microprint border, void pantograph" if r.random() < 0.4 else ""]
    elif L == 1:  # eRx confirmation
        out += ["ELECTRONIC PRESCRIPTION - TRANSMISSION CONFIRMATION", "Sent: %s %s via SureScripts" % (doc.d(d), ftime(r)), "Pharmacy: %s  NCPDP %07d  Fax %s" % (r.choice(PHARM), r.randint(0, 9999999), phone(r)), "",
                "Patient: %s  DOB %s  Gender %s" % (c.name(2), doc.d(c.dob), c.sex), "Prescriber: %s  NPI %s" % (pres.full(), pres.npi), "", "Medication: %s" % " ".join(p[:3]), "Directions: %s" % " ".join(p[3:]) or "as directed", "Quantity: %d   Days supply: %d   Refills: %d" % (qty, qty if "BID" not in m else qty // 2, r.randint(0, 3)),
                "Note to pharmacist: " + r.choice(["", "Pt on lithium - please counsel on hydration/NSAIDs" if c.lithium else "", "Blister pack please", "Do not fill before %s" % doc.d(add_days(d, 3))]), "", "Status: " + r.choice(["Accepted by pharmacy", "Success", "Pending"])]
    elif L == 2:  # controlled substance buprenorphine EPCS / paper
        bup = "buprenorphine/naloxone 8 mg/2 mg SL film"
        out += [SITES["otp"][0], SITES["otp"][2] + ", " + SITES["otp"][3], "", "Prescriber: %s   DEA: %s   %s" % (pres.full(), dea(r, pres), "DATA-2000 waiver ID: X%s" % dea(r, pres)[1:] if d.year < 2023 else ""), "",
                "Patient: %s   DOB: %s" % (c.name(0), doc.d(c.dob)), "Date issued: %s" % doc.d(d), "", "Rx: %s" % bup, "Sig: Dissolve %s film under the tongue %s" % (r.choice(["1", "1", "1/2"]), r.choice(["twice daily", "daily", "three times daily"])),
                "Quantity: %d (%s) films   Days supply: %d" % (qty, num_word(qty), r.choice([7, 14, 28])), "Refills: NONE", "Dx: %s" % SUD_DX["opioids"][1 if d >= dt.date(2015, 10, 1) else 2], "", "Signature: ______________________", "", "C-III"]
    elif L == 3:  # fax refill authorization
        out += [r.choice(PHARM), "REFILL AUTHORIZATION REQUEST", "To: %s   Fax: %s" % (pres.short(), SITES["cmhc"][5]), "", "Patient: %s  DOB: %s  Phone: %s" % (c.name(0), doc.d(c.dob), c.phone), "Medication: %s" % m, "Last filled: %s  Qty: %d" % (doc.d(add_days(d, -30)), qty), "",
                r.choice([cb(doc, "APPROVED  Refills: %d" % r.randint(1, 3), True), cb(doc, "DENIED - patient must be seen", True), cb(doc, "Approved x1 - needs appointment", True)]), "", "Prescriber signature: ______________  Date: %s" % doc.d(add_days(d, 1))]
    elif L == 4:  # LAI / specialty pharmacy order form
        lai = next((x for x in c.psych_meds if "IM" in x), "paliperidone palmitate 156 mg IM every 4 weeks")
        out += [r.choice(["Long-Acting Injectable Prescription & Enrollment Form", "SPECIALTY PHARMACY ORDER FORM"]), "Ship to: %s, attn: injection clinic" % SITES["cmhc"][0], "", "PATIENT", "Name: %s  DOB: %s  Ins: %s  ID: %s" % (c.name(0), doc.d(c.dob), c.ins[0], c.ins_id), "",
                "PRESCRIPTION", "Drug/strength: %s" % " ".join(lai.split(" ")[:4]), "Directions: %s" % " ".join(lai.split(" ")[3:]), "Qty: 1 kit   Refills: %d" % r.randint(3, 11), "Dx: %s %s" % (c.dxcode(), c.dx[0]), "",
                "PRESCRIBER: %s  NPI %s  Phone %s" % (pres.full(), pres.npi, SITES["cmhc"][4]), "Signature: ___________________  Date: %s" % doc.d(d)]
    elif L == 5:  # hospital discharge prescriptions multi-item
        out += [HOSP, "DISCHARGE PRESCRIPTIONS", "", "Patient: %s  MRN %s" % (c.name(1), c.mrn), "Date: %s" % doc.d(c.dc), ""]
        for i, mm in enumerate(c.psych_meds):
            pp = mm.split(" ")
            out += ["%d. %s %s" % (i + 1, pp[0], " ".join(pp[1:3])), "   Sig: %s" % " ".join(pp[3:]), "   Disp: %d   RF: %d" % (r.choice([14, 30]), r.choice([0, 0, 1]))]
        out += ["", "Prescriber: %s   DEA %s" % (pres.full(), dea(r, pres)), "(Limited 14-day supply per discharge policy)" if r.random() < 0.4 else ""]
    else:  # handwritten OCR-ish script
        out += ["%s" % pres.full().upper(), "%s" % r.choice(PCP_PRACT + [SITES["cmhc"][0]]), "", "For: %s   Age %d" % (c.name(0), c.age), "Date %s" % fd(d, "%m/%d/%y"), "", "R/", "  %s %s" % (p[0], p[1] + p[2] if len(p) > 2 else ""), "  #%d" % qty, "  %s" % " ".join(p[3:]).lower(), "", "  Refill %s times" % r.choice(["0", "1", "2", "NR"]), "", "        %s" % pres.last + " " + pres.cred]
    return furniture(doc, "\n".join(out))


def num_word(n):
    w = {14: "fourteen", 28: "twenty-eight", 30: "thirty", 60: "sixty", 90: "ninety"}
    return w.get(n, str(n))


def g_correspondence(r, c):
    doc = Doc(r, c)
    L = r.randrange(8)
    d = add_days(c.dc, r.randint(1, 300))
    sender = r.choice([c.psychiatrist, c.therapist, Person(r, "np")])
    site = r.choice(["cmhc", "clinic2", "hosp", "php"])
    addr = "%s\n%s%s\n%s, %s %s" % (c.name(0), c.street, (", " + c.apt) if c.apt else "", c.city, c.state, c.zip)
    out = [letterhead(r, site), "", doc.d(d), ""]
    if L == 0:  # missed appointment letter
        out += [addr, "", "Dear %s %s," % ("Mr." if c.sex == "M" else "Ms.", c.last), "",
                "We missed you at your scheduled appointment on %s. Your care is important to us. Please call our office at %s to reschedule." % (doc.d(add_days(d, -r.randint(3, 14))), SITES[site][4]),
                r.choice(["If we do not hear from you within 30 days, your case may be closed.", "If you have missed three appointments, per clinic policy, we may not be able to schedule you for future appointments.", "If you are in crisis, call 911 or go to the nearest emergency room."]), "",
                "Sincerely,", "", sender.short(), r.choice(["Intake Coordinator", "Clinic Manager", sender.role.title()])]
    elif L == 1:  # clinician-to-PCP update
        out += ["%s\n%s" % (c.pcp.full(), c.pcp_pract), "", "RE: %s   DOB: %s" % (c.name(0), doc.d(c.dob)), "", "Dear %s," % c.pcp.dr(), "",
                "I had the pleasure of seeing our mutual patient %s in follow-up on %s. As you know, %s carries a diagnosis of %s. %s" % (c.first, doc.d(d), c.he(), c.dx[0].lower(), r.choice(["%s is doing well and is stable." % c.He(), "%s continues to have residual symptoms." % c.He()])), "",
                "Current psychiatric medications: %s." % ", ".join(c.psych_meds), "",
                r.choice(["Please note that %s is on lithium. I would ask that NSAIDs, thiazide diuretics and ACE inhibitors be avoided where possible, and that any changes be communicated so we can check a level." % c.he() if c.lithium else "Given %s antipsychotic therapy, I would appreciate your help with annual metabolic monitoring (A1c, lipids, weight)." % c.his(),
                          "I have asked %s to schedule an appointment with you for evaluation of %s." % (c.him(), r.choice(["elevated blood pressure", "weight gain", "tremor", "elevated liver enzymes"]))]), "",
                "Please do not hesitate to contact me at %s with any questions." % SITES[site][4], "", "Sincerely,", "", sender.full()]
    elif L == 2:  # to whom it may concern - verification of treatment
        out += ["To Whom It May Concern:", "", "This letter is to confirm that %s (DOB %s) %s at %s %s." % (c.name(0), doc.d(c.dob), r.choice(["was hospitalized", "has been receiving treatment", "attended the Partial Hospitalization Program"]), SITES[site][0],
                                                                                                       r.choice(["from %s to %s" % (doc.d(c.adm), doc.d(c.dc)), "since %s" % doc.d(c.adm)])),
                r.choice(["%s may return to work on %s without restrictions." % (c.He(), doc.d(add_days(c.dc, r.randint(2, 10)))), "Please excuse %s absence during this period." % c.his(), "%s is compliant with treatment recommendations." % c.He()]),
                "Details of treatment are confidential and will not be released without the patient's written authorization.", "", "Respectfully,", "", sender.full()]
    elif L == 3:  # termination/discharge from practice
        out += [addr, "", "RE: Discharge from services", "", "Dear %s," % c.first, "", "This letter is to inform you that you have been discharged from outpatient services at %s effective %s because %s." % (SITES[site][0], doc.d(add_days(d, 30)), r.choice(["you have not attended services in over 90 days", "of repeated violations of the treatment agreement", "you have successfully completed treatment"])),
                "We will remain available for emergency care for 30 days. Enclosed is a list of other providers in your area. You may request a copy of your records by completing an authorization form.", "", "Crisis services are available 24/7 at %s." % SITES["hosp"][4], "", "Sincerely,", sender.full(), "cc: chart"]
    elif L == 4:  # letter to court/attorney/probation
        out += ["%s\n%s County Adult Probation Department" % (Person(r, "cm").first + " " + r.choice(LN), r.choice(["Grisham", "Halvorsen", "Tamarack"])), "", "RE: %s, Case No. %d-CR-%05d" % (c.name(0), c.adm.year, r.randint(1, 99999)), "",
                "Dear Officer %s:" % r.choice(LN), "", "Per the signed release on file, I am writing to confirm that %s has attended %d of %d scheduled sessions of %s since %s. Toxicology results have been %s." % (
                    c.name(0), (a := r.randint(5, 20)), a + r.randint(0, 4), r.choice(["intensive outpatient treatment", "individual counseling", "medication-assisted treatment"]), doc.d(c.adm), r.choice(["negative", "consistent with prescribed medication", "positive on one occasion"])), "",
                "This information is disclosed pursuant to 42 CFR Part 2. Further disclosure is prohibited.", "", "Sincerely,", Person(r, "cd").full()]
    elif L == 5:  # patient portal message printout
        out = ["Patient Portal Message", "From: %s   To: %s   Sent: %s %s" % (c.name(0), sender.short(), doc.d(d), ftime(r, False)), "Subject: " + r.choice(["medication question", "refill", "side effects", "appointment"]), "",
               r.choice(["Hi, I have been feeling really tired on the %s. Can I take it at night instead?" % med_name(c.psych_meds[0]), "I need a refill on my %s, the pharmacy said you have to approve it." % med_name(c.psych_meds[-1]),
                         "Can I move my appointment to next week? I start a new job."]), "", "Reply from %s (%s):" % (sender.short(), doc.d(add_days(d, 1))),
               r.choice(["Yes, that is fine. Let us know if the tiredness does not improve.", "Refill sent. Please keep your upcoming appointment.", "Our scheduler will call you. If you are having thoughts of harming yourself, call 988 or 911."])]
    elif L == 6:  # letter to patient with lab results
        out += [addr, "", "Dear %s %s," % (c.first, c.last), "", "Your recent lab results from %s are as follows:" % doc.d(add_days(d, -5)),
                "  %s" % ("Lithium level: %.1f (goal 0.6-1.0)" % r.uniform(0.5, 1.1) if c.lithium else "Hemoglobin A1c: %.1f%%" % r.uniform(5.0, 7.5)), "  %s" % r.choice(["Kidney function: normal", "Thyroid (TSH): normal", "Cholesterol: slightly high"]), "",
                r.choice(["No changes to your medications are needed.", "Please call to discuss.", "We will review these at your next visit."]), "", "Sincerely,", sender.full()]
    else:  # emotional support/housing letter or disability letter
        out += ["RE: %s   DOB %s" % (c.name(0), doc.d(c.dob)), "", r.choice(["To the Social Security Administration:", "To the Housing Authority:", "Dear Disability Claims Examiner:"]), "",
                "%s has been under my care since %s for %s. %s symptoms include %s, which %s." % (c.name(0), doc.d(add_days(c.adm, -r.randint(0, 700))), c.dx[0].lower(), c.His(), ", ".join(c.symptoms[:3]), r.choice(["significantly limit daily functioning", "have resulted in multiple hospitalizations", "interfere with sustained employment"])),
                "Treatment includes %s and %s." % (", ".join(med_name(m) for m in c.psych_meds), r.choice(["weekly psychotherapy", "case management", "monthly medication management"])), "", "Please contact my office with any questions.", "", sender.full(), "License # %s-%06d" % (r.choice(["MD", "CNP", "LISW"]), r.randint(0, 999999))]
    return furniture(doc, "\n".join(out))

SIDE_EFFECTS = {
    "lithium": "tremor, increased thirst and urination, nausea, weight gain, thyroid and kidney effects; toxicity can occur with dehydration. Blood levels required.",
    "antipsychotic": "sedation, weight gain, increased blood sugar and cholesterol, restlessness (akathisia), muscle stiffness, tardive dyskinesia, and rarely neuroleptic malignant syndrome.",
    "antidepressant": "nausea, headache, sleep changes, sexual side effects; increased risk of suicidal thinking in persons under age 25 (FDA boxed warning).",
    "clozapine": "low white blood cell count (agranulocytosis) requiring blood monitoring, seizures, myocarditis, constipation, drooling, sedation, weight gain.",
    "anticonvulsant": "sedation, dizziness, weight gain, liver problems, low platelets, birth defects if taken during pregnancy; rash (lamotrigine).",
    "buprenorphine": "constipation, headache, sweating, precipitated withdrawal, respiratory depression if combined with alcohol or benzodiazepines.",
}


def med_class(m):
    n = med_name(m)
    if n == "lithium":
        return "lithium"
    if n == "clozapine":
        return "clozapine"
    if n in ("olanzapine", "risperidone", "quetiapine", "aripiprazole", "haloperidol", "paliperidone", "lurasidone", "ziprasidone"):
        return "antipsychotic"
    if n in ("divalproex", "lamotrigine"):
        return "anticonvulsant"
    if n.startswith("buprenorphine") or n == "methadone":
        return "buprenorphine"
    return "antidepressant"


def g_consent_form(r, c):
    doc = Doc(r, c)
    L = r.randrange(8)
    d = r.choice([c.adm, add_days(c.adm, 1), add_days(c.adm, 2)])
    pres = c.psychiatrist
    signer = ("Patient" if not c.adolescent else "Parent/Guardian")
    sigs = ["", "_" * 34 + "   Date/Time: ____________", "%s signature" % signer, "", "_" * 34 + "   Date/Time: ____________", "Witness", "",
            "_" * 34, "Physician/Prescriber: %s" % pres.short()]
    out = []
    if L == 0:  # psychotropic med consent
        m = r.choice(c.psych_meds)
        cl = med_class(m)
        out += [letterhead(r, r.choice(["hosp", "cmhc"])), "", r.choice(["INFORMED CONSENT FOR PSYCHOTROPIC MEDICATION", "Consent for Psychotropic Medication", "MEDICATION CONSENT FORM"]), "Form %s-%d" % (r.choice(["TV", "MR", "PHA"]), r.randint(100, 999)), "",
                pt_block(doc), "", "Medication: %s   Class: %s" % (" ".join(m.split(" ")[:3]), cl), "Dosage range: %s" % r.choice(["as prescribed, within FDA labeled range", "up to %s" % " ".join(m.split(" ")[1:3])]), "Purpose: treatment of %s" % c.dx[0].lower(), "",
                "Possible side effects: " + SIDE_EFFECTS[cl], "", "Alternatives: other medications, psychotherapy, no treatment. Risks of no treatment: continued or worsening symptoms.", "",
                "I have had the opportunity to ask questions. I understand that I may withdraw consent at any time, except in an emergency or when ordered by a court.", ""] + sigs
    elif L == 1:  # ROI authorization
        to = r.choice([c.pcp_pract, SITES["cmhc"][0], "%s (%s)" % (c.emerg[0], c.emerg[1]), "Grisham County Adult Probation", "Hollow Creek Recovery Center", r.choice(OUTSIDE_HOSP)])
        out += [SYS, r.choice(["AUTHORIZATION FOR RELEASE OF INFORMATION", "Authorization to Use or Disclose Protected Health Information", "CONSENT TO RELEASE CONFIDENTIAL INFORMATION (42 CFR Part 2)"]), "",
                "Patient: %s   DOB: %s   MRN: %s" % (c.name(0), doc.d(c.dob), c.mrn), "", "I authorize: %s" % SITES[r.choice(list(SITES))][0], "To %s: %s" % (r.choice(["release to", "exchange with", "obtain from"]), to), "",
                "Information to be disclosed:"] + [cb(doc, x, r.random() < 0.5) for x in ["Psychiatric evaluation", "Discharge summary", "Medication list", "Laboratory results", "Substance use disorder treatment records", "Attendance/compliance", "HIV-related information", "Entire record"]] + ["",
                "Purpose: " + r.choice(["continuity of care", "legal", "coordination of care", "at the request of the individual", "insurance"]), "This authorization expires on %s or upon the following event: %s." % (doc.d(add_days(d, 365)), r.choice(["discharge from treatment", "completion of probation", "N/A"])),
                "I understand that I may revoke this authorization in writing at any time except to the extent action has been taken. Treatment is not conditioned on signing.", ""] + sigs[:6]
    elif L == 2:  # ECT consent
        out += [letterhead(r, "hosp"), "", r.choice(["CONSENT FOR ELECTROCONVULSIVE THERAPY", "Informed Consent - ECT and Anesthesia"]), pt_block(doc), "",
                "I, %s, consent to a course of up to %d electroconvulsive therapy (ECT) treatments, and the anesthesia required, to be administered by Dr. %s and the ECT team." % (c.name(0), r.choice([6, 8, 12]), pres.last),
                "The nature of ECT has been explained to me: under brief general anesthesia and muscle relaxation, a small electric current is applied to the scalp to produce a seizure.", "",
                "Risks include: confusion, memory loss (particularly for events around the treatment period), headache, muscle aches, nausea, dental injury, cardiac arrhythmia, and risks of anesthesia. Death is extremely rare.", "",
                "Alternatives discussed: medication trials, psychotherapy, TMS. I may withdraw consent at any time.", "Placement: " + r.choice(["right unilateral", "bilateral", "to be determined by physician"]), ""] + sigs
    elif L == 3:  # voluntary admission consent
        out += [HOSP, r.choice(["APPLICATION FOR VOLUNTARY ADMISSION", "Voluntary Admission and Consent to Treatment", "CONDITIONAL VOLUNTARY AGREEMENT"]), "", pt_block(doc), "",
                "I, the undersigned, request admission to %s for evaluation and treatment of a mental illness. I understand that:" % HOSP,
                "1. I may request discharge in writing; the hospital may hold me for up to %d hours (excluding weekends/holidays) after my request to evaluate whether court proceedings are needed." % r.choice([72, 72, 48, 120]),
                "2. I have received a copy of Patient Rights.", "3. I consent to routine examination, laboratory studies, and treatment.", "4. I have been told the name of my attending physician.", ""] + sigs[:6]
    elif L == 4:  # telehealth consent
        out += [letterhead(r, r.choice(["cmhc", "clinic2"])), "CONSENT FOR TELEHEALTH SERVICES", "", "Patient: %s  DOB %s" % (c.name(0), doc.d(c.dob)), "",
                "Telehealth involves the use of secure interactive video and audio to provide behavioral health services. Benefits include access without travel. Risks include technical failure and possible breach of privacy despite encryption.",
                "I understand that I have the right to decline telehealth and receive in-person services. In an emergency I will call 911. I will be in a private location during sessions and provide my location at each visit.", "", "Verbal consent obtained on %s by %s" % (doc.d(d), c.therapist.short()) if r.random() < 0.5 else "", ""] + sigs[:3]
    elif L == 5:  # buprenorphine treatment agreement/consent
        out += [SITES["otp"][0], r.choice(["Consent and Treatment Agreement - Buprenorphine", "OPIOID TREATMENT PROGRAM CONSENT TO TREATMENT", "Medication for Opioid Use Disorder (MOUD) Consent"]), "", pt_block(doc), ""]
        out += ["%s____ %s" % ("" if r.random() < 0.5 else "Initial ", x) for x in ["I understand buprenorphine is an opioid medication and can cause physical dependence.", "I will take the medication only as prescribed and will not share, sell or trade it.",
                                                                                    "I agree to random urine drug screens and pill/film counts.", "Mixing with alcohol or benzodiazepines can cause overdose and death.", "I will keep naloxone in my home.",
                                                                                    "I consent to check of the state prescription monitoring program (OARRS)."]] + [""] + sigs
    elif L == 6:  # consent for LAI / clozapine
        out += [letterhead(r, "cmhc", True), "Informed Consent: %s" % r.choice(["Long-Acting Injectable Antipsychotic", "Clozapine Treatment and REMS Monitoring"]), "", "Name: %s   DOB: %s" % (c.name(0), doc.d(c.dob)), "Diagnosis: %s" % c.dx[0], "",
                "Side effects reviewed: " + SIDE_EFFECTS[r.choice(["antipsychotic", "clozapine"])], "", "Patient %s the information. Capacity to consent: %s." % (r.choice(["verbalized understanding of", "asked appropriate questions about"]), r.choice(["present", "present", "guardian signing"])), ""] + sigs
    else:  # general consent for outpatient treatment
        out += [SYS, "CONSENT TO TREATMENT / ACKNOWLEDGMENT OF NOTICE OF PRIVACY PRACTICES", "", pt_block(doc), "",
                "I consent to assessment and treatment at %s, which may include psychiatric evaluation, medication management, counseling, case management and crisis services." % SITES[r.choice(list(SITES))][0],
                "I understand confidentiality limits: danger to self or others, suspected child/elder abuse, court order.", "I acknowledge receipt of the Notice of Privacy Practices and Client Rights and Grievance Procedure.",
                "Financial: I agree to pay any amounts not covered by insurance; sliding fee available.", ""] + [cb(doc, "Consent to text/phone reminders", r.random() < 0.7)] + sigs[:3]
    return furniture(doc, "\n".join(out))


def g_referral_letter(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    d = r.choice([c.dc, add_days(c.dc, r.randint(10, 200))])
    src = r.choice([c.psychiatrist, c.therapist, c.pcp, Person(r, "np")])
    out = []
    dest = r.choice([(SITES["php"][0], "partial hospitalization"), (SITES["cmhc"][0], "outpatient psychiatry and therapy"), ("Hollow Creek Recovery Center", "residential substance use treatment"),
                     ("Tamarack Valley ACT Team", "Assertive Community Treatment"), ("Kessler-Ward Neurology Clinic", "neurology evaluation"), ("Ridgeline DBT Program", "comprehensive DBT"), (SITES["otp"][0], "medication for opioid use disorder")])
    if L == 0:  # letter
        out += [letterhead(r, r.choice(["hosp", "cmhc", "clinic2"])), "", doc.d(d), "", "%s\nIntake Department\n%s" % (dest[0], r.choice(TOWNS)[0] + ", OH"), "", "RE: Referral - %s, DOB %s" % (c.name(0), doc.d(c.dob)), "",
                "Dear Colleague,", "", "I am referring %s, a %d-year-old %s, for %s. %s" % (c.name(0), c.age, c.sexword(r), dest[1], hpi(r, c, 1)), "",
                "Current medications: %s. Allergies: %s." % (", ".join(c.all_meds()), c.allergy), "", "Reason for referral: " + r.choice(["step-down from inpatient care", "needs higher level of care than weekly outpatient", "specialized treatment not available at our clinic", "continuity after discharge"]), "",
                "Enclosed are the discharge summary and recent labs. A signed release is on file.", "", "Thank you,", "", src.full()]
    elif L == 1:  # referral form
        out += [r.choice(["REFERRAL FORM", "Behavioral Health Referral", "Request for Services"]), "To: %s   Fax: %s" % (dest[0], phone(r)), "From: %s   Phone: %s" % (src.short(), SITES["hosp"][4]), "Date: %s   Urgency: %s" % (doc.d(d), r.choice(["Routine", "Urgent (within 72h)", "Urgent"])), "",
                "Patient: %s  DOB: %s  Phone: %s" % (c.name(2), doc.d(c.dob), c.phone), "Insurance: %s  ID %s" % (c.ins[0], c.ins_id), "", "Service requested: " + dest[1], "Diagnosis: %s (%s)" % (c.dx[0], c.dxcode()),
                "Clinical summary: " + hpi(r, c, 1), "Risk: " + si_text(r, c, True), "Medications: " + "; ".join(c.psych_meds), "", "Attachments: " + ", ".join(r.sample(["H&P", "D/C summary", "Med list", "Labs", "ROI", "Face sheet"], 3)), "", sig(doc, src, d, 4)]
    elif L == 2:  # PCP referral to psychiatry
        out += [c.pcp_pract, "", "Referral to Psychiatry", doc.d(d), "", "Referring provider: %s" % c.pcp.full(), "Patient: %s (DOB %s)" % (c.name(0), doc.d(c.dob)), "",
                "Reason: %s. Tried %s without adequate response. PHQ-9 today %d." % (r.choice(["Worsening depression", "Possible bipolar disorder", "Anxiety not controlled", "Request for buprenorphine induction"]), r.choice(["sertraline 100 mg", "citalopram 20 mg", "fluoxetine 20 mg", "buspirone"]), r.randint(12, 25)), "",
                "PMH: " + (", ".join(m[0] for m in c.medical) or "none"), "Please evaluate and treat. Thank you.", "", sig(doc, c.pcp, d, r.choice([0, 1]))]
    elif L == 3:  # electronic referral summary
        out += ["Outgoing Referral", "Referral ID: R%08d   Status: %s" % (r.randint(0, 99999999), r.choice(["Sent", "Accepted", "Scheduled"])), "Referred to: %s - %s" % (dest[0], dest[1]), "Referred by: %s" % src.short(), "Date: %s" % doc.d(d), "",
                pt_block(doc), "", "Diagnosis codes: %s" % ", ".join(k for n, k in c.dx_lines()[:3]), "Notes: " + r.choice(["Pt agreeable. Prefers afternoon appointments.", "Needs transportation assistance.", "Spanish interpreter needed.", "Guardian must attend."]), "Authorization: " + r.choice(["not required", "pending", "#PA%07d" % r.randint(0, 9999999)])]
    elif L == 4:  # school/adolescent or ACT referral narrative
        out += [letterhead(r, "hosp"), "", doc.d(d), "", "%s" % dest[0], "", "Re: %s" % c.name(0), "",
                "%s %s was discharged from our facility on %s. We are requesting %s because %s." % (c.He(), r.choice(["has been", "was"]), doc.d(c.dc), dest[1], r.choice(["of repeated hospitalizations (%d in the past year)" % r.randint(2, 5), "of poor engagement with clinic-based care", "of medication nonadherence", "of a need for more intensive support"])),
                "Diagnoses: " + "; ".join(n for n, k in c.dx_lines()), "", "Please contact our social worker %s at %s." % (c.therapist.short(), SITES["hosp"][4]), "", "Sincerely,", src.full()]
    elif L == 5:  # fax referral with cover info
        out += ["URGENT REFERRAL", "Date: %s   Pages: %d" % (doc.d(d), r.randint(4, 15)), "", "Patient: %s / DOB %s / %s" % (c.name(1), doc.d(c.dob), c.sex), "Requesting: %s admission" % dest[1], "", "Summary:", "- Dx: " + c.dx[0], "- " + si_text(r, c, True).capitalize(), "- " + subst_text(c, r), "- Last UDS: " + (", ".join(uds_result(c)) or "negative"), "- Meds: " + ", ".join(med_name(m) for m in c.all_meds()), "", "Contact: %s %s" % (src.short(), phone(r))]
    else:  # referral for medical specialty from psych hospital
        spec = r.choice(["Endocrinology", "Gastroenterology/Hepatology", "Neurology", "Dermatology", "Cardiology", "Sleep Medicine"])
        out += [letterhead(r, "hosp", True), "", "Referral to %s" % spec, pt_block(doc), "", "Dear %s colleague," % spec.split("/")[0], "",
                "Please see %s for %s. %s" % (c.name(0), r.choice(["elevated TSH on lithium", "hepatitis C treatment", "abnormal movements", "hidradenitis", "prolonged QTc", "suspected sleep apnea"]), "Psychiatric meds: %s." % ", ".join(c.psych_meds)), "", "Thank you,", src.full()]
    return furniture(doc, "\n".join(out))


def g_advance_directive(r, c):
    doc = Doc(r, c)
    L = r.randrange(6)
    agent = (r.choice(FN_M + FN_F) + " " + r.choice([c.last, r.choice(LN)]), r.choice(["sister", "mother", "spouse", "friend", "son", "daughter", "brother"]), phone(r))
    alt = (r.choice(FN_M + FN_F) + " " + r.choice(LN), r.choice(["friend", "aunt", "cousin", "case manager (not eligible) - see note"]), phone(r))
    d = add_days(c.dc, r.randint(-400, 100))
    out = []
    wit = ["", "Witness 1: ______________________  Date: __________", "Witness 2: ______________________  Date: __________", "", "Notary Public, State of Ohio, County of %s" % r.choice(["Grisham", "Halvorsen", "Tamarack"]) if r.random() < 0.5 else ""]
    if L == 0:  # psychiatric advance directive
        out += [r.choice(["DECLARATION FOR MENTAL HEALTH TREATMENT", "Psychiatric Advance Directive", "MENTAL HEALTH ADVANCE DIRECTIVE"]), "", "I, %s, born %s, being an adult of sound mind, willfully and voluntarily make this declaration for mental health treatment." % (c.name(0), doc.d(c.dob)), "",
                "If I become incapable of giving or withholding informed consent for mental health treatment, I direct as follows:", "",
                "Psychotropic medications - I consent to: " + ", ".join(med_name(m) for m in c.psych_meds), "I do NOT consent to: " + r.choice(["haloperidol (I had a severe dystonic reaction)", "depot injections", "olanzapine - weight gain", "none listed"]), "",
                "Electroconvulsive therapy: " + r.choice(["I consent", "I do not consent", "I consent only if recommended by two psychiatrists"]), "Preferred facility: %s   Facility to avoid: %s" % (HOSP, r.choice(OUTSIDE_HOSP)),
                "Emergency interventions preference: " + r.choice(["medication before seclusion", "seclusion before restraint", "quiet room first"]), "What helps me when I am in crisis: " + r.choice(["music, talking to my sister, time alone", "being outside, weighted blanket", "prayer and calling my sponsor"]), "",
                "Mental health treatment attorney-in-fact: %s (%s), %s" % agent, "Alternate: %s (%s), %s" % alt, "", "Signature of declarant: ____________________  Date: %s" % doc.d(d)] + wit
    elif L == 1:  # health care power of attorney
        out += ["STATE OF OHIO", r.choice(["HEALTH CARE POWER OF ATTORNEY", "Durable Power of Attorney for Health Care"]), "", "Principal: %s   Address: %s, %s, %s" % (c.name(0), c.street, c.city, c.state), "",
                "I, %s, designate %s, my %s, whose telephone is %s, as my attorney-in-fact to make health care decisions for me if I am unable to do so." % (c.name(0), agent[0], agent[1], agent[2]),
                "If my agent is unavailable I designate %s as alternate agent." % alt[0], "", "My agent %s authority to refuse or withdraw life-sustaining treatment when I am in a terminal condition or permanently unconscious." % r.choice(["has", "does not have"]),
                "Special instructions: " + r.choice(["None.", "My agent may consent to inpatient psychiatric admission on my behalf.", "I wish to donate my organs."]), "", "Signed: ______________________  Date: %s" % doc.d(d)] + wit
    elif L == 2:  # living will
        out += [r.choice(["LIVING WILL DECLARATION", "Living Will", "DECLARATION (Ohio Rev. Code format)"]), "", "Declarant: %s   DOB %s" % (c.name(0), doc.d(c.dob)), "",
                "If I am in a terminal condition or a permanently unconscious state, and there is no reasonable possibility of recovery, I direct my attending physician to withhold or withdraw life-sustaining treatment that serves only to prolong the process of dying.", "",
                "Artificially administered nutrition and hydration: %s" % r.choice(["withhold (initial ____)", "provide (initial ____)"]), "Anatomical gift: " + r.choice(["Yes", "No", "Undecided"]), "",
                "Persons to be notified: %s (%s) %s" % agent, "", "Signature ______________________  Date %s" % doc.d(d)] + wit
    elif L == 3:  # POLST / MOLST
        out += ["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "HIPAA PERMITS DISCLOSURE TO OTHER HEALTH CARE PROFESSIONALS AS NECESSARY", "", "Patient: %s  DOB: %s" % (c.name(1), doc.d(c.dob)), "",
                "A. CARDIOPULMONARY RESUSCITATION:  " + cb(doc, "Attempt CPR", c.age < 75) + "  " + cb(doc, "DNR", c.age >= 75), "B. MEDICAL INTERVENTIONS:  " + r.choice(["Full treatment", "Selective treatment", "Comfort-focused treatment"]),
                "C. ARTIFICIALLY ADMINISTERED NUTRITION: " + r.choice(["Long-term", "Trial period", "No artificial nutrition"]), "", "Discussed with: " + r.choice(["patient", "health care agent %s" % agent[0], "guardian"]), "Physician/NP: %s   Date: %s" % (Person(r, "internist").short(), doc.d(d)), "Patient/agent signature: __________________"]
    elif L == 4:  # wallet card / summary
        out += ["ADVANCE DIRECTIVE WALLET CARD", "%s" % c.name(0), "I have a %s." % r.choice(["psychiatric advance directive", "health care power of attorney and living will", "mental health declaration"]), "Copy on file at: %s" % r.choice([HOSP, SITES["cmhc"][0], "my attorney's office"]),
                "Agent: %s  %s" % (agent[0], agent[2]), "Preferred hospital: %s" % HOSP, "Allergies: %s" % c.allergy]
    else:  # chart acknowledgment / AD status form
        out += [letterhead(r, "hosp", True), r.choice(["ADVANCE DIRECTIVE ACKNOWLEDGMENT", "Advance Directive Information and Status"]), pt_block(doc), "",
                cb(doc, "I have an advance directive and a copy has been provided", r.random() < 0.4), cb(doc, "I have an advance directive but did not bring a copy", r.random() < 0.2), cb(doc, "I do not have an advance directive", r.random() < 0.4),
                cb(doc, "I would like information on a psychiatric advance directive", r.random() < 0.5), "", "Type: " + r.choice(["Mental health declaration", "HCPOA", "Living will", "N/A"]), "Agent name/phone: %s %s" % (agent[0], agent[2]), "",
                "Patient signature: ________________  Date: %s" % doc.d(c.adm), "Staff: %s" % Person(r, "rn").short()]
    return furniture(doc, "\n".join(out))

VACC = [("Influenza, injectable, quadrivalent, PF", "Fluzone Quadrivalent", "FLU", "0.5 mL IM"), ("Td/Tdap", "Boostrix", "TDAP", "0.5 mL IM"), ("Hepatitis B (adult)", "Engerix-B", "HEPB", "1 mL IM"),
        ("Hepatitis A (adult)", "Havrix", "HEPA", "1 mL IM"), ("Pneumococcal polysaccharide PPSV23", "Pneumovax 23", "PPSV23", "0.5 mL IM"), ("COVID-19, mRNA", "Moderna / Pfizer-BioNTech", "COVID", "IM"),
        ("Zoster recombinant", "Shingrix", "RZV", "0.5 mL IM"), ("HPV9", "Gardasil 9", "HPV", "0.5 mL IM"), ("MenACWY", "Menactra", "MCV4", "0.5 mL IM"), ("Pneumococcal conjugate PCV20", "Prevnar 20", "PCV20", "0.5 mL IM")]


def vacc_ok(v, d):
    if v[2] == "COVID" and d < dt.date(2020, 12, 20):
        return False
    if v[2] == "RZV" and d < dt.date(2018, 1, 1):
        return False
    if v[2] == "PCV20" and d < dt.date(2021, 7, 1):
        return False
    return True


def g_immunization_record(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    out = []
    entries = []
    for _ in range(r.randint(3, 9)):
        d = add_days(c.adm, -r.randint(-30, 2500))
        v = r.choice(VACC)
        if not vacc_ok(v, d) or (v[2] == "HPV" and c.age > 30):
            continue
        entries.append((d, v, "%s%d%s" % (r.choice(["U", "AC", "EH", "T", "3C"]), r.randint(1000, 99999), r.choice("ABCDK")), r.choice(["L deltoid", "R deltoid", "LD", "RD"])))
    entries.sort(key=lambda e: e[0])
    if not entries:
        entries = [(c.adm, VACC[0], "U7741AA", "L deltoid")]
    if L == 0:  # state registry printout
        out += ["OHIO IMMUNIZATION INFORMATION SYSTEM" if r.random() < 0.5 else "STATE IMMUNIZATION REGISTRY - OFFICIAL RECORD", "Printed %s" % doc.d(add_days(c.adm, r.randint(0, 30))), "", "Name: %s   DOB: %s   Sex: %s" % (c.name(1), doc.d(c.dob), c.sex), "Registry ID: %09d" % r.randint(0, 999999999), "",
                "%-34s %-12s %-22s %s" % ("Vaccine", "Date", "Provider", "Lot")]
        for d, v, lot, site in entries:
            out.append("%-34s %-12s %-22s %s" % (v[0][:34], fd(d, "%m/%d/%Y"), r.choice(["TVBH", "Canal St CHC", "MedPlus Pharmacy", "Grisham Co Health Dept", c.pcp_pract[:20]]), lot))
        out += ["", "Recommended: " + r.choice(["Influenza (due now)", "Td booster due %d" % (c.adm.year + 5), "Hepatitis B series incomplete", "None at this time"])]
    elif L == 1:  # vaccine administration record on unit (flu)
        v = r.choice([VACC[0], VACC[0], VACC[2], VACC[4]])
        d = add_days(c.adm, r.randint(1, c.los))
        out += [HOSP, r.choice(["VACCINE ADMINISTRATION RECORD", "Immunization Screening and Consent / Administration", "Influenza Vaccine Record"]), pt_block(doc), "",
                "Screening: " + "; ".join("%s %s" % (q, r.choice(["N", "N", "N", "Y"]) if q != "Sick today?" else "N") for q in ["Sick today?", "Allergy to eggs/vaccine component?", "Prior reaction?", "Guillain-Barre hx?"]),
                "VIS given: %s (edition %s)" % (v[2], doc.d(add_days(d, -r.randint(100, 700)))), "", "Vaccine: %s (%s)   Dose: %s" % (v[0], v[1], v[3]), "Site: %s   Lot: %s   Mfr: %s   Exp: %02d/%d" % (entries[0][3], entries[0][2], r.choice(["Sanofi", "GSK", "Merck", "Seqirus"]), r.randint(1, 12), d.year + 1),
                "Date/time: %s %s" % (doc.d(d), ftime(r)), "Given by: %s" % Person(r, "rn").short(), "Reported to state registry: " + r.choice(["Y", "Y", "pending"])]
    elif L == 2:  # TB skin test record
        d = add_days(c.adm, r.randint(0, 2))
        mm = r.choice([0, 0, 0, 2, 5, 12])
        out += [r.choice(["TUBERCULIN SKIN TEST (PPD/TST) RECORD", "TB Screening Record", "Mantoux Test Documentation"]), pt_block(doc), "", "Placed: %s %s  Site: %s volar forearm  Tubersol 0.1 mL intradermal  Lot %s" % (doc.d(d), ftime(r), r.choice(["L", "R"]), entries[0][2]), "Placed by: %s" % Person(r, "rn").short(),
                "Read: %s  Induration: %d mm  Result: %s" % (doc.d(add_days(d, r.choice([2, 3]))), mm, "POSITIVE" if mm >= (5 if c.cat == "oud" else 10) else "Negative"), "Read by: %s" % Person(r, "rn").short(), "",
                "TB symptom screen: cough > 3 wk %s, night sweats N, weight loss N, hemoptysis N" % r.choice(["N", "N", "Y"])]
    elif L == 3:  # COVID card style / or hepatitis series at OTP
        if c.adm >= dt.date(2021, 1, 1):
            out += ["COVID-19 Vaccination Record Card", "Please keep this record card, which includes medical information about the vaccines you have received.", "", "Last Name: %s   First Name: %s   MI: %s" % (c.last, c.first, c.mi), "Date of birth: %s   Patient number: %s" % (fd(c.dob, "%m/%d/%Y"), c.mrn[-6:]), "",
                    "Vaccine        Product/Lot         Date         Healthcare professional or clinic site"]
            for i in range(r.randint(1, 3)):
                dd = dt.date(2021, 1, 15) + dt.timedelta(days=30 * i + r.randint(0, 20))
                out.append("%-14s %-19s %-12s %s" % (["1st Dose", "2nd Dose", "Booster"][i], "%s %s" % (r.choice(["Moderna", "Pfizer"]), "EW%04d" % r.randint(0, 9999)), fd(dd, "%m/%d/%y"), r.choice(["Grisham Co HD", "MedPlus #4471", "TVBH"])))
        else:
            out += [SITES["otp"][0], "Hepatitis Vaccine Series Tracking", "%s   DOB %s" % (c.name(0), doc.d(c.dob)), "", "Hep A/B serology: HBsAg neg, anti-HBs neg, anti-HCV %s" % r.choice(["reactive", "nonreactive"])]
            for i, lbl in enumerate(["Twinrix dose 1", "Twinrix dose 2 (1 mo)", "Twinrix dose 3 (6 mo)"]):
                out.append("%s: %s" % (lbl, doc.d(add_days(c.adm, [0, 30, 180][i])) if r.random() < 0.8 else "not given"))
    elif L == 4:  # adolescent/school immunization certificate
        out += ["CERTIFICATE OF IMMUNIZATION", "(for school/program enrollment)", "", "Student/Patient: %s   DOB: %s" % (c.name(0), doc.d(c.dob)), "", "Vaccine        Dose 1       Dose 2       Dose 3       Dose 4"]
        for v in ["DTaP/Tdap", "Polio (IPV)", "MMR", "Hep B", "Varicella", "MenACWY", "HPV"]:
            dd = [fd(add_days(c.dob, r.randint(60, 2200)), "%m/%d/%y") for _ in range(r.randint(1, 4))]
            out.append("%-14s %s" % (v, "  ".join("%-11s" % x for x in dd)))
        out += ["", "Exemption on file: none", "Certified by: %s   Date: %s" % (c.pcp.short(), doc.d(c.adm))]
    elif L == 5:  # EHR immunization history list
        out += ["Immunization History", pt_block(doc), ""]
        for d, v, lot, site in reversed(entries):
            out.append("%s  %s (%s)  %s  %s  Lot %s  %s" % (fd(d, "%m/%d/%Y"), v[0], v[1], v[3], site, lot, r.choice(["Administered", "Historical - per patient", "Historical - registry"])))
        out += ["", "Declined: " + r.choice(["influenza %d-%d season" % (c.adm.year, c.adm.year + 1), "none", "COVID-19 booster"])]
    else:  # Tdap after laceration short note style
        d = add_days(c.adm, -r.randint(0, 3))
        out += ["IMMUNIZATION ADMINISTERED", "%s   %s" % (c.name(2), doc.d(d)), "", "Tdap (Boostrix) 0.5 mL IM %s. Lot %s. Indication: wound prophylaxis, last Td unknown." % (entries[0][3], entries[0][2]), "Pt tolerated; observed 15 min.", "VIS provided.", "", sig(doc, Person(r, "rn"), d, 5)]
    return furniture(doc, "\n".join(out))


def g_registration_form(r, c):
    doc = Doc(r, c)
    L = r.randrange(6)
    race = r.choice(["White", "Black or African American", "Asian", "American Indian/Alaska Native", "Other", "Declined"])
    eth = r.choice(["Not Hispanic or Latino", "Hispanic or Latino", "Declined"])
    ssn = "XXX-XX-%04d" % r.randint(0, 9999)
    out = []
    if L == 0:  # hospital face sheet
        out += [HOSP, r.choice(["PATIENT FACE SHEET", "Admission Face Sheet", "REGISTRATION / FACE SHEET"]), "", "Patient Name: %-28s MRN: %s   Acct#: %s" % (c.name(1), c.mrn, c.acct), "DOB: %s  Age: %d  Sex: %s  SSN: %s  Marital: %s" % (doc.d(c.dob), c.age, c.sex, ssn, c.marital.title()),
                "Address: %s %s, %s, %s %s" % (c.street, c.apt, c.city, c.state, c.zip), "Phone: %s   Race: %s   Ethnicity: %s   Language: %s" % (c.phone, race, eth, r.choice(["English", "English", "Spanish"])), "",
                "Admit Date/Time: %s %s   Admit Type: %s   Unit/Bed: %s / %d%s" % (doc.d(c.adm), ftime(r), r.choice(["Emergency", "Urgent", "Elective"]), c.unit, r.randint(201, 240), r.choice("AB")), "Attending: %s   Admitting Dx: %s" % (c.psychiatrist.short(), c.dx[0]), "Legal Status: %s" % c.legal, "",
                "Emergency Contact: %s (%s) %s" % c.emerg, "", "Primary Insurance: %s   Policy #: %s   Group: %s" % (c.ins[0], c.ins_id, c.group), "Subscriber: %s   Relationship: %s" % (c.name(0) if not c.adolescent else c.emerg[0], "Self" if not c.adolescent else "Parent"),
                "Secondary Insurance: %s" % r.choice(["None", "Medicaid (secondary)", INS[3][0]]), "", "PCP: %s, %s" % (c.pcp.short(), c.pcp_pract), "Registered by: %s  %s" % ("".join(r.choice("abcdefghkmrst") for _ in range(6)), doc.d(c.adm))]
    elif L == 1:  # clinic new patient registration form (fill-in)
        out += [letterhead(r, r.choice(["cmhc", "clinic2", "otp"])), "", r.choice(["NEW CLIENT REGISTRATION", "Patient Information Form", "Client Demographic Information"]), "",
                "Last name: %s     First: %s     MI: %s" % (c.last, c.first, c.mi), "Preferred name: %s   Pronouns: %s" % (r.choice(["", c.first[:3]]), r.choice(["he/him", "she/her", "they/them", ""]) if c.adm.year > 2016 else ""),
                "Date of birth: %s   Sex assigned at birth: %s   Gender identity: %s" % (doc.d(c.dob), c.sex, r.choice(["", "Male" if c.sex == "M" else "Female"])), "Street: %s %s  City: %s  State: %s  ZIP: %s" % (c.street, c.apt, c.city, c.state, c.zip),
                "Cell: %s   OK to leave message? %s" % (c.phone, r.choice(["Y", "N"])), "Email: %s%s@%s" % (c.first.lower(), r.randint(1, 99), r.choice(["mailbox.test", "example.net", "inbox.invalid"])), "",
                "Employment: %s   Education: %s" % (c.employment, r.choice(["HS/GED", "some college", "8th grade", "bachelor's"])), "Veteran: %s   Living situation: %s" % (r.choice(["No", "No", "Yes"]), c.living), "", "Emergency contact: %s  Relationship: %s  Phone: %s" % c.emerg, "",
                "Insurance: %s   Member ID: %s" % (c.ins[0], c.ins_id), "How did you hear about us? " + r.choice(["hospital", "friend", "court", "internet", "PCP"]), "", "Signature: ____________________   Date: %s" % doc.d(c.adm)]
    elif L == 2:  # PHP/IOP admission registration checklist
        out += [SITES["php"][0] if r.random() < 0.5 else SITES["iop"][0], "Program Admission Registration", "", pt_block(doc), "Program: %s   Track: %s   Start: %s" % (r.choice(["PHP", "IOP"]), r.choice(["Adult MH", "Dual Dx", "Trauma", "Young Adult"]), doc.d(c.adm)), "",
                "Transportation: " + r.choice(["self", "Medicaid cab (NET)", "family", "bus"]), "Insurance verified: %s  Auth #: %s  Days approved: %d" % (r.choice(["Y", "Y", "pending"]), "A%07d" % r.randint(0, 9999999), r.randint(5, 15)), ""] + [
                cb(doc, x, r.random() < 0.85) for x in ["Photo ID copied", "Insurance card copied", "Consent to treatment signed", "Privacy notice given", "ROI signed", "Program rules reviewed", "Patient rights reviewed"]] + ["", "Intake staff: %s" % Person(r, "cm").short()]
    elif L == 3:  # EHR demographics printout
        out += ["Patient Demographics", "Printed: %s" % doc.d(c.adm), "", "Name................ %s" % c.name(1), "MRN................. %s" % c.mrn, "DOB................. %s" % doc.d(c.dob), "Sex................. %s" % ("Male" if c.sex == "M" else "Female"),
                "Address............. %s, %s, %s %s" % (c.street, c.city, c.state, c.zip), "Home phone.......... %s" % c.phone, "Race/Ethnicity...... %s / %s" % (race, eth), "Marital status...... %s" % c.marital, "Religion............ %s" % r.choice(["None", "Baptist", "Catholic", "Methodist", "Declined"]),
                "Guarantor........... %s" % (c.name(0) if not c.adolescent else c.emerg[0]), "Next of kin......... %s (%s) %s" % c.emerg, "Primary payer....... %s [%s]" % (c.ins[0], c.ins[2]), "Member ID........... %s" % c.ins_id, "PCP................. %s" % c.pcp.short()]
    elif L == 4:  # sliding fee / financial registration hybrid (kept as registration)
        out += [letterhead(r, "cmhc", True), "CLIENT REGISTRATION - PART A (Identification)", "", "Name %s   DOB %s   SSN %s" % (c.name(0), doc.d(c.dob), ssn), "Household size: %d   Monthly income: $%d" % (r.randint(1, 5), r.choice([0, 794, 914, 1200, 1850, 2600])),
                "Payer source: %s" % c.ins[1], "County of residence: %s" % r.choice(["Grisham", "Halvorsen", "Tamarack"]), "Referral source: %s" % r.choice(["self", "hospital", "court", "school"]), "Primary language: English   Interpreter: N", "",
                "Presenting concern (client's words): \"%s\"" % r.choice(["I need my meds", "my depression", "court ordered", "anxiety and can't sleep", "want to stop using"]), "", "Staff: %s  Date: %s" % (Person(r, "cm").short(), doc.d(c.adm))]
    else:  # adolescent registration with guardian
        out += [HOSP, "Child/Adolescent Registration" if c.adolescent else "Patient Registration", "", "Patient: %s  DOB %s  Age %d" % (c.name(0), doc.d(c.dob), c.age), "Parent/Guardian: %s  Relationship: %s  Phone: %s" % c.emerg,
                "Custody: " + r.choice(["both parents", "mother", "county children services", "N/A"]), "School: " + r.choice(["Halvorsen High School", "Marlow Falls Middle School", "N/A"]), "Insurance: %s  ID %s" % (c.ins[0], c.ins_id), "", "Guardian signature: ____________________"]
    return furniture(doc, "\n".join(out))


def g_insurance_card(r, c):
    doc = Doc(r, c)
    L = r.randrange(6)
    ins = c.ins
    if ins[1] == "Self-pay":
        ins = INS[0]
    rxbin = "%06d" % r.randint(0, 999999)
    bh = phone(r, "800").replace("(800) 555", "1-800-555")
    out = []
    eff = fd(dt.date(c.adm.year, r.randint(1, 12), 1), r.choice(["%m/%d/%Y", "%m/%Y"]))
    if L == 0:  # Medicaid MCO card front/back
        out += ["[FRONT]", ins[0].upper(), "MEMBER ID CARD", "", "Member: %s" % c.name(0).upper(), "Member ID: %s" % c.ins_id, "Medicaid ID: %012d" % r.randint(0, 999999999999), "DOB: %s" % fd(c.dob, "%m/%d/%Y"), "PCP: %s   %s" % (c.pcp.short(), phone(r)),
                "Effective: %s" % eff, "Copays: $0", "RxBIN %s  RxPCN %s  RxGRP %s" % (rxbin, r.choice(["MCAIDOH", "ADV", "OHCAID"]), r.choice(["OHMCD", "RX%04d" % r.randint(0, 9999)])), "", "[BACK]",
                "Member Services: %s (TTY 711)" % bh, "24/7 Nurse Line: %s" % phone(r, "800").replace("(800) 555", "1-800-555"), "Behavioral Health/Crisis: %s" % phone(r, "800").replace("(800) 555", "1-800-555"),
                "Providers: submit claims to PO Box %d, %s, OH" % (r.randint(1000, 99999), r.choice(TOWNS)[0]), "This card does not guarantee eligibility."]
    elif L == 1:  # Medicare red-white-blue style
        out += ["MEDICARE HEALTH INSURANCE", "", "Name/Nombre", c.name(0).upper(), "", "Medicare Number/Número de Medicare", "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJKM"), r.choice("ACDEFGHJKM0123456789"), r.randint(0, 9), r.choice("ACDEFGHJKM"), r.choice("ACDEFGHJKM0123456789"), r.randint(0, 9), r.choice("ACDEFGHJKM"), r.choice("ACDEFGHJKM"), r.randint(0, 9), r.randint(0, 9)),
                "", "Entitled to/Con derecho a        Coverage starts/Cobertura empieza", "HOSPITAL (PART A)                %s" % fd(add_days(c.dob, 365 * 65 if c.age >= 65 else 365 * (c.age - 3)), "%m-%d-%Y"), "MEDICAL (PART B)                 %s" % fd(add_days(c.dob, 365 * 65 if c.age >= 65 else 365 * (c.age - 3)), "%m-%d-%Y")]
    elif L == 2:  # commercial PPO with BH carve-out
        out += ["FRONT OF CARD", ins[0], r.choice(["PPO", "Open Access Plus", "HMO Select"]), "", "Subscriber: %s" % (c.name(0) if not c.adolescent else c.emerg[0]), "ID: %s%s" % (ins[2], c.ins_id), "Group: %s" % c.group, "Dependent: %s" % (c.first if c.adolescent else "01"),
                "Office $%d  Specialist $%d  ER $%d  Urgent $%d" % (r.choice([20, 25, 30]), r.choice([40, 50, 60]), r.choice([150, 250, 300]), r.choice([50, 75])), "Rx: Tier 1 $%d / Tier 2 $%d / Tier 3 $%d" % (r.choice([5, 10]), r.choice([30, 35]), r.choice([60, 70])), "",
                "BACK OF CARD", "Mental Health & Substance Use: Managed by %s  %s" % (r.choice(["Clearpath Behavioral Solutions", "Meridian BH Partners", "Lakeview Behavioral Management"]), bh), "Precertification required for inpatient and PHP/IOP.", "Customer Service %s" % phone(r, "888"), "Pharmacy benefits: %s  BIN %s PCN %s" % (r.choice(["ScriptWay", "RxFirst"]), rxbin, "".join(r.choice("ABCDEFGHJK") for _ in range(4))),
                "Claims: PO Box %d, %s OH %s" % (r.randint(100, 9999), r.choice(TOWNS)[0], c.zip)]
    elif L == 3:  # scanned OCR-garbled both sides, minimal labels
        out += ["%s" % ins[0].upper(), "%s" % c.name(1), "ID# %s" % c.ins_id, "GRP %s" % c.group, "EFF %s" % eff, "PCP %s" % c.pcp.last.upper(), "", "- - - - - - - - - - - - - -", "", "IMPORTANT NUMBERS", "Members %s" % bh, "Providers %s" % phone(r, "877"), "Behavioral health %s" % phone(r, "888"), "www.%s.example" % ins[2].lower()]
    elif L == 4:  # Medicare Advantage card
        out += [ins[0], "MEDICARE ADVANTAGE PLAN (HMO-POS)" if "Adv" in ins[1] else "Health Plan Card", "H%04d-%03d" % (r.randint(1000, 9999), r.randint(1, 99)), "", "Member name: %s" % c.name(0), "Member ID: %s" % c.ins_id, "MedicareRx", "RxBIN: %s  RxPCN: MEDDADV  RxGRP: %s" % (rxbin, "R%04d" % r.randint(0, 9999)), "Issuer (80840) %d" % r.randint(9100000000, 9199999999),
                "", "Back:", "Member Services %s, 8am-8pm 7 days" % bh, "Behavioral health crisis line %s" % phone(r, "866"), "Send claims to: %s Claims, PO Box %d" % (ins[0].split(" (")[0], r.randint(1000, 99999))]
    else:  # copy-of-card form page w/ front & back labels and staff note
        out += [letterhead(r, r.choice(["hosp", "cmhc", "otp"]), True), "INSURANCE CARD COPY", "Patient: %s  MRN %s" % (c.name(2), c.mrn), "", "=== Front ===", ins[0], "Member %s  ID %s  Group %s" % (c.name(1), c.ins_id, c.group), "Plan type: %s" % ins[1], "", "=== Back ===", "Eligibility / BH auth: %s" % bh, "Pharmacy help desk: %s" % phone(r, "800"), "", "Verified by %s on %s: %s" % (Person(r, "cm").first, doc.d(c.adm), r.choice(["active", "active - auth required for IP", "active, $%d deductible met" % r.randint(0, 2000)]))]
    return "\n".join(out)


def g_provider_orders(r, c):
    doc = Doc(r, c)
    L = r.randrange(8)
    md = c.psychiatrist
    out = []
    t = ftime(r, True)
    if L == 0:  # admission orders
        out += [HOSP, r.choice(["ADULT PSYCHIATRIC ADMISSION ORDERS", "Admission Orders - Behavioral Health", "PHYSICIAN ORDERS"]), pt_block(doc), "Date/Time: %s %s" % (doc.d(c.adm), t), "Allergies: " + c.allergy, "",
                "1. Admit to: %s   Attending: %s" % (c.unit, md.short()), "2. Legal status: %s" % c.legal, "3. Diagnosis: %s" % c.dx[0], "4. Condition: %s" % r.choice(["stable", "fair", "guarded"]),
                "5. Observation: %s" % r.choice(["Q15 min checks", "1:1 continuous", "Q15 min, suicide precautions", "Q15 min, assault precautions", "Q15 min, elopement precautions"]),
                "6. Vitals: %s" % r.choice(["daily", "BID x 3 days then daily", "q4h while on CIWA"]), "7. Diet: %s" % r.choice(["regular", "consistent carbohydrate", "regular, finger foods", "no caffeine"]), "8. Activity: ad lib on unit; %s" % r.choice(["no sharps", "room search q shift", "paper scrubs until evaluated"]),
                "9. Labs: CBC, CMP, TSH, lipid panel, HbA1c, UDS, %s%s" % ("urine hCG, " if c.sex == "F" else "", r.choice(["RPR, HIV (with consent)", "B12/folate", "lithium level in 5 days" if c.lithium else "vitamin D"])), "10. ECG", "11. Medications:"]
        out += ["    " + m for m in c.all_meds()]
        out += ["12. PRN: acetaminophen 650 mg PO q6h PRN pain; Mylanta 30 mL PO q4h PRN; hydroxyzine 25-50 mg PO q6h PRN anxiety; %s" % r.choice(["olanzapine 5 mg PO/IM q6h PRN agitation, max 20 mg/24h", "haloperidol 5 mg/lorazepam 2 mg IM q6h PRN severe agitation"]),
                "13. Consults: internal medicine H&P within 24h; social work; dietitian PRN", "", "Read back and verified. " if r.random() < 0.4 else "", sig(doc, md, c.adm, r.choice([0, 4]))]
    elif L == 1:  # CIWA protocol order set
        out += ["ALCOHOL WITHDRAWAL ORDER SET (CIWA-Ar)", pt_block(doc), doc.d(c.adm), "", cb(doc, "CIWA-Ar assessment q4h; q1h if score >= 10", True), cb(doc, "Lorazepam 1 mg PO for CIWA 10-15", True), cb(doc, "Lorazepam 2 mg PO for CIWA > 15; notify MD if > 20", True),
                cb(doc, "Chlordiazepoxide 50 mg PO q6h x 4 doses then taper", r.random() < 0.4), cb(doc, "Thiamine 100 mg IM x1 then PO daily", True), cb(doc, "Folic acid 1 mg PO daily", True), cb(doc, "Multivitamin PO daily", True),
                cb(doc, "Seizure precautions", True), cb(doc, "Notify provider for HR > 120, SBP > 180, T > 101, hallucinations", True), "", "Prescriber: %s  %s %s" % (Person(r, r.choice(["internist", "psychiatrist", "np"])).short(), doc.d(c.adm), t)]
    elif L == 2:  # seclusion/restraint order
        out += [r.choice(["ORDER FOR RESTRAINT OR SECLUSION", "Emergency Safety Intervention Order", "R/S PHYSICIAN ORDER"]), pt_block(doc), "", "Date: %s  Time ordered: %s" % (doc.d(add_days(c.adm, r.randint(0, 3))), t),
                "Type: " + r.choice(["Seclusion", "Mechanical restraint (4-point)", "Physical hold", "Seclusion and mechanical restraint"]), "Reason: imminent risk of " + r.choice(["harm to others", "harm to self", "serious injury"]), "Time limit: %s" % r.choice(["1 hour", "4 hours (adult)", "2 hours (adolescent)" if c.adolescent else "4 hours"]),
                "Release criteria: calm, able to contract for safety, no threatening behavior for 15 minutes.", "Face-to-face evaluation completed at %s by %s" % (ftime(r, True), md.short()), "Telephone order: " + r.choice(["N", "Y - read back"]), "", sig(doc, md, c.adm, 4)]
    elif L == 3:  # telephone / verbal order
        out += ["TELEPHONE ORDER", "%s  %s  %s" % (c.name(1), c.mrn, c.unit), "", "%s %s  T.O. %s / %s RN" % (doc.d(add_days(c.adm, r.randint(0, c.los))), t, md.short(), c.rn.last),
                r.choice(["Increase %s to next dose step starting tonight." % med_name(c.psych_meds[0]), "D/C trazodone. Start melatonin 3 mg PO qHS.", "Lithium level and BMP in AM.", "Change observation to Q15 min.", "May have off-unit privileges with staff escort.",
                          "Tylenol 650 mg PO q6h PRN headache.", "Discharge home tomorrow AM."]), "Read back: Y", "", "Co-signed: ______________  %s" % md.short()]
    elif L == 4:  # discharge orders
        out += ["DISCHARGE ORDER", pt_block(doc), "", "Discharge date: %s" % doc.d(c.dc), "Discharge to: " + r.choice(["home", "home with family", "group home", "shelter", "Hollow Creek Recovery Center"]), "Condition: improved", "Return belongings/valuables from safe.",
                "Discharge medications per reconciliation; send prescriptions to %s." % r.choice(PHARM), "Follow-up: %s" % SITES["cmhc"][0], "Legal: " + r.choice(["rescind emergency hold", "voluntary - N/A", "court ordered outpatient treatment"]), "", sig(doc, md, c.dc, r.choice([0, 4, 5]))]
    elif L == 5:  # outpatient lab order requisition
        out += [letterhead(r, "cmhc", True), r.choice(["LABORATORY REQUISITION", "Lab Order"]), "Patient: %s  DOB %s  Sex %s" % (c.name(0), doc.d(c.dob), c.sex), "Insurance: %s %s" % (c.ins[0], c.ins_id), "Ordering: %s  NPI %s" % (md.short(), md.npi), "",
                "Tests:"] + [cb(doc, x, r.random() < 0.5 or (x.startswith("Lithium") and c.lithium) or (x.startswith("Valproic") and c.valproate) or (x.startswith("CBC") and c.clozapine)) for x in ["Lithium level (12 h trough)", "Valproic acid level", "CBC with diff/ANC", "CMP", "TSH", "Lipid panel (fasting)", "Hemoglobin A1c", "Prolactin", "Urine drug screen w/ confirmation", "Pregnancy test"]] + [
                "", "Dx codes: %s" % ", ".join(k for n, k in c.dx_lines()[:3]), "Fasting: %s" % r.choice(["Y", "N"]), "Draw date: on or after %s" % doc.d(add_days(c.dc, r.randint(5, 60)))]
    elif L == 6:  # order sheet handwritten-ish multiple entries
        out += [HOSP + "   PHYSICIAN'S ORDER SHEET", "Pt: %s   MR# %s   Rm %d" % (c.name(1), c.mrn, r.randint(201, 240)), "Allergies: %s" % c.allergy, "", "DATE     TIME   ORDER"]
        for i in range(r.randint(3, 7)):
            dd = add_days(c.adm, i)
            out.append("%s %s  %s" % (fd(dd, "%m/%d/%y"), ftime(r, True), r.choice(["Cont current meds", "Start " + r.choice(c.psych_meds), "UDS, BAL", "Ok for groups", "Q15 checks", "BMP in AM", "D/C PRN lorazepam", "Nicotine patch 21 mg daily", "Weight weekly", "Hold meds if SBP<90", "Clozapine ANC weekly" if c.clozapine else "Encourage fluids"])))
            out.append("                 %s" % r.choice([md.last, md.last + " " + md.cred, "T.O. %s/%s" % (md.last, c.rn.last)]))
    else:  # observation level change order / privileges
        out += [r.choice(["Observation Level / Privilege Order", "PRECAUTION ORDER", "Level of Observation Change"]), pt_block(doc), "", "Effective: %s %s" % (doc.d(add_days(c.adm, r.randint(1, 5))), t),
                "Change from: %s  to: %s" % (r.choice(["1:1", "Q15 SP"]), r.choice(["Q15 min", "Q30 min", "routine"])), "Privileges: Level %d - %s" % (r.randint(1, 4), r.choice(["unit restricted", "escorted off-unit", "courtyard with staff", "group outings"])), "Rationale: " + r.choice(["no SI x 48h, engaging in treatment", "calm, no aggression x 72h", "improved sleep and behavior"]), "", sig(doc, md, c.adm, 4)]
    return furniture(doc, "\n".join(out))


def crisis_lines(r, d):
    lines = ["Call 911 or go to the nearest emergency room if you are in danger."]
    if d >= dt.date(2022, 7, 16):
        lines.append("Call or text 988 (Suicide & Crisis Lifeline), 24/7.")
    lines.append("%s 24-hour crisis line: %s" % (r.choice(["Tamarack Valley", "Grisham County", "Millbrook CMHC"]), phone(r)))
    return lines


def g_discharge_instructions(r, c):
    doc = Doc(r, c)
    L = r.randrange(7)
    d = c.dc
    out = []
    fu = [("Psychiatry / medication", Person(r, r.choice(["psychiatrist", "np"])).short(), SITES["cmhc"][0], add_days(d, r.randint(3, 10))),
          ("Therapy", c.therapist.short(), r.choice([SITES["cmhc"][0], SITES["clinic2"][0]]), add_days(d, r.randint(2, 8))),
          ("Primary care", c.pcp.short(), c.pcp_pract, add_days(d, r.randint(7, 30)))]
    if L == 0:  # patient-facing aftercare plan
        out += [letterhead(r, "hosp"), "", r.choice(["AFTERCARE PLAN", "Discharge Instructions", "Your Discharge Plan", "Patient Aftercare Instructions"]), "", "Name: %s   Date: %s" % (c.name(0), doc.d(d)), "",
                "Your appointments:"] + ["  %s: %s at %s on %s at %s" % (a, b, p, doc.d(dd), ftime(r, False)) for a, b, p, dd in fu] + ["", "Your medications:"] + ["  " + med_fmt(doc, m, 3) for m in c.all_meds()] + [
                "", "Take your medicines every day, even when you feel better. Do not drink alcohol or use drugs with your medicines.", "Keep all appointments.", "" ] + (["Lithium: drink 8-10 glasses of water a day; avoid ibuprofen/naproxen; get your blood level checked on %s." % doc.d(add_days(d, 7))] if c.lithium else []) + [
                "", "If you feel unsafe:"] + crisis_lines(r, d) + ["", "I have received a copy of these instructions.", "Patient signature ______________________   Nurse ______________________"]
    elif L == 1:  # checklist form
        out += [HOSP, "DISCHARGE INSTRUCTIONS - BEHAVIORAL HEALTH", pt_block(doc), "Discharge date/time: %s %s" % (doc.d(d), ftime(r)), "", "Discharged to: " + r.choice(["Home", "Self", "Family", "Group home", "Shelter", "Residential treatment"]), "Transportation: " + r.choice(["family", "cab voucher", "bus pass", "facility van"]), "",
                cb(doc, "Medication education provided", True), cb(doc, "Prescriptions given / sent to pharmacy", True), cb(doc, "Safety plan completed and copy given", True), cb(doc, "Naloxone kit given", c.cat == "oud" or "opioids" in c.subst),
                cb(doc, "Firearm/lethal means counseling done", r.random() < 0.7), cb(doc, "Belongings returned", True), cb(doc, "Work/school excuse given", r.random() < 0.3), "",
                "Diet: %s   Activity: as tolerated" % r.choice(["regular", "diabetic", "heart healthy"]), "Follow-up: %s %s" % (fu[0][2], doc.d(fu[0][3])), ""] + crisis_lines(r, d) + ["", "RN: %s" % c.rn.short()]
    elif L == 2:  # EHR after-visit summary style
        out += ["After Visit Summary", "%s   MRN: %s" % (c.name(0), c.mrn), "%s - %s" % (HOSP, c.unit), "You were admitted on %s and discharged on %s." % (doc.d(c.adm), doc.d(d)), "", "Why you were in the hospital: %s" % r.choice([c.dx[0], "depression and thoughts of hurting yourself" if c.si else "changes in mood and thinking", "to safely withdraw from alcohol" if c.cat == "aud" else "to adjust your medicines"]), "",
                "What to do next:", "- Follow up with your outpatient team within 7 days.", "- Attend support groups (AA/NA/SMART Recovery) if recommended.", "- Avoid alcohol and non-prescribed drugs.", "- Sleep 7-9 hours; keep a routine.", "",
                "Medication changes:", "  START: " + ", ".join(c.psych_meds[:1]), "  CONTINUE: " + (", ".join(c.all_meds()[1:]) or "none"), "  STOP: " + r.choice(["none", "alprazolam", "diphenhydramine", "previous antidepressant"]), "",
                "Upcoming appointments:"] + ["  %s  %s  %s" % (doc.d(dd), b, p) for a, b, p, dd in fu[:2]] + ["", "When to get help right away:"] + crisis_lines(r, d)
    elif L == 3:  # detox/SUD discharge instructions
        out += [SITES["otp"][0] if r.random() < 0.5 else HOSP, r.choice(["Instructions After Withdrawal Management", "Going Home After Detox", "DISCHARGE INSTRUCTIONS"]), "", pt_block(doc), "",
                "Your tolerance is now LOWER. If you use again, even a smaller amount can cause an overdose. Never use alone. Keep naloxone (Narcan) with you and tell family where it is.", "",
                "Recovery plan: " + r.choice(["IOP at Tamarack Recovery Services, Mon/Wed/Thu 6-9 pm", "Residential bed at Hollow Creek Recovery Center on %s" % doc.d(add_days(d, 1)), "Buprenorphine clinic visit %s" % doc.d(add_days(d, 2)), "AA meetings daily x 90 days, get a sponsor"]),
                "Medications: " + "; ".join(c.all_meds()), "", "Warning signs: shaking, sweating, confusion, seeing things, seizures - go to the ER."] + crisis_lines(r, d)
    elif L == 4:  # adolescent discharge instructions for parent
        out += [HOSP + " - Child & Adolescent Unit", "Discharge Instructions for Parents/Guardians", "", "Patient: %s   Guardian: %s" % (c.name(0), c.emerg[0]), "Date: %s" % doc.d(d), "",
                "1. Lock up all medications (including over-the-counter), sharps and alcohol. Remove firearms from the home or store locked and unloaded with ammunition separate.", "2. Give medications as prescribed and supervise each dose.",
                "3. School re-entry meeting: %s." % doc.d(add_days(d, r.randint(1, 5))), "4. Therapy appointment with %s on %s." % (c.therapist.short(), doc.d(add_days(d, r.randint(2, 7)))), "5. Watch for warning signs: talking about death, giving away belongings, withdrawing, self-harm.", "",
                "Medications:"] + ["  " + m for m in c.all_meds()] + ["", "Emergency:"] + crisis_lines(r, d)
    elif L == 5:  # PHP discharge/transition instructions short
        out += [SITES["php"][0], "Program Completion - Instructions", "%s   %s" % (c.name(2), doc.d(d)), "", "Congratulations on completing the program. Your next steps:", "- IOP start date: %s" % doc.d(add_days(d, 3)), "- Med management: %s %s" % (fu[0][1], doc.d(fu[0][3])), "- Keep using your coping skills: %s" % ", ".join(r.sample(["deep breathing", "grounding 5-4-3-2-1", "TIPP", "opposite action", "calling a support person", "walking"], 3)), ""] + crisis_lines(r, d)
    else:  # medical-hospital style discharge instructions for psych patient after medical stay
        out += [r.choice(OUTSIDE_HOSP), "Patient Discharge Instructions", "", pt_block(doc), "", "Diagnosis: " + r.choice(["Overdose, medically cleared", "Wrist laceration repair", "Alcohol withdrawal", "Cellulitis right arm"]), "",
                "Wound care: " + r.choice(["keep dressing clean and dry for 48 hours, then wash gently", "N/A", "splint on at all times until hand clinic visit"]), "Activity: as tolerated.  Diet: regular.", "Return to ER for fever, increasing redness, bleeding, or thoughts of harming yourself.", "",
                "You are being transferred to %s for psychiatric care." % HOSP if r.random() < 0.5 else "Follow up with your psychiatrist within 1 week.", "", "Nurse: %s" % Person(r, "rn").short()]
    return furniture(doc, "\n".join(out))


PHQ = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
       "Poor appetite or overeating", "Feeling bad about yourself - or that you are a failure", "Trouble concentrating on things", "Moving or speaking so slowly... or being fidgety or restless",
       "Thoughts that you would be better off dead, or of hurting yourself"]


def g_other(r, c):
    doc = Doc(r, c)
    L = r.randrange(13)
    out = []
    d = r.choice([c.adm, c.dc, add_days(c.dc, r.randint(5, 200))])
    if L == 0:  # fax cover
        s = SITES[r.choice(list(SITES))]
        out += [s[0], s[2] + ", " + s[3], "", r.choice(["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet"]), "", "To: %s" % r.choice([c.pcp_pract, r.choice(OUTSIDE_HOSP) + " HIM", "Grisham County Probate Court", c.ins[0] + " Utilization Review", r.choice(PHARM)]),
                "Fax: %s" % phone(r), "From: %s" % Person(r, r.choice(["cm", "therapist", "rn"])).short(), "Phone: %s   Fax: %s" % (s[4], s[5]), "Date: %s" % doc.d(d), "Pages (including cover): %d" % r.randint(2, 22), "Re: %s" % r.choice(["records request", "referral", "prior authorization", "medication list", c.name(0)]), "",
                cb(doc, "Urgent", r.random() < 0.4) + "  " + cb(doc, "For review", r.random() < 0.5) + "  " + cb(doc, "Please reply", r.random() < 0.3), "", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential information that is legally privileged. If you have received this fax in error, please notify us immediately by telephone and destroy the documents."]
    elif L == 1:  # PHQ-9
        sc = [r.randint(0, 3) for _ in PHQ]
        out += [r.choice(["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "PHQ-9", "Depression Screening"]), "Name: %s   Date: %s" % (c.name(0), doc.d(d)), "", "Over the last 2 weeks, how often have you been bothered by any of the following problems?", "(0 = Not at all, 1 = Several days, 2 = More than half the days, 3 = Nearly every day)", ""]
        out += ["%d. %s ..... %d" % (i + 1, q, s) for i, (q, s) in enumerate(zip(PHQ, sc))]
        out += ["", "TOTAL: %d" % sum(sc), "If you checked off any problems, how difficult have these problems made it for you? " + r.choice(["Somewhat difficult", "Very difficult", "Extremely difficult", "Not difficult at all"]), "", "Reviewed by: %s" % c.therapist.short()]
    elif L == 2:  # C-SSRS screener
        a = [r.choice(["Yes", "No"]) for _ in range(6)]
        out += ["COLUMBIA-SUICIDE SEVERITY RATING SCALE", "Screen Version - %s" % r.choice(["Since Last Contact", "Lifetime/Recent"]), pt_block(doc), "Date: %s" % doc.d(d), ""]
        qs = ["Have you wished you were dead or wished you could go to sleep and not wake up?", "Have you actually had any thoughts of killing yourself?", "Have you been thinking about how you might do this?",
              "Have you had these thoughts and had some intention of acting on them?", "Have you started to work out or worked out the details of how to kill yourself? Do you intend to carry out this plan?", "Have you ever done anything, started to do anything, or prepared to do anything to end your life?"]
        out += ["%d) %s   %s" % (i + 1, q, a[i]) for i, q in enumerate(qs)]
        risk = "HIGH" if a[3] == "Yes" or a[4] == "Yes" else "MODERATE" if a[2] == "Yes" or a[5] == "Yes" else "LOW"
        out += ["", "Risk level: %s" % risk, "Action: " + {"HIGH": "Immediate safety precautions, notify provider", "MODERATE": "Provider evaluation, safety plan", "LOW": "Routine, provide resources"}[risk], "Screener: %s" % Person(r, "rn").short()]
    elif L == 3:  # safety plan
        out += [r.choice(["MY SAFETY PLAN", "Safety Plan", "Crisis Safety Plan (Stanley-Brown)", "Personal Safety Plan"]), "Name: %s   Date: %s" % (c.name(0), doc.d(d)), "",
                "Step 1: Warning signs: " + ", ".join(r.sample(["isolating", "not sleeping", "thinking 'what's the point'", "drinking more", "crying a lot", "skipping meds", "hearing voices louder"], 3)),
                "Step 2: Internal coping strategies: " + ", ".join(r.sample(["listen to music", "take a walk", "shower", "journal", "play with my dog", "pray", "breathing exercises", "draw"], 3)),
                "Step 3: People and places that provide distraction: %s; %s" % (r.choice(["the library", "my aunt's house", "the gym", "church"]), c.emerg[0]),
                "Step 4: People I can ask for help: %s %s; %s %s" % (c.emerg[0], c.emerg[2], r.choice(FN_F + FN_M) + " " + r.choice(LN), phone(r)),
                "Step 5: Professionals/agencies: %s %s; %s %s" % (c.therapist.short(), SITES["cmhc"][4], "Crisis line", phone(r)) + ("; 988 Suicide & Crisis Lifeline" if d >= dt.date(2022, 7, 16) else ""),
                "Step 6: Making the environment safe: " + r.choice(["mother will keep my medications and give them daily", "firearm removed to brother's house", "no guns in home; will dispose of old pills", "roommate will lock up razors"]), "",
                "The one thing most important to me and worth living for is: " + r.choice(["my kids", "my daughter", "my dog", "getting my GED", "my mom", "my faith"]), "", "Patient signature __________    Clinician %s" % c.therapist.short()]
    elif L == 4:  # emergency hold application
        out += [r.choice(["APPLICATION FOR EMERGENCY ADMISSION", "Emergency Hospitalization - Statement of Belief", "PETITION FOR EMERGENCY DETENTION"]), "Form %s" % r.choice(["DMH-0022", "MH-7", "EH-1"]), "", "Name of person: %s   DOB: %s" % (c.name(0), doc.d(c.dob)), "Address: %s, %s" % (c.street, c.city), "",
                "The undersigned has reason to believe that the above person is a mentally ill person subject to court order and represents a substantial risk of physical harm to %s as manifested by:" % r.choice(["self", "others", "self and others"]),
                r.choice(["Statements of intent to kill self by overdose; found with stockpiled pills.", "Threatened neighbor with a knife while stating the neighbor was poisoning him.", "Has not eaten or slept in 4 days, wandering in traffic, unable to care for basic needs.", "Cut wrists in presence of family; refusing medical care."]), "",
                "Statement of circumstances under which person was taken into custody: " + r.choice(["Police responded to 911 call from family.", "Transported from ED after evaluation.", "Mobile crisis team evaluation at residence."]), "",
                "Applicant: %s   Title: %s" % (Person(r, r.choice(["psychiatrist", "edmd", "therapist"])).short(), r.choice(["Psychiatrist", "Physician", "Licensed clinical psychologist", "Police officer", "Health officer"])), "Date/time: %s %s" % (doc.d(c.adm), ftime(r)), "",
                "A copy of the statement of rights was given to the person at %s." % ftime(r)]
    elif L == 5:  # probate court order / notice of hearing
        cn = "%d MH %04d" % (c.adm.year, r.randint(1, 9999))
        out += ["IN THE PROBATE COURT OF %s COUNTY, OHIO" % r.choice(["GRISHAM", "HALVORSEN", "TAMARACK"]), "", "IN RE: %s" % c.name(0).upper(), "Case No. %s" % cn, "", r.choice(["NOTICE OF FULL HEARING", "JUDGMENT ENTRY - ORDER OF COMMITMENT", "ORDER FOR INITIAL HEARING", "AFFIDAVIT OF MENTAL ILLNESS"]), "",
                r.choice(["This matter came before the Court on %s upon the affidavit filed by %s. The Court finds by clear and convincing evidence that respondent is a mentally ill person subject to court order and ORDERS that respondent be committed to %s for a period not to exceed %d days." % (doc.d(add_days(c.adm, 4)), c.psychiatrist.short(), HOSP, r.choice([90, 90, 60])),
                          "You are hereby notified that a hearing will be held on %s at %s in Courtroom %d. You have the right to be present, the right to counsel, and the right to an independent expert evaluation." % (doc.d(add_days(c.adm, 5)), ftime(r, False), r.randint(1, 4)),
                          "Affiant, being first duly sworn, states that respondent %s. Affiant believes respondent is a mentally ill person subject to court order." % r.choice(["has refused medications and is threatening family", "attempted suicide on %s" % doc.d(c.adm)])]), "",
                "Counsel for respondent: %s, Esq." % (r.choice(FN_M + FN_F) + " " + r.choice(LN)), "", "______________________", "Judge / Magistrate", "", "cc: respondent, counsel, %s" % HOSP]
    elif L == 6:  # ROI request from third party
        out += [r.choice(["%s & %s, Attorneys at Law" % (r.choice(LN), r.choice(LN)), "Keystone Mutual Health - Special Investigations Unit", "Social Security Administration - Disability Determination Services", "Midwest Records Retrieval Services, LLC"]), "", doc.d(d), "",
                "%s Health Information Management\n%s" % (HOSP, SITES["hosp"][2]), "", "RE: REQUEST FOR MEDICAL RECORDS", "Patient: %s   DOB: %s" % (c.name(0), doc.d(c.dob)), "Dates of service: %s to %s" % (doc.d(c.adm), doc.d(c.dc)), "",
                "Please provide copies of: " + r.choice(["all records including psychiatric evaluations, progress notes, discharge summary and billing", "discharge summary and medication list", "complete chart"]) + ". A signed authorization is enclosed. " + r.choice(["Please invoice per state statutory rates.", "Reference claim #%09d." % r.randint(0, 999999999), "Please respond within 30 days."]), "",
                "Sincerely,", "%s" % (r.choice(FN_F + FN_M) + " " + r.choice(LN)), r.choice(["Paralegal", "Records Specialist", "Claims Examiner"])]
    elif L == 7:  # financial statement
        bal = r.randint(50, 9000)
        out += [SYS, "PATIENT STATEMENT", "Statement date: %s   Account: %s" % (doc.d(add_days(c.dc, 30)), c.acct), "Guarantor: %s" % (c.name(0) if not c.adolescent else c.emerg[0]), "%s %s, %s, %s %s" % (c.street, c.apt, c.city, c.state, c.zip), "",
                "Date        Description                         Charges    Payments/Adj", "%s  Inpatient psych room & board x%d   %9.2f" % (fd(c.adm, "%m/%d/%Y"), c.los, c.los * r.choice([950.0, 1100.0, 1325.0])),
                "%s  Insurance payment - %s        %9s  -%.2f" % (fd(add_days(c.dc, 20), "%m/%d/%Y"), c.ins[2], "", c.los * 800.0), "%s  Contractual adjustment              %9s  -%.2f" % (fd(add_days(c.dc, 20), "%m/%d/%Y"), "", r.randint(100, 4000)), "",
                "AMOUNT DUE: $%d.00   Due by %s" % (bal, doc.d(add_days(c.dc, 60))), "Financial assistance is available. Call %s." % phone(r)]
    elif L == 8:  # belongings inventory
        out += [HOSP, r.choice(["PATIENT BELONGINGS INVENTORY", "Valuables & Personal Property Record"]), pt_block(doc), "Date: %s" % doc.d(c.adm), ""]
        for it in r.sample(["wallet (brown) w/ $%d cash" % r.randint(0, 120), "cell phone - black", "shoelaces (removed)", "belt", "jeans x1", "T-shirts x3", "hoodie (drawstring removed)", "lighter", "keys (3)", "reading glasses", "ID card", "earbuds", "vape pen", "prescription bottles x%d (to pharmacy)" % r.randint(1, 4)], r.randint(5, 9)):
            out.append("  %-42s %s" % (it, r.choice(["Unit locker", "Safe", "Sent home w/ family", "Contraband - locked", "At bedside"])))
        out += ["", "Patient signature: _____________   Staff: %s   Witness: %s" % (Person(r, "mht").short(), Person(r, "rn").short()), "Returned at discharge %s: ____" % doc.d(c.dc)]
    elif L == 9:  # PDMP report
        out += ["OHIO AUTOMATED RX REPORTING SYSTEM (OARRS) - PATIENT REQUEST" if r.random() < 0.5 else "Prescription Drug Monitoring Program Report", "Requested by: %s  %s" % (Person(r, "np").short(), doc.d(d)), "Patient: %s  DOB %s" % (c.name(1), doc.d(c.dob)), "",
                "Fill Date   Drug                          Qty  Days  Prescriber        Pharmacy"]
        for i in range(r.randint(2, 7)):
            drug = r.choice(["BUPRENORPHINE-NALOXONE 8-2 MG", "GABAPENTIN 300 MG", "CLONAZEPAM 0.5 MG", "OXYCODONE-APAP 5-325", "TRAMADOL 50 MG", "ALPRAZOLAM 1 MG", "LISDEXAMFETAMINE 30 MG"])
            out.append("%-11s %-29s %-4d %-5d %-17s %s" % (fd(add_days(d, -30 * i - r.randint(0, 10)), "%m/%d/%Y"), drug, r.choice([14, 28, 30, 60]), r.choice([7, 14, 30]), r.choice(LN)[:16], r.choice(PHARM)[:18]))
        out += ["", "Morphine milligram equivalents (avg daily): %d" % r.randint(0, 90), "Number of prescribers: %d  Pharmacies: %d" % (r.randint(1, 4), r.randint(1, 3))]
    elif L == 10:  # master treatment plan
        out += [letterhead(r, r.choice(["hosp", "php", "cmhc"]), True), r.choice(["INTERDISCIPLINARY MASTER TREATMENT PLAN", "Individualized Treatment Plan", "Treatment Plan Review"]), pt_block(doc), "Date: %s   Review date: %s" % (doc.d(c.adm), doc.d(add_days(c.adm, 7))), "", "Diagnosis: %s" % c.dx[0], "Strengths: " + ", ".join(r.sample(["supportive family", "motivated", "insightful", "employed", "sense of humor", "stable housing"], 2)), "Barriers: " + ", ".join(r.sample(["limited insight", "substance use", "transportation", "homelessness", "poor adherence"], 2)), ""]
        for i, (prob, goal) in enumerate(r.sample([("Suicidal ideation", "Patient will deny SI x 72 hours and complete safety plan"), ("Psychosis", "Patient will demonstrate reality-based thinking"), ("Substance use", "Patient will identify 3 relapse triggers"),
                                                   ("Medication nonadherence", "Patient will take meds as prescribed 100% x 7 days"), ("Depressed mood", "Patient will rate mood >= 6/10"), ("Aggression", "No aggressive incidents x 5 days")], 3)):
            out += ["Problem %d: %s" % (i + 1, prob), "  Goal/objective: %s" % goal, "  Interventions: %s (%s)" % (r.choice(["individual therapy 2x/week", "group therapy daily", "medication management", "psychoeducation"]), r.choice(["MD", "SW", "RN", "RT"])), "  Target date: %s" % doc.d(add_days(c.adm, r.randint(5, 14)))]
        out += ["", "Patient participated in plan: %s" % r.choice(["yes", "yes", "declined to sign"]), "Team: %s (MD), %s (SW), %s (RN)" % (c.psychiatrist.short(), c.therapist.short(), c.rn.short())]
    elif L == 11:  # photo caption / wound photo log, or patient rights acknowledgment
        if r.random() < 0.5:
            out += ["CLINICAL PHOTOGRAPH", "Patient: %s  MRN %s" % (c.name(1), c.mrn), "Date taken: %s   Taken by: %s" % (doc.d(c.adm), Person(r, "rn").short()), "", "Image %d of %d: %s" % (1, r.randint(1, 3), r.choice(["left forearm, healing superficial lacerations", "bruising to right upper arm noted on admission skin check", "tattoo identification, right shoulder", "patient identification photo (face)"])), "Consent for photography on file: Y", "[image]"]
        else:
            out += [HOSP, "PATIENT RIGHTS ACKNOWLEDGMENT", "", "I, %s, acknowledge that I have received a written copy of my rights as a patient including: the right to humane treatment, to communicate with persons outside the hospital, to see an attorney, to refuse treatment except in an emergency, to file a grievance with the Client Rights Officer (%s)." % (c.name(0), phone(r)), "", "Signature ____________   Date %s" % doc.d(c.adm)]
    else:  # AUDIT / GAD-7 questionnaire
        if r.random() < 0.5:
            g = [r.randint(0, 3) for _ in range(7)]
            out += ["GAD-7 Anxiety", "Patient: %s   Date %s" % (c.name(0), doc.d(d)), ""] + ["%d. %s: %d" % (i + 1, q, g[i]) for i, q in enumerate(["Feeling nervous, anxious or on edge", "Not being able to stop or control worrying", "Worrying too much about different things", "Trouble relaxing", "Being so restless that it is hard to sit still", "Becoming easily annoyed or irritable", "Feeling afraid as if something awful might happen"])] + ["", "Total score: %d" % sum(g)]
        else:
            a = [r.randint(0, 4) for _ in range(10)]
            out += ["AUDIT - Alcohol Use Disorders Identification Test", "Name: %s  Date: %s" % (c.name(0), doc.d(d)), ""] + ["Q%d: %d" % (i + 1, v) for i, v in enumerate(a)] + ["", "Total: %d  (%s)" % (sum(a), "likely dependence" if sum(a) >= 20 else "harmful use" if sum(a) >= 16 else "hazardous" if sum(a) >= 8 else "low risk")]
    return furniture(doc, "\n".join(out))


# ================================================================ driver
GEN = {k: globals()["g_" + k] for k in TYPES}
OCR_LEVELS = {"insurance_card": [1, 2, 2, 3], "registration_form": [0, 1, 1, 2], "consent_form": [0, 1, 1, 2, 2], "advance_directive": [0, 1, 2, 2], "other": [0, 1, 1, 2, 3], "immunization_record": [0, 1, 2]}


def make_doc(r, label):
    c = Case(r)
    text = GEN[label](r, c)
    text = "\n".join(line.rstrip() for line in text.split("\n"))
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    text = ocr(r, text.strip("\n"), r.choice(OCR_LEVELS.get(label, [0, 0, 1, 1, 1, 2, 3])))
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    recs = []
    for label in TYPES:
        for i in range(a.per_type):
            recs.append({"id": "bh-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": make_doc(r, label)})
    r.shuffle(recs)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
