#!/usr/bin/env python3
"""Synthetic clinical document generator (entirely fictitious content).

Persona: a US multi-specialty physician group and its ambulatory surgery
centre, dictated reports typed by an outsourced transcription service,
1995-2012, as they look after scanning and OCR.

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
Standard library only; deterministic for a given seed.
"""
import argparse
import datetime
import json
import random
import re
import textwrap

# ---------------------------------------------------------------------------
# Name pools (invented combinations)
# ---------------------------------------------------------------------------
FIRST_M = ["James", "Robert", "Walter", "Dennis", "Harold", "Gerald", "Kenneth", "Raymond", "Eugene",
           "Lloyd", "Curtis", "Dale", "Wayne", "Roger", "Leonard", "Marvin", "Glenn", "Darrell", "Terrence",
           "Victor", "Ernest", "Stanley", "Clifford", "Howard", "Norman", "Russell", "Bradley", "Travis",
           "Kyle", "Derek", "Tyler", "Brandon", "Jose", "Luis", "Andre", "Tyrone", "Hector", "Miguel",
           "Chester", "Floyd", "Vernon", "Melvin", "Duane", "Randall", "Troy", "Cody", "Ethan", "Logan"]
FIRST_F = ["Mary", "Patricia", "Linda", "Barbara", "Dorothy", "Shirley", "Judith", "Joyce", "Beverly",
           "Gloria", "Darlene", "Loretta", "Peggy", "Rosemary", "Marlene", "Bonnie", "Wanda", "Sheila",
           "Tammy", "Rhonda", "Kimberly", "Angela", "Tonya", "Crystal", "Heather", "Brittany", "Ashley",
           "Maria", "Rosa", "Yolanda", "Latoya", "Carmen", "Irene", "Vera", "Mildred", "Agnes", "Lucille",
           "Doris", "Eileen", "Connie", "Paula", "Denise", "Kayla", "Madison", "Emily", "Hannah", "Olivia"]
LAST = ["Abernathy", "Bausch", "Calloway", "Dunleavy", "Eckhart", "Fenwick", "Gorski", "Halvorsen",
        "Ingersoll", "Jablonski", "Kettering", "Lindqvist", "Mcardle", "Nowicki", "Oberlin", "Pruitt",
        "Quinlan", "Rasmussen", "Schaefer", "Tolliver", "Underhill", "Vandergriff", "Whitlock", "Yancey",
        "Zielinski", "Ambrose", "Birdsall", "Cheney", "Delacroix", "Esposito", "Farrow", "Gutierrez",
        "Hollins", "Iverson", "Jarrett", "Kowalczyk", "Lemaster", "Mccready", "Nunley", "Ostrander",
        "Pendergast", "Ruggiero", "Stallworth", "Thibodeaux", "Urbanski", "Varga", "Wexler", "Yoder",
        "Bramlett", "Crandall", "Dwyer", "Eldridge", "Fairbanks", "Gilchrist", "Haskins", "Kimbrough",
        "Lockhart", "Medeiros", "Nettles", "Orozco", "Pickens", "Redmond", "Sizemore", "Truax", "Voss",
        "Winslow", "Burkhalter", "Castellano", "Dombrowski", "Espinoza", "Fitzhugh", "Grimaldi",
        "Hargrove", "Jaramillo", "Koenig", "Lundgren", "Marchetti", "Okafor", "Pham", "Sandoval"]
DOC_FIRST = ["Alan", "Brian", "Catherine", "David", "Elaine", "Frederick", "Gregory", "Helen", "Irving",
             "Janet", "Karl", "Lawrence", "Margaret", "Nathan", "Philip", "Rajesh", "Samuel", "Theresa",
             "Uma", "Vincent", "William", "Anil", "Sunil", "Ming", "Ellen", "Douglas", "Martin", "Susan"]
DOC_LAST = ["Achterberg", "Bellamy", "Castellucci", "Drummond", "Engstrom", "Falkner", "Grabowski",
            "Hazelton", "Imbriale", "Jorgensen", "Kapadia", "Lanzetta", "Montague", "Nadkarni",
            "Oyelaran", "Penrose", "Quarles", "Rosenthal", "Satterfield", "Tremblay", "Upadhyay",
            "Vukovich", "Wendorf", "Yablonsky", "Zellner", "Brightwater", "Carrow", "Desmarais",
            "Ellsworth", "Fiorentino", "Gallagher", "Hennessy", "Kessler", "Liang", "Moravec", "Prasad"]
NURSE_F = ["Kathy", "Donna", "Lori", "Pam", "Terri", "Jill", "Sandy", "Becky", "Diane", "Cheryl", "Tina", "Mark", "Jeff"]
CITIES = [("Harlow Springs", "OH", "43"), ("Port Adley", "MI", "49"), ("Millbrook Falls", "PA", "16"),
          ("Cedar Ridge", "IN", "46"), ("East Wyndham", "NY", "13"), ("Lake Tamsin", "WI", "53"),
          ("Brantley", "KY", "41"), ("Okonee", "GA", "31"), ("Granite Bluff", "TN", "37"),
          ("North Carrow", "IL", "61"), ("Dunmore Heights", "MO", "63"), ("Sable Creek", "TX", "75")]
STREETS = ["Maple", "Oak", "Ridgeview", "Hollow Creek", "Pine", "Lakeview", "County Road 12", "Mill",
           "Church", "Birchwood", "Quarry", "Sycamore", "Elm", "Orchard", "Fairground", "Depot",
           "Linden", "Meadowlark", "Old Post", "Willow Bend"]
ST_SUF = ["St", "Street", "Ave", "Avenue", "Rd", "Road", "Dr", "Drive", "Ln", "Lane", "Ct", "Blvd"]
GROUPS = [("Riverbend Specialty Physicians, P.C.", "Riverbend Surgery Center"),
          ("Tri-County Medical Specialists, Inc.", "Tri-County Ambulatory Surgery Center"),
          ("Lakeshore Multispecialty Group", "Lakeshore Outpatient Surgery Center, L.L.C."),
          ("Cedar Valley Physicians Group, P.A.", "Cedar Valley Surgical Center"),
          ("Northgate Clinic & Associates", "Northgate Day Surgery")]
HOSPITALS = ["St. Aldric Memorial Hospital", "Mercy Ridge Medical Center", "Valley General Hospital",
             "Good Samaritan Regional Medical Center", "Wyndham County Hospital", "Our Lady of the Lakes Hospital"]
SNFS = ["Maple Grove Nursing & Rehabilitation", "Heritage Manor Care Center", "Briarwood Health Care Center",
        "Sunrise Terrace Skilled Nursing", "Pleasant View Rehabilitation Center"]
PHARMACIES = ["Main Street Pharmacy", "Medi-Mart Drug #214", "Corner Drug", "Family Discount Pharmacy",
              "Valley Apothecary", "SaveRite Pharmacy #88"]
PAYERS = [("Keystone Health Plan", "HMO"), ("Great Lakes Mutual", "PPO"), ("Heartland Benefit Trust", "PPO"),
          ("Prairie State Blue Plan", "PPO"), ("Unity Care Health", "HMO"), ("American Workers Health Fund", "POS"),
          ("Medicare", "MCR"), ("State Medical Assistance", "MCD"), ("Pinnacle Senior Advantage", "MA")]
TX_COMPANIES = ["AccuScript Transcription Services", "MedType Solutions", "Precision Dictation, Inc.",
                "ScribeLine Medical Transcription", "TranSource Medical"]

SPEC_NAMES = {
    "ortho": ["Orthopaedic Surgery", "Orthopedics", "Orthopaedics & Sports Medicine"],
    "gi": ["Gastroenterology", "Digestive Diseases", "GI"],
    "cards": ["Cardiology", "Cardiovascular Disease", "Heart & Vascular"],
    "uro": ["Urology", "Urologic Surgery"],
    "ent": ["Otolaryngology", "ENT / Head & Neck Surgery", "Ear, Nose & Throat"],
    "gs": ["General Surgery", "General & Vascular Surgery", "Surgery"],
    "eye": ["Ophthalmology", "Eye Surgery"],
    "neuro": ["Neurology", "Neurology & Neurophysiology"],
    "pulm": ["Pulmonology", "Pulmonary & Critical Care Medicine", "Pulmonary Medicine"],
}


# ---------------------------------------------------------------------------
# Small utilities
# ---------------------------------------------------------------------------
def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


class World:
    """Roster of invented clinicians, built once per run from the seed."""

    def __init__(self, rng):
        self.rng = rng
        used = set()

        def docname():
            while True:
                n = (pick(rng, DOC_FIRST), pick(rng, DOC_LAST))
                if n not in used:
                    used.add(n)
                    return n
        self.docs = {}
        for sp in SPEC_NAMES:
            self.docs[sp] = []
            for _ in range(3):
                f, l = docname()
                cred = "M.D." if rng.random() < 0.85 else "D.O."
                self.docs[sp].append({"first": f, "last": l, "cred": cred, "spec": sp,
                                      "mi": pick(rng, "ABCDEFGHJKLMNPRSTW")})
        self.pcps = []
        for _ in range(8):
            f, l = docname()
            self.pcps.append({"first": f, "last": l, "cred": pick(rng, ["M.D.", "M.D.", "D.O.", "M.D."]),
                              "spec": "pcp", "mi": pick(rng, "ABCDEFGHJKLMNPRSTW"),
                              "practice": pick(rng, ["Family Health Center", "Internal Medicine Associates",
                                                     "Primary Care Partners", "Community Family Practice",
                                                     "Westside Medical Group", "Country Doctors Clinic"])})
        self.anes = []
        for _ in range(4):
            f, l = docname()
            self.anes.append({"first": f, "last": l, "cred": "M.D.", "spec": "anes", "mi": pick(rng, "ABCDEJKLMRS")})
        self.crna = [{"first": pick(rng, DOC_FIRST), "last": pick(rng, LAST), "cred": "CRNA", "spec": "anes", "mi": ""}
                     for _ in range(3)]
        self.rads = []
        for _ in range(4):
            f, l = docname()
            self.rads.append({"first": f, "last": l, "cred": "M.D.", "spec": "rad", "mi": pick(rng, "ABCDEJKLMRS")})
        self.paths = []
        for _ in range(3):
            f, l = docname()
            self.paths.append({"first": f, "last": l, "cred": "M.D.", "spec": "path", "mi": pick(rng, "ABCDEJKLMRS")})
        self.eds = []
        for _ in range(4):
            f, l = docname()
            self.eds.append({"first": f, "last": l, "cred": pick(rng, ["M.D.", "D.O.", "M.D."]), "spec": "ed",
                             "mi": pick(rng, "ABCDEJKLMRS")})
        self.hosps = []
        for _ in range(3):
            f, l = docname()
            self.hosps.append({"first": f, "last": l, "cred": "M.D.", "spec": "im", "mi": pick(rng, "ABCDEJKLMRS")})
        self.nurses = [{"first": pick(rng, NURSE_F), "last": pick(rng, LAST),
                        "cred": pick(rng, ["RN", "R.N.", "RN", "LPN", "RN, BSN"])} for _ in range(10)]


def dname(d, style=0):
    if style == 0:
        return "%s %s. %s, %s" % (d["first"], d["mi"], d["last"], d["cred"]) if d.get("mi") else \
            "%s %s, %s" % (d["first"], d["last"], d["cred"])
    if style == 1:
        return "%s %s, %s" % (d["first"], d["last"], d["cred"])
    if style == 2:
        return "Dr. %s" % d["last"]
    if style == 3:
        return "%s, %s" % (d["last"].upper(), d["first"].upper())
    if style == 4:
        return "%s %s %s" % (d["first"], d["last"], d["cred"].replace(".", ""))
    return "%s, %s %s" % (d["last"], d["first"], d.get("mi", ""))


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
        return "%02d-%02d-%04d" % (d.month, d.day, d.year)
    if style == 5:
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    return "%02d/%02d/%02d" % (d.month, d.day, d.year % 100)


def ftime(rng, h=None, m=None, style=None):
    h = rng.randrange(6, 20) if h is None else h
    m = rng.randrange(0, 60) if m is None else m
    if style is None:
        style = rng.randrange(3)
    if style == 0:
        return "%02d%02d" % (h, m)
    if style == 1:
        return "%02d:%02d" % (h, m)
    ap = "AM" if h < 12 else "PM"
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, m, ap)


def phone(rng, paren=None):
    a = pick(rng, ["419", "614", "231", "814", "317", "315", "608", "606", "912", "615", "309", "314", "903"])
    n = "555-%04d" % rng.randrange(100, 9999)
    if paren is None:
        paren = rng.randrange(3)
    if paren == 0:
        return "(%s) %s" % (a, n)
    if paren == 1:
        return "%s-%s" % (a, n)
    return "%s.%s" % (a, n.replace("-", "."))


def wrap(text, width=78, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent, subsequent_indent=indent,
                                 break_on_hyphens=False) or [""])
    return "\n".join(out)


# ---------------------------------------------------------------------------
# OCR / scanning noise
# ---------------------------------------------------------------------------
OCR_SUB = {"l": ["1", "I", "|"], "I": ["l", "1", "|"], "O": ["0", "Q"], "0": ["O", "o"], "o": ["0", "c", "a"],
           "e": ["c", "o"], "c": ["e", "o"], "S": ["5", "$"], "5": ["S", "6"], "B": ["8", "3"], "8": ["B", "3"],
           "g": ["q", "9"], "h": ["b", "li"], "i": ["l", "1", "j"], ",": [".", ""], ".": [",", "", "-"],
           ":": [";", "."], "t": ["f", "l"], "f": ["t"], "u": ["v", "ii"], "a": ["o", "e"], "n": ["ri", "h"],
           "m": ["rn", "nn"], "d": ["cl"], "w": ["vv"], "1": ["l", "I", "7"], "D": ["O", "0"], "E": ["F"],
           "H": ["N"], "C": ["G", "("], "y": ["v"], "-": ["~", "_", ""], "/": ["l", "I"], "r": ["n"]}
SPECKS = ["'", "`", ".", ",", "~", "-", "_", "\u00b7", ";", "*", "\""]


def ocr_noise(rng, text, level):
    if level <= 0:
        return text
    p_char = 0.006 * level
    out_lines = []
    for line in text.split("\n"):
        if not line.strip():
            out_lines.append(line)
            continue
        if rng.random() < 0.01 * level:
            # faint line: a run of characters lost
            a = rng.randrange(len(line))
            b = min(len(line), a + rng.randrange(2, 9))
            line = line[:a] + " " * (b - a if rng.random() < 0.5 else 1) + line[b:]
        chars = []
        i = 0
        while i < len(line):
            c = line[i]
            if line[i:i + 2] == "rn" and rng.random() < p_char * 4:
                chars.append("m")
                i += 2
                continue
            r = rng.random()
            if r < p_char and c in OCR_SUB:
                chars.append(pick(rng, OCR_SUB[c]))
            elif r < p_char * 1.3 and c == " ":
                chars.append("" if rng.random() < 0.6 else "  ")
            elif r < p_char * 1.45 and c.isalpha():
                chars.append(c + " ")
            else:
                chars.append(c)
            i += 1
        line = "".join(chars)
        if rng.random() < 0.02 * level:
            line = pick(rng, SPECKS) + line if rng.random() < 0.5 else line + " " + pick(rng, SPECKS)
        if rng.random() < 0.05:
            line = line + " " * rng.randrange(1, 4)
        out_lines.append(line)
    return "\n".join(out_lines)


# ---------------------------------------------------------------------------
# Clinical knowledge: comorbidities, medications
# ---------------------------------------------------------------------------
# (generic, brand, dose, route, freq, indication)
COMORB = {
    "htn": ("Hypertension", [[("lisinopril", "Zestril", "20 mg", "PO", "daily", "hypertension")],
                             [("hydrochlorothiazide", "HCTZ", "25 mg", "PO", "daily", "hypertension")],
                             [("amlodipine", "Norvasc", "5 mg", "PO", "daily", "hypertension")],
                             [("atenolol", "Tenormin", "50 mg", "PO", "daily", "hypertension")]]),
    "dm": ("Type 2 diabetes mellitus", [[("metformin", "Glucophage", "500 mg", "PO", "twice daily", "diabetes")],
                                        [("glipizide", "Glucotrol", "5 mg", "PO", "daily", "diabetes")],
                                        [("metformin", "Glucophage", "1000 mg", "PO", "BID", "diabetes"),
                                         ("glyburide", "Micronase", "5 mg", "PO", "daily", "diabetes")]]),
    "lipid": ("Hyperlipidemia", [[("simvastatin", "Zocor", "20 mg", "PO", "at bedtime", "cholesterol")],
                                 [("atorvastatin", "Lipitor", "10 mg", "PO", "daily", "cholesterol")],
                                 [("pravastatin", "Pravachol", "40 mg", "PO", "qhs", "cholesterol")]]),
    "hypothyroid": ("Hypothyroidism", [[("levothyroxine", "Synthroid", "75 mcg", "PO", "daily", "thyroid")],
                                       [("levothyroxine", "Levoxyl", "100 mcg", "PO", "daily", "thyroid")]]),
    "gerd": ("Gastroesophageal reflux", [[("omeprazole", "Prilosec", "20 mg", "PO", "daily", "reflux")],
                                         [("ranitidine", "Zantac", "150 mg", "PO", "BID", "reflux")]]),
    "dep": ("Depression", [[("sertraline", "Zoloft", "50 mg", "PO", "daily", "depression")],
                           [("paroxetine", "Paxil", "20 mg", "PO", "daily", "depression")],
                           [("fluoxetine", "Prozac", "20 mg", "PO", "daily", "mood")]]),
    "osteo": ("Osteoporosis", [[("alendronate", "Fosamax", "70 mg", "PO", "weekly", "osteoporosis"),
                                ("calcium with vitamin D", "Os-Cal D", "500 mg", "PO", "BID", "supplement")]]),
    "oa": ("Osteoarthritis", [[("acetaminophen", "Tylenol", "500 mg", "PO", "q6h prn", "pain")],
                              [("ibuprofen", "Motrin", "600 mg", "PO", "TID prn", "arthritis")]]),
    "asthma": ("Asthma", [[("albuterol inhaler", "Proventil", "2 puffs", "inhaled", "q4-6h prn", "wheezing")]]),
    "bph": ("Benign prostatic hypertrophy", [[("terazosin", "Hytrin", "2 mg", "PO", "qhs", "prostate")],
                                             [("tamsulosin", "Flomax", "0.4 mg", "PO", "daily", "prostate")]]),
    "insomnia": ("Insomnia", [[("zolpidem", "Ambien", "5 mg", "PO", "qhs prn", "sleep")]]),
    "cad": ("Coronary artery disease", [[("aspirin", "ASA", "81 mg", "PO", "daily", "heart"),
                                         ("metoprolol", "Lopressor", "25 mg", "PO", "BID", "heart"),
                                         ("isosorbide mononitrate", "Imdur", "30 mg", "PO", "daily", "angina")]]),
}
ALLERGY_OPTS = [("Penicillin", "rash"), ("Sulfa drugs", "hives"), ("Codeine", "nausea"), ("Latex", "contact dermatitis"),
                ("IV contrast", "hives"), ("Morphine", "itching"), ("Erythromycin", "GI upset"), ("Aspirin", "GI bleed"),
                ("Cephalexin", "rash"), ("Tape", "skin irritation")]
SURG_HX = ["appendectomy", "cholecystectomy", "hysterectomy", "tonsillectomy as a child", "right knee arthroscopy",
           "hernia repair", "cataract surgery", "C-section x2", "back surgery", "carpal tunnel release",
           "tubal ligation", "hemorrhoidectomy", "colonoscopy"]


def medstr(m, style=0, rng=None):
    g, b, dose, route, freq, ind = m
    if style == 0:
        return "%s %s %s" % (g.capitalize() if not g[0].isupper() else g, dose, freq)
    if style == 1:
        return "%s %s %s %s" % (b, dose, route, freq)
    if style == 2:
        return "%s (%s) %s %s %s" % (g, b, dose, route, freq)
    if style == 3:
        return "%s %s, %s" % (b, dose, freq)
    return "%s %s %s %s" % (g.upper(), dose.upper(), route, freq)


# ---------------------------------------------------------------------------
# Case library.  Templates use {he} {his} {him} {He} {His} {pt} {age} {sex}
# {man} {side} {Side} {first} {last}
# ---------------------------------------------------------------------------
def M(g, b, dose, route, freq, ind):
    return (g, b, dose, route, freq, ind)


CASES = [
    dict(key="tka", spec="ortho", dx="Osteoarthritis, {side} knee", icd="715.16", sex=None, ages=(58, 84), setting="inpt",
         cc="{side} knee pain", comorb=["htn", "oa", "lipid"],
         hpi="{pt} is a {age}-year-old {sex} with a several-year history of progressive {side} knee pain. {He} has failed conservative management including NSAIDs, activity modification, a course of physical therapy and intra-articular corticosteroid injections, the last of which gave only about three weeks of relief. {He} now has pain with every step, night pain, and can walk less than one block. {He} uses a cane for longer distances.",
         exam="The {side} knee shows a mild varus deformity with a small effusion. Range of motion is 5 to 105 degrees with crepitus. There is medial joint line tenderness. Ligaments are stable to varus and valgus stress. Distal pulses are palpable and sensation is intact.",
         imaging=[("XR", "{SIDE} KNEE, 3 VIEWS, STANDING", "There is severe narrowing of the medial joint space with bone-on-bone apposition, subchondral sclerosis and marginal osteophytes. Moderate patellofemoral narrowing. No fracture. Small suprapatellar effusion.", "Severe tricompartmental osteoarthritis, most marked medially.")],
         op=dict(name="{Side} total knee arthroplasty", cpt="27447", anes=["spinal", "general endotracheal"], ebl="200 mL",
                 findings="Severe tricompartmental degenerative arthritis with eburnated bone over the medial femoral condyle and medial tibial plateau and large peripheral osteophytes.",
                 steps="A tourniquet was placed on the upper thigh. The leg was exsanguinated and the tourniquet inflated to 300 mmHg. A midline skin incision was made and a medial parapatellar arthrotomy performed. The patella was everted and the knee flexed. Osteophytes were removed. Using the intramedullary femoral guide, the distal femoral cut was made in 5 degrees of valgus. The femur was sized and the anterior, posterior and chamfer cuts completed. The proximal tibia was cut perpendicular to its long axis using the extramedullary guide. Flexion and extension gaps were balanced after release of the deep medial collateral ligament. Trial components were placed with excellent stability and full extension. The patella was resurfaced. The bone surfaces were irrigated with pulsatile lavage and the final components cemented into place. Excess cement was removed. The tourniquet was deflated and hemostasis obtained. A Hemovac drain was placed. The arthrotomy was closed with #1 Vicryl, subcutaneous tissue with 2-0 Vicryl and the skin with staples.",
                 specimen="Bone and cartilage, {side} knee", drains="Hemovac x1", implants="Cemented posterior-stabilized femoral component size 4, tibial tray size 4 with 10 mm polyethylene insert, 35 mm patellar button"),
         pk=["injection"],
         path=dict(spec="Bone and cartilage, {side} knee (total knee arthroplasty)", gross="Received in formalin labeled with the patient's name and '{side} knee' are multiple fragments of bone and cartilage, measuring in aggregate 9.5 x 7.0 x 2.5 cm. The articular surfaces show areas of eburnation and osteophyte formation. Representative sections are submitted after decalcification.",
                   micro="Sections show articular cartilage with fibrillation, loss of chondrocytes and areas of complete cartilage loss with eburnated subchondral bone. No inflammatory arthritis or neoplasm identified.",
                   dx="Degenerative joint disease (osteoarthritis).", brief="Osteoarthritis"),
         course="The patient tolerated surgery well. Postoperatively {he} was placed on a CPM machine and started physical therapy on postoperative day one. DVT prophylaxis was with warfarin adjusted to an INR of 1.5 to 2.5. The Hemovac was removed on postoperative day two. Pain was initially controlled with a PCA and then converted to oral analgesics. By the day of discharge {he} was ambulating 150 feet with a walker, knee flexion was to 85 degrees, and the incision was clean and dry.",
         newmeds=[M("oxycodone/acetaminophen", "Percocet", "5/325 mg 1-2 tabs", "PO", "q4-6h prn pain", "pain"),
                  M("warfarin", "Coumadin", "5 mg", "PO", "daily as directed", "DVT prophylaxis")],
         plan="Proceed with {side} total knee arthroplasty. The risks including infection, blood clots, stiffness, loosening and need for further surgery were discussed.",
         instr=["Use walker at all times until cleared by therapy.", "Do not place a pillow under the knee.", "Keep the incision dry until staples are removed.", "Continue Coumadin with INR checks twice weekly."],
         followup="2 weeks for staple removal", labs={}),
    dict(key="menisc", spec="ortho", dx="Tear of medial meniscus, {side} knee", icd="836.0", sex=None, ages=(28, 62), setting="asc",
         cc="{side} knee pain and catching", comorb=[],
         hpi="{pt} is a {age}-year-old {sex} who twisted {his} {side} knee about two months ago while stepping off a ladder. Since then {he} has had medial sided knee pain with intermittent catching and swelling after activity. {He} denies true giving way. Anti-inflammatories and a home exercise program have not helped.",
         exam="There is a trace effusion of the {side} knee. Full extension, flexion to 125 degrees with pain at terminal flexion. Tender along the posteromedial joint line. McMurray test is positive medially. Lachman is negative with a firm endpoint. Collateral ligaments are stable.",
         imaging=[("MRI", "MRI {SIDE} KNEE WITHOUT CONTRAST", "There is an oblique tear of the posterior horn of the medial meniscus extending to the inferior articular surface. The lateral meniscus is intact. The anterior and posterior cruciate ligaments are intact. The medial and lateral collateral ligaments are intact. Mild chondral thinning of the medial femoral condyle. Small joint effusion.", "Tear of the posterior horn of the medial meniscus.")],
         op=dict(name="{Side} knee arthroscopy with partial medial meniscectomy", cpt="29881", anes=["general LMA", "general"], ebl="minimal",
                 findings="Complex tear of the posterior horn of the medial meniscus. Grade II chondromalacia of the medial femoral condyle. Lateral compartment and patellofemoral joint normal. ACL and PCL intact.",
                 steps="Standard anterolateral and anteromedial portals were established. Diagnostic arthroscopy was carried out in a systematic fashion. The suprapatellar pouch and patellofemoral joint were examined. In the medial compartment a complex tear of the posterior horn was identified. Using basket forceps and a motorized shaver the torn portion was resected back to a stable rim, preserving the peripheral meniscus. The lateral compartment and the notch were then inspected. The knee was irrigated and the instruments removed. The portals were closed with 4-0 nylon and 20 mL of 0.25% Marcaine was injected into the joint.",
                 specimen="None", drains="None", implants="None"),
         pk=["injection"], path=None,
         newmeds=[M("hydrocodone/acetaminophen", "Vicodin", "5/500 mg 1-2 tabs", "PO", "q4-6h prn", "pain")],
         plan="Arthroscopic partial medial meniscectomy was recommended and the patient wishes to proceed.",
         instr=["Ice and elevate the knee for 48 hours.", "Weight bearing as tolerated with crutches as needed.", "You may remove the dressing and shower in 48 hours; cover portals with band-aids."],
         followup="1 week for suture removal", labs={}),
    dict(key="rcr", spec="ortho", dx="Rotator cuff tear, {side} shoulder", icd="727.61", sex=None, ages=(45, 72), setting="asc",
         cc="{side} shoulder pain and weakness", comorb=["htn"],
         hpi="{pt} is a {age}-year-old right-hand-dominant {sex} with {side} shoulder pain for approximately six months, worse since lifting a bag of feed in the spring. {He} has night pain and difficulty with overhead activities. A subacromial injection gave temporary relief only. Physical therapy for eight weeks did not help.",
         exam="Inspection shows mild supraspinatus atrophy. Active forward flexion to 140 degrees, passive full. Positive Neer and Hawkins impingement signs. Supraspinatus strength 4-/5 with pain. Drop arm test negative. Neurovascularly intact distally.",
         imaging=[("MRI", "MRI {SIDE} SHOULDER", "There is a full-thickness tear of the supraspinatus tendon measuring approximately 1.5 cm in AP dimension with 1 cm of retraction. No significant fatty atrophy of the muscle belly. Type II acromion with hypertrophic AC joint changes. The biceps tendon is in the groove. Labrum grossly intact.", "Full-thickness supraspinatus tendon tear with mild retraction. AC joint arthrosis.")],
         op=dict(name="{Side} shoulder arthroscopy with subacromial decompression and arthroscopic rotator cuff repair", cpt="29827, 29826", anes=["general with interscalene block", "interscalene block and general"], ebl="less than 25 mL",
                 findings="Full-thickness crescent-shaped tear of the supraspinatus, approximately 1.5 cm. Type II acromion with anterior spur. Intact labrum and biceps tendon.",
                 steps="The patient was placed in the beach chair position. Posterior, anterior and lateral portals were established. Glenohumeral arthroscopy showed the findings noted. The arthroscope was placed in the subacromial space, a bursectomy performed and the coracoacromial ligament released. An acromioplasty was performed with a burr converting to a type I acromion. The tear edges were debrided and the footprint decorticated. Two suture anchors were placed in the greater tuberosity and the sutures passed through the cuff in a mattress configuration and tied, achieving a watertight repair. The portals were closed with nylon.",
                 specimen="None", drains="None", implants="Two 5.0 mm suture anchors"),
         pk=["injection"], path=None,
         newmeds=[M("oxycodone/acetaminophen", "Percocet", "5/325 mg 1-2 tabs", "PO", "q4h prn", "pain")],
         plan="Arthroscopic rotator cuff repair with subacromial decompression. Postoperative sling for six weeks and a formal therapy program.",
         instr=["Wear the sling at all times except for bathing and pendulum exercises.", "No active lifting of the arm.", "Ice the shoulder 20 minutes at a time."],
         followup="10-14 days", labs={}),
    dict(key="hipfx", spec="ortho", dx="{Side} femoral neck fracture", icd="820.8", sex=None, ages=(72, 95), setting="inpt",
         cc="fall with {side} hip pain", comorb=["htn", "osteo", "hypothyroid"], ed=True,
         hpi="{pt} is a {age}-year-old {sex} who lives alone and slipped on the kitchen floor this morning, landing on {his} {side} side. {He} was unable to get up and was found by a neighbor. {He} denies loss of consciousness, chest pain or dizziness prior to the fall. {He} complains of severe {side} groin pain and cannot bear weight.",
         exam="The {side} lower extremity is shortened and externally rotated. There is pain with any attempted log roll. Skin intact. Dorsalis pedis pulse palpable. Sensation intact to light touch.",
         imaging=[("XR", "{SIDE} HIP AND PELVIS", "There is a displaced subcapital fracture of the {side} femoral neck with superior migration of the femoral shaft. Diffuse osteopenia. No other fracture seen in the pelvis.", "Displaced {side} femoral neck fracture (Garden IV).")],
         op=dict(name="{Side} hip hemiarthroplasty (cemented bipolar)", cpt="27125", anes=["spinal", "general endotracheal"], ebl="350 mL",
                 findings="Displaced subcapital femoral neck fracture. Femoral head measured 46 mm.",
                 steps="The patient was placed in the lateral decubitus position. A posterolateral approach was used. The fascia lata was incised and the short external rotators tagged and released. A capsulotomy was performed and the femoral head extracted and measured. The neck cut was revised. The canal was broached and a trial reduction performed with good stability and leg lengths equal. The final stem was cemented and the bipolar head applied and reduced. The capsule and rotators were repaired through drill holes. The fascia was closed with #1 Vicryl and the skin with staples.",
                 specimen="Femoral head, {side}", drains="None", implants="Cemented femoral stem with 46 mm bipolar head"),
         pk=[],
         path=dict(spec="Femoral head, {side} (hemiarthroplasty)", gross="Received fresh is a femoral head measuring 4.6 x 4.5 x 4.0 cm with an attached portion of femoral neck. The fracture surface is irregular and hemorrhagic. The articular cartilage is tan-white with focal fibrillation. Sections are submitted after decalcification.",
                   micro="Sections show fracture callus and hemorrhage with osteopenic trabecular bone. No neoplasm.",
                   dx="Femoral head with fracture; osteopenia. No evidence of malignancy.", brief="Fracture, osteopenic bone"),
         course="{He} was admitted to the orthopaedic service and medically cleared by the hospitalist. Surgery was performed on hospital day two. Postoperatively {he} required one unit of packed red blood cells for a hemoglobin of 8.1. Physical therapy began on postoperative day one with posterior hip precautions. {He} had a brief episode of confusion on the second postoperative night which cleared. Enoxaparin was used for DVT prophylaxis.",
         newmeds=[M("enoxaparin", "Lovenox", "40 mg", "subcut", "daily x 4 weeks", "DVT prophylaxis"),
                  M("acetaminophen/hydrocodone", "Lortab", "5/500 mg", "PO", "q6h prn", "pain"),
                  M("docusate", "Colace", "100 mg", "PO", "BID", "constipation")],
         plan="Admit to orthopaedics, medical clearance, hemiarthroplasty when cleared.",
         instr=["Posterior hip precautions: no bending past 90 degrees, no crossing legs, no turning foot inward.", "Weight bearing as tolerated with walker."],
         followup="2 weeks", labs={"hgb": 10.4}),
    dict(key="cts", spec="ortho", dx="Carpal tunnel syndrome, {side}", icd="354.0", sex=None, ages=(35, 75), setting="asc",
         cc="numbness and tingling of the {side} hand", comorb=["dm", "hypothyroid"],
         hpi="{pt} is a {age}-year-old {sex} with about a year of numbness and tingling in the thumb, index and long fingers of the {side} hand. Symptoms wake {him} at night and {he} shakes the hand for relief. {He} drops objects. Night splinting for three months has not helped. Nerve conduction studies confirmed median neuropathy at the wrist.",
         exam="Positive Tinel sign over the {side} carpal tunnel and positive Phalen test at 20 seconds. Two-point discrimination 7 mm in the index finger. Mild thenar atrophy. Abductor pollicis brevis strength 4/5.",
         imaging=[],
         op=dict(name="{Side} open carpal tunnel release", cpt="64721", anes=["local with IV sedation", "Bier block", "MAC with local"], ebl="minimal",
                 findings="Thickened transverse carpal ligament with hourglass constriction of the median nerve.",
                 steps="An upper arm tourniquet was applied. The limb was exsanguinated and the tourniquet inflated to 250 mmHg. A 3 cm longitudinal incision was made in line with the radial border of the ring finger. Dissection was carried through the palmar fascia to the transverse carpal ligament, which was divided under direct vision from distal to proximal, protecting the median nerve. The distal forearm fascia was released. The motor branch was visualized and intact. The wound was irrigated and closed with 4-0 nylon horizontal mattress sutures. A bulky dressing and volar splint were applied.",
                 specimen="None", drains="None", implants="None"),
         pk=["emg"], path=None,
         newmeds=[M("hydrocodone/acetaminophen", "Vicodin", "5/500 mg", "PO", "q6h prn", "pain")],
         plan="Open carpal tunnel release.",
         instr=["Keep the hand elevated above the heart for 48-72 hours.", "Move your fingers frequently.", "Keep the dressing clean and dry."],
         followup="10-14 days for suture removal", labs={}),
    dict(key="colon", spec="gi", dx="Colon polyp", icd="211.3", sex=None, ages=(50, 78), setting="asc",
         cc="screening colonoscopy", comorb=["htn", "lipid", "gerd"],
         hpi="{pt} is a {age}-year-old {sex} referred for colorectal cancer screening. {His} father had colon cancer in his 70s. {He} denies rectal bleeding, change in bowel habits, weight loss or abdominal pain. No prior colonoscopy.",
         exam="Abdomen soft, nontender, no masses or organomegaly. Bowel sounds normal. Rectal exam deferred to the time of the procedure.",
         imaging=[], op=None, pk=["colonoscopy"],
         path=dict(spec="Colon polyp, sigmoid, snare polypectomy", gross="Received in formalin labeled 'sigmoid polyp' is a tan polypoid fragment of tissue measuring 0.8 x 0.6 x 0.4 cm. The specimen is inked, bisected and entirely submitted in one cassette.",
                   micro="Sections show a tubular adenoma with crowded, elongated, hyperchromatic nuclei. There is no high-grade dysplasia. The cauterized base is free of adenomatous change.",
                   dx="Tubular adenoma. Negative for high-grade dysplasia and malignancy.", brief="Tubular adenoma"),
         newmeds=[], plan="Colonoscopy with possible polypectomy. Risks including bleeding and perforation discussed.",
         instr=["Resume your usual diet.", "Avoid aspirin and anti-inflammatory medicines for 7 days because a polyp was removed.", "Do not drive or make important decisions for the rest of the day."],
         followup="pathology results by letter; repeat colonoscopy in 5 years", labs={}),
    dict(key="egd", spec="gi", dx="Gastroesophageal reflux disease with dysphagia", icd="530.81", sex=None, ages=(38, 75), setting="asc",
         cc="heartburn and food sticking", comorb=["htn"],
         hpi="{pt} is a {age}-year-old {sex} with a long history of heartburn who over the past four months has noticed solid food, particularly meat and bread, sticking at the lower sternum. {He} has taken over-the-counter antacids for years. No weight loss, no hematemesis or melena.",
         exam="Abdomen soft, mild epigastric tenderness, no masses. No lymphadenopathy.",
         imaging=[("XR", "BARIUM ESOPHAGRAM", "There is a small sliding hiatal hernia. A smooth circumferential narrowing is present at the gastroesophageal junction consistent with a Schatzki ring; a 13 mm barium tablet lodged briefly at this level. Gastroesophageal reflux to the level of the thoracic inlet was demonstrated.", "Small hiatal hernia with distal esophageal (Schatzki) ring. Gastroesophageal reflux.")],
         op=None, pk=["egd"],
         path=dict(spec="Distal esophagus, biopsies", gross="Received in formalin labeled 'distal esophagus' are four tan-pink fragments of soft tissue measuring 0.2 to 0.3 cm. Entirely submitted.",
                   micro="The biopsies show squamous and columnar mucosa. The columnar mucosa contains goblet cells (intestinal metaplasia). There is no dysplasia.",
                   dx="Columnar mucosa with intestinal metaplasia consistent with Barrett esophagus. Negative for dysplasia.", brief="Barrett esophagus, no dysplasia"),
         newmeds=[M("esomeprazole", "Nexium", "40 mg", "PO", "daily before breakfast", "reflux")],
         plan="EGD with possible dilation and biopsy. Start proton pump inhibitor.",
         instr=["Begin with liquids then advance to soft foods today.", "Call for chest pain, fever or vomiting blood.", "Take your acid medicine every morning before breakfast."],
         followup="3 months; surveillance EGD in 3 years", labs={}),
    dict(key="ugib", spec="gi", dx="Upper gastrointestinal hemorrhage due to duodenal ulcer", icd="532.40", sex=None, ages=(45, 85), setting="inpt",
         cc="black stools and lightheadedness", comorb=["oa", "htn"], ed=True,
         hpi="{pt} is a {age}-year-old {sex} who has been taking ibuprofen 800 mg three times a day for arthritis for the last two months. {He} noted black tarry stools for two days and this morning became lightheaded on standing and nearly passed out. No hematemesis. Mild epigastric discomfort.",
         exam="Pale. Orthostatic. Abdomen soft with mild epigastric tenderness, no guarding. Rectal exam: melena, guaiac positive.",
         imaging=[], op=None, pk=["egd"],
         path=dict(spec="Gastric antrum, biopsy (CLO)", gross="Two tan fragments measuring 0.2 and 0.3 cm, entirely submitted.",
                   micro="Antral mucosa with moderate chronic active gastritis. Numerous curved bacilli consistent with Helicobacter organisms are identified on the surface epithelium.",
                   dx="Chronic active gastritis with Helicobacter pylori organisms.", brief="H. pylori gastritis"),
         course="{He} was admitted to the telemetry unit, two large-bore IVs were placed and {he} was transfused two units of packed red cells. IV pantoprazole was started. EGD the following morning showed a 1.2 cm duodenal bulb ulcer with a visible vessel, which was treated with epinephrine injection and bipolar coagulation. There was no rebleeding. Antral biopsies were positive for Helicobacter pylori and triple therapy was started. NSAIDs were discontinued. Hemoglobin remained stable at 9.4.",
         newmeds=[M("pantoprazole", "Protonix", "40 mg", "PO", "BID", "ulcer"),
                  M("amoxicillin", "Amoxil", "1 gram", "PO", "BID x 14 days", "H. pylori"),
                  M("clarithromycin", "Biaxin", "500 mg", "PO", "BID x 14 days", "H. pylori")],
         plan="Admit, transfuse, IV PPI, EGD in the morning, stop NSAIDs.",
         instr=["No aspirin, ibuprofen, naproxen or other anti-inflammatory medicines.", "Finish all of the antibiotics.", "Return for black stools, vomiting blood or fainting."],
         followup="2 weeks with CBC", labs={"hgb": 7.6, "hct": 22.9, "bun": 48}),
    dict(key="chole", spec="gs", dx="Symptomatic cholelithiasis", icd="574.20", sex="F", ages=(28, 70), setting="asc",
         cc="right upper quadrant pain after meals", comorb=["htn"],
         hpi="{pt} is a {age}-year-old {sex} with recurrent episodes of right upper quadrant and epigastric pain after fatty meals over the past four months, radiating to the right scapula and lasting two to four hours, sometimes with nausea and vomiting. No jaundice, fever or acholic stools. Ultrasound showed gallstones.",
         exam="Abdomen soft, mild right upper quadrant tenderness, negative Murphy sign today. No hepatosplenomegaly. No hernias.",
         imaging=[("US", "ULTRASOUND, RIGHT UPPER QUADRANT", "The gallbladder contains multiple mobile shadowing echogenic stones, the largest 1.4 cm. Gallbladder wall 2 mm. No pericholecystic fluid. Negative sonographic Murphy sign. The common bile duct measures 4 mm. The liver is normal in echotexture. The pancreas is partially obscured by bowel gas.", "Cholelithiasis without sonographic evidence of acute cholecystitis. No biliary dilatation.")],
         op=dict(name="Laparoscopic cholecystectomy", cpt="47562", anes=["general endotracheal"], ebl="less than 20 mL",
                 findings="Chronically inflamed gallbladder with multiple stones. Normal-appearing liver.",
                 steps="Pneumoperitoneum was established through an infraumbilical incision using the open Hasson technique. Three additional 5 mm ports were placed under direct vision. The fundus of the gallbladder was retracted cephalad. Dissection at the triangle of Calot revealed the cystic duct and cystic artery, and the critical view was obtained. Each was doubly clipped proximally and singly distally and divided. The gallbladder was dissected from the liver bed with electrocautery and removed in an endoscopic bag through the umbilical port. The liver bed was irrigated and hemostasis confirmed. The ports were removed under direct vision, the umbilical fascia closed with 0 Vicryl and the skin closed with 4-0 Monocryl subcuticular sutures.",
                 specimen="Gallbladder with stones", drains="None", implants="None"),
         pk=[],
         path=dict(spec="Gallbladder (laparoscopic cholecystectomy)", gross="Received in formalin is an opened gallbladder measuring 7.5 x 3.0 x 2.2 cm. The serosa is smooth and tan-pink. The wall averages 0.3 cm. The mucosa is green-tan and velvety. Multiple faceted yellow-green stones measuring 0.3 to 1.4 cm are received. Representative sections are submitted.",
                   micro="Sections show gallbladder wall with Rokitansky-Aschoff sinuses, mild chronic inflammation and muscular hypertrophy.",
                   dx="Chronic cholecystitis with cholelithiasis.", brief="Chronic cholecystitis and cholelithiasis"),
         newmeds=[M("hydrocodone/acetaminophen", "Lortab", "5/500 mg", "PO", "q4-6h prn", "pain")],
         plan="Laparoscopic cholecystectomy, possible open.",
         instr=["You may shower tomorrow; leave the steri-strips in place.", "No lifting over 15 pounds for two weeks.", "Call for fever over 101, yellow skin or increasing abdominal pain."],
         followup="2 weeks", labs={}),
    dict(key="hernia", spec="gs", dx="{Side} inguinal hernia", icd="550.90", sex="M", ages=(30, 80), setting="asc",
         cc="bulge in the {side} groin", comorb=["htn", "bph"],
         hpi="{pt} is a {age}-year-old {sex} who noticed a bulge in the {side} groin about six months ago. It is larger at the end of the day and with lifting and goes away when he lies down. Occasional aching discomfort. No episodes of incarceration. No obstructive symptoms.",
         exam="With standing and Valsalva there is a reducible bulge in the {side} inguinal canal extending toward the scrotum. No tenderness. The contralateral side is normal. Testes descended bilaterally.",
         imaging=[],
         op=dict(name="{Side} inguinal herniorrhaphy with mesh (Lichtenstein)", cpt="49505", anes=["general", "MAC with local", "spinal"], ebl="minimal",
                 findings="Indirect inguinal hernia with moderate-size sac; floor intact.",
                 steps="An oblique incision was made in the {side} groin. The external oblique aponeurosis was opened in the direction of its fibers through the external ring, preserving the ilioinguinal nerve. The spermatic cord was mobilized and encircled with a Penrose drain. The indirect sac was dissected free from the cord structures to the internal ring, opened, inspected, then twisted, suture ligated with 2-0 silk and excised. A polypropylene mesh was fashioned and sutured to the shelving edge of the inguinal ligament with running 2-0 Prolene and to the conjoint tendon with interrupted sutures, with the tails crossed around the cord to recreate the internal ring. The external oblique was closed with 3-0 Vicryl, Scarpa fascia with 3-0 Vicryl and the skin with 4-0 subcuticular Monocryl.",
                 specimen="Hernia sac", drains="None", implants="Polypropylene mesh 6 x 11 cm"),
         pk=[], path=dict(spec="Hernia sac, {side} inguinal", gross="A membranous tan-pink tissue measuring 3.5 x 2.0 x 0.3 cm, representatively submitted.", micro="Fibromembranous tissue lined by mesothelium, consistent with hernia sac.", dx="Fibromembranous tissue consistent with hernia sac.", brief="Hernia sac"),
         newmeds=[M("hydrocodone/acetaminophen", "Vicodin", "5/500 mg", "PO", "q6h prn", "pain")],
         plan="Elective {side} inguinal hernia repair with mesh.",
         instr=["No lifting over 10 pounds for 4 weeks.", "Ice packs to the groin for swelling.", "You may shower in 48 hours."],
         followup="2 weeks", labs={}),
    dict(key="appy", spec="gs", dx="Acute appendicitis", icd="540.9", sex=None, ages=(16, 55), setting="inpt",
         cc="abdominal pain", comorb=[], ed=True,
         hpi="{pt} is a {age}-year-old {sex} who developed periumbilical pain last evening that migrated to the right lower quadrant overnight, associated with anorexia, nausea and one episode of vomiting. Low-grade fever at home. No diarrhea or urinary symptoms.",
         exam="Temperature 100.9. Abdomen with focal tenderness at McBurney's point with voluntary guarding and rebound. Positive Rovsing sign. Psoas sign positive.",
         imaging=[("CT", "CT ABDOMEN AND PELVIS WITH CONTRAST", "The appendix is dilated to 11 mm with wall thickening and hyperenhancement and surrounding fat stranding. An appendicolith is present at the base. No abscess or free air. The liver, spleen, pancreas, kidneys and adrenal glands are unremarkable. No bowel obstruction.", "Acute appendicitis with appendicolith. No abscess or perforation.")],
         op=dict(name="Laparoscopic appendectomy", cpt="44970", anes=["general endotracheal"], ebl="10 mL",
                 findings="Acutely inflamed, non-perforated appendix with fibrinous exudate. Small amount of cloudy fluid in the pelvis.",
                 steps="A 12 mm umbilical port was placed with open technique and pneumoperitoneum established. Two 5 mm ports were placed in the suprapubic and left lower quadrant positions. The appendix was identified and the mesoappendix divided with the harmonic scalpel. The base of the appendix was divided with an endoscopic GIA stapler. The specimen was placed in a retrieval bag and removed through the umbilical port. The right lower quadrant and pelvis were irrigated until clear. The staple line was hemostatic. Fascia was closed with 0 Vicryl and skin with staples.",
                 specimen="Appendix", drains="None", implants="None"),
         pk=[],
         path=dict(spec="Appendix (laparoscopic appendectomy)", gross="Received in formalin is an appendix measuring 6.5 cm in length and up to 1.1 cm in diameter with a stapled proximal margin. The serosa is dull and hyperemic with fibrinous exudate. A 0.6 cm fecalith is present in the lumen.",
                   micro="Transmural neutrophilic infiltrate with mucosal ulceration and serositis.",
                   dx="Acute suppurative appendicitis with periappendicitis. Fecalith present.", brief="Acute appendicitis"),
         course="{He} was taken to surgery the evening of admission. {He} received IV cefoxitin perioperatively. Postoperative course was uneventful; diet was advanced on postoperative day one and {he} was discharged ambulating and tolerating a regular diet.",
         newmeds=[M("hydrocodone/acetaminophen", "Norco", "5/325 mg", "PO", "q4-6h prn", "pain")],
         plan="NPO, IV fluids, IV antibiotics, laparoscopic appendectomy.",
         instr=["No heavy lifting for 2 weeks.", "Call for fever, redness at the incisions or worsening pain."],
         followup="1-2 weeks", labs={"wbc": 15.8}),
    dict(key="breast", spec="gs", dx="{Side} breast mass", icd="611.72", sex="F", ages=(22, 48), setting="asc",
         cc="lump in the {side} breast", comorb=[],
         hpi="{pt} is a {age}-year-old {sex} who found a lump in the upper outer quadrant of the {side} breast in the shower two months ago. It has not changed with her cycle. No nipple discharge. No family history of breast cancer. Ultrasound shows a solid lesion.",
         exam="In the {side} breast at 10 o'clock, 4 cm from the nipple, there is a 2 cm firm, smooth, mobile, nontender mass. No skin changes, no nipple retraction. No axillary or supraclavicular adenopathy.",
         imaging=[("US", "ULTRASOUND {SIDE} BREAST", "At the 10 o'clock position 4 cm from the nipple there is a 1.9 x 1.2 x 1.0 cm oval, circumscribed, hypoechoic solid mass oriented parallel to the skin with posterior acoustic enhancement. No internal vascularity. No axillary adenopathy.", "Solid oval circumscribed mass, most consistent with fibroadenoma. BI-RADS 3. Tissue sampling may be performed at clinical discretion.")],
         op=dict(name="Excisional biopsy, {side} breast mass", cpt="19120", anes=["MAC with local", "general LMA"], ebl="minimal",
                 findings="2 cm well-circumscribed rubbery mass consistent with fibroadenoma.",
                 steps="A curvilinear periareolar incision was made. Dissection was carried down to the palpable mass which was grasped with an Allis clamp and excised with a rim of normal tissue using electrocautery. The specimen was oriented with sutures and sent to pathology. Hemostasis was achieved. The deep breast tissue was approximated with 3-0 Vicryl and the skin closed with 4-0 Monocryl subcuticular suture and Dermabond.",
                 specimen="{Side} breast mass, oriented", drains="None", implants="None"),
         pk=[],
         path=dict(spec="{Side} breast mass, excisional biopsy (short stitch superior, long stitch lateral)", gross="Received fresh is an oriented, lobulated fragment of fibrofatty tissue measuring 3.2 x 2.5 x 2.0 cm containing a well-circumscribed, tan-white, bulging, rubbery nodule 1.9 cm in greatest dimension. Margins are inked. Entirely submitted.",
                   micro="A circumscribed biphasic proliferation of compressed ducts and loose cellular stroma, without atypia.",
                   dx="Fibroadenoma. No evidence of atypia or malignancy.", brief="Fibroadenoma"),
         newmeds=[M("acetaminophen/codeine", "Tylenol #3", "1-2 tabs", "PO", "q4-6h prn", "pain")],
         plan="Excisional biopsy.",
         instr=["Wear a supportive bra day and night for one week.", "Ice packs for 20 minutes at a time."],
         followup="1 week", labs={}),
    dict(key="cad", spec="cards", dx="Unstable angina, coronary artery disease", icd="411.1", sex="M", ages=(48, 80), setting="inpt",
         cc="chest pain", comorb=["htn", "lipid", "dm"], ed=True,
         hpi="{pt} is a {age}-year-old {sex} with hypertension, diabetes and hyperlipidemia who for three weeks has had substernal chest pressure with exertion, relieved with rest. Last night {he} had a 20-minute episode at rest with diaphoresis and radiation to the left arm. {He} is a former smoker with a 40 pack-year history.",
         exam="No JVD. Lungs clear. Regular rate and rhythm, S4 present, no murmur. No peripheral edema. Femoral and distal pulses 2+ bilaterally.",
         imaging=[("NM", "ADENOSINE/EXERCISE MYOCARDIAL PERFUSION SPECT", "There is a moderate-size, moderate-intensity reversible perfusion defect involving the anterior wall and apex. Post-stress gated images show an ejection fraction of 52% with hypokinesis of the apex. Transient ischemic dilation ratio 1.15.", "Moderate anterior and apical ischemia. Left ventricular ejection fraction 52%.")],
         op=None, pk=["cath"],
         course="{He} was admitted to the telemetry unit and placed on aspirin, heparin drip, beta blocker and nitrates. Serial troponins were negative x 3. Cardiac catheterization on hospital day two showed a 90% proximal LAD stenosis which was treated with a drug-eluting stent. Clopidogrel was started. {He} remained chest pain free thereafter and the femoral site was unremarkable.",
         newmeds=[M("clopidogrel", "Plavix", "75 mg", "PO", "daily", "stent"), M("aspirin", "ASA", "325 mg", "PO", "daily", "CAD"),
                  M("metoprolol", "Lopressor", "50 mg", "PO", "BID", "CAD"), M("nitroglycerin", "Nitrostat", "0.4 mg", "SL", "q5min prn chest pain x3", "angina")],
         plan="Admit to telemetry, rule out myocardial infarction, heparin, cardiac catheterization.",
         instr=["No lifting over 10 pounds and no driving for 1 week.", "Do not stop Plavix unless instructed by your cardiologist.", "Call 911 for chest pain not relieved by one nitroglycerin."],
         followup="1-2 weeks; cardiac rehabilitation referral", labs={"glu": 182, "ldl": 142}),
    dict(key="afib", spec="cards", dx="Atrial fibrillation with rapid ventricular response", icd="427.31", sex=None, ages=(55, 88), setting="inpt",
         cc="palpitations and shortness of breath", comorb=["htn", "hypothyroid"], ed=True, afib=True,
         hpi="{pt} is a {age}-year-old {sex} who awoke three days ago with rapid heartbeat, fatigue and dyspnea on exertion. No chest pain or syncope. No prior history of arrhythmia. {He} drinks alcohol only occasionally.",
         exam="Irregularly irregular rhythm at about 130. No murmur. Mild bibasilar crackles. No JVD. Trace ankle edema.",
         imaging=[("ECHO", "TRANSTHORACIC ECHOCARDIOGRAM", "Left ventricle normal in size with mildly reduced systolic function, estimated EF 45-50% in the setting of rapid atrial fibrillation. Left atrium moderately dilated at 4.6 cm. Mild mitral regurgitation. Aortic valve trileaflet without stenosis. RVSP 38 mmHg. No pericardial effusion.", "Atrial fibrillation. Moderate left atrial enlargement. Mildly reduced LV function. Mild MR.")],
         op=None, pk=["tee_cv"],
         course="{He} was admitted to telemetry. Rate control was achieved with IV diltiazem and then oral diltiazem and metoprolol. TSH was normal. {He} was anticoagulated with heparin and warfarin. A TEE showed no left atrial appendage thrombus and {he} underwent successful DC cardioversion to sinus rhythm with a single 200 joule synchronized shock. {He} remained in sinus rhythm.",
         newmeds=[M("warfarin", "Coumadin", "5 mg", "PO", "daily as directed", "atrial fibrillation"),
                  M("diltiazem CD", "Cardizem CD", "180 mg", "PO", "daily", "rate control"),
                  M("metoprolol", "Toprol XL", "50 mg", "PO", "daily", "rate control")],
         plan="Rate control, anticoagulation, TEE-guided cardioversion.",
         instr=["Have your INR checked on Monday at the Coumadin clinic.", "Avoid large changes in green leafy vegetables.", "Report any bleeding, black stools or palpitations."],
         followup="1 week Coumadin clinic; cardiology in 4 weeks", labs={"inr": 1.1}),
    dict(key="chf", spec="cards", dx="Congestive heart failure, ischemic cardiomyopathy", icd="428.0", sex=None, ages=(60, 90), setting="inpt",
         cc="shortness of breath and leg swelling", comorb=["htn", "cad", "dm"], ed=True,
         hpi="{pt} is a {age}-year-old {sex} with known ischemic cardiomyopathy who presents with two weeks of progressive dyspnea on exertion, three-pillow orthopnea, paroxysmal nocturnal dyspnea and a 12-pound weight gain. {He} admits to dietary indiscretion over the holidays and ran out of {his} furosemide a week ago.",
         exam="JVP 12 cm. Bibasilar crackles one-third up. S3 gallop. 2+ pitting edema to the knees.",
         imaging=[("XR", "CHEST, PA AND LATERAL", "The heart is enlarged. There is pulmonary vascular congestion with Kerley B lines and small bilateral pleural effusions. No focal consolidation.", "Congestive heart failure with small bilateral effusions."),
                  ("ECHO", "2-D ECHOCARDIOGRAM WITH DOPPLER", "The left ventricle is dilated with LVIDd 6.4 cm. There is akinesis of the anterior wall and apex with global hypokinesis. Estimated ejection fraction 25-30%. Moderate mitral regurgitation. Left atrium enlarged. Estimated RVSP 50 mmHg.", "Ischemic cardiomyopathy with severely reduced LV function, EF 25-30%. Moderate MR. Moderate pulmonary hypertension.")],
         op=None, pk=["central_line"],
         course="{He} was diuresed with IV furosemide with net negative 5.5 liters over four days and a weight loss of 11 pounds. Potassium was replaced. Lisinopril was continued and carvedilol was restarted at a low dose once euvolemic. Dietary counseling regarding sodium and fluid restriction was provided.",
         newmeds=[M("furosemide", "Lasix", "40 mg", "PO", "BID", "fluid"), M("carvedilol", "Coreg", "6.25 mg", "PO", "BID", "heart failure"),
                  M("potassium chloride", "K-Dur", "20 mEq", "PO", "daily", "potassium"), M("spironolactone", "Aldactone", "25 mg", "PO", "daily", "heart failure")],
         plan="IV diuresis, daily weights, strict I&O, 2 gram sodium diet.",
         instr=["Weigh yourself every morning; call if you gain more than 3 pounds in a day or 5 pounds in a week.", "Limit salt to 2 grams a day and fluids to 2 liters.", "Take Lasix every day."],
         followup="1 week", labs={"bnp": 1480, "na": 132, "cr": 1.5}),
    dict(key="pacer", spec="cards", dx="Sick sinus syndrome with symptomatic bradycardia", icd="427.81", sex=None, ages=(65, 92), setting="inpt",
         cc="dizziness and near syncope", comorb=["htn"],
         hpi="{pt} is a {age}-year-old {sex} with episodes of lightheadedness and two near-syncopal spells over the past month. Holter monitoring showed sinus pauses up to 4.2 seconds and heart rates in the 30s, correlating with symptoms. {He} is not on any AV nodal blocking agents.",
         exam="Heart regular, rate 48. No murmurs. Lungs clear. No edema.",
         imaging=[],
         op=dict(name="Dual-chamber permanent pacemaker implantation", cpt="33208", anes=["local with conscious sedation"], ebl="15 mL",
                 findings="Atrial lead: P wave 3.2 mV, impedance 520 ohms, threshold 0.7 V at 0.5 ms. Ventricular lead: R wave 11 mV, impedance 680 ohms, threshold 0.5 V at 0.5 ms.",
                 steps="The left infraclavicular area was prepped and draped. After local anesthesia with 1% lidocaine, a 5 cm incision was made and a subcutaneous pocket fashioned. The left axillary vein was accessed by venography-guided puncture, and two peel-away sheaths introduced. Active fixation leads were positioned in the right ventricular apex and right atrial appendage under fluoroscopy. Thresholds were acceptable and there was no diaphragmatic stimulation at 10 V. The leads were sutured to the pectoralis fascia, connected to the generator and placed in the pocket, which was irrigated with antibiotic solution. The wound was closed in layers.",
                 specimen="None", drains="None", implants="Dual-chamber rate-responsive pacemaker generator with bipolar atrial and ventricular active fixation leads"),
         pk=[], path=None,
         course="{He} underwent uneventful dual-chamber pacemaker implantation. Chest x-ray showed no pneumothorax and satisfactory lead position. Device interrogation the following morning was normal.",
         newmeds=[M("cephalexin", "Keflex", "500 mg", "PO", "QID x 3 days", "prophylaxis")],
         plan="Dual-chamber permanent pacemaker.",
         instr=["Do not lift your left arm above shoulder level for 4 weeks.", "Keep the incision dry for 5 days.", "Carry your pacemaker ID card."],
         followup="7-10 days wound check; device clinic in 3 months", labs={}),
    dict(key="turp", spec="uro", dx="Benign prostatic hyperplasia with lower urinary tract obstruction", icd="600.01", sex="M", ages=(58, 85), setting="inpt",
         cc="difficulty urinating", comorb=["htn", "lipid"],
         hpi="{pt} is a {age}-year-old {sex} with progressive obstructive voiding symptoms including weak stream, hesitancy, nocturia four times nightly and a sensation of incomplete emptying. AUA symptom score is 24. {He} has failed tamsulosin and finasteride. He had an episode of urinary retention requiring catheterization last month.",
         exam="Genitalia normal, testes descended without masses. Digital rectal exam reveals a smooth, symmetric, nontender, approximately 50 gram prostate without nodules.",
         imaging=[("US", "RENAL AND BLADDER ULTRASOUND", "Both kidneys are normal in size without hydronephrosis or stones. Right kidney 11.2 cm, left kidney 11.5 cm. The bladder is trabeculated. Postvoid residual 240 mL. The prostate is enlarged with an estimated volume of 52 mL and an intravesical median lobe.", "Prostatomegaly with elevated postvoid residual. No hydronephrosis.")],
         op=dict(name="Transurethral resection of the prostate", cpt="52601", anes=["spinal", "general"], ebl="150 mL",
                 findings="Trilobar prostatic hypertrophy with obstructing median lobe. Moderate bladder trabeculation. Ureteral orifices normal. No bladder tumors or stones.",
                 steps="The patient was placed in the dorsal lithotomy position. The 26 French continuous-flow resectoscope was passed per urethra under direct vision. Panendoscopy revealed the findings noted. The verumontanum was identified. Resection was begun with the median lobe and then carried out in systematic fashion from the bladder neck to the verumontanum on each side, using glycine irrigation. Hemostasis was obtained with electrocautery. The chips were evacuated with an Ellik evacuator. A 22 French three-way Foley catheter was placed with 30 mL in the balloon and continuous bladder irrigation initiated. Approximately 28 grams of tissue were resected.",
                 specimen="Prostatic chips", drains="22 Fr 3-way Foley catheter", implants="None"),
         pk=["cysto"],
         path=dict(spec="Prostate, transurethral resection", gross="Received in formalin are multiple gray-tan rubbery chips of tissue weighing 28 grams in aggregate. Representative sections submitted in ten cassettes.",
                   micro="Nodular glandular and stromal hyperplasia with focal chronic inflammation and infarct. No carcinoma is identified in the sections examined.",
                   dx="Nodular hyperplasia of prostate. No evidence of malignancy.", brief="Benign prostatic hyperplasia"),
         course="Continuous bladder irrigation was discontinued on postoperative day one with clear urine. The catheter was removed on postoperative day two and {he} voided without difficulty with a postvoid residual of 60 mL.",
         newmeds=[M("oxybutynin", "Ditropan", "5 mg", "PO", "TID prn bladder spasm", "spasm"), M("ciprofloxacin", "Cipro", "500 mg", "PO", "BID x 5 days", "prophylaxis")],
         plan="TURP.",
         instr=["Drink 8 glasses of water a day.", "Some blood in the urine is expected for several weeks.", "No straining, heavy lifting or driving for 2 weeks."],
         followup="3 weeks", labs={"psa": 2.8}),
    dict(key="stone", spec="uro", dx="{Side} ureteral calculus with obstruction", icd="592.1", sex=None, ages=(25, 70), setting="asc",
         cc="{side} flank pain", comorb=["htn"], ed=True,
         hpi="{pt} is a {age}-year-old {sex} with sudden onset of severe colicky {side} flank pain radiating to the groin beginning early this morning, with nausea and vomiting. {He} noticed pink urine. {He} had a kidney stone ten years ago that passed spontaneously.",
         exam="Writhing, unable to find a comfortable position. {Side} costovertebral angle tenderness. Abdomen soft, nonperitoneal.",
         imaging=[("CT", "CT ABDOMEN AND PELVIS WITHOUT CONTRAST (STONE PROTOCOL)", "There is a 7 mm calculus in the {side} proximal ureter at the level of L4 with moderate hydroureteronephrosis and perinephric stranding. Two punctate nonobstructing calculi in the contralateral kidney. The appendix is normal. No other acute findings.", "7 mm obstructing {side} proximal ureteral calculus with moderate hydronephrosis.")],
         op=dict(name="Cystoscopy, {side} ureteroscopy with holmium laser lithotripsy and double-J stent placement", cpt="52353, 52332", anes=["general LMA", "general"], ebl="minimal",
                 findings="7 mm yellow calculus in the {side} proximal ureter, fragmented completely. Mild ureteral edema. Bladder normal.",
                 steps="The patient was placed in the dorsal lithotomy position. Cystoscopy was performed with a 21 French rigid cystoscope. A sensor guidewire was passed up the {side} ureter under fluoroscopic guidance. A semirigid ureteroscope was advanced alongside the wire to the stone. The stone was fragmented with the holmium laser at 0.8 J and 8 Hz, and the larger fragments were extracted with a nitinol basket. Retrograde pyelogram showed no residual filling defects or extravasation. A 6 French x 26 cm double-J stent was placed over the wire with good curls in the renal pelvis and bladder.",
                 specimen="Stone fragments for analysis", drains="{Side} 6 x 26 double-J ureteral stent", implants="Ureteral stent"),
         pk=["cysto"], path=None,
         newmeds=[M("tamsulosin", "Flomax", "0.4 mg", "PO", "daily", "stent discomfort"), M("oxycodone/acetaminophen", "Percocet", "5/325 mg", "PO", "q4-6h prn", "pain"),
                  M("phenazopyridine", "Pyridium", "200 mg", "PO", "TID x 3 days", "bladder discomfort")],
         plan="Ureteroscopy with laser lithotripsy and stent.",
         instr=["You have a stent in your ureter that must be removed in 1-2 weeks.", "Blood in the urine and urgency are expected with the stent.", "Strain your urine and bring any stones to the office."],
         followup="1 week for stent removal", labs={"ua_blood": "LARGE", "wbc": 11.2}),
    dict(key="psa", spec="uro", dx="Elevated PSA", icd="790.93", sex="M", ages=(52, 76), setting="office",
         cc="elevated PSA", comorb=["htn", "lipid"],
         hpi="{pt} is a {age}-year-old {sex} referred by {his} primary care physician for a PSA of 6.8, up from 3.9 two years ago. {He} has mild nocturia but no other voiding complaints. No family history of prostate cancer. No bone pain.",
         exam="Digital rectal exam reveals an approximately 35 gram prostate with a firm area at the left base. No nodularity on the right.",
         imaging=[], op=None, pk=["prostate_bx"],
         path=dict(spec="Prostate, needle biopsies (A-L, sextant x2)", gross="Received in twelve separately labeled containers are cores of tan tissue measuring 1.0 to 1.8 cm each. Each is entirely submitted.",
                   micro="Cores from the left base and left mid gland show infiltrating small glands with prominent nucleoli and loss of basal cells. Gleason pattern 3 predominates with minor pattern 4. Tumor involves 30% and 15% of the respective cores. No perineural invasion.",
                   dx="Adenocarcinoma of the prostate, Gleason score 3+4=7, involving 2 of 12 cores (left base and left mid). Remaining cores benign.", brief="Prostatic adenocarcinoma, Gleason 3+4=7"),
         newmeds=[M("ciprofloxacin", "Cipro", "500 mg", "PO", "BID x 3 days", "biopsy prophylaxis")],
         plan="Transrectal ultrasound-guided prostate biopsy.",
         instr=["Some blood in the urine, stool or semen is normal for several weeks.", "Call for fever over 101 or inability to urinate."],
         followup="1 week to discuss biopsy results", labs={"psa": 6.8}),
    dict(key="turbt", spec="uro", dx="Bladder tumor with gross hematuria", icd="188.9", sex=None, ages=(55, 85), setting="asc",
         cc="blood in the urine", comorb=["htn", "lipid"],
         hpi="{pt} is a {age}-year-old {sex} and 35 pack-year smoker who had painless gross hematuria with clots two weeks ago. Office cystoscopy demonstrated a 2 cm papillary tumor on the right lateral bladder wall. CT urogram showed normal upper tracts.",
         exam="Abdomen soft. No CVA tenderness. Genitourinary exam unremarkable.",
         imaging=[("CT", "CT UROGRAM", "The kidneys enhance symmetrically. No renal mass or hydronephrosis. The collecting systems and ureters opacify normally without filling defect. There is a 1.8 cm enhancing polypoid filling defect arising from the right lateral bladder wall. No pelvic adenopathy.", "1.8 cm bladder mass compatible with urothelial neoplasm. Normal upper tracts.")],
         op=dict(name="Cystoscopy with transurethral resection of bladder tumor (medium, 2-5 cm)", cpt="52235", anes=["general LMA", "spinal"], ebl="minimal",
                 findings="2 cm papillary tumor of the right lateral wall, well away from the right ureteral orifice. No other tumors. Bladder otherwise normal.",
                 steps="Under anesthesia, bimanual exam revealed no palpable mass. The resectoscope was passed per urethra. The tumor was resected down to and including detrusor muscle, sending the base separately. The resection bed was fulgurated. Random bladder biopsies were not taken. A 20 French Foley catheter was placed.",
                 specimen="Bladder tumor; deep base of resection", drains="20 Fr Foley", implants="None"),
         pk=["cysto"],
         path=dict(spec="A. Bladder tumor, TURBT  B. Bladder tumor base (deep)", gross="A: Multiple tan papillary fragments aggregating 2.5 x 2.0 x 0.8 cm. B: Tan fragments aggregating 1.0 x 0.8 x 0.3 cm. Entirely submitted.",
                   micro="A: Papillary fronds lined by urothelium with mild nuclear pleomorphism and scattered mitoses. No stromal invasion. B: Detrusor muscle present, uninvolved by tumor.",
                   dx="A. Papillary urothelial carcinoma, low grade, noninvasive (pTa). B. Benign bladder wall with detrusor muscle; no tumor.", brief="Low-grade papillary urothelial carcinoma, pTa"),
         newmeds=[M("oxybutynin", "Ditropan", "5 mg", "PO", "TID prn", "bladder spasm")],
         plan="TURBT under anesthesia.",
         instr=["The catheter will be removed in the office tomorrow.", "Drink plenty of fluids.", "Stop smoking."],
         followup="1-2 weeks; surveillance cystoscopy every 3 months", labs={"ua_blood": "LARGE"}),
    dict(key="tonsil", spec="ent", dx="Chronic tonsillitis and adenotonsillar hypertrophy", icd="474.10", sex=None, ages=(4, 14), setting="asc", child=True,
         cc="recurrent sore throats and snoring", comorb=[],
         hpi="{pt} is a {age}-year-old who has had seven documented episodes of streptococcal pharyngitis in the past year requiring antibiotics and missed school. {His} mother also reports loud nightly snoring with witnessed pauses and restless sleep. No bleeding disorders in the family.",
         exam="Tonsils 3+ and cryptic bilaterally. Mouth breathing. Tympanic membranes normal. Shotty anterior cervical nodes.",
         imaging=[],
         op=dict(name="Tonsillectomy and adenoidectomy", cpt="42820", anes=["general endotracheal"], ebl="20 mL",
                 findings="3+ cryptic tonsils. Adenoids obstructing approximately 80% of the nasopharynx.",
                 steps="The patient was placed in the Rose position and a Crowe-Davis mouth gag inserted and suspended. The palate was palpated and no submucous cleft found. The left tonsil was grasped and retracted medially and dissected from the tonsillar fossa in the subcapsular plane using electrocautery. The same was done on the right. The adenoids were removed with a curette under mirror visualization and the nasopharynx packed. Hemostasis was obtained with suction cautery. The nasopharynx and oropharynx were irrigated. No active bleeding was seen after release of suspension.",
                 specimen="Tonsils and adenoids", drains="None", implants="None"),
         pk=[],
         path=dict(spec="Tonsils and adenoids", gross="Two tonsils measuring 3.0 x 2.2 x 1.5 cm and 2.8 x 2.0 x 1.5 cm with cryptic surfaces, and adenoid fragments aggregating 2.5 x 2.0 x 0.8 cm. Representative sections.",
                   micro="Lymphoid hyperplasia with prominent germinal centers. Crypts contain keratin debris and bacterial colonies.",
                   dx="Tonsils and adenoids with reactive lymphoid hyperplasia.", brief="Lymphoid hyperplasia"),
         newmeds=[M("acetaminophen with codeine elixir", "Tylenol w/ Codeine elixir", "5 mL", "PO", "q4-6h prn", "pain"),
                  M("amoxicillin suspension", "Amoxil", "400 mg/5 mL, 5 mL", "PO", "BID x 7 days", "infection")],
         plan="Tonsillectomy and adenoidectomy.",
         instr=["Encourage cold liquids and soft foods; avoid hot, spicy or crunchy foods for 10 days.", "Bleeding can occur up to 10 days after surgery - call immediately or go to the ER.", "No aspirin or ibuprofen."],
         followup="2-3 weeks", labs={}),
    dict(key="fess", spec="ent", dx="Chronic pansinusitis with deviated nasal septum", icd="473.8", sex=None, ages=(25, 65), setting="asc",
         cc="chronic sinus congestion", comorb=["asthma"],
         hpi="{pt} is a {age}-year-old {sex} with more than two years of nasal obstruction, facial pressure, purulent postnasal drainage and decreased sense of smell, with four courses of antibiotics in the past year. {He} has used nasal steroid sprays and saline irrigations faithfully without improvement.",
         exam="Anterior rhinoscopy shows a septal deviation to the left with a spur. Nasal endoscopy shows edematous middle meatal mucosa with mucopurulent drainage bilaterally. No polyps.",
         imaging=[("CT", "CT SINUSES, CORONAL WITHOUT CONTRAST", "There is mucosal thickening of the bilateral maxillary, anterior and posterior ethmoid and frontal sinuses with obstruction of the ostiomeatal complexes bilaterally. Air-fluid level in the right maxillary sinus. Nasal septum deviated to the left with a bony spur. The lamina papyracea and skull base are intact.", "Chronic pansinusitis with bilateral ostiomeatal unit obstruction. Leftward septal deviation.")],
         op=dict(name="Septoplasty; bilateral endoscopic maxillary antrostomy and total ethmoidectomy", cpt="30520, 31255", anes=["general endotracheal"], ebl="150 mL",
                 findings="Leftward septal deviation with spur. Thick polypoid mucosa and mucopus in both maxillary and ethmoid sinuses.",
                 steps="The nose was decongested with oxymetazoline pledgets and injected with 1% lidocaine with epinephrine. A left hemitransfixion incision was made and mucoperichondrial flaps elevated. The deviated cartilage and bony spur were resected, preserving a dorsal and caudal strut. Using the 0 and 30 degree endoscopes, uncinectomy and maxillary antrostomy were performed bilaterally. Anterior and posterior ethmoidectomies were completed with the microdebrider, staying medial to the lamina papyracea. The septal flaps were reapproximated with a quilting suture and Doyle splints placed.",
                 specimen="Septal cartilage and bone; sinus contents", drains="Doyle splints bilaterally", implants="None"),
         pk=[],
         path=dict(spec="Sinus contents, bilateral", gross="Multiple fragments of tan-pink soft tissue and bone aggregating 3.0 x 2.5 x 0.6 cm.",
                   micro="Respiratory mucosa with marked edema, thickened basement membrane and chronic inflammation with eosinophils. No fungal organisms on GMS stain.",
                   dx="Chronic sinusitis. Negative for fungal organisms and neoplasm.", brief="Chronic sinusitis"),
         newmeds=[M("amoxicillin-clavulanate", "Augmentin", "875 mg", "PO", "BID x 10 days", "infection"),
                  M("hydrocodone/acetaminophen", "Lortab", "5/500 mg", "PO", "q4-6h prn", "pain")],
         plan="Septoplasty and bilateral FESS.",
         instr=["Sleep with your head elevated.", "Do not blow your nose for one week.", "Begin saline rinses twice daily the day after surgery."],
         followup="1 week for splint removal", labs={}),
    dict(key="tubes", spec="ent", dx="Chronic bilateral otitis media with effusion", icd="381.20", sex=None, ages=(1, 5), setting="asc", child=True,
         cc="recurrent ear infections", comorb=[],
         hpi="{pt} is a {age}-year-old who has had six ear infections in the past eight months, with persistent bilateral middle ear effusions for over three months between episodes. {His} parents are concerned about speech delay. Audiogram shows a mild conductive hearing loss bilaterally.",
         exam="Both tympanic membranes are dull and retracted with amber effusion and decreased mobility on pneumatic otoscopy. Tympanograms type B bilaterally.",
         imaging=[],
         op=dict(name="Bilateral myringotomy with insertion of tympanostomy tubes", cpt="69436", anes=["general by mask"], ebl="none",
                 findings="Right: thick mucoid effusion. Left: thick mucoid effusion (glue ear).",
                 steps="Under the operating microscope, cerumen was removed from the right ear canal. A radial myringotomy was made in the anterior-inferior quadrant and thick mucoid fluid aspirated. A fluoroplastic ventilation tube was placed without difficulty. Antibiotic drops were instilled. The same procedure was performed on the left side with similar findings.",
                 specimen="None", drains="None", implants="Bilateral fluoroplastic tympanostomy tubes"),
         pk=[], path=None,
         newmeds=[M("ofloxacin otic", "Floxin Otic", "5 drops", "each ear", "BID x 5 days", "ear drainage")],
         plan="Bilateral myringotomy and tubes.",
         instr=["Some drainage from the ears for a few days is normal.", "Use ear plugs for swimming in lakes and bathtubs.", "Use the ear drops twice a day for 5 days."],
         followup="3 weeks with audiogram", labs={}),
    dict(key="thyroid", spec="ent", dx="{Side} thyroid nodule, follicular neoplasm on FNA", icd="241.0", sex="F", ages=(30, 70), setting="inpt",
         cc="thyroid nodule", comorb=[],
         hpi="{pt} is a {age}-year-old {sex} whose primary care physician palpated a {side} thyroid nodule on routine examination. Ultrasound showed a 2.6 cm solid nodule and fine-needle aspiration was read as follicular neoplasm. She is euthyroid. No dysphagia, voice change or history of radiation.",
         exam="A 2.5 cm firm, smooth, mobile nodule in the {side} lobe of the thyroid which moves with swallowing. No cervical adenopathy. Indirect laryngoscopy shows bilaterally mobile vocal cords.",
         imaging=[("US", "THYROID ULTRASOUND", "The {side} lobe contains a 2.6 x 1.9 x 1.8 cm solid, isoechoic nodule with a thin hypoechoic halo and peripheral vascularity. No microcalcifications. The contralateral lobe is normal without nodules. No abnormal cervical lymph nodes.", "2.6 cm solid {side} thyroid nodule. FNA recommended if not already performed.")],
         op=dict(name="{Side} thyroid lobectomy and isthmusectomy", cpt="60220", anes=["general endotracheal"], ebl="30 mL",
                 findings="2.5 cm encapsulated nodule in the {side} lobe. Recurrent laryngeal nerve identified and preserved. Two parathyroid glands identified and preserved.",
                 steps="A transverse collar incision was made in a skin crease two fingerbreadths above the sternal notch. Subplatysmal flaps were raised. The strap muscles were separated in the midline and retracted. The middle thyroid vein was ligated. The superior pole vessels were individually ligated close to the gland. The recurrent laryngeal nerve was identified in the tracheoesophageal groove and followed to its entry at the cricothyroid membrane. The parathyroid glands were dissected away on their blood supply. The lobe and isthmus were removed. Frozen section was read as follicular lesion, defer to permanents. A drain was placed, the strap muscles and platysma were closed with 3-0 Vicryl and the skin with a running subcuticular suture.",
                 specimen="{Side} thyroid lobe and isthmus (suture marks superior pole)", drains="7 mm Jackson-Pratt", implants="None"),
         pk=[],
         path=dict(spec="{Side} thyroid lobe and isthmus", gross="A {side} thyroid lobe with isthmus weighing 18 grams and measuring 5.5 x 3.0 x 2.2 cm. Sectioning reveals a 2.4 cm well-circumscribed, tan-brown, encapsulated nodule. The capsule is entirely submitted.",
                   micro="A thinly encapsulated follicular neoplasm composed of microfollicles. The capsule is intact in all sections examined with no capsular or vascular invasion. No nuclear features of papillary carcinoma.",
                   dx="Follicular adenoma, 2.4 cm. No evidence of capsular or vascular invasion. Background thyroid unremarkable.", brief="Follicular adenoma"),
         course="{She} was observed overnight. Voice was normal. Calcium levels remained normal. The drain was removed on postoperative day one.",
         newmeds=[M("hydrocodone/acetaminophen", "Vicodin", "5/500 mg", "PO", "q6h prn", "pain")],
         plan="{Side} thyroid lobectomy with frozen section.",
         instr=["Call for tingling around the mouth or in the fingers.", "Sleep with your head elevated.", "You may shower in 48 hours."],
         followup="1 week", labs={"tsh": 1.6}),
    dict(key="cataract", spec="eye", dx="Nuclear sclerotic cataract, {side} eye", icd="366.16", sex=None, ages=(58, 88), setting="asc",
         cc="blurred vision", comorb=["htn", "dm"],
         hpi="{pt} is a {age}-year-old {sex} with gradually worsening vision in the {side} eye over the past two years, with glare from headlights when driving at night and difficulty reading. Best corrected vision no longer meets {his} daily needs.",
         exam="Best corrected visual acuity 20/70 in the {side} eye and 20/30 in the fellow eye. Glare testing reduces vision to 20/200. Intraocular pressures 16 and 17 mmHg. Slit lamp shows 3+ nuclear sclerosis of the {side} lens. Dilated fundus exam shows no diabetic retinopathy.",
         imaging=[],
         op=dict(name="Phacoemulsification with posterior chamber intraocular lens implantation, {side} eye", cpt="66984", anes=["topical with MAC", "retrobulbar block with MAC", "peribulbar block"], ebl="none",
                 findings="3+ nuclear sclerotic cataract.",
                 steps="The {side} eye was prepped and draped in the usual sterile fashion for ophthalmic surgery and a lid speculum placed. A paracentesis was made and nonpreserved lidocaine instilled into the anterior chamber, followed by viscoelastic. A 2.8 mm clear corneal temporal incision was made with a keratome. A continuous curvilinear capsulorrhexis was performed. Hydrodissection was performed. The nucleus was removed by phacoemulsification using a divide-and-conquer technique. Residual cortex was removed with irrigation and aspiration. The capsular bag was inflated with viscoelastic and a foldable acrylic lens of 21.5 diopters was injected into the bag and centered. Viscoelastic was removed. The wounds were hydrated and found to be watertight. Antibiotic drops were placed and a shield applied.",
                 specimen="None", drains="None", implants="Posterior chamber foldable acrylic IOL, 21.5 D"),
         pk=[], path=None,
         newmeds=[M("prednisolone acetate 1%", "Pred Forte", "1 drop", "{side} eye", "QID", "inflammation"),
                  M("ofloxacin 0.3%", "Ocuflox", "1 drop", "{side} eye", "QID x 1 week", "infection")],
         plan="Cataract extraction with IOL {side} eye.",
         instr=["Wear the eye shield at night for one week.", "Do not rub the eye; no bending or heavy lifting.", "Use the drops exactly as directed; wash hands first."],
         followup="next day", labs={}),
    dict(key="glaucoma", spec="eye", dx="Primary open-angle glaucoma, both eyes", icd="365.11", sex=None, ages=(55, 85), setting="office",
         cc="glaucoma follow-up", comorb=["htn"],
         hpi="{pt} is a {age}-year-old {sex} with primary open-angle glaucoma followed for six years. Intraocular pressure has drifted up despite latanoprost at bedtime and timolol twice daily, and the most recent visual field shows progression of a superior arcuate defect in the {side} eye.",
         exam="Visual acuity 20/25 OD, 20/30 OS. IOP 24 mmHg OD and 23 mmHg OS by applanation. Angles open grade 3 on gonioscopy. Cup-to-disc ratio 0.8 with inferior thinning OD, 0.75 OS.",
         imaging=[], op=None, pk=["laser_trab"], path=None,
         newmeds=[M("latanoprost 0.005%", "Xalatan", "1 drop", "both eyes", "at bedtime", "glaucoma"), M("timolol 0.5%", "Timoptic", "1 drop", "both eyes", "BID", "glaucoma")],
         plan="Selective laser trabeculoplasty.",
         instr=["Continue all glaucoma drops unless told otherwise.", "Mild aching and blurring for a day is common."],
         followup="4-6 weeks for pressure check", labs={}),
    dict(key="tia", spec="neuro", dx="Transient ischemic attack, left carotid stenosis", icd="435.9", sex=None, ages=(58, 88), setting="inpt",
         cc="episode of right-sided weakness and trouble speaking", comorb=["htn", "lipid", "dm"], ed=True,
         hpi="{pt} is a {age}-year-old right-handed {sex} who while eating breakfast developed weakness of the right hand and face and difficulty finding words, lasting about 40 minutes and resolving completely by arrival in the emergency department. {He} had a similar but briefer episode last week. No headache, vision loss or chest pain.",
         exam="Alert and oriented, fluent speech without paraphasic errors. Cranial nerves II-XII intact. Strength 5/5 throughout. No pronator drift. Sensation intact. Reflexes symmetric, toes downgoing. Left carotid bruit.",
         imaging=[("CT", "CT HEAD WITHOUT CONTRAST", "No acute intracranial hemorrhage, mass effect or midline shift. Mild periventricular white matter hypodensities consistent with chronic small vessel ischemic change. Ventricles and sulci are age-appropriate.", "No acute intracranial abnormality. Mild chronic small vessel ischemic changes."),
                  ("US", "CAROTID DUPLEX ULTRASOUND", "Left ICA: heterogeneous plaque with peak systolic velocity 285 cm/sec and end diastolic velocity 95 cm/sec, ICA/CCA ratio 4.1. Right ICA: mild plaque with PSV 90 cm/sec. Antegrade vertebral flow bilaterally.", "Left internal carotid artery stenosis of 70-99%. Right ICA stenosis less than 50%."),
                  ("MRI", "MRI BRAIN WITHOUT AND WITH CONTRAST", "No restricted diffusion to indicate acute infarction. Scattered T2/FLAIR hyperintensities in the periventricular and subcortical white matter. No mass or hemorrhage. Normal flow voids.", "No acute infarct. Mild chronic microvascular ischemic changes.")],
         op=None, pk=[],
         course="{He} was admitted to the telemetry unit. MRI showed no acute infarct. Carotid duplex demonstrated high-grade left internal carotid stenosis, and vascular surgery was consulted. Echocardiogram showed no cardiac source of embolus. {He} was started on clopidogrel in addition to aspirin and atorvastatin was increased. Left carotid endarterectomy is planned as an outpatient within two weeks.",
         newmeds=[M("clopidogrel", "Plavix", "75 mg", "PO", "daily", "stroke prevention"), M("atorvastatin", "Lipitor", "40 mg", "PO", "daily", "cholesterol")],
         plan="Admit for TIA workup: MRI, carotid duplex, echo, antiplatelet therapy.",
         instr=["Call 911 immediately for weakness, numbness, trouble speaking or vision loss.", "Take Plavix and aspirin every day."],
         followup="1 week neurology; vascular surgery as scheduled", labs={"glu": 164, "ldl": 131}),
    dict(key="seizure", spec="neuro", dx="New-onset generalized tonic-clonic seizure", icd="780.39", sex=None, ages=(18, 60), setting="inpt",
         cc="seizure", comorb=[], ed=True,
         hpi="{pt} is a {age}-year-old {sex} who was witnessed by a coworker to fall and have generalized stiffening followed by rhythmic jerking of all four extremities for about two minutes, with tongue biting and urinary incontinence. {He} was confused for about 20 minutes afterward. No prior seizures. {He} reports sleep deprivation over the past week. No alcohol or drug use.",
         exam="Drowsy but arousable, oriented x3 on arrival after the postictal period. Left lateral tongue laceration. No meningismus. Cranial nerves intact. No focal motor or sensory deficit. Reflexes 2+ and symmetric.",
         imaging=[("CT", "CT HEAD WITHOUT CONTRAST", "No hemorrhage, mass or acute infarct. Gray-white differentiation preserved. No hydrocephalus.", "Negative noncontrast head CT."),
                  ("MRI", "MRI BRAIN, SEIZURE PROTOCOL", "No mass, hemorrhage or infarct. The hippocampi are symmetric in size and signal. No cortical malformation identified.", "Normal MRI of the brain.")],
         op=None, pk=["lp", "eeg"], path=None,
         course="{He} had no further seizures. Electrolytes, glucose and toxicology screen were unremarkable. MRI of the brain was normal. EEG showed no epileptiform discharges. Levetiracetam was started. State driving restrictions were discussed.",
         newmeds=[M("levetiracetam", "Keppra", "500 mg", "PO", "BID", "seizures")],
         plan="Admit for observation, seizure precautions, EEG, MRI.",
         instr=["You may not drive until cleared by your neurologist per state law.", "Avoid sleep deprivation and alcohol.", "No swimming alone, climbing ladders or operating heavy machinery."],
         followup="4 weeks neurology", labs={"ck": 820}),
    dict(key="migraine", spec="neuro", dx="Migraine without aura", icd="346.10", sex="F", ages=(20, 50), setting="office",
         cc="headaches", comorb=["dep"],
         hpi="{pt} is a {age}-year-old {sex} with headaches since her teens which have become more frequent, now 8 to 10 per month. They are unilateral, throbbing, associated with nausea, photophobia and phonophobia, last 12 to 24 hours, and force her to lie down in a dark room. Over-the-counter analgesics are used nearly daily.",
         exam="Neurologic examination is normal. Fundi show sharp discs. No neck stiffness.",
         imaging=[("MRI", "MRI BRAIN WITHOUT CONTRAST", "The ventricles, sulci and cisterns are normal. No mass, hemorrhage or abnormal signal. Normal flow voids. Paranasal sinuses clear.", "Normal MRI of the brain.")],
         op=None, pk=[], path=None,
         newmeds=[M("sumatriptan", "Imitrex", "50 mg", "PO", "at onset, may repeat in 2 hrs, max 200 mg/day", "migraine"),
                  M("topiramate", "Topamax", "25 mg", "PO", "at bedtime, increase weekly to 50 mg BID", "migraine prevention")],
         plan="Start preventive therapy and triptan, limit analgesics to avoid rebound, headache diary.",
         instr=["Keep a headache diary.", "Limit pain relievers to 2 days per week."],
         followup="8 weeks", labs={}),
    dict(key="copd", spec="pulm", dx="Acute exacerbation of chronic obstructive pulmonary disease", icd="491.21", sex=None, ages=(55, 85), setting="inpt",
         cc="shortness of breath", comorb=["htn"], ed=True, smoker=True,
         hpi="{pt} is a {age}-year-old {sex} with severe COPD (FEV1 38% predicted) and a 60 pack-year smoking history who has had four days of increased dyspnea, cough productive of green sputum and wheezing despite increased use of {his} albuterol inhaler. {He} uses 2 liters of home oxygen at night.",
         exam="Moderate respiratory distress, speaking in short phrases, using accessory muscles. Diffuse expiratory wheezes with prolonged expiratory phase and decreased breath sounds at the bases. No edema.",
         imaging=[("XR", "CHEST, PA AND LATERAL", "The lungs are hyperinflated with flattened hemidiaphragms and increased retrosternal airspace. No focal consolidation, effusion or pneumothorax. Heart size normal.", "Hyperinflation consistent with COPD. No acute infiltrate.")],
         op=None, pk=["central_line"], path=None,
         course="{He} was treated with nebulized albuterol and ipratropium, IV methylprednisolone tapered to oral prednisone, and levofloxacin. {He} did not require BiPAP. Oxygen was weaned back to {his} baseline. {He} was seen by respiratory therapy for inhaler teaching.",
         newmeds=[M("prednisone", "Deltasone", "40 mg", "PO", "daily, taper over 10 days", "COPD"), M("levofloxacin", "Levaquin", "500 mg", "PO", "daily x 5 more days", "bronchitis"),
                  M("tiotropium", "Spiriva", "18 mcg", "inhaled", "daily", "COPD"), M("albuterol", "Proventil", "2 puffs", "inhaled", "q4h prn", "wheezing")],
         plan="Admit, nebulizers, steroids, antibiotics, oxygen to keep saturations 88-92%.",
         instr=["Quit smoking - this is the most important thing you can do.", "Use oxygen 2 liters at night and with exertion.", "Finish the prednisone taper."],
         followup="1-2 weeks pulmonary", labs={"wbc": 12.9, "abg": True}),
    dict(key="nodule", spec="pulm", dx="Right upper lobe lung nodule", icd="793.1", sex=None, ages=(50, 82), setting="asc", smoker=True,
         cc="abnormal chest x-ray", comorb=["htn", "lipid"],
         hpi="{pt} is a {age}-year-old {sex}, a current smoker of one pack per day for 40 years, in whom a chest x-ray obtained for persistent cough showed a right upper lobe nodule. CT confirmed a 2.1 cm spiculated nodule. No hemoptysis. {He} has lost about eight pounds over three months.",
         exam="No clubbing. No supraclavicular or cervical adenopathy. Lungs with scattered rhonchi, no focal findings.",
         imaging=[("CT", "CT CHEST WITH CONTRAST", "There is a 2.1 x 1.8 cm spiculated soft tissue nodule in the posterior segment of the right upper lobe. A 1.2 cm right paratracheal lymph node is noted. Centrilobular emphysema in the upper lobes. No pleural effusion. The visualized adrenal glands and liver are unremarkable.", "2.1 cm spiculated right upper lobe nodule, highly suspicious for primary bronchogenic carcinoma. Borderline enlarged right paratracheal node. PET/CT and tissue sampling recommended.")],
         op=None, pk=["bronch"],
         path=dict(spec="A. Right upper lobe, transbronchial biopsies  B. Bronchial washings, RUL (cytology)", gross="A: Five tan fragments of soft tissue 0.1 to 0.3 cm, entirely submitted. B: 20 mL of cloudy fluid; cytospin and cell block prepared.",
                   micro="A: Fragments of lung parenchyma infiltrated by malignant glands with nuclear pleomorphism. Immunostains: TTF-1 positive, CK7 positive, CK20 negative. B: Rare clusters of malignant cells.",
                   dx="A. Non-small cell carcinoma, consistent with adenocarcinoma of lung primary. B. Positive for malignant cells, consistent with adenocarcinoma.", brief="Adenocarcinoma of lung"),
         newmeds=[], plan="Flexible bronchoscopy with transbronchial biopsy; PET scan; thoracic surgery referral depending on results.",
         instr=["Nothing to eat or drink for 2 hours until your gag reflex returns.", "A small amount of blood in the sputum is normal.", "Call for fever or difficulty breathing."],
         followup="1 week for results", labs={}),
    dict(key="effusion", spec="pulm", dx="{Side} pleural effusion", icd="511.9", sex=None, ages=(55, 88), setting="inpt", smoker=True,
         cc="increasing shortness of breath", comorb=["htn", "cad"],
         hpi="{pt} is a {age}-year-old {sex} with three weeks of progressive dyspnea on exertion and a dry cough. Chest x-ray showed a large {side} pleural effusion. No fever. {He} reports a 10-pound weight loss.",
         exam="Dullness to percussion and absent breath sounds over the lower two-thirds of the {side} hemithorax with decreased tactile fremitus.",
         imaging=[("XR", "CHEST, PA AND LATERAL", "There is a large {side} pleural effusion occupying approximately two-thirds of the hemithorax with mild mediastinal shift to the contralateral side. The contralateral lung is clear.", "Large {side} pleural effusion.")],
         op=None, pk=["thoracentesis"], path=None,
         course="Diagnostic and therapeutic thoracentesis removed 1400 mL of straw-colored fluid with marked symptomatic improvement. The fluid was an exudate by Light's criteria. Cytology was submitted. {He} was discharged to follow up with pulmonary for results.",
         newmeds=[], plan="Thoracentesis with fluid studies; CT chest after drainage.",
         instr=["Call for increasing shortness of breath, chest pain or fever."],
         followup="1 week", labs={"ldh": 310}),
    dict(key="pna", spec="pulm", dx="Community-acquired pneumonia, right lower lobe", icd="486", sex=None, ages=(40, 90), setting="inpt",
         cc="fever and cough", comorb=["htn", "dm"], ed=True,
         hpi="{pt} is a {age}-year-old {sex} with three days of fever to 102, shaking chills, cough productive of rust-colored sputum and right-sided pleuritic chest pain. Decreased appetite. No recent hospitalization or antibiotic use.",
         exam="Temperature 102.3. Crackles and bronchial breath sounds at the right base with egophony. Tachypneic.",
         imaging=[("XR", "CHEST, TWO VIEWS", "There is a dense airspace consolidation in the right lower lobe with air bronchograms. Small right parapneumonic effusion. The left lung is clear. Heart size normal.", "Right lower lobe pneumonia with small parapneumonic effusion.")],
         op=None, pk=[], path=None,
         course="{He} was treated with IV ceftriaxone and azithromycin. Blood cultures grew Streptococcus pneumoniae sensitive to penicillin and ceftriaxone. Fever resolved within 48 hours and {he} was converted to oral therapy.",
         newmeds=[M("amoxicillin", "Amoxil", "1 gram", "PO", "TID x 7 days", "pneumonia")],
         plan="Admit, blood cultures, IV ceftriaxone and azithromycin.",
         instr=["Finish all of your antibiotics.", "Get a pneumonia vaccine and a yearly flu shot."],
         followup="1 week; repeat chest x-ray in 6 weeks", labs={"wbc": 18.4}),
]
CASE_BY_KEY = {c["key"]: c for c in CASES}


# ---------------------------------------------------------------------------
# Headings and their variants
# ---------------------------------------------------------------------------
HEAD = {
    "cc": ["CHIEF COMPLAINT", "Chief Complaint", "CC", "REASON FOR VISIT", "Reason for Visit", "PRESENTING COMPLAINT", "COMPLAINT"],
    "hpi": ["HISTORY OF PRESENT ILLNESS", "History of Present Illness", "HPI", "PRESENT ILLNESS", "HISTORY", "History"],
    "pmh": ["PAST MEDICAL HISTORY", "Past Medical History", "PMH", "MEDICAL HISTORY", "PAST HISTORY", "PMHx"],
    "psh": ["PAST SURGICAL HISTORY", "Past Surgical History", "PSH", "SURGICAL HISTORY", "PREVIOUS SURGERIES", "OPERATIONS"],
    "meds": ["MEDICATIONS", "CURRENT MEDICATIONS", "Medications", "MEDS", "Current Meds", "HOME MEDICATIONS", "OUTPATIENT MEDICATIONS"],
    "all": ["ALLERGIES", "Allergies", "DRUG ALLERGIES", "ALLERGY", "Allergies/Intolerances", "ALL"],
    "sh": ["SOCIAL HISTORY", "Social History", "SOCIAL", "SH", "HABITS", "PERSONAL HISTORY"],
    "fh": ["FAMILY HISTORY", "Family History", "FH", "FAMILY", "FAMILY HX"],
    "ros": ["REVIEW OF SYSTEMS", "Review of Systems", "ROS", "SYSTEMS REVIEW", "SYSTEM REVIEW"],
    "pe": ["PHYSICAL EXAMINATION", "PHYSICAL EXAM", "Physical Exam", "EXAM", "EXAMINATION", "PE", "OBJECTIVE", "ON EXAMINATION"],
    "data": ["LABORATORY DATA", "LABS", "DATA", "DIAGNOSTIC STUDIES", "LABORATORY AND X-RAY", "STUDIES", "RESULTS"],
    "imp": ["IMPRESSION", "ASSESSMENT", "Assessment", "DIAGNOSIS", "DIAGNOSES", "CLINICAL IMPRESSION", "Impression"],
    "plan": ["PLAN", "Plan", "RECOMMENDATIONS", "TREATMENT PLAN", "DISPOSITION", "PLAN OF CARE"],
    "ap": ["ASSESSMENT AND PLAN", "IMPRESSION AND PLAN", "A/P", "ASSESSMENT/PLAN", "IMPRESSION/PLAN", "Assessment & Plan"],
}
SEX_WORDS = {"M": ["male", "man", "gentleman", "white male", "male"], "F": ["female", "woman", "lady", "white female", "female"]}
TX_INITIALS = ["jmk", "lr", "dw", "tls", "kb", "mjh", "sap", "rn", "ckw", "aed", "pl", "bjt", "mt", "vh"]


def rand_date(rng, y0=1995, y1=2012):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randrange(start, end))


ERA = [  # (first year available, modern text, older replacement)
    (2003, "drug-eluting stent", "stent"), (2001, "esomeprazole", "omeprazole"), (2001, "Nexium", "Prilosec"),
    (2004, "tiotropium", "ipratropium"), (2004, "Spiriva", "Atrovent"), (2004, "18 mcg", "2 puffs"),
    (2000, "levetiracetam", "phenytoin"), (2000, "Keppra", "Dilantin"), (2001, "BNP", "CK-MB"),
    (1998, "clopidogrel", "ticlopidine"), (1998, "Plavix", "Ticlid"), (1998, "Dermabond", "Steri-Strips"),
    (2005, "Norco", "Lortab"), (2000, "Pravachol", "Mevacor"), (1997, "atorvastatin", "lovastatin"),
    (1997, "Lipitor", "Mevacor"), (2003, "harmonic scalpel", "endoscopic stapler"), (2002, "Toprol XL", "Lopressor"),
    (2001, "topiramate", "amitriptyline"), (2001, "Topamax", "Elavil"), (2001, "pantoprazole", "omeprazole"),
    (2001, "Protonix", "Prilosec"), (2004, "SpO2", "O2 sat"), (1997, "tamsulosin", "terazosin"), (1997, "Flomax", "Hytrin"),
    (2004, "CPT II", "CPT"), (1997, "Zolpidem", "temazepam"), (1997, "latanoprost", "pilocarpine"), (1997, "Xalatan", "Pilocar"),
    (2001, "selective laser trabeculoplasty", "argon laser trabeculoplasty"), (2001, "Selective laser", "Argon laser"),
]


def era_fix(text, year):
    for y, new, old in ERA:
        if year < y and new in text:
            text = text.replace(new, old)
    return text


class Doc:
    """Everything needed to write one coherent document."""

    def __init__(self, rng, world, case=None, date=None):
        self.rng = rng
        self.w = world
        self.case = case if case is not None else pick(rng, CASES)
        c = self.case
        self.date = date or rand_date(rng)
        self.year = self.date.year
        self.sex = c["sex"] or pick(rng, "MF")
        self.child = bool(c.get("child"))
        self.age = rng.randint(*c["ages"])
        self.dob = self.date - datetime.timedelta(days=int(self.age * 365.25 + rng.randrange(1, 364)))
        self.first = pick(rng, FIRST_M if self.sex == "M" else FIRST_F)
        self.last = pick(rng, LAST)
        self.mi = pick(rng, "ABCDEFGHJKLMNPRSTW")
        self.mrn = pick(rng, ["%07d" % rng.randrange(10 ** 6, 10 ** 7), "%09d" % rng.randrange(10 ** 5, 10 ** 7),
                              "M%06d" % rng.randrange(10 ** 6), "%02d-%02d-%02d" % (rng.randrange(100), rng.randrange(100), rng.randrange(100)),
                              "%06d" % rng.randrange(10 ** 6)])
        self.acct = "%d" % rng.randrange(10 ** 7, 10 ** 9)
        self.city, self.state, zp = pick(rng, CITIES)
        self.zip = zp + "%03d" % rng.randrange(1000)
        self.street = "%d %s %s" % (rng.randrange(11, 9899), pick(rng, STREETS), pick(rng, ST_SUF))
        self.phone = phone(rng)
        self.ssn = "9%02d-%02d-%04d" % (rng.randrange(100), rng.randrange(1, 100), rng.randrange(1, 10000))
        self.side = pick(rng, ["right", "left"])
        self.spec = c["spec"]
        self.md = pick(rng, world.docs[self.spec])
        self.ref = pick(rng, world.pcps)
        self.group, self.asc = pick(rng, GROUPS)
        self.hosp = pick(rng, HOSPITALS)
        self.group_addr = "%d %s %s" % (rng.randrange(100, 4000), pick(rng, ["Medical Park", "Professional", "Health Center", "Commerce", "Riverside"]),
                                        pick(rng, ["Drive", "Parkway", "Blvd.", "Way", "Plaza"]))
        self.group_city = (self.city, self.state, self.zip[:3] + "%02d" % rng.randrange(100))
        self.group_phone = phone(rng, 0)
        self.group_fax = phone(rng, 0)
        # styles
        self.dstyle = rng.randrange(7)
        self.hcase = rng.choices(["upper", "asis", "title"], [6, 3, 1])[0]
        self.colon = rng.choices([":", "", " -", ":"], [7, 2, 1, 1])[0]
        self.width = rng.choice([64, 68, 72, 76, 78, 80, 84, 90])
        self.inline = rng.random() < 0.55
        self.tx = pick(rng, TX_INITIALS)
        self.job = "%d" % rng.randrange(10000, 999999)
        # medical background
        keys = list(c.get("comorb", []))
        if not self.child:
            extra = [k for k in COMORB if k not in keys and k not in ("cad", "bph")]
            rng.shuffle(extra)
            n_extra = rng.randint(0, 2 if self.age < 50 else 3)
            keys += extra[:n_extra]
        if self.sex == "F":
            keys = [k for k in keys if k != "bph"]
        self.comorb = keys
        self.home_meds = []
        for k in keys:
            for m in pick(rng, COMORB[k][1]):
                if m[0] not in [x[0] for x in self.home_meds]:
                    self.home_meds.append(m)
        if self.child or (self.age < 45 and rng.random() < 0.4):
            self.home_meds = self.home_meds[:1] if not self.child else []
        self.pmh = [COMORB[k][0] for k in keys]
        self.psh = rng.sample(SURG_HX, rng.randint(0, 3)) if not self.child else []
        if self.sex == "M":
            self.psh = [s for s in self.psh if s not in ("hysterectomy", "C-section x2", "tubal ligation")]
        self.allergies = [] if rng.random() < 0.6 else rng.sample(ALLERGY_OPTS, rng.randint(1, 2))
        self.smoker = c.get("smoker") or (rng.random() < 0.25 and not self.child)
        sexw = pick(rng, SEX_WORDS[self.sex]) if not self.child else ("boy" if self.sex == "M" else "girl")
        if self.age >= 70 and not self.child and rng.random() < 0.3:
            sexw = "gentleman" if self.sex == "M" else "lady"
        ttl = "Mr." if self.sex == "M" else pick(rng, ["Mrs.", "Ms.", "Mrs."])
        self.title = ttl
        he = "he" if self.sex == "M" else "she"
        his = "his" if self.sex == "M" else "her"
        him = "him" if self.sex == "M" else "her"
        ptref = self.first if self.child else (ttl + " " + self.last if rng.random() < 0.75 else "The patient")
        self.tok = dict(he=he, He=he.capitalize(), his=his, His=his.capitalize(), him=him, She=he.capitalize(),
                        Her=his.capitalize(), pt=ptref, age=self.age, sex=sexw, side=self.side,
                        Side=self.side.capitalize(), SIDE=self.side.upper(), first=self.first, last=self.last)
        self.vitals = self.make_vitals()
        self.labs = self.make_labs()

    # -- helpers -----------------------------------------------------------
    def f(self, s):
        return s.format(**self.tok)

    def d(self, date=None, style=None):
        return fdate(date or self.date, self.dstyle if style is None else style)

    def name(self, style=0):
        if style == 0:
            return "%s %s" % (self.first, self.last)
        if style == 1:
            return "%s, %s" % (self.last.upper(), self.first.upper())
        if style == 2:
            return "%s, %s %s" % (self.last, self.first, self.mi)
        if style == 3:
            return "%s %s. %s" % (self.first, self.mi, self.last)
        return "%s, %s" % (self.last, self.first)

    def days(self, n):
        return self.date + datetime.timedelta(days=n)

    def h(self, key):
        if key in HEAD:
            t = pick(self.rng, HEAD[key])
        else:
            t = key
        if self.hcase == "upper":
            t = t.upper()
        elif self.hcase == "title" and t.isupper():
            t = t.title().replace("Of ", "of ").replace("And ", "and ")
        return t

    def sec(self, key, body, inline=None):
        if body is None or body == "":
            return ""
        if isinstance(body, (list, tuple)):
            body = "\n".join(body)
        head = self.h(key)
        if inline is None:
            inline = self.inline
        if inline and "\n" not in body:
            return wrap(head + self.colon + "  " + body, self.width)
        return head + self.colon + "\n" + wrap(body, self.width)

    def wrapp(self, text):
        return wrap(text, self.width)

    def age_str(self):
        return "%d" % self.age

    def dob_s(self):
        return fdate(self.dob, self.dstyle if self.dstyle != 2 else 0)

    def md_name(self, style=0, d=None):
        return dname(d or self.md, style)

    def specname(self, sp=None):
        return pick(self.rng, SPEC_NAMES[sp or self.spec])

    # -- clinical content ----------------------------------------------------
    def make_vitals(self):
        r = self.rng
        k = self.case["key"]
        if self.child:
            v = dict(t=round(r.uniform(97.6, 99.1), 1), hr=r.randint(80, 120), rr=r.randint(18, 26),
                     sbp=r.randint(90, 112), dbp=r.randint(50, 70), spo2=r.randint(97, 100),
                     wt=r.randint(12, 40) + 4 * self.age)
        else:
            v = dict(t=round(r.uniform(97.2, 98.9), 1), hr=r.randint(60, 92), rr=r.randint(12, 20),
                     sbp=r.randint(112, 158) if "htn" in self.comorb else r.randint(104, 138),
                     dbp=r.randint(62, 92), spo2=r.randint(94, 99), wt=r.randint(120, 240))
        if k == "afib":
            v.update(hr=r.randint(118, 148))
        if k in ("pna",):
            v.update(t=round(r.uniform(101.4, 103.0), 1), hr=r.randint(100, 118), rr=r.randint(22, 28), spo2=r.randint(88, 92))
        if k == "copd":
            v.update(rr=r.randint(24, 30), spo2=r.randint(84, 89), hr=r.randint(98, 115))
        if k == "appy":
            v.update(t=round(r.uniform(100.2, 101.2), 1), hr=r.randint(96, 110))
        if k == "ugib":
            v.update(sbp=r.randint(88, 102), dbp=r.randint(50, 62), hr=r.randint(104, 122))
        if k == "pacer":
            v.update(hr=r.randint(38, 50))
        if k == "chf":
            v.update(rr=r.randint(22, 26), spo2=r.randint(88, 93), sbp=r.randint(150, 176))
        if k == "stone":
            v.update(hr=r.randint(96, 112), sbp=r.randint(140, 168))
        return v

    def vitals_line(self, style=None):
        v = self.vitals
        r = self.rng
        s = r.randrange(4) if style is None else style
        sp = "SpO2" if self.year >= 2004 else "O2 sat"
        irreg = " irregular" if self.case.get("afib") else ""
        if s == 0:
            return "BP %d/%d, pulse %d%s, respirations %d, temperature %.1f, %s %d%% on room air." % (
                v["sbp"], v["dbp"], v["hr"], irreg, v["rr"], v["t"], sp, v["spo2"])
        if s == 1:
            return "T %.1f  P %d  R %d  BP %d/%d  %s %d%%  Wt %d lbs" % (v["t"], v["hr"], v["rr"], v["sbp"], v["dbp"], sp, v["spo2"], v["wt"])
        if s == 2:
            return "Vital signs: Temp %.1f F, HR %d%s, RR %d, BP %d/%d." % (v["t"], v["hr"], irreg, v["rr"], v["sbp"], v["dbp"])
        return "Blood pressure is %d/%d. Heart rate %d%s. Weight %d pounds. Afebrile." % (v["sbp"], v["dbp"], v["hr"], irreg, v["wt"]) \
            if v["t"] < 100 else "Blood pressure %d/%d, heart rate %d, temperature %.1f." % (v["sbp"], v["dbp"], v["hr"], v["t"])

    def make_labs(self):
        r = self.rng
        o = self.case.get("labs", {})
        L = dict(wbc=round(r.uniform(4.8, 9.8), 1), hgb=round(r.uniform(12.4, 15.6) - (0.9 if self.sex == "F" else 0), 1),
                 plt=r.randint(170, 380), na=r.randint(136, 143), k=round(r.uniform(3.6, 4.8), 1), cl=r.randint(99, 107),
                 co2=r.randint(23, 29), bun=r.randint(9, 22), cr=round(r.uniform(0.7, 1.2), 1), glu=r.randint(78, 108),
                 ca=round(r.uniform(8.7, 10.1), 1), inr=round(r.uniform(0.9, 1.1), 1), pt=round(r.uniform(11.2, 13.0), 1),
                 ptt=r.randint(25, 34), psa=round(r.uniform(0.4, 3.2), 1), tsh=round(r.uniform(0.8, 3.5), 2),
                 ast=r.randint(14, 36), alt=r.randint(10, 40), alk=r.randint(45, 110), tbili=round(r.uniform(0.3, 1.1), 1),
                 alb=round(r.uniform(3.6, 4.6), 1), chol=r.randint(160, 240), ldl=r.randint(80, 150), hdl=r.randint(36, 66),
                 tg=r.randint(80, 220), bnp=r.randint(20, 90), ck=r.randint(50, 180), ldh=r.randint(120, 220), ua_blood="NEGATIVE")
        if "dm" in self.comorb:
            L["glu"] = r.randint(142, 238)
            L["a1c"] = round(r.uniform(7.1, 9.4), 1)
        if self.case.get("afib") or "warfarin" in " ".join(m[0] for m in self.home_meds):
            pass
        L.update(o)
        L["hct"] = o.get("hct", round(L["hgb"] * 3 + r.uniform(-0.8, 0.8), 1))
        return L

    def meds_lines(self, style=None, include_new=False, numbered=None):
        r = self.rng
        st = r.randrange(5) if style is None else style
        meds = list(self.home_meds) + (self.case.get("newmeds", []) if include_new else [])
        if not meds:
            return ["None."] if r.random() < 0.5 else ["No regular medications."]
        num = r.random() < 0.5 if numbered is None else numbered
        out = []
        for i, m in enumerate(meds):
            s = self.f(medstr(m, st))
            out.append(("%d. " % (i + 1) if num else "") + s)
        return out

    def meds_inline(self, include_new=False):
        meds = list(self.home_meds) + (self.case.get("newmeds", []) if include_new else [])
        if not meds:
            return "None."
        st = self.rng.randrange(4)
        return "; ".join(self.f(medstr(m, st)) for m in meds) + "."

    def allergy_str(self):
        if not self.allergies:
            return pick(self.rng, ["NKDA.", "No known drug allergies.", "NO KNOWN DRUG ALLERGIES.", "None known.", "NKA"])
        return ", ".join("%s (%s)" % a if self.rng.random() < 0.6 else a[0].upper() for a in self.allergies) + "."

    def abx(self):
        pcn = any(a[0] in ("Penicillin", "Cephalexin") for a in self.allergies)
        if pcn:
            return pick(self.rng, ["clindamycin 600 mg IV", "vancomycin 1 gram IV"])
        return pick(self.rng, ["Ancef 1 gram IV", "cefazolin 1 g IV", "Ancef 2 grams IV", "Kefzol 1 gram IV"])

    def pmh_str(self):
        items = list(self.pmh)
        if not items:
            return pick(self.rng, ["Negative.", "Unremarkable.", "None.", "Otherwise healthy."])
        return ", ".join(items) + "."

    def psh_str(self):
        if not self.psh:
            return pick(self.rng, ["None.", "No prior surgery.", "Negative."])
        return ", ".join(s.capitalize() if i == 0 else s for i, s in enumerate(self.psh)) + "."

    def social(self):
        r = self.rng
        if self.child:
            return "Lives with %s and %s. Attends %s. No smoke exposure in the home." % (
                pick(r, ["parents", "mother", "grandmother"]), pick(r, ["two siblings", "one sibling", "no siblings"]),
                pick(r, ["daycare", "preschool", "kindergarten", "elementary school"]))
        job = pick(r, ["retired " + pick(r, ["machinist", "teacher", "farmer", "postal worker", "nurse", "truck driver"]),
                       "works as a " + pick(r, ["bookkeeper", "welder", "secretary", "mechanic", "cashier", "contractor", "school bus driver"]),
                       "disabled", "homemaker"])
        smk = ("Smokes %d pack per day for %d years." % (r.randint(1, 2), r.randint(20, 50))) if self.smoker else \
            pick(r, ["Nonsmoker.", "Denies tobacco.", "Quit smoking %d years ago." % r.randint(5, 30), "Never smoker."])
        alc = pick(r, ["Occasional alcohol.", "Denies alcohol.", "Drinks socially.", "Rare alcohol use.", "No ETOH."])
        mar = pick(r, ["Married", "Widowed", "Divorced", "Single", "Lives with %s" % ("wife" if self.sex == "M" else "husband")])
        return "%s, %s. %s %s" % (mar, job, smk, alc)

    def family(self):
        r = self.rng
        return pick(r, ["Noncontributory.", "Father with heart disease, mother with diabetes.", "Mother deceased of stroke at 78. Father with hypertension.",
                        "Positive for coronary artery disease and diabetes.", "No family history of anesthetic complications.",
                        "Brother with colon cancer at 62.", "Unknown; patient was adopted."])

    def ros(self):
        r = self.rng
        if r.random() < 0.5:
            return pick(r, ["Otherwise negative in detail except as noted in the HPI.", "A 10-point review of systems is negative except as above.",
                            "Negative for fever, chills, chest pain, shortness of breath, nausea, vomiting or urinary symptoms.",
                            "Noncontributory.", "As per HPI, otherwise negative."])
        parts = ["CONSTITUTIONAL: No fevers or weight change.", "HEENT: Negative.", "CARDIAC: No chest pain or palpitations.",
                 "RESPIRATORY: No cough or wheezing.", "GI: No nausea, vomiting, diarrhea or melena.", "GU: No dysuria or hematuria.",
                 "MUSCULOSKELETAL: As per HPI.", "NEURO: No headaches or focal weakness.", "PSYCH: Negative."]
        return "\n".join(parts)

    def exam_full(self, brief=False):
        r = self.rng
        c = self.case
        lines = []
        lines.append("GENERAL: " + pick(r, ["Well-developed, well-nourished %s in no acute distress." % self.tok["sex"],
                                              "Alert, pleasant, cooperative, in no apparent distress.",
                                              "Elderly %s, alert and oriented x3." % self.tok["sex"] if self.age > 65 else "Healthy-appearing, alert, NAD."]))
        lines.append("VITAL SIGNS: " + self.vitals_line(1))
        if not brief:
            lines.append("HEENT: " + pick(r, ["Normocephalic, atraumatic. PERRLA. EOMI. Oropharynx clear.", "NC/AT. Pupils equal and reactive. Mucous membranes moist.", "Unremarkable."]))
            lines.append("NECK: " + pick(r, ["Supple, no JVD, no bruits, no thyromegaly.", "Supple. No lymphadenopathy.", "No masses."]))
        heart = "Irregularly irregular." if c.get("afib") else pick(r, ["Regular rate and rhythm without murmurs, rubs or gallops.", "RRR, S1 S2 normal, no murmur.", "Regular. No murmurs."])
        lungs = pick(r, ["Clear to auscultation bilaterally.", "Clear.", "CTA bilaterally, no wheezes or rales.", "Good air entry, clear."])
        if c["key"] in ("copd", "pna", "chf", "effusion"):
            lungs = "See below."
        lines.append("LUNGS: " + lungs)
        lines.append("HEART: " + heart)
        lines.append("ABDOMEN: " + pick(r, ["Soft, nontender, nondistended. Bowel sounds present.", "Soft, NT/ND, no masses or organomegaly.", "Benign."]))
        if not brief:
            lines.append("EXTREMITIES: " + pick(r, ["No clubbing, cyanosis or edema.", "No edema. Pulses intact.", "Warm, well perfused."]))
            lines.append("NEUROLOGIC: " + pick(r, ["Alert and oriented x3. Nonfocal.", "Grossly intact.", "Cranial nerves grossly intact, strength symmetric."]))
        lines.append(pick(r, ["FOCUSED EXAM: ", "%s: " % self.specname().upper().split(" ")[0], "LOCAL EXAM: ", ""]) + self.f(c["exam"]))
        return lines

    def dx(self):
        return self.f(self.case["dx"])

    def dx_list(self):
        items = [self.dx()] + self.pmh[:3]
        return items

    def imaging(self):
        return [tuple(self.f(x) for x in im) for im in self.case.get("imaging", [])]


# ---------------------------------------------------------------------------
# Page furniture: letterheads, patient blocks, signatures, footers
# ---------------------------------------------------------------------------
def center(s, width=78):
    return s.center(width).rstrip()


def letterhead(d, kind="group", width=None):
    r = d.rng
    w = width or d.width
    city, st, zp = d.group_city
    if kind == "hosp":
        name = d.hosp
        lines = [name.upper() if r.random() < 0.6 else name]
        if r.random() < 0.6:
            lines.append("%d %s Street  *  %s, %s %s" % (r.randrange(100, 2000), pick(r, ["Hospital", "Mercy", "Main", "Second"]), city, st, zp))
        if r.random() < 0.4:
            lines.append("Health Information Management")
    elif kind == "asc":
        lines = [d.asc.upper() if r.random() < 0.5 else d.asc, "%s  %s, %s %s" % (d.group_addr, city, st, zp)]
        if r.random() < 0.5:
            lines.append("Phone %s   Fax %s" % (d.group_phone, d.group_fax))
    else:
        g = d.group
        st_ = r.randrange(5)
        if st_ == 0:
            lines = [g.upper(), d.specname(), d.group_addr, "%s, %s %s" % (city, st, zp), "Tel %s  Fax %s" % (d.group_phone, d.group_fax)]
        elif st_ == 1:
            lines = [g, "%s * %s, %s %s * %s" % (d.group_addr, city, st, zp, d.group_phone)]
        elif st_ == 2:
            docs = d.w.docs[d.spec]
            lines = [g.upper(), "Division of " + d.specname(), "  ".join(dname(x, 1) for x in docs)]
            lines.append("%s   %s, %s %s" % (d.group_addr, city, st, zp))
        elif st_ == 3:
            lines = [g + " - " + d.specname(), "%s, %s, %s  %s" % (d.group_addr, city, st, zp), "PH: %s   FX: %s" % (d.group_phone, d.group_fax)]
        else:
            lines = [d.specname().upper() + " ASSOCIATES", "a division of " + g, d.group_addr + ", " + city + ", " + st]
    if r.random() < 0.7:
        out = [center(x, w) for x in lines]
    else:
        out = lines
    if r.random() < 0.3:
        out.append("-" * min(w, 78) if r.random() < 0.5 else "_" * min(w, 78))
    return "\n".join(out)


def pt_block(d, extra=None, style=None):
    """Two-column patient identification block."""
    r = d.rng
    st = r.randrange(4) if style is None else style
    fields = [(pick(r, ["PATIENT", "PATIENT NAME", "NAME", "Patient"]), d.name(pick(r, [1, 2, 4]))),
              (pick(r, ["MRN", "MR#", "MED REC #", "CHART #", "Medical Record No."]), d.mrn),
              (pick(r, ["DOB", "D.O.B.", "BIRTHDATE", "Date of Birth"]), d.dob_s())]
    if r.random() < 0.5:
        fields.append((pick(r, ["ACCT", "ACCOUNT #", "ENC #", "VISIT #"]), d.acct))
    if r.random() < 0.5:
        fields.append((pick(r, ["AGE/SEX", "SEX", "AGE"]), "%d/%s" % (d.age, d.sex)))
    for e in (extra or []):
        fields.append(e)
    if st == 0:
        out = []
        for i in range(0, len(fields), 2):
            a = "%s: %s" % fields[i]
            b = "%s: %s" % fields[i + 1] if i + 1 < len(fields) else ""
            out.append("%-40s%s" % (a, b))
        return "\n".join(out)
    if st == 1:
        return "\n".join("%-18s%s" % (k + ":", v) for k, v in fields)
    if st == 2:
        return "  ".join("%s: %s" % kv for kv in fields[:3]) + ("\n" + "  ".join("%s: %s" % kv for kv in fields[3:]) if len(fields) > 3 else "")
    return "\n".join("%s %s" % (k.upper(), v) for k, v in fields)


def sig_block(d, who=None, kind=None):
    r = d.rng
    who = who or d.md
    k = r.randrange(7) if kind is None else kind
    if k == 0:
        return "\n\n_______________________________\n" + dname(who, pick(r, [0, 1]))
    if k == 1:
        if d.year >= 2004:
            return "\nElectronically signed by %s on %s at %s" % (dname(who, 1), fdate(d.days(r.randint(1, 6)), 0), ftime(r))
        return "\n\n" + dname(who, 0) + "\n" + pick(r, ["(Signature on file)", "Authenticated", ""])
    if k == 2:
        return "\n\n" + dname(who, 0) + "\n" + pick(r, ["DICTATED BUT NOT READ", "Dictated but not signed", "(Dictated, not reviewed)", ""])
    if k == 3:
        return "\n\n\n" + dname(who, 3) + "  " + who["cred"]
    if k == 4:
        return "\n" + pick(r, ["Attending Physician", "Dictating Physician", "Physician"]) + ": " + dname(who, 1)
    if k == 5:
        return "\n\n____________________  Date ________\n%s" % dname(who, 4)
    return "\n\n" + dname(who, 1) + ("\n" + pick(r, SPEC_NAMES[who["spec"]]) if who.get("spec") in SPEC_NAMES else "")


def tx_footer(d, who=None, cc=True):
    r = d.rng
    who = who or d.md
    dd = d.date
    dt = d.days(r.randint(0, 3))
    k = r.randrange(6)
    ini = "".join(x[0] for x in (who["first"], who["last"])).upper()
    if k == 0:
        s = "DD: %s\nDT: %s\n%s/%s" % (fdate(dd, 0), fdate(dt, 0), ini, d.tx)
    elif k == 1:
        s = "D: %s %s\nT: %s %s\nJob #: %s" % (fdate(dd, 1), ftime(r, style=1), fdate(dt, 1), ftime(r, style=1), d.job)
    elif k == 2:
        s = "%s:%s  D:%s  T:%s  #%s" % (ini, d.tx, fdate(dd, 6), fdate(dt, 6), d.job)
    elif k == 3:
        s = "Dictated: %s\nTranscribed: %s by %s\nDoc #%s" % (fdate(dd, 0), fdate(dt, 0), pick(r, TX_COMPANIES), d.job)
    elif k == 4:
        s = "%s/%s\ndd %s\ndt %s" % (ini.lower(), d.tx, fdate(dd, 6), fdate(dt, 6))
    else:
        s = "Job %s   Dict: %s   Trans: %s   %s" % (d.job, fdate(dd, 0), fdate(dt, 0), d.tx.upper())
    if cc and r.random() < 0.55:
        ref = d.ref
        s += "\n\ncc: " + pick(r, ["%s" % dname(ref, 1), "Dr. %s %s" % (ref["first"], ref["last"]), "%s, %s" % (dname(ref, 1), ref["practice"]),
                                   "Referring physician: %s" % dname(ref, 1), "Chart"])
    return s


def fax_header(d, page, total):
    r = d.rng
    dt = d.days(r.randint(0, 30))
    src = pick(r, [d.group.split(",")[0].upper()[:22], d.hosp.upper()[:22], "MEDICAL RECORDS", d.specname().upper()[:18]])
    k = r.randrange(3)
    if k == 0:
        return "%s %s FAX %s %s P.%02d/%02d" % (fdate(dt, 3), ftime(r, style=1), d.group_fax.replace("(", "").replace(")", ""), src, page, total)
    if k == 1:
        return "%s  %s    FROM: %s    TO: %s     PAGE %d OF %d" % (fdate(dt, 6), ftime(r, style=2), src, phone(r, 1), page, total)
    return "%s  %s  %s  #%04d P.%03d" % (fdate(dt, 1), ftime(r, style=0), src, r.randrange(9999), page)


def paginate(d, text):
    r = d.rng
    lines = text.split("\n")
    per = r.randint(48, 62)
    if len(lines) <= per and r.random() < 0.6:
        pages = [lines]
    else:
        pages = [lines[i:i + per] for i in range(0, len(lines), per)] or [[""]]
    total = len(pages)
    fstyle = r.randrange(6)
    hstyle = r.randrange(3)
    fax = r.random() < 0.18
    out = []
    for i, pg in enumerate(pages):
        n = i + 1
        block = []
        if fax:
            block.append(fax_header(d, n, total + r.randint(0, 1)))
            block.append("")
        if i > 0:
            if hstyle == 0:
                block += [d.name(1) + "   " + d.mrn, "Page %d" % n, ""]
            elif hstyle == 1:
                block += ["RE: %s" % d.name(0), pick(r, [d.d(), "DOB " + d.dob_s()]), "Page %d" % n, ""]
            else:
                block += ["%s (continued)" % d.name(4), ""]
        block += pg
        if total > 1 and i < total - 1 and r.random() < 0.4:
            block.append(pick(r, ["(Continued)", "CONTINUED", "-- continued on next page --", "(continued on page %d)" % (n + 1)]))
        if fstyle == 0:
            block += ["", "Page %d of %d" % (n, total)]
        elif fstyle == 1:
            block += ["", center("- %d -" % n, d.width)]
        elif fstyle == 2 and total > 1:
            block += ["", "%s   Page %d" % (d.name(1), n)]
        elif fstyle == 3:
            block += ["", pick(r, ["CONFIDENTIAL PATIENT INFORMATION", "This information is confidential and protected by law.",
                                  "ORIGINAL - CHART", "Form %s-%d (Rev. %d/%02d)" % (pick(r, ["MR", "HIM", "ASC", "PC"]), r.randrange(100, 999), r.randint(1, 12), r.randrange(90, 100) if d.year < 2000 else r.randrange(0, d.year - 1999))])]
        out.append("\n".join(block))
    sep = pick(r, ["\n\n\f\n", "\n\n\n", "\n\n" + "=" * 20 + "\n\n", "\n\n\n\n"])
    return sep.join(out)


def finalize(d, text, paginate_it=True):
    text = era_fix(text, d.year)
    text = re.sub(r"\b([Aa]) (8|8\d|11|18)-year", r"\1n \2-year", text)
    # collapse >2 blank lines created by empty sections
    while "\n\n\n\n\n" in text:
        text = text.replace("\n\n\n\n\n", "\n\n\n")
    if paginate_it:
        text = paginate(d, text)
    r = d.rng
    lvl = r.choices([0, r.uniform(0.2, 1.0), r.uniform(1.0, 2.5), r.uniform(2.5, 4.0)], [35, 40, 18, 7])[0]
    text = ocr_noise(r, text, lvl)
    return text.strip("\n") + "\n"


def join(*parts):
    return "\n\n".join(p for p in parts if p)


def checkbox(r, checked=None):
    if checked is None:
        checked = r.random() < 0.5
    return pick(r, ["[X]", "[x]", "(X)", "X"]) if checked else pick(r, ["[ ]", "( )", "[  ]", "__"])


PK_NAMES = {
    "colonoscopy": ("Colonoscopy with snare polypectomy", "45385"),
    "egd": ("Esophagogastroduodenoscopy with biopsy", "43239"),
    "cath": ("Left heart catheterization, selective coronary angiography, left ventriculography and PCI of the LAD", "93510, 92980"),
    "tee_cv": ("Transesophageal echocardiogram and DC cardioversion", "93312, 92960"),
    "bronch": ("Flexible fiberoptic bronchoscopy with washings and transbronchial biopsies", "31628"),
    "thoracentesis": ("Diagnostic and therapeutic thoracentesis", "32000"),
    "lp": ("Lumbar puncture", "62270"),
    "injection": ("Intra-articular corticosteroid injection", "20610"),
    "emg": ("Electromyography and nerve conduction studies", "95860, 95904"),
    "prostate_bx": ("Transrectal ultrasound-guided prostate needle biopsy", "55700, 76872"),
    "cysto": ("Cystourethroscopy", "52000"),
    "laser_trab": ("Selective laser trabeculoplasty", "65855"),
    "central_line": ("Central venous catheter placement", "36556"),
    "eeg": ("Electroencephalogram", "95816"),
}


def proc_name(d):
    c = d.case
    if c.get("op"):
        return d.f(c["op"]["name"])
    if c.get("pk"):
        if c["key"] == "ugib":
            return "Esophagogastroduodenoscopy with epinephrine injection and bipolar coagulation of duodenal ulcer"
        return PK_NAMES[c["pk"][0]][0]
    return None


def course_text(d):
    c = d.case
    if c.get("course"):
        return d.f(c["course"])
    pn = proc_name(d)
    s = "The patient was admitted and underwent %s without complication." % (pn[0].lower() + pn[1:]) if pn else \
        "The patient was admitted and treated as outlined."
    return s + " " + pick(d.rng, ["Postoperative course was uneventful.", "{He} did well and was ready for discharge.",
                                  "Pain was controlled on oral medications and {he} tolerated a diet."]).format(**d.tok)


# ---------------------------------------------------------------------------
# Document type generators
# ---------------------------------------------------------------------------
def g_discharge_summary(d):
    r = d.rng
    c = d.case
    los = r.randint(1, 6)
    dc = d.days(los)
    adm, dis = d.d(), d.d(dc)
    pn = proc_name(d)
    dxs = [d.dx()] + d.pmh[:r.randint(1, 4)]
    L = r.randrange(6)
    meds = d.meds_lines(include_new=True)
    att = d.md if r.random() < 0.7 else pick(r, d.w.hosps)
    if L == 0:
        parts = [letterhead(d, "hosp"), pick(r, ["DISCHARGE SUMMARY", "D I S C H A R G E   S U M M A R Y", "Discharge Summary"]),
                 pt_block(d, [("ADMITTED", adm), ("DISCHARGED", dis), ("ATTENDING", dname(att, 1))]),
                 d.sec(pick(r, ["ADMITTING DIAGNOSIS", "ADMISSION DIAGNOSIS", "DIAGNOSIS ON ADMISSION"]), d.dx()),
                 d.sec(pick(r, ["DISCHARGE DIAGNOSES", "FINAL DIAGNOSES", "DIAGNOSES AT DISCHARGE"]), ["%d. %s" % (i + 1, x) for i, x in enumerate(dxs)], inline=False),
                 d.sec(pick(r, ["PROCEDURES", "OPERATIONS/PROCEDURES", "PROCEDURES PERFORMED"]), (pn + " on " + d.d(d.days(r.randint(0, 1)))) if pn else "None."),
                 d.sec("CONSULTATIONS", pick(r, ["None.", "Physical therapy.", "Hospitalist medicine for medical management.", "Cardiology.", "Case management."])),
                 d.sec(pick(r, ["HISTORY OF PRESENT ILLNESS", "BRIEF HISTORY", "HISTORY"]), d.f(c["hpi"])),
                 d.sec("HOSPITAL COURSE", course_text(d), inline=False),
                 d.sec(pick(r, ["CONDITION ON DISCHARGE", "DISCHARGE CONDITION", "CONDITION"]), pick(r, ["Stable.", "Good.", "Improved.", "Fair, stable."])),
                 d.sec(pick(r, ["DISCHARGE MEDICATIONS", "MEDICATIONS AT DISCHARGE", "DISCHARGE MEDS"]), meds, inline=False),
                 d.sec(pick(r, ["DISPOSITION", "DISCHARGED TO"]), pick(r, ["Home.", "Home with home health nursing.", "Home with family.", "Transferred to %s for rehabilitation." % pick(r, SNFS)])),
                 d.sec(pick(r, ["FOLLOW-UP", "FOLLOWUP", "FOLLOW UP"]), "%s in %s." % (dname(d.md, 2), d.f(c["followup"]))),
                 sig_block(d, att), tx_footer(d, att)]
    elif L == 1:
        p1 = "%s is a %d-year-old %s who was admitted on %s %s %s." % (
            d.name(0), d.age, d.tok["sex"], adm, pick(r, ["with", "for"]), d.f(c["cc"]) if r.random() < 0.5 else d.dx().lower())
        parts = [pick(r, ["", letterhead(d, "hosp")]), pt_block(d, style=2),
                 "DATE OF ADMISSION: %s\nDATE OF DISCHARGE: %s" % (adm, dis),
                 d.wrapp(p1 + " " + d.f(c["hpi"])),
                 d.wrapp(course_text(d) + " " + pick(r, ["{He} was discharged in stable condition.", "At the time of discharge {he} was afebrile with stable vital signs.",
                                                           "{He} is discharged home today."]).format(**d.tok)),
                 d.wrapp("Discharge medications: " + d.meds_inline(True)) if r.random() < 0.5 else d.sec("DISCHARGE MEDICATIONS", meds, False),
                 d.wrapp("%s will follow up with me in %s. %s" % (d.tok["He"], d.f(c["followup"]), pick(r, ["Instructions were reviewed with the patient and family.", "Diet as tolerated.", "Activity as tolerated.", ""]))),
                 d.wrapp("FINAL DIAGNOSIS: " + d.dx()),
                 sig_block(d), tx_footer(d)]
    elif L == 2:
        parts = [letterhead(d, "hosp"), pick(r, ["CLINICAL RESUME", "DISCHARGE RESUME", "SUMMARY OF HOSPITALIZATION"]),
                 "Name: %s   Unit No: %s   Room: %d-%s\nAdm: %s   Disch: %s   Service: %s" % (d.name(1), d.mrn, r.randint(200, 699), pick(r, "AB"), adm, dis, d.specname().upper()),
                 d.sec(pick(r, ["PRINCIPAL DIAGNOSIS", "FINAL DIAGNOSIS"]), d.dx()),
                 d.sec("SECONDARY DIAGNOSES", ", ".join(d.pmh) or "None."),
                 d.sec(pick(r, ["OPERATIONS", "PRINCIPAL PROCEDURE"]), pn or "None."),
                 d.sec(pick(r, ["REASON FOR ADMISSION", "CHIEF COMPLAINT"]), d.f(c["cc"]).capitalize() + "."),
                 d.sec(pick(r, ["PERTINENT FINDINGS", "PHYSICAL FINDINGS ON ADMISSION"]), d.f(c["exam"])),
                 d.sec("LABORATORY", "Admission hemoglobin %.1f, white count %.1f, sodium %d, potassium %.1f, creatinine %.1f, glucose %d." % (
                     d.labs["hgb"], d.labs["wbc"], d.labs["na"], d.labs["k"], d.labs["cr"], d.labs["glu"])),
                 d.sec(pick(r, ["COURSE IN HOSPITAL", "HOSPITAL COURSE"]), course_text(d), inline=False),
                 d.sec(pick(r, ["DISCHARGE INSTRUCTIONS", "INSTRUCTIONS"]), " ".join(d.f(x) for x in c["instr"])),
                 d.sec("MEDICATIONS", meds, False), sig_block(d), tx_footer(d)]
    elif L == 3:
        parts = [letterhead(d, pick(r, ["asc", "hosp"])), pick(r, ["SHORT STAY SUMMARY", "OBSERVATION / 23 HOUR STAY SUMMARY", "SHORT STAY RECORD - SUMMARY"]),
                 pt_block(d, [("Date of Service", adm)], style=1),
                 "Diagnosis: %s\nProcedure: %s\nSurgeon: %s\nAnesthesia: %s" % (d.dx(), pn or "None", dname(d.md, 1), d.f(pick(r, c["op"]["anes"])) if c.get("op") else "N/A"),
                 d.wrapp("Course: " + pick(r, ["Uneventful.", "Patient kept overnight for pain control and observation; did well.", course_text(d)])),
                 "Discharged: %s   Condition: %s\nDischarge medications: %s\nFollow-up: %s" % (dis, pick(r, ["Good", "Stable", "Satisfactory"]), d.meds_inline(True), d.f(c["followup"])),
                 sig_block(d, kind=r.choice([0, 5]))]
    elif L == 4:
        parts = [pt_block(d, [("ADM", adm), ("DIS", dis)], style=0),
                 d.sec("REASON FOR ADMISSION", d.f(c["cc"]).capitalize() + ". " + d.f(c["hpi"])),
                 d.sec("PAST MEDICAL HISTORY", d.pmh_str()),
                 d.sec("ALLERGIES", d.allergy_str()),
                 d.sec("HOSPITAL COURSE", course_text(d), inline=False),
                 d.sec("PROCEDURES", pn or "None"),
                 d.sec("DIAGNOSES", ["%d. %s" % (i + 1, x) for i, x in enumerate(dxs)], inline=False),
                 d.sec("MEDICATIONS", meds, inline=False),
                 d.sec("FOLLOW-UP", "With %s in %s; primary care %s in 2-4 weeks." % (dname(d.md, 2), d.f(c["followup"]), dname(d.ref, 2))),
                 sig_block(d), tx_footer(d), pick(r, ["DS", "DIS SUM", "", "Discharge Summary"])]
    else:
        parts = [pick(r, ["Discharge Summary", "HOSPITAL DISCHARGE SUMMARY", d.hosp]),
                 "Patient: %s    MRN: %s    DOB: %s\nAdmit date: %s    Discharge date: %s\nAttending: %s    PCP: %s" % (
                     d.name(4), d.mrn, d.dob_s(), adm, dis, dname(att, 1), dname(d.ref, 1)),
                 "Principal problem: %s\nActive problems:\n%s" % (d.dx(), "\n".join("  - " + x for x in d.pmh) or "  - none"),
                 "Procedures this admission: %s" % (pn or "none"),
                 d.sec("Hospital Course", course_text(d), inline=False),
                 "Discharge condition: %s\nDischarge disposition: %s\nDiet: %s\nActivity: %s\nPending results at discharge: %s" % (
                     pick(r, ["stable", "improved", "good"]), pick(r, ["Home", "Home with services", "SNF"]),
                     pick(r, ["regular", "2 gram sodium, 1500 mL fluid restriction", "cardiac/ADA", "as tolerated"]),
                     pick(r, ["as tolerated", "no lifting > 10 lbs", "walker, WBAT"]), pick(r, ["none", "final pathology", "blood cultures"])),
                 "Discharge Medication List:\n" + "\n".join(d.meds_lines(style=1, include_new=True, numbered=False)),
                 "Follow-up appointments: %s - %s" % (dname(d.md, 1), d.f(c["followup"])), sig_block(d, att, kind=1)]
    return join(*parts)


def g_history_physical(d):
    r = d.rng
    c = d.case
    L = r.randrange(6)
    hpi = d.f(c["hpi"])
    if L in (0, 1):
        head = letterhead(d, "hosp") if L == 0 else ""
        title = pick(r, ["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL", "HISTORY & PHYSICAL EXAMINATION", "ADMISSION NOTE", ""])
        parts = [head, title, pt_block(d, [("ADMIT DATE", d.d()), ("ATTENDING", dname(d.md, 1))]),
                 d.sec("cc", d.f(c["cc"]).capitalize() + "."), d.sec("hpi", hpi, inline=False if r.random() < 0.5 else None),
                 d.sec("pmh", d.pmh_str()), d.sec("psh", d.psh_str()), d.sec("meds", d.meds_lines(), inline=False),
                 d.sec("all", d.allergy_str()), d.sec("sh", d.social()), d.sec("fh", d.family()), d.sec("ros", d.ros(), inline=False),
                 d.sec("pe", d.exam_full(), inline=False),
                 d.sec("data", "Hemoglobin %.1f, WBC %.1f, platelets %d. Sodium %d, potassium %.1f, BUN %d, creatinine %.1f, glucose %d." % (
                     d.labs["hgb"], d.labs["wbc"], d.labs["plt"], d.labs["na"], d.labs["k"], d.labs["bun"], d.labs["cr"], d.labs["glu"])) if r.random() < 0.7 else "",
                 d.sec("imp", ["1. " + d.dx()] + ["%d. %s" % (i + 2, x) for i, x in enumerate(d.pmh[:3])], inline=False),
                 d.sec("plan", d.f(c["plan"])), sig_block(d), tx_footer(d)]
    elif L == 2:
        parts = [letterhead(d, "asc"), pick(r, ["PRE-OPERATIVE HISTORY AND PHYSICAL", "PREOPERATIVE H&P", "PRE-PROCEDURE HISTORY & PHYSICAL"]),
                 pt_block(d, [("Surgery date", d.d(d.days(r.randint(1, 14))))], style=1),
                 "Planned procedure: %s\nSurgeon: %s" % (proc_name(d) or "Evaluation", dname(d.md, 1)),
                 d.sec("Indications", hpi), d.sec("Medical history", d.pmh_str()), d.sec("Surgical history", d.psh_str()),
                 d.sec("Medications", d.meds_inline()), d.sec("Allergies", d.allergy_str()),
                 d.sec("Anesthesia history", pick(r, ["No problems with prior anesthesia.", "Postoperative nausea with previous surgery.", "No personal or family history of malignant hyperthermia."])),
                 "Airway: Mallampati %s    ASA class: %s" % (pick(r, ["I", "II", "III"]), pick(r, ["I", "II", "II", "III"])),
                 "Heart: %s   Lungs: %s" % ("irregular" if c.get("afib") else "RRR", pick(r, ["clear", "CTA", "clear bilaterally"])),
                 d.sec("Exam", d.f(c["exam"])),
                 "Assessment: %s. Patient is an appropriate candidate for the planned procedure. Risks, benefits and alternatives discussed and consent signed." % d.dx(),
                 sig_block(d, kind=r.choice([0, 5]))]
    elif L == 3:
        parts = [pick(r, ["", letterhead(d)]), pick(r, ["HISTORY:", "H&P"]) + " " + d.name(0) + "  " + d.d(),
                 d.wrapp("%s is a %d-year-old %s admitted for %s. %s" % (d.name(0), d.age, d.tok["sex"], d.dx().lower(), hpi)),
                 d.wrapp("Past history is significant for %s. Surgeries: %s Medications: %s Allergies: %s %s" % (
                     ", ".join(d.pmh).lower() or "nothing of note", d.psh_str(), d.meds_inline(), d.allergy_str(), d.social())),
                 "PHYSICAL EXAMINATION:", d.wrapp(d.vitals_line(0) + " " + " ".join(x.split(": ", 1)[-1] for x in d.exam_full(brief=True)[2:])),
                 d.wrapp("IMPRESSION: " + d.dx() + ". " + d.f(c["plan"])), sig_block(d), tx_footer(d)]
    elif L == 4:
        cb = lambda v=None: checkbox(r, v)
        parts = [letterhead(d, pick(r, ["asc", "hosp"])), pick(r, ["H&P INTERVAL UPDATE / SHORT FORM", "SHORT FORM HISTORY & PHYSICAL", "Ambulatory Surgery History and Physical"]),
                 pt_block(d, style=0),
                 "Diagnosis: " + d.dx() + "\nProcedure planned: " + (proc_name(d) or ""),
                 "History of present illness:\n" + d.wrapp(hpi),
                 "%s Hypertension  %s Diabetes  %s CAD  %s COPD/asthma  %s Bleeding disorder  %s Sleep apnea" % (
                     cb("htn" in d.comorb), cb("dm" in d.comorb), cb("cad" in d.comorb), cb("asthma" in d.comorb), cb(False), cb(False)),
                 "Medications: " + d.meds_inline() + "\nAllergies: " + d.allergy_str(),
                 "EXAM  %s\nHeart: %s  Lungs: %s  Mental status: %s\nOther: %s" % (d.vitals_line(1), "irreg" if c.get("afib") else "RRR", "clear", "alert", d.f(c["exam"])),
                 "%s H&P reviewed, no changes    %s Changes as noted above" % (cb(True), cb(False)),
                 "Plan: Proceed as scheduled.", sig_block(d, kind=5)]
    else:
        ex = d.exam_full(brief=True)
        parts = [pick(r, ["Admit note", "ADMISSION H&P", "Admission Note - %s" % d.specname()]) + "   " + d.d() + " " + ftime(r),
                 "CC: " + d.f(c["cc"]),
                 "HPI: " + d.wrapp("%dyo %s w/ PMH %s p/w %s. %s" % (d.age, "M" if d.sex == "M" else "F", "/".join(d.pmh) or "none", d.f(c["cc"]), hpi)),
                 "PMH: " + ("; ".join(d.pmh) or "none") + "\nPSH: " + d.psh_str() + "\nMeds: " + d.meds_inline() + "\nAll: " + d.allergy_str() + "\nSH: " + d.social(),
                 "PE: " + d.vitals_line(1) + "\n" + "\n".join(ex[2:]),
                 "Labs: %.1f>%.1f<%d   %d|%d|%d<%d  %.1f|%d|%.1f" % (d.labs["wbc"], d.labs["hgb"], d.labs["plt"], d.labs["na"], d.labs["cl"], d.labs["bun"], d.labs["glu"], d.labs["k"], d.labs["co2"], d.labs["cr"]),
                 "A/P: " + d.dx() + "\n" + "\n".join("- " + x for x in [d.f(c["plan"]), "DVT prophylaxis", "Full code" if r.random() < 0.8 else "DNR per patient wishes"]),
                 "-- " + dname(d.md, 4)]
    return join(*parts)


def interval_text(d):
    r = d.rng
    c = d.case
    pn = proc_name(d)
    if pn and c.get("op") and r.random() < 0.6:
        wk = r.randint(1, 8)
        return ("%s returns %d week%s status post %s. %s" % (d.tok["pt"], wk, "s" if wk > 1 else "", pn[0].lower() + pn[1:],
                pick(r, ["{He} is doing well with minimal discomfort.", "{He} has some soreness but is improving steadily.",
                         "{He} reports no fevers, chills or drainage from the incision.", "{He} has stopped the pain medication."]))).format(**d.tok), "postop"
    if c["setting"] == "inpt":
        return ("%s is seen today in follow-up after %s recent hospitalization for %s. %s" % (d.tok["pt"], d.tok["his"], d.dx().lower(), pick(r, [
            "{He} is feeling much better.", "{He} has completed the medications prescribed at discharge.", "{He} has no new complaints."]))).format(**d.tok), ("postop" if c.get("op") else "hosp")
    return ("%s is seen today in follow-up of %s. %s" % (d.tok["pt"], d.dx().lower(), pick(r, [
        "Since the last visit {he} reports improvement.", "{He} states symptoms are about the same.", "{He} has been compliant with the medications.",
        "{He} has no new complaints.", "{He} had a recent flare but is better now."]))).format(**d.tok), "fu"


def fu_exam(d, kind):
    if kind == "hosp":
        return pick(d.rng, ["Lungs are clear. Heart regular. No edema.", "Much improved compared with admission. No acute distress.",
                            "Alert, comfortable. Chest with scattered rhonchi only. Extremities without edema."])
    return d.f(d.case["exam"])


def g_progress_note(d):
    r = d.rng
    c = d.case
    L = r.randrange(6)
    it, kind = interval_text(d)
    if L == 0:  # inpatient SOAP
        pod = r.randint(1, 4)
        parts = [pick(r, ["PROGRESS NOTE", "Progress Note", "", "%s Progress Note" % d.specname()]) + "   " + d.d(d.days(pod)) + "  " + ftime(r),
                 pick(r, ["Hospital day #%d" % (pod + 1), "POD #%d" % pod, "HD %d" % (pod + 1)]),
                 "S: " + pick(r, ["Feels better today. Pain controlled. Tolerating diet.", "Slept poorly, some nausea overnight. No CP/SOB.",
                                  "No complaints. Ambulating in hall.", "Pain 4/10. Passing flatus. Voiding."]),
                 "O: " + d.vitals_line(1) + "\n   " + pick(r, ["Incision C/D/I.", "Lungs clear, heart RRR.", "Dressing dry, NV intact distally.", "Abd soft, appropriately tender."]) +
                 "\n   Labs: Hgb %.1f, K %.1f, Cr %.1f" % (d.labs["hgb"], d.labs["k"], d.labs["cr"]),
                 "A: " + d.dx() + (", POD#%d, stable" % pod if c.get("op") else ", improving"),
                 "P: " + pick(r, ["Continue current management. Advance activity.", "PT/OT. Anticipate discharge in 1-2 days.", "Continue IV abx, recheck labs in AM.",
                                  "D/C Foley. Saline lock IV. Home tomorrow if stable."]),
                 pick(r, ["-" + dname(d.md, 4), dname(d.md, 2), d.md["last"] + " " + d.md["cred"].replace(".", "")])]
    elif L == 1:  # dictated office note
        parts = [letterhead(d), pick(r, ["OFFICE VISIT", "FOLLOW-UP VISIT", "OFFICE NOTE", "RETURN VISIT", ""]),
                 pt_block(d, [("DATE OF VISIT", d.d())], style=r.randrange(4)),
                 d.sec(pick(r, ["SUBJECTIVE", "INTERVAL HISTORY", "HISTORY"]), it),
                 d.sec("meds", d.meds_inline(True)) if r.random() < 0.6 else "",
                 d.sec(pick(r, ["OBJECTIVE", "PHYSICAL EXAMINATION", "EXAM"]), d.vitals_line(3) + " " + (
                     pick(r, ["The incision is well healed without erythema or drainage.", "Wounds are clean and dry; sutures removed, Steri-Strips applied.", "Healing well."]) if kind == "postop" else fu_exam(d, kind))),
                 d.sec("imp", d.dx() + (", status post surgery, doing well." if kind == "postop" else ".")),
                 d.sec("plan", pick(r, ["Return in %s." % pick(r, ["6 weeks", "3 months", "4 weeks", "6 months"]), "Continue present treatment and return as needed.",
                                        "Begin physical therapy. Recheck in 4 weeks.", "Follow up in %s." % d.f(c["followup"])])),
                 sig_block(d), tx_footer(d)]
    elif L == 2:  # narrative with no headings
        p = ["%s  %s" % (d.name(1), d.d()), ""]
        p.append(d.wrapp(it + " " + pick(r, ["On examination today", "Exam today:", "Examination reveals"]) + " " + d.vitals_line(3).lower() + " " +
                         (fu_exam(d, kind) if kind != "postop" else "The wounds are healing nicely.") + " " +
                         "Impression is %s. %s" % (d.dx().lower(), pick(r, ["I have asked {him} to return in 6 weeks.", "We will see {him} back in three months or sooner if needed.",
                                                                              "Continue current medications. Recheck in 1 month."]).format(**d.tok))))
        parts = ["\n".join(p), sig_block(d, kind=r.choice([2, 3, 6])), tx_footer(d)]
    elif L == 3:  # postop visit form
        parts = [letterhead(d), pick(r, ["POSTOPERATIVE VISIT", "POST-OP CHECK", "Postoperative Follow-up"]),
                 "Patient: %s     Date: %s" % (d.name(0), d.d()),
                 "Procedure: %s   Date of surgery: %s" % (proc_name(d) or d.dx(), d.d(d.days(-r.randint(7, 21)))),
                 "Complaints: " + pick(r, ["None.", "Mild soreness.", "Itching at incision.", "Some swelling at end of day."]),
                 "Incision: %s   Sutures/staples: %s" % (pick(r, ["healed", "clean, dry, intact", "mild erythema, no drainage"]), pick(r, ["removed", "N/A", "removed, steri-strips applied"])),
                 "Pathology reviewed with patient: %s" % (d.f(c["path"]["brief"]) if c.get("path") else "N/A"),
                 "Plan: " + pick(r, ["Resume normal activity gradually.", "PT 2-3x/week.", "Return in 6 weeks.", "Follow up PRN."]),
                 sig_block(d, kind=r.choice([0, 5]))]
    elif L == 4:  # chart note multi entry
        entries = []
        for i in range(r.randint(2, 4)):
            dd = d.days(-r.randint(10, 200) * (3 - i))
            entries.append("%s  %s" % (fdate(dd, 1), d.wrapp(pick(r, [
                "Pt here for recheck. Doing well. Cont meds. RTC 3 mo.", "Seen for " + d.dx().lower() + ". " + d.vitals_line(1) + ". Plan: continue, f/u prn.",
                "Phone: pt called re meds, refill x1 authorized.", "Reviewed test results with pt. Questions answered.", it]))) + "  /" + d.md["last"][:3].lower())
        parts = [pick(r, ["CHART NOTES", "PROGRESS NOTES", d.group]), "%s   DOB %s" % (d.name(4), d.dob_s()), "\n\n".join(entries)]
    else:  # SOAP office
        parts = [pick(r, ["", letterhead(d)]), "%s   %s   %s" % (d.d(), d.name(0), pick(r, ["Follow-up", "Est. patient", "F/U visit"])),
                 d.sec("cc", pick(r, ["Follow-up.", d.f(c["cc"]).capitalize() + ", follow-up."])),
                 "S: " + d.wrapp(it), "O: " + d.vitals_line(1) + "\n" + d.wrapp(fu_exam(d, kind) if kind != "postop" else "Incisions healing well."),
                 "A: " + d.dx(), "P: " + d.wrapp(pick(r, ["Continue current plan.", d.f(c["plan"]), "Refill meds. RTC %s." % pick(r, ["3 months", "6 weeks", "1 year"])])),
                 sig_block(d, kind=r.choice([1, 4, 6]))]
    return join(*parts)


def g_consult_note(d):
    r = d.rng
    c = d.case
    L = r.randrange(6)
    hpi = d.f(c["hpi"])
    ref = d.ref
    ims = d.imaging()
    imtxt = " ".join("%s showed %s" % (im[1].lower().capitalize(), im[3][0].lower() + im[3][1:]) for im in ims) if ims else ""
    if L == 0:  # hospital consultation
        parts = [letterhead(d, "hosp"), pick(r, ["CONSULTATION", "CONSULTATION REPORT", "Consultation", "%s CONSULTATION" % d.specname().upper()]),
                 pt_block(d, [("DATE", d.d()), ("REQUESTING PHYSICIAN", dname(pick(r, d.w.hosps + d.w.eds), 1)), ("CONSULTANT", dname(d.md, 1))]),
                 d.sec(pick(r, ["REASON FOR CONSULTATION", "REASON FOR CONSULT", "CONSULTATION REQUESTED FOR"]), d.f(c["cc"]).capitalize() + "."),
                 d.sec("hpi", hpi), d.sec("pmh", d.pmh_str()), d.sec("psh", d.psh_str()), d.sec("meds", d.meds_inline()), d.sec("all", d.allergy_str()),
                 d.sec("sh", d.social()), d.sec("fh", d.family()), d.sec("ros", d.ros()), d.sec("pe", d.exam_full(), inline=False),
                 d.sec("data", imtxt) if imtxt else "",
                 d.sec("imp", d.dx()), d.sec(pick(r, ["RECOMMENDATIONS", "PLAN"]), d.f(c["plan"])),
                 "Thank you for this consultation. We will follow along with you." if r.random() < 0.6 else "",
                 sig_block(d), tx_footer(d)]
    elif L == 1:  # consult letter
        sal = pick(r, ["Dear Dr. %s:" % ref["last"], "Dear %s:" % ref["first"], "Dear Dr. %s," % ref["last"]])
        opening = pick(r, ["Thank you for referring %s, a %d-year-old %s, for evaluation of %s." % (d.name(0), d.age, d.tok["sex"], d.f(c["cc"])),
                           "I had the pleasure of seeing your patient, %s, in consultation today regarding %s." % (d.name(0), d.f(c["cc"])),
                           "As you know, %s is a %d-year-old %s whom I saw today at your request." % (d.name(0), d.age, d.tok["sex"])])
        parts = [letterhead(d), d.d(style=2), "%s\n%s\n%s\n%s, %s" % (dname(ref, 1), ref["practice"], "%d %s Street" % (r.randrange(100, 900), pick(r, STREETS)), d.city, d.state),
                 "RE: %s\nDOB: %s" % (d.name(0), d.dob_s()), sal, d.wrapp(opening + " " + hpi),
                 d.wrapp("Past medical history includes %s. Medications: %s Allergies: %s" % (", ".join(d.pmh).lower() or "no significant illnesses", d.meds_inline(), d.allergy_str())),
                 d.wrapp("On examination, %s %s" % (d.vitals_line(3)[0].lower() + d.vitals_line(3)[1:], d.f(c["exam"]))),
                 d.wrapp(imtxt) if imtxt else "",
                 d.wrapp("IMPRESSION: %s\n\nPLAN: %s" % (d.dx(), d.f(c["plan"]))) if r.random() < 0.6 else d.wrapp("My impression is %s. %s" % (d.dx().lower(), d.f(c["plan"]))),
                 d.wrapp(pick(r, ["Thank you for allowing me to participate in the care of this pleasant patient. I will keep you informed of %s progress." % d.tok["his"],
                                  "Thank you for this kind referral. Please do not hesitate to call with any questions.",
                                  "Thanks again for the referral."])),
                 pick(r, ["Sincerely,", "Sincerely yours,", "With kind regards,", "Best regards,"]) + sig_block(d, kind=r.choice([0, 3, 6])), tx_footer(d, cc=False)]
    elif L == 2:  # new patient evaluation
        parts = [letterhead(d), pick(r, ["NEW PATIENT EVALUATION", "INITIAL CONSULTATION", "NEW PATIENT CONSULT", "INITIAL OFFICE VISIT"]),
                 pt_block(d, [("Date", d.d()), ("Referring", dname(ref, 1))], style=r.randrange(4)),
                 d.sec(pick(r, ["REASON FOR REFERRAL", "REFERRAL DIAGNOSIS", "cc"]), d.f(c["cc"]).capitalize()),
                 d.sec("hpi", hpi), d.sec("pmh", d.pmh_str()), d.sec("meds", d.meds_lines(), inline=False), d.sec("all", d.allergy_str()),
                 d.sec("sh", d.social()), d.sec("pe", d.exam_full(brief=True), inline=False),
                 d.sec(pick(r, ["X-RAYS", "IMAGING", "STUDIES REVIEWED"]), imtxt) if imtxt else "",
                 d.sec("ap", d.dx() + ". " + d.f(c["plan"])), sig_block(d), tx_footer(d)]
    elif L == 3:  # narrative, few headings
        parts = [pick(r, [letterhead(d), ""]), "%s\n%s" % (d.name(0), d.d()),
                 d.wrapp("%s is seen in %s consultation at the request of %s for %s. %s" % (d.name(0), d.specname().lower(), dname(ref, 2), d.f(c["cc"]), hpi)),
                 d.wrapp("Medical history: %s  Surgery: %s  Current medications: %s  Allergies: %s  Social: %s" % (d.pmh_str(), d.psh_str(), d.meds_inline(), d.allergy_str(), d.social())),
                 d.wrapp("Examination: " + d.vitals_line(0) + " " + d.f(c["exam"])),
                 d.wrapp(imtxt) if imtxt else "",
                 d.wrapp("Assessment: %s.\nRecommendation: %s" % (d.dx(), d.f(c["plan"]))), sig_block(d), tx_footer(d)]
    elif L == 4:  # brief inpatient consult note
        parts = [pick(r, ["%s consult" % d.specname(), "Consult Note", "CONSULT"]) + " - " + d.d() + " " + ftime(r),
                 "Asked by %s to see pt re: %s" % (dname(pick(r, d.w.hosps + d.w.eds), 2), d.f(c["cc"])),
                 "HPI: " + d.wrapp(hpi), "PMH: " + d.pmh_str() + "  Meds: " + d.meds_inline() + "  All: " + d.allergy_str(),
                 "Exam: " + d.vitals_line(1) + "\n" + d.wrapp(d.f(c["exam"])),
                 "Imp: " + d.dx(), "Rec:\n" + "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate([d.f(c["plan"]), "Will follow.", "Thank you for the consult."])),
                 "-" + dname(d.md, 4) + " " + pick(r, ["pager 4%03d" % r.randrange(1000), "x%04d" % r.randrange(10000), ""])]
    else:  # second opinion / specialist letter with numbered recs
        parts = [letterhead(d), d.d(style=2), "Re: %s  (DOB %s)" % (d.name(3), d.dob_s()),
                 pick(r, ["To: ", "Attn: "]) + dname(ref, 1),
                 d.wrapp("%s was seen today for %s opinion regarding %s." % (d.tok["pt"], pick(r, ["a second", "an", "a specialist"]), d.f(c["cc"]))),
                 d.sec("HISTORY", hpi), d.sec("FINDINGS", d.f(c["exam"]) + (" " + imtxt if imtxt else "")),
                 d.sec("DIAGNOSIS", d.dx()),
                 d.sec("RECOMMENDATIONS", ["1. " + d.f(c["plan"]), "2. Continue current medications: " + d.meds_inline(), "3. Follow-up: " + d.f(c["followup"]) + "."], inline=False),
                 sig_block(d, kind=r.choice([0, 1, 6])), tx_footer(d)]
    return join(*parts)


OP_OPEN = ["The patient was brought to the operating room and placed supine on the operating table.",
           "After informed consent was obtained, the patient was taken to the operating room.",
           "The patient was identified in the holding area, the operative site was marked and consent verified. {He} was brought to the operating suite.",
           "The patient was brought back to OR #%d and positioned appropriately."]
OP_ANES = ["{anes} anesthesia was induced without difficulty.", "After satisfactory induction of {anes} anesthesia,",
           "{anes} anesthesia was administered by the anesthesia service.", "Following the administration of {anes} anesthesia,"]
OP_PREP = ["The {area} was prepped and draped in the usual sterile fashion.", "The {area} was then prepped with Betadine and draped sterilely.",
           "A standard surgical prep and drape was performed.", "The operative field was prepped with DuraPrep and draped in sterile fashion."]
OP_TIMEOUT = ["A time-out was performed confirming the correct patient, procedure and site.", "Time out was called and all agreed.",
              "Surgical pause/time-out completed."]
OP_CLOSE = ["Sponge, needle and instrument counts were correct at the end of the case.", "All counts were correct x2.",
            "The patient tolerated the procedure well and was taken to the recovery room in stable condition.",
            "{He} was awakened, extubated in the operating room and transferred to PACU in satisfactory condition.",
            "There were no complications. The patient left the operating room in good condition."]


def op_description(d, op):
    r = d.rng
    anes = d.f(pick(r, op["anes"]))
    area = "%s %s" % (d.side, pick(r, ["extremity", "area", "surgical site"])) if "{side}" in op["name"] or "{Side}" in op["name"] else "operative area"
    s0 = pick(r, OP_OPEN)
    s = [s0 % r.randint(1, 8) if "%d" in s0 else s0]
    a = pick(r, OP_ANES).format(anes=anes[0].upper() + anes[1:])
    if a.endswith(","):
        a = a + " " + pick(r, ["the patient was positioned and padded.", "preoperative antibiotics (%s) were given." % d.abx()])
    s.append(a)
    if r.random() < 0.6:
        s.append("Preoperative antibiotic, %s, was given prior to incision." % d.abx())
    s.append(pick(r, OP_PREP).format(area=area))
    if d.year >= 2004 or r.random() < 0.3:
        s.append(pick(r, OP_TIMEOUT))
    s.append(d.f(op["steps"]))
    s.append(pick(r, OP_CLOSE[:2]))
    s.append(pick(r, OP_CLOSE[2:]))
    return d.f(" ".join(s))


def g_operative_note(d):
    r = d.rng
    c = d.case
    op = c["op"]
    L = r.randrange(6)
    name = d.f(op["name"])
    pre = d.dx()
    post = pick(r, ["Same.", "Same as above.", pre]) if r.random() < 0.6 else pre
    asst = pick(r, ["None.", "%s, PA-C" % pick(r, DOC_FIRST) + " " + pick(r, LAST), dname(pick(r, d.w.docs[d.spec]), 1), "%s, RNFA" % (pick(r, NURSE_F) + " " + pick(r, LAST))])
    anes = d.f(pick(r, op["anes"]))
    anes = anes[0].upper() + anes[1:]
    anesd = dname(pick(r, d.w.anes), 1)
    desc = op_description(d, op)
    loc = d.hosp if c["setting"] == "inpt" else d.asc
    fields = [("PREOPERATIVE DIAGNOSIS", pre), ("POSTOPERATIVE DIAGNOSIS", post), ("PROCEDURE", name), ("SURGEON", dname(d.md, 1)),
              ("ASSISTANT", asst), ("ANESTHESIA", anes), ("ANESTHESIOLOGIST", anesd), ("ESTIMATED BLOOD LOSS", op["ebl"]),
              ("FLUIDS", "%d mL crystalloid" % (r.randrange(4, 20) * 100)), ("DRAINS", d.f(op["drains"])), ("SPECIMENS", d.f(op["specimen"])),
              ("IMPLANTS", d.f(op["implants"])), ("COMPLICATIONS", pick(r, ["None.", "None apparent.", "None"])),
              ("TOURNIQUET TIME", "%d minutes" % r.randint(40, 95)) if "tourniquet" in op["steps"].lower() else None]
    fields = [f for f in fields if f]
    ind = d.wrapp(pick(r, ["INDICATIONS: ", "INDICATIONS FOR PROCEDURE: ", "HISTORY: ", "INDICATION: "]) +
                  "%s %s The risks, benefits and alternatives were discussed in detail and informed consent was obtained." % (
                      "This is a %d-year-old %s with %s." % (d.age, d.tok["sex"], pre.lower()), d.f(c["plan"]).split(".")[0] + "."))
    if L == 0:
        parts = [letterhead(d, "hosp" if c["setting"] == "inpt" else "asc"), pick(r, ["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION"]),
                 pt_block(d, [("DATE OF SURGERY", d.d())]),
                 "\n".join(d.sec(k, v, inline=True) for k, v in fields), ind,
                 d.sec(pick(r, ["FINDINGS", "OPERATIVE FINDINGS"]), d.f(op["findings"])),
                 d.sec(pick(r, ["DESCRIPTION OF PROCEDURE", "PROCEDURE IN DETAIL", "DESCRIPTION OF OPERATION", "TECHNIQUE"]), desc, inline=False),
                 sig_block(d), tx_footer(d)]
    elif L == 1:
        parts = [pick(r, ["", letterhead(d, "asc")]), pt_block(d, style=1) + "\nDATE: " + d.d() + "\nLOCATION: " + loc,
                 "PREOPERATIVE DIAGNOSES:\n1. " + pre + ("\n2. " + d.pmh[0] if d.pmh and r.random() < 0.4 else ""),
                 "POSTOPERATIVE DIAGNOSES:\n1. " + pre,
                 "OPERATION PERFORMED:\n1. " + name,
                 "SURGEON: %s\nANESTHESIA: %s\nEBL: %s\nCOMPLICATIONS: None" % (dname(d.md, 1), anes, op["ebl"]),
                 d.sec("FINDINGS", d.f(op["findings"]), False), d.sec("PROCEDURE", desc, False),
                 sig_block(d, kind=r.choice([0, 2, 3])), tx_footer(d)]
    elif L == 2:  # brief op note (handwritten transcribed)
        parts = [pick(r, ["BRIEF OPERATIVE NOTE", "Brief Op Note", "IMMEDIATE POST-OP NOTE", "OR NOTE"]) + "   " + d.d() + " " + ftime(r),
                 "\n".join("%s: %s" % (k.title() if r.random() < 0.5 else k, v) for k, v in [
                     ("Pre-op dx", pre), ("Post-op dx", "same"), ("Procedure", name), ("Surgeon", dname(d.md, 2)), ("Asst", asst),
                     ("Anesth", anes), ("EBL", op["ebl"]), ("Fluids", "%d cc LR" % (r.randrange(4, 20) * 100)), ("UOP", pick(r, ["N/A", "%d cc" % r.randrange(50, 400)])),
                     ("Specimens", d.f(op["specimen"])), ("Drains", d.f(op["drains"])), ("Findings", d.f(op["findings"])), ("Complications", "none"),
                     ("Condition", pick(r, ["stable to PACU", "good, to recovery", "stable"]))]),
                 "-" + dname(d.md, 4)]
    elif L == 3:  # narrative style
        parts = [letterhead(d, "hosp" if c["setting"] == "inpt" else "asc"), "%s\n%s\nMR# %s" % (pick(r, ["OPERATION", "SURGICAL REPORT", "OPERATIVE PROCEDURE"]), d.name(1), d.mrn),
                 "DATE OF OPERATION: %s\nSURGEON: %s\nOPERATION: %s" % (d.d(), dname(d.md, 0), name),
                 ind, d.wrapp("FINDINGS: " + d.f(op["findings"])),
                 d.wrapp("PROCEDURE: " + desc), d.wrapp("The patient's estimated blood loss was %s. %s" % (op["ebl"], "Specimen sent: " + d.f(op["specimen"]) + "." if op["specimen"] != "None" else "No specimens.")),
                 sig_block(d), tx_footer(d)]
    elif L == 4:  # table-like header
        rows = [("Patient", d.name(4)), ("MRN", d.mrn), ("Date of Procedure", d.d()), ("Surgeon", dname(d.md, 1)), ("Assistant", asst),
                ("Anesthesia", anes + " (" + anesd + ")"), ("Procedure(s)", name + " [CPT " + op["cpt"] + "]"), ("Diagnosis", pre + " [" + c["icd"] + "]")]
        parts = [pick(r, ["Operative Report", "SURGICAL PROCEDURE REPORT", d.asc]), "\n".join("%-20s %s" % (k + ":", v) for k, v in rows),
                 d.sec("Indications", d.f(c["hpi"]).split(". ")[0] + ". " + d.f(c["plan"])),
                 d.sec("Findings", d.f(op["findings"])), d.sec("Description", desc, False),
                 d.sec("Specimens", d.f(op["specimen"])), d.sec("Implants", d.f(op["implants"])), "EBL: %s    Complications: none    Disposition: PACU, stable" % op["ebl"],
                 sig_block(d, kind=1)]
    else:  # numbered diagnoses, no title
        parts = [pt_block(d, [("DOS", d.d()), ("SURGEON", dname(d.md, 1))], style=0),
                 "PREOPERATIVE DIAGNOSIS: " + pre, "POSTOPERATIVE DIAGNOSIS: " + post, "NAME OF PROCEDURE: " + name,
                 "ANESTHESIA: " + anes, "INDICATIONS: " + d.wrapp(d.f(c["hpi"])),
                 d.wrapp("DESCRIPTION: " + desc), d.wrapp("FINDINGS: " + d.f(op["findings"])),
                 "DISPOSITION: " + pick(r, ["Discharge home when criteria met.", "Admit to floor.", "PACU then home.", "To recovery room in stable condition."]),
                 sig_block(d), tx_footer(d)]
    return join(*parts)


def proc_parts(d, kind):
    """Return dict: ind, sed, desc, find, imp, rec for a bedside/diagnostic procedure."""
    r = d.rng
    c = d.case
    sed_cs = pick(r, ["Demerol %d mg and Versed %d mg IV in divided doses" % (r.choice([25, 50, 75]), r.choice([2, 3, 4, 5])),
                      "fentanyl %d mcg and midazolam %d mg IV" % (r.choice([50, 75, 100]), r.choice([2, 3, 4])),
                      "propofol per anesthesia (MAC)" if d.year >= 2005 else "Demerol 50 mg and Versed 3 mg IV"])
    side = d.side
    if kind == "colonoscopy":
        polyp = c["key"] == "colon"
        find = ("A %d mm sessile polyp in the sigmoid colon at %d cm, removed with hot snare and retrieved. Small internal hemorrhoids. Scattered sigmoid diverticula." % (
            r.choice([6, 8, 9, 12]), r.randint(20, 35))) if polyp else "Normal colonic mucosa to the cecum. Small internal hemorrhoids."
        return dict(ind=d.f(c["cc"]).capitalize() + ("; family history of colon cancer" if polyp else ""), sed=sed_cs,
                    desc="After informed consent, the patient was placed in the left lateral decubitus position. Digital rectal examination was normal. The %s colonoscope was inserted and advanced under direct vision to the cecum, identified by the appendiceal orifice and ileocecal valve%s. The preparation was %s. The scope was withdrawn slowly with careful inspection of the mucosa, and retroflexion was performed in the rectum." % (
                        pick(r, ["Olympus CF-140L", "adult", "pediatric variable stiffness", "video"]), pick(r, ["", ", and the terminal ileum was intubated"]), pick(r, ["good", "excellent", "fair with some liquid stool which was suctioned"])),
                    find=find, imp=("Sigmoid colon polyp, removed. Internal hemorrhoids. Diverticulosis." if polyp else "Normal colonoscopy."),
                    rec="Await pathology. " + ("Repeat colonoscopy in 3-5 years depending on histology." if polyp else "Repeat screening colonoscopy in 10 years."))
    if kind == "egd":
        if c["key"] == "ugib":
            find = "A 1.2 cm clean-based to visible-vessel ulcer in the posterior duodenal bulb with a nonbleeding visible vessel. Old blood in the stomach. Antral erythema; CLO biopsies taken. Esophagus normal."
            desc_x = " The visible vessel was injected with 8 mL of 1:10,000 epinephrine in four quadrants followed by bipolar coagulation with good effect."
            imp = "Duodenal bulb ulcer with nonbleeding visible vessel, treated endoscopically. Antral gastritis."
            rec = "IV proton pump inhibitor, avoid NSAIDs, H. pylori treatment if biopsy positive, follow hemoglobin."
        else:
            find = "Irregular Z-line with a 2 cm tongue of salmon-colored mucosa, biopsied. Schatzki ring at 38 cm, dilated with a %d French Maloney dilator with minimal heme. Small hiatal hernia. Stomach and duodenum normal." % r.choice([48, 50, 54])
            desc_x = ""
            imp = "Short segment suspected Barrett esophagus, biopsied. Schatzki ring, dilated. Small hiatal hernia."
            rec = "PPI daily. Await biopsies. Repeat EGD for surveillance per pathology."
        return dict(ind=d.f(c["cc"]).capitalize(), sed=sed_cs + "; Cetacaine spray to the oropharynx",
                    desc="The patient was placed in the left lateral decubitus position. The video gastroscope was passed easily into the esophagus and advanced through the stomach to the second portion of the duodenum. Retroflexion in the stomach was performed." + desc_x,
                    find=find, imp=imp, rec=rec)
    if kind == "cath":
        return dict(ind="Unstable angina with positive stress perfusion study", sed="Versed 2 mg, fentanyl 50 mcg IV; 2% lidocaine local",
                    desc="The right groin was prepped and draped. Using modified Seldinger technique a 6 French sheath was placed in the right femoral artery. Selective left and right coronary angiography was performed with 6 French JL4 and JR4 catheters in multiple views. Left ventriculography was performed in the RAO projection with a pigtail catheter. Following diagnostic angiography, heparin was given and the LAD lesion was wired, predilated and stented with a 3.0 x 18 mm drug-eluting stent deployed at 14 atm, with 0% residual stenosis and TIMI 3 flow. The sheath was removed and hemostasis obtained with a closure device.",
                    find="HEMODYNAMICS: Ao 138/74, LV 138/14.\nLEFT MAIN: Normal.\nLAD: 90%% proximal stenosis before the first diagonal. Mid and distal vessel with mild irregularities.\nCIRCUMFLEX: 30%% mid stenosis.\nRCA: Dominant with 40%% mid disease.\nLV GRAM: Apical hypokinesis, EF %d%%. No mitral regurgitation." % r.randint(48, 55),
                    imp="Single-vessel coronary artery disease with critical proximal LAD stenosis, successfully treated with PCI/stent. Preserved LV function.",
                    rec="Aspirin indefinitely and clopidogrel for at least 12 months. Aggressive risk factor modification. Cardiac rehabilitation.")
    if kind == "tee_cv":
        return dict(ind="Atrial fibrillation of >48 hours duration", sed="Versed 3 mg IV, topical Cetacaine; propofol for cardioversion per anesthesia",
                    desc="The TEE probe was passed without difficulty. Multiplane images were obtained. Following TEE, synchronized DC cardioversion was performed with pads in the anterior-posterior position using a single 200 joule biphasic shock.",
                    find="No thrombus in the left atrium or left atrial appendage. LAA emptying velocity 32 cm/sec. Moderate LA enlargement. Mild MR. No PFO by color Doppler. Mild aortic atheroma. Successful conversion to normal sinus rhythm at 68 bpm.",
                    imp="No left atrial thrombus. Successful DC cardioversion to sinus rhythm.",
                    rec="Continue warfarin for at least 4 weeks with INR 2-3. Continue rate control agents.")
    if kind == "bronch":
        return dict(ind="Right upper lobe nodule, suspected malignancy", sed="Versed 4 mg and fentanyl 100 mcg IV; 4% lidocaine topical, 1% lidocaine via scope",
                    desc="The flexible bronchoscope was introduced through the %s and passed through the vocal cords, which moved normally. The tracheobronchial tree was examined to the subsegmental level bilaterally. Under fluoroscopic guidance, transbronchial biopsies x5 were obtained from the posterior segment of the right upper lobe. Washings were obtained. Fluoroscopy after the procedure showed no pneumothorax." % pick(r, ["right naris", "mouth via bite block"]),
                    find="Normal larynx and trachea. Mild diffuse erythema and friability of the RUL posterior segment orifice with extrinsic narrowing. No endobronchial lesion. Moderate thin secretions.",
                    imp="Extrinsic narrowing of RUL posterior segment. Transbronchial biopsies and washings obtained.",
                    rec="Chest x-ray in 2 hours. Await pathology and cytology. PET scan. Thoracic surgery referral if confirmed.")
    if kind == "thoracentesis":
        return dict(ind="%s pleural effusion, dyspnea" % side.capitalize(), sed="Local anesthesia with 1% lidocaine, 10 mL",
                    desc="The patient was seated leaning forward. The effusion was localized by percussion and %s at the %s posterior chest, %s intercostal space. After sterile prep and local anesthesia, a thoracentesis catheter was introduced over the superior border of the rib and fluid withdrawn without difficulty. The catheter was removed and a dressing applied." % (
                        pick(r, ["bedside ultrasound", "ultrasound marking"]), side, pick(r, ["eighth", "ninth", "seventh"])),
                    find="1400 mL of straw-colored, slightly cloudy fluid was removed. Fluid sent for cell count, protein, LDH, glucose, pH, Gram stain, culture and cytology.",
                    imp="Successful %s thoracentesis." % side, rec="Post-procedure chest x-ray. Follow fluid studies.")
    if kind == "lp":
        return dict(ind="New-onset seizure, rule out infection", sed="Local 1% lidocaine",
                    desc="The patient was placed in the left lateral decubitus position. The lower back was prepped with Betadine and draped. After local anesthesia, a 20-gauge spinal needle was introduced at the L3-L4 interspace on the %s attempt. Opening pressure was %d cm H2O. Clear, colorless fluid was collected in four tubes. The needle was withdrawn and a bandage applied." % (
                        pick(r, ["first", "second"]), r.randint(12, 19)),
                    find="Clear colorless CSF, 12 mL collected. Tube 1: WBC 1, RBC 4. Tube 4: WBC 0, RBC 1. Protein 34, glucose 68.", imp="Uncomplicated lumbar puncture. CSF unremarkable.",
                    rec="Bed rest flat for 1 hour. Follow cultures.")
    if kind == "injection":
        joint = "%s knee" % side if c["key"] in ("tka", "menisc") else "%s shoulder (subacromial space)" % side
        return dict(ind=d.dx(), sed="None",
                    desc="Risks including infection, bleeding, post-injection flare and elevation of blood sugar were discussed and verbal consent obtained. The %s was prepped with Betadine and alcohol. Using a %s approach, a 22-gauge needle was introduced and %s of %s mixed with %s mL of 1%% lidocaine was injected without difficulty. A band-aid was applied." % (
                        joint, pick(r, ["superolateral", "anterolateral", "posterior", "lateral"]), pick(r, ["40 mg", "80 mg", "1 mL"]),
                        pick(r, ["Depo-Medrol", "Kenalog", "triamcinolone"]), pick(r, ["3", "4", "5"])),
                    find="Tolerated well. %s" % pick(r, ["No effusion aspirated.", "15 mL of clear yellow synovial fluid aspirated prior to injection.", "Good immediate relief of pain."]),
                    imp="%s, injected." % d.dx(), rec="Ice tonight. Return in 6 weeks or sooner if needed. No more than 3-4 injections per year.")
    if kind == "emg":
        return dict(ind="Numbness and tingling of the %s hand" % side, sed="None",
                    desc="Nerve conduction studies of the bilateral median and ulnar nerves and needle EMG of selected %s upper extremity muscles were performed. Hand temperature was maintained above 32 C." % side,
                    find="See tables. %s median distal motor latency 5.8 ms (nl <4.4), sensory latency 4.6 ms (nl <3.5) with reduced amplitude. Contralateral median mildly prolonged. Ulnar studies normal bilaterally. Needle EMG of the %s APB shows increased insertional activity with reduced recruitment; other muscles normal." % (side.capitalize(), side),
                    imp="Electrodiagnostic evidence of a moderate to severe %s median neuropathy at the wrist (carpal tunnel syndrome) with axonal involvement. Mild contralateral median neuropathy at the wrist. No evidence of cervical radiculopathy." % side,
                    rec="Surgical evaluation for carpal tunnel release.")
    if kind == "prostate_bx":
        return dict(ind="Elevated PSA %.1f" % d.labs["psa"], sed="Periprostatic block with 10 mL 1% lidocaine",
                    desc="Ciprofloxacin was given prior to the procedure and a Fleet enema was administered. In the left lateral decubitus position, the transrectal ultrasound probe was introduced. The prostate was imaged in transverse and sagittal planes. Twelve core biopsies were obtained using an 18-gauge spring-loaded biopsy gun in a sextant pattern from the base, mid gland and apex bilaterally, lateral and medial.",
                    find="Prostate volume %d cc. Hypoechoic area at the left base. No calcifications. Seminal vesicles symmetric." % r.randint(30, 42),
                    imp="TRUS-guided biopsy, 12 cores.", rec="Continue ciprofloxacin for 2 days. Return in 1 week for results.")
    if kind == "cysto":
        return dict(ind=d.dx(), sed="2% lidocaine jelly intraurethrally",
                    desc="The patient was placed in the %s position and prepped and draped. A %s cystoscope was passed per urethra. The urethra, prostatic urethra and bladder were inspected with 30 and 70 degree lenses." % (
                        pick(r, ["lithotomy", "frog-leg"]), pick(r, ["16 French flexible", "21 French rigid"])),
                    find=pick(r, ["Normal anterior urethra. Trilobar prostatic enlargement with visual obstruction. Grade 2 trabeculation. No tumors or stones. Ureteral orifices orthotopic.",
                                  "Normal urethra. Bladder mucosa normal without tumor, stone or diverticulum. Clear efflux from both orifices."]) if c["key"] != "turbt" else "A 2 cm papillary tumor on the right lateral wall. Remainder of bladder normal.",
                    imp=d.dx(), rec=pick(r, ["Schedule TURP.", "Schedule TURBT.", "Follow up as planned."]))
    if kind == "laser_trab":
        eye = side
        return dict(ind="Uncontrolled open-angle glaucoma, %s eye" % eye, sed="Topical proparacaine; apraclonidine 1% pre-treatment",
                    desc="A gonioscopy lens was placed on the %s eye. %d nonoverlapping spots were applied over 360 degrees of the trabecular meshwork at %.1f mJ." % (eye, r.randint(90, 110), r.uniform(0.6, 1.0)),
                    find="Pre-treatment IOP 24 mmHg; 1 hour post IOP %d mmHg. Mild anterior chamber reaction." % r.randint(14, 20),
                    imp="SLT %s eye, uncomplicated." % eye, rec="Prednisolone 1% QID x 4 days. Continue glaucoma drops. Recheck 4-6 weeks.")
    if kind == "central_line":
        site = pick(r, ["right internal jugular", "left subclavian", "right subclavian"])
        return dict(ind="Poor peripheral access; need for central venous monitoring", sed="1% lidocaine local",
                    desc="Informed consent was obtained. The patient was placed in Trendelenburg position. The %s area was prepped with chlorhexidine and draped with full barrier precautions. After local anesthesia, the vein was accessed with a finder needle%s, a guidewire passed and a triple-lumen catheter placed by Seldinger technique. All ports aspirated and flushed. The catheter was sutured at %d cm and a sterile dressing applied." % (
                        site, " under ultrasound guidance" if d.year >= 2004 else "", r.randint(15, 18)),
                    find="Chest x-ray: catheter tip at the cavoatrial junction; no pneumothorax.", imp="Successful %s triple-lumen central line placement." % site,
                    rec="OK to use line.")
    # eeg
    return dict(ind="New-onset generalized seizure", sed="None; sleep deprived",
                desc="A 21-channel digital EEG was recorded using the international 10-20 system with photic stimulation and hyperventilation.",
                find="The background shows a well-organized 10 Hz posterior dominant rhythm, reactive to eye opening. Stage 2 sleep was recorded. Hyperventilation and photic stimulation produced no abnormality. No epileptiform discharges or focal slowing.",
                imp="Normal awake and asleep EEG. A normal EEG does not exclude a diagnosis of epilepsy.", rec="Clinical correlation.")


def g_procedure_note(d):
    r = d.rng
    c = d.case
    kind = pick(r, c["pk"])
    pp = proc_parts(d, kind)
    name, cpt = PK_NAMES[kind]
    if kind == "egd" and c["key"] == "ugib":
        name = proc_name(d)
    L = r.randrange(6)
    who = d.md
    if kind == "central_line" and r.random() < 0.5:
        who = pick(r, d.w.hosps)
    compl = pick(r, ["None.", "None apparent.", "No immediate complications."])
    if kind == "emg" and r.random() < 0.7:
        L = 6
    if kind == "cath" and r.random() < 0.5:
        L = 7
    if L == 0:  # endoscopy/proc software report
        parts = [letterhead(d, pick(r, ["asc", "group"])), pick(r, ["PROCEDURE REPORT", "Procedure Note", "ENDOSCOPY REPORT" if kind in ("egd", "colonoscopy") else "PROCEDURE NOTE"]),
                 "Patient Name: %s\nMRN: %s\nDate of Birth: %s\nProcedure Date: %s\nAttending: %s\nReferring: %s" % (d.name(4), d.mrn, d.dob_s(), d.d(), dname(who, 1), dname(d.ref, 1)),
                 "Procedure: " + name, "Indications: " + pp["ind"],
                 "Medications: " + pp["sed"], "Procedure Technique: " + d.wrapp(pp["desc"]),
                 "Findings:\n" + d.wrapp(pp["find"]), "Complications: " + compl,
                 "Impression:\n" + d.wrapp(pp["imp"]), "Recommendations:\n" + d.wrapp(pp["rec"]),
                 "Procedure Code(s): " + cpt + "\nDiagnosis Code(s): " + c["icd"], sig_block(d, who, kind=1)]
    elif L == 1:  # dictated narrative
        parts = [letterhead(d, pick(r, ["hosp", "asc"])), pick(r, [name.upper(), "PROCEDURE NOTE", "PROCEDURE"]),
                 pt_block(d, [("DATE OF PROCEDURE", d.d())]),
                 d.sec(pick(r, ["INDICATION", "INDICATIONS", "REASON FOR PROCEDURE"]), pp["ind"] + "."),
                 d.sec(pick(r, ["SEDATION", "ANESTHESIA", "PREMEDICATION"]), pp["sed"] + "."),
                 d.sec(pick(r, ["PROCEDURE", "DESCRIPTION OF PROCEDURE", "TECHNIQUE"]), pp["desc"], False),
                 d.sec("FINDINGS", pp["find"], False), d.sec(pick(r, ["IMPRESSION", "POSTPROCEDURE DIAGNOSIS", "CONCLUSION"]), pp["imp"]),
                 d.sec(pick(r, ["PLAN", "RECOMMENDATIONS"]), pp["rec"]), sig_block(d, who), tx_footer(d, who)]
    elif L == 2:  # bedside brief note
        parts = [pick(r, ["Procedure Note", "PROCEDURE NOTE", "Bedside Procedure"]) + "  " + d.d() + "  " + ftime(r),
                 "Procedure: " + name, "Operator: " + dname(who, 1),
                 "Consent: " + pick(r, ["Written informed consent obtained from patient.", "Consent signed, on chart.", "Obtained from patient's daughter (POA)."]),
                 "Time out: " + pick(r, ["performed", "done, correct pt/site/procedure", "yes"]) if d.year >= 2004 else "",
                 "Anesthesia: " + pp["sed"], "Description: " + d.wrapp(pp["desc"]), "Findings/Results: " + d.wrapp(pp["find"]),
                 "EBL: minimal    Complications: " + compl, "Pt tolerated well.", "-" + dname(who, 4)]
    elif L == 3:  # free narrative without headings
        parts = [pick(r, ["", letterhead(d)]), "%s\n%s\n%s" % (d.name(1), d.d(), name.upper()),
                 d.wrapp("%s is a %d-year-old %s referred for %s for %s. %s" % (d.name(0), d.age, d.tok["sex"], name.lower(), pp["ind"].lower(), pp["desc"])),
                 d.wrapp(pp["find"] + " " + pp["imp"] + " " + pp["rec"]), sig_block(d, who), tx_footer(d, who)]
    elif L == 4:  # form with check boxes
        cb = lambda v=None: checkbox(r, v)
        parts = [letterhead(d, "asc"), pick(r, ["PROCEDURE RECORD", "SPECIAL PROCEDURES UNIT", "Endoscopy / Procedure Record"]),
                 pt_block(d, style=0), "Procedure: %s    CPT %s" % (name, cpt),
                 "Pre-procedure dx: %s\nPost-procedure dx: %s" % (pp["ind"], pp["imp"]),
                 "Consent signed %s   H&P reviewed %s   Time out %s   Allergies: %s" % (cb(True), cb(True), cb(True), d.allergy_str()),
                 "Sedation: " + pp["sed"], "Findings:\n" + d.wrapp(pp["find"]),
                 "Specimens: %s   Complications: %s None" % (pick(r, ["Yes - to pathology", "None"]), cb(True)),
                 "Plan: " + d.wrapp(pp["rec"]), sig_block(d, who, kind=5)]
    elif L == 5:  # letter-format result to referring
        parts = [letterhead(d), d.d(style=2), "RE: %s    DOB %s" % (d.name(0), d.dob_s()),
                 "PROCEDURE: %s\nPERFORMED BY: %s\nREFERRING: %s" % (name, dname(who, 1), dname(d.ref, 1)),
                 d.sec("INDICATIONS", pp["ind"]), d.sec("PREMEDICATION", pp["sed"]), d.sec("DESCRIPTION", pp["desc"], False),
                 d.sec("FINDINGS", pp["find"], False), d.sec("IMPRESSION", pp["imp"]), d.sec("RECOMMENDATIONS", pp["rec"]),
                 sig_block(d, who), tx_footer(d, who)]
    elif L == 6:  # EMG tables
        rows = ["Nerve / Site        Latency(ms)  Amp(mV/uV)  CV(m/s)",
                "%-6s Median Motor  %4.1f         %4.1f        %d" % (d.side[0].upper(), r.uniform(5.4, 6.4), r.uniform(3.0, 5.0), r.randint(47, 53)),
                "%-6s Median Sensory %4.1f        %4.1f        --" % (d.side[0].upper(), r.uniform(4.2, 5.0), r.uniform(6, 12)),
                "%-6s Ulnar Motor   %4.1f         %4.1f        %d" % (d.side[0].upper(), r.uniform(2.5, 3.2), r.uniform(8, 11), r.randint(55, 64)),
                "%-6s Ulnar Sensory  %4.1f        %4.1f        --" % (d.side[0].upper(), r.uniform(2.6, 3.2), r.uniform(18, 35))]
        emgrows = ["Muscle        Ins Act  Fibs  PSW  MUAP    Recruit", "APB           incr     1+    1+   nl      reduced",
                   "FDI           nl       0     0    nl      nl", "Pronator teres nl      0     0    nl      nl", "Biceps        nl       0     0    nl      nl",
                   "C6-7 paraspinal nl     0     0    --      --"]
        parts = [letterhead(d), pick(r, ["ELECTRODIAGNOSTIC REPORT", "EMG/NCS REPORT", "NEUROPHYSIOLOGY LABORATORY", "NERVE CONDUCTION STUDY / EMG"]),
                 pt_block(d, [("Date", d.d()), ("Referred by", dname(pick(r, d.w.docs["ortho"] + [d.ref]), 1))]),
                 "History: " + d.wrapp(pp["ind"] + ". " + d.f(c["hpi"]).split(". ")[1] + "."),
                 "NERVE CONDUCTION STUDIES:\n" + "\n".join(rows), "NEEDLE EMG:\n" + "\n".join(emgrows),
                 d.sec("SUMMARY", pp["find"]), d.sec("IMPRESSION", pp["imp"]), sig_block(d, pick(r, d.w.docs["neuro"])), tx_footer(d)]
    else:  # cath lab report
        parts = [letterhead(d, "hosp"), pick(r, ["CARDIAC CATHETERIZATION REPORT", "CARDIAC CATHETERIZATION LABORATORY", "CATH LAB REPORT"]),
                 pt_block(d, [("Date", d.d()), ("Cardiologist", dname(who, 1))]),
                 "PROCEDURES PERFORMED:\n1. Left heart catheterization\n2. Selective coronary angiography\n3. Left ventriculography\n4. PCI with stent, proximal LAD",
                 d.sec("INDICATION", pp["ind"]), d.sec("ACCESS", "Right femoral artery, 6 Fr"), d.sec("CONTRAST", "%d mL %s" % (r.randint(110, 220), pick(r, ["Omnipaque", "Visipaque", "Isovue"]))),
                 d.sec("FLUORO TIME", "%.1f min" % r.uniform(6, 18)), d.sec("TECHNIQUE", pp["desc"], False), "FINDINGS:\n" + pp["find"],
                 d.sec("CONCLUSIONS", pp["imp"]), d.sec("RECOMMENDATIONS", pp["rec"]), sig_block(d, who), tx_footer(d, who)]
    return join(*parts)


LABDEF = {  # key: (name, units, lo, hi)
    "wbc": ("WBC", "K/uL", 4.0, 10.5), "hgb": ("HGB", "g/dL", 12.0, 16.0), "hct": ("HCT", "%", 36.0, 48.0), "plt": ("PLT", "K/uL", 150, 400),
    "na": ("SODIUM", "mmol/L", 135, 145), "k": ("POTASSIUM", "mmol/L", 3.5, 5.1), "cl": ("CHLORIDE", "mmol/L", 98, 107), "co2": ("CO2", "mmol/L", 22, 30),
    "bun": ("BUN", "mg/dL", 7, 20), "cr": ("CREATININE", "mg/dL", 0.6, 1.3), "glu": ("GLUCOSE", "mg/dL", 70, 110), "ca": ("CALCIUM", "mg/dL", 8.5, 10.5),
    "pt": ("PROTIME", "sec", 11.0, 13.5), "inr": ("INR", "", 0.9, 1.2), "ptt": ("PTT", "sec", 24, 36), "psa": ("PSA, TOTAL", "ng/mL", 0.0, 4.0),
    "tsh": ("TSH", "uIU/mL", 0.35, 5.5), "ast": ("AST (SGOT)", "U/L", 10, 40), "alt": ("ALT (SGPT)", "U/L", 7, 56), "alk": ("ALK PHOS", "U/L", 40, 129),
    "tbili": ("BILIRUBIN, TOTAL", "mg/dL", 0.2, 1.2), "alb": ("ALBUMIN", "g/dL", 3.5, 5.0), "chol": ("CHOLESTEROL", "mg/dL", 0, 200),
    "ldl": ("LDL CHOL, CALC", "mg/dL", 0, 130), "hdl": ("HDL CHOL", "mg/dL", 40, 60), "tg": ("TRIGLYCERIDES", "mg/dL", 0, 150),
    "bnp": ("BNP", "pg/mL", 0, 100), "ck": ("CK, TOTAL", "U/L", 38, 174), "ldh": ("LDH", "U/L", 100, 190), "a1c": ("HEMOGLOBIN A1C", "%", 4.0, 6.0),
}
PANELS = {"CBC": ["wbc", "hgb", "hct", "plt"], "BASIC METABOLIC PANEL": ["na", "k", "cl", "co2", "bun", "cr", "glu", "ca"],
          "HEPATIC FUNCTION PANEL": ["ast", "alt", "alk", "tbili", "alb"], "COAGULATION": ["pt", "inr", "ptt"],
          "LIPID PANEL": ["chol", "tg", "hdl", "ldl"]}


def lab_flag(k, v):
    n, u, lo, hi = LABDEF[k]
    if v < lo:
        return "L"
    if v > hi:
        return "H"
    return ""


def fmtv(v):
    return ("%d" % v) if isinstance(v, int) else ("%.1f" % v if abs(v) >= 1 or v == 0 else "%.2f" % v)


def choose_panels(d):
    r = d.rng
    k = d.case["key"]
    ps = ["CBC", "BASIC METABOLIC PANEL"]
    if k in ("afib", "tka", "ugib") or d.case.get("afib"):
        ps.append("COAGULATION")
    if k in ("chole", "ugib"):
        ps.append("HEPATIC FUNCTION PANEL")
    if k in ("cad", "tia") or r.random() < 0.2:
        ps.append("LIPID PANEL")
    extra = []
    if k in ("psa", "turp"):
        extra.append("psa")
    if k in ("thyroid", "afib"):
        extra.append("tsh")
    if k == "chf" and d.year >= 2001:
        extra.append("bnp")
    if "dm" in d.comorb:
        extra.append("a1c")
    if k == "seizure":
        extra.append("ck")
    if k == "effusion":
        extra.append("ldh")
    r.shuffle(ps)
    return ps[:r.randint(1, len(ps))], extra


def g_lab_report(d):
    r = d.rng
    L = r.randrange(7)
    panels, extra = choose_panels(d)
    coll = d.d() + " " + ftime(r, style=1)
    lab = pick(r, ["%s Laboratory" % d.hosp, "%s Clinical Lab" % d.group.split(",")[0], "Regional Reference Laboratories", "Tri-State Pathology Laboratory", "MedLab Diagnostics"])
    acc = "%s%d-%05d" % (pick(r, ["H", "C", "L", "S", ""]), d.year % 100, r.randrange(100000))
    def rows(keys, style):
        out = []
        for k in keys:
            n, u, lo, hi = LABDEF[k]
            v = d.labs[k] if k in d.labs else lo
            fl = lab_flag(k, v)
            rng_s = ("%s-%s" % (fmtv(lo), fmtv(hi))) if lo > 0 else "<%s" % fmtv(hi)
            if style == 0:
                out.append("%-20s %8s %-2s %-8s %s" % (n, fmtv(v), fl, u, rng_s))
            elif style == 1:
                out.append("%-22s %s%s  (%s) %s" % (n + ".....", fmtv(v), " *" + fl if fl else "", rng_s, u))
            else:
                out.append("  %s: %s %s %s" % (n.title(), fmtv(v), u, "[" + fl + "]" if fl else ""))
        return out
    st = r.randrange(3)
    body = []
    for p in panels:
        body.append(p if r.random() < 0.7 else p.title())
        body += rows(PANELS[p], st)
        body.append("")
    if extra:
        body += rows(extra, st)
    hdr_cols = "%-20s %8s %-2s %-8s %s" % ("TEST", "RESULT", "FL", "UNITS", "REFERENCE") if st == 0 else ""
    ordering = dname(pick(r, [d.md, d.ref]), 1)
    if L == 0:
        parts = [lab.upper(), pt_block(d, [("COLLECTED", coll), ("ORDERED BY", ordering), ("ACCESSION", acc)]), hdr_cols, "\n".join(body),
                 "H=High L=Low  *=Abnormal" if r.random() < 0.6 else "", "** END OF REPORT **"]
    elif L == 1:
        parts = [lab, "%s    %s\nSex: %s  Age: %d  DOB: %s\nPhysician: %s\nCollected: %s  Received: %s  Reported: %s" % (
            d.name(1), "Acct " + d.acct, d.sex, d.age, d.dob_s(), ordering, coll, coll, d.d(d.days(r.randint(0, 1)))),
                 hdr_cols, "\n".join(body), pick(r, ["FINAL REPORT", "Final", "Status: FINAL"])]
    elif L == 2:  # cumulative
        keys = PANELS[pick(r, ["CBC", "BASIC METABOLIC PANEL"])]
        dates = [d.days(i) for i in range(r.randint(3, 5))]
        lines = ["%-14s" % "" + "".join("%10s" % fdate(x, 1) for x in dates)]
        for k in keys:
            base = d.labs[k]
            vals = []
            for i in range(len(dates)):
                v = base if i == 0 else (base + r.uniform(-0.08, 0.08) * base)
                if isinstance(base, int):
                    v = int(round(v))
                vals.append(fmtv(v) + (lab_flag(k, v) or " "))
            lines.append("%-14s" % LABDEF[k][0][:13] + "".join("%10s" % x for x in vals))
        parts = [pick(r, ["CUMULATIVE LABORATORY REPORT", "CUMULATIVE SUMMARY", d.hosp.upper() + " - LAB CUMULATIVE"]), pt_block(d, style=2), "\n".join(lines),
                 "Ref ranges: " + "; ".join("%s %s-%s" % (LABDEF[k][0], fmtv(LABDEF[k][2]), fmtv(LABDEF[k][3])) for k in keys)]
    elif L == 3:  # urinalysis
        blood = d.labs["ua_blood"]
        ua = [("COLOR", "YELLOW"), ("CLARITY", pick(r, ["CLEAR", "SL CLOUDY"])), ("SP GRAVITY", "1.0%02d" % r.randint(8, 28)), ("PH", pick(r, ["5.0", "6.0", "6.5"])),
              ("PROTEIN", pick(r, ["NEG", "TRACE"])), ("GLUCOSE", "NEG" if "dm" not in d.comorb else "1+"), ("KETONES", "NEG"), ("BLOOD", blood),
              ("NITRITE", "NEG"), ("LEUK ESTERASE", pick(r, ["NEG", "NEG", "TRACE"])), ("WBC/HPF", pick(r, ["0-2", "2-5"])),
              ("RBC/HPF", ">50" if blood != "NEGATIVE" else "0-2"), ("BACTERIA", pick(r, ["NONE", "FEW"])), ("EPI CELLS", "FEW")]
        parts = [lab, pick(r, ["URINALYSIS", "URINALYSIS WITH MICROSCOPIC", "UA, COMPLETE"]), pt_block(d, [("Collected", coll)], style=1),
                 "\n".join("%-16s %-10s %s" % (a, b, "ABN" if (a == "BLOOD" and b != "NEGATIVE") else "") for a, b in ua), "Verified by: %s, MT(ASCP)" % pick(r, NURSE_F)]
    elif L == 4:  # microbiology
        org = "Streptococcus pneumoniae" if d.case["key"] == "pna" else pick(r, ["Escherichia coli", "No growth", "Staphylococcus aureus", "Mixed flora"])
        src = "BLOOD" if d.case["key"] == "pna" else pick(r, ["URINE, CLEAN CATCH", "WOUND", "SPUTUM", "URINE, CATH"])
        sens = ""
        if org not in ("No growth", "Mixed flora"):
            abx = ["Ampicillin", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "Levofloxacin", "Trimeth/Sulfa", "Vancomycin", "Penicillin", "Erythromycin"]
            sens = "SUSCEPTIBILITY (MIC)\n" + "\n".join("  %-16s %6s  %s" % (a, pick(r, ["<=1", "<=0.5", "2", ">=32", "0.25"]), pick(r, ["S", "S", "S", "R", "I"])) for a in r.sample(abx, 6))
        parts = [lab + " - MICROBIOLOGY", pt_block(d, [("Source", src), ("Collected", coll)], style=r.randrange(4)),
                 "CULTURE: " + src.split(",")[0].title() + " culture", "GRAM STAIN: " + pick(r, ["Gram positive cocci in pairs", "Many WBCs, no organisms seen", "Gram negative rods"]),
                 "FINAL REPORT (%s):\n  %s%s" % (d.d(d.days(r.randint(2, 4))), org, "" if org in ("No growth", "Mixed flora") else "  >100,000 CFU/mL" if "URINE" in src else "  (2 of 2 bottles)"),
                 sens, "Called to and read back by %s RN at %s" % (pick(r, NURSE_F), ftime(r)) if org != "No growth" and r.random() < 0.5 else ""]
    elif L == 5:  # office point of care / single result letter style
        k = extra[0] if extra else pick(r, ["glu", "k", "cr", "hgb"])
        n, u, lo, hi = LABDEF[k]
        v = d.labs.get(k, lo)
        parts = [letterhead(d), pick(r, ["LABORATORY RESULT", "Lab Results", "TEST RESULTS"]), "Patient: %s   DOB: %s   Date: %s" % (d.name(0), d.dob_s(), d.d()),
                 "Test: %s\nResult: %s %s   %s\nReference range: %s - %s %s" % (n, fmtv(v), u, "(HIGH)" if lab_flag(k, v) == "H" else "(LOW)" if lab_flag(k, v) == "L" else "", fmtv(lo), fmtv(hi), u),
                 "Physician review: %s  Initials: ____  %s" % (pick(r, ["Normal - notify pt", "Abnormal - call pt", "Discuss at next visit"]), checkbox(r))]
    else:  # ABG / special chemistry or pleural fluid
        if d.case["key"] == "effusion":
            items = [("FLUID TYPE", "PLEURAL"), ("APPEARANCE", "STRAW, CLOUDY"), ("WBC", "%d /uL" % r.randint(800, 2400)), ("DIFF", "LYMPHS %d%%" % r.randint(70, 90)),
                     ("PROTEIN, FLUID", "%.1f g/dL" % r.uniform(4.0, 5.1)), ("LDH, FLUID", "%d U/L" % r.randint(280, 620)), ("GLUCOSE, FLUID", "%d mg/dL" % r.randint(60, 95)),
                     ("PH", "%.2f" % r.uniform(7.30, 7.42)), ("SERUM LDH", "%d U/L" % d.labs["ldh"])]
            ttl = "BODY FLUID ANALYSIS"
        else:
            items = [("pH", "%.2f" % r.uniform(7.30, 7.38)), ("pCO2", "%d mmHg" % r.randint(48, 62)), ("pO2", "%d mmHg" % r.randint(52, 64)),
                     ("HCO3", "%d mmol/L" % r.randint(27, 33)), ("O2 SAT", "%d %%" % r.randint(86, 91)), ("FIO2", pick(r, ["ROOM AIR", "2 L NC", "28%"])), ("TEMP", "37.0 C")]
            ttl = "ARTERIAL BLOOD GAS"
        parts = [lab, ttl, pt_block(d, [("Drawn", coll)], style=0), "\n".join("%-18s %s" % it for it in items), "Performed by %s, RRT" % pick(r, NURSE_F) if ttl.startswith("ART") else "Reviewed by %s" % dname(pick(r, d.w.paths), 1)]
    return join(*parts)


def g_imaging_report(d):
    r = d.rng
    ims = d.imaging()
    if not ims:
        ims = [("XR", "CHEST, PA AND LATERAL", "The lungs are clear. The heart size is normal. No pleural effusion or pneumothorax. Osseous structures intact.", "No acute cardiopulmonary disease.")]
    mod, title, findings, imp = pick(r, ims)
    rad = pick(r, d.w.rads)
    hist = d.f(d.case["cc"]).capitalize() + (". " + pick(r, ["Rule out ", "Evaluate for ", "? "]) + d.dx().lower().split(",")[0] if r.random() < 0.5 else "")
    comp = pick(r, ["None.", "None available.", "%s." % d.d(d.days(-r.randint(200, 900))), "No prior studies for comparison."])
    tech = ""
    if mod == "CT":
        tech = pick(r, ["Axial images were obtained %s. Coronal and sagittal reformats were generated." % ("following the intravenous administration of %d mL of Omnipaque 300" % r.choice([80, 100]) if "WITH" in title and "WITHOUT" not in title else "without intravenous contrast"),
                        "Helical CT was performed per protocol."])
    elif mod == "MRI":
        tech = "Multiplanar multisequence MR images were obtained%s." % (" before and after gadolinium" if "AND WITH" in title else "")
    elif mod == "US":
        tech = "Real-time grayscale and color Doppler sonography was performed."
    elif mod == "NM":
        tech = "%.1f mCi Tc-99m sestamibi at rest and %.1f mCi at peak stress. The patient exercised %d minutes on a Bruce protocol reaching %d%% of maximum predicted heart rate." % (
            r.uniform(9, 11), r.uniform(28, 32), r.randint(5, 9), r.randint(85, 95))
    exam_date = d.d()
    L = r.randrange(6)
    if mod == "ECHO":
        meas = "LVIDd %.1f cm  LVIDs %.1f cm  IVS %.1f cm  PW %.1f cm  LA %.1f cm  Ao root %.1f cm" % (
            6.4 if "6.4" in findings else r.uniform(4.4, 5.4), r.uniform(3.0, 4.8), r.uniform(0.9, 1.3), r.uniform(0.9, 1.2), 4.6 if "4.6" in findings else r.uniform(3.4, 4.4), r.uniform(2.8, 3.5))
        parts = [letterhead(d, pick(r, ["hosp", "group"])), pick(r, ["ECHOCARDIOGRAM REPORT", "ECHOCARDIOGRAPHY LABORATORY", "TRANSTHORACIC ECHO", title]),
                 pt_block(d, [("Study date", exam_date), ("Ordering", dname(d.ref if r.random() < 0.5 else d.md, 1)), ("Height/Wt", "%d in / %d lb" % (r.randint(60, 74), d.vitals["wt"]))]),
                 "Indication: " + hist, "Image quality: " + pick(r, ["Good", "Fair", "Technically difficult"]), "MEASUREMENTS:\n" + meas,
                 d.sec("FINDINGS", findings, False), d.sec("CONCLUSIONS", imp, False), sig_block(d, pick(r, d.w.docs["cards"]), kind=r.choice([0, 1, 4]))]
        return join(*parts)
    if L == 0:
        parts = [pick(r, ["%s - DEPARTMENT OF RADIOLOGY" % d.hosp.upper(), "ASSOCIATED RADIOLOGISTS, INC.", "%s IMAGING CENTER" % d.city.upper(), "DIAGNOSTIC IMAGING SERVICES"]),
                 pt_block(d, [("EXAM DATE", exam_date), ("ORDERING MD", dname(pick(r, [d.md, d.ref]), 1)), ("EXAM", title)]),
                 d.sec(pick(r, ["CLINICAL HISTORY", "HISTORY", "INDICATION", "CLINICAL INFORMATION"]), hist), d.sec("TECHNIQUE", tech) if tech else "",
                 d.sec("COMPARISON", comp), d.sec("FINDINGS", findings, False), d.sec("IMPRESSION", imp, False),
                 sig_block(d, rad, kind=r.choice([1, 4, 6])), "D: %s  T: %s" % (exam_date, d.d(d.days(r.randint(0, 1))))]
    elif L == 1:
        parts = [title, d.wrapp(pick(r, ["", "HISTORY: " + hist])), d.wrapp(findings), d.wrapp("IMPRESSION:\n" + "\n".join("%d. %s" % (i + 1, s.strip() + ".") for i, s in enumerate([x for x in imp.split(".") if x.strip()]))),
                 pt_block(d, style=2), "Read by: " + dname(rad, 1) + "   " + exam_date]
    elif L == 2:
        parts = [letterhead(d, "hosp"), "RADIOLOGY REPORT", "Name: %s     MR#: %s     Loc: %s\nExam: %s     Acc#: %d\nDate of service: %s" % (
            d.name(1), d.mrn, pick(r, ["OP", "ER", "%dW" % r.randint(2, 6), "ASC"]), title, r.randrange(10 ** 6, 10 ** 7), exam_date),
                 d.wrapp("%s: %s" % (title, findings)), d.wrapp("IMPRESSION: " + imp), sig_block(d, rad, kind=1) if d.year >= 2004 else "Dictated by %s\nSigned %s" % (dname(rad, 1), fdate(d.days(1), 0))]
    elif L == 3:  # letter-style report to referring physician
        parts = [pick(r, ["Valley Open MRI", "Advanced Imaging of %s" % d.city, "Midwest Diagnostic Imaging", "Lakeside Radiology Associates"]),
                 d.d(style=2), "%s\n%s" % (dname(pick(r, [d.md, d.ref]), 1), d.group), "RE: %s  DOB: %s" % (d.name(0), d.dob_s()),
                 "Exam: " + title.title(), d.wrapp("Clinical: " + hist), d.wrapp(tech) if tech else "", d.wrapp("Findings: " + findings), d.wrapp("Impression: " + imp),
                 "Thank you for this referral." if r.random() < 0.5 else "", sig_block(d, rad, kind=r.choice([0, 6]))]
    elif L == 4:
        parts = ["EXAMINATION: " + title, "DATE: " + exam_date, "PATIENT: " + d.name(4) + "  (" + d.mrn + ")", "REASON: " + hist,
                 "REPORT:", d.wrapp(tech + (" " if tech else "") + findings), "CONCLUSION: " + d.wrapp(imp),
                 pick(r, ["Prelim read called to %s at %s." % (dname(pick(r, d.w.eds), 2), ftime(r)), "", "Critical result communicated to ordering physician."]),
                 dname(rad, 0) + pick(r, ["", " /" + d.tx])]
    else:  # very terse OCR-able older report
        parts = [pick(r, [d.hosp, "X-RAY DEPARTMENT", "RADIOLOGY"]), "%s   %s   %s" % (d.name(1), exam_date, d.mrn), title,
                 d.wrapp(findings + " " + imp), "/" + rad["last"] + pick(r, ["", " MD"])]
    return join(*parts)


def g_pathology_report(d):
    r = d.rng
    c = d.case
    p = c["path"]
    pa = pick(r, d.w.paths)
    acc = "%s%02d-%05d" % (pick(r, ["S", "SP", "S-", "GS"]), d.year % 100, r.randrange(100000))
    rec = d.d(d.days(r.randint(0, 1)))
    out = d.d(d.days(r.randint(1, 4)))
    spec, gross, micro, dx = d.f(p["spec"]), d.f(p["gross"]), d.f(p["micro"]), d.f(p["dx"])
    clin = d.dx() + (". " + pick(r, ["", "R/O malignancy.", "Procedure: " + (proc_name(d) or "")]) if r.random() < 0.6 else "")
    lab = pick(r, ["%s Department of Pathology" % d.hosp, "Associated Pathologists, P.C.", "%s Pathology Laboratory" % d.city, "Regional Pathology Consultants"])
    L = r.randrange(6)
    if c["key"] == "thyroid" and r.random() < 0.3:
        L = 6
    if L == 0:
        parts = [lab.upper(), pick(r, ["SURGICAL PATHOLOGY REPORT", "SURGICAL PATHOLOGY", "PATHOLOGY REPORT"]),
                 pt_block(d, [("ACCESSION #", acc), ("SURGEON", dname(d.md, 1)), ("RECEIVED", rec), ("REPORTED", out)]),
                 d.sec(pick(r, ["SPECIMEN(S) SUBMITTED", "SPECIMEN", "SOURCE OF SPECIMEN"]), spec), d.sec(pick(r, ["CLINICAL HISTORY", "CLINICAL DATA", "PRE-OP DIAGNOSIS"]), clin),
                 d.sec(pick(r, ["GROSS DESCRIPTION", "GROSS"]), gross, False), d.sec(pick(r, ["MICROSCOPIC DESCRIPTION", "MICROSCOPIC"]), micro, False),
                 d.sec(pick(r, ["FINAL DIAGNOSIS", "DIAGNOSIS", "PATHOLOGIC DIAGNOSIS"]), spec.upper() + ":\n  - " + dx, False),
                 sig_block(d, pa, kind=r.choice([1, 4, 6])), pick(r, ["", "gross: %s/%s" % (pa["last"][:2].lower(), d.tx)])]
    elif L == 1:  # diagnosis first
        parts = [lab, "Accession: %s   Collected: %s   Final: %s" % (acc, d.d(), out), pt_block(d, [("Physician", dname(d.md, 1))], style=2),
                 "DIAGNOSIS:\n" + d.wrapp(spec.upper() + " -\n    " + dx.upper()), "***Electronically signed out by %s***" % dname(pa, 1) if d.year >= 2003 else "Pathologist: " + dname(pa, 1),
                 d.sec("Clinical information", clin), d.sec("Gross description", gross, False), d.sec("Microscopic", micro, False),
                 "CPT: 88305" + pick(r, ["", " x2", ", 88311"])]
    elif L == 2:  # short biopsy / small specimen
        parts = [pick(r, ["PATHOLOGY CONSULTATION", lab]), "%s  %s  %s" % (d.name(1), acc, d.d()),
                 "SPECIMEN: " + spec, "DX: " + dx, "GROSS: " + d.wrapp(gross), "/" + pa["last"] + " " + out]
    elif L == 3:  # with addendum
        parts = [lab, pick(r, ["SURGICAL PATHOLOGY REPORT - AMENDED", "ADDENDUM REPORT", "SURGICAL PATHOLOGY - REVISED"]),
                 pt_block(d, [("Case", acc)], style=1), "FINAL DIAGNOSIS:\n" + d.wrapp(dx), d.sec("COMMENT", pick(r, ["Clinical correlation is recommended.", "Seen in intradepartmental consultation with Dr. %s, who concurs." % pick(r, d.w.paths)["last"],
                                                                                                                          "Findings were discussed with Dr. %s on %s." % (d.md["last"], out)])),
                 "ADDENDUM (%s):\n" % d.d(d.days(5)) + d.wrapp(pick(r, ["Additional levels were examined and do not alter the diagnosis.", "Immunohistochemical stains support the diagnosis above with appropriate controls.",
                                                                        "Decalcified sections examined; no additional findings."])),
                 d.sec("GROSS", gross, False), d.sec("MICRO", micro, False), sig_block(d, pa, kind=0)]
    elif L == 4:  # outside consult letter
        parts = [lab, d.d(d.days(3), style=2), "%s\n%s" % (dname(d.md, 1), d.group), "RE: %s  (Your patient)  Our case %s" % (d.name(0), acc),
                 d.wrapp("Dear Dr. %s:\nThe following specimen was received on %s: %s." % (d.md["last"], rec, spec)),
                 "DIAGNOSIS: " + d.wrapp(dx), d.wrapp("Microscopic: " + micro), sig_block(d, pa, kind=0)]
    elif L == 5:  # columns with specimen letters
        parts = [pick(r, ["SURGICAL PATHOLOGY", "TISSUE EXAMINATION REPORT", "Histopathology"]), "%-30s%s\n%-30s%s\n%-30s%s" % (
            "Patient: " + d.name(4), "Path #: " + acc, "DOB: " + d.dob_s(), "Date obtained: " + d.d(), "Submitting: " + dname(d.md, 1), "Location: " + pick(r, [d.asc, d.hosp, "Office"])),
                 "Tissue: " + spec, "Pre-op Dx: " + d.dx(), "Post-op Dx: " + pick(r, ["Same", d.dx()]),
                 "Gross: " + d.wrapp(gross), "Microscopic: " + d.wrapp(micro), "Final Pathological Diagnosis:\n  " + d.wrapp(dx), sig_block(d, pa, kind=5)]
    else:  # FNA cytology
        parts = [lab, "CYTOPATHOLOGY REPORT - FINE NEEDLE ASPIRATION", pt_block(d, [("Cyto #", "C%02d-%04d" % (d.year % 100, r.randrange(10000)))]),
                 "Source: %s thyroid nodule, ultrasound-guided FNA, %d passes" % (d.side.capitalize(), r.randint(3, 5)),
                 "Adequacy: Satisfactory for evaluation.", "Microscopic: " + d.wrapp("Cellular aspirate composed predominantly of follicular cells arranged in microfollicles and crowded groups with scant colloid. No nuclear features of papillary carcinoma."),
                 "INTERPRETATION: FOLLICULAR NEOPLASM. " + pick(r, ["Surgical excision is recommended to exclude follicular carcinoma.", "See note."]),
                 sig_block(d, pa, kind=1)]
    return join(*parts)


def g_medication_list(d):
    r = d.rng
    c = d.case
    L = r.randrange(6)
    meds = list(d.home_meds)
    new = c.get("newmeds", [])
    if not meds and not new:
        meds = [M("acetaminophen", "Tylenol", "500 mg", "PO", "q6h prn", "pain")]
    if L == 0:  # table
        hdr = "%-28s %-10s %-8s %-18s %s" % ("MEDICATION", "DOSE", "ROUTE", "FREQUENCY", "REASON")
        rows = ["%-28s %-10s %-8s %-18s %s" % ((m[0] if r.random() < 0.6 else m[1])[:28], d.f(m[2])[:10], d.f(m[3])[:8], m[4][:18], m[5]) for m in meds + new]
        parts = [letterhead(d), pick(r, ["MEDICATION LIST", "CURRENT MEDICATION LIST", "Patient Medication Profile", "MEDICATIONS"]),
                 pt_block(d, [("Date", d.d())]), "Allergies: " + d.allergy_str(), hdr, "\n".join(rows),
                 "Reviewed with patient: %s  by %s" % (checkbox(r, True), dname(pick(r, d.w.nurses), 1))]
    elif L == 1:  # admission med rec
        rows = []
        for m in meds:
            act = pick(r, ["Continue", "Continue", "Hold", "Discontinue", "Continue"])
            if m[0] in ("ibuprofen", "warfarin", "aspirin") and c.get("op"):
                act = "Hold"
            rows.append("%-34s %-22s  %s" % (d.f(medstr(m, 0)), pick(r, ["this AM", "last night", "yesterday", "unknown"]), act))
        parts = [letterhead(d, "hosp"), pick(r, ["MEDICATION RECONCILIATION - ADMISSION", "ADMISSION MEDICATION RECONCILIATION FORM", "Home Medication List / Reconciliation"]),
                 pt_block(d, [("Admit date", d.d())], style=0), "Source of information: " + pick(r, ["patient", "family", "pharmacy list", "bottles brought from home", "PCP office records"]),
                 "Allergies: " + d.allergy_str(), "%-34s %-22s  %s" % ("Home Medication / Dose / Freq", "Last Dose", "Admission Action"), "\n".join(rows) or "No home medications.",
                 "Physician signature: %s   Date/Time: %s %s" % (dname(d.md, 4), d.d(), ftime(r)), "RN: " + dname(pick(r, d.w.nurses), 1)]
    elif L == 2:  # discharge med rec
        parts = [pick(r, ["DISCHARGE MEDICATION RECONCILIATION", "Medications at Discharge", "YOUR MEDICATION LIST AFTER DISCHARGE"]), pt_block(d, style=2),
                 "NEW medications - START taking:\n" + ("\n".join("  * " + d.f(medstr(m, 1)) + "  for " + m[5] for m in new) or "  none"),
                 "CONTINUE these medications:\n" + ("\n".join("  * " + d.f(medstr(m, 1)) for m in meds if m[0] != "ibuprofen") or "  none"),
                 "STOP taking:\n" + ("  * ibuprofen / Advil / Motrin" if any(m[0] == "ibuprofen" for m in meds) or c["key"] == "ugib" else "  none"),
                 "Last dose given in hospital: see MAR.", "Patient signature: ________________   Nurse: ________________"]
    elif L == 3:  # patient-completed list (handwritten style)
        rows = ["%d) %s %s - %s" % (i + 1, (m[1] if r.random() < 0.5 else m[0]).lower(), d.f(m[2]), pick(r, [m[4], m[4].replace("daily", "1 a day").replace("BID", "2x day"), "morning"])) for i, m in enumerate(meds)]
        rows += ["%d) %s" % (len(rows) + 1, pick(r, ["multivitamin", "fish oil", "vitamin D", "baby aspirin", "glucosamine"]))]
        parts = [pick(r, ["PLEASE LIST ALL MEDICATIONS YOU TAKE", "My Medicines", "Current Medications (patient completed)"]),
                 "Name: %s   Date: %s" % (d.name(0), d.d(style=1)), "Include over-the-counter medicines, vitamins and herbal supplements.",
                 "\n".join(rows), "Allergies: " + (", ".join(a[0] for a in d.allergies) or "none"), "Pharmacy: %s  %s" % (pick(r, PHARMACIES), phone(r))]
    elif L == 4:  # pharmacy printout
        rows = []
        for m in meds + new:
            rows.append("Rx#%07d  %s %s  #%d  Filled %s  %s  Refills: %d\n   SIG: %s" % (
                r.randrange(10 ** 6, 10 ** 7), m[1].upper(), d.f(m[2]).upper(), r.choice([30, 60, 90]), fdate(d.days(-r.randint(3, 60)), 1),
                dname(pick(r, [d.ref, d.md]), 3), r.randint(0, 5), "TAKE " + d.f(m[2]).upper() + " " + m[4].upper()))
        parts = [pick(r, PHARMACIES).upper() + " - PATIENT PROFILE", "%s  DOB %s  %s" % (d.name(1), d.dob_s(), d.phone), "\n".join(rows), "Printed %s" % d.d()]
    else:  # problem-oriented list / flow sheet
        parts = [letterhead(d), "MEDICATION FLOW SHEET", "%s   DOB %s" % (d.name(0), d.dob_s()),
                 "Problem list:\n" + "\n".join("  %d. %s" % (i + 1, x) for i, x in enumerate([d.dx()] + d.pmh)),
                 "%-30s %-12s %-12s %s" % ("Drug/Dose", "Started", "Stopped", "Prescriber"),
                 "\n".join("%-30s %-12s %-12s %s" % (d.f(medstr(m, 3))[:30], fdate(d.days(-r.randint(30, 2000)), 1), pick(r, ["", "", fdate(d.days(-r.randint(1, 29)), 1)]), pick(r, [d.ref, d.md])["last"]) for m in meds + new),
                 "Allergies: " + d.allergy_str()]
    return join(*parts)


def g_prescription(d):
    r = d.rng
    c = d.case
    L = r.randrange(6)
    meds = c.get("newmeds") or d.home_meds or [M("ibuprofen", "Motrin", "600 mg", "PO", "TID with food", "pain")]
    m = pick(r, meds)
    who = d.md
    dea = "%s%s%07d" % (pick(r, "ABFM"), who["last"][0], r.randrange(10 ** 7))
    qty = r.choice([10, 14, 20, 28, 30, 40, 60, 90])
    refills = 0 if any(x in m[0] for x in ("oxycodone", "hydrocodone", "codeine")) else r.randint(0, 5)
    sig = "%s %s %s" % (d.f(m[2]), d.f(m[3]), m[4])
    if L == 0:  # rx pad
        parts = [center(d.group, 60) + "\n" + center(dname(who, 1) + "  " + pick(r, SPEC_NAMES[who["spec"]]), 60) + "\n" + center(d.group_addr + ", " + d.group_city[0] + "  " + d.group_phone, 60),
                 "Name %s   Age %d\nAddress %s, %s   Date %s" % (d.name(0), d.age, d.street, d.city, d.d(style=1)),
                 "Rx", "   %s %s\n   Sig: %s\n   Disp: #%d (%s)" % (m[1] if r.random() < 0.5 else m[0], d.f(m[2]).split(" ")[0] + " " + (d.f(m[2]).split(" ")[1] if " " in d.f(m[2]) else ""), sig, qty, pick(r, ["", "ten", "thirty", "sixty"]) if qty in (10, 30, 60) else ""),
                 "Refill %s times    %s" % (refills if refills else "NR", pick(r, ["Substitution permitted", "DAW", "Generic OK", ""])),
                 "________________________ M.D.\nDEA # %s" % dea if refills == 0 else "________________________ M.D."]
    elif L == 1:  # electronic rx printout
        parts = [pick(r, ["PRESCRIPTION", "Prescription - printed", "e-Prescription Record"]),
                 "Prescriber: %s  NPI: %d\n%s\n%s, %s  Ph %s" % (dname(who, 1), r.randrange(10 ** 9, 2 * 10 ** 9), d.group, d.group_addr, d.group_city[0], d.group_phone),
                 "Patient: %s   DOB: %s\n%s, %s, %s %s" % (d.name(0), d.dob_s(), d.street, d.city, d.state, d.zip),
                 "Medication: %s %s\nDirections: %s\nQuantity: %d   Days supply: %d   Refills: %d\nSubstitutions: %s" % (
                     m[0], d.f(m[2]), sig, qty, r.choice([5, 7, 10, 30]), refills, pick(r, ["Allowed", "Not allowed"])),
                 "Transmitted to: %s  %s on %s" % (pick(r, PHARMACIES), phone(r), d.d()) if r.random() < 0.6 else "Printed - hand to patient",
                 "Electronically signed by %s" % dname(who, 1)]
    elif L == 2:  # refill request fax
        parts = [pick(r, PHARMACIES).upper(), pick(r, ["REFILL AUTHORIZATION REQUEST", "PRESCRIPTION RENEWAL REQUEST", "Fax Refill Request"]),
                 "To: %s   Fax: %s\nFrom pharmacy phone: %s" % (dname(pick(r, [who, d.ref]), 1), d.group_fax, phone(r)),
                 "Patient: %s   DOB: %s" % (d.name(1), d.dob_s()), "Drug: %s %s   Qty: %d\nSig: %s\nLast filled: %s   Refills remaining: 0" % (m[1], d.f(m[2]), qty, sig, fdate(d.days(-r.randint(25, 35)), 1)),
                 "%s Approved  refills: %d     %s Denied - reason: ________     %s Patient needs appointment" % (checkbox(r, True), r.randint(1, 5), checkbox(r, False), checkbox(r, False)),
                 "Prescriber signature: ____________  Date: %s" % d.d(style=1)]
    elif L == 3:  # DME / therapy prescription
        item = {"tka": "Rolling walker and raised toilet seat", "menisc": "Crutches, adjustable", "rcr": "Shoulder immobilizer with abduction pillow",
                "cts": "Wrist cock-up splint, %s" % d.side, "copd": "Home oxygen 2 L/min via nasal cannula, concentrator and portable tanks",
                "hipfx": "Front-wheeled walker; 3-in-1 commode"}.get(c["key"], pick(r, ["Physical therapy: evaluate and treat, 2-3x/week x 6 weeks", "CPAP at 10 cm H2O with heated humidifier, nasal mask", "Compression stockings 20-30 mmHg, knee high"]))
        parts = [letterhead(d), pick(r, ["PRESCRIPTION", "Rx", "DME ORDER / PRESCRIPTION"]), "Patient: %s   DOB: %s   Date: %s" % (d.name(0), d.dob_s(), d.d()),
                 "Rx: " + item, "Diagnosis: %s  (ICD-9 %s)" % (d.dx(), c["icd"]), "Length of need: %s" % pick(r, ["99 months (lifetime)", "3 months", "6 weeks"]),
                 sig_block(d, who, kind=5)]
    elif L == 4:  # multiple rx on one sheet (postop)
        rxs = []
        for i, mm in enumerate(meds[:3]):
            rxs.append("%d. %s %s\n   Sig: %s %s %s\n   #%d   RF: %s" % (i + 1, mm[0], d.f(mm[2]), d.f(mm[2]), d.f(mm[3]), mm[4], r.choice([20, 30, 40]), "0"))
        parts = [d.asc if r.random() < 0.5 else d.group, "Prescriptions - %s" % d.d(), "For: %s  (%s)" % (d.name(0), d.dob_s()), "\n".join(rxs),
                 "Prescriber: %s   DEA %s" % (dname(who, 1), dea), "Void if altered"]
    else:  # old-style handwritten OCR
        parts = ["%s\n%s\nTel %s" % (dname(who, 0), d.group_addr, d.group_phone), "For %s" % d.name(0), "Date %s" % d.d(style=1),
                 "R/  %s %s\n    %s\n    # %s" % (m[1], d.f(m[2]).split(" ")[0], sig.replace("PO", "po"), {10: "X", 20: "XX", 30: "XXX", 60: "LX"}.get(qty, str(qty))),
                 "Refills: %s" % refills, "%s" % who["last"], "Label " + checkbox(r)]
    return join(*parts)


def g_anesthesia_record(d):
    r = d.rng
    c = d.case
    an = pick(r, d.w.anes)
    crna = pick(r, d.w.crna)
    op = c.get("op")
    anes_t = d.f(pick(r, op["anes"])) if op else pick(r, ["MAC", "conscious sedation", "general"])
    pname = proc_name(d) or "Procedure"
    asa = "III" if d.age > 70 or len(d.pmh) >= 3 else pick(r, ["I", "II", "II"])
    L = r.randrange(6)
    if L == 0:  # pre-anesthesia evaluation
        parts = [letterhead(d, pick(r, ["hosp", "asc"])), pick(r, ["PRE-ANESTHESIA EVALUATION", "ANESTHESIA PREOPERATIVE ASSESSMENT", "Preanesthetic Evaluation"]),
                 pt_block(d, [("Date", d.d()), ("Procedure", pname)], style=r.randrange(4)),
                 "Ht: %d in  Wt: %d lb  %s" % (r.randint(58, 74), d.vitals["wt"], d.vitals_line(1)), "Medical history: " + d.pmh_str(), "Meds: " + d.meds_inline(), "Allergies: " + d.allergy_str(),
                 "Prior anesthesia: %s" % pick(r, ["GA without complication", "none", "PONV", "spinal - no problems"]), "NPO since: %s" % pick(r, ["midnight", "2200", "0600 clears"]),
                 "AIRWAY: Mallampati %s, TM distance %s, mouth opening %s, dentition %s" % (pick(r, ["I", "II", "III"]), pick(r, [">3 FB", "3 FB"]), "adequate", pick(r, ["intact", "partial upper denture", "caps", "poor"])),
                 "Heart: %s  Lungs: %s" % ("irreg irreg" if c.get("afib") else "RRR", "wheezes" if c["key"] == "copd" else "CTA"),
                 "Labs: Hgb %.1f  K %.1f  Glucose %d  %s" % (d.labs["hgb"], d.labs["k"], d.labs["glu"], "ECG: " + pick(r, ["NSR", "NSR, LVH", "sinus brady"]) if d.age > 50 else ""),
                 "ASA class: %s%s" % (asa, "E" if c.get("ed") and c["setting"] == "inpt" and r.random() < 0.3 else ""), "Anesthetic plan: " + anes_t,
                 "Risks discussed including sore throat, dental damage, nausea, awareness, and rare serious complications; patient agrees.", sig_block(d, an, kind=5)]
    elif L == 1:  # intraop grid
        start = r.randint(7, 14)
        times = [ftime(r, start + (i * 15) // 60, (i * 15) % 60, 0) for i in range(r.randint(5, 9))]
        bp = ["%d/%d" % (d.vitals["sbp"] - r.randint(0, 30), d.vitals["dbp"] - r.randint(0, 15)) for _ in times]
        hr = ["%d" % max(45, d.vitals["hr"] - r.randint(-8, 15)) for _ in times]
        sp = ["%d" % r.randint(96, 100) for _ in times]
        row = lambda lab, vals: "%-8s" % lab + "".join("%8s" % v for v in vals)
        parts = [pick(r, ["ANESTHESIA RECORD", "INTRAOPERATIVE ANESTHESIA RECORD", d.asc + " - ANESTHESIA RECORD"]),
                 "%s   MR# %s   Age %d  %s   ASA %s   Wt %d kg" % (d.name(1), d.mrn, d.age, d.sex, asa, int(d.vitals["wt"] / 2.2)),
                 "Procedure: %s\nSurgeon: %s   Anesthesiologist: %s   CRNA: %s" % (pname, dname(d.md, 2), dname(an, 2), dname(crna, 1)),
                 "Technique: %s   Airway: %s" % (anes_t, pick(r, ["ETT 7.0 oral, grade I view, atraumatic", "LMA #4", "Mask/natural airway", "ETT 7.5 cuffed", "N/A - spinal, 25g Whitacre L3-4"])),
                 "\n".join([row("TIME", times), row("BP", bp), row("HR", hr), row("SpO2", sp), row("EtCO2", ["%d" % r.randint(32, 40) for _ in times])]),
                 "AGENTS: %s" % pick(r, ["Propofol 150 mg, fentanyl 100 mcg, rocuronium 40 mg, sevoflurane 2%", "Pentothal 300 mg, succinylcholine 100 mg, isoflurane, fentanyl 150 mcg",
                                         "Midazolam 2 mg, propofol infusion 75 mcg/kg/min", "Bupivacaine 0.75% 1.6 mL spinal, midazolam 2 mg"]),
                 "Antibiotic: %s at %s   Ondansetron 4 mg   Decadron 4 mg" % (d.abx(), times[0]), "Fluids: LR %d mL   EBL: %s   UO: %s" % (r.randrange(5, 20) * 100, op["ebl"] if op else "min", pick(r, ["n/a", "%d mL" % r.randrange(50, 400)])),
                 "Anesthesia start %s  Incision %s  End %s   To PACU, stable, %s" % (times[0], times[1], times[-1], pick(r, ["extubated", "awake", "LMA removed", "VSS"])),
                 "Signature: %s" % dname(an, 4)]
    elif L == 2:  # post-anesthesia note
        parts = [pick(r, ["POST-ANESTHESIA NOTE", "Post Anesthesia Evaluation", "ANESTHESIA POSTOP VISIT"]), "%s  %s  %s" % (d.name(0), d.d(), ftime(r)),
                 "s/p %s under %s." % (pname, anes_t), "Mental status: %s   Pain: %d/10   N/V: %s" % (pick(r, ["awake, alert", "drowsy, arousable", "oriented"]), r.randint(0, 5), pick(r, ["none", "mild, treated"])),
                 "Airway patent, respiratory function stable. Cardiovascular stable. " + d.vitals_line(1), "Hydration adequate. No apparent anesthetic complications.",
                 "Aldrete %d/10. Discharge from PACU when criteria met." % r.randint(8, 10), "-" + dname(an, 4)]
    elif L == 3:  # MAC / sedation record for procedures
        parts = [letterhead(d, "asc"), pick(r, ["MONITORED ANESTHESIA CARE / SEDATION RECORD", "PROCEDURAL SEDATION RECORD", "CONSCIOUS SEDATION FLOWSHEET"]),
                 pt_block(d, [("Procedure", pname)], style=1), "Pre-sedation: ASA %s, airway class %s, NPO > 8 hrs %s" % (asa, pick(r, ["I", "II"]), checkbox(r, True)),
                 "\n".join("%s  BP %d/%d  HR %d  RR %d  SpO2 %d%%  %s" % (ftime(r, 9, 5 * i, 1), d.vitals["sbp"] - r.randint(0, 20), d.vitals["dbp"] - r.randint(0, 10), d.vitals["hr"] - r.randint(0, 10),
                                                                      r.randint(10, 18), r.randint(94, 100), pick(r, ["", "Versed 1 mg IV", "fentanyl 25 mcg IV", "O2 2L NC", "procedure start", "propofol 30 mg"])) for i in range(r.randint(5, 8))),
                 "Ramsay sedation score max: %d   Reversal agents: %s" % (r.randint(2, 4), pick(r, ["none", "none required"])), "Monitored by: " + dname(pick(r, d.w.nurses + [crna]), 1)]
    elif L == 4:  # regional block note
        blk = {"rcr": "interscalene", "tka": "femoral nerve", "cts": "axillary", "hipfx": "fascia iliaca", "menisc": "femoral nerve"}.get(c["key"], pick(r, ["femoral nerve", "interscalene", "TAP"]))
        parts = [pick(r, ["REGIONAL ANESTHESIA PROCEDURE NOTE", "Nerve Block Note", "PERIPHERAL NERVE BLOCK"]), "%s  MRN %s  %s" % (d.name(0), d.mrn, d.d()),
                 "Block: %s %s  for postoperative analgesia / surgical anesthesia" % (d.side, blk), "Consent obtained. Time out performed. Monitors applied. Sedation: midazolam 2 mg, fentanyl 50 mcg.",
                 d.wrapp("Technique: sterile prep, %s guidance, %s needle. Negative aspiration every 5 mL. %d mL of %s injected incrementally without paresthesia or pain on injection." % (
                     pick(r, ["ultrasound", "nerve stimulator (0.4 mA)", "ultrasound and nerve stimulator"]), pick(r, ["22g 50 mm", "21g 100 mm insulated"]), r.choice([20, 25, 30, 40]),
                     pick(r, ["0.5% ropivacaine", "0.5% bupivacaine with epi 1:200,000", "1.5% mepivacaine"]))),
                 "Complications: none. Block assessed at 15 min: adequate.", "-" + dname(an, 4)]
    else:  # combined billing-style anesthesia summary
        st = r.randint(7, 14)
        parts = [pick(r, ["ANESTHESIA SERVICES", "Anesthesia Summary", "ANESTHESIA CARE RECORD"]), pick(r, ["%s Anesthesia Associates" % d.city, "Associated Anesthesiologists, P.C."]),
                 pt_block(d, [("DOS", d.d()), ("Facility", d.asc if c["setting"] != "inpt" else d.hosp)], style=0),
                 "Surgeon: %s\nProcedure: %s\nDiagnosis: %s (%s)" % (dname(d.md, 1), pname, d.dx(), c["icd"]),
                 "Anesthesia type: %s     ASA PS: %s\nStart: %s   Stop: %s   Total minutes: %d" % (anes_t, asa, ftime(r, st, 0, 0), ftime(r, st + 1, r.randint(0, 59), 0), r.randint(40, 140)),
                 "Medical direction: %s with %s (ratio 1:%d)" % (dname(an, 1), dname(crna, 1), r.randint(1, 3)), "Complications: none", sig_block(d, an, kind=5)]
    return join(*parts)


def g_correspondence(d):
    r = d.rng
    c = d.case
    L = r.randrange(7)
    ref = d.ref
    close = pick(r, ["Sincerely,", "Sincerely yours,", "Yours truly,", "Kind regards,", "Respectfully,"])
    addr = "%s\n%s\n%s, %s %s" % (d.name(3), d.street, d.city, d.state, d.zip)
    if L == 0:  # update to referring doc
        body = "I saw %s back in the office today. %s %s I will see %s again in %s." % (
            d.name(0), interval_text(d)[0], pick(r, ["Examination is satisfactory.", "I am pleased with the progress.", "There were no new findings."]), d.tok["him"], pick(r, ["3 months", "6 weeks", "one year"]))
        parts = [letterhead(d), d.d(style=2), "%s\n%s" % (dname(ref, 1), ref["practice"]), "RE: %s   DOB %s" % (d.name(0), d.dob_s()),
                 "Dear Dr. %s:" % ref["last"], d.wrapp(body), d.wrapp("Thank you for allowing me to share in %s care." % d.tok["his"]), close + sig_block(d, kind=r.choice([0, 3, 6])), tx_footer(d, cc=False)]
    elif L == 1:  # results letter to patient
        res = ("your pathology showed %s, which is %s." % (d.f(c["path"]["brief"]).lower(), "benign (not cancer)" if "carcinoma" not in c["path"]["dx"] else "a cancer; I would like to see you to discuss treatment options")) if c.get("path") else \
            "your recent tests were %s." % pick(r, ["normal", "essentially normal", "stable compared with last year"])
        parts = [letterhead(d), d.d(style=2), addr, "Dear %s %s:" % (d.title, d.last), d.wrapp("I am writing to let you know that " + res + " " + pick(r, [
            "No further treatment is needed at this time.", "Please call the office at %s to schedule a follow-up appointment." % d.group_phone, "We will plan to see you as scheduled."])),
                 d.wrapp("If you have any questions, please do not hesitate to contact our office."), close + sig_block(d, kind=r.choice([0, 6]))]
    elif L == 2:  # missed appointment
        parts = [letterhead(d), d.d(style=2), addr, "Dear %s:" % d.name(3), d.wrapp("Our records show that you missed your appointment on %s with %s. It is important for your health that you continue follow-up care for your %s. Please call %s to reschedule." % (
            d.d(d.days(-r.randint(3, 20)), 2), dname(d.md, 2), pick(r, ["condition", "recent surgery", d.dx().lower()]), d.group_phone)), close, "\n" + pick(r, ["Office Manager", "Patient Services", dname(d.md, 1)])]
    elif L == 3:  # medical necessity to insurer
        payer = pick(r, PAYERS)[0]
        parts = [letterhead(d), d.d(style=2), "%s\nUtilization Review / Medical Director\nP.O. Box %d\n%s, %s" % (payer, r.randrange(1000, 99999), pick(r, CITIES)[0], pick(r, CITIES)[1]),
                 "RE: %s   Member ID: %s%d\nLETTER OF MEDICAL NECESSITY" % (d.name(0), pick(r, ["XGH", "W", "M", "ZQ"]), r.randrange(10 ** 7, 10 ** 9)),
                 "To Whom It May Concern:", d.wrapp("I am writing on behalf of my patient, %s, to request authorization for %s. %s %s" % (d.name(0), (proc_name(d) or "continued treatment").lower(), d.f(c["hpi"]), d.f(c["plan"]))),
                 d.wrapp("In my medical opinion this is medically necessary. Please contact my office if additional documentation is required."), close + sig_block(d, kind=0)]
    elif L == 4:  # work/school note
        parts = [letterhead(d), d.d(), pick(r, ["To Whom It May Concern:", "RE: " + d.name(0), "WORK STATUS"]),
                 d.wrapp("%s has been under my care %s. %s may return to %s on %s %s." % (d.name(0), pick(r, ["for " + d.dx().lower(), "since " + d.d(d.days(-r.randint(10, 40)))]), d.tok["He"],
                                                                                 "school" if d.child else "work", d.d(d.days(r.randint(3, 42))), pick(r, ["without restrictions", "with no lifting over 10 pounds for 4 weeks", "light duty, seated work only", "with restrictions as noted"]))),
                 sig_block(d, kind=r.choice([0, 5]))]
    elif L == 5:  # to patient re discharge from practice / policy
        parts = [letterhead(d), d.d(style=2), pick(r, ["CERTIFIED MAIL - RETURN RECEIPT REQUESTED", "VIA FIRST CLASS MAIL"]), addr, "Dear %s %s," % (d.title, d.last),
                 d.wrapp("This letter is to inform you that %s will no longer be able to provide medical care to you effective 30 days from the date of this letter, due to %s. We will remain available for emergency care during this period. We recommend that you find another physician promptly; your records will be forwarded upon receipt of a signed authorization." % (
                     dname(d.md, 1), pick(r, ["repeated missed appointments", "non-compliance with the treatment plan", "an outstanding balance"]))), close + sig_block(d, kind=0)]
    else:  # physician-to-physician brief note / fax memo
        parts = ["MEMO", "To: %s   From: %s\nDate: %s\nRe: %s" % (dname(ref, 2), dname(d.md, 2), d.d(), d.name(0)),
                 d.wrapp(pick(r, ["Just a note to let you know that %s underwent %s on %s and is doing well." % (d.tok["pt"], (proc_name(d) or "evaluation").lower(), d.d(d.days(-r.randint(3, 14)))),
                                  "Your patient was seen here today. Copies of our notes and test results are attached for your records.",
                                  "Please note %s would benefit from adjustment of %s blood pressure medications; readings here have been elevated." % (d.tok["pt"], d.tok["his"])])),
                 "Thanks, " + d.md["first"]]
    return join(*parts)


RISKS = {"op": "bleeding, infection, damage to nearby structures, blood clots, reaction to anesthesia, need for further surgery, and in rare cases death",
         "colonoscopy": "bleeding, perforation (a tear in the bowel wall) which may require surgery, missed lesions, and reaction to sedation",
         "egd": "bleeding, perforation, aspiration, sore throat and reaction to sedation",
         "cath": "bleeding at the puncture site, damage to the artery, heart attack, stroke, kidney injury from contrast, emergency bypass surgery and death",
         "default": "bleeding, infection, pain, injury to surrounding structures and allergic reaction"}


def g_consent_form(d):
    r = d.rng
    c = d.case
    pname = proc_name(d) or "Examination and treatment"
    kind = "op" if c.get("op") else (c["pk"][0] if c.get("pk") else "default")
    risks = RISKS.get(kind, RISKS["default"])
    fac = d.hosp if c["setting"] == "inpt" else d.asc
    sigs = "\n\n______________________________   Date: ________  Time: ______\nPatient / Legally Authorized Representative\n\n______________________________   Date: ________\nWitness\n\n______________________________   Date: ________\nPhysician"
    L = r.randrange(6)
    if L == 0:
        parts = [fac.upper(), pick(r, ["CONSENT TO OPERATION, ANESTHESIA AND OTHER MEDICAL SERVICES", "SURGICAL CONSENT", "AUTHORIZATION FOR SURGICAL OR MEDICAL PROCEDURE"]), pt_block(d, style=2),
                 d.wrapp("1. I hereby authorize Dr. %s and such assistants as may be selected to perform the following operation/procedure: %s." % (d.md["last"], pname.upper())),
                 d.wrapp("2. The nature and purpose of the operation, possible alternative methods of treatment, the risks involved, and the possibility of complications have been explained to me. I understand the risks include but are not limited to %s." % risks),
                 d.wrapp("3. I consent to the administration of anesthesia by or under the direction of the anesthesiologist, and to the use of such anesthetics as may be deemed advisable."),
                 d.wrapp("4. I consent to the disposal by hospital authorities of any tissues or parts which may be removed."),
                 d.wrapp("5. I acknowledge that no guarantee or assurance has been given by anyone as to the results that may be obtained."), sigs]
    elif L == 1:
        parts = [letterhead(d, "asc"), pick(r, ["INFORMED CONSENT FOR PROCEDURE", "Consent for Procedure / Sedation"]),
                 "Patient: %s   DOB: %s   Date: %s" % (d.name(0), d.dob_s(), d.d()), "Procedure: " + pname, "Side/Site: %s" % (d.side if "{side}" in c["dx"] or "{Side}" in (c.get("op") or {}).get("name", "") else "N/A"),
                 "Physician: " + dname(d.md, 1), d.wrapp("My physician has explained: the nature of my condition (%s); the procedure; expected benefits; reasonable alternatives including no treatment; and the risks, including %s." % (d.dx(), risks)),
                 "I have had the opportunity to ask questions and all have been answered.  Initials ____", "Sedation: %s Moderate sedation  %s MAC  %s Local only" % (checkbox(r), checkbox(r), checkbox(r)), sigs]
    elif L == 2:  # blood transfusion consent
        parts = [d.hosp, pick(r, ["CONSENT FOR TRANSFUSION OF BLOOD OR BLOOD PRODUCTS", "Blood Transfusion Consent / Refusal"]), pt_block(d, style=1),
                 d.wrapp("I understand that during my treatment for %s it may become necessary to receive blood or blood components. The risks, including fever, allergic reactions, and rarely transmission of infections such as hepatitis or HIV, have been explained, as have alternatives such as autologous donation." % d.dx().lower()),
                 "%s I CONSENT to transfusion\n%s I REFUSE transfusion and release the hospital and physicians from liability" % (checkbox(r, True), checkbox(r, False)), sigs]
    elif L == 3:  # endoscopy specific consent
        parts = [letterhead(d), "ENDOSCOPY CONSENT" if kind in ("colonoscopy", "egd") else "PROCEDURE CONSENT", "Name: %s   Chart: %s" % (d.name(0), d.mrn),
                 "I, %s, authorize %s to perform:\n  %s Colonoscopy   %s EGD   %s Biopsy   %s Polypectomy   %s Dilation   %s Other: %s" % (
                     d.name(0), dname(d.md, 1), checkbox(r, kind == "colonoscopy"), checkbox(r, kind == "egd"), checkbox(r, True), checkbox(r, kind == "colonoscopy"), checkbox(r, c["key"] == "egd"), checkbox(r, kind not in ("colonoscopy", "egd")), pname if kind not in ("colonoscopy", "egd") else ""),
                 d.wrapp("Possible complications: " + risks + ". The incidence of serious complications is low (about 1 in 1,000 to 1 in 3,000)."),
                 "I will not drive for the rest of the day. Driver name: ____________", sigs]
    elif L == 4:  # anesthesia consent
        parts = [pick(r, ["%s Anesthesia Associates" % d.city, "Department of Anesthesiology"]), "CONSENT FOR ANESTHESIA SERVICES", pt_block(d, style=0),
                 d.wrapp("I understand that anesthesia services are needed for my procedure (%s). The anesthesia plan is: %s General  %s Spinal/Epidural  %s Nerve block  %s MAC/sedation." % (pname, checkbox(r), checkbox(r), checkbox(r), checkbox(r))),
                 d.wrapp("Expected risks include sore throat, hoarseness, nausea and vomiting, injury to teeth, headache, and injury to blood vessels. Unexpected severe risks include awareness, nerve damage, stroke, brain damage, heart attack or death."),
                 "Patient: ____________________   Anesthesiologist: %s   Date: %s" % (dname(pick(r, d.w.anes), 1), d.d())]
    else:  # informed refusal / special
        parts = [fac, pick(r, ["INFORMED REFUSAL", "REFUSAL OF TREATMENT / RELEASE", "AGAINST MEDICAL ADVICE RELEASE"]), pt_block(d, style=2),
                 d.wrapp("I, %s, have been advised by Dr. %s that %s is recommended for %s. The risks of refusing, including %s, have been explained to me. I nevertheless refuse and release the physicians and facility from all responsibility for any ill effects." % (
                     d.name(0), d.md["last"], pname.lower(), d.dx().lower(), pick(r, ["worsening of my condition", "permanent disability", "death"]))), sigs]
    return join(*parts)


def g_referral_letter(d):
    r = d.rng
    c = d.case
    ref = d.ref
    to = d.md
    L = r.randrange(6)
    reason = d.f(c["cc"])
    if L == 0:
        parts = ["%s\n%s\n%s, %s" % (ref["practice"], "%d %s Road" % (r.randrange(100, 9000), pick(r, STREETS)), d.city, d.state), d.d(style=2),
                 "%s\n%s" % (dname(to, 1), d.group), "RE: %s   DOB: %s" % (d.name(0), d.dob_s()),
                 "Dear Dr. %s:" % to["last"], d.wrapp("I would appreciate your seeing %s, a %d-year-old %s with %s. %s" % (d.name(0), d.age, d.tok["sex"], reason, pick(r, [d.f(c["hpi"]), "Symptoms have not responded to conservative treatment."]))),
                 d.wrapp("Past history: %s Current medications: %s Allergies: %s" % (d.pmh_str(), d.meds_inline(), d.allergy_str())),
                 d.wrapp(pick(r, ["I would appreciate your evaluation and recommendations.", "Please evaluate and treat as you see fit.", "Thank you for seeing this patient; I look forward to your opinion."])),
                 "Sincerely," + sig_block(d, ref, kind=r.choice([0, 6]))]
    elif L == 1:  # HMO referral form
        payer = pick(r, [p for p in PAYERS if p[1] == "HMO"])
        parts = [payer[0].upper(), pick(r, ["REFERRAL FORM", "SPECIALIST REFERRAL / AUTHORIZATION", "Consultation Request Form"]),
                 "Referral #: %d   Authorization #: %s%d" % (r.randrange(10 ** 6, 10 ** 7), pick(r, ["A", "R", ""]), r.randrange(10 ** 5, 10 ** 6)),
                 "Member: %s   ID: %s   DOB: %s" % (d.name(1), "%s%08d" % (pick(r, ["KHP", "UC"]), r.randrange(10 ** 8)), d.dob_s()),
                 "PCP: %s   Phone: %s\nRefer to: %s (%s)" % (dname(ref, 1), phone(r), dname(to, 1), d.specname()),
                 "Diagnosis: %s   ICD-9: %s\nReason: %s" % (d.dx(), c["icd"], reason), "Visits authorized: %d   Valid: %s through %s" % (r.randint(1, 3), d.d(), d.d(d.days(90))),
                 "%s Consult only  %s Consult and treat  %s Procedure: %s" % (checkbox(r), checkbox(r), checkbox(r), proc_name(d) or ""), "PCP signature: ______________"]
    elif L == 2:  # brief faxed referral
        parts = ["FAX REFERRAL", "To: %s   Fax: %s\nFrom: %s   Ph: %s" % (d.group, d.group_fax, ref["practice"], phone(r)),
                 "Pt: %s  DOB %s  Ph %s\nIns: %s" % (d.name(0), d.dob_s(), d.phone, pick(r, PAYERS)[0]),
                 "Specialty: %s\nReason for referral: %s\nUrgency: %s" % (d.specname(), reason + "; " + d.dx().lower(), pick(r, ["Routine", "Urgent - within 1 week", "ASAP"])),
                 "Records attached: %s" % pick(r, ["office notes, labs", "x-rays on CD", "last 2 visits", "none"]), "Referring provider: " + dname(ref, 1)]
    elif L == 3:  # specialist to specialist
        fr = pick(r, [x for sp in d.w.docs for x in d.w.docs[sp] if sp != d.spec])
        parts = [letterhead(d), d.d(style=2), "Dear Dr. %s," % to["last"], d.wrapp("I am referring %s, whom I follow for %s, for evaluation of %s. %s" % (d.name(0), pick(r, ["hypertension", "an unrelated problem", "arthritis", "reflux"]), reason, d.f(c["hpi"]))),
                 d.wrapp("I have enclosed recent notes and studies. Please send your findings to me and to %s." % dname(ref, 2)), "Best regards," + sig_block(d, fr, kind=0)]
    elif L == 4:  # internal referral form w/ check boxes
        parts = [d.group, pick(r, ["INTERNAL REFERRAL", "REQUEST FOR CONSULTATION", "Referral Request"]),
                 "Date: %s   Patient: %s   MRN: %s" % (d.d(), d.name(4), d.mrn),
                 "Referred to: " + " ".join("%s %s" % (checkbox(r, sp == d.spec), SPEC_NAMES[sp][0]) for sp in r.sample(list(SPEC_NAMES), 5) + ([d.spec] if r.random() < 0.5 else [])),
                 "Physician requested: %s" % dname(to, 2), "Question to be answered: " + d.wrapp(reason + "?"), "Priority: %s Routine %s Urgent" % (checkbox(r, True), checkbox(r, False)),
                 "Requested by: %s" % dname(pick(r, d.w.pcps + d.w.hosps), 1)]
    else:  # handwritten note
        parts = ["%s\n%s" % (dname(ref, 0), ref["practice"]), d.d(style=1), "Dr. %s -" % to["last"],
                 d.wrapp("Please see %s for %s. %s Thanks." % (d.name(0), reason, pick(r, ["Has failed NSAIDs and PT.", "Worse over past month.", "Pt anxious - please see soon.", ""]))),
                 dname(ref, 2)]
    return join(*parts)


def g_advance_directive(d):
    r = d.rng
    agent = "%s %s" % (pick(r, FIRST_F + FIRST_M), pick(r, [d.last, pick(r, LAST)]))
    rel = pick(r, ["spouse", "daughter", "son", "sister", "friend", "nephew"])
    state = d.state
    wit = "\n\n__________________________  Witness    Date ________\n__________________________  Witness    Date ________"
    notary = "\n\nSTATE OF %s     )\nCOUNTY OF %s )  ss.\nSubscribed and sworn before me this ___ day of ________, %d.\n\n______________________ Notary Public\nMy commission expires: ________" % (state, pick(r, ["Wyndham", "Harlow", "Carrow", "Tamsin"]), d.year)
    L = r.randrange(6)
    if L == 0:
        parts = [pick(r, ["DECLARATION", "LIVING WILL DECLARATION", "LIVING WILL"]), pick(r, ["(Made pursuant to the %s Living Will Act)" % state, "State of " + state, ""]),
                 d.wrapp("I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below." % d.name(3)),
                 d.wrapp("If at any time I should have an incurable and irreversible injury, disease or illness judged to be a terminal condition by my attending physician, and where the application of life-sustaining procedures would serve only to artificially prolong the dying process, I direct that such procedures be withheld or withdrawn, and that I be permitted to die naturally with only the administration of medication or the performance of any medical procedure deemed necessary to provide me with comfort care."),
                 "Artificially provided nutrition and hydration:  %s I DO want   %s I DO NOT want" % (checkbox(r), checkbox(r)),
                 "Signed this %d day of %s, %d.\n\n________________________________\n%s\n%s, %s, %s" % (d.date.day, MONTHS[d.date.month - 1], d.year, d.name(3), d.street, d.city, state), wit]
    elif L == 1:
        parts = [pick(r, ["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "HEALTH CARE POWER OF ATTORNEY", "APPOINTMENT OF HEALTH CARE AGENT"]),
                 d.wrapp("I, %s, of %s, %s, hereby appoint %s, my %s, of %s, telephone %s, as my agent to make health care decisions for me if and when I am unable to make my own health care decisions." % (
                     d.name(3), d.city, state, agent, rel, pick(r, CITIES)[0], phone(r))),
                 d.wrapp("ALTERNATE AGENT: If the person named above is unable or unwilling to serve, I appoint %s %s." % (pick(r, FIRST_F + FIRST_M), pick(r, LAST))),
                 d.wrapp("This gives my agent the power to consent to, refuse, or withdraw any care, treatment, service or procedure, including life-sustaining treatment. My agent shall act in accordance with my wishes as expressed in this document or otherwise known."),
                 "Special instructions: " + pick(r, ["None.", "I do not want to be placed on a ventilator long term.", "I wish to donate my organs.", "________________________"]),
                 "Date: %s      Signature: ___________________________" % d.d(), wit, notary if r.random() < 0.5 else ""]
    elif L == 2:  # DNR order form
        parts = [d.hosp, pick(r, ["DO NOT RESUSCITATE ORDER", "DNR / COMFORT CARE ORDER", "Physician Order - Code Status"]), pt_block(d, style=0),
                 "Code status:\n %s Full code\n %s DNR - No CPR, no intubation\n %s DNR - No CPR, may intubate\n %s Comfort measures only" % (checkbox(r, False), checkbox(r, True), checkbox(r, False), checkbox(r, False)),
                 d.wrapp("This order was discussed with %s and the decision was made by %s. Diagnosis: %s." % (pick(r, ["the patient", "the patient's health care agent, " + agent]), pick(r, ["the patient", "the agent"]), d.dx())),
                 "Physician: %s   Date/Time: %s %s" % (dname(pick(r, [d.md] + d.w.hosps), 1), d.d(), ftime(r))]
    elif L == 3:  # advance directive acknowledgment form
        parts = [d.hosp if r.random() < 0.5 else d.asc, pick(r, ["ADVANCE DIRECTIVE ACKNOWLEDGMENT", "PATIENT SELF-DETERMINATION ACT - ADVANCE DIRECTIVE INFORMATION"]), pt_block(d, style=1),
                 "1. I have been given written information about my right to make health care decisions. %s Yes %s No" % (checkbox(r, True), checkbox(r, False)),
                 "2. I have executed an advance directive:  %s Living will  %s Health care power of attorney  %s None" % (checkbox(r), checkbox(r), checkbox(r)),
                 "3. A copy has been provided for my chart. %s Yes %s No - I have been asked to provide a copy." % (checkbox(r), checkbox(r)),
                 "4. I would like more information. %s" % checkbox(r, False),
                 d.wrapp("NOTE: For procedures performed at this surgery center, resuscitative measures will be instituted in the event of a cardiac arrest, and the patient will be transferred to an acute care hospital where the advance directive will be honored." if r.random() < 0.5 else ""),
                 "Patient signature: ______________  Date: %s\nStaff: %s" % (d.d(), dname(pick(r, d.w.nurses), 1))]
    elif L == 4:  # narrative personal wishes
        parts = [pick(r, ["MY HEALTH CARE WISHES", "Statement of Personal Wishes", "Advance Health Care Directive"]), "Name: %s    Date of birth: %s" % (d.name(3), d.dob_s()),
                 d.wrapp("If I am in a coma or persistent vegetative state and, in the opinion of my physician and two consultants, there is no reasonable hope of recovery, I do not want life support treatment such as CPR, a breathing machine, dialysis or tube feeding. I do want medicine for pain even if it hastens my death."),
                 d.wrapp("I would like to be at home if possible. I would like %s to be called. %s" % (pick(r, ["my pastor", "my children", "hospice"]), pick(r, ["I want my family to know that I love them.", "Please honor my religious beliefs.", ""]))),
                 "The person I choose to make decisions for me: %s (%s)  %s" % (agent, rel, phone(r)), "Signature ____________________  Date %s" % d.d(), wit]
    else:  # POLST-like portable form
        parts = [pick(r, ["PHYSICIAN ORDERS FOR SCOPE OF TREATMENT", "Portable Medical Orders for Life-Sustaining Treatment"]), "SEND FORM WITH PATIENT WHENEVER TRANSFERRED",
                 "Last name: %s   First: %s   DOB: %s" % (d.last, d.first, d.dob_s()),
                 "A. CARDIOPULMONARY RESUSCITATION: %s Attempt resuscitation  %s Do not attempt (DNR)" % (checkbox(r, False), checkbox(r, True)),
                 "B. MEDICAL INTERVENTIONS: %s Comfort measures only  %s Limited additional interventions  %s Full treatment" % (checkbox(r), checkbox(r), checkbox(r)),
                 "C. ANTIBIOTICS: %s No antibiotics  %s Use antibiotics" % (checkbox(r), checkbox(r)),
                 "D. ARTIFICIALLY ADMINISTERED NUTRITION: %s None  %s Trial period  %s Long-term" % (checkbox(r), checkbox(r), checkbox(r)),
                 "Discussed with: %s Patient  %s Health care agent (%s)" % (checkbox(r), checkbox(r), agent),
                 "Physician: %s  Phone %s  Date %s\nPatient/agent signature: _______________" % (dname(pick(r, [d.md, d.ref]), 1), d.group_phone, d.d())]
    return join(*parts)


def ecg_values(d):
    r = d.rng
    k = d.case["key"]
    if d.case.get("afib"):
        return dict(rate=d.vitals["hr"], pr=None, qrs=r.randint(80, 98), qt=r.randint(300, 340), axis=r.randint(-10, 60), t=r.randint(20, 80),
                    interp=["Atrial fibrillation with rapid ventricular response", "Nonspecific ST and T wave abnormality", "Abnormal ECG"])
    if k == "pacer":
        return dict(rate=d.vitals["hr"], pr=r.randint(180, 210), qrs=r.randint(90, 110), qt=r.randint(440, 480), axis=r.randint(-20, 40), t=r.randint(20, 60),
                    interp=["Sinus bradycardia", "First degree AV block" if r.random() < 0.5 else "Sinus pause noted", "Abnormal ECG"])
    if k == "cad":
        return dict(rate=r.randint(62, 84), pr=r.randint(150, 190), qrs=r.randint(84, 100), qt=r.randint(370, 410), axis=r.randint(-15, 45), t=r.randint(100, 160),
                    interp=["Normal sinus rhythm", "ST depression in V4-V6, consider anterolateral ischemia", "Abnormal ECG"])
    if k == "chf":
        return dict(rate=r.randint(88, 104), pr=r.randint(170, 200), qrs=r.randint(118, 140), qt=r.randint(380, 420), axis=r.randint(-60, -30), t=r.randint(100, 170),
                    interp=["Sinus rhythm", "Left bundle branch block" if r.random() < 0.5 else "Left anterior fascicular block", "Q waves V1-V3, old anterior infarct", "Abnormal ECG"])
    hr = d.vitals["hr"]
    return dict(rate=hr, pr=r.randint(136, 196), qrs=r.randint(76, 102), qt=int(400 * (60.0 / hr) ** 0.5) + r.randint(-15, 15), axis=r.randint(-10, 75), t=r.randint(20, 70),
                interp=[("Sinus tachycardia" if hr > 100 else "Normal sinus rhythm"), pick(r, ["Normal ECG", "Otherwise normal ECG", "Borderline ECG", "Low voltage QRS", "Nonspecific T wave abnormality"])])


def g_ecg_report(d):
    r = d.rng
    e = ecg_values(d)
    qtc = int(e["qt"] / ((60.0 / e["rate"]) ** 0.5))
    cards = pick(r, d.w.docs["cards"])
    L = r.randrange(6)
    if L == 0:  # machine printout
        parts = ["%s   ID:%s   %s %s" % (d.name(1), d.mrn, d.d(style=3), ftime(r, style=1)),
                 "%d yr   %s   %s   Loc:%d   Room:%s" % (d.age, "Male" if d.sex == "M" else "Female", pick(r, ["Caucasian", "Black", "Unknown"]), r.randint(1, 40), pick(r, ["ER", "OP", "%d" % r.randint(200, 600)])),
                 "Vent. rate      %3d BPM\nPR interval     %s ms\nQRS duration    %3d ms\nQT/QTc      %d/%d ms\nP-R-T axes  %s %d %d" % (
                     e["rate"], "***" if e["pr"] is None else "%3d" % e["pr"], e["qrs"], e["qt"], qtc, "***" if e["pr"] is None else r.randint(20, 70), e["axis"], e["t"]),
                 "\n".join(e["interp"]), pick(r, ["When compared with ECG of %s, no significant change was found" % fdate(d.days(-r.randint(100, 900)), 3), "No previous ECGs available", ""]),
                 "Confirmed by %s (%d) on %s" % (dname(cards, 3), r.randint(10, 99), fdate(d.days(1), 1)) if r.random() < 0.7 else "UNCONFIRMED REPORT",
                 "Referred by: %s" % dname(pick(r, [d.md, d.ref]), 3)]
    elif L == 1:  # dictated interpretation
        parts = [letterhead(d, pick(r, ["hosp", "group"])), pick(r, ["ELECTROCARDIOGRAM", "ECG INTERPRETATION", "EKG REPORT", "12-LEAD ELECTROCARDIOGRAM"]), pt_block(d, [("Date", d.d())]),
                 d.sec("RHYTHM", e["interp"][0] + " at %d beats per minute." % e["rate"]),
                 d.sec("INTERVALS", ("PR %d ms, " % e["pr"] if e["pr"] else "PR not measurable, ") + "QRS %d ms, QTc %d ms." % (e["qrs"], qtc)),
                 d.sec("AXIS", "%d degrees." % e["axis"]), d.sec("INTERPRETATION", "; ".join(e["interp"][1:]) or "Normal."), sig_block(d, cards, kind=r.choice([1, 4]))]
    elif L == 2:  # Holter
        parts = [pick(r, ["HOLTER MONITOR REPORT", "24-HOUR AMBULATORY ECG (HOLTER)", "Ambulatory Monitoring Report"]), pt_block(d, [("Hookup", d.d()), ("Duration", "%d hr %d min" % (r.randint(22, 24), r.randint(0, 59)))]),
                 "Indication: " + d.f(d.case["cc"]),
                 "Heart rate: min %d, max %d, average %d\nVentricular ectopy: %d PVCs, %d couplets, %s runs of VT\nSupraventricular ectopy: %d PACs, %s\nPauses: %s" % (
                     r.randint(32, 58), r.randint(110, 160), r.randint(64, 90), r.randint(0, 900), r.randint(0, 12), pick(r, ["no", "no", "one 4-beat"]), r.randint(0, 1200),
                     "atrial fibrillation present %d%% of the time" % r.randint(40, 100) if d.case.get("afib") else "no atrial fibrillation",
                     "longest 4.2 seconds at 03:14" if d.case["key"] == "pacer" else "none > 2.0 sec"),
                 "Patient diary: %s" % pick(r, ["dizziness at 14:20 corresponding to sinus rhythm", "no symptoms recorded", "palpitations x2, correlate with PACs"]),
                 d.sec("IMPRESSION", e["interp"][0] + ". " + pick(r, ["Symptoms correlated as above.", "No significant arrhythmia.", "Clinical correlation recommended."])), sig_block(d, cards)]
    elif L == 3:  # exercise treadmill
        parts = [pick(r, ["EXERCISE STRESS TEST", "TREADMILL EXERCISE ECG REPORT", "GRADED EXERCISE TEST"]), pt_block(d, [("Date", d.d())], style=1),
                 "Protocol: Bruce   Exercise time: %d:%02d   METs: %.1f\nResting HR %d, BP %d/%d   Peak HR %d (%d%% MPHR), BP %d/%d" % (
                     r.randint(4, 11), r.randint(0, 59), r.uniform(5, 12), r.randint(60, 85), d.vitals["sbp"], d.vitals["dbp"], r.randint(130, 165), r.randint(80, 98), r.randint(160, 200), r.randint(70, 90)),
                 "Reason for stopping: %s" % pick(r, ["fatigue", "target heart rate achieved", "chest pain", "dyspnea"]),
                 "ECG response: %s" % ("2 mm horizontal ST depression V4-V6 at peak, resolving at 4 min recovery" if d.case["key"] == "cad" else "No ischemic ST changes. Rare PVCs."),
                 "CONCLUSION: %s" % ("Positive ECG response for ischemia. Recommend further evaluation." if d.case["key"] == "cad" else "Negative for ischemia at adequate workload."), sig_block(d, cards, kind=r.choice([0, 4]))]
    elif L == 4:  # brief hand-written style
        parts = ["EKG  %s  %s" % (d.d(style=1), d.name(0)), "%s, rate %d. %s %s" % (e["interp"][0], e["rate"], "; ".join(e["interp"][1:]), pick(r, ["No change from prior.", "Compared to prior, new.", ""])),
                 "- " + cards["last"]]
    else:  # pre-op ECG interpretation form
        parts = [d.asc if r.random() < 0.5 else d.hosp, "PREOPERATIVE ECG", "%s  DOB %s  Date %s" % (d.name(4), d.dob_s(), d.d()),
                 "Rate %d   PR %s   QRS %d   QT/QTc %d/%d   Axis %d" % (e["rate"], e["pr"] or "--", e["qrs"], e["qt"], qtc, e["axis"]),
                 "%s Normal   %s Abnormal - see comments" % (checkbox(r, len(e["interp"]) < 3), checkbox(r, len(e["interp"]) >= 3)), "Comments: " + "; ".join(e["interp"]),
                 "Read by %s" % dname(pick(r, [cards] + d.w.anes), 1)]
    return join(*parts)


VACCINES_ADULT = [("Td (tetanus-diphtheria)", "Sanofi Pasteur", "IM", "0.5 mL"), ("Influenza", "Fluzone", "IM", "0.5 mL"), ("Pneumococcal polysaccharide (PPV23)", "Pneumovax 23", "IM", "0.5 mL"),
                  ("Hepatitis B #1", "Engerix-B", "IM", "1.0 mL"), ("Hepatitis B #2", "Engerix-B", "IM", "1.0 mL"), ("Hepatitis B #3", "Recombivax HB", "IM", "1.0 mL"), ("Zoster", "Zostavax", "SC", "0.65 mL"),
                  ("Tdap", "Boostrix", "IM", "0.5 mL"), ("PPD (Mantoux) 5 TU", "Tubersol", "ID", "0.1 mL")]
VACCINES_CHILD = [("DTaP", "Infanrix", "IM", "0.5 mL"), ("IPV", "IPOL", "SC", "0.5 mL"), ("MMR", "M-M-R II", "SC", "0.5 mL"), ("Hib", "PedvaxHIB", "IM", "0.5 mL"),
                  ("Hep B", "Engerix-B Ped", "IM", "0.5 mL"), ("Varicella", "Varivax", "SC", "0.5 mL"), ("Pneumococcal conjugate (PCV7)", "Prevnar", "IM", "0.5 mL"), ("Influenza", "FluMist/Fluzone", "IM", "0.25 mL")]


def g_immunization_record(d):
    r = d.rng
    vac = VACCINES_CHILD if d.child else VACCINES_ADULT
    nurse = pick(r, d.w.nurses)
    rows = []
    for v in r.sample(vac, min(len(vac), r.randint(3, 7))):
        dt = d.days(-r.randint(0, 365 * min(d.age, 10) + 30))
        if v[0].startswith("Zoster") and d.year < 2006:
            continue
        rows.append((fdate(dt, 1), v, "%s%d%s" % (pick(r, ["U", "C", "AC", "L", ""]), r.randrange(1000, 99999), pick(r, ["AA", "B", "", "X"])), pick(r, ["L deltoid", "R deltoid", "L thigh", "R thigh", "L arm"])))
    rows.sort()
    L = r.randrange(6)
    if L == 0:
        parts = [letterhead(d), pick(r, ["IMMUNIZATION RECORD", "VACCINE ADMINISTRATION RECORD", "Immunization History"]), pt_block(d, style=2),
                 "%-10s %-34s %-14s %-10s %-10s %s" % ("DATE", "VACCINE", "MFR", "LOT", "SITE", "GIVEN BY"),
                 "\n".join("%-10s %-34s %-14s %-10s %-10s %s" % (dt, v[0][:34], v[1][:14], lot, site, "".join(x[0] for x in (nurse["first"], nurse["last"]))) for dt, v, lot, site in rows)]
    elif L == 1:  # flu shot consent and record
        parts = [pick(r, ["INFLUENZA VACCINE CONSENT AND ADMINISTRATION RECORD", "Flu Shot Clinic %d-%d" % (d.year, d.year + 1)]), "Name: %s   DOB: %s   Age: %d" % (d.name(0), d.dob_s(), d.age),
                 "Screening: Are you sick today? %s Y %s N\nAllergic to eggs? %s Y %s N\nHistory of Guillain-Barre? %s Y %s N" % (checkbox(r, False), checkbox(r, True), checkbox(r, False), checkbox(r, True), checkbox(r, False), checkbox(r, True)),
                 d.wrapp("I have read or had explained to me the Vaccine Information Statement (VIS dated %s) and understand the benefits and risks. I request that the vaccine be given to me." % fdate(d.days(-r.randint(60, 300)), 1)),
                 "Signature: ______________", "Vaccine: Influenza %s   Lot: %s   Exp: %s   Site: %s   Dose 0.5 mL IM\nAdministered by: %s  Date: %s" % (d.year, "U%d" % r.randrange(1000, 9999), fdate(d.days(200), 1), pick(r, ["L deltoid", "R deltoid"]), dname(nurse, 1), d.d())]
    elif L == 2:  # state certificate child or adult table without lots
        parts = [pick(r, ["CERTIFICATE OF IMMUNIZATION", "STATE OF %s - IMMUNIZATION CERTIFICATE" % d.state]), "Child's name: %s   Birthdate: %s   Sex: %s" % (d.name(0), d.dob_s(), d.sex) if d.child else "Name: %s   DOB: %s" % (d.name(0), d.dob_s()),
                 "VACCINE        DOSE 1     DOSE 2     DOSE 3     DOSE 4", "\n".join("%-14s %s" % (v[0][:14], "   ".join(fdate(d.days(-r.randint(30, 1500)), 6) for _ in range(r.randint(1, 4)))) for _, v, _, _ in rows),
                 "Certified by: %s   Date: %s" % (dname(pick(r, d.w.pcps), 1), d.d())]
    elif L == 3:  # narrative nurse entry
        dt, v, lot, site = rows[-1] if rows else (d.d(), vac[1], "U1234", "L deltoid")
        parts = ["%s  %s" % (d.d(), pick(r, ["Nurse visit", "Injection note", "Immunization"])), d.wrapp("%s given %s %s %s in %s per %s order. Lot %s, exp %s, %s. VIS given. Pt tolerated well, no reaction observed after 15 min." % (
            d.name(0), v[0], v[3], v[2], site, dname(d.md, 2), lot, fdate(d.days(r.randint(90, 600)), 1), v[1])), "-" + dname(nurse, 1)]
    elif L == 4:  # pre-op/employee health record
        parts = [d.asc if r.random() < 0.5 else d.hosp, pick(r, ["EMPLOYEE HEALTH - IMMUNIZATION STATUS", "PATIENT IMMUNIZATION SCREENING", "Preventive Health Flowsheet"]), "%s   %s" % (d.name(4), d.mrn),
                 "\n".join("%-34s %s" % (v[0], dt) for dt, v, _, _ in rows), "Tetanus up to date: %s Y %s N   Pneumovax: %s   Last flu vaccine: %s" % (checkbox(r, True), checkbox(r, False), pick(r, ["given", "declined", "N/A"]), pick(r, ["this season", "last year", "never"]))]
    else:  # registry printout
        parts = [pick(r, ["%s IMMUNIZATION REGISTRY - OFFICIAL RECORD" % d.state, "Immunization Registry Report"]), "Patient: %s  DOB: %s  Registry ID: %d" % (d.name(1), d.dob_s(), r.randrange(10 ** 7, 10 ** 8)),
                 "\n".join("%s  %-32s  dose %s  %s" % (dt, v[0][:32], pick(r, ["1", "2", "3", "B"]), pick(r, ["historical", "administered", "valid"])) for dt, v, _, _ in rows),
                 "Recommended next: %s" % pick(r, ["Influenza (due now)", "Td booster %d" % (d.year + 10), "none"]), "Printed %s" % d.d()]
    return join(*parts)


def g_registration_form(d):
    r = d.rng
    payer, ptype = pick(r, PAYERS)
    if d.age >= 65:
        payer, ptype = pick(r, [("Medicare", "MCR"), ("Pinnacle Senior Advantage", "MA")])
    mid = "%09dA" % r.randrange(10 ** 8, 10 ** 9) if ptype == "MCR" else "%s%08d" % (pick(r, ["XGA", "KHP", "W", "ZBM", ""]), r.randrange(10 ** 8))
    grp = "%05d" % r.randrange(100000)
    emp = pick(r, ["Retired", "Harlow Tool & Die", "County Schools", "Self-employed", "Walton Foods", "Unemployed", "St. Aldric Memorial", "Disabled"])
    ec = "%s %s (%s) %s" % (pick(r, FIRST_F + FIRST_M), pick(r, [d.last, pick(r, LAST)]), pick(r, ["spouse", "daughter", "son", "mother", "friend"]), phone(r))
    guar = "Self" if not d.child else "%s %s (parent)" % (pick(r, FIRST_F), d.last)
    L = r.randrange(6)
    F = lambda k, v: "%-22s %s" % (k + ":", v)
    if L == 0:
        parts = [letterhead(d), pick(r, ["PATIENT INFORMATION", "PATIENT REGISTRATION FORM", "NEW PATIENT INFORMATION SHEET"]),
                 "\n".join([F("Last name", d.last), F("First name", d.first), F("M.I.", d.mi), F("Date of birth", d.dob_s()), F("Sex", d.sex), F("SSN", d.ssn),
                            F("Address", d.street), F("City/State/Zip", "%s, %s %s" % (d.city, d.state, d.zip)), F("Home phone", d.phone),
                            F("Marital status", pick(r, ["M", "S", "W", "D"])), F("Employer", emp), F("Emergency contact", ec), F("Referring physician", dname(d.ref, 1)),
                            F("Primary insurance", payer), F("Policy/ID #", mid), F("Group #", grp), F("Subscriber", guar)]),
                 "How did you hear about us? %s Physician %s Friend %s Yellow pages %s Other" % (checkbox(r), checkbox(r), checkbox(r), checkbox(r)),
                 "Signature ______________  Date %s" % d.d()]
    elif L == 1:  # hospital face sheet
        parts = [d.hosp.upper(), pick(r, ["ADMISSION RECORD", "FACE SHEET", "INPATIENT REGISTRATION / FACE SHEET"]),
                 "%-38s %s\n%-38s %s\n%-38s %s\n%-38s %s" % ("PATIENT: " + d.name(1), "MR#: " + d.mrn, "ADMIT: " + d.d() + " " + ftime(r, style=1), "ACCT#: " + d.acct,
                                                          "DOB: %s  AGE: %d  SEX: %s" % (d.dob_s(), d.age, d.sex), "RM/BED: %d-%s" % (r.randint(200, 699), pick(r, "AB")),
                                                          "ATTENDING: " + dname(d.md, 3), "ADM TYPE: " + pick(r, ["EMERGENCY", "ELECTIVE", "URGENT"])),
                 "ADDRESS: %s, %s, %s %s   PHONE: %s\nRELIGION: %s   RACE: %s   MARITAL: %s" % (d.street.upper(), d.city.upper(), d.state, d.zip, d.phone, pick(r, ["CATHOLIC", "METHODIST", "BAPTIST", "NONE", "LUTHERAN"]), pick(r, ["W", "B", "H", "O"]), pick(r, ["M", "S", "W", "D"])),
                 "GUARANTOR: %s   EMPLOYER: %s\nNEXT OF KIN: %s" % (guar.upper(), emp.upper(), ec.upper()),
                 "PRIMARY INS: %s   POLICY: %s   GROUP: %s\nSECONDARY INS: %s" % (payer.upper(), mid, grp, pick(r, ["NONE", "AARP SUPPLEMENT", "MEDICAID"])),
                 "ADMITTING DX: %s   ICD9: %s" % (d.dx().upper(), d.case["icd"]), "REGISTERED BY: %s" % pick(r, ["KLM", "DJS", "REG03", "TAW"])]
    elif L == 2:  # ASC registration
        parts = [d.asc, "SURGERY CENTER REGISTRATION", pt_block(d, [("Surgery date", d.d()), ("Surgeon", dname(d.md, 1))], style=1),
                 "Procedure scheduled: %s" % (proc_name(d) or "TBD"), "Responsible adult driving you home: %s" % ec,
                 "Insurance: %s  ID %s  Grp %s\nPre-certification #: %s" % (payer, mid, grp, pick(r, ["%d" % r.randrange(10 ** 6, 10 ** 7), "not required", "pending"])),
                 "Estimated patient responsibility: $%d.00 %s Paid %s Will pay on DOS" % (r.randint(50, 900), checkbox(r), checkbox(r))]
    elif L == 3:  # demographic update
        parts = [letterhead(d), pick(r, ["DEMOGRAPHIC UPDATE", "Patient Information Update - Please review and correct"]), "Name: %s  Acct: %s" % (d.name(4), d.acct),
                 "Address on file: %s, %s %s\nNew address: ________________" % (d.street, d.city, d.state), "Phone on file: %s   Cell: %s" % (d.phone, phone(r)),
                 "Insurance on file: %s %s\nHas your insurance changed?  %s Yes  %s No" % (payer, mid, checkbox(r), checkbox(r)), "Pharmacy: %s" % pick(r, PHARMACIES), "Patient signature __________  Date %s" % d.d(style=1)]
    elif L == 4:  # checkbox-heavy sheet
        parts = [pick(r, ["REGISTRATION", "Patient Intake - Page 1"]), "Name (Last, First, MI): %s" % d.name(2), "Date of birth: %s     Age: %d" % (d.dob_s(), d.age),
                 "Sex: %s Male %s Female     Marital: %s S %s M %s D %s W" % (checkbox(r, d.sex == "M"), checkbox(r, d.sex == "F"), checkbox(r), checkbox(r), checkbox(r), checkbox(r)),
                 "Race: %s White %s Black %s Hispanic %s Asian %s Other %s Decline" % tuple(checkbox(r, False) for _ in range(6)),
                 "Preferred language: %s" % pick(r, ["English", "Spanish", "English"]), "Address: %s  %s %s %s\nPhone: %s" % (d.street, d.city, d.state, d.zip, d.phone),
                 "Insurance: %s Medicare %s Medicaid %s Commercial: %s %s Self-pay" % (checkbox(r, ptype == "MCR"), checkbox(r, ptype == "MCD"), checkbox(r, ptype not in ("MCR", "MCD")), payer, checkbox(r, False)),
                 "Emergency contact: %s" % ec, "Primary care physician: %s" % dname(d.ref, 1)]
    else:  # insurance / guarantor assignment section
        parts = [d.group, "PATIENT REGISTRATION AND ASSIGNMENT OF BENEFITS", "Patient: %s   DOB: %s   SS#: %s" % (d.name(0), d.dob_s(), d.ssn),
                 "Policy holder: %s   Relationship: %s\nInsurance: %s   ID: %s   Group: %s\nClaims address: P.O. Box %d, %s" % (guar, "self" if guar == "Self" else "parent", payer, mid, grp, r.randrange(1000, 99999), pick(r, CITIES)[0]),
                 d.wrapp("I authorize release of any medical information necessary to process claims and assign benefits to %s. I understand I am financially responsible for charges not covered." % d.group),
                 "Signed: ____________________   Date: %s" % d.d()]
    return join(*parts)


def g_insurance_card(d):
    r = d.rng
    payer, ptype = pick(r, PAYERS)
    if d.age >= 65 and r.random() < 0.7:
        payer, ptype = "Medicare", "MCR"
    mid = "%s%08d" % (pick(r, ["XGA", "KHP", "W", "ZBM", "UCH", "GLM"]), r.randrange(10 ** 8))
    grp = "%06d" % r.randrange(10 ** 6)
    name = d.name(0).upper() if r.random() < 0.6 else "%s %s %s" % (d.first.upper(), d.mi, d.last.upper())
    front_lbl = pick(r, ["FRONT", "[front of card]", "Card front", "--- FRONT ---", "", "Scanned image 1 of 2"])
    back_lbl = pick(r, ["BACK", "[back of card]", "Card back", "--- BACK ---", "", "Scanned image 2 of 2"])
    if ptype == "MCR":
        L = 0
    elif ptype == "MCD":
        L = 1
    else:
        L = r.randrange(2, 7)
    claimsaddr = "P.O. Box %d  %s, %s %s" % (r.randrange(1000, 99999), pick(r, CITIES)[0], pick(r, CITIES)[1], "%05d" % r.randrange(10000, 99999))
    if L == 0:
        eff = fdate(datetime.date(max(1966, d.dob.year + 65), d.dob.month, 1), 0)
        parts = [front_lbl, "MEDICARE HEALTH INSURANCE", "1-800-MEDICARE (1-800-633-4227)" if r.random() < 0.5 else "SOCIAL SECURITY ACT", "NAME OF BENEFICIARY\n" + name,
                 "MEDICARE CLAIM NUMBER        SEX\n%s-%s-%s-A               %s" % (d.ssn[:3], d.ssn[4:6], d.ssn[7:], "MALE" if d.sex == "M" else "FEMALE"),
                 "IS ENTITLED TO                EFFECTIVE DATE\nHOSPITAL      (PART A)        %s\nMEDICAL       (PART B)        %s" % (eff, eff), "SIGN\nHERE  ______________________",
                 back_lbl, d.wrapp("Show this card to your doctor, hospital or other health care provider. Do not carry with you unless needed. If found, drop in the nearest mailbox.")]
    elif L == 1:
        parts = [front_lbl, "STATE OF %s\n%s" % (d.state, payer.upper()), pick(r, ["MEDICAL ASSISTANCE IDENTIFICATION CARD", "HEALTH CARE ID"]),
                 "ID %d\n%s\nDOB %s   ISSUED %s" % (r.randrange(10 ** 9, 10 ** 10), name, d.dob_s(), fdate(d.days(-r.randint(10, 700)), 0)),
                 back_lbl, d.wrapp("Providers: verify eligibility before each visit by calling %s. This card does not guarantee eligibility. Misuse of this card is a crime." % phone(r))]
    elif L == 2:
        parts = [front_lbl, payer.upper() + "  " + ptype, "Member: %s\nMember ID: %s\nGroup No: %s\nEffective: %s" % (name, mid, grp, fdate(d.days(-r.randint(30, 900)), 0)),
                 "PCP: %s\nPCP Phone: %s" % (dname(d.ref, 3), phone(r)) if ptype == "HMO" else "",
                 "Copays:  Office $%d  Specialist $%d  ER $%d  Urgent Care $%d" % (r.choice([10, 15, 20, 25]), r.choice([20, 30, 35, 40]), r.choice([50, 75, 100, 150]), r.choice([25, 35, 50])),
                 "RxBIN %06d  RxPCN %s  RxGrp %s" % (r.randrange(10 ** 6), pick(r, ["ADV", "RXPN", "9999"]), pick(r, ["RX%d" % r.randrange(1000, 9999), "GLM01"])) if d.year >= 2000 else "",
                 back_lbl, "Members: Customer Service %s\nPrecertification required for all inpatient admissions and outpatient surgery: %s\nSubmit claims to: %s" % (phone(r), phone(r), claimsaddr),
                 "In an emergency go to the nearest emergency room."]
    elif L == 3:
        parts = ["%s\n%s" % (payer, pick(r, ["Preferred Provider Network", "PPO Plus", "Choice Plan", "Open Access"])),
                 "%s\nID# %s   GRP %s\nDep: %s" % (name, mid, grp, pick(r, ["01", "00", "02"])), "Plan code %d/%d" % (r.randrange(100, 999), r.randrange(100, 999)),
                 "Deductible $%d  Coinsurance %d%%" % (r.choice([250, 500, 1000, 1500]), r.choice([10, 20, 30])),
                 "~" * 20, "Hospitals/physicians file claims with your local plan. Out-of-area: %s\nMental health/substance abuse: %s\nNurse line 24/7: %s" % (phone(r), phone(r), phone(r))]
    elif L == 4:  # photocopy with both sides on one page, OCR-ish arrangement
        left = ["%s" % payer.upper(), "ID %s" % mid, name, "GRP %s" % grp, "EFF %s" % fdate(d.days(-r.randint(30, 900)), 1)]
        right = ["MEMBER SERVICES %s" % phone(r, 1), "PROVIDERS %s" % phone(r, 1), "CLAIMS: " + claimsaddr[:30], "", pick(r, ["www.plan-member.example", ""])]
        parts = [pick(r, ["COPY OF INSURANCE CARD", "INSURANCE CARD - FRONT AND BACK", "Ins card scanned %s" % d.d(style=1)]),
                 "\n".join("%-36s %s" % (a, b) for a, b in zip(left, right)), "Pt: %s  Acct %s" % (d.name(4), d.acct) if r.random() < 0.5 else ""]
    elif L == 5:  # secondary / supplement card
        parts = [front_lbl, pick(r, ["MEDICARE SUPPLEMENT", "Medigap Plan F", "Senior Supplement Insurance"]), payer if ptype == "MA" else pick(r, ["Heartland Benefit Trust", "Great Lakes Mutual"]),
                 "Insured: %s\nCertificate # %d\nPlan: %s    Effective %s" % (name, r.randrange(10 ** 8, 10 ** 9), pick(r, ["F", "C", "SELECT"]), fdate(d.days(-r.randint(30, 2000)), 0)),
                 back_lbl, "Providers: bill Medicare first. This plan pays after Medicare.\nClaims: %s" % claimsaddr]
    else:  # dental/vision-like? keep medical: employer plan with TPA
        parts = [front_lbl, "%s Employee Health Plan" % pick(r, ["Harlow Tool & Die", "County of Wyndham", "Brantley Public Schools", "Okonee Poultry"]),
                 "Administered by %s" % payer, "Employee: %s\nID: %s  Group: %s\nCoverage: %s" % (name, mid, grp, pick(r, ["Employee + Family", "Employee Only", "Employee + Spouse"])),
                 "Network: %s" % pick(r, ["Heartland PPO", "Keystone Network", "PHCS"]), back_lbl, "Precert: %s   Claims: %s" % (phone(r), claimsaddr)]
    return join(*parts)


def g_nursing_note(d):
    r = d.rng
    c = d.case
    n = pick(r, d.w.nurses)
    nn = dname(n, 1)
    L = r.randrange(6)
    t0 = r.randint(6, 18)
    if L == 0:  # timed narrative
        ev = [pick(r, ["Pt resting in bed, call light within reach.", "Assessment completed, see flowsheet.", "Pt up to chair with assist x1, tolerated well.",
                       "Medicated with %s for pain %d/10." % (pick(r, ["Percocet 1 tab", "morphine 2 mg IV", "Vicodin 1 tab", "Tylenol 650 mg"]), r.randint(4, 8)),
                       "Dressing dry and intact.", "Voided %d mL clear yellow urine." % r.randrange(150, 500), "Family at bedside, questions answered.",
                       "VS: " + d.vitals_line(1), "Lungs clear, encouraged IS x10 q1h.", "IV site without redness, fluids infusing at %d mL/hr." % r.choice([75, 100, 125])]) for _ in range(r.randint(4, 8))]
        parts = [pick(r, ["NURSING NOTES", "Nurses' Notes", "NURSING PROGRESS NOTES", ""]), "%s   Rm %d   %s" % (d.name(1), r.randint(200, 699), d.d()),
                 "\n".join("%s  %s" % (ftime(r, min(t0 + i, 23), r.choice([0, 10, 15, 30, 45]), 0), e) for i, e in enumerate(ev)), "-" + nn]
    elif L == 1:  # DAR
        parts = ["%s %s  Focus: %s" % (d.d(), ftime(r), pick(r, ["Pain", "Knowledge deficit", "Impaired mobility", "Fluid volume", "Discharge planning"])),
                 "D: " + d.wrapp(pick(r, ["Pt c/o incisional pain 7/10, grimacing.", "Pt states does not understand new medications.", "Pt unsteady with ambulation.", "Pt anxious about going home."])),
                 "A: " + d.wrapp(pick(r, ["Medicated per order, repositioned, ice applied.", "Med teaching done with handouts, teach-back used.", "PT notified, walker provided, gait belt used.", "Case management consulted for home health."])),
                 "R: " + d.wrapp(pick(r, ["Pain 3/10 after 45 min.", "Pt verbalized understanding.", "Ambulated 50 ft without LOB.", "Home health arranged."])), nn]
    elif L == 2:  # PACU record
        parts = [d.asc if c["setting"] != "inpt" else d.hosp, pick(r, ["PACU RECORD", "POST ANESTHESIA CARE UNIT NURSING RECORD", "RECOVERY ROOM RECORD", "PHASE II RECOVERY"]),
                 pt_block(d, [("Procedure", proc_name(d) or "")], style=1),
                 "Arrival time: %s   Report from: %s" % (ftime(r), dname(pick(r, d.w.crna + d.w.anes), 1)),
                 "\n".join("%s  BP %d/%d  P %d  R %d  SpO2 %d%%  Pain %d/10  Aldrete %d" % (ftime(r, t0, 15 * i % 60, 1), d.vitals["sbp"] - r.randint(-5, 15), d.vitals["dbp"] - r.randint(0, 10),
                                                                                          d.vitals["hr"] + r.randint(-8, 8), r.randint(12, 18), r.randint(94, 100), max(0, 6 - 2 * i), min(10, 7 + i)) for i in range(r.randint(3, 5))),
                 "Airway: %s   O2: %s   Dressing: %s" % (pick(r, ["own", "oral airway removed"]), pick(r, ["2 L NC", "RA", "face mask 6L"]), pick(r, ["CDI", "dry and intact", "scant serosanguineous"])),
                 "Discharge criteria met at %s. Discharged to %s via %s with %s." % (ftime(r), pick(r, ["home", "floor", "Phase II"]), pick(r, ["wheelchair", "stretcher"]), pick(r, ["spouse", "daughter", "family", "transport"])),
                 "RN: " + nn]
    elif L == 3:  # telephone triage
        parts = [pick(r, ["TELEPHONE ENCOUNTER", "Phone Note", "NURSE TRIAGE CALL"]), "%s %s   Caller: %s   Ph %s" % (d.d(), ftime(r), pick(r, ["patient", "spouse", "daughter", "mother"]), d.phone),
                 "Re: %s  DOB %s" % (d.name(0), d.dob_s()),
                 d.wrapp("Reason for call: " + pick(r, ["question about incision redness", "pain not controlled with current meds", "fever 100.4 last night", "wants to know biopsy results", "needs refill", "bleeding from nose since surgery"])),
                 d.wrapp("Advice: " + pick(r, ["Reviewed post-op instructions. Will see in office tomorrow.", "Discussed with Dr. %s; new Rx called to pharmacy." % d.md["last"],
                                               "Instructed to go to ER if worsens.", "Results not yet available; will call back."])),
                 "Pt verbalized understanding. -" + nn]
    elif L == 4:  # admission nursing assessment
        parts = [d.hosp, pick(r, ["NURSING ADMISSION ASSESSMENT", "ADMISSION DATA BASE - NURSING", "Initial Nursing Assessment"]), pt_block(d, style=0),
                 "Arrived via: %s   From: %s   Time: %s" % (pick(r, ["wheelchair", "stretcher", "ambulatory"]), pick(r, ["ED", "PACU", "home", "direct admit"]), ftime(r)),
                 "Chief complaint (pt's words): \"%s\"" % pick(r, ["I can't breathe", "my hip hurts", "I'm here for my surgery", "chest pain", "I've been bleeding"]),
                 "Allergies: %s   Height %d in  Weight %d lb" % (d.allergy_str(), r.randint(58, 74), d.vitals["wt"]), d.vitals_line(1),
                 "Fall risk score: %d  %s   Braden score: %d   Pain: %d/10" % (r.randint(0, 60), pick(r, ["HIGH RISK - precautions initiated", "low risk", "moderate"]), r.randint(12, 22), r.randint(0, 9)),
                 "Skin: %s   Lines: %s" % (pick(r, ["intact", "stage I coccyx", "bruising bilateral forearms"]), pick(r, ["PIV R forearm 20g", "PIV L hand 22g", "none"])),
                 "Advance directive: %s   Valuables: %s" % (pick(r, ["yes - copy requested", "no", "info given"]), pick(r, ["sent home with family", "none"])),
                 "Oriented to room, call light, bed controls. " + nn]
    else:  # pre-op checklist
        items = ["Identification band on", "Consent signed", "H&P on chart", "NPO after midnight", "Allergies verified", "Labs on chart", "ECG on chart", "Jewelry removed",
                 "Dentures/partials removed", "Pre-op antibiotic ordered", "Site marked", "Voided"]
        parts = [pick(r, ["PRE-OPERATIVE CHECKLIST", "Pre-Procedure Nursing Checklist", "SAME DAY SURGERY ADMISSION"]), "%s  %s  Proc: %s" % (d.name(4), d.d(), proc_name(d) or ""),
                 "\n".join("%s  %s %s" % (checkbox(r, r.random() < 0.9), it, pick(r, ["", "", "N/A" if "Site" in it else ""])) for it in items),
                 d.vitals_line(1), "IV started: %s %s  by %s" % (pick(r, ["20g L hand", "18g R AC", "22g L forearm"]), ftime(r), nn), "Ride home: %s" % pick(r, ["husband", "wife", "son", "friend"])]
    return join(*parts)


def g_ed_note(d):
    r = d.rng
    c = d.case
    ed = pick(r, d.w.eds)
    hpi = d.f(c["hpi"])
    L = r.randrange(6)
    arr = ftime(r)
    ims = d.imaging()
    edcourse = "%s %s %s" % (pick(r, ["IV established, labs sent.", "Pt placed on monitor.", "Given IV fluids."]),
                             ("Imaging: " + ims[0][3]) if ims else "",
                             pick(r, ["Discussed with %s who will admit." % dname(d.md, 2), "%s consulted and will see the patient." % dname(d.md, 2), "Case discussed with on-call %s, %s." % (d.specname().lower(), dname(d.md, 2))]))
    dispo = pick(r, ["Admitted", "Admit to %s" % d.specname(), "Admitted, telemetry"]) if c["setting"] == "inpt" else pick(r, ["Discharged home with follow-up", "To OR", "Observation"])
    if L == 0:
        parts = [d.hosp.upper() + "\nEMERGENCY DEPARTMENT", pick(r, ["EMERGENCY DEPARTMENT REPORT", "EMERGENCY ROOM RECORD", "ED PHYSICIAN NOTE"]),
                 pt_block(d, [("DATE OF SERVICE", d.d()), ("TIME SEEN", arr), ("ED PHYSICIAN", dname(ed, 1))]),
                 d.sec("cc", d.f(c["cc"]).capitalize() + "."), d.sec("hpi", hpi), d.sec("pmh", d.pmh_str()), d.sec("meds", d.meds_inline()), d.sec("all", d.allergy_str()),
                 d.sec("sh", d.social()), d.sec("ros", d.ros()), d.sec("pe", d.exam_full(), inline=False),
                 d.sec(pick(r, ["ED COURSE", "EMERGENCY DEPARTMENT COURSE", "MEDICAL DECISION MAKING"]), edcourse),
                 d.sec(pick(r, ["DIAGNOSIS", "CLINICAL IMPRESSION", "FINAL DIAGNOSIS"]), d.dx()), d.sec("DISPOSITION", dispo + ", condition " + pick(r, ["stable", "fair", "guarded"]) + "."),
                 sig_block(d, ed), tx_footer(d, ed)]
    elif L == 1:  # T-sheet template
        parts = [pick(r, ["EMERGENCY PHYSICIAN RECORD", "ED Physician Documentation - %s" % pick(r, ["Chest Pain", "Abdominal Pain", "Extremity Injury", "Shortness of Breath", "General"])]),
                 "%s  Age %d  %s   Time seen %s   Room %d" % (d.name(1), d.age, d.sex, arr, r.randint(1, 24)),
                 "HPI: %s  chief complaint: %s   onset: %s   severity: %s\n%s" % (pick(r, ["pt", "family", "EMS"]), d.f(c["cc"]), pick(r, ["today", "yesterday", "3 days", "1 wk"]), pick(r, ["mild", "moderate", "severe"]), d.wrapp(hpi)),
                 "ROS: %s all systems neg except as marked" % checkbox(r, True), "PMH: %s   Meds: %s   Allergies: %s" % (d.pmh_str(), "see nursing", d.allergy_str()),
                 "EXAM: %s\n%s NAD  %s anxious  %s distressed\n%s" % (d.vitals_line(1), checkbox(r), checkbox(r), checkbox(r), d.wrapp(d.f(c["exam"]))),
                 "LABS: %s WBC %.1f Hgb %.1f  %s BMP nl  %s UA" % (checkbox(r, True), d.labs["wbc"], d.labs["hgb"], checkbox(r), checkbox(r)),
                 "X-RAY/CT: " + ("; ".join(im[3] for im in ims) if ims else "none"), "Clinical impression: " + d.dx(), "Disposition: %s   Time %s" % (dispo, ftime(r)), "Physician: " + dname(ed, 4)]
    elif L == 2:  # brief ED note
        parts = ["ED note %s %s" % (d.d(), arr), "%d%s c/o %s. %s" % (d.age, d.sex, d.f(c["cc"]), hpi), "Exam: " + d.vitals_line(1) + ". " + d.f(c["exam"]),
                 "Course: " + edcourse, "Dx: " + d.dx(), "Dispo: " + dispo, "-" + dname(ed, 4)]
    elif L == 3:  # triage record
        n = pick(r, d.w.nurses)
        parts = [pick(r, ["ED TRIAGE", "TRIAGE ASSESSMENT", "Emergency Department Triage Record"]), "%s  DOB %s  Arrival %s %s via %s" % (d.name(4), d.dob_s(), d.d(), arr, pick(r, ["private vehicle", "EMS", "walk-in", "ambulance"])),
                 "Chief complaint: " + d.f(c["cc"]), "Acuity: %s" % pick(r, ["ESI 2", "ESI 3", "Level 2 - Emergent", "Urgent"]),
                 d.vitals_line(1) + "   Pain %d/10" % r.randint(3, 10), "Allergies: " + d.allergy_str(), "Meds: " + d.meds_inline(),
                 "Triage note: " + d.wrapp(hpi.split(". ")[0] + ". " + pick(r, ["Pt to room %d." % r.randint(1, 24), "To waiting room.", "MD notified."])), "Triage RN: " + dname(n, 1)]
    elif L == 4:  # dictated narrative
        parts = [pick(r, ["", d.hosp]), "EMERGENCY DEPARTMENT VISIT  %s" % d.d(), "%s  %s" % (d.name(1), d.mrn),
                 d.wrapp("The patient is a %d-year-old %s who presents with %s. %s" % (d.age, d.tok["sex"], d.f(c["cc"]), hpi)),
                 d.wrapp("Past history: %s Allergies: %s Medications: %s" % (d.pmh_str(), d.allergy_str(), d.meds_inline())),
                 d.wrapp("On examination, %s %s" % (d.vitals_line(0), d.f(c["exam"]))), d.wrapp(edcourse),
                 d.wrapp("IMPRESSION: %s\nPLAN: %s" % (d.dx(), dispo)), sig_block(d, ed, kind=r.choice([2, 4])), tx_footer(d, ed)]
    else:  # ED chart with orders/timeline
        parts = [d.hosp, "EMERGENCY DEPARTMENT CHART", "Name: %s   MR#: %s   Arrival: %s" % (d.name(2), d.mrn, arr),
                 "TIMELINE:\n" + "\n".join("%s  %s" % (ftime(r, 10 + i, r.randrange(60), 0), e) for i, e in enumerate(["Triage", "MD evaluation", pick(r, ["CT ordered", "X-ray ordered", "Labs drawn"]), "Consult called", dispo])),
                 "HPI: " + d.wrapp(hpi), "PE: " + d.wrapp(d.f(c["exam"])), "Dx: " + d.dx() + " (" + c["icd"] + ")", "Attending: " + dname(ed, 1)]
    return join(*parts)


def g_transfer_summary(d):
    r = d.rng
    c = d.case
    dest = pick(r, SNFS) if r.random() < 0.5 else pick(r, [h for h in HOSPITALS if h != d.hosp])
    L = r.randrange(6)
    meds = d.meds_lines(include_new=True)
    if L == 0:  # interfacility transfer form
        parts = [d.hosp, pick(r, ["INTERFACILITY TRANSFER FORM", "PATIENT TRANSFER FORM", "PHYSICIAN CERTIFICATION FOR TRANSFER"]), pt_block(d, style=0),
                 "Transferring to: %s\nAccepting physician: %s   Accepted at: %s" % (dest, dname(pick(r, d.w.hosps), 1), ftime(r)),
                 "Reason for transfer: %s Higher level of care  %s Specialty service not available  %s Patient request  %s Rehabilitation" % (checkbox(r), checkbox(r), checkbox(r), checkbox(r)),
                 "Diagnosis: " + d.dx(), "Condition at transfer: %s   %s" % (pick(r, ["stable", "guarded", "fair"]), d.vitals_line(1)),
                 d.wrapp("I have examined the patient and certify that the medical benefits reasonably expected from transfer outweigh the increased risks to the patient."),
                 "Mode: %s   Records sent: %s H&P %s Labs %s Imaging %s MAR" % (pick(r, ["ALS ambulance", "BLS ambulance", "helicopter", "wheelchair van"]), checkbox(r, True), checkbox(r, True), checkbox(r), checkbox(r)),
                 "Physician signature: %s   Date/time: %s %s" % (dname(d.md, 4), d.d(), ftime(r))]
    elif L == 1:  # transfer to SNF continuity of care
        parts = [pick(r, ["CONTINUITY OF CARE / TRANSFER SUMMARY", "TRANSFER SUMMARY TO EXTENDED CARE FACILITY", "INTER-AGENCY REFERRAL / W-10"]), pt_block(d, [("Transfer date", d.d(d.days(r.randint(2, 6)))), ("To", dest)]),
                 d.sec("DIAGNOSES", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(d.dx_list())), False), d.sec("PROCEDURES", proc_name(d) or "None"),
                 d.sec("BRIEF HOSPITAL COURSE", course_text(d), False), d.sec("MEDICATIONS", meds, False), d.sec("ALLERGIES", d.allergy_str()),
                 "Diet: %s   Activity: %s   Code status: %s" % (pick(r, ["regular", "ADA 1800 cal", "2 g Na", "mechanical soft"]), pick(r, ["WBAT with walker", "OOB to chair TID", "as tolerated"]), pick(r, ["Full code", "DNR"])),
                 "Rehab potential: %s   Therapy: PT/OT %s" % (pick(r, ["good", "fair"]), pick(r, ["5x/week", "daily"])), "Follow-up: %s in %s" % (dname(d.md, 2), d.f(c["followup"])), sig_block(d)]
    elif L == 2:  # ICU to floor transfer note
        parts = [pick(r, ["TRANSFER NOTE", "ICU Transfer Note", "Transfer of Service Note"]) + "  " + d.d() + " " + ftime(r),
                 "Transferring from %s to %s" % (pick(r, ["ICU", "CCU", "step-down"]), pick(r, ["medical floor", "telemetry", "surgical floor"])),
                 "Brief summary: " + d.wrapp(course_text(d)), "Current issues:\n" + "\n".join("  # %s - %s" % (x, pick(r, ["stable", "improving", "monitor"])) for x in d.dx_list()),
                 "Meds: " + d.meds_inline(True), "Lines: %s   Code: %s" % (pick(r, ["PIV x2", "R IJ CVC", "PIV"]), pick(r, ["Full", "DNR"])), "To do: " + pick(r, ["f/u AM labs", "PT eval", "wean O2"]), "-" + dname(pick(r, d.w.hosps + [d.md]), 4)]
    elif L == 3:  # dictated transfer summary
        parts = [letterhead(d, "hosp"), pick(r, ["TRANSFER SUMMARY", "TRANSFER/DISCHARGE SUMMARY", "SUMMARY FOR TRANSFER"]), pt_block(d, [("ADMITTED", d.d()), ("TRANSFERRED", d.d(d.days(r.randint(1, 5))))]),
                 d.wrapp("%s is being transferred to %s for %s." % (d.name(0), dest, pick(r, ["skilled nursing and rehabilitation", "further management", "a higher level of care", "cardiothoracic surgical evaluation"]))),
                 d.sec("HISTORY", d.f(c["hpi"])), d.sec("HOSPITAL COURSE", course_text(d), False), d.sec("CURRENT MEDICATIONS", meds, False),
                 d.sec("CONDITION", pick(r, ["Stable for transfer.", "Fair."])), sig_block(d), tx_footer(d)]
    elif L == 4:  # nursing transfer report
        n = pick(r, d.w.nurses)
        parts = [pick(r, ["NURSING TRANSFER REPORT", "Patient Transfer Report - Nursing"]), "%s  %s  To: %s" % (d.name(4), d.d(), dest),
                 "Dx: %s   Allergies: %s" % (d.dx(), d.allergy_str()), "Last VS: " + d.vitals_line(1), "Mental status: %s   Mobility: %s   Continence: %s" % (pick(r, ["A&Ox3", "confused at night"]), pick(r, ["assist x1", "walker", "bedbound"]), pick(r, ["continent", "incontinent urine"])),
                 "Last pain med: %s at %s" % (pick(r, ["Norco 1 tab", "Tylenol 650"]), ftime(r)), "Skin: %s" % pick(r, ["intact", "incision with staples, dry", "stage II sacrum"]),
                 "Belongings sent: %s glasses %s dentures %s hearing aid" % (checkbox(r), checkbox(r), checkbox(r)), "Report called to %s at %s." % (pick(r, NURSE_F), ftime(r)), "RN: " + dname(n, 1)]
    else:  # EMTALA style with vitals table
        parts = [d.hosp + " - EMERGENCY DEPARTMENT", "MEMORANDUM OF TRANSFER", "Patient: %s   DOB: %s" % (d.name(0), d.dob_s()),
                 "Receiving facility: %s\nReceiving physician: %s (accepted by phone at %s)" % (dest, dname(pick(r, d.w.hosps), 1), ftime(r)),
                 "Diagnosis: %s\nReason: %s" % (d.dx(), pick(r, ["Needs interventional cardiology", "Neurosurgical capability", "No ICU bed available", "Patient/family request"])),
                 "Risks of transfer explained: %s   Patient consents to transfer: %s" % (checkbox(r, True), checkbox(r, True)),
                 "Vitals at transfer: " + d.vitals_line(1), "Transport: %s" % pick(r, ["ALS", "Critical care transport", "BLS"]), "Physician: " + dname(pick(r, d.w.eds), 1)]
    return join(*parts)


def g_provider_orders(d):
    r = d.rng
    c = d.case
    L = r.randrange(6)
    dt = "%s %s" % (d.d(), ftime(r))
    sig = "%s   %s" % (dname(d.md, 4), dt)
    meds = ["%s %s %s %s" % (m[0], d.f(m[2]), d.f(m[3]), m[4]) for m in c.get("newmeds", [])]
    if L == 0:  # admission orders ADC VAAN DIML
        o = ["Admit to: %s, Dr. %s" % (pick(r, ["4 West", "telemetry", "ortho floor", "med/surg", "ICU"]), d.md["last"]), "Diagnosis: " + d.dx(),
             "Condition: " + pick(r, ["stable", "fair", "guarded"]), "Vitals: q4h x 24h then q shift", "Allergies: " + d.allergy_str(),
             "Activity: " + pick(r, ["bedrest", "OOB to chair", "ambulate with assist", "as tolerated"]), "Nursing: I&O, %s" % pick(r, ["daily weights", "neuro checks q2h", "SCDs", "incentive spirometry q1h while awake"]),
             "Diet: " + pick(r, ["NPO", "clear liquids", "regular", "2 g sodium", "ADA 1800"]), "IVF: %s at %d mL/hr" % (pick(r, ["NS", "D5 1/2NS with 20 KCl", "LR"]), r.choice([75, 100, 125])),
             "Meds:\n" + "\n".join("   " + x for x in meds) if meds else "Meds: continue home meds except as noted", "Labs: CBC, BMP in AM" + (", PT/INR daily" if c.get("afib") else ""),
             "DVT prophylaxis: " + pick(r, ["SCDs", "heparin 5000 units SC q8h", "enoxaparin 40 mg SC daily"]), "Code status: " + pick(r, ["Full code", "DNR"])]
        parts = [d.hosp, pick(r, ["PHYSICIAN ORDERS", "ADMISSION ORDERS", "DOCTOR'S ORDERS"]), pt_block(d, style=2), "\n".join("%d. %s" % (i + 1, x) if r.random() < 0.5 else x for i, x in enumerate(o)), sig,
                 "Noted by: %s RN  %s" % (pick(r, NURSE_F), ftime(r))]
    elif L == 1:  # postop orders
        o = ["Post-op orders: s/p " + (proc_name(d) or "procedure"), "VS per PACU routine then q4h", "Diet: advance as tolerated", "Activity: " + pick(r, ["WBAT", "NWB operative extremity", "OOB tonight", "ambulate TID"]),
             "Dressing: reinforce prn, do not remove", "Antibiotic: %s q8h x 2 doses" % d.abx(), "Pain: " + pick(r, ["morphine PCA per protocol", "Percocet 1-2 tabs q4h prn", "Vicodin 1-2 q4-6h prn", "Dilaudid 0.5 mg IV q3h prn severe pain"]),
             "Nausea: ondansetron 4 mg IV q6h prn" if d.year >= 1998 else "Nausea: Phenergan 12.5 mg IV q6h prn", "Call MD for T > 101.5, SBP < 90, UOP < 30 mL/hr"]
        parts = [pick(r, [d.hosp, d.asc]), pick(r, ["POSTOPERATIVE ORDERS", "POST-OP ORDER SET"]), "%s  %s" % (d.name(1), d.mrn), "\n".join(o), sig]
    elif L == 2:  # preop orders form with checkboxes
        parts = [d.asc, pick(r, ["PRE-OPERATIVE ORDERS", "Physician Pre-Admission Orders"]), pt_block(d, [("Surgery date", d.d(d.days(r.randint(3, 20))))], style=1),
                 "Procedure: %s\nDiagnosis: %s" % (proc_name(d) or "", d.dx()),
                 "\n".join("%s %s" % (checkbox(r, v), t) for t, v in [("CBC", True), ("BMP", d.age > 50), ("PT/INR", c.get("afib") or False), ("ECG", d.age > 50), ("Chest x-ray", d.smoker),
                                                                   ("Urine pregnancy test", d.sex == "F" and d.age < 52), ("Type and screen", c["setting"] == "inpt")]),
                 "Pre-op antibiotic: %s within 60 min of incision" % d.abx(), "NPO after midnight.  Hold: %s" % pick(r, ["aspirin x 7 days", "Coumadin x 5 days", "metformin morning of surgery", "none"]), sig]
    elif L == 3:  # telephone/verbal order
        n = pick(r, d.w.nurses)
        parts = [pick(r, ["TELEPHONE ORDER", "VERBAL/TELEPHONE ORDER", "Phone order"]), "%s  Rm %d  %s" % (d.name(4), r.randint(200, 699), dt),
                 "\n".join(pick(r, [["Give %s now" % pick(r, ["furosemide 40 mg IV", "Tylenol 650 mg PO", "Zofran 4 mg IV"])], ["May d/c Foley"], ["Increase IVF to 125 mL/hr", "Repeat K+ in AM"], ["Hold Coumadin tonight", "INR in AM"]])),
                 "T.O. %s / %s RN. Read back and verified." % (dname(d.md, 2), dname(n, 1)), "Physician co-signature: ______________  Date ______"]
    elif L == 4:  # discharge orders
        parts = [pick(r, ["DISCHARGE ORDERS", "Discharge Order Sheet"]), "%s  %s" % (d.name(0), d.mrn), "Discharge %s to %s" % (pick(r, ["today", "in AM", "after PT"]), pick(r, ["home", "home with home health", pick(r, SNFS)])),
                 "Diet: %s\nActivity: %s" % (pick(r, ["regular", "cardiac", "soft"]), pick(r, ["as tolerated", "no driving 2 weeks", "walker"])), "Prescriptions:\n" + ("\n".join("  " + x for x in meds) or "  none"),
                 "Follow-up: Dr. %s in %s" % (d.md["last"], d.f(c["followup"])), "D/C IV, D/C telemetry", sig]
    else:  # outpatient order / requisition
        tests = [im[1] for im in d.imaging()] or [pick(r, ["CBC, CMP", "Lipid panel, A1c", "PT/INR", "Chest x-ray PA/LAT", "PSA"])]
        parts = [letterhead(d), pick(r, ["OUTPATIENT ORDER", "Diagnostic Testing Requisition", "ORDER FOR OUTPATIENT SERVICES"]), "Patient: %s  DOB: %s  Phone: %s" % (d.name(0), d.dob_s(), d.phone),
                 "Order: " + "; ".join(tests), "Diagnosis/ICD-9: %s (%s)" % (d.dx(), c["icd"]), "Priority: %s  Fasting: %s" % (pick(r, ["Routine", "STAT", "within 1 week"]), pick(r, ["yes", "no"])),
                 "Send results to: %s  Fax %s" % (dname(d.md, 1), d.group_fax), "Ordering physician: %s   NPI %d" % (dname(d.md, 1), r.randrange(10 ** 9, 2 * 10 ** 9)) if d.year >= 2007 else "Ordering physician: " + dname(d.md, 1)]
    return join(*parts)


GENERAL_INSTR = ["Call the office if you have a fever over 101 degrees, increasing redness, swelling or drainage from the incision, or pain not controlled by your medicine.",
                 "Do not drive, operate machinery, drink alcohol or sign important papers for 24 hours after anesthesia.",
                 "Resume your regular medicines unless told otherwise.", "Take pain medicine with food. It may cause constipation; drink fluids and use a stool softener.",
                 "If you have an emergency, call 911 or go to the nearest emergency room."]


def g_discharge_instructions(d):
    r = d.rng
    c = d.case
    spec = [d.f(x) for x in c["instr"]]
    gen = r.sample(GENERAL_INSTR, r.randint(2, 4))
    phone_ = d.group_phone
    L = r.randrange(6)
    if L == 0:
        parts = [letterhead(d, "asc"), pick(r, ["DISCHARGE INSTRUCTIONS", "POSTOPERATIVE INSTRUCTIONS", "Home Care Instructions After Surgery"]),
                 "Patient: %s   Date: %s\nProcedure: %s\nSurgeon: %s" % (d.name(0), d.d(), proc_name(d) or d.dx(), dname(d.md, 1)),
                 "\n".join("* " + x for x in spec + gen), "Follow-up appointment: %s" % d.f(c["followup"]), "Questions? Call %s. After hours the answering service will page the doctor on call." % phone_,
                 "I have received and understand these instructions.\nPatient/escort: ______________  Nurse: %s" % dname(pick(r, d.w.nurses), 1)]
    elif L == 1:  # hospital discharge instruction sheet with sections
        parts = [d.hosp, pick(r, ["PATIENT DISCHARGE INSTRUCTIONS", "AFTER YOUR HOSPITAL STAY", "DISCHARGE INSTRUCTION SHEET"]), pt_block(d, style=2),
                 "Your diagnosis: " + d.dx(), "DIET: " + pick(r, ["Regular", "Low salt (2 gram sodium)", "Diabetic", "Soft foods"]), "ACTIVITY: " + pick(r, ["As tolerated", "No lifting over 10 lbs", "Walk several times a day"]),
                 "MEDICATIONS:\n" + "\n".join("  " + x for x in d.meds_lines(style=3, include_new=True, numbered=False)), "SPECIAL INSTRUCTIONS:\n" + "\n".join("  - " + x for x in spec),
                 "FOLLOW-UP: %s in %s. Call %s for appointment." % (dname(d.md, 2), d.f(c["followup"]), phone_), "Patient signature: ___________  RN: ___________"]
    elif L == 2:  # endoscopy / procedure after-care
        parts = [pick(r, [d.asc, d.group]), pick(r, ["AFTER YOUR PROCEDURE", "Endoscopy Discharge Instructions", "What to expect at home"]),
                 d.wrapp("Today you had a %s. You received sedation and may feel drowsy for the rest of the day. %s" % ((proc_name(d) or "procedure").lower(), pick(r, ["You may feel bloated or pass gas; this is normal.", "Your throat may be sore for a day.", ""]))),
                 "Your doctor found: " + (pick(r, ["a polyp which was removed.", "inflammation; biopsies were taken.", "see report."]) if r.random() < 0.5 else "(see report)"),
                 "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(spec + gen)), "Results of biopsies will be sent to you in 7-10 days.", "Escort: ________________"]
    elif L == 3:  # ED aftercare
        parts = [d.hosp + " Emergency Department", pick(r, ["AFTERCARE INSTRUCTIONS", "ED DISCHARGE INSTRUCTIONS", "Emergency Department Patient Instructions"]),
                 "%s  %s" % (d.name(0), d.d()), "You were seen today for: " + d.f(c["cc"]), d.wrapp("%s. %s" % (d.dx(), pick(r, ["This condition usually improves with time and treatment.", "It is important that you follow up as directed.", ""]))),
                 "\n".join("- " + x for x in spec[:2] + gen[:2]), "Follow up with %s in %s. Call %s." % (dname(d.md, 2), pick(r, ["1-2 days", "1 week", "2 days"]), phone_),
                 "RETURN TO THE EMERGENCY DEPARTMENT IF YOUR SYMPTOMS GET WORSE.", "Prescriptions given: %s" % (", ".join(m[1] for m in c.get("newmeds", [])) or "none")]
    elif L == 4:  # checklist style
        parts = [pick(r, ["HOME INSTRUCTIONS", "Discharge Instructions - %s" % d.specname()]), "Name: %s  Date: %s" % (d.name(0), d.d(style=1)),
                 "\n".join("%s %s" % (checkbox(r, True), x) for x in spec) + "\n" + "\n".join("%s %s" % (checkbox(r), x) for x in ["Ice packs", "Elevate", "Shower OK after 48 hrs", "No tub baths or swimming", "Crutches/walker"]),
                 "Next appointment: %s at %s" % (d.d(d.days(r.randint(5, 14)), 1), ftime(r, style=2)), "Nurse: %s   Discharged at %s via %s" % (dname(pick(r, d.w.nurses), 1), ftime(r), pick(r, ["wheelchair", "ambulatory"]))]
    else:  # letter-type instructions for child / eye
        parts = [letterhead(d), pick(r, ["Instructions for Parents" if d.child else "Instructions for Your Recovery", "CARE AFTER SURGERY"]),
                 d.wrapp("Dear %s:" % ("Parent" if d.child else "Patient") + " The following instructions will help %s recover after %s." % ("your child" if d.child else "you", (proc_name(d) or "treatment").lower())),
                 "\n\n".join(d.wrapp(x) for x in spec + gen), "Please call %s with any questions." % phone_, "- " + dname(d.md, 1)]
    return join(*parts)


def g_other(d):
    r = d.rng
    c = d.case
    L = r.randrange(9)
    if L == 0:  # fax cover
        parts = [d.group.upper(), pick(r, ["FAX", "FACSIMILE TRANSMITTAL", "FAX COVER SHEET"]),
                 "To: %s\nFax: %s\nFrom: %s\nDate: %s\nPages (including cover): %d\nRe: %s" % (pick(r, [dname(d.ref, 1), "Medical Records", d.hosp, pick(r, PAYERS)[0]]), phone(r), pick(r, ["Medical Records", dname(d.md, 1), "Surgery Scheduling", "Billing Office"]), d.d(), r.randint(2, 12), d.name(0)),
                 "%s Urgent  %s For review  %s Please reply  %s As requested" % (checkbox(r), checkbox(r), checkbox(r), checkbox(r)),
                 "Comments: " + pick(r, ["Records as requested.", "Please see attached op note and path.", "Pre-cert request attached.", ""]),
                 d.wrapp("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you have received this fax in error, please notify the sender immediately by telephone and destroy the documents.")]
    elif L == 1:  # release of information authorization
        parts = [d.group if r.random() < 0.5 else d.hosp, pick(r, ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "REQUEST FOR MEDICAL RECORDS", "AUTHORIZATION TO DISCLOSE HEALTH INFORMATION"]),
                 "Patient: %s   DOB: %s   SSN (last 4): %s" % (d.name(0), d.dob_s(), d.ssn[-4:]),
                 "I authorize: %s\nTo release information to: %s" % (pick(r, [d.group, d.hosp]), pick(r, ["%s, Attorneys at Law" % pick(r, LAST), "Social Security Administration - Disability Determination", pick(r, PAYERS)[0], "Myself", dname(d.ref, 1)])),
                 "Information to be released: %s Office notes %s Operative reports %s Lab/X-ray %s Entire record %s Other" % tuple(checkbox(r) for _ in range(5)),
                 "Purpose: %s" % pick(r, ["continuing care", "legal", "insurance", "personal", "disability claim"]),
                 d.wrapp("I understand that this authorization expires on %s. I may revoke it in writing at any time. Information disclosed may be re-disclosed by the recipient and no longer protected." % d.d(d.days(365)) if d.year >= 2003 else "This authorization is valid for 90 days."),
                 "Signature: __________________  Date: %s" % d.d(style=1)]
    elif L == 2:  # billing statement
        chg = [(d.d(d.days(-r.randint(5, 60)), 1), pick(r, ["99203 New pt office visit", "99213 Office visit est", "99244 Consultation"]), r.choice([95, 125, 165, 210]))]
        pn = proc_name(d)
        if pn:
            chg.append((d.d(d.days(-r.randint(1, 4)), 1), pn[:38], r.choice([650, 1200, 2400, 3850])))
        ins = -int(sum(x[2] for x in chg) * r.uniform(0.5, 0.8))
        bal = sum(x[2] for x in chg) + ins
        parts = [d.group, pick(r, ["STATEMENT", "PATIENT STATEMENT", "Statement of Account"]), "Statement date: %s   Account: %s\n%s\n%s\n%s, %s %s" % (d.d(), d.acct, d.name(3).upper(), d.street.upper(), d.city.upper(), d.state, d.zip),
                 "DATE      DESCRIPTION                              CHARGES   PAYMENTS", "\n".join("%-9s %-40s %8.2f" % x for x in chg), "%-9s %-40s %8s %9.2f" % (d.d(style=1), "Insurance payment - " + pick(r, PAYERS)[0][:18], "", ins),
                 "AMOUNT DUE: $%.2f   Please pay by %s" % (bal, d.d(d.days(30), 1)), "Questions about your bill? Call %s, M-F 8:30-4:30." % d.group_phone,
                 "Please detach and return with payment  ----------------------  %s VISA %s MC  Amount enclosed $______" % (checkbox(r, False), checkbox(r, False))]
    elif L == 3:  # patient questionnaire
        if c["spec"] == "uro" and d.sex == "M":
            qs = ["Incomplete emptying", "Frequency", "Intermittency", "Urgency", "Weak stream", "Straining", "Nocturia"]
            body = "AUA SYMPTOM INDEX (circle 0-5)\n" + "\n".join("%-24s 0 1 2 3 4 5   -> %d" % (q, r.randint(1, 5)) for q in qs)
        else:
            qs = ["Do you have chest pain?", "Shortness of breath?", "Do you snore?", "Have you had anesthesia problems?", "Do you smoke?", "Bleeding problems?", "Are you pregnant?", "Do you have a pacemaker?"]
            body = "\n".join("%-36s %s Yes  %s No" % (q, checkbox(r, False), checkbox(r, True)) for q in qs)
        parts = [letterhead(d), pick(r, ["PATIENT HEALTH QUESTIONNAIRE", "New Patient Questionnaire", "HEALTH HISTORY FORM - please complete both sides"]), "Name: %s  Date: %s" % (d.name(0), d.d(style=1)),
                 "Reason for today's visit: %s" % d.f(c["cc"]), body, "Pain scale today (0-10): %d" % r.randint(0, 9), "Where is your pain? (mark on diagram)  [ body diagram ]" if c["spec"] == "ortho" else "",
                 "Patient signature: ____________"]
    elif L == 4:  # photo captions
        parts = [pick(r, ["INTRAOPERATIVE PHOTOGRAPHS", "Arthroscopic Images", "ENDOSCOPY IMAGES", "Clinical Photographs"]), "%s  %s  %s" % (d.name(4), d.mrn, d.d()),
                 "\n".join("Image %d: %s" % (i + 1, x) for i, x in enumerate(r.sample(["%s - before" % (d.dx()), "Findings: " + d.f(((c.get("op") or {}).get("findings") or "normal").split(".")[0]), "After treatment", "Overview", "Close-up view", "Wound at %d weeks" % r.randint(1, 6)], 4))),
                 "[photographs not reproduced]" if r.random() < 0.5 else "", "Printed by %s" % pick(r, ["image capture system", "endo suite", d.asc])]
    elif L == 5:  # superbill / encounter form
        rows = ["%s 99201-99205 New patient" % checkbox(r), "%s 99211-99215 Established" % checkbox(r, True), "%s 99241-99245 Consult" % checkbox(r), "%s 20610 Joint injection" % checkbox(r), "%s 93000 ECG" % checkbox(r), "%s 36415 Venipuncture" % checkbox(r)]
        parts = [d.group, pick(r, ["ENCOUNTER FORM", "SUPERBILL", "Charge Ticket"]), "Patient: %s  Acct: %s  DOS: %s  Provider: %s" % (d.name(4), d.acct, d.d(), d.md["last"]),
                 "\n".join(rows), "Diagnosis: 1) %s  %s" % (c["icd"], d.dx()), "Return visit: %s" % pick(r, ["2 wk", "6 wk", "3 mo", "PRN"]), "Copay collected: $%d  %s cash %s check" % (r.choice([0, 15, 20, 30]), checkbox(r), checkbox(r))]
    elif L == 6:  # HIPAA acknowledgment / financial policy
        parts = [d.group, pick(r, ["ACKNOWLEDGEMENT OF RECEIPT OF NOTICE OF PRIVACY PRACTICES", "FINANCIAL POLICY", "ASSIGNMENT OF BENEFITS AND FINANCIAL RESPONSIBILITY"]),
                 d.wrapp(pick(r, ["I acknowledge that I have received a copy of this office's Notice of Privacy Practices.", "Payment is expected at the time of service. Co-payments must be paid at check-in. Accounts over 90 days past due may be referred to a collection agency. A $25 fee will be charged for returned checks.",
                                  "I hereby assign all medical and surgical benefits to which I am entitled to the practice. I understand that I am financially responsible for all charges whether or not paid by insurance."])),
                 "Patient name: %s\nSignature: ___________________   Date: %s" % (d.name(0), d.d(style=1)), "Office use: %s refused to sign  %s copy given" % (checkbox(r, False), checkbox(r, True))]
    elif L == 7:  # surgery scheduling sheet
        parts = [d.group, pick(r, ["SURGERY SCHEDULING REQUEST", "Surgical Booking Sheet", "OR POSTING"]), "Patient: %s  DOB %s  Ph %s" % (d.name(0), d.dob_s(), d.phone),
                 "Procedure: %s  CPT: %s\nDiagnosis: %s  ICD-9: %s" % (proc_name(d) or "", (c.get("op") or {}).get("cpt", PK_NAMES[c["pk"][0]][1] if c.get("pk") else ""), d.dx(), c["icd"]),
                 "Facility: %s   Date requested: %s   Length: %d min\nAnesthesia: %s   Equipment: %s" % (pick(r, [d.asc, d.hosp]), d.d(d.days(r.randint(7, 30))), r.choice([30, 45, 60, 90, 120, 180]), pick(r, ["General", "MAC", "Local", "Spinal"]), pick(r, ["C-arm", "arthroscopy tower", "laser", "none"])),
                 "Pre-cert: %s   Medical clearance: %s" % (pick(r, ["obtained #%d" % r.randrange(10 ** 5, 10 ** 6), "pending"]), pick(r, ["PCP", "cardiology", "not needed"])), "Scheduler: %s" % pick(r, NURSE_F)]
    else:  # legal form: subpoena / records certification
        parts = [pick(r, ["CERTIFICATION OF RECORDS", "AFFIDAVIT OF CUSTODIAN OF MEDICAL RECORDS", "NOTICE OF DEPOSITION - RECORDS ONLY"]), "IN THE COURT OF COMMON PLEAS, %s COUNTY, %s" % (pick(r, ["WYNDHAM", "CARROW", "HARLOW"]), d.state),
                 "%s v. %s\nCase No. %d-CV-%04d" % (d.last.upper(), pick(r, ["ACME FREIGHT, INC.", "STATE AUTO MUTUAL", "JOHN DOE", "CITY OF " + d.city.upper()]), d.year, r.randrange(10000)),
                 d.wrapp("I, %s, being duly sworn, state that I am the custodian of records for %s, and that the attached %d pages are true and complete copies of the records of %s, date of birth %s, kept in the regular course of business." % (
                     pick(r, NURSE_F) + " " + pick(r, LAST), d.group, r.randint(5, 80), d.name(0), d.dob_s())), "______________________  Custodian\nSworn and subscribed before me ______________ Notary"]
    return join(*parts)


# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------
GENERATORS = {
    "discharge_summary": g_discharge_summary, "history_physical": g_history_physical, "progress_note": g_progress_note,
    "consult_note": g_consult_note, "operative_note": g_operative_note, "procedure_note": g_procedure_note, "lab_report": g_lab_report,
    "imaging_report": g_imaging_report, "pathology_report": g_pathology_report, "medication_list": g_medication_list,
    "prescription": g_prescription, "anesthesia_record": g_anesthesia_record, "correspondence": g_correspondence,
    "consent_form": g_consent_form, "referral_letter": g_referral_letter, "advance_directive": g_advance_directive,
    "ecg_report": g_ecg_report, "immunization_record": g_immunization_record, "registration_form": g_registration_form,
    "insurance_card": g_insurance_card, "nursing_note": g_nursing_note, "ed_note": g_ed_note, "transfer_summary": g_transfer_summary,
    "provider_orders": g_provider_orders, "discharge_instructions": g_discharge_instructions, "other": g_other,
}
CASE_FILTER = {
    "operative_note": lambda c: bool(c.get("op")),
    "anesthesia_record": lambda c: bool(c.get("op")) or c["key"] in ("colon", "egd", "tee_cv", "nodule"),
    "procedure_note": lambda c: bool(c.get("pk")),
    "pathology_report": lambda c: bool(c.get("path")),
    "discharge_summary": lambda c: c["setting"] == "inpt",
    "transfer_summary": lambda c: c["setting"] == "inpt" and not c.get("child"),
    "ed_note": lambda c: bool(c.get("ed")),
    "imaging_report": lambda c: bool(c.get("imaging")),
    "consent_form": lambda c: bool(c.get("op")) or bool(c.get("pk")),
    "advance_directive": lambda c: not c.get("child") and c["ages"][1] > 60,
    "ecg_report": lambda c: not c.get("child"),
}


def generate(seed, per_type):
    rng = random.Random(seed)
    world = World(random.Random(seed * 7919 + 17))
    out = []
    for label in GENERATORS:
        flt = CASE_FILTER.get(label, lambda c: True)
        pool = [c for c in CASES if flt(c)]
        for i in range(per_type):
            drng = random.Random(rng.randrange(2 ** 62))
            case = pick(drng, pool)
            d = Doc(drng, world, case)
            text = GENERATORS[label](d)
            text = finalize(d, text)
            out.append({"id": "usspec-%d-%s-%04d" % (seed, label, i), "label": label, "text": text})
    rng.shuffle(out)
    return out


def main():
    ap = argparse.ArgumentParser(description="Generate synthetic US specialty-group clinical documents (fictitious).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    docs = generate(a.seed, a.per_type)
    with open(a.out, "w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
