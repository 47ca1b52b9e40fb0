#!/usr/bin/env python3
"""Synthetic, entirely fictitious UK remote primary-care / NHS practice documents.

Generates OCR-style text for 26 document types.  Standard library only.
Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
All names, numbers, places and organisations are invented.  NHS numbers use the
999 test range; telephone numbers use Ofcom drama ranges.
"""
import argparse
import datetime
import json
import random

# ---------------------------------------------------------------- data pools
FIRST_M = ["James", "Oliver", "George", "Harry", "Jack", "Thomas", "William", "Daniel", "Mohammed", "Aaron",
           "Callum", "Connor", "Dylan", "Ethan", "Finley", "Gareth", "Ian", "Kevin", "Liam", "Martin",
           "Neil", "Owen", "Paul", "Rhys", "Stuart", "Trevor", "Wayne", "Arjun", "Kwame", "Piotr",
           "Raymond", "Derek", "Keith", "Leonard", "Malcolm", "Ronald", "Stanley", "Bernard", "Cyril", "Dennis",
           "Imran", "Tomasz", "Yusuf", "Noah", "Leo", "Alfie", "Reggie", "Ravi", "Hamza", "Samuel"]
FIRST_F = ["Olivia", "Amelia", "Isla", "Emily", "Ava", "Jessica", "Sophie", "Chloe", "Lauren", "Hannah",
           "Megan", "Rebecca", "Sarah", "Claire", "Joanne", "Karen", "Lisa", "Nicola", "Tracey", "Wendy",
           "Margaret", "Doreen", "Eileen", "Brenda", "Jean", "Pauline", "Sheila", "Valerie", "Gladys", "Irene",
           "Aisha", "Fatima", "Priya", "Agnieszka", "Zainab", "Grace", "Freya", "Poppy", "Ruby", "Maisie",
           "Bethan", "Siobhan", "Niamh", "Kirsty", "Gemma", "Leanne", "Shirley", "Maureen", "Harriet", "Yasmin"]
LAST = ["Ashworth", "Bramley", "Catterall", "Dunmore", "Eckersley", "Fairbrother", "Garside", "Hebblethwaite",
        "Illingworth", "Jowett", "Kershaw", "Lockwood", "Mellor", "Nuttall", "Ormerod", "Pickersgill",
        "Quarmby", "Rushworth", "Sutcliffe", "Thwaite", "Uttley", "Varley", "Whitworth", "Yeadon", "Ackroyd",
        "Booth", "Crowther", "Dearden", "Entwistle", "Fielding", "Greenhalgh", "Holroyd", "Ibbotson",
        "Jagger", "Kitson", "Lumb", "Mitchell", "Norcliffe", "Oldroyd", "Pilling", "Ramsden", "Shackleton",
        "Tattersall", "Wadsworth", "Armitage", "Khan", "Begum", "Patel", "Okafor", "Nowak", "Kowalczyk",
        "O'Donnell", "McAllister", "Hussain", "Chaudhry", "Mensah", "Adeyemi", "Rahman", "Evans", "Pritchard",
        "Llewellyn", "Morgan", "Campbell", "Fraser", "Henderson", "Baines", "Cartwright", "Duckworth"]
OLD_NAMES = {"Raymond", "Derek", "Keith", "Leonard", "Malcolm", "Ronald", "Stanley", "Bernard", "Cyril", "Dennis", "Trevor",
             "Margaret", "Doreen", "Eileen", "Brenda", "Jean", "Pauline", "Sheila", "Valerie", "Gladys", "Irene", "Shirley", "Maureen",
             "Tracey", "Karen", "Wendy", "Neil", "Stuart", "Martin", "Kevin", "Ian", "Paul", "Lisa", "Joanne", "Nicola", "Claire"}
YOUNG_NAMES = {"Oliver", "George", "Harry", "Noah", "Leo", "Alfie", "Reggie", "Finley", "Dylan", "Ethan", "Callum", "Connor", "Hamza",
               "Olivia", "Amelia", "Isla", "Ava", "Poppy", "Ruby", "Maisie", "Freya", "Grace", "Emily", "Chloe", "Megan", "Lauren", "Yasmin"}
TOWNS = ["Ashcombe", "Brindleford", "Carrowby", "Dunmere", "Elstow Heath", "Farnleigh", "Gorsebury",
         "Hallowmere", "Kingsbrook", "Lowthorpe", "Millbridge", "Northwold", "Oakhurst", "Penmarsh",
         "Redcastle", "Stonebury", "Thornwick", "Wexcombe", "Holmebeck", "Saltmarsh"]
COUNTIES = ["Wexshire", "North Dunmereshire", "Vale of Carrow", "East Holme", "Lowmoor", "Thornshire"]
STREETS = ["Mill Lane", "Church Road", "Station Road", "Victoria Street", "Albert Terrace", "Moorside Close",
           "Beech Avenue", "Park View", "The Crescent", "Westfield Drive", "Hollins Road", "Cobden Street",
           "Orchard Way", "Kiln Lane", "Brook Street", "Chapel Fold", "Ryecroft Gardens", "Manor Court",
           "Sycamore Rise", "Canal Side", "Heather Bank", "Quarry Hill", "Lark Meadow", "Foundry Walk"]
PC_OUT = ["QX", "XA", "ZQ", "QZ", "XJ", "JQ"]
PRACTICE_NAMES = ["The Willows Surgery", "Riverside Medical Practice", "Castle Street Health Centre",
                  "Oakhurst Family Practice", "Moorview Medical Centre", "Beckside Surgery",
                  "St Wilfrid's Medical Group", "Kingsbrook Health Centre", "Canal Street Surgery",
                  "Lowthorpe Village Practice", "Heathfield Medical Partnership", "The Granary Surgery"]
DIGITAL = ["Kestrel Health Online", "Lantern Digital GP", "Medivia Remote Care", "CallMed Primary Care",
           "Harbourlight Video GP", "Bluebell Telehealth"]
OOH = ["Vale Urgent Care (GP Out of Hours)", "Northwold Integrated Urgent Care", "Meridian Clinical Assessment Service",
       "Thornshire OOH Primary Care", "Wexshire Urgent Care Partnership"]
OOH_BASES = ["Ashcombe Community Hospital OOH base", "Millbridge Health Centre (OOH)", "Redcastle UTC GP base",
             "Penmarsh Minor Injuries Unit GP base", "Stonebury Treatment Centre"]
TRUST_TOWNS = ["Ashcombe", "Dunmere", "Kingsbrook", "Redcastle", "Northwold", "Hallowmere"]
HOSP_FMT = ["{t} General Hospital", "{t} Royal Infirmary", "{t} District General Hospital", "{t} Hospital"]
SPECIAL_HOSP = ["Queen Adelaide Hospital", "St Aldric's Hospital", "Princess Beatrice Hospital",
                "Lady Margaret Hospital", "St Oswin's Hospital"]
WARDS = ["Ward 7", "Ward 12", "Ward 23", "AMU", "Acute Medical Unit", "SAU", "Ward 4 (Respiratory)",
         "Bronte Ward", "Fountains Ward", "Cardiology Ward 15", "Trauma Ward 31", "Elderly Care Ward 9",
         "CCU", "Ash Ward", "Rowan Ward", "Larch Ward"]
PHARMACIES = ["Boothroyd Chemist", "Moorside Pharmacy", "Kingsbrook Late Pharmacy", "Station Road Pharmacy",
              "Vale Healthcare Pharmacy", "Hollins Pharmacy", "Castle Chemists"]
PHONE_BASES = ["01632 96{:04d}", "0113 496 {:04d}", "0161 496 {:04d}", "0117 496 {:04d}", "0121 496 {:04d}",
               "020 7946 {:04d}", "0191 498 {:04d}", "0114 496 {:04d}"]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


def phone(rng):
    base = pick(rng, PHONE_BASES)
    if base.startswith("01632"):
        return "01632 96" + "%04d" % rng.randint(0, 999)
    return base.format(rng.randint(0, 999))


def mobile(rng):
    return "07700 900%03d" % rng.randint(0, 999)


def nhs_number(rng):
    while True:
        d = [9, 9, 9] + [rng.randint(0, 9) for _ in range(6)]
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - (s % 11)
        if c == 11:
            c = 0
        if c == 10:
            continue
        d.append(c)
        s = "".join(map(str, d))
        return s[:3] + " " + s[3:6] + " " + s[6:]


def nhs_fmt(rng, n):
    r = rng.random()
    if r < 0.6:
        return n
    if r < 0.8:
        return n.replace(" ", "")
    return n.replace(" ", "-")


def postcode(rng):
    return "%s%d %d%s%s" % (pick(rng, PC_OUT), rng.randint(1, 19), rng.randint(1, 9),
                            pick(rng, "ABDEFGHJLNPQRSTUWXYZ"), pick(rng, "ABDEFGHJLNPQRSTUWXYZ"))


def ods(rng):
    return pick(rng, "BCDJKLMNPY") + "%05d" % rng.randint(10000, 99999)


def gmc(rng):
    return "%07d" % rng.randint(2100000, 7999999)


def nmc(rng):
    return "%02d%s%04d%s" % (rng.choice([71, 79, 84, 88, 92, 95, 98, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23]), pick(rng, "ABCDEFGHIJKY"), rng.randint(0, 9999), pick(rng, "ENSWO"))


def hosp_no(rng):
    r = rng.randrange(4)
    if r == 0:
        return "K%07d" % rng.randint(0, 9999999)
    if r == 1:
        return "RX%06d" % rng.randint(0, 999999)
    if r == 2:
        return "%s%06d" % (pick(rng, "ABDHM"), rng.randint(0, 999999))
    return "%08d" % rng.randint(0, 99999999)


def rand_date(rng, start=datetime.date(2015, 1, 5), end=datetime.date(2025, 6, 27)):
    return start + datetime.timedelta(days=rng.randint(0, (end - start).days))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fdate(d, style):
    if style == 0:
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == 1:
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == 2:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 3:
        return "%04d-%02d-%02d" % (d.year, d.month, d.day)
    if style == 4:
        return "%02d %s %04d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == 5:
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1][:3].upper(), d.year)


def ftime(rng, early=0, late=23):
    return "%02d:%02d" % (rng.randint(early, late), rng.randint(0, 59))


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- chronic conditions
CHRONIC = [
    # name, min age, meds list (drug, directions, qty)
    ("Hypertension", 40, [("Amlodipine 5mg tablets", "ONE to be taken ONCE a day", "28 tablet")]),
    ("Essential hypertension", 45, [("Ramipril 5mg capsules", "ONE capsule daily", "28 capsule")]),
    ("Type 2 diabetes mellitus", 40, [("Metformin 500mg tablets", "TWO tablets TWICE a day with food", "112 tablet")]),
    ("Hypercholesterolaemia", 40, [("Atorvastatin 20mg tablets", "ONE at night", "28 tablet")]),
    ("Hypothyroidism", 25, [("Levothyroxine 75microgram tablets", "ONE each morning", "28 tablet")]),
    ("Asthma", 5, [("Salbutamol 100micrograms/dose inhaler CFC free", "TWO puffs when required", "1 x 200 dose"),
                   ("Clenil Modulite 100micrograms/dose inhaler", "TWO puffs TWICE a day", "1 x 200 dose")]),
    ("COPD", 50, [("Tiotropium 2.5micrograms/dose Respimat", "TWO puffs ONCE a day", "1 x 60 dose"),
                  ("Salbutamol 100micrograms/dose inhaler CFC free", "1-2 puffs up to FOUR times a day when required", "1 x 200 dose")]),
    ("Gastro-oesophageal reflux disease", 25, [("Omeprazole 20mg gastro-resistant capsules", "ONE daily", "28 capsule")]),
    ("Depression", 18, [("Sertraline 100mg tablets", "ONE daily", "28 tablet")]),
    ("Osteoarthritis of knee", 50, [("Paracetamol 500mg tablets", "TWO up to FOUR times a day when required", "100 tablet")]),
    ("Atrial fibrillation", 60, [("Apixaban 5mg tablets", "ONE TWICE a day", "56 tablet"),
                                 ("Bisoprolol 2.5mg tablets", "ONE daily", "28 tablet")]),
    ("Osteoporosis", 60, [("Alendronic acid 70mg tablets", "ONE tablet ONCE a WEEK, same day each week", "4 tablet"),
                          ("Calcium carbonate 1.5g / Colecalciferol 400unit chewable tablets", "ONE TWICE a day", "112 tablet")]),
    ("Benign prostatic hyperplasia", 55, [("Tamsulosin 400microgram MR capsules", "ONE daily", "30 capsule")]),
    ("Gout", 40, [("Allopurinol 100mg tablets", "ONE daily", "28 tablet")]),
    ("Heart failure", 65, [("Furosemide 40mg tablets", "ONE each morning", "28 tablet"),
                           ("Bisoprolol 2.5mg tablets", "ONE daily", "28 tablet")]),
    ("Anxiety disorder", 18, [("Citalopram 20mg tablets", "ONE daily", "28 tablet")]),
    ("Chronic kidney disease stage 3a", 60, []),
    ("Migraine", 14, [("Propranolol 40mg tablets", "ONE TWICE a day", "56 tablet")]),
    ("Psoriasis", 18, [("Dovobet gel", "apply ONCE daily to plaques", "60 gram")]),
    ("Eczema", 1, [("Epimax cream", "apply as often as required", "500 gram")]),
    ("Hay fever", 8, [("Cetirizine 10mg tablets", "ONE daily when required", "30 tablet")]),
]
FEMALE_ONLY = set()
MALE_ONLY = {"Benign prostatic hyperplasia"}
ALLERGIES = ["No known drug allergies", "NKDA", "Penicillin - rash", "Penicillins (urticaria)", "Codeine - vomiting",
             "Trimethoprim - rash", "Elastoplast", "Latex", "Clarithromycin - GI upset", "Nil known", "Ibuprofen - wheeze"]
SOCIAL = ["Lives with wife, independent with ADLs. Ex-smoker (20 pack years, quit 2009). Alcohol ~10 units/week.",
          "Lives alone in a bungalow, carers BD. Never smoked. No alcohol.",
          "Lives with partner and two children. Works as a delivery driver. Smokes 10/day. Alcohol socially.",
          "Student, lives in shared house. Non-smoker. Alcohol 14 units/wk.",
          "Retired joiner. Lives with husband. Walks dog daily. Never smoker.",
          "Care home resident (residential). Mobilises with frame. Non smoker.",
          "Works in an office, lives with parents. Vapes. Occasional alcohol.",
          "Lives with daughter. Uses stick outdoors. Ex-smoker. Teetotal.",
          "Self-employed builder. Married. Smoker 15/day. Alcohol 20-30 units/week.",
          "Lives with husband, retired teacher. Drives. Non-smoker, alcohol 6 units/week."]


