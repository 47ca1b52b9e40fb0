#!/usr/bin/env python3
"""Synthetic chart-document generator: US university internal-medicine residency
continuity clinics and teaching wards (2008-2024). All content is fictitious.
Standard library only. Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import json
import random
import datetime as dt

# ----------------------------------------------------------------------------
# name pools (invented)
# ----------------------------------------------------------------------------
FIRST_M = ["James", "Robert", "Darnell", "Luis", "Michael", "Wei", "Tomasz", "Harold", "Dennis", "Curtis",
           "Raymond", "Jerome", "Anthony", "Kevin", "Roberto", "Arjun", "Samuel", "Gary", "Leon", "Walter",
           "Marcus", "Eugene", "Frank", "Tyrone", "Hector", "Vernon", "Douglas", "Earl", "Victor", "Omar"]
FIRST_F = ["Mary", "Linda", "Patricia", "Keisha", "Maria", "Mei", "Agnes", "Dolores", "Brenda", "Tamika",
           "Rosa", "Janet", "Gloria", "Shirley", "Priya", "Carol", "Yolanda", "Denise", "Esther", "Lorraine",
           "Fatima", "Beverly", "Irene", "Latoya", "Ruth", "Wanda", "Sandra", "Nadia", "Joyce", "Ana"]
LAST = ["Okafor", "Brennan", "Delacroix", "Hollister", "Marchetti", "Vasquez", "Pruitt", "Kowalczyk", "Tanaka",
        "Abernathy", "Oduya", "Lindqvist", "Farrow", "Castellanos", "Whitcombe", "Nguyen-Baird", "Szabo",
        "McAllister", "Rinaldi", "Greaves", "Haddad", "Pennington", "Thibodeaux", "Ostrowski", "Calloway",
        "Ferreira", "Dunleavy", "Mbeki-Rhodes", "Strickland", "Yarbrough", "Quintero", "Halvorsen", "Bixby",
        "Ashworth", "Llewellyn", "Trujillo", "Vanterpool", "Kessler", "Obi", "Sandoval", "Crenshaw", "Wexler"]
DOC_FIRST = ["Anna", "Benjamin", "Chidi", "Daniela", "Ethan", "Farah", "Gregory", "Hannah", "Ivan", "Julia",
             "Kofi", "Lauren", "Miguel", "Nora", "Owen", "Priyanka", "Quinn", "Rachel", "Sanjay", "Teresa",
             "Uma", "Victor", "Whitney", "Xavier", "Yusuf", "Zoe", "Elena", "Marcus", "Colleen", "David"]
DOC_LAST = ["Adeyemi", "Barrow", "Chen", "Dorsey", "Eckhart", "Feld", "Gallardo", "Hsu", "Iverson", "Jaffe",
            "Kaminski", "Liang", "Morrow", "Nakashima", "Oyelaran", "Patel", "Quist", "Rosenblum", "Sethi",
            "Thorne", "Underhill", "Varga", "Wolcott", "Yeager", "Zielinski", "Albright", "Bhatt", "Coutinho",
            "Desai", "Fairbanks", "Gunderson", "Hargrove", "Kim", "Levesque", "Mahoney", "Ndiaye"]
RN_FIRST = ["Becky", "Tom", "Kayla", "Marisol", "Jen", "Andre", "Kim", "Dave", "Shonda", "Erin", "Lupe", "Tracy"]

INSTITUTIONS = [
    ("Calder University Hospital", "Department of Internal Medicine", "1400 Ridgeline Parkway", "Calder, OH 44870", "330"),
    ("Whitford University Medical Center", "Division of General Internal Medicine", "200 College Green Dr", "Whitford, PA 16822", "814"),
    ("St. Anselm Teaching Hospital", "Internal Medicine Residency Program", "77 Abbey Lane", "Marlow Heights, MD 21708", "301"),
    ("Brannock University Health", "Dept. of Medicine", "3100 University Blvd", "Brannock, IN 47408", "812"),
    ("Greyhaven Memorial / University Campus", "Internal Medicine Teaching Service", "55 Hollis Ave", "Greyhaven, WI 53713", "608"),
]
CLINICS = ["Resident Continuity Clinic", "Internal Medicine Associates - Resident Practice", "Ambulatory Care Center, Suite 3B",
           "General Medicine Clinic (Teaching)", "Primary Care Center - Resident Clinic", "IM Continuity Clinic, 4th Floor"]
WARDS = ["7 West", "6 North", "5 South Medicine", "Gold Team / 8E", "Blue Team - 4W", "MICU", "Step-Down 3", "Medicine Red Team (9N)"]
TOWNS = [("Calder", "OH", "44870"), ("Whitford", "PA", "16822"), ("Marlow Heights", "MD", "21708"), ("Brannock", "IN", "47408"),
         ("Greyhaven", "WI", "53713"), ("Pell City Junction", "OH", "44811"), ("Oakmere", "PA", "16830"), ("Dunmore Falls", "IN", "47401")]
STREETS = ["Maple Ridge Rd", "Orchard St", "Quarry Hill Dr", "W 14th Ave", "Beckett Ct", "Linden Blvd", "Sycamore Ln", "Harbor View Ter",
           "Old Mill Rd", "Kensington Pl", "Fairlawn Ave", "Cedar Bluff Way", "Tanner St", "N Prospect Ave"]
PHARMACIES = ["Corner Drug #114", "RiteWay Pharmacy #2287", "University Outpatient Pharmacy", "HealthMart of Oakmere", "MedPlus Pharmacy #0931", "Family Discount Drugs"]
PAYERS = [("Keystone Meridian Health Plan", "PPO"), ("Blue Harbor Health", "HMO"), ("Allied Mutual Health", "EPO"),
          ("Medicare", "Part A/B"), ("State Medicaid - CareSource Plus", "Managed Medicaid"), ("Tri-Valley Health Alliance", "POS"),
          ("Summit Union Benefits Trust", "PPO"), ("Heartland Advantage (Medicare Advantage)", "MA-PD")]

# ----------------------------------------------------------------------------
# context / helpers
# ----------------------------------------------------------------------------
class C:
    def __init__(self, rng):
        self.r = rng
        r = rng
        self.sex = r.choice("MF")
        self.first = r.choice(FIRST_M if self.sex == "M" else FIRST_F)
        self.last = r.choice(LAST)
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")
        self.he, self.his, self.him = ("he", "his", "him") if self.sex == "M" else ("she", "her", "her")
        self.He = self.he.capitalize()
        self.His = self.his.capitalize()
        self.mrn = "%d" % r.randint(1000000, 9999999) if r.random() < 0.5 else "%02d-%05d-%d" % (r.randint(10, 99), r.randint(0, 99999), r.randint(0, 9))
        self.fin = "%d" % r.randint(10000000, 99999999)
        yr = r.randint(2008, 2024)
        self.date = dt.date(yr, r.randint(1, 12), r.randint(1, 28))
        self.age = r.randint(24, 91)
        self.dob = dt.date(self.date.year - self.age, r.randint(1, 12), r.randint(1, 28))
        if self.dob.replace(year=self.date.year) > self.date:
            self.age -= 1
        self.inst = r.choice(INSTITUTIONS)
        self.area = self.inst[4]
        town = r.choice(TOWNS)
        self.addr = "%d %s" % (r.randint(12, 9899), r.choice(STREETS))
        self.city, self.state, self.zip = town
        self.phone = self.ph()
        self.attending = self.doc()
        self.resident = self.doc()
        self.intern = self.doc()
        self.pgy = r.choice(["PGY-2", "PGY-3", "PGY2", "PGY3", "R2", "R3"])
        self.ward = r.choice(WARDS)
        self.clinic = r.choice(CLINICS)
        self.room = "%d%s" % (r.randint(401, 988), r.choice(["", "A", "B", "-1", "-2"]))
        self.nurse = "%s %s, RN" % (r.choice(RN_FIRST), r.choice(LAST))
        self.payer = r.choice(PAYERS)
        self.pcp = self.doc()
        self.los = r.randint(2, 9)
        self.time = "%02d:%02d" % (r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
        self.hstyle = r.randint(0, 5)

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, x):
        return self.r.random() < x

    def ri(self, a, b):
        return self.r.randint(a, b)

    def ph(self, area=None):
        return "(%s) 555-%04d" % (area or self.r.choice(["330", "814", "301", "812", "608", "419", "717"]), self.r.randint(100, 199))

    def doc(self):
        return "%s %s" % (self.r.choice(DOC_FIRST), self.r.choice(DOC_LAST))

    def md(self, n):
        return n + self.ch([", MD", ", MD", " MD", ", DO", " M.D."])

    def name(self, style=None):
        s = style if style is not None else self.ri(0, 4)
        if s == 0:
            return "%s, %s" % (self.last.upper(), self.first.upper())
        if s == 1:
            return "%s %s" % (self.first, self.last)
        if s == 2:
            return "%s, %s %s" % (self.last, self.first, self.mi)
        if s == 3:
            return "%s %s. %s" % (self.first, self.mi, self.last)
        return "%s %s" % (self.first.upper(), self.last.upper())

    def d(self, d=None, style=None):
        d = d or self.date
        s = style if style is not None else self.ri(0, 5)
        if s == 0:
            return d.strftime("%m/%d/%Y")
        if s == 1:
            return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
        if s == 2:
            return d.strftime("%Y-%m-%d")
        if s == 3:
            return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
        if s == 4:
            return d.strftime("%d-%b-%Y").upper()
        return "%d/%d/%d" % (d.month, d.day, d.year)

    def plus(self, days):
        return self.date + dt.timedelta(days=days)

    def t(self):
        return "%02d%02d" % (self.ri(0, 23), self.ri(0, 59))

    def t2(self):
        return "%02d:%02d" % (self.ri(6, 22), self.ri(0, 59))

    def sexw(self):
        return self.ch(["male", "man", "gentleman"]) if self.sex == "M" else self.ch(["female", "woman", "lady"])

    def mf(self):
        return self.sex

    def h(self, names, body, force=None):
        """Format a section according to doc heading style."""
        name = self.ch(names) if isinstance(names, (list, tuple)) else names
        st = self.hstyle if force is None else force
        if body is None:
            body = ""
        if st == 0:
            return "%s: %s" % (name.upper(), body)
        if st == 1:
            return "%s:\n%s" % (name, body)
        if st == 2:
            return "%s\n%s\n%s" % (name.upper(), "-" * len(name), body)
        if st == 3:
            return "%s: %s" % (name, body)
        if st == 4:
            return "** %s **\n%s" % (name.upper(), body)
        return "%s:\n%s" % (name.upper(), body)

def wrap(text, width=80):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)

def bullets(c, items, kind=None):
    k = kind if kind is not None else c.ri(0, 3)
    out = []
    for i, it in enumerate(items):
        if k == 0:
            out.append("- " + it)
        elif k == 1:
            out.append("%d. %s" % (i + 1, it))
        elif k == 2:
            out.append("* " + it)
        else:
            out.append("  " + it)
    return "\n".join(out)

# ----------------------------------------------------------------------------
# labs
# ----------------------------------------------------------------------------
LABS = {
    # name: (unit, lo, hi, mean, sd, decimals)
    "Sodium": ("mmol/L", 135, 145, 139, 2.5, 0), "Potassium": ("mmol/L", 3.5, 5.1, 4.1, 0.3, 1),
    "Chloride": ("mmol/L", 98, 107, 102, 2, 0), "CO2": ("mmol/L", 22, 29, 25, 1.5, 0),
    "BUN": ("mg/dL", 7, 20, 14, 3, 0), "Creatinine": ("mg/dL", 0.6, 1.2, 0.9, 0.12, 2),
    "Glucose": ("mg/dL", 70, 99, 96, 10, 0), "Calcium": ("mg/dL", 8.5, 10.5, 9.3, 0.3, 1),
    "Magnesium": ("mg/dL", 1.7, 2.2, 1.9, 0.12, 1), "Phosphorus": ("mg/dL", 2.5, 4.5, 3.4, 0.4, 1),
    "WBC": ("K/uL", 4.0, 11.0, 7.2, 1.5, 1), "Hemoglobin": ("g/dL", 12.0, 16.0, 13.6, 0.9, 1),
    "Hematocrit": ("%", 36.0, 46.0, 40.5, 2.5, 1), "Platelets": ("K/uL", 150, 400, 245, 45, 0),
    "MCV": ("fL", 80, 100, 89, 3, 0), "AST": ("U/L", 10, 40, 24, 6, 0), "ALT": ("U/L", 7, 56, 26, 8, 0),
    "Alk Phos": ("U/L", 44, 147, 82, 18, 0), "Total Bilirubin": ("mg/dL", 0.1, 1.2, 0.6, 0.2, 1),
    "Albumin": ("g/dL", 3.5, 5.0, 4.0, 0.3, 1), "INR": ("", 0.9, 1.1, 1.0, 0.05, 1),
    "PTT": ("sec", 25, 35, 29, 2, 1), "Lactate": ("mmol/L", 0.5, 2.0, 1.1, 0.3, 1),
    "Troponin I": ("ng/mL", 0.0, 0.04, 0.01, 0.005, 2), "BNP": ("pg/mL", 0, 100, 45, 20, 0),
    "Hemoglobin A1c": ("%", 4.0, 5.6, 5.3, 0.2, 1), "TSH": ("uIU/mL", 0.4, 4.0, 1.8, 0.6, 2),
    "Lipase": ("U/L", 13, 60, 32, 8, 0), "D-dimer": ("ug/mL FEU", 0.0, 0.5, 0.3, 0.1, 2),
    "LDL Cholesterol": ("mg/dL", 0, 99, 92, 20, 0), "Ammonia": ("umol/L", 11, 35, 22, 5, 0),
    "Anion Gap": ("mmol/L", 8, 16, 11, 2, 0), "Ethanol": ("mg/dL", 0, 10, 0, 0, 0),
    "Procalcitonin": ("ng/mL", 0.0, 0.1, 0.05, 0.02, 2), "Beta-hydroxybutyrate": ("mmol/L", 0.0, 0.3, 0.1, 0.05, 1),
}
BMP = ["Sodium", "Potassium", "Chloride", "CO2", "BUN", "Creatinine", "Glucose", "Calcium"]
CBC = ["WBC", "Hemoglobin", "Hematocrit", "Platelets", "MCV"]
LFT = ["AST", "ALT", "Alk Phos", "Total Bilirubin", "Albumin"]

def labval(c, name, case=None):
    unit, lo, hi, mean, sd, dec = LABS[name]
    ov = (case or {}).get("labs", {}).get(name)
    if ov:
        v = c.r.uniform(ov[0], ov[1])
    else:
        v = c.r.gauss(mean, sd)
        v = max(v, 0)
    if dec == 0:
        s = "%d" % round(v)
    else:
        s = ("%." + str(dec) + "f") % v
    fv = float(s)
    flag = "H" if fv > hi else ("L" if fv < lo and lo > 0 else "")
    return s, flag, unit, lo, hi

def refrange(name):
    unit, lo, hi, mean, sd, dec = LABS[name]
    f = "%d" if dec == 0 else ("%." + str(dec) + "f")
    return (f % lo) + "-" + (f % hi)

def lab_inline(c, case, names):
    parts = []
    for n in names:
        v, fl, u, lo, hi = labval(c, n, case)
        ab = {"Sodium": "Na", "Potassium": "K", "Chloride": "Cl", "CO2": "HCO3", "Creatinine": "Cr", "Glucose": "Glu",
              "Hemoglobin": "Hgb", "Hematocrit": "Hct", "Platelets": "Plt", "Calcium": "Ca", "Magnesium": "Mg",
              "Total Bilirubin": "Tbili", "Troponin I": "TnI", "Hemoglobin A1c": "A1c", "Alk Phos": "AlkP",
              "Phosphorus": "Phos", "Albumin": "Alb", "Lactate": "lactate"}.get(n, n)
        parts.append("%s %s%s" % (ab, v, ("(" + fl + ")") if fl and c.p(0.3) else ""))
    return ", ".join(parts)

def fishbone(c, case):
    v = {n: labval(c, n, case)[0] for n in BMP + CBC}
    return ("%s | %s | %s /\n%s-------------------< %s\n%s | %s | %s \\\n\n%s \\ %s / %s\n      / %s \\" % (
        v["Sodium"], v["Chloride"], v["BUN"], "  ", v["Glucose"], v["Potassium"], v["CO2"], v["Creatinine"],
        v["WBC"], v["Hemoglobin"], v["Platelets"], v["Hematocrit"]))

# ----------------------------------------------------------------------------
# cases
# ----------------------------------------------------------------------------
CASES = [
    dict(key="chf", dx=["Acute on chronic systolic heart failure", "Acute decompensated HFrEF", "CHF exacerbation",
                        "Acute on chronic HFrEF exacerbation"], icd="I50.23",
         cc=["shortness of breath", "SOB and leg swelling", "can't breathe lying flat", "weight gain, swelling"],
         hpi="{age} y/o {sx} with PMH of HFrEF (EF {ef}%), HTN, CKD 3a who presents with {d} days of progressive dyspnea on exertion, orthopnea ({pil}-pillow) and PND. Reports weight gain of about {wt} lbs and worsening bilateral leg swelling. Admits to dietary indiscretion over the holidays and ran out of furosemide {d2} days ago. Denies chest pain, fever, cough productive of sputum.",
         pmh=["HFrEF (ischemic cardiomyopathy)", "Hypertension", "CKD stage 3a", "Hyperlipidemia", "CAD s/p PCI to LAD"],
         home=[("furosemide", "40 mg", "PO daily"), ("carvedilol", "12.5 mg", "PO BID"), ("lisinopril", "10 mg", "PO daily"),
               ("spironolactone", "25 mg", "PO daily"), ("atorvastatin", "80 mg", "PO nightly"), ("aspirin", "81 mg", "PO daily")],
         inpt=[("furosemide", "40 mg", "IV BID"), ("heparin", "5000 units", "SQ q8h"), ("carvedilol", "12.5 mg", "PO BID")],
         exam={"Neck": "JVP elevated to 12 cm H2O at 45 degrees, +HJR", "Lungs": "bibasilar crackles to mid-lung fields",
               "CV": "RRR, S3 present, II/VI holosystolic murmur at apex", "Ext": "2+ pitting edema bilaterally to the knees"},
         labs={"BNP": (1100, 3400), "Creatinine": (1.4, 1.9), "BUN": (28, 44), "Sodium": (129, 134), "Troponin I": (0.02, 0.06)},
         img=("XR CHEST 2 VIEWS", "Cardiomegaly. Bilateral interstitial opacities and Kerley B lines. Small bilateral pleural effusions. Cephalization of pulmonary vasculature. No pneumothorax.",
              "Findings consistent with pulmonary edema/CHF. Small bilateral effusions."),
         plan=["Diurese with IV furosemide 40 mg BID, goal net negative 1-2 L/day", "Strict I/O, daily standing weights, 2 g Na / 1.5 L fluid restriction",
               "Continue carvedilol; hold lisinopril while Cr elevated", "BMP BID while diuresing, replete K>4, Mg>2", "TTE to reassess EF"],
         course="was diuresed with IV furosemide with net negative {neg} L over the admission and weight down {wt} lbs. Creatinine peaked at {cr} and returned toward baseline. Transitioned to oral torsemide. Lisinopril was resumed prior to discharge. Heart failure education was provided.",
         consult=("Cardiology", "optimization of GDMT in HFrEF, ?candidate for ICD", "Agree with diuresis. Transition to torsemide 40 mg daily. Start sacubitril/valsartan after 36 h washout of lisinopril once Cr stable. Repeat TTE in 3 months on GDMT; if EF remains <=35% refer for primary prevention ICD."),
         dcmeds=[("torsemide", "40 mg", "PO daily", "NEW - replaces furosemide")], stop=["furosemide"],
         warn=["weight gain of more than 3 lbs in a day or 5 lbs in a week", "worsening shortness of breath or needing more pillows to sleep", "chest pain"],
         vit=dict(hr=(88, 112), sbp=(138, 172), rr=(20, 26), spo2=(88, 93), t=(36.5, 37.3))),
    dict(key="cap", dx=["Community-acquired pneumonia", "CAP, right lower lobe", "Right lower lobe pneumonia", "Pneumonia (RLL)"], icd="J18.9",
         cc=["cough and fever", "fever, chills, productive cough", "shortness of breath and cough x 4 days"],
         hpi="{age} y/o {sx} with PMH of {pm1} who presents with {d} days of fevers to 102F, rigors, and cough productive of rust-colored sputum, with right-sided pleuritic chest pain. Reports decreased PO intake and malaise. No recent hospitalization or antibiotics in the last 90 days. No sick contacts.",
         pmh=["Type 2 diabetes mellitus", "Hypertension", "Tobacco use, 30 pack-years", "GERD"],
         home=[("metformin", "1000 mg", "PO BID"), ("amlodipine", "5 mg", "PO daily"), ("omeprazole", "20 mg", "PO daily")],
         inpt=[("ceftriaxone", "1 g", "IV q24h"), ("azithromycin", "500 mg", "IV q24h"), ("acetaminophen", "650 mg", "PO q6h PRN fever"), ("enoxaparin", "40 mg", "SQ daily")],
         exam={"Lungs": "crackles and egophony over the right lower lung field, dullness to percussion at R base", "CV": "tachycardic, regular, no murmur", "Gen": "ill-appearing, mildly diaphoretic"},
         labs={"WBC": (14.5, 21.0), "Procalcitonin": (1.2, 6.5), "Lactate": (1.4, 2.6), "BUN": (20, 31), "Glucose": (150, 260)},
         img=("XR CHEST PA AND LATERAL", "Dense airspace consolidation in the right lower lobe with air bronchograms. Small right pleural effusion. Left lung clear. Heart size normal.",
              "Right lower lobe pneumonia with small parapneumonic effusion. Recommend follow-up radiographs in 6-8 weeks to document resolution."),
         plan=["Ceftriaxone 1 g IV daily + azithromycin 500 mg daily (CURB-65 = {curb})", "Blood cultures x2, sputum culture, urine Legionella and pneumococcal antigens",
               "Supplemental O2 to keep SpO2 > 92%", "Hold metformin, sliding scale insulin", "Incentive spirometry, ambulate"],
         course="was treated with ceftriaxone and azithromycin. Blood cultures remained negative; urine pneumococcal antigen was positive. Defervesced by hospital day 2 and was weaned to room air. Transitioned to oral amoxicillin-clavulanate to complete a 5-7 day course.",
         consult=("Infectious Disease", "persistent fever despite antibiotics, effusion", "Small uncomplicated parapneumonic effusion does not require tap at this time. Continue ceftriaxone; azithromycin can stop after 3 days. Total duration 7 days if afebrile 48h. Repeat CXR in 6 weeks."),
         dcmeds=[("amoxicillin-clavulanate", "875-125 mg", "PO BID x 4 more days", "NEW")], stop=[],
         warn=["fever over 101 F after 2 days", "worsening shortness of breath", "coughing up blood", "confusion"],
         vit=dict(hr=(98, 121), sbp=(98, 128), rr=(22, 28), spo2=(87, 92), t=(38.3, 39.4))),
    dict(key="copd", dx=["COPD exacerbation", "Acute exacerbation of COPD", "AECOPD", "COPD with acute exacerbation"], icd="J44.1",
         cc=["worse breathing", "wheezing and SOB", "cough, wheeze x 3 days"],
         hpi="{age} y/o {sx} with severe COPD (FEV1 {fev}% predicted, on {o2} L home O2) and ongoing tobacco use presenting with {d} days of increased dyspnea, wheezing, and increased sputum volume with change to green color. Using albuterol inhaler every 2 hours without relief. Denies fever, chest pain, leg swelling.",
         pmh=["COPD, GOLD 3", "Tobacco use disorder", "Hypertension", "Anxiety", "Osteoporosis"],
         home=[("tiotropium", "18 mcg", "inhaled daily"), ("fluticasone-salmeterol", "250/50", "1 puff BID"), ("albuterol HFA", "2 puffs", "q4h PRN"), ("lisinopril", "20 mg", "PO daily")],
         inpt=[("prednisone", "40 mg", "PO daily"), ("ipratropium-albuterol neb", "3 mL", "q4h"), ("doxycycline", "100 mg", "PO BID"), ("heparin", "5000 units", "SQ q8h")],
         exam={"Lungs": "diffuse expiratory wheezes, prolonged expiratory phase, poor air movement", "Gen": "speaking in short sentences, using accessory muscles", "CV": "distant heart sounds, tachycardic"},
         labs={"CO2": (30, 36), "WBC": (9.5, 13.5), "Glucose": (120, 190)},
         img=("XR CHEST 1 VIEW PORTABLE", "Hyperinflated lungs with flattened hemidiaphragms. No focal consolidation, effusion or pneumothorax. Stable biapical pleural-parenchymal scarring.",
              "Hyperinflation consistent with COPD. No acute cardiopulmonary process."),
         plan=["Prednisone 40 mg daily x 5 days", "DuoNebs q4h scheduled and albuterol q2h PRN", "Doxycycline 100 mg BID x 5 days for increased sputum purulence",
               "Titrate O2 to SpO2 88-92%", "Nicotine patch 21 mg, smoking cessation counseling", "ABG if somnolent"],
         course="was treated with systemic steroids, scheduled nebulizers and doxycycline with gradual improvement. Weaned back to baseline {o2} L nasal cannula. Ambulatory saturation 89-91% on home oxygen. Smoking cessation was discussed at length; {he} accepted a nicotine patch.",
         consult=("Pulmonology", "frequent exacerbations, ?roflumilast / pulmonary rehab", "Recommend adding roflumilast 500 mcg daily given chronic bronchitis phenotype and 3 exacerbations this year. Refer to pulmonary rehabilitation. Ensure pneumococcal and influenza vaccines are up to date. Follow up in pulmonary clinic in 4-6 weeks with PFTs."),
         dcmeds=[("prednisone", "40 mg", "PO daily x 2 more days", "NEW - short course"), ("nicotine patch", "21 mg/24 hr", "apply daily", "NEW")], stop=[],
         warn=["lips or fingertips turning blue", "needing your rescue inhaler more than every 4 hours", "fever", "confusion or sleepiness"],
         vit=dict(hr=(96, 118), sbp=(128, 156), rr=(24, 30), spo2=(84, 90), t=(36.6, 37.5))),
    dict(key="dka", dx=["Diabetic ketoacidosis", "DKA", "Diabetic ketoacidosis, type 1 DM", "Moderate DKA"], icd="E10.10",
         cc=["nausea/vomiting", "high blood sugar", "abdominal pain and vomiting"],
         hpi="{age} y/o {sx} with type 1 DM since age {onset} on insulin pump/MDI who presents with {d} days of polyuria, polydipsia, nausea, vomiting and diffuse abdominal pain. Ran out of insulin glargine {d2} days ago due to cost. Glucometer read HI at home. Denies fever, dysuria, cough.",
         pmh=["Type 1 diabetes mellitus", "Diabetic retinopathy", "Depression", "Prior DKA admissions x2"],
         home=[("insulin glargine", "22 units", "SQ nightly"), ("insulin lispro", "per carb ratio 1:12", "SQ with meals"), ("sertraline", "50 mg", "PO daily")],
         inpt=[("insulin regular infusion", "0.1 units/kg/hr", "IV per DKA protocol"), ("normal saline", "250 mL/hr", "IV"), ("potassium chloride", "20 mEq", "per protocol"), ("ondansetron", "4 mg", "IV q6h PRN")],
         exam={"Gen": "ill-appearing, Kussmaul respirations, fruity odor on breath", "HEENT": "dry mucous membranes", "Abd": "diffusely tender without rebound or guarding"},
         labs={"Glucose": (420, 690), "CO2": (6, 13), "Anion Gap": (24, 32), "Potassium": (5.2, 6.1), "Beta-hydroxybutyrate": (5.5, 9.8), "Sodium": (128, 134), "WBC": (12, 17), "Creatinine": (1.3, 1.8)},
         img=("XR CHEST 1 VIEW", "Lungs are clear. No effusion. Normal cardiomediastinal silhouette.", "No acute cardiopulmonary abnormality."),
         plan=["DKA protocol: insulin gtt 0.1 u/kg/h, IVF NS then D5-1/2NS when glucose <250", "BMP q2h, glucose q1h, replete K to keep 4-5", "Bridge to SQ insulin with 2 h overlap once gap closed x2",
               "Diabetes educator and social work re: insulin affordability", "Check A1c"],
         course="was admitted to the step-down unit and treated per DKA protocol. Anion gap closed within {gap} hours and {he} was transitioned to subcutaneous insulin glargine and lispro. Social work assisted with manufacturer insulin assistance program enrollment.",
         consult=("Endocrinology", "recurrent DKA, insulin regimen", "Resume glargine 22 units nightly, lispro 1 unit per 12 g carbs plus correction 1 unit per 50 > 150. Patient qualifies for CGM; will arrange. Follow up endocrine clinic 2 weeks."),
         dcmeds=[("insulin glargine", "22 units", "SQ nightly", "CONTINUE - new supply"), ("glucometer, strips, lancets", "", "check QID", "NEW")], stop=[],
         warn=["blood sugar over 300 twice in a row", "vomiting and unable to keep fluids down", "abdominal pain", "fast breathing"],
         vit=dict(hr=(108, 128), sbp=(96, 118), rr=(24, 32), spo2=(97, 100), t=(36.4, 37.4))),
    dict(key="cellulitis", dx=["Cellulitis of left lower extremity", "Left leg cellulitis", "Nonpurulent cellulitis, LLE", "LLE cellulitis"], icd="L03.116",
         cc=["left leg redness", "leg pain and swelling", "red, hot leg"],
         hpi="{age} y/o {sx} with obesity, T2DM and venous stasis who presents with {d} days of spreading erythema, warmth and pain of the left lower leg, starting near a small abrasion on the shin. Subjective fevers and chills at home. No purulent drainage. No prior MRSA.",
         pmh=["Type 2 diabetes mellitus", "Obesity (BMI 41)", "Chronic venous insufficiency", "Hypertension"],
         home=[("metformin", "1000 mg", "PO BID"), ("glipizide", "5 mg", "PO daily"), ("hydrochlorothiazide", "25 mg", "PO daily")],
         inpt=[("cefazolin", "2 g", "IV q8h"), ("acetaminophen", "650 mg", "PO q6h PRN"), ("enoxaparin", "40 mg", "SQ daily"), ("insulin lispro", "sliding scale", "SQ AC/HS")],
         exam={"Ext": "well-demarcated erythema, warmth and tenderness of L anterior shin extending to mid-calf, marked with pen; no fluctuance, crepitus or bullae", "Skin": "tinea pedis between toes bilaterally"},
         labs={"WBC": (11.5, 16.0), "Glucose": (160, 290)},
         img=("US DOPPLER VENOUS LEFT LOWER EXTREMITY", "Normal compressibility and flow of the common femoral, femoral, popliteal and calf veins. Subcutaneous edema in the calf.",
              "No evidence of deep venous thrombosis in the left lower extremity."),
         plan=["Cefazolin 2 g IV q8h; add vancomycin if no improvement in 48h", "Elevate leg, mark borders", "Treat tinea pedis with topical terbinafine", "Glycemic control with SSI, hold metformin"],
         course="was treated with IV cefazolin with regression of erythema from the marked borders. Transitioned to oral cephalexin to complete 7 days total. Tinea pedis treated topically.",
         consult=("Wound care", "venous stasis changes", "Compression stockings 20-30 mmHg once cellulitis resolves. Moisturize daily. Outpatient wound clinic follow-up."),
         dcmeds=[("cephalexin", "500 mg", "PO QID x 5 days", "NEW"), ("terbinafine 1% cream", "", "apply BID between toes", "NEW")], stop=[],
         warn=["redness spreading past the marked line", "fever over 101 F", "blisters or dark skin", "severe pain"],
         vit=dict(hr=(90, 106), sbp=(132, 160), rr=(16, 20), spo2=(95, 99), t=(37.8, 38.7))),
    dict(key="ugib", dx=["Upper GI bleed", "Acute upper gastrointestinal hemorrhage", "Melena / UGIB", "Duodenal ulcer hemorrhage"], icd="K26.4",
         cc=["black stools", "dark stools and dizziness", "vomiting blood"],
         hpi="{age} y/o {sx} with osteoarthritis taking daily ibuprofen 800 mg TID who presents with {d} days of black tarry stools and lightheadedness, with one episode of coffee-ground emesis this morning. No prior GI bleed. Drinks {drinks} beers per week. No anticoagulant use.",
         pmh=["Osteoarthritis of knees", "Hypertension", "Hyperlipidemia"],
         home=[("ibuprofen", "800 mg", "PO TID"), ("lisinopril", "20 mg", "PO daily"), ("simvastatin", "40 mg", "PO nightly")],
         inpt=[("pantoprazole", "80 mg", "IV BID"), ("packed red blood cells", "1 unit", "transfuse"), ("lactated Ringer's", "125 mL/hr", "IV")],
         exam={"Gen": "pale, orthostatic", "Abd": "soft, mild epigastric tenderness, no peritoneal signs", "Rectal": "black tarry guaiac-positive stool in vault"},
         labs={"Hemoglobin": (6.4, 8.2), "Hematocrit": (19.5, 25.0), "BUN": (42, 68), "MCV": (82, 90)},
         img=("XR ABDOMEN AND CHEST", "No free intraperitoneal air. Nonobstructive bowel gas pattern. Lungs clear.", "No pneumoperitoneum."),
         plan=["2 large bore IVs, type and cross 2 units", "Transfuse for Hgb < 7", "Pantoprazole 80 mg IV BID", "GI consulted for EGD within 24 h", "Hold ibuprofen and lisinopril", "Glasgow-Blatchford score {gbs}"],
         course="received 2 units PRBC. EGD on hospital day 1 showed a 1.2 cm clean-based duodenal bulb ulcer; biopsies for H. pylori were obtained. Hemoglobin remained stable thereafter. Transitioned to oral pantoprazole BID. NSAIDs were discontinued permanently.",
         consult=("Gastroenterology", "melena, Hgb 7, EGD", "EGD today. Continue IV PPI BID. Avoid NSAIDs indefinitely. Follow up H. pylori biopsies; treat if positive. Repeat EGD in 8-12 weeks not required for duodenal ulcer."),
         dcmeds=[("pantoprazole", "40 mg", "PO BID x 8 weeks", "NEW")], stop=["ibuprofen"],
         warn=["black or bloody stools", "vomiting blood or coffee-ground material", "dizziness or fainting"],
         vit=dict(hr=(104, 124), sbp=(88, 108), rr=(18, 22), spo2=(96, 100), t=(36.3, 37.1))),
    dict(key="aki", dx=["Acute kidney injury", "AKI on CKD 3", "Prerenal acute kidney injury", "AKI, likely prerenal"], icd="N17.9",
         cc=["weakness", "abnormal labs", "poor intake, dizzy"],
         hpi="{age} y/o {sx} with CKD 3b (baseline Cr 1.6), HTN and T2DM who was sent in from clinic for Cr of {cr} on routine labs. Reports {d} days of diarrhea and poor oral intake while continuing lisinopril, HCTZ and ibuprofen for back pain. Decreased urine output. No dysuria, hematuria, flank pain.",
         pmh=["CKD stage 3b", "Hypertension", "Type 2 diabetes mellitus", "Gout", "BPH"],
         home=[("lisinopril", "40 mg", "PO daily"), ("hydrochlorothiazide", "25 mg", "PO daily"), ("allopurinol", "100 mg", "PO daily"), ("tamsulosin", "0.4 mg", "PO nightly")],
         inpt=[("normal saline", "1 L bolus then 100 mL/hr", "IV"), ("heparin", "5000 units", "SQ q8h")],
         exam={"HEENT": "dry mucous membranes", "CV": "RRR, no rub", "Ext": "no edema", "Gen": "tired-appearing"},
         labs={"Creatinine": (3.1, 4.6), "BUN": (58, 92), "Potassium": (5.4, 6.2), "CO2": (16, 20), "Phosphorus": (5.0, 6.4)},
         img=("US RENAL COMPLETE", "Right kidney 10.1 cm, left kidney 10.4 cm. Mildly increased cortical echogenicity bilaterally. No hydronephrosis. No stones. Bladder decompressed with post-void residual 40 mL.",
              "No hydronephrosis. Echogenic kidneys compatible with medical renal disease."),
         plan=["Hold lisinopril, HCTZ, NSAIDs", "IV fluids, strict I/O, renally dose meds", "Urine lytes (FENa), UA with micro", "Treat hyperkalemia: Lokelma, low K diet, repeat ECG", "Renal US"],
         course="was treated with IV fluids after holding ACE inhibitor, thiazide and NSAIDs. FENa was 0.4% consistent with prerenal physiology. Creatinine improved from {cr} to 1.9 at discharge. Potassium normalized. Lisinopril held until nephrology follow-up.",
         consult=("Nephrology", "AKI on CKD, hyperkalemia", "Picture most consistent with prerenal AKI/hemodynamic from ACEi + diuretic + NSAID in setting of volume depletion. No indication for dialysis. Continue isotonic fluids, avoid nephrotoxins, hold ACEi until Cr at baseline. F/u renal clinic 2-3 wks."),
         dcmeds=[], stop=["lisinopril", "hydrochlorothiazide", "ibuprofen"],
         warn=["making very little urine", "muscle weakness or palpitations", "vomiting or diarrhea that does not stop"],
         vit=dict(hr=(84, 102), sbp=(98, 118), rr=(16, 20), spo2=(95, 99), t=(36.4, 37.1))),
    dict(key="pe", dx=["Acute pulmonary embolism", "Submassive PE", "Bilateral pulmonary emboli", "Acute PE without cor pulmonale"], icd="I26.99",
         cc=["chest pain and SOB", "sudden shortness of breath", "pleuritic chest pain"],
         hpi="{age} y/o {sx} with recent right knee arthroscopy {d2} days ago who presents with acute onset pleuritic left-sided chest pain and dyspnea that began {d} days ago. Reports right calf swelling. No hemoptysis. No prior VTE. Family history of DVT in mother.",
         pmh=["Obesity", "s/p R knee arthroscopy", "Migraine"],
         home=[("sumatriptan", "50 mg", "PO PRN"), ("ethinyl estradiol/norgestimate", "1 tab", "PO daily")],
         inpt=[("heparin infusion", "weight-based per protocol", "IV"), ("acetaminophen", "650 mg", "PO q6h PRN")],
         exam={"Lungs": "clear bilaterally", "CV": "tachycardic, regular, no murmur, no RV heave", "Ext": "R calf 3 cm larger than L, tender"},
         labs={"D-dimer": (2.8, 8.5), "Troponin I": (0.02, 0.09), "BNP": (90, 320)},
         img=("CT ANGIOGRAPHY CHEST WITH CONTRAST (PE PROTOCOL)", "Filling defects in the right main pulmonary artery extending into lobar branches of the right lower lobe and segmental branches of the left lower lobe. RV/LV ratio 1.1. Small peripheral wedge-shaped opacity in the right lower lobe likely infarct.",
              "Bilateral pulmonary emboli with mild right heart strain (RV/LV 1.1)."),
         plan=["Heparin gtt per protocol (no contraindications)", "TTE to assess RV", "LE duplex", "Stop estrogen-containing OCP", "Transition to apixaban when stable"],
         course="was started on heparin infusion. TTE showed mild RV dilation with normal function. Remained hemodynamically stable and was transitioned to apixaban 10 mg BID x 7 days then 5 mg BID. Oral contraceptive discontinued; provoked PE, plan for 3 months anticoagulation.",
         consult=("Pulmonary / PERT", "submassive PE, need for advanced therapy?", "Intermediate-low risk PE (sPESI 0, mild RV dilation, troponin minimally elevated). No indication for thrombolysis or catheter-directed therapy. Anticoagulation alone. Monitor on telemetry 24-48h."),
         dcmeds=[("apixaban", "10 mg", "PO BID x 7 days, then 5 mg BID", "NEW")], stop=["ethinyl estradiol/norgestimate"],
         warn=["worse chest pain or shortness of breath", "coughing blood", "black stools or any serious bleeding", "fainting"],
         vit=dict(hr=(104, 122), sbp=(112, 138), rr=(20, 26), spo2=(89, 94), t=(36.8, 37.7))),
    dict(key="uti", dx=["Sepsis secondary to acute pyelonephritis", "Urosepsis", "Acute pyelonephritis", "Sepsis due to E. coli UTI"], icd="A41.51",
         cc=["fever and confusion", "flank pain, fever", "fever, burning urination"],
         hpi="{age} y/o {sx} with HTN and recurrent UTIs brought in by family for {d} days of fevers, dysuria, right flank pain and new confusion. Family notes decreased PO intake and vomiting x2. Last UTI 6 months ago treated with nitrofurantoin.",
         pmh=["Recurrent urinary tract infections", "Hypertension", "Mild cognitive impairment", "Hypothyroidism"],
         home=[("levothyroxine", "75 mcg", "PO daily"), ("amlodipine", "10 mg", "PO daily"), ("donepezil", "5 mg", "PO nightly")],
         inpt=[("ceftriaxone", "2 g", "IV q24h"), ("lactated Ringer's", "30 mL/kg bolus", "IV"), ("acetaminophen", "1 g", "PO q8h PRN")],
         exam={"Gen": "febrile, oriented to self only", "Abd": "suprapubic tenderness", "Back": "right CVA tenderness"},
         labs={"WBC": (16.0, 24.0), "Lactate": (2.4, 4.1), "Creatinine": (1.3, 1.9), "Procalcitonin": (2.5, 12.0)},
         img=("CT ABDOMEN PELVIS WITH CONTRAST", "Striated nephrogram and perinephric stranding of the right kidney. No hydronephrosis or obstructing calculus. No renal or perinephric abscess. Bladder wall mildly thickened.",
              "Findings compatible with right acute pyelonephritis. No abscess or obstruction."),
         plan=["Sepsis bundle: 30 mL/kg LR, blood cx x2, lactate q2h until normal", "Ceftriaxone 2 g daily, narrow per urine culture", "Delirium precautions, hold donepezil? - continue", "Trend Cr"],
         course="met sepsis criteria on arrival with lactate {lac}. Received fluid resuscitation and ceftriaxone with resolution of lactate. Urine and blood cultures grew pan-sensitive E. coli. Mental status returned to baseline by day 3. Completed antibiotic course with oral cefpodoxime.",
         consult=("Infectious Disease", "E. coli bacteremia, duration of therapy", "Pan-sensitive E. coli bacteremia from urinary source. Repeat blood cultures not needed given clinical improvement. Total 7 days antibiotics from first negative culture; oral step-down to cefpodoxime 200 mg BID acceptable."),
         dcmeds=[("cefpodoxime", "200 mg", "PO BID x 4 days", "NEW")], stop=[],
         warn=["fever over 101 F", "confusion", "unable to keep down fluids", "worsening back or side pain"],
         vit=dict(hr=(108, 126), sbp=(84, 102), rr=(22, 26), spo2=(93, 97), t=(38.6, 39.8))),
    dict(key="etoh", dx=["Alcohol withdrawal", "Alcohol withdrawal syndrome", "Alcohol use disorder, severe, with withdrawal", "EtOH withdrawal"], icd="F10.230",
         cc=["shakes", "tremor and anxiety", "wants to detox"],
         hpi="{age} y/o {sx} with alcohol use disorder (drinks about a fifth of vodka daily) who presents with tremors, diaphoresis and anxiety. Last drink was {d} days ago. History of withdrawal seizure in 2 prior episodes, no DTs. Denies other substance use. Wants to stop drinking.",
         pmh=["Alcohol use disorder", "Alcohol withdrawal seizures", "Hepatic steatosis", "Depression"],
         home=[("none", "", "")],
         inpt=[("lorazepam", "1-4 mg", "IV/PO per CIWA q1h PRN"), ("thiamine", "100 mg", "PO daily"), ("folic acid", "1 mg", "PO daily"), ("multivitamin", "1 tab", "PO daily")],
         exam={"Gen": "anxious, diaphoretic", "Neuro": "coarse bilateral hand tremor, no asterixis, oriented x3", "Abd": "mild hepatomegaly, nontender"},
         labs={"AST": (88, 190), "ALT": (40, 80), "MCV": (101, 108), "Platelets": (88, 135), "Magnesium": (1.2, 1.6), "Ethanol": (0, 40)},
         img=("CT HEAD WITHOUT CONTRAST", "No acute intracranial hemorrhage, mass effect or territorial infarct. Mild generalized volume loss, advanced for age. Ventricles proportionate.",
              "No acute intracranial abnormality. Mild volume loss."),
         plan=["CIWA-Ar protocol with lorazepam (h/o seizures)", "Thiamine, folate, MVI; replete Mg", "Seizure precautions, aspiration precautions", "Addiction medicine consult, discuss naltrexone/acamprosate", "SW for outpatient treatment resources"],
         course="required a total of {loraz} mg lorazepam over the first 72 hours per CIWA protocol without seizures or delirium. Magnesium repleted. Addiction medicine saw the patient and started naltrexone. Linked to an intensive outpatient program.",
         consult=("Addiction Medicine", "AUD, interest in treatment", "Severe AUD. LFTs <5x ULN, no opioid use: start naltrexone 50 mg daily. Referral to IOP placed. Discussed mutual-help groups. Offer ongoing follow-up in addiction clinic."),
         dcmeds=[("naltrexone", "50 mg", "PO daily", "NEW"), ("thiamine", "100 mg", "PO daily", "NEW"), ("folic acid", "1 mg", "PO daily", "NEW")], stop=[],
         warn=["seizure", "seeing or hearing things that are not there", "severe shaking or sweating", "thoughts of hurting yourself"],
         vit=dict(hr=(104, 124), sbp=(148, 176), rr=(18, 24), spo2=(95, 99), t=(37.0, 37.9))),
    dict(key="nstemi", dx=["NSTEMI", "Non-ST elevation myocardial infarction", "Acute coronary syndrome - NSTEMI", "Type 1 NSTEMI"], icd="I21.4",
         cc=["chest pain", "chest pressure", "CP radiating to L arm"],
         hpi="{age} y/o {sx} with HTN, HLD, T2DM and active tobacco use who presents with substernal chest pressure radiating to the left arm, onset at rest {d} hours prior to arrival, associated with diaphoresis and nausea. Pain 7/10, partially relieved with SL nitroglycerin x2 by EMS. Has had exertional chest tightness for 3 weeks.",
         pmh=["Hypertension", "Hyperlipidemia", "Type 2 diabetes mellitus", "Tobacco use"],
         home=[("metformin", "500 mg", "PO BID"), ("amlodipine", "10 mg", "PO daily"), ("pravastatin", "20 mg", "PO daily")],
         inpt=[("aspirin", "81 mg", "PO daily (325 mg load given)"), ("heparin infusion", "ACS nomogram", "IV"), ("atorvastatin", "80 mg", "PO nightly"), ("metoprolol tartrate", "25 mg", "PO q6h"), ("nitroglycerin", "0.4 mg", "SL q5min PRN CP")],
         exam={"CV": "RRR, normal S1 S2, no murmur, no JVD", "Lungs": "clear", "Ext": "no edema, 2+ distal pulses"},
         labs={"Troponin I": (0.45, 4.8), "LDL Cholesterol": (128, 176), "Hemoglobin A1c": (7.4, 9.2), "Glucose": (140, 220)},
         img=("ECHOCARDIOGRAM TRANSTHORACIC", "LV normal size. Hypokinesis of the mid and apical anterior wall and apex. LVEF estimated 45%. No significant valvular disease. Normal RV size and function. No pericardial effusion.",
              "Mildly reduced LV systolic function, EF ~45%, with anterior/apical wall motion abnormality consistent with LAD territory ischemia."),
         plan=["ASA 325 then 81, ticagrelor load per cardiology, heparin gtt", "High intensity statin", "Metoprolol, titrate", "Trend troponin q6h, serial ECGs", "Cardiology for LHC"],
         course="was treated with aspirin, heparin and high-intensity statin. Left heart catheterization on hospital day 2 showed a 90% proximal LAD stenosis treated with one drug-eluting stent. Started on ticagrelor. Referred to cardiac rehabilitation.",
         consult=("Cardiology", "NSTEMI, TIMI score {timi}", "Agree NSTEMI. Load ticagrelor 180 mg. Continue heparin gtt. Plan LHC tomorrow AM, NPO after midnight. Hold metformin 48 h post contrast."),
         dcmeds=[("ticagrelor", "90 mg", "PO BID", "NEW"), ("atorvastatin", "80 mg", "PO nightly", "NEW - replaces pravastatin"), ("metoprolol succinate", "50 mg", "PO daily", "NEW"), ("aspirin", "81 mg", "PO daily", "NEW"), ("nitroglycerin", "0.4 mg", "SL PRN chest pain", "NEW")], stop=["pravastatin"],
         warn=["chest pain not relieved by 1 nitroglycerin within 5 minutes - call 911", "bleeding or black stools", "bleeding or swelling at the wrist/groin site"],
         vit=dict(hr=(78, 96), sbp=(148, 170), rr=(16, 20), spo2=(95, 99), t=(36.4, 37.0))),
    dict(key="afib", dx=["Atrial fibrillation with rapid ventricular response", "New-onset atrial fibrillation with RVR", "AF with RVR", "Paroxysmal atrial fibrillation, RVR"], icd="I48.91",
         cc=["palpitations", "heart racing", "fluttering in chest, lightheaded"],
         hpi="{age} y/o {sx} with HTN and OSA (not using CPAP) who presents with {d} days of palpitations, fatigue and exertional dyspnea. Noted irregular heart rate in the 140s on home BP cuff. No syncope, chest pain. No prior history of arrhythmia. Drinks alcohol socially.",
         pmh=["Hypertension", "Obstructive sleep apnea", "Obesity", "Hypothyroidism"],
         home=[("losartan", "50 mg", "PO daily"), ("levothyroxine", "100 mcg", "PO daily")],
         inpt=[("diltiazem", "10 mg IV push, then 30 mg", "PO q6h"), ("apixaban", "5 mg", "PO BID"), ("metoprolol tartrate", "25 mg", "PO q6h")],
         exam={"CV": "irregularly irregular, tachycardic to 130s, no murmur", "Lungs": "clear", "Neck": "no JVD, no thyromegaly"},
         labs={"TSH": (0.8, 3.2), "Magnesium": (1.7, 2.1), "Troponin I": (0.0, 0.03)},
         img=("ECHOCARDIOGRAM TRANSTHORACIC", "Normal LV size with EF 55-60%. Left atrium moderately dilated (LAVI 42 mL/m2). No significant valvular disease. Normal RV function. No pericardial effusion.",
              "Preserved LV function. Moderately dilated left atrium."),
         plan=["Rate control with diltiazem, goal HR < 110", "CHA2DS2-VASc {cha} - start apixaban 5 mg BID", "TSH, TTE", "OSA - resume CPAP", "Consider TEE/DCCV if remains symptomatic"],
         course="was rate-controlled with IV then oral diltiazem. CHA2DS2-VASc score {cha}; apixaban was started after shared decision-making. TTE showed preserved EF. Spontaneously converted to sinus rhythm on hospital day 2.",
         consult=("Cardiology / Electrophysiology", "new AF, rhythm vs rate control", "Reasonable to pursue rate control for now with diltiazem ER 180 mg daily. Anticoagulate with apixaban. If recurrent symptomatic AF, consider antiarrhythmic or ablation. Zio patch x 14 days after discharge. Treat OSA."),
         dcmeds=[("diltiazem ER", "180 mg", "PO daily", "NEW"), ("apixaban", "5 mg", "PO BID", "NEW")], stop=[],
         warn=["heart racing with chest pain or fainting", "sudden weakness, facial droop or trouble speaking - call 911", "serious bleeding"],
         vit=dict(hr=(124, 152), sbp=(118, 148), rr=(18, 22), spo2=(94, 98), t=(36.5, 37.2))),
    dict(key="cirrhosis", dx=["Decompensated alcoholic cirrhosis with ascites", "Cirrhosis with tense ascites", "Hepatic encephalopathy / cirrhosis", "Alcohol-related cirrhosis, decompensated"], icd="K70.31",
         cc=["belly swelling", "abdominal distention", "confusion, belly swelling"],
         hpi="{age} y/o {sx} with alcohol-related cirrhosis (MELD {meld}), last drink 4 months ago, presenting with {d} weeks of progressive abdominal distention and {d2} days of mild confusion per spouse. Nonadherent to lactulose. No hematemesis or melena. No fever.",
         pmh=["Alcohol-related cirrhosis, Child-Pugh C", "Esophageal varices (small, on beta blocker)", "Hepatic encephalopathy", "Type 2 diabetes"],
         home=[("lactulose", "20 g", "PO TID titrate to 3 BMs"), ("rifaximin", "550 mg", "PO BID"), ("spironolactone", "100 mg", "PO daily"), ("furosemide", "40 mg", "PO daily"), ("nadolol", "20 mg", "PO daily")],
         inpt=[("lactulose", "30 mL", "PO q2h until BM then TID"), ("albumin 25%", "per paracentesis protocol", "IV"), ("ceftriaxone", "1 g", "IV daily")],
         exam={"Abd": "tense distended abdomen with shifting dullness and fluid wave, nontender", "Neuro": "asterixis present, oriented to person and place", "Skin": "jaundice, spider angiomata, palmar erythema"},
         labs={"Total Bilirubin": (3.1, 5.8), "Albumin": (2.2, 2.8), "INR": (1.6, 2.2), "Platelets": (52, 88), "Sodium": (126, 132), "Ammonia": (68, 120), "Creatinine": (1.0, 1.5)},
         img=("US ABDOMEN COMPLETE", "Liver is small with coarsened echotexture and nodular contour. No focal hepatic lesion. Patent main portal vein with hepatopetal flow. Splenomegaly, 15.2 cm. Large volume ascites.",
              "Cirrhotic liver morphology with splenomegaly and large volume ascites. No focal liver lesion."),
         plan=["Diagnostic and therapeutic paracentesis; cell count, culture, albumin, total protein", "Lactulose titrate to 3-4 BMs, continue rifaximin", "Albumin 6-8 g per L removed if > 5 L", "Hold diuretics until Na/Cr stable", "Hepatology following; transplant evaluation discussion"],
         course="underwent large-volume paracentesis with removal of {liters} L; no SBP on cell count. Encephalopathy resolved with lactulose titration. Diuretics resumed at discharge dose. Referred to hepatology for transplant evaluation.",
         consult=("Hepatology", "decompensated cirrhosis, transplant candidacy", "MELD-Na {meld}. Abstinent 4 months; can begin transplant evaluation as outpatient. Resume spironolactone 100/furosemide 40. 2 g Na diet. HCC surveillance US q6 months. Continue nadolol."),
         dcmeds=[("lactulose", "20 g", "PO TID titrate to 3 soft BMs", "CONTINUE")], stop=[],
         warn=["confusion or excessive sleepiness", "fever or belly pain", "vomiting blood or black stools", "fewer than 2 bowel movements a day"],
         vit=dict(hr=(82, 100), sbp=(94, 112), rr=(16, 20), spo2=(95, 99), t=(36.4, 37.4))),
]
CASE_BY = {x["key"]: x for x in CASES}

CLINIC_PROBLEMS = [
    ("Type 2 diabetes mellitus", "A1c {a1c}% today, {trend} from {a1cprev}%. No hypoglycemia. Checking sugars {freq}.",
     ["Increase metformin to 1000 mg BID", "Start empagliflozin 10 mg daily (also renal/cardiac benefit)", "Annual diabetic eye exam referral placed", "Monofilament foot exam normal today", "Urine microalbumin/creatinine ratio"],
     [("metformin", "1000 mg", "PO BID")]),
    ("Essential hypertension", "BP {sbp}/{dbp} today, home readings 130s-150s/80s. Adherent to meds per patient.",
     ["Increase amlodipine to 10 mg daily", "Home BP log, bring to next visit", "Low sodium diet counseling (DASH)", "BMP in 2 weeks"],
     [("amlodipine", "5 mg", "PO daily")]),
    ("Hyperlipidemia", "Last LDL {ldl}. 10-yr ASCVD risk {ascvd}%. Tolerating statin without myalgias.",
     ["Continue atorvastatin 40 mg", "Repeat lipid panel in 1 year"], [("atorvastatin", "40 mg", "PO nightly")]),
    ("Chronic low back pain", "Mechanical, no red flags. No saddle anesthesia, bowel/bladder changes, weight loss.",
     ["Physical therapy referral", "Acetaminophen 1 g TID PRN; avoid NSAIDs given CKD", "Heat, stretching, activity as tolerated", "Reviewed PDMP - no controlled substances"], [("acetaminophen", "500 mg", "2 tabs PO TID PRN")]),
    ("Major depressive disorder, recurrent", "PHQ-9 {phq} today (prev {phqprev}). Denies SI/HI. Sleep improved.",
     ["Increase sertraline to 100 mg daily", "Referred to integrated behavioral health", "Safety plan reviewed; crisis line number given"], [("sertraline", "50 mg", "PO daily")]),
    ("Tobacco use disorder", "Smoking {ppd} ppd, precontemplative -> contemplative today.",
     ["Counseled > 3 min on cessation", "Start varenicline starter pack", "Quit line referral (1-800-QUIT-NOW)", "LDCT lung cancer screening if eligible"], []),
    ("Health care maintenance", "Due for colorectal cancer screening and influenza vaccine.",
     ["FIT kit given vs colonoscopy - patient prefers FIT", "Influenza vaccine administered today", "Tdap up to date", "Hep C screening ordered (one-time)"], []),
    ("Obesity, BMI {bmi}", "Weight {wt} lb, down 4 lb since last visit.",
     ["Nutrition referral", "Discussed 150 min/wk moderate activity", "Discussed GLP-1 RA - insurance prior auth needed"], []),
    ("GERD", "Symptoms controlled on PPI, no dysphagia, weight loss or GI bleeding.",
     ["Trial step-down to omeprazole 20 mg daily", "Avoid late meals, elevate head of bed"], [("omeprazole", "20 mg", "PO daily")]),
    ("Hypothyroidism", "TSH {tsh} on current dose. Fatigue improved.",
     ["Continue levothyroxine 88 mcg", "Repeat TSH in 6-8 weeks after dose change"], [("levothyroxine", "88 mcg", "PO daily")]),
    ("CKD stage 3a", "Cr {cr}, eGFR {egfr}. Stable. UACR 68 mg/g.",
     ["Continue ACEi", "Avoid NSAIDs", "Renal dosing of medications reviewed", "BMP and UACR in 6 months"], [("lisinopril", "20 mg", "PO daily")]),
    ("Osteoarthritis, bilateral knees", "Pain 5/10, limits walking > 2 blocks.",
     ["Topical diclofenac gel QID", "PT for quad strengthening", "Consider intra-articular steroid injection at next visit"], [("diclofenac 1% gel", "4 g", "topically QID")]),
]

AGE_RANGE = {"chf": (48, 90), "cap": (30, 88), "copd": (50, 86), "dka": (19, 44), "cellulitis": (35, 80), "ugib": (40, 85), "aki": (55, 88),
             "pe": (22, 60), "uti": (65, 92), "etoh": (28, 66), "nstemi": (45, 84), "afib": (50, 85), "cirrhosis": (40, 72)}

def pick_case(c, inpt=True):
    case = c.ch(CASES)
    lo, hi = AGE_RANGE.get(case["key"], (20, 90))
    if not lo <= c.age <= hi:
        c.age = c.ri(lo, hi)
        c.dob = dt.date(c.date.year - c.age - 1, c.ri(1, 12), c.ri(1, 28))
        if c.dob.replace(year=c.date.year) <= c.date:
            c.age += 1
    if case["key"] == "pe" and c.sex == "M":
        case = dict(case, home=[("sumatriptan", "50 mg", "PO PRN")], stop=[], plan=[p for p in case["plan"] if "OCP" not in p],
                    course=case["course"].replace(" Oral contraceptive discontinued;", ""))
    return case

def fill(c, case, s):
    vals = dict(age=c.age, sx=c.sexw() if c.p(0.5) else ("M" if c.sex == "M" else "F"), d=c.ri(2, 6), d2=c.ri(2, 5), ef=c.ri(20, 35),
                pil=c.ri(2, 4), wt=c.ri(6, 14), pm1=c.ch(case["pmh"]) if case else "", fev=c.ri(28, 45), o2=c.ri(1, 3),
                onset=c.ri(8, 19), drinks=c.ri(2, 14), cr="%.1f" % c.r.uniform(3.1, 4.4), curb=c.ri(1, 2), gbs=c.ri(9, 14),
                lac="%.1f" % c.r.uniform(2.4, 4.1), loraz=c.ri(10, 28), timi=c.ri(3, 5), cha=c.ri(2, 4), meld=c.ri(18, 26),
                liters="%.1f" % c.r.uniform(4.5, 8.0), neg="%.1f" % c.r.uniform(4.0, 9.0), gap=c.ri(10, 20), he=c.he, his=c.his)
    try:
        return s.format(**vals)
    except (KeyError, IndexError):
        return s

def vitals(c, case, style=None):
    v = case["vit"] if case else dict(hr=(62, 88), sbp=(118, 146), rr=(14, 18), spo2=(95, 99), t=(36.4, 37.2))
    hr = c.ri(*v["hr"]); sbp = c.ri(*v["sbp"]); dbp = int(sbp * c.r.uniform(0.55, 0.68)); rr = c.ri(*v["rr"])
    sp = c.ri(*v["spo2"]); t = c.r.uniform(*v["t"])
    s = style if style is not None else c.ri(0, 3)
    o2 = c.ch(["RA", "room air", "2L NC", "3 L NC", "RA"]) if sp > 91 else c.ch(["2L NC", "4L NC", "RA", "3L"])
    if s == 0:
        return "T %.1f  HR %d  BP %d/%d  RR %d  SpO2 %d%% on %s" % (t, hr, sbp, dbp, rr, sp, o2)
    if s == 1:
        return "Temp: %.1f F   Pulse: %d   BP: %d/%d   Resp: %d   O2 sat: %d%% %s" % (t * 9 / 5 + 32, hr, sbp, dbp, rr, sp, o2)
    if s == 2:
        return "VS: %.1f, %d, %d/%d, %d, %d%% %s" % (t, hr, sbp, dbp, rr, sp, o2)
    return "Tmax %.1f Tc %.1f | HR %d-%d | BP %d-%d/%d-%d | RR %d | SpO2 %d-%d%% %s" % (
        t + 0.3, t, hr - 8, hr, sbp - 12, sbp, dbp - 6, dbp, rr, sp - 2, sp, o2)

def exam(c, case, brief=False):
    base = {"Gen": c.ch(["NAD, alert and oriented x3", "Awake, alert, in no acute distress", "well-appearing, pleasant, NAD"]),
            "HEENT": c.ch(["NCAT, PERRL, EOMI, MMM, oropharynx clear", "anicteric sclerae, MMM", "normocephalic, no scleral icterus, moist mucosa"]),
            "Neck": c.ch(["supple, no JVD, no LAD", "no JVD, no thyromegaly"]),
            "CV": c.ch(["RRR, normal S1/S2, no m/r/g", "regular rate and rhythm, no murmurs", "RRR no MRG"]),
            "Lungs": c.ch(["CTAB, no wheezes, rales or rhonchi", "clear to auscultation bilaterally, normal effort", "CTA b/l"]),
            "Abd": c.ch(["soft, NT/ND, normoactive BS", "soft, nontender, nondistended, +BS, no HSM", "benign"]),
            "Ext": c.ch(["no edema, warm and well perfused", "no c/c/e", "WWP, no LE edema, 2+ DP pulses"]),
            "Neuro": c.ch(["A&Ox3, CN II-XII grossly intact, moving all extremities", "nonfocal", "alert, oriented, strength 5/5 throughout"]),
            "Skin": c.ch(["no rashes or lesions", "warm, dry, intact"]),
            "Psych": c.ch(["appropriate mood and affect", "normal affect, linear thought process"])}
    if case:
        for k, v in case["exam"].items():
            base[k] = v
    keys = ["Gen", "HEENT", "Neck", "CV", "Lungs", "Abd", "Ext", "Neuro", "Skin", "Psych"]
    if brief:
        keys = ["Gen", "CV", "Lungs", "Abd", "Ext"] + [k for k in case["exam"] if k not in ("Gen", "CV", "Lungs", "Abd", "Ext")] if case else ["Gen", "CV", "Lungs", "Abd", "Ext"]
    names = {"Gen": c.ch(["General", "Gen", "GEN", "Constitutional"]), "HEENT": "HEENT", "Neck": "Neck", "CV": c.ch(["CV", "Cardiac", "Heart", "CVS"]),
             "Lungs": c.ch(["Lungs", "Pulm", "Resp", "Chest"]), "Abd": c.ch(["Abd", "Abdomen", "GI"]), "Ext": c.ch(["Ext", "Extremities"]),
             "Neuro": "Neuro", "Skin": c.ch(["Skin", "Derm"]), "Psych": "Psych", "Rectal": "Rectal", "Back": "Back"}
    return "\n".join("%s: %s" % (names.get(k, k), base[k]) for k in keys)

def medstr(m, style=0):
    n, d, f = m
    if n == "none":
        return "No home medications"
    if style == 0:
        return ("%s %s %s" % (n, d, f)).replace("  ", " ").strip()
    if style == 1:
        return ("%s %s %s" % (n.capitalize(), d, f)).strip()
    return ("%s (%s) %s" % (n, d, f)).strip()

def sig_block(c, who=None, role=None, esig=None):
    who = who or c.resident
    role = role or c.ch(["Resident Physician", "PGY-2, Internal Medicine", "Internal Medicine Resident", c.pgy, "Medicine Resident, " + c.pgy])
    e = esig if esig is not None else c.p(0.6)
    if e:
        return c.ch(["Electronically signed by: %s on %s %s" % (c.md(who), c.d(style=0), c.t2()),
                     "%s\n%s\nSigned %s %s" % (c.md(who), role, c.d(style=1), c.t()),
                     "-- %s, %s  (e-signed %s)" % (who, role, c.d(style=2)),
                     "%s, %s\nPager %d" % (c.md(who), role, c.ri(1000, 9999))])
    return "_______________________________\n%s\n%s" % (c.md(who), role)

def attestation(c, kind="inpt"):
    a = c.md(c.attending)
    opts = ["ATTENDING ATTESTATION: I saw and examined the patient with the resident team, discussed the case with Dr. %s and agree with the findings and plan as documented above, with the following additions: %s\n%s" % (
                c.resident.split()[-1], c.ch(["none", "would add PT/OT evaluation", "agree with close monitoring of renal function", "code status readdressed with family, remains full code"]), a),
            "Teaching physician note: I personally saw and evaluated the patient, reviewed the resident's note and agree with the documented findings and plan of care. %s" % a,
            "I was present for the key portions of the visit and discussed the assessment and plan with the resident. Agree with the note above. -- %s, Attending" % a,
            "Attending addendum (%s): Patient seen and examined on rounds. Agree with Dr. %s's assessment and plan as outlined. Time spent %d min. %s" % (c.d(style=1), c.resident.split()[-1], c.ri(25, 45), a),
            "Resident was supervised under the primary care exception. I reviewed the history, exam, and medical decision making with the resident and agree. %s" % a]
    if kind == "clinic":
        return c.ch([opts[1], opts[2], opts[4]])
    return c.ch(opts)

def header(c, kind="generic"):
    inst, dept, street, city, area = c.inst
    s = c.ri(0, 5)
    if s == 0:
        return "%s\n%s\n%s, %s\nTel %s" % (inst.upper(), dept, street, city, c.ph(area))
    if s == 1:
        return "%s   |   %s" % (inst, dept)
    if s == 2:
        return "%s\nPatient: %s     MRN: %s     DOB: %s" % (inst, c.name(0), c.mrn, c.d(c.dob, 0))
    if s == 3:
        return "%s - %s\n%s   %s" % (inst, c.ch([c.clinic, c.ward, dept]), street, city)
    if s == 4:
        return "Name: %s\nMRN: %s  Acct#: %s\nDOB: %s  Age: %d  Sex: %s\nLoc: %s" % (c.name(0), c.mrn, c.fin, c.d(c.dob, 0), c.age, c.sex, c.ch([c.ward + " " + c.room, c.clinic]))
    return ""

def ptline(c):
    s = c.ri(0, 4)
    if s == 0:
        return "Patient: %s    MRN: %s    DOB: %s" % (c.name(), c.mrn, c.d(c.dob))
    if s == 1:
        return "%s  (%d%s)  MRN %s" % (c.name(0), c.age, c.sex, c.mrn)
    if s == 2:
        return "PATIENT NAME: %s\nMEDICAL RECORD #: %s\nDATE OF BIRTH: %s" % (c.name(0), c.mrn, c.d(c.dob, 0))
    if s == 3:
        return "Name: %s | DOB: %s | MRN: %s | Acct: %s" % (c.name(2), c.d(c.dob, 0), c.mrn, c.fin)
    return "RE: %s   DOB %s" % (c.name(1), c.d(c.dob, 1))

def footer(c, page=1, total=1):
    s = c.ri(0, 5)
    if s == 0:
        return "Page %d of %d" % (page, total)
    if s == 1:
        return "%s  MRN:%s  Printed %s %s   Page %d" % (c.name(0), c.mrn, c.d(c.plus(c.ri(0, 30)), 0), c.t2(), page)
    if s == 2:
        return "CONFIDENTIAL - contains protected health information. Do not redisclose."
    if s == 3:
        return "%s -- %s" % (c.inst[0], "pg %d/%d" % (page, total))
    if s == 4:
        return "Printed by: %s%s  %s" % (c.ch(DOC_LAST).lower()[:6], c.ri(1, 99), c.d(c.plus(c.ri(0, 400)), 2))
    return ""

def fax_line(c):
    return "%s %s FAX %s %s P.%03d/%03d" % (c.d(c.plus(c.ri(0, 60)), 1), c.t2(), c.ph(), c.ch(["UNIV HOSP HIM", "IM CLINIC", "MED RECORDS", "", "RESIDENT CLINIC"]), c.ri(1, 4), c.ri(4, 9))

OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("I", "l"), ("S", "5"), ("o", "0"), ("cl", "d"), ("h", "b"), (".", ","), ("a", "e"), ("u", "v"), ("t", "f")]

def ocr(c, text):
    rate = c.ch([0.0, 0.0, 0.002, 0.004, 0.008, 0.015])
    if rate == 0:
        return text
    out = []
    i = 0
    n = len(text)
    while i < n:
        if c.r.random() < rate:
            k = c.r.randint(0, 5)
            done = False
            if k <= 3:
                for a, b in c.r.sample(OCR_SUBS, 4):
                    if text.startswith(a, i):
                        out.append(b); i += len(a); done = True; break
            elif k == 4 and text[i] == " ":
                i += 1; done = True
            elif k == 5 and text[i].isalpha():
                out.append(text[i] + " "); i += 1; done = True
            if done:
                continue
        out.append(text[i]); i += 1
    return "".join(out)

def finish(c, body, pages=True):
    parts = []
    if c.p(0.18):
        parts.append(fax_line(c))
    parts.append(body.strip("\n"))
    if pages and c.p(0.55):
        f = footer(c, 1, c.ri(1, 3))
        if f:
            parts.append("\n" + f)
    txt = "\n".join(parts)
    # occasional page break furniture inside long docs
    if len(txt) > 2500 and c.p(0.4):
        lines = txt.split("\n")
        k = len(lines) // 2
        brk = ["", footer(c, 1, 2) or "Page 1 of 2", "\f", "%s  MRN %s  (continued)" % (c.name(0), c.mrn), ""]
        lines = lines[:k] + brk + lines[k:]
        txt = "\n".join(lines)
    return ocr(c, txt)

# ----------------------------------------------------------------------------
# shared narrative pieces
# ----------------------------------------------------------------------------
def ros(c, case):
    if c.p(0.4):
        return c.ch(["10-point ROS negative except as noted in HPI.", "A complete ROS was obtained and is negative except per HPI.",
                     "ROS: as per HPI, otherwise negative x 12 systems.", "Pertinent positives/negatives per HPI; all other systems reviewed and negative."])
    items = ["Constitutional: %s" % c.ch(["no weight loss", "+fatigue, no fevers", "+chills", "denies night sweats"]),
             "Eyes: no vision changes", "CV: %s" % c.ch(["no chest pain", "+palpitations", "no orthopnea", "+DOE"]),
             "Resp: %s" % c.ch(["+SOB", "no cough", "+cough", "no hemoptysis"]), "GI: %s" % c.ch(["no N/V/D", "+nausea", "no melena or BRBPR"]),
             "GU: %s" % c.ch(["no dysuria", "no hematuria"]), "MSK: no joint swelling", "Neuro: no focal weakness, no headache",
             "Psych: %s" % c.ch(["no depression", "+anxiety", "mood ok"])]
    return "\n".join(items)

def social(c):
    return c.ch(["Lives with %s in %s. %s. %s. Denies illicit drug use." % (c.ch(["wife", "husband", "daughter", "partner", "alone"]), c.ch(["an apartment", "a single-story house", "senior housing"]),
                  c.ch(["Former smoker, quit 2004, 20 pk-yr", "Current smoker 1 ppd", "Never smoker"]), c.ch(["Drinks 1-2 beers/week", "No alcohol", "Occasional wine"])),
                 "Tob: %s. EtOH: %s. Drugs: none. Works as a %s. %s" % (c.ch(["never", "former", "1/2 ppd x 30 yr"]), c.ch(["social", "denies", "rare"]),
                  c.ch(["retired machinist", "school bus driver", "home health aide", "cashier", "retired teacher", "truck driver", "unemployed"]), c.ch(["Independent in ADLs.", "Uses a cane.", "Drives."])),
                 "SH: %s, %s, %s" % (c.ch(["lives w/ family", "lives alone", "lives in group home"]), c.ch(["no tob", "+tob", "ex-smoker"]), c.ch(["no etoh", "rare etoh"]))])

def family(c):
    return c.ch(["Mother with %s, father with %s." % (c.ch(["DM2", "breast cancer", "HTN", "stroke"]), c.ch(["MI at age 58", "COPD", "colon cancer", "unknown"])),
                 "Noncontributory.", "FH: father CAD, mother HTN/DM.", "No family history of early CAD or sudden cardiac death.", "Unable to obtain."])

def allergies(c):
    return c.ch(["NKDA", "No known drug allergies", "Penicillin (hives)", "Sulfa - rash", "Codeine (nausea)", "NKDA", "Lisinopril - angioedema", "Iodinated contrast (itching) - premedicate"])

def code_status(c):
    return c.ch(["Full code", "FULL CODE (confirmed with patient)", "DNR/DNI", "Full code, HCP is %s" % c.ch(["wife", "son", "daughter", "sister"]), "DNR, OK to intubate", "Full"])

def ap_block(c, case, style=None):
    s = style if style is not None else c.ri(0, 3)
    dx = c.ch(case["dx"])
    plan = [fill(c, case, p) for p in case["plan"]]
    extras = ["FEN: %s" % c.ch(["regular diet", "cardiac diet", "NPO after midnight", "2 g Na diet", "diabetic diet"]),
              "PPx: %s" % c.ch(["heparin SQ", "SCDs", "enoxaparin", "on therapeutic anticoagulation"]),
              "Code: %s" % code_status(c), "Dispo: %s" % c.ch(["home when medically stable", "anticipate 2-3 days", "PT/OT eval, may need SNF", "home with services"])]
    if s == 0:
        return "%s %s %s\n\n#%s\n%s\n\n%s" % (c.age, c.ch(["y/o", "yo", "year old"]), c.sexw(), dx, bullets(c, plan, 0), "\n".join(extras))
    if s == 1:
        out = "1. %s: %s\n" % (dx, c.ch(["", "improving.", "stable.", "new this admission."]))
        out += "\n".join("   - " + p for p in plan)
        pm = case["pmh"]
        out += "\n2. %s: %s" % (pm[1 % len(pm)], c.ch(["stable, continue home regimen", "monitor", "chronic, at baseline"]))
        out += "\n3. %s: %s" % (pm[2 % len(pm)], c.ch(["continue home meds", "no acute issues", "outpatient f/u"]))
        return out + "\n" + "\n".join(extras)
    if s == 2:
        return "Impression: %s\nPlan: %s. %s." % (dx, "; ".join(plan), "; ".join(extras))
    return "%s in the setting of %s.\n%s\nProphylaxis/Code/Dispo as above." % (dx, ", ".join(case["pmh"][:2]), "\n".join("  > " + p for p in plan))

def hospital_course(c, case):
    return "The patient %s" % fill(c, case, case["course"])

# ----------------------------------------------------------------------------
# discharge summary
# ----------------------------------------------------------------------------
def gen_discharge_summary(c):
    case = pick_case(c)
    adm = c.date; dis = c.plus(c.los)
    dx = c.ch(case["dx"])
    sec = []
    lay = c.ri(0, 6)
    hc = hospital_course(c, case)
    meds = [medstr(m, 0) for m in case["home"] if m[0] not in case["stop"] and m[0] != "none"]
    new = ["%s %s %s (%s)" % (m[0], m[1], m[2], m[3]) for m in case["dcmeds"]]
    if lay == 0:
        sec.append(header(c))
        sec.append(c.ch(["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY", "DISCHARGE SUMMARY - MEDICINE"]))
        sec.append(ptline(c))
        sec.append("Admission Date: %s\nDischarge Date: %s\nAttending: %s\nDictating: %s, %s" % (c.d(adm, 0), c.d(dis, 0), c.md(c.attending), c.resident, c.pgy))
        sec.append(c.h(["Principal Diagnosis", "Discharge Diagnosis", "Primary Diagnosis"], dx))
        sec.append(c.h(["Secondary Diagnoses", "Other Diagnoses", "Comorbidities"], "\n" + bullets(c, case["pmh"])))
        sec.append(c.h(["Consults", "Consultants"], case["consult"][0]))
        sec.append(c.h(["Procedures", "Procedures Performed"], c.ch(["None", "See hospital course", "EGD" if case["key"] == "ugib" else "None"])))
        sec.append(c.h(["History of Present Illness", "HPI", "Brief HPI"], fill(c, case, case["hpi"])))
        sec.append(c.h(["Hospital Course", "Hospital Course by Problem", "Summary of Hospital Course"], hc))
        sec.append(c.h(["Discharge Medications", "Medications at Discharge"], "\n" + bullets(c, new + meds)))
        if case["stop"]:
            sec.append(c.h(["STOP taking", "Discontinued medications"], ", ".join(case["stop"])))
        sec.append(c.h(["Condition at Discharge", "Discharge Condition"], c.ch(["Stable", "Good", "Improved, stable", "Fair"])))
        sec.append(c.h(["Disposition", "Discharged to"], c.ch(["Home", "Home with home health", "SNF - Maple Grove Rehab", "Home with family"])))
        sec.append(c.h(["Follow-up", "Follow Up Appointments"], "PCP %s in 1 week; %s clinic in 2-4 weeks" % (c.md(c.pcp), case["consult"][0])))
        sec.append(sig_block(c))
        if c.p(0.6):
            sec.append(attestation(c))
    elif lay == 1:  # dictated, transcribed
        sec.append(c.inst[0].upper())
        sec.append("PATIENT: %s\nMR#: %s\nADMITTED: %s\nDISCHARGED: %s\nATTENDING PHYSICIAN: %s" % (c.name(0), c.mrn, c.d(adm, 0), c.d(dis, 0), c.md(c.attending).upper()))
        sec.append("DISCHARGE DIAGNOSES:\n1. %s.\n%s" % (dx, "\n".join("%d. %s." % (i + 2, p) for i, p in enumerate(case["pmh"][:3]))))
        sec.append("HISTORY OF PRESENT ILLNESS: This is a %d-year-old %s who %s" % (c.age, c.sexw(), fill(c, case, case["hpi"]).split(" who ", 1)[-1]))
        sec.append("HOSPITAL COURSE: %s" % hc)
        sec.append("DISCHARGE MEDICATIONS: %s." % "; ".join(new + meds))
        sec.append("FOLLOWUP: The patient is to follow up with %s in 1 to 2 weeks. %s" % (c.md(c.pcp), c.ch(["Labs to be drawn prior to the visit.", "", "Return precautions were reviewed."])))
        sec.append("%s\n\n%s/%s\nD: %s  T: %s\nJob #: %d\ncc: %s" % (c.md(c.resident), c.ch(DOC_LAST)[:2].upper(), c.ch(["mt", "tr", "kw", "jd"]), c.d(dis, 1), c.d(c.plus(c.los + 1), 1), c.ri(100000, 999999), c.md(c.pcp)))
    elif lay == 2:  # brief EHR-style
        sec.append("%s  %s" % (c.ch(["Discharge Summary (Brief)", "IM Discharge Note", "Medicine Discharge", "Discharge"]), c.d(dis)))
        sec.append("%s, %d%s, MRN %s, LOS %d d" % (c.name(2), c.age, c.sex, c.mrn, c.los))
        sec.append("Dx: %s\nCourse: %s" % (dx, hc))
        sec.append("Key results: %s" % lab_inline(c, case, ["Sodium", "Potassium", "Creatinine", "WBC", "Hemoglobin"]))
        sec.append("Imaging: %s - %s" % (case["img"][0].title(), case["img"][2]))
        sec.append("Meds changed: NEW %s; STOPPED %s" % (", ".join(m[0] for m in case["dcmeds"]) or "none", ", ".join(case["stop"]) or "none"))
        sec.append("Pending at d/c: %s" % c.ch(["blood cultures (final)", "none", "H. pylori biopsy", "urine culture sensitivities", "A1c"]))
        sec.append("F/u: PCP 7 days. TCM call by clinic RN.")
        sec.append(sig_block(c, c.intern, "Intern, Internal Medicine"))
        sec.append(attestation(c))
    elif lay == 3:  # problem based, sectioned with "To the PCP"
        sec.append(header(c))
        sec.append("DATE OF ADMISSION: %s      DATE OF DISCHARGE: %s" % (c.d(adm, 3), c.d(dis, 3)))
        sec.append("TEAM: %s   Attending %s   Resident %s   Intern %s" % (c.ch(["Gold", "Blue", "Red", "Green", "Purple"]), c.attending, c.resident, c.intern))
        sec.append("REASON FOR ADMISSION: %s" % c.ch(case["cc"]))
        sec.append("HOSPITAL COURSE BY PROBLEM:\n# %s\n%s\n\n# %s\nStable throughout admission. Home medications continued." % (dx, hc, case["pmh"][1 % len(case["pmh"])]))
        sec.append("ISSUES FOR FOLLOW-UP (for PCP):\n%s" % bullets(c, ["Repeat BMP within 1 week", "Reassess %s" % case["pmh"][0], "Pending: %s" % c.ch(["final cultures", "pathology", "none"])]))
        sec.append("DISCHARGE EXAM: %s" % vitals(c, None, 2) + "\n" + exam(c, None, True))
        sec.append("CODE STATUS: %s" % code_status(c))
        sec.append(sig_block(c))
    elif lay == 4:  # death summary
        sec.append(c.ch(["DEATH SUMMARY", "EXPIRATION SUMMARY", "Discharge Summary - Deceased"]))
        sec.append(ptline(c))
        sec.append("Admitted: %s   Expired: %s at %s" % (c.d(adm), c.d(dis), c.t()))
        sec.append("Cause of death: %s\nContributing: %s" % (c.ch(["Septic shock", "Cardiopulmonary arrest", "Multiorgan failure"]) + " due to " + dx.lower(), ", ".join(case["pmh"][:2])))
        sec.append("Course: %s Despite maximal medical therapy the patient's condition deteriorated. After goals of care discussion with %s, the patient was transitioned to comfort-focused care and expired peacefully with family at bedside. Pronounced by %s. Autopsy %s. Medical examiner %s." % (
            fill(c, case, case["hpi"])[:200] + "...", c.ch(["the patient's daughter (HCP)", "family", "spouse"]), c.md(c.intern), c.ch(["declined", "requested", "not requested"]), c.ch(["not notified - not an ME case", "notified, declined jurisdiction"])))
        sec.append(sig_block(c))
    elif lay == 5:  # table-ish summary to SNF/PCP
        sec.append("%s\n%s\n" % (c.inst[0], c.ch(["Inpatient Summary", "Hospital Summary for Continuing Care", "Patient Summary at Discharge"])))
        rows = [("Patient", c.name(1)), ("DOB", c.d(c.dob, 0)), ("Admit", c.d(adm, 0)), ("Discharge", c.d(dis, 0)), ("Primary Dx", dx),
                ("Allergies", allergies(c)), ("Code Status", code_status(c)), ("Discharge To", c.ch(["Home", "SNF", "Home w/ VNA"]))]
        sec.append("\n".join("%-14s %s" % (a + ":", b) for a, b in rows))
        sec.append("Summary: " + hc)
        sec.append("Medication Reconciliation:\n" + "\n".join("  %-32s %s" % (m, "CONTINUE") for m in meds) + "\n" + "\n".join("  %-32s %s" % (m[0] + " " + m[1], "NEW") for m in case["dcmeds"]) + "\n" + "\n".join("  %-32s %s" % (s, "STOP") for s in case["stop"]))
        sec.append("Labs on day of discharge: %s" % lab_inline(c, case, BMP[:6]))
        sec.append(sig_block(c, esig=True))
    else:  # short-stay / obs
        sec.append(c.ch(["Observation Discharge Note", "Short Stay Summary", "Discharge Note"]))
        sec.append("%s  %s" % (c.name(1), c.d(dis)))
        sec.append("Pt admitted to obs %s for %s. %s Discharged in stable condition." % (c.d(adm, 1), c.ch(case["cc"]), hc[:300]))
        sec.append("Dispo: home. Rx sent to %s." % c.ch(PHARMACIES))
        sec.append(c.md(c.resident))
    return "\n\n".join(s for s in sec if s)

# ----------------------------------------------------------------------------
# H&P
# ----------------------------------------------------------------------------
def gen_history_physical(c):
    case = pick_case(c)
    lay = c.ri(0, 6)
    hpi = fill(c, case, case["hpi"])
    ed = "In the ED, %s. %s. Given %s." % (vitals(c, case, 2), c.ch(["Labs notable for " + lab_inline(c, case, list(case["labs"].keys())[:3]), "CXR as below", "ECG without acute ST changes"]),
                                          ", ".join(m[0] for m in case["inpt"][:2]))
    meds = "\n".join(medstr(m, c.ri(0, 2)) for m in case["home"])
    sec = []
    if lay in (0, 1, 2):
        title = c.ch(["ADMISSION H&P", "History and Physical", "Medicine Admission Note", "H&P - General Medicine", "Admission History & Physical", "Internal Medicine Admit Note", "Night Float Admission"])
        if lay == 2:
            sec.append(header(c))
        sec.append(title if c.p(0.8) else "")
        sec.append("%s\nDate of admission: %s  %s\nAttending: %s   Resident: %s   Intern: %s" % (ptline(c), c.d(), c.time, c.attending, c.resident, c.intern))
        sec.append(c.h(["Source", "Historian"], c.ch(["patient", "patient and chart", "daughter at bedside, patient, EMR", "patient (reliable)"])) if c.p(0.5) else "")
        sec.append(c.h(["Chief Complaint", "CC", "Reason for Admission"], '"%s"' % c.ch(case["cc"])))
        sec.append(c.h(["History of Present Illness", "HPI", "History of Present Illness"], hpi + "\n\n" + ed))
        sec.append(c.h(["Past Medical History", "PMH", "PMHx"], "\n" + bullets(c, case["pmh"])))
        sec.append(c.h(["Past Surgical History", "PSH"], c.ch(["appendectomy (1988)", "none", "cholecystectomy", "TAH 2001", "R knee arthroscopy", "C-section x2"])))
        sec.append(c.h(["Medications", "Home Medications", "Outpatient Meds", "Meds PTA"], "\n" + meds))
        sec.append(c.h(["Allergies", "ALL"], allergies(c)))
        sec.append(c.h(["Social History", "SH", "Social Hx"], social(c)))
        sec.append(c.h(["Family History", "FH"], family(c)))
        sec.append(c.h(["Review of Systems", "ROS"], ros(c, case)))
        sec.append(c.h(["Physical Exam", "PE", "Exam", "Physical Examination"], "\n" + vitals(c, case) + "\n" + exam(c, case)))
        if c.p(0.5):
            sec.append(c.h(["Labs", "Data", "Labs/Data"], "\n" + fishbone(c, case) + "\n" + lab_inline(c, case, list(case["labs"].keys()))))
        else:
            sec.append(c.h(["Labs", "Pertinent Labs"], lab_inline(c, case, BMP + CBC[:3] + list(case["labs"].keys())[:2])))
        sec.append(c.h(["Imaging", "Studies", "Radiology"], "%s: %s" % (case["img"][0].title(), case["img"][2])))
        sec.append(c.h(["Assessment and Plan", "A/P", "Assessment & Plan", "Impression/Plan"], "\n" + ap_block(c, case)))
        sec.append(sig_block(c, c.intern if c.p(0.6) else c.resident, c.ch(["PGY-1", "Intern", "Medicine Intern"])))
        if c.p(0.7):
            sec.append(attestation(c))
    elif lay == 3:  # transcribed dictation
        sec.append(c.inst[0].upper() + "\n" + c.ch(["HISTORY AND PHYSICAL EXAMINATION", "ADMISSION HISTORY AND PHYSICAL", "HISTORY & PHYSICAL"]))
        sec.append("NAME: %s   MR#: %s   ROOM: %s\nDATE OF ADMISSION: %s\nADMITTING PHYSICIAN: %s" % (c.name(0), c.mrn, c.room, c.d(style=0), c.md(c.attending)))
        sec.append("CHIEF COMPLAINT: %s." % c.ch(case["cc"]).capitalize())
        sec.append("HISTORY OF PRESENT ILLNESS: The patient is a %d-year-old %s %s" % (c.age, c.sexw(), hpi.split(" who ", 1)[-1] if " who " in hpi else hpi))
        sec.append("PAST MEDICAL HISTORY: %s." % ", ".join(case["pmh"]))
        sec.append("MEDICATIONS: %s." % "; ".join(medstr(m) for m in case["home"]))
        sec.append("ALLERGIES: %s." % allergies(c))
        sec.append("SOCIAL HISTORY: %s" % social(c))
        sec.append("FAMILY HISTORY: %s" % family(c))
        sec.append("REVIEW OF SYSTEMS: %s" % ros(c, case).replace("\n", ". "))
        sec.append("PHYSICAL EXAMINATION:\nVITAL SIGNS: %s\n%s" % (vitals(c, case, 1), exam(c, case).upper()))
        sec.append("LABORATORY DATA: %s." % lab_inline(c, case, BMP + CBC[:3]))
        sec.append("IMPRESSION AND PLAN: %s" % ap_block(c, case, 2))
        sec.append("%s\n\nDD: %s  DT: %s\nJOB: %d" % (c.md(c.resident), c.d(style=1), c.d(c.plus(1), 1), c.ri(10000, 99999)))
    elif lay == 4:  # short resident admission note
        sec.append("%s  %s\n%s" % (c.ch(["Admit note", "MEDICINE ADMIT", "Accept note / H&P", "Admission Note (Resident)"]), c.d(), ptline(c)))
        sec.append("CC: %s\n\nHPI: %s\n%s" % (c.ch(case["cc"]), hpi, ed))
        sec.append("PMH: %s\nMeds: %s\nAll: %s\nSH: %s" % ("; ".join(case["pmh"]), ", ".join(m[0] for m in case["home"]), allergies(c), social(c)))
        sec.append("Exam: %s\n%s" % (vitals(c, case, 0), exam(c, case, True)))
        sec.append("Labs: %s\nImaging: %s" % (lab_inline(c, case, list(case["labs"].keys())), case["img"][2]))
        sec.append("A/P: " + ap_block(c, case, 3))
        sec.append(sig_block(c))
    elif lay == 5:  # ICU H&P
        sec.append(c.ch(["MICU ADMISSION NOTE", "ICU H&P", "Critical Care Admission"]) + " - " + c.d())
        sec.append(ptline(c))
        sec.append("Reason for ICU: %s" % c.ch(["hypotension requiring pressors", "hypoxemic respiratory failure", "DKA requiring insulin infusion", "need for q1h neuro checks and close monitoring"]))
        sec.append("HPI: %s\n%s" % (hpi, ed))
        sec.append("PMH/PSH: %s\nHome meds: %s\nAllergies: %s" % (", ".join(case["pmh"]), "; ".join(medstr(m) for m in case["home"]), allergies(c)))
        sec.append("Exam:\n%s\n%s\nLines: %s" % (vitals(c, case, 3), exam(c, case), c.ch(["PIV x2", "R IJ CVC, L radial art line", "PIV x2, Foley"])))
        sec.append("Data:\n%s\nABG %s" % (fishbone(c, case), "7.%02d/%d/%d" % (c.ri(18, 38), c.ri(22, 58), c.ri(58, 110))))
        sec.append("Assessment/Plan by system:\nNeuro: %s\nCV: %s\nPulm: %s\nRenal/FEN: %s\nID: %s\nHeme: %s\nEndo: %s\nPPx: %s\nCode: %s\nContact: %s" % (
            c.ch(["monitor mental status", "CIWA", "delirium precautions"]), c.ch(["MAP goal > 65", "tele"]), c.ch(["O2 to SpO2 > 92", "BiPAP PRN"]),
            c.ch(["LR, replete lytes", "strict I/O"]), c.ch(["cultures pending; " + case["inpt"][0][0], "none"]), c.ch(["monitor Hgb", "heparin SQ"]),
            c.ch(["ISS", "insulin gtt"]), c.ch(["SQH, PPI", "SCDs"]), code_status(c), c.ph()))
        sec.append("Primary dx: " + c.ch(case["dx"]))
        sec.append(sig_block(c))
        sec.append("Critical care attending attestation: I personally examined the patient. Critical care time %d minutes exclusive of procedures. %s" % (c.ri(35, 75), c.md(c.attending)))
    else:  # handwritten/scanned form H&P
        sec.append("%s\nADMISSION HISTORY & PHYSICAL   (Form IM-%d Rev %02d/%02d)" % (c.inst[0], c.ri(100, 999), c.ri(1, 12), c.ri(8, 19)))
        sec.append("Name ______%s______  MR# ___%s___  Date __%s__" % (c.name(0), c.mrn, c.d(style=1)))
        sec.append("Chief complaint: %s\nHPI: %s" % (c.ch(case["cc"]), hpi))
        al = allergies(c)
        sec.append("PMH [x] %s\nMeds: see med rec form\nAllergies: %s" % ("  [x] ".join(case["pmh"][:3]), "[X] NKDA" if al.startswith(("NKDA", "No known")) else "[ ] NKDA  " + al))
        sec.append("Vitals: %s\nExam: (WNL unless noted)\n%s" % (vitals(c, case, 2), exam(c, case, True)))
        sec.append("Impression: %s\nPlan: %s" % (c.ch(case["dx"]), "; ".join(fill(c, case, p) for p in case["plan"][:3])))
        sec.append("MD signature ______________  %s   Pager %d" % (c.md(c.resident), c.ri(1000, 9999)))
    return "\n\n".join(s for s in sec if s)

# ----------------------------------------------------------------------------
# progress notes (inpt SOAP, clinic SOAP/APSO, cross-cover, sign-out, event)
# ----------------------------------------------------------------------------
def clinic_problems(c, n):
    probs = c.r.sample(CLINIC_PROBLEMS, n)
    out = []
    meds = []
    for name, assess, plans, m in probs:
        vals = dict(a1c="%.1f" % c.r.uniform(6.6, 9.8), trend=c.ch(["up", "down", "improved", "worse"]), a1cprev="%.1f" % c.r.uniform(6.8, 10.1),
                    freq=c.ch(["daily", "twice daily", "rarely", "3x/week"]), sbp=c.ri(128, 162), dbp=c.ri(72, 98), ldl=c.ri(70, 160),
                    ascvd="%.1f" % c.r.uniform(6, 24), phq=c.ri(4, 16), phqprev=c.ri(8, 20), ppd=c.ch(["1/2", "1", "1.5"]), bmi="%.1f" % c.r.uniform(31, 44),
                    wt=c.ri(190, 290), tsh="%.2f" % c.r.uniform(0.8, 6.1), cr="%.2f" % c.r.uniform(1.1, 1.5), egfr=c.ri(46, 58))
        out.append((name.format(**vals), assess.format(**vals), c.r.sample(plans, min(len(plans), c.ri(1, 3)))))
        meds += m
    return out, meds

def gen_progress_note(c):
    lay = c.ri(0, 8)
    sec = []
    if lay <= 2:  # inpatient SOAP
        case = pick_case(c)
        hd = c.ri(2, 6)
        sec.append(c.ch(["Progress Note", "MEDICINE PROGRESS NOTE", "Daily Progress Note - Intern", "IM Daily Note", "Hospital Day #%d" % hd, "", "Gold Team Progress Note"]))
        sec.append("%s    %s    HD#%d" % (ptline(c) if c.p(0.5) else c.name(1), c.d(c.plus(hd - 1)), hd))
        sec.append(c.h(["Subjective", "S", "Interval History", "Overnight Events / Subjective"], c.ch([
            "NAEON. Pt reports %s. Tolerating diet. +BM. Ambulated in hall with PT." % c.ch(["feeling better", "breathing improved", "mild fatigue", "less pain"]),
            "Overnight: %s. This AM %s." % (c.ch(["required 1 dose PRN", "no acute events", "febrile to 38.3 x1, cultures sent", "brief run of NSVT, asymptomatic"]), c.ch(["feels 'much better'", "still tired", "wants to go home"])),
            "No acute events overnight. Denies CP/SOB/N/V. Pain controlled."])))
        sec.append(c.h(["Objective", "O", "Exam"], "%s\nI/O: %d/%d\n%s" % (vitals(c, case, 3), c.ri(800, 2400), c.ri(900, 4200), exam(c, case, True))))
        sec.append(c.h(["Labs", "Data"], lab_inline(c, case, BMP[:6] + CBC[:3])))
        sec.append(c.h(["Meds", "Current Medications", "Scheduled meds"], ", ".join(medstr(m) for m in case["inpt"])) if c.p(0.6) else "")
        sec.append(c.h(["Assessment/Plan", "A/P", "Assessment and Plan", "A&P"], "\n" + ap_block(c, case)))
        sec.append(sig_block(c, c.intern, "PGY-1, Internal Medicine"))
        if c.p(0.65):
            sec.append(attestation(c))
    elif lay in (3, 4):  # clinic SOAP
        n = c.ri(2, 4)
        probs, meds = clinic_problems(c, n)
        sec.append(header(c))
        sec.append(c.ch(["Clinic Note", "Office Visit", "Continuity Clinic Follow-up", "Return Visit", "IM Clinic - Established Patient", ""]))
        sec.append("%s\nVisit date: %s   Provider: %s (resident)   Preceptor: %s" % (ptline(c), c.d(), c.resident, c.attending))
        sec.append(c.h(["Chief Complaint", "CC", "Reason for Visit"], c.ch(["f/u %s" % probs[0][0], "routine follow up", "3 month f/u", "med refill, labs", "follow-up after hospitalization"])))
        sec.append(c.h(["Subjective", "S", "HPI"], "%d y/o %s here for %s. %s %s" % (c.age, c.sexw(), c.ch(["follow up of chronic conditions", "routine visit", "f/u"]), probs[0][1], c.ch(["No new complaints.", "Reports good adherence.", "Missed last appointment due to transportation.", "Concerned about cost of medications."]))))
        sec.append(c.h(["Objective", "O"], "%s   Wt %d lb   BMI %.1f\n%s" % (vitals(c, None, c.ch([0, 1])), c.ri(140, 290), c.r.uniform(22, 44), exam(c, None, True))))
        ap = []
        for i, (nm, a, pl) in enumerate(probs):
            ap.append("%d. %s - %s\n%s" % (i + 1, nm, a, "\n".join("   - " + x for x in pl)))
        sec.append(c.h(["Assessment/Plan", "A/P", "Assessment & Plan"], "\n" + "\n".join(ap)))
        sec.append("RTC %s. %s" % (c.ch(["3 months", "6 weeks", "4 weeks", "1 month with labs prior"]), c.ch(["Pt verbalized understanding.", "AVS given.", ""])))
        sec.append(sig_block(c))
        sec.append(attestation(c, "clinic"))
    elif lay in (5, 6):  # APSO
        probs, meds = clinic_problems(c, c.ri(2, 4))
        sec.append(c.ch(["APSO NOTE", "Outpatient Progress Note (APSO)", "Primary Care Follow-up", "Established patient visit"]))
        sec.append("%s  |  %s  |  %s" % (c.name(2), c.d(), c.clinic))
        ap = []
        for nm, a, pl in probs:
            ap.append("# %s\n  %s\n  Plan: %s" % (nm, a, "; ".join(pl)))
        sec.append("ASSESSMENT & PLAN\n" + "\n".join(ap))
        sec.append("SUBJECTIVE\n%s y/o presents for %s. %s" % (c.age, c.ch(["scheduled follow-up", "chronic disease management", "post-hospital f/u"]), c.ch(["Feels well overall.", "Some fatigue.", "Sleeping poorly.", "Knee pain worse with cold weather."])))
        sec.append("OBJECTIVE\n%s\n%s" % (vitals(c, None, 0), exam(c, None, True)))
        sec.append("Medications reviewed and reconciled: %s" % (", ".join(medstr(m) for m in meds) or "see list"))
        sec.append("Follow-up: %s" % c.ch(["3 mo", "RTC 6 wk", "2 months, sooner PRN"]))
        sec.append(sig_block(c))
        if c.p(0.8):
            sec.append(attestation(c, "clinic"))
    elif lay == 7:  # cross-cover / event note
        case = pick_case(c)
        sec.append(c.ch(["Cross-Cover Note", "NIGHT FLOAT EVENT NOTE", "Event Note", "Cross cover", "Rapid Response Note (Resident)"]))
        sec.append("%s   %s %s" % (c.name(1), c.d(), c.t()))
        evt = c.ch(["Paged by RN for HR 130s", "Called for SBP 84/50", "Paged for temp 38.9", "Called for acute agitation, pulling at IV", "Paged for K 5.9 on AM labs", "Paged for new O2 requirement 4L"])
        sec.append("%s. On evaluation pt %s. %s" % (evt, c.ch(["resting comfortably, asymptomatic", "mildly uncomfortable", "confused but redirectable", "diaphoretic, anxious"]), vitals(c, case, 0)))
        sec.append("Exam: %s" % exam(c, case, True).replace("\n", "; "))
        sec.append("A/P: %s\n%s" % (c.ch(["Likely related to " + c.ch(case["dx"]).lower(), "Ddx includes sepsis vs hypovolemia vs medication effect", "Suspect delirium"]),
                                   bullets(c, [c.ch(["500 mL LR bolus", "1 mg lorazepam IV x1", "Blood cx x2, UA, CXR", "ECG obtained - no peaked T", "repeat lytes in 2h", "Lokelma 10 g x1, recheck K"]), "Will continue to monitor; RN to page with SBP < 90, HR > 130", "Primary team to f/u in AM"])))
        sec.append("%s, night float" % c.md(c.resident))
    else:  # sign-out / handoff
        lines = []
        for _ in range(c.ri(3, 6)):
            cs = pick_case(c)
            cc2 = C(c.r)
            lines.append("%s %s  %d%s  %s\n  1-liner: %d yo w/ %s adm for %s\n  Code: %s\n  To do: %s\n  If/then: %s" % (
                cc2.room, cc2.last.upper(), cc2.age, cc2.sex, c.ch(["STABLE", "WATCHER", "UNSTABLE", "stable"]), cc2.age, ", ".join(cs["pmh"][:2]), c.ch(cs["dx"]).lower(), code_status(c),
                c.ch(["f/u PM BMP", "check 2100 lactate", "nothing", "f/u blood cx", "recheck Hgb at 2200, transfuse if < 7"]),
                c.ch(["if SOB -> lasix 40 IV", "if agitated -> haldol 0.5 IV", "if fever -> cx, no abx change", "if CP -> ECG, trop"])))
        sec.append("%s SIGN-OUT  %s  from %s to %s  (I-PASS)" % (c.ch(["GOLD TEAM", "Team B", "MEDICINE", "Blue"]), c.d(), c.intern, c.resident))
        sec.append("\n\n".join(lines))
        sec.append("*** Contains PHI - shred after use ***")
    return "\n\n".join(s for s in sec if s)

# ----------------------------------------------------------------------------
# consult notes
# ----------------------------------------------------------------------------
def gen_consult_note(c):
    case = pick_case(c)
    svc, q, ans = case["consult"]
    q = fill(c, case, q)
    ans = fill(c, case, ans)
    lay = c.ri(0, 6)
    consultant = c.doc()
    fellow = c.doc()
    sec = []
    hpi = fill(c, case, case["hpi"])
    recs = [x.strip() for x in ans.split(". ") if x.strip()]
    if lay in (0, 1):
        sec.append(c.ch(["%s Consult Note" % svc, "%s CONSULTATION" % svc.upper(), "Initial Consult - %s" % svc, "Inpatient Consultation", "%s Fellow Consult" % svc]))
        sec.append(ptline(c))
        sec.append("Date: %s   Requesting: %s, Medicine %s   Consultant: %s" % (c.d(), c.md(c.attending), c.ch(["Gold", "Blue", "Red"]) + " team", c.md(consultant)))
        sec.append(c.h(["Reason for Consultation", "Reason for consult", "Consult question"], q))
        sec.append(c.h(["HPI", "History of Present Illness"], hpi))
        sec.append(c.h(["PMH", "Past Medical History"], ", ".join(case["pmh"])))
        sec.append(c.h(["Medications", "Current inpatient meds"], "; ".join(medstr(m) for m in case["inpt"])))
        sec.append(c.h(["Allergies"], allergies(c)))
        sec.append(c.h(["Exam", "Physical Exam"], vitals(c, case) + "\n" + exam(c, case, True)))
        sec.append(c.h(["Data", "Labs/Studies"], lab_inline(c, case, list(case["labs"].keys())) + "\n" + case["img"][0].title() + ": " + case["img"][2]))
        sec.append(c.h(["Assessment", "Impression"], "%d yo %s with %s. %s" % (c.age, c.sex, c.ch(case["dx"]).lower(), recs[0] + ".")))
        sec.append(c.h(["Recommendations", "Recs", "RECOMMENDATIONS"], "\n" + bullets(c, recs[1:] or recs)))
        sec.append("Thank you for this %s consult. We will %s. Please page with questions (pgr %d)." % (c.ch(["interesting", "", "kind"]), c.ch(["follow along", "sign off", "follow peripherally"]), c.ri(1000, 9999)))
        sec.append(sig_block(c, fellow, "%s Fellow" % svc))
        sec.append("Seen and discussed with attending %s, who agrees with above." % c.md(consultant) if c.p(0.6) else "")
    elif lay == 2:  # outpatient consult letter
        inst = c.inst
        sec.append("%s\n%s\n%s, %s" % (inst[0], "Division of " + svc, inst[2], inst[3]))
        sec.append(c.d(style=3))
        sec.append("%s\n%s\n%s" % (c.md(c.pcp), c.clinic, inst[0]))
        sec.append("RE: %s  DOB %s  MRN %s" % (c.name(1), c.d(c.dob, 0), c.mrn))
        sec.append("Dear Dr. %s," % c.pcp.split()[-1])
        sec.append("Thank you for referring %s, a %d-year-old %s, whom I saw today in %s clinic for %s." % (c.name(1), c.age, c.sexw(), svc, q))
        sec.append("As you know, %s" % hpi.split(" who ", 1)[-1])
        sec.append("On examination, %s. %s" % (vitals(c, case, 0), exam(c, case, True).replace("\n", ". ")))
        sec.append("IMPRESSION: %s\n\nRECOMMENDATIONS:\n%s" % (c.ch(case["dx"]), bullets(c, recs, 1)))
        sec.append("I will see %s back in %s. Please do not hesitate to contact me." % (c.him, c.ch(["3 months", "6 weeks", "4-6 weeks"])))
        sec.append("Sincerely,\n\n\n%s\n%s, %s" % (c.md(consultant), c.ch(["Associate Professor of Medicine", "Assistant Professor", "Attending Physician"]), svc))
    elif lay == 3:  # brief recs
        sec.append("%s CONSULT - BRIEF NOTE   %s" % (svc.upper(), c.d()))
        sec.append("%s  %s" % (c.name(0), c.mrn))
        sec.append("Asked by %s to see for %s. Full note to follow." % (c.resident, q))
        sec.append("Recs:\n%s" % bullets(c, recs))
        sec.append("-- %s (%s fellow)" % (fellow, svc))
    elif lay == 4:  # follow-up consult
        sec.append("%s Follow-up Note  %s" % (svc, c.d(c.plus(c.ri(1, 3)))))
        sec.append(ptline(c))
        sec.append("Interval: %s\nExam: %s\nLabs: %s" % (c.ch(["Improving.", "No new events.", "Remains afebrile."]), vitals(c, case, 2), lab_inline(c, case, list(case["labs"].keys())[:3])))
        sec.append("A/P: %s\n%s\nWill sign off; please re-consult as needed." % (c.ch(case["dx"]), bullets(c, recs[-2:])))
        sec.append(sig_block(c, consultant, "Attending, " + svc))
    elif lay == 5:  # e-consult
        sec.append(c.ch(["E-CONSULT RESPONSE", "eConsult - %s" % svc, "Electronic Consultation"]))
        sec.append("Patient: %s   DOB %s\nReferring: %s\nSpecialty: %s\nDate received: %s   Date answered: %s" % (c.name(1), c.d(c.dob, 0), c.md(c.pcp), svc, c.d(), c.d(c.plus(2))))
        sec.append("Clinical question: %s" % q)
        sec.append("Response: I reviewed the chart including %s. %s" % (case["img"][0].lower(), ans))
        sec.append("A face-to-face visit is %s. Time spent reviewing: %d minutes." % (c.ch(["not needed at this time", "recommended if no improvement"]), c.ri(10, 30)))
        sec.append(c.md(consultant))
    else:  # psych/other service style - surgery
        svc2 = c.ch(["General Surgery", "Psychiatry C-L", "Physical Medicine & Rehab", "Palliative Care"])
        sec.append("%s Consultation\n%s  %s" % (svc2, c.name(2), c.d()))
        sec.append("Reason: %s" % c.ch(["capacity evaluation", "goals of care", "?acute abdomen", "rehab needs assessment", "depression, passive SI"]))
        sec.append("History obtained from patient and chart review. " + hpi)
        sec.append("Assessment: %s\nRecommendations:\n%s" % (c.ch(["Patient has capacity to make this decision.", "No acute surgical issue.", "Appropriate for acute inpatient rehab.", "Adjustment disorder; not at imminent risk."]),
                                                          bullets(c, c.r.sample(["continue current management", "PT/OT", "social work for caregiver support", "family meeting Thursday", "no indication for surgery at this time", "sitter not required", "start mirtazapine 7.5 mg qhs"], 3))))
        sec.append(sig_block(c, consultant, svc2))
    return "\n\n".join(s for s in sec if s)

# ----------------------------------------------------------------------------
# operative notes
# ----------------------------------------------------------------------------
SURG = [
    dict(name="Laparoscopic cholecystectomy", pre="Acute calculous cholecystitis", post="Acute gangrenous cholecystitis", anes="General endotracheal",
         spec="Gallbladder", ebl=(10, 50), findings="Distended, edematous gallbladder with pericholecystic inflammation; impacted stone at the neck. Critical view of safety obtained.",
         desc="The patient was placed supine and general anesthesia was induced. The abdomen was prepped and draped in sterile fashion. A time-out was performed. Access was obtained at the umbilicus using Hasson technique and pneumoperitoneum established to 15 mmHg. Three additional 5 mm ports were placed under direct vision. The gallbladder fundus was retracted cephalad. The peritoneum overlying the triangle of Calot was incised and the cystic duct and cystic artery were circumferentially dissected until the critical view of safety was achieved. Both were clipped twice proximally and once distally and divided. The gallbladder was removed from the liver bed with electrocautery and extracted in an endocatch bag. Hemostasis was confirmed. Ports were removed under direct vision and the fascia at the umbilicus closed with 0 Vicryl. Skin closed with 4-0 Monocryl and Dermabond.",
         surgspec="General Surgery"),
    dict(name="Laparoscopic appendectomy", pre="Acute appendicitis", post="Acute suppurative appendicitis without perforation", anes="General",
         spec="Appendix", ebl=(5, 25), findings="Inflamed, nonperforated appendix with fibrinous exudate. No abscess.",
         desc="After induction of general anesthesia and placement of Foley catheter, the abdomen was prepped and draped. Time-out performed. A 12 mm umbilical port was placed via open technique; 5 mm ports were placed in the suprapubic and left lower quadrant positions. The appendix was identified and the mesoappendix divided with a vessel sealing device. The base of the appendix was divided with an Endo-GIA stapler with a vascular load. The specimen was removed in a bag. The staple line was hemostatic. The right lower quadrant was irrigated. Ports removed, fascia closed, skin closed with subcuticular 4-0 Monocryl.",
         surgspec="General Surgery"),
    dict(name="Incision and drainage, left thigh abscess", pre="Left thigh abscess", post="Same", anes="MAC with local (1% lidocaine)",
         spec="Abscess wall / wound culture", ebl=(5, 20), findings="6 x 4 cm abscess cavity with approximately 30 mL purulent material; loculations broken up. No necrotic tissue.",
         desc="The patient was brought to the OR and placed supine. MAC sedation was administered and the area infiltrated with local anesthetic. Time-out performed. An elliptical incision was made over the area of maximal fluctuance. Purulent fluid was expressed and sent for culture. The cavity was explored digitally and loculations disrupted. It was irrigated with 1 L of normal saline. The wound was packed with iodoform gauze and a dry dressing applied.",
         surgspec="General Surgery"),
    dict(name="Open reduction internal fixation, right intertrochanteric femur fracture (cephalomedullary nail)", pre="Right intertrochanteric hip fracture", post="Same", anes="Spinal with sedation",
         spec="None", ebl=(150, 400), findings="Comminuted 4-part intertrochanteric fracture, reduced anatomically under fluoroscopy.",
         desc="The patient was positioned on the fracture table with the right leg in traction. Closed reduction was performed with traction and internal rotation and confirmed on fluoroscopy. The right hip was prepped and draped. Time-out completed. A 4 cm incision was made proximal to the greater trochanter. A guide pin was placed at the tip of the trochanter, the entry reamed, and a 10 x 180 mm cephalomedullary nail inserted. A lag screw was placed in center-center position with tip-apex distance < 25 mm. A distal interlocking screw was placed. Wounds irrigated and closed in layers; staples to skin.",
         surgspec="Orthopaedic Surgery"),
    dict(name="Percutaneous endoscopic gastrostomy tube placement", pre="Dysphagia after CVA, inadequate oral intake", post="Same", anes="Moderate sedation / MAC",
         spec="None", ebl=(0, 5), findings="Normal esophagus and stomach. Good transillumination in the left upper quadrant. 20 Fr PEG placed, bumper at 3.5 cm.",
         desc="The endoscope was passed into the stomach and the stomach insufflated. Transillumination and finger indentation were identified in the LUQ. The skin was prepped and anesthetized. A needle and wire were passed into the stomach under endoscopic view, the wire grasped with a snare and withdrawn. The PEG tube was pulled through using pull technique and secured with the external bumper at 3.5 cm.",
         surgspec="General Surgery"),
    dict(name="Left radiocephalic arteriovenous fistula creation", pre="End-stage renal disease, need for dialysis access", post="Same", anes="Regional (supraclavicular block) with MAC",
         spec="None", ebl=(5, 30), findings="Cephalic vein 3.2 mm, radial artery 2.5 mm with good inflow. Palpable thrill at completion.",
         desc="The left arm was prepped and draped after regional block. A longitudinal incision was made at the wrist. The cephalic vein was mobilized and side branches ligated. The radial artery was exposed and controlled with vessel loops. After systemic heparin, an end-to-side anastomosis was performed with running 7-0 Prolene. A good thrill was palpable. Incision closed with 4-0 Monocryl.",
         surgspec="Vascular Surgery"),
    dict(name="Right below-knee amputation", pre="Right foot gangrene and osteomyelitis, peripheral arterial disease, diabetes", post="Same", anes="General",
         spec="Right lower extremity below knee", ebl=(100, 250), findings="Healthy bleeding muscle at the level of transection. Tibial and fibular bone cut cleanly.",
         desc="Thigh tourniquet placed but not inflated. Long posterior flap marked. Skin and subcutaneous tissue incised. Anterior compartment vessels ligated. The tibia was divided 12 cm below the tibial tubercle with the anterior edge beveled; the fibula divided 1 cm proximal. The tibial nerve was placed on traction, ligated and transected. Posterior flap fashioned, hemostasis achieved, and the wound closed in layers over a drain.",
         surgspec="Vascular Surgery"),
    dict(name="Laparoscopic ventral hernia repair with mesh", pre="Incarcerated ventral hernia", post="Same", anes="General endotracheal",
         spec="Hernia sac", ebl=(10, 40), findings="5 x 4 cm fascial defect with incarcerated omentum, reduced without bowel compromise.",
         desc="Access obtained in the left upper quadrant with optical trocar. Adhesions lysed. Incarcerated omentum reduced. The defect was measured and a 15 x 20 cm coated mesh was placed intraperitoneally with 5 cm overlap and secured with transfascial sutures and tacks.",
         surgspec="General Surgery"),
]

def gen_operative_note(c):
    s = c.ch(SURG)
    surgeon = c.md(c.doc()); asst = c.doc(); anes = c.md(c.doc())
    ebl = c.ri(*s["ebl"])
    lay = c.ri(0, 6)
    sec = []
    comp = c.ch(["None", "None apparent", "none", "No immediate complications"])
    if lay in (0, 1):
        sec.append(header(c) if lay == 0 else "")
        sec.append(c.ch(["OPERATIVE REPORT", "Operative Note", "OPERATION REPORT", "Brief Op Note / Full Report", "Surgical Procedure Report"]))
        sec.append("%s\nDate of Surgery: %s" % (ptline(c), c.d()))
        sec.append(c.h(["Preoperative Diagnosis", "Pre-op Dx", "PREOPERATIVE DIAGNOSIS"], s["pre"]))
        sec.append(c.h(["Postoperative Diagnosis", "Post-op Dx"], s["post"]))
        sec.append(c.h(["Procedure", "Procedure Performed", "Operation"], s["name"]))
        sec.append(c.h(["Surgeon"], surgeon))
        sec.append(c.h(["Assistant", "Assistants"], "%s, MD (%s resident)" % (asst, c.ch(["PGY-3 surgery", "PGY-4", "PGY-2"]))))
        sec.append(c.h(["Anesthesia"], s["anes"] + " (" + anes + ")"))
        sec.append(c.h(["Estimated Blood Loss", "EBL"], "%d mL" % ebl))
        sec.append(c.h(["Fluids", "IVF"], "%d mL crystalloid" % c.ri(400, 2200)))
        sec.append(c.h(["Specimens", "Specimen"], s["spec"] + (" to pathology" if s["spec"] != "None" else "")))
        sec.append(c.h(["Drains"], c.ch(["None", "None", "19 Fr Blake", "JP x1"])))
        sec.append(c.h(["Findings", "Operative Findings"], s["findings"]))
        sec.append(c.h(["Indications", "Indication"], "%d-year-old %s with %s. Risks, benefits and alternatives were discussed and consent obtained." % (c.age, c.sexw(), s["pre"].lower())))
        sec.append(c.h(["Description of Procedure", "Procedure in Detail", "Details of Procedure"], wrap(s["desc"])))
        sec.append("Sponge, needle and instrument counts were correct x2. The patient tolerated the procedure well and was taken to PACU in stable condition. Dr. %s was present and scrubbed for the entire procedure." % surgeon.split(",")[0].split()[-1])
        sec.append(c.h(["Complications"], comp))
        sec.append(sig_block(c, surgeon.split(",")[0], s["surgspec"]))
    elif lay == 2:  # brief op note
        sec.append(c.ch(["Brief Operative Note", "IMMEDIATE POST-OP NOTE", "Brief Op Note"]))
        sec.append("%s   %s" % (c.name(1), c.d()))
        rows = [("Pre-op dx", s["pre"]), ("Post-op dx", s["post"]), ("Procedure", s["name"]), ("Surgeon", surgeon), ("Asst", asst), ("Anesthesia", s["anes"]),
                ("EBL", "%d mL" % ebl), ("UOP", "%d mL" % c.ri(50, 600)), ("Specimens", s["spec"]), ("Drains", "none"), ("Findings", s["findings"]), ("Complications", comp),
                ("Condition", c.ch(["stable to PACU", "extubated, stable to PACU", "stable"]))]
        sec.append("\n".join("%s: %s" % r for r in rows))
        sec.append(c.md(asst))
    elif lay == 3:  # dictated narrative
        sec.append("%s\nDEPARTMENT OF SURGERY\n\nOPERATIVE REPORT" % c.inst[0].upper())
        sec.append("PATIENT NAME: %s     MRN: %s\nDATE OF OPERATION: %s" % (c.name(0), c.mrn, c.d(style=3)))
        sec.append("SURGEON: %s\nASSISTANT: %s\nANESTHESIOLOGIST: %s" % (surgeon, asst, anes))
        sec.append("PREOPERATIVE DIAGNOSIS: %s.\nPOSTOPERATIVE DIAGNOSIS: %s.\nPROCEDURE: %s." % (s["pre"], s["post"], s["name"]))
        sec.append("INDICATIONS FOR PROCEDURE: The patient is a %d-year-old %s admitted to the medicine service with %s. Surgery was consulted and recommended operative management. The risks including bleeding, infection, injury to surrounding structures, and need for further procedures were explained and the patient wished to proceed." % (c.age, c.sexw(), s["pre"].lower()))
        sec.append("DESCRIPTION OF PROCEDURE: " + s["desc"] + " All counts were correct. The patient was awakened and transferred to the recovery room in stable condition.")
        sec.append("ESTIMATED BLOOD LOSS: %d mL.\nCOMPLICATIONS: %s." % (ebl, comp))
        sec.append("%s\n\nD: %s %s\nT: %s\nConf #: %d" % (surgeon, c.d(style=0), c.t(), c.d(c.plus(1), 0), c.ri(1000000, 9999999)))
    elif lay == 4:  # template w/ checkboxes
        sec.append("OR RECORD - SURGEON'S PROCEDURE NOTE\n%s   Room OR-%d" % (c.inst[0], c.ri(1, 22)))
        sec.append("Patient %s  MRN %s  Case # %d" % (c.name(0), c.mrn, c.ri(100000, 999999)))
        sec.append("Procedure: %s\nWound class: [%s] Clean  [%s] Clean-contaminated  [%s] Contaminated  [%s] Dirty" % (s["name"], *([" "] * 4)))
        sec.append("Indication: %s\nFindings: %s" % (s["pre"], s["findings"]))
        sec.append("Technique: %s" % wrap(s["desc"][:420] + "..."))
        sec.append("EBL %d mL | Specimen: %s | Implants: %s | Complications: %s" % (ebl, s["spec"], c.ch(["none", "see implant log", "mesh (lot %d)" % c.ri(10000, 99999)]), comp))
        sec.append("Attending attestation: I was present for the entire procedure. %s" % surgeon)
    elif lay == 5:  # bedside surgery note (I&D etc) in SOAP-ish
        sec.append("%s Procedure Note (Operating Room)\n%s" % (s["surgspec"], c.d()))
        sec.append(ptline(c))
        sec.append("Procedure: %s\nDiagnosis: %s\nAnesthesia: %s\n\n%s\n\nPost-op plan: %s" % (s["name"], s["post"], s["anes"], s["desc"], c.ch(["return to medicine service, surgery to follow", "admit to surgical floor", "PACU then home if meets criteria", "regular diet as tolerated, ambulate POD0"])))
        sec.append("%s / %s" % (asst, surgeon))
    else:
        sec.append("%s    %s" % (c.inst[0], c.d(style=2)))
        sec.append("OPERATIVE SUMMARY")
        sec.append("Case: %s on %s (%d%s)" % (s["name"], c.name(1), c.age, c.sex))
        sec.append("Pre/Post: %s / %s" % (s["pre"], s["post"]))
        sec.append("Team: %s (attending), %s (resident), %s (anesthesia)" % (surgeon, asst, anes))
        sec.append(s["findings"] + " " + s["desc"][:300] + "...")
        sec.append("Disposition: PACU, then %s" % c.ch(["floor", "ICU", "back to medicine"]))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# procedure notes
# ----------------------------------------------------------------------------
PROCS = [
    ("Paracentesis", "ascites / rule out SBP", "left lower quadrant", "The skin was prepped with chlorhexidine and draped. 1% lidocaine was used for local anesthesia. Using ultrasound guidance, a 5 Fr Yueh catheter was introduced using a Z-track technique with return of straw-colored fluid. {v} L removed. Catheter withdrawn, pressure dressing applied.", "Fluid sent for cell count, culture, albumin, total protein", "cirrhosis"),
    ("Thoracentesis", "pleural effusion", "right posterior chest, 8th intercostal space", "Ultrasound identified a large anechoic effusion. Site marked, prepped with chlorhexidine, anesthetized with 1% lidocaine. The thoracentesis catheter was advanced over the superior rib margin with return of serous fluid. {v} L removed. Post-procedure US without pneumothorax.", "Fluid for LDH, protein, pH, glucose, cell count, culture, cytology", "cap"),
    ("Lumbar puncture", "fever and altered mental status, r/o meningitis", "L3-L4 interspace", "Patient positioned in left lateral decubitus. The back was prepped and draped. 1% lidocaine local. A 20 G spinal needle was introduced at L3-4 and clear CSF obtained on the {n} pass. Opening pressure {op} cm H2O. 4 tubes collected, ~12 mL.", "Tubes 1-4: cell count, glucose/protein, Gram stain/culture, HSV PCR/hold", None),
    ("Central venous catheter placement", "need for vasopressors / poor access", "right internal jugular vein", "Full barrier precautions. Chlorhexidine prep. Ultrasound used to identify a compressible IJ vein. Under real-time US the vein was accessed, wire passed without resistance, confirmed in the vein on US. Tract dilated and a 7 Fr triple-lumen catheter placed over the wire to 15 cm. All ports flushed and drew blood. Sutured in place, Biopatch and sterile dressing.", "CXR: tip at cavoatrial junction, no pneumothorax", "uti"),
    ("Arthrocentesis and corticosteroid injection, left knee", "knee effusion / osteoarthritis", "left knee, superolateral approach", "Skin prepped with chlorhexidine, ethyl chloride spray. 18 G needle advanced into the suprapatellar pouch; {v2} mL of yellow, slightly cloudy fluid aspirated. Syringe exchanged and 40 mg triamcinolone with 4 mL 1% lidocaine injected.", "Synovial fluid sent for cell count, crystals, Gram stain and culture", None),
    ("Esophagogastroduodenoscopy (EGD)", "melena, acute blood loss anemia", "upper GI tract", "The scope was passed under direct vision to the second portion of the duodenum. Findings: a 1.2 cm clean-based ulcer in the duodenal bulb (Forrest III). Mild antral erythema, biopsied for H. pylori. Normal esophagus, no varices.", "Biopsies to pathology", "ugib"),
    ("Colonoscopy", "screening / positive FIT", "colon to cecum", "Digital rectal exam normal. The colonoscope was advanced to the cecum, identified by appendiceal orifice and ileocecal valve. Prep quality Boston Bowel Prep Score {bb}. A {mm} mm sessile polyp in the sigmoid colon was removed with cold snare. Sigmoid diverticulosis. Small internal hemorrhoids on retroflexion.", "Polyp to pathology", None),
    ("Flexible bronchoscopy with BAL", "persistent infiltrate, r/o malignancy vs infection", "right middle lobe", "Bronchoscope passed via ETT/nasal route. Airways inspected to subsegmental level; mild erythema, no endobronchial lesion. BAL performed in RML with 120 mL instilled and 45 mL returned.", "BAL for cell count, cultures (bacterial, AFB, fungal), cytology", None),
    ("Left heart catheterization and coronary angiography", "NSTEMI", "right radial artery", "Right radial access with 6 Fr sheath. Selective coronary angiography: LM normal; LAD 90% proximal stenosis; LCx mild luminal irregularities; RCA dominant, 30% mid. LVEDP 18 mmHg. Successful PCI of proximal LAD with a 3.0 x 18 mm drug-eluting stent, 0% residual. TR band applied.", "Post-PCI: DAPT with aspirin + ticagrelor at least 12 months", "nstemi"),
    ("Nerve conduction study / EMG", "numbness and tingling bilateral feet", "bilateral lower extremities", "Sural sensory responses absent bilaterally. Peroneal motor amplitudes reduced with mildly slowed conduction velocities. Needle EMG of distal leg muscles shows chronic neurogenic changes.", "Impression: length-dependent sensorimotor axonal polyneuropathy, consistent with diabetic neuropathy", None),
    ("Bone marrow aspiration and biopsy", "pancytopenia", "right posterior iliac crest", "Patient prone. Prepped and draped. Local 1% lidocaine to periosteum. Jamshidi needle introduced; aspirate obtained and core biopsy 1.8 cm taken.", "Aspirate for flow cytometry, cytogenetics; core to pathology", None),
    ("Ultrasound-guided peripheral IV", "difficult IV access", "left basilic vein", "Tourniquet applied. Under US guidance a 20 G 1.88 inch catheter was placed in the left basilic vein on first attempt with good flash and flushes easily.", "Secured with Tegaderm", None),
]

def gen_procedure_note(c):
    pr = c.ch(PROCS)
    name, ind, site, desc, after, ck = pr
    case = CASE_BY.get(ck) if ck else None
    desc = desc.replace("{v}", "%.1f" % c.r.uniform(1.0, 6.5)).replace("{n}", c.ch(["first", "second", "third"])).replace("{op}", str(c.ri(12, 28))).replace("{v2}", str(c.ri(12, 60))).replace("{bb}", str(c.ri(6, 9))).replace("{mm}", str(c.ri(4, 9)))
    operator = c.resident; sup = c.attending
    lay = c.ri(0, 6)
    sec = []
    if lay in (0, 1):
        sec.append(c.ch(["PROCEDURE NOTE", "Procedure Note", "Bedside Procedure Note", "%s - Procedure Note" % name, ""]))
        sec.append("%s\nDate/Time: %s %s" % (ptline(c), c.d(), c.t2()))
        sec.append(c.h(["Procedure"], name))
        sec.append(c.h(["Indication", "Indications"], ind))
        sec.append(c.h(["Operator", "Performed by", "Proceduralist"], "%s (%s)" % (operator, c.pgy)))
        sec.append(c.h(["Supervising", "Attending", "Supervision"], "%s, %s" % (c.md(sup), c.ch(["present for entire procedure", "present for key portions", "immediately available"]))))
        sec.append(c.h(["Consent"], c.ch(["Written informed consent obtained from patient after discussion of risks (bleeding, infection, pain, damage to surrounding structures), benefits, alternatives.",
                                            "Consent obtained from HCP (%s) by phone, witnessed by RN." % c.ch(["daughter", "son", "wife"]), "Emergent - 2 physician consent."])))
        sec.append(c.h(["Time-out", "Universal protocol"], "Time-out performed verifying patient, procedure, site, and laterality."))
        sec.append(c.h(["Anesthesia", "Sedation"], c.ch(["Local, 1%% lidocaine %d mL" % c.ri(3, 10), "Moderate sedation: midazolam %d mg, fentanyl %d mcg" % (c.ri(1, 4), c.ri(50, 150)), "None", "MAC per anesthesia"])))
        sec.append(c.h(["Site", "Location"], site))
        sec.append(c.h(["Description", "Procedure details", "Technique"], wrap(desc)))
        sec.append(c.h(["Specimens / Post-procedure", "Specimens"], after))
        sec.append(c.h(["EBL"], c.ch(["minimal", "<5 mL", "none", "< 10 mL"])))
        sec.append(c.h(["Complications"], c.ch(["None", "None immediate", "none"])))
        sec.append("Patient tolerated the procedure well." + c.ch(["", " Vitals stable post procedure.", " Will follow up results."]))
        sec.append(sig_block(c, operator))
        if c.p(0.5):
            sec.append("Attending: I was present for the entire procedure and supervised the resident. %s" % c.md(sup))
    elif lay == 2:  # endoscopy/cath style report
        sec.append("%s\n%s" % (c.inst[0], c.ch(["Endoscopy Unit", "Cardiac Catheterization Laboratory", "Procedure Center", "Neurodiagnostics Lab", "Interventional Pulmonology"])))
        sec.append("Patient Name: %s\nMRN: %s\nDate of Service: %s\nReferring MD: %s\nProcedure: %s" % (c.name(2), c.mrn, c.d(style=0), c.md(c.pcp), name))
        sec.append("Indications: %s\nMedications: %s\nASA class: %s" % (ind, c.ch(["Propofol per anesthesia", "Fentanyl 100 mcg IV, midazolam 3 mg IV", "Heparin 5000 u IA, verapamil 2.5 mg IA", "None"]), c.ch(["II", "III", "III", "IV"])))
        sec.append("Findings / Description:\n" + wrap(desc))
        sec.append("Impression:\n%s" % bullets(c, [after, c.ch(["Otherwise normal exam", "See findings above"])], 1))
        sec.append("Recommendations:\n%s" % bullets(c, c.r.sample(["Await pathology", "Resume diet", "Continue PPI", "Follow up in clinic", "Return to floor", "Repeat study in 3 years", "Monitor access site"], 3)))
        sec.append("%s\n%s" % (c.md(c.doc()), c.ch(["Attending Gastroenterologist", "Interventional Cardiology", "Fellow", "Pulmonary & Critical Care"])))
    elif lay == 3:  # terse
        sec.append("%s  %s %s" % (name.split(" (")[0].upper(), c.d(), c.t()))
        sec.append("%s. Ind: %s. Consent: yes. TO: yes. %s Compl: none. %s" % (c.name(1), ind, desc, after))
        sec.append("-%s" % operator)
    elif lay == 4:  # checklist
        sec.append("PROCEDURE DOCUMENTATION / CHECKLIST\nForm MR-%d" % c.ri(2000, 2999))
        sec.append("Patient: %s   MRN: %s   Unit: %s" % (c.name(0), c.mrn, c.ward))
        sec.append("Procedure: %s     Site: %s" % (name, site))
        chk = ["Hand hygiene", "Consent signed", "Time-out", "Sterile prep", "Full barrier precautions" if "Central" in name else "Sterile gloves", "US guidance", "Labs reviewed (INR/Plt)"]
        sec.append("\n".join("[X] " + k if c.p(0.85) else "[ ] " + k + "  N/A" for k in chk))
        sec.append("INR %.1f   Plt %d   Needle passes: %d" % (c.r.uniform(0.9, 1.9), c.ri(60, 300), c.ri(1, 3)))
        sec.append("Notes: " + wrap(desc))
        sec.append("Operator sig: %s    Observer/RN: %s" % (operator, c.nurse))
    elif lay == 5:  # dictated
        sec.append("PROCEDURE: %s.\n\nDATE: %s\n\nINDICATION: %s." % (name.upper(), c.d(style=3), ind.capitalize()))
        sec.append("PATIENT: %s, %d-year-old %s. MRN %s." % (c.name(1), c.age, c.sexw(), c.mrn))
        sec.append("DESCRIPTION: After informed consent was obtained, %s %s" % (desc[0].lower() + desc[1:], "The patient tolerated the procedure without complication."))
        sec.append("DISPOSITION: %s." % c.ch(["Returned to floor", "Discharged home from recovery", "Remained in ICU"]))
        sec.append("%s\nDictated but not read" % c.md(c.doc()))
    else:  # EMG or cath table-heavy
        sec.append(c.ch(["Study Report", "Diagnostic Procedure Report", "PROCEDURE SUMMARY"]))
        sec.append(ptline(c))
        sec.append("Study: %s\nRequested by: %s\nReason: %s" % (name, c.md(c.resident), ind))
        sec.append("Results:\n%s" % wrap(desc))
        sec.append("Conclusion: %s" % after)
        sec.append(c.md(c.doc()))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# anesthesia record
# ----------------------------------------------------------------------------
def gen_anesthesia_record(c):
    s = c.ch(SURG)
    lay = c.ri(0, 5)
    anes = c.md(c.doc()); crna = "%s, CRNA" % c.doc()
    asa = c.ch(["II", "III", "III", "IV", "III E", "II"])
    wt = c.ri(52, 138)
    sec = []
    if lay in (0, 1):
        sec.append("%s\n%s" % (c.inst[0].upper(), c.ch(["ANESTHESIA RECORD", "INTRAOPERATIVE ANESTHESIA RECORD", "Anesthesia Intraprocedure Record", "Department of Anesthesiology"])))
        sec.append("Patient: %s  MRN %s  DOB %s  Wt %d kg  Ht %d cm\nDate: %s  OR %d" % (c.name(0), c.mrn, c.d(c.dob, 0), wt, c.ri(150, 190), c.d(style=0), c.ri(1, 20)))
        sec.append("Procedure: %s\nSurgeon: %s\nAnesthesiologist: %s   CRNA: %s" % (s["name"], c.md(c.doc()), anes, crna))
        sec.append("ASA: %s   NPO since: %s   Allergies: %s\nAirway: Mallampati %s, TMD > 3 FB, %s" % (asa, c.t(), allergies(c), c.ch(["I", "II", "III"]), c.ch(["full dentition", "upper dentures removed", "poor dentition"])))
        sec.append("Anesthetic technique: %s" % s["anes"])
        h0 = c.ri(7, 15)
        rows = ["Time   HR   BP        SpO2  EtCO2  Temp"]
        hr = c.ri(62, 95); sbp = c.ri(105, 150)
        for i in range(c.ri(6, 12)):
            rows.append("%02d:%02d  %3d  %3d/%-3d   %3d   %2d     %.1f" % (h0 + (i * 15) // 60, (i * 15) % 60, hr + c.ri(-8, 8), sbp + c.ri(-20, 12), int(sbp * 0.6) + c.ri(-8, 8), c.ri(96, 100), c.ri(32, 40), c.r.uniform(35.8, 36.9)))
        sec.append("\n".join(rows))
        meds = ["Midazolam 2 mg", "Fentanyl %d mcg" % c.ri(50, 250), "Propofol %d mg" % c.ri(100, 200), "Rocuronium %d mg" % c.ri(30, 70), "Cefazolin 2 g", "Ondansetron 4 mg", "Dexamethasone 4 mg",
                "Sugammadex %d mg" % c.ri(120, 300), "Phenylephrine %d mcg total" % c.ri(100, 600), "Sevoflurane 1.8-2.2%", "Lidocaine 60 mg"]
        sec.append("Medications:\n" + "\n".join("  %s %s" % ("%02d:%02d" % (h0, c.ri(0, 59)), m) for m in c.r.sample(meds, c.ri(5, 9))))
        sec.append("Airway: %s, Grade %s view, %s" % (c.ch(["ETT 7.0 cuffed @ 21 cm", "ETT 7.5 @ 23 cm", "LMA #4", "natural airway/NC"]), c.ch(["I", "I", "II"]), c.ch(["MAC 3", "Glidescope", "Miller 2", "n/a"])))
        sec.append("Lines: %s\nFluids: LR %d mL   EBL %d mL   UOP %s" % (c.ch(["PIV 18g L hand, 20g R AC", "PIV x2, A-line R radial", "PIV 20g"]), c.ri(500, 2500), c.ri(*s["ebl"]), c.ch(["n/a", "%d mL" % c.ri(100, 600)])))
        sec.append("Anesthesia start %02d%02d  Incision %02d%02d  End %02d%02d\nTo PACU, %s, VSS." % (h0, c.ri(0, 20), h0, c.ri(25, 59), h0 + c.ri(1, 3), c.ri(0, 59), c.ch(["extubated", "extubated in OR", "spontaneous ventilation"])))
        sec.append("%s / %s" % (anes, crna))
    elif lay == 2:  # pre-anesthesia evaluation
        sec.append(c.ch(["PRE-ANESTHESIA EVALUATION", "Preoperative Anesthesia Assessment", "Anesthesia Preprocedure Evaluation"]))
        sec.append(ptline(c))
        sec.append("Planned procedure: %s\nDate: %s" % (s["name"], c.d()))
        sec.append("PMH: %s\nPrior anesthesia: %s\nFamily hx anesthesia problems: none" % (", ".join(c.r.sample(["HTN", "T2DM", "OSA", "CAD", "GERD", "CKD 3", "COPD", "obesity"], 3)), c.ch(["GA without complication", "PONV", "none", "spinal for knee surgery, uneventful"])))
        sec.append("Airway: Mallampati %s, mouth opening adequate, neck ROM full\nCV: %s\nPulm: %s\nMETs: %s" % (c.ch(["II", "III", "IV"]), c.ch(["RRR", "RRR, no murmur"]), c.ch(["CTA", "scattered wheeze"]), c.ch(["> 4", "< 4", "unable to assess"])))
        sec.append("Labs: %s" % lab_inline(c, None, ["Hemoglobin", "Platelets", "Potassium", "Creatinine", "INR"]))
        sec.append("ASA physical status: %s\nPlan: %s. Risks discussed incl. sore throat, dental injury, PONV, awareness, aspiration, cardiopulmonary events. Patient agrees." % (asa, s["anes"]))
        sec.append(sig_block(c, anes.split(",")[0], "Anesthesiology"))
    elif lay == 3:  # post-anesthesia note / PACU
        sec.append(c.ch(["POST-ANESTHESIA NOTE", "PACU Record / Post-op Anesthesia Evaluation", "Anesthesia Post-Procedure Note"]))
        sec.append("%s  %s" % (c.name(1), c.d()))
        sec.append("Procedure: %s   Anesthesia: %s" % (s["name"], s["anes"]))
        sec.append("Aldrete score: %d/10 on arrival, %d/10 at discharge\nPain: %d/10   PONV: %s\nMental status: %s\nRespiratory: %s\nCV: stable\nHydration: adequate" % (c.ri(6, 8), c.ri(9, 10), c.ri(0, 6), c.ch(["none", "mild, ondansetron given"]), c.ch(["awake, alert", "drowsy but arousable"]), c.ch(["unlabored, SpO2 96% RA", "2L NC"])))
        sec.append("No apparent anesthetic complications. Discharged from PACU to %s at %s." % (c.ch(["floor", "home", "ICU", c.ward]), c.t()))
        sec.append(anes)
    elif lay == 4:  # sedation record (procedural)
        sec.append("MODERATE SEDATION RECORD\n%s - %s" % (c.inst[0], c.ch(["Endoscopy", "Cath Lab", "IR", "Bronchoscopy Suite"])))
        sec.append("Patient: %s  MRN %s\nPre-sedation: ASA %s, Mallampati %s, NPO > 6h [X]\nConsent [X]   Time-out [X]" % (c.name(0), c.mrn, asa[:3], c.ch(["I", "II", "III"])))
        rows = ["Time  BP       HR  RR  SpO2  RASS  Med"]
        for i in range(c.ri(4, 7)):
            rows.append("%s  %d/%d  %d  %d  %d%%   %d    %s" % (c.t(), c.ri(100, 150), c.ri(60, 90), c.ri(60, 100), c.ri(12, 18), c.ri(94, 100), -c.ri(0, 3), c.ch(["", "midazolam 1 mg", "fentanyl 25 mcg", "", ""])))
        sec.append("\n".join(rows))
        sec.append("Total: midazolam %d mg, fentanyl %d mcg. Recovery complete, discharge criteria met." % (c.ri(1, 5), c.ri(25, 200)))
        sec.append("RN: %s   MD: %s" % (c.nurse, c.md(c.doc())))
    else:  # billing/anesthesia summary
        sec.append("Anesthesia Case Summary   Case# %d" % c.ri(100000, 999999))
        sec.append("%s | %s | %s" % (c.name(2), c.mrn, c.d(style=2)))
        sec.append("Procedure (CPT-Anes %05d): %s\nASA %s  Base units %d  Time units %d" % (c.ri(100, 1999), s["name"], asa, c.ri(3, 8), c.ri(4, 16)))
        sec.append("Attending: %s   Resident: %s (CA-%d)  Ratio 1:%d" % (anes, c.doc(), c.ri(1, 3), c.ri(1, 4)))
        sec.append("Technique: %s. Events: %s." % (s["anes"], c.ch(["none", "transient hypotension treated with phenylephrine", "difficult mask ventilation, easy intubation"])))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# pathology
# ----------------------------------------------------------------------------
PATH = [
    ("Gallbladder, cholecystectomy", "Received fresh labeled with the patient's name and 'gallbladder' is an intact gallbladder measuring {a} x {b} x 2.8 cm. The serosa is dusky and hemorrhagic. The wall is thickened up to 0.6 cm. Multiple yellow-green faceted stones, aggregate 2.5 cm. Representative sections in 2 cassettes.",
     "Sections show transmural acute inflammation with mucosal ulceration, hemorrhage and focal necrosis, superimposed on chronic cholecystitis with Rokitansky-Aschoff sinuses.", "Acute and chronic cholecystitis with focal gangrenous change. Cholelithiasis. Negative for dysplasia and malignancy."),
    ("Appendix, appendectomy", "Received in formalin is a vermiform appendix, {a} cm in length and up to 1.1 cm in diameter, with attached mesoappendix. The serosa shows fibrinous exudate. Tip and cross sections submitted in 1 cassette.",
     "Neutrophils infiltrate the muscularis propria with serositis. No perforation identified.", "Acute suppurative appendicitis with periappendicitis. No evidence of neoplasm."),
    ("Colon, sigmoid, polypectomy", "Received in formalin are {n} tan polypoid fragments, aggregate 0.{a} x 0.4 x 0.3 cm. Entirely submitted.",
     "Sections show adenomatous epithelium with nuclear elongation and stratification, without high-grade dysplasia.", "Tubular adenoma. Negative for high-grade dysplasia."),
    ("Stomach, antrum, biopsy", "Received in formalin are {n} tan soft tissue fragments ranging from 0.1 to 0.3 cm. Entirely submitted in one cassette.",
     "Antral mucosa with chronic active gastritis. Immunohistochemical stain for Helicobacter pylori is positive, with appropriate controls.", "Chronic active gastritis with Helicobacter pylori organisms. Negative for intestinal metaplasia and dysplasia."),
    ("Duodenum, bulb ulcer edge, biopsy", "Received in formalin are {n} fragments of tan tissue, 0.2-0.4 cm. Entirely submitted.",
     "Duodenal mucosa with ulcer bed, granulation tissue and fibrinopurulent debris. Adjacent mucosa with peptic duodenitis.", "Ulcer with granulation tissue and peptic duodenitis. Negative for malignancy."),
    ("Lung, right upper lobe, CT-guided core biopsy", "Received in formalin are {n} tan-gray cores, up to 1.{a} cm. Entirely submitted.",
     "Infiltrating glands with acinar pattern in desmoplastic stroma. Tumor cells positive for TTF-1 and Napsin A, negative for p40.", "Invasive adenocarcinoma, acinar predominant. Molecular studies (EGFR, ALK, ROS1, PD-L1) sent; addendum to follow."),
    ("Skin, left forearm, shave biopsy", "Received in formalin is a tan-brown skin shave, 0.{a} x 0.5 x 0.1 cm. Bisected and entirely submitted.",
     "Basaloid tumor islands with peripheral palisading and retraction artifact, extending to the deep margin.", "Basal cell carcinoma, nodular type. Deep margin involved."),
    ("Prostate, needle biopsies (12 cores)", "Received in 12 containers labeled A-L, each containing one tan core, 0.8-1.6 cm. Each entirely submitted.",
     "Cores C and D show infiltrating small acinar glands with prominent nucleoli. Perineural invasion not identified.", "Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 2 of 12 cores (left mid and left base), 15% and 30% of core length."),
    ("Pleural fluid, cytology", "Received {a}0 mL of turbid yellow fluid. Cytospin and cell block prepared.",
     "Reactive mesothelial cells, numerous neutrophils and macrophages. No malignant cells.", "NEGATIVE FOR MALIGNANT CELLS. Acute inflammation."),
    ("Bone marrow, right posterior iliac crest, aspirate and core biopsy", "Core 1.{a} cm; aspirate smears x6, clot section.",
     "Hypercellular marrow (70%) with trilineage hematopoiesis, erythroid hyperplasia, and no increase in blasts (2%). Iron stores absent.", "Hypercellular marrow with erythroid hyperplasia and absent iron stores, consistent with iron deficiency. No evidence of lymphoma or leukemia."),
]

def gen_pathology_report(c):
    spec, gross, micro, dx = c.ch(PATH)
    gross = gross.replace("{a}", str(c.ri(3, 9))).replace("{b}", str(c.ri(6, 11))).replace("{n}", str(c.ri(2, 6)))
    acc = "%s%02d-%05d" % (c.ch(["S", "SP", "SUR", "C", "NG"]), c.date.year % 100, c.ri(1, 39999))
    path = c.md(c.doc())
    lay = c.ri(0, 5)
    sec = []
    if lay in (0, 1):
        sec.append("%s\n%s\n%s" % (c.inst[0].upper(), c.ch(["DEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE", "Anatomic Pathology", "Surgical Pathology Laboratory"]), c.inst[2] + ", " + c.inst[3]))
        sec.append(c.ch(["SURGICAL PATHOLOGY REPORT", "PATHOLOGY REPORT", "Surgical Pathology Consultation Report", ""]))
        sec.append("Patient: %-28s Accession #: %s\nMRN: %-32s Collected: %s\nDOB: %s  Sex: %s          Received: %s\nSubmitting physician: %s   Location: %s" % (
            c.name(0), acc, c.mrn, c.d(style=0), c.d(c.dob, 0), c.sex, c.d(c.plus(c.ri(0, 1)), 0), c.md(c.doc()), c.ch([c.ward, "OR", "Endoscopy", c.clinic])))
        sec.append("FINAL DIAGNOSIS:\n%s:\n   - %s" % (spec.upper(), dx))
        if c.p(0.6):
            sec.append("CLINICAL HISTORY: %s" % c.ch(["%d yo with abdominal pain" % c.age, "r/o malignancy", "ulcer", "polyp", "Not provided", "pancytopenia", "mass on CT"]))
        sec.append("GROSS DESCRIPTION:\n" + wrap(gross) + "\n%s/%s" % (c.ch(["jk", "mt", "pa-lr", "rw"]), c.ch(["ab", "cs"])))
        sec.append("MICROSCOPIC DESCRIPTION:\n" + wrap(micro))
        sec.append("I attest that I have personally reviewed the slides and/or other material and rendered the diagnosis.\n%s\nElectronically signed %s" % (path, c.d(c.plus(c.ri(1, 4)), 0)))
    elif lay == 2:  # diagnosis-first compact
        sec.append("Pathology  |  %s  |  %s" % (acc, c.name(2)))
        sec.append("DIAGNOSIS\n%s\n%s" % (spec, dx))
        sec.append("Comment: %s" % c.ch(["Clinical correlation recommended.", "Results discussed with Dr. %s on %s." % (c.resident.split()[-1], c.d(c.plus(2), 1)), "", "See synoptic report."]))
        sec.append("Gross: " + gross)
        sec.append(path)
    elif lay == 3:  # cytology
        sec.append("CYTOPATHOLOGY REPORT\n%s" % c.inst[0])
        sec.append("Specimen: %s\nAccession: %s\nPatient: %s  MRN %s" % (spec, acc, c.name(0), c.mrn))
        sec.append("ADEQUACY: Satisfactory for evaluation.\nINTERPRETATION: %s\nDESCRIPTION: %s" % (dx, micro))
        sec.append("Screened by: %s, CT(ASCP)\nPathologist: %s" % (c.doc(), path))
    elif lay == 4:  # addendum
        sec.append("ADDENDUM REPORT   %s" % acc)
        sec.append(ptline(c))
        sec.append("Original diagnosis: %s" % dx)
        sec.append("Addendum (%s): %s" % (c.d(c.plus(c.ri(5, 12))), c.ch(["Molecular testing: EGFR exon 19 deletion DETECTED. ALK and ROS1 rearrangements not detected. PD-L1 TPS 20%.",
                                                               "Immunohistochemistry performed on block A1 supports the above diagnosis.", "Additional levels examined; diagnosis unchanged.",
                                                               "Intradepartmental consultation obtained with concurrence."])))
        sec.append("Addendum signed by %s" % path)
    else:  # outside referral lab style
        sec.append("%s PATHOLOGY ASSOCIATES, P.C.\nCLIA #%02dD%07d" % (c.ch(["TRI-COUNTY", "NORTHGATE", "RIVERBEND"]), c.ri(10, 52), c.ri(1000000, 9999999)))
        sec.append("PATIENT: %s   DOB: %s   CASE: %s\nPHYSICIAN: %s\nDATE COLLECTED: %s   DATE REPORTED: %s" % (c.name(0), c.d(c.dob, 0), acc, c.md(c.pcp), c.d(style=0), c.d(c.plus(3), 0)))
        sec.append("SPECIMEN: %s\n\nDIAGNOSIS:\n%s\n\nMICROSCOPIC: %s\n\nGROSS: %s" % (spec, dx.upper(), micro, gross))
        sec.append("CPT: 88305 x%d\n%s, Pathologist" % (c.ri(1, 3), path))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# lab reports
# ----------------------------------------------------------------------------
def lab_table(c, case, names, style):
    rows = []
    if style == 0:
        rows.append("%-22s %-10s %-4s %-12s %s" % ("TEST", "RESULT", "FLAG", "REF RANGE", "UNITS"))
        for n in names:
            v, fl, u, lo, hi = labval(c, n, case)
            rows.append("%-22s %-10s %-4s %-12s %s" % (n, v, fl, refrange(n), u))
    elif style == 1:
        for n in names:
            v, fl, u, lo, hi = labval(c, n, case)
            rows.append("%s ......... %s %s %s   (%s)" % (n.upper(), v, u, "*" + fl if fl else "", refrange(n)))
    elif style == 2:
        for n in names:
            v, fl, u, lo, hi = labval(c, n, case)
            rows.append("%-20s| %8s %-2s| %-14s| %s" % (n, v, fl, u, refrange(n)))
    else:
        for n in names:
            v, fl, u, lo, hi = labval(c, n, case)
            rows.append("%s: %s%s %s [%s]" % (n, v, " (" + ("HIGH" if fl == "H" else "LOW") + ")" if fl else "", u, refrange(n)))
    return "\n".join(rows)

def gen_lab_report(c):
    case = pick_case(c) if c.p(0.7) else None
    lay = c.ri(0, 7)
    sec = []
    coll = "%s %s" % (c.d(style=0), c.t2())
    acc = "%d%s%05d" % (c.date.year % 100, c.ch(["CH", "HM", "L", "A"]), c.ri(1, 99999))
    if lay <= 2:
        panels = c.ch([("BASIC METABOLIC PANEL", BMP), ("COMPREHENSIVE METABOLIC PANEL", BMP + LFT), ("CBC WITH DIFFERENTIAL", CBC), ("CBC / BMP", CBC + BMP),
                       ("HEPATIC FUNCTION PANEL", LFT), ("COAGULATION", ["INR", "PTT"]), ("CARDIAC MARKERS", ["Troponin I", "BNP"])])
        extra = [k for k in (case["labs"] if case else {}) if k not in panels[1]][:2]
        sec.append("%s\n%s" % (c.inst[0].upper(), c.ch(["CLINICAL LABORATORY", "Department of Laboratory Medicine", "Core Laboratory - Chemistry/Hematology", "LAB RESULTS REPORT"])))
        sec.append("Patient: %s   MRN: %s   DOB: %s (%d%s)\nOrdering: %s   Location: %s\nCollected: %s   Received: %s   Accession: %s" % (
            c.name(0), c.mrn, c.d(c.dob, 0), c.age, c.sex, c.md(c.ch([c.resident, c.intern, c.pcp])), c.ch([c.ward, c.clinic, "ED"]), coll, c.t2(), acc))
        sec.append(panels[0])
        sec.append(lab_table(c, case, panels[1] + extra, lay if lay < 3 else 0))
        sec.append(c.ch(["H=High L=Low *=Abnormal", "Reference ranges are age and sex specific.", "Flags: H high, L low, C critical", ""]))
        if case and c.p(0.3):
            sec.append("CRITICAL VALUE called to %s, RN at %s, read back verified." % (c.nurse, c.t()))
        sec.append("Performed at: %s Core Laboratory, Director %s" % (c.inst[0], c.md(c.doc())))
    elif lay == 3:  # urinalysis
        sec.append("URINALYSIS WITH MICROSCOPIC" if c.p(0.5) else "UA, COMPLETE")
        sec.append(ptline(c))
        pos = case and case["key"] == "uti"
        rows = [("Color", "Yellow"), ("Clarity", "Cloudy" if pos else "Clear"), ("Sp Gravity", "1.0%02d" % c.ri(5, 30)), ("pH", "%.1f" % c.r.uniform(5, 7.5)),
                ("Protein", c.ch(["Neg", "Trace", "1+"])), ("Glucose", "Neg" if not case or case["key"] != "dka" else "3+"), ("Ketones", "Neg" if not case or case["key"] != "dka" else "Large"),
                ("Blood", "Mod" if pos else "Neg"), ("Nitrite", "Positive" if pos else "Negative"), ("Leuk Esterase", "Large" if pos else "Negative"),
                ("WBC/hpf", ">50" if pos else "0-2"), ("RBC/hpf", "5-10" if pos else "0-2"), ("Bacteria", "Many" if pos else "None"), ("Sq Epi", "Few")]
        sec.append("\n".join("%-16s %-12s %s" % (a, b, "(Ref: Neg)" if b not in ("Yellow", "Clear") and c.p(0.3) else "") for a, b in rows))
        sec.append("Collected %s   Source: %s" % (coll, c.ch(["clean catch", "straight cath", "Foley"])))
    elif lay == 4:  # micro culture
        org = c.ch([("Escherichia coli", "Urine", ">100,000 CFU/mL"), ("Staphylococcus aureus (MSSA)", "Blood", "Positive in 2 of 2 sets"),
                    ("Streptococcus pneumoniae", "Sputum", "Heavy growth"), ("Klebsiella pneumoniae", "Urine", "50,000-100,000 CFU/mL"), ("No growth", "Blood", "No growth at 5 days")])
        sec.append("MICROBIOLOGY REPORT\n%s" % c.inst[0])
        sec.append(ptline(c))
        sec.append("Source: %s   Collected: %s\nStatus: %s" % (org[1], coll, c.ch(["FINAL", "Final", "PRELIMINARY", "Corrected"])))
        sec.append("Gram stain: %s" % c.ch(["Gram negative rods", "Gram positive cocci in clusters", "Many PMNs, GP diplococci", "No organisms seen"]))
        sec.append("Culture: %s  %s" % (org[2], org[0]))
        if org[0] != "No growth":
            abx = [("Ampicillin", "R"), ("Cefazolin", "S"), ("Ceftriaxone", "S"), ("Ciprofloxacin", c.ch(["S", "R"])), ("Nitrofurantoin", "S"), ("TMP/SMX", c.ch(["S", "R"])), ("Gentamicin", "S"), ("Oxacillin", "S"), ("Vancomycin", "S")]
            sec.append("SUSCEPTIBILITY (MIC, ug/mL)\n" + "\n".join("  %-16s %-6s %s" % (a, c.ch(["<=1", "<=0.25", "2", "<=16", ">=32"]), i) for a, i in c.r.sample(abx, 6)))
    elif lay == 5:  # ABG / POC
        sec.append(c.ch(["BLOOD GAS REPORT", "ABG - Respiratory Therapy", "Point of Care Testing"]))
        sec.append(ptline(c))
        ph = c.r.uniform(7.12, 7.46)
        hco3 = c.ri(8, 34)
        sec.append("pH %.2f\npCO2 %d mmHg\npO2 %d mmHg\nHCO3 %d mmol/L\nBase excess %d\nSaO2 %d%%\nFiO2 %s\nSite: %s" % (ph, c.ri(24, 62), c.ri(55, 140), hco3, hco3 - 24 + c.ri(-2, 2), c.ri(86, 99), c.ch(["21%", "28%", "40%", "4L NC"]), c.ch(["R radial", "L radial", "R femoral"])))
        sec.append("Drawn by: %s, RRT  %s" % (c.doc(), coll))
    elif lay == 6:  # outpatient send-out
        sec.append("%s REFERENCE LABORATORIES\nClient: %s\nAcct #%d" % (c.ch(["MERIDIAN", "ALLIANCE", "CLEARPATH", "NORTHSTAR"]), c.clinic, c.ri(10000, 99999)))
        sec.append("Patient: %s   Sex: %s   DOB: %s   Age: %d\nPhysician: %s   Specimen ID: %s\nCollected: %s   Reported: %s" % (c.name(0), c.sex, c.d(c.dob, 0), c.age, c.md(c.pcp), acc, c.d(style=0), c.d(c.plus(2), 0)))
        sec.append(lab_table(c, case, c.ch([["Hemoglobin A1c", "Glucose", "LDL Cholesterol", "TSH", "Creatinine"], ["TSH", "Hemoglobin A1c"], ["LDL Cholesterol", "Creatinine", "Potassium", "ALT"]]), c.ch([0, 3])))
        sec.append("Lipid panel: Total chol %d, HDL %d, TG %d (fasting: %s)" % (c.ri(150, 260), c.ri(32, 70), c.ri(80, 320), c.ch(["Y", "N"])) if c.p(0.5) else "")
        sec.append("eGFR calculated using CKD-EPI 2021 equation." if c.date.year >= 2022 else "eGFR calculated using MDRD/CKD-EPI.")
    else:  # cumulative flowsheet
        names = c.r.sample(BMP + CBC, 6)
        sec.append("CUMULATIVE RESULTS  %s  MRN %s" % (c.name(0), c.mrn))
        days = [c.plus(i) for i in range(c.ri(3, 5))]
        sec.append("%-14s" % "" + "".join("%-10s" % d.strftime("%m/%d") for d in days))
        for n in names:
            sec.append("%-14s" % n[:13] + "".join("%-10s" % (labval(c, n, case)[0] + labval(c, n, case)[1]) for _ in days))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# imaging
# ----------------------------------------------------------------------------
EXTRA_IMG = [
    ("CT HEAD WITHOUT CONTRAST", "fall, on anticoagulation", "No acute intracranial hemorrhage. Gray-white differentiation preserved. Periventricular white matter hypodensities. No calvarial fracture. Mastoids and paranasal sinuses clear.", "No acute intracranial abnormality. Chronic small vessel ischemic changes."),
    ("MRI LUMBAR SPINE WITHOUT CONTRAST", "low back pain with left leg radiculopathy, failed 6 weeks PT", "L4-5: broad-based disc bulge with left paracentral protrusion contacting the descending left L5 nerve root; moderate left lateral recess stenosis. L5-S1: facet arthropathy. Conus normal at L1.", "L4-5 left paracentral disc protrusion contacting the left L5 nerve root."),
    ("NM MYOCARDIAL PERFUSION (REGADENOSON)", "chest pain, unable to exercise", "Regadenoson stress. No ECG changes. Perfusion images show normal uptake without reversible or fixed defects. Gated EF 62%, normal wall motion.", "Normal pharmacologic stress myocardial perfusion study. Low risk."),
    ("US THYROID", "palpable nodule", "Right lobe 4.8 x 1.6 x 1.5 cm containing a 1.7 cm solid hypoechoic nodule with smooth margins, no calcifications (TI-RADS 4). Left lobe unremarkable.", "1.7 cm TI-RADS 4 right thyroid nodule; FNA recommended."),
    ("DXA BONE DENSITOMETRY", "postmenopausal, screening", "Lumbar spine L1-L4 T-score -2.7. Left femoral neck T-score -2.1. Total hip T-score -1.9.", "Osteoporosis by WHO criteria. FRAX 10-year hip fracture probability 3.4%."),
    ("CT CHEST LOW-DOSE LUNG CANCER SCREENING", "30 pack-year smoker", "Centrilobular emphysema. 5 mm solid nodule in the right upper lobe. Coronary artery calcifications.", "Lung-RADS 2: benign appearance. Continue annual screening in 12 months."),
    ("XR KNEE 3 VIEWS LEFT", "knee pain", "Moderate medial compartment joint space narrowing with marginal osteophytes and subchondral sclerosis. Small suprapatellar effusion. No fracture.", "Moderate tricompartmental osteoarthritis, medial predominant."),
]

def gen_imaging_report(c):
    if c.p(0.6):
        case = pick_case(c)
        study, find, imp = case["img"]
        ind = c.ch(case["cc"]) + "; " + c.ch(case["dx"]).lower()
    else:
        study, ind, find, imp = c.ch(EXTRA_IMG)
    rad = c.md(c.doc())
    lay = c.ri(0, 6)
    sec = []
    acc = "%s%d" % (c.ch(["RAD", "IMG", "", "A"]), c.ri(1000000, 9999999))
    comp = c.ch(["None.", "None available.", "%s, %s." % (study.split(" ")[0] + " " + c.ch(["chest", "abdomen", "head"]).upper(), c.d(c.plus(-c.ri(30, 900)), 0)), "Prior study from %s." % c.d(c.plus(-c.ri(30, 900)), 1)])
    tech = c.ch(["Standard protocol.", "Axial images were obtained with coronal and sagittal reformats.", "Frontal and lateral views of the chest.", "Real-time grayscale and color Doppler imaging.", "Dose reduction technique utilized (automated exposure control).", "100 mL Omnipaque 350 IV."])
    if lay in (0, 1, 2):
        sec.append(c.ch(["%s\nDEPARTMENT OF RADIOLOGY" % c.inst[0].upper(), "%s - Diagnostic Imaging" % c.inst[0], "RADIOLOGY REPORT", "%s Imaging Services" % c.inst[0]]))
        sec.append("Patient: %s   MRN: %s   DOB: %s\nExam: %s\nExam date: %s %s   Accession: %s\nOrdering: %s" % (c.name(0), c.mrn, c.d(c.dob, 0), study, c.d(style=0), c.t2(), acc, c.md(c.ch([c.resident, c.intern, c.pcp]))))
        sec.append(c.h(["Clinical History", "INDICATION", "History", "Reason for exam"], ind, force=c.ch([0, 3])))
        sec.append(c.h(["Comparison", "COMPARISON"], comp, force=0))
        sec.append(c.h(["Technique", "TECHNIQUE"], tech, force=0))
        sec.append(c.h(["Findings", "FINDINGS"], "\n" + wrap(find), force=c.ch([0, 1])))
        sec.append(c.h(["Impression", "IMPRESSION", "Conclusion"], "\n" + bullets(c, [x.strip() + "." for x in imp.split(". ") if x.strip()], 1), force=c.ch([0, 1])))
        sec.append("Dictated by: %s\nSigned by: %s  %s" % (c.md(c.doc()) + " (resident)", rad, c.d(style=0)) if c.p(0.5) else "Electronically signed: %s %s" % (rad, c.d(style=2)))
    elif lay == 3:  # impression-only short
        sec.append("%s  (%s)" % (study, c.d()))
        sec.append("HX: %s" % ind)
        sec.append("IMPRESSION: %s" % imp)
        sec.append("%s" % rad)
    elif lay == 4:  # prelim / wet read by resident
        sec.append(c.ch(["PRELIMINARY REPORT", "Preliminary Interpretation - Radiology Resident", "WET READ"]))
        sec.append("%s  %s  %s" % (c.name(1), study, c.d()))
        sec.append("Prelim: %s Final report to follow after attending review." % imp)
        sec.append("Called to Dr. %s at %s." % (c.resident.split()[-1], c.t()))
        sec.append("-- %s, Radiology %s" % (c.doc(), c.ch(["R2", "R3", "PGY-4"])))
    elif lay == 5:  # echo structured
        sec.append("%s\nECHOCARDIOGRAPHY LABORATORY\nTRANSTHORACIC ECHOCARDIOGRAM REPORT" % c.inst[0])
        ef = c.ch([25, 30, 35, 45, 55, 60, 65])
        sec.append("Name: %s  MRN: %s  Date: %s\nHt %d cm  Wt %d kg  BSA %.2f m2  BP %d/%d  Rhythm: %s\nIndication: %s\nImage quality: %s" % (
            c.name(0), c.mrn, c.d(style=0), c.ri(152, 190), c.ri(55, 130), c.r.uniform(1.5, 2.4), c.ri(100, 160), c.ri(60, 90), c.ch(["sinus", "AF", "sinus tachycardia"]), ind, c.ch(["good", "fair", "technically difficult"])))
        meas = [("LVIDd", "%.1f cm" % c.r.uniform(4.2, 6.6)), ("IVSd", "%.1f cm" % c.r.uniform(0.8, 1.3)), ("LVPWd", "%.1f cm" % c.r.uniform(0.8, 1.2)), ("LA vol index", "%d mL/m2" % c.ri(24, 48)),
                ("E/e'", "%d" % c.ri(7, 18)), ("TAPSE", "%.1f cm" % c.r.uniform(1.5, 2.5)), ("RVSP", "%d mmHg" % c.ri(24, 52)), ("LVEF (biplane)", "%d%%" % ef)]
        sec.append("MEASUREMENTS\n" + "\n".join("  %-16s %s" % m for m in meas))
        sec.append("FINDINGS\nLeft ventricle: %s\nRight ventricle: normal size and function.\nValves: %s\nPericardium: no effusion." % (
            "normal size and systolic function" if ef >= 55 else "dilated with global hypokinesis" if ef < 40 else "regional wall motion abnormality (anterior/apical hypokinesis)", c.ch(["mild MR, trace TR", "no significant valvular disease", "mild aortic sclerosis without stenosis"])))
        sec.append("CONCLUSIONS\n1. LVEF %d%%.\n2. %s" % (ef, c.ch(["Grade I diastolic dysfunction.", "Elevated filling pressures.", "Normal RV function.", "Compared to prior, EF has improved."])))
        sec.append("Reading physician: %s\nSonographer: %s, RDCS" % (c.md(c.doc()), c.doc()))
    else:  # teleradiology / outside
        sec.append("%s TELERADIOLOGY\nFinal Report" % c.ch(["NIGHTHAWK", "VERITAS", "ONSITE"]))
        sec.append("PATIENT: %s | DOB: %s | FACILITY: %s | EXAM: %s | DATE: %s" % (c.name(0), c.d(c.dob, 0), c.inst[0], study, c.d(style=0)))
        sec.append("HISTORY: %s\n\nFINDINGS: %s\n\nIMPRESSION: %s" % (ind.upper(), find, imp))
        sec.append("Communicated by: %s. %s" % (c.ch(["phone to ordering provider", "PACS note", "critical result notification system"]), rad))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# ECG
# ----------------------------------------------------------------------------
ECG_DX = [
    ("Normal sinus rhythm", (60, 95), "Normal ECG"),
    ("Sinus tachycardia", (101, 128), "Otherwise normal ECG"),
    ("Atrial fibrillation with rapid ventricular response", (118, 152), "Nonspecific ST-T abnormality; Abnormal ECG"),
    ("Sinus rhythm", (62, 88), "Left ventricular hypertrophy with repolarization abnormality; Abnormal ECG"),
    ("Sinus rhythm", (60, 84), "ST depression in V4-V6, consider lateral ischemia; Abnormal ECG"),
    ("Sinus bradycardia", (44, 58), "First degree AV block; Borderline ECG"),
    ("Normal sinus rhythm", (64, 90), "Right bundle branch block; Abnormal ECG"),
    ("Sinus rhythm", (70, 96), "Peaked T waves, consider hyperkalemia; Abnormal ECG"),
    ("Sinus rhythm", (62, 86), "Left axis deviation, Q waves in anterior leads, old anterior infarct; Abnormal ECG"),
]

def gen_ecg_report(c):
    rhythm, hrr, interp = c.ch(ECG_DX)
    hr = c.ri(*hrr)
    pr = "---" if "fibrillation" in rhythm else str(c.ri(124, 214) if "First" not in interp else c.ri(212, 260))
    qrs = c.ri(128, 150) if "bundle" in interp else c.ri(78, 108)
    qt = c.ri(340, 440); qtc = int(qt / ((60.0 / hr) ** 0.5))
    ax = (c.ri(-10, 80), c.ri(-40, 90), c.ri(-10, 90)) if "Left axis" not in interp else (c.ri(-10, 60), c.ri(-60, -31), c.ri(10, 80))
    lay = c.ri(0, 6)
    sec = []
    conf = c.md(c.doc())
    if lay in (0, 1):
        sec.append("%s   %s" % (c.name(0), c.ch(["ID:" + c.mrn, "MRN " + c.mrn])))
        sec.append("%s %s     %d yr  %s   %s" % (c.d(style=c.ch([0, 4])), c.t2(), c.age, "Male" if c.sex == "M" else "Female", c.ch(["Caucasian", "Black", "Hispanic", "Asian", "Unknown"])))
        sec.append("Vent. rate      %d BPM\nPR interval     %s ms\nQRS duration    %d ms\nQT/QTc          %d/%d ms\nP-R-T axes      %s %d %d" % (hr, pr, qrs, qt, qtc, "***" if pr == "---" else str(ax[0]), ax[1], ax[2]))
        sec.append("%s\n%s" % (rhythm, interp.replace("; ", "\n")))
        if c.p(0.5):
            sec.append(c.ch(["When compared with ECG of %s, no significant change was found" % c.d(c.plus(-c.ri(60, 900)), 4), "No previous ECGs available", "Compared to prior, rate faster"]))
        sec.append(c.ch(["Confirmed by %s on %s" % (conf, c.d(c.plus(1), 1)), "Unconfirmed - computer interpretation only", "Referred by: %s   Confirmed by: %s" % (c.md(c.resident), conf)]))
        sec.append("25 mm/s  10 mm/mV  %s  %s" % (c.ch(["150 Hz", "40 Hz", "100 Hz"]), c.ch(["MAC5500", "Lead II rhythm strip", "PH100B", "12SL v%d" % c.ri(20, 243)])))
    elif lay == 2:  # cardiology read
        sec.append("ELECTROCARDIOGRAM INTERPRETATION\n%s Cardiology" % c.inst[0])
        sec.append(ptline(c))
        sec.append("Date: %s   Indication: %s" % (c.d(), c.ch(["chest pain", "pre-op", "palpitations", "syncope", "routine", "hyperkalemia"])))
        sec.append("Rhythm: %s at %d bpm. Intervals: PR %s, QRS %d, QTc %d. Axis: %s. %s." % (rhythm, hr, pr, qrs, qtc, "normal" if -30 <= ax[1] <= 90 else "leftward", interp.split(";")[0]))
        sec.append("Interpretation: %s" % interp.split("; ")[-1])
        sec.append(conf)
    elif lay == 3:  # resident's own read in note
        sec.append("ECG %s %s (my read): %s, rate %d, %s axis, PR %s, QRS %d, QTc %d. %s. %s" % (c.d(style=1), c.t(), rhythm.lower(), hr, c.ch(["nl", "normal", "L"]), pr, qrs, qtc, interp.split(";")[0],
                   c.ch(["No STE/STD.", "No acute ST changes.", "Unchanged from prior.", "Discussed with cardiology fellow."])))
        sec.append("- %s, %s" % (c.resident, c.pgy))
    elif lay == 4:  # rhythm strip
        sec.append("TELEMETRY / RHYTHM STRIP")
        sec.append("%s  Rm %s  %s %s" % (c.name(0), c.room, c.d(), c.t2()))
        sec.append("Rhythm: %s  Rate: %d  PR: %s  QRS: %.2f  QT: %.2f" % (rhythm, hr, "--" if pr == "---" else "%.2f" % (int(pr) / 1000.0), qrs / 1000.0, qt / 1000.0))
        sec.append("Ectopy: %s" % c.ch(["none", "occasional PVCs", "rare PACs", "3-beat run NSVT"]))
        sec.append("Interpreted by %s" % c.nurse)
    elif lay == 5:  # table form
        sec.append("12-LEAD ECG REPORT")
        rows = [("Patient", c.name(2)), ("MRN", c.mrn), ("Acquired", "%s %s" % (c.d(style=0), c.t2())), ("Location", c.ch([c.ward, "ED", c.clinic])), ("Heart rate", "%d bpm" % hr), ("PR", "%s ms" % pr),
                ("QRSd", "%d ms" % qrs), ("QT", "%d ms" % qt), ("QTcB", "%d ms" % qtc), ("Axis P/QRS/T", "%s/%d/%d" % (ax[0], ax[1], ax[2])), ("Statement", rhythm + ". " + interp)]
        sec.append("\n".join("%-14s %s" % r for r in rows))
        sec.append("Overread: %s" % conf)
    else:  # stress ECG
        sec.append("EXERCISE TREADMILL TEST - ECG REPORT")
        sec.append(ptline(c))
        sec.append("Protocol: Bruce. Exercise time %d:%02d, %.1f METs. Max HR %d (%d%% MPHR). Peak BP %d/%d." % (c.ri(5, 12), c.ri(0, 59), c.r.uniform(6, 13), c.ri(130, 175), c.ri(80, 98), c.ri(160, 200), c.ri(70, 90)))
        sec.append("Resting ECG: %s. Stress ECG: %s. Symptoms: %s." % (rhythm, c.ch(["no ischemic ST changes", "1 mm horizontal ST depression V5-V6 at peak, resolved in recovery"]), c.ch(["none", "fatigue", "dyspnea"])))
        sec.append("Duke treadmill score %d. Conclusion: %s" % (c.ri(-4, 9), c.ch(["Negative for ischemia at adequate workload.", "Equivocal; recommend imaging stress test."])))
        sec.append(conf)
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# medication list / reconciliation
# ----------------------------------------------------------------------------
def gen_medication_list(c):
    lay = c.ri(0, 6)
    sec = []
    if lay in (0, 1):  # discharge med rec
        case = pick_case(c)
        sec.append(c.ch(["DISCHARGE MEDICATION RECONCILIATION", "Medication Reconciliation - Discharge", "Discharge Med Rec", "MEDICATION RECONCILIATION"]))
        sec.append(ptline(c))
        sec.append("Allergies: %s\nDate: %s   Completed by: %s" % (allergies(c), c.d(c.plus(c.los)), c.md(c.intern)))
        rows = ["%-34s %-22s %s" % ("Medication", "Instructions", "Action")]
        for m in case["home"]:
            if m[0] == "none":
                continue
            rows.append("%-34s %-22s %s" % (m[0] + " " + m[1], m[2], "STOP" if m[0] in case["stop"] else c.ch(["CONTINUE", "Continue", "CONTINUE - no change"])))
        for m in case["dcmeds"]:
            rows.append("%-34s %-22s %s" % (m[0] + " " + m[1], m[2], "NEW" if "NEW" in m[3] else m[3]))
        sec.append("\n".join(rows))
        sec.append("Reason for changes: %s" % c.ch(case["dx"]))
        sec.append("Reviewed with patient/caregiver: [X] Yes  [ ] No    Pharmacist verified: %s" % c.ch(["Y", "N", "%s, PharmD" % c.doc()]))
    elif lay == 2:  # admission med history
        case = pick_case(c)
        sec.append(c.ch(["Home Medication List (Prior to Admission)", "ADMISSION MEDICATION HISTORY", "Best Possible Medication History"]))
        sec.append("%s  MRN %s  Adm %s" % (c.name(0), c.mrn, c.d()))
        sec.append("Sources: %s" % ", ".join(c.r.sample(["patient interview", "pharmacy fill history", "outpatient EMR", "pill bottles", "family", "PCP office"], 3)))
        for m in case["home"]:
            if m[0] == "none":
                sec.append("Patient reports taking no medications.")
                continue
            sec.append("%s %s %s   Last dose: %s   Adherence: %s" % (m[0], m[1], m[2], c.ch(["today AM", "yesterday", "unknown", "3 days ago"]), c.ch(["good", "misses doses", "reports taking"])))
        sec.append("OTC/supplements: %s" % c.ch(["fish oil", "none", "ibuprofen PRN", "melatonin 3 mg qhs", "vitamin D 2000 IU"]))
        sec.append("Obtained by: %s, %s" % (c.doc(), c.ch(["PharmD", "Pharmacy Technician", "RN", "MD"])))
    elif lay == 3:  # clinic med list printout
        probs, meds = clinic_problems(c, c.ri(3, 5))
        meds = meds + c.r.sample([("aspirin", "81 mg", "PO daily"), ("vitamin D3", "1000 units", "PO daily"), ("albuterol HFA", "2 puffs", "q4-6h PRN"), ("fluticasone nasal", "2 sprays", "each nostril daily")], 2)
        sec.append("%s\n%s" % (c.inst[0], c.clinic))
        sec.append(c.ch(["CURRENT MEDICATION LIST", "Your Medication List", "Active Medications", "Outpatient Medications"]))
        sec.append("%s   DOB %s   As of %s" % (c.name(1), c.d(c.dob, 0), c.d()))
        for i, m in enumerate(meds):
            sec.append("%d. %s %s - %s\n   Prescriber: %s   Start: %s" % (i + 1, m[0].upper() if c.p(0.3) else m[0], m[1], m[2], c.ch([c.pcp, c.resident, "historical"]), c.d(c.plus(-c.ri(30, 1500)), 1)))
        sec.append("Please bring this list to every appointment.")
    elif lay == 4:  # MAR excerpt
        case = pick_case(c)
        sec.append("MEDICATION ADMINISTRATION RECORD\n%s  %s  %s" % (c.name(0), c.ward, c.d()))
        rows = []
        for m in case["inpt"]:
            times = c.ch(["0900", "0900 2100", "0600 1400 2200", "PRN"])
            rows.append("%-28s %-18s %-14s %s" % (m[0][:28], m[1][:18], times, " ".join("%s/%s" % (t, c.ch(["BR", "KM", "JT", "SL"])) for t in times.split() if t != "PRN") or "given x%d" % c.ri(0, 3)))
        sec.append("\n".join(rows))
        sec.append("Allergies: %s   Wt: %d kg" % (allergies(c), c.ri(50, 130)))
    elif lay == 5:  # pharmacy fill history
        sec.append("OUTSIDE PHARMACY FILL HISTORY (Surescripts)\nRetrieved %s" % c.d())
        sec.append(ptline(c))
        sec.append("%-26s %-10s %-6s %-5s %s" % ("Drug", "Fill date", "Qty", "Days", "Pharmacy"))
        for _ in range(c.ri(5, 9)):
            m = c.ch(c.ch(CASES)["home"])
            if m[0] == "none":
                continue
            sec.append("%-26s %-10s %-6d %-5d %s" % ((m[0] + " " + m[1])[:26], c.d(c.plus(-c.ri(5, 200)), 1), c.ch([30, 60, 90, 180]), c.ch([30, 90]), c.ch(PHARMACIES)))
    else:  # handwritten patient list
        case = pick_case(c)
        sec.append(c.ch(["My medicines", "MEDS - %s" % c.first, "Medication list (provided by patient, scanned)"]))
        for m in case["home"]:
            if m[0] != "none":
                sec.append("%s  %s  %s" % (m[0].capitalize(), m[1], c.ch(["morning", "1 in AM", "twice a day", "at night", m[2]])))
        sec.append(c.ch(["water pill when ankles swell", "eye drops", "baby aspirin", ""]))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# prescription
# ----------------------------------------------------------------------------
RX = [("Lisinopril", "10 mg tablet", "Take 1 tablet by mouth once daily", 90, 3), ("Metformin", "500 mg tablet", "Take 1 tablet by mouth twice daily with meals", 180, 1),
      ("Atorvastatin", "40 mg tablet", "Take 1 tablet by mouth at bedtime", 90, 3), ("Amlodipine", "5 mg tablet", "1 tab PO daily", 30, 5),
      ("Albuterol HFA", "90 mcg/actuation inhaler", "Inhale 2 puffs q4-6h PRN wheeze/SOB", 1, 2), ("Apixaban", "5 mg tablet", "Take 1 tablet twice daily", 60, 5),
      ("Oxycodone", "5 mg tablet", "Take 1 tablet by mouth every 6 hours as needed for severe pain", 12, 0), ("Cephalexin", "500 mg capsule", "Take 1 capsule 4 times daily for 5 days", 20, 0),
      ("Furosemide", "40 mg tablet", "Take 1 tablet by mouth daily in the morning", 30, 11), ("Sertraline", "50 mg tablet", "Take 1 tablet daily", 30, 3),
      ("Insulin glargine", "100 unit/mL pen", "Inject 22 units SC nightly", 15, 3), ("Pantoprazole", "40 mg DR tablet", "Take 1 tablet twice daily before meals", 60, 1),
      ("Naltrexone", "50 mg tablet", "Take 1 tablet by mouth daily", 30, 2), ("Ticagrelor", "90 mg tablet", "Take 1 tablet by mouth twice daily", 60, 11)]

def gen_prescription(c):
    drug, form, sig, qty, ref = c.ch(RX)
    lay = c.ri(0, 6)
    presc = c.ch([c.resident, c.pcp, c.intern])
    dea = "%s%s%07d" % (c.ch("ABFM"), presc.split()[-1][0], c.ri(1000000, 9999999))
    npi = "1%09d" % c.ri(0, 999999999)
    sec = []
    words = {12: "twelve", 20: "twenty", 30: "thirty", 60: "sixty", 90: "ninety", 180: "one hundred eighty", 1: "one", 15: "fifteen"}
    if lay in (0, 1):  # printed Rx pad
        sec.append("%s\n%s\n%s, %s   Tel %s   Fax %s" % (c.inst[0], c.clinic, c.inst[2], c.inst[3], c.ph(c.area), c.ph(c.area)))
        sec.append("Name: %s      Date: %s\nAddress: %s, %s, %s %s      DOB: %s" % (c.name(1), c.d(style=0), c.addr, c.city, c.state, c.zip, c.d(c.dob, 0)))
        sec.append("Rx")
        sec.append("%s %s\nSig: %s\nDisp: #%d (%s)\nRefills: %s" % (drug, form, sig, qty, words.get(qty, str(qty)), ref if ref else "0 (zero)"))
        sec.append("[ ] Dispense as written      [X] Substitution permitted")
        sec.append("____________________________ %s\nNPI %s   %s" % (c.md(presc), npi, "DEA " + dea if drug == "Oxycodone" or c.p(0.3) else ""))
        if c.p(0.5):
            sec.append("Resident prescriber - supervising physician: %s" % c.md(c.attending))
        sec.append(c.ch(["This prescription is void if more than one (1) prescription is written per blank.", "Security features: microprint border, void pantograph.", "Tamper-resistant pad #%d" % c.ri(100000, 999999)]))
    elif lay == 2:  # e-Rx confirmation
        sec.append("ELECTRONIC PRESCRIPTION - TRANSMISSION CONFIRMATION")
        sec.append("Sent: %s %s to %s\nStatus: %s" % (c.d(style=0), c.t2(), c.ch(PHARMACIES), c.ch(["Transmitted successfully", "Pharmacy acknowledged", "Error - resent by fax"])))
        sec.append("Patient: %s  DOB %s\nMedication: %s %s\nSIG: %s\nQuantity: %d   Days supply: %d   Refills: %d\nDx: %s" % (c.name(2), c.d(c.dob, 0), drug, form, sig, qty, c.ch([30, 90, 5]), ref, c.ch(["I10", "E11.9", "E78.5", "J44.9", "I48.91", "F32.9", "K21.9"])))
        sec.append("Prescriber: %s  NPI %s" % (c.md(presc), npi))
        if drug == "Oxycodone":
            sec.append("EPCS two-factor authentication completed. PDMP reviewed %s." % c.d(style=1))
    elif lay == 3:  # refill request fax
        sec.append("%s\nREFILL AUTHORIZATION REQUEST" % c.ch(PHARMACIES).upper())
        sec.append("To: %s\nFax: %s\nFrom pharmacy phone: %s" % (c.md(c.pcp), c.ph(c.area), c.ph()))
        sec.append("Patient: %s   DOB: %s\nDrug: %s %s\nLast fill: %s   Qty %d\nSig: %s" % (c.name(0), c.d(c.dob, 0), drug, form, c.d(c.plus(-c.ri(25, 95)), 0), qty, sig))
        sec.append("[%s] APPROVED  refills: %d    [ ] DENIED   [ ] Needs appointment\nPrescriber signature: ____________  Date: %s" % (c.ch(["X", " "]), ref, c.d(style=1)))
    elif lay == 4:  # controlled substance / discharge Rx
        sec.append("%s - DISCHARGE PRESCRIPTION" % c.inst[0].upper())
        sec.append("%s\nMRN %s\n%s" % (c.name(0), c.mrn, c.d()))
        sec.append("%s %s\n%s\nQuantity: %d (%s) NO REFILLS" % (drug, form, sig, qty, words.get(qty, str(qty))))
        sec.append("Prescriber: %s (%s)  DEA# %s\nSupervising: %s" % (c.md(presc), c.pgy, dea, c.md(c.attending)))
    elif lay == 5:  # DME prescription
        item = c.ch(["Rolling walker with front wheels", "Home oxygen 2 L/min via NC continuous and with exertion", "Glucometer, test strips (#100), lancets (#100)", "Shower chair", "Compression stockings 20-30 mmHg knee-high", "CPAP at 10 cm H2O with heated humidifier"])
        sec.append("DURABLE MEDICAL EQUIPMENT PRESCRIPTION / CMN")
        sec.append("Patient: %s   DOB: %s   Ins: %s" % (c.name(1), c.d(c.dob, 0), c.payer[0]))
        sec.append("Item: %s\nDiagnosis: %s\nLength of need: %s\nQualifying data: %s" % (item, c.ch(["J44.9 COPD", "E11.9 T2DM", "R26.81 gait instability", "G47.33 OSA", "I87.2 venous insufficiency"]), c.ch(["99 (lifetime)", "12 months", "6 months"]), c.ch(["SpO2 86%% RA at rest on %s" % c.d(style=1), "n/a", "AHI 32 on PSG"])))
        sec.append("Physician: %s  NPI %s\nSignature ________________  Date %s" % (c.md(presc), npi, c.d(style=0)))
    else:  # simple note-style Rx
        sec.append("%s  %s" % (c.name(1), c.d(style=1)))
        sec.append("%s %s #%d RF%d\n%s" % (drug, form.split(" ")[0] + " " + form.split(" ")[1], qty, ref, sig))
        sec.append(c.md(presc))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# correspondence
# ----------------------------------------------------------------------------
def letterhead(c):
    inst = c.inst
    return c.ch(["%s\n%s\n%s | %s\nPhone %s  Fax %s" % (inst[0].upper(), inst[1], inst[2], inst[3], c.ph(c.area), c.ph(c.area)),
                 "%s - %s\n%s, %s" % (inst[0], c.clinic, inst[2], inst[3]),
                 "%s\n%s" % (inst[1], inst[0])])

def gen_correspondence(c):
    lay = c.ri(0, 6)
    sec = [letterhead(c), c.d(style=3)]
    dr = c.pcp.split()[-1]
    if lay == 0:  # results letter to patient
        sec.append("%s\n%s\n%s, %s %s" % (c.name(1), c.addr, c.city, c.state, c.zip))
        sec.append("Dear %s %s," % (c.ch(["Mr." if c.sex == "M" else "Ms."]), c.last))
        sec.append(wrap("I am writing to let you know the results of the tests from your recent visit on %s. %s" % (c.d(c.plus(-c.ri(5, 20)), 3), c.ch([
            "Your cholesterol (LDL %d) is above goal; we will discuss increasing your atorvastatin at your next visit." % c.ri(110, 170),
            "Your hemoglobin A1c was %.1f%%, which is better than last time. Keep up the good work." % c.r.uniform(6.4, 7.4),
            "Your kidney function and potassium are normal. No changes are needed to your medicines.",
            "Your colon cancer screening test (FIT) was NEGATIVE. You should repeat this test in one year.",
            "Your thyroid test (TSH) was normal."]))))
        sec.append("If you have any questions please call the clinic at %s." % c.ph(c.area))
        sec.append("Sincerely,\n\n%s\nInternal Medicine Resident\n%s, Supervising Physician" % (c.md(c.resident), c.md(c.attending)))
    elif lay == 1:  # letter to PCP after hospitalization
        sec.append("%s\n%s" % (c.md(c.pcp), c.ch(["Oakmere Family Practice", "Riverside Primary Care", "Community Health Center of Brannock", "Dunmore Falls Internal Medicine"])))
        case = pick_case(c)
        sec.append("RE: %s   DOB: %s" % (c.name(1), c.d(c.dob, 0)))
        sec.append("Dear Dr. %s," % dr)
        sec.append(wrap("Your patient was admitted to our teaching service from %s to %s for %s. %s %s We have arranged follow-up in your office; please review %s." % (
            c.d(), c.d(c.plus(c.los)), c.ch(case["dx"]).lower(), c.He, fill(c, case, case["course"]), c.ch(["the enclosed discharge summary", "the medication changes below", "the pending results"]))))
        sec.append("Medication changes: NEW: %s. STOPPED: %s." % (", ".join(m[0] for m in case["dcmeds"]) or "none", ", ".join(case["stop"]) or "none"))
        sec.append("Thank you for allowing us to participate in the care of this patient.\n\nSincerely,\n%s\n%s" % (c.md(c.resident), c.pgy + ", Internal Medicine Residency"))
        sec.append("cc: patient chart")
    elif lay == 2:  # no-show letter
        sec.append("%s\n%s\n%s, %s %s" % (c.name(1), c.addr, c.city, c.state, c.zip))
        sec.append("Dear %s," % c.name(1))
        sec.append(wrap("Our records show that you missed your appointment on %s with Dr. %s. Regular follow-up is important for managing your health conditions. Please call %s to reschedule. %s" % (
            c.d(c.plus(-c.ri(3, 20)), 3), c.resident.split()[-1], c.ph(c.area), c.ch(["Patients with three missed appointments in 12 months may be discharged from the practice.", "", "If you need help with transportation, ask about our ride program."]))))
        sec.append("Sincerely,\n%s Staff" % c.clinic)
    elif lay == 3:  # reply letter from specialist (thank-you/update)
        sec.append("%s\n%s" % (c.md(c.resident), c.clinic))
        sec.append("RE: %s  (MRN %s)" % (c.name(1), c.mrn))
        sec.append("Dear Dr. %s," % c.resident.split()[-1])
        sec.append(wrap("Thank you for the update on our mutual patient. I saw %s again on %s. %s I will plan to see %s again in %s and will keep you informed." % (
            c.him, c.d(style=3), c.ch(["The thyroid nodule FNA was benign (Bethesda II).", "Sleep study confirmed moderate OSA and CPAP has been ordered.", "Renal function has returned to baseline; we have resumed lisinopril at a lower dose.", "The Zio patch showed 12% AF burden; we have continued apixaban."]),
            c.him, c.ch(["6 months", "3 months", "one year"]))))
        sec.append("Kind regards,\n\n%s\n%s" % (c.md(c.doc()), c.ch(["Endocrinology", "Sleep Medicine", "Nephrology", "Cardiology"])))
    elif lay == 4:  # to whom it may concern
        sec.append("TO WHOM IT MAY CONCERN:")
        sec.append(wrap("%s (DOB %s) is a patient under my care at the %s. %s Please contact our office with any questions." % (c.name(1), c.d(c.dob, 0), c.clinic, c.ch([
            "Due to %s medical conditions, %s requires a ground-floor apartment and should avoid stairs." % (c.his, c.he),
            "%s was hospitalized from %s to %s and may return to work on %s without restrictions." % (c.He, c.d(c.plus(-9), 0), c.d(c.plus(-3), 0), c.d(c.plus(4), 0)),
            "%s has a medical need for air conditioning due to severe COPD." % c.He,
            "%s is able to participate in jury duty but requires breaks every 2 hours." % c.He]))))
        sec.append("Sincerely,\n\n%s" % c.md(c.ch([c.resident, c.attending])))
    elif lay == 5:  # portal message printed
        sec = ["MyChart-style Message", "From: %s\nTo: %s\nSent: %s %s\nSubject: %s" % (c.ch([c.name(1), c.md(c.resident)]), c.ch([c.md(c.resident), c.name(1)]), c.d(style=0), c.t2(), c.ch(["Lab results", "Question about medicine", "RE: blood pressure readings", "Follow up"]))]
        sec.append(wrap(c.ch(["Hi Dr. %s, my BP has been %d/%d the past few days. Should I take an extra pill? Thanks, %s" % (c.resident.split()[-1], c.ri(150, 175), c.ri(88, 102), c.first),
                              "Hello %s, your labs look good. Your kidney function is stable and your potassium is normal. Continue your current medications. Dr. %s" % (c.first, c.resident.split()[-1]),
                              "Dr. %s - I have been having side effects from the new medicine (cough). Can I switch? %s" % (c.resident.split()[-1], c.first)])))
    else:  # letter to patient re: transition of residents
        sec.append("Dear %s," % c.name(1))
        sec.append(wrap("As I complete my residency training in June, I wanted to let you know that your care will be transferred to Dr. %s, who will be your new primary care resident starting in July. I have shared the details of your medical history with Dr. %s. It has been a privilege to be your doctor for the past %s years." % (
            c.doc(), c.ch(DOC_LAST), c.ch(["two", "three"]))))
        sec.append("With warm regards,\n%s" % c.md(c.resident))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# consent forms
# ----------------------------------------------------------------------------
CONSENT_PROCS = [("Paracentesis", "bleeding, infection, bowel injury, leakage of fluid, low blood pressure"),
                 ("Central venous catheter insertion", "bleeding, infection, pneumothorax (collapsed lung), arterial puncture, arrhythmia, thrombosis"),
                 ("Blood and blood product transfusion", "fever, allergic reaction, transfusion-related lung injury, volume overload, rare transmission of infection"),
                 ("Esophagogastroduodenoscopy with possible biopsy", "bleeding, perforation, aspiration, reaction to sedation"),
                 ("Lumbar puncture", "headache, bleeding, infection, nerve irritation"),
                 ("Thoracentesis", "pneumothorax, bleeding, infection, re-expansion pulmonary edema"),
                 ("Laparoscopic cholecystectomy", "bleeding, infection, bile duct injury, bile leak, conversion to open surgery, blood clots"),
                 ("Cardiac catheterization, possible PCI", "bleeding, vascular injury, kidney injury from contrast, stroke, heart attack, emergency surgery, death"),
                 ("Moderate (conscious) sedation", "breathing problems, low blood pressure, allergic reaction, aspiration")]

def gen_consent_form(c):
    proc, risks = c.ch(CONSENT_PROCS)
    lay = c.ri(0, 6)
    phys = c.md(c.ch([c.resident, c.attending, c.doc()]))
    sec = []
    if lay in (0, 1, 2):
        sec.append("%s\n%s" % (c.inst[0].upper(), c.ch(["CONSENT FOR MEDICAL TREATMENT OR PROCEDURE", "INFORMED CONSENT", "AUTHORIZATION FOR PROCEDURE", "Form %s-%d  Consent to Procedure" % (c.ch(["CN", "MR", "HIM"]), c.ri(100, 999))])))
        sec.append("Patient: %s   MRN: %s   DOB: %s" % (c.name(0), c.mrn, c.d(c.dob, 0)))
        sec.append(wrap("1. I, %s, authorize Dr. %s and such assistants as may be selected, including residents and fellows in training, to perform the following procedure: %s." % (
            c.ch(["the undersigned", c.name(1)]), phys, proc.upper())))
        sec.append(wrap("2. The nature and purpose of the procedure, the possible alternatives (including no treatment), and the risks involved, including but not limited to %s, have been explained to me. No guarantee has been made as to results." % risks))
        sec.append(wrap("3. I consent to the administration of anesthesia or sedation as deemed necessary. I consent to the disposal of any tissue removed. I %s consent to transfusion of blood products if necessary." % c.ch(["DO", "do", "DO NOT"])))
        if lay == 1:
            sec.append(wrap("4. I understand that this is a teaching hospital and that physicians in training may participate in my care under supervision."))
        sec.append("Patient/Legal representative signature: ____________________   Date: %s   Time: %s" % (c.d(style=1), c.t()))
        sec.append("Relationship if not patient: %s" % c.ch(["_______", "daughter / HCP", "spouse", "N/A"]))
        sec.append("Witness: ______________ %s" % c.nurse)
        sec.append("Interpreter used: %s" % c.ch(["[ ] No", "[X] Yes - Spanish, ID #%d" % c.ri(10000, 99999), "[ ] N/A", "[X] Yes - Vietnamese (phone)"]))
        sec.append("PHYSICIAN ATTESTATION: I have explained the procedure, risks, benefits and alternatives and answered all questions.\n_________________ %s   %s" % (phys, c.d(style=0)))
    elif lay == 3:  # transfusion consent
        sec.append("CONSENT FOR TRANSFUSION OF BLOOD / BLOOD PRODUCTS")
        sec.append(ptline(c))
        sec.append(wrap("My physician has explained that I may need a transfusion of: [X] Red blood cells [ ] Platelets [ ] Plasma [ ] Cryoprecipitate. The risks include %s. Alternatives including no transfusion have been discussed. This consent is valid for the duration of this admission (%s)." % (risks, c.d())))
        sec.append("[ ] I ACCEPT transfusion      [ ] I REFUSE transfusion")
        sec.append("Signature: _______________   Physician: %s" % phys)
    elif lay == 4:  # research consent excerpt
        sec.append("RESEARCH CONSENT FORM - IRB #%d-%04d\nTitle: %s" % (c.date.year, c.ri(1, 9999), c.ch(["Pharmacist-led Transitions of Care After Heart Failure Hospitalization", "Text Message Reminders for Diabetes in Resident Clinics", "Biobank Collection of Residual Clinical Specimens"])))
        sec.append("Principal Investigator: %s\nVersion date %s" % (c.md(c.doc()), c.d(c.plus(-c.ri(60, 500)), 0)))
        sec.append(wrap("You are being asked to take part in a research study. Taking part is voluntary. If you decide not to take part, your regular medical care will not change. The purpose of this study is described below. Risks include loss of confidentiality. You may withdraw at any time by contacting the study team at %s." % c.ph(c.area)))
        sec.append("Participant signature _____________ Date ______\nPerson obtaining consent: %s" % c.doc())
    elif lay == 5:  # teaching hospital short consent in note
        sec.append("Informed Consent Note")
        sec.append("%s  %s" % (c.name(1), c.d()))
        sec.append(wrap("Discussed %s with the patient%s. Risks discussed including %s. Benefits and alternatives reviewed. Patient demonstrates understanding and capacity, all questions answered, agrees to proceed. Written consent signed and placed in chart." % (
            proc.lower(), c.ch(["", " and daughter at bedside", " via Spanish interpreter"]), risks)))
        sec.append("- %s" % phys)
    else:  # general consent for treatment / HIPAA acknowledgment
        sec.append(c.ch(["CONDITIONS OF ADMISSION AND CONSENT FOR TREATMENT", "GENERAL CONSENT TO TREAT"]))
        sec.append("%s   Acct %s" % (c.name(0), c.fin))
        sec.append(wrap("1. Consent to Treatment: I consent to routine diagnostic procedures and medical treatment by the hospital and physicians, including residents and students.\n2. Financial Agreement: I agree to pay all charges not paid by insurance.\n3. Assignment of Benefits: I assign insurance benefits directly to the hospital and physicians.\n4. Release of Information: I authorize release of information to payers as needed.\n5. Notice of Privacy Practices: I acknowledge receipt."))
        sec.append("Signature: ______________  Date %s\n[ ] Patient unable to sign, reason: ________" % c.d(style=1))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# referral
# ----------------------------------------------------------------------------
REFS = [("Gastroenterology", "positive FIT, needs diagnostic colonoscopy"), ("Cardiology", "new atrial fibrillation, consider rhythm control"),
        ("Nephrology", "CKD 3b with rising creatinine and proteinuria (UACR 480)"), ("Endocrinology", "uncontrolled T2DM, A1c 10.2 despite 3 agents"),
        ("Pulmonology", "COPD with frequent exacerbations, evaluate for pulmonary rehab"), ("Orthopedics", "bilateral knee OA failing conservative therapy"),
        ("Dermatology", "changing pigmented lesion on back"), ("Sleep Medicine", "snoring, daytime somnolence, Epworth 16"),
        ("Hepatology", "cirrhosis, transplant evaluation"), ("Behavioral Health", "depression, PHQ-9 17, wants therapy"),
        ("Physical Therapy", "chronic low back pain, deconditioning"), ("Podiatry", "diabetic foot care, onychomycosis, callus")]

def gen_referral_letter(c):
    spec, reason = c.ch(REFS)
    lay = c.ri(0, 5)
    sec = []
    urg = c.ch(["Routine", "Urgent (within 2 weeks)", "Routine", "Soon (4-6 weeks)"])
    if lay in (0, 1):
        sec.append(letterhead(c))
        sec.append(c.d(style=3))
        sec.append("%s\n%s\n%s" % (c.ch(["Dear Colleague", "Division of " + spec, "To: " + spec + " Clinic"]), c.inst[0], c.ch(["", "Attn: New patient scheduling"])))
        sec.append("RE: %s   DOB: %s   MRN: %s   Phone: %s" % (c.name(1), c.d(c.dob, 0), c.mrn, c.phone))
        sec.append(c.ch(["Dear Dr. %s," % c.ch(DOC_LAST), "Dear Colleague,", "Dear %s team," % spec]))
        sec.append(wrap("I am writing to refer %s, a %d-year-old %s followed in our resident continuity clinic, for evaluation of %s. %s Current medications include %s. %s" % (
            c.name(1), c.age, c.sexw(), reason, c.ch(["%s has been seen by me for the past two years." % c.He, "Relevant history includes hypertension and type 2 diabetes.", "Recent labs are enclosed."]),
            ", ".join(m[0] for m in c.ch(CASES)["home"][:3] if m[0] != "none") or "none", c.ch(["I would appreciate your assessment and recommendations.", "Please see the attached records.", "Thank you for seeing this patient."]))))
        sec.append("Sincerely,\n\n%s\n%s, Internal Medicine\nPrecepting attending: %s" % (c.md(c.resident), c.pgy, c.md(c.attending)))
        sec.append("Enclosures: %s" % c.ch(["last clinic note, labs", "imaging report", "none"]))
    elif lay == 2:  # referral order form
        sec.append("REFERRAL REQUEST / ORDER\n%s" % c.inst[0])
        rows = [("Patient", c.name(0)), ("DOB", c.d(c.dob, 0)), ("MRN", c.mrn), ("Insurance", "%s %s" % c.payer), ("Referred to", spec), ("Referring provider", c.md(c.resident)),
                ("Priority", urg), ("Reason", reason), ("ICD-10", c.ch(["R19.5", "I48.91", "N18.32", "E11.65", "J44.1", "M17.0", "D48.5", "G47.33", "K70.31", "F33.1", "M54.50", "E11.621"])),
                ("Auth #", c.ch(["pending", "not required", "A%d" % c.ri(1000000, 9999999)])), ("Visits requested", str(c.ch([1, 3, 6, 12])))]
        sec.append("\n".join("%-20s %s" % (a + ":", b) for a, b in rows))
        sec.append("Clinical notes: %s" % c.ch(["see last visit note", reason + ". Please evaluate and treat.", "Pt prefers afternoon appts."]))
    elif lay == 3:  # brief fax referral
        sec.append("REFERRAL  -  %s  -  %s" % (spec.upper(), urg.upper()))
        sec.append("Pt: %s  %s   Ph %s\nFrom: %s (%s)\nDx/Reason: %s" % (c.name(0), c.d(c.dob, 1), c.phone, c.md(c.resident), c.clinic, reason))
        sec.append("Please call pt to schedule. Records attached (%d pages)." % c.ri(3, 12))
    elif lay == 4:  # inpatient referral to home health / rehab
        sec.append(c.ch(["Home Health Referral / Face-to-Face Encounter", "REFERRAL TO SKILLED NURSING FACILITY", "Outpatient Cardiac Rehab Referral"]))
        sec.append(ptline(c))
        case = pick_case(c)
        sec.append("Primary diagnosis: %s\nFace-to-face encounter date: %s\nClinical findings supporting need: %s\nServices: %s\nHomebound status: %s" % (
            c.ch(case["dx"]), c.d(), c.ch(["requires assistance to ambulate > 20 ft, SOB with exertion", "new insulin teaching needed", "wound care and IV antibiotics"]),
            ", ".join(c.r.sample(["Skilled nursing", "PT", "OT", "Home health aide", "Social work"], 3)), c.ch(["taxing effort to leave home", "N/A"])))
        sec.append("Certifying physician: %s  NPI 1%09d" % (c.md(c.attending), c.ri(0, 999999999)))
    else:  # e-referral with question
        sec.append("Referral to %s" % spec)
        sec.append("%s %s, %d%s" % (c.first, c.last, c.age, c.sex))
        sec.append("Question for consultant: %s - what further workup and management do you recommend?" % reason)
        sec.append("Pertinent data: %s" % lab_inline(c, None, c.r.sample(["Creatinine", "Hemoglobin A1c", "TSH", "Hemoglobin", "ALT", "Potassium"], 3)))
        sec.append("Ordered by %s on %s" % (c.resident, c.d()))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# advance directive
# ----------------------------------------------------------------------------
def gen_advance_directive(c):
    lay = c.ri(0, 5)
    agent = "%s %s" % (c.ch(FIRST_M + FIRST_F), c.ch([c.last, c.ch(LAST)]))
    rel = c.ch(["daughter", "son", "spouse", "sister", "friend", "nephew"])
    sec = []
    st = c.state
    if lay == 0:
        sec.append("DURABLE POWER OF ATTORNEY FOR HEALTH CARE\n(%s statutory form)" % {"OH": "Ohio", "PA": "Pennsylvania", "MD": "Maryland", "IN": "Indiana", "WI": "Wisconsin"}.get(st, st))
        sec.append(wrap("I, %s, of %s, %s, being of sound mind, designate the following person as my health care agent to make health care decisions for me if I am unable to make them myself:" % (c.name(1), c.city, st)))
        sec.append("Agent: %s   Relationship: %s   Phone: %s\nAlternate agent: %s   Phone: %s" % (agent, rel, c.ph(), c.ch(FIRST_M + FIRST_F) + " " + c.ch(LAST), c.ph()))
        sec.append(wrap("My agent is authorized to consent to, refuse, or withdraw any care, treatment, or procedure, including life-sustaining treatment and artificially provided nutrition and hydration, %s." % c.ch(["consistent with my wishes stated below", "in my best interest", ""])))
        sec.append("Special instructions: %s" % c.ch(["None", "I do not want to be kept alive on machines if there is no reasonable hope of recovery.", "I want all treatment to prolong life.", "I am a Jehovah's Witness and refuse blood transfusion."]))
        sec.append("Signed: ______________  Date: %s\nWitness 1: ______________\nWitness 2: ______________\nNotary: ____________ My commission expires %s" % (c.d(style=0), c.d(c.plus(c.ri(300, 1500)), 0)))
    elif lay == 1:
        sec.append("LIVING WILL DECLARATION")
        sec.append(wrap("Declaration made this %s by %s. I willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below. If at any time I should have a terminal condition or be in a permanent unconscious state, and my attending physician has determined that there is no reasonable expectation of recovery, I direct that life-sustaining procedures be withheld or withdrawn." % (c.d(style=3), c.name(1))))
        sec.append("[%s] I DO want artificial nutrition and hydration\n[%s] I DO NOT want artificial nutrition and hydration" % (c.ch(["X", " "]), c.ch([" ", "X"])))
        sec.append("Other: %s" % c.ch(["I wish to donate my organs.", "Please contact my pastor.", "", "I would like to die at home if possible."]))
        sec.append("Declarant: ______________   Witnesses: ______________ ______________")
    elif lay == 2:  # POLST/MOLST
        sec.append(c.ch(["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "MEDICAL ORDERS FOR LIFE-SUSTAINING TREATMENT (MOLST)", "POST - Physician Orders for Scope of Treatment"]))
        sec.append("Patient last name: %s   First: %s   DOB: %s" % (c.last, c.first, c.d(c.dob, 0)))
        cpr = c.ch(["Attempt Resuscitation/CPR", "Do Not Attempt Resuscitation/DNR"])
        sec.append("Section A - Cardiopulmonary Resuscitation:\n  [%s] Attempt Resuscitation/CPR\n  [%s] Do Not Attempt Resuscitation/DNR" % ("X" if "Attempt R" in cpr else " ", "X" if "DNR" in cpr else " "))
        sec.append("Section B - Medical Interventions:\n  [%s] Full Treatment\n  [%s] Selective Treatment\n  [%s] Comfort-Focused Treatment" % tuple(c.r.sample(["X", " ", " "], 3)))
        sec.append("Section C - Artificially Administered Nutrition:\n  [%s] Long-term   [%s] Trial period   [%s] No artificial nutrition" % tuple(c.r.sample(["X", " ", " "], 3)))
        sec.append("Discussed with: [%s] Patient  [%s] Health care agent (%s)\nPhysician/NP/PA: %s   Date %s\nPatient signature: ____________" % (c.ch(["X", " "]), c.ch(["X", " "]), agent, c.md(c.ch([c.resident, c.attending])), c.d(style=0)))
        sec.append("SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED")
    elif lay == 3:  # goals of care documentation / code status discussion note
        sec.append(c.ch(["Advance Care Planning Note", "Goals of Care Discussion", "ACP Documentation"]))
        sec.append("%s  %s" % (ptline(c), c.d()))
        sec.append(wrap("Participants: patient, %s (%s), %s (resident), %s (attending). Discussed diagnosis and prognosis of %s. Patient values %s. After discussion, patient elects %s. %s named as health care proxy. Time spent in ACP: %d minutes (99497)." % (
            agent, rel, c.resident, c.attending, c.ch(["advanced COPD", "decompensated cirrhosis", "end-stage heart failure", "metastatic lung cancer"]),
            c.ch(["being at home with family", "avoiding prolonged ICU stays", "living as long as possible"]), c.ch(["DNR/DNI", "full code", "DNR but OK with BiPAP", "comfort care"]), agent, c.ri(16, 45))))
        sec.append(c.md(c.resident))
    elif lay == 4:  # wallet card / HCP form short
        sec.append("HEALTH CARE PROXY")
        sec.append(wrap("I, %s, hereby appoint %s (%s) of %s, %s, telephone %s, as my health care agent to make any and all health care decisions for me, except to the extent that I state otherwise. This proxy shall take effect only when and if I become unable to make my own health care decisions." % (
            c.name(1), agent, rel, c.city, st, c.ph())))
        sec.append("Limitations: %s" % c.ch(["none", "my agent knows my wishes about artificial nutrition", "no dialysis"]))
        sec.append("Signature __________  Date %s\nStatement by witnesses: I declare that the person who signed this document is personally known to me and appeared to be of sound mind." % c.d(style=1))
    else:  # out-of-hospital DNR
        sec.append("%s COMFORT CARE / OUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER" % st)
        sec.append("Patient: %s   DOB %s\n\nThe above-named person has a valid order that CPR not be performed. EMS personnel: do not initiate chest compressions, defibrillation, intubation, or ventilation. Provide comfort measures." % (c.name(0), c.d(c.dob, 0)))
        sec.append("Physician: %s   Date %s\nPatient/Surrogate: __________\nDNR ID bracelet issued: %s" % (c.md(c.attending), c.d(style=0), c.ch(["yes", "no"])))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# immunization record
# ----------------------------------------------------------------------------
VACC = [("Influenza, quadrivalent (IIV4)", "Fluzone Quadrivalent", "SP"), ("Influenza, high dose", "Fluzone High-Dose", "SP"), ("Tdap", "Boostrix", "GSK"), ("Td", "TDVAX", "MBL"),
        ("Pneumococcal conjugate (PCV20)", "Prevnar 20", "PFR"), ("Pneumococcal polysaccharide (PPSV23)", "Pneumovax 23", "MSD"), ("Zoster recombinant (RZV)", "Shingrix", "GSK"),
        ("Hepatitis B (adult)", "Heplisav-B", "DVX"), ("COVID-19 mRNA", "Comirnaty", "PFR"), ("COVID-19 mRNA", "Spikevax", "MOD"), ("Hepatitis A", "Havrix", "GSK"), ("MMR", "M-M-R II", "MSD")]

def gen_immunization_record(c):
    lay = c.ri(0, 5)
    n = c.ri(3, 9)
    items = []
    for _ in range(n):
        v = c.ch(VACC)
        if ("COVID" in v[0] and c.date.year < 2021) or (v[1] in ("Shingrix", "Heplisav-B") and c.date.year < 2018) or (v[1] == "Prevnar 20" and c.date.year < 2022):
            v = VACC[0] if c.date.year >= 2013 else VACC[2]
        d = c.plus(-c.ri(0, 1800))
        if "COVID" in v[0] and d.year < 2021:
            d = dt.date(2021, c.ri(1, 12), c.ri(1, 28))
        items.append((d, v, "%s%d%s" % (c.ch(["U", "A", "EL", "FK", "3C"]), c.ri(1000, 99999), c.ch(["", "AA", "B"])), c.ch(["L deltoid", "R deltoid", "LD", "RD", "L arm IM"])))
    items.sort(key=lambda x: x[0])
    sec = []
    if lay in (0, 1):
        sec.append("%s\nIMMUNIZATION HISTORY" % c.inst[0] if lay == 0 else c.ch(["Immunizations", "Vaccine Administration Record"]))
        sec.append(ptline(c))
        sec.append("%-11s %-34s %-20s %-5s %-10s %s" % ("Date", "Vaccine", "Product", "Mfr", "Lot", "Site"))
        for d, v, lot, site in items:
            sec.append("%-11s %-34s %-20s %-5s %-10s %s" % (d.strftime("%m/%d/%Y"), v[0][:34], v[1][:20], v[2], lot, site))
        sec.append("Administered by: %s" % c.nurse if c.p(0.5) else "Source: %s" % c.ch(["administered here", "state registry", "historical - patient report"]))
    elif lay == 2:  # state registry printout
        sec.append("%s STATE IMMUNIZATION INFORMATION SYSTEM\nOfficial Immunization Record" % {"OH": "OHIO", "PA": "PENNSYLVANIA", "MD": "MARYLAND", "IN": "INDIANA", "WI": "WISCONSIN"}.get(c.state, c.state))
        sec.append("Name: %s   DOB: %s   Gender: %s\nRegistry ID: %d" % (c.name(0), c.d(c.dob, 0), c.sex, c.ri(10000000, 99999999)))
        for d, v, lot, site in items:
            sec.append("%s   %s   (%s)   Provider: %s" % (d.strftime("%m/%d/%Y"), v[0].upper(), v[1], c.ch([c.clinic, "RiteWay Pharmacy", "County Health Dept", "Historical"])))
        sec.append("Recommended/Due: %s" % c.ch(["Influenza - due now", "Zoster #2 - due %s" % c.d(c.plus(60), 0), "None", "Td/Tdap - due %s" % c.d(c.plus(900), 0)]))
        sec.append("Printed %s. This record is valid without signature." % c.d(style=0))
    elif lay == 3:  # vaccine administration with VIS
        d, v, lot, site = items[-1]
        sec.append("VACCINE ADMINISTRATION DOCUMENTATION")
        sec.append("%s  DOB %s" % (c.name(1), c.d(c.dob, 0)))
        sec.append("Screening questions: sick today? %s  allergies to vaccine components? N  prior reaction? N  pregnant? %s" % (c.ch(["N", "N", "no"]), "N/A" if c.sex == "M" else "N"))
        sec.append("Vaccine: %s (%s)\nDose: 0.5 mL IM  Site: %s\nLot: %s  Exp: %s  Mfr: %s\nVIS edition date %s given: yes" % (v[0], v[1], site, lot, c.d(c.plus(c.ri(60, 400)), 0), v[2], c.d(c.plus(-c.ri(200, 900)), 0)))
        sec.append("Observed 15 min, no reaction. %s" % c.nurse)
    elif lay == 4:  # card
        sec.append("ADULT IMMUNIZATION CARD")
        sec.append("Name %s   Birthdate %s" % (c.name(1), c.d(c.dob, 1)))
        for d, v, lot, site in items:
            sec.append("%-14s %-12s %s" % (v[0].split(" (")[0][:14], d.strftime("%m/%d/%y"), c.ch(["clinic", "pharm", c.clinic[:10]])))
    else:  # health maintenance section print
        sec.append("Health Maintenance - Immunizations")
        sec.append(ptline(c))
        for vn in ["Influenza", "Tdap/Td", "Pneumococcal", "Zoster", "Hepatitis B", "COVID-19"]:
            done = [x for x in items if vn.split("/")[0].split("-")[0].lower() in x[1][0].lower()]
            sec.append("%-14s %s" % (vn, ("Completed " + done[-1][0].strftime("%m/%d/%Y")) if done else c.ch(["DUE", "Overdue", "Declined %s" % c.d(c.plus(-c.ri(10, 300)), 1), "Not indicated"])))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# registration / insurance
# ----------------------------------------------------------------------------
def gen_registration_form(c):
    lay = c.ri(0, 5)
    sec = []
    emerg = "%s %s" % (c.ch(FIRST_M + FIRST_F), c.ch([c.last, c.ch(LAST)]))
    ssn = "XXX-XX-%04d" % c.ri(0, 9999)
    memid = "%s%d" % (c.ch(["XKM", "BHH", "W", "", "MCD"]), c.ri(100000000, 999999999))
    fields = [("Last name", c.last.upper()), ("First name", c.first.upper()), ("MI", c.mi), ("Date of birth", c.d(c.dob, 0)), ("Sex", c.sex), ("SSN", ssn),
              ("Address", c.addr), ("City/State/ZIP", "%s, %s %s" % (c.city, c.state, c.zip)), ("Home phone", c.phone), ("Cell", c.ph()),
              ("Marital status", c.ch(["Single", "Married", "Widowed", "Divorced"])), ("Preferred language", c.ch(["English", "English", "Spanish", "Vietnamese", "Arabic"])),
              ("Race/Ethnicity", c.ch(["White / Not Hispanic", "Black or African American", "Declined", "Hispanic/Latino", "Asian"])), ("Employer", c.ch(["Retired", "Unemployed", "Calder Public Schools", "Self", "Marlow Logistics"])),
              ("Emergency contact", "%s (%s) %s" % (emerg, c.ch(["spouse", "daughter", "son", "friend"]), c.ph())), ("Primary insurance", c.payer[0]), ("Member ID", memid),
              ("Group #", "%d" % c.ri(10000, 999999)), ("Subscriber", c.ch(["Self", emerg])), ("PCP", c.md(c.pcp)), ("Pharmacy", c.ch(PHARMACIES))]
    if lay in (0, 1):
        sec.append("%s\n%s" % (c.inst[0].upper(), c.ch(["PATIENT REGISTRATION FORM", "NEW PATIENT INFORMATION", "Patient Demographic Information", "REGISTRATION / FACE SHEET"])))
        sec.append("\n".join("%s: %s" % f if lay == 0 else "%-20s %s" % (f[0].upper(), f[1]) for f in fields))
        sec.append("I certify the above information is correct.\nSignature: ____________  Date: %s" % c.d(style=1))
    elif lay == 2:  # face sheet
        sec.append("FACE SHEET  -  INPATIENT\n%s" % c.inst[0])
        sec.append("Acct #: %s   MRN: %s   Adm: %s %s   Type: %s\nAdmitting MD: %s   Service: Medicine   Unit/Bed: %s %s" % (c.fin, c.mrn, c.d(style=0), c.t2(), c.ch(["Emergency", "Elective", "Urgent", "Observation"]), c.md(c.attending), c.ward, c.room))
        sec.append("\n".join("%-18s %s" % f for f in fields[:12]))
        sec.append("GUARANTOR: %s\nINSURANCE 1: %s  ID %s\nINSURANCE 2: %s" % (c.ch(["Self", emerg]), c.payer[0], memid, c.ch(["None", "Medicaid secondary", "AARP Supplement"])))
        sec.append("Admit dx: %s" % c.ch(CASES)["dx"][0])
    elif lay == 3:  # checkbox intake
        sec.append("Patient Information (please print)")
        sec.append("Name: %s %s %s     Today's date: %s" % (c.first, c.mi, c.last, c.d(style=1)))
        sec.append("Birthdate: %s   Sex: [%s] M  [%s] F   Marital: [ ] S [ ] M [ ] D [ ] W" % (c.d(c.dob, 1), "X" if c.sex == "M" else " ", "X" if c.sex == "F" else " "))
        sec.append("Address: %s  %s %s %s\nPhone: %s   May we leave a message? [X] Yes [ ] No\nEmail: %s%s@%s" % (c.addr, c.city, c.state, c.zip, c.phone, c.first.lower(), c.ri(1, 99), c.ch(["mailbox.test", "example.com", "inbox.example"])))
        sec.append("How did you hear about us? [ ] Friend [X] Hospital discharge [ ] Insurance [ ] Other")
        sec.append("Insurance: %s   ID: %s" % (c.payer[0], memid))
        sec.append("Responsible party: %s" % c.ch(["self", emerg]))
    elif lay == 4:  # update form
        sec.append("DEMOGRAPHIC UPDATE / ANNUAL VERIFICATION")
        sec.append("MRN %s   %s" % (c.mrn, c.name(0)))
        sec.append("Changes: %s" % c.ch(["new address: %s" % c.addr, "new insurance: %s" % c.payer[0], "new phone %s" % c.ph(), "no changes"]))
        sec.append("Photo ID verified: %s   Ins card scanned: Y\nRegistrar: %s  %s" % (c.ch(["Driver license", "State ID", "Passport"]), c.ch(RN_FIRST), c.d()))
    else:  # ED quick reg
        sec.append("ED QUICK REGISTRATION\nArrival %s %s   Mode: %s" % (c.d(style=0), c.t2(), c.ch(["Walk-in", "EMS", "Private vehicle", "Police"])))
        sec.append("\n".join("%s: %s" % f for f in fields[:6] + fields[14:16]))
        sec.append("Full registration pending - patient unable to complete.")
    return "\n\n".join(x for x in sec if x)

def gen_insurance_card(c):
    payer, ptype = c.payer
    lay = c.ri(0, 5)
    mem = "%s%09d" % (c.ch(["XKM", "BHH", "AMH", "TVH", "SUB", "ZGP"]), c.ri(0, 999999999))
    grp = "%06d" % c.ri(0, 999999)
    sec = []
    if "Medicare" == payer or lay == 5:
        mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (c.ri(1, 9), c.ch("ACDEFGHJKM"), c.ch("ACDEFGHJKM0123456789"), c.ri(0, 9), c.ch("ACDEFGHJKM"), c.ch("ACDEFGHJKM0123456789"), c.ri(0, 9), c.ch("ACDEFGHJKM"), c.ch("ACDEFGHJKM"), c.ri(0, 9), c.ri(0, 9))
        sec.append("[FRONT]\nMEDICARE HEALTH INSURANCE\nName/Nombre\n%s\nMedicare Number/Numero de Medicare\n%s\nEntitled to/Con derecho a     Coverage starts/Cobertura empieza\nHOSPITAL (PART A)             %s\nMEDICAL (PART B)              %s" % (
            c.name(4), mbi, c.d(c.plus(-c.ri(200, 4000)), 0), c.d(c.plus(-c.ri(200, 4000)), 0)))
        if c.p(0.6):
            sec.append("[BACK]\nSign here: ____________\nIf you have questions call 1-800-555-0%03d" % c.ri(100, 199))
        return "\n\n".join(sec)
    if lay in (0, 1):
        sec.append("---- FRONT ----")
        sec.append("%s\n%s" % (payer.upper(), c.ch([ptype, ptype + " Plan", "Choice " + ptype, "Gold " + ptype])))
        sec.append("Member: %s\nMember ID: %s\nGroup No: %s\n%s" % (c.name(4), mem, grp, c.ch(["Effective 01/01/%d" % c.date.year, "", "Dependents: 01 02"])))
        sec.append("PCP Visit $%d   Specialist $%d\nER $%d   Urgent Care $%d\nRxBIN %06d  RxPCN %s  RxGRP %s" % (c.ch([10, 20, 25, 30, 40]), c.ch([40, 50, 60]), c.ch([100, 150, 250, 350]), c.ch([50, 75]), c.ri(0, 999999), c.ch(["ADV", "MEDDPRIME", "9999", "BCTX"]), c.ch(["RX%04d" % c.ri(0, 9999), grp])))
        sec.append("---- BACK ----")
        sec.append("Members: Customer Service 1-800-555-0%03d   Nurse Line 24/7 1-800-555-0%03d\nProviders: Eligibility/Benefits 1-888-555-0%03d\nPre-certification required for inpatient admissions. Call within 48 hrs of emergency admission.\nSubmit claims to: PO Box %d, %s\nPayer ID %05d" % (
            c.ri(100, 199), c.ri(100, 199), c.ri(100, 199), c.ri(1000, 99999), c.ch(["Harrisfield, PA 17105", "Columbus Junction, OH 43216", "Milford, WI 53707"]), c.ri(10000, 99999)))
        sec.append("This card does not guarantee coverage.")
    elif lay == 2:  # Medicaid
        sec.append("%s\nMember Identification Card" % c.ch(["STATE MEDICAID PROGRAM", "CareSource Plus - Medicaid", "HEALTHY %s PLAN" % c.state]))
        sec.append("Name: %s\nID #: %d\nDOB: %s\nEffective: %s\nPlan: %s" % (c.name(4), c.ri(100000000000, 999999999999), c.d(c.dob, 0), c.d(c.plus(-c.ri(30, 700)), 0), c.ch(["Managed Care", "Fee for Service", "Expansion Adult"])))
        sec.append("Copays: $0 - $3\nPCP: %s  %s" % (c.md(c.pcp), c.ph(c.area)))
        sec.append("(back) Report fraud 1-800-555-0%03d. Show this card every time you get care. Emergency services do not require prior authorization." % c.ri(100, 199))
    elif lay == 3:  # scanned photocopy with OCR mess
        sec.append("%s   %s" % (payer.upper(), ptype))
        sec.append("ID %s    GRP %s" % (mem, grp))
        sec.append("%s" % c.name(4))
        sec.append("Rx BIN %06d PCN %s" % (c.ri(0, 999999), c.ch(["ADV", "A4"])))
        sec.append("copy of ins card scanned %s by %s" % (c.d(style=1), c.ch(RN_FIRST)))
    else:  # Medicare Advantage
        sec.append("FRONT:\n%s\n%s  H%04d-%03d\nMember %s\nID %s\nPCP %s\nMedicareRx  RxBIN %06d RxPCN MEDDADV RxGRP %s" % (
            payer, "MA-PD", c.ri(1000, 9999), c.ri(1, 99), c.name(4), mem, c.md(c.pcp), c.ri(0, 999999), grp))
        sec.append("BACK:\nMember services 1-866-555-0%03d (TTY 711)\nPharmacists 1-866-555-0%03d\nSend claims: %s Claims, PO Box %d" % (c.ri(100, 199), c.ri(100, 199), payer.split(" (")[0], c.ri(1000, 99999)))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# nursing
# ----------------------------------------------------------------------------
def gen_nursing_note(c):
    case = pick_case(c)
    lay = c.ri(0, 6)
    sec = []
    rn = c.nurse
    if lay in (0, 1):  # shift assessment narrative
        sec.append(c.ch(["Nursing Shift Assessment", "RN Progress Note", "NURSING NOTE", "Shift Summary - %s" % c.ch(["Days", "Nights", "0700-1900", "1900-0700"]), ""]))
        sec.append("%s   %s   %s %s" % (c.name(1), c.ward + " " + c.room, c.d(), c.t2()))
        sec.append(wrap("Pt %s. %s. VS: %s. %s. Pain %d/10, %s. %s. Call light within reach, bed in low position, %s. Will continue to monitor." % (
            c.ch(["A&Ox4", "alert and oriented x3", "AAOx2, intermittently confused", "drowsy but arousable"]),
            c.ch(["Resting in bed with eyes closed", "Up to chair for meals", "Ambulating in hallway with standby assist", "Family at bedside"]),
            vitals(c, case, 2), c.ch(["Lungs diminished at bases", "Lung sounds clear", "Crackles bilateral bases", "Expiratory wheezes"]),
            c.ri(0, 7), c.ch(["PRN given with relief", "declined PRN", "repositioned", "acetaminophen given 1400, reassessed 3/10"]),
            c.ch(["Voiding without difficulty", "Foley draining clear yellow urine", "Incontinent x1, peri care done", "I/O: in %d / out %d" % (c.ri(600, 2200), c.ri(500, 3200))]),
            c.ch(["fall precautions in place", "bed alarm on", "non-skid socks on", "side rails up x2"]))))
        sec.append("-- %s" % rn)
    elif lay == 2:  # DAR
        sec.append("FOCUS: %s" % c.ch(["Pain", "Respiratory status", "Fall risk", "Glycemic control", "Alcohol withdrawal", "Skin integrity", "Anxiety"]))
        sec.append("D: %s" % c.ch(["Pt c/o 7/10 L leg pain, throbbing.", "SpO2 88% on 2L NC with exertion, RR 24.", "CIWA score %d, tremor, diaphoresis." % c.ri(10, 22), "FSBG %d at 2100." % c.ri(48, 380), "Stage 2 pressure injury noted to sacrum 2 x 1.5 cm."]))
        sec.append("A: %s" % c.ch(["Oxycodone 5 mg PO given per order; limb elevated.", "O2 increased to 3L, HOB elevated, MD notified.", "Lorazepam 2 mg IV per CIWA protocol.", "Per sliding scale 4 units lispro given.", "Foam dressing applied, turned q2h, wound RN consult placed."]))
        sec.append("R: %s" % c.ch(["Pain 3/10 at reassessment.", "SpO2 94%, RR 18.", "CIWA %d after 1 h." % c.ri(3, 9), "Recheck FSBG %d." % c.ri(90, 200), "Pt tolerated turning."]))
        sec.append("%s  %s %s" % (rn, c.d(style=1), c.t()))
    elif lay == 3:  # flowsheet printout
        sec.append("NURSING FLOWSHEET  %s  %s" % (c.name(0), c.d()))
        rows = ["Time  Temp  HR   BP       RR  SpO2  Pain  Init"]
        for i in range(c.ri(4, 8)):
            v = case["vit"]
            rows.append("%02d00  %.1f  %3d  %3d/%-3d  %2d  %3d   %d     %s" % ((8 + i * 4) % 24, c.r.uniform(*v["t"]), c.ri(*v["hr"]) - i * 2, c.ri(*v["sbp"]), c.ri(60, 90), c.ri(*v["rr"]), c.ri(*v["spo2"]) + min(i, 4), c.ri(0, 6), c.ch(["BR", "KM", "LP", "TS"])))
        sec.append("\n".join(rows))
        sec.append("Morse Fall Score: %d   Braden: %d\nDiet: %s  %% eaten: %d\nIV: %s site %s, patent, no redness" % (c.ri(15, 75), c.ri(12, 21), c.ch(["Cardiac", "Regular", "Carb consistent", "NPO"]), c.ri(0, 100), c.ch(["20g", "18g", "22g"]), c.ch(["L FA", "R AC", "L hand"])))
    elif lay == 4:  # admission nursing intake
        sec.append(c.ch(["NURSING ADMISSION ASSESSMENT", "Admission Database - Nursing", "Patient Intake (RN)"]))
        sec.append(ptline(c))
        sec.append("Arrived to unit via %s from %s at %s. Oriented to room, call light, bed controls." % (c.ch(["stretcher", "wheelchair"]), c.ch(["ED", "clinic", "OSH transfer"]), c.t()))
        sec.append("Reason for admission (pt's words): \"%s\"" % c.ch(case["cc"]))
        sec.append("Allergies: %s   Ht %d cm  Wt %.1f kg\nValuables: %s\nAdvance directive: %s\nTobacco: %s   Alcohol: %s\nHome med list: %s" % (
            allergies(c), c.ri(150, 190), c.r.uniform(50, 140), c.ch(["sent home with family", "glasses, phone at bedside", "none"]), c.ch(["yes - copy requested", "no, info given", "HCP on file"]),
            c.ch(["never", "current"]), c.ch(["none", "daily"]), c.ch(["brought bottles", "see pharmacy reconciliation"])))
        sec.append("Skin: %s\nFall risk: %s\nNutrition screen: %s\nLearning needs: %s" % (c.ch(["intact", "bruising bilateral arms", "stage 1 sacrum"]), c.ch(["HIGH", "moderate", "low"]), c.ch(["no weight loss", "poor intake x 1 wk - dietitian consult"]), c.ch(["new medications", "disease process", "none identified"])))
        sec.append(rn)
    elif lay == 5:  # discharge nursing note
        sec.append("RN Discharge Note")
        sec.append("%s %s" % (c.d(c.plus(c.los)), c.t2()))
        sec.append(wrap("AVS and discharge instructions reviewed with patient and %s using teach-back. Prescriptions %s. PIV removed, catheter intact, site clean. Pt discharged via %s accompanied by %s. Belongings returned. VS stable: %s." % (
            c.ch(["daughter", "wife", "husband", "no family present"]), c.ch(["sent to " + c.ch(PHARMACIES), "filled at bedside (meds-to-beds)"]), c.ch(["wheelchair to lobby", "ambulatory", "stretcher with transport service"]), c.ch(["family", "ride service", "self"]), vitals(c, None, 2))))
        sec.append(rn)
    else:  # event / MD notification
        sec.append("Nursing Note - Provider Notification")
        sec.append("%s  %s" % (c.name(1), c.d()))
        sec.append(wrap("%s: %s. Paged Dr. %s (cross-cover) at %s. Orders received: %s. Read back and verified. %s" % (
            c.t(), c.ch(["Pt found on floor beside bed, states slipped, denies head strike", "HR sustained 130s", "BP 84/50", "Pt pulled out PIV, agitated", "FSBG 52", "Temp 38.8"]),
            c.ch([c.resident.split()[-1], c.intern.split()[-1]]), c.t(), c.ch(["CT head, neuro checks q2h", "ECG, 500 mL bolus", "haloperidol 0.5 mg IV x1", "D50 1/2 amp, recheck in 15 min", "blood cultures x2, acetaminophen"]),
            c.ch(["Family notified.", "Incident report filed.", "Will continue to monitor.", ""]))))
        sec.append(rn)
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# ED note
# ----------------------------------------------------------------------------
def gen_ed_note(c):
    case = pick_case(c)
    lay = c.ri(0, 5)
    edmd = c.md(c.doc())
    sec = []
    esi = c.ri(2, 4)
    hpi = fill(c, case, case["hpi"])
    dispo = c.ch(["Admit to Medicine (%s team), %s" % (c.ch(["teaching", "Gold", "Blue"]), c.ch(["telemetry", "floor", "step-down"])), "Admit to MICU", "Observation", "Discharge home"])
    if lay in (0, 1):
        sec.append("%s\n%s" % (c.inst[0].upper(), c.ch(["EMERGENCY DEPARTMENT RECORD", "Emergency Department Physician Documentation", "ED Provider Note", "EMERGENCY MEDICINE"])))
        sec.append("%s\nArrival: %s %s   Mode: %s   ESI: %d\nRoom: %s" % (ptline(c), c.d(style=0), c.t2(), c.ch(["EMS", "walk-in", "private vehicle"]), esi, c.ch(["ED 14", "Pod B-7", "Hall 3", "Resus 2", "ED-22"])))
        sec.append(c.h(["Chief Complaint", "CC"], c.ch(case["cc"])))
        sec.append(c.h(["HPI", "History of Present Illness"], hpi))
        sec.append(c.h(["ROS"], ros(c, case)))
        sec.append(c.h(["PMH/PSH", "Past History"], ", ".join(case["pmh"])))
        sec.append(c.h(["Medications"], ", ".join(medstr(m) for m in case["home"])))
        sec.append(c.h(["Allergies"], allergies(c)))
        sec.append(c.h(["Physical Exam", "Exam"], "Triage vitals: " + vitals(c, case) + "\n" + exam(c, case, True)))
        sec.append(c.h(["ED Course", "MDM", "Medical Decision Making"], wrap("%s Differential includes %s. Labs: %s. %s: %s. Treated with %s. %s" % (
            c.ch(["Pt seen and evaluated.", "Pleasant patient in moderate distress.", ""]), c.ch(["ACS, PE, pneumonia, CHF", "sepsis, dehydration, electrolyte derangement", "GI bleed, sepsis, ACS"]),
            lab_inline(c, case, list(case["labs"].keys())[:4]), case["img"][0].title(), case["img"][2], ", ".join(m[0] for m in case["inpt"][:2]),
            c.ch(["Discussed with medicine resident %s who accepts for admission." % c.resident, "Reassessed, improved.", "Case discussed with %s consult." % case["consult"][0]])))))
        sec.append(c.h(["Clinical Impression", "Diagnosis", "Final Diagnosis"], c.ch(case["dx"])))
        sec.append(c.h(["Disposition"], dispo))
        sec.append("%s\n%s" % (c.ch(["Critical care time: %d min." % c.ri(30, 60), "", ""]), sig_block(c, c.doc(), "Emergency Medicine Resident" if c.p(0.5) else "Emergency Physician")))
        if c.p(0.5):
            sec.append("I have seen and examined the patient with the resident and agree with the documented findings and plan. %s" % edmd)
    elif lay == 2:  # triage note
        sec.append("ED TRIAGE")
        sec.append("%s  %d%s  %s %s" % (c.name(0), c.age, c.sex, c.d(style=1), c.t()))
        sec.append("CC: %s\nAcuity: ESI %d\nVitals: %s\nPain: %d/10\nAllergies: %s\nTriage note: %s\nSepsis screen: %s   Stroke screen: neg   Suicide screen: neg" % (
            c.ch(case["cc"]), esi, vitals(c, case, 0), c.ri(0, 9), allergies(c), hpi[:160] + "...", "POSITIVE" if case["key"] in ("uti", "cap") else "negative"))
        sec.append("Triage RN: %s" % c.nurse)
    elif lay == 3:  # terse T-sheet style
        sec.append("EMERGENCY PHYSICIAN RECORD - %s" % c.ch(["Shortness of Breath", "Chest Pain", "Abdominal Pain", "Fever", "General Adult"]))
        sec.append("Time seen %s   Pt %s   Historian: %s" % (c.t(), c.name(0), c.ch(["pt", "family", "EMS"])))
        sec.append("HPI: onset %s, %s. (X) %s\nROS [X] all other systems neg\nPMH (X) %s\nExam: [X] NAD [ ] distress  %s" % (
            c.ch(["2 days", "today", "gradual"]), c.ch(case["cc"]), " (X) ".join(c.r.sample(["fever", "nausea", "SOB", "weakness", "cough"], 2)), " (X) ".join(case["pmh"][:3]), exam(c, case, True).replace("\n", " | ")))
        sec.append("Orders: CBC, BMP, %s, %s\nRe-eval: %s\nImpression: %s\nDispo: %s  Condition: %s" % (
            c.ch(["trop", "lactate", "lipase", "UA"]), case["img"][0].split(" ")[0] + " " + case["img"][0].split(" ")[1], c.ch(["improved", "unchanged", "better after tx"]), c.ch(case["dx"]), dispo, c.ch(["stable", "guarded", "fair"])))
        sec.append(edmd)
    elif lay == 4:  # dictated ED report
        sec.append("EMERGENCY DEPARTMENT REPORT\n\nPATIENT: %s\nMRN: %s\nDATE OF SERVICE: %s\nPHYSICIAN: %s" % (c.name(0), c.mrn, c.d(style=0), edmd.upper()))
        sec.append("CHIEF COMPLAINT: %s\n\nHISTORY OF PRESENT ILLNESS: %s" % (c.ch(case["cc"]).upper(), hpi))
        sec.append("PHYSICAL EXAMINATION: VITAL SIGNS: %s. %s" % (vitals(c, case, 1), exam(c, case, True).replace("\n", ". ")))
        sec.append("EMERGENCY DEPARTMENT COURSE: %s The patient will be admitted to the hospitalist/teaching service." % fill(c, case, "; ".join(case["plan"][:2])))
        sec.append("DIAGNOSIS: %s.\nDISPOSITION: %s." % (c.ch(case["dx"]), dispo))
        sec.append("D: %s T: %s  #%d" % (c.d(style=1), c.d(c.plus(1), 1), c.ri(1000, 99999)))
    else:  # ED discharge/brief provider note
        sec.append(c.ch(["ED Provider Note (Brief)", "Fast Track Note", "ED Note - Attending"]))
        sec.append("%s %s" % (c.name(1), c.d()))
        sec.append("S: %s\nO: %s\nA: %s\nP: %s" % (hpi[:220], vitals(c, case, 0), c.ch(case["dx"]), c.ch(["admit medicine", "d/c home with PCP f/u in 2-3 days, return precautions", "obs, serial trops"])))
        sec.append(edmd)
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# transfer summary
# ----------------------------------------------------------------------------
def gen_transfer_summary(c):
    case = pick_case(c)
    lay = c.ri(0, 5)
    sec = []
    hc = hospital_course(c, case)
    if lay == 0:  # ICU to floor
        sec.append(c.ch(["MICU TRANSFER NOTE", "ICU Transfer Summary", "Transfer Note - MICU to Medicine Floor", "Step-down to floor transfer"]))
        sec.append("%s\nDate of transfer: %s\nFrom: MICU (%s)   To: %s (%s)" % (ptline(c), c.d(c.plus(c.ri(1, 4))), c.md(c.doc()), c.ward, c.md(c.attending)))
        sec.append(c.h(["Reason for ICU admission", "ICU course"], "%s. %s" % (c.ch(case["dx"]), hc)))
        sec.append(c.h(["Active issues", "Problems at transfer"], "\n" + bullets(c, [fill(c, case, p) for p in case["plan"][:3]])))
        sec.append(c.h(["Lines/Tubes", "Access"], c.ch(["PIV x2; R IJ CVC removed %s" % c.d(style=1), "PIV", "Foley removed today"])))
        sec.append(c.h(["Current meds"], ", ".join(medstr(m) for m in case["inpt"])))
        sec.append(c.h(["Code status"], code_status(c)))
        sec.append(c.h(["Exam at transfer"], vitals(c, None, 0) + "\n" + exam(c, case, True)))
        sec.append(sig_block(c))
    elif lay == 1:  # inter-facility transfer
        sec.append("%s\nINTER-FACILITY TRANSFER FORM / PATIENT TRANSFER SUMMARY" % c.inst[0])
        sec.append("Patient: %s  DOB %s  MRN %s" % (c.name(0), c.d(c.dob, 0), c.mrn))
        sec.append("Transferring facility: %s\nReceiving facility: %s\nAccepting physician: %s\nReason: %s\nMode: %s" % (
            c.ch(["Pell City Community Hospital", "Oakmere Regional Medical Center", "Dunmore Falls Memorial"]), c.inst[0], c.md(c.doc()),
            c.ch(["higher level of care", "need for cardiac catheterization", "GI/endoscopy unavailable", "ICU bed availability"]), c.ch(["ALS ground", "BLS", "critical care transport", "air"])))
        sec.append("Diagnosis: %s\nSummary: %s" % (c.ch(case["dx"]), fill(c, case, case["hpi"])))
        sec.append("Last VS: %s\nIV: %s\nMeds given prior to transfer: %s" % (vitals(c, case, 0), c.ch(["NS at 100 mL/h", "heparin gtt", "saline lock"]), ", ".join(m[0] for m in case["inpt"][:2])))
        sec.append("EMTALA: Patient stable for transfer [X]  Benefits outweigh risks [X]  Consent signed [X]\nRecords sent: [X] labs [X] imaging CD [X] notes\nPhysician certification: %s  %s %s" % (c.md(c.doc()), c.d(style=0), c.t()))
    elif lay == 2:  # off-service / transfer of care note
        sec.append(c.ch(["OFF-SERVICE NOTE", "Transfer of Care Note (Resident Handoff)", "Off Service Note"]))
        sec.append("%s   %s" % (c.name(1), c.d(c.plus(c.ri(3, 10)))))
        sec.append("Outgoing: %s   Incoming: %s   Attending: %s" % (c.intern, c.doc(), c.attending))
        sec.append("HPI in brief: %s" % fill(c, case, case["hpi"])[:260] + "...")
        sec.append("Hospital course to date: %s" % hc)
        sec.append("Active problems/plan:\n%s" % ap_block(c, case, 1))
        sec.append("To do: %s" % c.ch(["f/u cultures, PT rec, dispo planning", "titrate diuretics, repeat TTE", "SNF placement in progress, insurance auth pending", "await path"]))
        sec.append(c.md(c.intern))
    elif lay == 3:  # transfer to SNF continuity of care
        sec.append(c.ch(["CONTINUITY OF CARE DOCUMENT - TRANSFER TO EXTENDED CARE FACILITY", "Patient Transfer Form (Hospital to SNF)", "Interagency Referral / Transfer Summary"]))
        sec.append("Patient: %s   DOB: %s   Transfer date: %s\nTo: %s\nContact: %s" % (c.name(1), c.d(c.dob, 0), c.d(c.plus(c.los)), c.ch(["Maple Grove Rehabilitation", "Whitford Manor Nursing Center", "St. Anselm Transitional Care Unit", "Brookside Skilled Nursing"]), c.ph()))
        sec.append("Diagnoses: %s; %s" % (c.ch(case["dx"]), "; ".join(case["pmh"][:3])))
        sec.append("Functional status: %s\nDiet: %s\nCognition: %s\nIsolation: %s\nCode status: %s" % (c.ch(["ambulates 50 ft with RW and contact guard", "2-person assist for transfers", "independent with setup"]), c.ch(["2 g Na", "mechanical soft", "diabetic"]),
                                                                                              c.ch(["intact", "mild impairment", "delirium resolving"]), c.ch(["none", "contact - MRSA nares", "none"]), code_status(c)))
        sec.append("Medications at transfer: %s" % "; ".join(medstr(m) for m in [x for x in case["home"][:4] if x[0] not in case["stop"] and x[0] != "none"] + [(m[0], m[1], m[2]) for m in case["dcmeds"]]))
        sec.append("Last doses: see attached MAR. Follow up: %s" % c.ch(["PCP 2 wks", "cardiology 1 wk", "labs BMP in 3 days"]))
        sec.append("Nurse report called to %s at %s by %s" % (c.ch(RN_FIRST), c.t(), c.nurse))
    elif lay == 4:  # floor to ICU (upgrade) summary
        sec.append("TRANSFER TO HIGHER LEVEL OF CARE")
        sec.append(ptline(c))
        sec.append(wrap("Patient admitted %s for %s. On %s developed %s. Rapid response called. %s. Transferred to MICU for %s. Family updated by %s." % (
            c.d(style=1), c.ch(case["dx"]).lower(), c.d(c.plus(1), 1), c.ch(["hypotension to 70s/40s", "increasing O2 requirement to 6L then HFNC", "obtundation", "new AF with RVR and hypotension"]),
            vitals(c, case, 0), c.ch(["pressor support", "BiPAP", "close monitoring"]), c.resident)))
        sec.append(sig_block(c))
    else:  # accept note from MICU on floor
        sec.append(c.ch(["Floor Accept Note", "Medicine Accept Note (transfer from MICU)", "Transfer Accept"]))
        sec.append("%s  %s" % (c.name(1), c.d()))
        sec.append("Transferred from %s. Briefly: %s" % (c.ch(["MICU", "CCU", "SICU", "Step-down"]), hc))
        sec.append("Exam on arrival: %s" % vitals(c, case, 2))
        sec.append("Plan: %s" % "; ".join(fill(c, case, p) for p in case["plan"][:3]))
        sec.append(c.md(c.intern))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# orders
# ----------------------------------------------------------------------------
def gen_provider_orders(c):
    case = pick_case(c)
    lay = c.ri(0, 6)
    sec = []
    if lay in (0, 1):  # admission orders ADC VAAN DIMLS
        sec.append(c.ch(["ADMISSION ORDERS", "Admit Orders - Internal Medicine", "PHYSICIAN ORDERS", "Adult Medicine Admission Order Set"]))
        sec.append("%s\nDate/Time: %s %s" % (ptline(c), c.d(style=0), c.t()))
        orders = [("Admit to", "%s, %s, attending %s" % (c.ch(["Medicine", "Internal Medicine teaching service"]), c.ch(["telemetry", "floor", "step-down", "ICU"]), c.attending)),
                  ("Diagnosis", c.ch(case["dx"])), ("Condition", c.ch(["stable", "fair", "guarded"])), ("Code status", code_status(c)),
                  ("Vitals", c.ch(["q4h", "q4h x 24h then q shift", "q1h", "per unit routine"])), ("Allergies", allergies(c)),
                  ("Activity", c.ch(["ad lib", "OOB to chair", "bedrest", "ambulate with assist, fall precautions"])), ("Nursing", c.ch(["strict I/O, daily weights", "FSBG AC/HS", "CIWA q1h", "O2 to keep SpO2 > 92%"])),
                  ("Diet", c.ch(["cardiac", "2 g Na / 1.5 L fluid restriction", "NPO", "carb controlled", "regular"])), ("IVF", c.ch(["NS 75 mL/h", "saline lock", "LR 125 mL/h"])),
                  ("Meds", "\n" + "\n".join("    %s %s %s" % m for m in case["inpt"])), ("Labs", "CBC, BMP in AM; %s" % ", ".join(list(case["labs"].keys())[:2])),
                  ("DVT ppx", c.ch(["heparin 5000 u SQ q8h", "enoxaparin 40 mg SQ daily", "SCDs"])), ("Call HO for", "T > 38.5, HR > 120 or < 50, SBP > 180 or < 90, RR > 28, SpO2 < 90%, UOP < 30 mL/h x 2h")]
        if lay == 0:
            sec.append("\n".join("%s: %s" % o for o in orders))
        else:
            sec.append("\n".join("[X] %s - %s" % o for o in orders))
        sec.append("Ordered by: %s (%s)   Pager %d\nCosigned: %s" % (c.md(c.intern), "PGY-1", c.ri(1000, 9999), c.md(c.resident)))
    elif lay == 2:  # active orders printout (CPOE)
        sec.append("ACTIVE ORDERS  -  %s  -  %s %s" % (c.name(0), c.ward, c.room))
        sec.append("%-10s %-6s %-50s %s" % ("Start", "Type", "Order", "Status"))
        for m in case["inpt"]:
            sec.append("%-10s %-6s %-50s %s" % (c.d(style=1), "MED", ("%s %s %s" % m)[:50], "Active"))
        for o in ["CBC daily x3", "BMP q AM", "Telemetry", "Fall precautions", "Consult %s" % case["consult"][0], "PT eval & treat", "Diet: " + c.ch(["cardiac", "regular", "NPO"])]:
            sec.append("%-10s %-6s %-50s %s" % (c.d(style=1), c.ch(["LAB", "NSG", "CONS", "DIET"]), o, c.ch(["Active", "Active", "Pending", "Completed"])))
        sec.append("Printed %s %s" % (c.d(style=0), c.t2()))
    elif lay == 3:  # telephone/verbal order
        sec.append(c.ch(["TELEPHONE ORDER", "Verbal/Telephone Order Record", "PHYSICIAN ORDER SHEET"]))
        sec.append("%s   %s  %s" % (c.name(0), c.d(style=1), c.t()))
        sec.append("%s\nT.O. Dr. %s / %s  RBV (read back verified)" % (c.ch(["Give furosemide 40 mg IV x1 now", "KCl 40 mEq PO x1", "Lorazepam 1 mg IV q4h PRN CIWA > 10", "Hold AM metoprolol if SBP < 100", "D/C Foley", "Obtain blood cultures x2, lactate"]),
                                                                  c.ch([c.resident, c.intern]).split()[-1], c.nurse))
        sec.append("Physician signature: ____________ Date/time: ______  (must be signed within 48 h)")
    elif lay == 4:  # consult request order
        svc, q, _ = case["consult"]
        sec.append(c.ch(["CONSULT REQUEST", "Inpatient Consult Order", "Request for Consultation"]))
        sec.append(ptline(c))
        sec.append("Consult to: %s\nUrgency: %s\nReason / specific question: %s\nRequesting: %s (pager %d)\nAttending: %s\nPatient aware of consult: Yes" % (svc, c.ch(["Routine (24h)", "Urgent (same day)", "Emergent"]), fill(c, case, q), c.md(c.resident), c.ri(1000, 9999), c.md(c.attending)))
        sec.append("Brief history: %s" % fill(c, case, case["hpi"])[:250])
    elif lay == 5:  # outpatient lab/imaging requisition
        sec.append("%s\nOUTPATIENT ORDER / REQUISITION" % c.inst[0])
        sec.append("Patient: %s   DOB %s   Ins: %s" % (c.name(0), c.d(c.dob, 0), c.payer[0]))
        sec.append("Tests: %s\nDx codes: %s\nFasting: %s\nStanding order: %s" % (", ".join(c.r.sample(["CBC", "CMP", "Lipid panel", "Hemoglobin A1c", "TSH", "Urine microalbumin/Cr", "Vitamin B12", "PSA", "Hep C Ab"], 4)),
                                                                           ", ".join(c.r.sample(["E11.9", "I10", "E78.5", "N18.31", "E03.9", "Z00.00"], 2)), c.ch(["Yes", "No"]), c.ch(["No", "q3 months x 1 year"])))
        sec.append("Ordering provider: %s   Date: %s" % (c.md(c.resident), c.d(style=0)))
    else:  # restraint / code status / insulin order sets
        sec.append(c.ch(["INSULIN ORDER SET - SUBCUTANEOUS", "DNR ORDER", "ORDER: Non-violent restraints"]))
        sec.append(ptline(c))
        k = c.ri(0, 2)
        if k == 0:
            sec.append("Basal: glargine %d units SQ at 2100\nNutritional: lispro %d units SQ with meals (hold if NPO or eats < 50%%)\nCorrection scale: [X] sensitive [ ] usual [ ] resistant\nFSBG AC & HS. Hypoglycemia protocol active." % (c.ri(8, 30), c.ri(2, 8)))
        elif k == 1:
            sec.append("Do Not Resuscitate. %s. Discussed with %s on %s. Attending aware." % (c.ch(["Do not intubate", "OK to intubate"]), c.ch(["patient", "HCP"]), c.d()))
        else:
            sec.append("Type: soft wrist, bilateral. Reason: pulling at lines/ETT, less restrictive measures failed. Duration: not to exceed 24 h. Face-to-face evaluation completed %s." % c.t())
        sec.append(sig_block(c))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# discharge instructions (patient-facing)
# ----------------------------------------------------------------------------
def gen_discharge_instructions(c):
    case = pick_case(c)
    lay = c.ri(0, 5)
    sec = []
    dx_plain = {"chf": "heart failure", "cap": "pneumonia (lung infection)", "copd": "COPD flare", "dka": "diabetic ketoacidosis (very high blood sugar)", "cellulitis": "skin infection of the leg (cellulitis)",
                "ugib": "bleeding stomach ulcer", "aki": "kidney injury", "pe": "blood clot in the lungs (pulmonary embolism)", "uti": "kidney infection with blood infection", "etoh": "alcohol withdrawal",
                "nstemi": "heart attack", "afib": "atrial fibrillation (irregular heartbeat)", "cirrhosis": "liver disease with fluid in the belly"}[case["key"]]
    warn = case["warn"]
    fu = "Dr. %s, %s, on %s at %s. Phone %s" % (c.pcp.split()[-1], c.clinic, c.d(c.plus(c.los + c.ri(4, 12)), 3), c.ch(["9:20 AM", "1:40 PM", "10:00 AM", "3:15 PM"]), c.ph(c.area))
    if lay in (0, 1):
        sec.append("%s\n%s" % (c.inst[0], c.ch(["AFTER VISIT SUMMARY", "Discharge Instructions", "Your Hospital Discharge Instructions", "PATIENT DISCHARGE INSTRUCTIONS"])))
        sec.append("%s   Discharge date: %s" % (c.name(1), c.d(c.plus(c.los), 3)))
        sec.append("You were in the hospital for: %s" % dx_plain)
        sec.append("What happened while you were here: %s" % c.ch(["You were treated with medicines and your symptoms improved.", "We gave you IV medicines and fluids.", "You had tests that helped us find the cause."]))
        sec.append("YOUR MEDICINES\nSTART taking:\n%s\nSTOP taking:\n%s\nKEEP taking your other medicines as before." % ("\n".join("  - %s %s, %s" % (m[0], m[1], m[2]) for m in case["dcmeds"]) or "  (none)", "\n".join("  - " + s for s in case["stop"]) or "  (none)"))
        sec.append("Diet: %s\nActivity: %s" % (c.ch(["Low salt (2 grams sodium a day)", "Heart healthy", "Diabetic diet", "Regular diet", "No alcohol"]), c.ch(["Walk every day, slowly increase", "No driving until cleared", "As tolerated", "No heavy lifting over 10 lbs for 1 week"])))
        sec.append("CALL YOUR DOCTOR OR RETURN TO THE EMERGENCY ROOM IF YOU HAVE:\n" + "\n".join("  * " + w for w in warn))
        sec.append("Follow-up appointment: " + fu)
        sec.append("I have received and understand these instructions.\nPatient signature: __________   Nurse: %s" % c.nurse)
    elif lay == 2:  # spanish + english snippets
        sec.append("DISCHARGE INSTRUCTIONS / INSTRUCCIONES DE ALTA")
        sec.append("Patient/Paciente: %s" % c.name(1))
        sec.append("Diagnosis/Diagnostico: %s" % dx_plain)
        sec.append("Return if / Regrese si:\n" + "\n".join("- " + w for w in warn))
        sec.append("Follow up / Cita: " + fu)
        sec.append("Interpreter: %s  ID %d" % (c.ch(["in person", "phone", "video"]), c.ri(10000, 99999)))
    elif lay == 3:  # disease-specific education sheet
        titles = {"chf": "Living with Heart Failure", "copd": "COPD Action Plan", "dka": "Sick Day Rules for Type 1 Diabetes", "pe": "Taking Your Blood Thinner", "nstemi": "After Your Heart Stent", "afib": "Atrial Fibrillation: What to Know"}
        sec.append(titles.get(case["key"], "Going Home After Your Hospital Stay"))
        sec.append("Prepared for %s on %s" % (c.name(1), c.d(c.plus(c.los))))
        tips = {"chf": ["Weigh yourself every morning after using the bathroom.", "Write down your weight.", "Limit salt to 2000 mg a day.", "Limit fluids to 6 cups a day."],
                "copd": ["GREEN zone: usual breathing - take daily inhalers.", "YELLOW zone: more short of breath - use rescue inhaler, start prednisone if prescribed, call clinic.", "RED zone: severe breathlessness at rest - call 911."],
                "dka": ["Never stop your long-acting insulin even if you are not eating.", "Check sugar every 2-4 hours when sick.", "Check urine ketones if sugar over 250."],
                "pe": ["Take apixaban at the same times every day.", "Do not skip doses.", "Avoid NSAIDs like ibuprofen.", "Tell all doctors and dentists you take a blood thinner."],
                "nstemi": ["Do not stop ticagrelor or aspirin unless your cardiologist says so.", "Join cardiac rehab.", "Keep nitroglycerin with you."],
                "afib": ["Check your pulse daily.", "Take apixaban twice daily.", "Limit alcohol and caffeine.", "Use your CPAP every night."]}.get(case["key"], ["Take all medicines as prescribed.", "Rest and drink fluids.", "Keep your follow-up appointment."])
        sec.append("\n".join("%d. %s" % (i + 1, t) for i, t in enumerate(tips)))
        sec.append("When to get help: " + "; ".join(warn))
    elif lay == 4:  # clinic AVS
        probs, meds = clinic_problems(c, c.ri(2, 3))
        sec.append("%s\nAfter Visit Summary" % c.clinic)
        sec.append("%s  -  Visit on %s with Dr. %s" % (c.name(1), c.d(style=3), c.resident.split()[-1]))
        sec.append("Today we talked about:\n" + "\n".join("  - " + p[0] for p in probs))
        sec.append("Your instructions:\n" + "\n".join("  - " + x for p in probs for x in p[2][:1]))
        sec.append("Vitals today: %s" % vitals(c, None, 1))
        sec.append("Next appointment: %s" % c.d(c.plus(c.ri(30, 120)), 3))
        sec.append("Questions? Call %s. After hours, the on-call resident can be reached through the hospital operator." % c.ph(c.area))
    else:  # ED discharge instructions
        sec.append(c.ch(["EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS", "ED Discharge - Patient Copy"]))
        sec.append("%s   Seen by: %s" % (c.name(1), c.md(c.doc())))
        sec.append("Diagnosis: %s" % c.ch(["Chest wall pain", "Viral upper respiratory infection", "Gastroenteritis", "Low back strain", "Hyperglycemia without ketoacidosis", dx_plain]))
        sec.append(wrap("Take acetaminophen 650 mg every 6 hours as needed for pain. Follow up with your primary care doctor in 2-3 days. Your test results were reviewed with you. Some results may still be pending; we will call you if anything is abnormal. Return immediately for chest pain, trouble breathing, fainting, or any other concerns."))
        sec.append("Work/School note provided: %s" % c.ch(["yes, 2 days", "no"]))
    return "\n\n".join(x for x in sec if x)

# ----------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------
def gen_other(c):
    lay = c.ri(0, 11)
    sec = []
    if lay == 0:  # fax cover
        sec.append(c.ch(["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "fax"]))
        sec.append("%s\n%s" % (c.inst[0], c.ch([c.clinic, "Health Information Management", "Medicine Residency Office"])))
        sec.append("To: %s\nFax: %s\nFrom: %s\nPhone: %s\nDate: %s\nPages (incl. cover): %d\nRe: %s" % (c.ch(["Dr. " + c.ch(DOC_LAST), "Utilization Review", "Oakmere Family Practice", c.ch(PHARMACIES)]), c.ph(), c.ch([c.resident, c.nurse, "HIM"]), c.ph(c.area), c.d(style=0), c.ri(2, 14), c.ch(["records request", "pt " + c.name(0), "prior authorization", "clinical update"])))
        sec.append("[ ] Urgent  [X] For review  [ ] Please comment  [ ] Please reply")
        sec.append(wrap("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is strictly prohibited. If you received this in error, please notify the sender by telephone immediately and destroy the documents."))
    elif lay == 1:  # ROI request
        sec.append("AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION")
        sec.append("Patient: %s  DOB: %s  MRN: %s" % (c.name(1), c.d(c.dob, 0), c.mrn))
        sec.append("I authorize %s to release information to: %s\nPurpose: %s\nInformation: %s\nDates of service: %s to %s" % (c.inst[0], c.ch(["Social Security Administration - DDS", "Law office of Hargrove & Lutz, LLP", "self", "Oakmere Family Practice", "Summit Union Life Insurance"]),
                                                                                                      c.ch(["disability claim", "legal", "continuity of care", "personal"]), ", ".join(c.r.sample(["discharge summaries", "H&P", "lab results", "imaging", "office notes", "entire record"], 3)), c.d(c.plus(-700), 0), c.d(style=0)))
        sec.append("[ ] I authorize release of HIV/AIDS, mental health, substance use (42 CFR Part 2) information\nThis authorization expires: %s\nSignature: ____________" % c.d(c.plus(365), 0))
    elif lay == 2:  # PHQ-9 questionnaire
        sec.append("PATIENT HEALTH QUESTIONNAIRE (PHQ-9)")
        sec.append("Name: %s   Date: %s" % (c.name(1), c.d(style=1)))
        qs = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy", "Poor appetite or overeating",
              "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly / being fidgety", "Thoughts that you would be better off dead"]
        sc = [c.ri(0, 3) for _ in qs[:-1]] + [c.ch([0, 0, 0, 1])]
        sec.append("Over the last 2 weeks, how often have you been bothered by (0=not at all, 1=several days, 2=more than half the days, 3=nearly every day):\n" + "\n".join("%d. %-58s %d" % (i + 1, q, s) for i, (q, s) in enumerate(zip(qs, sc))))
        sec.append("TOTAL: %d    Difficulty: %s" % (sum(sc), c.ch(["somewhat difficult", "very difficult", "not difficult at all"])))
        sec.append("Reviewed by: %s" % c.resident if c.p(0.6) else "")
    elif lay == 3:  # financial statement
        sec.append("%s\nPATIENT STATEMENT" % c.inst[0].upper())
        sec.append("Statement date: %s   Account: %s\nGuarantor: %s\n%s\n%s, %s %s" % (c.d(style=0), c.fin, c.name(0), c.addr, c.city, c.state, c.zip))
        rows = []
        tot = 0
        for _ in range(c.ri(3, 6)):
            amt = c.ri(40, 4800) + c.ri(0, 99) / 100.0
            tot += amt
            rows.append("%s  %-40s %10.2f" % (c.d(c.plus(-c.ri(20, 90)), 0), c.ch(["Office visit est pt lvl 4 (99214)", "Lab - comprehensive metabolic panel", "Radiology - chest 2 views", "ED visit level 5", "Inpatient room & board", "Pharmacy"]), amt))
        sec.append("\n".join(rows))
        sec.append("Total charges %.2f\nInsurance payments -%.2f\nAdjustments -%.2f\nAMOUNT DUE: $%.2f   Due by %s" % (tot, tot * 0.7, tot * 0.2, tot * 0.1, c.d(c.plus(30), 0)))
        sec.append("Financial assistance may be available. Call %s." % c.ph(c.area))
    elif lay == 4:  # photo caption / wound photo
        sec.append("CLINICAL PHOTOGRAPH")
        site, cap = c.ch([("left lower leg", "Erythema margin marked with skin marker at 1400"), ("sacrum", "Stage 2 pressure injury, 2.0 x 1.5 cm, with ruler"),
                          ("right foot", "Diabetic foot ulcer plantar 1st MTP, 1 cm"), ("left forearm", "Rash, maculopapular, photographed for derm e-consult")])
        sec.append("%s  MRN %s\nDate taken: %s  By: %s\nSite: %s\nCaption: %s\n[image]" % (c.name(0), c.mrn, c.d(), c.ch([c.nurse, c.resident]), site, cap))
    elif lay == 5:  # FMLA/disability form
        sec.append("CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (Family and Medical Leave Act)")
        sec.append("Employee: %s   Employer: %s" % (c.name(1), c.ch(["Marlow Logistics", "Calder Public Schools", "Brannock County", "Greyhaven Foods Inc."])))
        sec.append("Part A - Medical facts\n1. Condition commenced: %s\n   Probable duration: %s\n   Inpatient care: %s\n2. Brief description: %s" % (c.d(style=0), c.ch(["4 weeks", "6-8 weeks", "lifelong, episodic"]), c.ch(["yes, %s-%s" % (c.d(style=1), c.d(c.plus(4), 1)), "no"]),
                                                                                                                          c.ch(["Heart attack with stent placement; cardiac rehab 3x/week.", "Pneumonia requiring hospitalization.", "Chronic condition with episodic flare-ups."])))
        sec.append("Part B - Amount of leave: Incapacity from %s to %s. Follow-up visits %s." % (c.d(style=1), c.d(c.plus(30), 1), c.ch(["monthly", "every 2 weeks"])))
        sec.append("Provider: %s   Type of practice: Internal Medicine\nSignature ___________  Date %s" % (c.md(c.resident), c.d(style=0)))
    elif lay == 6:  # AMA form
        sec.append("LEAVING AGAINST MEDICAL ADVICE - RELEASE")
        sec.append(wrap("I, %s, am leaving %s against the advice of my attending physician and the hospital staff. The risks of leaving, including %s, have been explained to me. I release the hospital and its physicians from all responsibility for any ill effects that may result. I understand I may return at any time." % (
            c.name(1), c.inst[0], c.ch(["worsening infection, sepsis and death", "heart attack, arrhythmia and death", "seizures and death"]))))
        sec.append("Patient signature: ____________  Date/time %s %s\nWitness: %s\nPhysician: %s - patient has decision-making capacity." % (c.d(style=1), c.t(), c.nurse, c.md(c.resident)))
    elif lay == 7:  # prior authorization
        sec.append("PRIOR AUTHORIZATION REQUEST - PHARMACY")
        sec.append("Plan: %s   Member ID: %s%d\nPatient: %s  DOB %s" % (c.payer[0], c.ch(["XKM", "BHH"]), c.ri(100000000, 999999999), c.name(1), c.d(c.dob, 0)))
        sec.append("Drug: %s\nDiagnosis: %s\nPrevious therapies tried/failed: %s\nClinical rationale: %s" % (c.ch(["semaglutide 0.5 mg weekly", "empagliflozin 10 mg", "sacubitril/valsartan 24/26 mg", "apixaban 5 mg", "roflumilast 500 mcg"]),
                                                                                                          c.ch(["E11.65", "I50.22", "I48.91", "J44.1"]), c.ch(["metformin, glipizide", "lisinopril", "warfarin (labile INR)", "LAMA/LABA/ICS"]), c.ch(["A1c above goal despite 2 agents", "HFrEF, guideline-directed", "Recurrent exacerbations"])))
        sec.append("Prescriber: %s  NPI 1%09d  Phone %s" % (c.md(c.resident), c.ri(0, 999999999), c.ph(c.area)))
        sec.append("DETERMINATION: %s" % c.ch(["APPROVED through %s" % c.d(c.plus(365), 0), "DENIED - step therapy required", "PENDING - additional information requested"]))
    elif lay == 8:  # social work / case management note
        sec.append(c.ch(["Case Management Note", "Social Work Assessment", "Care Coordination Note"]))
        sec.append("%s  %s" % (c.name(1), c.d()))
        sec.append(wrap("Met with patient %s to discuss discharge planning. Patient lives %s. Insurance: %s. Barriers: %s. Plan: %s. Will continue to follow. %s, %s" % (
            c.ch(["at bedside", "and daughter by phone"]), c.ch(["alone in a 2nd floor apartment", "with spouse", "in a shelter"]), c.payer[0], c.ch(["transportation, medication cost", "no PCP", "limited caregiver support", "housing instability"]),
            c.ch(["Medicaid application initiated", "ride arranged for follow-up visit", "SNF referrals sent to 3 facilities", "meds-to-beds for discharge prescriptions"]), c.doc(), c.ch(["LCSW", "RN CM", "MSW"]))))
    elif lay == 9:  # appointment reminder / letter
        sec.append("APPOINTMENT REMINDER")
        sec.append("%s\nYou have an appointment on %s at %s with %s\n%s\n%s, %s" % (c.name(1), c.d(c.plus(c.ri(5, 60)), 3), c.ch(["8:40 AM", "1:00 PM", "2:20 PM"]), c.md(c.resident), c.clinic, c.inst[2], c.inst[3]))
        sec.append("Please arrive 15 minutes early and bring your insurance card, photo ID and all medicine bottles. To cancel call %s at least 24 hours in advance." % c.ph(c.area))
    elif lay == 10:  # chart divider / scanned cover
        sec.append(c.ch(["--- CHART DIVIDER ---", "SCANNED DOCUMENT COVER", "OUTSIDE RECORDS"]))
        sec.append("%s   MRN %s\nDocument type: %s\nScanned by: %s   Batch %d   %s" % (c.name(0), c.mrn, c.ch(["Miscellaneous", "Outside records", "Patient-provided"]), c.ch(RN_FIRST), c.ri(1000, 99999), c.d(style=0)))
        sec.append("Barcode: *%s*" % c.mrn)
    else:  # patient questionnaire / pre-visit
        sec.append(c.ch(["PRE-VISIT QUESTIONNAIRE", "Annual Wellness Visit - Health Risk Assessment", "Fall Risk Screening Questionnaire"]))
        sec.append("Name: %s   Date: %s" % (c.name(1), c.d(style=1)))
        qs = ["Have you fallen in the past year?", "Do you feel unsteady when standing or walking?", "Do you worry about falling?", "Do you smoke?", "Do you have trouble paying for medicines?",
              "Do you feel safe at home?", "In the past year have you had 4 or more drinks in one day?", "Do you need help with bathing or dressing?"]
        for q in c.r.sample(qs, c.ri(4, 7)):
            sec.append("%s   [%s] Yes  [%s] No" % (q, *c.ch([("X", " "), (" ", "X"), (" ", "X")])))
        sec.append("Patient signature ___________")
    return "\n\n".join(x for x in sec if x)

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

def make_doc(rng, label, fn):
    c = C(rng)
    body = fn(c)
    # random page header furniture on some docs
    if c.p(0.2):
        hdr = header(c)
        if hdr:
            body = hdr + "\n\n" + body
    body = "\n".join(l.rstrip() for l in body.split("\n"))
    return finish(c, body)

def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = []
    for label, fn in GENERATORS:
        for i in range(a.per_type):
            docs.append({"id": "rc-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": make_doc(rng, label, fn)})
    rng.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
