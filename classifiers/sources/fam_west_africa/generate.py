#!/usr/bin/env python3
"""Synthetic clinical-document generator: West African (Nigeria / Ghana) teaching-hospital
style records, 2005-2024.  Every name, place, number and identifier is invented.
Standard library only.  Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime
import json
import random

R = random.Random(0)


def ch(seq):
    return R.choice(seq)


def pr(p):
    return R.random() < p


def ri(a, b):
    return R.randint(a, b)


def rf(a, b, n=1):
    return round(R.uniform(a, b), n)


def pick(seq, k):
    seq = list(seq)
    return R.sample(seq, min(k, len(seq)))


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ----------------------------------------------------------------------------- places, people
NG_HOSP = [("Federal Teaching Hospital, Oredu", "FTHO", "Oredu"),
           ("University of Ikpeze Teaching Hospital", "UIKTH", "Ikpeze"),
           ("Federal Medical Centre, Idoro", "FMCI", "Idoro"),
           ("Ugbomoro State University Teaching Hospital", "USUTH", "Ugbomoro")]
GH_HOSP = [("Nkwantaso Teaching Hospital", "NKTH", "Nkwantaso"),
           ("Asemkrom Regional Hospital", "ARH", "Asemkrom"),
           ("Akwadum University Teaching Hospital", "AUTH", "Akwadum")]
NG_GEN = ["General Hospital, Ajakoro", "Comprehensive Health Centre, Ilase", "St. Brigid's Catholic Hospital, Umuagu",
          "Primary Health Centre, Okelana", "Mercyland Specialist Hospital, Ogbomeji", "General Hospital, Isanlu-Odo",
          "Cottage Hospital, Nkwoagu", "Divine Favour Clinic & Maternity, Ezinato", "Baptist Medical Centre, Tudun Sabo"]
GH_GEN = ["Kofiase Government Hospital", "Abrem-Kese Municipal Hospital", "Holy Family Mission Hospital, Akrodie",
          "Bontomase Health Centre", "Adansiman District Hospital", "Tsiame-Dzobe Polyclinic", "Grace Maternity Home, Kofiase"]
NG_STREETS = ["Adekunle Close", "Okpara Avenue", "Hospital Road", "Sabo Street", "Old Garage Road", "Market Square Lane",
              "Ajilosun Street", "Unity Crescent", "Emir's Palace Road", "Ogunlade Layout", "Federal Housing Estate"]
GH_STREETS = ["Nana Ampofo Street", "Zongo Junction", "Methodist Road", "Kotoko Lane", "Station Road", "Asafo Market Road",
              "Palace Street", "Kumasi-Accra Old Road", "Church Junction"]
NG_FIRST_M = ["Adebayo", "Oluwaseun", "Babatunde", "Adewale", "Olumide", "Abiodun", "Chukwuemeka", "Chinedu", "Obinna",
              "Ifeanyi", "Uchenna", "Emeka", "Abubakar", "Musa", "Ibrahim", "Usman", "Sani", "Yusuf", "Kehinde", "Tunde",
              "Segun", "Nnamdi", "Ikenna", "Suleiman", "Bello", "Tochukwu", "Femi", "Gbenga", "Danladi"]
NG_FIRST_F = ["Olufunke", "Temitope", "Folake", "Bukola", "Yetunde", "Funmilayo", "Ngozi", "Adaeze", "Nkechi", "Chiamaka",
              "Amaka", "Chidinma", "Aisha", "Fatima", "Hauwa", "Zainab", "Halima", "Maryam", "Taiwo", "Kemi", "Ebere",
              "Ifeoma", "Blessing", "Comfort", "Patience", "Modupe", "Hadiza", "Ronke", "Uju"]
NG_SUR = ["Adeyemi", "Okonkwo", "Bello", "Okafor", "Eze", "Ogunleye", "Danjuma", "Abdullahi", "Nwosu", "Ojo", "Adeleke",
          "Yakubu", "Ibekwe", "Akinola", "Oladipo", "Nnadi", "Obi", "Olatunji", "Fasanmi", "Lawal", "Sule", "Garba",
          "Onyekachi", "Ajayi", "Balogun", "Umeh", "Chukwu", "Aliyu", "Idowu", "Oyelaran", "Ekwueme", "Agbaje", "Mohammed",
          "Ogundipe", "Anyanwu", "Ikwuagwu", "Olaniyan", "Salami", "Dauda"]
GH_FIRST_M = ["Kwame", "Kofi", "Yaw", "Kwaku", "Kwabena", "Kojo", "Kwasi", "Selorm", "Edem", "Mawuli", "Nii", "Elikem",
              "Ebo", "Fiifi", "Yaw", "Osei", "Nana", "Issahaku", "Abdul-Rahman", "Emmanuel", "Samuel", "Isaac"]
GH_FIRST_F = ["Akosua", "Ama", "Abena", "Efua", "Adwoa", "Afua", "Yaa", "Akua", "Esi", "Naa", "Dzifa", "Enyonam",
              "Mansa", "Araba", "Adjoa", "Salamatu", "Gifty", "Comfort", "Mercy", "Abigail", "Priscilla", "Vida"]
GH_SUR = ["Mensah", "Asante", "Boateng", "Owusu", "Agyeman", "Amoah", "Ofori", "Tetteh", "Quaye", "Addo", "Osei",
          "Appiah", "Darko", "Badu", "Sarpong", "Adjei", "Ansah", "Kuffour", "Gyamfi", "Agbenyo", "Dzidzornu", "Lamptey",
          "Annan", "Frimpong", "Nkansah", "Yeboah", "Ampofo", "Abubakari", "Seidu", "Kpodo", "Awuah", "Acheampong"]
OCC = ["trader", "civil servant", "farmer", "teacher", "artisan (tailor)", "commercial motorcyclist", "driver", "student",
       "housewife", "retired civil servant", "petty trader", "carpenter", "banker", "clergy", "nurse", "mechanic",
       "hairdresser", "unemployed", "security man", "fashion designer", "cocoa farmer", "fish monger"]
REL = ["Christianity", "Islam", "Christian (Pentecostal)", "Christian (Catholic)", "Muslim", "Christian (Anglican)",
       "Christian (Methodist)"]
NG_TRIBE = ["Yoruba", "Igbo", "Hausa", "Ibibio", "Tiv", "Edo", "Ijaw", "Nupe"]
GH_TRIBE = ["Akan (Asante)", "Fante", "Ewe", "Ga", "Dagomba", "Akuapem", "Bono", "Nzema"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        s = "th"
    else:
        s = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, s)


def fd(d, style=None):
    if style is None:
        style = ri(0, 7)
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return "%d/%d/%s" % (d.day, d.month, d.strftime("%y"))
    if style == 2:
        return "%s %s, %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if style == 3:
        return d.strftime("%d-%m-%Y")
    if style == 4:
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == 5:
        return "%d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == 6:
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1][:3] + ".", d.year)
    return d.strftime("%d/%m/%y")


def rand_date():
    start = datetime.date(2005, 1, 1)
    return start + datetime.timedelta(days=ri(0, 7300))


def tm():
    h = ri(0, 23)
    m = ch([0, 5, 10, 15, 20, 30, 35, 40, 45, 50])
    s = ri(0, 2)
    if s == 0:
        return "%02d:%02dhrs" % (h, m)
    if s == 1:
        return "%d.%02d%s" % ((h % 12) or 12, m, "am" if h < 12 else "pm")
    return "%02d%02dH" % (h, m)


def phone(country):
    if country == "NG":
        return ch(["0803", "0805", "0806", "0807", "0813", "0703", "0708", "0816", "0902", "0810"]) + " " + digits(3) + " " + digits(4)
    return ch(["024", "020", "054", "027", "026", "050", "055"]) + " " + digits(3) + " " + digits(4)


class Ctx(object):
    pass


LAST = [None]


def make_ctx(date=None):
    c = Ctx()
    c.country = "NG" if pr(0.62) else "GH"
    if c.country == "NG":
        c.hosp, c.abbr, c.town = ch(NG_HOSP)
        c.gen = ch(NG_GEN)
        c.gen2 = ch(NG_GEN)
        c.cur = ch(["N", "NGN ", "\u20a6"])
        c.street = NG_STREETS
        c.box = "P.M.B. %d, %s" % (ri(1000, 9999), c.town)
        c.scheme = "NHIS" if pr(0.7) else "NHIA"
    else:
        c.hosp, c.abbr, c.town = ch(GH_HOSP)
        c.gen = ch(GH_GEN)
        c.gen2 = ch(GH_GEN)
        c.cur = ch(["GH\u00a2", "GHS ", "GHC "])
        c.street = GH_STREETS
        c.box = "P. O. Box %d, %s" % (ri(10, 999), c.town)
        c.scheme = "NHIS"
    c.date = date or rand_date()
    c.year = c.date.year
    c.dstyle = ri(0, 7)
    c.tel = phone(c.country)
    c.email = "%s.records@%smail.example" % (c.abbr.lower(), ch(["", "hosp", "fth"]))
    LAST[0] = c
    return c


def pname(c, sex):
    if c.country == "NG":
        f = ch(NG_FIRST_M if sex == "M" else NG_FIRST_F)
        s = ch(NG_SUR)
        m = ch(NG_FIRST_M + NG_FIRST_F) if pr(0.4) else ""
    else:
        f = ch(GH_FIRST_M if sex == "M" else GH_FIRST_F)
        s = ch(GH_SUR)
        m = ch(GH_FIRST_M if sex == "M" else GH_FIRST_F) if pr(0.4) else ""
    return f, m, s


class Pt(object):
    pass


def make_patient(c, age=None, sex=None):
    p = Pt()
    p.sex = sex or ch("MF")
    p.age = age if age is not None else ri(18, 80)
    p.first, p.middle, p.sur = pname(c, p.sex)
    if p.age < 16:
        p.title = ch(["Master", "Baby"]) if p.sex == "M" else ch(["Miss", "Baby"])
        if p.age >= 3 and p.title == "Baby":
            p.title = "Master" if p.sex == "M" else "Miss"
    elif p.sex == "M":
        p.title = ch(["Mr", "Mr.", "Mr", "Alhaji" if c.country == "NG" else "Mr", "Chief" if p.age > 50 else "Mr", "Pastor" if pr(0.2) else "Mr"])
    else:
        p.title = ch(["Mrs", "Mrs.", "Miss" if p.age < 35 else "Mrs", "Madam" if p.age > 40 else "Mrs", "Alhaja" if c.country == "NG" and p.age > 40 else "Mrs"])
    p.name = "%s %s" % (p.first, p.sur)
    p.full = " ".join(x for x in [p.sur.upper(), p.first, p.middle] if x)
    p.he, p.his, p.him = ("he", "his", "him") if p.sex == "M" else ("she", "her", "her")
    p.He, p.His = p.he.capitalize(), p.his.capitalize()
    p.hno = ch(["%s/%02d/%05d" % (c.abbr, c.year % 100, ri(1, 99999)), "%06d" % ri(1000, 999999),
                "%s/MR/%d/%04d" % (c.abbr, c.year, ri(1, 9999)), "%s-%s" % (digits(2), digits(6)),
                "%s%s" % (c.abbr[:2], digits(6))])
    p.phone = phone(c.country)
    p.addr = "%s %s, %s" % ("No. %d" % ri(1, 120) if pr(0.7) else "Plot %d" % ri(1, 40), ch(c.street),
                            ch([c.town, c.gen.split(",")[-1].strip(), c.town]))
    p.occ = "pupil" if p.age < 16 else ch(OCC)
    if p.sex == "F" and p.occ == "commercial motorcyclist":
        p.occ = "trader"
    p.rel = ch(REL)
    p.tribe = ch(NG_TRIBE if c.country == "NG" else GH_TRIBE)
    p.ms = "Single" if p.age < 20 else ch(["Married", "Married", "Single", "Widowed" if p.age > 50 else "Married", "Divorced"])
    ks = ch("MF")
    kf, _, kn = pname(c, ks)
    p.nok = "%s %s" % (kf, p.sur if pr(0.7) else kn)
    p.nokrel = ch(["Father", "Mother"]) if p.age < 16 else ch(["Husband", "Wife", "Son", "Daughter", "Brother", "Sister"])
    if p.age >= 16:
        if p.sex == "M" and p.nokrel == "Husband":
            p.nokrel = "Wife"
        if p.sex == "F" and p.nokrel == "Wife":
            p.nokrel = "Husband"
    p.nokphone = phone(c.country)
    p.dob = datetime.date(max(1920, c.year - p.age), ri(1, 12), ri(1, 28))
    p.ins = ch(["%s%s" % (digits(8), ""), "%s/%s/%s" % (digits(3), digits(4), digits(2)), "NHIS-%s" % digits(7)])
    return p


def agestr(p, style=None):
    s = ri(0, 5) if style is None else style
    if p.age == 0:
        return ch(["%d/12" % ri(1, 11), "%d months" % ri(1, 11), "%d weeks" % ri(1, 8)])
    if s == 0:
        return "%dyrs" % p.age
    if s == 1:
        return "%d years" % p.age
    if s == 2:
        return "%d/%s" % (p.age, p.sex)
    if s == 3:
        return "%dyr" % p.age
    if s == 4:
        return "%d-year-old" % p.age
    return "%d" % p.age


def sexw(p):
    if p.age < 16:
        return "boy" if p.sex == "M" else "girl"
    return ch(["man", "male"]) if p.sex == "M" else ch(["woman", "female", "lady"])


QUALS = {"med": ["MBBS, FWACP", "MBBS, FMCP", "MBChB, FGCP", "MBBS, MWACP", "MB;BS, FMCP, FWACP"],
         "surg": ["MBBS, FWACS", "MBBS, FMCS", "MBChB, FGCS", "MBBS, FWACS, FICS"],
         "obs": ["MBBS, FWACS", "MBBS, FMCOG", "MBChB, FGCS (O&G)"],
         "paed": ["MBBS, FMCPaed", "MBBS, FWACP (Paed)", "MBChB, FGCP (Paed)"],
         "rad": ["MBBS, FWACS (Rad)", "MBBS, FMCR", "MBChB, FWACS"],
         "path": ["MBBS, FMCPath", "MBBS, FWACP (Lab Med)", "MBChB, FGCP (Path)"],
         "anaes": ["MBBS, FWACS (Anaes)", "MBBS, FMCA", "MBChB, FGCS (Anaes)"],
         "gp": ["MBBS", "MBBS, FWACP (FM)", "MBChB", "MBBS, FMCGP", "MBBS, MPH"],
         "ophth": ["MBBS, FWACS (Ophth)", "MBBS, FMCOph"]}
RANKS = {"cons": ["Consultant", "Consultant", "Senior Lecturer/Consultant", "Professor/Consultant"],
         "sr": ["Senior Registrar", "SR"], "reg": ["Registrar", "Resident Doctor"], "ho": ["House Officer", "HO", "Medical Officer", "MO"]}


class Doc(object):
    pass


def doctor(c, kind="med", rank=None):
    d = Doc()
    sex = ch("MF")
    f, m, s = pname(c, sex)
    d.rank = rank or ch(["cons", "sr", "reg", "ho"])
    d.title = ch(RANKS[d.rank])
    init = f[0] + "." + ((" " + m[0] + ".") if m else (" " + ch("ABCDEFGIKOT") + "." if pr(0.5) else ""))
    if d.rank == "cons" and pr(0.25):
        d.name = "Prof. %s %s" % (init, s)
    else:
        d.name = "Dr. %s %s" % (init, s) if pr(0.6) else "Dr %s %s" % (f, s)
    d.short = "Dr %s" % s
    d.q = ch(QUALS.get(kind, QUALS["gp"])) if d.rank in ("cons", "sr") else ch(["MBBS", "MBChB", "MBBS", "MB;BS"])
    d.mdcn = ("MDCN/R/%d" % ri(10000, 99999)) if c.country == "NG" else ("MDC/RN/%d" % ri(1000, 19999))
    return d


def nurse(c):
    sex = "F" if pr(0.8) else "M"
    f, m, s = pname(c, sex)
    return ch(["Nurse", "N/O", "SNO", "CNO", "RN", "Staff Nurse", "NO II", "S/N"]) + " " + ch([f + " " + s, f[0] + ". " + s, s])


def sig(d, c=None, full=True):
    lines = []
    if pr(0.35):
        lines.append(ch(["Signed:", "Sgd:", "Sign ............", "(signed)", "______________________", "Signature & Stamp:"]))
    lines.append(d.name if full or pr(0.5) else d.short)
    if full:
        if pr(0.7):
            lines.append(d.q)
        lines.append(d.title + (" (" + ch(["Internal Medicine", "Surgery", "Paediatrics", "O&G", "Family Medicine"]) + ")" if pr(0.0) else ""))
        if pr(0.3):
            lines.append(d.mdcn)
    return "\n".join(lines)


# ----------------------------------------------------------------------------- heading styles
def Hs():
    return ri(0, 6)


def h(name, st):
    if st == 0:
        return name.upper() + ":"
    if st == 1:
        return name + ":"
    if st == 2:
        return name.upper() + "\n" + "-" * len(name)
    if st == 3:
        return name.upper()
    if st == 4:
        return "[" + name + "]"
    if st == 5:
        return "**" + name + "**" if pr(0.0) else name + " -"
    return name.title() + ":"


def sec(name, body, st):
    if not body:
        return ""
    if st in (0, 1, 5, 6) and "\n" not in body and len(body) < 140:
        return h(name, st) + " " + body
    return h(name, st) + "\n" + body


def join(parts, sep="\n"):
    return sep.join(p for p in parts if p is not None and p != "")


# ----------------------------------------------------------------------------- clinical knowledge base
# Each condition keeps history, examination, investigations, drugs and procedures mutually consistent.
CONDS = [
    dict(key="htn", dx="Hypertensive heart disease (uncontrolled systemic hypertension)", short="HHD", ddx=["CKD", "Renovascular HTN"],
         spec="Cardiology", sk="med", clinic="Cardiology Clinic", ward="Male Medical Ward", age=(42, 78), sex=None,
         cc=[("headache", ["2/52", "3 weeks", "1 month"]), ("palpitations", ["1/52", "2 weeks"]), ("dizziness", ["5/7", "1/52"]), ("easy fatiguability", ["1/12", "3/52"])],
         hpi=["Known hypertensive x {n} yrs, on irregular medications; stopped drugs about 3 months ago due to financial constraints.",
              "Headache is mainly occipital, throbbing, worse in the mornings. No blurring of vision. No limb weakness.",
              "Has been taking herbal concoction ('agbo') intermittently in place of prescribed drugs."],
         exam=dict(gen="Middle-aged, not pale, anicteric, acyanosed, no pedal oedema", cvs="Apex beat displaced to 6th LICS AAL, heaving. S1 S2 + S4, no murmur",
                   resp="Chest clinically clear", abd="Abdomen full, soft, non-tender, no organomegaly", cns="Conscious, alert, no focal deficit. Fundoscopy: grade II hypertensive retinopathy"),
         vit=dict(t=(36.4, 37.0), p=(84, 104), rr=(16, 22), sbp=(172, 210), dbp=(100, 124), spo2=(95, 99)),
         panels=["EUCR", "LIPID", "FBS", "URINE"], labs={"Urea": (6.5, 9.8), "Creatinine": (118, 160), "Total Cholesterol": (5.6, 6.8), "LDL": (3.6, 4.6), "Protein": "+"},
         img=[("X-RAY", "Chest X-ray (PA)", "The cardiac shadow is enlarged with a CTR of 0.58. Boot-shaped left ventricular configuration. Aortic knuckle is unfolded. Both lung fields are clear. Costophrenic angles are sharp.", "Cardiomegaly with features suggestive of hypertensive heart disease."),
              ("ECHO", "Transthoracic echocardiography", "LV concentric hypertrophy, IVSd 14mm, LVPWd 13mm. LV systolic function preserved, EF 58%. Grade I diastolic dysfunction (E/A 0.7). LA mildly dilated (42mm). Valves structurally normal. No pericardial effusion.", "Hypertensive heart disease with preserved ejection fraction and diastolic dysfunction.")],
         meds=[("Amlodipine", "10mg", "PO", "daily", "1/12"), ("Lisinopril", "10mg", "PO", "daily", "1/12"), ("Hydrochlorothiazide", "25mg", "PO", "daily", "1/12"), ("Atorvastatin", "20mg", "PO", "nocte", "1/12")],
         plan=["Continue antihypertensives, adherence counselling", "Low salt diet, weight reduction", "Check E/U/Cr, lipid profile", "Echocardiography", "TCA 4/52 with BP chart"],
         course="BP was gradually lowered with oral antihypertensives over 48 hours. No evidence of end-organ catastrophe. Adherence counselling done.",
         ecg="lvh", op=None, proc=None),
    dict(key="dm", dx="Type 2 diabetes mellitus with right diabetic foot ulcer (Wagner grade 3)", short="T2DM + DFU", ddx=["Osteomyelitis"],
         spec="Endocrinology", sk="med", clinic="Diabetes/Endocrine Clinic", ward="Female Medical Ward", age=(45, 75), sex=None,
         cc=[("right foot wound", ["3/52", "1 month"]), ("polyuria", ["2/12", "3 months"]), ("polydipsia", ["2/12"]), ("fever", ["5/7", "1/52"])],
         hpi=["Diagnosed diabetic {n} yrs ago at a private hospital; on glibenclamide and metformin, poorly compliant.",
              "Wound started as a blister after walking barefoot; progressively increased in size with foul-smelling discharge.",
              "Had applied traditional medication to the wound before presentation."],
         exam=dict(gen="Ill-looking, febrile to touch, mildly pale, anicteric, mildly dehydrated", cvs="Pulse regular, S1 S2 only",
                   resp="Chest clinically clear", abd="Soft, non-tender, no organomegaly", cns="Reduced sensation to monofilament bilaterally up to mid-shin (glove and stocking)",
                   local="Right foot: 6cm x 4cm ulcer on plantar aspect over 1st MTP joint, sloughy floor, foul-smelling purulent discharge, surrounding cellulitis. Dorsalis pedis pulse feeble"),
         vit=dict(t=(37.8, 38.9), p=(96, 118), rr=(18, 24), sbp=(130, 160), dbp=(80, 96), spo2=(95, 99)),
         panels=["FBC", "EUCR", "FBS", "HBA1C", "MCS"], labs={"FBS": (13.5, 22.0), "RBS": (15.0, 26.0), "HbA1c": (9.2, 12.8), "WBC": (13.5, 21.0), "Neutrophils": (78, 88), "PCV": (27, 32), "Organism": "Staphylococcus aureus"},
         img=[("X-RAY", "X-ray right foot (AP/Oblique)", "Soft tissue swelling over the first metatarsophalangeal region with subcutaneous gas lucencies. Cortical erosion and periosteal reaction of the distal first metatarsal. Vascular calcification noted.", "Features in keeping with osteomyelitis of the right first metatarsal in a diabetic foot.")],
         meds=[("Soluble insulin (Actrapid)", "per sliding scale", "SC", "6-hourly", "till stable"), ("Premixed insulin 70/30", "20iu mane, 10iu nocte", "SC", "bd", "ongoing"), ("Metformin", "500mg", "PO", "bd", "1/12"), ("IV Ceftriaxone", "1g", "IV", "12-hourly", "14/7"), ("IV Metronidazole", "500mg", "IV", "8-hourly", "7/7")],
         plan=["Admit", "Wound debridement and daily dressing", "Glycaemic control with insulin", "Wound swab MCS", "X-ray right foot", "Foot care education"],
         course="Had wound debridement under SA on day 3 and daily dressing with honey/ Eusol. Glycaemic control achieved on premixed insulin. Wound now granulating.",
         ecg="normal", op="debride", proc=None),
    dict(key="malaria", dx="Severe malaria with severe anaemia", short="Severe malaria", ddx=["Sepsis", "Meningitis", "Haemolytic crisis"],
         spec="Paediatrics", sk="paed", clinic="Children Outpatient Clinic (CHOP)", ward="Children Emergency Room (CHER)", age=(1, 9), sex=None,
         cc=[("fever", ["4/7", "5 days", "3/7"]), ("vomiting", ["2/7", "2 days"]), ("refusal of feeds", ["2/7"]), ("passage of dark urine", ["1/7"]), ("generalised weakness", ["1/7"])],
         hpi=["Fever was high-grade, intermittent, relieved by paracetamol. Mother gave unknown anti-malarial from a patent medicine store without relief.",
              "Vomiting was non-projectile, containing recently ingested feeds. Child does not sleep under an insecticide-treated net.",
              "No history of convulsion, neck stiffness or loss of consciousness. No history of cough."],
         exam=dict(gen="Acutely ill-looking child, febrile, severely pale, anicteric, not dehydrated, no pedal oedema", cvs="Tachycardic, soft systolic flow murmur at LLSE",
                   resp="Tachypnoeic, vesicular breath sounds, no crepitations", abd="Full, soft, liver 3cm below RCM, spleen 4cm palpable", cns="Conscious, BCS 5/5, no neck stiffness, Kernig's negative"),
         vit=dict(t=(38.6, 40.1), p=(138, 168), rr=(36, 52), sbp=(84, 100), dbp=(46, 60), spo2=(93, 98)),
         panels=["FBC", "MP", "GENOTYPE", "EUCR"], labs={"PCV": (12, 17), "Hb": (4.0, 5.7), "WBC": (9.0, 14.0), "Platelets": (70, 120), "Malaria parasite": "Plasmodium falciparum (asexual forms) +++", "Genotype": "AA", "RBS": (4.2, 6.8)},
         img=[],
         meds=[("IV Artesunate", "2.4mg/kg (at 0, 12, 24hrs then daily)", "IV", "as stated", "until able to take orally"), ("Artemether-Lumefantrine (Coartem)", "per weight", "PO", "bd", "3/7"), ("Paracetamol syrup", "15mg/kg", "PO", "6-hourly", "3/7"), ("Packed red cells", "10mls/kg", "IV", "stat", "once"), ("Folic acid", "2.5mg", "PO", "daily", "1/12")],
         plan=["Admit CHER", "Blood transfusion with packed cells", "IV Artesunate", "Monitor vitals 2-hourly", "Check PCV post transfusion", "Health education on use of LLIN"],
         course="Transfused with 10ml/kg packed cells. Received 3 doses of IV artesunate and was converted to oral ACT. Fever subsided by day 3; post-transfusion PCV 29%.",
         ecg=None, op=None, proc=None),
    dict(key="typhoid", dx="Typhoid ileal perforation with generalised peritonitis", short="Typhoid perforation", ddx=["Perforated peptic ulcer", "Ruptured appendix"],
         spec="General Surgery", sk="surg", clinic="Surgical Outpatient (SOPD)", ward="Male Surgical Ward", age=(12, 40), sex=None,
         cc=[("fever", ["2/52", "10 days", "3/52"]), ("abdominal pain", ["4/7", "3 days"]), ("abdominal distension", ["2/7"]), ("vomiting", ["2/7"]), ("inability to pass faeces and flatus", ["2/7"])],
         hpi=["Fever was initially low-grade then became high-grade; treated at a private clinic for 'malaria and typhoid' with oral antibiotics.",
              "Abdominal pain was initially periumbilical, later became generalised and severe, aggravated by movement and coughing.",
              "Vomitus initially contained food particles, later bilious."],
         exam=dict(gen="Acutely ill-looking, febrile, dehydrated, pale, anicteric", cvs="Pulse rapid and thready", resp="Shallow respiration, chest clear",
                   abd="Distended, does not move with respiration, generalised tenderness and guarding, rebound tenderness, obliterated liver dullness, absent bowel sounds. DRE: empty rectum, tender"),
         vit=dict(t=(38.2, 39.6), p=(118, 140), rr=(26, 34), sbp=(88, 104), dbp=(50, 66), spo2=(93, 97)),
         panels=["FBC", "EUCR", "WIDAL", "GXM"], labs={"PCV": (26, 31), "WBC": (2.8, 3.8), "Urea": (9.5, 14.0), "Potassium": (2.9, 3.3), "Blood group": "O Rh D positive"},
         img=[("X-RAY", "Erect chest X-ray / plain abdominal X-ray", "Free gas under both hemidiaphragms. Multiple dilated small bowel loops with air-fluid levels on the erect abdominal film. Lung fields clear.", "Pneumoperitoneum consistent with hollow viscus perforation.")],
         meds=[("IV Ceftriaxone", "2g", "IV", "daily", "10/7"), ("IV Metronidazole", "500mg", "IV", "8-hourly", "7/7"), ("IV Ciprofloxacin", "400mg", "IV", "12-hourly", "7/7"), ("IM Pentazocine", "30mg", "IM", "6-hourly", "48hrs"), ("IV Paracetamol", "1g", "IV", "8-hourly", "48hrs")],
         plan=["NPO, NG tube on free drainage", "IV fluids - resuscitate", "Urethral catheter, fluid input/output chart", "IV antibiotics", "Consent for exploratory laparotomy", "Grouping and cross-match 2 units"],
         course="Resuscitated and had emergency exploratory laparotomy with segmental resection of the perforated ileum. Post-op recovery complicated by superficial surgical site infection managed with daily dressing.",
         ecg=None, op="laparotomy", proc=None),
    dict(key="scd", dx="Sickle cell anaemia (HbSS) in vaso-occlusive crisis", short="SCA in VOC", ddx=["Osteomyelitis", "Acute chest syndrome"],
         spec="Haematology", sk="med", clinic="Haematology/Sickle Cell Clinic", ward="Female Medical Ward", age=(8, 32), sex=None,
         cc=[("generalised body pains", ["2/7", "3 days"]), ("pain in both lower limbs", ["2/7"]), ("low grade fever", ["2/7"]), ("yellowness of the eyes", ["3/7"])],
         hpi=["Known SCA patient diagnosed at age 2, on routine folic acid and proguanil (paludrine); last crisis 4 months ago.",
              "Pain is bone-deep, severity 8/10, not relieved by paracetamol at home. Precipitated by cold weather and stress.",
              "No chest pain, cough or difficulty in breathing. No priapism, no limb weakness."],
         exam=dict(gen="In painful distress, mildly pale, icteric, not cyanosed, frontal bossing noted", cvs="Tachycardic, ejection systolic murmur at left sternal border",
                   resp="Chest clinically clear, SpO2 97% on room air", abd="Soft, liver not enlarged, spleen not palpable (autosplenectomy)", cns="No focal neurological deficit", local="Tenderness over both tibiae, no warmth"),
         vit=dict(t=(37.5, 38.3), p=(100, 120), rr=(18, 26), sbp=(100, 118), dbp=(60, 74), spo2=(95, 99)),
         panels=["FBC", "GENOTYPE", "LFT", "MP"], labs={"PCV": (18, 23), "Hb": (6.0, 7.6), "WBC": (12.0, 16.0), "Genotype": "SS", "Total Bilirubin": (38, 70), "Conjugated Bilirubin": (6, 12), "Malaria parasite": "Not seen", "Reticulocyte count": (8, 14)},
         img=[],
         meds=[("IV 5% Dextrose/0.9% Saline", "3L", "IV", "daily", "48hrs"), ("IM Pentazocine", "30mg", "IM", "6-hourly", "48hrs"), ("Tab Diclofenac", "50mg", "PO", "12-hourly", "5/7"), ("Folic acid", "5mg", "PO", "daily", "continue"), ("Proguanil (Paludrine)", "100mg", "PO", "daily", "continue"), ("Hydroxyurea", "500mg", "PO", "daily", "continue")],
         plan=["Analgesia per WHO ladder", "Hydration", "Septic screen", "Monitor PCV", "Counselling on crisis triggers", "Review in Haematology clinic 2/52"],
         course="Pain controlled with hydration and parenteral analgesics; converted to oral analgesics by day 4. Did not require transfusion.",
         ecg=None, op=None, proc=None),
    dict(key="cap", dx="Community acquired pneumonia (right lower lobe)", short="CAP", ddx=["Pulmonary TB", "Pleural effusion"],
         spec="Pulmonology", sk="med", clinic="Chest Clinic", ward="Male Medical Ward", age=(25, 80), sex=None,
         cc=[("cough", ["1/52", "5/7"]), ("fever", ["5/7", "4 days"]), ("difficulty in breathing", ["2/7", "3 days"]), ("right sided chest pain", ["3/7"])],
         hpi=["Cough is productive of rusty-coloured sputum, not blood stained. Chest pain is pleuritic.",
              "No night sweats, no weight loss, no contact with a chronic cougher.", "No orthopnoea or PND, no leg swelling."],
         exam=dict(gen="Acutely ill-looking, febrile, not pale, anicteric, not cyanosed", cvs="Pulse 112/min, BP normal, S1 S2 only",
                   resp="Tachypnoeic, reduced chest expansion on the right, dull percussion note right lower zone, bronchial breath sounds and coarse crepitations right infrascapular region",
                   abd="Soft, non-tender", cns="Conscious, alert, oriented"),
         vit=dict(t=(38.4, 39.5), p=(104, 124), rr=(28, 36), sbp=(104, 130), dbp=(62, 84), spo2=(86, 92)),
         panels=["FBC", "EUCR", "RVS", "SPUTUM"], labs={"WBC": (15.0, 22.0), "Neutrophils": (80, 90), "Urea": (5.0, 8.2), "Retroviral screening": "Non-reactive", "GeneXpert MTB/RIF": "MTB not detected", "Organism": "Streptococcus pneumoniae"},
         img=[("X-RAY", "Chest radiograph (PA view)", "There is a homogenous opacity in the right lower zone with air bronchogram, obscuring the right hemidiaphragm. The right cardiac border is preserved. Left lung is clear. Cardiac size is normal.", "Right lower lobe consolidation - pneumonia.")],
         meds=[("IV Ceftriaxone", "1g", "IV", "12-hourly", "7/7"), ("Tab Azithromycin", "500mg", "PO", "daily", "5/7"), ("Intranasal oxygen", "2-4L/min", "INH", "continuous", "till SpO2>94%"), ("Paracetamol", "1g", "PO", "8-hourly", "5/7")],
         plan=["Admit", "Oxygen therapy", "IV antibiotics", "Sputum MCS and GeneXpert", "Repeat CXR in 6/52"],
         course="Improved on IV ceftriaxone and oxygen; weaned off oxygen on day 3. Afebrile from day 4.",
         ecg="sinus_tachy", op=None, proc=None),
    dict(key="tb", dx="Pulmonary tuberculosis with right pleural effusion; Retroviral disease", short="PTB / RVD", ddx=["Malignant pleural effusion", "Empyema"],
         spec="Infectious Diseases", sk="med", clinic="DOTS/Chest Clinic", ward="Male Medical Ward", age=(22, 60), sex=None,
         cc=[("cough", ["2/12", "3 months"]), ("weight loss", ["2/12"]), ("drenching night sweats", ["1/12"]), ("difficulty in breathing", ["2/52"])],
         hpi=["Cough productive of whitish sputum, occasionally blood-streaked. Has lost about 9kg (clothes now loose).",
              "Had contact with an uncle who was treated for TB. Was diagnosed retroviral positive 2 years ago, defaulted from ART clinic."],
         exam=dict(gen="Chronically ill-looking, wasted, pale, oral thrush, generalised lymphadenopathy", cvs="Pulse 108/min, S1 S2 only",
                   resp="Trachea deviated to the left, reduced expansion right, stony dull percussion note and absent breath sounds right mid and lower zones",
                   abd="Soft, liver 2cm palpable, non-tender", cns="Conscious, no meningism"),
         vit=dict(t=(37.6, 38.6), p=(98, 116), rr=(26, 32), sbp=(96, 116), dbp=(58, 72), spo2=(90, 95)),
         panels=["FBC", "RVS", "CD4", "SPUTUM", "LFT"], labs={"PCV": (24, 29), "ESR": (85, 120), "Retroviral screening": "Reactive (HIV-1)", "CD4 count": (48, 180), "GeneXpert MTB/RIF": "MTB detected, Rifampicin resistance NOT detected", "AFB (ZN stain)": "Positive (2+)"},
         img=[("X-RAY", "Chest X-ray PA", "Homogenous opacity in the right mid and lower zones with a meniscus sign, obliterating the right costophrenic angle and hemidiaphragm. Mediastinum shifted to the left. Left upper zone reticulonodular opacities.", "Right massive pleural effusion with left upper zone infiltrates - consistent with pulmonary TB.")],
         meds=[("RHZE (fixed-dose combination)", "4 tabs", "PO", "daily", "2/12 (intensive phase)"), ("Pyridoxine", "25mg", "PO", "daily", "6/12"), ("Cotrimoxazole", "960mg", "PO", "daily", "continue"), ("Fluconazole", "200mg", "PO", "daily", "14/7"), ("TDF/3TC/DTG (TLD)", "1 tab", "PO", "daily", "to start after 2/52 of anti-TB")],
         plan=["Diagnostic/therapeutic thoracocentesis", "Commence anti-TB drugs (DOTS)", "Notify TB programme", "Link to ART clinic; start ART after 2 weeks of anti-TB", "Contact tracing"],
         course="Had therapeutic thoracocentesis (1.2L straw coloured fluid). Commenced on anti-TB drugs and linked to ART clinic; ART commenced at 2 weeks.",
         ecg=None, op=None, proc="thoracocentesis"),
    dict(key="hiv", dx="Retroviral disease (HIV-1), WHO clinical stage 2, on ART", short="RVD on HAART", ddx=[],
         spec="Infectious Diseases", sk="med", clinic="ART Clinic (PEPFAR-supported)", ward="Male Medical Ward", age=(24, 62), sex=None,
         cc=[("routine clinic visit / drug refill", ["-"]), ("itchy skin rash", ["1/12"]), ("occasional headache", ["2/52"])],
         hpi=["Diagnosed HIV positive {n} yrs ago during routine screening; on first-line ART, switched to TLD in line with national guidelines.",
              "Reports good adherence, misses less than 2 doses per month. No fever, no cough, no weight loss."],
         exam=dict(gen="Well-looking, not pale, anicteric, no lymphadenopathy, papular pruritic eruptions on the forearms", cvs="S1 S2 only", resp="Chest clear", abd="Soft, no organomegaly", cns="Normal"),
         vit=dict(t=(36.3, 37.0), p=(70, 90), rr=(14, 20), sbp=(110, 134), dbp=(68, 84), spo2=(96, 99)),
         panels=["FBC", "CD4", "VL", "EUCR", "LFT"], labs={"CD4 count": (420, 760), "Viral load": "<40 copies/ml (Target not detected)", "Creatinine": (70, 105)},
         img=[],
         meds=[("TDF/3TC/DTG (TLD)", "1 tab", "PO", "daily", "3/12 refill"), ("Cotrimoxazole", "960mg", "PO", "daily", "3/12"), ("Calamine lotion", "apply", "TOP", "bd", "2/52"), ("Cetirizine", "10mg", "PO", "nocte", "1/52")],
         plan=["Continue TLD", "Adherence counselling", "Viral load in 6/12", "Drug refill x 3/12", "TCA 3/12"],
         course="Stable on ART.", ecg=None, op=None, proc=None),
    dict(key="ccf", dx="Congestive cardiac failure secondary to dilated cardiomyopathy", short="CCF ?DCM", ddx=["Peripartum cardiomyopathy", "Rheumatic heart disease"],
         spec="Cardiology", sk="med", clinic="Cardiology Clinic", ward="Male Medical Ward", age=(35, 75), sex=None,
         cc=[("breathlessness on exertion", ["1/12", "3/52"]), ("orthopnoea", ["2/52"]), ("paroxysmal nocturnal dyspnoea", ["1/52"]), ("bilateral leg swelling", ["2/52"]), ("abdominal swelling", ["1/52"])],
         hpi=["Breathlessness initially on moderate exertion, now at rest. Uses 3 pillows at night.",
              "Leg swelling started from the ankles, ascending, pitting. No chest pain. Not a known hypertensive or diabetic."],
         exam=dict(gen="Dyspnoeic at rest, not pale, mildly icteric, acyanosed, bilateral pitting pedal oedema up to the knees", cvs="Pulse 112/min, low volume, JVP raised 8cm, apex displaced to 6th LICS AAL, S1 S2 + S3 gallop, pansystolic murmur at apex radiating to axilla",
                   resp="Bibasal fine crepitations", abd="Tender hepatomegaly 6cm below RCM, ascites demonstrable by shifting dullness", cns="Normal"),
         vit=dict(t=(36.4, 37.1), p=(104, 124), rr=(28, 36), sbp=(94, 118), dbp=(60, 80), spo2=(88, 94)),
         panels=["FBC", "EUCR", "LFT", "URINE"], labs={"Sodium": (128, 133), "Urea": (8.0, 12.5), "Creatinine": (110, 150), "Total Bilirubin": (22, 36)},
         img=[("ECHO", "Transthoracic echocardiogram", "Dilated LV (LVIDd 68mm) with global hypokinesia. LVEF 24% (Simpson's). Moderate functional mitral regurgitation. Dilated left atrium. RV mildly dilated with reduced TAPSE (14mm). Mild pericardial effusion. IVC dilated, non-collapsing.", "Dilated cardiomyopathy with severe LV systolic dysfunction."),
              ("X-RAY", "Chest X-ray PA", "Globular cardiomegaly with CTR 0.68. Upper lobe venous diversion, Kerley B lines and bilateral small pleural effusions.", "Cardiomegaly with pulmonary venous congestion (cardiac failure).")],
         meds=[("IV Furosemide", "40mg", "IV", "12-hourly", "till euvolaemic"), ("Tab Spironolactone", "25mg", "PO", "daily", "1/12"), ("Tab Lisinopril", "2.5mg", "PO", "daily", "1/12"), ("Tab Carvedilol", "3.125mg", "PO", "bd", "1/12"), ("Tab Digoxin", "0.125mg", "PO", "daily", "1/12")],
         plan=["Prop up in bed, intranasal oxygen", "Fluid restriction 1.5L/day, salt restriction", "Daily weight and input/output chart", "Echocardiography", "Check E/U/Cr 48-hourly"],
         course="Diuresed well with IV furosemide (weight reduced from 78kg to 69kg). GDMT initiated and uptitrated as tolerated.",
         ecg="lbbb", op=None, proc=None),
    dict(key="stroke", dx="Left haemorrhagic stroke (basal ganglia) secondary to uncontrolled hypertension", short="CVD - haemorrhagic stroke", ddx=["Ischaemic stroke", "Space occupying lesion"],
         spec="Neurology", sk="med", clinic="Neurology Clinic", ward="Male Medical Ward", age=(45, 80), sex=None,
         cc=[("sudden onset right-sided body weakness", ["1/7", "12 hours"]), ("slurring of speech", ["1/7"]), ("headache", ["2/7"])],
         hpi=["Was apparently well until the morning of presentation when he was found by a relative unable to move the right limbs; associated deviation of the mouth.",
              "Known hypertensive, not on regular medications. No history of trauma, no seizure."],
         exam=dict(gen="Drowsy, not pale, anicteric, afebrile", cvs="BP elevated, S1 S2 only", resp="Chest clear", abd="Soft, non-tender, bladder not palpable",
                   cns="GCS 12/15 (E3V4M5). Right upper motor neuron facial nerve palsy. Power 1/5 right upper and lower limbs, hypotonia, hyperreflexia, upgoing right plantar. Expressive dysphasia"),
         vit=dict(t=(36.6, 37.4), p=(70, 96), rr=(18, 24), sbp=(190, 230), dbp=(110, 130), spo2=(94, 98)),
         panels=["FBC", "EUCR", "LIPID", "FBS"], labs={"Urea": (6.0, 9.0), "Total Cholesterol": (5.4, 6.6), "FBS": (5.2, 6.4)},
         img=[("CT", "Non-contrast CT brain", "There is a hyperdense (60-70HU) lesion in the left basal ganglia/ internal capsule measuring about 3.5 x 2.8cm (est. volume 18mls), with surrounding hypodense oedema causing effacement of the left lateral ventricle and 4mm midline shift to the right. No intraventricular extension. Posterior fossa structures normal.", "Left basal ganglia intracerebral haemorrhage with mass effect.")],
         meds=[("IV Labetalol", "20mg", "IV", "stat then as needed", "-"), ("Tab Amlodipine", "10mg", "PO/NG", "daily", "ongoing"), ("Tab Lisinopril", "20mg", "PO/NG", "daily", "ongoing"), ("IV Mannitol", "0.5g/kg", "IV", "8-hourly", "48hrs"), ("Tab Lactulose", "15mls", "PO/NG", "bd", "ongoing")],
         plan=["Admit", "Nurse in 30 degrees head-up position, 2-hourly turning", "Gradual BP control", "NG tube feeding after swallow assessment", "Physiotherapy", "Urethral catheter"],
         course="Blood pressure controlled gradually. GCS improved to 15/15 by day 5. Commenced physiotherapy; power improved to 3/5 on the right.",
         ecg="lvh", op=None, proc=None),
    dict(key="ckd", dx="Chronic kidney disease stage 5 secondary to chronic glomerulonephritis", short="CKD 5", ddx=["Hypertensive nephrosclerosis"],
         spec="Nephrology", sk="med", clinic="Renal Clinic", ward="Male Medical Ward", age=(22, 60), sex=None,
         cc=[("body swelling", ["1/12", "3/52"]), ("reduced urine output", ["2/52"]), ("vomiting", ["1/52"]), ("hiccups", ["5/7"]), ("generalised itching", ["2/52"])],
         hpi=["Body swelling started from the face, noticed on waking; later involved the legs. Urine is frothy.",
              "Not a known diabetic. No history of NSAID or herbal use reported, though he takes 'bitters' occasionally."],
         exam=dict(gen="Chronically ill-looking, pale, anicteric, facial puffiness, bilateral pitting pedal oedema, uraemic fetor", cvs="Pulse 96/min, S1 S2, pericardial rub absent",
                   resp="Kussmaul's breathing, bibasal crepitations", abd="Full, ascites, kidneys not ballotable", cns="Asterixis present"),
         vit=dict(t=(36.2, 37.0), p=(88, 108), rr=(24, 32), sbp=(160, 190), dbp=(98, 112), spo2=(93, 97)),
         panels=["EUCR", "FBC", "URINE", "RVS"], labs={"Urea": (32.0, 48.0), "Creatinine": (880, 1420), "Potassium": (5.9, 6.8), "Bicarbonate": (11, 15), "PCV": (18, 23), "Protein": "+++", "eGFR": (3, 8)},
         img=[("USS", "Renal ultrasound scan", "Right kidney 8.1cm, left kidney 8.4cm bipolar length. Both kidneys show increased cortical echogenicity (grade III) with poor corticomedullary differentiation and thinned cortices. No hydronephrosis or calculi. Bladder collapsed (catheterised).", "Bilateral small echogenic kidneys - consistent with chronic renal parenchymal disease.")],
         meds=[("IV Calcium gluconate 10%", "10mls", "IV", "stat", "-"), ("Insulin-dextrose", "10iu in 50mls 50% D", "IV", "stat", "-"), ("IV Furosemide", "120mg", "IV", "12-hourly", "-"), ("Tab Nifedipine retard", "20mg", "PO", "12-hourly", "ongoing"), ("SC Erythropoietin", "4000iu", "SC", "twice weekly", "ongoing"), ("Tab Calcium carbonate", "1g", "PO", "tds with meals", "ongoing")],
         plan=["Emergency haemodialysis", "Insert femoral dialysis catheter", "Treat hyperkalaemia", "Counsel on renal replacement therapy options and cost", "HBsAg, anti-HCV, RVS before dialysis"],
         course="Had 4 sessions of haemodialysis via right femoral catheter. Uraemic symptoms resolved. Counselled on maintenance dialysis and AV fistula creation.",
         ecg="hyperk", op=None, proc="femoral_cath"),
    dict(key="pud", dx="Peptic ulcer disease (duodenal ulcer), H. pylori positive", short="PUD", ddx=["Gastritis", "Gastric malignancy"],
         spec="Gastroenterology", sk="med", clinic="GI Clinic", ward="Female Medical Ward", age=(25, 65), sex=None,
         cc=[("upper abdominal pain", ["6/12", "3 months"]), ("heartburn", ["2/12"]), ("early satiety", ["1/12"]), ("passage of black stools", ["2/7"])],
         hpi=["Epigastric pain is burning in nature, worse at night and when hungry, relieved by antacids and food.",
              "Takes analgesics (diclofenac) frequently for waist pain. Drinks alcohol socially. No weight loss, no dysphagia."],
         exam=dict(gen="Not in obvious distress, mildly pale, anicteric", cvs="S1 S2 only", resp="Chest clear", abd="Flat, epigastric tenderness, no guarding, no masses, no organomegaly. DRE: black stool on examining finger"),
         vit=dict(t=(36.4, 37.0), p=(80, 100), rr=(16, 20), sbp=(108, 130), dbp=(66, 84), spo2=(96, 99)),
         panels=["FBC", "HPYLORI", "EUCR"], labs={"PCV": (28, 33), "H. pylori stool antigen": "Positive", "Urea": (7.0, 9.5)},
         img=[],
         meds=[("Omeprazole", "20mg", "PO", "bd", "2/52 then daily 4/52"), ("Amoxicillin", "1g", "PO", "bd", "14/7"), ("Clarithromycin", "500mg", "PO", "bd", "14/7"), ("Magnesium trisilicate suspension", "15mls", "PO", "tds", "2/52")],
         plan=["Upper GI endoscopy", "H. pylori eradication therapy", "Stop NSAIDs", "Avoid alcohol", "Review with endoscopy result"],
         course="", ecg=None, op=None, proc="ogd"),
    dict(key="bph", dx="Benign prostatic hyperplasia with acute urinary retention", short="BPH", ddx=["Carcinoma of the prostate", "Urethral stricture"],
         spec="Urology", sk="surg", clinic="Urology Clinic", ward="Male Surgical Ward", age=(58, 82), sex="M",
         cc=[("inability to pass urine", ["1/7", "12 hours"]), ("poor urinary stream", ["1 year", "2 years"]), ("nocturia (4-5 times)", ["1 year"]), ("terminal dribbling", ["8/12"])],
         hpi=["Has had lower urinary tract symptoms (frequency, hesitancy, straining) for about 2 years, progressively worsening.",
              "Had urethral catheter passed twice at a general hospital for retention in the last 6 months. No haematuria, no bone pain, no weight loss."],
         exam=dict(gen="Elderly man, in painful distress, not pale, anicteric, well hydrated", cvs="S1 S2 only", resp="Chest clear",
                   abd="Suprapubic fullness (distended bladder, 20 weeks size), tender. DRE: normal perianal skin, good sphincteric tone, prostate enlarged (~70g), smooth, firm, median sulcus obliterated, rectal mucosa mobile"),
         vit=dict(t=(36.4, 37.2), p=(80, 100), rr=(16, 22), sbp=(130, 160), dbp=(80, 96), spo2=(95, 99)),
         panels=["EUCR", "FBC", "PSA", "URINE"], labs={"PSA (total)": (4.8, 8.9), "Urea": (6.5, 9.8), "Creatinine": (110, 150)},
         img=[("USS", "Transabdominal ultrasound - prostate and urinary tract", "Prostate gland is enlarged measuring 5.8 x 5.2 x 4.9cm (vol ~77mls), homogenous echotexture with intravesical protrusion (IPP 1.4cm). Bladder wall thickened (7mm) and trabeculated. Post-void residual 240mls. Both kidneys normal in size with no hydronephrosis.", "Benign-appearing prostatomegaly with evidence of bladder outlet obstruction.")],
         meds=[("Tamsulosin", "0.4mg", "PO", "nocte", "1/12"), ("Finasteride", "5mg", "PO", "daily", "3/12"), ("Ciprofloxacin", "500mg", "PO", "bd", "5/7")],
         plan=["Urethral catheterisation with 18Fr Foley", "PSA, E/U/Cr, USS", "Schedule for open prostatectomy", "Counselling"],
         course="Had transvesical prostatectomy. Catheter removed on post-op day 10, voiding with good stream.",
         ecg="normal", op="prostatectomy", proc=None),
    dict(key="fibroid", dx="Symptomatic uterine leiomyomata", short="Uterine fibroids", ddx=["Adenomyosis", "Ovarian tumour"],
         spec="Obstetrics & Gynaecology", sk="obs", clinic="Gynaecology Clinic (GOPC)", ward="Gynaecology Ward", age=(28, 46), sex="F",
         cc=[("heavy menstrual flow", ["2 years", "18/12"]), ("lower abdominal swelling", ["1 year"]), ("inability to conceive", ["4 years", "6 years"]), ("dysmenorrhoea", ["1 year"])],
         hpi=["Menses last 7-9 days, uses 6-8 pads/day with clots. LMP: ~2/52 ago. Para 0+1, desirous of pregnancy.",
              "Swelling noticed by patient about a year ago, progressively increasing, painless."],
         exam=dict(gen="Young woman, pale (+), anicteric, not in distress", cvs="S1 S2 only", resp="Chest clear",
                   abd="Suprapubic mass, 20 weeks size, firm, irregular, non-tender, mobile from side to side, lower border not palpable. Pelvic exam: cervix firm, mass moves with cervix"),
         vit=dict(t=(36.3, 36.9), p=(80, 96), rr=(16, 20), sbp=(110, 130), dbp=(68, 84), spo2=(97, 99)),
         panels=["FBC", "GXM", "EUCR", "RVS"], labs={"PCV": (27, 31), "Blood group": "B Rh D positive", "Retroviral screening": "Non-reactive"},
         img=[("USS", "Pelvic ultrasound scan", "The uterus is bulky and measures 15.2 x 10.4 x 9.8cm with multiple hypoechoic whorled masses - intramural, subserosal and submucous - the largest (fundal, intramural) measuring 7.4 x 6.8cm. Endometrium distorted. Both ovaries are normal. No free fluid in the pouch of Douglas.", "Multiple uterine fibroids.")],
         meds=[("Ferrous sulphate", "200mg", "PO", "tds", "1/12"), ("Folic acid", "5mg", "PO", "daily", "1/12"), ("Tranexamic acid", "1g", "PO", "tds during menses", "3/12"), ("Vitamin C", "200mg", "PO", "tds", "1/12")],
         plan=["Haematinics, optimise PCV to >=30%", "Schedule for abdominal myomectomy", "Group and cross-match 3 units", "Counsel on possibility of hysterectomy"],
         course="Had uneventful abdominal myomectomy; 23 seedlings removed. Transfused 1 unit of whole blood post-op. Wound healed by primary intention.",
         ecg=None, op="myomectomy", proc=None),
    dict(key="preeclampsia", dx="Severe pre-eclampsia at 35 weeks gestation", short="Severe PET", ddx=["Chronic hypertension in pregnancy", "HELLP syndrome"],
         spec="Obstetrics & Gynaecology", sk="obs", clinic="Antenatal Clinic (ANC)", ward="Labour Ward", age=(19, 40), sex="F",
         cc=[("headache", ["3/7", "2 days"]), ("leg swelling", ["1/52"]), ("blurring of vision", ["1/7"]), ("epigastric pain", ["1/7"])],
         hpi=["G2P1+0 (1 alive), booked at 16 weeks in this hospital. Pregnancy was uneventful until 34 weeks when BP was noted to be 150/100mmHg.",
              "Fetal movements are present. No drainage of liquor, no vaginal bleeding."],
         exam=dict(gen="Pregnant woman, not pale, anicteric, pitting pedal oedema to mid-shin", cvs="BP 170/110mmHg, pulse 96/min", resp="Chest clear",
                   abd="Uterus term-sized, SFH 33cm, singleton, longitudinal lie, cephalic presentation, 4/5 palpable, FHR 148bpm regular. VE: cervix uneffaced, closed, Bishop score 3"),
         vit=dict(t=(36.5, 37.0), p=(88, 104), rr=(18, 22), sbp=(164, 186), dbp=(110, 120), spo2=(96, 99)),
         panels=["FBC", "EUCR", "LFT", "URINE"], labs={"Protein": "+++", "Platelets": (120, 160), "Uric acid": (420, 520), "AST": (38, 60), "ALT": (34, 55)},
         img=[("USS", "Obstetric ultrasound scan", "Single live intrauterine fetus in cephalic presentation. BPD 8.6cm, FL 6.7cm, AC 30.1cm; composite GA 34 weeks 2 days, EFW 2.3kg. Placenta fundal-posterior, grade II. AFI 8cm. FHR 146bpm.", "Single live intrauterine gestation at ~34wks; mild asymmetrical growth lag.")],
         meds=[("MgSO4 (Pritchard regimen)", "4g IV + 10g IM loading, then 5g IM 4-hourly", "IV/IM", "as stated", "24hrs post delivery"), ("Tab Nifedipine", "10mg", "PO", "stat, repeat 30min if BP>160/110", "-"), ("Tab Methyldopa", "500mg", "PO", "8-hourly", "ongoing"), ("IM Dexamethasone", "6mg", "IM", "12-hourly", "x4 doses")],
         plan=["Admit labour ward", "MgSO4 for seizure prophylaxis", "Stabilise and deliver - emergency CS", "Monitor urine output hourly, patellar reflexes, RR", "Inform SCBU/ paediatrician"],
         course="Stabilised with MgSO4 and antihypertensives; had emergency caesarean section. Delivered a live female baby, 2.2kg, APGAR 7 and 9. BP controlled on oral methyldopa and nifedipine post-partum.",
         ecg=None, op="cs", proc=None),
    dict(key="appendicitis", dx="Acute appendicitis", short="Acute appendicitis", ddx=["Mesenteric adenitis", "Right ureteric colic", "PID"],
         spec="General Surgery", sk="surg", clinic="Surgical Outpatient (SOPD)", ward="Male Surgical Ward", age=(12, 38), sex=None,
         cc=[("right lower abdominal pain", ["2/7", "36 hours", "1/7"]), ("vomiting", ["1/7"]), ("fever", ["1/7"]), ("loss of appetite", ["2/7"])],
         hpi=["Pain started around the umbilicus and later shifted to the right iliac fossa; sharp, constant, worsened by walking.",
              "Vomited twice, non-bilious. No diarrhoea, no urinary symptoms."],
         exam=dict(gen="Young, in painful distress, febrile, not pale, mildly dehydrated", cvs="Pulse 104/min", resp="Chest clear",
                   abd="Flat, moves with respiration, tenderness and guarding at McBurney's point, positive Rovsing's and psoas signs, bowel sounds present. DRE: tenderness at 10 o'clock"),
         vit=dict(t=(37.8, 38.6), p=(96, 112), rr=(18, 24), sbp=(110, 128), dbp=(66, 80), spo2=(97, 99)),
         panels=["FBC", "URINE", "EUCR"], labs={"WBC": (12.5, 17.0), "Neutrophils": (78, 88), "Pus cells": "2-4/hpf"},
         img=[("USS", "Abdominal ultrasound (RIF)", "Non-compressible, blind-ending tubular structure in the right iliac fossa measuring 9mm in diameter with periappendiceal fat stranding and a small collection of free fluid. No appendicolith seen.", "Features consistent with acute appendicitis.")],
         meds=[("IV Ceftriaxone", "1g", "IV", "12-hourly", "72hrs"), ("IV Metronidazole", "500mg", "IV", "8-hourly", "72hrs"), ("IM Pentazocine", "30mg", "IM", "6-hourly", "24hrs"), ("Tab Paracetamol", "1g", "PO", "8-hourly", "5/7")],
         plan=["NPO", "IV fluids", "IV antibiotics", "Consent for open appendicectomy", "Group and save"],
         course="Had open appendicectomy via gridiron incision. Post-op recovery uneventful; commenced oral sips on day 1.",
         ecg=None, op="appendicectomy", proc=None),
    dict(key="hernia", dx="Right indirect inguinoscrotal hernia (reducible)", short="Right inguinal hernia", ddx=["Hydrocele", "Lipoma of the cord"],
         spec="General Surgery", sk="surg", clinic="Surgical Outpatient (SOPD)", ward="Male Surgical Ward", age=(25, 70), sex="M",
         cc=[("right groin swelling", ["3 years", "18/12", "5 years"]), ("groin discomfort on lifting", ["6/12"])],
         hpi=["Swelling appears on standing/straining and disappears on lying down; has gradually extended into the scrotum.",
              "No history of irreducibility, vomiting or abdominal distension. Does heavy lifting (farmer). No chronic cough, no straining at micturition."],
         exam=dict(gen="Healthy-looking adult male", cvs="S1 S2 only", resp="Chest clear", abd="Soft, non-tender",
                   local="Right inguinoscrotal swelling 12 x 6cm, cough impulse present, reducible, controlled at the deep ring; cannot get above the swelling. Testes palpable separately. Left groin normal"),
         vit=dict(t=(36.3, 36.9), p=(68, 88), rr=(14, 18), sbp=(114, 138), dbp=(70, 86), spo2=(97, 99)),
         panels=["FBC", "EUCR", "RVS"], labs={}, img=[],
         meds=[("Tab Paracetamol", "1g", "PO", "8-hourly", "5/7"), ("Tab Diclofenac", "50mg", "PO", "12-hourly", "5/7"), ("Tab Amoxicillin-clavulanate", "625mg", "PO", "12-hourly", "5/7")],
         plan=["Schedule for right herniorrhaphy (day case)", "Pre-op workup", "Avoid heavy lifting for 6 weeks post-op"],
         course="Had right mesh hernioplasty (Lichtenstein) under spinal anaesthesia as a day case. Discharged same day.",
         ecg="normal", op="herniorrhaphy", proc=None),
    dict(key="goitre", dx="Non-toxic multinodular goitre", short="MNG", ddx=["Thyroid carcinoma", "Toxic goitre"],
         spec="General Surgery (Endocrine)", sk="surg", clinic="Surgical Outpatient (SOPD)", ward="Female Surgical Ward", age=(28, 60), sex="F",
         cc=[("anterior neck swelling", ["6 years", "10 years"]), ("difficulty in swallowing solid food", ["6/12"])],
         hpi=["Swelling was initially small, progressively increasing in size; now cosmetically disturbing.",
              "No heat intolerance, palpitations or weight loss. No hoarseness. No family history of thyroid disease."],
         exam=dict(gen="Middle-aged woman, not pale, anicteric, no exophthalmos, no tremor", cvs="Pulse 78/min regular, S1 S2 only", resp="Chest clear, trachea central",
                   abd="Normal", local="Anterior neck mass 12 x 9cm, moves with swallowing, multinodular, firm, non-tender, lower border palpable, no bruit, no cervical lymphadenopathy. Pemberton's sign negative"),
         vit=dict(t=(36.3, 36.9), p=(70, 88), rr=(14, 18), sbp=(112, 136), dbp=(70, 86), spo2=(97, 99)),
         panels=["TFT", "FBC", "EUCR"], labs={"TSH": (0.9, 2.6), "Free T4": (12, 18), "Free T3": (3.6, 5.2)},
         img=[("USS", "Thyroid ultrasound", "Both lobes of the thyroid and isthmus are diffusely enlarged with multiple heterogeneous nodules, mixed solid-cystic, largest in the right lobe measuring 4.2 x 3.6cm. Some nodules show coarse calcifications. No suspicious cervical lymph nodes.", "Multinodular goitre (TIRADS 3).")],
         meds=[("Tab Paracetamol", "1g", "PO", "8-hourly", "5/7"), ("Tab Calcium lactate", "600mg", "PO", "tds", "2/52"), ("Tab Levothyroxine", "100mcg", "PO", "daily", "ongoing")],
         plan=["FNAC thyroid", "Indirect laryngoscopy (ENT)", "Subtotal/ total thyroidectomy", "Check serum calcium post-op"],
         course="Had total thyroidectomy. No post-op hypocalcaemia or voice change. Commenced on levothyroxine.",
         ecg="normal", op="thyroidectomy", proc="fnac"),
    dict(key="breastca", dx="Carcinoma of the left breast (T2N1M0), stage IIB", short="Ca left breast", ddx=["Fibroadenoma", "Breast abscess"],
         spec="General Surgery (Breast)", sk="surg", clinic="Breast Clinic", ward="Female Surgical Ward", age=(32, 66), sex="F",
         cc=[("left breast lump", ["5/12", "8 months"]), ("left axillary swelling", ["2/12"])],
         hpi=["Lump was noticed incidentally while bathing; painless and progressively increasing. No nipple discharge.",
              "Menarche at 12, Para 3, breastfed all children. No family history of breast cancer. Used herbal treatment for 2 months before presentation."],
         exam=dict(gen="Not pale, anicteric, no pedal oedema", cvs="S1 S2 only", resp="Chest clear", abd="No hepatomegaly",
                   local="Left breast: 4 x 3.5cm hard, irregular mass in the upper outer quadrant, not fixed to the chest wall, peau d'orange absent, nipple retracted. Mobile ipsilateral axillary nodes (2), largest 1.5cm. Right breast normal"),
         vit=dict(t=(36.3, 36.9), p=(72, 90), rr=(14, 18), sbp=(110, 136), dbp=(70, 86), spo2=(97, 99)),
         panels=["FBC", "EUCR", "LFT"], labs={"ALP": (90, 130)},
         img=[("MAMMO", "Bilateral mammography", "Left breast: irregular spiculated high-density mass in the upper outer quadrant measuring 3.8cm with associated pleomorphic microcalcifications and skin/nipple retraction. Enlarged dense left axillary nodes. Right breast: heterogeneously dense, no suspicious mass.", "BI-RADS 5 - highly suggestive of malignancy, left breast."),
              ("USS", "Breast and axillary ultrasound", "Left breast UOQ: irregular hypoechoic mass 3.6 x 3.2cm, taller than wide, with posterior acoustic shadowing and internal vascularity. Two enlarged left axillary nodes with loss of fatty hilum.", "BI-RADS 5 left breast mass with suspicious axillary nodes.")],
         meds=[("Tab Tamoxifen", "20mg", "PO", "daily", "5 years"), ("Tab Paracetamol", "1g", "PO", "8-hourly", "5/7"), ("Tab Tramadol", "50mg", "PO", "12-hourly", "5/7")],
         plan=["Trucut biopsy", "Staging: CXR, abdominal USS", "MDT discussion", "Neoadjuvant chemotherapy then modified radical mastectomy"],
         course="Had left modified radical mastectomy after 4 cycles of neoadjuvant AC. Drain removed on day 8.",
         ecg="normal", op="mrm", proc=None),
    dict(key="fracture", dx="Closed mid-shaft fracture of the right femur (RTA - motorcycle)", short="Closed # R femur", ddx=[],
         spec="Orthopaedics & Trauma", sk="surg", clinic="Orthopaedic Clinic", ward="Male Orthopaedic Ward", age=(18, 55), sex="M",
         cc=[("pain and deformity of the right thigh", ["1/7", "6 hours"]), ("inability to walk", ["1/7"])],
         hpi=["Was a passenger on a commercial motorcycle (okada) that collided with a car. No loss of consciousness, no ENT bleeding, no vomiting.",
              "Was taken to a traditional bone setter before being brought to the hospital by relatives."],
         exam=dict(gen="Conscious, in painful distress, mildly pale, not dehydrated", cvs="Pulse 104/min, BP normal", resp="Chest clear", abd="Soft, non-tender",
                   local="Right thigh: swollen, tender, shortening (3cm) and external rotation deformity, abnormal mobility at mid-thigh, no wound. Distal pulses present, sensation intact. Crude traditional splints in place"),
         vit=dict(t=(36.5, 37.3), p=(96, 116), rr=(18, 22), sbp=(104, 126), dbp=(62, 80), spo2=(96, 99)),
         panels=["FBC", "GXM", "EUCR"], labs={"PCV": (28, 33), "Blood group": "A Rh D positive"},
         img=[("X-RAY", "X-ray right femur (AP and lateral)", "There is a transverse fracture of the mid-shaft of the right femur with overriding of fragments (about 3cm) and lateral angulation of the distal fragment. No comminution. Hip and knee joints are intact.", "Displaced transverse mid-shaft fracture of the right femur.")],
         meds=[("IV Tramadol", "100mg", "IV", "8-hourly", "48hrs"), ("IM Tetanus toxoid", "0.5ml", "IM", "stat", "-"), ("Tab Diclofenac", "50mg", "PO", "12-hourly", "1/52"), ("SC Enoxaparin", "40mg", "SC", "daily", "till mobile")],
         plan=["Skin traction / splintage", "Analgesia", "Group and cross-match 2 units", "Open reduction and internal fixation with intramedullary nail (SIGN)"],
         course="Had ORIF with SIGN intramedullary nail. Mobilised non-weight bearing with crutches by day 3.",
         ecg=None, op="orif", proc=None),
    dict(key="hcc", dx="Decompensated liver cirrhosis (chronic hepatitis B) ?hepatocellular carcinoma", short="Liver cirrhosis ?HCC", ddx=["Hepatic metastases"],
         spec="Gastroenterology", sk="med", clinic="GI/Hepatology Clinic", ward="Male Medical Ward", age=(30, 65), sex="M",
         cc=[("abdominal swelling", ["1/12", "6/52"]), ("yellowness of the eyes", ["3/52"]), ("right upper abdominal pain", ["2/12"]), ("weight loss", ["3/12"])],
         hpi=["Abdominal swelling progressive, now causing discomfort and early satiety. Drinks palm wine and local gin (ogogoro) regularly.",
              "Was told he was HBsAg positive during blood donation 8 years ago; never followed up."],
         exam=dict(gen="Chronically ill-looking, wasted, deeply icteric, pale (+), palmar erythema, bilateral pitting pedal oedema", cvs="S1 S2 only", resp="Chest clear, reduced breath sounds right base",
                   abd="Grossly distended, everted umbilicus, dilated veins, liver 6cm below RCM, hard, nodular, tender; ascites (fluid thrill)", cns="No flapping tremor"),
         vit=dict(t=(36.8, 37.6), p=(92, 108), rr=(22, 28), sbp=(96, 116), dbp=(58, 72), spo2=(94, 97)),
         panels=["LFT", "FBC", "HBV", "AFP", "EUCR"], labs={"Total Bilirubin": (78, 140), "Conjugated Bilirubin": (48, 90), "AST": (140, 260), "ALT": (70, 130), "Albumin": (22, 27), "HBsAg": "Positive", "AFP": (850, 4200), "Platelets": (80, 120)},
         img=[("USS", "Abdominal ultrasound scan", "The liver is enlarged (19cm) with coarse nodular echotexture and irregular surface. There is a heterogeneous predominantly hyperechoic mass in segments VI/VII measuring 8.2 x 7.4cm. Portal vein dilated (14mm) with no thrombus. Moderate ascites. Spleen 14cm. Gall bladder wall thickened (oedema). Kidneys normal.", "Chronic liver disease with a right lobe hepatic mass - suspicious for HCC; portal hypertension and ascites.")],
         meds=[("Tab Spironolactone", "100mg", "PO", "daily", "ongoing"), ("Tab Furosemide", "40mg", "PO", "daily", "ongoing"), ("Tab Propranolol", "10mg", "PO", "bd", "ongoing"), ("Lactulose", "20mls", "PO", "tds", "ongoing"), ("Tab Tenofovir (TDF)", "300mg", "PO", "daily", "ongoing")],
         plan=["Diagnostic and therapeutic paracentesis", "AFP, HBV DNA", "Triphasic abdominal CT", "Hepatology review", "Counselling on prognosis"],
         course="Had therapeutic paracentesis (4L) with albumin cover. Counselled on prognosis; referred to oncology.",
         ecg=None, op=None, proc="paracentesis"),
    dict(key="meningitis", dx="Acute bacterial meningitis", short="ABM", ddx=["Cerebral malaria", "Viral encephalitis"],
         spec="Paediatrics", sk="paed", clinic="Children Outpatient Clinic (CHOP)", ward="Emergency Paediatric Unit (EPU)", age=(1, 12), sex=None,
         cc=[("fever", ["3/7"]), ("convulsions", ["1/7"]), ("neck pain", ["2/7"]), ("vomiting", ["2/7"]), ("irritability", ["2/7"])],
         hpi=["Fever was high-grade, continuous. Convulsed twice at home (generalised tonic-clonic, each lasting about 3 minutes).",
              "Vomiting was projectile. Immunisation status: completed routine immunisation except MenA. Elder sibling had similar illness last dry season."],
         exam=dict(gen="Acutely ill, febrile, not pale, anicteric, dehydrated (moderate)", cvs="Tachycardic, S1 S2 only", resp="Chest clear",
                   abd="Soft, no organomegaly", cns="BCS 3/5, neck stiffness present, Kernig's and Brudzinski's signs positive, no focal deficit, pupils equal and reactive"),
         vit=dict(t=(38.8, 40.2), p=(130, 160), rr=(30, 44), sbp=(86, 104), dbp=(50, 64), spo2=(94, 98)),
         panels=["CSF", "FBC", "MP", "EUCR"], labs={"WBC": (16.0, 24.0), "CSF appearance": "Turbid", "CSF WBC": (900, 2200), "CSF protein": (1.6, 2.8), "CSF glucose": (0.6, 1.4), "CSF Gram stain": "Gram-negative diplococci", "Malaria parasite": "Not seen"},
         img=[],
         meds=[("IV Ceftriaxone", "100mg/kg", "IV", "daily", "7-10/7"), ("IV Dexamethasone", "0.15mg/kg", "IV", "6-hourly", "4/7"), ("IV Phenobarbitone", "20mg/kg loading then 5mg/kg", "IV", "daily", "-"), ("IV Paracetamol", "15mg/kg", "IV", "6-hourly", "3/7")],
         plan=["Lumbar puncture - CSF analysis", "IV antibiotics", "Anticonvulsants", "Chemoprophylaxis for household contacts", "Hearing assessment before discharge"],
         course="Had LP on admission (turbid CSF). Completed 10 days of IV ceftriaxone; no further seizures. Hearing assessment normal.",
         ecg=None, op=None, proc="lp"),
    dict(key="kneeoa", dx="Bilateral knee osteoarthritis (right worse than left)", short="Knee OA", ddx=["Gouty arthritis", "Rheumatoid arthritis"],
         spec="Rheumatology", sk="med", clinic="Rheumatology Clinic", ward="Female Medical Ward", age=(50, 78), sex=None,
         cc=[("bilateral knee pain", ["2 years", "3 years"]), ("knee swelling", ["3/12"]), ("difficulty climbing stairs", ["1 year"])],
         hpi=["Pain is worse with walking and relieved by rest; morning stiffness lasting <30 minutes. Uses various analgesics bought over the counter.",
              "No small joint involvement, no skin rash, no history of trauma."],
         exam=dict(gen="Obese elderly, not pale", cvs="S1 S2 only", resp="Chest clear", abd="Obese, soft",
                   local="Both knees: bony enlargement, crepitus on movement, mild effusion (right), varus deformity, reduced range of flexion (0-100 degrees)"),
         vit=dict(t=(36.3, 36.9), p=(72, 90), rr=(14, 18), sbp=(126, 148), dbp=(78, 90), spo2=(96, 99)),
         panels=["FBC", "ESR", "URICACID", "RF"], labs={"Uric acid": (300, 380), "Rheumatoid factor": "Negative", "ESR": (15, 28)},
         img=[("X-RAY", "X-ray both knees (weight bearing AP and lateral)", "Reduced medial tibiofemoral joint spaces bilaterally, worse on the right. Marginal osteophytes and subchondral sclerosis. Tibial spine peaking. No fracture.", "Bilateral knee osteoarthritis (Kellgren-Lawrence grade 3 right, 2 left).")],
         meds=[("Tab Celecoxib", "200mg", "PO", "daily", "2/52"), ("Tab Paracetamol", "1g", "PO", "8-hourly", "prn"), ("Glucosamine sulphate", "1500mg", "PO", "daily", "3/12"), ("Diclofenac gel", "apply", "TOP", "tds", "1/12")],
         plan=["Weight reduction", "Physiotherapy - quadriceps strengthening", "Intra-articular steroid injection right knee", "Review in 6/52"],
         course="", ecg=None, op=None, proc="knee_inj"),
    dict(key="cataract", dx="Bilateral senile mature cataract (right eye worse)", short="Senile cataract", ddx=["Glaucoma"],
         spec="Ophthalmology", sk="ophth", clinic="Eye Clinic", ward="Eye Ward", age=(55, 85), sex=None,
         cc=[("gradual painless loss of vision in both eyes", ["2 years", "3 years"]), ("glare", ["1 year"])],
         hpi=["Vision progressively worse, now unable to recognise faces. No eye pain, redness or discharge.",
              "Had couching done in the left eye by a traditional healer? - denied. Not diabetic."],
         exam=dict(gen="Elderly, not pale", cvs="S1 S2 only", resp="Clear", abd="Normal",
                   local="VA: RE HM, LE 6/60 not improving with pinhole. Anterior segment: RE white mature lens opacity, LE dense nuclear cataract. IOP RE 14, LE 15mmHg. Fundus: no view RE; LE hazy"),
         vit=dict(t=(36.3, 36.9), p=(70, 86), rr=(14, 18), sbp=(124, 146), dbp=(76, 90), spo2=(96, 99)),
         panels=["FBS", "FBC"], labs={"FBS": (4.4, 5.8)},
         img=[("USS", "B-scan ultrasound right eye", "Dense lens opacity. Vitreous cavity is echo-free. Retina is flat and attached. No mass lesion. Axial length 23.1mm.", "Mature cataract with attached retina.")],
         meds=[("Guttae Dexamethasone-Neomycin (Maxitrol)", "1 drop", "TOP (RE)", "2-hourly", "then taper over 4/52"), ("Guttae Ciprofloxacin", "1 drop", "TOP (RE)", "6-hourly", "1/52"), ("Tab Acetazolamide", "250mg", "PO", "stat", "-"), ("Tab Paracetamol", "1g", "PO", "8-hourly", "3/7")],
         plan=["Biometry", "Right manual small incision cataract surgery (MSICS) with PCIOL under local anaesthesia", "Post-op review day 1, 1/52, 6/52"],
         course="Had right MSICS + PCIOL. Day 1 VA RE 6/18 unaided.",
         ecg="normal", op="cataract", proc=None),
]
COND = dict((c["key"], c) for c in CONDS)

OPS = {
    "debride": dict(name="Wound debridement, right foot (with excision of necrotic 1st metatarsal head)", an="Spinal anaesthesia", pos="Supine",
                    inc="Excision of all devitalised tissue around the ulcer", findings=["Extensive slough and necrotic tissue over plantar 1st MTP", "Pus tracking along flexor tendon sheath (~20mls)", "Necrotic, soft 1st metatarsal head"],
                    steps=["Part cleaned with povidone iodine and draped", "Sharp debridement of slough and necrotic tissue to bleeding healthy margins", "Excision of necrotic 1st metatarsal head with bone nibbler", "Pus drained and cavity irrigated with 2L normal saline", "Haemostasis secured; wound packed with honey-soaked gauze"],
                    ebl="150mls", spec="Bone (1st metatarsal head) for histology and culture", dur=(45, 70), path="bone"),
    "laparotomy": dict(name="Exploratory laparotomy, segmental ileal resection and end-to-end anastomosis", an="General anaesthesia with endotracheal intubation", pos="Supine",
                       inc="Midline (supra- and infra-umbilical) incision", findings=["About 1.5L of faeculent peritoneal fluid", "Single oval perforation (1.2 x 0.8cm) on the antimesenteric border of the ileum, 20cm from the ileocaecal junction", "Hyperaemic and friable terminal ileum with Peyer's patches thickened", "Fibrinous flakes over bowel loops; other viscera normal"],
                       steps=["Abdomen opened in layers", "Peritoneal fluid suctioned; sample taken for MCS", "Bowel run from DJ flexure to the rectum", "Segmental resection of 15cm of ileum with 2-layer end-to-end anastomosis (vicryl 3/0)", "Peritoneal lavage with 8L warm normal saline", "Abdomen closed with mass closure (nylon 1); skin left open for delayed primary closure"],
                       ebl="300mls", spec="Resected ileal segment", dur=(100, 160), path="ileum"),
    "prostatectomy": dict(name="Open transvesical prostatectomy (Freyer's)", an="Spinal anaesthesia", pos="Supine with slight Trendelenburg",
                          inc="Pfannenstiel incision", findings=["Trabeculated bladder with cellules", "Trilobar enlargement of prostate with intravesical median lobe", "Enucleated gland ~75g", "No bladder stones"],
                          steps=["Bladder opened between stay sutures", "Circumferential incision of mucosa around bladder neck", "Finger enucleation of adenoma", "Haemostasis with bladder neck trigonisation and hot packs", "22Fr 3-way Foley catheter inserted with 40mls balloon on traction; continuous irrigation started", "Bladder closed in 2 layers; retropubic drain; wound closed in layers"],
                          ebl="600mls", spec="Prostate adenoma (enucleated)", dur=(70, 110), path="prostate"),
    "myomectomy": dict(name="Abdominal myomectomy", an="General anaesthesia (ETT)", pos="Supine",
                       inc="Pfannenstiel incision", findings=["Bulky uterus ~20 weeks size", "Multiple fibroids (intramural, subserous and one submucous breaching the cavity)", "Largest fundal fibroid ~8cm", "Normal tubes and ovaries bilaterally"],
                       steps=["Tourniquet applied around the lower uterine segment", "Vertical anterior fundal uterine incision", "Enucleation of fibroid seedlings through minimal incisions (tunnelling)", "Cavity breached and repaired with vicryl 2/0", "Dead spaces obliterated in layers; serosa closed with baseball stitch", "Tourniquet released, haemostasis secured, abdomen closed in layers"],
                       ebl="900mls", spec="Multiple fibroid seedlings (total weight 1.4kg)", dur=(120, 180), path="fibroid"),
    "cs": dict(name="Emergency lower segment caesarean section", an="Spinal anaesthesia", pos="Supine with left lateral tilt",
               inc="Pfannenstiel incision", findings=["Live female baby delivered by cephalic extraction, APGAR 7 and 9 at 1 and 5 minutes", "Birth weight 2.2kg", "Clear liquor", "Placenta and membranes delivered complete", "Normal tubes and ovaries"],
               steps=["Abdomen opened in layers", "Lower uterine segment incised transversely (Kerr) and extended digitally", "Baby delivered and handed over to the paediatrician", "IV oxytocin 10iu given; placenta delivered by controlled cord traction", "Uterus closed in 2 layers with chromic catgut 2", "Peritoneal toilet done; abdomen closed in layers, skin with subcuticular vicryl"],
               ebl="700mls", spec="Placenta (for histology - PET)", dur=(40, 65), path=None),
    "appendicectomy": dict(name="Open appendicectomy", an="General anaesthesia", pos="Supine",
                           inc="Right gridiron (Lanz) incision", findings=["Inflamed, swollen, retrocaecal appendix, ~9cm long", "Serosal congestion with fibrinous exudate at the tip", "No perforation, minimal reactive fluid", "Caecum and terminal ileum healthy, no Meckel's diverticulum"],
                           steps=["Muscle-splitting incision, peritoneum opened", "Appendix delivered; mesoappendix serially clamped, divided and ligated", "Base crushed, ligated with vicryl 2/0 and appendix excised; stump buried with purse-string", "Peritoneal toilet; wound closed in layers, skin with nylon 2/0"],
                           ebl="minimal (<50mls)", spec="Appendix", dur=(35, 60), path="appendix"),
    "herniorrhaphy": dict(name="Right inguinal hernioplasty (Lichtenstein mesh repair)", an="Spinal anaesthesia", pos="Supine",
                          inc="Right inguinal skin-crease incision", findings=["Indirect sac containing omentum extending into the scrotum", "Dilated deep ring (3 fingerbreadth)", "Attenuated posterior wall"],
                          steps=["External oblique aponeurosis opened in line of its fibres", "Cord mobilised; sac dissected off the cord to the deep ring", "Sac opened, contents reduced, high ligation and excision of sac", "Polypropylene mesh (6 x 11cm) sutured to the inguinal ligament and conjoint tendon with prolene 2/0, tails around the cord", "External oblique closed with vicryl 2/0; skin closed with nylon"],
                          ebl="<50mls", spec="Hernia sac (discarded)", dur=(45, 75), path=None),
    "thyroidectomy": dict(name="Total thyroidectomy", an="General anaesthesia (ETT)", pos="Supine with neck extended (sandbag under shoulders)",
                          inc="Kocher's collar incision 2 fingerbreadths above the sternal notch", findings=["Multinodular enlargement of both lobes, right > left, with retrosternal extension on the right", "Both recurrent laryngeal nerves identified and preserved", "Two parathyroid glands identified and preserved on each side"],
                          steps=["Subplatysmal flaps raised", "Strap muscles separated in the midline", "Middle thyroid veins, superior and inferior thyroid vessels ligated close to the gland", "Lobes mobilised and removed with isthmus", "Haemostasis secured; drain inserted; wound closed in layers, skin with subcuticular prolene"],
                          ebl="250mls", spec="Thyroid gland (total, 210g)", dur=(110, 170), path="thyroid"),
    "mrm": dict(name="Left modified radical mastectomy (Patey)", an="General anaesthesia (ETT)", pos="Supine, left arm abducted on arm board",
                inc="Elliptical (Stewart) incision encompassing the nipple-areola complex and tumour", findings=["Hard irregular tumour, upper outer quadrant, ~4cm, not fixed to pectoralis major", "Multiple enlarged level I and II axillary lymph nodes, largest 2cm", "Axillary vein, long thoracic and thoracodorsal nerves identified and preserved"],
                steps=["Skin flaps raised superiorly to the clavicle, inferiorly to the rectus sheath", "Breast dissected off pectoralis major with the fascia", "Axillary clearance of levels I and II", "Haemostasis secured; 2 suction drains inserted (axilla and chest wall)", "Skin closed with interrupted nylon"],
                ebl="350mls", spec="Left breast with axillary contents", dur=(120, 160), path="breast"),
    "orif": dict(name="Open reduction and internal fixation of right femur with SIGN intramedullary nail", an="Spinal anaesthesia", pos="Left lateral (right side up)",
                 inc="Lateral thigh incision over the fracture site (~8cm)", findings=["Transverse mid-shaft femoral fracture with overriding", "Moderate haematoma, no comminution", "Early callus absent"],
                 steps=["Fracture site exposed through vastus lateralis", "Haematoma evacuated; fracture ends freshened", "Proximal fragment reamed; SIGN nail (10 x 360mm) inserted retrograde then driven antegrade across the reduced fracture", "2 distal and 2 proximal interlocking screws inserted using the target arm", "Wound irrigated and closed in layers"],
                 ebl="500mls", spec="None", dur=(90, 140), path=None),
    "cataract": dict(name="Right manual small incision cataract surgery (MSICS) with posterior chamber IOL", an="Peribulbar block (2% lignocaine + 0.5% bupivacaine)", pos="Supine",
                     inc="Superior scleral frown incision with sclerocorneal tunnel", findings=["White mature cataract", "Intact posterior capsule", "IOL (+21.5D) in the bag"],
                     steps=["Superior rectus bridle suture", "Fornix-based conjunctival flap", "Sclerocorneal tunnel with crescent knife; side port", "Capsulotomy (can-opener) under viscoelastic (trypan blue-assisted)", "Nucleus prolapsed into AC and delivered by viscoexpression", "Cortical clean-up with Simcoe cannula; PCIOL implanted in the bag", "Subconjunctival gentamicin and dexamethasone; eye padded"],
                     ebl="Nil", spec="None", dur=(20, 35), path=None),
}

PATH = {
    "appendix": dict(spec="Appendix", gross="Received in formalin a vermiform appendix measuring 8.5cm in length and 0.9cm in maximum diameter. The serosa is dull, congested and covered with fibrinopurulent exudate. Cut section shows a lumen containing pus. No faecolith.",
                     micro="Sections show appendiceal wall with transmural infiltration by neutrophils, mucosal ulceration and serosal fibrinopurulent exudate. No granulomas, no parasites and no evidence of malignancy.",
                     dx="Acute suppurative appendicitis.", cond="appendicitis"),
    "fibroid": dict(spec="Myomectomy specimen (multiple fibroids)", gross="Received in formalin multiple firm greyish-white nodules, the largest measuring 8 x 7 x 6cm and the smallest 0.5cm in diameter, aggregate weight 1.4kg. Cut surfaces show whorled, trabeculated appearance. No areas of necrosis or haemorrhage.",
                    micro="Sections show interlacing fascicles of bland spindle-shaped smooth muscle cells with cigar-shaped nuclei and eosinophilic cytoplasm. Areas of hyaline degeneration. Mitoses are scanty (<2/10 HPF). No coagulative tumour necrosis or atypia.",
                    dx="Uterine leiomyomata (with hyaline degeneration). No evidence of malignancy.", cond="fibroid"),
    "prostate": dict(spec="Prostate (enucleated adenoma)", gross="Received in formalin multiple nodular fragments of greyish-white tissue aggregating 6.5 x 5 x 4cm and weighing 72g. Cut surfaces are nodular with small cystic spaces.",
                     micro="Sections show nodular hyperplasia of glandular and fibromuscular stromal elements. The glands are lined by a double layer of epithelium with papillary infoldings; some contain corpora amylacea. Focal chronic inflammation. No evidence of malignancy in the sections examined.",
                     dx="Nodular hyperplasia of the prostate (BPH) with chronic prostatitis.", cond="bph"),
    "thyroid": dict(spec="Thyroid gland (total thyroidectomy)", gross="Received in formalin a thyroid gland weighing 210g; right lobe 9 x 6 x 5cm, left lobe 7 x 5 x 4cm, isthmus 3cm. External surface bosselated. Cut sections show multiple colloid-filled nodules of varying sizes with areas of haemorrhage and cystic change.",
                    micro="Sections show thyroid follicles of variable sizes, many distended with colloid and lined by flattened epithelium. Areas of haemorrhage, haemosiderin-laden macrophages, fibrosis and calcification. No papillary nuclear features. No capsular or vascular invasion.",
                    dx="Multinodular (colloid) goitre. No evidence of malignancy.", cond="goitre"),
    "breast": dict(spec="Left breast (modified radical mastectomy) with axillary contents", gross="Received a mastectomy specimen 22 x 18 x 5cm with an overlying skin ellipse 15 x 8cm and retracted nipple. In the upper outer quadrant is a firm, grey-white, stellate tumour measuring 3.8 x 3.2 x 3cm, 1.5cm from the deep margin. Axillary fat contains 14 lymph nodes, largest 2cm.",
                   micro="Sections show an invasive carcinoma composed of cords, nests and sheets of pleomorphic malignant epithelial cells with vesicular nuclei and prominent nucleoli, infiltrating a desmoplastic stroma. Tubule formation <10% (3), nuclear pleomorphism marked (3), mitoses 12/10HPF (2). Lymphovascular invasion present. 4 of 14 lymph nodes show metastatic carcinoma. Deep and skin margins free.",
                   dx="Invasive ductal carcinoma (NST), Nottingham grade III (8/9), pT2 pN2a. Immunohistochemistry: ER negative, PR negative, HER2 (1+) - triple negative.", cond="breastca"),
    "ileum": dict(spec="Segment of ileum", gross="Received a segment of small intestine measuring 15cm in length with a perforation 1.2 x 0.8cm on the antimesenteric border. The serosa is congested with fibrinous exudate. The mucosa shows ulcers oriented along the long axis over thickened Peyer's patches.",
                  micro="Sections show ulceration overlying hyperplastic Peyer's patches with aggregates of macrophages containing erythrocytes (erythrophagocytosis) and lymphocytes; neutrophils are sparse. Transmural necrosis at the perforation site with serositis. No granulomas or malignancy.",
                  dx="Typhoid enteritis with ileal perforation and peritonitis.", cond="typhoid"),
    "bone": dict(spec="Bone fragments (right 1st metatarsal head)", gross="Received in formalin multiple fragments of bone and soft tissue aggregating 3 x 2.5 x 1.5cm. Soft, grey-brown with necrotic areas. Decalcified before processing.",
                 micro="Sections show necrotic bony trabeculae devoid of osteocytes (sequestra) with surrounding acute and chronic inflammatory cells, granulation tissue and fibrosis. Atherosclerotic small vessels noted in soft tissue. No malignancy.",
                 dx="Acute on chronic osteomyelitis (diabetic foot).", cond="dm"),
    "cervix": dict(spec="Cervical punch biopsy", gross="Received in formalin multiple fragments of grey-white tissue aggregating 1.2 x 0.8 x 0.4cm. All embedded.",
                   micro="Sections show cervical tissue infiltrated by sheets and nests of malignant squamous cells with marked nuclear pleomorphism, hyperchromasia, individual cell keratinisation and occasional keratin pearls. Frequent mitoses. Tumour invades the stroma.",
                   dx="Invasive keratinizing squamous cell carcinoma of the cervix, moderately differentiated.", cond=None),
    "lymphnode": dict(spec="Cervical lymph node (excision biopsy)", gross="Received a lymph node measuring 2.5 x 2 x 1.5cm. Cut surface shows cheesy, yellowish material.",
                      micro="Sections show effaced nodal architecture replaced by multiple confluent epithelioid cell granulomas with Langhans-type giant cells and central caseous necrosis. ZN stain shows occasional acid-fast bacilli. No malignant cells.",
                      dx="Caseating granulomatous lymphadenitis consistent with tuberculosis.", cond=None),
    "endometrium": dict(spec="Endometrial curettings", gross="Received in formalin multiple fragments of soft, tan tissue and blood clot aggregating 2 x 1.5 x 0.5cm.",
                        micro="Sections show endometrial glands of varying sizes, some cystically dilated, set in a cellular stroma. Glands are lined by pseudostratified columnar cells without cytological atypia. No evidence of malignancy.",
                        dx="Simple endometrial hyperplasia without atypia.", cond=None),
    "prostatebx": dict(spec="Prostate needle core biopsies (12 cores)", gross="Received 12 labelled cores of grey-white tissue ranging from 0.6 to 1.5cm in length.",
                       micro="Sections from 8 of 12 cores show infiltrating small crowded glands lined by a single layer of cells with enlarged nuclei and prominent nucleoli; absent basal cell layer. Fused glands and cribriform pattern in some cores. Perineural invasion present.",
                       dx="Prostatic adenocarcinoma, Gleason score 4+3 = 7 (Grade Group 3), involving 8/12 cores (approx. 60% of tissue).", cond=None),
    "skin": dict(spec="Skin ellipse, left foot (plantar)", gross="Received an ellipse of skin 3.5 x 2cm with a pigmented, ulcerated lesion 1.8cm in diameter.",
                 micro="Sections show a malignant melanocytic tumour composed of nests and sheets of atypical epithelioid cells with prominent nucleoli and melanin pigment, invading the reticular dermis. Breslow thickness 4.5mm; ulceration present.",
                 dx="Malignant melanoma (acral lentiginous type), Breslow 4.5mm, Clark level IV.", cond=None),
}

PROCS = {
    "ogd": dict(name="Oesophagogastroduodenoscopy (OGD)", cond="pud", sed="Lignocaine throat spray + IV Midazolam 2.5mg", scope="Olympus GIF video gastroscope",
                findings=["Oesophagus: normal mucosa, Z-line at 38cm, no varices", "Stomach: antral erythema and erosions; fundus and body normal on retroflexion", "Duodenum: 1.2cm clean-based ulcer (Forrest III) on the anterior wall of D1; D2 normal"],
                concl="Duodenal ulcer (Forrest III) with antral gastritis. CLO test positive.", extra="Antral biopsies taken for histology and rapid urease test (CLO).", comp="None"),
    "colonoscopy": dict(name="Colonoscopy", cond=None, sed="IV Midazolam 3mg + Pethidine 25mg", scope="Pentax video colonoscope",
                        findings=["Bowel preparation fair (Boston 6/9)", "Caecum reached, confirmed by appendiceal orifice and ileocaecal valve", "Fungating circumferential mass at 18cm from anal verge (rectosigmoid) causing luminal narrowing; scope could not be negotiated beyond", "Internal haemorrhoids grade II"],
                        concl="Rectosigmoid mass suspicious for carcinoma. Biopsies taken.", extra="Multiple biopsies taken for histology.", comp="None", indic="Rectal bleeding and altered bowel habit for 6/12; weight loss"),
    "lp": dict(name="Lumbar puncture", cond="meningitis", sed="None (child held in lateral decubitus position by assistant)", scope="22G spinal needle",
               findings=["Opening pressure appeared raised", "CSF turbid", "3 samples collected (microscopy, biochemistry, culture)"],
               concl="Turbid CSF obtained; sent for cell count, Gram stain, protein, glucose and culture.", extra="Fundoscopy done prior - no papilloedema. No focal signs.", comp="None"),
    "thoracocentesis": dict(name="Diagnostic and therapeutic thoracocentesis (right)", cond="tb", sed="Local anaesthesia, 2% lignocaine 5mls", scope="Wide-bore cannula (18G) with 3-way tap",
                            findings=["Site: right 7th ICS, posterior axillary line, above the rib, confirmed by percussion and USS", "1,200mls straw-coloured fluid aspirated", "Procedure stopped when patient started coughing"],
                            concl="Exudative pleural effusion (fluid protein 52g/L). Samples for ADA, cytology, Gene Xpert, MCS.", extra="Post-procedure CXR - no pneumothorax.", comp="Nil"),
    "paracentesis": dict(name="Abdominal paracentesis (diagnostic and therapeutic)", cond="hcc", sed="Local anaesthesia, 1% lignocaine", scope="16G cannula connected to urine bag",
                         findings=["Site: left iliac fossa, lateral to the rectus sheath (Z-track)", "4 litres of clear, straw-coloured ascitic fluid drained over 2 hours", "Albumin infused (8g/L of fluid removed)"],
                         concl="Large volume paracentesis done. Fluid sent for SAAG, cell count, cytology and culture.", extra="Vitals stable throughout.", comp="None"),
    "femoral_cath": dict(name="Insertion of right femoral haemodialysis catheter", cond="ckd", sed="Local anaesthesia, 2% lignocaine 10mls", scope="12Fr double lumen catheter (Seldinger technique)",
                         findings=["Right femoral vein cannulated at first attempt, medial to the femoral artery pulse", "Dark, non-pulsatile backflow", "Both lumens flushing and aspirating freely", "Catheter secured with silk 2/0 and heparin-locked (5000iu/ml)"],
                         concl="Successful insertion of right femoral dialysis catheter. Ready for dialysis.", extra="", comp="Nil (no haematoma)"),
    "knee_inj": dict(name="Intra-articular injection, right knee", cond="kneeoa", sed="Local - ethyl chloride spray", scope="21G needle, superolateral approach",
                     findings=["Aseptic technique observed", "25mls clear straw-coloured synovial fluid aspirated first", "Triamcinolone acetonide 40mg + 1% lignocaine 2mls injected"],
                     concl="Right knee aspiration and steroid injection done.", extra="Synovial fluid sent for microscopy (crystals) and culture.", comp="None"),
    "fnac": dict(name="Fine needle aspiration cytology (FNAC) of thyroid nodule", cond="goitre", sed="None", scope="23G needle with 10ml syringe, non-aspiration and aspiration techniques",
                 findings=["Dominant right lobe nodule targeted (USS-guided)", "3 passes made", "Colloid-rich, brownish aspirate; smears air-dried and alcohol-fixed"],
                 concl="Benign follicular nodule (colloid goitre) - Bethesda category II.", extra="", comp="Small haematoma, resolved with pressure"),
    "bma": dict(name="Bone marrow aspiration and trephine biopsy", cond=None, sed="Local anaesthesia, 2% lignocaine 10mls + IV Pentazocine 30mg", scope="Jamshidi needle, right posterior superior iliac spine",
                findings=["Dry tap on first attempt; repositioned", "Aspirate obtained; 6 slides made", "Trephine core 1.8cm obtained"],
                concl="Marrow hypercellular; sheets of blasts (~68%), Auer rods seen. Consistent with acute myeloid leukaemia (pending flow cytometry).", extra="", comp="None", indic="Pancytopenia with circulating blasts; fever and gum bleeding x 3/52"),
    "bronch": dict(name="Flexible fibreoptic bronchoscopy with BAL", cond=None, sed="Topical lignocaine + IV Midazolam 2mg", scope="Olympus BF video bronchoscope via the mouth",
                   findings=["Vocal cords mobile, trachea normal, carina sharp", "Right main bronchus: endobronchial fungating mass occluding the right upper lobe orifice", "Left bronchial tree normal to subsegmental level"],
                   concl="Endobronchial tumour RUL - biopsies and BAL taken for cytology, AFB and GeneXpert.", extra="", comp="Minor bleeding controlled with cold saline", indic="Haemoptysis, weight loss x 3/12; CXR right upper lobe collapse; heavy smoker (30 pack years)"),
    "cath": dict(name="Diagnostic coronary angiography (left heart catheterisation)", cond=None, sed="Local (2% lignocaine) + IV Midazolam 1mg", scope="6Fr right radial access; JL 3.5 and JR 4 catheters",
                 findings=["LMCA: normal", "LAD: 80% stenosis in the proximal segment", "LCx: minor luminal irregularities", "RCA: dominant, 50% mid-segment stenosis", "LVEDP 18mmHg"],
                 concl="Two-vessel coronary artery disease (significant proximal LAD lesion). For heart team discussion - PCI to LAD.", extra="TR band applied to radial site.", comp="None", indic="Effort angina CCS class III, positive stress ECG; diabetic, hypertensive"),
    "emg": dict(name="Nerve conduction studies and EMG (upper limbs)", cond=None, sed="None", scope="Surface electrodes; concentric needle EMG",
                findings=["Right median sensory: prolonged distal latency (4.6ms), reduced SNAP amplitude", "Right median motor: distal motor latency 6.2ms (prolonged), normal conduction velocity in forearm", "Ulnar nerve studies normal bilaterally", "Needle EMG of right APB: fibrillation potentials, reduced recruitment"],
                concl="Electrophysiological evidence of moderate-severe right carpal tunnel syndrome.", extra="", comp="None", indic="Numbness and tingling of right thumb and index finger x 6/12, worse at night"),
    "chest_tube": dict(name="Right tube thoracostomy (chest tube insertion)", cond=None, sed="Local anaesthesia (2% lignocaine 10mls) + IV Tramadol 50mg", scope="28Fr chest tube, blunt dissection",
                       findings=["Site: right 5th ICS, mid-axillary line (safe triangle)", "Rush of air followed by 600mls of frank blood", "Tube connected to underwater seal drain; fluid swinging and bubbling"],
                       concl="Right haemopneumothorax drained.", extra="Post-procedure CXR: tube in good position, lung re-expanded.", comp="None", indic="Blunt chest trauma (RTA), right haemopneumothorax on CXR"),
}

ECGS = {
    "normal": dict(rate=(64, 88), rhythm="Sinus rhythm", axis=(15, 70), pr=(140, 180), qrs=(80, 100), qtc=(390, 430), find=["Normal P wave morphology", "No ST-T changes", "Normal R wave progression"], concl="Normal ECG"),
    "lvh": dict(rate=(72, 96), rhythm="Sinus rhythm", axis=(-20, 20), pr=(160, 200), qrs=(96, 110), qtc=(420, 460), find=["SV1 + RV5 = 46mm (Sokolow-Lyon criteria met)", "ST depression and T wave inversion in V5, V6, I and aVL (strain pattern)", "Left atrial abnormality (bifid P in II)"], concl="Left ventricular hypertrophy with strain pattern"),
    "sinus_tachy": dict(rate=(104, 126), rhythm="Sinus tachycardia", axis=(30, 80), pr=(130, 160), qrs=(80, 96), qtc=(410, 440), find=["No ST-T changes", "No axis deviation"], concl="Sinus tachycardia, otherwise normal ECG"),
    "lbbb": dict(rate=(98, 118), rhythm="Sinus tachycardia", axis=(-45, -10), pr=(170, 200), qrs=(136, 160), qtc=(460, 500), find=["Broad QRS with notched R in I, aVL, V5-V6 (M pattern)", "Deep S in V1", "Secondary ST-T changes", "Frequent ventricular ectopics"], concl="Left bundle branch block with frequent VEs; consistent with cardiomyopathy"),
    "hyperk": dict(rate=(58, 76), rhythm="Sinus rhythm", axis=(0, 60), pr=(200, 240), qrs=(110, 128), qtc=(420, 450), find=["Tall peaked (tented) T waves in V2-V5", "Flattened P waves", "Mildly widened QRS"], concl="Features of hyperkalaemia"),
    "af": dict(rate=(110, 146), rhythm="Atrial fibrillation (irregularly irregular, no P waves)", axis=(20, 80), pr=None, qrs=(84, 100), qtc=(400, 440), find=["Fibrillatory baseline", "Rapid ventricular response", "No acute ST changes"], concl="Atrial fibrillation with rapid ventricular response"),
    "stemi": dict(rate=(88, 110), rhythm="Sinus rhythm", axis=(0, 60), pr=(150, 180), qrs=(90, 104), qtc=(420, 460), find=["ST elevation 3mm in V1-V4", "Reciprocal ST depression in II, III, aVF", "Q waves in V1-V3"], concl="Acute anterior ST elevation myocardial infarction"),
    "lvh_pet": dict(rate=(80, 100), rhythm="Sinus rhythm", axis=(0, 60), pr=(140, 170), qrs=(80, 96), qtc=(410, 440), find=["Voltage criteria for LVH borderline", "Non-specific T wave flattening in lateral leads"], concl="Borderline LVH; non-specific T wave changes"),
}

# ----------------------------------------------------------------------------- laboratory panels
PANELS = {
    "FBC": ("HAEMATOLOGY - FULL BLOOD COUNT", [("PCV", "%", 36, 46, 0), ("Hb", "g/dl", 12.0, 16.0, 1), ("WBC", "x10^9/L", 4.0, 11.0, 1), ("Neutrophils", "%", 40, 75, 0), ("Lymphocytes", "%", 20, 45, 0),
                                               ("Monocytes", "%", 2, 10, 0), ("Eosinophils", "%", 1, 6, 0), ("Platelets", "x10^9/L", 150, 400, 0), ("MCV", "fl", 80, 100, 0), ("MCHC", "g/dl", 31, 36, 0)]),
    "ESR": ("ESR", [("ESR", "mm/hr (Westergren)", 0, 20, 0)]),
    "EUCR": ("CHEMICAL PATHOLOGY - ELECTROLYTES, UREA & CREATININE", [("Sodium", "mmol/L", 135, 145, 0), ("Potassium", "mmol/L", 3.5, 5.0, 1), ("Chloride", "mmol/L", 96, 106, 0), ("Bicarbonate", "mmol/L", 22, 28, 0),
                                                                     ("Urea", "mmol/L", 2.5, 6.7, 1), ("Creatinine", "umol/L", 60, 120, 0)]),
    "LFT": ("LIVER FUNCTION TEST", [("Total Bilirubin", "umol/L", 3, 17, 0), ("Conjugated Bilirubin", "umol/L", 0, 5, 0), ("AST", "IU/L", 5, 40, 0), ("ALT", "IU/L", 5, 40, 0), ("ALP", "IU/L", 30, 120, 0),
                                    ("Total Protein", "g/L", 60, 80, 0), ("Albumin", "g/L", 35, 50, 0)]),
    "LIPID": ("FASTING LIPID PROFILE", [("Total Cholesterol", "mmol/L", 3.0, 5.2, 1), ("Triglycerides", "mmol/L", 0.5, 1.7, 1), ("HDL", "mmol/L", 1.0, 2.0, 1), ("LDL", "mmol/L", 1.5, 3.4, 1)]),
    "FBS": ("BLOOD GLUCOSE", [("FBS", "mmol/L", 3.5, 6.1, 1)]),
    "HBA1C": ("GLYCATED HAEMOGLOBIN", [("HbA1c", "%", 4.0, 6.0, 1)]),
    "TFT": ("THYROID FUNCTION TEST", [("TSH", "mIU/L", 0.4, 4.0, 2), ("Free T4", "pmol/L", 10, 22, 1), ("Free T3", "pmol/L", 3.1, 6.8, 1)]),
    "PSA": ("PROSTATE SPECIFIC ANTIGEN", [("PSA (total)", "ng/ml", 0.0, 4.0, 2)]),
    "CD4": ("CD4 T-LYMPHOCYTE COUNT", [("CD4 count", "cells/uL", 500, 1400, 0)]),
    "AFP": ("TUMOUR MARKER", [("AFP", "ng/ml", 0, 10, 1)]),
    "URICACID": ("SERUM URIC ACID", [("Uric acid", "umol/L", 150, 420, 0)]),
}
QUAL = {
    "MP": ("PARASITOLOGY", [("Malaria parasite", ["Not seen", "Not seen", "Plasmodium falciparum (trophozoites) +"])]),
    "WIDAL": ("SEROLOGY - WIDAL", [("S. typhi O", ["1:160", "1:320", "1:80"]), ("S. typhi H", ["1:80", "1:160"]), ("S. paratyphi AO", ["1:40", "1:80"]), ("S. paratyphi BO", ["1:40", "<1:20"])]),
    "RVS": ("SEROLOGY", [("Retroviral screening", ["Non-reactive"])]),
    "HBV": ("HEPATITIS SCREEN", [("HBsAg", ["Negative"]), ("Anti-HCV", ["Negative"]), ("HBeAg", ["Negative", "Positive"])]),
    "GENOTYPE": ("HAEMOGLOBIN ELECTROPHORESIS / GROUPING", [("Genotype", ["AA", "AS"]), ("Blood group", ["O Rh D positive", "A Rh D positive", "B Rh D positive"])]),
    "GXM": ("BLOOD TRANSFUSION - GROUPING & CROSSMATCH", [("Blood group", ["O Rh D positive", "O Rh D positive", "B Rh D positive", "A Rh D positive"]), ("Crossmatch", ["2 units compatible", "3 units compatible"]), ("Antibody screen", ["Negative"])]),
    "URINE": ("URINALYSIS", [("Colour", ["Amber", "Straw", "Yellow"]), ("Appearance", ["Clear", "Slightly turbid"]), ("SG", ["1.015", "1.020", "1.010"]), ("pH", ["6.0", "5.5", "6.5"]), ("Protein", ["Negative", "Trace"]),
                              ("Glucose", ["Negative"]), ("Ketones", ["Negative"]), ("Blood", ["Negative", "Trace"]), ("Nitrite", ["Negative"]), ("Leucocytes", ["Negative", "+"]), ("Pus cells", ["0-2/hpf", "1-3/hpf"])]),
    "MCS": ("MICROBIOLOGY - WOUND SWAB M/C/S", [("Specimen", ["Wound swab"]), ("Gram stain", ["Gram positive cocci in clusters, pus cells +++"]), ("Organism", ["Staphylococcus aureus"]),
                                               ("Sensitive to", ["Ceftriaxone, Ciprofloxacin, Gentamicin, Levofloxacin"]), ("Resistant to", ["Ampicillin, Cotrimoxazole, Tetracycline"])]),
    "SPUTUM": ("MICROBIOLOGY - SPUTUM", [("Macroscopy", ["Mucopurulent", "Purulent, rusty"]), ("AFB (ZN stain)", ["Negative"]), ("GeneXpert MTB/RIF", ["MTB not detected"]), ("Organism", ["Normal flora"])]),
    "HPYLORI": ("H. PYLORI", [("H. pylori stool antigen", ["Negative"])]),
    "VL": ("HIV-1 RNA VIRAL LOAD (PCR)", [("Viral load", ["<40 copies/ml"])]),
    "RF": ("IMMUNOLOGY", [("Rheumatoid factor", ["Negative"]), ("Anti-CCP", ["Negative"])]),
    "CSF": ("CSF ANALYSIS", [("CSF appearance", ["Clear"]), ("CSF WBC", ["<5"]), ("CSF protein", ["0.3"]), ("CSF glucose", ["3.2"]), ("CSF Gram stain", ["No organism seen"])]),
}


def lab_values(cond, panel):
    """returns list of (analyte, value, unit, ref, flag)"""
    ov = cond["labs"] if cond else {}
    rows = []
    if panel in PANELS:
        title, items = PANELS[panel]
        pcv = None
        for (a, u, lo, hi, dec) in items:
            if a in ov:
                v = ov[a]
                if isinstance(v, tuple):
                    v = R.uniform(v[0], v[1])
            elif a == "Hb" and pcv is not None:
                v = pcv / 3.0
            else:
                span = hi - lo
                v = R.uniform(lo + span * 0.1, hi - span * 0.1)
            if isinstance(v, str):
                rows.append((a, v, u, "%s - %s" % (lo, hi), ""))
                continue
            v = round(v, dec) if dec else int(round(v))
            if a == "PCV":
                pcv = v
            flag = "H" if v > hi else ("L" if v < lo else "")
            rows.append((a, str(v), u, ("%s - %s" % (lo, hi)) if lo > 0 else ("< %s" % hi), flag))
    elif panel in QUAL:
        title, items = QUAL[panel]
        for (a, opts) in items:
            v = ov.get(a, ch(opts))
            if isinstance(v, tuple):
                v = "%d" % R.uniform(v[0], v[1]) if v[1] > 20 else "%.1f" % R.uniform(v[0], v[1])
            rows.append((a, v, "", "", ""))
    return rows


def panel_title(panel):
    if panel in PANELS:
        return PANELS[panel][0]
    return QUAL[panel][0]


# ----------------------------------------------------------------------------- case = context + patient + condition
class Case(object):
    pass


def vit_of(cond):
    v = cond["vit"]
    d = {}
    d["t"] = rf(*v["t"])
    d["p"] = ri(*v["p"])
    d["rr"] = ri(*v["rr"])
    d["sbp"] = ri(*v["sbp"])
    d["dbp"] = ri(*v["dbp"])
    d["spo2"] = ri(*v["spo2"])
    d["wt"] = None
    return d


def make_case(filt=None, cond=None):
    if cond is None:
        pool = [c for c in CONDS if (filt is None or filt(c))]
        cond = ch(pool)
    c = make_ctx()
    k = Case()
    k.c = c
    k.cond = cond
    k.p = make_patient(c, age=ri(*cond["age"]), sex=cond["sex"])
    cond = dict(cond)
    if k.p.sex == "F":
        cond["ward"] = cond["ward"].replace("Male ", "Female ")
    else:
        cond["ward"] = cond["ward"].replace("Female ", "Male ")
    k.cond = cond
    if k.p.age < 16:
        k.p.occ = "pupil" if k.p.age >= 5 else "-"
    k.v = vit_of(cond)
    k.v["wt"] = (ri(8, 32) if k.p.age < 10 else ri(55, 98)) if k.p.age >= 1 else ri(4, 9)
    sk = cond["sk"]
    k.cons = doctor(c, sk, "cons")
    k.reg = doctor(c, sk, ch(["sr", "reg"]))
    k.ho = doctor(c, sk, "ho")
    k.n = ri(2, 12)
    k.los = ri(3, 16)
    k.adm = c.date
    k.dis = c.date + datetime.timedelta(days=k.los)
    k.unit = ch(["A", "B", "C", "I", "II", "III", "1", "2"])
    return k


def T(k, s):
    """fill pronoun / number placeholders in knowledge-base text"""
    p = k.p
    return s.replace("{he}", p.he).replace("{He}", p.He).replace("{his}", p.his).replace("{His}", p.His).replace("{him}", p.him).replace("{n}", str(k.n))


def cc_list(k, maxn=4, style=None):
    items = k.cond["cc"][:max(1, ri(2, maxn))]
    st = ri(0, 3) if style is None else style
    out = []
    for (c_, durs) in items:
        d = ch(durs)
        if d == "-":
            out.append(c_)
        elif st == 0:
            out.append("%s x %s" % (c_, d))
        elif st == 1:
            out.append("%s - %s" % (c_.capitalize(), d))
        elif st == 2:
            out.append("%s of %s duration" % (c_, d.replace("/7", " days").replace("/52", " weeks").replace("/12", " months")))
        else:
            out.append("%s (%s)" % (c_, d))
    return out


def hpi_text(k, intro=True):
    p = k.p
    parts = []
    if intro:
        parts.append(ch(["%s is a %s old %s %s" % (p.name if pr(0.5) else "Patient", agestr(p, 4).replace("-year-old", " year"), p.tribe if pr(0.4) else "", sexw(p)),
                         "A %s %s %s" % (agestr(p, 4), p.ms.lower() if p.age > 17 else "", sexw(p)),
                         "%s %s, %s, %s" % (p.title, p.sur, agestr(p, 1), p.occ)]).replace("  ", " ") +
                     ch([" who presented with ", " presenting with ", " brought in by relatives on account of ", " who presented to the %s on account of " % ch(["GOPD", "A&E", "clinic", "CHER" if p.age < 16 else "EMU"])]) +
                     ", ".join(x[0] for x in k.cond["cc"][:3]) + ".")
    for s in k.cond["hpi"]:
        if pr(0.85):
            parts.append(T(k, s))
    return " ".join(parts)


def exam_lines(k, style=0):
    e = k.cond["exam"]
    v = k.v
    rows = []
    vt = "T %s\u00b0C, PR %d/min, RR %d/min, BP %d/%dmmHg, SpO2 %d%%" % (v["t"], v["p"], v["rr"], v["sbp"], v["dbp"], v["spo2"])
    if style == 0:
        rows.append("O/E: " + e["gen"] + ". " + vt)
        labs = {"cvs": ["CVS"], "resp": ["RS", "Chest", "Resp"], "abd": ["Abd", "P/A", "Abdomen"], "cns": ["CNS"], "local": ["Local exam", "L/E", "Examination of the lesion"]}
    else:
        rows.append("General: " + e["gen"])
        rows.append("Vitals: " + vt)
        labs = {"cvs": ["Cardiovascular"], "resp": ["Respiratory"], "abd": ["Abdomen"], "cns": ["Neurological", "CNS"], "local": ["Local examination"]}
    for key in ["cvs", "resp", "abd", "cns", "local"]:
        if key in e:
            rows.append("%s: %s" % (ch(labs[key]), e[key]))
    return rows


def med_line(m, style=0):
    drug, dose, route, freq, dur = m
    if style == 0:
        return "%s %s %s %s x %s" % (drug, dose, route, freq, dur)
    if style == 1:
        return "%s %s %s %s" % (drug, dose, freq, "for " + dur if dur not in ("-", "ongoing", "continue") else "")
    if style == 2:
        return "%s - %s, %s" % (drug, dose, freq)
    return "%s  %s  %s  %s  %s" % (drug.ljust(28), dose.ljust(10), route.ljust(5), freq.ljust(10), dur)


def invest_summary(k):
    out = []
    for panel in k.cond["panels"]:
        rows = lab_values(k.cond, panel)
        keyrows = [r for r in rows if r[4] or r[0] in k.cond["labs"]] or rows[:2]
        abbrev = {"FBC": "FBC", "EUCR": "E/U/Cr", "LFT": "LFT", "LIPID": "Lipid profile", "URINE": "Urinalysis", "MP": "MP", "GENOTYPE": "Hb genotype",
                  "GXM": "GXM", "WIDAL": "Widal", "RVS": "RVS", "CD4": "CD4", "VL": "VL", "CSF": "CSF", "MCS": "Wound MCS", "SPUTUM": "Sputum", "HBV": "Hepatitis screen"}.get(panel, panel)
        out.append("%s: %s" % (abbrev, ", ".join("%s %s%s" % (r[0], r[1], (" " + r[2]) if r[2] and r[2] != "%" else ("%" if r[2] == "%" else "")) for r in keyrows[:4])))
    return out


# ----------------------------------------------------------------------------- letterheads, page furniture, OCR noise
def letterhead(c, dept=None, which="th"):
    name = c.hosp if which == "th" else c.gen
    st = ri(0, 6)
    lines = []
    if which == "th":
        if pr(0.4):
            lines.append(ch(["FEDERAL MINISTRY OF HEALTH", "GHANA HEALTH SERVICE" if c.country == "GH" else "FEDERAL MINISTRY OF HEALTH", "MINISTRY OF HEALTH" if c.country == "GH" else "FEDERAL REPUBLIC OF NIGERIA"]))
    else:
        if pr(0.4):
            lines.append(ch(["MINISTRY OF HEALTH", "STATE HOSPITALS MANAGEMENT BOARD" if c.country == "NG" else "GHANA HEALTH SERVICE", "HOSPITALS MANAGEMENT BOARD"]))
    if st in (0, 1, 2):
        lines.append(name.upper())
    elif st == 3:
        lines.append(" ".join(name.upper()))
    else:
        lines.append(name)
    if which == "th" and pr(0.6):
        lines.append(c.box if pr(0.5) else "%s, %s" % (c.box, "Tel: " + c.tel))
    elif which != "th" and pr(0.5):
        lines.append("Tel: " + phone(c.country))
    if pr(0.3):
        lines.append(ch(["Motto: Service with Compassion", "...caring for life", "Excellence in Service, Teaching and Research", "E-mail: " + c.email, "Website: www.%s.example" % c.abbr.lower()]))
    if dept:
        lines.append(dept if pr(0.5) else dept.upper())
    if pr(0.3) and which == "th":
        lines.append(ch(["CMD: ", "CEO: ", "Chief Medical Director: "]) + doctor(c, "med", "cons").name.replace("Dr. ", "Prof. ").replace("Dr ", "Dr "))
    sep = ch(["", "-" * ri(30, 60), "=" * ri(30, 60), "_" * ri(30, 60)])
    if sep:
        lines.append(sep)
    return "\n".join(lines)


def form_code(c, kind="MR"):
    return ch(["%s/%s/%03d" % (c.abbr, kind, ri(1, 120)), "Form %s %d" % (kind, ri(1, 60)), "%s FORM %d" % (c.abbr, ri(1, 40)), "REV. %d/%02d" % (ri(1, 5), ri(5, 23)), "MR %d" % ri(1, 99), "HIMS/%02d" % ri(1, 99)])


def furniture(c, text, pages=None):
    """add page headers/footers, scanner stamps etc."""
    lines = text.split("\n")
    n = len(lines)
    if pages is None:
        pages = 1 + n // ri(45, 70)
    if pages > 1 and pr(0.8):
        out = []
        per = n // pages + 1
        pg = 1
        for i, ln in enumerate(lines):
            if i > 0 and i % per == 0:
                out.append(ch(["", "\n"]) + ch(["Page %d of %d" % (pg, pages), "- %d -" % pg, "%d" % pg, "Page %d" % pg, "Cont'd overleaf", "/..%d" % (pg + 1)]))
                pg += 1
                if pr(0.6):
                    out.append(ch(["%s - %s" % (c.abbr, ch(["Continuation Sheet", "CASE NOTE (CONT.)", "Page %d" % pg])), "Name: ...... Hosp No: ......", c.hosp.upper(), "CONTINUATION SHEET"]))
            out.append(ln)
        if pr(0.7):
            out.append(ch(["Page %d of %d" % (pages, pages), "- %d -" % pages, "%d" % pages]))
        lines = out
    if pr(0.25):
        lines.append(ch(["Scanned by HIM Dept. %s" % fd(c.date + datetime.timedelta(days=ri(1, 400)), 0), "MEDICAL RECORDS - SCANNED", "[stamp: RECEIVED %s]" % fd(c.date, 5).upper(),
                         "CONFIDENTIAL", "Document ID %s" % digits(8), "%s HIMS" % c.abbr, "Printed: %s %s" % (fd(c.date, 0), tm())]))
    if pr(0.15):
        lines.insert(0, ch(["|", ".", "'", "~", "  ", "\u00b7"]))
    return "\n".join(lines)


OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("e", "c"), ("i", "l"), (",", "."), ("S", "5"), ("cl", "d"), ("h", "b"), ("u", "n"), ("t", "f"), (".", ","), ("a", "o")]


def ocr(text, level=None):
    if level is None:
        level = ch([0, 0, 0, 1, 1, 2])
    if level == 0:
        return text
    rate = 0.004 if level == 1 else 0.012
    out = []
    i = 0
    L = len(text)
    while i < L:
        if R.random() < rate and text[i] != "\n":
            a, b = ch(OCR_SUBS)
            if text.startswith(a, i):
                out.append(b)
                i += len(a)
                continue
            r2 = R.random()
            if r2 < 0.3:
                i += 1
                continue
            if r2 < 0.5:
                out.append(text[i] + " ")
                i += 1
                continue
            if r2 < 0.6:
                out.append(ch(["'", "`", "|", ";", "~"]))
        out.append(text[i])
        i += 1
    return "".join(out)


def idline(k, st=None):
    p = k.p
    c = k.c
    st = ri(0, 5) if st is None else st
    if st == 0:
        return "Name: %s %s    Age: %s    Sex: %s    Hosp No: %s" % (p.title, p.full.title() if pr(0.5) else p.full, agestr(p, 1), p.sex, p.hno)
    if st == 1:
        return "NAME: %s\nAGE/SEX: %s/%s\nHOSP. NO: %s" % (p.full, agestr(p, 0), "M" if p.sex == "M" else "F", p.hno)
    if st == 2:
        return "Patient: %s (%s, %s)   Folder No: %s" % (p.name, agestr(p, 0), "Male" if p.sex == "M" else "Female", p.hno)
    if st == 3:
        return "%s %s  |  %s  |  %s  |  %s" % (p.title, p.name, agestr(p, 2), p.hno, ch([k.cond["ward"], k.cond["clinic"]]))
    if st == 4:
        return "Surname: %s   Other names: %s %s\nAge: %s   Sex: %s   Reg. No.: %s" % (p.sur.upper(), p.first, p.middle, agestr(p, 1), "M" if p.sex == "M" else "F", p.hno)
    return "RE: %s %s, %s, %s" % (p.title, p.name.upper(), agestr(p, 1), p.hno)


# ============================================================================= DOCUMENT TYPES
def g_discharge_summary():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    st = Hs()
    L = ri(0, 6)
    meds = pick(cd["meds"], ri(2, 4))
    ds = c.dstyle
    outcome = ch(["Discharged home", "Discharged home", "Discharged home", "Discharged against medical advice (DAMA)"]) if L != 2 else "Discharged"
    fu = ch(["TCA %s in 2/52" % ch(["SOPD", "MOPD", "GOPD", cd["clinic"]]), "Follow up at %s in 2 weeks" % cd["clinic"], "Review in %s on %s" % (cd["clinic"], fd(k.dis + datetime.timedelta(days=14), ds)), "To see us in clinic in 1/12 with results"])
    if L == 0:
        t = [letterhead(c, cd["spec"].upper() if pr(0.5) else None), ch(["DISCHARGE SUMMARY", "SUMMARY OF ADMISSION AND DISCHARGE", "DISCHARGE SUMMARY FORM", "IN-PATIENT DISCHARGE SUMMARY"]),
             idline(k), "Ward: %s        Unit: %s" % (cd["ward"], k.unit),
             "Date of Admission: %s      Date of Discharge: %s" % (fd(k.adm, ds), fd(k.dis, ds)), "Consultant: %s" % k.cons.name, "",
             sec("Diagnosis", cd["dx"], st), sec("Presenting complaints", "; ".join(cc_list(k)), st),
             sec("Summary of history and findings", hpi_text(k) + " " + cd["exam"]["gen"] + ".", st),
             sec("Investigations", "\n".join(invest_summary(k)), st),
             sec("Treatment / Course in hospital", cd["course"] or "Managed conservatively; improved.", st),
             sec("Procedure(s)", OPS[cd["op"]]["name"] + " on " + fd(k.adm + datetime.timedelta(days=ri(0, 3)), ds) if cd["op"] else (PROCS[cd["proc"]]["name"] if cd["proc"] else "Nil"), st),
             sec("Condition on discharge", ch(["Stable", "Satisfactory", "Improved", "Clinically stable, ambulant"]), st),
             sec("Discharge medications", "\n".join("%d. %s" % (i + 1, med_line(m, 1)) for i, m in enumerate(meds)), st),
             sec("Follow-up", fu, st), "", sig(k.reg, c)]
    elif L == 1:
        t = [letterhead(c, "Department of " + cd["spec"]), fd(k.dis, 2), "", ch(["The Medical Officer i/c,", "The Medical Director,", "Dear Doctor,"]),
             c.gen if pr(0.5) else "", "", ch(["Dear Colleague,", "Dear Sir/Ma,", ""]), "",
             idline(k, 5), ch(["DISCHARGE SUMMARY", "SUMMARY OF MANAGEMENT", "RE: DISCHARGE", ""]), "",
             "The above named %s was admitted into our %s on %s with %s. %s" % (sexw(p), cd["ward"], fd(k.adm, 2), ", ".join(cc_list(k, 3, 2)), " ".join(T(k, s) for s in cd["hpi"][:1])),
             "Examination revealed %s. %s" % (cd["exam"]["gen"].lower(), cd["exam"].get("local", cd["exam"].get("abd", ""))),
             "Investigation results: %s." % "; ".join(invest_summary(k)),
             "A diagnosis of %s was made. %s" % (cd["dx"], cd["course"]),
             "%s was discharged on %s on %s. %s" % (p.He, fd(k.dis, 2), ", ".join(m[0] for m in meds), ch(["Kindly continue follow-up.", "We shall continue to see %s in our clinic." % p.him, "Thank you for the referral."])),
             "", ch(["Yours faithfully,", "Yours sincerely,", "Thank you."]), "", sig(k.reg, c)]
    elif L == 2:
        t = [ch(["%s  %s" % (fd(k.dis, ds), tm()), fd(k.dis, ds), "Date: " + fd(k.dis, ds)]), ch(["Discharge note", "D/C NOTE", "Seen on WR with %s" % k.cons.short, "WR (Cons)"]),
             ch(["Pt clinically stable", "Pt doing well, no complaints", "Patient has improved remarkably", "Afebrile x 48hrs, tolerating orally"]) + ".",
             "O/E: %s" % ch(["not pale, afebrile, anicteric", "stable vitals", "wound healing well", "chest clear, no oedema"]) + ", BP %d/%dmmHg" % (ri(110, 140), ri(70, 90)),
             "Dx: " + cd["short"], "Plan:", "- Discharge home today" if pr(0.6) else "- D/C", *["- %s" % med_line(m, 2) for m in meds],
             "- " + fu, "- Health talk given", "", ch(["Sgd ", "", "signed: "]) + k.ho.short + " (HO)"]
    elif L == 3:
        t = [c.hosp, ch(["DISCHARGE SUMMARY", "Discharge Summary", "Patient Discharge Record"]), "Folder No.: %s     %s No.: %s" % (p.hno, c.scheme, p.ins),
             "Name: %s   Age: %s   Sex: %s" % (p.name, agestr(p, 1), p.sex), "Admitted: %s    Discharged: %s    LOS: %d days" % (fd(k.adm, 0), fd(k.dis, 0), k.los),
             "Principal diagnosis: " + cd["dx"], "Secondary diagnosis: " + ch(["Nil", "Anaemia", "Hypokalaemia", "-"] + cd["ddx"][:0]),
             "ICD-10: " + ch(["", "(to be coded)", "___"]), "Outcome: " + outcome, "",
             "Brief clinical summary:", hpi_text(k, False), cd["course"], "", "Medications on discharge:",
             *["  " + med_line(m, 3) for m in meds], "", "Follow up: " + fu, "Discharging clinician: %s (%s)" % (k.reg.name, k.reg.title)]
    elif L == 4:
        n = 1
        t = [letterhead(c), ch(["SUMMARY", "DISCHARGE / TRANSFER OF CARE SUMMARY", "CLINICAL SUMMARY ON DISCHARGE"]), idline(k, 4), ""]
        for name, body in [("Admission diagnosis", cd["dx"]), ("Final diagnosis", cd["dx"]), ("History", hpi_text(k)), ("Examination", "; ".join(exam_lines(k, 0)[:3])),
                           ("Investigations", "\n".join(invest_summary(k))), ("Management", cd["course"] or "; ".join(cd["plan"][:3])),
                           ("Drugs on discharge", ", ".join(med_line(m, 2) for m in meds)), ("Follow up", fu)]:
            t.append("%d. %s: %s" % (n, name.upper() if st < 3 else name, body))
            n += 1
        t += ["", "%s, %s" % (k.reg.name, k.reg.title), "for: " + k.cons.name + " (Consultant)"]
    elif L == 5:
        days = []
        for d in range(min(k.los, ri(3, 5))):
            days.append("Day %d (%s): %s" % (d + 1, fd(k.adm + datetime.timedelta(days=d), 1), ch(["admitted, commenced on " + ", ".join(m[0] for m in cd["meds"][:2]),
                                                                                                     "improving, vitals stable", "febrile spikes, reviewed", "ambulating, tolerating diet", "investigation results reviewed", "ready for discharge"]) if d else "admitted via " + ch(["A&E", "GOPD", "EMU", "clinic"])))
        t = [c.abbr + " " + ch(["Discharge Summary", "D/S", "Inpatient summary"]), "-" * 40, "Patient: %s  [%s]  %s" % (p.full, p.hno, agestr(p, 2)), "Ward/Bed: %s / %d" % (cd["ward"], ri(1, 30)),
             "Diagnosis: " + cd["short"] + " (" + cd["dx"] + ")", "", "COURSE:", *days, "", "DISCHARGE MEDS:", *["* " + med_line(m, 0) for m in meds], "", "Advice: " + ch(["drug compliance", "return if symptoms recur", "diet and exercise"]), fu,
             "", sig(k.ho, c, False)]
    else:
        t = [letterhead(c, cd["ward"]), "Re: %s - %s" % (p.name.upper(), p.hno), "Adm: %s / D/C: %s" % (fd(k.adm, ds), fd(k.dis, ds)), "",
             "Pt was admitted on account of " + ", ".join(x[0] for x in cd["cc"][:3]) + ".", "Working diagnosis: " + cd["dx"] + ".",
             "Significant results: " + "; ".join(invest_summary(k)[:3]) + ".", "Rx given: " + ", ".join(m[0] for m in cd["meds"]) + ".",
             (cd["course"] + " ") if cd["course"] else "", "Status at D/C: " + ch(["good", "fair", "stable"]) + ". " + outcome + ".", fu + ".", "", sig(k.reg, c)]
    return join(t)


def g_history_physical():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    st = Hs()
    L = ri(0, 6)
    if cd["sk"] == "paed" and pr(0.7):
        L = 1
    if cd["key"] == "preeclampsia" and pr(0.7):
        L = 3
    when = "%s  %s" % (fd(k.adm, c.dstyle), tm())
    pmh = ch(["Not a known hypertensive, diabetic, asthmatic or sickle cell disease patient.", "No previous hospital admission.", "Known hypertensive x %d yrs." % k.n if cd["key"] in ("stroke", "htn") else "No prior surgery. No blood transfusion.",
              "Had appendicectomy %d years ago." % ri(3, 15) if cd["key"] != "appendicitis" else "No previous surgery."])
    dh = ch(["No known drug allergy.", "NKDA. Took unknown drugs from a patent medicine vendor.", "Takes herbal preparations occasionally. No known drug allergies.", "Allergic to sulphonamides."])
    fsh = ch(["%s %s, %s. Lives in a %s. Does not smoke or take alcohol." % (p.ms, "" , p.occ, ch(["3-bedroom flat", "rented room (face-me-I-face-you)", "family compound", "bungalow"])),
              "%s; %s by occupation. Takes alcohol occasionally (1-2 bottles of beer/week). Non-smoker." % (p.ms, p.occ), "Monogamous family setting; %s. Tribe: %s. Religion: %s." % (p.occ, p.tribe, p.rel)])
    ros = ch(["Unremarkable", "Nil of note", "No other systemic complaints", "CNS: no headache, no seizure. RS: no cough. GUS: no dysuria. CVS: no chest pain."])
    if L == 0:
        t = [ch(["CLERKING", "ADMISSION CLERKING", "MEDICAL CLERKING", "CASE NOTE", ""]), when, idline(k, ri(0, 4)), ch(["Informant: patient (reliable)", "Informant: pt & wife", "Source: patient", ""]),
             sec("PC", "\n".join("- " + x for x in cc_list(k)), st), sec("HPC", hpi_text(k, pr(0.5)), st), sec("PMH", pmh, st), sec("DH", dh, st), sec("FSH", fsh, st), sec("ROS", ros, st),
             "", *exam_lines(k, 0), "", sec("Summary", "%s %s with %s; %s." % (agestr(p, 4), sexw(p), ", ".join(x[0] for x in cd["cc"][:2]), cd["exam"]["gen"].split(",")[0].lower()), st),
             sec("Imp", cd["dx"], st), sec("DDx", ", ".join(cd["ddx"]), st) if cd["ddx"] else "", sec("Plan", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(cd["plan"])), st), "", k.ho.short + ch([" (HO)", " HO", "/ Ch. " + k.reg.short])]
    elif L == 1:
        mum = pname(c, "F")
        t = [ch(["PAEDIATRIC ADMISSION", "CHER CLERKING", "EPU - ADMISSION NOTE", "CHILDREN EMERGENCY - CLERKING SHEET"]), when, "Name: %s %s   Age: %s   Sex: %s" % (p.first, p.sur, agestr(p, 1), p.sex),
             "Hosp No: %s    Wt: %skg" % (p.hno, k.v["wt"]), "Informant: %s (%s), reliable" % (ch(["Mother", "Father", "Grandmother"]), mum[0] + " " + p.sur), "",
             sec("Presenting complaints", "\n".join(cc_list(k)), st), sec("HPC", hpi_text(k, False), st),
             sec("Pregnancy, birth & neonatal hx", ch(["Product of a term, supervised pregnancy; SVD at a PHC; cried at birth. No NNJ.", "Booked at GH, term delivery via SVD. BW 3.2kg. No SCBU admission.", "Unbooked; delivered at a mission home. Not sure of birth weight."]), st),
             sec("Nutritional hx", ch(["Exclusively breastfed x 6/12; weaned on pap (ogi/koko) and crayfish.", "Mixed feeding from birth; now on family diet.", "On family diet, 3 meals/day."]), st),
             sec("Immunisation", ch(["Up to date for age (card seen)", "Fully immunised (BCG scar seen)", "Incomplete - missed measles vaccine", "Not up to date; card not available"]), st),
             sec("Developmental milestones", ch(["Attained appropriately for age", "Normal for age", "Walked at 12 months, talks in sentences"]), st),
             sec("Family & social", "%s child in a %s family setting. Father is a %s, mother a %s." % (ordinal(ri(1, 5)), ch(["monogamous", "polygamous"]), ch(OCC), ch(OCC)), st), "",
             *exam_lines(k, ch([0, 1])), "", sec("Assessment", cd["dx"], st), sec("Plan", "\n".join("- " + x for x in cd["plan"]), st), "", "Clerked by: " + k.ho.name, "Reviewed by: " + k.reg.name + " (" + k.reg.title + ")" if pr(0.6) else ""]
    elif L == 2:
        t = [letterhead(c, "Department of Surgery" if cd["sk"] == "surg" else None) if pr(0.4) else "", ch(["SURGICAL CLERKING SHEET", "SURGERY - ADMISSION H & P", "HISTORY AND PHYSICAL EXAMINATION", "Clerking (SOPD/Emergency)"]),
             "Date/Time: " + when, idline(k), "Unit: %s   Consultant: %s" % (k.unit, k.cons.name), "",
             "Presenting Complaint(s):", *["  " + x for x in cc_list(k)], "History of Presenting Complaint:", "  " + hpi_text(k, False),
             "Past Surgical/Medical Hx: " + pmh, "Drug Hx/Allergies: " + dh, "Social: " + fsh, "", "EXAMINATION", *["  " + x for x in exam_lines(k, 1)], "",
             "Investigations requested: " + ", ".join(x.split(":")[0] for x in invest_summary(k)) + ((", " + cd["img"][0][1]) if cd["img"] else ""),
             "Impression: " + cd["dx"], "Plan: " + "; ".join(cd["plan"]), "", k.ho.name + " / " + k.ho.title]
    elif L == 3:
        ga = ri(28, 39)
        lmp = k.adm - datetime.timedelta(weeks=ga)
        edd = lmp + datetime.timedelta(days=280)
        para = "G%dP%d+%d" % (ri(1, 6), ri(0, 4), ri(0, 2))
        t = [ch(["OBSTETRIC ADMISSION", "LABOUR WARD CLERKING", "ANTENATAL WARD ADMISSION", "O&G CLERKING"]), when, idline(k, 0), "%s  LMP: %s  EDD: %s  GA: %dwks" % (para, fd(lmp, 0), fd(edd, 0), ga),
             "Booking: %s at %dwks" % (ch(["booked", "booked", "unbooked"]), ri(10, 24)), "",
             sec("PC", "; ".join(cc_list(k)), st), sec("HPC", hpi_text(k, False), st),
             sec("Hx of index pregnancy", ch(["Booking PCV 33%, genotype AA, RVS non-reactive, VDRL non-reactive, HBsAg negative. Received IPTp-SP x2 and TT x2.", "Uneventful until presentation. Has been on routine drugs (haematinics)."]), st),
             sec("Past obstetric hx", ch(["1st: 20%d, SVD, term, male, alive and well" % ri(5, 20), "Nil (primigravida)", "2 SVDs, 1 miscarriage at 8wks (MVA)"]), st),
             sec("Gynae hx", ch(["Menarche at 13yrs; regular cycles. No previous contraception.", "Used IUCD for 2 years, removed 2018."]), st), sec("PMH", pmh, st), "",
             *exam_lines(k, 0), "", sec("Imp", cd["dx"] if cd["sk"] == "obs" else "%s in pregnancy" % cd["short"], st), sec("Plan", "\n".join("- " + x for x in cd["plan"]), st), "", k.reg.short + " (" + k.reg.title + ")"]
    elif L == 4:
        t = [letterhead(c), ch(["ADMISSION NOTE", "HISTORY & PHYSICAL", "Admission H&P", "INPATIENT ADMISSION RECORD"]), "Patient: %s   MRN: %s   DOB: %s" % (p.full, p.hno, fd(p.dob, 0)), "Admitting team: %s / Unit %s   Date: %s" % (cd["spec"], k.unit, fd(k.adm, c.dstyle)), "",
             "CHIEF COMPLAINT: " + ", ".join(x[0] for x in cd["cc"][:2]), "", "HISTORY OF PRESENT ILLNESS:", hpi_text(k), "", "PAST HISTORY: " + pmh, "MEDICATIONS: " + dh, "SOCIAL: " + fsh,
             "REVIEW OF SYSTEMS: " + ros, "", "PHYSICAL EXAM:", *exam_lines(k, 1), "", "ASSESSMENT: " + cd["dx"] + (" (ddx: " + ", ".join(cd["ddx"]) + ")" if cd["ddx"] else ""), "PLAN:", *["  - " + x for x in cd["plan"]], "", sig(k.reg, c)]
    elif L == 5:
        tick = lambda b: "[X]" if b else "[ ]"
        t = [c.abbr + " - " + ch(["EMERGENCY MEDICAL UNIT (EMU) ADMISSION FORM", "MEDICAL ADMISSION PROFORMA", "ADMISSION PROFORMA"]), idline(k, 1), "Date: %s  Time: %s" % (fd(k.adm, 0), tm()), "Mode of arrival: %s Walk-in %s Wheelchair %s Stretcher %s Ambulance" % (tick(True), tick(False), tick(pr(0.3)), tick(False)),
             "Referred from: " + ch([c.gen, "self", "GOPD", c.gen2]), "", "1. Complaints: " + "; ".join(cc_list(k)), "2. HPC: " + hpi_text(k, False), "3. PMH: " + pmh, "   HTN %s  DM %s  Asthma %s  SCD %s  PUD %s" % (tick(cd["key"] in ("htn", "stroke")), tick(cd["key"] == "dm"), tick(False), tick(cd["key"] == "scd"), tick(cd["key"] == "pud")),
             "4. Drugs/Allergy: " + dh, "5. Social: Alcohol %s  Tobacco %s" % (tick(pr(0.3)), tick(pr(0.1))), "6. Examination:", *["   " + x for x in exam_lines(k, 0)], "7. Provisional Dx: " + cd["dx"], "8. Plan: " + "; ".join(cd["plan"][:4]), "", "Name of Doctor: %s   Sign: ______" % k.ho.name]
    else:
        t = [fd(k.adm, c.dstyle), ch(["Seen in A&E, admitted to %s" % cd["ward"], "Adm. to " + cd["ward"], "Ward admission"]), "%s, %s %s" % (p.name, agestr(p, 0), p.sex),
             "c/o " + ", ".join(cc_list(k, 3, 0)), hpi_text(k, False), "PMH: " + pmh.split(".")[0], "DH: " + dh.split(".")[0], "O/E: " + cd["exam"]["gen"] + ".",
             "BP %d/%d, P %d, T %s, RR %d" % (k.v["sbp"], k.v["dbp"], k.v["p"], k.v["t"], k.v["rr"]), *["%s - %s" % (a, cd["exam"][b]) for a, b in [("CVS", "cvs"), ("Chest", "resp"), ("Abd", "abd")] if b in cd["exam"]],
             "Imp: ?" + cd["short"], "Plan:", *["  " + x for x in cd["plan"][:5]], "", ch(["", "Dr ", "HO: "]) + k.ho.short.replace("Dr ", "")]
    return join(t)


def g_progress_note():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    st = Hs()
    L = ri(0, 6)
    d = k.adm + datetime.timedelta(days=ri(1, 6))
    improve = ch(["No new complaints", "Feels better", "Still has mild %s" % cd["cc"][0][0], "Slept well", "Pain reduced", "Tolerating orally"])
    v = k.v
    vs = "T %s, P %d, BP %d/%d, RR %d" % (round(v["t"] - rf(0.2, 1.2), 1), max(68, v["p"] - ri(5, 25)), max(100, v["sbp"] - ri(0, 30)), max(60, v["dbp"] - ri(0, 14)), max(14, v["rr"] - ri(0, 8)))
    if L == 0:
        t = ["%s  %s" % (fd(d, c.dstyle), ch(["WR", "Ward round", "Consultant WR", "SR WR", "Unit round"])) + ch(["", " with %s" % k.cons.name, " (%s)" % k.reg.short]),
             "Day %d on admission" % (d - k.adm).days if pr(0.6) else "", "S: " + improve, "O: " + ch(["Conscious, alert", "Not in distress", "Afebrile", "Mildly pale"]) + "; " + vs,
             "   " + ch(["Chest clear", "Wound clean and dry", "Abd soft, non-tender", "Pedal oedema reducing"]),
             "A: " + cd["short"] + ch([" - improving", " - responding to Rx", ", stable", ""]), "P:", *["  - " + x for x in pick(["continue current medications", "repeat FBC/E/U/Cr", "review results", "physiotherapy", "mobilise", "encourage oral intake", "consider discharge in 48hrs", "monitor vitals 4-hourly"], ri(2, 4))], "", k.ho.short]
    elif L == 1:
        t = [ch(["Seen in %s" % ch(["MOPD", "SOPD", "GOPD", cd["clinic"]]), "%s - follow-up visit" % cd["clinic"], "Review (%s)" % cd["clinic"]]), fd(d, c.dstyle), idline(k, ch([0, 2, 3])) if pr(0.5) else "",
             ch(["Known %s pt on follow up." % cd["short"], "Pt here for routine review.", "Last seen %d/52 ago." % ri(2, 12), "Returned with results."]),
             "c/o " + ch([improve.lower(), "nil complaints", cd["cc"][-1][0]]) + ". " + ch(["Drug compliance good.", "Missed drugs for about 1 week (ran out of money).", "Compliant with meds.", ""]),
             "O/E: " + ch(["NAD", "not pale, anicteric, no pedal oedema", "stable"]) + ", BP %d/%dmmHg, Wt %skg" % (max(110, v["sbp"] - ri(10, 40)), max(70, v["dbp"] - ri(5, 20)), k.v["wt"]),
             ("Results: " + "; ".join(invest_summary(k)[:2])) if pr(0.6) else "", "Imp: " + cd["short"] + ch([" - stable", " - controlled", " - improving", ""]),
             "Plan: " + ch(["continue meds", "same Rx", "refill"]) + "; " + ", ".join(m[0] for m in cd["meds"][:2]) + ". TCA %s" % ch(["4/52", "2/12", "3/12", "6/52", "1/12"]), "", k.reg.short]
    elif L == 2:
        t = [ch(["CONTINUATION SHEET", "PROGRESS NOTES", "Case Notes (contd.)", ""]), idline(k, 3), ""]
        for i in range(ri(2, 4)):
            dd = k.adm + datetime.timedelta(days=i + 1)
            t += ["%s %s" % (fd(dd, 1), tm()), ch(["Pt stable.", "Reviewed.", "Seen.", "Night review:", "Post-round:"]) + " " + ch([improve, "Febrile spike (38.2) overnight", "Vomited once", "Complains of mild pain"]) + ".",
                  vs if pr(0.6) else "", ch(["Cont. Rx", "Plan as above", "Add PCM 1g tds", "Send FBC, MP", "Increase frequency of vital signs monitoring"]), "- " + ch([k.ho.short, k.reg.short, "HO"]), ""]
    elif L == 3 and cd["op"]:
        pod = ri(1, 5)
        t = ["%s  POD %d" % (fd(d, c.dstyle), pod) if pr(0.5) else "Post-op day %d (%s)" % (pod, OPS[cd["op"]]["name"]), "S: " + ch(["Mild wound pain", "No complaints", "Passed flatus", "Ambulating"]),
             "O: Afebrile, " + vs, "   Wound: " + ch(["clean and dry", "mild serous discharge", "soakage noted, dressing changed", "intact"]) + "; drain output %dmls" % ri(10, 120) if pr(0.6) else "   Abd: soft, bowel sounds present",
             "   Fluid I/O: %d/%d mls" % (ri(1800, 3000), ri(1200, 2500)), "A: S/P " + OPS[cd["op"]]["name"] + ch([" - satisfactory", " - doing well", ""]), "P: " + ch(["commence oral sips", "remove NGT", "remove drain", "continue antibiotics", "change dressing"]) + "; " + ch(["mobilise", "chest physio", "check PCV"]), k.reg.short]
    elif L == 4:
        t = [letterhead(c, cd["clinic"]), ch(["CLINIC PROGRESS NOTE", "Outpatient Follow-up Note", "FOLLOW-UP VISIT"]), idline(k, 2), "Visit date: " + fd(d, 0), "",
             "SUBJECTIVE", "  " + improve + ". " + ch(["No side effects reported.", "Reports mild ankle swelling.", "Occasional dizziness."]), "OBJECTIVE", "  " + vs, "  " + ch(list(cd["exam"].values())),
             "ASSESSMENT", "  " + cd["dx"], "PLAN", *["  %d. %s" % (i + 1, x) for i, x in enumerate(cd["plan"][-3:])], "", sig(k.cons if pr(0.3) else k.reg, c)]
    elif L == 5:
        t = [fd(d, c.dstyle) + " " + tm(), ch(["Called to see pt", "Called by nurse to review pt", "Night call review"]) + " on account of " + ch(["high grade fever", "restlessness", "reduced urine output", "severe pain", "vomiting x3"]) + ".",
             "O/E: " + ch(["febrile (38.9\u00b0C)", "restless, not in resp distress", "BP %d/%d" % (v["sbp"], v["dbp"])]) + ", P %d/min, SpO2 %d%%" % (v["p"], v["spo2"]),
             "Imp: " + ch(["?sepsis", "?drug reaction", "pain - inadequate analgesia", "?fluid overload"]) + " in a pt with " + cd["short"],
             "Plan: " + ch(["IV PCM 1g stat; tepid sponge", "Give stat dose of analgesia", "Send blood culture, FBC", "Inform SR"]) + "; " + ch(["review in am", "monitor", "inform if worse"]), ch(["", "Thanks. "]) + k.ho.short + " (HO on call)"]
    else:
        rows = []
        for i in range(ri(3, 5)):
            dd = k.adm + datetime.timedelta(days=30 * i + ri(0, 5))
            rows.append("%-12s %-8s %-6s %-28s %s" % (fd(dd, 0), "%d/%d" % (ri(120, 175), ri(70, 100)), str(k.v["wt"] - ri(-3, 3)), ch(["stable", "improving", "no new complaint", "drug refill"]), ch(["same Rx", "cont", "add HCTZ", "increase dose", "TCA 1/12"])))
        t = [cd["clinic"].upper() + " - " + ch(["FOLLOW-UP RECORD", "REVIEW SHEET", "FLOW SHEET"]), idline(k, 0), "Dx: " + cd["short"], "", "%-12s %-8s %-6s %-28s %s" % ("Date", "BP", "Wt", "Notes", "Plan"), *rows, "", ch(["", "Seen by: " + k.reg.short])]
    return join(t)


def g_consult_note():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    st = Hs()
    L = ri(0, 5)
    frm = ch(["O&G", "General Surgery", "Internal Medicine", "Paediatrics", "Orthopaedics"])
    to = cd["spec"]
    cons = doctor(c, ch(["med", "surg"]), ch(["cons", "sr"]))
    recs = pick(cd["plan"] + ["Optimise %s before surgery" % ch(["BP", "blood glucose", "PCV"]), "Continue current management", "Will review in 48hrs", "Kindly send E/U/Cr and FBC", "Transfer to our care when stable"], ri(3, 5))
    if L == 0:
        t = [c.hosp.upper(), ch(["REQUEST FOR CONSULTATION", "INTER-DEPARTMENTAL CONSULTATION FORM", "CONSULTATION REQUEST / REPLY"]), form_code(c), idline(k), "From: %s  To: %s" % (frm, to), "Date: %s  Urgency: %s" % (fd(k.adm, 0), ch(["Routine", "Urgent", "Emergency"])),
             "Reason for consultation: " + ch(["Kindly see and advise on further management", "?%s - kindly review" % cd["short"], "Pre-operative assessment", "Please co-manage"]) + ".",
             "Requesting doctor: " + k.ho.name, "", "-" * 20 + " REPLY " + "-" * 20, "Date seen: " + fd(k.adm + datetime.timedelta(days=1), 0),
             "Findings: " + hpi_text(k, False) + " " + "; ".join(exam_lines(k, 0)[:3]), "Impression: " + cd["dx"], "Recommendations:", *["  %d. %s" % (i + 1, x) for i, x in enumerate(recs)], "", "Consultant/Resident: " + cons.name + ", " + cons.title]
    elif L == 1:
        t = [letterhead(c, "Department of " + to), fd(k.adm, 2), "", "The %s,\n%s Unit %s" % (ch(["Consultant", "Unit Head", "Senior Registrar"]), frm, k.unit), "", ch(["Dear Colleague,", "Dear Sir,", "Dear Dr %s," % k.reg.name.split()[-1]]), "",
             "RE: %s - %s" % (p.name.upper(), ch(["CONSULT REPLY", "CONSULTATION", "REVIEW"])), "", "Thank you for the consult on this %s %s %s." % (agestr(p, 4), sexw(p), ch(["who was admitted on your unit", "currently on your ward", "seen on your request"])),
             hpi_text(k, False), "On examination: " + "; ".join(exam_lines(k, 0)), "Review of investigations: " + "; ".join(invest_summary(k)[:3]) + ".", "",
             "Impression: " + cd["dx"] + (" (differentials: " + ", ".join(cd["ddx"]) + ")" if cd["ddx"] else "") + ".", "We suggest:", *["- " + x for x in recs], "", "We shall continue to follow up with you.", "", ch(["Yours sincerely,", "Thank you.", "Warm regards,"]), "", sig(cons, c)]
    elif L == 2:
        t = [fd(k.adm, c.dstyle) + "  " + tm(), ch(["%s consult reply" % to, "CONSULT NOTE (%s)" % to, "Seen on account of consult from %s" % frm, "%s review" % to]), ch(["Thanks for the consult.", "Thank you for the kind invitation.", ""]),
             "Hx as documented. " + ch(["In addition, ", "Further hx reveals "]) + T(k, cd["hpi"][-1]).lower(), "O/E: " + cd["exam"].get("local", cd["exam"]["gen"]), "BP %d/%d P %d" % (k.v["sbp"], k.v["dbp"], k.v["p"]),
             "Imp: " + cd["short"], "Recs:", *["%d) %s" % (i + 1, x) for i, x in enumerate(recs)], "Will review. " + cons.short + " (" + ch(["SR", "Reg", "Cons"]) + ", " + to + ")"]
    elif L == 3:
        t = [ch(["CARDIOLOGY PRE-OPERATIVE ASSESSMENT", "MEDICAL FITNESS REVIEW FOR SURGERY", "PRE-OP MEDICAL REVIEW"]), letterhead(c) if pr(0.4) else c.abbr, idline(k, ri(0, 4)), "Proposed surgery: " + (OPS[cd["op"]]["name"] if cd["op"] else ch(["Elective herniorrhaphy", "TAH-BSO", "Open prostatectomy"])),
             "Requested by: " + frm, "", "Comorbidities: " + ch(["Hypertension x %d yrs" % k.n, "Type 2 DM", "Nil significant", "Hypertension, obesity"]),
             "Functional capacity: " + ch([">4 METs (climbs 2 flights of stairs)", "<4 METs", "good"]), "Exam: BP %d/%dmmHg, P %d regular, heart sounds S1 S2, chest clear." % (ri(120, 150), ri(70, 95), ri(66, 90)),
             "ECG: " + ECGS[cd["ecg"] or "normal"]["concl"] + ".", "RCRI score: %d" % ri(0, 2), "ASA: " + ch(["II", "II", "III"]), "", "Opinion: " + ch(["Fit for surgery from cardiovascular standpoint", "Acceptable risk; proceed", "Defer until BP < 160/100"]) + ".",
             "Advice:", *["- " + x for x in ["Continue antihypertensives on morning of surgery (except ACE-i)", "Maintain euvolaemia intra-op", "Post-op DVT prophylaxis"][:ri(2, 3)]], "", sig(cons, c)]
    elif L == 4:
        psy = doctor(c, "med", ch(["cons", "sr"]))
        t = [letterhead(c, "Department of Psychiatry (Consultation-Liaison Service)") if pr(0.6) else "C-L PSYCHIATRY", "Date: " + fd(k.adm + datetime.timedelta(days=2), 0), idline(k, 2), "Referring unit: %s (%s)" % (cd["spec"], cd["ward"]),
             "Reason for referral: " + ch(["Low mood and poor sleep since diagnosis", "Refusal of treatment", "Confusion at night", "Expressed wish to die"]),
             "", "Background: %s %s admitted with %s." % (agestr(p, 4), sexw(p), cd["dx"]), "Mental state examination: " + ch(["Well-kempt, good rapport, psychomotor retardation. Mood 'sad', affect restricted. No perceptual abnormalities. Passive death wishes, no plan. Oriented x3. Partial insight.",
             "Fluctuating attention, disoriented to time and place, visual hallucinations at night. Poor recall.", "Anxious, preoccupied with cost of treatment. No psychotic features. Insight good."]),
             "PHQ-9: %d" % ri(6, 19), "Impression: " + ch(["Adjustment disorder with depressed mood", "Moderate depressive episode", "Delirium (multifactorial)", "Anxiety secondary to medical illness"]),
             "Recommendations:", *["- " + x for x in pick(["Supportive psychotherapy", "Tab Sertraline 50mg daily", "Tab Haloperidol 2.5mg nocte prn", "Reorientation; family to stay", "Social welfare referral for financial support", "Review in 1/52"], ri(3, 4))], "", sig(psy, c)]
    else:
        t = [ch(["SPECIALIST CONSULTATION REPORT", "Consultation", "CONSULTATION RECORD", "Specialist Opinion"]), "Patient: %s  Hosp No: %s  Ward: %s" % (p.full, p.hno, cd["ward"]), "Consultant: %s (%s)" % (cons.name, to), "Date of consultation: " + fd(k.adm, 5), "",
             sec("History", hpi_text(k), st), sec("Examination", "\n".join(exam_lines(k, 1)), st), sec("Investigations reviewed", "\n".join(invest_summary(k)), st),
             sec("Opinion", cd["dx"], st), sec("Recommendations", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(recs)), st), sec("Follow-up", ch(["Will review in 48 hours", "Refer back as needed", "Clinic in 2/52"]), st), "", cons.name]
    return join(t)


def g_operative_note():
    k = make_case(lambda x: x["op"] is not None)
    c, p, cd = k.c, k.p, k.cond
    op = OPS[cd["op"]]
    st = Hs()
    L = ri(0, 5)
    d = k.adm + datetime.timedelta(days=ri(0, 3))
    surg = k.cons if pr(0.5) else k.reg
    asst = [k.reg.name if surg is k.cons else k.ho.name] + ([k.ho.name] if pr(0.5) else [])
    an = doctor(c, "anaes", ch(["cons", "sr", "reg"]))
    s, e = ri(8, 15), 0
    dur = ri(*op["dur"])
    start = "%02d:%02d" % (s, ch([0, 10, 20, 30, 45]))
    endt = "%02d:%02d" % (s + (int(start[3:]) + dur) // 60, (int(start[3:]) + dur) % 60)
    postop = pick(["Vital signs 1/2-hourly till stable, then 4-hourly", "NPO till bowel sounds return" if cd["op"] in ("laparotomy", "myomectomy") else "Oral sips after 6 hours", "IV fluids 3L/24hrs (N/S, D5W alternating)",
                   "IV Ceftriaxone 1g 12-hourly", "IM Pentazocine 30mg 6-hourly x 48hrs", "Check PCV 24hrs post-op", "Input/output chart", "Chest physiotherapy", "Monitor drain output", "Ambulate POD 1"], ri(4, 6))
    if L == 0:
        t = [letterhead(c, "THEATRE / Department of " + cd["spec"]) if pr(0.6) else c.hosp.upper(), ch(["OPERATION NOTE", "OPERATION RECORD", "OPERATIVE REPORT", "SURGEON'S OPERATION NOTES"]), idline(k), "Date: %s   Theatre: %s" % (fd(d, c.dstyle), ch(["Main Theatre", "Theatre 2", "Emergency Theatre", "Obstetric Theatre", "Theatre 3"])),
             "Surgeon: " + surg.name, "Assistant(s): " + ", ".join(asst), "Anaesthetist: " + an.name, "Scrub nurse: " + nurse(c), "Anaesthesia: " + op["an"],
             "Pre-op diagnosis: " + cd["dx"], "Post-op diagnosis: " + ch(["Same", cd["dx"], "As above"]), "Operation: " + op["name"], "Start: %s   End: %s" % (start, endt), "",
             sec("Position", op["pos"], st), sec("Incision", op["inc"], st), sec("Findings", "\n".join("%d. %s" % (i + 1, f) for i, f in enumerate(op["findings"])), st),
             sec("Procedure", "\n".join("- " + x for x in op["steps"]), st), sec("EBL", op["ebl"], st), sec("Specimen", op["spec"], st), sec("Drain", ch(["Nil", "Tube drain in situ", "Corrugated drain", "Redivac"]), st),
             sec("Post-op orders", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(postop)), st), "", sig(surg, c)]
    elif L == 1:
        t = [ch(["Operation note dictated by %s" % surg.name, "OPERATIVE PROCEDURE REPORT", ""]), "%s %s, %s, Hosp No %s" % (p.title, p.name, agestr(p, 1), p.hno), "Date of operation: " + fd(d, 2), "",
             "INDICATION: %s %s with %s." % (agestr(p, 4), sexw(p), cd["dx"].lower()), "",
             "PROCEDURE: Under %s, with the patient %s, %s. The part was cleaned with chlorhexidine and povidone iodine and draped. A %s was made. %s." % (op["an"].lower(), op["pos"].lower(), ch(["after confirmation of consent and surgical safety checklist", "after WHO time-out"]), op["inc"].lower(), ". ".join(op["steps"])),
             "", "FINDINGS: " + "; ".join(op["findings"]) + ".", "", "Estimated blood loss was %s. %s. Patient was transferred to the recovery room in %s condition." % (op["ebl"], ch(["No intra-operative complication", "Procedure was uneventful", "There were no complications"]), ch(["stable", "satisfactory", "good"])),
             "Specimen: " + op["spec"] + ch([" - sent for histology.", ".", " (to histopathology)."]), "", surg.name + ", " + surg.title]
    elif L == 2:
        t = [fd(d, 1) + ch([" - Op note", " OPERATION NOTE", ""]), "Op: " + op["name"], "Surgeon: " + surg.short + "  Asst: " + k.ho.short, "Anaes: " + op["an"].split("(")[0] + "/ " + an.short,
             "Ind: " + cd["short"], "Findings:", *["- " + f for f in op["findings"]], "Proc: " + ch(["As per standard technique", "; ".join(op["steps"][:3]) + "..."]), "EBL ~" + op["ebl"], "Post-op:", *["- " + x for x in postop[:4]], "", surg.short]
    elif L == 3:
        t = [ch(["THEATRE REGISTER / OPERATION NOTE", "SURGICAL PROCEDURE RECORD", "PROCEDURE RECORD - THEATRE"]), form_code(c, "TH"), "%-22s %s" % ("Patient name:", p.full), "%-22s %s" % ("Age/Sex:", agestr(p, 2)), "%-22s %s" % ("Folder/Hosp No:", p.hno),
             "%-22s %s" % ("Ward:", cd["ward"]), "%-22s %s" % ("Date:", fd(d, 0)), "%-22s %s" % ("Elective/Emergency:", ch(["Elective", "Emergency"])), "%-22s %s" % ("Diagnosis:", cd["dx"]), "%-22s %s" % ("Procedure:", op["name"]),
             "%-22s %s" % ("Surgeon:", surg.name), "%-22s %s" % ("Anaesthetist:", an.name), "%-22s %s" % ("Type of anaesthesia:", op["an"]), "%-22s %s - %s (%d mins)" % ("Time:", start, endt, dur),
             "%-22s %s" % ("Swab/instrument count:", ch(["Correct", "Complete and correct", "Correct x2"])), "%-22s %s" % ("Blood loss:", op["ebl"]), "%-22s %s" % ("Blood transfused:", ch(["Nil", "1 unit", "Nil"])),
             "Operative findings:", *["   " + f for f in op["findings"]], "%-22s %s" % ("Complications:", ch(["Nil", "None"])), "%-22s %s" % ("Specimen:", op["spec"]), "", "Signature of Surgeon: ____________"]
    elif L == 4:
        t = [letterhead(c), ch(["Operation Report", "Op Note", "Report of Surgery"]), idline(k, 4), "", "Date: %s" % fd(d, 5), "Pre-operative diagnosis: " + cd["dx"], "Procedure performed: " + op["name"],
             "Team: %s (surgeon); %s (assistant); %s (anaesthesia)" % (surg.name, asst[0], an.name), "", "Description:", "\n".join("%s." % x for x in [op["inc"]] + op["steps"]), "", "Intra-operative findings: " + ", ".join(op["findings"]).lower() + ".",
             "Blood loss: %s; urine output %dmls." % (op["ebl"], ri(100, 600)), "Disposition: Recovery room, then " + cd["ward"] + ".", "", "Plan:", *["  - " + x for x in postop], "", sig(surg, c)]
    else:
        t = ["%s %s" % (fd(d, c.dstyle), tm()), ch(["Pt taken to theatre", "Surgery done", "Procedure done in theatre"]) + ": " + op["name"] + " under " + op["an"].split("(")[0].strip().lower() + ".",
             "Findings: " + "; ".join(op["findings"][:3]) + ".", "EBL %s. %s" % (op["ebl"], ch(["No complication.", "Uneventful.", ""])), "Specimen %s." % op["spec"].lower(), "Post-op Rx:", *["%d. %s" % (i + 1, x) for i, x in enumerate(postop)], "", ch(["", "Thanks, "]) + surg.short + ch([" (SR)", " (Cons.)", ""])]
    return join(t)


def g_procedure_note():
    key = ch(list(PROCS.keys()))
    pc = PROCS[key]
    if pc["cond"]:
        k = make_case(cond=COND[pc["cond"]])
        indic = cd_ind = k.cond["dx"]
    else:
        k = make_case(lambda x: x["sk"] == "med" and x["sex"] is None and x["age"][0] >= 18)
        indic = pc["indic"]
        k.cond = dict(k.cond)
        k.cond["dx"] = ch(["Under evaluation", "See indication"])
    c, p = k.c, k.p
    st = Hs()
    L = ri(0, 5)
    opr = doctor(c, "med", ch(["cons", "sr", "reg"]))
    d = k.adm + datetime.timedelta(days=ri(0, 3))
    if L == 0:
        t = [letterhead(c, ch(["Endoscopy Unit", "Procedure Room", "Medical Day Case Unit", "Cardiac Catheterisation Lab", "Neurophysiology Lab", "Chest Unit"])), ch(["PROCEDURE REPORT", pc["name"].upper(), "PROCEDURE NOTE", "REPORT"]), idline(k), "Date: " + fd(d, c.dstyle),
             "Procedure: " + pc["name"], "Indication: " + indic, "Operator: " + opr.name, "Consent: " + ch(["Written informed consent obtained", "Informed consent obtained from patient", "Consent signed by parent" if p.age < 16 else "Verbal and written consent"]),
             "Sedation/anaesthesia: " + pc["sed"], "Equipment: " + pc["scope"], "", sec("Findings", "\n".join("- " + f for f in pc["findings"]), st), sec("Conclusion", pc["concl"], st), sec("Complications", pc["comp"], st),
             pc["extra"], sec("Recommendations", ch(["Continue current treatment; await results", "Review in clinic with histology", "Observe for 4 hours post-procedure", "As per primary team"]), st), "", sig(opr, c)]
    elif L == 1:
        t = ["%s  %s" % (fd(d, c.dstyle), tm()), ch(["Procedure note", "PROCEDURE:", "Bedside procedure"]) + " " + pc["name"], "Ind: " + indic, "Consent obtained. " + ch(["Time-out done.", "Aseptic technique.", "Pt positioned appropriately."]),
             "LA/Sedation: " + pc["sed"], *["- " + f for f in pc["findings"]], "Comp: " + pc["comp"], "Plan: " + ch(["monitor vitals 1/2 hourly x 4", "send samples", "CXR post procedure", "bed rest x 6 hrs"]), "", opr.short]
    elif L == 2:
        t = [c.hosp, ch(["ENDOSCOPY / PROCEDURE REPORT", "Diagnostic Procedures Unit", "Special Procedures"]), "-" * 40, "Patient: %-28s Age: %s  Sex: %s" % (p.full, agestr(p, 0), p.sex), "Hosp No: %-27s Referred by: %s" % (p.hno, k.reg.name),
             "Date: " + fd(d, 0), "", "PROCEDURE: " + pc["name"], "INSTRUMENT: " + pc["scope"], "PREMEDICATION: " + pc["sed"], "CLINICAL DETAILS: " + indic, "", "REPORT:", *["  " + f + "." for f in pc["findings"]], "",
             "IMPRESSION: " + pc["concl"], pc["extra"], "", "Endoscopist/Operator: " + opr.name + ", " + opr.q]
    elif L == 3:
        t = [ch(["Procedure", "PROCEDURE RECORD", "Bedside Procedure Checklist & Note"]), idline(k, 3), "", "PRE-PROCEDURE", "  Patient identity confirmed [X]  Consent signed [X]  Site marked [%s]  Coagulation checked [%s]" % (ch("X "), ch("X ")),
             "  Allergies: " + ch(["NKDA", "None known", "Penicillin"]), "  Vitals: BP %d/%d, P %d, SpO2 %d%%" % (k.v["sbp"], k.v["dbp"], k.v["p"], k.v["spo2"]), "PROCEDURE: " + pc["name"], "  Operator: %s   Assistant: %s" % (opr.name, nurse(c)),
             "  Anaesthesia: " + pc["sed"], "  " + "; ".join(pc["findings"]), "POST-PROCEDURE", "  Complications: " + pc["comp"], "  Samples sent: " + ch(["Yes", "Yes - see lab forms", "N/A"]), "  Outcome: " + pc["concl"], "", "Time completed: " + tm()]
    elif L == 4:
        t = [letterhead(c), fd(d, 2), "", idline(k, 5), "", "%s %s" % (ch(["This", "The above named"]), ch(["%s %s was seen for %s today." % (agestr(p, 4), sexw(p), pc["name"].lower()), "patient underwent %s." % pc["name"].lower()])),
             "The indication was %s." % indic[0].lower() + indic[1:], "Under %s, using %s, the following were noted: %s." % (pc["sed"].lower(), pc["scope"], "; ".join(x[0].lower() + x[1:] for x in pc["findings"])),
             "%s Complications: %s." % (pc["extra"], pc["comp"].lower()), "", "Conclusion: " + pc["concl"], "", opr.name, opr.title + ", " + ch(["Gastroenterology", "Pulmonology", "Cardiology", "Neurology", "Internal Medicine", "Nephrology"])]
    else:
        t = [ch(["NOTE:", "Procedure done -", "Addendum:"]) + " " + pc["name"] + " " + fd(d, 1), "Operator: %s; supervised by %s" % (k.reg.short, opr.short) if pr(0.5) else "By: " + opr.short, indic,
             "\n".join(pc["findings"]), pc["concl"], "EBL: negligible" if pr(0.5) else "", "Pt tolerated procedure well."]
    return join(t)


def g_lab_report():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 6)
    panels = pick(cd["panels"], ri(1, 3))
    d = k.adm + datetime.timedelta(days=ri(0, 2))
    lab_no = ch(["LAB/%d/%s" % (c.year, digits(5)), "%s%s" % (ch("HCMB"), digits(6)), digits(7)])
    sci = ch(["MLS " + pname(c, ch("MF"))[2], "Mr. %s (MLS)" % pname(c, "M")[2], "%s, AMLSCN" % pname(c, ch("MF"))[2], "%s (Biomedical Scientist)" % pname(c, ch("MF"))[2]])
    path = doctor(c, "path", "cons")

    def table(panel, w=24):
        out = [panel_title(panel)]
        for a, v, u, ref, fl in lab_values(cd, panel):
            if ref:
                out.append("%s %s %s %s %s" % (a.ljust(w), v.ljust(8), fl.ljust(2), u.ljust(12), ref))
            else:
                out.append("%s %s" % (a.ljust(w), v))
        return out
    if L == 0:
        t = [letterhead(c, ch(["DEPARTMENT OF CHEMICAL PATHOLOGY", "DEPARTMENT OF HAEMATOLOGY & BLOOD TRANSFUSION", "LABORATORY SERVICES", "DEPARTMENT OF MEDICAL MICROBIOLOGY & PARASITOLOGY"])), ch(["LABORATORY REPORT", "RESULT", "REPORT FORM", ""]),
             "Lab No: %s   Date received: %s   Date reported: %s" % (lab_no, fd(d, 0), fd(d + datetime.timedelta(days=ri(0, 2)), 0)), idline(k, 0), "Ward/Clinic: %s   Requesting Dr: %s" % (ch([cd["ward"], cd["clinic"]]), k.ho.name),
             "Clinical details: " + ch([cd["short"], "?" + cd["short"], cd["dx"]]), "", "%s %s %s %s %s" % ("TEST".ljust(24), "RESULT".ljust(8), "  ", "UNIT".ljust(12), "REF. RANGE")]
        for pn in panels:
            t += table(pn) + [""]
        t += ["Comment: " + ch(["", "Please correlate clinically.", "Sample haemolysed - repeat K+ advised." if "EUCR" in panels else "", "Critical value communicated to ward."]), "Checked by: " + sci, "Authorised: " + path.name]
    elif L == 1:
        t = [c.hosp.upper(), ch(["LABORATORY REQUEST FORM", "INVESTIGATION REQUEST & REPORT", "REQUEST FOR LABORATORY INVESTIGATION"]), form_code(c, "LAB"), "Name: %s  Age: %s  Sex: %s" % (p.full, agestr(p, 0), p.sex), "Hosp No: %s  Ward: %s" % (p.hno, cd["ward"]),
             "Specimen: " + ch(["Blood (EDTA)", "Clotted blood", "Blood (fluoride oxalate)", "Urine", "Blood"]), "Date/time collected: %s %s" % (fd(d, 1), tm()), "Clinical summary: " + "; ".join(x[0] for x in cd["cc"][:2]) + ". ?" + cd["short"],
             "Investigation(s) requested: " + ", ".join(panel_title(x).split(" - ")[-1].title() for x in panels), "Doctor's name/sign: " + k.ho.short, "", "---- FOR LABORATORY USE ONLY ----"]
        for pn in panels:
            t += ["%s: %s" % (a, v + (" " + u if u and u != "%" else ("%" if u == "%" else ""))) for a, v, u, ref, fl in lab_values(cd, pn)]
        t += ["Sci: " + sci, "Date: " + fd(d, 1)]
    elif L == 2:
        pn = panels[0]
        vals = lab_values(cd, pn)
        t = [c.abbr + " LAB", p.name.upper() + "  " + p.hno, fd(d, 0), panel_title(pn) + ":", *["%s = %s%s%s" % (a, v, (" " + u) if u else "", " *" if fl else "") for a, v, u, ref, fl in vals], ch(["", "sgd", "MLS"])]
    elif L == 3:
        t = [letterhead(c, "Department of Medical Microbiology"), ch(["MICROBIOLOGY REPORT", "CULTURE & SENSITIVITY REPORT", "M/C/S RESULT"]), idline(k, 4), "Lab No: " + lab_no, "Specimen: " + ch(["Urine (MSU)", "Blood culture", "Wound swab", "High vaginal swab", "Sputum"]),
             "Date received: " + fd(d, 0), "", "Macroscopy: " + ch(["Turbid", "Purulent", "Clear", "Blood stained"]), "Microscopy: " + ch(["Pus cells +++, RBC +, epithelial cells +", "Pus cells 10-15/hpf, yeast cells not seen", "Gram negative rods seen"]),
             "Culture: " + ch(["Heavy growth of Escherichia coli (>10^5 cfu/ml)", "Moderate growth of Klebsiella pneumoniae", "Staphylococcus aureus isolated", "No growth after 48hrs incubation at 37\u00b0C"]), "", "Sensitivity:"]
        for ab in pick(["Ceftriaxone", "Ciprofloxacin", "Gentamicin", "Nitrofurantoin", "Amoxicillin-clavulanate", "Ceftazidime", "Meropenem", "Cotrimoxazole", "Ampicillin", "Levofloxacin", "Amikacin"], ri(5, 8)):
            t.append("  %-26s %s" % (ab, ch(["S", "S", "R", "I", "R"])))
        t += ["", "S - Sensitive, R - Resistant, I - Intermediate", "Microbiologist: " + path.name]
    elif L == 4:
        t = [ch(["%s Diagnostic Laboratories" % ch(["Unique", "Trinity", "Goodhope", "Emel", "Crystal"]), "%s Medical Laboratory Services Ltd" % ch(["Precious", "Sure-Line", "Mount Sinai", "Ebenezer"])]), "Plot %d, %s   Tel: %s" % (ri(1, 99), ch(c.street), phone(c.country)),
             ch(["(Accredited)", "RC %s" % digits(6), ""]), "=" * 50, "Patient: %s %s     Age/Sex: %s" % (p.title, p.name, agestr(p, 2)), "Referred by: %s, %s" % (k.reg.name, ch([c.gen, c.hosp])), "Sample ID: %s    Date: %s" % (lab_no, fd(d, 5)), ""]
        for pn in panels:
            t += ["== " + panel_title(pn) + " =="] + ["  %-22s : %-10s %-10s [%s]" % (a, v, u, ref) if ref else "  %-22s : %s" % (a, v) for a, v, u, ref, fl in lab_values(cd, pn)] + [""]
        t += ["*** End of report ***", "Medical Lab Scientist: " + sci]
    elif L == 5:
        pn = ch(panels)
        vals = [lab_values(cd, pn) for _ in range(3)]
        dates = [fd(d + datetime.timedelta(days=2 * i), 7) for i in range(3)]
        t = [c.hosp, ch(["CUMULATIVE REPORT", "SERIAL RESULTS", "Trend report"]), idline(k, 2), panel_title(pn), "%-22s %-10s %-10s %-10s %s" % ("Test", dates[0], dates[1], dates[2], "Ref")]
        for i in range(len(vals[0])):
            t.append("%-22s %-10s %-10s %-10s %s" % (vals[0][i][0], vals[0][i][1], vals[1][i][1], vals[2][i][1], vals[0][i][3]))
        t += ["", "Printed by " + sci]
    else:
        t = [ch(["RAPID DIAGNOSTIC TEST / SEROLOGY", "SCREENING RESULTS", "SEROLOGY & PARASITOLOGY"]), c.hosp, "Name: %s  Hosp No: %s" % (p.full, p.hno), "Date: " + fd(d, 0), "",
             "Malaria RDT (HRP2): " + ("POSITIVE" if cd["key"] == "malaria" else ch(["Negative", "Negative"])), "Malaria microscopy: " + cd["labs"].get("Malaria parasite", "Not seen"), "HBsAg: " + cd["labs"].get("HBsAg", "Negative"), "Anti-HCV: Negative",
             "HIV 1&2 (Determine/Unigold): " + ("Reactive" if cd["key"] in ("tb", "hiv") else "Non-reactive"), "VDRL: Non-reactive", "Pregnancy test: " + ("Positive" if cd["key"] == "preeclampsia" else ("Negative" if p.sex == "F" else "N/A")), "", "Performed by: " + sci]
    return join(t)


def g_imaging_report():
    k = make_case(lambda x: len(x["img"]) > 0)
    c, p, cd = k.c, k.p, k.cond
    mod, exam, find, imp = ch(cd["img"])
    L = ri(0, 5)
    rad = doctor(c, "rad" if mod != "ECHO" else "med", ch(["cons", "sr", "reg"]))
    d = k.adm + datetime.timedelta(days=ri(0, 3))
    xno = ch(["XR/%s/%d" % (digits(5), c.year), "US-%s" % digits(6), "Rad No: %s" % digits(5), "%s%s" % (mod[:2], digits(6))])
    clin = ch([cd["short"], "?" + cd["short"], "; ".join(x[0] for x in cd["cc"][:2]), cd["dx"]])
    if mod == "ECHO":
        meas = "Measurements: AoR %dmm, LA %dmm, IVSd %dmm, LVIDd %dmm, LVPWd %dmm, LVIDs %dmm, EF %s, FS %d%%, TAPSE %dmm" % (ri(26, 34), ri(36, 48), ri(9, 15), ri(44, 70), ri(9, 14), ri(28, 58), ("%d%%" % ri(22, 62)) if "EF" not in find else find.split("EF")[1].split("%")[0].replace(" ", "").replace("(Simpson's)", "").strip(",.") + "%", ri(12, 36), ri(14, 24))
        if "EF 58" in find:
            meas = "Measurements: AoR 31mm, LA 42mm, IVSd 14mm, LVIDd 48mm, LVPWd 13mm, EF 58%, FS 31%, TAPSE 20mm"
        if "24%" in find:
            meas = "Measurements: AoR 30mm, LA 49mm, IVSd 8mm, LVIDd 68mm, LVPWd 8mm, LVIDs 60mm, EF 24%, FS 12%, TAPSE 14mm"
    else:
        meas = ""
    if L == 0:
        t = [letterhead(c, ch(["DEPARTMENT OF RADIOLOGY", "RADIOLOGY DEPARTMENT", "Department of Radiology & Imaging", "CARDIOLOGY UNIT - ECHO LAB" if mod == "ECHO" else "RADIODIAGNOSIS"])), ch(["RADIOLOGY REPORT", "REPORT", "", exam.upper()]),
             "Name: %s   Age: %s   Sex: %s" % (p.full, agestr(p, 1), p.sex), "Hosp No: %s   %s" % (p.hno, xno), "Referring physician: %s (%s)" % (k.reg.name, cd["spec"]), "Date: " + fd(d, c.dstyle), "",
             "EXAMINATION: " + exam, "CLINICAL INFORMATION: " + clin, "", "FINDINGS:", find, meas, "", ch(["IMPRESSION:", "CONCLUSION:", "OPINION:"]), imp, "", ch(["", "Recommend clinical correlation.", "Suggest follow-up study.", "Compared with no prior study."]), "", sig(rad, c)]
    elif L == 1:
        t = [c.hosp.upper(), ch(["RADIOLOGY REQUEST FORM", "REQUEST FOR X-RAY / ULTRASOUND EXAMINATION", "IMAGING REQUEST AND REPORT FORM"]), form_code(c, "RAD"), "Surname: %s  Other names: %s  Age: %s  Sex: %s" % (p.sur.upper(), p.first, agestr(p, 0), p.sex),
             "Ward/Clinic: %s   Hosp No: %s" % (ch([cd["ward"], cd["clinic"]]), p.hno), "Examination requested: " + exam, "Relevant clinical history: " + hpi_text(k, False)[:200], "LMP (females 12-50yrs): " + (ch(["__/__/__", fd(d - datetime.timedelta(days=ri(5, 25)), 1)]) if p.sex == "F" else "N/A"),
             "Requesting doctor: " + k.ho.name, "", "--- REPORT ---", find, meas, "IMP: " + imp, "Radiologist: " + rad.short, fd(d, 1)]
    elif L == 2:
        t = [ch(["%s Diagnostic & Imaging Centre" % ch(["Clearview", "Royal", "Sonoscan", "Maranatha", "Goldcrest"]), "%s Scan Centre" % ch(["Life Line", "Shalom", "Precise"])]), "%s, %s   Tel: %s" % (ch(c.street), c.town, phone(c.country)), "=" * 48,
             "Patient: %s %s   Age: %s" % (p.title, p.name, agestr(p, 0)), "Ref. by: %s, %s" % (k.reg.name, c.hosp), "Date: " + fd(d, 6), "", ch(["ULTRASOUND REPORT", "SCAN REPORT", "REPORT"]) if mod == "USS" else exam.upper(),
             "Exam: " + exam, "", find, meas, "", "CONCLUSION: " + imp, "", "Sonologist: " + rad.name + ch(["", " (Consultant Radiologist)"]), ch(["", "Thanks for the referral."])]
    elif L == 3:
        t = [exam.upper() + ch([":", ""]), "Date: " + fd(d, 0), "Pt: %s, %s, %s" % (p.name, agestr(p, 2), p.hno), "", "Clinical: " + clin, "", find, "", "Impression: " + imp, "", rad.name, rad.title + ", Radiology"]
    elif L == 4:
        fs = [s.strip() + "." for s in find.split(".") if s.strip()]
        t = [letterhead(c, "Imaging Department"), ch(["Diagnostic Imaging Report", "IMAGING REPORT", "Report of Examination"]), idline(k, 4), "Accession: " + xno, "Modality: " + {"X-RAY": "CR", "USS": "US", "CT": "CT", "ECHO": "Echo", "MAMMO": "MG"}.get(mod, mod), "Study: " + exam,
             "Technique: " + ch(["Standard projections obtained.", "Real-time grey-scale and colour Doppler sonography.", "Axial sections from skull base to vertex without contrast.", "Standard views (CC and MLO).", "2D, M-mode and Doppler echocardiography."]), "Comparison: " + ch(["None available.", "None.", "No prior."]), "",
             "Findings:", *["  " + s for s in fs], meas, "", "Impression:", "  1. " + imp, ("  2. " + ch(["No other significant abnormality.", "Clinical correlation advised."])) if pr(0.5) else "", "", "Reported by: %s   Verified: %s" % (rad.name, fd(d + datetime.timedelta(days=ri(0, 1)), 0))]
    else:
        t = [c.abbr + " - " + ch(["X-RAY REPORT SLIP", "Radiology Result", "Report"]), "%s  |  %s  |  %s" % (p.full, p.hno, fd(d, 1)), exam, "Report: " + find.split(".")[0] + ". " + ch(find.split(".")[1:-1] or [""]) + ".", "Imp: " + imp, "- " + rad.short]
    return join(t)


def g_pathology_report():
    L = ri(0, 6)
    key = ch(list(PATH.keys()))
    ph = PATH[key]
    if ph["cond"]:
        k = make_case(cond=COND[ph["cond"]])
    elif key in ("cervix", "endometrium"):
        k = make_case(cond=COND["fibroid"])
    elif key == "prostatebx":
        k = make_case(cond=COND["bph"])
    else:
        k = make_case(cond=COND["hiv"] if key == "lymphnode" else COND["dm"])
    c, p, cd = k.c, k.p, k.cond
    if key in ("cervix",):
        p.age = ri(38, 70)
    pth = doctor(c, "path", ch(["cons", "sr"]))
    d = k.adm + datetime.timedelta(days=ri(5, 21))
    sno = ch(["S%s/%02d" % (digits(4), c.year % 100), "HP/%d/%s" % (c.year, digits(4)), "%s-%s" % (ch(["SP", "H", "B"]), digits(5))])
    clin = {"cervix": "Post-coital bleeding x 4/12; friable cervical growth on speculum exam. ?Ca cervix",
            "endometrium": "Abnormal uterine bleeding in a %d year old woman" % p.age, "prostatebx": "LUTS; PSA 24ng/ml; hard nodular prostate on DRE",
            "lymphnode": "Matted cervical lymphadenopathy; RVD positive", "skin": "Non-healing pigmented plantar ulcer x 8/12"}.get(key, cd["dx"])
    if key == "fnac_thy" or (L == 6):
        # cytology layout
        cy = ch([("FNAC - thyroid (right lobe)", "Smears show abundant thin colloid with scattered sheets of benign follicular cells in honeycomb arrangement and haemosiderin-laden macrophages.", "Benign follicular nodule (colloid goitre). Bethesda category II."),
                 ("Cervical smear (Pap)", "Conventional smear; satisfactory for evaluation, endocervical component present. Superficial and intermediate squamous cells. No koilocytes. Few inflammatory cells.", "Negative for intraepithelial lesion or malignancy (NILM)."),
                 ("FNAC - left breast lump", "Cellular smears with pleomorphic ductal epithelial cells singly and in loose clusters, high N:C ratio, coarse chromatin; background necrosis.", "Positive for malignant cells - consistent with ductal carcinoma (C5)."),
                 ("Pleural fluid cytology", "Cell block and smears show numerous mature lymphocytes, few mesothelial cells. No malignant cells.", "Lymphocytic effusion - ?tuberculous. Negative for malignancy.")])
        t = [letterhead(c, "Department of Anatomic Pathology - Cytology Unit"), ch(["CYTOPATHOLOGY REPORT", "CYTOLOGY REPORT", "REPORT ON CYTOLOGY"]), "Cyto No: C%s/%02d" % (digits(4), c.year % 100), "Name: %s  Age: %s  Sex: %s  Hosp No: %s" % (p.full, agestr(p, 0), p.sex, p.hno),
             "Specimen: " + cy[0], "Date received: " + fd(d, 0), "", "Microscopy: " + cy[1], "", "DIAGNOSIS: " + cy[2], "", pth.name, pth.q, "Consultant Pathologist"]
        return join(t)
    dx = ph["dx"]
    if L == 0:
        t = [letterhead(c, ch(["DEPARTMENT OF ANATOMIC PATHOLOGY", "DEPARTMENT OF HISTOPATHOLOGY", "Department of Pathology"])), ch(["HISTOPATHOLOGY REPORT", "SURGICAL PATHOLOGY REPORT", "REPORT"]), "Lab No: " + sno, idline(k, 0),
             "Ward/Clinic: %s   Surgeon: %s" % (cd["ward"], k.cons.name), "Date received: %s    Date reported: %s" % (fd(d - datetime.timedelta(days=ri(5, 14)), 0), fd(d, 0)), "", "CLINICAL DETAILS: " + clin, "SPECIMEN: " + ph["spec"], "",
             "MACROSCOPY:", ph["gross"], "", "MICROSCOPY:", ph["micro"], "", "DIAGNOSIS:", dx.upper() if pr(0.4) else dx, "", sig(pth, c)]
    elif L == 1:
        t = [c.hosp.upper(), ch(["REQUEST FOR HISTOLOGICAL EXAMINATION", "HISTOPATHOLOGY REQUEST/REPORT FORM"]), form_code(c, "PATH"), "Surname: %s   Other names: %s %s   Age: %s   Sex: %s" % (p.sur.upper(), p.first, p.middle, agestr(p, 0), p.sex), "Hosp No: " + p.hno,
             "Nature of specimen: " + ph["spec"], "Clinical summary: " + clin, "Previous biopsy: " + ch(["Nil", "None", "No"]), "Surgeon: " + k.reg.name, "Date of operation: " + fd(d - datetime.timedelta(days=ri(7, 20)), 1), "",
             "======== REPORT ========", "Gross: " + ph["gross"], "Micro: " + ph["micro"], "Dx: " + dx, "", "Pathologist: " + pth.short + "   Date: " + fd(d, 1)]
    elif L == 2:
        t = [ch(["SURGICAL PATHOLOGY", "Histology report"]), "Accession #: " + sno, "Patient: %s | %s | %s" % (p.full, agestr(p, 2), p.hno), "", "FINAL DIAGNOSIS:", "  " + ph["spec"] + ":", "  - " + dx.replace(". ", ".\n  - "), "",
             "CLINICAL HISTORY: " + clin, "", "GROSS DESCRIPTION: " + ph["gross"], "", "MICROSCOPIC DESCRIPTION: " + ph["micro"], "", "Electronically signed by %s on %s" % (pth.name, fd(d, 0)) if pr(0.4) else pth.name]
    elif L == 3:
        t = [letterhead(c, "Histopathology"), "%s  %s" % (sno, fd(d, 5)), idline(k, 3), "", "Specimen: " + ph["spec"], "", "REPORT", ph["gross"], ph["micro"], "", "CONCLUSION: " + dx, "", ch(["Comment: Please correlate with clinical findings.", "Comment: Kindly refer patient to oncology.", ""]), pth.name]
    elif L == 4:
        t = [c.abbr + " " + ch(["Path Lab", "Histopathology Lab"]), "Report for %s (%s)" % (p.name, p.hno), "", "Dear %s," % k.cons.short, "Re: %s" % ph["spec"], "The specimen: " + ph["gross"], "Sections show: " + ph["micro"], "Diagnosis: " + dx,
             "Blocks and slides retained in the department.", "", pth.name + ", " + pth.q]
    else:
        t = [letterhead(c, "Department of Pathology"), ch(["PATHOLOGY CONSULTATION REPORT", "HISTOLOGY REVIEW / SECOND OPINION", "ADDENDUM REPORT"]), idline(k, 4), "Our ref: %s   Your ref: %s/%s" % (sno, c.gen.split(",")[0][:3].upper(), digits(4)),
             "Material received: %d blocks and %d slides from %s" % (ri(1, 4), ri(1, 6), c.gen), "Clinical: " + clin, "", "Review of the submitted material shows: " + ph["micro"], "", "OPINION: " + dx, ch(["Agree with the referring diagnosis.", "Immunohistochemistry recommended.", ""]), "", sig(pth, c)]
    return join(t)


def g_medication_list():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 5)
    meds = list(cd["meds"])
    extra = [("Tab Vitamin B complex", "2 tabs", "PO", "tds", "1/12"), ("Tab Paracetamol", "1g", "PO", "8-hourly", "prn"), ("Tab Ferrous sulphate", "200mg", "PO", "daily", "1/12"),
             ("Tab Omeprazole", "20mg", "PO", "daily", "1/12"), ("Tab Aspirin", "75mg", "PO", "daily", "ongoing"), ("Tab Folic acid", "5mg", "PO", "daily", "ongoing")]
    if pr(0.5):
        meds += pick(extra, ri(1, 2))
    d = k.adm
    if L == 0:
        t = [c.hosp.upper(), ch(["DRUG ADMINISTRATION CHART", "TREATMENT CHART", "MEDICATION ADMINISTRATION RECORD", "DRUG CHART"]), idline(k, 3), "Allergies: " + ch(["NKDA", "Nil known", "SULPHA", "None"]), "Wt: %skg" % k.v["wt"], "",
             "%-32s %-10s %-6s %-10s %-10s %s" % ("Drug", "Dose", "Route", "Freq", "Start", "Times given / Initials")]
        for m in meds:
            times = " ".join(ch(["06", "08", "12", "14", "18", "20", "22", "24"]) + "/" + ch(["AO", "BK", "NU", "FE", "SO", "..."]) for _ in range(ri(2, 5)))
            t.append("%-32s %-10s %-6s %-10s %-10s %s" % (m[0][:32], m[1][:10], m[2], m[3][:10], fd(d, 7), times))
        t += ["", "Prescriber: " + k.ho.short, "Pharmacist check: " + ch(["", "Pharm. " + pname(c, ch("MF"))[2]])]
    elif L == 1:
        t = [letterhead(c, "Pharmacy Department"), ch(["MEDICATION RECONCILIATION FORM", "MEDICINES RECONCILIATION ON ADMISSION", "Medication Reconciliation"]), idline(k, 0), "Date: " + fd(d, 0), "Source of information: " + ch(["Patient", "Relative", "Patient's drug bag", "Previous case note"]), "",
             "%-30s %-10s %-10s %-12s %s" % ("Medication (pre-admission)", "Dose", "Freq", "Decision", "Comment")]
        pre = meds[:ri(2, len(meds))] + ([("Herbal mixture (agbo/bitters)", "1 cup", "PO", "daily", "")] if pr(0.5) else [])
        for m in pre:
            dec = ch(["Continue", "Continue", "Withhold", "Stop", "Change dose"])
            t.append("%-30s %-10s %-10s %-12s %s" % (m[0][:30], m[1][:10], m[3][:10], dec, ch(["", "pt to bring supply", "interaction checked", "renal dose", "not evidence-based" if "Herbal" in m[0] else ""])))
        t += ["", "Reconciled by: Pharm. %s %s" % pname(c, ch("MF"))[::2], "Doctor: " + k.ho.name]
    elif L == 2:
        t = [ch(["Current meds:", "Drug list", "DRUG HISTORY", "Medications"]), p.name + " - " + cd["short"], *["%d. %s" % (i + 1, med_line(m, 2)) for i, m in enumerate(meds)], "", ch(["(as of %s)" % fd(d, 1), "Updated " + fd(d, 1), ""])]
    elif L == 3:
        t = [letterhead(c, cd["clinic"]), ch(["CHRONIC MEDICATION PROFILE", "LONG-TERM MEDICATION RECORD", "Repeat Prescription Record"]), "Name: %s   Hosp No: %s   %s No: %s" % (p.full, p.hno, c.scheme, p.ins), "Diagnosis: " + cd["dx"], "",
             "%-12s %-30s %-12s %-10s %s" % ("Date", "Drug", "Dose", "Qty", "Dispensed")]
        for i in range(ri(4, 8)):
            m = ch(meds)
            t.append("%-12s %-30s %-12s %-10s %s" % (fd(d + datetime.timedelta(days=30 * (i // 2)), 0), m[0][:30], m[1][:12], "%d tabs" % ri(14, 90), ch(["Yes", "Yes", "Out of stock", "Partial"])))
        t += ["", "Allergies: " + ch(["NKDA", "Nil"])]
    elif L == 4:
        t = [c.hosp, ch(["DISCHARGE MEDICATIONS / TTO", "TTO (To Take Out)", "Medicines on Discharge"]), idline(k, 2), "Ward: " + cd["ward"], ""]
        for m in meds:
            t.append("[%s] %s %s - %s x %s  %s" % (ch(["new", "cont", "changed", "cont"]), m[0], m[1], m[3], m[4], ch(["", "(supplied)", "(buy outside)", "(NHIS)"])))
        t += ["", "Stopped during admission: " + ch(["Nil", "Tab Diclofenac", "herbal medications", "Glibenclamide (hypoglycaemia)"]), "Counselled by: Pharm. " + pname(c, ch("MF"))[2]]
    else:
        t = ["Name: " + p.name, "Meds I take:" if pr(0.5) else "MY DRUGS", *["- " + m[0].replace("Tab ", "").replace("IV ", "").replace("IM ", "") + " " + m[1] + " " + ch([m[3], "morning", "night", "every day"]) for m in meds if m[2] in ("PO", "TOP", "SC", "PO/NG")],
             ch(["", "Dr " + k.reg.name.split()[-1] + " at " + c.abbr, "Clinic: " + cd["clinic"]]), ch(["Pharmacy: %s Chemist" % ch(["Jossy", "Olive", "Divine", "Mega"]), ""])]
    return join(t)


def g_prescription():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 5)
    meds = [m for m in cd["meds"] if m[2] not in ("IV", "IV/IM")] or cd["meds"]
    meds = pick(meds, ri(1, min(4, len(meds))))
    d = k.adm
    qty = lambda m: ch(["%d tabs" % ri(10, 60), "1 pkt", "%d/52" % ri(1, 4), "x%d" % ri(10, 60), "1 bottle"])
    if L == 0:
        t = [c.hosp.upper(), ch(["PRESCRIPTION FORM", "OUT-PATIENT PRESCRIPTION", "Prescription Sheet"]), form_code(c, "PH"), "Name: %s   Age: %s   Sex: %s" % (p.full, agestr(p, 0), p.sex), "Hosp No: %s   Clinic: %s   Date: %s" % (p.hno, cd["clinic"], fd(d, 1)), "", "Rx"]
        for i, m in enumerate(meds):
            t.append("%d. %s %s %s x %s   (%s)" % (i + 1, m[0], m[1], m[3], m[4], qty(m)))
        t += ["", "Prescriber: %s   Sign: ______" % k.reg.name, "Dispensed by: ____________  Date: ______", ch(["", "Amount: %s%s" % (c.cur, "{:,}".format(ri(15, 300) * 100))])]
    elif L == 1:
        t = [ch(["NATIONAL HEALTH INSURANCE SCHEME", "NHIS", "NATIONAL HEALTH INSURANCE AUTHORITY"]) + (" - GHANA" if c.country == "GH" else ""), ch(["PRESCRIPTION FORM", "ENCOUNTER / PRESCRIPTION FORM"]), "Facility: %s (Code %s)" % (c.hosp, digits(6)),
             "Enrollee: %s   NHIS No: %s" % (p.full, p.ins), "HMO: " + ch(["Crestline Health", "Sapphire Care HMO", "Unity Shield Health", "Bastion Health Managers"]) if c.country == "NG" else "Membership expiry: %s" % fd(d + datetime.timedelta(days=ri(30, 300)), 0),
             "Diagnosis (ICD): " + cd["short"], "", "%-30s %-10s %-12s %-8s %s" % ("Drug", "Dose", "Freq", "Qty", "Unit price")]
        for m in meds:
            t.append("%-30s %-10s %-12s %-8s %s%d" % (m[0][:30], m[1][:10], m[3][:12], str(ri(6, 60)), c.cur, ri(2, 60) * (10 if c.country == "NG" else 1)))
        t += ["", "Co-payment (10%%): %s%d" % (c.cur, ri(50, 900)), "Authorisation code: %s" % ch(["", digits(8), "PA/%s" % digits(6)]), "Prescriber: " + k.reg.name, "Enrollee signature/thumbprint: _____"]
    elif L == 2:
        t = [ch(["%s Clinic & Maternity" % ch(["Grace", "Favour", "Bethel", "Rehoboth"]), c.gen]), "Tel: " + phone(c.country), "-" * 30, "Name: %s %s" % (p.title, p.name), "Age: %s   Date: %s" % (agestr(p, 0), fd(d, 1)), "",
             "Rx", *["  %s %s %s %s" % (m[0].replace("Tab ", "T. ").replace("Capsule", "Cap"), m[1], m[3].replace("daily", "od").replace("12-hourly", "bd").replace("8-hourly", "tds"), m[4]) for m in meds], "", "    " + k.ho.short]
    elif L == 3:
        t = ["Rx" if pr(0.5) else "", *["%s %s %s x %s" % (m[0], m[1], m[3].replace("daily", "o.d").replace("8-hourly", "t.d.s"), m[4]) for m in meds], "", ch(["", k.reg.short, "Dr. " + k.reg.name.split()[-1]]), fd(d, 1)]
    elif L == 4:
        t = [letterhead(c, "Pharmacy"), ch(["DISPENSING RECORD / PRESCRIPTION", "PHARMACY PRESCRIPTION & BILL", "Prescription / Invoice"]), "Pres. No: %s   Date: %s" % (digits(6), fd(d, 0)), idline(k, 2), ""]
        tot = 0
        for m in meds:
            pr_ = ri(2, 90) * (50 if c.country == "NG" else 1)
            tot += pr_
            t.append("%-34s %-10s %8s" % (m[0] + " " + m[1], "x" + str(ri(10, 60)), "%s%s" % (c.cur, "{:,}".format(pr_))))
        t += ["%-34s %-10s %8s" % ("TOTAL", "", "%s%s" % (c.cur, "{:,}".format(tot))), "", "Paid: " + ch(["Cash", "POS", "NHIS", "HMO", "Mobile Money" if c.country == "GH" else "Transfer"]), "Dispenser: Pharm. " + pname(c, ch("MF"))[2], "Prescriber: " + k.reg.name]
    else:
        t = [c.hosp, ch(["CONTROLLED DRUG PRESCRIPTION", "Special Prescription (Controlled/Dangerous Drugs)"]), idline(k, 4), "Address: " + p.addr, "",
             "Drug: " + ch(["Morphine sulphate oral solution 5mg/5ml", "Tab Tramadol 50mg", "Inj Pentazocine 30mg"]), "Dose: " + ch(["5mg 4-hourly", "50mg 12-hourly", "30mg 6-hourly prn"]), "Total quantity (words and figures): " + ch(["Two hundred (200) mls", "twenty (20) tablets", "ten (10) ampoules"]),
             "Indication: " + ch(["Cancer pain", "Post-operative pain", "Severe bone pain (SCD crisis)"]), "", "Prescriber: %s  %s" % (k.cons.name, k.cons.mdcn), "Signature: ________  Date: " + fd(d, 0)]
    return join(t)


def g_anesthesia_record():
    k = make_case(lambda x: x["op"] is not None)
    c, p, cd = k.c, k.p, k.cond
    op = OPS[cd["op"]]
    L = ri(0, 5)
    an = doctor(c, "anaes", ch(["cons", "sr", "reg"]))
    d = k.adm + datetime.timedelta(days=ri(0, 2))
    ga = "General" in op["an"] or "ETT" in op["an"]
    asa = ch(["I", "II", "II", "III"]) + (" E" if cd["key"] in ("typhoid", "preeclampsia", "appendicitis", "fracture") else "")
    mall = ch(["I", "II", "II", "III"])
    drugs = (["Inj Propofol %dmg" % ri(100, 200), "Inj Suxamethonium %dmg" % ri(75, 120), "Inj Atracurium %dmg" % ri(25, 40), "Inj Fentanyl %dmcg" % ri(50, 150), "Isoflurane 1-1.5% in O2/N2O"] if ga else
             ["Inj Bupivacaine 0.5%% (heavy) %.1fmls" % rf(2.2, 3.2), "Inj Fentanyl 25mcg intrathecal" if pr(0.4) else "Inj Ephedrine 6mg boluses", "Inj Ondansetron 4mg"]) + ["Inj Dexamethasone 8mg", "Inj Paracetamol 1g"]
    if "Peribulbar" in op["an"]:
        drugs = ["2% Lignocaine 3mls + 0.5% Bupivacaine 2mls (peribulbar)", "Hyaluronidase 15iu"]
    if L == 0:
        t = [c.hosp.upper(), ch(["ANAESTHETIC RECORD", "ANAESTHESIA CHART", "INTRA-OPERATIVE ANAESTHESIA RECORD", "DEPARTMENT OF ANAESTHESIA - RECORD SHEET"]), idline(k, 0), "Date: %s   Theatre: %s   Wt: %skg" % (fd(d, 0), ch(["Main", "Emergency", "Obstetric", "Eye"]), k.v["wt"]),
             "Operation: " + op["name"], "Surgeon: %s    Anaesthetist: %s" % (k.cons.name, an.name), "ASA: %s   Mallampati: %s   Fasted: %dhrs" % (asa, mall, ri(6, 12)), "Technique: " + op["an"], "Premedication: " + ch(["Nil", "Tab Omeprazole 40mg night before", "Inj Metoclopramide 10mg"]), "",
             "Drugs given:", *["  %s  at %s" % (x, "%02d:%02d" % (ri(8, 10), ri(0, 59))) for x in drugs], "", "Time   BP        HR   SpO2  EtCO2"]
        h0, m0 = ri(8, 10), ri(0, 40)
        for i in range(ri(5, 10)):
            mm = m0 + i * ch([5, 10, 15])
            t.append("%02d:%02d  %3d/%-3d   %3d  %3d   %s" % (h0 + mm // 60, mm % 60, ri(95, 140), ri(55, 85), ri(70, 110), ri(96, 100), str(ri(30, 40)) if ga else "-"))
        t += ["", "Fluids: %s" % ch(["N/S 1L, R/L 1L", "Hartmann's 1.5L", "N/S 500mls", "R/L 1L, whole blood 1 unit"]), "EBL: " + op["ebl"], "Urine output: %dmls" % ri(100, 500), "Airway: " + (ch(["ETT size %s cuffed, Cormack-Lehane grade %d" % (ch(["7.0", "7.5", "8.0"]), ri(1, 2)), "LMA size 4"]) if ga else "Face mask O2 2L/min"),
              "Reversal: " + (ch(["Neostigmine 2.5mg + Atropine 1.2mg", "Neostigmine/Glycopyrrolate"]) if ga else "N/A"), "Condition at end: " + ch(["Stable, extubated awake", "Stable", "Conscious, responding to commands"]), "", "Anaesthetist: " + an.name]
    elif L == 1:
        t = [letterhead(c, "Department of Anaesthesia"), ch(["PRE-ANAESTHETIC ASSESSMENT", "PRE-ANAESTHETIC REVIEW", "PRE-OPERATIVE ANAESTHETIC EVALUATION"]), idline(k, 4), "Proposed surgery: " + op["name"], "Date of review: " + fd(d - datetime.timedelta(days=1), 0), "",
             "History: " + cd["dx"] + ". " + ch(["No previous anaesthesia.", "Had SA for CS in 20%02d - uneventful." % ri(5, 20), "Previous GA without complication."]), "Drug hx: " + ch(["Nil", "Amlodipine 10mg daily", "Metformin"]) + ". Allergy: " + ch(["NKDA", "none"]),
             "Airway: Mallampati %s, mouth opening >3 fingerbreadths, thyromental distance >6.5cm, neck extension adequate, %s." % (mall, ch(["no loose teeth", "dentures removed", "no dentition problem"])),
             "CVS: BP %d/%d, PR %d, S1 S2 only. RS: chest clear." % (ri(110, 150), ri(70, 95), ri(64, 96)), "Investigations: PCV %d%%, E/U/Cr within normal limits, %s" % (ri(30, 40), ch(["RBS 5.6mmol/L", "ECG normal", "CXR normal"])),
             "ASA class: " + asa, "Plan: " + op["an"] + ch(["; GA as back-up", "", "; post-op analgesia with IV paracetamol and tramadol"]), "NPO from midnight. Consent for anaesthesia obtained.", "", an.name + " (" + an.title + ")"]
    elif L == 2:
        t = [ch(["SPINAL ANAESTHESIA RECORD", "REGIONAL ANAESTHESIA NOTE", "Anaesthesia note"]), idline(k, 3), fd(d, 1), "Procedure: " + op["name"], "Block: " + (op["an"] if not ga else "Spinal (subarachnoid block)"), "Position: sitting; L3/L4 interspace; %s gauge %s needle" % (ch(["25", "26", "27"]), ch(["Quincke", "Whitacre (pencil point)"])),
             "CSF: clear, free flow, %d attempt(s)" % ri(1, 2), "Drug: %s" % drugs[0], "Block height: T%d (cold test)" % ri(4, 10), "Preload: %s" % ch(["N/S 500mls", "R/L 1L (co-load)"]), "Hypotension: " + ch(["Nil", "BP fell to 82/50 - Ephedrine 6mg x2 given", "Nil significant"]),
             "Duration of surgery: %d mins" % ri(*op["dur"]), "EBL: " + op["ebl"], "Post-op: " + ch(["Stable, transferred to recovery", "to ward"]), "", an.short]
    elif L == 3:
        t = [c.abbr + " " + ch(["RECOVERY ROOM (PACU) CHART", "POST-ANAESTHESIA CARE UNIT RECORD", "Recovery room observation"]), idline(k, 2), "Operation: " + op["name"], "Arrival time: " + tm(), "Airway on arrival: " + ch(["Oropharyngeal airway", "Self-maintaining", "Extubated, on face mask O2"]), "",
             "Time   BP       P    RR   SpO2  Pain  Sedation"]
        for i in range(ri(4, 7)):
            t.append("+%-4d  %3d/%-3d  %3d  %2d   %3d   %d/10  %d" % (i * 15, ri(100, 140), ri(60, 90), ri(70, 104), ri(14, 22), ri(95, 100), ri(0, 6), ri(0, 2)))
        t += ["", "Aldrete score at discharge: %d/10" % ri(9, 10), "Drugs given in recovery: " + ch(["Nil", "IV Tramadol 50mg", "IV Pethidine 25mg", "IV Ondansetron 4mg"]), "Discharged to: " + cd["ward"], "Recovery nurse: " + nurse(c), "Anaesthetist: " + an.short]
    elif L == 4:
        t = [ch(["Anaesthetic notes", "ANAESTHESIA", "Anaes. record (summary)"]) + " - " + fd(d, 0), "Pt: %s, %s, %skg" % (p.name, agestr(p, 2), k.v["wt"]), "ASA %s. %s" % (asa, op["an"]),
             "Induction: " + ", ".join(drugs[:3]) + ".", "Maintenance: " + ch(["Isoflurane in O2, IPPV", "O2/Halothane, SV", "SAB - no maintenance required"]) if ga else "Maintenance: N/A (SAB)", "Intra-op: " + ch(["Uneventful", "Stable haemodynamics", "Transient hypotension treated with ephedrine"]),
             "Fluids: %dmls crystalloid" % (ri(5, 30) * 100), "Blood: " + ch(["Nil", "1 unit whole blood", "2 units"]), "Reversal/Emergence: " + ch(["smooth", "uneventful", "N/A"]), "Post-op analgesia: " + ch(["IV Paracetamol 1g 8hrly + IM Pentazocine 30mg 6hrly", "IV Tramadol 100mg 8hrly", "Diclofenac supp 100mg bd"]), an.short]
    else:
        t = [letterhead(c, "Anaesthesia & Intensive Care"), "WHO SURGICAL SAFETY CHECKLIST & ANAESTHESIA SUMMARY" if pr(0.5) else "ANAESTHESIA SUMMARY", idline(k, 0), "",
             "SIGN IN: identity/site/procedure/consent confirmed [Y]  Anaesthesia machine check [Y]  Pulse oximeter on [Y]  Known allergy [%s]  Difficult airway [%s]  Risk of >500ml blood loss [%s]" % (ch("NN"), "N" if mall in ("I", "II") else "Y", "Y" if "500" in op["ebl"] or "600" in op["ebl"] or "900" in op["ebl"] else "N"),
             "TIME OUT: team introduced [Y]  antibiotic prophylaxis within 60 mins [Y] (Ceftriaxone 1g)", "SIGN OUT: instrument/swab count correct [Y]  specimen labelled [Y]", "",
             "Anaesthesia type: " + op["an"], "Agents: " + "; ".join(drugs), "Start %s  End %s" % (tm(), tm()), "Anaesthetist: %s     Nurse anaesthetist: %s" % (an.name, nurse(c).replace("Nurse", "NA"))]
    return join(t)


def g_correspondence():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 6)
    d = k.dis + datetime.timedelta(days=ri(1, 30))
    ref = "%s/%s/%s" % (c.abbr, ch(["CMAC", "MED", "SURG", "HIM", "CMD"]), digits(3))
    if L == 0:
        t = [letterhead(c, "Office of the Chairman, Medical Advisory Committee" if pr(0.4) else "Department of " + cd["spec"]), "Our Ref: " + ref, fd(d, 2), "", "TO WHOM IT MAY CONCERN", "",
             ch(["MEDICAL REPORT ON", "RE: MEDICAL REPORT -", "SICK LEAVE RECOMMENDATION:"]) + " %s %s" % (p.title.upper(), p.full), "",
             "This is to certify that the above named, a %s %s, has been under our care at %s since %s on account of %s." % (agestr(p, 4), sexw(p), c.hosp, fd(k.adm, 2), cd["dx"].lower()),
             "%s %s" % (p.He, ch(["was admitted from %s to %s and is currently recuperating." % (fd(k.adm, 2), fd(k.dis, 2)), "requires regular clinic follow-up and medication.", "underwent %s and is recovering satisfactorily." % (OPS[cd["op"]]["name"].lower() if cd["op"] else "treatment")])),
             "We recommend %s." % ch(["%d weeks sick leave with effect from %s" % (ri(1, 6), fd(k.dis, 2)), "light duties for 4 weeks", "that %s be excused from duty on clinic days" % p.he, "that %s be given every necessary assistance" % p.he]),
             "", "Thank you.", "", sig(k.cons, c)]
    elif L == 1:
        t = [letterhead(c, cd["clinic"]), fd(d, 2), "", "%s %s" % (p.title, p.name), p.addr, "", "Dear %s %s," % (p.title, p.sur), "", ch(["RE: APPOINTMENT", "RE: YOUR RECENT TEST RESULTS", "RE: RESCHEDULED CLINIC APPOINTMENT"]), "",
             ch(["This is to inform you that your clinic appointment has been rescheduled to %s at 8.00am due to the ongoing industrial action by %s." % (fd(d + datetime.timedelta(days=14), 2), ch(["resident doctors", "health workers (JOHESU)", "the union"])),
                 "Your recent investigation results are now available. Kindly come to the %s on %s with this letter and your hospital card." % (cd["clinic"], fd(d + datetime.timedelta(days=7), 2)),
                 "We note that you missed your last two appointments. It is important you continue your treatment for %s. Please come to the clinic at your earliest convenience." % cd["short"]]),
             "", "Please come with your %s card and all your current medications." % ch(["hospital", c.scheme, "appointment"]), "", "Yours sincerely,", "", k.reg.name, "For: " + cd["clinic"], "cc: Medical Records"]
    elif L == 2:
        g = doctor(c, "gp", ch(["cons", "reg", "ho"]))
        t = [letterhead(c, "Department of " + cd["spec"]), fd(k.adm + datetime.timedelta(days=ri(1, 10)), 2), "", "The Medical Officer,", c.gen, "", ch(["Dear Colleague,", "Dear Dr %s," % g.name.split()[-1], "Dear Sir/Madam,"]), "",
             "RE: %s - %s" % (p.full, ch(["REPLY TO YOUR REFERRAL", "ACKNOWLEDGEMENT OF REFERRAL", "YOUR REFERRAL OF %s" % fd(k.adm, 1)])), "",
             "Thank you for your kind referral of this %s %s whom we saw in our %s on %s." % (agestr(p, 4), sexw(p), cd["clinic"], fd(k.adm, 2)),
             "Our findings were in keeping with %s. %s" % (cd["dx"].lower(), ch(["Investigations confirmed this.", "We have commenced %s." % ", ".join(m[0] for m in cd["meds"][:2]), "We are still working %s up." % p.him])),
             ch(["%s will continue follow-up in our clinic. We shall keep you informed." % p.He, "We have discharged %s back to your care with the following recommendations: %s." % (p.him, "; ".join(cd["plan"][-2:])),
                 "Kindly continue to see %s in between our clinic visits." % p.him]), "", "Thank you once again.", "", ch(["Yours sincerely,", "Yours faithfully,", "Kind regards,"]), "", sig(k.reg, c)]
    elif L == 3:
        t = [letterhead(c, "Office of the Head of Clinical Services"), "Ref: " + ref, fd(d, 2), "", ch(["The Manager,", "The Medical Director,", "The Head of Claims,"]), ch(["Crestline Health HMO Ltd", "Sapphire Care HMO", "NHIS Zonal Office", "Unity Shield Health"]) if c.country == "NG" else "The District Manager, NHIA Office",
             "", "Dear Sir/Ma,", "", "RE: REQUEST FOR AUTHORISATION / CLAIM - %s (ENROLLEE NO: %s)" % (p.full, p.ins), "",
             "The above named enrollee was %s with a diagnosis of %s." % (ch(["admitted on %s" % fd(k.adm, 2), "seen in our facility"]), cd["dx"].lower()),
             "%s requires %s. Kindly grant authorisation for the attached bill of %s%s." % (p.He, OPS[cd["op"]]["name"].lower() if cd["op"] else ch(["admission and specialist care", "further investigations (%s)" % (cd["img"][0][1] if cd["img"] else "laboratory")]), c.cur, "{:,}".format(ri(20, 900) * 1000)),
             "", "Thank you for your anticipated cooperation.", "", "Yours faithfully,", "", doctor(c, "gp", "cons").name, ch(["HMO Desk Officer", "Head, NHIS Unit", "For: CMD"])]
    elif L == 4:
        t = [ch(["INTERNAL MEMO", "MEMO", "INTERNAL MEMORANDUM"]), letterhead(c) if pr(0.4) else c.abbr, "FROM: Head of Department, %s" % cd["spec"], "TO: %s" % ch(["Head, Health Information Management", "Director of Nursing Services", "Chairman, Medical Advisory Committee", "Head, Social Welfare Unit"]), "DATE: " + fd(d, 0),
             "SUBJECT: " + ch(["Request for retrieval of case note - %s (%s)" % (p.full, p.hno), "Indigent patient - waiver request: %s" % p.full, "Unclaimed body / abandoned patient: %s" % p.full]), "",
             ch(["Kindly retrieve the above case note which is needed for the %s clinic audit scheduled for %s." % (cd["spec"], fd(d + datetime.timedelta(days=7), 2)),
                 "The above named patient was admitted with %s. %s has been unable to pay for treatment and the relatives have been unavailable. Kindly assist with waiver/ support from the indigent patients' fund." % (cd["dx"].lower(), p.He),
                 "This is to bring to your notice that the above named patient has been on our ward since %s with no relative in attendance. Social welfare input is requested." % fd(k.adm, 2)]), "", "Thank you.", "", k.cons.name, "HOD"]
    elif L == 5:
        law = ch(["Barr. %s %s & Co." % pname(c, ch("MF"))[::2], "%s Chambers" % ch(["Olaleye", "Okoro", "Asamoah", "Mensah"])])
        t = [letterhead(c, "Office of the Chief Medical Director" if c.country == "NG" else "Office of the Medical Director"), "Ref: " + ref, fd(d, 2), "", law, "%s Street, %s" % (ch(c.street), c.town), "", "Dear Sir,", "",
             "RE: REQUEST FOR MEDICAL REPORT - %s" % p.full.upper(), "", "We acknowledge receipt of your letter dated %s requesting a medical report on your client, the above named." % fd(d - datetime.timedelta(days=ri(5, 30)), 2),
             "Please note that a medical report will be issued on payment of the prescribed fee of %s%s and upon receipt of written consent from the patient." % (c.cur, "{:,}".format(ri(5, 50) * 1000)), "", "Yours faithfully,", "", "For: " + ch(["CMD", "Medical Director", "Head, HIM"])]
    else:
        t = [fd(d, 1), "", ch(["Dear Dr %s," % k.cons.name.split()[-1], "Dear Prof,", "Dear Sir,"]), "", ch(["I write to update you on", "Just to let you know about", "Further to our discussion on the phone regarding"]) + " %s (%s), %s. " % (p.name, p.hno, cd["short"]) +
             ch(["Results of the %s are back and we will discuss at the next unit meeting." % (cd["img"][0][1] if cd["img"] else "investigations"), "%s was reviewed by the %s team who agree with our management." % (p.He, ch(["Cardiology", "Nephrology", "Haematology", "Surgery"])),
                 "Relatives have requested transfer to a private facility closer to home."]), "", ch(["Regards,", "Thanks,", "Best wishes,"]), k.reg.short]
    return join(t)


def g_consent_form():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 5)
    proc = OPS[cd["op"]]["name"] if cd["op"] else (PROCS[cd["proc"]]["name"] if cd["proc"] else ch(["Blood transfusion", "Lumbar puncture", "Upper GI endoscopy"]))
    w = pname(c, ch("MF"))
    signer = "%s %s" % (p.first, p.sur) if p.age >= 18 else p.nok
    d = k.adm
    lang = ch(["Yoruba", "Igbo", "Hausa", "Pidgin"]) if c.country == "NG" else ch(["Twi", "Ewe", "Ga", "Fante"])
    if L == 0:
        t = [c.hosp.upper(), ch(["CONSENT FOR OPERATION", "CONSENT FORM FOR OPERATION/ PROCEDURE", "PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT", "FORM OF CONSENT TO OPERATION"]), form_code(c), "",
             "I, %s, of %s, hereby consent to %s the operation of %s, the nature and effect of which have been explained to me by Dr. %s." % (signer, p.addr, "undergo" if p.age >= 18 else "my %s %s undergoing" % ("son" if p.sex == "M" else "daughter", p.first), proc.lower(), k.reg.name.split()[-1]),
             "I also consent to such further or alternative operative measures as may be found necessary during the course of the operation, and to the administration of general, local or other anaesthetic for any of these purposes.",
             "No assurance has been given to me that the operation will be performed by any particular practitioner.", "",
             "Signature/Thumbprint of patient/guardian: ____________   Date: %s" % fd(d, 0), "Relationship (if not patient): " + ("Self" if p.age >= 18 else p.nokrel), "Witness: %s %s   Sign: ______" % (w[0], w[2]), "",
             "I confirm that I have explained the nature, purpose and risks (%s) of the operation to the patient." % ch(["bleeding, infection, anaesthetic risks, recurrence", "bleeding, wound infection, injury to adjacent organs", "possible blood transfusion, hysterectomy"]), "Doctor: %s   Sign: ______" % k.reg.name]
    elif L == 1:
        t = [letterhead(c, "Blood Transfusion Service"), ch(["CONSENT FOR BLOOD TRANSFUSION", "INFORMED CONSENT - BLOOD AND BLOOD PRODUCTS"]), idline(k, 0), "Diagnosis: " + cd["short"], "",
             "I understand that I/ my ward require(s) transfusion of blood or blood products. The benefits, risks (including febrile reactions, allergic reactions and a small risk of transmission of infection despite screening for HIV, hepatitis B & C and syphilis) and alternatives have been explained to me in %s." % ch(["English", lang]),
             "[ ] I CONSENT to transfusion", "[ ] I DO NOT CONSENT to transfusion (reason: ______)", "", "Name: %s   Sign/Thumbprint: ______   Date: %s" % (signer, fd(d, 0)), "Interpreter: %s (%s)" % (w[0] + " " + w[2], lang) if pr(0.5) else "", "Doctor: " + k.ho.name]
    elif L == 2:
        t = [c.hosp, ch(["ANAESTHESIA CONSENT", "CONSENT FOR ANAESTHESIA"]), idline(k, 2), "Procedure: " + proc, "Type of anaesthesia explained: [ ] General  [ ] Spinal/Epidural  [ ] Regional block  [ ] Sedation",
             "Risks explained: sore throat, nausea/vomiting, headache, dental damage, awareness, allergic reaction, rarely death.", "I have had the opportunity to ask questions and I agree to the proposed anaesthetic.", "",
             "Patient/guardian: " + signer, "Signature: ______   Date: " + fd(d, 1), "Anaesthetist: " + doctor(c, "anaes").name]
    elif L == 3:
        t = [ch(["CONSENT FOR HIV TESTING AND COUNSELLING", "HTS CLIENT CONSENT FORM", "Consent for HIV Counselling and Testing (HCT)"]), c.hosp, "Client code: %s" % digits(6), "Age: %s  Sex: %s  Date: %s" % (agestr(p, 1), p.sex, fd(d, 0)), "",
             "Pre-test counselling done by: " + nurse(c), "I have received pre-test information and I voluntarily agree to be tested for HIV. I understand the result will be kept confidential.",
             "Client's signature/thumbprint: ______", "Counsellor's signature: ______", "Result given: [ ] Yes [ ] No   Post-test counselling: [ ] Done", "Linked to care: " + ch(["N/A", "ART clinic", "Pending"])]
    elif L == 4:
        t = [letterhead(c, "Health Research Ethics Committee approved - Protocol No. %s/HREC/%d" % (c.abbr, ri(100, 999))), ch(["INFORMED CONSENT FORM FOR RESEARCH PARTICIPATION", "PARTICIPANT CONSENT FORM"]), "",
             "Study title: " + ch(["Prevalence of hypertension-mediated organ damage among adults attending %s" % cd["clinic"], "Outcome of surgical management of %s in a tertiary hospital" % cd["short"], "Knowledge of %s among patients in %s" % (cd["short"], c.town)]),
             "Principal investigator: " + k.reg.name + " (Tel: %s)" % phone(c.country), "", "You are being invited to take part in this study. Participation is voluntary and you may withdraw at any time without any effect on your care. Your information will be kept confidential; only codes will be used.",
             "Risks: minimal (pain at venepuncture site). Benefits: free investigations.", "", "Statement of person giving consent: I have read/had read to me the above and understand it. I agree to participate.", "Participant name: %s   Signature/thumbprint: ______   Date: %s" % (signer, fd(d, 0)),
             "Witness (if illiterate): ______", "Investigator: ______"]
    else:
        t = [fd(d, 1), "Consent: " + ch(["Pt counselled on", "Relatives counselled on", "Counselled"]) + " " + proc.lower() + ", indications, risks (%s), and alternatives in %s." % (ch(["bleeding, infection", "anaesthetic complications, recurrence", "death"]), ch(["English", lang, "pidgin English"])),
             ch(["Pt understood and gave informed consent.", "Consent signed. Witness: %s." % (w[0] + " " + w[2]), "Husband also consented." if p.sex == "F" and p.age > 18 else "Consent signed."]), k.reg.short]
    return join(t)


def g_referral_letter():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 6)
    g = doctor(c, "gp", ch(["cons", "reg", "ho"]))
    d = k.adm - datetime.timedelta(days=ri(0, 3))
    given = ", ".join([m[0] + " " + m[1] for m in cd["meds"][:ri(1, 2)]] + [ch(["IV fluids", "Tab Paracetamol 1g", "analgesics", "reassurance"])])
    if L == 0:
        t = [letterhead(c, None, "gen"), fd(d, 2), "", "The Consultant %s," % ch(["Physician", "Surgeon", "Paediatrician", "Obstetrician & Gynaecologist", cd["spec"]]), c.hosp + ",", c.box, "", "Dear Sir/Ma,", "",
             "RE: REFERRAL OF %s %s (%s)" % (p.title.upper(), p.full, agestr(p, 1)), "", "I write to refer the above named %s %s who presented to our facility with %s." % (agestr(p, 4), sexw(p), ", ".join(cc_list(k, 3, 2))),
             hpi_text(k, False), "On examination, %s. BP %d/%dmmHg, PR %d/min, T %s\u00b0C." % (cd["exam"]["gen"].lower(), k.v["sbp"], k.v["dbp"], k.v["p"], k.v["t"]), ("Investigations done: " + "; ".join(invest_summary(k)[:2]) + ".") if pr(0.6) else "",
             "%s was managed with %s with %s improvement." % (p.He, given, ch(["minimal", "no", "some"])), "Kindly see and manage %s further." % ch(["accordingly", p.him]), ch(["Thank you for your anticipated cooperation.", "Thanks.", ""]), "", "Yours faithfully,", "", g.name, g.title + ", " + c.gen.split(",")[0]]
    elif L == 1:
        t = [ch(["NATIONAL HEALTH INSURANCE SCHEME - REFERRAL FORM", "NHIS REFERRAL FORM", "REFERRAL FORM (SECONDARY TO TERTIARY)"]) if c.country == "NG" else "GHANA HEALTH SERVICE - PATIENT REFERRAL FORM", form_code(c, "REF"),
             "Referring facility: %s   Code: %s" % (c.gen, digits(5)), "Receiving facility: " + c.hosp, "Date: %s   Time: %s" % (fd(d, 0), tm()), "", "Patient's name: %s   Age: %s   Sex: %s" % (p.full, agestr(p, 0), p.sex), "%s No: %s    Folder No: %s" % (c.scheme, p.ins, digits(5)),
             "Address: " + p.addr, "", "Presenting complaints: " + "; ".join(cc_list(k)), "Clinical findings: " + cd["exam"]["gen"] + ". BP %d/%d, P %d, T %s" % (k.v["sbp"], k.v["dbp"], k.v["p"], k.v["t"]), "Investigations done: " + ch(["Nil", "; ".join(invest_summary(k)[:1])]),
             "Provisional diagnosis: " + ch(["?", ""]) + cd["short"], "Treatment given: " + given, "Reason for referral: " + ch(["Specialist care", "Further investigation", "Surgery", "Lack of facility (%s)" % ch(["ICU", "CT scan", "dialysis", "blood"]), "Expertise"]), "",
             "Referring officer: %s   Designation: %s   Tel: %s" % (g.name, g.title, phone(c.country)), "Signature & stamp: ______", "Authorisation code (HMO): " + ch(["", digits(8)])]
    elif L == 2:
        t = [c.gen.upper(), fd(d, 1), "", ch(["The Registrar,", "The Doctor on Call,", "The Consultant,"]) + " " + ch(["A&E", "CHER", "Labour Ward", cd["clinic"]]) + ", " + c.abbr, "", ch(["Dear Dr,", "Dear Colleague,", "Sir,"]),
             "Pls kindly see %s, %s %s, %s. Seen today with %s. %s" % (p.name, agestr(p, 0), p.sex, ch(["?" + cd["short"], cd["short"]]), ", ".join(x[0] for x in cd["cc"][:2]), "Vitals: BP %d/%d, P %d." % (k.v["sbp"], k.v["dbp"], k.v["p"])),
             "Given " + given + ".", "Referred due to " + ch(["worsening condition", "need for specialist care", "no doctor on duty", "no blood in our bank"]) + ". Thanks.", "", g.short]
    elif L == 3:
        ga = ri(28, 40)
        t = [letterhead(c, "Maternity Unit", "gen"), ch(["ANTENATAL REFERRAL", "OBSTETRIC REFERRAL NOTE", "REFERRAL - MATERNITY"]), "Date: " + fd(d, 0), "To: The Consultant Obstetrician, " + c.hosp, "",
             "Name: %s  Age: %s  %s  GA: %d weeks" % (p.name, agestr(p, 0) if p.sex == "F" else "28yrs", "G%dP%d" % (ri(1, 5), ri(0, 4)), ga), "LMP: %s  EDD: %s" % (fd(d - datetime.timedelta(weeks=ga), 1), fd(d + datetime.timedelta(weeks=40 - ga), 1)),
             "Reason: " + ch(["Elevated BP (%d/%d) with proteinuria ++" % (ri(150, 180), ri(100, 115)), "Prolonged labour (>18hrs)", "APH", "Previous CS x2 - for elective CS", "Breech presentation at term", "Severe anaemia PCV 19%"]),
             "Findings: FHR %d, cephalic, %d/5 palpable, cervix %dcm" % (ri(120, 160), ri(2, 5), ri(0, 8)), "Rx given: " + ch(["Tab Methyldopa 500mg", "IV fluids", "MgSO4 loading dose", "Nil"]), "Accompanied by: " + ch(["Midwife", "husband", "CHEW"]), "", "Sgd: " + ch(["Midwife ", "Dr "]) + pname(c, "F")[2]]
    elif L == 4:
        t = [letterhead(c, cd["clinic"]), fd(d, 2), "", "The %s," % ch(["Head, Department of Physiotherapy", "Consultant Ophthalmologist", "Consultant Nephrologist", "Head, Dietetics Unit", "Consultant Radiotherapist/Oncologist"]), ch(["Internal", c.hosp, "National Hospital, %s" % ch(["Abuja-Kese", "Tudun Wada", "Korlebu-Nkwanta"])]), "", "Dear Colleague,", "",
             "Re: %s, %s, %s" % (p.full, agestr(p, 2), p.hno), "", "Kindly see this patient being managed in our unit for %s. " % cd["dx"].lower() + ch(["We would appreciate your expert input on further management.", "%s requires your evaluation and care." % p.He, "We are requesting co-management."]),
             "Current medications: " + ", ".join(m[0] for m in cd["meds"][:3]) + ".", "", "Thank you.", "", sig(k.reg, c)]
    elif L == 5:
        t = [ch(["Referral slip", "REFERRAL NOTE", "Transfer/Referral"]), "From: %s (%s)" % (c.gen2, ch(["Health Centre", "CHPS compound" if c.country == "GH" else "PHC", "Clinic"])), "To: " + c.hosp, "Date: " + fd(d, 1), "Patient: %s %s  Age %s" % (p.first, p.sur, agestr(p, 0)),
             "Complaint: " + ", ".join(x[0] for x in cd["cc"][:3]), "Dx: ?" + cd["short"], "Rx: " + given, "Sent with: " + ch(["relative", "nurse", "ambulance", "own transport"]), "Name of referring person: " + nurse(c)]
    else:
        t = [letterhead(c, None, "gen"), "Our Ref: %s/%s" % (c.gen[:3].upper(), digits(4)), fd(d, 2), "", "The Chief Medical Director," if c.country == "NG" else "The Medical Director,", c.hosp, "", "Attention: " + ch(["Consultant in charge, " + cd["clinic"], "Head of Department, " + cd["spec"]]), "", "Dear Sir,", "",
             "REFERRAL: %s" % p.full, "", "Please find attached the investigation results of the above named, who has been our patient for %d years." % ri(1, 8), "Recent problem: " + "; ".join(cc_list(k)) + ".",
             "Working diagnosis: " + cd["dx"] + ". " + ch(["Specialist review and further management is requested.", "We do not have the facility for %s." % (cd["img"][0][1] if cd["img"] else "further workup"), "We request your assistance."]), "", "Thank you.", "", "Yours faithfully,", g.name, "Medical Officer i/c"]
    return join(t)


def g_advance_directive():
    k = make_case(lambda x: x["age"][1] > 40)
    c, p, cd = k.c, k.p, k.cond
    if p.age < 21:
        p.age = ri(40, 80)
    L = ri(0, 5)
    d = k.adm
    w1, w2 = pname(c, ch("MF")), pname(c, ch("MF"))
    proxy = p.nok
    if L == 0:
        t = [ch(["ADVANCE MEDICAL DIRECTIVE / RELEASE", "NO BLOOD - ADVANCE DECISION TO REFUSE SPECIFIED MEDICAL TREATMENT", "ADVANCE MEDICAL DIRECTIVE"]), "",
             "I, %s, born %s, being one of Jehovah's Witnesses, direct that no blood transfusions (whole blood, red cells, white cells, platelets or plasma) be given to me in any circumstances, even if health-care providers believe that such are necessary to preserve my life." % (p.full, fd(p.dob, 2)),
             "I accept non-blood alternatives such as volume expanders (e.g. normal saline, Ringer's lactate, hydroxyethyl starch), haematinics and erythropoietin.", "Regarding fractions and autologous procedures, my personal decisions are: %s." % ch(["I accept albumin and cell salvage", "I refuse all fractions", "to be discussed with my agent"]),
             "I release the doctors, anaesthetists, hospital and its staff from liability for any damages that might result from my refusal of blood, despite their otherwise competent care.", "",
             "Health-care agent: %s (%s)  Tel: %s" % (proxy, p.nokrel, p.nokphone), "Signature: ______  Date: %s" % fd(d, 0), "Witness 1: %s %s  Witness 2: %s %s" % (w1[0], w1[2], w2[0], w2[2]), "", "Filed in case note: %s (%s)" % (p.hno, c.abbr)]
    elif L == 1:
        t = [letterhead(c), ch(["DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR) ORDER", "DNR ORDER FORM", "RESUSCITATION STATUS DOCUMENTATION"]), idline(k, 0), "Date: " + fd(d, 0), "",
             "Diagnosis: " + ch([cd["dx"], "Metastatic carcinoma of the breast", "End-stage renal disease, declined dialysis", "Advanced hepatocellular carcinoma"]), "Decision: In the event of cardiac or respiratory arrest, CPR should NOT be attempted.",
             "Reason: " + ch(["CPR unlikely to be successful given advanced illness", "Patient's expressed wishes", "Poor prognosis - agreed with family"]), "Discussed with patient: [%s]  Discussed with family: [X] (%s, %s)" % (ch("X "), proxy, p.nokrel),
             "Other treatment to continue: analgesia, oxygen, antibiotics, nutrition, comfort care.", "Review date: " + fd(d + datetime.timedelta(days=ri(7, 30)), 0), "", "Consultant: %s  Sign: ______" % k.cons.name, "Nurse in charge: " + nurse(c)]
    elif L == 2:
        t = ["LIVING WILL" if pr(0.5) else "STATEMENT OF MY WISHES FOR FUTURE CARE", "", "I, %s of %s, being of sound mind, make this statement about my future medical care in case I become unable to decide for myself." % (p.full, p.addr), "",
             "1. If I have an incurable illness and I am not expected to recover, I do not want my life to be prolonged by machines (ventilator) or tube feeding.", "2. I want to be kept comfortable and free of pain.",
             "3. I wish to be %s." % ch(["taken home to %s to die among my people" % ch([c.town, "my village"]), "cared for in the hospital", "prayed for by my pastor/imam and family"]),
             "4. I appoint my %s, %s, to make decisions for me if I cannot." % (p.nokrel.lower(), proxy), "5. " + ch(["I do not want to be taken abroad for treatment.", "Burial according to %s rites." % ("Islamic" if "Islam" in p.rel or "Muslim" in p.rel else "Christian"), "My family should not sell property to pay for futile treatment."]), "",
             "Signed: ______  (%s)   Date: %s" % (p.name, fd(d, 2)), "Witnessed by: %s %s (%s)" % (w1[0], w1[2], ch(["Commissioner for Oaths", "Legal practitioner", "Church elder"])), ch(["", "Sworn at the High Court Registry, %s" % c.town])]
    elif L == 3:
        t = [c.hosp, ch(["HEALTH CARE PROXY / LASTING POWER OF ATTORNEY (HEALTH)", "APPOINTMENT OF HEALTH CARE AGENT"]), "", "Principal: %s   DOB: %s   Hosp No: %s" % (p.full, fd(p.dob, 0), p.hno), "Agent: %s   Relationship: %s   Phone: %s" % (proxy, p.nokrel, p.nokphone),
             "Alternate agent: %s %s   Phone: %s" % (w1[0], p.sur, phone(c.country)), "", "I authorise my agent to make health care decisions on my behalf when I am unable, including decisions to withhold or withdraw life-sustaining treatment, in accordance with my wishes as known to my agent.",
             "Limitations: " + ch(["None", "No blood transfusion", "No amputation", "No mechanical ventilation beyond 2 weeks"]), "", "Principal's signature: ______  Date: " + fd(d, 0), "Witness: ______  Witness: ______", "Received into records by: " + nurse(c)]
    elif L == 4:
        t = [fd(d, c.dstyle), ch(["Family meeting", "Goals of care discussion", "Palliative care review"]) + " - " + ch(["%s (Cons) with pt and relatives" % k.cons.short, "Palliative care team", ""]),
             "Present: pt, %s (%s), %s" % (proxy, p.nokrel, nurse(c)), "Discussed diagnosis (%s) and prognosis." % ch(["advanced HCC", "metastatic disease", "end stage CCF", cd["short"]]), "Pt's wishes: " + ch(["no resuscitation; no ICU transfer", "wants to go home; family agrees", "full treatment except dialysis"]),
             "Agreed: " + ch(["DNACPR documented", "comfort measures only", "ceiling of care = ward-based"]) + "; " + ch(["oral morphine for pain", "spiritual support", "discharge with home-based care"]), "Advance care plan form completed and filed.", k.reg.short]
    else:
        t = [letterhead(c, "Palliative Care Unit"), ch(["ADVANCE CARE PLAN", "MY ADVANCE CARE PLAN"]), "Name: %s   Age: %s   Hosp No: %s" % (p.full, agestr(p, 1), p.hno), "",
             "What matters most to me: " + ch(["being with my children", "not being a burden", "being pain-free", "attending church"]), "Preferred place of care: " + ch(["home", "hospital", "hospice"]),
             "Treatments I would NOT want: " + ", ".join(pick(["CPR", "ventilator", "feeding tube", "dialysis", "blood transfusion", "surgery"], ri(1, 3))), "Spokesperson: %s (%s) %s" % (proxy, p.nokrel, p.nokphone),
             "Religious/cultural wishes: " + ch(["Prayers by family", "Holy Communion", "Quran recitation", "None specified"]), "", "Patient signature: ______  Date: " + fd(d, 0), "Clinician: " + k.reg.name, "Copy given to patient [X]  Copy in case note [X]"]
    return join(t)


def g_ecg_report():
    ekey = ch(list(ECGS.keys()))
    conds = [x for x in CONDS if x["ecg"] == ekey]
    k = make_case(cond=ch(conds)) if conds else make_case(lambda x: x["age"][0] >= 30)
    c, p, cd = k.c, k.p, k.cond
    e = ECGS[ekey]
    L = ri(0, 5)
    rate = ri(*e["rate"])
    ax = ri(*e["axis"])
    prn = ri(*e["pr"]) if e["pr"] else None
    qrs = ri(*e["qrs"])
    qtc = ri(*e["qtc"])
    qt = int(qtc * ((60.0 / rate) ** 0.5))
    cardio = doctor(c, "med", ch(["cons", "sr", "reg"]))
    d = k.adm
    clin = ch([cd["short"], "Pre-op", "Chest pain", "Palpitations", "Routine"]) if not conds else ch([cd["short"], "Pre-op", cd["dx"]])
    if ekey == "stemi":
        clin = "Central chest pain x 3hrs"
    if ekey == "af":
        clin = "Palpitations; ?RHD"
    if L == 0:
        t = [letterhead(c, ch(["CARDIOLOGY UNIT", "Department of Medicine - ECG Unit", "NON-INVASIVE CARDIAC LAB"])), ch(["ELECTROCARDIOGRAM REPORT", "ECG REPORT", "12-LEAD ECG INTERPRETATION"]), idline(k, 0), "Date: " + fd(d, c.dstyle), "Clinical indication: " + clin, "",
             "Rhythm: " + e["rhythm"], "Rate: %d bpm" % rate, "Axis: %+d degrees" % ax, "PR interval: %s" % ("%d ms" % prn if prn else "not measurable"), "QRS duration: %d ms" % qrs, "QT/QTc: %d/%d ms" % (qt, qtc), "",
             "Findings:", *["- " + f for f in e["find"]], "", "CONCLUSION: " + e["concl"], "", sig(cardio, c)]
    elif L == 1:
        t = ["%s   %s   %s" % (p.full, agestr(p, 2), fd(d, 0) + " " + tm()), "ID: %s" % p.hno, "Vent. rate   %d BPM" % rate, "PR interval  %s ms" % (prn if prn else "*"), "QRS duration %d ms" % qrs, "QT/QTc       %d/%d ms" % (qt, qtc), "P-R-T axes   %s %d %d" % (ri(20, 70) if prn else "*", ax, ri(-10, 80)), "",
             "*** " + e["rhythm"].upper().split("(")[0].strip() + " ***", *[f.split("(")[0] for f in e["find"][:2]], ("ABNORMAL ECG" if ekey != "normal" else "NORMAL ECG"), "", "25mm/s  10mm/mV  0.05-150Hz  %s" % ch(["MAC 1200", "Cardiofax", "ECG-1250", "Edan SE-3"]), "Unconfirmed report" if pr(0.5) else "Confirmed by: " + cardio.short]
    elif L == 2:
        t = [fd(d, 1) + ch([" ECG:", " - ECG done", " 12 lead ECG"]), "%s, rate %d/min, axis %s." % (e["rhythm"].split("(")[0].strip(), rate, ch(["normal", "LAD" if ax < -30 else "normal", "%d" % ax])), "; ".join(e["find"][:2]) + ".", "Imp: " + e["concl"], k.reg.short]
    elif L == 3:
        t = [c.hosp.upper(), ch(["ECG REQUEST & REPORT FORM", "ELECTROCARDIOGRAPHY REQUEST"]), form_code(c, "ECG"), "Name: %s  Age: %s  Sex: %s  Ward/Clinic: %s" % (p.full, agestr(p, 0), p.sex, ch([cd["ward"], cd["clinic"]])), "Hosp No: " + p.hno,
             "Clinical summary: " + clin, "Drugs: " + ch(["Nil", "Digoxin", "Amlodipine", ", ".join(m[0] for m in cd["meds"][:2])]), "Requesting Dr: " + k.ho.name, "", "----- REPORT -----",
             "HR %d/min; %s; axis %d\u00b0; PR %s; QRS %dms; QTc %dms." % (rate, e["rhythm"], ax, ("%dms" % prn) if prn else "-", qrs, qtc), " ".join(f + "." for f in e["find"]), "Impression: " + e["concl"], "Reported by: " + cardio.name + "   " + fd(d + datetime.timedelta(days=ri(0, 2)), 0)]
    elif L == 4:
        t = [ch(["Cardiology Consult - ECG interpretation", "ECG review"]), "Patient: %s (%s)" % (p.name, p.hno), "Tracing dated %s reviewed." % fd(d, 2), "",
             "The tracing shows %s at a rate of %d beats per minute with a QRS axis of %d degrees. %s %s" % (e["rhythm"].lower(), rate, ax, ("The PR interval is %d ms." % prn) if prn else "P waves are not discernible.", " ".join(f + "." for f in e["find"])),
             "", "Interpretation: " + e["concl"] + ".", "Advice: " + ch(["Echocardiography", "Serum electrolytes", "Compare with previous tracings", "Cardiac enzymes (troponin) and urgent cardiology review", "No further cardiac evaluation needed for surgery"]) + ".", "", cardio.name]
    else:
        t = [c.abbr + " ECG", "-" * 30, "Name: " + p.full, "Age: " + agestr(p, 1), "Date: " + fd(d, 0), "Indication: " + clin, "Rate: %d  Rhythm: %s" % (rate, e["rhythm"].split("(")[0]), "Intervals: PR %s / QRS %d / QTc %d" % (prn or "--", qrs, qtc), "Axis: %d" % ax, "ST-T: " + ch([f for f in e["find"] if "ST" in f or "T wave" in f] or ["normal"]),
             "Impression: " + e["concl"], "Technician: " + pname(c, ch("MF"))[2], "Physician: " + cardio.short]
    return join(t)


def g_immunization_record():
    c = make_ctx()
    L = ri(0, 5)
    if L in (0, 1, 5):
        p = make_patient(c, age=ri(0, 4))
        dob = c.date - datetime.timedelta(days=ri(60, 900))
    else:
        p = make_patient(c, age=ri(19, 60), sex="F" if L == 2 else None)
        dob = p.dob
    age_days = (c.date - dob).days
    NG = [("BCG", 0), ("OPV 0", 0), ("Hep B 0", 0), ("OPV 1", 42), ("Penta 1", 42), ("PCV 1", 42), ("Rota 1", 42), ("OPV 2", 70), ("Penta 2", 70), ("PCV 2", 70), ("Rota 2", 70),
          ("OPV 3", 98), ("Penta 3", 98), ("PCV 3", 98), ("IPV", 98), ("Measles 1", 270), ("Yellow Fever", 270), ("Men A", 270), ("Vitamin A", 180), ("Measles 2", 450)]
    GH = [("BCG", 0), ("OPV0", 0), ("OPV1", 42), ("Penta1", 42), ("PCV1", 42), ("Rota1", 42), ("OPV2", 70), ("Penta2", 70), ("PCV2", 70), ("Rota2", 70), ("OPV3", 98), ("Penta3", 98), ("PCV3", 98), ("IPV", 98),
          ("Malaria vaccine (RTS,S) 1", 180), ("Measles-Rubella 1", 270), ("Yellow Fever", 270), ("Men A", 540), ("Measles-Rubella 2", 540)]
    sched = NG if c.country == "NG" else GH
    hf = ch([c.gen, c.gen2, c.hosp])
    if L in (0, 1, 5):
        rows = []
        for v, dd in sched:
            if dd <= age_days:
                given = dob + datetime.timedelta(days=dd + ri(0, 20))
                mark = ch([fd(given, 1), fd(given, 0), fd(given, 7)]) if pr(0.92) else ch(["missed", "--", "not given (stock out)"])
                rows.append((v, mark, ch(["", digits(6), "B%s" % digits(4)]), ch(["CHEW", "NO", "RN", "PHC", "MW", ""]) + " " + pname(c, "F")[2][:4] if pr(0.6) else ""))
            else:
                rows.append((v, "", "", ""))
        if L == 0:
            t = [ch(["FEDERAL REPUBLIC OF NIGERIA", "NATIONAL PRIMARY HEALTH CARE DEVELOPMENT AGENCY"]) if c.country == "NG" else "GHANA HEALTH SERVICE", ch(["CHILD HEALTH CARD", "ROUTINE IMMUNIZATION CARD", "CHILD IMMUNISATION RECORD"]) if c.country == "NG" else ch(["CHILD HEALTH RECORD", "Child Health Record Book - Immunisation"]),
                 "Child's name: %s %s   Sex: %s" % (p.first, p.sur, p.sex), "Date of birth: %s   Birth weight: %.1fkg" % (fd(dob, 0), rf(2.3, 4.0)), "Mother's name: %s %s   Father's name: %s %s" % (pname(c, "F")[0], p.sur, pname(c, "M")[0], p.sur),
                 "Address: " + p.addr, "Health facility: " + hf, "Card No: " + digits(6), "", "%-22s %-14s %-10s %s" % ("VACCINE", "DATE GIVEN", "BATCH", "SIGN")]
            t += ["%-22s %-14s %-10s %s" % r for r in rows]
            t += ["", "Next appointment: " + fd(c.date + datetime.timedelta(days=28), 1), "KEEP THIS CARD SAFE AND BRING IT ON EVERY VISIT"]
        elif L == 1:
            t = [hf, "Immunisation register extract" if pr(0.5) else "IMMUNIZATION HISTORY", "Name: %s  DOB: %s  Hosp No: %s" % (p.full, fd(dob, 1), p.hno), ""]
            t += ["%s - %s" % (r[0], r[1] or "due") for r in rows if r[1] or pr(0.5)]
            t += ["", "Growth: wt %.1fkg on %s" % (rf(5, 14), fd(c.date, 1)), "Checked by: " + nurse(c)]
        else:
            t = ["Child: " + p.first + " " + p.sur, "DOB " + fd(dob, 1), "Vaccines:", *["  " + r[0] + " \u2713 " + r[1] for r in rows if r[1] and r[1][0].isdigit()], "Outstanding: " + ", ".join(r[0] for r in rows if not r[1])[:120] or "nil", nurse(c)]
    elif L == 2:
        tt = []
        for i in range(ri(1, 5)):
            tt.append(("TT%d / Td%d" % (i + 1, i + 1), fd(c.date - datetime.timedelta(days=(4 - i) * ri(28, 300)), 1)))
        t = [c.hosp if pr(0.5) else c.gen, ch(["ANTENATAL CARD - TETANUS TOXOID", "Td IMMUNISATION (WOMEN OF CHILDBEARING AGE)", "MATERNAL IMMUNISATION RECORD"]), "Name: %s %s   Age: %s   ANC No: %s" % (p.title, p.name, agestr(p, 0), digits(5)), "",
             *["%s   %s   %s" % (a, b, nurse(c)) for a, b in tt], "", "IPTp-SP: " + ", ".join("dose %d %s" % (i + 1, fd(c.date - datetime.timedelta(weeks=4 * (3 - i)), 1)) for i in range(ri(1, 3))), "LLIN given: " + ch(["Yes", "No"]), "Hep B vaccine: " + ch(["not given", "dose 1 given", "completed"])]
    elif L == 3:
        man = ch(["AstraZeneca (Covishield)", "Pfizer-BioNTech (Comirnaty)", "Moderna", "Janssen (J&J)", "Sinopharm"])
        dt = datetime.date(ri(2021, 2023), ri(1, 12), ri(1, 28))
        t = [ch(["FEDERAL REPUBLIC OF NIGERIA - COVID-19 VACCINATION CARD", "NPHCDA COVID-19 VACCINATION"]) if c.country == "NG" else "GHANA HEALTH SERVICE - COVID-19 VACCINATION CARD", "Name: " + p.full, "DOB: %s   Sex: %s" % (fd(p.dob, 0), p.sex), "ID/Phone: " + p.phone, "",
             "Dose 1: %s  %s  Lot: %s  Site: %s" % (fd(dt, 0), man, digits(6), hf), "Dose 2: %s  %s  Lot: %s" % (fd(dt + datetime.timedelta(days=ri(28, 84)), 0), man, digits(6)) if "Janssen" not in man else "Dose 2: N/A (single dose)",
             "Booster: " + ch(["", fd(dt + datetime.timedelta(days=ri(180, 300)), 0) + " Pfizer", "-"]), "Vaccinator: " + nurse(c), "Verify at: covid19.vaccine.example/" + digits(8)]
    else:
        t = [ch(["INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS", "STAFF IMMUNISATION RECORD - OCCUPATIONAL HEALTH"]), c.hosp, "Name: " + p.full, "DOB: " + fd(p.dob, 0), "Designation: " + ch(["Resident doctor", "Nurse", "Lab scientist", "Porter", "Student nurse"]), "",
             "Yellow fever: %s (valid for life)  Official stamp: %s" % (fd(c.date - datetime.timedelta(days=ri(10, 900)), 0), c.abbr), "Hepatitis B: dose 1 %s; dose 2 %s; dose 3 %s" % (fd(c.date - datetime.timedelta(days=200), 1), fd(c.date - datetime.timedelta(days=170), 1), ch(["pending", fd(c.date, 1)])),
             "Anti-HBs titre: " + ch(["%d mIU/ml" % ri(12, 400), "not done"]), "Td booster: " + fd(c.date - datetime.timedelta(days=ri(30, 2000)), 1), "Meningococcal (ACWY): " + ch(["given", "not given"]), "Signature of clinician: ______"]
    k = Case()
    k.c = c
    return join(t)


def g_registration_form():
    c = make_ctx()
    L = ri(0, 5)
    p = make_patient(c, age=ri(0, 85))
    t = []
    if L == 0:
        t = [c.hosp.upper(), c.box, ch(["PATIENT REGISTRATION FORM", "NEW PATIENT REGISTRATION", "FOLDER OPENING FORM", "HEALTH RECORDS - REGISTRATION"]), form_code(c, "HIM"), "Hospital No: " + p.hno + "   Date: " + fd(c.date, 0), "",
             "Surname: " + p.sur.upper(), "Other names: %s %s" % (p.first, p.middle), "Title: " + p.title, "Sex: [%s] M  [%s] F" % ("X" if p.sex == "M" else " ", "X" if p.sex == "F" else " "), "Date of birth: %s   Age: %s" % (fd(p.dob, 0), agestr(p, 1)),
             "Marital status: " + p.ms, "Occupation: " + p.occ, "Religion: " + p.rel, "Tribe: " + p.tribe, "Nationality: " + ("Nigerian" if c.country == "NG" else "Ghanaian"), "State/Region of origin: " + ch(["____", "-", p.tribe.split()[0] + " area"]),
             "Residential address: " + p.addr, "Phone: " + p.phone, "", "NEXT OF KIN", "Name: " + p.nok, "Relationship: " + p.nokrel, "Phone: " + p.nokphone, "", "Payment category: [%s] Cash  [%s] %s  [%s] HMO  [%s] Staff" % (ch("X "), ch("X "), c.scheme, ch(" X"), " "),
             "Registration fee: %s%s  Receipt No: %s" % (c.cur, "{:,}".format(ch([500, 1000, 1500, 2000, 5]) if c.country == "NG" else ri(5, 30)), digits(7)), "Registered by: " + pname(c, ch("MF"))[2] + " (HIM)"]
    elif L == 1:
        t = ["NATIONAL HEALTH INSURANCE SCHEME" if c.country == "NG" else "NATIONAL HEALTH INSURANCE AUTHORITY (GHANA)", ch(["ENROLMENT / REGISTRATION FORM", "MEMBER REGISTRATION FORM", "Application for Membership"]), "",
             "Surname: %s  First name: %s  Middle: %s" % (p.sur, p.first, p.middle), "DOB: %s  Sex: %s" % (fd(p.dob, 0), p.sex), "Employer: " + ch(["Federal Ministry of %s" % ch(["Works", "Education", "Agriculture"]), "%s Local Government" % c.town, "Ghana Education Service", "Self employed", "Informal sector"]),
             "Category: " + ch(["Formal sector - principal", "Dependant (spouse)", "Dependant (child)", "Informal", "Exempt (under 18)", "Exempt (70+)"]), "Primary healthcare provider of choice: " + ch([c.gen, c.gen2]), "ID type: " + ch(["NIN", "Voter's card", "Ghana Card", "International passport", "Staff ID"]) + "  No: " + digits(11),
             "Dependants:", *["  %d. %s %s  DOB %s" % (i + 1, pname(c, ch("MF"))[0], p.sur, fd(rand_date(), 0)) for i in range(ri(0, 4))], "", "Biometrics captured: [X]  Photograph: [X]", "Applicant sign/thumbprint: ______   Date: " + fd(c.date, 0)]
    elif L == 2:
        ga = ri(10, 30)
        p = make_patient(c, age=ri(18, 42), sex="F")
        t = [c.hosp, ch(["ANTENATAL BOOKING FORM", "ANC REGISTRATION / BOOKING", "MATERNITY REGISTRATION"]), "ANC No: %s   Hosp No: %s" % (digits(5), p.hno), "Date of booking: " + fd(c.date, 0), "Name: %s %s  Age: %s" % (p.title, p.name, agestr(p, 0)),
             "Husband's name: %s  Occupation: %s" % (p.nok, ch(OCC)), "Address: " + p.addr, "Phone: " + p.phone, "Educational level: " + ch(["Primary", "Secondary", "Tertiary", "None"]), "Gravida %d  Para %d+%d" % (ri(1, 6), ri(0, 4), ri(0, 2)),
             "LMP: %s  EDD: %s  GA at booking: %dwks" % (fd(c.date - datetime.timedelta(weeks=ga), 0), fd(c.date + datetime.timedelta(weeks=40 - ga), 0), ga), "Blood group: %s  Genotype: %s" % (ch(["O+", "A+", "B+", "AB+", "O-"]), ch(["AA", "AS", "AC"])),
             "Booking PCV: %d%%  RVS: Non-reactive  HBsAg: Negative  VDRL: Non-reactive" % ri(28, 38), "Height: %dcm  Weight: %dkg  BP: %d/%d" % (ri(150, 172), ri(50, 95), ri(100, 130), ri(60, 85)), "Registered by: " + nurse(c)]
    elif L == 3:
        t = [ch(["EMERGENCY REGISTRATION", "A&E REGISTRATION SLIP", "Casualty Registration"]), c.abbr, "Date/Time: %s %s" % (fd(c.date, 1), tm()), "Name: " + (p.full if pr(0.8) else "UNKNOWN %s (brought by passers-by)" % ("MALE" if p.sex == "M" else "FEMALE")),
             "Approx. age: " + agestr(p, 0), "Sex: " + p.sex, "Brought by: " + ch(["Relative", "Police", "FRSC" if c.country == "NG" else "NAS ambulance", "Self", "Good Samaritan"]), "Contact: " + ch([p.nokphone, "-"]), "Emergency deposit: %s%s" % (c.cur, "{:,}".format(ri(5, 50) * 1000 if c.country == "NG" else ri(50, 500))),
             "Temp. folder no: E/" + digits(5), "Clerk: " + pname(c, ch("MF"))[2]]
    elif L == 4:
        t = [c.hosp, "Patient Demographics" if pr(0.5) else "REGISTRATION DETAILS (HIMS printout)", "=" * 44] + ["%-20s: %s" % (a, b) for a, b in [("MRN", p.hno), ("Name", p.full), ("DOB", fd(p.dob, 0)), ("Gender", "Male" if p.sex == "M" else "Female"), ("Phone", p.phone), ("Address", p.addr),
                                                                                                                             ("Occupation", p.occ), ("Religion", p.rel), ("NOK", "%s (%s) %s" % (p.nok, p.nokrel, p.nokphone)), ("Payer", ch(["Self pay", c.scheme, "HMO - Crestline", "Retainership - %s Bank" % ch(["Pinnacle", "Frontier"])])), ("Registered", fd(c.date, 0) + " " + tm()), ("User", pname(c, "F")[2].lower() + digits(2))]]
    else:
        t = [c.gen, "OPD CARD", "Card No: %s" % digits(5), "Name: %s %s" % (p.title, p.name), "Age: %s   Sex: %s" % (agestr(p, 0), p.sex), "Address: " + p.addr, "Occupation: " + p.occ, "Date: " + fd(c.date, 1), "NHIS: " + ch(["Yes - " + p.ins, "No"])]
    return join(t)


def g_insurance_card():
    c = make_ctx()
    p = make_patient(c, age=ri(1, 75))
    L = ri(0, 5)
    exp = c.date + datetime.timedelta(days=ri(200, 1100))
    hmo = ch(["Crestline Health HMO", "Sapphire Care HMO Ltd", "Unity Shield Health Managers", "Bastion Health Managers", "Evercare Assurance Ltd", "Goldfield HMO"])
    if L == 0 and c.country == "NG":
        t = ["NATIONAL HEALTH INSURANCE %s" % ("SCHEME" if c.scheme == "NHIS" else "AUTHORITY"), "[FRONT]", "Name: " + p.full, "NHIS No: " + p.ins, "Sex: %s  DOB: %s" % (p.sex, fd(p.dob, 0)), "Primary Provider: " + ch([c.gen, c.hosp]), "HMO: " + hmo, "Category: " + ch(["Principal", "Spouse", "Child"]),
             "Valid till: " + fd(exp, 0), "", "[BACK]", "This card is not transferable. If found please return to the nearest NHIS office or %s." % hmo, "Call centre: %s" % phone("NG"), "Signature of holder: ______"]
    elif L in (0, 1):
        t = ["NATIONAL HEALTH INSURANCE AUTHORITY" if pr(0.5) else "NHIS GHANA", "Membership ID: %s" % digits(8), "Name: " + p.full.upper(), "Sex: %s    DOB: %s" % ("MALE" if p.sex == "M" else "FEMALE", fd(p.dob, 0)), "Scheme: %s District Mutual Health Insurance" % c.town,
             "Issued: %s   Expiry: %s" % (fd(c.date, 0), fd(exp, 0)), "[photo]", "", "--- reverse ---", "Renew your membership before expiry to continue enjoying benefits.", "Dial *929# to check status" if pr(0.5) else "Toll free: 0800 %s" % digits(6)]
    elif L == 2:
        t = [hmo.upper(), ch(["HEALTH PLAN ID CARD", "ENROLLEE IDENTIFICATION CARD", "MEMBER CARD"]), "Enrollee: %s %s" % (p.title, p.full), "Enrollee ID: %s/%s/%s" % (ch(["CHL", "SPC", "USH", "BHM"]), digits(5), ch(["A", "B", "C"])), "Plan: " + ch(["Bronze", "Silver", "Gold", "Platinum", "Corporate Plus"]),
             "Company: " + ch(["Pinnacle Bank Plc", "Delta Oil Services Ltd", "Oredu Cement Co.", "Frontier Telecoms"]), "Provider: " + c.hosp, "Blood group: " + ch(["O+", "A+", "B+"]), "Exp: " + fd(exp, 7), "", "(back)", "24hr contact centre: %s, %s" % (phone("NG"), phone("NG")), "Present this card at the point of care. Pre-authorisation required for admissions and surgery."]
    elif L == 3:
        t = ["%s STATE CONTRIBUTORY HEALTH %s" % (c.town.upper(), ch(["SCHEME", "MANAGEMENT AGENCY"])) if c.country == "NG" else "%s MUTUAL HEALTH INSURANCE SCHEME" % c.town.upper(), "Beneficiary: " + p.full, "ID: %s-%s" % (c.town[:3].upper(), digits(7)), "Plan: " + ch(["Equity (vulnerable groups)", "Formal", "Informal premium"]),
             "PHC: " + ch([c.gen, c.gen2]), "Valid: %s - %s" % (fd(c.date, 1), fd(exp, 1)), "NOT FOR SALE"]
    elif L == 4:
        t = ["[Scanned copy - insurance card front/back]", ch([hmo, "NHIS"]), p.full.upper(), "No. %s" % p.ins, "Exp %s" % fd(exp, 1), ch(["Principal: %s" % p.nok, ""]), "---", "Property of %s" % ch([hmo, "NHIS"]), ch(["", "Emergency: " + phone(c.country)])]
    else:
        t = [ch(["STAFF MEDICAL CARD", "RETAINERSHIP MEDICAL CARD", "Company Health Card"]), ch(["Pinnacle Bank Plc", "Federal Polytechnic, " + c.town, "Cocoa Processing Co.", c.hosp + " (Staff)"]), "Staff name: " + p.full, "Staff No: " + digits(5), "Dependants: " + ", ".join(pname(c, ch("MF"))[0] for _ in range(ri(0, 4))),
             "Designated hospital: " + c.hosp, "Card valid until " + fd(exp, 2), "Sign of HR: ______"]
    return join(t)


def g_nursing_note():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 5)
    d = k.adm + datetime.timedelta(days=ri(0, 4))
    nn = nurse(c)
    v = k.v
    if L == 0:
        t = [cd["ward"].upper(), ch(["NURSES' REPORT", "NURSING REPORT", "SHIFT REPORT", "Nurses' Notes"]), "Date: %s   Shift: %s" % (fd(d, 0), ch(["Morning (7am-2pm)", "Afternoon (2pm-9pm)", "Night (9pm-7am)"])), "Bed %d: %s %s (%s) - %s" % (ri(1, 30), p.title, p.name, agestr(p, 2), cd["short"]), "",
             ch(["Patient received in bed", "Received pt conscious and alert", "Pt was received on bed rest"]) + ch([" with IV fluid in progress.", ".", ", relatives in attendance."]),
             "Vital signs checked and recorded: T %s\u00b0C, P %d, R %d, BP %d/%dmmHg." % (round(v["t"] - rf(0, 1), 1), v["p"] - ri(0, 15), v["rr"] - ri(0, 4), v["sbp"] - ri(0, 20), v["dbp"] - ri(0, 10)),
             ch(["Morning care given.", "Bed bath given; pressure areas cared for.", "Assisted with oral hygiene.", "Wound dressing done with normal saline; wound clean."]), "Medications served as prescribed: " + ", ".join(m[0] for m in cd["meds"][:3]) + ".",
             ch(["Ate breakfast (pap and akara).", "Tolerated oral sips.", "Fed via NGT.", "Appetite poor; encouraged."]), "Fluid intake %dmls, output %dmls." % (ri(800, 2500), ri(500, 2000)), ch(["Pt slept at intervals.", "Seen on WR by the doctors; plan noted.", "Relatives counselled on hospital bill.", "Complained of pain, reported to doctor on call; analgesic given."]),
             "Handed over to the %s shift in %s condition." % (ch(["afternoon", "night", "morning"]), ch(["stable", "fair", "satisfactory"])), "", nn]
    elif L == 1:
        dxs = [("Acute pain related to " + cd["cc"][0][0], "Patient will verbalise relief of pain within 1 hour", "Assessed pain (score 7/10); positioned comfortably; administered prescribed analgesics; diversional therapy", "Pain score 3/10 after 1hr. Goal met"),
               ("Risk of infection related to %s" % ("surgical wound" if cd["op"] else "invasive lines"), "Patient will remain free of infection throughout admission", "Maintained aseptic technique; served antibiotics as ordered; monitored temperature 4-hourly", "Afebrile, wound/line site clean. Goal partially met"),
               ("Anxiety related to hospitalisation and cost of care", "Patient will express reduced anxiety within 24 hours", "Established rapport; explained procedures; involved social welfare", "Pt calmer, asking relevant questions"),
               ("Fluid volume deficit related to vomiting" if "vomiting" in str(cd["cc"]) else "Impaired mobility related to weakness", "Patient will maintain adequate hydration/ mobility", "Monitored I/O; IV fluids as prescribed; encouraged oral intake / passive exercises", "Urine output >0.5ml/kg/hr")]
        t = [c.hosp, ch(["NURSING CARE PLAN", "NURSING PROCESS - CARE PLAN", "Nursing Care Plan (NCP)"]), idline(k, 0), "Medical diagnosis: " + cd["dx"], "Date: " + fd(d, 0), ""]
        for i, (nd, obj, ni, ev) in enumerate(pick(dxs, ri(2, 4))):
            t += ["%d. Nursing diagnosis: %s" % (i + 1, nd), "   Objective: " + obj, "   Nursing interventions: " + ni, "   Evaluation: " + ev, ""]
        t += ["Nurse: " + nn]
    elif L == 2:
        t = [ch(["OBSERVATION CHART", "VITAL SIGNS CHART", "TPR CHART"]), "Name: %s  Ward: %s  Hosp No: %s" % (p.name, cd["ward"], p.hno), "%-8s %-6s %-5s %-4s %-8s %-5s %s" % ("Time", "Temp", "Pulse", "RR", "BP", "SpO2", "Sign")]
        for i in range(ri(5, 10)):
            t.append("%-8s %-6s %-5d %-4d %-8s %-5d %s" % ("%02d:00" % ((6 + i * ch([2, 4])) % 24), round(v["t"] - rf(0, 1.2), 1), v["p"] - ri(0, 20), v["rr"] - ri(0, 6), "%d/%d" % (v["sbp"] - ri(0, 25), v["dbp"] - ri(0, 12)), min(100, v["spo2"] + ri(0, 4)), nn.split()[-1][:5]))
        t += ["", "Remarks: " + ch(["Stable", "Febrile spike at 02:00 - doctor informed", "BP rising - reported", ""])]
    elif L == 3:
        t = [ch(["FLUID INPUT/OUTPUT CHART", "FLUID BALANCE CHART", "INTAKE & OUTPUT"]), "Name: %s   Date: %s" % (p.full, fd(d, 1)), "%-7s %-26s %-8s %-16s %s" % ("Time", "Intake (type)", "Vol", "Output", "Vol")]
        tin = tout = 0
        for i in range(ri(5, 9)):
            a = ri(1, 5) * 100
            b = ri(0, 4) * 100
            tin += a
            tout += b
            t.append("%-7s %-26s %-8s %-16s %s" % ("%02d:00" % ((7 + i * 2) % 24), ch(["N/S", "D5W", "Ringer's lactate", "Oral - water", "Oral - pap", "NGT feed", "Blood"]), a, ch(["Urine", "Vomitus", "NGT aspirate", "Drain", "Urine"]), b))
        t += ["24hr total: Input %dmls   Output %dmls   Balance %+dmls" % (tin, tout, tin - tout), nn]
    elif L == 4:
        t = ["%s %s" % (fd(d, 1), tm()), ch(["Nursing note:", "N/N:", "Nurses' note -"]) + " " + ch(["Pt received from theatre", "Pt admitted from A&E", "Pt reviewed", "Pt"]) + ", " + ch(["conscious", "drowsy but rousable", "alert"]) + ". " + ch(["IV line patent.", "Catheter draining clear urine.", "Dressing dry and intact.", "NGT in situ."]),
             "V/S: T %s P %d R %d BP %d/%d." % (v["t"], v["p"], v["rr"], v["sbp"], v["dbp"]), ch(["Drugs served.", "Due meds given.", "Stat dose given as ordered."]), ch(["Will continue to monitor.", "Doctor informed.", "Relatives around."]), "- " + nn]
    else:
        cm = ri(2, 9)
        t = [ch(["LABOUR WARD - MIDWIFE'S NOTES", "PARTOGRAPH NOTES", "Midwifery notes"]), "Name: %s  G%dP%d  Date: %s" % (p.name if p.sex == "F" else "Mrs " + pname(c, "F")[0] + " " + p.sur, ri(1, 5), ri(0, 4), fd(d, 0))]
        h0 = ri(0, 20)
        for i in range(ri(3, 6)):
            cm2 = min(10, cm + i * ri(1, 2))
            t.append("%02d:%02d  FHR %d  Contractions %d in 10min lasting %ds  Cervix %dcm  Descent %d/5  Liquor %s  BP %d/%d" % ((h0 + i * 2) % 24, ch([0, 30]), ri(120, 156), ri(2, 5), ri(20, 50), cm2, max(0, 4 - i), ch(["clear", "C", "I"]), ri(100, 140), ri(60, 90)))
        t += ["Remarks: " + ch(["Progressing well", "Crossed alert line - doctor informed", "Delivered a live male baby by SVD at %s, APGAR 8/10" % tm()]), "Midwife: " + nn]
    return join(t)


def g_ed_note():
    k = make_case(lambda x: x["key"] not in ("hernia", "cataract", "kneeoa", "hiv", "goitre", "fibroid", "breastca"))
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 5)
    st = Hs()
    v = k.v
    unit = "CHER" if p.age < 16 else ch(["A&E", "Accident & Emergency", "EMU", "Emergency Department", "Casualty"])
    arr = tm()
    tri = ch(["RED", "ORANGE", "YELLOW", "GREEN"])
    if L == 0:
        t = [c.hosp.upper(), unit.upper() + ch([" CLERKING", " - CASUALTY CARD", " NOTE", " ASSESSMENT FORM"]), "Date: %s  Time of arrival: %s   Triage: %s" % (fd(k.adm, 0), arr, tri), idline(k, 0), "Brought by: " + ch(["relatives", "self", "ambulance", "police", "neighbours"]), "",
             sec("PC", "; ".join(cc_list(k)), st), sec("HPC", hpi_text(k, False), st), sec("Primary survey", "A - patent; B - RR %d, SpO2 %d%%; C - PR %d, BP %d/%d, CRT %ds; D - %s; E - T %s" % (v["rr"], v["spo2"], v["p"], v["sbp"], v["dbp"], ri(2, 4), ch(["GCS 15/15", "AVPU: A", "GCS 13/15" if cd["key"] == "stroke" else "alert"]), v["t"]), st),
             sec("Exam", "\n".join(exam_lines(k, 0)[1:]), st), sec("Imp", cd["dx"], st), sec("Rx in A&E", "\n".join("- " + med_line(m, 0) for m in cd["meds"][:3]), st), sec("Disposition", ch(["Admit " + cd["ward"], "Admit to " + cd["ward"], "Refer to %s team" % cd["spec"], "Observe in A&E"]), st), "", k.ho.name]
    elif L == 1:
        t = [ch(["TRIAGE FORM", "SATS TRIAGE" if c.country == "GH" else "TRIAGE SHEET", "Emergency Triage Assessment"]), c.abbr + " " + unit, "Name: %s  Age: %s  Sex: %s" % (p.name, agestr(p, 0), p.sex), "Time: " + arr,
             "Mobility: " + ch(["walking", "with help", "stretcher/immobile"]), "RR %d  HR %d  SBP %d  Temp %s  AVPU %s  Trauma %s" % (v["rr"], v["p"], v["sbp"], v["t"], ch(["A", "V"]), "Y" if cd["key"] == "fracture" else "N"), "TEWS: %d" % ri(2, 9), "Discriminators: " + ch(["severe pain", "shortness of breath", "seizure", "none", "high fever"]),
             "Triage category: " + tri, "Chief complaint: " + cd["cc"][0][0], "Triage nurse: " + nurse(c)]
    elif L == 2:
        t = ["%s %s  %s" % (fd(k.adm, 1), arr, unit), "%s %s/%s, %s" % (p.name, agestr(p, 0), p.sex, "BID by relatives" if pr(0.3) else "walked in"), "c/o " + ", ".join(cc_list(k, 3, 0)), "O/E: " + cd["exam"]["gen"], "BP %d/%d, P %d, T %s, RR %d, SpO2 %d%%" % (v["sbp"], v["dbp"], v["p"], v["t"], v["rr"], v["spo2"]),
             ch(["RBS %s mmol/L" % rf(4, 22), "PCV %d%%" % ri(15, 40), "mRDT %s" % ("+" if cd["key"] == "malaria" else "-")]), "Imp: " + cd["short"], "Mx:", *["- " + x for x in cd["plan"][:4]], k.ho.short + " (A&E)"]
    elif L == 3:
        t = [letterhead(c, "Emergency Department"), ch(["EMERGENCY DEPARTMENT RECORD", "ED PHYSICIAN NOTE", "Emergency Visit Summary"]), "Patient: %s   MRN: %s   Age/Sex: %s" % (p.full, p.hno, agestr(p, 2)), "Arrival: %s %s   Mode: %s" % (fd(k.adm, 0), arr, ch(["private car", "ambulance", "walk-in", "tricycle (keke)" if c.country == "NG" else "taxi"])), "",
             "HISTORY: " + hpi_text(k), "", "EXAMINATION: " + " ".join(exam_lines(k, 1)), "", "ED INVESTIGATIONS: " + "; ".join(invest_summary(k)[:2]), "", "ED COURSE: " + ch(["Resuscitated with IV fluids; ", "Oxygen commenced; ", "IV access secured, bloods taken; "]) + "given " + ", ".join(m[0] for m in cd["meds"][:2]) + ". " + ch(["Improved.", "Remained stable.", "Reviewed by %s registrar." % cd["spec"]]),
             "", "DIAGNOSIS: " + cd["dx"], "DISPOSITION: " + ch(["Admitted to " + cd["ward"], "Transferred to theatre", "Admitted to ICU", "Discharged with follow-up"]), "", sig(k.reg, c)]
    elif L == 4 and p.age < 16:
        t = ["CHILDREN EMERGENCY ROOM (CHER)", "Date: %s  Time: %s" % (fd(k.adm, 0), arr), "Name: %s  Age: %s  Wt: %skg" % (p.name, agestr(p, 1), k.v["wt"]), "Emergency signs: " + ch(["Convulsion", "Severe pallor", "Respiratory distress", "Lethargy"]),
             "ETAT: A/B - %s; C - CRT %ds, %s; Coma/Convulsion - %s; Dehydration - %s" % (ch(["no obstruction", "stridor absent"]), ri(2, 4), ch(["warm hands", "cold hands"]), ch(["BCS 5/5", "BCS 3/5"]), ch(["none", "some", "severe"])),
             "Hx (mother): " + hpi_text(k, False), "O/E: " + cd["exam"]["gen"], "Imp: " + cd["dx"], "Emergency Rx: " + "; ".join(med_line(m, 2) for m in cd["meds"][:3]), "Admit CHER. " + k.ho.short]
    else:
        t = [ch(["A&E CASE NOTE", "Emergency note", "Casualty officer's note"]), fd(k.adm, c.dstyle) + " " + arr, idline(k, 3), "", "Seen in %s. %s" % (unit, hpi_text(k)), "Vitals: BP %d/%d, PR %d, RR %d, T %s, SpO2 %d%%" % (v["sbp"], v["dbp"], v["p"], v["rr"], v["t"], v["spo2"]), *exam_lines(k, 0)[1:],
             "Assessment: " + cd["dx"] + ".", "Plan: " + "; ".join(cd["plan"]) + ".", "Time seen by doctor: " + tm(), k.ho.name + ", " + ch(["CMO A&E", "MO", "HO"])]
    return join(t)


def g_transfer_summary():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 5)
    d = k.adm + datetime.timedelta(days=ri(1, 8))
    dest = ch(["ICU", "HDU", cd["ward"], "Surgical Ward", "Medical Ward"])
    frm = ch(["ICU", "A&E", "EMU", "HDU", "Labour Ward", "CHER" if p.age < 16 else "Recovery"])
    ext = ch(["National Hospital, Korle-Nkwanta", "Federal Neuropsychiatric Hospital, Idoro", "National Orthopaedic Hospital, Igbo-Nkwo", "%s (private)" % ch(["Eko-Crest Hospital", "Premier Cardiac Centre", "Royal Renal Centre"]), c.gen])
    if L == 0:
        t = [letterhead(c), ch(["INTER-WARD TRANSFER FORM", "TRANSFER NOTE", "PATIENT TRANSFER SUMMARY"]), idline(k, 0), "Transfer from: %s   To: %s" % (frm, dest), "Date/time: %s %s" % (fd(d, 0), tm()), "",
             "Diagnosis: " + cd["dx"], "Reason for transfer: " + ch(["Clinically improved, no longer requires ICU care", "Requires closer monitoring", "Post-operative care", "Bed space / specialty care"]), "Summary of care: " + (cd["course"] or hpi_text(k, False)),
             "Current medications:", *["  - " + med_line(m, 2) for m in cd["meds"]], "Lines/tubes: " + ch(["peripheral IV line (R hand)", "urethral catheter, NGT", "CVC (R IJV), urethral catheter", "nil"]), "Pending results: " + ch(["blood culture", "histology", "nil", "CT report"]),
             "Vitals at transfer: BP %d/%d, P %d, SpO2 %d%%" % (k.v["sbp"] - ri(0, 30), k.v["dbp"] - ri(0, 15), k.v["p"] - ri(0, 20), min(99, k.v["spo2"] + 2)), "Handing over doctor: %s   Receiving doctor: %s" % (k.ho.name, doctor(c, cd["sk"], "ho").name), "Handing over nurse: " + nurse(c)]
    elif L == 1:
        t = [letterhead(c, "Department of " + cd["spec"]), fd(d, 2), "", "The %s," % ch(["Medical Director", "Consultant on Call", "Head of Unit"]), ext, "", "Dear Colleague,", "", "RE: TRANSFER OF %s (%s, %s)" % (p.full, agestr(p, 1), p.sex), "",
             "We are transferring the above named to your facility for %s." % ch(["specialised care not available in our centre", "continuation of care closer to home at the request of the family", "dialysis due to breakdown of our machines", "neurosurgical intervention"]),
             "%s was admitted on %s with %s. %s" % (p.He, fd(k.adm, 2), cd["dx"].lower(), cd["course"] or ""), "Investigations: " + "; ".join(invest_summary(k)) + ".", "Current treatment: " + ", ".join(med_line(m, 2) for m in cd["meds"][:4]) + ".",
             "Condition at transfer: " + ch(["stable", "fair but stable", "critical but stable for transport"]) + ". Accompanied by %s." % ch(["a nurse and relatives", "a doctor in our ambulance", "relatives"]), "", "Thank you for accepting %s." % p.him, "", sig(k.reg, c)]
    elif L == 2:
        t = [fd(d, c.dstyle) + " " + tm(), ch(["Transfer note", "T/F note", "TRANSFER OUT"]), "Pt: %s %s/%s, %s" % (p.name, agestr(p, 0), p.sex, p.hno), "From %s to %s" % (frm, dest), "Dx: " + cd["short"], "Summary: " + ch([cd["course"], hpi_text(k, False)])[:260],
             "Meds: " + ", ".join(m[0] for m in cd["meds"][:4]), "To do: " + "; ".join(cd["plan"][-2:]), k.ho.short]
    elif L == 3:
        t = [c.hosp.upper(), ch(["ICU DISCHARGE / STEP-DOWN SUMMARY", "INTENSIVE CARE UNIT TRANSFER SUMMARY"]), idline(k, 4), "ICU admission: %s   ICU discharge: %s" % (fd(k.adm, 0), fd(d, 0)), "Admitting diagnosis: " + cd["dx"],
             "Organ support: " + ch(["Mechanical ventilation x %d days (SIMV)" % ri(1, 5), "Inotropes (noradrenaline) x 48hrs", "Haemodialysis x2", "Oxygen via NRB mask"]), "Significant events: " + ch(["Nil", "Self-extubation day 2, reintubated", "Hypoglycaemia episode corrected", "Blood transfusion x2 units"]),
             "Current status: GCS %d/15, BP %d/%d, SpO2 %d%% on %s" % (ri(13, 15), ri(100, 140), ri(60, 90), ri(94, 99), ch(["room air", "2L O2"])), "Recommendations for ward: " + "; ".join(cd["plan"][:3]), "", "ICU Consultant: " + doctor(c, "anaes", "cons").name]
    elif L == 4:
        t = [ch(["REFERRAL/TRANSFER FORM", "INTER-FACILITY TRANSFER FORM", "AMBULANCE TRANSFER RECORD"]), "Sending: " + c.hosp, "Receiving: " + ext, "Patient: %s  Age: %s  Sex: %s" % (p.full, agestr(p, 0), p.sex), "Date: " + fd(d, 0),
             "Diagnosis: " + cd["dx"], "Vitals before departure: BP %d/%d P %d RR %d SpO2 %d%%" % (k.v["sbp"], k.v["dbp"], k.v["p"], k.v["rr"], k.v["spo2"]), "During transfer: " + ch(["stable", "BP dropped, fluids given", "oxygen via cylinder throughout", "uneventful"]),
             "Documents sent: [X] summary [X] results [%s] images" % ch("X "), "Escort: " + nurse(c), "Received by: ______  Time: ______"]
    else:
        t = [letterhead(c), ch(["HANDOVER / TRANSFER OF CARE", "Transfer of care summary"]), "Patient %s (%s) - transfer from %s (Unit %s) to %s" % (p.name, p.hno, cd["spec"], k.unit, ch(["Nephrology", "Cardiology", "Oncology", "Surgery", "Physiotherapy"])), "",
             "Background: " + hpi_text(k), "Active issues:", *["  %d. %s" % (i + 1, x) for i, x in enumerate([cd["short"]] + pick(["anaemia", "hypokalaemia", "pressure sore (sacral, grade II)", "nutrition", "financial constraint"], ri(1, 2)))],
             "Plan/handover: " + "; ".join(cd["plan"][:3]), "", sig(k.reg, c)]
    return join(t)


def g_provider_orders():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 5)
    d = k.adm
    if L == 0:
        t = [c.hosp, ch(["DOCTOR'S ORDER SHEET", "TREATMENT SHEET", "PHYSICIAN'S ORDERS", "DOCTORS' ORDERS"]), idline(k, 3), "", "%s %s" % (fd(d, 1), tm())]
        for i, m in enumerate(cd["meds"]):
            t.append("%d. %s" % (i + 1, med_line(m, 0)))
        t += ["%d. %s" % (len(cd["meds"]) + i + 1, x) for i, x in enumerate(pick(["Check vitals 4-hourly", "Fluid chart", "Send FBC, E/U/Cr", "Bed rest", "Diet as tolerated", "Daily weight"], ri(2, 3)))]
        t += ["", "Dr: %s   Sign: ____" % k.ho.short, "Nurse (noted): " + nurse(c)]
    elif L == 1:
        t = [ch(["ADMISSION ORDERS", "Admit orders", "ADMISSION ORDER SET"]), c.abbr + " / " + cd["ward"], idline(k, 0), "Admit to: %s, Unit %s, under %s" % (cd["ward"], k.unit, k.cons.name), "Condition: " + ch(["fair", "stable", "critical"]), "Diagnosis: " + cd["dx"],
             "Allergies: " + ch(["NKDA", "Nil"]), "Vitals: " + ch(["4-hourly", "2-hourly", "hourly x 6 then 4-hourly"]), "Activity: " + ch(["bed rest", "ambulate as tolerated", "strict bed rest"]), "Diet: " + ch(["NPO", "normal diet", "diabetic diet", "low salt diet", "soft diet"]),
             "IV fluids: " + ch(["N/S 1L 8-hourly", "D5W/N/S alternating 3L/24hrs", "KVO", "Nil"]), "Medications:", *["  - " + med_line(m, 0) for m in cd["meds"]], "Labs: " + ", ".join(x.split(":")[0] for x in invest_summary(k)), "Imaging: " + (cd["img"][0][1] if cd["img"] else "nil"),
             "Notify doctor if: SBP <90 or >180, T >38.5, SpO2 <92%, urine <30mls/hr", "", sig(k.ho, c, False)]
    elif L == 2 and cd["op"]:
        t = [ch(["POST-OPERATIVE ORDERS", "Post-op instructions (surgeon)", "POST OP ORDERS"]), "Pt: %s  Op: %s  Date: %s" % (p.name, OPS[cd["op"]]["name"], fd(d, 1)),
             *["%d. %s" % (i + 1, x) for i, x in enumerate(["Vital signs 1/2-hourly x 2hrs, 1-hourly x 4hrs then 4-hourly", "NPO until fully awake" if cd["op"] not in ("laparotomy",) else "NPO, NGT on free drainage", "IV N/S and D5W 1L 8-hourly",
                                                           "IV Ceftriaxone 1g 12-hourly x 72hrs", "IM Pentazocine 30mg 6-hourly x 48hrs then Tab Paracetamol 1g tds", "Input/output chart", "Check PCV in 24hrs", "Wound inspection on day 3"])], "", k.reg.short]
    elif L == 3:
        t = [ch(["INVESTIGATION ORDERS", "Request list", "Pls do:"]), fd(d, 1), p.name + " / " + p.hno, *["- " + x for x in [x.split(":")[0] for x in invest_summary(k)] + ([cd["img"][0][1]] if cd["img"] else []) + pick(["ECG", "CXR", "Urinalysis", "RBS", "Blood culture", "Serum Mg"], ri(1, 2))], "Indication: " + cd["short"], k.ho.short]
    elif L == 4:
        t = [fd(d, c.dstyle) + " " + tm(), ch(["Rx:", "Orders:", "Treatment:", "Plan/Orders"]), *["%s) %s" % ("abcdefghij"[i], med_line(m, ch([0, 1]))) for i, m in enumerate(cd["meds"])], ch(["", "Cont. other meds", "Stop IV fluids", "Remove catheter"]), ch([k.ho.short, k.reg.short])]
    else:
        t = [letterhead(c, cd["ward"]), ch(["NURSING ORDERS / STANDING INSTRUCTIONS", "STANDING ORDERS", "CONTINUATION ORDERS"]), idline(k, 2), "Date: " + fd(d, 0), "",
             "1. " + ch(["Monitor blood glucose 6-hourly; give soluble insulin per sliding scale:", "Monitor BP 4-hourly; if SBP >180 give Tab Nifedipine 10mg and inform doctor", "Pain score 4-hourly; give IV Paracetamol 1g if score >4"]),
             "   RBS <4: give 50mls D50, inform doctor\n   RBS 4-10: nil\n   RBS 10.1-15: 4iu\n   RBS 15.1-20: 8iu\n   RBS >20: 12iu, inform doctor" if pr(0.5) else "   Inform doctor on call if not settled",
             "2. Turn patient 2-hourly", "3. Strict fluid input/output", "4. " + ch(["Daily weight", "Chest physiotherapy bd", "Catheter care", "Oral hygiene"]), "", "Ordering doctor: %s   Valid until: %s" % (k.reg.name, fd(d + datetime.timedelta(days=3), 0))]
    return join(t)


def g_discharge_instructions():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 5)
    d = k.dis
    rapp = fd(d + datetime.timedelta(days=ri(7, 28)), 2)
    meds = cd["meds"][:ri(2, 4)]
    warn = {"htn": ["severe headache", "chest pain", "weakness of any part of the body", "blurred vision"], "dm": ["wound becomes smelly or swells", "fever", "sweating, shaking or confusion (low sugar)"],
            "malaria": ["fever returns", "child becomes pale or weak", "convulsion", "refusal of feeds"], "scd": ["severe pain not relieved by drugs", "chest pain or breathlessness", "weakness of a limb", "passing dark urine"],
            "preeclampsia": ["severe headache", "blurring of vision", "convulsion", "heavy bleeding"], "ccf": ["worsening breathlessness", "leg swelling increases", "weight gain >2kg in 3 days"]}.get(cd["key"], ["fever", "increasing pain", "wound discharge or bleeding", "vomiting"])
    if L == 0:
        t = [letterhead(c, cd["ward"]), ch(["DISCHARGE INSTRUCTIONS", "ADVICE ON DISCHARGE", "INSTRUCTIONS FOR PATIENTS GOING HOME", "HOME CARE ADVICE"]), "Name: %s   Hosp No: %s   Date: %s" % (p.name, p.hno, fd(d, 0)), "You were treated for: " + cd["short"], "",
             "YOUR MEDICINES:", *["  - %s: %s %s for %s" % (m[0], m[1], m[3], m[4]) for m in meds], "", "WHAT TO DO AT HOME:", *["  - " + x for x in pick(["Take your drugs regularly as prescribed", "Do not take herbal concoctions", "Eat a balanced diet; reduce salt", "Drink plenty of water", "Rest for 2 weeks",
                                                                                                                                          "Keep the wound clean and dry", "Sleep under insecticide-treated net", "Avoid heavy lifting for 6 weeks"], 4)],
             "", "COME BACK TO THE HOSPITAL IMMEDIATELY IF:", *["  * " + w for w in warn], "", "Next clinic appointment: %s (%s)" % (rapp, cd["clinic"]), "Emergency line: " + c.tel]
    elif L == 1:
        t = [c.abbr + " - " + ch(["Patient information leaflet", "DISCHARGE ADVICE CARD"]), "Dear %s %s," % (p.title, p.sur), "", "You are going home today. Please remember the following:", "1. Take your drugs as the doctor has written them. Do not stop on your own.", "2. Bring this card and all your drugs when you come for review on " + rapp + ".",
             "3. " + ch(["Dressing: change at a nearby health centre every 2 days.", "Stitches will be removed on day 10.", "Check your blood pressure weekly and write it down.", "Check your sugar level before breakfast."]), "4. Signs of danger: " + ", ".join(warn) + ". If you notice any, come to A&E at once (any time, day or night).",
             "", "Nurse: " + nurse(c)]
    elif L == 2 and cd["op"]:
        t = [ch(["POST-OPERATIVE DISCHARGE INSTRUCTIONS", "After your operation", "Going home after surgery"]), c.hosp, "Operation: " + OPS[cd["op"]]["name"], "Name: " + p.full, "",
             "Wound care: Keep wound dry for 48hrs. %s" % ch(["Come for stitch removal on %s." % fd(d + datetime.timedelta(days=ri(3, 7)), 1), "Dissolvable stitches - no removal needed."]), "Activity: " + ch(["Walk around daily. No heavy lifting (>5kg) for 6 weeks.", "Avoid driving for 2 weeks.", "Resume normal activity gradually."]),
             "Diet: " + ch(["normal diet", "soft diet for 1 week then normal", "high fibre diet; avoid constipation"]), "Pain: " + ch(["Tab Paracetamol 1g three times daily if needed", "Tab Diclofenac 50mg twice daily after food x 5 days"]), "Sexual intercourse: " + ch(["avoid for 6 weeks", "N/A", "avoid for 4 weeks"]),
             "Return if: " + ", ".join(warn), "Review: SOPD " + rapp]
    elif L == 3:
        t = [fd(d, 1), ch(["D/C advice given:", "Discharge counselling:", "Health education on discharge -"]), *["- " + x for x in pick(["drug compliance", "diet modification", "danger signs (%s)" % ", ".join(warn[:2]), "follow-up date " + rapp, "hygiene", "family planning" if p.sex == "F" and p.age < 45 else "alcohol avoidance", "exercise"], 4)], "Pt/relative verbalised understanding.", nurse(c)]
    elif L == 4:
        bb = "baby" if cd["key"] == "preeclampsia" else "child"
        t = [letterhead(c, ch(["Postnatal Ward", "Paediatric Ward", "Maternity"])), ch(["POSTNATAL DISCHARGE ADVICE", "ADVICE TO MOTHERS ON DISCHARGE", "Mother & Baby going home"]), "Mother/Child: " + p.name, "",
             "- Breastfeed your %s exclusively for 6 months. No water, no glucose." % bb, "- Keep the cord clean and dry. Do not apply anything on it." if bb == "baby" else "- Complete all the drugs even if the child looks well.", "- Take your %s to the nearest health centre for immunisation." % bb,
             "- Come back immediately if: " + ", ".join(warn + ["yellowness of the eyes" if bb == "baby" else "convulsion"]), "- Family planning counselling: " + ch(["done", "to be done at 6 weeks"]), "- Postnatal clinic: " + rapp, "", "Midwife/Nurse: " + nurse(c)]
    else:
        t = [ch(["APPOINTMENT CARD", "FOLLOW-UP CARD"]), c.hosp, "Name: %s  Hosp No: %s" % (p.name, p.hno), "Clinic: " + cd["clinic"], "%-14s %-16s %s" % ("Date", "Time", "Sign"),
             "%-14s %-16s %s" % (rapp, "8.00am", "..."), "", "Instructions: " + ch(["Come with all your drugs", "Fasting blood sugar - come fasted", "Bring your results", "Take your drugs before coming"]), "Drugs: " + ", ".join(m[0] for m in meds), "If unwell before this date, report to A&E."]
    return join(t)


def g_other():
    k = make_case()
    c, p, cd = k.c, k.p, k.cond
    L = ri(0, 9)
    d = k.dis
    if L == 0:
        t = [letterhead(c, "Health Information Management Department"), ch(["FAX COVER SHEET", "FAX TRANSMISSION", "FACSIMILE"]), "Date: " + fd(d, 0), "To: " + ch([c.gen, "Crestline Health HMO", "Records Dept, " + c.gen2]), "Fax: " + phone(c.country), "From: " + c.hosp, "Pages (incl. cover): %d" % ri(2, 9),
             "Re: " + ch(["Requested records - %s" % p.full, "Claims documents", "Results"]), "", "CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you have received this in error, please notify the sender immediately and destroy the documents."]
    elif L == 1:
        items = [("Registration/card", ri(1, 5) * 500), ("Consultation", ri(2, 10) * 500), ("Bed fee (%d days)" % k.los, k.los * ri(1, 5) * 1000), ("Laboratory", ri(5, 40) * 500), ("Pharmacy", ri(10, 80) * 500), ("Nursing care", ri(2, 10) * 500), ("Radiology", ri(0, 20) * 1000)]
        if cd["op"]:
            items.append(("Surgeon's fee/ theatre", ri(80, 300) * 1000))
        if c.country == "GH":
            items = [(a, b // 100) for a, b in items]
        tot = sum(b for a, b in items)
        paid = tot * ri(0, 10) // 10
        t = [c.hosp.upper(), ch(["PATIENT BILL / STATEMENT OF ACCOUNT", "INVOICE", "FINAL BILL", "STATEMENT OF ACCOUNT"]), "Bill No: %s   Date: %s" % (digits(7), fd(d, 0)), "Name: %s   Hosp No: %s" % (p.full, p.hno), "Ward: %s   Adm: %s  D/C: %s" % (cd["ward"], fd(k.adm, 1), fd(d, 1)), "",
             *["%-30s %s%12s" % (a, c.cur, "{:,}".format(b)) for a, b in items], "-" * 46, "%-30s %s%12s" % ("TOTAL", c.cur, "{:,}".format(tot)), "%-30s %s%12s" % ("Deposit/Paid", c.cur, "{:,}".format(paid)), "%-30s %s%12s" % ("BALANCE", c.cur, "{:,}".format(tot - paid)), "",
             "Payment at Revenue Office only. Collect official receipt.", "Cashier: " + pname(c, ch("MF"))[2]]
    elif L == 2:
        t = [c.hosp, ch(["REQUEST FOR RELEASE OF MEDICAL INFORMATION", "AUTHORISATION TO RELEASE HEALTH INFORMATION", "Application for copy of case note/ medical report"]), "",
             "I, %s (Hosp No %s), authorise %s to release %s to %s." % (p.full, p.hno, c.hosp, ch(["my medical report", "copies of my case note", "my laboratory and radiology results", "discharge summary"]), ch(["my employer", "my insurer", "%s Chambers (my solicitors)" % ch(["Olaleye", "Asamoah"]), "a hospital abroad", "the embassy"])),
             "Purpose: " + ch(["Insurance claim", "Legal proceedings", "Continuity of care", "Visa application", "Employment"]), "Period covered: %s - %s" % (fd(k.adm, 1), fd(d, 1)), "", "Signature: ______  Date: " + fd(d + datetime.timedelta(days=30), 0), "ID: " + ch(["NIN", "Ghana Card", "Voter's card"]) + " " + digits(10), "",
             "FOR OFFICE USE: Fee paid %s%s  Receipt no %s  Approved by: ______" % (c.cur, "{:,}".format(ri(2, 20) * 1000), digits(6))]
    elif L == 3:
        t = [ch(["PATIENT SATISFACTION SURVEY", "SERVICOM - CLIENT FEEDBACK FORM" if c.country == "NG" else "CLIENT SATISFACTION QUESTIONNAIRE", "Patient Experience Questionnaire"]), c.hosp, "Clinic/Ward visited: " + ch([cd["clinic"], cd["ward"]]), "Date: " + fd(d, 0), "",
             *["%d. %s  [%s]" % (i + 1, q, ch(["Very good", "Good", "Fair", "Poor"])) for i, q in enumerate(pick(["How were you received at the records unit?", "Waiting time before seeing the doctor", "Attitude of nurses", "Explanation of your illness by the doctor", "Cleanliness of the toilets", "Availability of drugs at the pharmacy", "Cost of services"], 5))],
             "Comments: " + ch(["The waiting time is too long.", "Doctors were very kind.", "Light was off in the ward for 2 days.", "Keep it up.", ""]), "Name (optional): ____"]
    elif L == 4:
        t = ["[Clinical photograph]", ch(["Photo 1:", "Fig. 1 -", "Image:"]) + " " + ch(["Right foot ulcer at presentation, plantar view" if cd["key"] == "dm" else "Pre-operative view of the lesion", "Wound on POD %d" % ri(3, 14), "Anterior neck swelling, frontal view" if cd["key"] == "goitre" else "Surgical specimen", "X-ray film photographed for records"]),
             "Patient: %s  Hosp No: %s  Date: %s" % (p.name, p.hno, fd(d, 0)), "Taken by: " + k.reg.short + " with consent (photo consent form signed)", ch(["For teaching purposes only", "Not for publication", ""])]
    elif L == 5:
        t = [ch(["POLICE MEDICAL REPORT FORM", "MEDICAL REPORT ON INJURED PERSON (POLICE FORM)", "Police Form - Medical Examination"]), "Nigeria Police Force - %s Division" % c.town if c.country == "NG" else "Ghana Police Service - %s District" % c.town, "Ref: CR/%s/%d" % (digits(3), c.year), "",
             "Name of injured: %s  Age: %s  Sex: %s" % (p.full, agestr(p, 0), p.sex), "Alleged cause: " + ch(["Road traffic accident", "Assault", "Domestic violence"]), "Date/time examined: %s %s" % (fd(k.adm, 0), tm()),
             "Injuries found: " + ch(["closed fracture right femur; bruises on the forehead", "2 lacerations on the scalp (4cm and 2cm), swollen left eye", "multiple abrasions on both forearms"]), "Nature: " + ch(["grievous harm", "simple"]), "Treatment given: " + ch(["admitted", "wound dressing and discharged"]), "", "Medical officer: %s  Sign: ______" % k.reg.name]
    elif L == 6:
        t = [ch(["MEDICAL CERTIFICATE OF CAUSE OF DEATH", "CERTIFICATE OF DEATH (HOSPITAL)"]), c.hosp, "Name of deceased: " + p.full, "Age: %s  Sex: %s" % (agestr(p, 1), p.sex), "Date/time of death: %s %s" % (fd(d, 0), tm()), "Ward: " + cd["ward"],
             "I(a) Immediate cause: " + ch(["Cardiorespiratory arrest", "Septic shock", "Hypovolaemic shock", "Raised intracranial pressure"]).replace("Cardiorespiratory arrest", "Acute pulmonary oedema"), "  (b) due to: " + cd["dx"], "  (c) due to: " + ch(["", "Hypertension", "Chronic hepatitis B infection"]), "II Other significant conditions: " + ch(["", "Anaemia", "Type 2 DM"]),
             "Autopsy: " + ch(["Not done", "Declined by relatives"]), "Certifying doctor: %s  %s" % (k.reg.name, k.reg.mdcn), "Body released to: %s (%s)" % (p.nok, p.nokrel)]
    elif L == 7:
        t = [ch(["RECORDS TRACER CARD", "CASE NOTE MOVEMENT REGISTER", "FILE TRACKING SLIP"]), "Folder No: " + p.hno, "Patient: " + p.full, "%-12s %-22s %-14s %s" % ("Date out", "Destination", "Requested by", "Returned"),
             *["%-12s %-22s %-14s %s" % (fd(k.adm + datetime.timedelta(days=i * ri(5, 40)), 1), ch([cd["clinic"], cd["ward"], "Audit", "Claims unit", "Research"]), pname(c, ch("MF"))[2], ch(["Yes", "Yes", "No", ""])) for i in range(ri(3, 6))]]
    elif L == 8:
        t = [letterhead(c, "Social Welfare Unit"), ch(["SOCIAL WELFARE ASSESSMENT FORM", "Medical Social Work Report", "INDIGENT PATIENT ASSESSMENT"]), idline(k, 0), "Diagnosis: " + cd["short"], "",
             "Household: %d members; breadwinner: %s (%s)" % (ri(3, 11), ch(["patient", "spouse", "son"]), ch(OCC)), "Monthly income: approx. %s%s" % (c.cur, "{:,}".format(ri(10, 80) * 1000 if c.country == "NG" else ri(200, 1500))), "Outstanding bill: %s%s" % (c.cur, "{:,}".format(ri(20, 500) * 1000 if c.country == "NG" else ri(500, 9000))),
             "Assessment: " + ch(["Family genuinely indigent", "Partially able to pay", "Relatives abandoned patient"]), "Recommendation: " + ch(["50% waiver", "Full waiver from indigent fund", "Instalment payment plan", "Refer to NGO support (e.g. church welfare)"]), "", "Medical Social Worker: " + pname(c, ch("MF"))[0] + " " + pname(c, "F")[2]]
    else:
        t = [c.hosp, ch(["SPECIMEN REJECTION NOTICE", "LABORATORY SAMPLE REJECTION SLIP"]), "Patient: %s  Ward: %s" % (p.full, cd["ward"]), "Date: " + fd(k.adm, 0), "Specimen: " + ch(["Blood (EDTA)", "Urine", "Clotted blood", "CSF"]),
             "Reason: " + ch(["Haemolysed sample", "Unlabelled container", "Insufficient volume", "Wrong container", "Sample older than 6 hours"]), "Action: Please recollect and resend.", "MLS: " + pname(c, ch("MF"))[2]]
    return join(t)


# ----------------------------------------------------------------------------- driver
GENS = [("discharge_summary", g_discharge_summary), ("history_physical", g_history_physical), ("progress_note", g_progress_note), ("consult_note", g_consult_note),
        ("operative_note", g_operative_note), ("procedure_note", g_procedure_note), ("lab_report", g_lab_report), ("imaging_report", g_imaging_report),
        ("pathology_report", g_pathology_report), ("medication_list", g_medication_list), ("prescription", g_prescription), ("anesthesia_record", g_anesthesia_record),
        ("correspondence", g_correspondence), ("consent_form", g_consent_form), ("referral_letter", g_referral_letter), ("advance_directive", g_advance_directive),
        ("ecg_report", g_ecg_report), ("immunization_record", g_immunization_record), ("registration_form", g_registration_form), ("insurance_card", g_insurance_card),
        ("nursing_note", g_nursing_note), ("ed_note", g_ed_note), ("transfer_summary", g_transfer_summary), ("provider_orders", g_provider_orders),
        ("discharge_instructions", g_discharge_instructions), ("other", g_other)]


def tidy(text):
    lines = [ln.rstrip() for ln in text.split("\n")]
    out = []
    blank = 0
    for ln in lines:
        if ln.strip() == "":
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return "\n".join(out).strip("\n")


def main():
    global R
    ap = argparse.ArgumentParser(description="Synthetic West African clinical documents")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    R = random.Random(a.seed)
    docs = []
    for label, fn in GENS:
        for i in range(a.per_type):
            text = fn()
            text = tidy(text)
            c = LAST[0]
            if pr(0.55):
                text = furniture(c, text)
            text = ocr(text)
            docs.append({"id": "", "label": label, "text": text})
    R.shuffle(docs)
    for n, d in enumerate(docs):
        d["id"] = "wa%d-%05d-%s" % (a.seed, n, digits(4))
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