def make_patient(rng, ref, amin=0, amax=92, sex=None):
    sex = sex or pick(rng, "MF")
    age = rng.randint(amin, max(amin, amax))
    dob = ref - datetime.timedelta(days=age * 365 + age // 4 + rng.randint(0, 360))
    names = FIRST_M if sex == "M" else FIRST_F
    if age < 35:
        names = [n for n in names if n not in OLD_NAMES]
    elif age > 65:
        names = [n for n in names if n not in YOUNG_NAMES]
    first = pick(rng, names)
    middle = pick(rng, names) if chance(rng, 0.35) else ""
    last = pick(rng, LAST)
    if age < 16:
        title = pick(rng, ["Master", ""]) if sex == "M" else pick(rng, ["Miss", ""])
    else:
        title = "Mr" if sex == "M" else pick(rng, ["Mrs", "Ms", "Miss", "Mrs"])
    town = pick(rng, TOWNS)
    conds = []
    n = 0 if age < 30 else (rng.randint(0, 2) if age < 55 else rng.randint(1, 4))
    pool = [c for c in CHRONIC if c[1] <= age and not (sex == "F" and c[0] in MALE_ONLY)]
    rng.shuffle(pool)
    for c in pool[:n]:
        conds.append(c)
    meds = []
    for c in conds:
        meds.extend(c[2])
    p = dict(sex=sex, age=age, dob=dob, first=first, middle=middle, last=last, title=title,
             addr1="%d %s" % (rng.randint(1, 148), pick(rng, STREETS)), town=town, county=pick(rng, COUNTIES),
             postcode=postcode(rng), nhs=nhs_number(rng), mrn=hosp_no(rng), phone=phone(rng), mob=mobile(rng),
             email="%s.%s%d@example.com" % (first.lower(), last.lower().replace("'", ""), rng.randint(1, 99)),
             conds=[c[0] for c in conds], meds=meds, allergy=pick(rng, ALLERGIES),
             social=pick(rng, SOCIAL) if age >= 18 else "Lives with parents and sibling(s). Attends school. No smokers in household.")
    if sex == "F":
        p["social"] = p["social"].replace("with wife", "with husband@").replace("Retired joiner. Lives with husband", "Retired cleaner. Lives with husband")
    else:
        p["social"] = p["social"].replace("with husband, retired teacher", "with wife, retired teacher").replace("Lives with husband", "Lives with wife")
    p["social"] = p["social"].replace("husband@", "husband")
    p["he"] = "he" if sex == "M" else "she"
    p["his"] = "his" if sex == "M" else "her"
    p["him"] = "him" if sex == "M" else "her"
    p["He"] = p["he"].capitalize()
    p["His"] = p["his"].capitalize()
    p["sexword"] = pick(rng, ["man", "gentleman", "male"]) if sex == "M" else pick(rng, ["woman", "lady", "female"])
    if age < 16:
        p["sexword"] = "boy" if sex == "M" else "girl"
    return p


def pname(rng, p, style=None):
    s = rng.randrange(7) if style is None else style
    if s == 0:
        return "%s %s %s" % (p["title"], p["first"], p["last"]) if p["title"] else "%s %s" % (p["first"], p["last"])
    if s == 1:
        return "%s, %s" % (p["last"].upper(), p["first"])
    if s == 2:
        return "%s %s" % (p["first"], p["last"].upper())
    if s == 3:
        return "%s %s%s" % (p["first"], (p["middle"] + " ") if p["middle"] else "", p["last"])
    if s == 4:
        return "%s %s%s" % (p["last"].upper(), p["first"].upper(), (" " + p["middle"].upper()) if p["middle"] else "")
    if s == 5:
        return "%s %s. %s" % (p["title"] or "", p["first"][0], p["last"])
    return "%s %s (%s)" % (p["first"], p["last"], p["title"] or "-")


def make_clin(rng, role="gp"):
    sex = pick(rng, "MF")
    first = pick(rng, FIRST_M if sex == "M" else FIRST_F)
    last = pick(rng, LAST)
    c = dict(first=first, last=last, role=role)
    if role in ("gp", "cons", "reg", "fy", "sho", "anaes", "surg"):
        c["title"] = "Dr"
        if role == "cons" and chance(rng, 0.3):
            c["title"] = pick(rng, ["Mr", "Ms", "Miss"]) if chance(rng, 0.5) else "Prof"
        if role == "surg":
            c["title"] = "Mr" if sex == "M" else pick(rng, ["Ms", "Miss", "Mrs"])
        c["reg"] = "GMC " + gmc(rng)
        if role == "gp":
            c["quals"] = pick(rng, ["MBChB MRCGP", "MBBS MRCGP DRCOG", "MB ChB DFSRH", "BM BS MRCGP", "MBBS BSc MRCGP", "MBChB MRCGP DCH"])
        elif role in ("cons", "surg", "anaes"):
            c["quals"] = pick(rng, ["MBChB FRCP", "MBBS FRCS", "MD FRCP", "MBChB FRCA", "MBBS PhD FRCP", "BM FRCS(Tr&Orth)"])
        else:
            c["quals"] = pick(rng, ["MBChB", "MBBS BSc", "BMedSci BMBS", "MBChB MRCP"])
    else:
        c["title"] = ""
        c["reg"] = "NMC " + nmc(rng)
        c["quals"] = pick(rng, ["RGN", "RN BSc", "RN MSc ANP", "RGN NMP", "RN(Adult) V300"])
    titles = {"gp": ["GP", "General Practitioner", "Salaried GP", "GP Partner", "Locum GP", "Remote GP", "OOH GP"],
              "anp": ["Advanced Nurse Practitioner", "ANP", "Advanced Clinical Practitioner", "Nurse Practitioner"],
              "nurse": ["Practice Nurse", "Staff Nurse", "District Nurse", "Community Staff Nurse", "Senior Staff Nurse",
                        "Treatment Room Nurse", "Sister"],
              "cons": ["Consultant"], "reg": ["Specialty Registrar", "StR", "SpR", "Registrar"],
              "fy": ["FY1", "FY2", "Foundation Doctor", "F1 Doctor"], "sho": ["SHO", "CT2", "Clinical Fellow", "IMT2"],
              "anaes": ["Consultant Anaesthetist", "Anaesthetic Registrar", "ST5 Anaesthetics"],
              "surg": ["Consultant Surgeon", "Consultant Orthopaedic Surgeon", "Consultant General Surgeon"],
              "pharm": ["Clinical Pharmacist", "Practice Pharmacist", "Ward Pharmacist", "Pharmacist Independent Prescriber"]}
    c["job"] = pick(rng, titles.get(role, ["Clinician"]))
    if role == "pharm":
        c["reg"] = "GPhC %07d" % rng.randint(2000000, 2299999)
    c["full"] = ("%s %s %s" % (c["title"], c["first"], c["last"])).strip()
    c["short"] = ("%s %s" % (c["title"], c["last"])).strip()
    c["init"] = "%s%s" % (c["first"][0], c["last"][0])
    return c


def make_ctx(rng):
    d = rand_date(rng)
    town = pick(rng, TRUST_TOWNS)
    hosp = pick(rng, HOSP_FMT).format(t=town) if chance(rng, 0.75) else pick(rng, SPECIAL_HOSP)
    trust = pick(rng, ["%s and %s NHS Foundation Trust" % (town, pick(rng, TOWNS)),
                       "%s Teaching Hospitals NHS Trust" % town, "%s Hospitals NHS Foundation Trust" % town,
                       "%s NHS Trust" % pick(rng, COUNTIES)])
    prac = pick(rng, PRACTICE_NAMES)
    ctx = dict(date=d, dfmt=rng.randrange(7), hosp=hosp, trust=trust, htown=town,
               practice=prac, prac_code=ods(rng), prac_town=pick(rng, TOWNS),
               prac_addr="%d %s" % (rng.randint(1, 90), pick(rng, STREETS)), prac_pc=postcode(rng),
               prac_tel=phone(rng), prac_fax=phone(rng),
               prac_email="%s.%s@nhs.example.net" % (pick(rng, ["gp", "admin", "enquiries", "reception"]), ods(rng).lower()),
               gp=make_clin(rng, "gp"), usual_gp=make_clin(rng, "gp"), anp=make_clin(rng, "anp"),
               digital=pick(rng, DIGITAL), ooh=pick(rng, OOH), base=pick(rng, OOH_BASES), pharmacy=pick(rng, PHARMACIES),
               ward=pick(rng, WARDS))
    return ctx


def D(ctx, d=None):
    return fdate(d or ctx["date"], ctx["dfmt"])


# ---------------------------------------------------------------- primary care scenarios
PC_SCEN = [
    dict(key="uti", amin=18, amax=74, sex="F",
         pc=["Dysuria and frequency", "Burning when passing urine", "?UTI", "Urinary symptoms", "Cystitis symptoms"],
         dur=["2 days", "3 days", "since yesterday", "4/7", "48 hrs"],
         hx=["{dur} of dysuria, frequency and urgency. Mild suprapubic discomfort. Urine cloudy and offensive.",
             "c/o stinging on micturition x {dur}, going more often, some lower abdo ache. Had similar last year, settled with abx.",
             "Pt reports burning passing urine and frequency for {dur}. Feels generally ok otherwise."],
         rf=["no fever or rigors", "no loin pain", "no vomiting", "no PV discharge", "not pregnant", "no visible haematuria",
             "no new back pain"],
         exam=["Well on video, talking in full sentences, not distressed.", "Sounds well on phone. Own thermometer 37.1.",
               "Video: looks well, not flushed, comfortable sitting."],
         imp=["Lower UTI", "Uncomplicated lower urinary tract infection", "Acute cystitis", "Simple UTI"],
         rx=[("Nitrofurantoin 100mg modified-release capsules", "ONE capsule TWICE a day for 3 days", "6 capsule")],
         plan=["Nitrofurantoin 100mg MR BD 3/7 sent via EPS to nominated pharmacy.", "Increase fluids, paracetamol PRN.",
               "Drop MSU sample to surgery if not settling."],
         sn=["Call back / 111 if fever, loin pain, vomiting or not improving in 48 hrs.",
             "Safety netted re pyelonephritis symptoms - understands."],
         inv=["MSU if no better"]),
    dict(key="tonsillitis", amin=6, amax=45, sex=None,
         pc=["Sore throat", "Sore throat and fever", "Tonsillitis?", "Painful swallowing"],
         dur=["3 days", "4/7", "5 days", "since the weekend"],
         hx=["Sore throat {dur}, fevers, painful swallowing. No cough. Eating less but drinking ok.",
             "{dur} hx of sore throat, feels hot and cold, swollen glands in neck. No coryza."],
         rf=["no drooling", "swallowing own saliva", "no stridor", "no trismus", "no unilateral swelling", "no rash"],
         exam=["Video: tonsils enlarged bilaterally with white exudate (pt used phone torch). Anterior cervical nodes palpable per pt. Not muffled voice.",
               "Photo uploaded via app: bilateral tonsillar exudate, uvula central. Voice normal."],
         imp=["Acute tonsillitis", "Bacterial tonsillitis likely (FeverPAIN 4)", "Exudative tonsillitis - FeverPAIN 4/5"],
         rx=[("Phenoxymethylpenicillin 250mg tablets", "TWO tablets FOUR times a day for 10 days", "80 tablet")],
         plan=["Pen V 500mg QDS 10/7.", "Regular paracetamol/ibuprofen, fluids, salt water gargles."],
         sn=["If unable to swallow fluids, drooling, difficulty breathing or one-sided swelling -> A&E/999.",
             "Re-contact if no better in 3-4 days."],
         inv=[]),
    dict(key="lrti", amin=25, amax=88, sex=None,
         pc=["Cough and fever", "Chesty cough", "Productive cough", "Cough ?chest infection"],
         dur=["6 days", "1 week", "10 days", "5/7"],
         hx=["Cough {dur}, now productive of green sputum, fevers at night, mild SOB on exertion. No haemoptysis.",
             "Chesty cough for {dur} not improving, temp up to 38.3 at home, feels washed out."],
         rf=["no chest pain", "no haemoptysis", "no confusion", "able to complete sentences", "no calf swelling",
             "SpO2 96% on home pulse oximeter"],
         exam=["Video: talking in full sentences, RR counted 18/min on video, no accessory muscle use, not cyanosed.",
               "Phone consult - no audible wheeze, speaking comfortably. Home sats 95-96% RA, HR 92."],
         imp=["Lower respiratory tract infection", "LRTI", "?Community acquired pneumonia - low severity (CRB-65 0)",
              "Acute bronchitis with bacterial features"],
         rx=[("Amoxicillin 500mg capsules", "ONE capsule THREE times a day for 5 days", "15 capsule")],
         plan=["Amoxicillin 500mg TDS 5/7.", "Fluids, antipyretics.", "CXR in 6 weeks if smoker and over 50."],
         sn=["Worsening SOB, chest pain, sats <94%, confusion -> 999/A&E. Re-contact if no better in 72 hours."],
         inv=["CXR 6/52 if persisting"]),
    dict(key="asthma", amin=12, amax=60, sex=None,
         pc=["Asthma flare", "Wheeze and tight chest", "Asthma - worse", "SOB and wheeze"],
         dur=["3 days", "since Tuesday", "4/7", "a week"],
         hx=["Known asthmatic. Increasing wheeze, night waking {dur}, using blue inhaler 6-8x/day. Started after cold.",
             "{dur} of tight chest and wheeze, reliever only partial effect. Not on preventer regularly (adherence poor)."],
         rf=["no silent chest", "talking in full sentences", "no previous ITU admissions", "not drowsy", "no cyanosis"],
         exam=["Video: audible mild wheeze, speaking full sentences, RR ~20. Home PEFR 340 (best 450) = 75% best.",
               "PEFR via video 310 L/min (predicted 460). Sats 97% on own oximeter."],
         imp=["Moderate acute exacerbation of asthma", "Asthma exacerbation - moderate", "Viral-induced asthma exacerbation"],
         rx=[("Prednisolone 5mg tablets", "EIGHT tablets (40mg) ONCE a day in the morning for 5 days", "40 tablet"),
             ("Salbutamol 100micrograms/dose inhaler CFC free", "2-4 puffs via spacer when required", "1 x 200 dose")],
         plan=["Prednisolone 40mg OD 5/7.", "Restart preventer regularly, inhaler technique video sent.",
               "Asthma review with PN in 2/52."],
         sn=["If reliever not lasting 4 hours, unable to speak in sentences, PEFR <50% best -> 999."],
         inv=[]),
    dict(key="backpain", amin=22, amax=70, sex=None,
         pc=["Low back pain", "Back pain", "LBP after lifting", "Sore back"],
         dur=["5 days", "1 week", "3 days", "10/7"],
         hx=["Lower back pain {dur} after lifting at work. Pain across lower back, some radiation to R buttock, not below knee.",
             "{dur} of mechanical LBP, worse bending, eases lying. Hx of similar episodes."],
         rf=["no saddle anaesthesia", "no bladder or bowel disturbance", "no leg weakness", "no fever",
             "no weight loss", "no hx of cancer", "no night pain"],
         exam=["Video: walking around room normally, can heel and toe walk, forward flexion limited by pain to knees.",
               "Observed on video - able to stand from chair unaided, reduced flexion, no obvious deformity."],
         imp=["Mechanical low back pain", "Acute non-specific low back pain", "Simple back strain"],
         rx=[("Naproxen 500mg tablets", "ONE tablet TWICE a day with food", "28 tablet"),
             ("Omeprazole 20mg gastro-resistant capsules", "ONE daily while taking naproxen", "14 capsule")],
         plan=["Naproxen 500mg BD + PPI cover.", "Keep active, heat, self-referral physio link sent by SMS.",
               "Fit note 1 week issued."],
         sn=["Cauda equina symptoms explained - numbness between legs, bladder/bowel change -> A&E immediately."],
         inv=[]),
    dict(key="migraine", amin=16, amax=55, sex="F",
         pc=["Headache", "Migraine", "Recurrent headaches", "Throbbing headache"],
         dur=["1 day", "since this morning", "2 days", "on and off for 3 weeks"],
         hx=["Unilateral throbbing headache {dur} with nausea and photophobia. Similar episodes since teens, 2-3/month.",
             "Hx of migraine. Current attack {dur}, visual aura (zigzags) preceding, paracetamol not helping."],
         rf=["not thunderclap", "no focal neuro symptoms", "no fever or neck stiffness", "no head injury",
             "not worst ever", "not on COCP with aura", "no visual loss"],
         exam=["Video: alert, orientated, speech normal, no facial asymmetry, eye movements full on camera.",
               "Looks uncomfortable in dimmed room, GCS 15 on observation, no obvious neuro deficit remotely."],
         imp=["Migraine with aura", "Migraine without aura", "Acute migraine"],
         rx=[("Sumatriptan 50mg tablets", "ONE at onset of migraine, may repeat after 2 hours. Max 300mg in 24 hours", "6 tablet")],
         plan=["Sumatriptan 50mg PRN.", "Headache diary.", "Consider propranolol prophylaxis if >4/month."],
         sn=["Sudden severe headache, weakness, confusion, fever with rash -> 999."],
         inv=[]),
    dict(key="cellulitis", amin=30, amax=85, sex=None,
         pc=["Red swollen leg", "?Cellulitis L leg", "Leg redness", "Infected insect bite"],
         dur=["2 days", "3/7", "48 hours", "since yesterday"],
         hx=["Redness, heat and swelling left lower leg {dur}, spreading. Scratch on shin last week.",
             "{dur} of painful red area R forearm after insect bite, now tracking slightly. Mild fever."],
         rf=["no systemic upset", "no rigors", "no pain out of proportion", "no crepitus", "not diabetic"],
         exam=["Photo uploaded via app: area of erythema approx 8x6cm, well demarcated, no blistering or necrosis.",
               "Video: erythema and swelling as described, pt marked edges with pen. No obvious abscess."],
         imp=["Cellulitis (Eron class I)", "Cellulitis", "Infected bite with cellulitis"],
         rx=[("Flucloxacillin 500mg capsules", "ONE capsule FOUR times a day for 7 days on an empty stomach", "28 capsule")],
         plan=["Fluclox 500mg QDS 7/7.", "Mark edges, elevate limb, analgesia.", "Review photo via app in 48h."],
         sn=["Spreading beyond marked area, fever, feeling unwell -> same day review / A&E."],
         inv=[]),
    dict(key="otitis", amin=1, amax=8, sex=None,
         pc=["Earache", "Ear pain and fever", "Pulling at ear", "Sore ear"],
         dur=["1 day", "2 days", "since last night", "36 hours"],
         hx=["Mum reports {dur} of R earache, temp 38.4, off food, drinking ok, wet nappies/passing urine normally.",
             "Dad on phone. Child with {dur} earache and coryza, unsettled at night."],
         rf=["no rash", "no neck stiffness", "no discharge from ear", "alert and interacting", "no swelling behind ear"],
         exam=["Video: alert, playing, not floppy, no mottling, CRT reported <2s by parent. Pinna normal.",
               "Child seen on video - running around, talking, no increased WOB."],
         imp=["Acute otitis media", "Likely AOM", "Viral URTI with otalgia ?AOM"],
         rx=[("Amoxicillin 250mg/5ml oral suspension sugar free", "5ml THREE times a day for 5 days", "100 ml")],
         plan=["Back-up prescription - only start if not improving in 3 days.", "Regular paracetamol and ibuprofen."],
         sn=["Traffic light leaflet sent. Any red features (floppy, non-blanching rash, breathing difficulty) -> 999."],
         inv=[]),
    dict(key="gastro", amin=2, amax=80, sex=None,
         pc=["Diarrhoea and vomiting", "D&V", "Gastroenteritis", "Vomiting"],
         dur=["2 days", "24h", "3 days", "since Sunday"],
         hx=["D&V {dur}, 6-7 loose stools/day, vomited 3x yesterday none today. Others at home similar.",
             "{dur} diarrhoea, crampy abdo pain, no blood. Tolerating sips."],
         rf=["no blood in stool", "passing urine", "no severe abdominal pain", "no recent travel", "no recent abx"],
         exam=["Video: appears well, moist mucous membranes per camera, not lethargic.",
               "Phone: sounds tired but coherent. Passing urine normal amounts."],
         imp=["Viral gastroenteritis", "Acute gastroenteritis", "Likely norovirus"],
         rx=[("Oral rehydration salts sachets", "Dissolve ONE sachet in 200ml water after each loose stool", "20 sachet")],
         plan=["Oral rehydration, small frequent fluids.", "Off work/school 48h after last episode.", "Stool sample if >7 days."],
         sn=["Blood in stool, unable to keep fluids down, not passing urine, drowsy -> urgent review."],
         inv=[]),
    dict(key="htn", amin=45, amax=82, sex=None,
         pc=["BP review", "Raised BP readings", "Home BP results", "Hypertension - new"],
         dur=["2 weeks", "7 days"],
         hx=["Submitted home BP diary via app - {dur} of readings, average 152/94. Asymptomatic. Family hx of stroke.",
             "ABPM/home readings avg 148/92 over {dur}. No headaches, chest pain or visual disturbance."],
         rf=["no chest pain", "no visual disturbance", "no headache", "no SOB"],
         exam=["Remote - home BP 150/92 on call, HR 74 regular per pt's machine. BMI 29.4 (self reported).",
               "Video: looks well. Home readings reviewed - average 153/96."],
         imp=["Stage 1 hypertension", "Essential hypertension - new diagnosis", "Hypertension stage 2"],
         rx=[("Amlodipine 5mg tablets", "ONE tablet ONCE a day", "28 tablet")],
         plan=["Start amlodipine 5mg OD.", "Bloods: U&E, HbA1c, lipids, urine ACR. ECG at surgery.", "QRISK3 calculated 14.2%.",
               "Recheck BP 4 weeks with PN."],
         sn=["Ankle swelling side effect discussed. Chest pain/visual change -> urgent."],
         inv=["U&E, HbA1c, lipids, urine ACR, ECG"]),
    dict(key="t2dm", amin=45, amax=82, sex=None,
         pc=["Diabetes review", "DM annual review - telephone", "Raised HbA1c", "T2DM follow-up"],
         dur=["3 months", "6 months"],
         hx=["T2DM review. HbA1c 64 mmol/mol (was 56 {dur} ago). On metformin 1g BD. Diet lapsed, no hypos.",
             "Telephone DM review. Latest HbA1c 61. Feels well. Foot check done by PN last month, low risk."],
         rf=["no polyuria/polydipsia", "no weight loss", "no foot ulcers", "no visual change"],
         exam=["Remote review. Weight 96kg (home scales). BP 138/84 home.", "Not examined - telephone."],
         imp=["Type 2 diabetes mellitus - suboptimal control", "T2DM above target"],
         rx=[("Sitagliptin 100mg tablets", "ONE tablet ONCE a day", "28 tablet")],
         plan=["Add sitagliptin 100mg OD.", "Refer to structured education (DESMOND).", "Repeat HbA1c 3 months.",
               "Retinal screening up to date."],
         sn=["Contact if symptoms of hyperglycaemia or unwell."],
         inv=["HbA1c 3/12"]),
    dict(key="depression", amin=18, amax=62, sex=None,
         pc=["Low mood", "Feeling low and anxious", "Mental health", "Stress / low mood"],
         dur=["2 months", "6 weeks", "several months", "since redundancy in spring"],
         hx=["Low mood {dur}, anhedonia, poor sleep with early waking, poor concentration at work. PHQ-9 16, GAD-7 12.",
             "{dur} of low mood and worry following relationship breakdown. Tearful. PHQ-9 14."],
         rf=["no thoughts of self harm", "no suicidal plans or intent", "no psychotic symptoms", "protective factors: children, family",
             "alcohol not excessive", "no drugs"],
         exam=["Video: appropriately dressed, good eye contact, tearful at times, speech normal rate, no thought disorder.",
               "MSE: kempt, subdued affect, congruent mood, no perceptual abnormalities, insight intact."],
         imp=["Moderate depressive episode", "Depression with anxiety", "Mixed anxiety and depressive disorder"],
         rx=[("Sertraline 50mg tablets", "ONE tablet ONCE a day", "28 tablet")],
         plan=["Start sertraline 50mg OD - SEs discussed (may feel worse initially).",
               "Self-refer NHS Talking Therapies - link sent.", "Review 2 weeks (telephone)."],
         sn=["Crisis numbers given: Samaritans 116 123, local crisis team, 111 option 2."],
         inv=[]),
    dict(key="copd", amin=55, amax=88, sex=None,
         pc=["COPD exacerbation", "Increased SOB", "Chest worse", "COPD - rescue pack"],
         dur=["3 days", "4 days", "a week"],
         hx=["Known COPD. {dur} increased breathlessness and sputum volume, now green. No fever.",
             "Increased SOB and cough {dur}, sputum purulent. Using salbutamol more. Started rescue pack? - no, none at home."],
         rf=["sats 91% on own oximeter (usual 92-93%)", "no chest pain", "not confused", "able to manage at home",
             "no haemoptysis"],
         exam=["Phone: talking in sentences, mild wheeze audible over phone. RR 20 counted.",
               "Video: pursed lip breathing (baseline per wife), no cyanosis, alert."],
         imp=["Infective exacerbation of COPD", "AECOPD", "Exacerbation of COPD - manageable at home"],
         rx=[("Prednisolone 5mg tablets", "SIX tablets (30mg) ONCE daily for 5 days", "30 tablet"),
             ("Doxycycline 100mg capsules", "TWO capsules on day 1 then ONE capsule daily for 4 days", "6 capsule")],
         plan=["Pred 30mg 5/7 + doxycycline 200mg stat then 100mg OD.", "Sputum sample.", "COPD review after recovery."],
         sn=["Worsening breathlessness, sats <88%, drowsiness -> 999."],
         inv=["Sputum MC&S"]),
    dict(key="shingles", amin=50, amax=88, sex=None,
         pc=["Rash", "Painful rash on chest", "?Shingles", "Blistering rash"],
         dur=["2 days", "48h", "3 days"],
         hx=["Burning pain L side of chest for 4 days, rash appeared {dur} ago in band around L chest wall.",
             "Painful vesicular rash R flank {dur}, preceded by tingling."],
         rf=["not involving eye/forehead", "no visual symptoms", "not immunosuppressed", "no fever"],
         exam=["Photo via app: clustered vesicles on erythematous base in L T6 dermatomal distribution, not crossing midline.",
               "Video: dermatomal vesicular rash as described, no ophthalmic involvement."],
         imp=["Herpes zoster (shingles) T6", "Shingles", "Herpes zoster - thoracic"],
         rx=[("Aciclovir 800mg tablets", "ONE tablet FIVE times a day for 7 days", "35 tablet")],
         plan=["Aciclovir 800mg 5x/day 7/7 (within 72h of rash).", "Analgesia.", "Avoid pregnant women/ non-immune contacts."],
         sn=["Eye involvement, spreading, or severe pain -> re-contact."],
         inv=[]),
    dict(key="conjunctivitis", amin=1, amax=80, sex=None,
         pc=["Sticky eye", "Red eye", "Conjunctivitis", "Eye discharge"],
         dur=["2 days", "3 days", "since yesterday"],
         hx=["Red gritty L eye {dur}, yellow discharge, lids stuck together in morning. No contact lenses.",
             "Bilateral red sticky eyes {dur}."],
         rf=["no eye pain", "no photophobia", "vision normal", "no trauma", "no contact lens use"],
         exam=["Photo: injected conjunctiva with mucopurulent discharge, cornea looks clear, pupils equal.",
               "Video: red eye with discharge, visual acuity subjectively normal (reads text on phone)."],
         imp=["Bacterial conjunctivitis", "Infective conjunctivitis"],
         rx=[("Chloramphenicol 0.5% eye drops", "ONE drop every 2 hours for 2 days then FOUR times a day. Continue for 48 hours after healing", "10 ml")],
         plan=["Chloramphenicol drops.", "Hygiene advice, lid cleaning."],
         sn=["Pain, reduced vision, photophobia -> same day eye casualty."],
         inv=[]),
    dict(key="chestpain", amin=45, amax=82, sex=None,
         pc=["Chest pain", "Central chest pain", "Chest tightness", "CP"],
         dur=["30 mins", "45 minutes", "1 hour"],
         hx=["Central crushing chest pain onset {dur} ago at rest, radiating to L arm and jaw, sweaty and nauseated.",
             "Chest tightness {dur}, heavy, with SOB and clamminess. Not relieved by rest."],
         rf=["pain ongoing", "sweaty", "nauseated", "no previous MI"],
         exam=["Video: looks grey and clammy, rubbing chest, speaking in short sentences.",
               "Phone - clearly distressed, wife reports he looks pale."],
         imp=["?Acute coronary syndrome", "Suspected ACS", "Cardiac sounding chest pain - ?MI"],
         rx=[],
         plan=["999 ambulance arranged while on call (Cat 2).", "Advised chew aspirin 300mg if not allergic.",
               "Unlock door, stay with pt.", "Handover to ambulance service."],
         sn=["Stay on line / call 999 again if collapses."],
         inv=[]),
    dict(key="contraception", amin=17, amax=45, sex="F",
         pc=["Pill check", "Contraception review", "COCP repeat", "Pill review - e-consult"],
         dur=["12 months", "6 months"],
         hx=["Requesting repeat of COCP. On it for {dur}, no problems. No migraine with aura, non-smoker.",
             "Pill review via e-consult form. Submitted home BP 118/74, weight 64kg, height 1.66m (BMI 23.2)."],
         rf=["no migraine with aura", "non smoker", "no FH VTE", "no breakthrough bleeding"],
         exam=["BP 118/74 (home), BMI 23.", "Remote review - BP from pharmacy 122/78."],
         imp=["Combined oral contraceptive review", "Contraception - COCP"],
         rx=[("Levonorgestrel 150microgram / Ethinylestradiol 30microgram tablets", "ONE daily for 21 days then 7 day break (or as tailored regime)", "63 tablet")],
         plan=["12 months issued. UKMEC 1.", "Discussed LARC options - leaflet sent."],
         sn=["Calf pain/swelling, chest pain, severe headache -> seek help urgently."],
         inv=[]),
    dict(key="gout", amin=40, amax=80, sex="M",
         pc=["Painful big toe", "?Gout", "Swollen R toe", "Acute gout"],
         dur=["1 day", "since last night", "2 days"],
         hx=["Acutely painful, red, swollen R 1st MTP joint {dur}, can't bear sheet on it. Previous episode 2 yrs ago.",
             "{dur} hot swollen L big toe, woke him from sleep."],
         rf=["no fever", "systemically well", "no trauma", "no other joints"],
         exam=["Photo: erythema and swelling over R 1st MTPJ, shiny skin.", "Video: limping, swollen red big toe."],
         imp=["Acute gout 1st MTPJ", "Gout flare", "Podagra"],
         rx=[("Colchicine 500microgram tablets", "ONE tablet TWO to FOUR times a day. Max 6mg per course", "12 tablet")],
         plan=["Colchicine. Ice, rest, elevation.", "Urate, U&E in 4-6 weeks once settled.", "Reduce alcohol."],
         sn=["Fever or feeling unwell -> urgent review (septic arthritis)."],
         inv=["Serum urate 4-6/52"]),
    dict(key="appendix", amin=10, amax=40, sex=None,
         pc=["Abdominal pain", "RIF pain", "Tummy pain", "Abdo pain"],
         dur=["18 hours", "since last night", "1 day"],
         hx=["Periumbilical pain {dur}, now moved to RIF, worse on walking/coughing. Anorexic, vomited x1.",
             "{dur} of abdominal pain localising to R lower quadrant, low grade fever."],
         rf=["pain on jumping/ coughing", "anorexia", "LMP 2 weeks ago, no chance of pregnancy per pt"],
         exam=["Video: lying still, pain on coughing, unable to hop on R leg. Pt-palpation tender RIF.",
               "Phone - pt finds walking painful, bent over."],
         imp=["?Acute appendicitis", "RIF pain - suspect appendicitis"],
         rx=[],
         plan=["Referred to surgical SDEC / on-call surgeons - accepted.", "NBM, attend within 1 hour, not to drive."],
         sn=["If collapses or pain severe -> 999."],
         inv=[]),
    dict(key="eczema", amin=1, amax=60, sex=None,
         pc=["Eczema flare", "Itchy rash", "Dry skin flare", "Rash"],
         dur=["1 week", "2 weeks", "10 days"],
         hx=["Known eczema, flare {dur} in flexures, itchy, disturbing sleep. Using emollient intermittently.",
             "{dur} of itchy red dry patches on arms and behind knees."],
         rf=["no weeping/crusting", "no punched out lesions", "no fever"],
         exam=["Photos reviewed: erythematous dry excoriated patches antecubital fossae, no signs infection.",
               "Video: lichenified patches flexures, mild."],
         imp=["Atopic eczema - moderate flare", "Eczema flare"],
         rx=[("Hydrocortisone 1% cream", "Apply thinly ONCE or TWICE a day to affected areas for up to 7 days", "30 gram"),
             ("Zerobase cream", "Apply liberally and frequently", "500 gram")],
         plan=["Emollient regularly, hydrocortisone 1% short course.", "Soap substitute."],
         sn=["Weeping, crusting, fever, painful blisters -> urgent review (eczema herpeticum)."],
         inv=[]),
]

# ---------------------------------------------------------------- hospital scenarios
HOSP_SCEN = [
    dict(key="cap", amin=45, amax=92, spec="Acute Medicine", dx="Community acquired pneumonia (right lower lobe)",
         pc="Cough, fever and shortness of breath",
         hpc="{dur} of productive cough, fevers and increasing breathlessness. Seen by GP remotely and started amoxicillin with no improvement. Pleuritic R sided chest pain.",
         dur=["5 days", "1 week", "4 days"],
         exam="T 38.6, HR 108, BP 118/70, RR 26, SpO2 91% RA. Bronchial breathing and coarse crackles R base. HS I+II+0. Abdo SNT.",
         obs="NEWS2 6", bloods=[("Hb", "128 g/L"), ("WCC", "16.4"), ("Neut", "14.1"), ("CRP", "212"), ("Urea", "8.9"), ("Creat", "96"), ("Na", "133")],
         imaging="CXR: right lower zone consolidation, no effusion.",
         course="Treated with IV co-amoxiclav and oral clarithromycin as per CURB-65 2 pneumonia protocol. Required 2L O2 for 48h. Improved clinically, CRP down-trending to 54. Switched to oral antibiotics day 3.",
         new=[("Co-amoxiclav 625mg tablets", "ONE TDS", "to complete 7 days total"), ("Clarithromycin 500mg tablets", "ONE BD", "to complete 7 days")],
         stopped=[], fu="Repeat CXR in 6 weeks to confirm resolution (please arrange).", los=(3, 7),
         proc=None),
    dict(key="nstemi", amin=48, amax=88, spec="Cardiology", dx="NSTEMI",
         pc="Central chest pain",
         hpc="Central crushing chest pain radiating to L arm starting at rest {dur} prior to arrival. Called 111, advised 999. Given aspirin 300mg by paramedics.",
         dur=["2 hours", "90 minutes", "3 hours"],
         exam="HR 88, BP 152/90, SpO2 97% RA. HS normal, chest clear, no peripheral oedema.",
         obs="NEWS2 1", bloods=[("hs-Troponin T (0h)", "64 ng/L"), ("hs-Troponin T (3h)", "842 ng/L"), ("Hb", "141"), ("Creat", "88"), ("Chol", "6.2"), ("HbA1c", "44")],
         imaging="ECG: sinus rhythm, 1-2mm ST depression V4-V6. Echo: mild LV systolic impairment, hypokinetic anterior wall, EF 45-50%.",
         course="Managed as NSTEMI with DAPT and fondaparinux. Coronary angiogram day 2 showed 90% proximal LAD stenosis, treated with PCI and 1 x drug-eluting stent via R radial. Uncomplicated recovery.",
         new=[("Aspirin 75mg dispersible tablets", "ONE OD", "lifelong"), ("Ticagrelor 90mg tablets", "ONE BD", "12 months"),
              ("Atorvastatin 80mg tablets", "ONE ON", "long term"), ("Bisoprolol 2.5mg tablets", "ONE OD", "long term"),
              ("Ramipril 2.5mg capsules", "ONE OD", "titrate"), ("Lansoprazole 15mg capsules", "ONE OD", "while on DAPT")],
         stopped=[], fu="Cardiac rehab referral made. Cardiology clinic 6-8 weeks. GP to uptitrate ramipril with U&E checks.", los=(3, 5),
         proc="Coronary angiography and PCI to LAD"),
    dict(key="appendicitis", amin=10, amax=55, spec="General Surgery", dx="Acute appendicitis",
         pc="Right iliac fossa pain",
         hpc="{dur} of periumbilical pain migrating to RIF, anorexia, vomiting x2. Referred by remote GP to surgical SDEC.",
         dur=["24 hours", "36 hours", "1 day"],
         exam="T 37.9, HR 102. Tender RIF with guarding, Rovsing's positive. No masses.",
         obs="NEWS2 2", bloods=[("WCC", "14.8"), ("Neut", "12.2"), ("CRP", "88"), ("Bhcg", "negative"), ("Amylase", "46")],
         imaging="USS abdomen: non-compressible, dilated appendix 9mm with periappendiceal fluid.",
         course="Underwent laparoscopic appendicectomy. Findings: inflamed, non-perforated appendix. Post-operative recovery uncomplicated, eating and drinking, mobilising independently.",
         new=[("Paracetamol 500mg tablets", "TWO QDS PRN", "5 days"), ("Ibuprofen 400mg tablets", "ONE TDS PRN with food", "5 days")],
         stopped=[], fu="No routine follow up. Histology will be reviewed by the team and GP informed if any concern.", los=(1, 3),
         proc="Laparoscopic appendicectomy"),
    dict(key="nof", amin=70, amax=97, spec="Trauma & Orthopaedics", dx="Left intracapsular fractured neck of femur",
         pc="Fall, unable to weight bear",
         hpc="Mechanical fall at home {dur} before admission, tripped on rug. Found on floor by carer. Shortened externally rotated left leg.",
         dur=["the evening", "the morning", "several hours"],
         exam="L leg shortened and externally rotated. NV intact distally. No head injury. AMT 8/10.",
         obs="NEWS2 2", bloods=[("Hb", "112 g/L"), ("Creat", "104"), ("K", "4.6"), ("INR", "1.0")],
         imaging="XR L hip: displaced intracapsular NOF fracture (Garden IV). CXR no acute change.",
         course="Underwent L hemiarthroplasty under spinal anaesthetic the following day. Post op Hb 94, 1 unit blood not required. Mobilising with frame and 1 assist with physio. Orthogeriatric review: bone health - commenced vitamin D; falls assessment.",
         new=[("Colecalciferol 800unit capsules", "ONE OD", "long term"), ("Enoxaparin 40mg injection", "ONCE DAILY SC", "28 days total"),
              ("Paracetamol 500mg tablets", "TWO QDS", "2 weeks"), ("Laxido sachets", "ONE BD PRN", "")],
         stopped=[], fu="Orthopaedic fracture clinic 6 weeks. Clips out day 10-14 by DN. GP: consider zoledronic acid via bone health service.", los=(7, 21),
         proc="Left hip hemiarthroplasty"),
    dict(key="copd", amin=55, amax=90, spec="Respiratory Medicine", dx="Infective exacerbation of COPD",
         pc="Increasing breathlessness",
         hpc="Known COPD (FEV1 42% predicted). {dur} of increased breathlessness, purulent sputum. Rescue pack started by GP without improvement.",
         dur=["5 days", "1 week", "3 days"],
         exam="RR 26, SpO2 86% RA, on 28% venturi 90%. Widespread wheeze, reduced air entry bases. ABG: pH 7.34, pCO2 6.9, pO2 7.8.",
         obs="NEWS2 7 (scale 2)", bloods=[("WCC", "12.9"), ("CRP", "67"), ("Eos", "0.4"), ("Creat", "81")],
         imaging="CXR: hyperexpanded lung fields, no consolidation or pneumothorax.",
         course="Nebulised salbutamol/ipratropium, oral prednisolone, doxycycline. Target sats 88-92%. Did not require NIV. Seen by respiratory nurse - inhaler technique reviewed, rescue pack provided.",
         new=[("Prednisolone 5mg tablets", "30mg OD", "to complete 5 days"), ("Doxycycline 100mg capsules", "ONE OD", "to complete 5 days")],
         stopped=[], fu="Pulmonary rehab referral. Respiratory nurse telephone follow up 2 weeks.", los=(3, 8),
         proc=None),
    dict(key="pe", amin=25, amax=85, spec="Acute Medicine", dx="Bilateral pulmonary emboli",
         pc="Pleuritic chest pain and breathlessness",
         hpc="{dur} of L pleuritic chest pain and exertional SOB. Recent long-haul flight. Video GP consultation advised attendance ED.",
         dur=["3 days", "2 days", "4 days"],
         exam="HR 112, RR 22, SpO2 93% RA, BP 128/80. Chest clear. Calves soft, non-tender.",
         obs="Wells score 6", bloods=[("D-dimer", "2450 ng/mL"), ("Troponin", "18"), ("Creat", "74"), ("Hb", "138")],
         imaging="CTPA: bilateral segmental pulmonary emboli, no RV strain.",
         course="Commenced apixaban. Ambulated well, sats improved. Ambulatory PE pathway follow-up.",
         new=[("Apixaban 5mg tablets", "TWO tablets (10mg) BD for 7 days, then ONE tablet BD", "minimum 3 months")],
         stopped=[], fu="Anticoagulation clinic 3 months to decide duration.", los=(1, 3),
         proc=None),
    dict(key="aki", amin=65, amax=92, spec="Care of the Elderly", dx="Acute kidney injury (stage 2) secondary to gastroenteritis / dehydration",
         pc="Diarrhoea and vomiting, reduced oral intake",
         hpc="{dur} of D&V, reduced oral intake, dizziness. Continued ramipril and metformin.",
         dur=["4 days", "3 days", "5 days"],
         exam="Dry mucous membranes, HR 98, BP 96/60 (usual 140s), abdo soft, non-tender.",
         obs="NEWS2 4", bloods=[("Creat", "245 (baseline 98)"), ("Urea", "21.4"), ("K", "5.6"), ("Na", "131"), ("CRP", "24")],
         imaging="USS KUB: no hydronephrosis.",
         course="IV fluids, nephrotoxic medications withheld. Creatinine improved to 118 on discharge. Stool culture negative.",
         new=[], stopped=[("Ramipril", "AKI - GP to review restarting when U&E stable"), ("Metformin", "withheld during AKI - restart if eGFR >30")],
         fu="GP to recheck U&E in 1 week and consider restarting ramipril.", los=(3, 6), proc=None),
    dict(key="pyelo", amin=18, amax=80, spec="Acute Medicine", dx="Acute pyelonephritis (E. coli)",
         pc="Fever, rigors and loin pain",
         hpc="{dur} of dysuria, then R loin pain, rigors and vomiting. OOH GP visit arranged admission.",
         dur=["3 days", "2 days"],
         exam="T 39.1, HR 118, BP 104/66. R renal angle tenderness.",
         obs="NEWS2 5", bloods=[("WCC", "18.2"), ("CRP", "246"), ("Creat", "112"), ("Lactate", "2.4")],
         imaging="USS renal: no hydronephrosis or calculi.",
         course="Sepsis six. IV gentamicin and co-amoxiclav. Blood and urine cultures grew E. coli sensitive to co-amoxiclav. Switched to oral day 3.",
         new=[("Co-amoxiclav 625mg tablets", "ONE TDS", "to complete 10 days")], stopped=[], fu="No routine follow up.", los=(2, 5), proc=None),
    dict(key="chole", amin=30, amax=80, spec="General Surgery", dx="Acute calculous cholecystitis",
         pc="Right upper quadrant pain",
         hpc="{dur} of constant RUQ pain radiating to R shoulder tip, vomiting, fever. Previous episodes of biliary colic.",
         dur=["2 days", "36 hours"],
         exam="T 38.1, Murphy's sign positive, no jaundice.",
         obs="NEWS2 3", bloods=[("WCC", "15.1"), ("CRP", "156"), ("Bili", "18"), ("ALP", "132"), ("ALT", "54"), ("Amylase", "38")],
         imaging="USS: thick walled gallbladder (5mm) with multiple gallstones and pericholecystic fluid. CBD 5mm.",
         course="IV co-amoxiclav, analgesia. Settled. Index-admission laparoscopic cholecystectomy performed day 3 uneventfully.",
         new=[("Co-codamol 30/500 tablets", "TWO QDS PRN", "1 week")], stopped=[], fu="Wound check at practice nurse day 7-10. No routine clinic.", los=(3, 5),
         proc="Laparoscopic cholecystectomy"),
    dict(key="af", amin=60, amax=90, spec="Cardiology", dx="Atrial fibrillation with fast ventricular response - new onset",
         pc="Palpitations and breathlessness",
         hpc="{dur} of palpitations, SOB on exertion. GP remote consult found irregular pulse reported on smartwatch, sent to ED.",
         dur=["2 days", "3 days", "1 week"],
         exam="HR 146 irregularly irregular, BP 132/84, mild bibasal crackles.",
         obs="NEWS2 3", bloods=[("TSH", "1.8"), ("K", "4.1"), ("Mg", "0.82"), ("Troponin", "22"), ("NT-proBNP", "1860")],
         imaging="ECG: AF rate 146. Echo: LA mildly dilated, EF 50%.",
         course="Rate controlled with bisoprolol. Anticoagulated with apixaban (CHA2DS2-VASc 3, ORBIT low). Rate 80s at discharge.",
         new=[("Bisoprolol 5mg tablets", "ONE OD", "long term"), ("Apixaban 5mg tablets", "ONE BD", "long term")],
         stopped=[("Aspirin 75mg", "now anticoagulated")], fu="Cardiology OPD 3 months. GP to check HR and U&E 2 weeks.", los=(2, 4),
         proc=None),
    dict(key="cellulitis", amin=40, amax=88, spec="Acute Medicine", dx="Cellulitis of right lower leg",
         pc="Red painful swollen leg",
         hpc="{dur} of spreading erythema R leg despite oral flucloxacillin from GP. Fever and rigors.",
         dur=["4 days", "5 days"],
         exam="T 38.4. Erythema R shin to knee, warm, tender. No collections. DVT thought unlikely.",
         obs="NEWS2 3", bloods=[("WCC", "13.6"), ("CRP", "118"), ("Creat", "79")],
         imaging="Doppler USS R leg: no DVT.",
         course="IV flucloxacillin via OPAT, then oral. Erythema receded behind marked lines.",
         new=[("Flucloxacillin 500mg capsules", "TWO QDS", "to complete 10 days")], stopped=[], fu="Emollients, treat tinea pedis.", los=(2, 5),
         proc=None),
    dict(key="tia", amin=55, amax=90, spec="Stroke Medicine", dx="Transient ischaemic attack (left hemisphere)",
         pc="Transient right arm weakness and speech disturbance",
         hpc="Episode of R arm weakness and word-finding difficulty lasting {dur}, fully resolved. Telephone GP referred urgently.",
         dur=["20 minutes", "40 minutes", "15 minutes"],
         exam="No residual neurology. HR regular, BP 164/92.",
         obs="ABCD2 5", bloods=[("Chol", "5.9"), ("LDL", "3.8"), ("HbA1c", "41"), ("Glucose", "6.1")],
         imaging="MRI head: small acute infarct L corona radiata on DWI. Carotid doppler: <50% stenosis bilaterally.",
         course="Clopidogrel 300mg loading then 75mg. High intensity statin. 24h tape sinus rhythm.",
         new=[("Clopidogrel 75mg tablets", "ONE OD", "long term"), ("Atorvastatin 80mg tablets", "ONE ON", "long term"), ("Amlodipine 5mg tablets", "ONE OD", "")],
         stopped=[], fu="Stroke clinic 6 weeks. Do not drive for 1 month (DVLA).", los=(0, 2), proc=None),
]

SPEC_CONSULT = [
    dict(spec="Cardiology", reason="exertional chest tightness", hx="2-3 month history of central chest tightness on walking uphill, relieved by rest within 2-3 minutes. No rest pain. Risk factors: hypertension, ex-smoker, father MI aged 58.",
         exam="BP 146/88, HR 68 regular. HS normal, no murmurs. Chest clear. No oedema.",
         inv="ECG sinus rhythm, no ischaemic changes. CT coronary angiogram: moderate (50-69%) stenosis proximal LAD, calcium score 412.",
         imp="Stable angina", plan=["Start bisoprolol 2.5mg OD and GTN spray PRN.", "Increase atorvastatin to 80mg.", "Functional imaging (stress perfusion MRI) requested.", "Review in clinic after test."]),
    dict(spec="Respiratory Medicine", reason="chronic cough", hx="Persistent dry cough for 5 months. Never smoker. Some nocturnal symptoms and wheeze with colds. No haemoptysis or weight loss.",
         exam="Chest clear, no clubbing. SpO2 98%.", inv="Spirometry: FEV1/FVC 0.68, 14% reversibility with salbutamol. FeNO 52 ppb. CXR normal.",
         imp="Asthma (adult onset)", plan=["Start ICS/formoterol MART regime.", "Asthma nurse review.", "Discharge to GP if controlled at 3 months."]),
    dict(spec="Gastroenterology", reason="iron deficiency anaemia", hx="Referred with Hb 98, ferritin 6. Mild dyspepsia. No overt GI bleeding. Change of bowel habit denied.",
         exam="Abdomen soft, non-tender, no masses. PR not performed.", inv="Coeliac serology negative. FIT 12 ug/g.",
         imp="Iron deficiency anaemia - for bidirectional endoscopy", plan=["OGD and colonoscopy booked.", "Continue ferrous fumarate 210mg BD.", "Will write with results."]),
    dict(spec="Endocrinology", reason="hyperthyroidism", hx="Weight loss 5kg, palpitations, tremor and heat intolerance over 3 months. TSH <0.01, FT4 38.",
         exam="Fine tremor, smooth diffuse goitre, no eye signs. HR 104 regular.", inv="TRAb positive (6.2 IU/L).",
         imp="Graves' disease", plan=["Carbimazole 20mg OD (agranulocytosis warning given, written info).", "Propranolol 40mg TDS PRN.", "TFTs 4-6 weekly - our team will titrate."]),
    dict(spec="Rheumatology", reason="inflammatory polyarthritis", hx="3 months of painful swollen MCPs and wrists with early morning stiffness 90 mins.",
         exam="Synovitis bilateral MCP 2-3 and wrists. 8 swollen/10 tender joints.", inv="RF positive, anti-CCP >340, CRP 34, ESR 48. XR hands: periarticular osteopenia, no erosions.",
         imp="Seropositive rheumatoid arthritis (DAS28 5.4)", plan=["IM Depo-Medrone 120mg today.", "Start methotrexate 10mg weekly increasing to 15mg + folic acid 5mg weekly.", "Shared care request to follow - please monitor bloods per protocol."]),
    dict(spec="Neurology", reason="episodes of loss of awareness", hx="Two witnessed episodes of staring and lip smacking lasting 1 minute, with post-ictal confusion. No tongue biting.",
         exam="Neurological examination normal.", inv="EEG: left temporal sharp waves. MRI brain: mesial temporal sclerosis (L).",
         imp="Focal impaired awareness seizures (temporal lobe epilepsy)", plan=["Lamotrigine titration schedule given.", "DVLA - advised must not drive and inform DVLA.", "Epilepsy nurse contact."]),
    dict(spec="Dermatology", reason="changing pigmented lesion", hx="Pigmented lesion on upper back noticed by partner to be enlarging. Photos submitted via teledermatology.",
         exam="8mm asymmetrical lesion with irregular border and two colours. Dermoscopy: atypical network, regression structures.",
         inv="N/A", imp="Atypical naevus - exclude melanoma", plan=["Excision biopsy with 2mm margins listed.", "Result letter to follow."]),
    dict(spec="Urology", reason="raised PSA", hx="PSA 7.8 (age 66). LUTS mild (IPSS 9). No bone pain.",
         exam="DRE: moderately enlarged, smooth, benign feeling prostate.", inv="MRI prostate: PI-RADS 4 lesion left peripheral zone.",
         imp="Raised PSA with PI-RADS 4 lesion", plan=["Transperineal prostate biopsy booked.", "Discussed at MDT thereafter."]),
    dict(spec="Gynaecology", reason="postmenopausal bleeding", hx="Single episode of PMB 3 weeks ago. LMP age 52. Not on HRT.",
         exam="Speculum: cervix normal. Bimanual: small anteverted uterus, no adnexal masses.", inv="TVUS: endometrial thickness 6mm.",
         imp="Postmenopausal bleeding, ET 6mm", plan=["Outpatient hysteroscopy and endometrial biopsy performed today - see separate report.", "Results letter to follow."]),
    dict(spec="ENT", reason="unilateral hearing loss", hx="Gradual left sided hearing loss over a year with tinnitus. No vertigo.",
         exam="Otoscopy normal bilaterally. Rinne positive both ears, Weber lateralises to right.", inv="PTA: L asymmetric SNHL 25dB at 2-4kHz.",
         imp="Asymmetric sensorineural hearing loss", plan=["MRI IAMs to exclude vestibular schwannoma.", "Audiology for hearing aid assessment."]),
    dict(spec="Trauma & Orthopaedics", reason="right knee pain", hx="Chronic R knee pain limiting walking to 200 yards, night pain. Failed physio and analgesia. BMI 31.",
         exam="Varus deformity, effusion, crepitus, ROM 5-100 degrees. Ligaments stable.", inv="XR: severe medial compartment OA, KL grade 4.",
         imp="End stage medial compartment osteoarthritis R knee", plan=["Listed for R total knee replacement.", "Pre-assessment clinic.", "Weight loss advised."]),
    dict(spec="Care of the Elderly", reason="memory concerns and falls", hx="Daughter reports 18 months of progressive short-term memory loss, repeating questions, 3 falls in 6 months.",
         exam="MoCA 19/30. Lying/standing BP 142/80 -> 118/70 (symptomatic). Gait slow, wide-based.", inv="CT head: generalised atrophy, small vessel disease.",
         imp="Mixed dementia (Alzheimer's/vascular) with orthostatic hypotension", plan=["Reduce doxazosin then stop.", "Memory clinic referral for donepezil consideration.", "Falls team / OT home assessment."]),
    dict(spec="Paediatrics", reason="faltering growth", hx="18 month old, weight crossed from 50th to 9th centile over 6 months. Loose stools.",
         exam="Alert, mildly wasted buttocks, abdomen distended. No other abnormality.", inv="tTG IgA >128, total IgA normal.",
         imp="Probable coeliac disease", plan=["Dietitian referral for gluten-free diet.", "Review 3 months with growth.", "Siblings may be screened via GP."]),
    dict(spec="Haematology", reason="raised platelet count", hx="Incidental platelet count 680 on routine bloods. Asymptomatic. No thrombosis.",
         exam="No splenomegaly.", inv="JAK2 V617F detected. Ferritin normal.",
         imp="Essential thrombocythaemia (JAK2 positive)", plan=["Aspirin 75mg OD.", "Hydroxycarbamide not required at present (low risk).", "Haematology clinic 6 months."]),
]


# ---------------------------------------------------------------- formatting helpers
class _Def(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(s, **kw):
    return s.format_map(_Def(kw))


def render(rng, secs, style=None, sep=None):
    """secs: list of (heading or list of heading variants or None, body)."""
    style = rng.randrange(7) if style is None else style
    out = []
    n = 0
    for h, b in secs:
        if b is None or b == "":
            continue
        if isinstance(h, (list, tuple)):
            h = pick(rng, h)
        if isinstance(b, (list, tuple)):
            b = "\n".join(b)
        n += 1
        if not h or style == 6:
            out.append(b)
        elif style == 0:
            out.append("%s:\n%s" % (h.upper(), b))
        elif style == 1:
            out.append("%s: %s" % (h, b))
        elif style == 2:
            out.append("%s\n%s\n%s" % (h, "-" * len(h), b))
        elif style == 3:
            out.append("%d. %s\n%s" % (n, h, b))
        elif style == 4:
            out.append("%s  %s" % (h.upper(), b))
        else:
            out.append("%s -\n%s" % (h, b))
    if sep is None:
        sep = pick(rng, ["\n\n", "\n", "\n\n"])
    return sep.join(out)


def bullets(rng, items, style=None):
    style = rng.randrange(5) if style is None else style
    if style == 0:
        return "\n".join("- " + i for i in items)
    if style == 1:
        return "\n".join("%d. %s" % (k + 1, i) for k, i in enumerate(items))
    if style == 2:
        return " ".join(i if i.endswith(".") else i + "." for i in items)
    if style == 3:
        return "\n".join("* " + i for i in items)
    return "\n".join(items)


def neg_list(rng, items):
    r = rng.randrange(4)
    if r == 0:
        return ", ".join(items) + "."
    if r == 1:
        return "Red flags: " + "; ".join(items) + "."
    if r == 2:
        return "\n".join("- " + i for i in items)
    return "RF screen neg - " + ", ".join(items)


def address_block(p, rng):
    lines = [p["addr1"], p["town"]]
    if chance(rng, 0.4):
        lines.append(p["county"])
    lines.append(p["postcode"])
    return lines


def pid_block(rng, ctx, p, style=None):
    s = rng.randrange(8) if style is None else style
    dob = fdate(p["dob"], ctx["dfmt"])
    nhs = nhs_fmt(rng, p["nhs"])
    if s == 0:
        return "Patient: %s   DOB: %s   NHS No: %s" % (pname(rng, p), dob, nhs)
    if s == 1:
        return "Name: %s\nDate of Birth: %s (%dy)\nNHS Number: %s\nAddress: %s" % (
            pname(rng, p), dob, p["age"], nhs, ", ".join(address_block(p, rng)))
    if s == 2:
        return "%s  %s  %s  %s" % (pname(rng, p, 4), dob, {"M": "Male", "F": "Female"}[p["sex"]], nhs)
    if s == 3:
        return "RE: %s, DOB %s\nNHS No. %s  Hosp No. %s\n%s" % (pname(rng, p, 0), dob, nhs, p["mrn"], ", ".join(address_block(p, rng)))
    if s == 4:
        return "Surname: %s    Forename(s): %s %s\nD.O.B.: %s   Sex: %s\nNHS no: %s   MRN: %s" % (
            p["last"].upper(), p["first"], p["middle"], dob, p["sex"], nhs, p["mrn"])
    if s == 5:
        return "%s (%s) - %s - born %s - NHS %s" % (pname(rng, p, 2), p["sex"], p["age"], dob, nhs)
    if s == 6:
        return "| Patient name | %s |\n| DOB | %s |\n| NHS number | %s |\n| Hospital no | %s |" % (pname(rng, p, 1), dob, nhs, p["mrn"])
    return "%s\n%s\nDOB: %s NHS: %s" % (pname(rng, p, 0), "\n".join(address_block(p, rng)), dob, nhs)


def hosp_header(rng, ctx, dept=None):
    s = rng.randrange(5)
    dept = dept or pick(rng, ["Department of Medicine", "Acute Medical Unit", "Surgical Directorate", "Division of Medicine",
                              "Emergency Department", "Outpatients Department"])
    if s == 0:
        return "%s\n%s\n%s" % (ctx["trust"], ctx["hosp"], dept)
    if s == 1:
        return "%s\n%s, %s %s\nSwitchboard: %s" % (ctx["hosp"].upper(), pick(rng, STREETS), ctx["htown"], postcode(rng), phone(rng))
    if s == 2:
        return "NHS  %s\n%s" % (ctx["trust"], dept)
    if s == 3:
        return "%s | %s | Tel %s" % (ctx["hosp"], dept, phone(rng))
    return "%s\n%s" % (ctx["trust"], "-" * 40)


def practice_header(rng, ctx):
    s = rng.randrange(5)
    if s == 0:
        return "%s\n%s\n%s\n%s\nTel: %s   Fax: %s" % (ctx["practice"], ctx["prac_addr"], ctx["prac_town"], ctx["prac_pc"], ctx["prac_tel"], ctx["prac_fax"])
    if s == 1:
        return "%s  -  %s, %s %s  -  Tel %s" % (ctx["practice"].upper(), ctx["prac_addr"], ctx["prac_town"], ctx["prac_pc"], ctx["prac_tel"])
    if s == 2:
        return "%s\nPartners: Dr %s, Dr %s, Dr %s\n%s, %s, %s\nT: %s  E: %s" % (
            ctx["practice"], pick(rng, LAST), pick(rng, LAST), pick(rng, LAST), ctx["prac_addr"], ctx["prac_town"], ctx["prac_pc"], ctx["prac_tel"], ctx["prac_email"])
    if s == 3:
        return "%s (%s)\n%s" % (ctx["practice"], ctx["prac_code"], ctx["prac_tel"])
    return "%s\n%s %s" % (ctx["practice"], ctx["prac_town"], ctx["prac_pc"])


def service_header(rng, ctx):
    s = rng.randrange(5)
    if s == 0:
        return "%s\nRemote Consultation Record" % ctx["digital"]
    if s == 1:
        return "%s - working on behalf of %s (%s)" % (ctx["digital"], ctx["practice"], ctx["prac_code"])
    if s == 2:
        return "%s\n%s" % (ctx["ooh"], ctx["base"])
    if s == 3:
        return "%s | NHS 111 Clinical Assessment" % ctx["ooh"]
    return ctx["digital"].upper()


def sig(rng, c, ctx=None, style=None):
    s = rng.randrange(7) if style is None else style
    if s == 0:
        return "Yours sincerely\n\n\n%s\n%s\n%s" % (c["full"], c["job"], c["reg"])
    if s == 1:
        return "Kind regards\n\n%s %s" % (c["full"], c["quals"])
    if s == 2:
        return "Electronically signed by %s (%s) %s" % (c["full"], c["job"], c["reg"])
    if s == 3:
        return "%s\n%s" % (c["full"], c["job"])
    if s == 4:
        return "Signed: ____%s____   Print: %s   %s" % (c["init"], c["full"].upper(), c["reg"])
    if s == 5:
        return "Yours faithfully,\n\n\n%s\n%s\nDictated but not signed to avoid delay" % (c["full"], c["job"])
    return "-- %s (%s)" % (c["full"], c["job"])


OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("S", "5"), ("B", "8"), (",", "."),
            ("i", "l"), ("h", "b"), ("u", "v"), ("cl", "d"), ("I", "|"), ("a", "o"), (".", ","), ("t", "f")]


def ocr_noise(rng, text, level):
    if level <= 0:
        return text
    lines = text.split("\n")
    out = []
    p = [0, 0.03, 0.08, 0.16][level]
    for ln in lines:
        if ln and chance(rng, p):
            a, b = pick(rng, OCR_SUBS)
            idx = ln.find(a, rng.randrange(max(1, len(ln))))
            if idx < 0:
                idx = ln.find(a)
            if idx >= 0:
                ln = ln[:idx] + b + ln[idx + len(a):]
        if ln and chance(rng, p / 2):
            k = rng.randrange(len(ln))
            ln = ln[:k] + pick(rng, [" ", "", "'", "~", ".", "  "]) + ln[k:]
        if level >= 2 and chance(rng, 0.01):
            ln = ln + pick(rng, [" |", " ,", " _", " ;"])
        out.append(ln)
    return "\n".join(out)


def furniture(rng, text, ctx, p):
    """Add scanner/print/fax page furniture and page breaks."""
    lines = text.split("\n")
    plen = rng.randint(42, 62)
    pages = [lines[i:i + plen] for i in range(0, len(lines), plen)] or [[]]
    n = len(pages)
    hstyle = rng.randrange(8)
    fstyle = rng.randrange(8)
    pn = pname(rng, p, 1)
    stamp = "%s %s" % (D(ctx), ftime(rng, 7, 19))
    fax_from = phone(rng)
    out = []
    for i, pg in enumerate(pages):
        head = []
        if hstyle == 0:
            head = ["%s  FAX %s  P.%03d/%03d" % (stamp, fax_from, i + 1, n)]
        elif hstyle == 1 and i > 0:
            head = ["%s  NHS: %s  (continued)" % (pn, p["nhs"])]
        elif hstyle == 2:
            head = ["CONFIDENTIAL"] if i == 0 else ["CONFIDENTIAL - continued"]
        elif hstyle == 3 and chance(rng, 0.7):
            head = ["Scanned: %s   Doc ref %d" % (stamp, rng.randint(100000, 999999))]
        foot = []
        if fstyle == 0:
            foot = ["Page %d of %d" % (i + 1, n)]
        elif fstyle == 1:
            foot = ["Printed on %s by %s" % (stamp, pick(rng, ["ADMIN", "Docman", "RECEPTION1", "%s %s" % (pick(rng, FIRST_F), pick(rng, LAST))])), "Page %d" % (i + 1)]
        elif fstyle == 2:
            foot = ["%s - %s - Page %d/%d" % (pn, p["nhs"], i + 1, n)]
        elif fstyle == 3:
            foot = ["This document contains confidential patient information. If received in error please notify the sender."]
        elif fstyle == 4:
            foot = ["- %d -" % (i + 1)]
        if head:
            out.extend(head + [""])
        out.extend(pg)
        if foot:
            out.extend(["", ] + foot)
        if i < n - 1:
            out.append(pick(rng, ["\f", "", "----------------------------------------"]))
    return "\n".join(out)


def finish(rng, text, ctx, p, furn=0.6, noise=None):
    if chance(rng, furn):
        text = furniture(rng, text, ctx, p)
    level = rng.choice([0, 1, 1, 2, 2, 3]) if noise is None else noise
    text = ocr_noise(rng, text, level)
    if chance(rng, 0.15):
        text = "\n".join(" " * rng.randint(1, 4) + ln if ln.strip() else ln for ln in text.split("\n"))
    return text.strip("\n") + "\n"


def scen_pc(rng, p=None):
    pool = PC_SCEN
    if p is not None:
        pool = [s for s in PC_SCEN if s["amin"] <= p["age"] <= s["amax"] and (s["sex"] in (None, p["sex"]))]
    return pick(rng, pool or PC_SCEN)


SCEN_PMH = {"asthma": "Asthma", "copd": "COPD", "t2dm": "Type 2 diabetes mellitus", "eczema": "Eczema", "af": None,
            "nof": "Osteoporosis", "aki": "Type 2 diabetes mellitus"}


def pat_for(rng, ctx, s):
    p = make_patient(rng, ctx["date"], s["amin"], s["amax"], s.get("sex"))
    need = SCEN_PMH.get(s["key"])
    if s["key"] == "htn":
        keep = [i for i, c in enumerate(p["conds"]) if "ypertension" not in c]
        p["conds"] = [p["conds"][i] for i in keep]
        p["meds"] = [m for m in p["meds"] if not m[0].startswith(("Amlodipine", "Ramipril"))]
    if s["key"] == "aki" and "Essential hypertension" not in p["conds"]:
        p["conds"].insert(0, "Essential hypertension")
        p["meds"].insert(0, ("Ramipril 5mg capsules", "ONE capsule daily", "28 capsule"))
    if need and need not in p["conds"]:
        for c in CHRONIC:
            if c[0] == need:
                p["conds"].insert(0, c[0])
                p["meds"] = list(c[2]) + p["meds"]
    if s["key"] == "aki" and not any("Metformin" in m[0] for m in p["meds"]):
        p["meds"].append(("Metformin 500mg tablets", "TWO tablets TWICE a day with food", "112 tablet"))
    penicillin = any(x in " ".join(r[0] for r in s.get("rx", []) + s.get("new", [])).lower()
                     for x in ("amoxicillin", "penicillin", "flucloxacillin", "co-amoxiclav"))
    if penicillin and "enicillin" in p["allergy"]:
        p["allergy"] = "NKDA"
    return p


def concrete_pc(rng, s):
    """Pick concrete strings for a primary care scenario."""
    dur = pick(rng, s["dur"])
    rf = list(s["rf"])
    rng.shuffle(rf)
    rf = rf[:rng.randint(max(1, len(rf) - 3), len(rf))]
    return dict(pc=pick(rng, s["pc"]), dur=dur, hx=fill(pick(rng, s["hx"]), dur=dur), rf=rf, exam=pick(rng, s["exam"]),
                imp=pick(rng, s["imp"]), plan=list(s["plan"]), sn=pick(rng, s["sn"]), rx=s["rx"], inv=s["inv"], key=s["key"])


def pmh_text(rng, p, style=None):
    if not p["conds"]:
        return pick(rng, ["Nil significant", "Nil of note", "None", "No significant PMH", "NIL"])
    s = rng.randrange(3) if style is None else style
    if s == 0:
        return ", ".join(p["conds"])
    if s == 1:
        return "\n".join("- " + c for c in p["conds"])
    return "\n".join("%s (%d)" % (c, rng.randint(2003, 2020)) for c in p["conds"])


def meds_text(rng, p, style=None):
    if not p["meds"]:
        return pick(rng, ["Nil regular", "None", "No regular medication", "Nil"])
    s = rng.randrange(3) if style is None else style
    if s == 0:
        return "\n".join("%s - %s" % (m[0], m[1].lower()) for m in p["meds"])
    if s == 1:
        return ", ".join(short_drug(m[0]) for m in p["meds"])
    return "\n".join("%d) %s  %s  (%s)" % (i + 1, m[0], m[1], m[2]) for i, m in enumerate(p["meds"]))


def short_drug(name):
    w = name.split()
    out = [w[0]]
    for x in w[1:]:
        out.append(x)
        if any(ch.isdigit() for ch in x):
            break
    return " ".join(out)


def vitals(rng, sick=False):
    if sick:
        return dict(t="%.1f" % rng.uniform(37.8, 39.3), hr=rng.randint(98, 124), bp="%d/%d" % (rng.randint(92, 128), rng.randint(55, 80)),
                    rr=rng.randint(20, 28), sats=rng.randint(89, 95))
    return dict(t="%.1f" % rng.uniform(36.2, 37.4), hr=rng.randint(60, 92), bp="%d/%d" % (rng.randint(112, 158), rng.randint(64, 94)),
                rr=rng.randint(12, 18), sats=rng.randint(95, 99))


def hs_obs(rng, hs):
    """Observation line coherent with a hospital scenario (None if exam already gives obs)."""
    ex = hs.get("exam", "")
    if any(t in ex for t in ("HR ", "SpO2", "T 3")):
        return None
    v = vitals(rng, sick=False)
    return "T %s  HR %d  BP %s  RR %d  SpO2 %d%%" % (v["t"], v["hr"], v["bp"], v["rr"], v["sats"])


def no_allergy(p):
    a = p["allergy"].lower()
    return "nk" in a or "nil" in a or "no known" in a


SPEC_TITLE = {"Cardiology": "Cardiologist", "Respiratory Medicine": "Respiratory Physician", "Gastroenterology": "Gastroenterologist",
              "Endocrinology": "Endocrinologist", "Rheumatology": "Rheumatologist", "Neurology": "Neurologist", "Dermatology": "Dermatologist",
              "Urology": "Urological Surgeon", "Gynaecology": "Gynaecologist", "ENT": "ENT Surgeon", "Trauma & Orthopaedics": "Orthopaedic Surgeon",
              "Care of the Elderly": "Geriatrician", "Paediatrics": "Paediatrician", "Haematology": "Haematologist"}

BOILER_HOSP = [
    "This letter has been copied to the patient in line with NHS guidance on sharing letters with patients. If you would prefer not to receive copies of letters, please let us know.",
    "If you have any queries regarding this letter please contact the secretary on %(tel)s (Mon-Fri 09:00-16:30).",
    "Pending results at time of discharge: %(pend)s. These will be reviewed by the responsible team who will inform the GP of any required action.",
    "VTE risk assessment completed on admission: yes. Thromboprophylaxis given as per Trust policy.",
    "Smoking status: %(smoke)s. Very brief advice given and referral offered to the stop smoking service.",
    "Infection control: MRSA screen negative. No alerts.",
    "The patient's nominated community pharmacy has been sent this information via the Discharge Medicines Service.",
    "Please note: the information contained in this document is confidential and intended for the named recipient only. The Trust accepts no responsibility for information altered after transmission.",
    "Patient / carer given verbal and written information about their condition and medicines, and told who to contact if they have concerns.",
    "Registered office: %(trust)s. Chair: %(chair)s. Chief Executive: %(ceo)s.",
]
BOILER_GP = [
    "This practice is part of %(town)s Primary Care Network. We are a training practice and may have GP registrars and medical students working with us.",
    "Please quote the patient's NHS number in all correspondence. Secure email: %(email)s",
    "Our telephone lines are open 08:00-18:30 Monday to Friday. Out of hours please call NHS 111.",
    "The practice is committed to protecting your personal data. Our privacy notice is available on our website or from reception.",
    "Repeat prescriptions can be ordered through the NHS App. Please allow two working days.",
]


def boiler(rng, ctx, kind="hosp", n=None):
    pool = BOILER_HOSP if kind == "hosp" else BOILER_GP
    n = rng.randint(1, 3) if n is None else n
    vals = dict(tel=phone(rng), pend=pick(rng, ["blood cultures", "histology", "none", "urine culture", "vitamin D"]),
                smoke=pick(rng, ["never smoked", "ex-smoker", "current smoker"]), trust=ctx["trust"],
                chair="%s %s" % (pick(rng, FIRST_F + FIRST_M), pick(rng, LAST)), ceo="%s %s" % (pick(rng, FIRST_F + FIRST_M), pick(rng, LAST)),
                town=ctx["prac_town"], email=ctx["prac_email"])
    return "\n\n".join(x % vals for x in rng.sample(pool, min(n, len(pool))))


# ---------------------------------------------------------------- type generators
def rx_line(rng, r, style=None):
    s = rng.randrange(4) if style is None else style
    if s == 0:
        return "%s - %s - %s" % r
    if s == 1:
        return "%s, %s (%s)" % (r[0], r[1].lower(), r[2])
    if s == 2:
        return "%s\n   %s\n   Qty: %s" % r
    return "%s  %s  %s" % (short_drug(r[0]), r[2], r[1].lower())


def consult_mode(rng):
    return pick(rng, ["Telephone", "Video", "Video consultation", "Telephone consultation", "Tel", "Online (video)",
                      "Telephone call-back", "Face to face (OOH base)", "e-consult follow-up call"])


def gen_progress_note(rng, ctx):
    style = rng.randrange(8)
    if style == 5:
        hs = pick(rng, HOSP_SCEN)
        p = pat_for(rng, ctx, hs)
        day = rng.randint(1, 5)
        doc = pick(rng, ["WR", "Ward round", "PTWR", "Consultant WR", "Medical review", "Reg review"])
        cons = make_clin(rng, "cons")
        jr = make_clin(rng, pick(rng, ["fy", "sho"]))
        v = vitals(rng, sick=(day < 2))
        lines = ["%s %s  %s" % (D(ctx), ftime(rng, 8, 12), ctx["ward"]),
                 "%s - %s (%s)" % (doc, cons["full"], pick(rng, ["Cons", "Consultant", hs["spec"]])),
                 "Day %d %s" % (day, pick(rng, ["of admission", "post admission", "" if not hs["proc"] else "post op"])),
                 "Dx: " + hs["dx"], ""]
        s_ = pick(rng, ["Feels better today. Eating and drinking.", "Slept poorly, some pain overnight.", "Pt reports improvement, less SOB.",
                        "No new complaints. Mobilising to toilet."])
        o_ = "Obs: T %s HR %d BP %s RR %d SpO2 %d%% %s" % (v["t"], v["hr"], v["bp"], v["rr"], v["sats"], pick(rng, ["RA", "on 2L", "RA"]))
        body = render(rng, [(["S", "Subjective"], s_), (["O", "Objective", "O/E"], o_ + "\n" + pick(rng, ["Chest: as before.", "Abdo soft.", "Alert, comfortable.", "Wound clean and dry."])),
                            (["A", "Imp", "Impression"], pick(rng, ["Improving", "Slow improvement", "Clinically stable"]) + " - " + hs["dx"]),
                            (["P", "Plan"], bullets(rng, [pick(rng, ["Continue current Mx", "Cont abx", "IV to oral switch if afebrile 24h"]),
                                                          "Bloods tomorrow", pick(rng, ["PT/OT review", "EDD " + D(ctx, ctx["date"] + datetime.timedelta(days=rng.randint(1, 4))), "Chase imaging"]),
                                                          pick(rng, ["For discharge when medically fit", "Update NOK", "VTE prophylaxis"])]))], style=rng.choice([1, 0, 6]))
        text = "\n".join(lines) + body + "\n\n" + "%s %s %s bleep %d" % (jr["full"], jr["job"], jr["reg"], rng.randint(1000, 9999))
        return finish(rng, text, ctx, p)
    if chance(rng, 0.15):
        return progress_journal(rng, ctx)
    s = scen_pc(rng)
    p = pat_for(rng, ctx, s)
    c = concrete_pc(rng, s)
    clin = ctx["gp"] if chance(rng, 0.65) else ctx["anp"]
    mode = consult_mode(rng)
    t = ftime(rng, 8, 22)
    rxs = "\n".join(rx_line(rng, r) for r in c["rx"]) if c["rx"] else ""
    if style == 0:  # EMIS-like journal
        hdr = "%s %s  %s  %s  (%s)" % (D(ctx), t, pick(rng, ["Telephone encounter", "Video consultation", "Remote consultation", "Telephone call"]),
                                        clin["full"], ctx["digital"] if chance(rng, 0.5) else ctx["practice"])
        secs = [("History", c["pc"] + " - " + c["hx"] + " " + neg_list(rng, c["rf"])), ("Examination", c["exam"]),
                ("Comment", pick(rng, ["Discussed with pt.", "Identity confirmed x2.", "Pt happy with plan.", ""])),
                ("Problem", c["imp"] + pick(rng, ["", " (New)", " (First)", " - New episode"])),
                ("Plan", " ".join(c["plan"])), ("Safety netting", c["sn"]), ("Medication", rxs)]
        text = hdr + "\n" + render(rng, secs, style=1, sep="\n")
    elif style == 1:  # SOAP
        secs = [("S", c["hx"] + "\n" + neg_list(rng, c["rf"])), ("O", c["exam"]), ("A", c["imp"]),
                ("P", bullets(rng, c["plan"] + [c["sn"]]))]
        text = "%s\n%s  %s  %s\n%s\n\n" % (service_header(rng, ctx), D(ctx), t, mode, pid_block(rng, ctx, p)) + render(rng, secs, style=rng.choice([1, 0]))
        text += "\n\n" + sig(rng, clin, style=rng.choice([2, 3, 6]))
    elif style == 2:  # OOH case record
        case = "%s%07d" % (pick(rng, ["", "OOH", "C", "AD"]), rng.randint(0, 9999999))
        text = "\n".join([
            ctx["ooh"], pick(rng, ["Patient Case Record", "Case Summary", "OUT OF HOURS CONSULTATION", "Clinical record - IUC"]), "",
            "Case No: %s" % case, "Received: %s %s   Source: %s" % (D(ctx), t, pick(rng, ["NHS 111", "NHS111 online", "Direct", "Ambulance ITK"])),
            "Priority: %s" % pick(rng, ["Urgent 2hr", "Routine 6hr", "Urgent 1hr", "Less urgent 12hr"]),
            "Consultation type: %s" % pick(rng, ["Telephone Advice", "Base Appointment", "Home Visit", "Video"]),
            "Location: %s" % ctx["base"], pid_block(rng, ctx, p, rng.choice([0, 2, 5])),
            "Registered GP practice: %s (%s)" % (ctx["practice"], ctx["prac_code"]), "",
            "111 Disposition: %s" % pick(rng, ["Speak to a Primary Care Service within 2 hours", "Contact a Primary Care Service within 6 hours",
                                              "Speak to Clinician within 1 hour"]), "",
            "Presenting Condition: " + c["pc"], "", "Consultation:", c["hx"], neg_list(rng, c["rf"]), c["exam"], "",
            "Diagnosis: " + c["imp"], "Treatment: " + ("; ".join(short_drug(r[0]) for r in c["rx"]) or "Advice only"),
            "Advice: " + c["sn"], "Outcome: " + pick(rng, ["Advice given / self care", "Prescription issued - EPS", "Refer to own GP routine",
                                                        "Referred to ED", "Completed"]),
            "", "Clinician: %s %s %s" % (clin["full"], clin["job"], clin["reg"]),
            pick(rng, ["Post Event Message sent to registered GP %s" % D(ctx), "PEM sent via ITK", "Copy to GP practice electronically"])])
    elif style == 3:  # digital service video record
        text = "\n".join([service_header(rng, ctx), "", pid_block(rng, ctx, p), "",
                          "Date/time: %s %s" % (D(ctx), t), "Consultation type: %s" % mode,
                          "Clinician: %s (%s)" % (clin["full"], clin["job"]), ""])
        secs = [(["Identity", "ID check"], pick(rng, ["Name, DOB and address confirmed.", "ID verified via app (photo ID on file).", "3 point ID check done."])),
                (["Consent", "Consent for remote consultation"], pick(rng, ["Verbal consent obtained.", "Pt consents to video consultation. Private location confirmed.", "Yes"])),
                (["Presenting complaint", "PC", "Reason for consultation"], c["pc"]),
                (["History", "HPC", "History of presenting complaint"], c["hx"]),
                (["Red flags", "Red flag screen", "Relevant negatives"], neg_list(rng, c["rf"])),
                (["PMH"], pmh_text(rng, p, 0)), (["DH", "Current medication"], meds_text(rng, p, 1)), (["Allergies"], p["allergy"]),
                (["Examination", "Remote examination", "O/E (limited - remote)"], c["exam"]),
                (["Impression", "Working diagnosis", "Assessment"], c["imp"]),
                (["Plan", "Management"], bullets(rng, c["plan"])),
                (["Safety netting", "Safety-net advice"], c["sn"]),
                (["Prescription", "Prescribed"], rxs)]
        text += render(rng, secs)
    elif style == 4:  # narrative, dictation habits
        bits = [pick(rng, ["Spoke to pt.", "Tel call to pt, ID confirmed.", "Video call - pt at home.", "Called back re 111 referral.",
                           "T/C with %s (mum)." % pick(rng, FIRST_F) if p["age"] < 14 else "T/C with pt."]),
                c["hx"], "Denies " + ", ".join(x.replace("no ", "") for x in c["rf"][:3]) + ".", c["exam"],
                "Imp: " + c["imp"] + ".", " ".join(c["plan"]), c["sn"]]
        text = "%s - %s - %s\n%s\n" % (D(ctx), mode, clin["short"], pname(rng, p, rng.choice([1, 2]))) + pick(rng, ["\n", " "]).join(bits)
        if chance(rng, 0.5):
            text += "\n" + clin["init"].lower()
    elif style == 6:  # follow up review
        fu = pick(rng, ["2 week review", "Follow up call", "Review as planned", "F/U telephone", "Results review"])
        text = "\n".join(["%s   %s" % (D(ctx), fu), pid_block(rng, ctx, p, rng.choice([0, 5])), "",
                          "Seen %s ago with %s (%s)." % (pick(rng, ["1 week", "10 days", "2 weeks", "3 days"]), c["pc"].lower(), c["imp"]),
                          pick(rng, ["Much improved, symptoms resolving.", "Partial improvement.", "Completed course, feels back to normal.",
                                     "Some ongoing symptoms but better than before."]),
                          pick(rng, ["Tolerating medication, no side effects.", "Mild nausea with meds, manageable.", "No new red flags."]),
                          "Plan: " + pick(rng, ["no further action, re-contact PRN.", "continue, review 4/52.", "bloods as previously arranged.",
                                                "discharge from this episode."]), "", clin["full"] + ", " + clin["job"]])
    else:  # SystmOne-like with codes
        code = lambda: "X%s%s%s" % (pick(rng, "abcdE0"), pick(rng, "0123456789"), pick(rng, "ABcdX0y"))
        text = "\n".join(["%s %s - %s - %s" % (D(ctx), t, clin["full"], ctx["practice"] if chance(rng, 0.5) else ctx["digital"]),
                          "%s (%s)" % (pick(rng, ["Telephone consultation", "Video consultation", "Telephone triage encounter"]), code()),
                          "Reason for contact: " + c["pc"], "History: " + c["hx"],
                          "%s (%s)" % (c["rf"][0].capitalize(), code()),
                          "Examination: " + c["exam"], "%s (%s)" % (c["imp"], code()),
                          "Plan: " + " ".join(c["plan"]), "Safety netting advice given (%s)" % code(),
                          "Medication: " + ("; ".join(short_drug(r[0]) + " " + r[2] for r in c["rx"]) or "none issued")])
    return finish(rng, text, ctx, p)


def progress_journal(rng, ctx):
    """Printed GP journal with several consultations for one patient."""
    s0 = scen_pc(rng)
    p = pat_for(rng, ctx, s0)
    n = rng.randint(2, 5)
    dates = sorted(ctx["date"] - datetime.timedelta(days=rng.randint(0, 400)) for _ in range(n))
    out = [pick(rng, ["Consultations", "Journal - selected entries", "Clinical record printout", "Patient record summary - consultations"]),
           pid_block(rng, ctx, p, rng.choice([0, 2, 5])), pick(rng, ["Usual GP: " + ctx["usual_gp"]["full"], "Registered: " + ctx["practice"]]), ""]
    for d in dates:
        s = scen_pc(rng, p) if chance(rng, 0.6) else s0
        c = concrete_pc(rng, s)
        clin = pick(rng, [ctx["gp"], ctx["anp"], ctx["usual_gp"]])
        out.append("%s %s  %s - %s" % (fdate(d, ctx["dfmt"]), ftime(rng, 8, 19), consult_mode(rng), clin["full"]))
        if chance(rng, 0.25):
            out.append("   " + pick(rng, ["Medication requested via NHS App - issued.", "Letter received from hospital - filed.", "DNA - telephone appointment, 2 attempts no answer.",
                                          "Admin: fit note extension issued.", "Results reviewed - normal, no action."]))
        else:
            out.append("   History: %s %s" % (c["pc"] + ".", c["hx"]))
            out.append("   Examination: " + c["exam"])
            out.append("   Problem: " + c["imp"])
            out.append("   Plan: " + " ".join(c["plan"][:2]) + " " + c["sn"])
            for r in c["rx"]:
                out.append("   Medication: %s %s (%s)" % (r[0], r[1].lower(), r[2]))
        out.append("")
    return finish(rng, "\n".join(out), ctx, p)


def disch_meds(rng, p, hs):
    lines = []
    for m in p["meds"]:
        if any(st[0].split()[0].lower() in m[0].lower() for st in hs["stopped"]):
            continue
        lines.append((m[0], m[1], "unchanged"))
    for m in hs["new"]:
        lines.append((m[0], m[1], "NEW - " + m[2] if m[2] else "NEW"))
    return lines


def gen_discharge_summary(rng, ctx):
    hs = pick(rng, HOSP_SCEN)
    p = pat_for(rng, ctx, hs)
    los = rng.randint(*hs["los"])
    adm = ctx["date"] - datetime.timedelta(days=los)
    cons = make_clin(rng, "surg" if "Surg" in hs["spec"] or "Ortho" in hs["spec"] else "cons")
    jr = make_clin(rng, pick(rng, ["fy", "sho", "reg"]))
    dur = pick(rng, hs["dur"])
    meds = disch_meds(rng, p, hs)
    style = rng.randrange(7)
    mtxt_style = rng.randrange(3)
    if mtxt_style == 0:
        mt = "\n".join("%-55s %-22s %s" % (m[0], m[1], m[2]) for m in meds) or "None"
    elif mtxt_style == 1:
        mt = "\n".join("%s %s [%s]" % (short_drug(m[0]), m[1].lower(), m[2]) for m in meds) or "Nil"
    else:
        mt = "Medication | Dose/Frequency | Status\n" + "\n".join("%s | %s | %s" % m for m in meds)
    stopped = "\n".join("%s - %s" % s for s in hs["stopped"]) or pick(rng, ["None", "Nil", "No medicines stopped"])
    bloods = ", ".join("%s %s" % b for b in hs["bloods"])
    gp_act = hs["fu"]
    title = pick(rng, ["DISCHARGE SUMMARY", "Inpatient Discharge Letter", "Transfer of Care - Discharge Summary", "Immediate Discharge Document (IDD)",
                       "eDischarge", "Notification of Discharge", "", "Electronic Discharge Notification", "Hospital Discharge Summary"])
    head = hosp_header(rng, ctx, hs["spec"])
    if style in (0, 1, 2):
        secs = [(None, pid_block(rng, ctx, p)),
                (None, "GP: %s, %s (%s)" % (ctx["usual_gp"]["full"], ctx["practice"], ctx["prac_code"])),
                (["Admission date", "Date of admission", "Admitted"], fdate(adm, ctx["dfmt"])),
                (["Discharge date", "Date of discharge", "Discharged"], D(ctx)),
                (["Consultant", "Responsible consultant"], "%s (%s)" % (cons["full"], hs["spec"])),
                (["Ward", "Discharging ward"], ctx["ward"]),
                (["Method of admission", "Admission method", "Source"], pick(rng, ["Emergency - ED", "GP referral", "Emergency via 999", "Referred by OOH GP", "Via SDEC"])),
                (["Diagnosis", "Primary diagnosis", "Principal diagnosis", "Main condition treated"], hs["dx"]),
                (["Comorbidities", "Secondary diagnoses", "Co-morbidities", "PMH"], pmh_text(rng, p)),
                (["Presenting complaint", "Reason for admission", "Presentation"], fill(hs["pc"] + ". " + hs["hpc"], dur=dur)),
                (["Procedures", "Operations/procedures"], hs["proc"]),
                (["Investigations", "Key investigations", "Results"], bloods + "\n" + hs["imaging"]),
                (["Clinical summary", "Hospital course", "Summary of admission", "Progress"], hs["course"]),
                (["Medication on discharge", "TTO", "Discharge medications", "Medicines on discharge"], mt),
                (["Medication stopped", "Stopped medicines", "Changes to medication"], stopped),
                (["Allergies", "Allergies/ADRs"], p["allergy"]),
                (["Actions for GP", "GP actions", "Follow up", "Information for GP"], gp_act),
                (["Information given to patient", "Patient informed"], pick(rng, ["Diagnosis and medications explained. Patient aware.", "Yes - copy given", "Discussed with pt and daughter."])),
                (["Functional status", "Mobility on discharge"], pick(rng, ["Independent", "Mobile with frame", "Back to baseline", "Independent with stick"])),
                (["Discharge destination", "Discharged to"], pick(rng, ["Usual residence", "Home", "Home with package of care", "Residential care home"]))]
        text = "\n".join(x for x in [head, title] if x) + "\n\n" + render(rng, secs, style=[1, 0, 2][style])
        text += "\n\nCompleted by: %s %s %s" % (jr["full"], jr["job"], jr["reg"])
        if chance(rng, 0.6):
            text += "\n\n" + boiler(rng, ctx, "hosp", rng.randint(1, 4))
    elif style == 3:  # letter style
        text = "%s\n\n%s\n\nDear %s,\n\n%s\n\n" % (head, D(ctx), pick(rng, ["Dr " + ctx["usual_gp"]["last"], "Colleague", "GP"]),
                                                  pid_block(rng, ctx, p, 3))
        text += "Diagnosis: %s\n\n" % hs["dx"]
        text += ("This %d year old %s was admitted under my care on %s with %s. %s\n\n%s %s\n\n%s\n\n" % (
            p["age"], p["sexword"], fdate(adm, ctx["dfmt"]), hs["pc"].lower(), fill(hs["hpc"], dur=dur), hs["imaging"], bloods, hs["course"]))
        text += "Medications on discharge:\n%s\n\nStopped: %s\n\nFollow up: %s\n\n" % (mt, stopped, gp_act)
        text += sig(rng, cons, style=rng.choice([0, 5])) + "\n\ncc: Patient"
        if chance(rng, 0.5):
            text += "\n\n" + boiler(rng, ctx, "hosp")
    elif style == 4:  # brief nurse-led / short stay
        text = "\n".join([title or "Short stay discharge", ctx["hosp"], pid_block(rng, ctx, p, 0),
                          "Adm %s  Disch %s  LOS %d days" % (fdate(adm, ctx["dfmt"]), D(ctx), los),
                          "Dx: " + hs["dx"], "Summary: " + hs["course"], "TTO: " + "; ".join(short_drug(m[0]) for m in meds if m[2] != "unchanged"),
                          "GP: " + gp_act, "Signed %s" % jr["short"]])
    elif style == 5:  # tabular e-discharge with coding
        text = "%s\n%s\n\n" % (head, "=" * 60)
        text += "PATIENT DETAILS\n%s\n\n" % pid_block(rng, ctx, p, 4)
        text += "ADMISSION DETAILS\nSpecialty: %s   Consultant: %s\nAdmitted: %s   Discharged: %s\n\n" % (hs["spec"], cons["full"], fdate(adm, ctx["dfmt"]), D(ctx))
        text += "CLINICAL NARRATIVE\n%s\n\nDIAGNOSES\n1. %s\n" % (hs["course"], hs["dx"])
        for i, cnd in enumerate(p["conds"][:3]):
            text += "%d. %s\n" % (i + 2, cnd)
        text += "\nMEDICATIONS\n%s\n\nSTOPPED/CHANGED\n%s\n\nFOLLOW UP ARRANGEMENTS\n%s\n\nGP ACTIONS REQUIRED: %s\n" % (
            mt, stopped, gp_act, pick(rng, ["Yes - see above", "Yes", "None"]))
        text += "\nAuthor: %s (%s)  Date: %s\nThis summary was sent electronically to %s" % (jr["full"], jr["job"], D(ctx), ctx["practice"])
        if chance(rng, 0.7):
            text += "\n\n" + boiler(rng, ctx, "hosp", rng.randint(2, 5))
    else:  # GP practice workflow summary of received discharge
        text = "\n".join(["%s  Document received: %s" % (ctx["practice"], D(ctx)),
                          "From: %s - %s" % (ctx["hosp"], hs["spec"]), pid_block(rng, ctx, p, 0),
                          "Document type: %s" % pick(rng, ["Discharge notification", "Inpatient letter", "Clinical letter"]), "",
                          "Admitted %s with %s. Diagnosis: %s." % (fdate(adm, ctx["dfmt"]), hs["pc"].lower(), hs["dx"]),
                          hs["course"], "", "Discharge medication:", mt, "", "Requested of GP: " + gp_act, "",
                          "Workflow: %s" % pick(rng, ["Meds reconciled by practice pharmacist", "Coded and filed", "Task sent to usual GP", "Actioned - bloods booked"])])
    return finish(rng, text, ctx, p)


def gen_history_physical(rng, ctx):
    hs = pick(rng, HOSP_SCEN)
    p = pat_for(rng, ctx, hs)
    dur = pick(rng, hs["dur"])
    clerk = make_clin(rng, pick(rng, ["fy", "sho", "reg"]))
    style = rng.randrange(7)
    ros = pick(rng, ["Systems review: nil else of note.", "SR: no headache, no urinary sx, bowels normal.", "ROS otherwise negative.",
                     "CVS: no palps. RS: as HPC. GI: appetite reduced. GU: NAD. CNS: NAD."])
    fh = pick(rng, ["FH: father IHD", "FH nil relevant", "Mother - T2DM, breast ca", "Nil", "FHx: NKFH"])
    imp = hs["dx"]
    plan = [pick(rng, ["Bloods inc. FBC, U&E, LFT, CRP, coag", "Bloods sent", "VBG"]), hs["imaging"].split(":")[0] + " - requested",
            pick(rng, ["IV access, fluids", "Analgesia", "Oxygen to target sats"]), pick(rng, ["VTE assessment", "Obs 4 hrly", "NEWS monitoring"]),
            pick(rng, ["Discuss with registrar", "Review by reg on PTWR", "Escalation: for full escalation", "DNACPR discussion: for full resus"])]
    obs = hs_obs(rng, hs) or pick(rng, ["Obs as below.", "Obs: see ED chart", "NEWS2 as per chart."])
    if style in (0, 1, 2, 3):
        secs = [(["PC", "Presenting complaint", "C/O", "Complaint"], hs["pc"]),
                (["HPC", "History of presenting complaint", "HxPC"], fill(hs["hpc"], dur=dur)),
                (["PMH", "Past medical history", "PMHx"], pmh_text(rng, p)),
                (["DH", "Drug history", "Medications", "Meds"], meds_text(rng, p)),
                (["Allergies", "ADR"], p["allergy"]), (["SH", "Social history", "Social"], p["social"]), (["FH", "Family history"], fh),
                (["Systems review", "ROS", "SR"], ros),
                (["O/E", "Examination", "On examination"], obs + "\n" + hs["exam"]),
                (["Ix", "Investigations", "Results"], ", ".join("%s %s" % b for b in hs["bloods"]) + "\n" + hs["imaging"]),
                (["Imp", "Impression", "Diagnosis", "Working diagnosis", "Differential"], imp),
                (["Plan", "Management plan"], bullets(rng, plan))]
        title = pick(rng, ["Medical Admission Clerking", "ADMISSION", "Admission Proforma", "Surgical clerking", "Clerking", "", "Acute Medical Take - Clerking"])
        text = "\n".join(x for x in [hosp_header(rng, ctx, hs["spec"]) if chance(rng, 0.6) else "", title,
                                     pid_block(rng, ctx, p), "Date/time seen: %s %s   Location: %s" % (D(ctx), ftime(rng), pick(rng, ["ED", "AMU", "SAU", "ED Majors", "Resus", "SDEC"])),
                                     "Referred by: " + pick(rng, ["ED", "GP (remote consultation)", "OOH GP", "NHS 111", "999 crew"])] if x) + "\n\n"
        text += render(rng, secs, style=[0, 1, 4, 6][style])
        text += "\n\n%s %s %s Bleep %d" % (clerk["full"], clerk["job"], clerk["reg"], rng.randint(1000, 9999))
    elif style == 4:  # handwritten-ish compressed
        text = "\n".join(["%s %s  %s" % (D(ctx), ftime(rng), pick(rng, ["Clerked in ED", "Clerking AMU", "SAU clerk"])),
                          "%dy%s" % (p["age"], p["sex"]) + " " + hs["pc"], "HPC " + fill(hs["hpc"], dur=dur),
                          "PMH " + pmh_text(rng, p, 0), "DH " + meds_text(rng, p, 1), "All " + p["allergy"], "SH " + p["social"],
                          "O/E " + obs, hs["exam"], "Imp ?" + imp, "Plan", bullets(rng, plan, 0), clerk["short"] + " " + clerk["job"]])
    elif style == 5:  # admission letter from GP-led community hospital
        text = "\n".join(["%s Community Hospital - Admission Assessment" % pick(rng, TOWNS), pid_block(rng, ctx, p, 1), "",
                          "Admitted from: %s" % ctx["hosp"], "Reason: step-down rehabilitation following " + hs["dx"].lower(), "",
                          "History: " + fill(hs["hpc"], dur=dur) + " " + hs["course"], "", "PMH:\n" + pmh_text(rng, p, 1),
                          "Medications:\n" + meds_text(rng, p, 0), "Allergies: " + p["allergy"], "",
                          "Examination: %s. Chest clear, HS normal, abdomen soft. %s" % (obs.replace("  ", ", "), pick(rng, ["Mobilising with frame.", "Pressure areas intact.", "Waterlow 14."])),
                          "", "Impression: recovering " + imp.lower(), "Plan: PT/OT rehab goals, EDD 2 weeks, MDT Thursday.", "", sig(rng, ctx["gp"], style=3)])
    else:  # paediatric / structured form with tick boxes
        text = "\n".join([hosp_header(rng, ctx), "ADMISSION HISTORY & EXAMINATION", pid_block(rng, ctx, p, 2), "",
                          "Source of referral: [x] %s  [ ] Other" % pick(rng, ["GP", "ED", "111"]),
                          "Presenting complaint ......... " + hs["pc"],
                          "History .......... " + fill(hs["hpc"], dur=dur),
                          "PMH .......... " + pmh_text(rng, p, 0), "Medications ........ " + meds_text(rng, p, 1),
                          "Allergies [%s] None known  [%s] Yes: %s" % ("x" if no_allergy(p) else " ", " " if no_allergy(p) else "x", "" if no_allergy(p) else p["allergy"]),
                          "Social ........ " + p["social"], "", "EXAMINATION", "Obs: " + obs, "General: " + pick(rng, ["unwell", "comfortable", "alert, pale"]),
                          hs["exam"], "", "IMPRESSION: " + imp, "PLAN:", bullets(rng, plan, 1), "", "Doctor: %s  Grade: %s  Sig: ____" % (clerk["full"], clerk["job"])])
    return finish(rng, text, ctx, p)


def gen_consult_note(rng, ctx):
    sc = pick(rng, SPEC_CONSULT)
    amin, amax, sex = 30, 85, None
    if sc["spec"] == "Paediatrics":
        amin, amax = 1, 2
    elif sc["spec"] == "Gynaecology":
        amin, amax, sex = 55, 80, "F"
    elif sc["spec"] == "Urology":
        amin, amax, sex = 55, 80, "M"
    elif sc["spec"] == "Care of the Elderly":
        amin, amax = 75, 94
    p = make_patient(rng, ctx["date"], amin, amax, sex)
    cons = make_clin(rng, "surg" if sc["spec"] in ("Trauma & Orthopaedics", "Urology", "ENT") else "cons")
    cons["job"] = "Consultant " + ("Physician" if chance(rng, 0.2) and sc["spec"] in ("Cardiology", "Respiratory Medicine", "Care of the Elderly", "Endocrinology") else SPEC_TITLE.get(sc["spec"], "in " + sc["spec"]))
    gp = ctx["usual_gp"]
    style = rng.randrange(7)
    clinic = pick(rng, ["%s Outpatient Clinic" % sc["spec"], "%s Clinic" % sc["spec"], "New patient clinic", "Virtual clinic (telephone)",
                        "Rapid access clinic", "%s OPD" % sc["spec"]])
    intro = pick(rng, ["Thank you for referring this %d year old %s whom I saw in %s on %s regarding %s." % (p["age"], p["sexword"], clinic.lower(), D(ctx), sc["reason"]),
                       "I reviewed %s in clinic today with regard to %s." % (p["first"], sc["reason"]),
                       "Many thanks for asking me to see %s %s with %s." % (p["title"], p["last"], sc["reason"]),
                       "This patient was seen via video consultation today following your referral through e-RS for %s." % sc["reason"]])
    dx_block = "Diagnosis:\n1. %s\n" % sc["imp"] + "".join("%d. %s\n" % (i + 2, c) for i, c in enumerate(p["conds"][:3]))
    plan = bullets(rng, sc["plan"])
    if style in (0, 1):  # classic UK clinic letter with diagnosis/plan summary up front
        text = "%s\n\n%s\nClinic: %s   Date seen: %s   Typed: %s\n\n%s\n\n%s\n\nDear Dr %s\n\n%s\n%s\n%s\n\n%s\n\n" % (
            hosp_header(rng, ctx, sc["spec"]), "Ref: %s/%s" % (cons["init"], pick(rng, ["ab", "jt", "kp", "sec"])), clinic, D(ctx),
            fdate(ctx["date"] + datetime.timedelta(days=rng.randint(2, 20)), ctx["dfmt"]),
            "%s\n%s\n%s, %s" % (gp["full"], ctx["practice"], ctx["prac_addr"], ctx["prac_town"]),
            pid_block(rng, ctx, p, 3), gp["last"], dx_block, pick(rng, ["Plan:", "Actions:", "Management plan:"]), plan, intro)
        text += "%s\n\n%s %s\n\n%s %s\n\n%s\n\n" % (
            sc["hx"], pick(rng, ["On examination:", "Examination:", "On examination today"]), sc["exam"], pick(rng, ["Investigations:", "Results:", "Tests so far:"]), sc["inv"],
            pick(rng, ["I have explained the diagnosis and the plan above.", "We discussed the findings at length and I have given written information.",
                       "I will see %s again after the tests." % p["him"], "I have not arranged further follow up and have discharged %s back to your care." % p["him"]]))
        text += sig(rng, cons, style=rng.choice([0, 5])) + "\n\ncc: %s %s, %s" % (p["title"], p["last"], ", ".join(address_block(p, rng)))
        if chance(rng, 0.5):
            text += "\n\n" + boiler(rng, ctx, "hosp", rng.randint(1, 2))
    elif style == 2:  # structured consultation report
        secs = [(None, pid_block(rng, ctx, p)), (["Referred by", "Referrer"], "%s, %s" % (gp["full"], ctx["practice"])),
                (["Reason for referral", "Referral reason"], sc["reason"]), (["History"], sc["hx"]),
                (["PMH", "Past medical history"], pmh_text(rng, p)), (["Medication"], meds_text(rng, p)),
                (["Examination", "O/E"], sc["exam"]), (["Investigations", "Results"], sc["inv"]),
                (["Impression", "Opinion", "Assessment"], sc["imp"]), (["Plan", "Recommendations"], plan)]
        text = "%s\n%s\n%s\n\n" % (pick(rng, ["CONSULTATION", "Specialist Consultation", sc["spec"] + " consultation", "Outpatient review"]), hosp_header(rng, ctx, sc["spec"]), D(ctx))
        text += render(rng, secs) + "\n\n" + sig(rng, cons, style=2)
    elif style == 3:  # inpatient consult request response
        text = "\n".join(["%s %s  %s REVIEW (%s)" % (D(ctx), ftime(rng), sc["spec"].upper(), pick(rng, ["ward referral", "inpatient consult", "called by medical team"])),
                          "Asked to see re: " + sc["reason"], "Hx: " + sc["hx"], "O/E: " + sc["exam"], "Ix: " + sc["inv"],
                          "Imp: " + sc["imp"], "Recs:", bullets(rng, sc["plan"], 1), "Will follow up / happy to be contacted.",
                          "%s (%s reg) bleep %d" % (make_clin(rng, "reg")["full"], sc["spec"], rng.randint(1000, 9999))])
    elif style == 4:  # letter addressed to patient (copied to GP)
        text = "%s\n\n%s\n\nDear %s %s\n\n%s\n\n" % (hosp_header(rng, ctx, sc["spec"]), "\n".join([pname(rng, p, 0)] + address_block(p, rng)),
                                                       p["title"] or p["first"], p["last"], D(ctx))
        text += ("I am writing to you, as I now do for all my patients, to summarise our appointment on %s about %s. A copy goes to your GP, %s.\n\n"
                 "What we found: %s %s\n\nWhat we think is going on: %s\n\nWhat happens next:\n%s\n\n" % (
                     D(ctx), sc["reason"], gp["full"], sc["exam"], sc["inv"], sc["imp"], plan))
        text += sig(rng, cons, style=0) + "\n\ncc: %s, %s" % (gp["full"], ctx["practice"])
    elif style == 5:  # advice & guidance response
        text = "\n".join(["e-RS Advice and Guidance response", "Specialty: %s   Provider: %s" % (sc["spec"], ctx["trust"]),
                          "UBRN: %012d" % rng.randint(0, 10**12 - 1), pid_block(rng, ctx, p, 0), "",
                          "Question from %s: Please advise re %s. %s" % (gp["short"], sc["reason"], sc["hx"]), "",
                          "Response (%s, %s):" % (cons["full"], D(ctx)),
                          "Thank you. Having reviewed the information provided, %s is the likely diagnosis. %s" % (sc["imp"].lower(), " ".join(sc["plan"][:2])),
                          pick(rng, ["Please convert to referral if not settling.", "I have converted this to a routine referral.", "No need for referral at this stage."])])
    else:  # dictated without headings, long prose
        text = "%s\n%s\n\n%s\n\nDear %s,\n\n" % (hosp_header(rng, ctx, sc["spec"]), D(ctx), pid_block(rng, ctx, p, 5), gp["full"])
        text += "%s %s %s\n\n" % (intro, sc["hx"], pick(rng, ["Past history includes %s." % ", ".join(p["conds"]).lower() if p["conds"] else "There is no significant past history.", ""]))
        text += "On examination %s %s\n\n" % (sc["exam"][0].lower() + sc["exam"][1:], "Investigations so far: " + sc["inv"])
        text += "My impression is %s. %s\n\n%s" % (sc["imp"].lower(), " ".join(sc["plan"]), sig(rng, cons, style=rng.choice([0, 1, 5])))
    return finish(rng, text, ctx, p)


OPS = [
    dict(name="Laparoscopic cholecystectomy", ind="Symptomatic gallstones / recurrent biliary colic", amin=25, amax=80,
         find="Chronically inflamed gallbladder with multiple stones. Normal anatomy. Critical view of safety achieved.",
         steps=["Open Hasson technique at umbilicus, pneumoperitoneum 12mmHg.", "3 further ports under vision.",
                "Calot's triangle dissected, cystic duct and artery clipped x2 and divided.", "GB dissected from liver bed with diathermy, retrieved in bag via umbilicus.",
                "Haemostasis checked, washout.", "Port sites closed: 0 PDS to umbilical sheath, 3/0 monocryl subcuticular. LA infiltration."],
         ebl="minimal", post="Home same day if well. Oral analgesia. Remove dressings 48h. No routine follow-up."),
    dict(name="Laparoscopic appendicectomy", ind="Acute appendicitis", amin=10, amax=55,
         find="Inflamed, non-perforated appendix, small amount of serous free fluid. Normal terminal ileum.",
         steps=["3-port technique.", "Mesoappendix divided with diathermy.", "Base secured with 2 endoloops, appendix removed in bag.",
                "Suction of RIF/pelvis.", "Closure: 0 vicryl sheath, skin glue."],
         ebl="<10ml", post="Eat and drink as tolerated. Home when comfortable. No antibiotics required post op."),
    dict(name="Right inguinal hernia repair (Lichtenstein mesh)", ind="Symptomatic reducible right inguinal hernia", amin=30, amax=85,
         find="Indirect inguinal hernia, sac to deep ring. Cord structures normal.",
         steps=["Right groin crease incision.", "External oblique opened, ilioinguinal nerve preserved.", "Sac dissected and reduced.",
                "Prolene mesh secured with 2/0 prolene to inguinal ligament and conjoint tendon.", "EO closed 2/0 vicryl, skin 4/0 monocryl."],
         ebl="minimal", post="Day case. No heavy lifting 4-6 weeks. Wound check PN 7 days."),
    dict(name="Left carpal tunnel decompression", ind="Carpal tunnel syndrome confirmed on NCS", amin=35, amax=85,
         find="Thickened transverse carpal ligament, median nerve compressed with hourglass constriction.",
         steps=["Local anaesthetic, arm tourniquet.", "Longitudinal incision in line with radial border ring finger.",
                "TCL divided completely under direct vision.", "Nerve inspected - intact.", "Skin 4/0 nylon interrupted."],
         ebl="nil", post="Elevate. Keep dressing dry. ROS 10-14 days at GP practice."),
    dict(name="Right total knee replacement", ind="End stage osteoarthritis right knee", amin=55, amax=88,
         find="Tricompartmental OA, eburnation medial compartment. ACL deficient.",
         steps=["Tourniquet. Midline incision, medial parapatellar arthrotomy.", "Intramedullary femoral and extramedullary tibial jigs.",
                "Bone cuts, trial - good balance and ROM.", "Cemented components inserted, patella not resurfaced.", "Washout, LIA, closure in layers, clips to skin."],
         ebl="200ml", post="FWB. Physio. VTE prophylaxis 14 days. Clips out day 12-14. Fracture clinic 6 weeks."),
    dict(name="Excision of skin lesion (minor surgery)", ind="Suspicious pigmented lesion left upper back", amin=25, amax=85,
         find="8mm pigmented irregular lesion.", steps=["Consent confirmed. 1% lidocaine 4ml.", "Elliptical excision with 2mm margin.",
                                                        "Sent for histology.", "Closure 4/0 prolene x4 interrupted."],
         ebl="minimal", post="Sutures out 10-14 days with practice nurse. Results in 2-3 weeks."),
    dict(name="Left hip hemiarthroplasty", ind="Displaced intracapsular fractured neck of femur", amin=70, amax=97,
         find="Displaced subcapital fracture.", steps=["Lateral position. Hardinge approach.", "Femoral head removed, sized 47mm.",
                                                       "Femoral canal prepared, cemented stem.", "Reduced, stable.", "Closure in layers, clips."],
         ebl="350ml", post="FWB. Check XR. Hb day 1. Clips out 14 days."),
]


def gen_operative_note(rng, ctx):
    op = pick(rng, OPS)
    p = make_patient(rng, ctx["date"], op["amin"], op["amax"])
    surg = make_clin(rng, "surg")
    ass = make_clin(rng, pick(rng, ["reg", "sho"]))
    an = make_clin(rng, "anaes")
    minor = "minor" in op["name"]
    anaes = "LA" if minor or "carpal" in op["name"] else pick(rng, ["GA", "GA + LA infiltration", "Spinal + sedation", "GA with LMA"])
    if minor:
        surg = ctx["gp"]
    style = rng.randrange(7)
    steps = bullets(rng, op["steps"], rng.choice([0, 1, 4]))
    if style in (0, 1, 2):
        secs = [(None, pid_block(rng, ctx, p)), (["Date", "Date of operation"], D(ctx)),
                (["Surgeon", "Operating surgeon"], surg["full"]), (["Assistant"], ass["full"] if not minor else "Nil"),
                (["Anaesthetist"], an["full"] if not minor else None), (["Anaesthetic", "Anaesthesia"], anaes),
                (["Procedure", "Operation", "Operation performed"], op["name"]), (["Indication", "Indications"], op["ind"]),
                (["Findings"], op["find"]), (["Procedure details", "Description", "Procedure"], steps),
                (["EBL", "Blood loss"], op["ebl"]), (["Antibiotics"], pick(rng, ["Cefuroxime 1.5g IV at induction", "Nil", "Co-amoxiclav 1.2g IV", None])),
                (["VTE", "VTE prophylaxis"], pick(rng, ["TEDs + LMWH", "Flowtrons intra-op", "Not required", None])),
                (["Post-op instructions", "Post operative plan", "Post-op"], op["post"])]
        title = pick(rng, ["OPERATION NOTE", "Operation Record", "Op note", "Theatre Record - Operation", "", "Operative Report"])
        text = "\n".join(x for x in [hosp_header(rng, ctx, "Theatres") if not minor else practice_header(rng, ctx), title] if x) + "\n\n"
        text += render(rng, secs, style=[1, 0, 3][style]) + "\n\n" + sig(rng, surg, style=rng.choice([3, 4, 2]))
    elif style == 3:  # dictated prose
        text = "%s\n%s\n\nOperation: %s\nDate: %s\n\n" % (hosp_header(rng, ctx, "Surgery"), pid_block(rng, ctx, p, 5), op["name"], D(ctx))
        text += "Under %s, with the patient %s, the operative site was prepped and draped in the usual sterile fashion. WHO checklist completed. " % (
            anaes, pick(rng, ["supine", "in the lateral position", "supine with arm on hand table"]))
        text += " ".join(op["steps"]) + " Findings: " + op["find"] + " Estimated blood loss " + op["ebl"] + ". Swab and instrument counts correct.\n\n"
        text += "Post operatively: " + op["post"] + "\n\n" + surg["full"] + " " + surg["job"]
    elif style == 4:  # theatre system printout
        t1 = ftime(rng, 8, 15)
        text = "\n".join(["%s THEATRE MANAGEMENT SYSTEM" % ctx["hosp"].upper(), "Theatre %d    Session: %s" % (rng.randint(1, 12), pick(rng, ["AM", "PM", "ALL DAY"])),
                          pid_block(rng, ctx, p, 2), "Into theatre: %s   Knife to skin: %s   Closure: %s" % (t1, t1, ftime(rng, 10, 17)),
                          "Procedure (OPCS): %s  [%s%02d.%d]" % (op["name"], pick(rng, "JTWS"), rng.randint(10, 99), rng.randint(1, 9)),
                          "Surgeon: %s   Assistant: %s   Anaesthetist: %s" % (surg["full"], ass["full"], an["full"]),
                          "Anaesthetic type: %s   ASA %d" % (anaes, rng.randint(1, 3)), "Indication: " + op["ind"], "Findings: " + op["find"],
                          "Procedure:", steps, "Closure / dressing: as above", "Specimens: %s" % pick(rng, ["Sent to histology", "None", "Yes - 1 pot"]),
                          "Drains: %s" % pick(rng, ["None", "Nil", "Redivac x1"]), "Post-op: " + op["post"], "Electronically signed " + surg["full"]])
    elif style == 5:  # minor surgery record at GP
        text = "\n".join([practice_header(rng, ctx), "Minor Surgery Record" if minor else "Procedure record", pid_block(rng, ctx, p, 0),
                          "Date: %s   Operator: %s" % (D(ctx), ctx["gp"]["full"]), "Consent: written, form signed", "Procedure: " + op["name"],
                          "Indication: " + op["ind"], "Anaesthetic: lidocaine 1%% %dml" % rng.randint(2, 8), "Technique: " + " ".join(op["steps"]),
                          "Histology: sent", "Complications: none", "Aftercare: " + op["post"]])
    else:  # short handwritten-style
        text = "%s  %s\nOp: %s\nSurg: %s / Asst: %s\nAnaes: %s (%s)\nInd: %s\nFindings: %s\nProc:\n%s\nEBL %s\nPlan: %s\n%s" % (
            D(ctx), pname(rng, p, 1), op["name"], surg["short"], ass["short"], anaes, an["short"], op["ind"], op["find"], steps, op["ebl"], op["post"], surg["init"])
    return finish(rng, text, ctx, p)


PROCS = [
    dict(name="Oesophagogastroduodenoscopy (OGD)", amin=30, amax=85, ind="Dyspepsia and iron deficiency anaemia",
         sed="Throat spray + midazolam 2mg", find="Oesophagus: normal, Z-line at 38cm. Stomach: patchy antral erythema, CLO taken. Duodenum: normal, D2 biopsies taken for coeliac.",
         conc="Mild antral gastritis. CLO test pending.", plan="Await biopsies. PPI 8 weeks. If CLO positive, H. pylori eradication via GP.", who="Endoscopist"),
    dict(name="Colonoscopy", amin=40, amax=85, ind="Positive FIT (FIT 146) - 2WW", sed="Midazolam 2mg, fentanyl 50mcg, Entonox",
         find="Caecum reached (appendix orifice and ICV seen), BBPS 8. 12mm sessile polyp sigmoid colon - removed by EMR, clipped. Diverticulosis sigmoid.",
         conc="Sigmoid polyp removed. Diverticular disease.", plan="Await histology. Surveillance decision per BSG guidance.", who="Endoscopist"),
    dict(name="Steroid joint injection - right shoulder (subacromial)", amin=40, amax=85, ind="Subacromial pain syndrome not responding to physio",
         sed="None", find="Posterior approach. Triamcinolone 40mg + 1% lidocaine 4ml. No complications. Pain improved 5 mins post.",
         conc="Uneventful injection.", plan="Rest from heavy use 48h. Diabetics monitor glucose. Repeat not before 3 months.", who="GP with extended role"),
    dict(name="IUD insertion (copper coil)", amin=20, amax=45, sex="F", ind="Contraception - patient choice LARC",
         sed="Instillagel, lidocaine spray to cervix", find="Uterus anteverted, sounded to 7cm. Cu-IUD T380 inserted without difficulty. Threads cut to 3cm.",
         conc="Successful fitting.", plan="Thread check 3-6 weeks (self or PN). Effective immediately. Leaflet given.", who="GP (LoC IUT)"),
    dict(name="Lumbar puncture", amin=18, amax=75, ind="Headache and fever - exclude meningitis/SAH", sed="1% lidocaine 5ml",
         find="Left lateral position, L3/4 space, 22G spinal needle, 2nd attempt. Opening pressure 18 cmH2O. Clear CSF, 4 bottles sent.",
         conc="Uncomplicated LP.", plan="Lie flat as comfortable, fluids. CSF results to be chased by team.", who="Medical registrar"),
    dict(name="Nerve conduction studies / EMG", amin=35, amax=80, ind="Numbness and tingling in hands, ?carpal tunnel syndrome",
         sed="N/A", find="Right median sensory latency prolonged 4.2ms (wrist-digit), reduced SNAP amplitude. Median motor distal latency 5.1ms. Ulnar studies normal. EMG APB: no denervation.",
         conc="Moderate right carpal tunnel syndrome. Mild on the left.", plan="Refer for splinting / consider decompression.", who="Clinical Neurophysiologist"),
    dict(name="Cardiac catheterisation - coronary angiogram", amin=45, amax=85, ind="Stable angina, positive functional test", sed="Local anaesthetic, midazolam 1mg",
         find="Right radial 6F. LMS normal. LAD: 70% mid stenosis. Cx: minor irregularities. RCA dominant, normal. LVEDP 12.",
         conc="Single vessel CAD (mid LAD).", plan="Discuss at heart team MDT - likely PCI. Continue medical therapy. TR band removal per protocol.", who="Interventional Cardiologist"),
    dict(name="Flexible bronchoscopy", amin=45, amax=85, ind="Persistent RUL opacity, ex-smoker", sed="Lidocaine spray, midazolam 2mg",
         find="Vocal cords mobile. Trachea normal. Endobronchial lesion partially occluding RUL anterior segment - biopsies x5, brushings, BAL.",
         conc="Endobronchial lesion RUL - suspicious for malignancy.", plan="Histology. Lung cancer MDT. CNS contact details given.", who="Respiratory Consultant"),
    dict(name="Cryotherapy - viral warts / seborrhoeic keratoses", amin=10, amax=85, ind="Symptomatic lesions", sed="None",
         find="Liquid nitrogen spray, 2 freeze-thaw cycles 10s to 3 lesions on hands.", conc="Done without problems.",
         plan="May blister. Keep clean. Repeat 3 weeks if needed.", who="Practice nurse / GP"),
    dict(name="Spirometry with reversibility", amin=30, amax=85, ind="Suspected COPD", sed="N/A",
         find="Pre: FEV1 1.62L (58% pred), FVC 2.81L (78%), ratio 0.58. Post salbutamol 400mcg: FEV1 1.70L (+5%). Acceptable and repeatable (ATS/ERS).",
         conc="Obstructive spirometry without significant reversibility consistent with COPD (GOLD 2).", plan="Add to COPD register. Review with GP.", who="Respiratory Nurse"),
    dict(name="Central venous catheter insertion (right IJV)", amin=30, amax=85, ind="Inotrope/vasopressor requirement, poor access",
         sed="Lidocaine 1% 5ml", find="USS guided, full asepsis, Seldinger technique, 4-lumen 15cm CVC, 1st pass. All lumens aspirate/flush. CXR: tip at cavo-atrial junction, no pneumothorax.",
         conc="Successful CVC insertion.", plan="OK to use. Line care bundle.", who="ICU Registrar"),
]


def gen_procedure_note(rng, ctx):
    pr = pick(rng, PROCS)
    p = make_patient(rng, ctx["date"], pr["amin"], pr["amax"], pr.get("sex"))
    op = make_clin(rng, pick(rng, ["cons", "reg", "gp"]))
    style = rng.randrange(7)
    consent = pick(rng, ["Written consent obtained (form 1).", "Verbal consent obtained, risks discussed.", "Consent: yes - risks incl. bleeding, infection, perforation explained.",
                         "Consent form signed."])
    if style in (0, 1):
        secs = [(None, pid_block(rng, ctx, p)), (["Date", "Date of procedure"], D(ctx)),
                (["Procedure"], pr["name"]), (["Operator", "Performed by", "Endoscopist"], "%s (%s)" % (op["full"], pr["who"])),
                (["Indication", "Indications"], pr["ind"]), (["Consent"], consent),
                (["Sedation", "Analgesia/sedation", "Anaesthesia"], pr["sed"]), (["Findings", "Procedure/findings", "Report"], pr["find"]),
                (["Conclusion", "Diagnosis", "Summary"], pr["conc"]), (["Complications"], pick(rng, ["None", "Nil", "None immediate"])),
                (["Plan", "Recommendations", "Follow up"], pr["plan"])]
        text = "\n".join(x for x in [hosp_header(rng, ctx), pick(rng, ["PROCEDURE NOTE", "Procedure Report", "", "Procedure record"])] if x)
        text += "\n\n" + render(rng, secs, style=[1, 0][style]) + "\n\n" + sig(rng, op, style=rng.choice([2, 3]))
    elif style == 2:  # endoscopy-unit style report
        text = "\n".join(["%s ENDOSCOPY UNIT" % ctx["hosp"].upper() if "scop" in pr["name"] else "%s - %s" % (ctx["hosp"], pick(rng, ["Day Unit", "Cardiac Cath Lab", "Neurophysiology", "Treatment Room"])),
                          "Patient: %s   Hosp No: %s   DOB: %s" % (pname(rng, p, 1), p["mrn"], fdate(p["dob"], ctx["dfmt"])),
                          "Procedure date: %s   Room: %d" % (D(ctx), rng.randint(1, 5)), "Procedure: " + pr["name"],
                          "Referring clinician: %s" % ctx["usual_gp"]["full"], "Indications: " + pr["ind"], "Medications: " + pr["sed"],
                          "Comfort score: %d/5" % rng.randint(1, 3) if "scop" in pr["name"] else "",
                          "", "FINDINGS", pr["find"], "", "DIAGNOSIS", pr["conc"], "", "RECOMMENDATIONS", pr["plan"], "",
                          "%s  %s" % (op["full"], D(ctx))])
    elif style == 3:  # inpatient bedside note
        text = "%s %s\nProcedure: %s\nIndication: %s\n%s\n%s\n%s\n%s\nPlan: %s\n%s %s" % (
            D(ctx), ftime(rng), pr["name"], pr["ind"], consent, pick(rng, ["Time out / safety checklist completed.", "LocSSIPs checklist done.", "WHO checklist done."]),
            pr["find"], "Complications: " + pick(rng, ["nil", "none"]), pr["plan"], op["short"], op["reg"])
    elif style == 4:  # GP practice procedure entry
        text = "\n".join([practice_header(rng, ctx), "", "%s  %s" % (D(ctx), ctx["gp"]["full"]), pname(rng, p, 0),
                          "%s - %s" % (pr["name"], pr["ind"]), consent, "Chaperone: %s" % pick(rng, ["offered, declined", "HCA present", "N/A", "%s (HCA)" % pick(rng, FIRST_F)]),
                          pr["find"], pr["conc"], "Advice: " + pr["plan"], "Batch/lot no: %s%d exp %02d/%d" % (pick(rng, "ABKL"), rng.randint(10000, 99999), rng.randint(1, 12), ctx["date"].year + 2)])
    elif style == 5:  # narrative letter reporting procedure
        text = "%s\n\n%s\n\nDear %s\n\nRe: %s\n\n" % (hosp_header(rng, ctx), D(ctx), ctx["usual_gp"]["full"], pid_block(rng, ctx, p, 5))
        text += "I performed a %s on %s for %s. %s %s\n\nIn summary: %s\n\n%s\n\n%s" % (
            pr["name"].lower(), D(ctx), pr["ind"].lower(), pr["sed"] + ".", pr["find"], pr["conc"], pr["plan"], sig(rng, op, style=rng.choice([0, 1])))
    else:  # tabular checklist style
        text = "\n".join(["%s  |  %s" % (pick(rng, ["Procedure record", "Clinical procedure form", "PROC"]), ctx["hosp"]),
                          pid_block(rng, ctx, p, 6), "| Procedure | %s |" % pr["name"], "| Date | %s |" % D(ctx), "| Operator | %s |" % op["full"],
                          "| Indication | %s |" % pr["ind"], "| Consent | %s |" % consent, "| Sedation | %s |" % pr["sed"],
                          "| Findings | %s |" % pr["find"], "| Outcome | %s |" % pr["conc"], "| Plan | %s |" % pr["plan"]])
    return finish(rng, text, ctx, p)


# name, unit, low, high, decimals
LAB_PANELS = {
    "Full blood count": [("Haemoglobin", "g/L", 115, 165, 0), ("White cell count", "x10^9/L", 4.0, 11.0, 1), ("Platelets", "x10^9/L", 150, 400, 0),
                         ("MCV", "fL", 80, 100, 0), ("Neutrophils", "x10^9/L", 2.0, 7.5, 1), ("Lymphocytes", "x10^9/L", 1.5, 4.0, 1),
                         ("Haematocrit", "L/L", 0.37, 0.47, 2)],
    "Urea & electrolytes": [("Sodium", "mmol/L", 133, 146, 0), ("Potassium", "mmol/L", 3.5, 5.3, 1), ("Urea", "mmol/L", 2.5, 7.8, 1),
                            ("Creatinine", "umol/L", 45, 110, 0), ("eGFR", "mL/min/1.73m2", 60, 120, 0)],
    "Liver function tests": [("Bilirubin", "umol/L", 0, 21, 0), ("ALT", "U/L", 0, 41, 0), ("Alkaline phosphatase", "U/L", 30, 130, 0),
                             ("Albumin", "g/L", 35, 50, 0)],
    "HbA1c": [("HbA1c (IFCC)", "mmol/mol", 20, 41, 0)],
    "Lipid profile": [("Total cholesterol", "mmol/L", 0, 5.0, 1), ("HDL cholesterol", "mmol/L", 1.0, 2.2, 1), ("Non-HDL cholesterol", "mmol/L", 0, 4.0, 1),
                      ("Triglycerides", "mmol/L", 0.5, 1.7, 1), ("Total:HDL ratio", "", 0, 4.5, 1)],
    "Thyroid function": [("TSH", "mU/L", 0.27, 4.2, 2), ("Free T4", "pmol/L", 12, 22, 1)],
    "CRP": [("C-reactive protein", "mg/L", 0, 5, 0)],
    "Haematinics": [("Ferritin", "ug/L", 15, 300, 0), ("Vitamin B12", "ng/L", 197, 771, 0), ("Folate", "ug/L", 3.9, 26.8, 1)],
    "PSA": [("Prostate specific antigen", "ug/L", 0, 4.5, 2)],
    "INR": [("INR", "", 2.0, 3.0, 1)],
    "Bone profile": [("Adjusted calcium", "mmol/L", 2.2, 2.6, 2), ("Phosphate", "mmol/L", 0.8, 1.5, 2), ("Vitamin D (25-OH)", "nmol/L", 50, 200, 0)],
    "FIT": [("Faecal immunochemical test (f-Hb)", "ug Hb/g faeces", 0, 10, 0)],
    "Urine ACR": [("Urine albumin:creatinine ratio", "mg/mmol", 0, 3, 1)],
}
MICRO = [
    ("Urine", "Mid stream urine", "Culture: >10^5 cfu/mL Escherichia coli\nWBC >100 x10^6/L  RBC 10-100  Epithelial cells: few",
     "Sensitivities: Nitrofurantoin S  Trimethoprim R  Amoxicillin R  Cefalexin S  Pivmecillinam S  Fosfomycin S"),
    ("Urine", "MSU", "No significant growth.\nWBC <10 x10^6/L", "No growth - UTI unlikely."),
    ("Throat swab", "Throat swab", "Beta-haemolytic streptococcus group A isolated.", "Penicillin S  Clarithromycin S"),
    ("Wound swab", "Wound swab - L shin", "Heavy growth Staphylococcus aureus.", "Flucloxacillin S  Doxycycline S  Clarithromycin R  MRSA not isolated"),
    ("Faeces", "Stool sample", "Salmonella/Shigella/Campylobacter/E. coli O157 not isolated. C. difficile toxin not detected.", "No pathogens."),
    ("Nasopharyngeal swab", "Combined nose/throat swab", "SARS-CoV-2 RNA: NOT DETECTED\nInfluenza A/B RNA: not detected\nRSV: not detected", ""),
    ("Sputum", "Sputum", "Moderate growth Haemophilus influenzae.", "Amoxicillin S  Doxycycline S  Co-amoxiclav S"),
    ("HVS", "High vaginal swab", "Candida albicans isolated. No other pathogens.", ""),
]


def lab_value(rng, t, abnormal):
    name, unit, lo, hi, dp = t
    if abnormal and chance(rng, 0.5):
        v = hi * rng.uniform(1.1, 1.8) if chance(rng, 0.6) or lo == 0 else lo * rng.uniform(0.55, 0.9)
    else:
        v = rng.uniform(lo + (hi - lo) * 0.1, hi - (hi - lo) * 0.1) if hi > lo else lo
    if name == "eGFR" and v > 90:
        return ">90", ""
    flag = ""
    if v > hi:
        flag = "H"
    elif v < lo:
        flag = "L"
    return ("%." + str(dp) + "f") % v, flag


def gen_lab_report(rng, ctx):
    p = make_patient(rng, ctx["date"], 16, 90)
    style = rng.randrange(7)
    lab = pick(rng, ["Blood Sciences", "Pathology Laboratory", "Clinical Biochemistry", "Haematology Laboratory", "Microbiology",
                     "Department of Laboratory Medicine"])
    req = pick(rng, [ctx["usual_gp"], ctx["gp"], ctx["anp"]])
    lab_no = "%s%08d" % (pick(rng, ["", "H", "B", "M", "25", "L"]), rng.randint(0, 99999999))
    coll = ctx["date"] - datetime.timedelta(days=rng.randint(0, 3))
    if style == 6 or chance(rng, 0.12):
        m = pick(rng, MICRO)
        text = "\n".join([ctx["trust"], "Microbiology Report", pid_block(rng, ctx, p, rng.choice([0, 4])),
                          "Specimen: %s   Lab no: %s" % (m[1], lab_no), "Collected: %s   Received: %s   Reported: %s" % (
                              fdate(coll, ctx["dfmt"]), fdate(coll, ctx["dfmt"]), D(ctx)),
                          "Requested by: %s (%s)" % (req["full"], ctx["practice"]),
                          "Clinical details: %s" % pick(rng, ["?UTI", "dysuria", "sore throat", "non-healing wound", "D&V", "cough, fever", "discharge"]),
                          "", "MICROSCOPY / CULTURE", m[2], "", m[3],
                          pick(rng, ["", "Comment: Please refer to local antimicrobial guidelines.", "Authorised by: %s, Biomedical Scientist" % pick(rng, LAST)])])
        return finish(rng, text, ctx, p)
    panels = rng.sample(sorted(LAB_PANELS), rng.randint(1, 4))
    if p["sex"] == "F" and "PSA" in panels:
        panels.remove("PSA")
    if not panels:
        panels = ["Full blood count"]
    abnormal = chance(rng, 0.5)
    rows = []
    for pn in panels:
        for t in LAB_PANELS[pn]:
            v, f = lab_value(rng, t, abnormal)
            rows.append((pn, t[0], v, f, t[1], "%s - %s" % (t[2], t[3]) if t[2] else "< %s" % t[3]))
    cmap = {"Full blood count": ["TATT", "?anaemia", "Fatigue", "Med monitoring (DMARD)"], "Urea & electrolytes": ["HTN monitoring", "Post discharge U&E", "On ACEi - U&E", "AKI follow up"],
            "Liver function tests": ["On statin - LFT", "Raised ALT previously", "Alcohol excess"], "HbA1c": ["DM review", "Diabetes annual review", "?diabetes - polyuria"],
            "Lipid profile": ["CVD risk / QRISK", "On statin", "NHS health check"], "Thyroid function": ["On levothyroxine", "Tired, weight gain", "Palpitations"],
            "CRP": ["Joint pains", "Unwell, ?infection"], "Haematinics": ["TATT", "Low Hb", "Hair loss"], "PSA": ["LUTS", "PSA monitoring"],
            "INR": ["Warfarin - AF"], "Bone profile": ["Bone pain", "Osteoporosis - pre bisphosphonate"], "FIT": ["Change in bowel habit", "Abdominal pain, FIT"],
            "Urine ACR": ["DM annual review", "CKD monitoring"]}
    clin = "; ".join(pick(rng, cmap[x]) for x in panels[:2])
    if style in (0, 1):
        head = "%s\n%s - %s\n" % (ctx["trust"], ctx["hosp"], lab)
        head += "Patient: %s   DOB: %s   Sex: %s\nNHS: %s   Lab No: %s\nSource: %s (%s)   Requested by: %s\nCollected: %s %s   Reported: %s %s\nClinical details: %s\n" % (
            pname(rng, p, 4), fdate(p["dob"], ctx["dfmt"]), p["sex"], p["nhs"], lab_no, ctx["practice"], ctx["prac_code"], req["short"],
            fdate(coll, ctx["dfmt"]), ftime(rng, 8, 12), D(ctx), ftime(rng, 12, 20), clin)
        body = []
        cur = None
        for r in rows:
            if r[0] != cur:
                cur = r[0]
                body.append("")
                body.append(cur.upper())
            if style == 0:
                body.append("%-30s %8s %-2s %-16s (%s)" % (r[1], r[2], r[3], r[4], r[5]))
            else:
                body.append("%s\t%s %s\t[%s]\t%s" % (r[1], r[2], r[4], r[5], "*" + r[3] if r[3] else ""))
        text = head + "\n".join(body)
        if abnormal and chance(rng, 0.5):
            text += "\n\nComment: %s" % pick(rng, ["Results phoned to surgery.", "Suggest repeat in 4 weeks.", "Haemolysed sample - potassium may be falsely elevated.",
                                                  "Please note new reference ranges from 01/04."])
        text += "\n\n%s" % pick(rng, ["*** END OF REPORT ***", "Authorised by %s (Consultant Chemical Pathologist)" % make_clin(rng, "cons")["full"],
                                      "Validated", "Final report"])
    elif style == 2:  # GP clinical system result view with filing comment
        text = "%s - Test Request Results\n%s\nReceived %s from %s\n\n" % (ctx["practice"], pid_block(rng, ctx, p, 0), D(ctx), ctx["hosp"])
        for r in rows:
            text += "%s: %s %s %s\n" % (r[1], r[2], r[4], "(abnormal)" if r[3] else "")
        text += "\nFiled by %s: %s" % (req["short"], pick(rng, ["Normal - no action", "Satisfactory", "Abnormal - contact pt, book appt", "Borderline - repeat 3/12",
                                                                 "Noted, discussed at remote consult", "Text msg sent to pt: results normal"]))
    elif style == 3:  # compact cumulative
        dates = sorted([ctx["date"] - datetime.timedelta(days=rng.randint(30, 700)) for _ in range(2)] + [ctx["date"]])
        text = "CUMULATIVE REPORT  %s\n%s\n\n%-26s %s\n" % (lab, pid_block(rng, ctx, p, 2), "Test", "  ".join("%-11s" % fdate(d, 0) for d in dates))
        for r in rows:
            old = [lab_value(rng, next(t for t in LAB_PANELS[r[0]] if t[0] == r[1]), False)[0] for _ in dates[:-1]]
            text += "%-26s %s  %-11s %s\n" % (r[1], "  ".join("%-11s" % o for o in old), r[2] + (" " + r[3] if r[3] else ""), r[4])
    elif style == 4:  # telephoned / transcribed result
        r = rows[0]
        text = "%s %s\nPhone call from lab (%s) re %s\n%s %s %s %s\nInformed %s. %s" % (
            D(ctx), ftime(rng), pick(rng, ["BMS", "biochemistry", "haematology", "OOH lab"]), pname(rng, p, 1), r[1], r[2], r[4], r[3],
            pick(rng, ["duty doctor", req["short"], "OOH GP"]), pick(rng, ["Pt contacted, asymptomatic, repeat tomorrow.", "Task to usual GP.", "Advised to attend ED."]))
    else:  # ICE-like printout
        text = "ICE REPORT  -  %s\n%s\nRequest ID: %d   Sample: %s\n" % (ctx["hosp"], pid_block(rng, ctx, p, 5), rng.randint(10**7, 10**8), lab_no)
        text += "Location: %s   Clinician: %s\n%s\n" % (ctx["practice"], req["full"], "-" * 60)
        for r in rows:
            text += "%s = %s %s  %s%s\n" % (r[1], r[2], r[4], "Ref: " + r[5], "  <-- " + r[3] if r[3] else "")
    return finish(rng, text, ctx, p)


IMAGING = [
    dict(exam="XR Chest (PA)", mod="Plain film", clin=["Cough 6 weeks, ex-smoker", "Post pneumonia follow-up", "SOB ?cause", "Haemoptysis"],
         normal="The lungs are clear. No focal consolidation, effusion or pneumothorax. Heart size normal. Mediastinal contours unremarkable. No bony abnormality.",
         abn="Patchy consolidation in the right lower zone with obscuration of the right hemidiaphragm. Small right effusion. Heart size normal.",
         conc_n="Normal chest radiograph.", conc_a="Right lower zone consolidation with small effusion. Suggest follow-up film in 6 weeks to ensure resolution."),
    dict(exam="US Abdomen", mod="Ultrasound", clin=["RUQ pain ?gallstones", "Deranged LFTs", "Abdominal bloating"],
         normal="Liver normal in size and echotexture. Gallbladder well distended, thin walled, no calculi. CBD 4mm. Pancreas partially obscured. Both kidneys normal size, no hydronephrosis. Spleen normal.",
         abn="Liver bright, in keeping with fatty infiltration. Gallbladder contains multiple mobile calculi, largest 14mm. Wall not thickened. CBD 5mm.",
         conc_n="Normal abdominal ultrasound.", conc_a="Cholelithiasis without features of cholecystitis. Hepatic steatosis."),
    dict(exam="MRI Lumbar spine", mod="MRI", clin=["Low back pain with L leg sciatica 3 months", "Radicular pain L5 distribution"],
         normal="Normal alignment. Disc desiccation L4/5 and L5/S1 without significant protrusion. No neural compromise. Conus terminates normally at L1.",
         abn="L4/5: broad based disc bulge with left paracentral protrusion compressing the traversing left L5 nerve root in the lateral recess. L5/S1 mild degenerative change.",
         conc_n="Mild degenerative change only. No neural compromise.", conc_a="L4/5 left paracentral disc protrusion compressing the left L5 nerve root."),
    dict(exam="CT Head (non-contrast)", mod="CT", clin=["Fall on anticoagulant, head injury", "Sudden onset headache", "Confusion"],
         normal="No intracranial haemorrhage, mass effect or acute infarct. Ventricles and sulci appropriate for age. No skull fracture.",
         abn="Age-appropriate involutional change with moderate periventricular white matter low attenuation consistent with small vessel disease. No acute haemorrhage.",
         conc_n="No acute intracranial abnormality.", conc_a="Chronic small vessel disease. No acute abnormality."),
    dict(exam="Transthoracic echocardiogram", mod="Echo", clin=["New AF", "Murmur", "Breathlessness, raised NT-proBNP"],
         normal="LV normal size with normal systolic function, EF 60% (biplane). No regional wall motion abnormality. Valves structurally normal. RV normal. No effusion.",
         abn="LV mildly dilated with moderately impaired systolic function, EF 38%. Global hypokinesia. Moderate functional MR. LA dilated (LAVi 42). Estimated PASP 38mmHg.",
         conc_n="Structurally normal heart.", conc_a="Moderate LV systolic dysfunction (EF 38%) with moderate MR. Heart failure team referral suggested."),
    dict(exam="DEXA scan", mod="Bone densitometry", clin=["Fragility fracture wrist", "Long term steroids", "Early menopause"],
         normal="L1-L4 T-score -0.8, Z-score 0.2. Left total hip T-score -0.6. Femoral neck T-score -0.9.",
         abn="L1-L4 T-score -2.9. Left total hip T-score -2.6. Femoral neck T-score -2.7.",
         conc_n="Normal bone mineral density.", conc_a="Osteoporosis. FRAX with BMD: major osteoporotic 23%, hip 9%. Recommend bisphosphonate therapy."),
    dict(exam="XR Right knee (AP & lateral, weight bearing)", mod="Plain film", clin=["Knee pain ?OA", "Chronic knee pain, locking"],
         normal="No fracture. Joint spaces preserved. No effusion.", abn="Marked medial compartment joint space narrowing with subchondral sclerosis and osteophytes. Patellofemoral osteophytes. Small effusion.",
         conc_n="Normal knee radiographs.", conc_a="Moderate to severe osteoarthritis, predominantly medial compartment."),
    dict(exam="US Pelvis (transabdominal and transvaginal)", mod="Ultrasound", clin=["Heavy periods", "Pelvic pain", "PMB"], sex="F",
         normal="Uterus anteverted, normal size. Endometrium 7mm. Both ovaries normal. No free fluid.",
         abn="Bulky uterus with 3 intramural fibroids, largest 34mm posterior wall. Endometrium 9mm. Ovaries normal.",
         conc_n="Normal pelvic ultrasound.", conc_a="Fibroid uterus."),
    dict(exam="CT Pulmonary Angiogram", mod="CT", clin=["Pleuritic chest pain, raised D-dimer", "SOB, tachycardia ?PE"],
         normal="Good opacification of the pulmonary arteries. No filling defect. Lungs clear. No effusion.",
         abn="Filling defects in the right lower lobe segmental and left upper lobe subsegmental arteries in keeping with acute PE. RV:LV ratio <1. No infarct.",
         conc_n="No pulmonary embolus.", conc_a="Bilateral pulmonary emboli without right heart strain."),
    dict(exam="Doppler US Left leg veins", mod="Ultrasound", clin=["Swollen painful L calf", "?DVT Wells 2"],
         normal="Common femoral, femoral and popliteal veins compressible with normal flow. Calf veins visualised and patent.",
         abn="Non-compressible left popliteal vein with echogenic thrombus extending into the distal femoral vein.",
         conc_n="No DVT.", conc_a="Left popliteal/distal femoral DVT. Clinician informed by phone."),
]


def gen_imaging_report(rng, ctx):
    im = pick(rng, IMAGING)
    p = make_patient(rng, ctx["date"], 25, 90, im.get("sex"))
    abn = chance(rng, 0.5)
    rad = make_clin(rng, "cons")
    rad["job"] = pick(rng, ["Consultant Radiologist", "Consultant Cardiologist" if "echo" in im["exam"].lower() else "Reporting Radiographer", "Consultant Radiologist"])
    find = im["abn"] if abn else im["normal"]
    conc = im["conc_a"] if abn else im["conc_n"]
    clin = pick(rng, im["clin"])
    acc = "%s%08d" % (pick(rng, ["RAD", "", "XR", "A"]), rng.randint(0, 99999999))
    style = rng.randrange(7)
    ref = pick(rng, [ctx["usual_gp"]["full"] + " (GP)", ctx["gp"]["full"] + " (" + ctx["digital"] + ")", "ED", "%s (Cons)" % make_clin(rng, "cons")["full"]])
    if style in (0, 1, 2):
        secs = [(None, pid_block(rng, ctx, p)), (["Examination", "Exam", "Procedure"], im["exam"]),
                (["Date of examination", "Exam date", "Date"], D(ctx)), (["Referrer", "Requested by"], ref),
                (["Clinical details", "Clinical information", "Clinical history", "Indication"], clin),
                (["Technique"], pick(rng, [None, "Standard protocol.", "Non-contrast axial imaging.", "Multiplanar multisequence imaging."])),
                (["Comparison"], pick(rng, [None, "None available.", "Previous study " + fdate(ctx["date"] - datetime.timedelta(days=rng.randint(200, 1500)), ctx["dfmt"])])),
                (["Findings", "Report"], find), (["Conclusion", "Impression", "Opinion", "Summary"], conc)]
        text = "\n".join([hosp_header(rng, ctx, pick(rng, ["Department of Radiology", "Imaging Department", "Diagnostic Imaging", "Cardiac Investigations Unit"])),
                          pick(rng, ["RADIOLOGY REPORT", "Imaging Report", "", "Diagnostic Imaging Report", "Report"]), "Accession: " + acc, ""])
        text += render(rng, secs, style=[0, 1, 2][style]) + "\n\nReported by: %s, %s  %s" % (rad["full"], rad["job"], D(ctx))
    elif style == 3:  # terse
        text = "%s  %s\n%s\nCl: %s\n\n%s\n\n%s\n\n%s %s" % (im["exam"].upper(), D(ctx), pname(rng, p, 4), clin, find, conc, rad["init"], rad["reg"])
    elif style == 4:  # echo-type measurement table or generic report with measurements
        text = "\n".join([ctx["hosp"], pick(rng, ["Cardiorespiratory Department", "Imaging", "Non-invasive investigations"]), pid_block(rng, ctx, p, 4),
                          "Study: " + im["exam"], "Indication: " + clin, "Image quality: " + pick(rng, ["Good", "Adequate", "Suboptimal - body habitus"]),
                          "Height %dcm  Weight %dkg  BP %d/%d" % (rng.randint(150, 190), rng.randint(55, 110), rng.randint(110, 160), rng.randint(60, 95)),
                          "", "Findings:", find, "", "Summary: " + conc, "", "Sonographer/Reporter: %s %s" % (pick(rng, FIRST_F), pick(rng, LAST))])
    elif style == 5:  # letter from radiology to GP
        text = "%s\n\n%s\n\nDear %s\n\n%s\n\n%s performed on %s.\nClinical details: %s\n\n%s\n\n%s\n\n%s" % (
            hosp_header(rng, ctx, "Radiology"), D(ctx), ctx["usual_gp"]["full"], pid_block(rng, ctx, p, 3), im["exam"], D(ctx), clin,
            find, "CONCLUSION: " + conc, sig(rng, rad, style=3))
    else:  # PACS/RIS printout
        text = "\n".join(["RIS Report  %s   Acc %s" % (ctx["hosp"], acc), "%s | %s | %s | %s" % (pname(rng, p, 1), fdate(p["dob"], ctx["dfmt"]), p["mrn"], p["nhs"]),
                          "Modality: %s   Exam: %s" % (im["mod"], im["exam"]), "Requested: %s   Performed: %s   Reported: %s" % (
                              fdate(ctx["date"] - datetime.timedelta(days=rng.randint(1, 30)), ctx["dfmt"]), D(ctx), D(ctx)),
                          "Referrer: " + ref, "History: " + clin, "", find, "", conc, "",
                          pick(rng, ["Verified by %s" % rad["full"], "Dictated by %s / Typed by %s" % (rad["init"], pick(rng, FIRST_F)), rad["full"]])])
    return finish(rng, text, ctx, p)


PATHS = [
    dict(spec="Skin ellipse, left upper back", clin="?dysplastic naevus ?melanoma", macro="Ellipse of skin 18 x 9 x 5mm bearing a pigmented lesion 7 x 6mm. Inked, serially sliced, all embedded in 4 blocks (A1-A4).",
         micro="Sections show a compound melanocytic lesion with architectural disorder (bridging of rete ridges, lentiginous growth) and mild cytological atypia. No dermal mitoses. No pagetoid spread. Completely excised with peripheral margin 2.1mm.",
         diag="Skin, left upper back, excision: Compound dysplastic naevus with mild atypia, completely excised.", snomed="T02000 M87270"),
    dict(spec="Skin, nose, curettage and excision", clin="?BCC", macro="Ellipse 12 x 6mm with central pearly nodule 4mm.",
         micro="Nodular basal cell carcinoma arising from the epidermis. Max depth 1.2mm. No perineural invasion. Deep margin clear 1.5mm, nearest peripheral margin 0.8mm.",
         diag="Nodular basal cell carcinoma, completely excised (narrow peripheral margin 0.8mm).", snomed="T02100 M80903"),
    dict(spec="Sigmoid polyp (EMR)", clin="FIT positive, 12mm sessile polyp", macro="Polypoid fragment 12 x 10 x 5mm, pinned, inked base.",
         micro="Tubular adenoma with low grade dysplasia. No high grade dysplasia or invasive malignancy. Diathermied base clear.",
         diag="Sigmoid colon polyp: Tubular adenoma, low grade dysplasia, completely excised.", snomed="T67000 M82110"),
    dict(spec="Appendix", clin="Acute appendicitis", macro="Appendix 65mm long, 8mm diameter, congested serosa.",
         micro="Transmural neutrophilic infiltrate with mucosal ulceration and serositis. No dysplasia or neoplasm.",
         diag="Acute suppurative appendicitis. No evidence of malignancy.", snomed="T66000 M41000"),
    dict(spec="Gallbladder", clin="Cholecystitis", macro="Gallbladder 80mm, wall up to 5mm, containing 12 faceted stones.",
         micro="Chronic cholecystitis with Rokitansky-Aschoff sinuses. No dysplasia.", diag="Chronic cholecystitis and cholelithiasis.", snomed="T63000 M43000"),
    dict(spec="Endometrial pipelle biopsy", clin="PMB, ET 6mm", macro="Multiple fragments of tan tissue 15 x 10 x 2mm in aggregate. All embedded.",
         micro="Fragments of inactive/atrophic endometrium. No hyperplasia or malignancy.", diag="Atrophic endometrium. No hyperplasia or malignancy seen.", snomed="T84000 M58000", sex="F"),
    dict(spec="D2 biopsies x4 and gastric antral biopsies x2", clin="IDA ?coeliac", macro="A: 4 fragments up to 3mm. B: 2 fragments up to 2mm.",
         micro="A: Normal villous architecture, IEL not increased. B: Mild chronic gastritis, H. pylori organisms identified on Giemsa.",
         diag="A. Duodenum: no evidence of coeliac disease. B. Antrum: chronic active gastritis, Helicobacter pylori positive.", snomed="T64300 M00100"),
    dict(spec="Cervical screening sample (LBC)", clin="Routine recall", macro="ThinPrep liquid based cytology sample.",
         micro="HPV (high risk) DETECTED. Cytology: low grade dyskaryosis.", diag="HR-HPV positive, low grade dyskaryosis. Refer to colposcopy.", snomed="", sex="F"),
    dict(spec="Prostate biopsies, transperineal (12 cores)", clin="PSA 7.8, PI-RADS 4 left PZ", macro="12 labelled cores, 8-16mm.",
         micro="Left PZ cores 3/4 contain acinar adenocarcinoma, Gleason 3+4=7 (Grade group 2), max core involvement 45%. No perineural invasion. Right-sided cores benign.",
         diag="Prostatic adenocarcinoma, Gleason 3+4=7, Grade Group 2, left side.", snomed="T77100 M81403", sex="M"),
]


def gen_pathology_report(rng, ctx):
    ps = pick(rng, PATHS)
    p = make_patient(rng, ctx["date"], 30 if "Cervical" not in ps["spec"] else 25, 85 if "Cervical" not in ps["spec"] else 64, ps.get("sex"))
    path = make_clin(rng, "cons")
    path["job"] = pick(rng, ["Consultant Histopathologist", "Consultant Pathologist", "Consultant Cellular Pathologist"])
    lab = "%s%02d/%05d" % (pick(rng, ["H", "S", "C", "HS"]), ctx["date"].year % 100, rng.randint(0, 99999))
    recd = ctx["date"] - datetime.timedelta(days=rng.randint(3, 14))
    src = pick(rng, [ctx["practice"] + " (minor surgery)", ctx["hosp"] + " Endoscopy", ctx["hosp"] + " Theatres", "Dermatology OPD", "Gynae OPD"])
    style = rng.randrange(6)
    if "Cervical" in ps["spec"]:
        text = "\n".join([pick(rng, ["NHS Cervical Screening Programme", "Cervical Screening - Result", "CERVICAL CYTOLOGY REPORT"]), ctx["trust"] + " Cytology",
                          pid_block(rng, ctx, p, rng.choice([0, 1, 4])), "Sample taker: %s  Location: %s (%s)" % (ctx["anp"]["full"] if chance(rng, 0.5) else "PN " + pick(rng, LAST), ctx["practice"], ctx["prac_code"]),
                          "Date taken: %s   Date reported: %s   Lab no: %s" % (fdate(recd, ctx["dfmt"]), D(ctx), lab), "",
                          "HPV result: HR-HPV DETECTED", "Cytology result: Low grade dyskaryosis", "Action: Refer to colposcopy (routine).",
                          "Result code: %s   Infection code: %s   Action code: S" % (pick(rng, ["3", "X"]), pick(rng, ["0", "9"])), "", "Reported by: " + path["full"]])
        return finish(rng, text, ctx, p)
    if style in (0, 1, 2):
        secs = [(None, pid_block(rng, ctx, p)), (["Lab number", "Specimen number", "Our ref"], lab),
                (["Source", "Requesting location", "From"], src), (["Date received", "Received"], fdate(recd, ctx["dfmt"])),
                (["Specimen", "Nature of specimen", "Specimen type"], ps["spec"]),
                (["Clinical details", "Clinical information"], ps["clin"]), (["Macroscopic description", "Macroscopy", "Gross"], ps["macro"]),
                (["Microscopic description", "Microscopy", "Histology"], ps["micro"]),
                (["Diagnosis", "Conclusion", "Summary", "Final diagnosis"], ps["diag"]),
                (["SNOMED", "Codes"], ps["snomed"] or None)]
        text = "\n".join([ctx["trust"], pick(rng, ["Cellular Pathology", "Department of Histopathology", "Histopathology Report", "CELLULAR PATHOLOGY REPORT"]), ""])
        text += render(rng, secs, style=[0, 1, 2][style]) + "\n\nReported by %s, %s   Authorised %s" % (path["full"], path["job"], D(ctx))
    elif style == 3:  # GP-filed summary
        text = "%s\nHistology result received %s\n%s\nSpecimen: %s\nResult: %s\nAction: %s" % (
            ctx["practice"], D(ctx), pid_block(rng, ctx, p, 0), ps["spec"], ps["diag"],
            pick(rng, ["Letter to patient - no further action", "Pt informed by phone", "Refer dermatology (2WW) for wider excision", "Noted - hospital to follow up"]))
    elif style == 4:  # supplementary report / MDT style
        text = "\n".join(["%s  -  %s" % (ctx["hosp"], "Histopathology"), pick(rng, ["SUPPLEMENTARY REPORT", "FINAL REPORT", "AMENDED REPORT"]),
                          "Patient: %s  DOB %s  NHS %s" % (pname(rng, p, 1), fdate(p["dob"], ctx["dfmt"]), p["nhs"]), "Lab no: " + lab,
                          "Specimen: " + ps["spec"], "", ps["micro"], "", "Conclusion: " + ps["diag"], "",
                          "For discussion at %s MDT." % pick(rng, ["skin", "lower GI", "urology", "gynae-oncology", "upper GI"]), path["full"]])
    else:  # compact
        text = "%s  %s  %s\nSPEC: %s\nCLIN: %s\nMACRO: %s\nMICRO: %s\nDIAGNOSIS: %s\n%s" % (
            lab, pname(rng, p, 4), D(ctx), ps["spec"].upper(), ps["clin"], ps["macro"], ps["micro"], ps["diag"].upper(), path["init"] + "/" + pick(rng, ["bms", "sec", "tp"]))
    return finish(rng, text, ctx, p)


def ensure_meds(rng, p, n=2):
    if len(p["meds"]) < n:
        extra = [c for c in CHRONIC if c[1] <= max(p["age"], 18) and c[2] and c[0] not in p["conds"] and not (p["sex"] == "F" and c[0] in MALE_ONLY)]
        rng.shuffle(extra)
        for c in extra[:n - len(p["meds"]) + 1]:
            p["conds"].append(c[0])
            p["meds"].extend(c[2])


def gen_medication_list(rng, ctx):
    p = make_patient(rng, ctx["date"], 35, 94)
    ensure_meds(rng, p, rng.randint(2, 6))
    style = rng.randrange(7)
    issued = lambda: fdate(ctx["date"] - datetime.timedelta(days=rng.randint(1, 60)), ctx["dfmt"])
    acute = []
    if chance(rng, 0.5):
        s = scen_pc(rng, p)
        acute = s["rx"]
    if style == 0:  # GP system repeat template printout
        text = "%s\n%s\n\n%s\n\n" % (practice_header(rng, ctx), pick(rng, ["Repeat Medication", "Medication Summary", "Current Medication", "Repeat Templates"]), pid_block(rng, ctx, p))
        text += "REPEAT\n"
        for m in p["meds"]:
            text += "%s\n   %s   Qty: %s   Last issued: %s   Issues: %d/%d   Review: %s\n" % (
                m[0], m[1], m[2], issued(), rng.randint(1, 6), rng.choice([6, 12]), fdate(ctx["date"] + datetime.timedelta(days=rng.randint(30, 300)), ctx["dfmt"]))
        if acute:
            text += "\nACUTE (last 3 months)\n" + "\n".join("%s  %s  %s  %s" % (r[0], r[1], r[2], issued()) for r in acute)
        text += "\n\nAllergies/sensitivities: " + p["allergy"]
    elif style == 1:  # hospital admission medicines reconciliation by pharmacist
        ph = make_clin(rng, "pharm")
        text = "%s\n%s\n%s\n\nSources used: %s\nAllergies: %s (confirmed with pt)\n\n" % (
            hosp_header(rng, ctx, "Pharmacy"), pick(rng, ["MEDICINES RECONCILIATION", "Medicines Reconciliation Record", "Pharmacy Drug History", "Med Rec"]),
            pid_block(rng, ctx, p, rng.randrange(8)), ", ".join(rng.sample(["GP summary care record", "Patient", "Patient's own drugs", "NOK", "Community pharmacy", "GP practice (phone)", "Care home MAR"], 2)), p["allergy"])
        text += "%-50s %-30s %s\n" % ("Drug", "Dose/Frequency", "Action on admission")
        for m in p["meds"]:
            text += "%-50s %-30s %s\n" % (m[0], m[1].lower()[:30], pick(rng, ["Continue", "Continue", "Withhold - AKI", "Continue - check dose", "Charted"]))
        text += "\nCompliance aid: %s\nDiscrepancies: %s\n\n%s %s %s" % (pick(rng, ["None", "Blister pack (community pharmacy)", "Dosette by daughter"]),
                                                                      pick(rng, ["None identified", "Omeprazole not charted - prescriber informed", "1 - dose of amlodipine clarified"]),
                                                                      ph["full"], ph["job"], D(ctx))
    elif style == 2:  # structured medication review
        ph = make_clin(rng, "pharm")
        text = "\n".join(["Structured Medication Review (%s)" % consult_mode(rng), "%s  %s" % (D(ctx), ph["full"] + ", " + ph["job"]), pid_block(rng, ctx, p, 0), "",
                          "Current medicines:"] + ["  %s - %s" % (m[0], m[1].lower()) for m in p["meds"]] +
                         ["", "Problems: " + ", ".join(p["conds"]), "Pt reports: " + pick(rng, ["taking all as prescribed", "sometimes forgets evening doses", "stopped statin due to aches"]),
                          "Changes agreed: " + pick(rng, ["none", "stop omeprazole trial", "switch to once daily regime", "deprescribe aspirin - on DOAC", "reduce amlodipine to 5mg"]),
                          "Monitoring due: " + pick(rng, ["U&E", "HbA1c, lipids", "TFT", "none"]), "Next review: 12 months"])
    elif style == 3:  # patient-held list / "my medicines"
        text = "%s\n\nName: %s      DOB: %s\nMy GP: %s (%s)\n\n" % (pick(rng, ["MY MEDICINES", "Medicines I take", "Personal medication record", "Medication passport"]),
                                                             pname(rng, p, 0), fdate(p["dob"], ctx["dfmt"]), ctx["usual_gp"]["short"], ctx["prac_tel"])
        text += "Medicine            | What it's for         | When I take it\n"
        for m, c in zip(p["meds"], p["conds"] * 3):
            text += "%s | %s | %s\n" % (short_drug(m[0]), pick(rng, [c.lower(), "?", "heart", "blood pressure", "water", "stomach", "pain"]), pick(rng, ["morning", "night", "am + pm", "when needed", "Mon"]))
        text += "\nAllergies: %s\nUpdated: %s" % (p["allergy"], D(ctx))
    elif style == 4:  # care home MAR summary
        text = "%s Care Home - Medication Administration Record (summary)\nResident: %s   Room %d\nDOB %s   GP: %s\nCycle start: %s\n\n" % (
            pick(rng, ["Meadowbank", "Rosedene", "Cherry Tree Lodge", "The Elms", "Beechwood House"]), pname(rng, p, 0), rng.randint(1, 40),
            fdate(p["dob"], ctx["dfmt"]), ctx["practice"], D(ctx))
        text += "Medication                          08:00  12:00  17:00  22:00\n"
        for m in p["meds"]:
            slots = ["  X  " if chance(rng, 0.5) else "  -  " for _ in range(4)]
            text += "%-34s %s\n" % (short_drug(m[0])[:34], " ".join(slots))
        text += "\nPRN: Paracetamol 500mg 2 QDS max 8 in 24h\nCodes: A refused, B nausea, C hospital, D social leave\nChecked by: %s (Senior carer)" % pick(rng, FIRST_F)
    elif style == 5:  # summary care record extract
        text = "Summary Care Record - %s\n%s\nGP practice: %s (%s)\n\nAcute medication (last 12 months)\n" % (D(ctx), pid_block(rng, ctx, p, 2), ctx["practice"], ctx["prac_code"])
        text += "\n".join("%s  %s  %s" % (issued(), r[0], r[1]) for r in acute) or "None"
        text += "\n\nRepeat medication\n" + "\n".join("%s  %s  %s  %s" % (issued(), m[0], m[1], m[2]) for m in p["meds"])
        text += "\n\nAllergies and adverse reactions\n%s" % p["allergy"]
    else:  # discharge medicines service / community pharmacy
        text = "\n".join(["%s - %s" % (ctx["pharmacy"], pick(rng, ["Discharge Medicines Service", "New Medicine Service record", "Medicines Use Review"])),
                          pid_block(rng, ctx, p, 5), "Date: " + D(ctx), "", "Medicines list agreed with patient:"] +
                         ["%d. %s  %s" % (i + 1, short_drug(m[0]), m[1].lower()) for i, m in enumerate(p["meds"])] +
                         ["", "Issues: " + pick(rng, ["Nil", "Pt unsure about new dose - explained", "Duplicate PPI removed with GP agreement"]),
                          "Pharmacist: %s  GPhC %07d" % (make_clin(rng, "pharm")["full"], rng.randint(2000000, 2299999))])
    return finish(rng, text, ctx, p)


def gen_prescription(rng, ctx):
    s = pick(rng, [x for x in PC_SCEN if x["rx"]])
    p = pat_for(rng, ctx, s)
    items = list(s["rx"])
    if chance(rng, 0.3) and p["meds"]:
        items = rng.sample(p["meds"], min(len(p["meds"]), rng.randint(1, 4)))
    pres = ctx["gp"] if chance(rng, 0.7) else ctx["anp"]
    style = rng.randrange(7)
    if style == 0:  # FP10SS print
        text = "\n".join(["FP10SS", "Pharmacy Stamp                 Age %d    D.o.B %s" % (p["age"], fdate(p["dob"], 0)),
                          "", "Title, Forename, Surname & Address", pname(rng, p, 0), ", ".join(address_block(p, rng)), "NHS Number: " + p["nhs"], "",
                          "Number of days' treatment N.B. Ensure dose is stated", ""] +
                         ["%s\n%s\n%s\n" % (i[0], i[1], "Supply " + i[2]) for i in items] +
                         ["*** %d item(s) - no further items on this form ***" % len(items), "",
                          "Signature of Prescriber ____________________   Date %s" % D(ctx), "", "%s  %s" % (pres["full"], pres["reg"]),
                          ctx["practice"], "%s %s %s" % (ctx["prac_addr"], ctx["prac_town"], ctx["prac_pc"]), "Tel %s   %s" % (ctx["prac_tel"], ctx["prac_code"]),
                          "%s%d" % (pick(rng, ["", "PCT ", "Org "]), rng.randint(10000, 99999))])
    elif style == 1:  # EPS token
        code = "%s-%s-%s" % tuple("%06X" % rng.randint(0, 16**6 - 1) for _ in range(3))
        text = "\n".join(["Electronic Prescription Service", pick(rng, ["Dispensing Token", "EPS TOKEN - FP10DT", "Prescription token"]),
                          "Prescription ID: %s" % code, "Patient: %s   DOB: %s   NHS: %s" % (pname(rng, p, 0), fdate(p["dob"], 0), p["nhs"]),
                          "Nominated dispenser: %s" % ctx["pharmacy"], ""] + ["%d. %s  - %s - %s" % (k + 1, i[0], i[2], i[1]) for k, i in enumerate(items)] +
                         ["", "Prescriber: %s (%s)" % (pres["full"], ctx["practice"] if chance(rng, 0.5) else ctx["digital"]), "Date: " + D(ctx),
                          "Patient must declare exemption on reverse: A B D E F G L H K M S U W X"])
    elif style == 2:  # private e-prescription from digital service
        text = "\n".join([ctx["digital"], pick(rng, ["PRIVATE PRESCRIPTION", "Prescription", "e-Prescription"]), "Ref: %s-%d" % (pick(rng, ["RX", "PR", "KH"]), rng.randint(100000, 999999)),
                          "", "Patient: %s" % pname(rng, p, 3), "Date of birth: %s" % fdate(p["dob"], ctx["dfmt"]), "Address: %s" % ", ".join(address_block(p, rng)), ""] +
                         ["Rx: %s\n    Sig: %s\n    Qty: %s" % i for i in items] +
                         ["", "Prescriber: %s %s" % (pres["full"], pres["quals"]), pres["reg"], "Signed electronically %s %s" % (D(ctx), ftime(rng)),
                          "Valid for 6 months from date of issue. Sent to: %s" % ctx["pharmacy"]])
    elif style == 3:  # consultation system prescription issue log
        text = "\n".join(["%s %s  Medication issued by %s" % (D(ctx), ftime(rng, 8, 21), pres["full"])] +
                         ["  %s  %s  %s  [%s]" % (i[0], i[1], i[2], pick(rng, ["Acute", "Repeat", "Acute - EPS"])) for i in items] +
                         ["Issue method: %s" % pick(rng, ["EPS R2 - nominated pharmacy", "Printed FP10", "EPS"]), "Pharmacy: " + ctx["pharmacy"], "Patient: " + pname(rng, p, 1)])
    elif style == 4:  # right-hand side repeat slip
        text = "\n".join(["Repeat Prescription Request - %s" % ctx["practice"], pname(rng, p, 0) + "   " + p["nhs"], "Please tick items required", ""] +
                         ["[ ] %s  %s  Qty %s" % (i[0], i[1], i[2]) for i in items] +
                         ["", "Next review date: " + fdate(ctx["date"] + datetime.timedelta(days=rng.randint(60, 360)), ctx["dfmt"]),
                          "Please allow 2 working days. Request via NHS App or %s." % pick(rng, ["practice website", "the app", "by post"])])
    elif style == 5:  # hospital TTO / outpatient prescription form
        text = "\n".join([ctx["hosp"], pick(rng, ["OUTPATIENT PRESCRIPTION", "Hospital prescription", "FP10(HP)"]), pid_block(rng, ctx, p, 4),
                          "Weight: %s kg   Allergies: %s" % (rng.randint(45, 110) if p["age"] > 12 else rng.randint(10, 30), p["allergy"]), ""] +
                         ["Drug: %s   Dose: %s   Supply: %s" % (i[0], i[1], i[2]) for i in items] +
                         ["", "Prescriber: %s  Bleep %d" % (make_clin(rng, "reg")["full"], rng.randint(1000, 9999)), "Clinically checked: %s (pharm)" % pick(rng, LAST), "Date: " + D(ctx)])
    else:  # PGD/ANP nurse prescriber entry
        text = "\n".join(["%s Non-Medical Prescriber" % pick(rng, ["Nurse Independent Prescriber", "NMP", "Pharmacist IP"]), "Prescription record",
                          pid_block(rng, ctx, p, 0), "Indication: " + pick(rng, s["imp"])] + [rx_line(rng, i) for i in items] +
                         ["", "%s %s" % (ctx["anp"]["full"], ctx["anp"]["reg"]), D(ctx)])
    return finish(rng, text, ctx, p, furn=0.3)


def gen_anesthesia_record(rng, ctx):
    op = pick(rng, [o for o in OPS if "minor" not in o["name"]])
    p = make_patient(rng, ctx["date"], op["amin"], op["amax"])
    an = make_clin(rng, "anaes")
    odp = "%s %s (ODP)" % (pick(rng, FIRST_F + FIRST_M), pick(rng, LAST))
    asa = rng.randint(1, 3) + (1 if p["age"] > 80 else 0)
    wt = rng.randint(52, 118)
    style = rng.randrange(7)
    spinal = "hemiarthroplasty" in op["name"] or ("knee" in op["name"] and chance(rng, 0.5))
    if spinal:
        tech = "Spinal: 25G pencil point, L3/4, sitting, 2.6ml 0.5% heavy bupivacaine + 300mcg diamorphine. Block to T10 cold. Propofol TCI sedation."
    elif "carpal" in op["name"]:
        tech = "Local anaesthetic by surgeon; anaesthetic monitoring only."
    else:
        tech = "IV induction: propofol %dmg, fentanyl %dmcg%s. Airway: %s. Maintenance: sevoflurane in O2/air." % (
            rng.randint(120, 250), rng.choice([50, 100, 150]), ", rocuronium %dmg" % rng.randint(30, 60) if chance(rng, 0.5) else "",
            pick(rng, ["i-gel size 4", "LMA size 4", "ETT 7.0 cuffed, grade 1 view, Mac 3", "ETT 8.0, grade 2a, bougie"]))
    drugs = ["Ondansetron 4mg IV", "Dexamethasone 6.6mg IV", "Paracetamol 1g IV", "Cefuroxime 1.5g IV", "Morphine %dmg IV" % rng.randint(2, 10),
             "Hartmann's 1000ml", "Metaraminol 0.5mg boluses x%d" % rng.randint(1, 4)]
    rng.shuffle(drugs)
    drugs = drugs[:rng.randint(3, 6)]
    if "carpal" in op["name"]:
        drugs = ["Lidocaine 1%% %dml (surgeon)" % rng.randint(5, 10), "Paracetamol 1g PO pre-op"]
    t0 = rng.randint(8, 14)
    grid = []
    hr, sbp, dbp, sat = rng.randint(60, 90), rng.randint(110, 150), rng.randint(60, 85), 99
    for k in range(rng.randint(5, 10)):
        grid.append("%02d:%02d  HR %3d  BP %3d/%-3d  SpO2 %d  EtCO2 %.1f" % (t0 + (k * 15) // 60, (k * 15) % 60, hr, sbp, dbp, sat, rng.uniform(4.2, 5.6)))
        hr += rng.randint(-6, 6)
        sbp += rng.randint(-12, 10)
        dbp += rng.randint(-6, 6)
        sat = rng.choice([97, 98, 99, 100])
    pre = "ASA %d. Wt %dkg. %s. Airway: Mallampati %d, mouth opening >3fb, neck full ROM, dentition %s. Fasted from %02d:00. %s" % (
        asa, wt, "PMH: " + (", ".join(p["conds"]) or "nil"), rng.randint(1, 3), pick(rng, ["own, good", "upper denture", "crowns UL1"]),
        rng.randint(0, 6), "Allergies: " + p["allergy"])
    if style in (0, 1):
        text = "\n".join([ctx["hosp"], pick(rng, ["ANAESTHETIC RECORD", "Anaesthetic Chart", "Intra-operative record", ""]), pid_block(rng, ctx, p, rng.choice([2, 4, 6])),
                          "Date: %s   Theatre: %d   Procedure: %s" % (D(ctx), rng.randint(1, 12), op["name"]),
                          "Anaesthetist: %s   Assistant: %s   Surgeon: %s" % (an["full"], odp, make_clin(rng, "surg")["full"]), "",
                          "PRE-OP", pre, "", "TECHNIQUE", tech, "Monitoring: ECG, NIBP, SpO2, EtCO2%s" % (", BIS" if chance(rng, 0.2) else ""), "",
                          "DRUGS", "\n".join(drugs), "", "OBSERVATIONS"] + grid +
                         ["", "EBL: %s   Urine: %s" % (op["ebl"], pick(rng, ["not measured", "n/a", "150ml"])),
                          "Post-op: " + pick(rng, ["Recovery - standard obs", "PCA morphine", "Oral analgesia, antiemetic PRN", "O2 2L NC 24h"]),
                          "Signed: " + an["full"]])
    elif style == 2:  # pre-op assessment clinic
        text = "\n".join([ctx["hosp"] + " Pre-operative Assessment", pid_block(rng, ctx, p, 1), "Planned procedure: " + op["name"], "Date of assessment: " + D(ctx), "",
                          "Medical history: " + (", ".join(p["conds"]) or "nil"), "Medications: " + meds_text(rng, p, 1), "Allergies: " + p["allergy"],
                          "Previous anaesthetics: " + pick(rng, ["GA 2011 no problems", "none", "PONV after GA 2008", "Spinal for hip - uneventful"]),
                          "Family hx anaesthetic problems: none", "Exercise tolerance: %s" % pick(rng, [">2 flights stairs", "1 flight, limited by knee", "50 yards"]),
                          "BMI %.1f  BP %d/%d  HR %d  SpO2 %d%%" % (rng.uniform(20, 38), rng.randint(110, 160), rng.randint(60, 95), rng.randint(55, 95), rng.randint(94, 99)),
                          "Airway: Mallampati %d" % rng.randint(1, 3), "ASA grade: %d" % asa, "Investigations: FBC, U&E%s, ECG" % (", G&S" if "knee" in op["name"] else ""),
                          "Outcome: " + pick(rng, ["Fit for surgery", "Fit - refer anaesthetist re OSA", "Optimise BP with GP before listing"]),
                          "Assessed by: %s (Pre-op nurse)" % pick(rng, LAST)])
    elif style == 3:  # narrative anaesthetic note
        text = "%s %02d:%02d\nAnaesthetic note - %s\n%s\n%s\nUneventful. %s\nHandover to recovery staff. %s" % (
            D(ctx), t0, rng.randint(0, 59), op["name"], pre, tech, "Intra-op: " + ", ".join(drugs) + ".", an["full"] + " " + an["job"])
    elif style == 4:  # recovery / PACU chart
        text = "\n".join(["Post Anaesthesia Care Unit (Recovery) Record", pid_block(rng, ctx, p, 0), "Procedure: " + op["name"] + "   Anaesthetic: " + ("Spinal" if spinal else "GA"),
                          "Arrival in recovery: %02d:%02d" % (t0 + 1, rng.randint(0, 59)), "Airway on arrival: " + pick(rng, ["self ventilating, LMA in situ", "own airway", "Guedel"]), ""] +
                         grid[:4] + ["", "Pain score: %d/10 -> %d/10 after morphine" % (rng.randint(3, 8), rng.randint(0, 3)), "PONV: " + pick(rng, ["nil", "nausea - ondansetron given"]),
                                     "Discharge criteria met: Yes   Time: %02d:%02d   To: %s" % (t0 + 2, rng.randint(0, 59), ctx["ward"]),
                                     "Recovery nurse: %s  Anaesthetist: %s" % (pick(rng, LAST), an["short"])])
    elif style == 5:  # sedation record (endoscopy)
        pr = pick(rng, PROCS[:2])
        text = "\n".join(["CONSCIOUS SEDATION RECORD", ctx["hosp"] + " Endoscopy", pid_block(rng, ctx, p, 5), "Procedure: " + pr["name"], "ASA %d   Weight %dkg" % (asa, wt),
                          "Sedation: " + pr["sed"], "O2 2L/min via nasal specs", ""] + grid[:5] +
                         ["Reversal agents: none", "Sedation score on leaving room: %d" % rng.randint(1, 2), "Escort home: " + pick(rng, ["yes - husband", "yes - son", "taxi (no sedation)"]),
                          "Administered by: " + make_clin(rng, "reg")["full"]])
    else:  # grid/tabular compact chart
        text = "ANAESTHESIA | %s | %s | ASA %d | %dkg\n%s\nInduction %02d:00  Incision %02d:20  End %02d:%02d\n%s\nAGENTS: %s\nVITALS\n%s\nFluids: Hartmann's %dml\nSig %s" % (
            D(ctx), pname(rng, p, 4), asa, wt, op["name"], t0, t0, t0 + 1, rng.randint(0, 59), tech, "; ".join(drugs), "\n".join(grid), rng.choice([500, 1000, 1500]), an["init"])
    return finish(rng, text, ctx, p)


def letter_open(rng, ctx, p, to_patient=True, header=None):
    hdr = header or practice_header(rng, ctx)
    if to_patient:
        addr = "\n".join([pname(rng, p, 0)] + address_block(p, rng))
        sal = pick(rng, ["Dear %s %s" % (p["title"], p["last"]) if p["title"] else "Dear %s" % p["first"], "Dear %s" % p["first"], "Dear Patient"])
    else:
        addr = ""
        sal = ""
    return "%s\n\n%s\n\n%s\n\n%s%s\n\n" % (hdr, addr, D(ctx), pick(rng, ["", "Our ref: %s/%d\n" % (ctx["usual_gp"]["init"], rng.randint(100, 999))]), sal)


def gen_correspondence(rng, ctx):
    p = make_patient(rng, ctx["date"], 18, 90)
    style = rng.randrange(9)
    gp = ctx["usual_gp"]
    if style == 0:  # results letter to patient
        text = letter_open(rng, ctx, p)
        text += pick(rng, ["I am writing to let you know that your recent blood test results are within the normal range and no further action is needed.",
                           "Your recent blood test showed a slightly raised cholesterol level. I would like you to book a telephone appointment to discuss this.",
                           "We have tried to contact you by telephone without success regarding your recent test results. Please contact the surgery to book a routine appointment.",
                           "Your urine sample showed no sign of infection."])
        text += "\n\nIf you have any questions please contact the surgery on %s or via the NHS App.\n\n%s" % (ctx["prac_tel"], sig(rng, gp, style=rng.choice([0, 1])))
        if chance(rng, 0.5):
            text += "\n\n" + boiler(rng, ctx, "gp")
    elif style == 1:  # DNA letter from hospital
        cons = make_clin(rng, "cons")
        text = "%s\n\n%s\n\nDear %s\n\nRe: %s\n\n" % (hosp_header(rng, ctx), D(ctx), gp["full"], pid_block(rng, ctx, p, 3))
        text += pick(rng, ["This patient did not attend their appointment in the %s clinic today. As per Trust policy I have discharged them back to your care. Should you wish them to be seen, please re-refer." % pick(rng, ["Cardiology", "Dermatology", "Rheumatology", "ENT"]),
                           "I note that %s has not attended for the second time. I have offered one further appointment and will discharge if not attended." % p["first"]])
        text += "\n\n" + sig(rng, cons, style=rng.choice([0, 5]))
    elif style == 2:  # recall / invitation
        text = letter_open(rng, ctx, p)
        what = pick(rng, ["your annual asthma review", "your annual diabetes review", "a blood pressure check", "your NHS Health Check",
                          "a medication review", "your annual COPD review", "a review of your long-term conditions"])
        text += "Our records show that you are now due %s. This may be done by telephone or video with our nurse or pharmacist.\n\nPlease book by calling %s, or online through the NHS App. If you would like a face to face appointment please tell the receptionist.\n\n%s" % (
            what, ctx["prac_tel"], pick(rng, ["Yours sincerely\n\n%s Practice Team" % ctx["practice"], "Practice Manager\n%s" % ctx["practice"], sig(rng, gp, style=1)]))
    elif style == 3:  # letter GP to consultant (query, not referral)
        cons = make_clin(rng, "cons")
        text = "%s\n\n%s\n%s\n%s\n\n%s\n\nDear %s\n\nRe: %s\n\n" % (practice_header(rng, ctx), cons["full"], pick(rng, ["Consultant Rheumatologist", "Consultant Cardiologist", "Diabetes Centre"]),
                                                                   ctx["hosp"], D(ctx), cons["short"], pid_block(rng, ctx, p, 0))
        text += pick(rng, ["Thank you for seeing this patient. I would be grateful for clarification on the dose of methotrexate as the clinic letter and the shared care agreement differ.",
                           "I note from your letter that you suggested stopping bisoprolol. Could you confirm whether the patient should remain on a rate-limiting agent?",
                           "The patient contacted us via our online service asking when their follow-up will be. I would be grateful if your secretary could advise them directly.",
                           "Many thanks for your letter. We are unable to prescribe the requested item under shared care at present as it is RED on the local formulary."])
        text += "\n\n" + sig(rng, gp, style=rng.choice([0, 1]))
    elif style == 4:  # clinic follow-up letter brief (hospital to GP, no new consult)
        cons = make_clin(rng, "cons")
        text = "%s\n\nDear Dr %s\n\n%s\nDiagnosis: %s\n\n" % (hosp_header(rng, ctx), gp["last"], pid_block(rng, ctx, p, 3), pick(rng, p["conds"] or ["Hypertension"]))
        text += pick(rng, ["I am pleased to say that this patient remains stable and I have discharged them from follow-up.", "No change to treatment. Review 12 months.",
                           "I write to confirm that we have stopped the trial of medication and will review in 6 months. There are no actions for you."])
        text += "\n\n" + sig(rng, cons, style=5)
    elif style == 5:  # email / online message exchange printed
        text = "From: %s <%s>\nTo: %s\nSent: %s %s\nSubject: %s\n\n" % (
            pname(rng, p, 3), p["email"], ctx["prac_email"], D(ctx), ftime(rng), pick(rng, ["Query", "Question about my tablets", "Fit note", "Results?", "Re: appointment"]))
        text += pick(rng, ["Hi, I had a video call with the doctor last week and was wondering if my blood results are back yet. Thanks",
                           "Hello, the pharmacy says they haven't received my prescription. Can you check please?",
                           "Could I have a letter for my employer confirming my appointment on Tuesday."])
        text += "\n\n--- Reply ---\nFrom: %s\nDear %s, %s\nKind regards, %s" % (
            ctx["prac_email"], p["first"], pick(rng, ["your results are normal.", "this has now been sent electronically to your nominated pharmacy.", "a letter will be ready to collect in 48 hours (a fee may apply)."]),
            pick(rng, ["Reception team", gp["full"], "Admin team"]))
    elif style == 6:  # letter to patient after remote consultation summary
        s = scen_pc(rng, p)
        c = concrete_pc(rng, s)
        text = "%s\n\n%s\n\nDear %s,\n\nThank you for speaking with me on %s. Here is a summary of our conversation.\n\nWhat we discussed: %s\nWhat I think: %s\nWhat we agreed: %s\nWhen to get help: %s\n\n%s" % (
            service_header(rng, ctx), D(ctx), p["first"], D(ctx), c["pc"], c["imp"], " ".join(c["plan"]), c["sn"], sig(rng, ctx["gp"], style=1))
    elif style == 7:  # removal / admin letter
        text = letter_open(rng, ctx, p)
        text += pick(rng, ["We are writing to let you know that your request to transfer to our online service has been completed and your records have been received.",
                           "We have been notified that you have moved outside the practice boundary. You will need to register with a practice closer to your new address within 30 days.",
                           "Thank you for your feedback about your recent consultation. The Practice Manager has reviewed your comments and would welcome a call to discuss."])
        text += "\n\nYours sincerely\n\n%s %s\nPractice Manager" % (pick(rng, FIRST_F), pick(rng, LAST))
    else:  # letter to DVLA/third party about patient's fitness (non-referral)
        text = "%s\n\n%s\n\nTo whom it may concern\n\nRe: %s, DOB %s\n\n" % (practice_header(rng, ctx), D(ctx), pname(rng, p, 0), fdate(p["dob"], ctx["dfmt"]))
        text += pick(rng, ["I confirm that the above named patient is registered at this practice and has been unable to attend work/college due to illness between the dates they have stated.",
                           "At the patient's request I confirm they are fit to undertake air travel. This letter is based on the records held and not on examination.",
                           "I confirm this patient has a diagnosis of %s and is under regular review at this surgery." % pick(rng, p["conds"] or ["asthma"])])
        text += "\n\n" + sig(rng, gp, style=0)
    return finish(rng, text, ctx, p)


CONSENTS = [
    ("Laparoscopic cholecystectomy", "Removal of gallbladder via keyhole surgery", "Pain, bleeding, infection, bile leak (1%), damage to bile duct (0.3%), retained stones, conversion to open, DVT/PE"),
    ("Colonoscopy +/- polypectomy", "Camera examination of the large bowel", "Discomfort, bleeding (1 in 100 after polyp removal), perforation (1 in 1000), missed lesions, reaction to sedation"),
    ("Excision of skin lesion", "Removal of skin lesion under local anaesthetic", "Scar, bleeding, infection, wound breakdown, recurrence, need for further surgery"),
    ("Insertion of intrauterine device", "Fitting of copper coil", "Pain, vasovagal, expulsion (1 in 20), perforation (1 in 1000), infection, ectopic if failure"),
    ("Joint injection (corticosteroid)", "Steroid injection into shoulder", "Post-injection flare, infection (rare), skin thinning/depigmentation, raised blood glucose, facial flushing"),
    ("Right total knee replacement", "Replacement of right knee joint", "Infection (1-2%), DVT/PE, stiffness, ongoing pain, nerve/vessel injury, revision, fracture, leg length difference"),
    ("Coronary angiography +/- PCI", "X-ray pictures of heart arteries +/- stent", "Bruising, bleeding, arterial damage, contrast reaction, kidney injury, stroke/MI/death (<1 in 1000)"),
]


def gen_consent_form(rng, ctx):
    cp = pick(rng, CONSENTS)
    p = make_patient(rng, ctx["date"], 20 if "intrauterine" not in cp[0] else 20, 85 if "intrauterine" not in cp[0] else 45, "F" if "intrauterine" in cp[0] else None)
    clin = make_clin(rng, pick(rng, ["surg", "cons", "reg", "gp"]))
    style = rng.randrange(7)
    if style in (0, 1):  # NHS consent form 1
        text = "\n".join([ctx["trust"] if style == 0 else ctx["hosp"], pick(rng, ["Consent Form 1", "CONSENT FORM 1", "Form 1"]),
                          "Patient agreement to investigation or treatment", "", pid_block(rng, ctx, p, rng.choice([1, 4])),
                          "Special requirements: %s" % pick(rng, ["none", "interpreter (Polish)", "hearing impaired", "n/a"]), "",
                          "Name of proposed procedure or course of treatment (include brief explanation if medical term not clear)", cp[0] + " - " + cp[1], "",
                          "Statement of health professional (to be filled in by health professional with appropriate knowledge of proposed procedure, as specified in consent policy)",
                          "I have explained the procedure to the patient. In particular, I have explained:", "The intended benefits: " + pick(rng, ["relief of symptoms", "diagnosis", "contraception", "improve pain and function"]),
                          "Serious or frequently occurring risks: " + cp[2], "Any extra procedures which may become necessary: " + pick(rng, ["blood transfusion", "conversion to open", "none anticipated", "further biopsy"]),
                          "I have also discussed what the procedure is likely to involve, the benefits and risks of any available alternative treatments (including no treatment).",
                          "[x] The following leaflet has been provided: %s" % pick(rng, ["Patient information leaflet", "PIL v3.2", "None"]),
                          "This procedure will involve: [%s] general and/or regional anaesthesia [%s] local anaesthesia [%s] sedation" % (
                              "x" if "knee" in cp[0] or "chole" in cp[0] else " ", "x" if "skin" in cp[0] or "Joint" in cp[0] or "intrauterine" in cp[0] else " ", "x" if "scopy" in cp[0] or "angio" in cp[0] else " "),
                          "Signed: ___%s___  Date: %s" % (clin["init"], D(ctx)), "Name (PRINT): %s   Job title: %s" % (clin["full"].upper(), clin["job"]), "",
                          "Statement of patient", "Please read this form carefully. If your treatment has been planned in advance, you should already have your own copy of page 2 which describes the benefits and risks of the proposed treatment.",
                          "I agree to the procedure or course of treatment described on this form.",
                          "I understand that you cannot give me a guarantee that a particular person will perform the procedure.",
                          "Patient's signature: ____%s____   Date: %s" % (p["first"][0] + p["last"][0], D(ctx)), "Name (PRINT): " + pname(rng, p, 4), "",
                          "Confirmation of consent (to be completed by a health professional when the patient is admitted for the procedure, if the patient has signed the form in advance)",
                          "On behalf of the team treating the patient, I have confirmed with the patient that he/she has no further questions and wishes the procedure to go ahead.",
                          "Signed: ________  Date: %s" % fdate(ctx["date"] + datetime.timedelta(days=rng.randint(0, 30)), ctx["dfmt"]),
                          "Top copy accepted by patient: yes/no (please ring)"])
    elif style == 2:  # GP minor surgery consent
        text = "\n".join([practice_header(rng, ctx), "MINOR SURGERY / PROCEDURE CONSENT", "", "Patient name: " + pname(rng, p, 0), "DOB: " + fdate(p["dob"], ctx["dfmt"]),
                          "Procedure: " + cp[0], "", "I confirm that the nature of the procedure, its purpose and the risks (%s) have been explained to me." % cp[2].lower(),
                          "I understand that the specimen may be sent for examination and the results will be communicated to me.",
                          "I consent to the procedure being carried out by %s." % ctx["gp"]["full"], "", "Patient signature ______________   Date " + D(ctx),
                          "Clinician signature ______________   Date " + D(ctx), "Chaperone: " + pick(rng, ["declined", pick(rng, FIRST_F) + " (HCA)", "n/a"])])
    elif style == 3:  # electronic consent log
        text = "%s %s  Consent recorded (%s)\nProcedure: %s\nRisks discussed: %s\nAlternatives discussed: %s\nCapacity: %s\nPatient consented verbally / e-signature captured via app.\nClinician: %s" % (
            D(ctx), ftime(rng), pick(rng, ["Video", "In person", "Telephone"]), cp[0], cp[2], pick(rng, ["conservative Mx, no treatment", "watchful waiting", "alternative methods"]),
            "Has capacity - understands, retains, weighs, communicates", clin["full"])
    elif style == 4:  # form 4 - lacks capacity
        text = "\n".join([ctx["trust"], "Consent Form 4", "Form for adults who lack the capacity to consent to investigation or treatment", "",
                          pid_block(rng, ctx, p, 1), "", "All sections to be completed by health professional proposing the procedure", "",
                          "A. Details of procedure or course of treatment proposed: " + cp[0], "",
                          "B. Assessment of patient's capacity: I confirm that the patient lacks capacity to give or withhold consent to this procedure because of an impairment of the mind or brain (%s) and is unable to: [x] understand [x] retain [x] use/weigh [ ] communicate" % pick(rng, ["advanced dementia", "delirium", "learning disability"]),
                          "", "C. Assessment of patient's best interests: To the best of my knowledge, the patient has not refused this procedure in a valid advance decision. " + cp[2],
                          "", "D. Involvement of the patient's family and others close to the patient: discussed with %s (%s) on %s, who agrees this is in the patient's best interests." % (
                              pick(rng, FIRST_F + FIRST_M) + " " + p["last"], pick(rng, ["daughter", "son", "wife", "husband", "LPA health & welfare"]), D(ctx)),
                          "", "Signature: ____ Name: %s  Job: %s  Date: %s" % (clin["full"], clin["job"], D(ctx)), "Second opinion (optional): ____"])
    elif style == 5:  # consent to remote consultation / recording
        text = "\n".join([ctx["digital"], pick(rng, ["Consent to video consultation", "Consent to record consultation for training", "Consent to share information"]), "",
                          "Patient: %s  DOB %s" % (pname(rng, p, 3), fdate(p["dob"], ctx["dfmt"])), "",
                          "[x] I understand the consultation will be carried out by video and the clinician may not be able to examine me fully.",
                          "[x] I am in a private location.", "[%s] I agree for the consultation to be recorded for training purposes. Recordings are stored securely and deleted after 30 days." % pick(rng, ["x", " "]),
                          "[x] I consent to %s sharing information with my registered practice (%s)." % (ctx["digital"], ctx["practice"]),
                          "", "Accepted electronically %s %s from device ID %08X" % (D(ctx), ftime(rng), rng.randint(0, 2**32 - 1))])
    else:  # vaccine consent
        text = "\n".join([pick(rng, ["Vaccination consent form", "Immunisation consent - " + ctx["practice"], "COVID-19 / Influenza vaccine consent"]),
                          "Name: " + pname(rng, p, 0), "DOB: " + fdate(p["dob"], ctx["dfmt"]), "NHS no: " + p["nhs"], "",
                          "Are you feeling unwell today?  Y / [N]", "Have you ever had a serious allergic reaction?  Y / [N]", "Are you or could you be pregnant?  Y / [N]",
                          "Are you taking blood thinners?  %s" % pick(rng, ["[Y] / N", "Y / [N]"]), "",
                          "I have read the information leaflet and consent to receive the vaccine.", "Signed ________   Date " + D(ctx),
                          "Vaccinator: %s" % ctx["anp"]["full"]])
    return finish(rng, text, ctx, p)


def gen_referral_letter(rng, ctx):
    style = rng.randrange(8)
    gp = ctx["gp"] if chance(rng, 0.6) else ctx["usual_gp"]
    if style == 0:  # 2WW suspected cancer proforma
        site = pick(rng, [("Lower GI", "FIT 146 ug/g, change in bowel habit 8 weeks, Hb 104", 50, 85, None),
                          ("Breast", "Lump L breast upper outer quadrant 2cm, firm, noticed 3 weeks", 30, 80, "F"),
                          ("Skin", "Changing pigmented lesion R calf, photo via app shows asymmetry and 3 colours", 25, 85, None),
                          ("Upper GI", "Dysphagia to solids, 5kg weight loss", 55, 85, None),
                          ("Urology", "PSA 11.2 (age 68), DRE hard nodular", 55, 85, "M"),
                          ("Head & Neck", "Persistent hoarseness 4 weeks, smoker", 45, 85, None),
                          ("Gynaecology", "Postmenopausal bleeding, not on HRT", 55, 85, "F")])
        p = make_patient(rng, ctx["date"], site[2], site[3], site[4])
        text = "\n".join(["URGENT SUSPECTED CANCER REFERRAL - %s" % site[0].upper() if chance(rng, 0.7) else "%s Suspected Cancer (2WW) Referral Form" % site[0],
                          "%s   e-RS UBRN: %012d" % (ctx["trust"], rng.randint(0, 10**12 - 1)), "", pid_block(rng, ctx, p, 1), "Tel: %s  Mobile: %s" % (p["phone"], p["mob"]),
                          "Interpreter required: %s" % pick(rng, ["No", "No", "Yes - Urdu"]), "",
                          "Referring GP: %s   Practice: %s (%s)" % (gp["full"], ctx["practice"], ctx["prac_code"]), "Date of decision to refer: " + D(ctx), "",
                          "Patient informed this is an urgent suspected cancer referral: [x] Yes", "Patient available in next 2 weeks: [x] Yes", "",
                          "Criteria met (NICE NG12): [x] " + site[1], "", "Clinical details / history:", site[1] + ". " + pick(rng, ["Seen by video, then face to face at surgery for examination.", "Examined at practice.", "Remote consultation, photos reviewed."]),
                          "", "PMH: " + pmh_text(rng, p, 0), "Medication: " + meds_text(rng, p, 1), "Allergies: " + p["allergy"],
                          "Performance status (WHO): %d" % rng.randint(0, 2), "Recent bloods attached: FBC, U&E, LFT", "", "Signed: " + gp["full"]])
        return finish(rng, text, ctx, p)
    s = scen_pc(rng)
    p = pat_for(rng, ctx, s)
    c = concrete_pc(rng, s)
    if style == 1:  # OOH/remote GP to medical/surgical take
        team = pick(rng, ["Medical Registrar on call", "Surgical SHO on call", "Paediatric Registrar", "SDEC team", "Acute Medical Unit"])
        text = "%s\n%s %s\n\nDear %s,\n\nRe: %s\n\n" % (service_header(rng, ctx), D(ctx), ftime(rng), team, pid_block(rng, ctx, p, 0))
        text += "Thank you for accepting this %d year old %s with %s. %s %s\n\nRemote assessment: %s\n\nImpression: %s\n\nPMH: %s\nMedication: %s\nAllergies: %s\n\n" % (
            p["age"], p["sexword"], c["pc"].lower(), c["hx"], neg_list(rng, c["rf"]), c["exam"], c["imp"], pmh_text(rng, p, 0), meds_text(rng, p, 1), p["allergy"])
        text += "Discussed with %s who accepted. Pt advised to attend %s.\n\n%s" % (make_clin(rng, "reg")["short"], pick(rng, ["ED with this letter", "SDEC by own transport", "by ambulance"]), sig(rng, gp, style=rng.choice([1, 3])))
    elif style == 2:  # e-RS routine referral letter
        spec = pick(rng, ["Physiotherapy MSK", "Dermatology", "ENT", "Gastroenterology", "Cardiology", "Rheumatology", "Gynaecology", "Orthopaedics"])
        text = "%s\n\n%s\n\n%s\n%s\n\nDear Colleague\n\nRe: %s\n\n" % (practice_header(rng, ctx), D(ctx), spec, ctx["hosp"], pid_block(rng, ctx, p, rng.choice([0, 3, 7])))
        text += "I would be grateful if you could see this %d year old %s with %s. %s\n\n%s\n\nPast medical history:\n%s\n\nCurrent medication:\n%s\n\nAllergies: %s\n\n%s\n\n%s" % (
            p["age"], p["sexword"], c["imp"].lower(), c["hx"], pick(rng, ["Despite treatment symptoms have persisted.", "This is now the third episode this year.", "We have tried first line management without benefit."]),
            pmh_text(rng, p, 1), meds_text(rng, p, 0), p["allergy"], pick(rng, ["Many thanks for your help.", "I would value your opinion regarding further management.", "Thank you for seeing him." if p["sex"] == "M" else "Thank you for seeing her."]),
            sig(rng, gp, style=rng.choice([0, 1])))
        if chance(rng, 0.5):
            text += "\n\n" + boiler(rng, ctx, "gp", rng.randint(1, 2))
    elif style == 3:  # community services referral form
        svc = pick(rng, ["District Nursing", "Community Falls Service", "Rapid Response / Virtual Ward", "Community Mental Health Team", "Social Prescribing", "Dietetics"])
        text = "\n".join(["%s - REFERRAL FORM" % svc.upper(), "Single Point of Access  Tel %s  Email spa@nhs.example.net" % phone(rng), "",
                          pid_block(rng, ctx, p, 4), "Address: " + ", ".join(address_block(p, rng)), "Key safe: " + pick(rng, ["yes - code via phone", "no", "n/a"]),
                          "Referrer: %s, %s  Tel %s" % (gp["full"], ctx["practice"], ctx["prac_tel"]), "Urgency: " + pick(rng, ["Routine", "Urgent - within 2 hrs", "Within 48 hours"]),
                          "Reason for referral: " + pick(rng, ["wound care", "assessment of frailty and falls", "IV antibiotics at home", "low mood with social isolation", "weight loss, poor intake", "catheter care"]),
                          "Relevant history: " + pmh_text(rng, p, 0), "Consent to referral obtained: YES", "Risks (lone worker): " + pick(rng, ["none known", "dog in property", "none"]), "Date: " + D(ctx)])
    elif style == 4:  # short referral via online system
        text = "Referral - %s\nFrom: %s (%s)\nTo: %s\nPriority: %s\nPatient: %s\n\nReason: %s - %s\n%s" % (
            D(ctx), gp["full"], ctx["digital"], pick(rng, ["MSK Physio", "NHS Talking Therapies", "Ophthalmology", "Podiatry", "Audiology"]), pick(rng, ["Routine", "Soon", "Urgent"]),
            pname(rng, p, 5), c["imp"], c["hx"], "Pt aware and agrees.")
    elif style == 5:  # letter to ophthalmology/eye casualty
        text = "%s\n\nTo: Eye Casualty / On-call %s\n%s\n\n%s\n\n%s\n\nPlease see today. Pt attending with this letter.\n\n%s" % (
            service_header(rng, ctx), pick(rng, ["Ophthalmology", "ENT", "Gynaecology", "Paediatrics"]), D(ctx), pid_block(rng, ctx, p, 5),
            "Presenting: %s. %s Remote exam: %s Impression %s." % (c["pc"], c["hx"], c["exam"], c["imp"]), sig(rng, gp, style=6))
    elif style == 6:  # referral to mental health crisis / IAPT
        text = "\n".join(["%s" % ctx["practice"], "Referral to %s" % pick(rng, ["Community Mental Health Team", "Crisis Resolution & Home Treatment Team", "Perinatal MH team", "Memory Assessment Service"]),
                          D(ctx), pid_block(rng, ctx, p, 1), "", "Reason for referral:", c["hx"], "Risk assessment: " + pick(rng, ["low risk - no thoughts of self harm", "moderate - passive thoughts, no plan", "safeguarding concern - see below"]),
                          "Current treatment: " + meds_text(rng, p, 1), "Patient consents: Yes", "", sig(rng, gp, style=3)])
    else:  # tabular e-RS referral print
        text = "\n".join(["NHS e-Referral Service - Referral Letter", "UBRN: %012d" % rng.randint(0, 10**12 - 1), "Service: %s - %s" % (pick(rng, ["General Surgery", "Urology", "Cardiology", "Paediatrics"]), ctx["hosp"]),
                          "Priority: Routine   Date: " + D(ctx), "", "| Name | %s |" % pname(rng, p, 1), "| DOB | %s |" % fdate(p["dob"], ctx["dfmt"]), "| NHS | %s |" % p["nhs"],
                          "| Referrer | %s |" % gp["full"], "", "Clinical information:", c["imp"] + ". " + c["hx"], "Examination: " + c["exam"], "Investigations: " + (", ".join(c["inv"]) or "none"),
                          "Question for specialist: " + pick(rng, ["please assess and advise", "?surgical opinion", "consideration of further Ix"])])
    return finish(rng, text, ctx, p)


def gen_advance_directive(rng, ctx):
    p = make_patient(rng, ctx["date"], 60, 97)
    ensure_meds(rng, p, 2)
    style = rng.randrange(7)
    gp = ctx["usual_gp"]
    dx = pick(rng, ["metastatic prostate cancer" if p["sex"] == "M" else "metastatic breast cancer", "end stage COPD", "advanced dementia", "heart failure (NYHA IV)", "motor neurone disease", "frailty (CFS 7)"])
    nok = "%s %s (%s) tel %s" % (pick(rng, FIRST_F + FIRST_M), p["last"], pick(rng, ["daughter", "son", "wife", "husband", "niece"]), mobile(rng))
    if style == 0:  # ADRT
        text = "\n".join([pick(rng, ["ADVANCE DECISION TO REFUSE TREATMENT", "Advance Decision to Refuse Treatment (ADRT)", "My Advance Decision"]), "",
                          "Name: %s   DOB: %s   NHS: %s" % (pname(rng, p, 3), fdate(p["dob"], ctx["dfmt"]), p["nhs"]), "Address: " + ", ".join(address_block(p, rng)),
                          "GP: %s, %s" % (gp["full"], ctx["practice"]), "",
                          "I, %s, make this advance decision to refuse the following treatment(s) if I lose the capacity to make decisions about my care:" % pname(rng, p, 3), "",
                          "Treatment I refuse: Cardiopulmonary resuscitation. Circumstances: in all circumstances. I refuse this treatment even if my life is at risk as a result.",
                          "Treatment I refuse: Artificial nutrition and hydration via tube. Circumstances: if I am unable to swallow due to %s. I refuse this treatment even if my life is at risk." % dx,
                          "Treatment I refuse: Mechanical ventilation. Circumstances: if my condition is not reversible.", "",
                          "Signed: ________ (%s)   Date: %s" % (p["first"][0] + p["last"][0], D(ctx)),
                          "Witness: %s %s, %s   Signed ________ Date %s" % (pick(rng, FIRST_F), pick(rng, LAST), pick(rng, STREETS) + ", " + pick(rng, TOWNS), D(ctx)),
                          "", "People who know about this decision: " + nok, "Copy held by GP: yes"])
    elif style == 1:  # ReSPECT
        text = "\n".join(["ReSPECT", "Recommended Summary Plan for Emergency Care and Treatment", "Version %d   Date completed: %s" % (rng.randint(1, 3), D(ctx)),
                          pid_block(rng, ctx, p, rng.choice([1, 4])), "", "1. This plan belongs to: %s" % pname(rng, p, 0),
                          "2. Shared understanding of my health and current condition: %s. Also %s." % (dx.capitalize(), ", ".join(p["conds"][:3]).lower() or "nil else"),
                          "Other relevant planning documents: %s" % pick(rng, ["LPA health & welfare", "ADRT", "None", "Preferred priorities for care"]),
                          "3. What matters to me: %s" % pick(rng, ["To stay at home with my family. I do not want to go back into hospital.", "Being comfortable and pain free.", "Seeing my grandchildren."]),
                          "4. Clinical recommendations for emergency care and treatment:", "[%s] Prioritise extending life   [%s] Balance   [%s] Prioritise comfort" % tuple(rng.sample(["x", " ", " "], 3)),
                          "Now provide clinical guidance: %s" % pick(rng, ["Ward based care only, no ICU. Treat reversible causes (e.g. infection with oral antibiotics).", "Symptom control at home, anticipatory meds in place.", "For hospital admission if needed but not for NIV or ICU."]),
                          "CPR attempts recommended: Adult or child [ ]   CPR attempts NOT recommended: Adult or child [x]",
                          "5. Capacity and representation: Does the person have sufficient capacity? %s" % pick(rng, ["Yes", "No - best interests decision"]),
                          "6. Involvement in making this plan: [x] discussed with person [x] discussed with " + nok,
                          "7. Clinicians' signatures: %s %s  %s" % (gp["full"], gp["reg"], D(ctx)), "8. Emergency contacts: " + nok,
                          "9. Form reviewed: ____"])
    elif style == 2:  # DNACPR
        text = "\n".join(["%s" % pick(rng, [ctx["trust"], "Adult Do Not Attempt Cardiopulmonary Resuscitation (DNACPR)", "UNIFIED DNACPR", "DNACPR DECISION"]),
                          "Adult aged 16 years and over", "In the event of cardiac or respiratory arrest no attempts at cardiopulmonary resuscitation (CPR) will be made. All other appropriate treatment and care will be provided.",
                          "", "Name: " + pname(rng, p, 0), "Address: " + ", ".join(address_block(p, rng)), "DOB: %s   NHS: %s" % (fdate(p["dob"], ctx["dfmt"]), p["nhs"]),
                          "Date of DNACPR order: " + D(ctx), "", "1. Does the patient have capacity to make and communicate decisions about CPR? " + pick(rng, ["YES", "NO"]),
                          "2. Summary of the main clinical problems and reasons why CPR would be inappropriate, unsuccessful or not in the patient's best interests:",
                          "%s. CPR would not be successful." % dx.capitalize(), "3. Summary of communication with patient: discussed, agrees.",
                          "4. Summary of communication with relatives: " + nok + " informed.", "5. Healthcare professional completing this DNACPR order: %s, %s, %s" % (gp["full"], gp["job"], gp["reg"]),
                          "6. Review date (if appropriate): Indefinite", "Signature ________"])
    elif style == 3:  # advance statement / preferences
        text = "\n".join([pick(rng, ["Advance Statement of Wishes and Preferences", "My Advance Care Plan", "Planning for my future care"]), "", "Name: " + pname(rng, p, 3),
                          "", "Where I would like to be cared for: " + pick(rng, ["At home", "At the hospice", "In my care home, not hospital"]),
                          "Where I would like to die: " + pick(rng, ["Home", "Hospice", "Not sure yet"]), "Things that are important to me: my faith (%s), my dog, music." % pick(rng, ["Methodist", "Catholic", "Muslim", "none"]),
                          "I would not want: to be fed by a tube, to be kept alive on machines.", "People I want involved: " + nok,
                          "I have / have not made a Lasting Power of Attorney: have (health & welfare) - %s %s" % (pick(rng, FIRST_F), p["last"]), "", "Signed: ______  Date: " + D(ctx),
                          "Supported by: %s (%s)" % (ctx["anp"]["full"], pick(rng, ["Community Palliative Care CNS", "ANP", "District Nurse"]))])
    elif style == 4:  # GP coded ACP entry / EPaCCS summary
        text = "\n".join(["EPaCCS / Shared Care Record - End of Life Care Summary", pid_block(rng, ctx, p, 0), "Date recorded: " + D(ctx), "",
                          "Diagnosis: " + dx, "Prognosis: " + pick(rng, ["months", "weeks to months", "short weeks"]), "CPR status: DNACPR (form in house - %s)" % pick(rng, ["purple", "red bordered", "original at home"]),
                          "Preferred place of care: " + pick(rng, ["Home", "Hospice"]), "Preferred place of death: " + pick(rng, ["Home", "Hospice", "Care home"]),
                          "Anticipatory medications issued: yes " + D(ctx), "ADRT: " + pick(rng, ["none", "yes - refuses CPR and ventilation"]), "LPA H&W: " + pick(rng, ["yes", "no"]),
                          "Key worker: DN team %s" % pick(rng, TOWNS), "Gold Standards Framework: %s" % pick(rng, ["Amber", "Red", "Green"]), "Recorded by " + gp["full"]])
    elif style == 5:  # hospital TEP (treatment escalation plan)
        text = "\n".join([ctx["hosp"], "TREATMENT ESCALATION PLAN", pid_block(rng, ctx, p, 2), "", "Diagnosis/ceiling of care discussion: " + dx,
                          "Escalation: [ ] Full   [x] Ward based   [ ] Comfort only", "Not for: ICU, NIV, CPR", "Is for: IV antibiotics, IV fluids, bloods",
                          "Discussed with patient: yes. Discussed with NOK: " + nok, "Consultant: %s  Date: %s" % (make_clin(rng, "cons")["full"], D(ctx)), "To be reviewed on discharge"])
    else:  # letter covering advance decision
        text = "%s\n\n%s\n\nTo whom it may concern\n\nRe: %s\n\nI confirm that %s has made an Advance Decision to Refuse Treatment, a copy of which is held in the GP record and at home. It refuses CPR and artificial ventilation in the event of loss of capacity in the context of %s. At the time of signing %s had capacity.\n\n%s" % (
            practice_header(rng, ctx), D(ctx), pid_block(rng, ctx, p, 5), pname(rng, p, 0), dx, p["he"], sig(rng, gp, style=0))
    return finish(rng, text, ctx, p)


ECG_DX = [
    ("Sinus rhythm", "Normal ECG", (60, 95), False),
    ("Sinus bradycardia", "Otherwise normal ECG", (45, 58), False),
    ("Atrial fibrillation with rapid ventricular response", "Abnormal ECG", (110, 150), True),
    ("Sinus rhythm with 1st degree AV block", "Borderline ECG", (55, 80), False),
    ("Sinus rhythm. Left ventricular hypertrophy by voltage criteria", "Abnormal ECG", (60, 90), False),
    ("Sinus rhythm. Right bundle branch block", "Abnormal ECG", (60, 90), False),
    ("Sinus rhythm. ST depression V4-V6, consider ischaemia", "Abnormal ECG", (70, 100), False),
    ("Sinus tachycardia", "Otherwise normal ECG", (101, 120), False),
    ("Sinus rhythm with occasional ventricular ectopics", "Borderline ECG", (60, 85), False),
]


def gen_ecg_report(rng, ctx):
    p = make_patient(rng, ctx["date"], 25, 92)
    dx = pick(rng, ECG_DX)
    rate = rng.randint(*dx[2])
    pr = rng.randint(205, 260) if "1st degree" in dx[0] else (0 if dx[3] else rng.randint(130, 200))
    qrs = rng.randint(122, 150) if "bundle" in dx[0] else rng.randint(78, 108)
    qt = int(rng.randint(340, 420) * (1.0 if rate < 80 else 0.9))
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axes = (rng.randint(-10, 80) if not dx[3] else "*", rng.randint(-30, 90), rng.randint(-10, 80))
    style = rng.randrange(7)
    machine = "\n".join(["Vent. rate      %3d BPM" % rate, "PR interval     %s ms" % (pr if pr else "*"), "QRS duration    %3d ms" % qrs,
                         "QT/QTc      %d/%d ms" % (qt, qtc), "P-R-T axes  %s %s %s" % axes])
    if style in (0, 1):  # machine printout
        text = "\n".join(["%s   %s" % (pname(rng, p, 4), "ID: " + p["mrn"]), "%s %s" % (D(ctx), ftime(rng)), "%d yr  %s  %s" % (p["age"], "Male" if p["sex"] == "M" else "Female", pick(rng, ["Caucasian", "Unknown", ""])),
                          "Loc: %s   Room: %s" % (pick(rng, ["OOH base", "Surgery", "ED", "AMU", "Cardiology OPD", "Treatment room"]), rng.randint(1, 20)), "",
                          machine, "", dx[0], dx[1], "", pick(rng, ["Unconfirmed report", "Confirmed by: %s" % make_clin(rng, "cons")["full"], "Referred by: " + ctx["gp"]["full"]]),
                          "25 mm/s  10 mm/mV  0.05-150 Hz  %s" % pick(rng, ["50~", "MAC5500", "ELI 250", "Page 1"])])
    elif style == 2:  # GP interpretation note
        text = "%s %s ECG - %s\n%s\nRate %d, rhythm %s, PR %s, QRS %d, QTc %d.\nInterpretation: %s.\n%s" % (
            D(ctx), ctx["practice"], pname(rng, p, 1), "Reason: " + pick(rng, ["palpitations", "HTN work-up", "chest pain (non-cardiac sounding)", "pre-ADHD meds", "on citalopram - QTc"]),
            rate, "irregularly irregular" if dx[3] else "regular", pr or "n/a", qrs, qtc, dx[0], "Action: " + pick(rng, ["nil, file", "discuss at video consult", "start DOAC + rate control, see separately", "refer cardiology", "repeat 3 months"]))
    elif style == 3:  # cardiology physiologist report (24h tape / resting ECG report)
        text = "\n".join([ctx["hosp"], "Cardiac Physiology - ECG Report", pid_block(rng, ctx, p, 4), "Requested by: " + ctx["usual_gp"]["full"], "Date recorded: " + D(ctx), "",
                          "Rhythm: " + dx[0], "Heart rate: %d bpm" % rate, "PR interval: %s ms" % (pr or "N/A"), "QRS duration: %d ms" % qrs, "QTc (Bazett): %d ms" % qtc,
                          "Axis: %s degrees" % axes[1], "", "Conclusion: " + dx[1], "Reported by: %s %s (Clinical Physiologist)" % (pick(rng, FIRST_F), pick(rng, LAST))])
    elif style == 4:  # 24 hour holter
        text = "\n".join(["24 HOUR AMBULATORY ECG REPORT", ctx["hosp"], pid_block(rng, ctx, p, 0), "Hook-up: %s  Duration: 23h 52m" % D(ctx),
                          "Indication: " + pick(rng, ["palpitations", "dizzy spells", "post TIA - AF screening", "syncope"]), "",
                          "Min HR %d bpm (%s)  Max HR %d bpm (%s)  Mean HR %d bpm" % (rng.randint(40, 55), ftime(rng, 0, 6), rng.randint(110, 150), ftime(rng, 9, 20), rng.randint(62, 82)),
                          "Predominant rhythm: %s" % ("sinus rhythm" if not dx[3] else "atrial fibrillation"), "VEs: %d (%.1f%%)  SVEs: %d" % (rng.randint(0, 3000), rng.uniform(0, 2), rng.randint(0, 500)),
                          "Pauses >2.5s: none", "Patient diary: %d events - correlated with sinus rhythm" % rng.randint(0, 4), "", "Conclusion: " + pick(rng, ["No significant arrhythmia.", "Paroxysmal AF burden 4%.", "Frequent ventricular ectopy.", "Symptoms correlate with sinus tachycardia."]),
                          "Analysed by: %s  Reviewed: %s" % (pick(rng, LAST), make_clin(rng, "cons")["full"])])
    elif style == 5:  # ED ECG sticker
        text = "ECG %s  Time %s\nReviewed by %s at %s\nRate %d  Rhythm %s  Axis %s\nST changes: %s\nImpression: %s\nSigned ____" % (
            D(ctx), ftime(rng), make_clin(rng, pick(rng, ["fy", "sho", "reg"]))["short"], ftime(rng), rate, "AF" if dx[3] else "SR", pick(rng, ["normal", "LAD", "normal"]),
            "ST depression V4-6" if "ST" in dx[0] else pick(rng, ["none", "nil acute", "no acute ischaemic change"]), dx[0])
    else:  # smartwatch / Kardia strip uploaded
        text = "\n".join(["Patient-uploaded single lead ECG (%s)" % pick(rng, ["smartwatch", "KardiaMobile", "app"]), "Uploaded via %s  %s %s" % (ctx["digital"], D(ctx), ftime(rng)),
                          "Patient: " + pname(rng, p, 3), "Device result: %s" % ("Possible AF detected" if dx[3] else pick(rng, ["Normal", "Sinus rhythm", "Unclassified"])),
                          "Avg HR: %d bpm   Duration 30s" % rate, "", "Clinician review (%s): %s. %s" % (ctx["gp"]["short"], "Irregularly irregular, no discernible P waves - consistent with AF" if dx[3] else "Regular narrow complex rhythm, P waves visible",
                                                                                             pick(rng, ["12-lead ECG arranged at surgery.", "Bloods + 12 lead booked.", "Reassured."]))])
    return finish(rng, text, ctx, p)


CHILD_VACC = [("8 weeks", ["6-in-1 (DTaP/IPV/Hib/HepB)", "Rotavirus", "MenB"]), ("12 weeks", ["6-in-1 (DTaP/IPV/Hib/HepB)", "Rotavirus", "PCV"]),
              ("16 weeks", ["6-in-1 (DTaP/IPV/Hib/HepB)", "MenB"]), ("1 year", ["Hib/MenC", "MMR", "PCV booster", "MenB booster"]),
              ("3 years 4 months", ["MMR (2nd)", "4-in-1 pre-school booster (dTaP/IPV)"])]
BRANDS = {"6-in-1": "Infanrix hexa", "Rotavirus": "Rotarix", "MenB": "Bexsero", "PCV": "Prevenar 13", "Hib/MenC": "Menitorix", "MMR": "Priorix",
          "4-in-1": "Repevax", "Influenza": "Fluenz Tetra", "COVID": "Comirnaty", "Shingles": "Shingrix", "PPV": "Pneumovax 23", "Td/IPV": "Revaxis",
          "Hepatitis A": "Havrix Monodose", "Typhoid": "Typhim Vi", "HPV": "Gardasil 9", "MenACWY": "Nimenrix"}


def brand(v):
    for k, b in BRANDS.items():
        if v.startswith(k):
            return b
    return ""


def gen_immunization_record(rng, ctx):
    style = rng.randrange(7)
    if style in (0, 1):  # child schedule
        p = make_patient(rng, ctx["date"], 1, 6)
        rows = []
        for ageL, vs in CHILD_VACC:
            wk = {"8 weeks": 56, "12 weeks": 84, "16 weeks": 112, "1 year": 366, "3 years 4 months": 1220}[ageL]
            d = p["dob"] + datetime.timedelta(days=wk + rng.randint(0, 20))
            if d > ctx["date"]:
                continue
            for v in vs:
                rows.append((d, ageL, v, brand(v), "%s%d%s" % (pick(rng, "ABKX"), rng.randint(100, 999), pick(rng, "ABCDEF")), pick(rng, ["L thigh", "R thigh", "oral", "L arm", "R arm"]) if v != "Rotavirus" else "oral"))
        text = "%s\n%s\n%s\n\n" % (pick(rng, ["Childhood Immunisation Record", "IMMUNISATIONS", "Vaccination History", "Child Health Information Service - Immunisation History"]),
                                   pid_block(rng, ctx, p, rng.choice([0, 4, 5])), "Practice: %s" % ctx["practice"])
        if style == 0:
            text += "%-12s %-18s %-38s %-16s %-8s %s\n" % ("Date", "Schedule", "Vaccine", "Product", "Batch", "Site")
            for r in rows:
                text += "%-12s %-18s %-38s %-16s %-8s %s\n" % (fdate(r[0], ctx["dfmt"]), r[1], r[2], r[3], r[4], r[5])
        else:
            for r in rows:
                text += "%s - %s (%s) batch %s, given by %s\n" % (fdate(r[0], ctx["dfmt"]), r[2], r[3], r[4], pick(rng, ["PN", "HCA", "Nurse " + pick(rng, LAST)]))
        text += "\nOutstanding: %s" % pick(rng, ["none", "pre-school booster due", "MMR 2nd dose due", "n/a"])
    elif style == 2:  # adult immunisation history printout
        p = make_patient(rng, ctx["date"], 65, 92)
        text = "%s\nImmunisations\n%s\n\n" % (practice_header(rng, ctx), pid_block(rng, ctx, p, 0))
        yrs = sorted(rng.sample(range(2015, ctx["date"].year + 1), min(4, ctx["date"].year - 2014)))
        for y in yrs:
            text += "%s  Influenza vaccine (%s)  batch %s  %s\n" % (fdate(datetime.date(y, rng.randint(9, 12), rng.randint(1, 28)), ctx["dfmt"]), pick(rng, ["aTIV", "QIVe", "aQIV", "QIVc"]),
                                                                   "%s%d" % (pick(rng, "ABKLM"), rng.randint(1000, 9999)), pick(rng, ["given at surgery", "given at pharmacy", "care home"]))
        text += "%s  Pneumococcal polysaccharide vaccine (Pneumovax 23)\n" % fdate(datetime.date(rng.randint(2010, 2020), rng.randint(1, 12), rng.randint(1, 28)), ctx["dfmt"])
        if p["age"] >= 70:
            text += "%s  Shingles vaccine (%s)\n" % (fdate(datetime.date(rng.randint(2014, 2024), rng.randint(1, 12), rng.randint(1, 28)), ctx["dfmt"]), pick(rng, ["Zostavax", "Shingrix dose 1"]))
        text += "%s  Tetanus (Td/IPV - Revaxis) - 5 doses completed\n" % fdate(datetime.date(rng.randint(1995, 2012), rng.randint(1, 12), rng.randint(1, 28)), ctx["dfmt"])
    elif style == 3:  # COVID vaccination record
        p = make_patient(rng, ctx["date"], 18, 90)
        d0 = datetime.date(2021, rng.randint(1, 6), rng.randint(1, 28))
        text = "\n".join(["COVID-19 Vaccination Record", pick(rng, ["National Immunisation Management Service", "Vaccination Centre record", "%s PCN vaccination site" % pick(rng, TOWNS)]),
                          pname(rng, p, 3), "Date of birth: " + fdate(p["dob"], ctx["dfmt"]), "NHS number: " + p["nhs"], ""])
        k = 1
        for prod, gap in [("Comirnaty (Pfizer/BioNTech)", 0), (None, rng.randint(56, 84)), ("Booster", rng.randint(180, 240)), ("Autumn booster", rng.randint(300, 400))]:
            d0 = d0 + datetime.timedelta(days=gap)
            if d0 > ctx["date"]:
                break
            text += "Dose %d: %s  %s  Batch %s%d  Site: %s deltoid\n" % (k, fdate(d0, ctx["dfmt"]), prod if prod and "(" in prod else pick(rng, ["Comirnaty", "Spikevax", "Vaxzevria"]),
                                                                        pick(rng, ["FK", "EW", "PV", "GH"]), rng.randint(1000, 9999), pick(rng, ["L", "R"]))
            k += 1
        text += "\nPost-vaccination observation: %s" % pick(rng, ["15 min - no reaction", "not required", "completed"])
    elif style == 4:  # travel vaccines
        p = make_patient(rng, ctx["date"], 18, 70)
        dest = pick(rng, ["Kenya", "Thailand and Vietnam", "India", "Peru", "Ghana"])
        text = "\n".join(["Travel Health Record", ctx["practice"], pid_block(rng, ctx, p, 5), "Destination: %s   Departure: %s" % (dest, fdate(ctx["date"] + datetime.timedelta(days=rng.randint(14, 60)), ctx["dfmt"])), "",
                          "Vaccines given today (%s):" % D(ctx), "- Hepatitis A (Havrix Monodose) L deltoid", "- Typhoid Vi (Typhim Vi) R deltoid",
                          "- %s" % pick(rng, ["Td/IPV booster (Revaxis)", "Yellow fever - referred to YF centre", "Cholera (Dukoral) oral - supplied", "Rabies - declined"]),
                          "Malaria prophylaxis advised: %s (private Rx)" % pick(rng, ["atovaquone/proguanil", "doxycycline", "not required"]), "Bite avoidance advice given.", "Nurse: " + ctx["anp"]["full"]])
    elif style == 5:  # school-aged
        p = make_patient(rng, ctx["date"], 12, 17)
        text = "\n".join(["School Age Immunisation Service", pick(rng, ["Notification of vaccination", "Vaccination record"]), "To: GP - %s" % ctx["practice"], "",
                          "Student: %s   DOB %s   School: %s Academy   Year %d" % (pname(rng, p, 3), fdate(p["dob"], ctx["dfmt"]), pick(rng, TOWNS), rng.randint(8, 10)),
                          "Vaccine: %s" % pick(rng, ["HPV (Gardasil 9)", "Td/IPV (Revaxis) & MenACWY (Nimenrix)", "Influenza (Fluenz, nasal)"]), "Date given: " + D(ctx),
                          "Batch: %s%d  Site: L deltoid" % (pick(rng, "ABX"), rng.randint(1000, 9999)), "Consent: parental (electronic)", "Please update the child's GP record."])
    else:  # red book page style
        p = make_patient(rng, ctx["date"], 0, 2)
        text = "PERSONAL CHILD HEALTH RECORD - IMMUNISATIONS\nChild's name: %s    DOB: %s\n\n" % (pname(rng, p, 3), fdate(p["dob"], ctx["dfmt"]))
        for ageL, vs in CHILD_VACC[:3]:
            d = p["dob"] + datetime.timedelta(days={"8 weeks": 56, "12 weeks": 84, "16 weeks": 112}[ageL] + rng.randint(0, 14))
            mark = fdate(d, 5) if d <= ctx["date"] else "________"
            text += "Age %s\n" % ageL + "".join("  %s .......... date %s  sig %s\n" % (v, mark, pick(rng, ["KB", "JT", "PN", "~"]) if d <= ctx["date"] else "") for v in vs)
    return finish(rng, text, ctx, p)


def gen_registration_form(rng, ctx):
    p = make_patient(rng, ctx["date"], 0, 90)
    style = rng.randrange(7)
    prev = "%s, %s" % (pick(rng, PRACTICE_NAMES), pick(rng, TOWNS))
    if style in (0, 1):  # GMS1
        text = "\n".join([pick(rng, ["GMS1", "Family Doctor Services Registration", "GMS1 - Family Doctor Services Registration"]),
                          "Patient's details   Please complete in BLOCK CAPITALS and tick as appropriate", "",
                          "Mr [%s]  Mrs [%s]  Miss [%s]  Ms [%s]" % tuple("x" if p["title"] == t else " " for t in ["Mr", "Mrs", "Miss", "Ms"]),
                          "Surname: %s" % p["last"].upper(), "First names: %s %s" % (p["first"].upper(), p["middle"].upper()), "Previous surname/s: %s" % pick(rng, ["", "", pick(rng, LAST).upper()]),
                          "Date of birth: %s   Male [%s] Female [%s]" % (fdate(p["dob"], 0), "x" if p["sex"] == "M" else " ", "x" if p["sex"] == "F" else " "),
                          "NHS No: %s" % (p["nhs"] if chance(rng, 0.7) else ""), "Town and country of birth: %s, %s" % (pick(rng, TOWNS + ["Lahore", "Krakow", "Lagos", "Dublin"]), pick(rng, ["UK", "England", "Pakistan", "Poland", "Nigeria", "Ireland"])),
                          "Home address: %s" % ", ".join(address_block(p, rng)), "Telephone: %s" % p["mob"], "",
                          "Please help us trace your previous medical records by providing the following information",
                          "Your previous address in UK: %s %s, %s" % (rng.randint(1, 200), pick(rng, STREETS), pick(rng, TOWNS)),
                          "Name of previous doctor while at that address: %s" % prev, "If you are from abroad: Your first UK address where registered with a GP: n/a",
                          "If previously resident in UK, date of leaving: ____  Date you first came to live in UK: ____",
                          "If you are returning from the Armed Forces: Address before enlisting ____  Service or Personnel number ____", "",
                          "If you need your doctor to dispense medicines and appliances*  [ ] Not more than 1 mile  [ ] Not more than 1.6km",
                          "Signature on behalf of patient ____  Date %s" % D(ctx), "", "NHS Organ Donor registration: I want to register my details: [%s]" % pick(rng, ["x", " "]),
                          "Blood donor: [ ]", "", "PRACTICE USE ONLY: HA/Practice code %s   Patient registered for GMS [x]   Date %s" % (ctx["prac_code"], D(ctx))])
    elif style == 2:  # online digital service registration
        text = "\n".join(["%s - New Patient Registration (online)" % ctx["digital"], "Submission ID: %s-%06d" % (pick(rng, ["REG", "NPR"]), rng.randint(0, 999999)), "Submitted: %s %s" % (D(ctx), ftime(rng)), "",
                          "Full name: " + pname(rng, p, 3), "Date of birth: " + fdate(p["dob"], 3), "Sex registered at birth: " + ("Male" if p["sex"] == "M" else "Female"),
                          "Gender identity: " + pick(rng, ["Same as sex registered at birth", "Prefer not to say"]), "Email: " + p["email"], "Mobile: " + p["mob"],
                          "Home address: " + ", ".join(address_block(p, rng)), "Previous GP: " + prev, "NHS number (if known): " + pick(rng, [p["nhs"], "not known"]),
                          "Ethnicity: " + pick(rng, ["White British", "Asian or Asian British - Pakistani", "Black African", "Mixed", "White - other", "Prefer not to say"]),
                          "First language: " + pick(rng, ["English", "English", "Polish", "Urdu"]), "Interpreter needed: No",
                          "Carer: " + pick(rng, ["No", "Yes - for mother", "I have a carer"]), "Armed forces veteran: No",
                          "Consent to SMS/email contact: Yes", "Summary Care Record additional info consent: " + pick(rng, ["Yes", "No", "Not asked"]),
                          "ID verification: " + pick(rng, ["NHS login P9", "passport uploaded", "pending"]), "", "Status: " + pick(rng, ["Accepted - GMS1 generated", "Pending practice review", "Registered"])])
    elif style == 3:  # practice new patient form with health questions (registration)
        text = "\n".join([practice_header(rng, ctx), "", "NEW PATIENT REGISTRATION FORM", "", "Surname ........ %s   Forename ........ %s" % (p["last"], p["first"]),
                          "DOB ........ %s   Sex ... %s" % (fdate(p["dob"], ctx["dfmt"]), p["sex"]), "Address ........ %s" % ", ".join(address_block(p, rng)),
                          "Tel ........ %s  Mobile ........ %s" % (p["phone"], p["mob"]), "Next of kin ........ %s %s (%s)" % (pick(rng, FIRST_F + FIRST_M), pick(rng, LAST), pick(rng, ["partner", "mother", "son", "friend"])),
                          "Occupation ........ %s" % pick(rng, ["retired", "nurse", "student", "warehouse operative", "teacher", "unemployed", "n/a (child)"]), "",
                          "Height ...... %dcm  Weight ...... %dkg" % (rng.randint(150, 190), rng.randint(50, 110)) if p["age"] >= 16 else "Height ...... Weight ......",
                          "Do you smoke? %s   Alcohol units/week: %s" % (pick(rng, ["No", "Yes 10/day", "Ex"]), rng.randint(0, 20)),
                          "Long term conditions: " + (", ".join(p["conds"]) or "none"), "Regular medication: " + meds_text(rng, p, 1), "Allergies: " + p["allergy"],
                          "", "Signed ________   Date " + D(ctx), "", "Office use: ID seen [x]  Proof of address [ ]  Added to clinical system by %s" % pick(rng, FIRST_F)])
    elif style == 4:  # temporary resident
        text = "\n".join([pick(rng, ["Temporary Resident Registration", "GMS3 - Temporary Resident", "Application for temporary registration"]), ctx["practice"], "",
                          "Name: " + pname(rng, p, 0), "DOB: " + fdate(p["dob"], ctx["dfmt"]), "Home address: " + ", ".join(address_block(p, rng)),
                          "Local address: %d %s, %s" % (rng.randint(1, 60), pick(rng, STREETS), ctx["prac_town"]), "Registered GP: " + prev,
                          "Intended length of stay: %s" % pick(rng, ["1 week", "less than 24 hours", "up to 3 months", "2 weeks"]),
                          "Reason: %s" % pick(rng, ["holiday", "work placement", "student", "visiting family"]), "Signed ______  Date " + D(ctx)])
    elif style == 5:  # child registration
        p = make_patient(rng, ctx["date"], 0, 4)
        text = "\n".join(["New baby / child registration", ctx["practice"], "", "Child: %s %s   DOB: %s   Sex: %s" % (p["first"], p["last"], fdate(p["dob"], ctx["dfmt"]), p["sex"]),
                          "NHS No: " + p["nhs"], "Place of birth: %s" % ctx["hosp"], "Parent/guardian: %s %s  (%s)" % (pick(rng, FIRST_F), p["last"], pick(rng, ["mother", "father"])),
                          "Parent registered here: %s" % pick(rng, ["Yes", "No"]), "Health visitor: %s %s" % (pick(rng, FIRST_F), pick(rng, LAST)), "Address: " + ", ".join(address_block(p, rng)),
                          "Date: " + D(ctx), "Signature of parent ________"])
    else:  # registration confirmation / change of details
        text = "\n".join(["Change of details / Registration update", "Patient: " + pname(rng, p, 1), "NHS: " + p["nhs"], "",
                          "New address: " + ", ".join(address_block(p, rng)), "New mobile: " + p["mob"], "Preferred name: " + p["first"],
                          "Nominated pharmacy: " + ctx["pharmacy"], "Date effective: " + D(ctx), "Updated on PDS by: %s (%s)" % (pick(rng, FIRST_F), "admin")])
    return finish(rng, text, ctx, p, furn=0.3)


INSURERS = ["Allied Meridian Health", "Thistle Mutual Healthcare", "Corvus Medical Insurance", "Beacon Private Health", "Harrowgate Health Assurance", "Sentinel Health Cover"]


def gen_insurance_card(rng, ctx):
    p = make_patient(rng, ctx["date"], 18, 80)
    ins = pick(rng, INSURERS)
    style = rng.randrange(7)
    exp = fdate(ctx["date"] + datetime.timedelta(days=rng.randint(60, 900)), rng.choice([0, 5]))
    if style in (0, 1, 2):  # private medical insurance membership card
        front = "\n".join([ins.upper() if style == 0 else ins, pick(rng, ["Membership card", "Member card", "Health Insurance", ""]),
                           pname(rng, p, rng.choice([2, 4])), "Membership no: %s%08d" % (pick(rng, ["", "AM", "TM", "C"]), rng.randint(0, 99999999)),
                           "Scheme: %s" % pick(rng, ["Corporate Plus", "Essentials", "Individual Comprehensive", "Company scheme - %s Ltd" % pick(rng, LAST)]),
                           "Valid to: " + exp])
        back = "\n".join(["Before you have any treatment please call us to pre-authorise", "Claims & pre-authorisation: %s" % phone(rng),
                          "24hr Digital GP: via %s app" % ctx["digital"], "Nurse line: %s" % phone(rng), "This card remains the property of %s and must be returned on request." % ins,
                          "If found please return to: PO Box %d, %s %s" % (rng.randint(100, 9999), pick(rng, TOWNS), postcode(rng))])
    elif style == 3:  # GHIC
        front = "\n".join(["UK Global Health Insurance Card", "3 Name / Surname: %s" % p["last"].upper(), "4 Given names: %s" % p["first"].upper(), "5 Date of birth: %s" % fdate(p["dob"], 0),
                           "6 Personal identification number: %s" % p["nhs"].replace(" ", ""), "7 Identification number of the institution: 826 - NHSBSA",
                           "8 Identification number of the card: 80826%015d" % rng.randint(0, 10**15 - 1), "9 Expiry date: %s" % exp])
        back = "This card is issued by the NHS Business Services Authority. It is not a substitute for travel insurance."
    elif style == 4:  # travel insurance card
        front = "\n".join(["%s TRAVEL INSURANCE" % pick(rng, ["Wayfarer", "Globestar", "Compass"]), "Policy holder: " + pname(rng, p, 0), "Policy no: TRV-%07d" % rng.randint(0, 9999999),
                           "Cover: %s" % pick(rng, ["Annual multi-trip Europe", "Single trip Worldwide excl USA", "Annual worldwide"]), "Valid: %s to %s" % (D(ctx), exp)])
        back = "24hr Emergency Medical Assistance: +44 %s\nQuote your policy number. Declared conditions: %s" % (phone(rng)[1:], ", ".join(p["conds"][:2]) or "none")
    elif style == 5:  # cash plan / dental card
        front = "\n".join([pick(rng, ["Health Cash Plan", "Dental plan", "Employee Health Plan"]), ins, "Member: " + pname(rng, p, 2), "Policy: %d" % rng.randint(10**7, 10**8 - 1),
                           "Level %d" % rng.randint(1, 5)])
        back = "Claim online within 6 months of treatment. Helpline %s (Mon-Fri 9-5)." % phone(rng)
    else:  # copy of insurance card on admin scan with caption
        front = "Scanned copy - insurance card (front)\n%s | %s | Member %s%07d | Excess £%d" % (ins, pname(rng, p, 1), pick(rng, ["M", "HX"]), rng.randint(0, 9999999), rng.choice([0, 100, 250, 500]))
        back = "(reverse) Pre-authorisation required for all outpatient consultations and diagnostics. Tel %s" % phone(rng)
    lab = rng.randrange(4)
    if lab == 0:
        text = "FRONT\n%s\n\nBACK\n%s" % (front, back)
    elif lab == 1:
        text = "[Side 1]\n%s\n\n[Side 2]\n%s" % (front, back)
    elif lab == 2:
        text = "%s\n\n--- reverse ---\n%s" % (front, back)
    else:
        text = "%s\n\n%s" % (front, back)
    if chance(rng, 0.3):
        text = "Copy of card scanned at reception %s for %s\n\n" % (D(ctx), pick(rng, ["private referral", "travel letter", "insurer claim form"])) + text
    return finish(rng, text, ctx, p, furn=0.1)


def gen_nursing_note(rng, ctx):
    style = rng.randrange(8)
    nurse = make_clin(rng, "nurse")
    if style in (0, 1):  # district nurse visit
        p = make_patient(rng, ctx["date"], 70, 96)
        task = pick(rng, ["Leg ulcer dressing", "Catheter change", "Pressure area check", "Insulin administration", "Post-op wound check", "B12 injection (housebound)"])
        detail = {"Leg ulcer dressing": "L gaiter venous ulcer 4.2 x 3.1cm (prev 4.6 x 3.4). Wound bed 80%% granulation, 20%% slough. Moderate exudate. Cleansed with saline, Inadine + Kerramax, K2 compression reapplied. Doppler ABPI 0.92 (%s)." % pick(rng, ["last month", "June"]),
                  "Catheter change": "Long term urethral catheter changed using ANTT, 14Ch 10ml balloon. Residual 150ml clear urine. No trauma. Next due in 12 weeks.",
                  "Pressure area check": "Sacrum: category 2 PU 1x1cm, blanching erythema heels. Repositioning 4hrly, air mattress in place. Waterlow 18. Carers advised.",
                  "Insulin administration": "BM %.1f mmol/L pre-breakfast. Humulin I %d units given SC L abdomen. Eating well per wife." % (rng.uniform(5, 14), rng.randint(10, 30)),
                  "Post-op wound check": "Wound clean and dry, edges opposed, no erythema or discharge. Clips removed x12. Steristrips applied.",
                  "B12 injection (housebound)": "Hydroxocobalamin 1mg IM given L deltoid. Batch %s%d. Next due 12 weeks." % (pick(rng, "ABK"), rng.randint(10000, 99999))}[task]
        text = "\n".join(["%s  %s" % (D(ctx), ftime(rng, 8, 17)), pick(rng, ["District Nursing Visit", "DN home visit", "Community Nursing - Home Visit", "Visit"]),
                          "%s (%s)" % (nurse["full"], nurse["job"]), pname(rng, p, rng.choice([1, 2])), "", "Reason for visit: " + task, detail,
                          "Pt %s." % pick(rng, ["in good spirits", "appears well", "a little low in mood - GP informed", "reports pain 3/10"]),
                          "Plan: " + pick(rng, ["revisit 3 days", "next visit Friday", "review 1/52", "discharged from DN caseload", "TVN referral if not improving"])])
        if style == 1:
            text = render(rng, [("Date", D(ctx)), ("Seen by", nurse["full"]), ("Patient", pname(rng, p, 1)), ("Intervention", task), ("Assessment", detail),
                                ("Consent", "verbal"), ("Plan", pick(rng, ["revisit 2/7", "weekly", "as required"]))], style=1, sep="\n")
    elif style == 2:  # practice nurse clinic
        p = make_patient(rng, ctx["date"], 40, 85)
        ensure_meds(rng, p, 1)
        ht = rng.uniform(1.52, 1.9)
        wt = rng.uniform(19, 38) * ht * ht
        text = "%s %s Practice Nurse clinic (%s)\n%s\nBP %d/%d (%d/%d 2nd reading)  Pulse %d reg\nWeight %.1fkg  BMI %.1f\nSmoking: %s\nFoot check: %s\nInhaler technique: %s\nBloods taken: %s\nAdvice: diet, exercise. Review with GP re results.\n%s" % (
            D(ctx), ftime(rng, 8, 17), pick(rng, ["chronic disease review", "annual review", "HTN check", "DM review"]), pname(rng, p, 0),
            rng.randint(120, 165), rng.randint(68, 96), rng.randint(118, 160), rng.randint(66, 94), rng.randint(58, 90), wt, wt / (ht * ht),
            pick(rng, ["never", "ex", "current 10/day - brief advice given"]), pick(rng, ["low risk, pulses palpable", "n/a", "moderate risk - podiatry referral"]),
            pick(rng, ["good", "n/a", "poor - corrected"]), pick(rng, ["FBC, U&E, HbA1c, lipids", "U&E", "none"]), nurse["init"] + " " + nurse["job"])
    elif style == 3:  # ward nursing evaluation
        hs = pick(rng, HOSP_SCEN)
        p = pat_for(rng, ctx, hs)
        v = vitals(rng, sick=False)
        text = "\n".join(["%s  %s shift  %s" % (D(ctx), pick(rng, ["Night", "Day", "Late", "Early"]), ctx["ward"]), pname(rng, p, 2) + " Bed %d" % rng.randint(1, 28),
                          "Obs: T %s, P %d, BP %s, RR %d, SpO2 %d%% RA, NEWS %d" % (v["t"], v["hr"], v["bp"], v["rr"], v["sats"], rng.randint(0, 3)),
                          pick(rng, ["Settled overnight, slept well.", "Pain controlled with regular paracetamol.", "Mobilised to bathroom with frame and 1 assist.", "Confused at times overnight, reoriented."]),
                          "Diet/fluids: " + pick(rng, ["eating well, fluid chart completed", "poor intake, encouraged", "NBM from midnight"]),
                          "Elimination: " + pick(rng, ["PU, BNO", "BO x1 type 4", "catheter draining clear urine"]),
                          "Skin: intact, SSKIN bundle, repositioned 4 hourly." if chance(rng, 0.6) else "Cannula L hand VIP 0.",
                          "Family updated: " + pick(rng, ["yes - daughter phoned", "no", "visited"]), "%s RN" % nurse["full"]])
    elif style == 4:  # telephone triage by nurse (111/practice)
        s = scen_pc(rng)
        p = pat_for(rng, ctx, s)
        c = concrete_pc(rng, s)
        text = "%s %s  Nurse telephone triage  %s\n%s\n%s\nReports: %s\nNegatives: %s\nOutcome: %s\nAdvice: %s" % (
            D(ctx), ftime(rng), nurse["full"], pname(rng, p, 1), "Call reason: " + c["pc"], c["hx"], ", ".join(c["rf"]),
            pick(rng, ["booked GP video call today", "self care advice", "passed to duty GP", "pharmacy first referral"]), c["sn"])
    elif style == 5:  # treatment room procedure
        p = make_patient(rng, ctx["date"], 18, 85)
        text = "\n".join(["%s - Treatment Room" % ctx["practice"], "%s  %s" % (D(ctx), pname(rng, p, 0)),
                          pick(rng, ["Ear irrigation R ear - wax removed, TM visible intact. Hearing improved per pt.",
                                     "Suture removal x5 L forearm. Wound healed.", "Depo-Provera 150mg IM given R gluteal. Next due 11-13 weeks.",
                                     "Dressing change - abscess cavity packed with Aquacel Ag ribbon.", "ECG performed for GP review.", "Spirometry coaching and FeNO 38ppb."]),
                          "Consent: verbal.", nurse["full"] + ", " + nurse["job"]])
    elif style == 6:  # care home nursing record
        p = make_patient(rng, ctx["date"], 78, 98)
        text = "\n".join(["%s Nursing Home - Daily Record" % pick(rng, ["Hollybank", "Oakleigh", "Maple Court"]), "Resident: %s   Room %d" % (pname(rng, p, 0), rng.randint(1, 40)),
                          "%s %s" % (D(ctx), ftime(rng)), pick(rng, ["Found on floor at 03:10 by carer, no apparent injury, neuro obs commenced, GP OOH informed via 111.",
                                                                     "Temperature 38.0, more drowsy. Urine dip +ve leucs/nitrites. Contacted GP for review - video call booked.",
                                                                     "Eating 50% of meals. Weight down 2kg this month. MUST score 2 - fortified diet started.",
                                                                     "Grade 2 PU to sacrum, TVN referral made, photo taken."]),
                          "Family informed: %s" % pick(rng, ["yes", "yes - son", "not yet"]), "Signed %s (RN)" % nurse["full"]])
    else:  # SBAR
        p = make_patient(rng, ctx["date"], 60, 95)
        text = "\n".join(["SBAR - %s" % D(ctx), "S: %s, %s" % (pname(rng, p, 0), pick(rng, ["new confusion", "fall", "reduced urine output", "chest pain"])),
                          "B: " + (", ".join(p["conds"]) or "no PMH"), "A: Obs T %.1f HR %d BP %d/%d RR %d SpO2 %d%% NEWS2 %d" % (rng.uniform(36, 38.5), rng.randint(60, 115), rng.randint(95, 160), rng.randint(55, 90), rng.randint(14, 24), rng.randint(90, 98), rng.randint(1, 6)),
                          "R: requesting medical review within %s" % pick(rng, ["1 hour", "30 mins", "today"]), nurse["full"] + " " + nurse["job"]])
    return finish(rng, text, ctx, p)


def gen_ed_note(rng, ctx):
    hs = pick(rng, HOSP_SCEN + [dict(key="minor", amin=5, amax=80, dx=pick(rng, ["Soft tissue injury L ankle", "Laceration R hand", "Distal radius fracture (buckle)", "Head injury - minor"]),
                                      pc=pick(rng, ["Injury", "Fall", "Cut hand", "Twisted ankle"]), hpc="Injury {dur} ago. Ottawa rules applied.", dur=["2 hours", "this morning"],
                                      exam="Localised swelling/tenderness, NV intact distally.", bloods=[], imaging="XR: no fracture seen.",
                                      course="Treated and discharged.", new=[], stopped=[], fu="GP if not improving.", spec="ED", proc=None, los=(0, 0))])
    p = pat_for(rng, ctx, hs)
    dur = pick(rng, hs["dur"])
    doc = make_clin(rng, pick(rng, ["fy", "sho", "reg", "cons"]))
    tri = pick(rng, ["Orange", "Yellow", "2", "3"]) if hs["key"] != "minor" else pick(rng, ["Green", "Yellow", "4"])
    mts = {"cap": "Unwell adult", "nstemi": "Chest pain", "appendicitis": "Abdominal pain in adults", "nof": "Falls", "copd": "Shortness of breath in adults",
           "pe": "Chest pain", "aki": "Diarrhoea and vomiting", "pyelo": "Unwell adult", "chole": "Abdominal pain in adults", "af": "Palpitations",
           "cellulitis": "Limb problems", "tia": "Unwell adult", "minor": "Limb problems"}.get(hs["key"], "Unwell adult")
    edtx = {"cap": "IV co-amoxiclav + clarithromycin (sepsis pathway), O2", "nstemi": "Aspirin 300mg, fondaparinux, GTN", "appendicitis": "Analgesia, IV fluids, NBM",
            "nof": "Fascia iliaca block, analgesia", "copd": "Nebulised salbutamol/ipratropium, prednisolone 30mg, controlled O2", "pe": "Apixaban 10mg",
            "aki": "IV fluids 0.9% NaCl", "pyelo": "Sepsis 6, IV gentamicin", "chole": "Analgesia, IV co-amoxiclav", "af": "Bisoprolol 2.5mg, apixaban",
            "cellulitis": "IV flucloxacillin", "tia": "Aspirin 300mg", "minor": pick(rng, ["Analgesia, splint", "Wound closure - steristrips", "Analgesia, RICE advice"])}.get(hs["key"], "Analgesia")
    outcome = pick(rng, ["Admitted to %s (%s)" % (ctx["ward"], hs["spec"]), "Referred to %s" % hs["spec"]]) if hs["key"] != "minor" else pick(rng, ["Discharged home", "Discharged - fracture clinic", "Discharged with advice"])
    style = rng.randrange(7)
    obs = hs_obs(rng, hs) or "see examination"
    if style in (0, 1, 2):
        secs = [(None, pid_block(rng, ctx, p)), (["Arrival", "Arrival time", "Time of arrival"], "%s %s by %s" % (D(ctx), ftime(rng), pick(rng, ["ambulance", "own transport", "walk-in", "GP referral", "111 referral"]))),
                (["Triage", "Triage category", "MTS"], tri + " - " + mts), (["Triage obs", "Obs"], obs),
                (["PC", "Presenting complaint"], hs["pc"]), (["HPC", "History"], fill(hs["hpc"], dur=dur)), (["PMH"], pmh_text(rng, p)), (["DH", "Meds"], meds_text(rng, p, 1)),
                (["Allergies"], p["allergy"]), (["O/E", "Examination"], hs["exam"]), (["Ix", "Investigations"], (", ".join("%s %s" % b for b in hs["bloods"]) + "\n" if hs["bloods"] else "") + hs["imaging"]),
                (["Diagnosis", "Impression", "ED diagnosis"], hs["dx"]), (["Treatment", "Management in ED"], edtx),
                (["Disposal", "Outcome", "Disposition"], outcome)]
        text = "\n".join(x for x in [hosp_header(rng, ctx, "Emergency Department"), pick(rng, ["ED ATTENDANCE RECORD", "Emergency Department - Clinical Record", "ED Notes", "", "A&E card"])] if x)
        text += "\nAttendance no: %d\n\n" % rng.randint(10**6, 10**7) + render(rng, secs, style=[1, 0, 4][style]) + "\n\nClinician: %s %s" % (doc["full"], doc["job"])
    elif style == 3:  # ED discharge letter to GP
        text = "%s\n\nEmergency Department Discharge Letter\n%s\n\nDear GP,\n\nYour patient attended our department on %s.\n\nPresenting complaint: %s\nDiagnosis: %s\nInvestigations: %s\nTreatment: %s\nOutcome: %s\nGP follow up: %s\n\n%s" % (
            hosp_header(rng, ctx, "Emergency Department"), pid_block(rng, ctx, p, 3), D(ctx), hs["pc"], hs["dx"], hs["imaging"], edtx, outcome, hs["fu"], sig(rng, doc, style=3))
    elif style == 4:  # handwritten cas card style
        text = "\n".join(["%s %s  %s  Tri:%s" % (D(ctx), ftime(rng), pname(rng, p, 4), tri), "PC " + hs["pc"], fill(hs["hpc"], dur=dur), "PMH " + pmh_text(rng, p, 0),
                          "DH " + meds_text(rng, p, 1), "All " + p["allergy"], "O/E " + obs + ". " + hs["exam"], "Ix " + hs["imaging"], "Imp " + hs["dx"], "Plan " + outcome, doc["init"] + " " + doc["reg"]])
    elif style == 5:  # UTC note
        text = "\n".join(["%s Urgent Treatment Centre" % pick(rng, TOWNS), "Seen by: %s (%s)" % (ctx["anp"]["full"], ctx["anp"]["job"]), pid_block(rng, ctx, p, 5),
                          "Arrived %s  Seen %s  Left %s" % (ftime(rng, 8, 12), ftime(rng, 12, 14), ftime(rng, 14, 17)), "History: " + fill(hs["hpc"], dur=dur), "Exam: " + hs["exam"],
                          "Impression: " + hs["dx"], "Plan: " + (outcome if hs["key"] != "minor" else "Analgesia, RICE, advice leaflet"), "ECDS code: %d" % rng.randint(10**8, 10**9)])
    else:  # ECDS structured extract
        text = "\n".join(["ECDS Attendance Summary", "Provider: " + ctx["trust"], "Patient: %s  NHS %s" % (pname(rng, p, 1), p["nhs"]),
                          "Arrival mode: %s" % pick(rng, ["Ambulance", "Walk-in"]), "Attendance source: %s" % pick(rng, ["Home", "GP", "NHS 111"]),
                          "Chief complaint: %s" % hs["pc"], "Acuity: %s" % pick(rng, ["Urgent", "Very urgent", "Standard"]), "Diagnosis: %s" % hs["dx"],
                          "Investigations: %s" % pick(rng, ["Biochemistry, Haematology, X-ray", "ECG, Troponin", "None"]), "Discharge status: %s" % outcome,
                          "Departure: %s %s" % (D(ctx), ftime(rng))])
    return finish(rng, text, ctx, p)


def gen_transfer_summary(rng, ctx):
    hs = pick(rng, HOSP_SCEN)
    p = pat_for(rng, ctx, hs)
    dest = pick(rng, ["%s Community Hospital" % pick(rng, TOWNS), "%s Hospice" % pick(rng, ["St Bega's", "Marigold", "Kingsbrook"]), pick(rng, SPECIAL_HOSP) + " (tertiary)",
                      "%s Nursing Home" % pick(rng, ["Hollybank", "Oakleigh", "Maple Court"]), "Intermediate care beds, %s" % pick(rng, TOWNS)])
    src = ctx["hosp"]
    nurse = make_clin(rng, "nurse")
    doc = make_clin(rng, pick(rng, ["fy", "sho", "reg"]))
    style = rng.randrange(7)
    mob = pick(rng, ["Mobile with Zimmer frame + 1", "Hoist transfers", "Independent with stick", "Bed bound"])
    if style in (0, 1):
        secs = [(None, pid_block(rng, ctx, p)), (["From", "Transferring unit", "Current location"], "%s, %s" % (ctx["ward"], src)), (["To", "Receiving unit", "Destination"], dest),
                (["Date of transfer", "Date", "Date of move"], D(ctx)), (["Reason for transfer", "Reason", "Purpose"], pick(rng, ["rehabilitation", "step-down care", "specialist care", "end of life care", "awaiting package of care"])),
                (["Diagnosis", "Admitting diagnosis"], hs["dx"]), (["Summary", "Clinical summary", "Hospital course"], hs["course"]),
                (["Current medication"], meds_text(rng, p, 0) + ("\n" + "\n".join("%s %s" % (m[0], m[1]) for m in hs["new"]) if hs["new"] else "")),
                (["Allergies"], p["allergy"]), (["Mobility"], mob), (["Resus status", "CPR status"], pick(rng, ["For CPR", "DNACPR (form travels with patient)", "For full escalation"])),
                (["Infection status", "IPC"], pick(rng, ["MRSA screen neg", "No known infection", "CPE screen pending", "COVID swab negative " + D(ctx)])),
                (["Outstanding issues", "Ongoing issues / actions"], hs["fu"]), (["Contact", "Contact for queries"], "%s  Tel %s" % (ctx["ward"], phone(rng)))]
        text = "\n".join(x for x in [hosp_header(rng, ctx), pick(rng, ["INTER-HOSPITAL TRANSFER", "Transfer of Care Summary", "Transfer letter", "", "Patient Transfer Form"])] if x)
        text += "\n\n" + render(rng, secs, style=[1, 0][style]) + "\n\nCompleted by: %s (%s)" % (doc["full"], doc["job"])
    elif style == 2:  # nursing transfer letter
        v = vitals(rng)
        text = "\n".join([src, pick(rng, ["Nursing Transfer Letter", "Nursing handover", "Nurse to nurse handover", "Ward handover sheet"]), pname(rng, p, 0) + "  " + p["nhs"], pick(rng, ["Transferring to: ", "Going to: ", "Receiving: "]) + dest, "Date: " + D(ctx), "",
                          "Last obs: T %s P %d BP %s RR %d SpO2 %d%%" % (v["t"], v["hr"], v["bp"], v["rr"], v["sats"]), "Diet: " + pick(rng, ["normal", "soft & bite sized", "IDDSI 6"]),
                          "Continence: " + pick(rng, ["continent", "pads", "catheter - inserted " + D(ctx)]), "Skin: " + pick(rng, ["intact", "cat 2 sacrum - dressing Allevyn"]), "Mobility: " + mob,
                          "Cognition: " + pick(rng, ["orientated", "mild confusion (4AT 3)", "dementia - known"]), "Property: 1 bag, glasses, hearing aid L", "Meds: supply of 7 days TTO sent with patient",
                          "Family aware: yes", "Nurse: %s  Tel %s" % (nurse["full"], phone(rng))])
    elif style == 3:  # critical care transfer / ambulance handover
        text = ("%s %s  " + pick(rng, ["Transfer", "Move", "Handover", "Repatriation"]) + " - %s -> %s\nATMIST/SBAR handover\nA: %d%s\nT: %s\nM: %s\nI: %s\nS: %s\nT: %s\nEscort: %s") % (
            D(ctx), ftime(rng), src, dest, p["age"], p["sex"], ftime(rng), hs["pc"], hs["dx"], "HR %d, BP %s, SpO2 %d%%" % (vitals(rng)["hr"], vitals(rng)["bp"], vitals(rng)["sats"]),
            pick(rng, ["O2 2L, IV access x2", "Analgesia, fluids", "Nil"]), pick(rng, ["nurse", "ODP + anaesthetist", "paramedic crew"]))
    elif style == 4:  # discharge-to-assess / care home
        text = "\n".join([pick(rng, ["Discharge to Assess - Transfer Form", "Hospital to Care Home Transfer", "Transfer of Care (Pathway 3)"]), pid_block(rng, ctx, p, 1), "",
                          "Hospital: %s   Ward: %s" % (src, ctx["ward"]), "Receiving: " + dest, "Diagnosis: " + hs["dx"], "Medication: see attached TTO",
                          "Moving & handling: " + mob, "Nutrition: " + pick(rng, ["normal diet", "fortified", "thickened fluids level 2"]), "Capacity: " + pick(rng, ["has capacity", "lacks capacity re discharge - BI decision"]),
                          "DoLS: " + pick(rng, ["not applicable", "urgent authorisation in place"]), "GP to be informed: " + ctx["practice"], "Completed by: " + nurse["full"]])
    elif style == 5:  # letter form
        text = "%s\n\n%s\n\nDear Colleague\n\nRe: %s\n\nThank you for accepting this %d year old %s to %s. %s was admitted on %s with %s. %s\n\nCurrent issues: %s\n\n%s" % (
            hosp_header(rng, ctx), D(ctx), pid_block(rng, ctx, p, 5), p["age"], p["sexword"], dest, p["He"],
            fdate(ctx["date"] - datetime.timedelta(days=rng.randint(3, 20)), ctx["dfmt"]), hs["dx"].lower(), hs["course"], hs["fu"], sig(rng, make_clin(rng, "cons"), style=0))
    else:  # short table
        text = "\n".join([pick(rng, ["TRANSFER CHECKLIST", "Handover checklist", "Pre-departure checklist"]), "| Patient | %s |" % pname(rng, p, 1), "| From | %s |" % src, "| To | %s |" % dest, "| Dx | %s |" % hs["dx"],
                          "| Meds sent | yes |", "| Notes sent | %s |" % pick(rng, ["copy", "electronic"]), "| Cannula removed | %s |" % pick(rng, ["yes", "n/a"]), "| Transport | %s |" % pick(rng, ["PTS stretcher", "ambulance", "family car"]),
                          "| Time | %s |" % ftime(rng), "| Signed | %s |" % nurse["full"]])
    return finish(rng, text, ctx, p)


def gen_provider_orders(rng, ctx):
    style = rng.randrange(8)
    gp = ctx["gp"]
    if style in (0, 1):  # blood test request (ICE)
        p = make_patient(rng, ctx["date"], 18, 90)
        tests = rng.sample(["FBC", "U&E", "LFT", "HbA1c", "Lipids", "TFT", "CRP", "Ferritin", "B12/Folate", "PSA" if p["sex"] == "M" else "CA125", "Bone profile", "Vit D", "Coeliac serology", "INR", "Urine ACR"], rng.randint(2, 6))
        text = "\n".join([pick(rng, ["ICE ORDER COMMS - REQUEST FORM", "Pathology Request", "Blood test request", "Requests"]), ctx["hosp"] + " Pathology", "",
                          pid_block(rng, ctx, p, rng.choice([0, 4, 2])), "Requesting clinician: %s   Location: %s (%s)" % (gp["full"], ctx["practice"], ctx["prac_code"]),
                          "Date requested: " + D(ctx), "Priority: " + pick(rng, ["Routine", "Urgent", "Routine - fasting"]), "",
                          "Tests requested:"] + ["  [x] " + t for t in tests] +
                         ["", "Clinical details: " + pick(rng, ["TATT", "DM annual review", "Weight loss", "On methotrexate - monitoring", "Post-AKI U&E", "Low mood, fatigue"]),
                          "Sample type: %s" % pick(rng, ["Clotted + EDTA", "SST, EDTA, fluoride", "Blood"]), "Order number: %d" % rng.randint(10**7, 10**8),
                          "Bring this form to phlebotomy. Walk-in clinics at %s Health Centre." % pick(rng, TOWNS)])
    elif style == 2:  # radiology request
        p = make_patient(rng, ctx["date"], 20, 90)
        im = pick(rng, IMAGING)
        text = "\n".join(["Radiology Request Form", ctx["hosp"], pid_block(rng, ctx, p, 1), "", "Examination requested: " + im["exam"], "Clinical information: " + pick(rng, im["clin"]),
                          "Question to be answered: " + pick(rng, ["?pathology", "exclude fracture", "?cause of symptoms", "assess severity"]),
                          "Pregnant? %s" % ("N/A" if p["sex"] == "M" else pick(rng, ["No", "Not applicable (post-menopausal)", "No - LMP 2/52"])),
                          "Contrast allergy: no   eGFR: %s" % pick(rng, [">60", "54", "n/a"]), "Mobility: " + pick(rng, ["walking", "chair", "trolley"]),
                          "Referrer: %s  %s  Bleep/Tel: %s" % (gp["full"], gp["reg"], ctx["prac_tel"]), "Signature: ____   Date: " + D(ctx), "IR(ME)R: justified by ____ (radiographer)"])
    elif style == 3:  # inpatient admission orders / medical plan
        hs = pick(rng, HOSP_SCEN)
        p = pat_for(rng, ctx, hs)
        doc = make_clin(rng, pick(rng, ["fy", "reg"]))
        text = "\n".join(["%s %s  Orders / Plan" % (D(ctx), ftime(rng)), pname(rng, p, 1) + "  " + p["mrn"], "Dx: " + hs["dx"], "",
                          "1. Admit under %s" % hs["spec"], "2. Obs 4 hourly, NEWS2", "3. %s" % pick(rng, ["IV fluids 0.9% NaCl 1L 8 hourly", "Oral fluids encouraged", "NBM"]),
                          "4. %s" % (hs["new"][0][0] + " " + hs["new"][0][1] if hs["new"] else "Analgesia as charted"), "5. VTE prophylaxis: enoxaparin 40mg SC OD",
                          "6. Bloods mane: FBC, U&E, CRP", "7. Strict fluid balance", "8. Escalation: " + pick(rng, ["full", "ward based care"]), doc["full"] + " " + doc["reg"]])
    elif style == 4:  # community anticipatory medicines authorisation
        p = make_patient(rng, ctx["date"], 60, 97)
        text = "\n".join([pick(rng, ["Community Medication Administration Authorisation", "Anticipatory Medicines - Authorisation to Administer", "Just In Case Medication Chart"]),
                          pid_block(rng, ctx, p, 0), "Allergies: " + p["allergy"], "", "Drug                 Dose           Route   Frequency        Indication",
                          "Morphine sulfate     2.5-5mg        SC      1-hourly PRN     pain / breathlessness",
                          "Midazolam            2.5-5mg        SC      1-hourly PRN     agitation",
                          "Levomepromazine      2.5-5mg        SC      4-hourly PRN     nausea/vomiting",
                          "Glycopyrronium       200mcg         SC      4-hourly PRN     resp secretions",
                          "Water for injection  as required    SC      -                diluent", "",
                          "Max in 24h: morphine 30mg, midazolam 30mg", "Prescriber: %s  %s  Date: %s" % (gp["full"], gp["reg"], D(ctx)),
                          "Review date: " + fdate(ctx["date"] + datetime.timedelta(days=28), ctx["dfmt"])])
    elif style == 5:  # district nurse instructions / task list
        p = make_patient(rng, ctx["date"], 60, 95)
        text = "\n".join(["Request to District Nursing Team - Instructions", D(ctx), pname(rng, p, 0) + " " + p["nhs"], "",
                          pick(rng, ["Please take bloods at home: U&E, FBC, CRP on %s." % fdate(ctx["date"] + datetime.timedelta(days=3), ctx["dfmt"]),
                                     "Please administer ceftriaxone 2g IV OD for 5 days (OPAT). First dose given in hospital.",
                                     "Please remove clips day 12 post op and review wound.",
                                     "Please commence weekly INR monitoring - warfarin dosing by GP practice.",
                                     "B12 injections: hydroxocobalamin 1mg IM every 12 weeks - housebound."]),
                          "Authorised by: %s" % gp["full"]])
    elif style == 6:  # warfarin dosing / INR
        p = make_patient(rng, ctx["date"], 55, 90)
        inr = round(rng.uniform(1.6, 3.8), 1)
        text = "\n".join(["Anticoagulation Dosing Record", ctx["practice"], pid_block(rng, ctx, p, 5), "Indication: " + pick(rng, ["AF", "Mechanical mitral valve", "Recurrent DVT"]),
                          "Target INR: %s" % pick(rng, ["2.5 (2.0-3.0)", "3.0 (2.5-3.5)"]), "Today's INR: %.1f  (%s)" % (inr, D(ctx)),
                          "New dose: %s mg daily  (%s)" % (pick(rng, ["3", "4", "3.5", "5", "4 / 5 alternate days"]), pick(rng, ["no change", "increase", "decrease", "omit 1 day then"])),
                          "Next INR: " + fdate(ctx["date"] + datetime.timedelta(days=rng.choice([7, 14, 28, 42])), ctx["dfmt"]), "Authorised by: %s" % gp["full"]])
    else:  # physio / OT / DEXA order via digital service
        p = make_patient(rng, ctx["date"], 18, 85)
        text = "%s\nOrder: %s\nPatient: %s (NHS %s)\nOrdered by: %s  %s\nUrgency: %s\nNotes: %s" % (
            ctx["digital"], pick(rng, ["Home BP monitoring - loan monitor", "Urine sample pot + MSU", "Pulse oximeter (COVID virtual ward)", "ABPM 24h", "Spirometry at hub", "FIT kit posted"]),
            pname(rng, p, 2), p["nhs"], gp["full"], D(ctx), pick(rng, ["routine", "within 7 days", "urgent"]), pick(rng, ["Post to home address", "Collect from reception", "Hub appt to be booked by care navigator"]))
    return finish(rng, text, ctx, p)


def gen_discharge_instructions(rng, ctx):
    style = rng.randrange(8)
    if style == 0:  # head injury advice
        p = make_patient(rng, ctx["date"], 5, 85)
        text = "\n".join([ctx["hosp"] + " - Emergency Department", pick(rng, ["Head Injury Advice", "Advice for adults after a head injury", "HEAD INJURY - going home"]), "Name: " + pname(rng, p, 0), "",
                          "You have been assessed and we feel it is safe for you to go home. It is important that a responsible adult stays with you for the next 24 hours.",
                          "Return to the Emergency Department immediately or call 999 if you have:", "- drowsiness when you would normally be awake", "- a headache that will not go away with painkillers",
                          "- vomiting", "- confusion or problems understanding or speaking", "- weakness in arms or legs", "- clear fluid from ears or nose", "- a fit (seizure)", "",
                          "Things you can do: rest, take paracetamol, avoid alcohol, do not drive until fully recovered.", "", "Seen by: " + make_clin(rng, "sho")["full"]])
    elif style == 1:  # after operation
        op = pick(rng, OPS)
        p = make_patient(rng, ctx["date"], op["amin"], op["amax"])
        text = "\n".join([ctx["hosp"] + " Day Surgery Unit", pick(rng, ["Going home after your operation", "Discharge advice", "Post-operative instructions"]), pid_block(rng, ctx, p, 0), "",
                          "Operation: " + op["name"], "Date: " + D(ctx), "", "Wound care: " + pick(rng, ["Keep dressing dry for 48 hours. You may shower after this.", "Remove outer dressing in 2 days.", "Glue will peel off in 7-10 days."]),
                          "Stitches/clips: " + pick(rng, ["dissolvable", "to be removed by practice nurse in 10-14 days - please book", "n/a"]),
                          "Pain relief: " + pick(rng, ["paracetamol and ibuprofen regularly for 3 days", "co-codamol as prescribed, may cause constipation"]),
                          "Driving: " + pick(rng, ["not for 24 hours after anaesthetic", "when you can perform an emergency stop (usually 1-2 weeks)", "check with your insurer"]),
                          "Work: " + pick(rng, ["1-2 weeks", "2-4 weeks", "as able"]), "Follow up: " + op["post"], "",
                          "Contact the ward on %s (24hrs) if: increasing redness, discharge, fever, calf pain, breathlessness." % phone(rng)])
    elif style == 2:  # SMS/app safety-net message after remote consultation
        s = scen_pc(rng)
        p = pat_for(rng, ctx, s)
        c = concrete_pc(rng, s)
        text = "Message from %s\nSent %s %s to %s\n\nHi %s, following your %s today with %s:\n%s\n%s\nUseful link: nhs.example/conditions/%s\nPlease do not reply to this message." % (
            pick(rng, [ctx["practice"], ctx["digital"]]), D(ctx), ftime(rng), p["mob"], p["first"], pick(rng, ["video call", "phone call", "consultation"]), ctx["gp"]["short"],
            " ".join(c["plan"][:2]), "Get help if: " + c["sn"], c["key"])
    elif style == 3:  # ward discharge information for patient
        hs = pick(rng, HOSP_SCEN)
        p = pat_for(rng, ctx, hs)
        text = "\n".join(["%s" % ctx["hosp"], pick(rng, ["Your discharge information", "Information for you on leaving hospital", "Patient copy - discharge"]), "Name: " + pname(rng, p, 0), "Ward: " + ctx["ward"], "",
                          "Why you were in hospital: " + hs["dx"], "", "Your medicines: " + ("; ".join("%s - %s" % (short_drug(m[0]), m[1]) for m in hs["new"]) or "no new medicines"),
                          "Medicines stopped: " + (", ".join(s[0] for s in hs["stopped"]) or "none"), "", "What happens next: " + hs["fu"],
                          "If you feel unwell: contact your GP or NHS 111. In an emergency call 999.", "Ward telephone: " + phone(rng)])
    elif style == 4:  # fever in child traffic light advice
        p = make_patient(rng, ctx["date"], 0, 5)
        text = "\n".join([pick(rng, ["Advice sheet - Fever in children", "Your child's illness - advice", "Caring for a child with a fever"]), "Child: " + pname(rng, p, 3), "Given by: %s, %s" % (pick(rng, [ctx["gp"]["full"], ctx["anp"]["full"]]), ctx["ooh"]), "",
                          "Your child has been assessed today and is well enough to be cared for at home.", "- Offer regular drinks. Breastfeed as normal.", "- Paracetamol or ibuprofen if distressed (not both at same time).",
                          "- Check on your child during the night.", "", "RED - call 999: blue lips, unresponsive, fitting, non-blanching rash, very fast breathing.",
                          "AMBER - contact GP/111 today: not drinking, fever > 5 days, dry nappies 12 hours, getting worse.", "GREEN - self care at home."])
    elif style == 5:  # plaster / fracture
        p = make_patient(rng, ctx["date"], 6, 85)
        text = "\n".join([pick(rng, ["Plaster care advice", "Caring for your cast", "Fracture clinic - Virtual"]), ctx["hosp"], "Name: " + pname(rng, p, 0), "",
                          "Keep your arm/leg raised for the next 48 hours.", "Keep the plaster dry.", "Do not put anything inside the plaster.",
                          "Return if: fingers/toes become blue, numb or very swollen, pain increases, plaster cracks or becomes loose.",
                          "Fracture clinic: you will receive a phone call within 72 hours. Tel " + phone(rng)])
    elif style == 6:  # after coil/procedure in GP
        p = make_patient(rng, ctx["date"], 20, 45, "F")
        text = "%s\n\nAftercare following your coil fitting - %s\n\n%s, you had a copper IUD fitted today (%s). Some cramping and spotting is normal. Check threads after your next period.\nSeek help if: severe pain, fever, smelly discharge, you cannot feel threads.\nThread check appointment: %s.\n\n%s" % (
            practice_header(rng, ctx), D(ctx), p["first"], D(ctx), fdate(ctx["date"] + datetime.timedelta(days=35), ctx["dfmt"]), ctx["gp"]["full"])
    else:  # OOH base patient advice printout
        s = scen_pc(rng)
        p = pat_for(rng, ctx, s)
        c = concrete_pc(rng, s)
        text = "\n".join([ctx["ooh"], "Patient Advice Summary", "Name: %s   Date: %s" % (pname(rng, p, 0), D(ctx)), "", "You were seen today for: " + c["pc"],
                          "Our assessment: " + c["imp"], "Treatment: " + ("; ".join("%s - %s" % (short_drug(r[0]), r[1]) for r in c["rx"]) or "advice"),
                          "", "What to do next:", bullets(rng, c["plan"], 0), "", "Please seek further help if: " + c["sn"], "Your own GP (%s) will receive a copy of this record." % ctx["practice"]])
    return finish(rng, text, ctx, p, furn=0.3)


def gen_other(rng, ctx):
    style = rng.randrange(11)
    p = make_patient(rng, ctx["date"], 16, 90)
    if style == 0:  # fax cover
        text = "\n".join([pick(rng, ["FAX", "FACSIMILE TRANSMISSION", "Fax cover sheet"]), "To: %s   Fax: %s" % (pick(rng, [ctx["practice"], ctx["hosp"] + " Medical Records", "Pharmacy"]), phone(rng)),
                          "From: %s   Fax: %s" % (pick(rng, [ctx["ooh"], ctx["hosp"], ctx["practice"]]), phone(rng)), "Date: " + D(ctx), "Pages (including cover): %d" % rng.randint(2, 8),
                          "Re: %s" % pname(rng, p, 0), "[ ] Urgent [x] For review [ ] Please reply", "", "CONFIDENTIALITY NOTICE: This facsimile contains confidential information intended only for the addressee. If you have received it in error, please telephone the sender and destroy the document."])
    elif style == 1:  # e-consult form (patient questionnaire)
        s = scen_pc(rng, p)
        c = concrete_pc(rng, s)
        text = "\n".join([pick(rng, ["Online consultation request", "eConsult - Submission", "Patient online request form"]), "Submitted via %s on %s %s" % (pick(rng, [ctx["digital"], "NHS App", "practice website"]), D(ctx), ftime(rng)),
                          "Patient: %s  DOB %s" % (pname(rng, p, 3), fdate(p["dob"], ctx["dfmt"])), "", "What is your request about? " + c["pc"],
                          "How long have you had this? " + c["dur"], "Describe your symptoms: " + c["hx"].replace("Pt ", "I ").replace("c/o ", ""),
                          "Do you have any of the following? " + "; ".join("%s - No" % r.replace("no ", "").replace("not ", "") for r in c["rf"][:4]),
                          "What would you like us to do? " + pick(rng, ["Speak to a doctor", "Get a prescription", "Get advice", "Book an appointment"]),
                          "Preferred contact: " + pick(rng, ["Phone call", "Video", "Message"]), "Best times: " + pick(rng, ["morning", "after 3pm", "any"]), "",
                          "Triage outcome (care navigator): " + pick(rng, ["Routed to GP - same day", "ANP list", "Pharmacist", "Community pharmacy referral"])])
    elif style == 2:  # PHQ-9 / GAD-7 questionnaire
        sc = [rng.randint(0, 3) for _ in range(9)]
        text = "PHQ-9 questionnaire\nName: %s  Date: %s\nOver the last 2 weeks, how often have you been bothered by:\n" % (pname(rng, p, 0), D(ctx))
        qs = ["Little interest or pleasure in doing things", "Feeling down, depressed or hopeless", "Trouble falling/staying asleep, or sleeping too much",
              "Feeling tired or having little energy", "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating",
              "Moving or speaking slowly / being fidgety", "Thoughts that you would be better off dead"]
        for q, s_ in zip(qs, sc):
            text += "%s ........ %d\n" % (q, s_)
        text += "Total score: %d\n%s" % (sum(sc), pick(rng, ["Completed via app before video consultation.", "Scored by GP.", ""]))
    elif style == 3:  # subject access / ROI request
        text = "\n".join([pick(rng, ["Subject Access Request", "Request for access to health records (UK GDPR Art. 15)", "Release of information request"]), "", "From: %s %s Solicitors LLP, %s" % (pick(rng, LAST), pick(rng, LAST), pick(rng, TOWNS)),
                          "Our ref: %s/%d" % (pick(rng, ["PI", "CLM", "MED"]), rng.randint(1000, 9999)), "Date: " + D(ctx), "", "Re: Our client %s, DOB %s" % (pname(rng, p, 0), fdate(p["dob"], ctx["dfmt"])), "",
                          "We act on behalf of the above named in relation to a %s claim. Please find enclosed signed authority. We request copies of all GP records from %s to date." % (pick(rng, ["personal injury", "road traffic accident", "employment"]), fdate(ctx["date"] - datetime.timedelta(days=1800), ctx["dfmt"])),
                          "", "Patient authority: I consent to release of my records. Signed ________", "", "Practice use: logged %s, due %s" % (D(ctx), fdate(ctx["date"] + datetime.timedelta(days=30), ctx["dfmt"]))])
    elif style == 4:  # fit note
        text = "\n".join(["Statement of Fitness for Work", "For social security or statutory sick pay", "Patient's name: " + pname(rng, p, 0), "I assessed your case on: " + D(ctx),
                          "by: [%s] face to face [%s] telephone/video [ ] paper report" % tuple(rng.sample(["x", " "], 2)),
                          "and, because of the following condition(s): " + pick(rng, ["low back pain", "stress at work", "post-operative recovery", "depression", "gastroenteritis"]),
                          "I advise you that: [%s] you are not fit for work  [%s] you may be fit for work taking account of the following advice" % tuple(rng.sample(["x", " "], 2)),
                          "[ ] a phased return to work  [ ] altered hours  [x] amended duties  [ ] workplace adaptations", "This will be the case for %s" % pick(rng, ["2 weeks", "1 month", "7 days"]),
                          "I will/will not need to assess your fitness for work again at the end of this period.", "Doctor's signature ____  %s" % ctx["gp"]["full"], "Date of statement: " + D(ctx),
                          "Doctor's address: %s, %s" % (ctx["practice"], ctx["prac_town"])])
    elif style == 5:  # invoice / fee
        text = "\n".join([practice_header(rng, ctx), "", "INVOICE No. %d" % rng.randint(1000, 9999), "Date: " + D(ctx), "To: %s" % pick(rng, [pname(rng, p, 0), "DVLA", "%s Insurance" % pick(rng, INSURERS), "%s Solicitors" % pick(rng, LAST)]), "",
                          "Service: %s" % pick(rng, ["Private letter - fitness to travel", "Insurance report (GPR)", "Firearms medical enquiry", "Holiday cancellation form", "HGV medical"]),
                          "Fee: £%d.00   (Not an NHS service - VAT exempt)" % rng.choice([30, 40, 75, 104, 150]), "Payment: BACS sort code 00-00-00 acc 00000000 (fictitious)", "Patient: " + pname(rng, p, 1)])
    elif style == 6:  # photo caption
        text = "\n".join(["Clinical photograph", "Uploaded by patient via %s  %s %s" % (ctx["digital"], D(ctx), ftime(rng)), "Patient: " + pname(rng, p, 2),
                          "Image 1 of %d: %s" % (rng.randint(1, 3), pick(rng, ["rash on left forearm", "swollen right ankle", "mole on back", "insect bite R calf", "red eye"])),
                          "Consent for clinical photography: given in app", "Image quality: " + pick(rng, ["good", "blurred - repeat requested", "adequate"]),
                          "Viewed by: %s" % ctx["gp"]["full"], "[image not reproduced in text record]"])
    elif style == 7:  # patient complaint / feedback
        text = "\n".join(["Friends and Family Test / Feedback", "Date: " + D(ctx), "Service used: " + pick(rng, ["Video consultation", "Telephone appointment", "OOH base"]),
                          "How likely are you to recommend...: " + pick(rng, ["Very good", "Good", "Poor", "Neither good nor poor"]),
                          "Comments: " + pick(rng, ["Doctor was very thorough even over video.", "Waited 3 hours for a call back.", "The app kept crashing.", "Easy to get a prescription."]),
                          "Name (optional): " + pick(rng, ["", pname(rng, p, 3)])])
    elif style == 8:  # DVLA / insurance medical form
        text = "\n".join(["Medical Questionnaire - %s" % pick(rng, ["D4 (group 2)", "Insurance claim - GP report", "Holiday cancellation claim", "Firearms licensing"]), "Applicant: " + pname(rng, p, 0), "DOB: " + fdate(p["dob"], ctx["dfmt"]), "",
                          "1. Does the applicant have any of the following? Diabetes [%s] Epilepsy [ ] Heart disease [ ] Mental health [%s]" % (pick(rng, ["x", " "]), pick(rng, ["x", " "])),
                          "2. Date first consulted for the condition: " + fdate(ctx["date"] - datetime.timedelta(days=rng.randint(30, 2000)), ctx["dfmt"]),
                          "3. Is the condition stable? " + pick(rng, ["Yes", "No", "Unknown"]), "4. Further comments: based on records only; patient not examined.",
                          "GP: %s  Date: %s  Practice stamp" % (ctx["usual_gp"]["full"], D(ctx))])
    elif style == 9:  # appointment booking / admin task
        text = "%s  Admin task\nFrom: %s\nTo: %s\nPatient: %s\nMessage: %s\nStatus: %s" % (D(ctx), pick(rng, ["Reception", "Care navigator", "Prescription clerk"]), pick(rng, ["Duty GP", ctx["usual_gp"]["short"], "Admin"]),
                                                                                          pname(rng, p, 1), pick(rng, ["Pt called asking for sick note extension.", "Hospital rang - please check letter in workflow.", "Pt wants to change nominated pharmacy.", "Relative asking for update, no consent on file."]),
                                                                                          pick(rng, ["Completed", "Open", "Passed to GP"]))
    else:  # scanned envelope/document index sheet
        text = "\n".join(["DOCUMENT INDEX / SCANNING COVER", "Practice: %s (%s)" % (ctx["practice"], ctx["prac_code"]), "Patient: %s  NHS %s" % (pname(rng, p, 1), p["nhs"]),
                          "Batch: %d   Docs in batch: %d" % (rng.randint(100, 999), rng.randint(1, 12)), "Scanned by: %s   %s" % (pick(rng, FIRST_F), D(ctx)),
                          "Document type selected: %s" % pick(rng, ["Miscellaneous", "Correspondence", "Admin"]), "Original shredded: %s" % pick(rng, ["yes", "retained"])])
    return finish(rng, text, ctx, p, furn=0.3)


GENERATORS = {
    "discharge_summary": gen_discharge_summary, "history_physical": gen_history_physical, "progress_note": gen_progress_note,
    "consult_note": gen_consult_note, "operative_note": gen_operative_note, "procedure_note": gen_procedure_note,
    "lab_report": gen_lab_report, "imaging_report": gen_imaging_report, "pathology_report": gen_pathology_report,
    "medication_list": gen_medication_list, "prescription": gen_prescription, "anesthesia_record": gen_anesthesia_record,
    "correspondence": gen_correspondence, "consent_form": gen_consent_form, "referral_letter": gen_referral_letter,
    "advance_directive": gen_advance_directive, "ecg_report": gen_ecg_report, "immunization_record": gen_immunization_record,
    "registration_form": gen_registration_form, "insurance_card": gen_insurance_card, "nursing_note": gen_nursing_note,
    "ed_note": gen_ed_note, "transfer_summary": gen_transfer_summary, "provider_orders": gen_provider_orders,
    "discharge_instructions": gen_discharge_instructions, "other": gen_other,
}


def main():
    ap = argparse.ArgumentParser(description="Generate synthetic UK remote primary-care documents (fictitious).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = []
    for label in sorted(GENERATORS):
        for i in range(a.per_type):
            ctx = make_ctx(rng)
            text = GENERATORS[label](rng, ctx)
            docs.append({"id": "rgp-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    rng.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
