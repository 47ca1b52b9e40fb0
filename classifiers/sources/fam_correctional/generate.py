#!/usr/bin/env python3
"""Synthetic correctional-health clinical documents (entirely fictitious).

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
Standard library only; deterministic for a given seed.
"""
import argparse
import datetime
import json
import random

TD = datetime.timedelta

FIRST_M = ["James", "Marcus", "DeShawn", "Luis", "Terrence", "Cody", "Brandon", "Jose", "Anthony", "Dale", "Tyrell",
           "Kevin", "Raymond", "Hector", "Travis", "Jamal", "Dustin", "Carlos", "Willie", "Shane", "Andre", "Roberto",
           "Michael", "Darnell", "Jesse", "Eugene", "Curtis", "Ricky", "Omar", "Wade", "Leon", "Phillip", "Ernesto"]
FIRST_F = ["Tasha", "Crystal", "Maria", "Amber", "Latoya", "Brittany", "Rosa", "Kimberly", "Shanice", "Heather",
           "Yolanda", "Destiny", "Angela", "Misty", "Carmen", "Tiffany", "Renee", "Jolene"]
LAST = ["Hollins", "Barraza", "Whitcomb", "Dunmore", "Okafor", "Pruitt", "Castellano", "Fairley", "Gaddis", "Renfro",
        "Mabry", "Villarreal", "Threlkeld", "Ambrose", "Quarles", "Stidham", "Delacruz", "Boykin", "Hensley", "Lattimore",
        "Escobedo", "McCrary", "Tolliver", "Sauceda", "Winfrey", "Pettaway", "Crowder", "Ybarra", "Kimbrough", "Lunsford",
        "Marchetti", "Ogletree", "Spradlin", "Trevino", "Blackwood", "Haskins", "Nunley", "Corbitt", "Vasquez-Rhee", "Farrow"]
STAFF_F = ["Linda", "Karen", "Patricia", "Jennifer", "Priya", "Mei", "Susan", "Rachel", "Denise", "Olga", "Faith",
           "Tamara", "Nadia", "Gwen", "Irene", "Lorraine", "Anjali", "Beverly", "Colleen", "Marisol"]
STAFF_M = ["Robert", "David", "Samuel", "Rajesh", "Thomas", "Gregory", "Ahmed", "Victor", "Paul", "Stephen", "Neil",
           "Edwin", "Martin", "Chukwuma", "Lawrence", "Dennis", "Farid", "Howard", "Jerome", "Walter"]
STAFF_L = ["Abernathy", "Kowalczyk", "Nguyen-Baird", "Patel", "Osei", "Lindqvist", "Ferraro", "Hargrove", "Mensah",
           "Sato", "Ruiz", "Chambliss", "Desai", "Brannigan", "Okonkwo", "Villeneuve", "Petrakis", "Yoder", "Kincaid",
           "Moreau", "Grissom", "Adeyemi", "Tanaka", "Whitfield", "Barlow", "Castellanos", "Iqbal", "Rasmussen",
           "Pennington", "Huang", "Delgado", "Forsythe", "Mukherjee", "Strand"]
TOWNS = ["Carrow Falls", "Pellham Ridge", "Oster Bay", "Wyndmere", "Halvorsen", "New Tilbury", "Brackenridge Springs",
         "Lomax", "Greywater", "Fenwick Crossing", "Duncliff", "Marlow Junction", "Essler", "Quillan", "Tarrant Mills"]
STATES = ["OH", "TX", "GA", "PA", "AZ", "MI", "NC", "KY", "MO", "FL", "VA", "TN", "OK", "LA", "IN", "AL", "CO", "NM"]
COUNTIES = ["Harrow", "Bexley", "Calder", "Tamsin", "Oakhurst", "Redfern", "Pallister", "Gilmore", "Sutter Hollow",
            "Westmarch", "Kenning", "Yardley", "Ambrose Valley", "Cresswell"]
JAIL_FMT = ["{c} County Jail", "{c} County Detention Center", "{c} County Adult Detention Facility",
            "{c} County Correctional Center", "{c} County Sheriff's Office - Detention Division",
            "{c} County Justice Center"]
PRISONS = ["Ridgeview Correctional Facility", "Pine Hollow State Correctional Institution", "Black Creek Correctional Center",
           "Marston Unit", "Cold Spring Correctional Complex", "Eastbrook Women's Correctional Facility",
           "Fallow Ridge Reception & Diagnostic Center", "Stonegate Correctional Institution",
           "Harlowe Medical Correctional Facility", "Two Rivers State Prison"]
VENDORS = ["Corvia Health Partners", "SentinelCare Correctional Health", "Ironbridge Medical Services, LLC",
           "Keystone Detention Health", "Meridian Custody Health", "Halcyon Correctional Medicine",
           "Bluestone Inmate Health Services"]
DOC_NAMES = ["Department of Corrections", "Department of Correction and Rehabilitation", "Department of Public Safety and Corrections",
             "Bureau of Correctional Health Services"]
HOSPITALS = ["St. Aldric Medical Center", "Northvale Regional Hospital", "Mercy Crossing Hospital",
             "University Hospital of Lanford", "Good Shepherd Memorial Hospital", "Carrow Valley Medical Center",
             "Tri-County General Hospital", "Ashby Regional Health", "Holloway Baptist Medical Center"]
LABS = ["Quantum Diagnostic Laboratories", "Tristate Reference Lab", "ClearPath Clinical Laboratory", "Meridian Labs West",
        "BioCore Reference Laboratory"]
PHARM = ["Keystone Correctional Pharmacy", "Guardian Institutional Pharmacy", "ProMed Correctional Rx", "Summit Unit-Dose Pharmacy"]
HOUSING = ["Pod {L}-{n} Cell {m}", "Unit {n}{L}-{m}", "Dorm {n} Bunk {m}{L}", "Medical Housing Unit Bed {n}",
           "RHU {L}-{m}", "Block {L} Tier {n} Cell {m}", "Infirmary Rm {n}", "Intake Holding {n}", "SHU {L}{m}",
           "Housing {L}{n} Bed {m}"]
ALLERGIES = ["NKDA"] * 5 + ["Penicillin (rash)", "Sulfa (hives)", "Codeine (nausea/vomiting)", "No known allergies",
                            "Amoxicillin", "Latex", "Haloperidol (dystonia)", "Shellfish", "Aspirin - GI upset"]

# ---------------------------------------------------------------- conditions
COND = {
    "htn": dict(dx="Essential hypertension", icd="I10", ab="HTN", clinic="Hypertension/Cardiovascular", spec="Cardiology",
                meds=[("Lisinopril", "20 mg", "PO", "daily"), ("Hydrochlorothiazide", "25 mg", "PO", "daily"), ("Amlodipine", "10 mg", "PO", "daily")],
                sx=["intermittent headaches", "no chest pain or shortness of breath", "states he ran out of BP meds about 2 weeks before arrest"],
                exam=["BP elevated on repeat", "heart RRR without murmur", "no peripheral edema", "fundi not visualized"],
                plan=["continue lisinopril, add amlodipine", "BP checks twice weekly x 2 weeks", "low sodium diet ordered", "BMP in 2 weeks"],
                labs=["BMP", "LIPID"], bp=(148, 176, 92, 108)),
    "dm2": dict(dx="Type 2 diabetes mellitus", icd="E11.9", ab="DM2", clinic="Diabetes/Endocrine", spec="Endocrinology",
                meds=[("Metformin", "1000 mg", "PO", "BID with meals"), ("Insulin glargine", "22 units", "SC", "at bedtime"), ("Glipizide", "5 mg", "PO", "daily")],
                sx=["polyuria and polydipsia", "blurred vision at times", "denies hypoglycemic episodes", "tingling in both feet"],
                exam=["monofilament decreased bilateral plantar surfaces", "no foot ulcers", "BMI elevated"],
                plan=["fingerstick glucose AC and HS", "diabetic snack bag at HS", "A1c every 3 months", "annual retinal exam referral"],
                labs=["CMP", "A1C", "LIPID"], bp=(126, 146, 76, 90)),
    "asthma": dict(dx="Asthma, moderate persistent", icd="J45.40", ab="asthma", clinic="Pulmonary", spec="Pulmonology",
                   meds=[("Albuterol HFA", "90 mcg 2 puffs", "INH", "q4-6h PRN wheeze"), ("Fluticasone HFA", "110 mcg 2 puffs", "INH", "BID"), ("Montelukast", "10 mg", "PO", "at bedtime")],
                   sx=["wheezing at night", "using rescue inhaler 3-4 times per week", "worse with dust in the housing unit"],
                   exam=["scattered expiratory wheezes", "no accessory muscle use", "peak flow 310 L/min (predicted 520)"],
                   plan=["KOP albuterol inhaler", "start inhaled steroid", "peak flow at each visit", "spacer issued"],
                   labs=["CBC"], bp=(112, 134, 68, 84)),
    "hcv": dict(dx="Chronic hepatitis C", icd="B18.2", ab="HCV", clinic="Infectious Disease/Hepatitis", spec="Gastroenterology/Hepatology",
                meds=[("Sofosbuvir/velpatasvir", "400/100 mg", "PO", "daily x 12 weeks"), ("Multivitamin", "1 tab", "PO", "daily")],
                sx=["fatigue", "history of IV heroin use, last used prior to incarceration", "no jaundice or GI bleeding"],
                exam=["no scleral icterus", "liver edge not palpable", "no spider angiomata", "no ascites"],
                plan=["HCV RNA and genotype", "FIB-4 / APRI calculated", "hepatitis A and B vaccination", "refer for DAA treatment per protocol"],
                labs=["HEP", "HCV", "CBC"], bp=(114, 138, 70, 86)),
    "hiv": dict(dx="HIV disease", icd="B20", ab="HIV", clinic="Infectious Disease", spec="Infectious Disease",
                meds=[("Bictegravir/emtricitabine/tenofovir alafenamide", "50/200/25 mg", "PO", "daily"), ("Sulfamethoxazole-trimethoprim DS", "1 tab", "PO", "daily")],
                sx=["reports missed ART doses for 3 weeks prior to booking", "no fevers, night sweats or weight loss", "no thrush"],
                exam=["no oral thrush", "no lymphadenopathy", "skin without lesions"],
                plan=["resume ART, DOT at pill line", "CD4 and viral load", "ID clinic follow-up", "confidential housing not indicated"],
                labs=["HIV", "CBC", "CMP"], bp=(110, 132, 66, 84)),
    "seizure": dict(dx="Seizure disorder", icd="G40.909", ab="Sz d/o", clinic="Neurology/General Medicine", spec="Neurology",
                    meds=[("Levetiracetam", "750 mg", "PO", "BID"), ("Phenytoin ER", "300 mg", "PO", "at bedtime")],
                    sx=["last seizure approximately 1 month ago", "generalized tonic-clonic per history", "tongue biting with last episode"],
                    exam=["alert and oriented x3", "CN II-XII intact", "no focal deficits", "gait steady"],
                    plan=["lower bunk / lower tier", "seizure precautions", "phenytoin level", "neurology referral if breakthrough"],
                    labs=["CMP", "PHENY"], bp=(116, 138, 70, 88)),
    "etoh": dict(dx="Alcohol withdrawal", icd="F10.230", ab="ETOH w/d", clinic="Medical Observation", spec="Addiction Medicine",
                 meds=[("Chlordiazepoxide", "25 mg", "PO", "q6h x 24h then taper"), ("Thiamine", "100 mg", "PO", "daily"), ("Folic acid", "1 mg", "PO", "daily")],
                 sx=["drinks a fifth of vodka daily", "last drink approximately 18 hours before booking", "tremulous and sweaty", "history of withdrawal seizures denied"],
                 exam=["fine tremor of outstretched hands", "diaphoretic", "tachycardic", "oriented x3"],
                 plan=["CIWA-Ar q4h", "medical observation housing", "encourage fluids", "notify provider for CIWA > 15"],
                 labs=["CMP", "CBC"], bp=(142, 166, 88, 102)),
    "opioid": dict(dx="Opioid use disorder with withdrawal", icd="F11.23", ab="OUD", clinic="Medical Observation / MAT", spec="Addiction Medicine",
                   meds=[("Buprenorphine", "8 mg", "SL", "daily"), ("Clonidine", "0.1 mg", "PO", "q6h PRN SBP > 100"), ("Ondansetron", "4 mg", "PO", "q8h PRN nausea"), ("Loperamide", "2 mg", "PO", "PRN loose stool")],
                   sx=["uses fentanyl/heroin daily, last use day of arrest", "body aches, yawning, runny nose", "nausea with two episodes of emesis"],
                   exam=["pupils dilated 6 mm", "piloerection noted", "rhinorrhea", "restless"],
                   plan=["COWS q4h x 72h", "withdrawal protocol", "MAT program screening", "naloxone education at release"],
                   labs=["UDS", "CMP"], bp=(128, 150, 80, 96)),
    "schizo": dict(dx="Schizophrenia", icd="F20.9", ab="SCZ", clinic="Mental Health", spec="Psychiatry",
                   meds=[("Risperidone", "2 mg", "PO", "BID"), ("Benztropine", "1 mg", "PO", "BID PRN EPS")],
                   sx=["hearing voices that comment on him", "poor sleep", "feels officers are watching him through the vents", "denies SI/HI"],
                   exam=["guarded", "thought process tangential", "affect blunted", "insight poor"],
                   plan=["resume risperidone", "AIMS baseline", "MH follow-up in 2 weeks", "consider LAI if nonadherent"],
                   labs=["CMP", "LIPID", "A1C"], bp=(112, 136, 70, 86)),
    "bipolar": dict(dx="Bipolar I disorder", icd="F31.9", ab="BPAD", clinic="Mental Health", spec="Psychiatry",
                    meds=[("Lithium carbonate", "300 mg", "PO", "BID"), ("Quetiapine", "100 mg", "PO", "at bedtime")],
                    sx=["racing thoughts", "sleeping 3 hours a night", "irritable with cellmate", "no SI"],
                    exam=["pressured speech", "mood 'fine', affect expansive", "no psychosis elicited"],
                    plan=["lithium level in 5 days", "TSH and BMP", "MH follow-up weekly", "monitor for toxicity"],
                    labs=["LITH", "BMP", "TSH"], bp=(116, 136, 72, 86)),
    "mdd": dict(dx="Major depressive disorder, recurrent", icd="F33.1", ab="MDD", clinic="Mental Health", spec="Psychiatry",
                meds=[("Sertraline", "100 mg", "PO", "daily"), ("Mirtazapine", "15 mg", "PO", "at bedtime")],
                sx=["low mood since sentencing", "poor appetite", "passive death wish without plan", "crying spells"],
                exam=["psychomotor slowing", "affect constricted", "denies active SI, contracts for safety"],
                plan=["increase sertraline", "weekly MH contact", "suicide risk reassessment", "sleep hygiene"],
                labs=["TSH", "CBC"], bp=(110, 132, 68, 84)),
    "copd": dict(dx="Chronic obstructive pulmonary disease", icd="J44.9", ab="COPD", clinic="Pulmonary", spec="Pulmonology",
                 meds=[("Tiotropium", "18 mcg 1 cap", "INH", "daily"), ("Albuterol HFA", "90 mcg 2 puffs", "INH", "q4h PRN"), ("Prednisone", "40 mg", "PO", "daily x 5 days")],
                 sx=["chronic productive cough", "dyspnea walking to chow hall", "40 pack-year smoking history"],
                 exam=["diminished breath sounds bilaterally", "prolonged expiratory phase", "SpO2 92% RA"],
                 plan=["continue tiotropium", "pneumococcal vaccine", "smoking cessation counseling", "PFTs if available"],
                 labs=["CBC", "BMP"], bp=(124, 148, 74, 92)),
    "ltbi": dict(dx="Latent tuberculosis infection", icd="R76.11", ab="LTBI", clinic="TB/Infection Control", spec="Infectious Disease",
                 meds=[("Isoniazid", "300 mg", "PO", "daily DOT"), ("Pyridoxine", "50 mg", "PO", "daily")],
                 sx=["no cough, fever, night sweats or weight loss", "TST 14 mm on intake", "born outside US, came at age 9"],
                 exam=["lungs clear", "no lymphadenopathy"],
                 plan=["CXR negative - no active disease", "LFTs baseline and monthly", "9 months INH by DOT", "education on hepatotoxicity"],
                 labs=["HEP", "QFT"], bp=(112, 132, 68, 84)),
    "handfx": dict(dx="Closed fracture of right fifth metacarpal neck", icd="S62.336A", ab="R 5th MC fx", clinic="Orthopedics", spec="Orthopedic Surgery",
                   meds=[("Ibuprofen", "600 mg", "PO", "TID with food x 10 days"), ("Acetaminophen", "650 mg", "PO", "q6h PRN pain")],
                   sx=["punched a wall during altercation", "swelling and pain of right hand", "unable to make full fist"],
                   exam=["swelling over 5th MCP", "tender 5th metacarpal", "mild rotational deformity", "NV intact"],
                   plan=["ulnar gutter splint", "X-ray right hand", "ortho referral", "no work assignment, ice x 72h"],
                   labs=[], bp=(118, 140, 72, 88)),
    "abscess": dict(dx="Abscess, left thigh, MRSA", icd="L02.416", ab="L thigh abscess", clinic="Wound Care", spec="General Surgery",
                    meds=[("Sulfamethoxazole-trimethoprim DS", "800/160 mg 1 tab", "PO", "BID x 10 days"), ("Ibuprofen", "400 mg", "PO", "q8h PRN")],
                    sx=["painful 'spider bite' on left thigh x 4 days", "now draining", "subjective fever"],
                    exam=["4 x 5 cm area of induration with central fluctuance", "surrounding erythema 8 cm", "no lymphangitic streaking"],
                    plan=["I&D performed", "wound culture sent", "daily dressing changes", "contact precautions, separate laundry"],
                    labs=["CBC", "CULT"], bp=(118, 138, 70, 86)),
    "chestpain": dict(dx="Chest pain, rule out acute coronary syndrome", icd="R07.9", ab="CP", clinic="Cardiovascular", spec="Cardiology",
                      meds=[("Aspirin", "81 mg", "PO", "daily"), ("Atorvastatin", "40 mg", "PO", "at bedtime"), ("Nitroglycerin", "0.4 mg", "SL", "q5min PRN x3")],
                      sx=["substernal pressure radiating to left arm", "onset while lifting in kitchen work detail", "associated diaphoresis"],
                      exam=["anxious appearing", "RRR, no murmur", "lungs clear", "chest wall nontender"],
                      plan=["ECG stat", "aspirin 324 mg chewed", "send out to ED", "notify shift supervisor for transport"],
                      labs=["TROP", "CBC", "BMP"], bp=(136, 160, 84, 98)),
    "appy": dict(dx="Acute appendicitis", icd="K35.80", ab="appendicitis", clinic="General Surgery", spec="General Surgery",
                 meds=[("Oxycodone/acetaminophen", "5/325 mg 1 tab", "PO", "q6h PRN x 3 days"), ("Docusate", "100 mg", "PO", "BID")],
                 sx=["periumbilical pain migrating to RLQ", "anorexia", "vomited twice", "pain with walking"],
                 exam=["RLQ tenderness with guarding", "positive McBurney point tenderness", "Rovsing sign positive"],
                 plan=["NPO", "send out to ED", "surgical evaluation", "CT abdomen/pelvis"],
                 labs=["CBC", "CMP"], bp=(122, 144, 76, 90)),
    "lbp": dict(dx="Lumbar radiculopathy", icd="M54.16", ab="LBP w/ radic", clinic="Musculoskeletal", spec="Neurology",
                meds=[("Naproxen", "500 mg", "PO", "BID with food"), ("Methocarbamol", "750 mg", "PO", "TID x 7 days")],
                sx=["low back pain radiating down left leg", "numbness to lateral foot", "pain worse climbing to top bunk"],
                exam=["SLR positive on left at 40 degrees", "diminished left ankle reflex", "strength 5/5"],
                plan=["bottom bunk pass x 90 days", "MRI L-spine if no improvement", "home exercise sheet", "EMG/NCS referral"],
                labs=[], bp=(118, 140, 72, 88)),
}
MED_CONDS = list(COND.keys())


def era(cond, key, year):
    c = dict(cond)
    if key == "hiv" and year < 2018:
        c["meds"] = [("Efavirenz/emtricitabine/tenofovir DF", "600/200/300 mg", "PO", "at bedtime")] + cond["meds"][1:]
    if key == "hcv" and year < 2016:
        c["meds"] = [("Peginterferon alfa-2a", "180 mcg", "SC", "weekly") if year < 2014 else ("Ledipasvir/sofosbuvir", "90/400 mg", "PO", "daily x 12 weeks"), ("Ribavirin", "600 mg", "PO", "BID")]
    if key == "opioid" and year < 2016:
        c["meds"] = cond["meds"][1:] + [("Dicyclomine", "20 mg", "PO", "q6h PRN cramps")]
    return c


def rnd_name(r, sex=None):
    sex = sex or r.choice("MF")
    return (r.choice(STAFF_M if sex == "M" else STAFF_F), r.choice(STAFF_L))


CREDS = {"md": ["MD", "DO", "M.D.", "D.O."], "mid": ["NP", "FNP-BC", "PA-C", "APRN", "ANP"],
         "rn": ["RN", "LPN", "R.N.", "LVN", "RN, CCHP"], "mh": ["LCSW", "PhD", "Psy.D.", "LPC", "QMHP", "MSW"],
         "psy": ["MD", "DO", "PMHNP-BC"], "any": ["MD", "DO", "NP", "PA-C"]}


class Doc:
    def __init__(self, r):
        self.r = r
        ch = r.choice
        self.sex = "F" if r.random() < 0.18 else "M"
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = ch(LAST)
        self.mi = ch("ABCDEGHJKLMRSTW")
        self.year = r.randint(2006, 2024)
        self.date = datetime.date(self.year, 1, 1) + TD(days=r.randint(0, 364))
        self.age = r.randint(19, 71)
        self.dob = self.date - TD(days=self.age * 365 + r.randint(0, 360))
        self.he = "he" if self.sex == "M" else "she"
        self.his = "his" if self.sex == "M" else "her"
        self.him = "him" if self.sex == "M" else "her"
        self.mf = "male" if self.sex == "M" else "female"
        self.county = ch(COUNTIES)
        self.town = ch(TOWNS)
        self.st = ch(STATES)
        self.zip = "%05d" % r.randint(10000, 99899)
        self.setting = "jail" if r.random() < 0.55 else "prison"
        if self.setting == "jail":
            self.fac = ch(JAIL_FMT).format(c=self.county)
            self.idlab = ch(["Booking #", "Booking No.", "SO#", "Inmate #", "Jail ID", "PIN", "Book#"])
            self.idn = ch(["%d-%05d" % (self.year % 100, r.randint(1, 99999)), "%07d" % r.randint(100000, 9999999),
                           "B%d%06d" % (self.year, r.randint(1, 999999))])
            self.agency = "%s County Sheriff's Office" % self.county
        else:
            self.fac = ch(PRISONS)
            if "Women" in self.fac and self.sex == "M":
                self.fac = "Stonegate Correctional Institution"
            self.idlab = ch(["DOC #", "Offender ID", "Inmate No.", "DOC No.", "ODN", "TDCJ-style ID", "Commitment #"])
            if self.idlab == "TDCJ-style ID":
                self.idlab = "Offender #"
            self.idn = ch(["%s%05d" % (ch("ABKMRT"), r.randint(1, 99999)), "%06d" % r.randint(100000, 999999),
                           "%d-%04d" % (r.randint(10, 99), r.randint(1, 9999))])
            self.agency = "State %s" % ch(DOC_NAMES)
        self.vendor = ch(VENDORS)
        self.addr = "%d %s" % (r.randint(100, 9800), ch(["Justice Way", "County Farm Rd", "Industrial Pkwy", "State Route %d" % r.randint(2, 300), "Detention Dr", "Penitentiary Rd", "Courthouse Sq"]))
        self.phone = "(%d) 555-01%02d" % (r.randint(201, 989), r.randint(0, 99))
        self.fax = "(%d) 555-01%02d" % (r.randint(201, 989), r.randint(0, 99))
        h = ch(HOUSING)
        self.housing = h.format(L=ch("ABCDEFGHK"), n=r.randint(1, 9), m=r.randint(1, 48))
        self.hosp = ch(HOSPITALS)
        self.hosp_town = ch(TOWNS)
        self.mrn = "%d" % r.randint(1000000, 99999999)
        self.acct = "%d" % r.randint(10000000, 999999999)
        self.allergy = ch(ALLERGIES)
        self.ck = ch(MED_CONDS)
        self.c = era(COND[self.ck], self.ck, self.year)
        self.df = r.randint(0, 5)
        self.tf = r.randint(0, 2)
        self.lab = ch(LABS)
        self.pharm = ch(PHARM)

    # ---- helpers
    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def sample(self, seq, k):
        k = max(0, min(k, len(seq)))
        return self.r.sample(list(seq), k)

    def setcond(self, keys):
        self.ck = self.ch(keys)
        self.c = era(COND[self.ck], self.ck, self.year)

    def d(self, dt=None, off=0):
        dt = (dt or self.date) + TD(days=off)
        f = self.df
        if f == 0:
            return dt.strftime("%m/%d/%Y")
        if f == 1:
            return "%d/%d/%s" % (dt.month, dt.day, dt.strftime("%y"))
        if f == 2:
            return dt.strftime("%d-%b-%Y").upper()
        if f == 3:
            return "%s %d, %d" % (dt.strftime("%B"), dt.day, dt.year)
        if f == 4:
            return dt.isoformat()
        return dt.strftime("%m-%d-%Y")

    def t(self):
        h, m = self.ri(0, 23), self.ch([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55, 12, 27, 48])
        if self.tf == 0:
            return "%02d%02d" % (h, m)
        if self.tf == 1:
            return "%02d:%02d" % (h, m)
        return "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")

    def name(self, style=None):
        s = self.ri(0, 4) if style is None else style
        if s == 0:
            return "%s, %s %s" % (self.last.upper(), self.first.upper(), self.mi)
        if s == 1:
            return "%s %s. %s" % (self.first, self.mi, self.last)
        if s == 2:
            return "%s, %s" % (self.last, self.first)
        if s == 3:
            return "%s %s" % (self.first.upper(), self.last.upper())
        return "%s, %s %s." % (self.last, self.first, self.mi)

    def dob_s(self):
        return self.d(self.dob)

    def prov(self, kind="md"):
        f, l = rnd_name(self.r)
        cr = self.ch(CREDS[kind])
        if kind in ("md", "psy") and self.p(0.3):
            return "Dr. %s %s" % (f, l) if self.p(0.4) else "%s %s, %s" % (f, l, cr)
        return "%s %s, %s" % (f, l, cr)

    def co(self):
        return "Ofc. %s #%d" % (self.ch(STAFF_L), self.ri(100, 9999))

    def vitals(self):
        c = self.c
        sb, sbh, db, dbh = c["bp"]
        v = dict(bp="%d/%d" % (self.ri(sb, sbh), self.ri(db, dbh)),
                 hr=self.ri(62, 96), rr=self.ch([14, 16, 16, 18, 18, 20]),
                 t=self.ch(["97.9", "98.2", "98.4", "98.6", "98.7", "99.0", "97.6"]),
                 spo2=self.ri(95, 100), wt=self.ri(128 if self.sex == "F" else 146, 252), ht="%d'%d\"" % (self.ch([5, 5, 5, 6]), self.ri(0, 11)))
        if self.ck in ("etoh", "opioid"):
            v["hr"] = self.ri(100, 122)
        if self.ck in ("abscess", "appy"):
            v["t"] = self.ch(["100.4", "100.9", "101.2", "99.8"])
        if self.ck == "copd":
            v["spo2"] = self.ri(89, 93)
        return v

    def vline(self, v=None):
        v = v or self.vitals()
        s = self.ri(0, 3)
        if s == 0:
            return "BP %s  HR %d  RR %d  T %s  SpO2 %d%% RA  Wt %d lb" % (v["bp"], v["hr"], v["rr"], v["t"], v["spo2"], v["wt"])
        if s == 1:
            return "VS: T-%s P-%d R-%d BP-%s O2 sat %d%%" % (v["t"], v["hr"], v["rr"], v["bp"], v["spo2"])
        if s == 2:
            return "Temp: %s F   Pulse: %d   Resp: %d   B/P: %s   Pulse ox: %d%%   Weight: %d" % (v["t"], v["hr"], v["rr"], v["bp"], v["spo2"], v["wt"])
        return "T %s, BP %s, P %d, R %d, sat %d%% on room air" % (v["t"], v["bp"], v["hr"], v["rr"], v["spo2"])

    def medline(self, m, style=None):
        s = self.ri(0, 3) if style is None else style
        n, dose, rt, fq = m
        if s == 0:
            return "%s %s %s %s" % (n, dose, rt, fq)
        if s == 1:
            return "%s %s - %s %s" % (n.upper(), dose, rt, fq)
        if s == 2:
            return "%s %s, take by mouth %s" % (n, dose, fq) if rt == "PO" else "%s %s %s %s" % (n, dose, rt, fq)
        return "%s  %s  %s  %s" % (n, dose, rt, fq)

    def ptid(self):
        s = self.ri(0, 3)
        if s == 0:
            return "Name: %s    %s %s    DOB: %s" % (self.name(0), self.idlab, self.idn, self.dob_s())
        if s == 1:
            return "PATIENT: %s\n%s: %s\nDOB: %s   Age: %d   Sex: %s" % (self.name(), self.idlab.rstrip(" #:.No"), self.idn, self.dob_s(), self.age, self.sex)
        if s == 2:
            return "Inmate: %s  #%s  DOB %s  Housing: %s" % (self.name(2), self.idn, self.dob_s(), self.housing)
        return "%s   %s   (%s)   %d y/o %s" % (self.name(3), self.idn, self.dob_s(), self.age, self.mf)

    def fachead(self):
        s = self.ri(0, 4)
        if s == 0:
            return "%s\n%s\n%s, %s %s" % (self.fac.upper(), self.addr, self.town, self.st, self.zip)
        if s == 1:
            return "%s\nHealth Services Unit\n%s" % (self.fac, self.vendor)
        if s == 2:
            return "%s  |  %s" % (self.vendor.upper(), self.fac)
        if s == 3:
            return "%s\n%s - Medical Department   Ph %s  Fax %s" % (self.agency.upper(), self.fac, self.phone, self.fax)
        return self.fac

    def hosphead(self):
        s = self.ri(0, 3)
        if s == 0:
            return "%s\n%s, %s" % (self.hosp.upper(), self.hosp_town, self.st)
        if s == 1:
            return "%s   %d Medical Pkwy   %s, %s %s" % (self.hosp, self.ri(100, 4000), self.hosp_town, self.st, self.zip)
        if s == 2:
            return self.hosp
        return "%s Health System\n%s" % (self.hosp.split()[0] if not self.hosp.startswith("St.") else "Saint Aldric", self.hosp)

    def hospid(self):
        return self.ch(["MRN: %s   Acct: %s" % (self.mrn, self.acct), "Med Rec #: %s" % self.mrn,
                        "MR# %s  FIN %s" % (self.mrn, self.acct), "Patient ID %s" % self.mrn])

    def sig(self, who, when=True):
        s = self.ri(0, 4)
        dt = "%s %s" % (self.d(), self.t())
        if s == 0:
            return "Electronically signed by: %s on %s" % (who, dt)
        if s == 1:
            return "_______________________________\n%s\nDate/Time: %s" % (who, dt if when else "")
        if s == 2:
            return "Signature: %s    Date: %s" % (who, self.d())
        if s == 3:
            return "%s\nD: %s  T: %s\nJob# %d" % (who, self.d(), self.d(off=self.ri(0, 2)), self.ri(10000, 999999))
        return "-- %s" % who

    def meds_all(self):
        return self.c["meds"]

    def dxs(self, n=None):
        base = [(self.c["dx"], self.c["icd"])]
        extras = [("Tobacco use disorder", "F17.210"), ("Hyperlipidemia", "E78.5"), ("Obesity", "E66.9"),
                  ("GERD", "K21.9"), ("Cannabis use", "F12.90"), ("Chronic hepatitis C", "B18.2"),
                  ("Hypertension", "I10"), ("Allergic rhinitis", "J30.9"), ("Insomnia", "G47.00")]
        extras = [e for e in extras if e[0].lower() not in self.c["dx"].lower()]
        return base + self.sample(extras, self.ri(0, 3) if n is None else n)


