#!/usr/bin/env python3
"""Synthetic clinical document generator - private multi-specialty hospital group in the
Gulf states (UAE / Qatar / KSA), English-language records 2008-2024, as scanned + OCR'd.
Every name, identifier, address, phone number and institution below is invented.
Standard library only.  Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime
import json
import random

R = random.Random(0)


def ch(s):
    return R.choice(s)


def pr(p):
    return R.random() < p


def ri(a, b):
    return R.randint(a, b)


def rf(a, b, nd=1):
    return round(R.uniform(a, b), nd)


def samp(s, k):
    return R.sample(list(s), min(k, len(s)))


def dg(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def ul(n):
    return "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def jn(items, last="and"):
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " " + last + " " + items[-1]


# ----------------------------------------------------------------------------- people
NAMES = {
    "Indian": (["Rajesh", "Suresh", "Anil", "Vinod", "Pradeep", "Sanjay", "Shibu", "Biju", "Joseph", "Ramesh",
                "Srinivas", "Arjun", "Mohammed Ashraf", "Sunil", "Manoj", "Girish"],
               ["Priya", "Lakshmi", "Anitha", "Deepa", "Sreeja", "Meera", "Shalini", "Reshma", "Divya", "Bindu", "Jincy"],
               ["Nair", "Kumar", "Menon", "Pillai", "Reddy", "Sharma", "Varghese", "Kurian", "Iyer", "Patel",
                "Shetty", "Rao", "Abraham", "Kutty", "D'Souza", "Mathew", "Gupta"]),
    "Pakistani": (["Muhammad Imran", "Asif", "Tariq", "Kashif", "Bilal", "Usman", "Zubair", "Naveed", "Shahid", "Waqas"],
                  ["Ayesha", "Saima", "Nadia", "Rabia", "Farah", "Sadia", "Hina"],
                  ["Khan", "Ahmed", "Hussain", "Butt", "Qureshi", "Malik", "Chaudhry", "Iqbal", "Raza", "Akhtar", "Shah"]),
    "Filipino": (["Jose", "Mark Anthony", "Ronaldo", "Jerome", "Rodel", "Christian", "Arnel", "Jayson"],
                 ["Maria Cristina", "Rowena", "Jocelyn", "Mary Grace", "Lovely", "Analyn", "Rosalie", "Kristine", "Joy"],
                 ["Dela Cruz", "Santos", "Reyes", "Bautista", "Garcia", "Mendoza", "Villanueva", "Aquino", "Ramos",
                  "Castillo", "Manalo", "Dimaculangan"]),
    "Egyptian": (["Ahmed", "Mahmoud", "Mostafa", "Hany", "Tamer", "Sherif", "Amr", "Karim", "Wael", "Ayman"],
                 ["Mona", "Heba", "Rania", "Dina", "Nermeen", "Yasmin", "Marwa", "Ghada"],
                 ["Abdel Fattah", "El Sayed", "Hassan", "Ibrahim", "Mansour", "Fahmy", "Soliman", "Abdel Rahman",
                  "Shehata", "Gaber", "Zaki"]),
    "Emirati": (["Mohammed", "Saeed", "Khalid", "Rashid", "Hamad", "Sultan", "Obaid", "Ahmed", "Juma"],
                ["Mariam", "Fatima", "Aisha", "Shamma", "Hessa", "Moza", "Alyazia", "Noora", "Maitha"],
                ["Al Mansouri", "Al Ketbi", "Al Shamsi", "Al Nuaimi", "Al Dhaheri", "Al Falasi", "Al Marri",
                 "Al Suwaidi", "Al Hammadi", "Al Zaabi"]),
    "Qatari": (["Abdulla", "Nasser", "Jassim", "Khalifa", "Fahad", "Ali"],
               ["Al Anoud", "Maryam", "Latifa", "Sara", "Dana"],
               ["Al Kuwari", "Al Sulaiti", "Al Mohannadi", "Al Naimi", "Al Emadi", "Al Kaabi", "Al Khulaifi"]),
    "Saudi": (["Abdulaziz", "Faisal", "Turki", "Saud", "Bandar", "Nawaf", "Majed", "Abdullah"],
              ["Nouf", "Reem", "Hind", "Amal", "Lama", "Ghadah", "Munira"],
              ["Al Qahtani", "Al Ghamdi", "Al Otaibi", "Al Zahrani", "Al Shehri", "Al Harbi", "Al Dossary", "Al Mutairi"]),
    "Bangladeshi": (["Md. Rafiqul", "Abdul Karim", "Shahidul", "Mizanur", "Jahangir", "Md. Alamgir"],
                    ["Nasrin", "Rokeya", "Shirin"], ["Islam", "Rahman", "Hossain", "Miah", "Uddin", "Sarker"]),
    "Nepali": (["Ram Bahadur", "Hari", "Bishnu", "Suman", "Dil Bahadur"], ["Sita", "Gita", "Sabina"],
               ["Thapa", "Gurung", "Tamang", "Shrestha", "Rai", "Magar"]),
    "Sri Lankan": (["Nuwan", "Chaminda", "Ruwan", "Kasun"], ["Dilani", "Nirmala", "Chathurika"],
                   ["Perera", "Fernando", "Silva", "Jayasinghe", "Wickramasinghe"]),
    "British": (["James", "David", "Richard", "Andrew", "Paul", "Simon"], ["Sarah", "Emma", "Claire", "Helen", "Louise"],
                ["Whitfield", "Harrison", "Collins", "Barnes", "Fletcher", "Hughes", "Pemberton"]),
    "Jordanian": (["Omar", "Khaled", "Yousef", "Rami", "Ziad"], ["Lina", "Rana", "Dana", "Ruba"],
                  ["Haddad", "Al Zoubi", "Khoury", "Nasser", "Odeh", "Al Masri"]),
    "Sudanese": (["Osman", "Abdelrahim", "Mohamed Elamin", "Hatim"], ["Amna", "Samia", "Ikhlas"],
                 ["Babiker", "Elhassan", "Abdalla", "Elnour"]),
    "Syrian": (["Bashar", "Firas", "Mazen", "Ammar"], ["Rasha", "Lama", "Hala"], ["Haddad", "Al Halabi", "Kassab", "Jabri"]),
}
ARAB = {"Emirati", "Qatari", "Saudi", "Egyptian", "Jordanian", "Sudanese", "Syrian"}
OCCUP = ["Driver", "Sales Executive", "Accountant", "Housewife", "Engineer", "Labourer", "Technician", "Nurse",
         "Teacher", "Security Guard", "Electrician", "Cashier", "Housemaid", "Civil Servant", "Student", "Chef",
         "Site Supervisor", "IT Consultant", "Businessman", "Retired", "Waiter", "Foreman", "Mason"]
EMPLOYERS = ["Al Sahel General Contracting LLC", "Bright Horizon Facilities Management", "Desert Rose Trading Est.",
             "Falcon Crest Logistics", "Gulf Dune Engineering WLL", "Marina Pearl Hospitality", "Oryx Line Transport Co.",
             "Palm Grove Retail LLC", "Sand Star Security Services", "Blue Lagoon Catering", "Najma Steel Fabrication",
             "Silver Sail Electromechanical", "Al Wadi Cleaning Services", "Qamar Food Industries"]


def person_name(nat, sex):
    m, f, sur = NAMES[nat]
    first = ch(m if sex == "M" else f)
    if nat in ARAB and pr(0.7):
        return "%s %s %s" % (first, ch(NAMES[nat][0]), ch(sur))
    return "%s %s" % (first, ch(sur))


# ----------------------------------------------------------------------------- places
COUNTRIES = {
    "UAE": dict(cities=["Dubai", "Abu Dhabi", "Sharjah", "Al Ain", "Ajman", "Ras Al Khaimah"], cc="+971", cur="AED",
                idname="Emirates ID", areas=["Al Qusais", "Al Barsha", "Mussafah", "Al Nahda", "Khalidiya", "Al Majaz",
                                             "Oud Metha", "Al Jimi", "Al Rashidiya", "Mirdif"]),
    "Qatar": dict(cities=["Doha", "Al Wakra", "Al Khor", "Al Rayyan"], cc="+974", cur="QAR", idname="QID",
                  areas=["Al Sadd", "Bin Mahmoud", "Al Hilal", "Al Mansoura", "Najma", "Old Airport Area", "Al Gharrafa"]),
    "KSA": dict(cities=["Riyadh", "Jeddah", "Dammam", "Al Khobar", "Madinah"], cc="+966", cur="SAR",
                idname="Iqama", areas=["Al Olaya", "Al Rawdah", "Al Malaz", "Al Faisaliyah", "Al Aziziyah", "Al Hamra"]),
}
HOSP_A = ["Al Rayhan", "Noor Al Khaleej", "Gulf Crescent", "Al Waha", "Al Manara", "Lulwat Al Bahr", "Al Bayan",
          "Saffron Coast", "Al Fayha", "Dunes", "Al Yaqoot", "Jumanah", "Al Sidr", "Corniche Palm"]
HOSP_B = ["Specialty Hospital", "Multispeciality Hospital", "International Hospital", "Medical Centre",
          "Hospital & Medical Centre", "Specialist Hospital", "Medical City", "General Hospital (Private)"]
INSURERS = {
    "UAE": ["Arabian Falcon Insurance PJSC", "Al Dana National Insurance", "Oasis Takaful Health", "Crescent Mutual Health",
            "Emirates Meridian Assurance"],
    "Qatar": ["Doha Shield Insurance", "Pearl Takaful Health", "Qatar Sands Assurance"],
    "KSA": ["Najd Cooperative Insurance", "Hejaz Takaful Co-operative", "Red Sea Health Insurance Co."],
}
TPAS = ["MedAxis TPA", "CareLink Health Administrators", "Wellspring Claims Management", "Almas Health TPA",
        "Sahara Benefits Administration", "NovaCare Third Party Administrators"]


def phone(country, mobile=False):
    cc = COUNTRIES[country]["cc"]
    if country == "UAE":
        return "%s %s %s %s" % (cc, ch(["50", "52", "55", "56"]) if mobile else ch(["4", "2", "6", "3"]), dg(3), dg(4))
    if country == "Qatar":
        return "%s %s%s %s" % (cc, ch(["5", "6", "7"]) if mobile else "4", dg(3), dg(4))
    return "%s %s %s %s" % (cc, ch(["50", "55", "53", "54"]) if mobile else ch(["11", "12", "13"]), dg(3), dg(4))


def mk_fac():
    country = ch(["UAE", "UAE", "UAE", "Qatar", "KSA", "KSA"])
    c = COUNTRIES[country]
    city = ch(c["cities"])
    nm = "%s %s" % (ch(HOSP_A), ch(HOSP_B))
    short = "".join(w[0] for w in nm.replace("Al ", "").split() if w[0].isupper())[:4]
    if country == "UAE":
        reg = {"Dubai": "DHA", "Abu Dhabi": "DOH", "Al Ain": "DOH"}.get(city, "MOHAP")
    elif country == "Qatar":
        reg = "MOPH"
    else:
        reg = "MOH"
    web = nm.lower().replace("&", "").replace("(private)", "").split()
    dom = ("www.%s%s.%s" % (web[0] if web[0] != "al" else web[1], web[-1][:4],
                            {"UAE": "ae", "Qatar": "qa", "KSA": "com.sa"}[country]))
    return dict(name=nm, short=short, country=country, city=city, area=ch(c["areas"]), cur=c["cur"],
                pobox=str(ri(1000, 99999)), tel=phone(country), fax=phone(country), web=dom, reg=reg,
                email="info@" + dom[4:], branch=ch(["", "", "Main Campus", "%s Branch" % ch(c["areas"]), "Clinics Tower"]),
                lic="%s-%s" % (ch(["HF", "MF", "FAC", "PF"]), dg(5)))


def doc_licence(fac):
    r = fac["reg"]
    if r == "DHA":
        return "DHA-P-%s" % dg(7)
    if r == "DOH":
        return "GD%s" % dg(5)
    if r == "MOHAP":
        return "MOH/%s" % dg(5)
    if r == "MOPH":
        return "QCHP D-%s" % dg(5)
    return "SCFHS %s-R-M-%s" % (dg(2), dg(6))


# ----------------------------------------------------------------------------- clinicians
SPECS = {
    "Internal Medicine": ("med", "Internal Medicine"), "General Surgery": ("surg", "General Surgery"),
    "Orthopaedics": ("surg", "Orthopaedics"), "Obstetrics & Gynaecology": ("obg", "Obstetrics & Gynaecology"),
    "Cardiology": ("med", "Cardiology"), "Gastroenterology": ("med", "Gastroenterology"),
    "Pulmonology": ("med", "Pulmonary Medicine"), "Endocrinology": ("med", "Endocrinology"),
    "Neurology": ("med", "Neurology"), "Urology": ("surg", "Urology"), "Anaesthesia": ("anaes", "Anaesthesia"),
    "Radiology": ("rad", "Radiology"), "Pathology": ("path", "Pathology"), "Paediatrics": ("peds", "Paediatrics"),
    "Emergency Medicine": ("em", "Emergency Medicine"), "Family Medicine": ("fm", "Family Medicine"),
    "Nephrology": ("med", "Nephrology"), "Neurosurgery": ("surg", "Neurosurgery"),
}
ORIGIN_NAT = {"IN": ["Indian"], "PK": ["Pakistani"], "EG": ["Egyptian", "Sudanese", "Jordanian", "Syrian"],
              "PH": ["Filipino"], "UK": ["British", "Indian", "Pakistani", "Egyptian"], "NA": ["British", "Jordanian", "Syrian"]}


def quals(origin, spec):
    cat, sub = SPECS[spec]
    medlike = cat in ("med", "peds", "fm", "em", "anaes", "rad", "path")
    if origin == "IN":
        base = "MBBS, " + (ch(["MD (%s)", "DNB (%s)"]) if medlike else ch(["MS (%s)", "DNB (%s)"])) % sub
        if cat == "obg":
            base = "MBBS, DGO, MD (OBG)"
        return base + ch(["", "", ", FRCP (Glasg)", ", MRCP (UK)"] if medlike else ["", "", ", FRCS (Ed)"])
    if origin == "PK":
        return "MBBS, " + ch(["FCPS (%s)", "FCPS (%s), MRCP", "MCPS, FCPS (%s)"] if medlike else
                             ["FCPS (%s)", "FCPS (%s), FRCS (Glasg)"]).replace("%s", sub)
    if origin == "EG":
        return "MBBCh, " + ch(["MSc (%s), MD" % sub, "MSc %s, Ain Shams Univ." % sub, "MD (%s), Cairo University" % sub,
                                "Egyptian Fellowship (%s)" % sub])
    if origin == "PH":
        return "MD, " + {"med": "FPCP", "surg": "FPCS", "obg": "FPOGS", "anaes": "DPBA", "rad": "FPCR", "path": "FPSP",
                         "peds": "FPPS", "em": "FPCEM", "fm": "FPAFP"}[cat]
    if origin == "UK":
        return ch(["MBBS", "MBChB", "MB BCh BAO"]) + ", " + {"med": "MRCP (UK)", "surg": "FRCS", "obg": "MRCOG",
                                                            "anaes": "FRCA", "rad": "FRCR", "path": "FRCPath",
                                                            "peds": "MRCPCH", "em": "FRCEM", "fm": "MRCGP"}[cat]
    return "MD, " + {"med": "FACP", "surg": "FACS", "obg": "FACOG", "anaes": "Diplomate ABA", "rad": "Diplomate ABR",
                     "path": "FCAP", "peds": "FAAP", "em": "FACEP", "fm": "ABFM"}[cat]


def mk_doc(fac, spec, origin=None, grade=None):
    origin = origin or ch(["IN", "IN", "IN", "PK", "PK", "EG", "EG", "PH", "UK", "NA"])
    sex = "M" if pr(0.7) else "F"
    nm = person_name(ch(ORIGIN_NAT[origin]), sex)
    grade = grade or ch(["Consultant", "Consultant", "Specialist", "Specialist", "Senior Specialist", "Registrar"])
    title = {"Consultant": "Consultant %s", "Specialist": "Specialist %s", "Senior Specialist": "Senior Specialist %s",
             "Registrar": "Specialist Registrar - %s", "GP": "General Practitioner", "Resident": "Resident - %s"}[grade]
    title = title % spec if "%s" in title else title
    return dict(name="Dr. " + nm, last=nm.split()[-1], spec=spec, origin=origin, q=quals(origin, spec), title=title,
                lic=doc_licence(fac), sex=sex, grade=grade)


def sig(d, style=None):
    style = style if style is not None else ri(0, 5)
    if style == 0:
        return ["", "_______________________", d["name"], d["title"]]
    if style == 1:
        return ["", "%s, %s" % (d["name"], d["q"]), d["title"], "Licence No.: %s" % d["lic"]]
    if style == 2:
        return ["", "Electronically signed by %s (%s) %s" % (d["name"], d["title"], d.get("when", ""))]
    if style == 3:
        return ["", "Signature: ______________   Stamp:", "Name: %s" % d["name"], "Designation: %s" % d["title"]]
    if style == 4:
        return ["", d["name"], d["q"], d["title"], "%s" % d["lic"]]
    return ["", "Dictated by: %s" % d["name"], "Transcribed by: %s  D/T: %s" % (ul(2).lower(), d.get("when", ""))]


NURSES_NAT = ["Filipino", "Filipino", "Filipino", "Indian", "Indian", "Indian", "Pakistani", "Egyptian", "Jordanian"]


def nurse_name():
    return person_name(ch(NURSES_NAT), "F" if pr(0.8) else "M")


# ----------------------------------------------------------------------------- dates
DFMTS = ["%d/%m/%Y", "%d-%b-%Y", "%Y-%m-%d", "%d.%m.%Y", "%d %B %Y", "%d/%m/%y", "%d-%m-%Y", "%d %b %Y"]
NA_DFMTS = ["%m/%d/%Y", "%B %d, %Y", "%b %d, %Y"]


def mk_date():
    d0 = datetime.date(2008, 1, 1)
    return d0 + datetime.timedelta(days=ri(0, (datetime.date(2024, 12, 20) - d0).days))


def tm():
    return "%02d:%02d" % (ri(0, 23), ri(0, 59))


def tm_day():
    return "%02d:%02d" % (ri(7, 18), ch([0, 5, 10, 15, 20, 30, 40, 45, 50]))


# ----------------------------------------------------------------------------- lab tests
# name, abbrev, unit, lo, hi, decimals
LABS = {
    "CBC": [("Haemoglobin", "HGB", "g/dL", 12.0, 16.5, 1), ("Total WBC Count", "WBC", "x10^9/L", 4.0, 11.0, 1),
            ("RBC Count", "RBC", "x10^12/L", 4.0, 5.8, 2), ("Haematocrit", "HCT", "%", 36.0, 50.0, 1),
            ("MCV", "MCV", "fL", 80.0, 100.0, 1), ("MCH", "MCH", "pg", 27.0, 33.0, 1),
            ("Platelet Count", "PLT", "x10^9/L", 150, 410, 0), ("Neutrophils", "NEUT%", "%", 40.0, 75.0, 1),
            ("Lymphocytes", "LYMPH%", "%", 20.0, 45.0, 1), ("Monocytes", "MONO%", "%", 2.0, 10.0, 1),
            ("Eosinophils", "EOS%", "%", 1.0, 6.0, 1)],
    "RFT": [("Urea", "UREA", "mmol/L", 2.5, 7.8, 1), ("Creatinine", "CREA", "umol/L", 62, 115, 0),
            ("Sodium", "NA", "mmol/L", 135, 145, 0), ("Potassium", "K", "mmol/L", 3.5, 5.1, 1),
            ("Chloride", "CL", "mmol/L", 98, 107, 0), ("eGFR (CKD-EPI)", "EGFR", "mL/min/1.73m2", 90, 130, 0)],
    "LFT": [("Total Bilirubin", "TBIL", "umol/L", 3.0, 21.0, 1), ("ALT (SGPT)", "ALT", "U/L", 7, 41, 0),
            ("AST (SGOT)", "AST", "U/L", 10, 40, 0), ("Alkaline Phosphatase", "ALP", "U/L", 40, 129, 0),
            ("GGT", "GGT", "U/L", 8, 61, 0), ("Albumin", "ALB", "g/L", 35, 52, 0), ("Total Protein", "TP", "g/L", 64, 83, 0)],
    "CRP": [("C-Reactive Protein", "CRP", "mg/L", 0.0, 5.0, 1)],
    "HBA1C": [("HbA1c", "HBA1C", "%", 4.0, 5.6, 1), ("Fasting Blood Glucose", "FBS", "mmol/L", 3.9, 5.6, 1)],
    "LIPID": [("Total Cholesterol", "CHOL", "mmol/L", 0.0, 5.2, 2), ("Triglycerides", "TRIG", "mmol/L", 0.0, 1.7, 2),
              ("HDL Cholesterol", "HDL", "mmol/L", 1.0, 2.2, 2), ("LDL Cholesterol (calc)", "LDL", "mmol/L", 0.0, 3.4, 2)],
    "TFT": [("TSH", "TSH", "mIU/L", 0.27, 4.2, 2), ("Free T4", "FT4", "pmol/L", 12.0, 22.0, 1)],
    "TROP": [("Troponin I (high sensitive)", "HSTNI", "ng/L", 0.0, 34.0, 1), ("CK-MB", "CKMB", "U/L", 0, 24, 0)],
    "COAG": [("Prothrombin Time", "PT", "sec", 11.0, 13.5, 1), ("INR", "INR", "", 0.8, 1.2, 2),
             ("APTT", "APTT", "sec", 25.0, 36.0, 1)],
    "IRON": [("Serum Iron", "FE", "umol/L", 10.7, 32.2, 1), ("Ferritin", "FERR", "ng/mL", 15, 150, 0),
             ("TIBC", "TIBC", "umol/L", 45, 72, 0)],
    "VITD": [("25-OH Vitamin D", "VITD", "ng/mL", 30, 100, 1)],
    "DENGUE": [("Dengue NS1 Antigen", "NS1", "", None, None, 0), ("Dengue IgM", "DENM", "", None, None, 0)],
    "URINE": [("Colour", "COL", "", None, None, 0), ("pH", "PH", "", 5.0, 8.0, 1), ("Protein", "PRO", "", None, None, 0),
              ("Glucose", "GLU", "", None, None, 0), ("Pus cells", "WBCU", "/HPF", 0, 5, 0), ("RBCs", "RBCU", "/HPF", 0, 3, 0),
              ("Nitrite", "NIT", "", None, None, 0)],
    "AMYL": [("Lipase", "LIPA", "U/L", 13, 60, 0)],
    "BHCG": [("Beta hCG (quantitative)", "BHCG", "mIU/mL", 0, 5, 0)],
}
PANEL_NAMES = {"CBC": ["COMPLETE BLOOD COUNT", "CBC WITH DIFFERENTIAL", "Haematology - Full Blood Count"],
               "RFT": ["RENAL FUNCTION TEST", "KIDNEY FUNCTION TEST (KFT)", "Urea & Electrolytes"],
               "LFT": ["LIVER FUNCTION TEST", "Hepatic Panel", "LFT"], "CRP": ["C-REACTIVE PROTEIN", "Inflammatory markers"],
               "HBA1C": ["DIABETIC PROFILE", "HbA1c / FBS", "Glycated haemoglobin"],
               "LIPID": ["LIPID PROFILE", "Lipid Panel (fasting)"], "TFT": ["THYROID FUNCTION TEST", "TFT"],
               "TROP": ["CARDIAC MARKERS", "Cardiac enzymes"], "COAG": ["COAGULATION PROFILE", "PT / INR / APTT"],
               "IRON": ["IRON STUDIES", "Iron profile"], "VITD": ["VITAMIN D", "25-Hydroxy Vitamin D Total"],
               "DENGUE": ["DENGUE SEROLOGY", "Dengue NS1 / IgM"], "URINE": ["URINE ROUTINE & MICROSCOPY", "Urinalysis"],
               "AMYL": ["PANCREATIC ENZYMES", "Serum Lipase"], "BHCG": ["BETA HCG", "Pregnancy test (serum)"]}
QUAL = {"NS1": ["Positive", "Negative"], "DENM": ["Negative", "Equivocal", "Positive"], "COL": ["Pale yellow", "Yellow", "Dark yellow"],
        "PRO": ["Nil", "Trace", "1+"], "GLU": ["Nil", "Nil", "2+", "3+"], "NIT": ["Negative", "Positive"]}


def lab_values(panel, abn):
    out = []
    for (nm, ab, unit, lo, hi, nd) in LABS[panel]:
        if lo is None:
            v = abn.get(ab, QUAL[ab][0])
            if isinstance(v, tuple):
                v = ch(v)
            out.append((nm, ab, unit, str(v), "", "", "*" if v in ("Positive", "2+", "3+", "1+") else ""))
            continue
        if ab in abn:
            a, b = abn[ab]
            v = R.uniform(a, b)
        else:
            span = hi - lo
            v = R.uniform(hi * 0.45, hi * 0.85) if lo == 0 else R.uniform(lo + span * 0.12, hi - span * 0.12)
        v = round(v, nd) if nd else int(round(v))
        flag = "H" if v > hi else ("L" if v < lo else "")
        if ab in ("CHOL", "TRIG", "LDL", "CRP", "HSTNI") or lo == 0:
            ref = "< %s" % hi
        else:
            ref = "%s - %s" % (lo, hi)
        out.append((nm, ab, unit, str(v), ref, flag, ""))
    return out


# ----------------------------------------------------------------------------- OCR & page furniture
OCR_SUB = {"l": "1", "1": "l", "O": "0", "0": "O", "I": "l", "e": "c", "S": "5", "B": "8", ",": ".", ".": ",",
           "m": "rn", "u": "v", "a": "o", "t": "f", "h": "b", "i": "l", "g": "q", "n": "ri", "-": "~", ":": ";"}


def ocr_noise(text, level):
    if level <= 0:
        return text
    rate = [0, 0.002, 0.006, 0.014][level]
    out_lines = []
    for ln in text.split("\n"):
        if ln.strip() and pr(0.01 * level):
            out_lines.append(ch(["|", ".", "'", "_", ":", "~", "' .", "l"]))
        buf = []
        for c in ln:
            x = R.random()
            if x < rate:
                buf.append(OCR_SUB.get(c, c))
            elif x < rate * 1.3:
                continue
            elif x < rate * 1.5 and c == " ":
                buf.append("  ")
            else:
                buf.append(c)
        ln = "".join(buf)
        if len(ln) > 60 and pr(0.015 * level):
            k = ln.find(" ", 30)
            if k > 0:
                out_lines.append(ln[:k])
                ln = ln[k + 1:]
        out_lines.append(ln)
    return "\n".join(out_lines)


def letterhead(c, style=None):
    f = c.fac
    style = ri(0, 7) if style is None else style
    ar = ch(["مستشفى", "المركز الطبي", "مستشفى التخصصي"])
    if style == 0:
        return [f["name"].upper(), "P.O. Box %s, %s, %s" % (f["pobox"], f["city"], f["country"]),
                "Tel: %s  Fax: %s" % (f["tel"], f["fax"]), ""]
    if style == 1:
        return ["%s   %s" % (f["name"], ar), f["branch"] or f["city"], "-" * ri(40, 70), ""]
    if style == 2:
        return ["%s | %s | %s" % (f["name"], f["area"], f["city"]), f["web"], ""]
    if style == 3:
        return [f["name"], "(A unit of %s Healthcare Group)" % ch(["Rayhan", "Crescent", "Waha", "Bayan", "Sidr"]),
                "%s, %s - %s" % (f["area"], f["city"], f["country"]), "Tel %s | %s" % (f["tel"], f["email"]), ""]
    if style == 4:
        return ["=" * 60, f["name"].upper(), "=" * 60, ""]
    if style == 5:
        return [f["short"] + "  " + f["name"], ""]
    if style == 6:
        return []
    return ["%s %s" % (f["name"], "- " + f["branch"] if f["branch"] else ""),
            "Licensed by %s  Lic. %s" % (f["reg"], f["lic"]), ""]


def pt_band(c, style=None):
    p = c.pt
    style = ri(0, 6) if style is None else style
    if style == 0:
        return ["Patient Name: %s" % p["name"], "MRN: %s        Age/Sex: %s/%s" % (p["mrn"], p["age"], p["sex"]),
                "DOB: %s   Nationality: %s" % (c.fd(p["dob"]), p["nat"])]
    if style == 1:
        return ["Name : %-34s File No : %s" % (p["name"].upper(), p["mrn"]),
                "Age  : %-34s Sex     : %s" % ("%s Yrs" % p["age"], p["sexw"])]
    if style == 2:
        return ["%s  |  %s  |  %s %s  |  %s" % (p["name"], p["mrn"], p["age"], "y" if pr(0.5) else "Y", p["sex"])]
    if style == 3:
        return ["PATIENT: %s" % p["name"].upper(), "MR#: %s  DOB: %s  %s: %s" % (p["mrn"], c.fd(p["dob"]), p["idname"], p["idno"])]
    if style == 4:
        return ["Pt: %s, %sY %s" % (p["name"], p["age"], p["sex"]), "UHID %s" % p["mrn"]]
    if style == 5:
        return ["Patient name  %s" % p["name"], "Medical Record No.  %s", "Date of Birth  %s" % c.fd(p["dob"])] if False else \
            ["Patient name  %s" % p["name"], "Medical Record No.  %s" % p["mrn"], "Date of Birth  %s" % c.fd(p["dob"])]
    return ["[ %s ]  [ %s ]  [ %s ]  [ %s ]" % (p["mrn"], p["name"], p["sex"], c.fd(p["dob"]))]


def footer_lines(c):
    f = c.fac
    opts = [
        "Printed on %s %s by %s" % (c.fd(c.date), tm(), ch(["HIS", "medrec01", "user " + ul(1) + dg(4), "cerner", "system"])),
        "This is a computer generated document.",
        "%s | %s | %s" % (f["name"], f["tel"], f["web"]),
        "Form No. %s-%s Rev.%02d" % (ch(["HIM", "MR", "QP", "FRM", "CL"]), dg(3), ri(0, 9)),
        "CONFIDENTIAL - contains patient health information",
        "JCI Accredited Facility",
        "P.O. Box %s %s" % (f["pobox"], f["city"]),
    ]
    return samp(opts, ri(1, 3))


def paginate(c, lines):
    """Split long documents into pages with running header/footers."""
    per = ri(45, 70)
    if len(lines) <= per or pr(0.25):
        return lines
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    out = []
    run = ch(["%s  MRN %s" % (c.pt["name"], c.pt["mrn"]), "%s / %s" % (c.pt["mrn"], c.pt["name"].upper()),
              "Patient: %s (cont.)" % c.pt["name"], c.fac["name"]])
    pgfmt = ch(["Page %d of %d", "Page %d / %d", "- %d -", "%d/%d", "Pg %d of %d"])
    for i, pg in enumerate(pages):
        if i > 0:
            out.append("")
            out.append(run)
            out.append("")
        out.extend(pg)
        out.append("")
        out.append(pgfmt % ((i + 1, n) if pgfmt.count("%d") == 2 else (i + 1,)))
    return out


def finish(c, lines):
    lines = [l for l in lines if l is not None]
    if pr(0.6):
        lines = lines + [""] + footer_lines(c)
    lines = paginate(c, lines)
    if not any(x.strip().lower().startswith(("page", "pg", "- 1")) for x in lines[-3:]) and pr(0.35):
        lines.append(ch(["Page 1 of 1", "Page 1", "1/1"]))
    text = "\n".join(lines)
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return ocr_noise(text.strip("\n"), c.ocr)


# ----------------------------------------------------------------------------- clinical scenarios
# med tuple: (drug, dose, route, freq, duration)
CASES = [
    dict(k="cap", dx="Community acquired pneumonia (right lower lobe)", icd="J18.1", spec="Internal Medicine", ip=True,
         cc="fever and productive cough", dur="4 days", age=(24, 70),
         hpi=["high grade fever with chills", "cough with yellowish sputum", "right sided pleuritic chest pain",
              "breathlessness on exertion"],
         neg=["no haemoptysis", "no recent travel", "no contact with TB"],
         exam=["Crepitations over right lower zone", "Bronchial breathing right infrascapular area", "No pedal oedema"],
         vit=dict(t=(38.2, 39.4), hr=(98, 118), sbp=(104, 128), rr=(20, 26), spo2=(90, 95)),
         labs=["CBC", "CRP", "RFT", "LFT"], abn={"WBC": (13.5, 19.8), "NEUT%": (80, 90), "CRP": (80, 220)},
         img=("XR", "Chest X-ray PA view", ["Homogeneous opacity in the right lower zone with air bronchogram.",
                                             "Right costophrenic angle is blunted minimally.", "Heart size is within normal limits.",
                                             "Left lung is clear."], "Right lower lobe consolidation, likely infective."),
         ipm=[("Ceftriaxone", "2 g", "IV", "OD", "5 days"), ("Azithromycin", "500 mg", "PO", "OD", "3 days"),
              ("Paracetamol", "1 g", "IV", "Q6H PRN", ""), ("Enoxaparin", "40 mg", "SC", "OD", "")],
         dcm=[("Amoxicillin-Clavulanate", "1 g", "PO", "BD", "5 days"), ("Paracetamol", "500 mg", "PO", "TDS PRN", "5 days"),
              ("Ambroxol syrup", "10 ml", "PO", "TDS", "5 days")],
         course="treated with IV antibiotics and supportive care. Fever settled by day 3 and oxygen was weaned off",
         consult="Pulmonology", sick=(5, 10), ecg="sinus_tach"),
    dict(k="dm", dx="Type 2 diabetes mellitus, uncontrolled", icd="E11.65", spec="Endocrinology", ip=False,
         cc="follow up of diabetes, increased thirst", dur="2 months", age=(35, 68),
         hpi=["polyuria and polydipsia", "tingling of both feet at night", "irregular with medications during travel",
              "diet not controlled"],
         neg=["no hypoglycaemic episodes", "no chest pain", "no visual blurring"],
         exam=["Feet: monofilament sensation reduced over both soles", "Peripheral pulses palpable", "BMI %s kg/m2"],
         vit=dict(t=(36.5, 37.1), hr=(72, 90), sbp=(128, 150), rr=(14, 18), spo2=(96, 99)),
         labs=["HBA1C", "LIPID", "RFT"], abn={"HBA1C": (8.6, 11.8), "FBS": (9.2, 14.5), "TRIG": (2.1, 3.6), "LDL": (3.5, 4.6)},
         img=None,
         ipm=[],
         dcm=[("Metformin", "1000 mg", "PO", "BD", "3 months"), ("Sitagliptin", "100 mg", "PO", "OD", "3 months"),
              ("Gliclazide MR", "60 mg", "PO", "OD before breakfast", "3 months"), ("Atorvastatin", "20 mg", "PO", "HS", "3 months")],
         course="", consult="Endocrinology", sick=(0, 1), ecg="normal"),
    dict(k="htn", dx="Essential hypertension, poorly controlled", icd="I10", spec="Internal Medicine", ip=False,
         cc="headache and high BP readings at home", dur="3 weeks", age=(38, 72),
         hpi=["occipital headache mostly in mornings", "home BP readings 160-170/95-100", "stopped amlodipine on his own"],
         neg=["no chest pain", "no weakness of limbs", "no blurring of vision"],
         exam=["Heart sounds S1 S2 normal, no murmur", "Fundoscopy: grade I hypertensive changes", "No carotid bruit"],
         vit=dict(t=(36.4, 37.0), hr=(70, 92), sbp=(154, 176), rr=(14, 18), spo2=(96, 99)),
         labs=["RFT", "LIPID"], abn={"CHOL": (5.4, 6.6)}, img=None, ipm=[],
         dcm=[("Amlodipine", "10 mg", "PO", "OD", "1 month"), ("Telmisartan", "40 mg", "PO", "OD", "1 month")],
         course="", consult="Cardiology", sick=(0, 1), ecg="lvh"),
    dict(k="appy", dx="Acute appendicitis", icd="K35.80", spec="General Surgery", ip=True,
         cc="pain in the right lower abdomen", dur="1 day", age=(16, 45),
         hpi=["periumbilical pain shifting to right iliac fossa", "nausea with two episodes of vomiting", "low grade fever",
              "anorexia"],
         neg=["no urinary symptoms", "no diarrhoea"],
         exam=["Tenderness and guarding in right iliac fossa", "Rebound tenderness positive", "McBurney's point tender"],
         vit=dict(t=(37.6, 38.4), hr=(92, 110), sbp=(110, 130), rr=(16, 20), spo2=(97, 99)),
         labs=["CBC", "CRP", "RFT", "URINE"], abn={"WBC": (12.5, 17.5), "NEUT%": (78, 88), "CRP": (30, 120)},
         img=("US", "Ultrasound abdomen (RIF)", ["Non-compressible blind ending tubular structure in the right iliac fossa measuring 9 mm in diameter.",
                                                  "Periappendiceal fat stranding and minimal free fluid.", "No abscess collection."],
              "Sonographic features of acute appendicitis."),
         ipm=[("Ceftriaxone", "1 g", "IV", "BD", ""), ("Metronidazole", "500 mg", "IV", "TDS", ""),
              ("Paracetamol", "1 g", "IV", "Q6H", ""), ("Pantoprazole", "40 mg", "IV", "OD", "")],
         dcm=[("Cefuroxime", "500 mg", "PO", "BD", "5 days"), ("Paracetamol", "1 g", "PO", "TDS PRN", "5 days")],
         course="underwent laparoscopic appendicectomy on the day of admission. Post-operative period was uneventful; tolerated orally on POD 1",
         op=dict(name="Laparoscopic appendicectomy", anes="General anaesthesia with ETT", dur=(45, 80),
                 find=["Inflamed, oedematous appendix, retrocaecal in position", "No perforation", "Minimal turbid fluid in pelvis"],
                 steps=["Open (Hasson) technique for 10 mm umbilical port; pneumoperitoneum created",
                        "Two 5 mm working ports placed in suprapubic and left iliac fossa",
                        "Mesoappendix divided with bipolar diathermy", "Base of appendix secured with two endoloops",
                        "Appendix delivered in endobag through umbilical port", "Pelvis irrigated and sucked dry",
                        "Ports closed: sheath with Vicryl 1, skin with subcuticular Monocryl 3-0"],
                 ebl="minimal (<20 ml)", spec="Appendix sent for histopathology", drain="None"),
         path=("Appendix", "Acute suppurative appendicitis. No evidence of malignancy."),
         consult="General Surgery", sick=(7, 14), ecg="sinus_tach"),
    dict(k="chole", dx="Symptomatic cholelithiasis with acute calculous cholecystitis", icd="K80.00", spec="General Surgery", ip=True,
         cc="right upper abdominal pain after meals", dur="3 days", age=(28, 62),
         hpi=["colicky right upper quadrant pain radiating to right shoulder", "worse after fatty food", "nausea", "similar milder episodes in the past"],
         neg=["no jaundice", "no clay coloured stools"],
         exam=["Tenderness in right hypochondrium", "Murphy's sign positive", "No palpable mass"],
         vit=dict(t=(37.2, 38.3), hr=(84, 104), sbp=(118, 138), rr=(16, 20), spo2=(96, 99)),
         labs=["CBC", "LFT", "AMYL", "CRP"], abn={"WBC": (11.5, 15.5), "ALP": (130, 190), "GGT": (70, 140), "CRP": (20, 90)},
         img=("US", "Ultrasound abdomen", ["Gallbladder distended with multiple calculi, largest 14 mm, wall thickened to 5 mm.",
                                            "Positive sonographic Murphy sign. Pericholecystic fluid noted.",
                                            "CBD measures 4 mm, not dilated.", "Liver shows mildly increased echogenicity."],
              "Acute calculous cholecystitis. Grade I fatty liver."),
         ipm=[("Ceftriaxone", "2 g", "IV", "OD", ""), ("Metronidazole", "500 mg", "IV", "TDS", ""),
              ("Hyoscine butylbromide", "20 mg", "IV", "TDS PRN", ""), ("Esomeprazole", "40 mg", "IV", "OD", "")],
         dcm=[("Paracetamol", "1 g", "PO", "QID PRN", "5 days"), ("Esomeprazole", "20 mg", "PO", "OD", "2 weeks")],
         course="was managed conservatively initially and underwent laparoscopic cholecystectomy on day 2. Recovery was smooth",
         op=dict(name="Laparoscopic cholecystectomy", anes="General anaesthesia", dur=(60, 110),
                 find=["Distended, inflamed gallbladder with omental adhesions", "Multiple mixed stones", "Normal-calibre CBD"],
                 steps=["Standard four port technique", "Adhesions released with blunt dissection",
                        "Calot's triangle dissected; critical view of safety achieved",
                        "Cystic duct and artery clipped (Hem-o-lok/titanium clips) and divided",
                        "Gallbladder dissected off liver bed with hook diathermy", "Haemostasis secured; gallbladder retrieved in endobag",
                        "Ports closed in layers"],
                 ebl="30 ml", spec="Gallbladder sent for HPE", drain="14 Fr drain in Morison's pouch"),
         path=("Gallbladder", "Acute on chronic calculous cholecystitis. No dysplasia or malignancy."),
         consult="General Surgery", sick=(10, 14), ecg="normal"),
    dict(k="nstemi", dx="Non-ST elevation myocardial infarction", icd="I21.4", spec="Cardiology", ip=True,
         cc="central chest pain", dur="6 hours", age=(42, 72),
         hpi=["retrosternal chest tightness radiating to left arm", "associated sweating", "pain at rest lasting 30 minutes",
              "known smoker 20 pack-years"],
         neg=["no syncope", "no palpitations"],
         exam=["S1 S2 heard, no murmur", "Chest clear", "No raised JVP"],
         vit=dict(t=(36.5, 37.1), hr=(78, 100), sbp=(132, 162), rr=(16, 22), spo2=(95, 98)),
         labs=["TROP", "CBC", "RFT", "LIPID", "COAG"], abn={"HSTNI": (180, 2400), "CKMB": (30, 70), "LDL": (3.6, 4.9)},
         img=("ECHO", "Transthoracic echocardiogram", ["Normal LV size with regional wall motion abnormality: hypokinesia of mid and apical anterior segments.",
                                                        "LVEF estimated 45-50% (Simpson's).", "Grade I diastolic dysfunction.",
                                                        "No significant valvular lesion. No pericardial effusion."],
              "Anterior wall hypokinesia, mildly reduced LV systolic function."),
         ipm=[("Aspirin", "300 mg loading then 100 mg", "PO", "OD", ""), ("Ticagrelor", "180 mg loading then 90 mg", "PO", "BD", ""),
              ("Enoxaparin", "1 mg/kg", "SC", "BD", ""), ("Atorvastatin", "80 mg", "PO", "HS", ""), ("Bisoprolol", "2.5 mg", "PO", "OD", "")],
         dcm=[("Aspirin", "100 mg", "PO", "OD", "lifelong"), ("Ticagrelor", "90 mg", "PO", "BD", "12 months"),
              ("Atorvastatin", "80 mg", "PO", "HS", "continue"), ("Bisoprolol", "2.5 mg", "PO", "OD", "continue"),
              ("Ramipril", "2.5 mg", "PO", "OD", "continue"), ("Pantoprazole", "40 mg", "PO", "OD", "1 month")],
         course="underwent coronary angiography which showed significant LAD disease; PCI with one drug eluting stent to proximal LAD done. Post procedure stable",
         proc="cath", consult="Cardiology", sick=(14, 21), ecg="stdep"),
    dict(k="stone", dx="Right ureteric calculus with hydronephrosis", icd="N20.1", spec="Urology", ip=True,
         cc="severe right loin pain", dur="1 day", age=(22, 55),
         hpi=["colicky right loin pain radiating to groin", "vomiting", "burning micturition", "works outdoors, low fluid intake"],
         neg=["no fever", "no gross haematuria"],
         exam=["Right renal angle tenderness", "Abdomen soft", "No guarding"],
         vit=dict(t=(36.6, 37.4), hr=(88, 108), sbp=(128, 150), rr=(16, 20), spo2=(97, 99)),
         labs=["CBC", "RFT", "URINE"], abn={"RBCU": (15, 40), "CREA": (100, 128)},
         img=("CT", "CT KUB (non-contrast)", ["7 x 5 mm calculus in the right distal ureter approximately 2 cm above the VUJ.",
                                               "Moderate right hydroureteronephrosis with perinephric fat stranding.",
                                               "Left kidney normal. Bladder unremarkable."],
              "Right distal ureteric calculus (7 mm) causing moderate hydroureteronephrosis."),
         ipm=[("Diclofenac", "75 mg", "IM", "stat", ""), ("Tamsulosin", "0.4 mg", "PO", "HS", ""), ("IV Normal saline", "1 L", "IV", "Q8H", "")],
         dcm=[("Tamsulosin", "0.4 mg", "PO", "HS", "2 weeks"), ("Diclofenac", "50 mg", "PO", "BD PRN", "5 days"),
              ("Potassium citrate", "10 ml", "PO", "TDS", "1 month")],
         course="underwent right ureteroscopy with laser lithotripsy and DJ stent insertion. Stent removal planned in 3 weeks",
         op=dict(name="Right ureteroscopy, holmium laser lithotripsy and DJ stenting", anes="Spinal anaesthesia", dur=(40, 70),
                 find=["7 mm yellowish stone in right distal ureter", "Mild oedema of ureteric mucosa", "Bladder normal"],
                 steps=["Lithotomy position, cystoscopy done", "Guide wire passed into right ureter under fluoroscopy",
                        "Semi-rigid ureteroscope 8/9.8 Fr introduced", "Stone fragmented with holmium laser (0.8 J, 10 Hz)",
                        "Fragments retrieved with basket", "6 Fr x 26 cm DJ stent placed, position confirmed on C-arm",
                        "Foley catheter inserted"],
                 ebl="nil", spec="Stone fragments sent for analysis", drain="Foley catheter 16 Fr"),
         consult="Urology", sick=(5, 7), ecg="normal"),
    dict(k="back", dx="Lumbar disc prolapse L4-L5 with right L5 radiculopathy", icd="M51.16", spec="Orthopaedics", ip=False,
         cc="low back pain radiating to right leg", dur="3 weeks", age=(28, 58),
         hpi=["low back pain after lifting heavy box at work", "pain radiating to right leg up to the foot", "numbness over dorsum of right foot",
              "pain worse on sitting and bending"],
         neg=["no bladder or bowel disturbance", "no saddle anaesthesia", "no fever or weight loss"],
         exam=["Paraspinal spasm at lumbar region", "SLR positive on right at 40 degrees", "EHL power 4/5 on right",
               "Reduced sensation over L5 dermatome"],
         vit=dict(t=(36.5, 37.0), hr=(70, 88), sbp=(118, 136), rr=(14, 18), spo2=(97, 99)),
         labs=["CBC", "CRP"], abn={},
         img=("MRI", "MRI lumbosacral spine", ["Loss of normal lumbar lordosis.", "L4-L5: right paracentral disc extrusion compressing the traversing right L5 nerve root with moderate canal narrowing.",
                                                 "L5-S1: diffuse disc bulge without significant neural compromise.", "Conus ends at L1 level, normal in signal."],
              "L4-L5 right paracentral disc extrusion with right L5 nerve root compression."),
         ipm=[],
         dcm=[("Etoricoxib", "90 mg", "PO", "OD", "10 days"), ("Pregabalin", "75 mg", "PO", "BD", "1 month"),
              ("Thiocolchicoside", "4 mg", "PO", "BD", "7 days"), ("Esomeprazole", "20 mg", "PO", "OD", "10 days")],
         course="", consult="Neurosurgery", sick=(5, 14), ecg="normal"),
    dict(k="dengue", dx="Dengue fever with warning signs", icd="A97.1", spec="Internal Medicine", ip=True,
         cc="fever with body aches", dur="5 days", age=(18, 55),
         hpi=["high grade fever with severe myalgia", "retro-orbital headache", "abdominal pain and vomiting since yesterday", "gum bleeding once"],
         neg=["no black stools", "no breathlessness"],
         exam=["Mild hepatomegaly, tender", "Petechial rash over forearms", "Tourniquet test positive"],
         vit=dict(t=(37.8, 39.0), hr=(90, 112), sbp=(98, 118), rr=(18, 22), spo2=(96, 99)),
         labs=["CBC", "DENGUE", "LFT"], abn={"PLT": (22, 68), "WBC": (2.1, 3.6), "HCT": (46, 52), "NS1": "Positive",
                                             "ALT": (90, 240), "AST": (120, 320)},
         img=("US", "Ultrasound abdomen", ["Gallbladder wall oedema (6 mm).", "Mild free fluid in pelvis and hepatorenal pouch.",
                                            "Mild hepatomegaly 16.5 cm with normal echotexture."], "Findings consistent with capillary leak in known dengue."),
         ipm=[("IV Ringer's lactate", "100 ml/hr", "IV", "continuous", ""), ("Paracetamol", "1 g", "IV", "Q8H PRN", ""),
              ("Ondansetron", "4 mg", "IV", "Q8H PRN", "")],
         dcm=[("Paracetamol", "500 mg", "PO", "TDS PRN", "5 days"), ("ORS sachets", "1 sachet", "PO", "in 1 L water, sip frequently", "5 days")],
         course="managed with IV fluids and close haematocrit/platelet monitoring. No transfusion needed. Platelets recovered to above 100 on discharge",
         consult="Internal Medicine", sick=(7, 10), ecg="normal"),
    dict(k="ida", dx="Iron deficiency anaemia; erosive gastritis (H. pylori positive)", icd="D50.0", spec="Gastroenterology", ip=False,
         cc="easy fatigability and epigastric discomfort", dur="2 months", age=(25, 60),
         hpi=["generalised weakness", "exertional breathlessness", "epigastric burning, on and off NSAID use for knee pain", "dark stools once"],
         neg=["no weight loss", "no haematemesis"],
         exam=["Pallor ++", "Epigastric tenderness mild", "No organomegaly"],
         vit=dict(t=(36.5, 37.0), hr=(88, 104), sbp=(104, 122), rr=(16, 20), spo2=(97, 99)),
         labs=["CBC", "IRON"], abn={"HGB": (7.4, 9.6), "MCV": (62, 74), "MCH": (19, 24), "FERR": (3, 11), "FE": (3, 7)},
         img=None, ipm=[],
         dcm=[("Ferrous sulphate (Ferrograd)", "325 mg", "PO", "OD", "3 months"), ("Esomeprazole", "40 mg", "PO", "BD", "14 days"),
              ("Amoxicillin", "1 g", "PO", "BD", "14 days"), ("Clarithromycin", "500 mg", "PO", "BD", "14 days")],
         course="", proc="ogd", consult="Gastroenterology", sick=(1, 3), ecg="sinus_tach"),
    dict(k="asthma", dx="Acute exacerbation of bronchial asthma (moderate)", icd="J45.901", spec="Pulmonology", ip=False,
         cc="wheezing and shortness of breath", dur="2 days", age=(16, 55),
         hpi=["wheeze and chest tightness after dust storm", "night cough", "using salbutamol inhaler 6-8 times a day", "known asthmatic since childhood"],
         neg=["no fever", "no sputum"],
         exam=["Bilateral polyphonic wheeze", "Prolonged expiration", "Able to speak in sentences"],
         vit=dict(t=(36.6, 37.2), hr=(98, 116), sbp=(118, 134), rr=(22, 28), spo2=(92, 95)),
         labs=["CBC"], abn={"EOS%": (7, 12)},
         img=("XR", "Chest X-ray PA view", ["Both lungs are hyperinflated.", "No focal consolidation or pneumothorax.",
                                             "Cardiac silhouette normal."], "Hyperinflated lungs. No pneumothorax."),
         ipm=[("Salbutamol + Ipratropium nebulisation", "2.5 mg/500 mcg", "NEB", "Q20min x3", ""), ("Hydrocortisone", "200 mg", "IV", "stat", "")],
         dcm=[("Prednisolone", "40 mg", "PO", "OD", "5 days"), ("Budesonide/Formoterol 160/4.5", "2 puffs", "INH", "BD", "continue"),
              ("Salbutamol MDI", "2 puffs", "INH", "PRN", "continue"), ("Montelukast", "10 mg", "PO", "HS", "1 month")],
         course="", consult="Pulmonology", sick=(2, 3), ecg="sinus_tach"),
    dict(k="hernia", dx="Right inguinal hernia (indirect), reducible", icd="K40.90", spec="General Surgery", ip=True,
         cc="swelling in the right groin", dur="8 months", age=(25, 65),
         hpi=["groin swelling increasing on standing and straining", "dragging pain after work", "reduces on lying down"],
         neg=["no vomiting", "no irreducibility episodes", "no urinary complaints"],
         exam=["Reducible right inguinal swelling, cough impulse positive", "Deep ring occlusion test: controlled", "Left side normal"],
         vit=dict(t=(36.4, 37.0), hr=(68, 86), sbp=(118, 138), rr=(14, 18), spo2=(97, 99)),
         labs=["CBC", "RFT", "COAG"], abn={}, img=("US", "Ultrasound right inguinal region",
                                                  ["Right inguinal hernia with omentum as content, neck 14 mm, reducible on compression.",
                                                   "Both testes normal."], "Right indirect inguinal hernia containing omentum."),
         ipm=[("Cefazolin", "2 g", "IV", "at induction", ""), ("Paracetamol", "1 g", "IV", "Q6H", "")],
         dcm=[("Paracetamol", "1 g", "PO", "TDS PRN", "5 days"), ("Ibuprofen", "400 mg", "PO", "TDS after food", "3 days")],
         course="underwent laparoscopic TEP repair of right inguinal hernia with mesh as a day case; discharged the next morning",
         op=dict(name="Laparoscopic totally extraperitoneal (TEP) right inguinal hernia repair with mesh", anes="General anaesthesia",
                 dur=(60, 95), find=["Indirect sac with omentum", "Myopectineal orifice otherwise intact"],
                 steps=["Infraumbilical incision; anterior rectus sheath opened", "Preperitoneal space created with balloon/blunt dissection",
                        "Two 5 mm midline ports", "Indirect sac reduced and cord structures parietalised",
                        "15 x 12 cm polypropylene mesh placed covering myopectineal orifice, fixed with tacks",
                        "Desufflation under vision; sheath closed"],
                 ebl="minimal", spec="None", drain="None"),
         consult="General Surgery", sick=(7, 14), ecg="normal"),
    dict(k="knee", dx="Primary osteoarthritis, left knee (Kellgren-Lawrence grade III)", icd="M17.12", spec="Orthopaedics", ip=False,
         cc="left knee pain", dur="1 year", age=(48, 75),
         hpi=["pain worse on climbing stairs and praying (kneeling)", "morning stiffness less than 30 minutes", "intermittent swelling",
              "partial relief with analgesics"],
         neg=["no locking", "no trauma", "no fever"],
         exam=["Crepitus on movement", "Medial joint line tenderness", "ROM 5-110 degrees", "Mild effusion"],
         vit=dict(t=(36.4, 37.0), hr=(70, 86), sbp=(124, 146), rr=(14, 18), spo2=(96, 99)),
         labs=["CBC", "CRP", "VITD"], abn={"VITD": (8, 18)},
         img=("XR", "X-ray left knee AP and lateral (standing)", ["Reduced medial tibiofemoral joint space.",
                                                                   "Marginal osteophytes and subchondral sclerosis.", "No fracture."],
              "Moderate osteoarthritis of the left knee, medial compartment predominant."),
         ipm=[],
         dcm=[("Paracetamol", "1 g", "PO", "TDS", "1 month"), ("Diclofenac gel 1%", "apply", "TOP", "TDS", "1 month"),
              ("Cholecalciferol", "50,000 IU", "PO", "once weekly", "8 weeks"), ("Glucosamine sulphate", "1500 mg", "PO", "OD", "3 months")],
         course="", proc="knee_inj", consult="Orthopaedics", sick=(0, 2), ecg="normal"),
    dict(k="lscs", dx="Term pregnancy (39 weeks) with previous caesarean section x2, in early labour", icd="O34.21", spec="Obstetrics & Gynaecology",
         ip=True, sexf=True, cc="labour pains", dur="4 hours", age=(24, 38),
         hpi=["G3P2L2, two previous LSCS", "regular uterine contractions", "good fetal movements", "booked case with regular antenatal visits"],
         neg=["no leaking per vaginum", "no bleeding per vaginum"],
         exam=["Uterus term size, cephalic presentation", "FHR 140 bpm regular", "Scar tenderness absent", "P/V: os 2 cm dilated"],
         vit=dict(t=(36.6, 37.2), hr=(82, 98), sbp=(108, 128), rr=(16, 20), spo2=(97, 99)),
         labs=["CBC", "COAG"], abn={"HGB": (10.2, 11.4)},
         img=("US", "Obstetric ultrasound", ["Single live intrauterine fetus, cephalic presentation.", "BPD and FL corresponding to 38+5 weeks.",
                                              "Placenta posterior upper segment, grade II. AFI 11 cm.", "Estimated fetal weight 3150 g."],
              "Single live term fetus, cephalic. Normal liquor."),
         ipm=[("Cefazolin", "2 g", "IV", "at induction", ""), ("Oxytocin", "10 IU", "IV", "after delivery", ""),
              ("Paracetamol", "1 g", "IV", "Q6H", ""), ("Enoxaparin", "40 mg", "SC", "OD", "")],
         dcm=[("Paracetamol", "1 g", "PO", "QID PRN", "1 week"), ("Ferrous fumarate + folic acid", "1 tab", "PO", "OD", "6 weeks"),
              ("Enoxaparin", "40 mg", "SC", "OD", "10 days")],
         course="underwent elective repeat (third) LSCS; delivered a healthy baby. Post-operative recovery uneventful, breastfeeding established",
         op=dict(name="Repeat lower segment caesarean section (third)", anes="Spinal anaesthesia", dur=(45, 70),
                 find=["Live baby, Apgar 8 and 9 at 1 and 5 min", "Thinned lower segment, no scar dehiscence",
                       "Mild adhesions between uterus and anterior abdominal wall", "Normal tubes and ovaries"],
                 steps=["Pfannenstiel incision through previous scar", "Adhesions released", "Lower segment transverse uterine incision",
                        "Baby delivered by cephalic extraction and handed to paediatrician", "Placenta and membranes delivered complete",
                        "Uterus closed in two layers with Vicryl 1", "Haemostasis ensured; sheath closed with PDS, skin with staples"],
                 ebl="500 ml", spec="Placenta not sent", drain="None"),
         consult="Obstetrics & Gynaecology", sick=(45, 60), ecg="normal"),
    dict(k="radius", dx="Closed fracture distal radius, right (dorsally displaced, intra-articular)", icd="S52.501A", spec="Orthopaedics",
         ip=True, cc="pain and deformity of right wrist after fall", dur="5 hours", age=(20, 60),
         hpi=["fell from a ladder at the work site about 1.5 m", "landed on outstretched right hand", "unable to move the wrist",
              "right hand dominant"],
         neg=["no head injury", "no loss of consciousness", "no other injuries"],
         exam=["Dinner-fork deformity right wrist", "Swelling and tenderness over distal radius", "Distal pulses palpable, capillary refill < 2 s",
               "Median nerve sensation intact"],
         vit=dict(t=(36.5, 37.1), hr=(84, 104), sbp=(124, 146), rr=(16, 20), spo2=(97, 99)),
         labs=["CBC", "RFT", "COAG"], abn={},
         img=("XR", "X-ray right wrist AP and lateral", ["Comminuted intra-articular fracture of the distal radius with dorsal angulation and shortening.",
                                                          "Associated ulnar styloid fracture.", "No dislocation of the carpus."],
              "Intra-articular distal radius fracture with dorsal displacement."),
         ipm=[("Cefazolin", "2 g", "IV", "at induction", ""), ("Tramadol", "50 mg", "IV", "Q8H PRN", ""), ("Paracetamol", "1 g", "IV", "Q6H", "")],
         dcm=[("Paracetamol", "1 g", "PO", "QID", "1 week"), ("Ibuprofen", "400 mg", "PO", "TDS", "5 days"),
              ("Cefuroxime", "500 mg", "PO", "BD", "5 days")],
         course="underwent open reduction and internal fixation with volar locking plate. Neurovascular status intact post-operatively",
         op=dict(name="Open reduction and internal fixation of right distal radius with volar locking plate", anes="General anaesthesia + supraclavicular block",
                 dur=(70, 120), find=["Comminuted intra-articular fracture with dorsal comminution", "Volar cortex reducible"],
                 steps=["Supine, arm table, tourniquet at 250 mmHg", "Modified Henry volar approach; FCR sheath opened",
                        "Pronator quadratus elevated", "Fracture reduced under C-arm guidance",
                        "2.4 mm volar locking plate applied, 3 distal locking and 3 proximal cortical screws",
                        "Reduction and screw lengths confirmed on fluoroscopy", "Wound closed in layers; below-elbow slab applied"],
                 ebl="50 ml", spec="None", drain="None", implant="2.4 mm volar distal radius locking plate (lot %s)"),
         consult="Orthopaedics", sick=(21, 42), ecg="normal"),
    dict(k="uti", dx="Acute pyelonephritis (left)", icd="N10", spec="Internal Medicine", ip=True, sexf=True,
         cc="fever with burning urination", dur="3 days", age=(20, 60),
         hpi=["fever with rigors", "dysuria and frequency", "left flank pain", "vomiting twice today"],
         neg=["no vaginal discharge", "LMP 2 weeks back"],
         exam=["Left renal angle tenderness", "Suprapubic tenderness", "Mild dehydration"],
         vit=dict(t=(38.4, 39.6), hr=(100, 118), sbp=(102, 124), rr=(18, 22), spo2=(96, 99)),
         labs=["CBC", "RFT", "URINE", "CRP"], abn={"WBC": (13, 18), "CRP": (90, 180), "WBCU": (40, 100), "NIT": "Positive", "PRO": "1+"},
         img=("US", "Ultrasound kidneys, ureters and bladder", ["Left kidney mildly bulky (11.8 cm) with preserved corticomedullary differentiation.",
                                                                  "No hydronephrosis or calculus.", "Right kidney normal. Bladder wall normal."],
              "Bulky left kidney, may represent pyelonephritis. No obstruction."),
         ipm=[("Ceftriaxone", "2 g", "IV", "OD", ""), ("Paracetamol", "1 g", "IV", "Q6H PRN", ""), ("IV Normal saline", "1 L", "IV", "Q8H", "")],
         dcm=[("Ciprofloxacin", "500 mg", "PO", "BD", "7 days"), ("Paracetamol", "1 g", "PO", "TDS PRN", "3 days")],
         course="treated with IV ceftriaxone, then switched to oral ciprofloxacin as per urine culture sensitivity (E. coli)",
         consult="Urology", sick=(4, 7), ecg="sinus_tach"),
    dict(k="ctsx", dx="Carpal tunnel syndrome, bilateral (right > left)", icd="G56.03", spec="Neurology", ip=False, sexf=True,
         cc="numbness and tingling of both hands", dur="6 months", age=(32, 60),
         hpi=["tingling of thumb, index and middle fingers", "waking up at night shaking hands", "dropping objects from right hand",
              "works long hours on the computer"],
         neg=["no neck pain", "no weakness of legs"],
         exam=["Tinel's and Phalen's positive bilaterally", "Mild thenar wasting on right", "APB power 4/5 right"],
         vit=dict(t=(36.4, 37.0), hr=(68, 84), sbp=(112, 132), rr=(14, 18), spo2=(97, 99)),
         labs=["TFT", "HBA1C"], abn={}, img=None, ipm=[],
         dcm=[("Pregabalin", "75 mg", "PO", "HS", "1 month"), ("Methylcobalamin", "1500 mcg", "PO", "OD", "2 months")],
         course="", proc="ncs", consult="Neurology", sick=(0, 1), ecg="normal"),
    dict(k="thyroid", dx="Solitary thyroid nodule, right lobe (TI-RADS 4)", icd="E04.1", spec="Endocrinology", ip=False, sexf=True,
         cc="swelling in front of neck", dur="4 months", age=(25, 58),
         hpi=["painless neck swelling noticed by family", "no change in voice", "no dysphagia"],
         neg=["no palpitations", "no weight change", "no family history of thyroid cancer"],
         exam=["2.5 x 2 cm firm nodule right lobe, moves with deglutition", "No cervical lymphadenopathy", "Euthyroid clinically"],
         vit=dict(t=(36.4, 37.0), hr=(70, 86), sbp=(110, 128), rr=(14, 18), spo2=(97, 99)),
         labs=["TFT"], abn={},
         img=("US", "Ultrasound neck (thyroid)", ["Right lobe: solid hypoechoic nodule 22 x 18 x 16 mm, wider than tall, with smooth margins and no calcification.",
                                                   "Left lobe and isthmus normal.", "No suspicious cervical lymph nodes."],
              "Right thyroid nodule, ACR TI-RADS 4. FNA recommended."),
         ipm=[], dcm=[], course="", proc="fna", consult="General Surgery", sick=(0, 1), ecg="normal"),
    dict(k="gastro", dx="Acute gastroenteritis with mild dehydration", icd="A09", spec="Emergency Medicine", ip=False,
         cc="loose motions and vomiting", dur="1 day", age=(18, 50),
         hpi=["watery diarrhoea 8-10 times", "vomiting 4 episodes", "ate outside food (shawarma) yesterday", "crampy abdominal pain"],
         neg=["no blood in stool", "no high fever"],
         exam=["Dry tongue", "Abdomen soft, mildly tender diffusely", "Bowel sounds hyperactive"],
         vit=dict(t=(37.2, 38.0), hr=(96, 112), sbp=(100, 118), rr=(16, 20), spo2=(97, 99)),
         labs=["CBC", "RFT"], abn={"K": (3.0, 3.4), "UREA": (7.9, 9.8)}, img=None,
         ipm=[("IV Normal saline", "1 L", "IV", "stat", ""), ("Ondansetron", "4 mg", "IV", "stat", ""), ("Hyoscine butylbromide", "20 mg", "IV", "stat", "")],
         dcm=[("ORS sachets", "1 sachet", "PO", "after each loose stool", "3 days"), ("Ondansetron", "4 mg", "PO", "TDS PRN", "3 days"),
              ("Racecadotril", "100 mg", "PO", "TDS", "3 days"), ("Probiotic (Saccharomyces boulardii)", "250 mg", "PO", "BD", "5 days")],
         course="", consult="Internal Medicine", sick=(2, 3), ecg="normal"),
    dict(k="migraine", dx="Migraine without aura", icd="G43.009", spec="Neurology", ip=False, sexf=True,
         cc="recurrent headaches", dur="1 year", age=(20, 45),
         hpi=["unilateral throbbing headache lasting 6-12 hours", "nausea, photophobia", "triggered by skipping meals and poor sleep",
              "3-4 attacks per month"],
         neg=["no focal weakness", "no visual aura", "no fever or neck stiffness"],
         exam=["Neurological examination normal", "Fundi: no papilloedema"],
         vit=dict(t=(36.4, 37.0), hr=(68, 84), sbp=(108, 126), rr=(14, 18), spo2=(97, 99)),
         labs=["CBC"], abn={}, img=("MRI", "MRI brain (plain)", ["Brain parenchyma shows normal signal intensity.",
                                                                     "No space occupying lesion. Ventricles normal in size.", "No abnormal restricted diffusion."],
                                       "Normal MRI brain."), ipm=[],
         dcm=[("Propranolol", "40 mg", "PO", "BD", "3 months"), ("Sumatriptan", "50 mg", "PO", "at onset, max 2/day", "PRN"),
              ("Naproxen", "550 mg", "PO", "PRN", "PRN")],
         course="", consult="Neurology", sick=(1, 2), ecg="normal"),
    dict(k="ckd", dx="Chronic kidney disease stage 3b, diabetic nephropathy", icd="N18.32", spec="Nephrology", ip=False,
         cc="leg swelling and follow-up of kidney function", dur="2 months", age=(50, 76),
         hpi=["known diabetic for 15 years", "bilateral ankle swelling", "frothy urine", "nocturia twice"],
         neg=["no breathlessness at rest", "no reduced urine output"],
         exam=["Bilateral pitting pedal oedema", "Pallor +", "Chest clear"],
         vit=dict(t=(36.4, 37.0), hr=(70, 90), sbp=(142, 164), rr=(14, 18), spo2=(95, 98)),
         labs=["RFT", "CBC", "HBA1C"], abn={"CREA": (160, 230), "EGFR": (31, 42), "UREA": (11, 17), "HGB": (9.8, 11.2), "HBA1C": (7.1, 8.2), "K": (5.0, 5.4)},
         img=("US", "Ultrasound kidneys", ["Right kidney 9.4 cm, left kidney 9.8 cm with increased cortical echogenicity.",
                                            "Corticomedullary differentiation partially lost.", "No hydronephrosis."],
              "Bilateral medical renal disease."), ipm=[],
         dcm=[("Insulin glargine", "18 units", "SC", "at bedtime", "continue"), ("Linagliptin", "5 mg", "PO", "OD", "continue"),
              ("Furosemide", "40 mg", "PO", "OD morning", "continue"), ("Amlodipine", "10 mg", "PO", "OD", "continue"),
              ("Sodium bicarbonate", "500 mg", "PO", "BD", "continue")],
         course="", consult="Nephrology", sick=(0, 1), ecg="normal"),
]
CASE_BY = {c["k"]: c for c in CASES}

PROCS = {
    "ogd": dict(name="Upper GI endoscopy (OGD)", spec="Gastroenterology", sed="Conscious sedation: midazolam 2 mg + fentanyl 50 mcg IV",
                ind="Iron deficiency anaemia and dyspepsia",
                find=["Oesophagus: normal mucosa, Z-line at 38 cm", "Stomach: patchy erythema and multiple erosions in antrum",
                      "Duodenum: D1 and D2 normal"],
                extra="CLO (rapid urease) test: positive. Antral and corpus biopsies taken (Sydney protocol).",
                imp="Erosive antral gastritis, CLO positive. No ulcer or active bleeding."),
    "cath": dict(name="Coronary angiography and PCI", spec="Cardiology", sed="Local anaesthesia (lignocaine 2%) + midazolam 1 mg IV",
                 ind="NSTEMI",
                 find=["Access: right radial artery, 6 Fr sheath", "LMS: normal", "LAD: 85% stenosis in proximal segment",
                       "LCx: 30% non-significant plaque", "RCA: dominant, mild luminal irregularities"],
                 extra="PCI to proximal LAD with 3.0 x 28 mm drug-eluting stent deployed at 14 atm; TIMI III flow achieved. Heparin 7000 IU given. TR band applied.",
                 imp="Single vessel disease (LAD) - successful PCI with one DES."),
    "knee_inj": dict(name="Intra-articular injection, left knee", spec="Orthopaedics", sed="None (local skin infiltration)",
                     ind="Symptomatic osteoarthritis left knee, not responding to oral analgesics",
                     find=["Superolateral approach under aseptic precautions", "20 ml clear straw-coloured fluid aspirated"],
                     extra="Methylprednisolone acetate 40 mg + lignocaine 1% 3 ml injected. Sterile dressing applied.",
                     imp="Uneventful knee aspiration and steroid injection."),
    "ncs": dict(name="Nerve conduction study / EMG, upper limbs", spec="Neurology", sed="None",
                ind="Numbness and tingling of both hands, ? carpal tunnel syndrome",
                find=["Right median sensory: prolonged peak latency 4.6 ms, reduced SNAP amplitude",
                      "Right median motor: distal motor latency 5.8 ms (N < 4.2), CMAP 5.1 mV",
                      "Left median motor: DML 4.6 ms, CMAP 7.8 mV", "Ulnar nerves bilaterally normal",
                      "Needle EMG right APB: occasional fibrillations, reduced recruitment"],
                extra="",
                imp="Electrophysiological evidence of bilateral median neuropathy at the wrist (carpal tunnel syndrome), moderate on right, mild on left."),
    "fna": dict(name="Ultrasound guided FNA thyroid nodule", spec="Radiology", sed="None",
                ind="Right thyroid nodule TI-RADS 4",
                find=["Right lobe nodule 22 mm localised on ultrasound", "Three passes with 23G needle, non-aspiration technique"],
                extra="Slides air-dried and alcohol-fixed; sent to cytology. Patient tolerated well.",
                imp="Successful US-guided FNA of right thyroid nodule."),
    "lp": dict(name="Lumbar puncture", spec="Internal Medicine", sed="Local anaesthesia",
               ind="Fever with headache and neck stiffness, rule out meningitis",
               find=["Left lateral position, L3-L4 interspace", "Opening pressure 18 cm H2O", "Clear CSF obtained on first attempt"],
               extra="CSF sent for cell count, protein, glucose, Gram stain, culture and PCR panel.", imp="Uncomplicated LP."),
    "cvc": dict(name="Central venous catheter insertion (right IJV)", spec="Anaesthesia", sed="Local anaesthesia",
                ind="Septic shock requiring vasopressors",
                find=["Ultrasound guided, Seldinger technique, full barrier precautions", "Triple lumen 7 Fr catheter fixed at 14 cm",
                      "Good backflow from all ports"], extra="Post-procedure chest X-ray: tip at cavo-atrial junction, no pneumothorax.",
                imp="Successful right IJV CVC insertion."),
    "bronch": dict(name="Flexible bronchoscopy with BAL", spec="Pulmonology", sed="Topical lignocaine + midazolam 2 mg IV",
                   ind="Non-resolving right lower lobe pneumonia",
                   find=["Vocal cords normal", "Trachea and carina normal", "Right lower lobe: mucopurulent secretions, mucosa inflamed",
                         "No endobronchial lesion"], extra="BAL from RLL sent for Gram stain, culture, AFB smear, GeneXpert and cytology.",
                   imp="Inflamed RLL bronchi with secretions, no endobronchial obstruction."),
    "colono": dict(name="Colonoscopy", spec="Gastroenterology", sed="Propofol sedation by anaesthetist",
                   ind="Positive faecal occult blood test, age 50 screening",
                   find=["Caecum reached, ileocaecal valve and appendiceal orifice identified", "8 mm sessile polyp in sigmoid colon at 25 cm",
                         "Few sigmoid diverticula", "Boston bowel preparation score 8"],
                   extra="Polyp removed by cold snare polypectomy and retrieved.", imp="Sigmoid polyp removed. Sigmoid diverticulosis."),
}

PATH_SPECS = [
    ("Appendix", "Appendicectomy specimen", "Received in formalin an appendix measuring 6.5 cm in length and 0.9 cm in diameter. Serosa is congested with fibrinous exudate. Cut section shows pus in the lumen.",
     "Sections show transmural neutrophilic infiltrate with mucosal ulceration and serositis.", "Acute suppurative appendicitis. Negative for malignancy."),
    ("Gallbladder", "Cholecystectomy specimen", "Received an opened gallbladder measuring 8 x 3.5 cm, wall thickness 0.5 cm. Multiple yellow-green faceted calculi, largest 1.4 cm.",
     "Mucosa shows Rokitansky-Aschoff sinuses, chronic inflammation and wall fibrosis with focal acute inflammation.", "Acute on chronic calculous cholecystitis. No dysplasia or malignancy seen."),
    ("Gastric antral biopsy", "Endoscopic biopsy x 3", "Received three grey-white tissue bits, largest 0.3 cm. All embedded.",
     "Antral mucosa with moderate chronic active inflammation. Curved bacilli consistent with Helicobacter identified on Giemsa stain. No intestinal metaplasia.",
     "Chronic active gastritis, Helicobacter pylori positive. No dysplasia."),
    ("Thyroid FNA (right lobe)", "Fine needle aspiration smears", "Received 6 slides (3 air-dried, 3 alcohol-fixed).",
     "Smears are moderately cellular showing benign follicular cells in sheets and macrofollicles with abundant colloid and few macrophages.",
     "Benign follicular nodule (Bethesda category II)."),
    ("Sigmoid colon polyp", "Polypectomy specimen", "Received a single grey-tan polyp measuring 0.8 x 0.6 cm. Entirely embedded.",
     "Colonic mucosa with tubular adenoma showing low-grade dysplasia. Margins free.", "Tubular adenoma with low-grade dysplasia, completely excised."),
    ("Skin, left forearm", "Excision biopsy", "Received an ellipse of skin 2.2 x 1.0 cm with a central raised nodule 0.6 cm.",
     "Dermis shows a well circumscribed lesion composed of nests of benign naevus cells with maturation. Margins clear.", "Intradermal melanocytic naevus, completely excised."),
    ("Endometrial curettings", "D&C specimen", "Received multiple fragments of tan soft tissue aggregating 1.5 x 1 x 0.5 cm. All embedded.",
     "Proliferative phase endometrium with stromal breakdown. No atypia or hyperplasia.", "Disordered proliferative endometrium. No hyperplasia or malignancy."),
    ("Breast, left, core biopsy", "US-guided core biopsy x 4 cores", "Received four linear cores of white tissue, 1.2 to 1.6 cm in length.",
     "Breast tissue with a well-circumscribed biphasic lesion showing intracanalicular pattern, stromal cellularity low, no atypia.", "Fibroadenoma. No malignancy."),
    ("Lymph node, right cervical", "Excision biopsy", "Received a lymph node 1.8 x 1.2 cm; cut surface shows cheesy areas.",
     "Multiple confluent epithelioid granulomas with central caseous necrosis and Langhans giant cells. ZN stain: occasional acid-fast bacilli.",
     "Granulomatous lymphadenitis with caseation, consistent with tuberculosis."),
]


# ----------------------------------------------------------------------------- context
PT_NATS = ["Indian"] * 6 + ["Pakistani"] * 3 + ["Filipino"] * 3 + ["Egyptian"] * 2 + ["Bangladeshi"] * 2 + \
          ["Nepali", "Sri Lankan", "British", "Jordanian", "Sudanese", "Syrian"]
LOCAL_NAT = {"UAE": "Emirati", "Qatar": "Qatari", "KSA": "Saudi"}
COMORB = [("Hypertension", ("Amlodipine", "5 mg", "PO", "OD", "")), ("Dyslipidaemia", ("Rosuvastatin", "10 mg", "PO", "HS", "")),
          ("Hypothyroidism", ("Levothyroxine", "50 mcg", "PO", "OD empty stomach", "")),
          ("Type 2 diabetes mellitus", ("Metformin", "500 mg", "PO", "BD", "")),
          ("GERD", ("Pantoprazole", "40 mg", "PO", "OD before breakfast", ""))]
ALLERG = ["NKDA", "NKDA", "No known drug allergies", "Nil known", "None known", "Sulfa drugs (rash)", "Seafood (urticaria)",
          "Codeine - nausea", "NKA", "Dust mites"]


def lang_of(nat):
    return {"Indian": ch(["Malayalam", "Hindi", "Tamil", "English", "Telugu"]), "Pakistani": ch(["Urdu", "Urdu", "Pashto"]), "Filipino": ch(["Tagalog", "English"]),
            "Bangladeshi": "Bengali", "Nepali": "Nepali", "Sri Lankan": ch(["Sinhala", "Tamil"]), "British": "English"}.get(nat, "Arabic")


ACUTE = ("cap", "appy", "chole", "nstemi", "stone", "dengue", "asthma", "radius", "uti", "gastro", "migraine", "back")


class Ctx(object):
    pass


def mk_ctx(case=None, need=None):
    c = Ctx()
    c.fac = mk_fac()
    c.date = mk_date()
    c.ocr = ch([0, 0, 0, 1, 1, 1, 2, 2, 3])
    pool = CASES
    if need == "op":
        pool = [x for x in CASES if x.get("op")]
    elif need == "ip":
        pool = [x for x in CASES if x["ip"]]
    elif need == "acute":
        pool = [x for x in CASES if x["k"] in ACUTE]
    elif need == "img":
        pool = [x for x in CASES if x.get("img")]
    c.case = cs = case or ch(pool)
    c.doc = mk_doc(c.fac, cs["spec"])
    fmts = NA_DFMTS + DFMTS[:2] if c.doc["origin"] == "NA" else DFMTS
    c.dfmt = ch(fmts)
    c.fd = lambda d, f=c.dfmt: d.strftime(f)
    p = {}
    if cs["k"] == "lscs":
        p["sex"] = "F"
    elif cs.get("sexf"):
        p["sex"] = "F" if pr(0.8) else "M"
    else:
        p["sex"] = "M" if pr(0.65) else "F"
    p["sexw"] = "Male" if p["sex"] == "M" else "Female"
    p["nat"] = LOCAL_NAT[c.fac["country"]] if pr(0.22) else ch(PT_NATS)
    p["name"] = person_name(p["nat"], p["sex"])
    p["age"] = ri(*cs["age"])
    p["dob"] = c.date - datetime.timedelta(days=p["age"] * 365 + ri(1, 360))
    p["mrn"] = ch(["%s%s" % (ri(1, 9), dg(6)), "MRN-%s" % dg(7), "%s-%s" % (c.fac["short"][:2].upper(), dg(6)),
                   "%s%s" % (dg(2), dg(6)), "00%s" % dg(6)])
    co = c.fac["country"]
    p["idname"] = COUNTRIES[co]["idname"]
    if co == "UAE":
        p["idno"] = "784-%d-%s-%s" % (p["dob"].year, dg(7), dg(1))
    elif co == "Qatar":
        p["idno"] = "%s%s%s%s" % (ri(2, 3), str(p["dob"].year)[2:], ch(["356", "586", "608", "818", "634"]), dg(5))
    else:
        p["idno"] = ("1" if p["nat"] == "Saudi" else "2") + dg(9)
    p["passport"] = ul(1) + dg(7)
    p["mobile"] = phone(co, True)
    p["occ"] = "Housewife" if (p["sex"] == "F" and pr(0.3)) else ch(OCCUP)
    p["employer"] = ch(EMPLOYERS)
    p["ins"] = ch(INSURERS[co])
    p["tpa"] = ch(TPAS)
    p["policy"] = "%s/%s/%s" % (ul(3), c.date.year, dg(5))
    p["card"] = ch(["%s-%s-%s" % (dg(3), dg(4), dg(6)), "%s%s" % (ul(2), dg(9)), "%s %s %s %s" % (dg(4), dg(4), dg(4), dg(4))])
    p["net"] = ch(["GN", "GN+", "RN", "RN2", "Comprehensive", "Premium", "Basic (EBP)", "Silver", "Gold", "NW1"])
    p["cls"] = ch(["A", "B", "C", "VIP", "Executive", "Standard"])
    p["copay"] = ch(["0%", "10%", "20%", "10%% max %s 50" % c.fac["cur"], "20%% max %s 100" % c.fac["cur"]])
    p["title"] = ("Mr." if p["sex"] == "M" else ch(["Mrs.", "Ms."]))
    p["he"], p["his"] = ("he", "his") if p["sex"] == "M" else ("she", "her")
    c.pt = p
    v = cs["vit"]
    sbp = ri(*v["sbp"])
    wt = ri(52, 98) if p["sex"] == "M" else ri(46, 88)
    ht = ri(160, 184) if p["sex"] == "M" else ri(148, 170)
    c.v = dict(t=rf(*v["t"]), hr=ri(*v["hr"]), sbp=sbp, dbp=int(sbp * rf(0.58, 0.66, 2)), rr=ri(*v["rr"]),
               spo2=ri(*v["spo2"]), wt=wt, ht=ht, bmi=round(wt / (ht / 100.0) ** 2, 1), pain=ri(0, 8), gcs=15)
    pmh = []
    for name, med in samp(COMORB, ri(0, 2)):
        if cs["k"] in ("lscs",) or (cs["k"] == "dm" and "diabetes" in name):
            continue
        pmh.append((name, med))
    if cs["k"] in ("ckd",):
        pmh = [("Type 2 diabetes mellitus (15 yrs)", ("Insulin glargine", "18 units", "SC", "HS", "")),
               ("Hypertension", ("Amlodipine", "10 mg", "PO", "OD", ""))]
    if cs["k"] == "dm":
        pmh.append(("Type 2 diabetes mellitus (8 yrs)", ("Metformin", "1000 mg", "PO", "BD", "")))
    c.pmh = pmh
    c.home = [m for _, m in pmh]
    c.allergy = ch(ALLERG)
    c.adm = c.date
    c.los = ri(2, 6) if cs["ip"] else 0
    c.dis = c.date + datetime.timedelta(days=c.los)
    c.doc["when"] = "%s %s" % (c.fd(c.date), tm_day())
    return c


# ----------------------------------------------------------------------------- phrase builders
FREQ_IN = {"OD": "1-0-0", "BD": "1-0-1", "TDS": "1-1-1", "QID": "1-1-1-1", "HS": "0-0-1"}
FREQ_WORDS = {"OD": "once daily", "BD": "twice daily", "TDS": "three times daily", "QID": "four times daily",
              "HS": "at bedtime", "PRN": "as needed", "Q6H": "every 6 hours", "Q8H": "every 8 hours", "stat": "once (stat)"}
ROUTE_W = {"PO": "by mouth", "IV": "intravenously", "IM": "intramuscularly", "SC": "subcutaneously", "INH": "inhaled",
           "TOP": "topically", "NEB": "via nebuliser"}


def form_of(m):
    d, route = m[0].lower(), m[2]
    if route in ("IV", "IM", "SC"):
        return "Inj."
    if route == "INH":
        return "Inh."
    if route == "NEB":
        return "Neb."
    if route == "TOP":
        return "Gel" if "gel" in d else "Oint."
    if "syrup" in d or "sachet" in d:
        return "Syp." if "syrup" in d else "Sachet"
    return ch(["Tab.", "Tab.", "Tab"]) if not any(x in d for x in ("amoxicillin", "pregabalin", "omeprazole", "esomeprazole")) else ch(["Cap.", "Tab."])


def med_str(m, style=0):
    drug, dose, route, freq, dur = m
    f0 = freq.split()[0]
    if style == 0:
        return "%s %s %s %s %s%s" % (form_of(m), drug, dose, route, freq, (" x " + dur) if dur else "")
    if style == 1:
        fr = FREQ_IN.get(f0, freq)
        d = dur.replace(" days", "/7").replace(" weeks", "/52").replace(" week", "/52").replace(" months", "/12").replace(" month", "/12")
        return "%s %s %s  %s  x %s" % (form_of(m), drug.upper() if pr(0.3) else drug, dose, fr, d or "cont.")
    if style == 2:
        return "%s %s %s %s%s" % (drug.lower() if pr(0.5) else drug, dose, ROUTE_W.get(route, route), FREQ_WORDS.get(f0, freq),
                                  (" for " + dur) if dur and dur not in ("continue", "lifelong", "PRN") else "")
    if style == 3:
        return "%-34s %-12s %-5s %-18s %s" % (drug, dose, route, freq, dur)
    return "%s %s, %s, %s" % (drug, dose, route, freq)


def vit_str(c, style=None):
    v = c.v
    style = ri(0, 6) if style is None else style
    if style == 0:
        return "BP %d/%d mmHg, PR %d/min, RR %d/min, Temp %.1f C, SpO2 %d%% on RA" % (v["sbp"], v["dbp"], v["hr"], v["rr"], v["t"], v["spo2"])
    if style == 1:
        return "T: %.1f  HR: %d  BP: %d/%d  RR: %d  SpO2: %d%% RA" % (v["t"], v["hr"], v["sbp"], v["dbp"], v["rr"], v["spo2"])
    if style == 2:
        return "BP-%d/%d, P-%d/m, T-%.1fF, SpO2-%d%%" % (v["sbp"], v["dbp"], v["hr"], v["t"] * 9 / 5 + 32, v["spo2"])
    if style == 3:
        return "Temp %.1f°C | Pulse %d bpm | BP %d/%d | Resp %d | O2 sat %d%% | Wt %d kg" % (v["t"], v["hr"], v["sbp"], v["dbp"], v["rr"], v["spo2"], v["wt"])
    if style == 4:
        return "Vitals: afebrile, haemodynamically stable" if v["t"] < 37.5 and v["hr"] < 100 else \
            "Vitals: febrile %.1f, tachycardic %d, BP %d/%d" % (v["t"], v["hr"], v["sbp"], v["dbp"])
    if style == 5:
        return "HR %d, BP %d/%d, T %.1f, RR %d, Sats %d%% air" % (v["hr"], v["sbp"], v["dbp"], v["t"], v["rr"], v["spo2"])
    return "Ht %d cm  Wt %d kg  BMI %.1f  BP %d/%d  Pulse %d  Temp %.1f" % (v["ht"], v["wt"], v["bmi"], v["sbp"], v["dbp"], v["hr"], v["t"])


def pmh_str(c, style=0):
    if not c.pmh:
        return ch(["Nil significant", "No known chronic illness", "Not a known case of DM/HTN/BA", "None", "Unremarkable"])
    names = [n for n, _ in c.pmh]
    if style == 1:
        return "K/c/o " + ", ".join(names) + " on regular medications"
    return "; ".join(names)


def exam_list(c):
    ex = list(c.case["exam"])
    return [e % c.v["bmi"] if "%s" in e else e for e in ex]


def hpi_text(c, style=None):
    cs, p = c.case, c.pt
    o = c.doc["origin"]
    style = style if style is not None else {"IN": 0, "PK": 0, "EG": 1, "PH": 2, "UK": 3, "NA": 4}[o]
    hp = cs["hpi"]
    neg = cs["neg"]
    comorb = [n for n, _ in c.pmh]
    if style == 0:
        s = "%s/%s/%s" % (p["age"], p["sex"], p["nat"][:3] if pr(0.4) else p["nat"])
        kco = ("k/c/o " + ", ".join(comorb) + ", ") if comorb else "not a k/c/o any chronic illness, "
        return "%s, %spresented with c/o %s x %s. %s. %s." % (s, kco, cs["cc"], cs["dur"], cap("; ".join(hp)), cap(", ".join(neg)).replace("no ", "No ", 1))
    if style == 1:
        return "Patient %s years old %s, complaining of %s since %s, associated with %s. %s. %s" % (
            p["age"], p["sexw"].lower(), cs["cc"], cs["dur"], jn(hp[:3]), cap(", ".join(neg)),
            ("Known case of " + jn(comorb) + ".") if comorb else "Free past history.")
    if style == 2:
        return "%s PTA, patient experienced %s. %s. %s. No consult done until the day of consult/admission. %s" % (
            cs["dur"].replace("1 day", "1 day").upper() if pr(0.3) else cs["dur"], hp[0], cap("; ".join(hp[1:])),
            cap(", ".join(neg)), ("Known " + jn(comorb) + ", maintained on meds.") if comorb else "")
    if style == 3:
        return "%s%s %s/7 hx %s. %s. %s. PMH: %s." % (p["age"], p["sex"], cs["dur"].split()[0] if "day" in cs["dur"] else cs["dur"], cs["cc"],
                                                     cap(", ".join(hp)), cap(", ".join(neg)), pmh_str(c)) if "day" in cs["dur"] else \
            "%s%s with %s-history of %s. %s. %s. PMH: %s." % (p["age"], p["sex"], cs["dur"], cs["cc"], cap(", ".join(hp)), cap(", ".join(neg)), pmh_str(c))
    return "%s %s is a %s-year-old %s %s with %s who presents with %s for %s. %s reports %s. %s denies %s." % (
        p["title"], p["name"].split()[-1], p["age"], p["nat"], "man" if p["sex"] == "M" else "woman",
        ("a history of " + jn(comorb)) if comorb else "no significant past medical history", cs["cc"], cs["dur"],
        cap(p["he"]), jn(hp), cap(p["he"]), jn([n.replace("no ", "") for n in neg], "or"))


def lab_summary(c, n=4):
    out = []
    for panel in c.case["labs"][:3]:
        for (nm, ab, unit, val, ref, flag, _) in lab_values(panel, c.case["abn"]):
            if flag or ab in c.case["abn"] or pr(0.25):
                out.append("%s %s%s" % (ab if pr(0.5) else nm, val, (" " + flag) if flag and pr(0.5) else ""))
    return ", ".join(out[:n + 2]) if out else "within normal limits"


def lab_table(c, title=None):
    out = [title or ch(["INVESTIGATIONS:", "Laboratory results during admission:", "LAB DATA", "Investigation details"])]
    days = [c.adm + datetime.timedelta(days=i) for i in range(0, max(1, c.los) + 1, max(1, c.los // 2 or 1))][:3]
    for pn in c.case["labs"]:
        out.append("  " + ch(PANEL_NAMES[pn]))
        rows = [lab_values(pn, c.case["abn"] if i == 0 else {}) for i in range(len(days))]
        out.append("    %-26s " % "" + " ".join("%-10s" % dd.strftime("%d/%m") for dd in days) + " Ref")
        for j in range(len(rows[0])):
            out.append("    %-26s " % rows[0][j][0][:26] + " ".join("%-10s" % (r[j][3] + r[j][5]) for r in rows) + " " + rows[0][j][4])
    return out


def all_meds(c):
    return c.case["dcm"] + c.home


def follow_up(c, who=None):
    who = who or c.doc["name"]
    d = c.dis + datetime.timedelta(days=ch([5, 7, 10, 14]))
    return ch(["Follow up in %s OPD after %s days" % (c.case["spec"], (d - c.dis).days),
               "Review with %s on %s" % (who, c.fd(d)),
               "F/U %s clinic in 1 week with reports" % c.case["spec"],
               "Follow-up appointment: %s, %s" % (c.fd(d), who)])


# ============================================================================= document types
def gen_discharge_summary(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 6)
    out = letterhead(c)
    title = ch(["DISCHARGE SUMMARY", "Discharge Summary", "INPATIENT DISCHARGE SUMMARY", "Summary of Hospital Stay",
                "CLINICAL SUMMARY", "DISCHARGE REPORT", ""])
    dm = cs["dcm"] + c.home
    if L == 0:  # subcontinent style
        out += [title] if title else []
        out += pt_band(c, 1) + ["IP No : %s%s    Ward/Bed : %s-%02d" % (ch(["IP", "I"]), dg(6), ch(["3A", "4B", "Male Ward", "Female Ward", "Pvt-2"]), ri(1, 30)),
                                "DOA  : %s    DOD : %s" % (c.fd(c.adm), c.fd(c.dis)),
                                "Consultant : %s (%s)" % (d["name"], cs["spec"]), ""]
        out += ["DIAGNOSIS:", "  " + cs["dx"]] + (["  " + n for n, _ in c.pmh]) + [""]
        out += ["PRESENTING COMPLAINTS:", "  C/o %s x %s" % (cs["cc"], cs["dur"]), "",
                "HISTORY:", "  " + hpi_text(c, 0), "",
                "EXAMINATION ON ADMISSION:", "  " + vit_str(c, 2), "  GC: conscious, oriented. " + ". ".join(exam_list(c)), "",
                "INVESTIGATIONS:", "  " + lab_summary(c)]
        if cs.get("img"):
            out += ["  %s: %s" % (cs["img"][1], cs["img"][3])]
        out += ["", "COURSE IN THE HOSPITAL:", "  Patient was admitted under %s and %s." % (d["name"], cs["course"]), ""]
        if cs.get("op"):
            out += ["PROCEDURE DONE: %s on %s" % (cs["op"]["name"], c.fd(c.adm + datetime.timedelta(days=ri(0, 1)))), ""]
        out += ["CONDITION AT DISCHARGE: %s" % ch(["Stable", "Satisfactory", "Improved, vitals stable", "Hemodynamically stable, ambulant"]), "",
                "MEDICATIONS ON DISCHARGE:"] + ["  %d. %s" % (i + 1, med_str(m, 1)) for i, m in enumerate(dm)]
        out += ["", "ADVICE:", "  " + ch(["Diabetic diet", "Normal diet", "Soft diet, plenty of oral fluids"]) + ". " +
                ch(["Avoid heavy lifting.", "Wound care as instructed.", "Adequate rest.", "Return to ER if fever, pain or vomiting."]),
                "  " + follow_up(c)] + sig(d, ch([0, 3, 4]))
    elif L == 1:  # North American
        out += [title or "Discharge Summary", ""] + pt_band(c, 3)
        out += ["Admission Date: %s" % c.fd(c.adm), "Discharge Date: %s" % c.fd(c.dis), "Attending Physician: %s" % d["name"],
                "Primary Care: %s" % ch(["None on file", "Self", "Dr. " + person_name(ch(PT_NATS), "M")]), "",
                "DISCHARGE DIAGNOSES:", "1. %s (%s)" % (cs["dx"], cs["icd"])] + \
               ["%d. %s" % (i + 2, n) for i, (n, _) in enumerate(c.pmh)]
        out += ["", "HISTORY OF PRESENT ILLNESS:", hpi_text(c, 4), "", "HOSPITAL COURSE:",
                "The patient was admitted to the %s service and %s. %s" % (cs["spec"].lower(), cs["course"],
                                                                          ch(["At discharge, %s is afebrile and tolerating a regular diet." % p["he"],
                                                                              "Pain is well controlled on oral analgesia.", ""])), ""]
        if cs.get("op"):
            out += ["PROCEDURES: %s" % cs["op"]["name"], ""]
        out += ["PERTINENT RESULTS:", lab_summary(c, 6)]
        if cs.get("img"):
            out += ["%s: %s" % (cs["img"][1], cs["img"][3])]
        out += ["", "DISCHARGE MEDICATIONS:"] + ["- " + med_str(m, 2) for m in dm]
        out += ["", "DISPOSITION: Home%s" % ch(["", " with family", " in stable condition"]), "CONDITION: %s" % ch(["Good", "Stable", "Fair"]),
                "FOLLOW-UP: " + follow_up(c), "PENDING RESULTS: %s" % ch(["None", "Histopathology", "Blood culture final report", "None at time of discharge"])]
        out += sig(d, 2)
    elif L == 2:  # UK letter to GP
        gp = "Dr. " + person_name(ch(PT_NATS), ch("MF"))
        out += [c.fd(c.dis), "", "%s" % gp, ch(["%s Medical Centre" % ch(HOSP_A), "Family Clinic, %s" % c.fac["area"], "Referring physician"]), "",
                "Dear %s," % gp.split()[0] + " " + gp.split()[-1], "",
                "Re: %s  DOB %s  MRN %s" % (p["name"], c.fd(p["dob"]), p["mrn"]), "",
                ch(["This patient was discharged from our care today.", "I am writing to let you know that your patient has been discharged.",
                    "Your patient was an inpatient on the %s ward." % cs["spec"]]), "",
                "Diagnosis: %s" % cs["dx"], "Admitted: %s   Discharged: %s" % (c.fd(c.adm), c.fd(c.dis)), ""]
        if cs.get("op"):
            out += ["Procedure: %s" % cs["op"]["name"], ""]
        out += ["Summary: %s %s" % (cap(p["he"]) + " presented with " + cs["cc"] + " and", cs["course"] + "."), "",
                "Medication on discharge:"] + ["  " + med_str(m, 4) for m in dm]
        out += ["", "Actions for GP: %s" % ch(["Please check renal function in 1 week.", "Please review wound at day 10.", "Nil.",
                                                 "Please repeat FBC in 2 weeks.", "Titrate antihypertensives as needed."]),
                "", "Yours sincerely,"] + sig(d, 1)
    elif L == 3:  # EHR structured printout
        out += [title or "Discharge Summary", "-" * 64]
        out += ["Patient Name      : %s" % p["name"], "MRN               : %s" % p["mrn"], "Encounter No.     : E%s" % dg(8),
                "Age / Gender      : %s / %s" % (p["age"], p["sexw"]), "Nationality       : %s" % p["nat"],
                "Insurance         : %s (via %s)" % (p["ins"], p["tpa"]), "Admission Date    : %s %s" % (c.fd(c.adm), tm()),
                "Discharge Date    : %s %s" % (c.fd(c.dis), tm_day()), "Admitting Doctor  : %s" % d["name"],
                "Speciality        : %s" % cs["spec"], "Discharge Type    : %s" % ch(["Routine", "Normal", "Home"]), "-" * 64, "",
                "Final Diagnosis (ICD-10)", "  Principal: %s - %s" % (cs["icd"], cs["dx"])] + \
               ["  Secondary: %s" % n for n, _ in c.pmh]
        out += ["", "Chief Complaint", "  " + cap(cs["cc"]), "", "Significant Findings", "  " + "; ".join(exam_list(c)),
                "  Lab: " + lab_summary(c), "", "Treatment Given", "  " + "; ".join(med_str(m, 4) for m in cs["ipm"]) if cs["ipm"] else "  Conservative",
                "", "Hospital Course", "  " + cap(cs["course"]) + ".", "", "Discharge Medication"]
        out += ["  %-3s %s" % (str(i + 1) + ".", med_str(m, 3)) for i, m in enumerate(dm)]
        out += ["", "Follow up: " + follow_up(c)] + sig(d, 2)
    elif L == 4:  # short day case / brief
        out += pt_band(c, 2) + ["", ch(["Brief discharge note", "Discharge note", "Day Care Discharge", title or "Discharge"]), ""]
        out += ["Dx: %s" % cs["dx"], "Adm %s - Disch %s" % (c.fd(c.adm), c.fd(c.dis)), "Course: %s." % cs["course"],
                "Meds: " + "; ".join(med_str(m, 4) for m in cs["dcm"]), follow_up(c), "", d["name"]]
    elif L == 5:  # DAMA
        out += [ch(["DISCHARGE AGAINST MEDICAL ADVICE (DAMA) SUMMARY", "LAMA SUMMARY", "Discharge Summary - Left Against Medical Advice"]), ""] + pt_band(c, 0)
        out += ["Date of admission: %s   Date/time of leaving: %s %s" % (c.fd(c.adm), c.fd(c.dis), tm()), "",
                "Working diagnosis: %s" % cs["dx"], "", "Brief history: " + hpi_text(c), "",
                "Status at time of leaving: %s" % vit_str(c, 0), "",
                "%s was advised to continue inpatient management (%s). The risks of leaving including %s were explained in %s in the presence of %s. "
                "%s insisted on discharge due to %s and signed the DAMA form." % (
                    p["title"] + " " + p["name"].split()[-1], ch(["IV antibiotics", "surgery", "monitoring", "further evaluation"]),
                    ch(["worsening of condition", "complications including death", "sepsis and perforation"]),
                    ch(["English", "Arabic through interpreter", "Hindi/Urdu", "Tagalog via staff nurse"]),
                    ch(["staff nurse", "charge nurse", "family member"]), cap(p["he"]),
                    ch(["personal/family reasons", "financial reasons (insurance not approved)", "wishes to travel to home country",
                        "wants treatment at government hospital"])), "",
                "Medications given on leaving:"] + ["  " + med_str(m, 0) for m in cs["dcm"]]
        out += ["", "Advised to return to ER anytime if symptoms worsen."] + sig(d, 0)
    else:  # Filipino / ward format
        out += [title or "DISCHARGE SUMMARY", ""] + pt_band(c, 5)
        out += ["Room: %s%02d" % (ri(2, 7), ri(1, 40)), "Date Admitted: %s" % c.fd(c.adm), "Date Discharged: %s" % c.fd(c.dis), "",
                "FINAL DIAGNOSIS:", cs["dx"].upper(), "", "BRIEF HISTORY:", hpi_text(c, 2), "",
                "PERTINENT PE:", "; ".join(exam_list(c)), "", "LABORATORY/DIAGNOSTICS:", lab_summary(c),
                "", "COURSE IN THE WARD:", cap(cs["course"]) + ".", "",
                "DISPOSITION: %s" % ch(["Discharged improved", "May go home", "Discharged stable"]), "", "HOME MEDICATIONS:"]
        out += ["  " + med_str(m, 0) for m in dm] + ["", follow_up(c)] + sig(d, 4)
    if L in (0, 1, 3, 6) and pr(0.45):
        out += [""] + lab_table(c)
        if cs.get("img"):
            out += ["", "  %s (%s): %s %s" % (cs["img"][1], c.fd(c.adm), " ".join(cs["img"][2]), cs["img"][3])]
    return out


def gen_history_physical(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 6)
    out = letterhead(c)
    ex = exam_list(c)
    ddx = ch(["", "DDx: " + ch(["viral illness", "biliary colic", "musculoskeletal pain", "gastritis", "renal colic"])])
    if L == 0:
        out += [ch(["HISTORY AND PHYSICAL", "Admission H&P", "ADMISSION HISTORY & PHYSICAL EXAMINATION", "H&P"]), ""] + pt_band(c, 3)
        out += ["Date of Service: %s" % c.fd(c.adm), "Attending: %s" % d["name"], "", "CHIEF COMPLAINT: " + cap(cs["cc"]) + ".", "",
                "HISTORY OF PRESENT ILLNESS:", hpi_text(c, 4), "", "PAST MEDICAL HISTORY: " + pmh_str(c),
                "PAST SURGICAL HISTORY: " + ch(["None", "Appendectomy (childhood)", "None reported", "Tonsillectomy"]),
                "MEDICATIONS: " + ("; ".join(med_str(m, 4) for m in c.home) if c.home else "None"), "ALLERGIES: " + c.allergy,
                "SOCIAL HISTORY: %s, works as %s. %s. Lives in %s with %s." % (p["nat"], p["occ"] if p["occ"].startswith("IT") else p["occ"].lower(), ch(["Nonsmoker, no alcohol", "Smokes shisha occasionally", "Ex-smoker", "Smoker 10 cigarettes/day"]),
                                                                              c.fac["city"], ch(["family", "roommates in company accommodation", "spouse"])),
                "FAMILY HISTORY: " + ch(["Father with diabetes", "Noncontributory", "Mother hypertensive", "Brother with IHD"]), "",
                "REVIEW OF SYSTEMS: Otherwise negative except as noted in HPI." if pr(0.5) else "REVIEW OF SYSTEMS:\n" + "\n".join(
                    "  %s: %s" % (k, v) for k, v in [("Constitutional", "fever" if c.v["t"] > 37.8 else "no fever, no weight loss"), ("Eyes", "no visual change"),
                                                    ("ENT", "no sore throat"), ("Cardiovascular", "no palpitations" if cs["k"] != "nstemi" else "chest pain as per HPI"),
                                                    ("Respiratory", "see HPI" if cs["k"] in ("cap", "asthma") else "no cough"), ("GI", "see HPI" if cs["k"] in ("appy", "chole", "gastro", "ida") else "no abdominal pain"),
                                                    ("GU", "see HPI" if cs["k"] in ("stone", "uti") else "no dysuria"), ("MSK", "see HPI" if cs["k"] in ("back", "knee", "radius") else "no joint pain"),
                                                    ("Neuro", "no focal weakness"), ("Psych", "mood normal"), ("Skin", "no rash")]), "", "PHYSICAL EXAMINATION:", "Vitals: " + vit_str(c, 1),
                "General: %s" % ch(["Alert, in mild distress", "Well-appearing, NAD", "Uncomfortable due to pain"]),
                "HEENT: Normocephalic, no icterus", "Neck: Supple", "Lungs/CV/Abdomen: " + "; ".join(ex), "Extremities: No edema",
                "Neuro: Grossly nonfocal", "", "LABS: " + lab_summary(c), "", "ASSESSMENT AND PLAN:",
                "%s-year-old with %s." % (p["age"], cs["dx"].lower())]
        out += ["- " + med_str(m, 2) for m in cs["ipm"]] + ["- " + ch(["DVT prophylaxis", "Monitor vitals", "NPO for now"]), "- Code status: Full code"] + sig(d, 2)
    elif L == 1:  # UK clerking
        out += [ch(["Medical Clerking", "Surgical Admission", "Admission Clerking", "CLERKING"]) + "  " + c.fd(c.adm) + " " + tm(), ""] + pt_band(c, 4)
        out += ["", "PC: " + cs["cc"], "HPC: " + hpi_text(c, 3), "PMH: " + pmh_str(c), "DH: " + (", ".join(med_str(m, 4) for m in c.home) or "nil regular"),
                "Allergies: " + c.allergy, "SH: %s, %s, %s" % (p["occ"], ch(["lives with family", "company accom", "lives alone"]), ch(["non-smoker", "ex-smoker", "smoker"])),
                "FH: " + ch(["nil of note", "DM in mother", "IHD father"]), "SE: otherwise nil", "", "O/E: " + vit_str(c, 5)]
        out += ["  " + e for e in ex] + ["", "Ix: " + lab_summary(c), "", "Imp: " + cs["dx"], ddx, "", "Plan:"]
        out += ["  %d) %s" % (i + 1, x) for i, x in enumerate([med_str(m, 4) for m in cs["ipm"]] + ["obs 4 hourly", "review with results"])]
        out += ["", "%s %s  bleep %s" % (d["name"], d["grade"], dg(4))]
    elif L == 2:  # Indian case sheet
        out += [ch(["INITIAL ASSESSMENT - DOCTOR", "IN-PATIENT CASE SHEET", "ADMISSION NOTES", "Doctor's Initial Assessment"]), ""] + pt_band(c, 1)
        out += ["Date/Time: %s %s   Unit: %s" % (c.fd(c.adm), tm(), cs["spec"]), "", "CHIEF COMPLAINTS:", "  " + cs["cc"] + " - " + cs["dur"], "",
                "HOPI:", "  " + hpi_text(c, 0), "", "PAST HISTORY: " + pmh_str(c, 1), "DRUG HISTORY: " + (", ".join(med_str(m, 1) for m in c.home) or "Nil"),
                "ALLERGY: " + c.allergy, "PERSONAL HISTORY: Diet %s, sleep %s, bowel & bladder %s, %s" % (
                    ch(["mixed", "veg"]), ch(["normal", "disturbed"]), ch(["regular", "normal"]), ch(["non smoker, non alcoholic", "smoker", "occasional alcohol"])),
                "FAMILY HISTORY: " + ch(["Not significant", "NS", "Father DM"]), "", "GENERAL EXAMINATION:",
                "  Conscious, oriented, %s. No pallor/icterus/cyanosis/clubbing/lymphadenopathy/oedema." % ch(["afebrile", "febrile to touch"]),
                "  " + vit_str(c, 2), "SYSTEMIC EXAMINATION:", "  CVS: S1 S2 +, no murmur", "  RS: " + ch(["NVBS, B/L clear", "B/L AE+"]),
                "  P/A: " + ch(["soft, non tender", "see local exam"]), "  CNS: NFND", "  Local/Specific: " + "; ".join(ex), "",
                "PROVISIONAL DIAGNOSIS: " + cs["dx"], "", "PLAN:", "  Admit under %s" % d["name"]]
        out += ["  " + med_str(m, 1) for m in cs["ipm"]] + ["  Ix: " + ", ".join(PANEL_NAMES[x][-1] for x in cs["labs"]) + (", " + cs["img"][1] if cs.get("img") else "")] + sig(d, 3)
    elif L == 3:  # checkbox form
        X = lambda b: "[X]" if b else "[ ]"
        out += [ch(["PHYSICIAN ADMISSION ASSESSMENT FORM", "Medical Admission Assessment", "Form MR-%s  Admission Assessment" % dg(3)]), ""] + pt_band(c, 0)
        out += ["Source of admission: %s ER  %s OPD  %s Transfer" % (X(cs["k"] in ("appy", "nstemi", "stone", "radius", "dengue", "cap", "uti")), X(cs["k"] in ("hernia", "lscs", "chole")), X(False)),
                "Informant: %s Patient  %s Relative" % (X(True), X(pr(0.3))), "", "Chief Complaint: " + cs["cc"] + " since " + cs["dur"],
                "History of Present Illness: " + hpi_text(c, 1), "", "Past Medical History:  DM %s  HTN %s  IHD %s  BA %s  Other: %s" % (
                    X(any("diabetes" in n.lower() for n, _ in c.pmh)), X(any("Hypert" in n for n, _ in c.pmh)), X(False), X(cs["k"] == "asthma"),
                    ", ".join(n for n, _ in c.pmh if "diab" not in n.lower() and "Hyper" not in n) or "-"),
                "Surgical History: " + ch(["Nil", "LSCS x2" if cs["k"] == "lscs" else "Nil", "Hernia repair"]), "Allergies: " + c.allergy,
                "Smoking %s  Alcohol %s" % (X(pr(0.25)), X(False)), "", "Vital Signs: " + vit_str(c, 3), "Pain Score (0-10): %d" % c.v["pain"],
                "General Appearance: %s Well  %s Ill  %s Toxic" % (X(cs["ip"] is False), X(cs["ip"]), X(False)), "Examination Findings:"]
        out += ["  - " + e for e in ex] + ["", "Impression: " + cs["dx"], "Plan of Care: " + ch(["Admit, IV fluids, analgesia, investigations as ordered", "Surgery planned", "Medical management, monitoring"]),
                "Expected LOS: %d days" % max(1, c.los), "Estimated cost explained to patient: %s" % X(pr(0.6))] + sig(d, 3)
    elif L == 4:  # Filipino
        out += [ch(["ADMISSION HISTORY", "ADMITTING NOTES", "CLINICAL ABSTRACT / ADMISSION"]), ""] + pt_band(c, 5)
        out += ["", "CHIEF COMPLAINT: " + cs["cc"].upper(), "", "HISTORY OF PRESENT ILLNESS:", hpi_text(c, 2), "",
                "PAST MEDICAL HISTORY: " + pmh_str(c), "FAMILY HISTORY: (+) " + ch(["HPN", "DM", "Asthma"]) + " - " + ch(["mother", "father"]),
                "PERSONAL/SOCIAL HISTORY: %s, %s" % (ch(["Non-smoker", "Smoker, 5 pack-years"]), ch(["occasional alcoholic beverage drinker", "non-alcoholic beverage drinker"])),
                "", "REVIEW OF SYSTEMS: (-) weight loss, (-) headache, (-) dysuria" if cs["k"] != "uti" else "REVIEW OF SYSTEMS: (-) weight loss, (-) headache",
                "", "PHYSICAL EXAMINATION:", "General Survey: Conscious, coherent, not in cardiorespiratory distress", "Vital Signs: " + vit_str(c, 1),
                "HEENT: Anicteric sclerae, pink palpebral conjunctivae", "C/L: Symmetric chest expansion", "CVS: Adynamic precordium, distinct heart sounds",
                "Abdomen/Extremities: " + "; ".join(ex), "", "ADMITTING IMPRESSION:", cs["dx"], "", "PLAN:"]
        out += ["- " + med_str(m, 0) for m in cs["ipm"]] + ["- Secure consent", "- Monitor VS q4h"] + sig(d, 4)
    elif L == 5:  # elective pre-op admission note
        op = cs.get("op")
        out += [ch(["Pre-operative Admission Note", "Elective Admission", "Surgical admission note"]), ""] + pt_band(c, 2)
        out += ["Admitted electively on %s for %s." % (c.fd(c.adm), op["name"] if op else "further management"),
                "Indication: " + cs["dx"], "Hx: " + hpi_text(c, 3), "Meds: " + (", ".join(med_str(m, 4) for m in c.home) or "none"),
                "Allergy: " + c.allergy, "Exam: " + vit_str(c, 5) + ". " + ". ".join(ex), "Ix reviewed: " + lab_summary(c),
                "ASA: %s" % ch(["I", "II", "II"]), "Consent: %s" % ch(["taken", "to be taken by operating surgeon", "signed"]),
                "Plan: NPO from midnight, %s" % ch(["list tomorrow AM", "theatre at 08:00", "2nd case on list"])] + sig(d, 0)
    else:  # Egyptian style short
        out += [ch(["Admission Sheet", "ADMISSION REPORT", "Inpatient Admission"]), ""] + pt_band(c, 6)
        out += ["", "Date: %s" % c.fd(c.adm), "C/O: " + cs["cc"] + " since " + cs["dur"], "", "HPI: " + hpi_text(c, 1), "",
                "Past Hx: " + pmh_str(c), "Drug Hx: " + (", ".join(x[0] for x in c.home) or "none"), "Allergy: " + c.allergy, "",
                "O/E:", "  Conscious, oriented, " + vit_str(c, 0)]
        out += ["  " + e for e in ex] + ["", "Investigations: " + lab_summary(c), "", "Provisional Dx: " + cs["dx"], "",
                                         "Management:"] + ["  " + med_str(m, 0) for m in cs["ipm"]] + sig(d, 1)
    return out


def gen_progress_note(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 6)
    out = letterhead(c) if pr(0.6) else []
    day = ri(1, max(2, c.los))
    nd = c.adm + datetime.timedelta(days=day)
    better = ch(["improving", "better", "symptomatically improved", "feeling better"])
    if L == 0:
        out += [ch(["Progress Note", "PROGRESS NOTES", "Daily Progress Note", "Physician Progress Note"]) + ("  " + c.fd(nd) if pr(0.7) else ""), ""] + pt_band(c, 3)
        out += ["", "S: Patient reports %s. %s." % (better, ch(["Slept well", "Tolerating diet", "Pain 3/10", "No new complaints"])),
                "O: " + vit_str(c, 1), "   " + ch(exam_list(c)) + ". " + ch(["Wound clean", "Chest improving", "Abdomen soft", ""]),
                "   Labs: " + lab_summary(c, 3), "A: " + cs["dx"] + " - " + better, "P: " + ch(["Continue current management", "Step down to oral antibiotics", "Plan discharge tomorrow", "Mobilise, physio"])]
        out += sig(d, 2)
    elif L == 1:  # Indian ward round
        pod = "POD %d" % day if cs.get("op") else "Day %d of admission" % (day + 1)
        out += ["%s  %s" % (c.fd(nd), ch(["9:30 am", "10 AM", "8:15am", tm_day()])), ch(["Ward round", "WR", "Consultant round", "Rounds"]) + " - " + d["name"], pod, ""]
        out += ["Pt comfortable, %s" % ch(["afebrile", "no fresh c/o", "pain reduced", "passed flatus/motion" if cs.get("op") else "taking orally well"]),
                vit_str(c, 2), "CVS S1S2+  RS NVBS  P/A soft", ch(["Drain - 20 ml serous", "I/O adequate", "Wound - healthy", "Tolerating orally"]),
                "", "Adv:", "  " + ch(["Continue same", "C/S", "Continue Rx"]), "  " + ch(["Remove Foley", "Ambulate", "Start soft diet", "Repeat CBC tomorrow"]),
                "  " + ch(["Plan DC tomorrow if stable", "Review by " + cs["consult"], "Chest physio"]), "", "Dr. %s" % d["last"]]
        for k in range(ri(0, 4)):
            dd = nd + datetime.timedelta(days=k + 1)
            out += ["", "%s  %s  %s" % (c.fd(dd), ch(["9 am", "10:30", tm_day()]), ch(["WR", "Rounds", "Seen with consultant"])),
                    ch(["Pt better", "No fresh complaints", "Afebrile x 24 hrs", "Pain less", "Mobilising"]) + ". " + vit_str(c, 2),
                    "Adv: " + ch(["C/S", "Continue same", "Switch to oral meds", "Plan DC", "Repeat labs"]), "Dr. %s" % d["last"]]
    elif L == 2:  # outpatient follow-up
        out += pt_band(c, 0) + ["Visit date: %s   Clinic: %s OPD   Visit type: %s" % (c.fd(c.date), cs["spec"], ch(["Follow-up", "Revisit", "FU"])), ""]
        out += [ch(["Interval history:", "Since last visit:", "Subjective:"]), "  " + ch(["Patient returns for review.", "Came for follow-up with reports.", "Here for review of results."]) +
                " %s." % ch(["Symptoms improved partially", "Compliant with medications", "No new complaints", "Still has occasional symptoms"]),
                "Current medications:"] + ["  - " + med_str(m, 4) for m in all_meds(c)] + ["", "Exam: " + vit_str(c, 6), "  " + "; ".join(exam_list(c)[:2]), "",
                                                                                           "Results reviewed: " + lab_summary(c), "", "Assessment: " + cs["dx"] + " (" + cs["icd"] + ")",
                                                                                           "Plan: " + ch(["Continue same medications.", "Dose adjusted as above.", "Lifestyle modification counselled."]) + " " + ch(["RTC 4 weeks.", "Review in 3 months with HbA1c.", "Follow up after 2 weeks."])] + sig(d, 1)
    elif L == 3:  # UK clinic note
        out += ["%s Clinic   %s" % (cs["spec"], c.fd(c.date)), "%s  %s  %s" % (p["name"], p["mrn"], c.fd(p["dob"])), ""]
        out += ["Reviewed today. %s %s." % (cap(p["he"]), ch(["is much improved", "reports partial improvement", "continues to have symptoms"])),
                "Dx: " + cs["dx"], "O/E: " + vit_str(c, 5) + ". " + ch(exam_list(c)), "Ix: " + lab_summary(c, 3),
                "Plan: " + "; ".join(med_str(m, 4) for m in cs["dcm"][:2]) + "; " + ch(["see 6/52", "r/v 3/12", "discharge to GP", "PRN follow-up"]), "",
                d["name"] + ", " + d["title"]]
    elif L == 4:  # ICU / systems-based
        out += ["%s PROGRESS NOTE - %s" % (ch(["ICU", "HDU", "CCU"]), c.fd(nd)), ""] + pt_band(c, 2) + ["Day %d" % (day + 1), ""]
        out += ["Neuro: GCS 15/15, %s" % ch(["pain controlled", "no sedation"]),
                "CVS: HR %d, BP %d/%d, %s" % (c.v["hr"], c.v["sbp"], c.v["dbp"], ch(["off vasopressors", "no arrhythmia on monitor"])),
                "Resp: RR %d, SpO2 %d%% on %s" % (c.v["rr"], c.v["spo2"], ch(["2 L NC", "room air", "FiO2 30% HFNC"])),
                "Renal: UO %d ml/24h, Creat per labs" % ri(1200, 2400), "GI: %s" % ch(["tolerating diet", "NPO", "on PPI"]),
                "ID: Tmax %.1f, %s" % (c.v["t"], ch(["on " + cs["ipm"][0][0] if cs["ipm"] else "no antibiotics", "cultures pending"])),
                "Heme: " + ch(["DVT prophylaxis with enoxaparin", "Hb stable"]), "Lines: %s" % ch(["PIV x2", "R IJ CVC day 2", "PIV"]), "",
                "Impression: " + cs["dx"], "Plan: " + ch(["Step down to ward if stable", "continue current", "repeat labs AM"])] + sig(d, 2)
    elif L == 5:  # telemedicine / brief OPD
        tele = c.date.year >= 2020 and pr(0.7)
        out += [ch(["Teleconsultation Note", "Virtual Visit", "Telemedicine Follow-up"]) if tele else ch(["OPD NOTE", "Clinic Visit", "OUT-PATIENT RECORD"]), ""]
        out += pt_band(c, 4) + ["Date: %s  Time: %s" % (c.fd(c.date), tm_day())]
        if tele:
            out += ["Mode: %s. Patient identity verified using %s and DOB. Consent for teleconsultation obtained verbally." % (ch(["Video call", "Audio call"]), p["idname"])]
        out += ["", "Complaints: " + ch(["Follow-up, ", "Review, ", ""]) + cs["cc"], "Hx: " + ch(cs["hpi"]) + ", " + ch(cs["neg"]),
                "Dx: " + cs["dx"], "Rx:"] + ["  " + med_str(m, 1) for m in cs["dcm"]] + ["Next visit: " + ch(["2 weeks", "1 month", "after reports", "SOS"])] + sig(d, ch([0, 4]))
    else:  # Filipino SOAP
        out += [ch(["PROGRESS NOTES", "Doctor's Progress Notes", "Physician's Notes"]), ""] + pt_band(c, 5) + [""]
        out += ["%s  %s" % (c.fd(nd), tm_day()), "S> " + ch(["(-) fever", "(+) mild pain at operative site" if cs.get("op") else "(-) new complaints", "(-) vomiting"]) + ", " + ch(["(+) good appetite", "slept well", "ambulatory"]),
                "O> " + vit_str(c, 1), "   " + ch(exam_list(c)), "A> " + cs["dx"] + ", " + ch(["improving", "stable", "hospital day %d" % (day + 1)]),
                "P> " + ch(["Continue meds", "For repeat labs", "May go home tomorrow", "Refer to " + cs["consult"]]), "", d["name"] + ", " + d["q"]]
    return out


def gen_consult_note(c):
    cs, p, d0 = c.case, c.pt, c.doc
    cspec = cs["consult"] if cs["consult"] != cs["spec"] else ch(["Cardiology", "Internal Medicine", "Endocrinology", "Anaesthesia"])
    con = mk_doc(c.fac, cspec, grade=ch(["Consultant", "Consultant", "Specialist"]))
    ref = d0
    L = ri(0, 5)
    out = letterhead(c)
    q = ch(["Kindly see and advise", "Opinion regarding management", "Pre-operative clearance", "Please evaluate and co-manage",
            "Advice re: %s" % cs["dx"].split(",")[0].lower()])
    if cspec == "Cardiology":
        imp = "No active cardiac issue; %s" % ch(["ECG shows no acute changes", "acceptable cardiac risk for planned procedure", "continue current therapy"])
        recs = ["Continue " + ch(["bisoprolol", "amlodipine", "current antihypertensives"]), "Optimise BP before procedure", "Echo if any new symptoms", "No contraindication to surgery from cardiac point of view"]
    elif cspec == "Endocrinology":
        imp = "Hyperglycaemia / diabetes needing optimisation"
        recs = ["Start basal-bolus insulin: glargine 12 units HS + aspart 4 units with meals", "CBG QID (pre-meals and HS)", "HbA1c", "Diabetic educator referral"]
    elif cspec == "Anaesthesia":
        imp = "ASA %s; fit for %s" % (ch(["I", "II"]), ch(["GA", "spinal anaesthesia", "anaesthesia"]))
        recs = ["NPO 6 hours solids / 2 hours clear fluids", "Continue morning antihypertensives with sip of water", "Arrange 2 units crossmatch" if pr(0.3) else "Group and save"]
    elif cspec == cs["consult"]:
        imp = cs["dx"]
        recs = [med_str(m, 4) for m in (cs["ipm"] or cs["dcm"])[:3]] + [ch(["Will follow up", "Please call if any concern", "Review in OPD after discharge"])]
    else:
        imp = ch(["No active medical issue", "Medically stable", "Comorbidities controlled"]) + ("; " + pmh_str(c) if c.pmh else "")
        recs = samp(["Continue home medications", "Monitor BP and blood glucose", "DVT prophylaxis as per primary team", "No medical contraindication to the proposed plan",
                     "Encourage early mobilisation", "Check electrolytes in the morning"], 3)
    if L == 0:
        out += [ch(["CONSULTATION NOTE", "Consultation", "Specialist Consultation Report", "%s CONSULT" % cspec.upper()]), ""] + pt_band(c, 3)
        out += ["Date: %s" % c.fd(c.date), "Requesting physician: %s (%s)" % (ref["name"], ref["spec"]), "Consultant: %s (%s)" % (con["name"], cspec),
                "Reason for consultation: " + q, "", "HISTORY: " + hpi_text(c, 4), "", "PMH: " + pmh_str(c), "Medications: " + (", ".join(x[0] for x in c.home + cs["ipm"]) or "none"),
                "Allergies: " + c.allergy, "", "EXAMINATION: " + vit_str(c, 1)] + ["  " + e for e in exam_list(c)]
        out += ["", "DATA: " + lab_summary(c), "", "IMPRESSION: " + imp, "", "RECOMMENDATIONS:"] + ["%d. %s" % (i + 1, r) for i, r in enumerate(recs)]
        out += ["", "Thank you for this consultation. We will follow with you."] + sig(con, 2)
    elif L == 1:  # letter reply
        out += [c.fd(c.date), "", "%s" % ref["name"], "%s, %s" % (ref["title"], c.fac["name"]), "", "Dear %s," % ref["name"], "",
                "Re: %s, %s yrs, MRN %s" % (p["name"], p["age"], p["mrn"]), "",
                "Thank you for %s %s, whom I saw %s today regarding %s." % (ch(["referring", "asking me to see"]), p["title"] + " " + p["name"].split()[-1],
                                                                            ch(["in the ward", "in my clinic", "in the ER"]), q.lower()), "",
                hpi_text(c, 3 if con["origin"] == "UK" else 4), "", "On examination: " + vit_str(c, 5) + ". " + "; ".join(exam_list(c)) + ".", "",
                "My impression is %s." % imp.lower(), "", "I would suggest:"] + ["  - " + r for r in recs]
        out += ["", "I will be happy to see %s again." % ("him" if p["sex"] == "M" else "her"), "", "Kind regards,"] + sig(con, 1)
    elif L == 2:  # request/reply chit
        out += [ch(["CONSULTATION REQUEST & REPLY", "Inter-departmental Consultation", "REFERRAL / CONSULTATION SHEET"]), ""] + pt_band(c, 1)
        out += ["", "TO: Dept. of %s          FROM: %s" % (cspec, ref["spec"]), "Urgency: %s" % ch(["Routine", "Urgent", "Emergency"]),
                "Date/Time of request: %s %s" % (c.fd(c.date), tm()), "Brief history & reason: " + cs["dx"] + ". " + q, "Requested by: %s" % ref["name"], "",
                "------------------------ REPLY ------------------------", "Date/Time seen: %s %s" % (c.fd(c.date), tm()),
                "Findings: " + ch(exam_list(c)) + ". " + vit_str(c, 4), "Opinion: " + imp, "Advice:"]
        out += ["  " + r for r in recs] + ["", "Consultant: %s   Sign: ________" % con["name"]]
    elif L == 3:  # outpatient initial consult NA dictated
        out += pt_band(c, 0) + ["Date of visit: %s" % c.fd(c.date), "Referred by: %s" % ref["name"], ""]
        out += ["REASON FOR REFERRAL: " + q, "", "HISTORY OF PRESENT ILLNESS: " + hpi_text(c, 4), "", "PAST HISTORY: " + pmh_str(c),
                "SOCIAL: %s; %s" % (p["occ"], ch(["no tobacco", "former smoker", "shisha occasionally"])), "", "EXAM: " + vit_str(c, 3)]
        out += ["  " + e for e in exam_list(c)] + ["", "ASSESSMENT: " + imp, "", "PLAN:"] + ["  " + r for r in recs]
        out += ["", "cc: %s" % ref["name"]] + sig(con, 5)
    elif L == 4:  # pre-op clearance form
        out += [ch(["PRE-OPERATIVE MEDICAL EVALUATION", "Medical Fitness for Surgery", "Pre-op clearance"]), ""] + pt_band(c, 2)
        out += ["Planned procedure: %s" % (cs["op"]["name"] if cs.get("op") else "Procedure under sedation"), "Requested by: %s" % ref["name"], "",
                "Functional capacity: %s METs" % ch([">4", "> 4", "4-10"]), "RCRI score: %d" % ri(0, 1), "Comorbidities: " + pmh_str(c),
                "Exam: " + vit_str(c, 0), "ECG: " + ch(["NSR, no ischaemic changes", "Sinus rhythm, normal axis"]), "Labs: " + lab_summary(c), "",
                "Assessment: " + ch(["Low risk for intermediate risk surgery", "Medically optimised", "Acceptable risk"]),
                "Recommendations:"] + ["  * " + r for r in recs] + sig(con, 4)
    else:  # short Egyptian/Pakistani
        out += pt_band(c, 6) + ["", "%s consultation   %s" % (cspec, c.fd(c.date)), ""]
        out += ["Called to see pt for: " + q.lower(), "Pt %s known %s" % (p["age"], cs["dx"].lower()), "O/E: " + vit_str(c, 2), ch(exam_list(c)),
                "Opinion: " + imp, "Plan: " + "; ".join(recs), "", "Dr %s / %s" % (con["name"].replace("Dr. ", ""), cspec)]
    return out


def op_team(c):
    op = c.case["op"]
    surg = c.doc
    asst = mk_doc(c.fac, c.case["spec"], grade=ch(["Registrar", "Specialist"]))
    an = mk_doc(c.fac, "Anaesthesia")
    return op, surg, asst, an


def gen_operative_note(c):
    cs, p = c.case, c.pt
    op, surg, asst, an = op_team(c)
    L = ri(0, 5)
    out = letterhead(c)
    t0 = "%02d:%02d" % (ri(7, 16), ch([0, 10, 15, 20, 30, 45]))
    mins = ri(*op["dur"])
    odate = c.adm + datetime.timedelta(days=ri(0, 1))
    implant = op.get("implant", "")
    implant = (implant % dg(6)) if implant else ""
    if L == 0:
        out += [ch(["OPERATIVE NOTE", "OPERATION NOTE", "Operative Report", "OPERATION RECORD"]), ""] + pt_band(c, 0)
        out += ["Date of surgery: %s" % c.fd(odate), "Surgeon: %s" % surg["name"], "Assistant: %s" % asst["name"], "Anaesthetist: %s" % an["name"],
                "Anaesthesia: %s" % op["anes"], "", "Pre-operative diagnosis: %s" % cs["dx"], "Post-operative diagnosis: %s" % ch(["Same", cs["dx"]]),
                "Procedure: %s" % op["name"], "Start: %s   Duration: %d min" % (t0, mins), "", "Findings:"] + ["  - " + f for f in op["find"]]
        out += ["", "Procedure details:"] + ["  %d. %s." % (i + 1, s) for i, s in enumerate(op["steps"])]
        out += ["", "EBL: %s" % op["ebl"], "Specimen: %s" % op["spec"], "Drain: %s" % op["drain"]] + (["Implant: " + implant] if implant else [])
        out += ["Complications: %s" % ch(["None", "Nil", "None intraop"]), "Condition: %s" % ch(["Stable, shifted to recovery", "Extubated, stable to PACU", "Stable"])] + sig(surg, ch([0, 1, 4]))
    elif L == 1:  # NA dictated narrative
        out += pt_band(c, 3) + ["DATE OF OPERATION: %s" % c.fd(odate), "",
                                "PREOPERATIVE DIAGNOSIS: " + cs["dx"], "POSTOPERATIVE DIAGNOSIS: Same.", "OPERATION PERFORMED: " + op["name"] + ".",
                                "SURGEON: " + surg["name"], "ASSISTANT: " + asst["name"], "ANESTHESIA: " + op["anes"] + ".", "ESTIMATED BLOOD LOSS: " + op["ebl"] + ".",
                                "COMPLICATIONS: None.", "", "INDICATIONS: %s %s presented with %s. %s. Risks, benefits and alternatives were discussed and informed consent was obtained." % (
                                    p["title"], p["name"].split()[-1], cs["cc"], cs["img"][3] if cs.get("img") else "Clinical diagnosis was made"), "",
                                "DESCRIPTION OF PROCEDURE: The patient was brought to the operating room and placed supine. After induction of %s, the area was prepped and draped in the usual sterile fashion. A surgical time-out was performed. %s. Findings: %s. %s. Sponge and needle counts were correct x2. The patient tolerated the procedure well and was transferred to the recovery room in stable condition." % (
                                    op["anes"].lower(), ". ".join(op["steps"]), "; ".join(op["find"]).lower(), op["spec"]), ""] + sig(surg, 5)
    elif L == 2:  # OT register-like form
        out += [ch(["OPERATION THEATRE RECORD", "SURGICAL PROCEDURE RECORD", "OT NOTES"]), "=" * 50]
        out += ["Name: %-30s MRN: %s" % (p["name"], p["mrn"]), "Age: %-5s Sex: %-5s OT No.: %d  Date: %s" % (p["age"], p["sex"], ri(1, 8), c.fd(odate)),
                "Case type: %s" % ch(["Elective", "Emergency"] if cs["k"] in ("appy", "radius") else ["Elective", "Elective", "Day case"]),
                "In OT: %s  Incision: %s  Closure: %s  Out OT: %s" % (t0, t0[:3] + "%02d" % min(59, int(t0[3:]) + 12), "--:--", "--:--"),
                "-" * 50, "Surgeon        : %s" % surg["name"], "Asst. surgeon  : %s" % asst["name"], "Anaesthetist   : %s" % an["name"],
                "Scrub nurse    : %s" % nurse_name(), "Type of anaes. : %s" % op["anes"], "-" * 50, "Diagnosis      : %s" % cs["dx"],
                "Operation      : %s" % op["name"], "-" * 50, "OPERATIVE FINDINGS:"] + ["   " + f for f in op["find"]]
        out += ["OPERATIVE PROCEDURE:", "   " + ". ".join(op["steps"]) + ".", "", "Blood loss: %s   Swab count: correct   Instrument count: correct" % op["ebl"],
                "Specimen(s): %s" % op["spec"], "Post-op instructions: %s" % ch(["NPO 6 hrs then liquids", "Vitals Q1H x 4 then Q4H", "Limb elevation, check distal circulation", "Early ambulation"])] + sig(surg, 3)
    elif L == 3:  # brief op note in chart
        out += [ch(["Brief Operative Note", "Immediate Post-op Note", "Brief op note"]) + "  " + c.fd(odate) + " " + tm(), ""] + pt_band(c, 4)
        out += ["Pre-op Dx: " + cs["dx"], "Post-op Dx: same", "Procedure: " + op["name"], "Surgeon/Asst: %s / %s" % (surg["last"], asst["last"]),
                "Anes: " + op["anes"], "Findings: " + "; ".join(op["find"]), "EBL: " + op["ebl"], "Specimens: " + op["spec"], "Drains: " + op["drain"],
                "Complications: none", "Disposition: PACU, stable", "", surg["name"]]
    elif L == 4:  # subcontinent abbreviated
        out += pt_band(c, 1) + ["", "OT NOTES - %s" % c.fd(odate), ""]
        out += ["Under %s," % op["anes"].replace("General anaesthesia", "GA").replace("Spinal anaesthesia", "SA"),
                "Pt in %s position, parts painted & draped." % ch(["supine", "lithotomy"] if "ureteroscopy" in op["name"] else ["supine"])]
        out += ["- " + s for s in op["steps"]] + ["", "Findings: " + ", ".join(op["find"]), "", "Haemostasis secured. Mop/instrument count correct.",
                                                   "Pt shifted to recovery in stable condition.", "Specimen: " + op["spec"], "", "Post op orders:",
                                                   "  NBM x %d hrs" % ch([4, 6]), "  IVF " + ch(["RL/NS 100 ml/hr", "DNS 1 pint 8 hrly"])]
        out += ["  " + med_str(m, 1) for m in cs["ipm"][:3]] + ["", "Surgeon: Dr. %s   Anaes: Dr. %s" % (surg["last"], an["last"])]
    else:  # EMR template
        out += [ch(["Surgical Operative Note", "Operative Procedure Report", "Surgery Report"]), "Document status: %s" % ch(["Final", "Signed", "Authenticated"]), ""]
        out += pt_band(c, 6) + ["", "Procedure Date: %s" % c.fd(odate), "Procedure(s): %s" % op["name"], "CPT/ACHI: %s" % dg(5),
                                "Primary Diagnosis: %s [%s]" % (cs["dx"], cs["icd"]), "Surgeon: %s   Assistant: %s" % (surg["name"], asst["name"]),
                                "Anesthesia Type: %s  Anesthesiologist: %s" % (op["anes"], an["name"]), "Wound Class: %s" % ch(["Clean", "Clean-contaminated", "Contaminated"]),
                                "", "Indication:", "  " + hpi_text(c, 4), "", "Intraoperative Findings:"] + ["  " + f for f in op["find"]]
        out += ["", "Technique:", "  " + " ".join(s + "." for s in op["steps"]), "", "Estimated Blood Loss: %s" % op["ebl"],
                "Implants: %s" % (implant or "None"), "Specimens: %s" % op["spec"], "Counts: Correct", "Complications: None apparent"] + sig(surg, 2)
    return out


PROC_CASE = {"ogd": "ida", "cath": "nstemi", "knee_inj": "knee", "ncs": "ctsx", "fna": "thyroid", "bronch": "cap"}


def gen_procedure_note(c):
    p = c.pt
    key = c.pkey
    pc = PROCS[key]
    op = mk_doc(c.fac, pc["spec"] if pc["spec"] in SPECS else "Internal Medicine")
    L = ri(0, 5)
    out = letterhead(c)
    if L == 0:  # endoscopy-unit style report
        inst = {"ogd": "Olympus GIF-H%d" % ch([180, 190]), "colono": "Olympus CF-HQ190", "bronch": "Olympus BF-1T%d" % ch([180, 190])}.get(key, "n/a")
        out += [ch(["%s REPORT" % pc["name"].upper(), "Procedure Report", "ENDOSCOPY / PROCEDURE SUITE REPORT", "Diagnostic Services - Procedure"]), ""]
        out += pt_band(c, 0) + ["Date: %s   Room: %s" % (c.fd(c.date), ch(["Endo 1", "Endo 2", "Cath Lab 1", "Procedure room", "Neurophysiology lab"])),
                                "Performed by: %s" % op["name"], "Referring: %s" % c.doc["name"], "Instrument: %s" % inst, "Sedation: %s" % pc["sed"], "",
                                "INDICATION: " + pc["ind"], "", "FINDINGS:"] + ["  " + f for f in pc["find"]]
        out += ["", pc["extra"], "", "IMPRESSION: " + pc["imp"], "", "RECOMMENDATION: " + ch(["Await histology", "Follow up in clinic with results", "As per referring physician", "Repeat in 3 years"])] + sig(op, 2)
    elif L == 1:  # bedside procedure note
        out += [ch(["PROCEDURE NOTE", "Bedside Procedure Note", "Procedure Documentation"]) + "  " + c.fd(c.date) + " " + tm(), ""] + pt_band(c, 4)
        out += ["Procedure: " + pc["name"], "Indication: " + pc["ind"], "Consent: %s" % ch(["Written informed consent obtained", "Consent signed by patient", "Obtained from patient after explaining risks"]),
                "Time-out: performed, correct patient/site verified", "Operator: %s   Assisted by: %s (RN)" % (op["name"], nurse_name()),
                "Anaesthesia/Sedation: " + pc["sed"], "Technique/Findings:"] + ["  - " + f for f in pc["find"]]
        out += ["  - " + pc["extra"]] if pc["extra"] else []
        out += ["Complications: %s" % ch(["None", "Nil immediate", "None"]), "EBL: %s" % ch(["minimal", "nil", "< 5 ml"]), "Patient tolerated procedure well.",
                "Post-procedure: %s" % ch(["Vitals q15 min x 4", "Observe 2 hours", "Bed rest 4 hours", "Monitor site for bleeding"])] + sig(op, 0)
    elif L == 2:  # structured table / measurements
        out += [ch(["DIAGNOSTIC PROCEDURE REPORT", pc["name"], "Investigation Report"]), ""] + pt_band(c, 1)
        out += ["Study date : %s" % c.fd(c.date), "Ref. by    : %s" % c.doc["name"], "Indication : %s" % pc["ind"], "-" * 60]
        for i, f in enumerate(pc["find"]):
            out.append("%2d  %s" % (i + 1, f))
        out += ["-" * 60, "Comments: " + (pc["extra"] or "-"), "", "CONCLUSION:", "  " + pc["imp"], "", op["name"], op["title"]]
    elif L == 3:  # short subcontinent
        out += pt_band(c, 2) + ["", "%s  -  %s" % (c.fd(c.date), tm_day()), ""]
        out += ["Procedure: %s done under aseptic precautions." % pc["name"], "Under %s." % pc["sed"].split(":")[0].lower(),
                " ".join(f + "." for f in pc["find"]), pc["extra"], "Pt tolerated well. No immediate complications.", "Imp: " + pc["imp"], "",
                "Dr. %s" % op["last"]]
    elif L == 4:  # NA dictated
        out += pt_band(c, 3) + ["", "PROCEDURE: " + pc["name"], "DATE: " + c.fd(c.date), "OPERATOR: " + op["name"], "INDICATION: " + pc["ind"] + ".",
                                "ANESTHESIA: " + pc["sed"] + ".", "",
                                "DESCRIPTION: After informed consent was obtained and a time-out completed, %s. %s The patient tolerated the procedure without immediate complication." % (
                                    "; ".join(f[0].lower() + f[1:] for f in pc["find"]), pc["extra"]), "",
                                "IMPRESSION: " + pc["imp"], "", "PLAN: " + ch(["Follow up results in clinic.", "Continue current medical therapy.", "Discharge home when criteria met."])] + sig(op, 5)
    else:  # checklist style
        X = "[X]"
        out += [ch(["PROCEDURE RECORD", "Day Care Procedure Sheet", "Minor Procedure Form"]), ""] + pt_band(c, 0)
        out += ["Procedure: %s" % pc["name"], "Pre-procedure checklist: ID band %s  Consent %s  Allergies checked %s  NPO %s" % (X, X, X, ch([X, "[ ]", "N/A"])),
                "Allergies: " + c.allergy, "Pre vitals: " + vit_str(c, 1), "Sedation/Analgesia: " + pc["sed"], "Start time: %s  End time: %s" % (tm_day(), tm_day()),
                "Findings: " + "; ".join(pc["find"]), "Specimens: %s" % ("Yes - sent to lab" if "sent" in pc["extra"] or "biops" in pc["extra"].lower() else "None"),
                "Outcome: " + pc["imp"], "Post vitals: stable", "Discharge criteria met: " + X] + sig(op, 3)
    return out


def lab_header(c, style):
    p = c.pt
    coll = c.date
    rep = c.date + datetime.timedelta(days=ri(0, 1))
    ref = c.doc["name"]
    h1 = ri(0, 15)
    t1, t2 = "%02d:%02d" % (h1, ri(0, 59)), "%02d:%02d" % (h1 + ri(1, 8), ri(0, 59))
    if style == 0:
        return ["Patient Name : %-28s Lab No.  : %s" % (p["name"], "L" + dg(8)), "Age/Sex      : %-28s MRN      : %s" % ("%s Y / %s" % (p["age"], p["sex"]), p["mrn"]),
                "Referred By  : %-28s Collected: %s %s" % (ref, c.fd(coll), t1), "Location     : %-28s Reported : %s %s" % (ch(["OPD", "ER", "Ward 3A", "ICU", "Day care"]), c.fd(rep), t2)]
    if style == 1:
        return ["PATIENT: %s   MRN: %s   DOB: %s" % (p["name"].upper(), p["mrn"], c.fd(p["dob"])), "ORDERING: %s   ACCESSION: %s-%s" % (ref, dg(2), dg(7)),
                "SPECIMEN: %s   COLLECTED: %s %s   RECEIVED: %s %s" % (ch(["Blood", "Serum", "EDTA blood", "Urine"]), c.fd(coll), t1, c.fd(coll), t2)]
    return ["%s | %s | %s yrs | %s" % (p["name"], p["mrn"], p["age"], p["sexw"]), "Dr. %s | Sample ID %s | %s" % (ref.replace("Dr. ", ""), dg(10), c.fd(coll))]


def gen_lab_report(c):
    cs, p = c.case, c.pt
    L = ri(0, 6)
    out = letterhead(c, ch([0, 2, 3, 5, 7]))
    out += [ch(["DEPARTMENT OF LABORATORY MEDICINE", "CLINICAL LABORATORY", "Laboratory Services", "PATHOLOGY & LABORATORY MEDICINE", ""])]
    tech = nurse_name()
    path = mk_doc(c.fac, "Pathology")
    panels = list(cs["labs"])
    if L in (0, 1, 2):
        out += lab_header(c, L) + [""]
        for pn in (panels if pr(0.6) else panels[:ri(1, len(panels))]):
            out += [ch(PANEL_NAMES[pn]).upper() if L != 1 else ch(PANEL_NAMES[pn])]
            if L == 0:
                out += ["%-30s %-10s %-6s %-14s %s" % ("Test", "Result", "Flag", "Ref. Range", "Units")]
            elif L == 1:
                out += ["Test                         Result     Units          Reference"]
            for (nm, ab, unit, val, ref, flag, star) in lab_values(pn, cs["abn"]):
                if L == 0:
                    out.append("%-30s %-10s %-6s %-14s %s" % (nm, val, flag, ref, unit))
                elif L == 1:
                    out.append("%-28s %-10s %-14s %s" % (nm, val + ("*" + flag if flag else star), unit, ref))
                else:
                    out.append("%s: %s %s %s" % (ab, val, unit, ("(" + flag + ")") if flag else "[" + ref + "]" if ref else ""))
            out.append("")
        out += [ch(["Verified by: %s (Lab Technologist)" % tech, "Validated by: %s" % path["name"], "Authorised: %s, %s" % (path["name"], path["q"])]),
                ch(["*** End of Report ***", "-- End of report --", "Results relate only to the sample tested.", ""])]
    elif L == 3:  # microbiology culture
        org = ch([("Escherichia coli", ["Ampicillin R", "Amoxicillin-clavulanate S", "Ceftriaxone S", "Ciprofloxacin S", "Nitrofurantoin S", "Trimethoprim-sulfa R", "Meropenem S"]),
                  ("Klebsiella pneumoniae (ESBL)", ["Ampicillin R", "Ceftriaxone R", "Ciprofloxacin R", "Piperacillin-tazobactam S", "Meropenem S", "Amikacin S"]),
                  ("Staphylococcus aureus (MSSA)", ["Oxacillin S", "Clindamycin S", "Erythromycin R", "Vancomycin S (MIC 1)", "Linezolid S"])])
        spec = ch(["Urine (midstream)", "Blood culture (aerobic bottle)", "Wound swab", "Sputum"])
        out += lab_header(c, 0) + ["", ch(["MICROBIOLOGY REPORT", "CULTURE & SENSITIVITY", "Microbiology - Final Report"]), "Specimen: " + spec, ""]
        out += ["Gram stain: %s" % ch(["Gram negative bacilli seen", "Pus cells ++, Gram positive cocci in clusters", "Numerous pus cells"]),
                "Culture: %s %s" % (ch(["Growth of", "Isolated:"]), org[0]) + (" > 10^5 CFU/ml" if "Urine" in spec else ""), "", "Antibiotic susceptibility (%s):" % ch(["Vitek 2", "disc diffusion, CLSI", "MIC"])]
        out += ["   " + s for s in org[1]] + ["", "S = Sensitive  I = Intermediate  R = Resistant", "Comment: %s" % ch(["Kindly correlate clinically.", "ESBL producer - contact precautions advised." if "ESBL" in org[0] else "Final report.", "Preliminary report issued by phone to ward nurse."])]
        out += ["", "Microbiologist: %s" % path["name"]]
    elif L == 4:  # visa / pre-employment screening serology
        out += lab_header(c, 2) + ["", ch(["MEDICAL FITNESS SCREENING - LAB RESULTS", "Pre-employment Screening Tests", "SEROLOGY"]), ""]
        res = [("HIV 1&2 Ag/Ab combo", "Non-reactive"), ("HBsAg", ch(["Non-reactive"] * 5 + ["Reactive"])), ("Anti-HCV", "Non-reactive"),
               ("VDRL/RPR", "Non-reactive"), ("Stool for ova & parasites", ch(["No ova or cysts seen", "Not received"])), ("Pregnancy test (urine)", "Negative" if p["sex"] == "F" else "N/A"),
               ("TB - Interferon gamma release assay", ch(["Negative", "Negative", "Not requested"]))]
        for a, b in res:
            out.append("%-40s %s" % (a, b))
        out += ["", "Method: %s" % ch(["CMIA (Architect)", "ECLIA (Cobas)", "ELISA"]), "Note: Reactive results are confirmed by a reference laboratory before reporting to authorities."]
        out += ["", "Checked by: %s" % tech]
    elif L == 5:  # single analyte short slip
        pn = ch(panels)
        rows = lab_values(pn, cs["abn"])
        out += pt_band(c, 4) + ["%s  %s" % (c.fd(c.date), tm())]
        out += ["%s = %s %s %s" % (r[0], r[3], r[2], r[5]) for r in rows[:ri(1, len(rows))]]
        out += [ch(["Critical value called to Dr. %s at %s, read back confirmed." % (c.doc["last"], tm()), "", "Point of care test"])]
    else:  # cumulative report
        pn = ch(panels)
        d1, d2, d3 = c.date - datetime.timedelta(days=2), c.date - datetime.timedelta(days=1), c.date
        out += lab_header(c, 1) + ["", ch(["CUMULATIVE RESULTS", "Trend Report", "Cumulative lab summary"]) + " - " + ch(PANEL_NAMES[pn]), ""]
        out += ["%-26s %-10s %-10s %-10s %s" % ("Test", d1.strftime("%d/%m"), d2.strftime("%d/%m"), d3.strftime("%d/%m"), "Ref")]
        a, b, c3 = lab_values(pn, cs["abn"]), lab_values(pn, {}), lab_values(pn, {})
        for r1, r2, r3 in zip(a, b, c3):
            out.append("%-26s %-10s %-10s %-10s %s" % (r1[0][:26], r1[3] + r1[5], r2[3] + r2[5], r3[3] + r3[5], r1[4]))
        out += ["", "H=High L=Low"]
    return out


IMG_EXTRA = [
    ("XR", "Chest X-ray PA view (visa medical)", ["Both lung fields are clear.", "No active parenchymal lesion. No hilar lymphadenopathy.",
                                                   "Costophrenic angles are clear. Cardiac size normal.", "Bony thorax unremarkable."], "No radiological evidence of active pulmonary TB. Normal chest."),
    ("US", "Ultrasound abdomen and pelvis", ["Liver is normal in size (14.2 cm) with diffusely increased echogenicity.", "No focal lesion. Portal vein normal.",
                                             "Gallbladder, pancreas, spleen unremarkable.", "Both kidneys normal in size and echotexture. No calculus.", "Urinary bladder normal."],
     "Grade I-II fatty liver. Otherwise normal study."),
    ("DEXA", "DEXA scan (lumbar spine and hip)", ["L1-L4 BMD 0.842 g/cm2, T-score -2.6, Z-score -1.4.", "Left femoral neck BMD 0.701 g/cm2, T-score -2.1.",
                                                  "Total hip T-score -1.7."], "Osteoporosis at the lumbar spine; osteopenia at the hip."),
    ("MAMMO", "Bilateral screening mammogram", ["Breast composition: heterogeneously dense (ACR c).", "No suspicious mass, architectural distortion or suspicious calcification.",
                                                "Benign appearing bilateral axillary lymph nodes."], "BI-RADS 1: Negative. Routine screening in 1 year."),
    ("CT", "CT brain (non-contrast)", ["No intracranial haemorrhage, mass effect or midline shift.", "Grey-white differentiation preserved.",
                                       "Ventricles and sulci are age-appropriate.", "Calvarium intact."], "No acute intracranial abnormality."),
    ("NM", "Myocardial perfusion scan (Tc-99m sestamibi, pharmacological stress)", ["Regadenoson stress with no chest pain; ECG without ischaemic change.",
                                                                                      "Homogeneous tracer uptake at stress and rest in all segments.", "Gated LVEF 62%, normal wall motion."],
     "No scintigraphic evidence of inducible ischaemia or infarction."),
]


def gen_imaging_report(c):
    cs, p = c.case, c.pt
    if cs.get("img") and pr(0.7):
        mod, study, finds, imp = cs["img"]
        hist = cs["cc"] + (" - ? " + cs["dx"].split(",")[0].lower() if pr(0.6) else "")
    else:
        mod, study, finds, imp = ch(IMG_EXTRA)
        hist = ch(["Visa medical screening", "Routine check-up", "Pre-employment", "Headache", "Abdominal discomfort", "Screening", "Back pain", "Atypical chest pain"])
        if "visa" in study:
            hist = "Visa medical / residency screening"
    rad = mk_doc(c.fac, "Cardiology" if mod in ("ECHO", "NM") else "Radiology")
    L = ri(0, 6)
    out = letterhead(c)
    dept = ch(["DEPARTMENT OF RADIOLOGY", "Radiology & Imaging", "MEDICAL IMAGING DEPARTMENT", "Diagnostic Imaging", ""])
    acc = "ACC%s" % dg(8)
    tech = {"XR": "Single frontal projection.", "US": "Real-time grey-scale and colour Doppler sonography performed.", "CT": "Axial sections acquired without IV contrast with multiplanar reformats.",
            "MRI": "Multiplanar multisequence MRI (T1, T2, STIR, DWI) on a %s Tesla system." % ch(["1.5", "3"]), "ECHO": "2D, M-mode, colour and tissue Doppler.",
            "DEXA": "Dual energy X-ray absorptiometry.", "MAMMO": "CC and MLO views of both breasts (tomosynthesis).", "NM": "Single day stress/rest protocol, SPECT."}[mod]
    if mod == "ECHO":
        meas = ["LVEDD %d mm  LVESD %d mm  IVSd %d mm  PWd %d mm" % (ri(44, 54), ri(28, 38), ri(9, 12), ri(9, 11)), "LA %d mm  Ao root %d mm" % (ri(32, 40), ri(28, 34)),
                "E/A %.1f  E/e' %d  TAPSE %d mm  PASP %d mmHg" % (rf(0.7, 1.3), ri(7, 13), ri(18, 24), ri(22, 32))]
    else:
        meas = []
    if L == 0:
        out += [dept, ""] + pt_band(c, 0) + ["Exam: %s" % study, "Exam date: %s   Accession: %s" % (c.fd(c.date), acc), "Referring physician: %s" % c.doc["name"], "",
                                             "CLINICAL INFORMATION: " + hist, "", "TECHNIQUE: " + tech, "", "COMPARISON: " + ch(["None available.", "None.", "Prior study dated %s." % c.fd(c.date - datetime.timedelta(days=ri(90, 900)))]), "",
                                             "FINDINGS:"] + meas + finds + ["", "IMPRESSION:", "  " + imp] + sig(rad, 2)
    elif L == 1:
        out += pt_band(c, 1) + ["Study  : %s" % study.upper(), "Date   : %s" % c.fd(c.date), "Ref Dr : %s" % c.doc["name"], ""]
        out += ["History: " + hist, ""] + [f for f in meas + finds] + ["", "OPINION: " + imp, "", "Kindly correlate clinically.", "", rad["name"], rad["q"], rad["title"]]
    elif L == 2:  # bullet/telegraphic
        out += [study.upper(), ""] + pt_band(c, 4) + [""] + ["* " + f for f in meas + finds] + ["", "CONCLUSION: " + imp, "", "Reported by %s on %s %s" % (rad["name"], c.fd(c.date), tm())]
    elif L == 3:  # PACS/RIS printout
        out += ["RIS REPORT  |  %s  |  %s" % (acc, mod), "-" * 60, "Patient: %s (%s)  DOB %s" % (p["name"], p["mrn"], c.fd(p["dob"])),
                "Procedure: %s" % study, "Status: %s" % ch(["FINAL", "Final - Signed", "Verified"]), "Ordered by: %s   Performed: %s %s" % (c.doc["name"], c.fd(c.date), tm()), "-" * 60,
                "Indication: " + hist, "Technique: " + tech, "", "Report:", ] + ["  " + f for f in meas + finds] + ["", "Impression:", "  1. " + imp,
                                                                                                                  ("  2. " + ch(["No prior for comparison.", "Follow-up as clinically indicated."])) if pr(0.4) else "", "", "Signed: %s %s" % (rad["name"], c.fd(c.date))]
    elif L == 4:  # short X-ray style report
        out += pt_band(c, 2) + ["", "%s - %s" % (study, c.fd(c.date)), ""] + [" ".join(finds)] + ["", "IMP: " + imp, "", "Dr. " + rad["name"].replace("Dr. ", "")]
    elif L == 5:  # narrative with addendum possibility
        out += [dept or "Imaging Report", "Patient: %s   File: %s   Age: %s" % (p["name"], p["mrn"], p["age"]), "Examination: %s   Date: %s" % (study, c.fd(c.date)), ""]
        out += ["Clinical details: %s." % hist, "", "Report:", " ".join(meas + finds), "", "Summary: " + imp]
        if pr(0.4):
            out += ["", "ADDENDUM (%s): %s" % (c.fd(c.date + datetime.timedelta(days=1)), ch(["Findings discussed with referring physician by phone.", "Comparison with outside images provided by patient shows no interval change.", "Corrected laterality in clinical details."]))]
        out += sig(rad, 1)
    else:  # template with headings in different wording
        out += [ch(["IMAGING REPORT", "RADIOLOGY REPORT", mod + " REPORT"]) if pr(0.5) else "", ""] + pt_band(c, 6)
        out += ["Modality: %s   Body part: %s" % (mod, study.split(" ", 2)[-1] if mod != "ECHO" else "Heart"), "Reason for exam: " + hist, "",
                "Observations:"] + ["  - " + f for f in meas + finds] + ["", "Conclusion:", "  " + imp, "", "Reporting radiologist: %s (%s)" % (rad["name"], rad["lic"])]
    return out


def gen_pathology_report(c):
    p = c.pt
    link = {"appy": 0, "chole": 1, "ida": 2, "thyroid": 3}
    idx = link.get(c.case["k"], ri(4, len(PATH_SPECS) - 1)) if pr(0.8) else ri(0, len(PATH_SPECS) - 1)
    site, spec_t, gross, micro, dx = PATH_SPECS[idx]
    pth = mk_doc(c.fac, "Pathology")
    acc = "%s%s-%s" % (ch(["S", "SP", "H", "C" if "FNA" in site else "S"]), str(c.date.year)[2:], dg(5))
    rec = c.date
    rep = c.date + datetime.timedelta(days=ri(2, 6))
    L = ri(0, 5)
    out = letterhead(c)
    clin = ch(["Clinical details: %s" % c.case["dx"] if idx in link.values() else "Clinical details: ? %s" % dx.split(".")[0].lower(), "Clinical history not provided.", "Hx: as per request form"])
    if L == 0:
        out += [ch(["HISTOPATHOLOGY REPORT", "SURGICAL PATHOLOGY REPORT", "CYTOLOGY REPORT" if "FNA" in site else "HISTOPATHOLOGY REPORT", "Anatomical Pathology"]), ""]
        out += pt_band(c, 0) + ["Lab No.: %s   Received: %s   Reported: %s" % (acc, c.fd(rec), c.fd(rep)), "Referring clinician: %s" % c.doc["name"], "",
                                "SPECIMEN: %s - %s" % (site, spec_t), clin, "", "GROSS DESCRIPTION:", gross, "", "MICROSCOPIC DESCRIPTION:", micro, "",
                                "DIAGNOSIS:", "  " + site + ": " + dx] + sig(pth, 1)
    elif L == 1:
        out += pt_band(c, 1) + ["Path No : %s" % acc, "Date    : %s" % c.fd(rep), ""]
        out += ["Nature of specimen: " + spec_t + " (" + site + ")", "", "Macroscopy: " + gross, "", "Microscopy: " + micro, "", "IMPRESSION:", dx.upper(), "", pth["name"], "Consultant Histopathologist"]
    elif L == 2:  # final diagnosis first
        out += [ch(["PATHOLOGY CONSULTATION REPORT", "Final Pathology Report", ""]), "Accession %s" % acc] + pt_band(c, 3) + ["",
                "FINAL DIAGNOSIS:", "  %s, %s:" % (site.upper(), spec_t.lower()), "  - " + dx, "", "Electronically signed out by %s on %s" % (pth["name"], c.fd(rep)), "",
                "Clinical information: " + clin.split(":", 1)[-1].strip(), "", "Gross description: " + gross, "", "Microscopic description: " + micro,
                "", "Specimen received in 10% neutral buffered formalin." if "FNA" not in site else "", "Block/slide summary: %d blocks, %d slides" % (ri(1, 6), ri(2, 8))]
    elif L == 3:  # sendout reference lab
        out += ["REFERENCE LABORATORY REPORT - %s" % ch(["Histology", "Tissue pathology"]), "Client: %s" % c.fac["name"], "Client ref: %s  Our ref: %s" % (p["mrn"], acc), ""]
        out += ["Patient: %s  Sex: %s  Age: %s" % (p["name"], p["sex"], p["age"]), "Specimen: %s" % site, "Received %s, reported %s" % (c.fd(rec), c.fd(rep)), "",
                "Report:", gross, micro, "", "Conclusion: " + dx, "", "Pathologist: %s (%s)" % (pth["name"], pth["q"])]
    elif L == 4:  # brief synoptic-like table
        out += [ch(["HPE REPORT", "Histopathology", "Biopsy Report"]), ""] + pt_band(c, 2) + ["", "%-22s %s" % ("Specimen", site), "%-22s %s" % ("Procedure", spec_t),
                                                                                           "%-22s %s" % ("Lab reference", acc), "%-22s %s" % ("Date reported", c.fd(rep)), "%-22s %s" % ("Gross", gross[:120] + ("..." if len(gross) > 120 else "")),
                                                                                           "%-22s %s" % ("Histology", micro), "%-22s %s" % ("Diagnosis", dx), "", "Reported by: " + pth["name"]]
    else:  # cytology style with Bethesda/adequacy or frozen section
        out += [ch(["CYTOPATHOLOGY", "Cytology / Histology Report", "PATHOLOGY"]), ""] + pt_band(c, 5)
        out += ["Specimen: " + site, "Adequacy: %s" % ch(["Satisfactory for evaluation", "Adequate", "Adequate - representative"]), "", "Description: " + micro, "", "Interpretation: " + dx,
                ch(["", "Recommend: clinical and radiological correlation.", "Note: case reviewed at departmental consensus meeting."]), "", pth["name"], pth["title"]]
    return out


def gen_medication_list(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 5)
    out = letterhead(c)
    home = c.home
    new = cs["dcm"]
    if L == 0:  # admission medication reconciliation
        out += [ch(["MEDICATION RECONCILIATION - ADMISSION", "Medication Reconciliation Form", "Admission Med Rec"]), ""] + pt_band(c, 0)
        out += ["Allergies: " + c.allergy, "Source of information: %s" % ch(["Patient", "Patient + own medicines", "Family member", "Previous records / eRx history"]), "",
                "%-32s %-10s %-6s %-12s %-10s %s" % ("Home medication", "Dose", "Route", "Frequency", "Last dose", "Action on admission")]
        if not home:
            out.append("  No regular home medications reported.")
        for m in home:
            out.append("%-32s %-10s %-6s %-12s %-10s %s" % (m[0], m[1], m[2], m[3][:12], ch(["today AM", "yesterday", "unknown"]), ch(["Continue", "Continue", "Hold", "Modify"])))
        out += ["", "Reconciled by: %s (Pharmacist)   Date: %s" % (person_name(ch(["Indian", "Egyptian", "Jordanian", "Filipino"]), ch("MF")), c.fd(c.adm)),
                "Physician review: %s" % d["name"]]
    elif L == 1:  # discharge reconciliation continue/stop/new
        out += [ch(["DISCHARGE MEDICATION RECONCILIATION", "Medications at Discharge", "Discharge Med Rec"]), ""] + pt_band(c, 3)
        out += ["Discharge date: %s" % c.fd(c.dis), ""]
        out += ["NEW medications:"] + ["  + " + med_str(m, 2) for m in new] + [""]
        out += ["CONTINUE (unchanged):"] + (["  = " + med_str(m, 2) for m in home] or ["  none"]) + [""]
        stopped = [m for m in cs["ipm"] if m[2] == "IV"][:2]
        out += ["STOPPED:"] + (["  x " + m[0] + " (" + ch(["course completed", "inpatient only", "switched to oral"]) + ")" for m in stopped] or ["  none"])
        out += ["", "Pharmacist counselling done: %s" % ch(["Yes", "Yes - with interpreter", "Yes, leaflet given"])] + sig(d, 2)
    elif L == 2:  # pharmacy profile printout
        out += [ch(["ACTIVE MEDICATION PROFILE", "Pharmacy - Patient Medication Profile", "Current Medications"]), "Printed %s %s" % (c.fd(c.date), tm()), ""] + pt_band(c, 2)
        out += ["", "%-4s %-34s %-10s %-6s %-14s %-10s %s" % ("#", "Drug", "Dose", "Route", "Frequency", "Start", "Prescriber")]
        for i, m in enumerate(new + home):
            out.append("%-4s %-34s %-10s %-6s %-14s %-10s %s" % (i + 1, m[0][:34], m[1], m[2], m[3][:14], c.date.strftime("%d/%m/%y"), d["last"]))
        out += ["", "Total active orders: %d" % len(new + home)]
    elif L == 3:  # patient's medication card
        out += [ch(["MY MEDICATION LIST", "Patient Medication Card", "Your medicines"]), "", "Name: %s" % p["name"], "File no: %s" % p["mrn"], "Allergies: " + c.allergy, ""]
        out += ["Medicine            | What it is for            | Morning | Noon | Evening | Night"]
        purpose = {"Metformin": "diabetes", "Amlodipine": "blood pressure", "Rosuvastatin": "cholesterol", "Atorvastatin": "cholesterol", "Paracetamol": "pain/fever",
                   "Levothyroxine": "thyroid", "Pantoprazole": "stomach", "Esomeprazole": "stomach"}
        for m in new + home:
            f = FREQ_IN.get(m[3].split()[0], "as directed")
            parts = (f.split("-") + ["0", "0", "0", "0"])[:4] if "-" in f else ["-", "-", "-", "-"]
            if len(f.split("-")) == 3:
                parts = [parts[0], "0", parts[1], parts[2]] if f != "1-1-1" else ["1", "1", "0", "1"]
            out.append("%-19s | %-25s | %-7s | %-4s | %-7s | %s" % (m[0][:19], purpose.get(m[0], ch(["as advised by doctor", cs["dx"].split(",")[0][:25].lower()])), *parts))
        out += ["", "Bring this list to every visit."]
    elif L == 4:  # handwritten-ish nursing MAR summary
        out += [ch(["MEDICATION ADMINISTRATION RECORD (summary)", "Drug chart", "MAR"]), ""] + pt_band(c, 1) + ["Wt: %d kg   Allergy: %s" % (c.v["wt"], c.allergy), ""]
        times = {"OD": "09", "BD": "09 21", "TDS": "06 14 22", "QID": "06 12 18 24", "HS": "22", "Q6H": "06 12 18 24", "Q8H": "06 14 22"}
        for m in cs["ipm"] + home:
            f0 = m[3].split()[0]
            out.append("%s %s %s %s   times: %s   %s" % (form_of(m), m[0], m[1], m[3], times.get(f0, "PRN"), ch(["given", "given - " + nurse_name().split()[0], "held (NPO)", "given"])))
        out += ["", "Start date: %s   Prescriber: %s" % (c.fd(c.adm), d["name"])]
    else:  # outpatient chronic medication review
        out += [ch(["Chronic Medication Review", "Medication Review - Clinic", "Polypharmacy review"]), ""] + pt_band(c, 5) + ["Date: %s" % c.fd(c.date), ""]
        out += ["Diagnoses: " + "; ".join([cs["dx"]] + [n for n, _ in c.pmh])] + [""]
        for m in new + home:
            out.append("- " + med_str(m, 4) + "  -> " + ch(["continue", "continue", "reduce dose", "review at next visit", "refill x 3 months"]))
        out += ["", "Adherence: %s" % ch(["good", "fair - missed doses during travel", "good, uses pill box"]), "Interactions checked: none significant"] + sig(d, 0)
    return out


def gen_prescription(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 5)
    meds = cs["dcm"] or [("Paracetamol", "500 mg", "PO", "TDS PRN", "5 days")]
    out = letterhead(c)
    if L == 0:  # classic OP Rx
        out += [d["name"] + ", " + d["q"], d["title"], "Licence: " + d["lic"], "-" * 50] + pt_band(c, 2) + ["Date: %s" % c.fd(c.date), "Dx: %s" % cs["dx"], "", "Rx"]
        out += ["  %d) %s" % (i + 1, med_str(m, 1)) for i, m in enumerate(meds)] + ["", "Signature & stamp: __________"]
    elif L == 1:  # eRx printout
        out += [ch(["ELECTRONIC PRESCRIPTION", "e-Prescription", "Outpatient Prescription"]), "eRx Ref No: %s%s" % (ul(1), dg(9)), "Date: %s %s" % (c.fd(c.date), tm_day()), ""]
        out += ["Patient: %s   MRN: %s" % (p["name"], p["mrn"]), "%s: %s" % (p["idname"], p["idno"]), "Payer: %s / %s   Member ID: %s" % (p["ins"], p["tpa"], p["card"]),
                "Diagnosis: %s (%s)" % (cs["dx"], cs["icd"]), "", "%-3s %-34s %-9s %-6s %-16s %-10s %s" % ("#", "Medicine (generic)", "Dose", "Route", "Frequency", "Duration", "Qty")]
        for i, m in enumerate(meds):
            out.append("%-3s %-34s %-9s %-6s %-16s %-10s %s" % (i + 1, m[0][:34], m[1], m[2], m[3][:16], m[4], ri(1, 6)))
        out += ["", "Prescriber: %s (%s)" % (d["name"], d["lic"]), "Valid for %s days from date of issue." % ch(["3", "7", "30"])]
    elif L == 2:  # controlled / semi-controlled drug prescription
        cd = ch([("Pregabalin", "75 mg", "PO", "BD", "30 days"), ("Tramadol", "50 mg", "PO", "TDS PRN", "5 days"), ("Gabapentin", "300 mg", "PO", "HS", "30 days")])
        out += [ch(["CONTROLLED / SEMI-CONTROLLED MEDICINES PRESCRIPTION", "NARCOTIC & CONTROLLED DRUG PRESCRIPTION FORM", "Prescription for Controlled Medicine"]), "Serial No. %s" % dg(7), ""]
        out += ["Patient name: %s" % p["name"], "%s: %s   Nationality: %s" % (p["idname"], p["idno"], p["nat"]), "Age: %s   Sex: %s" % (p["age"], p["sexw"]), "Address: %s, %s" % (c.fac["area"], c.fac["city"]),
                "Diagnosis: %s" % cs["dx"], "", "Medicine: %s %s" % (cd[0], cd[1]), "Dose & frequency: %s %s" % (cd[2], cd[3]), "Duration: %s   Total quantity (in words): %s" % (cd[4], ch(["sixty (60) capsules", "fifteen (15) tablets", "thirty (30) capsules"])),
                "", "Prescriber: %s   Licence: %s" % (d["name"], d["lic"]), "Signature: __________   Date: %s" % c.fd(c.date), "", "Dispensed by: ________  Pharmacy stamp:", "Receiver's name & ID: ____________"]
    elif L == 3:  # handwritten style very short
        out = [d["name"], d["title"], ""] + ["%s   %s yrs   %s" % (p["name"], p["age"], c.fd(c.date)), "", "Rx"]
        out += ["  " + med_str(m, 1) for m in meds] + ["", ch(["Review after 1 week", "Review SOS", "F/U with reports", ""]), "", "Dr. " + d["last"]]
    elif L == 4:  # pharmacy dispensing copy
        out += [ch(["PHARMACY - DISPENSED PRESCRIPTION COPY", "OP Pharmacy Dispensing Record", "Prescription / Dispensing"]), ""] + pt_band(c, 4)
        out += ["Prescribed by: %s   Date: %s" % (d["name"], c.fd(c.date)), ""]
        cur = c.fac["cur"]
        tot = 0.0
        for m in meds:
            price = rf(8, 180, 2)
            tot += price
            out.append("%-36s qty %-3d %s %8.2f   %s" % ((m[0] + " " + m[1])[:36], ri(1, 4), cur, price, med_str(m, 2)))
        out += ["", "Total: %s %.2f   Patient share (co-pay %s): %s %.2f" % (cur, tot, p["copay"].split()[0], cur, tot * rf(0, 0.2, 2)),
                "Dispensed by: %s (Pharmacist)" % person_name(ch(["Indian", "Egyptian", "Pakistani", "Filipino"]), ch("MF")), "Counselled: Yes"]
    else:  # NA-style Rx
        out += [d["name"] + ", " + d["q"], c.fac["name"] + ", " + c.fac["city"], ""]
        out += ["Name: %s   DOB: %s" % (p["name"], c.fd(p["dob"])), "Date: %s" % c.fd(c.date), ""]
        for m in meds:
            out += ["Rx: %s %s" % (m[0], m[1]), "Sig: %s" % (cap(med_str(m, 2).split(" ", 2)[-1]) if pr(0.5) else "Take %s %s" % (FREQ_WORDS.get(m[3].split()[0], m[3]), ROUTE_W.get(m[2], ""))),
                    "Disp: #%d   Refills: %d" % (ri(10, 90), ri(0, 3)), ""]
        out += ["Substitution permitted: %s" % ch(["Yes", "No"]), "", "______________________", d["name"]]
    return out


def gen_anesthesia_record(c):
    cs, p = c.case, c.pt
    op = cs.get("op") or dict(name="Examination under anaesthesia", anes="General anaesthesia", dur=(20, 40), ebl="nil")
    an = mk_doc(c.fac, "Anaesthesia")
    asa = ch(["I", "II", "II", "I E" if cs["k"] in ("appy", "radius") else "II"])
    L = ri(0, 5)
    out = letterhead(c)
    ga = "eneral" in op["anes"]
    airway = ch(["ETT %s cuffed, grade %s laryngoscopy" % (ch(["7.0", "7.5", "8.0"]), ch(["I", "II"])), "LMA size %d (i-gel)" % ch([3, 4, 5])]) if ga else "N/A (neuraxial)"
    drugs = (["Propofol %d mg" % ri(120, 200), "Fentanyl %d mcg" % ch([100, 150]), ch(["Rocuronium %d mg" % ri(40, 60), "Atracurium %d mg" % ri(30, 45)]),
              "Sevoflurane in O2/air", "Ondansetron 4 mg", "Dexamethasone 8 mg", "Paracetamol 1 g IV", "Neostigmine 2.5 mg + Glycopyrrolate 0.5 mg" if pr(0.5) else "Sugammadex 200 mg"]
             if ga else ["Bupivacaine 0.5%% heavy %.1f ml" % rf(2.2, 2.8), "Fentanyl 15 mcg intrathecal", "Phenylephrine 50 mcg x %d" % ri(1, 3), "Ondansetron 4 mg", "Oxytocin 5 IU slow IV" if cs["k"] == "lscs" else "Paracetamol 1 g IV"])
    if L == 0:  # pre-anaesthetic evaluation
        out += [ch(["PRE-ANAESTHETIC EVALUATION", "Pre-Anesthesia Assessment", "PAC (Pre-anaesthetic check-up)"]), ""] + pt_band(c, 0)
        out += ["Proposed surgery: %s" % op["name"], "Surgeon: %s" % c.doc["name"], "Date: %s" % c.fd(c.adm), "", "History: " + pmh_str(c), "Previous anaesthesia: %s" % ch(["Nil", "GA for LSCS, uneventful", "Spinal - no issues"]),
                "Medications: " + (", ".join(m[0] for m in c.home) or "nil"), "Allergies: " + c.allergy, "Fasting: %s" % ch(["since midnight", "8 hrs", "6 hrs solids"]), "",
                "Airway: Mallampati %s, mouth opening %s, TMD > 6 cm, neck movements full, dentition %s" % (ch(["I", "II", "III"]), ch(["adequate", "3 FB"]), ch(["intact", "loose upper incisor", "crowns"])),
                "CVS/RS: NAD", "Wt %d kg  Ht %d cm  BMI %.1f  " % (c.v["wt"], c.v["ht"], c.v["bmi"]) + vit_str(c, 5), "Labs: " + lab_summary(c, 4), "",
                "ASA physical status: %s" % asa, "Plan: %s" % op["anes"], "Risks explained (PONV, sore throat, dental injury, awareness, anaphylaxis); consent taken.", "Premed: %s" % ch(["Nil", "Pantoprazole 40 mg PO night before", "Midazolam 1 mg IV in holding"])] + sig(an, 1)
    elif L == 1:  # intra-op chart with time grid
        out += [ch(["ANAESTHESIA RECORD", "INTRAOPERATIVE ANESTHESIA RECORD", "Anaesthetic Chart"]), ""] + pt_band(c, 1)
        out += ["Procedure: %s   OT: %d   Date: %s" % (op["name"], ri(1, 6), c.fd(c.adm)), "Anaesthetist: %s   Surgeon: %s" % (an["name"], c.doc["name"]),
                "ASA %s   Technique: %s   Airway: %s" % (asa, op["anes"], airway), "", "Drugs:"] + ["  " + x for x in drugs]
        out += ["", "Time   HR   SBP/DBP  SpO2  EtCO2  Temp", "-" * 40]
        h, m = ri(8, 14), ch([0, 15, 30])
        hr, sbp = c.v["hr"], c.v["sbp"]
        for i in range(ri(5, 10)):
            mm = m + i * 10
            hr = max(55, min(115, hr + ri(-8, 6)))
            sbp = max(88, min(160, sbp + ri(-14, 10)))
            out.append("%02d:%02d  %-4d %3d/%-4d %-5d %-6s %.1f" % ((h + mm // 60) % 24, mm % 60, hr, sbp, int(sbp * 0.6), ri(97, 100), str(ri(32, 38)) if ga else "-", rf(35.8, 36.8)))
        out += ["", "Fluids: %s %d ml   Blood loss: %s   Urine: %s" % (ch(["RL", "NS", "Plasmalyte"]), ri(500, 1500), op["ebl"], ch(["n/a", "%d ml" % ri(100, 400)])),
                "Position: %s   Eye protection: %s" % (ch(["Supine", "Lithotomy", "Supine, arm board"]), "Yes" if ga else "N/A"),
                "Emergence: %s" % ("smooth, extubated awake" if ga else "Block level T%d, patient comfortable" % ch([4, 6, 8])), "Transferred to PACU at %s" % tm_day()] + sig(an, 0)
    elif L == 2:  # PACU record
        out += [ch(["POST ANAESTHESIA CARE UNIT (PACU) RECORD", "Recovery Room Record", "PACU Discharge Assessment"]), ""] + pt_band(c, 2)
        out += ["Procedure: " + op["name"], "Anaesthesia: " + op["anes"], "Arrival time: %s" % tm_day(), "", "Time   Aldrete  Pain  HR  BP      SpO2  PONV"]
        for i in range(ri(3, 6)):
            out.append("+%-5d %-8d %-5d %-3d %d/%d  %-5d %s" % (i * 15, min(10, 7 + i), max(0, 5 - i), c.v["hr"] - i * 2, c.v["sbp"] - i * 3, c.v["dbp"], ri(96, 100), ch(["nil", "nil", "mild"])))
        out += ["", "Analgesia in PACU: %s" % ch(["Morphine 2 mg IV x 2", "Fentanyl 25 mcg IV", "Paracetamol (given intra-op)", "Tramadol 50 mg IV"]),
                "Discharge from PACU: Aldrete %d/10, to %s at %s" % (ri(9, 10), ch(["ward", "day surgery unit", "room %d%02d" % (ri(2, 6), ri(1, 30))]), tm_day()),
                "Recovery nurse: %s" % nurse_name(), "Anaesthetist sign-out: %s" % an["name"]]
    elif L == 3:  # regional/spinal block record
        out += [ch(["REGIONAL ANAESTHESIA / NEURAXIAL BLOCK RECORD", "Spinal anaesthesia record", "Nerve block record"]), ""] + pt_band(c, 4)
        blk = "Spinal, L3-L4, %dG Quincke/Whitacre, sitting, single pass" % ch([25, 26, 27]) if "pinal" in op["anes"] else \
            "Ultrasound-guided %s block, %s 0.5%% %d ml" % (ch(["supraclavicular", "interscalene", "TAP", "femoral"]), ch(["ropivacaine", "bupivacaine"]), ri(15, 25))
        out += ["Procedure: " + op["name"], "Block: " + blk, "Asepsis: chlorhexidine, sterile gloves/drape", "Drugs: " + "; ".join(drugs[:3]),
                "Level/assessment: %s" % ch(["cold sensation loss to T6 at 10 min", "complete motor and sensory block at 20 min", "adequate"]),
                "Complications: %s" % ch(["None", "Hypotension treated with phenylephrine", "None, no paraesthesia"]), "Time: %s" % tm_day()] + sig(an, 3)
    elif L == 4:  # summary sheet EHR
        out += [ch(["Anesthesia Summary", "Anaesthesia Care Record - Summary", "Anesthesia Event Summary"]), ""] + pt_band(c, 3)
        out += ["Case: %s" % op["name"], "Anesthesia start: %s   Anesthesia end: %s   Total: %d min" % (tm_day(), tm_day(), ri(*op["dur"]) + 25),
                "ASA: %s   Type: %s" % (asa, op["anes"]), "Airway: %s" % airway, "Medications administered: " + ", ".join(drugs), "Fluids in: %d ml   EBL: %s" % (ri(400, 1500), op["ebl"]),
                "Events: %s" % ch(["None", "Brief hypotension post induction, responded to fluids", "Bradycardia treated with atropine 0.6 mg"]), "Disposition: PACU"] + sig(an, 2)
    else:  # sedation record
        out += [ch(["PROCEDURAL SEDATION RECORD", "Monitored Anaesthesia Care (MAC) Record", "Sedation Monitoring Sheet"]), ""] + pt_band(c, 0)
        out += ["Procedure: %s" % ch([PROCS[k]["name"] for k in ("ogd", "colono", "bronch")]), "ASA: %s  Mallampati: %s  NPO: %s hrs" % (asa, ch(["I", "II"]), ri(6, 12)),
                "Agents: Propofol total %d mg (titrated), %s" % (ri(80, 250), ch(["Midazolam 1 mg", "Fentanyl 50 mcg", "no opioid"])), "O2: %d L/min via nasal cannula" % ri(2, 4),
                "Ramsay score (max): %d" % ri(3, 4), "Vitals: %s" % vit_str(c, 1), "Recovery: awake, PADSS %d/10 at %s" % (ri(9, 10), tm_day())] + sig(an, 4)
    return out


ECG_T = {
    "normal": dict(rate=(62, 92), pr=(130, 190), qrs=(80, 100), qtc=(390, 440), axis=(10, 75), inter=["Normal sinus rhythm", "Normal ECG"], mach="Sinus rhythm / Normal ECG"),
    "sinus_tach": dict(rate=(102, 124), pr=(120, 160), qrs=(78, 96), qtc=(400, 450), axis=(20, 80), inter=["Sinus tachycardia", "Otherwise normal ECG"], mach="Sinus tachycardia / Otherwise normal ECG"),
    "lvh": dict(rate=(66, 90), pr=(150, 200), qrs=(92, 110), qtc=(410, 450), axis=(-20, 30), inter=["Sinus rhythm", "Left ventricular hypertrophy by voltage criteria with repolarisation abnormality"], mach="Sinus rhythm / LVH with secondary repolarization abnormality / Abnormal ECG"),
    "stdep": dict(rate=(76, 98), pr=(150, 190), qrs=(84, 100), qtc=(420, 465), axis=(0, 60), inter=["Sinus rhythm", "ST depression 1-1.5 mm in V3-V6, I, aVL", "T wave inversion V4-V6"], mach="Sinus rhythm / ST depression, consider subendocardial injury / ** ABNORMAL ECG **"),
    "af": dict(rate=(98, 136), pr=(0, 0), qrs=(80, 100), qtc=(400, 460), axis=(0, 70), inter=["Atrial fibrillation with rapid ventricular response", "No acute ST changes"], mach="Atrial fibrillation with rapid ventricular response / Abnormal ECG"),
    "rbbb": dict(rate=(60, 86), pr=(140, 190), qrs=(122, 140), qtc=(420, 460), axis=(60, 100), inter=["Sinus rhythm", "Complete right bundle branch block"], mach="Sinus rhythm / Right bundle branch block / Abnormal ECG"),
}


def gen_ecg_report(c):
    cs, p = c.case, c.pt
    key = cs["ecg"] if pr(0.7) else ch(list(ECG_T))
    e = ECG_T[key]
    rate = ri(*e["rate"])
    prv = ri(*e["pr"]) if e["pr"][1] else 0
    qrs = ri(*e["qrs"])
    qtc = ri(*e["qtc"])
    qt = int(qtc * ((60.0 / rate) ** 0.5))
    ax = ri(*e["axis"])
    card = mk_doc(c.fac, "Cardiology")
    L = ri(0, 5)
    out = []
    ind = ch(["Chest pain", "Pre-operative", "Palpitations", "Routine check", "Pre-employment medical", cs["cc"], "Follow-up"])
    if L == 0:  # machine printout
        out += ["%s   %s %s" % (p["name"].upper(), c.fd(c.date), tm()), "ID: %s   %s yrs   %s   %d cm  %d kg" % (p["mrn"], p["age"], p["sexw"], c.v["ht"], c.v["wt"]),
                "Vent. rate      %d BPM" % rate, "PR interval     %s ms" % (prv or "*"), "QRS duration    %d ms" % qrs, "QT/QTc          %d/%d ms" % (qt, qtc),
                "P-R-T axes      %s %d %d" % (ri(20, 70) if prv else "***", ax, ri(10, 70)), "", e["mach"].replace(" / ", "\n"), "", ch(["Unconfirmed report", "Confirmed by: %s" % card["name"], "Referred by: " + c.doc["name"] + "   Unconfirmed"]),
                "25 mm/s  10 mm/mV  %s" % ch(["0.05-150 Hz", "40 Hz", "0.15-100 Hz"]) + "   " + ch(["MAC 2000", "ECG-1250", "CardioMax"]) + " " + dg(3)]
    elif L == 1:  # cardiologist formal report
        out += letterhead(c) + [ch(["ECG REPORT", "ELECTROCARDIOGRAM", "12-Lead ECG Interpretation", "Non-invasive Cardiology"]), ""] + pt_band(c, 0)
        out += ["Date: %s   Indication: %s" % (c.fd(c.date), ind), "", "Rhythm: %s" % e["inter"][0], "Rate: %d bpm" % rate, "PR: %s ms   QRS: %d ms   QTc: %d ms (Bazett)" % (prv or "n/a", qrs, qtc),
                "Axis: %+d degrees" % ax, "", "Interpretation:"] + ["  - " + x for x in e["inter"]] + ["", "Comparison: %s" % ch(["No previous ECG", "No significant change from prior", "New compared to previous tracing"])] + sig(card, 1)
    elif L == 2:  # Holter
        out += letterhead(c) + [ch(["24-HOUR HOLTER MONITORING REPORT", "Ambulatory ECG (Holter) Report"]), ""] + pt_band(c, 3)
        mn, mx = ri(48, 60), ri(118, 150)
        out += ["Recording: %s  Duration %s h  Analysable %d%%" % (c.fd(c.date), ch(["24", "23:52", "48"]), ri(94, 99)), "Indication: " + ch(["Palpitations", "Dizziness", "Pre-syncope"]), "",
                "Heart rate: min %d bpm (sleep), max %d bpm (%s), mean %d bpm" % (mn, mx, tm_day(), ri(72, 86)),
                "Ventricular ectopy: %d isolated PVCs (<1%%), no couplets or runs" % ri(3, 400), "Supraventricular ectopy: %d isolated PACs, %s" % (ri(5, 600), ch(["no SVT", "one 5-beat run of SVT"])),
                "Pauses > 2.0 s: none", "ST analysis: no significant ST deviation", "Patient diary: %s" % ch(["palpitations at 14:20 correlate with sinus tachycardia", "no symptoms recorded", "dizziness - sinus rhythm at the time"]), "",
                "CONCLUSION: " + ch(["Predominantly sinus rhythm. Benign ectopy. No significant arrhythmia.", "Sinus rhythm with infrequent PACs/PVCs. Symptoms correlate with sinus tachycardia."])] + sig(card, 4)
    elif L == 3:  # TMT
        out += letterhead(c) + [ch(["TREADMILL TEST (TMT) REPORT", "Exercise Stress ECG", "Exercise Tolerance Test"]), ""] + pt_band(c, 1)
        mets = rf(7, 13)
        pos = key == "stdep"
        out += ["Protocol: Bruce   Reason: " + ch(["Atypical chest pain", "Screening - diabetic", "Pre-employment cardiac fitness"]), "Resting ECG: %s" % e["inter"][0],
                "Exercise time: %d min %02d s   METs achieved: %.1f" % (ri(6, 12), ri(0, 59), mets), "Max HR: %d bpm (%d%% of THR)" % (ri(150, 175), ri(86, 101)),
                "BP response: %s" % ch(["normal", "hypertensive response (peak 210/100)", "normal rise"]), "Reason for termination: %s" % ch(["target heart rate achieved", "fatigue", "leg pain"]),
                "Symptoms: %s" % ("chest tightness at stage III" if pos else "none"), "ST changes: %s" % ("1.5 mm horizontal ST depression in II, III, aVF, V4-V6" if pos else "no significant ST changes"), "",
                "IMPRESSION: TMT is %s for inducible myocardial ischaemia." % ("POSITIVE" if pos else ch(["NEGATIVE", "negative"])), "Duke treadmill score: %d" % (ri(-8, -2) if pos else ri(5, 11))] + sig(card, 0)
    elif L == 4:  # brief over-read in clinic notes
        out += pt_band(c, 4) + ["", "ECG %s: %s, rate %d, axis %s, %s." % (c.fd(c.date), e["inter"][0], rate, "normal" if -30 <= ax <= 90 else ("LAD" if ax < -30 else "RAD"),
                                                                           "; ".join(e["inter"][1:]) or "no acute ST-T changes"), "Seen by %s" % card["name"]]
    else:  # ECG in screening / form with tick boxes
        X = lambda b: "[X]" if b else "[ ]"
        out += letterhead(c) + [ch(["ECG INTERPRETATION FORM", "Electrocardiography - Report Form"]), ""] + pt_band(c, 6)
        out += ["Indication: " + ind, "Rhythm:  %s Sinus  %s AF  %s Other" % (X(key != "af"), X(key == "af"), X(False)), "Rate: %d/min   PR %s   QRS %d   QTc %d" % (rate, prv or "-", qrs, qtc),
                "Conduction:  %s Normal  %s RBBB  %s LBBB" % (X(key != "rbbb"), X(key == "rbbb"), X(False)), "Hypertrophy: %s LVH" % X(key == "lvh"),
                "ST/T: %s Normal  %s Abnormal" % (X(key != "stdep"), X(key == "stdep")), "", "Final: %s" % ("Normal ECG" if key == "normal" else "Abnormal ECG - " + e["inter"][-1]), "", "Reported by: %s  %s" % (card["name"], c.fd(c.date))]
    return out


def gen_correspondence(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 6)
    out = letterhead(c, ch([0, 1, 3, 7]))
    ref = "%s/%s/%s" % (c.fac["short"], ch(["MR", "OPD", cs["spec"][:3].upper()]), dg(4))
    if L == 0:  # To whom it may concern - medical report for employer
        out += ["Ref: %s" % ref, "Date: %s" % c.fd(c.date), "", ch(["TO WHOM IT MAY CONCERN", "To Whom It May Concern", "MEDICAL REPORT"]), "",
                "This is to certify that %s %s, %s national, %s No. %s, working as %s with %s, %s under my care at %s." % (
                    p["title"], p["name"], p["nat"], p["idname"], p["idno"], p["occ"], p["employer"],
                    "was admitted from %s to %s" % (c.fd(c.adm), c.fd(c.dis)) if cs["ip"] else "was seen on %s" % c.fd(c.date), c.fac["name"]), "",
                "Diagnosis: %s." % cs["dx"], "", ("%s %s." % (cap(p["he"]), cs["course"])) if cs["course"] else "%s is on medical treatment." % cap(p["he"]), "",
                "%s is advised %s and may resume %s duties from %s%s." % (cap(p["he"]), ch(["rest", "light duties", "to avoid heavy lifting"]), p["his"],
                                                                          c.fd(c.dis + datetime.timedelta(days=ri(*cs["sick"]) or 1)), ch(["", " subject to review", " with light duty for 2 weeks"])), "",
                "This report is issued at the request of the patient for submission to %s and does not hold the hospital liable for any legal matters." % ch(["the employer", "whom it may concern", "the sponsor"])] + sig(d, ch([1, 3]))
    elif L == 1:  # letter to patient with results
        out += [c.fd(c.date), "", p["title"] + " " + p["name"], "P.O. Box %s, %s" % (dg(5), c.fac["city"]), "", "Dear %s %s," % (p["title"], p["name"].split()[-1]), "",
                ch(["I am writing to let you know the results of your recent tests.", "Thank you for attending the clinic. Your results are now available.",
                    "Following your recent visit, I have reviewed your investigations."]), "",
                "Your blood tests showed: %s." % lab_summary(c, 3), "", ch(["These results are in keeping with %s." % cs["dx"].lower(), "Overall, these are reassuring.", "Some values need follow-up as discussed."]), "",
                "Please %s." % ch(["continue your current medicines", "book a follow-up appointment through our call centre at " + c.fac["tel"], "repeat the tests in three months"]), "",
                "Yours sincerely,"] + sig(d, 1)
    elif L == 2:  # letter back to referring GP (clinic letter)
        gp = "Dr. " + person_name(ch(PT_NATS), ch("MF"))
        out += ["%s" % c.fd(c.date), "", "%s" % gp, "%s %s" % (ch(HOSP_A), ch(["Clinic", "Medical Centre", "Polyclinic"])), c.fac["city"], "",
                "Dear Colleague," if pr(0.4) else "Dear %s," % gp, "", "Re: %s  (MRN %s, DOB %s)" % (p["name"], p["mrn"], c.fd(p["dob"])), "",
                "Diagnosis: %s" % cs["dx"], "Plan: " + "; ".join(med_str(m, 4) for m in cs["dcm"][:3]), "",
                "Thank you for referring this %s-year-old %s whom I reviewed in the %s clinic today. %s" % (p["age"], p["occ"].lower(), cs["spec"], hpi_text(c, 3)), "",
                "On examination %s. %s" % (vit_str(c, 5), ". ".join(exam_list(c))), "",
                "I have %s. I will see %s again in %s." % (ch(["started the above treatment", "explained the diagnosis and management", "arranged further investigations"]), "him" if p["sex"] == "M" else "her", ch(["six weeks", "three months", "two weeks with results"])), "",
                "With best wishes,"] + sig(d, 1) + ["", "cc: Patient"]
    elif L == 3:  # insurance medical necessity / appeal
        out += [c.fd(c.date), "", "To: Medical Approvals Department", p["tpa"], "On behalf of %s" % p["ins"], "",
                "Subject: %s - Member %s - Claim/Approval Ref %s" % (ch(["Appeal against rejection", "Justification of medical necessity", "Request for reconsideration"]), p["card"], dg(9)), "",
                "Dear Sir/Madam,", "", "We refer to your rejection (code %s - %s) for the above member." % (ch(["MNEC-003", "CLAI-012", "AUTH-001", "NCOV-003"]),
                                                                                                          ch(["service not clinically indicated", "insufficient documentation", "pre-existing condition"])),
                "%s %s presented with %s. %s" % (p["title"], p["name"], cs["cc"], (cs["img"][1] + " showed: " + cs["img"][3]) if cs.get("img") else "Investigations: " + lab_summary(c, 3)),
                "In view of the diagnosis of %s, %s was medically necessary and in line with current guidelines." % (cs["dx"], cs["op"]["name"] if cs.get("op") else ch(["admission", "the requested investigation", "the prescribed treatment"])), "",
                "Kindly review and approve. Supporting documents are attached.", "", "Regards,"] + sig(d, 1)
    elif L == 4:  # fitness to travel / fly letter
        out += ["Date: %s" % c.fd(c.date), "", ch(["FITNESS TO TRAVEL", "Medical Certificate - Fitness to Fly", "To: The Airline Medical Officer"]), "",
                "%s %s (Passport No. %s), %s years, has been under our care for %s." % (p["title"], p["name"], p["passport"], p["age"], cs["dx"].lower()),
                "%s is currently %s and is fit to travel by commercial flight %s on %s." % (cap(p["he"]), ch(["clinically stable", "ambulatory and stable", "afebrile and stable"]),
                                                                                           ch(["unaccompanied", "with an escort", "with wheelchair assistance"]), c.fd(c.date + datetime.timedelta(days=ri(2, 10)))),
                "No oxygen requirement during flight.", ""] + sig(d, 4)
    elif L == 5:  # email-style internal memo
        other = mk_doc(c.fac, cs["consult"] if cs["consult"] != cs["spec"] else "Internal Medicine")
        out = ["From: %s <%s@%s>" % (d["name"], d["last"].lower().replace(" ", ""), c.fac["web"][4:]), "To: %s" % other["name"], "Sent: %s %s" % (c.fd(c.date), tm_day()),
               "Subject: %s - %s" % (ch(["Re: your patient", "FW: results", "Patient update"]), p["mrn"]), "",
               "Dear %s," % other["name"].split()[0] + " " + other["last"], "", "Just to update you on %s (%s). %s" % (p["name"], p["mrn"], ch(["Results are back", "Seen again today", "Discussed in the MDT"])),
               "Dx %s. %s." % (cs["dx"], ch(["Plan to continue conservative management", "Will proceed as discussed", "Grateful for your input on further management"])), "",
               "Regards,", d["name"], d["title"], "", "This e-mail and any attachments are confidential and intended solely for the addressee."]
    else:  # reply letter to embassy/company HR about medical status (no sick leave)
        out += ["%s" % c.fd(c.date), "", "The HR Manager", p["employer"], "%s, %s" % (c.fac["city"], c.fac["country"]), "",
                "Dear Sir/Madam,", "", "Re: Medical status of your employee %s (Emp. No. %s)" % (p["name"], dg(5)), "",
                "With the patient's consent, we confirm that the above named is undergoing treatment at our hospital for %s. "
                "%s requires %s. Regular follow-up visits are needed %s." % (cs["dx"].lower(), cap(p["he"]), ch(["periodic review", "avoidance of strenuous work for some weeks", "medication and follow-up"]),
                                                                                 ch(["every month", "over the next three months", "as scheduled"])), "",
                "Please extend necessary cooperation.", "", "Sincerely,"] + sig(d, 1)
    return out


RISKS = {"Laparoscopic appendicectomy": "bleeding, infection, port-site hernia, injury to bowel, conversion to open surgery",
         "Laparoscopic cholecystectomy": "bleeding, bile leak, bile duct injury, retained stone, conversion to open surgery",
         "default": "bleeding, infection, injury to adjacent structures, need for further procedure, anaesthetic risks"}


def gen_consent_form(c):
    cs, p, d = c.case, c.pt, c.doc
    op = cs.get("op")
    proc = op["name"] if op else (PROCS[c.pkey]["name"] if c.pkey else "Treatment")
    risks = RISKS.get(proc, RISKS["default"])
    L = ri(0, 6)
    out = letterhead(c, ch([0, 1, 3, 4]))
    arabic = ch(["", "", "نموذج الموافقة", "إقرار بالموافقة", "موافقة مستنيرة"])
    wit = nurse_name()
    if L == 0:  # surgical informed consent
        out += [ch(["INFORMED CONSENT FOR SURGERY / PROCEDURE", "Consent for Operation", "SURGICAL CONSENT FORM"]) + ("  " + arabic if arabic else ""), ""] + pt_band(c, 0)
        out += ["", "I, %s, hereby give consent to %s and team to perform: %s" % (p["name"], d["name"], proc), "", "Diagnosis: %s" % cs["dx"],
                "Type of anaesthesia: %s" % (op["anes"] if op else "Local / sedation"), "", "The nature, purpose, benefits, alternatives and risks of the procedure including %s have been explained to me in a language I understand (%s)." % (risks, ch(["English", "Arabic", "Urdu", "Hindi", "Malayalam", "Tagalog"])),
                "I consent to additional procedures that may be found necessary during the operation.", "I consent to the administration of blood/blood products if required: Yes [ ] No [ ]",
                "I consent to disposal of removed tissue by the hospital.", "", "Patient signature: __________   Date/Time: %s %s" % (c.fd(c.adm), tm()),
                "Witness: %s   Signature: ________" % wit, "Physician obtaining consent: %s   Signature: ________" % d["name"], "Interpreter (if used): ____________"]
    elif L == 1:  # general consent for treatment at registration
        out += [ch(["GENERAL CONSENT FOR TREATMENT", "Consent to Treatment and Release of Information", "Conditions of Admission & General Consent"]), arabic, ""]
        out += ["Patient Name: %s     MRN: %s" % (p["name"], p["mrn"]), ""]
        clauses = ["I consent to routine examinations, investigations and treatments considered necessary by the treating physicians of %s." % c.fac["name"],
                   "I understand that medical practice is not an exact science and no guarantee has been made to me as to results.",
                   "I authorise the hospital to release medical information to my insurance company / TPA (%s) for the purpose of claims processing." % p["tpa"],
                   "I am responsible for charges not covered by my insurance, including co-payment and deductibles.",
                   "The hospital is not responsible for loss of valuables brought to the premises.",
                   "I agree to abide by hospital rules including visiting hours."]
        out += ["%d. %s" % (i + 1, x) for i, x in enumerate(samp(clauses, ri(4, 6)))]
        out += ["", "Signature of patient/guardian: ____________  Relationship: %s" % ch(["Self", "Husband", "Father", "Son"]), "Date: %s" % c.fd(c.date), "Witness: %s" % wit]
    elif L == 2:  # anaesthesia consent
        out += [ch(["CONSENT FOR ANAESTHESIA", "Anaesthesia Informed Consent", "Consent for Anaesthesia / Sedation"]), ""] + pt_band(c, 1)
        out += ["Planned procedure: %s" % proc, "Planned anaesthesia: %s" % (op["anes"] if op else "Sedation"), "",
                "I have been informed by Dr. %s of the following risks: sore throat, nausea and vomiting, dental damage, awareness, allergic reaction, nerve injury, headache after spinal, and rarely heart attack, stroke or death." % person_name(ch(["Indian", "Egyptian", "Pakistani"]), "M"),
                "I have had the opportunity to ask questions.", "I confirm I have not eaten since %s." % ch(["midnight", "%s hrs" % tm()]), "",
                "Patient: ____________   Date: %s" % c.fd(c.adm), "Anaesthetist: ____________"]
    elif L == 3:  # blood transfusion consent
        out += [ch(["CONSENT FOR BLOOD AND BLOOD PRODUCTS TRANSFUSION", "Blood Transfusion Consent"]), ""] + pt_band(c, 2)
        out += ["Indication: %s" % ch(["Anaemia (Hb %.1f g/dL)" % rf(6.2, 7.4), "Anticipated blood loss during surgery", "Thrombocytopenia"]),
                "Products: %s Packed RBC  %s FFP  %s Platelets" % (ch(["[X]", "[ ]"]), ch(["[X]", "[ ]"]), ch(["[X]", "[ ]"])),
                "Risks explained: febrile reaction, allergic reaction, haemolytic reaction, transfusion-transmitted infection (very rare), fluid overload.",
                "Alternatives explained: %s" % ch(["iron therapy", "none suitable in this setting", "cell salvage"]), "",
                "[ ] I AGREE to receive transfusion", "[ ] I DO NOT agree to transfusion and accept the consequences", "", "Signature: ______  Name: %s  Date: %s" % (p["name"], c.fd(c.date)),
                "Doctor: %s" % d["name"]]
    elif L == 4:  # procedure consent short checklist bilingual
        out += [ch(["Consent Form - Procedure under Local Anaesthesia / Sedation", "CONSENT FOR ENDOSCOPY / INVASIVE PROCEDURE", "PROCEDURE CONSENT"]), arabic, ""]
        out += ["Name / الاسم: %s" % p["name"], "File No / رقم الملف: %s" % p["mrn"], "Procedure / الإجراء: %s" % proc, "",
                "[X] Explained in language patient understands", "[X] Risks, benefits, alternatives discussed", "[X] Patient given opportunity to ask questions",
                "[%s] Patient is a minor/unable - consent by guardian" % ch([" ", " ", "X"]), "", "Signature (patient) / التوقيع: ________", "Doctor: %s  Date %s  Time %s" % (d["name"], c.fd(c.date), tm_day())]
    elif L == 5:  # photography/medical education/HIV test consent
        kind = ch(["photography", "hiv", "research"])
        if kind == "photography":
            out += ["CONSENT FOR CLINICAL PHOTOGRAPHY", "", "I, %s (MRN %s), consent to photographs being taken of %s for: [X] medical record  [ ] teaching  [ ] publication (anonymised)." % (p["name"], p["mrn"], ch(["my wound", "the affected area", "my skin lesion"]))]
        elif kind == "hiv":
            out += ["CONSENT FOR HIV TESTING", "", "I, %s, agree to be tested for HIV. I understand that in accordance with local regulations a positive result is notifiable to the health authority, and that pre- and post-test counselling will be offered." % p["name"]]
        else:
            out += ["CONSENT TO USE OF ANONYMISED DATA", "", "I agree that my anonymised clinical data may be used for audit and research approved by the hospital research ethics committee. Refusal will not affect my care."]
        out += ["", "Signature: ________   Date: %s" % c.fd(c.date), "Witness: %s" % wit]
    else:  # refusal / high-risk consent
        out += [ch(["HIGH RISK CONSENT", "INFORMED REFUSAL OF TREATMENT", "Acknowledgement of Risk"]), ""] + pt_band(c, 3)
        out += ["Proposed treatment: %s" % proc, "Specific additional risks for this patient: %s" % ch(["obesity (BMI %.1f)" % c.v["bmi"], "diabetes - wound infection", "previous abdominal surgery - adhesions", "age and comorbidities"]),
                "The patient/guardian has been informed that the risk is higher than average and still %s." % ch(["wishes to proceed", "declines the proposed treatment"]),
                "Two physicians' signatures:", "1) %s ________" % d["name"], "2) %s ________" % mk_doc(c.fac, "Anaesthesia")["name"], "Patient / guardian: ________   Date: %s" % c.fd(c.date)]
    return out


def gen_referral_letter(c):
    cs, p, d = c.case, c.pt, c.doc
    to_spec = cs["consult"] if cs["consult"] != cs["spec"] else ch(["Physiotherapy", "Cardiology", "General Surgery", "Dietetics"])
    L = ri(0, 5)
    out = letterhead(c)
    reason = ch(["for further evaluation and management", "for your expert opinion", "for specialist management", "for continuation of care", "for surgical opinion"])
    if L == 0:  # standard referral letter
        to = mk_doc(c.fac, to_spec if to_spec in SPECS else "Internal Medicine")
        out += [c.fd(c.date), "", "To: %s" % (to["name"] + ", " + to["title"] if to_spec in SPECS else "The %s Department" % to_spec), "", ch(["REFERRAL LETTER", "Referral", "Re: Referral"]), "",
                "Dear Doctor,", "", "Kindly see %s %s, %s years, %s, MRN %s, %s." % (p["title"], p["name"], p["age"], p["nat"], p["mrn"], reason), "",
                hpi_text(c), "", "Examination: " + vit_str(c, 0) + ". " + "; ".join(exam_list(c)), "Investigations: " + lab_summary(c), "", "Current medications:"]
        out += ["  - " + med_str(m, 4) for m in all_meds(c)] + ["", "Provisional diagnosis: " + cs["dx"], "", "Thank you for seeing this patient.", "Regards,"] + sig(d, 1)
    elif L == 1:  # internal referral form
        out += [ch(["INTERNAL REFERRAL FORM", "OPD Referral Slip", "Inter-clinic Referral"]), ""] + pt_band(c, 1)
        out += ["Referred from: %s (%s)" % (cs["spec"], d["name"]), "Referred to: %s" % to_spec, "Priority: %s" % ch(["Routine", "Urgent (within 48h)", "Same day"]),
                "Reason for referral: %s %s" % (cs["dx"], reason), "Relevant findings: %s" % ch(exam_list(c)), "Insurance approval required: %s" % ch(["Yes", "No", "Obtained - ref %s" % dg(8)]), "",
                "Referring doctor signature: ________  Date: %s" % c.fd(c.date)]
    elif L == 2:  # external referral to government / tertiary
        dest = ch(["%s Government Hospital" % c.fac["city"], "the tertiary cardiac centre", "%s University Hospital" % ch(HOSP_A), "the national oncology centre"])
        out += ["Date: %s" % c.fd(c.date), "", "To: The Duty Consultant, %s, %s" % (ch(["Dept. of " + to_spec, "Emergency Department"]), dest), "",
                "Subject: Referral of patient %s (%s %s)" % (p["name"], p["idname"], p["idno"]), "", "Respected Sir/Madam,", "",
                "We are referring the above patient %s." % ch(["as the required service is not available at our facility", "as the patient's insurance does not cover further treatment here",
                                                               "at the request of the patient/family", "for higher level of care"]),
                "Diagnosis: %s. %s" % (cs["dx"], hpi_text(c, 1)), "Current status: " + vit_str(c, 4) + ".", "Treatment given: " + (", ".join(med_str(m, 4) for m in cs["ipm"]) or "oral medication"), "",
                "Copies of investigations are attached.", "Regards,"] + sig(d, 3)
    elif L == 3:  # physio referral short
        out += [ch(["PHYSIOTHERAPY REFERRAL", "Referral to Rehabilitation", "Request for Physiotherapy"]), ""] + pt_band(c, 2)
        out += ["Diagnosis: %s" % cs["dx"], "Request: %s" % ch(["Assess and treat", "Strengthening and ROM exercises", "Back care, core strengthening, TENS", "Chest physiotherapy"]),
                "Precautions: %s" % ch(["None", "Weight bearing as tolerated", "No lifting > 5 kg", "Avoid resisted wrist movement for 6 weeks"]), "Sessions: %d" % ch([6, 8, 10, 12]),
                "Referred by: %s  %s" % (d["name"], c.fd(c.date))]
    elif L == 4:  # eReferral printout with insurance
        out += ["eReferral  #%s" % dg(9), "Status: %s" % ch(["Sent", "Accepted", "Pending approval"]), "-" * 50, "Patient   : %s (%s)" % (p["name"], p["mrn"]),
                "DOB       : %s" % c.fd(p["dob"]), "Payer     : %s - %s - %s" % (p["ins"], p["net"], p["card"]), "From      : %s, %s" % (d["name"], cs["spec"]), "To        : %s" % to_spec,
                "Diagnosis : %s [%s]" % (cs["dx"], cs["icd"]), "Clinical summary: " + hpi_text(c, 3), "Requested service: %s" % ch(["Consultation", "Consultation + management", "Procedure"]), "-" * 50]
    else:  # referral abroad / treatment abroad for nationals
        out += [ch(["MEDICAL REPORT FOR TREATMENT ABROAD", "Referral for Treatment Outside the Country", "Medical Committee Referral"]), ""] + pt_band(c, 0)
        out += ["%s: %s" % (p["idname"], p["idno"]), "", "Clinical summary: " + hpi_text(c, 4), "", "Diagnosis: " + cs["dx"], "",
                "Reason for referral abroad: %s" % ch(["Specialised surgery not available locally", "Second opinion requested by the patient", "Long waiting time for specialised procedure"]),
                "Recommended centre: %s" % ch(["specialised centre in London", "university hospital in Germany", "tertiary centre in the USA", "centre of excellence as per committee"]),
                "Escort required: %s" % ch(["Yes (1)", "No"]), "", "Treating physician:"] + sig(d, 4) + ["", "Head of Department: ____________"]
    return out


def gen_advance_directive(c):
    p, d = c.pt, c.doc
    L = ri(0, 5)
    out = letterhead(c, ch([0, 3, 4, 7]))
    c2 = mk_doc(c.fac, ch(["Internal Medicine", "Cardiology", "Anaesthesia", "Nephrology"]), grade="Consultant")
    c3 = mk_doc(c.fac, ch(["Internal Medicine", "Neurology", "Pulmonology"]), grade="Consultant")
    p["age"] = ri(58, 88)
    p["dob"] = c.date - datetime.timedelta(days=p["age"] * 365 + ri(1, 360))
    rel = ch(["son", "daughter", "husband" if p["sex"] == "F" else "wife", "brother", "nephew", "son"])
    surr = person_name(p["nat"], "F" if rel in ("daughter", "wife") else "M")
    dx = ch(["metastatic carcinoma of the pancreas", "end-stage renal disease with multiple comorbidities", "advanced dementia with recurrent aspiration pneumonia",
             "severe ischaemic cardiomyopathy (EF 15%)", "hypoxic ischaemic encephalopathy following cardiac arrest", "end-stage COPD on home oxygen"])
    if L == 0:  # DNR order by three consultants (Gulf practice)
        out += [ch(["DO NOT RESUSCITATE (DNR) ORDER FORM", "DNAR - Do Not Attempt Resuscitation", "No-CPR Order"]), ""] + pt_band(c, 0)
        out += ["Diagnosis: %s" % dx, "", "We, the undersigned consultants, after reviewing the patient's condition, agree that cardiopulmonary resuscitation would be medically futile and not in the best interest of the patient.",
                "This decision %s been discussed with the patient/family (%s, %s)." % (ch(["has", "has"]), surr, rel), "", "Scope: No CPR, no intubation. Continue all other appropriate treatment including %s." % ch(["antibiotics, nutrition and analgesia", "comfort care and symptom control"]), "",
                "1. Treating consultant: %s  Sign: _____" % d["name"], "2. Consultant: %s  Sign: _____" % c2["name"], "3. Consultant: %s  Sign: _____" % c3["name"], "",
                "Date/Time: %s %s   Review date: %s" % (c.fd(c.date), tm(), c.fd(c.date + datetime.timedelta(days=ch([7, 14, 30]))))]
    elif L == 1:  # living will (expatriate)
        out += [ch(["ADVANCE DIRECTIVE / LIVING WILL", "Advance Decision to Refuse Treatment", "My Advance Care Plan"]), ""]
        out += ["I, %s, born %s, holder of passport %s, being of sound mind, make this declaration voluntarily." % (p["name"], c.fd(p["dob"]), p["passport"]), "",
                "If I am diagnosed with a terminal illness or am in a persistent vegetative state with no reasonable prospect of recovery, I direct that:",
                "  [%s] I do not wish to receive cardiopulmonary resuscitation" % ch(["X", "X", " "]), "  [%s] I do not wish to be placed on mechanical ventilation" % ch(["X", " "]),
                "  [%s] I do not wish to receive artificial nutrition via tube" % ch(["X", " "]), "  [X] I wish to receive medication for pain and comfort", "",
                "I understand that this document is subject to the laws of %s and may not be legally binding in all circumstances." % c.fac["country"], "",
                "Signed: ____________  Date: %s" % c.fd(c.date), "Witness 1: %s" % person_name(ch(PT_NATS), "M"), "Witness 2: %s" % nurse_name()]
    elif L == 2:  # healthcare proxy
        out += [ch(["DESIGNATION OF HEALTHCARE DECISION-MAKER", "Health Care Proxy", "Appointment of Surrogate Decision Maker"]), ""] + pt_band(c, 3)
        out += ["", "I appoint %s (my %s), mobile %s, to make healthcare decisions on my behalf if I become unable to do so." % (surr, rel, phone(c.fac["country"], True)),
                "Alternate: %s" % person_name(p["nat"], ch("MF")), "My agent should be guided by the following wishes: %s" % ch(["avoid prolonged life support", "consult my religious scholar", "follow my doctors' advice"]), "",
                "Patient signature: ________  Date: %s" % c.fd(c.date), "Agent acceptance: ________", "Witnessed by: %s, %s" % (d["name"], d["title"])]
    elif L == 3:  # goals of care / treatment limitation note
        out += [ch(["GOALS OF CARE DISCUSSION", "Treatment Escalation / Limitation Plan", "Family Meeting - Goals of Care"]), "%s %s" % (c.fd(c.date), tm_day()), ""] + pt_band(c, 4)
        out += ["Present: %s (%s), %s, %s, social worker, %s" % (surr, rel, d["name"], c2["name"], "interpreter" if pr(0.5) else "charge nurse"),
                "Diagnosis/prognosis: %s; prognosis explained as %s." % (dx, ch(["weeks to months", "poor", "very limited"])),
                "Family understanding: %s" % ch(["good", "family hoping for recovery, accepts limitations", "requested time to consult relatives abroad"]),
                "Decisions:", "  CPR: %s" % ch(["Not for CPR", "For CPR (family wishes), to be revisited"]), "  ICU transfer: %s" % ch(["No", "Yes if reversible cause"]),
                "  Non-invasive ventilation: %s" % ch(["Yes (ceiling of care)", "No"]), "  Artificial nutrition: %s" % ch(["Continue NGT feeds", "Not to be started"]), "  Focus: %s" % ch(["comfort", "symptom control", "active treatment within limits"])] + sig(d, 2)
    elif L == 4:  # refusal of blood (JW)
        out += [ch(["ADVANCE MEDICAL DIRECTIVE - REFUSAL OF BLOOD", "Advance Decision: Blood Products"]), ""]
        out += ["Name: %s   MRN: %s" % (p["name"], p["mrn"]), "", "I direct that no transfusion of whole blood, red cells, white cells, platelets or plasma be given to me under any circumstances, even if my life is in danger.",
                "Acceptable to me: [%s] albumin  [%s] cell salvage  [%s] recombinant products" % (ch(["X", " "]), ch(["X", " "]), ch(["X", " "])), "",
                "Signature: ________  Date %s" % c.fd(c.date), "Witnesses: ________ ________", "Reviewed by: %s" % d["name"]]
    else:  # POLST-like portable order
        out += [ch(["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT", "Portable Treatment Plan (End of Life)"]), ""] + pt_band(c, 6)
        out += ["A. Cardiopulmonary resuscitation: %s" % ch(["[ ] Attempt CPR  [X] Do Not Attempt Resuscitation", "[X] Attempt CPR  [ ] DNAR"]),
                "B. Medical interventions: %s" % ch(["[X] Comfort measures only", "[X] Limited additional interventions", "[X] Full treatment"]),
                "C. Artificially administered nutrition: %s" % ch(["[X] No artificial nutrition", "[X] Trial period", "[X] Long-term"]),
                "D. Discussed with: [%s] patient [%s] surrogate (%s)" % (ch(["X", " "]), ch(["X", " "]), rel), "", "Physician: %s   Licence: %s" % (d["name"], d["lic"]), "Date: %s" % c.fd(c.date)]
    return out


def gen_immunization_record(c):
    p = c.pt
    L = ri(0, 5)
    out = letterhead(c, ch([0, 2, 5, 6]))
    nurse = nurse_name()
    lot = lambda: "%s%s" % (ul(2), dg(5))
    if L in (0, 1):  # child schedule
        dob = c.date - datetime.timedelta(days=ri(400, 2200))
        cname = person_name(p["nat"], ch("MF"))
        sched = [(0, "BCG", "ID"), (0, "Hepatitis B (birth dose)", "IM"), (60, "Hexavalent (DTaP-IPV-Hib-HepB) #1", "IM"), (60, "PCV13 #1", "IM"), (60, "Rotavirus #1", "Oral"),
                 (120, "Hexavalent #2", "IM"), (120, "PCV13 #2", "IM"), (120, "Rotavirus #2", "Oral"), (180, "Hexavalent #3", "IM"), (180, "PCV13 #3", "IM"), (180, "bOPV", "Oral"),
                 (365, "MMR #1", "SC"), (365, "Varicella #1", "SC"), (365, "PCV13 booster", "IM"), (540, "DTaP-IPV-Hib booster", "IM"), (540, "MMR #2", "SC"), (540, "Hepatitis A #1", "IM")]
        out += [ch(["CHILD IMMUNIZATION RECORD", "Vaccination Card (Child)", "IMMUNISATION HISTORY - PAEDIATRICS"]), ""]
        out += ["Child's name: %s" % cname, "DOB: %s   Sex: %s   MRN: %s" % (c.fd(dob), ch(["M", "F"]), p["mrn"]), "Parent/guardian: %s" % p["name"], ""]
        if L == 0:
            out += ["%-36s %-12s %-6s %-10s %s" % ("Vaccine", "Date", "Route", "Lot", "Given by")]
        for days, v, rt in sched:
            dd = dob + datetime.timedelta(days=days + ri(0, 12))
            if dd > c.date:
                out.append(("%-36s %-12s" % (v, "due " + c.fd(dd))) if L == 0 else "%s - due %s" % (v, c.fd(dd)))
                continue
            out.append("%-36s %-12s %-6s %-10s %s" % (v, c.fd(dd), rt, lot(), nurse.split()[0]) if L == 0 else "%s: %s (%s) lot %s" % (c.fd(dd), v, rt, lot()))
        out += ["", "Next appointment: as per national immunisation schedule", "Allergies/adverse events: %s" % ch(["None", "Mild fever after Hexavalent #1", "None reported"])]
    elif L == 2:  # adult - occupational / healthcare worker
        out += [ch(["EMPLOYEE HEALTH - IMMUNIZATION STATUS", "Occupational Health Vaccination Record", "Staff Immunisation Record"]), ""] + pt_band(c, 0)
        d0 = c.date - datetime.timedelta(days=ri(200, 900))
        out += ["Department: %s" % ch(["Nursing", "Housekeeping", "Laboratory", "Food Services"]), "",
                "Hepatitis B: dose 1 %s, dose 2 %s, dose 3 %s" % (c.fd(d0), c.fd(d0 + datetime.timedelta(days=30)), c.fd(d0 + datetime.timedelta(days=180))),
                "Anti-HBs titre: %d mIU/mL (%s)" % (ri(12, 900), "immune"), "MMR: %s" % ch(["2 doses documented", "IgG immune", "1 dose given %s" % c.fd(d0)]),
                "Varicella: %s" % ch(["IgG positive", "history of chickenpox", "2 doses"]), "Tdap: %s" % c.fd(d0 + datetime.timedelta(days=ri(0, 300))),
                "Influenza (season %d-%d): %s" % (c.date.year - 1, c.date.year, c.fd(c.date - datetime.timedelta(days=ri(10, 120)))),
                "TB screening (IGRA): %s" % ch(["Negative", "Negative", "Positive - CXR normal, referred"])]
        if c.date.year >= 2021:
            out.append("COVID-19: %s" % ch(["2 doses + booster", "Primary series completed", "3 doses"]))
        out += ["", "Occupational health nurse: %s" % nurse]
    elif L == 3:  # travel: Hajj/Umrah meningococcal etc.
        out += [ch(["CERTIFICATE OF VACCINATION", "Vaccination Certificate - Travel", "INTERNATIONAL CERTIFICATE OF VACCINATION (copy)"]), ""]
        out += ["This is to certify that %s, date of birth %s, passport %s, nationality %s," % (p["name"], c.fd(p["dob"]), p["passport"], p["nat"]), "has been vaccinated on the date indicated against:", ""]
        vx = ch([[("Meningococcal ACWY conjugate", "Hajj/Umrah requirement")], [("Yellow fever", "valid for life of person")], [("Typhoid Vi polysaccharide", "3 years"), ("Hepatitis A", "")],
                 [("Meningococcal ACWY conjugate", ""), ("Seasonal influenza", "")]])
        for v, note in vx:
            out.append("- %s   date %s   batch %s   %s" % (v, c.fd(c.date), lot(), note))
        out += ["", "Clinician: %s" % c.doc["name"], "Official stamp: [ %s ]" % c.fac["name"]]
    elif L == 4:  # adult vaccination administration note
        vac = ch([("Influenza (quadrivalent)", "0.5 ml", "IM left deltoid"), ("Pneumococcal (PCV20)", "0.5 ml", "IM right deltoid"), ("Tdap", "0.5 ml", "IM deltoid"), ("Hepatitis B (adult)", "1 ml", "IM deltoid"),
                  ("Shingles (recombinant zoster) dose 1", "0.5 ml", "IM")] + ([("COVID-19 mRNA booster", "0.3 ml", "IM left deltoid")] if c.date.year >= 2021 else []))
        out += [ch(["Vaccine Administration Record", "IMMUNIZATION", "Vaccination note"]), ""] + pt_band(c, 2)
        out += ["Date: %s  Time: %s" % (c.fd(c.date), tm_day()), "Screening: no fever, no prior reaction, not pregnant" if p["sex"] == "F" else "Screening: no fever, no prior reaction",
                "Vaccine: %s   Dose: %s   Site/route: %s" % vac, "Manufacturer/Lot: %s / %s   Expiry: %s" % (ch(["Mfr A", "Mfr B", "Mfr C"]), lot(), (c.date + datetime.timedelta(days=ri(60, 500))).strftime("%m/%Y")),
                "VIS/leaflet given: Yes", "Observed 15 minutes: no adverse reaction", "Administered by: %s, RN" % nurse]
    else:  # school health / catch-up summary
        out += [ch(["IMMUNIZATION SUMMARY FOR SCHOOL ADMISSION", "School Health Vaccination Summary"]), ""]
        cname = person_name(p["nat"], ch("MF"))
        out += ["Student: %s   Grade: %s" % (cname, ch(["KG1", "KG2", "Grade 1", "Grade 6", "Grade 11"])), "Parent: %s  Mobile %s" % (p["name"], p["mobile"]), ""]
        for v in ["BCG", "Hepatitis B x3", "DTaP/IPV x4", "Hib x3", "MMR x2", "Varicella x2", "PCV x3", "Hepatitis A x2", "Tdap (Grade 11)", "HPV (Grade 7/8)"]:
            out.append("%-22s %s" % (v, ch(["Complete", "Complete", "Complete", "Incomplete - catch-up advised", "Not yet due"])))
        out += ["", "Verified from: %s" % ch(["vaccination card", "home country records (translated)", "national e-record"]), "School nurse/doctor: %s" % nurse]
    return out


def gen_registration_form(c):
    p, f = c.pt, c.fac
    L = ri(0, 5)
    out = letterhead(c, ch([0, 1, 3, 5, 7]))
    mar = ch(["Married", "Single", "Married", "Divorced", "Widowed"])
    rel = ch(["Muslim", "Muslim", "Christian", "Hindu", "Other", "Not stated"])
    lang = lang_of(p["nat"])
    ec = person_name(p["nat"], ch("MF"))
    if L == 0:  # full new patient registration
        out += [ch(["PATIENT REGISTRATION FORM", "New Patient Registration", "Registration / Demographics Form"]) + "   " + ch(["", "استمارة تسجيل مريض"]), ""]
        out += ["Full name (as per %s): %s" % (p["idname"], p["name"]), "%s No.: %s    Expiry: %s" % (p["idname"], p["idno"], c.fd(c.date + datetime.timedelta(days=ri(100, 1000)))),
                "Passport No.: %s   Nationality: %s" % (p["passport"], p["nat"]), "Date of birth: %s   Gender: %s   Marital status: %s" % (c.fd(p["dob"]), p["sexw"], mar),
                "Religion: %s   Preferred language: %s   Interpreter needed: %s" % (rel, lang, "Yes" if lang not in ("English",) and pr(0.3) else "No"),
                "Mobile: %s   Email: %s" % (p["mobile"], ch(["-", p["name"].split()[0].lower() + dg(2) + "@mailbox.example"])), "Address: Villa/Flat %d, %s, %s" % (ri(1, 999), f["area"], f["city"]),
                "Occupation: %s   Employer/Sponsor: %s" % (p["occ"], p["employer"]), "", "EMERGENCY CONTACT", "  Name: %s   Relation: %s   Mobile: %s" % (ec, ch(["Spouse", "Brother", "Friend", "Cousin"]), phone(f["country"], True)), "",
                "PAYMENT", "  [%s] Self pay   [%s] Insurance   [ ] Corporate" % (" ", "X"), "  Insurance co.: %s   TPA: %s" % (p["ins"], p["tpa"]), "  Card No.: %s   Policy: %s   Expiry: %s" % (p["card"], p["policy"], c.fd(c.date + datetime.timedelta(days=ri(30, 360)))), "",
                "How did you hear about us? %s" % ch(["Friend", "Insurance network list", "Website", "Company clinic"]), "", "Patient signature: ________   Registered by: %s   Date: %s" % (ch(["reg", "frontdesk"]) + dg(2), c.fd(c.date)), "MRN assigned: %s" % p["mrn"]]
    elif L == 1:  # system face sheet printout
        out += [ch(["FACE SHEET", "Patient Demographics", "Registration Summary"]), "-" * 60]
        rows = [("MRN", p["mrn"]), ("Name", p["name"]), ("DOB / Age", "%s / %s" % (c.fd(p["dob"]), p["age"])), ("Gender", p["sexw"]), ("Nationality", p["nat"]), (p["idname"], p["idno"]),
                ("Mobile", p["mobile"]), ("Visit type", ch(["OP", "IP", "ER", "Day care"])), ("Visit No.", "V" + dg(9)), ("Doctor", c.doc["name"]), ("Department", c.case["spec"]),
                ("Payer", "%s (%s)" % (p["ins"], p["tpa"])), ("Network/Class", "%s / %s" % (p["net"], p["cls"])), ("Co-pay", p["copay"]), ("Registered", "%s %s" % (c.fd(c.date), tm_day()))]
        out += ["%-16s: %s" % r for r in rows] + ["-" * 60]
    elif L == 2:  # ER quick registration slip
        out += [ch(["EMERGENCY REGISTRATION", "ER Registration Slip", "Quick Registration"]), ""]
        out += ["ER No: %s   Time of arrival: %s" % (dg(7), tm()), "Name: %s" % (p["name"] if pr(0.8) else "UNKNOWN %s %s" % (p["sexw"].upper(), dg(3))), "Age: %s  Sex: %s  Nat: %s" % (p["age"], p["sex"], p["nat"]),
                "Brought by: %s" % ch(["Self", "Ambulance (%s)" % ch(["911", "998", "997"]), "Colleague", "Police"]), "Mode: %s" % ch(["Walk-in", "Wheelchair", "Stretcher"]),
                "ID: %s" % ch([p["idno"], "to be provided", p["passport"]]), "Payment: %s" % ch(["Insurance - " + p["ins"], "Cash", "Emergency - insurance to be verified"]), "Registered by: %s" % ch(["reg01", "ER front desk"])]
    elif L == 3:  # paediatric registration
        child = person_name(p["nat"], ch("MF"))
        out += [ch(["PAEDIATRIC PATIENT REGISTRATION", "Registration Form - Child (below 18 years)"]), ""]
        out += ["Child's name: %s" % child, "DOB: %s   Gender: %s" % (c.fd(c.date - datetime.timedelta(days=ri(30, 4000))), ch(["Male", "Female"])), "Birth certificate No.: %s" % dg(9),
                "Father's name: %s   Mobile: %s" % (person_name(p["nat"], "M"), phone(f["country"], True)), "Mother's name: %s   Mobile: %s" % (person_name(p["nat"], "F"), phone(f["country"], True)),
                "Nationality: %s   %s (child): %s" % (p["nat"], p["idname"], ch([p["idno"], "applied"])), "School: %s" % ch(["-", "%s International School" % ch(HOSP_A)]), "Insurance: %s  Card: %s" % (p["ins"], p["card"]),
                "Guardian signature: ________   Date %s" % c.fd(c.date)]
    elif L == 4:  # update of demographics
        out += [ch(["CHANGE OF PATIENT INFORMATION REQUEST", "Demographic Update Form"]), ""] + pt_band(c, 0)
        field = ch([("Mobile number", phone(f["country"], True), p["mobile"]), ("Insurance", "%s" % ch(INSURERS[f["country"]]), p["ins"]), ("Name spelling", p["name"].replace("a", "aa", 1), p["name"]),
                    ("%s expiry" % p["idname"], c.fd(c.date + datetime.timedelta(days=700)), c.fd(c.date - datetime.timedelta(days=20)))])
        out += ["Field to change: %s" % field[0], "Old value: %s" % field[2], "New value: %s" % field[1], "Supporting document: %s copy attached" % ch([p["idname"], "Passport", "Insurance card"]),
                "Requested by: %s (Self)" % p["name"], "Verified by: %s, Patient Registration" % person_name(ch(["Filipino", "Indian"]), "F"), "Date: %s" % c.fd(c.date)]
    else:  # kiosk / online pre-registration
        out += ["ONLINE PRE-REGISTRATION CONFIRMATION", "Reference: PR-%s" % dg(8), ""]
        out += ["First name: %s" % p["name"].split()[0], "Last name: %s" % " ".join(p["name"].split()[1:]), "Date of birth: %s" % p["dob"].strftime("%Y-%m-%d"), "Gender: %s" % p["sexw"],
                "Nationality: %s" % p["nat"], "ID type: %s   ID number: %s" % (p["idname"], p["idno"]), "Mobile: %s" % p["mobile"], "Preferred clinic: %s" % c.case["spec"],
                "Preferred date: %s" % c.fd(c.date), "Insurance uploaded: %s" % ch(["Yes (front/back)", "No - self pay"]), "", "Please bring original ID and insurance card to the reception 15 minutes before your appointment."]
    return out


def gen_insurance_card(c):
    p, f = c.pt, c.fac
    L = ri(0, 5)
    exp = c.date + datetime.timedelta(days=ri(30, 360))
    eff = exp - datetime.timedelta(days=365)
    out = []
    hot = ch(["800 %s" % dg(4), "800 %s %s" % (dg(3), dg(4)), phone(f["country"]), "%s%s" % (ch(["800", "920"]), dg(5))])
    ar = ch(["بطاقة التأمين الصحي", "بطاقة العضوية", "التأمين الصحي"])
    if L == 0:
        out += ["[FRONT]", p["ins"].upper(), ar if pr(0.5) else "", "Member Name: %s" % p["name"].upper(), "Card No: %s" % p["card"], "Policy No: %s" % p["policy"],
                "DOB: %s   Gender: %s" % (p["dob"].strftime("%d/%m/%Y"), p["sex"]), "Network: %s   Class: %s" % (p["net"], p["cls"]), "Valid: %s - %s" % (eff.strftime("%d/%m/%Y"), exp.strftime("%d/%m/%Y")),
                "", "[BACK]", "Administered by %s" % p["tpa"], "Co-pay: %s   Pre-approval required for inpatient and MRI/CT" % p["copay"], "24/7 Helpline: %s" % hot,
                "This card is the property of the insurer and must be presented with a valid %s." % p["idname"], "If found please return to P.O. Box %s, %s" % (dg(5), f["city"])]
    elif L == 1:  # scanned copy via reception with OCR-ish layout
        out += ["Insurance card copy - scanned %s" % c.fd(c.date), "MRN %s" % p["mrn"], "", p["tpa"], p["name"], p["card"], "%s | %s" % (p["net"], p["cls"]), "EXP %s" % exp.strftime("%m/%y"),
                ch(["IN-PATIENT: 100%   OUT-PATIENT: 80%", "OP Deductible: %s 50" % f["cur"], "Dental: N/A  Optical: N/A"]), "", "-- reverse --", "Emergency treatment does not require pre-approval.", "Call %s" % hot]
    elif L == 2:  # eligibility table printout
        out += [ch(["ELIGIBILITY VERIFICATION", "Insurance Eligibility Check", "Member Eligibility Response"]), "Transaction %s  %s %s" % (dg(10), c.fd(c.date), tm_day()), ""]
        rows = [("Payer", p["ins"]), ("TPA", p["tpa"]), ("Member", p["name"]), ("Member ID", p["card"]), (p["idname"], p["idno"]), ("Plan", "%s - %s" % (p["net"], p["cls"])),
                ("Status", ch(["ACTIVE", "ACTIVE", "ELIGIBLE"])), ("Coverage", "%s to %s" % (c.fd(eff), c.fd(exp))), ("OP co-insurance", p["copay"]), ("Maternity", ch(["Covered - waiting period applies", "Not covered", "Covered"])),
                ("Chronic/pre-existing", ch(["Covered up to %s 150,000" % f["cur"], "Covered", "Excluded first year"]))]
        out += ["%-22s %s" % r for r in rows]
    elif L == 3:  # simple card with scan artefacts
        out += [ch(["HEALTH INSURANCE CARD", "MEDICAL CARD", "Health Card"]) + "   " + ar, "", p["name"], "ID: %s" % p["card"], "Emp: %s" % p["employer"], "Plan %s" % p["cls"],
                "Exp. %s" % exp.strftime("%d-%b-%Y"), p["ins"], "", "Back side:", "Valid only with %s." % p["idname"], "Network providers: see www.%s.example" % p["tpa"].split()[0].lower(), "Claims: %s" % hot]
    elif L == 4:  # government/national enhanced card
        out += [ch(["Health Card", "ENHANCED BENEFIT PLAN", "National Health Insurance - Member Card"]), ""]
        out += ["Name: %s" % p["name"], "Unified No./%s: %s" % (p["idname"], p["idno"]), "Card No.: %s" % p["card"], "Category: %s" % ch(["Basic", "Enhanced", "Citizen", "Resident"]),
                "Valid until: %s" % c.fd(exp), "", "Benefits: OP/IP within network; co-pay %s" % p["copay"], "Not valid for elective treatment outside %s" % f["country"]]
    else:  # dependent card
        sp = person_name(p["nat"], "M" if p["sex"] == "F" else "F")
        out += ["[Card - front]", p["ins"], "Principal member: %s" % sp, "Dependent: %s (%s)" % (p["name"], ch(["Spouse", "Child", "Dependent"])), "Member No.: %s-%02d" % (p["card"], ri(1, 4)),
                "Group: %s" % p["employer"], "Network: %s" % p["net"], "Expiry: %s" % c.fd(exp), "[Card - back]", "TPA: %s  Tel %s" % (p["tpa"], hot), "Prior approval needed for all admissions."]
    return out


def gen_nursing_note(c):
    cs, p = c.case, c.pt
    n = nurse_name()
    L = ri(0, 5)
    out = letterhead(c) if pr(0.4) else []
    ward = ch(["Ward 3A", "Surgical Ward", "Medical Ward 4", "Female Ward", "Day Surgery", "CCU", "Maternity Ward"])
    if L == 0:  # FDAR (Filipino nurses)
        out += [ch(["NURSES' NOTES", "Nursing Progress Notes", "NURSES NOTES (FDAR)"]), ""] + pt_band(c, 5) + ["Ward: %s  Bed: %d" % (ward, ri(1, 30)), ""]
        t = ri(6, 20)
        for focus in samp(["Pain", "Risk for infection", "Hyperthermia" if c.v["t"] > 37.8 else "Activity intolerance", "Knowledge deficit", "Impaired mobility", "Risk for falls"], ri(2, 3)):
            out += ["%s  %02d:%02d  F: %s" % (c.fd(c.date), t % 24, ri(0, 59), focus),
                    "        D: %s. %s" % (ch(["Pt verbalised pain score %d/10" % c.v["pain"], "Received pt awake, conscious, coherent", "Noted with IVF of PNSS 1L at %d cc level" % ri(200, 800), "T %.1f" % c.v["t"]]), vit_str(c, 1)),
                    "        A: %s" % ch(["Administered medication as ordered", "Encouraged deep breathing exercises", "Provided health teaching", "Assisted to comfortable position", "Tepid sponge bath done"]),
                    "        R: %s" % ch(["Pt verbalised relief", "Pain score reduced to 2/10", "Pt understood instructions", "Temp down to 37.2"]), "                                   %s, RN" % n]
            t += ri(2, 4)
    elif L == 1:  # SBAR handover
        out += [ch(["SBAR Handover", "Shift Handover - SBAR", "Nursing Handoff"]), "%s  %s shift" % (c.fd(c.date), ch(["Day", "Night", "AM", "PM"])), ""] + pt_band(c, 2)
        out += ["S: %s, %s %s, admitted for %s." % (p["name"], p["age"], p["sex"], cs["dx"].lower()),
                "B: %s. Allergy: %s. Adm %s." % (pmh_str(c), c.allergy, c.fd(c.adm)),
                "A: %s. Pain %d/10. %s. %s." % (vit_str(c, 5), c.v["pain"], ch(["Tolerating soft diet", "NPO", "On regular diet"]), ch(["Voiding well", "Foley in situ", "IV cannula L hand day 2, site clean"])),
                "R: %s" % ch(["Continue monitoring, pending AM labs", "For discharge tomorrow, education started", "Watch for fever spike, inform MD if T > 38.5", "Fall precautions"]),
                "Handed over by %s to %s" % (n, nurse_name())]
    elif L == 2:  # nursing admission assessment
        out += [ch(["NURSING ADMISSION ASSESSMENT", "Initial Nursing Assessment", "Nursing Admission Record"]), ""] + pt_band(c, 0)
        morse = ri(0, 65)
        braden = ri(14, 23)
        out += ["Arrived at %s via %s, accompanied by %s" % (tm(), ch(["wheelchair", "stretcher", "ambulant"]), ch(["relative", "colleague", "ER nurse"])), "Vital signs: " + vit_str(c, 3),
                "Pain: %d/10 (%s scale)" % (c.v["pain"], ch(["numeric", "Wong-Baker"])), "Allergies: " + c.allergy + " - allergy band applied", "Morse fall score: %d (%s)" % (morse, "high" if morse >= 45 else ("moderate" if morse >= 25 else "low")),
                "Braden score: %d" % braden, "Nutrition screen (MST): %d" % ri(0, 2), "Skin: %s" % ch(["intact", "intact, no pressure areas", "old scar abdomen"]), "Valuables: %s" % ch(["handed to relative", "none", "mobile phone with patient"]),
                "Orientation to ward, call bell, bathroom: done", "Preferred language: %s" % lang_of(p["nat"]), "Spiritual needs: %s" % ch(["prayer times, wishes to face Qibla", "none expressed", "family visit"]), "", "Assessed by: %s, RN   %s" % (n, c.fd(c.date))]
    elif L == 3:  # timed narrative notes
        out += [ch(["Nursing Notes", "Nurse's Record", "NURSING CARE NOTES"]), ""] + pt_band(c, 1)
        t = ri(7, 12)
        for i in range(ri(4, 14)):
            ev = ch(["Vital signs checked: " + vit_str(c, 5), "Medications given as per MAR.", "Pt ambulated in corridor with assistance.", "Wound dressing dry and intact.",
                     "IV fluids running well.", "Doctor's round done, orders noted.", "Pt slept comfortably.", "Blood sample sent for %s." % ch(cs["labs"]), "Pt complained of pain %d/10, PRN analgesia given, reassessed after 1 hr: 2/10." % c.v["pain"],
                     "Relatives visited.", "Oral intake fair, encouraged fluids.", "Passed urine, amount adequate."])
            out.append("%02d:%02d  %s" % ((t + i) % 24, ri(0, 59), ev))
        out += ["", "Sign: %s (%s)" % (n, ch(["RN", "SN", "Staff Nurse", "CN"]))]
    elif L == 4:  # wound / IV / pain flowsheet
        out += [ch(["WOUND CARE RECORD", "Pain Assessment & Reassessment", "Intake and Output Chart"]), ""] + pt_band(c, 4)
        kind = out[-len(pt_band(c, 4)) - 2] if False else ch(["wound", "pain", "io"])
        if kind == "wound":
            out += ["Site: %s" % ch(["umbilical port", "right iliac fossa", "Pfannenstiel", "right wrist volar incision", "left leg"]), "Date    Appearance           Exudate   Dressing          Nurse"]
            for i in range(ri(2, 4)):
                out.append("%s  %-20s %-9s %-17s %s" % ((c.date + datetime.timedelta(days=i)).strftime("%d/%m"), ch(["clean, dry", "mild erythema", "healing well", "staples intact"]), ch(["nil", "minimal serous"]), ch(["Opsite", "gauze + tape", "left open"]), n.split()[0]))
        elif kind == "pain":
            out += ["Time   Score  Location       Intervention           Reassess"]
            for i in range(ri(3, 5)):
                s = max(0, c.v["pain"] - i * 2)
                out.append("%s  %-6d %-14s %-22s %d" % (tm(), s, ch(["abdomen", "operative site", "back", "wrist"]), ch(["paracetamol IV", "repositioning", "tramadol 50 mg", "ice pack"]), max(0, s - 2)))
        else:
            out += ["Time    IV in   Oral in   Urine   Drain   Vomit"]
            for h in range(6, 24, 4):
                out.append("%02d:00   %-7d %-9d %-7d %-7s %s" % (h, ri(100, 500), ri(0, 300), ri(100, 450), ch(["-", str(ri(5, 40))]), ch(["-", "-", "50"])))
            out += ["24h total: In %d ml  Out %d ml" % (ri(2000, 3200), ri(1500, 2800))]
        out += ["", "Nurse: %s" % n]
    else:  # DAR / general short
        out += [ch(["Nursing note", "Nurse Note", "Nursing Documentation"]) + " %s %s" % (c.fd(c.date), tm()), ""] + pt_band(c, 4)
        out += ["D: %s. %s" % (ch(["Pt received from %s" % ch(["ER", "OT/PACU", "ICU"]), "Pt awake and alert", "Pt c/o %s" % cs["cc"]]), vit_str(c, 0)),
                "A: %s" % ch(["Made comfortable, side rails up, call bell within reach", "Administered meds as ordered; informed Dr. %s" % c.doc["last"], "Health education on %s given" % ch(["fall prevention", "diet", "wound care", "incentive spirometry"])]),
                "R: %s" % ch(["Pt resting", "No distress noted", "Pt verbalised understanding"]), "", n + ", RN"]
    return out


def gen_ed_note(c):
    cs, p = c.case, c.pt
    ed = mk_doc(c.fac, "Emergency Medicine", grade=ch(["Specialist", "Consultant", "Registrar", "GP"]))
    L = ri(0, 5)
    out = letterhead(c)
    arr = tm()
    ctas = ch(["2", "3", "3", "4"])
    dispo = ("Admitted under %s (%s)" % (cs["spec"], c.doc["name"])) if cs["ip"] else ch(["Discharged home", "Discharged with OPD follow-up", "Discharged, advised to return if worse"])
    if L == 0:
        out += [ch(["EMERGENCY DEPARTMENT RECORD", "ED Physician Note", "EMERGENCY ROOM NOTES", "Emergency Medicine - Encounter"]), ""] + pt_band(c, 0)
        out += ["Arrival: %s %s   Mode: %s   Triage: %s %s" % (c.fd(c.date), arr, ch(["walk-in", "ambulance", "private car"]), ch(["CTAS", "ESI"]), ctas), "Seen by: %s at %s" % (ed["name"], tm()), "",
                "CHIEF COMPLAINT: " + cs["cc"], "HPI: " + hpi_text(c, 4 if ed["origin"] in ("NA", "UK") else 0), "PMH: " + pmh_str(c), "Allergies: " + c.allergy, "",
                "EXAM: " + vit_str(c, 1)] + ["  " + e for e in exam_list(c)]
        out += ["", "ED COURSE:"] + ["  " + med_str(m, 0) + " given" for m in cs["ipm"][:3]] + ["  Labs: " + lab_summary(c)] + (["  " + cs["img"][1] + ": " + cs["img"][3]] if cs.get("img") else [])
        out += ["", "ED DIAGNOSIS: " + cs["dx"], "DISPOSITION: " + dispo] + sig(ed, 2)
    elif L == 1:  # triage sheet
        out += [ch(["TRIAGE ASSESSMENT", "ER Triage Form", "Emergency Triage"]), ""] + pt_band(c, 2)
        out += ["Arrival time: %s   Triage time: %s" % (arr, arr[:3] + "%02d" % min(59, int(arr[3:]) + ri(2, 9))), "Triage category: %s" % ch(["Level 2 - Emergent", "Level 3 - Urgent", "Level 4 - Less urgent", "Yellow", "Orange"]),
                "Presenting complaint: %s x %s" % (cs["cc"], cs["dur"]), "Vitals: " + vit_str(c, 3), "GCS: 15   Pain: %d/10   GRBS: %d mg/dL" % (c.v["pain"], ri(90, 280)),
                "Allergies: " + c.allergy, "Isolation screen: %s" % ch(["negative", "fever + cough - mask given" if cs["k"] == "cap" else "negative"]), "Triage nurse: %s" % nurse_name(), "Assigned to: %s" % ch(["Acute area", "Fast track", "Resus", "Majors"])]
    elif L == 2:  # short ER sheet subcontinent
        out += ["ER  %s  %s" % (c.fd(c.date), arr)] + pt_band(c, 4)
        out += ["C/o " + cs["cc"] + " x " + cs["dur"], ch(cs["hpi"]) + ". " + ch(cs["neg"]), "O/E: " + vit_str(c, 2), "  " + "; ".join(exam_list(c)), "Imp: " + cs["dx"],
                "Rx in ER:"] + ["  " + med_str(m, 1) for m in cs["ipm"][:3]] + ["Adv: " + dispo, "Dr. %s (ER)" % ed["last"]]
    elif L == 3:  # RTA / medico-legal
        out += [ch(["MEDICO-LEGAL CASE (MLC) - EMERGENCY", "ER Note - Police Case", "Emergency note - Road Traffic Accident"]), ""] + pt_band(c, 3)
        mech = ch(["RTA - driver of light vehicle, belted, airbag deployed", "Fall from height (scaffolding, approx %d m) at construction site" % ri(2, 4), "Pedestrian hit by vehicle", "Assault - punched on face"])
        out += ["Time of incident: %s (approx.)  Arrival: %s" % (tm(), arr), "Mechanism: %s" % mech, "Police informed: %s  Ref %s" % (ch(["Yes", "Yes - officer present"]), dg(8)),
                "Primary survey: A - patent, B - RR %d SpO2 %d%%, C - HR %d BP %d/%d, D - GCS 15, E - %s" % (c.v["rr"], c.v["spo2"], c.v["hr"], c.v["sbp"], c.v["dbp"], ch(["abrasions over forearm", "no external injury", "swelling right wrist"])),
                "Secondary survey: " + "; ".join(exam_list(c)), "FAST: %s" % ch(["negative", "not done"]), "Imaging: %s" % ch(["CT brain - no acute finding", "X-rays as per injuries", "C-spine cleared clinically (NEXUS)"]),
                "Alcohol breath test: %s" % ch(["not indicated", "requested by police", "negative"]), "Diagnosis: %s" % (cs["dx"] if cs["k"] == "radius" else ch(["Soft tissue injuries", "Contusion chest wall", "Minor head injury"])),
                "Disposition: " + dispo] + sig(ed, 0)
    elif L == 4:  # ED discharge/provider note template EHR
        out += [ch(["Emergency Provider Note", "ED Visit Summary", "Urgent Care Note"]), "Encounter %s" % dg(9), ""] + pt_band(c, 6)
        out += ["", "History:", "  " + hpi_text(c, 4), "Review of Systems: negative except per HPI", "Physical Exam:", "  " + vit_str(c, 5), "  " + "; ".join(exam_list(c)),
                "Medical Decision Making:", "  DDx considered: %s. %s" % (ch(["ACS, PE, GERD", "appendicitis, ureteric colic, gastroenteritis", "cellulitis, DVT", "viral URTI, pneumonia"]), ch(["Workup as below.", "Low risk features.", "Risk stratification done."])),
                "  Results: " + lab_summary(c), "Clinical Impression: " + cs["dx"], "Disposition: " + dispo, "Patient/family agree with plan."] + sig(ed, 2)
    else:  # UK-style ED card
        out += ["A&E CASUALTY CARD   %s %s" % (c.fd(c.date), arr), "%s, %s%s, %s" % (p["name"], p["age"], p["sex"], p["mrn"]), ""]
        out += ["PC: " + cs["cc"], "HPC: " + hpi_text(c, 3), "O/E: " + vit_str(c, 5), ". ".join(exam_list(c)), "Ix: " + lab_summary(c, 3), "Imp: " + cs["dx"],
                "Plan: " + "; ".join([med_str(m, 4) for m in cs["ipm"][:2]] + [("refer " + cs["spec"]) if cs["ip"] else "home, GP f/u"]), "", ed["name"] + " " + ed["grade"]]
    return out


def gen_transfer_summary(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 5)
    out = letterhead(c)
    dest = ch(["%s Government Hospital" % c.fac["city"], "%s Specialty Centre" % ch(HOSP_A), "the National Heart Centre", "%s Rehabilitation Hospital" % ch(HOSP_A)])
    reason = ch(["Non-availability of ICU bed", "Patient's insurance not accepted / financial reasons", "Need for specialised service (%s)" % ch(["cardiac surgery", "neurosurgery", "PICU", "burns unit"]),
                 "Family request - government entitlement", "Continuation of care nearer to home"])
    if L == 0:  # inter-facility transfer summary
        out += [ch(["INTER-HOSPITAL TRANSFER SUMMARY", "Patient Transfer Form", "TRANSFER SUMMARY"]), ""] + pt_band(c, 0)
        out += ["Transferring facility: %s" % c.fac["name"], "Receiving facility: %s" % dest, "Accepting physician: Dr. %s (spoken to at %s)" % (person_name(ch(PT_NATS), "M"), tm()),
                "Reason for transfer: %s" % reason, "", "Diagnosis: %s" % cs["dx"], "Summary: " + hpi_text(c) + " " + cap(cs["course"] or "managed medically") + ".", "",
                "Vitals at transfer: " + vit_str(c, 1), "GCS: 15/15", "Lines/tubes: %s" % ch(["PIV x1", "PIV x2, Foley", "CVC R IJ, arterial line"]), "Medications given (last doses):"]
        out += ["  " + med_str(m, 0) + " at " + tm() for m in cs["ipm"][:3]] + ["", "Mode: %s ambulance with %s" % (ch(["ALS", "BLS"]), ch(["nurse", "doctor and nurse", "paramedic"])),
                                                                                 "Documents sent: reports, imaging CD, medication list", "Family informed: Yes"] + sig(d, 1)
    elif L == 1:  # ICU to ward
        out += [ch(["ICU TRANSFER-OUT NOTE", "Step-down Transfer Note", "Transfer Note ICU -> Ward"]), "%s %s" % (c.fd(c.date), tm_day()), ""] + pt_band(c, 2)
        out += ["From: %s  To: %s" % (ch(["ICU", "CCU", "HDU"]), ch(["Ward 3A", "Medical ward", "Surgical ward", "Cardiology ward"])), "Admitting diagnosis: %s" % cs["dx"],
                "ICU course: %s" % ch(["Required oxygen and close monitoring; no vasopressors", "Post-op monitoring, uneventful", "Observed for arrhythmia; none"]),
                "Current status: " + vit_str(c, 5), "Active issues:", "  1. " + cs["dx"], "  2. " + ch(["Mobilisation", "Glycaemic control", "Electrolyte monitoring"]),
                "Medications:"] + ["  - " + med_str(m, 4) for m in (cs["ipm"] + c.home)[:5]] + ["Pending: %s" % ch(["blood culture", "echo report", "nothing"]), "Code status: Full", "Receiving team: %s" % d["name"]]
    elif L == 2:  # repatriation medical report
        out += [ch(["MEDICAL REPORT FOR REPATRIATION", "Medical Summary for Air Repatriation", "Transfer to Home Country - Medical Report"]), ""] + pt_band(c, 3)
        out += ["Passport: %s   Nationality: %s" % (p["passport"], p["nat"]), "Employer/Sponsor: %s" % p["employer"], "", "Diagnosis: %s" % cs["dx"],
                "Summary: %s %s." % (hpi_text(c), cap(cs["course"] or "treated")), "Current condition: %s" % ch(["stable, ambulant", "stable, wheelchair-bound", "stable on room air"]),
                "Fit to fly: %s" % ch(["Yes, commercial flight, economy with extra leg room", "Yes, with medical escort", "Yes, stretcher case with nurse escort"]),
                "Oxygen in flight: %s" % ch(["Not required", "2 L/min"]), "Medications for journey:"] + ["  " + med_str(m, 4) for m in cs["dcm"]] + ["Receiving hospital/doctor in %s: to be arranged by family" % p["nat"]] + sig(d, 4)
    elif L == 3:  # ambulance handover form
        out += [ch(["PATIENT HANDOVER - AMBULANCE TRANSFER", "Transfer Checklist & Handover"]), ""] + pt_band(c, 1)
        h0 = ri(0, 20)
        out += ["Dep. time: %02d:%02d   Arr. time: %02d:%02d" % (h0, ri(0, 59), h0 + ri(1, 3), ri(0, 59)), "Escort: %s" % ch(["RN " + nurse_name(), "Paramedic", "Dr. + RN"]), "Diagnosis: %s" % cs["dx"], "Allergies: %s" % c.allergy,
                "[X] Patient ID band   [X] Transfer letter   [X] Imaging CD   [X] Medication chart   [%s] Blood products" % ch([" ", "X"]), "Vitals pre-departure: " + vit_str(c, 0),
                "Vitals en route: stable", "Handed over to: %s (receiving nurse)" % nurse_name(), "Signature: ________"]
    elif L == 4:  # letter-style transfer
        out += [c.fd(c.date), "", "To the Receiving Physician,", dest, "", "Re: Transfer of %s (%s yrs, %s)" % (p["name"], p["age"], p["sexw"]), "",
                "We are transferring this patient to your care for %s. %s" % (reason.lower(), hpi_text(c, 4)), "",
                "Investigations: %s." % lab_summary(c) + (" " + cs["img"][1] + ": " + cs["img"][3] if cs.get("img") else ""), "Treatment received: " + "; ".join(med_str(m, 4) for m in cs["ipm"]) if cs["ipm"] else "", "",
                "Condition at transfer: %s." % ch(["stable", "haemodynamically stable", "guarded but stable"]), "Please do not hesitate to contact us on %s." % c.fac["tel"], "", "Sincerely,"] + sig(d, 1)
    else:  # internal ward transfer (OT/ER to ward) form
        out += [ch(["INTERNAL TRANSFER FORM", "Transfer of Care - Inter-unit", "Ward Transfer Record"]), ""] + pt_band(c, 4)
        out += ["From: %s   To: %s   Time: %s" % (ch(["ER", "PACU", "Labour room"]), ch(["Ward 4B", "Private room %d" % ri(201, 420), "Maternity ward", "Surgical ward"]), tm()), "Diagnosis: %s" % cs["dx"],
                "Reason: %s" % ch(["Admission", "Post-op", "Bed availability"]), "Vitals: " + vit_str(c, 1), "IV: %s" % ch(["NS 100 ml/hr", "RL 80 ml/hr", "Saline lock"]),
                "Pending tasks: %s" % ch(["Repeat CBC 6 hrs", "Pain reassessment", "Surgeon to review in evening", "None"]), "Handed over by: %s   Received by: %s" % (nurse_name(), nurse_name())]
    return out


def gen_provider_orders(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 5)
    out = letterhead(c)
    if L == 0:  # admission orders
        out += [ch(["ADMISSION ORDERS", "Physician Admission Orders", "Doctor's Orders - Admission"]), ""] + pt_band(c, 0)
        out += ["Admit to: %s under %s" % (ch(["Ward", "HDU", "Private room"]), d["name"]), "Diagnosis: %s" % cs["dx"], "Condition: %s" % ch(["Stable", "Fair", "Guarded"]),
                "Vitals: %s" % ch(["Q4H", "Q2H x 12h then Q4H", "Q1H"]), "Activity: %s" % ch(["Bed rest", "Ambulate as tolerated", "Up with assistance"]), "Diet: %s" % ch(["NPO", "Soft diet", "Diabetic diet 1800 kcal", "Regular"]),
                "IV fluids: %s" % ch(["NS 0.9%% at 100 ml/hr", "RL 1 L over 8 hrs", "Saline lock"]).replace("%%", "%"), "Allergies: " + c.allergy, "Medications:"]
        out += ["  " + med_str(m, 0) for m in cs["ipm"]] + ["Labs: " + ", ".join(PANEL_NAMES[x][-1] for x in cs["labs"]) + " in AM", "Notify physician if: SBP < 90 or > 180, HR > 120, T > 38.5, SpO2 < 92%", "VTE prophylaxis: %s" % ch(["enoxaparin as above", "mechanical (SCDs)", "not indicated"])]
        out += sig(d, 0)
    elif L == 1:  # CPOE printout
        out += [ch(["ORDER SUMMARY", "Active Orders", "CPOE - Orders Report"]), "Printed %s %s" % (c.fd(c.date), tm())] + pt_band(c, 2) + [""]
        out += ["%-10s %-44s %-10s %s" % ("Type", "Order", "Status", "Ordered by")]
        orders = [("Nursing", "Vital signs %s" % ch(["Q4H", "Q6H"])), ("Diet", ch(["NPO after midnight", "Soft diet", "Regular diet"]))] + [("Pharmacy", med_str(m, 4)[:44]) for m in cs["ipm"]] + \
                 [("Lab", ch(PANEL_NAMES[x])[:44]) for x in cs["labs"]] + ([("Radiology", cs["img"][1][:44])] if cs.get("img") else [])
        for typ, o in orders:
            out.append("%-10s %-44s %-10s %s" % (typ, o, ch(["Active", "Active", "Completed", "Verified"]), d["last"]))
    elif L == 2:  # post-op orders
        op = cs.get("op")
        out += [ch(["POST-OPERATIVE ORDERS", "Post-op Orders", "Orders after surgery"]), ""] + pt_band(c, 1)
        out += ["Procedure: %s" % (op["name"] if op else "procedure"), "1. Shift to %s when Aldrete >= 9" % ch(["ward", "room"]), "2. Vitals Q15min x 1 hr, Q30min x 2 hrs, then Q4H",
                "3. %s" % ch(["NPO x 6 hrs then sips of water", "Clear fluids when awake, soft diet in evening", "Oral fluids after 4 hrs"]), "4. IVF: RL 100 ml/hr",
                "5. Analgesia: " + "; ".join(med_str(m, 4) for m in cs["ipm"] if "aracetamol" in m[0] or "ramadol" in m[0]) or "5. Analgesia: paracetamol 1 g IV Q6H",
                "6. Antiemetic: ondansetron 4 mg IV Q8H PRN", "7. Early mobilisation / incentive spirometry", "8. %s" % ch(["Check drain output", "Check distal circulation", "Remove Foley next morning", "Monitor wound"]),
                "9. Inform surgeon if: bleeding, fever > 38.5, urine output < 0.5 ml/kg/hr"] + sig(d, 4)
    elif L == 3:  # telephone/verbal order
        out += [ch(["TELEPHONE / VERBAL ORDER FORM", "Verbal Order Record"]), ""] + pt_band(c, 4)
        o = ch(["Give %s" % med_str(ch(cs["ipm"] or [("Paracetamol", "1 g", "IV", "stat", "")]), 4), "Repeat CBC and electrolytes now", "Increase IV fluid to 125 ml/hr", "Hold next dose of enoxaparin"])
        out += ["Date/Time: %s %s" % (c.fd(c.date), tm()), "Order: %s" % o, "Given by: %s" % d["name"], "Received by: %s, RN" % nurse_name(), "Read back: [X] Yes", "Co-signed by physician within 24 h: ______  Date: ______"]
    elif L == 4:  # handwritten-style order sheet
        out += [ch(["PHYSICIAN'S ORDER SHEET", "Doctor's Order Sheet", "Treatment Orders"]), ""] + pt_band(c, 5) + [""]
        out += ["Date/Time        Orders                                         Sign"]
        for i, o in enumerate(["NBM" if cs.get("op") else "Diet as tolerated"] + [med_str(m, 1) for m in cs["ipm"]] + [ch(["I/O charting", "Daily weight", "CBG QID"]), ch(["CBC, RFT tomorrow", "Repeat CRP on day 3"])]):
            out.append("%-16s %-46s %s" % ((c.fd(c.date) + " " + tm_day()) if i == 0 else "", o, "" if i else d["last"]))
        out += ["", "Nurse noted: %s  %s" % (nurse_name(), tm())]
    else:  # discharge orders / lab & radiology requisition
        if pr(0.5):
            out += [ch(["DISCHARGE ORDER", "Discharge Orders"]), ""] + pt_band(c, 3)
            out += ["Discharge patient %s %s" % (ch(["today", "after noon", "after pharmacy clearance"]), c.fd(c.dis)), "Remove IV cannula", "Discharge medications:"]
            out += ["  " + med_str(m, 0) for m in cs["dcm"]] + ["Follow-up: " + follow_up(c), "Sick leave: %d days" % ri(*cs["sick"])] + sig(d, 0)
        else:
            out += [ch(["LABORATORY / RADIOLOGY REQUISITION", "Investigation Request Form", "Request for Investigations"]), ""] + pt_band(c, 1)
            out += ["Clinical details: %s" % cs["dx"], "Tests requested:"] + ["  [X] " + ch(PANEL_NAMES[x]) for x in cs["labs"]] + (["  [X] " + cs["img"][1]] if cs.get("img") else [])
            out += ["Priority: %s" % ch(["Routine", "Urgent", "STAT"]), "Fasting: %s" % ch(["Yes", "No"]), "Insurance approval: %s" % ch(["Not required", "Required for imaging - sent", "Approved"]),
                    "Requesting doctor: %s   Date %s" % (d["name"], c.fd(c.date))]
    return out


def gen_discharge_instructions(c):
    cs, p, d = c.case, c.pt, c.doc
    L = ri(0, 5)
    out = letterhead(c)
    ret = ["fever above 38.5 C", "increasing pain", "vomiting and unable to keep fluids", "bleeding or discharge from the wound", "shortness of breath", "chest pain", "fainting"]
    special = {"dm": ["Check blood sugar twice daily and keep a record.", "If planning to fast during Ramadan, discuss dose changes with your doctor first.", "Carry sweets in case of low sugar (shaking, sweating)."],
               "appy": ["Keep the wounds dry for 48 hours; you may shower after that.", "Avoid lifting heavy objects for 4 weeks."],
               "chole": ["Low fat diet for 2-4 weeks.", "Drain site dressing to be changed in OPD."],
               "lscs": ["Keep the wound clean and dry; staples removal on day 7-10.", "Avoid heavy lifting for 6 weeks.", "Continue breastfeeding; drink plenty of fluids.", "Postnatal visit at 6 weeks."],
               "radius": ["Keep the arm elevated above the heart level.", "Move fingers frequently.", "Do not wet the slab/cast.", "Return immediately if fingers become numb, cold or blue."],
               "dengue": ["Drink at least 2.5-3 litres of fluids daily.", "Avoid ibuprofen, aspirin and other NSAIDs.", "Use mosquito repellent and nets."],
               "nstemi": ["Take aspirin and ticagrelor every day; do not stop without consulting your cardiologist.", "No driving for 1 week.", "Cardiac rehabilitation referral given.", "Stop smoking completely."],
               "stone": ["Drink at least 3 litres of water daily.", "The stent will be removed after 3 weeks - do not miss this appointment.", "Some blood in urine is normal with the stent."],
               "asthma": ["Use your preventer inhaler every day even when well.", "Avoid dust and smoke; stay indoors during sandstorms."],
               "gastro": ["Oral rehydration solution after each loose stool.", "Wash hands frequently; avoid outside food for a few days."]}.get(cs["k"], ["Take your medicines as prescribed.", "Maintain adequate rest."])
    if L == 0:  # standard patient instructions
        out += [ch(["DISCHARGE INSTRUCTIONS", "Patient Discharge Instructions", "Going Home Instructions", "Instructions for Home Care"]), ""] + pt_band(c, 0)
        out += ["Date: %s" % c.fd(c.dis), "You were treated for: %s" % cs["dx"], "", "YOUR MEDICINES:"] + ["  - " + med_str(m, 2) for m in cs["dcm"] + c.home]
        out += ["", "DIET: %s" % ch(["Normal diet", "Diabetic diet", "Soft diet then normal", "Low salt, low fat diet"]), "ACTIVITY: %s" % ch(["As tolerated", "Light activity, no heavy lifting", "Rest at home for 1 week"]), "", "SPECIAL INSTRUCTIONS:"]
        out += ["  * " + s for s in special] + ["", "RETURN TO THE EMERGENCY DEPARTMENT IF YOU HAVE:"] + ["  - " + r for r in samp(ret, 4)] + ["", "FOLLOW-UP: " + follow_up(c), "Appointments: %s" % c.fac["tel"], "",
                                                                                                                                            "I have received and understood these instructions.", "Patient/relative: ________   Nurse: %s" % nurse_name()]
    elif L == 1:  # bilingual
        out += ["Discharge Instructions / تعليمات الخروج", ""]
        out += ["Name / الاسم: %s" % p["name"], "MRN / رقم الملف: %s" % p["mrn"], "Diagnosis / التشخيص: %s" % cs["dx"], "", "Medications / الأدوية:"]
        out += ["  %s" % med_str(m, 4) for m in cs["dcm"]] + ["", "Instructions / تعليمات:"] + ["  " + s for s in special]
        out += ["", "Return if / راجع الطوارئ إذا: " + ", ".join(samp(ret, 3)), "Next appointment / الموعد القادم: %s" % c.fd(c.dis + datetime.timedelta(days=7))]
    elif L == 2:  # short after-visit summary (outpatient/ED)
        out += [ch(["After Visit Summary", "Your visit today", "ED Discharge Advice"]), ""] + pt_band(c, 4)
        out += ["Thank you for choosing %s." % c.fac["name"], "Today you saw %s for %s." % (d["name"], cs["cc"]), "Diagnosis: %s" % cs["dx"], "",
                "What to do next:"] + ["  %d. %s" % (i + 1, s) for i, s in enumerate(special + ["Complete the full course of medicines."])]
        out += ["", "New prescriptions: " + ", ".join(m[0] for m in cs["dcm"]), "Come back if: " + ", ".join(samp(ret, 3)), "", "Questions? Call %s (24 hours)" % c.fac["tel"]]
    elif L == 3:  # procedure specific leaflet
        topic = cs["op"]["name"] if cs.get("op") else cs["dx"]
        out += [ch(["Information for patients after", "Caring for yourself after", "Home care advice:"]) + " " + topic, ""]
        out += ["Patient: %s" % p["name"], ""]
        out += ["Pain: " + ch(["Some pain is expected for a few days. Take paracetamol regularly.", "Take painkillers as prescribed before the pain becomes severe."]),
                "Wound: " + ch(["Keep dressing for 2 days.", "Stitches are dissolvable.", "Wound check in clinic in 1 week."] if cs.get("op") else ["Not applicable."]),
                "Bathing: " + ch(["You may shower after 48 hours.", "Sponge bath until review."]), "Driving: " + ch(["Avoid for 1-2 weeks.", "Only when you can do an emergency stop comfortably."]),
                "Work: You may return to work after %d days (medical certificate given)." % (ri(*cs["sick"]) or 1), "Prayer: " + ch(["You may pray sitting on a chair until pain improves.", "Perform tayammum if unable to do wudu without wetting the wound."]), ""]
        out += ["Warning signs:"] + ["  - " + r for r in samp(ret, 4)] + ["", "Clinic phone: %s" % c.fac["tel"]]
    elif L == 4:  # nursing discharge checklist
        X = "[X]"
        out += [ch(["NURSING DISCHARGE CHECKLIST & INSTRUCTIONS", "Discharge Education Record"]), ""] + pt_band(c, 1)
        out += ["%s IV cannula removed     %s ID band removed     %s Belongings returned" % (X, X, X), "%s Medications explained (name, dose, time, side effects)" % X,
                "%s Follow-up appointment given: %s" % (X, c.fd(c.dis + datetime.timedelta(days=7))), "%s Sick leave/medical report handed over" % ch([X, "[ ]"]), "%s Diet education by dietitian" % ch([X, "[ ]"]),
                "Education given to: %s   Method: %s" % (ch(["Patient", "Patient and spouse", "Son"]), ch(["verbal + leaflet", "teach-back"])), "Mode of discharge: %s" % ch(["Walking", "Wheelchair", "With family by car"]),
                "Time of discharge: %s" % tm_day(), "", "Instructions:"] + ["  " + s for s in special] + ["", "Nurse: %s" % nurse_name()]
    else:  # doctor-written advice sheet
        out += ["%s  %s" % (p["name"], c.fd(c.dis)), "", ch(["Advice on discharge:", "ADVICE", "Instructions:"])]
        out += ["- " + s for s in special] + ["- " + med_str(m, 1) for m in cs["dcm"]] + ["- " + follow_up(c), "- SOS: " + ", ".join(samp(ret, 3)), "", d["name"]]
    return out


def gen_other(c):
    cs, p, d, f = c.case, c.pt, c.doc, c.fac
    L = ri(0, 9)
    out = letterhead(c, ch([0, 2, 5, 6]))
    cur = f["cur"]
    if L == 0:  # fax cover
        out += [ch(["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet"]), ""]
        out += ["To: %s" % ch([p["tpa"] + " - Approvals", "Medical Records, " + ch(HOSP_A) + " Hospital", "Dr. " + person_name(ch(PT_NATS), "M")]), "Fax: %s" % phone(f["country"]),
                "From: %s, %s" % (ch(["Insurance Desk", "Medical Records Dept.", "OPD Coordinator", d["name"]]), f["name"]), "Fax: %s   Tel: %s" % (f["fax"], f["tel"]),
                "Date: %s   Pages (incl. cover): %d" % (c.fd(c.date), ri(2, 12)), "Re: %s" % ch(["Pre-approval request - %s" % p["name"], "Medical records as requested", "Claim resubmission batch %s" % dg(6), "Patient transfer documents"]), "",
                "[ ] Urgent  [ ] For review  [ ] Please reply", "", "CONFIDENTIALITY NOTICE: This facsimile contains privileged and confidential information intended only for the addressee. If you have received it in error, please notify the sender immediately and destroy all copies."]
    elif L == 1:  # TPA prior approval request
        out += [ch(["PRIOR APPROVAL REQUEST FORM", "Pre-Authorization Request", "Request for Treatment Approval"]), "To: %s  (on behalf of %s)" % (p["tpa"], p["ins"]), ""]
        out += ["Member name: %s   Card No.: %s" % (p["name"], p["card"]), "Policy: %s   Network: %s   %s: %s" % (p["policy"], p["net"], p["idname"], p["idno"]),
                "Provider: %s (Licence %s)" % (f["name"], f["lic"]), "Treating doctor: %s - %s" % (d["name"], cs["spec"]), "", "Chief complaint & duration: %s, %s" % (cs["cc"], cs["dur"]),
                "Significant signs: " + "; ".join(exam_list(c)[:2]), "Diagnosis (ICD-10): %s %s" % (cs["icd"], cs["dx"]), "Condition: [%s] Chronic  [%s] Congenital  [%s] RTA  [%s] Work related" % (
                    "X" if cs["k"] in ("dm", "htn", "ckd", "knee") else " ", " ", " ", "X" if cs["k"] in ("radius", "back") else " "),
                "Requested services:"]
        svc = ([("Admission (%d days) + %s" % (max(1, c.los), cs["op"]["name"]), ri(9000, 32000))] if cs.get("op") else []) + ([(cs["img"][1], ri(300, 2600))] if cs.get("img") else []) + [(m[0] + " " + m[1], ri(20, 400)) for m in cs["dcm"][:2]]
        for s, amt in svc:
            out.append("  %-60s %s %d" % (s[:60], cur, amt))
        out += ["Estimated total: %s %d" % (cur, sum(a for _, a in svc)), "", "Doctor's signature & stamp: ________", "", "FOR TPA USE: Approval No. ________  [ ] Approved [ ] Rejected [ ] More info"]
    elif L == 2:  # itemised bill / claim
        out += [ch(["TAX INVOICE", "INPATIENT BILL - DETAILED", "Statement of Account", "CLAIM FORM - ITEMISED"]), "Invoice No: %s   Date: %s" % ("INV" + dg(8), c.fd(c.dis)), ""]
        out += ["Patient: %s   MRN: %s" % (p["name"], p["mrn"]), "Payer: %s / %s   Approval No.: %s" % (p["ins"], p["tpa"], dg(9)), ""]
        items = [("Consultation - %s" % cs["spec"], ri(150, 450)), ("Laboratory investigations", ri(200, 1400)), ("Pharmacy", ri(80, 1500))]
        if cs["ip"]:
            items += [("Room charges (%d days)" % max(1, c.los), ri(700, 1500) * max(1, c.los)), ("Nursing care", ri(300, 900))]
        if cs.get("op"):
            items += [("Surgeon fee - %s" % cs["op"]["name"][:40], ri(3000, 12000)), ("Anaesthesia fee", ri(1200, 4000)), ("OT charges", ri(2000, 6000)), ("Consumables", ri(500, 4000))]
        if cs.get("img"):
            items.append((cs["img"][1], ri(150, 2500)))
        tot = 0
        out += ["%-52s %12s" % ("Description", "Amount (%s)" % cur)]
        for s, a in items:
            out.append("%-52s %12.2f" % (s[:52], a))
            tot += a
        vat = tot * 0.05 if f["country"] in ("UAE", "KSA") and c.date.year >= 2018 else 0
        pshare = tot * (0.1 if "10%" in p["copay"] else 0.2 if "20%" in p["copay"] else 0)
        out += ["-" * 65, "%-52s %12.2f" % ("Gross total", tot)] + (["%-52s %12.2f" % ("VAT %s" % ("5%" if c.date.year < 2020 or f["country"] == "UAE" else "15%"), vat)] if vat else [])
        out += ["%-52s %12.2f" % ("Patient share (co-pay)", pshare), "%-52s %12.2f" % ("Net payable by insurer", tot + vat - pshare), "", "TRN: %s" % dg(15) if vat else "", "Cashier: %s" % ch(["cash01", "billing", person_name("Filipino", "F")])]
    elif L == 3:  # sick leave certificate
        days = ri(*cs["sick"]) or 1
        out += [ch(["SICK LEAVE CERTIFICATE", "Medical Leave Certificate", "SICK LEAVE / إجازة مرضية", "Certificate of Medical Leave"]), "No. %s" % dg(7), ""]
        out += ["This is to certify that %s %s, %s No. %s, %s, employed at %s," % (p["title"], p["name"], p["idname"], p["idno"], p["nat"], p["employer"]),
                "attended this %s on %s and was diagnosed with %s." % (ch(["hospital", "clinic", "facility"]), c.fd(c.date), cs["dx"] if pr(0.6) else ch(["a medical condition", "an illness"])),
                "%s is granted sick leave for %d (%s) day(s) from %s to %s." % (cap(p["he"]), days, ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"][days] if days <= 10 else str(days),
                                                                                 c.fd(c.date), c.fd(c.date + datetime.timedelta(days=days - 1))), "",
                "This certificate is issued upon the request of the patient.", ch(["Valid only with hospital stamp.", "Attested sick leave must be verified through the health authority portal.", ""]), "",
                "Doctor: %s   Licence: %s" % (d["name"], d["lic"]), "Signature: ______   Stamp:"]
    elif L == 4:  # medical fitness for residence visa
        out += [ch(["MEDICAL FITNESS CERTIFICATE - RESIDENCE VISA", "Medical Examination for Residency", "PRE-EMPLOYMENT / VISA MEDICAL REPORT"]), ""]
        out += ["Applicant: %s   Passport: %s   Nationality: %s" % (p["name"], p["passport"], p["nat"]), "Age: %s   Sex: %s   Occupation: %s" % (p["age"], p["sexw"], p["occ"]),
                "Application No.: %s   Type: %s" % (dg(10), ch(["New", "Renewal"])), "", "%-34s %s" % ("Chest X-ray", ch(["Normal", "No active TB", "Normal"])),
                "%-34s %s" % ("HIV 1/2", "Non-reactive"), "%-34s %s" % ("HBsAg", ch(["Negative", "Negative", "Negative (vaccination advised)"])), "%-34s %s" % ("Anti-HCV", "Negative"),
                "%-34s %s" % ("VDRL", "Non-reactive"), "%-34s %s" % ("Pregnancy test", "Negative" if p["sex"] == "F" else "N/A"), "%-34s %s" % ("Leprosy (clinical)", "Negative"), "",
                "Result: %s" % ch(["FIT", "FIT", "FIT", "UNFIT - referred for further evaluation"]), "Medical officer: %s" % d["name"], "Date: %s" % c.fd(c.date)]
    elif L == 5:  # release of information request
        out += [ch(["AUTHORIZATION FOR RELEASE OF MEDICAL INFORMATION", "Request for Medical Records", "ROI Request Form"]), ""]
        out += ["Patient name: %s   MRN: %s   DOB: %s" % (p["name"], p["mrn"], c.fd(p["dob"])), "I authorise %s to release the following to: %s" % (f["name"], ch([p["employer"], p["ins"], "myself", "Embassy of " + p["nat"] if p["nat"] not in LOCAL_NAT.values() else "my lawyer", "Dr. " + person_name(ch(PT_NATS), "M")])),
                "[%s] Discharge summary  [%s] Lab reports  [%s] Imaging reports  [%s] Complete record" % (ch(["X", " "]), ch(["X", " "]), ch(["X", " "]), ch(["X", " "])),
                "Period: %s to %s" % (c.fd(c.date - datetime.timedelta(days=ri(30, 700))), c.fd(c.date)), "Purpose: %s" % ch(["insurance claim", "continuity of care abroad", "legal", "employment", "personal"]),
                "This authorisation expires in 90 days. Fees apply: %s %d" % (cur, ri(50, 250)), "", "Signature: ________   Date: %s" % c.fd(c.date), "Copy of %s attached: [X]" % p["idname"], "", "For HIM use: processed by ______  on ______"]
    elif L == 6:  # patient questionnaire
        q = ch(["phq", "previsit", "sleep"])
        if q == "phq":
            out += ["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "Name: %s   Date: %s" % (p["name"], c.fd(c.date)), "Over the last 2 weeks, how often have you been bothered by:", ""]
            items = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep", "Feeling tired or having little energy",
                     "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly / restless", "Thoughts that you would be better off dead"]
            sc = [ri(0, 2) for _ in items[:-1]] + [0]
            out += ["%d. %-50s %d" % (i + 1, t, s) for i, (t, s) in enumerate(zip(items, sc))] + ["", "Total score: %d" % sum(sc)]
        elif q == "previsit":
            out += [ch(["NEW PATIENT HEALTH QUESTIONNAIRE", "Pre-visit Questionnaire"]), "Please complete before seeing the doctor", ""]
            out += ["Reason for visit: %s" % cs["cc"], "Do you smoke (cigarettes/shisha/medwakh)? %s" % ch(["No", "Yes - shisha weekends", "Yes"]), "Alcohol: %s" % ch(["No", "Occasionally"]),
                    "Exercise per week: %s" % ch(["none", "walking 2-3 times", "gym daily"]), "Current medicines: %s" % (", ".join(m[0] for m in c.home) or "none"), "Allergies: %s" % c.allergy,
                    "Previous surgeries: %s" % ch(["none", "appendix", "C-section"]), "Family history: [%s] diabetes [%s] heart disease [%s] cancer" % (ch(["X", " "]), ch(["X", " "]), ch(["X", " "])),
                    "Are you fasting currently? %s" % ch(["No", "Yes (Ramadan)", "No"]), "Signature: ________"]
        else:
            sc = [ri(0, 3) for _ in range(8)]
            out += ["EPWORTH SLEEPINESS SCALE", "Patient: %s" % p["name"], ""] + ["%-44s %d" % (t, s) for t, s in zip(["Sitting and reading", "Watching TV", "Sitting inactive in a public place", "Passenger in a car for an hour",
                                                                                                                   "Lying down in the afternoon", "Sitting and talking", "After lunch without alcohol", "In a car stopped in traffic"], sc)] + ["Total: %d/24" % sum(sc)]
    elif L == 7:  # appointment slip / no-show letter
        out += [ch(["APPOINTMENT CONFIRMATION", "Appointment Slip", "Missed Appointment Notice"]), ""]
        out += ["Patient: %s  (%s)" % (p["name"], p["mrn"]), "Clinic: %s  -  %s" % (cs["spec"], d["name"]), "Date: %s   Time: %s" % (c.fd(c.date), tm_day()),
                "Location: %s, %s floor" % (f["branch"] or f["name"], ch(["Ground", "1st", "2nd", "3rd"])), "Please bring: %s card, insurance card, previous reports." % p["idname"],
                "Arrive 15 minutes early. To reschedule call %s or SMS." % f["tel"], ch(["", "Note: Our clinics operate reduced hours during Ramadan.", "Parking available in basement."])]
    elif L == 8:  # clinical photograph captions / media index
        out += [ch(["CLINICAL PHOTOGRAPHY RECORD", "Media Attachment Index", "Scanned Images - Index"]), ""] + pt_band(c, 2)
        for i in range(ri(2, 5)):
            out.append("IMG_%s.jpg  %s  %s" % (dg(4), c.fd(c.date), ch(["Wound - post-op day %d" % ri(1, 14), "Right wrist - pre-op deformity", "Skin lesion left forearm with ruler", "Pressure area sacrum - none",
                                                                          "Drain site", "Consent form page %d (scanned)" % ri(1, 3), "Outside report (scanned)", "Insurance card (scanned)"])))
        out += ["", "Photographed by: %s   Consent on file: Yes" % nurse_name()]
    else:  # complaint / feedback form or patient refund
        if pr(0.5):
            out += [ch(["PATIENT FEEDBACK / COMPLAINT FORM", "Patient Relations - Feedback"]), ""]
            out += ["Name: %s   Mobile: %s" % (p["name"], p["mobile"]), "Date of visit: %s   Department: %s" % (c.fd(c.date), cs["spec"]), "Type: [%s] Compliment  [%s] Complaint  [%s] Suggestion" % (ch(["X", " "]), ch([" ", "X"]), " "),
                    "Details: %s" % ch(["Long waiting time at pharmacy (over 1 hour).", "Staff nurse %s was very caring." % nurse_name().split()[0], "Insurance approval delayed my MRI by three days.", "Parking is difficult.", "Doctor explained everything clearly."]),
                    "Received by: Patient Relations Officer   Ref: PR-%s" % dg(5), "Response due within 7 working days."]
        else:
            out += [ch(["REFUND REQUEST FORM", "Patient Deposit / Refund Statement"]), ""]
            amt = ri(100, 2000)
            out += ["Patient: %s   MRN: %s" % (p["name"], p["mrn"]), "Receipt No.: RCP%s dated %s" % (dg(7), c.fd(c.date)), "Amount paid: %s %d.00" % (cur, amt), "Reason for refund: %s" % ch(["insurance approval received after cash payment", "service not done", "duplicate payment"]),
                    "Refund amount: %s %d.00   Mode: %s" % (cur, amt, ch(["cash", "credit card reversal", "bank transfer"])), "Approved by: Finance Manager   Date: %s" % c.fd(c.date + datetime.timedelta(days=ri(1, 10)))]
    return out


# ============================================================================= driver
TYPES = [
    ("discharge_summary", gen_discharge_summary, "ip"), ("history_physical", gen_history_physical, "ip?"), ("progress_note", gen_progress_note, None),
    ("consult_note", gen_consult_note, None), ("operative_note", gen_operative_note, "op"), ("procedure_note", gen_procedure_note, "proc"),
    ("lab_report", gen_lab_report, None), ("imaging_report", gen_imaging_report, None), ("pathology_report", gen_pathology_report, None),
    ("medication_list", gen_medication_list, None), ("prescription", gen_prescription, None), ("anesthesia_record", gen_anesthesia_record, "op"),
    ("correspondence", gen_correspondence, None), ("consent_form", gen_consent_form, "op?"), ("referral_letter", gen_referral_letter, None),
    ("advance_directive", gen_advance_directive, None), ("ecg_report", gen_ecg_report, None), ("immunization_record", gen_immunization_record, None),
    ("registration_form", gen_registration_form, None), ("insurance_card", gen_insurance_card, None), ("nursing_note", gen_nursing_note, "ip?"),
    ("ed_note", gen_ed_note, "acute?"), ("transfer_summary", gen_transfer_summary, "ip?"), ("provider_orders", gen_provider_orders, "ip?"),
    ("discharge_instructions", gen_discharge_instructions, None), ("other", gen_other, None),
]


def build(label, fn, need):
    pkey = None
    if need == "proc":
        pkey = ch(list(PROCS))
        case = CASE_BY[PROC_CASE[pkey]] if pkey in PROC_CASE else None
        c = mk_ctx(case=case)
        c.pkey = pkey
    else:
        if need and need.endswith("?"):
            need = need[:-1] if pr(0.85) else None
        c = mk_ctx(need=need)
        c.pkey = c.case.get("proc")
    lines = fn(c)
    return finish(c, lines)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    R.seed(a.seed)
    docs = []
    for label, fn, need in TYPES:
        for _ in range(a.per_type):
            docs.append((label, build(label, fn, need)))
    R.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as fh:
        for i, (label, text) in enumerate(docs):
            fh.write(json.dumps({"id": "gulf-%d-%05d" % (a.seed, i + 1), "label": label, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
