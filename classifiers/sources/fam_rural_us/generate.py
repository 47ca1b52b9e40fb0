#!/usr/bin/env python3
"""Synthetic clinical document generator -- US rural critical-access hospital
and rural health clinics (2006-2024).  Everything is fictitious.
Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime
import json
import random
import re

# ----------------------------------------------------------------------------
# Fictitious reference data
# ----------------------------------------------------------------------------
FIRST_M = ["James", "Dale", "Roger", "Wayne", "Curtis", "Duane", "Larry", "Travis", "Cody", "Brent",
           "Marvin", "Lyle", "Harold", "Dean", "Kenneth", "Tyler", "Austin", "Jesse", "Eugene", "Floyd",
           "Raymond", "Darrell", "Glen", "Clifford", "Ethan", "Logan", "Mason", "Wyatt", "Garrett", "Orville",
           "Arlen", "Merle", "Vernon", "Luis", "Miguel", "Jose", "Delbert", "Kyle", "Bradley", "Shane"]
FIRST_F = ["Linda", "Darlene", "Brenda", "Judy", "Carol", "Tammy", "Shirley", "Ashley", "Brittany", "Kayla",
           "Marlene", "Doris", "Loretta", "Bonnie", "Jolene", "Amber", "Kristen", "Megan", "Rhonda", "Vera",
           "Lois", "Evelyn", "Gladys", "Arlene", "Hailey", "Madison", "Emma", "Maria", "Rosa", "Guadalupe",
           "Wanda", "Peggy", "Connie", "Trudy", "LaVonne", "Alma", "Irene", "Delores", "Jenna", "Shelby"]
LAST = ["Hagedorn", "Pflueger", "Vandermolen", "Kroeger", "Ostrander", "Lindquist", "Brandvold", "Schaefer",
        "Hollister", "Dierks", "McCrary", "Tolliver", "Weisbrod", "Rasmussen", "Kettleson", "Ahlquist",
        "Bauman", "Eckhardt", "Fenske", "Gunderson", "Hartwig", "Isaacson", "Jorgensen", "Kolb", "Lambrecht",
        "Mertz", "Nordby", "Oberg", "Prochaska", "Quist", "Reinke", "Stoltenberg", "Thorson", "Ulrich",
        "Voss", "Wendt", "Yoder", "Zimmerli", "Birdsall", "Coker", "Dunavant", "Esparza", "Figueroa",
        "Greenhaw", "Haney", "Jessup", "Kimbrough", "Lovelady", "Mattingly", "Nixdorf", "Pettibone",
        "Redwine", "Sawyer", "Threlkeld", "Underhill", "Whitlock", "Runningwater", "Standing Elk"]
TOWNS = ["Brambleford", "Keller Springs", "Oxbow Flats", "Dunmore", "Tallgrass", "Antelope Ridge",
         "Willow Bend", "Harlow Junction", "Sweetwater Crossing", "Quill Lake", "Red Cedar", "Lone Elm",
         "Prairie Rose", "Cutbank Hollow", "Stillwell", "Maple Ford", "Haskett", "Bitterroot Gap",
         "North Amity", "Silver Sage", "Fennimore Creek", "Crane Valley", "Osgood", "Tamarack"]
COUNTIES = ["Pawnee Bluff", "Greeley Run", "Kessler", "Big Sioux Bend", "Harmon", "Wolf Creek",
            "Cherry Fork", "Arapaho Plains", "Dunbar", "Medicine Lodge Valley", "Halvorsen", "Bluestem"]
STATES = ["NE", "KS", "IA", "SD", "ND", "MO", "MT", "WY", "OK", "MN", "CO", "ID"]
STREETS = ["Main St", "Rural Route 2", "County Road 14", "Elm Ave", "2nd St NW", "Prairie Ln",
           "Hwy 36", "Railroad St", "Cottonwood Dr", "Section Line Rd", "Grain Elevator Rd", "Church St",
           "Box 118", "Ash St", "Jefferson Ave", "Meadowlark Ln"]
TERTIARY = ["St. Benedicta Medical Center", "Mercy Plains Regional Medical Center",
            "University of Central Prairie Medical Center", "Great Plains Heart & Vascular Institute",
            "Providence Valley Regional Hospital", "Sacred Heart of the Prairie Health System",
            "Capitol Lutheran Medical Center", "Western Rivers Trauma Center"]
TERT_CITY = ["Lincoln Falls", "Grand Meridian", "Port Sterling", "Belmont City", "Cheyenne Ridge",
             "Fort Calloway"]
VENDORS = ["ChartWell RHC 7.2", "PrairieSoft EHR", "MediLogix Clinical", "HarvestMD v11",
           "Cornerstone Clinicals", "RuralLink EHR 4.0", "CareVista Acute", "MedSprout Practice"]
INSURERS = [("Heartland Mutual Health", "PPO"), ("Plainsmen Blue Shield", "PPO"),
            ("Granary Health Plan", "HMO"), ("Meridian Farm Bureau Health", "PPO"),
            ("Frontier Workers Cooperative", "EPO"), ("United Prairie Benefits", "POS"),
            ("Great River Medicare Advantage", "MA-PD")]
PHARMACIES = ["Main Street Drug", "Hometown Pharmacy", "Family Rx Shoppe", "Valley Drug & Gift",
              "County Line Pharmacy", "Prairie Apothecary"]

PROVIDERS = [("Daniel", "Rutledge", "MD"), ("Karen", "Esterhaus", "DO"), ("Mark", "Lindgren", "MD"),
             ("Sara", "Bjornstad", "PA-C"), ("Thomas", "Okafor", "MD"), ("Jill", "Vantassel", "APRN, FNP-C"),
             ("Robert", "Hinkley", "DO"), ("Amanda", "Stroud", "PA-C"), ("Ellen", "Marchetti", "FNP-C"),
             ("Paul", "Grunewald", "MD"), ("Priya", "Raghunathan", "MD"), ("Nathan", "Crisp", "PA-C"),
             ("Leah", "Dobrovolny", "APRN"), ("Gregory", "Waterbury", "MD"), ("Heidi", "Schlotfeldt", "NP-C")]
SPECIALISTS = {
    "general surgery": [("Brian", "Hallgren", "MD, FACS"), ("Teresa", "Nwosu", "MD")],
    "cardiology": [("Alan", "Fitzwater", "MD, FACC"), ("Mei", "Tanaka-Ross", "MD")],
    "orthopedics": [("Scott", "Brennecke", "MD"), ("Victor", "Almanza", "DO")],
    "neurology": [("Rachel", "Quintero", "MD"), ("Howard", "Pell", "MD")],
    "psychiatry": [("Olivia", "Strand", "MD"), ("Kwame", "Mensah", "MD")],
    "nephrology": [("Dennis", "Kowalczyk", "MD")],
    "pulmonology": [("Laura", "Whitcomb", "MD")],
    "urology": [("Peter", "Hanrahan", "MD")],
    "obstetrics and gynecology": [("Monica", "Ferreira", "MD"), ("Carl", "Eidson", "DO")],
    "gastroenterology": [("Samuel", "Ostrowski", "MD")],
    "oncology": [("Grace", "Adeyemi", "MD")],
    "wound care": [("Julie", "Pranger", "RN, CWOCN")],
    "radiology": [("Martin", "Voelker", "MD"), ("Aisha", "Karim", "MD"), ("Lee", "Sandoval", "MD"),
                  ("Frank", "Dorsey", "DO")],
    "pathology": [("Nora", "Kittredge", "MD"), ("Ivan", "Petrakis", "MD"), ("Colleen", "Marsh", "MD")],
    "anesthesia": [("Rick", "Tollefson", "CRNA"), ("Dana", "Kuehl", "CRNA"), ("Joel", "Marquardt", "CRNA")],
    "emergency medicine": [("Brett", "Salazar", "MD"), ("Whitney", "Gaines", "DO"), ("Aaron", "Fisk", "PA-C")],
}
NURSES = ["K. Hagen, RN", "T. Moeller, RN", "B. Sorensen, LPN", "J. Rios, RN", "M. Kaufmann, RN",
          "S. Tiedeman, RN", "L. Bartels, LPN", "D. Wirth, RN, BSN", "C. Pham, RN", "A. Neubauer, RN"]


class Rnd(random.Random):
    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def chance(self, p):
        return self.random() < p

    def some(self, seq, lo, hi):
        k = min(len(seq), self.randint(lo, hi))
        return self.sample(list(seq), k)


def prov_name(p, style=0):
    f, l, c = p
    if style == 1:
        return "%s. %s, %s" % (f[0], l, c)
    if style == 2:
        return "%s, %s %s" % (l, f, c)
    return "%s %s, %s" % (f, l, c)


def dr(p):
    return ("Dr. %s" % p[1]) if ("MD" in p[2] or "DO" in p[2]) else ("%s %s, %s" % (p[0], p[1], p[2].split(",")[0]))


# ----------------------------------------------------------------------------
# Date formatting
# ----------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def fdate(d, style):
    if style == 0:
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == 1:
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == 2:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 3:
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1][:3].upper(), d.year)
    if style == 4:
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    return "%d/%d/%04d" % (d.month, d.day, d.year)


def ftime(r, h=None):
    h = r.randint(0, 23) if h is None else h
    return "%02d%02d" % (h, r.randint(0, 59))


def ftime_c(r, h=None):
    h = r.randint(0, 23) if h is None else h
    return "%02d:%02d" % (h, r.randint(0, 59))


def ampm(r):
    h = r.randint(7, 17)
    return "%d:%02d %s" % (h if h <= 12 else h - 12, r.randint(0, 59), "AM" if h < 12 else "PM")


# ----------------------------------------------------------------------------
# Clinical knowledge (simplified, internally consistent)
# ----------------------------------------------------------------------------
CHRONIC = [
    # problem, icd9, icd10, meds[(drug, dose, sig)]
    ("Hypertension", "401.9", "I10", [("lisinopril", "20 mg", "1 tab PO daily"), ("amlodipine", "5 mg", "1 tab PO daily")]),
    ("Type 2 diabetes mellitus", "250.00", "E11.9", [("metformin", "1000 mg", "1 tab PO BID with meals"), ("glipizide", "5 mg", "1 tab PO daily before breakfast")]),
    ("Hyperlipidemia", "272.4", "E78.5", [("atorvastatin", "40 mg", "1 tab PO at bedtime")]),
    ("COPD", "496", "J44.9", [("tiotropium", "18 mcg", "inhale 1 cap daily"), ("albuterol HFA", "90 mcg", "2 puffs q4-6h PRN wheeze")]),
    ("Hypothyroidism", "244.9", "E03.9", [("levothyroxine", "75 mcg", "1 tab PO daily on empty stomach")]),
    ("Gastroesophageal reflux disease", "530.81", "K21.9", [("omeprazole", "20 mg", "1 cap PO daily")]),
    ("Osteoarthritis of knees", "715.96", "M17.0", [("acetaminophen", "650 mg", "2 tabs PO TID PRN pain")]),
    ("Major depressive disorder, recurrent", "296.30", "F33.9", [("sertraline", "100 mg", "1 tab PO daily")]),
    ("Atrial fibrillation, chronic", "427.31", "I48.20", [("metoprolol tartrate", "25 mg", "1 tab PO BID"), ("apixaban", "5 mg", "1 tab PO BID")]),
    ("Chronic systolic heart failure", "428.22", "I50.22", [("furosemide", "40 mg", "1 tab PO daily"), ("carvedilol", "12.5 mg", "1 tab PO BID")]),
    ("Benign prostatic hyperplasia", "600.00", "N40.0", [("tamsulosin", "0.4 mg", "1 cap PO at bedtime")]),
    ("Chronic kidney disease stage 3", "585.3", "N18.30", []),
    ("Osteoporosis", "733.00", "M81.0", [("alendronate", "70 mg", "1 tab PO weekly"), ("calcium carbonate-vitamin D", "600 mg-400 IU", "1 tab PO BID")]),
    ("Insomnia", "780.52", "G47.00", [("trazodone", "50 mg", "1 tab PO at bedtime PRN sleep")]),
    ("Tobacco use disorder", "305.1", "F17.210", []),
    ("Obesity", "278.00", "E66.9", []),
    ("Gout", "274.9", "M10.9", [("allopurinol", "300 mg", "1 tab PO daily")]),
    ("Anxiety disorder", "300.00", "F41.9", [("buspirone", "10 mg", "1 tab PO BID")]),
]
SURG_HX = ["cholecystectomy", "appendectomy as a child", "tonsillectomy", "right total knee arthroplasty",
           "hysterectomy", "C-section x2", "inguinal hernia repair", "cataract extraction, bilateral",
           "CABG x3", "left carpal tunnel release", "rotator cuff repair", "back surgery (L4-5 laminectomy)",
           "tubal ligation", "none"]
ALLERGIES = ["NKDA", "NKDA", "NKDA", "Penicillin (hives)", "Sulfa (rash)", "Codeine (nausea)",
             "Morphine (itching)", "Lisinopril (cough)", "Bee stings", "Iodinated contrast (hives)",
             "Latex", "No known allergies"]
SOCIAL = ["Retired farmer, lives with wife on the farm outside of town.",
          "Works at the grain co-op. Married, 3 grown children.",
          "Widowed, lives alone in town; daughter checks on her daily.",
          "Ranches with his son. Chews tobacco 1 can per week.",
          "School bus driver. Lives with husband. Occasional alcohol.",
          "Smokes 1 ppd x 40 years. Drinks 2-3 beers on weekends.",
          "Truck driver (CDL). Former smoker, quit 2002.",
          "Nursing home resident since last year.",
          "Works at the meat packing plant. Lives with partner and two kids.",
          "Lives on an acreage with husband. Never smoker. No alcohol.",
          "Retired teacher. Active in church. Denies tobacco, alcohol or drugs.",
          "Hired man on a cattle operation. Uses smokeless tobacco."]
FAMILY = ["Father with MI at 62. Mother with diabetes.", "Noncontributory.", "Mother had breast cancer.",
          "Brother with colon cancer at 55.", "Both parents deceased, heart disease.",
          "Family history of stroke (mother) and hypertension.", "Unknown; adopted."]

ACUTE = [
    dict(key="pneumonia", dx="Community-acquired pneumonia, right lower lobe", icd9="486", icd10="J18.9",
         cc=["cough and fever", "SOB, cough", "fever, productive cough"],
         sx=["productive cough with yellow-green sputum", "fevers and chills at home", "right-sided pleuritic chest pain",
             "increased shortness of breath with exertion", "decreased appetite and fatigue"],
         neg=["No hemoptysis.", "Denies leg swelling.", "No recent travel."],
         exam=("Lungs", "Crackles right base with egophony. Mildly tachypneic, no retractions."),
         v=dict(t=(100.6, 102.9), hr=(96, 118), rr=(20, 26), sp=(86, 92), sbp=(104, 138)),
         labs={"WBC": (14.5, 21.0), "Neutrophils": (82, 91)},
         img=("XR CHEST 2 VIEWS", "Focal airspace consolidation in the right lower lobe. No pleural effusion. Heart size within normal limits. No pneumothorax.", "Right lower lobe pneumonia."),
         iv=["ceftriaxone 1 g IV q24h", "azithromycin 500 mg IV q24h", "albuterol/ipratropium nebs q4h PRN"],
         dcm=[("amoxicillin-clavulanate", "875-125 mg", "1 tab PO BID x 5 more days"), ("benzonatate", "100 mg", "1 cap PO TID PRN cough")],
         course="Started on IV ceftriaxone and azithromycin with supplemental oxygen by nasal cannula. Fever broke by hospital day 2, oxygen weaned to room air, and he/she was transitioned to oral antibiotics.",
         los=(2, 5), proc=None, spec="pulmonology"),
    dict(key="chf", dx="Acute on chronic systolic congestive heart failure", icd9="428.23", icd10="I50.23",
         cc=["SOB", "shortness of breath and leg swelling", "can't breathe lying down"],
         sx=["progressive dyspnea on exertion over the past week", "3-pillow orthopnea", "paroxysmal nocturnal dyspnea",
             "weight gain of about 8 pounds", "increased bilateral leg swelling", "admits to dietary indiscretion over the holidays"],
         neg=["No chest pain.", "No fever.", "No cough productive of purulent sputum."],
         exam=("Lungs", "Bibasilar crackles to mid lung fields. JVD to angle of jaw. 2+ pitting edema bilateral lower extremities to knees."),
         v=dict(t=(97.6, 98.8), hr=(88, 112), rr=(22, 28), sp=(85, 91), sbp=(146, 178)),
         labs={"BNP": (880, 2900), "Creatinine": (1.3, 1.8)},
         img=("XR CHEST PA AND LATERAL", "Cardiomegaly. Bilateral interstitial edema with vascular cephalization. Small bilateral pleural effusions.", "Congestive heart failure with small bilateral effusions."),
         iv=["furosemide 40 mg IV BID", "strict I&O, daily weights", "2 g sodium diet, 1.5 L fluid restriction"],
         dcm=[("furosemide", "40 mg", "1 tab PO BID (increased)"), ("potassium chloride ER", "20 mEq", "1 tab PO daily")],
         course="Diuresed with IV furosemide with net negative 4.2 L over the stay. Weight down 7 lb. Renal function remained stable. Echo showed EF approximately 30%.",
         los=(3, 6), proc=None, spec="cardiology"),
    dict(key="copd", dx="Acute exacerbation of COPD", icd9="491.21", icd10="J44.1",
         cc=["wheezing", "SOB", "short of breath, cough"],
         sx=["increased wheezing and cough for 4 days", "increased sputum, now green", "using albuterol inhaler every 2 hours without relief",
             "unable to walk to the mailbox without stopping"],
         neg=["No chest pain.", "No leg swelling."],
         exam=("Lungs", "Diffuse expiratory wheezes, prolonged expiratory phase, decreased air movement throughout. Accessory muscle use."),
         v=dict(t=(98.0, 100.2), hr=(98, 120), rr=(22, 30), sp=(84, 90), sbp=(128, 160)),
         labs={"WBC": (11.0, 14.0), "CO2": (30, 35)},
         img=("XR CHEST 1 VIEW PORTABLE", "Hyperinflated lungs with flattened hemidiaphragms. No focal consolidation. No pneumothorax.", "COPD without acute infiltrate."),
         iv=["methylprednisolone 60 mg IV q8h", "DuoNeb q4h and q2h PRN", "doxycycline 100 mg PO BID", "O2 to keep sats 88-92%"],
         dcm=[("prednisone", "40 mg", "1 tab PO daily x 4 more days"), ("doxycycline", "100 mg", "1 cap PO BID x 5 days"), ("albuterol HFA", "90 mcg", "2 puffs q4h PRN")],
         course="Treated with systemic steroids, scheduled nebulizers and doxycycline. Gradual improvement in air movement. Weaned back to home 2 L oxygen.",
         los=(3, 5), proc=None, spec="pulmonology"),
    dict(key="cellulitis", dx="Cellulitis of left lower extremity", icd9="682.6", icd10="L03.116",
         cc=["red swollen leg", "leg infection", "L leg redness"],
         sx=["redness spreading up the left shin for 3 days", "pain and warmth of the left lower leg", "subjective fevers",
             "scraped the leg on a gate latch last week"],
         neg=["No calf pain with walking.", "No drainage."],
         exam=("Skin", "Left lower leg with erythema, warmth and induration from the ankle to mid-shin, margins marked with skin marker. No fluctuance. No crepitus."),
         v=dict(t=(99.5, 101.8), hr=(86, 104), rr=(16, 20), sp=(94, 98), sbp=(118, 150)),
         labs={"WBC": (12.0, 16.5)},
         img=("US VENOUS DOPPLER LEFT LOWER EXTREMITY", "Normal compressibility, color flow and augmentation of the common femoral, femoral and popliteal veins. Subcutaneous edema in the calf.", "No evidence of deep venous thrombosis in the left lower extremity."),
         iv=["cefazolin 2 g IV q8h", "elevate extremity", "mark borders q shift"],
         dcm=[("cephalexin", "500 mg", "1 cap PO QID x 7 days")],
         course="Started on IV cefazolin with leg elevation. Erythema receded within the marked borders by day 2. Doppler negative for DVT.",
         los=(2, 4), proc=None, spec="wound care"),
    dict(key="pyelo", dx="Acute pyelonephritis", icd9="590.10", icd10="N10",
         cc=["flank pain and fever", "burning urination, back pain", "vomiting, fever"],
         sx=["right flank pain", "dysuria and frequency for several days", "fever to 102.5 at home", "nausea with two episodes of emesis"],
         neg=["No vaginal discharge.", "No gross hematuria."],
         exam=("Abdomen", "Soft, mild suprapubic tenderness. Right CVA tenderness."),
         v=dict(t=(101.0, 103.2), hr=(100, 122), rr=(18, 22), sp=(95, 99), sbp=(98, 124)),
         labs={"WBC": (15.0, 22.0), "Creatinine": (1.2, 1.7)},
         img=("CT ABDOMEN PELVIS WITHOUT CONTRAST", "Right perinephric fat stranding. No hydronephrosis. No renal or ureteral calculus.", "Findings compatible with right pyelonephritis. No obstructing stone."),
         iv=["ceftriaxone 1 g IV q24h", "normal saline 125 mL/h", "ondansetron 4 mg IV q6h PRN"],
         dcm=[("ciprofloxacin", "500 mg", "1 tab PO BID x 10 days"), ("ondansetron ODT", "4 mg", "1 tab SL q8h PRN nausea")],
         course="Urine culture grew E. coli pansensitive except ampicillin. Defervesced on ceftriaxone and IV fluids and was switched to oral ciprofloxacin.",
         los=(2, 4), proc=None, spec="urology"),
    dict(key="nstemi", dx="Non-ST elevation myocardial infarction", icd9="410.71", icd10="I21.4",
         cc=["chest pain", "chest pressure", "CP radiating to L arm"],
         sx=["substernal chest pressure that began while feeding cattle", "pain radiates to left arm and jaw", "diaphoresis and nausea",
             "pressure 7/10, partially relieved with nitroglycerin"],
         neg=["No tearing pain to the back.", "No recent surgery or immobilization."],
         exam=("Cardiovascular", "Regular rate and rhythm, no murmur, rub or gallop. Diaphoretic. Lungs clear."),
         v=dict(t=(97.5, 98.6), hr=(78, 104), rr=(16, 22), sp=(93, 98), sbp=(142, 186)),
         labs={"Troponin I": (0.42, 3.8)},
         img=("XR CHEST 1 VIEW PORTABLE", "Heart size normal. Lungs clear. No acute osseous abnormality.", "No acute cardiopulmonary process."),
         iv=["aspirin 324 mg chewed", "heparin drip per ACS protocol", "nitroglycerin 0.4 mg SL q5min x3 PRN", "metoprolol tartrate 25 mg PO"],
         dcm=[("aspirin", "81 mg", "1 tab PO daily"), ("clopidogrel", "75 mg", "1 tab PO daily"), ("atorvastatin", "80 mg", "1 tab PO daily"), ("metoprolol tartrate", "25 mg", "1 tab PO BID")],
         course="Troponin elevated with ST depressions in V4-V6. Started on heparin, aspirin, beta blocker and high-intensity statin. Accepted in transfer for cardiac catheterization.",
         los=(1, 2), proc="cath", spec="cardiology"),
    dict(key="gib", dx="Upper gastrointestinal bleed", icd9="578.9", icd10="K92.2",
         cc=["black stools", "vomiting blood", "weak and dizzy"],
         sx=["black tarry stools for 2 days", "lightheadedness on standing", "takes ibuprofen 800 mg three times daily for his knees",
             "one episode of coffee-ground emesis this morning"],
         neg=["No abdominal pain.", "No known liver disease."],
         exam=("Abdomen", "Soft, mild epigastric tenderness, no rebound. Rectal: black guaiac-positive stool."),
         v=dict(t=(97.2, 98.6), hr=(104, 126), rr=(18, 22), sp=(95, 99), sbp=(88, 108)),
         labs={"Hemoglobin": (6.8, 8.6), "Hematocrit": (20.5, 26.0), "BUN": (38, 64)},
         img=None,
         iv=["pantoprazole 80 mg IV bolus then 8 mg/h", "transfuse 2 units PRBC", "NPO", "two large-bore IVs"],
         dcm=[("pantoprazole", "40 mg", "1 tab PO BID x 8 weeks"), ("ferrous sulfate", "325 mg", "1 tab PO daily")],
         course="Transfused 2 units PRBC with appropriate rise in hemoglobin. EGD showed a 1 cm clean-based duodenal ulcer. NSAIDs discontinued.",
         los=(2, 4), proc="egd", spec="gastroenterology"),
    dict(key="afib", dx="Atrial fibrillation with rapid ventricular response", icd9="427.31", icd10="I48.91",
         cc=["heart racing", "palpitations", "weak, heart fluttering"],
         sx=["palpitations since last evening", "fatigue and mild dyspnea", "no prior history of irregular heartbeat"],
         neg=["No syncope.", "No chest pain."],
         exam=("Cardiovascular", "Irregularly irregular, tachycardic, no murmur. Lungs clear. No edema."),
         v=dict(t=(97.4, 98.8), hr=(128, 162), rr=(18, 24), sp=(93, 98), sbp=(108, 148)),
         labs={"TSH": (0.9, 3.1)},
         img=("XR CHEST 1 VIEW", "Mild cardiomegaly. No edema or consolidation.", "No acute process."),
         iv=["diltiazem 15 mg IV then 5-15 mg/h drip", "heparin per protocol", "TSH, echo"],
         dcm=[("diltiazem ER", "180 mg", "1 cap PO daily"), ("apixaban", "5 mg", "1 tab PO BID")],
         course="Rate controlled with IV diltiazem then transitioned to oral diltiazem. CHA2DS2-VASc of 3; started on apixaban after discussion of risks and benefits.",
         los=(1, 3), proc=None, spec="cardiology"),
    dict(key="stroke", dx="Acute ischemic stroke, left MCA territory", icd9="434.91", icd10="I63.512",
         cc=["trouble talking", "R sided weakness", "facial droop"],
         sx=["found by spouse with slurred speech and right arm weakness", "last known well at 0630", "difficulty finding words"],
         neg=["No headache.", "No seizure activity witnessed."],
         exam=("Neuro", "Expressive aphasia. Right facial droop. Right arm drift, strength 3/5 RUE, 4/5 RLE. NIHSS 8."),
         v=dict(t=(97.5, 98.6), hr=(70, 96), rr=(14, 20), sp=(94, 98), sbp=(168, 204)),
         labs={"Glucose": (110, 160)},
         img=("CT HEAD WITHOUT CONTRAST", "No intracranial hemorrhage. Subtle loss of gray-white differentiation in the left insular cortex. No mass effect.", "No acute hemorrhage. Possible early left MCA territory ischemia. ASPECTS 9."),
         iv=["telestroke consult", "alteplase per telestroke recommendation", "neuro checks q15min", "BP < 180/105"],
         dcm=[("aspirin", "81 mg", "1 tab PO daily"), ("atorvastatin", "80 mg", "1 tab PO daily")],
         course="Telestroke neurology consulted; tPA administered within window. Transferred by air to the comprehensive stroke center.",
         los=(1, 1), proc=None, spec="neurology"),
    dict(key="hipfx", dx="Left intertrochanteric hip fracture", icd9="820.21", icd10="S72.142A",
         cc=["fall, hip pain", "can't bear weight", "L hip pain after fall"],
         sx=["slipped on ice in the driveway", "unable to bear weight on the left leg", "no loss of consciousness"],
         neg=["Did not hit head.", "No preceding dizziness or chest pain."],
         exam=("Extremities", "Left lower extremity shortened and externally rotated. Pain with any range of motion at the hip. Distal pulses intact."),
         v=dict(t=(97.4, 98.6), hr=(82, 102), rr=(16, 20), sp=(94, 98), sbp=(138, 170)),
         labs={},
         img=("XR PELVIS AND LEFT HIP", "Comminuted intertrochanteric fracture of the left femur with varus angulation. No dislocation.", "Acute left intertrochanteric femur fracture."),
         iv=["morphine 2-4 mg IV q2h PRN", "Buck's traction", "NPO after midnight"],
         dcm=[("oxycodone", "5 mg", "1 tab PO q6h PRN pain"), ("enoxaparin", "40 mg", "subcutaneously daily x 28 days")],
         course="Underwent intramedullary nailing of the left hip. Post-op course uncomplicated. Transferred to swing bed for skilled PT/OT.",
         los=(3, 4), proc=None, spec="orthopedics"),
    dict(key="appy", dx="Acute appendicitis", icd9="540.9", icd10="K35.80",
         cc=["abdominal pain", "RLQ pain", "belly pain, vomiting"],
         sx=["periumbilical pain that moved to the right lower quadrant", "anorexia", "nausea with one episode of vomiting", "pain worse with the ride over in the truck"],
         neg=["No diarrhea.", "No urinary symptoms."],
         exam=("Abdomen", "Tender right lower quadrant at McBurney's point with voluntary guarding. Positive Rovsing sign. No rebound."),
         v=dict(t=(99.4, 101.2), hr=(88, 108), rr=(16, 20), sp=(96, 99), sbp=(112, 138)),
         labs={"WBC": (13.0, 17.8)},
         img=("CT ABDOMEN PELVIS WITH IV CONTRAST", "Dilated appendix measuring 11 mm with periappendiceal fat stranding. No abscess. No free air.", "Acute uncomplicated appendicitis."),
         iv=["NPO", "cefoxitin 2 g IV", "morphine 4 mg IV PRN"],
         dcm=[("hydrocodone-acetaminophen", "5-325 mg", "1 tab PO q6h PRN pain, #12"), ("docusate", "100 mg", "1 cap PO BID")],
         course="Taken to the OR for laparoscopic appendectomy. Tolerated diet on POD 1 and discharged home.",
         los=(1, 2), proc="appy", spec="general surgery"),
    dict(key="dehyd", dx="Dehydration due to viral gastroenteritis", icd9="276.51", icd10="E86.0",
         cc=["vomiting and diarrhea", "weak", "N/V/D"],
         sx=["vomiting and watery diarrhea for 3 days", "unable to keep fluids down", "dizzy when standing", "several residents at the care center ill with the same"],
         neg=["No blood in the stool.", "No abdominal pain out of proportion."],
         exam=("Abdomen", "Soft, diffusely mildly tender, hyperactive bowel sounds. Dry mucous membranes."),
         v=dict(t=(98.6, 100.4), hr=(100, 118), rr=(16, 20), sp=(95, 99), sbp=(92, 112)),
         labs={"BUN": (32, 48), "Creatinine": (1.4, 2.1), "Potassium": (3.0, 3.3)},
         img=None,
         iv=["NS bolus 1 L then 125 mL/h", "potassium chloride 40 mEq PO", "ondansetron 4 mg IV PRN", "contact precautions"],
         dcm=[("ondansetron", "4 mg", "1 tab PO q8h PRN nausea")],
         course="Rehydrated with IV fluids; potassium repleted. Creatinine improved to baseline. Stool C. diff negative.",
         los=(1, 3), proc=None, spec="nephrology"),
    dict(key="sbo", dx="Small bowel obstruction", icd9="560.9", icd10="K56.609",
         cc=["abdominal distension, vomiting", "belly pain", "no BM x3 days"],
         sx=["crampy abdominal pain and bloating", "bilious vomiting since last night", "no flatus since yesterday", "prior hysterectomy/abdominal surgery"],
         neg=["No fever.", "No hematemesis."],
         exam=("Abdomen", "Distended, tympanic, diffusely tender without peritoneal signs. High-pitched bowel sounds. Well-healed lower midline scar."),
         v=dict(t=(98.0, 99.8), hr=(92, 110), rr=(16, 22), sp=(94, 98), sbp=(118, 146)),
         labs={"WBC": (10.5, 13.0), "Potassium": (3.1, 3.4)},
         img=("CT ABDOMEN PELVIS WITH IV CONTRAST", "Multiple dilated fluid-filled small bowel loops up to 3.8 cm with transition point in the right lower quadrant. Decompressed distal ileum and colon. No pneumatosis or free air.", "Small bowel obstruction, likely adhesive, with transition point in the right lower quadrant."),
         iv=["NPO", "NG tube to low intermittent suction", "LR 125 mL/h", "serial abdominal exams"],
         dcm=[("docusate", "100 mg", "1 cap PO BID")],
         course="Managed conservatively with NG decompression and IV fluids. Gastrografin challenge showed contrast in the colon at 8 hours. Diet advanced without difficulty.",
         los=(3, 5), proc=None, spec="general surgery"),
    dict(key="dka", dx="Hyperglycemia with diabetic ketoacidosis", icd9="250.12", icd10="E11.10",
         cc=["high blood sugar", "vomiting, sugar high", "confused, thirsty"],
         sx=["polyuria and polydipsia for a week", "ran out of insulin", "nausea and vomiting", "abdominal pain"],
         neg=["No chest pain.", "No fever."],
         exam=("General", "Ill-appearing, Kussmaul respirations, fruity odor to breath. Dry mucous membranes."),
         v=dict(t=(97.6, 99.0), hr=(108, 128), rr=(24, 32), sp=(96, 99), sbp=(100, 126)),
         labs={"Glucose": (420, 690), "CO2": (8, 14), "Anion gap": (22, 30), "Potassium": (5.2, 5.9)},
         img=None,
         iv=["insulin drip per DKA protocol", "NS 1 L bolus x2", "BMP q2h", "potassium replacement per protocol"],
         dcm=[("insulin glargine", "24 units", "subcutaneously at bedtime"), ("insulin lispro", "sliding scale", "with meals per scale")],
         course="Treated per DKA protocol with insulin infusion and fluids; gap closed within 14 hours. Transitioned to basal-bolus insulin. Diabetes education provided.",
         los=(2, 4), proc=None, spec="nephrology"),
]

OUTPT = [
    dict(key="htn_dm", dx=["Type 2 diabetes mellitus", "Essential hypertension"], icd10=["E11.9", "I10"], icd9=["250.00", "401.9"],
         reason=["3 month follow-up diabetes and blood pressure", "DM/HTN recheck", "follow up chronic conditions, med refills"],
         subj="Reports checking sugars a few times a week, fasting 130s-160s. No hypoglycemia. Taking medications as prescribed. No chest pain, dyspnea, polyuria or vision changes.",
         exam="Feet: monofilament sensation intact bilaterally, pulses 2+, no ulcers. Heart RRR. Lungs clear.",
         plan=["A1c today.", "Continue metformin; increase lisinopril if BP remains above goal.", "Diabetic eye exam due - referral placed.", "Diet and exercise counseling provided.", "RTC 3 months."],
         labs={"Hemoglobin A1c": (7.1, 8.9)}),
    dict(key="uri", dx=["Acute sinusitis"], icd10=["J01.90"], icd9=["461.9"],
         reason=["sinus pressure", "head cold x 10 days", "sinus infection"],
         subj="Nasal congestion and facial pressure for about 10 days, initially improving then worse again. Thick green drainage. Low-grade temps. Mild cough.",
         exam="TMs clear. Nasal mucosa erythematous and edematous with purulent drainage. Maxillary sinus tenderness. Pharynx mild PND. Lungs clear.",
         plan=["Amoxicillin 875 mg BID x 10 days.", "Saline rinses, fluids, rest.", "Return if worse or not improving in 1 week."],
         labs={}),
    dict(key="strep", dx=["Streptococcal pharyngitis"], icd10=["J02.0"], icd9=["034.0"],
         reason=["sore throat", "ST and fever", "throat pain"],
         subj="Sore throat since yesterday with fever to 101. Painful swallowing. No cough. Sibling had strep last week.",
         exam="Tonsils 2+ with exudate. Tender anterior cervical adenopathy. TMs normal. Lungs clear.",
         plan=["Rapid strep positive.", "Amoxicillin 50 mg/kg/day divided BID x 10 days.", "May return to school after 24 hours of antibiotic."],
         labs={}),
    dict(key="lbp", dx=["Acute low back pain with left sciatica"], icd10=["M54.42"], icd9=["724.3"],
         reason=["back pain", "low back pain after lifting", "hurt back"],
         subj="Low back pain after lifting a hay bale 4 days ago, radiating down the back of the left leg to the knee. No bowel or bladder changes. No saddle anesthesia.",
         exam="Paraspinal tenderness L4-S1. Straight-leg raise positive on left at 50 degrees. Strength 5/5, reflexes 2+ symmetric. Sensation intact.",
         plan=["Naproxen 500 mg BID with food x 10 days.", "Cyclobenzaprine 10 mg at bedtime PRN.", "Home exercise handout; PT if not improved in 2-3 weeks.", "Red flags reviewed."],
         labs={}),
    dict(key="uti", dx=["Acute cystitis"], icd10=["N30.00"], icd9=["595.0"],
         reason=["burning with urination", "UTI symptoms", "frequency"],
         subj="Dysuria, urgency and frequency for 2 days. No fever, flank pain or vaginal discharge. Not pregnant.",
         exam="Abdomen soft, mild suprapubic tenderness. No CVA tenderness.",
         plan=["UA: positive leukocyte esterase and nitrite.", "Nitrofurantoin 100 mg BID x 5 days.", "Urine culture sent.", "Increase fluids."],
         labs={}),
    dict(key="depr", dx=["Major depressive disorder, single episode, moderate"], icd10=["F32.1"], icd9=["296.22"],
         reason=["feeling down", "depression follow-up", "med check - mood"],
         subj="Low mood, poor sleep and loss of interest for about two months since the harvest was lost to hail. Denies suicidal ideation or plan. No alcohol increase.",
         exam="Alert, flat affect, good eye contact, linear thought process. No SI/HI.",
         plan=["PHQ-9 score reviewed.", "Start sertraline 50 mg daily.", "Referral to behavioral health (telehealth).", "Crisis line information given.", "RTC 4 weeks."],
         labs={}),
    dict(key="copd_f", dx=["COPD, stable"], icd10=["J44.9"], icd9=["496"],
         reason=["COPD follow up", "breathing check", "hospital follow-up COPD"],
         subj="Breathing back to baseline after recent exacerbation. Using tiotropium daily, albuterol 1-2 times a day. Still smoking half a pack per day.",
         exam="Decreased breath sounds throughout, faint end-expiratory wheezes. No accessory muscle use. SpO2 92% RA.",
         plan=["Continue tiotropium; add fluticasone-salmeterol.", "Smoking cessation counseling >3 minutes; offered varenicline.", "Pneumococcal vaccine updated.", "Spirometry at next visit."],
         labs={}),
    dict(key="hypothyroid", dx=["Hypothyroidism"], icd10=["E03.9"], icd9=["244.9"],
         reason=["thyroid recheck", "fatigue, thyroid", "annual labs"],
         subj="Feels about the same. Some fatigue. Taking levothyroxine each morning. No palpitations, weight change or heat/cold intolerance.",
         exam="Thyroid without nodules or enlargement. Reflexes 2+.",
         plan=["TSH today; adjust dose per result.", "Continue levothyroxine 75 mcg daily."],
         labs={"TSH": (4.8, 9.2)}),
    dict(key="knee", dx=["Primary osteoarthritis, right knee"], icd10=["M17.11"], icd9=["715.16"],
         reason=["R knee pain", "knee pain", "knee injection"],
         subj="Chronic right knee pain worse with stairs and after long days on the tractor. Tylenol helps some. Morning stiffness less than 30 minutes.",
         exam="Right knee with crepitus, small effusion, medial joint line tenderness. Ligaments stable. ROM 5-115 degrees.",
         plan=["X-ray shows medial joint space narrowing.", "Corticosteroid injection offered and performed.", "Quad strengthening exercises.", "Ortho referral if not improving."],
         labs={}),
    dict(key="derm", dx=["Allergic contact dermatitis due to plants"], icd10=["L23.7"], icd9=["692.6"],
         reason=["rash", "itchy rash on arms", "poison ivy"],
         subj="Itchy linear rash on both forearms after clearing brush along the fence line 3 days ago. Spreading. No fever.",
         exam="Linear vesicular eruption on bilateral forearms and right side of neck. No signs of secondary infection.",
         plan=["Prednisone 40 mg taper over 14 days.", "Cool compresses, oral antihistamine at night.", "Wash clothing and gloves."],
         labs={}),
]

LAB_DEF = [
    # name, unit, lo, hi, decimals, panel
    ("WBC", "K/uL", 4.5, 11.0, 1, "CBC"), ("RBC", "M/uL", 4.2, 5.6, 2, "CBC"), ("Hemoglobin", "g/dL", 12.0, 16.5, 1, "CBC"),
    ("Hematocrit", "%", 36.0, 49.0, 1, "CBC"), ("MCV", "fL", 80, 100, 0, "CBC"), ("Platelets", "K/uL", 150, 400, 0, "CBC"),
    ("Neutrophils", "%", 40, 75, 0, "CBC"), ("Lymphocytes", "%", 20, 45, 0, "CBC"),
    ("Sodium", "mmol/L", 136, 145, 0, "BMP"), ("Potassium", "mmol/L", 3.5, 5.1, 1, "BMP"), ("Chloride", "mmol/L", 98, 107, 0, "BMP"),
    ("CO2", "mmol/L", 22, 29, 0, "BMP"), ("Anion gap", "mmol/L", 5, 15, 0, "BMP"), ("BUN", "mg/dL", 7, 20, 0, "BMP"),
    ("Creatinine", "mg/dL", 0.6, 1.2, 2, "BMP"), ("Glucose", "mg/dL", 70, 99, 0, "BMP"), ("Calcium", "mg/dL", 8.5, 10.2, 1, "BMP"),
    ("AST", "U/L", 10, 40, 0, "HEP"), ("ALT", "U/L", 7, 56, 0, "HEP"), ("Alk Phos", "U/L", 44, 147, 0, "HEP"),
    ("Total Bilirubin", "mg/dL", 0.1, 1.2, 1, "HEP"), ("Albumin", "g/dL", 3.5, 5.0, 1, "HEP"),
    ("Troponin I", "ng/mL", 0.00, 0.04, 2, "CARD"), ("BNP", "pg/mL", 0, 100, 0, "CARD"),
    ("TSH", "uIU/mL", 0.40, 4.50, 2, "THY"), ("Hemoglobin A1c", "%", 4.0, 5.6, 1, "A1C"),
    ("Cholesterol, total", "mg/dL", 100, 199, 0, "LIP"), ("Triglycerides", "mg/dL", 40, 149, 0, "LIP"),
    ("HDL", "mg/dL", 40, 90, 0, "LIP"), ("LDL, calculated", "mg/dL", 50, 99, 0, "LIP"),
    ("PT", "sec", 11.0, 13.5, 1, "COAG"), ("INR", "", 0.9, 1.1, 1, "COAG"),
]
LAB_IDX = {x[0]: x for x in LAB_DEF}


# ----------------------------------------------------------------------------
# Context: one fictitious patient / encounter
# ----------------------------------------------------------------------------
class Ctx(object):
    pass


def make_ctx(r, age=None, kind=None):
    c = Ctx()
    c.r = r
    c.sex = r.pick("MF")
    c.first = r.pick(FIRST_M if c.sex == "M" else FIRST_F)
    c.last = r.pick(LAST)
    c.mi = r.pick("ABCDEFGHJKLMNPRSTW")
    start = datetime.date(2006, 1, 1)
    c.date = start + datetime.timedelta(days=r.randint(0, 6939))
    if age is None:
        age = r.choice([r.randint(18, 50), r.randint(50, 75), r.randint(60, 96), r.randint(70, 94)])
    c.age = age
    c.dob = c.date - datetime.timedelta(days=age * 365 + r.randint(1, 360))
    c.he = "he" if c.sex == "M" else "she"
    c.He = c.he.capitalize()
    c.his = "his" if c.sex == "M" else "her"
    c.him = "him" if c.sex == "M" else "her"
    c.man = ("man" if c.sex == "M" else "woman") if age >= 18 else ("boy" if c.sex == "M" else "girl")
    c.sexw = "male" if c.sex == "M" else "female"
    c.mrn = str(r.randint(10000, 999999)).zfill(r.pick([6, 7, 8]))
    c.acct = "%s%07d" % (r.pick(["", "A", "V", "E", "IP", "OP"]), r.randint(100000, 9999999))
    c.town = r.pick(TOWNS)
    c.county = r.pick(COUNTIES)
    c.state = r.pick(STATES)
    c.zip = "%05d" % r.randint(50000, 69999)
    c.ptown = r.pick(TOWNS) if r.chance(0.5) else c.town
    c.addr = "%d %s" % (r.randint(100, 39999), r.pick(STREETS))
    c.phone = "(%03d) 555-%04d" % (r.randint(302, 989), r.randint(100, 9999))
    c.area = c.phone[1:4]
    fac_kind = r.pick(["Community Hospital", "County Memorial Hospital", "Regional Health", "Memorial Hospital",
                       "Health Center", "District Hospital", "Community Health Services"])
    base = c.county if "County" in fac_kind else c.town
    c.hosp = "%s %s" % (base, fac_kind)
    c.clinic = r.pick(["%s Rural Health Clinic", "%s Family Medicine", "%s Medical Clinic", "%s Family Practice",
                       "%s Clinic", "%s Family Health Center"]) % r.pick([c.town, c.ptown])
    c.hphone = "(%s) 555-%04d" % (c.area, r.randint(1000, 9999))
    c.hfax = "(%s) 555-%04d" % (c.area, r.randint(1000, 9999))
    c.haddr = "%d %s" % (r.randint(100, 1999), r.pick(["Hospital Drive", "E. 4th Street", "Park Ave", "Medical Plaza Rd", "N. Highway 81"]))
    c.tert = r.pick(TERTIARY)
    c.tcity = r.pick(TERT_CITY)
    c.vendor = r.pick(VENDORS)
    c.prov = r.pick(PROVIDERS)
    c.prov2 = r.pick([p for p in PROVIDERS if p != c.prov])
    c.nurse = r.pick(NURSES)
    c.pharm = "%s - %s" % (r.pick(PHARMACIES), c.ptown)
    nchron = 0 if age < 30 else (r.randint(0, 2) if age < 50 else r.randint(2, 5))
    c.chronic = r.some(CHRONIC, nchron, nchron)
    c.home = []
    for p in c.chronic:
        for m in p[3]:
            if m[0] not in [x[0] for x in c.home]:
                c.home.append(m)
    if age > 50 and r.chance(0.5) and "aspirin" not in [x[0] for x in c.home]:
        c.home.append(("aspirin", "81 mg", "1 tab PO daily"))
    if r.chance(0.3):
        c.home.append(r.pick([("multivitamin", "1 tab", "PO daily"), ("vitamin D3", "2000 IU", "PO daily"),
                              ("fish oil", "1000 mg", "PO daily"), ("loratadine", "10 mg", "PO daily PRN")]))
    c.allergy = r.pick(ALLERGIES)
    c.surg = r.some(SURG_HX, 0, 3) if age > 30 else []
    c.social = r.pick(SOCIAL) if age >= 18 else "Lives with parents and siblings. Attends school in %s." % c.ptown
    c.family = r.pick(FAMILY)
    c.acute = r.pick(ACUTE)
    c.out = r.pick(OUTPT)
    c.icd10 = c.date >= datetime.date(2015, 10, 1)
    c.ds = r.randint(0, 5)  # date style for this document
    ins = r.pick(INSURERS)
    c.payer = "Medicare" if age >= 65 and r.chance(0.7) else (ins[0] if r.chance(0.7) else "%s Medicaid" % c.state)
    c.memid = "%s%08d" % (r.pick(["XKJ", "HMH", "YPB", "GHP", "MFB", ""]), r.randint(0, 99999999))
    return c


def D(c, d=None, style=None):
    return fdate(d or c.date, c.ds if style is None else style)


def lc(s):
    """Lower-case ordinary words but keep acronyms (COPD, MCA, ST, H. pylori)."""
    def f(m):
        w = m.group(0)
        if sum(ch.isupper() for ch in w) >= 2 or any(ch.isdigit() for ch in w) or len(w) == 1:
            return w
        return w.lower()
    return re.sub(r"[A-Za-z0-9']+", f, s)


def name(c, style=0):
    if style == 1:
        return "%s, %s" % (c.last.upper(), c.first.upper())
    if style == 2:
        return "%s, %s %s" % (c.last, c.first, c.mi)
    if style == 3:
        return "%s %s. %s" % (c.first, c.mi, c.last)
    return "%s %s" % (c.first, c.last)


def agesex(c, style=0):
    if style == 1:
        return "%d y/o %s" % (c.age, "M" if c.sex == "M" else "F")
    if style == 2:
        return "%dyo%s" % (c.age, c.sex)
    return "%d-year-old %s" % (c.age, c.man)


def pmh_list(c):
    return [p[0] for p in c.chronic] or ["No significant past medical history"]


def dx_of(c):
    a = c.acute
    return a["dx"], (a["icd10"] if c.icd10 else a["icd9"])


def cfix(c, s):
    return s.replace("he/she", c.he).replace("He/she", c.He).replace("his/her", c.his)


# ----------------------------------------------------------------------------
# Vitals and labs
# ----------------------------------------------------------------------------
def vitals(c, sc=None):
    r = c.r
    v = (sc or {}).get("v", {})
    def rr_(k, lo, hi):
        a, b = v.get(k, (lo, hi))
        return a + (b - a) * r.random()
    kid = c.age < 13
    sbp = int(rr_("sbp", 88, 112) if kid else rr_("sbp", 112, 148))
    out = dict(t="%.1f" % rr_("t", 97.2, 98.9), hr=int(rr_("hr", 78, 118) if kid else rr_("hr", 62, 92)),
               rr=int(rr_("rr", 18, 26) if kid else rr_("rr", 14, 18)),
               sp=int(rr_("sp", 94, 99)), bp="%d/%d" % (sbp, int(sbp * r.uniform(0.55, 0.68))))
    if c.age >= 18:
        out["wt"] = r.randint(118, 265) if c.sex == "M" else r.randint(105, 235)
        out["ht"] = r.randint(65, 75) if c.sex == "M" else r.randint(59, 69)
    else:
        out["wt"] = max(20, int(c.age * 6.5 + r.randint(10, 30)))
        out["ht"] = min(70, int(30 + c.age * 2.4))
    out["bmi"] = "%.1f" % (703.0 * out["wt"] / (out["ht"] ** 2))
    return out


def vit_line(c, v, style=None):
    r = c.r
    s = r.randint(0, 5) if style is None else style
    if s == 0:
        return "BP %s  P %d  R %d  T %s  SpO2 %d%% %s" % (v["bp"], v["hr"], v["rr"], v["t"], v["sp"], r.pick(["RA", "on RA", "2L NC", ""]))
    if s == 1:
        return "T: %s F   HR: %d   RR: %d   BP: %s   O2 sat: %d%%   Wt: %d lb" % (v["t"], v["hr"], v["rr"], v["bp"], v["sp"], v["wt"])
    if s == 2:
        return "Temp %s, pulse %d, respirations %d, blood pressure %s, oxygen saturation %d%% on room air." % (v["t"], v["hr"], v["rr"], v["bp"], v["sp"])
    if s == 3:
        return "VS: %s / %s / %d / %d / %d%%" % (v["t"], v["bp"], v["hr"], v["rr"], v["sp"])
    if s == 4:
        return "Ht %d in  Wt %d lb  BMI %s\nBP %s  HR %d  RR %d  Temp %s F  SpO2 %d%%" % (v["ht"], v["wt"], v["bmi"], v["bp"], v["hr"], v["rr"], v["t"], v["sp"])
    return "Vitals: T %s | BP %s | HR %d | RR %d | Sat %d%%" % (v["t"], v["bp"], v["hr"], v["rr"], v["sp"])


def lab_val(c, nm, sc_labs=None):
    r = c.r
    d = LAB_IDX[nm]
    lo, hi, dec = d[2], d[3], d[4]
    rng = (sc_labs or {}).get(nm)
    if rng:
        x = r.uniform(rng[0], rng[1])
    else:
        span = hi - lo
        x = r.uniform(lo + 0.05 * span, hi - 0.05 * span)
        if r.chance(0.05):
            x = r.pick([lo - 0.1 * span, hi + 0.1 * span])
    if nm == "Anion gap" and not rng:
        x = r.uniform(7, 13)
    val = ("%." + str(dec) + "f") % x if dec else str(int(round(x)))
    flag = "H" if x > hi else ("L" if x < lo else "")
    if flag and nm in ("Troponin I", "Hemoglobin", "Potassium", "Glucose") and (x > hi * 2 or x < lo * 0.7):
        flag = flag + "H" if flag == "H" else "LL"
    if nm == "Troponin I" and x > hi:
        flag = "H*"
    return val, flag, d


def lab_keys(sc, extra, n):
    return list(dict.fromkeys(list(sc["labs"].keys()) + extra))[:n]


def ref(d):
    lo, hi, dec = d[2], d[3], d[4]
    f = "%." + str(dec) + "f" if dec else "%d"
    if d[0] == "BNP":
        return "<100"
    if d[0] == "Troponin I":
        return "<0.05"
    if d[0] == "Hemoglobin A1c":
        return "<5.7"
    if d[0] == "HDL":
        return ">39"
    return (f % lo) + "-" + (f % hi)


def panel_names(p):
    return [x[0] for x in LAB_DEF if x[5] == p]


# ----------------------------------------------------------------------------
# Page furniture and scanning artefacts
# ----------------------------------------------------------------------------
def letterhead(c, which=None, dept=None, fac=None):
    r = c.r
    s = r.randint(0, 4) if which is None else which
    fac = fac or (c.hosp if r.chance(0.6) else c.clinic)
    lines = []
    if s == 0:
        lines = [fac.upper(), c.haddr, "%s, %s %s" % (c.town, c.state, c.zip), "Phone %s   Fax %s" % (c.hphone, c.hfax)]
    elif s == 1:
        lines = ["%s  *  %s  *  %s, %s %s  *  %s" % (fac, c.haddr, c.town, c.state, c.zip, c.hphone)]
    elif s == 2:
        lines = [fac, "A Critical Access Hospital" if "Clinic" not in fac else "Certified Rural Health Clinic",
                 "%s | %s, %s" % (c.haddr, c.town, c.state), "Tel %s | Fax %s" % (c.hphone, c.hfax)]
    elif s == 3:
        lines = ["=" * 60, fac.upper().center(60).rstrip(), ("%s, %s" % (c.town, c.state)).center(60).rstrip(), "=" * 60]
    else:
        lines = [fac, "%s  %s, %s  %s" % (c.haddr, c.town, c.state, c.zip)]
    if dept:
        lines.append(dept)
    return "\n".join(lines)


def hletter(c, which=None, dept=None):
    return letterhead(c, which, dept, c.hosp)


def ehr_banner(c, title=None):
    r = c.r
    s = r.randint(0, 4)
    t = title or ""
    if s == 0:
        return "%s\nPatient: %s   MRN: %s   DOB: %s   Sex: %s\n%s" % (c.hosp, name(c, 2), c.mrn, D(c, c.dob, 0), c.sex, t)
    if s == 1:
        return "%-40s%s\n%s  (%s)  Acct# %s\n%s" % (name(c, 1), c.vendor, D(c, c.dob, 0), agesex(c, 1), c.acct, t)
    if s == 2:
        return "%s -- %s\nName: %s  DOB: %s  Age: %d  MR#: %s\nEncounter date: %s   Provider: %s\n%s" % (
            c.clinic, c.vendor.split()[0], name(c), D(c, c.dob, 0), c.age, c.mrn, D(c, None, 0), prov_name(c.prov), t)
    if s == 3:
        return "%s\n%s\n%s, %s | MRN %s | DOB %s\n%s" % ("-" * 64, c.hosp.upper(), c.last.upper(), c.first, c.mrn, D(c, c.dob, 0), t)
    return "%s\n%s" % (t, "Pt: %s  #%s  DOB %s  Loc: %s" % (name(c, 2), c.mrn, D(c, c.dob, 1), r.pick(["MED/SURG", "ER", "CLINIC", "SWING", "OBS", "RHC"])))


def fax_header(c, page=1, total=None):
    r = c.r
    total = total or r.randint(1, 8)
    d = c.date + datetime.timedelta(days=r.randint(0, 10))
    s = r.randint(0, 3)
    src = r.pick([c.tert, c.hosp, c.clinic, "%s Outreach Clinic" % c.tert.split()[0]])
    if s == 0:
        return "%s %s  FROM: %s  TO: %s  P.%02d/%02d" % (MONTHS[d.month - 1][:3].upper() + "-%02d-%04d" % (d.day, d.year), ftime_c(r), src, c.hfax, page, total)
    if s == 1:
        return "%s %s %s -> %s Pg %d of %d" % (fdate(d, 0), ampm(r), src[:24].upper(), c.hfax.replace(" ", ""), page, total)
    if s == 2:
        return "Received: %s %s; %s  (Page %d)" % (fdate(d, 1), ftime_c(r), c.hfax, page)
    return "%s   %s                    #%04d P. %03d" % (fdate(d, 3), src.upper()[:30], r.randint(1, 9999), page)


def footer(c, page, total):
    r = c.r
    s = r.randint(0, 4)
    if s == 0:
        return "Page %d of %d" % (page, total)
    if s == 1:
        return "%s  MRN %s   Printed %s %s   Page %d" % (name(c, 1), c.mrn, D(c, c.date + datetime.timedelta(days=r.randint(0, 400)), 0), ftime_c(r), page)
    if s == 2:
        return "CONFIDENTIAL - contains protected health information.   %d/%d" % (page, total)
    if s == 3:
        return "%s  --  %s -- page %d" % (c.vendor, c.hosp, page)
    return "- %d -" % page


def paginate(c, text, fax=False):
    r = c.r
    lines = text.split("\n")
    per = r.randint(42, 60)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[""]]
    n = len(pages)
    out = []
    same_foot = r.randint(0, 4)
    for i, pg in enumerate(pages):
        if fax:
            out.append(fax_header(c, i + 1, n))
        if i > 0 and r.chance(0.6):
            out.append("%s  MRN: %s  (continued)" % (name(c, 2), c.mrn))
        out.extend(pg)
        if n > 1 or r.chance(0.5):
            out.append("")
            out.append(footer(c, i + 1, n) if same_foot else "Page %d" % (i + 1))
    return "\n".join(out)


OCR_SUB = {"l": ["1", "I"], "I": ["l", "1"], "O": ["0"], "0": ["O"], "m": ["rn"], "e": ["c"], "c": ["e"],
           "S": ["5"], "5": ["S"], "B": ["8"], "a": ["o"], "h": ["b"], "t": ["l"], ".": [",", ""], ",": ["."],
           "rn": ["m"], "g": ["q"], "u": ["v"], "i": ["l", "1"]}


def ocr_noise(r, text, level):
    if level <= 0:
        return text
    out = []
    for ch in text:
        if ch in OCR_SUB and r.random() < level:
            out.append(r.pick(OCR_SUB[ch]))
        elif ch == " " and r.random() < level * 0.3:
            out.append("  " if r.chance(0.7) else "")
        else:
            out.append(ch)
    s = "".join(out)
    if r.random() < level * 20:
        ls = s.split("\n")
        for _ in range(r.randint(1, 3)):
            i = r.randrange(len(ls))
            if ls[i]:
                ls[i] = ls[i] + r.pick([" ~", " .", " '", " |", "", " :"])
        s = "\n".join(ls)
    return s


def signature(c, p=None, style=None, verb=None, when=None):
    r = c.r
    p = p or c.prov
    s = r.randint(0, 6) if style is None else style
    d = D(c, (when or c.date) + datetime.timedelta(days=0 if when else r.randint(0, 3)), 0)
    if s == 0:
        return "Electronically signed by %s on %s at %s" % (prov_name(p), d, ftime_c(r))
    if s == 1:
        return "_____________________________\n%s\nDictated: %s  Transcribed: %s  %s/%s\nJob #%d" % (
            prov_name(p), D(c, None, 0), d, "".join(x[0] for x in p[:2]).lower(), r.pick(["jls", "mkt", "dw", "rmh", "tc"]), r.randint(10000, 999999))
    if s == 2:
        return "%s\n%s" % (verb or r.pick(["Signed:", "Attested:", "Authenticated:"]), prov_name(p))
    if s == 3:
        return "/s/ %s  %s" % (prov_name(p, 1), d)
    if s == 4:
        return ("%s\n%s %s" % (prov_name(p), r.pick(["Family Medicine", "Family Practice", "Hospitalist", "Rural Health Clinic", ""]), d)).strip()
    if s == 5:
        return "This note was dictated using voice recognition software. Please excuse any transcription errors.\n%s" % prov_name(p)
    return "Signed: %s ______________  Date/Time: %s %s" % (prov_name(p, 1), d, ftime_c(r))


def meds_lines(c, meds, style=None):
    r = c.r
    s = r.randint(0, 3) if style is None else style
    out = []
    for i, m in enumerate(meds):
        if s == 0:
            out.append("%d. %s %s %s" % (i + 1, m[0].capitalize() if r.chance(0.5) else m[0], m[1], m[2]))
        elif s == 1:
            out.append("- %s %s, %s" % (m[0], m[1], m[2]))
        elif s == 2:
            out.append("  %-30s %-12s %s" % (m[0].upper(), m[1], m[2]))
        else:
            out.append("%s %s %s" % (m[0], m[1], m[2].replace("1 tab PO", "po").replace("1 cap PO", "po")))
    return out or ["None"]


def ros_text(c, pos=None):
    r = c.r
    systems = ["Constitutional", "Eyes", "ENT", "Cardiovascular", "Respiratory", "GI", "GU", "Musculoskeletal",
               "Skin", "Neurological", "Psychiatric", "Endocrine", "Heme/Lymph", "Allergic/Immunologic"]
    if r.chance(0.4):
        return "%s, otherwise a complete %s-point review of systems was negative." % (
            pos or "Positive as per HPI", r.pick(["10", "12", "14"]))
    out = []
    for s in r.some(systems, 6, 12):
        out.append("%s: %s" % (s, r.pick(["Negative.", "Denies.", "neg", "No complaints.", "Negative except as noted in HPI."])))
    return "\n".join(out)


def exam_text(c, sc=None, brief=False):
    r = c.r
    ab = sc["exam"] if sc and "exam" in sc else None
    base = [("General", r.pick(["Alert, in no acute distress.", "Pleasant elderly %s, NAD." % c.man, "Alert and oriented x3, cooperative.", "Appears mildly uncomfortable."])),
            ("HEENT", r.pick(["Normocephalic, atraumatic. PERRL. EOMI. Oropharynx clear. Mucous membranes moist.", "NCAT, PERRLA, TMs clear, throat benign.", "Unremarkable."])),
            ("Neck", r.pick(["Supple, no JVD, no lymphadenopathy.", "No thyromegaly or adenopathy."])),
            ("Cardiovascular", r.pick(["Regular rate and rhythm. No murmurs, rubs or gallops.", "RRR, S1 S2 normal, no m/r/g.", "Heart regular without murmur."])),
            ("Lungs", r.pick(["Clear to auscultation bilaterally. No wheezes, rales or rhonchi.", "CTA bilat, good air movement.", "Clear."])),
            ("Abdomen", r.pick(["Soft, nontender, nondistended. Normal bowel sounds. No organomegaly.", "Soft, NT/ND, +BS.", "Benign."])),
            ("Extremities", r.pick(["No clubbing, cyanosis or edema.", "No edema. Pulses 2+ and symmetric.", "Warm, well perfused, no edema."])),
            ("Skin", r.pick(["Warm and dry. No rashes.", "No lesions.", "Intact."])),
            ("Neuro", r.pick(["Alert and oriented x3. CN II-XII grossly intact. Strength 5/5 throughout.", "Nonfocal.", "A&O x3, moves all extremities, speech clear."])),
            ("Psych", r.pick(["Normal mood and affect.", "Appropriate.", "Calm, cooperative."]))]
    if brief:
        base = [b for b in base if b[0] in ("General", "Cardiovascular", "Lungs", "Abdomen", "Extremities", "Neuro", "Skin")]
    out = []
    for k, v in base:
        if ab and (ab[0] == k or (ab[0] == "Neuro" and k == "Neuro")):
            v = ab[1]
        out.append((k, v))
    if ab and ab[0] not in [k for k, _ in out]:
        out.append(ab)
    return out


def exam_block(c, sc=None, brief=False, style=None):
    r = c.r
    s = r.randint(0, 2) if style is None else style
    ex = exam_text(c, sc, brief)
    if s == 0:
        return "\n".join("%s: %s" % (k, v) for k, v in ex)
    if s == 1:
        return "\n".join("%s:  %s" % (k.upper(), v) for k, v in ex)
    return " ".join("%s: %s" % (k, v) for k, v in ex)


def head(c, title_opts):
    """Return a title or empty string; titles vary and are often missing."""
    r = c.r
    if r.chance(0.25):
        return ""
    t = r.pick(title_opts)
    return t.upper() if r.chance(0.5) else t


# ----------------------------------------------------------------------------
# Shared narrative pieces
# ----------------------------------------------------------------------------
def hpi(c, sc, style=None):
    r = c.r
    s = r.randint(0, 3) if style is None else style
    sx = r.some(sc["sx"], 2, len(sc["sx"]))
    pm = pmh_list(c)
    pmh = lc(", ".join(pm[:3])) if c.chronic else "no significant past medical history"
    if s == 0:
        t = "%s is a %s with a history of %s who presents with %s. " % (name(c), agesex(c), pmh, r.pick(sc["cc"]))
        t += "%s reports %s. " % (c.He, "; ".join(sx))
        t += " ".join(r.some(sc["neg"], 1, 2))
    elif s == 1:
        t = "Pt is a %s w/ PMH %s, here c/o %s. " % (agesex(c, 1), ", ".join(p[:18] for p in pm[:3]), r.pick(sc["cc"]))
        t += ". ".join(x[0].upper() + x[1:] for x in sx) + ". " + " ".join(sc["neg"])
    elif s == 2:
        t = "This %s %s was brought in by %s. %s states %s. Additionally %s. %s" % (
            "pleasant" if r.chance(0.5) else "", agesex(c), r.pick(["family", "private vehicle", "%s County EMS" % c.county, "ambulance", "spouse"]),
            c.He, sx[0], ", ".join(sx[1:]) or "no other complaints", " ".join(sc["neg"]))
    else:
        t = "%s %s. %s." % (agesex(c, 2), r.pick(sc["cc"]), "; ".join(sx)) + " " + sc["neg"][0]
    return t.replace("  ", " ")


def a_p(c, sc, style=None):
    r = c.r
    dx, code = dx_of(c)
    s = r.randint(0, 2) if style is None else style
    items = [x.split(" q")[0] if r.chance(0.2) else x for x in sc["iv"]]
    if s == 0:
        out = ["1. %s (%s)" % (dx, code)]
        out += ["   - %s" % x for x in items]
        for i, p in enumerate(c.chronic[:4]):
            out.append("%d. %s - %s" % (i + 2, p[0], r.pick(["continue home meds", "stable, continue current regimen", "monitor", "hold for now, resume when appropriate"])))
        out.append("%d. DVT prophylaxis: %s" % (len(c.chronic[:4]) + 2, r.pick(["enoxaparin 40 mg SQ daily", "SCDs", "heparin 5000 units SQ q8h", "ambulation"])))
        out.append("%d. Code status: %s" % (len(c.chronic[:4]) + 3, r.pick(["Full code", "DNR/DNI", "Full code, discussed with patient", "DNR - POLST on chart"])))
        return "\n".join(out)
    if s == 1:
        return "%s. Will %s. %s" % (dx, "; ".join(items), r.pick(["Further plans per hospital course.", "Discussed with patient and family who agree with plan.", "Expected LOS 2-3 days.", ""]))
    return "Assessment: %s\nPlan:\n%s" % (dx, "\n".join("* " + x for x in items))


def dxlist(c):
    dx, code = dx_of(c)
    sec = [p[0] for p in c.chronic[:4]]
    return dx, code, sec


# ----------------------------------------------------------------------------
# 1. Discharge summary
# ----------------------------------------------------------------------------
def gen_discharge_summary(r):
    c = make_ctx(r, age=r.randint(35, 95))
    sc = c.acute
    dx, code, sec = dxlist(c)
    los = r.randint(*sc["los"])
    adm = c.date
    dc = adm + datetime.timedelta(days=los)
    att = c.prov
    dcm = sc["dcm"] + [m for m in c.home if m[0] not in [x[0] for x in sc["dcm"]]]
    L = r.randint(0, 6)
    course = cfix(c, sc["course"])
    fu = r.pick(["Follow up with %s in 1 week." % dr(att), "Follow up in clinic in 5-7 days with PCP.",
                 "Return to %s for recheck in 1 week; sooner if worse." % c.clinic, "See %s in 7-10 days. Labs (BMP) prior." % dr(c.prov2)])
    if L == 0:
        t = [hletter(c, 0), "", head(c, ["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY"]), "",
             "PATIENT: %s" % name(c, 1), "MR#: %s       ACCT#: %s" % (c.mrn, c.acct), "DATE OF BIRTH: %s" % D(c, c.dob, 0),
             "ADMISSION DATE: %s" % D(c, adm, 0), "DISCHARGE DATE: %s" % D(c, dc, 0), "ATTENDING PHYSICIAN: %s" % prov_name(att),
             "PRIMARY CARE: %s" % prov_name(c.prov2), "",
             "DISCHARGE DIAGNOSES:", "1. %s." % dx] + ["%d. %s." % (i + 2, s) for i, s in enumerate(sec)] + [
             "", "CONSULTATIONS: %s" % r.pick(["None.", "%s (telehealth)." % sc["spec"].capitalize(), "Physical therapy, dietitian."]),
             "", "PROCEDURES: %s" % ({"egd": "EGD.", "appy": "Laparoscopic appendectomy.", "cath": "None here; see transfer."}.get(sc["proc"], "None.")),
             "", "HISTORY OF PRESENT ILLNESS:", hpi(c, sc, 0), "",
             "HOSPITAL COURSE:", course + " " + r.pick(["The patient remained hemodynamically stable throughout.", "By the day of discharge the patient was ambulating independently and tolerating a regular diet.", "PT evaluated and felt the patient was safe for discharge home with family."]),
             "", "CONDITION AT DISCHARGE: %s" % r.pick(["Good.", "Stable.", "Improved.", "Fair, stable."]),
             "", "DISCHARGE MEDICATIONS:"] + meds_lines(c, dcm, 0) + [
             "", "ALLERGIES: %s" % c.allergy, "", "DIET: %s" % r.pick(["Regular.", "2 g sodium, cardiac.", "ADA 1800 calorie.", "Soft, advance as tolerated."]),
             "ACTIVITY: %s" % r.pick(["As tolerated.", "No lifting over 10 lb x 2 weeks.", "Walker at all times."]),
             "", "FOLLOW-UP: " + fu, "", signature(c, att, 1, when=dc), "", "cc: %s" % prov_name(c.prov2)]
    elif L == 1:  # swing bed
        pt_days = r.randint(6, 21)
        t = [ehr_banner(c, r.pick(["SWING BED DISCHARGE SUMMARY", "Skilled Care / Swing Bed Discharge", "Transitional Care Discharge Summary", ""])),
             "", "Acute admit: %s   Swing bed admit: %s   Discharge: %s" % (D(c, adm, 0), D(c, dc, 0), D(c, dc + datetime.timedelta(days=pt_days), 0)),
             "Qualifying diagnosis: %s" % dx, "Skilled need: %s" % r.pick(["PT/OT for strengthening and gait training", "IV antibiotics and PT", "Wound care and therapy", "Skilled nursing for CHF management and therapy"]),
             "", "Course in swing bed:",
             "Pt was transitioned to swing bed status after acute stay for %s. Participated in PT and OT %s. Gait improved from %s to %s. %s" % (
                 lc(dx), r.pick(["5x/week", "twice daily", "daily"]), r.pick(["min assist 10 ft", "mod assist with walker 15 ft", "wheelchair level"]),
                 r.pick(["independent with FWW 150 ft", "SBA with walker 200 ft", "independent with cane household distances"]),
                 r.pick(["No falls during the stay.", "One unwitnessed fall without injury on day 5; fall precautions reinforced.", "Weights stable."])),
             "", "Functional status at discharge: %s" % r.pick(["ADLs independent except bathing (SBA).", "Modified independent.", "Requires supervision for stairs."]),
             "", "Meds at discharge:"] + meds_lines(c, dcm, 1) + [
             "", "Discharged to: %s" % r.pick(["home with spouse", "home alone with home health", "%s Care Center (long-term care)" % c.town, "daughter's home"]),
             "Home health: %s" % r.pick(["Yes - %s Home Health, PT and RN" % c.county, "No", "Declined"]),
             "", signature(c, att, 0, when=dc + datetime.timedelta(days=pt_days))]
    elif L == 2:  # short PA note
        t = [r.pick(["Discharge Note", "D/C summary", "Hospital Discharge", "Discharge"]), "%s  %s  MRN %s" % (name(c), D(c, dc), c.mrn), "",
             "Admitted %s for %s. %s" % (D(c, adm), lc(dx), course), "",
             "Dx: %s%s" % (dx, (", " + ", ".join(sec)) if sec else ""), "Disposition: %s" % r.pick(["Home", "Home w/ family", "Home w/ HH"]),
             "Meds: " + "; ".join("%s %s %s" % m for m in dcm), "F/u: " + fu, "", signature(c, c.prov, 3, when=dc)]
    elif L == 3:  # EHR templated
        t = [ehr_banner(c, "Discharge Summary (Inpatient)"), "-" * 60,
             "Admit Date        | %s" % D(c, adm, 0), "Discharge Date    | %s" % D(c, dc, 0), "Length of Stay    | %d day(s)" % los,
             "Attending         | %s" % prov_name(att, 2), "Disposition       | %s" % r.pick(["01 - Home/Self care", "06 - Home Health", "03 - SNF", "61 - Swing bed"]),
             "-" * 60, "Principal Diagnosis: %s [%s]" % (dx, code), "Secondary Diagnoses:"] + ["  %s" % s for s in sec or ["None"]] + [
             "", "Brief HPI:", hpi(c, sc, 3), "", "Hospital Course:", course, "",
             "Pertinent Results:", "  %s" % (sc["img"][0] + ": " + sc["img"][2] if sc["img"] else "Labs as below"),
             "  " + ", ".join("%s %s" % (k, lab_val(c, k, sc["labs"])[0]) for k in list(sc["labs"].keys())[:3] or ["WBC", "Hemoglobin"]),
             "", "Discharge Medications:"] + meds_lines(c, dcm, 2) + ["", "Instructions: see patient discharge instructions.",
             "Follow-up: " + fu, "", signature(c, att, 0, when=dc)]
    elif L == 4:  # death summary
        t = [hletter(c, 4), "", r.pick(["DEATH SUMMARY", "EXPIRATION SUMMARY", "Discharge Summary - Expired"]), "",
             "Patient: %s   DOB: %s   MR: %s" % (name(c), D(c, c.dob, 0), c.mrn), "Date of admission: %s" % D(c, adm),
             "Date/time of death: %s at %s" % (D(c, dc), ftime(r)), "",
             "Cause of death: %s" % r.pick(["%s" % dx, "Cardiopulmonary arrest due to %s" % lc(dx), "Multiorgan failure secondary to %s" % lc(dx)]),
             "Contributing: %s" % (", ".join(sec) or "advanced age"), "",
             "Summary: %s was admitted with %s. %s Goals of care were discussed with the family early in the stay and %s elected comfort measures. %s was made DNR/comfort care on hospital day %d and passed peacefully with family at the bedside. Family was notified and present. %s Funeral Home notified. Autopsy %s." % (
                 name(c), lc(dx), r.pick(["Despite treatment, the patient continued to decline.", "Course complicated by worsening renal function and hypotension."]),
                 r.pick(["the patient's son, who holds healthcare POA,", "the patient"]), c.He, max(1, los - 1), r.pick(["Lindgren-Voss", "Prairie Rest", "Hartwig & Sons"]), r.pick(["declined", "not requested", "not indicated"])),
             "", signature(c, att, 2, when=dc)]
    elif L == 5:  # outside tertiary faxed
        t = [c.tert.upper(), "%s" % c.tcity, "Department of %s" % r.pick(["Hospital Medicine", "Cardiology", "Surgery", "Internal Medicine"]), "",
             "DISCHARGE SUMMARY", "Name: %s    MRN: T%s    DOB: %s" % (name(c, 2), c.mrn, D(c, c.dob, 4)),
             "Admit: %s   Discharge: %s   Service: %s" % (D(c, adm, 4), D(c, dc, 4), r.pick(["HOSP MED 3", "CARDIOLOGY B", "GEN SURG"])),
             "Referring: %s, %s" % (prov_name(c.prov), c.hosp), "",
             "Reason for Admission/Transfer: %s" % dx, "", "Hospital Course by Problem:"]
        t.append("# %s: %s" % (dx, course))
        for p in sec[:3]:
            t.append("# %s: %s" % (p, r.pick(["Stable. Home regimen continued.", "Chronic, stable.", "Medications adjusted, see list."])))
        t += ["", "Discharge Medications (reconciled):"] + meds_lines(c, dcm, 1) + [
              "", "Pending results at discharge: %s" % r.pick(["None", "Blood cultures (no growth to date)", "Final pathology"]),
              "", "Follow-up: PCP %s at %s within 7 days." % (dr(c.prov), c.clinic),
              "", "Resident: %s %s, MD (PGY-%d)" % (r.pick(FIRST_M + FIRST_F), r.pick(LAST), r.randint(1, 3)),
              "Attending: %s %s, MD" % (r.pick(FIRST_F), r.pick(LAST))]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0.002, 0.02))
    else:  # letter style to PCP
        t = [hletter(c, 2), "", D(c, dc, 2), "", "%s\n%s" % (prov_name(c.prov2), c.clinic), "",
             "RE: %s  DOB %s" % (name(c), D(c, c.dob, 0)), "", "Dear %s," % dr(c.prov2), "",
             "Your patient was hospitalized here from %s to %s with %s. %s" % (D(c, adm, 2), D(c, dc, 2), lc(dx), course),
             "", "%s went home on the following medications: %s." % (c.He, "; ".join("%s %s %s" % m for m in dcm)),
             "", "I have asked %s to see you %s. %s" % (c.him, r.pick(["next week", "in 7-10 days", "early next week"]), r.pick(["A repeat BMP would be appreciated.", "Please recheck CBC.", "Please follow up the pending culture.", ""])),
             "", "Sincerely,", "", prov_name(att)]
    return ocr_noise(r, paginate(c, "\n".join(t), fax=r.chance(0.2)), r.choice([0, 0, 0.003, 0.008]))


# ----------------------------------------------------------------------------
# 2. History & physical
# ----------------------------------------------------------------------------
def gen_history_physical(r):
    c = make_ctx(r, age=r.randint(25, 95))
    sc = c.acute
    v = vitals(c, sc)
    dx, code, sec = dxlist(c)
    L = r.randint(0, 6)
    labs_short = ", ".join("%s %s" % (k, lab_val(c, k, sc["labs"])[0]) for k in lab_keys(sc, ["WBC", "Hemoglobin", "Sodium", "Potassium", "Creatinine"], 5))
    img = ("%s: %s" % (sc["img"][0], sc["img"][2])) if sc["img"] else "No imaging."
    if L == 0:
        t = [hletter(c, 0), "", head(c, ["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL", "History & Physical Examination"]),
             "", "PATIENT NAME: %s" % name(c, 1), "MEDICAL RECORD #: %s" % c.mrn, "DATE OF ADMISSION: %s" % D(c), "ADMITTING PHYSICIAN: %s" % prov_name(c.prov),
             "", "CHIEF COMPLAINT: %s" % r.pick(sc["cc"]).capitalize() + ".", "", "HISTORY OF PRESENT ILLNESS: " + hpi(c, sc, 0), "",
             "PAST MEDICAL HISTORY: " + ", ".join(pmh_list(c)) + ".", "", "PAST SURGICAL HISTORY: " + (", ".join(c.surg) or "None") + ".",
             "", "MEDICATIONS:"] + meds_lines(c, c.home, 0) + ["", "ALLERGIES: " + c.allergy, "", "SOCIAL HISTORY: " + c.social, "",
             "FAMILY HISTORY: " + c.family, "", "REVIEW OF SYSTEMS: " + ros_text(c), "", "PHYSICAL EXAMINATION:", "VITAL SIGNS: " + vit_line(c, v, 2),
             exam_block(c, sc, style=1), "", "LABORATORY DATA: " + labs_short + ".", "", "IMAGING: " + img, "",
             "ASSESSMENT AND PLAN:", a_p(c, sc, 0), "", signature(c, c.prov, 1)]
    elif L == 1:
        t = [ehr_banner(c, "H&P - Admission"), "Date of Service: %s %s" % (D(c, None, 0), ftime_c(r)), "Admission type: %s" % r.pick(["Inpatient", "Observation", "Inpatient - Acute"]), "",
             "CC: " + r.pick(sc["cc"]), "HPI: " + hpi(c, sc, 1), "", "ROS:", ros_text(c), "",
             "PMHx: " + "; ".join(pmh_list(c)), "PSHx: " + ("; ".join(c.surg) or "none"), "Meds: " + "; ".join("%s %s" % m[:2] for m in c.home) if c.home else "Meds: none",
             "All: " + c.allergy, "SHx: " + c.social, "FHx: " + c.family, "", "PE:", vit_line(c, v, 3), exam_block(c, sc, style=0), "",
             "Data: " + labs_short + ". " + img, "", "A/P:", a_p(c, sc, 2), "", signature(c, c.prov, 0)]
    elif L == 2:  # swing bed admission
        t = [ehr_banner(c, r.pick(["Swing Bed Admission H&P", "SWING BED ADMISSION", "Skilled Admission History and Physical"])), "",
             "Date: %s" % D(c), "Reason for skilled admission: %s" % r.pick(["Deconditioning after %s" % lc(dx), "PT/OT following %s" % lc(dx), "Continued IV antibiotics and therapy"]),
             "", "Interval history: Patient admitted to acute care %d days ago with %s. %s Now medically stable for transition to skilled level of care." % (r.randint(2, 5), lc(dx), cfix(c, sc["course"])),
             "", "Prior level of function: %s" % r.pick(["Independent, lived alone, drove.", "Walked with cane, needed help with bathing.", "Independent on the farm."]),
             "Current function: %s" % r.pick(["Min assist transfers, ambulates 40 ft with FWW.", "Mod assist for ADLs.", "SBA gait 100 ft."]), "",
             "Medications reviewed and reconciled - see MAR.", "Allergies: " + c.allergy, "", "Exam:", vit_line(c, vitals(c), 0), exam_block(c, None, True, 0), "",
             "Problems:"] + ["- %s" % x for x in [dx] + sec] + ["", "Plan: PT/OT 5x/wk, skilled nursing, dietitian consult, discharge planning with goal of return to %s in approx %d days." % (r.pick(["home", "home with son", "assisted living"]), r.randint(7, 20)),
             "Code status: %s" % r.pick(["Full", "DNR", "DNR/DNI per POLST"]), "", signature(c, c.prov, 4)]
    elif L == 3:  # terse admit note
        t = [r.pick(["Admit note", "ADMIT NOTE", "Adm H+P", "Hospitalist admission"]), "%s %s" % (D(c, None, 1), ftime(r)), "",
             "%s %s. " % (agesex(c, 2), r.pick(sc["cc"])) + "; ".join(r.some(sc["sx"], 2, 3)) + ".",
             "PMH: " + ", ".join(pmh_list(c)), "Meds: see med rec", "NKDA" if "NK" in c.allergy else "Allergy: " + c.allergy, "",
             vit_line(c, v, 0), "Gen: " + r.pick(["NAD", "uncomfortable", "ill appearing"]), "%s: %s" % sc["exam"], "",
             "Labs: " + labs_short, img, "", "Imp: " + dx, "Plan: " + "; ".join(sc["iv"]) + "; " + r.pick(["full code", "DNR", "code status full"]), "", "-- " + prov_name(c.prov, 1)]
    elif L == 4:  # pre-procedure H&P (outpatient)
        proc = r.pick(["Screening colonoscopy", "EGD", "Laparoscopic cholecystectomy", "Right inguinal hernia repair", "Excision of back lipoma", "Cataract? no - cystoscopy"]).replace("Cataract? no - ", "")
        t = [hletter(c, 4), "", r.pick(["PRE-PROCEDURE HISTORY & PHYSICAL", "Short Stay H&P", "Outpatient Surgery History and Physical", "H&P Update (within 30 days)"]),
             "", "Patient: %s   DOB: %s   Date: %s" % (name(c), D(c, c.dob, 0), D(c)), "Planned procedure: %s" % proc,
             "Surgeon: %s" % prov_name(r.pick(SPECIALISTS["general surgery"])), "", "Indication: %s" % r.pick(["Average risk screening, age 50+", "Symptomatic cholelithiasis", "Reducible hernia, symptomatic", "Enlarging subcutaneous mass", "Dyspepsia, iron deficiency"]),
             "PMH: " + ", ".join(pmh_list(c)), "Anesthesia history: %s" % r.pick(["No problems with prior anesthesia.", "PONV with prior surgery.", "Never had anesthesia."]),
             "Meds: " + (", ".join(m[0] for m in c.home) or "none"), "Allergies: " + c.allergy, "", "Exam: " + vit_line(c, vitals(c), 3),
             "Airway: Mallampati %s. Heart: RRR. Lungs: clear." % r.pick(["I", "II", "III"]),
             "ASA class: %s" % r.pick(["I", "II", "III"]), "", "[X] H&P reviewed, patient examined, no interval change.", "[X] Patient is an appropriate candidate for the planned procedure and sedation.",
             "", signature(c, c.prov, 6)]
    elif L == 5:  # nursing home admission H&P
        nh = "%s %s" % (c.town, r.pick(["Care Center", "Manor", "Good Samaritan Village", "Lutheran Home", "Pioneer Manor"]))
        t = [nh.upper(), "Physician Admission History & Physical", "", "Resident: %s   Room %d%s   Admit date: %s" % (name(c, 2), r.randint(100, 140), r.pick("AB"), D(c)),
             "Attending: %s" % prov_name(c.prov), "", "Reason for admission: %s" % r.pick(["Long-term care, progressive dementia, unable to live safely at home", "Long-term care after hip fracture", "Family unable to provide care; frequent falls"]),
             "", "History: Resident is a %s known to me from clinic. %s" % (agesex(c), r.pick(["Family reports increasing confusion and two falls in the past month.", "Recent hospitalization at %s." % c.hosp, "Has been living with daughter who can no longer manage care."])),
             "", "Diagnoses:"] + ["  %s" % p for p in pmh_list(c)] + ["  Dementia, unspecified" if r.chance(0.6) else "  Gait instability",
             "", "Medications: see admission orders.", "Allergies: " + c.allergy, "", "Exam: " + vit_line(c, vitals(c), 5), exam_block(c, None, True, 2),
             "Cognition: BIMS %d/15" % r.randint(4, 14), "", "Plan: Admit to LTC. Advance directive reviewed; %s. Labs: CBC, CMP in AM. PT/OT eval. Dietary consult. Monthly visits." % r.pick(["DNR", "full code per resident wishes", "POLST completed - DNR, limited interventions"]),
             "", signature(c, c.prov, 2)]
    else:  # observation / narrative dictated
        t = [r.pick(["ADMISSION NOTE - OBSERVATION", "Observation H&P", "HISTORY & PHYSICAL", "Hospital Admission"]), "",
             "%s, a %s, was seen and examined in the emergency department on %s. %s" % (name(c), agesex(c), D(c, None, 2), hpi(c, sc, 2)),
             "", "Past history is notable for %s. Surgical history: %s. %s %s takes %s. Allergies: %s." % (
                 lc(", ".join(pmh_list(c))), ", ".join(c.surg) or "none", c.social, c.He, ", ".join(m[0] for m in c.home) or "no regular medications", c.allergy),
             "", "On examination: " + vit_line(c, v, 2) + " " + exam_block(c, sc, style=2), "", "Workup: " + labs_short + ". " + img, "",
             "IMPRESSION: " + dx + ".", "", "PLAN: " + a_p(c, sc, 1), "", signature(c, c.prov, r.pick([1, 5]))]
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0, 0.002, 0.006]))


# ----------------------------------------------------------------------------
# 3. Progress note
# ----------------------------------------------------------------------------
def gen_progress_note(r):
    L = r.randint(0, 7)
    if L in (0, 1, 2):  # outpatient
        c = make_ctx(r, age=r.randint(5, 88) if L == 2 else r.randint(25, 88))
        o = c.out
        if o["key"] == "strep" and c.age > 30:
            c.age = r.randint(6, 16); c.social = "Lives with parents. Attends school in %s." % c.ptown; c.chronic = []; c.home = []
        v = vitals(c)
        dx = o["dx"]
        codes = o["icd10"] if c.icd10 else o["icd9"]
        labs = "; ".join("%s %s%%" % (k, lab_val(c, k, o["labs"])[0]) if k == "Hemoglobin A1c" else "%s %s" % (k, lab_val(c, k, o["labs"])[0]) for k in o["labs"])
        if L == 0:  # SOAP clinic
            t = [ehr_banner(c, r.pick(["Office Visit", "Clinic Note", "Established Patient Visit", ""])), "",
                 "Visit date: %s   Provider: %s   Nurse: %s" % (D(c), prov_name(c.prov), c.nurse),
                 "Reason for visit: %s" % r.pick(o["reason"]), "", "S:", o["subj"] + " " + r.pick(["", "Wife with pt today.", "Needs refills.", "Last seen %d months ago." % r.randint(2, 12)]),
                 "", "Current meds:"] + meds_lines(c, c.home, 1) + ["Allergies: " + c.allergy, "", "O:", vit_line(c, v, 4), o["exam"], "",
                 "A:"] + ["%d. %s (%s)" % (i + 1, d, codes[i]) for i, d in enumerate(dx)] + ["", "P:"] + ["- " + p for p in o["plan"]] + (["Labs: " + labs] if labs else []) + [
                 "", signature(c, c.prov, 0)]
        elif L == 1:  # narrative follow-up
            t = [letterhead(c, 1), "", "%s   DOB %s" % (name(c), D(c, c.dob, 0)), "Date of service: %s" % D(c, None, 2), "",
                 "%s returns today for %s. %s" % (c.first, r.pick(o["reason"]), o["subj"]), "",
                 "Past history of %s." % (lc(", ".join(pmh_list(c)))),
                 "", "On exam today, " + vit_line(c, v, 2) + " " + o["exam"], "",
                 "Assessment and plan: " + "; ".join(dx) + ". " + " ".join(o["plan"]) + ((" " + labs + ".") if labs else ""),
                 "", "Total time %d minutes, more than half in counseling." % r.randint(15, 40) if r.chance(0.4) else "", signature(c, c.prov, 4)]
        else:  # wellness / sports physical
            if c.age < 19:
                sport = r.pick(["football", "volleyball", "basketball", "wrestling", "track", "8-man football", "cross country"])
                t = [ehr_banner(c, r.pick(["Well Child / Sports Physical", "Preparticipation Physical", "WCC"])), "",
                     "%s is here with %s for sports physical for %s. No concerns. Denies chest pain or syncope with exercise. No family history of sudden death before age 50. %s" % (
                         c.first, r.pick(["mom", "dad", "grandmother"]), sport, r.pick(["Concussion last season, cleared.", "No prior injuries.", "Sprained ankle last year, healed."])),
                     "", vit_line(c, v, 4), "Vision: 20/%d OD, 20/%d OS" % (r.pick([20, 20, 25, 30]), r.pick([20, 20, 25, 40])),
                     exam_block(c, None, True, 0), "MSK: full ROM, duck walk normal, no scoliosis.", "",
                     "A: Well adolescent. Cleared for all sports without restriction.", "P: Anticipatory guidance - helmet use, seat belts, vaping. Immunizations reviewed: %s." % r.pick(["up to date", "Tdap and MCV4 given today", "HPV #2 given"]),
                     "PPE form completed and signed.", "", signature(c, c.prov, 3)]
            else:
                t = [ehr_banner(c, r.pick(["Medicare Annual Wellness Visit", "Annual Physical", "Subsequent AWV", "Preventive visit"])), "",
                     "Health risk assessment reviewed. %s" % r.pick(["Pt reports good health.", "Fair health; limited by knee pain.", "Feels well."]),
                     "Fall risk: %s. Depression screen PHQ-2: %d. Cognitive screen (Mini-Cog): %d/5." % (r.pick(["no falls in past year", "1 fall, no injury"]), r.randint(0, 2), r.randint(3, 5)),
                     "Functional: independent ADLs. Hearing: %s." % r.pick(["whisper test passed", "uses aids", "some difficulty"]),
                     "", "Problem list:"] + ["  " + p for p in pmh_list(c)] + ["", "Medications reviewed:"] + meds_lines(c, c.home, 3) + ["",
                     vit_line(c, v, 4), "", "Screening schedule / plan:", "- Colorectal: %s" % r.pick(["colonoscopy 2019 normal, due 2029", "FIT kit given", "declines"]),
                     "- Mammogram: %s" % ("N/A" if c.sex == "M" else r.pick(["ordered", "done %d" % (c.date.year - 1)])),
                     "- Immunizations: %s" % r.pick(["influenza today", "pneumococcal updated", "shingles vaccine recommended at pharmacy", "Td due next year"]),
                     "- Advance directive: %s" % r.pick(["on file", "information given", "discussed, pt will complete"]), "", signature(c, c.prov, 0)]
        return ocr_noise(r, "\n".join(t), r.choice([0, 0, 0.003]))
    c = make_ctx(r, age=r.randint(45, 95))
    sc = c.acute
    dx, code, sec = dxlist(c)
    hd = r.randint(2, 5)
    v = vitals(c)
    labs = ", ".join("%s %s" % (k, lab_val(c, k)[0]) for k in r.some(["WBC", "Hemoglobin", "Sodium", "Potassium", "Creatinine", "Glucose", "BUN"], 3, 5))
    if L == 3:  # inpatient SOAP
        t = [ehr_banner(c, r.pick(["Progress Note", "Daily Progress Note", "Hospital Progress Note", "Inpatient Note"])),
             "Hospital day #%d   %s %s" % (hd, D(c, c.date + datetime.timedelta(days=hd - 1)), ftime(r)), "",
             "S: %s" % r.pick(["Feels better today. Slept well. Tolerating diet.", "Still some %s but improving." % r.pick(sc["cc"]), "No acute events overnight per nursing. Ambulated in hall with PT."]),
             "O: " + vit_line(c, v, 0), "   I/O: %d/%d" % (r.randint(900, 2200), r.randint(900, 3500)), "   " + "%s: %s" % sc["exam"], "   Labs: " + labs, "",
             "A/P:", "%s - %s" % (dx, r.pick(["improving", "slowly improving", "stable", "better"])), "  " + "; ".join(sc["iv"][:2]),
             ] + ["%s - stable" % s for s in sec[:3]] + ["Dispo: %s" % r.pick(["anticipate discharge tomorrow", "PT eval, possible swing bed", "continue inpatient"]), "", signature(c, c.prov, 3)]
    elif L == 4:  # swing bed weekly
        t = [ehr_banner(c, r.pick(["Swing Bed Progress Note", "Skilled Care Physician Note", "Weekly Swing Bed Note"])), "",
             "Week %d of skilled stay for %s." % (r.randint(1, 3), lc(dx)), "Therapy: %s" % r.pick(["PT notes gait 150 ft with FWW, SBA.", "OT working on lower body dressing.", "Progressing toward goals."]),
             "Nursing: %s" % r.pick(["No falls. Eating 75% of meals.", "BMs regular. Skin intact.", "Some nighttime confusion."]), "",
             vit_line(c, v, 1), exam_block(c, None, True, 2), "", "Plan: continue skilled services. Target discharge %s. Care conference with family %s." % (
                 D(c, c.date + datetime.timedelta(days=r.randint(5, 14))), r.pick(["Thursday", "next week", "held today"])), "", signature(c, c.prov, 0)]
    elif L == 5:  # nursing home rounds
        nh = "%s %s" % (c.town, r.pick(["Care Center", "Manor", "Good Samaritan Village", "Lutheran Home"]))
        t = [nh, r.pick(["Physician Visit Note", "Nursing Home Rounds", "Regulatory visit (60-day)", "LTC progress note"]), "",
             "Resident: %s   Room %d   Date: %s" % (name(c, 2), r.randint(1, 60), D(c)), "",
             "Seen for routine visit. Staff report %s" % r.pick(["no concerns.", "decreased appetite over 2 weeks.", "one fall without injury.", "increased agitation in the evenings."]),
             "Wt: %d lb (%+d lb from last month)" % (v["wt"], r.randint(-6, 3)), vit_line(c, v, 3), "",
             "Exam: " + exam_block(c, None, True, 2), "", "Dx:"] + ["- %s - %s" % (p, r.pick(["stable", "controlled", "monitor"])) for p in pmh_list(c)] + [
             "", "Orders: %s" % r.pick(["No changes.", "Gradual dose reduction of trazodone attempted.", "CBC/BMP next lab day.", "Dietary supplement TID with meals."]),
             "Medications reviewed, no changes. Next visit in 30-60 days.", "", signature(c, c.prov, 6)]
    elif L == 6:  # bullet hospitalist
        t = ["%s  %s" % (name(c, 1), c.mrn), "Progress %s" % D(c, None, 1), "",
             "- %s, HD %d" % (dx, hd), "- afebrile, VSS" if r.chance(0.5) else "- " + vit_line(c, v, 3), "- " + r.pick(["ambulating", "up to chair", "PT following"]), "- labs: " + labs,
             "- cont current tx; " + r.pick(["switch to PO", "wean O2", "advance diet", "recheck labs AM"]), "- dispo: " + r.pick(["home 1-2 d", "swing bed", "?transfer"]),
             "", prov_name(c.prov, 1)]
    else:  # outpatient hospital follow-up / APSO
        t = [letterhead(c, 4), r.pick(["Hospital follow-up", "Post-hospital visit (TCM)", "Transitional care visit", "F/U visit"]), "",
             "Patient: %s   Age: %d   Date: %s" % (name(c), c.age, D(c)),
             "", "ASSESSMENT/PLAN:", "1. %s - %s" % (dx, r.pick(["resolved", "improving", "clinically improved"])), "   Completed course of treatment. " + r.pick(["Repeat CXR in 6 weeks.", "Labs today.", "Continue new meds."]),
             ] + ["%d. %s - stable" % (i + 2, s) for i, s in enumerate(sec[:3])] + ["",
             "SUBJECTIVE: Seen %d days after discharge from %s. %s" % (r.randint(3, 12), c.hosp, r.pick(["Doing well.", "Still tired but improving.", "Appetite back."])),
             "Medication reconciliation completed.", "", "OBJECTIVE:", vit_line(c, v, 4), exam_block(c, None, True, 0), "", signature(c, c.prov, 0)]
    return ocr_noise(r, "\n".join(t), r.choice([0, 0, 0.003]))


# ----------------------------------------------------------------------------
# 4. Consultation note
# ----------------------------------------------------------------------------
CONSULT_Q = {
    "general surgery": ("evaluate for surgical management", "Recommend %s. Will follow.", ["laparoscopic intervention when optimized", "conservative management with NG decompression and serial exams", "outpatient elective repair"]),
    "cardiology": ("chest pain / abnormal troponin / arrhythmia", "Recommend %s.", ["echocardiogram and outpatient stress testing", "transfer for cardiac catheterization", "rate control with diltiazem and anticoagulation with apixaban"]),
    "orthopedics": ("fracture management", "Plan: %s.", ["operative fixation", "non-weight bearing, splint, follow-up in 2 weeks with repeat films", "weight bearing as tolerated with walker"]),
    "neurology": ("acute neurologic deficit", "Recommendations: %s.", ["IV alteplase is recommended; transfer to comprehensive stroke center", "MRI brain, aspirin, statin, telemetry", "EEG, start levetiracetam 500 mg BID"]),
    "psychiatry": ("depression / safety evaluation", "Recommendations: %s.", ["does not meet criteria for involuntary hold; start sertraline and outpatient follow-up", "inpatient psychiatric admission recommended; bed search initiated", "increase sertraline to 100 mg; therapy referral"]),
    "nephrology": ("acute kidney injury", "Recommend %s.", ["hold ACE inhibitor and NSAIDs, gentle IV hydration, renal ultrasound", "outpatient CKD clinic follow-up"]),
    "pulmonology": ("hypoxia, abnormal chest imaging", "Recommend %s.", ["CT chest with contrast and outpatient PFTs", "continue steroids, pulmonary rehab after discharge"]),
    "urology": ("hematuria / obstructing stone", "Recommend %s.", ["outpatient cystoscopy and CT urogram", "transfer for ureteral stent placement"]),
    "obstetrics and gynecology": ("pelvic pain / abnormal bleeding", "Plan: %s.", ["pelvic ultrasound and endometrial biopsy in clinic", "expectant management"]),
    "gastroenterology": ("GI bleeding", "Recommend %s.", ["EGD tomorrow morning, continue PPI infusion", "outpatient colonoscopy"]),
    "oncology": ("new mass concerning for malignancy", "Recommend %s.", ["tissue biopsy and staging PET/CT", "referral to the cancer center for multidisciplinary review"]),
    "wound care": ("nonhealing wound", "Recommendations: %s.", ["offloading, silver alginate dressing changes every other day", "compression wraps twice weekly, vascular studies"]),
}


def gen_consult_note(r):
    c = make_ctx(r, age=r.randint(20, 92))
    sc = c.acute
    spec = sc["spec"] if r.chance(0.6) else r.pick(list(CONSULT_Q.keys()))
    sp = r.pick(SPECIALISTS[spec])
    q, rec_t, recs = CONSULT_Q[spec]
    rec = rec_t % r.pick(recs)
    dx, code, sec = dxlist(c)
    v = vitals(c, sc)
    L = r.randint(0, 6)
    reason = "%s in the setting of %s" % (q, lc(dx)) if r.chance(0.6) else q
    if L == 0:
        t = [hletter(c, 0), "", head(c, ["CONSULTATION", "CONSULTATION REPORT", "Consult Note", "%s CONSULTATION" % spec.upper()]), "",
             "PATIENT: %s          MR#: %s" % (name(c, 1), c.mrn), "DATE: %s" % D(c), "CONSULTANT: %s" % prov_name(sp), "REQUESTING PHYSICIAN: %s" % prov_name(c.prov),
             "", "REASON FOR CONSULTATION: " + reason.capitalize() + ".", "", "HISTORY OF PRESENT ILLNESS: " + hpi(c, sc, 0), "",
             "PAST MEDICAL HISTORY: " + ", ".join(pmh_list(c)) + ".", "MEDICATIONS: " + (", ".join("%s %s" % m[:2] for m in c.home) or "None") + ".", "ALLERGIES: " + c.allergy + ".",
             "SOCIAL HISTORY: " + c.social, "FAMILY HISTORY: " + c.family, "", "REVIEW OF SYSTEMS: " + ros_text(c), "",
             "PHYSICAL EXAMINATION: " + vit_line(c, v, 2), exam_block(c, sc, style=1), "",
             "IMPRESSION: " + dx + ".", "", "RECOMMENDATIONS: " + rec, "", "Thank you for this consultation. I will continue to follow with you.", "", signature(c, sp, 1)]
    elif L == 1:  # letter back to PCP
        t = [r.pick([c.tert, "%s %s Associates" % (c.tcity, spec.title())]), "Outreach Clinic at %s" % c.hosp, "", D(c, None, 2), "",
             prov_name(c.prov), c.clinic, "%s, %s" % (c.town, c.state), "", "RE: %s, DOB %s" % (name(c), D(c, c.dob, 0)), "",
             "Dear %s:" % dr(c.prov), "", "Thank you for asking me to see %s in consultation regarding %s. As you know, %s is a %s with %s." % (
                 c.first, reason, c.he, agesex(c), lc(", ".join(pmh_list(c)))), "", hpi(c, sc, 2), "",
             "On examination, " + vit_line(c, v, 2).lower() + " " + "%s: %s" % sc["exam"], "",
             "My impression is %s. %s" % (lc(dx), rec), "", "I appreciate the opportunity to participate in %s care. Please do not hesitate to call with questions." % c.his,
             "", "Sincerely,", "", prov_name(sp), spec.title(), "", "cc: patient chart"]
    elif L == 2:  # telemedicine consult
        t = [r.pick(["TELEHEALTH CONSULTATION", "Tele-%s Consult" % spec.split()[0].capitalize(), "Virtual Consult Note", "eConsult"]),
             "Originating site: %s    Distant site: %s, %s" % (c.hosp, c.tert, c.tcity), "Modality: %s" % r.pick(["synchronous audio-video", "two-way interactive video with telepresenter", "audio-video; bedside RN presenting"]),
             "Patient consented to telehealth visit: Yes", "", "Pt: %s | %s | MRN %s" % (name(c), agesex(c, 1), c.mrn), "Date/time: %s %s" % (D(c, None, 0), ftime_c(r)),
             "Requesting provider: %s" % prov_name(c.prov, 1), "", "Question: %s" % reason, "", "History (obtained from patient, RN and chart):", hpi(c, sc, 1), "",
             "Exam via video with RN assistance:", "%s: %s" % sc["exam"], vit_line(c, v, 3), "", "Data reviewed: %s" % (sc["img"][2] if sc["img"] else "labs in chart"),
             "", "Assessment: %s" % dx, rec, "", "Total time: %d min" % r.randint(25, 70), "", signature(c, sp, 0)]
    elif L == 3:  # brief inpatient consult
        t = [ehr_banner(c, "Consult - %s" % spec.title()), "",
             "Asked by %s to see re: %s." % (dr(c.prov), q), "%s %s" % (agesex(c, 1), "; ".join(r.some(sc["sx"], 2, 3))),
             "PMH " + ", ".join(pmh_list(c)[:4]), "", vit_line(c, v, 0), "%s: %s" % sc["exam"], "",
             "Imp: " + dx, "Rec:", "1. " + rec, "2. " + r.pick(["Will follow along.", "Call with questions.", "Signing off; please re-consult as needed.", "Will see again tomorrow."]), "", "-" + prov_name(sp, 1)]
    elif L == 4:  # outreach clinic templated
        t = [hletter(c, 2, "%s Outreach Clinic" % spec.title()), "", "NEW PATIENT CONSULTATION" if r.chance(0.5) else "Specialty Clinic Visit",
             "Date of visit: %s" % D(c), "Patient: %s    DOB: %s" % (name(c, 2), D(c, c.dob, 0)), "Referred by: %s" % prov_name(c.prov), "",
             "CHIEF COMPLAINT", "  " + q.capitalize(), "", "HISTORY", "  " + hpi(c, sc, 0), "", "PMH / PSH", "  " + ", ".join(pmh_list(c) + c.surg),
             "", "MEDICATIONS"] + ["  " + x for x in meds_lines(c, c.home, 1)] + ["", "EXAM", "  " + vit_line(c, v, 1), "  %s: %s" % sc["exam"], "",
             "ASSESSMENT", "  " + dx, "", "PLAN", "  " + rec, "  Return to outreach clinic in %s." % r.pick(["1 month", "6 weeks", "3 months", "PRN"]), "", signature(c, sp, 4)]
    elif L == 5:  # psych style regardless
        c.age = max(c.age, 18)
        t = [r.pick(["Behavioral Health Consultation", "PSYCHIATRIC CONSULTATION", "Telepsychiatry Evaluation"]), "%s  %s  MRN %s" % (name(c), D(c), c.mrn), "",
             "Identifying data: %s seen in the %s at request of %s." % (agesex(c), r.pick(["ED", "medical floor", "clinic"]), dr(c.prov)),
             "Reason: %s" % r.pick(["suicidal statements to family", "worsening depression", "agitation and confusion", "anxiety, insomnia"]),
             "HPI: Reports %s for %s. %s. Denies %s." % (r.pick(["low mood and hopelessness", "racing thoughts and poor sleep", "panic attacks"]), r.pick(["several weeks", "months", "since spring"]),
                                                       r.pick(["Financial stress related to the farm", "Recent death of spouse", "Job loss at the plant"]), r.pick(["AH/VH", "homicidal ideation", "substance use other than alcohol"])),
             "Psych hx: %s" % r.pick(["none", "depression treated by PCP", "one prior hospitalization 2009"]),
             "MSE: %s, %s affect, thought process linear, %s. Insight %s, judgment %s." % (r.pick(["Casually dressed", "Disheveled", "Well groomed"]), r.pick(["constricted", "tearful", "anxious", "flat"]), r.pick(["passive SI without plan", "denies SI/HI", "SI with vague plan"]), r.pick(["fair", "limited", "good"]), r.pick(["fair", "poor", "intact"])),
             "Risk assessment: %s" % r.pick(["low acute risk", "moderate risk; firearms removed from home by brother", "high acute risk"]), "",
             "Dx: %s" % r.pick(["Major depressive disorder, recurrent, severe", "Adjustment disorder with mixed anxiety and depressed mood", "Generalized anxiety disorder"]),
             "Recs: %s" % r.pick(CONSULT_Q["psychiatry"][2]), "", signature(c, r.pick(SPECIALISTS["psychiatry"]), 0)]
    else:  # wound care consult
        sp = SPECIALISTS["wound care"][0]
        loc = r.pick(["sacrum", "left heel", "right lateral malleolus", "plantar first metatarsal head, right"])
        t = [ehr_banner(c, r.pick(["Wound Care Consult", "WOUND/OSTOMY NURSE CONSULTATION", "Wound Evaluation"])), "",
             "Consult requested by %s for %s wound." % (dr(c.prov), loc), "Wound history: present approx %d weeks. %s" % (r.randint(2, 16), r.pick(["Diabetic.", "Immobile after hip fracture.", "Venous insufficiency."])),
             "", "Assessment:", "  Location: %s" % loc, "  Stage/type: %s" % r.pick(["Stage 2 pressure injury", "Stage 3 pressure injury", "Wagner grade 2 diabetic foot ulcer", "Venous stasis ulcer"]),
             "  Size: %.1f x %.1f x %.1f cm" % (r.uniform(0.5, 5), r.uniform(0.5, 4), r.uniform(0.1, 1.2)), "  Wound bed: %d%% granulation, %d%% slough" % (r.randint(40, 90), r.randint(5, 50)),
             "  Drainage: %s" % r.pick(["scant serous", "moderate serosanguineous", "small"]), "  Periwound: %s" % r.pick(["intact", "macerated", "erythema < 1 cm"]), "",
             "Recommendations: " + r.pick(CONSULT_Q["wound care"][2]) + ". Turn q2h. Nutrition consult.", "", signature(c, sp, 2)]
    return ocr_noise(r, paginate(c, "\n".join(t), fax=r.chance(0.25)), r.choice([0, 0, 0.004]))


# ----------------------------------------------------------------------------
# 5. Operative note
# ----------------------------------------------------------------------------
OPS = [
    dict(name="Laparoscopic cholecystectomy", pre="Symptomatic cholelithiasis", post="Symptomatic cholelithiasis with chronic cholecystitis",
         find="Gallbladder thick-walled with multiple stones, adhesions of omentum to the fundus. Critical view of safety obtained.",
         steps="A 12 mm umbilical port was placed using open Hasson technique and pneumoperitoneum established. Three additional 5 mm ports were placed under direct vision. The fundus was retracted cephalad. Adhesions were taken down bluntly. The peritoneum over the triangle of Calot was opened and the cystic duct and cystic artery were dissected free, doubly clipped proximally and divided. The gallbladder was removed from the liver bed with electrocautery and extracted in an endobag through the umbilical port. Hemostasis was confirmed. The fascia at the umbilicus was closed with 0 Vicryl and skin with 4-0 Monocryl subcuticular.",
         spec="Gallbladder", ebl=(5, 30), anes="General endotracheal", path="gb"),
    dict(name="Laparoscopic appendectomy", pre="Acute appendicitis", post="Acute suppurative appendicitis without perforation",
         find="Inflamed, edematous appendix without perforation or abscess. Small amount of reactive fluid in the pelvis.",
         steps="Umbilical port placed by open technique; 5 mm ports in the suprapubic and left lower quadrant positions. The appendix was identified and elevated. The mesoappendix was divided with the harmonic scalpel. The base was transected with an endoscopic stapler. The specimen was removed in a bag. The pelvis was irrigated and aspirated. Ports removed under vision; fascia closed with 0 Vicryl; skin closed with 4-0 Monocryl and Dermabond.",
         spec="Appendix", ebl=(5, 20), anes="General endotracheal", path="appy"),
    dict(name="Open right inguinal hernia repair with mesh (Lichtenstein)", pre="Right inguinal hernia", post="Right indirect inguinal hernia",
         find="Moderate indirect hernia sac along the cord. Floor somewhat attenuated.",
         steps="An oblique incision was made in the right groin. The external oblique aponeurosis was opened in the direction of its fibers, protecting the ilioinguinal nerve. The cord was encircled. The indirect sac was dissected off the cord structures to the internal ring, reduced and high-ligated. A polypropylene mesh was tailored and sutured to the shelving edge of the inguinal ligament with running 2-0 Prolene and to the conjoint tendon with interrupted sutures, creating a new internal ring. External oblique closed with 2-0 Vicryl, Scarpa's with 3-0 Vicryl, skin with 4-0 Monocryl.",
         spec="None", ebl=(5, 25), anes="General LMA with local infiltration", path=None),
    dict(name="Repeat low transverse cesarean section", pre="Intrauterine pregnancy at 39 weeks, prior cesarean, desires repeat", post="Same, delivered",
         find="Viable %s infant, Apgars %d and 9, weight %d g. Normal uterus, tubes and ovaries.",
         steps="Pfannenstiel skin incision made through prior scar and carried down to the fascia, which was incised transversely. Rectus muscles separated. Peritoneum entered bluntly. Bladder blade placed. Low transverse uterine incision made and extended bluntly. Infant delivered from vertex position, cord clamped and cut after 60-second delay, and handed to the waiting nursery team. Placenta delivered manually intact with three-vessel cord. Uterus closed in two layers with 1-0 chromic. Hemostasis assured. Fascia closed with 0 Vicryl running, skin with staples.",
         spec="Placenta to pathology" , ebl=(600, 950), anes="Spinal", path=None),
    dict(name="Right carpal tunnel release", pre="Right carpal tunnel syndrome", post="Same",
         find="Thickened transverse carpal ligament with hourglass narrowing of the median nerve.",
         steps="Under tourniquet control, a 2.5 cm longitudinal incision was made in the palm in line with the radial border of the ring finger. Palmar fascia divided. The transverse carpal ligament was identified and divided completely under direct vision, protecting the median nerve. Tourniquet released, hemostasis obtained. Skin closed with 4-0 nylon horizontal mattress sutures. Bulky dressing and volar splint applied.",
         spec="None", ebl=(1, 5), anes="Bier block / MAC", path=None),
    dict(name="Excision of skin lesion, left upper back, with intermediate closure", pre="Atypical pigmented lesion vs. basal cell carcinoma, left upper back", post="Same",
         find="1.2 cm irregular pigmented lesion.",
         steps="Elliptical excision with 4 mm margins oriented along relaxed skin tension lines, carried to subcutaneous fat. Specimen tagged with suture at 12 o'clock. Wound undermined and closed in layers with 3-0 Vicryl deep dermal and 4-0 nylon simple interrupted.",
         spec="Skin ellipse, left upper back, suture at 12 o'clock", ebl=(1, 5), anes="Local, 1% lidocaine with epinephrine", path="skin"),
    dict(name="Intramedullary nailing, left intertrochanteric femur fracture", pre="Left intertrochanteric hip fracture", post="Same",
         find="Unstable intertrochanteric fracture, reduced with traction and internal rotation.",
         steps="Patient positioned on the fracture table. Closed reduction achieved under fluoroscopy. A guide pin was placed through a small proximal incision at the tip of the greater trochanter, the canal was opened and a short cephalomedullary nail was inserted. Lag screw placed with tip-apex distance under 25 mm. Distal interlocking screw placed through a stab incision. Final images confirmed good reduction and hardware position. Wounds irrigated and closed in layers with staples to skin.",
         spec="None", ebl=(100, 250), anes="Spinal with sedation", path=None),
    dict(name="Dilation and curettage with hysteroscopy", pre="Postmenopausal bleeding", post="Same, endometrial polyp",
         find="Uterus sounded to 7.5 cm. Single 1 cm endometrial polyp at the fundus. Otherwise atrophic endometrium.",
         steps="Patient placed in dorsal lithotomy. Weighted speculum placed; anterior lip of the cervix grasped with single-tooth tenaculum. Cervix serially dilated. Hysteroscope introduced with saline distention; findings as above. Polyp removed with polyp forceps. Sharp curettage performed in all quadrants. Instruments removed, hemostasis noted.",
         spec="Endometrial curettings and polyp", ebl=(10, 40), anes="General LMA", path="endo"),
]


def gen_operative_note(r):
    op = r.pick(OPS)
    if "cesarean" in op["name"]:
        c = make_ctx(r, age=r.randint(20, 38)); c.sex = "F"; c.first = r.pick(FIRST_F); c.he, c.his, c.him, c.He = "she", "her", "her", "She"
    else:
        c = make_ctx(r, age=r.randint(20, 88))
    if op["path"] == "endo" and c.sex == "M":
        c.sex = "F"; c.first = r.pick(FIRST_F); c.age = max(c.age, 55)
    surg = r.pick(SPECIALISTS["obstetrics and gynecology"]) if op["path"] == "endo" or "cesarean" in op["name"] else (
        r.pick(SPECIALISTS["orthopedics"]) if "femur" in op["name"] or "carpal" in op["name"] else r.pick(SPECIALISTS["general surgery"] + [c.prov]))
    asst = r.pick(["None", "%s, surgical tech" % r.pick(NURSES).split(",")[0], prov_name(c.prov2), "%s, RNFA" % r.pick(NURSES).split(",")[0]])
    crna = r.pick(SPECIALISTS["anesthesia"])
    ebl = r.randint(*op["ebl"])
    find = op["find"]
    if "%s" in find:
        find = find % (r.pick(["male", "female"]), r.randint(7, 9), r.randint(2900, 4100))
    L = r.randint(0, 5)
    comp = r.pick(["None.", "None apparent.", "No complications.", "None"])
    if L == 0:
        t = [hletter(c, 0), "", head(c, ["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION"]), "",
             "PATIENT: %s       MR#: %s" % (name(c, 1), c.mrn), "DATE OF SURGERY: %s" % D(c), "", "PREOPERATIVE DIAGNOSIS: %s." % op["pre"], "", "POSTOPERATIVE DIAGNOSIS: %s." % op["post"], "",
             "PROCEDURE PERFORMED: %s." % op["name"], "", "SURGEON: %s" % prov_name(surg), "ASSISTANT: %s" % asst, "ANESTHESIA: %s by %s." % (op["anes"], prov_name(crna)),
             "ESTIMATED BLOOD LOSS: %d mL." % ebl, "SPECIMENS: %s." % op["spec"], "COMPLICATIONS: " + comp, "DRAINS: None.", "",
             "INDICATIONS: This %s presented with %s. Risks, benefits and alternatives were discussed and informed consent obtained." % (agesex(c), lc(op["pre"])), "",
             "FINDINGS: " + find, "", "DESCRIPTION OF PROCEDURE: The patient was identified in the preoperative area and brought to the operating room and placed supine. After induction of anesthesia, the surgical site was prepped and draped in the usual sterile fashion. A time-out was performed confirming patient, procedure and site. Preoperative antibiotics were given. " + op["steps"] + " Sponge, needle and instrument counts were correct x2. The patient tolerated the procedure well and was taken to recovery in stable condition.",
             "", signature(c, surg, 1)]
    elif L == 1:  # brief op note
        t = [r.pick(["Brief Op Note", "BRIEF OPERATIVE NOTE", "Immediate Post-Op Note", "Post-procedure note (surgical)"]), "%s  %s  %s" % (name(c), c.mrn, D(c, None, 1)), "",
             "Pre-op dx: " + op["pre"], "Post-op dx: " + op["post"], "Procedure: " + op["name"], "Surgeon: " + prov_name(surg, 1), "Asst: " + asst,
             "Anesth: " + op["anes"], "EBL: %d mL" % ebl, "IVF: %d mL crystalloid" % r.randint(300, 1500), "UOP: %s" % r.pick(["not measured", "%d mL" % r.randint(50, 400)]),
             "Specimen: " + op["spec"], "Findings: " + find, "Complications: " + comp, "Condition: stable to PACU", "", "Full dictation to follow.", signature(c, surg, 3)]
    elif L == 2:  # narrative dictation in paragraphs without caps headings
        t = [c.hosp, "Surgical Services", "", "%s / %s / DOS %s" % (name(c, 2), c.mrn, D(c, None, 0)), "",
             "Procedure: %s." % op["name"], "Surgeon: %s. Anesthesia: %s (%s)." % (prov_name(surg), op["anes"], prov_name(crna, 1)), "",
             "Indications: %s" % r.pick(["Please see the preoperative history and physical.", "%s with %s, failed conservative management." % (agesex(c), lc(op["pre"]))]), "",
             "Procedure in detail: After informed consent was obtained, the patient was taken to OR %d. %s The patient was awakened and transported to the PACU in good condition." % (r.randint(1, 2), op["steps"]),
             "", "Findings: " + find, "EBL %d cc. Specimen: %s. No complications." % (ebl, op["spec"].lower()), "", signature(c, surg, 5)]
    elif L == 3:  # EHR template with check boxes
        t = [ehr_banner(c, "Operative Report"), "", "Case #: OR-%d-%04d   Room: OR %d" % (c.date.year, r.randint(1, 999), r.randint(1, 2)),
             "In room: %s  Incision: %s  Close: %s  Out: %s" % (ftime_c(r, 7), ftime_c(r, 8), ftime_c(r, 9), ftime_c(r, 10)), "",
             "Procedure(s): %s    Laterality: %s" % (op["name"], r.pick(["Right", "Left", "N/A"])), "Wound class: %s" % r.pick(["I - Clean", "II - Clean-contaminated", "III - Contaminated"]),
             "ASA: %s" % r.pick(["1", "2", "3"]), "Antibiotic prophylaxis: [X] cefazolin 2 g IV within 60 min   [ ] N/A", "VTE prophylaxis: [X] SCDs",
             "Time-out performed: [X] Yes", "", "Pre-op Dx: " + op["pre"], "Post-op Dx: " + op["post"], "Findings: " + find, "",
             "Technique:", op["steps"], "", "EBL: %d mL   Drains: none   Implants: %s" % (ebl, r.pick(["none", "see implant log", "mesh - lot %d" % r.randint(10000, 99999)])),
             "Counts correct: [X] Yes", "Disposition: PACU, stable", "", signature(c, surg, 0)]
    elif L == 4:  # outside tertiary faxed
        t = [c.tert, "Department of Surgery", "OPERATIVE REPORT", "", "Patient Name: %s" % name(c, 2), "Med Rec: %s%s  Date of Operation: %s" % (r.pick(["T", "U", "M"]), c.mrn, D(c, None, 4)),
             "Attending Surgeon: %s %s, MD" % (r.pick(FIRST_M), r.pick(LAST)), "Resident: %s %s, MD" % (r.pick(FIRST_F), r.pick(LAST)), "", "PRE-OPERATIVE DIAGNOSIS:", "  " + op["pre"],
             "POST-OPERATIVE DIAGNOSIS:", "  " + op["post"], "OPERATION:", "  " + op["name"], "ANESTHESIA:", "  " + op["anes"], "INDICATIONS FOR OPERATION:",
             "  Referred from %s by %s." % (c.hosp, prov_name(c.prov)), "OPERATIVE FINDINGS:", "  " + find, "DESCRIPTION OF OPERATION:", "  " + op["steps"],
             "", "I was present and scrubbed for the entire procedure.", "", "cc: %s, %s" % (prov_name(c.prov), c.clinic)]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0.003, 0.02))
    else:  # numbered / dictation telegraphic
        t = ["%s" % c.hosp.upper(), "Surgeon's Report", "", "Name: %s   Age: %d   Room: %s" % (name(c), c.age, r.pick(["OPS", "2%02d" % r.randint(1, 20), "SDS"])),
             "Date: %s" % D(c), "", "1. Operation: %s" % op["name"], "2. Diagnosis: %s" % op["post"], "3. Anesthetic: %s - %s" % (op["anes"], prov_name(crna, 1)),
             "4. Findings: %s" % find, "5. Procedure: %s" % op["steps"], "6. Blood loss: %d mL" % ebl, "7. Specimen: %s" % op["spec"], "8. Condition: %s" % r.pick(["Good", "Satisfactory", "Stable"]),
             "", signature(c, surg, 2)]
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0, 0.003, 0.007]))


# ----------------------------------------------------------------------------
# 6. Procedure note
# ----------------------------------------------------------------------------
def gen_procedure_note(r):
    c = make_ctx(r, age=r.randint(22, 90))
    L = r.randint(0, 7)
    p = c.prov
    if L == 0:  # colonoscopy/EGD report
        gi = r.pick(SPECIALISTS["general surgery"] + SPECIALISTS["gastroenterology"] + [c.prov])
        egd = r.chance(0.4)
        if egd:
            proc, ind = "Esophagogastroduodenoscopy (EGD)", r.pick(["Melena", "Dyspepsia", "Iron deficiency anemia", "Dysphagia"])
            find = r.pick(["1 cm clean-based ulcer in the duodenal bulb. Mild gastritis in the antrum, biopsied for H. pylori.",
                           "Los Angeles grade B esophagitis. Small hiatal hernia. Otherwise normal to the second portion of the duodenum.",
                           "Normal esophagus, stomach and duodenum. Random biopsies taken."])
            extent = "second portion of the duodenum"
        else:
            proc, ind = "Colonoscopy", r.pick(["Average-risk screening", "Positive FIT", "Surveillance, history of adenomatous polyps", "Change in bowel habits"])
            find = r.pick(["Two sessile polyps 4-6 mm in the ascending and sigmoid colon, removed with cold snare, retrieved. Sigmoid diverticulosis. Small internal hemorrhoids.",
                           "Normal colon to the cecum. Mild sigmoid diverticulosis.", "10 mm pedunculated polyp in the descending colon removed with hot snare; clip placed. Otherwise normal."])
            extent = "cecum, identified by appendiceal orifice and ileocecal valve"
        t = [letterhead(c, 2, "Endoscopy"), "", r.pick(["PROCEDURE REPORT", "Endoscopy Report", "", proc.upper()]), "",
             "Patient: %s   MRN: %s   DOB: %s" % (name(c), c.mrn, D(c, c.dob, 0)), "Date: %s   Endoscopist: %s" % (D(c), prov_name(gi)), "Referring: %s" % prov_name(c.prov2),
             "", "Procedure: " + proc, "Indication: " + ind, "Sedation: %s" % r.pick(["Moderate sedation - fentanyl %d mcg and midazolam %d mg IV, administered by RN under my direction" % (r.choice([50, 75, 100]), r.choice([2, 3, 4])), "MAC by CRNA (propofol)"]),
             "ASA class: %s" % r.pick(["II", "III"]), "", "Description: After informed consent, the scope was introduced and advanced to the %s. %s The patient tolerated the procedure well." % (
                 extent, "" if egd else "Bowel prep was %s (Boston score %d)." % (r.pick(["good", "fair", "excellent"]), r.randint(6, 9))),
             "", "Findings:", "  " + find, "", "Impression: " + find.split(".")[0] + ".", "",
             "Recommendations: %s" % r.pick(["Await pathology. Repeat colonoscopy in 5-7 years depending on pathology.", "PPI twice daily x 8 weeks. Avoid NSAIDs.", "Repeat in 10 years.", "High-fiber diet. Await biopsies."]),
             "", signature(c, gi, 0)]
    elif L == 1:  # joint injection
        j = r.pick(["right knee", "left knee", "right shoulder (subacromial)", "left greater trochanteric bursa"])
        t = [ehr_banner(c, r.pick(["Procedure Note", "Joint Injection", "Clinic Procedure"])), "",
             "Procedure: %s injection, %s" % (r.pick(["Corticosteroid", "Arthrocentesis and corticosteroid"]), j), "Indication: %s" % r.pick(["Osteoarthritis", "Bursitis", "Impingement syndrome"]),
             "Consent: Verbal and written consent obtained after discussion of risks including infection, bleeding, post-injection flare, skin depigmentation and elevated blood sugar.",
             "Time-out: performed.", "", "The %s was prepped with chlorhexidine. Using a %s approach, a 22-gauge needle was inserted and %s 40 mg of triamcinolone with 4 mL of 1%% lidocaine was injected without resistance. Band-aid applied. Pt tolerated well." % (
                 j, r.pick(["superolateral", "anterolateral", "posterior", "lateral"]), r.pick(["%d mL of clear yellow fluid aspirated, then " % r.randint(5, 30), ""])),
             "EBL: none. Complications: none.", "", "Post-procedure instructions reviewed.", "", signature(c, p, 3)]
    elif L == 2:  # laceration repair
        t = [r.pick(["LACERATION REPAIR", "Procedure: Laceration repair", "Wound repair note", ""]), "%s  %s  %s" % (name(c), D(c), c.mrn), "",
             "Location: %s" % r.pick(["left forearm", "right index finger, palmar", "scalp, occipital", "right shin", "chin"]),
             "Length: %.1f cm   Complexity: %s" % (r.uniform(1, 8), r.pick(["simple", "intermediate", "layered"])), "Mechanism: %s" % r.pick(["cut on sheet metal", "barbed wire fence", "knife while cooking", "fell against a feed bunk"]),
             "Anesthesia: %s" % r.pick(["1% lidocaine with epi, local infiltration", "digital block with 2% lidocaine plain", "LET topical"]),
             "Prep: betadine, irrigated with %d mL NS" % r.choice([100, 250, 500]), "Exploration: no FB, no tendon involvement, base visualized",
             "Closure: %d %s sutures%s" % (r.randint(3, 14), r.pick(["4-0 nylon simple interrupted", "5-0 Prolene", "staples", "3-0 nylon horizontal mattress"]), r.pick(["", "; deep layer 4-0 Vicryl x2"])),
             "Td/Tdap: %s" % r.pick(["given today", "up to date (%d)" % (c.date.year - r.randint(1, 8)), "declined"]), "Suture removal in %d days." % r.choice([5, 7, 10, 14]),
             "", signature(c, p, 3)]
    elif L == 3:  # lumbar puncture / central line / thoracentesis bedside
        which = r.pick(["Lumbar puncture", "Central venous catheter placement", "Thoracentesis", "Paracentesis"])
        body = {"Lumbar puncture": "Patient placed in the left lateral decubitus position. L3-L4 interspace identified, prepped and draped. 1%% lidocaine local. 20-gauge spinal needle advanced on the %s attempt; opening pressure %d cm H2O. %d mL clear, colorless CSF collected in 4 tubes. Needle removed, bandage applied." % (r.pick(["first", "second"]), r.randint(10, 24), r.randint(8, 15)),
                "Central venous catheter placement": "Right internal jugular vein identified with ultrasound, patent and compressible. Full sterile barrier precautions. Seldinger technique; triple-lumen catheter placed on first pass, secured at %d cm. All ports flush and draw. Post-procedure CXR: tip at cavoatrial junction, no pneumothorax." % r.randint(14, 17),
                "Thoracentesis": "Ultrasound-guided, right posterior chest %d intercostal space. Lidocaine local. %d mL of %s fluid removed. Post CXR without pneumothorax." % (r.randint(7, 9), r.randint(600, 1500), r.pick(["straw-colored", "serosanguineous", "cloudy yellow"])),
                "Paracentesis": "Left lower quadrant site marked by ultrasound. Lidocaine local. %d L of clear yellow ascitic fluid removed. Albumin %d g IV given. Fluid sent for cell count, culture, albumin." % (r.randint(2, 6), r.choice([25, 50]))}[which]
        t = [ehr_banner(c, "Procedure Note - %s" % which if r.chance(0.6) else "Bedside Procedure"), "", "Date/Time: %s %s" % (D(c, None, 0), ftime_c(r)),
             "Performed by: %s   Supervising: %s" % (prov_name(p), r.pick(["N/A", prov_name(c.prov2)])), "Indication: %s" % r.pick(["fever and headache, r/o meningitis", "need for central access, poor peripheral access", "symptomatic pleural effusion", "tense ascites"]),
             "Consent: informed consent signed, on chart.", "Universal protocol/time-out: done.", "", body, "", "EBL: minimal. Complications: %s. Specimens: %s." % (r.pick(["none", "none immediate"]), r.pick(["to lab", "sent", "none"])),
             "Patient tolerated the procedure well.", "", signature(c, p, 0)]
    elif L == 4:  # EMG / nerve conduction
        neuro = r.pick(SPECIALISTS["neurology"])
        t = [r.pick(["ELECTRODIAGNOSTIC REPORT", "EMG/NCS REPORT", "Nerve Conduction Study / Electromyography"]), r.pick([c.tert, "%s Neurology Outreach" % c.tcity]), "",
             "Patient: %s  DOB: %s  Date: %s" % (name(c, 2), D(c, c.dob, 0), D(c)), "Referring: %s" % prov_name(c.prov), "Indication: %s" % r.pick(["numbness and tingling right hand", "bilateral foot numbness, diabetic", "left leg weakness"]),
             "", "Nerve conduction studies:", "Nerve/Site        Lat(ms)  Amp(mV)  CV(m/s)", "R Median (APB)     %.1f     %.1f     %d" % (r.uniform(3.5, 6.8), r.uniform(3, 10), r.randint(42, 56)),
             "R Ulnar (ADM)      %.1f     %.1f     %d" % (r.uniform(2.5, 3.3), r.uniform(7, 12), r.randint(50, 62)), "R Median sensory   %.1f     %.0f uV    %d" % (r.uniform(3, 5), r.uniform(5, 30), r.randint(35, 52)),
             "R Sural            %.1f     %.0f uV    %d" % (r.uniform(3, 4.5), r.uniform(3, 18), r.randint(38, 50)), "",
             "Needle EMG: %s" % r.pick(["R APB with fibrillations and reduced recruitment; other muscles normal.", "No abnormal spontaneous activity in muscles tested.", "Chronic neurogenic changes L5 myotome."]),
             "", "Interpretation: %s" % r.pick(["Moderate to severe right median mononeuropathy at the wrist (carpal tunnel syndrome).", "Length-dependent sensorimotor polyneuropathy, axonal, consistent with diabetes.", "Findings consistent with chronic left L5 radiculopathy."]),
             "", signature(c, neuro, 4)]
    elif L == 5:  # cardiac cath faxed
        cardio = r.pick(SPECIALISTS["cardiology"])
        t = [c.tert, "Cardiac Catheterization Laboratory", "", "Name: %s    MRN: %s    Date: %s" % (name(c, 2), c.mrn, D(c, None, 4)),
             "Procedure: Left heart catheterization, selective coronary angiography%s" % r.pick(["", ", PCI", ", LV gram"]), "Access: %s" % r.pick(["right radial 6 Fr", "right femoral 6 Fr"]),
             "Indication: %s" % r.pick(["NSTEMI", "abnormal stress test", "unstable angina"]), "", "Hemodynamics: Ao %d/%d, LVEDP %d mmHg" % (r.randint(110, 160), r.randint(60, 90), r.randint(8, 24)),
             "Coronary anatomy: %s dominant." % r.pick(["Right", "Left"]), "  LM: normal", "  LAD: %s" % r.pick(["90% proximal stenosis", "mild luminal irregularities", "70% mid"]),
             "  LCx: %s" % r.pick(["normal", "40% OM1", "chronic total occlusion"]), "  RCA: %s" % r.pick(["normal", "50% mid", "diffuse disease"]),
             "Intervention: %s" % r.pick(["DES 3.0 x 18 mm to proximal LAD, 0% residual, TIMI 3 flow", "None - medical therapy", "Referred for CABG evaluation"]),
             "Contrast: %d mL   Fluoro time: %.1f min" % (r.randint(60, 180), r.uniform(4, 20)), "", "Recommendations: DAPT with aspirin and ticagrelor for 12 months. High-intensity statin. Cardiac rehab.", "", prov_name(cardio)]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0.002, 0.02))
    elif L == 6:  # I&D / ingrown nail / skin biopsy clinic
        which = r.pick(["Incision and drainage of abscess", "Partial nail avulsion with matrixectomy", "Punch biopsy", "Shave biopsy", "Removal of foreign body"])
        t = [letterhead(c, 4), "", "%s   %s" % (name(c), D(c)), "", "PROCEDURE: %s, %s" % (which, r.pick(["right axilla", "left great toe, lateral border", "right cheek", "left forearm", "right thigh"])),
             "Consent obtained. Area prepped. Local anesthesia with 1% lidocaine.",
             r.pick(["Incised with #11 blade, %d mL purulent material expressed, loculations broken, packed with 1/4 inch iodoform. Culture sent." % r.randint(2, 15),
                     "Lateral 1/4 of nail removed, phenol applied x 3 applications of 30 seconds.", "4 mm punch obtained, closed with one 4-0 nylon.",
                     "Shave to mid-dermis, hemostasis with aluminum chloride.", "Small wood splinter removed intact with forceps."]),
             "Tolerated well. No complications.", "Wound care instructions given. Recheck %s." % r.pick(["2 days", "1 week", "PRN"]), "", signature(c, p, 4)]
    else:  # exercise treadmill / stress test
        mets = r.uniform(5, 12)
        t = [ehr_banner(c, r.pick(["EXERCISE STRESS TEST", "Treadmill Stress Test Report", "Cardiac Stress Test"])), "",
             "Protocol: Bruce   Indication: %s" % r.pick(["chest pain", "preoperative evaluation", "dyspnea on exertion"]),
             "Resting: HR %d  BP %d/%d" % (r.randint(60, 90), r.randint(110, 150), r.randint(60, 90)), "Exercise time: %d:%02d  METs: %.1f" % (r.randint(4, 12), r.randint(0, 59), mets),
             "Peak HR %d (%d%% MPHR)  Peak BP %d/%d" % (r.randint(140, 175), r.randint(82, 102), r.randint(160, 210), r.randint(70, 95)),
             "Reason stopped: %s" % r.pick(["target HR achieved", "fatigue", "dyspnea", "chest discomfort"]), "Symptoms: %s" % r.pick(["none", "mild dyspnea", "chest tightness at peak"]),
             "ECG: %s" % r.pick(["No ischemic ST changes.", "1-1.5 mm horizontal ST depression in II, III, aVF, V5-V6 at peak, resolving in recovery.", "Rare PVCs. No ST changes."]),
             "Impression: %s" % r.pick(["Negative for ischemia at adequate workload.", "Positive ECG response for ischemia; recommend further evaluation.", "Nondiagnostic, submaximal."]),
             "", signature(c, p, 0)]
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0, 0.003]))


# ----------------------------------------------------------------------------
# 7. Laboratory report
# ----------------------------------------------------------------------------
def lab_table(c, names, sc_labs, style):
    r = c.r
    out = []
    if style == 0:
        out.append("%-22s %-10s %-6s %-14s %s" % ("TEST", "RESULT", "FLAG", "REF RANGE", "UNITS"))
    elif style == 1:
        out.append("Test Name                     Result      Units      Reference")
    for nm in names:
        val, flag, d = lab_val(c, nm, sc_labs)
        if style == 0:
            out.append("%-22s %-10s %-6s %-14s %s" % (nm.upper(), val, flag, ref(d), d[1]))
        elif style == 1:
            out.append("%-29s %-11s %-10s %s" % (nm, val + (" " + flag if flag else ""), d[1], ref(d)))
        elif style == 2:
            out.append("%s ..... %s %s %s  (%s)" % (nm, val, d[1], "*" + flag if flag else "", ref(d)))
        else:
            out.append("%s: %s%s" % (nm, val, " (%s)" % flag if flag else ""))
    return out


def gen_lab_report(r):
    c = make_ctx(r)
    sc = c.acute
    L = r.randint(0, 6)
    coll = "%s %s" % (D(c, None, 0), ftime_c(r))
    if L == 0:  # in-house CBC/BMP
        panels = r.pick([["CBC", "BMP"], ["CBC"], ["BMP"], ["CBC", "BMP", "HEP"], ["CARD", "BMP"], ["COAG", "CBC"]])
        t = [letterhead(c, r.pick([0, 4]), "LABORATORY"), "", "Patient: %-28s MRN: %s" % (name(c, 1), c.mrn), "DOB: %s  Sex: %s   Location: %s" % (D(c, c.dob, 0), c.sex, r.pick(["ER", "MED", "RHC", "OP LAB", "SWING"])),
             "Ordering: %s" % prov_name(c.prov, 2), "Collected: %s   Received: %s" % (coll, ftime_c(r)), "Accession: %s%d" % (r.pick(["H", "L", "CL"]), r.randint(100000, 999999)), ""]
        for pn in panels:
            t.append({"CBC": "COMPLETE BLOOD COUNT", "BMP": "BASIC METABOLIC PANEL", "HEP": "HEPATIC FUNCTION PANEL", "CARD": "CARDIAC MARKERS", "COAG": "COAGULATION"}[pn])
            t += lab_table(c, panel_names(pn), sc["labs"], 0)
            t.append("")
        t += ["H=High L=Low *=Critical", "Performed at: %s Laboratory, CLIA# %02dD%07d" % (c.hosp, r.randint(10, 99), r.randint(0, 9999999)), "Medical Director: %s" % prov_name(r.pick(SPECIALISTS["pathology"]))]
    elif L == 1:  # reference lab
        t = [r.pick(["ReferenceLab Diagnostics", "Plains Regional Reference Laboratory", "Bluestem Clinical Labs", "MidAmerica Pathology Laboratory"]), "Client: %s  Acct %d" % (c.clinic, r.randint(1000, 9999)), "",
             "PATIENT: %s    DOB: %s    SEX: %s    ID: %s" % (name(c, 1), D(c, c.dob, 0), c.sexw.upper(), c.mrn), "PHYSICIAN: %s" % prov_name(c.prov, 2),
             "COLLECTED: %s   REPORTED: %s   STATUS: %s" % (coll, D(c, c.date + datetime.timedelta(days=r.randint(1, 4)), 0), r.pick(["FINAL", "FINAL", "CORRECTED", "PRELIMINARY"])), "",
             ""]
        pn = r.pick([["LIP"], ["THY"], ["A1C", "LIP"], ["HEP", "LIP"]])
        for p_ in pn:
            t.append({"LIP": "LIPID PANEL, STANDARD", "THY": "TSH, 3RD GENERATION", "A1C": "HEMOGLOBIN A1c", "HEP": "HEPATIC FUNCTION PANEL"}[p_])
            t += lab_table(c, panel_names(p_), c.out["labs"], 1)
            t.append("")
        if "A1C" in pn:
            t += ["  Reference: <5.7 normal; 5.7-6.4 prediabetes; >=6.5 consistent with diabetes.", ""]
        t += ["Test performed at: %s, %s. Lab Director: %s %s, MD" % (r.pick(["Main Laboratory", "Core Lab"]), r.pick(TERT_CITY), r.pick(FIRST_F), r.pick(LAST))]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=r.chance(0.5)), r.uniform(0, 0.015))
    elif L == 2:  # cumulative
        days = [c.date + datetime.timedelta(days=i) for i in range(r.randint(2, 4))]
        names = r.pick([panel_names("CBC")[:6], panel_names("BMP"), ["WBC", "Hemoglobin", "Platelets", "Sodium", "Potassium", "Creatinine", "Glucose"]])
        t = [ehr_banner(c, r.pick(["CUMULATIVE LAB REPORT", "Lab Results - Cumulative", "Flowsheet: Labs"])), "",
             "%-18s" % "" + "".join("%-12s" % fdate(d, 1) for d in days) + "Ref"]
        for nm in names:
            row = "%-18s" % nm
            for i, d in enumerate(days):
                val, flag, dd = lab_val(c, nm, sc["labs"] if i == 0 else None)
                row += "%-12s" % (val + flag)
            t.append(row + ref(LAB_IDX[nm]))
        t += ["", "Printed by %s" % r.pick(["LABUSER", "kmoeller", "ehr_print", "HIM"])]
    elif L == 3:  # POC tests
        test = r.pick(["urinalysis", "rapid strep", "influenza", "glucose", "pregnancy", "COVID"])
        if test == "urinalysis":
            body = ["Color: %s   Clarity: %s" % (r.pick(["Yellow", "Amber", "Straw"]), r.pick(["Clear", "Cloudy", "Sl cloudy"])),
                    "Specific gravity: %.3f" % r.uniform(1.005, 1.030), "pH: %.1f" % r.pick([5.0, 5.5, 6.0, 6.5, 7.0]),
                    "Leukocyte esterase: %s" % r.pick(["Negative", "Trace", "2+", "3+"]), "Nitrite: %s" % r.pick(["Negative", "Positive"]),
                    "Protein: %s" % r.pick(["Neg", "Trace", "1+"]), "Glucose: %s" % r.pick(["Neg", "Neg", "2+"]), "Ketones: %s" % r.pick(["Neg", "Trace"]),
                    "Blood: %s" % r.pick(["Neg", "Trace", "Moderate"]), "Bilirubin: Neg", "Urobilinogen: 0.2 EU/dL"]
        elif test == "glucose":
            body = ["Fingerstick glucose: %d mg/dL" % r.randint(68, 420), "Meter ID: %d   Strip lot: %d" % (r.randint(100, 999), r.randint(10000, 99999))]
        elif test == "COVID" and c.date.year < 2020:
            body = ["Rapid influenza A: Negative", "Rapid influenza B: Negative"]
        else:
            body = ["%s: %s" % ({"rapid strep": "Rapid Strep A antigen", "influenza": "Influenza A/B antigen", "pregnancy": "Urine hCG, qualitative", "COVID": "SARS-CoV-2 antigen"}[test], r.pick(["NEGATIVE", "POSITIVE", "Negative"])),
                    "Internal control: valid", "Kit lot: %s%d  Exp: %02d/%d" % (r.pick(["A", "K", "X"]), r.randint(1000, 9999), r.randint(1, 12), c.date.year + 1)]
        t = [r.pick(["Point of Care Testing", "POCT RESULTS", "Clinic Lab - Waived Testing", ""]), c.clinic, "", "Patient: %s   DOB: %s" % (name(c), D(c, c.dob, 0)),
             "Date: %s   Time: %s" % (D(c), ampm(r)), ""] + body + ["", "Performed by: %s" % r.pick(NURSES), "Ordered by: %s" % prov_name(c.prov, 1)]
    elif L == 4:  # microbiology
        org = r.pick(["Escherichia coli", "Staphylococcus aureus", "Klebsiella pneumoniae", "Streptococcus pyogenes (Group A)", "Enterococcus faecalis"])
        src = r.pick(["Urine, clean catch", "Wound, right axilla", "Blood, peripheral #1", "Sputum, expectorated"])
        abx = ["Ampicillin", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "Nitrofurantoin", "Trimethoprim/Sulfa", "Gentamicin", "Vancomycin", "Oxacillin", "Clindamycin", "Tetracycline"]
        t = [r.pick(["MICROBIOLOGY REPORT", "Culture & Sensitivity", "MICRO - FINAL REPORT", ""]), c.hosp + " Laboratory", "",
             "Name: %s   MRN: %s   Loc: %s" % (name(c, 2), c.mrn, r.pick(["ER", "MED", "CLINIC"])), "Source: %s" % src, "Collected: %s   Final: %s" % (coll, D(c, c.date + datetime.timedelta(days=r.randint(2, 5)), 0)), "",
             "Gram stain: %s" % r.pick(["Many WBCs, gram-negative rods", "Moderate WBCs, gram-positive cocci in clusters", "Not performed"]),
             "Culture: %s %s" % (r.pick([">100,000 CFU/mL", "Heavy growth", "Growth in 1 of 2 bottles at 18 hours"]), org), "", "Susceptibility (MIC, ug/mL):"]
        for a in r.some(abx, 5, 8):
            t.append("  %-22s %-8s %s" % (a, r.pick(["<=1", "<=2", "4", ">=32", "<=0.5", "16"]), r.pick(["S", "S", "S", "R", "I"])))
        t += ["", "S=Susceptible I=Intermediate R=Resistant"] + (["Blood culture positive: called to %s at %s, read back verified." % (c.nurse, ftime_c(r))] if "Blood" in src else [])
    elif L == 5:  # critical value call / fax
        nm = r.pick(list(sc["labs"].keys()) or ["Potassium"])
        val, flag, d = lab_val(c, nm, sc["labs"])
        t = [r.pick(["CRITICAL VALUE NOTIFICATION", "*** CRITICAL RESULT ***", "Abnormal Result Alert"]), "", "To: %s  Fax: %s" % (prov_name(c.prov), c.hfax), "From: %s" % r.pick(["ReferenceLab Diagnostics", c.hosp + " Lab"]),
             "", "Patient: %s   DOB: %s" % (name(c), D(c, c.dob, 0)), "Test: %s   Result: %s %s   Flag: %s   Ref: %s" % (nm, val, d[1], flag or "A", ref(d)),
             "Called to: %s   Date/time: %s %s   Read back: YES" % (r.pick([c.nurse, prov_name(c.prov, 1)]), D(c, None, 0), ftime_c(r)), "", "Tech: %s" % r.pick(["JR", "MLT-KB", "ts", "LQ"])]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0, 0.02))
    else:  # simple single results letterless printout
        t = ["%s  %s" % (c.vendor, "Results Review"), "%s (%s)  %s" % (name(c, 2), c.mrn, agesex(c, 1)), "", "Resulted: %s" % coll]
        t += lab_table(c, r.pick([["Hemoglobin A1c"], ["TSH"], panel_names("LIP"), ["INR", "PT"], ["Hemoglobin", "Hematocrit"]]), c.out["labs"], r.pick([2, 3]))
        t += ["", "Reviewed by %s: %s" % (prov_name(c.prov, 1), r.pick(["normal, letter to pt", "call pt, adjust dose", "stable", "discussed at visit"]))]
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0, 0.004]))


# ----------------------------------------------------------------------------
# 8. Imaging report
# ----------------------------------------------------------------------------
ROUTINE_IMG = [
    ("XR CHEST 2 VIEWS", "Cough", "The lungs are clear. No pleural effusion or pneumothorax. Cardiomediastinal silhouette within normal limits. Mild degenerative changes of the thoracic spine.", "No acute cardiopulmonary abnormality."),
    ("XR RIGHT KNEE 3 VIEWS", "Knee pain", "Moderate medial compartment joint space narrowing with marginal osteophytes. Small suprapatellar effusion. No fracture.", "Moderate medial compartment osteoarthritis."),
    ("XR LUMBAR SPINE 2-3 VIEWS", "Low back pain", "Five lumbar-type vertebral bodies. Disc space narrowing at L4-L5 and L5-S1 with facet arthropathy. No compression fracture or listhesis.", "Degenerative disc disease L4-S1."),
    ("XR LEFT WRIST 3 VIEWS", "Fall on outstretched hand", "Transverse fracture of the distal radial metaphysis with 10 degrees dorsal angulation. Ulnar styloid intact.", "Distal radius fracture (Colles type)."),
    ("US ABDOMEN RIGHT UPPER QUADRANT", "RUQ pain", "Multiple mobile shadowing gallstones, largest 1.4 cm. Gallbladder wall 2 mm. No pericholecystic fluid. Sonographic Murphy sign negative. CBD 4 mm. Liver normal echotexture.", "Cholelithiasis without sonographic evidence of acute cholecystitis."),
    ("CT HEAD WITHOUT CONTRAST", "Fall, head strike, on anticoagulation", "No intracranial hemorrhage, mass effect or midline shift. Mild periventricular white matter hypodensities, likely chronic small vessel ischemic change. Ventricles proportionate. No calvarial fracture.", "No acute intracranial abnormality."),
    ("DEXA BONE DENSITOMETRY", "Postmenopausal, screening", "L1-L4 BMD 0.812 g/cm2, T-score -2.6. Left femoral neck BMD 0.598 g/cm2, T-score -2.3. Total hip T-score -1.9.", "Osteoporosis by WHO criteria based on lumbar spine."),
    ("SCREENING MAMMOGRAM BILATERAL, DIGITAL WITH CAD", "Annual screening", "The breasts are heterogeneously dense, which may obscure small masses. No suspicious masses, calcifications or architectural distortion. Compared to prior studies.", "BI-RADS 1: Negative. Recommend annual screening mammography."),
    ("CT CHEST WITH CONTRAST (PE PROTOCOL)", "Dyspnea, elevated D-dimer", "No filling defect in the pulmonary arteries to the subsegmental level. Mild dependent atelectasis. 5 mm noncalcified nodule right upper lobe.", "No pulmonary embolism. 5 mm RUL nodule; follow-up per Fleischner guidelines."),
    ("US OB LIMITED", "Dating, first trimester bleeding", "Single intrauterine gestation. CRL 2.1 cm corresponding to 8 weeks 6 days. Fetal heart rate 168 bpm. No subchorionic hemorrhage.", "Single live IUP at 8w6d by CRL."),
    ("US CAROTID DUPLEX BILATERAL", "Bruit", "Mild heterogeneous plaque at both carotid bulbs. Right ICA PSV 88 cm/s, left ICA PSV 102 cm/s. Antegrade vertebral flow.", "Less than 50% stenosis bilateral internal carotid arteries."),
]


def gen_imaging_report(r):
    c = make_ctx(r)
    L = r.randint(0, 6)
    rad = r.pick(SPECIALISTS["radiology"])
    if r.chance(0.5) and c.acute["img"]:
        study, ind = c.acute["img"][0], r.pick(c.acute["cc"])
        find, imp = c.acute["img"][1], c.acute["img"][2]
    else:
        study, ind, find, imp = r.pick(ROUTINE_IMG)
        if "MAMMO" in study or "DEXA" in study or "OB" in study:
            c.sex = "F"; c.first = r.pick(FIRST_F)
    tech = "%s %s" % (r.pick(["Technique:", "TECHNIQUE:", ""]), r.pick(["Standard views.", "Axial images with coronal and sagittal reformats. Dose reduction techniques used.", "Real-time grayscale and color Doppler imaging.", "Routine protocol."]))
    comp = r.pick(["None.", "None available.", "Comparison: %s." % D(c, c.date - datetime.timedelta(days=r.randint(200, 2000)), 0), "Prior from %s." % c.tert])
    acc = "%s%d" % (r.pick(["RAD", "CT", "US", "XR", ""]), r.randint(100000, 9999999))
    if L == 0:  # teleradiology
        t = [r.pick(["Prairie Teleradiology Partners", "NightHawk Plains Imaging", "Virtual Radiology Group of the Midwest", "TeleRad Consultants, P.C."]), "Interpretation for: %s" % c.hosp, "",
             "PATIENT: %s   MRN: %s   DOB: %s" % (name(c, 1), c.mrn, D(c, c.dob, 0)), "EXAM: %s" % study, "EXAM DATE: %s %s   ACC#: %s" % (D(c, None, 0), ftime_c(r), acc),
             "ORDERING: %s" % prov_name(c.prov, 2), "", "CLINICAL HISTORY: %s" % ind, "", "COMPARISON: %s" % comp, "", tech.strip(), "", "FINDINGS:", find, "", "IMPRESSION:", imp, "",
             "Electronically signed: %s %s %s CST" % (prov_name(rad), D(c, None, 0), ftime_c(r))]
    elif L == 1:  # in-house radiology
        t = [letterhead(c, r.pick([0, 2, 3]), "Department of Radiology"), "", r.pick(["RADIOLOGY REPORT", "DIAGNOSTIC IMAGING REPORT", "", "IMAGING"]), "",
             "Name: %s" % name(c, 2), "MR #: %s   Acct #: %s" % (c.mrn, c.acct), "Exam: %s" % study, "Date of exam: %s" % D(c), "Referring: %s" % prov_name(c.prov), "",
             "History: %s." % ind, "", "%s: %s" % (r.pick(["Findings", "Report", "FINDINGS"]), find), "", "%s: %s" % (r.pick(["Impression", "IMPRESSION", "Conclusion"]), imp), "",
             "Dictated by: %s" % prov_name(rad), "D: %s  T: %s" % (D(c, None, 1), D(c, None, 1))]
    elif L == 2:  # echo with measurements
        ef = r.randint(25, 65)
        t = [r.pick(["TRANSTHORACIC ECHOCARDIOGRAM", "Echocardiography Report", "2D ECHO WITH DOPPLER", "Mobile Cardiac Ultrasound"]), r.pick([c.hosp, "%s Mobile Echo Services" % c.tert]), "",
             "Patient: %s   DOB: %s   Ht: %d in  Wt: %d lb" % (name(c), D(c, c.dob, 0), r.randint(60, 74), r.randint(120, 260)), "Date: %s   Sonographer: %s   Reader: %s" % (D(c), r.pick(["T. Nissen, RDCS", "M. Lara, RDCS", "K. Oyler, RCS"]), prov_name(r.pick(SPECIALISTS["cardiology"]))),
             "Indication: %s" % r.pick(["CHF", "murmur", "atrial fibrillation", "dyspnea", "syncope"]), "Quality: %s" % r.pick(["good", "fair", "technically difficult"]), "",
             "MEASUREMENTS", "  LVIDd %.1f cm   LVIDs %.1f cm   IVSd %.1f cm   LVPWd %.1f cm" % (r.uniform(4.2, 6.5), r.uniform(2.6, 5.2), r.uniform(0.8, 1.4), r.uniform(0.8, 1.3)),
             "  LA %.1f cm   Ao root %.1f cm   EF (biplane) %d%%" % (r.uniform(3.2, 5.0), r.uniform(2.8, 3.7), ef), "  E/A %.1f   E/e' %d   TAPSE %.1f cm   RVSP %d mmHg" % (r.uniform(0.6, 2.2), r.randint(7, 18), r.uniform(1.4, 2.6), r.randint(22, 55)), "",
             "FINDINGS", "  Left ventricle: %s" % ("Normal size and wall thickness. Normal systolic function." if ef >= 55 else "Dilated with global hypokinesis."),
             "  Right ventricle: normal size and function.", "  Valves: %s" % r.pick(["Mild mitral regurgitation. Trace TR.", "Aortic valve sclerosis without stenosis.", "No significant valvular disease."]),
             "  Pericardium: no effusion.", "", "CONCLUSIONS", "  1. LVEF estimated at %d%%." % ef, "  2. %s" % r.pick(["Grade I diastolic dysfunction.", "Moderately dilated left atrium.", "No intracardiac thrombus seen."]), "", signature(c, r.pick(SPECIALISTS["cardiology"]), 0)]
    elif L == 3:  # MRI outside faxed
        mri = r.pick([("MRI LUMBAR SPINE WITHOUT CONTRAST", "L4-L5: Broad-based disc bulge with superimposed left paracentral extrusion contacting the descending left L5 nerve root. Moderate left lateral recess stenosis. L5-S1: mild facet arthropathy, no stenosis.", "Left paracentral disc extrusion at L4-L5 contacting the left L5 nerve root."),
                      ("MRI RIGHT KNEE WITHOUT CONTRAST", "Complex tear of the posterior horn of the medial meniscus extending to the inferior articular surface. ACL and PCL intact. Moderate medial compartment chondral thinning. Small joint effusion.", "Complex posterior horn medial meniscus tear."),
                      ("MRI BRAIN WITH AND WITHOUT CONTRAST", "Restricted diffusion in the left frontal operculum and insula consistent with acute infarct. No hemorrhage. No enhancing mass.", "Acute left MCA territory infarct.")])
        t = [c.tert, "Imaging Services - %s" % c.tcity, "", "FINAL REPORT", "Patient Name: %s" % name(c, 2), "DOB: %s  MRN: %s" % (D(c, c.dob, 4), c.mrn), "Exam: %s" % mri[0],
             "Exam Date: %s" % D(c, None, 4), "Ordering Physician: %s" % prov_name(c.prov), "Copy to: %s" % c.clinic, "", "INDICATION: %s" % r.pick(["Radiculopathy", "Knee pain, locking", "Aphasia"]), "",
             "TECHNIQUE: Multiplanar multisequence MR imaging.", "", "FINDINGS: " + mri[1], "", "IMPRESSION: " + mri[2], "", "Reading Radiologist: %s %s, MD" % (r.pick(FIRST_F + FIRST_M), r.pick(LAST))]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0.003, 0.02))
    elif L == 4:  # ED preliminary wet read
        t = [r.pick(["Preliminary Radiology Interpretation", "PRELIM READ", "ED Wet Read / Over-read"]), "%s  MRN %s  %s" % (name(c), c.mrn, D(c)), "",
             "Study: %s" % study, "Prelim (ED provider): %s" % r.pick(["no acute findings", lc(imp), "?" + lc(imp.split(".")[0])]), "",
             "Final (radiologist): %s" % imp, "Discrepancy: %s" % r.pick(["None", "Minor - no change in management", "Major - patient called back"]), "Reviewed by %s %s" % (prov_name(c.prov, 1), ftime_c(r))]
    elif L == 5:  # mammography / DEXA letter-ish structured (generic)
        t = [r.pick(["Mobile Mammography Services", c.hosp + " Imaging", "Women's Imaging"]), "", "%s  DOB %s" % (name(c), D(c, c.dob, 0)), "%s   %s" % (study, D(c)), "",
             "INDICATION: %s" % ind, "COMPARISON: %s" % comp, "", find, "", "IMPRESSION: %s" % imp, "", prov_name(rad), "",
             "A letter with results has been sent to the patient as required by federal regulations." if "MAMMO" in study else "Results forwarded to %s." % prov_name(c.prov)]
    else:  # nuclear medicine / compact EHR
        nm = r.pick([("NM MYOCARDIAL PERFUSION SPECT, REGADENOSON", "Normal perfusion at stress and rest. Gated EF %d%%. No TID." % r.randint(50, 70), "Normal myocardial perfusion study. Low risk."),
                     ("NM HEPATOBILIARY SCAN (HIDA) WITH CCK", "Prompt hepatic uptake. Gallbladder visualized at 25 minutes. GB ejection fraction %d%% after CCK." % r.randint(8, 30), "Gallbladder dyskinesia (low ejection fraction)."),
                     ("NM BONE SCAN WHOLE BODY", "Increased uptake in bilateral knees and first MTP joints, degenerative pattern. No suspicious osseous foci.", "No scintigraphic evidence of osseous metastatic disease."),
                     (study, find, imp)])
        t = [ehr_banner(c, "Imaging Result"), "", "Order: %s" % nm[0], "Status: Final   Performed: %s" % D(c), "Reason: %s" % ind, "", "Result:", nm[1], "", "Impression:", nm[2], "",
             "Radiologist: %s" % prov_name(rad, 1)]
    return ocr_noise(r, paginate(c, "\n".join(t), fax=r.chance(0.15)), r.choice([0, 0, 0.003]))


# ----------------------------------------------------------------------------
# 9. Pathology report
# ----------------------------------------------------------------------------
PATH = {
    "gb": ("Gallbladder, cholecystectomy", "Received in formalin labeled with the patient's name is a %.1f x %.1f x %.1f cm previously opened gallbladder. The serosa is tan-pink and smooth. The wall measures 0.3 cm. The mucosa is green velvety. Multiple yellow-green faceted stones are present, up to 1.2 cm. Representative sections in 1 cassette.",
           "Chronic cholecystitis with cholelithiasis.", "Negative for dysplasia or malignancy."),
    "appy": ("Appendix, appendectomy", "Received fresh is a %.1f cm long x %.1f cm diameter appendix with attached mesoappendix. Serosa dull with fibrinous exudate; wall %.1f cm. Lumen contains fecalith. Tip and representative sections submitted.",
             "Acute suppurative appendicitis with periappendicitis.", "No perforation identified. Negative for neoplasm."),
    "skin": ("Skin, left upper back, excision", "Received in formalin is an ellipse of skin %.1f x %.1f x %.1f cm with a suture at one tip designated 12 o'clock. Centrally there is a pigmented irregular lesion. Margins inked. Serially sectioned and entirely submitted.",
             r"Basal cell carcinoma, nodular type.", "Margins free; closest margin 2 mm (3 o'clock)."),
    "endo": ("Endometrium, curettage and polyp", "Received in formalin are multiple fragments of tan-red soft tissue and mucus aggregating %.1f x %.1f x %.1f cm. Entirely submitted.",
             "Benign endometrial polyp. Background atrophic endometrium.", "Negative for hyperplasia or carcinoma."),
    "colon": ("Colon, ascending, polyp, cold snare", "Received in formalin are two tan fragments of tissue, %.1f x %.1f x %.1f cm in aggregate. Entirely submitted.",
              "Tubular adenoma.", "Negative for high-grade dysplasia."),
    "gastric": ("Stomach, antrum, biopsy", "Received in formalin are three tan tissue fragments, %.1f x %.1f x %.1f cm in aggregate. Entirely submitted.",
                "Chronic active gastritis with Helicobacter pylori-like organisms.", "Immunostain for H. pylori positive. Negative for intestinal metaplasia."),
    "skinbx": ("Skin, right cheek, shave biopsy", "Received in formalin is a tan-white shave of skin %.1f x %.1f x %.1f cm. Inked, trisected, entirely submitted.",
               "Actinic keratosis.", "Peripheral margin involved."),
}


def gen_pathology_report(r):
    c = make_ctx(r, age=r.randint(25, 88))
    key = r.pick(list(PATH.keys()))
    if key == "endo" and c.sex == "M":
        c.sex = "F"; c.first = r.pick(FIRST_F)
    site, gross, dx, note = PATH[key]
    gross = gross % (r.uniform(1, 9), r.uniform(0.5, 4), r.uniform(0.2, 1.5))
    pth = r.pick(SPECIALISTS["pathology"])
    lab = r.pick(["Plains Pathology Associates, P.C.", "MidAmerica Pathology Laboratory", "%s Department of Pathology" % c.tert] + (["Heartland Dermatopathology"] if key.startswith("skin") else []))
    hist = {"gb": "Cholelithiasis, RUQ pain", "appy": "RLQ pain, appendicitis", "skin": "Pigmented lesion, r/o BCC vs melanoma", "endo": "Postmenopausal bleeding",
            "colon": "Screening colonoscopy, polyp", "gastric": "Dyspepsia, r/o H. pylori", "skinbx": "Rough scaly lesion"}[key]
    rep_d = c.date + datetime.timedelta(days=r.randint(2, 5))
    case = "%s%02d-%05d" % (r.pick(["S", "SP", "SD", "G"]), c.date.year % 100, r.randint(1, 29999))
    L = r.randint(0, 5)
    hdr = ["PATIENT: %s" % name(c, 1), "DOB: %s  AGE: %d  SEX: %s" % (D(c, c.dob, 0), c.age, c.sex), "CASE #: %s" % case,
           "COLLECTED: %s   RECEIVED: %s   REPORTED: %s" % (D(c, None, 0), D(c, c.date + datetime.timedelta(days=1), 0), D(c, rep_d, 0)),
           "SUBMITTING: %s, %s" % (prov_name(c.prov), c.hosp)]
    if L == 0:
        t = [lab, r.pick(["SURGICAL PATHOLOGY REPORT", "Surgical Pathology", "PATHOLOGY CONSULTATION REPORT"]), ""] + hdr + ["",
             "FINAL DIAGNOSIS:", "  %s:" % site, "  - %s" % dx, "  - %s" % note, "", signature(c, pth, 0, when=rep_d), "", "CLINICAL HISTORY:", "  %s" % hist,
             "", "GROSS DESCRIPTION:", "  " + gross, "", "MICROSCOPIC DESCRIPTION:", "  Microscopic examination performed; findings support the above diagnosis." if r.chance(0.6) else "  Sections show %s." % lc(dx.split(".")[0]),
             "", "Gross dictated by: %s, PA(ASCP)" % r.pick(["R. Lunde", "T. Ambrose", "K. Waldron"])]
    elif L == 1:  # GYN cytology pap
        c.sex = "F"; c.first = r.pick(FIRST_F)
        res = r.pick(["NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY", "ATYPICAL SQUAMOUS CELLS OF UNDETERMINED SIGNIFICANCE (ASC-US)", "LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL)"])
        t = [lab, r.pick(["GYNECOLOGIC CYTOLOGY", "Pap Test Report", "ThinPrep Pap"]), "", "Patient: %s   DOB: %s" % (name(c), D(c, c.dob, 0)), "Accession: C%02d-%05d" % (c.date.year % 100, r.randint(1, 99999)),
             "Physician: %s" % prov_name(c.prov), "LMP: %s" % r.pick(["unknown", "postmenopausal", D(c, c.date - datetime.timedelta(days=r.randint(5, 25)), 1)]), "",
             "SPECIMEN ADEQUACY: Satisfactory for evaluation; %s." % r.pick(["endocervical/transformation zone component present", "transformation zone component absent"]),
             "", "INTERPRETATION/RESULT:", "  " + res, "", "HPV (high risk) by PCR: %s" % r.pick(["Not detected", "DETECTED", "Not requested"]),
             "", "Screened by: %s, CT(ASCP)" % r.pick(["L. Fritz", "M. Alvarado"]), "" if "NEGATIVE" in res else "Reviewed by: %s" % prov_name(pth),
             "", "The Pap test is a screening test for cervical cancer with false-negative and false-positive results."]
    elif L == 2:  # dermpath compact
        t = [r.pick(["Heartland Dermatopathology", lab]), "", "Pt: %s  Case %s  Rec'd %s" % (name(c, 2), case, D(c, None, 1)), "Clinician: %s" % prov_name(c.prov, 1),
             "Clinical: %s" % hist, "", "DIAGNOSIS:", "A. %s: %s %s" % (site.upper(), dx, note), "", "Comment: %s" % r.pick(["Clinical correlation recommended.", "Re-excision recommended if margins involved.", "Discussed with Dr. %s on %s." % (c.prov[1], D(c, None, 1))]),
             "", "Microscopic: %s" % r.pick(["Sections show basaloid nests with peripheral palisading and retraction artifact.", "Atypical keratinocytes confined to the basal layer with parakeratosis.", "See diagnosis."]),
             "", prov_name(pth), "Dermatopathologist"]
    elif L == 3:  # addendum / amended
        t = [lab, "", "*** ADDENDUM REPORT ***" if r.chance(0.5) else "AMENDED REPORT", ""] + hdr + ["", "ADDENDUM:", "  %s" % r.pick(["Additional levels were examined; no change in diagnosis.", "Immunohistochemical stains performed with appropriate controls support the diagnosis.", "Results of special stains: %s" % note]),
             "", "ORIGINAL DIAGNOSIS:", "  %s - %s" % (site, dx), "", signature(c, pth, 0)]
    elif L == 4:  # frozen section / intraop
        t = [c.hosp, "Pathology - Intraoperative Consultation", "", "%s  %s  OR %s" % (name(c), c.mrn, D(c)), "Surgeon: %s" % prov_name(r.pick(SPECIALISTS["general surgery"])), "",
             "Specimen: %s" % site, "Frozen section diagnosis: %s" % r.pick(["Benign", dx, "Deferred to permanents"]), "Called to OR at %s by %s" % (ftime_c(r), prov_name(pth, 1)), "",
             "Permanent section diagnosis:", "  " + dx, "  " + note, "", "Gross: " + gross]
    else:  # outside consult / bone marrow-ish short
        t = [lab, "Client: %s" % c.hosp, ""] + hdr + ["", "Specimen(s) received:", "  A: %s" % site, "", "DIAGNOSIS", "  A. %s" % dx, "     %s" % note, "",
             "Gross Description", "  A. " + gross, "", "CPT: 88305 x1" if r.chance(0.5) else "", signature(c, pth, 4)]
    return ocr_noise(r, paginate(c, "\n".join(t), fax=r.chance(0.35)), r.choice([0, 0.002, 0.006]))


# ----------------------------------------------------------------------------
# 10. Medication list
# ----------------------------------------------------------------------------
def gen_medication_list(r):
    c = make_ctx(r, age=r.randint(40, 95))
    while len(c.home) < 3:
        c = make_ctx(r, age=r.randint(50, 95))
    sc = c.acute
    L = r.randint(0, 6)
    if L == 0:
        t = [ehr_banner(c, r.pick(["Current Medications", "Medication List", "Active Medications", "Med List (printed for patient)"])), "",
             "Allergies: %s" % c.allergy, "", "%-28s %-12s %-32s %s" % ("Medication", "Dose", "Directions", "Start")]
        for m in c.home:
            t.append("%-28s %-12s %-32s %s" % (m[0], m[1], m[2][:32], D(c, c.date - datetime.timedelta(days=r.randint(30, 3000)), 0)))
        t += ["", "Pharmacy: %s" % c.pharm, "Last reviewed %s by %s" % (D(c), prov_name(c.prov, 1))]
    elif L == 1:  # admission med rec
        t = [c.hosp, r.pick(["ADMISSION MEDICATION RECONCILIATION", "Medication Reconciliation - Admission", "Home Medication Review"]), "",
             "Patient: %s  MRN %s  Adm: %s" % (name(c, 2), c.mrn, D(c)), "Source of information: %s" % r.pick(["patient", "pill bottles", "pharmacy fill history", "daughter", "nursing home MAR"]), "",
             "Home medication                        Last dose       Action"]
        for m in c.home:
            t.append("%-38s %-15s %s" % ("%s %s %s" % m, r.pick(["today AM", "last night", "unknown", D(c, None, 1)]), r.pick(["Continue", "Continue", "Hold", "Modify", "Discontinue"])))
        t += ["", "New inpatient medications: " + "; ".join(sc["iv"][:3]), "", "Reviewed by: %s (pharmacist/RN)   Provider: %s" % (r.pick(["J. Kraus, PharmD", c.nurse]), prov_name(c.prov, 1))]
    elif L == 2:  # discharge med rec
        t = [ehr_banner(c, r.pick(["Discharge Medication Reconciliation", "YOUR MEDICATION LIST AT DISCHARGE", "Medication changes"])), "",
             "NEW medications - START taking:"] + ["  " + x for x in meds_lines(c, sc["dcm"], 1)] + ["", "CHANGED medications:"]
        if c.home:
            m = c.home[0]
            t.append("  %s - %s" % (m[0], r.pick(["dose changed", "take only once daily now", "hold until follow-up"])))
        t += ["", "CONTINUE taking:"] + ["  " + x for x in meds_lines(c, c.home[1:], 1)] + ["", "STOP taking:", "  %s" % r.pick(["ibuprofen (Advil, Motrin)", "none", "naproxen", "over-the-counter sleep aids"]),
             "", "Reviewed with patient and %s. Copy given." % r.pick(["spouse", "daughter", "son", "caregiver"]), "", signature(c, c.prov, 6)]
    elif L == 3:  # nursing home MAR-like / physician recap
        nh = "%s %s" % (c.town, r.pick(["Care Center", "Manor", "Good Samaritan Village", "Lutheran Home"]))
        t = [nh.upper(), r.pick(["MEDICATION ADMINISTRATION RECORD", "Monthly Medication Profile", "Resident Medication Summary"]), "Month: %s %d" % (MONTHS[c.date.month - 1], c.date.year), "",
             "Resident: %s   Rm %d   Physician: %s" % (name(c, 1), r.randint(1, 60), prov_name(c.prov, 1)), "Allergies: %s    Dx: %s" % (c.allergy, ", ".join(pmh_list(c)[:3])), ""]
        for m in c.home:
            times = r.pick(["0800", "0800  2000", "2100", "0700  1100  1600", "PRN"])
            t.append("%s %s  %s" % (m[0].upper(), m[1], m[2]))
            t.append("     Hours: %s   " % times + " ".join(r.pick(["KH", "BS", "LB", "TM", "  "]) for _ in range(10)))
        t += ["", "Codes: R=refused H=held L=LOA", "Pharmacy: %s (long-term care)" % r.pick(PHARMACIES)]
    elif L == 4:  # patient handwritten list OCR'ed
        t = [r.pick(["My Medicines", "MEDS", "List of pills - %s" % c.first, "Medications for %s" % name(c)]), ""]
        for m in c.home:
            t.append("%s %s %s" % (m[0].capitalize() if r.chance(0.5) else m[0], m[1].replace(" ", ""), r.pick(["1 a day", "morning", "2x day", "at night", "when needed", m[2].split(" PO ")[-1]])))
        t += ["", "Dr %s" % c.prov[1], "Allergic: %s" % c.allergy.split(" ")[0]]
        return ocr_noise(r, "\n".join(t), r.uniform(0.01, 0.04))
    elif L == 5:  # pharmacy fill history
        t = [c.pharm.upper(), "Patient Medication Profile / Fill History", "Printed %s" % D(c, None, 0), "", "%s  DOB %s  Ph %s" % (name(c, 1), D(c, c.dob, 0), c.phone), "",
             "Rx#      Drug                         Qty  Days  Filled      Prescriber"]
        for m in c.home:
            t.append("%-8d %-28s %-4d %-5d %-11s %s" % (r.randint(1000000, 9999999), ("%s %s" % m[:2])[:28], r.choice([30, 60, 90, 180]), r.choice([30, 90]), D(c, c.date - datetime.timedelta(days=r.randint(1, 80)), 0), c.prov[1].upper()))
        t += ["", "Third party: %s" % c.payer]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0, 0.015))
    else:  # med rec form w/ signature
        t = [letterhead(c, 4), "", "MEDICATION RECONCILIATION FORM" if r.chance(0.5) else "Medication Review", "Visit: %s" % r.pick(["clinic", "ED", "swing bed admit", "pre-op"]), "",
             "Name: %s   DOB: %s   Date: %s" % (name(c), D(c, c.dob, 0), D(c)), "", "Do you take any of the following? [ ] aspirin [ ] blood thinners [ ] herbal supplements [ ] vitamins", "",
             "Name of medicine / dose / how often / reason"]
        for m in c.home:
            reason = next((p[0] for p in c.chronic if m in p[3]), "")
            t.append("%s / %s / %s / %s" % (m[0], m[1], m[2], lc(reason)))
        t += ["", "Patient signature: ______________________", "Reviewed by: %s  Date: %s" % (c.nurse, D(c, None, 1))]
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0.003, 0.008]))


# ----------------------------------------------------------------------------
# 11. Prescription
# ----------------------------------------------------------------------------
NUMWORDS = {10: "ten", 12: "twelve", 15: "fifteen", 20: "twenty", 30: "thirty", 60: "sixty", 90: "ninety"}


def dea(r, p):
    return "%s%s%07d" % (r.pick("ABFM"), p[1][0], r.randint(0, 9999999))


def gen_prescription(r):
    c = make_ctx(r)
    p = c.prov
    L = r.randint(0, 6)
    pool = c.home + c.acute["dcm"] + [("amoxicillin", "875 mg", "1 tab PO BID x 10 days"), ("prednisone", "20 mg", "2 tabs PO daily x 5 days"),
                                      ("naproxen", "500 mg", "1 tab PO BID with food"), ("nitrofurantoin monohydrate/macrocrystals", "100 mg", "1 cap PO BID x 5 days")]
    m = r.pick(pool)
    qty = r.choice([10, 12, 20, 30, 60, 90])
    refills = r.choice([0, 0, 1, 2, 3, 5, 11])
    npi = "1%09d" % r.randint(0, 999999999)
    if L == 0:  # EHR printed Rx
        t = [letterhead(c, 1), "", "Patient: %s        DOB: %s" % (name(c), D(c, c.dob, 0)), "Address: %s, %s, %s %s" % (c.addr, c.ptown, c.state, c.zip), "Date: %s" % D(c), "",
             "Rx", "%s %s" % (m[0].capitalize(), m[1]), "Sig: %s" % m[2], "Disp: %d (%s)" % (qty, NUMWORDS.get(qty, str(qty))), "Refills: %d" % refills,
             "[ ] Dispense as written   [X] Substitution permitted", "", "Prescriber: %s" % prov_name(p), "NPI: %s   DEA: %s" % (npi, dea(r, p)), "", "Signature: ______________________",
             "", r.pick(["This prescription printed on security paper.", "Void if altered. Tamper-resistant pad.", ""])]
    elif L == 1:  # rx pad handwritten OCR
        t = [c.clinic, c.haddr, "%s, %s  %s" % (c.town, c.state, c.hphone), "", "NAME %s   AGE %d" % (name(c), c.age), "ADDRESS %s" % c.ptown, "DATE %s" % D(c, None, 1), "",
             "R", "  %s %s" % (m[0], m[1]), "  #%d" % qty, "  %s" % m[2].replace("1 tab PO", "i po").replace("BID", "bid").replace("daily", "qd"), "", "Refill %s times" % (refills or "NR"),
             "", "_________________ M.D." if "MD" in p[2] else "_________________ %s" % p[2].split(",")[0], prov_name(p), "DEA # %s" % dea(r, p)]
        return ocr_noise(r, "\n".join(t), r.uniform(0.015, 0.05))
    elif L == 2:  # e-prescription confirmation faxed from pharmacy / transmission record
        t = [r.pick(["E-PRESCRIPTION TRANSMITTAL", "ePrescribe - NewRx", "Electronic Prescription Record"]), "", "From: %s, %s" % (prov_name(p), c.clinic), "To: %s   NCPDP %07d" % (c.pharm, r.randint(0, 9999999)),
             "Sent: %s %s   Status: %s" % (D(c, None, 0), ftime_c(r), r.pick(["Transmitted", "Accepted by pharmacy", "Verified"])), "", "Patient: %s  DOB %s  %s" % (name(c, 2), D(c, c.dob, 0), c.sex),
             "Medication: %s %s" % (m[0], m[1]), "Directions: %s" % m[2], "Quantity: %d   Days supply: %d   Refills: %d" % (qty, r.choice([5, 10, 30, 90]), refills),
             "Diagnosis: %s" % r.pick([p_[0] for p_ in c.chronic] + [c.acute["dx"]]), "Note to pharmacist: %s" % r.pick(["none", "Please counsel", "Pt requests 90 day supply", "Ok to fill early - vacation"])]
    elif L == 3:  # controlled substance
        cs = r.pick([("hydrocodone-acetaminophen", "5-325 mg", "1 tab PO q6h PRN severe pain", "CII"), ("tramadol", "50 mg", "1 tab PO q6h PRN pain", "CIV"),
                     ("lorazepam", "0.5 mg", "1 tab PO BID PRN anxiety", "CIV"), ("oxycodone", "5 mg", "1 tab PO q6h PRN pain", "CII")])
        q = r.choice([10, 12, 15, 20, 30])
        t = [letterhead(c, 4), "", "CONTROLLED SUBSTANCE PRESCRIPTION - Schedule %s" % cs[3][1:], "", "Patient: %s" % name(c), "Address: %s, %s, %s" % (c.addr, c.ptown, c.state),
             "DOB: %s   Date issued: %s" % (D(c, c.dob, 0), D(c)), "", "%s %s" % (cs[0], cs[1]), "Sig: %s" % cs[2], "Quantity: %d (%s) tablets" % (q, NUMWORDS.get(q, str(q)).upper()),
             "Refills: %s" % ("NONE" if cs[3] == "CII" else r.pick(["0", "1"])), "Days supply: %d" % r.choice([3, 5, 7]), "Dx: %s" % r.pick(["post-operative pain", "acute fracture pain", "anxiety", "back pain"]),
             "PDMP checked: Yes %s" % D(c, None, 1), "", "%s   DEA %s   NPI %s" % (prov_name(p), dea(r, p), npi), "Signature: ____________________ (manual signature required)"]
    elif L == 4:  # DME prescription
        item = r.pick(["Front-wheeled walker", "Home oxygen concentrator 2 L/min continuous via NC, with portable tanks", "Hospital bed, semi-electric, with rails", "Shower chair and raised toilet seat",
                       "CPAP auto 5-15 cm H2O with heated humidifier and full face mask", "Diabetic testing supplies: glucometer, strips (test 2x daily), lancets"])
        t = [r.pick(["DME ORDER / PRESCRIPTION", "Prescription for Durable Medical Equipment", "Detailed Written Order"]), "", "Patient: %s   DOB: %s   %s #%s" % (name(c), D(c, c.dob, 0), c.payer, c.memid),
             "Date of order: %s" % D(c), "", "Item: %s" % item, "Diagnosis: %s" % r.pick([x[0] for x in c.chronic] + ["Gait instability", "Chronic respiratory failure with hypoxia", "Obstructive sleep apnea"]),
             "Length of need: %s" % r.pick(["99 months (lifetime)", "12 months", "6 months"]), "Supplier: %s Home Medical" % c.town, "", "Qualifying: %s" % r.pick(["SpO2 86%% RA at rest on %s" % D(c, None, 1), "AHI 28 on sleep study", "Unable to ambulate safely without device"]),
             "", "Physician signature: ____________________  %s" % prov_name(p), "NPI %s" % npi]
    elif L == 5:  # multiple Rx on one sheet (discharge prescriptions)
        ms = r.some(pool, 2, 4)
        t = [c.hosp, r.pick(["Discharge Prescriptions", "PRESCRIPTIONS", "Rx"]), "", "%s   DOB %s   Date %s" % (name(c), D(c, c.dob, 0), D(c)), ""]
        for i, mm in enumerate(ms):
            t += ["%d) %s %s" % (i + 1, mm[0], mm[1]), "   %s" % mm[2], "   Disp #%d   RF %d" % (r.choice([10, 14, 20, 30, 60]), r.choice([0, 1, 2]))]
        t += ["", "Prescriber: %s   DEA %s" % (prov_name(p), dea(r, p)), "Generic substitution allowed unless initialed here: ____"]
    else:  # glasses / therapy rx
        kind = r.pick(["therapy", "refill"])
        if kind == "therapy":
            t = [letterhead(c, 1), "", "Rx:  %s" % r.pick(["Physical therapy - evaluate and treat", "PT: lumbar stabilization, McKenzie, modalities PRN", "OT evaluate and treat - hand", "Cardiac rehab phase II"]),
                 "Frequency: %s  Duration: %s" % (r.pick(["2-3x/week", "3x/week"]), r.pick(["4 weeks", "6 weeks", "8 weeks"])), "Dx: %s" % r.pick(["low back pain", "right knee OA", "s/p hip fracture", "rotator cuff tendinitis"]),
                 "Patient: %s  DOB %s" % (name(c), D(c, c.dob, 0)), "Date: %s" % D(c), "", prov_name(p), "___________________________"]
        else:
            t = ["REFILL AUTHORIZATION", "", "Pharmacy: %s  Fax: (%s) 555-%04d" % (c.pharm, c.area, r.randint(1000, 9999)), "Patient: %s  DOB %s" % (name(c), D(c, c.dob, 0)),
                 "Medication: %s %s  %s" % m, "Last filled: %s   Qty %d" % (D(c, c.date - datetime.timedelta(days=r.randint(25, 95)), 0), qty), "",
                 "[%s] APPROVED  Refills: %d" % (r.pick(["X", "X", " "]), refills), "[ ] DENIED - patient needs appointment", "", "Prescriber: %s  Date: %s" % (prov_name(p, 1), D(c, None, 1))]
            return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0, 0.02))
    return ocr_noise(r, "\n".join(t), r.choice([0, 0.004, 0.01]))


# ----------------------------------------------------------------------------
# 12. Anesthesia record
# ----------------------------------------------------------------------------
def gen_anesthesia_record(r):
    c = make_ctx(r, age=r.randint(18, 88))
    op = r.pick(OPS)
    crna = r.pick(SPECIALISTS["anesthesia"])
    asa = r.pick(["1", "2", "2", "3", "3E"])
    L = r.randint(0, 5)
    v = vitals(c)
    airway = r.pick(["Mallampati I, TMD >3 FB, full neck ROM, dentition intact", "Mallampati II, upper partial denture", "Mallampati III, short neck, limited mouth opening"])
    if L == 0:  # pre-anesthesia evaluation
        t = [hletter(c, 4), "", r.pick(["PRE-ANESTHESIA EVALUATION", "Preanesthetic Assessment", "Anesthesia Pre-op Evaluation"]), "",
             "Patient: %s   Age: %d   Sex: %s   Wt: %d lb   Ht: %d in" % (name(c), c.age, c.sex, v["wt"], v["ht"]), "Planned procedure: %s" % op["name"], "Surgeon: %s" % prov_name(r.pick(SPECIALISTS["general surgery"])), "",
             "PMH: " + ", ".join(pmh_list(c)), "Prior anesthesia: %s" % r.pick(["GA for cholecystectomy, no problems", "none", "PONV", "Spinal for knee, uneventful"]),
             "Family hx anesthesia problems: %s" % r.pick(["denies", "denies MH", "unknown"]), "Meds: " + (", ".join(m[0] for m in c.home) or "none"), "Allergies: " + c.allergy,
             "NPO since: %s" % ftime_c(r, r.randint(0, 6)), "", "Airway: " + airway, "Heart: RRR   Lungs: clear", vit_line(c, v, 0), "Labs: Hgb %s, K %s%s" % (lab_val(c, "Hemoglobin")[0], lab_val(c, "Potassium")[0], ", glucose %s" % lab_val(c, "Glucose")[0] if c.chronic else ""),
             "", "ASA Physical Status: %s" % asa, "Anesthetic plan: %s" % op["anes"], "Risks discussed including sore throat, dental injury, PONV, awareness, aspiration, cardiovascular events; questions answered; consent obtained.", "", signature(c, crna, 6)]
    elif L == 1:  # intraop record grid
        st = r.randint(7, 13)
        t = [c.hosp.upper() + " - ANESTHESIA RECORD", "Pt: %s   MRN %s   DOS %s   OR %d" % (name(c, 1), c.mrn, D(c, None, 0), r.randint(1, 2)),
             "Procedure: %s   ASA %s   Anesthetist: %s" % (op["name"], asa, prov_name(crna, 1)), "",
             "Induction: propofol %d mg, fentanyl %d mcg, %s" % (r.randint(100, 200), r.choice([50, 100, 150]), r.pick(["rocuronium 50 mg", "succinylcholine 100 mg", "lidocaine 60 mg"])),
             "Airway: %s" % r.pick(["ETT 7.0 cuffed, MAC 3, grade I view, atraumatic, BBS =", "LMA #4, easy placement", "ETT 7.5 via video laryngoscope, 1st attempt"]),
             "Maintenance: sevoflurane %.1f%% in O2/air" % r.uniform(1.5, 2.5), "Monitors: NIBP, ECG, SpO2, EtCO2, temp", "",
             "TIME   BP        HR   SpO2  EtCO2  Notes"]
        nrow = r.randint(6, 12)
        for i in range(nrow):
            h = st + (i * 15) // 60
            note = "induction" if i == 0 else ("incision" if i == 1 else ("reversal/emergence" if i == nrow - 1 else r.pick(["", "", "ondansetron 4 mg", "dexamethasone 4 mg", "cefazolin 2 g", "ketorolac 30 mg", "", "phenylephrine 100 mcg"])))
            t.append("%02d:%02d  %3d/%-3d   %3d  %3d   %3d    %s" % (h, (i * 15) % 60, r.randint(95, 150), r.randint(50, 90), r.randint(55, 95), r.randint(96, 100), r.randint(30, 40),
                                                              note))
        t += ["", "Fluids: LR %d mL   EBL: %d mL   UOP: %s" % (r.randint(400, 1500), r.randint(*op["ebl"]), r.pick(["n/a", "%d mL" % r.randint(50, 300)])),
              "Emergence: smooth, extubated awake, to PACU on %s" % r.pick(["2 L NC", "RA", "face mask 6 L"]), "Anesthesia end: %s" % ftime_c(r, st + 2)]
    elif L == 2:  # PACU / post-anesthesia note
        t = [r.pick(["POST-ANESTHESIA NOTE", "Post Anesthesia Evaluation", "PACU Discharge Assessment"]), "%s  %s  %s" % (name(c), c.mrn, D(c, None, 1)), "",
             "Procedure: %s   Anesthesia: %s" % (op["name"], op["anes"]), "Arrival PACU: %s   Aldrete on arrival: %d" % (ftime_c(r), r.randint(6, 9)),
             "Discharge Aldrete: %d   Pain %d/10   PONV: %s" % (r.randint(9, 10), r.randint(0, 4), r.pick(["none", "mild, resolved with ondansetron"])), vit_line(c, v, 3),
             "Respiratory function: stable, airway patent.  Cardiovascular: stable.  Mental status: awake/alert.  Hydration: adequate.",
             "Anesthetic complications: %s" % r.pick(["none", "none noted", "none apparent"]), "Discharged from PACU to %s at %s" % (r.pick(["floor", "same day surgery", "home with family", "swing bed"]), ftime_c(r)),
             "", signature(c, crna, 3)]
    elif L == 3:  # regional block record
        blk = r.pick(["Interscalene brachial plexus block", "Femoral nerve block", "Adductor canal block", "Spinal anesthetic", "TAP block, bilateral"])
        t = [ehr_banner(c, r.pick(["Regional Anesthesia Procedure Record", "Nerve Block Record", "Anesthesia Procedure Note"])), "",
             "Block: %s" % blk, "Indication: %s" % r.pick(["surgical anesthesia", "post-operative analgesia at surgeon's request"]), "Consent: obtained, risks including infection, bleeding, nerve injury, LAST discussed.",
             "Monitors applied, time-out performed, sterile prep.", "Needle: %s" % r.pick(["22G 50 mm echogenic", "25G Pencan spinal", "21G 100 mm stimulating"]),
             "Guidance: %s" % r.pick(["ultrasound with image saved", "landmark", "ultrasound + nerve stimulator"]), "Local: %s" % r.pick(["ropivacaine 0.5% 20 mL", "bupivacaine 0.75% hyperbaric 1.6 mL + fentanyl 15 mcg", "bupivacaine 0.25% 30 mL"]),
             "Aspiration negative, incremental injection, no paresthesia, no signs of LAST.", "Sedation: midazolam %d mg IV" % r.choice([1, 2]), "Result: %s" % r.pick(["good sensory block at 15 min", "T6 level achieved", "adequate"]),
             "", signature(c, crna, 0)]
    elif L == 4:  # labor epidural
        c.sex = "F"; c.first = r.pick(FIRST_F); c.age = r.randint(18, 40)
        t = [c.hosp, "Obstetrics - LABOR EPIDURAL RECORD" if r.chance(0.5) else "Labor Analgesia", "", "Patient: %s   G%dP%d   EGA %d wk" % (name(c), r.randint(1, 5), r.randint(0, 3), r.randint(37, 41)),
             "Date: %s  Time placed: %s" % (D(c), ftime_c(r)), "Cervix at request: %d cm" % r.randint(3, 7), "Platelets: %d K" % r.randint(150, 320), "",
             "Position: sitting.  Level: L%d-L%d.  LOR to saline at %d cm.  Catheter left at %d cm at skin." % (r.choice([2, 3]), r.choice([3, 4]), r.randint(4, 8), r.randint(9, 13)),
             "Test dose: lidocaine 1.5% with epi 3 mL - negative.", "Infusion: bupivacaine 0.1%% + fentanyl 2 mcg/mL at %d mL/h, PCEA 5 mL q15min" % r.randint(8, 12), "",
             "FHT reassuring before and after placement.  BP stable.", "", signature(c, crna, 6)]
    else:  # combined summary form
        t = [r.pick(["ANESTHESIA SUMMARY", "Anesthesia Care Record", "INTRAOPERATIVE ANESTHESIA RECORD"]), c.hosp, "",
             "%s | %s | %s | ASA %s" % (name(c, 2), agesex(c, 1), D(c, None, 0), asa), "Surgery: %s" % op["name"], "",
             "Pre-op: [X] Consent signed  [X] NPO verified  [X] H&P on chart  [X] Allergies: %s" % c.allergy, "Technique: [%s] General  [%s] Spinal  [%s] MAC  [%s] Regional" % (
                 "X" if "General" in op["anes"] else " ", "X" if "Spinal" in op["anes"] else " ", "X" if "MAC" in op["anes"] else " ", "X" if "Bier" in op["anes"] else " "),
             "Airway: " + airway.split(",")[0], "Agents: %s" % r.pick(["propofol, fentanyl, sevoflurane", "propofol infusion", "bupivacaine spinal, midazolam"]),
             "Lines: PIV %s %s" % (r.pick(["18g", "20g"]), r.pick(["L hand", "R AC", "L forearm"])), "Totals: crystalloid %d mL, EBL %d mL" % (r.randint(300, 1400), r.randint(*op["ebl"])),
             "Start %s  End %s" % (ftime_c(r, 8), ftime_c(r, 10)), "Complications: none", "", signature(c, crna, 2)]
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0.004, 0.012]))


# ----------------------------------------------------------------------------
# 13. Correspondence
# ----------------------------------------------------------------------------
def salutation(c):
    return r_sal(c.r, c)


def r_sal(r, c):
    return r.pick(["Dear %s %s," % ("Mr." if c.sex == "M" else r.pick(["Mrs.", "Ms."]), c.last), "Dear %s," % c.first, "Dear %s:" % name(c)])


def gen_correspondence(r):
    c = make_ctx(r)
    L = r.randint(0, 7)
    p = c.prov
    addr_block = "%s\n%s\n%s, %s %s" % (name(c), c.addr, c.ptown, c.state, c.zip)
    if L == 0:  # normal results letter
        labs = r.some(["cholesterol panel", "blood count", "kidney function", "thyroid test", "A1c (diabetes test)", "liver tests"], 2, 4)
        t = [letterhead(c, r.randint(0, 4)), "", D(c, None, 2), "", addr_block, "", r_sal(r, c), "",
             "Your recent %s %s. %s" % (", ".join(labs), r.pick(["were normal", "came back within normal limits", "were all in the expected range"]), r.pick(["No changes are needed in your medicines.", "Please continue your current treatment.", "Your LDL cholesterol was %d, which is at goal." % r.randint(60, 99)])),
             "", "Please keep your next scheduled appointment. If you have questions, call our office at %s." % c.hphone, "", "Sincerely,", "", prov_name(p), c.clinic]
    elif L == 1:  # abnormal / call results letter
        t = [letterhead(c, 0), "", D(c, None, 2), "", addr_block, "", r_sal(r, c), "",
             "We have tried to reach you by phone regarding the results of your recent %s. Please call our office at %s at your earliest convenience to discuss these results and the next steps." % (r.pick(["mammogram", "Pap test", "colon screening test", "blood work", "CT scan"]), c.hphone),
             "", "This is not an emergency, but it is important.", "", "Sincerely,", "", r.pick([prov_name(p), "%s for %s" % (c.nurse, dr(p))])]
    elif L == 2:  # dismissal / missed appointment
        t = [letterhead(c, 2), "", D(c, None, 2), "", "CERTIFIED MAIL - RETURN RECEIPT REQUESTED" if r.chance(0.5) else "", addr_block, "", r_sal(r, c), "",
             r.pick(["Our records show that you have missed %d scheduled appointments without calling to cancel." % r.randint(3, 5),
                     "This letter is to inform you that %s will no longer be able to serve as your medical provider, effective 30 days from the date of this letter." % c.clinic]),
             "", "We will continue to provide emergency care for 30 days. Your records can be transferred to another provider upon receipt of a signed authorization.", "", "Sincerely,", "", "%s, Clinic Manager" % r.pick(["Barb Ellingson", "Terri Vogt", "Mandy Koenig"]), c.clinic]
    elif L == 3:  # specialist to PCP follow-up
        sp_key = r.pick(list(CONSULT_Q.keys())[:8])
        sp = r.pick(SPECIALISTS[sp_key])
        t = [r.pick([c.tert, "%s %s Clinic" % (c.tcity, sp_key.title())]), "", D(c, None, 2), "", prov_name(p), c.clinic, c.haddr, "%s, %s %s" % (c.town, c.state, c.zip), "",
             "RE: %s   DOB: %s" % (name(c), D(c, c.dob, 0)), "", "Dear %s," % r.pick([dr(p), p[0]]), "",
             "I saw %s back in follow-up today. %s %s" % (c.first, r.pick(["%s is doing well since our last visit." % c.He, "%s continues to have intermittent symptoms." % c.He, "Recent testing was reviewed with %s." % c.him]),
                                                   r.pick(CONSULT_Q[sp_key][2]).capitalize() + " is my recommendation."),
             "", "I would like to see %s again in %s. Please let me know if anything changes in the meantime." % (c.him, r.pick(["3 months", "6 months", "one year"])), "", "Best regards,", "", prov_name(sp), sp_key.title()]
    elif L == 4:  # to whom it may concern - work/school/jury
        why = r.pick(["work", "school", "jury", "fitness", "service animal"])
        body = {"work": "%s was seen in our clinic on %s and may return to work on %s %s." % (name(c), D(c, None, 2), D(c, c.date + datetime.timedelta(days=r.randint(1, 14)), 2), r.pick(["without restrictions", "with no lifting over 20 pounds for 2 weeks", "on light duty"])),
                "school": "Please excuse %s from school on %s due to illness. %s may return %s." % (name(c), D(c, None, 2), c.He, r.pick(["tomorrow", "after 24 hours fever-free", "Monday"])),
                "jury": "%s is under my care for %s and it would be a hardship for %s to serve on jury duty at this time. I request that %s be excused." % (name(c), r.pick(["chronic medical conditions", "severe back pain", "care of an ill spouse"]), c.him, c.he),
                "fitness": "%s has been examined and is medically able to participate in %s." % (name(c), r.pick(["the county fair rodeo", "volunteer fire department duties", "the 4-H horse show", "employment as a CNA"])),
                "service animal": "%s is my patient and has a condition for which an emotional support animal is part of the treatment plan." % name(c)}[why]
        t = [letterhead(c, 1), "", D(c, None, 2), "", r.pick(["To Whom It May Concern:", "TO WHOM IT MAY CONCERN", "RE: %s" % name(c)]), "", body, "", r.pick(["Please contact me with any questions.", "", "Thank you."]), "", prov_name(p)]
    elif L == 5:  # thank-you for referral letter
        sp_key = r.pick(["general surgery", "orthopedics", "cardiology", "urology"])
        sp = r.pick(SPECIALISTS[sp_key])
        t = [r.pick([c.tert, "%s %s Associates" % (c.tcity, sp_key.title())]), "", D(c, None, 2), "", "Dear %s:" % dr(p), "",
             "Thank you for referring %s to our office. %s was seen on %s and a full consultation note will follow under separate cover." % (name(c), c.He, D(c, None, 2)),
             "Briefly, %s" % r.pick(["we have scheduled surgery for next month.", "we will proceed with additional imaging.", "no intervention is needed at this time."]), "",
             "We appreciate the opportunity to participate in the care of your patients.", "", "Sincerely,", prov_name(sp)]
    elif L == 6:  # portal message printout
        t = [c.vendor + " - Patient Portal Message", "From: %s (patient)" % name(c), "To: %s / Clinic pool" % prov_name(p, 1), "Sent: %s %s" % (D(c, None, 0), ampm(r)),
             "Subject: %s" % r.pick(["question about my meds", "lab results?", "refill", "still coughing", "blood pressure readings"]), "",
             r.pick(["Hi, I was wondering if my %s can be refilled, I have 3 left. Thanks" % r.pick(c.home or [("lisinopril",)])[0],
                     "My blood pressures at home have been 150s/90s in the morning. Should I take more of my pill?",
                     "Did my results come back from last week? Nobody called me.", "I'm still coughing after the antibiotic, do I need to come in?"]), "",
             "--- Reply from %s %s ---" % (prov_name(p, 1), D(c, c.date + datetime.timedelta(days=1), 0)),
             r.pick(["Refill sent to %s." % c.pharm, "Please schedule a visit this week so we can recheck.", "Your results were normal. Letter mailed.", "Please come in for a recheck, the front desk will call you."])]
    else:  # letter to insurer / medical necessity / appeal
        t = [letterhead(c, 0), "", D(c, None, 2), "", "%s\nUtilization Management / Appeals\nPO Box %d\n%s" % (c.payer, r.randint(1000, 99999), r.pick(TERT_CITY)), "",
             "RE: %s   Member ID: %s   DOB: %s" % (name(c), c.memid, D(c, c.dob, 0)), "", "To the Medical Director:", "",
             "I am writing to request reconsideration of the denial of %s for my patient. %s has %s and has %s. %s is medically necessary." % (
                 r.pick(["an MRI of the lumbar spine", "a continuous glucose monitor", "apixaban", "home oxygen", "a brand-name inhaler"]), c.He, lc(", ".join(pmh_list(c)[:2])),
                 r.pick(["failed conservative therapy over 8 weeks", "had adverse effects with formulary alternatives", "documented hypoxia"]), r.pick(["This", "In my medical opinion this"])),
             "", "Please do not hesitate to contact me at %s." % c.hphone, "", "Sincerely,", "", prov_name(p), "NPI 1%09d" % r.randint(0, 999999999)]
    return ocr_noise(r, "\n".join(t), r.choice([0, 0, 0.004, 0.01]))


# ----------------------------------------------------------------------------
# 14. Consent form
# ----------------------------------------------------------------------------
def sig_block(c, witness=True):
    r = c.r
    out = ["", "_______________________________   Date: %s  Time: %s" % (D(c, None, 1), ftime_c(r)), "Patient / Legal Representative signature",
           "If signed by other than patient, relationship: __________________"]
    if witness:
        out += ["", "_______________________________   %s" % r.pick(NURSES), "Witness"]
    return out


def gen_consent_form(r):
    c = make_ctx(r)
    p = c.prov
    L = r.randint(0, 6)
    form = "Form %s-%03d  Rev %02d/%02d" % (r.pick(["ADM", "SUR", "NUR", "HIM", "CF"]), r.randint(1, 300), r.randint(1, 12), r.randint(6, 23))
    if L == 0:  # surgical consent
        op = r.pick(OPS)
        t = [letterhead(c, 0), "", r.pick(["CONSENT TO OPERATION OR PROCEDURE", "Informed Consent for Surgery", "AUTHORIZATION FOR SURGICAL PROCEDURE"]), "",
             "Patient: %s   MRN: %s   DOB: %s" % (name(c), c.mrn, D(c, c.dob, 0)), "",
             "1. I authorize %s and such assistants as may be selected to perform the following procedure: %s." % (prov_name(r.pick(SPECIALISTS["general surgery"])), op["name"]),
             "2. The nature and purpose of the procedure, possible alternative methods of treatment, the risks involved, and the possibility of complications have been explained to me. Risks include but are not limited to bleeding, infection, injury to nearby structures, blood clots, and reactions to anesthesia.",
             "3. I consent to the administration of anesthesia as deemed advisable by the anesthesia provider.",
             "4. I consent to the disposal of any tissue removed, and to the examination of such tissue by a pathologist.",
             "5. I understand that no guarantee has been made as to the results of the procedure.",
             "6. I %s consent to the presence of observers/students." % r.pick(["DO", "DO NOT"])] + sig_block(c) + [
             "", "Physician statement: I have explained the procedure, risks, benefits and alternatives to the patient.", "_______________________ %s" % prov_name(p, 1), "", form]
    elif L == 1:  # blood transfusion consent
        t = [c.hosp, r.pick(["CONSENT FOR TRANSFUSION OF BLOOD AND BLOOD PRODUCTS", "Blood Transfusion Consent / Refusal"]), "",
             "Patient name: %s        Date: %s" % (name(c), D(c)), "",
             "My physician, %s, has explained that I may need a transfusion of %s. I have been told about the benefits, the risks (including fever, allergic reaction, fluid overload, and rare transmission of infections such as hepatitis and HIV), and the alternatives, including the option to refuse." % (prov_name(p), r.pick(["red blood cells", "blood products (red cells, plasma, platelets)"])),
             "", "[%s] I CONSENT to transfusion." % r.pick(["X", "X", " "]), "[ ] I REFUSE transfusion and release the hospital and physicians from liability.", "",
             "This consent is valid for: [X] this admission  [ ] series of outpatient transfusions"] + sig_block(c) + ["", form]
    elif L == 2:  # general consent to treat
        t = [letterhead(c, 2), "", r.pick(["CONDITIONS OF ADMISSION / CONSENT TO TREATMENT", "General Consent for Treatment", "Consent to Treat and Financial Agreement"]), "",
             "Patient: %s   Acct: %s" % (name(c, 2), c.acct), "", "CONSENT TO TREATMENT: I consent to routine diagnostic procedures and medical treatment by the medical staff of %s." % c.hosp,
             "RELEASE OF INFORMATION: I authorize release of information needed to process insurance claims.", "ASSIGNMENT OF BENEFITS: I assign payment of authorized benefits to %s." % c.hosp,
             "FINANCIAL RESPONSIBILITY: I understand I am responsible for charges not covered by insurance.", "PERSONAL VALUABLES: The hospital is not responsible for personal items kept at the bedside.",
             "NOTICE OF PRIVACY PRACTICES: [X] I acknowledge receipt.", "MEDICARE: Patient certification and assignment of benefits (if applicable)."] + sig_block(c, False) + ["", form]
    elif L == 3:  # procedural sedation consent
        t = [ehr_banner(c, r.pick(["Procedural Sedation Consent", "CONSENT FOR MODERATE SEDATION", "Sedation/Analgesia Informed Consent"])), "",
             "Procedure: %s" % r.pick(["closed reduction of dislocated shoulder", "colonoscopy", "EGD", "fracture reduction", "cardioversion"]),
             "Sedation: %s" % r.pick(["ketamine", "propofol", "midazolam and fentanyl", "etomidate"]), "",
             "I understand sedation may cause slowed breathing, low blood pressure, nausea, vomiting, an allergic reaction, or rarely the need for breathing support. I will not drive or make important decisions for 24 hours.",
             "Responsible adult to drive me home: %s %s" % (r.pick(FIRST_M + FIRST_F), c.last), "", "Questions answered: [X] Yes"] + sig_block(c)
    elif L == 4:  # telehealth consent
        t = [c.clinic, r.pick(["TELEHEALTH INFORMED CONSENT", "Consent for Telemedicine Services"]), "",
             "Patient: %s  DOB %s" % (name(c), D(c, c.dob, 0)), "",
             "I understand that telehealth involves the use of electronic communications to enable providers at different locations to share my medical information for diagnosis, therapy, follow-up and education.",
             "- I may decline telehealth and request an in-person visit at any time.", "- Electronic systems have security protocols; there is a small risk of breach of privacy.",
             "- In rare cases, technical failure may require the visit to be rescheduled.", "- My insurance may apply copays as for an in-person visit.", "",
             "Distant site provider/program: %s" % r.pick(["%s Telepsychiatry" % c.tert, "Tele-Stroke Network", "Behavioral Health Partners", "Tele-Cardiology"])] + sig_block(c, False) + [form]
    elif L == 5:  # vaccine consent / VIS acknowledgment
        kid = r.chance(0.5)
        if kid:
            c.age = r.randint(1, 16)
        vac = r.pick(["Influenza (inactivated)", "Tdap", "MMR", "HPV", "Shingles (recombinant)", "Pneumococcal", "COVID-19" if c.date.year >= 2021 else "Hepatitis B"])
        t = [r.pick(["IMMUNIZATION CONSENT FORM", "Vaccine Administration Consent", "Flu Shot Clinic - Screening & Consent"]), c.clinic, "",
             "Name: %s   DOB: %s   Age: %d" % (name(c), D(c, c.dob, 0), c.age), "Vaccine(s): %s" % vac, "",
             "Screening: Are you sick today? [ ]Y [X]N   Allergies to vaccine components/eggs/latex? [ ]Y [X]N", "Serious reaction to a vaccine before? [ ]Y [X]N   Pregnant? [ ]Y [X]N   Guillain-Barre? [ ]Y [X]N", "",
             "I have received and read the Vaccine Information Statement (VIS) dated %s. I understand the benefits and risks and request the vaccine be given to %s." % (D(c, c.date - datetime.timedelta(days=r.randint(100, 900)), 0), "my child" if kid else "me"),
             "", "Signature of %s: ___________________  Date %s" % ("parent/guardian" if kid else "patient", D(c, None, 1))]
    else:  # refusal / AMA-style informed refusal
        t = [c.hosp, r.pick(["INFORMED REFUSAL OF TREATMENT", "Refusal of Recommended Treatment/Transfer", "Release from Responsibility"]), "",
             "Patient: %s   Date/Time: %s %s" % (name(c), D(c, None, 0), ftime_c(r)), "",
             "I have been advised by %s that %s is recommended because of %s." % (prov_name(p), r.pick(["admission to the hospital", "transfer to %s" % c.tert, "a CT scan", "a blood transfusion"]), lc(c.acute["dx"])),
             "The risks of refusing, including worsening of my condition, permanent disability or death, have been explained to me. I refuse this treatment and release the physician and hospital from responsibility for any ill effects.",
             "I understand I may return at any time."] + sig_block(c) + ["", form]
    return ocr_noise(r, "\n".join(t), r.choice([0, 0.005, 0.012]))


# ----------------------------------------------------------------------------
# 15. Referral letter
# ----------------------------------------------------------------------------
REF_REASONS = {
    "orthopedics": ["Right knee osteoarthritis, failed injections", "Chronic left shoulder pain, suspected rotator cuff tear", "Right hip osteoarthritis"],
    "cardiology": ["Abnormal stress test", "New heart murmur", "Paroxysmal atrial fibrillation", "Chronic systolic heart failure"],
    "general surgery": ["Symptomatic cholelithiasis", "Reducible right inguinal hernia", "Enlarging lipoma of the back", "Screening colonoscopy"],
    "urology": ["Microscopic hematuria", "Elevated PSA", "Recurrent kidney stones"],
    "gastroenterology": ["Iron deficiency anemia", "Positive FIT test", "Chronic dysphagia"],
    "psychiatry": ["Major depressive disorder, recurrent, not responding to two SSRIs", "Bipolar disorder, medication management"],
    "neurology": ["Chronic migraine", "Tremor", "Numbness and tingling of the hands"],
    "pulmonology": ["Pulmonary nodule", "COPD with frequent exacerbations", "Suspected obstructive sleep apnea"],
    "nephrology": ["Chronic kidney disease stage 3b", "Proteinuria"],
    "oncology": ["New breast mass, BI-RADS 5", "Lung mass on CT"],
    "obstetrics and gynecology": ["Postmenopausal bleeding", "Abnormal Pap smear (LSIL)"],
    "wound care": ["Nonhealing diabetic foot ulcer", "Venous stasis ulcer, left leg"],
}


def gen_referral_letter(r):
    c = make_ctx(r)
    p = c.prov
    if r.chance(0.4):
        sp_key, reason = c.acute["spec"], c.acute["dx"]
    else:
        sp_key = r.pick(list(REF_REASONS.keys()))
        reason = r.pick(REF_REASONS[sp_key])
    sp = r.pick(SPECIALISTS[sp_key])
    L = r.randint(0, 6)
    urg = r.pick(["Routine", "Urgent (within 1 week)", "Routine - next available", "STAT"])
    if L == 0:  # dear doctor
        t = [letterhead(c, 0), "", D(c, None, 2), "", prov_name(sp), sp_key.title(), c.tert, c.tcity, "", "RE: %s   DOB: %s" % (name(c), D(c, c.dob, 0)), "",
             "Dear %s," % dr(sp), "", "I am referring %s, a %s, for evaluation of %s. %s" % (name(c), agesex(c), lc(reason), hpi(c, c.acute, 3) if r.chance(0.4) else ""),
             "", "Past medical history includes %s. Current medications are %s. Allergies: %s." % (lc(", ".join(pmh_list(c))), ", ".join("%s %s" % m[:2] for m in c.home) or "none", c.allergy),
             "", "I would appreciate your opinion regarding %s. Relevant records are enclosed." % r.pick(["further management", "whether surgical intervention is indicated", "diagnostic workup", "treatment options"]),
             "", "Thank you for seeing this patient.", "", "Sincerely,", "", prov_name(p), c.clinic, "Phone %s  Fax %s" % (c.hphone, c.hfax)]
    elif L == 1:  # EHR referral form
        t = [ehr_banner(c, r.pick(["REFERRAL REQUEST", "Outgoing Referral", "Referral Order"])), "",
             "Referral #: R%d   Status: %s" % (r.randint(10000, 99999), r.pick(["Sent", "Pending auth", "Scheduled"])), "Refer to: %s, %s" % (prov_name(sp), c.tert),
             "Specialty: %s   Priority: %s" % (sp_key.title(), urg), "Reason: %s" % reason, "ICD: %s" % (c.acute["icd10"] if c.icd10 else c.acute["icd9"]),
             "Visits requested: %d" % r.choice([1, 3, 6]), "Insurance: %s  ID %s" % (c.payer, c.memid), "Prior auth #: %s" % r.pick(["N/A", "PA%d" % r.randint(100000, 999999), "pending"]), "",
             "Clinical notes:", "  " + r.pick([c.out["subj"], hpi(c, c.acute, 1)]), "", "Attachments: last office note, labs, imaging", "", "Referring provider: %s  NPI 1%09d" % (prov_name(p), r.randint(0, 999999999))]
    elif L == 2:  # faxed referral form with checkboxes to tertiary clinic
        t = [fax_header(c), "", c.tert.upper(), "Central Scheduling - Physician Referral Form", "Fax completed form to (%s) 555-%04d" % (r.randint(302, 989), r.randint(1000, 9999)), "",
             "Patient name: %s  DOB: %s  Phone: %s" % (name(c), D(c, c.dob, 0), c.phone), "Address: %s, %s, %s" % (c.addr, c.ptown, c.state),
             "Insurance: %s" % c.payer, "", "Department requested:  [%s] Cardiology  [%s] Orthopedics  [%s] Neurology  [%s] Other: %s" % (
                 "X" if sp_key == "cardiology" else " ", "X" if sp_key == "orthopedics" else " ", "X" if sp_key == "neurology" else " ", " " if sp_key in ("cardiology", "orthopedics", "neurology") else "X", sp_key if sp_key not in ("cardiology", "orthopedics", "neurology") else ""),
             "Physician requested: %s" % r.pick([prov_name(sp), "first available"]), "Urgency: %s" % urg, "Diagnosis/reason: %s" % reason, "",
             "Referring provider: %s   Clinic: %s" % (prov_name(p), c.clinic), "Phone: %s  Fax: %s" % (c.hphone, c.hfax), "Signature: _______________  Date: %s" % D(c, None, 1)]
        return ocr_noise(r, "\n".join(t), r.uniform(0.004, 0.02))
    elif L == 3:  # brief note
        t = [c.clinic, "", "%s" % D(c), "To: %s %s clinic" % (r.pick(["Dr.", ""]), sp_key), "Re: %s (DOB %s)" % (name(c), D(c, c.dob, 1)), "",
             "Please see this pt for %s. %s. Thanks!" % (lc(reason), r.pick(["Not improving with conservative tx", "Pt requests specialist opinion", "Abnormal imaging enclosed", "Worsening despite meds"])),
             "", "-%s" % prov_name(p, 1)]
    elif L == 4:  # PT/therapy or behavioral health referral
        tgt = r.pick(["Physical Therapy", "Behavioral Health", "Diabetes Education", "Cardiac Rehabilitation", "Speech Therapy", "Home Health"])
        t = [letterhead(c, 4), "", "REFERRAL TO %s" % tgt.upper() if r.chance(0.5) else "Referral - %s" % tgt, "", "Patient: %s   DOB %s   Phone %s" % (name(c), D(c, c.dob, 0), c.phone),
             "Diagnosis: %s" % reason, "Requested services: %s" % {"Physical Therapy": "Evaluate and treat; strengthening, gait, balance", "Behavioral Health": "Counseling (telehealth OK), medication management consult",
                                                                "Diabetes Education": "DSME individual and group classes, MNT with RD", "Cardiac Rehabilitation": "Phase II, 36 sessions",
                                                                "Speech Therapy": "Swallow evaluation", "Home Health": "Skilled nursing for med management, PT/OT, HHA for bathing"}[tgt],
             "Precautions: %s" % r.pick(["Fall risk", "None", "Weight bearing as tolerated", "Cardiac"]), "Homebound: %s" % r.pick(["N/A", "Yes - requires assistance to leave home"]), "",
             "Provider: %s  Date: %s" % (prov_name(p), D(c))]
    elif L == 5:  # outside specialist referral letter to CAH surgeon (inbound)
        t = [r.pick(["%s Family Medicine" % c.ptown, c.clinic]), "", D(c, None, 2), "", "%s\nGeneral Surgery\n%s" % (prov_name(r.pick(SPECIALISTS["general surgery"])), c.hosp), "",
             "Re: %s" % name(c), "", "Thank you for seeing %s %s for %s. %s has had %s. %s" % ("Mr." if c.sex == "M" else "Mrs.", c.last, r.pick(["symptomatic gallstones", "a painful inguinal bulge", "an enlarging lipoma on the back", "screening colonoscopy"]),
                                                                             c.He, r.pick(["three episodes of postprandial RUQ pain", "increasing discomfort with lifting", "no prior surgeries"]), r.pick(["US report enclosed.", "Labs enclosed.", ""])),
             "", "Regards,", prov_name(p)]
    else:  # mammography/diagnostic referral w/ auth request
        t = [r.pick(["PRIOR AUTHORIZATION / REFERRAL", "Managed Care Referral Form", "Medicaid Referral Authorization"]), "%s   Member: %s" % (c.payer, c.memid), "",
             "PCP: %s (%s)" % (prov_name(p), c.clinic), "Referred to: %s %s" % (c.tert, sp_key), "Patient: %s  DOB %s" % (name(c, 2), D(c, c.dob, 0)),
             "Dx code: %s" % (c.acute["icd10"] if c.icd10 else c.acute["icd9"]), "Services: %s" % r.pick(["office consult + 2 follow-ups", "consult and diagnostic testing", "evaluation only"]),
             "Valid from %s to %s" % (D(c, None, 0), D(c, c.date + datetime.timedelta(days=90), 0)), "", "PCP signature: _______________"]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0.003, 0.02))
    return ocr_noise(r, "\n".join(t), r.choice([0, 0, 0.005]))


# ----------------------------------------------------------------------------
# 16. Advance directive
# ----------------------------------------------------------------------------
def gen_advance_directive(r):
    c = make_ctx(r, age=r.randint(45, 96))
    agent = "%s %s" % (r.pick(FIRST_M + FIRST_F), r.pick([c.last, r.pick(LAST)]))
    rel = r.pick(["son", "daughter", "spouse", "brother", "niece", "friend"])
    L = r.randint(0, 6)
    st_name = {"NE": "Nebraska", "KS": "Kansas", "IA": "Iowa", "SD": "South Dakota", "ND": "North Dakota", "MO": "Missouri", "MT": "Montana", "WY": "Wyoming",
               "OK": "Oklahoma", "MN": "Minnesota", "CO": "Colorado", "ID": "Idaho"}[c.state]
    wit = ["_________________________  Witness #1", "_________________________  Witness #2"]
    notary = ["", "STATE OF %s    )" % st_name.upper(), "                   ) ss.", "COUNTY OF %s )" % c.county.upper(), "",
              "Subscribed and acknowledged before me on %s by %s." % (D(c, None, 2), name(c)), "_________________________ Notary Public", "My commission expires: %s" % D(c, c.date + datetime.timedelta(days=r.randint(300, 1800)), 0)]
    if L == 0:  # living will
        t = [r.pick(["DECLARATION (LIVING WILL)", "Living Will Declaration", "%s Rights of the Terminally Ill Act - Declaration" % st_name]), "",
             "If I should lapse into a persistent vegetative state or have an incurable and irreversible condition that, without the administration of life-sustaining treatment, will, in the opinion of my attending physician, cause my death within a relatively short time, and I am no longer able to make decisions regarding my medical treatment, I direct my attending physician to withhold or withdraw treatment that only prolongs the process of dying and is not necessary for my comfort or to alleviate pain.",
             "", "Artificially provided nutrition and hydration: [%s] I DO want  [%s] I DO NOT want" % ((" ", "X") if r.chance(0.7) else ("X", " ")),
             "", "Signed this %d day of %s, %d." % (c.date.day, MONTHS[c.date.month - 1], c.date.year), "", "_________________________", name(c), "%s, %s, %s" % (c.addr, c.ptown, st_name), ""] + wit + (notary if r.chance(0.5) else [])
    elif L == 1:  # DPOA-HC
        t = [r.pick(["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "Power of Attorney for Health Care Decisions", "HEALTH CARE POWER OF ATTORNEY"]), "",
             "I, %s, of %s County, %s, designate the following individual as my attorney in fact (agent) for health care decisions:" % (name(c, 3), c.county, st_name), "",
             "Name: %s   Relationship: %s   Phone: (%s) 555-%04d" % (agent, rel, c.area, r.randint(1000, 9999)), "",
             "Alternate agent: %s %s" % (r.pick(FIRST_M + FIRST_F), r.pick(LAST)), "",
             "This power of attorney becomes effective when I am unable to make or communicate health care decisions, as determined by my attending physician.",
             "My agent has authority to make all health care decisions, including decisions to withhold or withdraw life-sustaining treatment, consistent with my wishes as stated below:", "",
             "Special instructions: %s" % r.pick(["No feeding tube if no reasonable hope of recovery.", "I want everything done unless I am permanently unconscious.", "None.", "Comfort care only if terminal."]),
             "", "Date: %s" % D(c, None, 2), "_________________________ Principal", ""] + wit + notary
    elif L == 2:  # POLST
        polst = r.pick(["POLST", "MOLST", "TPOPP", "Physician Orders for Life-Sustaining Treatment"])
        cpr = r.chance(0.35)
        t = [r.pick(["%s - Physician Orders for Life-Sustaining Treatment" % st_name, polst, "PORTABLE MEDICAL ORDERS"]), "HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROVIDERS AS NECESSARY FOR TREATMENT", "",
             "Patient last name: %s   First: %s   DOB: %s" % (c.last, c.first, D(c, c.dob, 0)), "",
             "A. CARDIOPULMONARY RESUSCITATION (person has no pulse and is not breathing)", "   [%s] Attempt Resuscitation/CPR   [%s] Do Not Attempt Resuscitation/DNR" % ("X" if cpr else " ", " " if cpr else "X"), "",
             "B. MEDICAL INTERVENTIONS (person has pulse and/or is breathing)", "   [%s] Comfort Measures Only  [%s] Limited Additional Interventions  [%s] Full Treatment" % (
                 r.pick(["X", " "]) if not cpr else " ", "X" if not cpr else " ", "X" if cpr else " "), "",
             "C. ARTIFICIALLY ADMINISTERED NUTRITION", "   [ ] Long-term  [%s] Defined trial period  [%s] No artificial nutrition by tube" % (r.pick(["X", " "]), r.pick(["X", " "])), "",
             "D. Discussed with: [%s] Patient  [%s] Health care agent (%s)" % (r.pick(["X", " "]), r.pick(["X", " "]), agent), "",
             "Physician/NP/PA: %s   Phone %s" % (prov_name(c.prov), c.hphone), "Signature: ____________________  Date: %s" % D(c, None, 0), "Patient/Agent signature: ____________________", "",
             "SEND FORM WITH PERSON WHENEVER TRANSFERRED OR DISCHARGED"]
    elif L == 3:  # out of hospital DNR
        t = [r.pick(["OUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER", "EMS DNR Order", "Comfort One / DNR Identification"]), "State of %s" % st_name, "",
             "Person's name: %s   DOB: %s   Sex: %s" % (name(c), D(c, c.dob, 0), c.sex), "",
             "I, the undersigned physician, am the attending physician of the above-named person and have determined that the person is in a terminal condition. This order directs emergency medical services personnel NOT to initiate CPR.",
             "", "Attending: %s   License #%d" % (prov_name(c.prov), r.randint(10000, 99999)), "Signature: ____________________   Date: %s" % D(c, None, 0), "",
             "Declarant or surrogate: ____________________  (%s)" % r.pick(["self", rel]), "", "Wallet card / bracelet issued: %s" % r.pick(["Yes", "No"])]
    elif L == 4:  # combined health care directive with values
        t = [r.pick(["MY HEALTH CARE DIRECTIVE", "Advance Health Care Directive", "Health Care Directive and Appointment of Agent"]), "",
             "Name: %s   Date of birth: %s" % (name(c), D(c, c.dob, 2)), "", "PART 1. My health care agent", "   %s (%s), phone (%s) 555-%04d" % (agent, rel, c.area, r.randint(1000, 9999)), "",
             "PART 2. What is important to me", "   " + r.pick(["Being at home on the farm with my family.", "Being able to recognize my family and talk with them.", "Not being kept alive on machines.", "My faith; please call Pastor %s." % r.pick(LAST)]), "",
             "PART 3. Treatments", "   If I am dying: [%s] I want comfort care only  [ ] I want all treatments" % r.pick(["X", "X", " "]), "   Tube feeding: %s" % r.pick(["No", "Trial only", "Yes"]),
             "   Organ donation: %s" % r.pick(["Yes, any needed organs", "No", "Tissues only"]), "", "PART 4. Signatures", "   _________________________  Date %s" % D(c, None, 1)] + ["   " + w for w in wit]
    elif L == 5:  # scanned copy with cover / acknowledgment in hospital
        t = [c.hosp, r.pick(["ADVANCE DIRECTIVE ACKNOWLEDGMENT", "Advance Directive Information", "Patient Self-Determination Act Notice"]), "",
             "Patient: %s   MRN %s   Date: %s" % (name(c), c.mrn, D(c)), "",
             "[%s] I have an advance directive and a copy has been provided to the hospital." % r.pick(["X", " "]), "[%s] I have an advance directive but do not have a copy with me." % r.pick([" ", "X"]),
             "[ ] I do not have an advance directive and I %s information." % r.pick(["have received", "decline"]), "", "Type: [%s] Living will  [%s] Health care POA  [%s] POLST" % (r.pick(["X", " "]), r.pick(["X", " "]), r.pick(["X", " "])),
             "Agent: %s (%s)" % (agent, rel), "", "Patient signature ______________________", "Staff: %s" % c.nurse]
    else:  # Five-wishes-like narrative, handwritten section OCR
        t = [r.pick(["Statement of My Wishes", "My Wishes for Medical Care", "Personal Directive"]), "", "I, %s, being of sound mind, make this statement of my wishes." % name(c), "",
             "If my doctors believe there is no reasonable hope that I will recover, I do not want: %s." % ", ".join(r.some(["CPR", "a breathing machine", "a feeding tube", "dialysis", "to be sent away to the city hospital"], 2, 4)),
             "I do want pain medicine even if it makes me sleepy.", "I would like %s." % r.pick(["to die at home if possible", "my family with me", "hymns played", "my dog to visit"]),
             "I want %s to speak for me." % agent, "", "Signed ________________  %s" % D(c, None, 1)] + wit
        return ocr_noise(r, "\n".join(t), r.uniform(0.01, 0.03))
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0.005, 0.01]))


# ----------------------------------------------------------------------------
# 17. ECG report
# ----------------------------------------------------------------------------
ECG_INTERP = [
    ("Normal sinus rhythm", "Normal ECG", (60, 95)),
    ("Sinus bradycardia", "Otherwise normal ECG", (46, 58)),
    ("Atrial fibrillation with rapid ventricular response", "Nonspecific ST and T wave abnormality. Abnormal ECG", (118, 160)),
    ("Sinus rhythm", "ST depression in V4-V6, consider lateral ischemia. Abnormal ECG", (70, 100)),
    ("Sinus rhythm with first degree AV block", "Left axis deviation. Borderline ECG", (58, 80)),
    ("Normal sinus rhythm", "Right bundle branch block. Abnormal ECG", (62, 90)),
    ("Sinus tachycardia", "Otherwise normal ECG", (102, 124)),
    ("Atrial fibrillation with controlled ventricular response", "Low voltage QRS. Abnormal ECG", (64, 96)),
    ("Normal sinus rhythm", "Left ventricular hypertrophy with repolarization abnormality. Abnormal ECG", (60, 88)),
]


def gen_ecg_report(r):
    c = make_ctx(r, age=r.randint(18, 94))
    rh, interp, hrr = r.pick(ECG_INTERP)
    hr = r.randint(*hrr)
    pr = "---" if "fibrillation" in rh else str(r.randint(140, 260) if "first" in rh else r.randint(120, 198))
    qrs = r.randint(124, 150) if "bundle" in interp else r.randint(76, 108)
    qt = r.randint(340, 440)
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    axis = "%d %d %d" % (r.randint(-10, 80), r.randint(-40, 80) if "axis" not in interp else r.randint(-60, -31), r.randint(0, 90))
    rd = r.pick(SPECIALISTS["cardiology"] + [c.prov, c.prov2])
    L = r.randint(0, 6)
    meas = ["Vent. rate   %d BPM" % hr, "PR interval  %s ms" % pr, "QRS duration %d ms" % qrs, "QT/QTc       %d/%d ms" % (qt, qtc), "P-R-T axes   %s" % axis]
    if L == 0:  # machine printout
        t = ["%s   %s" % (name(c, 1), D(c, None, 3) + " " + ftime_c(r)), "ID:%s   %s   %s" % (c.mrn, D(c, c.dob, 3), c.sexw.capitalize()), "%d in  %d lb   Room:%s   Loc:%d" % (r.randint(59, 75), r.randint(110, 260), r.pick(["ER2", "MS4", "RHC", "--"]), r.randint(1, 9)),
             ""] + meas + ["", rh, interp, r.pick(["When compared with ECG of %s, no significant change was found" % D(c, c.date - datetime.timedelta(days=r.randint(30, 2000)), 3), "No previous ECGs available", ""]),
             "", r.pick(["Confirmed by %s on %s" % (prov_name(rd, 2), D(c, c.date + datetime.timedelta(days=r.randint(0, 3)), 0)), "UNCONFIRMED REPORT - computer interpretation only", "Referred by: %s   Unconfirmed" % prov_name(c.prov, 2)]),
             "", "25mm/s  10mm/mV  %s   %s" % (r.pick(["40Hz", "150Hz", "0.5-40 Hz"]), r.pick(["MAC5K 010A", "PageWriter TC30", "ELI 250c", "CardioCare 3000"]))]
    elif L == 1:  # physician over-read narrative
        t = [ehr_banner(c, r.pick(["ECG Interpretation", "EKG", "12-lead ECG - Provider Interpretation", "Electrocardiogram Report"])), "",
             "Indication: %s" % r.pick(["chest pain", "pre-op", "palpitations", "syncope", "routine", "weakness"]), "Rate: %d   Rhythm: %s" % (hr, rh), "Intervals: PR %s, QRS %d, QTc %d" % (pr, qrs, qtc),
             "Axis: %s" % ("left" if "axis" in interp else "normal"), "ST/T: %s" % ("ST depression V4-V6" if "ischemia" in interp else r.pick(["no acute changes", "nonspecific T wave flattening", "normal"])),
             "Impression: %s. %s" % (rh, interp), "Compared to prior: %s" % r.pick(["unchanged", "new", "no prior available"]), "", signature(c, rd, 3)]
    elif L == 2:  # rhythm strip
        t = [r.pick(["RHYTHM STRIP", "Telemetry Strip Interpretation", "Monitor strip"]), "%s  Rm %d  %s %s" % (name(c), r.randint(1, 25), D(c, None, 1), ftime_c(r)), "",
             "Rhythm: %s" % rh, "Rate: %d" % hr, "PR: %s  QRS: %.2f  QT: %.2f" % ("n/a" if pr == "---" else "%.2f" % (int(pr) / 1000.0), qrs / 1000.0, qt / 1000.0),
             "Ectopy: %s" % r.pick(["none", "occasional PVCs", "rare PACs", "couplet x1"]), "", "Interpreted by: %s" % r.pick(NURSES)]
    elif L == 3:  # outside cardiology read (faxed)
        t = [r.pick([c.tert + " - Cardiology ECG Services", "Great Plains Heart & Vascular Institute - ECG Reading Service"]), "Client: %s" % c.hosp, "",
             "Patient: %s   DOB %s   Acquired %s" % (name(c, 2), D(c, c.dob, 4), D(c, None, 4))] + meas + ["", "INTERPRETATION:", "  " + rh, "  " + interp, "", "Over-read by %s" % prov_name(r.pick(SPECIALISTS["cardiology"]))]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0.003, 0.02))
    elif L == 4:  # Holter
        t = [r.pick(["HOLTER MONITOR REPORT", "24-Hour Ambulatory ECG", "Ambulatory ECG Monitoring Summary"]), "", "Patient: %s  Age %d  Hookup: %s  Duration: %d h" % (name(c), c.age, D(c), r.choice([24, 48])),
             "Indication: %s" % r.pick(["palpitations", "syncope", "AF rate control", "dizziness"]), "", "Heart rate: min %d, max %d, average %d" % (hr - r.randint(15, 30), hr + r.randint(20, 60), hr),
             "Ventricular ectopy: %d PVCs (%.1f%%), %d couplets, %d runs" % (r.randint(0, 3000), r.uniform(0, 3), r.randint(0, 20), r.randint(0, 2)), "Supraventricular ectopy: %d PACs, %d runs SVT (longest %d beats)" % (r.randint(0, 900), r.randint(0, 4), r.randint(3, 12)),
             "Pauses > 2.5 s: %s" % r.pick(["none", "1 (2.8 s at 03:14, sinus pause)"]), "Diary: %s" % r.pick(["palpitations x2 correlated with sinus tachycardia", "no symptoms recorded", "dizziness - sinus rhythm"]), "",
             "Conclusion: %s" % r.pick(["Predominant sinus rhythm. No significant arrhythmia.", "Paroxysmal atrial fibrillation, burden approx %d%%." % r.randint(2, 30), "Frequent PVCs, unifocal."]), "", signature(c, r.pick(SPECIALISTS["cardiology"]), 0)]
    elif L == 5:  # ED physician quick read handwritten style
        t = ["EKG read  %s %s" % (D(c, None, 1), ftime(r)), "%s %s" % (name(c), c.mrn), "", "%s @ %d, %s. %s" % (rh.replace("Normal sinus rhythm", "NSR"), hr, r.pick(["nl axis", "LAD", "normal intervals"]),
                                                                                                    interp.replace("Abnormal ECG", "").replace("Normal ECG", "no acute ST/T changes")), "No STEMI." if "ischemia" not in interp else "Not STEMI criteria; NSTE-ACS?", "", prov_name(c.prov, 1)]
        return ocr_noise(r, "\n".join(t), r.uniform(0.005, 0.03))
    else:  # compact EHR result
        t = ["Result: ECG 12-LEAD   Status: Final", "Patient: %s (%s)   Ordered by: %s" % (name(c, 2), c.mrn, prov_name(c.prov, 1)), "Performed: %s %s" % (D(c, None, 0), ftime_c(r)), "",
             "Measurements:"] + ["  " + m for m in meas] + ["", "Diagnosis:", "  %s" % rh, "  %s" % interp, "", "Reviewed: %s" % prov_name(rd, 1)]
    return ocr_noise(r, "\n".join(t), r.choice([0, 0.003, 0.008]))


# ----------------------------------------------------------------------------
# 18. Immunization record
# ----------------------------------------------------------------------------
VACC_ADULT = [("Influenza, injectable, quadrivalent", "Fluzone Quadrivalent", "IM", "0.5 mL", "L deltoid"), ("Tdap", "Boostrix", "IM", "0.5 mL", "R deltoid"),
              ("Pneumococcal polysaccharide PPSV23", "Pneumovax 23", "IM", "0.5 mL", "L deltoid"), ("Pneumococcal conjugate PCV13", "Prevnar 13", "IM", "0.5 mL", "R deltoid"),
              ("Zoster recombinant", "Shingrix", "IM", "0.5 mL", "L deltoid"), ("Hepatitis B", "Engerix-B", "IM", "1 mL", "R deltoid"), ("Td", "TDVAX", "IM", "0.5 mL", "L deltoid")]
VACC_CHILD = [("DTaP", "Daptacel", "IM", "0.5 mL", "R thigh"), ("IPV", "IPOL", "SC", "0.5 mL", "L thigh"), ("MMR", "M-M-R II", "SC", "0.5 mL", "R arm"),
              ("Varicella", "Varivax", "SC", "0.5 mL", "L arm"), ("Hep B pediatric", "Recombivax HB", "IM", "0.5 mL", "L thigh"), ("Hib", "PedvaxHIB", "IM", "0.5 mL", "R thigh"),
              ("PCV13", "Prevnar 13", "IM", "0.5 mL", "L thigh"), ("Hep A", "Havrix", "IM", "0.5 mL", "R deltoid"), ("MCV4", "Menactra", "IM", "0.5 mL", "L deltoid"),
              ("HPV9", "Gardasil 9", "IM", "0.5 mL", "R deltoid"), ("Tdap", "Adacel", "IM", "0.5 mL", "L deltoid")]


def gen_immunization_record(r):
    kid = r.chance(0.5)
    c = make_ctx(r, age=r.randint(1, 17) if kid else r.randint(19, 90))
    bank = VACC_CHILD if kid else VACC_ADULT
    L = r.randint(0, 6)
    def vdate(i):
        return c.dob + datetime.timedelta(days=min(c.age * 365, 60 + i * r.randint(50, 400))) if kid else c.date - datetime.timedelta(days=r.randint(0, 3000))
    entries = sorted([(vdate(i), v) for i, v in enumerate(r.some(bank, 4, len(bank)))], key=lambda x: x[0])
    lot = lambda: "%s%d%s" % (r.pick(["U", "AC", "K", "T", "Y"]), r.randint(1000, 99999), r.pick(["", "AA", "B"]))
    if L == 0:  # EHR immunization history
        t = [ehr_banner(c, r.pick(["Immunization History", "Immunizations", "Vaccine Record"])), "", "%-34s %-12s %-10s %-8s %s" % ("Vaccine", "Date", "Lot", "Route", "Site")]
        for d, v in entries:
            t.append("%-34s %-12s %-10s %-8s %s" % (v[0][:34], fdate(d, 0), lot(), v[2], v[4]))
        t += ["", "Source: %s" % r.pick(["administered here", "state registry import", "historical - patient report"]), "Printed %s" % D(c, None, 0)]
    elif L == 1:  # state registry printout
        t = [r.pick(["%s STATE IMMUNIZATION INFORMATION SYSTEM" % c.state, "%s Immunization Registry - Official Record" % c.state, "STATE IMMUNIZATION REGISTRY"]), "",
             "Client: %s   DOB: %s   Gender: %s   Client ID: %d" % (name(c, 1), D(c, c.dob, 0), c.sex, r.randint(1000000, 9999999)), "Mother's maiden name: %s" % r.pick(LAST), "",
             "Vaccine Group      Date Administered   Series   Provider/Org"]
        for d, v in entries:
            t.append("%-18s %-19s %-8s %s" % (v[0].split(",")[0][:18], fdate(d, 0), r.pick(["1 of 2", "2 of 3", "Booster", "Complete", "NOT VALID"]) if r.chance(0.1) else r.pick(["1", "2", "3", "Booster", ""]), r.pick([c.clinic[:28], "%s Co Health Dept" % c.county, "Pharmacy"])))
        t += ["", "Recommended: " + r.pick(["Influenza - due now", "HPV #2 - due %s" % D(c, c.date + datetime.timedelta(days=60), 0), "All vaccines up to date", "Td booster - due %d" % (c.date.year + 3)])]
    elif L == 2:  # vaccine administration record
        d, v = entries[-1]
        t = [c.clinic, r.pick(["VACCINE ADMINISTRATION RECORD", "Immunization Administration", "Vaccine Given"]), "",
             "Patient: %s   DOB %s" % (name(c), D(c, c.dob, 0)), "Date given: %s" % D(c), "", "Vaccine: %s (%s)" % (v[0], v[1]), "Manufacturer: %s" % r.pick(["Sanofi Pasteur", "GSK", "Merck", "Pfizer", "Seqirus"]),
             "Lot #: %s   Exp: %02d/%d" % (lot(), r.randint(1, 12), c.date.year + 1), "Dose: %s   Route: %s   Site: %s" % (v[3], v[2], v[4]),
             "VIS given: %s edition dated %s" % (v[0].split(",")[0], D(c, c.date - datetime.timedelta(days=r.randint(200, 900)), 0)), "Administered by: %s" % r.pick(NURSES),
             "Observation 15 min: no reaction", "Reported to registry: %s" % r.pick(["Yes", "Yes - HL7 sent", "pending"])]
    elif L == 3:  # school certificate
        c.age = max(4, min(c.age, 17)) if not kid else c.age
        t = [r.pick(["CERTIFICATE OF IMMUNIZATION", "School Entry Immunization Record", "%s Department of Health - Certificate of Immunization" % c.state]), "", "Student: %s   DOB: %s   School: %s Public Schools" % (name(c), D(c, c.dob, 0), c.ptown),
             "Parent/Guardian: %s %s" % (r.pick(FIRST_F + FIRST_M), c.last), "", "VACCINE       DOSE 1      DOSE 2      DOSE 3      DOSE 4      DOSE 5"]
        for vn in ["DTaP/Tdap", "Polio", "MMR", "Hep B", "Varicella"]:
            n = r.randint(2, 5) if vn in ("DTaP/Tdap", "Polio") else r.randint(1, 3)
            ds = [fdate(c.dob + datetime.timedelta(days=60 + i * r.randint(60, 500)), 0) for i in range(n)]
            t.append("%-13s " % vn + " ".join("%-11s" % x for x in ds))
        t += ["", "[ ] Medical exemption  [ ] Religious exemption", "Certified by: %s   %s" % (prov_name(r.pick(PROVIDERS), 1), D(c, None, 0))]
    elif L == 4:  # flu clinic roster entry / form
        t = [r.pick(["FLU CLINIC", "Seasonal Influenza Vaccination", "Community Flu Shot Clinic - %s Fire Hall" % c.ptown]), "Season %d-%d" % (c.date.year, c.date.year + 1), "",
             "Name: %s  DOB: %s  Phone: %s" % (name(c), D(c, c.dob, 1), c.phone), "Insurance: %s  ID %s" % (c.payer, c.memid), "",
             "Screening questions answered - no contraindications", "Vaccine: %s  Lot %s  %s" % (r.pick(["Fluzone High-Dose", "Flucelvax", "Afluria Quad", "FluMist"]), lot(), r.pick(["L deltoid", "R deltoid", "intranasal"])),
             "Given by: %s    Date: %s" % (r.pick(NURSES), D(c))]
    elif L == 5:  # TB skin test
        mm = r.choice([0, 0, 0, 2, 5, 12])
        t = [c.clinic, r.pick(["TUBERCULIN SKIN TEST RECORD", "PPD / TST Documentation", "TB Screening - Mantoux"]), "", "Name: %s  DOB %s" % (name(c), D(c, c.dob, 0)),
             "Reason: %s" % r.pick(["employment - nursing home", "school", "annual healthcare worker", "contact investigation"]), "",
             "Placed: %s %s  L forearm  Tubersol 0.1 mL ID  Lot %s  By %s" % (D(c, None, 0), ampm(r), lot(), r.pick(NURSES)),
             "Read: %s  Induration: %d mm  Result: %s  Read by %s" % (D(c, c.date + datetime.timedelta(days=r.choice([2, 3])), 0), mm, "POSITIVE" if mm >= 10 else "Negative", r.pick(NURSES)),
             "", "Symptom screen: no cough >3 wks, fever, night sweats, weight loss."]
    else:  # handwritten card OCR
        t = [r.pick(["Immunization Record - keep this card", "MY SHOTS", "Personal Immunization Record"]), "Name %s" % name(c), "Birthdate %s" % D(c, c.dob, 1), ""]
        for d, v in entries:
            t.append("%s  %s  %s" % (v[0].split(",")[0], fdate(d, 1), r.pick(["", "Dr %s" % c.prov[1], "CHD", "%s clinic" % c.ptown])))
        return ocr_noise(r, "\n".join(t), r.uniform(0.01, 0.04))
    return ocr_noise(r, paginate(c, "\n".join(t), fax=r.chance(0.15)), r.choice([0, 0.003, 0.008]))


# ----------------------------------------------------------------------------
# 19. Registration form
# ----------------------------------------------------------------------------
def gen_registration_form(r):
    c = make_ctx(r)
    L = r.randint(0, 5)
    emerg = "%s %s (%s) %s" % (r.pick(FIRST_M + FIRST_F), r.pick([c.last, r.pick(LAST)]), r.pick(["spouse", "daughter", "son", "mother", "neighbor"]), "(%s) 555-%04d" % (c.area, r.randint(1000, 9999)))
    emp = r.pick(["Retired", "Self-employed (farm)", "%s Co-op" % c.town, "%s Public Schools" % c.ptown, "Unemployed", "Heartland Beef Packers", "Student", "Disabled"])
    mar = r.pick(["Married", "Single", "Widowed", "Divorced"])
    if L == 0:  # demographic form
        t = [letterhead(c, 0), "", r.pick(["PATIENT REGISTRATION FORM", "Patient Information", "NEW PATIENT REGISTRATION"]), "", "Last name: %s   First: %s   MI: %s" % (c.last, c.first, c.mi),
             "Date of birth: %s   Sex: %s   SSN: XXX-XX-%04d" % (D(c, c.dob, 0), c.sex, r.randint(0, 9999)), "Address: %s" % c.addr, "City/State/Zip: %s, %s %s" % (c.ptown, c.state, c.zip),
             "Home phone: %s   Cell: (%s) 555-%04d" % (c.phone, c.area, r.randint(1000, 9999)), "Marital status: %s   Race: %s   Ethnicity: %s" % (mar, r.pick(["White", "American Indian", "Black", "Declined", "Other"]), r.pick(["Not Hispanic", "Hispanic", "Declined"])),
             "Preferred language: %s" % r.pick(["English", "English", "Spanish", "German (Low)"]), "Employer: %s" % emp, "", "Emergency contact: %s" % emerg, "",
             "PRIMARY INSURANCE: %s   Policy/ID: %s   Group: %d" % (c.payer, c.memid, r.randint(1000, 999999)), "Subscriber: %s   Relationship: %s" % (r.pick([name(c), "%s %s" % (r.pick(FIRST_M), c.last)]), r.pick(["Self", "Spouse", "Child"])),
             "SECONDARY INSURANCE: %s" % r.pick(["None", "Medicare Supplement - Plan G", "%s Medicaid" % c.state]), "", "Primary care provider: %s" % prov_name(c.prov), "Preferred pharmacy: %s" % c.pharm,
             "How did you hear about us? %s" % r.pick(["Family", "Live here", "Newspaper", ""]), "", "Signature: __________________ Date: %s" % D(c, None, 1)]
    elif L == 1:  # face sheet
        t = [c.hosp.upper(), r.pick(["FACE SHEET", "ADMISSION FACE SHEET", "Patient Demographic Summary", "Inpatient Registration"]), "-" * 60,
             "NAME: %-30s MRN: %s   ACCT: %s" % (name(c, 1), c.mrn, c.acct), "DOB: %s   AGE: %d   SEX: %s   MS: %s" % (D(c, c.dob, 0), c.age, c.sex, mar[0]),
             "ADDR: %s, %s, %s %s   PH: %s" % (c.addr, c.ptown, c.state, c.zip, c.phone), "ADMIT: %s %s   TYPE: %s   SERVICE: %s" % (D(c, None, 0), ftime(r), r.pick(["EMERGENCY", "ELECTIVE", "URGENT"]), r.pick(["MED", "SURG", "OBS", "SWING", "OB"])),
             "ADM DR: %s   ATT DR: %s   PCP: %s" % (c.prov[1].upper(), c.prov[1].upper(), c.prov2[1].upper()), "ADM DX: %s" % c.acute["dx"].upper(), "-" * 60,
             "GUARANTOR: %s   REL: SELF   EMPLOYER: %s" % (name(c, 1), emp.upper()), "INS 1: %s  ID %s" % (c.payer.upper(), c.memid), "INS 2: %s" % r.pick(["NONE", "MEDICARE SUPP", "AARP"]),
             "NOK: %s" % emerg.upper(), "ADV DIRECTIVE: %s   RELIGION: %s   CLERGY VISIT: %s" % (r.pick(["Y", "N"]), r.pick(["LUTHERAN", "CATHOLIC", "METHODIST", "NONE", "BAPTIST"]), r.pick(["Y", "N"])),
             "REG CLERK: %s" % r.pick(["BKH", "lms", "TRW", "amp"])]
    elif L == 2:  # handwritten new patient form OCR
        t = ["NEW PATIENT INFORMATION", "(please print)", "", "Name: %s" % name(c), "Birthdate: %s  Age: %d" % (D(c, c.dob, 1), c.age), "Address: %s %s" % (c.addr, c.ptown),
             "Phone: %s" % c.phone, "Email: %s%s@%s" % (c.first.lower(), r.randint(1, 99), r.pick(["prairienet.com", "mail.com", "webmail.net"])), "Occupation: %s" % emp, "",
             "Insurance: %s  # %s" % (c.payer, c.memid), "Emergency contact: %s" % emerg, "", "Reason for visit today: %s" % r.pick(c.out["reason"]),
             "Previous doctor: Dr. %s in %s" % (r.pick(LAST), r.pick(TOWNS)), "May we leave messages? Y / N", "", "Signature ______________"]
        return ocr_noise(r, "\n".join(t), r.uniform(0.01, 0.04))
    elif L == 3:  # ED quick reg
        t = [r.pick(["EMERGENCY DEPARTMENT REGISTRATION", "ER Quick Registration", "ED Arrival / Registration"]), c.hosp, "",
             "Arrival: %s %s   Mode: %s" % (D(c, None, 0), ftime(r), r.pick(["Walk-in", "Ambulance", "Private vehicle", "Law enforcement"])), "Pt: %s   DOB %s   Sex %s" % (name(c, 1), D(c, c.dob, 0), c.sex),
             "Chief complaint (per reg): %s" % r.pick(c.acute["cc"]), "Ins: %s" % c.payer, "Contact: %s" % emerg, "Acct: %s   MRN: %s" % (c.acct, c.mrn), "Armband applied: Y", "Registered by: %s" % r.pick(["kjs", "ADMIT2", "mlh"])]
    elif L == 4:  # demographic update
        t = [c.clinic, r.pick(["PATIENT INFORMATION UPDATE", "Annual Demographic Update", "Change of Information Form"]), "", "Patient: %s   DOB %s" % (name(c), D(c, c.dob, 0)), "",
             "Please update the following:", "  [%s] Address: %s, %s" % (r.pick(["X", " "]), c.addr, c.ptown), "  [%s] Phone: %s" % (r.pick(["X", " "]), c.phone),
             "  [%s] Insurance: %s  ID %s" % (r.pick(["X", " "]), c.payer, c.memid), "  [ ] Name change", "  [%s] Emergency contact: %s" % (r.pick(["X", " "]), emerg), "",
             "Copy of insurance card obtained: %s" % r.pick(["Yes", "Yes (front/back)", "No"]), "Photo ID verified: %s" % r.pick(["DL", "State ID", "Yes"]), "", "Patient signature ____________  Date %s" % D(c, None, 1)]
    else:  # swing-bed/SNF admission information
        t = [c.hosp, r.pick(["SWING BED ADMISSION INFORMATION", "Skilled Care Admission Record", "Resident Admission Record"]), "", "Resident: %s   DOB: %s   Medicare #: %s" % (name(c), D(c, c.dob, 0), c.memid),
             "Admission date: %s   From: %s" % (D(c), r.pick(["acute (same facility)", c.tert, "home"])), "Qualifying stay: %s to %s" % (D(c, c.date - datetime.timedelta(days=r.randint(3, 6)), 0), D(c, None, 0)),
             "Responsible party: %s" % emerg, "Funeral home preference: %s" % r.pick(["Hartwig & Sons", "Prairie Rest", "not stated"]), "Attending: %s" % prov_name(c.prov),
             "Advance directive on file: %s   Code: %s" % (r.pick(["Yes", "No"]), r.pick(["Full", "DNR"])), "Valuables: %s" % r.pick(["wedding ring, glasses", "hearing aids x2", "none", "dentures (upper)"]), "",
             "Admitted by: %s" % c.nurse]
    return ocr_noise(r, "\n".join(t), r.choice([0, 0.004, 0.01]))


# ----------------------------------------------------------------------------
# 20. Insurance card
# ----------------------------------------------------------------------------
def gen_insurance_card(r):
    c = make_ctx(r)
    L = r.randint(0, 6)
    front_lbl = r.pick(["[FRONT]", "--- front ---", "Side 1", "FRONT OF CARD", ""])
    back_lbl = r.pick(["[BACK]", "--- back ---", "Side 2", "BACK OF CARD", ""])
    grp = r.randint(10000, 999999)
    if L == 0:  # Medicare
        mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.pick("ACDEFGHJKM"), r.pick("ACDEFGHJKM0123456789"), r.randint(0, 9), r.pick("ACDEFGHJKM"), r.pick("ACDEFGHJKM0123456789"), r.randint(0, 9), r.pick("ACDEFGHJKM"), r.pick("ACDEFGHJKM"), r.randint(0, 9), r.randint(0, 9)) if c.date.year >= 2018 else "%09dA" % r.randint(0, 999999999)
        t = [front_lbl, "MEDICARE HEALTH INSURANCE", "Name/Nombre", name(c).upper(), "Medicare Number/Número de Medicare", mbi, "Entitled to/Con derecho a    Coverage starts/Cobertura empieza",
             "HOSPITAL (PART A)            %s" % fdate(c.dob + datetime.timedelta(days=65 * 365 + 30), 0), "MEDICAL (PART B)             %s" % fdate(c.dob + datetime.timedelta(days=65 * 365 + 30), 0), "", back_lbl,
             "1-800-MEDICARE (1-800-633-4227)", "Show this card to your health care providers.", "Signature ______________"]
    elif L == 1:  # Medicaid
        t = [front_lbl, r.pick(["%s MEDICAID" % c.state, "%s Medical Assistance Program" % c.state, "Heartland Health Connection (Medicaid)"]), "", "Member: %s" % name(c).upper(),
             "Member ID: %d" % r.randint(100000000, 999999999), "DOB: %s" % D(c, c.dob, 0), "Issue date: %s" % D(c, None, 0), "", back_lbl, "This card does not guarantee eligibility. Providers must verify eligibility before services.",
             "Member Services 1-800-555-%04d   Provider line 1-800-555-%04d" % (r.randint(1000, 9999), r.randint(1000, 9999)), "Pharmacy: RxBIN %06d  PCN MCD%s" % (r.randint(0, 999999), c.state)]
    elif L == 2:  # commercial
        ins = r.pick(INSURERS[:6])
        t = [front_lbl, ins[0].upper(), "%s   %s" % (ins[1], r.pick(["Network: Prairie Select", "Network: Statewide", "BluePlains Network"])), "", "Member: %s" % name(c).upper(),
             "ID: %s" % c.memid, "Group: %d   %s" % (grp, r.pick(["%s Co-op" % c.town, "%s Schools" % c.ptown, "Heartland Beef Packers", "Self"])),
             "PCP copay $%d   Specialist $%d   ER $%d   Urgent care $%d" % (r.choice([20, 25, 30, 35]), r.choice([40, 50, 60]), r.choice([150, 250, 300]), r.choice([50, 75])),
             "Rx: BIN %06d  PCN %s  GRP RX%d" % (r.randint(0, 999999), r.pick(["ADV", "PRX", "9999"]), r.randint(100, 9999)), "Deductible $%d individual" % r.choice([500, 1000, 2500, 5000]), "", back_lbl,
             "Providers: submit claims to %s, PO Box %d, %s" % (ins[0], r.randint(1000, 99999), r.pick(TERT_CITY)), "Precertification required for inpatient admissions: 1-800-555-%04d" % r.randint(1000, 9999),
             "Customer Service 1-800-555-%04d   Nurse line 24/7 1-888-555-%04d" % (r.randint(1000, 9999), r.randint(1000, 9999)), "In an emergency go to the nearest emergency room."]
    elif L == 3:  # Medicare Advantage
        t = [front_lbl, r.pick(["Great River Medicare Advantage (HMO-POS)", "Prairie Senior Choice (PPO)", "Heartland Medicare Complete"]), "Medicare limits apply", "",
             "%s" % name(c).upper(), "Member ID %s" % c.memid, "H%04d-%03d" % (r.randint(1000, 9999), r.randint(1, 99)), "PCP: %s" % prov_name(c.prov).upper(), "PCP Phone %s" % c.hphone,
             "Copays: PCP $0 Spec $%d ER $%d" % (r.choice([20, 35, 45]), r.choice([90, 120])), "RxBIN %06d RxPCN MEDDADV RxGRP %s" % (r.randint(0, 999999), r.pick(["RX8834", "MA201"])), "", back_lbl,
             "Member services 1-800-555-%04d (TTY 711) 8am-8pm" % r.randint(1000, 9999), "Send claims: PO Box %d" % r.randint(1000, 99999)]
    elif L == 4:  # scanned copy page with both sides and insurance verification note
        ins = r.pick(INSURERS)
        t = [c.clinic + " - Insurance Card Copy", "Scanned: %s by %s" % (D(c, None, 0), r.pick(["frontdesk1", "BKH", "reg"])), "", front_lbl, "  %s" % ins[0], "  %s" % name(c),
             "  ID %s   Grp %d" % (c.memid, grp), "  Eff %s" % D(c, c.date - datetime.timedelta(days=r.randint(30, 900)), 0), "", back_lbl, "  Claims: PO Box %d" % r.randint(1000, 99999), "  Provider services 800-555-%04d" % r.randint(1000, 9999),
             "", "Eligibility verified: %s   Ref# %d" % (r.pick(["Active", "Active - deductible met $%d" % r.randint(100, 3000), "Inactive - patient notified"]), r.randint(1000000, 9999999))]
        return ocr_noise(r, "\n".join(t), r.uniform(0.005, 0.025))
    elif L == 5:  # workers comp / auto
        t = [front_lbl, r.pick(["Frontier Workers Compensation Insurance Co.", "Plains Mutual Auto & Casualty - Claim Card", "AgriShield Farm Employers WC"]), "", "Injured worker: %s" % name(c),
             "Employer: %s" % r.pick(["%s Co-op" % c.town, "Ridgeway Feedlot", "%s Grain & Feed" % c.town]), "Claim #: WC%d" % r.randint(100000, 9999999), "Date of injury: %s" % D(c, c.date - datetime.timedelta(days=r.randint(0, 30)), 0),
             "Adjuster: %s %s  1-800-555-%04d" % (r.pick(FIRST_F), r.pick(LAST), r.randint(1000, 9999)), "", back_lbl, "Pharmacy first fill: BIN %06d" % r.randint(0, 999999), "Bill to: PO Box %d" % r.randint(1000, 99999)]
    else:  # pharmacy/discount card or IHS
        t = [front_lbl, r.pick(["Prairie Rx Savings Card", "Indian Health Service - Purchased/Referred Care", "Heartland Part D Prescription Plan"]), "Member: %s" % name(c).upper(),
             "ID: %s" % c.memid, "RxBIN: %06d   RxPCN: %s   RxGRP: %s" % (r.randint(0, 999999), r.pick(["CN", "PDP", "IHS"]), r.pick(["HLTH", "G%d" % r.randint(1000, 9999)])), "", back_lbl,
             "Pharmacist help desk 1-800-555-%04d" % r.randint(1000, 9999), "This is not insurance." if r.chance(0.5) else "Present card at each visit."]
    txt = "\n".join(t)
    return ocr_noise(r, txt, r.choice([0.005, 0.01, 0.02, 0.035]))


# ----------------------------------------------------------------------------
# 21. Nursing note
# ----------------------------------------------------------------------------
def gen_nursing_note(r):
    c = make_ctx(r, age=r.randint(30, 96))
    sc = c.acute
    v = vitals(c, sc if r.chance(0.4) else None)
    n = c.nurse
    L = r.randint(0, 6)
    pain = r.randint(0, 7)
    if L == 0:  # shift narrative
        t = [ehr_banner(c, r.pick(["Nursing Note", "Nursing Narrative", "RN Shift Note", "Nurses Notes"])), "%s %s" % (D(c, None, 0), r.pick(["Day shift 0700-1900", "Night shift 1900-0700", ftime(r)])), "",
             "Pt %s. %s Pain %d/10 %s. %s. %s. %s. Call light within reach, bed low and locked. Will continue to monitor." % (
                 r.pick(["A&Ox4", "alert, oriented x3", "resting quietly", "pleasantly confused, reorients easily"]), vit_line(c, v, 3) + ".", pain,
                 r.pick(["to incision", "generalized", "L hip", "denies pain"]) if pain else "", r.pick(["Lung sounds diminished bases", "LS clear bilat", "Crackles bilat bases"]),
                 r.pick(["Voiding without difficulty", "Foley patent draining clear yellow urine", "Incontinent x1, peri care given"]),
                 r.pick(["Ambulated in hall with walker and gait belt x1 assist", "Up to chair for meals", "Turned q2h", "Tolerating regular diet, ate 75%"])),
             "", n]
    elif L == 1:  # DAR focus charting
        t = [r.pick(["FOCUS NOTE", "Focus Charting", "Nursing Progress - DAR"]), "%s  Rm %d  %s" % (name(c, 2), r.randint(1, 25), D(c)), "",
             "%s  Focus: %s" % (ftime(r), r.pick(["Pain", "Respiratory status", "Fall risk", "Skin integrity", "Knowledge deficit - new insulin"])),
             "D: %s" % r.pick(["Pt c/o pain %d/10 L hip, grimacing with movement." % max(pain, 4), "SpO2 87% on RA after ambulating, dyspneic.", "Pt attempted to get OOB unassisted; bed alarm sounded.", "Stage 2 area noted to coccyx 1.5 x 1 cm."]),
             "A: %s" % r.pick(["Oxycodone 5 mg PO given per PRN order. Repositioned with pillows.", "O2 applied 2 L NC, HOB elevated, pursed-lip breathing coached.", "Reoriented, bed alarm reset, yellow socks on.", "Cleansed, foam dressing applied, wound consult requested."]),
             "R: %s" % r.pick(["Pain 3/10 at 1 hr recheck.", "SpO2 93% on 2 L within 10 min.", "Pt verbalized understanding, resting.", "Tolerated well."]), "", n]
    elif L == 2:  # ED triage / nurse note
        t = [r.pick(["TRIAGE", "ED Nursing Triage", "Triage Assessment", "Nurse's Notes - Emergency"]), "%s  %s %s" % (name(c), D(c, None, 1), ftime(r)), "",
             "Arrived via %s. CC: %s." % (r.pick(["private vehicle", "%s County Ambulance" % c.county, "wheelchair from car"]), r.pick(sc["cc"])), "ESI: %d" % r.randint(2, 4),
             vit_line(c, v, 0), "Pain: %d/10" % pain, "Allergies: %s" % c.allergy, "Meds: see list", "LMP: %s" % ("N/A" if c.sex == "M" or c.age > 55 else r.pick(["2 wks ago", "unknown"])),
             "Fall risk: %s   Suicide screen: %s" % (r.pick(["low", "high"]), r.pick(["negative", "neg"])), "Provider notified: %s at %s" % (prov_name(c.prov, 1), ftime(r)), "", n]
    elif L == 3:  # swing bed weekly summary
        t = [c.hosp, r.pick(["Swing Bed Weekly Nursing Summary", "Skilled Nursing Weekly Note", "Weekly Summary - Skilled Care"]), "", "Resident: %s  Week ending %s" % (name(c), D(c)), "",
             "Skilled need: %s" % r.pick(["PT/OT, med management", "IV antibiotics", "wound care"]), "Vitals stable this week, weight %d lb (%+.1f)." % (v["wt"], r.uniform(-3, 2)),
             "ADLs: %s. Transfers %s." % (r.pick(["set-up for grooming", "assist x1 bathing", "independent feeding"]), r.pick(["SBA", "min assist", "independent with walker"])),
             "Skin: %s. Bowel: %s. Sleep: %s." % (r.pick(["intact", "healing", "stage 2 improving"]), r.pick(["regular", "needed MOM x1", "continent"]), r.pick(["good", "fair, up at night"])),
             "Mood: %s. Family visits %s." % (r.pick(["pleasant", "some anxiety about going home", "tearful at times"]), r.pick(["daily", "weekends", "rarely"])), "Goals: progressing toward discharge home.", "", n]
    elif L == 4:  # telephone triage
        t = [c.clinic, r.pick(["Telephone Encounter", "Phone Note", "Nurse Triage Call"]), "%s %s" % (D(c, None, 0), ampm(r)), "", "Caller: %s (%s)" % (r.pick(["patient", "spouse", "daughter", "mother"]), c.phone),
             "Patient: %s  DOB %s" % (name(c), D(c, c.dob, 0)), "Reason: %s" % r.pick(["fever and cough x2 days", "BP 182/100 at home", "rash after new antibiotic", "med refill question", "vomiting toddler"]),
             "Per triage protocol: %s" % r.pick(["advised to be seen today; appt made 2:15 with %s" % prov_name(c.prov, 1), "advised ER now", "home care advice given, call back if worse", "message routed to provider"]),
             "Caller verbalized understanding.", "", n]
    elif L == 5:  # timed entries
        t = ["NURSING NOTES", "%s   %s   MRN %s" % (name(c, 1), D(c), c.mrn), ""]
        h = r.randint(0, 12)
        for i in range(r.randint(4, 8)):
            t.append("%02d%02d  %s" % ((h + i * 2) % 24, r.randint(0, 59), r.pick(["Resting in bed with eyes closed, resp even and unlabored.", "VS: " + vit_line(c, vitals(c), 3), "Meds given per MAR.",
                                                                                  "Assisted to BR, voided 300 mL.", "Family at bedside, updated on plan of care.", "Dr. %s in to see pt." % c.prov[1],
                                                                                  "IV site R FA intact, no redness, NS infusing at 75 mL/h.", "Ate 50% of supper.", "C/o nausea, Zofran 4 mg IV given.", "Turned to L side, heels floated."])) + " " + n.split(",")[0])
    else:  # SBAR handoff
        t = [r.pick(["SBAR", "Handoff Report (SBAR)", "Nurse-to-Nurse Communication"]), "%s  %s" % (name(c), D(c)), "",
             "S: %s admitted with %s, HD %d." % (agesex(c, 1), lc(sc["dx"]), r.randint(1, 4)), "B: PMH %s. Allergies %s. Code %s." % (", ".join(pmh_list(c)[:3]), c.allergy, r.pick(["full", "DNR"])),
             "A: " + vit_line(c, v, 3) + ". " + sc["exam"][1], "R: %s" % r.pick(["Continue current orders, recheck labs in AM.", "Watch O2 requirement, call provider if sats < 88%.", "Pending transfer - awaiting bed."]), "", n]
    return ocr_noise(r, "\n".join(t), r.choice([0, 0.004, 0.01]))


# ----------------------------------------------------------------------------
# 22. ED note
# ----------------------------------------------------------------------------
ED_MINOR = [
    ("Ankle sprain, right", "twisted right ankle stepping off a hay rack", "Swelling and tenderness anterior talofibular ligament. No bony tenderness at posterior malleoli or base of 5th. Able to bear weight 4 steps.", "Ottawa rules negative, no x-ray. ASO brace, RICE, ibuprofen.", "S93.401A"),
    ("Corneal abrasion, left eye", "something blew into the left eye while combining", "Fluorescein uptake linear abrasion left cornea, no foreign body on lid eversion. VA 20/25.", "Erythromycin ointment, no patching, recheck 24-48 h.", "S05.02XA"),
    ("Acute otitis media, left", "ear pain and fever overnight", "Left TM bulging, erythematous, no light reflex. Right TM normal.", "Amoxicillin 90 mg/kg/day x 10 days, ibuprofen.", "H66.92"),
    ("Laceration of left hand", "cut hand on sheet metal", "3 cm linear laceration dorsal left hand, tendons intact with full ROM against resistance, NV intact.", "Repaired with 5 simple interrupted 4-0 nylon. Tdap given.", "S61.412A"),
    ("Renal colic, right", "sudden severe right flank pain", "Writhing, R CVA tenderness, abdomen soft.", "CT: 4 mm right UVJ stone without significant hydro. Ketorolac IV, tamsulosin, strainer, urology f/u.", "N23"),
    ("Migraine without aura", "headache like usual migraines", "Neuro exam nonfocal, no meningismus.", "Migraine cocktail: prochlorperazine, diphenhydramine, ketorolac, IV fluids. Resolved.", "G43.009"),
]


def gen_ed_note(r):
    c = make_ctx(r, age=r.randint(2, 94))
    sc = c.acute
    L = r.randint(0, 6)
    ep = r.pick(SPECIALISTS["emergency medicine"] + [c.prov, c.prov2])
    minor = r.chance(0.4) or c.age < 16
    if minor:
        mdx, mhpi, mex, mplan, mcode = r.pick(ED_MINOR if c.age >= 16 else [x for x in ED_MINOR if x[0][:4] in ("Ankl", "Corn", "Acut", "Lace")])
    v = vitals(c, None if minor else sc)
    arr = ftime(r)
    dispo = r.pick(["Discharged home", "Admitted to %s (inpatient)" % c.hosp, "Admitted observation", "Transferred to %s" % c.tert]) if not minor else "Discharged home"
    dx = mdx if minor else sc["dx"]
    hp = ("%s %s." % (agesex(c), mhpi)) if minor else hpi(c, sc, r.randint(0, 3))
    mdm = mplan if minor else "Workup: " + ", ".join("%s %s" % (k, lab_val(c, k, sc["labs"])[0]) for k in lab_keys(sc, ["WBC", "Hemoglobin", "Creatinine"], 4)) + ". " + (sc["img"][2] if sc["img"] else "") + " Treated with " + "; ".join(sc["iv"][:2]) + "."
    exam = mex if minor else "%s: %s" % sc["exam"]
    if L == 0:  # T-sheet template
        t = [c.hosp + " EMERGENCY DEPARTMENT", r.pick(["ED Physician Record", "Emergency Physician Documentation", "ED Provider Note"]), "",
             "Pt: %s  Age %d  Sex %s  MRN %s   Arrival %s %s  Room ER%d" % (name(c, 2), c.age, c.sex, c.mrn, D(c, None, 0), arr, r.randint(1, 4)), "Time seen: %s   Source: [X] patient [%s] family [%s] EMS" % (ftime(r), r.pick(["X", " "]), r.pick(["X", " "])), "",
             "CHIEF COMPLAINT: %s" % (mdx if minor else r.pick(sc["cc"])), "HPI: " + hp, "ROS: [X] all systems neg except as marked in HPI", "PMH: " + ", ".join(pmh_list(c)), "Meds: [X] reviewed  Allergies: " + c.allergy,
             "Social: [%s] tobacco [ ] EtOH [ ] drugs" % r.pick(["X", " "]), "", "EXAM: " + vit_line(c, v, 3), exam_block(c, None, True, 0), exam, "",
             "MDM / ED COURSE: " + mdm, "", "CLINICAL IMPRESSION: " + dx, "DISPOSITION: %s   Condition: %s" % (dispo, r.pick(["stable", "improved", "fair"])), "", signature(c, ep, 0)]
    elif L == 1:  # dictated ED note
        t = [hletter(c, 0), "", r.pick(["EMERGENCY DEPARTMENT REPORT", "EMERGENCY ROOM NOTE", "ER VISIT"]), "", "PATIENT: %s  MR#: %s  DATE OF SERVICE: %s" % (name(c, 1), c.mrn, D(c)),
             "ED PHYSICIAN: %s" % prov_name(ep), "PRIMARY CARE: %s" % prov_name(c.prov2), "", "HISTORY OF PRESENT ILLNESS: " + hp, "",
             "PAST MEDICAL HISTORY: " + ", ".join(pmh_list(c)) + ".", "MEDICATIONS: " + (", ".join(m[0] for m in c.home) or "None") + ".", "ALLERGIES: " + c.allergy + ".", "SOCIAL HISTORY: " + c.social, "",
             "PHYSICAL EXAMINATION: " + vit_line(c, v, 2), exam, "", "EMERGENCY DEPARTMENT COURSE: " + mdm, "", "DIAGNOSIS: " + dx + ".", "", "DISPOSITION: " + dispo + ".", "", signature(c, ep, 1)]
    elif L == 2:  # short PA note
        t = ["ER", "%s %s  %s" % (D(c, None, 1), arr, name(c)), "", "S: " + hp, "O: " + vit_line(c, v, 0) + ". " + exam, "A: " + dx, "P: " + (mplan if minor else "; ".join(sc["iv"][:3]) + ". " + dispo), "", prov_name(ep, 1)]
    elif L == 3:  # trauma
        mech = r.pick(["rollover of tractor", "fall from hay loft ~10 ft", "ATV rollover", "kicked by a cow", "MVC on gravel road, restrained driver"])
        t = [r.pick(["TRAUMA FLOW SHEET / ED NOTE", "ED Trauma Documentation", "Trauma Team Activation - Level II"]), c.hosp, "", "Pt: %s  %s  Arrival %s via %s" % (name(c), agesex(c, 1), arr, r.pick(["ALS", "BLS", "private vehicle"])),
             "Mechanism: %s" % mech, "Primary survey: A - patent, speaking. B - BS equal bilat. C - %s. D - GCS %d. E - exposed, warmed." % (r.pick(["pulses 2+, skin warm", "HR 118, cool extremities"]), r.randint(13, 15)),
             "Secondary survey: %s" % r.pick(["R chest wall tenderness with crepitus", "L forearm deformity", "abrasions to face, scalp hematoma", "pelvis stable, abdomen tender LUQ"]), vit_line(c, v, 0), "",
             "FAST: %s" % r.pick(["negative", "positive LUQ", "not performed"]), "Imaging: %s" % r.pick(["CT head/C-spine neg; CXR R rib fx 5-7, no PTX", "XR L forearm: displaced radius/ulna fx", "CT abd: grade III splenic laceration"]),
             "Treatment: %s" % r.pick(["2 L crystalloid, fentanyl 50 mcg x2", "splint, morphine", "TXA 1 g, 1 unit O-neg PRBC"]), "Dispo: %s" % r.pick(["Transfer to %s Level I/II trauma center by air" % c.tert, "Admit for pain control, serial exams", "Ortho f/u, D/C home"]),
             "", signature(c, ep, 6)]
    elif L == 4:  # outside ED record faxed
        t = [r.pick([c.tert, "%s Regional ER" % r.pick(TOWNS)]), "EMERGENCY DEPARTMENT RECORD", "", "Name: %s   DOB: %s   Date: %s" % (name(c, 2), D(c, c.dob, 4), D(c, None, 4)),
             "PCP: %s (%s)" % (prov_name(c.prov), c.clinic), "", "Chief Complaint: " + (mdx if minor else r.pick(sc["cc"])), "History: " + hp, "Exam: " + exam, "Results: " + mdm, "Diagnosis: " + dx,
             "Disposition: %s" % r.pick(["Home. Follow up with PCP in 2-3 days.", dispo]), "", "Attending: %s %s, MD" % (r.pick(FIRST_M + FIRST_F), r.pick(LAST))]
        return ocr_noise(r, paginate(c, "\n".join(t), fax=True), r.uniform(0.004, 0.02))
    elif L == 5:  # ER record with triage and physician sections
        t = [c.hosp.upper(), "EMERGENCY ROOM RECORD", "", "Name %s   Age %d   Date %s   Time in %s   Time out %s" % (name(c), c.age, D(c, None, 1), arr, ftime(r)),
             "--- NURSING ---", "CC: %s" % (mdx if minor else r.pick(sc["cc"])), vit_line(c, v, 0), "Allergies %s   Tetanus %s   LMP %s" % (c.allergy, r.pick(["UTD", "unk", str(c.date.year - r.randint(1, 12))]), "n/a" if c.sex == "M" else "--"), c.nurse, "",
             "--- PHYSICIAN ---", hp, exam, "", "Dx: " + dx, "Rx/Tx: " + (mplan if minor else "; ".join(sc["iv"][:2])), "Disposition: " + dispo, "Instructions given: [X] written [X] verbal", "Physician: %s" % prov_name(ep, 1)]
    else:  # medical screening exam brief (on-call from clinic)
        t = [ehr_banner(c, r.pick(["ED Note", "Emergency Visit", "MSE / ED Provider Note"])), "", "On-call provider called in from clinic, arrived %s." % ftime(r),
             "%s" % hp, "", vit_line(c, v, 1), exam, "", "Assessment: %s (%s)" % (dx, mcode if minor else (sc["icd10"] if c.icd10 else sc["icd9"])),
             "Plan/Course: " + mdm, "Dispo: " + dispo, "Patient/family agree with plan. Return precautions reviewed.", "", signature(c, ep, 3)]
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0, 0.004, 0.01]))


# ----------------------------------------------------------------------------
# 23. Transfer summary
# ----------------------------------------------------------------------------
def gen_transfer_summary(r):
    c = make_ctx(r, age=r.randint(20, 95))
    sc = c.acute
    v = vitals(c, sc)
    dx = sc["dx"]
    L = r.randint(0, 5)
    acc = "%s %s, MD" % (r.pick(FIRST_M + FIRST_F), r.pick(LAST))
    mode = r.pick(["ALS ground ambulance", "rotor-wing (air medical)", "fixed-wing", "BLS ground", "%s County EMS" % c.county])
    if L == 0:  # EMTALA physician certification form
        t = [c.hosp, r.pick(["PHYSICIAN CERTIFICATION FOR TRANSFER", "Memorandum of Transfer (EMTALA)", "INTERFACILITY TRANSFER FORM"]), "",
             "Patient: %s   DOB %s   MRN %s" % (name(c), D(c, c.dob, 0), c.mrn), "Date/time: %s %s" % (D(c, None, 0), ftime_c(r)), "",
             "Receiving facility: %s, %s" % (c.tert, c.tcity), "Accepting physician: %s   Bed/unit: %s" % (acc, r.pick(["CCU", "ICU", "Neuro ICU", "ED to ED", "Tele 5"])), "Spoke with: %s at %s" % (acc, ftime_c(r)),
             "", "Diagnosis: %s" % dx, "Reason for transfer: [%s] Services not available  [%s] Higher level of care  [ ] Patient request" % (r.pick(["X", " "]), "X"),
             "Condition: [%s] Stable  [%s] Unstable - benefits outweigh risks" % (r.pick(["X", " "]), r.pick(["X", " "])), "",
             "I certify that based on the information available at the time of transfer, the medical benefits reasonably expected from the provision of appropriate treatment at another facility outweigh the increased risks to the individual from effecting the transfer.",
             "", "Risks of transfer discussed: deterioration en route, vehicle accident.  Benefits: %s" % r.pick(["cardiac catheterization", "neurosurgical/neurointerventional care", "surgical subspecialty", "ICU care"]),
             "Mode: %s   Level: %s" % (mode, r.pick(["ALS", "critical care", "BLS"])), "Records sent: [X] H&P [X] labs [X] imaging on CD [X] MAR [ ] code status", "",
             "Physician: ______________________ %s" % prov_name(c.prov), "Patient consent to transfer: ______________________"]
    elif L == 1:  # narrative transfer summary
        t = [hletter(c, 0), "", r.pick(["TRANSFER SUMMARY", "Transfer Note", "INTERHOSPITAL TRANSFER SUMMARY"]), "", "Patient: %s   Age %d   MRN %s" % (name(c), c.age, c.mrn),
             "Date of transfer: %s" % D(c), "Transferring physician: %s" % prov_name(c.prov), "Receiving: %s (%s)" % (c.tert, acc), "",
             "HISTORY: " + hpi(c, sc, 0), "", "COURSE HERE: " + cfix(c, sc["course"]).split(".")[0] + ". " + "Received " + "; ".join(sc["iv"][:3]) + ".", "",
             "CURRENT STATUS: " + vit_line(c, v, 2), "%s: %s" % sc["exam"], "", "LABS: " + ", ".join("%s %s" % (k, lab_val(c, k, sc["labs"])[0]) for k in lab_keys(sc, ["WBC", "Hemoglobin", "Creatinine", "Sodium"], 5)),
             "IMAGING: %s" % (sc["img"][2] if sc["img"] else "none"), "", "REASON FOR TRANSFER: %s" % r.pick(["Requires cardiac catheterization not available here.", "Needs subspecialty care.", "Requires ICU level of care.", "Surgical evaluation."]),
             "CODE STATUS: %s" % r.pick(["Full code", "DNR", "Full"]), "Family: %s" % r.pick(["aware and following by car", "daughter accompanying", "wife notified"]), "", signature(c, c.prov, 1)]
    elif L == 2:  # nurse-to-nurse report
        t = [r.pick(["NURSING TRANSFER REPORT", "Transfer Report - Nursing", "Nurse to Nurse Handoff (Transfer)"]), "%s  %s" % (name(c), D(c)), "",
             "Report called to: %s RN, %s %s at %s" % (r.pick(FIRST_F), c.tert, r.pick(["ICU", "CCU", "ED"]), ftime_c(r)), "Dx: " + dx, "Last VS: " + vit_line(c, v, 3),
             "IV: %s" % r.pick(["18g L AC, 20g R FA", "20g R hand", "IO R tibia"]), "Drips: %s" % r.pick(["heparin 18 units/kg/h", "diltiazem 10 mg/h", "none", "norepinephrine 4 mcg/min"]),
             "Last meds: %s" % "; ".join(sc["iv"][:2]), "O2: %s" % r.pick(["2 L NC", "RA", "NRB 15 L", "BiPAP 12/5"]), "Last void: %s   Last ate: %s" % (ftime_c(r), ftime_c(r)),
             "Belongings: %s" % r.pick(["with family", "sent with patient", "glasses, phone"]), "Copies sent: face sheet, H&P, MAR, labs, CD", "Crew: %s   Departure: %s" % (mode, ftime_c(r)), "", c.nurse]
    elif L == 3:  # to nursing home continuity of care
        nh = "%s %s" % (c.town, r.pick(["Care Center", "Manor", "Good Samaritan Village"]))
        t = [c.hosp, r.pick(["CONTINUITY OF CARE / TRANSFER FORM", "Inter-Agency Referral and Transfer", "Transfer to Long-Term Care"]), "", "Patient: %s   DOB %s   Transfer date %s" % (name(c), D(c, c.dob, 0), D(c)),
             "Transferred to: %s" % nh, "Attending at facility: %s" % prov_name(c.prov), "", "Diagnoses: %s" % "; ".join([dx] + pmh_list(c)[:3]), "Allergies: " + c.allergy,
             "Diet: %s   Fluids: %s" % (r.pick(["regular", "mechanical soft", "2 g Na", "ADA"]), r.pick(["thin", "nectar thick"])), "Mobility: %s" % r.pick(["walker with assist x1", "wheelchair", "Hoyer lift"]),
             "Cognition: %s" % r.pick(["alert, oriented", "confused at times", "moderate dementia"]), "Skin: %s" % r.pick(["intact", "stage 2 coccyx - foam dressing"]), "Last BM: %s" % D(c, None, 1),
             "Code status: %s" % r.pick(["DNR", "Full code"]), "", "Medications:"] + meds_lines(c, sc["dcm"] + c.home, 3) + ["", "Last doses given: see attached MAR", "", "Completed by: %s" % c.nurse]
    elif L == 4:  # air medical handoff record
        t = [r.pick(["Prairie LifeFlight - Patient Care Record", "AirCare 4 Flight Record", "Critical Care Transport Record"]), "", "Pickup: %s   Dest: %s" % (c.hosp, c.tert),
             "Pt: %s   %s   Wt %d kg" % (name(c), agesex(c, 1), int(v["wt"] / 2.2)), "Dispatch %s  At pt %s  Depart %s  Arrive %s" % (ftime_c(r), ftime_c(r), ftime_c(r), ftime_c(r)), "",
             "Sending dx: " + dx, "Report from sending: %s" % cfix(c, sc["course"]).split(".")[0], "Assessment: " + vit_line(c, v, 3), "En route: %s" % r.pick(["uneventful", "fentanyl 50 mcg for pain", "BP 88/50 - fluid bolus 500 mL"]),
             "Handoff to receiving team at %s." % ftime_c(r), "", "Crew: %s RN / %s Paramedic" % (r.pick(LAST), r.pick(LAST))]
    else:  # short transfer note in EHR
        t = [ehr_banner(c, r.pick(["Transfer Note", "Provider Transfer Note", "Transfer out"])), "",
             "%s with %s. Discussed with %s at %s who accepts. Transfer by %s. %s" % (agesex(c, 1), lc(dx), acc, c.tert, mode, r.pick(["Pt and family agree.", "Pt consents.", "Family at bedside in agreement."])),
             "Stable for transfer: " + vit_line(c, v, 3), "Meds given: " + "; ".join(sc["iv"][:3]), "Copies of records and images sent.", "", signature(c, c.prov, 3)]
    return ocr_noise(r, paginate(c, "\n".join(t), fax=r.chance(0.2)), r.choice([0, 0.004, 0.01]))


# ----------------------------------------------------------------------------
# 24. Provider orders
# ----------------------------------------------------------------------------
def gen_provider_orders(r):
    c = make_ctx(r, age=r.randint(20, 95))
    sc = c.acute
    L = r.randint(0, 6)
    p = c.prov
    if L == 0:  # admission orders
        t = [c.hosp, r.pick(["ADMISSION ORDERS", "Physician Admission Orders", "Adult Medical Admission Order Set"]), "", "Patient: %s  MRN %s  Allergies: %s" % (name(c), c.mrn, c.allergy), "Date/time: %s %s" % (D(c, None, 0), ftime(r)), "",
             "1. Admit to: [%s] Inpatient  [%s] Observation   Attending: %s" % (r.pick(["X", " "]), r.pick(["X", " "]), prov_name(p, 1)), "2. Diagnosis: %s" % sc["dx"], "3. Condition: %s" % r.pick(["fair", "stable", "guarded"]),
             "4. Code status: %s" % r.pick(["Full code", "DNR", "DNR/DNI"]), "5. Vitals: q4h x 24 h then q shift   Notify provider: SBP <90 or >180, HR <50 or >120, T >101.5, SpO2 <90%",
             "6. Activity: %s" % r.pick(["up ad lib", "bedrest with BRP", "OOB to chair TID", "ambulate with assist"]), "7. Diet: %s" % r.pick(["regular", "2 g Na cardiac", "NPO", "ADA 1800 kcal", "clear liquids, advance as tolerated"]),
             "8. IV: %s" % r.pick(["NS at 100 mL/h", "saline lock", "LR at 125 mL/h"]), "9. Medications:"] + ["     " + x for x in sc["iv"]] + ["     Home meds: continue per med rec except as noted",
             "10. Labs: CBC, BMP in AM; %s" % r.pick(["blood cultures x2", "troponin q6h x2", "UA/urine culture", "Mg, Phos"]), "11. VTE prophylaxis: %s" % r.pick(["enoxaparin 40 mg SQ daily", "SCDs", "heparin 5000 units SQ q8-12h"]),
             "12. PT/OT eval and treat; case management consult", "", "Provider signature: %s  ______________" % prov_name(p), "Noted by: %s" % c.nurse]
    elif L == 1:  # ED orders
        t = [r.pick(["ED ORDERS", "Emergency Department Orders", "ER Physician Orders"]), "%s  %s  %s" % (name(c, 1), D(c, None, 1), ftime(r)), "",
             "[X] CBC  [X] BMP  [%s] Troponin  [%s] UA  [%s] Lipase  [%s] Blood cultures x2" % tuple(r.pick(["X", " "]) for _ in range(4)),
             "[%s] ECG  [%s] CXR  [%s] CT %s" % (r.pick(["X", " "]), r.pick(["X", " "]), r.pick(["X", " "]), r.pick(["head", "abd/pelvis", "chest PE"])), "IV access, cardiac monitor, continuous pulse ox",
             "Meds:"] + ["  " + x for x in sc["iv"][:3]] + ["  ondansetron 4 mg IV PRN nausea", "", "Provider: %s" % prov_name(r.pick(SPECIALISTS["emergency medicine"] + [p]), 1)]
    elif L == 2:  # telephone / verbal order
        t = [r.pick(["TELEPHONE ORDER", "Verbal/Telephone Order Record", "T.O./V.O."]), c.hosp if r.chance(0.5) else "%s %s" % (c.town, r.pick(["Care Center", "Manor"])), "",
             "Resident/Patient: %s   Rm %d" % (name(c), r.randint(1, 60)), "Date: %s  Time: %s" % (D(c, None, 0), ftime_c(r)), "",
             "Order: %s" % r.pick(["Ciprofloxacin 250 mg PO BID x 3 days for UTI", "Increase furosemide to 40 mg PO BID x 3 days, then resume daily. BMP Friday.", "Hold metoprolol for HR < 55.",
                                  "Tylenol 650 mg PO q6h PRN pain/fever, max 3 g/day", "Send to ER for evaluation", "Discontinue trazodone.", "CBC, BMP, UA with C&S next lab day"]),
             "", "Ordered by: %s   Received by: %s" % (prov_name(p), c.nurse), "[X] Read back and verified", "", "Provider co-signature: ______________  Date: ______"]
    elif L == 3:  # post-op orders
        op = r.pick(OPS)
        t = [ehr_banner(c, r.pick(["Post-Operative Orders", "POST-OP ORDERS", "PACU / Post-op Order Set"])), "", "Procedure: %s" % op["name"], "Surgeon: %s" % prov_name(r.pick(SPECIALISTS["general surgery"])), "",
             "- Admit to %s" % r.pick(["outpatient surgery, discharge when criteria met", "med/surg, inpatient", "observation"]), "- VS per PACU protocol then q4h", "- Diet: %s" % r.pick(["clear liquids advance as tolerated", "regular", "sips of clears"]),
             "- Activity: %s" % r.pick(["ambulate tonight", "OOB with assist", "WBAT LLE"]), "- IV LR at %d mL/h until tolerating PO" % r.choice([75, 100, 125]),
             "- Pain: %s" % r.pick(["hydrocodone-APAP 5-325 1-2 tab q4h PRN", "oxycodone 5 mg q4h PRN; acetaminophen 1 g q8h scheduled", "ketorolac 15 mg IV q6h x 24h"]),
             "- Nausea: ondansetron 4 mg IV q6h PRN", "- Incentive spirometer q1h while awake", "- %s" % r.pick(["SCDs while in bed", "enoxaparin 30 mg SQ q12h starting POD1", "Cefazolin 2 g IV q8h x 2 doses"]),
             "- Call surgeon for: T > 101.5, UOP < 30 mL/h x 2h, uncontrolled pain", "", signature(c, p, 0)]
    elif L == 4:  # standing orders / protocol
        t = [c.clinic if r.chance(0.5) else c.hosp, r.pick(["STANDING ORDERS", "Nurse-Driven Protocol", "Standing Order Set"]), "",
             "Protocol: %s" % r.pick(["Influenza vaccination, adults", "Hypoglycemia management", "Chest pain - nursing initiated", "Urinary tract infection symptoms - women 18-64", "Strep pharyngitis testing"]),
             "Patient: %s  DOB %s  Date initiated: %s" % (name(c), D(c, c.dob, 0), D(c)), "",
             "1. Obtain vital signs and point-of-care test as indicated.", "2. If criteria met, administer per protocol; document in MAR.", "3. Notify provider of: %s" % r.pick(["glucose < 70 after 2 treatments", "any positive result", "SBP < 90 or chest pain unrelieved by NTG x3"]),
             "4. Exclusions: pregnancy, allergy to protocol medication, age outside range.", "", "Implemented by: %s" % c.nurse, "Protocol approved by Medical Staff %s. Medical Director: %s" % (D(c, c.date - datetime.timedelta(days=r.randint(100, 900)), 0), prov_name(p))]
    elif L == 5:  # monthly nursing home recap orders
        nh = "%s %s" % (c.town, r.pick(["Care Center", "Manor", "Lutheran Home"]))
        t = [nh.upper(), r.pick(["PHYSICIAN ORDERS - MONTHLY RECAP", "Physician's Recapitulation Orders", "Monthly Order Review"]), "Period %s %d" % (MONTHS[c.date.month - 1], c.date.year), "",
             "Resident: %s   Physician: %s   Allergies: %s" % (name(c, 1), prov_name(p, 1), c.allergy), "Dx: %s" % ", ".join(pmh_list(c)[:4]), "Code: %s   Diet: %s" % (r.pick(["DNR", "Full"]), r.pick(["regular", "mech soft", "NAS", "CCHO"])), ""]
        for m in c.home or [("acetaminophen", "650 mg", "PO q6h PRN")]:
            t.append("%s %s %s" % m)
        t += ["Weights monthly. Labs: CBC/CMP q6 months.", "May have pneumococcal and influenza vaccines per protocol.", "May leave on pass with family.", "", "Reviewed, continue above orders.  ________________ MD/DO/APRN  Date ______"]
    else:  # discharge orders
        t = [ehr_banner(c, r.pick(["Discharge Orders", "DISCHARGE ORDER", "Order: Discharge Patient"])), "",
             "Discharge to: %s" % r.pick(["home", "home with home health", "swing bed", "%s Care Center" % c.town]), "Condition: %s" % r.pick(["stable", "improved", "good"]), "Diet: %s" % r.pick(["regular", "cardiac", "diabetic"]),
             "Activity: %s" % r.pick(["as tolerated", "no driving x 2 weeks", "walker at all times"]), "Follow-up: %s" % r.pick(["%s in 1 week" % prov_name(c.prov2, 1), "clinic 5-7 days", "surgeon 2 weeks"]),
             "Home health referral: %s" % r.pick(["Yes - RN, PT", "No"]), "DME: %s" % r.pick(["none", "walker", "home O2 2 L"]), "Discharge prescriptions: see med rec", "Remove IV and tele prior to discharge.", "", signature(c, p, 3)]
    return ocr_noise(r, "\n".join(t), r.choice([0, 0.004, 0.01]))


# ----------------------------------------------------------------------------
# 25. Discharge instructions
# ----------------------------------------------------------------------------
EDU = {
    "pneumonia": "Pneumonia is an infection of the lungs. Finish all of your antibiotic even if you feel better. Rest and drink plenty of fluids. Use your incentive spirometer 10 times an hour while awake.",
    "chf": "Weigh yourself every morning after you urinate and before breakfast. Call if you gain more than 2 pounds in a day or 5 pounds in a week. Limit salt to 2000 mg a day and fluids to 1.5 liters.",
    "copd": "Take your inhalers as directed. Finish your prednisone. Avoid smoke and dust. Use oxygen as prescribed.",
    "cellulitis": "Keep the leg elevated above your heart when sitting. Watch for redness spreading past the marked line. Finish all antibiotics.",
    "pyelo": "Drink plenty of fluids. Take all of your antibiotic. Your urine culture result will be called to you if a change is needed.",
    "nstemi": "Take aspirin and clopidogrel every day - do not stop unless your cardiologist tells you. Call 911 for chest pain not relieved by 1 nitroglycerin.",
    "gib": "Do not take ibuprofen, naproxen, aspirin or other NSAIDs. Report black or bloody stools, vomiting blood, or dizziness right away.",
    "afib": "Take your blood thinner every day. Tell all providers and your dentist that you take it. Report any unusual bleeding.",
    "stroke": "Call 911 for new weakness, numbness, trouble speaking or facial droop. BE FAST.",
    "hipfx": "Use your walker at all times. Do your exercises from therapy. Take your blood thinner injection daily for 4 weeks.",
    "appy": "Keep incisions clean and dry. You may shower in 24 hours. No lifting more than 10 pounds for 2 weeks. No driving while taking narcotic pain medicine.",
    "dehyd": "Drink small amounts of clear fluids often. Wash hands well. Advance to bland foods as tolerated.",
    "sbo": "Eat small, low-fiber meals for the next week. Call if you have vomiting, bloating or no bowel movements or gas.",
    "dka": "Check your blood sugar before meals and at bedtime. Never skip your long-acting insulin. Call if sugars are over 300 or you are vomiting.",
}


def gen_discharge_instructions(r):
    c = make_ctx(r, age=r.randint(18, 94))
    sc = c.acute
    L = r.randint(0, 6)
    ret = r.pick(["Return to the Emergency Department or call 911 for: ", "COME BACK IF: ", "Seek care right away for "]) + ", ".join(r.some(["fever over 101", "worsening pain", "trouble breathing", "chest pain", "vomiting and unable to keep fluids down", "fainting", "confusion", "bleeding"], 3, 5)) + "."
    fu = "Follow up with %s at %s, %s, in %s." % (prov_name(c.prov2), c.clinic, c.hphone, r.pick(["2-3 days", "1 week", "7-10 days", "2 weeks"]))
    if L == 0:  # ED aftercare
        minor = r.pick(ED_MINOR)
        t = [c.hosp, r.pick(["EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS", "Aftercare Instructions", "ER Patient Instructions"]), "", "Patient: %s   Date: %s" % (name(c), D(c)),
             "You were seen today by: %s" % prov_name(r.pick(SPECIALISTS["emergency medicine"] + [c.prov]), 1), "Your diagnosis: %s" % minor[0], "", "Instructions: " + minor[3], "",
             r.pick(["The exam and treatment you received today were for an emergency condition only and are not a substitute for complete medical care.", "You may have been seen by a provider who is not your regular doctor."]),
             "", fu, "", ret, "", "I have received and understand these instructions.", "Patient/guardian signature: ______________   Nurse: %s" % c.nurse]
    elif L == 1:  # hospital discharge instructions
        t = [ehr_banner(c, r.pick(["Patient Discharge Instructions", "DISCHARGE INSTRUCTIONS", "Going Home Instructions"])), "",
             "Reason for your hospital stay: %s" % sc["dx"], "", "What you need to know:", EDU[sc["key"]], "", "Your medicines:"] + meds_lines(c, sc["dcm"] + c.home, 1) + [
             "", "Diet: %s" % r.pick(["Regular", "Low salt (2 gram sodium)", "Diabetic", "Soft foods"]), "Activity: %s" % r.pick(["As tolerated", "Walk several times a day", "No heavy lifting"]), "",
             "Appointments:", "  " + fu, "  Labs: %s" % r.pick(["BMP in 1 week at clinic", "none", "CBC at follow-up"]), "", ret, "", "Patient signature ______________  RN %s" % c.nurse]
    elif L == 2:  # post-op
        op = r.pick(OPS)
        t = [letterhead(c, 4), "", r.pick(["POST-OPERATIVE INSTRUCTIONS", "Home Care After Surgery", "Surgery Discharge Instructions"]), "%s - %s" % (name(c), op["name"]), "",
             "WOUND CARE: %s" % r.pick(["Keep dressing on 48 hours, then you may shower. No tub baths or swimming for 2 weeks.", "Glue will peel off on its own. Do not apply ointments.", "Change gauze daily."]),
             "ACTIVITY: %s" % r.pick(["No lifting more than 10-15 pounds for 2-4 weeks.", "Keep hand elevated. Move fingers often.", "Walker, weight bearing as tolerated."]),
             "PAIN: %s" % r.pick(["Take acetaminophen and ibuprofen alternating; use prescription pain pill only for severe pain.", "Ice 20 minutes every 2 hours while awake."]),
             "DIET: %s" % r.pick(["Start with liquids, advance as tolerated.", "Regular diet. Avoid greasy foods for a week."]), "DRIVING: No driving for 24 hours after anesthesia or while taking narcotics.",
             "CALL %s at %s for temperature over 101, redness or drainage from the incision, vomiting, or calf pain." % (dr(r.pick(SPECIALISTS["general surgery"])), c.hphone), "",
             "Follow-up: post-op visit %s." % r.pick(["in 10-14 days", "in 1 week for suture removal", "in 2 weeks"])]
    elif L == 3:  # after visit summary clinic
        o = c.out
        t = [c.clinic, r.pick(["After Visit Summary", "Visit Summary", "Clinical Summary"]), "", "%s  seen on %s by %s" % (name(c), D(c), prov_name(c.prov)), "",
             "Today's diagnoses: %s" % "; ".join(o["dx"]), "Vitals today: " + vit_line(c, vitals(c), 0), "", "Instructions from your provider:"] + ["  - " + x for x in o["plan"]] + [
             "", "Your medication list:"] + meds_lines(c, c.home, 1) + ["", "Next appointment: %s" % r.pick(["none scheduled", "%s %s" % (D(c, c.date + datetime.timedelta(days=r.randint(14, 120)), 0), ampm(r)), "call to schedule"]),
             "Patient portal code: %s-%s" % (r.randint(1000, 9999), r.pick(["PRAI", "RHCX", "CLN"]))]
    elif L == 4:  # education sheet
        topic = r.pick(list(EDU.keys()))
        t = [r.pick(["PATIENT EDUCATION", "Health Information Sheet", "Understanding Your Condition"]), "", {"pneumonia": "Pneumonia in Adults", "chf": "Living With Heart Failure", "copd": "COPD Flare-Up", "cellulitis": "Cellulitis",
                                                                                                          "pyelo": "Kidney Infection", "nstemi": "After a Heart Attack", "gib": "Stomach Ulcer and Bleeding", "afib": "Atrial Fibrillation",
                                                                                                          "stroke": "Stroke Warning Signs", "hipfx": "After Hip Fracture Surgery", "appy": "After Appendectomy", "dehyd": "Vomiting and Diarrhea (Gastroenteritis)",
                                                                                                          "sbo": "Bowel Obstruction", "dka": "High Blood Sugar and DKA"}[topic], "",
             EDU[topic], "", "When to call your doctor:", "  " + ret, "", "Given to: %s  by %s  %s" % (name(c), c.nurse, D(c, None, 1)), "", r.pick(["Copyright health education library. For educational use only.", "Rev. %d" % r.randint(2005, 2023), ""])]
    elif L == 5:  # swing bed discharge instructions w/ home health
        t = [c.hosp, r.pick(["SKILLED CARE DISCHARGE INSTRUCTIONS", "Swing Bed Discharge Plan", "Transition Home Instructions"]), "", "Resident: %s   Discharge date: %s" % (name(c), D(c)), "",
             "You are going to: %s" % r.pick(["home with your spouse", "your daughter's home", "assisted living"]), "Home health agency: %s Home Health, will call within 48 hours" % c.county,
             "Equipment: %s" % r.pick(["front-wheeled walker, shower chair", "none", "hospital bed delivered"]), "Home exercise program: see PT handout.", "Diet: %s" % r.pick(["regular", "low salt", "diabetic"]),
             "", "Medications - see attached list. Bring all pill bottles to your first appointment.", fu, "", ret, "", "Discharge planner: %s, RN   Phone %s" % (r.pick(LAST), c.hphone)]
    else:  # short handwritten-ish ED instructions
        t = ["Instructions", "%s %s" % (name(c), D(c, None, 1)), "", "- %s" % r.pick(["rest, fluids, tylenol/ibuprofen alternating", "ice, elevate, brace", "take antibiotic until gone", "clear liquids 24 h then bland diet"]),
             "- f/u %s %s" % (r.pick(["clinic", "Dr. " + c.prov2[1], "PCP"]), r.pick(["Mon", "2 days", "1 wk", "PRN"])), "- return if worse", "", "Rx: %s" % r.pick(["amoxicillin", "ibuprofen 600", "none", "ondansetron ODT"]), "", c.nurse]
        return ocr_noise(r, "\n".join(t), r.uniform(0.01, 0.03))
    return ocr_noise(r, paginate(c, "\n".join(t)), r.choice([0, 0.003, 0.008]))


# ----------------------------------------------------------------------------
# 26. Other
# ----------------------------------------------------------------------------
def gen_other(r):
    c = make_ctx(r)
    L = r.randint(0, 9)
    if L == 0:  # fax cover sheet
        t = [letterhead(c, r.pick([0, 1, 2])), "", r.pick(["FAX", "FACSIMILE COVER SHEET", "Fax Transmittal", "*** FAX ***"]), "",
             "To: %s" % r.pick([c.tert + " Scheduling", prov_name(r.pick(SPECIALISTS["cardiology"] + SPECIALISTS["orthopedics"])), "Medical Records", c.pharm]), "Fax: (%s) 555-%04d" % (r.randint(302, 989), r.randint(1000, 9999)),
             "From: %s" % r.pick([c.nurse, "Medical Records / HIM", prov_name(c.prov)]), "Date: %s   Pages (incl. cover): %d" % (D(c), r.randint(2, 14)),
             "Re: %s" % r.pick(["%s DOB %s" % (name(c), D(c, c.dob, 0)), "records request", "referral", "lab results", "prior authorization"]), "",
             "[%s] Urgent  [%s] For review  [%s] Please reply  [ ] Please comment" % (r.pick(["X", " "]), r.pick(["X", " "]), r.pick(["X", " "])), "", "Comments: %s" % r.pick(["Please see attached.", "Records as requested.", "Please schedule at your earliest convenience.", ""]), "",
             "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is strictly prohibited. If you received this in error, please notify us by telephone at %s and destroy the documents." % c.hphone]
    elif L == 1:  # PHQ-9 questionnaire
        qs = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
              "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating on things", "Moving or speaking slowly, or being fidgety or restless", "Thoughts that you would be better off dead"]
        sc_ = [r.randint(0, 3) for _ in qs]
        sc_[-1] = min(sc_[-1], r.pick([0, 0, 0, 1]))
        t = [c.clinic, r.pick(["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "Depression Screening", "PHQ-9"]), "Name: %s   Date: %s" % (name(c), D(c)), "",
             "Over the last 2 weeks, how often have you been bothered by any of the following problems?", "(0 = Not at all, 1 = Several days, 2 = More than half the days, 3 = Nearly every day)", ""]
        for i, (q, s) in enumerate(zip(qs, sc_)):
            t.append("%d. %-58s %d" % (i + 1, q, s))
        t += ["", "TOTAL SCORE: %d" % sum(sc_), "If you checked off any problems, how difficult have these problems made it for you? %s" % r.pick(["Not difficult at all", "Somewhat difficult", "Very difficult"]), "", "Reviewed by: %s" % prov_name(c.prov, 1)]
    elif L == 2:  # release of information
        t = [c.hosp, r.pick(["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "Request for Medical Records", "HIPAA Authorization to Disclose"]), "",
             "Patient name: %s   DOB: %s   Phone: %s" % (name(c), D(c, c.dob, 0), c.phone), "", "I authorize: %s" % r.pick([c.hosp, c.clinic, c.tert]), "To release information to: %s" % r.pick([c.tert, "%s Law Office, %s" % (r.pick(LAST), r.pick(TERT_CITY)), "Social Security Administration - Disability Determination", "Frontier Workers Compensation Insurance Co.", "patient (self)"]),
             "", "Information to be released: [%s] Entire record  [%s] Last 2 years  [%s] Labs  [%s] Imaging  [%s] Office notes" % tuple(r.pick(["X", " "]) for _ in range(5)),
             "[ ] Mental health  [ ] Substance use treatment (42 CFR Part 2)  [ ] HIV/STD results", "Purpose: %s" % r.pick(["continuity of care", "legal", "insurance", "personal", "disability claim"]),
             "This authorization expires on: %s" % D(c, c.date + datetime.timedelta(days=365), 0), "I understand I may revoke this authorization in writing at any time.", "", "Signature: ____________________  Date: %s" % D(c, None, 1),
             "", "HIM use only: Date rec'd %s  Pages %d  Fee $%d.%02d  Sent by %s" % (D(c, None, 1), r.randint(3, 250), r.randint(0, 60), r.randint(0, 99), r.pick(["JKL", "hm", "RT"]))]
    elif L == 3:  # financial statement
        bal = r.uniform(20, 4000)
        t = [c.hosp, "PO Box %d  %s, %s %s" % (r.randint(10, 999), c.town, c.state, c.zip), "", r.pick(["PATIENT STATEMENT", "Statement of Account", "BILLING STATEMENT"]), "",
             "Guarantor: %s   Account: %s   Statement date: %s" % (name(c, 1), c.acct, D(c, None, 0)), "",
             "Date        Description                         Charges   Ins Paid   Adj      Balance"]
        for i in range(r.randint(2, 6)):
            ch = r.uniform(40, 2400)
            ip = ch * r.uniform(0, 0.8)
            adj = ch * r.uniform(0, 0.15)
            t.append("%-11s %-35s %8.2f %9.2f %8.2f %9.2f" % (fdate(c.date - datetime.timedelta(days=r.randint(0, 60)), 0), r.pick(["OFFICE VISIT EST LVL 3", "CBC W/DIFF", "XR CHEST 2V", "ER VISIT LVL 4", "COMPREHENSIVE METABOLIC", "ROOM & BOARD SWING", "PHARMACY", "VENIPUNCTURE"]), ch, ip, adj, ch - ip - adj))
        t += ["", "AMOUNT DUE: $%.2f    Due by %s" % (bal, D(c, c.date + datetime.timedelta(days=30), 0)), "Questions? Call Patient Financial Services %s. Financial assistance is available." % c.hphone, "", "- - - - - - - - - - detach and return with payment - - - - - - - - - -", "Amount enclosed $________   [ ] VISA [ ] MC"]
    elif L == 4:  # clinical photo caption
        t = [r.pick(["CLINICAL PHOTOGRAPH", "Wound Photo Documentation", "Media: Image", "Photograph"]), "%s  MRN %s" % (name(c), c.mrn), "Date taken: %s %s" % (D(c, None, 0), ftime_c(r)), "",
             "Site: %s" % r.pick(["sacrum", "left heel", "right lower leg", "left forearm laceration", "back, rash"]), "Taken by: %s with %s" % (c.nurse, r.pick(["clinic camera", "facility iPad", "EHR mobile app"])),
             "Description: %s" % r.pick(["measuring guide in view, 3.2 x 2.1 cm", "pre-treatment", "day 7 follow-up, improved", "for telederm consult"]), "", "[image]" if r.chance(0.5) else "[Photo not reproducible in print]"]
    elif L == 5:  # Medicare Important Message / notices
        t = [r.pick(["DEPARTMENT OF HEALTH AND HUMAN SERVICES", "Centers for Medicare & Medicaid Services"]), r.pick(["An Important Message from Medicare About Your Rights", "Notice of Medicare Non-Coverage", "Advance Beneficiary Notice of Noncoverage (ABN)"]), "",
             "Patient name: %s   Patient ID: %s" % (name(c), c.mrn), "", r.pick(["As a hospital inpatient, you have the right to receive all of the hospital care that is necessary for the diagnosis and treatment of your illness or injury.",
                                                                                 "The effective date coverage of your current skilled nursing services will end: %s" % D(c, c.date + datetime.timedelta(days=2), 2),
                                                                                 "Medicare does not pay for everything, even some care that you or your health care provider have good reason to think you need. We expect Medicare may not pay for the %s below." % r.pick(["vitamin D level", "screening labs", "annual physical"])]),
             "", "If you disagree, you may request an appeal from the Quality Improvement Organization: %s QIO, 1-888-555-%04d." % (r.pick(["Livanta", "KEPRO", "Plains"]), r.randint(1000, 9999)), "",
             "Signature of patient or representative: ______________  Date: %s" % D(c, None, 0), "Form CMS-%s (%s)" % (r.pick(["10065", "R-131", "10123"]), r.pick(["Exp. 12/31/2011", "Exp. 08/31/2020", "Exp. 06/30/2023"]))]
    elif L == 6:  # sports PPE form / DOT style
        c.age = r.randint(12, 18)
        t = [r.pick(["PREPARTICIPATION PHYSICAL EVALUATION", "%s School Activities Association - Physical Form" % c.state, "ATHLETIC PARTICIPATION / PARENTAL CONSENT"]), "", "Name: %s   Sex: %s   Age: %d   Grade: %d   School: %s" % (name(c), c.sex, c.age, c.age - 5, c.ptown),
             "Sport(s): %s" % r.pick(["football, track", "volleyball, basketball", "wrestling", "cross country", "all"]), "", "HISTORY (explain 'yes' answers)"]
        for q in ["Has a doctor ever denied or restricted your participation in sports?", "Have you ever passed out during or after exercise?", "Have you ever had chest pain during exercise?", "Has anyone in your family died suddenly before age 50?",
                  "Have you ever had a concussion?", "Do you have asthma?"]:
            t.append("  %-70s %s" % (q, r.pick(["N", "N", "N", "Y"])))
        t += ["", "Physician clearance: [%s] Cleared for all sports without restriction  [ ] Cleared with recommendations  [ ] Not cleared" % "X", "Examiner: ____________ %s   Date %s" % (prov_name(c.prov, 1), D(c)), "Parent signature: ____________"]
    elif L == 7:  # scanning index / chart divider
        t = [r.pick(["DOCUMENT INDEX SHEET", "SCAN BATCH SEPARATOR", "HIM - Chart Correction / Late Entry Request", "Loose Document Cover"]), "", "Patient: %s   MRN %s" % (name(c, 1), c.mrn), "Encounter: %s   Date: %s" % (c.acct, D(c, None, 0)),
             "Document type code: %s" % r.pick(["OUT-REC", "MISC", "CORR", "LEGAL"]), "Barcode: *%s%s*" % (c.mrn, r.randint(10, 99)), "Scanned by: %s   QA: %s" % (r.pick(["hmr1", "scan03", "TLB"]), r.pick(["Y", "pending"])), "",
             "Comments: %s" % r.pick(["Outside records received by mail", "Duplicate removed", "Illegible page rescanned", ""])]
    elif L == 8:  # patient intake questionnaire / fall risk / history form
        t = [c.clinic, r.pick(["Patient Health History Questionnaire", "New Patient Intake Questionnaire", "Annual Health Risk Assessment"]), "", "Name: %s   Date: %s" % (name(c), D(c)), "",
             "Do you smoke? %s   Chew? %s   Alcohol drinks/week: %d" % (r.pick(["Y", "N"]), r.pick(["Y", "N"]), r.randint(0, 14)), "Exercise: %s" % r.pick(["farm work", "walk 3x/wk", "none"]),
             "Do you wear a seat belt? %s   Firearms in home? %s  Stored safely? %s" % (r.pick(["always", "sometimes"]), r.pick(["Y", "N"]), r.pick(["Y", "N/A"])), "Falls in past year: %d" % r.randint(0, 3),
             "Check conditions you have had: " + ", ".join(r.some(["high blood pressure", "diabetes", "asthma", "cancer", "heart attack", "thyroid", "depression", "arthritis"], 1, 4)),
             "Family history: %s" % c.family, "Medications (list): %s" % (", ".join(m[0] for m in c.home) or "none"), "", "Patient signature __________"]
        return ocr_noise(r, "\n".join(t), r.uniform(0.005, 0.03))
    else:  # incident / AMA / bed hold / legal
        which = r.pick(["ama", "bedhold", "incident", "guardianship"])
        if which == "ama":
            t = [c.hosp, "LEAVING AGAINST MEDICAL ADVICE", "", "Patient: %s   Date/Time: %s %s" % (name(c), D(c, None, 0), ftime_c(r)), "",
                 "This is to certify that I am leaving %s against the advice of the attending physician and hospital administration. I acknowledge that I have been informed of the risks involved and hereby release the attending physician and hospital from all responsibility for any ill effects which may result." % c.hosp,
                 "", "Patient: ______________   Witness: %s" % c.nurse, "Provider notified: %s" % prov_name(c.prov, 1)]
        elif which == "bedhold":
            t = ["%s %s" % (c.town, r.pick(["Care Center", "Manor"])), "NOTICE OF BED-HOLD POLICY", "", "Resident: %s   Date: %s" % (name(c), D(c)),
                 "When you are transferred to the hospital, %s Medicaid will pay to hold your bed for up to %d days. After that, the daily rate is $%d." % (c.state, r.choice([10, 15, 18]), r.randint(180, 320)),
                 "[ ] I wish to hold my bed   [ ] I do not wish to hold my bed", "", "Resident/Responsible party: ______________"]
        elif which == "incident":
            t = [c.hosp, "OCCURRENCE / INCIDENT REPORT - CONFIDENTIAL - QUALITY IMPROVEMENT PRIVILEGED", "", "Date/time of event: %s %s   Location: %s" % (D(c, None, 0), ftime_c(r), r.pick(["Room 12", "hallway", "bathroom", "ER bay 2"])),
                 "Person involved: %s   [X] Patient [ ] Visitor [ ] Staff" % name(c), "Type: %s" % r.pick(["fall, unwitnessed", "medication error - wrong time", "skin tear", "IV infiltration"]),
                 "Description: %s" % r.pick(["Found sitting on floor next to bed. Denies hitting head.", "Dose given 2 hours late.", "Skin tear L forearm during transfer."]), "Injury: %s" % r.pick(["none", "minor", "skin tear"]),
                 "Provider notified: %s  Family notified: %s" % (prov_name(c.prov, 1), r.pick(["Y", "N"])), "Reported by: %s" % c.nurse, "DO NOT FILE IN MEDICAL RECORD" if r.chance(0.5) else ""]
        else:
            t = ["IN THE COUNTY COURT OF %s COUNTY, %s" % (c.county.upper(), c.state), "", "IN THE MATTER OF THE GUARDIANSHIP AND CONSERVATORSHIP OF %s" % name(c).upper(), "Case No. PR%02d-%d" % (c.date.year % 100, r.randint(10, 999)), "",
                 "LETTERS OF GUARDIANSHIP", "", "%s %s is appointed guardian of the above-named ward and is authorized to make medical decisions on the ward's behalf." % (r.pick(FIRST_F + FIRST_M), r.pick(LAST)),
                 "", "Dated %s." % D(c, None, 2), "BY THE COURT: ________________ County Judge"]
    return ocr_noise(r, "\n".join(t), r.choice([0, 0.004, 0.012]))


# ----------------------------------------------------------------------------
# Driver
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


def tidy(text):
    lines = [ln.rstrip() for ln in text.split("\n")]
    out = []
    blank = 0
    for ln in lines:
        blank = blank + 1 if not ln.strip() else 0
        if blank <= 2:
            out.append(ln)
    return "\n".join(out).strip("\n") + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = Rnd(a.seed)
    rows = []
    for label, fn in GENERATORS:
        for i in range(a.per_type):
            r = Rnd(master.randrange(1 << 62))
            rows.append({"id": "rural-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": tidy(fn(r))})
    order = Rnd(a.seed + 7919)
    order.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