# ---------------------------------------------------------------- lab panels
def lab_rows(D, panel):
    r = D.r
    ck = D.ck

    def f(lo, hi, dec=1):
        return round(r.uniform(lo, hi), dec)
    rows = []
    if panel == "CBC":
        wbc = f(12.1, 16.8) if ck in ("abscess", "appy") else f(4.5, 10.2)
        rows = [("WBC", wbc, "K/uL", "4.0-11.0"), ("RBC", f(4.1, 5.6, 2), "M/uL", "4.20-5.80"), ("Hemoglobin", f(11.8, 16.2), "g/dL", "13.0-17.0"),
                ("Hematocrit", f(36, 48), "%", "38.0-50.0"), ("MCV", f(80, 99), "fL", "80-100"), ("Platelets", r.randint(110 if ck == "hcv" else 160, 380), "K/uL", "150-400")]
    elif panel in ("BMP", "CMP"):
        glu = r.randint(168, 289) if ck == "dm2" else r.randint(74, 118)
        rows = [("Sodium", r.randint(134, 144), "mmol/L", "135-145"), ("Potassium", f(3.4, 5.0), "mmol/L", "3.5-5.1"), ("Chloride", r.randint(98, 108), "mmol/L", "98-107"),
                ("CO2", r.randint(21, 30), "mmol/L", "22-29"), ("BUN", r.randint(8, 24), "mg/dL", "7-20"), ("Creatinine", f(0.7, 1.3, 2), "mg/dL", "0.60-1.20"),
                ("Glucose", glu, "mg/dL", "70-99"), ("Calcium", f(8.6, 10.2), "mg/dL", "8.5-10.5")]
        if panel == "CMP":
            alt = r.randint(58, 140) if ck == "hcv" else r.randint(12, 44)
            rows += [("Total Protein", f(6.2, 8.1), "g/dL", "6.0-8.3"), ("Albumin", f(3.4, 4.8), "g/dL", "3.5-5.0"), ("Total Bilirubin", f(0.3, 1.3), "mg/dL", "0.2-1.2"),
                     ("Alk Phos", r.randint(48, 130), "U/L", "40-129"), ("AST", int(alt * r.uniform(0.8, 1.3)), "U/L", "10-40"), ("ALT", alt, "U/L", "7-56")]
    elif panel == "HEP":
        alt = r.randint(58, 140) if ck == "hcv" else r.randint(12, 44)
        rows = [("AST", int(alt * r.uniform(0.8, 1.3)), "U/L", "10-40"), ("ALT", alt, "U/L", "7-56"), ("Total Bilirubin", f(0.3, 1.2), "mg/dL", "0.2-1.2"),
                ("Albumin", f(3.5, 4.7), "g/dL", "3.5-5.0"), ("Alk Phos", r.randint(50, 125), "U/L", "40-129")]
    elif panel == "LIPID":
        rows = [("Cholesterol, Total", r.randint(168, 262), "mg/dL", "<200"), ("Triglycerides", r.randint(90, 310), "mg/dL", "<150"),
                ("HDL", r.randint(29, 58), "mg/dL", ">40"), ("LDL (calc)", r.randint(92, 178), "mg/dL", "<100")]
    elif panel == "A1C":
        rows = [("Hemoglobin A1c", f(7.4, 10.9) if ck == "dm2" else f(5.0, 5.9), "%", "4.0-5.6"), ("Est. Avg Glucose", r.randint(100, 260) if ck == "dm2" else r.randint(97, 123), "mg/dL", "")]
    elif panel == "HCV":
        rows = [("HCV Antibody", "Reactive", "", "Nonreactive"), ("HCV RNA, Quant PCR", "{:,}".format(r.randint(80000, 6500000)), "IU/mL", "Not detected"),
                ("HCV Genotype", r.choice(["1a", "1a", "1b", "2", "3"]), "", "")]
    elif panel == "HIV":
        rows = [("HIV-1 RNA, Quant", r.choice(["<20 Not Detected", "{:,}".format(r.randint(200, 180000))]), "copies/mL", "<20"),
                ("CD4 Absolute", r.randint(180, 820), "cells/uL", "490-1740"), ("CD4 %", r.randint(12, 38), "%", "30-61")]
    elif panel == "UDS":
        rows = [("Amphetamines", r.choice(["Negative", "POSITIVE"]), "", "Negative"), ("Opiates", "POSITIVE" if ck == "opioid" else "Negative", "", "Negative"),
                ("Fentanyl", "POSITIVE" if ck == "opioid" else "Negative", "", "Negative"), ("Cocaine metabolite", r.choice(["Negative", "Negative", "POSITIVE"]), "", "Negative"),
                ("THC", r.choice(["Negative", "POSITIVE"]), "", "Negative"), ("Benzodiazepines", "Negative", "", "Negative")]
    elif panel == "QFT":
        rows = [("QuantiFERON-TB Gold Plus", "POSITIVE" if ck == "ltbi" else "Negative", "", "Negative"), ("TB1 Ag - Nil", f(0.4, 3.2, 2) if ck == "ltbi" else f(0.0, 0.2, 2), "IU/mL", "<0.35"),
                ("Mitogen - Nil", ">10.00", "IU/mL", "")]
    elif panel == "LITH":
        rows = [("Lithium, serum", f(0.5, 1.3, 2), "mmol/L", "0.60-1.20")]
    elif panel == "PHENY":
        rows = [("Phenytoin, total", f(6.0, 18.5), "ug/mL", "10.0-20.0")]
    elif panel == "TSH":
        rows = [("TSH", f(0.6, 4.8, 2), "uIU/mL", "0.45-4.50")]
    elif panel == "TROP":
        rows = [("Troponin I, high sensitivity", r.randint(2, 14), "ng/L", "<20"), ("CK-MB", f(1.0, 4.0), "ng/mL", "0.0-5.0")]
    elif panel == "CULT":
        rows = [("Wound culture", "Heavy growth Staphylococcus aureus", "", ""), ("Methicillin", "RESISTANT", "", ""),
                ("Trimethoprim/Sulfa", "S (<=10)", "", ""), ("Clindamycin", r.choice(["S (0.25)", "R (>=4) - inducible"]), "", ""), ("Vancomycin", "S (1)", "", ""), ("Doxycycline", "S (<=0.5)", "", "")]
    out = []
    for n, v, u, ref in rows:
        flag = ""
        try:
            fv = float(str(v).replace(",", ""))
            if "-" in ref:
                lo, hi = ref.split("-")
                if fv < float(lo):
                    flag = "L"
                elif fv > float(hi):
                    flag = "H"
            elif ref.startswith("<") and fv >= float(ref[1:]):
                flag = "H"
            elif ref.startswith(">") and fv <= float(ref[1:]):
                flag = "L"
        except ValueError:
            if str(v).upper().startswith(("POS", "REACT", "HEAVY", "RES")) and ref:
                flag = "A"
        out.append((n, v, u, ref, flag))
    return out


PANEL_NAMES = {"CBC": ["CBC w/ Auto Diff", "COMPLETE BLOOD COUNT", "CBC"], "BMP": ["Basic Metabolic Panel", "BMP", "CHEM 8"],
               "CMP": ["Comprehensive Metabolic Panel", "CMP-14", "COMP METABOLIC PANEL"], "HEP": ["Hepatic Function Panel", "LFT", "HEPATIC PANEL (7)"],
               "LIPID": ["Lipid Panel", "LIPID PROFILE"], "A1C": ["Hemoglobin A1c", "HGB A1C"], "HCV": ["Hepatitis C Cascade", "HCV RNA PCR Quant w/ Reflex Genotype"],
               "HIV": ["HIV-1 Viral Load / CD4", "T-cell subset + HIV RNA"], "UDS": ["Urine Drug Screen, 10 panel", "DRUG SCREEN URINE"],
               "QFT": ["QuantiFERON-TB Gold Plus", "IGRA"], "LITH": ["Lithium Level"], "PHENY": ["Phenytoin Level (Dilantin)"],
               "TSH": ["TSH, 3rd generation", "Thyroid Stimulating Hormone"], "TROP": ["Cardiac Markers"], "CULT": ["Culture, Wound Aerobic w/ Gram stain", "WOUND CULTURE & SENSITIVITY"]}


# ---------------------------------------------------------------- surgical / procedural data
OPS = [
    dict(ck="appy", name="Laparoscopic appendectomy", pre="Acute appendicitis", post="Acute suppurative appendicitis, nonperforated",
         anes="General endotracheal", ebl="minimal (<10 mL)", spec="Appendix", find="Inflamed, edematous appendix without perforation; small amount of cloudy fluid in the pelvis.",
         steps=["The patient was placed supine and general anesthesia induced.", "The abdomen was prepped and draped in usual sterile fashion and a time-out was performed.",
                "A 12 mm umbilical port was placed by Hasson technique and pneumoperitoneum established.", "Two 5 mm ports were placed in the suprapubic and left lower quadrant positions under direct vision.",
                "The appendix was identified and the mesoappendix divided with a harmonic scalpel.", "The base of the appendix was divided with an endoscopic GIA stapler, vascular load.",
                "The specimen was placed in an Endo Catch bag and removed through the umbilical port.", "The pelvis was irrigated and the staple line inspected and hemostatic.",
                "Fascia at the umbilicus was closed with 0 Vicryl, skin with 4-0 Monocryl and Dermabond."],
         path=("Appendix, appendectomy", "Acute suppurative appendicitis with periappendicitis. No perforation identified. Negative for neoplasm.", "The specimen is received in formalin labeled with the patient's name, consisting of a vermiform appendix measuring 6.8 cm in length x 1.1 cm in diameter with attached mesoappendix. The serosa is dull and tan-red with fibrinous exudate. The lumen contains a fecalith. Representative sections submitted in cassettes A1-A3.")),
    dict(ck="handfx", name="Open reduction internal fixation, right fifth metacarpal neck fracture", pre="Displaced right fifth metacarpal neck fracture", post="Same",
         anes="Regional (axillary block) with MAC", ebl="5 mL", spec="None", find="Fifth metacarpal neck fracture with 45 degrees of volar angulation and rotational malalignment.",
         steps=["Axillary block was placed by anesthesia in the holding area.", "Tourniquet was applied to the upper arm and inflated to 250 mmHg after exsanguination.",
                "A dorsal ulnar incision was made over the fifth metacarpal, protecting the dorsal sensory branch of the ulnar nerve.", "The extensor tendon was retracted and the fracture site exposed and cleared of hematoma.",
                "The fracture was reduced under fluoroscopy and held with a K-wire.", "A 1.5 mm low-profile locking plate was applied with 3 screws proximal and 2 distal.",
                "Final fluoroscopic images confirmed anatomic alignment and no rotational deformity.", "The wound was irrigated and closed with 4-0 nylon. Tourniquet time 48 minutes."],
         path=None),
    dict(ck="abscess", name="Incision and drainage of left thigh abscess", pre="Left thigh abscess", post="Left thigh abscess, 6 cm, with loculations",
         anes="General LMA", ebl="20 mL", spec="Wound cultures to microbiology", find="Approximately 30 mL of purulent material, multiple loculations, no foreign body.",
         steps=["The patient was placed supine and anesthetized with LMA.", "The left thigh was prepped with chlorhexidine and draped sterilely.",
                "A 4 cm elliptical incision was made over the area of maximal fluctuance.", "Purulent material was expressed and sent for aerobic and anaerobic culture.",
                "Loculations were broken up bluntly with a hemostat and the cavity irrigated with 1 L normal saline.", "The cavity was packed with iodoform gauze and a bulky dressing applied."],
         path=None),
    dict(ck="chole", name="Laparoscopic cholecystectomy", pre="Symptomatic cholelithiasis", post="Chronic calculous cholecystitis",
         anes="General endotracheal", ebl="15 mL", spec="Gallbladder", find="Thick-walled gallbladder with multiple stones; critical view of safety obtained.",
         steps=["After induction of general anesthesia the abdomen was prepped and draped.", "Pneumoperitoneum was obtained through an umbilical Veress needle and four ports placed.",
                "The gallbladder fundus was retracted cephalad and the infundibulum laterally.", "The triangle of Calot was dissected and the critical view of safety achieved.",
                "The cystic duct and artery were each clipped twice proximally and once distally and divided.", "The gallbladder was removed from the liver bed with electrocautery and extracted in a bag.",
                "Hemostasis confirmed, ports removed under vision, fascia closed at the umbilicus."],
         path=("Gallbladder, cholecystectomy", "Chronic cholecystitis with cholelithiasis. No dysplasia or malignancy identified.", "Received in formalin is an opened gallbladder measuring 8.2 x 3.0 x 2.4 cm. The serosa is smooth. The wall is up to 0.4 cm thick. The lumen contains numerous yellow-green faceted stones ranging 0.3 to 1.2 cm. Representative sections in A1-A2.")),
    dict(ck="hernia", name="Open right inguinal hernia repair with mesh (Lichtenstein)", pre="Right inguinal hernia, reducible", post="Right indirect inguinal hernia",
         anes="General LMA", ebl="10 mL", spec="Hernia sac (discarded)", find="Indirect hernia sac along the cord structures; floor of the canal weak.",
         steps=["A right groin incision was made parallel to the inguinal ligament.", "The external oblique aponeurosis was opened in line with its fibers and the ilioinguinal nerve protected.",
                "The cord was encircled and the indirect sac dissected off the cord and reduced.", "A polypropylene mesh was sewn to the shelving edge with running 2-0 Prolene and tails placed around the cord.",
                "External oblique closed with 2-0 Vicryl, Scarpa's with 3-0, skin with subcuticular 4-0."],
         path=None),
    dict(ck="mandible", name="Open reduction internal fixation of left mandibular angle fracture; maxillomandibular fixation", pre="Left mandible angle fracture", post="Same",
         anes="General, nasotracheal", ebl="50 mL", spec="Tooth #17 (extracted)", find="Displaced left angle fracture through the socket of tooth #17.",
         steps=["Nasotracheal intubation was performed by anesthesia.", "Erich arch bars were applied to the maxillary and mandibular dentition with 24-gauge wires.",
                "Tooth #17 in the fracture line was extracted.", "A transoral incision was made along the external oblique ridge and the fracture exposed.",
                "The fracture was reduced and the patient placed into occlusion.", "A 2.0 mm Champy plate was applied along the superior border with monocortical screws.",
                "The incision was closed with 3-0 chromic. Wire cutters are to accompany the patient at all times."],
         path=None),
]

PROCS = [
    dict(name="Esophagogastroduodenoscopy", short="EGD", ind="Variceal screening in chronic hepatitis C with cirrhosis", sed="Moderate sedation with fentanyl 100 mcg and midazolam 4 mg IV",
         body="The scope was passed under direct vision through the upper esophageal sphincter into the esophagus, stomach and second portion of the duodenum. Retroflexion was performed in the stomach.",
         find="Small (grade I) esophageal varices in the distal esophagus without red wale signs. Mild portal hypertensive gastropathy. Normal duodenum.",
         imp="Small esophageal varices. Start propranolol. Repeat EGD in 1-2 years.", ck="hcv"),
    dict(name="Colonoscopy", short="colonoscopy", ind="Hematochezia; iron deficiency anemia", sed="Propofol per anesthesia (MAC)",
         body="After digital rectal exam, the colonoscope was advanced to the cecum, identified by the appendiceal orifice and ileocecal valve. Prep was fair (BBPS 6). The scope was withdrawn with careful inspection.",
         find="A 7 mm sessile polyp in the sigmoid colon removed with cold snare. Non-bleeding internal hemorrhoids, grade II.",
         imp="One polyp removed, await pathology. Internal hemorrhoids. Repeat colonoscopy based on pathology.", ck="htn"),
    dict(name="Lumbar puncture", short="LP", ind="Headache and fever, rule out meningitis", sed="Local anesthesia with 1% lidocaine 5 mL",
         body="The patient was placed in the left lateral decubitus position. The L3-L4 interspace was identified, prepped with chlorhexidine and draped. A 20-gauge spinal needle was introduced and clear CSF obtained on the second attempt.",
         find="Opening pressure 18 cm H2O. 12 mL clear, colorless CSF collected in 4 tubes.", imp="Uncomplicated LP. CSF sent for cell count, glucose, protein, Gram stain and culture.", ck="hiv"),
    dict(name="Intra-articular injection, left knee", short="knee injection", ind="Osteoarthritis left knee with effusion not responding to NSAIDs", sed="None; ethyl chloride spray",
         body="Consent obtained. The superolateral approach was used. After chlorhexidine prep, 30 mL of straw-colored fluid was aspirated and then 40 mg triamcinolone with 4 mL 1% lidocaine was injected.",
         find="Straw-colored, clear synovial fluid.", imp="Tolerated well. Ice 20 min. Return if redness, fever or increased swelling.", ck="lbp"),
    dict(name="Bronchoscopy with bronchoalveolar lavage", short="bronchoscopy", ind="Right upper lobe infiltrate, rule out tuberculosis; sputum AFB smears negative x 3", sed="Moderate sedation, topical lidocaine",
         body="The bronchoscope was introduced via the mouth through a bite block. Airways were examined to the subsegmental level bilaterally. BAL was performed in the RUL posterior segment with 120 mL saline, 45 mL returned.",
         find="Normal airway anatomy. Mild erythema of RUL mucosa, no endobronchial lesion.", imp="BAL sent for AFB smear/culture, TB PCR, fungal and bacterial cultures. Maintain airborne isolation pending results.", ck="ltbi"),
    dict(name="Left heart catheterization, coronary angiography", short="cardiac cath", ind="Chest pain with positive stress test", sed="Moderate sedation",
         body="Access obtained in the right radial artery using modified Seldinger technique with a 6 Fr sheath. Selective coronary angiography performed with JL3.5 and JR4 catheters. LV gram was performed.",
         find="LM normal. LAD 40% mid stenosis. LCx minor irregularities. RCA dominant, 30% proximal. LVEF 55%. LVEDP 14 mmHg.", imp="Nonobstructive CAD. Medical management. TR band applied.", ck="chestpain"),
    dict(name="Nerve conduction studies and electromyography", short="EMG/NCS", ind="Left leg radicular pain and numbness", sed="None",
         body="Motor and sensory nerve conduction studies were performed in the bilateral lower extremities. Needle EMG of selected left lower limb and lumbar paraspinal muscles.",
         find="Sural and superficial peroneal sensory responses normal. Tibial H-reflex prolonged on the left. Fibrillations and positive sharp waves in left medial gastrocnemius and L5-S1 paraspinals.", imp="Electrodiagnostic evidence of a subacute left S1 radiculopathy. No evidence of peripheral polyneuropathy.", ck="lbp"),
    dict(name="Paracentesis, diagnostic and therapeutic", short="paracentesis", ind="Cirrhosis with tense ascites", sed="Local 1% lidocaine",
         body="Ultrasound identified a large pocket in the left lower quadrant. After sterile prep, a 5 Fr Yueh catheter was introduced and 4.2 L of straw-colored fluid removed. 25 g albumin given IV.",
         find="4.2 L clear yellow ascites.", imp="Fluid sent for cell count, albumin, culture. SAAG pending. No complications.", ck="hcv"),
    dict(name="Right internal jugular central venous catheter placement", short="central line", ind="Poor peripheral access, need for IV antibiotics", sed="Local",
         body="Full barrier precautions. Ultrasound-guided access of the right IJ, guidewire passed without resistance, vessel dilated and a triple-lumen catheter placed at 16 cm. Blood return from all ports. Sutured in place.",
         find="Compressible vein, no thrombus.", imp="Line placed. CXR confirms tip at cavoatrial junction, no pneumothorax.", ck="abscess"),
    dict(name="Incision and drainage of abscess", short="I&D", ind="Fluctuant abscess", sed="Local 1% lidocaine 6 mL",
         body="Area prepped with Betadine. Field block with lidocaine. Linear incision 1.5 cm with #11 blade. Purulent drainage expressed. Loculations broken with hemostat. Irrigated with NS. Packed with 1/4 inch iodoform.",
         find="Approx 8 mL purulent material.", imp="Culture sent. Dressing change daily in clinic; remove packing 48 hours.", ck="abscess"),
]


def J(*parts):
    return "\n".join(p for p in parts if p is not None)


def bl(items, style=None, D=None):
    s = style if style is not None else (D.ri(0, 3) if D else 0)
    out = []
    for i, it in enumerate(items, 1):
        out.append(["%d. %s" % (i, it), "- %s" % it, "* %s" % it, "%d) %s" % (i, it)][s])
    return "\n".join(out)


def cap(s):
    return s[:1].upper() + s[1:]


def hosp_course(D):
    c = D.c
    ck = D.ck
    lines = {
        "chestpain": "Patient was admitted to telemetry. Serial troponins were negative x3. ECG without ischemic changes. Stress echocardiogram was performed and showed no inducible ischemia. Pain felt most consistent with musculoskeletal etiology vs GERD. Started on aspirin and statin given risk factors.",
        "appy": "Taken to the OR on the day of admission for laparoscopic appendectomy, which was uncomplicated. Diet advanced on POD 1, pain controlled on oral medication. Afebrile, ambulating, tolerating regular diet at discharge.",
        "abscess": "Admitted for IV vancomycin given size of abscess and systemic signs. Underwent I&D in the OR. Cultures grew MRSA sensitive to TMP-SMX. Transitioned to oral antibiotics once erythema receded.",
        "etoh": "Admitted to step-down unit for complicated alcohol withdrawal with elevated CIWA scores despite oral benzodiazepines at the facility. Treated with symptom-triggered lorazepam and phenobarbital load. No seizures. Thiamine given IV.",
        "opioid": "Admitted after unresponsive episode in housing unit requiring naloxone 4 mg IN x2 by facility staff. Observed overnight, no further respiratory depression. Addiction medicine consulted; started on buprenorphine induction.",
        "seizure": "Admitted after two generalized seizures at the facility. Levetiracetam loaded 20 mg/kg IV. CT head negative. EEG showed no ongoing epileptiform activity. Phenytoin level subtherapeutic on admission, likely nonadherence.",
        "dm2": "Admitted with hyperglycemia (glucose 486) without DKA. Started on insulin drip briefly then basal-bolus insulin. Diabetes education provided. Discharged on glargine and metformin.",
        "copd": "Admitted with COPD exacerbation. Treated with nebulizers, prednisone 40 mg daily and azithromycin. Weaned to room air on day 3.",
        "asthma": "Admitted with status asthmaticus not responding to nebs at facility. Continuous albuterol, IV methylprednisolone, magnesium. Improved over 48 hours.",
        "handfx": "Underwent ORIF right fifth metacarpal as an outpatient-observation admission. Neurovascularly intact postoperatively, pain controlled.",
    }
    return lines.get(ck, "Patient was admitted for evaluation and management of %s. Evaluated by the %s service. Course was uncomplicated and the patient improved with treatment. Stable for return to the correctional facility." % (c["dx"].lower(), c["spec"]))


HOSP_CONDS = ["chestpain", "appy", "abscess", "etoh", "opioid", "seizure", "dm2", "copd", "asthma", "handfx"]


def g_discharge_summary(D):
    D.setcond(HOSP_CONDS)
    c = D.c
    adm = D.date
    los = D.ri(1, 6)
    dis = adm + TD(days=los)
    att = D.prov("md")
    dxs = D.dxs()
    meds = c["meds"]
    v = D.ri(0, 6)
    if v == 0:
        return J(D.hosphead(), "", D.ch(["DISCHARGE SUMMARY", "Discharge Summary", "DISCHARGE SUMMARY - FINAL"]), "",
                 "PATIENT NAME: %s" % D.name(0), D.hospid(), "DOB: %s" % D.dob_s(),
                 "ADMISSION DATE: %s" % D.d(adm), "DISCHARGE DATE: %s" % D.d(dis), "ATTENDING PHYSICIAN: %s" % att,
                 "PRIMARY CARE: %s Medical Dept" % D.fac, "",
                 "ADMITTING DIAGNOSIS: %s" % c["dx"], "", "DISCHARGE DIAGNOSES:", bl([x[0] for x in dxs], 0), "",
                 "HISTORY OF PRESENT ILLNESS: %d-year-old %s incarcerated at %s who presented with %s." % (D.age, D.mf, D.fac, ", ".join(c["sx"][:2])), "",
                 "HOSPITAL COURSE: " + hosp_course(D), "",
                 "CONDITION AT DISCHARGE: %s" % D.ch(["Stable.", "Good.", "Improved, stable."]),
                 "DISPOSITION: Discharged back to %s in custody of %s." % (D.fac, D.ch(["transport officers", "DOC transport", "sheriff's deputies"])), "",
                 "DISCHARGE MEDICATIONS:", bl([D.medline(m) for m in meds], 0), "",
                 "FOLLOW-UP: %s" % D.ch(["Facility physician within 1 week. %s clinic in 2-4 weeks." % c["spec"], "Follow up with the jail medical provider in 3-5 days.", "Return to %s clinic as scheduled by facility." % c["spec"]]),
                 "", D.sig(att), "cc: Medical Director, %s" % D.fac)
    if v == 1:
        return J(D.hosphead(), D.hospid(), "", "%s" % D.name(1), "Admit: %s   Discharge: %s   LOS: %d" % (D.d(adm), D.d(dis), los), "",
                 "This is a %d-year-old %s inmate from %s admitted with %s. %s" % (D.age, D.mf, D.fac, c["dx"].lower(), cap(c["sx"][0]) + "."),
                 "", hosp_course(D), "",
                 "Discharge vitals: " + D.vline(), "Exam at discharge: " + "; ".join(c["exam"][:2]) + ".", "",
                 "Discharge diagnoses: " + "; ".join("%s (%s)" % x for x in dxs) + ".",
                 "Medications: " + "; ".join(D.medline(m, 0) for m in meds) + ".",
                 "Plan: " + "; ".join(c["plan"][:3]) + ".", "",
                 "Dictated by %s" % att, D.ch(["DICTATED BUT NOT READ", "Transcribed by: %s" % D.ch(["MT-0%d" % D.ri(10, 99), "kl", "jrs/wp"]), ""]),
                 "D: %s T: %s" % (D.d(dis), D.d(dis, 1)))
    if v == 2:
        # prison infirmary discharge
        return J(D.fachead(), "", D.ch(["INFIRMARY DISCHARGE SUMMARY", "Medical Housing Unit - Discharge Summary", "Infirmary Care Summary / Discharge"]),
                 D.ptid(), "Admitted to infirmary: %s   Discharged: %s" % (D.d(adm), D.d(dis)), "",
                 "Reason for infirmary admission: %s" % c["dx"],
                 "Course in infirmary: %s" % D.ch(["Monitored closely with daily provider rounds. Symptoms resolved.", "Nursing assessments q shift. Vital signs stable. Tolerated diet and medications.", hosp_course(D)]),
                 "Condition on discharge: %s" % D.ch(["stable", "improved", "at baseline"]),
                 "Discharged to: %s" % D.ch(["General population, %s" % D.housing, "previous housing", "Restrictive housing (custody hold)"]),
                 "Restrictions: %s" % D.ch(["bottom bunk x 30 days", "no work x 7 days", "none", "lower tier, no sports x 6 weeks"]),
                 "Medications continued:", bl([D.medline(m) for m in meds], 1),
                 "Follow-up: %s" % D.ch(["chronic care clinic in 30 days", "provider sick call in 1 week", "nurse wound check daily x 5 days"]),
                 "", "Provider: %s" % D.prov("any"), "Date: %s" % D.d(dis))
    if v == 3:
        # EHR printout
        lines = ["%s" % D.hosp, "Patient: %s | %s | DOB %s | %s %s" % (D.name(2), D.mrn, D.dob_s(), D.age, D.sex),
                 "Encounter: Inpatient | Admit %s | Disch %s | Service: %s" % (D.d(adm), D.d(dis), D.ch(["Hospitalist", "Medicine", "Surgery", "Internal Medicine"])), "-" * 60,
                 "Principal Problem:", "  %s" % c["dx"], "Active Problems:"]
        lines += ["  %s" % x[0] for x in dxs[1:]] or ["  None"]
        lines += ["", "Hospital Course", hosp_course(D), "", "Procedures This Admission",
                  "  " + D.ch(["None", "CT abdomen/pelvis with contrast", "Echocardiogram", "Laparoscopic appendectomy", "I&D left thigh", "EEG"]),
                  "", "Discharge Medications", "  START taking:"]
        lines += ["    %s" % D.medline(m, 0) for m in meds[:2]]
        lines += ["  CONTINUE taking:", "    %s" % D.ch(["Acetaminophen 650 mg PO q6h PRN", "Omeprazole 20 mg PO daily"]),
                  "", "Pending Results at Discharge: %s" % D.ch(["None", "Blood cultures (no growth to date)", "Final pathology"]),
                  "Discharge Disposition: Correctional Facility (%s)" % D.fac, "Code Status: %s" % D.ch(["Full Code", "Full code", "DNR/DNI"]), "",
                  D.sig(att), "Page 1 of %d" % D.ri(2, 4)]
        return J(*lines)
    if v == 4:
        # short narrative letter-like
        return J(D.hosphead(), "", D.d(dis), "", "RE: %s   DOB %s" % (D.name(1), D.dob_s()), "Admitted %s, discharged %s" % (D.d(adm), D.d(dis)), "",
                 "Final diagnosis: %s." % c["dx"], "Secondary: %s." % (", ".join(x[0] for x in dxs[1:]) or "none"), "",
                 "Summary: %s" % hosp_course(D), "",
                 "The patient is returned to %s. Please continue %s. %s" % (D.fac, ", ".join(m[0].lower() for m in meds[:2]), D.ch(["No driving restrictions apply.", "Wound check in 10-14 days.", "Lab work in 1 week recommended."])), "",
                 att, D.ch(["Hospitalist Service", "Department of Internal Medicine", "Surgical Associates"]))
    if v == 5:
        return J("%s   %s" % (D.hosp.upper(), D.hospid()), "", "DATE OF ADMISSION: %s" % D.d(adm), "DATE OF DISCHARGE: %s" % D.d(dis), "",
                 "FINAL DIAGNOSIS:", "1. %s" % c["dx"], "", "CONSULTANTS: %s" % D.prov("md") + " (%s)" % c["spec"], "",
                 "BRIEF HISTORY: The patient is a %d-year-old %s brought from %s by custody staff for %s." % (D.age, D.mf, D.fac, c["sx"][0]), "",
                 "PERTINENT LABS: " + ", ".join("%s %s" % (x[0], x[1]) for x in lab_rows(D, D.ch(c["labs"] or ["CBC"]))[:4]), "",
                 "COURSE: " + hosp_course(D), "",
                 "DISCHARGE INSTRUCTIONS: Diet %s. Activity %s." % (D.ch(["regular", "cardiac", "diabetic 2000 kcal"]), D.ch(["as tolerated", "no lifting > 10 lb x 2 wk"])),
                 "DISCHARGE MEDICATIONS: " + "; ".join(D.medline(m, 0) for m in meds), "", D.sig(att))
    # 6: death / expired-transfer style short form with checkboxes
    return J(D.fachead(), "", "Outside Hospital Return - Summary of Hospitalization", D.ptid(), "",
             "Hospital: %s" % D.hosp, "Dates: %s to %s" % (D.d(adm), D.d(dis)),
             "[X] Inpatient  [ ] Observation  [ ] ED only", "Admitting dx: %s" % c["dx"], "Discharge dx: %s" % c["dx"],
             "Summary received from hospital (attached): [X] Yes [ ] No", "Key findings: %s" % hosp_course(D),
             "New medications: " + ", ".join(m[0] for m in meds), "Follow-up appointments: %s clinic %s" % (c["spec"], D.d(dis, D.ri(10, 40))),
             "Reviewed by: %s   Date: %s" % (D.prov("any"), D.d(dis, 1)))


