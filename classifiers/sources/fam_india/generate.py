#!/usr/bin/env python3
"""Synthetic clinical document generator -- Indian private tertiary-care hospital persona.
All people, hospitals, places, identifiers and phone numbers are fictitious.
Standard library only.  Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime as _dt
import json
import random

rng = random.Random(0)


# ----------------------------------------------------------------- helpers
def pick(seq):
    return seq[rng.randrange(len(seq))]


def maybe(p=0.5):
    return rng.random() < p


def sample(seq, k):
    k = max(0, min(k, len(seq)))
    return rng.sample(list(seq), k)


def ri(a, b):
    return rng.randint(a, b)


def rf(a, b, nd=1):
    return round(rng.uniform(a, b), nd)


def digits(n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def upper_letters(n):
    return "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def phone():
    return pick(["9", "8", "7", "6"]) + digits(9)


def landline():
    return "0%d-%s" % (ri(20, 891), digits(8))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def rand_date(lo=2010, hi=2024):
    a = _dt.date(lo, 1, 1).toordinal()
    b = _dt.date(hi, 12, 20).toordinal()
    return _dt.date.fromordinal(ri(a, b))


DATE_STYLE = [0]


def fd(d, style=None):
    s = DATE_STYLE[0] if style is None else style
    if s == 0:
        return d.strftime("%d/%m/%Y")
    if s == 1:
        return d.strftime("%d-%m-%Y")
    if s == 2:
        return d.strftime("%d.%m.%Y")
    if s == 3:
        return d.strftime("%d-%b-%Y")
    if s == 4:
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if s == 5:
        return d.strftime("%d/%m/%y")
    return d.strftime("%d %b %Y")


def ftime(h=None, m=None, style=None):
    if h is None:
        h = ri(0, 23)
    if m is None:
        m = pick([0, 5, 10, 15, 20, 30, 40, 45, 50, 55, ri(0, 59)])
    s = rng.randrange(3) if style is None else style
    if s == 0:
        return "%02d:%02d" % (h, m)
    if s == 1:
        hh = h % 12 or 12
        return "%d:%02d %s" % (hh, m, "AM" if h < 12 else "PM")
    return "%02d%02d hrs" % (h, m)


def wrap(text, width=None):
    width = width or ri(68, 96)
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


def heading(h, style=None):
    s = rng.randrange(6) if style is None else style
    if s == 0:
        return h.upper() + ":"
    if s == 1:
        return h.title() + ":"
    if s == 2:
        return h.upper()
    if s == 3:
        return h.title() + " -"
    if s == 4:
        return h.upper() + "\n" + "-" * len(h)
    return h + " :"


def bullets(items, style=None):
    s = rng.randrange(5) if style is None else style
    out = []
    for i, it in enumerate(items, 1):
        if s == 0:
            out.append("%d. %s" % (i, it))
        elif s == 1:
            out.append("- " + it)
        elif s == 2:
            out.append("%d) %s" % (i, it))
        elif s == 3:
            out.append("* " + it)
        else:
            out.append("  " + it)
    return "\n".join(out)


def kv_block(pairs, style=None, width=None):
    s = rng.randrange(4) if style is None else style
    pairs = [(k, v) for k, v in pairs if v is not None]
    if s == 0:
        w = max(len(k) for k, _ in pairs) + 1
        return "\n".join("%s: %s" % (k.ljust(w), v) for k, v in pairs)
    if s == 1:
        return "\n".join("%s : %s" % (k, v) for k, v in pairs)
    if s == 2:
        # two per line
        lines = []
        for i in range(0, len(pairs), 2):
            a = "%s: %s" % pairs[i]
            if i + 1 < len(pairs):
                b = "%s: %s" % pairs[i + 1]
                lines.append(a.ljust(42) + b)
            else:
                lines.append(a)
        return "\n".join(lines)
    return "\n".join("%s - %s" % (k.upper(), v) for k, v in pairs)


# ----------------------------------------------------------------- names / places
MALE = ["Ramesh", "Suresh", "Mahesh", "Rajesh", "Venkatesh", "Srinivas", "Anil", "Sunil", "Vijay", "Ajay",
        "Sanjay", "Manoj", "Pradeep", "Rakesh", "Mukesh", "Dinesh", "Ganesh", "Harish", "Girish", "Sathish",
        "Prakash", "Arun", "Karthik", "Vivek", "Rahul", "Amit", "Rohit", "Naveen", "Praveen", "Murali",
        "Balaji", "Raghavendra", "Nagaraju", "Subramanyam", "Abdul", "Mohammed", "Imran", "Farooq", "Joseph",
        "Thomas", "Gurpreet", "Harjeet", "Debashis", "Subhash", "Ravi", "Kiran", "Shankar", "Yellaiah",
        "Lakshman", "Bhaskar", "Chandrasekhar", "Jagadish", "Kishore", "Santosh", "Deepak", "Ashok", "Mohan",
        "Sekhar", "Tarun", "Nitin", "Alok", "Siddharth", "Rajendra", "Sadanand", "Eshwar", "Pandu"]
FEMALE = ["Lakshmi", "Saraswathi", "Padma", "Radha", "Sita", "Geetha", "Anitha", "Sunitha", "Kavitha",
          "Savitha", "Swapna", "Priya", "Divya", "Deepa", "Rekha", "Shobha", "Usha", "Asha", "Meena", "Kamala",
          "Vijayalakshmi", "Sujatha", "Madhavi", "Anjali", "Pooja", "Neha", "Sneha", "Fatima", "Ayesha",
          "Shabana", "Mary", "Elizabeth", "Gurleen", "Harpreet", "Rupa", "Sharmila", "Bhavani", "Renuka",
          "Yashoda", "Parvathi", "Manjula", "Sarojini", "Nirmala", "Jyothi", "Aruna", "Latha", "Shanthi",
          "Roja", "Tulasi", "Keerthi", "Sowmya", "Ramya", "Mounika", "Hema", "Varalakshmi", "Mamatha"]
SURN = ["Reddy", "Rao", "Naidu", "Sharma", "Verma", "Gupta", "Agarwal", "Iyer", "Iyengar", "Nair", "Menon",
        "Pillai", "Kumar", "Singh", "Patel", "Shah", "Mehta", "Desai", "Joshi", "Kulkarni", "Deshpande",
        "Patil", "Chowdary", "Goud", "Yadav", "Mishra", "Tiwari", "Pandey", "Chatterjee", "Banerjee",
        "Mukherjee", "Das", "Ghosh", "Bose", "Sen", "Khan", "Ahmed", "Hussain", "Shaikh", "D'Souza",
        "Fernandes", "Mathew", "George", "Varghese", "Gill", "Sandhu", "Bhat", "Hegde", "Shetty", "Kamath",
        "Murthy", "Prasad", "Varma", "Raju", "Sastry", "Choudhury", "Mohanty", "Behera", "Jain", "Bansal"]
TOWNS = [("Kesavapuram", "Andhra Pradesh"), ("Nandipet", "Telangana"), ("Rayalpadu", "Andhra Pradesh"),
         ("Suryanagar", "Telangana"), ("Malleswaram East", "Karnataka"), ("Hosakote Road", "Karnataka"),
         ("Thirumalaipuram", "Tamil Nadu"), ("Vellakulam", "Tamil Nadu"), ("Kottaramkara", "Kerala"),
         ("Pallikunnu", "Kerala"), ("Rampur Khurd", "Uttar Pradesh"), ("Sitapur Kalan", "Uttar Pradesh"),
         ("Bhavanipur", "West Bengal"), ("Sonarpara", "West Bengal"), ("Wadgaon Sheri", "Maharashtra"),
         ("Ambegaon Khurd", "Maharashtra"), ("Navrangpura West", "Gujarat"), ("Sanand Road", "Gujarat"),
         ("Mohanpura", "Rajasthan"), ("Lakhanpur", "Madhya Pradesh"), ("Chandanwadi", "Odisha"),
         ("Kothapet", "Telangana"), ("Gandhinagar Colony", "Andhra Pradesh"), ("Rajiv Nagar", "Bihar")]
STREETS = ["Gandhi Road", "Nehru Street", "MG Road", "Station Road", "Temple Street", "Main Road",
           "2nd Cross", "4th Main", "Bazaar Street", "Ambedkar Nagar", "Indira Colony", "Sai Nagar",
           "Vivekananda Street", "Subhash Marg", "Shivaji Chowk", "Church Road", "Market Road", "Lake View Colony"]

HOSPITALS = [
    ("SRI VENKATADRI MULTISPECIALITY HOSPITALS", "A Unit of Venkatadri Healthcare Pvt. Ltd.", "SVMH"),
    ("LIFELINE SUPERSPECIALITY HOSPITAL", "(A NABH Accredited Hospital)", "LSH"),
    ("AROGYADHAMA INSTITUTE OF MEDICAL SCIENCES", "Tertiary Care Teaching Hospital", "AIMS-K"),
    ("SUNRISE CARE HOSPITALS", "Heart | Brain | Kidney | Mother & Child", "SCH"),
    ("DHANVANTARI SUPER SPECIALITY HOSPITAL", "NABH & NABL Accredited", "DSSH"),
    ("KAMADHENU MEMORIAL HOSPITAL & RESEARCH CENTRE", "Estd. 1987", "KMH"),
    ("NEELGIRI INSTITUTE OF MEDICAL SCIENCES", "A Multi-Super Speciality Hospital", "NIMS-P"),
    ("SHREE AADHYA HOSPITALS", "Caring Beyond Cure", "SAH"),
    ("MEDIPARK QUATERNARY CARE CENTRE", "A Unit of Medipark Health Ventures Ltd", "MQC"),
    ("ST. AGNES MISSION HOSPITAL", "Managed by the Sisters of Charity Trust", "SAMH"),
]


class Hospital:
    def __init__(self):
        h = pick(HOSPITALS)
        self.name, self.tag, self.code = h
        town, state = pick(TOWNS)
        self.town, self.state = town, state
        self.addr = "%s, %s, %s - %s" % (pick(["Plot No. %d, Sector %d" % (ri(1, 120), ri(1, 30)),
                                               "#%d-%d-%d, %s" % (ri(1, 12), ri(1, 9), ri(10, 999), pick(STREETS)),
                                               "Survey No. %d/%s, %s" % (ri(10, 500), pick("ABC"), pick(STREETS)),
                                               "Opp. %s Bus Stand, %s" % (town, pick(STREETS))]),
                                         town, state, "5%s" % digits(5))
        self.phone = landline()
        self.emergency = "%s / %s" % (landline(), phone())
        self.web = "www.%s-hospitals.example.in" % self.code.lower().replace("-", "")
        self.email = "info@%s.example.in" % self.code.lower().replace("-", "")
        self.gst = "%02d%s%s%s1Z%s" % (ri(10, 37), upper_letters(5), digits(4), upper_letters(1), pick("123456789"))
        self.uhid_prefix = pick([self.code.split("-")[0], self.code[:2], "UH", "MR", "IP"])


def letterhead(h, style=None, extra=None):
    s = rng.randrange(7) if style is None else style
    if s == 0:
        lines = [h.name, h.tag, h.addr, "Ph: %s | Emergency: %s" % (h.phone, h.emergency)]
        w = max(len(x) for x in lines) + 2
        return "\n".join(x.center(w).rstrip() for x in lines) + "\n" + "=" * w
    if s == 1:
        return "%s\n%s\nTel: %s   Email: %s\n%s" % (h.name, h.addr, h.phone, h.email, "-" * 70)
    if s == 2:
        return "%s  |  %s\n%s" % (h.name.title(), h.web, h.addr)
    if s == 3:
        return "%s\n%s\n24 Hrs Emergency & Trauma Care: %s" % (h.name, h.tag, h.emergency)
    if s == 4:
        return "[LOGO]   %s\n         %s\n         %s" % (h.name, h.addr, h.web)
    if s == 5:
        return h.name
    return "%s (%s)\n%s | GSTIN: %s" % (h.name, h.code, h.addr, h.gst)


def page_footer(h, page=1, total=1):
    s = rng.randrange(6)
    if s == 0:
        return "Page %d of %d" % (page, total)
    if s == 1:
        return "%s | %s | %s" % (h.addr, h.phone, h.web)
    if s == 2:
        return "This is a computer generated document.    Page %d/%d" % (page, total)
    if s == 3:
        return "-- %d --" % page
    if s == 4:
        return "Printed on: %s %s   Printed by: %s" % (fd(rand_date()), ftime(), pick(["mrd01", "nurse.icu", "admin", "billing2", "drs_office", "ipd_desk"]))
    return "%s/F/%s/%02d  Rev.%d" % (h.code, pick(["MRD", "NSG", "CLN", "OT", "ADM"]), ri(1, 60), ri(0, 4))


DEPTS = {
    "med": ("General Medicine", "MD (Gen. Med.)"),
    "cardio": ("Cardiology", "MD, DM (Cardiology)"),
    "neuro": ("Neurology", "MD, DM (Neurology)"),
    "nephro": ("Nephrology", "MD, DM (Nephrology)"),
    "gastro": ("Medical Gastroenterology", "MD, DM (Gastro)"),
    "pulmo": ("Pulmonology", "MD (Pulm. Med.)"),
    "surg": ("General Surgery", "MS (Gen. Surg.)"),
    "ortho": ("Orthopaedics", "MS (Ortho)"),
    "obg": ("Obstetrics & Gynaecology", "MS (OBG), DNB"),
    "uro": ("Urology", "MS, MCh (Urology)"),
    "paed": ("Paediatrics", "MD (Paed.)"),
    "endo": ("Endocrinology", "MD, DM (Endo)"),
    "anaes": ("Anaesthesiology", "MD (Anaes.)"),
    "radio": ("Radiology", "MD (Radio-Diagnosis)"),
    "path": ("Pathology", "MD (Pathology)"),
    "micro": ("Microbiology", "MD (Microbiology)"),
    "biochem": ("Biochemistry", "MD (Biochemistry)"),
    "em": ("Emergency Medicine", "MD (EM)"),
    "ctvs": ("Cardiothoracic Surgery", "MS, MCh (CTVS)"),
    "onco": ("Surgical Oncology", "MS, MCh (Surg. Onco)"),
    "ophth": ("Ophthalmology", "MS (Ophth)"),
    "psych": ("Psychiatry", "MD (Psychiatry)"),
    "derm": ("Dermatology", "MD (DVL)"),
    "ent": ("ENT", "MS (ENT)"),
}


class Doctor:
    def __init__(self, dept):
        self.dept_key = dept
        self.dept, self.qual = DEPTS[dept]
        female = maybe(0.35)
        self.first = pick(FEMALE if female else MALE)
        self.last = pick(SURN)
        self.name = "Dr. %s %s" % (self.first, self.last)
        if maybe(0.3):
            self.name = "Dr. %s. %s" % (self.last[0], self.first)
        self.qual = ("MBBS, " if maybe(0.7) else "") + self.qual
        self.reg = "%s %s" % (pick(["Reg. No.", "KMC No.", "APMC Reg No.", "TSMC/FMR/", "MMC Reg.", "TNMC No.", "Regn:"]), digits(ri(5, 6)))
        self.title = pick(["Consultant", "Senior Consultant", "Consultant", "Associate Consultant", "HOD", "Chief Consultant"])

    def sig(self, style=None):
        s = rng.randrange(5) if style is None else style
        if s == 0:
            return "%s\n%s\n%s - %s" % (self.name, self.qual, self.title, self.dept)
        if s == 1:
            return "(%s)\n%s, %s" % (self.name, self.title, self.dept)
        if s == 2:
            return "Sd/-\n%s %s\n%s" % (self.name, self.qual, self.reg)
        if s == 3:
            return "%s, %s" % (self.name, self.qual)
        return "Signature: ____________\nName: %s\n%s" % (self.name, self.reg)


def junior():
    return "Dr. %s %s" % (pick(MALE + FEMALE), pick(SURN))


def nurse_name():
    return pick(["Sr. ", "S/N ", "Br. ", "Staff Nurse ", ""]) + pick(FEMALE + ["Jincy", "Sherin", "Bincy", "Reshma", "Tincy", "Soumya", "Anju", "Jomon", "Linto"]) + " " + pick(SURN + ["K.", "P.", "M.", "T.V."])


# ----------------------------------------------------------------- lab catalogue
# name: (unit, lo, hi, decimals)  -- reference range used for flagging
LABS = {
    "Haemoglobin": ("g/dL", 12.0, 16.5, 1), "Total Leucocyte Count": ("cells/cumm", 4000, 11000, 0),
    "Neutrophils": ("%", 40, 75, 0), "Lymphocytes": ("%", 20, 45, 0), "Eosinophils": ("%", 1, 6, 0),
    "Monocytes": ("%", 2, 10, 0), "Basophils": ("%", 0, 1, 0), "Platelet Count": ("lakhs/cumm", 1.5, 4.5, 2),
    "PCV": ("%", 36, 50, 1), "RBC Count": ("millions/cumm", 4.0, 5.8, 2), "MCV": ("fL", 80, 100, 1),
    "MCH": ("pg", 27, 32, 1), "MCHC": ("g/dL", 32, 36, 1), "ESR": ("mm/1st hr", 0, 20, 0),
    "Blood Urea": ("mg/dL", 15, 45, 0), "Serum Creatinine": ("mg/dL", 0.6, 1.2, 2),
    "Serum Sodium": ("mmol/L", 135, 145, 0), "Serum Potassium": ("mmol/L", 3.5, 5.1, 1),
    "Serum Chloride": ("mmol/L", 98, 107, 0), "Serum Uric Acid": ("mg/dL", 3.4, 7.0, 1),
    "Total Bilirubin": ("mg/dL", 0.2, 1.2, 2), "Direct Bilirubin": ("mg/dL", 0.0, 0.3, 2),
    "SGOT (AST)": ("U/L", 5, 40, 0), "SGPT (ALT)": ("U/L", 5, 41, 0), "Alkaline Phosphatase": ("U/L", 40, 129, 0),
    "Total Protein": ("g/dL", 6.0, 8.3, 1), "Serum Albumin": ("g/dL", 3.5, 5.2, 1),
    "FBS": ("mg/dL", 70, 110, 0), "PPBS": ("mg/dL", 80, 140, 0), "RBS": ("mg/dL", 70, 140, 0),
    "HbA1c": ("%", 4.0, 5.6, 1), "Total Cholesterol": ("mg/dL", 120, 200, 0),
    "Triglycerides": ("mg/dL", 50, 150, 0), "HDL Cholesterol": ("mg/dL", 40, 60, 0),
    "LDL Cholesterol": ("mg/dL", 50, 100, 0), "PT": ("sec", 11.0, 14.0, 1), "INR": ("", 0.8, 1.2, 2),
    "APTT": ("sec", 25, 35, 1), "Troponin I": ("ng/mL", 0.0, 0.04, 2), "CK-MB": ("U/L", 0, 25, 0),
    "TSH": ("uIU/mL", 0.35, 5.5, 2), "Serum Calcium": ("mg/dL", 8.5, 10.5, 1),
    "Serum Phosphorus": ("mg/dL", 2.5, 4.5, 1), "CRP": ("mg/L", 0, 6, 1), "Serum Amylase": ("U/L", 28, 100, 0),
    "Serum Lipase": ("U/L", 13, 60, 0), "Serum Bicarbonate": ("mmol/L", 22, 29, 0),
    "Procalcitonin": ("ng/mL", 0, 0.5, 2), "NT-proBNP": ("pg/mL", 0, 125, 0), "Serum Ferritin": ("ng/mL", 20, 250, 0),
    "PSA (Total)": ("ng/mL", 0, 4.0, 2), "CPK": ("U/L", 24, 195, 0), "Serum Cholinesterase": ("U/L", 5300, 12900, 0),
}
PANELS = {
    "Complete Blood Picture": ["Haemoglobin", "Total Leucocyte Count", "Neutrophils", "Lymphocytes", "Eosinophils",
                               "Monocytes", "Basophils", "Platelet Count", "PCV", "RBC Count", "MCV", "MCH", "MCHC"],
    "Renal Function Test": ["Blood Urea", "Serum Creatinine", "Serum Sodium", "Serum Potassium", "Serum Chloride"],
    "Liver Function Test": ["Total Bilirubin", "Direct Bilirubin", "SGOT (AST)", "SGPT (ALT)", "Alkaline Phosphatase",
                            "Total Protein", "Serum Albumin"],
    "Blood Sugar": ["FBS", "PPBS", "HbA1c"],
    "Lipid Profile": ["Total Cholesterol", "Triglycerides", "HDL Cholesterol", "LDL Cholesterol"],
    "Coagulation Profile": ["PT", "INR", "APTT"],
    "Cardiac Markers": ["Troponin I", "CK-MB"],
    "Serum Electrolytes": ["Serum Sodium", "Serum Potassium", "Serum Chloride", "Serum Bicarbonate"],
}
PANEL_ALIASES = {"Complete Blood Picture": ["COMPLETE BLOOD PICTURE (CBP)", "HAEMOGRAM", "CBC", "Complete Haemogram"],
                 "Renal Function Test": ["RENAL FUNCTION TEST (RFT)", "KFT", "Renal Profile", "RFT"],
                 "Liver Function Test": ["LIVER FUNCTION TEST (LFT)", "LFT", "Liver Profile"],
                 "Blood Sugar": ["BLOOD GLUCOSE", "DIABETIC PROFILE", "Glucose studies"],
                 "Lipid Profile": ["LIPID PROFILE", "Lipidogram", "FASTING LIPID PROFILE"],
                 "Coagulation Profile": ["COAGULATION PROFILE", "PT / INR / APTT"],
                 "Cardiac Markers": ["CARDIAC MARKERS", "CARDIAC ENZYMES"],
                 "Serum Electrolytes": ["SERUM ELECTROLYTES", "Electrolytes"]}


def normal_val(test):
    unit, lo, hi, dec = LABS[test]
    if test == "Troponin I":
        return "<0.01"
    v = rng.uniform(lo + (hi - lo) * 0.15, hi - (hi - lo) * 0.15)
    if dec == 0:
        return str(int(round(v)))
    return ("%." + str(dec) + "f") % v


def flag(test, val):
    try:
        v = float(str(val).replace("<", "").replace(">", "").replace(",", ""))
    except ValueError:
        return ""
    _, lo, hi, _ = LABS[test]
    if v < lo:
        return "L"
    if v > hi:
        return "H"
    return ""


# ----------------------------------------------------------------- clinical scenarios
def S(**kw):
    kw.setdefault("sex", None)
    kw.setdefault("surgery", None)
    kw.setdefault("procedure", None)
    kw.setdefault("labs", {})
    kw.setdefault("imaging", [])
    kw.setdefault("ecg", ("Sinus rhythm", "Normal ECG", "within normal limits"))
    kw.setdefault("consult", ("cardio", "Pre-operative cardiac fitness", "ECG and 2D Echo within normal limits. LVEF 60%. Fit for surgery under GA/SA with standard precautions. Continue same antihypertensives."))
    kw.setdefault("allergy", None)
    return kw


SCEN = [
    S(key="stemi", dept="cardio", sex="M", age=(42, 72),
      dx=["Acute Coronary Syndrome - Acute Anterior Wall STEMI", "Killip Class I", "Systemic Hypertension",
          "Type 2 Diabetes Mellitus"],
      short="Acute anterior wall MI", complaints=[("Chest pain", "6 hours"), ("Sweating", "6 hours"), ("Breathlessness", "2 hours")],
      hpi="Patient was apparently alright %s hours back when he developed retrosternal chest pain, compressive in nature, radiating to left arm, associated with profuse sweating and giddiness. No h/o syncope or palpitations. Pain not relieved with rest. Was taken to a local nursing home where ECG showed ST elevation in V1-V5 and he was referred here for further management after loading with Aspirin 325 mg and Clopidogrel 600 mg.",
      pmh=["Known case of Systemic Hypertension since 6 years on Tab. Amlodipine 5 mg OD", "Known case of T2DM since 4 years on Tab. Metformin 500 mg BD", "Smoker - 20 pack years", "Occasional alcoholic"],
      vitals=dict(pr=(96, 112), sbp=(100, 130), dbp=(70, 84), rr=(20, 24), spo2=(93, 97), t=(98.2, 98.8)),
      exam=dict(gen="Conscious, coherent, anxious, diaphoretic. No pallor, icterus, cyanosis, clubbing, lymphadenopathy, pedal oedema.",
                cvs="S1 S2 heard, no murmurs. No S3.", rs="Bilateral air entry present, fine basal crepts at right base.",
                pa="Soft, non tender, no organomegaly.", cns="No focal neurological deficit."),
      labs={"Troponin I": "12.6", "CK-MB": "148", "RBS": "246", "HbA1c": "8.4", "Total Cholesterol": "238",
            "LDL Cholesterol": "162", "Triglycerides": "212", "HDL Cholesterol": "32", "Total Leucocyte Count": "12800"},
      panels=["Complete Blood Picture", "Cardiac Markers", "Renal Function Test", "Lipid Profile", "Blood Sugar", "Serum Electrolytes"],
      imaging=[("2D ECHOCARDIOGRAPHY", "Heart", "Regional wall motion abnormality - hypokinesia of LAD territory (anterior wall, septum, apex). LV systolic function moderately reduced, LVEF 40% (Simpson's). No LV clot. Mild MR. No pericardial effusion. IVC 14 mm, collapsing >50%.", "RWMA in LAD territory with moderate LV systolic dysfunction (LVEF 40%). Mild MR."),
               ("X-RAY CHEST PA VIEW", "Chest", "Cardiac size within normal limits. Mild upper lobe venous prominence. Both CP angles are clear. No focal parenchymal lesion.", "Mild pulmonary venous hypertension.")],
      ecg=("Sinus tachycardia", "ST elevation of 3-4 mm in leads V1-V5, I and aVL with reciprocal ST depression in II, III, aVF. Q waves in V1-V3.", "Acute anterior wall STEMI"),
      procedure=dict(name="Coronary Angiography followed by Primary PTCA with stenting to LAD", dept="cardio", anaes="Local anaesthesia (2% lignocaine)",
                     indication="Acute anterior wall STEMI, within window period",
                     steps=["Right radial artery access obtained with 6F sheath under local anaesthesia.", "Heparin 5000 IU given intra-arterially.", "Selective coronary angiography done with TIG catheter.", "LAD engaged with 6F EBU 3.5 guide catheter, lesion crossed with BMW wire.", "Predilated with 2.0 x 12 mm balloon.", "Drug eluting stent 3.0 x 28 mm deployed at 14 atm in proximal LAD.", "Post-dilated with 3.25 x 15 mm NC balloon at 18 atm.", "TIMI III flow achieved. No dissection or residual stenosis.", "TR band applied. Patient shifted to CCU in stable condition."],
                     findings="LMCA: Normal. LAD: Proximal 100% thrombotic occlusion (TIMI 0 flow). LCX: Non-dominant, 30% mid-segment plaque. RCA: Dominant, mild luminal irregularities.",
                     complications="Nil"),
      meds_ip=["Inj. Enoxaparin 0.6 mL SC BD", "Tab. Ecosprin 150 mg OD", "Tab. Ticagrelor 90 mg BD", "Tab. Atorvastatin 80 mg HS", "Tab. Metoprolol 25 mg BD", "Inj. Pantoprazole 40 mg IV OD", "Inj. Human Actrapid as per sliding scale", "Tab. Ramipril 2.5 mg OD"],
      meds_dc=[("Tab. Ecosprin", "75 mg", "0-1-0", "to continue"), ("Tab. Brilinta (Ticagrelor)", "90 mg", "1-0-1", "1 year"), ("Tab. Atorvas", "80 mg", "0-0-1", "to continue"), ("Tab. Metoprolol XL", "25 mg", "1-0-0", "to continue"), ("Tab. Ramipril", "2.5 mg", "1-0-0", "to continue"), ("Tab. Pan", "40 mg", "1-0-0 before food", "1 month"), ("Tab. Glycomet GP 1", "1 tab", "1-0-1", "to continue"), ("Tab. Sorbitrate", "5 mg", "SOS sublingual for chest pain", "")],
      course="Patient was admitted in CCU with acute anterior wall STEMI and was taken up for primary PTCA. CAG revealed total occlusion of proximal LAD and PTCA with DES to proximal LAD was done successfully. Post procedure patient was haemodynamically stable and chest pain free. 2D Echo showed LVEF of 40%. Sugars were controlled with insulin and later switched to OHAs. Patient was mobilised gradually and cardiac rehabilitation advised.",
      advice=["Low salt, low fat, diabetic diet", "Strict smoking cessation", "Do not stop Ecosprin and Brilinta without consulting cardiologist", "Avoid strenuous activity for 4 weeks", "Walk 15-20 minutes daily on level ground", "Check blood sugars weekly"],
      consult=("endo", "Uncontrolled sugars in a case of STEMI", "HbA1c 8.4%. Advised Inj. Human Mixtard 10U-0-8U during stay, to switch to Tab. Glycomet GP1 at discharge. Diabetic diet 1600 kcal."),
      ed=("RED", "ECG showed anterior wall STEMI. Cath lab activated. Loaded with Ticagrelor 180 mg, Atorvastatin 80 mg. Shifted to cath lab.")),
    S(key="dengue", dept="med",
      dx=["Dengue Fever (NS1 positive) with Thrombocytopenia", "Warning signs - abdominal pain, thrombocytopenia"],
      short="Dengue fever with thrombocytopenia", age=(16, 55),
      complaints=[("Fever", "4 days"), ("Body pains", "4 days"), ("Headache", "3 days"), ("Vomitings", "1 day"), ("Pain abdomen", "1 day")],
      hpi="Patient was apparently asymptomatic %s days back, then developed fever, high grade, continuous, associated with chills, severe myalgia and retro-orbital headache. H/o 3-4 episodes of vomitings, non bilious, since yesterday. H/o pain abdomen in epigastrium. No h/o bleeding gums, malena, haematuria. No h/o cough, burning micturition. Several cases of fever in neighbourhood.",
      pmh=["Not a known case of DM / HTN / BA / TB / epilepsy", "No significant past history"],
      vitals=dict(pr=(92, 110), sbp=(96, 112), dbp=(60, 72), rr=(18, 22), spo2=(97, 99), t=(100.2, 102.6)),
      exam=dict(gen="Conscious, coherent. Mild dehydration present. Flushed facies. No petechiae. Tourniquet test negative.",
                cvs="S1 S2 heard, no murmurs.", rs="Bilateral air entry present, normal vesicular breath sounds. No added sounds.",
                pa="Soft, mild tenderness in epigastrium and right hypochondrium. No organomegaly. No free fluid clinically.", cns="NFND"),
      labs={"Platelet Count": "0.42", "Total Leucocyte Count": "2900", "PCV": "46.8", "SGOT (AST)": "186", "SGPT (ALT)": "124", "Lymphocytes": "48", "Neutrophils": "44"},
      panels=["Complete Blood Picture", "Liver Function Test", "Renal Function Test", "Dengue", "Malaria", "Widal"],
      imaging=[("ULTRASOUND ABDOMEN", "Abdomen", "Liver measures 14.2 cm, normal echotexture. Gall bladder wall is oedematous and thickened (6 mm). Minimal free fluid in Morison's pouch and pelvis. Minimal right pleural effusion. Spleen 11.5 cm. Both kidneys normal.", "GB wall oedema with minimal ascites and minimal right pleural effusion - likely dengue fever (capillary leak).")],
      ecg=("Sinus tachycardia", "Rate 104/min. No ST-T changes.", "Sinus tachycardia, otherwise normal"),
      meds_ip=["IV fluids NS / RL @ 100 mL/hr", "Inj. Pantoprazole 40 mg IV OD", "Inj. Ondansetron 4 mg IV SOS", "Tab. Dolo 650 mg TID / SOS (if temp > 100 F)", "Syp. Sucralfate 10 mL TID", "Papaya leaf extract tab BD"],
      meds_dc=[("Tab. Dolo", "650 mg", "1-1-1 (if fever)", "3 days"), ("Tab. Pan", "40 mg", "1-0-0", "5 days"), ("ORS", "1 sachet in 1 litre water", "sip frequently", "3 days"), ("Tab. Becosules", "1 tab", "0-1-0", "10 days")],
      course="Patient was admitted with above complaints. NS1 antigen was positive. Platelet count on admission was 42,000/cumm which fell to a nadir of 18,000/cumm on day 2 of admission. No bleeding manifestations. Managed conservatively with IV fluids, antipyretics and monitoring of PCV and platelets every 12 hours. 1 unit SDP was transfused in view of platelets below 20,000 with persistent vomiting. Patient became afebrile from day 3 and platelet count improved to 1.12 lakhs at discharge.",
      advice=["Plenty of oral fluids - 3 litres per day", "Avoid NSAIDs (Brufen, Combiflam, Aspirin)", "Review immediately if bleeding, black stools, abdominal pain, giddiness", "Repeat CBP after 3 days"],
      consult=("gastro", "Elevated transaminases, pain abdomen", "Likely dengue hepatitis. Continue supportive care. Avoid hepatotoxic drugs. Repeat LFT after 48 hrs."),
      ed=("YELLOW", "IV access secured. NS bolus 500 mL. CBP, NS1, LFT sent. Admitted under General Medicine.")),
    S(key="appendix", dept="surg", age=(14, 45),
      dx=["Acute Appendicitis"], short="Acute appendicitis",
      complaints=[("Pain abdomen", "2 days"), ("Vomiting", "1 day"), ("Fever", "1 day")],
      hpi="Patient was apparently normal %s days back when he/she developed pain abdomen, initially periumbilical, later shifted to right iliac fossa, continuous, dull aching, aggravated on walking. Associated with 2 episodes of vomiting and low grade fever. Loss of appetite present. No h/o loose stools, burning micturition.",
      pmh=["No comorbidities", "No previous surgeries"],
      vitals=dict(pr=(92, 106), sbp=(110, 130), dbp=(70, 84), rr=(16, 20), spo2=(98, 99), t=(99.4, 100.8)),
      exam=dict(gen="Conscious, coherent. Afebrile to touch. No pallor.", cvs="S1 S2 heard", rs="BAE +, NVBS",
                pa="Tenderness and guarding in right iliac fossa. McBurney's point tenderness present. Rebound tenderness +. Rovsing's sign positive. No mass palpable. Bowel sounds +.", cns="NFND"),
      labs={"Total Leucocyte Count": "14600", "Neutrophils": "84", "Lymphocytes": "12", "CRP": "48.6"},
      panels=["Complete Blood Picture", "Renal Function Test", "Coagulation Profile", "Serology", "Urine"],
      imaging=[("ULTRASOUND ABDOMEN & PELVIS", "Abdomen", "A blind ending, non-compressible, aperistaltic tubular structure measuring 9 mm in diameter is seen in right iliac fossa with surrounding echogenic inflamed fat. An appendicolith of 6 mm is seen at the base. Minimal free fluid in RIF. Rest of the abdominal organs are normal.", "Features suggestive of acute appendicitis with appendicolith.")],
      surgery=dict(name="Laparoscopic Appendicectomy", anaes="General Anaesthesia", dept="surg",
                   findings="Inflamed, oedematous retrocaecal appendix with appendicolith at base. No perforation. Minimal turbid fluid in RIF, sucked out. Base healthy.",
                   steps=["Patient in supine position under GA. Parts painted and draped.", "Pneumoperitoneum created by open (Hasson) technique at umbilicus. 10 mm camera port inserted.", "5 mm ports placed in suprapubic and left iliac fossa regions.", "Appendix identified, adhesions released. Mesoappendix divided with harmonic scalpel.", "Base of appendix ligated with 2 endoloops and appendix divided.", "Specimen retrieved through umbilical port in endobag.", "Thorough saline wash given. Haemostasis confirmed.", "Ports closed, rectus sheath at umbilicus with 1-0 Vicryl. Skin with 3-0 ethilon."],
                   specimen="Appendix", blood_loss="Minimal", drain="No drain",
                   path=("Appendix", "Received appendix measuring 6.5 cm in length and 0.9 cm in diameter. Serosa is congested and dull with fibrinous exudate. Cut section shows a faecolith in lumen.", "Sections show appendix with transmural infiltration by neutrophils, mucosal ulceration and serositis. No granulomas or malignancy.", "Acute suppurative appendicitis with periappendicitis.")),
      meds_ip=["Inj. Ceftriaxone 1 g IV BD", "Inj. Metronidazole 500 mg IV TID", "Inj. Pantoprazole 40 mg IV OD", "Inj. Paracetamol 1 g IV TID", "Inj. Tramadol 50 mg IV SOS", "IV fluids DNS/RL 100 mL/hr"],
      meds_dc=[("Tab. Cefixime", "200 mg", "1-0-1", "5 days"), ("Tab. Metrogyl", "400 mg", "1-1-1", "5 days"), ("Tab. Pan", "40 mg", "1-0-0", "5 days"), ("Tab. Ultracet", "1 tab", "1-0-1", "3 days")],
      course="Patient was admitted with clinical and sonological features of acute appendicitis. After pre-operative evaluation and anaesthesia fitness, patient underwent laparoscopic appendicectomy under GA. Intra-op findings as mentioned. Post-op period was uneventful. Orally allowed on POD 1. Port sites healthy. Specimen sent for HPE.",
      advice=["Normal diet", "Avoid lifting heavy weights for 4 weeks", "Keep port sites clean and dry", "Suture removal on POD 8-10"],
      ed=("YELLOW", "Inj. Paracetamol 1 g IV, Inj. Pantop 40 mg IV given. USG abdomen advised. Surgery opinion taken.")),
    S(key="chole", dept="surg", sex="F", age=(28, 62),
      dx=["Symptomatic Cholelithiasis", "Chronic Calculous Cholecystitis"], short="Cholelithiasis",
      complaints=[("Pain in upper abdomen", "3 months, recurrent"), ("Nausea", "1 week"), ("Bloating after fatty meals", "3 months")],
      hpi="Patient was apparently alright %s months back when she developed colicky pain in right upper abdomen, radiating to back and right shoulder, usually after fatty food, lasting 1-2 hours, relieved with medication. Associated with nausea and bloating. No h/o jaundice, fever with chills, clay coloured stools.",
      pmh=["Known hypothyroid on Tab. Thyronorm 50 mcg OD", "2 previous normal deliveries", "No h/o DM/HTN"],
      vitals=dict(pr=(76, 88), sbp=(118, 134), dbp=(74, 86), rr=(14, 18), spo2=(98, 99), t=(98.0, 98.6)),
      exam=dict(gen="Moderately built and nourished. No pallor, icterus.", cvs="S1 S2 +", rs="Clear",
                pa="Soft. Mild tenderness in right hypochondrium. Murphy's sign negative. No organomegaly.", cns="NAD"),
      labs={"TSH": "3.12"}, panels=["Complete Blood Picture", "Liver Function Test", "Renal Function Test", "Coagulation Profile", "Serology", "Blood Sugar"],
      imaging=[("USG ABDOMEN", "Abdomen", "Gall bladder is well distended with multiple mobile calculi, the largest measuring 14 mm. GB wall thickness 4 mm. CBD measures 4 mm, no calculi. Liver normal in size with grade I fatty changes. Pancreas, spleen, both kidneys normal.", "Cholelithiasis. Grade I fatty liver.")],
      surgery=dict(name="Laparoscopic Cholecystectomy", anaes="General Anaesthesia with endotracheal intubation", dept="surg",
                   findings="GB distended, thick walled with multiple calculi. Calot's triangle had flimsy adhesions. Cystic duct and artery single. CBD normal calibre. Liver normal.",
                   steps=["Under GA, patient in supine position with reverse Trendelenburg and left tilt.", "Pneumoperitoneum created by Veress needle at umbilicus. 10 mm umbilical port, 10 mm epigastric and two 5 mm right subcostal ports placed.", "Fundus retracted cephalad, Hartmann's pouch retracted laterally.", "Calot's triangle dissected, critical view of safety achieved.", "Cystic duct and cystic artery clipped with LIGA clips and divided.", "GB dissected from liver bed with hook cautery. Haemostasis achieved.", "GB retrieved through epigastric port in endobag.", "Ports closed. Skin closed with 3-0 monocryl subcuticular."],
                   specimen="Gall bladder with stones", blood_loss="About 30 mL", drain="No drain",
                   path=("Gall bladder", "Received gall bladder measuring 7.5 x 3 x 2 cm. Serosa is unremarkable. Wall thickness 0.4 cm. Lumen contains multiple yellowish-green faceted calculi, largest 1.4 cm.", "Sections show gall bladder mucosa with Rokitansky-Aschoff sinuses, muscle hypertrophy and chronic inflammatory infiltrate in the wall. No dysplasia or malignancy.", "Chronic calculous cholecystitis.")),
      meds_ip=["Inj. Cefuroxime 1.5 g IV (at induction) then BD", "Inj. Pantoprazole 40 mg IV OD", "Inj. Paracetamol 1 g IV TID", "Inj. Ondansetron 4 mg IV TID", "Tab. Thyronorm 50 mcg OD"],
      meds_dc=[("Tab. Cefuroxime", "500 mg", "1-0-1", "5 days"), ("Tab. Pantop", "40 mg", "1-0-0", "7 days"), ("Tab. Dolo", "650 mg", "1-1-1", "3 days then SOS"), ("Tab. Thyronorm", "50 mcg", "1-0-0 empty stomach", "to continue")],
      course="Patient was admitted for elective laparoscopic cholecystectomy. Pre-anaesthetic check up done and fitness obtained. Underwent lap. cholecystectomy under GA. Post operative period uneventful. Started on oral liquids 6 hrs post op and soft diet on POD1. Discharged in stable condition.",
      advice=["Low fat diet for 2 weeks", "Normal activity as tolerated, avoid heavy lifting for 4 weeks", "Review in surgical OPD after 1 week with HPE report"],
      ed=("GREEN", "Inj. Drotaverine 40 mg IM and Inj. Pantop given. Pain relieved. Advised OPD follow up.")),
    S(key="dka", dept="endo", age=(24, 60),
      dx=["Type 2 Diabetes Mellitus - Uncontrolled", "Diabetic Ketoacidosis (moderate)", "Urinary Tract Infection"], short="Diabetic ketoacidosis",
      complaints=[("Increased thirst and urination", "1 week"), ("Vomiting and pain abdomen", "2 days"), ("Drowsiness", "1 day"), ("Burning micturition", "4 days")],
      hpi="Known diabetic since 7 years, on irregular OHAs, stopped medication 1 month back. Presented with polyuria, polydipsia, vomiting (6-7 episodes), diffuse pain abdomen and progressive drowsiness since %s day(s). H/o burning micturition and fever. No h/o seizures, chest pain.",
      pmh=["K/c/o T2DM x 7 yrs - poor compliance", "Not a k/c/o HTN, CAD"],
      vitals=dict(pr=(108, 124), sbp=(96, 110), dbp=(58, 70), rr=(26, 32), spo2=(97, 99), t=(99.8, 100.6)),
      exam=dict(gen="Drowsy but arousable, GCS E3V4M6. Severe dehydration. Kussmaul breathing present. Acetone odour in breath.",
                cvs="Tachycardia, S1 S2 heard", rs="BAE +, clear", pa="Soft, diffuse tenderness, no guarding. Renal angle tenderness present on right.", cns="No focal deficits. Plantars flexor."),
      labs={"RBS": "486", "HbA1c": "12.1", "Serum Sodium": "131", "Serum Potassium": "5.4", "Serum Bicarbonate": "9", "Blood Urea": "62", "Serum Creatinine": "1.6", "Total Leucocyte Count": "16400", "Neutrophils": "86"},
      panels=["Complete Blood Picture", "Renal Function Test", "Serum Electrolytes", "Blood Sugar", "ABG", "Urine"],
      imaging=[("X-RAY CHEST PA", "Chest", "Both lung fields are clear. Cardiac size normal. CP angles free.", "No significant abnormality."), ("USG ABDOMEN", "Abdomen", "Right kidney 11.2 cm, mildly bulky with raised cortical echogenicity. No hydronephrosis or calculus. Urinary bladder wall thickened (5 mm) with internal echoes.", "Features suggestive of right pyelonephritis and cystitis.")],
      procedure=dict(name="Right Internal Jugular Vein Central Venous Catheter insertion", dept="anaes", anaes="Local anaesthesia (2% lignocaine)",
                     indication="Poor peripheral access, need for multiple infusions and CVP monitoring",
                     steps=["Informed consent taken from relatives.", "Patient in Trendelenburg position, head turned to left.", "Under strict aseptic precautions, parts painted and draped.", "USG guided identification of right IJV.", "Local infiltration with 2% lignocaine.", "IJV punctured with introducer needle, guidewire passed by Seldinger technique.", "Tract dilated and 7Fr triple lumen catheter inserted, fixed at 13 cm.", "All lumens aspirated and flushed. Catheter sutured and sterile dressing applied.", "Post procedure chest X-ray: tip at SVC-RA junction, no pneumothorax."],
                     findings="Single pass, no arterial puncture.", complications="Nil"),
      meds_ip=["Inj. Human Actrapid infusion 0.1 U/kg/hr as per DKA protocol", "IV NS 1 L over 1 hr, then 500 mL/hr", "Inj. KCl 20 mEq in each pint when K < 5.0", "Inj. Piperacillin-Tazobactam 4.5 g IV TID", "Inj. Pantoprazole 40 mg IV OD", "Inj. Ondansetron 4 mg IV TID"],
      meds_dc=[("Inj. Human Mixtard 30/70", "18 U - 0 - 12 U", "SC, 30 min before food", "to continue"), ("Tab. Metformin", "500 mg", "1-0-1", "to continue"), ("Tab. Cefixime", "200 mg", "1-0-1", "7 days"), ("Tab. Pan-D", "1 tab", "1-0-0", "7 days")],
      course="Patient was admitted to MICU with moderate DKA (pH 7.12, HCO3 9). Managed with IV fluids, insulin infusion and potassium correction as per protocol. Urine culture grew E.coli sensitive to piperacillin-tazobactam. Ketosis resolved in 20 hours and patient was transitioned to subcutaneous insulin. Diabetic education and insulin injection technique taught to patient and attender.",
      advice=["Diabetic diet as advised by dietician", "Self monitoring of blood glucose - FBS & PPBS daily, maintain chart", "Insulin storage and injection technique as taught", "Do not skip insulin even if not eating - contact doctor"],
      consult=("nephro", "AKI in DKA", "Prerenal AKI. Creatinine improving with hydration. Avoid nephrotoxic drugs. Monitor urine output and RFT daily."),
      ed=("RED", "GRBS HI. ABG - severe metabolic acidosis. 1L NS bolus, insulin infusion started. Shifted to MICU.")),
    S(key="stroke", dept="neuro", age=(50, 82),
      dx=["Acute Ischaemic Stroke - Left MCA territory", "Right hemiparesis with aphasia", "Systemic Hypertension", "Dyslipidaemia"], short="Acute ischaemic stroke",
      complaints=[("Weakness of right upper and lower limb", "10 hours"), ("Slurring of speech", "10 hours"), ("Deviation of mouth to left", "10 hours")],
      hpi="Patient was apparently alright till %s hours ago when attenders noticed sudden onset weakness of right upper and lower limbs on waking up in the morning, associated with slurred speech and deviation of angle of mouth. No h/o LOC, seizures, headache, vomiting. Beyond window period for thrombolysis (wake-up stroke).",
      pmh=["Hypertensive since 10 years, irregular medication", "No h/o similar episodes in past"],
      vitals=dict(pr=(70, 90), sbp=(160, 190), dbp=(90, 104), rr=(16, 20), spo2=(95, 98), t=(98.0, 98.6)),
      exam=dict(gen="Conscious, GCS E4V3M6 (aphasia). No pallor.", cvs="S1 S2 +, no murmur. No carotid bruit.", rs="BAE +",
                pa="Soft", cns="Right UMN facial palsy. Power: Right UL 2/5, Right LL 3/5, Left 5/5. Tone decreased on right. DTRs 3+ right. Right plantar extensor. Expressive aphasia. NIHSS 14."),
      labs={"Total Cholesterol": "246", "LDL Cholesterol": "168", "HbA1c": "6.1"},
      panels=["Complete Blood Picture", "Renal Function Test", "Lipid Profile", "Coagulation Profile", "Serum Electrolytes"],
      imaging=[("MRI BRAIN WITH MR ANGIOGRAPHY", "Brain", "Acute infarct with diffusion restriction in left fronto-parietal cortex, insula and left corona radiata (left MCA territory). No haemorrhagic transformation. Chronic small vessel ischaemic changes in periventricular white matter (Fazekas grade 2). MRA: Non-visualisation of left M2 superior division branch.", "Acute infarct in left MCA territory with occlusion of left M2 superior division."),
               ("CAROTID DOPPLER", "Neck", "Bilateral CCA show intimal thickening (CIMT 1.1 mm). Calcified plaque at left ICA origin causing 40-50% stenosis. Right ICA normal.", "Left ICA 40-50% stenosis.")],
      ecg=("Normal sinus rhythm", "Rate 78/min. LVH by voltage criteria with strain pattern.", "LVH with strain"),
      meds_ip=["Tab. Ecosprin 150 mg OD", "Tab. Clopidogrel 75 mg OD", "Tab. Atorvastatin 80 mg HS", "Inj. Citicoline 500 mg IV BD", "Inj. Pantoprazole 40 mg IV OD", "Tab. Amlodipine 5 mg OD (from day 3)", "Ryle's tube feeds 200 mL 2nd hourly", "Physiotherapy, speech therapy"],
      meds_dc=[("Tab. Ecosprin", "75 mg", "0-1-0", "to continue"), ("Tab. Clopilet", "75 mg", "0-1-0", "3 weeks"), ("Tab. Atorva", "40 mg", "0-0-1", "to continue"), ("Tab. Amlong", "5 mg", "1-0-0", "to continue"), ("Tab. Telma", "40 mg", "1-0-0", "to continue")],
      course="Patient was admitted in stroke unit. MRI brain revealed acute infarct in left MCA territory. As patient was beyond window period, thrombolysis was not done. Started on dual antiplatelets, high dose statin and neuroprotective agents. Swallow assessment done, RT feeds initially and later oral feeds started. Physiotherapy and speech therapy initiated. At discharge power improved to 3/5 in right UL and 4/5 in right LL.",
      advice=["Regular physiotherapy at home", "Frequent change of position to prevent bed sores", "Soft diet, aspiration precautions", "BP monitoring - target below 140/90"],
      consult=("cardio", "Source evaluation in acute stroke", "2D Echo: Concentric LVH, LVEF 60%, no clot, no PFO. Holter advised to rule out paroxysmal AF."),
      ed=("RED", "Stroke code activated. CT brain plain - no bleed, ASPECTS 8. Beyond window period (wake-up stroke). Neuro opinion.")),
    S(key="ckd", dept="nephro", age=(35, 70),
      dx=["Chronic Kidney Disease Stage 5 (Diabetic Nephropathy)", "On Maintenance Haemodialysis", "Fluid overload", "Renal anaemia", "Type 2 DM, Systemic HTN"], short="CKD stage 5",
      complaints=[("Breathlessness", "3 days"), ("Swelling of both legs", "10 days"), ("Decreased urine output", "1 week")],
      hpi="Known case of CKD since 3 years, advised dialysis 2 months back but was reluctant. Now presents with progressive breathlessness since %s days, NYHA grade III-IV, orthopnoea and PND. Bilateral pedal oedema. Decreased urine output. Nausea and loss of appetite.",
      pmh=["T2DM x 12 years on insulin", "HTN x 8 years", "Diabetic retinopathy - on follow up"],
      vitals=dict(pr=(96, 110), sbp=(168, 196), dbp=(96, 110), rr=(26, 30), spo2=(86, 92), t=(98.0, 98.6)),
      exam=dict(gen="Conscious, orthopnoeic. Pallor ++. Bilateral pitting pedal oedema up to knees. Facial puffiness. JVP raised.",
                cvs="S1 S2 heard, no murmurs", rs="Bilateral basal crepitations up to mid zones", pa="Soft, mild ascites", cns="No asterixis. NFND."),
      labs={"Haemoglobin": "7.2", "Blood Urea": "186", "Serum Creatinine": "9.8", "Serum Potassium": "6.1", "Serum Sodium": "132", "Serum Bicarbonate": "14", "Serum Calcium": "7.6", "Serum Phosphorus": "6.8", "Serum Albumin": "2.9", "PCV": "22.1"},
      panels=["Complete Blood Picture", "Renal Function Test", "Serum Electrolytes", "Serology", "Urine"],
      imaging=[("USG KUB", "Kidneys", "Right kidney 8.1 cm, left kidney 7.9 cm. Both kidneys are small with increased cortical echogenicity and poor corticomedullary differentiation. No calculi, no hydronephrosis.", "Bilateral small contracted kidneys - medical renal disease (CKD)."),
               ("X-RAY CHEST PA", "Chest", "Cardiomegaly (CTR 0.6). Bilateral perihilar haziness with upper lobe diversion. Blunting of both CP angles.", "Features of pulmonary oedema with bilateral pleural effusion.")],
      ecg=("Sinus tachycardia", "Tall tented T waves in V2-V4. LVH.", "Sinus tachycardia, LVH, T wave changes s/o hyperkalaemia"),
      procedure=dict(name="Right IJV Temporary (Non-tunnelled) Haemodialysis Catheter Insertion", dept="nephro", anaes="Local anaesthesia",
                     indication="Emergency haemodialysis for fluid overload and hyperkalaemia",
                     steps=["Consent obtained. Patient in supine position with head low.", "Under USG guidance and aseptic precautions, right IJV identified.", "2% lignocaine infiltrated.", "Seldinger technique - 12Fr 15 cm double lumen dialysis catheter inserted.", "Both ports aspirated freely, flushed with heparin lock.", "Catheter secured with sutures, dressing applied."],
                     findings="Good flow in both lumens.", complications="None"),
      surgery=dict(name="Left Radiocephalic Arteriovenous Fistula creation", anaes="Local anaesthesia with brachial block", dept="ctvs",
                   findings="Cephalic vein 3 mm, radial artery 2.5 mm, good pulsatile flow. Good thrill after anastomosis.",
                   steps=["Under brachial block, left forearm painted and draped.", "Longitudinal incision at wrist.", "Cephalic vein and radial artery dissected and looped.", "Vein divided, distal end ligated.", "End-to-side anastomosis of cephalic vein to radial artery with 7-0 prolene continuous.", "Clamps released, good thrill felt.", "Skin closed with 4-0 ethilon."],
                   specimen="None", blood_loss="Negligible", drain="Nil", path=None),
      meds_ip=["Haemodialysis via right IJV catheter - 3 sessions with UF", "Inj. Erythropoietin 4000 IU SC twice weekly", "Inj. Iron sucrose 100 mg IV with each HD", "Tab. Nicardia Retard 20 mg TID", "Tab. Prazosin XL 5 mg BD", "Tab. Sevelamer 800 mg TID with meals", "Inj. Lasix 80 mg IV BD", "Inj. Human Actrapid as per GRBS"],
      meds_dc=[("Tab. Nicardia Retard", "20 mg", "1-1-1", "to continue"), ("Tab. Minipress XL", "5 mg", "1-0-1", "to continue"), ("Tab. Lasix", "40 mg", "1-1-0", "to continue"), ("Tab. Sevelamer", "800 mg", "1-1-1 with food", "to continue"), ("Tab. Shelcal", "500 mg", "0-1-0", "to continue"), ("Inj. Erythropoietin", "4000 IU", "SC twice a week", "to continue"), ("Inj. Lantus", "10 U", "at bedtime", "to continue")],
      course="Patient was admitted with fluid overload and hyperkalaemia. Right IJV HD catheter inserted and haemodialysis initiated. Underwent 3 sessions of HD with total UF of 7.5 L following which breathlessness improved and saturation maintained on room air. Left radiocephalic AV fistula created by CTVS team. Patient counselled regarding maintenance haemodialysis twice weekly and renal transplant evaluation.",
      advice=["Fluid restriction - 1 litre per day", "Low salt, low potassium, low protein diet (renal diet chart given)", "Do not allow BP measurement, IV lines or blood samples in left arm (AV fistula arm)", "Check thrill in fistula daily", "HD on Tuesday & Friday"],
      consult=("ctvs", "AV fistula creation for maintenance HD", "Left radiocephalic AVF feasible. Vein mapping done. Planned under brachial block."),
      ed=("RED", "SpO2 88% RA. Started on O2 via NRBM. Inj. Lasix 80 mg IV, Inj. Calcium gluconate 10 mL IV, insulin-dextrose. Nephrology called for emergency HD.")),
    S(key="ugib", dept="gastro", sex="M", age=(34, 64),
      dx=["Alcoholic Liver Disease with Portal Hypertension", "Upper GI bleed - Oesophageal variceal bleed (s/p EVL)", "Decompensated chronic liver disease (Child-Pugh C)", "Ascites"], short="Variceal upper GI bleed",
      complaints=[("Vomiting of blood", "1 day, 3 episodes"), ("Black coloured stools", "2 days"), ("Abdominal distension", "1 month"), ("Yellowish discolouration of eyes", "15 days")],
      hpi="Chronic alcoholic, consuming about 180-360 mL whisky daily for 15 years, last drink %s days ago. Presented with 3 episodes of haematemesis, about 200 mL each, fresh red blood with clots and malena since 2 days. Progressive abdominal distension for 1 month, jaundice since 15 days. H/o giddiness. No h/o altered sensorium.",
      pmh=["Chronic alcoholic - 15 years", "Smoker - beedi 10/day", "No DM/HTN"],
      vitals=dict(pr=(108, 122), sbp=(86, 100), dbp=(52, 64), rr=(20, 24), spo2=(96, 98), t=(98.0, 98.6)),
      exam=dict(gen="Conscious, oriented. Pallor ++, icterus +. Bilateral pedal oedema. Palmar erythema, gynaecomastia, spider naevi present. Flapping tremors absent.",
                cvs="S1 S2 +", rs="BAE +, decreased breath sounds right base", pa="Distended, shifting dullness present. Splenomegaly 3 cm below costal margin. Dilated veins over abdominal wall.", cns="NFND. No asterixis."),
      labs={"Haemoglobin": "6.4", "PCV": "19.8", "Platelet Count": "0.68", "Total Bilirubin": "4.8", "Direct Bilirubin": "2.6", "SGOT (AST)": "148", "SGPT (ALT)": "62", "Serum Albumin": "2.4", "INR": "1.9", "PT": "21.6", "Blood Urea": "58"},
      panels=["Complete Blood Picture", "Liver Function Test", "Coagulation Profile", "Renal Function Test", "Serology"],
      imaging=[("USG ABDOMEN", "Abdomen", "Liver shrunken (11 cm) with coarse echotexture and nodular surface. Portal vein 14.5 mm. Spleen enlarged 15.2 cm. Moderate ascites. GB wall oedematous. No focal lesion.", "Chronic liver disease with portal hypertension, splenomegaly and moderate ascites.")],
      procedure=dict(name="Upper GI Endoscopy with Endoscopic Variceal Ligation (EVL)", dept="gastro", anaes="Topical pharyngeal anaesthesia (10% lignocaine spray) with conscious sedation (Inj. Midazolam 2 mg)",
                     indication="Haematemesis and malena in known ALD",
                     steps=["Informed consent taken.", "Pharyngeal anaesthesia given, patient in left lateral position.", "Scope introduced under vision.", "Oesophagus: Large (Grade III) varices in lower 1/3rd with red colour signs and stigmata of recent bleed (white nipple sign).", "Stomach: Moderate portal hypertensive gastropathy. Small fundal varices (GOV1). Fresh blood in fundus, cleared.", "Duodenum: D1, D2 normal.", "EVL done - 5 bands applied starting from GE junction upwards.", "Haemostasis achieved. No active bleed at end of procedure."],
                     findings="Grade III oesophageal varices with stigmata of recent bleed. PHG. GOV1.", complications="Nil"),
      meds_ip=["Inj. Terlipressin 2 mg IV 4th hourly", "Inj. Pantoprazole 80 mg IV bolus then 8 mg/hr", "Inj. Ceftriaxone 1 g IV OD", "Inj. Vitamin K 10 mg IV OD x 3 days", "Syp. Lactulose 20 mL TID", "Inj. Thiamine 200 mg IV TID", "2 units PRBC and 4 units FFP transfused", "Tab. Rifaximin 550 mg BD"],
      meds_dc=[("Tab. Propranolol (Ciplar)", "20 mg", "1-0-1", "to continue"), ("Tab. Aldactone", "50 mg", "1-0-0", "to continue"), ("Tab. Lasix", "20 mg", "1-0-0", "to continue"), ("Syp. Lactulose", "20 mL", "1-1-1 (2-3 soft stools/day)", "to continue"), ("Tab. Rifagut", "550 mg", "1-0-1", "to continue"), ("Tab. Pan", "40 mg", "1-0-0", "1 month"), ("Tab. Benfomet", "1 tab", "1-0-1", "1 month"), ("Tab. Sucralfate", "1 g", "1-1-1", "2 weeks")],
      course="Patient admitted in MICU with variceal UGI bleed. Resuscitated with IV fluids, 2 units PRBC and FFP. Started on terlipressin, PPI and antibiotic prophylaxis. Emergency UGI scopy showed Grade III varices with stigmata of recent bleed and EVL was done. No further bleed. Diagnostic ascitic tap: SAAG 1.6, TLC 120 cells, no SBP. Counselled regarding total abstinence from alcohol. Haemoglobin 8.6 g/dL at discharge.",
      advice=["TOTAL ABSTINENCE FROM ALCOHOL", "Salt restricted diet (< 2 g/day)", "Do not take painkillers (NSAIDs)", "Report immediately if vomiting of blood, black stools or drowsiness", "Repeat EVL after 2 weeks"],
      consult=("psych", "Alcohol dependence syndrome", "Alcohol dependence syndrome, currently in early withdrawal. CIWA-Ar 12. Tab. Lorazepam 2 mg TID tapering. Motivational counselling done. Baclofen 10 mg TID at discharge."),
      ed=("RED", "2 large bore IV cannulas. Blood sent for grouping, cross-matching. NS 1L, Inj. Terlipressin 2 mg IV, Inj. Pantop 80 mg IV. GE on call informed.")),
    S(key="lscs", dept="obg", sex="F", age=(21, 35),
      dx=["G2P1L1 with 38 weeks 4 days gestation", "Previous LSCS", "Elective repeat LSCS done", "Delivered a live male baby"], short="Previous LSCS, term pregnancy",
      complaints=[("Term pregnancy with previous caesarean section", ""), ("Mild pain abdomen", "1 day")],
      hpi="G2P1L1, LMP: %s, EDD as per early scan. Booked case, regular ANC visits in this hospital. Previous LSCS 4 years back for fetal distress. Now admitted for elective repeat LSCS. Perceiving good fetal movements. No h/o leaking PV, bleeding PV. Received Inj. TT 2 doses. Dating scan, NT scan and anomaly scan normal.",
      pmh=["Gestational hypothyroidism on Tab. Thyronorm 25 mcg", "Blood group: B positive", "Previous LSCS 4 yrs ago (male baby, 2.9 kg)"],
      vitals=dict(pr=(82, 94), sbp=(110, 124), dbp=(70, 80), rr=(16, 18), spo2=(98, 99), t=(98.0, 98.6)),
      exam=dict(gen="Pallor +. No pedal oedema.", cvs="S1 S2 +", rs="BAE +",
                pa="Uterus term size, relaxed. Cephalic presentation, FHS 142/min regular. Previous Pfannenstiel scar healthy, non tender.", cns="NAD"),
      labs={"Haemoglobin": "10.4", "PCV": "32.1", "TSH": "2.41"},
      panels=["Complete Blood Picture", "Blood Sugar", "Serology", "Urine", "Coagulation Profile"],
      imaging=[("OBSTETRIC ULTRASOUND (GROWTH SCAN)", "Gravid uterus", "Single live intrauterine fetus in cephalic presentation. BPD 9.1 cm, HC 33.0 cm, AC 33.4 cm, FL 7.2 cm. Average GA 38 weeks 2 days. EFW 3.1 kg (+/- 10%). Placenta posterior, upper segment, grade II maturity. AFI 11 cm. FHR 140 bpm. Lower uterine segment thickness 3.2 mm.", "Single live intrauterine gestation of 38 weeks 2 days, cephalic, adequate liquor.")],
      surgery=dict(name="Elective Repeat Lower Segment Caesarean Section (LSCS)", anaes="Spinal anaesthesia (0.5% Bupivacaine heavy 2 mL)", dept="obg",
                   findings="Lower segment well formed. Minimal adhesions of bladder to lower segment. Delivered a live male baby by vertex at %s, cried immediately after birth, weight 3.05 kg, APGAR 8/10 and 9/10. Placenta and membranes delivered completely. Both tubes and ovaries normal.",
                   steps=["Under SA, patient in supine position with left lateral tilt.", "Abdomen opened by Pfannenstiel incision excising previous scar.", "Uterovesical fold of peritoneum opened, bladder pushed down.", "Lower segment transverse incision made and extended laterally.", "Baby delivered by vertex, cord clamped and cut, handed over to paediatrician.", "Inj. Oxytocin 10 U IV infusion and Inj. Carboprost 250 mcg IM given.", "Placenta delivered by controlled cord traction. Uterine cavity cleaned.", "Uterus closed in 2 layers with No. 1 Vicryl.", "Haemostasis secured. Mop and instrument count correct.", "Abdomen closed in layers. Skin closed with subcuticular 3-0 monocryl."],
                   specimen="Placenta (not sent)", blood_loss="About 500 mL", drain="No drain",
                   path=None),
      meds_ip=["Inj. Cefazolin 2 g IV (pre-incision)", "Inj. Oxytocin 20 U in 500 mL RL @ 30 drops/min", "Inj. Paracetamol 1 g IV TID", "Inj. Diclofenac suppository 100 mg BD", "Inj. Pantoprazole 40 mg IV OD", "Tab. Thyronorm 25 mcg OD"],
      meds_dc=[("Tab. Cefuroxime", "500 mg", "1-0-1", "5 days"), ("Tab. Dolo", "650 mg", "1-1-1", "3 days then SOS"), ("Tab. Autrin / Iron", "1 tab", "0-1-0", "3 months"), ("Tab. Shelcal", "500 mg", "1-0-1", "3 months"), ("Tab. Thyronorm", "25 mcg", "1-0-0", "till review")],
      course="Patient was admitted for elective repeat LSCS. Underwent LSCS under spinal anaesthesia and delivered a live male baby. Post-op period uneventful. Breast feeding established. Catheter removed after 24 hrs and passed urine. Wound healthy at discharge. Baby roomed in with mother and examined by paediatrician.",
      advice=["Exclusive breast feeding", "Avoid lifting heavy weights for 6 weeks", "Wound care - keep dry, sponge bath till suture removal", "Contraception counselling done", "Review on 7th post-op day for suture removal"],
      consult=("anaes", "Pre-anaesthetic evaluation", "ASA II. Airway MP II. Plan: Spinal anaesthesia. NPO 8 hrs. Tab. Ranitidine 150 mg and Tab. Metoclopramide 10 mg night before and morning of surgery."),
      ed=("YELLOW", "Labour room evaluation. CTG reactive. Admitted under OBG unit.")),
    S(key="nof", dept="ortho", age=(62, 88),
      dx=["Closed Displaced Fracture Neck of Femur - Right (Garden IV)", "Systemic Hypertension", "Osteoporosis"], short="Fracture neck of femur right",
      complaints=[("Pain right hip", "2 days"), ("Inability to bear weight on right lower limb", "2 days")],
      hpi="H/o slip and fall in bathroom %s days back, landed on right side. Since then complains of pain in right hip and inability to stand or walk. No h/o head injury, LOC, ENT bleed, vomiting. Was taken to local RMP, bandage applied.",
      pmh=["HTN since 5 years on Tab. Telmisartan 40 mg OD", "Cataract surgery both eyes"],
      vitals=dict(pr=(78, 92), sbp=(140, 160), dbp=(80, 92), rr=(16, 20), spo2=(96, 98), t=(98.0, 98.6)),
      exam=dict(gen="Conscious, oriented. Mild pallor.", cvs="S1 S2 +", rs="BAE +", pa="Soft, NT",
                cns="NFND", local="Right lower limb - external rotation with 2 cm shortening. Tenderness over right hip (Scarpa's triangle). Movements painful and restricted. Distal pulses (DPA, PTA) palpable. No distal neurovascular deficit."),
      labs={"Haemoglobin": "10.6"},
      panels=["Complete Blood Picture", "Renal Function Test", "Coagulation Profile", "Serology", "Blood Sugar", "Serum Electrolytes"],
      imaging=[("X-RAY PELVIS WITH BOTH HIPS AP VIEW", "Pelvis", "Displaced subcapital fracture of neck of right femur with complete loss of continuity (Garden stage IV). Diffuse osteopenia. Left hip joint normal. Degenerative changes in lumbar spine.", "Displaced fracture neck of right femur (Garden IV).")],
      surgery=dict(name="Right Cemented Bipolar Hemiarthroplasty", anaes="Combined Spinal Epidural Anaesthesia", dept="ortho",
                   findings="Displaced subcapital fracture neck of femur. Femoral head size 46 mm. Fracture haematoma present. Acetabular cartilage healthy.",
                   steps=["Under CSE, patient in left lateral position. Parts painted and draped.", "Southern Moore (posterior) approach.", "Short external rotators tagged and divided. Capsule opened in T-shaped manner.", "Femoral head extracted and sized (46 mm).", "Neck osteotomy done 1 cm above lesser trochanter.", "Femoral canal prepared with serial broaches.", "Canal lavage, cement restrictor placed, bone cement (40 g) inserted with cement gun.", "Cemented stem with 46 mm bipolar head inserted and hip reduced. Stable in all ranges.", "Capsule and external rotators repaired. Closed in layers over drain. Skin with staples."],
                   specimen="Femoral head (sent to bone bank/discarded)", blood_loss="About 350 mL", drain="Romovac drain No. 14 placed",
                   path=None),
      meds_ip=["Inj. Cefuroxime 1.5 g IV BD", "Inj. Tramadol 50 mg IV in 100 mL NS TID", "Inj. Paracetamol 1 g IV TID", "Inj. Enoxaparin 40 mg SC OD", "Inj. Pantoprazole 40 mg IV OD", "Tab. Telma 40 mg OD"],
      meds_dc=[("Tab. Cefuroxime", "500 mg", "1-0-1", "5 days"), ("Tab. Zerodol-P", "1 tab", "1-0-1 after food", "7 days"), ("Tab. Pantop", "40 mg", "1-0-0", "7 days"), ("Tab. Apixaban", "2.5 mg", "1-0-1", "4 weeks"), ("Tab. Shelcal HD", "1 tab", "0-1-0", "3 months"), ("Tab. Telma", "40 mg", "1-0-0", "to continue")],
      course="Patient was admitted with fracture neck of femur right. After pre-operative workup and medical/anaesthesia fitness, underwent right cemented bipolar hemiarthroplasty under CSE. Post-op 1 unit PRBC transfused. Drain removed on POD 2. Mobilised with walker, full weight bearing from POD 2 under physiotherapy supervision. Check X-ray satisfactory.",
      advice=["Walker assisted ambulation", "Do not sit cross legged / squat / use Indian toilet", "Avoid bending forward beyond 90 degrees at hip", "Staple removal on POD 14", "Physiotherapy exercises as taught"],
      consult=("med", "Medical fitness for surgery, elderly with HTN", "BP controlled. ECG - NSR, LAD. Echo EF 58%. Fit for surgery under regional anaesthesia. High risk explained. Continue Telma. DVT prophylaxis."),
      ed=("YELLOW", "Inj. Tramadol 50 mg IV given. Skin traction applied to right lower limb. X-ray pelvis done. Ortho unit informed.")),
    S(key="bph", dept="uro", sex="M", age=(58, 82),
      dx=["Benign Prostatic Hyperplasia with Acute Urinary Retention", "s/p TURP", "Type 2 Diabetes Mellitus"], short="BPH with urinary retention",
      complaints=[("Inability to pass urine", "1 day"), ("Increased frequency and poor stream", "1 year"), ("Nocturia 4-5 times", "6 months")],
      hpi="Patient had lower urinary tract symptoms - frequency, urgency, hesitancy, poor stream, post void dribbling and nocturia since 1 year. Was on Tab. Tamsulosin from local doctor irregularly. Since %s day he is unable to pass urine with suprapubic pain. No h/o haematuria, fever.",
      pmh=["T2DM since 8 years on OHA", "No h/o HTN"],
      vitals=dict(pr=(82, 96), sbp=(130, 150), dbp=(80, 90), rr=(16, 18), spo2=(97, 99), t=(98.0, 98.6)),
      exam=dict(gen="Moderately built, no pallor.", cvs="S1 S2 +", rs="BAE +", pa="Bladder palpable up to umbilicus, tender.", cns="NAD",
                local="DRE: Prostate grade II-III enlarged, smooth, firm, median sulcus obliterated, non tender, rectal mucosa free."),
      labs={"PSA (Total)": "3.8", "RBS": "186", "HbA1c": "7.6", "Serum Creatinine": "1.4"},
      panels=["Complete Blood Picture", "Renal Function Test", "Blood Sugar", "Coagulation Profile", "Urine", "Serology"],
      imaging=[("USG KUB & PROSTATE", "KUB", "Both kidneys normal in size with mild bilateral hydroureteronephrosis. Urinary bladder thick walled (7 mm) with trabeculations. Prostate enlarged, measures 5.2 x 4.6 x 4.4 cm, volume 56 cc, with median lobe protrusion of 12 mm. PVR 210 mL (pre-catheterisation).", "Prostatomegaly (56 cc) with median lobe, trabeculated bladder and mild bilateral HUN.")],
      surgery=dict(name="Transurethral Resection of Prostate (TURP) - Bipolar", anaes="Spinal anaesthesia", dept="uro",
                   findings="Urethra normal. Bilobar with median lobe prostatic enlargement, obstructive. Bladder - grade II trabeculations, no stones, no growth. Both ureteric orifices normal.",
                   steps=["Under SA, patient in lithotomy position. Parts painted and draped.", "Cystourethroscopy done with 26Fr resectoscope.", "Bipolar resection of median lobe followed by lateral lobes done, from bladder neck to verumontanum.", "Prostatic chips evacuated with Ellik evacuator.", "Haemostasis achieved.", "22Fr 3-way Foley catheter inserted, balloon inflated 30 mL, continuous bladder irrigation started."],
                   specimen="Prostatic chips (approx. 32 g)", blood_loss="About 150 mL", drain="3-way Foley catheter with CBI",
                   path=("Prostatic chips", "Received multiple grey white tissue chips weighing 32 grams in aggregate. Entire tissue processed in 6 cassettes.", "Sections show hyperplastic glands of varying size, some cystically dilated, lined by two layers of cells with papillary infoldings. Corpora amylacea seen. Fibromuscular stroma is hyperplastic with chronic inflammatory infiltrate. No evidence of malignancy.", "Nodular hyperplasia of prostate with chronic prostatitis. Negative for malignancy.")),
      meds_ip=["Inj. Ceftriaxone 1 g IV BD", "Inj. Tramadol 50 mg IV SOS", "Tab. Tamsulosin 0.4 mg HS", "Continuous bladder irrigation with NS", "Inj. Human Actrapid as per GRBS"],
      meds_dc=[("Tab. Ofloxacin", "200 mg", "1-0-1", "5 days"), ("Tab. Urispas", "200 mg", "1-1-1", "5 days"), ("Tab. Glimepiride + Metformin (1/500)", "1 tab", "1-0-1", "to continue"), ("Syp. Alkacitral", "10 mL in water", "1-1-1", "5 days")],
      course="Patient was catheterised in casualty, 900 mL drained. After optimisation of sugars, underwent bipolar TURP under SA. CBI stopped on POD 1 when urine cleared. Catheter removed on POD 3, passing urine well with good stream. PVR 20 mL.",
      advice=["Drink plenty of water 3-4 litres/day", "Avoid straining, heavy lifting and two wheeler riding for 4 weeks", "Mild burning and occasional blood in urine may occur", "Report if unable to pass urine or clots"],
      consult=("endo", "Sugar optimisation pre-op", "Stop OHA 24 hrs before surgery, Actrapid sliding scale. Resume OHA once oral intake."),
      ed=("YELLOW", "Foley catheterisation done under aseptic precautions - 900 mL clear urine drained. Urology opinion.")),
    S(key="hernia", dept="surg", sex="M", age=(28, 70),
      dx=["Right Indirect Inguinal Hernia (reducible)"], short="Right inguinal hernia",
      complaints=[("Swelling in right groin", "8 months"), ("Dragging pain in right groin", "1 month")],
      hpi="Patient noticed a swelling in right groin %s months back, initially small, gradually increased in size, appears on standing and coughing and disappears on lying down. Dragging pain on prolonged standing. No h/o irreducibility, vomiting, constipation. No h/o chronic cough, straining at micturition.",
      pmh=["No comorbidities", "Non smoker"],
      vitals=dict(pr=(72, 84), sbp=(118, 132), dbp=(74, 84), rr=(14, 16), spo2=(98, 99), t=(98.0, 98.4)),
      exam=dict(gen="Moderately built, no pallor", cvs="S1 S2 +", rs="Clear", pa="Soft, non tender", cns="NAD",
                local="A 6 x 4 cm swelling in right inguinal region extending into scrotum, expansile cough impulse present, reducible, deep ring occlusion test positive. Both testes palpable normally. Left side normal."),
      labs={}, panels=["Complete Blood Picture", "Renal Function Test", "Blood Sugar", "Coagulation Profile", "Serology"],
      imaging=[("USG INGUINOSCROTAL REGION", "Groin", "Right inguinal canal shows a hernial defect at deep ring measuring 14 mm with omentum as content, herniating on valsalva, extending into right scrotum. Reducible. Both testes normal. No hydrocele.", "Right indirect inguinal hernia with omentum as content.")],
      surgery=dict(name="Right Inguinal Hernioplasty (Lichtenstein tension-free mesh repair)", anaes="Spinal anaesthesia", dept="surg",
                   findings="Indirect sac of 6 cm with omentum as content. Deep ring dilated ~2 cm. Posterior wall fair.",
                   steps=["Under SA, parts painted and draped.", "Right inguinal skin crease incision.", "External oblique aponeurosis opened, ilioinguinal nerve identified and preserved.", "Cord lifted, indirect sac identified, dissected up to deep ring, contents reduced, sac transfixed and excised.", "Polypropylene mesh 15 x 7.5 cm placed and fixed with 2-0 prolene to pubic tubercle, inguinal ligament and conjoint tendon.", "External oblique closed with 2-0 vicryl. Skin closed with staples."],
                   specimen="Hernial sac", blood_loss="Minimal", drain="Nil",
                   path=("Hernial sac", "Received a membranous tissue measuring 4 x 3 x 0.3 cm.", "Sections show fibrocollagenous tissue lined by mesothelium with congested vessels and mild chronic inflammation.", "Hernial sac - consistent with clinical diagnosis.")),
      meds_ip=["Inj. Cefuroxime 1.5 g IV at induction then BD", "Inj. Paracetamol 1 g IV TID", "Inj. Pantoprazole 40 mg IV OD", "Inj. Tramadol 50 mg IV SOS"],
      meds_dc=[("Tab. Cefuroxime", "500 mg", "1-0-1", "5 days"), ("Tab. Aceclofenac + Paracetamol", "1 tab", "1-0-1", "5 days"), ("Tab. Rabeprazole", "20 mg", "1-0-0", "5 days"), ("Scrotal support", "", "", "2 weeks")],
      course="Elective admission for right inguinal hernioplasty. Underwent Lichtenstein mesh repair under SA. Post-operative period uneventful. Voided urine on evening of surgery. Wound healthy.",
      advice=["Avoid lifting heavy weights for 3 months", "Avoid constipation - high fibre diet", "Staple removal on POD 8", "Wear scrotal support"],
      ed=("GREEN", "Reducible hernia, no features of obstruction. Advised surgical OPD.")),
    S(key="breast", dept="onco", sex="F", age=(35, 66),
      dx=["Carcinoma Left Breast - Invasive Ductal Carcinoma (cT2N1M0, Stage IIB)", "ER/PR positive, HER2 negative", "s/p Left Modified Radical Mastectomy"], short="Carcinoma left breast",
      complaints=[("Lump in left breast", "4 months"), ("Swelling in left axilla", "1 month")],
      hpi="Patient noticed a painless lump in left breast %s months back, gradually increasing in size. No h/o nipple discharge, retraction. Noticed a swelling in left axilla since 1 month. No h/o bone pains, cough, jaundice. Attained menopause 3 years back. No family h/o breast or ovarian cancer.",
      pmh=["No comorbidities", "P3L3, all breast fed", "Tubectomy done"],
      vitals=dict(pr=(74, 86), sbp=(118, 134), dbp=(74, 84), rr=(14, 16), spo2=(98, 99), t=(98.0, 98.4)),
      exam=dict(gen="Moderately built and nourished. No pallor.", cvs="S1 S2 +", rs="Clear", pa="Soft, no hepatomegaly", cns="NAD",
                local="Left breast: 4 x 3.5 cm hard, irregular lump in upper outer quadrant, 3 cm from nipple, mobile over chest wall, skin not involved. Left axilla: 2 mobile, firm lymph nodes 1.5 cm. Right breast and axilla normal. Supraclavicular nodes not palpable."),
      labs={}, panels=["Complete Blood Picture", "Liver Function Test", "Renal Function Test", "Blood Sugar", "Serology"],
      imaging=[("BILATERAL MAMMOGRAPHY WITH SONOMAMMOGRAPHY", "Breast", "Left breast: An irregular spiculated high density mass measuring 3.8 x 3.2 cm in upper outer quadrant with associated pleomorphic microcalcifications. On USG - hypoechoic mass with angular margins and posterior acoustic shadowing, taller than wide. Left axilla: two enlarged nodes with loss of fatty hilum, largest 16 mm. Right breast: Normal fibroglandular tissue.", "Left breast: BI-RADS 5. Suspicious left axillary nodes. Right breast: BI-RADS 1."),
               ("CECT CHEST & ABDOMEN (METASTATIC WORKUP)", "Chest/Abdomen", "No pulmonary nodules. No mediastinal lymphadenopathy. Liver normal, no focal lesion. No skeletal lytic/sclerotic lesions.", "No evidence of distant metastasis.")],
      surgery=dict(name="Left Modified Radical Mastectomy (MRM) with Level I/II Axillary Clearance", anaes="General Anaesthesia", dept="onco",
                   findings="4 x 4 cm hard tumour in left UOQ, free from pectoralis major. Multiple level I axillary nodes, largest 2 cm. Level III nodes not palpable.",
                   steps=["Under GA, patient supine with left arm abducted. Parts painted and draped.", "Elliptical incision encompassing nipple-areola complex and tumour with 2 cm margin.", "Superior and inferior flaps raised.", "Breast dissected off pectoralis major along with fascia.", "Axillary dissection level I and II done preserving long thoracic nerve, thoracodorsal bundle and intercostobrachial nerve.", "Specimen removed en bloc, oriented and sent for HPE.", "Haemostasis. Two suction drains placed (flap and axilla).", "Skin closed with staples."],
                   specimen="Left MRM specimen with axillary contents (oriented - long stitch lateral, short stitch superior)", blood_loss="About 200 mL", drain="2 x 14Fr suction drains",
                   path=("Left modified radical mastectomy specimen", "Received MRM specimen measuring 22 x 16 x 5 cm with skin ellipse 18 x 8 cm, nipple unremarkable. On serial slicing a grey-white firm tumour measuring 3.9 x 3.4 x 3.0 cm in UOQ, 1.8 cm from deep margin. 14 lymph nodes identified in axillary fat.", "Sections show tumour composed of cells arranged in nests, cords and tubules (<10%), showing marked nuclear pleomorphism and 12 mitoses/10 HPF. Modified Bloom Richardson grade: 3+3+2 = 8 (Grade III). Lymphovascular invasion present. DCIS component (solid type) 10%. All margins free - closest deep margin 1.8 cm. Nipple and skin free. Lymph nodes: 3/14 show metastatic deposits, largest 1.2 cm, with perinodal extension.", "Invasive ductal carcinoma (NST), Grade III, left breast. pT2 N1a. Margins free. IHC: ER positive (Allred 7/8), PR positive (Allred 6/8), HER2/neu 1+ (negative), Ki-67 35%.")),
      procedure=dict(name="USG guided Trucut Biopsy of Left Breast Lump", dept="radio", anaes="Local anaesthesia",
                     indication="BI-RADS 5 lesion left breast",
                     steps=["Written informed consent taken.", "Patient supine, left arm raised. Under USG guidance and aseptic precautions, 2% lignocaine infiltrated.", "Small skin nick made.", "4 cores obtained with 14G automated biopsy gun.", "Cores placed in 10% formalin and sent for HPE and IHC.", "Pressure applied, sterile dressing done."],
                     findings="Adequate cores obtained.", complications="None"),
      meds_ip=["Inj. Cefazolin 1 g IV at induction", "Inj. Paracetamol 1 g IV TID", "Inj. Tramadol 50 mg IV SOS", "Inj. Pantoprazole 40 mg IV OD"],
      meds_dc=[("Tab. Cefuroxime", "500 mg", "1-0-1", "5 days"), ("Tab. Dolo", "650 mg", "1-1-1", "5 days"), ("Tab. Pan", "40 mg", "1-0-0", "5 days"), ("Tab. Letrozole", "2.5 mg", "0-0-1", "after medical oncology review")],
      course="Patient was admitted for surgery. Underwent left MRM under GA. Post-op period uneventful. Flap drain removed on POD 5; patient discharged with axillary drain in situ with drain care instructions. Arm exercises taught by physiotherapist. Case discussed in tumour board - plan for adjuvant chemotherapy followed by radiotherapy and hormone therapy.",
      advice=["Drain care as taught; record daily drain output", "Shoulder exercises as taught", "Avoid BP check, injections on left arm", "Review in surgical oncology OPD with HPE report; medical oncology appointment given"],
      consult=("onco", "Adjuvant therapy plan", "Post-MRM, pT2N1a, ER/PR+, HER2-. Plan: 4 cycles AC followed by 12 weekly paclitaxel, then RT to chest wall and SCF, then Letrozole x 5 years. Port placement advised."),
      ed=("GREEN", "Not applicable - elective admission.")),
    S(key="meningitis", dept="med", age=(18, 60),
      dx=["Acute Bacterial Meningitis", "Sepsis"], short="Acute bacterial meningitis",
      complaints=[("Fever", "3 days"), ("Severe headache", "2 days"), ("Vomiting", "2 days"), ("Altered sensorium", "since morning")],
      hpi="Patient was apparently well %s days ago when he/she developed high grade fever with chills, followed by severe holocranial headache and projectile vomiting. Since this morning attenders noticed drowsiness and irrelevant talk. No h/o seizures, ear discharge, head trauma, rash.",
      pmh=["No significant past history", "Not a known diabetic/hypertensive"],
      vitals=dict(pr=(108, 120), sbp=(104, 120), dbp=(66, 76), rr=(22, 26), spo2=(95, 97), t=(102.0, 103.6)),
      exam=dict(gen="Drowsy, arousable, GCS E3V4M6. Febrile. No rash.", cvs="S1 S2 +, tachycardia", rs="BAE +",
                pa="Soft", cns="Neck stiffness present. Kernig's sign positive. Brudzinski's positive. Pupils B/L equal and reacting. No focal deficit. Plantars flexor. Fundus - no papilloedema."),
      labs={"Total Leucocyte Count": "18600", "Neutrophils": "89", "Lymphocytes": "8", "CRP": "146", "Procalcitonin": "8.4"},
      panels=["Complete Blood Picture", "Renal Function Test", "Liver Function Test", "CSF", "Serology"],
      imaging=[("CT BRAIN (PLAIN AND CONTRAST)", "Brain", "No intracranial haemorrhage or infarct. Mild diffuse leptomeningeal enhancement seen over bilateral cerebral convexities. Ventricles normal in size. No hydrocephalus. No abscess. Paranasal sinuses and mastoids clear.", "Leptomeningeal enhancement - consistent with meningitis. No contraindication for LP.")],
      procedure=dict(name="Diagnostic Lumbar Puncture", dept="med", anaes="Local anaesthesia (2% lignocaine)",
                     indication="Suspected acute meningitis - CSF analysis",
                     steps=["CT brain reviewed - no mass effect.", "Informed consent taken from attender.", "Patient in left lateral decubitus position with knees flexed.", "Under aseptic precautions, L3-L4 space identified.", "Local anaesthesia infiltrated.", "22G spinal needle introduced, CSF obtained in first attempt.", "Opening pressure 28 cm H2O.", "CSF turbid, 6 mL collected in 3 sterile containers and sent for cell count, biochemistry, Gram stain, culture, CBNAAT.", "Needle removed, dressing applied. Patient advised to lie supine for 4 hours."],
                     findings="Turbid CSF, raised opening pressure.", complications="Nil"),
      meds_ip=["Inj. Ceftriaxone 2 g IV BD", "Inj. Vancomycin 1 g IV BD", "Inj. Dexamethasone 8 mg IV 6th hourly x 4 days", "Inj. Paracetamol 1 g IV SOS", "Inj. Mannitol 100 mL IV TID x 2 days", "Inj. Pantoprazole 40 mg IV OD"],
      meds_dc=[("Tab. Pan", "40 mg", "1-0-0", "5 days"), ("Tab. Dolo", "650 mg", "SOS", ""), ("Tab. Becosules", "1 tab", "0-1-0", "15 days")],
      course="Patient was admitted with features of meningitis. CT brain followed by LP done. CSF showed neutrophilic pleocytosis with low sugar and high protein. CSF culture grew Streptococcus pneumoniae sensitive to ceftriaxone; vancomycin stopped after 48 hours. Patient received IV ceftriaxone for 14 days. Sensorium improved by day 3. Afebrile from day 5. Hearing assessment (audiometry) was normal.",
      advice=["Adequate rest for 2 weeks", "Report if fever, headache, seizures", "Pneumococcal vaccination advised after recovery"],
      consult=("neuro", "Altered sensorium with meningism", "Acute bacterial meningitis. Agree with empirical ceftriaxone + vancomycin + dexamethasone. Watch for seizures, hydrocephalus. Repeat LP not required if improving."),
      ed=("RED", "GCS 13/15. Blood cultures sent. Inj. Ceftriaxone 2 g IV, Inj. Dexamethasone 8 mg IV given. CT brain done.")),
    S(key="op_poison", dept="em", age=(18, 45),
      dx=["Organophosphate Compound Poisoning (suicidal intent)", "Type 1 Respiratory failure - on mechanical ventilation (resolved)", "Aspiration pneumonia"], short="OP compound poisoning",
      complaints=[("Alleged h/o consumption of insecticide", "3 hours ago"), ("Vomiting", "2 hours"), ("Excessive salivation and sweating", "2 hours")],
      hpi="Alleged h/o consumption of about 50-100 mL of an organophosphate insecticide (as per bottle brought - chlorpyrifos) with suicidal intent at around %s hrs at home following a family dispute. Followed by vomitings, excessive salivation, sweating, loose stools and drowsiness. Gastric lavage done at PHC and referred. Police intimation given (MLC).",
      pmh=["No prior psychiatric illness", "No previous suicide attempts"],
      vitals=dict(pr=(48, 58), sbp=(94, 108), dbp=(56, 66), rr=(28, 34), spo2=(84, 90), t=(98.0, 98.6)),
      exam=dict(gen="Drowsy, GCS E2V2M5. Profuse salivation, sweating. Kerosene-like odour. Fasciculations over calf and chest muscles.",
                cvs="Bradycardia, S1 S2 +", rs="Bilateral coarse crepitations", pa="Soft, bowel sounds increased", cns="Pupils pin point, B/L sluggish. Plantars flexor. Tone decreased."),
      labs={"Serum Cholinesterase": "412", "Total Leucocyte Count": "15200", "CPK": "486"},
      panels=["Complete Blood Picture", "Renal Function Test", "Liver Function Test", "ABG", "Serum Electrolytes"],
      imaging=[("X-RAY CHEST AP (PORTABLE)", "Chest", "ET tube in situ, tip 4 cm above carina. Right lower zone inhomogeneous opacity. Right CP angle clear. Cardiac size normal.", "Right lower zone consolidation - ? aspiration pneumonia. ET tube in position.")],
      ecg=("Sinus bradycardia", "Rate 52/min. QTc 480 ms. No ST changes.", "Sinus bradycardia with prolonged QTc"),
      procedure=dict(name="Emergency Endotracheal Intubation", dept="em", anaes="Rapid sequence induction - Inj. Etomidate 20 mg, Inj. Rocuronium 60 mg",
                     indication="Type 1 respiratory failure, GCS 8, copious secretions",
                     steps=["Pre-oxygenated with BMV 100% O2.", "RSI drugs given.", "Oral suction of secretions.", "Laryngoscopy with Macintosh blade 3 - Cormack Lehane grade II.", "7.5 mm cuffed ET tube passed, fixed at 21 cm at incisors.", "Position confirmed with bilateral equal air entry and EtCO2 waveform.", "Connected to ventilator - VC mode, TV 450, RR 16, PEEP 5, FiO2 60%."],
                     findings="Copious secretions in oropharynx.", complications="None"),
      meds_ip=["Inj. Atropine 1.8 mg IV bolus, then infusion titrated to atropinisation", "Inj. PAM (Pralidoxime) 2 g IV loading then 500 mg/hr infusion", "Inj. Midazolam infusion for sedation", "Inj. Piperacillin-Tazobactam 4.5 g IV TID", "Inj. Pantoprazole 40 mg IV OD", "Chest physiotherapy, ET suction"],
      meds_dc=[("Tab. Augmentin", "625 mg", "1-0-1", "5 days"), ("Tab. Pan", "40 mg", "1-0-0", "5 days"), ("Tab. Escitalopram", "10 mg", "0-0-1", "as per psychiatry")],
      course="Patient was brought to ER with features of OP poisoning. Intubated for respiratory failure and managed in MICU with atropine and pralidoxime infusions. Developed aspiration pneumonia, treated with antibiotics. Weaned off atropine over 5 days and extubated on day 6. No features of intermediate syndrome. Psychiatry evaluation done. MLC formalities completed.",
      advice=["Keep all pesticides and medicines locked away, out of reach", "Family to supervise closely", "Follow up with psychiatry OPD", "Tele-MANAS helpline number explained"],
      consult=("psych", "Suicide attempt - risk assessment", "Impulsive act following interpersonal conflict. No current suicidal ideation. Adjustment disorder with depressed mood. Tab. Escitalopram 10 mg HS. Family counselling done. Review in 2 weeks."),
      ed=("RED", "GCS 8. Airway secured - intubated. Inj. Atropine 1.8 mg IV bolus, doubled every 5 min till atropinised. PAM started. MLC registered, police informed.")),
    S(key="tb_eff", dept="pulmo", age=(20, 60),
      dx=["Right Sided Tuberculous Pleural Effusion", "Started on Anti-Tubercular Therapy (Cat. - New)"], short="Right tuberculous pleural effusion",
      complaints=[("Fever, evening rise", "1 month"), ("Dry cough", "3 weeks"), ("Breathlessness", "10 days"), ("Right sided chest pain", "2 weeks"), ("Loss of weight and appetite", "1 month")],
      hpi="Patient was apparently well %s weeks back, then developed low grade fever with evening rise, night sweats, dry cough and right sided pleuritic chest pain. Breathlessness on exertion for 10 days, gradually progressive. Loss of weight ~5 kg in 1 month. No h/o haemoptysis. No h/o contact with TB patient. No previous ATT.",
      pmh=["No comorbidities", "Non smoker"],
      vitals=dict(pr=(94, 106), sbp=(110, 124), dbp=(70, 80), rr=(22, 26), spo2=(92, 95), t=(99.2, 100.4)),
      exam=dict(gen="Thin built. Mild pallor. No lymphadenopathy.", cvs="S1 S2 +", rs="Trachea shifted to left. Decreased movements on right side. Stony dull note on percussion right infra-axillary and infrascapular areas. Breath sounds absent right lower zones. Vocal resonance decreased.", pa="Soft", cns="NAD"),
      labs={"ESR": "68", "Haemoglobin": "10.8", "CRP": "38"},
      panels=["Complete Blood Picture", "Liver Function Test", "Renal Function Test", "Pleural Fluid", "Serology"],
      imaging=[("X-RAY CHEST PA VIEW", "Chest", "Homogeneous opacity in right lower and mid zones with obliteration of right CP angle and meniscus sign. Mediastinum shifted to left. Left lung clear.", "Moderate to large right pleural effusion."),
               ("USG THORAX", "Chest", "Moderate right pleural effusion (~800 mL) with thin septations and internal echoes. Underlying lung collapse. Left pleural space clear.", "Moderate right septated pleural effusion.")],
      procedure=dict(name="Right Diagnostic and Therapeutic Thoracocentesis (Pleural Tap)", dept="pulmo", anaes="Local anaesthesia (2% lignocaine)",
                     indication="Moderate right pleural effusion - diagnostic and therapeutic",
                     steps=["Consent taken. Patient seated leaning forward on a table.", "Site marked under USG guidance - right 8th ICS, posterior axillary line.", "Under aseptic precautions, LA infiltrated up to pleura.", "18G cannula inserted along upper border of rib, fluid aspirated.", "800 mL straw coloured fluid drained slowly.", "Samples sent for cell count, protein, sugar, LDH, ADA, Gram stain, AFB, CBNAAT, cytology.", "Needle withdrawn, sterile dressing applied. Post procedure X-ray - no pneumothorax."],
                     findings="800 mL straw coloured fluid.", complications="Mild cough towards the end, procedure stopped."),
      meds_ip=["Tab. HRZE (4FDC) 3 tabs OD empty stomach (weight band 39-54 kg)", "Tab. Pyridoxine 10 mg OD", "Tab. Paracetamol 650 mg SOS", "Tab. Pantoprazole 40 mg OD"],
      meds_dc=[("Tab. 4FDC (HRZE)", "3 tabs", "1-0-0 empty stomach", "2 months (intensive phase)"), ("Tab. Pyridoxine", "10 mg", "0-1-0", "6 months"), ("Tab. Pantop", "40 mg", "1-0-0", "1 month"), ("Tab. Prednisolone", "-", "not given", "")],
      course="Patient was admitted with right pleural effusion. Diagnostic and therapeutic tap done. Pleural fluid was exudative, lymphocyte predominant with ADA 78 U/L. CBNAAT on pleural fluid - MTB not detected (low sensitivity). Started on ATT based on clinical picture and high ADA. Notified to NTEP (Nikshay ID generated). Breathlessness improved post tap.",
      advice=["Take ATT daily on empty stomach without missing doses", "Red colour urine is expected with rifampicin", "Report if yellowish eyes, vomiting, joint pain, blurring of vision", "High protein diet", "Repeat LFT after 2 weeks, chest X-ray after 1 month"],
      consult=("ophth", "Baseline eye evaluation before ethambutol", "Visual acuity 6/6 both eyes. Colour vision normal (Ishihara). Fundus normal. Fit for ethambutol. Review if any visual complaints."),
      ed=("YELLOW", "SpO2 93% RA. O2 via nasal prongs 2 L/min. CXR - right pleural effusion. Pulmonology opinion.")),
    S(key="age_child", dept="paed", age=(1, 9),
      dx=["Acute Gastroenteritis with Some Dehydration"], short="Acute gastroenteritis with some dehydration",
      complaints=[("Loose stools", "2 days, 8-10 episodes/day"), ("Vomiting", "1 day"), ("Decreased oral intake", "1 day"), ("Fever", "1 day")],
      hpi="Child was apparently alright %s days back, then developed loose stools, watery, large volume, non foul smelling, no blood or mucus, 8-10 episodes per day. Vomiting 5-6 episodes, non bilious, containing food particles. Low grade fever. Decreased urine output since morning. H/o eating outside food at a function. Immunisation up to date as per NIS.",
      pmh=["Birth history: Term, NVD, birth weight 2.9 kg, cried immediately", "Immunisation: up to date as per age", "Development: normal for age"],
      vitals=dict(pr=(120, 140), sbp=(88, 98), dbp=(54, 62), rr=(26, 32), spo2=(98, 99), t=(99.6, 100.8)),
      exam=dict(gen="Irritable, thirsty, drinks eagerly. Sunken eyes. Skin pinch goes back slowly. CRT < 3 sec.",
                cvs="S1 S2 +", rs="BAE +, clear", pa="Soft, mildly distended. Bowel sounds increased.", cns="No meningeal signs."),
      labs={"Serum Sodium": "132", "Serum Potassium": "3.2", "Total Leucocyte Count": "11800"},
      panels=["Complete Blood Picture", "Serum Electrolytes", "Renal Function Test", "Stool"],
      imaging=[("USG ABDOMEN", "Abdomen", "Fluid filled bowel loops with increased peristalsis. Few mesenteric lymph nodes in RIF, largest 8 mm. No intussusception. Liver, spleen normal.", "Features suggestive of gastroenteritis with mesenteric lymphadenitis.")],
      meds_ip=["IV fluids - RL 20 mL/kg bolus then maintenance with N/2 DNS + KCl", "Inj. Ondansetron 0.15 mg/kg IV TID", "ORS 10 mL/kg after each loose stool", "Zinc 20 mg OD", "Syp. Paracetamol 15 mg/kg SOS", "Probiotic sachet BD"],
      meds_dc=[("ORS (WHO low osmolarity)", "after each loose stool", "as advised", "till diarrhoea stops"), ("Tab. Zinc dispersible", "20 mg", "1-0-0", "14 days"), ("Syp. Paracetamol (250mg/5mL)", "weight based", "SOS for fever", ""), ("Sachet Bifilac / Probiotic", "1 sachet", "1-0-1", "5 days")],
      course="Child was admitted with AGE with some dehydration. Managed with IV fluids for 24 hours followed by ORS. Vomiting subsided by day 2. Stool frequency reduced. Stool routine: no pus cells, no ova/cysts. Accepting feeds well, passing urine adequately at discharge.",
      advice=["Continue breast feeds / normal diet", "Give ORS after each loose stool", "Hand washing before feeds and after toilet", "Return if blood in stools, not drinking, lethargy, decreased urine"],
      consult=("paed", "", ""),
      ed=("YELLOW", "Weight recorded. Some dehydration - ORS trial failed due to vomiting. IV access, RL bolus 20 mL/kg. Inj. Ondansetron given.")),
    S(key="htn_dm_opd", dept="med", age=(40, 75),
      dx=["Type 2 Diabetes Mellitus", "Systemic Hypertension", "Dyslipidaemia", "Diabetic peripheral neuropathy"], short="T2DM with HTN on follow up",
      complaints=[("Routine follow up", ""), ("Tingling and numbness of both feet", "3 months"), ("Fatigue", "1 month")],
      hpi="Known diabetic for %s years and hypertensive for 6 years, on regular medications. Came for routine review with reports. Complains of tingling and burning in both feet especially at night. No h/o chest pain, breathlessness, blurring of vision, hypoglycaemic episodes.",
      pmh=["T2DM on OHA", "HTN on ARB", "Father had CAD"],
      vitals=dict(pr=(72, 86), sbp=(138, 154), dbp=(84, 94), rr=(14, 16), spo2=(98, 99), t=(98.0, 98.4)),
      exam=dict(gen="Obese, BMI 29.4. No pallor, no pedal oedema. Acanthosis nigricans over neck.", cvs="S1 S2 +", rs="Clear", pa="Soft, central obesity",
                cns="Diminished vibration sense and monofilament sensation in both feet (stocking distribution). Ankle jerks sluggish. Foot pulses well felt. No foot ulcer."),
      labs={"FBS": "156", "PPBS": "238", "HbA1c": "8.2", "Total Cholesterol": "214", "LDL Cholesterol": "132", "Triglycerides": "196"},
      panels=["Blood Sugar", "Lipid Profile", "Renal Function Test", "Urine", "Thyroid"],
      imaging=[("X-RAY CHEST PA", "Chest", "Both lung fields clear. Heart size normal. Aortic knuckle prominent.", "Unfolded aorta. Otherwise normal study.")],
      ecg=("Normal sinus rhythm", "Rate 80/min. Normal axis. Poor R wave progression in V1-V3. No ST-T changes.", "Poor R wave progression, otherwise normal"),
      meds_ip=[], meds_dc=[("Tab. Glycomet GP 2", "1 tab", "1-0-1 before food", "1 month"), ("Tab. Sitagliptin", "100 mg", "1-0-0", "1 month"), ("Tab. Telmisartan", "40 mg", "1-0-0", "1 month"), ("Tab. Rosuvastatin", "10 mg", "0-0-1", "1 month"), ("Tab. Pregabalin + Methylcobalamin", "75 mg", "0-0-1", "1 month"), ("Tab. Ecosprin", "75 mg", "0-1-0 after food", "1 month")],
      course="Sugars uncontrolled on current regimen. Sitagliptin added. Pregabalin started for neuropathic pain.",
      advice=["Diabetic diet, avoid sweets, rice in limited quantity", "Brisk walking 45 min daily", "Foot care - daily inspection, avoid walking barefoot", "Annual eye check-up (fundus)"],
      consult=("ophth", "Diabetic retinopathy screening", "Fundus: Mild NPDR both eyes. No maculopathy. Review after 1 year. Glycaemic control."),
      ed=("GREEN", "Not applicable.")),
    S(key="knee_oa", dept="ortho", age=(52, 76),
      dx=["Bilateral Primary Osteoarthritis Knee (Right > Left)", "Kellgren-Lawrence Grade IV right, Grade III left", "s/p Right Total Knee Replacement"], short="Osteoarthritis knee",
      complaints=[("Pain in both knees", "5 years"), ("Difficulty in walking and climbing stairs", "1 year"), ("Bowing of legs", "2 years")],
      hpi="Patient has bilateral knee pain since %s years, right more than left, insidious onset, gradually progressive, aggravated on walking, squatting and climbing stairs, relieved with rest and analgesics. Walking distance now reduced to 100 metres. Has taken multiple courses of NSAIDs and physiotherapy and intra-articular injections with temporary relief.",
      pmh=["Hypothyroid on Tab. Thyronorm 75 mcg", "HTN on Tab. Amlodipine 5 mg"],
      vitals=dict(pr=(74, 86), sbp=(126, 144), dbp=(78, 88), rr=(14, 16), spo2=(97, 99), t=(98.0, 98.4)),
      exam=dict(gen="Obese. No pallor.", cvs="S1 S2 +", rs="Clear", pa="Soft", cns="NAD",
                local="Bilateral genu varum (R 15 deg, L 8 deg). Right knee: medial joint line tenderness, crepitus ++, ROM 10-100 deg with fixed flexion deformity of 10 deg. Left knee: crepitus +, ROM 0-115 deg. Distal neurovascular status intact."),
      labs={"ESR": "18", "TSH": "4.1"}, panels=["Complete Blood Picture", "Renal Function Test", "Blood Sugar", "Coagulation Profile", "Serology", "Thyroid"],
      imaging=[("X-RAY BOTH KNEES AP (STANDING) AND LATERAL VIEWS", "Knees", "Right knee: Marked reduction of medial joint space with bone-on-bone contact, subchondral sclerosis, marginal osteophytes and varus alignment. Left knee: Moderate medial joint space narrowing with osteophytes. Patellofemoral osteophytes bilaterally.", "Bilateral osteoarthritis knees - KL grade IV right and grade III left.")],
      surgery=dict(name="Right Total Knee Arthroplasty (Cemented, Posterior Stabilised)", anaes="Combined spinal epidural with adductor canal block", dept="ortho",
                   findings="Tricompartmental arthritis with eburnation of medial femoral condyle and tibial plateau. Large osteophytes. ACL deficient.",
                   steps=["Under CSE, tourniquet applied at 300 mmHg. Parts painted and draped.", "Midline skin incision, medial parapatellar arthrotomy.", "Osteophytes removed, medial release done for varus.", "Distal femoral cut (5 deg valgus) with intramedullary jig, proximal tibial cut with extramedullary jig.", "Gaps balanced. Femoral sizing, AP and chamfer cuts, box cut.", "Trial components - good ROM and stability.", "Pulsed lavage. Components cemented: femur size 4, tibia size 3, PS insert 10 mm.", "Periarticular cocktail injection given. Tourniquet released, haemostasis.", "Closed in layers over drain. Compression dressing."],
                   specimen="Bone cuts (discarded)", blood_loss="About 300 mL", drain="Suction drain", path=None),
      procedure=dict(name="Intra-articular Injection - Left Knee (Triamcinolone)", dept="ortho", anaes="None / local skin infiltration",
                     indication="Symptomatic osteoarthritis left knee awaiting surgery",
                     steps=["Consent taken. Patient supine with knee extended.", "Superolateral approach marked.", "Skin prepared with povidone iodine and spirit.", "Using 21G needle, 40 mg triamcinolone with 2 mL 2% lignocaine injected into joint.", "No resistance, no aspirate.", "Band-aid applied."],
                     findings="Dry tap.", complications="None"),
      meds_ip=["Inj. Cefuroxime 1.5 g IV BD x 24 hrs", "Epidural infusion 0.125% bupivacaine + fentanyl x 48 hrs", "Inj. Paracetamol 1 g IV TID", "Inj. Enoxaparin 40 mg SC OD", "Inj. Tranexamic acid 1 g IV at induction", "Tab. Thyronorm 75 mcg OD"],
      meds_dc=[("Tab. Ultracet", "1 tab", "1-0-1", "7 days"), ("Tab. Etoricoxib", "90 mg", "0-0-1", "7 days"), ("Tab. Rivaroxaban", "10 mg", "1-0-0", "14 days"), ("Tab. Pantocid", "40 mg", "1-0-0", "14 days"), ("Tab. Thyronorm", "75 mcg", "1-0-0", "to continue"), ("Tab. Amlodipine", "5 mg", "1-0-0", "to continue")],
      course="Patient underwent right TKR under CSE. Post-operatively mobilised with walker on POD 1. Drain removed on POD 2. Knee flexion achieved up to 95 degrees at discharge under CPM and physiotherapy. Wound healthy.",
      advice=["Walker assisted walking, full weight bearing", "Knee bending and quadriceps exercises as taught - 4 times a day", "Ice packs over knee 20 min thrice daily", "Suture removal on POD 14", "Avoid squatting and sitting cross legged"],
      consult=("med", "Pre-op fitness for TKR", "BP and thyroid controlled. Echo normal. Fit for surgery under regional anaesthesia."),
      ed=("GREEN", "Not applicable.")),
]

SCEN_BY_KEY = {s["key"]: s for s in SCEN}
ICD = {"stemi": "I21.0", "dengue": "A97.1", "appendix": "K35.8", "chole": "K80.2", "dka": "E11.1", "stroke": "I63.5", "ckd": "N18.5",
       "ugib": "K70.3", "lscs": "O34.2", "nof": "S72.0", "bph": "N40", "hernia": "K40.9", "breast": "C50.4", "meningitis": "G00.1",
       "op_poison": "T60.0", "tb_eff": "A15.6", "age_child": "A09", "htn_dm_opd": "E11.9", "knee_oa": "M17.0"}
ICU_KEYS = ("stemi", "dka", "ugib", "meningitis", "op_poison", "ckd", "stroke")
SURG_SCEN = [s for s in SCEN if s["surgery"]]
PROC_SCEN = [s for s in SCEN if s["procedure"]]
PATH_SCEN = [s for s in SCEN if s["surgery"] and s["surgery"].get("path")]
ADMIT_SCEN = [s for s in SCEN if s["key"] != "htn_dm_opd"]


# ----------------------------------------------------------------- case (patient + encounter)
TPAS = ["Suraksha Health TPA Pvt. Ltd.", "Arogya Seva TPA Services", "Nirmaya Health Insurance TPA", "HealthBridge TPA India Ltd.",
        "Medisure Claims Administrators", "Parivar Health TPA", "Vishwas Care TPA Pvt Ltd"]
INSURERS = ["Bharat Suraksha General Insurance Co. Ltd.", "New Horizon Health Insurance Co.", "Jeevan Raksha Insurance Ltd.",
            "National Star Assurance Co.", "Kaveri General Insurance Ltd.", "Unity Mediclaim Insurance Co. Ltd."]
SCHEMES = ["State Health Protection Scheme", "Jan Arogya Yojana (State)", "Employees Health Scheme", "Corporate (Credit)", "Cash", "Cash", "Cash"]
COMPANIES = ["Deccan Steel Ltd.", "Sahyadri Software Solutions", "Godavari Cements Pvt Ltd", "Indus Textiles", "Coromandel Power Corpn.",
             "Krishna Pharma Labs", "Vindhya Logistics", "Sapthagiri Bank Employees"]


class Case:
    def __init__(self, scn=None, pool=None):
        self.scn = scn or pick(pool or SCEN)
        s = self.scn
        self.hosp = Hospital()
        sex = s["sex"] or pick("MF")
        self.sex = sex
        self.age = ri(*s["age"])
        self.child = self.age < 13
        if self.child:
            self.first = pick(MALE if sex == "M" else FEMALE)
            self.title = pick(["Master", "Mast.", "Baby"]) if sex == "M" else pick(["Baby", "Kumari", "Miss"])
        else:
            self.first = pick(MALE if sex == "M" else FEMALE)
            self.title = "Mr." if sex == "M" else pick(["Mrs.", "Smt.", "Ms."])
        self.last = pick(SURN)
        if maybe(0.25):
            self.fullname = "%s %s" % (self.last[0] + ".", self.first)
        else:
            self.fullname = "%s %s" % (self.first, self.last)
        self.name = "%s %s" % (self.title, self.fullname)
        self.NAME = self.fullname.upper()
        if self.child:
            self.rel = "S/o" if sex == "M" else "D/o"
            self.relname = "%s %s" % (pick(MALE), self.last)
        elif sex == "F" and maybe(0.7):
            self.rel, self.relname = "W/o", "%s %s" % (pick(MALE), self.last)
        else:
            self.rel, self.relname = ("S/o" if sex == "M" else "D/o"), "%s %s" % (pick(MALE), self.last)
        self.pron, self.poss, self.obj = ("he", "his", "him") if sex == "M" else ("she", "her", "her")
        self.sexw = "Male" if sex == "M" else "Female"
        self.agesex = pick(["%dY/%s" % (self.age, sex), "%d Yrs / %s" % (self.age, self.sexw), "%d/%s" % (self.age, sex),
                            "%d years / %s" % (self.age, self.sexw), "%dY %s" % (self.age, sex)])
        town, state = pick(TOWNS)
        self.address = "%s %s, %s, %s, %s Dist., %s - %s" % (
            pick(["H.No.", "D.No.", "#", "Flat No.", "Door No."]), "%d-%d/%s" % (ri(1, 30), ri(1, 300), pick("ABC")) if maybe() else str(ri(1, 999)),
            pick(STREETS), town, pick([t for t, _ in TOWNS]), state, "5%s" % digits(5))
        self.town = town
        self.phone = phone()
        self.alt_phone = phone()
        self.uhid = "%s%s" % (self.hosp.uhid_prefix + pick([".", "/", "-", ""]), digits(ri(6, 9)))
        self.ipno = pick(["IP", "IPD", "", "A"]) + pick(["/", "-", ""]) + "%s/%s" % (digits(ri(4, 6)), str(ri(10, 24)))
        self.opno = pick(["OP", "OPD/", "OP-"]) + digits(ri(6, 8))
        self.admit = rand_date()
        self.los = ri(2, 9)
        self.disch = self.admit + _dt.timedelta(days=self.los)
        wards = ["General Ward", "Semi Private", "Private Ward", "Twin Sharing", "Deluxe Room", "Ward 4B", "Economy Ward", "Suite"]
        if self.scn["key"] in ICU_KEYS and maybe(0.5):
            wards = {"stemi": ["CCU", "ICCU"], "stroke": ["Stroke Unit", "Neuro ICU"]}.get(self.scn["key"], ["MICU", "HDU"])
        elif self.scn["key"] == "lscs":
            wards = ["Post-natal Ward", "Private Ward", "Labour Ward", "Semi Private"]
        elif self.scn["key"] == "age_child":
            wards = ["Paediatric Ward", "PICU", "Private Ward"]
        self.ward = pick(wards)
        self.bed = "%s-%d" % (pick(["B", "W", "R", "S", "4B", "3A", "Bed"]), ri(1, 48))
        self.cons = Doctor(s["dept"])
        self.dept = self.cons.dept
        self.ref_dr = "Dr. %s %s, %s" % (pick(MALE + FEMALE), pick(SURN), pick(["MBBS", "MBBS, MD", "RMP", "MBBS, DCH", "MBBS, MS"]))
        self.blood = pick(["A +ve", "B +ve", "O +ve", "AB +ve", "O -ve", "B -ve", "A Positive", "O Positive", "B Positive"])
        if self.child:
            self.weight = round(7 + self.age * 2.3 + rng.uniform(-1.5, 2), 1)
            self.height = int(75 + self.age * 6.5 + ri(-4, 4))
        else:
            self.weight = ri(48, 92)
            self.height = ri(150, 180) if sex == "M" else ri(145, 168)
        v = s["vitals"]
        self.pr = ri(*v["pr"])
        self.sbp, self.dbp = ri(*v["sbp"]), ri(*v["dbp"])
        self.bp = "%d/%d" % (self.sbp, self.dbp)
        self.rr = ri(*v["rr"])
        self.spo2 = ri(*v["spo2"])
        self.temp = rf(*v["t"])
        self.grbs = self.labval("RBS")
        self.payer = pick(SCHEMES + ["Insurance - TPA"] * 3)
        self.tpa = pick(TPAS)
        self.insurer = pick(INSURERS)
        self.policy = "%s/%s/%s/%s" % (ri(1000, 9999), pick(["HLT", "GMC", "MED", "FLT"]), ri(10, 99), digits(8))
        self.member_id = "%s%s" % (upper_letters(3), digits(ri(8, 10)))
        self.aadhaar = "XXXX XXXX %s" % digits(4)
        self.occupation = "Student" if self.child else pick(["Farmer", "Agricultural labourer", "Business", "Software employee", "Homemaker", "Teacher", "Driver", "Retired govt. employee", "Daily wage labourer", "Shopkeeper", "Bank employee", "Auto driver", "Housewife", "Clerk"])
        self.religion = pick(["Hindu", "Muslim", "Christian", "Sikh", "Hindu", "Hindu"])
        self.marital = "Unmarried" if self.age < 22 else pick(["Married", "Married", "Married", "Widowed" if self.age > 55 else "Married", "Single"])
        self.dob = _dt.date(self.admit.year - self.age, ri(1, 12), ri(1, 28))
        self.allergy = pick(["No known drug allergies", "NKDA", "Not known", "No known allergies", "Allergic to Sulpha drugs", "Nil", "Penicillin - rash"])
        self.hpi = self._hpi()

    def labval(self, test):
        v = self.scn["labs"].get(test)
        if v is None:
            v = normal_val(test)
            if test == "Haemoglobin" and self.sex == "F":
                v = "%.1f" % (float(v) - 1.0)
        return v

    def _hpi(self):
        t = self.scn["hpi"]
        if "%s" in t:
            if self.scn["key"] == "lscs":
                t = t % fd(self.admit - _dt.timedelta(days=270))
            elif self.scn["key"] == "op_poison":
                t = t % ftime(style=2).replace(" hrs", "")
            else:
                dur = self.scn["complaints"][0][1]
                num = "".join(ch for ch in dur.split(",")[0] if ch.isdigit()) or "2"
                t = t % num
        if self.child:
            t = t.replace("he/she", self.pron)
        t = t.replace("he/she", self.pron)
        return t

    def dx(self, n=None):
        d = self.scn["dx"]
        return d if n is None else d[:n]

    def complaint_lines(self, style=None):
        s = rng.randrange(4) if style is None else style
        out = []
        for c, d in self.scn["complaints"]:
            if not d:
                out.append(c)
            elif s == 0:
                out.append("%s since %s" % (c, d))
            elif s == 1:
                out.append("%s - %s" % (c, d))
            elif s == 2:
                out.append("c/o %s x %s" % (c.lower(), d))
            else:
                out.append("%s for %s" % (c, d))
        return out

    def vitals_line(self, style=None):
        s = rng.randrange(4) if style is None else style
        if s == 0:
            return "PR: %d/min, BP: %s mmHg, RR: %d/min, SpO2: %d%% on RA, Temp: %.1f F" % (self.pr, self.bp, self.rr, self.spo2, self.temp)
        if s == 1:
            return "Pulse %d bpm | BP %s | RR %d | SpO2 %d%% | Temp %.1f°F | GRBS %s mg/dl" % (self.pr, self.bp, self.rr, self.spo2, self.temp, self.grbs)
        if s == 2:
            return "T-%.1f F  P-%d/m  BP-%s  RR-%d/m  SpO2-%d%%" % (self.temp, self.pr, self.bp, self.rr, self.spo2)
        return "Vitals: HR %d, BP %s mm Hg, RR %d, SPO2 %d%%, afebrile" % (self.pr, self.bp, self.rr, self.spo2) if self.temp < 99 else \
            "Vitals: HR %d, BP %s mm Hg, RR %d, SPO2 %d%%, febrile (%.1f F)" % (self.pr, self.bp, self.rr, self.spo2, self.temp)

    def exam_lines(self, abbrev=None):
        e = self.scn["exam"]
        ab = maybe() if abbrev is None else abbrev
        keys = pick([[("gen", "General Examination", "GE"), ("cvs", "CVS", "CVS"), ("rs", "RS", "RS"),
                      ("pa", "P/A", "PA"), ("cns", "CNS", "CNS"), ("local", "Local Examination", "L/E")],
                     [("gen", "General", "Gen"), ("cvs", "Heart", "CVS"), ("rs", "Chest", "R/S"),
                      ("pa", "Abdomen", "P/A"), ("cns", "Neuro", "C.N.S"), ("local", "Local", "Local")],
                     [("gen", "General Physical Examination", "GPE"), ("cvs", "Cardiovascular", "S/E CVS"), ("rs", "Respiratory", "S/E RS"),
                      ("pa", "Per Abdomen", "S/E P/A"), ("cns", "Nervous System", "S/E CNS"), ("local", "Local Examination", "L/E")]])
        out = []
        for k, full, short in keys:
            if k in e:
                out.append("%s: %s" % (short if ab else full, e[k]))
        return out

    def surg_date(self):
        return self.admit + _dt.timedelta(days=min(1, self.los - 1))

    def surgeon(self):
        sg = self.scn.get("surgery") or self.scn.get("procedure")
        if sg and sg["dept"] != self.scn["dept"]:
            return Doctor(sg["dept"])
        return self.cons


def patient_block(c, style=None, ip=True, extra=None):
    s = rng.randrange(7) if style is None else style
    pairs = [("Patient Name", c.name), ("Age/Sex", c.agesex), ("UHID", c.uhid)]
    if ip:
        pairs += [("IP No", c.ipno), ("Ward/Bed", "%s / %s" % (c.ward, c.bed)), ("DOA", fd(c.admit))]
    else:
        pairs += [("OP No", c.opno), ("Date", fd(c.admit))]
    pairs += [("Consultant", c.cons.name), ("Department", c.dept)]
    if extra:
        pairs += extra
    if s == 0:
        return kv_block(pairs, 2)
    if s == 1:
        return kv_block(pairs, 0)
    if s == 2:
        return "Name: %s   %s   %s %s\nMRN: %s   %s   Dept: %s" % (
            c.NAME, c.agesex, c.rel, c.relname, c.uhid, ("IP No: " + c.ipno) if ip else ("OP No: " + c.opno), c.dept)
    if s == 3:
        return "| " + " | ".join("%s: %s" % kv for kv in pairs[:5]) + " |\n| " + " | ".join("%s: %s" % kv for kv in pairs[5:]) + " |"
    if s == 4:
        return kv_block(pairs + [("Address", c.address), ("Contact", c.phone)], 1)
    if s == 5:
        return "Pt: %s, %s, %s. Reg No %s" % (c.name, c.age, c.sex, c.uhid)
    return "%s  %s  (%s)\n%s %s, %s\nUHID %s%s" % (c.name, c.agesex, c.blood, c.rel, c.relname, c.town,
                                                 c.uhid, ("  IPNo %s  Bed %s" % (c.ipno, c.bed)) if ip else "")


def render_sections(secs, hstyle=None, sep=None, wrapit=True):
    hs = rng.randrange(6) if hstyle is None else hstyle
    sp = pick(["\n\n", "\n"]) if sep is None else sep
    out = []
    inline = maybe(0.3)
    for h, body in secs:
        if body is None or body == "":
            continue
        if isinstance(body, list):
            body = bullets(body)
        if h is None:
            out.append(wrap(body) if wrapit else body)
        elif inline and "\n" not in body and len(body) < 200 and hs not in (2, 4):
            out.append(wrap(heading(h, hs).rstrip(" -:") + ": " + body) if wrapit else heading(h, hs) + " " + body)
        else:
            out.append(heading(h, hs) + "\n" + (wrap(body) if wrapit else body))
    return sp.join(out)


def sign_block(doc, d=None, style=None):
    s = rng.randrange(5) if style is None else style
    dt = fd(d) if d else ""
    if s == 0:
        return "\n\n" + doc.sig()
    if s == 1:
        return "\n\nDate: %s%sSignature of Consultant\n%s" % (dt, " " * 30, doc.sig(3))
    if s == 2:
        return "\n\nPrepared by: %s (Resident)\nVerified by: %s" % (junior(), doc.sig(1))
    if s == 3:
        return "\n\n%s\n(Name & Sign)   %s" % (doc.name, dt)
    return "\n\n" + doc.sig(2) + ("\n" + dt if dt else "")


def title(options, p_none=0.25):
    if maybe(p_none):
        return ""
    t = pick(options)
    st = rng.randrange(4)
    if st == 0:
        return t.upper()
    if st == 1:
        return t.upper().center(70).rstrip()
    if st == 2:
        return "*** %s ***" % t.upper()
    return t


def join(*parts):
    return "\n\n".join(p for p in parts if p)


def lab_rows(c, panel):
    rows = []
    for t in PANELS[panel]:
        v = c.labval(t)
        u, lo, hi, dec = LABS[t]
        rows.append((t, v, u, "%s - %s" % (lo, hi) if t != "Troponin I" else "< 0.04", flag(t, v)))
    return rows


def inv_summary(c, n=None, st=None):
    """one-line-per-test summary of key investigations as used in summaries"""
    items = []
    keys = list(c.scn["labs"].keys()) or ["Haemoglobin", "Total Leucocyte Count", "Platelet Count", "Serum Creatinine"]
    for t in keys + ["Haemoglobin", "Serum Creatinine"]:
        if t in LABS and t not in [i[0] for i in items]:
            items.append((t, c.labval(t), LABS[t][0]))
    if n:
        items = items[:n]
    st = rng.randrange(3) if st is None else st
    if st == 0:
        return ", ".join("%s - %s %s" % (a, b, u) for a, b, u in items)
    if st == 1:
        return "\n".join("%-24s %s %s" % (a, b, u) for a, b, u in items)
    return "; ".join("%s: %s" % (a.replace("Serum ", "S. "), b) for a, b, u in items)


def imaging_summary(c):
    out = []
    for mod, part, fin, imp in c.scn["imaging"]:
        out.append("%s: %s" % (mod.title() if maybe() else mod, imp))
    return out


def med_table(meds, style=None):
    s = rng.randrange(5) if style is None else style
    if s == 0:
        lines = ["%-4s %-34s %-10s %-24s %s" % ("S.No", "Drug", "Dose", "Frequency", "Duration")]
        for i, (d, dose, fr, du) in enumerate(meds, 1):
            lines.append("%-4s %-34s %-10s %-24s %s" % (i, d, dose, fr, du))
        return "\n".join(lines)
    if s == 1:
        return "\n".join("%d. %s %s  %s  x %s" % (i, d, dose, fr, du) if du else "%d. %s %s  %s" % (i, d, dose, fr)
                         for i, (d, dose, fr, du) in enumerate(meds, 1))
    if s == 2:
        return "\n".join("%s %s -- %s -- %s" % (d.upper(), dose, fr, du) for d, dose, fr, du in meds)
    if s == 3:
        lines = ["Name of Medicine | Dose | Morning-Noon-Night | Days"]
        for d, dose, fr, du in meds:
            lines.append("%s | %s | %s | %s" % (d, dose, fr, du))
        return "\n".join(lines)
    return "\n".join("- %s %s %s%s" % (d, dose, fr, (" for " + du) if du and du[0].isdigit() else (" (" + du + ")" if du else ""))
                     for d, dose, fr, du in meds)


# ================================================================= document generators
def g_discharge_summary(c):
    s = c.scn
    h = c.hosp
    lay = rng.randrange(7)
    dxl = c.dx()
    surg = s["surgery"]
    proc = s["procedure"]
    procs = []
    if surg and maybe(0.8):
        procs.append("%s on %s under %s" % (surg["name"], fd(c.surg_date()), surg["anaes"].split(" (")[0]))
    if proc and maybe(0.7):
        procs.append("%s on %s" % (proc["name"], fd(c.admit)))
    course = s["course"]
    if lay == 0:  # classic structured
        secs = [("Diagnosis", bullets(dxl, pick([0, 1, 4]))), ("Chief Complaints", c.complaint_lines()),
                ("History of Present Illness", c.hpi), ("Past History", ", ".join(s["pmh"])),
                ("On Examination", "\n".join([c.vitals_line()] + c.exam_lines())),
                ("Investigations", inv_summary(c) + "\n" + "\n".join(imaging_summary(c))),
                ("Procedure Done", "; ".join(procs) if procs else None),
                ("Course in the Hospital", course), ("Condition at Discharge", pick(["Stable", "Hemodynamically stable, afebrile, ambulant", "Satisfactory", "Conscious, oriented, vitals stable"])),
                ("Medications on Discharge", med_table(s["meds_dc"])), ("Advice", s["advice"]),
                ("Review", pick(["Review after 1 week in OPD with prior appointment", "Review with Dr. %s on %s" % (c.cons.last, fd(c.disch + _dt.timedelta(days=7))), "Follow up after 10 days / SOS", "Review in %s OPD after 2 weeks with CBP, RFT" % c.dept]))]
        body = join(letterhead(h), title(["Discharge Summary", "Discharge Card", "Summary of Discharge"], 0.1),
                    patient_block(c, extra=[("DOD", fd(c.disch))]), render_sections(secs))
        body += sign_block(c.cons, c.disch)
        if maybe():
            body += "\n\nIn case of emergency please contact: %s (24 hrs)" % h.emergency
        return body
    if lay == 1:  # dictated narrative
        r = "%s, a %d-year-old %s, was admitted under the care of %s, %s on %s with %s. " % (
            c.name, c.age, "gentleman" if c.sex == "M" and not c.child else ("lady" if not c.child else "child"),
            c.cons.name, c.dept, fd(c.admit), ", ".join(x.lower() for x in c.complaint_lines(0)))
        r += c.hpi + "\n\n" + "On examination, %s. %s\n\n" % (c.vitals_line(3).lower().replace("vitals: ", "vitals were "), " ".join(c.exam_lines(False)))
        r += "Investigations revealed %s. %s\n\n" % (inv_summary(c, 5), " ".join(imaging_summary(c)))
        r += course + "\n\n"
        r += "%s is being discharged in a stable condition on %s with the following medications:\n%s\n\n" % (c.pron.capitalize(), fd(c.disch), med_table(s["meds_dc"], pick([1, 4])))
        r += "Advised: " + "; ".join(s["advice"]) + ".\n"
        r += "FINAL DIAGNOSIS: " + "; ".join(dxl)
        return join(letterhead(h, pick([1, 2, 5])), title(["Discharge Summary", "Clinical Summary"], 0.4),
                    "Name: %s     UHID: %s     IP: %s\nAdm: %s   Disch: %s" % (c.name, c.uhid, c.ipno, fd(c.admit), fd(c.disch)),
                    wrap(r)) + "\n\nDictated by %s  / Transcribed by %s  D: %s T: %s" % (c.cons.name, pick(["mt04", "KVR", "sravani", "MT-2", "pk"]), fd(c.disch), fd(c.disch))
    if lay == 2:  # LAMA / DAMA short
        reason = pick(["financial constraints", "personal reasons", "wish to continue treatment at native place", "family decision"])
        secs = [("Diagnosis", "; ".join(dxl[:2])), ("Brief History", c.hpi[:300] + "..."),
                ("Treatment Given", s["meds_ip"][:4]),
                ("Condition at Discharge", "Patient is being discharged against medical advice (DAMA) on request of %s %s due to %s. Risks including %s explained to attenders in their own language. LAMA form signed." % (
                    pick(["patient's", "attender", "son", "wife", "husband", "father"]), pick(["", "(%s)" % c.relname]), reason, pick(["deterioration", "risk to life", "progression of illness"]))),
                ("Advice", "Continue treatment at nearest higher centre. Carry all reports.")]
        return join(letterhead(h), title(["Discharge Summary (DAMA)", "LAMA Summary", "Summary - Discharged Against Medical Advice"], 0.1),
                    patient_block(c), render_sections(secs)) + sign_block(c.cons)
    if lay == 3:  # HIS printout tabular
        rows = [("Patient Name", c.name), ("Age / Gender", c.agesex), ("UHID / IP No", "%s / %s" % (c.uhid, c.ipno)),
                ("Admission Date & Time", "%s %s" % (fd(c.admit), ftime())), ("Discharge Date & Time", "%s %s" % (fd(c.disch), ftime())),
                ("Treating Consultant", "%s (%s)" % (c.cons.name, c.dept)), ("Discharge Type", pick(["Routine", "Normal Discharge", "Planned"])),
                ("Payer", c.payer)]
        secs = [("Final Diagnosis", bullets(dxl, 0)), ("Presenting Complaints", c.complaint_lines(1)),
                ("Clinical Findings", c.vitals_line(0)), ("Significant Investigations", inv_summary(c)),
                ("Procedures / Surgeries", procs or ["Nil"]), ("Hospital Course", course),
                ("Discharge Medication", med_table(s["meds_dc"], pick([0, 3]))),
                ("Diet", pick(["Normal diet", "Diabetic diet", "Soft diet", "Low salt low fat diet", "As advised by dietician"])),
                ("Activity", pick(["As tolerated", "Gradual mobilisation", "Bed rest for 1 week"])),
                ("Follow up", "OPD on %s" % fd(c.disch + _dt.timedelta(days=ri(5, 14))))]
        return join(letterhead(h, 6), "IP DISCHARGE SUMMARY" if maybe() else "Summary of Hospitalisation", kv_block(rows, 0),
                    render_sections(secs, 0)) + "\n\nElectronically signed by %s on %s\n%s" % (c.cons.name, fd(c.disch), page_footer(h, 1, 1))
    if lay == 4:  # terse handwritten-like
        lines = ["Adm: %s   D/C: %s" % (fd(c.admit, 5), fd(c.disch, 5)), "Dx: " + " / ".join(dxl[:3]),
                 "C/o - " + ", ".join(x for x in c.complaint_lines(1)), "O/E - " + c.vitals_line(2),
                 "Ix - " + inv_summary(c, 4), "Rx given - " + ", ".join(m.split(" ")[0] + " " + m.split(" ")[1] for m in s["meds_ip"][:5])]
        if procs:
            lines.append("Proc - " + procs[0])
        lines += ["Course - " + pick(["uneventful", "improved", "recovered well"]) + ". " + course.split(".")[0] + ".",
                  "Adv on D/C:", med_table(s["meds_dc"], 2), "Review after 1 wk / SOS"]
        return join(pick(["", h.name]), "Name: %s  %s  UHID %s" % (c.name, c.agesex, c.uhid), "\n".join(lines)) + "\n\n" + pick(["Sd/-", "(sign)", c.cons.name])
    if lay == 5:  # day care / short stay
        p = surg or proc
        pname = p["name"] if p else "Observation"
        secs = [("Diagnosis", dxl[0]), ("Procedure", pname), ("Anaesthesia", p["anaes"] if p else "NA"),
                ("Date of Procedure", fd(c.admit)), ("Findings", p["findings"].replace("%s", ftime()) if p else None),
                ("Post procedure", "Uneventful. Patient stable, tolerating orally, ambulant."),
                ("Medications", med_table(s["meds_dc"], 1)), ("Instructions", s["advice"][:3])]
        return join(letterhead(h, pick([0, 3, 4])), title(["Day Care Discharge Summary", "Short Stay Summary", "Discharge Summary - Day Care"], 0.15),
                    patient_block(c, pick([0, 2, 3])), render_sections(secs)) + sign_block(c.cons, c.admit)
    # lay 6: multi-page with continuation furniture
    secs1 = [("Diagnosis", bullets(dxl, 0)), ("Presenting Complaints", c.complaint_lines(0)),
             ("History", c.hpi), ("Past History", s["pmh"]), ("Personal History", pick(["Mixed diet, normal sleep, bowel and bladder habits regular", "Vegetarian, sleep adequate, B&B regular", "Smoker/alcoholic as above"])),
             ("General Physical Examination", c.vitals_line(1) + "\n" + s["exam"]["gen"]), ("Systemic Examination", "\n".join(c.exam_lines(True)[1:]))]
    lab_txt = []
    for pn in s["panels"]:
        if pn in PANELS:
            lab_txt.append("%s (%s): %s" % (pn, fd(c.admit, 5), ", ".join("%s %s" % (t, v) for t, v, u, r, f in lab_rows(c, pn))))
    secs2 = [("Investigations", "\n".join(lab_txt)), ("Imaging", "\n".join("%s - %s" % (m, f) for m, p, f, i in s["imaging"])),
             ("Procedure", "\n".join(procs) or None), ("Course in Hospital & Treatment", course + "\nTreatment given: " + ", ".join(s["meds_ip"])),
             ("Condition at discharge", "Stable"), ("Discharge Advice", med_table(s["meds_dc"]) + "\n\n" + bullets(s["advice"], 1)),
             ("When to obtain urgent care", "Fever, vomiting, breathlessness, chest pain, bleeding, decreased urine output - contact Emergency %s" % h.emergency)]
    hs = rng.randrange(6)
    p1 = join(letterhead(h, 0), title(["Discharge Summary"], 0.0), patient_block(c, 1, extra=[("DOD", fd(c.disch))]), render_sections(secs1, hs))
    p2 = join("%s   UHID: %s   (contd.)" % (c.name, c.uhid), render_sections(secs2, hs))
    return p1 + "\n\n" + page_footer(h, 1, 2) + "\n\f\n" + p2 + sign_block(c.cons, c.disch, 2) + "\n\n" + page_footer(h, 2, 2)


def g_history_physical(c):
    s = c.scn
    h = c.hosp
    lay = rng.randrange(7)
    personal = pick(["Diet: mixed. Appetite: decreased. Sleep: disturbed. Bowel & bladder: regular. Habits: %s" % pick(["nil", "smoker", "alcoholic", "occasional alcohol", "tobacco chewing"]),
                     "Mixed diet, normal appetite, adequate sleep, B/B regular, no addictions", "Veg diet. Sleep normal. No habits."])
    family = pick(["Not significant", "Father - DM, HTN", "No similar complaints in family", "Mother - hypothyroid", "NIL significant"])
    if lay == 0:  # PG case sheet style
        secs = [("Chief Complaints", c.complaint_lines(0)), ("History of Presenting Illness", c.hpi),
                ("Past History", s["pmh"]), ("Personal History", personal), ("Family History", family)]
        if c.sex == "F" and 14 < c.age < 50:
            secs.append(("Menstrual History", pick(["Regular cycles, 4/28 days, LMP: %s" % fd(c.admit - _dt.timedelta(days=ri(5, 25))), "Cycles regular. LMP - 2 weeks ago", "Amenorrhoea - pregnant (see obstetric history)" if s["key"] == "lscs" else "Regular, normal flow"])))
        secs += [("Drug History", pick(["As above", "Nil", "On OHA/antihypertensives as mentioned", "Not on any regular medication"])),
                 ("Allergies", c.allergy),
                 ("General Examination", "%s\nHeight %d cm, Weight %s kg\n%s" % (s["exam"]["gen"], c.height, c.weight, c.vitals_line(2))),
                 ("Systemic Examination", "\n".join(c.exam_lines(True)[1:])),
                 ("Provisional Diagnosis", s["short"] if maybe() else "? " + s["dx"][0]),
                 ("Plan", pick([["Admit under %s" % c.dept, "Investigations - %s" % ", ".join(s["panels"][:4]), "Imaging: %s" % (s["imaging"][0][0] if s["imaging"] else "-"), s["meds_ip"][0], s["meds_ip"][1] if len(s["meds_ip"]) > 1 else "Symptomatic Rx"],
                               "Admit. Investigate. Start %s. Review with reports." % (s["meds_ip"][0] if s["meds_ip"] else "symptomatic treatment")]))]
        return join(letterhead(h, pick([3, 5])), title(["Case Sheet", "Case Record", "History Sheet", "Admission Case Sheet"], 0.2), patient_block(c), render_sections(secs)) + sign_block(c.cons, c.admit, 2)
    if lay == 1:  # NABH initial assessment form
        body = ["Date & time of assessment: %s %s" % (fd(c.admit), ftime()), "Source of history: %s" % pick(["Patient", "Patient and attender", "Attender (son)", "Mother"]),
                "Mode of arrival: %s" % pick(["Walk-in", "Wheelchair", "Stretcher", "Ambulance (108)"]),
                "", "1. Presenting complaints:", "\n".join("   " + x for x in c.complaint_lines(1)),
                "2. History of present illness:", "   " + c.hpi, "3. Past medical/surgical history: " + "; ".join(s["pmh"]),
                "4. Allergies: " + c.allergy, "5. Current medications: " + pick(["as per medication reconciliation form", "Nil", "see past history"]),
                "6. Vitals: " + c.vitals_line(0), "   Pain score (NRS): %d/10" % ri(0, 8),
                "7. Physical examination:", "\n".join("   " + x for x in c.exam_lines(False)),
                "8. Nutritional screening: %s" % pick(["Not at risk", "At risk - dietician referral", "Normal"]),
                "9. Provisional diagnosis: " + s["dx"][0], "10. Plan of care: " + pick(["Admit, investigate, treat as per protocol.", "As discussed with consultant - conservative management, monitoring.", "Surgery planned after PAC."]),
                "    Expected outcome: %s    Expected LOS: %d days" % (pick(["Recovery", "Improvement", "Good"]), c.los),
                "Patient/attender educated about plan of care: Yes / No"]
        return join(letterhead(h, pick([0, 6])), title(["Initial Assessment by Doctor", "Initial Medical Assessment (to be completed within 24 hours of admission)", "Doctor's Initial Assessment Form"], 0.05),
                    patient_block(c, pick([0, 3])), "\n".join(wrap(x) for x in body)) + "\n\nName of doctor: %s   Sign: ______   Date/Time: %s" % (junior(), fd(c.admit))
    if lay == 2:  # consultant admission note prose
        p = "%s %d yo %s, %s, %s, admitted with %s.\n\n%s\n\nPast: %s.\n%s\n\nExamination: %s\n%s\n\nImpression: %s.\n\nPlan:\n%s" % (
            c.name, c.age, c.sexw.lower(), c.occupation.lower(), "from " + c.town, s["short"].lower(), c.hpi, "; ".join(s["pmh"]),
            "Allergies: " + c.allergy, c.vitals_line(3), "\n".join(c.exam_lines()), "; ".join(s["dx"][:3]),
            bullets(["Admit to %s" % c.ward, "Labs: " + ", ".join(s["panels"]), "Start " + (s["meds_ip"][0] if s["meds_ip"] else "supportive care"),
                     pick(["Consent and PAC", "Monitor vitals 4th hourly, I/O charting", "Review after reports", "Keep NBM"])], 1))
        return join(title(["Admission Note", "Admission History & Physical", "Consultant Admission Note", "Clerking"], 0.3), wrap(p)) + sign_block(c.cons, c.admit, pick([0, 3]))
    if lay == 3:  # abbreviated clerking
        L = ["%s %s  DOA %s" % (c.name, c.agesex, fd(c.admit, 5)), "", "C/O:"] + ["  " + x for x in c.complaint_lines(2)] + [
            "", "HOPI: " + c.hpi, "", "PH: " + ", ".join(s["pmh"]), "FH: " + family, "PersH: " + personal, "",
            "O/E: " + s["exam"]["gen"], "  " + c.vitals_line(2)] + ["  " + x for x in c.exam_lines(True)[1:]] + [
            "", "Imp: " + s["short"], "", "Adv:"] + ["  " + m for m in s["meds_ip"][:5]]
        return wrap("\n".join(L)) + "\n\n" + pick(["Dr. %s (PGY2)" % pick(SURN), "Duty doctor", junior()])
    if lay == 4:  # pre-printed form with check boxes
        L = ["CASE SHEET - %s" % c.dept.upper(), "", patient_block(c, 4), "",
             "Complaints: " + "; ".join(c.complaint_lines(3)), "", "History: " + c.hpi, "",
             "DM [%s]  HTN [%s]  CAD [%s]  BA [%s]  TB [%s]  Epilepsy [%s]  Thyroid [%s]" % tuple(
                 ("x" if any(k in " ".join(s["pmh"] + s["dx"]) for k in kk) else " ") for kk in
                 [["DM", "Diabetes", "diabetic"], ["HTN", "Hypertension", "hypertensive"], ["CAD"], ["BA"], ["TB", "Tubercul"], ["Epilep"], ["thyro", "Thyro"]]),
             "Surgical history: " + pick(["Nil", "None", "Tubectomy", "Appendicectomy 10 years back"]),
             "", "GPE:  Pallor [%s] Icterus [%s] Cyanosis [ ] Clubbing [ ] Lymphadenopathy [ ] Oedema [%s]" % (
                 "+" if "allor" in s["exam"]["gen"] else "-", "+" if "cterus" in s["exam"]["gen"] else "-", "+" if "oedema" in s["exam"]["gen"].lower() and "no pedal" not in s["exam"]["gen"].lower() else "-"),
             "Temp %.1f F  PR %d/min  BP %s mmHg  RR %d/min  SpO2 %d%%  Wt %s kg" % (c.temp, c.pr, c.bp, c.rr, c.spo2, c.weight),
             "", "Systemic examination:"] + c.exam_lines(True)[1:] + ["", "Diagnosis: " + s["dx"][0], "Plan: " + pick(["as per consultant", "admit & evaluate", "surgery after fitness"])]
        return join(letterhead(h, 5), "\n".join(wrap(x) if len(x) > 100 else x for x in L)) + "\n\nSign of RMO/PG: ________  Sign of Consultant: ________"
    if lay == 5:  # obstetric / paediatric / surgical specific
        extra = []
        if s["key"] == "lscs":
            extra = [("Obstetric History", "G2P1L1A0. 1st: LSCS 4 yrs back, male 2.9 kg, alive & healthy. Present: spontaneous conception."), ("Obstetric Examination", s["exam"]["pa"]),
                     ("PV", pick(["Not done (previous LSCS, planned elective)", "Cervix posterior, os closed, uneffaced"]))]
        elif c.child:
            extra = [("Birth History", s["pmh"][0]), ("Immunisation", s["pmh"][1]), ("Developmental History", s["pmh"][2]),
                     ("Anthropometry", "Weight %s kg, Height %d cm" % (c.weight, c.height))]
        elif "local" in s["exam"]:
            extra = [("Local Examination", s["exam"]["local"])]
        secs = [("Chief Complaints", c.complaint_lines()), ("HOPI", c.hpi)] + extra + [
            ("Vitals", c.vitals_line()), ("Systemic Examination", c.exam_lines(True)[1:5]), ("Clinical Diagnosis", s["short"]),
            ("Investigations advised", ", ".join(s["panels"]) + (", " + s["imaging"][0][0] if s["imaging"] else ""))]
        return join(letterhead(h), title(["Admission Record", "%s Admission Case Sheet" % c.dept, "History & Physical Examination"], 0.2), patient_block(c),
                    render_sections(secs)) + sign_block(c.cons, c.admit)
    # lay 6: ICU admission note
    secs = [("Reason for ICU admission", pick(["Close monitoring", "Haemodynamic instability", "Respiratory distress", "Post procedure monitoring", s["short"]])),
            ("Brief history", c.hpi), ("Comorbidities", ", ".join(s["pmh"])),
            ("Examination at admission to ICU", "GCS %s. %s\n%s" % (pick(["15/15", "E4V5M6", "E3V4M6", "14/15"]), c.vitals_line(0), "\n".join(c.exam_lines(True)))),
            ("Initial labs", inv_summary(c, 6)), ("Assessment", "; ".join(s["dx"])),
            ("Plan", bullets((s["meds_ip"][:5] + ["Strict I/O charting", "DVT prophylaxis", "Head end elevation 30 deg"]), 0)),
            ("Code status", pick(["Full code", "Full resuscitation", "Full code - discussed with family"]))]
    return join(letterhead(h, 5), title(["ICU Admission Note", "MICU Admission Assessment", "Critical Care Admission"], 0.2), patient_block(c, 2), render_sections(secs)) + "\n\nIntensivist: %s" % Doctor("anaes").name


def g_progress_note(c):
    s = c.scn
    h = c.hosp
    lay = rng.randrange(7)
    day = ri(1, max(1, c.los - 1))
    d = c.admit + _dt.timedelta(days=day)
    pod = "POD %d" % day if s["surgery"] else "Day %d of admission" % (day + 1)
    better = pick(["Feeling better", "Symptomatically improved", "Comfortable", "Pain reduced", "No fresh complaints", "Afebrile since 24 hrs"])
    if lay == 0:  # SOAP
        secs = [("S", "%s. %s" % (better, pick(["Tolerating orally.", "Slept well.", "Passed stools.", "Mild pain at operative site.", "No vomiting."]))),
                ("O", "%s\n%s" % (c.vitals_line(2), "\n".join(c.exam_lines(True)[1:4]))),
                ("A", "%s - %s" % (s["short"], pick(["improving", "stable", "responding to treatment", "slow improvement"]))),
                ("P", bullets(["Continue " + m for m in s["meds_ip"][:3]] + [pick(["Repeat CBP tomorrow", "Mobilise", "Plan discharge in 48 hrs", "Review RFT"])], 1))]
        return join("%s  %s  %s" % (fd(d), ftime(), pod), "Name: %s   UHID: %s   Bed: %s" % (c.name, c.uhid, c.bed),
                    render_sections(secs, pick([0, 1, 5]), "\n")) + "\n" + junior()
    if lay == 1:  # continuation sheet, several dated entries
        ents = []
        for k in range(ri(2, 4)):
            dd = c.admit + _dt.timedelta(days=k)
            ents.append("%s  %s\n%s\n%s\n%s\nPlan: %s" % (
                fd(dd, 5), ftime(style=2), pick(["Seen with consultant.", "Rounds:", "Evening round", "Unit chief round"]),
                pick(["Pt c/o ", "Complaints: "]) + pick(["mild fatigue", "pain reduced", "nil fresh", "decreased appetite", "occasional cough"]),
                c.vitals_line(2), pick(["Continue same", "Continue same Rx", "Add " + pick(["Syp. Cremaffin 15 mL HS", "Tab. Ondansetron 4 mg SOS", "Inj. Pan 40 mg IV BD", "Nebulisation with Duolin 8th hourly"]), "Stop IV fluids, orals allowed", "Physiotherapy", "Shift to ward"])))
        return join(pick(["DOCTOR'S NOTES / CONTINUATION SHEET", "PROGRESS NOTES", "CLINICAL NOTES (Contd.)", "", "Doctors Progress Record"]),
                    "%s  %s  %s" % (c.NAME, c.uhid, c.bed), "\n\n".join(ents)) + "\n\n" + page_footer(h, ri(2, 5), ri(5, 8))
    if lay == 2:  # OPD follow-up visit
        fu = c.disch + _dt.timedelta(days=ri(7, 30))
        secs = [("Visit", "Follow-up (%s)" % pick(["1st review", "post discharge review", "2nd visit", "routine review"])),
                ("Diagnosis", "; ".join(s["dx"][:3])),
                ("History", pick(["Patient came for review. ", "Reviewed today. "]) + pick(["No fresh complaints.", "Feeling better, compliant with medication.", "Mild weakness persists.", "Wound healed well."]) + (" Sutures removed." if s["surgery"] else "")),
                ("Vitals", "BP %s, PR %d, Wt %s kg" % (c.bp, c.pr, c.weight)),
                ("Examination", pick(["Wound healthy.", "Chest clear.", "NAD.", s["exam"]["cvs"]])),
                ("Reports reviewed", inv_summary(c, 3)),
                ("Advice", med_table(s["meds_dc"][:4], 1)), ("Next review", "after %s" % pick(["1 month", "3 months", "2 weeks", "6 weeks with reports"]))]
        return join(letterhead(h, pick([1, 2, 3])), "OPD - %s" % c.dept, patient_block(c, pick([0, 2, 5]), ip=False),
                    render_sections(secs)) + "\n\n" + c.cons.sig(3)
    if lay == 3:  # ICU daily
        sysl = ["CNS: %s" % pick(["Conscious, oriented", "E4VTM6 on sedation hold", "GCS 15/15"]),
                "CVS: HR %d, BP %s, %s" % (c.pr, c.bp, pick(["no inotropes", "on noradrenaline 0.05 mcg/kg/min - tapering", "off inotropes since morning"])),
                "RS: %s" % pick(["On room air, SpO2 97%", "On 2L O2 via NP", "On ventilator VC mode, FiO2 40%, PEEP 5", "HFNC 40L/40%"]),
                "Renal: UO %d mL/24h, %s" % (ri(900, 2600), "creat %s" % c.labval("Serum Creatinine")),
                "GI: %s" % pick(["RT feeds tolerated", "Orally allowed", "NBM", "Soft diet"]),
                "ID: %s" % pick(["Afebrile, on " + (s["meds_ip"][0] if s["meds_ip"] else "antibiotics"), "Tmax 100.4 F, cultures awaited", "Afebrile"]),
                "Lines: %s" % pick(["PIV", "R IJV CVC day 3", "Foley, PIV", "Art line L radial"])]
        return join(pick(["MICU DAILY PROGRESS NOTE", "ICU Round Note", "Critical Care Progress Note", ""]),
                    "%s | %s | %s | ICU day %d" % (c.name, c.uhid, fd(d), day + 1), "\n".join(sysl),
                    "Assessment: " + s["short"] + ", " + pick(["improving", "stable", "guarded"]),
                    "Plan:\n" + bullets([pick(["Wean sedation", "Continue antibiotics", "Repeat ABG", "Shift out to HDU if stable", "Chest physio"]), pick(["Daily RFT", "Electrolyte correction", "Mobilise", "Family counselling done"])], 1)) + "\n\n" + Doctor("anaes").name
    if lay == 4:  # brief narrative
        t = "%s %s. %s is %s. %s. %s. Plan: %s." % (
            fd(d), pod, c.name, better.lower(), c.vitals_line(3), pick(["Wound healthy", "Chest clear", "Abdomen soft", "Neuro status unchanged", "No bleeding manifestations"]),
            pick(["continue current management", "likely discharge tomorrow", "step down antibiotics to oral", "repeat labs in AM"]))
        return wrap(t) + "\n" + pick(["- " + c.cons.name, junior(), "(PG resident)"])
    if lay == 5:  # post-op day note surgical format
        return join("Date: %s    %s" % (fd(d), "POD-%d" % day),
                    "%s, %s\n%s" % (c.name, c.agesex, "s/p " + (s["surgery"]["name"] if s["surgery"] else s["short"])),
                    "\n".join(["c/o: " + pick(["pain at op site +", "nil", "mild nausea", "not passed flatus yet"]),
                               "Flatus/Stools: " + pick(["passed", "passed flatus, stools not passed", "+/+"]),
                               "Urine: " + pick(["voided", "Foley in situ, UO adequate", "catheter removed, voiding"]),
                               "Drain: " + pick(["nil", "%d mL serous" % ri(20, 120), "removed"]),
                               "O/E: " + c.vitals_line(2), "Wound: " + pick(["dressing dry", "soakage +, dressing changed", "healthy"]),
                               "Plan: " + pick(["orals allowed, ambulate", "continue IV antibiotics", "remove drain", "discharge tomorrow"])])) + "\n\n" + junior()
    # lay 6: consultant rounds table
    return join(letterhead(h, 5), "Patient: %s  Age: %d  UHID: %s" % (c.NAME, c.age, c.uhid),
                "Date/Time      | Notes\n" + "\n".join("%s %s | %s" % (fd(c.admit + _dt.timedelta(days=k), 5), ftime(style=0), x) for k, x in enumerate([
                    pick(["Admitted. ", "Seen. "]) + s["short"] + ". " + c.vitals_line(2), pick(["Improving. Continue Rx.", "Afebrile. Orals tolerated.", "Reports reviewed - " + inv_summary(c, 2, 2)]),
                    pick(["Stable. Plan d/c tomorrow.", "Ambulating. Continue same.", "Counselled family."])][:ri(2, 3)])),
                "Consultant: " + c.cons.name)


def g_consult_note(c):
    s = c.scn
    h = c.hosp
    cdept, q, ans = s["consult"]
    if not q:
        cdept, q, ans = "cardio", "Pre-operative cardiac evaluation", "ECG normal. 2D echo normal, LVEF 60%. No contraindication for anaesthesia from cardiac point of view."
    cd = Doctor(cdept)
    lay = rng.randrange(7)
    d = c.admit + _dt.timedelta(days=ri(0, max(0, c.los - 2)))
    if lay == 0:  # cross consultation requisition + reply
        return join(letterhead(h, pick([5, 3])), title(["Cross Consultation Form", "Inter-Departmental Consultation", "Request for Opinion"], 0.1),
                    kv_block([("Patient", c.name), ("Age/Sex", c.agesex), ("UHID", c.uhid), ("Ward/Bed", c.bed), ("From", "%s (%s)" % (c.dept, c.cons.name)),
                              ("To", "Dept. of %s" % cd.dept), ("Urgency", pick(["Routine", "Urgent", "Emergency"])), ("Date", fd(d))], pick([0, 1])),
                    "Reason for consultation / Brief history:\n" + wrap("%s. Diagnosed %s. %s. Kindly see and advise regarding %s." % (
                        "%d/%s" % (c.age, c.sex), s["short"], c.vitals_line(3), q.lower())),
                    "Requesting doctor: %s" % junior(), "-" * 60, "OPINION:",
                    wrap("Seen the patient. History and records reviewed. %s\n%s" % (pick(["Examined.", "O/E: " + c.vitals_line(2) + "."]), ans)),
                    "Thank you for the reference." if maybe() else "Will follow up.") + "\n\n" + cd.sig()
    if lay == 1:  # letter style opinion
        return join(letterhead(h, 1), "Date: " + fd(d), "To\n%s\n%s\n%s" % (c.cons.name, c.cons.dept, h.name.title()),
                    "Re: %s, %s, UHID %s" % (c.name, c.agesex, c.uhid),
                    "Dear %s," % pick(["Sir", "Madam", "Dr. " + c.cons.last, "Colleague"]),
                    wrap("Thank you for asking me to see this %d year old %s admitted with %s, referred for %s.\n\nHistory: %s\n\nOn examination: %s %s\n\nInvestigations reviewed: %s\n\nImpression and recommendations: %s" % (
                        c.age, c.sexw.lower(), s["short"].lower(), q.lower(), c.hpi, c.vitals_line(3), s["exam"]["cvs"], inv_summary(c, 4), ans)),
                    "I shall be happy to review as required.", "Yours sincerely,") + "\n\n" + cd.sig(0)
    if lay == 2:  # brief note in progress sheet
        return join("%s %s" % (fd(d, 5), ftime(style=2)), "%s REFERENCE NOTE" % cd.dept.upper() if maybe() else "%s opinion:" % cd.dept,
                    "Pt %s %s, case of %s" % (c.fullname, c.agesex, s["short"]), "Ref for: " + q,
                    "O/E: " + c.vitals_line(2), "Adv:\n" + bullets([x.strip() for x in ans.split(".") if x.strip()], 1)) + "\n\n" + cd.name + " / " + cd.dept
    if lay == 3:  # structured consult report
        secs = [("Reason for Consultation", q), ("Requested by", "%s, %s" % (c.cons.name, c.dept)),
                ("History of Present Illness", c.hpi), ("Past History", s["pmh"]), ("Medications", ", ".join(s["meds_ip"][:5]) or "-"),
                ("Allergies", c.allergy), ("Examination", "\n".join([c.vitals_line()] + c.exam_lines())),
                ("Data Reviewed", inv_summary(c) + "\n" + "\n".join(imaging_summary(c))),
                ("Assessment", ans.split(".")[0]), ("Recommendations", [x.strip() for x in ans.split(".")[1:] if x.strip()] or [ans]),
                ]
        return join(letterhead(h), title(["Consultation Report", "%s Consultation" % cd.dept, "Specialist Opinion", "Consult Note"], 0.2),
                    patient_block(c, pick([0, 1, 3])), render_sections(secs)) + "\n\n" + pick(["Thank you for this consult.", "Will follow with you.", ""]) + sign_block(cd, d)
    if lay == 4:  # PAC-like / fitness  (surgical context)
        return join(letterhead(h, 5), "%s - FITNESS / CLEARANCE" % cd.dept.upper(), patient_block(c, 2),
                    "Planned procedure: %s" % ((s["surgery"] or s["procedure"] or {"name": "Surgery"})["name"]),
                    "Known case of: " + ", ".join(s["pmh"]), "Vitals: " + c.vitals_line(0), "ECG: %s" % s["ecg"][2],
                    wrap("Opinion: " + ans), "Risk: %s" % pick(["Low", "Intermediate", "High - explained to attenders", "ASA II"])) + "\n\n" + cd.sig(1)
    if lay == 5:  # OPD specialist consultation for external referral
        return join(letterhead(h, pick([0, 4])), "%s  |  %s" % (cd.name, cd.qual), "OP Consultation - %s" % cd.dept,
                    patient_block(c, pick([0, 5]), ip=False),
                    "Referred by: %s" % c.ref_dr,
                    render_sections([("Complaints", c.complaint_lines(3)), ("History", c.hpi), ("Exam", c.exam_lines(True)), ("Impression", s["dx"][0]),
                                     ("Plan", pick(["Admission advised", "Investigations as below, review with reports", "Surgery advised - counselled"]) + "\n" + ans)])) + "\n\n" + cd.sig(3)
    # 6: email / tele-consult print
    return join("From: %s <%s.%s@%s>" % (cd.name, cd.first.lower(), cd.last.lower(), h.email.split("@")[1]), "To: %s" % c.cons.name,
                "Date: %s %s" % (fd(d, 3), ftime(style=1)), "Subject: Opinion - %s (%s), Bed %s" % (c.fullname, c.uhid, c.bed), "",
                wrap("Dear %s,\nSaw %s this %s on your request (%s). %s\nRegards,\n%s" % (c.cons.first, c.fullname, pick(["morning", "afternoon", "evening"]), q.lower(), ans, cd.name)))


def g_operative_note(c):
    s = c.scn
    sg = s["surgery"]
    h = c.hosp
    d = c.surg_date()
    surgeon = c.surgeon()
    asst = junior()
    anaes = Doctor("anaes")
    lay = rng.randrange(7)
    findings = sg["findings"].replace("%s", ftime()) if "%s" in sg["findings"] else sg["findings"]
    t1 = ri(7, 15)
    tstart, tend = ftime(t1, 0, 0), ftime(t1 + ri(1, 3), pick([0, 15, 30, 45]), 0)
    if lay == 0:  # structured OT note
        pairs = [("Date of Surgery", fd(d)), ("Surgeon", surgeon.name), ("Assistant(s)", asst + (", " + junior() if maybe() else "")),
                 ("Anaesthetist", anaes.name), ("Anaesthesia", sg["anaes"]), ("Pre-operative Diagnosis", s["dx"][0]),
                 ("Post-operative Diagnosis", pick(["Same", s["dx"][0]])), ("Procedure", sg["name"]), ("Start / End", "%s / %s" % (tstart, tend))]
        secs = [(None, kv_block(pairs, 0)), ("Findings", findings), ("Procedure Details", bullets(sg["steps"], pick([0, 1, 4]))),
                ("Estimated Blood Loss", sg["blood_loss"]), ("Drain", sg["drain"]), ("Specimen", sg["specimen"] + (" - sent for HPE" if sg.get("path") else "")),
                ("Complications", "Nil"), ("Post-op Instructions", [pick(["NBM till further orders", "Orals after 6 hrs", "Sips after 4 hrs"]), "IV fluids as charted", "Monitor vitals, drain output", s["meds_ip"][0]])]
        return join(letterhead(h, pick([0, 5])), title(["Operation Notes", "Operative Note", "OT Notes", "Operation Record", "Surgical Notes"], 0.15),
                    patient_block(c, pick([0, 2, 6])), render_sections(secs)) + sign_block(surgeon, d)
    if lay == 1:  # dictated narrative
        t = ("PREOPERATIVE DIAGNOSIS: %s\nPOSTOPERATIVE DIAGNOSIS: Same\nOPERATION: %s\nSURGEON: %s\nASSISTANT: %s\nANESTHESIA: %s\n\n"
             "INDICATION: This %d-year-old %s with %s was counselled regarding the procedure, risks and alternatives and consented.\n\n"
             "DESCRIPTION OF PROCEDURE: %s\n\nFINDINGS: %s\n\nThe patient tolerated the procedure well and was shifted to recovery in stable condition. EBL %s. Sponge and instrument counts correct.") % (
            s["dx"][0], sg["name"], surgeon.name, asst, sg["anaes"], c.age, c.sexw.lower(), s["short"].lower(), " ".join(sg["steps"]), findings, sg["blood_loss"].lower())
        return join(title(["Operative Report", "Operation Note", "Dictated Operative Note"], 0.3), "Patient: %s  MRN: %s  Date: %s" % (c.NAME, c.uhid, fd(d, 3)), wrap(t)) + \
            "\n\n%s\nD/T %s" % (surgeon.sig(3), fd(d, 5))
    if lay == 2:  # terse handwritten OT notes
        L = ["%s  OT-%d" % (fd(d, 5), ri(1, 8)), "%s %s" % (c.fullname, c.agesex), "Dx: %s" % s["short"], "Surgery: %s" % sg["name"],
             "Surg: %s   Anaes: %s (%s)" % (surgeon.name, anaes.name, sg["anaes"].split(" ")[0] if "(" not in sg["anaes"] else sg["anaes"].split(" (")[0]),
             "Pt in supine/lithotomy/lateral as required, P&D done.", "Findings:", "  " + findings] + ["- " + x for x in sg["steps"][2:6]] + [
            "EBL ~ " + sg["blood_loss"].replace("About ", ""), "HPE: " + ("sent" if sg.get("path") else "not sent"), "Pt shifted to PACU stable."]
        return wrap("\n".join(L)) + "\n" + pick(["Sd/- ", "", "-"]) + surgeon.name
    if lay == 3:  # form with surgical safety elements
        return join(letterhead(h, 6), "OPERATION THEATRE RECORD - SURGEON'S NOTES", patient_block(c, 3),
                    kv_block([("OT No.", str(ri(1, 10))), ("Date", fd(d)), ("Time in OT", ftime(t1 - 1, 30, 0)), ("Incision time", tstart), ("Closure", tend),
                              ("Type of surgery", pick(["Elective", "Emergency"])), ("Wound class", pick(["Clean", "Clean-contaminated", "Contaminated"])),
                              ("Surgeon", surgeon.name), ("Anaesthetist", anaes.name), ("Scrub nurse", nurse_name()),
                              ("Antibiotic prophylaxis", s["meds_ip"][0] + " at %s" % ftime(t1 - 1, 40, 0)), ("Implants", pick(["Nil", "As per implant sticker sheet", "Mesh 15x7.5 cm Batch %s" % digits(6)]) if "ortho" not in sg["dept"] else "As per sticker sheet attached")], 0),
                    "Procedure performed: " + sg["name"], "Operative findings:\n" + wrap(findings), "Steps:\n" + bullets(sg["steps"], 0),
                    "Swab / instrument count: %s   Specimen: %s   Drain: %s" % (pick(["Correct", "Verified correct", "Complete"]), sg["specimen"], sg["drain"])) + \
            "\n\nSurgeon's signature ____________      " + surgeon.name
    if lay == 4:  # paragraph brief with post-op orders
        t = "Under %s, %s was performed. %s %s Closure done. Blood loss %s. Patient tolerated well." % (
            sg["anaes"].lower(), sg["name"].lower(), findings, " ".join(sg["steps"][3:5]), sg["blood_loss"].lower())
        return join(pick([h.name, ""]), "Date: %s" % fd(d), "Name: %s    Age: %d    IP: %s" % (c.name, c.age, c.ipno),
                    "Procedure Note - Surgery" if maybe(0.3) else "Notes:", wrap(t),
                    "Post op orders:\n" + bullets(["NBM x 6 hrs", "IVF RL/DNS 100 mL/hr", s["meds_ip"][0], s["meds_ip"][1], "Vitals hourly x 4 then 4th hourly"], 2)) + "\n\n" + surgeon.sig(pick([0, 2]))
    if lay == 5:  # table two-column
        rows = [("NAME", c.name), ("UHID", c.uhid), ("DATE", fd(d)), ("PROCEDURE", sg["name"]), ("SURGEON", surgeon.name),
                ("ASSISTANTS", asst), ("ANAESTHESIA", sg["anaes"]), ("ANAESTHETIST", anaes.name), ("INDICATION", s["dx"][0]),
                ("FINDINGS", findings), ("PROCEDURE IN DETAIL", " ".join(sg["steps"])), ("EBL", sg["blood_loss"]), ("SPECIMEN", sg["specimen"]),
                ("CONDITION", pick(["Stable, shifted to recovery", "Extubated, shifted to SICU", "Stable"]))]
        w = 22
        lines = ["+" + "-" * w + "+" + "-" * 60]
        for k, v in rows:
            vw = wrap(v, 58).split("\n")
            lines.append("|" + k.ljust(w) + "| " + vw[0])
            for x in vw[1:]:
                lines.append("|" + " " * w + "| " + x)
        lines.append("+" + "-" * w + "+" + "-" * 60)
        return join(letterhead(h, 2), pick(["OPERATIVE RECORD", "", "SURGICAL PROCEDURE RECORD"]), "\n".join(lines)) + "\n\n" + surgeon.sig(1)
    # 6: multi-page with surgeon stamp
    return join(letterhead(h, 0), "DEPARTMENT OF %s" % DEPTS[sg["dept"]][0].upper(), "OPERATION NOTES", patient_block(c, 1),
                render_sections([("Diagnosis", "; ".join(s["dx"][:2])), ("Name of Operation", sg["name"]), ("Surgical Team", "%s; Asst: %s" % (surgeon.name, asst)),
                                 ("Anaesthesia Team", "%s - %s" % (anaes.name, sg["anaes"])), ("Position", pick(["Supine", "Lithotomy", "Lateral", "Supine with tilt"])),
                                 ("Intra-operative findings", findings), ("Operative procedure", "\n".join(sg["steps"])),
                                 ("Haemostasis", "Secured"), ("Blood loss", sg["blood_loss"]), ("Blood transfusion", pick(["Nil", "1 unit PRBC"])),
                                 ("Specimen", sg["specimen"])])) + "\n\n" + page_footer(h) + "\n" + "[Seal] " + surgeon.sig(0)


def g_procedure_note(c):
    s = c.scn
    p = s["procedure"]
    h = c.hosp
    doc = c.surgeon()
    d = c.admit + _dt.timedelta(days=ri(0, 1))
    lay = rng.randrange(7)
    if lay == 0:  # endoscopy/cath lab software report
        unit = {"gastro": "ENDOSCOPY UNIT", "cardio": "CARDIAC CATHETERISATION LABORATORY", "radio": "INTERVENTIONAL RADIOLOGY"}.get(p["dept"], "PROCEDURE ROOM")
        return join(letterhead(h, pick([2, 4])), unit, kv_block([("Patient", c.name), ("Age/Sex", c.agesex), ("ID", c.uhid), ("Date", fd(d)),
                                                                  ("Referring Dr", c.cons.name), ("Performed by", doc.name), ("Indication", p["indication"]),
                                                                  ("Sedation/Anaesthesia", p["anaes"])], pick([0, 2])),
                    "Procedure: " + p["name"], "Findings / Description:\n" + bullets(p["steps"], 4), "Impression: " + p["findings"],
                    "Complications: " + p["complications"], "Recommendations: " + pick(["As per primary team", "Continue PPI, repeat session in 2 weeks", "Dual antiplatelets x 1 yr", "Await reports"])) + "\n\n" + doc.sig(0)
    if lay == 1:  # bedside procedure note in notes
        return join("%s %s" % (fd(d, 5), ftime(style=2)), "PROCEDURE NOTE" if maybe(0.5) else "Procedure:",
                    wrap("%s done for %s %s. Indication: %s. %s %s Findings: %s. Complications: %s." % (
                        p["name"], c.fullname, c.agesex, p["indication"], p["steps"][0], " ".join(p["steps"][1:]), p["findings"], p["complications"].lower()))) + "\n" + doc.name
    if lay == 2:  # NABH procedure record with time-out
        return join(letterhead(h, 6), title(["Procedure Record", "Invasive Procedure Record", "Record of Bedside Procedure"], 0.05), patient_block(c, pick([0, 3])),
                    "Procedure: %s\nSite/Side: %s\nLocation: %s" % (p["name"], pick(["Right", "Left", "NA", "Midline"]), pick(["Bedside - %s" % c.ward, "Procedure room", "Cath lab", "Endoscopy suite"])),
                    "Pre-procedure checklist: Consent [Y]  Site marking [%s]  Allergy checked [Y]  Coagulation reviewed [Y]\nTIME OUT done at %s - correct patient, procedure, site confirmed." % (pick(["Y", "NA"]), ftime()),
                    "Anaesthesia / Sedation: " + p["anaes"], "Technique:\n" + bullets(p["steps"], 0), "Findings: " + p["findings"],
                    "Specimens sent: %s" % pick(["Yes - as above", "None", "Yes"]), "Complications: " + p["complications"],
                    "Post procedure vitals: " + c.vitals_line(2)) + "\n\nPerformed by: %s    Assisted by: %s" % (doc.name, pick([junior(), nurse_name()]))
    if lay == 3:  # short structured
        return join(pick([h.name, ""]), "Name: %s   Age: %d   Sex: %s   UHID: %s" % (c.NAME, c.age, c.sex, c.uhid),
                    render_sections([("Procedure", p["name"]), ("Date", fd(d)), ("Operator", doc.name), ("Indication", p["indication"]),
                                     ("Findings", p["findings"]), ("Complication", p["complications"]), ("Advice", pick(["Observe for 4 hours", "Supine for 4 hrs", "Vitals monitoring", "Check X-ray"]))], pick([0, 1, 5]), "\n")) + "\n\n" + doc.sig(3)
    if lay == 4:  # narrative dictation
        t = "The procedure, its risks, benefits and alternatives were explained to the %s and written informed consent was obtained. %s The patient tolerated the procedure well. %s" % (
            pick(["patient", "patient and attenders", "relatives"]), " ".join(p["steps"]), "Findings: " + p["findings"])
        return join(title(["Procedure Report", "Report of Procedure"], 0.4), "PATIENT: %s (%s)   DATE: %s" % (c.name, c.uhid, fd(d, 4)),
                    "PROCEDURE: %s\nINDICATION: %s\nOPERATOR: %s\nANAESTHESIA: %s" % (p["name"], p["indication"], doc.name, p["anaes"]), wrap(t)) + "\n\n" + doc.sig(pick([0, 2]))
    if lay == 5:  # numbered checklist style
        return join(letterhead(h, 5), "DEPARTMENT OF %s" % DEPTS[p["dept"]][0].upper(), patient_block(c, 2),
                    "1. Procedure: %s\n2. Date/Time: %s %s\n3. Indication: %s\n4. Consent: obtained\n5. Anaesthesia: %s\n6. Steps:\n%s\n7. Findings: %s\n8. Complications: %s\n9. Post procedure plan: %s" % (
                        p["name"], fd(d), ftime(), p["indication"], p["anaes"], "\n".join("   " + x for x in p["steps"]), p["findings"], p["complications"],
                        pick(["Continue current treatment", "Monitor vitals hourly x 4", "Repeat imaging in 24 h"]))) + "\n\n" + doc.sig(1)
    # 6: Indian cath/endoscopy report with images placeholder
    return join(letterhead(h, 0), p["name"].upper(), "Name: %s    Age: %d    Sex: %s\nReg: %s    Date: %s\nRef by: %s" % (c.name, c.age, c.sexw, c.uhid, fd(d), c.cons.name),
                "[Image 1]   [Image 2]   [Image 3]   [Image 4]", "Procedure details: " + wrap(" ".join(p["steps"])),
                "CONCLUSION: " + p["findings"], "Note: Kindly correlate clinically.") + "\n\n" + doc.sig(pick([0, 3]))


def special_rows(c, name):
    k = c.scn["key"]
    if name == "Dengue":
        return [("Dengue NS1 Antigen", "POSITIVE" if k == "dengue" else "Negative", "", "Negative"), ("Dengue IgM Antibody", pick(["Negative", "Positive"]) if k == "dengue" else "Negative", "", "Negative"),
                ("Dengue IgG Antibody", "Negative", "", "Negative")]
    if name == "Malaria":
        return [("Malaria Parasite (QBC / Smear)", "Not detected", "", ""), ("Malaria Antigen (Pf/Pv) Rapid", "Negative", "", "Negative")]
    if name == "Widal":
        return [("S. typhi 'O'", "1:40", "", "< 1:80"), ("S. typhi 'H'", pick(["1:40", "1:80"]), "", "< 1:160"), ("S. paratyphi 'AH'", "1:20", "", "< 1:160")]
    if name == "Serology":
        return [("HIV I & II Antibodies (ELISA)", "Non-Reactive", "", "Non-Reactive"), ("HBsAg", "Non-Reactive", "", "Non-Reactive"), ("Anti HCV Antibody", "Non-Reactive", "", "Non-Reactive")]
    if name == "Urine":
        uti = k in ("dka", "bph")
        return [("Colour", "Pale yellow", "", ""), ("Appearance", "Turbid" if uti else "Clear", "", "Clear"), ("Specific gravity", pick(["1.015", "1.020", "1.010"]), "", "1.005-1.030"),
                ("pH", pick(["5.5", "6.0", "6.5"]), "", "4.5-8.0"), ("Albumin", "++" if k in ("ckd",) else pick(["Nil", "Trace"]), "", "Nil"),
                ("Sugar", "+++" if k == "dka" else "Nil", "", "Nil"), ("Ketone bodies", "+++" if k == "dka" else "Negative", "", "Negative"),
                ("Pus cells", "25-30/hpf" if uti else "2-3/hpf", "", "0-5/hpf"), ("RBCs", "Nil", "", "Nil"), ("Epithelial cells", "1-2/hpf", "", ""), ("Casts / Crystals", "Nil", "", "Nil")]
    if name == "ABG":
        if k == "dka":
            v = [("pH", "7.12"), ("pCO2", "18"), ("pO2", "104"), ("HCO3", "9.0"), ("Base Excess", "-20"), ("Lactate", "2.1")]
        elif k == "op_poison":
            v = [("pH", "7.28"), ("pCO2", "52"), ("pO2", "58"), ("HCO3", "21"), ("Base Excess", "-4"), ("Lactate", "2.8")]
        else:
            v = [("pH", "7.38"), ("pCO2", "38"), ("pO2", "88"), ("HCO3", "23"), ("Base Excess", "-1"), ("Lactate", "1.2")]
        units = {"pH": "", "pCO2": "mmHg", "pO2": "mmHg", "HCO3": "mmol/L", "Base Excess": "mmol/L", "Lactate": "mmol/L"}
        refs = {"pH": "7.35-7.45", "pCO2": "35-45", "pO2": "80-100", "HCO3": "22-26", "Base Excess": "-2 to +2", "Lactate": "0.5-2.0"}
        return [(a, b, units[a], refs[a]) for a, b in v]
    if name == "CSF":
        return [("Appearance", "Turbid", "", "Clear"), ("Total cell count", "1860", "cells/cumm", "0-5"), ("Neutrophils", "90", "%", ""), ("Lymphocytes", "10", "%", ""),
                ("CSF Protein", "186", "mg/dL", "15-45"), ("CSF Glucose", "22", "mg/dL", "40-70"), ("Corresponding blood glucose", "118", "mg/dL", ""),
                ("Gram stain", "Gram positive diplococci seen", "", ""), ("CSF ADA", "6", "U/L", "< 10")]
    if name == "Pleural Fluid":
        return [("Appearance", "Straw coloured, slightly turbid", "", ""), ("Total cell count", "2400", "cells/cumm", ""), ("Lymphocytes", "88", "%", ""),
                ("Neutrophils", "12", "%", ""), ("Protein", "5.2", "g/dL", ""), ("Glucose", "64", "mg/dL", ""), ("LDH", "486", "U/L", ""),
                ("ADA", "78", "U/L", "< 40"), ("Gram stain", "No organisms", "", ""), ("ZN stain for AFB", "Negative", "", ""), ("CBNAAT (MTB/RIF)", "MTB not detected", "", "")]
    if name == "Stool":
        return [("Colour", "Yellowish", "", ""), ("Consistency", "Watery", "", "Formed"), ("Mucus", "Absent", "", "Absent"), ("Blood", "Absent", "", "Absent"),
                ("Pus cells", "1-2/hpf", "", "Nil"), ("Ova / Cysts", "Not seen", "", "Not seen"), ("Occult blood", "Negative", "", "Negative")]
    if name == "Thyroid":
        return [("T3 (Total)", "%.2f" % rf(0.9, 1.6, 2), "ng/mL", "0.8-2.0"), ("T4 (Total)", "%.2f" % rf(6.0, 10.5, 2), "ug/dL", "5.1-14.1"), ("TSH (Ultrasensitive)", c.labval("TSH"), "uIU/mL", "0.35-5.5")]
    return []


def g_lab_report(c):
    s = c.scn
    h = c.hosp
    panels = list(s["panels"])
    chosen = sample(panels, ri(1, min(3, len(panels))))
    lay = rng.randrange(7)
    d = c.admit + _dt.timedelta(days=ri(0, 2))
    sid = "%s%s" % (pick(["", "S", "LAB", "B"]), digits(ri(7, 10)))
    coll = "%s %s" % (fd(d), ftime(ri(6, 10), None, 1))
    rep = "%s %s" % (fd(d), ftime(ri(11, 18), None, 1))
    path_dr = Doctor(pick(["path", "biochem", "micro"]))

    def rows_for(pn):
        if pn in PANELS:
            return [(t, v, u, r) for t, v, u, r, f in lab_rows(c, pn)], True
        return special_rows(c, pn), False

    if lay == 6 and "Urine" not in chosen and c.scn["key"] in ("dka", "bph", "meningitis", "op_poison", "ugib"):
        # culture report
        org = {"dka": "Escherichia coli", "bph": "Klebsiella pneumoniae", "meningitis": "Streptococcus pneumoniae", "op_poison": "Klebsiella pneumoniae", "ugib": "No growth"}[c.scn["key"]]
        spec = {"dka": "Urine (midstream)", "bph": "Urine (catheter)", "meningitis": "CSF", "op_poison": "Endotracheal aspirate", "ugib": "Blood (aerobic)"}[c.scn["key"]]
        ab = ["Amikacin", "Ceftriaxone", "Ciprofloxacin", "Piperacillin-Tazobactam", "Meropenem", "Nitrofurantoin", "Cotrimoxazole", "Gentamicin", "Penicillin", "Vancomycin", "Linezolid"]
        body = "No growth after 48 hours of aerobic incubation." if org == "No growth" else "Organism isolated: %s\nColony count: %s\n\nANTIBIOTIC SUSCEPTIBILITY (Kirby-Bauer / VITEK 2):\n%s" % (
            org, pick([">10^5 CFU/mL", "Significant", "Heavy growth"]), "\n".join("%-28s %s" % (a, pick(["S", "S", "R", "I"])) for a in sample(ab, 8)))
        return join(letterhead(h, pick([0, 1])), "DEPARTMENT OF MICROBIOLOGY", patient_block(c, pick([0, 3])),
                    "Specimen: %s    Lab No: %s\nCollected: %s    Reported: %s" % (spec, sid, coll, rep), "CULTURE & SENSITIVITY REPORT" if maybe() else "Report:",
                    body, "S - Sensitive, R - Resistant, I - Intermediate") + "\n\n" + path_dr.sig(0) + "\n" + "*** End of Report ***"
    blocks = []
    colw = rng.randrange(4)
    for pn in chosen:
        rows, flagable = rows_for(pn)
        tname = pick(PANEL_ALIASES.get(pn, [pn.upper(), pn]))
        lines = [tname] if colw != 3 else ["[%s]" % tname]
        for t, v, u, r in rows:
            f = flag(t, v) if flagable and t in LABS else ""
            if colw == 0:
                lines.append("%-30s %-10s %-3s %-14s %s" % (t, v, f, u, r))
            elif colw == 1:
                lines.append("%s%s : %s %s   (%s)" % (t, (" [" + f + "]") if f else "", v, u, r))
            elif colw == 2:
                lines.append("%-32s|%s%s|%s|%s" % (t, ("*" if f else " "), v, u, r))
            else:
                lines.append("  %-28s %8s %s %s" % (t, v, u, ("<" + f + ">") if f else ""))
        blocks.append("\n".join(lines))
    hdr = {0: "%-30s %-10s %-3s %-14s %s" % ("TEST NAME", "RESULT", "", "UNITS", "BIOLOGICAL REF. INTERVAL"),
           1: "Investigation : Result (Reference Range)", 2: "%-32s|%s|%s|%s" % ("Test", "Value", "Unit", "Normal Range"), 3: ""}[colw]
    meta = [("Patient Name", c.name), ("Age/Sex", c.agesex), ("UHID", c.uhid), ("Sample ID", sid), ("Ref. By", pick([c.cons.name, c.ref_dr, "Self"])),
            ("Collected On", coll), ("Reported On", rep), ("Sample Type", pick(["Whole blood EDTA / Serum", "Serum", "Blood", "Plasma / Urine"])),
            ("Location", pick([c.ward, "OPD", "Emergency", "Home Collection"]))]
    if lay == 0:
        return join(letterhead(h, pick([0, 6])), "DEPARTMENT OF LABORATORY MEDICINE", kv_block(meta, 2), hdr, "\n\n".join(blocks),
                    "*** End of Report ***") + "\n\n" + path_dr.sig(0) + "\n" + page_footer(h)
    if lay == 1:  # NABL accredited standalone-like lab slip
        return join("%s - CLINICAL LABORATORY\n(NABL Accredited - Certificate No. MC-%s)" % (h.name, digits(4)), kv_block(meta, 0),
                    pick(["BIOCHEMISTRY", "HAEMATOLOGY", "CLINICAL PATHOLOGY", "SEROLOGY", "INVESTIGATION REPORT"]), hdr, "\n\n".join(blocks),
                    "Note: Results relate only to the sample tested. Please correlate clinically.") + "\n\nLab Technician: %s      %s" % (pick(FEMALE + MALE), path_dr.sig(3))
    if lay == 2:  # cumulative report table
        tests = [t for pn in chosen if pn in PANELS for t in PANELS[pn]][:12] or ["Haemoglobin", "Total Leucocyte Count", "Platelet Count", "Serum Creatinine"]
        days = [c.admit + _dt.timedelta(days=k) for k in range(ri(2, 4))]
        L = ["%-26s" % "Test" + "".join("%-12s" % fd(x, 5) for x in days) + "Ref"]
        for t in tests:
            vals = [c.labval(t)] + [normal_val(t) for _ in days[1:]]
            L.append("%-26s" % t + "".join("%-12s" % v for v in vals) + "%s-%s" % (LABS[t][1], LABS[t][2]))
        return join(letterhead(h, 5), "CUMULATIVE LAB REPORT" if maybe() else "Lab Trend", patient_block(c, 2), "\n".join(L)) + "\n\n" + page_footer(h)
    if lay == 3:  # bare printout, no letterhead
        return join("%s  %s  %s" % (c.NAME, c.agesex, c.uhid), "Collected: %s  Reported: %s" % (coll, rep), hdr, "\n\n".join(blocks)) + "\n-- End --"
    if lay == 4:  # ABG machine / point of care printout
        rows = special_rows(c, "ABG") + [("Na+", c.labval("Serum Sodium"), "mmol/L", "135-145"), ("K+", c.labval("Serum Potassium"), "mmol/L", "3.5-5.1"), ("Glu", c.grbs, "mg/dL", "")]
        return join(pick(["BLOOD GAS ANALYSER", "ABG REPORT", "GEM Premier-like analyzer  S/N %s" % digits(5)]), "Patient ID: %s\nName: %s\nSample: %s  FiO2: %s%%  Temp: 37.0 C" % (
            c.uhid, c.NAME, pick(["Arterial", "Art"]), pick(["21", "40", "60"])), "\n".join("%-8s %8s %-7s [%s]" % r for r in rows),
            "Operator: %s   %s" % (pick(["ICU1", "RT", "nsg", str(ri(100, 999))]), coll)) 
    if lay == 5:  # narrative single test comment
        blk = blocks[0]
        return join(letterhead(h, pick([1, 3])), patient_block(c, pick([0, 4])), blk,
                    "Comments: " + pick(["Results verified. Critical value informed to %s at %s." % (pick(["ward sister", "treating doctor", "RMO"]), ftime()),
                                        "Kindly correlate with clinical findings.", "Repeat sample advised if clinically indicated.", "Sample haemolysed - repeat advised." if maybe(0.2) else "Sample adequate."])) + "\n\n" + path_dr.sig(pick([1, 3]))
    return join(letterhead(h, 2), kv_block(meta[:6], 1), "\n\n".join(blocks)) + "\n\nChecked by: %s\n%s" % (pick(FEMALE), path_dr.sig(3))


def g_imaging_report(c):
    s = c.scn
    h = c.hosp
    if not s["imaging"]:
        s = SCEN_BY_KEY["dengue"]
    mod, part, fin, imp = pick(s["imaging"])
    rad = Doctor("radio") if "ECHO" not in mod else Doctor("cardio")
    lay = rng.randrange(7)
    d = c.admit + _dt.timedelta(days=ri(0, 1))
    clin = pick(["Clinical details: " + s["short"], "Clinical history: " + "; ".join(c.complaint_lines(1)[:2]), "C/o " + c.scn["complaints"][0][0].lower(), ""])
    tech = ""
    if "CT" in mod:
        tech = pick(["Technique: Axial sections obtained from vertex to base of skull. Post contrast study after IV non-ionic contrast (Iohexol 60 mL).",
                     "Plain and contrast enhanced axial scans with MPR reconstructions.", "MDCT 128 slice - plain and post contrast."])
    elif "MRI" in mod:
        tech = "Sequences: T1W, T2W, FLAIR, DWI/ADC, GRE/SWI, 3D TOF MRA."
    elif "ECHO" in mod:
        fin = "M-mode: LVIDd %.1f cm, LVIDs %.1f cm, IVSd %.1f cm, LVPWd %.1f cm, LA %.1f cm, Ao %.1f cm.\n" % (rf(4.2, 5.4), rf(2.8, 4.0), rf(0.9, 1.3), rf(0.9, 1.2), rf(3.0, 4.2), rf(2.6, 3.2)) + fin
    pcpndt = ""
    if "OBSTETRIC" in mod:
        pcpndt = "DECLARATION (PC&PNDT Act 1994): I, %s, declare that while conducting ultrasonography on %s, I have neither detected nor disclosed the sex of her foetus to anybody in any manner.\nForm F filled. Registration No. PNDT/%s" % (rad.name, c.name, digits(5))
    disc = pick(["Note: This report is a professional opinion and not a diagnosis. Kindly correlate clinically.", "Suggested clinical correlation / follow up.",
                 "Not valid for medico-legal purposes.", "", "Please bring previous films for comparison."])
    if lay == 0:
        return join(letterhead(h, pick([0, 6])), "DEPARTMENT OF RADIOLOGY & IMAGING" if "ECHO" not in mod else "DEPARTMENT OF CARDIOLOGY - NON INVASIVE LAB",
                    kv_block([("Name", c.name), ("Age/Sex", c.agesex), ("UHID", c.uhid), ("Ref By", c.cons.name), ("Date", fd(d)), ("Acc. No", "%s%s" % (pick(["RAD", "CT", "US", "MR", "XR"]), digits(7)))], 2),
                    mod, clin, tech, "FINDINGS:" if maybe() else "OBSERVATIONS:", wrap(fin), "IMPRESSION:" if maybe() else "CONCLUSION:", wrap(imp), pcpndt, disc) + "\n\n" + rad.sig(0)
    if lay == 1:  # terse X-ray style
        return join(pick([h.name, ""]), "%s   %s   %s   %s" % (c.NAME, c.agesex, c.uhid, fd(d, 5)), mod.title(), wrap(fin), "Imp: " + imp) + "\n" + rad.name
    if lay == 2:  # finding by organ list (USG)
        parts = [x.strip() for x in fin.replace("\n", " ").split(". ") if x.strip()]
        return join(letterhead(h, pick([1, 4])), patient_block(c, pick([0, 2, 3])), "%s %s" % (pick(["EXAMINATION:", "Study:", "Investigation:"]), mod),
                    "\n".join(("%s." % p).replace("..", ".") for p in parts), "IMPRESSION:\n" + bullets([x for x in imp.split(". ") if x], 0), pcpndt, disc) + "\n\n" + rad.sig(1)
    if lay == 3:  # teleradiology
        return join("TELERADIOLOGY REPORT", "Reporting centre: %s Imaging Hub" % pick(["Central", "Remote", "Night"]), "Patient: %s | %s | %s | Study date %s" % (c.name, c.agesex, c.uhid, fd(d, 3)),
                    "Study: " + mod, "History: " + s["short"], "Comparison: %s" % pick(["None", "None available", "Previous study of %s" % fd(d - _dt.timedelta(days=ri(30, 400)), 3)]),
                    tech, "Findings:\n" + wrap(fin), "Impression:\n" + wrap(imp)) + "\n\nElectronically signed: %s, %s" % (rad.name, rad.qual)
    if lay == 4:  # echo worksheet-style
        return join(letterhead(h, 3), pick(["ECHO / DOPPLER REPORT", "2D ECHO REPORT", mod]), "Name: %s   Age: %d   Sex: %s\nIP/OP: %s   Date: %s" % (c.name, c.age, c.sex, c.ipno, fd(d)),
                    "Valves: MV - %s; AV - normal; TV - trivial TR; PV - normal\nChambers: %s\nSepta: IAS/IVS intact\nPericardium: %s" % (
                        pick(["normal", "mild MR"]), pick(["Normal dimensions", "LA dilated", "LV hypertrophy"]), pick(["Normal", "No effusion"])) if "ECHO" in mod else "",
                    "Findings: " + wrap(fin), "Final Impression: " + imp) + "\n\n" + rad.sig(pick([0, 2]))
    if lay == 5:  # narrative paragraph
        return join(letterhead(h, 5), mod, "Patient: %s (%s)   Referred by: %s   Date: %s" % (c.name, c.uhid, c.cons.name, fd(d, 4)),
                    wrap("%s %s %s" % (clin + "." if clin else "", tech, fin)), "Opinion: " + imp, disc) + "\n\n" + rad.sig(3)
    # 6: multiple studies same sheet
    studies = s["imaging"][:2]
    return join(letterhead(h), patient_block(c, pick([0, 1])),
                "\n\n".join("%s  (%s)\n%s\nIMPRESSION: %s" % (m, fd(d, 5), wrap(f), i) for m, p, f, i in studies), disc) + "\n\n" + rad.sig(0) + "\n" + page_footer(h)


EXTRA_PATH = [
    ("FNAC - Right thyroid nodule", "Smears are moderately cellular showing benign follicular epithelial cells in monolayered sheets and microfollicles, with abundant colloid and few macrophages.",
     "Benign follicular nodule (Bethesda category II).", "Thyroid swelling 2 x 2 cm, moves with deglutition", "cyto"),
    ("FNAC - Left cervical lymph node", "Smears show epithelioid cell granulomas, Langhans giant cells and caseous necrosis in a background of lymphocytes. ZN stain: AFB positive.",
     "Granulomatous lymphadenitis with caseous necrosis - consistent with tuberculosis.", "Left cervical lymphadenopathy x 2 months, evening fever", "cyto"),
    ("Cervical PAP smear (Conventional)", "Smear is satisfactory for evaluation; endocervical/transformation zone component present. Superficial and intermediate squamous cells with mild inflammatory changes. No intraepithelial lesion.",
     "Negative for intraepithelial lesion or malignancy (NILM). Inflammatory smear.", "White discharge PV, routine screening", "cyto"),
    ("Endometrial curettings", "Received multiple grey-brown tissue bits aggregating 1.5 x 1 x 0.5 cm. All embedded. Sections show proliferative phase endometrium with no atypia.",
     "Proliferative endometrium. No hyperplasia or malignancy.", "Abnormal uterine bleeding, menorrhagia x 6 months", "hpe"),
    ("Skin biopsy - left forearm", "Received a skin punch biopsy 0.4 cm. Sections show hyperkeratosis, parakeratosis, regular acanthosis, Munro microabscesses and dilated tortuous dermal papillary vessels.",
     "Features consistent with psoriasis vulgaris.", "Scaly plaques over extensors x 1 year", "hpe"),
    ("Pleural fluid for cytology", "Smears show predominantly mature lymphocytes with occasional reactive mesothelial cells. No atypical/malignant cells seen.",
     "Lymphocytic pleural effusion, negative for malignant cells.", "Right pleural effusion, ? tubercular", "cyto"),
    ("Gastric antral biopsy", "Received 2 grey-white tissue bits. Sections show antral mucosa with moderate chronic active inflammation and lymphoid aggregates. H. pylori organisms seen on Giemsa stain. No intestinal metaplasia or dysplasia.",
     "Chronic active gastritis, H. pylori positive.", "Dyspepsia, antral erosions on UGI scopy", "hpe"),
    ("Trucut biopsy - left breast lump", "Received 4 linear grey-white cores, largest 1.6 cm. Sections show infiltrating tumour cells in nests and cords with moderate to marked pleomorphism and desmoplastic stroma.",
     "Invasive carcinoma of breast (NST), provisional grade II. IHC for ER/PR/HER2 advised.", "Left breast lump, BI-RADS 5", "hpe"),
]


def g_pathology_report(c):
    h = c.hosp
    pdoc = Doctor("path")
    if c.scn["surgery"] and c.scn["surgery"].get("path") and maybe(0.6):
        spec, gross, micro, dx = c.scn["surgery"]["path"]
        clin = c.scn["short"] + "; " + c.scn["surgery"]["name"]
        kind = "hpe"
        d = c.surg_date()
    else:
        opts = [e for e in EXTRA_PATH if c.sex == "F" or not any(w in e[0] for w in ("PAP", "Endometrial", "breast"))]
        if c.scn["key"] == "tb_eff":
            opts = [e for e in opts if "Pleural" in e[0]]
        elif c.scn["key"] == "breast":
            opts = [e for e in opts if "breast" in e[0]]
        else:
            opts = [e for e in opts if "Pleural" not in e[0] and "breast" not in e[0]]
        spec, micro, dx, clin, kind = pick(opts)
        gross = "Received %s in %s." % (pick(["multiple smears", "4 air dried and 2 wet fixed smears", "specimen"]), pick(["a container", "10% formalin", "slides"])) if kind == "cyto" else micro.split(". Sections")[0] + "."
        if kind == "hpe" and ". Sections" in micro:
            micro = "Sections" + micro.split(". Sections", 1)[1]
        d = c.admit
    rep = d + _dt.timedelta(days=ri(2, 6))
    accno = "%s/%s/%s" % (pick(["HP", "B", "S", "HPE", "CY", "C"]) if kind == "hpe" else pick(["CY", "FNAC", "C"]), digits(ri(3, 5)), str(rep.year)[2:])
    lay = rng.randrange(6)
    meta = [("Name", c.name), ("Age/Sex", c.agesex), ("UHID", c.uhid), ("Lab/Biopsy No", accno), ("Ref. By", pick([c.cons.name, c.ref_dr])),
            ("Received On", fd(d)), ("Reported On", fd(rep))]
    if lay == 0:
        return join(letterhead(h, pick([0, 6])), "DEPARTMENT OF PATHOLOGY", pick(["HISTOPATHOLOGY REPORT", "SURGICAL PATHOLOGY REPORT", "CYTOLOGY REPORT" if kind == "cyto" else "HPE REPORT"]),
                    kv_block(meta, 2), "Specimen: " + spec, "Clinical details: " + clin, "GROSS:\n" + wrap(gross), "MICROSCOPY:\n" + wrap(micro), "IMPRESSION / DIAGNOSIS:\n" + wrap(dx)) + "\n\n" + pdoc.sig(0)
    if lay == 1:
        return join("%s\nHistopathology & Cytology Division" % h.name, kv_block(meta, 0),
                    render_sections([("Nature of specimen", spec), ("Clinical history", clin), ("Macroscopic description", gross), ("Microscopic description", micro), ("Final diagnosis", dx.upper())], pick([0, 2]))) + \
            "\n\nNote: Blocks and slides will be retained for 10 years. Kindly collect them on request for review." + "\n\n" + pdoc.sig(1)
    if lay == 2:  # brief
        return join("%s   %s   %s" % (c.NAME, c.agesex, accno), "Spec: " + spec, "Dx: " + dx) + "\n" + pdoc.name
    if lay == 3:  # synoptic for breast / default
        if "carcinoma" in dx.lower() and "MRM" not in spec and "mastectomy" not in spec:
            pass
        if "mastectomy" in spec.lower():
            syn = ["Procedure: Modified radical mastectomy", "Laterality: Left", "Tumour site: Upper outer quadrant", "Tumour size: 3.9 x 3.4 x 3.0 cm",
                   "Histologic type: Invasive ductal carcinoma (NST)", "Grade (Nottingham): III (score 8/9)", "LVI: Present", "DCIS: Present (10%, solid)",
                   "Margins: Free (closest deep 1.8 cm)", "Lymph nodes: 3/14 positive, ENE present", "pTNM (AJCC 8th): pT2 pN1a", "ER: Positive (7/8), PR: Positive (6/8), HER2: 1+ Negative, Ki-67: 35%"]
            return join(letterhead(h, 2), "SYNOPTIC REPORT - BREAST", kv_block(meta, 1), "\n".join(syn), "Comment: " + micro[:200] + "...") + "\n\n" + pdoc.sig(2)
        return join(letterhead(h, 2), kv_block(meta, 1), "SPECIMEN: %s\nGROSS: %s\nMICRO: %s" % (spec, wrap(gross), wrap(micro)), "OPINION: " + dx) + "\n\n" + pdoc.sig(2)
    if lay == 4:  # narrative
        return join(letterhead(h, 5), "Pathology Consultation", wrap("Received %s from %s (%s, %s). %s %s\n\nDIAGNOSIS: %s" % (spec.lower(), c.name, c.agesex, c.uhid, gross, micro, dx)),
                    "Advised: %s" % pick(["Clinical correlation", "Follow up", "IHC on block %s" % accno, "Repeat FNAC if clinically suspicious"])) + "\n\n" + pdoc.sig(3)
    return join(letterhead(h, 1), "Report No.: %s" % accno, "Patient: %s  %s  UHID %s  Ward %s" % (c.name, c.agesex, c.uhid, c.ward),
                "SPECIMEN RECEIVED", spec, "GROSS EXAMINATION", wrap(gross), "MICROSCOPIC EXAMINATION", wrap(micro), "DIAGNOSIS", wrap(dx),
                "*** End of report ***") + "\n\n" + pdoc.sig(0) + "\n" + page_footer(h)


HOME_MEDS = {"stemi": [("Tab. Amlodipine", "5 mg", "OD"), ("Tab. Metformin", "500 mg", "BD")],
             "chole": [("Tab. Thyronorm", "50 mcg", "OD")], "dka": [("Tab. Glimepiride", "2 mg", "OD (irregular)"), ("Tab. Metformin", "500 mg", "BD (stopped 1 month)")],
             "stroke": [("Tab. Amlodipine", "5 mg", "OD (irregular)")], "ckd": [("Inj. Mixtard", "14-0-10 U", "SC"), ("Tab. Nifedipine", "20 mg", "BD"), ("Tab. Lasix", "40 mg", "OD")],
             "lscs": [("Tab. Thyronorm", "25 mcg", "OD"), ("Tab. Ferrous ascorbate", "100 mg", "OD"), ("Tab. Calcium", "500 mg", "BD")],
             "nof": [("Tab. Telmisartan", "40 mg", "OD")], "bph": [("Tab. Tamsulosin", "0.4 mg", "HS"), ("Tab. Glimepiride+Metformin", "1/500", "BD")],
             "htn_dm_opd": [("Tab. Glycomet GP 2", "1 tab", "BD"), ("Tab. Telmisartan", "40 mg", "OD"), ("Tab. Atorvastatin", "10 mg", "HS")],
             "knee_oa": [("Tab. Thyronorm", "75 mcg", "OD"), ("Tab. Amlodipine", "5 mg", "OD"), ("Tab. Aceclofenac", "100 mg", "SOS")]}


def g_medication_list(c):
    s = c.scn
    h = c.hosp
    home = HOME_MEDS.get(s["key"], [])
    lay = rng.randrange(6)
    if lay == 0:  # admission reconciliation
        L = ["%-30s %-10s %-18s %-14s %s" % ("Medication (home)", "Dose", "Frequency", "Last dose", "Action on admission")]
        for n, dz, fr in home or [("No regular medications", "", "", )]:
            L.append("%-30s %-10s %-18s %-14s %s" % (n, dz, fr, fd(c.admit - _dt.timedelta(days=ri(0, 2)), 5) if dz else "", pick(["Continue", "Hold", "Modify", "Continue", "Stop"]) if dz else ""))
        return join(letterhead(h, pick([5, 6])), title(["Medication Reconciliation Form - At Admission", "Medication Reconciliation", "MEDICINE RECONCILIATION (ADMISSION)"], 0.1),
                    patient_block(c, pick([0, 3])), "Source of information: %s" % pick(["Patient", "Attender", "Prescription brought", "Previous discharge summary", "Medicine strips"]),
                    "Allergies: " + c.allergy, "\n".join(L), "Reconciled by (Doctor): %s    Pharmacist: %s    Date: %s" % (junior(), pick(FEMALE + MALE), fd(c.admit)))
    if lay == 1:  # discharge reconciliation compares
        L = []
        ip = s["meds_ip"]
        for m in ip:
            L.append("%-52s %s" % (m, pick(["Stopped", "Stopped", "Changed to oral", "Continue"])))
        L2 = ["%-40s %s %s %s" % (d, dz, fr, du) for d, dz, fr, du in s["meds_dc"]]
        return join(letterhead(h, 5), "MEDICATION RECONCILIATION AT DISCHARGE", patient_block(c, 2),
                    "A. Inpatient medications:\n" + "\n".join(L), "B. Medications to continue at home:\n" + "\n".join(L2),
                    "C. Pre-admission medications stopped: %s" % (", ".join(n for n, _, _ in home[:1]) or "None"),
                    "Patient / attender explained about changes: Yes") + "\n\nDoctor: %s   Pharmacist: %s   Nurse: %s" % (junior(), pick(FEMALE), nurse_name())
    if lay == 2:  # pharmacy active med profile
        L = ["%-3s %-45s %-8s %-10s %s" % ("#", "Order", "Route", "Start", "Status")]
        for i, m in enumerate(s["meds_ip"] or ["Tab. Paracetamol 650 mg SOS"], 1):
            route = "IV" if m.startswith("Inj") else ("SC" if " SC" in m else ("PO" if m.startswith(("Tab", "Syp", "Cap")) else "-"))
            L.append("%-3d %-45s %-8s %-10s %s" % (i, m[:45], route, fd(c.admit, 5), pick(["Active", "Active", "Discontinued", "On hold"])))
        return join("%s - IN-PATIENT PHARMACY" % h.name, "ACTIVE MEDICATION PROFILE" if maybe() else "Current Medications", "Patient: %s  UHID: %s  Wt: %s kg  Allergy: %s" % (c.NAME, c.uhid, c.weight, c.allergy),
                    "\n".join(L)) + "\n\nPrinted %s   %s" % (fd(c.admit + _dt.timedelta(days=1)), page_footer(h))
    if lay == 3:  # patient's own medicines handed over
        meds = home or [(d, dz, fr) for d, dz, fr, du in s["meds_dc"][:3]]
        return join(letterhead(h, 5), "PATIENT'S OWN MEDICINES - RECEIVED / HANDED OVER", "Name: %s   Bed: %s   Date: %s" % (c.name, c.bed, fd(c.admit)),
                    "\n".join("%d. %s %s  - Qty: %d %s" % (i, n, dz, ri(4, 30), pick(["tabs", "strips", "vial", "tabs"])) for i, (n, dz, fr) in enumerate(meds, 1)),
                    "Received by (Staff nurse): %s\nSignature of patient/attender: __________" % nurse_name())
    if lay == 4:  # outpatient current medication list
        meds = [(d, dz, fr) for d, dz, fr, du in s["meds_dc"]]
        return join(pick(["Current medication list", "MY MEDICINES", "List of medications", ""]), "%s, %d yrs - as on %s" % (c.name, c.age, fd(c.disch + _dt.timedelta(days=ri(10, 60)))),
                    "\n".join("- %s %s: %s" % (n, dz, fr) for n, dz, fr in meds), "Allergies: " + c.allergy,
                    "Diagnoses: " + ", ".join(s["dx"][:3])) + "\n\nUpdated by: %s" % pick([c.cons.name, "Clinical pharmacist", junior()])
    # 5: transfer med rec table with columns
    L = ["Drug | Dose | Route | Freq | Time of last dose | Continue (Y/N)"]
    for m in s["meds_ip"][:7]:
        parts = m.split(" ")
        L.append("%s | %s | %s | %s | %s | %s" % (" ".join(parts[:2]), " ".join(parts[2:4]), "IV" if "Inj" in m else "Oral", parts[-1] if parts[-1].isupper() else "-", ftime(style=2), pick(["Y", "Y", "N"])))
    return join(letterhead(h, 6), "MEDICATION RECONCILIATION - TRANSFER (%s TO %s)" % (pick(["ICU", "HDU", "CCU"]), pick(["WARD", "ROOM"])), patient_block(c, 3), "\n".join(L)) + "\n\nSign of transferring doctor: ______   Receiving doctor: ______"


def g_prescription(c):
    s = c.scn
    h = c.hosp
    doc = c.cons
    d = c.disch + _dt.timedelta(days=ri(0, 30)) if maybe() else c.admit
    meds = s["meds_dc"]
    lay = rng.randrange(7)
    dxs = s["dx"][0]
    head = "%s\n%s\n%s\n%s" % (doc.name, doc.qual, "%s, %s" % (doc.title, doc.dept), doc.reg)
    if lay == 0:  # classic OPD prescription pad
        return join(head + "\n" + "-" * 60 + "\n" + h.name + ", " + h.town, "Name: %s      Age/Sex: %s      Date: %s" % (c.name, c.agesex, fd(d)),
                    "Wt: %s kg   BP: %s   PR: %d" % (c.weight, c.bp, c.pr) if maybe() else "", "C/o: " + ", ".join(x[0] for x in s["complaints"][:3]),
                    "Dx: " + dxs, "Rx", med_table(meds, pick([1, 2, 4])),
                    "Adv: " + "; ".join(s["advice"][:2]), "Review after %s" % pick(["1 week", "15 days", "1 month", "5 days"])) + "\n\n" + " " * 40 + "Signature"
    if lay == 1:  # HIS e-prescription
        L = ["%-3s %-32s %-14s %-20s %-10s %s" % ("No", "Medicine", "Dosage", "When", "Duration", "Qty")]
        for i, (dn, dz, fr, du) in enumerate(meds, 1):
            L.append("%-3d %-32s %-14s %-20s %-10s %s" % (i, dn, dz, fr, du or "-", ri(5, 60)))
        return join(letterhead(h, 6), "OUT-PATIENT PRESCRIPTION" if maybe() else "e-Prescription", kv_block([("Patient", c.name), ("UHID", c.uhid), ("Age/Gender", c.agesex),
                                                                                                                  ("Visit", "%s %s" % (fd(d), ftime())), ("Doctor", doc.name), ("Speciality", doc.dept)], 2),
                    "Diagnosis: %s (ICD-10: %s)" % (dxs, ICD.get(s["key"], "R69")),
                    "\n".join(L), "Instructions: " + " ".join(s["advice"][:2]), "Next visit: %s" % fd(d + _dt.timedelta(days=ri(7, 30)))) + "\n\nThis is a digitally signed prescription. " + doc.name
    if lay == 2:  # handwritten-like terse
        lines = ["Rx"] + ["%s %s  %s  x %s" % (dn.replace("Tab. ", "T. ").replace("Inj. ", "Inj ").replace("Syp. ", "Syr "), dz, fr.split(" ")[0], du.split(" ")[0] + ("d" if du and du[0].isdigit() and "day" in du else "")) for dn, dz, fr, du in meds]
        return join("%s  %s" % (doc.name, doc.qual), fd(d, 5), "%s  %s" % (c.fullname, c.agesex), "\n".join(lines), pick(["Rev 1 wk", "R/v SOS", "Review c reports", "f/u 2/52"])) + "\n" + pick(["Sd/-", doc.name.split(" ")[-1]])
    if lay == 3:  # bilingual-ish timing table
        L = ["%-32s %-8s %-8s %-8s %s" % ("Medicine", "Morning", "Noon", "Night", "Days")]
        for dn, dz, fr, du in meds:
            parts = (fr.split(" ")[0] + "-0-0").split("-")[:3]
            L.append("%-32s %-8s %-8s %-8s %s" % (dn + " " + dz, parts[0], parts[1], parts[2], du))
        return join(letterhead(h, 3), "Dr. %s's Clinic (OPD Block %s, Room %d)" % (doc.last, pick("ABCD"), ri(1, 40)), "Patient: %s   %s   OP No: %s" % (c.name, c.agesex, c.opno),
                    "\n".join(L), "(Subah / Dopahar / Raat)" if maybe() else "", "After food unless stated. Bring this prescription on next visit.") + "\n\n" + doc.sig(4)
    if lay == 4:  # pharmacy dispensing / discharge prescription
        return join(h.name + " PHARMACY", "Prescription No: %s   Date: %s" % (digits(7), fd(d)), "Patient: %s   Dr: %s" % (c.name, doc.name),
                    "\n".join("%s %s  Qty %d  Batch %s  Exp %02d/%d  Rs. %.2f" % (dn, dz, ri(5, 30), upper_letters(2) + digits(4), ri(1, 12), d.year + ri(1, 3), rf(20, 900, 2)) for dn, dz, fr, du in meds),
                    "Dispensed by: %s (Reg. Pharmacist)" % pick(FEMALE + MALE))
    if lay == 5:  # paediatric weight based or single drug short prescription
        return join(head, "Date %s" % fd(d), "%s, %s" % (c.name, c.agesex), "Rx",
                    "\n".join("%d) %s %s - %s" % (i, dn, dz, fr) for i, (dn, dz, fr, du) in enumerate(meds[:ri(1, 3)], 1)),
                    pick(["Plenty of fluids", "Follow up after report", "Stop if rash", ""])) + "\n\n" + doc.name
    # 6: prescription with vitals & investigations advised
    return join(letterhead(h, pick([1, 2, 4])), "Consultant: %s (%s)" % (doc.name, doc.qual), patient_block(c, 5, ip=False),
                render_sections([("Complaints", c.complaint_lines(3)), ("Vitals", c.vitals_line(2)), ("Provisional Dx", dxs),
                                 ("Medicines", med_table(meds, pick([0, 1, 3]))), ("Investigations advised", ", ".join(s["panels"][:3])), ("Review", "after %d days" % ri(5, 30))], pick([0, 1]))) + \
        "\n\n" + doc.sig(3)


def g_anesthesia_record(c):
    s = c.scn
    h = c.hosp
    an = Doctor("anaes")
    sg = s["surgery"] or {"name": s["procedure"]["name"] if s["procedure"] else "Procedure", "anaes": "General Anaesthesia"}
    d = c.surg_date()
    lay = rng.randrange(6)
    asa = pick(["I", "II", "II", "III", "IIIE" if s["key"] in ("appendix",) else "II"])
    mp = pick(["I", "II", "II", "III"])
    if lay == 0:  # PAC form
        secs = [("Proposed surgery", sg["name"]), ("Diagnosis", s["dx"][0]), ("Surgeon", c.cons.name),
                ("History", "; ".join(s["pmh"])), ("Previous anaesthesia exposure", pick(["Nil", "SA for LSCS - uneventful", "GA 10 yrs back - uneventful"])),
                ("Examination", "Wt %s kg, Ht %d cm. %s\nAirway: MP grade %s, mouth opening 3 FB, TMD > 6 cm, neck movements full, dentition %s" % (c.weight, c.height, c.vitals_line(2), mp, pick(["normal", "loose lower incisor", "partial denture - remove"]))),
                ("Systemic", "\n".join(c.exam_lines(True)[1:4])), ("Investigations", inv_summary(c, 5) + "\nECG: " + s["ecg"][2]),
                ("ASA grade", asa), ("Plan", sg["anaes"]), ("Instructions", ["NPO 6 hrs solids / 2 hrs clear fluids", "Tab. Pantoprazole 40 mg night before and morning of surgery", "Continue antihypertensives with sip of water", "Informed consent for anaesthesia", "Arrange %d unit(s) PRBC" % ri(0, 2)])]
        return join(letterhead(h, pick([5, 6])), title(["Pre-Anaesthetic Check-up", "PAC Record", "Pre-Anaesthesia Evaluation"], 0.1), patient_block(c, pick([0, 2])),
                    render_sections(secs)) + "\n\nAnaesthetist: %s   Date: %s\nPre-induction re-evaluation: %s" % (an.name, fd(d - _dt.timedelta(days=1)), pick(["Done - no change", "Fit, proceed", "NPO confirmed"]))
    if lay == 1:  # intraop chart with time series
        t0 = ri(8, 14)
        rows = ["Time   HR   BP        SpO2  EtCO2  Remarks"]
        for k in range(ri(6, 12)):
            mm = k * 15
            hh = t0 + mm // 60
            rows.append("%02d:%02d  %-4d %-9s %-5d %-6s %s" % (hh, mm % 60, c.pr + ri(-12, 8), "%d/%d" % (c.sbp + ri(-25, 10), c.dbp + ri(-15, 6)), ri(97, 100),
                                                            str(ri(30, 38)) if "General" in sg["anaes"] else "-", pick(["", "", "induction" if k == 0 else "", "incision" if k == 1 else "", "Inj. Phenylephrine 50 mcg" if maybe(0.15) else ""])))
        drugs = ["Inj. Glycopyrrolate 0.2 mg", "Inj. Fentanyl %d mcg" % ri(50, 120), "Inj. Propofol %d mg" % ri(80, 160), "Inj. Atracurium %d mg" % ri(25, 40), "Inj. Ondansetron 4 mg",
                 "Inj. Dexamethasone 8 mg", "Inj. Neostigmine 2.5 mg + Glyco 0.4 mg (reversal)"] if "General" in sg["anaes"] else \
            ["Inj. Bupivacaine 0.5%% heavy %.1f mL at L3-L4, 25G Quincke, free flow CSF" % rf(2.0, 3.2), "Level achieved T%d" % pick([6, 8, 10]), "Inj. Ondansetron 4 mg", "Inj. Mephentermine 6 mg (hypotension)"]
        return join(letterhead(h, 5), "ANAESTHESIA RECORD" if maybe(0.6) else "Intra-operative Anaesthesia Chart", kv_block([("Name", c.name), ("Age/Sex", c.agesex), ("UHID", c.uhid), ("Date", fd(d)), ("Wt", "%s kg" % c.weight),
                                                                                                                         ("ASA", asa), ("Surgery", sg["name"]), ("Anaesthetist", an.name), ("Technique", sg["anaes"])], 2),
                    "Monitoring: ECG, NIBP, SpO2%s, temperature" % (", EtCO2" if "General" in sg["anaes"] else ""),
                    ("Airway: ETT %.1f cuffed, oral, fixed at %d cm, CL grade %s\n" % (rf(6.5, 8.0, 1), ri(19, 22), pick(["I", "II"])) if "General" in sg["anaes"] else "") + "Drugs:\n" + bullets(drugs, 1),
                    "\n".join(rows), "Fluids: RL %d mL, NS %d mL   Blood loss: %s   Urine: %d mL" % (ri(500, 1500), ri(0, 1000), s["surgery"]["blood_loss"] if s["surgery"] else "nil", ri(100, 500)),
                    "Reversal/Recovery: %s" % pick(["Smooth, extubated, shifted to PACU", "Patient shifted to recovery with stable vitals", "Good reversal, awake, obeying commands"]))
    if lay == 2:  # PACU record with Aldrete
        return join(letterhead(h, 5), "POST ANAESTHESIA CARE UNIT (RECOVERY) RECORD", "Patient: %s   UHID: %s   Date: %s" % (c.name, c.uhid, fd(d)),
                    "Surgery: %s    Anaesthesia: %s" % (sg["name"], sg["anaes"]),
                    "Arrival %s   Discharge from PACU %s" % (ftime(ri(10, 13), 0, 0), ftime(ri(14, 16), 30, 0)),
                    "Aldrete score: Activity %d  Respiration 2  Circulation 2  Consciousness %d  SpO2 2  = %s on arrival; 10/10 at discharge" % (ri(1, 2), ri(1, 2), ri(7, 9)),
                    "Pain (VAS): %d/10 -> %d/10 after Inj. %s" % (ri(4, 7), ri(1, 3), pick(["Tramadol 50 mg IV", "Paracetamol 1 g IV", "Fentanyl 25 mcg IV"])),
                    "PONV: %s   Shivering: %s   Bromage score: %s" % (pick(["Nil", "1 episode - Inj. Ondansetron"]), pick(["Nil", "Mild - warm blanket"]), pick(["0", "1", "NA"])),
                    "Shifted to: %s" % pick(["Ward", c.ward, "SICU"])) + "\n\nPACU nurse: %s    Anaesthetist: %s" % (nurse_name(), an.name)
    if lay == 3:  # anaesthesia notes narrative
        t = "Patient identified, consent checked, NPO status confirmed. ASA %s. Standard monitors attached. IV access 18G. %s. Intraoperative period was %s. %s. Patient shifted to recovery with stable vitals." % (
            asa, pick(["Under aseptic precautions SAB given in sitting position at L3-L4 with 25G Quincke needle, 0.5% bupivacaine heavy 2.8 mL; level T8 achieved", "Preoxygenated, induced with Inj. Propofol 2 mg/kg, Inj. Fentanyl 2 mcg/kg, intubated with 7.5 ETT after Inj. Atracurium 0.5 mg/kg, maintained on O2/N2O/sevoflurane with IPPV"]),
            pick(["uneventful", "haemodynamically stable", "stable except transient hypotension treated with Inj. Mephentermine 6 mg"]), pick(["Reversed with neostigmine and glycopyrrolate, extubated after adequate recovery", "Block wearing off at end of surgery", "Awake and comfortable"]))
        return join(pick(["Anaesthesia Notes", "ANAESTHETIST'S NOTES", ""]), "%s  %s  %s  %s" % (fd(d), c.name, c.agesex, c.uhid), "Procedure: " + sg["name"], wrap(t)) + "\n\n" + an.sig(pick([0, 3]))
    if lay == 4:  # sedation record for procedure
        return join(letterhead(h, 5), "PROCEDURAL SEDATION RECORD", patient_block(c, 2), "Procedure: %s" % (s["procedure"]["name"] if s["procedure"] else sg["name"]),
                    "Pre-sedation: ASA %s, airway MP %s, NPO %d hrs, consent signed" % (asa, mp, ri(4, 10)),
                    "Drugs: Inj. Midazolam %d mg IV at %s; Inj. Fentanyl %d mcg IV; Inj. Propofol %d mg titrated" % (ri(1, 3), ftime(style=0), ri(25, 75), ri(30, 100)),
                    "Ramsay sedation score %d. O2 via nasal prongs 2-4 L/min. Lowest SpO2 %d%%." % (ri(2, 4), ri(91, 97)),
                    "Recovery: Modified Aldrete 9/10 at %d min. Discharged to ward." % ri(20, 60)) + "\n\n" + an.name
    # 5: GA checklist style
    return join(h.name, "ANAESTHESIA - %s" % sg["anaes"].upper().split(" (")[0], "Pt: %s, %s, %s kg, ASA %s" % (c.fullname, c.agesex, c.weight, asa),
                "Machine check [x]  Suction [x]  Emergency drugs [x]  Difficult airway cart [x]",
                "Premedication: " + pick(["Inj. Glycopyrrolate 0.2 mg, Inj. Midazolam 1 mg", "Nil", "Inj. Ondansetron 4 mg"]),
                "Induction: %s   Maintenance: %s" % (pick(["Propofol", "Thiopentone 5 mg/kg", "Etomidate"]), pick(["Sevoflurane 2% O2:N2O 40:60", "Isoflurane 1% + O2/air", "Desflurane"])),
                "Analgesia: " + pick(["Fentanyl 100 mcg + Paracetamol 1 g", "TAP block bilateral 0.25% bupivacaine 20 mL each", "Epidural top-up 0.125% bupivacaine 8 mL"]),
                "Events: " + pick(["Nil", "Transient bradycardia - Inj. Atropine 0.6 mg", "Bronchospasm - nebulised salbutamol"]),
                "Total duration: %d min" % ri(45, 180)) + "\n\n" + an.sig(2)


def g_correspondence(c):
    s = c.scn
    h = c.hosp
    doc = c.cons
    d = c.disch + _dt.timedelta(days=ri(1, 40))
    lay = rng.randrange(7)
    if lay == 0:  # reply to referring doctor
        return join(letterhead(h, pick([0, 1, 4])), "Date: %s" % fd(d), "To,\n%s\n%s" % (c.ref_dr, pick(["%s Clinic" % c.ref_dr.split(",")[0].split()[-1], "Primary Health Centre, " + c.town, "Sri Sai Nursing Home, " + c.town])),
                    "Dear Doctor,", wrap("Re: %s, %s, UHID %s\n\nThank you for referring the above patient, who was admitted under my care from %s to %s with %s. %s\n\nThe patient has been discharged on %s and advised to review with me after %s. I would be grateful if you could continue to monitor %s locally." % (
                        c.name, c.agesex, c.uhid, fd(c.admit), fd(c.disch), s["short"].lower(), s["course"].split(". ")[0] + ".", ", ".join(x[0] for x in s["meds_dc"][:4]), pick(["2 weeks", "one month", "10 days"]),
                        pick(["BP and sugars", "the wound", "%s clinical condition" % c.poss, "CBP and RFT"]))), "With warm regards,") + "\n\n" + doc.sig(0)
    if lay == 1:  # letter to patient re results
        return join(letterhead(h, 2), fd(d, 4), "%s\n%s" % (c.name, c.address), "Dear %s %s," % (c.title, c.last if not c.fullname.startswith(c.last[0] + ".") else c.first),
                    wrap("This is to inform you that your %s report dated %s has been reviewed by %s. %s Please book an appointment at the %s OPD (Ph: %s) at the earliest so that we may discuss further management." % (
                        pick(["biopsy", "blood test", "scan", "follow up investigation"]), fd(c.admit), doc.name, pick(["The findings are broadly as expected.", "There are a few findings that we would like to discuss with you in person.", "No further action is needed at present."]), doc.dept, h.phone)),
                    "Yours sincerely,") + "\n\n%s\n%s" % (doc.name, doc.dept)
    if lay == 2:  # to whomsoever / medical certificate style letter
        return join(letterhead(h, pick([0, 3])), "Date: %s" % fd(d), "TO WHOMSOEVER IT MAY CONCERN" if maybe() else "To the Manager (HR),\n%s" % pick(COMPANIES),
                    wrap("This is to certify that %s, %s %s, aged %d years, was under treatment in our hospital (UHID %s) from %s to %s for %s. %s %s may resume %s duties from %s." % (
                        c.name, c.rel, c.relname, c.age, c.uhid, fd(c.admit), fd(c.disch), s["short"].lower(), "%s has been advised rest for %d days." % (c.pron.capitalize(), ri(7, 30)),
                        c.pron.capitalize(), c.poss, fd(d + _dt.timedelta(days=ri(3, 20))))), "This certificate is issued on request of the patient.") + "\n\n" + doc.sig(2) + "\n[Hospital seal]"
    if lay == 3:  # response to TPA query
        return join(letterhead(h, 6), "Ref: %s/TPA/%s" % (h.code, digits(5)), "Date: %s" % fd(c.disch + _dt.timedelta(days=ri(1, 10))), "To\nThe Claims Manager\n%s" % c.tpa,
                    "Sub: Clarification for claim - Patient %s, Policy No. %s, Claim ID %s" % (c.name, c.policy, upper_letters(2) + digits(8)),
                    "Sir/Madam,", wrap("With reference to your query dated %s, we wish to clarify that the patient presented with %s. %s The admission was medically necessary for %s. Relevant investigation reports and %s are enclosed herewith. %s" % (
                        fd(c.disch), ", ".join(x[0].lower() for x in s["complaints"][:2]), "There is no history of alcohol or substance use relevant to this illness." if s["key"] not in ("ugib", "op_poison") else "Detailed history is documented in the case sheet.",
                        pick(["IV medication and monitoring", "surgical management", "close monitoring"]), pick(["indoor case papers", "discharge summary", "OT notes"]), "The ailment is not related to any pre-existing condition." if maybe() else "")),
                    "Thanking you,") + "\n\n%s\nTreating Doctor\n\nEncl: as above" % doc.name
    if lay == 4:  # email between clinicians
        other = Doctor(pick(["cardio", "nephro", "onco", "neuro", "gastro"]))
        return join("From: %s\nTo: %s\nCc: %s\nSent: %s %s\nSubject: %s - %s" % (doc.name, other.name, pick(["mrd", "unit secretary", junior()]), fd(d, 3), ftime(style=1),
                                                                                   pick(["Re:", "Fwd:", ""]) + " " + c.fullname, pick(["follow up plan", "reports", "your review", "shared care"])),
                    wrap("Dear %s,\n\nHope you are well. Sharing the summary of %s (%s), whom you had seen during %s admission for %s. %s\n\nCould you kindly see %s in your OPD next week? I have asked the patient to bring all reports.\n\nBest,\n%s" % (
                        other.first, c.fullname, c.uhid, c.poss, s["short"].lower(), s["course"].split(". ")[-1], c.obj, doc.first)))
    if lay == 5:  # appointment / intimation letter
        return join(letterhead(h, pick([1, 3])), "Date: %s" % fd(d), "Dear %s," % c.name,
                    wrap("Your %s is scheduled on %s at %s in the %s, %s. Please report %s with all previous records, this letter and a valid photo ID. %s" % (
                        pick(["follow-up consultation with " + doc.name, "surgery", "review appointment", "repeat procedure"]), fd(d + _dt.timedelta(days=ri(3, 20)), 4), ftime(ri(9, 15), 0, 1),
                        pick(["OPD Block", "Day Care Unit", doc.dept + " department", "Ground Floor"]), h.name.title(), pick(["30 minutes early", "fasting", "on time"]),
                        pick(["For rescheduling call %s." % h.phone, "", "Please avoid bringing more than one attender."]))),
                    "Regards,\n%s\nPatient Relations" % pick(FEMALE + MALE))
    # 6: letter to GP / family physician narrative, no letterhead
    return join("%s\n%s" % (doc.name, doc.dept), fd(d, 4), "Dear Dr. %s," % c.ref_dr.split(",")[0].split()[-1],
                wrap("I reviewed your patient %s today in clinic. %s %s Current medications: %s. %s" % (
                    c.fullname, pick(["%s is doing well." % c.pron.capitalize(), "%s continues to improve." % c.pron.capitalize(), "Progress is satisfactory."]), "Examination: " + c.vitals_line(3) + ".",
                    ", ".join(d_ + " " + z for d_, z, f, u in s["meds_dc"][:5]), pick(["I will see %s again in three months." % c.obj, "No changes were made.", "I have adjusted the dose as noted."]))),
                "Kind regards,") + "\n\n" + doc.name


def g_consent_form(c):
    s = c.scn
    h = c.hosp
    doc = c.surgeon()
    proc = (s["surgery"] or s["procedure"] or {"name": "Treatment / investigations", "anaes": "Local / as required"})
    lay = rng.randrange(7)
    witness = "%s %s" % (pick(MALE + FEMALE), pick(SURN))
    sv = rng.randrange(4)
    sigfmt = ["\n\nSignature of Patient: ____________   Name: %s   Date: %s  Time: %s\nSignature of Relative/Guardian: ____________   Name: %s   Relation: %s\nWitness: ____________   Name: %s\nDoctor: ____________   Name: %s",
              "\n\nPatient (sign/LTI): %s  ____  %s %s\nAttender: %s (%s)  ____\nIn presence of: %s\nExplained by: %s",
              "\n\n%s\n(Signature / Thumb impression)     Date %s  %s\n\nNext of kin: %s, %s\nSecond person present: %s\nConsultant: %s",
              "\n\nName of patient ............%s.........   Date %s   Time %s\nName of bystander .........%s.......   Relationship ....%s....\nName of staff ..........%s..........\nTreating doctor ..........%s.........."][sv]
    sigs = sigfmt % (
        c.name, fd(c.admit), ftime(), c.relname, pick(["Father"]) if c.child else ("Husband" if c.rel == "W/o" else pick(["Son", "Father", "Brother", "Daughter", "Wife" if c.sex == "M" else "Sister"])), witness, doc.name)
    if lay == 0:  # informed consent for surgery
        risks = pick([["Bleeding", "Infection", "Injury to adjacent organs", "Anaesthesia related complications", "Need for re-surgery", "Conversion to open surgery"],
                      ["Bleeding requiring transfusion", "Wound infection", "DVT/pulmonary embolism", "Cardiac or respiratory complications", "Death in rare cases"]])
        return join(letterhead(h, pick([0, 5, 6])), title(["Informed Consent for Surgery / Procedure", "Consent for Operation", "INFORMED CONSENT FORM"], 0.05), patient_block(c, pick([0, 2, 3])),
                    wrap("I, %s, %s %s, aged %d years, hereby give my consent to undergo %s under %s to be performed by %s and team." % (c.name, c.rel, c.relname, c.age, proc["name"], proc["anaes"].split(" (")[0], doc.name)),
                    wrap("The nature of my illness (%s), the proposed procedure, its expected benefits, alternative treatments and the consequences of not undergoing the procedure have been explained to me in %s, a language I understand." % (s["short"], pick(["Telugu", "Hindi", "Kannada", "Tamil", "English", "Malayalam", "Marathi", "Bengali"]))),
                    "I have been informed of the possible risks and complications including:\n" + bullets(risks, 0),
                    wrap("I understand that no guarantee has been given regarding the outcome. I also consent to any additional procedure deemed necessary during the operation in my best interest, and to the administration of blood/blood products if required. I consent to the disposal of tissues removed and to their examination.")) + sigs
    if lay == 1:  # general consent at admission
        return join(letterhead(h, 6), "GENERAL CONSENT FOR ADMISSION AND TREATMENT", "UHID: %s   IP No: %s" % (c.uhid, c.ipno),
                    "\n".join(wrap("%d. %s" % (i, t)) for i, t in enumerate([
                        "I voluntarily consent to admission to %s and to routine diagnostic procedures, nursing care and medical treatment." % h.name.title(),
                        "I understand that the hospital is a teaching institution and students may be involved in my care under supervision.",
                        "I agree to abide by the hospital rules, visiting hours and to pay the hospital charges as per tariff.",
                        "I authorise the hospital to release information to my insurer/TPA for the purpose of settlement of claims.",
                        "The hospital will not be responsible for loss of valuables. I have been advised to not keep valuables.",
                        "I have been explained my rights and responsibilities as a patient."], 1)),
                    "Preferred language: %s" % pick(["Telugu", "Hindi", "English", "Kannada"])) + sigs
    if lay == 2:  # anaesthesia consent
        an = Doctor("anaes")
        return join(letterhead(h, 5), "CONSENT FOR ANAESTHESIA", patient_block(c, 2),
                    wrap("I, the undersigned, consent to the administration of %s for the procedure %s. The anaesthetist %s has explained to me the type of anaesthesia, its risks including sore throat, nausea, vomiting, dental injury, headache after spinal, nerve injury, allergic reactions, awareness, cardiac arrest and in rare cases death. I have had the opportunity to ask questions." % (
                        proc["anaes"].split(" (")[0].lower(), proc["name"], an.name)),
                    "ASA: %s   Alternative plan: %s" % (pick(["I", "II", "III"]), pick(["GA if block fails", "Conversion to GA", "None"]))) + sigs.replace(doc.name, an.name)
    if lay == 3:  # blood transfusion consent
        return join(letterhead(h, pick([1, 3])), "CONSENT FOR BLOOD / BLOOD COMPONENT TRANSFUSION", "Name: %s  Age/Sex: %s  UHID: %s  Blood group: %s" % (c.name, c.agesex, c.uhid, c.blood),
                    "Indication: %s" % pick(["Anaemia (Hb %s g/dL)" % c.labval("Haemoglobin"), "Anticipated intraoperative blood loss", "Thrombocytopenia", "Coagulopathy"]),
                    "Component: %s" % pick(["PRBC", "FFP", "Platelets (RDP/SDP)", "Whole blood", "PRBC / FFP as required"]),
                    wrap("I have been explained that despite screening for HIV, HBV, HCV, syphilis and malaria as per regulations, there is a small risk of transmission of infection, and risk of transfusion reactions such as fever, rash, breathlessness, haemolysis. I consent to transfusion of blood / components as deemed necessary by the treating doctor.")) + sigs
    if lay == 4:  # high risk consent
        return join(letterhead(h, 0), "HIGH RISK CONSENT", "Patient: %s (%s)   Ward: %s" % (c.name, c.uhid, c.ward),
                    wrap("The patient is suffering from %s with %s. The condition of the patient is critical/serious and the prognosis is guarded. We have been explained in detail about the severity of the illness, the line of treatment including possible need for %s, and the possibility of complications including death. We agree for further treatment and will not hold the doctors or the hospital responsible for any untoward outcome." % (
                        "; ".join(s["dx"][:2]), ", ".join(s["pmh"][:2]).lower(), pick(["ventilator support", "dialysis", "central line", "blood transfusion", "ICU care", "emergency surgery"]))),
                    "Explained in: %s    Explained by: %s" % (pick(["Telugu", "Hindi", "Urdu", "Tamil", "Kannada"]), junior())) + sigs
    if lay == 5:  # procedure-specific short consent with tick boxes
        return join(h.name, "Consent for: " + proc["name"], "Patient: %s  %s  %s" % (c.name, c.agesex, c.uhid),
                    "[x] Nature of procedure explained\n[x] Benefits explained\n[x] Risks explained\n[x] Alternatives explained\n[%s] Photography/video for records\n[x] Patient had opportunity to ask questions" % pick(["x", " "]),
                    "Specific risks: " + pick(["bleeding, perforation, aspiration", "pneumothorax, bleeding, infection", "post-LP headache, infection, bleeding", "arterial injury, arrhythmia, contrast reaction, emergency CABG, death"])) + sigs
    # 6: HIV test / other consents
    return join(letterhead(h, 5), pick(["CONSENT FOR HIV TESTING (PRE-TEST COUNSELLING)", "CONSENT FOR PHOTOGRAPHY", "REFUSAL OF TREATMENT / LAMA FORM"]),
                wrap("I, %s, have been counselled regarding the test/procedure, its purpose and implications. I understand that the result will be kept confidential and shared only with my treating doctor. %s" % (
                    c.name, pick(["I give my consent voluntarily.", "I am refusing further treatment against medical advice and accept the risks explained.", "I consent for clinical photographs to be taken, for medical records and education, with identity masked."]))),
                "Counsellor: %s" % pick(FEMALE)) + sigs


def g_referral_letter(c):
    s = c.scn
    h = c.hosp
    doc = c.cons
    lay = rng.randrange(7)
    if lay in (0, 1):  # incoming referral from local doctor/nursing home
        clinic = pick(["Sri Sai Nursing Home", "Vijaya Clinic", "Primary Health Centre", "Community Health Centre", "Lakshmi Maternity & Nursing Home", "Life Care Clinic", "Area Hospital"])
        rd = c.ref_dr.split(",")[0]
        if lay == 0:
            return join("%s\n%s, %s\nPh: %s" % (clinic.upper(), pick(STREETS), c.town, phone()), "Date: %s" % fd(c.admit), "To,\nThe Consultant %s,\n%s" % (doc.dept, h.name.title()),
                        "Respected Sir/Madam,", wrap("Kindly see and do the needful for %s, %d/%s, who presented with %s. %s Treatment given here: %s. %s Referred for further evaluation and management." % (
                            c.name, c.age, c.sex, ", ".join(x.lower() for x in c.complaint_lines(0)[:3]), c.vitals_line(3) + ".", pick(["IV fluids, Inj. Pantop, Inj. Ondem", "Inj. Paracetamol, IV NS", "Tab. Aspirin 325 mg, Tab. Clopidogrel 600 mg" if s["key"] == "stemi" else "symptomatic Rx"]),
                            pick(["ECG/reports enclosed.", "", "Not improving with above."]))), "Thanking you,") + "\n\n%s\n%s" % (rd, c.ref_dr.split(",", 1)[1].strip())
        return join("Ref. slip", "%s  %d yrs  %s" % (c.fullname, c.age, c.sexw), "c/o " + ", ".join(x[0] for x in s["complaints"][:2]), "Prov dx: ? " + s["short"], "Ref to: %s, %s" % (doc.dept, h.name.title()),
                    pick(["For further mx", "For expert opinion", "Pl. see & advise", "For admission & further management"])) + "\n" + rd + "  " + fd(c.admit, 5)
    if lay == 2:  # outgoing referral to higher centre
        return join(letterhead(h, 1), "REFERRAL LETTER", "Date: %s %s" % (fd(c.disch), ftime()), "To\nThe Duty Medical Officer / Consultant %s\n%s" % (c.dept, pick(["Government General Hospital", "Regional Institute of Medical Sciences", "Tertiary Referral Centre", "Government Medical College Hospital"]) + ", " + pick([t for t, _ in TOWNS])),
                    "Re: %s, %s, UHID %s" % (c.name, c.agesex, c.uhid),
                    wrap("Dear Sir/Madam,\nWe are referring the above patient, admitted here on %s with %s, for %s. Summary: %s Current vitals: %s. Current medication: %s." % (
                        fd(c.admit), s["short"].lower(), pick(["higher management as the facility is not available here", "further management as per attender's request (financial reasons / government scheme)", "specialised care"]),
                        s["course"].split(". ")[0] + ".", c.vitals_line(0), ", ".join(s["meds_ip"][:4]))), "Patient is being transferred in ALS ambulance accompanied by a duty doctor.", "Thanking you,") + "\n\n" + doc.sig(0)
    if lay == 3:  # internal referral to physio/dietician
        return join(letterhead(h, 5), pick(["REFERRAL FORM", "Internal Referral", "Request for Services"]), "From: %s, %s\nTo: %s" % (doc.name, doc.dept, pick(["Physiotherapy", "Dietetics", "Medical Social Worker", "Diabetic Educator", "Cardiac Rehabilitation", "Psychologist"])),
                    "Patient: %s   Bed: %s   UHID: %s" % (c.name, c.bed, c.uhid), "Diagnosis: " + s["dx"][0], "Request: " + pick(["Chest physiotherapy and ambulation", "Diet plan - %s" % pick(["diabetic", "renal", "low salt", "high protein"]), "Counselling regarding financial assistance", "Insulin technique education"]),
                    "Priority: " + pick(["Routine", "Urgent"])) + "\n\nSign: ______  " + fd(c.admit + _dt.timedelta(days=1))
    if lay == 4:  # referral to NTEP/DOTS or public program
        return join(letterhead(h, 3), "REFERRAL FOR TREATMENT / NOTIFICATION" if s["key"] == "tb_eff" else "REFERRAL FOR CONTINUATION OF CARE",
                    "To\nThe Medical Officer\n%s, %s" % (pick(["Designated Microscopy Centre", "Urban PHC", "TB Unit", "Community Health Centre"]), c.town),
                    wrap("Name: %s  Age/Sex: %s  Address: %s  Mobile: %s\nDiagnosis: %s\n%s\nKindly continue treatment and follow up. Treatment card enclosed." % (
                        c.name, c.agesex, c.address, c.phone, s["dx"][0], "Regimen started on %s: %s" % (fd(c.admit + _dt.timedelta(days=1)), ", ".join(x[0] for x in s["meds_dc"][:3]))))) + "\n\n" + doc.sig(1)
    if lay == 5:  # referral from this hospital's OPD doctor to a colleague with bullet summary
        other = Doctor(pick(["cardio", "nephro", "neuro", "endo", "ophth", "psych", "gastro"]))
        return join(letterhead(h, pick([2, 4])), "Date: %s" % fd(c.disch + _dt.timedelta(days=ri(1, 20))), "Dear %s," % other.name,
                    "I would be grateful if you could see %s (%s, %s) regarding %s." % (c.name, c.agesex, c.uhid, pick(["evaluation of abnormal ECG", "renal function", "further evaluation", "opinion on medical management", "screening"])),
                    "Background:\n" + bullets(s["dx"], 1), "Medications:\n" + med_table(s["meds_dc"][:5], 4), "Recent results: " + inv_summary(c, 4), "Many thanks.") + "\n\n" + doc.sig(3)
    # 6: HIS generated referral
    return join(letterhead(h, 6), "OUTWARD REFERRAL", kv_block([("Patient", c.name), ("UHID", c.uhid), ("Referred by", doc.name), ("Referred to", pick(["Dr. " + pick(MALE) + " " + pick(SURN) + ", Neurosurgeon", "Oncology Centre", "Cardiac Surgery Unit"])),
                                                            ("Reason", pick(["Expertise", "Equipment not available", "Patient request", "Insurance network"])), ("Mode", pick(["Ambulance", "Own vehicle"])), ("Date", fd(c.disch))], 0),
                "Clinical summary: " + wrap(c.hpi[:250] + "..."), "Diagnosis: " + "; ".join(s["dx"][:2])) + "\n\n" + doc.sig(4)


def g_advance_directive(c):
    h = c.hosp
    s = c.scn
    lay = rng.randrange(7)
    age = max(c.age, ri(45, 85))
    w1, w2 = "%s %s" % (pick(MALE), pick(SURN)), "%s %s" % (pick(FEMALE), pick(SURN))
    guardian = "%s %s" % (pick(MALE + FEMALE), c.last)
    d = rand_date(2018, 2024)
    if lay == 0:  # living will per SC guidelines
        return join(title(["Advance Medical Directive (Living Will)", "LIVING WILL", "ADVANCE DIRECTIVE"], 0.1),
                    wrap("I, %s, %s %s, aged %d years, residing at %s, being of sound mind and making this directive voluntarily without any coercion, hereby declare as follows:" % (c.fullname, c.rel, c.relname, age, c.address)),
                    "\n".join(wrap("%d. %s" % (i, t)) for i, t in enumerate([
                        "If I am diagnosed with a terminal illness or am in a persistent vegetative state, with no reasonable prospect of recovery as certified by a medical board, I direct that life-sustaining treatment, including mechanical ventilation, dialysis, CPR and artificial nutrition, be withheld or withdrawn.",
                        "I wish to receive adequate pain relief and palliative care to keep me comfortable.",
                        "I appoint %s (%s) as my guardian/close relative to give consent on my behalf to withhold or withdraw treatment in accordance with this directive." % (guardian, pick(["son", "daughter", "spouse", "nephew"])),
                        "This directive shall be revocable by me at any time in writing.",
                        "A copy of this document may be kept in my medical records at %s." % h.name.title()], 1)),
                    "Signed at %s on %s" % (c.town, fd(d, 4)), "Executant: ____________\nWitness 1: %s ____________\nWitness 2: %s ____________" % (w1, w2),
                    "Countersigned by Judicial Magistrate First Class / Notary: ____________  (Seal)")
    if lay == 1:  # DNR order form
        return join(letterhead(h, pick([5, 6])), "DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR) ORDER", patient_block(c, pick([0, 2])),
                    "Diagnosis: " + "; ".join(s["dx"][:2]), wrap("After discussion with the patient's family/surrogate decision maker, it has been decided that in the event of cardiopulmonary arrest, CPR will NOT be attempted. All other appropriate treatment %s continue." % pick(["will", "including antibiotics and fluids will", "for comfort will"])),
                    "Limitations: [x] No CPR  [%s] No intubation  [%s] No inotropes  [%s] No dialysis" % tuple(pick(["x", " "]) for _ in range(3)),
                    "Discussed with: %s (%s)   Date/Time: %s %s" % (guardian, pick(["son", "wife", "daughter", "husband"]), fd(c.admit + _dt.timedelta(days=1)), ftime()),
                    "Consultant: %s   Second consultant: %s" % (c.cons.name, Doctor(pick(["anaes", "med"])).name), "Review date: %s" % fd(c.admit + _dt.timedelta(days=4)))
    if lay == 2:  # withdrawal / withholding life support family decision
        return join(letterhead(h, 0), "DOCUMENTATION OF DECISION - WITHHOLDING / WITHDRAWAL OF LIFE SUPPORT", "Patient: %s, %d yrs, UHID %s, ICU Bed %s" % (c.name, age, c.uhid, c.bed),
                    wrap("The primary medical board (%s, %s, %s) has examined the patient and is of the opinion that the patient is suffering from an irreversible condition with no hope of recovery. The patient's prior wishes were %s. After detailed discussion with the next of kin, the family has requested that no further escalation of care be done and that comfort care be provided." % (
                        c.cons.name, Doctor("anaes").name, Doctor("neuro").name, pick(["expressed verbally to family", "documented in an advance directive dated %s" % fd(d), "not known"]))),
                    "Name of next of kin: %s   Relationship: %s\nSignature: ____________" % (guardian, pick(["Son", "Wife", "Daughter", "Brother"]))) + "\n\nSignatures of medical board members: ______  ______  ______"
    if lay == 3:  # healthcare proxy / nominated representative
        return join("NOMINATION OF HEALTH CARE REPRESENTATIVE", wrap("I, %s, aged %d years, nominate %s, my %s, residing at %s (Mobile %s), as my representative to make health care decisions on my behalf if I lose capacity to make such decisions." % (
            c.fullname, age, guardian, pick(["son", "daughter", "wife", "husband", "brother"]), c.address, phone())),
            "Alternate representative: %s %s" % (pick(MALE + FEMALE), pick(SURN)), "Specific wishes: " + pick(["No ventilator in case of terminal illness", "Wish to die at home", "Organ donation if possible", "All treatment as advised by doctors"]),
            "Place: %s   Date: %s" % (c.town, fd(d)), "Signature: __________   Witnesses: %s, %s" % (w1, w2))
    if lay == 4:  # palliative advance care plan note
        return join(letterhead(h, 5), "Department of Pain & Palliative Medicine", "ADVANCE CARE PLANNING - DISCUSSION RECORD", patient_block(c, 5, ip=False),
                    render_sections([("Present illness", "; ".join(s["dx"][:2])), ("Patient's understanding", pick(["Aware of diagnosis and prognosis", "Partially aware", "Family requested non-disclosure (collusion addressed)"])),
                                     ("Goals of care", pick(["Comfort focused", "Time-limited trial of ICU care", "Continue disease-directed treatment, avoid CPR"])),
                                     ("Preferred place of death", pick(["Home", "Hospital", "Not discussed"])), ("Decisions", ["No CPR", pick(["No ventilation", "NIV acceptable", "Ventilation acceptable for reversible cause"]), "Symptom control with oral morphine as required"]),
                                     ("Surrogate", guardian)], 1)) + "\n\n" + Doctor("anaes").sig(3)
    if lay == 5:  # revocation / short affidavit style on stamp paper
        return join("[NON-JUDICIAL STAMP PAPER Rs. 100]", "AFFIDAVIT - ADVANCE DIRECTIVE", wrap("I, %s, %s %s, Age %d, Occupation %s, do hereby solemnly affirm and state that in the event I am terminally ill and unable to communicate, I do not wish to be kept alive by artificial means including ventilator and feeding tubes. I request my family and treating physicians to respect this wish. I nominate %s to act on my behalf." % (
            c.fullname, c.rel, c.relname, age, c.occupation, guardian)), "DEPONENT", "VERIFICATION: Verified at %s on %s that the contents are true to my knowledge." % (c.town, fd(d, 4)), "Identified by: %s, Advocate" % w1)
    # 6: scanned copy with registration note
    return join("COPY OF ADVANCE DIRECTIVE RECEIVED", "Received on %s from %s for patient %s (UHID %s). Original seen and returned." % (fd(c.admit), guardian, c.name, c.uhid),
                "Summary of directive: " + pick(["No CPR, no mechanical ventilation in terminal illness", "Withhold life support in PVS", "Wishes palliative care only"]),
                "Copy filed in medical record. Treating consultant informed: %s." % c.cons.name, "MRD staff: %s" % pick(FEMALE + MALE))


def g_ecg_report(c):
    s = c.scn
    h = c.hosp
    rhythm, desc, imp = s["ecg"]
    rate = c.pr
    pr_i, qrs = ri(130, 190), ri(78, 110)
    qtc = 480 if "QTc 480" in desc else ri(395, 445)
    qt = int(qtc * ((60.0 / rate) ** 0.5))
    axes = (ri(20, 70), ri(-20, 70), ri(10, 70))
    lay = rng.randrange(6)
    d = c.admit
    if lay == 0:  # machine printout
        return join("%s   ID:%s   %s %s" % (c.NAME[:20], c.uhid, fd(d, 3), ftime(style=0)), "%d yrs   %s   %s cm   %s kg" % (c.age, c.sexw, c.height, c.weight),
                    "Vent. rate      %d BPM\nPR interval     %d ms\nQRS duration    %d ms\nQT/QTc          %d/%d ms\nP-R-T axes      %d %d %d" % (rate, pr_i, qrs, qt, qtc, axes[0], axes[1], axes[2]),
                    "%s\n%s\n%s" % (rhythm, desc.split(".")[0], pick(["Abnormal ECG", "Borderline ECG", "Normal ECG"]) if "Normal" not in imp else "Normal ECG"),
                    "Unconfirmed report - requires physician review", "25 mm/s  10 mm/mV  0.05-150 Hz  50 Hz  %s" % pick(["MAC-like 1200", "CardioStar 12", "ECG-1250"]), "Referred by: %s" % c.cons.name)
    if lay == 1:  # cardiologist's formal report
        return join(letterhead(h, pick([0, 1])), "DEPARTMENT OF CARDIOLOGY", title(["ECG Report", "12 Lead Electrocardiogram", "Resting ECG"], 0.2), patient_block(c, pick([0, 2])),
                    kv_block([("Rhythm", rhythm), ("Rate", "%d/min" % rate), ("PR interval", "%.2f sec" % (pr_i / 1000.0)), ("QRS", "%.2f sec" % (qrs / 1000.0)), ("QTc", "%d ms" % qtc), ("Axis", "%s" % pick(["Normal", "Left axis deviation", "Normal (+%d)" % axes[1]]))], 0),
                    "Findings: " + desc, "Impression: " + imp) + "\n\n" + Doctor("cardio").sig(pick([0, 3]))
    if lay == 2:  # short
        return join("ECG (%s %s): %s, rate %d/min. %s" % (fd(d, 5), ftime(style=2), rhythm, rate, desc), "Imp: " + imp) + "\n" + pick([junior(), Doctor("cardio").name])
    if lay == 3:  # serial comparison
        return join(letterhead(h, 5), "SERIAL ECG", "%s  %s  %s" % (c.name, c.agesex, c.uhid),
                    "ECG 1 (%s %s): %s" % (fd(d, 5), ftime(), desc), "ECG 2 (%s %s): %s" % (fd(d + _dt.timedelta(days=1), 5), ftime(),
                                                                                         pick(["Resolution of ST elevation, T inversions in V1-V4, QS in V1-V3", "No significant change", "Rate controlled, T waves normalised", "Same as before"]) if "Normal" not in imp else "Unchanged"),
                    "Comment: " + imp) + "\n" + Doctor("cardio").name
    if lay == 4:  # tele-ECG service
        return join("TELE-ECG INTERPRETATION", "Centre: %s (%s)" % (h.name.title(), pick(["Emergency", "ICU", "OPD", "Health check"])), "Patient: %s | %d/%s | %s" % (c.name, c.age, c.sex, fd(d, 3)),
                    "Measurements: HR %d, PR %d, QRS %d, QT/QTc %d/%d, Axis %d" % (rate, pr_i, qrs, qt, qtc, axes[1]), "Interpretation: %s. %s" % (rhythm, desc), "Conclusion: " + imp,
                    pick(["Advice: Correlate clinically. Urgent cardiology consult.", "Advice: Correlate with cardiac enzymes.", "Advice: Routine follow up."])) + "\n\nReported by %s, %s" % (Doctor("cardio").name, ftime(style=1))
    # 5: health check style form
    return join(letterhead(h, 3), "ELECTROCARDIOGRAPHY", "Name: %s   Age: %d   Sex: %s   Date: %s" % (c.name, c.age, c.sex, fd(d)),
                "Rhythm: %s\nHeart rate: %d bpm\nP wave: %s\nPR interval: %d ms\nQRS complex: %s\nST segment: %s\nT wave: %s\nQTc: %d ms" % (
                    rhythm, rate, "Normal", pr_i, pick(["Normal", "Narrow"]), "Elevated - see below" if "ST elevation" in desc else ("Isoelectric" if "ST" not in desc else "as below"),
                    "Tall tented" if "tented" in desc else pick(["Upright", "Normal"]), qtc), "Remarks: " + desc, "Opinion: " + imp) + "\n\n" + Doctor("cardio").sig(2)


NIS = [("Birth", ["BCG", "OPV-0", "Hep B (birth dose)"]), ("6 weeks", ["OPV-1", "Pentavalent-1", "Rotavirus-1", "fIPV-1", "PCV-1"]),
       ("10 weeks", ["OPV-2", "Pentavalent-2", "Rotavirus-2"]), ("14 weeks", ["OPV-3", "Pentavalent-3", "Rotavirus-3", "fIPV-2", "PCV-2"]),
       ("9 months", ["MR-1", "JE-1", "PCV Booster", "Vitamin A (1st dose)"]), ("16-24 months", ["MR-2", "JE-2", "DPT Booster-1", "OPV Booster", "Vitamin A (2nd dose)"]),
       ("5-6 years", ["DPT Booster-2"])]
IAP_EXTRA = ["Hep A", "Typhoid Conjugate Vaccine", "Varicella", "Influenza", "MMR", "HPV"]


def g_immunization_record(c):
    h = c.hosp
    lay = rng.randrange(7)
    dob = c.dob if c.child else rand_date(2012, 2022)
    child_name = c.name if c.child else "Baby of %s" % (c.fullname if c.sex == "F" else pick(FEMALE) + " " + c.last)

    def given_date(age_label):
        off = {"Birth": 0, "6 weeks": 42, "10 weeks": 70, "14 weeks": 98, "9 months": 274, "16-24 months": 500, "5-6 years": 1900}[age_label]
        return dob + _dt.timedelta(days=off + ri(0, 10))
    if lay in (0, 1):  # child immunisation card
        L = []
        lim = min(dob + _dt.timedelta(days=ri(120, 2200)), _dt.date(2024, 12, 31))
        for age_label, vs in NIS:
            gd = given_date(age_label)
            for v in vs:
                if gd <= lim:
                    L.append(("%-14s %-22s %-12s %s" % (age_label, v, fd(gd, 5), pick(["B.No " + upper_letters(2) + digits(4), "", "Sr. " + pick(FEMALE)]))) if lay == 0 else
                             "%s | %s | %s" % (v, fd(gd), pick(["L thigh", "R thigh", "L arm", "Oral", "R arm", "IM"])))
                else:
                    L.append(("%-14s %-22s %-12s" % (age_label, v, "due " + fd(gd, 5))) if lay == 0 else "%s | due %s |" % (v, fd(gd)))
        hd = "%-14s %-22s %-12s %s" % ("Age", "Vaccine", "Date given", "Batch / Sign") if lay == 0 else "Vaccine | Date | Site"
        return join(letterhead(h, pick([3, 5])), pick(["IMMUNISATION CARD", "Vaccination Record", "CHILD HEALTH RECORD - Immunisation", "Department of Paediatrics - Vaccination Chart"]),
                    "Name: %s   DOB: %s   Sex: %s\nMother: %s   Father: %s\nBirth weight: %.2f kg   UHID: %s" % (child_name, fd(dob), c.sexw if c.child else pick(["Male", "Female"]), c.fullname if (c.sex == "F" and not c.child) else pick(FEMALE) + " " + c.last, pick(MALE) + " " + c.last, rf(2.4, 3.6, 2), c.uhid),
                    hd + "\n" + "\n".join(L), "Next due: %s" % fd(lim + _dt.timedelta(days=ri(10, 60))))
    if lay == 2:  # anti-rabies vaccination schedule
        d0 = c.admit
        return join(letterhead(h, 5), pick(["ANTI RABIES CLINIC", "Animal Bite Clinic - Vaccination Card", "POST EXPOSURE PROPHYLAXIS RECORD"]),
                    "Name: %s   Age/Sex: %s   UHID: %s" % (c.name, c.agesex, c.uhid),
                    "Date of bite: %s  Animal: %s  Category: %s  Site: %s" % (fd(d0), pick(["Dog (stray)", "Dog (pet)", "Cat", "Monkey"]), pick(["II", "III"]), pick(["Right leg", "Left hand", "Left calf"])),
                    "Wound wash with soap & water: done.  RIG: %s" % pick(["ERIG %d IU infiltrated" % ri(1000, 3000), "HRIG given", "Not indicated (Cat II)"]),
                    "Vaccine: %s (%s route)\n" % (pick(["PCECV", "PVRV", "Purified Vero cell rabies vaccine"]), pick(["IM deltoid", "ID - 2 site"])) +
                    "\n".join("Day %-3d %s   %s" % (dd, fd(d0 + _dt.timedelta(days=dd)), "Given - B.No %s%s" % (upper_letters(2), digits(5)) if dd <= 7 else "Due") for dd in [0, 3, 7, 28]),
                    "Do not skip doses. Bring this card on every visit.")
    if lay == 3:  # adult/staff immunisation record
        return join(letterhead(h, 6), "EMPLOYEE HEALTH - IMMUNISATION RECORD" if maybe() else "Adult Vaccination Record", "Name: %s   Emp/UHID: %s   DOB: %s" % (c.name, c.uhid, fd(c.dob)),
                    "Vaccine            Dose   Date        Batch     Given by\n" + "\n".join("%-18s %-6s %-11s %-9s %s" % (v, dn, fd(dt_), upper_letters(1) + digits(5), nurse_name()) for v, dn, dt_ in [
                        ("Hepatitis B", "1", c.admit), ("Hepatitis B", "2", c.admit + _dt.timedelta(days=30)), ("Hepatitis B", "3", c.admit + _dt.timedelta(days=180)),
                        ("Td", "Booster", c.admit + _dt.timedelta(days=ri(1, 60))), ("Influenza", "Annual", c.admit + _dt.timedelta(days=ri(60, 200)))][:ri(2, 5)]),
                    "Anti-HBs titre: %s mIU/mL (%s)" % (ri(10, 900), fd(c.admit + _dt.timedelta(days=240))) if maybe() else "")
    if lay == 4:  # antenatal Td record
        return join("ANC CARD - IMMUNISATION", "Name: %s   W/o %s   Age: %d" % (c.name if c.sex == "F" else pick(FEMALE), pick(MALE) + " " + c.last, max(c.age, 22)),
                    "LMP: %s    EDD: %s" % (fd(c.admit - _dt.timedelta(days=120)), fd(c.admit + _dt.timedelta(days=160))),
                    "Td-1: %s    Td-2: %s\nTdap: %s\nInfluenza: %s" % (fd(c.admit - _dt.timedelta(days=60)), fd(c.admit - _dt.timedelta(days=30)), pick(["Not given", fd(c.admit)]), pick(["Given " + fd(c.admit), "Not given"])),
                    "Sign of ANM/Doctor: ______")
    if lay == 5:  # national vaccination certificate style (invented)
        d1 = rand_date(2021, 2022)
        return join("CERTIFICATE FOR VACCINATION" if maybe() else "Provisional Vaccination Certificate", "Beneficiary Details", kv_block([
            ("Beneficiary Name", c.fullname), ("Age", str(max(c.age, 18))), ("Gender", c.sexw), ("ID Verified", "Aadhaar # " + c.aadhaar), ("Beneficiary Reference ID", digits(14))], 0),
            "Vaccination Details", kv_block([("Vaccine Name", pick(["COVID-19 vaccine (inactivated)", "COVID-19 vaccine (recombinant)"])), ("Dose 1", fd(d1, 3) + " (Batch %s)" % (upper_letters(1) + digits(6))),
                                             ("Dose 2", fd(d1 + _dt.timedelta(days=ri(28, 90)), 3)), ("Precaution dose", pick(["Not taken", fd(d1 + _dt.timedelta(days=270), 3)])), ("Vaccinated at", h.name.title() + ", " + h.town)], 0))
    # 6: hospital vaccine administration log for one patient (IAP optional vaccines)
    return join(letterhead(h, 2), "Paediatric OPD - Vaccination given today", "%s  DOB %s  UHID %s  Wt %s kg" % (child_name, fd(dob), c.uhid, c.weight if c.child else rf(8, 20)),
                "\n".join("%s - %s, %s, Batch %s, Exp %02d/%d" % (v, pick(["0.5 mL IM L thigh", "0.5 mL SC R arm", "0.5 mL IM deltoid"]), pick(["Brand A", "Brand B"]), upper_letters(2) + digits(5), ri(1, 12), c.admit.year + 1) for v in sample(IAP_EXTRA, ri(1, 2))),
                "Observed for 30 min - no AEFI. Next visit: %s" % fd(c.admit + _dt.timedelta(days=ri(28, 180)))) + "\n" + Doctor("paed").name


def g_registration_form(c):
    h = c.hosp
    lay = rng.randrange(7)
    nok = "%s %s" % (pick(MALE + FEMALE), c.last)
    nokrel = pick(["Husband", "Wife", "Son", "Daughter", "Father", "Mother", "Brother"])
    if lay == 0:  # new patient registration form
        pairs = [("UHID", c.uhid), ("Registration Date", fd(c.admit)), ("Title", c.title), ("Patient Name", c.fullname), ("%s" % c.rel, c.relname),
                 ("Date of Birth", fd(c.dob)), ("Age", str(c.age)), ("Gender", c.sexw), ("Marital Status", c.marital), ("Religion", c.religion),
                 ("Occupation", c.occupation), ("Address", c.address), ("Mobile", c.phone), ("Alternate No.", c.alt_phone), ("ID Proof", "Aadhaar - " + c.aadhaar),
                 ("Email", pick(["-", "%s.%s%d@mail.example" % (c.first.lower(), c.last.lower()[:4], ri(1, 99))])), ("Referred by", pick([c.ref_dr, "Self", "Camp", "Website", "Corporate"])),
                 ("Emergency contact", "%s (%s) %s" % (nok, nokrel, phone())), ("Preferred language", pick(["Telugu", "Hindi", "English", "Kannada", "Tamil"]))]
        return join(letterhead(h, pick([0, 6])), title(["Patient Registration Form", "New Registration", "PATIENT INFORMATION SHEET"], 0.1), kv_block(pairs, pick([0, 1, 2])),
                    "Registered by: %s   Counter: %d" % (pick(["reg01", "frontdesk", "opd_reg3", "kiosk"]), ri(1, 9)))
    if lay == 1:  # OP registration slip/ token
        return join(h.name, "OP REGISTRATION SLIP" if maybe() else "OPD Consultation Receipt", "Token No: %d      Date: %s %s" % (ri(1, 180), fd(c.admit), ftime(ri(8, 17), None, 1)),
                    "UHID: %s   OP No: %s\nName: %s   Age/Sex: %s\nDepartment: %s   Doctor: %s\nConsultation fee: Rs. %d.00 (%s)" % (
                        c.uhid, c.opno, c.name, c.agesex, c.dept, c.cons.name, pick([300, 400, 500, 600, 700, 800, 1000]), pick(["Cash", "UPI", "Card", "Free follow up"])),
                    "Valid for %d days for the same doctor." % pick([7, 10, 15])) + "\n" + page_footer(h)
    if lay == 2:  # IP admission form / face sheet
        return join(letterhead(h, pick([0, 1])), "ADMISSION FORM", kv_block([("IP No", c.ipno), ("UHID", c.uhid), ("Date & time of admission", "%s %s" % (fd(c.admit), ftime())),
                                                                            ("Patient name", c.name), ("Age/Sex", c.agesex), ("Address", c.address), ("Phone", c.phone),
                                                                            ("Admitting consultant", c.cons.name), ("Department", c.dept), ("Ward / Room / Bed", "%s / %s" % (c.ward, c.bed)),
                                                                            ("Admission type", pick(["Elective", "Emergency", "Day care"])), ("Provisional diagnosis", c.scn["short"]),
                                                                            ("Payment category", c.payer), ("Insurance/TPA", c.tpa if "TPA" in c.payer else "-"),
                                                                            ("MLC", "Yes" if c.scn["key"] == "op_poison" else "No"), ("Next of kin", "%s (%s) - %s" % (nok, nokrel, phone())),
                                                                            ("Advance deposit", "Rs. %d" % (ri(5, 100) * 1000))], 0),
                    "Declaration: I agree to abide by the rules and regulations of the hospital and to pay all charges.\n\nSignature of patient/attender: ________   Admission desk: %s" % pick(FEMALE + MALE))
    if lay == 3:  # emergency registration quick
        return join(h.name + " - EMERGENCY", "ER Reg No: ER%s   Date/Time: %s %s" % (digits(6), fd(c.admit), ftime()), "Name: %s   Age: %s   Sex: %s" % (c.name if maybe(0.8) else "UNKNOWN %s" % ("MALE" if c.sex == "M" else "FEMALE"), c.age, c.sex),
                    "Brought by: %s   Contact: %s" % (pick(["Relatives", "108 Ambulance", "Police", "Passers-by", "Self"]), c.phone), "MLC: %s" % ("Yes" if c.scn["key"] == "op_poison" else pick(["No", "No", "To be decided"])),
                    "Triage: %s" % c.scn["ed"][0]) + "\n\nCounter staff: %s" % pick(FEMALE + MALE)
    if lay == 4:  # health check registration
        pkg = pick(["Master Health Check-up", "Executive Health Check", "Whole Body Check-up (Male)", "Well Woman Package", "Cardiac Health Package", "Pre-employment check"])
        return join(letterhead(h, 3), "PREVENTIVE HEALTH CHECK - REGISTRATION", kv_block([("Name", c.name), ("Age/Sex", c.agesex), ("UHID", c.uhid), ("Package", pkg),
                                                                                          ("Corporate", pick(COMPANIES + ["Individual"])), ("Date", fd(c.admit)), ("Fasting", pick(["Yes (12 hrs)", "Yes", "No"])),
                                                                                          ("Mobile", c.phone)], 2),
                    "Self-reported history: DM [%s] HTN [%s] Thyroid [ ] Asthma [ ] Smoking [%s] Alcohol [%s]" % (pick(["Y", "N"]), pick(["Y", "N"]), pick(["Y", "N"]), pick(["Y", "N"])),
                    "Stations: Lab -> X-ray -> ECG -> USG -> Echo/TMT -> Eye -> Dental -> Physician -> Dietician")
    if lay == 5:  # registration under government scheme / cashless
        return join(letterhead(h, 6), "PATIENT REGISTRATION - %s" % pick(["SCHEME BENEFICIARY", "CASHLESS", "CREDIT PATIENT"]),
                    kv_block([("Name", c.name), ("Card/Member ID", c.member_id), ("Scheme/Insurer", pick(SCHEMES[:3] + [c.insurer])), ("Family ID", digits(12)),
                              ("Age/Sex", c.agesex), ("Address", c.address), ("Mobile", c.phone), ("Photo captured", "Yes"), ("Biometric auth", pick(["Success", "Failed - OTP used"])),
                              ("Registered by (Arogya Mitra/Desk)", pick(FEMALE + MALE))], 0))
    # 6: handwritten-ish form with blanks
    return join(h.name, "Regn. No. ____%s____   Date %s" % (c.uhid, fd(c.admit, 5)),
                "Name _____%s_____  Age __%d__  Sex __%s__\n%s _____%s_____\nAddress ____%s____\nPh ___%s___\nReligion __%s__  Occupation __%s__\nConsultant __%s__" % (
                    c.fullname, c.age, c.sex, c.rel, c.relname, c.address, c.phone, c.religion, c.occupation, c.cons.name),
                "Sign of patient ________")


def g_insurance_card(c):
    lay = rng.randrange(7)
    ins = c.insurer
    tpa = c.tpa
    valid_from = _dt.date(c.admit.year, ri(1, 12), 1)
    valid_to = valid_from + _dt.timedelta(days=364)
    si = pick(["2,00,000", "3,00,000", "5,00,000", "10,00,000", "1,50,000", "4,00,000"])
    emp = pick(COMPANIES)
    toll = "1800-%s-%s" % (digits(3), digits(4))
    if lay == 0:  # corporate group TPA card front/back
        return join("[FRONT]", tpa.upper(), "HEALTH ID CARD", kv_block([("Name", c.fullname.upper()), ("Member ID", c.member_id), ("Emp. ID", digits(6)), ("Age/Gender", "%d/%s" % (c.age, c.sex)),
                                                                   ("Relation", pick(["Self", "Spouse", "Son", "Daughter", "Father", "Mother"])), ("Corporate", emp), ("Policy No", c.policy), ("Insurer", ins),
                                                                   ("Valid", "%s to %s" % (fd(valid_from), fd(valid_to)))], 1),
                    "[BACK]", "Important:\n" + bullets(["This card is valid only with a government photo ID.", "Cashless hospitalisation available at network hospitals only.",
                                                        "Intimate %s within 24 hours of emergency admission." % tpa.split(" ")[0], "Card is not transferable. Misuse will be dealt with as per law."], 0),
                    "24x7 Toll Free: %s   Email: cashless@%s.example.in" % (toll, tpa.split(" ")[0].lower()))
    if lay == 1:  # e-card individual
        return join(ins, "E-CARD", "Policy Holder: %s\nInsured Member: %s\nDOB: %s   Gender: %s\nPolicy Number: %s\nCustomer ID: %s\nPlan: %s\nSum Insured: Rs. %s\nPolicy Period: %s - %s" % (
            pick([c.relname, c.fullname]), c.fullname, fd(c.dob), c.sexw, c.policy, digits(10), pick(["Family Floater Gold", "Individual Silver", "Senior Citizen Plan", "Optima Secure-like Plan"]), si,
            fd(valid_from, 3), fd(valid_to, 3)), "For cashless claims contact %s. Show this e-card at hospital insurance desk." % toll, "This is a system generated card and does not require signature.")
    if lay == 2:  # government scheme card
        return join(pick(SCHEMES[:3]).upper(), "HEALTH CARD" if maybe() else "BENEFICIARY CARD", "[PHOTO]", "Name: %s\nFamily ID: %s\nCard No: %s\nYear of Birth: %d   Gender: %s\nDistrict: %s" % (
            c.fullname, digits(12), c.member_id, c.dob.year, c.sexw, c.town), "[QR CODE]", "Helpline: %s" % toll, "Valid in all empanelled hospitals. Free treatment up to Rs. %s per family per year." % si)
    if lay == 3:  # family floater listing
        fam = [(c.fullname, c.age, c.sex, "Self" if maybe() else "Spouse")] + [("%s %s" % (pick(MALE + FEMALE), c.last), ri(1, 60), pick("MF"), pick(["Spouse", "Son", "Daughter"])) for _ in range(ri(1, 3))]
        return join("%s  |  %s" % (ins, tpa), "FAMILY HEALTH CARD", "Policy: %s   Valid till: %s   SI: Rs. %s (floater)" % (c.policy, fd(valid_to), si),
                    "%-28s %-5s %-4s %-10s %s" % ("Member", "Age", "Sex", "Relation", "Member ID") + "\n" + "\n".join("%-28s %-5d %-4s %-10s %s" % (n, a, sx, r, upper_letters(3) + digits(9)) for n, a, sx, r in fam),
                    "Claims: %s" % toll)
    if lay == 4:  # photocopy with hospital stamp
        return join("[Photocopy]", "%s - MEDICLAIM ID" % tpa, "%s   %s   %s" % (c.NAME, c.member_id, fd(valid_to)), "Policy: " + c.policy, "Employer: " + emp,
                    "[Stamp: VERIFIED WITH ORIGINAL - Insurance Desk, %s, %s]" % (c.hosp.name.title(), fd(c.admit)), "Sign: %s" % pick(FEMALE + MALE))
    if lay == 5:  # employees health scheme card
        return join("EMPLOYEES HEALTH SCHEME", "Beneficiary Identity Card", "Card No.: %s\nName of Card Holder: %s\nDesignation: %s\nOffice: %s\nBeneficiaries:\n%s" % (
            c.member_id, pick([c.fullname, c.relname]), pick(["Senior Assistant", "Section Officer", "Teacher Gr. II", "Retired", "Head Constable"]), pick(["District Collectorate, ", "Municipal Office, ", "Treasury, "]) + c.town,
            bullets([c.fullname + " (%s)" % pick(["Self", "Spouse"]), "%s %s (Son)" % (pick(MALE), c.last)], 0)),
            "Issuing authority: ____________   Valid up to: %s" % fd(valid_to), "[Back] In case of loss, report to the dispensary immediately.")
    # 6: OCR'd card with scattered text
    return join("%s" % ins.upper(), "%s" % c.fullname.upper(), "ID %s" % c.member_id, "DOB %s  %s" % (fd(c.dob, 5), c.sex), "POL %s" % c.policy,
                "TPA %s" % tpa, "VALID %s-%s" % (fd(valid_from, 5), fd(valid_to, 5)), "Toll free %s" % toll)


def g_nursing_note(c):
    s = c.scn
    h = c.hosp
    lay = rng.randrange(7)
    d = c.admit + _dt.timedelta(days=ri(0, max(0, c.los - 1)))
    nn = nurse_name()
    if lay == 0:  # shift notes with times
        ents = []
        for hh in sorted(sample(range(0, 24), ri(4, 7))):
            ents.append("%s  %s" % (ftime(hh, pick([0, 15, 30, 45]), 0), pick([
                "Patient received from %s. Vitals checked. %s" % (pick(["casualty", "OT", "ICU"]), c.vitals_line(2)),
                "Medications given as per order: %s." % pick(s["meds_ip"] or ["Tab. Paracetamol 650 mg"]),
                "GRBS - %s mg/dl. Informed to duty doctor." % ri(110, 320) if s["key"] in ("dka", "stemi", "ckd", "bph") else "Patient slept well.",
                "IV fluids %s running at %d mL/hr." % (pick(["NS", "RL", "DNS"]), ri(50, 125)), "Patient c/o %s. Duty doctor informed, %s." % (pick(["pain", "nausea", "giddiness", "fever 100.8 F"]), pick(["Inj. Paracetamol 1 g IV given", "Inj. Ondansetron 4 mg IV given", "reassured"])),
                "Position changed. Back care given.", "Intake: %d mL, Output: %d mL." % (ri(800, 2200), ri(600, 2000)), "Passed urine. Oral fluids tolerated.", "Attenders explained about the condition."])))
        return join(letterhead(h, 5), pick(["NURSES NOTES", "NURSING RECORD", "Nursing Progress Notes", ""]), "Name: %s   Bed: %s   UHID: %s   Date: %s   Shift: %s" % (c.name, c.bed, c.uhid, fd(d), pick(["M", "E", "N", "Morning", "Night"])),
                    "\n".join(ents)) + "\n\nSign: %s" % nn
    if lay == 1:  # vital signs chart
        L = ["Time   Temp(F)  Pulse  RR  BP        SpO2  Pain"]
        for k in range(ri(4, 8)):
            L.append("%s  %-8.1f %-6d %-3d %-9s %-5d %d" % (ftime((6 + k * 4) % 24, 0, 0), rf(c.temp - 0.6, c.temp + 0.4), c.pr + ri(-10, 6), c.rr + ri(-3, 2), "%d/%d" % (c.sbp + ri(-15, 10), c.dbp + ri(-8, 6)), min(100, c.spo2 + ri(0, 3)), ri(0, 6)))
        return join(h.name, pick(["TPR CHART", "VITAL SIGNS MONITORING CHART", "Vital Chart"]), "Patient: %s  %s  Bed %s  Date %s" % (c.name, c.agesex, c.bed, fd(d)), "\n".join(L), "Recorded by: %s" % nn)
    if lay == 2:  # intake-output chart
        rows = []
        tin = tout = 0
        for hh in range(8, 32, 4):
            i1, i2, o = ri(0, 300), ri(50, 500), ri(100, 500)
            tin += i1 + i2
            tout += o
            rows.append("%s   %-6d %-6d %-6d %s" % (ftime(hh % 24, 0, 0), i1, i2, o, pick(["", "", "vomit 100", "drain 40"])))
        return join(letterhead(h, 5), "INTAKE OUTPUT CHART", "%s | %s | %s | %s" % (c.name, c.uhid, c.bed, fd(d)), "Time    Oral   IV     Urine  Others\n" + "\n".join(rows),
                    "24 hr total: Intake %d mL  Output %d mL  Balance %+d mL" % (tin, tout, tin - tout)) + "\n" + nn
    if lay == 3:  # nursing admission assessment
        return join(letterhead(h, 6), "NURSING ADMISSION ASSESSMENT", patient_block(c, pick([0, 3])),
                    kv_block([("Arrived by", pick(["Wheelchair", "Stretcher", "Walking"])), ("Accompanied by", pick(["Son", "Wife", "Husband", "Relatives"])), ("Allergy", c.allergy),
                              ("Vitals", c.vitals_line(2)), ("Height/Weight", "%d cm / %s kg" % (c.height, c.weight)), ("Pain score", "%d/10" % ri(0, 7)),
                              ("Morse fall score", "%d (%s)" % (ri(0, 65), pick(["Low", "Moderate", "High - fall precautions"]))), ("Braden score", "%d" % ri(12, 22)),
                              ("Nutritional risk", pick(["No", "Yes - dietician informed"])), ("Valuables", pick(["Handed over to attender", "None", "Gold chain with attender"])),
                              ("IV access", pick(["20G right forearm", "18G left hand", "None"])), ("Orientation to ward", "Done - call bell, toilet, visiting hours"),
                              ("Patient ID band", "Applied")], 0)) + "\n\nAssessed by: %s  Date/Time: %s %s" % (nn, fd(c.admit), ftime())
    if lay == 4:  # nursing care plan
        dxn = pick([("Acute pain related to %s" % ("surgical incision" if s["surgery"] else "disease process"), "Patient will verbalise pain relief", "Assess pain score 4th hourly; administer analgesics as ordered; positioning; diversional therapy"),
                    ("Risk for infection related to invasive lines", "No signs of infection", "Hand hygiene; aseptic dressing; monitor temperature; check IV site"),
                    ("Impaired physical mobility", "Patient will ambulate with support", "ROM exercises; assist with ambulation; physiotherapy"),
                    ("Fluid volume deficit", "Adequate hydration", "Monitor I/O; IV fluids as ordered; encourage oral fluids"),
                    ("Ineffective breathing pattern", "Maintain SpO2 > 94%", "Propped up position; O2 as ordered; nebulisation; chest physio")])
        return join(h.name, "NURSING CARE PLAN", "Patient: %s   Dx: %s   Date: %s" % (c.name, s["short"], fd(d)),
                    render_sections([("Assessment", c.vitals_line(0)), ("Nursing Diagnosis", dxn[0]), ("Goal", dxn[1]), ("Interventions", dxn[2].split("; ")), ("Evaluation", pick(["Goal partially met", "Goal met", "Continue plan"]))], pick([0, 2]))) + "\n\n" + nn
    if lay == 5:  # SBAR handover
        return join("SBAR HANDOVER", "%s / %s / Bed %s / %s" % (c.name, c.agesex, c.bed, fd(d)),
                    "S: %s, %s" % (s["short"], "POD %d" % ri(1, 3) if s["surgery"] else "day %d" % ri(2, 5)),
                    "B: " + "; ".join(s["pmh"][:2]) + ". Allergy: " + c.allergy,
                    "A: " + c.vitals_line(2) + ". " + pick(["Pain controlled.", "IV line patent.", "Drain minimal.", "Voiding well.", "On O2 2L."]),
                    "R: " + pick(["Continue monitoring, pending %s report" % pick(["CBP", "RFT", "culture"]), "Due meds at 2200 hrs", "Watch for bleeding", "Plan discharge tomorrow"])) + "\n\nHanded over by: %s   Taken over by: %s" % (nn, nurse_name())
    # 6: narrative paragraph
    return wrap("%s %s. %s. Patient %s. %s. %s. %s" % (fd(d, 5), ftime(style=2), pick(["Night shift", "Morning shift", "Evening shift"]), pick(["conscious and oriented", "resting comfortably", "drowsy but arousable", "ambulating in room"]),
                                                     c.vitals_line(2), pick(["Medications administered as per chart", "IV antibiotics given on time", "Wound dressing dry and intact"]),
                                                     pick(["No fresh complaints.", "Attender at bedside.", "Informed Dr. on duty regarding high BP; Tab. Amlodipine 5 mg given as per order."]))) + "\n" + nn


def g_ed_note(c):
    s = c.scn
    h = c.hosp
    tri, mgmt = s["ed"]
    emd = Doctor("em")
    lay = rng.randrange(7)
    arr = ftime(style=0)
    if lay == 0:  # casualty sheet
        secs = [("Triage", "%s  at %s" % (tri, arr)), ("Brought by", pick(["Relatives", "108 ambulance", "Self", "Referred from " + c.ref_dr.split(",")[0]])),
                ("Chief Complaints", c.complaint_lines(1)), ("History", c.hpi), ("Primary survey", "A - %s  B - RR %d, SpO2 %d%%  C - PR %d, BP %s  D - GCS %s, GRBS %s  E - %s" % (
                    pick(["patent", "patent, secretions +" if s["key"] == "op_poison" else "patent"]), c.rr, c.spo2, c.pr, c.bp, pick(["15/15", "E4V5M6", "14/15"]) if s["key"] not in ("op_poison", "meningitis") else "E2V2M5" if s["key"] == "op_poison" else "E3V4M6",
                    c.grbs, "temp %.1f F" % c.temp)), ("Examination", c.exam_lines(True)),
                ("ER Management", mgmt), ("Provisional diagnosis", s["short"]), ("Disposition", pick(["Admitted to %s under %s" % (c.ward, c.cons.name), "Shifted to %s" % pick(["ICU", "cath lab", "OT", "ward"])]))]
        return join(letterhead(h, pick([3, 5])), title(["Emergency Department Record", "CASUALTY CASE SHEET", "ER NOTES", "Emergency Assessment"], 0.1),
                    patient_block(c, pick([0, 2, 3])), render_sections(secs)) + "\n\nER Physician: " + emd.name
    if lay == 1:  # short triage note
        return join("%s  %s  ER" % (fd(c.admit, 5), arr), "%s, %s. %s" % (c.fullname, c.agesex, "; ".join(c.complaint_lines(2))), "Vitals: " + c.vitals_line(2),
                    "Tx: " + mgmt, "Plan: " + pick(["admit", "admit ICU", "obs in ER", "refer to specialist"])) + "\n" + emd.name
    if lay == 2:  # MLC format
        mlc = "MLC No: %s/%d   PS: %s Police Station   Intimation sent at %s" % (digits(4), c.admit.year, pick(STREETS).split(" ")[0] + " " + c.town, ftime())
        return join(letterhead(h, 0), "EMERGENCY - MEDICO LEGAL CASE" if s["key"] == "op_poison" or maybe(0.3) else "EMERGENCY NOTES", patient_block(c, 4, ip=False), mlc if s["key"] == "op_poison" or maybe(0.3) else "",
                    "Identification marks: 1) %s 2) %s" % (pick(["A black mole on right cheek", "A scar over left forearm", "A mole on chin"]), pick(["A scar on right knee", "A mole on left shoulder", "Tattoo on right forearm"])),
                    "History as given by %s: %s" % (pick(["patient", "attender", "brother", "wife"]), c.hpi), "O/E: " + c.vitals_line(0), "\n".join(c.exam_lines(True)), "Management: " + mgmt) + "\n\n" + emd.sig(2)
    if lay == 3:  # structured EM template
        return join(letterhead(h, 6), "EMERGENCY MEDICINE - PHYSICIAN ASSESSMENT", kv_block([("Arrival", "%s %s" % (fd(c.admit), arr)), ("Mode", pick(["Ambulance", "Walk-in", "Private vehicle"])),
                                                                                            ("Triage category", tri), ("Seen by EM physician at", ftime())], 2),
                    render_sections([("HPI", c.hpi), ("PMH", s["pmh"]), ("Allergies", c.allergy), ("Vitals", c.vitals_line(1)), ("Exam", c.exam_lines(False)),
                                     ("ED course", mgmt + " " + pick(["Reassessed after 1 hr - improved.", "Reassessed - vitals stable.", "Specialist reviewed in ED."])),
                                     ("Investigations sent", ", ".join(s["panels"][:4]) + ", ECG"), ("ED diagnosis", s["short"]), ("Disposition", "Admit - " + c.dept)], 0)) + "\n\n" + emd.sig(0)
    if lay == 4:  # nursing triage + doctor note combined
        return join(h.name + " ER", "Triage Nurse: %s   Time: %s   ESI/Colour: %s" % (nurse_name(), arr, tri), "Vitals at triage: " + c.vitals_line(0),
                    "Doctor's note (%s): %s %s" % (ftime(), "; ".join(c.complaint_lines(2)), pick(["Examined.", "O/E as below."])), "\n".join(c.exam_lines(True)),
                    "Imp: " + s["short"], "Orders: " + mgmt) + "\n" + emd.name
    if lay == 5:  # narrative dictation
        return join(title(["ED Physician Note", "Emergency Room Note"], 0.4), wrap("%s is a %d-year-old %s who presented to the emergency department at %s with %s. %s On arrival, %s. %s %s In the ED, %s The patient was %s." % (
            c.name, c.age, c.sexw.lower(), arr, s["short"].lower() if maybe() else ", ".join(x[0].lower() for x in s["complaints"][:2]), c.hpi, c.vitals_line(3).lower(), s["exam"]["gen"],
            " ".join(c.exam_lines(False)[1:3]), mgmt, pick(["admitted under " + c.cons.name, "shifted to ICU", "admitted for further management"])))) + "\n\n" + emd.sig(3)
    # 6: ER discharge / observation (treat and release variant)
    return join(letterhead(h, 5), "EMERGENCY - OBSERVATION SHEET", "%s  %s  %s" % (c.name, c.agesex, c.uhid),
                "\n".join("%s  %s" % (ftime(style=0), x) for x in ["Arrived. " + "; ".join(c.complaint_lines(1)[:2]), "Vitals: " + c.vitals_line(2), mgmt, pick(["Pain reduced.", "Vitals stable.", "Relatives counselled."]),
                                                                 "Decision: " + pick(["admit", "admit to ICU", "continue observation"])])) + "\n" + emd.name


def g_transfer_summary(c):
    s = c.scn
    h = c.hosp
    lay = rng.randrange(6)
    d = c.admit + _dt.timedelta(days=ri(1, max(1, c.los - 1)))
    if s["key"] in ICU_KEYS:
        frm, to = pick([("MICU", "Ward"), ("ICU", "Private room"), ("HDU", "General ward"), ("MICU", "HDU")]) if s["key"] != "stemi" else pick([("CCU", "Step-down"), ("CCU", "Cardiology ward")])
    elif s["surgery"]:
        frm, to = pick([("SICU", "Surgical ward"), ("Post-op recovery", "Ward"), ("HDU", "Private room")])
    else:
        frm, to = pick([("Emergency", "Ward"), ("HDU", "General ward"), ("Emergency", "HDU")])
    if lay == 0:  # internal transfer note
        secs = [(pick(["Transferred from / to", "Shifted from / to", "From / To"]), "%s -> %s" % (frm, to)), ("Date & time", "%s %s" % (fd(d), ftime())), ("Diagnosis", s["dx"][:3]),
                ("Brief summary", s["course"].split(". ")[0] + ". " + (s["course"].split(". ")[1] + "." if len(s["course"].split(". ")) > 1 else "")),
                ("Condition at transfer", c.vitals_line(0)), ("Lines/tubes", pick(["PIV 20G L hand", "CVC R IJV, Foley", "Nil", "Foley catheter, drain"])),
                ("Current medications", s["meds_ip"][:6]), ("Pending", pick(["Culture report", "HPE", "Repeat RFT", "Nil"])), ("Plan", pick(["Mobilise, orals, plan discharge", "Continue IV antibiotics", "Physiotherapy"]))]
        return join(letterhead(h, 5), title(["Transfer Note", "Internal Transfer Summary", "Transfer Out Summary"], 0.1), patient_block(c, pick([0, 2])), render_sections(secs)) + \
            "\n\nTransferring doctor: %s    Receiving doctor: %s" % (junior(), junior())
    if lay == 1:  # inter-hospital transfer summary
        dest = pick(["Government General Hospital", "Regional Cancer Centre", "Institute of Nephro-Urology", "Nizam-like Institute (tertiary)", "District Hospital"]) + ", " + pick([t for t, _ in TOWNS])
        return join(letterhead(h, pick([0, 1])), "TRANSFER SUMMARY", "Transferred to: " + dest, "Reason: " + pick(["Patient's request - financial", "Scheme coverage", "Need for specialised care not available here", "Bed unavailability in ICU"]),
                    patient_block(c, 1, extra=[("Date of transfer", fd(d))]),
                    render_sections([("Diagnosis", s["dx"]), ("History", c.hpi), ("Hospital course", s["course"]), ("Investigations", inv_summary(c)),
                                     ("Vitals at transfer", c.vitals_line(0)), ("Treatment at transfer", s["meds_ip"]), ("Mode of transfer", pick(["ALS ambulance with doctor", "BLS ambulance", "ALS ambulance with ventilator support"]))])) + \
            "\n\nConsent for transfer signed by attender.\n" + c.cons.sig(0)
    if lay == 2:  # transfer checklist
        return join(h.name, pick(["PATIENT TRANSFER CHECKLIST", "INTER-UNIT SHIFTING CHECKLIST", "Checklist for shifting of patient"]), "Patient: %s   UHID: %s   From: %s   To: %s   Date: %s" % (c.name, c.uhid, frm, to, fd(d)),
                    "\n".join("[%s] %s" % (pick(["x", "x", "x", " "]), x) for x in ["Identity band checked", "Case file & reports", "Imaging films/CD", "Medications handed over", "IV line patent",
                                                                                  "Consent for transfer", "Receiving unit informed", "Oxygen cylinder", "Monitor / pulse oximeter", "Valuables handed over"]),
                    "Vitals before transfer: " + c.vitals_line(2), "Vitals on arrival: " + c.vitals_line(2), "Accompanied by: %s" % pick(["Staff nurse", "Duty doctor", "Ward boy + nurse"])) + "\n\nHanded over: %s   Received: %s" % (nurse_name(), nurse_name())
    if lay == 3:  # ICU step-down narrative
        return join(pick(["ICU Transfer Out Note", "Shift-out summary", ""]), "%s %s %s" % (c.name, c.agesex, c.uhid),
                    wrap("Patient was admitted to %s on %s with %s. %s Currently hemodynamically stable off support, %s. Being shifted to %s for further care under %s. Pending issues: %s." % (
                        frm, fd(c.admit), s["short"].lower(), s["course"].split(". ")[1] + "." if len(s["course"].split(". ")) > 1 else "", c.vitals_line(3).lower(), to.lower(), c.cons.name, pick(["none", "follow culture", "wean O2", "physiotherapy"])))) + "\n\n" + Doctor("anaes").sig(3)
    if lay == 4:  # table form
        rows = [("Name", c.name), ("Age/Sex", c.agesex), ("From", frm), ("To", to), ("Date/Time", "%s %s" % (fd(d), ftime())), ("Diagnosis", s["short"]), ("Allergy", c.allergy),
                ("GCS", pick(["15/15", "E4V5M6"])), ("Vitals", c.vitals_line(2)), ("Diet", pick(["Soft", "NBM", "Diabetic", "Normal"])), ("Activity", pick(["Bed rest", "Ambulatory", "Sit up"])),
                ("Medications", "; ".join(s["meds_ip"][:4])), ("Special instructions", pick(["Fall precautions", "Strict I/O", "Aspiration precautions", "GRBS 6th hourly"]))]
        return join(letterhead(h, 2), pick(["TRANSFER FORM", "HANDOVER FORM - SHIFTING OF PATIENT", "Shifting Record", ""]), kv_block(rows, 0)) + "\n\nSign: ______"
    # 5: transfer to another dept (ownership change)
    newd = Doctor(pick([k for k in ["surg", "med", "nephro", "cardio", "ortho"] if k != s["dept"]]))
    reason = "Primary issue now surgical" if newd.dept_key in ("surg", "ortho") else pick(["Medical management required", "Further management by specialty"])
    summ = ". ".join(s["course"].split(". ")[:2]).rstrip(".") + "."
    return join(letterhead(h, 5), pick(["TRANSFER OF CARE", "CHANGE OF UNIT", "Handing over of care"]), "Patient %s (%s) is moved from Dept. of %s (%s) to Dept. of %s (%s) on %s." % (c.name, c.uhid, c.dept, c.cons.name, newd.dept, newd.name, fd(d)),
                "Reason: " + reason, "Summary: " + wrap(summ), "Accepted by: %s" % newd.name)


def g_provider_orders(c):
    s = c.scn
    h = c.hosp
    lay = rng.randrange(7)
    d = c.admit + _dt.timedelta(days=ri(0, max(0, c.los - 1)))
    meds = s["meds_ip"] or ["Tab. Paracetamol 650 mg TID"]
    if lay == 0:  # doctor's order sheet with dated entries and nurse acknowledgement
        L = ["Date/Time        Orders                                              Sign Dr.   Sign Nurse"]
        for k in range(ri(2, 4)):
            dd = c.admit + _dt.timedelta(days=k)
            first = True
            for o in sample(meds, min(len(meds), ri(2, 4))) + [pick(["Vitals 4th hourly", "GRBS 6th hourly", "I/O charting", "Diet: " + pick(["soft", "diabetic", "NBM", "liquids"])])]:
                L.append("%-16s %-52s %-10s %s" % ("%s %s" % (fd(dd, 5), ftime(style=0)) if first else "", o[:52], pick(["Dr. " + pick(SURN)[:6], "sd/-"]) if first else "", pick(["sd", "ack", ""]) if first else ""))
                first = False
        return join(letterhead(h, 5), pick(["DOCTOR'S ORDER SHEET", "PHYSICIAN ORDERS", "TREATMENT ORDERS", "Order Sheet"]), patient_block(c, pick([2, 3])), "Allergy: " + c.allergy, "\n".join(L))
    if lay == 1:  # admission orders
        return join("ADMISSION ORDERS" if maybe() else "Orders on admission", "%s  %s  %s  %s" % (fd(c.admit), ftime(), c.name, c.uhid),
                    bullets(["Admit under %s, %s" % (c.cons.name, c.ward), "Diagnosis: " + s["short"], "Condition: " + pick(["stable", "serious", "guarded"]), "Allergies: " + c.allergy,
                             "Vitals: " + pick(["hourly x 4 then 4th hourly", "4th hourly", "continuous monitoring"]), "Activity: " + pick(["bed rest", "ambulate as tolerated", "strict bed rest"]),
                             "Diet: " + pick(["NBM", "soft diet", "diabetic diet", "clear liquids", "renal diet"])] + meds + ["Labs: " + ", ".join(s["panels"]), "Notify doctor if SBP < 90 or > 180, SpO2 < 92%, UO < 30 mL/hr"], 0)) + "\n\n" + junior()
    if lay == 2:  # post-op orders
        sg = s["surgery"]["name"] if s["surgery"] else (s["procedure"]["name"] if s["procedure"] else "procedure")
        return join(letterhead(h, 5), "POST-OPERATIVE ORDERS", "Patient: %s   Procedure: %s   Date: %s" % (c.name, sg, fd(c.surg_date())),
                    bullets(["Shift to %s" % pick(["SICU", "recovery then ward", "post-op ward"]), "Position: " + pick(["propped up 30 deg", "supine x 6 hrs (spinal)", "head end elevation"]),
                             pick(["NBM x 6 hrs then sips", "Orals after 4 hrs", "NBM till further orders"]), "IVF: RL / DNS @ %d mL/hr" % ri(80, 125)] + meds[:5] +
                            ["Monitor drain output/urine output hourly", "Inform if bleeding, SBP < 100, HR > 110"], pick([0, 2]))) + "\n\n" + c.surgeon().sig(3)
    if lay == 3:  # CPOE printout
        L = ["%-6s %-10s %-48s %-8s %s" % ("Ord#", "Type", "Order", "Status", "Ordered by")]
        for m in meds[:6]:
            L.append("%-6s %-10s %-48s %-8s %s" % (digits(5), "Pharmacy", m[:48], pick(["Active", "Verified", "Active"]), c.cons.name.split(" ")[-1]))
        for p in s["panels"][:3]:
            L.append("%-6s %-10s %-48s %-8s %s" % (digits(5), "Lab", p, pick(["Collected", "Pending", "Resulted"]), junior().split(" ")[-1]))
        if s["imaging"]:
            L.append("%-6s %-10s %-48s %-8s %s" % (digits(5), "Radiology", s["imaging"][0][0][:48], pick(["Scheduled", "Done"]), c.cons.name.split(" ")[-1]))
        return join(letterhead(h, 6), "ACTIVE ORDERS - %s" % fd(d), patient_block(c, 2), "\n".join(L)) + "\n\n" + page_footer(h)
    if lay == 4:  # ICU protocol orders (DKA / general)
        if s["key"] == "dka":
            body = ["IV NS 1 L over first hour, then 500 mL/hr x 4 hrs", "Insulin infusion: 50 U Actrapid in 50 mL NS @ 0.1 U/kg/hr", "Hourly GRBS; when < 250 mg/dL add 5% dextrose and reduce insulin to 0.05 U/kg/hr",
                    "K+ < 3.5: hold insulin, give KCl 40 mEq/hr; K+ 3.5-5.0: add 20 mEq KCl per litre", "ABG + electrolytes 4th hourly", "Urine ketones 6th hourly"]
        else:
            body = meds + ["Head end elevation 30 deg", "DVT prophylaxis - Inj. Enoxaparin 40 mg SC OD" if s["key"] not in ("ugib", "dengue") else "Mechanical DVT prophylaxis only", "Stress ulcer prophylaxis", "Blood sugar 6th hourly"]
        return join(letterhead(h, 5), pick(["ICU ORDERS", "MICU - Standing Orders", "%s protocol orders" % ("DKA" if s["key"] == "dka" else "Critical care")]), "Name: %s  Wt: %s kg  Bed: %s" % (c.name, c.weight, c.bed),
                    bullets(body, 0)) + "\n\nIntensivist: %s   Time: %s" % (Doctor("anaes").name, ftime())
    if lay == 5:  # verbal/telephone order record
        return join(h.name, "VERBAL / TELEPHONIC ORDER RECORD", "%-11s %-6s %-40s %-18s %s" % ("Date", "Time", "Order", "Given by", "Read back"),
                    "\n".join("%-11s %-6s %-40s %-18s %s" % (fd(d, 5), ftime(style=0), o[:40], c.cons.name[:18], "Yes") for o in sample(meds + ["Inj. Ondansetron 4 mg IV stat", "Inj. Paracetamol 1 g IV stat"], ri(1, 3))),
                    "Countersigned within 24 hrs: %s" % pick(["Yes", "Yes - " + c.cons.name]), "Nurse: %s" % nurse_name())
    # 6: handwritten terse Rx-orders
    return join("%s  %s" % (fd(d, 5), ftime(style=2)), "%s  Bed %s" % (c.fullname, c.bed), "Rx", "\n".join("%d) %s" % (i, m) for i, m in enumerate(meds[:6], 1)), pick(["Continue same", "Review SOS", "Repeat CBP in AM"])) + "\n" + pick([junior(), "Dr. " + c.cons.last])


def g_discharge_instructions(c):
    s = c.scn
    h = c.hosp
    lay = rng.randrange(7)
    warn = pick([["High fever", "Severe pain", "Bleeding or discharge from wound", "Breathlessness", "Vomiting", "Decreased urine output"],
                 ["Chest pain", "Giddiness or fainting", "Swelling of legs", "Black coloured stools", "Drowsiness"],
                 ["Fever more than 100 F", "Redness or pus from wound", "Calf pain", "Unable to pass urine"]])
    nxt = c.disch + _dt.timedelta(days=ri(5, 14))
    if lay == 0:  # patient leaflet
        return join(letterhead(h, pick([0, 3])), title(["Discharge Instructions", "Instructions for Home Care", "Patient Discharge Advice", "Going Home - Advice"], 0.15),
                    "Name: %s   UHID: %s   Date: %s" % (c.name, c.uhid, fd(c.disch)),
                    render_sections([("Your medicines", med_table(s["meds_dc"], pick([1, 3, 4]))), ("Diet", pick(["Normal home food", "Diabetic diet - avoid sugar, sweets, fruit juices", "Low salt diet - avoid pickles, papad", "Soft diet for 1 week"])),
                                     ("Activity", s["advice"]), ("Come back immediately / call if you have", warn), ("Follow up", "%s OPD on %s (%s)" % (c.dept, fd(nxt), pick(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"])))])) + \
            "\n\nFor appointments call %s. Emergency: %s" % (h.phone, h.emergency)
    if lay == 1:  # dos and donts
        return join(pick(["DO'S AND DON'TS", "Home care advice", ""]), "%s (%s)" % (c.name, s["short"]),
                    "DO:\n" + bullets(s["advice"][:3] + [pick(["Take medicines on time", "Walk daily", "Drink boiled and cooled water"])], 1),
                    "DON'T:\n" + bullets([pick(["Lift heavy weights", "Drive for 2 weeks", "Smoke or drink alcohol", "Take painkillers without advice", "Skip insulin"]), pick(["Apply anything on wound", "Eat outside food", "Stop medicines on your own"])], 1),
                    "Next visit: " + fd(nxt))
    if lay == 2:  # medicine timing chart for patient
        L = ["%-32s %-9s %-9s %-9s %s" % ("Medicine", "Morning", "Afternoon", "Night", "Till")]
        for dn, dz, fr, du in s["meds_dc"]:
            p = (fr.split(" ")[0] + "-0-0").split("-")[:3]
            L.append("%-32s %-9s %-9s %-9s %s" % (dn, "1" if p[0] not in ("0", "") else "-", "1" if p[1] not in ("0", "") else "-", "1" if p[2] not in ("0", "") else "-", du or "SOS"))
        return join(h.name, "MEDICINE CHART FOR HOME (please tick daily)", "Patient: %s" % c.name, "\n".join(L), pick(["(B.F. = before food, A.F. = after food)", "Take after food unless advised", ""]),
                    "Pharmacist counselling done by: %s" % pick(FEMALE + MALE))
    if lay == 3:  # wound/drain/catheter care
        topic = pick(["WOUND CARE", "DRAIN CARE", "CATHETER CARE", "AV FISTULA CARE", "INSULIN INJECTION"]) if s["surgery"] or s["key"] in ("dka", "ckd") else "GENERAL CARE"
        tips = {"WOUND CARE": ["Keep dressing clean and dry", "Do not remove dressing before review", "Sponge bath till suture removal", "Watch for redness, swelling, pus"],
                "DRAIN CARE": ["Empty drain bag when half full and note amount", "Keep bag below level of wound", "Bring drain chart on review"],
                "CATHETER CARE": ["Keep bag below bladder level", "Clean around catheter twice daily", "Drink 3 litres water"],
                "AV FISTULA CARE": ["Feel thrill daily", "No BP/injections in fistula arm", "Do hand-grip exercises with ball", "Do not sleep on fistula arm"],
                "INSULIN INJECTION": ["Store insulin in refrigerator door (not freezer)", "Rotate injection sites on abdomen/thigh", "Check sugar before injecting", "If sugar < 70: take 3 tsp sugar in water"],
                "GENERAL CARE": s["advice"]}[topic]
        return join(letterhead(h, 5), topic + " AT HOME", bullets(tips, 0), "Review: %s" % fd(nxt), "Questions? Call nursing station: %s" % landline()) + "\n\nExplained to: %s   By: %s" % (pick(["patient", "wife", "son", "daughter", "attender"]), nurse_name())
    if lay == 4:  # bilingual (transliterated) advice
        lang = pick([("Telugu", ["Mandulu samayaniki vesukondi", "Jvaram, noppi unte ventane raandi", "Ekkuva neellu taagandi"]),
                     ("Hindi", ["Dawai samay par lein", "Bukhar ya dard ho to turant aayein", "Paani zyada piyen"]),
                     ("Kannada", ["Aushadhi samayakke tegedukolli", "Jvara iddare takshana banni", "Hechchu neeru kudiyiri"])])
        return join(h.name, "Discharge advice / %s" % lang[0], "Name: %s  Date: %s" % (c.name, fd(c.disch)),
                    "\n".join("%s\n  (%s)" % (e, t) for e, t in zip(["Take medicines on time", "Come back if fever or pain", "Drink plenty of water"], lang[1])),
                    med_table(s["meds_dc"], 1), "Review on %s with this paper." % fd(nxt))
    if lay == 5:  # follow-up appointment card
        return join(h.name, "FOLLOW-UP CARD", "Name: %s   UHID: %s" % (c.name, c.uhid), "Doctor: %s (%s)" % (c.cons.name, c.dept),
                    "%-12s %-10s %s\n%-12s %-10s %s\n%-12s %-10s %s\n%-12s %-10s %s" % ("Visit", "Date", "Purpose", "1st", fd(nxt, 5), pick(["Suture removal", "Review with reports", "Dressing"]) if s["surgery"] else pick(["Review with reports", "Review", "Repeat labs"]),
                                                                       "2nd", fd(nxt + _dt.timedelta(days=ri(14, 30)), 5), pick(["Review", "Repeat labs", "Physio review"]), "3rd", "", "SOS"),
                    "Tests before next visit: " + ", ".join(s["panels"][:2]), "Bring all reports and this card.")
    # 6: nurse's discharge teaching checklist
    return join(letterhead(h, 6), "DISCHARGE EDUCATION CHECKLIST", patient_block(c, 2),
                "\n".join("[%s] %s" % (pick(["x", "x", "x", " "]), t) for t in ["Medicines - name, dose, timing explained", "Diet explained", "Activity / exercises", "Wound / device care",
                                                                                "Warning signs explained: " + ", ".join(warn[:3]), "Follow up date given: " + fd(nxt), "Reports & films handed over", "Discharge summary handed over"]),
                "Patient/attender understanding: %s" % pick(["Good", "Verbalised", "Teach-back done"])) + "\n\nNurse: %s    Patient/attender: __________" % nurse_name()


def g_other(c):
    s = c.scn
    h = c.hosp
    lay = rng.randrange(10)
    if lay == 0:  # fax cover
        return join(letterhead(h, 1), "FAX", kv_block([("To", pick([c.tpa, "Dr. " + pick(MALE) + " " + pick(SURN), "Medical Records, " + pick(["Govt General Hospital", "Area Hospital"])])), ("Fax No", landline()),
                                                        ("From", pick(["Insurance Desk", "MRD", "Billing", "Dr. " + c.cons.last + "'s office"])), ("Date", fd(c.disch)), ("Pages (incl. cover)", str(ri(2, 14))),
                                                        ("Re", "%s / %s" % (c.name, pick(["Pre-authorisation", "Final bill & discharge summary", "Records requested", "Enhancement request"])))], 0),
                    "[ ] Urgent  [ ] For review  [x] Please reply", "CONFIDENTIALITY NOTICE: The documents accompanying this fax contain confidential medical information. If you have received this in error, please notify the sender immediately and destroy the documents.")
    if lay == 1:  # interim / final bill
        items = [("Room rent (%s) x %d days" % (c.ward, c.los), c.los * ri(1500, 6000)), ("Consultation charges", ri(2, 10) * 800), ("Investigations", ri(3000, 25000)),
                 ("Pharmacy & consumables", ri(5000, 90000)), ("Nursing charges", c.los * ri(500, 1200))]
        if s["surgery"]:
            items.append(("Surgeon / OT / Anaesthesia charges", ri(25000, 150000)))
        tot = sum(v for _, v in items)
        adv = ri(1, 5) * 10000
        return join(letterhead(h, 6), pick(["IP FINAL BILL", "INTERIM BILL", "BILL OF SUPPLY", "Summary Bill"]), "Bill No: %s/%s   Date: %s\nPatient: %s   IP No: %s   Payer: %s" % (h.code, digits(6), fd(c.disch), c.name, c.ipno, c.payer),
                    "\n".join("%-48s %12s" % (a, "{:,}.00".format(v)) for a, v in items), "%-48s %12s\n%-48s %12s\n%-48s %12s" % ("Gross total", "{:,}.00".format(tot), "Less: Advance paid", "{:,}.00".format(adv), "Net payable", "{:,}.00".format(tot - adv)),
                    "Amount in words: Rupees %s only" % pick(["as above", "(see net payable)"]), "Cashier: %s" % pick(FEMALE + MALE))
    if lay == 2:  # patient feedback questionnaire
        qs = ["Ease of admission process", "Cleanliness of room and toilets", "Doctor's explanation of illness", "Nursing care", "Food quality", "Billing process", "Overall experience"]
        return join(h.name, pick(["PATIENT FEEDBACK FORM", "We value your feedback", "Inpatient Satisfaction Survey"]), "Name (optional): %s   Room: %s   Date: %s" % (pick([c.name, ""]), c.bed, fd(c.disch)),
                    "Please rate: 1-Poor 2-Fair 3-Good 4-Very good 5-Excellent", "\n".join("%d. %-42s [%d]" % (i, q, ri(2, 5)) for i, q in enumerate(qs, 1)),
                    "Would you recommend us to family and friends? %s" % pick(["Yes", "Yes", "No", "Maybe"]), "Comments: %s" % pick(["Staff were very caring.", "Waiting time at billing was long.", "Food was cold.", "Thank you to Sister %s." % pick(FEMALE), ""]))
    if lay == 3:  # release of information request
        return join(letterhead(h, 5), pick(["APPLICATION FOR COPY OF MEDICAL RECORDS", "Request for Release of Medical Information", "MRD - Records Request Form"]),
                    wrap("To\nThe Medical Records Officer,\n%s\n\nI, %s, %s, request certified copies of the medical records of %s (UHID %s, IP No %s) for the admission from %s to %s, for the purpose of %s." % (
                        h.name.title(), pick([c.name, c.relname]), pick(["patient", "son", "husband", "legal heir"]), c.name, c.uhid, c.ipno, fd(c.admit), fd(c.disch),
                        pick(["insurance reimbursement claim", "second opinion", "court case", "employer", "personal record"]))),
                    "Documents required: [x] Discharge summary [x] Investigation reports [%s] Case sheet [%s] Imaging CD" % (pick(["x", " "]), pick(["x", " "])),
                    "ID proof enclosed: Aadhaar (%s)\nFee paid: Rs. %d  Receipt No: %s" % (c.aadhaar, pick([100, 200, 500]), digits(6)), "Signature of applicant: ________   Date: %s" % fd(c.disch + _dt.timedelta(days=ri(5, 90))),
                    "For office use: Approved by MRO ______  Issued on ______")
    if lay == 4:  # TPA pre-authorisation request form
        return join("REQUEST FOR CASHLESS HOSPITALISATION FOR HEALTH INSURANCE POLICY", "PART C (Revised)", "TO BE FILLED BY INSURED/PATIENT AND HOSPITAL",
                    kv_block([("Name of TPA/Insurer", c.tpa), ("Name of hospital", h.name.title()), ("Name of patient", c.fullname), ("Gender", c.sexw), ("Age", str(c.age)),
                              ("Insured card ID", c.member_id), ("Policy number", c.policy), ("Contact no.", c.phone), ("Treating doctor", c.cons.name),
                              ("Nature of illness / presenting complaints", ", ".join(x[0] for x in s["complaints"])), ("Provisional diagnosis", s["dx"][0]),
                              ("Proposed line of treatment", pick(["Medical management", "Surgical management", "Intensive care"])), ("Name of surgery (if any)", s["surgery"]["name"] if s["surgery"] else "NA"),
                              ("Date of admission", fd(c.admit)), ("Expected days of stay", str(c.los)), ("Room type", c.ward), ("Total expected cost (Rs.)", "{:,}".format(ri(40, 400) * 1000))], 0),
                    "Declaration by hospital: We confirm that the information provided is true.  Hospital seal & sign: ______") + "\n\nDeclaration by patient: ______"
    if lay == 5:  # medical certificate / fitness
        return join(letterhead(h, 3), pick(["MEDICAL CERTIFICATE", "FITNESS CERTIFICATE", "CERTIFICATE OF ILLNESS"]),
                    wrap("Signature of applicant: ______\n\nI, %s, after careful examination of the case, certify that %s, %s %s, whose signature is given above, was suffering from %s and was under my treatment from %s to %s. %s" % (
                        c.cons.name, c.name, c.rel, c.relname, s["short"].lower(), fd(c.admit), fd(c.disch), pick(["He/She is now fit to resume duties from %s." % fd(c.disch + _dt.timedelta(days=ri(3, 21))), "Rest is advised for %d days." % ri(7, 30)]))),
                    "Identification mark: %s" % pick(["A mole on right cheek", "A scar over left eyebrow"]), "Place: %s   Date: %s" % (h.town, fd(c.disch))) + "\n\n" + c.cons.sig(2)
    if lay == 6:  # clinical photograph captions / media log
        return join(h.name, "CLINICAL PHOTOGRAPHS - INDEX", "%s  %s  %s" % (c.name, c.uhid, fd(c.admit)),
                    "\n".join("Fig %d: %s" % (i, t) for i, t in enumerate(sample(["Pre-operative view of %s" % pick(["right groin swelling", "left breast", "right knee", "wound"]), "Intra-operative findings", "Specimen - gross appearance",
                                                                                  "Post-operative wound POD %d" % ri(2, 10), "Check X-ray", "Pressure area - sacrum, grade I"], ri(2, 4)), 1)),
                    "Consent for photography: obtained (ref. consent form)", "Photographed by: %s" % pick(["Dept. photographer", junior()]))
    if lay == 7:  # police intimation / MLC
        return join(letterhead(h, 0), "INTIMATION TO POLICE", "To\nThe Station House Officer\n%s Police Station" % c.town,
                    wrap("Sir, this is to inform you that %s, %s %s, aged %d years, resident of %s, was brought to the Emergency Department of this hospital on %s at %s with alleged history of %s. The patient is under treatment. This is for your information and necessary action." % (
                        c.name, c.rel, c.relname, c.age, c.town, fd(c.admit), ftime(), pick(["consumption of poison", "road traffic accident", "assault", "fall from height", "burns"]) if s["key"] != "op_poison" else "consumption of insecticide")),
                    "MLC No: %s" % digits(5)) + "\n\n" + Doctor("em").sig(2)
    if lay == 8:  # diet chart
        return join(h.name, "DEPARTMENT OF CLINICAL NUTRITION", pick(["DIET CHART", "Diet Plan", "Dietary Advice"]), "Name: %s   Wt: %s kg   Ht: %d cm   Diet: %s   Calories: %d kcal" % (
            c.name, c.weight, c.height, pick(["Diabetic", "Renal", "Low salt", "High protein", "Soft"]), pick([1400, 1600, 1800, 2000])),
            "\n".join("%-14s %s" % (t, f) for t, f in [("Early morning", pick(["Tea/coffee without sugar + 4 soaked almonds", "1 glass warm water"])), ("Breakfast", pick(["2 idli + sambar", "2 chapati + dal", "Upma 1 cup", "Oats porridge"])),
                                                       ("Mid morning", pick(["Buttermilk 1 glass", "1 fruit (guava/apple)"])), ("Lunch", pick(["1 cup rice + 2 chapati + dal + vegetable curry + curd", "Rice 1 cup, sambar, poriyal"])),
                                                       ("Evening", pick(["Sprouts salad", "Tea + 2 marie biscuits"])), ("Dinner", pick(["2 chapati + vegetable + dal", "Ragi mudde + soppu saaru"]))]),
            "Avoid: " + pick(["sweets, jaggery, fried foods", "pickles, papad, dry fish, extra salt", "coconut water, banana, oranges (high potassium)"])) + "\n\nDietician: %s" % pick(FEMALE)
    # 9: death/birth intimation or MRD checklist / record deficiency
    return join(letterhead(h, 5), pick(["MEDICAL RECORD DEFICIENCY CHECKLIST", "MRD - FILE COMPLETION CHECKLIST"]), "IP No: %s   Patient: %s   Discharged: %s   Consultant: %s" % (c.ipno, c.name, fd(c.disch), c.cons.name),
                "\n".join("[%s] %s" % (pick(["x", "x", " "]), t) for t in ["Admission form", "Consent forms signed", "Initial assessment within 24 hrs", "Progress notes signed", "Discharge summary signed", "Medication chart", "OT notes (if applicable)", "Nursing records", "Final diagnosis with ICD code"]),
                "Deficiencies informed to: %s on %s" % (pick([c.cons.name, "Unit RMO"]), fd(c.disch + _dt.timedelta(days=ri(1, 7)))))


# ----------------------------------------------------------------- OCR / scan noise
OCR_SUBS = [("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("a", "o"), ("S", "5"), ("B", "8"), (",", "."), (".", ","), ("h", "b"), ("u", "v"), ("t", "f"), ("cl", "d")]


def ocr_noise(text, level):
    if level <= 0:
        return text
    out = []
    for line in text.split("\n"):
        if line and rng.random() < 0.02 * level:
            line = line.replace(" ", "  ", 1) if maybe() else line.rstrip()[:max(1, len(line) - ri(1, 4))] if maybe(0.2) else line
        if line and rng.random() < 0.15 * level:
            n = ri(1, 2 * level)
            for _ in range(n):
                a, b = pick(OCR_SUBS)
                idx = line.find(a, ri(0, max(0, len(line) - 1)))
                if idx >= 0:
                    line = line[:idx] + b + line[idx + len(a):]
        if rng.random() < 0.004 * level:
            line = line + " " + pick(["|", "~", "'", ".", "_", ";"])
        out.append(line)
    t = "\n".join(out)
    if level >= 2 and maybe(0.3):
        t = pick(["", "", "~ ", ". "]) + t
    return t


def scan_furniture(text, h):
    r = rng.random()
    if r < 0.08:
        text = pick(["Scanned by MRD", "SCANNED", "Page 1", "COPY", "DUPLICATE"]) + "\n" + text
    elif r < 0.14:
        text = text + "\n" + pick(["Scanned on %s" % fd(h.disch + _dt.timedelta(days=ri(1, 60))), "MRD/%s/%s" % (digits(5), digits(2)), "[stamp illegible]", "Verified - MRD"])
    return text


GENERATORS = [
    ("discharge_summary", g_discharge_summary, ADMIT_SCEN), ("history_physical", g_history_physical, ADMIT_SCEN),
    ("progress_note", g_progress_note, SCEN), ("consult_note", g_consult_note, SCEN), ("operative_note", g_operative_note, SURG_SCEN),
    ("procedure_note", g_procedure_note, PROC_SCEN), ("lab_report", g_lab_report, SCEN), ("imaging_report", g_imaging_report, SCEN),
    ("pathology_report", g_pathology_report, SCEN), ("medication_list", g_medication_list, SCEN), ("prescription", g_prescription, SCEN),
    ("anesthesia_record", g_anesthesia_record, SURG_SCEN), ("correspondence", g_correspondence, SCEN), ("consent_form", g_consent_form, SCEN),
    ("referral_letter", g_referral_letter, SCEN), ("advance_directive", g_advance_directive, [x for x in SCEN if x["key"] not in ("age_child",)]),
    ("ecg_report", g_ecg_report, [x for x in SCEN if x["key"] not in ("age_child",)]), ("immunization_record", g_immunization_record, SCEN),
    ("registration_form", g_registration_form, SCEN), ("insurance_card", g_insurance_card, [x for x in SCEN if x["key"] not in ("age_child",)]),
    ("nursing_note", g_nursing_note, ADMIT_SCEN), ("ed_note", g_ed_note, [x for x in SCEN if x["ed"][1] != "Not applicable." and "elective" not in x["ed"][1]]),
    ("transfer_summary", g_transfer_summary, ADMIT_SCEN), ("provider_orders", g_provider_orders, ADMIT_SCEN),
    ("discharge_instructions", g_discharge_instructions, ADMIT_SCEN), ("other", g_other, SCEN),
]


def make_doc(label, fn, pool):
    DATE_STYLE[0] = rng.randrange(7)
    c = Case(pool=pool)
    text = fn(c)
    text = "\n".join(l.rstrip() for l in text.split("\n"))
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    text = text.strip("\n")
    text = scan_furniture(text, c)
    lvl = pick([0, 0, 1, 1, 1, 2, 3]) if maybe(0.75) else 0
    return ocr_noise(text, lvl)


def main():
    global rng
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for label, fn, pool in GENERATORS:
            for i in range(a.per_type):
                text = make_doc(label, fn, pool)
                rec = {"id": "in-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    return n


if __name__ == "__main__":
    main()
