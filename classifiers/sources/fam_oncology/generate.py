#!/usr/bin/env python3
"""Synthetic clinical-document generator: fictitious US academic cancer centre (2005-2023).

Every name, identifier, address, phone number and institution produced here is invented.
Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import random

# --------------------------------------------------------------------------- pools
MALE = ("James John Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Anthony Mark "
        "Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Edward Ronald Timothy Jason Jeffrey Ryan "
        "Gary Nicholas Eric Stephen Larry Scott Frank Benjamin Gregory Raymond Samuel Patrick Dennis Jerry "
        "Henry Douglas Peter Walter Harold Carl Keith Roger Gerald Terry Arthur Lawrence Alan Juan Wayne Ralph "
        "Roy Eugene Vincent Russell Louis Philip Rahul Wei Hiroshi Tomasz Dmitri Kwame Luis Carlos Miguel Omar "
        "Darnell Lamar Hector Rafael Ivan Emil Stanley Clifford Leonard Marvin Vernon Curtis Wendell Mohammed").split()
FEMALE = ("Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret "
          "Sandra Ashley Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca "
          "Sharon Laura Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha "
          "Katherine Christine Debra Rachel Catherine Carolyn Janet Ruth Maria Heather Diane Virginia Julie "
          "Joyce Victoria Kelly Christina Joan Evelyn Lauren Judith Olivia Martha Cheryl Megan Andrea Hannah "
          "Jacqueline Gloria Teresa Ann Sara Janice Jean Alice Madison Doris Abigail Julia Judy Grace Denise "
          "Priya Mei Yuki Agnieszka Olga Ama Lucia Rosa Fatima Latoya Keisha Bernadette Lorraine Mildred Imelda").split()
LAST = ("Abernathy Okafor Lindqvist Marchetti Haverford Pruitt Castellano Whitlock Nakamura Brennan Delacroix "
        "Fairbanks Gustafson Holloway Ibarra Jankowski Kessler Lockhart Montague Nwosu Oyelaran Pemberton "
        "Quintero Ridley Sandoval Tremblay Underhill Vasquez Wexler Yarborough Zielinski Ashby Boudreaux "
        "Carraway Dunleavy Eckhardt Fenwick Galloway Hargrove Iverson Jessup Kowalczyk Langford Mulcahy "
        "Norcross Osterman Pettigrew Rasmussen Stroud Thibodeaux Vance Whitfield Albright Bancroft Crenshaw "
        "Dorsey Ellison Farnsworth Gaines Hadley Kimura Larkin Macintyre Nakagawa Ortega Prescott Rutledge "
        "Saunders Talbot Upchurch Voss Winslow Yoder Alvarado Birch Coleman Driscoll Easton Fitzgerald Goode "
        "Harlan Ingram Jeffries Kingsley Lowry Merriweather Nash Oakes Pryor Quigley Redmond Sterling Tate "
        "Varga Walcott Chowdhury Patel Nguyen Tran Kaur Mensah Adeyemi Romero Kaminski Sokolov Haddad Brandt "
        "McAllister O'Rourke Delgado Fuentes Hernandez Washington Jefferson Greer Mayfield Stubbs Blevins").split()
MI = "ABCDEFGHJKLMNPRSTW"
STREETS = ("Maple Oak Cedar Elm Willow Birch Chestnut Hawthorne Juniper Sycamore Linden Magnolia Aspen Laurel "
           "Ridgeview Lakeshore Meadowbrook Fox Run Harbor Quarry Old Mill Orchard Prospect Summit Windsor "
           "Kingfisher Bramble Thistle Larkspur").split()
ST_SUF = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Circle", "Terrace"]
CITIES = [("Ashford Falls", "OH"), ("Port Halden", "MI"), ("Cedar Bluff", "PA"), ("New Carlisle", "IN"),
          ("Eastvale", "NY"), ("Granger Heights", "IL"), ("Lakemont", "WI"), ("Westbury Springs", "MD"),
          ("Fairhaven Junction", "VA"), ("Millbrook Center", "NC"), ("Stonegate", "TN"), ("Harlow Creek", "KY"),
          ("North Tamsin", "MA"), ("Bellwether", "MN"), ("Copper Ridge", "CO"), ("San Aurelio", "TX"),
          ("Pinecrest Valley", "GA"), ("Redfern", "MO"), ("Oakhurst Landing", "NJ"), ("Silver Hollow", "WA")]
CENTERS = [
    ("Whitcombe University Cancer Center", "WUCC", "1400 Whitcombe Medical Parkway", 0),
    ("Halstead Comprehensive Cancer Institute", "HCCI", "2250 Halstead Avenue", 1),
    ("Lindgren Cancer Center at Northgate University Hospital", "LCC-NUH", "600 University Drive", 2),
    ("St. Aurelia Cancer Institute - Riverbend University Health", "SACI", "88 Riverbend Plaza", 3),
    ("Marlowe-Keaton Comprehensive Cancer Center", "MKCCC", "3100 Keaton Boulevard", 4),
]
PAYERS = [("BlueStar Health Plan", "PPO"), ("Keystone Mutual Health", "HMO"), ("Great Lakes Assurance Health", "POS"),
          ("Pinnacle Care Insurance Co.", "PPO"), ("UnitedCrest Healthcare", "EPO"), ("Heritage Shield", "PPO"),
          ("Medicare", "Part A/B"), ("State Medical Assistance Program", "Medicaid"),
          ("Liberty Senior Advantage", "Medicare Advantage HMO"), ("Cornerstone Benefit Administrators", "Self-funded PPO")]
PHARMACIES = ["Corner Drug #214", "HealthMart Pharmacy of Lakemont", "RiteWell Pharmacy #3381", "Apex Specialty Pharmacy",
              "Main Street Apothecary", "ValueCare Pharmacy #0872", "Whitcombe Outpatient Pharmacy", "OncoSource Specialty Rx"]
EMPLOYERS = ["retired", "Tri-County School District", "Bellwether Foods", "self-employed", "Harlan Trucking",
             "County Hospital (housekeeping)", "disabled", "Midland Bank", "homemaker", "Stonegate Steel", "US Postal Service",
             "Lakemont Insurance Group", "unemployed", "First Baptist Church", "Copper Ridge Construction"]
RELS = ["spouse", "wife", "husband", "daughter", "son", "sister", "brother", "partner", "friend", "niece", "mother"]

SPEC_NAMES = {
    "medonc": ["Medical Oncology", "Hematology/Oncology", "Hematology-Oncology", "Division of Medical Oncology"],
    "heme": ["Hematology", "Hematologic Malignancies", "Hematology/BMT", "Leukemia Service", "Lymphoma Service"],
    "surgonc": ["Surgical Oncology", "General Surgery - Surgical Oncology", "Hepatobiliary Surgery", "Breast Surgery", "Thoracic Surgery"],
    "radonc": ["Radiation Oncology", "Department of Radiation Oncology", "Radiation Medicine"],
    "rad": ["Radiology", "Diagnostic Radiology", "Department of Radiology", "Imaging Services"],
    "path": ["Pathology", "Department of Pathology and Laboratory Medicine", "Anatomic Pathology"],
    "anes": ["Anesthesiology", "Department of Anesthesiology"],
    "ir": ["Interventional Radiology", "Vascular and Interventional Radiology"],
    "pall": ["Palliative Care", "Supportive and Palliative Medicine", "Palliative Medicine"],
    "hosp": ["Hospital Medicine", "Internal Medicine", "Oncology Hospitalist Service"],
    "em": ["Emergency Medicine", "Emergency Department"],
    "card": ["Cardiology", "Cardio-Oncology"],
    "id": ["Infectious Diseases", "Transplant/Oncology Infectious Diseases"],
    "gi": ["Gastroenterology", "Digestive Diseases"],
    "pulm": ["Pulmonary Medicine", "Interventional Pulmonology"],
    "fm": ["Family Medicine", "Internal Medicine", "Primary Care"],
}

COMORB = [
    ("hypertension", ["lisinopril 10 mg PO daily", "amlodipine 5 mg PO daily", "hydrochlorothiazide 25 mg PO daily", "losartan 50 mg PO daily"]),
    ("hyperlipidemia", ["atorvastatin 40 mg PO nightly", "simvastatin 20 mg PO qhs", "rosuvastatin 10 mg PO daily"]),
    ("type 2 diabetes mellitus", ["metformin 500 mg PO BID", "metformin 1000 mg PO BID", "glipizide 5 mg PO daily"]),
    ("hypothyroidism", ["levothyroxine 75 mcg PO daily", "levothyroxine 100 mcg PO daily"]),
    ("GERD", ["omeprazole 20 mg PO daily", "pantoprazole 40 mg PO daily", "famotidine 20 mg PO BID"]),
    ("depression", ["sertraline 50 mg PO daily", "citalopram 20 mg PO daily", "escitalopram 10 mg PO daily"]),
    ("COPD", ["tiotropium 18 mcg inhaled daily", "albuterol HFA 2 puffs q4-6h PRN wheeze"]),
    ("coronary artery disease", ["aspirin 81 mg PO daily", "metoprolol tartrate 25 mg PO BID"]),
    ("atrial fibrillation", ["apixaban 5 mg PO BID", "diltiazem ER 120 mg PO daily"]),
    ("osteoarthritis", ["acetaminophen 650 mg PO q6h PRN pain"]),
    ("anxiety", ["lorazepam 0.5 mg PO q8h PRN anxiety"]),
    ("insomnia", ["zolpidem 5 mg PO qhs PRN sleep", "trazodone 50 mg PO qhs PRN"]),
    ("osteoporosis", ["alendronate 70 mg PO weekly", "calcium carbonate/vitamin D 600 mg/400 IU PO BID"]),
    ("obesity", []),
    ("chronic kidney disease stage 3", []),
    ("benign prostatic hyperplasia", ["tamsulosin 0.4 mg PO qhs"]),
]
ALLERGY_POOL = [("penicillin", "hives"), ("sulfa drugs", "rash"), ("codeine", "nausea"), ("iodinated contrast", "hives"),
                ("latex", "contact dermatitis"), ("morphine", "itching"), ("shellfish", "swelling"),
                ("ciprofloxacin", "tendon pain"), ("adhesive tape", "blistering"), ("vancomycin", "red man syndrome")]

# --------------------------------------------------------------------------- cancer profiles
def R(name, drugs, q, cycles, y0=2005, y1=2023, tag=""):
    return {"name": name, "drugs": drugs, "q": q, "cycles": cycles, "y0": y0, "y1": y1, "tag": tag}

CANCERS = [
 {"key": "breast", "sex": "F", "heme": False, "short": "breast cancer", "histo": "invasive ductal carcinoma",
  "site": "{side} breast", "stages": ["IA", "IIA", "IIB", "IIIA", "IIIC", "IV"],
  "tnm": ["cT1cN0M0", "cT2N0M0", "cT2N1M0", "cT3N1M0", "pT1cN0(sn)", "pT2N1a"],
  "present": ["a palpable {side} breast mass she noticed in the shower", "an abnormal screening mammogram with a spiculated {side} breast mass",
              "{side} breast skin dimpling and a palpable axillary node"],
  "biopsy": "ultrasound-guided core needle biopsy of the {side} breast mass",
  "regs": [R("dose-dense AC followed by paclitaxel", [("doxorubicin", 60, "mg/m2", "IV push", "D1"), ("cyclophosphamide", 600, "mg/m2", "IV", "D1")], 14, 4),
           R("TC", [("docetaxel", 75, "mg/m2", "IV", "D1"), ("cyclophosphamide", 600, "mg/m2", "IV", "D1")], 21, 4),
           R("TCHP", [("docetaxel", 75, "mg/m2", "IV", "D1"), ("carboplatin", 6, "AUC", "IV", "D1"), ("trastuzumab", 6, "mg/kg", "IV", "D1"), ("pertuzumab", 420, "mg", "IV", "D1")], 21, 6, 2013, tag="her2"),
           R("weekly paclitaxel and trastuzumab", [("paclitaxel", 80, "mg/m2", "IV", "weekly"), ("trastuzumab", 2, "mg/kg", "IV", "weekly")], 7, 12, tag="her2")],
  "surg": ["{side} partial mastectomy with sentinel lymph node biopsy", "{side} total mastectomy with sentinel lymph node biopsy",
           "{side} modified radical mastectomy"], "opkey": "breast",
  "rt": ("{side} whole breast", ["50 Gy in 25 fractions followed by a 10 Gy boost", "42.56 Gy in 16 fractions", "50.4 Gy in 28 fractions to the chest wall and regional nodes"]),
  "tm": ("CA 27.29", "U/mL", 38), "icd9": "174.9", "icd10": "C50.91{sc}",
  "ct": ("chest", "{size} cm enhancing mass in the {side} breast with an enlarged {side} axillary lymph node measuring 1.4 cm"),
  "mets": ["liver", "bone", "lung"], "sx": ["fatigue", "hot flashes", "arthralgias", "neuropathy in the fingertips"],
  "gross": "{side} breast lumpectomy specimen, {gw} g, oriented with a short suture superior and long suture lateral. Sectioning reveals a firm stellate tan-white mass measuring {size} x {s2} x {s3} cm, located {marg} cm from the closest (inferior) margin.",
  "pathdx": "INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE {grade}, {size} CM"},
 {"key": "lung", "sex": None, "heme": False, "short": "non-small cell lung cancer", "histo": "adenocarcinoma",
  "site": "{side} upper lobe of the lung", "stages": ["IB", "IIA", "IIIA", "IIIB", "IVA", "IVB"],
  "tnm": ["cT2aN0M0", "cT2bN1M0", "cT3N2M0", "cT4N2M0", "cT2aN2M1b"],
  "present": ["a persistent cough and 15 lb weight loss", "an incidental {side} upper lobe nodule on a CT angiogram done for chest pain",
              "hemoptysis and right shoulder pain", "a lung-cancer screening low-dose CT showing a spiculated nodule"],
  "biopsy": "CT-guided core biopsy of the {side} upper lobe mass",
  "regs": [R("carboplatin/paclitaxel", [("carboplatin", 6, "AUC", "IV", "D1"), ("paclitaxel", 200, "mg/m2", "IV", "D1")], 21, 4),
           R("cisplatin/pemetrexed", [("cisplatin", 75, "mg/m2", "IV", "D1"), ("pemetrexed", 500, "mg/m2", "IV", "D1")], 21, 4, 2008),
           R("carboplatin/pemetrexed/pembrolizumab", [("carboplatin", 5, "AUC", "IV", "D1"), ("pemetrexed", 500, "mg/m2", "IV", "D1"), ("pembrolizumab", 200, "mg", "IV", "D1")], 21, 4, 2017),
           R("weekly carboplatin/paclitaxel with concurrent radiation", [("carboplatin", 2, "AUC", "IV", "weekly"), ("paclitaxel", 50, "mg/m2", "IV", "weekly")], 7, 7)],
  "surg": ["VATS {side} upper lobectomy with mediastinal lymph node dissection", "{side} upper lobectomy via thoracotomy"], "opkey": "lung",
  "rt": ("{side} lung and involved mediastinum", ["60 Gy in 30 fractions", "SBRT 50 Gy in 5 fractions", "66 Gy in 33 fractions"]),
  "tm": ("CEA", "ng/mL", 3.0), "icd9": "162.3", "icd10": "C34.1{sc}",
  "ct": ("lungs", "spiculated {size} cm mass in the {side} upper lobe with enlarged ipsilateral paratracheal lymph nodes up to 1.6 cm"),
  "mets": ["brain", "adrenal gland", "bone", "liver"], "sx": ["fatigue", "dyspnea on exertion", "cough", "anorexia"],
  "gross": "{side} upper lobe, {gw} g, with a stapled bronchial margin. There is a subpleural firm gray-white mass measuring {size} x {s2} x {s3} cm, {marg} cm from the bronchial margin. The overlying pleura is puckered.",
  "pathdx": "INVASIVE ADENOCARCINOMA, ACINAR PREDOMINANT, {size} CM"},
 {"key": "colon", "sex": None, "heme": False, "short": "colon cancer", "histo": "adenocarcinoma", "site": "sigmoid colon",
  "stages": ["IIA", "IIIB", "IIIC", "IVA", "IVB"], "tnm": ["pT3N0M0", "pT3N1bM0", "pT4aN2aM0", "pT3N1aM1a"],
  "present": ["hematochezia and a change in bowel habits", "iron-deficiency anemia found by his/her primary care physician", "a positive FIT test on screening"],
  "biopsy": "colonoscopy with biopsy of a friable circumferential sigmoid mass",
  "regs": [R("FOLFOX", [("oxaliplatin", 85, "mg/m2", "IV", "D1"), ("leucovorin", 400, "mg/m2", "IV", "D1"), ("fluorouracil", 400, "mg/m2", "IV bolus", "D1"), ("fluorouracil", 2400, "mg/m2", "CIVI over 46 h", "D1-3")], 14, 12),
           R("CAPOX", [("oxaliplatin", 130, "mg/m2", "IV", "D1"), ("capecitabine", 1000, "mg/m2", "PO BID", "D1-14")], 21, 8),
           R("FOLFIRI plus bevacizumab", [("irinotecan", 180, "mg/m2", "IV", "D1"), ("leucovorin", 400, "mg/m2", "IV", "D1"), ("fluorouracil", 2400, "mg/m2", "CIVI over 46 h", "D1-3"), ("bevacizumab", 5, "mg/kg", "IV", "D1")], 14, 12)],
  "surg": ["laparoscopic sigmoid colectomy with primary anastomosis", "open sigmoid colectomy", "laparoscopic-assisted left hemicolectomy"], "opkey": "colon",
  "rt": ("liver metastasis (SBRT)", ["45 Gy in 3 fractions", "50 Gy in 5 fractions"]),
  "tm": ("CEA", "ng/mL", 3.0), "icd9": "153.3", "icd10": "C18.7",
  "ct": ("bowel", "irregular circumferential wall thickening of the sigmoid colon over {size} cm with adjacent pericolonic stranding and several subcentimeter pericolonic nodes"),
  "mets": ["liver", "lung", "peritoneum"], "sx": ["fatigue", "cold-induced paresthesias", "diarrhea", "mucositis"],
  "gross": "Segment of sigmoid colon, {gl} cm in length, with attached mesentery. There is an ulcerated circumferential mass measuring {size} x {s2} cm, located {marg} cm from the distal margin. The mass grossly invades into the pericolonic fat.",
  "pathdx": "ADENOCARCINOMA, MODERATELY DIFFERENTIATED, INVADING THROUGH MUSCULARIS PROPRIA INTO PERICOLORECTAL TISSUE"},
 {"key": "pancreas", "sex": None, "heme": False, "short": "pancreatic cancer", "histo": "adenocarcinoma", "site": "head of the pancreas",
  "stages": ["IB", "IIA", "IIB", "III", "IV"], "tnm": ["cT2N0M0", "cT3N1M0", "cT4N1M0", "cT3N0M1"],
  "present": ["painless jaundice, pruritus and dark urine", "epigastric pain radiating to the back and a 20 lb weight loss", "new-onset diabetes and weight loss"],
  "biopsy": "EUS-guided fine-needle aspiration of the pancreatic head mass",
  "regs": [R("gemcitabine", [("gemcitabine", 1000, "mg/m2", "IV", "D1,8,15")], 28, 6),
           R("FOLFIRINOX", [("oxaliplatin", 85, "mg/m2", "IV", "D1"), ("irinotecan", 180, "mg/m2", "IV", "D1"), ("leucovorin", 400, "mg/m2", "IV", "D1"), ("fluorouracil", 2400, "mg/m2", "CIVI over 46 h", "D1-3")], 14, 12, 2011),
           R("gemcitabine/nab-paclitaxel", [("gemcitabine", 1000, "mg/m2", "IV", "D1,8,15"), ("nab-paclitaxel", 125, "mg/m2", "IV", "D1,8,15")], 28, 6, 2013)],
  "surg": ["pancreaticoduodenectomy (Whipple procedure)", "pylorus-preserving pancreaticoduodenectomy"], "opkey": "whipple",
  "rt": ("pancreatic bed", ["50.4 Gy in 28 fractions with concurrent capecitabine", "SBRT 33 Gy in 5 fractions"]),
  "tm": ("CA 19-9", "U/mL", 37), "icd9": "157.0", "icd10": "C25.0",
  "ct": ("pancreas", "hypoattenuating {size} cm mass in the pancreatic head with upstream dilation of the pancreatic duct and common bile duct; abutment of the superior mesenteric vein less than 180 degrees"),
  "mets": ["liver", "peritoneum", "lung"], "sx": ["fatigue", "anorexia", "abdominal pain", "diarrhea", "neuropathy"],
  "gross": "Pancreaticoduodenectomy specimen consisting of distal stomach, duodenum ({gl} cm), pancreatic head and distal common bile duct. A firm ill-defined white mass measuring {size} x {s2} x {s3} cm is present in the pancreatic head, {marg} cm from the uncinate (SMA) margin.",
  "pathdx": "INVASIVE DUCTAL ADENOCARCINOMA OF THE PANCREAS, MODERATELY DIFFERENTIATED, {size} CM"},
 {"key": "dlbcl", "sex": None, "heme": True, "short": "diffuse large B-cell lymphoma", "histo": "diffuse large B-cell lymphoma", "site": "lymph nodes",
  "stages": ["IIA", "IIIA", "IIIB", "IVB"], "tnm": ["Ann Arbor stage {stage}"],
  "present": ["rapidly enlarging {side} neck lymphadenopathy with night sweats", "abdominal fullness and drenching night sweats", "fevers, weight loss and a mediastinal mass on chest x-ray"],
  "biopsy": "excisional biopsy of a {side} cervical lymph node",
  "regs": [R("R-CHOP", [("rituximab", 375, "mg/m2", "IV", "D1"), ("cyclophosphamide", 750, "mg/m2", "IV", "D1"), ("doxorubicin", 50, "mg/m2", "IV push", "D1"), ("vincristine", 1.4, "mg/m2", "IV push (max 2 mg)", "D1"), ("prednisone", 100, "mg", "PO", "D1-5")], 21, 6),
           R("DA-R-EPOCH", [("rituximab", 375, "mg/m2", "IV", "D1"), ("etoposide", 50, "mg/m2/day", "CIVI", "D1-4"), ("doxorubicin", 10, "mg/m2/day", "CIVI", "D1-4"), ("vincristine", 0.4, "mg/m2/day", "CIVI", "D1-4"), ("cyclophosphamide", 750, "mg/m2", "IV", "D5"), ("prednisone", 60, "mg/m2", "PO BID", "D1-5")], 21, 6, 2008)],
  "surg": ["excisional biopsy of {side} cervical lymph node", "placement of right internal jugular Port-A-Cath"], "opkey": "lnbx",
  "rt": ("residual bulky mediastinal disease", ["30.6 Gy in 17 fractions", "36 Gy in 20 fractions"]),
  "tm": ("LDH", "U/L", 225), "icd9": "202.80", "icd10": "C83.38",
  "ct": ("lymph", "bulky conglomerate lymphadenopathy in the {side} neck, mediastinum and retroperitoneum, the largest retroperitoneal mass measuring {size} cm"),
  "mets": ["bone marrow", "CNS", "liver"], "sx": ["fatigue", "constipation", "neuropathy", "night sweats"],
  "gross": "Received fresh labeled '{side} neck lymph node' is an ovoid tan-pink lymph node measuring {size} x {s2} x {s3} cm. Cut surface is homogeneous, fish-flesh, tan-white. Portions submitted for flow cytometry and cytogenetics.",
  "pathdx": "DIFFUSE LARGE B-CELL LYMPHOMA, GERMINAL CENTER B-CELL TYPE (HANS ALGORITHM)"},
 {"key": "hodgkin", "sex": None, "heme": True, "short": "classical Hodgkin lymphoma", "histo": "classical Hodgkin lymphoma, nodular sclerosis type", "site": "lymph nodes",
  "stages": ["IIA", "IIB", "IIIA", "IVB"], "tnm": ["Ann Arbor stage {stage}"],
  "present": ["painless {side} supraclavicular lymphadenopathy", "pruritus, night sweats and a mediastinal mass", "persistent cough and a widened mediastinum on chest x-ray"],
  "biopsy": "excisional biopsy of a {side} supraclavicular lymph node",
  "regs": [R("ABVD", [("doxorubicin", 25, "mg/m2", "IV push", "D1,15"), ("bleomycin", 10, "units/m2", "IV", "D1,15"), ("vinblastine", 6, "mg/m2", "IV push", "D1,15"), ("dacarbazine", 375, "mg/m2", "IV", "D1,15")], 28, 6)],
  "surg": ["excisional biopsy of {side} supraclavicular lymph node", "placement of right internal jugular Port-A-Cath"], "opkey": "lnbx",
  "rt": ("involved-site mediastinum", ["30 Gy in 15 fractions", "20 Gy in 10 fractions"]),
  "tm": ("ESR", "mm/hr", 20), "icd9": "201.90", "icd10": "C81.10",
  "ct": ("lymph", "anterior mediastinal mass measuring {size} cm with {side} supraclavicular adenopathy"),
  "mets": ["spleen", "bone marrow", "lung"], "sx": ["fatigue", "nausea", "dyspnea", "itching"],
  "gross": "Received in formalin labeled '{side} supraclavicular node' is a nodular tan lymph node measuring {size} x {s2} x {s3} cm with a thickened capsule and fibrous bands on cut section.",
  "pathdx": "CLASSICAL HODGKIN LYMPHOMA, NODULAR SCLEROSIS TYPE"},
 {"key": "aml", "sex": None, "heme": True, "short": "acute myeloid leukemia", "histo": "acute myeloid leukemia", "site": "bone marrow",
  "stages": ["favorable-risk", "intermediate-risk", "adverse-risk"], "tnm": ["ELN {stage}"],
  "present": ["fatigue, gum bleeding and petechiae", "fevers and pancytopenia found at urgent care", "progressive dyspnea and a white count of 86,000"],
  "biopsy": "bone marrow aspirate and biopsy",
  "regs": [R("7+3 induction", [("cytarabine", 100, "mg/m2/day", "CIVI", "D1-7"), ("daunorubicin", 60, "mg/m2", "IV push", "D1-3")], 28, 1),
           R("high-dose cytarabine consolidation", [("cytarabine", 3, "g/m2", "IV over 3 h q12h", "D1,3,5")], 28, 4),
           R("azacitidine plus venetoclax", [("azacitidine", 75, "mg/m2", "SC", "D1-7"), ("venetoclax", 400, "mg", "PO daily", "D1-28")], 28, 6, 2019)],
  "surg": ["placement of tunneled double-lumen Hickman catheter", "placement of right internal jugular Port-A-Cath"], "opkey": "port",
  "rt": ("total body irradiation", ["12 Gy in 6 fractions (TBI) as part of conditioning"]),
  "tm": None, "icd9": "205.00", "icd10": "C92.00",
  "ct": ("lungs", "several nodular opacities with surrounding ground-glass halo in the {side} upper lobe, the largest {size} cm, concerning for angioinvasive fungal infection in this neutropenic patient"),
  "mets": ["CNS"], "sx": ["fatigue", "mucositis", "neutropenic fever", "nausea"],
  "gross": "Received are a 1.{s2} cm core of bone marrow from the posterior iliac crest and 4 aspirate smears.",
  "pathdx": "ACUTE MYELOID LEUKEMIA WITH {blast}% MYELOBLASTS"},
 {"key": "cll", "sex": None, "heme": True, "short": "chronic lymphocytic leukemia", "histo": "chronic lymphocytic leukemia/small lymphocytic lymphoma", "site": "blood and bone marrow",
  "stages": ["Rai stage I", "Rai stage II", "Rai stage III", "Rai stage IV"], "tnm": ["{stage}"],
  "present": ["an incidental lymphocytosis on routine CBC", "bilateral cervical adenopathy and fatigue", "recurrent sinus infections and lymphocytosis"],
  "biopsy": "peripheral blood flow cytometry",
  "regs": [R("FCR", [("fludarabine", 25, "mg/m2", "IV", "D1-3"), ("cyclophosphamide", 250, "mg/m2", "IV", "D1-3"), ("rituximab", 375, "mg/m2", "IV", "D1")], 28, 6),
           R("bendamustine/rituximab", [("bendamustine", 90, "mg/m2", "IV", "D1-2"), ("rituximab", 375, "mg/m2", "IV", "D1")], 28, 6, 2008),
           R("ibrutinib", [("ibrutinib", 420, "mg", "PO daily", "continuous")], 28, 99, 2014)],
  "surg": ["excisional biopsy of {side} axillary lymph node", "placement of right internal jugular Port-A-Cath"], "opkey": "lnbx",
  "rt": ("bulky {side} cervical nodes (palliative)", ["4 Gy in 2 fractions", "24 Gy in 12 fractions"]),
  "tm": ("Beta-2 microglobulin", "mg/L", 2.4), "icd9": "204.10", "icd10": "C91.10",
  "ct": ("lymph", "diffuse cervical, axillary and retroperitoneal lymphadenopathy, largest {size} cm, with splenomegaly to 16 cm"),
  "mets": ["spleen"], "sx": ["fatigue", "bruising", "recurrent infections", "night sweats"],
  "gross": "Received are peripheral blood and a {size} cm lymph node.",
  "pathdx": "CHRONIC LYMPHOCYTIC LEUKEMIA/SMALL LYMPHOCYTIC LYMPHOMA"},
 {"key": "myeloma", "sex": None, "heme": True, "short": "multiple myeloma", "histo": "IgG kappa multiple myeloma", "site": "bone marrow",
  "stages": ["R-ISS stage I", "R-ISS stage II", "ISS stage III"], "tnm": ["{stage}"],
  "present": ["low back pain and a T11 compression fracture", "anemia and an elevated total protein on routine labs", "hypercalcemia and acute kidney injury"],
  "biopsy": "bone marrow aspirate and biopsy",
  "regs": [R("VRd", [("bortezomib", 1.3, "mg/m2", "SC", "D1,4,8,11"), ("lenalidomide", 25, "mg", "PO daily", "D1-14"), ("dexamethasone", 20, "mg", "PO", "D1,2,4,5,8,9,11,12")], 21, 8, 2008),
           R("CyBorD", [("cyclophosphamide", 300, "mg/m2", "PO", "D1,8,15,22"), ("bortezomib", 1.5, "mg/m2", "SC", "D1,8,15,22"), ("dexamethasone", 40, "mg", "PO", "weekly")], 28, 6, 2010),
           R("lenalidomide/dexamethasone", [("lenalidomide", 25, "mg", "PO daily", "D1-21"), ("dexamethasone", 40, "mg", "PO", "D1,8,15,22")], 28, 12, 2006),
           R("thalidomide/dexamethasone", [("thalidomide", 200, "mg", "PO qhs", "continuous"), ("dexamethasone", 40, "mg", "PO", "D1-4")], 28, 6, 2005, 2009),
           R("daratumumab/lenalidomide/dexamethasone", [("daratumumab", 16, "mg/kg", "IV", "weekly x8 then q2w"), ("lenalidomide", 25, "mg", "PO daily", "D1-21"), ("dexamethasone", 40, "mg", "PO", "weekly")], 28, 12, 2016)],
  "surg": ["kyphoplasty of T11", "placement of right internal jugular Port-A-Cath"], "opkey": "port",
  "rt": ("painful lytic lesion of the {side} femur", ["20 Gy in 5 fractions", "8 Gy in 1 fraction", "30 Gy in 10 fractions"]),
  "tm": ("M-spike", "g/dL", 0.0), "icd9": "203.00", "icd10": "C90.00",
  "ct": ("bones", "multiple lytic lesions throughout the axial skeleton, the largest in the {side} iliac wing measuring {size} cm, and a T11 compression deformity"),
  "mets": ["bone"], "sx": ["fatigue", "bone pain", "constipation", "neuropathy"],
  "gross": "Received are a 1.{s2} cm core of bone marrow from the {side} posterior iliac crest and 5 aspirate smears.",
  "pathdx": "PLASMA CELL NEOPLASM (MULTIPLE MYELOMA), KAPPA-RESTRICTED, {blast}% PLASMA CELLS"},
 {"key": "prostate", "sex": "M", "heme": False, "short": "prostate cancer", "histo": "acinar adenocarcinoma", "site": "prostate",
  "stages": ["IIB", "IIC", "IIIB", "IVB"], "tnm": ["cT2bN0M0", "cT3aN0M0", "cT3bN1M0", "cT3N1M1b"],
  "present": ["a rising PSA to {psa} on routine screening", "urinary frequency and nocturia with a PSA of {psa}", "new back pain and a PSA of {psa}"],
  "biopsy": "transrectal ultrasound-guided 12-core prostate biopsy",
  "regs": [R("androgen deprivation (leuprolide)", [("leuprolide acetate", 22.5, "mg", "IM", "q3 months")], 84, 8),
           R("docetaxel/prednisone", [("docetaxel", 75, "mg/m2", "IV", "D1"), ("prednisone", 5, "mg", "PO BID", "daily")], 21, 6),
           R("abiraterone/prednisone", [("abiraterone acetate", 1000, "mg", "PO daily", "continuous"), ("prednisone", 5, "mg", "PO BID", "continuous")], 28, 99, 2011),
           R("enzalutamide", [("enzalutamide", 160, "mg", "PO daily", "continuous")], 28, 99, 2012)],
  "surg": ["robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph node dissection", "open radical retropubic prostatectomy"], "opkey": "prostate",
  "rt": ("prostate and seminal vesicles (IMRT)", ["78 Gy in 39 fractions", "79.2 Gy in 44 fractions", "70 Gy in 28 fractions"]),
  "tm": ("PSA", "ng/mL", 4.0), "icd9": "185", "icd10": "C61",
  "ct": ("pelvis", "enlarged heterogeneous prostate with {side} seminal vesicle involvement and a {size} cm {side} external iliac lymph node"),
  "mets": ["bone", "retroperitoneal lymph nodes"], "sx": ["hot flashes", "fatigue", "urinary frequency", "loss of libido"],
  "gross": "Radical prostatectomy specimen, {gw} g, with attached seminal vesicles. The specimen is inked (right green, left blue) and serially sectioned; a firm yellow-tan area measuring {size} cm is noted in the {side} posterior peripheral zone.",
  "pathdx": "PROSTATIC ADENOCARCINOMA, ACINAR TYPE, GLEASON SCORE 4+3=7 (GRADE GROUP 3)"},
 {"key": "hn", "sex": None, "heme": False, "short": "head and neck cancer", "histo": "squamous cell carcinoma, p16-positive", "site": "{side} base of tongue",
  "stages": ["I", "II", "III", "IVA"], "tnm": ["cT2N1M0", "cT3N2bM0", "cT2N2cM0", "cT4aN2M0"],
  "present": ["a painless {side} neck mass present for three months", "odynophagia and {side} otalgia", "a sore throat and muffled voice"],
  "biopsy": "direct laryngoscopy with biopsy of the {side} base of tongue",
  "regs": [R("cisplatin concurrent with radiation", [("cisplatin", 100, "mg/m2", "IV", "D1,22,43")], 21, 3),
           R("weekly cisplatin with radiation", [("cisplatin", 40, "mg/m2", "IV", "weekly")], 7, 7),
           R("cetuximab with radiation", [("cetuximab", 250, "mg/m2", "IV", "weekly")], 7, 7, 2006)],
  "surg": ["transoral robotic resection of {side} base of tongue with {side} selective neck dissection", "{side} modified radical neck dissection"], "opkey": "neck",
  "rt": ("oropharynx and bilateral neck (IMRT)", ["70 Gy in 35 fractions", "69.96 Gy in 33 fractions"]),
  "tm": None, "icd9": "141.0", "icd10": "C01",
  "ct": ("neck", "{size} cm enhancing mass of the {side} base of tongue with necrotic {side} level II lymph nodes up to 3.1 cm"),
  "mets": ["lung", "bone"], "sx": ["mucositis", "dysgeusia", "xerostomia", "odynophagia", "weight loss"],
  "gross": "Received fresh labeled '{side} base of tongue' is a tan-pink mucosal resection measuring {size} x {s2} x {s3} cm with an indurated ulcerated lesion {marg} cm from the closest deep margin.",
  "pathdx": "INVASIVE SQUAMOUS CELL CARCINOMA, NONKERATINIZING, HPV-ASSOCIATED (p16 POSITIVE)"},
 {"key": "ovary", "sex": "F", "heme": False, "short": "ovarian cancer", "histo": "high-grade serous carcinoma", "site": "ovary",
  "stages": ["IIB", "IIIA", "IIIC", "IVA", "IVB"], "tnm": ["FIGO {stage}"],
  "present": ["abdominal bloating, early satiety and increasing girth", "pelvic pain and a large complex adnexal mass on ultrasound", "new ascites and a CA-125 of {ca125}"],
  "biopsy": "diagnostic laparoscopy with omental biopsy",
  "regs": [R("carboplatin/paclitaxel", [("carboplatin", 6, "AUC", "IV", "D1"), ("paclitaxel", 175, "mg/m2", "IV", "D1")], 21, 6),
           R("dose-dense carboplatin/paclitaxel", [("carboplatin", 6, "AUC", "IV", "D1"), ("paclitaxel", 80, "mg/m2", "IV", "D1,8,15")], 21, 6, 2009),
           R("olaparib maintenance", [("olaparib", 300, "mg", "PO BID", "continuous")], 28, 99, 2015)],
  "surg": ["exploratory laparotomy, total abdominal hysterectomy, bilateral salpingo-oophorectomy, omentectomy and tumor debulking", "interval cytoreductive surgery"], "opkey": "debulk",
  "rt": ("pelvis (palliative)", ["30 Gy in 10 fractions", "20 Gy in 5 fractions"]),
  "tm": ("CA-125", "U/mL", 35), "icd9": "183.0", "icd10": "C56.9",
  "ct": ("peritoneum", "bilateral complex adnexal masses, the larger {size} cm, moderate ascites and omental caking"),
  "mets": ["peritoneum", "liver", "pleura"], "sx": ["fatigue", "neuropathy", "abdominal bloating", "nausea"],
  "gross": "Received fresh are uterus, cervix, bilateral adnexa ({gw} g) and omentum. The right ovary is replaced by a {size} x {s2} x {s3} cm solid and cystic mass with surface excrescences. The omentum contains multiple nodules up to 3 cm.",
  "pathdx": "HIGH-GRADE SEROUS CARCINOMA INVOLVING BILATERAL OVARIES AND OMENTUM"},
 {"key": "melanoma", "sex": None, "heme": False, "short": "melanoma", "histo": "superficial spreading melanoma", "site": "{side} upper back",
  "stages": ["IIA", "IIIB", "IIIC", "IV"], "tnm": ["pT3aN0M0", "pT3bN1aM0", "pT4bN2bM0", "pT3bN1M1c"],
  "present": ["a changing pigmented lesion on the {side} upper back noticed by a spouse", "a bleeding mole of the {side} upper back", "a palpable {side} axillary mass"],
  "biopsy": "shave biopsy of the {side} upper back lesion",
  "regs": [R("high-dose interferon alfa-2b", [("interferon alfa-2b", 20, "million units/m2", "IV", "D1-5 weekly x4 weeks")], 7, 4, 2005, 2012),
           R("dacarbazine", [("dacarbazine", 1000, "mg/m2", "IV", "D1")], 21, 6, 2005, 2011),
           R("pembrolizumab", [("pembrolizumab", 200, "mg", "IV", "D1")], 21, 17, 2015),
           R("ipilimumab/nivolumab", [("nivolumab", 1, "mg/kg", "IV", "D1"), ("ipilimumab", 3, "mg/kg", "IV", "D1")], 21, 4, 2016),
           R("nivolumab", [("nivolumab", 240, "mg", "IV", "D1")], 14, 26, 2016)],
  "surg": ["wide local excision of {side} upper back melanoma with {side} axillary sentinel lymph node biopsy", "{side} axillary lymph node dissection"], "opkey": "wle",
  "rt": ("brain metastasis (stereotactic radiosurgery)", ["20 Gy in 1 fraction", "24 Gy in 3 fractions"]),
  "tm": ("LDH", "U/L", 225), "icd9": "172.5", "icd10": "C43.59",
  "ct": ("chest", "{size} cm enlarged {side} axillary lymph node and two new pulmonary nodules up to 8 mm"),
  "mets": ["lung", "brain", "liver", "subcutaneous tissue"], "sx": ["fatigue", "rash", "pruritus", "diarrhea"],
  "gross": "Received in formalin labeled '{side} upper back, wide local excision' is an ellipse of skin measuring {size} x {s2} cm excised to a depth of {s3} cm with a healing biopsy scar; suture marks 12 o'clock.",
  "pathdx": "MALIGNANT MELANOMA, SUPERFICIAL SPREADING TYPE, BRESLOW THICKNESS 2.{grade} MM"},
]

# --------------------------------------------------------------------------- context
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def phone(r):
    return "(%d) 555-01%02d" % (r.choice([216, 312, 412, 517, 608, 614, 317, 704, 410, 859, 612, 720, 404, 973, 314, 206, 585, 615]), r.randint(0, 99))


class P:
    """A clinician."""
    def __init__(self, r, spec, cred=None):
        self.first = r.choice(MALE + FEMALE)
        self.mi = r.choice(MI)
        self.last = r.choice(LAST)
        self.cred = cred or r.choice(["MD", "MD", "MD", "DO", "MD, PhD", "MD, MPH"])
        self.spec = spec
        self.specname = r.choice(SPEC_NAMES.get(spec, [spec]))

    def full(self, style=0):
        if style == 1:
            return "%s, %s %s %s" % (self.last.upper(), self.first.upper(), self.mi, self.cred.split(",")[0])
        if style == 2:
            return "Dr. %s" % self.last
        if style == 3:
            return "%s %s" % (self.first[0] + ".", self.last)
        return "%s %s. %s, %s" % (self.first, self.mi, self.last, self.cred)


class Ctx:
    def __init__(self, r, cancer=None, phase=None, year=None):
        self.r = r
        self.c = cancer or r.choice(CANCERS)
        c = self.c
        self.sex = c["sex"] or r.choice("MF")
        self.year = year or r.randint(2005, 2023)
        self.date = dt.date(self.year, r.randint(1, 12), r.randint(1, 28))
        lo = 24 if c["key"] in ("hodgkin", "aml") else 36
        self.age = r.randint(lo, 88) if c["key"] != "hodgkin" else r.randint(19, 60)
        self.dob = self.date - dt.timedelta(days=self.age * 365 + r.randint(1, 360))
        self.first = r.choice(MALE if self.sex == "M" else FEMALE)
        self.mi = r.choice(MI)
        self.last = r.choice(LAST)
        self.he, self.him, self.his = ("he", "him", "his") if self.sex == "M" else ("she", "her", "her")
        self.He, self.His = self.he.capitalize(), self.his.capitalize()
        self.man = ("man" if self.sex == "M" else "woman") if self.age >= 25 else ("male" if self.sex == "M" else "female")
        self.mrn = "%0*d" % (r.choice([7, 8, 9]), r.randint(10 ** 5, 10 ** 7 - 1))
        self.acct = "%d" % r.randint(10 ** 8, 10 ** 10)
        self.center = r.choice(CENTERS)
        self.cname, self.cabbr, self.cstreet = self.center[0], self.center[1], self.center[2]
        self.ccity, self.cstate = CITIES[self.center[3] * 3]
        self.czip = "%05d" % r.randint(10000, 99999)
        self.cphone = phone(r)
        self.cfax = phone(r)
        self.city, self.state = r.choice(CITIES)
        self.addr = "%d %s %s" % (r.randint(12, 9899), r.choice(STREETS), r.choice(ST_SUF))
        self.zip = "%05d" % r.randint(10000, 99999)
        self.phone = phone(r)
        self.side = r.choice(["left", "right"])
        self.sc = "2" if self.side == "left" else "1"
        self.size = round(r.uniform(1.2, 7.5), 1)
        self.stage = r.choice(c["stages"])
        self.metastatic = self.stage.startswith("IV") or self.stage in ("adverse-risk",)
        regs = [g for g in c["regs"] if g["y0"] <= self.year <= g["y1"]] or c["regs"][:1]
        self.reg = r.choice(regs)
        self.her2 = self.reg["tag"] == "her2"
        self.cycle = r.randint(1, max(1, min(self.reg["cycles"], 8)))
        self.phase = phase or r.choice(["new", "active", "active", "active", "surveillance", "progression", "eol"])
        back = {"new": (10, 45), "active": (50, 320), "surveillance": (420, 2600), "progression": (300, 1600), "eol": (380, 2000)}[self.phase]
        self.dx_date = self.date - dt.timedelta(days=r.randint(*back))
        self.grade = r.choice([1, 2, 2, 3, 3])
        self.psa = round(r.uniform(6.5, 48), 1)
        self.ca125 = r.randint(180, 2400)
        self.blast = r.randint(24, 88)
        si, tl = c["stages"].index(self.stage), c["tnm"]
        self.tnm = tl[min(len(tl) - 1, int(round(si * (len(tl) - 1) / max(1, len(c["stages"]) - 1))))].format(stage=self.stage)
        self.height = r.randint(152, 172) if self.sex == "F" else r.randint(163, 191)
        self.weight = round(r.uniform(48, 110) * (0.88 if self.phase == "eol" else 1.0), 1)
        self.bsa = round(((self.height * self.weight) / 3600.0) ** 0.5, 2)
        n = r.choice([0, 1, 1, 2, 2, 3, 4])
        pool = [cm for cm in COMORB if not (cm[0] == "benign prostatic hyperplasia" and self.sex == "F")]
        self.comorb = r.sample(pool, n)
        self.home_meds = [r.choice(m) for _, m in self.comorb if m]
        if r.random() < 0.4:
            self.allergies = []
        else:
            self.allergies = r.sample(ALLERGY_POOL, r.choice([1, 1, 2]))
        self.ecog = {"new": r.choice([0, 1, 1]), "active": r.choice([0, 1, 1, 2]), "surveillance": 0,
                     "progression": r.choice([1, 2]), "eol": r.choice([3, 3, 4])}[self.phase]
        self.smoker = r.choice(["never smoker", "former smoker, quit %d years ago, %d pack-years" % (r.randint(2, 30), r.randint(5, 50)),
                                "current smoker, 1 ppd", "never smoked"])
        if c["key"] in ("lung", "hn") and r.random() < 0.7:
            self.smoker = "former smoker, %d pack-years, quit %d" % (r.randint(20, 70), self.year - r.randint(0, 12))
        self.alcohol = r.choice(["occasional wine", "denies alcohol use", "2-3 beers on weekends", "social drinker", "no alcohol"])
        self.spouse = "%s %s" % (r.choice(FEMALE if self.sex == "M" else MALE), self.last)
        self.contact_rel = r.choice(RELS)
        self.contact = "%s %s" % (r.choice(MALE + FEMALE), self.last if r.random() < 0.7 else r.choice(LAST))
        self.contact_phone = phone(r)
        self.payer = r.choice(PAYERS if self.age < 65 else PAYERS[6:] + PAYERS[:3])
        self.memberid = r.choice(["W", "XJ", "H", "ZQK", "M", ""]) + "%09d" % r.randint(0, 10 ** 9 - 1)
        self.group = "%06d" % r.randint(0, 999999)
        self.employer = r.choice(EMPLOYERS) if self.age < 66 else r.choice(["retired", "retired", "retired teacher", "part-time"])
        self.pharmacy = r.choice(PHARMACIES)
        self.race = r.choice(["White", "Black or African American", "Asian", "White", "Hispanic/Latino", "Declined", "Other"])
        self.marital = r.choice(["Married", "Married", "Single", "Widowed", "Divorced", "Partnered"])
        self.lang = r.choice(["English"] * 8 + ["Spanish", "Polish", "Vietnamese"])
        self.ssn4 = "%04d" % r.randint(0, 9999)
        self.onc = P(r, "heme" if c["heme"] else "medonc")
        self.surg = P(r, "surgonc")
        self.radonc = P(r, "radonc")
        self.rad = P(r, "rad")
        self.path = P(r, "path")
        self.anes = P(r, "anes")
        self.crna = P(r, "anes", "CRNA")
        self.ir = P(r, "ir")
        self.pall = P(r, "pall")
        self.hosp = P(r, "hosp")
        self.em = P(r, "em")
        self.card = P(r, "card")
        self.idoc = P(r, "id")
        self.pcp = P(r, "fm", r.choice(["MD", "DO", "MD", "FNP-C"]))
        self.pcp_practice = "%s %s" % (r.choice([c_[0] for c_ in CITIES]), r.choice(["Family Practice", "Internal Medicine Associates", "Primary Care", "Medical Group", "Family Health Center"]))
        self.np = P(r, self.onc.spec, r.choice(["NP", "ANP-BC", "PA-C", "FNP-BC"]))
        self.rn = P(r, "nursing", r.choice(["RN", "RN, OCN", "RN, BSN", "BSN, RN, OCN"]))
        self.rn2 = P(r, "nursing", r.choice(["RN", "RN, OCN", "LPN"]))
        self.fellow = P(r, self.onc.spec, "MD")
        self.resident = P(r, "hosp", "MD")
        self.ds = r.choice([0, 0, 1, 2, 3, 4])
        self.hs = r.choice([0, 0, 1, 1, 2, 3])
        self.hv = {}
        self.neutropenic = self.phase == "active" and r.random() < 0.25
        self.labs = make_labs(self)
        self.vit = make_vitals(self)
        self.room = "%d%s" % (r.randint(3, 12), r.choice(["%02d" % r.randint(1, 40)]))

    # --- convenience
    def f(self, s):
        return s.format(side=self.side, size=self.size, psa=self.psa, ca125=self.ca125, stage=self.stage,
                        s2=round(self.size * 0.8, 1), s3=round(self.size * 0.6, 1), gw=self.r.randint(18, 420),
                        gl=self.r.randint(14, 34), marg=round(self.r.uniform(0.2, 2.5), 1), grade=self.grade,
                        blast=self.blast, sc=self.sc).replace("his/her", self.his)

    def name(self, style=None):
        style = self.r.choice([0, 1, 2, 3]) if style is None else style
        return ["%s %s. %s" % (self.first, self.mi, self.last), "%s, %s %s" % (self.last.upper(), self.first.upper(), self.mi),
                "%s, %s" % (self.last, self.first), "%s %s" % (self.first, self.last)][style]


def set_phase(ctx, ph):
    """Re-derive phase-dependent state when a layout requires a particular phase."""
    r = ctx.r
    ctx.phase = ph
    ctx.__dict__.pop("_meds", None)
    ctx.__dict__.pop("_adm", None)
    ctx.ecog = {"new": r.choice([0, 1, 1]), "active": r.choice([0, 1, 1, 2]), "surveillance": 0,
                "progression": r.choice([1, 2]), "eol": r.choice([3, 3, 4])}[ph]
    ctx.neutropenic = ph == "active" and r.random() < 0.25
    ctx.labs = make_labs(ctx)
    ctx.vit = make_vitals(ctx)


def cap(s):
    return s[:1].upper() + s[1:]


def D(ctx, d=None, style=None):
    d = d or ctx.date
    s = ctx.ds if style is None else style
    if s == 0:
        return d.strftime("%m/%d/%Y")
    if s == 1:
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if s == 2:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if s == 3:
        return d.strftime("%d-%b-%Y").upper()
    return d.strftime("%Y-%m-%d")


def T(r, h0=7, h1=18, ampm=None):
    h, m = r.randint(h0, h1), r.randint(0, 59)
    if ampm is None:
        ampm = r.random() < 0.35
    if ampm:
        return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")
    return "%02d:%02d" % (h, m)


def later(ctx, days):
    return ctx.date + dt.timedelta(days=days)


def icd(ctx):
    if ctx.date < dt.date(2015, 10, 1):
        return ctx.c["icd9"]
    return ctx.f(ctx.c["icd10"])


def site(ctx):
    return ctx.f(ctx.c["site"])


def dx(ctx, short=False):
    c = ctx.c
    if short:
        return "%s %s" % ("metastatic" if ctx.metastatic and not c["heme"] else ("stage " + ctx.stage if not c["heme"] else ctx.stage), c["short"])
    s = ctx.f(c["histo"])
    if c["key"] in ("aml", "cll", "myeloma", "dlbcl", "hodgkin"):
        base = "%s, %s" % (s[0].upper() + s[1:], ctx.stage if "stage" in ctx.stage or "risk" in ctx.stage else "stage " + ctx.stage)
    else:
        base = "Stage %s (%s) %s of the %s" % (ctx.stage, ctx.tnm, s, site(ctx))
    if c["key"] == "breast":
        base += ", ER+/PR+/HER2+" if ctx.her2 else ", ER+/PR+/HER2-"
    if c["key"] == "lung":
        base += ctx.r.choice([", EGFR/ALK negative", ", PD-L1 TPS 60%", ", KRAS G12C mutated", ""])
    if c["key"] == "aml":
        base += ctx.r.choice([", FLT3-ITD positive", ", NPM1 mutated", ", complex karyotype", ", normal karyotype"])
    if c["key"] == "melanoma":
        base += ctx.r.choice([", BRAF V600E mutated", ", BRAF wild-type"])
    if ctx.metastatic and not c["heme"] and c["mets"]:
        base += " with metastases to the %s" % ctx.c["mets"][0]
    return base


def dose(ctx, d):
    drug, amt, unit, route, sched = d
    if unit.startswith("mg/m2"):
        v = amt * ctx.bsa
        if drug == "vincristine" and "max" in route:
            v = min(v, 2.0)
        calc = "%s mg" % (("%.1f" % v) if v < 10 else "%d" % round(v))
    elif unit == "g/m2":
        calc = "%d mg" % round(amt * ctx.bsa * 1000)
    elif unit in ("mg/kg",):
        calc = "%d mg" % round(amt * ctx.weight)
    elif unit == "AUC":
        cr = float(ctx.labs["Creatinine"][0])
        crcl = min(125, (140 - ctx.age) * ctx.weight / (72 * cr) * (0.85 if ctx.sex == "F" else 1))
        calc = "%d mg" % round(amt * (crcl + 25))
    elif unit.endswith("/m2"):
        calc = "%s %s" % (round(amt * ctx.bsa, 1), unit.split("/")[0])
    else:
        calc = "%s %s" % (amt, unit)
    ustr = ("AUC %s" % amt) if unit == "AUC" else "%s %s" % (amt, unit)
    return drug, ustr, calc, route, sched


def reg_line(ctx):
    return "; ".join("%s %s %s %s" % (d[0], d[1], d[3], d[4]) for d in (dose(ctx, x) for x in ctx.reg["drugs"]))


def cycle_str(ctx):
    if ctx.reg["cycles"] == 99:
        return "month %d of %s" % (ctx.cycle + 2, ctx.reg["name"])
    return "cycle %d day 1 of %s" % (ctx.cycle, ctx.reg["name"])


def make_labs(ctx):
    r, k = ctx.r, ctx.c["key"]
    u = r.uniform
    L = {}
    wbc, hgb, plt = u(4.5, 9.5), u(12.0, 14.8) if ctx.sex == "F" else u(13.4, 16.2), u(170, 360)
    if ctx.phase in ("active", "progression", "eol"):
        hgb -= u(0.8, 3.0)
        plt -= u(0, 90)
    if ctx.neutropenic:
        wbc, plt = u(0.3, 1.6), u(22, 110)
    if k == "aml":
        wbc = r.choice([u(0.4, 1.8), u(22, 96)]) if ctx.phase in ("new", "progression") else u(0.2, 2.5)
        hgb, plt = u(6.9, 9.2), u(8, 48)
    if k == "cll":
        wbc = u(22, 140)
    if k == "myeloma":
        hgb = u(8.4, 10.8)
    anc = wbc * (0.02 if k == "aml" else (0.12 if k == "cll" else (u(0.05, 0.3) if ctx.neutropenic else u(0.55, 0.72))))
    L["WBC"] = ("%.1f" % wbc, "K/uL", 4.0, 11.0)
    L["Hemoglobin"] = ("%.1f" % hgb, "g/dL", 12.0 if ctx.sex == "F" else 13.5, 16.0 if ctx.sex == "F" else 17.5)
    L["Hematocrit"] = ("%.1f" % (hgb * 2.98), "%", 36.0 if ctx.sex == "F" else 40.0, 46.0 if ctx.sex == "F" else 52.0)
    L["Platelets"] = ("%d" % plt, "K/uL", 150, 400)
    L["ANC"] = ("%.2f" % anc, "K/uL", 1.8, 7.7)
    L["MCV"] = ("%d" % r.randint(82, 99), "fL", 80, 100)
    L["Sodium"] = ("%d" % r.randint(133, 144), "mmol/L", 135, 145)
    L["Potassium"] = ("%.1f" % u(3.4, 5.0), "mmol/L", 3.5, 5.1)
    L["Chloride"] = ("%d" % r.randint(97, 108), "mmol/L", 98, 107)
    L["CO2"] = ("%d" % r.randint(21, 30), "mmol/L", 22, 29)
    L["BUN"] = ("%d" % r.randint(8, 26), "mg/dL", 7, 20)
    cr = u(0.6, 1.15) if k != "myeloma" else u(0.9, 2.2)
    L["Creatinine"] = ("%.2f" % cr, "mg/dL", 0.6, 1.2)
    L["Glucose"] = ("%d" % r.randint(78, 182), "mg/dL", 70, 99)
    L["Calcium"] = ("%.1f" % (u(8.6, 10.1) if k != "myeloma" else u(9.6, 11.8)), "mg/dL", 8.5, 10.5)
    L["Total protein"] = ("%.1f" % (u(6.2, 7.8) if k != "myeloma" else u(8.4, 10.6)), "g/dL", 6.0, 8.3)
    L["Albumin"] = ("%.1f" % (u(3.5, 4.6) if ctx.phase not in ("eol", "progression") else u(2.3, 3.4)), "g/dL", 3.5, 5.0)
    L["AST"] = ("%d" % r.randint(14, 38 if ctx.phase != "progression" else 90), "U/L", 10, 40)
    L["ALT"] = ("%d" % r.randint(10, 44), "U/L", 7, 56)
    L["Alk phos"] = ("%d" % r.randint(50, 125 if ctx.phase != "progression" else 380), "U/L", 40, 130)
    bili = u(0.3, 1.1) if not (k == "pancreas" and ctx.phase == "new") else u(3.5, 11.8)
    L["Total bilirubin"] = ("%.1f" % bili, "mg/dL", 0.2, 1.2)
    L["Magnesium"] = ("%.1f" % u(1.5, 2.3), "mg/dL", 1.7, 2.2)
    L["LDH"] = ("%d" % r.randint(140, 220 if k not in ("dlbcl", "aml", "melanoma") else 980), "U/L", 120, 225)
    tm = ctx.c["tm"]
    if tm:
        nm, unit, hi = tm
        if nm == "M-spike":
            val = "%.2f" % u(0.2, 3.8)
        elif nm == "PSA":
            val = "%.2f" % (ctx.psa if ctx.phase in ("new", "progression") else u(0.01, 1.5))
        elif nm == "LDH":
            val = L["LDH"][0]
        elif nm == "ESR":
            val = "%d" % r.randint(8, 70)
        else:
            mult = u(1.5, 40) if ctx.phase in ("new", "progression", "eol") else u(0.2, 0.9)
            val = ("%.1f" % (hi * mult)) if hi < 10 else "%d" % (hi * mult)
        L[nm] = (val, unit, 0, hi)
    return L


def flag(v, lo, hi):
    try:
        x = float(v)
    except ValueError:
        return ""
    if hi and x > hi:
        return "H"
    if x < lo:
        return "L"
    return ""


def make_vitals(ctx):
    r = ctx.r
    febrile = ctx.neutropenic and r.random() < 0.7
    return {"T": "%.1f" % (r.uniform(38.2, 39.4) * 9 / 5 + 32 if febrile else r.uniform(97.1, 99.0)),
            "Tc": "%.1f" % (r.uniform(38.2, 39.4) if febrile else r.uniform(36.3, 37.3)),
            "HR": r.randint(96, 124) if febrile else r.randint(62, 98), "BP": "%d/%d" % (r.randint(96, 156), r.randint(56, 94)),
            "RR": r.randint(14, 22), "SpO2": r.randint(91, 100), "febrile": febrile, "pain": r.choice([0, 0, 2, 3, 4, 6, 7])}


def vit_line(ctx, style=None):
    v = ctx.vit
    style = ctx.r.randint(0, 3) if style is None else style
    if style == 0:
        return "T %s F, HR %d, BP %s, RR %d, SpO2 %d%% on room air" % (v["T"], v["HR"], v["BP"], v["RR"], v["SpO2"])
    if style == 1:
        return "Temp: %s C  Pulse: %d  BP: %s  Resp: %d  O2 sat: %d%% RA  Wt: %s kg" % (v["Tc"], v["HR"], v["BP"], v["RR"], v["SpO2"], ctx.weight)
    if style == 2:
        return "VS: %s/%d/%s/%d/%d%%" % (v["T"], v["HR"], v["BP"], v["RR"], v["SpO2"])
    return "BP %s | Pulse %d | Temp %s (%s C) | Resp %d | Ht %d cm | Wt %s kg | SpO2 %d%% | BSA %s m2" % (
        v["BP"], v["HR"], v["T"], v["Tc"], v["RR"], ctx.height, ctx.weight, v["SpO2"], ctx.bsa)

# --------------------------------------------------------------------------- sections & narrative
HEADS = {
    "cc": ["Chief Complaint", "CC", "Reason for Visit", "Reason for visit", "Chief complaint/Reason for visit"],
    "hpi": ["History of Present Illness", "HPI", "History of present illness", "Present Illness", "History"],
    "ihx": ["Interval History", "Interval history", "Subjective", "Since last visit", "Interval Hx"],
    "onc": ["Oncologic History", "Oncology History", "Cancer History", "Treatment History", "Summary of Oncologic History"],
    "pmh": ["Past Medical History", "PMH", "Past History", "Medical History", "PMHx"],
    "psh": ["Past Surgical History", "PSH", "Surgical History", "Prior Surgeries"],
    "meds": ["Medications", "Current Medications", "Meds", "Outpatient Medications", "Home Medications", "Current Outpatient Prescriptions"],
    "all": ["Allergies", "Drug Allergies", "Allergies/Adverse Reactions", "Allergy"],
    "sh": ["Social History", "SH", "Social", "Social Hx"],
    "fh": ["Family History", "FH", "Family Hx"],
    "ros": ["Review of Systems", "ROS", "Systems Review", "Review of systems"],
    "pe": ["Physical Examination", "Physical Exam", "PE", "Exam", "Examination", "Objective"],
    "labs": ["Laboratory Data", "Labs", "Laboratory", "Data", "Pertinent Results", "Lab Results"],
    "img": ["Imaging", "Radiology", "Studies", "Imaging Studies", "Diagnostic Data"],
    "ap": ["Assessment and Plan", "Assessment/Plan", "A/P", "Impression and Plan", "Impression/Plan", "Assessment & Plan"],
    "imp": ["Impression", "Assessment", "Diagnosis", "Diagnoses", "Clinical Impression"],
    "plan": ["Plan", "Recommendations", "Recommendation", "Plan of Care", "Disposition"],
}


def H(ctx, key):
    if key not in ctx.hv:
        ctx.hv[key] = ctx.r.choice(HEADS[key]) if key in HEADS else key
    h = ctx.hv[key]
    if ctx.hs in (0, 2):
        h = h.upper()
    return h + (":" if ctx.hs in (0, 1) else "")


def sec(ctx, key, body, blank=True):
    out = []
    if isinstance(body, str) and ctx.hs in (0, 1) and len(body) < 220 and ctx.r.random() < 0.65:
        out.append("%s %s" % (H(ctx, key), body))
    else:
        out.append(H(ctx, key))
        out.extend(body if isinstance(body, list) else [body])
    if blank:
        out.append("")
    return out


def title(ctx):
    if ctx.sex == "M":
        return "Mr. " + ctx.last
    return ctx.r.choice(["Ms. ", "Mrs. ", "Ms. "]) + ctx.last


def mdy(d):
    return "%s %d" % (MONTHS[d.month - 1], d.year)


def onc_hx(ctx):
    r, c = ctx.r, ctx.c
    d0 = ctx.dx_date
    L = ["%s: Presented with %s." % (D(ctx, d0 - dt.timedelta(days=r.randint(7, 40))), ctx.f(r.choice(c["present"]))),
         "%s: %s -> %s." % (D(ctx, d0), ctx.f(c["biopsy"]).capitalize(), ctx.f(c["histo"]))]
    stg = r.choice(["CT chest/abdomen/pelvis", "PET/CT", "staging CT scans", "MRI and CT"])
    L.append("%s: %s showed %s." % (D(ctx, d0 + dt.timedelta(days=r.randint(3, 14))), stg, ctx.f(c["ct"][1])))
    if ctx.phase != "new":
        start = d0 + dt.timedelta(days=r.randint(15, 40))
        if not c["heme"] and not ctx.metastatic and r.random() < 0.6:
            L.append("%s: %s (Dr. %s)." % (D(ctx, start), ctx.f(r.choice(c["surg"][:2])).capitalize(), ctx.surg.last))
            start += dt.timedelta(days=r.randint(28, 50))
        L.append("%s: C1D1 %s." % (D(ctx, start), ctx.reg["name"]))
        if ctx.phase in ("surveillance", "progression", "eol"):
            L.append("%s: Completed therapy; %s." % (D(ctx, start + dt.timedelta(days=ctx.reg["q"] * min(ctx.reg["cycles"], 6))),
                                                    r.choice(["restaging without evidence of disease", "complete metabolic response on PET", "partial response"])))
            if c["rt"] and r.random() < 0.5:
                L.append("Radiation therapy to %s, %s." % (ctx.f(c["rt"][0]), r.choice(c["rt"][1])))
        if ctx.phase in ("progression", "eol"):
            L.append("%s: Imaging showed progression with new %s lesions." % (D(ctx, ctx.date - dt.timedelta(days=r.randint(5, 60))), c["mets"][0]))
    return L


def hpi(ctx, purpose=None):
    r, c = ctx.r, ctx.c
    t = title(ctx)
    age = "%d-year-old %s" % (ctx.age, ctx.man)
    purpose = purpose or {"new": r.choice(["initial consultation", "evaluation and treatment recommendations", "a new patient visit"]),
                          "active": r.choice(["%s" % cycle_str(ctx), "follow-up on treatment", "evaluation prior to %s" % cycle_str(ctx)]),
                          "surveillance": r.choice(["routine surveillance", "survivorship follow-up", "a 6-month follow-up"]),
                          "progression": r.choice(["review of restaging scans", "follow-up of recent imaging"]),
                          "eol": r.choice(["follow-up", "discussion of goals of care", "worsening symptoms"])}[ctx.phase]
    s = [r.choice(["%s is a %s with %s who presents for %s." % (t, age, dx(ctx), purpose),
                   "The patient is a %s with %s, seen today for %s." % (age, dx(ctx), purpose),
                   "%s %s is a pleasant %s who comes in for %s of %s %s." % (ctx.first, ctx.last, age, purpose, ctx.his, dx(ctx, True)),
                   "%d yo %s w/ %s here for %s." % (ctx.age, "M" if ctx.sex == "M" else "F", dx(ctx), purpose)])]
    s.append("%s initially presented in %s with %s. %s demonstrated %s." % (
        ctx.He, mdy(ctx.dx_date), ctx.f(r.choice(c["present"])), ctx.f(c["biopsy"]).capitalize(), ctx.f(c["histo"])))
    if r.random() < 0.6:
        s.append("Staging imaging showed %s." % ctx.f(c["ct"][1]))
    sx = r.sample(c["sx"], min(len(c["sx"]), r.choice([1, 2])))
    if ctx.phase == "new":
        s.append(r.choice(["%s reports %s." % (ctx.He, " and ".join(sx)), "Currently %s is asymptomatic aside from mild %s." % (ctx.he, sx[0]),
                           "%s is accompanied by %s %s today." % (ctx.He, ctx.his, ctx.contact_rel)]))
    elif ctx.phase == "active":
        s.append("%s started %s on %s and is now due for %s." % (ctx.He, ctx.reg["name"], D(ctx, ctx.date - dt.timedelta(days=ctx.reg["q"] * (ctx.cycle - 1) + 1)), cycle_str(ctx)))
        s.append(r.choice(["Since the last cycle %s has had %s, grade 1." % (ctx.he, " and ".join(sx)),
                           "%s tolerated the last cycle reasonably well with some %s." % (ctx.He, sx[0]),
                           "Reports %s. Denies fevers, chills, mouth sores, diarrhea." % (" and ".join(sx)),
                           "No ED visits since last cycle. Appetite fair. %s." % sx[0].capitalize()]))
    elif ctx.phase == "surveillance":
        s.append(r.choice(["%s completed treatment and has been without evidence of disease since." % ctx.He,
                           "%s feels well with good energy and is back at work." % ctx.He,
                           "No new lumps, bone pain, headaches, or weight loss. Residual %s is improving." % sx[0]]))
    elif ctx.phase == "progression":
        s.append("Recent restaging imaging unfortunately demonstrated new %s lesions. %s reports increasing %s." % (c["mets"][0], ctx.He, sx[0]))
    else:
        s.append("Over the past several weeks %s has become progressively weaker, spending most of the day in bed, with poor oral intake and %s." % (ctx.he, sx[0]))
    return " ".join(s)


def pmh_list(ctx):
    L = [cm[0] for cm in ctx.comorb] or [ctx.r.choice(["No significant past medical history", "None other than above"])]
    return L


def psh_list(ctx):
    r = ctx.r
    L = r.sample(["appendectomy", "cholecystectomy (laparoscopic)", "tonsillectomy as a child", "C-section x2" if ctx.sex == "F" else "inguinal hernia repair",
                  "right knee arthroscopy", "cataract extraction OU", "hysterectomy (benign)" if ctx.sex == "F" else "vasectomy"], r.randint(0, 3))
    if ctx.phase != "new" and r.random() < 0.5:
        L.append("port placement %s" % D(ctx, ctx.dx_date + dt.timedelta(days=20)))
    return L or ["none"]


def meds(ctx):
    if hasattr(ctx, "_meds"):
        return ctx._meds
    r, c = ctx.r, ctx.c
    M = list(ctx.home_meds)
    if ctx.phase in ("active", "progression"):
        for d in ctx.reg["drugs"]:
            if d[3].startswith("PO") and d[0] not in ("prednisone", "dexamethasone"):
                M.append("%s %s %s %s" % (d[0], dose(ctx, d)[2] if "m2" in d[2] else "%s %s" % (d[1], d[2]), d[3], "(%s)" % d[4]))
        M += r.sample(["ondansetron 8 mg PO q8h PRN nausea", "prochlorperazine 10 mg PO q6h PRN nausea",
                       "lorazepam 0.5 mg PO q6h PRN nausea/anxiety", "dexamethasone 4 mg PO BID days 2-3 after chemo",
                       "lidocaine/prilocaine 2.5% cream to port site 1 hour before access", "loperamide 2 mg PO PRN diarrhea",
                       "magic mouthwash 10 mL swish and spit q4h PRN"], r.randint(1, 3))
    if c["heme"] and ctx.phase in ("active", "new"):
        M += ["acyclovir 400 mg PO BID"] + (["allopurinol 300 mg PO daily"] if c["key"] in ("aml", "cll", "dlbcl") else [])
        if c["key"] == "aml":
            M += ["levofloxacin 500 mg PO daily", r.choice(["posaconazole DR 300 mg PO daily", "fluconazole 400 mg PO daily"])]
        if c["key"] == "myeloma":
            M += ["aspirin 81 mg PO daily (VTE prophylaxis)"]
    if c["key"] == "breast" and ctx.phase == "surveillance":
        M.append(r.choice(["anastrozole 1 mg PO daily", "tamoxifen 20 mg PO daily", "letrozole 2.5 mg PO daily"]))
    if c["key"] == "prostate" and ctx.phase != "new":
        M.append("leuprolide 22.5 mg IM every 3 months (last %s)" % D(ctx, ctx.date - dt.timedelta(days=r.randint(10, 80))))
    if ctx.phase in ("progression", "eol") or c["key"] == "pancreas":
        M += [r.choice(["oxycodone 5 mg PO q4h PRN pain", "oxycodone 10 mg PO q4h PRN pain", "hydromorphone 2 mg PO q4h PRN pain"]),
              "senna 8.6 mg 2 tabs PO qhs", r.choice(["docusate 100 mg PO BID", "polyethylene glycol 17 g PO daily"])]
    if ctx.phase == "eol":
        M += [r.choice(["morphine ER 15 mg PO q12h", "fentanyl 25 mcg/hr patch q72h"]), "haloperidol 0.5 mg PO q6h PRN nausea/agitation"]
    if c["key"] == "pancreas" and ctx.phase != "new":
        M.append("pancrelipase 24,000 units with meals")
    seen, out = set(), []
    for m in M:
        k = m.split()[0]
        if k not in seen:
            seen.add(k)
            out.append(m)
    ctx._meds = out
    return out


def allergy_str(ctx):
    if not ctx.allergies:
        return ctx.r.choice(["NKDA", "No Known Allergies", "No known drug allergies", "NKA"])
    return ", ".join("%s (%s)" % a for a in ctx.allergies)


def social(ctx):
    r = ctx.r
    return "%s. Lives in %s with %s %s. %s. %s. Works as/Employment: %s." % (
        r.choice(["Married" if ctx.marital == "Married" else ctx.marital]), ctx.city, ctx.his, ctx.contact_rel if ctx.contact_rel not in ("friend",) else "family",
        ctx.smoker.capitalize(), ctx.alcohol.capitalize(), ctx.employer)


def family(ctx):
    r = ctx.r
    return r.choice(["Mother with breast cancer in her 60s. Father with CAD.", "Noncontributory.", "No family history of malignancy.",
                     "Father died of colon cancer at 71; sister with ovarian cancer.", "Brother with prostate cancer. Mother with diabetes.",
                     "Maternal aunt with breast cancer. No other cancers known.", "Adopted; family history unknown."])


def ros(ctx, style=0):
    r = ctx.r
    pos = set(ctx.c["sx"][:2]) if ctx.phase != "surveillance" else set()
    systems = [("Constitutional", "fatigue" if "fatigue" in pos else ("weight loss" if ctx.phase in ("new", "eol") and r.random() < 0.5 else None), "fevers, chills, night sweats"),
               ("HEENT", "mouth sores" if "mucositis" in pos else None, "vision changes, sore throat"),
               ("Respiratory", "dyspnea on exertion" if "dyspnea on exertion" in pos or "dyspnea" in pos else None, "cough, hemoptysis"),
               ("Cardiovascular", None, "chest pain, palpitations, leg swelling"),
               ("GI", "nausea" if "nausea" in pos else ("diarrhea" if "diarrhea" in pos else None), "abdominal pain, melena, constipation"),
               ("GU", None, "dysuria, hematuria"),
               ("MSK", "bone pain" if "bone pain" in pos else ("arthralgias" if "arthralgias" in pos else None), "joint swelling"),
               ("Neuro", "numbness in fingertips" if "neuropathy" in pos or "neuropathy in the fingertips" in pos else None, "headache, focal weakness"),
               ("Skin", "rash" if "rash" in pos else None, "new lesions, bruising"),
               ("Psych", None, "depression, anxiety")]
    if style == 0:
        return ["%s: %s" % (s, ("Positive for %s. Negative for %s." % (p, n)) if p else "Negative for %s." % n) for s, p, n in systems]
    if style == 1:
        return ["A 10-point review of systems was obtained and is negative except as noted in the HPI" + (" (%s)." % ", ".join(p for _, p, _ in systems if p) if any(p for _, p, _ in systems) else ".")]
    return ["%-16s [%s] neg  %s" % (s + ":", " " if p else "X", ("(+) " + p) if p else "") for s, p, n in systems]


def exam(ctx, brief=False):
    r, k = ctx.r, ctx.c["key"]
    gen = "Well-appearing, in no acute distress." if ctx.ecog <= 1 else ("Chronically ill-appearing, cachectic, lying in bed." if ctx.ecog >= 3 else "Tired-appearing but nontoxic.")
    heent = "Anicteric sclerae. Oropharynx clear, no mucositis or thrush."
    if k == "pancreas" and ctx.phase == "new":
        heent = "Scleral icterus present. Oropharynx clear."
    if k == "hn":
        heent = "Indurated fullness at the %s base of tongue on palpation; %s." % (ctx.side, "mucositis grade 2 with confluent pseudomembranes" if ctx.phase == "active" else "dentition fair")
    if ctx.phase == "active" and "mucositis" in ctx.c["sx"] and k != "hn":
        heent = "Anicteric. Few shallow aphthous ulcers on buccal mucosa (grade 1 mucositis)."
    lymph = "No cervical, supraclavicular or axillary lymphadenopathy."
    if k in ("dlbcl", "hodgkin", "cll") and ctx.phase in ("new", "progression"):
        lymph = "%s cm firm, mobile, nontender %s %s lymph node; additional shotty nodes bilaterally." % (round(ctx.size * 0.6, 1), ctx.side, "cervical" if k != "hodgkin" else "supraclavicular")
    if k == "hn" and ctx.phase == "new":
        lymph = "%s level II neck mass, approximately %s cm, firm and fixed." % (ctx.side.capitalize(), round(ctx.size * 0.9, 1))
    lungs = "Clear to auscultation bilaterally." if not (k == "lung" and ctx.phase != "surveillance") else "Decreased breath sounds at the %s base, scattered rhonchi." % ctx.side
    cv = r.choice(["Regular rate and rhythm, no murmurs, rubs or gallops.", "RRR, S1 S2 normal, no m/r/g.", "Tachycardic, regular." if ctx.vit["HR"] > 100 else "Regular rhythm."])
    abd = "Soft, nontender, nondistended, no hepatosplenomegaly."
    if k == "ovary" and ctx.phase in ("new", "progression", "eol"):
        abd = "Distended with shifting dullness; mildly tender diffusely; no rebound."
    if k == "cll":
        abd = "Soft; spleen tip palpable %d cm below the left costal margin." % r.randint(2, 6)
    if k in ("colon", "pancreas", "ovary") and ctx.phase == "surveillance":
        abd = "Well-healed midline incision. Soft, nontender, no masses."
    ext = "No edema." if ctx.phase != "eol" else "2+ bilateral lower extremity pitting edema."
    skin = "No rash, petechiae or jaundice." if k != "aml" else "Scattered petechiae over bilateral shins; no rash."
    if k == "melanoma":
        skin = "Healed %s upper back excision scar without nodularity. No suspicious pigmented lesions on full skin exam." % ctx.side if ctx.phase != "new" else "%s cm irregular, variegated pigmented lesion %s upper back." % (round(ctx.size * 0.4, 1), ctx.side)
    neuro = "Alert and oriented x3. CN II-XII grossly intact. Strength 5/5 throughout." + (" Decreased light touch sensation in fingertips bilaterally." if ctx.phase == "active" and any("neuropathy" in s for s in ctx.c["sx"]) else "")
    L = [("General", gen), ("HEENT", heent), ("Lymph", lymph), ("Lungs", lungs), ("CV", cv)]
    if k == "breast":
        L.append(("Breasts", ("%s cm firm mass at %d o'clock of the %s breast, %d cm from the nipple." % (ctx.size, r.randint(1, 12), ctx.side, r.randint(2, 6)))
                  if ctx.phase == "new" else "Post-surgical changes of the %s breast, well-healed incision, no masses. Contralateral breast without masses." % ctx.side))
    L += [("Abdomen", abd), ("Extremities", ext), ("Skin", skin), ("Neuro", neuro)]
    if ctx.phase in ("active", "progression") and r.random() < 0.6:
        L.append(("Access", r.choice(["Right chest port site clean, dry and intact; no erythema.", "R IJ port in place, nontender, no erythema or drainage.", "PICC left arm, site C/D/I."])))
    if brief:
        L = [l for l in L if l[0] in ("General", "Lungs", "CV", "Abdomen", "Extremities", "Neuro", "Lymph")]
    return L


def exam_lines(ctx, brief=False, style=None):
    style = ctx.r.randint(0, 2) if style is None else style
    ex = exam(ctx, brief)
    if style == 0:
        return ["%s: %s" % (a, b) for a, b in ex]
    if style == 1:
        return ["%s: %s" % (a.upper(), b) for a, b in ex]
    return [" ".join("%s: %s" % (a, b) for a, b in ex)]


def lab_lines(ctx, names=None, style=None):
    r = ctx.r
    names = names or ["WBC", "Hemoglobin", "Platelets", "ANC", "Sodium", "Potassium", "Creatinine", "AST", "ALT", "Total bilirubin"]
    style = r.randint(0, 2) if style is None else style
    L = ctx.labs
    if style == 0:
        return ["%s %s%s" % (n, L[n][0], (" (" + flag(L[n][0], L[n][2], L[n][3]) + ")") if flag(L[n][0], L[n][2], L[n][3]) else "") for n in names if n in L]
    if style == 1:
        return [", ".join("%s %s" % (n.replace("Hemoglobin", "Hgb").replace("Platelets", "Plt").replace("Creatinine", "Cr").replace("Total bilirubin", "T bili"), L[n][0]) for n in names if n in L) + "."]
    cbc = "%s > %s / %s < %s" % (L["WBC"][0], L["Hemoglobin"][0], L["Hematocrit"][0], L["Platelets"][0])
    bmp = "Na %s  K %s  Cl %s  CO2 %s  BUN %s  Cr %s  Glu %s" % tuple(L[x][0] for x in ["Sodium", "Potassium", "Chloride", "CO2", "BUN", "Creatinine", "Glucose"])
    return ["CBC: " + cbc, "ANC " + L["ANC"][0], bmp]


def plan_text(ctx):
    r, c = ctx.r, ctx.c
    L = ctx.labs
    cyc = ctx.reg["cycles"]
    if ctx.phase == "new":
        s = "We discussed the diagnosis, staging and prognosis at length. I recommend %s%s. " % (
            ctx.reg["name"], (" for %d cycles" % cyc) if cyc != 99 else ", continued until progression or intolerance")
        s += r.choice(["Risks including myelosuppression, infection, nausea, alopecia, neuropathy and fatigue were reviewed; written information was provided. ",
                       "We reviewed expected toxicities and the goal of therapy (%s). " % ("palliative" if ctx.metastatic else "curative"),
                       "Treatment intent is %s. " % ("palliative/disease control" if ctx.metastatic else "curative")])
        s += r.choice(["Will arrange port placement, chemotherapy teaching and baseline labs.", "Orders placed for port, echocardiogram and chemo teaching.",
                       "Case to be presented at multidisciplinary tumor board on Tuesday.", "Patient wishes to proceed; consent signed today."])
        return s
    if ctx.phase == "active":
        if float(L["ANC"][0]) < 1.0 or int(L["Platelets"][0]) < 75:
            return "ANC %s and platelets %s today; treatment held. Recheck CBC in 1 week. %s" % (
                L["ANC"][0], L["Platelets"][0], r.choice(["Will add pegfilgrastim 6 mg SC on day 2 with subsequent cycles.", "Plan 20% dose reduction when resumed.", "Neutropenic precautions reviewed."]))
        return "Labs adequate for treatment (ANC %s, plt %s, Cr %s). Proceed with %s %s. %s" % (
            L["ANC"][0], L["Platelets"][0], L["Creatinine"][0], cycle_str(ctx), r.choice(["at full dose", "at 80% dose", "without modification"]),
            r.choice(["Restaging scans after cycle %d." % min(cyc, ctx.cycle + 2), "Continue antiemetics as prescribed.", "RTC in %d weeks with labs." % max(1, ctx.reg["q"] // 7)]))
    if ctx.phase == "surveillance":
        tm = ("%s today %s. " % (c["tm"][0], L[c["tm"][0]][0])) if c["tm"] else ""
        return "No clinical evidence of recurrent disease. %sContinue surveillance: history and exam every %d months%s. %s" % (
            tm, r.choice([3, 4, 6]), r.choice([", CT chest/abdomen/pelvis annually", ", labs at each visit", " with imaging only as clinically indicated"]),
            r.choice(["Survivorship care plan provided.", "Encouraged exercise and healthy diet.", "Follow up with PCP for routine health maintenance."]))
    if ctx.phase == "progression":
        return "Findings are consistent with progressive disease in the %s. Options discussed include %s, clinical trial enrollment, or best supportive care. %s" % (
            c["mets"][0], r.choice(["second-line systemic therapy", "a change in regimen", "palliative radiation to symptomatic sites"]),
            r.choice(["Patient would like to continue treatment.", "Will screen for protocol %s-%03d." % (ctx.cabbr.split("-")[0], r.randint(10, 999)), "Palliative care referral placed."]))
    return "We had a goals-of-care discussion with the patient and %s. Given declining performance status (ECOG %d) further cancer-directed therapy is unlikely to help. Recommend transition to hospice; code status changed to DNR/DNI. %s" % (
        ctx.contact_rel, ctx.ecog, r.choice(["Hospice referral placed.", "Symptom management optimized as below.", "POLST completed."]))


def ap_lines(ctx, numbered=True):
    r = ctx.r
    items = ["%s - %s" % (dx(ctx), plan_text(ctx))]
    if ctx.phase in ("active", "progression"):
        items.append(r.choice(["Nausea: controlled on ondansetron PRN; continue.", "Neuropathy grade 1: monitor; no dose change.", "Fatigue: encouraged light activity.",
                               "Anemia: Hgb %s, no transfusion needed." % ctx.labs["Hemoglobin"][0], "Diarrhea: loperamide PRN; hydration."]))
    if ctx.phase in ("eol", "progression") or ctx.c["key"] == "pancreas":
        items.append("Cancer-related pain: %s." % r.choice(["continue oxycodone PRN, bowel regimen", "increase long-acting opioid", "refer to palliative care"]))
    for cm in ctx.comorb[:2]:
        items.append("%s: %s." % (cm[0].capitalize(), r.choice(["stable, continue current regimen", "follow with PCP", "monitor"])))
    items.append(r.choice(["Follow-up in %d weeks." % r.choice([1, 2, 3, 4, 6]), "RTC with next cycle.", "Return in 3 months with labs.", "Code status: %s." % ("DNR/DNI" if ctx.phase == "eol" else "Full code")]))
    if numbered:
        return ["%d. %s" % (i + 1, t) for i, t in enumerate(items)]
    return ["# " + t for t in items]


# --------------------------------------------------------------------------- page furniture
def letterhead(ctx, dept=None, style=None):
    r = ctx.r
    style = r.randint(0, 4) if style is None else style
    dept = dept or ctx.onc.specname
    if style == 0:
        return [ctx.cname.upper(), dept, "%s, %s, %s %s" % (ctx.cstreet, ctx.ccity, ctx.cstate, ctx.czip), "Tel %s   Fax %s" % (ctx.cphone, ctx.cfax), ""]
    if style == 1:
        return ["%s | %s" % (ctx.cname, dept), ""]
    if style == 2:
        return [ctx.cabbr + "  " + ctx.cname, "-" * 60, ""]
    if style == 3:
        return ["%s" % ctx.cname, "%s * %s * %s, %s" % (dept, ctx.cstreet, ctx.ccity, ctx.cstate), "Phone %s" % ctx.cphone, ""]
    return []


def ptblock(ctx, style=None, extra=None):
    r = ctx.r
    style = r.randint(0, 4) if style is None else style
    if style == 0:
        L = ["Patient: %s" % ctx.name(1), "MRN: %s" % ctx.mrn, "DOB: %s" % D(ctx, ctx.dob, 0)]
    elif style == 1:
        L = ["Name: %s    MRN: %s    DOB: %s    Sex: %s" % (ctx.name(2), ctx.mrn, D(ctx, ctx.dob, 0), ctx.sex)]
    elif style == 2:
        L = ["%s   #%s   %s   %d%s" % (ctx.name(1), ctx.mrn, D(ctx, ctx.dob, 1), ctx.age, ctx.sex)]
    elif style == 3:
        L = ["PATIENT NAME: %s" % ctx.name(1), "MEDICAL RECORD #: %s     ACCOUNT #: %s" % (ctx.mrn, ctx.acct), "DATE OF BIRTH: %s    AGE: %d" % (D(ctx, ctx.dob, 0), ctx.age)]
    else:
        L = ["%s (MRN %s) DOB %s" % (ctx.name(3), ctx.mrn, D(ctx, ctx.dob, 0))]
    if extra:
        L += extra
    return L + [""]


def esign(ctx, p, style=None, when=None):
    r = ctx.r
    style = r.randint(0, 5) if style is None else style
    when = when or ctx.date
    if style == 0:
        return ["", "Electronically signed by %s on %s at %s" % (p.full(), D(ctx, when), T(r))]
    if style == 1:
        return ["", "%s" % p.full(), p.specname]
    if style == 2:
        return ["", "_" * 30, "%s" % p.full(), "D: %s  T: %s  Job #: %d" % (D(ctx, when, 1), D(ctx, when + dt.timedelta(days=r.randint(0, 2)), 1), r.randint(100000, 999999)),
                r.choice(["Dictated but not read.", "", "cc: %s, %s" % (ctx.pcp.full(), ctx.pcp_practice)])]
    if style == 3:
        return ["", "Signed: %s  %s %s" % (p.full(3), D(ctx, when), T(r, ampm=False))]
    if style == 4:
        return ["", "%s, %s" % (p.full(3), p.cred), "Attending, %s" % p.specname]
    return ["", "Authenticated by %s %s" % (p.full(1), D(ctx, when, 3))]


def fax_header(ctx):
    r = ctx.r
    return "%s %s   FROM: %s   %s   P.%03d/%03d" % (D(ctx, ctx.date + dt.timedelta(days=r.randint(0, 30)), 3), T(r, ampm=False), ctx.cabbr, ctx.cfax,
                                                 r.randint(1, 3), r.randint(3, 9))


OCR_SUB = {"l": "1", "I": "l", "O": "0", "0": "O", "e": "c", "c": "e", "S": "5", "5": "S", "B": "8", "h": "b", "a": "o",
           "t": "f", ".": ",", ",": ".", ":": ";", "i": "l", "1": "l", "g": "q", "u": "v", "n": "ri", "d": "cl", "E": "F"}


def ocr(r, text, level):
    if level == 0:
        return text
    rate = 0.003 if level == 1 else 0.012
    out, i, n = [], 0, len(text)
    while i < n:
        ch = text[i]
        if ch != "\n" and r.random() < rate:
            k = r.random()
            if text[i:i + 2] == "rn":
                out.append("m")
                i += 2
                continue
            if ch in OCR_SUB and k < 0.6:
                out.append(OCR_SUB[ch])
            elif k < 0.72:
                pass
            elif k < 0.84 and ch != " ":
                out.append(ch + " ")
            elif k < 0.9:
                out.append(ch + ch)
            else:
                out.append(r.choice(["'", ".", "`", "~", "|", ","]) + ch)
        else:
            out.append(ch)
        i += 1
    s = "".join(out)
    if level == 2:
        lines = s.split("\n")
        for j in range(len(lines)):
            x = r.random()
            if x < 0.03:
                lines[j] = " ".join(lines[j].split())
            elif x < 0.05:
                lines[j] = "| " + lines[j]
            elif x < 0.06:
                lines[j] = lines[j] + " ."
        s = "\n".join(lines)
    return s


def finalize(ctx, lines, paginate=True, fax=0.12):
    r = ctx.r
    lines = [l.rstrip() for l in lines]
    while lines and not lines[0].strip():
        lines.pop(0)
    if paginate and len(lines) > 48 and r.random() < 0.75:
        per = r.randint(44, 62)
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
        n = len(pages)
        fst = r.randint(0, 3)
        run = r.choice(["%s  MRN %s" % (ctx.name(1), ctx.mrn), "%s, %s (%s)" % (ctx.last, ctx.first, ctx.mrn),
                        "Patient: %s   DOB: %s" % (ctx.name(2), D(ctx, ctx.dob, 0)), ctx.cname])
        out = []
        for i, pg in enumerate(pages):
            if i > 0:
                out += ["", run + ("   (continued)" if r.random() < 0.5 else ""), ""]
            out += pg
            if fst == 0:
                out += ["", "Page %d of %d" % (i + 1, n)]
            elif fst == 1:
                out += ["", "%s%sPage %d" % (ctx.cabbr, " " * 30, i + 1)]
            elif fst == 2:
                out += ["", "Printed %s %s   Page %d/%d" % (D(ctx, ctx.date + dt.timedelta(days=r.randint(0, 400)), 0), T(r, ampm=False), i + 1, n)]
            else:
                out += ["", "CONFIDENTIAL - Contains protected health information.  - %d -" % (i + 1)]
        lines = out
    elif r.random() < 0.35:
        lines += ["", r.choice(["Page 1 of 1", "CONFIDENTIAL", "Printed by: %s%s" % (r.choice(MALE + FEMALE)[0].upper(), r.choice(LAST).upper()[:7]),
                                "This document contains confidential patient information.", "%s - Health Information Management" % ctx.cabbr])]
    if r.random() < fax:
        lines.insert(0, fax_header(ctx))
    text = "\n".join(lines)
    level = r.choice([0, 0, 1, 1, 1, 2])
    return ocr(r, text, level)

# --------------------------------------------------------------------------- admissions (shared scenario)
def admission(ctx, force=None):
    if hasattr(ctx, "_adm") and (force is None or ctx._adm["kind"] == force):
        return ctx._adm
    r, c, k = ctx.r, ctx.c, ctx.c["key"]
    opts = []
    if ctx.phase == "active":
        opts += ["neutfever", "neutfever", "dehydration"]
        if k in ("aml", "dlbcl"):
            opts += ["chemo", "chemo"]
    if not c["heme"] and not ctx.metastatic and ctx.phase in ("new", "surveillance", "active"):
        opts += ["postop", "postop"]
    if ctx.phase in ("progression", "eol"):
        opts += ["pain", "pain", "effusion"]
    if k == "myeloma":
        opts.append("hypercalcemia")
    if k == "pancreas" and ctx.phase in ("new", "progression"):
        opts.append("jaundice")
    if k in ("lung", "pancreas", "ovary", "colon") and ctx.phase != "surveillance":
        opts.append("vte")
    if not opts:
        opts = ["neutfever" if ctx.phase == "active" else "pain"]
    kind = force or r.choice(opts)
    if kind == "neutfever":
        ctx.neutropenic = True
        ctx.labs = make_labs(ctx)
        ctx.vit = make_vitals(ctx)
    a = {"kind": kind, "los": r.randint(2, 9)}
    abx = r.choice(["cefepime 2 g IV q8h", "piperacillin-tazobactam 4.5 g IV q6h", "meropenem 1 g IV q8h"])
    org = r.choice(["no growth", "no growth", "coagulase-negative Staphylococcus in 1 of 2 bottles (likely contaminant)", "Escherichia coli pan-sensitive", "Klebsiella pneumoniae"])
    if kind == "neutfever":
        a["reason"] = "Neutropenic fever"
        a["cc"] = r.choice(["fever", "fever and chills", "fever to %s at home" % ctx.vit["T"]])
        a["course"] = ("Patient presented %d days after %s with fever to %s F and ANC %s. Blood and urine cultures were obtained and %s was started within one hour. "
                       "Chest x-ray showed no infiltrate. Blood cultures grew %s. %s remained hemodynamically stable. Fevers resolved by hospital day %d and ANC recovered to %s. "
                       "Antibiotics were %s.") % (r.randint(7, 12), ctx.reg["name"], ctx.vit["T"], ctx.labs["ANC"][0], abx, org, ctx.He, r.randint(2, 4),
                                                  "%.1f" % r.uniform(0.6, 2.8), r.choice(["transitioned to oral levofloxacin to complete a 7-day course", "discontinued after 48 h afebrile with count recovery", "narrowed to ceftriaxone per sensitivities"]))
        a["procs"] = ["Blood cultures x2", "Chest radiograph"]
    elif kind == "chemo":
        a["reason"] = "Admission for scheduled %s" % ctx.reg["name"]
        a["cc"] = "scheduled chemotherapy"
        a["course"] = ("Admitted electively for %s. Received %s without infusion reaction. Tumor lysis labs were monitored every 12 hours and remained stable on allopurinol and IV fluids. "
                       "Nausea was managed with ondansetron and olanzapine. %s") % (cycle_str(ctx), reg_line(ctx), r.choice(
                           ["Discharged with pegfilgrastim arranged for day +1.", "Counts reached expected nadir and %s required %d unit(s) of PRBC and %d of platelets." % (ctx.he, r.randint(1, 3), r.randint(0, 3)),
                            "Day 14 bone marrow biopsy showed a hypocellular marrow without residual blasts."]))
        a["procs"] = ["Chemotherapy administration", r.choice(["PICC placement", "Bone marrow biopsy", "Transfusion of PRBC"])]
    elif kind == "postop":
        op = ctx.f(r.choice(c["surg"][:2]))
        a["reason"] = "%s, status post %s" % (ctx.f(c["histo"]).capitalize(), op)
        a["cc"] = "elective surgery"
        a["op"] = op
        a["course"] = ("The patient underwent %s on %s without complication (see operative report). Postoperatively %s was managed on the surgical floor. Pain was controlled with %s. "
                       "Diet was advanced to regular on POD %d and %s. %s was ambulating independently, tolerating diet and voiding at discharge. Final pathology is pending / to be reviewed at follow-up.") % (
            op, D(ctx), ctx.he, r.choice(["PCA transitioned to oral oxycodone", "a thoracic epidural and then oral analgesics", "oral oxycodone and acetaminophen"]),
            r.randint(1, 4), r.choice(["return of bowel function was noted on POD 3", "the drain output decreased to <30 mL/day and the drain was removed", "a JP drain remains in place with teaching completed"]), ctx.He)
        a["procs"] = [op]
    elif kind == "pain":
        a["reason"] = "Intractable cancer-related pain"
        a["cc"] = "worsening pain"
        a["course"] = ("Admitted with uncontrolled pain related to %s metastases. Palliative care was consulted; %s was started and titrated, with rescue doses of IV hydromorphone. "
                       "MRI of the spine showed no cord compression. %s Pain improved from %d/10 to %d/10 and %s was transitioned to an oral regimen.") % (
            c["mets"][0], r.choice(["a hydromorphone PCA", "morphine ER", "a fentanyl patch 25 mcg/h"]),
            r.choice(["Radiation oncology delivered 8 Gy in a single fraction to the painful site.", "Goals of care were addressed with the family.", ""]), r.randint(7, 10), r.randint(2, 4), ctx.he)
        a["procs"] = [r.choice(["MRI total spine", "Palliative radiation", "None"])]
    elif kind == "effusion":
        pl = k in ("lung", "breast") or r.random() < 0.5
        a["reason"] = "Malignant %s" % ("pleural effusion" if pl else "ascites")
        a["cc"] = "shortness of breath" if pl else "abdominal distension"
        a["course"] = ("Presented with %s. Imaging showed a large %s. %s removed %d mL of %s fluid; cytology %s. %s") % (
            a["cc"], "%s pleural effusion" % ctx.side if pl else "volume ascites", "Ultrasound-guided thoracentesis" if pl else "Paracentesis", r.randint(900, 4500),
            r.choice(["serosanguinous", "straw-colored", "turbid yellow"]), r.choice(["was positive for malignant cells", "is pending"]),
            r.choice(["An indwelling tunneled %s catheter was placed by IR before discharge." % ("pleural" if pl else "peritoneal"), "Symptoms improved markedly.", "Hospice was discussed."]))
        a["procs"] = ["Thoracentesis" if pl else "Paracentesis"]
    elif kind == "hypercalcemia":
        a["reason"] = "Hypercalcemia of malignancy"
        a["cc"] = "confusion and constipation"
        ctx.labs["Calcium"] = ("%.1f" % r.uniform(12.4, 14.6), "mg/dL", 8.5, 10.5)
        a["course"] = ("Corrected calcium was %s on admission with acute kidney injury (Cr %s). Treated with aggressive IV normal saline, calcitonin 4 units/kg SC q12h x 48 h and zoledronic acid %s mg IV. "
                       "Calcium normalized by hospital day %d and mental status returned to baseline.") % (ctx.labs["Calcium"][0], ctx.labs["Creatinine"][0], r.choice(["4", "3"]), r.randint(3, 5))
        a["procs"] = ["None"]
    elif kind == "jaundice":
        a["reason"] = "Obstructive jaundice due to pancreatic head mass"
        a["cc"] = "jaundice and itching"
        a["course"] = ("Total bilirubin %s on admission. GI performed ERCP with placement of a %s biliary stent on hospital day %d with brushings sent. Bilirubin trended down. "
                       "Tolerated diet. Outpatient oncology follow-up arranged.") % (ctx.labs["Total bilirubin"][0], r.choice(["10 mm x 60 mm fully covered metal", "10 Fr x 9 cm plastic"]), r.randint(1, 3))
        a["procs"] = ["ERCP with biliary stent placement"]
    elif kind == "vte":
        a["reason"] = r.choice(["Acute pulmonary embolism", "%s lower extremity deep vein thrombosis" % ctx.side.capitalize()])
        a["cc"] = "shortness of breath" if "pulm" in a["reason"] else "leg swelling"
        a["course"] = ("CT angiogram confirmed %s. Started on %s. Echocardiogram without RV strain. %s") % (
            a["reason"].lower(), r.choice(["enoxaparin 1 mg/kg SC q12h", "apixaban 10 mg BID x7 days then 5 mg BID" if ctx.year >= 2014 else "enoxaparin 1 mg/kg SC q12h with warfarin bridge", "heparin drip then enoxaparin"]),
            r.choice(["Oxygen weaned to room air.", "Discharged on anticoagulation with teaching.", ""]))
        a["procs"] = ["CT pulmonary angiogram", "Lower extremity duplex"]
    else:
        a["reason"] = r.choice(["Dehydration and acute kidney injury", "Grade 3 mucositis with poor oral intake", "Chemotherapy-induced diarrhea"])
        a["cc"] = r.choice(["poor oral intake", "diarrhea", "weakness"])
        a["course"] = ("Admitted with %s in setting of %s. Treated with IV fluids, electrolyte repletion and %s. Stool C. difficile negative. Creatinine improved from %s to baseline. "
                       "Oral intake improved.") % (a["reason"].lower(), ctx.reg["name"], r.choice(["octreotide", "viscous lidocaine and morphine", "loperamide"]), ctx.labs["Creatinine"][0])
        a["procs"] = ["None"]
    a["admit"] = ctx.date
    a["dc"] = ctx.date + dt.timedelta(days=a["los"])
    a["dispo"] = r.choice(["Home", "Home with home health services", "Home with hospice" if ctx.phase == "eol" else "Home", "Skilled nursing facility" if ctx.age > 70 else "Home with family"])
    ctx._adm = a
    return a


def dc_meds(ctx):
    r = ctx.r
    M = meds(ctx)
    a = admission(ctx)
    new = []
    if a["kind"] == "neutfever" and r.random() < 0.6:
        new.append("levofloxacin 500 mg PO daily x %d days" % r.randint(3, 7))
    if a["kind"] == "vte":
        new.append("enoxaparin 1 mg/kg (%d mg) SC q12h" % round(ctx.weight) if ctx.year < 2014 else "apixaban 5 mg PO BID")
    if a["kind"] == "postop":
        new += ["oxycodone 5 mg PO q4-6h PRN pain #%d" % r.randint(12, 30), "docusate 100 mg PO BID"]
    return M, new


# --------------------------------------------------------------------------- discharge summaries
def ds_classic(ctx):
    r, a = ctx.r, admission(ctx)
    M, new = dc_meds(ctx)
    L = letterhead(ctx, r.choice(["Department of Medicine", ctx.onc.specname, "Inpatient Services"])) + [r.choice(["DISCHARGE SUMMARY", "HOSPITAL DISCHARGE SUMMARY", "Discharge Summary", ""]), ""]
    L += ptblock(ctx, 3)
    L += ["ADMISSION DATE: %s" % D(ctx, a["admit"]), "DISCHARGE DATE: %s" % D(ctx, a["dc"]), "ATTENDING PHYSICIAN: %s" % ctx.onc.full(), ""]
    L += sec(ctx, "ADMITTING DIAGNOSIS", a["reason"] + ".")
    L += ["DISCHARGE DIAGNOSES:", "1. %s." % a["reason"], "2. %s." % dx(ctx)] + ["%d. %s." % (i + 3, cm[0].capitalize()) for i, cm in enumerate(ctx.comorb)] + [""]
    L += sec(ctx, "PROCEDURES", ", ".join(a["procs"]) + ".")
    L += ["HISTORY OF PRESENT ILLNESS:", hpi(ctx, "admission"), "", "HOSPITAL COURSE:", a["course"], ""]
    if r.random() < 0.5:
        L += ["PERTINENT LABS AT DISCHARGE:"] + lab_lines(ctx, style=1) + [""]
    L += ["CONDITION AT DISCHARGE: %s." % r.choice(["Stable", "Good", "Fair", "Improved"]), "DISPOSITION: %s." % a["dispo"], ""]
    L += ["DISCHARGE MEDICATIONS:"] + ["%d. %s" % (i + 1, m) for i, m in enumerate(M + new)] + [""]
    L += ["ALLERGIES: %s" % allergy_str(ctx), "", "FOLLOW-UP:", "%s in %d week(s); labs (CBC, CMP) prior to visit." % (ctx.onc.full(2), r.randint(1, 3))]
    return L + esign(ctx, ctx.onc, 2, a["dc"])


def ds_epic(ctx):
    r, a = ctx.r, admission(ctx)
    M, new = dc_meds(ctx)
    L = [r.choice(["Physician Discharge Summary", "Discharge Summary", "Hem/Onc Discharge Summary", "Hospital Course Summary"]), ""]
    L += ["%s   MRN: %s   Admit: %s   Discharge: %s" % (ctx.name(2), ctx.mrn, D(ctx, a["admit"]), D(ctx, a["dc"])),
          "Provider: %s   Service: %s   Unit: %s" % (ctx.fellow.full(), r.choice(["HEM ONC", "ONC HOSPITALIST", "BMT", "SURG ONC"]), r.choice(["7 West", "ONC 9", "4 North", "Oncology Unit 6B"])), ""]
    L += ["Principal Problem:", "  %s" % a["reason"], "Active Problems:", "  %s" % cap(dx(ctx, True))] + ["  %s" % cm[0].capitalize() for cm in ctx.comorb] + [""]
    L += ["Hospital Course by Problem:"]
    L += ["#%s: %s" % (a["reason"], a["course"])]
    L += ["#%s: %s" % (cap(dx(ctx, True)), plan_text(ctx)), ""]
    L += ["Consults: %s" % ", ".join(r.sample(["Infectious Disease", "Palliative Care", "Nutrition", "Physical Therapy", "Social Work", "Interventional Radiology"], r.randint(1, 3))), ""]
    L += ["Discharge Medications", "START taking these medications:"] + ["  " + m for m in new or ["(none)"]]
    L += ["CONTINUE taking these medications:"] + ["  " + m for m in M]
    if r.random() < 0.5:
        L += ["STOP taking these medications:", "  " + r.choice(["ibuprofen 400 mg", "lisinopril 10 mg (held for AKI)", "multivitamin"])]
    L += ["", "Discharge Condition: %s   Code status: %s" % (r.choice(["stable", "improved"]), "DNR" if ctx.phase == "eol" else "Full"),
          "Diet: %s   Activity: %s" % (r.choice(["Regular", "Neutropenic diet", "Soft"]), r.choice(["as tolerated", "no lifting >10 lbs x 4 weeks"])),
          "Follow-up: %s, %s (%s) on %s" % (ctx.onc.full(), ctx.onc.specname, ctx.cphone, D(ctx, a["dc"] + dt.timedelta(days=r.randint(4, 14))))]
    return L + esign(ctx, ctx.fellow, 0, a["dc"]) + ["Attending: %s" % ctx.onc.full()]


def ds_brief(ctx):
    r, a = ctx.r, admission(ctx)
    L = ptblock(ctx, 2) + ["%s Discharge Note" % r.choice(["", "Brief", "Interim"]), "",
                           "Adm %s / D/C %s. Dx: %s; %s." % (D(ctx, a["admit"], 1), D(ctx, a["dc"], 1), a["reason"], dx(ctx, True)),
                           "Course: " + a["course"], "Dispo: %s. F/u %s clinic %s." % (a["dispo"], ctx.onc.full(2), r.choice(["next week", "in 10 days", "as scheduled"])),
                           "Full D/C summary to follow."]
    return L + esign(ctx, ctx.resident, 3)


def ds_death(ctx):
    r = ctx.r
    set_phase(ctx, "eol")
    a = admission(ctx)
    tod = a["dc"]
    L = letterhead(ctx, "Inpatient Medicine") + [r.choice(["DEATH SUMMARY", "EXPIRATION SUMMARY", "Discharge Summary - Deceased"]), ""] + ptblock(ctx, 0)
    L += ["Date of admission: %s" % D(ctx, a["admit"]), "Date/time of death: %s %s" % (D(ctx, tod), T(r, 0, 23)), "",
          "Cause of death: %s" % r.choice(["Progressive %s" % ctx.c["short"], "Respiratory failure due to metastatic %s" % ctx.c["short"], "Sepsis in the setting of %s" % ctx.c["short"]]), ""]
    L += sec(ctx, "hpi", hpi(ctx))
    L += ["Hospital course:", a["course"] + " " + r.choice([
        "After discussion with the patient and %s, care was transitioned to comfort measures only on hospital day %d." % (ctx.contact_rel, r.randint(2, 5)),
        "Code status was DNR/DNI. The family elected comfort-focused care and the patient was started on a morphine infusion for dyspnea."]),
        "The patient was pronounced dead by %s at the bedside. Family %s present. %s" % (ctx.resident.full(), r.choice(["was", "was not"]),
                                                                                r.choice(["Autopsy was declined.", "Autopsy was offered and declined.", "The medical examiner was not notified (not a reportable death)."])), ""]
    L += ["Organ procurement organization notified: %s, ref #%d." % (r.choice(["yes", "yes"]), r.randint(100000, 999999))]
    return L + esign(ctx, ctx.hosp, 2, tod)


def ds_surgical(ctx):
    r = ctx.r
    ctx.phase = "new" if ctx.phase not in ("surveillance",) else ctx.phase
    ctx.metastatic = False
    a = admission(ctx, "postop")
    op = a.get("op", ctx.f(ctx.c["surg"][0]))
    M, new = dc_meds(ctx)
    L = letterhead(ctx, ctx.surg.specname, 0) + ["%s SERVICE - DISCHARGE SUMMARY" % ctx.surg.specname.upper(), ""] + ptblock(ctx, 1)
    L += ["Date of Admission: %s        Date of Discharge: %s" % (D(ctx, a["admit"]), D(ctx, a["dc"])), "Surgeon: %s" % ctx.surg.full(), "",
          "Preoperative Diagnosis: %s" % dx(ctx), "Operation: %s (%s)" % (op, D(ctx, a["admit"])), "",
          "Brief History:", "%s is a %d-year-old %s with %s referred for resection after %s." % (title(ctx), ctx.age, ctx.man, ctx.c["short"], ctx.f(ctx.c["biopsy"])), "",
          "Postoperative Course:", a["course"], "",
          "Pathology: %s" % r.choice(["pending at discharge", ctx.f(ctx.c["pathdx"]).capitalize() + "; margins negative", "see separate report"]), "",
          "Discharge Instructions: %s" % r.choice(["No driving while on narcotics. No lifting over 10 lb for 6 weeks. May shower.", "JP drain care teaching done. Record outputs daily.", "Call for fever >101.5, wound redness or drainage."]),
          "Discharge Medications: " + "; ".join(M + new), "",
          "Follow-up: Surgical oncology clinic in %d-%d weeks; %s to discuss adjuvant therapy." % (1, 2, ctx.onc.full(2))]
    return L + esign(ctx, r.choice([ctx.surg, ctx.resident]), r.choice([0, 2]), a["dc"])


def ds_narrative(ctx):
    r, a = ctx.r, admission(ctx)
    M, new = dc_meds(ctx)
    L = letterhead(ctx, None, r.choice([0, 3])) + ["Re: %s   DOB %s   MRN %s" % (ctx.name(0), D(ctx, ctx.dob), ctx.mrn),
                                               "Dates of hospitalization: %s through %s" % (D(ctx, a["admit"]), D(ctx, a["dc"])), "cc: %s, %s" % (ctx.pcp.full(), ctx.pcp_practice), ""]
    L += ["%s was admitted to the %s service with %s. %s" % (title(ctx), ctx.onc.specname, a["reason"].lower(), hpi(ctx, "admission")), "",
          a["course"], "",
          "At discharge %s was %s. Discharge labs: %s" % (ctx.he, r.choice(["afebrile and ambulatory", "tolerating a regular diet", "at baseline functional status"]), lab_lines(ctx, style=1)[0]), "",
          "Discharge medications are: %s." % ", ".join(M + new), "",
          "%s will follow up with %s on %s. %s" % (ctx.He, ctx.onc.full(), D(ctx, a["dc"] + dt.timedelta(days=r.randint(5, 15))),
                                                   r.choice(["Please do not hesitate to contact me with questions.", "Home health will see the patient within 48 hours.", "A copy of this summary is being sent to the primary care physician."]))]
    return L + esign(ctx, r.choice([ctx.onc, ctx.hosp]), 2, a["dc"])


# --------------------------------------------------------------------------- history & physical
def hp_full(ctx):
    r, a = ctx.r, admission(ctx)
    L = letterhead(ctx, r.choice(["Hematology/Oncology Inpatient Service", "Department of Medicine"]), r.choice([0, 1, 4]))
    L += [r.choice(["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL", "Admission H&P", "ADMISSION NOTE", ""]), ""] + ptblock(ctx, r.choice([0, 3]))
    L += ["Date of admission: %s    Attending: %s" % (D(ctx, a["admit"]), ctx.onc.full()), "Source: %s" % r.choice(["patient and chart", "patient, %s and outside records" % ctx.contact_rel]), ""]
    L += sec(ctx, "cc", a["cc"].capitalize() + ".")
    L += sec(ctx, "hpi", hpi(ctx, "admission") + " " + r.choice([
        "%s was in %s usual state of health until %d days ago when %s developed %s." % (ctx.He, ctx.his, r.randint(1, 5), ctx.he, a["cc"]),
        "On the day of admission %s noted %s and called the oncology triage line; %s was directed to the ED." % (ctx.he, a["cc"], ctx.he)]))
    L += sec(ctx, "onc", onc_hx(ctx))
    L += sec(ctx, "pmh", ["- " + x for x in pmh_list(ctx)])
    L += sec(ctx, "psh", ", ".join(psh_list(ctx)))
    L += sec(ctx, "meds", ["- " + m for m in meds(ctx)])
    L += sec(ctx, "all", allergy_str(ctx))
    L += sec(ctx, "sh", social(ctx))
    L += sec(ctx, "fh", family(ctx))
    L += sec(ctx, "ros", ros(ctx, r.choice([0, 1, 2])))
    L += sec(ctx, "pe", [vit_line(ctx)] + exam_lines(ctx))
    L += sec(ctx, "labs", lab_lines(ctx))
    L += sec(ctx, "ap", ["%s %d-year-old %s with %s admitted with %s." % (r.choice(["In summary,", "Summary:", ""]), ctx.age, ctx.man, dx(ctx, True), a["reason"].lower())] + ap_lines(ctx, r.random() < 0.6))
    L += ["DVT prophylaxis: %s. Code status: %s." % (r.choice(["enoxaparin 40 mg SC daily", "SCDs (thrombocytopenia)", "heparin 5000 units SC q8h"]), "DNR/DNI" if ctx.phase == "eol" else "Full code")]
    return L + esign(ctx, r.choice([ctx.resident, ctx.fellow, ctx.hosp]), r.choice([0, 2, 3])) + ["Attending attestation: I saw and examined the patient and agree with the above. " + ctx.onc.full(3) if r.random() < 0.5 else ""]


def hp_interval(ctx):
    r = ctx.r
    set_phase(ctx, "active")
    L = ptblock(ctx, r.choice([1, 2])) + [r.choice(["Interval History and Physical", "H&P Update", "Admission H&P - Scheduled Chemotherapy", "Pre-admission update"]), "Date: %s" % D(ctx), ""]
    L += ["%s is admitted for %s. %s" % (title(ctx), cycle_str(ctx), r.choice(["The H&P dated %s was reviewed; the patient was re-examined and there are no interval changes." % D(ctx, later(ctx, -r.randint(3, 25))),
                                                                                 "No interval changes since clinic visit of %s except as noted." % D(ctx, later(ctx, -r.randint(2, 14)))])), ""]
    L += ["Interval: %s" % r.choice(["none", "mild fatigue", "new grade 1 neuropathy", "weight down %d lb" % r.randint(2, 6)])]
    L += ["Vitals: " + vit_line(ctx, 0), "Exam: " + exam_lines(ctx, True, 2)[0], "Labs: " + lab_lines(ctx, style=1)[0], "",
          "Plan: proceed with %s per treatment plan. Hydration, antiemetics per protocol. TLS monitoring." % ctx.reg["name"]]
    return L + esign(ctx, ctx.np, r.choice([0, 3]))


def hp_preop(ctx):
    r = ctx.r
    ctx.metastatic = False
    op = ctx.f(r.choice(ctx.c["surg"]))
    L = letterhead(ctx, ctx.surg.specname) + [r.choice(["PREOPERATIVE HISTORY AND PHYSICAL", "Pre-Op H&P", "Surgical History and Physical"]), ""] + ptblock(ctx, 0)
    L += ["Date of surgery: %s    Surgeon: %s" % (D(ctx, later(ctx, r.randint(0, 7))), ctx.surg.full()), "Planned procedure: %s" % op, ""]
    L += sec(ctx, "hpi", "%s is a %d-year-old %s with %s diagnosed by %s on %s. %s %s" % (
        title(ctx), ctx.age, ctx.man, ctx.c["short"], ctx.f(ctx.c["biopsy"]), D(ctx, ctx.dx_date), "Imaging showed " + ctx.f(ctx.c["ct"][1]) + ".",
        r.choice(["After tumor board discussion, upfront resection was recommended.", "%s completed neoadjuvant %s." % (ctx.He, ctx.reg["name"]), "%s presents for definitive surgical management." % ctx.He])))
    L += sec(ctx, "pmh", ", ".join(pmh_list(ctx)) + ".")
    L += sec(ctx, "psh", ", ".join(psh_list(ctx)) + ".")
    L += sec(ctx, "meds", "; ".join(ctx.home_meds) or "None.")
    L += sec(ctx, "all", allergy_str(ctx))
    L += ["Anesthesia history: %s" % r.choice(["no personal or family history of anesthetic complications", "PONV with prior surgery", "none"]), "",
          "Social: %s. %s." % (ctx.smoker.capitalize(), ctx.alcohol.capitalize()), ""]
    L += sec(ctx, "pe", [vit_line(ctx, 1)] + exam_lines(ctx, True, 0))
    L += ["Airway: Mallampati %s" % r.choice(["I", "II", "III"]), "",
          "Assessment: %s; appropriate candidate for %s." % (dx(ctx), op), "Plan: Consent obtained. NPO after midnight. %s. Type and screen. %s" % (
              r.choice(["Cefazolin 2 g IV on call to OR", "Ertapenem 1 g IV preop", "Alvimopan preop"]), r.choice(["Heparin 5000 units SC preop.", "SCDs.", "Marking done in holding."]))]
    return L + esign(ctx, r.choice([ctx.surg, ctx.np]), r.choice([0, 1, 4]))


def hp_resident(ctx):
    r, a = ctx.r, admission(ctx)
    L = ["%s Admission Note" % r.choice(["HEME/ONC", "ONCOLOGY", "Medicine Night Float", "BMT"]), "%s %s  Rm %s" % (D(ctx), T(r, 0, 23), ctx.room), ""]
    L += ["ID/CC: %d%s w/ %s admitted for %s." % (ctx.age, ctx.sex, dx(ctx, True), a["cc"]), "", "HPI: " + hpi(ctx, "admission"), "",
          "In ED: %s. %s" % (vit_line(ctx, 2), r.choice(["Blood cx x2 sent, given cefepime.", "Given 1L NS and IV morphine 4 mg.", "CTA chest done.", "Given ondansetron, 2L LR."])), "",
          "Onc hx:"] + ["  " + x for x in onc_hx(ctx)]
    L += ["", "PMHx: " + ", ".join(pmh_list(ctx)), "Meds: " + ", ".join(meds(ctx)), "All: " + allergy_str(ctx), "SHx: " + ctx.smoker + ", " + ctx.alcohol, "FHx: " + family(ctx), "",
          "ROS: per HPI, otherwise 12-pt negative", "", "PE:"] + exam_lines(ctx, False, 0) + ["", "Labs:"] + lab_lines(ctx, style=2) + ["", "A/P:"] + ap_lines(ctx, False)
    L += ["", "FEN: %s / PPx: %s / Code: %s / Dispo: %s" % (r.choice(["regular diet, replete lytes", "NPO except meds", "neutropenic diet"]),
                                                        r.choice(["SCDs", "lovenox", "heparin SQ"]), "DNR" if ctx.phase == "eol" else "FULL", "pending clinical improvement")]
    return L + esign(ctx, ctx.resident, 3)


def hp_form(ctx):
    r, a = ctx.r, admission(ctx)
    X = lambda b: "[X]" if b else "[ ]"
    L = letterhead(ctx, "Inpatient Admission", 2) + ["ADMISSION HISTORY & PHYSICAL EXAMINATION   Form %s-%d (rev %d/%02d)" % (ctx.cabbr, r.randint(100, 999), r.randint(1, 12), r.randint(5, 19)), ""]
    L += ptblock(ctx, 1) + ["Admit date: %s  Time: %s   Admitted from: %s ED  %s Clinic  %s Direct" % (D(ctx), T(r), X(a["kind"] != "chemo"), X(False), X(a["kind"] == "chemo")), ""]
    L += ["Chief complaint: %s" % a["cc"], "", "History of present illness:", hpi(ctx, "admission"), ""]
    L += ["Past medical history: %s" % ", ".join(pmh_list(ctx)), "Allergies: %s NKDA  %s See list: %s" % (X(not ctx.allergies), X(bool(ctx.allergies)), allergy_str(ctx) if ctx.allergies else ""),
          "Medications reviewed: %s Yes  %s No" % (X(True), X(False)), "Tobacco: %s Never %s Former %s Current" % (X("never" in ctx.smoker), X("former" in ctx.smoker), X("current" in ctx.smoker)), ""]
    L += ["REVIEW OF SYSTEMS"] + ros(ctx, 2) + ["", "PHYSICAL EXAMINATION   " + vit_line(ctx, 1)]
    for s, t in exam(ctx):
        L.append("%-12s %s WNL  %s Abn: %s" % (s, X("No " in t or "Clear" in t or "Soft" in t or "Regular" in t or "Well" in t), X(not ("No " in t or "Clear" in t or "Soft" in t or "Regular" in t or "Well" in t)), t))
    L += ["", "Assessment/Plan:"] + ap_lines(ctx) + ["", "Code status: %s Full  %s DNR  %s DNR/DNI" % (X(ctx.phase != "eol"), X(False), X(ctx.phase == "eol"))]
    return L + ["", "Physician signature: ____________________   %s   Date/Time: %s %s" % (ctx.hosp.full(), D(ctx), T(r))]


def hp_hospitalist(ctx):
    r, a = ctx.r, admission(ctx)
    L = [r.choice(["Hospital Medicine Admission H&P", "Oncology Hospitalist Admission Note", "Hospitalist History & Physical"]), "%s  |  %s  |  %s" % (ctx.name(2), ctx.mrn, D(ctx)), "PCP: %s (%s)" % (ctx.pcp.full(), ctx.pcp_practice), "Primary oncologist: %s" % ctx.onc.full(), ""]
    L += sec(ctx, "cc", a["cc"])
    L += sec(ctx, "hpi", hpi(ctx, "admission"))
    L += sec(ctx, "pmh", ["%s" % x for x in pmh_list(ctx)] + [dx(ctx)])
    L += sec(ctx, "meds", meds(ctx))
    L += sec(ctx, "all", allergy_str(ctx))
    L += sec(ctx, "sh", social(ctx))
    L += sec(ctx, "ros", ros(ctx, 1))
    L += sec(ctx, "pe", [vit_line(ctx, 3)] + exam_lines(ctx, False, 1))
    L += sec(ctx, "labs", lab_lines(ctx, ["WBC", "Hemoglobin", "Platelets", "ANC", "Sodium", "Potassium", "Creatinine", "Calcium", "Albumin", "Total bilirubin", "LDH"], 0))
    L += sec(ctx, "imp", "%s in a patient with %s." % (a["reason"], dx(ctx)))
    L += sec(ctx, "plan", ap_lines(ctx))
    L += ["Expected length of stay: %d-%d days. Inpatient status certified; services are reasonable and necessary." % (a["los"] - 1, a["los"] + 1)]
    return L + esign(ctx, ctx.hosp, r.choice([0, 5]))

# --------------------------------------------------------------------------- progress notes
def pn_soap(ctx):
    r, a = ctx.r, admission(ctx)
    hd = r.randint(2, a["los"] + 1)
    L = ["%s Progress Note - HD#%d" % (r.choice(["Hem/Onc", "Oncology", "Medicine", "BMT"]), hd), "%s %s" % (D(ctx, later(ctx, hd - 1)), T(r, 6, 11)), ctx.name(2) + "  " + ctx.mrn, ""]
    L += ["S: " + r.choice(["No acute events overnight. ", "Overnight spiked to 38.4, cultures sent. ", "Slept poorly, pain 5/10. "]) + r.choice(
        ["Tolerating PO. Denies CP/SOB.", "Nausea improved with olanzapine.", "Ambulating in hallway with PT.", "Family at bedside, questions answered."]), "",
          "O: " + vit_line(ctx, 2), "I/O: %d/%d" % (r.randint(900, 2600), r.randint(700, 2400))] + ["  " + x for x in exam_lines(ctx, True, 0)] + ["Labs: " + lab_lines(ctx, style=1)[0], ""]
    L += ["A/P: %d%s w/ %s, HD#%d for %s." % (ctx.age, ctx.sex, dx(ctx, True), hd, a["reason"].lower())] + ap_lines(ctx, False)
    return L + esign(ctx, r.choice([ctx.resident, ctx.fellow]), 3)


def pn_clinic(ctx):
    r = ctx.r
    if ctx.phase == "new":
        set_phase(ctx, "active")
    L = letterhead(ctx) + [r.choice(["Follow-Up Visit", "Return Visit", "Established Patient Visit", "Clinic Note", "%s Follow Up" % ctx.onc.specname, ""]),
                           "Date of service: %s" % D(ctx), "Provider: %s" % ctx.onc.full(), ""] + ptblock(ctx)
    L += sec(ctx, "dx", dx(ctx)) if False else ["Diagnosis: " + dx(ctx), ""]
    L += sec(ctx, "onc", onc_hx(ctx))
    L += sec(ctx, "ihx", hpi(ctx))
    L += sec(ctx, "meds", meds(ctx))
    L += sec(ctx, "all", allergy_str(ctx))
    L += sec(ctx, "ros", ros(ctx, r.choice([0, 1])))
    L += sec(ctx, "pe", [vit_line(ctx, 3), "ECOG performance status: %d" % ctx.ecog] + exam_lines(ctx))
    L += sec(ctx, "labs", lab_lines(ctx, list(ctx.labs.keys())[:10] + ([ctx.c["tm"][0]] if ctx.c["tm"] else []), 0))
    L += sec(ctx, "ap", ap_lines(ctx))
    if r.random() < 0.5:
        L += ["I spent %d minutes with the patient, more than half in counseling and coordination of care." % r.choice([25, 30, 40, 45])]
    return L + esign(ctx, ctx.onc, r.choice([0, 1, 2, 4]))


def pn_attest(ctx):
    r = ctx.r
    L = ["ATTENDING NOTE", "%s  %s" % (ctx.name(0), D(ctx)), "",
         "I saw and evaluated the patient with %s, discussed the case and agree with the findings and plan as documented in the %s note of today's date with the following additions:" % (ctx.fellow.full(), r.choice(["fellow's", "resident's", "NP's"])), "",
         hpi(ctx).split(". ")[0] + ". " + r.choice(["Today %s looks better." % ctx.he, "Exam notable for %s." % exam(ctx)[r.randint(1, 4)][1].lower(), "Remains afebrile."]), "",
         plan_text(ctx)]
    return L + esign(ctx, ctx.onc, r.choice([0, 3]))


def pn_survivorship(ctx):
    r = ctx.r
    set_phase(ctx, "surveillance")
    L = letterhead(ctx, r.choice(["Survivorship Clinic", "Cancer Survivorship Program", "Long-Term Follow-Up Clinic"])) + ptblock(ctx, 1)
    L += ["Visit type: %s" % r.choice(["Survivorship follow-up", "Annual surveillance", "Transition to survivorship"]), "", "Cancer diagnosis: " + dx(ctx), "Treatment summary:"] + ["  " + x for x in onc_hx(ctx)] + [""]
    L += sec(ctx, "ihx", hpi(ctx))
    L += ["Late/long-term effects screening:"] + ["  %s: %s" % (x, r.choice(["none", "mild", "improving", "present, see plan"])) for x in r.sample(["Fatigue", "Neuropathy", "Cognitive changes", "Lymphedema", "Sexual health", "Sleep", "Fear of recurrence", "Cardiac", "Bone health"], 5)]
    L += ["Distress thermometer: %d/10" % r.randint(0, 6), ""]
    L += sec(ctx, "pe", [vit_line(ctx)] + exam_lines(ctx, True))
    L += sec(ctx, "ap", ap_lines(ctx) + ["Health maintenance: %s." % r.choice(["colonoscopy due", "mammogram up to date", "DEXA ordered", "influenza vaccine given today"])])
    return L + esign(ctx, r.choice([ctx.np, ctx.onc]), r.choice([0, 1]))


def pn_otv(ctx):
    r = ctx.r
    set_phase(ctx, "active")
    rx = r.choice(ctx.c["rt"][1])
    tot = r.choice([25, 28, 30, 33, 35, 39, 16, 15])
    fx = r.randint(3, tot)
    L = letterhead(ctx, ctx.radonc.specname, r.choice([1, 2, 4])) + [r.choice(["Weekly On-Treatment Visit", "RADIATION ONCOLOGY - ON TREATMENT VISIT", "OTV Note", "Weekly Management Note"]), ""]
    L += ptblock(ctx, 2) + ["Treatment site: %s" % ctx.f(ctx.c["rt"][0]), "Prescription: %s" % rx, "Fraction: %d of %d     Cumulative dose: %.1f Gy" % (fx, tot, fx * r.choice([1.8, 2.0, 2.12, 2.66])),
                            "Concurrent systemic therapy: %s" % (ctx.reg["name"] if r.random() < 0.5 else "none"), ""]
    tox = [("Fatigue", r.randint(0, 2)), ("Dermatitis", r.randint(0, 2)), ("Mucositis" if ctx.c["key"] == "hn" else "Esophagitis" if ctx.c["key"] == "lung" else "Diarrhea" if ctx.c["key"] in ("colon", "prostate") else "Pain", r.randint(0, 3))]
    L += ["Toxicity (CTCAE v%s):" % ("3.0" if ctx.year < 2010 else "4.0" if ctx.year < 2018 else "5.0")] + ["  %s: grade %d" % t for t in tox]
    L += ["", "Subjective: " + r.choice(["Tolerating treatment well.", "Reports increasing skin irritation; using Aquaphor.", "Painful swallowing, on liquid diet.", "Mild fatigue, working part-time."]),
          "Weight: %s kg (baseline %s kg)" % (ctx.weight, round(ctx.weight + r.uniform(0, 4), 1)), "Exam: " + r.choice(["Faint erythema in treatment field.", "Dry desquamation in inframammary fold.", "Confluent mucositis posterior oropharynx.", "No skin breakdown."]),
          "Port films / CBCT reviewed and approved.", "", "Plan: Continue treatment as planned. %s" % r.choice(["Magic mouthwash prescribed.", "Silvadene to moist areas.", "Nutrition referral.", "See next week."])]
    return L + esign(ctx, ctx.radonc, r.choice([0, 4]))


def pn_problem(ctx):
    r, a = ctx.r, admission(ctx)
    L = ["Daily Progress Note", "Service: %s   Date: %s" % (r.choice(["Leukemia", "Solid Tumor Oncology", "Lymphoma/Myeloma", "Oncology Hospitalist"]), D(ctx, later(ctx, r.randint(1, 5)))), ptblock(ctx, 4)[0], "",
         "Overnight events: " + r.choice(["none", "Tmax 38.1", "required PRN hydromorphone x2", "1 unit PRBC transfused for Hgb 6.9", "rapid response for hypotension, resolved with fluids"]), "",
         "Subjective: " + r.choice(["Feels somewhat better.", "Ongoing fatigue.", "Pain controlled.", "Eating about half of meals."]),
         "Objective: " + vit_line(ctx, 0)] + exam_lines(ctx, True, 1) + ["Labs:"] + lab_lines(ctx, style=2) + [""]
    probs = [("#" + a["reason"], a["course"].split(". ")[0] + ". Continue current management."), ("#" + cap(dx(ctx, True)), plan_text(ctx))]
    for cm in ctx.comorb[:2]:
        probs.append(("#" + cm[0].capitalize(), "continue home regimen"))
    probs.append(("#FEN/PPx/Code", "regular diet / SCDs / %s" % ("DNR" if ctx.phase == "eol" else "Full code")))
    for p, t in probs:
        L += [p, "- " + t]
    return L + esign(ctx, r.choice([ctx.resident, ctx.np, ctx.hosp]), r.choice([0, 3]))


def pn_tele(ctx):
    r = ctx.r
    ctx.year = max(ctx.year, 2020)
    ctx.date = dt.date(ctx.year, r.randint(1, 12), r.randint(1, 28))
    L = [r.choice(["Telehealth Visit", "Video Visit Progress Note", "Telephone Visit"]), "Date: %s" % D(ctx), ptblock(ctx, 4)[0], "",
         "This visit was conducted via %s with patient consent due to %s. Patient located at home in %s; provider located at %s." % (
             r.choice(["two-way audio/video", "telephone (audio only)"]), r.choice(["COVID-19 public health emergency", "patient preference", "travel distance"]), ctx.state, ctx.cabbr), ""]
    L += sec(ctx, "ihx", hpi(ctx))
    L += ["Exam: limited to visual inspection; %s" % r.choice(["appears comfortable, speaking full sentences", "no respiratory distress", "alert, conversant"]), ""]
    L += sec(ctx, "labs", lab_lines(ctx, style=1))
    L += sec(ctx, "ap", ap_lines(ctx))
    L += ["Total time: %d minutes." % r.choice([15, 20, 25, 30])]
    return L + esign(ctx, r.choice([ctx.onc, ctx.np]), 0)


# --------------------------------------------------------------------------- consultations
def cn_medonc(ctx):
    r = ctx.r
    set_phase(ctx, "new")
    L = letterhead(ctx, None, r.choice([0, 3])) + [r.choice(["NEW PATIENT CONSULTATION", "Medical Oncology Consultation", "Initial Consultation", "CONSULTATION REPORT", ""]), ""] + ptblock(ctx, r.choice([0, 3]))
    L += ["Date of consultation: %s" % D(ctx), "Referring physician: %s" % ctx.r.choice([ctx.pcp, ctx.surg]).full(), ""]
    if r.random() < 0.5:
        L += ["Dear Dr. %s," % ctx.pcp.last, "", "Thank you for referring %s for evaluation of %s. %s was seen today in the %s clinic." % (title(ctx), ctx.c["short"], ctx.He, ctx.onc.specname), ""]
    L += sec(ctx, "cc", r.choice(["New diagnosis of %s." % ctx.c["short"], "Establish care", "Treatment recommendations"]))
    L += sec(ctx, "hpi", hpi(ctx))
    L += sec(ctx, "pmh", ", ".join(pmh_list(ctx)))
    L += sec(ctx, "psh", ", ".join(psh_list(ctx)))
    L += sec(ctx, "meds", ctx.home_meds or ["None"])
    L += sec(ctx, "all", allergy_str(ctx))
    L += sec(ctx, "sh", social(ctx))
    L += sec(ctx, "fh", family(ctx))
    L += sec(ctx, "ros", ros(ctx, 0))
    L += sec(ctx, "pe", [vit_line(ctx, 3), "ECOG %d" % ctx.ecog] + exam_lines(ctx))
    L += sec(ctx, "labs", lab_lines(ctx, style=0))
    L += sec(ctx, "img", "%s %s: %s." % (r.choice(["CT C/A/P", "PET/CT", "MRI"]), D(ctx, later(ctx, -r.randint(5, 20))), ctx.f(ctx.c["ct"][1])))
    L += sec(ctx, "imp", "%s %d-year-old %s with newly diagnosed %s." % (title(ctx), ctx.age, ctx.man, dx(ctx)))
    L += sec(ctx, "plan", ap_lines(ctx))
    L += ["Thank you for allowing us to participate in the care of this patient." if r.random() < 0.6 else ""]
    return L + esign(ctx, ctx.onc, r.choice([1, 2, 4]))


def cn_radonc(ctx):
    r = ctx.r
    rx = r.choice(ctx.c["rt"][1])
    L = letterhead(ctx, ctx.radonc.specname) + [r.choice(["RADIATION ONCOLOGY CONSULTATION", "Consultation - Radiation Oncology", "Initial Radiation Oncology Evaluation"]), ""] + ptblock(ctx, 3)
    L += ["Referring: %s    Date: %s" % (ctx.onc.full(), D(ctx)), ""]
    L += sec(ctx, "cc", "Consideration of radiation therapy to the %s." % ctx.f(ctx.c["rt"][0]))
    L += sec(ctx, "hpi", hpi(ctx))
    L += ["Prior radiation: %s" % r.choice(["none", "none", "none to this region"]), "Connective tissue disease: %s" % r.choice(["none", "denies"]), "Pacemaker/ICD: %s" % r.choice(["no", "no"]), ""]
    L += sec(ctx, "pmh", ", ".join(pmh_list(ctx)))
    L += sec(ctx, "meds", ", ".join(meds(ctx)))
    L += sec(ctx, "pe", [vit_line(ctx, 1), "KPS %d" % (100 - ctx.ecog * 20 if ctx.ecog < 4 else 30)] + exam_lines(ctx, True))
    L += sec(ctx, "imp", dx(ctx))
    L += ["RECOMMENDATIONS:", "We recommend radiation therapy to the %s to %s%s. %s" % (ctx.f(ctx.c["rt"][0]), rx, " concurrent with %s" % ctx.reg["name"] if r.random() < 0.3 else "",
                                                                                         r.choice(["Intent is curative.", "Intent is palliative for symptom control.", "This is given in the adjuvant setting to reduce the risk of local recurrence."])),
          "Acute side effects (fatigue, skin reaction, %s) and late effects (%s) were discussed. Informed consent obtained." % (
              r.choice(["mucositis", "esophagitis", "diarrhea", "cystitis"]), r.choice(["fibrosis", "xerostomia", "second malignancy (rare)", "pneumonitis"])),
          "CT simulation scheduled for %s." % D(ctx, later(ctx, r.randint(3, 14)))]
    return L + esign(ctx, ctx.radonc, r.choice([0, 2, 4]))


def cn_surg(ctx):
    r = ctx.r
    set_phase(ctx, "new")
    ctx.metastatic = False
    op = ctx.f(r.choice(ctx.c["surg"]))
    L = letterhead(ctx, ctx.surg.specname, r.choice([0, 1, 3])) + ["Surgical Oncology New Patient Consultation" if r.random() < 0.5 else "SURGICAL CONSULTATION", ""] + ptblock(ctx)
    L += ["Requesting physician: %s" % ctx.r.choice([ctx.onc, ctx.pcp]).full(), ""]
    L += sec(ctx, "hpi", hpi(ctx))
    L += sec(ctx, "pmh", ", ".join(pmh_list(ctx)))
    L += sec(ctx, "psh", ", ".join(psh_list(ctx)))
    L += sec(ctx, "meds", ctx.home_meds or ["none"])
    L += sec(ctx, "all", allergy_str(ctx))
    L += sec(ctx, "sh", social(ctx))
    L += sec(ctx, "pe", [vit_line(ctx)] + exam_lines(ctx))
    L += ["Pathology reviewed: %s" % ctx.f(ctx.c["pathdx"]).lower().capitalize(), "Imaging personally reviewed: %s" % ctx.f(ctx.c["ct"][1]), ""]
    L += sec(ctx, "ap", "%s %s. The tumor appears resectable. I recommend %s. We discussed the operation in detail including risks of bleeding, infection, anastomotic leak, "
             "injury to adjacent structures, need for further surgery and anesthesia risks, as well as expected recovery. %s" % (
                 title(ctx), dx(ctx), op, r.choice(["Will obtain cardiology clearance.", "Surgery tentatively scheduled for %s." % D(ctx, later(ctx, r.randint(10, 30))),
                                                   "Will present at tumor board to discuss neoadjuvant therapy first."])))
    return L + esign(ctx, ctx.surg, r.choice([1, 2, 4]))


def cn_palliative(ctx):
    r = ctx.r
    set_phase(ctx, r.choice(["progression", "eol"]))
    L = [r.choice(["PALLIATIVE CARE CONSULTATION", "Supportive Care Consult Note", "Palliative Medicine Initial Consult"]), D(ctx), ptblock(ctx, 4)[0],
         "Requested by: %s for %s" % (ctx.onc.full(), r.choice(["symptom management", "goals of care", "pain control and advance care planning"])), ""]
    L += sec(ctx, "hpi", hpi(ctx))
    L += ["ESAS (0-10): Pain %d, Tiredness %d, Nausea %d, Depression %d, Anxiety %d, Drowsiness %d, Appetite %d, Well-being %d, Dyspnea %d" % tuple(r.randint(0, 9) for _ in range(9)), "",
          "Current opioid regimen: %s. Oral morphine equivalent ~%d mg/24h." % (", ".join(m for m in meds(ctx) if any(o in m for o in ("oxycodone", "morphine", "fentanyl", "hydromorphone"))) or "none", r.randint(15, 180)), ""]
    L += sec(ctx, "pe", [vit_line(ctx), "PPS %d%%" % r.choice([30, 40, 50, 60])] + exam_lines(ctx, True))
    L += ["Goals of care discussion:", "Met with patient and %s (%s). Patient understands that the cancer is %s. %s values %s. %s" % (
        ctx.contact, ctx.contact_rel, r.choice(["not curable", "progressing despite treatment"]), ctx.He, r.choice(["being at home", "time with grandchildren", "not being a burden", "comfort"]),
        r.choice(["Health care proxy is %s." % ctx.contact, "Patient elected DNR/DNI; POLST completed.", "Patient wishes to continue treatment but would not want CPR."])), ""]
    L += sec(ctx, "plan", ["1. Pain: %s" % r.choice(["start morphine ER 15 mg q12h with IR 5 mg q2h PRN", "rotate to hydromorphone", "add dexamethasone 4 mg daily"]),
                           "2. Constipation: senna 2 tabs BID, add PEG.", "3. Nausea: haloperidol 0.5 mg q6h PRN.", "4. Hospice information provided.", "5. Will follow."])
    return L + esign(ctx, ctx.pall, r.choice([0, 3]))


def cn_cardio(ctx):
    r = ctx.r
    ef = r.randint(38, 64)
    L = letterhead(ctx, "Cardio-Oncology Program") + ["Cardiology Consultation", ""] + ptblock(ctx, 1) + ["Requesting: %s   Reason: %s" % (ctx.onc.full(), r.choice(["baseline risk assessment prior to anthracycline", "decline in LVEF on trastuzumab", "QTc prolongation", "new atrial fibrillation during chemotherapy"])), ""]
    L += sec(ctx, "hpi", hpi(ctx) + " Cardiac history: %s." % r.choice(["none", "hypertension", "remote MI with stent 2009", "paroxysmal AF"]))
    L += sec(ctx, "meds", meds(ctx))
    L += sec(ctx, "pe", [vit_line(ctx)] + ["JVP not elevated. RRR, no murmur. Lungs clear. No edema."])
    L += ["Echo %s: LVEF %d%%, GLS -%d%%. ECG: %s." % (D(ctx, later(ctx, -r.randint(1, 20))), ef, r.randint(13, 21), r.choice(["sinus rhythm, QTc 438", "NSR, nonspecific ST-T changes", "sinus tachycardia"])), "",
          "Impression/Recommendations:", "- %s" % ("LVEF %d%% preserved; may proceed with planned therapy." % ef if ef >= 53 else "LVEF %d%%, decline >10 points; recommend holding trastuzumab and starting carvedilol 3.125 mg BID and lisinopril 2.5 mg daily." % ef),
          "- Repeat echocardiogram in %d months." % r.choice([3, 3, 6]), "- Optimize BP and lipids.", "Thank you for this consult."]
    return L + esign(ctx, ctx.card, r.choice([0, 4]))


def cn_id(ctx):
    r = ctx.r
    set_phase(ctx, "active")
    ctx.neutropenic = True
    ctx.labs, ctx.vit = make_labs(ctx), make_vitals(ctx)
    L = ["INFECTIOUS DISEASES CONSULTATION", "Date: %s  Consultant: %s" % (D(ctx), ctx.idoc.full()), ptblock(ctx, 4)[0], "Reason: %s" % r.choice(["persistent neutropenic fever", "pulmonary nodules in neutropenic host", "bacteremia", "antimicrobial recommendations"]), ""]
    L += sec(ctx, "hpi", hpi(ctx, "inpatient evaluation") + " Fever persists on day %d of %s. ANC %s." % (r.randint(3, 6), r.choice(["cefepime", "meropenem"]), ctx.labs["ANC"][0]))
    L += ["Antimicrobial exposure: %s" % ", ".join(r.sample(["cefepime", "vancomycin", "levofloxacin ppx", "posaconazole ppx", "acyclovir ppx", "meropenem"], 3)), ""]
    L += sec(ctx, "pe", [vit_line(ctx)] + exam_lines(ctx, True))
    L += ["Micro: blood cx %s; urine cx negative; galactomannan %s; beta-D-glucan %s." % (r.choice(["NGTD x3 days", "2/2 bottles GPC in clusters"]), r.choice(["0.9 (positive)", "0.1 (negative)"]), r.choice(["<31", "146"])),
          "CT chest: %s" % ctx.f(CANCERS[6]["ct"][1]) if r.random() < 0.5 else "CXR: no acute process.", ""]
    L += sec(ctx, "imp", "Persistent neutropenic fever in %d%s with %s." % (ctx.age, ctx.sex, dx(ctx, True)))
    L += ["Recommendations:", "1. Continue %s." % r.choice(["cefepime", "meropenem"]), "2. %s" % r.choice(["Start voriconazole 6 mg/kg IV q12h x2 then 4 mg/kg q12h; check trough day 5.", "Add vancomycin pending cultures.", "Switch posaconazole to liposomal amphotericin B 5 mg/kg."]),
          "3. Repeat blood cultures for fever. 4. We will follow with you."]
    return L + esign(ctx, ctx.idoc, 3)


# --------------------------------------------------------------------------- operative notes
OPDESC = {
    "breast": ["Isosulfan blue dye 5 mL and technetium-99m sulfur colloid were used for sentinel node mapping. A curvilinear incision was made overlying the wire-localized lesion. Dissection was carried down and the lesion excised with a margin of grossly normal tissue, oriented with sutures. Specimen radiograph confirmed the clip and lesion within the specimen. Separate axillary incision; %d blue and hot sentinel nodes were excised (highest count %d). Hemostasis was obtained, cavity marked with clips, and the wound closed in layers with 3-0 Vicryl and 4-0 Monocryl."],
    "lung": ["The patient was positioned in the lateral decubitus position. Single-lung ventilation was achieved with a double-lumen tube. Three ports were placed. The fissure was completed with staplers. The pulmonary vein, arterial branches and bronchus were individually divided with endoscopic staplers. The specimen was removed in a bag. Mediastinal lymph node stations 2R/4R, 7, 10 and 11 were dissected (%d nodes). Leak test negative at 25 cm H2O. A 24 Fr chest tube was placed. Ports closed (estimated pressure %d)."],
    "colon": ["Pneumoperitoneum established via Hasson technique. Four trocars placed. The sigmoid colon was mobilized medial to lateral; the inferior mesenteric artery was identified, ureter protected, and the IMA ligated with a vessel sealer. Distal transection with an endoscopic stapler. The specimen was exteriorized via a Pfannenstiel incision and the proximal margin divided. End-to-end stapled anastomosis (29 mm EEA) performed; leak test negative and donuts complete. %d port sites closed; skin closed with staples (%d)."],
    "whipple": ["An upper midline incision was made. No peritoneal or hepatic metastases. Kocher maneuver performed. Cholecystectomy. Common hepatic duct divided. Gastroduodenal artery ligated after test clamp. The pancreatic neck was divided over the SMV/portal vein; the uncinate was dissected off the SMA. Reconstruction: duct-to-mucosa pancreaticojejunostomy, end-to-side hepaticojejunostomy, antecolic gastrojejunostomy. Two %d Fr drains placed. Fascia closed with looped PDS (%d)."],
    "prostate": ["Robotic ports placed and the da Vinci system docked. The space of Retzius was developed. Endopelvic fascia incised, dorsal venous complex ligated. Bladder neck dissected, vasa and seminal vesicles mobilized. Bilateral nerve sparing was performed. Apical dissection and urethral division. Bilateral pelvic lymph node dissection. Vesicourethral anastomosis with barbed suture over a %d Fr Foley; leak test negative. Drain placed (%d)."],
    "debulk": ["Vertical midline laparotomy. Approximately %d mL of ascites aspirated and sent for cytology. Findings as above. Total abdominal hysterectomy and bilateral salpingo-oophorectomy performed. Infracolic omentectomy. Peritoneal nodules stripped from the pelvic peritoneum and diaphragm. Residual disease <1 cm (optimal cytoreduction). Fascia closed with running loop PDS (%d)."],
    "wle": ["Lymphoscintigraphy localized drainage to the ipsilateral axilla. Isosulfan blue injected intradermally. Elliptical excision with 2 cm margins carried down to fascia and oriented. %d blue/hot sentinel nodes removed from the axilla (counts %d). Layered closure with advancement flaps."],
    "neck": ["The patient was intubated nasotracheally. Transoral robotic resection of the base of tongue tumor was performed with frozen section margins negative. Neck: apron incision, subplatysmal flaps raised, levels II-IV dissected preserving the spinal accessory nerve, internal jugular vein and sternocleidomastoid. %d drains placed; closure in layers (%d)."],
    "lnbx": ["A %d cm transverse incision was made over the palpable node. Dissection carried through the platysma. The node was identified, dissected free with care to preserve surrounding nerves, and removed intact. Specimen sent FRESH for flow cytometry and lymphoma protocol. Hemostasis; closure with 4-0 subcuticular Monocryl (%d)."],
    "port": ["The right internal jugular vein was accessed under real-time ultrasound guidance with a micropuncture needle. A guidewire was advanced under fluoroscopy. A subcutaneous pocket was created on the right chest wall. The catheter was tunneled, cut to length with tip at the cavoatrial junction, and connected to the %d Fr single-lumen port. The port aspirated and flushed easily and was accessed and heparin-locked (100 units/mL, %d mL). Pocket closed in two layers."],
}


def op_desc(ctx):
    r = ctx.r
    t = OPDESC[ctx.c["opkey"]][0]
    return t % (r.randint(1, 9), r.randint(2, 40))


def op_common(ctx, op):
    r = ctx.r
    return {"pre": dx(ctx), "post": r.choice(["Same", "Same as above", dx(ctx)]), "op": op, "ebl": r.choice([10, 25, 50, 100, 150, 300, 450]),
            "anes": r.choice(["General endotracheal", "General", "General with epidural", "MAC with local"]), "fluids": "%d mL crystalloid" % r.randint(500, 4000),
            "spec": r.choice(["as above to pathology", "%s to pathology" % op.split(" with ")[0], "to pathology, permanent"]), "urine": "%d mL" % r.randint(80, 900)}


def op_classic(ctx):
    r = ctx.r
    ctx.metastatic = False
    op = ctx.f(r.choice(ctx.c["surg"]))
    c = op_common(ctx, op)
    L = letterhead(ctx, ctx.surg.specname, r.choice([0, 2, 4])) + [r.choice(["OPERATIVE REPORT", "OPERATIVE NOTE", "Operation Report", ""]), ""] + ptblock(ctx, 3)
    L += ["DATE OF OPERATION: %s" % D(ctx), "", "PREOPERATIVE DIAGNOSIS: %s" % c["pre"], "", "POSTOPERATIVE DIAGNOSIS: %s" % c["post"], "", "PROCEDURE(S) PERFORMED: %s" % op.capitalize(), "",
          "SURGEON: %s" % ctx.surg.full(), "ASSISTANT(S): %s" % r.choice([ctx.resident.full() + " (resident)", "None", ctx.np.full()]), "ANESTHESIA: %s" % c["anes"],
          "ANESTHESIOLOGIST: %s" % ctx.anes.full(), "ESTIMATED BLOOD LOSS: %d mL" % c["ebl"], "FLUIDS: %s" % c["fluids"], "URINE OUTPUT: %s" % c["urine"],
          "SPECIMENS: %s" % c["spec"], "DRAINS: %s" % r.choice(["None", "19 Fr Blake", "15 Fr JP x1"]), "COMPLICATIONS: None apparent.", "CONDITION: Stable to PACU.", ""]
    L += ["INDICATIONS FOR PROCEDURE:", "%s %d-year-old %s with %s. Risks, benefits and alternatives were discussed and informed consent obtained." % (title(ctx), ctx.age, ctx.man, dx(ctx)), "",
          "FINDINGS: %s" % r.choice(["Tumor as expected without evidence of metastatic disease.", "No peritoneal disease.", "Frozen section margins negative.", "Enlarged firm node consistent with lymphoma."]), "",
          "DESCRIPTION OF PROCEDURE:", "The patient was identified in the preoperative holding area and brought to the operating room and placed supine. %s anesthesia was induced. A time-out was performed confirming patient, procedure and site. Preoperative antibiotics were given. The field was prepped and draped in sterile fashion. %s" % (c["anes"], op_desc(ctx)),
          "All sponge, needle and instrument counts were correct x2. The patient tolerated the procedure well and was extubated and taken to the recovery room in stable condition. %s was present and scrubbed for the entire procedure." % ctx.surg.full(2)]
    return L + esign(ctx, ctx.surg, r.choice([0, 2, 5]))


def op_port(ctx):
    r = ctx.r
    L = letterhead(ctx, r.choice(["General Surgery", "Surgical Oncology"]), r.choice([1, 4])) + [r.choice(["Operative Note - Port Placement", "OPERATIVE REPORT", "Procedure: Venous access device insertion"]), ""] + ptblock(ctx, 0)
    L += ["Date: %s" % D(ctx), "Pre-op diagnosis: %s, need for long-term venous access for chemotherapy" % dx(ctx, True), "Post-op diagnosis: same",
          "Operation: Placement of %s %s internal jugular %s with fluoroscopic guidance" % (r.choice(["right", "right", "left"]), "", r.choice(["single-lumen Port-A-Cath", "Bard PowerPort 8 Fr", "MediPort"])),
          "Surgeon: %s    Anesthesia: %s" % (ctx.surg.full(), r.choice(["MAC with 1% lidocaine local", "Local with IV sedation", "General LMA"])), "EBL: minimal   Complications: none", "",
          "Procedure in detail:", OPDESC["port"][0] % (r.choice([6, 8, 9]), r.choice([3, 5])), "Post-procedure chest x-ray: no pneumothorax; catheter tip at the cavoatrial junction. Port OK to use today."]
    return L + esign(ctx, ctx.surg, r.choice([0, 3]))


def op_brief(ctx):
    r = ctx.r
    op = ctx.f(r.choice(ctx.c["surg"]))
    c = op_common(ctx, op)
    L = ["BRIEF OPERATIVE NOTE" if r.random() < 0.6 else "Brief Op Note / Immediate Post-procedure Note", "%s %s" % (D(ctx), T(r, 9, 19)), ptblock(ctx, 4)[0], ""]
    L += ["Pre-op Dx: %s" % c["pre"], "Post-op Dx: %s" % c["post"], "Procedure: %s" % op, "Surgeon: %s; Assistant: %s" % (ctx.surg.full(3), ctx.resident.full(3)), "Anesthesia: %s" % c["anes"],
          "Findings: %s" % r.choice(["as expected", "no gross residual disease", "frozen section: margins negative"]), "EBL: %d mL" % c["ebl"], "Specimens: %s" % c["spec"], "Drains: %s" % r.choice(["none", "JP x1"]),
          "Complications: none", "Disposition: PACU in stable condition", "Full dictation to follow."]
    return L + esign(ctx, ctx.resident, 3)


def op_narrative(ctx):
    r = ctx.r
    op = ctx.f(r.choice(ctx.c["surg"]))
    L = letterhead(ctx, ctx.surg.specname, 0) + ptblock(ctx, 3, ["SURGEON: %s" % ctx.surg.full(1), "DATE OF SURGERY: %s" % D(ctx)])
    L += ["%s, a %d-year-old %s with %s, was brought to the operating room on %s for %s. After the induction of general anesthesia and appropriate positioning, a surgical time-out was completed. "
          "%s The estimated blood loss was %d mL. Specimens were sent to pathology. There were no complications. Counts were correct. The patient was awakened and transported to the recovery room in satisfactory condition." % (
              title(ctx), ctx.age, ctx.man, dx(ctx, True), D(ctx), op, op_desc(ctx), r.choice([20, 50, 100, 250]))]
    return L + esign(ctx, ctx.surg, 2)


def op_findings_first(ctx):
    r = ctx.r
    op = ctx.f(r.choice(ctx.c["surg"]))
    c = op_common(ctx, op)
    procs = [op] + r.sample(["intraoperative ultrasound", "flexible cystoscopy", "diagnostic laparoscopy", "frozen section x2", "placement of On-Q pain pump"], r.randint(1, 2))
    L = [ctx.cname, "OPERATION RECORD", "", "Name of patient: %s    Hosp No: %s    Theatre: OR %d" % (ctx.name(0), ctx.mrn, r.randint(1, 24)), "Date: %s" % D(ctx), "",
         "Operations:"] + ["  %d. %s" % (i + 1, p) for i, p in enumerate(procs)] + ["",
         "Operating surgeon: %s   First assistant: %s" % (ctx.surg.full(), ctx.resident.full()), "Anaesthetist: %s   Anesthesia type: %s" % (ctx.anes.full(), c["anes"]), "",
         "Findings:", "  " + ctx.f(ctx.c["ct"][1]).capitalize() + ".", "", "Procedure:", "  " + op_desc(ctx), "",
         "Closure: %s" % r.choice(["Absorbable subcuticular", "Staples", "Dermabond"]), "Blood loss: %d mL" % c["ebl"], "Post-op instructions: %s" % r.choice(["Routine obs, DVT prophylaxis tonight", "NPO tonight, sips tomorrow", "Drain output monitoring; ambulate POD1"])]
    return L + esign(ctx, ctx.surg, 4)


def op_robotic(ctx):
    r = ctx.r
    op = ctx.f(ctx.c["surg"][0])
    c = op_common(ctx, op)
    L = letterhead(ctx, ctx.surg.specname, 3) + ptblock(ctx, 1) + [
        "Date of Procedure: %s" % D(ctx), "Attending Surgeon: %s" % ctx.surg.full(), "Indications: %s" % dx(ctx), "", "Procedure: %s" % op, "",
        "Anesthesia: %s.  Antibiotic: %s at %s.  VTE prophylaxis: %s." % (c["anes"], r.choice(["cefazolin 2 g", "cefoxitin 2 g", "ampicillin-sulbactam 3 g"]), T(r, 7, 9), r.choice(["SCDs + heparin 5000 units SC", "SCDs"])),
        "Timeout: performed at %s with all team members." % T(r, 7, 10), "", "Operative Details:", op_desc(ctx), "",
        "EBL %d mL. IVF %s. UOP %s. Wound class %s. Specimen(s): %s." % (c["ebl"], c["fluids"], c["urine"], r.choice(["I", "II"]), c["spec"]),
        "Attestation: I was present for the entire procedure. %s" % ctx.surg.full()]
    return L + esign(ctx, ctx.surg, r.choice([0, 5]))

# --------------------------------------------------------------------------- procedure notes
def pr_hdr(ctx, names, dept):
    r = ctx.r
    return letterhead(ctx, dept, r.choice([1, 2, 4])) + [r.choice(names), ""] + ptblock(ctx)


def pr_bm(ctx):
    r = ctx.r
    L = pr_hdr(ctx, ["BONE MARROW ASPIRATION AND BIOPSY", "Procedure Note: Bone Marrow Biopsy", "BMBx procedure note", "Procedure"], ctx.onc.specname)
    L += ["Date: %s   Operator: %s   Supervising: %s" % (D(ctx), r.choice([ctx.np, ctx.fellow]).full(), ctx.onc.full()), "Indication: %s" % r.choice(["staging of " + ctx.c["short"], "day 14 post-induction assessment", "restaging", "evaluation of cytopenias in patient with " + ctx.c["short"]]), "",
          "Consent: Risks (bleeding, infection, pain) explained; written consent signed. Time-out performed.", "Platelets %s, INR %.1f." % (ctx.labs["Platelets"][0], r.uniform(0.9, 1.3)),
          "Sedation: %s" % r.choice(["none; lorazepam 1 mg PO premedication", "local only", "moderate sedation (fentanyl 50 mcg, midazolam 1 mg IV)"]), "",
          "The patient was placed in the %s lateral decubitus position. The %s posterior iliac crest was identified, prepped with chlorhexidine and draped. %d mL of 1%% lidocaine was infiltrated to the periosteum. "
          "Using a %s needle, %d mL of aspirate was obtained for morphology, flow cytometry, cytogenetics and FISH%s. A %.1f cm core biopsy was then obtained. Pressure held; sterile dressing applied." % (
              r.choice(["left", "right"]), ctx.side, r.randint(5, 15), r.choice(["Jamshidi 11G", "11-gauge Jamshidi", "OnControl powered"]), r.randint(5, 20), r.choice(["", " and NGS", " and MRD"]), r.uniform(1.0, 2.4)), "",
          "EBL: minimal. Complications: none. Patient tolerated procedure well. Post-procedure instructions given."]
    return L + esign(ctx, r.choice([ctx.np, ctx.fellow]), r.choice([0, 3]))


def pr_ir_port(ctx):
    r = ctx.r
    L = pr_hdr(ctx, ["IR PROCEDURE NOTE", "Interventional Radiology - Port Placement", "IMAGE-GUIDED CHEST PORT PLACEMENT"], ctx.ir.specname)
    L += ["Procedure: Right internal jugular tunneled chest port placement under US and fluoroscopic guidance", "Operator: %s   Date: %s" % (ctx.ir.full(), D(ctx)),
          "Indication: chemotherapy for %s" % ctx.c["short"], "Sedation: moderate sedation, fentanyl %d mcg and midazolam %d mg IV in divided doses, intraservice time %d min, independent observer RN present" % (r.choice([50, 75, 100]), r.choice([1, 2, 3]), r.randint(15, 40)),
          "Fluoroscopy time: %.1f min  Contrast: none" % r.uniform(0.2, 2.5), "", "Findings/Technique:", OPDESC["port"][0] % (r.choice([6, 8]), r.choice([3, 5])), "",
          "Impression: Successful placement of right IJ %s. Tip at cavoatrial junction. Ready for use." % r.choice(["PowerPort", "single-lumen port", "8 Fr power-injectable port"])]
    return L + esign(ctx, ctx.ir, r.choice([0, 5]))


def pr_para(ctx):
    r = ctx.r
    pl = ctx.c["key"] in ("lung", "breast") or r.random() < 0.4
    vol = r.randint(800, 5200 if not pl else 1500)
    L = pr_hdr(ctx, ["Procedure Note", "THORACENTESIS" if pl else "PARACENTESIS", "Bedside Procedure Note"], r.choice([ctx.ir.specname, "Oncology Procedure Clinic"]))
    L += ["Procedure: Ultrasound-guided %s %s" % ("diagnostic and therapeutic", "thoracentesis (%s)" % ctx.side if pl else "paracentesis"), "Indication: %s in patient with %s" % ("symptomatic pleural effusion" if pl else "tense malignant ascites", dx(ctx, True)),
          "Consent obtained. Time-out completed. Site: %s" % ("%s posterior chest, 8th intercostal space" % ctx.side if pl else "left lower quadrant"), "",
          "Under ultrasound guidance, after sterile prep and local anesthesia with 1%% lidocaine, a %s catheter was introduced and %d mL of %s fluid was removed%s. Samples sent for cell count, %s, cytology." % (
              r.choice(["5 Fr Yueh", "8 Fr", "safety-T"]), vol, r.choice(["straw-colored", "serosanguinous", "cloudy yellow"]), "" if pl else "; albumin %d g given IV" % (6 * vol // 1000 * 1) if vol > 5000 else "", "LDH, protein" if pl else "albumin, culture"),
          "Post-procedure %s" % ("CXR: no pneumothorax." if pl else "vitals stable."), "Complications: none."]
    return L + esign(ctx, r.choice([ctx.ir, ctx.np]), r.choice([0, 3]))


def pr_lp(ctx):
    r = ctx.r
    L = pr_hdr(ctx, ["LUMBAR PUNCTURE WITH INTRATHECAL CHEMOTHERAPY", "Procedure note: LP/IT chemo", "Lumbar Puncture"], ctx.onc.specname)
    L += ["Date: %s  Performed by: %s" % (D(ctx), r.choice([ctx.fellow, ctx.np]).full()), "Indication: CNS prophylaxis, %s" % ctx.c["short"], "Plt %s; anticoagulants held." % ctx.labs["Platelets"][0], "",
          "Patient placed in %s position. L%d-L%d interspace identified, prepped and draped. Local 1%% lidocaine. A 22G %s spinal needle was inserted on the %s pass. Opening pressure %d cm H2O. %d mL clear, colorless CSF collected for cell count, protein, glucose, cytology and flow cytometry. "
          "%s was then instilled intrathecally after independent double-check by two RNs. Needle removed, bandage applied. Patient to lie flat for 30 minutes." % (
              r.choice(["left lateral decubitus", "seated"]), r.choice([3, 4]), r.choice([4, 5]), r.choice(["Quincke", "Whitacre"]), r.choice(["first", "second"]), r.randint(10, 22), r.randint(6, 12),
              r.choice(["Methotrexate 12 mg (preservative-free) in 6 mL", "Cytarabine 50 mg", "Methotrexate 12 mg, cytarabine 40 mg and hydrocortisone 15 mg (triple IT)"])), "Complications: none."]
    return L + esign(ctx, ctx.fellow, r.choice([0, 3, 4]))


def pr_endo(ctx):
    r = ctx.r
    k = ctx.c["key"]
    kind = "EUS" if k == "pancreas" else ("Colonoscopy" if k in ("colon",) else r.choice(["EGD", "Colonoscopy"]))
    L = [ctx.cname + " - Endoscopy Unit", r.choice(["Procedure Report", "%s Report" % kind, "ENDOSCOPY REPORT"]), "", ptblock(ctx, 1)[0], "Date of Procedure: %s" % D(ctx),
         "Endoscopist: %s (%s)" % (P(r, "gi").full(), r.choice(SPEC_NAMES["gi"])), "Referring: %s" % ctx.onc.full(), "Procedure: %s" % {"EUS": "Upper EUS with FNA", "Colonoscopy": "Colonoscopy with biopsy", "EGD": "Esophagogastroduodenoscopy"}[kind],
         "Indications: %s" % r.choice(["evaluation of %s" % ctx.c["short"], "surveillance", "anemia", "dysphagia"]), "Medications: %s" % r.choice(["Propofol per anesthesia", "Fentanyl 100 mcg, midazolam 4 mg IV"]),
         "ASA class: %s" % r.choice(["II", "III"]), "", "Procedure: After informed consent, the scope was advanced %s. %s" % (
             {"EUS": "to the second portion of the duodenum", "Colonoscopy": "to the cecum, identified by the appendiceal orifice and ileocecal valve", "EGD": "to the second part of the duodenum"}[kind],
             "Bowel prep was %s (BBPS %d)." % (r.choice(["good", "fair", "adequate"]), r.randint(6, 9)) if kind == "Colonoscopy" else "The patient tolerated the procedure well."), "",
         "Findings:", "  " + {"EUS": "A %s cm hypoechoic irregular mass in the pancreatic head. FNA performed with a 22G needle, %d passes; ROSE positive for malignant cells." % (ctx.size, r.randint(2, 5)),
                             "Colonoscopy": ("A fungating, partially obstructing mass at %d cm from the anal verge, biopsied and tattooed." % r.randint(18, 35)) if k == "colon" else "Post-surgical anastomosis without recurrence. %d diminutive polyps removed with cold snare." % r.randint(0, 3),
                             "EGD": r.choice(["Mild esophagitis (LA grade A).", "Candida esophagitis; brushings obtained.", "Normal."])}[kind],
         "", "Impression: %s" % r.choice(["see findings", "Findings as above; await pathology.", "Suspected malignancy, biopsied."]), "Recommendations: %s" % r.choice(["Follow up pathology. Return to oncology.", "Repeat in 1 year.", "Resume diet."])]
    return L + esign(ctx, P(r, "gi"), 0)


def pr_ebus(ctx):
    r = ctx.r
    L = pr_hdr(ctx, ["BRONCHOSCOPY REPORT", "Procedure: Flexible Bronchoscopy with EBUS-TBNA", "Interventional Pulmonology Procedure Note"], "Interventional Pulmonology")
    st = r.sample(["4R", "4L", "7", "10R", "11R", "11L", "2R"], 3)
    L += ["Date: %s  Bronchoscopist: %s" % (D(ctx), P(r, "pulm").full()), "Indication: mediastinal staging / diagnosis; %s" % ctx.f(CANCERS[1]["ct"][1]), "Anesthesia: general, LMA",
          "Airway inspection: %s" % r.choice(["normal to subsegmental level bilaterally", "extrinsic compression of RUL bronchus", "mucosal infiltration in RUL"]),
          "EBUS: stations sampled %s with 22G needle, %d passes each; ROSE: %s." % (", ".join(st), r.randint(3, 5), r.choice(["malignant cells at station %s" % st[0], "lymphocytes only", "atypical cells"])),
          "BAL: %s, 120 mL instilled, %d mL returned." % (r.choice(["RUL", "RML", "LUL"]), r.randint(30, 70)), "Complications: %s" % r.choice(["none", "minor bleeding controlled with cold saline"])]
    return L + esign(ctx, P(r, "pulm"), r.choice([0, 4]))


def pr_ctbx(ctx):
    r = ctx.r
    tgt = r.choice(ctx.c["mets"] + ["mass"]) if ctx.c["mets"] else "mass"
    L = pr_hdr(ctx, ["CT-GUIDED BIOPSY", "IR Procedure Report", "Percutaneous biopsy"], ctx.ir.specname)
    L += ["EXAM: CT-guided core needle biopsy of %s lesion" % tgt, "DATE: %s" % D(ctx), "CLINICAL HISTORY: %s" % dx(ctx, True), "OPERATOR: %s" % ctx.ir.full(), "",
          "PROCEDURE: After informed consent and time-out, the patient was positioned %s. Under intermittent CT guidance a %s coaxial needle was advanced to the target lesion. %d 18G core samples were obtained and placed in formalin%s. "
          "Moderate sedation was administered by RN under my direct supervision (%d min)." % (r.choice(["prone", "supine", "left lateral decubitus"]), r.choice(["17G", "19G"]), r.randint(2, 5), r.choice(["", "; one core in saline for molecular studies"]), r.randint(15, 45)),
          "COMPLICATIONS: %s" % r.choice(["None.", "Small pneumothorax, stable on 2h CXR.", "Minimal perihepatic hemorrhage, no intervention."]), "IMPRESSION: Technically successful CT-guided biopsy."]
    return L + esign(ctx, ctx.ir, 5)


# --------------------------------------------------------------------------- lab reports
def lab_hdr(ctx, title_):
    r = ctx.r
    v = r.randint(0, 3)
    if v == 0:
        return [ctx.cname + " CLINICAL LABORATORIES", "%s   CLIA #%02dD%07d" % (ctx.cstreet, r.randint(10, 99), r.randint(0, 9999999)), "Medical Director: %s" % ctx.path.full(), "", title_, ""] + ptblock(ctx, 3)
    if v == 1:
        return [title_, ptblock(ctx, 1)[0], "Ordering: %s    Collected: %s %s    Received: %s %s" % (ctx.onc.full(1), D(ctx), T(r, 6, 10), D(ctx), T(r, 10, 12)), "Accession: %s%d" % (r.choice(["H", "C", "L"]), r.randint(10000000, 99999999)), ""]
    if v == 2:
        return ["%s  %s  %s  Loc: %s" % (ctx.name(1), ctx.mrn, D(ctx, ctx.dob, 1), r.choice(["INF CTR", "ONC CLINIC", "7W", "BMT"])), "-" * 70, ""]
    return ["Lab Results", "Patient: %s | DOB %s" % (ctx.name(2), D(ctx, ctx.dob)), "Ordered by %s on %s" % (ctx.np.full(), D(ctx)), ""]


def labrow(n, v, u, lo, hi, w=22):
    f = flag(v, lo, hi)
    return "%-*s %8s %-2s %-8s %s-%s" % (w, n, v, f, u, lo, hi)


def lab_cbc(ctx):
    r, L = ctx.r, ctx.labs
    out = lab_hdr(ctx, r.choice(["CBC WITH DIFFERENTIAL", "HEMATOLOGY", "Complete Blood Count w/ Auto Diff"]))
    out += ["%-22s %8s %-2s %-8s %s" % ("Test", "Result", "", "Units", "Reference")]
    for n in ["WBC", "Hemoglobin", "Hematocrit", "Platelets", "MCV"]:
        out.append(labrow(n, *L[n]))
    wbc = float(L["WBC"][0])
    anc = float(L["ANC"][0])
    neut = 100 * anc / wbc if wbc else 0
    lym = r.uniform(8, 30) if ctx.c["key"] != "cll" else r.uniform(78, 94)
    bl = ctx.blast if ctx.c["key"] == "aml" and ctx.phase in ("new", "progression") else 0
    mono = max(0.5, 100 - neut - lym - bl - 3)
    out += ["%-22s %8.1f    %%" % ("Neutrophils", neut), "%-22s %8.1f    %%" % ("Lymphocytes", lym), "%-22s %8.1f    %%" % ("Monocytes", mono), "%-22s %8.1f    %%" % ("Eosinophils", 1.5), labrow("Abs Neutrophil Count", *L["ANC"])]
    if bl:
        out.append("%-22s %8d H  %%" % ("Blasts", bl))
    if r.random() < 0.5:
        out += ["", "Smear review: %s" % r.choice(["Confirmed. Smudge cells present.", "Circulating blasts present; pathologist review.", "RBC: mild anisocytosis.", "Platelet count verified by smear."])]
    if float(L["Platelets"][0]) < 50 or anc < 0.5:
        out += ["", "*** CRITICAL VALUE called to %s RN at %s, read back verified ***" % (ctx.rn.full(3), T(r))]
    return out + ["", "Performed at %s Main Laboratory" % ctx.cabbr]


def lab_cmp(ctx):
    r, L = ctx.r, ctx.labs
    out = lab_hdr(ctx, r.choice(["COMPREHENSIVE METABOLIC PANEL", "CHEMISTRY", "CMP + Mg + LDH"]))
    for n in ["Sodium", "Potassium", "Chloride", "CO2", "BUN", "Creatinine", "Glucose", "Calcium", "Total protein", "Albumin", "AST", "ALT", "Alk phos", "Total bilirubin", "Magnesium", "LDH"]:
        out.append(labrow(n, *L[n]))
    out.append("eGFR %s mL/min/1.73m2" % (">60" if float(L["Creatinine"][0]) < 1.1 else r.randint(32, 59)))
    return out + ["", "Hemolysis index: %s" % r.choice(["none", "slight"])]


def lab_tm(ctx):
    r = ctx.r
    tm = ctx.c["tm"] or ("CEA", "ng/mL", 3.0)
    out = lab_hdr(ctx, r.choice(["TUMOR MARKER TREND", "%s - Cumulative Report" % tm[0], "Serial Results"]))
    out += ["Test: %s   Units: %s   Reference: <%s" % (tm[0], tm[1], tm[2]), "", "%-14s %-10s %s" % ("Date", "Result", "Flag")]
    v = r.uniform(tm[2] * 2, tm[2] * 20) if tm[2] else r.uniform(0.5, 3)
    trend = r.choice([0.6, 0.8, 1.25])
    for i in range(r.randint(4, 8), 0, -1):
        d = later(ctx, -i * r.randint(25, 40))
        out.append("%-14s %-10s %s" % (D(ctx, d), "%.1f" % v, "H" if v > tm[2] else ""))
        v *= trend
    out += ["", "Method: %s. Values obtained with different methods cannot be used interchangeably." % r.choice(["Roche Elecsys ECLIA", "Abbott Architect CMIA", "Beckman Access"])]
    return out


def lab_spep(ctx):
    r = ctx.r
    ctx.c = [c for c in CANCERS if c["key"] == "myeloma"][0]
    m = r.uniform(0.3, 3.9)
    k, l = r.uniform(40, 900), r.uniform(4, 22)
    out = lab_hdr(ctx, r.choice(["PROTEIN ELECTROPHORESIS, SERUM WITH IMMUNOFIXATION", "SPEP/IFE and Serum Free Light Chains"]))
    out += [labrow("Total protein", "%.1f" % (6.8 + m), "g/dL", 6.0, 8.3), labrow("Albumin", "%.2f" % r.uniform(3.0, 4.2), "g/dL", 3.5, 5.0), labrow("Alpha-1", "%.2f" % r.uniform(0.2, 0.4), "g/dL", 0.1, 0.4),
            labrow("Alpha-2", "%.2f" % r.uniform(0.6, 1.0), "g/dL", 0.5, 1.0), labrow("Beta", "%.2f" % r.uniform(0.7, 1.2), "g/dL", 0.6, 1.3), labrow("Gamma", "%.2f" % (m + 0.4), "g/dL", 0.7, 1.6),
            labrow("M-spike", "%.2f" % m, "g/dL", 0, 0), "", labrow("Kappa free LC", "%.1f" % k, "mg/L", 3.3, 19.4), labrow("Lambda free LC", "%.1f" % l, "mg/L", 5.7, 26.3), labrow("K/L ratio", "%.2f" % (k / l), "", 0.26, 1.65), "",
            "Interpretation: A monoclonal protein is present in the gamma region, quantitated at %.2f g/dL. Immunofixation identifies it as IgG kappa. Reviewed by %s." % (m, ctx.path.full())]
    return out


def lab_coag(ctx):
    r = ctx.r
    out = lab_hdr(ctx, r.choice(["BLOOD BANK / TRANSFUSION SERVICE", "TYPE AND SCREEN / CROSSMATCH", "COAGULATION PANEL & BLOOD BANK"]))
    out += [labrow("PT", "%.1f" % r.uniform(11, 15), "sec", 11.0, 13.5), labrow("INR", "%.2f" % r.uniform(0.9, 1.4), "", 0.9, 1.1), labrow("aPTT", "%d" % r.randint(24, 38), "sec", 25, 35),
            labrow("Fibrinogen", "%d" % r.randint(150, 480), "mg/dL", 200, 400), "", "ABO/Rh: %s %s" % (r.choice(["O", "A", "B", "AB"]), r.choice(["POS", "POS", "NEG"])), "Antibody screen: %s" % r.choice(["NEGATIVE", "NEGATIVE", "POSITIVE - anti-E identified"]),
            "Units crossmatched: %d %s" % (r.randint(1, 3), r.choice(["irradiated, leukoreduced RBC", "RBC, CMV-safe", "apheresis platelets (irradiated)"])), "Specimen expires: %s 23:59" % D(ctx, later(ctx, 3))]
    return out


def lab_cumulative(ctx):
    r, L = ctx.r, ctx.labs
    dates = [later(ctx, -i * r.choice([1, 7, 14])) for i in range(4, -1, -1)]
    out = lab_hdr(ctx, "CUMULATIVE RESULTS")
    out.append("%-14s" % "" + "".join("%-11s" % D(ctx, d, 1) for d in dates))
    for n in ["WBC", "Hemoglobin", "Platelets", "ANC", "Creatinine", "AST", "ALT", "Total bilirubin"]:
        v, u, lo, hi = L[n]
        vals = []
        for i in range(5):
            x = float(v) * r.uniform(0.7, 1.3) if i < 4 else float(v)
            vals.append(("%.1f" % x if x < 100 else "%d" % x) + flag("%.2f" % x, lo, hi))
        out.append("%-14s" % n + "".join("%-11s" % s for s in vals))
    return out + ["", "H=High L=Low  Reference ranges on individual reports."]


def lab_micro(ctx):
    r = ctx.r
    org = r.choice(["No growth at 5 days", "Escherichia coli", "Staphylococcus epidermidis (coagulase-negative)", "Klebsiella pneumoniae", "Viridans group Streptococcus", "No growth to date (preliminary)"])
    out = lab_hdr(ctx, r.choice(["MICROBIOLOGY - BLOOD CULTURE", "Culture, Blood", "MICRO REPORT"]))
    out += ["Source: %s" % r.choice(["Blood, peripheral venipuncture", "Blood, port (central line)", "Blood, PICC lumen red"]), "Collected: %s %s" % (D(ctx), T(r)), "",
            "Gram stain: %s" % ("No organisms seen" if org.startswith("No") else r.choice(["Gram negative rods", "Gram positive cocci in clusters", "Gram positive cocci in chains"])), "Culture: %s" % org]
    if not org.startswith("No"):
        out += ["", "Susceptibility (MIC, ug/mL):"] + ["  %-24s %-6s %s" % (a, r.choice(["<=1", "2", "<=0.25", ">=32", "4"]), r.choice(["S", "S", "S", "R", "I"])) for a in r.sample(["Ampicillin", "Cefazolin", "Ceftriaxone", "Cefepime", "Piperacillin/Tazobactam", "Meropenem", "Ciprofloxacin", "Gentamicin", "TMP/SMX", "Vancomycin", "Oxacillin"], 6)]
        out += ["", "Positive result called to %s at %s." % (ctx.rn.full(3), T(r))]
    return out


# --------------------------------------------------------------------------- imaging
def im_hdr(ctx, exam_):
    r = ctx.r
    v = r.randint(0, 3)
    acc = "%s%d" % (r.choice(["CT", "RAD", "A", ""]), r.randint(1000000, 9999999))
    if v == 0:
        return [ctx.cname, ctx.rad.specname, "", ptblock(ctx, 1)[0], "Exam: %s   Date: %s   Accession: %s" % (exam_, D(ctx), acc), "Ordering physician: %s" % ctx.onc.full(), ""]
    if v == 1:
        return ["RADIOLOGY REPORT", "", "PATIENT: %s     MRN: %s" % (ctx.name(1), ctx.mrn), "EXAM DATE: %s %s" % (D(ctx), T(r)), "EXAMINATION: %s" % exam_.upper(), "REFERRING: %s" % ctx.onc.full(1), ""]
    if v == 2:
        return ["%s  %s  ACC#%s" % (ctx.name(1), ctx.mrn, acc), exam_.upper(), ""]
    return letterhead(ctx, ctx.rad.specname, 3) + ["%s  DOB %s" % (ctx.name(2), D(ctx, ctx.dob)), "Procedure: %s" % exam_, ""]


def im_sign(ctx):
    r = ctx.r
    return ["", r.choice(["Electronically signed by: %s on %s %s" % (ctx.rad.full(), D(ctx), T(r)), "Dictated by: %s\nSigned by: %s" % (ctx.resident.full(), ctx.rad.full()),
                          "Reading radiologist: %s" % ctx.rad.full(1), "Interpreted by %s. Transcribed %s." % (ctx.rad.full(), D(ctx, later(ctx, 1)))])]


def ct_findings(ctx):
    r = ctx.r
    sec_, txt = ctx.c["ct"]
    txt = ctx.f(txt)
    ph = ctx.phase
    if ph == "surveillance":
        txt = "Postsurgical/post-treatment changes without evidence of recurrent or metastatic disease."
    elif ph == "active":
        txt = "Interval decrease in previously described disease: " + txt.replace(str(ctx.size), str(round(ctx.size * 0.6, 1)))
    F = {"Lungs/pleura": "No suspicious pulmonary nodules. No pleural effusion.", "Mediastinum/hila": "No mediastinal or hilar lymphadenopathy. Heart size normal.",
         "Liver": "No focal hepatic lesion.", "Biliary/gallbladder": "No biliary dilation.", "Pancreas": "Unremarkable.", "Spleen": "Normal in size.", "Adrenals": "Unremarkable.",
         "Kidneys": "No hydronephrosis. Simple cyst left kidney.", "Bowel": "No obstruction.", "Lymph nodes": "No pathologically enlarged abdominal or pelvic nodes.",
         "Peritoneum": "No ascites.", "Pelvis": "Bladder unremarkable.", "Bones": "No suspicious osseous lesions. Degenerative changes of the spine."}
    key = {"chest": "Lungs/pleura", "lungs": "Lungs/pleura", "bowel": "Bowel", "pancreas": "Pancreas", "lymph": "Lymph nodes", "bones": "Bones", "pelvis": "Pelvis", "peritoneum": "Peritoneum", "neck": "Lymph nodes"}[sec_]
    F[key] = txt
    if ph in ("progression", "eol"):
        m = ctx.c["mets"][0]
        mk = {"liver": "Liver", "lung": "Lungs/pleura", "bone": "Bones", "peritoneum": "Peritoneum", "brain": "Bones", "adrenal gland": "Adrenals", "spleen": "Spleen", "pleura": "Lungs/pleura"}.get(m, "Lymph nodes")
        F[mk] = "New %s lesions, the largest measuring %.1f cm, consistent with metastatic disease." % (m if m != "brain" else "lytic osseous", r.uniform(0.8, 4.2))
    return F, txt


def im_ct(ctx):
    r = ctx.r
    F, txt = ct_findings(ctx)
    out = im_hdr(ctx, r.choice(["CT CHEST ABDOMEN PELVIS WITH CONTRAST", "CT C/A/P W IV CONTRAST", "CT Chest/Abd/Pelvis w contrast"]))
    out += ["CLINICAL HISTORY: %s. %s" % (cap(dx(ctx, True)), r.choice(["Restaging.", "Staging.", "Evaluate response.", "Surveillance."])), "",
            "COMPARISON: %s" % r.choice(["CT %s" % D(ctx, later(ctx, -r.randint(60, 120))), "None.", "PET/CT %s" % D(ctx, later(ctx, -r.randint(60, 200)))]), "",
            "TECHNIQUE: Helical CT images were obtained from the thoracic inlet through the pubic symphysis following administration of %d mL %s IV contrast. Oral contrast %s. Multiplanar reformats. DLP %d mGy-cm." % (
                r.choice([80, 100, 120]), r.choice(["Omnipaque 350", "Isovue-370", "iohexol"]), r.choice(["was given", "was not given"]), r.randint(400, 1300)), "", "FINDINGS:"]
    groups = [("CHEST", ["Lungs/pleura", "Mediastinum/hila"]), ("ABDOMEN", ["Liver", "Biliary/gallbladder", "Pancreas", "Spleen", "Adrenals", "Kidneys", "Bowel", "Lymph nodes", "Peritoneum"]), ("PELVIS", ["Pelvis"]), ("BONES", ["Bones"])]
    for g, ks in groups:
        if r.random() < 0.6:
            out.append(g + ":")
        for k in ks:
            out.append("%s: %s" % (k, F[k]))
    out += ["", "IMPRESSION:"]
    imp = [txt] if ctx.phase != "surveillance" else ["No evidence of recurrent or metastatic disease."]
    if ctx.phase in ("progression", "eol"):
        imp.append("New %s metastases consistent with disease progression." % ctx.c["mets"][0])
    out += ["%d. %s" % (i + 1, t) for i, t in enumerate(imp)]
    return out + im_sign(ctx)


def im_pet(ctx):
    r = ctx.r
    suv = r.uniform(4, 28)
    out = im_hdr(ctx, r.choice(["PET/CT SKULL BASE TO MID-THIGH", "NM PET CT WHOLE BODY (F-18 FDG)", "FDG PET-CT"]))
    out += ["INDICATION: %s, %s." % (dx(ctx, True), r.choice(["initial staging", "interim response", "end of treatment", "restaging"])), "",
            "TECHNIQUE: %.1f mCi F-18 FDG IV. Uptake time %d min. Blood glucose %d mg/dL. Low-dose CT for attenuation correction and localization." % (r.uniform(8, 15), r.randint(55, 75), r.randint(80, 160)), "",
            "FINDINGS:", "Reference: mediastinal blood pool SUV %.1f, liver SUV %.1f." % (r.uniform(1.5, 2.3), r.uniform(2.2, 3.2)),
            "%s: %s, SUVmax %.1f." % (r.choice(["Head/neck", "Chest", "Abdomen/pelvis"]), ctx.f(ctx.c["ct"][1]).capitalize(), suv),
            "Physiologic activity in brain, myocardium, GI and urinary tract.", ""]
    if ctx.c["key"] in ("dlbcl", "hodgkin"):
        ds = r.choice([1, 2, 3, 4, 5])
        out += ["IMPRESSION:", "Lugano/Deauville score %d. %s" % (ds, "Complete metabolic response." if ds <= 3 else "Residual FDG-avid disease; partial metabolic response.")]
    else:
        out += ["IMPRESSION:", "1. Hypermetabolic %s (SUVmax %.1f)." % (ctx.c["short"], suv), "2. %s" % r.choice(["No FDG-avid distant metastases.", "FDG-avid %s lesions consistent with metastases." % ctx.c["mets"][0]])]
    return out + im_sign(ctx)


def im_mri(ctx):
    r = ctx.r
    mets = ctx.phase in ("progression", "eol") and r.random() < 0.6
    out = im_hdr(ctx, r.choice(["MRI BRAIN WITH AND WITHOUT CONTRAST", "MR BRAIN W/WO GADOLINIUM"]))
    out += ["HISTORY: %s; %s." % (dx(ctx, True), r.choice(["headache", "staging", "rule out metastases", "dizziness"])), "TECHNIQUE: Multiplanar multisequence imaging before and after %d mL gadobutrol." % r.randint(5, 10), "",
            "FINDINGS: " + ("There are %d enhancing lesions, the largest in the %s %s lobe measuring %.1f cm with surrounding vasogenic edema and %d mm midline shift." % (r.randint(2, 6), ctx.side, r.choice(["frontal", "parietal", "occipital"]), r.uniform(0.6, 2.8), r.randint(0, 4))
                            if mets else "No enhancing intracranial lesions. Ventricles normal. Scattered T2/FLAIR white matter hyperintensities, likely chronic microvascular change. No acute infarct on DWI."),
            "", "IMPRESSION: " + ("Multiple brain metastases." if mets else "No evidence of intracranial metastatic disease.")]
    return out + im_sign(ctx)


def im_cxr(ctx):
    r = ctx.r
    out = im_hdr(ctx, r.choice(["XR CHEST 1 VIEW PORTABLE", "CHEST PA AND LATERAL", "CXR PORTABLE AP"]))
    out += ["INDICATION: %s" % r.choice(["port placement", "fever", "shortness of breath", "PICC placement", "post thoracentesis"]), "",
            "FINDINGS: %s %s %s" % (r.choice(["Right chest port with catheter tip at the cavoatrial junction.", "Left PICC tip in the distal SVC.", "", ""]),
                                    r.choice(["Lungs are clear.", "Small %s pleural effusion." % ctx.side, "Patchy %s lower lobe opacity." % ctx.side]), "No pneumothorax. Cardiomediastinal silhouette within normal limits."), "",
            "IMPRESSION: %s" % r.choice(["No acute cardiopulmonary process.", "Line in appropriate position; no pneumothorax.", "Possible early pneumonia."])]
    return out + im_sign(ctx)


def im_echo(ctx):
    r = ctx.r
    ef = r.randint(45, 68)
    out = [ctx.cname + " - Echocardiography Laboratory", r.choice(["TRANSTHORACIC ECHOCARDIOGRAM REPORT", "Echo Report", "MUGA SCAN (RADIONUCLIDE VENTRICULOGRAPHY)"]), "", ptblock(ctx, 1)[0],
           "Height %d cm  Weight %s kg  BSA %s  BP %s  Rhythm: sinus" % (ctx.height, ctx.weight, ctx.bsa, ctx.vit["BP"]), "Indication: %s" % r.choice(["baseline prior to anthracycline", "trastuzumab monitoring", "dyspnea", "cardiotoxicity surveillance"]), ""]
    out += ["Measurements:", "  LVIDd %.1f cm  LVIDs %.1f cm  IVSd %.1f cm  LVPWd %.1f cm" % (r.uniform(4.0, 5.4), r.uniform(2.5, 3.8), r.uniform(0.8, 1.2), r.uniform(0.8, 1.1)),
            "  LVEF (biplane) %d%%  GLS -%.1f%%  E/e' %d  TAPSE %d mm  RVSP %d mmHg" % (ef, r.uniform(14, 22), r.randint(6, 14), r.randint(17, 26), r.randint(20, 38)), "",
            "Findings:", "Left ventricle: normal size, %s systolic function. No regional wall motion abnormalities." % ("normal" if ef >= 53 else "mildly reduced"),
            "Valves: trace mitral and tricuspid regurgitation. Pericardium: %s." % r.choice(["no effusion", "small effusion without tamponade physiology"]), "",
            "Conclusions: LVEF %d%%. %s" % (ef, r.choice(["Compared with prior study, no significant change.", "Decreased from prior %d%%." % (ef + r.randint(5, 15)), "Normal study."]))]
    return out + ["", "Interpreting cardiologist: %s" % ctx.card.full()]


def im_bone(ctx):
    r = ctx.r
    pos = ctx.phase in ("progression", "eol") or ctx.c["key"] in ("prostate", "myeloma") and r.random() < 0.5
    out = im_hdr(ctx, r.choice(["NM BONE SCAN WHOLE BODY", "Whole body bone scintigraphy (Tc-99m MDP)"]))
    out += ["HISTORY: %s" % dx(ctx, True), "RADIOPHARMACEUTICAL: %.1f mCi Tc-99m MDP IV; imaging at 3 hours." % r.uniform(20, 27), "",
            "FINDINGS: " + ("Multiple foci of increased radiotracer uptake in the %s consistent with osseous metastases." % ", ".join(r.sample(["thoracic spine", "lumbar spine", "pelvis", "ribs", "left femur", "sternum", "skull"], 3)) if pos else "Physiologic distribution. Mild uptake in the knees and shoulders compatible with degenerative change."),
            "", "IMPRESSION: " + ("Osseous metastatic disease." if pos else "No scintigraphic evidence of osseous metastases.")]
    return out + im_sign(ctx)


def im_mammo(ctx):
    r = ctx.r
    if ctx.c["key"] != "breast":
        return im_duplex(ctx)
    br = r.choice([0, 1, 2, 4, 5]) if ctx.phase == "new" else r.choice([1, 2])
    if ctx.phase == "new":
        br = r.choice([4, 5])
    out = im_hdr(ctx, r.choice(["DIAGNOSTIC MAMMOGRAM BILATERAL WITH TOMOSYNTHESIS", "MAMMO SCREENING BILAT", "US BREAST %s LIMITED" % ctx.side.upper()]))
    out += ["HISTORY: %s" % ("palpable %s breast mass" % ctx.side if ctx.phase == "new" else "personal history of %s breast cancer" % ctx.side), "",
            "Breast composition: %s" % r.choice(["scattered areas of fibroglandular density", "heterogeneously dense, which may obscure small masses", "almost entirely fatty"]), "",
            "FINDINGS: " + ("There is an irregular spiculated mass in the %s breast at %d o'clock, %d cm from the nipple, measuring %.1f cm. Targeted ultrasound shows a hypoechoic mass with angular margins and posterior shadowing." % (ctx.side, r.randint(1, 12), r.randint(2, 8), ctx.size) if br >= 4 else "Post-lumpectomy changes in the %s breast. No suspicious masses, calcifications or architectural distortion." % ctx.side),
            "", "IMPRESSION: BI-RADS %d: %s" % (br, {1: "Negative.", 2: "Benign.", 4: "Suspicious. Ultrasound-guided biopsy recommended.", 5: "Highly suggestive of malignancy. Tissue sampling recommended.", 0: "Incomplete."}.get(br, "")),
            "Letter sent to patient per MQSA."]
    return out + im_sign(ctx)


def im_duplex(ctx):
    r = ctx.r
    pos = r.random() < 0.4
    limb = r.choice(["RIGHT UPPER EXTREMITY", "LEFT LOWER EXTREMITY", "BILATERAL LOWER EXTREMITY"])
    out = im_hdr(ctx, "US VENOUS DUPLEX %s" % limb)
    out += ["INDICATION: swelling; %s; %s" % (dx(ctx, True), r.choice(["port in place", "on chemotherapy", "immobility"])), "",
            "FINDINGS: Grayscale, color and spectral Doppler evaluation of the deep veins. " + ("Occlusive thrombus within the %s with absent compressibility and no color flow." % r.choice(["internal jugular and subclavian veins", "common femoral and popliteal veins", "axillary vein"]) if pos else "All visualized deep veins are fully compressible with normal phasic flow and augmentation."),
            "", "IMPRESSION: %s" % ("Acute deep venous thrombosis as above. Findings communicated to %s at %s." % (ctx.np.full(), T(r)) if pos else "No evidence of deep venous thrombosis.")]
    return out + im_sign(ctx)

# --------------------------------------------------------------------------- pathology
def pa_hdr(ctx, t):
    r = ctx.r
    acc = "%s%02d-%05d" % (r.choice(["S", "SP", "BM", "C", "NG"]), ctx.year % 100, r.randint(1, 40000))
    return [ctx.cname, ctx.path.specname, "", t, "", ptblock(ctx, 1)[0], "Accession #: %s   Collected: %s   Received: %s" % (acc, D(ctx), D(ctx, later(ctx, r.randint(0, 1)))),
            "Submitting physician: %s" % r.choice([ctx.surg, ctx.onc]).full(), ""]


def pa_surg(ctx):
    r = ctx.r
    ctx.metastatic = False
    out = pa_hdr(ctx, r.choice(["SURGICAL PATHOLOGY REPORT", "Surgical Pathology Consultation Report", "PATHOLOGY REPORT"]))
    pos_n, tot_n = r.randint(0, 4), r.randint(3, 24)
    out += ["FINAL DIAGNOSIS:", "%s, %s:" % (site(ctx).upper(), ctx.f(r.choice(ctx.c["surg"])).split(" with ")[0].upper()), "  - " + ctx.f(ctx.c["pathdx"]),
            "  - MARGINS %s" % r.choice(["NEGATIVE; CLOSEST MARGIN %.1f CM" % r.uniform(0.1, 1.5), "NEGATIVE FOR CARCINOMA"]), "  - LYMPHOVASCULAR INVASION: %s" % r.choice(["PRESENT", "NOT IDENTIFIED"]),
            "  - LYMPH NODES: %d/%d POSITIVE FOR METASTATIC CARCINOMA" % (pos_n, tot_n), "", "SYNOPTIC REPORT (CAP protocol):", "  Procedure: %s" % ctx.f(ctx.c["surg"][0]),
            "  Histologic type: %s" % ctx.c["histo"], "  Tumor size: %.1f cm" % ctx.size, "  Histologic grade: G%d" % ctx.grade, "  pTNM: %s" % ctx.tnm.replace("c", "p", 1), "",
            "GROSS DESCRIPTION:", ctx.f(ctx.c["gross"]) + " Representative sections submitted in cassettes A1-A%d." % r.randint(6, 24), "",
            "MICROSCOPIC DESCRIPTION:", r.choice(["Sections demonstrate an infiltrating neoplasm as diagnosed above. See synoptic.", "Microscopic examination performed; findings support the above diagnosis."]), "",
            "CLINICAL HISTORY: %s" % dx(ctx, True)]
    if ctx.c["key"] == "breast":
        out += ["", "ADDENDUM (%s): ER positive (%d%%, strong), PR positive (%d%%), HER2 %s." % (D(ctx, later(ctx, 3)), r.randint(80, 100), r.randint(10, 90), "3+ POSITIVE" if ctx.her2 else "1+ NEGATIVE"), "Ki-67 %d%%." % r.randint(5, 40)]
    return out + ["", "I have personally reviewed the slides. %s" % ctx.path.full(), "Signed out %s" % D(ctx, later(ctx, r.randint(2, 6)))]


def pa_bm(ctx):
    r = ctx.r
    if not ctx.c["heme"]:
        ctx.c = r.choice([c for c in CANCERS if c["key"] in ("aml", "myeloma", "cll")])
    out = pa_hdr(ctx, r.choice(["BONE MARROW PATHOLOGY REPORT", "Hematopathology Report", "BONE MARROW, ASPIRATE AND BIOPSY"]))
    cell = r.randint(10, 95)
    out += ["DIAGNOSIS:", "Bone marrow, %s posterior iliac crest, aspirate, clot section and core biopsy:" % ctx.side, "  - " + ctx.f(ctx.c["pathdx"]) if ctx.phase in ("new", "progression") else "  - NO MORPHOLOGIC EVIDENCE OF RESIDUAL DISEASE",
            "  - Cellularity %d%% (age-adjusted %s)" % (cell, "hypercellular" if cell > 60 else "normocellular" if cell > 30 else "hypocellular"), "", "PERIPHERAL BLOOD: WBC %s, Hgb %s, Plt %s." % (ctx.labs["WBC"][0], ctx.labs["Hemoglobin"][0], ctx.labs["Platelets"][0]), "",
            "ASPIRATE DIFFERENTIAL (500 cells):"]
    for n in ["Blasts", "Promyelocytes", "Myelocytes", "Metamyelocytes", "Bands/Neutrophils", "Eosinophils", "Lymphocytes", "Plasma cells", "Erythroid precursors"]:
        out.append("  %-20s %d%%" % (n, r.randint(0, 30) if n not in ("Blasts",) else (ctx.blast if ctx.c["key"] == "aml" and ctx.phase == "new" else r.randint(0, 4))))
    out += ["M:E ratio %d:1" % r.randint(1, 6), "", "Iron stain: %s. Reticulin: %s." % (r.choice(["adequate stores, no ring sideroblasts", "increased"]), r.choice(["MF-0", "MF-1"])),
            "Ancillary: flow cytometry, cytogenetics and molecular studies reported separately.", "", "GROSS: " + ctx.f(ctx.c["gross"])]
    return out + ["", "Hematopathologist: %s" % ctx.path.full()]


def pa_cyto(ctx):
    r = ctx.r
    pos = r.random() < 0.7
    src = r.choice(["Pleural fluid, %s" % ctx.side, "Peritoneal fluid", "FNA, %s supraclavicular lymph node" % ctx.side, "FNA, liver lesion"])
    out = pa_hdr(ctx, r.choice(["CYTOPATHOLOGY REPORT", "NON-GYN CYTOLOGY", "Cytology Report"]))
    out += ["SPECIMEN: %s" % src, "", "INTERPRETATION:", "  %s" % ("POSITIVE FOR MALIGNANT CELLS. Metastatic %s, consistent with %s primary." % (ctx.c["histo"], ctx.c["short"].replace(" cancer", "")) if pos else r.choice(["NEGATIVE FOR MALIGNANT CELLS. Reactive mesothelial cells and inflammatory cells.", "ATYPICAL CELLS PRESENT, cannot exclude malignancy."])),
            "", "Specimen adequacy: Satisfactory.", "Gross: %d mL of %s fluid; cytospin and cell block prepared." % (r.randint(20, 1000), r.choice(["bloody", "yellow", "cloudy"])),
            "Immunostains on cell block: %s" % r.choice(["MOC-31 positive, calretinin negative", "TTF-1 positive, Napsin-A positive", "CK7+/CK20-, PAX8+, WT1+", "GATA3 positive, ER positive"]), "", "Cytotechnologist: %s   Pathologist: %s" % ("%s %s, CT(ASCP)" % (r.choice(FEMALE), r.choice(LAST)), ctx.path.full())]
    return out


def pa_flow(ctx):
    r = ctx.r
    if not ctx.c["heme"]:
        ctx.c = r.choice([c for c in CANCERS if c["key"] in ("cll", "dlbcl", "aml")])
    k = ctx.c["key"]
    out = pa_hdr(ctx, r.choice(["FLOW CYTOMETRY IMMUNOPHENOTYPING", "Flow Cytometry Report - Leukemia/Lymphoma Panel"]))
    pheno = {"cll": "CD5+, CD19+, CD20 dim, CD23+, CD200+, surface kappa light chain restricted (dim), FMC7-", "dlbcl": "CD19+, CD20+, CD10+, lambda light chain restricted, large forward scatter",
             "aml": "CD34+, CD117+, CD13+, CD33+, HLA-DR+, MPO+, CD7 partial; negative for CD3, CD19"}.get(k, "CD19+ CD20+ kappa-restricted")
    out += ["Specimen: %s" % r.choice(["Peripheral blood", "Bone marrow aspirate", "Lymph node, fresh"]), "Viability: %d%%" % r.randint(82, 99), "",
            "RESULT: An abnormal population comprising %d%% of total events with the following phenotype: %s." % (r.randint(8, 92), pheno), "",
            "Antibodies tested: CD2, CD3, CD4, CD5, CD7, CD8, CD10, CD11b, CD13, CD14, CD19, CD20, CD23, CD33, CD34, CD38, CD45, CD56, CD117, HLA-DR, kappa, lambda.", "",
            "INTERPRETATION: Findings are consistent with %s." % ctx.c["histo"], "", "Reviewed by %s" % ctx.path.full()]
    return out


def pa_molecular(ctx):
    r = ctx.r
    genes = {"lung": ["EGFR", "ALK", "ROS1", "KRAS", "BRAF", "MET", "RET"], "colon": ["KRAS", "NRAS", "BRAF", "MSI", "HER2"], "melanoma": ["BRAF", "NRAS", "KIT"],
             "aml": ["FLT3", "NPM1", "IDH1", "IDH2", "TP53", "CEBPA"], "breast": ["PIK3CA", "BRCA1", "BRCA2", "ESR1"], "pancreas": ["KRAS", "BRCA2", "MSI", "TP53"]}.get(ctx.c["key"], ["TP53", "KRAS", "PIK3CA"])
    out = pa_hdr(ctx, r.choice(["MOLECULAR DIAGNOSTICS REPORT", "Next-Generation Sequencing Solid Tumor Panel", "MOLECULAR PATHOLOGY"]))
    hit = r.choice(genes)
    out += ["Test: %s (%d genes)" % (r.choice(["OncoSeq Targeted Panel", "NGS Hotspot Panel v2", "Comprehensive Cancer Panel"]), r.choice([50, 161, 324, 500])), "Tumor content: %d%%" % r.randint(20, 80), "",
            "RESULTS:", "%-10s %-22s %s" % ("Gene", "Variant", "VAF")]
    out.append("%-10s %-22s %d%%" % (hit, r.choice(["p.G12D (c.35G>A)", "p.V600E (c.1799T>A)", "p.L858R", "exon 19 deletion", "ITD (ratio 0.6)", "p.R273H", "p.H1047R"]), r.randint(5, 45)))
    out += ["", "No other clinically significant variants detected in: %s." % ", ".join(g for g in genes if g != hit), "Tumor mutational burden: %d mut/Mb. Microsatellite status: stable." % r.randint(1, 14), "",
            "INTERPRETATION: Tier %s variant. %s" % (r.choice(["I", "II"]), r.choice(["FDA-approved targeted therapy may be available.", "Clinical trials may be considered.", "Associated with resistance to anti-EGFR therapy."])),
            "Limitations: This assay does not detect large rearrangements in all genes.", "", "Molecular pathologist: %s" % ctx.path.full()]
    return out


def pa_outside(ctx):
    r = ctx.r
    out = pa_hdr(ctx, r.choice(["CONSULTATION - OUTSIDE SLIDES", "PATHOLOGY CONSULTATION REPORT (SECOND OPINION)", "Outside Material Review"]))
    out += ["Outside institution: %s, case %s%02d-%d" % (r.choice(["Harlow Creek Regional Medical Center", "Lakemont Community Hospital", "St. Brendan's Hospital of Eastvale", "Copper Ridge Pathology Associates"]), r.choice(["S", "SP"]), ctx.year % 100, r.randint(100, 9999)),
            "Material received: %d H&E slides, %d unstained slides, %d block(s)" % (r.randint(1, 8), r.randint(0, 10), r.randint(0, 2)), "", "DIAGNOSIS:", "  " + ctx.f(ctx.c["pathdx"]),
            "  %s" % r.choice(["We concur with the outside diagnosis.", "Agree with the outside interpretation; additional IHC performed as below.", "Our interpretation differs from the outside report in grade (G%d vs G%d)." % (ctx.grade, max(1, ctx.grade - 1))]), "",
            "COMMENT: %s" % r.choice(["Case discussed with Dr. %s on %s." % (ctx.onc.last, D(ctx)), "Material will be returned to the outside institution.", "Blocks retained for molecular testing at the request of the treating oncologist."])]
    return out + ["", ctx.path.full()]


# --------------------------------------------------------------------------- medication lists
def ml_reconcile(ctx):
    r = ctx.r
    M = meds(ctx)
    out = letterhead(ctx, "Pharmacy Services", r.choice([2, 4])) + [r.choice(["ADMISSION MEDICATION RECONCILIATION", "Medication Reconciliation Form", "Home Medication List - Admission"]), ""] + ptblock(ctx, 1)
    out += ["Source: %s   Allergies: %s" % (r.choice(["patient", "pharmacy fill history", "family/pill bottles", "outside records"]), allergy_str(ctx)), "",
            "%-52s %-12s %-10s" % ("Medication / dose / route / frequency", "Last dose", "Action")]
    for m in M:
        out.append("%-52s %-12s %-10s" % (m[:52], r.choice([D(ctx, later(ctx, -r.randint(0, 2)), 1), "unknown", "this AM"]), r.choice(["Continue", "Continue", "Hold", "Modify", "Discontinue"])))
    return out + ["", "Reconciled by: %s   Reviewed by prescriber: %s" % (r.choice([ctx.rn, P(r, "pharm", "PharmD")]).full(), ctx.hosp.full(3)), "Date/time: %s %s" % (D(ctx), T(r))]


def ml_ehr(ctx):
    r = ctx.r
    out = ["Current Medication List", "as of %s" % D(ctx), ptblock(ctx, 4)[0], ""]
    for m in meds(ctx):
        out += [m, "    Started: %s   Prescriber: %s   Dispense: %s" % (D(ctx, later(ctx, -r.randint(10, 900)), 1), r.choice([ctx.onc, ctx.pcp, ctx.np]).full(3), r.choice(["30 tablet", "90 tablet", "1 each", "60 capsule"]))]
    return out + ["", "Patient reports taking medications as prescribed: %s" % r.choice(["Yes", "Yes", "No - see note"])]


def ml_patient(ctx):
    r = ctx.r
    why = {"ondansetron": "nausea", "prochlorperazine": "nausea", "lorazepam": "nausea/anxiety", "acyclovir": "prevent shingles", "allopurinol": "protect kidneys", "oxycodone": "pain",
           "senna": "constipation", "docusate": "constipation", "lisinopril": "blood pressure", "amlodipine": "blood pressure", "metformin": "diabetes", "atorvastatin": "cholesterol",
           "levothyroxine": "thyroid", "omeprazole": "stomach", "dexamethasone": "nausea/swelling", "anastrozole": "hormone therapy for breast cancer", "tamoxifen": "hormone therapy"}
    out = ["MY MEDICINES", "Name: %s" % ctx.name(3), "Updated %s by %s" % (D(ctx), ctx.rn.full(3)), "", "%-40s %-25s %s" % ("Medicine", "What it is for", "Morning/Noon/Evening/Bedtime")]
    for m in meds(ctx):
        k = m.split()[0].lower()
        out.append("%-40s %-25s %s" % (" ".join(m.split()[:3]), why.get(k, "ask your nurse"), r.choice(["X / - / - / -", "X / - / X / -", "as needed", "- / - / - / X"])))
    return out + ["", "Bring this list to every appointment. Questions? Call the %s nurse line %s." % (ctx.cabbr, ctx.cphone)]


def ml_discharge(ctx):
    r = ctx.r
    M, new = dc_meds(ctx)
    out = [r.choice(["DISCHARGE MEDICATION RECONCILIATION", "Medication Changes at Discharge"]), ptblock(ctx, 2)[0], "Discharge date: %s" % D(ctx, admission(ctx)["dc"]), ""]
    out += ["NEW medications:"] + ["  * " + m for m in (new or ["none"])] + ["CHANGED medications:", "  * " + r.choice(["none", "metoprolol decreased to 12.5 mg BID", "oxycodone increased to 10 mg"])]
    out += ["UNCHANGED - continue:"] + ["  * " + m for m in M] + ["STOPPED:", "  * " + r.choice(["none", "ibuprofen", "aspirin (thrombocytopenia)"])]
    return out + ["", "Patient/caregiver verbalized understanding. RN: %s  MD: %s" % (ctx.rn.full(3), ctx.hosp.full(3))]


def ml_pharmacist(ctx):
    r = ctx.r
    oral = [d for d in ctx.reg["drugs"] if d[3].startswith("PO")]
    drug = oral[0][0] if oral else r.choice(["capecitabine", "ibrutinib", "abiraterone", "lenalidomide"])
    out = [ctx.cname + " - Oncology Pharmacy", r.choice(["Oral Chemotherapy Medication Review", "Clinical Pharmacist Medication Review", "Pharmacotherapy Consult - Medication List"]), ptblock(ctx, 1)[0], "Date: %s" % D(ctx), ""]
    out += ["Oncology agent: %s" % drug, "Concomitant medications reviewed:"] + ["  - " + m for m in meds(ctx)]
    out += ["", "Interactions: %s" % r.choice(["none clinically significant", "%s with omeprazole - separate administration" % drug, "moderate CYP3A4 interaction with diltiazem - monitor", "QTc-prolonging combination with ondansetron; baseline ECG"]),
            "Renal/hepatic dose adjustment: %s" % r.choice(["not required (CrCl %d mL/min)" % r.randint(60, 110), "required - see recommendation"]), "Adherence counseling completed; calendar provided.", "", "%s, PharmD, BCOP" % P(r, "pharm").full(3)]
    return out


def ml_handwritten(ctx):
    r = ctx.r
    out = [r.choice(["Meds:", "MEDICATIONS (pt brought list)", "Medicines I take -"])] + ["%d) %s" % (i + 1, m.replace(" PO", "").replace(" daily", " 1x day")) for i, m in enumerate(meds(ctx))]
    out += ["", "vitamins: %s" % r.choice(["fish oil, vit D 2000", "multivitamin", "turmeric, vitamin C", "none"]), "allergic to: %s" % allergy_str(ctx), "", "pharmacy - %s" % ctx.pharmacy]
    return out


# --------------------------------------------------------------------------- prescriptions
def rx_pick(ctx):
    r = ctx.r
    M = [m for m in meds(ctx) if "PO" in m or "mg" in m] or ["ondansetron 8 mg PO q8h PRN nausea"]
    return r.choice(M)


def rx_pad(ctx):
    r = ctx.r
    m = rx_pick(ctx)
    p = r.choice([ctx.onc, ctx.np])
    out = [ctx.cname, p.specname, "%s, %s, %s %s   %s" % (ctx.cstreet, ctx.ccity, ctx.cstate, ctx.czip, ctx.cphone), "", "%s   DEA# %s%s%07d   NPI %010d" % (p.full(), r.choice("ABFM"), p.last[0], r.randint(0, 9999999), r.randint(10 ** 9, 10 ** 10 - 1)), ""]
    out += ["Name: %s      Date: %s" % (ctx.name(3), D(ctx)), "Address: %s, %s, %s" % (ctx.addr, ctx.city, ctx.state), "DOB: %s" % D(ctx, ctx.dob), "", "Rx"]
    parts = m.split()
    out += ["  %s %s" % (parts[0].capitalize(), " ".join(parts[1:3])), "  Sig: %s" % " ".join(parts[3:]) if len(parts) > 3 else "  Sig: as directed", "  Disp: #%d (%s)" % (r.choice([20, 30, 60, 90]), r.choice(["twenty", "thirty", "sixty", "ninety"])), "  Refills: %d" % r.randint(0, 3), ""]
    out += [r.choice(["[ ] Dispense as written    [X] Substitution permitted", "Substitution permitted ______   Dispense as written ______", "Product selection permitted"]), "", "Signature: ______________________ %s" % p.full(3)]
    return out


def rx_erx(ctx):
    r = ctx.r
    m = rx_pick(ctx)
    out = ["FAX - NEW PRESCRIPTION", "To: %s   Fax: %s" % (ctx.pharmacy, phone(r)), "From: %s, %s   Phone %s" % (ctx.np.full(), ctx.cname, ctx.cphone), "Date sent: %s %s" % (D(ctx), T(r)), "",
           "Patient: %s   DOB: %s   Phone: %s" % (ctx.name(1), D(ctx, ctx.dob), ctx.phone), "Address: %s %s %s %s" % (ctx.addr, ctx.city, ctx.state, ctx.zip), "",
           "Medication: %s" % m, "Quantity: %d   Days supply: %d   Refills: %d" % (r.choice([30, 60, 90]), r.choice([30, 90]), r.randint(0, 5)), "Diagnosis: %s (%s)" % (ctx.c["short"], icd(ctx)), "Note to pharmacist: %s" % r.choice(["none", "patient on chemotherapy", "please call with PA requirements"]), "",
           "Prescriber: %s   NPI %010d" % (ctx.onc.full(), r.randint(10 ** 9, 10 ** 10 - 1)), "This prescription was electronically signed. Unauthorized disclosure prohibited."]
    return out


def rx_controlled(ctx):
    r = ctx.r
    drug = r.choice([("Oxycodone IR 5 mg tablet", "1-2 tablets by mouth every 4 hours as needed for pain"), ("Morphine sulfate ER 15 mg tablet", "1 tablet by mouth every 12 hours"),
                     ("Hydromorphone 2 mg tablet", "1 tablet by mouth every 4 hours as needed for severe pain"), ("Lorazepam 0.5 mg tablet", "1 tablet every 6 hours as needed for nausea or anxiety")])
    q = r.choice([(30, "thirty"), (42, "forty-two"), (60, "sixty"), (20, "twenty")])
    out = [ctx.cname.upper(), "SCHEDULE II CONTROLLED SUBSTANCE PRESCRIPTION" if "Lorazepam" not in drug[0] else "PRESCRIPTION", "", "Patient: %s   DOB: %s" % (ctx.name(0), D(ctx, ctx.dob)), "Address: %s, %s %s" % (ctx.addr, ctx.city, ctx.state), "Date issued: %s" % D(ctx), "",
           "Rx: %s" % drug[0], "Sig: %s" % drug[1], "Quantity: %d (%s) tablets" % q, "Refills: NONE", "Diagnosis: cancer-related pain, %s" % icd(ctx), "%s" % r.choice(["Do not fill before: %s" % D(ctx, later(ctx, r.randint(1, 10))), "PDMP reviewed %s" % D(ctx), "Exempt from 7-day limit: active cancer treatment"]), "",
           "Prescriber: %s   DEA %s%s%07d" % (ctx.onc.full(), r.choice("ABF"), ctx.onc.last[0], r.randint(0, 9999999)), "Signature: ______________________", "Security features: void pantograph / microprint / heat-sensitive ink"]
    return out


def rx_oral_chemo(ctx):
    r = ctx.r
    oral = [d for d in ctx.reg["drugs"] if d[3].startswith("PO")]
    if not oral:
        ctx.c = r.choice([c for c in CANCERS if c["key"] in ("colon", "cll", "prostate", "myeloma")])
        ctx.reg = [g for g in ctx.c["regs"] if any(d[3].startswith("PO") for d in g["drugs"])][0]
        oral = [d for d in ctx.reg["drugs"] if d[3].startswith("PO")]
    d = oral[0]
    ds = dose(ctx, d)
    out = [ctx.cname, "ORAL ANTICANCER AGENT PRESCRIPTION", "Send to: %s" % r.choice(["Apex Specialty Pharmacy", "OncoSource Specialty Rx", "Whitcombe Outpatient Pharmacy"]), "",
           "Patient: %s  MRN %s  DOB %s" % (ctx.name(1), ctx.mrn, D(ctx, ctx.dob)), "Height %d cm  Weight %s kg  BSA %s m2" % (ctx.height, ctx.weight, ctx.bsa), "Diagnosis: %s  ICD: %s" % (dx(ctx), icd(ctx)), "Regimen: %s, cycle %d" % (ctx.reg["name"], ctx.cycle), "",
           "Drug: %s   Dose: %s (%s)   Route: %s   Schedule: %s" % (d[0], ds[1], ds[2], d[3], d[4]), "Dispense: %d-day supply   Refills: %d" % (r.choice([14, 21, 28, 30]), r.randint(0, 2)),
           "REMS/registry authorization #: %s" % ("%d" % r.randint(10 ** 6, 10 ** 7) if d[0] in ("lenalidomide", "thalidomide") else "N/A"), "", "Prescriber: %s   Verified by: PharmD __________" % ctx.onc.full()]
    return out


def rx_dme(ctx):
    r = ctx.r
    item = r.choice([("Cranial prosthesis (wig)", "alopecia due to chemotherapy", "L65.9 / chemotherapy-induced alopecia"), ("Compression sleeve, 20-30 mmHg, %s arm" % ctx.side, "lymphedema after axillary surgery", "I97.2"),
                     ("Post-mastectomy bra x2 and breast prosthesis", "status post mastectomy", "Z90.1%s" % ctx.sc), ("Standard wheelchair with cushion", "weakness and fatigue due to malignancy", "R53.81"),
                     ("Hospital bed, semi-electric", "metastatic cancer, bedbound", "Z74.01"), ("Bedside commode", "deconditioning", "R26.89")])
    out = letterhead(ctx, ctx.onc.specname, 3) + ["Prescription / Order for Durable Medical Equipment", "", "Date: %s" % D(ctx), "Patient: %s   DOB: %s" % (ctx.name(0), D(ctx, ctx.dob)), "Insurance: %s  ID %s" % (ctx.payer[0], ctx.memberid), "",
                                                 "Item: %s" % item[0], "Medical necessity: %s" % item[1], "Diagnosis code: %s" % item[2], "Length of need: %s" % r.choice(["99 months (lifetime)", "6 months", "12 months"]), "", "Physician: %s   NPI %010d" % (ctx.onc.full(), r.randint(10 ** 9, 10 ** 10 - 1)), "Signature ____________________"]
    return out


def rx_multi(ctx):
    r = ctx.r
    M = r.sample(meds(ctx), min(len(meds(ctx)), r.randint(2, 4))) or ["ondansetron 8 mg PO q8h PRN nausea"]
    out = ["Prescriptions", ctx.cname + " - " + ctx.onc.specname, "%s  |  DOB %s  |  %s" % (ctx.name(2), D(ctx, ctx.dob), D(ctx)), ""]
    for m in M:
        out += [m.split(" PO")[0].split(" IM")[0], "  Sig: %s" % (m.split(" PO ")[-1] if " PO " in m else "as directed"), "  Qty: %d  Refills: %d  Pharmacy: %s" % (r.choice([14, 30, 60, 90]), r.randint(0, 3), ctx.pharmacy), ""]
    return out + ["Authorized by %s" % ctx.np.full(), "Supervising physician: %s" % ctx.onc.full()]


# --------------------------------------------------------------------------- anesthesia
def an_intraop(ctx):
    r = ctx.r
    op = ctx.f(r.choice(ctx.c["surg"]))
    out = [ctx.cname + " - ANESTHESIA RECORD", "", ptblock(ctx, 2)[0], "Date: %s   OR: %d   Procedure: %s   Surgeon: %s" % (D(ctx), r.randint(1, 22), op, ctx.surg.full(3)),
           "ASA %s%s   Wt %s kg   Ht %d cm   Allergies: %s" % (r.choice(["II", "III", "III", "IV"]), r.choice(["", "", "E"]) if False else "", ctx.weight, ctx.height, allergy_str(ctx)), "",
           "Anesthesia start %s  Induction %s  Incision %s  End %s" % (T(r, 7, 8, False), T(r, 8, 8, False), T(r, 8, 9, False), T(r, 11, 16, False)), "",
           "Airway: %s, grade %s view, %s, ETT %.1f cuffed, %d cm at lip, BBS equal, +ETCO2" % (r.choice(["Direct laryngoscopy Mac 3", "Video laryngoscopy (GlideScope)"]), r.choice(["I", "II"]), "atraumatic", r.choice([7.0, 7.5, 8.0]), r.randint(20, 23)),
           "Induction: propofol %d mg, fentanyl %d mcg, rocuronium %d mg, lidocaine %d mg" % (r.randint(100, 200), r.choice([100, 150, 250]), r.choice([40, 50, 70]), r.choice([0, 60, 80])),
           "Maintenance: sevoflurane %.1f%% in O2/air" % r.uniform(1.5, 2.5), "Other drugs: cefazolin 2 g %s, dexamethasone 4 mg, ondansetron 4 mg, hydromorphone %.1f mg, sugammadex %d mg" % (T(r, 8, 9, False), r.uniform(0.4, 1.2), r.choice([200, 400])), "",
           "Time   HR   BP        SpO2  EtCO2  Temp"]
    for i in range(r.randint(6, 12)):
        out.append("%02d:%02d  %-4d %-9s %-5d %-6d %.1f" % (8 + i // 4, (i % 4) * 15, r.randint(58, 96), "%d/%d" % (r.randint(92, 140), r.randint(50, 85)), r.randint(96, 100), r.randint(32, 40), r.uniform(35.8, 36.9)))
    out += ["", "I/O: crystalloid %d mL, EBL %d mL, UOP %d mL" % (r.randint(800, 3500), r.randint(20, 500), r.randint(100, 800)), "Lines: PIV x2%s" % r.choice(["", ", R radial arterial line", ", R IJ CVC"]),
            "Emergence: smooth, extubated in OR, to PACU stable.", "", "Anesthesiologist: %s   CRNA: %s" % (ctx.anes.full(), ctx.crna.full())]
    return out


def an_preop(ctx):
    r = ctx.r
    out = [r.choice(["PRE-ANESTHESIA EVALUATION", "Anesthesia Preoperative Assessment", "Pre-Procedure Anesthesia Note"]), ptblock(ctx, 1)[0], "Date: %s  Planned: %s" % (D(ctx), ctx.f(r.choice(ctx.c["surg"]))), ""]
    out += ["PMH: %s" % ", ".join(pmh_list(ctx)), "Oncologic: %s; recent chemo: %s" % (dx(ctx, True), r.choice(["none", ctx.reg["name"] + " last %s" % D(ctx, later(ctx, -r.randint(20, 60)))])),
            "Meds: %s" % ", ".join(meds(ctx)[:6]), "Allergies: %s" % allergy_str(ctx), "Prior anesthesia: %s" % r.choice(["GA without complication", "PONV", "none"]), "NPO since: %s" % r.choice(["midnight", "06:00 clear liquids"]), "",
            "Airway: Mallampati %s, TMD >3 FB, mouth opening adequate, neck ROM full, dentition %s" % (r.choice(["I", "II", "III"]), r.choice(["intact", "partial upper denture", "poor"])),
            "CV: RRR   Resp: CTAB   METs: %s" % r.choice([">4", "<4", "~4"]), "Labs: " + lab_lines(ctx, style=1)[0], "ECG: %s" % r.choice(["NSR", "sinus, QTc 442", "not indicated"]), "",
            "ASA physical status: %s" % r.choice(["II", "III", "III", "IV"]), "Plan: %s. Risks discussed including sore throat, dental injury, aspiration, awareness, cardiopulmonary complications; patient agrees." % r.choice(["GETA", "GA with thoracic epidural", "MAC", "GA/LMA"])]
    return out + esign(ctx, ctx.anes, r.choice([0, 3]))


def an_pacu(ctx):
    r = ctx.r
    out = ["POST-ANESTHESIA CARE UNIT RECORD", ptblock(ctx, 2)[0], "Date %s   Arrival %s   Procedure: %s" % (D(ctx), T(r, 10, 16, False), ctx.f(r.choice(ctx.c["surg"]))), "",
           "Report received from %s." % ctx.crna.full(), "%-8s %-6s %-9s %-5s %-5s %-8s" % ("Time", "HR", "BP", "RR", "SpO2", "Pain")]
    for i in range(r.randint(4, 7)):
        out.append("%-8s %-6d %-9s %-5d %-5d %d/10" % ("+%d min" % (i * 15), r.randint(60, 100), "%d/%d" % (r.randint(100, 145), r.randint(55, 85)), r.randint(12, 20), r.randint(93, 100), r.randint(0, 7)))
    out += ["", "Aldrete score: arrival %d, discharge %d" % (r.randint(6, 8), r.choice([9, 10])), "Medications: hydromorphone 0.2 mg IV x%d, ondansetron 4 mg IV" % r.randint(1, 3), "PONV: %s" % r.choice(["none", "mild"]),
            "Discharged from PACU to %s at %s. Anesthesia discharge criteria met - %s" % (r.choice(["floor", "home with escort", "ICU", "short stay unit"]), T(r, 12, 18, False), ctx.anes.full(3))]
    return out


def an_sedation(ctx):
    r = ctx.r
    out = [ctx.cname, r.choice(["MODERATE SEDATION / MAC RECORD", "Procedural Sedation Record", "Anesthesia Care Record - Non-OR"]), ptblock(ctx, 4)[0], "Date %s  Location: %s" % (D(ctx), r.choice(["IR suite 2", "Endoscopy rm 4", "Heme procedure room", "Bronchoscopy suite"])),
           "Procedure: %s" % r.choice(["port placement", "bone marrow biopsy", "EUS-FNA", "EBUS", "CT-guided biopsy"]), "ASA %s   Airway Mallampati %s   NPO > 8 h" % (r.choice(["II", "III"]), r.choice(["I", "II"])), "", "Time   Drug               Dose    HR  BP       SpO2  RASS"]
    for i in range(r.randint(4, 8)):
        drug = r.choice([("propofol", "%d mg" % r.choice([20, 30, 50])), ("fentanyl", "25 mcg"), ("midazolam", "1 mg"), ("-", "")])
        out.append("%s  %-18s %-7s %-3d %-8s %-5d %d" % (T(r, 8, 15, False), drug[0], drug[1], r.randint(58, 98), "%d/%d" % (r.randint(98, 150), r.randint(55, 88)), r.randint(92, 100), r.choice([-1, -2, -3, 0])))
    return out + ["", "O2: 2-4 L NC. Complications: none. Recovery to baseline at %s." % T(r, 10, 17, False), "Provider: %s" % r.choice([ctx.anes, ctx.crna]).full()]


def an_summary(ctx):
    r = ctx.r
    out = ["ANESTHESIA NOTE", "%s  %s  %s" % (ctx.name(2), ctx.mrn, D(ctx)), "",
           "%s %d-year-old %s, ASA %s, underwent %s under %s. %s Intraoperative course %s. Total fluids %d mL, EBL %d mL. Extubated uneventfully and transferred to PACU with stable vital signs. No apparent anesthesia complications." % (
               title(ctx), ctx.age, ctx.man, r.choice(["II", "III"]), ctx.f(r.choice(ctx.c["surg"])), r.choice(["general endotracheal anesthesia", "general anesthesia with LMA", "general anesthesia plus thoracic epidural"]),
               r.choice(["Induction was uneventful.", "Rapid sequence induction performed.", "Awake fiberoptic intubation performed due to anticipated difficult airway."]), r.choice(["notable for transient hypotension treated with phenylephrine", "unremarkable", "notable for one episode of bradycardia responsive to glycopyrrolate"]),
               r.randint(600, 3500), r.randint(10, 600)), "", "Post-anesthesia evaluation: patient awake, pain controlled, no nausea, vital signs stable. %s" % r.choice(["", "Epidural functioning well.", "Will follow."])]
    return out + esign(ctx, ctx.anes, r.choice([0, 3]))


def an_epidural(ctx):
    r = ctx.r
    lvl = r.choice(["T6-7", "T7-8", "T8-9", "T9-10"])
    out = [r.choice(["REGIONAL ANESTHESIA PROCEDURE NOTE", "Acute Pain Service - Epidural Placement", "Nerve Block / Neuraxial Record"]), ptblock(ctx, 1)[0], "Date/time: %s %s" % (D(ctx), T(r, 7, 9)), "",
           "Indication: postoperative analgesia for %s" % ctx.f(r.choice(ctx.c["surg"])), "Consent: obtained; risks including headache, bleeding, infection, nerve injury reviewed.", "Coags: plt %s, INR %.1f; last anticoagulant: %s" % (ctx.labs["Platelets"][0], r.uniform(0.9, 1.2), r.choice(["none", "heparin SC >12 h"])),
           "Position: sitting. Level: %s. Needle: 18G Tuohy, LOR to saline at %d cm; catheter taped at %d cm. Test dose lidocaine 1.5%% with epi 3 mL negative." % (lvl, r.randint(5, 8), r.randint(10, 14)),
           "Infusion: bupivacaine 0.1%% with hydromorphone 10 mcg/mL at %d mL/h, PCEA 3 mL q20 min." % r.randint(4, 8), "Complications: none.", "", "Performed by %s" % ctx.anes.full()]
    if r.random() < 0.5:
        out[5:5] = ["Block: %s TAP/%s" % (r.choice(["bilateral", ctx.side]), r.choice(["ESP", "paravertebral"]))]
    return out

# --------------------------------------------------------------------------- correspondence
def co_followup(ctx):
    r = ctx.r
    return letterhead(ctx, None, r.choice([0, 3])) + [D(ctx, style=2), "", ctx.pcp.full(), ctx.pcp_practice, "%d %s %s" % (r.randint(10, 999), r.choice(STREETS), r.choice(ST_SUF)), "",
            "RE: %s   DOB: %s" % (ctx.name(0), D(ctx, ctx.dob)), "", "Dear Dr. %s:" % ctx.pcp.last, "",
            "I saw our mutual patient %s in follow-up today. %s" % (title(ctx), hpi(ctx)), "", "On examination: %s" % "; ".join(b for a, b in exam(ctx, True)[:4]), "", plan_text(ctx), "",
            "I will keep you updated. Please feel free to call me at %s." % ctx.cphone, "", "Sincerely,"] + esign(ctx, ctx.onc, r.choice([1, 2]))


def co_results(ctx):
    r = ctx.r
    good = ctx.phase in ("surveillance", "active")
    return letterhead(ctx, None, 0) + [D(ctx, style=2), "", ctx.name(3), ctx.addr, "%s, %s %s" % (ctx.city, ctx.state, ctx.zip), "", "Dear %s," % title(ctx), "",
            "I am writing to let you know the results of your recent %s from %s. %s" % (r.choice(["CT scan", "blood tests", "PET scan", "bone marrow biopsy"]), D(ctx, later(ctx, -r.randint(3, 14))),
                r.choice(["The results were reassuring and showed no sign that the cancer has come back.", "Your blood counts have recovered well.", "The scan shows the cancer is responding to treatment."]) if good else "The results show some changes that we should discuss in person; please call to schedule an appointment."),
            "", "Please continue your current medications and keep your next appointment on %s." % D(ctx, later(ctx, r.randint(14, 90))), "", "If you have questions, call our office at %s." % ctx.cphone, "", "Sincerely,"] + esign(ctx, r.choice([ctx.onc, ctx.np]), 1)


def co_necessity(ctx):
    r = ctx.r
    item = r.choice(["PET/CT imaging", ctx.reg["drugs"][0][0] + " (%s)" % ctx.reg["name"], "pegfilgrastim", "genomic testing", "proton beam therapy"])
    return letterhead(ctx, None, 0) + [D(ctx, style=2), "", "%s - Utilization Management / Appeals" % ctx.payer[0], "Fax: %s" % phone(r), "",
            "RE: LETTER OF MEDICAL NECESSITY", "Member: %s   ID: %s   DOB: %s" % (ctx.name(0), ctx.memberid, D(ctx, ctx.dob)), "Diagnosis: %s (%s)" % (dx(ctx), icd(ctx)), "",
            "To Whom It May Concern:", "", "I am writing on behalf of my patient to request %s of %s, which was %s on %s (reference #%d)." % (r.choice(["authorization", "reconsideration of the denial"]), item, r.choice(["denied", "submitted"]), D(ctx, later(ctx, -r.randint(3, 20))), r.randint(10 ** 6, 10 ** 7)),
            "", hpi(ctx), "", "%s is consistent with NCCN Guidelines (category %s) and is medically necessary for this patient. Delay in treatment could adversely affect outcome." % (item[0].upper() + item[1:], r.choice(["1", "2A"])),
            "", "Thank you for your prompt attention.", "", "Respectfully,"] + esign(ctx, ctx.onc, 1)


def co_twimc(ctx):
    r = ctx.r
    purpose = r.choice([("is currently receiving treatment for cancer and will be unable to work from %s through %s." % (D(ctx), D(ctx, later(ctx, r.randint(30, 120)))), "work"),
                        ("is under my care for a serious medical condition and should be excused from jury duty.", "jury"),
                        ("is receiving cancer treatment and will be traveling with the following medications, including syringes and controlled substances: %s." % ", ".join(meds(ctx)[:4]), "travel"),
                        ("requires a disabled parking placard due to fatigue and reduced mobility related to cancer treatment.", "parking")])
    return letterhead(ctx, None, r.choice([0, 3])) + [D(ctx), "", "To Whom It May Concern:", "", "%s (date of birth %s) %s" % (ctx.name(3), D(ctx, ctx.dob), purpose[0]),
            "" if purpose[1] != "work" else "Reasonable accommodations upon return may include a reduced schedule and time off for appointments.", "",
            "Please contact my office at %s with any questions." % ctx.cphone, "", "Sincerely,"] + esign(ctx, r.choice([ctx.onc, ctx.np, ctx.radonc]), 1)


def co_admin(ctx):
    r = ctx.r
    kind = r.choice(["missed", "leaving", "transfer"])
    body = {"missed": "Our records indicate that you missed your appointment on %s. Regular follow-up is important for your health. Please call %s to reschedule." % (D(ctx, later(ctx, -r.randint(2, 10))), ctx.cphone),
            "leaving": "I am writing to let you know that Dr. %s will be leaving %s effective %s. Your care will be transferred to %s, who is familiar with your history. Your records will remain with the practice." % (ctx.onc.last, ctx.cname, D(ctx, later(ctx, 45)), ctx.np.full()),
            "transfer": "As requested, copies of your records have been sent to %s. Your oncology care there will be coordinated with Dr. %s. We wish you the best." % (r.choice(["Harlow Creek Regional Cancer Center", "Lakemont Community Oncology", "Copper Ridge Hematology Associates"]), r.choice(LAST))}[kind]
    return letterhead(ctx, None, 0) + [D(ctx, style=2), "", ctx.name(3), ctx.addr, "%s, %s %s" % (ctx.city, ctx.state, ctx.zip), "", "Dear %s %s," % (ctx.first, ctx.last), "", body, "", "Sincerely,", "", "%s Patient Access Office" % ctx.cabbr]


def co_portal(ctx):
    r = ctx.r
    q = r.choice(["I have been having more %s since my last treatment. Is this normal? Should I take the ondansetron more often?" % r.choice(ctx.c["sx"]),
                  "Can I get my flu shot while on chemo?", "My %s wants to know the results of the scan. Can you call?" % ctx.contact_rel, "I need a refill of my %s." % meds(ctx)[0].split()[0] if meds(ctx) else "I need a refill."])
    a = r.choice(["Thank you for your message. That can be expected with your treatment. Please take the medication as prescribed and call us if it is not controlled or you have a fever of 100.4 or higher.",
                  "Yes, the inactivated flu shot is recommended; we can give it at your next infusion visit.", "Dr. %s will call you this afternoon to discuss." % ctx.onc.last, "Refill sent to %s." % ctx.pharmacy])
    return ["Patient Portal Message", "From: %s  To: %s Care Team   Sent: %s %s" % (ctx.name(3), ctx.onc.full(2), D(ctx), T(r)), "Subject: %s" % r.choice(["Question", "Side effects", "Refill", "Scan results"]), "", q, "",
            "----- Reply -----", "From: %s   %s %s" % (ctx.rn.full(), D(ctx), T(r)), a, "", "This message was sent via the secure patient portal."]


# --------------------------------------------------------------------------- consent forms
def cf_sig(ctx):
    r = ctx.r
    return ["", "Patient signature: ____________________________  Date: %s  Time: %s" % (D(ctx), T(r)), "If patient unable to sign, authorized representative: ___________ Relationship: ______",
            "Witness: ____________________________  %s" % r.choice([ctx.rn.full(3), ""]), "Interpreter used: %s" % ("Yes - %s, ID %d" % (ctx.lang, r.randint(1000, 9999)) if ctx.lang != "English" else "No"),
            "Physician/provider obtaining consent: %s   Date: %s" % (r.choice([ctx.onc, ctx.surg, ctx.np]).full(), D(ctx)), "", "%s Form %s-%d Rev %02d/%02d" % (ctx.cabbr, r.choice(["CON", "PC", "MR"]), r.randint(100, 999), r.randint(1, 12), r.randint(5, 22))]


def cf_chemo(ctx):
    r = ctx.r
    se = {"doxorubicin": "heart damage, red urine", "cyclophosphamide": "bladder irritation", "paclitaxel": "nerve damage (neuropathy), allergic reaction", "docetaxel": "fluid retention, nail changes",
          "carboplatin": "low blood counts, allergic reaction", "cisplatin": "kidney damage, hearing loss", "oxaliplatin": "cold sensitivity, neuropathy", "fluorouracil": "diarrhea, mouth sores, hand-foot syndrome",
          "rituximab": "infusion reactions, hepatitis B reactivation", "pembrolizumab": "immune-related inflammation of organs", "bortezomib": "neuropathy", "lenalidomide": "blood clots, birth defects"}
    out = letterhead(ctx, None, r.choice([0, 2])) + [r.choice(["CONSENT FOR CHEMOTHERAPY / SYSTEMIC ANTICANCER THERAPY", "Informed Consent for Treatment with Anticancer Medications", "TREATMENT CONSENT"]), ""] + ptblock(ctx, 0)
    out += ["Diagnosis: %s" % dx(ctx), "Treatment plan: %s" % ctx.reg["name"], "Drugs: %s" % ", ".join(sorted(set(d[0] for d in ctx.reg["drugs"]))), "Goal of treatment: %s" % ("[ ] Cure  [X] Control  [ ] Comfort" if ctx.metastatic else "[X] Cure  [ ] Control  [ ] Comfort"),
            "Expected duration: %s" % ("%d cycles" % ctx.reg["cycles"] if ctx.reg["cycles"] != 99 else "ongoing"), "", "Common side effects: fatigue, nausea/vomiting, hair loss, low blood counts with risk of infection, bleeding and anemia.",
            "Drug-specific risks: " + "; ".join("%s - %s" % (d[0], se.get(d[0], "see drug information sheet")) for d in ctx.reg["drugs"]), "Rare but serious: severe infection, organ damage, secondary cancers, death.", "",
            "I have had the opportunity to ask questions. I understand alternatives include %s. I may withdraw consent at any time. I have received written drug information." % r.choice(["other regimens, clinical trials, radiation or no treatment", "observation or supportive care only"])]
    return out + cf_sig(ctx)


def cf_surgery(ctx):
    r = ctx.r
    op = ctx.f(r.choice(ctx.c["surg"]))
    out = [ctx.cname.upper(), r.choice(["AUTHORIZATION FOR SURGICAL OR MEDICAL PROCEDURE", "Consent to Operation, Anesthesia and Other Medical Services", "PROCEDURE CONSENT"]), ""] + ptblock(ctx, 1)
    out += ["1. I authorize %s and associates/assistants (including residents) to perform: %s" % (ctx.surg.full(), op), "2. Side/site: %s" % (ctx.side if "{side}" in " ".join(ctx.c["surg"]) else "N/A"),
            "3. The nature and purpose, risks (including bleeding, infection, damage to nearby organs, blood clots, %s), benefits and alternatives have been explained to me." % r.choice(["anastomotic leak", "lymphedema", "air leak", "incontinence and erectile dysfunction", "pancreatic fistula"]),
            "4. I consent to anesthesia as deemed necessary. 5. I consent to disposal of removed tissue by pathology and its use for education/research unless I object: ____", "6. I %s consent to blood transfusion if needed." % r.choice(["DO", "DO", "DO NOT"]), "7. No guarantee has been made as to the results."]
    return out + cf_sig(ctx)


def cf_transfusion(ctx):
    r = ctx.r
    out = letterhead(ctx, "Transfusion Medicine", 1) + ["CONSENT FOR TRANSFUSION OF BLOOD AND BLOOD PRODUCTS", ""] + ptblock(ctx, 2)
    out += ["Products: [X] Red blood cells  [%s] Platelets  [ ] Plasma  [ ] Cryoprecipitate" % ("X" if r.random() < 0.6 else " "), "This consent is valid for: %s" % r.choice(["this admission", "a course of outpatient treatment up to 12 months", "the duration of the treatment plan"]), "",
            "Reason: %s related to %s and its treatment." % (r.choice(["anemia", "thrombocytopenia", "anemia and thrombocytopenia"]), ctx.c["short"]),
            "Risks: fever or allergic reaction (1 in 100), fluid overload, transfusion-related lung injury (rare), hemolytic reaction (rare), infection (HIV, hepatitis - less than 1 in 1,000,000).", "Alternatives: no transfusion, erythropoiesis-stimulating agents, iron.",
            "[ ] I REFUSE blood products. I understand the risks of refusing."]
    return out + cf_sig(ctx)


def cf_trial(ctx):
    r = ctx.r
    proto = "%s-%02d-%03d" % (ctx.cabbr.split("-")[0], ctx.year % 100, r.randint(1, 400))
    out = [ctx.cname, "RESEARCH SUBJECT INFORMED CONSENT FORM", "", "Protocol: %s   IRB #%d   Version %d, dated %s" % (proto, r.randint(10000, 99999), r.randint(1, 6), D(ctx, later(ctx, -r.randint(60, 400)))),
           "Title: A %s Study of %s %s in Patients With %s" % (r.choice(["Phase II", "Randomized Phase III", "Phase I/II"]), r.choice(["Investigational Agent", "ONX-%d" % r.randint(100, 999), "WK-%04d" % r.randint(0, 9999)]), r.choice(["Plus Standard Therapy", "Versus Standard of Care", "Maintenance"]), ctx.c["short"].title()),
           "Principal Investigator: %s   24-h contact: %s" % (ctx.onc.full(), ctx.cphone), "", "KEY INFORMATION: You are being asked to take part in a research study. Participation is voluntary. You may leave at any time without penalty or loss of benefits.",
           "Purpose: to learn whether adding a study drug improves outcomes. About %d people will take part at %d sites." % (r.randint(40, 800), r.randint(1, 120)), "Procedures: blood tests, scans every %d weeks, research biopsy (%s)." % (r.choice([6, 8, 9, 12]), r.choice(["optional", "required"])),
           "Risks: side effects of study drug including %s; unknown risks." % r.choice(["rash, diarrhea, liver inflammation", "low blood counts", "fatigue, hypertension"]), "Costs: The sponsor provides the study drug. Your insurance will be billed for routine care.",
           "Confidentiality / HIPAA authorization: your information may be shared with the sponsor, FDA, and the IRB.", "", "Subject initials on each page: ____", "", "Signature of research subject ______________ Date ______", "Signature of person obtaining consent ______________ Date ______"]
    return out


def cf_radiation(ctx):
    r = ctx.r
    out = letterhead(ctx, ctx.radonc.specname, 3) + ["CONSENT FOR RADIATION THERAPY", ""] + ptblock(ctx, 4)
    out += ["I, %s, consent to radiation treatment to the %s, planned %s, under the direction of %s." % (ctx.name(3), ctx.f(ctx.c["rt"][0]), r.choice(ctx.c["rt"][1]), ctx.radonc.full()), "",
            "Short-term side effects may include: fatigue, skin redness/peeling, hair loss in treated area, %s." % r.choice(["sore throat and difficulty swallowing", "diarrhea and urinary frequency", "cough", "mouth sores, taste changes and dry mouth"]),
            "Long-term side effects may include: %s, and rarely a second cancer." % r.choice(["scarring/fibrosis", "dry mouth, dental decay", "rectal bleeding, erectile dysfunction", "lung scarring, rib fracture"]),
            "Pregnancy: %s" % ("I am not pregnant to my knowledge." if ctx.sex == "F" else "N/A"), "Tattoos/marks may be placed for treatment setup. Photographs may be taken for identification."]
    return out + cf_sig(ctx)


def cf_procedure(ctx):
    r = ctx.r
    proc = r.choice(["bone marrow aspiration and biopsy", "lumbar puncture with intrathecal chemotherapy", "implanted port placement", "paracentesis", "CT-guided biopsy"])
    out = ["%s  |  %s" % (ctx.cabbr, r.choice(["Consent for Procedure and Sedation", "Special Procedure Consent"])), ptblock(ctx, 1)[0], "",
           "Procedure: %s    Performing provider: %s" % (proc, r.choice([ctx.np, ctx.fellow, ctx.ir]).full()), "Sedation: [%s] none  [%s] moderate sedation  [ ] anesthesia" % (r.choice(["X", " "]), r.choice(["X", " "])),
           "Risks explained: pain, bleeding, bruising, infection, %s, reaction to medicines." % r.choice(["nerve injury", "headache", "pneumothorax", "damage to nearby organs"]), "Benefits: diagnosis and/or treatment planning. Alternatives: %s." % r.choice(["imaging only", "no procedure", "different procedure"]),
           "I understand and agree.", "", "Patient: ____________________  Date %s   Time %s" % (D(ctx), T(r)), "Provider: ____________________   Time-out verified by: %s" % ctx.rn.full(3)]
    return out


# --------------------------------------------------------------------------- referrals
def rf_pcp(ctx):
    r = ctx.r
    set_phase(ctx, "new")
    return [ctx.pcp_practice, "%d %s %s, %s, %s" % (r.randint(10, 999), r.choice(STREETS), r.choice(ST_SUF), ctx.city, ctx.state), "Phone %s  Fax %s" % (phone(r), phone(r)), "", D(ctx, style=2), "",
            ctx.onc.full() if r.random() < 0.5 else "%s Intake" % ctx.onc.specname, ctx.cname, "", "RE: %s, DOB %s" % (ctx.name(3), D(ctx, ctx.dob)), "", r.choice(["Dear Colleague,", "Dear Dr. %s," % ctx.onc.last]), "",
            "I am referring my patient, a %d-year-old %s, for evaluation and management of %s. %s presented with %s. %s on %s showed %s." % (
                ctx.age, ctx.man, ctx.c["short"], ctx.He, ctx.f(r.choice(ctx.c["present"])), ctx.f(ctx.c["biopsy"]).capitalize(), D(ctx, ctx.dx_date), ctx.f(ctx.c["histo"])), "",
            "Past history includes %s. Current medications: %s. Allergies: %s." % (", ".join(pmh_list(ctx)), ", ".join(ctx.home_meds) or "none", allergy_str(ctx)), "",
            "%s Enclosed are pathology, imaging and recent labs." % r.choice(["I would appreciate seeing the patient at your earliest convenience.", "The patient is anxious and would appreciate an appointment soon.", "Please see urgently."]), "", "Thank you,", "", ctx.pcp.full()]


def rf_form(ctx):
    r = ctx.r
    X = lambda b: "[X]" if b else "[ ]"
    urg = r.random() < 0.4
    return [r.choice(["REFERRAL REQUEST FORM", "Outpatient Referral / Authorization Request", "NEW PATIENT REFERRAL - FAX TO %s" % ctx.cfax]), "", "Date: %s" % D(ctx), "Referring provider: %s   NPI %010d" % (ctx.pcp.full(), r.randint(10 ** 9, 10 ** 10 - 1)), "Practice: %s   Phone %s" % (ctx.pcp_practice, phone(r)), "",
            "Refer to: %s  %s" % (r.choice([ctx.onc.specname, ctx.surg.specname, ctx.radonc.specname]), ctx.cname), "Priority: %s Routine   %s Urgent (within 1 week)" % (X(not urg), X(urg)), "",
            "Patient: %s   DOB %s   Sex %s" % (ctx.name(1), D(ctx, ctx.dob), ctx.sex), "Phone: %s   Address: %s, %s %s" % (ctx.phone, ctx.addr, ctx.city, ctx.state), "Insurance: %s  Member ID %s  Group %s" % (ctx.payer[0], ctx.memberid, ctx.group),
            "Authorization #: %s" % r.choice(["pending", "%d" % r.randint(10 ** 7, 10 ** 8), "not required"]), "", "Diagnosis: %s   ICD: %s" % (dx(ctx, True), icd(ctx)), "Reason for referral: %s" % r.choice(["evaluate and treat", "second opinion", "consultation only", "chemotherapy"]),
            "Records attached: %s Pathology  %s Imaging  %s Labs  %s Office notes" % (X(True), X(r.random() < 0.8), X(True), X(r.random() < 0.6)), "", "Signature: ____________"]


def rf_internal(ctx):
    r = ctx.r
    to = r.choice([(ctx.radonc, "radiation therapy to the %s" % ctx.f(ctx.c["rt"][0])), (ctx.surg, "surgical evaluation for %s" % ctx.f(ctx.c["surg"][0])), (P(r, "genetics", "MS, CGC"), "hereditary cancer genetic counseling and testing"),
                    (P(r, "rehab", "PT, DPT, CLT"), "lymphedema evaluation and therapy"), (P(r, "nutrition", "RD, CSO"), "nutrition assessment for weight loss")])
    return ["Internal Referral", "To: %s%s" % (to[0].full(), " (%s)" % to[0].specname if to[0].spec in SPEC_NAMES else ""), "From: %s" % ctx.onc.full(), "Date: %s" % D(ctx), ptblock(ctx, 4)[0], "",
            "Reason for referral: %s." % to[1], "", "Clinical summary: %s" % hpi(ctx), "", "Question(s): %s" % r.choice(["Please evaluate and treat.", "Is the patient a candidate?", "Please see before next cycle.", "Family history concerning; please assess for testing."]),
            "Urgency: %s" % r.choice(["routine", "within 2 weeks", "urgent"])] + esign(ctx, ctx.onc, 3)


def rf_hospice(ctx):
    r = ctx.r
    set_phase(ctx, "eol")
    return [ctx.cname + " - Case Management", r.choice(["HOSPICE REFERRAL", "Referral to Hospice Services", "Hospice Intake Referral"]), "", "To: %s Hospice   Fax %s" % (r.choice(["Gentle Harbor", "Evening Star", "Valley Comfort", "Bellwether Community"]), phone(r)), "Date: %s" % D(ctx), "",
            "Patient: %s  DOB %s  Phone %s" % (ctx.name(0), D(ctx, ctx.dob), ctx.phone), "Address: %s, %s, %s" % (ctx.addr, ctx.city, ctx.state), "Primary caregiver: %s (%s) %s" % (ctx.contact, ctx.contact_rel, ctx.contact_phone),
            "Terminal diagnosis: %s  (%s)" % (dx(ctx), icd(ctx)), "Prognosis: 6 months or less if disease runs its usual course.", "Code status: DNR. POLST: %s" % r.choice(["on file", "completed %s" % D(ctx)]),
            "Functional status: PPS %d%%, ECOG %d" % (r.choice([30, 40]), ctx.ecog), "Symptoms: %s" % ", ".join(r.sample(["pain", "dyspnea", "anorexia", "fatigue", "nausea", "delirium"], 3)), "Attending of record for hospice: %s" % r.choice([ctx.onc.full(), ctx.pcp.full()]), "",
            "Level of care requested: %s" % r.choice(["routine home care", "general inpatient", "home with continuous care eval"]), "Referring: %s" % ctx.pall.full()]


def rf_transplant(ctx):
    r = ctx.r
    if not ctx.c["heme"]:
        ctx.c = r.choice([c for c in CANCERS if c["key"] in ("myeloma", "aml", "dlbcl")])
        ctx.reg = ctx.c["regs"][0]
    return letterhead(ctx, None, 0) + [D(ctx, style=2), "", "%s, Blood and Marrow Transplant Program" % P(r, "heme").full(), r.choice(["Northgate University Hospital", "Riverbend University Health", "Whitcombe University Hospital"]), "",
            "Re: %s  DOB %s" % (ctx.name(0), D(ctx, ctx.dob)), "", "Dear Dr. %s," % r.choice(LAST), "",
            "I would be grateful if you would evaluate %s for %s stem cell transplantation. %s has %s and received %s with %s. Most recent %s." % (
                title(ctx), "autologous" if ctx.c["key"] in ("myeloma", "dlbcl") else "allogeneic", ctx.He, dx(ctx), ctx.reg["name"], r.choice(["a very good partial response", "complete remission (CR1)", "partial response"]),
                "bone marrow biopsy showed %d%% blasts" % r.randint(0, 4) if ctx.c["key"] == "aml" else "labs: " + lab_lines(ctx, style=1)[0]),
            "", "HLA typing %s. Siblings: %d. Insurance: %s." % (r.choice(["has been sent", "pending", "not yet performed"]), r.randint(0, 4), ctx.payer[0]), "", "Thank you for seeing this patient."] + esign(ctx, ctx.onc, 1)


def rf_ext_spec(ctx):
    r = ctx.r
    spec = r.choice([("Cardiology", "LVEF decline on therapy"), ("Dermatology", "grade 2 rash on immunotherapy"), ("Endocrinology", "immune-related hypothyroidism"), ("Dental", "dental clearance prior to bisphosphonate/radiation")])
    return [ctx.cname, "%s  Referral" % spec[0], "", "Patient: %s  MRN %s  DOB %s" % (ctx.name(1), ctx.mrn, D(ctx, ctx.dob)), "Referring MD: %s   Phone %s" % (ctx.onc.full(), ctx.cphone), "",
            "Please evaluate for: %s." % spec[1], "Background: %s currently on %s." % (dx(ctx), ctx.reg["name"]), "Relevant meds: %s" % ", ".join(meds(ctx)[:5]), "Appointment requested within: %s" % r.choice(["1 week", "2 weeks", "1 month"]), "", "Thank you."]


# --------------------------------------------------------------------------- advance directives
def ad_livingwill(ctx):
    r = ctx.r
    st = ctx.state
    return ["%s LIVING WILL DECLARATION" % r.choice(["", "STATUTORY FORM", "ADVANCE DIRECTIVE -"]), "(Declaration made pursuant to the %s Health Care Decisions Act)" % st, "",
            "I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below." % ctx.name(3), "",
            "If at any time I should have an incurable and irreversible injury, disease or illness judged to be a terminal condition by my attending physician, or if I am permanently unconscious, I direct that life-sustaining treatment be withheld or withdrawn, and that I be permitted to die naturally with only the administration of medication or procedures necessary to provide comfort.", "",
            "Artificially provided nutrition and hydration: [%s] I DO want   [%s] I DO NOT want" % ((" ", "X") if r.random() < 0.7 else ("X", " ")), "Other instructions: %s" % r.choice(["I wish to die at home if possible.", "Please contact my pastor.", "None.", "I would like to donate my organs if suitable."]), "",
            "Signed this %d day of %s, %d at %s, %s." % (ctx.date.day, MONTHS[ctx.date.month - 1], ctx.year, ctx.city, st), "", "Declarant: ________________________", "",
            "WITNESSES: The declarant is personally known to me and signed in my presence. I am not related by blood or marriage, not entitled to any portion of the estate, and not directly financially responsible for the declarant's care.",
            "Witness 1: ______________  %s %s" % (r.choice(MALE + FEMALE), r.choice(LAST)), "Witness 2: ______________  %s %s" % (r.choice(MALE + FEMALE), r.choice(LAST)), "", "Notary Public (optional): ____________  My commission expires %s" % D(ctx, later(ctx, 900))]


def ad_dpoa(ctx):
    r = ctx.r
    return [r.choice(["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "HEALTH CARE PROXY", "APPOINTMENT OF HEALTH CARE AGENT"]), "", "1. I, %s, of %s, %s, hereby appoint:" % (ctx.name(3), ctx.city, ctx.state),
            "   Name: %s   Relationship: %s   Phone: %s" % (ctx.contact, ctx.contact_rel, ctx.contact_phone), "as my health care agent to make any and all health care decisions for me, except to the extent I state otherwise, when I am unable to make my own decisions.", "",
            "2. Alternate agent: %s %s  Phone %s" % (r.choice(MALE + FEMALE), r.choice(LAST), phone(r)), "", "3. My agent knows my wishes regarding artificial nutrition and hydration: [X] Yes",
            "4. Limitations: %s" % r.choice(["none", "I do not want to be placed on a ventilator for more than 2 weeks.", "No blood transfusions.", "My agent may not consent to psychosurgery."]), "",
            "5. This proxy shall remain in effect indefinitely unless revoked.", "", "Signature: ____________________  Date: %s" % D(ctx), "", "Statement by witnesses (must be 18 or older): I declare that the person who signed this document appeared to be of sound mind and acting of his or her own free will.",
            "Witness 1 ____________   Witness 2 ____________", "", "Acceptance by agent (optional): ____________"]


def ad_polst(ctx):
    r = ctx.r
    cpr = r.random() < 0.8
    return [r.choice(["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "MEDICAL ORDERS FOR LIFE-SUSTAINING TREATMENT (MOLST)", "POST - Physician Orders for Scope of Treatment"]),
            "HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROVIDERS AS NECESSARY. FIRST follow these orders, THEN contact physician.", "", "Patient last name: %s   First: %s   MI: %s   DOB: %s" % (ctx.last, ctx.first, ctx.mi, D(ctx, ctx.dob)), "",
            "A. CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing):", "  [%s] Attempt Resuscitation/CPR   [%s] Do Not Attempt Resuscitation/DNR" % (" " if cpr else "X", "X" if cpr else " "), "",
            "B. MEDICAL INTERVENTIONS (patient has pulse and/or is breathing):", "  [%s] Comfort Measures Only  [%s] Limited Additional Interventions  [%s] Full Treatment" % tuple("X" if i == r.randint(0, 1) else " " for i in range(3)), "  Additional orders: %s" % r.choice(["no intubation", "IV fluids ok", "transfer to hospital only if comfort needs cannot be met", ""]), "",
            "C. ARTIFICIALLY ADMINISTERED NUTRITION:", "  [%s] No artificial nutrition  [ ] Defined trial period  [ ] Long-term" % "X", "",
            "D. Discussed with: [X] Patient  [%s] Health care agent (%s)" % ("X" if r.random() < 0.5 else " ", ctx.contact), "Physician/NP/PA name: %s   Phone %s" % (r.choice([ctx.onc, ctx.pall, ctx.np]).full(), ctx.cphone), "Signature: ________________  Date: %s" % D(ctx), "",
            "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED"]


def ad_oohdnr(ctx):
    r = ctx.r
    return ["%s OUT-OF-HOSPITAL DO NOT RESUSCITATE (DNR) ORDER" % ctx.state, "", "Patient: %s   DOB: %s   Sex: %s" % (ctx.name(0), D(ctx, ctx.dob), ctx.sex), "",
            "I, the undersigned physician, am the attending physician of the above patient. The patient has a terminal condition (%s). I hereby order that in the event of cardiac or respiratory arrest, no cardiopulmonary resuscitation be initiated by emergency medical services personnel." % ctx.c["short"],
            "", "Physician: %s   License #%s%d   Phone %s" % (ctx.onc.full(), ctx.state, r.randint(10000, 99999), ctx.cphone), "Signature: _______________   Date: %s" % D(ctx), "", "Patient or legal representative consent: _______________",
            "", "DNR bracelet issued: %s   Form #%d" % (r.choice(["Yes", "No"]), r.randint(100000, 999999)), "EMS: Do not remove this form from the patient's residence."]


def ad_wishes(ctx):
    r = ctx.r
    return ["My Health Care Wishes", "%s  |  %s" % (ctx.cname, r.choice(["Advance Care Planning Program", "Palliative Care"])), "", "Name: %s    Date: %s" % (ctx.name(3), D(ctx)), "",
            "What matters most to me: %s" % r.choice(["Being at home with my family and my dog.", "Being able to talk with the people I love.", "Not being in pain.", "My faith and my church community."]),
            "If I become very sick and cannot speak for myself, I want: %s" % r.choice(["comfort care only", "treatment only if there is a good chance I will get back to doing things I enjoy", "everything done for a short trial"]),
            "Where I would like to be at the end of life: %s" % r.choice(["home", "hospice house", "not sure"]), "My spiritual needs: %s" % r.choice(["a Catholic priest", "none", "my rabbi", "music and prayer"]),
            "The person I trust to speak for me: %s (%s), %s" % (ctx.contact, ctx.contact_rel, ctx.contact_phone), "", "I have talked about these wishes with: %s, Dr. %s" % (ctx.contact_rel, ctx.onc.last), "", "Signature ____________________   Witness ____________________"]


def ad_revocation(ctx):
    r = ctx.r
    return [ctx.cname, "ADVANCE DIRECTIVE ACKNOWLEDGMENT / STATUS FORM", "", ptblock(ctx, 1)[0], "Date: %s" % D(ctx), "",
            "Does the patient have an advance directive? [X] Yes  [ ] No", "Type(s): [%s] Living will  [%s] Health care power of attorney  [%s] POLST/MOLST" % tuple(r.choice(["X", " "]) for _ in range(3)),
            "Copy in chart: %s   Location: %s" % (r.choice(["Yes", "Requested from family"]), r.choice(["scanned to Media tab", "paper chart", "patient to bring"])), "Health care agent: %s (%s) %s" % (ctx.contact, ctx.contact_rel, ctx.contact_phone), "",
            "Patient statement: %s" % r.choice(["I revoke my prior living will dated %s and replace it with the attached." % D(ctx, later(ctx, -2000)), "My directive remains unchanged.", "I would like information on completing an advance directive."]), "",
            "Patient signature: ____________   Staff: %s" % ctx.rn.full()]

# --------------------------------------------------------------------------- ECG
def ecg_vals(ctx):
    r = ctx.r
    hr = ctx.vit["HR"]
    qt = int(400 - (hr - 60) * 1.5 + r.randint(-20, 20))
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    return hr, r.randint(130, 200), r.randint(78, 112), qt, qtc, r.randint(-20, 80), r.randint(-30, 75), r.randint(10, 70)


def ecg_interp(ctx, hr, qtc):
    r = ctx.r
    rh = "Sinus tachycardia" if hr > 100 else ("Sinus bradycardia" if hr < 60 else "Normal sinus rhythm")
    extra = r.choice(["", "Nonspecific T wave abnormality", "Low voltage QRS", "Left axis deviation", "Incomplete right bundle branch block", "Possible left atrial enlargement"])
    if qtc > 470:
        extra = "Prolonged QT"
    return [rh] + ([extra] if extra else []) + [r.choice(["Abnormal ECG" if extra else "Normal ECG", "Borderline ECG" if extra else "Normal ECG"])]


def ecg_machine(ctx):
    r = ctx.r
    hr, pr, qrs, qt, qtc, p, ra, t = ecg_vals(ctx)
    return ["%s  %s  ID:%s  %s" % (ctx.name(1), D(ctx, ctx.dob, 0), ctx.mrn, D(ctx) + " " + T(r, ampm=False)), "%d yr %s  Loc:%d  Room:%s" % (ctx.age, "Male" if ctx.sex == "M" else "Female", r.randint(1, 40), ctx.room),
            "Vent. rate %d BPM" % hr, "PR interval %d ms" % pr, "QRS duration %d ms" % qrs, "QT/QTc %d/%d ms" % (qt, qtc), "P-R-T axes %d %d %d" % (p, ra, t), ""] + ecg_interp(ctx, hr, qtc) + [
            r.choice(["When compared with ECG of %s, no significant change was found" % D(ctx, later(ctx, -r.randint(30, 400))), "No previous ECGs available"]), "Confirmed by %s (%d) on %s" % (ctx.card.full(1), r.randint(100, 999), D(ctx, later(ctx, 1))),
            "", "Referred by: %s     %s" % (ctx.onc.full(1), r.choice(["Unconfirmed", "Confirmed"])), "25mm/s 10mm/mV 150Hz 12SL v%d" % r.randint(230, 250)]


def ecg_philips(ctx):
    r = ctx.r
    hr, pr, qrs, qt, qtc, p, ra, t = ecg_vals(ctx)
    return ["12-LEAD ECG REPORT", ctx.cname, "", "Name: %s   MRN: %s   Age: %d   Sex: %s" % (ctx.name(2), ctx.mrn, ctx.age, ctx.sex), "Acquired: %s %s   Location: %s" % (D(ctx), T(r), r.choice(["INFUSION CENTER", "ED", "ONC CLINIC", "PREOP"])), "",
            "Rate %d | PR %d | QRSD %d | QT %d | QTcB %d | QTcF %d" % (hr, pr, qrs, qt, qtc, qtc - r.randint(5, 20)), "Axis: P %d  QRS %d  T %d" % (p, ra, t), "", "Interpretation:"] + ["- " + x for x in ecg_interp(ctx, hr, qtc)] + ["", "Reason: %s" % r.choice(["baseline prior to chemotherapy", "QTc monitoring", "preoperative", "palpitations", "chest pain"]), "Overread by: %s" % ctx.card.full()]


def ecg_narrative(ctx):
    r = ctx.r
    hr, pr, qrs, qt, qtc, p, ra, t = ecg_vals(ctx)
    return letterhead(ctx, "Cardiology - ECG Laboratory", 1) + ptblock(ctx, 0) + ["ELECTROCARDIOGRAM INTERPRETATION", "", "Date of tracing: %s" % D(ctx),
            "The rhythm is %s at a rate of %d beats per minute. The PR interval is %d ms, QRS duration %d ms and the corrected QT interval %d ms. The frontal plane axis is %d degrees. %s" % (
                ecg_interp(ctx, hr, qtc)[0].lower(), hr, pr, qrs, qtc, ra, r.choice(["There are no acute ST segment changes.", "There are nonspecific ST-T wave changes in the lateral leads.", "Q waves are noted in III and aVF."])), "",
            "IMPRESSION: %s." % "; ".join(ecg_interp(ctx, hr, qtc))] + esign(ctx, ctx.card, r.choice([0, 4]))


def ecg_qtc(ctx):
    r = ctx.r
    drug = r.choice(["arsenic trioxide", "ribociclib", "vandetanib", "ondansetron + methadone", "gilteritinib", "osimertinib"])
    out = ["QTc MONITORING ECG", "%s  %s  %s" % (ctx.name(1), ctx.mrn, D(ctx)), "Indication: QT monitoring on %s" % drug, "", "Date        HR   QT   QTcF  K    Mg"]
    for i in range(r.randint(3, 6), -1, -1):
        out.append("%-11s %-4d %-4d %-5d %-4.1f %-4.1f" % (D(ctx, later(ctx, -i * 7), 1), r.randint(60, 100), r.randint(360, 440), r.randint(410, 505), r.uniform(3.4, 4.8), r.uniform(1.6, 2.3)))
    return out + ["", "Current: %s" % r.choice(["QTcF < 480 ms, continue therapy.", "QTcF 501 ms - hold %s, replete K/Mg, repeat ECG in 24 h. Provider notified." % drug, "QTcF 480-500: increase monitoring to twice weekly."]), "Reviewed by: %s" % r.choice([ctx.card, ctx.onc]).full()]


def ecg_strip(ctx):
    r = ctx.r
    hr = ctx.vit["HR"]
    return ["RHYTHM STRIP / TELEMETRY EVENT", "Unit: %s  Bed %s" % (r.choice(["7W", "ONC 9", "BMT 4"]), ctx.room), ptblock(ctx, 4)[0], "Date/time: %s %s" % (D(ctx), T(r, 0, 23)), "",
            "Lead II. Rate %d. Rhythm: %s. PR %.2f  QRS %.2f  QT %.2f" % (hr, r.choice(["sinus tachycardia", "atrial fibrillation with RVR", "NSR with PVCs", "sinus rhythm"]), r.uniform(0.12, 0.2), r.uniform(0.06, 0.11), r.uniform(0.32, 0.44)),
            "Event: %s" % r.choice(["6-beat run of NSVT, asymptomatic", "HR 140s, irregular", "pause 2.4 sec", "routine q-shift strip"]), "Notified: %s at %s" % (ctx.resident.full(), T(r)), "Monitor tech: %s %s   RN: %s" % (r.choice(FEMALE + MALE), r.choice(LAST), ctx.rn.full(3))]


def ecg_holter(ctx):
    r = ctx.r
    return [ctx.cname + " Cardiology", "AMBULATORY ECG (HOLTER) REPORT", ptblock(ctx, 1)[0], "Hookup: %s  Duration: %d h  Analyzed: %d h %d min" % (D(ctx), r.choice([24, 48]), r.randint(22, 47), r.randint(0, 59)),
            "Indication: palpitations during %s" % ctx.reg["name"], "", "Heart rate: min %d, max %d, mean %d bpm" % (r.randint(45, 60), r.randint(110, 160), r.randint(68, 90)),
            "Ventricular ectopy: %d PVCs (%.1f%%), %d couplets, %d runs" % (r.randint(0, 3000), r.uniform(0, 3), r.randint(0, 20), r.randint(0, 3)), "Supraventricular ectopy: %d PACs; %s" % (r.randint(10, 1200), r.choice(["no atrial fibrillation", "paroxysmal AF, burden 4%"])),
            "Pauses: none > 2.5 s. Patient diary: %s" % r.choice(["symptoms correlated with sinus tachycardia", "no events recorded", "dizziness at 14:20 - sinus rhythm"]), "", "Conclusion: %s" % r.choice(["Benign study.", "Frequent PVCs; consider echo.", "Paroxysmal AF detected."]), ctx.card.full()]


# --------------------------------------------------------------------------- immunizations
VACC = [("Influenza, inactivated (IIV4)", "Fluzone Quadrivalent", "Sanofi Pasteur", "IM"), ("Pneumococcal conjugate (PCV13)", "Prevnar 13", "Pfizer", "IM"),
        ("Pneumococcal polysaccharide (PPSV23)", "Pneumovax 23", "Merck", "IM"), ("Tdap", "Boostrix", "GSK", "IM"), ("Hepatitis B", "Engerix-B", "GSK", "IM"),
        ("Zoster recombinant (RZV)", "Shingrix", "GSK", "IM"), ("Haemophilus influenzae type b", "ActHIB", "Sanofi Pasteur", "IM"), ("COVID-19 mRNA", "Comirnaty", "Pfizer-BioNTech", "IM"),
        ("Meningococcal conjugate (MenACWY)", "Menveo", "GSK", "IM"), ("Inactivated polio (IPV)", "IPOL", "Sanofi Pasteur", "SC")]


def vlist(ctx, n):
    r = ctx.r
    out = []
    for _ in range(n):
        v = r.choice(VACC)
        if "Shingrix" in v[1] and ctx.year < 2018 or "COVID" in v[0] and ctx.year < 2021:
            v = VACC[0]
        out.append((later(ctx, -r.randint(0, 2500)), v, "%s%d%s" % (r.choice(["U", "AX", "H", "EJ", "FL"]), r.randint(1000, 99999), r.choice(["A", "B", ""])), r.choice(["L deltoid", "R deltoid", "L arm", "R arm"])))
    return sorted(out, key=lambda x: x[0])


def im_registry(ctx):
    r = ctx.r
    out = ["%s Immunization Information System" % ctx.state, "Official Immunization Record - printed %s" % D(ctx), "", "Name: %s   DOB: %s   Sex: %s" % (ctx.name(1), D(ctx, ctx.dob), ctx.sex), "", "%-12s %-40s %-8s %s" % ("Date", "Vaccine", "Dose #", "Provider")]
    for d, v, lot, s in vlist(ctx, r.randint(4, 10)):
        out.append("%-12s %-40s %-8s %s" % (D(ctx, d, 0), v[0], r.choice(["1", "2", "", "B"]), r.choice([ctx.cabbr, ctx.pcp_practice[:22], "Pharmacy"])))
    return out + ["", "This record is valid without signature. Data are reported by providers and may be incomplete."]


def im_admin(ctx):
    r = ctx.r
    d, v, lot, s = vlist(ctx, 1)[0]
    return [ctx.cname, r.choice(["VACCINE ADMINISTRATION RECORD", "Immunization Administration"]), ptblock(ctx, 2)[0], "", "Screening: fever today? No  Severe allergy? No  Receiving chemotherapy/immunosuppressed? %s  Pregnant? %s" % ("Yes" if ctx.phase == "active" else "No", "N/A" if ctx.sex == "M" else "No"), "",
            "Vaccine: %s (%s)   Manufacturer: %s" % (v[0], v[1], v[2]), "Lot #: %s   Exp: %s   Dose: 0.5 mL   Route: %s   Site: %s" % (lot, D(ctx, later(ctx, r.randint(60, 400))), v[3], s), "VIS edition %s given on %s" % (D(ctx, later(ctx, -r.randint(100, 900))), D(ctx)),
            "Administered by: %s on %s %s" % (ctx.rn.full(), D(ctx), T(r)), "Observed 15 min, no reaction."]


def im_revacc(ctx):
    r = ctx.r
    t0 = later(ctx, -r.randint(60, 200))
    sched = [("3-6 mo", "Influenza (inactivated)"), ("6 mo", "PCV13 #1"), ("7 mo", "PCV13 #2"), ("8 mo", "PCV13 #3"), ("6-12 mo", "Tdap, Hib, Hep B series, IPV"), ("12 mo", "PPSV23"), ("24 mo", "MMR, varicella (if not immunosuppressed)")]
    out = [ctx.cname + " Blood and Marrow Transplant Program", "POST-TRANSPLANT REVACCINATION SCHEDULE", ptblock(ctx, 1)[0], "Transplant date (Day 0): %s   Type: %s" % (D(ctx, t0), r.choice(["autologous", "allogeneic MRD", "allogeneic MUD"])), ""]
    for w, v in sched:
        dd = t0 + dt.timedelta(days=int(w.split()[0].split("-")[0]) * 30)
        out.append("%-9s %-44s due %s   given: %s" % (w, v, D(ctx, dd, 1), D(ctx, dd + dt.timedelta(days=r.randint(0, 20)), 1) if dd < ctx.date else "____"))
    return out + ["", "Live vaccines contraindicated until 24 months post-transplant, off immunosuppression and no GVHD.", "Coordinator: %s" % ctx.rn.full()]


def im_flu(ctx):
    r = ctx.r
    yes = lambda: r.choice(["[ ] Yes [X] No"] * 4 + ["[X] Yes [ ] No"])
    return [r.choice(["SEASONAL INFLUENZA VACCINE CONSENT & SCREENING", "Flu Vaccine Form %d-%d" % (ctx.year, ctx.year + 1)]), "Patient: %s  DOB %s" % (ctx.name(3), D(ctx, ctx.dob)), "",
            "1. Are you sick today? %s" % yes(), "2. Allergy to eggs or prior vaccine reaction? %s" % yes(), "3. History of Guillain-Barre syndrome? %s" % yes(), "4. Currently receiving cancer treatment? %s" % ("[X] Yes [ ] No" if ctx.phase == "active" else "[ ] Yes [X] No"), "",
            "I have read the Vaccine Information Statement and consent to vaccination. Signature ____________", "", "FOR CLINIC USE: Vaccine %s  Lot %s%d  Site %s  Given by %s  Date %s" % (r.choice(["Fluzone HD", "Flucelvax", "Afluria Quad", "Fluarix"]), r.choice(["UT", "AF"]), r.randint(1000, 9999), r.choice(["LD", "RD"]), ctx.rn.full(3), D(ctx))]


def im_covid(ctx):
    r = ctx.r
    ctx.year = max(2021, ctx.year)
    ctx.date = dt.date(ctx.year, r.randint(1, 12), r.randint(1, 28))
    out = ["COVID-19 Vaccination Record Card (scanned copy)", "Please keep this record card, which includes medical information about the vaccines you have received.", "", "Last name: %s   First: %s   MI: %s" % (ctx.last, ctx.first, ctx.mi), "Date of birth: %s   Patient number (medical record or IIS record number): %s" % (D(ctx, ctx.dob, 1), ctx.mrn), "",
           "Vaccine         Product/Lot #          Date          Healthcare professional or clinic site"]
    d0 = dt.date(2021, r.randint(1, 6), r.randint(1, 28))
    for i, lbl in enumerate(["1st Dose COVID-19", "2nd Dose COVID-19", "3rd (additional, immunocompromised)", "Booster"][:r.randint(2, 4)]):
        out.append("%-16s %-22s %-13s %s" % (lbl, r.choice(["Pfizer EW%04d" % r.randint(0, 9999), "Moderna 0%02dM20A" % r.randint(10, 99)]), D(ctx, d0 + dt.timedelta(days=[0, 21, 60, 200][i]), 1), r.choice([ctx.cabbr, "County Health Dept", "RiteWell #3381"])))
    return out


def im_ehrlist(ctx):
    r = ctx.r
    out = ["Immunizations", ptblock(ctx, 4)[0], "", "Name                                    Date(s) administered"]
    seen = {}
    for d, v, lot, s in vlist(ctx, r.randint(4, 9)):
        seen.setdefault(v[0], []).append(D(ctx, d, 1))
    for k, v in seen.items():
        out.append("%-40s %s" % (k, ", ".join(v)))
    return out + ["", "Deferred: %s" % r.choice(["live vaccines (on chemotherapy)", "none", "zoster live - contraindicated"]), "Reviewed %s by %s" % (D(ctx), ctx.np.full(3))]


# --------------------------------------------------------------------------- registration
def rg_form(ctx):
    r = ctx.r
    X = lambda b: "[X]" if b else "[ ]"
    return [ctx.cname, r.choice(["PATIENT REGISTRATION FORM", "New Patient Information", "PATIENT DEMOGRAPHIC INFORMATION"]), "Please print clearly", "",
            "Last name: %s   First: %s   MI: %s" % (ctx.last, ctx.first, ctx.mi), "Date of birth: %s   Sex: %s M  %s F   SSN: XXX-XX-%s" % (D(ctx, ctx.dob, 0), X(ctx.sex == "M"), X(ctx.sex == "F"), ctx.ssn4),
            "Address: %s   City: %s   State: %s   ZIP: %s" % (ctx.addr, ctx.city, ctx.state, ctx.zip), "Home phone: %s   Cell: %s" % (ctx.phone, phone(r)), "Email: %s.%s%d@%s" % (ctx.first.lower(), ctx.last.lower().replace("'", ""), r.randint(1, 99), r.choice(["mailbox.test", "example.net", "inbox.example"])),
            "Marital status: %s   Preferred language: %s   Interpreter needed: %s" % (ctx.marital, ctx.lang, "Yes" if ctx.lang != "English" else "No"), "Race: %s   Ethnicity: %s" % (ctx.race, r.choice(["Not Hispanic", "Hispanic", "Declined"])),
            "Employer: %s" % ctx.employer, "", "EMERGENCY CONTACT: %s   Relationship: %s   Phone: %s" % (ctx.contact, ctx.contact_rel, ctx.contact_phone), "",
            "PRIMARY INSURANCE: %s   Plan: %s   ID #: %s   Group #: %s" % (ctx.payer[0], ctx.payer[1], ctx.memberid, ctx.group), "Subscriber: %s   Relationship to patient: %s" % (ctx.name(3) if r.random() < 0.6 else ctx.spouse, r.choice(["self", "spouse"])),
            "SECONDARY INSURANCE: %s" % r.choice(["none", "Medigap Plan F", "State Medical Assistance"]), "", "Referring physician: %s   Primary care: %s" % (r.choice([ctx.pcp.full(), "self-referred"]), ctx.pcp.full()), "Preferred pharmacy: %s" % ctx.pharmacy, "",
            "I authorize release of information for billing and assign benefits to %s." % ctx.cabbr, "Signature: ______________   Date: %s" % D(ctx)]


def rg_facesheet(ctx):
    r = ctx.r
    return ["*** FACE SHEET ***", ctx.cname, "", "%-30s MRN: %-12s FIN: %s" % (ctx.name(1), ctx.mrn, ctx.acct), "Admit: %s %s   Type: %s   Service: %s" % (D(ctx), T(r, ampm=False), r.choice(["Inpatient", "Observation", "Outpatient in a bed"]), r.choice(["HEM/ONC", "SURG ONC", "MEDICINE"])),
            "Room/Bed: %s-%s   Attending: %s" % (ctx.room, r.choice("AB"), ctx.onc.full(1)), "DOB: %s  Age: %d  Sex: %s  Marital: %s  Religion: %s" % (D(ctx, ctx.dob, 0), ctx.age, ctx.sex, ctx.marital[0], r.choice(["Catholic", "Baptist", "None", "Jewish", "Methodist", "Muslim", "Unknown"])),
            "Address: %s, %s, %s %s   Phone: %s" % (ctx.addr, ctx.city, ctx.state, ctx.zip, ctx.phone), "", "Guarantor: %s  Rel: %s  Phone: %s" % (r.choice([ctx.name(1), ctx.spouse.upper()]), r.choice(["Self", "Spouse"]), ctx.phone),
            "NOK: %s (%s) %s" % (ctx.contact, ctx.contact_rel, ctx.contact_phone), "", "Ins 1: %s  %s  Pol# %s  Grp# %s" % (ctx.payer[0], ctx.payer[1], ctx.memberid, ctx.group), "Ins 2: %s" % r.choice(["", "NONE", "AARP Medicare Supplement"]),
            "Admitting Dx: %s" % admission(ctx)["reason"], "Adv directive: %s   Isolation: %s" % (r.choice(["Y", "N"]), r.choice(["None", "Contact - MRSA", "Neutropenic precautions"])), "Registered by: %s  %s" % (r.choice(LAST).upper()[:6] + r.choice(MALE + FEMALE)[0], D(ctx))]


def rg_phone(ctx):
    r = ctx.r
    return ["New Patient Pre-Registration (telephone intake)", "Taken by: %s %s, Patient Access   Date: %s %s" % (r.choice(FEMALE), r.choice(LAST), D(ctx), T(r)), "",
            "Caller: %s (%s)" % (r.choice(["patient", ctx.contact + " - " + ctx.contact_rel]), ctx.phone), "Patient: %s  DOB %s" % (ctx.name(3), D(ctx, ctx.dob)), "Diagnosis per caller: %s" % ctx.c["short"],
            "Outside records: %s" % r.choice(["to be faxed by %s" % ctx.pcp_practice, "received", "patient will bring CD of images"]), "Insurance verified: %s - %s, eligibility active %s" % (ctx.payer[0], ctx.memberid, r.choice(["yes", "yes", "pending"])),
            "Appointment: %s with %s, %s clinic" % (D(ctx, later(ctx, r.randint(3, 14))), ctx.onc.full(), ctx.onc.specname), "Directions/parking info sent by %s." % r.choice(["mail", "email", "portal"])]


def rg_update(ctx):
    r = ctx.r
    return [ctx.cabbr + " Demographic / Insurance Update", ptblock(ctx, 1)[0], "", "Please review and update any changes:", "New address: %s, %s %s %s" % (ctx.addr, ctx.city, ctx.state, ctx.zip),
            "New phone: %s" % ctx.phone, "Insurance change effective %s: %s ID %s" % (D(ctx), ctx.payer[0], ctx.memberid), "Emergency contact: %s %s" % (ctx.contact, ctx.contact_phone), "", "Copy of card front/back scanned: Yes", "Patient signature ____________"]


def rg_cc(ctx):
    r = ctx.r
    X = lambda b: "[X]" if b else "[ ]"
    return letterhead(ctx, "New Patient Center", 0) + ["CANCER CENTER NEW PATIENT REGISTRATION / INTAKE", ""] + ptblock(ctx, 3) + ["Referral source: %s" % ctx.pcp.full(), "Diagnosis: %s  %s New  %s Second opinion  %s Recurrence" % (ctx.c["short"], X(ctx.phase == "new"), X(r.random() < 0.2), X(ctx.phase == "progression")),
            "Disease site clinic: %s" % r.choice(["Breast", "Thoracic", "GI", "Lymphoma", "Leukemia", "GU", "Head & Neck", "Gyn Onc", "Melanoma"]),
            "Records received: %s Pathology report  %s Slides  %s Imaging CD  %s Op note" % (X(True), X(r.random() < 0.5), X(r.random() < 0.7), X(r.random() < 0.3)), "Financial counseling needed: %s" % r.choice(["Yes", "No"]),
            "Transportation: %s   Lodging needed: %s" % (r.choice(["self", "family", "medical transport"]), r.choice(["No", "Yes - %s Hope Lodge" % ctx.ccity])), "", "Navigator assigned: %s" % ctx.rn.full()]


def rg_adt(ctx):
    r = ctx.r
    return ["ADT^A04 REGISTRATION SUMMARY", "PID|%s|%s^%s^%s|%s|%s|%s^^%s^%s^%s|%s" % (ctx.mrn, ctx.last.upper(), ctx.first.upper(), ctx.mi, ctx.dob.strftime("%Y%m%d"), ctx.sex, ctx.addr, ctx.city, ctx.state, ctx.zip, ctx.phone),
            "PV1|O|%s^%s|%s^%s^%s|%s" % (r.choice(["INF", "ONC", "RAD"]), ctx.cabbr, ctx.onc.last.upper(), ctx.onc.first.upper(), ctx.onc.cred.split(",")[0], ctx.acct), "IN1|%s|%s|%s" % (ctx.payer[0], ctx.memberid, ctx.group),
            "NK1|%s|%s|%s" % (ctx.contact.upper(), ctx.contact_rel.upper(), ctx.contact_phone), "", "Visit date: %s  Financial class: %s" % (D(ctx), r.choice(["COMMERCIAL", "MEDICARE", "MEDICAID", "SELF PAY"]))]


# --------------------------------------------------------------------------- insurance cards
def card_back(ctx, payer):
    r = ctx.r
    return ["--- BACK ---", "Members: Customer Service %s   TTY 711" % phone(r), "Providers: Eligibility/Benefits %s   Precertification %s" % (phone(r), phone(r)), "Submit claims to: %s, PO Box %d, %s, %s %05d" % (payer, r.randint(1000, 99999), r.choice(CITIES)[0], r.choice(CITIES)[1], r.randint(10000, 99999)),
            r.choice(["This card does not guarantee coverage or eligibility.", "Possession of this card does not guarantee eligibility for benefits.", "Present this card at each visit."]), "Pharmacy help desk: %s" % phone(r)]


def ic_commercial(ctx):
    r = ctx.r
    payer = ctx.payer[0] if ctx.payer[0] not in ("Medicare", "State Medical Assistance Program") else PAYERS[0][0]
    return ["--- FRONT ---", payer.upper(), r.choice(["PPO", "Choice Plus", "Open Access", "HMO Select"]), "", "Member: %s" % ctx.name(3).upper(), "Member ID: %s" % ctx.memberid, "Group No: %s" % ctx.group,
            "Plan code: %d   Effective: %s" % (r.randint(100, 999), D(ctx, later(ctx, -r.randint(30, 900)), 1)), "Dependents: %s" % r.choice(["01 %s" % ctx.spouse.upper(), "-", "02"]), "",
            "Copays: PCP $%d  Specialist $%d  ER $%d  Urgent Care $%d" % (r.choice([15, 20, 25, 30]), r.choice([30, 40, 50, 60]), r.choice([150, 250, 350]), r.choice([50, 75])), "RxBIN %06d  RxPCN %s  RxGrp %s" % (r.randint(0, 999999), r.choice(["ADV", "RXA", "BCRX"]), r.choice(["RX1234", "WKA01", "HPRX"])), ""] + card_back(ctx, payer)


def ic_medicare(ctx):
    r = ctx.r
    mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJKMNPQRTUVWXY"), r.choice("ACDEFGHJKMNPQRTUVWXY0123456789"), r.randint(0, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJK"), r.randint(0, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJK"), r.randint(0, 9), r.randint(0, 9))
    return ["MEDICARE HEALTH INSURANCE", "", "Name/Nombre", ctx.name(3).upper(), "", "Medicare Number/Numero de Medicare", mbi if ctx.year >= 2018 else "%09dA" % r.randint(0, 10 ** 9 - 1), "",
            "Entitled to/Con derecho a        Coverage starts/Cobertura empieza", "HOSPITAL (PART A)                %s" % D(ctx, later(ctx, -(ctx.age - 65) * 365 - 30), 0), "MEDICAL (PART B)                 %s" % D(ctx, later(ctx, -(ctx.age - 65) * 365 - 30), 0), "",
            "--- BACK ---", "1-800-MEDICARE (1-800-633-4227)", "Keep this card. Show it to your doctor, hospital or other health care provider."]


def ic_medicaid(ctx):
    r = ctx.r
    return ["--- FRONT ---", "%s MEDICAL ASSISTANCE PROGRAM" % ctx.state, "Health Benefit Identification Card", "", "%s" % ctx.name(1), "ID: %s%d" % (ctx.state, r.randint(10 ** 8, 10 ** 9)), "Issue date: %s   Card #: %02d" % (D(ctx, later(ctx, -r.randint(10, 700)), 1), r.randint(1, 4)),
            "DOB: %s  Sex: %s" % (D(ctx, ctx.dob, 1), ctx.sex), "Managed care plan: %s" % r.choice(["Keystone Community Care", "Great Lakes Family Health", "None - Fee for service"]), ""] + card_back(ctx, "%s Department of Human Services" % ctx.state)


def ic_advantage(ctx):
    r = ctx.r
    return ["--- FRONT ---", "LIBERTY SENIOR ADVANTAGE (HMO-POS)", "Medicare Advantage Plan", "", "Member Name: %s" % ctx.name(3), "Member ID: %s" % ctx.memberid, "PCP: %s  %s" % (ctx.pcp.full(3), phone(r)),
            "H%04d-%03d   MedicareRx" % (r.randint(1000, 9999), r.randint(1, 99)), "RxBIN %06d  RxPCN MEDDPRIME  RxGRP %s" % (r.randint(0, 999999), r.choice(["LSA01", "MAPD2"])), "Copays: PCP $0  SPEC $%d  ER $%d" % (r.choice([20, 35, 45]), r.choice([90, 120])), ""] + card_back(ctx, "Liberty Senior Advantage")


def ic_rx(ctx):
    r = ctx.r
    return ["PRESCRIPTION DRUG CARD", r.choice(["ScriptCare Pharmacy Benefits", "OptiRx Services", "CareMark-style PBM (fictional): MedLink Rx"]), "", "Cardholder: %s" % ctx.name(3), "ID: %s" % ctx.memberid, "RxBIN: %06d" % r.randint(0, 999999), "RxPCN: %s" % r.choice(["A4", "9999", "MEDDADV"]),
            "RxGRP: %s" % ctx.group, "Issuer (80840): %d" % r.randint(10 ** 9, 10 ** 10), "", "Specialty pharmacy: %s %s" % (r.choice(PHARMACIES[3:]), phone(r)), "Pharmacist help line: %s" % phone(r)]


def ic_scan(ctx):
    r = ctx.r
    payer = ctx.payer
    lines = ["COPY OF INSURANCE CARD (front and back)", "Scanned %s by %s" % (D(ctx), r.choice(LAST).upper()[:6]), "", payer[0], payer[1], "%s   ID %s" % (ctx.name(1), ctx.memberid), "GRP %s   EFF %s" % (ctx.group, D(ctx, later(ctx, -400), 1)),
             "BC/BS-style plan code %d/%d" % (r.randint(100, 999), r.randint(100, 999)), ""] + card_back(ctx, payer[0])
    return lines + ["", "Subscriber: %s   Relationship: %s" % (r.choice([ctx.name(3), ctx.spouse]), r.choice(["Self", "Spouse"]))]

# --------------------------------------------------------------------------- nursing
def nn_infusion(ctx):
    r = ctx.r
    set_phase(ctx, "active")
    t0 = r.randint(8, 11)
    out = [r.choice(["Infusion Nursing Note", "INFUSION CENTER - NURSING DOCUMENTATION", "Chemotherapy Administration Note"]), "%s  %s  Chair %d" % (D(ctx), ctx.name(2), r.randint(1, 40)), ""]
    out += ["Pt arrived ambulatory at %02d:%02d for %s. Identity verified x2. %s" % (t0, r.randint(0, 59), cycle_str(ctx), vit_line(ctx, 0)), "Port accessed with 20G 3/4\" Huber needle, +blood return, flushed easily. Labs drawn and reviewed: %s." % lab_lines(ctx, style=1)[0],
            "Treatment parameters met per %s. Orders verified; independent double check of drug, dose, BSA (%s m2) with %s." % (ctx.onc.full(3), ctx.bsa, ctx.rn2.full(3)),
            "Premeds at %02d:%02d: %s." % (t0 + 1, r.randint(0, 59), r.choice(["ondansetron 16 mg IV, dexamethasone 12 mg IV", "diphenhydramine 25 mg IV, famotidine 20 mg IV, dexamethasone 20 mg IV", "acetaminophen 650 mg PO, diphenhydramine 50 mg PO", "palonosetron 0.25 mg IV, fosaprepitant 150 mg IV"]))]
    h = t0 + 1
    for d in ctx.reg["drugs"]:
        if d[3].startswith("PO"):
            continue
        ds = dose(ctx, d)
        out.append("%02d:%02d %s %s %s started; %s" % (h, r.randint(0, 59), d[0], ds[2], d[3], r.choice(["completed without incident", "infused over %d min" % r.choice([30, 60, 90, 180]), "pump connected, pt teaching done"])))
        h += 1
    out += ["Pt tolerated well, no s/s of infusion reaction. %s" % r.choice(["Port deaccessed, heparin lock 500 units.", "Ambulatory pump for 46-h 5-FU connected, disconnect scheduled.", "Onpro pegfilgrastim applied to L arm."]),
            "Discharged %02d:%02d stable, with %s. Next appt %s." % (h, r.randint(0, 59), r.choice(["spouse", "daughter", "friend", "self"]), D(ctx, later(ctx, ctx.reg["q"])))]
    return out + ["", ctx.rn.full()]


def nn_dar(ctx):
    r = ctx.r
    a = admission(ctx)
    return ["NURSING PROGRESS NOTE", "%s  Unit %s  Rm %s  Shift: %s" % (D(ctx), r.choice(["7W", "9 Oncology", "BMT 4"]), ctx.room, r.choice(["0700-1900", "1900-0700"])), ptblock(ctx, 4)[0], "",
            "D: Pt admitted with %s. %s Pain %d/10. %s." % (a["reason"].lower(), vit_line(ctx, 2), ctx.vit["pain"], r.choice(["Alert and oriented x4", "Drowsy but arousable", "Anxious, tearful at times"])),
            "A: %s. %s. Neutropenic precautions maintained. Fall risk: %s. Skin intact, Braden %d." % (r.choice(["PRN oxycodone given x1", "IV antibiotics infusing as ordered", "1 unit PRBC transfused without reaction"]), r.choice(["Assisted to bathroom", "IS encouraged", "Oral care q4h"]), r.choice(["high", "moderate"]), r.randint(13, 22)),
            "R: %s. Call light in reach, bed low, family updated." % r.choice(["Pain decreased to 3/10", "Afebrile this shift", "Tolerated transfusion", "Resting comfortably"])] + ["", ctx.rn.full(3)]


def nn_triage(ctx):
    r = ctx.r
    sx = r.choice(["fever 100.8 F", "nausea and vomiting x 2 days", "diarrhea 6x/day", "new rash", "port site redness", "shortness of breath", "pain not controlled"])
    return [r.choice(["TELEPHONE TRIAGE NOTE", "Oncology Nurse Triage", "Phone Call Documentation"]), "%s %s  Call from: %s" % (D(ctx), T(r), r.choice(["patient", ctx.contact_rel])), ptblock(ctx, 4)[0], "",
            "Reason: %s. Last treatment %s on %s." % (sx, ctx.reg["name"], D(ctx, later(ctx, -r.randint(3, 14)))), "Assessment per %s protocol: %s" % (r.choice(["oncology symptom", "UKONS-type", "telephone triage"]), r.choice(["red flag - advised ED now", "amber - same-day acute care visit", "green - self-care advice"])),
            "Advice: %s" % r.choice(["Go to ED; ED charge RN notified; neutropenic fever pathway.", "Take ondansetron + prochlorperazine alternating, push fluids; call back if unable to keep fluids down.", "Loperamide 4 mg then 2 mg after each loose stool, max 16 mg/day.", "Scheduled acute care visit today at 14:00."]),
            "Caller verbalized understanding. MD/NP notified: %s." % ctx.np.full(3), "", ctx.rn.full()]


def nn_navigator(ctx):
    r = ctx.r
    return ["Nurse Navigator Note", "Date %s" % D(ctx), ptblock(ctx, 1)[0], "", "Contact type: %s" % r.choice(["in person", "telephone", "portal"]), "Diagnosis: %s" % dx(ctx, True),
            "Barriers identified: %s" % ", ".join(r.sample(["transportation", "financial", "childcare", "health literacy", "none", "language", "caregiver fatigue"], 2)),
            "Interventions: %s" % "; ".join(r.sample(["scheduled surgical consult", "referral to social work", "gas card provided", "reviewed treatment timeline", "coordinated port placement", "provided binder and education"], 3)),
            "Distress screening: %d/10" % r.randint(0, 8), "Follow-up: %s" % r.choice(["call in 1 week", "meet at first chemo", "after tumor board"]), "", ctx.rn.full()]


def nn_transfusion(ctx):
    r = ctx.r
    prod = r.choice(["Packed RBC, irradiated, leukoreduced", "Apheresis platelets, irradiated"])
    out = ["TRANSFUSION ADMINISTRATION RECORD", ptblock(ctx, 2)[0], "Date %s  Indication: %s" % (D(ctx), "Hgb %s" % ctx.labs["Hemoglobin"][0] if "RBC" in prod else "Plt %s" % ctx.labs["Platelets"][0]),
           "Product: %s   Unit #W%04d%02d%06d   ABO/Rh %s   Exp %s" % (prod, r.randint(1000, 9999), ctx.year % 100, r.randint(0, 999999), r.choice(["O+", "A+", "B+", "O-"]), D(ctx, later(ctx, r.randint(2, 30)), 1)),
           "Verified at bedside by: %s and %s" % (ctx.rn.full(3), ctx.rn2.full(3)), "Premeds: %s" % r.choice(["acetaminophen 650 mg PO, diphenhydramine 25 mg IV", "none"]), "", "Time     T      HR   BP       RR  SpO2"]
    for lab in ["Pre", "15 min", "Post"]:
        out.append("%-8s %-6.1f %-4d %-8s %-3d %d" % (lab, r.uniform(97.6, 99.3), r.randint(64, 98), "%d/%d" % (r.randint(100, 140), r.randint(58, 84)), r.randint(14, 20), r.randint(95, 100)))
    return out + ["Volume infused %d mL over %d min. Reaction: %s." % (r.randint(220, 350), r.randint(60, 180), r.choice(["none", "none", "none", "chills, transfusion stopped, blood bank notified"]))]


def nn_flowsheet(ctx):
    r = ctx.r
    out = ["Nursing Flowsheet Summary", "%s  MRN %s  %s" % (ctx.name(2), ctx.mrn, D(ctx)), "", "Time  Assessment / Intervention"]
    h = r.randint(0, 8)
    for _ in range(r.randint(6, 10)):
        out.append("%02d%02d  %s" % (h % 24, r.choice([0, 15, 30, 45]), r.choice(["VS " + vit_line(ctx, 2)[4:], "Repositioned, skin checked", "PRN ondansetron 4 mg IV for nausea", "Mouth care, mucositis grade %d" % r.randint(0, 2), "I&O: PO %d mL, UOP %d mL" % (r.randint(100, 600), r.randint(100, 600)),
                                                            "Bath/linens changed", "Port flushed, dressing CDI", "Pt ambulated in hall x2", "Sleeping, resp even/unlabored", "Pain %d/10, oxycodone 5 mg PO given" % r.randint(3, 7)])))
        h += r.randint(1, 2)
    return out + ["", "RN: %s" % ctx.rn.full(3)]


def nn_teaching(ctx):
    r = ctx.r
    return ["CHEMOTHERAPY PATIENT EDUCATION", ptblock(ctx, 4)[0], "Date %s   Learner(s): patient%s" % (D(ctx), ", " + ctx.contact_rel if r.random() < 0.6 else ""), "",
            "Regimen reviewed: %s (%s)" % (ctx.reg["name"], ", ".join(sorted(set(d[0] for d in ctx.reg["drugs"])))), "Topics: schedule, side effects, when to call (temp >= 100.4 F), infection precautions, nausea management, safe handling of body fluids x48h, fertility, diet/hydration.",
            "Materials: drug information sheets, calendar, after-hours number %s" % ctx.cphone, "Method: %s. Barriers: %s." % (r.choice(["verbal and written", "teach-back", "video"]), r.choice(["none", "hearing", "anxiety", "language - interpreter used"])),
            "Outcome: verbalized understanding; teach-back successful.", "Time spent %d min." % r.choice([30, 45, 60]), "", ctx.rn.full()]


# --------------------------------------------------------------------------- ED notes
def ed_sc(ctx):
    a = admission(ctx)
    return a


def ed_phys(ctx):
    r = ctx.r
    a = ed_sc(ctx)
    out = [ctx.cname + " EMERGENCY DEPARTMENT", r.choice(["ED PHYSICIAN NOTE", "Emergency Department Provider Note", "ED Visit Record"]), ptblock(ctx, 2)[0], "Arrival: %s %s  Mode: %s  Triage ESI: %d" % (D(ctx), T(r, 0, 23), r.choice(["private vehicle", "EMS", "walk-in"]), r.choice([2, 2, 3])), ""]
    out += sec(ctx, "cc", a["cc"])
    out += sec(ctx, "hpi", hpi(ctx, "emergency evaluation") + " " + r.choice(["Symptoms began %d days ago." % r.randint(1, 4), "Called oncology line and was told to come in."]))
    out += sec(ctx, "ros", ros(ctx, 1))
    out += ["PMH: " + ", ".join(pmh_list(ctx)) + "; " + dx(ctx, True), "Meds: see med rec. Allergies: " + allergy_str(ctx), ""]
    out += sec(ctx, "pe", ["Triage vitals: " + vit_line(ctx, 0)] + exam_lines(ctx, True, 0))
    out += ["ED course / MDM:", "%s Labs: %s. %s" % (r.choice(["Differential includes infection, dehydration, VTE, disease progression.", "Oncology patient, high risk."]), lab_lines(ctx, style=1)[0], a["course"].split(". ")[0] + "."),
            "Discussed with oncology fellow %s, who agrees with admission." % ctx.fellow.full(3) if r.random() < 0.7 else "Oncology aware.", "", "Clinical impression: %s" % a["reason"], "Disposition: %s" % r.choice(["Admit to oncology", "Admit to hospital medicine", "Observation", "Discharged home with follow-up"]), "Condition: %s" % r.choice(["stable", "guarded"])]
    return out + esign(ctx, ctx.em, r.choice([0, 3]))


def ed_triage(ctx):
    r = ctx.r
    a = ed_sc(ctx)
    return ["ED TRIAGE / NURSING ASSESSMENT", "%s  %s  Age %d" % (ctx.name(1), ctx.mrn, ctx.age), "Arrival %s %s" % (D(ctx), T(r, 0, 23)), "", "Chief complaint: %s" % a["cc"], "Acuity (ESI): %d" % r.choice([2, 3]),
            "Vitals: " + vit_line(ctx, 0), "Pain: %d/10  Weight %s kg" % (ctx.vit["pain"], ctx.weight), "Oncology patient: Y  Last chemo: %s" % D(ctx, later(ctx, -r.randint(4, 14))), "Central line: %s" % r.choice(["Port R chest", "PICC L arm", "none"]),
            "Sepsis screen: %s" % ("POSITIVE - provider notified, sepsis bundle initiated" if ctx.vit["febrile"] else "negative"), "Isolation: %s" % r.choice(["none", "neutropenic", "contact"]), "Triage RN: %s" % ctx.rn.full(3)]


def ed_neutfever(ctx):
    r = ctx.r
    set_phase(ctx, "active")
    ctx.__dict__.pop("_adm", None)
    ctx.neutropenic = True
    ctx.labs, ctx.vit = make_labs(ctx), make_vitals(ctx)
    ctx.vit["febrile"] = True
    t = r.randint(0, 21)
    return ["EMERGENCY DEPARTMENT NOTE - FEBRILE NEUTROPENIA PATHWAY", ptblock(ctx, 1)[0], "Arrival %s %02d:%02d" % (D(ctx), t, r.randint(0, 59)), "",
            "HPI: %d%s with %s on %s (last dose %d days ago) presents with temperature %s F at home and rigors." % (ctx.age, ctx.sex, dx(ctx, True), ctx.reg["name"], r.randint(6, 12), "%.1f" % r.uniform(100.5, 103)),
            "Exam: %s. Port site without erythema. No mucositis. Lungs clear." % vit_line(ctx, 2), "", "Timeline:", "  %02d:%02d triage, sepsis alert" % (t, r.randint(0, 9)), "  %02d:%02d blood cultures x2 (port + peripheral), lactate %.1f" % (t, r.randint(10, 29), r.uniform(0.8, 3.2)),
            "  %02d:%02d cefepime 2 g IV given (door-to-antibiotic %d min)" % (t, r.randint(30, 59), r.randint(28, 60)), "  %02d:%02d 30 mL/kg LR bolus" % ((t + 1) % 24, r.randint(0, 59)), "",
            "Labs: " + lab_lines(ctx, style=1)[0], "MASCC score: %d (%s risk)" % (r.randint(14, 26), r.choice(["high", "low"])), "Impression: febrile neutropenia.", "Plan: admit to oncology, continue cefepime, add vancomycin if unstable/line infection suspected."] + esign(ctx, ctx.em, 3)


def ed_port(ctx):
    r = ctx.r
    return ["Emergency Department - Brief Visit", ptblock(ctx, 4)[0], D(ctx), "", "CC: %s" % r.choice(["port not flushing", "arm swelling", "fall at home", "nosebleed"]),
            "S: %d yo on %s for %s. %s" % (ctx.age, ctx.reg["name"], ctx.c["short"], r.choice(["Infusion center unable to get blood return today.", "2 days of R arm swelling.", "Mechanical fall, no LOC.", "Epistaxis x 1 h."])),
            "O: " + vit_line(ctx, 2) + ". Plt %s." % ctx.labs["Platelets"][0], "A/P: %s" % r.choice(["Alteplase 2 mg instilled, dwell 2 h, blood return restored. Flushed. D/C home.", "US negative for DVT. Elevation, f/u oncology.", "Minor contusion, XR negative. D/C.", "Anterior packing, bleeding controlled. Outpatient CBC in 2 days."]),
            "Dispo: home. Return precautions given."] + esign(ctx, r.choice([ctx.em, P(r, "em", "PA-C")]), 3)


def ed_resident(ctx):
    r = ctx.r
    a = ed_sc(ctx)
    out = ["ED Resident Note", "Date of service: %s" % D(ctx), "%s, %s (%s)" % (ctx.last, ctx.first, ctx.mrn), "", "HPI: " + hpi(ctx, "ED evaluation"), "", "PE:"] + exam_lines(ctx, True, 0)
    out += ["", "Labs/imaging: " + lab_lines(ctx, style=1)[0] + " " + r.choice(["CXR: no acute process.", "CT A/P: " + ctx.f(ctx.c["ct"][1]) + ".", "CTA chest: pending."]), "", "Assessment and plan:", "%s in patient with %s. %s" % (a["reason"], dx(ctx, True), a["course"].split(". ")[1] + "." if ". " in a["course"] else ""),
            "Dispo: %s." % r.choice(["admit", "obs", "home"]), "", "Resident: %s" % ctx.resident.full(), "", "ATTENDING ATTESTATION: I personally saw and examined the patient and discussed with the resident. I agree with the findings and plan. Critical care time: %s." % r.choice(["none", "35 minutes excluding procedures"]), ctx.em.full()]
    return out


def ed_tsheet(ctx):
    r = ctx.r
    a = ed_sc(ctx)
    X = lambda b: "[X]" if b else "[ ]"
    return ["EMERGENCY PHYSICIAN RECORD  -  %s" % {"fever": "Fever", "shortness of breath": "Shortness of Breath", "abdominal distension": "Abdominal Pain"}.get(a["cc"].split(" and ")[0].split(" to ")[0], "Weakness/Fatigue"), "%s  %s  %s" % (ctx.name(1), D(ctx), T(r)), "",
            "HPI: chief complaint %s   onset %s   %s context: cancer on treatment" % (a["cc"], r.choice(["today", "2 days", "1 week"]), X(True)), "ROS: %s all other systems neg" % X(True), "PMH: %s cancer %s HTN %s DM %s CAD" % (X(True), X("hypertension" in str(ctx.comorb)), X("diabetes" in str(ctx.comorb)), X("coronary" in str(ctx.comorb))),
            "EXAM: %s NAD  %s ill appearing  %s lungs clear  %s abd soft/NT  %s edema" % (X(ctx.ecog < 2), X(ctx.ecog >= 2), X(True), X(True), X(ctx.phase == "eol")), "Vitals: " + vit_line(ctx, 2), "",
            "ORDERS: %s CBC %s CMP %s BCx %s UA %s CXR %s CT  %s IVF  %s antibiotics" % (X(True), X(True), X(ctx.vit["febrile"]), X(r.random() < 0.5), X(r.random() < 0.7), X(r.random() < 0.3), X(True), X(ctx.vit["febrile"])),
            "IMPRESSION: %s" % a["reason"], "DISPO: %s admit  %s discharge  %s transfer" % (X(True), X(False), X(False)), "Physician: %s" % ctx.em.full(3)]


# --------------------------------------------------------------------------- transfer summaries
def tr_facility(ctx):
    r = ctx.r
    a = admission(ctx)
    dest = r.choice(["Gentle Harbor Inpatient Hospice", "Maple Grove Skilled Nursing & Rehabilitation", "Bellwether Acute Rehabilitation Hospital", "Harlow Creek Long-Term Acute Care"])
    return [r.choice(["INTERFACILITY TRANSFER SUMMARY", "Transfer Summary", "Continuity of Care / Transfer Form"]), ctx.cname, "", ptblock(ctx, 1)[0], "Transfer date: %s   To: %s   Accepting: Dr. %s" % (D(ctx, a["dc"]), dest, r.choice(LAST)),
            "Reason for transfer: %s" % r.choice(["hospice level of care", "skilled nursing/rehabilitation", "continued IV antibiotics and PT"]), "", "Diagnoses: %s; %s" % (a["reason"], dx(ctx)), "Hospital course: " + a["course"], "",
            "Code status: %s   HCP: %s (%s)" % ("DNR/DNI" if ctx.phase == "eol" else r.choice(["Full code", "DNR"]), ctx.contact, ctx.contact_phone), "Isolation: %s   Allergies: %s" % (r.choice(["none", "contact (MRSA)"]), allergy_str(ctx)),
            "Medications at transfer:"] + ["  " + m for m in meds(ctx)] + ["Last doses given: see MAR attached.", "Lines/devices: %s" % r.choice(["R chest port (accessed, needle changed %s)" % D(ctx, a["dc"]), "PICC L arm", "Foley", "JP drain", "none"]),
            "Diet: %s   Activity: %s   Mental status: %s" % (r.choice(["regular", "soft", "comfort feeds"]), r.choice(["ambulates with walker", "bed to chair", "bedbound"]), r.choice(["alert, oriented", "intermittently confused"])), "Follow-up: %s" % ctx.onc.full()] + esign(ctx, ctx.hosp, 0, a["dc"])


def tr_icu(ctx):
    r = ctx.r
    a = admission(ctx)
    return ["ICU TRANSFER NOTE", "%s %s" % (D(ctx, later(ctx, r.randint(1, 4))), T(r, 0, 23)), ptblock(ctx, 4)[0], "From: %s  To: MICU" % r.choice(["ONC 9", "7 West", "BMT"]), "",
            "Reason for transfer: %s" % r.choice(["septic shock requiring vasopressors", "hypoxic respiratory failure, escalating O2 to 15 L NRB", "hemodynamic instability", "altered mental status, airway protection"]),
            "Brief course: admitted %s for %s. %s" % (D(ctx), a["reason"].lower(), r.choice(["Became hypotensive to 78/40 despite 3 L IVF.", "Worsening hypoxia; CXR with bilateral infiltrates.", "Rapid response called at %s." % T(r)])),
            "Current: " + vit_line(ctx, 0), "Access: %s. Antibiotics: %s." % (r.choice(["port + PIV x2", "PICC"]), r.choice(["meropenem, vancomycin", "cefepime, vancomycin, micafungin"])), "Code: %s (confirmed with %s)." % (r.choice(["Full", "Full", "DNR, OK to intubate"]), ctx.contact_rel),
            "Handoff given to ICU team (%s). Oncology will continue to follow." % P(r, "pulm").full(3)] + esign(ctx, ctx.fellow, 3)


def tr_accept(ctx):
    r = ctx.r
    return [r.choice(["TRANSFER ACCEPTANCE NOTE", "Outside Hospital Transfer - Accepting Physician Note"]), "Date %s  Transfer center ref #%d" % (D(ctx), r.randint(100000, 999999)), ptblock(ctx, 4)[0], "",
            "Sending facility: %s   Sending MD: Dr. %s  %s" % (r.choice(["Harlow Creek Regional Medical Center", "Lakemont Community Hospital", "Stonegate Memorial"]), r.choice(LAST), phone(r)),
            "Summary: %d%s with %s presenting to OSH with %s. %s" % (ctx.age, ctx.sex, r.choice(["newly suspected ", ""]) + ctx.c["short"], r.choice(["WBC 86K and blasts on smear", "hypercalcemia and AKI", "large pleural effusion", "obstructive jaundice"]), "Labs: " + lab_lines(ctx, style=1)[0]),
            "Reason for transfer: %s" % r.choice(["need for tertiary oncology care", "leukemia induction", "specialty services not available"]), "Accepted to: %s, bed requested %s" % (r.choice(["Leukemia service", "Oncology ICU", "Hem/Onc floor"]), r.choice(["tele", "floor", "ICU"])),
            "Recommendations prior to transfer: %s" % r.choice(["start allopurinol, IVF at 150 mL/h", "hold anticoagulation", "send all imaging on CD"])] + esign(ctx, ctx.onc, 3)


def tr_sbar(ctx):
    r = ctx.r
    a = admission(ctx)
    return ["NURSING TRANSFER / HANDOFF REPORT (SBAR)", ptblock(ctx, 2)[0], "From %s to %s   %s %s" % (r.choice(["ED", "PACU", "7W", "ICU"]), r.choice(["ONC 9", "BMT", "Step-down", "7W"]), D(ctx), T(r)), "",
            "S: %s" % a["reason"], "B: %s. Allergies: %s. Code: %s." % (dx(ctx, True), allergy_str(ctx), "DNR" if ctx.phase == "eol" else "Full"), "A: %s. %s. Lines: %s. Last void %s." % (vit_line(ctx, 2), r.choice(["A&Ox4", "A&Ox3"]), r.choice(["port accessed", "PIV x2"]), T(r)),
            "R: %s." % r.choice(["next antibiotic due 2200", "recheck K after repletion", "monitor for transfusion reaction", "PCA settings verified"]), "Report given by %s to %s" % (ctx.rn.full(3), ctx.rn2.full(3))]


def tr_emtala(ctx):
    r = ctx.r
    X = lambda b: "[X]" if b else "[ ]"
    return ["PHYSICIAN CERTIFICATION FOR TRANSFER (EMTALA)", ctx.cname, ptblock(ctx, 1)[0], "", "Diagnosis: %s" % admission(ctx)["reason"], "Patient condition: %s Stable  %s Unstable" % (X(True), X(False)),
            "Reason: %s Patient request  %s Higher level of care  %s Specialized service" % (X(r.random() < 0.3), X(True), X(r.random() < 0.5)), "Receiving facility: %s  Accepting MD: Dr. %s  Time accepted: %s" % (r.choice(["Northgate University Hospital", "Riverbend University Health"]), r.choice(LAST), T(r)),
            "Mode: %s ALS  %s BLS  %s Critical care  %s Air" % (X(True), X(False), X(False), X(False)), "Risks and benefits of transfer explained; patient consents.", "Records sent: %s" % "labs, imaging, notes, MAR", "", "Physician signature ________  %s" % ctx.em.full(), "Patient signature ________"]


def tr_rehab(ctx):
    r = ctx.r
    return ["TRANSFER SUMMARY - ACUTE CARE TO POST-ACUTE", ctx.cname, "", "Patient: %s   DOB: %s" % (ctx.name(3), D(ctx, ctx.dob)), "Discharge/transfer date: %s" % D(ctx), "",
            "Principal diagnosis: %s" % dx(ctx), "Functional status: %s" % r.choice(["min assist transfers, ambulates 50 ft with RW", "mod assist ADLs", "independent with cane"]), "Therapy recommendations: PT/OT %dx/week" % r.choice([3, 5]),
            "Skin: %s" % r.choice(["intact", "stage 2 sacral pressure injury, foam dressing"]), "Cognition: %s" % r.choice(["intact", "mild deficits"]), "Oncology plan: %s" % r.choice(["resume treatment when PS improves", "no active treatment; palliative goals", "follow up in clinic in 2 weeks"]),
            "Medications:"] + ["  " + m for m in meds(ctx)] + ["", "Nurse-to-nurse report called: %s at %s" % (ctx.rn.full(3), T(r))] + esign(ctx, ctx.hosp, 1)


# --------------------------------------------------------------------------- provider orders
def po_chemo(ctx):
    r = ctx.r
    set_phase(ctx, "active")
    out = letterhead(ctx, None, 2) + [r.choice(["CHEMOTHERAPY ORDERS", "Systemic Therapy Treatment Plan - Orders", "ANTINEOPLASTIC ORDER SET"]), ""] + ptblock(ctx, 1)
    out += ["Diagnosis: %s  ICD %s" % (dx(ctx, True), icd(ctx)), "Regimen: %s   Cycle %d  Day 1  Date: %s   q%d days" % (ctx.reg["name"], ctx.cycle, D(ctx), ctx.reg["q"]), "Height %d cm  Weight %s kg  BSA %s m2  Allergies: %s" % (ctx.height, ctx.weight, ctx.bsa, allergy_str(ctx)), "",
            "TREATMENT PARAMETERS: Hold and call MD if ANC < 1.5, platelets < %d K, Cr > 1.5, bilirubin > 1.5 x ULN." % r.choice([75, 100]), "", "PRE-MEDICATIONS:", "  ondansetron 16 mg IV 30 min prior", "  dexamethasone %d mg IV" % r.choice([8, 12, 20]), "", "CHEMOTHERAPY:"]
    for d in ctx.reg["drugs"]:
        ds = dose(ctx, d)
        out.append("  %-18s %-14s = %-10s %-18s %s" % (ds[0], ds[1], ds[2], ds[3], ds[4]))
    out += ["", "HYDRATION: NS 500 mL IV over 1 h", "SUPPORTIVE: %s" % r.choice(["pegfilgrastim 6 mg SC day 2", "none", "filgrastim 480 mcg SC days 3-10"]), "LABS: CBC w/diff, CMP, Mg prior to each cycle", "",
            "Prescriber: %s  Date/time %s %s" % (ctx.onc.full(), D(ctx), T(r)), "Pharmacist verification: ________   RN double check: ________ / ________"]
    return out


def po_admit(ctx):
    r = ctx.r
    a = admission(ctx)
    return ["ADMISSION ORDERS", ptblock(ctx, 2)[0], "%s %s" % (D(ctx), T(r)), "", "Admit to: %s, %s   Attending: %s" % (r.choice(["Inpatient", "Observation"]), r.choice(["Hem/Onc", "Oncology Hospitalist"]), ctx.onc.full(3)),
            "Diagnosis: %s" % a["reason"], "Condition: %s" % r.choice(["stable", "fair", "guarded"]), "Vitals: q4h; notify MD T > 38.0, SBP < 90, HR > 120, SpO2 < 92%", "Activity: %s" % r.choice(["ad lib", "OOB with assist", "bedrest"]),
            "Nursing: strict I&O, daily weights, %s" % r.choice(["neutropenic precautions", "fall precautions", "aspiration precautions"]), "Diet: %s" % r.choice(["regular", "neutropenic", "NPO after midnight", "clear liquids"]),
            "IV fluids: %s" % r.choice(["NS at 100 mL/h", "D5 1/2NS + 20 KCl at 75 mL/h", "saline lock"]), "Medications:"] + ["  " + m for m in meds(ctx)[:8]] + [
            "  " + r.choice(["cefepime 2 g IV q8h", "enoxaparin 40 mg SC daily", "hydromorphone 0.5 mg IV q3h PRN severe pain"]), "Labs: CBC, CMP, Mg, Phos in AM; blood cultures x2 if T > 38.0", "Code status: %s" % ("DNR/DNI" if ctx.phase == "eol" else "Full code"), "", "Ordered by: %s" % ctx.resident.full()]


def po_postop(ctx):
    r = ctx.r
    return ["POST-OPERATIVE ORDERS", ptblock(ctx, 1)[0], "Procedure: %s   Surgeon: %s" % (ctx.f(ctx.c["surg"][0]), ctx.surg.full(3)), "",
            "1. Admit to %s, %s" % (r.choice(["surgical floor", "step-down"]), r.choice(["inpatient", "23-h obs"])), "2. VS q1h x4, then q4h", "3. Diet: %s" % r.choice(["NPO, ice chips", "clear liquids", "regular as tolerated"]),
            "4. Activity: OOB to chair tonight, ambulate TID", "5. IS q1h while awake", "6. Drain: %s to bulb suction, record output q shift" % r.choice(["JP", "Blake"]), "7. IVF: LR at %d mL/h" % r.choice([75, 100, 125]),
            "8. Pain: %s" % r.choice(["acetaminophen 1 g IV q6h; oxycodone 5-10 mg PO q4h PRN", "epidural per APS", "hydromorphone PCA 0.2 mg q10 min, no basal"]), "9. Ondansetron 4 mg IV q6h PRN", "10. DVT ppx: enoxaparin 40 mg SC daily starting POD1, SCDs",
            "11. Labs: CBC, BMP in AM", "12. Call HO for UOP < 30 mL/h x2, SBP < 90, T > 38.5", "", "%s  %s %s" % (ctx.resident.full(), D(ctx), T(r))]


def po_transfusion(ctx):
    r = ctx.r
    return ["BLOOD PRODUCT ORDER", ptblock(ctx, 2)[0], "Date %s" % D(ctx), "", "Product: %s" % r.choice(["PRBC 1 unit", "PRBC 2 units", "Platelets 1 apheresis unit"]), "Special requirements: %s" % ", ".join(r.sample(["irradiated", "leukoreduced", "CMV-safe", "HLA-matched"], 2)),
            "Indication: %s" % r.choice(["Hgb %s < 7.0" % ctx.labs["Hemoglobin"][0], "Plt %s < 10K" % ctx.labs["Platelets"][0], "symptomatic anemia", "pre-procedure"]), "Rate: over %d h. Premedicate: %s" % (r.choice([2, 3]), r.choice(["none", "acetaminophen 650 mg PO + diphenhydramine 25 mg IV"])),
            "Post-transfusion CBC: %s" % r.choice(["yes, 1 h", "next AM"]), "Consent on file: yes", "Ordering provider: %s" % r.choice([ctx.np, ctx.fellow]).full()]


def po_outpt(ctx):
    r = ctx.r
    X = lambda b: "[X]" if b else "[ ]"
    return [ctx.cname, "OUTPATIENT LAB / IMAGING REQUISITION", ptblock(ctx, 1)[0], "Insurance: %s %s" % (ctx.payer[0], ctx.memberid), "Dx: %s (%s)" % (dx(ctx, True), icd(ctx)), "",
            "%s CBC w/ diff   %s CMP   %s Mg   %s LDH   %s %s   %s Uric acid" % (X(True), X(True), X(r.random() < 0.5), X(r.random() < 0.5), X(bool(ctx.c["tm"])), ctx.c["tm"][0] if ctx.c["tm"] else "tumor marker", X(r.random() < 0.3)),
            "%s CT chest/abd/pelvis with contrast   %s PET/CT   %s MRI brain   %s Echo" % (X(r.random() < 0.6), X(r.random() < 0.3), X(r.random() < 0.2), X(r.random() < 0.3)), "Frequency: %s" % r.choice(["once", "every 2 weeks x 6", "prior to each cycle"]),
            "Fasting: %s   Creatinine for contrast within 30 days: yes" % r.choice(["no", "yes"]), "Ordering: %s   Date %s" % (ctx.onc.full(), D(ctx)), "Signature ____________"]


def po_verbal(ctx):
    r = ctx.r
    return ["TELEPHONE / VERBAL ORDER", ptblock(ctx, 4)[0], "Date/time: %s %s" % (D(ctx), T(r)), "", "Order: %s" % r.choice(["Give potassium chloride 40 mEq PO x1", "Hold tonight's enoxaparin, plt %s" % ctx.labs["Platelets"][0], "Increase oxycodone to 10 mg q4h PRN", "Start cefepime 2 g IV q8h now; blood cultures x2 first", "May discharge home after transfusion"]),
            "Read back and verified: YES", "Received by: %s" % ctx.rn.full(), "Ordering provider: %s" % ctx.np.full(), "", "Provider co-signature: ____________ Date: ______ (within 24 h)"]


def po_comfort(ctx):
    r = ctx.r
    set_phase(ctx, "eol")
    return ["COMFORT CARE / END-OF-LIFE ORDER SET", ptblock(ctx, 1)[0], D(ctx), "", "Code status: DNR/DNI, comfort measures only", "Discontinue: labs, vital signs except q-shift, telemetry, nonessential medications",
            "Morphine %d mg IV q1h PRN pain or dyspnea; may titrate" % r.choice([2, 4]), "Lorazepam 0.5-1 mg IV q4h PRN anxiety", "Glycopyrrolate 0.2 mg IV q4h PRN secretions", "Haloperidol 1 mg IV q4h PRN agitation/nausea",
            "Oxygen PRN for comfort, no titration to SpO2", "Mouth care q2h; repositioning q2h; liberal visitation", "Chaplain and social work consult", "", "Ordered by %s" % ctx.pall.full()]


# --------------------------------------------------------------------------- discharge instructions
def di_chemo(ctx):
    r = ctx.r
    return [ctx.cname, r.choice(["DISCHARGE INSTRUCTIONS", "Going Home: Instructions for You", "Patient Discharge Instructions"]), "", "Patient: %s   Date: %s" % (ctx.name(3), D(ctx)), "Reason for your hospital stay: %s" % admission(ctx)["reason"], "",
            "CALL US RIGHT AWAY at %s (24 hours) if you have:" % ctx.cphone, "  - Temperature of 100.4 F (38 C) or higher", "  - Shaking chills", "  - Bleeding or bruising that will not stop", "  - Vomiting that keeps you from drinking fluids for more than 24 hours",
            "  - More than 6 loose stools a day", "  - Pain, redness or swelling at your port or IV site", "", "Activity: %s" % r.choice(["as tolerated; walk daily", "no heavy lifting"]), "Diet: %s" % r.choice(["regular; drink 8-10 glasses of fluid daily", "neutropenic diet handout given"]),
            "Medications: see your medication list. NEW: %s" % (", ".join(dc_meds(ctx)[1]) or "none"), "Appointments: %s clinic on %s" % (ctx.onc.full(2), D(ctx, later(ctx, r.randint(3, 14)))), "", "I have received and understand these instructions. Patient/caregiver ____________ RN %s" % ctx.rn.full(3)]


def di_postop(ctx):
    r = ctx.r
    return ["After Your Surgery", ctx.surg.specname + " - " + ctx.cname, "Patient: %s   Surgery: %s on %s" % (ctx.name(3), ctx.f(ctx.c["surg"][0]), D(ctx)), "",
            "Wound care: Keep incision clean and dry. You may shower after 48 hours; pat dry. Do not soak in a tub or swim for 4 weeks. Steri-strips will fall off on their own.", "Drain care: Empty the bulb twice daily and record amounts on the log. Call when output is less than 30 mL in 24 hours for 2 days.",
            "Pain: take acetaminophen first; oxycodone for severe pain only. Do not drive while taking narcotics.", "Activity: Walk several times per day. No lifting more than %d pounds for %d weeks." % (r.choice([10, 15]), r.choice([4, 6])),
            "Call %s if: fever > 101.5 F, increasing redness, pus, wound opening, calf pain or shortness of breath." % ctx.cphone, "Follow-up: %s in %d weeks. Pathology results will be discussed at that visit." % (ctx.surg.full(2), r.choice([1, 2]))]


def di_procedure(ctx):
    r = ctx.r
    pr = r.choice(["Bone Marrow Biopsy", "Port Placement", "Paracentesis", "Lumbar Puncture"])
    body = {"Bone Marrow Biopsy": "Keep the bandage on for 24 hours. Mild soreness for a few days is normal; you may take acetaminophen. Avoid aspirin/ibuprofen for 24 hours unless told otherwise.",
            "Port Placement": "Keep the dressing dry for 48 hours. Some bruising is normal. Your port can be used right away. Carry your port ID card. Avoid heavy lifting with that arm for 5 days.",
            "Paracentesis": "You may have some leaking of fluid from the site; change the bandage as needed. Call if you feel dizzy or the site is bleeding.",
            "Lumbar Puncture": "Lie flat for 30 minutes. Drink plenty of fluids. Call if you have a severe headache that gets worse when sitting up, fever, or neck stiffness."}[pr]
    return ["Instructions After Your %s" % pr, ctx.cabbr, "%s   %s" % (ctx.name(3), D(ctx)), "", body, "", "If you received sedation: do not drive, operate machinery or sign legal papers for 24 hours. An adult should stay with you tonight.", "Questions: %s (after hours ask for the oncologist on call)." % ctx.cphone]


def di_ed(ctx):
    r = ctx.r
    dx_ = r.choice(["Nausea and vomiting", "Dehydration", "Port malfunction (resolved)", "Cancer-related pain", "Constipation"])
    return ["EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS", "%s  |  %s" % (ctx.name(3), D(ctx)), "", "You were seen today for: %s" % dx_, "Your provider: %s" % ctx.em.full(),
            "Prescriptions: %s" % r.choice(["ondansetron ODT 4 mg", "none", "senna, polyethylene glycol", "oxycodone 5 mg #12"]), "Follow up with your oncologist within %s. Call %s tomorrow." % (r.choice(["1-2 days", "this week"]), ctx.cphone),
            "Return to the ED for fever 100.4 F or higher, confusion, chest pain, trouble breathing, bleeding, or if you are getting worse.", "", "Discharge vitals: " + vit_line(ctx, 2), "Patient signature ________   Time %s" % T(r)]


def di_avs(ctx):
    r = ctx.r
    return ["After Visit Summary", "%s  |  %s  |  %s" % (ctx.name(3), D(ctx), ctx.onc.full()), ctx.cname + " - " + ctx.onc.specname, "", "Today's vitals: " + vit_line(ctx, 3), "",
            "What we discussed: %s" % plan_text(ctx), "", "Your medication list:"] + ["  " + m for m in meds(ctx)] + ["", "Upcoming appointments:", "  %s  %s  Lab draw" % (D(ctx, later(ctx, 7)), T(r)), "  %s  %s  %s" % (D(ctx, later(ctx, ctx.reg["q"])), T(r), r.choice(["Infusion", "Follow-up", "CT scan"])),
            "", "MyChart/portal activation code: %s-%s-%s" % tuple("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(3))]


def di_neutropenic(ctx):
    r = ctx.r
    return ["LOW WHITE BLOOD CELL COUNT (NEUTROPENIA) - HOME CARE INSTRUCTIONS", "Given to: %s  on %s by %s" % (ctx.name(3), D(ctx), ctx.rn.full(3)), "",
            "Your ANC today is %s. When your ANC is low, you are at high risk of infection." % ctx.labs["ANC"][0], "- Wash hands often; ask visitors to wash hands.", "- Avoid crowds and people who are sick.", "- Check temperature twice daily and if you feel unwell. Do not take acetaminophen before checking.",
            "- Do not eat raw or undercooked meat, eggs or unwashed produce.", "- Do not clean litter boxes or bird cages.", "- Use a soft toothbrush.", "", "FEVER OF 100.4 F (38 C) OR HIGHER IS AN EMERGENCY. Call %s immediately, day or night." % ctx.cphone]


def di_rt(ctx):
    r = ctx.r
    return [ctx.radonc.specname, "Skin Care and Self-Care During Radiation Therapy", "%s   Treatment area: %s" % (ctx.name(3), ctx.f(ctx.c["rt"][0])), "",
            "- Wash the area gently with lukewarm water and mild soap; pat dry.", "- Apply the recommended moisturizer (%s) twice daily, not within 4 hours before treatment." % r.choice(["Aquaphor", "Miaderm", "calendula cream"]), "- Do not use heating pads, ice packs or tape on the area.",
            "- Wear loose cotton clothing. Protect the area from the sun.", "- Do not wash off the skin marks.", "- %s" % r.choice(["Rinse your mouth with salt and baking soda solution 4-6 times daily.", "Eat small frequent meals; a dietitian will see you.", "Drink extra fluids; loperamide for diarrhea as directed."]), "",
            "Call your radiation nurse at %s with blistering, open skin, fever or pain not relieved." % ctx.cphone]


# --------------------------------------------------------------------------- other
def ot_fax(ctx):
    r = ctx.r
    return [ctx.cname, r.choice(["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "Fax"]), "", "Date: %s" % D(ctx), "To: %s" % r.choice([ctx.pcp.full() + ", " + ctx.pcp_practice, "Medical Records", "Prior Authorization Dept, " + ctx.payer[0]]), "Fax: %s" % phone(r), "From: %s" % r.choice([ctx.rn.full(), "HIM Release of Information", ctx.np.full()]),
            "Phone: %s   Fax: %s" % (ctx.cphone, ctx.cfax), "Pages (including cover): %d" % r.randint(2, 25), "RE: %s" % r.choice(["%s DOB %s" % (ctx.name(0), D(ctx, ctx.dob)), "records request", "authorization"]), "",
            "[ ] Urgent  [X] For review  [ ] Please reply  [ ] Please comment", "", "Comments: %s" % r.choice(["Please see attached records.", "Attached office note and labs.", "Please fax signed orders back.", ""]), "",
            "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential information protected by federal and state law (HIPAA, 42 CFR Part 2). If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is prohibited. Please notify the sender immediately by telephone and destroy the documents."]


def ot_distress(ctx):
    r = ctx.r
    out = ["NCCN-style DISTRESS THERMOMETER AND PROBLEM LIST", "Patient: %s  Date: %s" % (ctx.name(3), D(ctx)), "", "How much distress have you been experiencing in the past week, including today? (0 = none, 10 = extreme):  %d" % r.randint(0, 9), "",
           "Please indicate if any of the following has been a problem for you in the past week:"]
    for grp, items in [("Practical", ["Child care", "Housing", "Insurance/financial", "Transportation", "Work/school"]), ("Family", ["Dealing with partner", "Dealing with children"]), ("Emotional", ["Depression", "Fears", "Nervousness", "Sadness", "Worry"]),
                       ("Physical", ["Pain", "Fatigue", "Nausea", "Sleep", "Memory/concentration", "Appetite", "Tingling in hands/feet"])]:
        out.append(grp + " problems:")
        out.append("  " + "   ".join("%s %s" % ("[Y]" if r.random() < 0.25 else "[N]", it) for it in items))
    return out + ["Spiritual/religious concerns: %s" % r.choice(["Y", "N"]), "", "Reviewed by: %s   Referral: %s" % (ctx.rn.full(3), r.choice(["social work", "psycho-oncology", "none", "financial counselor"]))]


def ot_roi(ctx):
    r = ctx.r
    return [ctx.cname, "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "", "Patient name: %s   DOB: %s   MRN: %s" % (ctx.name(3), D(ctx, ctx.dob), ctx.mrn), "",
            "I authorize %s to release information to: %s" % (ctx.cabbr, r.choice(["%s Life Insurance Co." % r.choice(LAST), "Law Offices of %s & %s" % (r.choice(LAST), r.choice(LAST)), ctx.pcp_practice, "Social Security Administration (Disability Determination)", "myself"])),
            "Information to be released: %s" % r.choice(["[X] Office notes [X] Pathology [X] Imaging [ ] Entire record", "[X] Records from %s to %s" % (D(ctx, later(ctx, -365)), D(ctx)), "[X] Entire record including HIV/mental health (initial ____)"]),
            "Purpose: %s" % r.choice(["continuity of care", "legal", "insurance", "disability claim", "personal"]), "This authorization expires on %s. I may revoke it in writing. Treatment will not be conditioned on signing." % D(ctx, later(ctx, 365)),
            "Fee: $%d.%02d" % (r.randint(0, 45), r.randint(0, 99)), "", "Signature ___________________  Date %s" % D(ctx), "HIM use only: request #%d  processed by %s" % (r.randint(10000, 99999), r.choice(LAST))]


def ot_billing(ctx):
    r = ctx.r
    out = [ctx.cname + " - Patient Financial Services", "STATEMENT OF ACCOUNT", "Statement date: %s   Account: %s" % (D(ctx), ctx.acct), "Guarantor: %s  %s, %s %s" % (ctx.name(3), ctx.addr, ctx.city, ctx.state), "",
           "%-11s %-44s %10s %10s" % ("Date", "Description", "Charges", "Ins/Adj")]
    tot = 0.0
    for _ in range(r.randint(3, 8)):
        c = r.uniform(80, 9000)
        a = c * r.uniform(0.6, 0.98)
        tot += c - a
        out.append("%-11s %-44s %10.2f %10.2f" % (D(ctx, later(ctx, -r.randint(5, 90)), 1), r.choice(["Chemo admin IV push (96409)", "Chemo infusion 1st hr (96413)", "Office visit est (99214)", "CT chest w contrast", "CBC w/diff", "J-code drug %s" % r.choice(["J9045", "J9305", "J9271", "J2505"]), "Port flush"]), c, a))
    return out + ["", "PATIENT BALANCE DUE: $%.2f   Due by %s" % (tot, D(ctx, later(ctx, 30))), "Questions? Call %s. Financial assistance is available - ask about our charity care program." % phone(r), "Pay online or detach and return the bottom portion."]


def ot_photo(ctx):
    r = ctx.r
    return ["CLINICAL PHOTOGRAPHY", ptblock(ctx, 4)[0], "Date taken: %s   Photographer: %s" % (D(ctx), r.choice([ctx.rn.full(3), "Medical Media"])), "",
            "Image 1 of %d: %s" % (r.randint(1, 4), r.choice(["%s upper back pigmented lesion with ruler for scale" % ctx.side, "%s breast radiation dermatitis, week 5" % ctx.side, "hand-foot syndrome palmar surfaces", "port site erythema", "grade 2 maculopapular rash on trunk"])),
            "Consent for photography: on file", "[image]", "Caption: %s" % r.choice(["For documentation only.", "Compare with prior image %s." % D(ctx, later(ctx, -30)), "Uploaded to media tab."])]


def ot_tumorboard(ctx):
    r = ctx.r
    return [ctx.cname, r.choice(["MULTIDISCIPLINARY TUMOR BOARD SUMMARY", "%s Tumor Board - Case Summary" % r.choice(["Thoracic", "GI", "Breast", "Lymphoma", "GU", "Head and Neck"]), "Cancer Conference Recommendation"]), "Conference date: %s" % D(ctx), "", ptblock(ctx, 1)[0], "Presenting: %s" % ctx.onc.full(), "",
            "Case summary: " + hpi(ctx), "Pathology reviewed (%s): %s" % (ctx.path.full(3), ctx.f(ctx.c["pathdx"]).lower()), "Radiology reviewed (%s): %s" % (ctx.rad.full(3), ctx.f(ctx.c["ct"][1])), "Clinical stage: %s" % ctx.stage, "",
            "Attendees: %s" % ", ".join([ctx.onc.full(3), ctx.surg.full(3), ctx.radonc.full(3), ctx.rad.full(3), ctx.path.full(3), "nurse navigator", "genetics"][:r.randint(4, 7)]), "",
            "Consensus recommendation: %s" % r.choice(["neoadjuvant %s followed by surgical resection" % ctx.reg["name"], "upfront surgery, then adjuvant therapy per final pathology", "definitive chemoradiation", "systemic therapy; consider clinical trial", "obtain additional biopsy for molecular testing"]),
            "NCCN guideline concordant: yes   Clinical trial eligible: %s" % r.choice(["yes", "no", "screening"]), "This summary is a conference recommendation and not a substitute for the treating physician's judgment."]


def ot_survplan(ctx):
    r = ctx.r
    set_phase(ctx, "surveillance")
    return ["SURVIVORSHIP CARE PLAN AND TREATMENT SUMMARY", ctx.cname, "Prepared for: %s   Date: %s" % (ctx.name(3), D(ctx)), "", "Diagnosis: %s   Date of diagnosis: %s" % (dx(ctx), D(ctx, ctx.dx_date)),
            "Treatments received:"] + ["  " + x for x in onc_hx(ctx)[3:]] + ["", "Possible late effects: %s" % ", ".join(r.sample(["fatigue", "neuropathy", "heart problems", "infertility", "lymphedema", "second cancers", "bone loss", "memory changes"], 4)),
            "Follow-up schedule: visits every %d months for 2 years, then every 6 months to year 5; %s" % (r.choice([3, 4]), r.choice(["annual mammogram", "CT scans yearly x 3", "colonoscopy at 1 year", "labs at each visit"])),
            "Healthy living: regular exercise 150 min/week, tobacco cessation, limit alcohol.", "Care team: oncologist %s; PCP %s" % (ctx.onc.full(), ctx.pcp.full()), "Copy given to patient and sent to PCP."]


def ot_hospice(ctx):
    r = ctx.r
    set_phase(ctx, "eol")
    kind = r.random() < 0.5
    if kind:
        return ["HOSPICE ELECTION STATEMENT (Medicare Hospice Benefit)", "%s Hospice" % r.choice(["Gentle Harbor", "Evening Star", "Valley Comfort"]), "", "Patient: %s   Medicare #: %s" % (ctx.name(3), ctx.memberid), "Effective date of election: %s" % D(ctx),
                "I, the undersigned, elect the Medicare hospice benefit. I understand that hospice care is palliative rather than curative, and that by electing hospice I waive Medicare payment for services related to my terminal illness (%s) except as provided by the hospice or my attending physician." % ctx.c["short"],
                "Attending physician of my choice: %s" % ctx.onc.full(), "I may revoke this election at any time.", "", "Signature of patient/representative __________   Date %s" % D(ctx)]
    return ["CERTIFICATION OF TERMINAL ILLNESS", "Benefit period: %s to %s" % (D(ctx), D(ctx, later(ctx, 89))), "Patient: %s  DOB %s" % (ctx.name(0), D(ctx, ctx.dob)), "",
            "I certify that this patient is terminally ill with a life expectancy of 6 months or less if the terminal illness runs its normal course.", "Terminal diagnosis: %s (%s)" % (dx(ctx), icd(ctx)),
            "Brief narrative: %s Progressive decline despite therapy; PPS %d%%, weight loss %d%% over 3 months, albumin %s." % (hpi(ctx).split(". ")[0] + ".", r.choice([30, 40]), r.randint(8, 20), ctx.labs["Albumin"][0]),
            "", "Hospice medical director: %s   Date %s" % (ctx.pall.full(), D(ctx)), "Attending: %s   Date %s" % (ctx.onc.full(), D(ctx))]


def ot_appts(ctx):
    r = ctx.r
    out = ["YOUR UPCOMING APPOINTMENTS", "%s  printed %s" % (ctx.name(3), D(ctx)), ""]
    d = ctx.date
    for _ in range(r.randint(4, 9)):
        d += dt.timedelta(days=r.randint(1, 14))
        out.append("%s %s  %-26s %s" % (D(ctx, d, 1), T(r, 7, 16), r.choice(["LAB DRAW", "INFUSION (4 hr)", "MD FOLLOW UP", "CT SCAN - NPO 4 hr", "RADIATION TX", "SOCIAL WORK", "PORT FLUSH"]), r.choice([ctx.cabbr + " Bldg A, 2nd floor", "Infusion Center Pod C", "Imaging, Level 1"])))
    return out + ["", "Please arrive 15 minutes early. To cancel call %s." % ctx.cphone]


# --------------------------------------------------------------------------- registry & main
TYPES = {
    "discharge_summary": [ds_classic, ds_epic, ds_brief, ds_death, ds_surgical, ds_narrative],
    "history_physical": [hp_full, hp_interval, hp_preop, hp_resident, hp_form, hp_hospitalist],
    "progress_note": [pn_soap, pn_clinic, pn_attest, pn_survivorship, pn_otv, pn_problem, pn_tele],
    "consult_note": [cn_medonc, cn_radonc, cn_surg, cn_palliative, cn_cardio, cn_id],
    "operative_note": [op_classic, op_port, op_brief, op_narrative, op_findings_first, op_robotic],
    "procedure_note": [pr_bm, pr_ir_port, pr_para, pr_lp, pr_endo, pr_ebus, pr_ctbx],
    "lab_report": [lab_cbc, lab_cmp, lab_tm, lab_spep, lab_coag, lab_cumulative, lab_micro],
    "imaging_report": [im_ct, im_pet, im_mri, im_cxr, im_echo, im_bone, im_mammo, im_duplex],
    "pathology_report": [pa_surg, pa_bm, pa_cyto, pa_flow, pa_molecular, pa_outside],
    "medication_list": [ml_reconcile, ml_ehr, ml_patient, ml_discharge, ml_pharmacist, ml_handwritten],
    "prescription": [rx_pad, rx_erx, rx_controlled, rx_oral_chemo, rx_dme, rx_multi],
    "anesthesia_record": [an_intraop, an_preop, an_pacu, an_sedation, an_summary, an_epidural],
    "correspondence": [co_followup, co_results, co_necessity, co_twimc, co_admin, co_portal],
    "consent_form": [cf_chemo, cf_surgery, cf_transfusion, cf_trial, cf_radiation, cf_procedure],
    "referral_letter": [rf_pcp, rf_form, rf_internal, rf_hospice, rf_transplant, rf_ext_spec],
    "advance_directive": [ad_livingwill, ad_dpoa, ad_polst, ad_oohdnr, ad_wishes, ad_revocation],
    "ecg_report": [ecg_machine, ecg_philips, ecg_narrative, ecg_qtc, ecg_strip, ecg_holter],
    "immunization_record": [im_registry, im_admin, im_revacc, im_flu, im_covid, im_ehrlist],
    "registration_form": [rg_form, rg_facesheet, rg_phone, rg_update, rg_cc, rg_adt],
    "insurance_card": [ic_commercial, ic_medicare, ic_medicaid, ic_advantage, ic_rx, ic_scan],
    "nursing_note": [nn_infusion, nn_dar, nn_triage, nn_navigator, nn_transfusion, nn_flowsheet, nn_teaching],
    "ed_note": [ed_phys, ed_triage, ed_neutfever, ed_port, ed_resident, ed_tsheet],
    "transfer_summary": [tr_facility, tr_icu, tr_accept, tr_sbar, tr_emtala, tr_rehab],
    "provider_orders": [po_chemo, po_admit, po_postop, po_transfusion, po_outpt, po_verbal, po_comfort],
    "discharge_instructions": [di_chemo, di_postop, di_procedure, di_ed, di_avs, di_neutropenic, di_rt],
    "other": [ot_fax, ot_distress, ot_roi, ot_billing, ot_photo, ot_tumorboard, ot_survplan, ot_hospice, ot_appts],
}

# layouts needing specific setups
PHASE_HINT = {ad_livingwill: "eol", ad_polst: "eol", ad_oohdnr: "eol", rf_hospice: "eol", ot_hospice: "eol", po_comfort: "eol", cn_palliative: "progression",
              nn_infusion: "active", po_chemo: "active", rx_oral_chemo: "active", ed_neutfever: "active", pn_otv: "active", cf_chemo: "new", rf_pcp: "new",
              cn_medonc: "new", hp_preop: "new", op_classic: "new", ds_surgical: "new", pa_surg: "new", ot_survplan: "surveillance", pn_survivorship: "surveillance"}
MEDICARE = {ic_medicare, ic_advantage}
COVID = {im_covid}


SOLID = {ds_surgical, cn_surg, pa_surg, hp_preop, op_robotic, op_findings_first, po_postop, di_postop, cf_surgery, an_epidural}
HEME = {pr_bm, pa_bm, pa_flow, rf_transplant, im_revacc}


def make_doc(r, label, fn):
    ph = PHASE_HINT.get(fn)
    year = None
    if fn in COVID:
        year = r.randint(2021, 2023)
    cancer = None
    if fn in SOLID:
        cancer = r.choice([c for c in CANCERS if not c["heme"]])
    elif fn in HEME:
        cancer = r.choice([c for c in CANCERS if c["heme"]] + [c for c in CANCERS if c["key"] in ("breast", "lung")])
    ctx = Ctx(r, cancer=cancer, phase=ph, year=year)
    if fn in MEDICARE and ctx.age < 66:
        ctx.age = r.randint(66, 88)
        ctx.dob = ctx.date - dt.timedelta(days=ctx.age * 365 + r.randint(1, 360))
    lines = fn(ctx)
    text = finalize(ctx, lines, paginate=label not in ("insurance_card", "prescription", "ecg_report"), fax=0.2 if label in ("referral_letter", "correspondence", "prescription", "other", "lab_report") else 0.08)
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    docs = []
    for label in sorted(TYPES):
        fns = list(TYPES[label])
        order = []
        while len(order) < a.per_type:
            blk = fns[:]
            r.shuffle(blk)
            order += blk
        for i in range(a.per_type):
            docs.append((label, make_doc(r, label, order[i])))
    idx = list(range(len(docs)))
    r.shuffle(idx)
    with open(a.out, "w", encoding="utf-8") as fh:
        for n, j in enumerate(idx):
            label, text = docs[j]
            fh.write(json.dumps({"id": "onc-s%d-%05d" % (a.seed, n), "label": label, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