def ros_block(D):
    pos = D.c["sx"][0]
    s = D.ri(0, 2)
    if s == 0:
        return "ROS: Positive for %s. All other systems reviewed and negative." % pos
    if s == 1:
        return J("REVIEW OF SYSTEMS:", "Constitutional: %s" % D.ch(["No fever or chills.", "Fatigue.", "Negative."]),
                 "Cardiovascular: %s" % ("Chest pain as per HPI." if D.ck == "chestpain" else "No chest pain or palpitations."),
                 "Respiratory: %s" % ("Cough, dyspnea." if D.ck in ("copd", "asthma") else "No cough."),
                 "GI: %s" % ("Abdominal pain, nausea." if D.ck == "appy" else "No nausea, vomiting."),
                 "Neuro: %s" % ("See HPI." if D.ck == "seizure" else "No focal weakness."),
                 "Psych: %s" % ("See HPI." if D.ck in ("mdd", "bipolar", "schizo") else "Denies SI/HI."))
    return "ROS: 12-point review negative except as noted in HPI."


def exam_block(D, v=None):
    v = v or D.vitals()
    s = D.ri(0, 2)
    ex = D.c["exam"]
    if s == 0:
        return J("PHYSICAL EXAMINATION:", "Vitals: " + D.vline(v), "General: %s" % D.ch(["Alert, in no acute distress.", "Well-developed, appears stated age, shackled at ankles.", "Awake, cooperative, mildly uncomfortable."]),
                 "HEENT: Normocephalic, atraumatic. PERRLA. Mucous membranes moist.", "Neck: Supple, no JVD.",
                 "Heart: Regular rate and rhythm.", "Lungs: %s" % ("; ".join(ex[:1]) if D.ck in ("asthma", "copd") else "Clear to auscultation bilaterally."),
                 "Abdomen: %s" % ("; ".join(ex) if D.ck == "appy" else "Soft, nontender, nondistended."),
                 "Extremities: %s" % ("; ".join(ex) if D.ck in ("handfx", "abscess") else "No edema."),
                 "Neuro: %s" % D.ch(["Grossly intact.", "A&O x3, nonfocal."]), "Focused: " + "; ".join(ex) + ".")
    if s == 1:
        return "EXAM: " + D.vline(v) + ". " + " ".join(cap(e) + "." for e in ex)
    return J("PE:", "  VS " + D.vline(v), "  Gen: NAD", "  CV: RRR", "  Resp: CTAB" if D.ck not in ("asthma", "copd") else "  Resp: " + ex[0],
             "  Other: " + ", ".join(ex))


def g_history_physical(D):
    c = D.c
    v = D.ri(0, 6)
    prov = D.prov("md")
    hpi = "%d y/o %s %s with history of %s presenting with %s. %s." % (
        D.age, D.mf, D.ch(["inmate", "incarcerated patient", "detainee", "patient from %s" % D.fac]), c["ab"], c["sx"][0], cap(c["sx"][-1]))
    pmh = [c["dx"]] + [x[0] for x in D.dxs()[1:]]
    sh = D.ch(["Incarcerated at %s since %s. Smokes 1 ppd prior to incarceration. Reports daily alcohol use." % (D.fac, D.d(off=-D.ri(5, 900))),
               "Currently in custody. Former tobacco. Denies IVDU.", "Tobacco: yes. ETOH: socially. Drugs: methamphetamine, last use prior to arrest. Housing: %s." % D.housing,
               "Single, %d children. Worked construction prior to incarceration." % D.ri(0, 4)])
    fh = D.ch(["Father with MI at 54. Mother with diabetes.", "Noncontributory.", "Unknown - patient adopted.", "HTN and DM in both parents."])
    if v == 0:
        return J(D.hosphead(), "", D.ch(["HISTORY AND PHYSICAL", "ADMISSION HISTORY & PHYSICAL", "H&P"]), "", "PATIENT: %s" % D.name(0), D.hospid(),
                 "DATE OF ADMISSION: %s" % D.d(), "ADMITTING PHYSICIAN: %s" % prov, "SOURCE: %s (in custody)" % D.fac, "",
                 "CHIEF COMPLAINT: %s" % cap(c["sx"][0]), "", "HISTORY OF PRESENT ILLNESS: " + hpi, "",
                 "PAST MEDICAL HISTORY:", bl(pmh, 0), "", "PAST SURGICAL HISTORY: %s" % D.ch(["None.", "Appendectomy remote.", "ORIF left ankle 2009.", "GSW abdomen with exploratory laparotomy."]),
                 "", "MEDICATIONS:", bl([D.medline(m) for m in c["meds"]], 0), "", "ALLERGIES: %s" % D.allergy, "", "SOCIAL HISTORY: " + sh, "FAMILY HISTORY: " + fh, "",
                 ros_block(D), "", exam_block(D), "", "ASSESSMENT AND PLAN:", "%d. %s - %s." % (1, c["dx"], "; ".join(c["plan"][:3])),
                 "2. DVT prophylaxis: %s." % D.ch(["enoxaparin 40 mg SC daily", "SCDs", "ambulating"]), "3. Code status: Full code.", "4. Dispo: Anticipate return to facility in %d-%d days." % (1, D.ri(2, 4)),
                 "", D.sig(prov))
    if v == 1:
        # infirmary admission H&P (prison)
        return J(D.fachead(), "", D.ch(["Infirmary Admission History & Physical", "MEDICAL HOUSING UNIT ADMISSION", "Physician Admission Note - Infirmary"]), D.ptid(), "Date/Time: %s %s" % (D.d(), D.t()), "",
                 "Reason for admission: %s" % c["dx"], "HPI: " + hpi, "PMH: " + ", ".join(pmh), "Current meds: " + "; ".join(D.medline(m, 0) for m in c["meds"]),
                 "Allergies: " + D.allergy, "Soc: " + sh, "", exam_block(D), "",
                 "Impression: %s" % c["dx"], "Plan:", bl(c["plan"], 1), "Infirmary status: %s" % D.ch(["acute", "sheltered housing", "chronic infirmary"]),
                 "Nursing: vitals q shift, notify provider for changes.", "", "%s   %s" % (prov, D.d()))
    if v == 2:
        # comprehensive health appraisal / initial health assessment (14-day physical)
        return J(D.fachead(), "", D.ch(["INITIAL HEALTH ASSESSMENT (14-DAY)", "Health Appraisal / Physical Examination", "Comprehensive Health Assessment"]),
                 D.ptid(), "Date of booking: %s    Date of assessment: %s" % (D.d(off=-D.ri(3, 14)), D.d()), "",
                 "Receiving screening reviewed: [X] Yes", "History", "  Chronic conditions: " + ", ".join(pmh),
                 "  Hospitalizations: %s" % D.ch(["none", "2019 for pneumonia", "psychiatric hospitalization x2"]),
                 "  Substance use: %s" % D.ch(["ETOH daily", "opioids IV", "marijuana", "denies"]), "  Dental complaints: %s" % D.ch(["none", "broken tooth #19", "bleeding gums"]),
                 "  Women's health: %s" % ("LMP %s, pregnancy test negative" % D.d(off=-D.ri(3, 25)) if D.sex == "F" else "N/A"),
                 "Physical Exam", "  " + D.vline(), "  Height %s" % D.vitals()["ht"], "  HEENT WNL   Neck WNL   Chest/Lungs WNL   Heart WNL",
                 "  Abdomen WNL   GU deferred   Skin: tattoos bilateral forearms   Extrem: " + D.ch(["WNL", "see note", "old healed scar L knee"]),
                 "  Focused: " + "; ".join(c["exam"][:2]), "Tests: TST placed %s, read %s: %d mm" % (D.d(off=-3), D.d(), 0 if D.ck != "ltbi" else 14),
                 "Assessment: " + c["dx"], "Plan: " + "; ".join(c["plan"][:3]), "Enroll chronic care clinic: [%s] Yes" % ("X" if D.ck in ("htn", "dm2", "asthma", "hcv", "hiv", "seizure", "copd") else " "),
                 "Medical classification: %s" % D.ch(["Class 1 - no restrictions", "Class 2 - limited restrictions", "Class 3 - chronic condition, regular follow-up"]),
                 "", "Examined by: %s" % D.prov(D.ch(["mid", "md", "rn"])))
    if v == 3:
        # dictated narrative
        return J(D.hosphead(), D.hospid(), "", "ADMISSION NOTE", "", "%s is a %d-year-old %s who is currently incarcerated at %s and was sent in by the facility medical staff with %s. %s. The patient states %s." % (
            D.name(1), D.age, D.mf, D.fac, c["sx"][0], cap(c["sx"][1]), c["sx"][-1]), "",
            "Past history is significant for %s. Medications at the facility include %s. %s allergies: %s." % (", ".join(pmh), ", ".join(D.medline(m, 0) for m in c["meds"]), cap(D.his), D.allergy), "",
            "Social history: %s Family history: %s" % (sh, fh), "",
            "On examination, " + D.vline().lower() + ". " + " ".join(cap(e) + "." for e in c["exam"]), "",
            "Laboratory data: " + ", ".join("%s %s" % (x[0], x[1]) for x in lab_rows(D, D.ch([l for l in c["labs"] if l != "CULT"] or ["CBC"]))),
            "", "IMPRESSION: %s." % c["dx"], "", "PLAN: " + " ".join(cap(p) + "." for p in c["plan"]) + " Corrections officer at bedside per protocol.", "",
            D.sig(prov))
    if v == 4:
        # EHR template with pipes
        return J("%s - Inpatient H&P" % D.hosp, "%s | %s | %s y.o. | %s" % (D.name(2), D.mrn, D.age, D.sex), "=" * 50,
                 "Chief Complaint", "  " + cap(c["sx"][0]), "History of Present Illness", "  " + hpi,
                 "Problem List", "\n".join("  - %s (%s)" % x for x in D.dxs()), "Home Medications (per facility MAR)", "\n".join("  %s" % D.medline(m, 0) for m in c["meds"]),
                 "Allergies", "  " + D.allergy, "Social", "  Incarcerated. " + sh, "Objective", "  " + D.vline(), "  " + "; ".join(c["exam"]),
                 "Assessment/Plan", "  # %s" % c["dx"], "\n".join("    - %s" % p for p in c["plan"]), "  # FEN/GI: %s" % D.ch(["regular diet", "NPO", "carb-consistent diet"]),
                 "  # Disposition: inpatient, custody at bedside", "", D.sig(prov))
    if v == 5:
        # psych admission H&P at forensic unit
        D.setcond(["schizo", "bipolar", "mdd"])
        c = D.c
        return J(D.ch(["Forensic Psychiatric Unit", "Acute Mental Health Unit", "Residential Treatment Unit"]) + " - " + D.fac, "", "Admission History & Physical / Psychiatric Admission", D.ptid(), "",
                 "Legal status: %s" % D.ch(["Pretrial detainee", "Sentenced", "Involuntary commitment per court order", "Parole violator"]),
                 "Identifying data: %d y/o %s with history of %s." % (D.age, D.mf, c["dx"]), "Reason for admission: %s" % cap(c["sx"][0]),
                 "Psychiatric history: %d prior hospitalizations. %s" % (D.ri(0, 6), D.ch(["Prior suicide attempt by overdose 2015.", "No prior attempts.", "History of self-injury by cutting."])),
                 "Medical history: " + D.ch(["None.", "Asthma.", "Hypertension.", "Hepatitis C."]), "Medications: " + "; ".join(D.medline(m, 0) for m in c["meds"]),
                 "Mental status exam: " + ", ".join(c["exam"]) + ".", "Physical exam: " + D.vline() + ". Exam otherwise unremarkable.",
                 "Diagnosis: %s (%s)" % (c["dx"], c["icd"]), "Plan: " + "; ".join(c["plan"]), "Precautions: %s" % D.ch(["Suicide precautions - constant observation", "Close observation q15 min", "Routine"]),
                 "", prov.replace("NP", "PMHNP") + "   " + D.d())
    # 6: short admission note handwritten style
    return J(D.fac + " / " + D.vendor, "PROVIDER ADMIT NOTE", "%s  #%s" % (D.name(3), D.idn), D.d() + " " + D.t(), "",
             "S: " + "; ".join(c["sx"]), "PMHx: " + ", ".join(pmh), "Meds: " + ", ".join(m[0] for m in c["meds"]), "All: " + D.allergy,
             "O: " + D.vline(), "   " + ", ".join(c["exam"]), "A: " + c["dx"], "P: admit to %s" % D.ch(["infirmary", "MOU", "medical observation", "medical housing"]),
             "   " + "\n   ".join(c["plan"]), "", "-" + prov)


def g_progress_note(D):
    c = D.c
    v = D.ri(0, 7)
    prov = D.prov("any")
    vit = D.vitals()
    ctrl = D.ch(["Good", "Fair", "Poor"])
    if v == 0:
        # chronic care clinic form
        return J(D.fachead(), "", D.ch(["CHRONIC CARE CLINIC", "Chronic Disease Clinic Follow-up", "CCC Visit - %s" % c["clinic"]]), D.ptid(),
                 "Date: %s   Clinic: %s   Visit: %s" % (D.d(), c["clinic"], D.ch(["Initial", "Follow-up", "90-day"])), "",
                 "Subjective: %s. %s. Adherence per MAR: %d%%." % (cap(c["sx"][0]), cap(c["sx"][-1]), D.ri(60, 100)),
                 "Objective: " + D.vline(vit), "  " + "; ".join(c["exam"]),
                 "Labs reviewed: " + (", ".join("%s %s%s" % (x[0], x[1], "(%s)" % x[4] if x[4] else "") for x in lab_rows(D, c["labs"][0])[:3]) if c["labs"] else "none due"),
                 "Degree of control: [%s] Good [%s] Fair [%s] Poor" % ("X" if ctrl == "Good" else " ", "X" if ctrl == "Fair" else " ", "X" if ctrl == "Poor" else " "),
                 "Status compared to last visit: %s" % D.ch(["Improved", "Unchanged", "Worse"]),
                 "Assessment: %s, %s control" % (c["dx"], ctrl.lower()), "Plan:", bl(c["plan"], 1, D),
                 "Patient education: %s" % D.ch(["diet, exercise, med adherence", "disease process reviewed", "handout given"]),
                 "Return to clinic: %d days" % D.ch([30, 60, 90, 90, 180]), "", "Provider: %s" % prov)
    if v == 1:
        # SOAP sick call provider
        return J(D.fac, "Provider Sick Call", "%s   %s %s" % (D.name(0), D.idlab, D.idn), "DOS %s  %s" % (D.d(), D.t()), "",
                 "S: Pt seen on provider line, referred by nursing from HSR dated %s. %s. %s." % (D.d(off=-D.ri(1, 5)), cap(c["sx"][0]), cap(c["sx"][1])),
                 "O: " + D.vline(vit) + "\n   " + ". ".join(cap(e) for e in c["exam"]) + ".",
                 "A: " + c["dx"], "P: " + "\n   ".join(cap(p) for p in c["plan"]),
                 "   RTC %s" % D.ch(["2 weeks", "PRN", "1 month", "after labs"]), "", prov)
    if v == 2:
        # hospital daily note
        D.setcond(HOSP_CONDS)
        c = D.c
        day = D.ri(1, 4)
        return J(D.hosp, "%s  %s" % (D.name(2), D.hospid()), "", D.ch(["Hospitalist Progress Note", "PROGRESS NOTE", "Daily Progress Note - Medicine"]), "Hospital day %d   %s" % (day + 1, D.d(off=day)), "",
                 "Subjective: %s. No acute events overnight. Officer at bedside." % D.ch(["Feels better", "Still has some pain", "Slept well", "Tolerating diet"]),
                 "Objective:", "  " + D.vline(vit), "  I/O: %d/%d" % (D.ri(800, 2400), D.ri(700, 2200)), "  Exam: " + "; ".join(c["exam"][:2]),
                 "  Labs: " + ", ".join("%s %s" % (x[0], x[1]) for x in lab_rows(D, D.ch(c["labs"] or ["CBC"]))[:5]),
                 "Assessment/Plan:", "%s - %s" % (c["dx"], D.ch(["improving", "stable", "slowly improving"])), bl(c["plan"][:3], 1),
                 "Dispo: %s" % D.ch(["likely back to facility tomorrow", "continue inpatient", "pending PT eval"]), "", D.sig(D.prov("md")))
    if v == 3:
        # MH progress note DAP
        D.setcond(["schizo", "bipolar", "mdd"])
        c = D.c
        mh = D.prov("mh")
        return J(D.fachead(), "Mental Health Progress Note", D.ptid(), "Date: %s  Location: %s  Session: %s" % (D.d(), D.ch(["cell front", "MH office", "confidential interview room", "tele-psych"]), D.ch(["individual", "follow-up", "segregation MH round"])), "",
                 "DATA: Inmate seen for scheduled follow-up. %s. %s." % (cap(c["sx"][0]), cap(c["sx"][-1])),
                 "MSE: %s. Grooming %s. Speech %s. Thought content without SI/HI. %s." % (", ".join(c["exam"][:2]), D.ch(["fair", "poor", "adequate"]), D.ch(["normal rate", "pressured", "soft"]), cap(c["exam"][-1])),
                 "Suicide risk: %s" % D.ch(["low", "low - no current ideation, protective factors: family, future orientation", "moderate - continue monitoring"]),
                 "ASSESSMENT: %s - %s" % (c["dx"], D.ch(["stable", "partially improved", "symptomatic"])),
                 "PLAN: " + "; ".join(c["plan"]) + ". Next contact %s." % D.ch(["7 days", "14 days", "30 days"]),
                 "", mh)
    if v == 4:
        # telemedicine follow-up
        return J(D.ch(["TELEHEALTH VISIT", "Telemedicine Encounter", "Video Visit Note"]), D.ch(HOSPITALS) + " - Correctional Telemedicine Program", "",
                 "Patient: %s   DOB %s   Facility: %s" % (D.name(1), D.dob_s(), D.fac), "Originating site: %s medical unit. Distant site: %s clinic. Nurse present: %s." % (D.fac, c["spec"], D.prov("rn")),
                 "Consent for telehealth obtained verbally.", "",
                 "Interval history: %s since last visit. %s." % (D.ch(["No major changes", "Some improvement", "Worsening symptoms"]), cap(c["sx"][0])),
                 "Vitals (from facility RN): " + D.vline(vit), "Exam limited by video: " + "; ".join(c["exam"][:2]) + ".",
                 "Assessment: " + c["dx"] + ".", "Recommendations: " + "; ".join(c["plan"]) + ".", "Follow-up tele-visit %s." % D.ch(["in 4 weeks", "in 3 months", "after labs"]),
                 "Total time %d minutes." % D.ri(15, 40), "", D.sig(D.prov("md")))
    if v == 5:
        # brief handwritten-style progress note
        return J("PROGRESS NOTES", "%s  %s" % (D.name(3), D.idn), "", "%s %s  %s" % (D.d(), D.t(), D.ch(["f/u", "recheck", "MD line", "NP f/u"])),
                 "%s. %s." % (cap(c["sx"][0]), D.ch(["pt states better", "no change", "c/o same"])), D.vline(vit),
                 ", ".join(c["exam"][:2]), "A) " + c["ab"] + " - " + D.ch(["stable", "improving", "uncontrolled"]),
                 "P) " + "; ".join(c["plan"][:2]), "   RTC %s" % D.ch(["2 wk", "4 wk", "PRN"]), "      " + prov)
    if v == 6:
        # outpatient specialty follow-up (outside clinic note)
        return J(D.ch(["%s Specialty Clinic" % c["spec"], "%s - Outpatient %s" % (D.hosp, c["spec"])]), "Office Visit  %s" % D.d(), "",
                 "Patient: %s (%s) DOB: %s" % (D.name(2), D.mrn, D.dob_s()), "Accompanied by: 2 correctional officers, restraints in place", "",
                 "History: Returns for follow-up of %s. %s. %s." % (c["dx"].lower(), cap(c["sx"][-1]), D.ch(["Meds administered at facility pill line.", "Reports taking meds daily.", "Some missed doses per facility records."])),
                 "Meds: " + "; ".join(D.medline(m, 0) for m in c["meds"]), "Exam: " + D.vline(vit) + "; " + "; ".join(c["exam"]),
                 "Impression: %s." % c["dx"], "Plan:", bl(c["plan"], 0), "Return %s." % D.ch(["6 weeks", "3 months", "as needed"]), "", D.sig(D.prov("md")))
    # 7: infirmary daily round
    return J(D.fac, "Infirmary Rounds - Provider", D.ptid(), "", "%s  Day %d in MHU" % (D.d(), D.ri(2, 20)),
             "Pt %s. %s." % (D.ch(["resting in bed", "up in dayroom", "ambulating with walker"]), cap(c["sx"][-1])),
             D.vline(vit), "Exam: " + ", ".join(c["exam"]),
             "Imp: " + c["dx"], "Plan: continue current tx, " + "; ".join(c["plan"][:2]), "Discharge from MHU when %s" % D.ch(["afebrile 48h", "wound healing", "stable x 24h", "cleared by MH"]), "", prov)


def g_consult_note(D):
    c = D.c
    v = D.ri(0, 6)
    cons = D.prov("md")
    ref = D.prov("any")
    if v == 0:
        return J(D.hosphead(), "", D.ch(["CONSULTATION", "CONSULTATION REPORT", "%s CONSULTATION" % c["spec"].upper()]), "",
                 "PATIENT: %s   %s" % (D.name(0), D.hospid()), "DATE OF CONSULTATION: %s" % D.d(), "REQUESTING PHYSICIAN: %s" % ref, "CONSULTANT: %s" % cons, "",
                 "REASON FOR CONSULTATION: %s" % D.ch(["Evaluation of %s." % c["dx"].lower(), "Management recommendations, %s." % c["ab"], "%s." % cap(c["sx"][0])]), "",
                 "HISTORY OF PRESENT ILLNESS: Thank you for asking me to see this %d-year-old %s incarcerated at %s. %s. %s." % (D.age, D.mf, D.fac, cap(c["sx"][0]), cap(c["sx"][-1])), "",
                 "PAST MEDICAL HISTORY: " + ", ".join(x[0] for x in D.dxs()), "MEDICATIONS: " + ", ".join(D.medline(m, 0) for m in c["meds"]), "ALLERGIES: " + D.allergy, "",
                 "PHYSICAL EXAMINATION: " + D.vline() + ". " + " ".join(cap(e) + "." for e in c["exam"]), "",
                 "IMPRESSION: %s." % c["dx"], "", "RECOMMENDATIONS:", bl(c["plan"], 0), "",
                 "Thank you for this consultation. We will follow along.", "", D.sig(cons))
    if v == 1:
        # outside consult return form (correctional)
        return J(D.fachead(), "", D.ch(["CONSULTATION REQUEST AND REPORT", "Outside Consultation - Consultant's Report", "Specialty Consult Form  (Form HS-%d)" % D.ri(100, 899)]), D.ptid(), "",
                 "PART A - To be completed by facility provider", "Specialty: %s   Priority: %s" % (c["spec"], D.ch(["Routine", "Urgent", "Emergent"])),
                 "Reason: %s" % c["dx"], "Pertinent history: %s" % "; ".join(c["sx"]), "Requesting provider: %s   Date: %s" % (ref, D.d(off=-D.ri(14, 60))), "",
                 "PART B - To be completed by consultant", "Date seen: %s" % D.d(), "Findings: %s" % "; ".join(c["exam"]),
                 "Diagnosis: %s" % c["dx"], "Recommendations: %s" % "; ".join(c["plan"]),
                 "Follow-up needed: [X] Yes in %s  [ ] No" % D.ch(["4 weeks", "3 months", "6 months"]), "Consultant signature: %s" % cons, "",
                 "PART C - Facility review: [X] Recommendations reviewed   Approved by: %s   Date: %s" % (D.prov("md"), D.d(off=2)))
    if v == 2:
        # letter-style consult
        return J(D.ch(["%s Associates" % c["spec"].split("/")[0], "%s Clinic of %s" % (c["spec"].split("/")[0], D.hosp_town)]), "%d Professional Blvd, Suite %d, %s, %s" % (D.ri(100, 999), D.ri(100, 400), D.hosp_town, D.st), "",
                 D.d(), "", ref, "Medical Department", D.fac, "", "Re: %s    DOB %s" % (D.name(1), D.dob_s()), "", "Dear %s:" % D.ch(["Colleague", "Dr. " + ref.split()[1].rstrip(","), "Provider"]), "",
                 "I had the pleasure of seeing your patient today in consultation for %s. As you know, %s is a %d-year-old %s with %s. %s." % (c["dx"].lower(), D.he, D.age, D.mf, ", ".join(c["sx"][:2]), cap(c["sx"][-1])), "",
                 "On exam, %s. %s." % (D.vline().lower(), "; ".join(c["exam"])), "",
                 "My impression is %s. I would recommend the following: %s." % (c["dx"].lower(), "; ".join(c["plan"])), "",
                 "I will see %s back in %s. Please do not hesitate to call with questions." % (D.him, D.ch(["6 weeks", "3 months", "follow-up as needed"])), "",
                 "Sincerely,", "", cons)
    if v == 3:
        # psychiatric evaluation
        D.setcond(["schizo", "bipolar", "mdd"])
        c = D.c
        psy = D.prov("psy")
        return J(D.fachead(), "", D.ch(["PSYCHIATRIC EVALUATION", "Initial Psychiatric Assessment", "Mental Health Evaluation - Psychiatry"]), D.ptid(), "Date: %s   Referral source: %s" % (D.d(), D.ch(["intake MH screen", "custody staff", "self-referral", "court order"])), "",
                 "Identifying information: %d y/o %s, %s." % (D.age, D.mf, D.ch(["pretrial", "sentenced, %d years" % D.ri(2, 25), "awaiting transfer to DOC"])),
                 "Chief complaint: \"%s\"" % D.ch(["I can't sleep", "They keep talking to me", "I need my meds", "I don't want to be here anymore"]),
                 "HPI: " + ". ".join(cap(s) for s in c["sx"]) + ".",
                 "Past psychiatric history: %s" % D.ch(["Multiple inpatient stays at state hospital.", "Outpatient treatment at community MH center.", "Diagnosed in adolescence."]),
                 "Substance use: %s" % D.ch(["methamphetamine daily", "ETOH and cannabis", "denies", "heroin, in remission in controlled environment"]),
                 "Trauma history: %s" % D.ch(["reports childhood abuse", "witnessed violence", "declined to discuss"]),
                 "Mental status examination: Appearance %s. Behavior %s. %s. Orientation x3. Cognition grossly intact." % (D.ch(["disheveled", "appropriately groomed"]), D.ch(["cooperative", "guarded"]), "; ".join(c["exam"])),
                 "Risk assessment: %s" % D.ch(["Low acute risk for suicide.", "Moderate chronic risk; low acute.", "Denies SI/HI; no recent self-harm."]),
                 "DSM-5 diagnosis: %s (%s)" % (c["dx"], c["icd"]), "Plan: " + "; ".join(c["plan"]),
                 "MH level of care: %s" % D.ch(["Outpatient (MH-2)", "Intermediate (MH-3)", "Residential (MH-4)"]), "", psy)
    if v == 4:
        # inpatient consult brief EHR
        return J("%s | Inpatient Consult Note | %s" % (D.hosp, c["spec"]), "Pt: %s  MRN %s  Loc: %s" % (D.name(2), D.mrn, D.ch(["4W-12", "ICU-7", "5E-22", "Tele 3-08"])),
                 "Consult requested by: %s  for: %s" % (ref, c["dx"]), "",
                 "HPI: " + ". ".join(cap(s) for s in c["sx"]) + ".", "Data reviewed: " + ", ".join("%s %s" % (x[0], x[1]) for x in lab_rows(D, D.ch(c["labs"] or ["CBC"]))[:4]),
                 "Exam: " + "; ".join(c["exam"]), "", "A/P:", "%s" % c["dx"], "\n".join("- %s" % p for p in c["plan"]), "", "Discussed with primary team.", D.sig(cons))
    if v == 5:
        # telemedicine HCV/HIV consult
        D.setcond(["hcv", "hiv", "ltbi"])
        c = D.c
        lab = lab_rows(D, c["labs"][0])
        return J(D.ch(["University Hospital of Lanford - Correctional Telemedicine", "Project ECHO-style Tele-Consult", "ID/Hepatology e-Consult"]), "", "Consult date: %s" % D.d(),
                 "Patient: %s  DOB: %s  %s: %s  Site: %s" % (D.name(0), D.dob_s(), D.idlab, D.idn, D.fac), "Question: %s" % D.ch(["Candidate for treatment?", "Regimen recommendation", "Interpretation of labs"]), "",
                 "Data: " + "; ".join("%s: %s %s" % (x[0], x[1], x[2]) for x in lab),
                 "Assessment: %s. %s" % (c["dx"], D.ch(["No contraindications identified.", "Check for drug interactions with current meds.", "Compensated; no decompensation signs."])),
                 "Recommendations:", bl(c["plan"], 3), "Release date considerations: %s" % D.ch(["projected release > 6 months, ok to start", "short stay; link to community clinic"]),
                 "", cons)
    # 6: ortho/surgery consult dictated brief
    D.setcond(["handfx", "abscess", "lbp", "appy"])
    c = D.c
    return J(D.hosphead(), "", "%s consult" % c["spec"], "%s  %s" % (D.name(1), D.d()), "",
             "Seen at the request of %s for %s. History obtained from patient and transfer paperwork from %s." % (ref, c["dx"].lower(), D.fac),
             ". ".join(cap(s) for s in c["sx"]) + ".", "Exam: " + ", ".join(c["exam"]) + ".",
             "Imaging: " + D.ch(["reviewed, see radiology report", "X-rays reviewed personally", "CT reviewed"]) + ".",
             "Impression: %s." % c["dx"], "Recommend: " + "; ".join(c["plan"]) + ".", "", cons, c["spec"])


def g_operative_note(D):
    op = D.ch(OPS)
    if op["ck"] in COND:
        D.ck = op["ck"]
        D.c = COND[op["ck"]]
    surg = D.prov("md")
    asst = D.ch(["None", D.prov("mid"), D.prov("md") + " (resident)"])
    anes = D.prov("md")
    v = D.ri(0, 5)
    steps = " ".join(op["steps"])
    if v == 0:
        return J(D.hosphead(), "", D.ch(["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION"]), "", "PATIENT: %s" % D.name(0), D.hospid(), "DATE OF SURGERY: %s" % D.d(), "",
                 "PREOPERATIVE DIAGNOSIS: %s" % op["pre"], "POSTOPERATIVE DIAGNOSIS: %s" % op["post"], "PROCEDURE: %s" % op["name"],
                 "SURGEON: %s" % surg, "ASSISTANT: %s" % asst, "ANESTHESIA: %s" % op["anes"], "ANESTHESIOLOGIST: %s" % anes,
                 "ESTIMATED BLOOD LOSS: %s" % op["ebl"], "SPECIMENS: %s" % op["spec"], "DRAINS: None", "COMPLICATIONS: None", "",
                 "INDICATIONS: The patient is a %d-year-old %s in the custody of %s with %s. Risks, benefits and alternatives were discussed and consent obtained." % (D.age, D.mf, D.agency, op["pre"].lower()), "",
                 "FINDINGS: %s" % op["find"], "", "DESCRIPTION OF PROCEDURE: " + steps + " Sponge and needle counts were correct. The patient tolerated the procedure well and was taken to PACU in stable condition.", "",
                 D.sig(surg))
    if v == 1:
        # numbered steps
        return J(D.hosp, "Operative Report", "%s  MRN %s  DOB %s" % (D.name(2), D.mrn, D.dob_s()), "Date: %s" % D.d(), "",
                 "Pre-op Dx: %s" % op["pre"], "Post-op Dx: %s" % op["post"], "Operation: %s" % op["name"], "Surgeon: %s   Assist: %s" % (surg, asst),
                 "Anesthesia: %s" % op["anes"], "EBL: %s   Fluids: %d mL LR   UOP: not measured" % (op["ebl"], D.ri(400, 1500)), "", "Procedure in detail:", bl(op["steps"], 0), "",
                 "Disposition: PACU, then %s." % D.ch(["back to correctional facility when criteria met", "admit for observation", "return to %s" % D.fac]), "", D.sig(surg))
    if v == 2:
        # brief op note (immediate)
        return J(D.ch(["BRIEF OPERATIVE NOTE", "Immediate Post-Operative Note", "Brief Op Note"]), "%s   %s" % (D.name(3), D.d()), "",
                 "Pre-op: " + op["pre"], "Post-op: " + op["post"], "Procedure: " + op["name"], "Surgeon: " + surg, "Anesthesia: " + op["anes"],
                 "EBL: " + op["ebl"], "Specimen: " + op["spec"], "Findings: " + op["find"], "Complications: none apparent", "Condition: stable to PACU", "", "-" + surg)
    if v == 3:
        # narrative dictation
        return J(D.hosphead(), D.hospid(), "", "%s" % D.name(1), "DOS: %s" % D.d(), "",
                 "The patient, a %d-year-old %s brought from %s with custody officers, was identified in the preoperative area and the operative site was marked. %s" % (D.age, D.mf, D.fac, steps), "",
                 "Findings were as follows: %s Estimated blood loss was %s. Specimens: %s. There were no complications." % (op["find"], op["ebl"], op["spec"]), "",
                 "I was present and scrubbed for the entire procedure.", "", D.sig(surg), D.ch(["DD: %s DT: %s" % (D.d(), D.d(off=1)), "cc: %s Medical Dept" % D.fac]))
    if v == 4:
        # template EHR with colons in columns
        return J("%-30s%s" % (D.hosp.upper(), "OP NOTE"), "-" * 60, "%-20s%s" % ("Name:", D.name(0)), "%-20s%s" % ("MRN:", D.mrn), "%-20s%s" % ("Date of Service:", D.d()),
                 "%-20s%s" % ("Case Type:", D.ch(["Elective", "Urgent", "Add-on"])), "%-20s%s" % ("Wound Class:", D.ch(["I - Clean", "II - Clean contaminated", "IV - Dirty"])),
                 "%-20s%s" % ("Procedure(s):", op["name"]), "%-20s%s" % ("Surgeon(s):", surg), "%-20s%s" % ("Anesthesia:", op["anes"]), "%-20s%s" % ("Indications:", op["pre"]),
                 "%-20s%s" % ("Findings:", op["find"]), "%-20s%s" % ("EBL:", op["ebl"]), "%-20s%s" % ("Specimens:", op["spec"]), "%-20s%s" % ("Implants:", D.ch(["None", "See implant log"])),
                 "", "Description:", steps, "", "Post-op plan: %s" % D.ch(["discharge to facility same day", "overnight observation", "follow up in surgery clinic 2 weeks"]), D.sig(surg))
    # 5: scanned op report with letterhead, procedure code
    return J(D.hosphead(), "Department of Surgery", "", D.name(1).upper(), "Date of operation: %s" % D.d(), "Attending: %s" % surg, "",
             "PROCEDURE PERFORMED", op["name"], "", "DIAGNOSIS", "Pre: %s / Post: %s" % (op["pre"], op["post"]), "",
             "ANESTHESIA: %s by %s" % (op["anes"], anes), "", "OPERATIVE FINDINGS", op["find"], "", "TECHNIQUE", steps, "",
             "ESTIMATED BLOOD LOSS: %s.  SPECIMEN: %s.  COUNTS: correct x2." % (op["ebl"], op["spec"]), "",
             "Patient returned to custody of %s officers after PACU discharge criteria met." % D.agency, "", surg)


def g_procedure_note(D):
    pr = D.ch(PROCS)
    if pr["ck"] in COND:
        D.ck = pr["ck"]
        D.c = COND[pr["ck"]]
    doc = D.prov("md" if pr["short"] != "I&D" else "any")
    v = D.ri(0, 5)
    if v == 0:
        return J(D.hosphead(), "", D.ch(["PROCEDURE NOTE", "PROCEDURE REPORT", pr["name"].upper()]), "", "Patient: %s   %s" % (D.name(0), D.hospid()), "Date: %s" % D.d(), "Performed by: %s" % doc, "",
                 "PROCEDURE: %s" % pr["name"], "INDICATION: %s" % pr["ind"], "SEDATION/ANESTHESIA: %s" % pr["sed"], "CONSENT: Written informed consent obtained.", "",
                 "DESCRIPTION: %s" % pr["body"], "", "FINDINGS: %s" % pr["find"], "", "IMPRESSION: %s" % pr["imp"], "", "COMPLICATIONS: None.", "EBL: %s" % D.ch(["minimal", "none", "< 5 mL"]), "", D.sig(doc))
    if v == 1:
        # endoscopy-center style
        return J(D.ch(["%s Endoscopy Center" % D.hosp_town, "%s GI Lab" % D.hosp, "Ambulatory Procedure Center"]), "%s  DOB %s  Acct %s" % (D.name(2), D.dob_s(), D.acct), "",
                 "Procedure: %s" % pr["name"], "Date: %s   Start %s" % (D.d(), D.t()), "Endoscopist/Operator: %s" % doc, "Referring: %s, %s" % (D.prov("any"), D.fac),
                 "Indications: %s" % pr["ind"], "Medications: %s" % pr["sed"], "ASA class: %s" % D.ch(["II", "II", "III"]), "",
                 "Procedure Details: %s" % pr["body"], "Findings:", "  - " + pr["find"].replace(". ", ".\n  - "), "Impression:", "  " + pr["imp"],
                 "Recommendations: %s" % D.ch(["Resume prior medications.", "Follow-up with referring provider.", "Await pathology; letter will be sent to facility."]), "", doc)
    if v == 2:
        # bedside brief note
        return J("%s  %s" % (D.d(), D.t()), "%s note" % D.ch(["Procedure", "Bedside procedure", pr["short"]]), "Pt: %s" % D.name(3), "",
                 "Procedure: %s" % pr["name"], "Indication: %s" % pr["ind"], "Time-out performed: yes", "Anesthesia: %s" % pr["sed"], pr["body"], "Result: %s" % pr["find"],
                 "Complications: none. Pt tolerated well.", "Plan: %s" % pr["imp"], "", doc)
    if v == 3:
        # jail clinic procedure (simple) using template
        return J(D.fachead(), "", "Clinic Procedure Record", D.ptid(), "Date: %s" % D.d(), "",
                 "Procedure: [X] %s" % pr["name"], "Consent signed: [X] Yes  [ ] Refused", "Pre-procedure vitals: " + D.vline(),
                 "Site/indication: %s" % pr["ind"], "Anesthetic: %s" % pr["sed"], "Narrative: %s" % pr["body"], "Findings: %s" % pr["find"],
                 "Post-procedure instructions given: %s" % D.ch(["yes, verbal and written", "yes"]), "F/U: %s" % pr["imp"], "", "Performed by: %s" % doc, "Assisted by: %s" % D.prov("rn"))
    if v == 4:
        # cath/EMG style report with data section
        return J(D.hosp, D.ch(["Cardiac Catheterization Laboratory", "Neurodiagnostics Lab", "Interventional Services", "Procedure Suite"]), "",
                 "NAME: %s   MRN: %s   AGE: %d   SEX: %s" % (D.name(0), D.mrn, D.age, D.sex), "STUDY DATE: %s" % D.d(), "REFERRED BY: %s (%s)" % (D.prov("any"), D.fac), "",
                 "STUDY: %s" % pr["name"], "CLINICAL HISTORY: %s" % pr["ind"], "", "TECHNIQUE:", pr["body"], "", "RESULTS:", pr["find"], "", "CONCLUSION:", pr["imp"], "", "Interpreted by: %s" % doc)
    # 5: narrative dictation
    return J(D.hosphead(), "", "%s, DOB %s" % (D.name(1), D.dob_s()), D.d(), "",
             "PROCEDURE PERFORMED: %s." % pr["name"], "",
             "The patient is a %d-year-old %s from %s with %s. After explanation of risks including bleeding, infection and need for further procedures, consent was obtained. %s %s" % (D.age, D.mf, D.fac, pr["ind"].lower(), pr["sed"] + " was used.", pr["body"]), "",
             "%s %s The patient tolerated the procedure without complications and was returned to custody staff in stable condition." % (pr["find"], pr["imp"]), "",
             D.sig(doc))


def g_lab_report(D):
    c = D.c
    panels = list(c["labs"]) or ["CBC"]
    if D.p(0.4):
        panels.append(D.ch(["CBC", "CMP", "LIPID", "QFT", "UDS", "A1C", "TSH"]))
    panels = list(dict.fromkeys(panels))[:3]
    coll = D.d()
    v = D.ri(0, 6)
    acc = "%s%d-%06d" % (D.ch(["", "L", "AC", "W"]), D.year % 100, D.ri(1, 999999))
    ordp = D.prov("any")
    if v == 0:
        out = [D.lab.upper(), "%d %s, %s, %s %s   CLIA #%dD%07d" % (D.ri(100, 999), D.ch(["Commerce Dr", "Research Blvd"]), D.ch(TOWNS), D.st, D.zip, D.ri(10, 99), D.ri(1, 9999999)),
               "", "Patient: %-30s DOB: %s  Sex: %s" % (D.name(0), D.dob_s(), D.sex), "Patient ID: %s    Accession: %s" % (D.idn, acc),
               "Client: %s MEDICAL" % D.fac.upper(), "Ordering: %s" % ordp, "Collected: %s %s   Received: %s   Reported: %s" % (coll, D.t(), D.d(off=1), D.d(off=D.ri(1, 4))), "",
               "%-32s %-14s %-5s %-12s %s" % ("TEST", "RESULT", "FLAG", "UNITS", "REFERENCE"), "-" * 78]
        for pn in panels:
            out.append(D.ch(PANEL_NAMES[pn]))
            for n, val, u, ref, fl in lab_rows(D, pn):
                out.append("  %-30s %-14s %-5s %-12s %s" % (n, val, fl, u, ref))
        out += ["", "*** END OF REPORT ***", "Laboratory Director: %s" % D.prov("md")]
        return J(*out)
    if v == 1:
        out = [D.ch(["FINAL REPORT", "CUMULATIVE REPORT", "Lab Results"]), D.lab, "", "%s | %s %s | DOB %s | Loc: %s" % (D.name(2), D.idlab, D.idn, D.dob_s(), D.fac), ""]
        for pn in panels:
            out.append("== %s ==  Spec: %s  Coll: %s" % (D.ch(PANEL_NAMES[pn]), D.ch(["Serum", "Whole blood", "Plasma", "Urine", "Wound"]) if pn != "CULT" else "Wound, L thigh", coll))
            for n, val, u, ref, fl in lab_rows(D, pn):
                out.append("%s: %s %s %s" % (n, val, u, ("[%s]" % fl if fl else "") + ("  (ref %s)" % ref if ref else "")))
            out.append("")
        out.append("Results reviewed by: %s   Date: %s   Action: %s" % (D.prov("any"), D.d(off=3), D.ch(["no change", "f/u CCC", "notify pt", "see order"])))
        return J(*out)
    if v == 2:
        # point-of-care / in-house form
        pn = D.ch(["UA", "FS", "PREG", "HGB"]) if D.p(0.7) else None
        ua = [("Color", "Yellow"), ("Clarity", D.ch(["Clear", "Cloudy"])), ("Sp. Gravity", D.ch(["1.010", "1.020", "1.025"])), ("pH", D.ch(["5.5", "6.0", "7.0"])),
              ("Protein", D.ch(["Neg", "Trace", "1+"])), ("Glucose", "2+" if D.ck == "dm2" else "Neg"), ("Ketones", "Neg"), ("Blood", D.ch(["Neg", "Trace"])), ("Nitrite", "Neg"), ("Leukocytes", D.ch(["Neg", "Small"]))]
        out = [D.fachead(), "", D.ch(["POINT OF CARE TESTING LOG", "In-House Lab Test Record", "Clinic Laboratory Results"]), D.ptid(), "Date: %s  Time: %s" % (coll, D.t()), ""]
        if pn == "UA" or pn is None:
            out.append("Urinalysis (dipstick, lot #%s exp %s):" % (D.ri(10000, 99999), D.d(off=300)))
            out += ["  %-14s %s" % x for x in ua]
        if pn == "FS":
            out += ["Fingerstick glucose:"] + ["  %s %s  %d mg/dL  %s" % (D.d(off=i // 2), D.ch(["AC", "HS"]) if i % 2 else "AC breakfast", D.ri(140, 290) if D.ck == "dm2" else D.ri(80, 130), D.ch(["", "covered per SSI", ""])) for i in range(D.ri(4, 8))]
        if pn == "PREG":
            out.append("Urine hCG: %s  (control valid)" % D.ch(["Negative", "Negative", "Positive"]))
        if pn == "HGB":
            out.append("Hemoglobin (HemoCue): %.1f g/dL" % D.r.uniform(10.5, 15.5))
        out += ["", "Performed by: %s" % D.prov("rn"), "Provider notified: %s" % D.ch(["N/A", "yes", "results within normal limits"])]
        return J(*out)
    if v == 3:
        # micro or serology single
        pn = D.ch(["CULT", "QFT", "HCV", "HIV"])
        rows = lab_rows(D, pn)
        out = [D.lab, D.ch(["MICROBIOLOGY / SEROLOGY", "Infectious Disease Serology", "FINAL"]), "", "Name: %s  DOB: %s" % (D.name(1), D.dob_s()), "Facility: %s   Acc#: %s" % (D.fac, acc),
               "Collected: %s   Final: %s" % (coll, D.d(off=D.ri(2, 6))), "Test: %s" % D.ch(PANEL_NAMES[pn]), ""]
        if pn == "CULT":
            out += ["Gram stain: Many PMNs. Many gram positive cocci in clusters.", "Culture: %s" % rows[0][1], "", "SUSCEPTIBILITY (MIC, ug/mL):"]
            out += ["  %-22s %s" % (n, val) for n, val, u, ref, fl in rows[1:]]
            out.append("Oxacillin resistant S. aureus (MRSA). Contact precautions recommended.")
        else:
            out += ["  %-30s %s %s   Ref: %s %s" % (n, val, u, ref, fl) for n, val, u, ref, fl in rows]
            out.append(D.ch(["Confidential result - disclose per state law.", "Results called to facility nurse %s at %s." % (D.prov("rn"), D.t()), ""]))
        out.append("Verified by: %s, MLS(ASCP)" % " ".join(rnd_name(D.r)))
        return J(*out)
    if v == 4:
        # hospital lab printout compact
        out = ["%s LABORATORY" % D.hosp.upper(), "%s  %s  %s/%s" % (D.name(0), D.hospid(), D.age, D.sex), "Ordered by %s  -  ED/Inpt" % D.prov("md"), ""]
        for pn in panels:
            rows = lab_rows(D, pn)
            out.append("%s  %s %s" % (D.ch(PANEL_NAMES[pn]), coll, D.t()))
            out.append("  " + "  ".join("%s %s%s" % (n.split(",")[0], val, "*" + fl if fl else "") for n, val, u, ref, fl in rows))
        out += ["", "* = abnormal   L=low  H=high  A=abnormal", "Page 1 of 1"]
        return J(*out)
    if v == 5:
        # results letter/notification combined with values (flowsheet)
        pn = panels[0]
        rows = lab_rows(D, pn)
        dates = [D.d(off=-90 * i) for i in (2, 1, 0)]
        out = [D.fac + " - Lab Flowsheet", D.ptid(), "", "%-26s %12s %12s %12s" % ("Test", dates[0], dates[1], dates[2])]
        for n, val, u, ref, fl in rows:
            try:
                fv = float(str(val).replace(",", ""))
                prev = ["%.1f" % (fv * D.r.uniform(0.85, 1.2)) for _ in range(2)]
            except ValueError:
                prev = [str(val), str(val)]
            out.append("%-26s %12s %12s %12s" % (n[:26], prev[0], prev[1], "%s%s" % (val, fl)))
        out += ["", "Source: %s" % D.lab]
        return J(*out)
    # 6: requisition + result, faxed
    out = ["LAB REQUISITION / RESULT", "Bill to: %s (client acct %d)" % (D.vendor, D.ri(1000, 9999)), "Patient: %s   Sex %s   DOB %s" % (D.name(3), D.sex, D.dob_s()),
           "ID: %s   Collected at: %s" % (D.idn, D.fac), "Dx code(s): %s" % c["icd"], "Tests ordered: %s" % ", ".join(D.ch(PANEL_NAMES[p]) for p in panels), "Fasting: %s" % D.ch(["Y", "N"]), "", "RESULTS"]
    for pn in panels:
        for n, val, u, ref, fl in lab_rows(D, pn):
            out.append("%s ..... %s %s %s" % (n, val, u, "<-- %s" % fl if fl else ""))
    out += ["", "Phlebotomist: %s" % D.ch(["KM", "T. %s" % D.ch(STAFF_L), "jr"])]
    return J(*out)


IMG = {
    "ltbi": ("XR CHEST PA AND LATERAL", "TB screening; positive TST/IGRA", "PA and lateral views of the chest.", "The lungs are clear. No focal consolidation, cavitation, effusion or pneumothorax. No hilar or mediastinal adenopathy. Heart size normal. Osseous structures intact.", "No radiographic evidence of active tuberculosis."),
    "copd": ("CHEST 2 VIEWS", "COPD exacerbation, dyspnea", "PA and lateral.", "Lungs are hyperinflated with flattening of the hemidiaphragms. No focal airspace disease. No effusion. Cardiomediastinal silhouette within normal limits.", "Hyperinflation consistent with COPD. No acute process."),
    "handfx": ("XR HAND RIGHT 3+ VIEWS", "Punched wall, pain 5th MC", "Three views of the right hand.", "There is a transverse fracture of the fifth metacarpal neck with approximately 40 degrees of volar apex angulation. No intra-articular extension. Soft tissue swelling. Remaining osseous structures intact.", "Acute fifth metacarpal neck (boxer's) fracture with volar angulation."),
    "appy": ("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "RLQ pain, leukocytosis", "Axial CT images of the abdomen and pelvis following 100 mL Omnipaque 350 IV. Coronal and sagittal reformats.", "The appendix is dilated to 13 mm with wall thickening, periappendiceal fat stranding and an appendicolith at its base. No abscess or free air. Liver, spleen, pancreas, adrenals and kidneys unremarkable. No bowel obstruction.", "Acute uncomplicated appendicitis with appendicolith."),
    "seizure": ("CT HEAD WITHOUT CONTRAST", "Seizure, fall, head strike", "Axial noncontrast images of the head.", "No intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation preserved. Ventricles normal in size. Small left frontal scalp hematoma. Calvarium intact.", "No acute intracranial abnormality. Left frontal scalp hematoma."),
    "hcv": ("US ABDOMEN LIMITED (RUQ) WITH ELASTOGRAPHY", "Chronic hepatitis C, fibrosis staging", "Grayscale and Doppler ultrasound of the right upper quadrant. Shear wave elastography of the liver.", "Liver measures 16.2 cm with mildly coarsened echotexture and smooth contour. No focal lesion. Median liver stiffness 8.9 kPa (IQR/M 12%). Portal vein patent with hepatopetal flow. Gallbladder normal. CBD 4 mm. Spleen 11.8 cm.", "Mildly coarsened liver. Elastography suggests F2 fibrosis. No focal hepatic lesion."),
    "chestpain": ("TRANSTHORACIC ECHOCARDIOGRAM", "Chest pain, evaluate LV function", "2D, M-mode, color and spectral Doppler. Image quality adequate.", "LV size normal. LVEF estimated 55-60%. No regional wall motion abnormalities. Grade I diastolic dysfunction. RV size and function normal. No significant valvular disease. No pericardial effusion. IVC normal with >50% collapse.", "Normal LV systolic function, EF 55-60%. No wall motion abnormality."),
    "lbp": ("MRI LUMBAR SPINE WITHOUT CONTRAST", "Low back pain with left radiculopathy, failed 6 weeks conservative therapy", "Sagittal T1, T2, STIR and axial T1, T2 images.", "Alignment normal. Vertebral body heights maintained. L4-5: mild disc bulge without stenosis. L5-S1: left paracentral disc extrusion measuring 7 mm contacting and posteriorly displacing the descending left S1 nerve root. Mild left foraminal narrowing. Conus terminates at L1.", "L5-S1 left paracentral disc extrusion with impingement of the left S1 nerve root."),
    "abscess": ("US SOFT TISSUE LEFT THIGH", "Swelling, rule out abscess", "Grayscale and color Doppler images of the area of concern.", "There is a 4.3 x 2.1 x 3.8 cm complex hypoechoic fluid collection in the subcutaneous tissues with peripheral hyperemia and surrounding cobblestoning. No deep extension.", "Subcutaneous abscess of the left thigh."),
    "asthma": ("XR CHEST 1 VIEW PORTABLE", "Wheezing, shortness of breath", "Single AP portable view.", "Mild peribronchial cuffing. No focal consolidation or pneumothorax. Heart size normal.", "Mild bronchial wall thickening which may reflect reactive airways disease. No pneumonia."),
}


def g_imaging_report(D):
    D.setcond(list(IMG.keys()))
    ex, hist, tech, find, imp = IMG[D.ck]
    rad = D.prov("md")
    acc = "%s%d" % (D.ch(["RAD", "IMG", "", "XR"]), D.ri(1000000, 9999999))
    v = D.ri(0, 6)
    if v == 0:
        return J(D.hosphead(), "Department of Radiology", "", "PATIENT: %s   DOB: %s   %s" % (D.name(0), D.dob_s(), D.hospid()), "EXAM: %s" % ex, "EXAM DATE: %s %s   ACCESSION: %s" % (D.d(), D.t(), acc),
                 "ORDERING: %s" % D.prov("any"), "", "CLINICAL HISTORY: %s" % hist, "", "TECHNIQUE: %s" % tech, "", "COMPARISON: %s" % D.ch(["None.", "None available.", "Prior study %s." % D.d(off=-D.ri(200, 900))]), "",
                 "FINDINGS:", find, "", "IMPRESSION:", "1. " + imp, "", D.sig(rad))
    if v == 1:
        # mobile x-ray vendor
        return J(D.ch(["MOBILEX DIAGNOSTIC SERVICES", "Portable Imaging Partners, Inc.", "On-Site X-Ray of %s" % D.st]), "Serving correctional facilities  -  Ph %s" % D.phone, "",
                 "Facility: %s" % D.fac, "Patient: %s   %s %s   DOB %s" % (D.name(2), D.idlab, D.idn, D.dob_s()), "Date of service: %s   Technologist: %s" % (D.d(), D.ch(["RT(R) ", "R.T. "]) + D.ch(STAFF_L)),
                 "Exam: %s" % ex, "Reason: %s" % hist, "", "Report:", find, "", "Conclusion: %s" % imp, "", "Radiologist: %s" % rad, "Transmitted %s" % D.d(off=1))
    if v == 2:
        # short
        return J("%s   %s" % (ex, D.d()), "%s  #%s" % (D.name(3), D.idn), "Indication: %s" % hist, "Findings/Impression: %s %s" % (find.split(". ")[0] + ".", imp), "Read by %s" % rad)
    if v == 3:
        # echo with measurements if chestpain else formal with numbered findings
        if D.ck == "chestpain":
            return J(D.hosp, "ECHOCARDIOGRAPHY LABORATORY", "", "Name: %s  MRN: %s  DOB: %s" % (D.name(0), D.mrn, D.dob_s()), "Study: Transthoracic Echo, complete   Date: %s" % D.d(),
                     "Height: %d in  Weight: %d lb  BSA: %.2f m2  BP: %s  HR: %d" % (D.ri(62, 75), D.ri(140, 250), D.r.uniform(1.7, 2.3), D.vitals()["bp"], D.ri(60, 90)), "Indication: %s" % hist, "",
                     "MEASUREMENTS", "  LVIDd %.1f cm   LVIDs %.1f cm   IVSd %.1f cm   LVPWd %.1f cm" % (D.r.uniform(4.2, 5.4), D.r.uniform(2.6, 3.6), D.r.uniform(0.8, 1.2), D.r.uniform(0.8, 1.1)),
                     "  LA %.1f cm   Ao root %.1f cm   E/A %.1f   E/e' %d   TAPSE %.1f cm" % (D.r.uniform(3.0, 4.0), D.r.uniform(2.8, 3.5), D.r.uniform(0.7, 1.4), D.ri(6, 12), D.r.uniform(1.8, 2.6)),
                     "", "FINDINGS", find, "", "CONCLUSIONS", imp, "", "Interpreting cardiologist: %s" % rad)
        return J(D.hosphead(), "", "RADIOLOGY REPORT", "%s | %s | %s" % (D.name(2), D.mrn, D.d()), "Procedure: %s" % ex, "Reason for exam: %s" % hist, "",
                 "Findings:", "\n".join("  %s." % s.strip(".") for s in find.split(". ") if s), "", "Impression: %s" % imp, "", "Dictated by: %s  %s" % (rad, D.t()))
    if v == 4:
        # teleradiology
        return J(D.ch(["NightHawk-style Teleradiology Group", "Virtual Radiology Associates", "RadPartners Teleread"]), "PRELIMINARY / FINAL REPORT", "",
                 "Pt: %s  Age %d %s  Site: %s" % (D.name(1), D.age, D.sex, D.ch([D.fac + " infirmary", D.hosp + " ED"])), "Exam: %s  Accession %s" % (ex, acc), "History: %s" % hist, "",
                 "FINDINGS: " + find, "IMPRESSION: " + imp, "", D.ch(["Critical result communicated to %s at %s." % (D.prov("any"), D.t()), "No critical findings.", ""]), "Electronically signed %s" % rad)
    if v == 5:
        # TB screening CXR register style
        return J(D.fachead(), "", D.ch(["Chest X-Ray Report - TB Screening Program", "Radiology Result"]), D.ptid(), "", "Date taken: %s   Date read: %s" % (D.d(), D.d(off=D.ri(1, 3))),
                 "View(s): %s" % D.ch(["PA", "PA/LAT", "AP"]), "Exam: %s" % ex, "Reason: %s" % hist, "", "Interpretation: %s" % find, "Result: %s" % imp,
                 "[%s] Normal  [%s] Abnormal - see report" % ("X" if "No " in imp[:3] else " ", " " if "No " in imp[:3] else "X"), "", "Radiologist: %s" % rad, "Reviewed by facility provider: %s" % D.prov("any"))
    # 6: addendum
    return J(D.hosphead(), "", "EXAM: %s" % ex, "Patient: %s (%s)" % (D.name(0), D.dob_s()), "Date: %s" % D.d(), "", "HISTORY: " + hist, "TECHNIQUE: " + tech, "FINDINGS: " + find, "IMPRESSION: " + imp, "",
             "ADDENDUM (%s): %s" % (D.d(off=1), D.ch(["Comparison with outside films from %s obtained; no change." % D.ch(HOSPITALS), "Findings discussed with ordering provider by phone.", "Correction: laterality confirmed as stated."])),
             "", rad)


PATH_EXTRA = [
    ("Skin, left forearm, shave biopsy", "Seborrheic keratosis, irritated. No atypia.", "Received in formalin is a tan-brown shave of skin measuring 0.7 x 0.5 x 0.2 cm. Inked, bisected and entirely submitted in A1."),
    ("Colon, sigmoid, polypectomy", "Tubular adenoma. Negative for high-grade dysplasia.", "Received in formalin is a single tan polypoid fragment measuring 0.6 cm. Entirely submitted in A1."),
    ("Liver, core needle biopsy", "Chronic hepatitis, grade 2, stage 2 (Batts-Ludwig), consistent with hepatitis C. Mild macrovesicular steatosis (10%). Iron stain negative.", "Received in formalin are two tan cores measuring 1.6 and 1.2 cm. Entirely submitted in A1. Trichrome and iron stains performed."),
    ("Lymph node, right axilla, excisional biopsy", "Reactive follicular hyperplasia. No evidence of lymphoma. Flow cytometry: no monoclonal B-cell population.", "Received fresh is a 2.1 x 1.4 x 1.0 cm tan lymph node. Portions sent for flow cytometry; remainder submitted in A1-A3."),
    ("Stomach, antrum, biopsy", "Chronic active gastritis with Helicobacter pylori organisms identified on immunostain.", "Received in formalin are 3 tan fragments ranging 0.2-0.3 cm, entirely submitted in A1."),
]


def g_pathology_report(D):
    choices = [o["path"] for o in OPS if o["path"]] + PATH_EXTRA
    site, dx, gross = D.ch(choices)
    pa = D.prov("md")
    acc = "%s%d-%05d" % (D.ch(["S", "SP", "SG"]), D.year % 100, D.ri(1, 99999))
    v = D.ri(0, 5)
    if "Pap" in site:
        v = 0
    if v == 0:
        return J(D.hosphead(), "Department of Pathology and Laboratory Medicine", "", "SURGICAL PATHOLOGY REPORT" if D.p(0.6) else "Pathology Report", "",
                 "Patient: %s   DOB: %s   Sex: %s" % (D.name(0), D.dob_s(), D.sex), "Accession #: %s   %s" % (acc, D.hospid()), "Collected: %s   Received: %s   Signed out: %s" % (D.d(), D.d(), D.d(off=D.ri(2, 5))),
                 "Submitting physician: %s" % D.prov("md"), "", "FINAL DIAGNOSIS:", "%s:" % site, "  - " + dx.replace(". ", ".\n  - "), "", "CLINICAL HISTORY: %s" % D.ch(["As above.", "Per requisition.", site.split(",")[0] + " lesion."]),
                 "", "GROSS DESCRIPTION:", gross, "", "MICROSCOPIC DESCRIPTION: %s" % D.ch(["Microscopic examination performed; findings support the above diagnosis.", "Sections show features as described in the diagnosis."]),
                 "", "I have personally reviewed the slides and rendered the diagnosis.", D.sig(pa))
    if v == 1:
        return J(D.ch(["Lakeside Pathology Associates, P.C.", "Regional Dermatopathology & Surgical Pathology", "%s Pathology Group" % D.hosp_town]), "", "Acc: %s" % acc,
                 "%s | DOB %s | Client: %s" % (D.name(2), D.dob_s(), D.ch([D.fac, D.hosp])), "Date of procedure: %s" % D.d(), "",
                 "DIAGNOSIS", "A. %s: %s" % (site.upper(), dx), "", "GROSS", "A. " + gross, "", "Electronically signed out by %s on %s" % (pa, D.d(off=3)))
    if v == 2:
        return J("PATHOLOGY", "%s  %s" % (D.name(3), D.d()), "Specimen: %s" % site, "Dx: %s" % dx, "Pathologist: %s" % pa)
    if v == 3:
        # with comment and CPT coding
        return J(D.hosp.upper() + " - ANATOMIC PATHOLOGY", "-" * 55, "NAME: %s  MRN: %s" % (D.name(0), D.mrn), "CASE: %s   SPECIMEN DATE: %s" % (acc, D.d()), "",
                 "Specimen(s) received:", "  1. %s" % site, "", "Diagnosis:", "  1. %s" % dx, "", "Comment: %s" % D.ch(["Clinical correlation recommended.", "Findings discussed with Dr. %s on %s." % (D.ch(STAFF_L), D.d(off=2)), "No malignancy identified."]),
                 "", "Gross: " + gross, "", "CPT: 88305 x1", "Pathologist: " + pa)
    if v == 4:
        # received copy at facility with stamp
        return J(D.ch(["RECEIVED", "REC'D MEDICAL"]) + "  %s  %s" % (D.fac.upper(), D.d(off=7)), "", D.hosphead(), "Surgical Pathology - Final", "",
                 "Patient Name: %s" % D.name(1), "DOB: %s" % D.dob_s(), "Path #: %s" % acc, "", "Final Pathologic Diagnosis:", dx, "", "Specimen: %s" % site,
                 "Gross Description: %s" % gross, "", pa, "", "Reviewed by: ____________ (facility provider)  Date: ______")
    # 5: synoptic-ish / numbered
    return J(D.hosphead(), "", "Path Report  %s" % acc, "Patient: %s   Age/Sex: %d/%s" % (D.name(2), D.age, D.sex), "",
             "SPECIMEN: %s" % site, "PROCEDURE DATE: %s" % D.d(), "PRE-OP DX: %s" % D.ch(["see history", "r/o malignancy", "inflammation"]), "",
             "MICROSCOPIC: Sections examined. %s" % dx, "GROSS: %s" % gross, "DIAGNOSIS: %s" % dx.split(".")[0] + ".", "", D.sig(pa))


def g_medication_list(D):
    c = D.c
    meds = list(c["meds"])
    if D.p(0.5):
        meds.append(D.ch([("Omeprazole", "20 mg", "PO", "daily"), ("Acetaminophen", "500 mg", "PO", "q6h PRN"), ("Loratadine", "10 mg", "PO", "daily"), ("Docusate", "100 mg", "PO", "BID PRN"), ("Nicotine patch", "14 mg", "TD", "daily")]))
    v = D.ri(0, 6)
    month = D.date.replace(day=1)
    if v == 0:
        # MAR grid
        days = D.ri(10, 31)
        out = [D.fachead(), "", D.ch(["MEDICATION ADMINISTRATION RECORD", "M.A.R.", "Monthly MAR"]) + "   %s" % month.strftime("%B %Y"), D.ptid(), "Allergies: %s   Diagnosis: %s" % (D.allergy, c["dx"]), "",
               "%-42s %-5s %s" % ("Medication / Dose / Route / Freq", "Time", " ".join("%2d" % i for i in range(1, days + 1)))]
        for m in meds:
            times = ["0800", "2000"] if "BID" in m[3] else (["2100"] if "bedtime" in m[3] else ["0800"])
            for tm in times:
                marks = []
                for _ in range(days):
                    marks.append(D.r.choices(["%2s" % "".join(D.sample("ABCDEFGHJKLMNPRSTW", 2)), " R", " N", "NS", " H"], [90, 4, 2, 2, 2])[0])
                out.append("%-42s %-5s %s" % (D.medline(m, 0)[:42], tm, " ".join(marks)))
            out.append("   Start %s  Stop %s  Prescriber %s  %s" % (D.d(off=-D.ri(5, 60)), D.d(off=D.ri(30, 180)), D.prov("any").split(",")[0], D.ch(["DOT", "KOP", "DOT - crush & float", "Watch-take"])))
        out += ["", "Codes: R=refused  N=no show  NS=not given/no stock  H=hold/off-site   (initials = given)", "Nurse signatures/initials: %s" % "; ".join("%s %s" % (" ".join(rnd_name(D.r)), D.ch(["RN", "LPN"])) for _ in range(3))]
        return J(*out)
    if v == 1:
        # intake medication verification
        out = [D.fac, D.ch(["Medication Verification - Intake", "Receiving Medication Reconciliation", "Home Medication Verification Form"]), D.ptid(), "Booking date: %s" % D.d(), "",
               "Source of information: %s" % D.ch(["patient report", "pill bottles brought at booking", "community pharmacy by phone", "prescription monitoring database"]),
               "Community pharmacy: %s Pharmacy, %s  Ph %s" % (D.ch(["Main Street", "Corner Drug", "Value Rx", "Medi-Mart"]), D.ch(TOWNS), "(%d) 555-01%02d" % (D.ri(201, 989), D.ri(0, 99))), "",
               "%-34s %-14s %-10s %-10s %s" % ("Medication", "Dose", "Freq", "Verified?", "Action")]
        for m in meds:
            out.append("%-34s %-14s %-10s %-10s %s" % (m[0], m[1], m[3][:10], D.ch(["Y", "Y", "N"]), D.ch(["Continue", "Continue", "Formulary sub", "Hold - MD review", "Bridge order"])))
        out += ["", "Last dose taken: %s" % D.ch(["yesterday AM", "2 days ago", "unknown", "this morning"]), "Reviewed with provider: %s  %s" % (D.prov("any"), D.d()), "Nurse: %s" % D.prov("rn")]
        return J(*out)
    if v == 2:
        # pharmacy active profile printout
        out = [D.pharm.upper(), "ACTIVE MEDICATION PROFILE", "Printed: %s %s" % (D.d(), D.t()), "", "Facility: %s   Housing: %s" % (D.fac, D.housing), "Patient: %s   ID: %s   DOB: %s" % (D.name(0), D.idn, D.dob_s()),
               "Allergies: %s" % D.allergy, "", "%-8s %-40s %-12s %-10s %s" % ("Rx#", "Drug/Sig", "Start", "Stop", "Type")]
        for m in meds:
            out.append("%-8d %-40s %-12s %-10s %s" % (D.ri(1000000, 9999999) % 10000000, ("%s %s %s" % (m[0], m[1], m[3]))[:40], D.d(off=-D.ri(1, 90)), D.d(off=D.ri(30, 180)), D.ch(["DOT", "KOP", "KOP", "DOT"])))
        out += ["", "Total active: %d" % len(meds), "*** Non-formulary items require prior approval ***"]
        return J(*out)
    if v == 3:
        # KOP medication list / card
        out = [D.ch(["KEEP ON PERSON (KOP) MEDICATION RECORD", "Self-Administered Medication List", "KOP Program - Inmate Medication Card"]), D.fac, "", "Inmate: %s  #%s  Cell: %s" % (D.name(2), D.idn, D.housing), ""]
        for m in meds:
            out.append("[ ] %s %s - %s  Qty: %d  Issued: %s  by %s" % (m[0], m[1], m[3], D.ch([14, 30, 60, 1]), D.d(), D.ch(["RN", "LPN"]) + " " + D.ch(STAFF_L)))
        out += ["", "Inmate is responsible for medications issued. Lost meds are not replaced without review. Meds are subject to cell search and pill count.", "Inmate signature: ____________________   Nurse: %s" % D.prov("rn")]
        return J(*out)
    if v == 4:
        # discharge/transfer reconciliation
        out = [D.hosp if D.p(0.5) else D.fac, "Medication Reconciliation", "%s  DOB %s" % (D.name(1), D.dob_s()), "Date: %s   Reason: %s" % (D.d(), D.ch(["return from hospital", "transfer", "release", "admission"])), "",
               "Medication                         Prior   Now    Comment"]
        for m in meds:
            out.append("%-34s %-7s %-6s %s" % (("%s %s" % (m[0], m[1]))[:34], D.ch(["Yes", "Yes", "No"]), D.ch(["Cont", "Cont", "New", "Chg"]), D.ch(["", "per hospital", "dose change", "formulary"])))
        out.append("%-34s %-7s %-6s %s" % ("Ibuprofen 800 mg", "Yes", "D/C", "stopped"))
        out += ["", "Reconciled by: %s" % D.prov(D.ch(["rn", "mid", "md"])), "Verified with: %s" % D.ch(["MAR", "hospital d/c summary", "patient"])]
        return J(*out)
    if v == 5:
        # simple list
        out = ["Current Medications - %s" % D.name(3), "as of %s" % D.d(), ""]
        out += ["%d. %s" % (i, D.medline(m)) for i, m in enumerate(meds, 1)]
        out += ["", "Allergies: " + D.allergy]
        return J(*out)
    # 6: EHR med list with indications
    out = ["%s | Medications" % D.vendor, "%s %s | %s" % (D.name(0), D.idn, D.fac), ""]
    for m in meds:
        out.append("%s\n   Sig: %s %s %s\n   Indication: %s   Admin: %s   Exp: %s" % (m[0], m[1], m[2], m[3], c["dx"] if m == meds[0] else D.ch(["as directed", c["ab"], "symptom relief"]), D.ch(["Pill line", "KOP"]), D.d(off=D.ri(14, 180))))
    out += ["", "Discontinued (last 90 days): %s" % D.ch(["none", "Ibuprofen 600 mg", "Diphenhydramine 25 mg"])]
    return J(*out)


def g_prescription(D):
    c = D.c
    m = D.ch(c["meds"])
    pr = D.prov(D.ch(["md", "mid"]))
    qty = D.ch([14, 20, 28, 30, 60, 90])
    dea = "%s%s%07d" % (D.ch("ABFM"), D.last[0], D.ri(1, 9999999))
    v = D.ri(0, 5)
    if v == 0:
        return J(pr.split(",")[0].replace("Dr. ", ""), "%s" % D.ch(["Medical Director", "Staff Physician", "Correctional Medicine"]), "%s   %s" % (D.fac, D.addr), "Ph %s   DEA %s   NPI %d" % (D.phone, dea, D.ri(1000000000, 1999999999)), "",
                 "Name: %s    DOB: %s" % (D.name(1), D.dob_s()), "Address: %s (in custody)" % D.fac, "Date: %s" % D.d(), "", "Rx", "%s %s" % (m[0], m[1]),
                 "Sig: %s %s %s" % (D.ch(["1 tab", "take 1", "use"]), m[2], m[3]), "Disp: #%d (%s)" % (qty, ["zero", "one", "two", "three"][min(3, qty // 30)] if D.p(0.5) else str(qty)), "Refills: %d" % D.ri(0, 3),
                 "[ ] Dispense as written   [X] Substitution permitted", "", "_____________________  %s" % pr)
    if v == 1:
        # pharmacy order sheet for contracted pharmacy
        out = [D.pharm, D.ch(["PHYSICIAN ORDER / PHARMACY REQUEST", "Rx Order Form - Fax to pharmacy", "PRESCRIBER ORDER SHEET"]), "Fax: %s" % D.fax, "",
               "Facility: %s   Acct #%d" % (D.fac, D.ri(100, 9999)), "Patient: %s   %s %s   Housing %s" % (D.name(0), D.idlab, D.idn, D.housing), "DOB %s   Allergies: %s" % (D.dob_s(), D.allergy), ""]
        for mm in D.sample(c["meds"], D.ri(1, len(c["meds"]))):
            out.append("%s %s  Sig: %s %s   Qty %d  x %d days  [%s] DOT [%s] KOP" % (mm[0], mm[1], mm[2], mm[3], D.ch([30, 60]), D.ch([30, 30, 90]), D.ch(["X", " "]), D.ch([" ", "X"])))
        out += ["", "Stop date: %s" % D.d(off=D.ri(30, 180)), "Prescriber: %s   Date/Time: %s %s" % (pr, D.d(), D.t()), "Nurse noting order: %s" % D.prov("rn")]
        return J(*out)
    if v == 2:
        # release bridge prescription / e-Rx
        return J("e-Prescription", "Transmitted to: %s Pharmacy #%d, %s, %s" % (D.ch(["Value Rx", "Community Health Pharmacy", "Neighborhood Drug"]), D.ri(100, 9999), D.ch(TOWNS), D.st), "", "Prescriber: %s  (NPI %d)" % (pr, D.ri(1000000000, 1999999999)),
                 "Practice: %s Release Planning" % D.fac, "", "Patient: %s  DOB %s" % (D.name(2), D.dob_s()), "Patient address: %s" % D.ch(["%d %s St, %s" % (D.ri(10, 9000), D.ch(LAST), D.ch(TOWNS)), "Homeless / shelter"]), "",
                 "Medication: %s %s" % (m[0], m[1]), "Directions: %s %s" % (m[2], m[3]), "Quantity: %d   Days supply: %d   Refills: %d" % (qty, qty, D.ri(0, 2)), "Note to pharmacist: %s" % D.ch(["Released from custody %s; bridge supply." % D.d(), "Patient to pay with Medicaid - pending.", "None"]),
                 "", "Sent %s %s" % (D.d(), D.t()))
    if v == 3:
        # hospital discharge Rx with controlled substance
        m2 = ("Oxycodone/acetaminophen", "5/325 mg", "PO", "q6h PRN pain") if D.p(0.4) else m
        return J(D.hosp, "%d Medical Pkwy  %s, %s" % (D.ri(100, 4000), D.hosp_town, D.st), "", "For: %s" % D.name(1), "Address: c/o %s" % D.fac, "Date: %s   Age: %d" % (D.d(), D.age), "",
                 "R", "  %s %s" % (m2[0], m2[1]), "  Sig: 1 %s %s" % (m2[2], m2[3]), "  #%s (%s)" % (D.ch(["12", "20", "30"]), D.ch(["twelve", "twenty", "thirty"])), "  No refills", "",
                 "Prescriber: %s   DEA: %s" % (pr, dea), "Void if altered. Tamper-resistant security paper.")
    if v == 4:
        # short Rx
        return J("Rx  %s" % D.d(), D.name(3) + " #" + D.idn, "%s %s %s %s x %d days" % (m[0], m[1], m[2], m[3], D.ch([7, 10, 14, 30, 90])), "RF %d" % D.ri(0, 5), pr)
    # 5: non-controlled with multiple items, vendor letterhead
    out = [D.vendor, "Prescription", "Patient: %s   DOB: %s   Facility: %s" % (D.name(0), D.dob_s(), D.fac), "Date: %s" % D.d(), ""]
    for i, mm in enumerate(c["meds"], 1):
        out.append("%d) %s %s - %s %s, #%d, RF x%d" % (i, mm[0], mm[1], mm[2], mm[3], D.ch([30, 60, 90]), D.ri(0, 3)))
    out += ["", "Dx: %s (%s)" % (c["dx"], c["icd"]), "Signature: %s" % pr]
    return J(*out)


def g_anesthesia_record(D):
    op = D.ch(OPS)
    if op["ck"] in COND:
        D.ck = op["ck"]
        D.c = COND[op["ck"]]
    an = D.prov("md")
    crna = "%s %s, CRNA" % rnd_name(D.r)
    asa = D.ch(["I", "II", "II", "III"])
    v = D.ri(0, 5)
    gen = "General" in op["anes"]
    if v == 0:
        # intraop record grid
        out = [D.hosp, D.ch(["ANESTHESIA RECORD", "Intraoperative Anesthesia Record", "ANES REC"]), "Pt: %s  %s  Age %d  Wt %d kg  Ht %d cm" % (D.name(0), D.mrn, D.age, D.ri(60, 115), D.ri(155, 192)),
               "Date: %s   OR #%d   Procedure: %s" % (D.d(), D.ri(1, 14), op["name"]), "Surgeon: %s   Anesthesia: %s / %s" % (D.prov("md"), an, crna), "ASA %s   NPO since %s   Allergies: %s" % (asa, D.ch(["midnight", "2200", "0400"]), D.allergy), "",
               "Anes start %s  Induction %s  Incision  %s  End %s" % (D.t(), D.t(), D.t(), D.t()), "Technique: %s" % op["anes"],
               "Airway: %s" % (D.ch(["ETT 7.5 cuffed, grade I view, MAC 3, atraumatic", "LMA #4, easy", "ETT 7.0 via videolaryngoscope"]) if gen else "Natural airway, NC O2 2 L"), "", "TIME   HR   BP        SpO2  EtCO2  Temp"]
        hr = D.ri(70, 95)
        for i in range(D.ri(6, 12)):
            out.append("%02d:%02d  %-4d %-9s %-5d %-6s %.1f" % (8 + i // 4, (i % 4) * 15, hr + D.ri(-10, 10), "%d/%d" % (D.ri(100, 140), D.ri(55, 85)), D.ri(97, 100), str(D.ri(33, 40)) if gen else "--", D.r.uniform(35.9, 36.9)))
        out += ["", "Medications: %s" % ", ".join(D.sample(["propofol 200 mg", "fentanyl 100 mcg", "rocuronium 50 mg", "midazolam 2 mg", "ondansetron 4 mg", "dexamethasone 8 mg", "cefazolin 2 g", "ketorolac 30 mg", "sugammadex 200 mg", "lidocaine 60 mg"], D.ri(4, 8))),
                "Fluids: LR %d mL   EBL: %s   UOP: --" % (D.ri(500, 1500), op["ebl"]), "Lines: PIV x%d" % D.ri(1, 2), "To PACU at %s, stable, %s" % (D.t(), D.ch(["extubated", "LMA removed", "spontaneous respirations"])), "", an]
        return J(*out)
    if v == 1:
        # pre-anesthesia eval
        return J(D.hosphead(), "", D.ch(["PRE-ANESTHESIA EVALUATION", "Pre-Anesthetic Assessment", "Anesthesia Pre-op Evaluation"]), "", "Patient: %s   DOB: %s" % (D.name(1), D.dob_s()), "Planned procedure: %s" % op["name"], "Date: %s" % D.d(), "",
                 "PMH: %s" % ", ".join(x[0] for x in D.dxs()), "PSH: %s" % D.ch(["none", "tonsillectomy", "ORIF ankle"]), "Prior anesthesia complications: %s" % D.ch(["none", "PONV", "none known"]),
                 "Meds: %s" % ", ".join(m[0] for m in D.c["meds"]), "Allergies: %s" % D.allergy, "Substance: %s" % D.ch(["tobacco 1 ppd", "methamphetamine - last use >30 days (incarcerated)", "denies"]),
                 "Airway: Mallampati %s, TMD >3 FB, MO adequate, %s" % (D.ch(["I", "II", "III"]), D.ch(["full dentition", "poor dentition, loose #8", "edentulous upper"])), "NPO status: confirmed with facility",
                 "Vitals: " + D.vline(), "Labs: %s" % D.ch(["Hgb 14.1, K 4.0", "none indicated", "glucose 162"]), "", "ASA class: %s" % asa, "Plan: %s" % op["anes"],
                 "Risks discussed including sore throat, dental injury, nausea, aspiration, awareness. Questions answered. Patient agrees.", "", an)
    if v == 2:
        # post-anesthesia / PACU note
        return J(D.hosp, "Post-Anesthesia Note / PACU", "%s   %s" % (D.name(2), D.d()), "", "Procedure: %s   Anesthesia: %s" % (op["name"], op["anes"]),
                 "Arrival to PACU: %s   Aldrete on arrival %d, at discharge %d" % (D.t(), D.ri(6, 8), D.ri(9, 10)), "Airway: patent. Respiratory function: adequate.", "Cardiovascular: stable. " + D.vline(),
                 "Mental status: %s" % D.ch(["awake, oriented", "drowsy but arousable", "at baseline"]), "Pain: %d/10, treated with %s" % (D.ri(0, 6), D.ch(["hydromorphone 0.5 mg IV x2", "fentanyl 25 mcg IV", "none needed"])),
                 "N/V: %s" % D.ch(["none", "mild, ondansetron given"]), "No apparent anesthesia complications.", "Discharged from PACU to %s at %s." % (D.ch(["floor", "custody transport", "day surgery"]), D.t()), "", an)
    if v == 3:
        # MAC sedation record (endoscopy)
        pr = D.ch(PROCS[:2])
        return J(D.ch(["%s Endoscopy" % D.hosp, "GI Lab - Sedation Record"]), "MONITORED ANESTHESIA CARE RECORD", "Pt %s  %d %s  ASA %s" % (D.name(0), D.age, D.sex, asa), "Procedure: %s  Date %s" % (pr["name"], D.d()), "",
                 "Pre-sedation: " + D.vline(), "Propofol total: %d mg   Lidocaine %d mg" % (D.ri(120, 400), D.ch([0, 40, 50])), "O2 via NC %d L/min" % D.ri(2, 4),
                 "Times: start %s / end %s" % (D.t(), D.t()), "Lowest SpO2 %d%%, no airway interventions required" % D.ri(90, 97), "Recovery: Aldrete 10, discharged to custody officers with written instructions.", "", crna, "Supervising: " + an)
    if v == 4:
        # narrative anesthesia note
        return J(D.hosphead(), "", "Anesthesia Procedure Note", "%s  DOS %s" % (D.name(1), D.d()), "",
                 "%s year old %s, ASA %s, presented for %s. Patient identified, consent verified, NPO confirmed. Monitors applied (ECG, NIBP, SpO2%s). %s. Maintenance with %s. %s Emergence uneventful. EBL %s. Transported to PACU with O2, report to RN." % (
                     D.age, D.mf, asa, op["name"].lower(), ", EtCO2" if gen else "", D.ch(["IV induction with propofol and fentanyl", "Axillary block under ultrasound with 30 mL 0.5% ropivacaine", "Smooth IV induction"]),
                     D.ch(["sevoflurane in O2/air", "propofol infusion", "desflurane"]), D.ch(["Antibiotics given prior to incision.", "Cefazolin 2 g IV at %s." % D.t()]), op["ebl"]), "", an)
    # 5: checklist-heavy form
    return J(D.hosp, "Anesthesia Record", "Name %s  MRN %s" % (D.name(3), D.mrn), "", "Pre-induction: [X] ID [X] Consent [X] Site marked [X] Machine check [X] Suction",
             "Position: %s   [X] Eyes protected  [X] Pressure points padded" % D.ch(["Supine", "Supine, arm board", "Lithotomy"]), "Induction: [%s] IV [ ] Inhalational [ ] RSI" % "X",
             "Airway: [%s] ETT [%s] LMA [%s] Mask/NC" % ("X" if "endotracheal" in op["anes"] or "nasotracheal" in op["anes"] else " ", "X" if "LMA" in op["anes"] else " ", "X" if not gen else " "),
             "Regional: %s" % ("Axillary block, ropivacaine 0.5% 30 mL" if "Regional" in op["anes"] else "none"), "Procedure: %s" % op["name"], "ASA: %s" % asa,
             "Total: crystalloid %d mL, EBL %s" % (D.ri(400, 1200), op["ebl"]), "Signed: %s  Date %s" % (an, D.d()))


def g_correspondence(D):
    c = D.c
    v = D.ri(0, 6)
    md = D.prov("md")
    if v == 0:
        # results letter to inmate
        lab = lab_rows(D, D.ch(c["labs"] or ["CBC"]))
        return J(D.fachead(), "", D.d(), "", "To: %s, #%s, %s" % (D.name(1), D.idn, D.housing), "", D.ch(["RE: Your recent lab work", "Subject: Test results", "Notification of results"]), "",
                 "Your %s drawn on %s has been reviewed by the provider. %s" % (D.ch(["blood work", "lab tests", "laboratory studies"]), D.d(off=-D.ri(3, 14)), D.ch([
                     "Your results are within normal limits. No further action is needed at this time.",
                     "Some results were abnormal (%s %s). You have been scheduled to see the provider. Please do not submit a sick call for this." % (lab[0][0], lab[0][1]),
                     "Your results will be discussed at your next chronic care appointment."])), "", "If you have questions, submit a Health Services Request.", "", D.prov(D.ch(["rn", "mid"])), "Health Services")
    if v == 1:
        # outside physician letter to facility physician
        return J(D.ch(["%s Associates" % c["spec"].split("/")[0], D.hosp]), "", D.d(), "", "%s" % md, "Medical Director, %s" % D.fac, D.addr, "%s, %s %s" % (D.town, D.st, D.zip), "",
                 "RE: %s (DOB %s)" % (D.name(1), D.dob_s()), "", "Dear Doctor,", "",
                 "I am writing to update you regarding our mutual patient, whom I saw on %s. %s I have changed %s to %s. I would appreciate it if the facility could %s." % (
                     D.d(off=-D.ri(2, 10)), D.ch(["His condition is stable.", "There has been good progress.", "Unfortunately there has been some worsening."]), c["meds"][0][0].lower(), c["meds"][0][1],
                     D.ch(["obtain labs in 4 weeks and fax them to my office", "arrange follow-up in 3 months", "ensure the patient receives doses as prescribed"])), "",
                 "Thank you for allowing me to participate in the care of this patient.", "", "Sincerely,", "", D.prov("md"), c["spec"], "Fax %s" % D.fax)
    if v == 2:
        # grievance / HSR response (medical)
        return J(D.fac, D.ch(["INMATE REQUEST - STAFF RESPONSE", "Health Services Response", "Response to Medical Inquiry"]), "", "Inmate: %s   #%s   Unit: %s" % (D.name(0), D.idn, D.housing), "Date received: %s   Date answered: %s" % (D.d(off=-3), D.d()), "",
                 "Your request: \"%s\"" % D.ch(["I need my %s I been out for 3 days" % c["meds"][0][0].lower(), "When am I going to see the specialist", "Why was my medicine changed", "I want copies of my labs"]), "",
                 "Response: %s" % D.ch(["Your medication was reordered on %s and is available at pill line." % D.d(off=-1), "Your outside appointment has been scheduled. For security reasons, dates are not released.",
                                        "The provider adjusted your medication based on your recent labs. Please discuss at your next visit.", "Requests for records must be made on a release form. Copy charges may apply."]), "",
                 "Responder: %s, %s" % (" ".join(rnd_name(D.r)), D.ch(["HSA", "DON", "RN", "Medical Records"])))
    if v == 3:
        # letter to court / attorney re medical status
        return J(D.vendor, D.fac, "", D.d(), "", "The Honorable %s %s" % rnd_name(D.r), "%s County Circuit Court" % D.county, "", "RE: %s, Case No. %d-CR-%05d" % (D.name(1), D.year, D.ri(1, 99999)), "",
                 "Your Honor:", "", "At the request of the court, this letter summarizes the medical status of the above-named individual who is housed at %s. %s has been diagnosed with %s and is receiving %s. %s is %s." % (
                     D.fac, cap(D.he), c["dx"].lower(), ", ".join(m[0].lower() for m in c["meds"][:2]), cap(D.he), D.ch(["medically stable and able to attend court proceedings", "able to be transported with standard restraints", "currently receiving care that can be continued in the facility"])), "",
                 "This letter is provided with the patient's signed authorization and contains only the minimum necessary information.", "", "Respectfully,", "", md, "Medical Director")
    if v == 4:
        # email / memo printout internal
        return J("From: %s <%s@%s.com>" % (" ".join(rnd_name(D.r)), D.ch(STAFF_L).lower(), D.vendor.split()[0].lower()), "Sent: %s %s" % (D.d(), D.t()), "To: %s; %s" % (" ".join(rnd_name(D.r)), " ".join(rnd_name(D.r))), "Subject: %s" % D.ch(["pt " + D.last + " - offsite f/u", "RE: " + D.idn, "Med question"]), "",
                 "%s," % D.ch(["Hi", "Team", "Dr. " + D.ch(STAFF_L)]), "", "%s (%s) %s. %s" % (D.last, D.idn, D.ch(["returned from %s today" % D.hosp, "was seen in CCC this AM", "keeps refusing pill line"]), D.ch([
                     "Specialist wants %s. Can we get UM approval?" % D.c["plan"][0], "Please put %s on the provider schedule this week." % D.him, "FYI - hospital changed %s." % c["meds"][0][0]])), "", "Thanks", "", "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information.")
    if v == 5:
        # letter to family (with authorization)
        return J(D.fachead(), "", D.d(), "", "%s %s" % (D.ch(["Ms.", "Mr.", "Mrs."]), D.ch(LAST)), "%d %s Ave" % (D.ri(10, 9999), D.ch(LAST)), "%s, %s %s" % (D.ch(TOWNS), D.st, D.zip), "",
                 "Dear %s," % D.ch(["Family Member", "Ms. " + D.ch(LAST), "Sir or Madam"]), "",
                 "We received your letter dated %s expressing concern regarding the health of %s. Because of privacy laws, we can only share information with a valid authorization on file. %s" % (D.d(off=-D.ri(7, 20)), D.name(1), D.ch([
                     "An authorization has been received and we can confirm %s is being seen regularly by medical staff." % D.he, "Please ask your family member to sign a release of information form.", "We encourage you to speak directly with your family member."])),
                 "", "Sincerely,", "", " ".join(rnd_name(D.r)), "Health Services Administrator")
    # 6: clinician to clinician re transfer/continuity
    return J(D.fachead(), "", D.d(), "", "To: %s, Medical Department, %s" % (D.prov("md"), D.ch(PRISONS)), "", "Re: %s  %s %s" % (D.name(0), D.idlab, D.idn), "",
             "Dear colleague,", "", "This patient is scheduled to arrive at your facility. Active issues include %s. %s Pending: %s." % (c["dx"].lower(), D.ch(["Please continue current regimen.", "He has an outside appointment that will need to be rescheduled.", "Labs are due next month."]), D.ch(["none", "outside imaging report", c["spec"] + " consult"])),
             "", "Please call %s with any questions." % D.phone, "", D.prov("any"))


def g_consent_form(D):
    c = D.c
    v = D.ri(0, 6)
    wit = D.prov("rn")
    sigblock = J("", "Patient signature: ______________________  Date: %s  Time: %s" % (D.d(), D.t()), "Witness: %s" % wit,
                 D.ch(["[ ] Patient refused to sign - witnessed by 2 staff", "Interpreter used: [ ] Yes [X] No", ""]))
    if v == 0:
        return J(D.fachead(), "", D.ch(["CONSENT FOR HEALTH CARE TREATMENT", "General Consent to Treatment", "Informed Consent - Routine Medical Care"]), D.ptid(), "",
                 "I, %s, consent to routine medical, dental and mental health evaluation and treatment provided by %s and its authorized health care staff while I am at %s." % (D.name(1), D.vendor, D.fac),
                 "I understand this includes health screening, physical examination, laboratory tests, immunizations, TB testing and medications as deemed appropriate.",
                 "I understand I have the right to refuse specific treatment, except in emergencies or when ordered by a court.", "I understand that a co-payment of $%d.00 may be charged for self-initiated sick call, and no one will be denied care due to inability to pay." % D.ch([3, 5, 5, 10]),
                 "I understand my health information will be kept confidential except as permitted by law.", sigblock)
    if v == 1:
        # psychotropic med consent
        D.setcond(["schizo", "bipolar", "mdd"])
        c = D.c
        m = c["meds"][0]
        return J(D.fac, "Mental Health Services", D.ch(["INFORMED CONSENT FOR PSYCHOTROPIC MEDICATION", "Consent to Psychotropic Medication Treatment"]), D.ptid(), "",
                 "Medication: %s   Dose range: %s" % (m[0], D.ch(["1-6 mg/day", "300-1200 mg/day", "50-200 mg/day"])), "Diagnosis/target symptoms: %s; %s" % (c["dx"], c["sx"][0]),
                 "The prescriber has explained: [X] purpose  [X] benefits  [X] common side effects  [X] serious risks including %s  [X] alternatives  [X] right to withdraw consent at any time" % D.ch(["tardive dyskinesia and metabolic changes", "toxicity requiring blood levels", "increased suicidal thoughts in young adults"]),
                 "I have had the opportunity to ask questions and I %s to take this medication." % D.ch(["agree", "voluntarily agree"]), sigblock, "Prescriber: %s" % D.prov("psy"))
    if v == 2:
        # surgical consent at hospital
        op = D.ch(OPS)
        return J(D.hosphead(), "", D.ch(["CONSENT FOR OPERATION OR PROCEDURE", "Informed Consent for Surgery/Procedure and Anesthesia", "Authorization for Procedure"]), "Patient: %s   %s" % (D.name(0), D.hospid()), "",
                 "1. I authorize Dr. %s and assistants to perform: %s." % (D.prov("md").split(",")[0].replace("Dr. ", ""), op["name"]), "2. The nature, purpose, risks (including bleeding, infection, injury to nearby structures, need for further surgery, and death), benefits and alternatives have been explained to me.",
                 "3. I consent to the administration of anesthesia by or under the direction of the anesthesiologist.", "4. I consent to the disposal of any tissue removed.",
                 "5. I consent to blood transfusion if needed: [X] Yes [ ] No", "", "Patient in custody of: %s" % D.agency, sigblock, "Physician attestation: I have explained the procedure. ____________ %s" % D.prov("md"))
    if v == 3:
        # HIV testing consent / opt-out
        return J(D.fac, "Infectious Disease Screening", D.ch(["CONSENT FOR HIV TESTING", "HIV/HCV Opt-Out Testing Notification and Consent", "Consent for Confidential HIV Test"]), D.ptid(), "",
                 "HIV testing is offered to all persons at this facility. You will be tested unless you decline.", "Results are confidential and will be shared only with health staff involved in your care and as required by %s law." % D.st,
                 "[ ] I consent to testing   [ ] I decline testing", "If positive, you will receive counseling and referral for treatment.", "Also offered: [ ] Hepatitis C antibody  [ ] Syphilis RPR", sigblock)
    if v == 4:
        # MAT / buprenorphine
        return J(D.fachead(), "", "Medication for Opioid Use Disorder (MOUD) - Patient Agreement and Consent", D.ptid(), "",
                 "I agree to the following:", bl(["Take buprenorphine at medication line under direct observation.", "Mouth checks will be performed; diversion may result in discontinuation.",
                                                    "Urine drug testing may be done at random.", "I understand the risk of overdose after release if I stop treatment.", "I consent to coordination with a community treatment provider at release (42 CFR Part 2)."], 0, D),
                 sigblock, "Prescriber: %s" % D.prov(D.ch(["md", "mid"])))
    if v == 5:
        # telemedicine consent
        return J(D.ch([D.hosp + " Telehealth", D.vendor]), "Consent to Participate in Telemedicine", "Name: %s  DOB: %s  Facility: %s" % (D.name(2), D.dob_s(), D.fac), "",
                 "I understand that telemedicine involves the use of video to connect me with a health care provider at a different location. A nurse from the facility may be present.",
                 "I understand the potential risks including technical failure and that the provider may determine an in-person visit is needed.", "I may refuse telemedicine at any time without affecting my right to care.",
                 "Initial: ____", sigblock)
    # 6: consent for procedure in clinic (I&D / dental extraction)
    proc = D.ch(["Incision and drainage", "Dental extraction tooth #%d" % D.ri(1, 32), "Toenail removal", "Laceration repair", "Joint injection"])
    return J(D.fac + " Health Services", "PROCEDURE CONSENT", D.ptid(), "", "Procedure: %s" % proc, "Explained by: %s" % D.prov(D.ch(["any", "md"])),
             "Risks explained: pain, bleeding, infection, scarring, %s" % D.ch(["nerve injury", "dry socket", "recurrence", "allergic reaction"]), "Alternatives: %s" % D.ch(["antibiotics alone", "no treatment", "referral"]),
             "I understand and authorize the procedure.", sigblock)


def g_referral_letter(D):
    c = D.c
    v = D.ri(0, 5)
    rp = D.prov("any")
    if v == 0:
        # UM off-site request
        return J(D.vendor, D.ch(["OFFSITE SERVICE REQUEST", "Outpatient Referral / Utilization Management Request", "Request for Specialty Services"]), "", D.ptid(), "Facility: %s" % D.fac, "Projected release date: %s" % D.ch([D.d(off=D.ri(90, 2000)), "Unknown (pretrial)", "Life"]), "",
                 "Service requested: %s %s" % (c["spec"], D.ch(["consult", "evaluation", "follow-up", "procedure"])), "Urgency: %s" % D.ch(["Routine (within 30 days)", "Urgent (within 7 days)", "Routine"]),
                 "Diagnosis / ICD-10: %s  %s" % (c["dx"], c["icd"]), "Clinical justification: %s. %s. Treatments tried: %s." % (cap(c["sx"][0]), "; ".join(c["exam"][:2]), ", ".join(m[0] for m in c["meds"][:2])),
                 "Pertinent labs/imaging attached: [X] Yes", "Requesting provider: %s   Date: %s" % (rp, D.d()), "", "UM DECISION: [%s] Approved [ ] Alternative treatment plan [ ] Pended for info" % "X",
                 "Reviewer: %s   Auth #%d" % (D.prov("md"), D.ri(100000, 999999)))
    if v == 1:
        # classic referral letter
        return J(D.fachead(), "", D.d(), "", D.ch(["%s Clinic" % c["spec"], "Dr. %s %s, %s" % (rnd_name(D.r) + (c["spec"],))]), D.hosp, "", "Re: %s   DOB %s" % (D.name(1), D.dob_s()), "",
                 "Dear Doctor,", "", "I would be grateful if you could see this %d-year-old %s, currently incarcerated at our facility, for %s. %s. %s. Current medications: %s." % (
                     D.age, D.mf, c["dx"].lower(), cap(c["sx"][0]), cap(c["sx"][-1]), ", ".join(D.medline(m, 0) for m in c["meds"])), "",
                 "Specific question: %s" % D.ch(["Is further treatment or a procedure indicated?", "Please advise on management.", "Candidate for surgery?"]), "",
                 "Please note our security protocols: appointment dates should not be shared with the patient. Recommendations may be faxed to %s." % D.fax, "", "Yours sincerely,", "", rp)
    if v == 2:
        # MH referral form internal
        D.setcond(["schizo", "bipolar", "mdd"])
        c = D.c
        return J(D.fac, D.ch(["MENTAL HEALTH REFERRAL", "Referral to Mental Health Services", "MH Referral Form"]), D.ptid(), "Date: %s" % D.d(), "",
                 "Referred by: %s" % D.ch([D.co(), D.prov("rn"), "Classification officer", D.prov("any")]), "Urgency: [%s] Emergent [%s] Urgent [%s] Routine" % tuple(D.ch([("X", " ", " "), (" ", "X", " "), (" ", " ", "X")])),
                 "Reason for referral:", "  [%s] Suicidal statements  [X] Bizarre behavior  [ ] Medication request  [ ] Hunger strike" % D.ch(["X", " "]), "Describe: %s" % "; ".join(c["sx"][:2]),
                 "Current psych meds: %s" % ", ".join(m[0] for m in c["meds"]), "", "MH staff receiving: %s   Date seen: %s" % (D.prov("mh"), D.d(off=D.ri(0, 3))))
    if v == 3:
        # release community referral
        return J(D.fachead(), "", "Discharge Planning - Community Referral", "", "To: %s" % D.ch(["%s Community Health Center" % D.ch(TOWNS), "%s County Behavioral Health" % D.county, "Ryan White Clinic, %s" % D.ch(TOWNS), "%s Recovery Services (OTP)" % D.ch(TOWNS)]),
                 "Fax: (%d) 555-01%02d" % (D.ri(201, 989), D.ri(0, 99)), "", "Client: %s   DOB %s" % (D.name(2), D.dob_s()), "Anticipated release: %s" % D.d(off=D.ri(3, 30)),
                 "Diagnoses: %s" % ", ".join(x[0] for x in D.dxs()), "Current meds: %s" % "; ".join(D.medline(m, 0) for m in c["meds"]), "Supply provided at release: %d days" % D.ch([7, 14, 30]),
                 "Requested: intake appointment within %d days of release" % D.ch([3, 7, 14]), "Insurance: %s" % D.ch(["Medicaid application submitted", "none", "Medicaid active"]), "", "Discharge planner: %s" % D.prov("mh"), "Signed ROI attached.")
    if v == 4:
        # brief referral note to optometry/dental/PT
        svc = D.ch(["Optometry", "Dental", "Physical Therapy", "Podiatry", "Audiology", c["spec"]])
        return J("REFERRAL", "To: %s   From: %s" % (svc, rp), "Patient: %s  #%s  %s" % (D.name(3), D.idn, D.d()), "Reason: %s" % D.ch([c["dx"], "annual diabetic eye exam", "toothache #%d" % D.ri(1, 32), "post-op rehab", "chronic foot pain"]), "Priority: %s" % D.ch(["routine", "urgent"]), "Notes: " + c["sx"][0])
    # 5: hospital referral for second opinion letter from specialist to subspecialist
    return J(D.ch([D.hosp, "%s Specialists" % c["spec"].split("/")[0]]), "", D.d(), "", "Referral to: %s, %s" % (D.prov("md"), D.ch(["University Hospital of Lanford", "Tertiary Care Center"])), "", "Patient: %s (DOB %s), incarcerated at %s" % (D.name(1), D.dob_s(), D.fac), "",
             "I am referring this patient for %s. %s. Relevant records enclosed: %s." % (D.ch(["further evaluation", "surgical opinion", "advanced imaging"]), cap(c["sx"][0]), D.ch(["office notes, labs, imaging CD", "recent consult note and labs"])),
             "Please coordinate scheduling through the facility medical department at %s (not with the patient directly)." % D.phone, "", "Thank you,", D.prov("md"))


def g_advance_directive(D):
    D.setcond(["copd", "hcv", "chestpain", "dm2", "hiv", "htn"])
    v = D.ri(0, 5)
    agent = "%s %s" % (D.ch(FIRST_F + FIRST_M), D.ch(LAST))
    rel = D.ch(["sister", "mother", "brother", "daughter", "son", "wife", "cousin"])
    wits = J("", "Witness 1: ____________________ (not an employee of the facility health provider)", "Witness 2: ____________________",
             D.ch(["", "Notary Public, State of %s. My commission expires %s." % (D.st, D.d(off=D.ri(300, 1200)))]))
    if v == 0:
        return J(D.ch(["LIVING WILL DECLARATION", "DIRECTIVE TO PHYSICIANS", "Declaration Regarding Life-Prolonging Procedures"]), "(Statutory form - State of %s)" % D.st, "",
                 "I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below." % D.name(1), "",
                 "If at any time I should have an incurable injury, disease or illness certified to be a terminal condition by two physicians, and where the application of life-sustaining procedures would serve only to artificially prolong the dying process, I direct that such procedures be withheld or withdrawn.", "",
                 "Artificial nutrition and hydration: [%s] I want  [%s] I do not want" % tuple(D.ch([("X", " "), (" ", "X")])), "",
                 "Signed this %s at %s." % (D.d(), D.fac), "Declarant: ______________________   %s %s" % (D.idlab, D.idn), wits)
    if v == 1:
        return J(D.ch(["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "Health Care Proxy", "Appointment of Health Care Agent"]), "", "Principal: %s   DOB: %s" % (D.name(1), D.dob_s()), "",
                 "I appoint %s, my %s, phone (%d) 555-01%02d, as my agent to make health care decisions for me if I become unable to make my own decisions." % (agent, rel, D.ri(201, 989), D.ri(0, 99)),
                 "Alternate agent: %s" % D.ch(["none", "%s %s" % (D.ch(FIRST_F), D.ch(LAST))]), "", "Limitations on agent's authority: %s" % D.ch(["none", "no experimental treatment", "agent may not consent to organ donation"]),
                 "", "This power of attorney becomes effective upon my incapacity as determined by my attending physician.", "", "Signature of principal: ______________  Date: %s" % D.d(), wits)
    if v == 2:
        # POLST
        a = D.ch(["Attempt Resuscitation/CPR", "Do Not Attempt Resuscitation/DNR"])
        return J(D.ch(["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "MOLST", "Portable Medical Orders"]), "HIPAA permits disclosure to health care providers as necessary.", "",
                 "Patient: %s   DOB %s   Gender %s" % (D.name(0), D.dob_s(), D.sex), "", "Section A. Cardiopulmonary Resuscitation: [X] %s" % a,
                 "Section B. Medical Interventions: [%s] Full Treatment [%s] Selective Treatment [%s] Comfort-Focused Treatment" % tuple(D.ch([("X", " ", " "), (" ", "X", " "), (" ", " ", "X")])),
                 "Section C. Artificially administered nutrition: [ ] Long-term [X] Trial period [ ] No artificial nutrition", "Section D. Discussed with: [X] Patient [ ] Agent",
                 "Diagnosis: %s" % D.c["dx"], "", "Physician signature: %s   Date %s" % (D.prov("md"), D.d()), "Patient signature: ______________")
    if v == 3:
        # prison DNR order (hospice)
        return J(D.fachead(), "", D.ch(["DO NOT RESUSCITATE (DNR) DIRECTIVE - Offender", "Out-of-Hospital DNR", "Advance Directive / DNR - Palliative Care Program"]), D.ptid(), "",
                 "The offender named above has %s and, after consultation with the attending physician, has elected not to receive CPR in the event of cardiopulmonary arrest." % D.ch(["end-stage liver disease secondary to hepatitis C", "metastatic lung cancer", "end-stage COPD", "advanced cardiomyopathy"]),
                 "Decision-making capacity assessed by: %s" % D.prov("psy"), "Ethics committee review: %s" % D.d(off=-D.ri(2, 20)), "Family notified: %s" % D.ch(["yes - %s" % rel, "declined", "no family contact"]),
                 "This directive does not affect other care, including comfort measures, pain control, and hospice services.", "", "Offender signature: ________  Physician: %s  Warden/Designee: ________" % D.prov("md"), "Date: %s" % D.d())
    if v == 4:
        # combined advance directive booklet page
        return J("ADVANCE HEALTH CARE DIRECTIVE", "Part %d of 4" % D.ri(1, 4), "", "My name: %s" % D.name(1), "", "PART 1 - POWER OF ATTORNEY FOR HEALTH CARE", "(1.1) DESIGNATION OF AGENT: %s, %s" % (agent, rel), "",
                 "PART 2 - INSTRUCTIONS FOR HEALTH CARE", "(2.1) END-OF-LIFE DECISIONS: [%s] Choice not to prolong life  [%s] Choice to prolong life" % tuple(D.ch([("X", " "), (" ", "X")])),
                 "(2.2) RELIEF FROM PAIN: I direct that treatment for alleviation of pain be provided at all times.", "(2.3) OTHER WISHES: %s" % D.ch(["I want a chaplain called.", "I wish to donate organs.", "None."]), "",
                 "PART 3 - DONATION OF ORGANS: %s" % D.ch(["[X] any needed organs", "[ ] not checked"]), "", "Signed: ______________ Date %s  Location: %s" % (D.d(), D.fac), wits)
    # 5: revocation or acknowledgment form
    return J(D.fac, "Advance Directive Acknowledgement", D.ptid(), "", "[%s] I have an advance directive. Copy placed in health record." % D.ch(["X", " "]), "[ ] I do not have an advance directive and wish to receive information.",
             "[ ] I revoke my previously executed directive dated ________.", "Health care agent (if any): %s" % agent, "Code status reflected in chart: %s" % D.ch(["Full code", "DNR"]), "",
             "Signature: __________   Staff: %s   Date: %s" % (D.prov("rn"), D.d()))


def g_ecg_report(D):
    D.setcond(["chestpain", "htn", "opioid", "schizo", "etoh", "dm2", "seizure"])
    rate = D.ri(54, 112)
    if D.ck == "etoh":
        rate = D.ri(101, 124)
    pr = D.ri(128, 210)
    qrs = D.ri(78, 112)
    qt = D.ri(360, 440)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    if D.ck in ("opioid", "schizo") and D.p(0.5):
        qtc = D.ri(455, 492)
    axis = D.ri(-20, 80)
    rhythm = "Sinus tachycardia" if rate > 100 else ("Sinus bradycardia" if rate < 60 else "Normal sinus rhythm")
    extra = D.ch(["", "", "Left ventricular hypertrophy by voltage criteria" if D.ck == "htn" else "", "Nonspecific ST-T wave abnormality", "Incomplete right bundle branch block", "Early repolarization"])
    if qtc > 450:
        extra = "Prolonged QT interval"
    interp = J(rhythm, extra or None, D.ch(["Otherwise normal ECG", "Abnormal ECG", "Borderline ECG"]) if extra else "Normal ECG")
    v = D.ri(0, 5)
    if v == 0:
        return J("%s   ID:%s   %s %s" % (D.name(0), D.ch([D.mrn, D.idn]), D.d(), D.t()), "%d yr  %s  %s" % (D.age, "Male" if D.sex == "M" else "Female", D.ch(["Caucasian", "Black", "Hispanic", "Unknown"])),
                 "Vent. rate      %3d BPM" % rate, "PR interval     %3d ms" % pr, "QRS duration    %3d ms" % qrs, "QT/QTc      %d/%d ms" % (qt, qtc), "P-R-T axes   %d %d %d" % (D.ri(20, 70), axis, D.ri(10, 70)), "",
                 interp, "", D.ch(["Unconfirmed", "Confirmed by %s on %s" % (D.prov("md"), D.d(off=1))]), "Referred by: %s   Loc: %s" % (D.prov("any"), D.ch([D.fac + " medical", "ED", "Clinic"])), "25 mm/s  10 mm/mV  0.05-150 Hz  %s" % D.ch(["MAC 5500", "PageWriter TC", "ELI 250"]))
    if v == 1:
        # tele-ECG over-read service
        return J(D.ch(["CardioRead Telemetry Services", "Heartline ECG Interpretation Service", "Remote Cardiac Reading Center"]), "12-LEAD ECG INTERPRETATION", "",
                 "Facility: %s   Fax back: %s" % (D.fac, D.fax), "Patient: %s  DOB %s  Age %d" % (D.name(2), D.dob_s(), D.age), "Reason: %s" % D.ch(["baseline - intake", "chest pain", "QTc monitoring on methadone/antipsychotic", "pre-op"]),
                 "Acquired: %s %s   Read: %s" % (D.d(), D.t(), D.t()), "", "Rate %d  PR %d  QRS %d  QT %d  QTc %d  Axis %d" % (rate, pr, qrs, qt, qtc, axis), "", "Interpretation:", interp, "",
                 "Comparison: %s" % D.ch(["No prior available", "No significant change from %s" % D.d(off=-D.ri(90, 700))]), "Reading cardiologist: %s" % D.prov("md"))
    if v == 2:
        return J("EKG", "%s #%s  %s" % (D.name(3), D.idn, D.d()), "Rhythm: %s, rate %d" % (rhythm, rate), "Intervals: PR %.2f QRS %.2f QTc %d" % (pr / 1000.0, qrs / 1000.0, qtc), "Axis: %s" % ("normal" if axis > -30 else "LAD"),
                 "ST/T: %s" % D.ch(["no acute changes", "nonspecific", "no ST elevation"]), "Impression: %s" % (extra or "normal"), "Provider: %s" % D.prov("any"))
    if v == 3:
        return J(D.hosphead(), "", D.ch(["ELECTROCARDIOGRAM REPORT", "ECG Interpretation", "12 Lead EKG - Cardiology Read"]), "Patient: %s   %s" % (D.name(1), D.hospid()), "Date of tracing: %s" % D.d(), "",
                 "FINDINGS: %s at %d bpm. PR interval %d ms, QRS %d ms, QTc %d ms. Axis %d degrees. %s" % (rhythm, rate, pr, qrs, qtc, axis, D.ch(["No pathologic Q waves.", "No ST elevation or depression.", "T waves upright in lateral leads."])),
                 "", "INTERPRETATION: " + interp.replace("\n", "; "), "", D.sig(D.prov("md")))
    if v == 4:
        # rhythm strip / comparison serial
        return J("SERIAL ECG - %s" % D.name(2), "ED/Facility", "", "Time     Rate  PR   QRS  QTc  Comment",
                 "\n".join("%s  %4d  %3d  %3d  %3d  %s" % (D.t(), rate + D.ri(-8, 8), pr, qrs, qtc + D.ri(-10, 10), D.ch(["no change", "no acute ST changes", "unchanged"])) for _ in range(D.ri(2, 4))),
                 "", "Overall: %s" % interp.replace("\n", ", "), "Reviewed: %s" % D.prov("md"))
    return J(D.fachead(), "", "ECG Tracing Review Form", D.ptid(), "Date: %s   Reason: %s" % (D.d(), D.ch(["intake baseline age > 40", "chest pain", "med monitoring", "palpitations"])), "",
             "Machine read: %s" % interp.replace("\n", " / "), "HR %d  QTc %d" % (rate, qtc), "Provider review: [%s] Agree [ ] Disagree  Comments: %s" % ("X", D.ch(["no action", "repeat in 3 months", "send to ED", "reduce dose, repeat ECG 1 wk"])),
             "Reviewed by %s  on %s" % (D.prov("any"), D.d(off=1)))


VACC = [("Influenza, quadrivalent (IIV4)", "0.5 mL", "IM", "L deltoid"), ("Tdap (Boostrix)", "0.5 mL", "IM", "R deltoid"), ("Hepatitis B (Engerix-B) #1", "1 mL", "IM", "L deltoid"),
        ("Hepatitis B (Engerix-B) #2", "1 mL", "IM", "L deltoid"), ("Hepatitis A (Havrix)", "1 mL", "IM", "R deltoid"), ("Pneumococcal PPSV23", "0.5 mL", "IM", "L deltoid"),
        ("Td (adult)", "0.5 mL", "IM", "L deltoid"), ("MMR", "0.5 mL", "SC", "R arm"), ("Varicella", "0.5 mL", "SC", "L arm")]


def g_immunization_record(D):
    vs = [v for v in VACC]
    if D.year >= 2021:
        vs.append(("COVID-19 mRNA (%s)" % D.ch(["Pfizer-BioNTech", "Moderna"]), "0.3 mL", "IM", "L deltoid"))
    if D.year >= 2019:
        vs.append(("Shingrix (RZV) #1", "0.5 mL", "IM", "R deltoid"))
    chosen = D.sample(vs, D.ri(1, 5))
    nurse = D.prov("rn")
    v = D.ri(0, 5)
    if v == 0:
        out = [D.fachead(), "", D.ch(["IMMUNIZATION RECORD", "Vaccine Administration Record", "Immunization History"]), D.ptid(), "",
               "%-34s %-12s %-6s %-4s %-10s %-12s %s" % ("Vaccine", "Date", "Dose", "Rt", "Site", "Lot #", "Given by")]
        for i, x in enumerate(chosen):
            out.append("%-34s %-12s %-6s %-4s %-10s %-12s %s" % (x[0][:34], D.d(off=-30 * i), x[1], x[2], x[3], "%s%d" % (D.ch(["AC", "U", "EH", "FK", "3C"]), D.ri(1000, 99999)), nurse.split(",")[0]))
        out += ["", "VIS given: [X] yes, edition date on file", "Screened for contraindications: [X]"]
        return J(*out)
    if v == 1:
        # state registry print
        out = ["%s IMMUNIZATION INFORMATION SYSTEM" % D.ch(["STATE", "%s STATEWIDE" % D.st]), "Official Immunization Record - printed %s" % D.d(), "", "Name: %s   DOB: %s   Sex: %s" % (D.name(0), D.dob_s(), D.sex), "Registry ID: %d" % D.ri(1000000, 9999999), ""]
        out += ["%-30s %s" % (x[0], ", ".join(D.d(off=-D.ri(100, 5000)) for _ in range(D.ri(1, 3)))) for x in chosen]
        out += ["", "Recommended / due: %s" % D.ch(["Influenza (annual)", "Hepatitis B series completion", "Td booster", "none"]), "This record may be incomplete."]
        return J(*out)
    if v == 2:
        # flu clinic consent/administration combo
        x = chosen[0] if "Influenza" in chosen[0][0] else VACC[0]
        return J(D.fac + " - %d-%d Influenza Clinic" % (D.year, D.year + 1), "", "Name: %s  #%s  Unit: %s" % (D.name(2), D.idn, D.housing), "",
                 "Screening: Sick today? N   Allergy to vaccine/eggs? N   Guillain-Barre? N   Prior reaction? N", "[X] I received the Vaccine Information Statement and want the vaccine.", "Signature: ___________", "",
                 "FOR STAFF USE: Vaccine %s  Lot %s  Exp %s  Dose %s  Site %s  Time %s" % (x[0], "%s%d" % (D.ch(["U", "AC", "FL"]), D.ri(1000, 9999)), D.d(off=D.ri(60, 200)), x[1], x[3], D.t()), "Administered by: %s" % nurse)
    if v == 3:
        # TB skin test record
        mm = 14 if D.ck == "ltbi" else D.ch([0, 0, 0, 3, 5])
        return J(D.fachead(), "", D.ch(["TUBERCULIN SKIN TEST RECORD", "PPD / TST Documentation", "Mantoux Test Record"]), D.ptid(), "",
                 "Date placed: %s %s   Site: %s forearm   Lot: %s   Exp: %s" % (D.d(off=-3), D.t(), D.ch(["L", "R"]), "C%d" % D.ri(1000, 9999), D.d(off=200)), "Antigen: %s 5 TU/0.1 mL" % D.ch(["Tubersol", "Aplisol"]),
                 "Placed by: %s" % nurse, "Date read: %s %s (48-72 hr)" % (D.d(), D.t()), "Induration: %d mm   Interpretation: %s" % (mm, "POSITIVE - refer for CXR" if mm >= 10 else "Negative"),
                 "Read by: %s" % D.prov("rn"), "Prior BCG: %s   Prior positive: %s" % (D.ch(["N", "Y", "unk"]), D.ch(["N", "N", "unk"])),
                 "Hepatitis B vaccine offered: [%s] accepted [%s] declined" % tuple(D.ch([("X", " "), (" ", "X")])))
    if v == 4:
        # COVID / hep B series card style
        return J(D.ch(["Vaccination Card", "HEPATITIS B VACCINE SERIES", "COVID-19 Vaccination Record"]), "Last name: %s   First: %s   MI: %s" % (D.last, D.first, D.mi), "DOB: %s   Patient #: %s" % (D.dob_s(), D.idn), "",
                 "\n".join("%s dose:  %s   Product/Lot: %s %s   Site: %s" % (["1st", "2nd", "3rd", "Booster"][i], D.d(off=-D.ri(0, 30) + 30 * i), x[0].split(" (")[0], "L%d" % D.ri(100, 999), x[3]) for i, x in enumerate(chosen[:3])),
                 "Clinic site: %s" % D.fac)
    # 5: EHR immunization tab
    out = ["%s | Immunizations | %s (%s)" % (D.vendor, D.name(1), D.idn), ""]
    for x in chosen:
        out.append("- %s  |  %s  |  %s %s %s  |  %s" % (x[0], D.d(off=-D.ri(0, 400)), x[1], x[2], x[3], D.ch(["Administered", "Historical - patient report", "Historical - registry"])))
    out.append("- %s  |  %s  |  Declined (refusal form signed)" % (D.ch(VACC)[0], D.d(off=-D.ri(0, 200))))
    return J(*out)


def g_registration_form(D):
    v = D.ri(0, 5)
    ssn = "XXX-XX-%04d" % D.ri(1, 9999)
    race = D.ch(["White", "Black/African American", "Hispanic", "American Indian", "Asian", "Other"])
    if v == 0:
        # hospital face sheet
        return J(D.hosp.upper(), D.ch(["PATIENT FACE SHEET", "Registration / Admission Face Sheet", "ADT REGISTRATION"]), "",
                 "Patient Name: %-28s MRN: %s" % (D.name(0), D.mrn), "Account #: %-30s Admit Date: %s %s" % (D.acct, D.d(), D.t()), "DOB: %-12s Age: %-4d Sex: %-3s Race: %s" % (D.dob_s(), D.age, D.sex, race),
                 "SSN: %s   Marital: %s   Language: %s" % (ssn, D.ch(["S", "M", "D", "U"]), D.ch(["English", "Spanish", "English"])), "Address: %s, %s, %s %s" % (D.addr, D.town, D.st, D.zip),
                 "Patient Type: %s   Service: %s   Room: %s" % (D.ch(["Inpatient", "Outpatient", "Observation", "Emergency"]), D.ch(["MED", "SUR", "ORT"]), D.ch(["412-A", "ED-07", "OBS-3", "216"])),
                 "Guarantor: %s" % D.ch([D.agency, "%s County Board of Commissioners" % D.county, D.vendor]), "Primary Ins: %s   Policy: %s" % (D.ch(["COUNTY INMATE MEDICAL", "DOC CONTRACT", "SELF PAY", "MEDICAID - INMATE INPT"]), D.ri(100000, 999999)),
                 "Emergency Contact: %s (Custody)  Ph %s" % (D.fac, D.phone), "Attending: %s   PCP: Facility" % D.prov("md"), "Admit Dx: %s" % D.c["dx"], "Special: PRISONER - CORRECTIONAL OFFICER AT BEDSIDE AT ALL TIMES")
    if v == 1:
        # jail medical face sheet / demographic
        return J(D.fachead(), "", D.ch(["INMATE MEDICAL RECORD - FACE SHEET", "Health Record Identification Sheet", "Patient Demographic Information"]), "",
                 "Name: %s   Alias: %s" % (D.name(0), D.ch(["none", "\"%s\"" % D.ch(["Red", "Smoke", "Lil D", "Chico", "Tank"])])), "%s: %s   SID: %d" % (D.idlab, D.idn, D.ri(1000000, 9999999)),
                 "DOB: %s   Sex: %s   Race: %s   Height: %s   Weight: %d" % (D.dob_s(), D.sex, race, D.vitals()["ht"], D.vitals()["wt"]), "Booking date: %s   Arresting agency: %s" % (D.d(), D.ch([D.agency, "%s Police Dept" % D.town, "State Patrol"])),
                 "Housing: %s   Classification: %s" % (D.housing, D.ch(["Min", "Med", "Max", "Protective Custody"])), "Primary language: %s" % D.ch(["English", "Spanish", "English"]),
                 "Emergency contact: %s %s (%s)  (%d) 555-01%02d" % (D.ch(FIRST_F), D.last, D.ch(["mother", "wife", "sister"]), D.ri(201, 989), D.ri(0, 99)),
                 "Allergies: %s" % D.allergy, "Medical alerts: %s" % D.ch(["None", "Diabetic", "Seizure", "Suicide hx", "Asthma - inhaler"]), "Record opened by: %s" % D.prov("rn"))
    if v == 2:
        # outpatient clinic registration form filled
        return J(D.ch(["%s Specialty Clinics" % D.hosp, "%s Medical Group" % D.hosp_town]), "NEW PATIENT REGISTRATION", "", "Last name: %s   First: %s   MI: %s" % (D.last, D.first, D.mi),
                 "Date of birth: %s   Sex: [%s] M [%s] F" % (D.dob_s(), "X" if D.sex == "M" else " ", "X" if D.sex == "F" else " "), "SSN: %s" % ssn, "Mailing address: c/o %s, %s, %s, %s %s" % (D.fac, D.addr, D.town, D.st, D.zip),
                 "Phone: %s (facility)" % D.phone, "Employer: N/A - incarcerated", "Referring provider: %s" % D.prov("any"), "Insurance: [ ] Medicare [ ] Medicaid [ ] Commercial [X] Other: %s" % D.ch([D.vendor, D.agency]),
                 "Authorization #: %d" % D.ri(100000, 999999), "Responsible party: %s" % D.agency, "", "I authorize release of information necessary to process claims.", "Signature: ______________ Date: %s" % D.d())
    if v == 3:
        # ED registration quick
        return J("%s EMERGENCY DEPT - QUICK REG" % D.hosp.upper(), "Arrival: %s %s   Mode: %s" % (D.d(), D.t(), D.ch(["Police/Custody vehicle", "EMS", "Sheriff transport"])), "Name: %s  DOB %s  Sex %s" % (D.name(3), D.dob_s(), D.sex),
                 "MRN %s  FIN %s" % (D.mrn, D.acct), "Chief complaint: %s" % D.c["sx"][0], "Financial class: %s" % D.ch(["CORRECTIONS", "INMATE", "SELF PAY"]), "Accompanied by: %s" % D.co(), "Registrar: %s" % D.ch(["KJW", "TM", "reg03"]))
    if v == 4:
        # dialysis / outside provider intake form w/ checkboxes
        return J(D.ch(["PATIENT INFORMATION", "Patient Information Sheet", "Intake Registration"]), D.ch([D.hosp, "%s Dialysis Center" % D.hosp_town, "%s Imaging Center" % D.hosp_town, "%s Orthopedic Clinic" % D.hosp_town]), "",
                 "PATIENT", "  Name: %s" % D.name(1), "  DOB: %s  Age: %d" % (D.dob_s(), D.age), "  Marital status: [ ] Married [X] Single [ ] Other", "  Race/Ethnicity: %s" % race,
                 "RESPONSIBLE PARTY", "  %s, %s, %s %s" % (D.agency, D.addr, D.town, D.st), "  Billing contact: %s Claims, Ph %s" % (D.vendor, D.phone),
                 "EMERGENCY CONTACT", "  Facility medical: %s" % D.phone, "PHARMACY", "  Facility pharmacy: %s" % D.pharm, "", "Date: %s" % D.d())
    # 5: EHR demographics screen print
    return J("Demographics  |  %s" % D.vendor, "-" * 50, "Patient ............ %s" % D.name(2), "%s ......... %s" % (D.idlab.strip(), D.idn), "DOB ................ %s (%d)" % (D.dob_s(), D.age),
             "Gender ............ %s" % ("Male" if D.sex == "M" else "Female"), "Facility ........... %s" % D.fac, "Location ........... %s" % D.housing, "Intake date ........ %s" % D.d(),
             "Release date ....... %s" % D.ch(["--", D.d(off=D.ri(30, 900))]), "Primary clinician .. %s" % D.prov("any"), "Language ........... English", "Interpreter ........ No", "Printed %s by %s" % (D.d(), D.ch(["jdoe2", "mrec1", "hsa"])))


def g_insurance_card(D):
    v = D.ri(0, 5)
    mid = "%s%d" % (D.ch(["", "M", "XQA", "ZGP", "W"]), D.ri(10000000, 999999999))
    grp = "%d" % D.ri(10000, 999999)
    nm = D.ch(["%s %s %s" % (D.first.upper(), D.mi, D.last.upper()), "%s, %s" % (D.last.upper(), D.first.upper())])
    if v == 0:
        return J("[FRONT]", "%s MEDICAID" % D.ch(["STATE OF %s" % D.st, D.st]), D.ch(["Medical Assistance Program", "Health Coverage"]), "", "Member Name: %s" % nm, "Member ID: %s" % mid, "DOB: %s   Sex: %s" % (D.dob_s(), D.sex),
                 "Issue Date: %s" % D.d(), "", "[BACK]", "Providers: verify eligibility at (800) 555-01%02d or online." % D.ri(0, 99), "Members: report lost cards to your county office.", "This card does not guarantee eligibility. Misuse is a crime.")
    if v == 1:
        plan = D.ch(["BlueRiver Health Plan", "Meridian Care Advantage", "Pinnacle Community Health", "AmeriWell Managed Medicaid", "Heartland Choice"])
        return J("--- front ---", plan, D.ch(["PPO", "HMO", "Medicaid Managed Care", "Marketplace Silver"]), "Subscriber: %s" % nm, "ID: %s" % mid, "Group: %s" % grp, "RxBIN %06d  RxPCN %s  RxGrp %s" % (D.ri(1, 999999), D.ch(["ADV", "MCAID", "9999"]), D.ch(["RX%d" % D.ri(100, 999), "BLRX"])),
                 "PCP: %s" % D.ch(["Not assigned", D.prov("md")]), "Copays: PCP $%d  Spec $%d  ER $%d" % (D.ch([0, 10, 25]), D.ch([0, 25, 50]), D.ch([0, 75, 150])), "", "--- back ---",
                 "Member Services 1-800-555-01%02d   TTY 711" % D.ri(0, 99), "Behavioral Health 1-800-555-01%02d" % D.ri(0, 99), "Submit claims: PO Box %d, %s, %s" % (D.ri(1000, 99999), D.ch(TOWNS), D.st))
    if v == 2:
        # Medicare card
        mbi = ("%09dA" % D.ri(100000000, 999999999)) if D.year < 2018 else "%d%s%s%d-%s%s%d-%s%s%d%d" % (D.ri(1, 9), D.ch("ACDEFGHJKMNPQRTUVWXY"), D.ch("ACDEFGHJKMNPQRTUVWXY0123456789"), D.ri(0, 9), D.ch("ACDEFGHJKMNPQRTUVWXY"), D.ch("ACDEFGHJKMNPQRTUVWXY0123456789"), D.ri(0, 9), D.ch("ACDEFGHJKMNPQRTUVWXY"), D.ch("ACDEFGHJKMNPQRTUVWXY"), D.ri(0, 9), D.ri(0, 9))
        return J("MEDICARE HEALTH INSURANCE", "", "Name/Nombre", nm, "Medicare Number/Numero de Medicare", mbi, "Entitled to/Con derecho a        Coverage starts/Cobertura empieza", "HOSPITAL (PART A)                %s" % D.d(off=-D.ri(100, 3000)),
                 "MEDICAL (PART B)                 %s" % D.d(off=-D.ri(100, 3000)), "", "(back) Medicare-approved providers... 1-800-MEDICARE", "Scanned to chart %s from property" % D.d())
    if v == 3:
        # county indigent / correctional health ID card
        return J("FRONT", D.ch(["%s COUNTY INDIGENT HEALTH CARE PROGRAM" % D.county.upper(), "%s - INMATE HEALTH SERVICES CARD" % D.vendor.upper(), "CORRECTIONAL HEALTH NETWORK"]), "", "Name: %s" % nm, "%s %s" % (D.idlab, D.idn), "Facility: %s" % D.fac,
                 "Valid: %s - %s" % (D.d(), D.d(off=365)), "", "BACK", "Outside providers: All non-emergent services require prior authorization.", "Authorization line: %s   Claims: %s" % (D.phone, D.ch(["Network Claims Unit, PO Box %d" % D.ri(100, 9999), "fax " + D.fax])),
                 "Do not bill the patient. Per %s statute, reimbursement is at Medicaid rates." % D.st)
    if v == 4:
        # poor OCR scan of a card with fragments
        plan = D.ch(["UnitedWell", "Cigma Health", "AetnaCare", "Humanity Health"])
        return J(plan + "  " + D.ch(["Choice Plus", "Open Access", "Gold Plan"]), "Member: %s" % nm, "Member ID  %s    Group No. %s" % (mid, grp), "Payer ID %05d" % D.ri(10000, 99999), "Rx: BIN %06d  PCN %s" % (D.ri(1, 999999), D.ch(["OHCP", "ADV"])),
                 "Dependents: %s" % D.ch(["01 %s" % D.ch(FIRST_F).upper(), "none"]), "......", "Claims/Reclamaciones PO Box %d %s %s" % (D.ri(100, 9999), D.ch(TOWNS), D.st), "Precert required for inpatient admissions. Call 1-877-555-01%02d" % D.ri(0, 99))
    # 5: photocopy page with both sides + staff note
    return J("Copy of insurance card(s) - %s  %s" % (D.name(2), D.idn), "Source: %s" % D.ch(["inmate property", "family fax", "hospital registration"]), "",
             "Side 1: %s MEDICAID | ID %s | Eff %s" % (D.st, mid, D.d(off=-D.ri(30, 900))), "Side 2: Provider Services 1-800-555-01%02d | Pharmacy Help 1-800-555-01%02d" % (D.ri(0, 99), D.ri(0, 99)), "",
             "Note: Coverage %s during incarceration; reinstated upon release. Medicaid inpatient benefit may apply for hospital stays > 24h." % D.ch(["suspended", "terminated", "suspended"]), "Copied by: %s  %s" % (D.prov("rn"), D.d()))


def yn(D, p=0.2):
    return "Y" if D.p(p) else "N"


def g_nursing_note(D):
    c = D.c
    v = D.ri(0, 7)
    rn = D.prov("rn")
    vit = D.vitals()
    if v == 0:
        # receiving screening
        qs = ["Currently taking medication?", "Chronic illness (diabetes, HTN, seizures, asthma, HIV)?", "Visible signs of trauma or illness needing immediate care?", "Under influence of alcohol/drugs?",
              "History of withdrawal seizures/DTs?", "Currently thinking about killing yourself?", "Previous suicide attempt?", "Ever hospitalized for mental illness?", "Cough > 3 weeks, night sweats, weight loss?",
              "Pregnant?" if D.sex == "F" else "Dental pain?", "Uses CPAP, cane, wheelchair, prosthesis?"]
        ans = [yn(D, 0.4) for _ in qs]
        ans[0] = "Y"
        ans[1] = "Y" if D.ck in ("htn", "dm2", "seizure", "asthma", "hiv", "copd") else "N"
        ans[3] = "Y" if D.ck in ("etoh", "opioid") else ans[3]
        out = [D.fachead(), "", D.ch(["RECEIVING SCREENING", "Intake Health Screening", "Medical Intake Screening Form", "INITIAL RECEIVING SCREEN - NURSING"]), D.ptid(), "Booking date/time: %s %s   Screened: %s %s" % (D.d(), D.t(), D.d(), D.t()), ""]
        out += ["%2d. %-58s %s" % (i, q, a) for i, (q, a) in enumerate(zip(qs, ans), 1)]
        out += ["", "Observation: %s" % D.ch(["alert, cooperative", "intoxicated, smells of ETOH", "anxious, tremulous", "calm, appropriate"]), D.vline(vit),
                "Medications reported: %s" % ", ".join(m[0] for m in c["meds"]), "Allergies: %s" % D.allergy,
                "Disposition: [%s] General population  [%s] Refer to provider  [%s] Medical observation  [%s] Send out" % (" ", "X", "X" if D.ck in ("etoh", "opioid") else " ", " "),
                "Receiving staff: %s" % rn, "Inmate signature: ____________"]
        return J(*out)
    if v == 1:
        # nursing sick call protocol SOAP
        return J(D.fac, D.ch(["Nursing Sick Call Encounter", "NURSING ASSESSMENT PROTOCOL", "Nurse Sick Call"]), D.ptid(), "Date: %s  Time: %s   HSR received: %s" % (D.d(), D.t(), D.d(off=-1)), "",
                 "S: Pt c/o %s. Onset %s. %s" % (c["sx"][0], D.ch(["3 days ago", "1 week", "yesterday"]), D.ch(["Rates pain %d/10." % D.ri(3, 8), "No relief with commissary meds.", ""])),
                 "O: " + D.vline(vit), "   " + "; ".join(c["exam"][:2]), "A: Alteration in %s" % D.ch(["comfort", "health maintenance", "skin integrity", "respiratory status"]),
                 "P: %s" % D.ch(["Referred to provider line.", "Per protocol: OTC acetaminophen 325 mg 2 tabs BID x 3 days.", "Education given. Return to sick call if worse."]),
                 "   Co-pay: %s" % D.ch(["$5.00 charged", "waived - chronic care", "no charge - referral"]), "", rn)
    if v == 2:
        # medical observation rounds flowsheet
        out = [D.fac, "MEDICAL OBSERVATION - NURSING ROUNDS", D.ptid(), "Reason for observation: %s" % c["dx"], ""]
        for i in range(D.ri(3, 6)):
            out.append("%s %s  %s  %s  %s" % (D.d(off=i // 3), D.t(), D.vline(D.vitals()), D.ch(["resting", "ate 75% of meal", "ambulating", "c/o nausea", "sleeping, resp even"]), D.ch(STAFF_L)[:2].upper()))
        out += ["", "Notify provider for: HR > 120, SBP > 180, T > 101, change in LOC", rn]
        return J(*out)
    if v == 3:
        # withdrawal monitoring CIWA / COWS
        D.setcond(["etoh", "opioid"])
        c = D.c
        tool = "CIWA-Ar" if D.ck == "etoh" else "COWS"
        out = [D.fachead(), "", "%s Withdrawal Monitoring" % ("Alcohol" if tool == "CIWA-Ar" else "Opiate"), D.ptid(), "Last use reported: %s" % (c["sx"][1] if D.ck == "etoh" else c["sx"][0]), ""]
        items = (["Nausea/vomiting", "Tremor", "Sweats", "Anxiety", "Agitation", "Tactile", "Auditory", "Visual", "Headache", "Orientation"] if tool == "CIWA-Ar" else
                 ["Pulse", "Sweating", "Restlessness", "Pupils", "Bone/joint aches", "Runny nose/tearing", "GI upset", "Tremor", "Yawning", "Anxiety", "Gooseflesh"])
        h0 = D.ri(0, 11)
        for i in range(D.ri(2, 6)):
            sc = [D.ri(0, 3) for _ in items]
            hh = h0 + 4 * i
            out.append("%s %02d%02d  %s score %d  (%s)  %s  %s" % (D.d(off=hh // 24), hh % 24, D.ch([0, 5, 10, 15, 20]), tool, sum(sc), ", ".join("%s %d" % (a, b) for a, b in zip(items, sc) if b), D.vline(D.vitals()).split("  ")[0], D.ch(["med given per protocol", "no med needed", "provider notified", "fluids encouraged"])))
        out += ["", "Protocol: %s" % ("score > 10 give chlordiazepoxide 25 mg; > 20 notify provider/send out" if tool == "CIWA-Ar" else "COWS > 12 clonidine 0.1 mg; > 24 notify provider"), rn]
        return J(*out)
    if v == 4:
        # segregation rounds
        out = [D.fac, D.ch(["SEGREGATION HEALTH ROUNDS", "Restrictive Housing - Medical Round Log", "Ad Seg Nursing Rounds"]), "Unit: %s   Date: %s" % (D.housing.split()[0] + " " + D.ch(["RHU", "SHU", "Seg"]), D.d()), ""]
        for _ in range(D.ri(4, 9)):
            out.append("%-26s %-10s %s  %s" % ("%s, %s" % (D.ch(LAST), D.ch(FIRST_M + FIRST_F)[0]), "%06d" % D.ri(100000, 999999), D.t(), D.ch(["no complaints", "c/o headache - HSR given", "refused to come to door", "meds given", "no acute distress", "requested MH", "skin intact"])))
        out.append("%-26s %-10s %s  %s" % (D.name(2)[:26], D.idn[:10], D.t(), "c/o %s - referred to sick call" % c["sx"][0][:40]))
        out += ["", "Rounds completed by: %s   Officer escort: %s" % (rn, D.co())]
        return J(*out)
    if v == 5:
        # narrative DAR / incident response
        return J("%s %s  NURSING NOTE" % (D.d(), D.t()), "%s  %s %s  %s" % (D.name(0), D.idlab, D.idn, D.housing), "",
                 D.ch(["Called to housing unit by officer for inmate down.", "Inmate brought to medical by custody for complaint of %s." % c["sx"][0], "Response to man-down call, %s." % D.housing]),
                 "Pt %s. %s. %s." % (D.ch(["alert and oriented x3", "responsive to voice", "sitting on floor, alert"]), cap(c["sx"][0]), D.vline(vit)),
                 "%s" % D.ch(["On-call provider %s notified, orders received." % D.prov("any"), "Provider notified; send out to %s ED via ambulance." % D.hosp, "Placed in medical observation, will monitor."]),
                 "Shift supervisor notified. Pt returned to unit in stable condition." if D.p(0.5) else "Report given to oncoming nurse.", "", rn)
    if v == 6:
        # suicide watch observation log
        out = [D.fac, D.ch(["SUICIDE PRECAUTION OBSERVATION LOG", "Constant/Close Observation Record"]), D.ptid(), "Level: %s   Ordered by: %s" % (D.ch(["Constant (1:1)", "Close - 15 min staggered"]), D.prov("mh")), ""]
        tm = D.ri(0, 23)
        for i in range(D.ri(8, 16)):
            mi = (i * 15) % 60
            hr = (tm + (i * 15) // 60) % 24
            out.append("%02d%02d  %s  %s" % (hr, mi, D.ch(["A", "B", "C", "D", "E"]), D.ch(["lying on bunk", "sitting", "standing at door", "sleeping - resp observed", "talking to self", "eating", "using toilet", "pacing"])))
        out += ["", "Codes: A=Quiet B=Agitated C=Crying D=Sleeping E=Other", "Observer: %s / %s" % (D.co(), rn)]
        return J(*out)
    # 7: wound care / med pass note short
    return J("%s  %s" % (D.d(), D.t()), "Nursing - %s" % D.ch(["wound care", "med pass note", "BP check", "FSBS check", "follow-up"]), "%s #%s" % (D.name(3), D.idn),
             D.ch(["Dressing changed to %s. Wound bed pink, scant serous drainage, no odor." % D.ch(["L thigh", "R hand incision", "abdominal port sites"]),
                   "Pt refused %s at pill line, educated on importance. Refusal form signed." % c["meds"][0][0],
                   "BP check per order: %s. Pt asymptomatic." % vit["bp"], "FSBS %d mg/dL at %s. Insulin given per sliding scale." % (D.ri(120, 320), D.t())]),
             "Will continue to monitor.", rn)


def g_ed_note(D):
    D.setcond(["chestpain", "appy", "handfx", "seizure", "opioid", "asthma", "abscess", "etoh", "copd", "dm2"])
    c = D.c
    v = D.ri(0, 5)
    edp = D.prov("md")
    vit = D.vitals()
    arr = D.t()
    disp = D.ch(["Discharged back to correctional facility", "Admitted to %s" % D.ch(["medicine", "surgery", "telemetry", "ICU"]), "Returned to custody in stable condition"])
    if D.ck == "appy":
        disp = "Admitted to surgery"
    mdm = D.ch(["Differential includes %s; workup as below." % ", ".join(D.ch([["ACS", "PE", "aortic dissection", "GERD"], ["appendicitis", "colitis", "renal colic"], ["fracture", "dislocation"], ["withdrawal", "intoxication", "sepsis"]])),
                "Patient well-appearing, risk stratified.", "Workup and results reviewed with patient and officer."])
    if v == 0:
        return J(D.hosphead(), "", D.ch(["EMERGENCY DEPARTMENT RECORD", "ED Physician Note", "EMERGENCY PHYSICIAN DOCUMENTATION"]), "", "Patient: %s  %s  DOB %s" % (D.name(0), D.hospid(), D.dob_s()), "Arrival: %s %s  Mode: %s" % (D.d(), arr, D.ch(["custody transport", "EMS", "sheriff vehicle"])), "",
                 "CHIEF COMPLAINT: %s" % cap(c["sx"][0]), "", "HPI: %d y/o %s inmate from %s presents with %s. %s. %s." % (D.age, D.mf, D.fac, c["sx"][0], cap(c["sx"][1]), cap(c["sx"][-1])), "",
                 "PMH: %s  Meds: %s  Allergies: %s" % (", ".join(x[0] for x in D.dxs()), ", ".join(m[0] for m in c["meds"]), D.allergy), "", ros_block(D), "", exam_block(D, vit), "",
                 "ED COURSE / MDM: %s Labs: %s." % (mdm, ", ".join("%s %s" % (x[0], x[1]) for x in lab_rows(D, D.ch(c["labs"] or ["CBC"]))[:4])), "",
                 "DIAGNOSIS: %s" % c["dx"], "DISPOSITION: %s" % disp, "", D.sig(edp))
    if v == 1:
        # T-sheet style
        return J(D.hosp + " ED", "%s   %s   Age %d" % (D.name(3), D.d(), D.age), "Triage %s  ESI %d   Triage RN: %s" % (arr, D.ri(2, 4), D.prov("rn")), "CC: %s" % c["sx"][0], D.vline(vit), "",
                 "HPI [X] pt [X] officer [ ] EMS  -  " + "; ".join(c["sx"]), "ROS: [X] all other neg", "PE: " + " / ".join(c["exam"]), "Orders: %s" % ", ".join(D.sample(["CBC", "BMP", "troponin", "ECG", "CXR", "UA", "CT", "XR hand", "UDS", "lipase"], 4)),
                 "Meds given: %s" % D.ch(["ketorolac 15 mg IV", "ondansetron 4 mg IV", "albuterol/ipratropium neb x3", "aspirin 324 mg PO", "lorazepam 1 mg IV", "none"]),
                 "Clinical impression: %s" % c["dx"], "Dispo: %s   Time %s" % (disp, D.t()), "Condition: %s" % D.ch(["stable", "improved", "fair"]), "MD: %s" % edp)
    if v == 2:
        # EHR ED provider note with sections
        return J("ED Provider Note", "%s | %s | %s | Arrived %s %s" % (D.hosp, D.name(2), D.mrn, D.d(), arr), "",
                 "History", "  Chief Complaint: %s" % cap(c["sx"][0]), "  HPI: %s. Patient is incarcerated, accompanied by 2 officers." % ". ".join(cap(s) for s in c["sx"]),
                 "  Past Medical History: %s" % ", ".join(x[0] for x in D.dxs()), "Physical Exam", "  Vitals: " + D.vline(vit), "  " + "\n  ".join(cap(e) for e in c["exam"]),
                 "ED Course", "  %s %s" % (D.t(), mdm), "  %s Reassessed, %s." % (D.t(), D.ch(["improved", "pain controlled", "resting comfortably"])),
                 "Clinical Impression", "  1. %s" % c["dx"], "Disposition", "  %s" % disp, "  Follow up with facility provider in %s." % D.ch(["1-2 days", "24 hours", "1 week"]), "", D.sig(edp))
    if v == 3:
        # urgent dictation narrative
        return J(D.hosphead(), D.hospid(), "", "DATE OF SERVICE: %s" % D.d(), "",
                 "This patient is a %d-year-old %s who comes in from %s, escorted by corrections officers, complaining of %s. %s. %s. %s" % (D.age, D.mf, D.fac, c["sx"][0], cap(c["sx"][1]), cap(c["sx"][-1]), D.ch(["Nursing at the facility gave aspirin prior to transport.", "The facility sent a transfer form with current medications.", ""])), "",
                 "On physical exam, %s. %s." % (D.vline(vit).lower(), "; ".join(cap(e) for e in c["exam"])), "",
                 "The patient was evaluated in the emergency department. %s" % mdm, "",
                 "FINAL IMPRESSION: %s." % c["dx"], "", "PLAN: %s. %s." % (disp, "; ".join(cap(p) for p in c["plan"][:2])), "", D.sig(edp))
    if v == 4:
        # mid-level brief
        return J("%s Emergency Services - Fast Track" % D.hosp, "Pt: %s  DOB %s" % (D.name(1), D.dob_s()), "Seen: %s %s   Provider: %s" % (D.d(), D.t(), D.prov("mid")), "",
                 "S: %s" % "; ".join(c["sx"]), "O: %s  %s" % (D.vline(vit), ", ".join(c["exam"])), "A: %s" % c["dx"], "P: %s" % "; ".join(c["plan"]), "Dispo: %s" % disp)
    # 5: nursing triage + physician sections scanned form
    return J(D.hosp.upper() + "  EMERGENCY DEPARTMENT", "", "TRIAGE", "  Time %s  Acuity %d  Arrived by: Law enforcement" % (arr, D.ri(2, 4)), "  " + D.vline(vit), "  Pain %d/10  Allergies: %s" % (D.ri(2, 9), D.allergy),
             "  Triage note: %s" % c["sx"][0], "", "PHYSICIAN", "  Hx: %s" % "; ".join(c["sx"][1:]), "  Exam: %s" % "; ".join(c["exam"]), "  Results: %s" % ", ".join("%s %s" % (x[0], x[1]) for x in lab_rows(D, D.ch(c["labs"] or ["CBC"]))[:3]),
             "  Dx: %s" % c["dx"], "  Disposition: %s" % disp, "  Signature: %s" % edp)


def g_transfer_summary(D):
    c = D.c
    v = D.ri(0, 5)
    dest = D.ch(PRISONS + ["%s County Jail" % D.ch(COUNTIES), "ICE Processing Center", "State Reception Center"])
    rn = D.prov("rn")
    probs = D.dxs()
    if v == 0:
        return J(D.fachead(), "", D.ch(["INTRA-SYSTEM TRANSFER HEALTH SUMMARY", "Health Transfer Summary", "Medical Transfer Form"]), D.ptid(), "",
                 "Sending facility: %s   Receiving facility: %s   Transfer date: %s" % (D.fac, dest, D.d()), "",
                 "Current problems: %s" % "; ".join("%s (%s)" % x for x in probs), "Medications (with %d-day supply sent): %s" % (D.ch([3, 7, 14]), "; ".join(D.medline(m, 0) for m in c["meds"])),
                 "Allergies: %s" % D.allergy, "TB status: %s" % D.ch(["TST neg %s" % D.d(off=-D.ri(30, 300)), "QFT positive, CXR neg, on INH" if D.ck == "ltbi" else "IGRA negative", "hx positive, CXR clear"]),
                 "Last vitals: " + D.vline(), "Mental health: %s" % D.ch(["no current MH needs", "on MH caseload - see attached", "suicide watch discontinued %s" % D.d(off=-D.ri(5, 30))]),
                 "Pending appointments: %s" % D.ch(["%s follow-up (do not disclose date to inmate)" % c["spec"], "none", "labs due %s" % D.d(off=D.ri(5, 30))]),
                 "Special needs: %s" % D.ch(["bottom bunk", "none", "CPAP", "cane", "diabetic diet"]), "Medical clearance for transport: [X] Yes", "", "Completed by: %s   Date/time: %s %s" % (rn, D.d(), D.t()),
                 "Received by: ____________ (receiving facility nurse)")
    if v == 1:
        # release summary / continuity of care
        return J(D.fac, D.ch(["RELEASE HEALTH SUMMARY", "Continuity of Care - Discharge from Custody", "Release / Reentry Medical Summary"]), "", "Name: %s  DOB %s  Release date: %s" % (D.name(1), D.dob_s(), D.d()), "",
                 "Diagnoses during incarceration:", bl([x[0] for x in probs], 1), "Medications at release:", bl([D.medline(m) for m in c["meds"]], 1),
                 "Supply provided: %d days + prescription for %d days" % (D.ch([7, 14, 30]), D.ch([30, 30, 90])), "Recent labs: %s" % ", ".join("%s %s" % (x[0], x[1]) for x in lab_rows(D, D.ch(c["labs"] or ["CBC"]))[:3]),
                 "Community appointment: %s on %s" % (D.ch(["%s Community Health Center" % D.ch(TOWNS), "County MH Center", "Ryan White clinic", "OTP clinic"]), D.d(off=D.ri(2, 14))),
                 "Naloxone kit provided: %s" % D.ch(["Yes", "Declined", "Yes"]), "Copy given to patient: [X]", "", "Reentry nurse: %s" % rn)
    if v == 2:
        # hospital to facility nursing transfer (return)
        return J(D.hosp, D.ch(["Nursing Transfer Report", "Interfacility Transfer Form", "PATIENT TRANSFER RECORD"]), "", "Patient: %s   MRN %s" % (D.name(0), D.mrn), "Transfer from: %s, unit %s" % (D.hosp, D.ch(["4W", "5E", "ICU", "Tele"])), "Transfer to: %s medical unit" % D.fac,
                 "Date/time: %s %s   Mode: %s" % (D.d(), D.t(), D.ch(["custody vehicle", "ambulance BLS", "DOC van"])), "", "Diagnosis: %s" % c["dx"], "Code status: %s" % D.ch(["Full", "Full code"]), "Isolation: %s" % D.ch(["none", "contact - MRSA" if D.ck == "abscess" else "none"]),
                 "Last vitals: " + D.vline(), "Last meds given: %s at %s" % (c["meds"][0][0], D.t()), "IV: %s" % D.ch(["removed, catheter intact", "none"]), "Skin: %s" % D.ch(["intact", "surgical incision, dressing CDI"]),
                 "Diet: %s" % D.ch(["regular", "cardiac", "carb controlled"]), "Belongings: none (in custody)", "Report called to: %s at %s" % (D.prov("rn"), D.t()), "Sending RN: %s" % D.prov("rn"))
    if v == 3:
        # narrative transfer summary by physician (infirmary to hospital or prison to prison)
        return J(D.fachead(), "", "Transfer Summary", "%s   %s" % (D.name(2), D.d()), "",
                 "This %d-year-old %s is being transferred from %s to %s for %s. %s" % (D.age, D.mf, D.fac, D.ch([dest, D.hosp, "the regional medical center"]), D.ch(["higher level of care", "specialty services not available on site", "housing reassignment", "completion of sentence at receiving institution"]), D.ch(["", "Course at this facility: " + "; ".join(c["plan"][:2]) + "."])),
                 "Active issues: %s." % ", ".join(x[0] for x in probs), "Medications: %s." % "; ".join(D.medline(m, 0) for m in c["meds"]), "Allergies: %s." % D.allergy,
                 "Recommendations for receiving facility: %s." % "; ".join(c["plan"][1:]), "", D.prov("any"))
    if v == 4:
        # checkbox form, transport clearance
        return J(D.agency, "INTER-FACILITY HEALTH STATUS / TRANSFER SCREENING", D.ptid(), "", "Transfer type: [%s] Permanent  [%s] Court/Temporary  [%s] Release" % D.ch([("X", " ", " "), (" ", "X", " "), (" ", " ", "X")]),
                 "Destination: %s" % dest, "[X] Chart reviewed   [%s] Meds packaged   [X] TB clearance" % D.ch(["X", " "]), "Chronic conditions: %s" % ", ".join(x[0] for x in probs),
                 "Restrictions: %s" % D.ch(["none", "no top bunk", "handcuff in front - shoulder injury", "wheelchair transport"]), "Medications to accompany: %s" % ", ".join(m[0] for m in c["meds"]),
                 "Medically cleared for transfer: [X] Yes  [ ] No - reason:", "Nurse: %s   Date: %s" % (rn, D.d()))
    # 5: receiving-facility transfer intake review
    return J(D.fac, "Transfer Receiving Screening / Health Record Review", D.ptid(), "Arrived from: %s   Date: %s" % (D.ch(PRISONS), D.d()), "",
             "Transfer summary received: [X] yes  [ ] no", "Problems per sending facility: %s" % "; ".join(x[0] for x in probs), "Meds arrived with inmate: %s" % D.ch(["yes - all", "partial", "none"]),
             "Bridge orders obtained: %s" % D.ch(["yes, from on-call", "not needed"]), "Vitals: %s" % D.vline(), "Referred to: %s" % D.ch(["chronic care", "MH", "dental", "none"]), "Nurse: %s" % rn)


def g_provider_orders(D):
    c = D.c
    v = D.ri(0, 5)
    prov = D.prov("any")
    meds = c["meds"]
    if v == 0:
        out = [D.fachead(), "", D.ch(["PHYSICIAN'S ORDERS", "PROVIDER ORDER SHEET", "Practitioner Orders"]), D.ptid(), "Allergies: %s" % D.allergy, "", "Date/Time      Order"]
        t0 = "%s %s" % (D.d(), D.t())
        out.append("%s  1. %s" % (t0, D.medline(meds[0])))
        for i, m in enumerate(meds[1:], 2):
            out.append("%s  %d. %s" % (" " * len(t0), i, D.medline(m)))
        out += ["%s  %d. %s" % (" " * len(t0), len(meds) + 1, D.ch(["Labs: " + ", ".join(c["labs"] or ["CBC"]), "Follow-up chronic care clinic 30 days", "BP checks twice weekly x 2 weeks", "Bottom bunk x 90 days"])),
                "", "Signature: %s" % prov, "Noted by: %s  %s %s" % (D.prov("rn"), D.d(), D.t()), "Faxed to pharmacy: [X]"]
        return J(*out)
    if v == 1:
        # telephone/verbal order
        return J(D.fac, D.ch(["TELEPHONE ORDER", "Verbal/Telephone Order Record", "T.O./V.O."]), D.ptid(), "", "Date: %s   Time: %s" % (D.d(), D.t()), "Situation: %s" % c["sx"][0], "Vitals reported: " + D.vline(),
                 "Order received: %s" % D.ch([D.medline(meds[0]), "Send to %s ED for evaluation" % D.hosp, "Place in medical observation, vitals q4h", "Give %s now, then recheck in 1 hour" % D.medline(meds[-1], 0)]),
                 "Read back: [X]", "Ordering provider: %s" % prov, "Received by: %s" % D.prov("rn"), "Provider co-signature: ____________ Date: ______")
    if v == 2:
        # infirmary admission orders (ADC VAN DIMLS)
        return J(D.fac + " Infirmary", "ADMISSION ORDERS", D.ptid(), D.d() + " " + D.t(), "",
                 "Admit to: infirmary, %s" % D.ch(["acute", "observation"]), "Diagnosis: %s" % c["dx"], "Condition: %s" % D.ch(["stable", "fair", "guarded"]), "Vitals: q%dh" % D.ch([4, 8, 12]),
                 "Allergies: %s" % D.allergy, "Nursing: %s" % D.ch(["I&O", "daily weight", "wound care BID", "fall precautions", "CIWA q4h"]), "Diet: %s" % D.ch(["regular", "diabetic 2200 kcal", "cardiac", "clear liquids"]),
                 "Activity: %s" % D.ch(["ad lib", "bedrest with BRP", "as tolerated"]), "Labs: %s" % ", ".join(c["labs"] or ["none"]), "Medications:", "\n".join("  - %s" % D.medline(m) for m in meds),
                 "Call provider if: T > 101, SBP < 90 or > 180, HR > 120, change in mental status", "", prov)
    if v == 3:
        # special needs / accommodation order
        return J(D.fachead(), "", D.ch(["SPECIAL NEEDS ORDER", "Medical Accommodation / Restriction Order", "Health Status Communication to Custody"]), D.ptid(), "",
                 "The following medically necessary accommodations are ordered:", "[%s] Bottom bunk   [%s] Lower tier   [%s] No prolonged standing   [%s] Extra mattress" % tuple(D.ch(["X", " "]) for _ in range(4)),
                 "[%s] Medical diet: %s   [%s] Work restriction: %s" % (D.ch(["X", " "]), D.ch(["diabetic", "low sodium", "renal", "soft"]), D.ch(["X", " "]), D.ch(["no work", "light duty", "no kitchen"])),
                 "[ ] Cane  [ ] Wheelchair  [ ] Brace  [ ] CPAP  [ ] Hearing aid", "Duration: %s (through %s)" % (D.ch(["30 days", "90 days", "permanent"]), D.d(off=D.ri(30, 365))),
                 "Medical reason (not disclosed to custody): on file", "", "Provider: %s   Date: %s" % (prov, D.d()), "Distribution: medical record / classification / housing officer")
    if v == 4:
        # hospital CPOE order printout
        out = ["%s  -  Active Orders" % D.hosp, "%s  MRN %s  Rm %s" % (D.name(0), D.mrn, D.ch(["412", "5E-09", "ICU 3"])), "", "Ordered %s %s by %s" % (D.d(), D.t(), D.prov("md")), ""]
        out += ["ADT: Admit to %s, Attending %s, status %s" % (D.ch(["Medicine", "Surgery"]), D.prov("md"), D.ch(["Inpatient", "Observation"])), "Code Status: Full Code", "Security: Prisoner precautions - officer at bedside",
                "Diet: %s" % D.ch(["NPO after midnight", "Regular", "Consistent carbohydrate"]), "Vitals q4h; notify MD SBP < 90"]
        out += ["MED: %s" % D.medline(m, 0) for m in meds]
        out += ["LAB: %s in AM" % ", ".join(c["labs"] or ["CBC"]), "VTE: %s" % D.ch(["enoxaparin 40 mg SC daily", "SCDs"])]
        return J(*out)
    # 5: standing order / protocol activation
    return J(D.vendor, D.ch(["STANDING ORDER - NURSING PROTOCOL ACTIVATION", "Protocol Order Set", "Detox Protocol Orders"]), D.ptid(), "",
             "Protocol: %s" % D.ch(["Alcohol withdrawal (CIWA)", "Opiate withdrawal (COWS)", "Hypertension monitoring", "Hyperglycemia / sliding scale insulin"]), "Start: %s %s   Duration: %s" % (D.d(), D.t(), D.ch(["5 days", "72 hours", "14 days"])),
             "[X] " + D.medline(meds[0]), "[%s] %s" % (D.ch(["X", " "]), D.medline(meds[-1])), "[X] Vital signs %s" % D.ch(["q4h", "q shift", "BID"]), "[X] Notify provider per protocol parameters",
             "Reviewed and approved: %s   %s" % (prov, D.d()))


WARN = {"chestpain": "chest pain returns, shortness of breath, sweating, or fainting", "appy": "fever over 101, increasing abdominal pain, redness or drainage from incisions, vomiting",
        "handfx": "numbness, tingling, increasing pain, or fingers turning pale or blue", "seizure": "another seizure, a seizure lasting more than 5 minutes, or confusion that does not clear",
        "opioid": "trouble breathing, extreme sleepiness, or blue lips - give naloxone and call 911", "asthma": "wheezing not relieved by inhaler, trouble speaking in full sentences",
        "abscess": "spreading redness, red streaks, fever, or new boils", "etoh": "shaking, seeing or hearing things that are not there, seizure", "copd": "worse shortness of breath, fever, chest pain",
        "dm2": "blood sugar over 300 or under 70, vomiting, confusion"}


def g_discharge_instructions(D):
    D.setcond(list(WARN.keys()))
    c = D.c
    v = D.ri(0, 5)
    warn = WARN[D.ck]
    if v == 0:
        return J(D.hosphead(), "", D.ch(["DISCHARGE INSTRUCTIONS", "Patient Discharge Instructions", "After Visit Summary"]), "%s   DOB %s   Visit date %s" % (D.name(1), D.dob_s(), D.d()), "",
                 "You were seen today for: %s" % c["dx"], "", "What to do:", bl([cap(p) for p in c["plan"][1:]] + ["Take medications as directed"], 2), "",
                 "Medications: %s" % "; ".join(D.medline(m, 2) for m in c["meds"]), "", "RETURN TO THE EMERGENCY DEPARTMENT OR NOTIFY FACILITY MEDICAL STAFF IF: %s." % warn, "",
                 "Follow up: %s in %s." % (D.ch(["Correctional facility physician", "Your facility medical provider", c["spec"] + " clinic"]), D.ch(["1-2 days", "1 week", "2 weeks"])), "",
                 "I have received and understand these instructions.", "Patient: __________   Officer: __________   Nurse: %s" % D.prov("rn"))
    if v == 1:
        # post-op instructions
        op = D.ch(OPS)
        return J(D.ch(["Same Day Surgery - Home Going Instructions", "Post-Operative Instructions", "Surgical Discharge Instructions"]), D.hosp, "", "Patient: %s   Procedure: %s   Surgeon: %s" % (D.name(2), op["name"], D.prov("md")), "",
                 "ACTIVITY: No lifting over %d lbs for %d weeks. May walk as tolerated." % (D.ch([10, 15, 20]), D.ch([2, 4, 6])), "WOUND CARE: Keep dressing clean and dry for 48 hours. May shower after %d hours. No tub baths or swimming." % D.ch([24, 48]),
                 "DIET: Resume regular diet as tolerated.", "PAIN: %s" % D.ch(["Ibuprofen 600 mg every 6 hours with food; acetaminophen 650 mg every 6 hours as needed.", "Oxycodone/APAP 5/325 1 tab every 6 hours as needed x 3 days, then acetaminophen."]),
                 "CALL / RETURN IF: fever over 101.5, bleeding that soaks the dressing, increasing redness or pus, inability to urinate.", "FOLLOW-UP: Surgery clinic in %d-%d days for wound check%s." % (7, 14, "/suture removal" if D.p(0.5) else ""),
                 "", "Note to correctional medical staff: %s" % D.ch(["please arrange follow-up appointment by calling %s." % D.phone, "staples to be removed at facility day 10-12.", "no restrictions on restraints other than avoid pressure on surgical site."]))
    if v == 2:
        # infirmary discharge instructions to inmate
        return J(D.fac, "Health Services", "", D.ch(["Instructions on Discharge from Medical Housing", "PATIENT INSTRUCTIONS", "Discharge Instructions - Infirmary"]), D.ptid(), "Date: %s" % D.d(), "",
                 "You are being returned to your housing unit. Please follow these instructions:", "- Continue your medicines at pill line (%s)." % ", ".join(m[0] for m in c["meds"]),
                 "- %s" % cap(c["plan"][-1]), "- Submit a sick call request (HSR) if you have %s." % warn, "- Tell any officer right away if you have an emergency. Officers can call a medical emergency 24 hours a day.",
                 "- Your follow-up is scheduled. For security reasons the date will not be given.", "", "Inmate signature: ________   Nurse: %s" % D.prov("rn"))
    if v == 3:
        # release discharge instructions (community)
        return J(D.fachead(), "", "Health Instructions at Release", "Name: %s   Release date: %s" % (D.name(1), D.d()), "",
                 "1. Your medicines: %s. You were given a %d-day supply and a prescription." % ("; ".join(D.medline(m, 2) for m in c["meds"]), D.ch([7, 14, 30])),
                 "2. Make an appointment with a doctor within %d days. Clinics that accept uninsured patients: %s Community Health Center (%d) 555-01%02d." % (D.ch([3, 7, 14]), D.ch(TOWNS), D.ri(201, 989), D.ri(0, 99)),
                 "3. Apply for Medicaid - an application was %s." % D.ch(["submitted for you", "given to you"]),
                 "4. %s" % ("Your tolerance to opioids is lower now. Do not use alone. Carry naloxone (Narcan) - a kit was given to you." if D.ck == "opioid" else "Go to the ER if you have %s." % warn),
                 "5. To get a copy of your medical records, write to Medical Records at %s." % D.addr, "", "Staff: %s" % D.prov("rn"))
    if v == 4:
        # ED AVS printout style, bilingual hints
        return J("%s" % D.hosp, "Emergency Department - Your Discharge Information / Informacion de alta", "", "%s  |  seen by %s  |  %s" % (D.name(2), D.prov(D.ch(["md", "mid"])), D.d()), "",
                 "Diagnosis: %s" % c["dx"], "", "About your condition:", D.ch(["%s is a common condition that can be managed with medicines and follow-up." % c["dx"], "Your tests today did not show a dangerous cause of your symptoms. It is important to follow up.", "Follow the plan below to help you heal."]),
                 "", "Prescriptions sent: %s" % ", ".join(m[0] for m in c["meds"][:2]), "Work/school note: N/A", "", "Seek immediate care for: %s." % warn, "", "Patient education handout(s) printed: %s" % D.ch(["Chest Pain, Uncertain Cause", "Boxer's Fracture", "Asthma Attack", "Skin Abscess", "Seizure, Adult", "Alcohol Withdrawal"]))
    # 5: brief handwritten-ish
    return J("D/C instructions  %s" % D.d(), D.name(3), "Dx: %s" % c["ab"], "- %s" % c["plan"][0], "- meds: %s" % ", ".join(m[0].lower() for m in c["meds"]), "- return if %s" % warn, "- f/u facility MD %s" % D.ch(["1 wk", "2-3 days", "PRN"]), "RN %s" % D.ch(STAFF_L))


def g_other(D):
    c = D.c
    v = D.ri(0, 10)
    if v == 0:
        # fax cover sheet
        return J(D.ch(["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet"]), D.fac + " - Medical Department", "", "To: %s" % D.ch([D.hosp + " Medical Records", "%s Clinic" % c["spec"], D.pharm, "Scheduling - %s" % D.hosp]), "Fax: (%d) 555-01%02d" % (D.ri(201, 989), D.ri(0, 99)),
                 "From: %s" % D.prov(D.ch(["rn", "any"])), "Fax: %s   Phone: %s" % (D.fax, D.phone), "Date: %s   Pages (incl. cover): %d" % (D.d(), D.ri(2, 14)), "Re: %s" % D.ch(["Records request", "Appointment scheduling", "Lab results", "Patient %s" % D.name(2)]), "",
                 "[ ] Urgent  [X] For review  [ ] Please reply", "", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you have received this fax in error, please notify the sender immediately and destroy the documents.")
    if v == 1:
        # sick call request slip (inmate-written)
        complaint = D.ch(["my %s hurts real bad and I cant sleep" % D.ch(["tooth", "back", "hand", "stomach", "knee"]), "I need my %s refilled" % c["meds"][0][0].lower(), "I think I have a spider bite on my leg its getting bigger",
                          "I been having headaches for a week", "i need to see mental health", "my sugar been high", "can I get a bottom bunk pass"])
        return J(D.fac, D.ch(["HEALTH SERVICES REQUEST", "SICK CALL REQUEST", "Inmate Request for Medical/Dental/Mental Health Services"]), "", "Name: %s  #: %s  Housing: %s" % (D.name(2), D.idn, D.housing), "Date: %s" % D.d(),
                 "Type: [%s] Medical [%s] Dental [%s] Mental Health [ ] Other" % ("X" if "tooth" not in complaint and "mental" not in complaint else " ", "X" if "tooth" in complaint else " ", "X" if "mental" in complaint else " "),
                 "Describe your problem: %s" % complaint, "I understand I may be charged a $%d co-pay." % D.ch([3, 5, 10]), "Signature: __________", "", "-- FOR MEDICAL USE --",
                 "Received: %s %s   Triaged by: %s" % (D.d(off=1), D.t(), D.prov("rn")), "Disposition: [%s] Nurse sick call  [%s] Provider  [ ] Dental  [ ] MH  [ ] Emergent" % tuple(D.ch([("X", " "), (" ", "X")])))
    if v == 2:
        # release of information request
        return J(D.fachead(), "", D.ch(["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "Release of Information Request", "Authorization to Disclose Health Information"]), "",
                 "Patient: %s   DOB: %s   %s %s" % (D.name(1), D.dob_s(), D.idlab, D.idn), "I authorize: %s" % D.ch([D.hosp, D.fac + " Medical", "Dr. %s %s" % rnd_name(D.r)]), "To release to: %s" % D.ch([D.fac, "Public Defender's Office, %s County" % D.county, "%s, Attorney at Law" % " ".join(rnd_name(D.r)), "Social Security Administration"]),
                 "Information: [X] Progress notes [X] Lab results [%s] Mental health [%s] Substance use (42 CFR Part 2) [%s] HIV-related" % (D.ch(["X", " "]), D.ch(["X", " "]), D.ch(["X", " "])),
                 "Dates of service: %s to %s" % (D.d(off=-D.ri(200, 1000)), D.d()), "Purpose: %s" % D.ch(["continuity of care", "legal", "disability application", "personal"]),
                 "This authorization expires: %s" % D.d(off=365), "I may revoke this authorization in writing at any time.", "", "Signature: _____________  Date: %s" % D.d(), "Witness: %s" % D.prov("rn"))
    if v == 3:
        # grievance form
        return J(D.agency, D.ch(["INMATE GRIEVANCE FORM - MEDICAL", "Formal Grievance (Level 1)", "Health Care Grievance"]), "Grievance #%d-%04d" % (D.year, D.ri(1, 9999)), "",
                 "Inmate: %s  #%s  Unit %s" % (D.name(0), D.idn, D.housing), "Date of incident: %s" % D.d(off=-D.ri(1, 14)), "",
                 "Statement: %s" % D.ch(["I put in 3 sick calls and nobody has seen me for my %s." % c["ab"], "The nurse would not give me my medication because I was late to pill line.", "I was charged a copay for a chronic care visit which is not allowed.", "My outside appointment was cancelled and I am still in pain."]),
                 "Relief requested: %s" % D.ch(["to be seen by a doctor", "refund of copay", "get my medication", "see specialist"]), "", "Response (%s): %s" % (D.ch(["HSA", "Medical Grievance Coordinator"]), D.ch(["Grievance resolved - inmate seen %s." % D.d(off=2), "Not sustained. Chart review shows care provided per policy.", "Copay refunded."])),
                 "Appeal: [ ] Yes  [X] No")
    if v == 4:
        # co-pay / financial statement
        out = [D.fac, D.ch(["INMATE MEDICAL CHARGE SLIP", "Health Care Co-Payment Statement", "Medical Fee Deduction Authorization"]), "Inmate: %s  #%s" % (D.name(2), D.idn), ""]
        tot = 0
        for i in range(D.ri(1, 5)):
            amt = D.ch([3, 5, 5, 10, 2])
            tot += amt
            out.append("%s  %-30s $%d.00" % (D.d(off=-7 * i), D.ch(["Nurse sick call", "Provider visit", "Dental visit", "OTC medication", "Prescription fill"]), amt))
        out += ["", "Total deducted from trust account: $%d.00" % tot, "Exempt services: chronic care, emergencies, mental health, TB, intake.", "Indigent: no inmate will be denied care due to inability to pay."]
        return J(*out)
    if v == 5:
        # off-site transport / trip request
        return J(D.fac, D.ch(["OUTSIDE MEDICAL TRIP REQUEST", "Off-Site Appointment Transportation Form", "Medical Transport Request - CONFIDENTIAL"]), "", "Inmate: %s   #%s   Custody level: %s" % (D.name(0), D.idn, D.ch(["Min", "Med", "Close", "Max"])), "Destination: %s" % D.ch([D.hosp, "%s Clinic" % c["spec"]]),
                 "Appointment date: %s   Time: %s   (do not disclose to inmate)" % (D.d(off=D.ri(3, 30)), D.t()), "Restraints: %s" % D.ch(["standard", "front cuff - medical", "leg irons only", "no restraints on R hand (splint)"]),
                 "Medical equipment to accompany: %s" % D.ch(["none", "wire cutters (jaw wired)", "O2 tank", "wheelchair", "inhaler"]), "Officers: 2   Vehicle: %s" % D.ch(["van", "sedan", "ambulance"]), "Requested by: %s   Approved by: Shift Lt. %s" % (D.prov("rn"), D.ch(STAFF_L)))
    if v == 6:
        # patient questionnaire (PHQ-9 / dental)
        qs = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep", "Feeling tired or having little energy", "Poor appetite or overeating",
              "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly / restless", "Thoughts that you would be better off dead"]
        sc = [D.ri(0, 3) for _ in qs]
        return J(D.ch(["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "Depression Screening Questionnaire"]), "Name: %s   Date: %s" % (D.name(1), D.d()), "Over the last 2 weeks, how often have you been bothered by:", "",
                 "\n".join("%d. %-52s %d" % (i, q, s) for i, (q, s) in enumerate(zip(qs, sc), 1)), "", "Total score: %d" % sum(sc), "0=Not at all 1=Several days 2=More than half the days 3=Nearly every day",
                 "Reviewed by: %s" % D.prov("mh"))
    if v == 7:
        # court order for medical records / subpoena
        return J("IN THE %s COURT OF %s COUNTY, STATE OF %s" % (D.ch(["CIRCUIT", "DISTRICT", "SUPERIOR"]), D.county.upper(), D.st), "", "STATE v. %s" % D.name(3), "Case No. %d-CR-%05d" % (D.year, D.ri(1, 99999)), "",
                 D.ch(["SUBPOENA DUCES TECUM", "ORDER FOR PRODUCTION OF MEDICAL RECORDS", "ORDER FOR COMPETENCY EVALUATION"]), "", "TO: Custodian of Records, %s / %s" % (D.fac, D.vendor), "",
                 "YOU ARE COMMANDED to produce %s on or before %s." % (D.ch(["all medical and mental health records of the above-named defendant from %s to present" % D.d(off=-D.ri(100, 600)), "records of treatment provided on %s" % D.d(off=-D.ri(10, 100))]), D.d(off=D.ri(10, 30))),
                 "", "SO ORDERED this %s." % D.d(), "", "_______________________  Judge")
    if v == 8:
        # photograph / wound photo captions
        return J("Clinical Photographs - %s" % D.name(2), "%s %s   Taken by: %s   Camera: facility #%d" % (D.idlab, D.idn, D.prov("rn"), D.ri(1, 5)), "",
                 "\n".join("Photo %d: %s  %s  (scale ruler in view)" % (i, D.d(off=i * D.ri(0, 3)), D.ch(["left thigh lesion, lateral view", "right hand dorsal", "abrasion right forearm", "contusion left periorbital", "bilateral wrists - restraint marks none", "sacral area - skin intact"])) for i in range(1, D.ri(3, 6))),
                 "", "Purpose: %s" % D.ch(["wound tracking", "use-of-force documentation", "intake injury documentation", "PREA exam - released to investigator"]))
    if v == 9:
        # hunger strike / refusal to eat log or property/medical device receipt
        return J(D.fac, D.ch(["MEDICAL DEVICE / DME ISSUE RECEIPT", "Durable Medical Equipment Authorization"]), D.ptid(), "",
                 "Item issued: %s" % D.ch(["Cane, aluminum", "Knee brace, hinged", "CPAP machine (own, from property)", "Eyeglasses", "Wheelchair #%d" % D.ri(1, 20), "Ace wrap and sling"]), "Serial/ID: %d" % D.ri(1000, 99999),
                 "Condition: new / good", "Inmate agrees to return item upon release or transfer. Altering or misuse may result in removal and disciplinary action.", "Security review: approved by %s" % D.co(), "Inmate signature: ______  Staff: %s  %s" % (D.prov("rn"), D.d()))
    # 10: chart checklist / index / misc correspondence admin
    return J("HEALTH RECORD - TRANSFER/ARCHIVE CHECKLIST", D.ptid(), "", "[X] Problem list   [X] Intake screening   [%s] Health assessment   [X] MAR (last 3 mo)" % D.ch(["X", " "]),
             "[X] Consents/refusals   [%s] Outside records   [ ] Dental   [%s] Mental health (sealed envelope)" % (D.ch(["X", " "]), D.ch(["X", " "])), "Volume %d of %d" % (1, D.ri(1, 3)),
             "Record closed: %s  Reason: %s" % (D.d(), D.ch(["released", "transferred", "deceased", "deported"])), "Medical records clerk: %s" % " ".join(rnd_name(D.r)))


def g_refusal(D):
    c = D.c
    what = D.ch(["medication: %s" % c["meds"][0][0], "outside appointment: %s consult" % c["spec"], "lab draw", "TB test", "chronic care clinic appointment", "transport to hospital ED", "insulin/fingerstick"])
    return J(D.fachead(), "", D.ch(["REFUSAL OF TREATMENT", "Release of Responsibility / Refusal of Medical Care", "Informed Refusal Form"]), D.ptid(), "",
             "I, %s, refuse the following recommended treatment: %s" % (D.name(1), what), "The risks of refusing, including %s, have been explained to me in language I understand." % D.ch(["worsening of my condition", "serious illness or death", "complications"]),
             "Reason given: %s" % D.ch(["\"I feel fine\"", "\"I don't want to go out in chains\"", "\"Side effects\"", "declined to state", "\"Court date same day\""]),
             "I release %s and its staff from responsibility for any adverse outcome. I may change my mind and request care at any time." % D.vendor, "",
             "Inmate signature: ______  Date/time: %s %s" % (D.d(), D.t()), "[ ] Inmate refused to sign", "Witness 1: %s   Witness 2: %s" % (D.prov("rn"), D.co()))


_consent_base = g_consent_form


def g_consent_form_all(D):
    if D.p(0.14):
        return g_refusal(D)
    return _consent_base(D)


GEN = {
    "discharge_summary": g_discharge_summary, "history_physical": g_history_physical, "progress_note": g_progress_note, "consult_note": g_consult_note,
    "operative_note": g_operative_note, "procedure_note": g_procedure_note, "lab_report": g_lab_report, "imaging_report": g_imaging_report,
    "pathology_report": g_pathology_report, "medication_list": g_medication_list, "prescription": g_prescription, "anesthesia_record": g_anesthesia_record,
    "correspondence": g_correspondence, "consent_form": g_consent_form_all, "referral_letter": g_referral_letter, "advance_directive": g_advance_directive,
    "ecg_report": g_ecg_report, "immunization_record": g_immunization_record, "registration_form": g_registration_form, "insurance_card": g_insurance_card,
    "nursing_note": g_nursing_note, "ed_note": g_ed_note, "transfer_summary": g_transfer_summary, "provider_orders": g_provider_orders,
    "discharge_instructions": g_discharge_instructions, "other": g_other,
}


# ---------------------------------------------------------------- page furniture and OCR noise
OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("I", "l"), ("e", "c"), ("S", "5"), (",", "."), ("cl", "d"), ("h", "b"), ("0", "O"), ("1", "l"), ("ti", "t"), ("m", "rn"), (".", ","), ("a", "o")]


def ocr_noise(D, text):
    r = D.r
    rate = r.choice([0.0, 0.0, 0.002, 0.004, 0.008, 0.015])
    if rate == 0:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] != "\n" and r.random() < rate:
            k = r.random()
            done = False
            if k < 0.6:
                for a, b in r.sample(OCR_SUBS, 4):
                    if text.startswith(a, i):
                        out.append(b)
                        i += len(a)
                        done = True
                        break
            elif k < 0.75:
                i += 1
                done = True
            elif k < 0.9:
                out.append(text[i] + " ")
                i += 1
                done = True
            else:
                out.append(r.choice(["'", ".", "~", "`", "|"]) + text[i])
                i += 1
                done = True
            if done:
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def furnish(D, text):
    r = D.r
    lines = text.split("\n")
    npages = max(1, len(lines) // r.randint(38, 60) + (1 if r.random() < 0.3 else 0))
    if npages > 1 and r.random() < 0.8:
        per = len(lines) // npages + 1
        hdr = r.choice(["%s  %s  DOB %s" % (D.name(0), D.idn, D.dob_s()), "%s (cont.)" % D.name(2), "Patient: %s   MRN: %s" % (D.name(0), D.mrn), D.fac + " - CONFIDENTIAL"])
        new = []
        for pi in range(npages):
            chunk = lines[pi * per:(pi + 1) * per]
            if not chunk:
                continue
            if pi > 0:
                new.append(hdr)
                new.append("")
            new += chunk
            new.append("")
            new.append(r.choice(["Page %d of %d", "Page %d/%d", "- %d of %d -", "Pg %d of %d"]) % (pi + 1, npages))
        lines = new
    elif r.random() < 0.25:
        lines.append("")
        lines.append(r.choice(["Page 1 of 1", "Page 1", "1 of 1"]))
    if r.random() < 0.22:
        lines.insert(0, "%s %s  %s  %s  P.%03d/%03d" % (D.d(), D.t(), r.choice(["FAX", "Fax:", "FROM:"]), r.choice([D.fax, D.fac.upper()[:22], D.hosp.upper()[:22], "MEDICAL RECORDS"]), r.randint(1, 4), r.randint(4, 12)))
    if r.random() < 0.15:
        lines.append(r.choice(["CONFIDENTIAL: Protected health information. Redisclosure prohibited.", "This document contains confidential inmate health information - not for custody files.",
                               "Printed by: %s on %s" % (r.choice(["mrclerk", "hsa01", "RN" + D.ch(STAFF_L)[:3]]), D.d(off=r.randint(0, 30))), "Form %s-%d (Rev. %d/%02d)" % (r.choice(["HS", "MED", "DC", "CHS"]), r.randint(1, 999), r.randint(1, 12), r.randint(5, 23))]))
    if r.random() < 0.1:
        lines.insert(r.randint(0, min(3, len(lines))), r.choice(["RECEIVED %s" % D.d(off=r.randint(1, 10)), "SCANNED", "COPY", "REVIEWED ___ INITIALS ___"]))
    text = "\n".join(lines)
    if r.random() < 0.12:
        text = "\n".join(("  " * r.randint(0, 2)) + l for l in text.split("\n"))
    if r.random() < 0.08:
        text = text.upper()
    return ocr_noise(D, text)


LONG_TYPES = ("discharge_summary", "history_physical", "consult_note", "ed_note", "progress_note", "transfer_summary", "operative_note")


def lab_block(D):
    out = [D.ch(["LABORATORY DATA:", "Labs:", "PERTINENT RESULTS", "Data reviewed:"])]
    for pn in D.sample(["CBC", "CMP", "BMP", "LIPID", "A1C", "TSH", "UDS"] + [l for l in D.c["labs"] if l != "CULT"], D.ri(1, 3)):
        rows = lab_rows(D, pn)
        if D.p(0.5):
            out.append("%s (%s): " % (D.ch(PANEL_NAMES[pn]), D.d()) + ", ".join("%s %s%s" % (n, v, " " + f if f else "") for n, v, u, ref, f in rows))
        else:
            out.append(D.ch(PANEL_NAMES[pn]))
            out += ["  %-26s %-10s %-8s %s" % (n, v, u, f) for n, v, u, ref, f in rows]
    return out


def extend(D, label, text):
    if label not in LONG_TYPES or not D.p(0.45):
        return text
    lines = text.split("\n")
    extra = [""]
    if D.p(0.7):
        extra += lab_block(D) + [""]
    if D.p(0.5):
        extra += [D.ch(["CURRENT MEDICATIONS (per facility MAR):", "Medication list reviewed:", "MEDICATIONS ON FILE:"])] + ["  %s" % D.medline(m) for m in D.c["meds"]] + [""]
    if D.p(0.4):
        extra += [D.ch(["SOCIAL HISTORY:", "Social:", "Custody/social:"]), "  " + D.ch(["Incarcerated since %s; %s. Tobacco %d pack-years. %s." % (D.d(off=-D.ri(30, 3000)), D.ch(["pretrial", "serving %d-year sentence" % D.ri(2, 30), "parole violation"]), D.ri(0, 40), D.ch(["Prior IV drug use", "Denies illicit drugs", "Methamphetamine prior to arrest", "Alcohol daily prior to arrest"]))]), ""]
    if D.p(0.3):
        extra += [D.ch(["PROBLEM LIST:", "Active Problems", "Chronic conditions:"])] + ["  - %s (%s)" % x for x in D.dxs(3)] + [""]
    cut = max(1, len(lines) - D.ri(2, 4))
    return "\n".join(lines[:cut] + extra + lines[cut:])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    rows = []
    for label in GEN:
        for i in range(a.per_type):
            D = Doc(random.Random(r.randint(0, 2 ** 31)))
            text = extend(D, label, GEN[label](D))
            text = "\n".join(l.rstrip() for l in text.split("\n"))
            text = furnish(D, text).strip("\n")
            rows.append({"id": "corr-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    r.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
