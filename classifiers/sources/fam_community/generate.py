#!/usr/bin/env python3
"""Synthetic document generator: small rural US community hospital, rural
health clinic and affiliated nursing home, 2000s-2010s.

All names, places, identifiers and clinical details are fictitious.
Standard library only. Deterministic for a given --seed.

Usage: python generate.py --seed N --per-type K --out docs.jsonl
"""
import argparse
import datetime as dt
import hashlib
import json
import random
import sys

# ---------------------------------------------------------------------------
# basic helpers
# ---------------------------------------------------------------------------


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def some(r, seq, lo, hi):
    hi = min(hi, len(seq))
    lo = min(lo, hi)
    return r.sample(list(seq), r.randint(lo, hi))


def cap_first(s):
    return s[:1].upper() + s[1:] if s else s


def oxford(items):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return items[0] + " and " + items[1]
    return ", ".join(items[:-1]) + ", and " + items[-1]


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def rand_date(r, y0=2001, y1=2018):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(start, end))


def fmt_date(r, d, style=None):
    if style is None:
        style = r.randrange(6)
    if style == 0:
        return d.strftime("%m/%d/%Y")
    if style == 1:
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == 2:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 3:
        return d.strftime("%d-%b-%Y").upper()
    if style == 4:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    return d.strftime("%m-%d-%Y")


def fmt_time(r, military=None):
    h = r.randint(0, 23)
    m = r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55])
    if military is None:
        military = chance(r, 0.6)
    if military:
        return "%02d%02d" % (h, m)
    ap = "AM" if h < 12 else "PM"
    hh = h % 12 or 12
    return "%d:%02d %s" % (hh, m, ap)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def letters(r, n):
    return "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


# ---------------------------------------------------------------------------
# fictitious people & places
# ---------------------------------------------------------------------------

FIRST_M = ["Virgil", "Dale", "Orville", "Lyle", "Merle", "Clayton", "Wendell",
           "Dwayne", "Harlan", "Emmett", "Rusty", "Cletus", "Delbert", "Floyd",
           "Gene", "Homer", "Ivan", "Jasper", "Kermit", "Lonnie", "Marvin",
           "Norbert", "Otis", "Percy", "Roscoe", "Stanley", "Tucker", "Vernon",
           "Walt", "Wyatt", "Cody", "Travis", "Dustin", "Brady", "Colton",
           "Garrett", "Jace", "Kyle", "Landon", "Trent", "Zeke", "Amos"]
FIRST_F = ["Opal", "Verna", "Mavis", "Loretta", "Darlene", "Bonnie", "Edna",
           "Faye", "Gladys", "Hazel", "Irma", "June", "Lavonne", "Myrtle",
           "Nadine", "Pearl", "Rhonda", "Sheila", "Thelma", "Wanda", "Alma",
           "Bernice", "Cora", "Dolores", "Eula", "Geneva", "Ione", "Jolene",
           "Kayla", "Brittany", "Tiffany", "Ashlyn", "Destiny", "Kaylee",
           "Shawna", "Trista", "Marla", "Lacey", "Jodi", "Tammy", "Della"]
LAST = ["Brambleton", "Quillfeather", "Oakhollow", "Pettibone", "Wickersham",
        "Thistlewood", "Mudgett", "Farnsworth-Tully", "Hobcroft", "Larkspur",
        "Dunwiddie", "Greaseby", "Pennywhistle", "Rutabaker", "Stubblefield",
        "Tumbleson", "Underhay", "Vorhees-Plank", "Wimbley", "Yarrowby",
        "Crabtree", "Dinwoody", "Eberhollow", "Fiddleman", "Gullickson",
        "Haybarger", "Inkster", "Jorgapple", "Kettleson", "Lumbergh",
        "Mossbank", "Nettlerod", "Oxbury", "Puddicombe", "Quackenbush",
        "Rootbeck", "Sassafrey", "Tillotson", "Umberfield", "Vandersnoot",
        "Whitlatch", "Ziegelbauer", "Bucklebury", "Cornhusk", "Dogwood",
        "Elderkin", "Furrowman", "Gristmill", "Hollyhock", "Ironweed"]
DOC_FIRST = ["Alden", "Beatrix", "Cyrus", "Delphine", "Ezra", "Florence",
             "Gideon", "Hollis", "Ingrid", "Jonah", "Katrin", "Lucius",
             "Marisol", "Nathaniel", "Ophelia", "Prakash", "Quentin",
             "Rosalind", "Silas", "Tobias", "Ulrich", "Vivian", "Warren",
             "Ximena", "Yusuf", "Zelda", "Anand", "Bettina", "Conrad", "Dagny"]
DOC_LAST = ["Hartwick", "Pemberton", "Osgood", "Kittredge", "Lindqvist",
            "Marchetti", "Nakashima", "Oyelaran", "Prudhomme", "Quimby",
            "Ravensworth", "Saltonstall", "Trevelyan", "Umstead", "Vanterpool",
            "Wetherby", "Ashcombe", "Blackwood", "Calloway", "Delacroix",
            "Eckhardt", "Fairweather", "Goodnight", "Hollister", "Iverson",
            "Jessup", "Kowalczyk", "Lockhart", "Montague", "Nightingale"]
CRED_MD = ["MD", "MD", "DO", "MD, FAAFP", "MD, FACS", "DO, FACOG"]
CRED_MID = ["PA-C", "FNP-C", "APRN", "FNP-BC", "PA"]
CRED_RN = ["RN", "LPN", "RN, BSN", "CNA", "RN, CWOCN", "LPN, charge"]

TOWNS = [("Pine Hollow", "KS", "670"), ("Cedar Bluff", "NE", "688"),
         ("Millbrook Falls", "IA", "515"), ("Harlan Ridge", "KY", "417"),
         ("Wheatfield", "ND", "583"), ("Cottonwood Springs", "OK", "736"),
         ("Sugar Creek", "MO", "654"), ("Turkey Run", "IN", "479"),
         ("Elk Prairie", "MN", "567"), ("Buckhorn", "TN", "383"),
         ("Willow Bend", "AR", "725"), ("Saltlick", "WV", "262"),
         ("Granite Gap", "MT", "595"), ("Dry Fork", "WY", "826"),
         ("Red Clay", "GA", "307"), ("Possum Trot", "MS", "388"),
         ("Bluestem", "SD", "575"), ("Osage Flats", "KS", "677")]
STREETS = ["Main St", "Elm St", "County Road 14", "Rural Route 2", "Oak Ave",
           "Depot St", "Grain Elevator Rd", "Schoolhouse Ln", "Highway 36",
           "Mill Rd", "Church St", "Cemetery Rd", "N 4th St", "Prairie View Dr",
           "Box 112", "Old Mine Rd", "Feedlot Rd", "Water Tower Way"]

INSURERS = ["Medicare Part A/B", "Medicaid", "Blue Cross Blue Shield",
            "Farm Bureau Health Plan", "Heartland Mutual Health",
            "Prairie States Benefit Trust", "Medicare Advantage - Golden Years Plan",
            "Self-pay", "Workers Comp - Grain Co-op", "Tricare",
            "Cornbelt Cooperative Insurance", "State Children's Health Plan",
            "Ranchers Union Health Assn", "Medicare / Medicaid (dual)"]


_LOCAL = {"fac": None}


class Facility:
    def __init__(self, r):
        town, st, zp = pick(r, TOWNS)
        _LOCAL["fac"] = self
        self.town, self.state = town, st
        self.zip = zp + digits(r, 2)
        county = pick(r, ["Pawnee", "Kiowa", "Osage", "Cherokee", "Decatur",
                          "Franklin", "Greeley", "Hickory", "Logan", "Meade",
                          "Norton", "Rooks", "Sheridan", "Trego", "Wabaunsee"])
        self.county = county
        self.hospital = pick(r, ["%s Community Hospital" % town,
                                 "%s County Memorial Hospital" % county,
                                 "%s District Hospital" % town,
                                 "%s Valley Regional Medical Center" % county,
                                 "Good Shepherd Hospital of %s" % town,
                                 "%s Critical Access Hospital" % town])
        self.clinic = pick(r, ["%s Rural Health Clinic" % town,
                               "%s Family Practice" % town,
                               "%s County Medical Clinic" % county,
                               "Prairie Family Health - %s" % town,
                               "%s Family Medicine & OB" % town])
        self.nh = pick(r, ["%s Manor Nursing & Rehabilitation" % town,
                           "Golden Acres Care Center",
                           "%s County Long Term Care Unit" % county,
                           "Sunset Haven Nursing Home",
                           "Meadowlark Living Center",
                           "Good Samaritan Society - %s" % town])
        self.tertiary = pick(r, ["University Medical Center", "St. Bartholomew Regional",
                                 "Metro Methodist Hospital", "Capital City Medical Center",
                                 "Mercy Regional Trauma Center",
                                 "Riverbend University Hospital"])
        self.street = "%d %s" % (r.randint(100, 2999), pick(r, STREETS))
        self.ac = pick(r, ["620", "785", "402", "319", "606", "580", "573", "270"])
        self.phone = "(%s) %s-%s" % (self.ac, digits(r, 3), digits(r, 4))
        self.fax = "(%s) %s-%s" % (self.ac, digits(r, 3), digits(r, 4))

    def addr(self):
        return "%s, %s, %s %s" % (self.street, self.town, self.state, self.zip)


def person(r, sex=None):
    if sex is None:
        sex = pick(r, "MF")
    first = pick(r, FIRST_M if sex == "M" else FIRST_F)
    return {"first": first, "last": pick(r, LAST),
            "mi": pick(r, "ABCDEFGHJKLMNPRSTW"), "sex": sex}


def provider(r, kind="md"):
    name = "%s %s" % (pick(r, DOC_FIRST), pick(r, DOC_LAST))
    if kind == "md":
        return name + ", " + pick(r, CRED_MD)
    if kind == "mid":
        return name + ", " + pick(r, CRED_MID)
    return name + ", " + pick(r, CRED_RN)


def dr(r):
    return "Dr. " + pick(r, DOC_LAST)


class Patient:
    def __init__(self, r, min_age=0, max_age=98, sex=None, when=None):
        p = person(r, sex)
        self.first, self.last, self.mi, self.sex = p["first"], p["last"], p["mi"], p["sex"]
        self.when = when or rand_date(r)
        age = r.randint(min_age, max_age)
        self.dob = dt.date(self.when.year - age, r.randint(1, 12), r.randint(1, 28))
        self.age = age_on(self.dob, self.when)
        self.mrn = pick(r, ["%s-%s" % (digits(r, 2), digits(r, 4)), digits(r, 6),
                            "M" + digits(r, 7), "00" + digits(r, 5)])
        self.acct = pick(r, ["V" + digits(r, 8), digits(r, 9), "A" + digits(r, 6)])
        self.street = "%d %s" % (r.randint(10, 9999), pick(r, STREETS))
        t = pick(r, TOWNS)
        self.town, self.state, self.zip = t[0], t[1], t[2] + digits(r, 2)
        f = _LOCAL.get("fac")
        if f is not None and chance(r, 0.7):
            self.town, self.state, self.zip = f.town, f.state, f.zip
        self.phone = "(%s) %s-%s" % (pick(r, ["620", "785", "402", "319", "573"]),
                                     digits(r, 3), digits(r, 4))
        self.ssn4 = digits(r, 4)
        self.ins = pick(r, INSURERS) if self.age < 65 else pick(
            r, ["Medicare Part A/B", "Medicare / Medicaid (dual)",
                "Medicare Advantage - Golden Years Plan", "Medicare Part A/B"])

    def name(self, style=0):
        if style == 0:
            return "%s %s" % (self.first, self.last)
        if style == 1:
            return "%s, %s" % (self.last.upper(), self.first.upper())
        if style == 2:
            return "%s, %s %s." % (self.last, self.first, self.mi)
        return "%s %s. %s" % (self.first, self.mi, self.last)

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"

    @property
    def noun(self):
        if self.age < 2:
            return "infant"
        if self.age < 13:
            return "boy" if self.sex == "M" else "girl"
        if self.age < 18:
            return "adolescent male" if self.sex == "M" else "adolescent female"
        return "male" if self.sex == "M" else "female"

    @property
    def sexword(self):
        return "Male" if self.sex == "M" else "Female"


def header_block(r, pt, fac, d, place=None, extra=None):
    """a few header variants used by many document types"""
    place = place or fac.hospital
    v = r.randrange(4)
    lines = []
    if v == 0:
        lines += [place.upper(), fac.addr()]
        lines += ["PATIENT: %s   MR#: %s" % (pt.name(1), pt.mrn),
                  "DOB: %s   AGE: %d   SEX: %s" % (fmt_date(r, pt.dob, 0), pt.age, pt.sex)]
    elif v == 1:
        lines += [place]
        lines += ["Name: %s" % pt.name(2), "Med Rec No.: %s" % pt.mrn,
                  "Date of Birth: %s" % fmt_date(r, pt.dob)]
    elif v == 2:
        lines += ["%s  |  %s  |  Ph %s" % (place, fac.town + ", " + fac.state, fac.phone)]
        lines += ["%s  MRN %s  ACCT %s  DOB %s" % (pt.name(1), pt.mrn, pt.acct,
                                                  fmt_date(r, pt.dob, 0))]
    else:
        lines += ["PT NAME: %s" % pt.name(1), "MR: %s  ACCT: %s" % (pt.mrn, pt.acct),
                  "DOB: %s" % fmt_date(r, pt.dob, 1)]
    if extra:
        lines += extra
    return "\n".join(lines)


def dictation_footer(r, who, d, kind="gen"):
    d2 = d + dt.timedelta(days=r.randint(0, 3))
    job = digits(r, 6)
    init = "".join(w[0] for w in who.split(",")[0].split()).lower()
    tr = letters(r, 2).lower()
    v = r.randrange(5)
    if v == 0:
        return "\n%s\n\nDICTATED BUT NOT READ\n\n%s/%s\nD: %s  T: %s\nJob #%s" % (
            who, init, tr, fmt_date(r, d, 0), fmt_date(r, d2, 0), job)
    if v == 1:
        return "\n_____________________________\n%s\n\n%s:%s  D:%s T:%s\nDoc# %s" % (
            who, init.upper(), tr, fmt_date(r, d, 1), fmt_date(r, d2, 1), job)
    if v == 2:
        return ("\nElectronically signed by %s on %s at %s\n" % (who, fmt_date(r, d2, 0), fmt_time(r))) \
            + "Dictated %s / Transcribed %s" % (fmt_date(r, d, 0), fmt_date(r, d2, 0))
    if v == 3:
        return "\n%s\nDICTATED BUT NOT READ - SUBJECT TO REVISION\ncc: chart; %s" % (
            who, dr(r))
    return "\n%s\n%s/%s   dd: %s   dt: %s" % (who, init, tr, fmt_date(r, d, 1), fmt_date(r, d2, 1))


def fax_header(r, fromname, fromfax, d, pages=None):
    pages = pages or r.randint(1, 4)
    p = r.randint(1, pages)
    v = r.randrange(3)
    if v == 0:
        return "%s %s  FROM: %s  FAX %s   P.%d/%d" % (
            fmt_date(r, d, 0), fmt_time(r, True), fromname.upper(), fromfax, p, pages)
    if v == 1:
        return "%s %s %s                      PAGE %02d" % (
            d.strftime("%b-%d-%Y").upper(), fmt_time(r, False), fromfax, p)
    return "** RECEIVED BY FAX %s %s ** pg %d of %d" % (fmt_date(r, d, 1), fmt_time(r, True), p, pages)


def checkbox(r, label, options, chosen=None):
    if chosen is None:
        chosen = pick(r, options)
    return label + " " + "  ".join(("[X] " if o == chosen else "[ ] ") + o for o in options)


def yn(r, label, yes=None, p=0.5):
    if yes is None:
        yes = chance(r, p)
    return "%s  [%s] Yes  [%s] No" % (label, "X" if yes else " ", " " if yes else "X")


def icd(r, code9, code10, d):
    """ICD-9 before Oct 2015, ICD-10 after"""
    if d >= dt.date(2015, 10, 1):
        return code10
    return code9

# ---------------------------------------------------------------------------
# clinical vocabulary
# ---------------------------------------------------------------------------

# chronic problems: (name, abbreviation, icd9, icd10)
CHRONIC = [
    ("hypertension", "HTN", "401.9", "I10"),
    ("type 2 diabetes mellitus", "DM2", "250.00", "E11.9"),
    ("insulin-requiring type 2 diabetes", "IDDM", "250.02", "E11.65"),
    ("hyperlipidemia", "HLD", "272.4", "E78.5"),
    ("coronary artery disease", "CAD", "414.01", "I25.10"),
    ("congestive heart failure", "CHF", "428.0", "I50.9"),
    ("atrial fibrillation", "AFib", "427.31", "I48.91"),
    ("COPD", "COPD", "496", "J44.9"),
    ("asthma", "asthma", "493.90", "J45.909"),
    ("chronic kidney disease stage 3", "CKD 3", "585.3", "N18.3"),
    ("hypothyroidism", "hypothyroid", "244.9", "E03.9"),
    ("osteoarthritis of the knees", "OA knees", "715.96", "M17.0"),
    ("degenerative disc disease, lumbar", "DDD L-spine", "722.52", "M51.36"),
    ("GERD", "GERD", "530.81", "K21.9"),
    ("depression", "depression", "311", "F32.9"),
    ("generalized anxiety disorder", "GAD", "300.02", "F41.1"),
    ("dementia, Alzheimer type", "dementia", "331.0", "G30.9"),
    ("Parkinson disease", "Parkinson's", "332.0", "G20"),
    ("osteoporosis", "osteoporosis", "733.00", "M81.0"),
    ("benign prostatic hyperplasia", "BPH", "600.00", "N40.0"),
    ("peripheral vascular disease", "PVD", "443.9", "I73.9"),
    ("history of CVA with left hemiparesis", "old CVA", "438.20", "I69.354"),
    ("obstructive sleep apnea on CPAP", "OSA", "327.23", "G47.33"),
    ("morbid obesity", "obesity", "278.01", "E66.01"),
    ("tobacco use disorder", "tobacco abuse", "305.1", "F17.210"),
    ("alcohol dependence", "EtOH dependence", "303.90", "F10.20"),
    ("bipolar disorder", "bipolar d/o", "296.80", "F31.9"),
    ("seizure disorder", "sz d/o", "345.90", "G40.909"),
    ("gout", "gout", "274.9", "M10.9"),
    ("rheumatoid arthritis", "RA", "714.0", "M06.9"),
    ("chronic venous insufficiency", "venous insuff", "459.81", "I87.2"),
    ("anemia of chronic disease", "anemia", "285.29", "D63.8"),
    ("macular degeneration", "ARMD", "362.50", "H35.30"),
    ("urinary incontinence", "incontinence", "788.30", "R32"),
    ("chronic pain syndrome", "chronic pain", "338.4", "G89.4"),
    ("migraine", "migraine", "346.90", "G43.909"),
    ("schizophrenia", "schizophrenia", "295.90", "F20.9"),
    ("post-traumatic stress disorder", "PTSD", "309.81", "F43.10"),
]

PSH = ["appendectomy", "cholecystectomy", "TAH-BSO", "total knee arthroplasty, right",
       "total hip arthroplasty, left", "CABG x3", "tonsillectomy as a child",
       "C-section x2", "tubal ligation", "hernia repair", "TURP", "cataract extraction OU",
       "carpal tunnel release", "lumbar laminectomy", "coronary stent", "pacemaker placement",
       "ORIF right wrist", "hysterectomy", "vasectomy", "partial colectomy",
       "rotator cuff repair", "mastectomy, left", "amputation of 2nd toe, right foot",
       "D&C", "thyroidectomy", "hemorrhoidectomy", "none"]

ALLERGIES = ["NKDA", "NKDA", "NKDA", "Penicillin (hives)", "Sulfa (rash)",
             "Codeine (nausea)", "Morphine (itching)", "Latex", "Iodine contrast",
             "Ciprofloxacin", "Erythromycin (GI upset)", "Bee stings",
             "Lisinopril (cough)", "Amoxicillin", "Tetracycline", "Adhesive tape",
             "Aspirin (GI bleed)", "Keflex (rash)", "Demerol", "Shellfish"]

# medicine: (name, [strengths], [sigs], cls)
MEDS = [
    ("lisinopril", ["5 mg", "10 mg", "20 mg", "40 mg"], ["daily", "once a day"], "acei"),
    ("metoprolol tartrate", ["25 mg", "50 mg"], ["BID", "twice daily"], "bb"),
    ("metoprolol succinate ER", ["25 mg", "50 mg", "100 mg"], ["daily"], "bb"),
    ("atenolol", ["25 mg", "50 mg"], ["daily"], "bb"),
    ("amlodipine", ["5 mg", "10 mg"], ["daily"], "ccb"),
    ("hydrochlorothiazide", ["12.5 mg", "25 mg"], ["q AM", "daily"], "diur"),
    ("furosemide", ["20 mg", "40 mg", "80 mg"], ["daily", "BID"], "diur"),
    ("spironolactone", ["25 mg"], ["daily"], "diur"),
    ("metformin", ["500 mg", "850 mg", "1000 mg"], ["BID with meals", "daily with supper"], "dm"),
    ("glipizide", ["5 mg", "10 mg"], ["daily before breakfast", "BID"], "dm"),
    ("insulin glargine (Lantus)", ["10 units", "18 units", "24 units", "32 units"], ["at bedtime", "q HS"], "dm"),
    ("insulin NPH", ["20 units", "14 units"], ["q AM and 10 units q PM"], "dm"),
    ("insulin lispro", ["per sliding scale"], ["AC & HS"], "dm"),
    ("simvastatin", ["20 mg", "40 mg"], ["q HS", "at bedtime"], "lipid"),
    ("atorvastatin", ["10 mg", "20 mg", "40 mg", "80 mg"], ["daily"], "lipid"),
    ("pravastatin", ["40 mg"], ["q HS"], "lipid"),
    ("aspirin", ["81 mg", "325 mg"], ["daily"], "anti"),
    ("clopidogrel", ["75 mg"], ["daily"], "anti"),
    ("warfarin", ["2.5 mg", "5 mg", "3 mg", "7.5 mg"], ["daily or as directed per INR", "q PM"], "anti"),
    ("digoxin", ["0.125 mg", "0.25 mg"], ["daily"], "card"),
    ("diltiazem CD", ["120 mg", "180 mg", "240 mg"], ["daily"], "ccb"),
    ("levothyroxine", ["25 mcg", "50 mcg", "75 mcg", "88 mcg", "112 mcg"], ["daily on empty stomach"], "thy"),
    ("omeprazole", ["20 mg", "40 mg"], ["daily before breakfast"], "gi"),
    ("pantoprazole", ["40 mg"], ["daily"], "gi"),
    ("ranitidine", ["150 mg"], ["BID"], "gi"),
    ("docusate sodium", ["100 mg"], ["BID", "daily prn constipation"], "gi"),
    ("senna", ["8.6 mg 2 tabs"], ["q HS"], "gi"),
    ("polyethylene glycol (Miralax)", ["17 g"], ["daily in 8 oz fluid"], "gi"),
    ("sertraline", ["50 mg", "100 mg"], ["daily"], "psych"),
    ("citalopram", ["20 mg", "40 mg"], ["daily"], "psych"),
    ("fluoxetine", ["20 mg", "40 mg"], ["q AM"], "psych"),
    ("trazodone", ["50 mg", "100 mg"], ["q HS prn sleep"], "psych"),
    ("bupropion SR", ["150 mg"], ["BID"], "psych"),
    ("quetiapine", ["25 mg", "50 mg", "100 mg"], ["q HS"], "psych"),
    ("lorazepam", ["0.5 mg", "1 mg"], ["q 6 hrs prn anxiety", "BID prn"], "psych"),
    ("donepezil", ["5 mg", "10 mg"], ["q HS"], "neuro"),
    ("memantine", ["10 mg"], ["BID"], "neuro"),
    ("carbidopa/levodopa", ["25/100"], ["TID"], "neuro"),
    ("gabapentin", ["100 mg", "300 mg", "600 mg"], ["TID", "q HS"], "neuro"),
    ("phenytoin", ["100 mg"], ["TID"], "neuro"),
    ("levetiracetam", ["500 mg"], ["BID"], "neuro"),
    ("acetaminophen", ["325 mg 2 tabs", "500 mg", "650 mg"], ["q 6 hrs prn pain", "q 4-6 hrs prn"], "pain"),
    ("hydrocodone/APAP", ["5/325", "7.5/325", "10/325"], ["1 tab q 4-6 hrs prn pain", "1-2 tabs q 6 hrs prn"], "pain"),
    ("tramadol", ["50 mg"], ["q 6 hrs prn pain"], "pain"),
    ("ibuprofen", ["400 mg", "600 mg", "800 mg"], ["q 8 hrs with food prn"], "pain"),
    ("meloxicam", ["7.5 mg", "15 mg"], ["daily"], "pain"),
    ("oxycodone", ["5 mg"], ["q 4 hrs prn severe pain"], "pain"),
    ("prednisone", ["10 mg", "20 mg", "40 mg"], ["daily x 5 days", "taper as directed"], "ster"),
    ("albuterol HFA", ["2 puffs"], ["q 4-6 hrs prn wheeze/SOB"], "resp"),
    ("albuterol/ipratropium neb", ["3 mL"], ["q 4 hrs prn", "QID"], "resp"),
    ("tiotropium (Spiriva)", ["18 mcg inhaled"], ["daily"], "resp"),
    ("fluticasone/salmeterol (Advair)", ["250/50 1 puff"], ["BID"], "resp"),
    ("montelukast", ["10 mg"], ["q HS"], "resp"),
    ("potassium chloride", ["10 mEq", "20 mEq"], ["daily", "BID"], "lyte"),
    ("calcium carbonate + vit D", ["600 mg/400 IU"], ["BID"], "vit"),
    ("vitamin B12", ["1000 mcg"], ["daily", "IM monthly"], "vit"),
    ("ferrous sulfate", ["325 mg"], ["daily", "TID with meals"], "vit"),
    ("multivitamin", ["1 tab"], ["daily"], "vit"),
    ("alendronate", ["70 mg"], ["weekly on Sunday"], "bone"),
    ("tamsulosin", ["0.4 mg"], ["q HS"], "gu"),
    ("oxybutynin", ["5 mg"], ["BID"], "gu"),
    ("allopurinol", ["100 mg", "300 mg"], ["daily"], "gout"),
    ("cephalexin", ["500 mg"], ["QID x 10 days", "TID x 7 days"], "abx"),
    ("amoxicillin", ["500 mg", "875 mg"], ["TID x 10 days", "BID x 10 days"], "abx"),
    ("amoxicillin/clavulanate", ["875/125 mg"], ["BID x 10 days"], "abx"),
    ("azithromycin", ["250 mg Z-pak"], ["2 tabs day 1 then 1 tab daily x 4 days"], "abx"),
    ("ciprofloxacin", ["250 mg", "500 mg"], ["BID x 7 days", "BID x 3 days"], "abx"),
    ("levofloxacin", ["500 mg", "750 mg"], ["daily x 7 days"], "abx"),
    ("sulfamethoxazole/trimethoprim DS", ["800/160 mg"], ["BID x 10 days"], "abx"),
    ("doxycycline", ["100 mg"], ["BID x 10 days"], "abx"),
    ("nitrofurantoin", ["100 mg"], ["BID x 7 days"], "abx"),
    ("metronidazole", ["500 mg"], ["TID x 10 days"], "abx"),
    ("ondansetron ODT", ["4 mg"], ["q 8 hrs prn nausea"], "gi"),
    ("promethazine", ["12.5 mg", "25 mg"], ["q 6 hrs prn nausea"], "gi"),
    ("enoxaparin", ["40 mg SQ", "1 mg/kg SQ"], ["daily", "q 12 hrs"], "anti"),
    ("prenatal vitamin", ["1 tab"], ["daily"], "ob"),
    ("nitroglycerin SL", ["0.4 mg"], ["q 5 min prn chest pain, max 3"], "card"),
    ("isosorbide mononitrate", ["30 mg", "60 mg"], ["daily"], "card"),
    ("carvedilol", ["6.25 mg", "12.5 mg", "25 mg"], ["BID"], "bb"),
    ("losartan", ["50 mg", "100 mg"], ["daily"], "acei"),
    ("clonidine", ["0.1 mg"], ["BID", "q 8 hrs prn SBP >180"], "card"),
    ("mirtazapine", ["15 mg"], ["q HS"], "psych"),
    ("risperidone", ["0.5 mg", "1 mg"], ["BID"], "psych"),
    ("lithium carbonate", ["300 mg"], ["TID"], "psych"),
    ("nicotine patch", ["21 mg/24 hr", "14 mg/24 hr"], ["apply daily"], "misc"),
    ("silver sulfadiazine 1% cream", ["apply thin layer"], ["BID to wound"], "skin"),
    ("mupirocin 2% ointment", ["apply"], ["TID x 7 days"], "skin"),
    ("triamcinolone 0.1% cream", ["apply"], ["BID to affected area"], "skin"),
    ("magnesium oxide", ["400 mg"], ["daily"], "lyte"),
    ("thiamine", ["100 mg"], ["daily"], "vit"),
    ("folic acid", ["1 mg"], ["daily"], "vit"),
    ("methylprednisolone dose pack", ["4 mg"], ["as directed x 6 days"], "ster"),
    ("cyclobenzaprine", ["10 mg"], ["TID prn spasm"], "pain"),
    ("insulin aspart", ["per sliding scale"], ["with meals"], "dm"),
    ("medroxyprogesterone (Depo-Provera)", ["150 mg IM"], ["every 12 weeks"], "ob"),
    ("oral contraceptive (norgestimate/EE)", ["1 tab"], ["daily"], "ob"),
]

BRAND = {"lisinopril": "Zestril", "amlodipine": "Norvasc", "furosemide": "Lasix",
         "metformin": "Glucophage", "simvastatin": "Zocor", "atorvastatin": "Lipitor",
         "warfarin": "Coumadin", "levothyroxine": "Synthroid", "omeprazole": "Prilosec",
         "sertraline": "Zoloft", "citalopram": "Celexa", "donepezil": "Aricept",
         "gabapentin": "Neurontin", "clopidogrel": "Plavix", "digoxin": "Lanoxin",
         "hydrocodone/APAP": "Norco", "tramadol": "Ultram", "alendronate": "Fosamax",
         "tamsulosin": "Flomax", "montelukast": "Singulair", "carvedilol": "Coreg",
         "losartan": "Cozaar", "quetiapine": "Seroquel", "lorazepam": "Ativan",
         "trazodone": "Desyrel", "cephalexin": "Keflex", "ciprofloxacin": "Cipro"}


def med(r, cls=None, exclude_abx=True):
    pool = [m for m in MEDS if (cls is None or m[3] == cls)]
    if exclude_abx and cls is None:
        pool = [m for m in pool if m[3] not in ("abx", "ob")]
    m = pick(r, pool)
    return m[0], pick(r, m[1]), pick(r, m[2]), m[3]


def med_str(r, m, style=None):
    name, st, sig, _ = m
    if style is None:
        style = r.randrange(4)
    if style == 0:
        return "%s %s %s" % (cap_first(name), st, sig)
    if style == 1:
        nonpo = any(k in (name + " " + st).lower() for k in ("sq", " im", "units", "inhaled", "cream", "ointment", "patch",
                                                               "neb", "puff", "apply", "insulin", "hfa", "sl", "1 mg/kg"))
        return "%s %s %s%s" % (name, st, "" if nonpo else "PO ", sig)
    if style == 2:
        b = BRAND.get(name)
        return "%s%s %s, %s" % (cap_first(name), " (%s)" % b if b else "", st, sig)
    return "%s %s - %s" % (name.upper(), st, sig.upper())


def med_list(r, n_lo=2, n_hi=10):
    seen, out = set(), []
    for _ in range(r.randint(n_lo, n_hi) * 2):
        m = med(r)
        if m[0] in seen:
            continue
        seen.add(m[0])
        out.append(m)
        if len(out) >= n_hi:
            break
    return out[: max(n_lo, min(len(out), r.randint(n_lo, n_hi)))]


def chronic_list(r, pt, lo=1, hi=6):
    pool = CHRONIC
    if pt.age < 40:
        pool = [c for c in CHRONIC if c[0] in ("asthma", "depression", "generalized anxiety disorder",
                                                "migraine", "GERD", "tobacco use disorder",
                                                "morbid obesity", "bipolar disorder",
                                                "post-traumatic stress disorder", "seizure disorder",
                                                "alcohol dependence", "type 2 diabetes mellitus",
                                                "hypertension", "hypothyroidism")]
    if pt.age < 12:
        return [c for c in CHRONIC if c[0] == "asthma"][: r.randint(0, 1)]
    return some(r, pool, lo, hi)


SOCIAL = [
    "Lives on a farm outside of town with spouse. Quit smoking 20 years ago. Rare alcohol.",
    "Retired schoolteacher, widowed, lives alone in town. Never smoker. No alcohol.",
    "Works at the grain elevator. Smokes 1 ppd x 30 yrs. Drinks beer on weekends.",
    "Resident of the nursing home for 2 years. Former smoker. No ETOH.",
    "Cattle rancher, married, 3 grown children. Dips smokeless tobacco. Denies drugs.",
    "Truck driver, divorced. 1/2 ppd cigarettes. Occasional alcohol. Denies IVDU.",
    "Homemaker, married. Nonsmoker. Drinks 2-3 cups of coffee daily.",
    "Works at the meat packing plant in the next county. Denies tobacco or alcohol.",
    "High school student, lives with parents. Denies tobacco, alcohol, drugs.",
    "Lives with daughter since husband passed. Uses walker. No tobacco.",
    "Unemployed, history of methamphetamine use, states clean for 6 months. Smokes.",
    "Retired railroad worker. 60 pack-year history, quit 5 yrs ago. Heavy alcohol in past.",
    "Lives in assisted living. Ambulates with cane. Remote tobacco history.",
    "Works at the county road department. Married. Social drinker. No tobacco.",
    "Corrections officer at the state facility. Nonsmoker. Exercises occasionally.",
]

FAMILY = [
    "Father deceased of MI at 62. Mother with DM2 and HTN.",
    "Noncontributory.",
    "Mother had breast cancer. Brother with CAD.",
    "Both parents deceased, causes unknown to patient.",
    "Strong family history of diabetes and heart disease.",
    "Sister with colon cancer at age 48. Father with emphysema.",
    "Mother with dementia, father with stroke.",
    "Positive for depression and alcoholism in first-degree relatives.",
    "Father with prostate cancer. Mother alive at 88 with HTN.",
    "Unremarkable per patient.",
]


def vitals(r, pt=None, sick=False, style=None):
    t = round(r.uniform(97.0, 99.2) if not sick else r.uniform(98.4, 102.8), 1)
    hr = r.randint(58, 92) if not sick else r.randint(88, 128)
    rr = r.randint(12, 20) if not sick else r.randint(18, 30)
    sbp = r.randint(102, 168)
    dbp = r.randint(58, 98)
    o2 = r.randint(94, 100) if not sick else r.randint(84, 96)
    wt = r.randint(98, 290)
    if pt is not None and pt.age < 12:
        wt = r.randint(12, 90)
        sbp, dbp = r.randint(88, 112), r.randint(50, 72)
        hr = r.randint(80, 130)
    if style is None:
        style = r.randrange(4)
    if style == 0:
        return "T %.1f  P %d  R %d  BP %d/%d  SpO2 %d%% %s" % (
            t, hr, rr, sbp, dbp, o2, pick(r, ["RA", "on 2L NC", "room air", "on 3 L"]))
    if style == 1:
        return "Temp %.1f F, pulse %d, resp %d, BP %d/%d, O2 sat %d%%, wt %d lbs" % (
            t, hr, rr, sbp, dbp, o2, wt)
    if style == 2:
        return "VS: %.1f - %d - %d - %d/%d  sat %d%%" % (t, hr, rr, sbp, dbp, o2)
    return "TEMPERATURE %.1f, PULSE %d, RESPIRATIONS %d, BLOOD PRESSURE %d/%d, SATURATING %d%%" % (
        t, hr, rr, sbp, dbp, o2)


# acute inpatient/ED cases
# keys: name, icd9, icd10, cc, hpi (list of fragments), exam, data, course, plan, meds
CASES = [
    dict(name="community-acquired pneumonia", short="CAP", icd9="486", icd10="J18.9",
         cc=["cough and fever", "short of breath", "coughing up green phlegm"],
         hpi=["productive cough for {n} days", "fevers and chills at home", "increasing shortness of breath",
              "pleuritic right-sided chest pain", "decreased appetite", "was seen in clinic and started on a Z-pak without improvement"],
         exam=["crackles at the right base", "decreased breath sounds left lower lobe", "egophony right base", "mildly tachypneic"],
         data=["WBC {wbc} with left shift", "chest x-ray shows right lower lobe infiltrate", "procalcitonin elevated", "blood cultures no growth to date"],
         course=["started on IV ceftriaxone and azithromycin", "required 2-3 L oxygen initially which was weaned to room air", "transitioned to oral antibiotics on hospital day {k}", "fevers resolved within 48 hours"],
         dc_meds=[("levofloxacin", "750 mg", "daily x 5 more days", "abx"), ("amoxicillin/clavulanate", "875/125 mg", "BID x 7 days", "abx")]),
    dict(name="acute exacerbation of congestive heart failure", short="CHF exacerbation", icd9="428.0", icd10="I50.23",
         cc=["can't breathe lying down", "swelling in legs", "weight gain"],
         hpi=["weight up {n} pounds in the past week", "orthopnea, sleeping in recliner", "paroxysmal nocturnal dyspnea", "ran out of Lasix", "ate ham over the holidays", "bilateral ankle swelling worse"],
         exam=["JVD to the angle of the jaw", "bibasilar rales", "2+ pitting edema to the knees", "S3 gallop"],
         data=["BNP {bnp}", "chest x-ray with cephalization and small bilateral effusions", "troponin negative x3", "echo EF estimated {ef}%"],
         course=["diuresed with IV furosemide with good urine output", "net negative {n} liters", "potassium was supplemented", "weight at discharge down {n} pounds"],
         dc_meds=[("furosemide", "40 mg", "BID", "diur"), ("carvedilol", "6.25 mg", "BID", "bb")]),
    dict(name="COPD exacerbation", short="AECOPD", icd9="491.21", icd10="J44.1",
         cc=["wheezing and short of breath", "can't catch my breath"],
         hpi=["increased sputum production", "increased use of home nebulizer", "continues to smoke", "cold symptoms preceding for a week", "on home O2 2L at night"],
         exam=["diffuse expiratory wheezes", "prolonged expiratory phase", "accessory muscle use", "poor air movement"],
         data=["ABG 7.34/52/61", "chest x-ray hyperinflated without infiltrate", "WBC {wbc}"],
         course=["treated with scheduled DuoNebs, IV Solu-Medrol and doxycycline", "transitioned to oral prednisone taper", "ambulatory saturations acceptable on home oxygen"],
         dc_meds=[("prednisone", "40 mg", "daily x 5 days", "ster"), ("doxycycline", "100 mg", "BID x 7 days", "abx")]),
    dict(name="cellulitis of the left lower extremity", short="LLE cellulitis", icd9="682.6", icd10="L03.116",
         cc=["red swollen leg", "leg infection"],
         hpi=["redness spreading up the shin for {n} days", "scratched leg on barbed wire fence", "low-grade fevers", "failed outpatient Keflex"],
         exam=["erythema, warmth and induration from ankle to mid-calf", "margins marked with pen", "no fluctuance", "tinea pedis between toes"],
         data=["WBC {wbc}", "venous duplex negative for DVT", "x-ray without gas or osteomyelitis"],
         course=["IV cefazolin, later vancomycin added for MRSA coverage", "leg elevated", "erythema receded from marked borders"],
         dc_meds=[("sulfamethoxazole/trimethoprim DS", "800/160 mg", "BID x 10 days", "abx"), ("cephalexin", "500 mg", "QID x 10 days", "abx")]),
    dict(name="urinary tract infection with acute pyelonephritis", short="pyelonephritis", icd9="590.10", icd10="N10",
         cc=["flank pain and fever", "burning with urination"],
         hpi=["dysuria and frequency for {n} days", "right flank pain", "nausea and vomiting", "shaking chills"],
         exam=["right CVA tenderness", "suprapubic tenderness", "dry mucous membranes"],
         data=["UA with >50 WBC, positive nitrite, many bacteria", "urine culture grew E. coli >100,000 sensitive to ceftriaxone", "creatinine {cr}"],
         course=["IV ceftriaxone and IV fluids", "nausea resolved and tolerating diet", "narrowed per culture sensitivities"],
         dc_meds=[("ciprofloxacin", "500 mg", "BID x 10 days", "abx")]),
    dict(name="upper gastrointestinal bleed", short="UGIB", icd9="578.9", icd10="K92.2",
         cc=["black stools", "vomiting blood", "weak and dizzy"],
         hpi=["melena x {n} days", "taking ibuprofen daily for arthritis", "lightheaded on standing", "one episode of coffee-ground emesis"],
         exam=["pale conjunctivae", "orthostatic", "epigastric tenderness", "melena on rectal exam, guaiac positive"],
         data=["hemoglobin {hgb}", "BUN {bun}", "INR 1.1"],
         course=["transfused {k} units PRBCs", "IV pantoprazole drip", "EGD showed duodenal ulcer with clean base", "hemoglobin stable x 24 hours"],
         dc_meds=[("pantoprazole", "40 mg", "BID x 8 weeks", "gi")]),
    dict(name="chest pain, acute coronary syndrome ruled out", short="chest pain r/o MI", icd9="786.50", icd10="R07.9",
         cc=["chest pain", "pressure in chest"],
         hpi=["substernal pressure while feeding cattle", "radiates to left arm", "lasted {n} minutes", "relieved with rest", "diaphoresis"],
         exam=["regular rate and rhythm", "chest wall nontender", "lungs clear"],
         data=["troponin I <0.04 x 3", "ECG normal sinus rhythm without acute ST changes", "lipid panel obtained"],
         course=["serial enzymes negative", "treadmill stress test negative for ischemia", "aspirin, heparin held after enzymes negative"],
         dc_meds=[("aspirin", "81 mg", "daily", "anti"), ("nitroglycerin SL", "0.4 mg", "q 5 min prn chest pain, max 3", "card")]),
    dict(name="atrial fibrillation with rapid ventricular response", short="AFib RVR", icd9="427.31", icd10="I48.91",
         cc=["heart racing", "palpitations"],
         hpi=["palpitations since this morning", "mild dyspnea", "no prior history of arrhythmia", "drinks a lot of coffee"],
         exam=["irregularly irregular, rate 140s", "no murmur", "no edema"],
         data=["TSH normal", "ECG atrial fibrillation rate {hr}", "echo with normal LV function, mild LA enlargement"],
         course=["IV diltiazem bolus and drip with rate control", "converted to oral diltiazem", "CHADS2 score discussed and anticoagulation started"],
         dc_meds=[("diltiazem CD", "180 mg", "daily", "ccb"), ("warfarin", "5 mg", "daily, INR check Monday", "anti")]),
    dict(name="acute ischemic stroke", short="CVA", icd9="434.91", icd10="I63.9",
         cc=["slurred speech", "right arm weakness"],
         hpi=["found by spouse with slurred speech", "last known well {n} hours before arrival", "right-sided weakness"],
         exam=["right facial droop", "right arm drift", "expressive aphasia", "NIHSS {k}"],
         data=["CT head without hemorrhage", "carotid Doppler with <50% stenosis bilaterally", "LDL 142"],
         course=["outside tPA window, telestroke consulted", "aspirin and statin started", "speech therapy and PT evaluation", "swallow eval passed on mechanical soft diet"],
         dc_meds=[("clopidogrel", "75 mg", "daily", "anti"), ("atorvastatin", "80 mg", "daily", "lipid")]),
    dict(name="dehydration with acute kidney injury", short="dehydration/AKI", icd9="584.9", icd10="N17.9",
         cc=["weak", "not eating or drinking", "vomiting and diarrhea"],
         hpi=["poor oral intake for {n} days", "nursing home staff noted decreased urine output", "recent viral illness", "on lisinopril and HCTZ"],
         exam=["dry mucous membranes", "poor skin turgor", "orthostatic hypotension"],
         data=["creatinine {cr} from baseline 1.0", "BUN {bun}", "sodium 148"],
         course=["IV normal saline", "held ACE inhibitor and diuretic", "creatinine returned toward baseline"],
         dc_meds=[]),
    dict(name="acute cholecystitis", short="cholecystitis", icd9="574.00", icd10="K80.00",
         cc=["right upper belly pain", "pain after eating"],
         hpi=["RUQ pain after fatty meal", "nausea without vomiting", "similar attacks in past", "pain radiates to right shoulder blade"],
         exam=["positive Murphy sign", "RUQ tenderness with guarding", "no jaundice"],
         data=["ultrasound with gallstones, wall thickening and pericholecystic fluid", "WBC {wbc}", "lipase normal"],
         course=["IV Zosyn", "general surgery consulted", "laparoscopic cholecystectomy on hospital day {k}", "tolerated diet post-op"],
         dc_meds=[("hydrocodone/APAP", "5/325", "1 tab q 6 hrs prn pain, #20", "pain")]),
    dict(name="acute appendicitis", short="appendicitis", icd9="540.9", icd10="K35.80",
         cc=["belly pain", "right lower quadrant pain"],
         hpi=["periumbilical pain migrating to RLQ", "anorexia", "vomited {n} times", "low-grade fever"],
         exam=["McBurney point tenderness", "rebound", "positive Rovsing"],
         data=["CT with dilated appendix 11 mm with periappendiceal stranding", "WBC {wbc}"],
         course=["taken to OR for appendectomy", "uncomplicated post-op course", "ambulating and tolerating regular diet"],
         dc_meds=[("hydrocodone/APAP", "5/325", "1-2 tabs q 6 hrs prn", "pain")]),
    dict(name="small bowel obstruction", short="SBO", icd9="560.9", icd10="K56.60",
         cc=["bloated and vomiting", "no bowel movement"],
         hpi=["crampy abdominal pain", "no flatus x {n} days", "prior hysterectomy and appendectomy", "bilious emesis"],
         exam=["distended tympanic abdomen", "high-pitched bowel sounds", "no hernias"],
         data=["KUB with dilated small bowel loops and air-fluid levels", "CT with transition point in the pelvis"],
         course=["NG tube to low intermittent suction", "bowel rest and IV fluids", "obstruction resolved with conservative management", "diet advanced"],
         dc_meds=[]),
    dict(name="right hip fracture, intertrochanteric", short="R hip fx", icd9="820.21", icd10="S72.141A",
         cc=["fell and hurt hip", "can't walk after fall"],
         hpi=["tripped over the dog", "mechanical fall, no LOC", "unable to bear weight", "lives alone"],
         exam=["right leg shortened and externally rotated", "pain with log roll", "neurovascularly intact distally"],
         data=["x-ray right intertrochanteric femur fracture", "preop ECG NSR", "hemoglobin {hgb}"],
         course=["orthopedics from the visiting clinic performed intramedullary nailing", "DVT prophylaxis with enoxaparin", "PT began weight bearing as tolerated", "transferred to swing bed for rehab"],
         dc_meds=[("enoxaparin", "40 mg SQ", "daily x 4 weeks", "anti"), ("oxycodone", "5 mg", "q 4 hrs prn", "pain")]),
    dict(name="diabetic ketoacidosis", short="DKA", icd9="250.13", icd10="E11.10",
         cc=["high sugars", "vomiting"],
         hpi=["blood sugars over 500 at home", "polyuria and polydipsia", "ran out of insulin", "abdominal pain"],
         exam=["Kussmaul respirations", "fruity odor to breath", "dry mucosa"],
         data=["glucose {glu}", "anion gap 24", "bicarbonate 9", "serum ketones positive"],
         course=["insulin drip per DKA protocol", "aggressive IV fluids with potassium replacement", "gap closed and transitioned to subcutaneous insulin", "diabetic educator saw patient"],
         dc_meds=[("insulin glargine (Lantus)", "24 units", "q HS", "dm"), ("insulin lispro", "per sliding scale", "AC & HS", "dm")]),
    dict(name="syncope", short="syncope", icd9="780.2", icd10="R55",
         cc=["passed out", "fainted in church"],
         hpi=["brief loss of consciousness while standing", "no seizure activity witnessed", "recent medication change", "prodrome of warmth and nausea"],
         exam=["orthostatic vital signs positive", "no carotid bruits", "no focal neurologic deficits"],
         data=["telemetry without arrhythmia", "echo unremarkable", "CT head negative"],
         course=["IV fluids", "antihypertensive dose reduced", "no recurrence on telemetry"],
         dc_meds=[]),
    dict(name="alcohol withdrawal", short="EtOH withdrawal", icd9="291.81", icd10="F10.239",
         cc=["shaky", "seeing things"],
         hpi=["drinks a fifth of vodka daily", "last drink {n} hours ago", "tremors and sweats", "history of withdrawal seizures"],
         exam=["coarse tremor", "diaphoretic", "tachycardic", "CIWA score {k}"],
         data=["ethanol level {n}0", "AST twice ALT", "magnesium low"],
         course=["CIWA protocol with lorazepam", "thiamine, folate and multivitamin", "counseled regarding treatment; referred to outpatient program"],
         dc_meds=[("thiamine", "100 mg", "daily", "vit"), ("folic acid", "1 mg", "daily", "vit")]),
    dict(name="major depressive disorder with suicidal ideation", short="MDD w/ SI", icd9="296.23", icd10="F32.2",
         cc=["wants to die", "brought in by sheriff"],
         hpi=["increasing depression since losing the farm", "plan to use a firearm", "poor sleep and appetite", "stopped taking sertraline"],
         exam=["flat affect", "poor eye contact", "tearful", "denies hallucinations"],
         data=["urine drug screen negative", "alcohol level negative", "TSH normal"],
         course=["placed on one-to-one observation", "firearms removed from home by family", "telepsychiatry evaluation", "accepted to inpatient behavioral unit"],
         dc_meds=[("sertraline", "50 mg", "daily", "psych")]),
    dict(name="Clostridium difficile colitis", short="C diff", icd9="008.45", icd10="A04.7",
         cc=["diarrhea", "watery stools"],
         hpi=["8-10 watery stools a day", "recent antibiotics for UTI", "crampy lower abdominal pain", "nursing home resident"],
         exam=["diffuse mild tenderness", "hyperactive bowel sounds", "no peritoneal signs"],
         data=["C. diff toxin positive", "WBC {wbc}", "potassium 3.1"],
         course=["oral metronidazole, switched to oral vancomycin", "contact isolation", "stool frequency improving"],
         dc_meds=[("metronidazole", "500 mg", "TID x 10 more days", "abx")]),
    dict(name="acute diverticulitis", short="diverticulitis", icd9="562.11", icd10="K57.32",
         cc=["left lower belly pain"],
         hpi=["LLQ pain for {n} days", "subjective fever", "change in bowel habit"],
         exam=["LLQ tenderness", "no rebound", "hypoactive bowel sounds"],
         data=["CT with sigmoid diverticulitis without abscess or free air", "WBC {wbc}"],
         course=["IV cipro and Flagyl", "clear liquids advanced to low residue diet", "outpatient colonoscopy in 6 weeks recommended"],
         dc_meds=[("ciprofloxacin", "500 mg", "BID x 10 days", "abx"), ("metronidazole", "500 mg", "TID x 10 days", "abx")]),
    dict(name="term pregnancy, spontaneous vaginal delivery", short="SVD", icd9="650", icd10="O80",
         cc=["contractions", "water broke"],
         hpi=["G{k}P{n} at 39 weeks", "regular contractions q 3-4 minutes", "spontaneous rupture of membranes, clear fluid", "uncomplicated prenatal care at our clinic", "GBS negative"],
         exam=["cervix 5/90/0", "fetal heart tones 140s with moderate variability", "vertex by Leopold"],
         data=["hemoglobin {hgb}", "blood type O positive", "rubella immune"],
         course=["epidural placed", "spontaneous vaginal delivery of a viable infant over a 2nd degree laceration, repaired", "breastfeeding well", "postpartum course uncomplicated"],
         dc_meds=[("ibuprofen", "600 mg", "q 6 hrs prn", "pain"), ("prenatal vitamin", "1 tab", "daily", "vit")]),
    dict(name="hyponatremia", short="hyponatremia", icd9="276.1", icd10="E87.1",
         cc=["confused", "falling"],
         hpi=["family reports increased confusion", "on HCTZ", "drinks a lot of water", "two falls this week"],
         exam=["oriented to person only", "no asterixis", "euvolemic"],
         data=["sodium {na}", "serum osm low", "urine sodium elevated"],
         course=["HCTZ discontinued", "fluid restriction 1.2 L", "sodium corrected slowly, no more than 8 mEq in 24 hours", "mentation back to baseline"],
         dc_meds=[]),
    dict(name="sepsis secondary to urinary source", short="urosepsis", icd9="038.9", icd10="A41.9",
         cc=["fever and confusion"],
         hpi=["nursing home resident with chronic Foley", "fever 103", "hypotensive in ED", "new confusion"],
         exam=["lethargic", "warm extremities", "foul-smelling urine in Foley bag"],
         data=["lactate 3.4", "WBC {wbc}", "blood cultures growing gram-negative rods"],
         course=["30 mL/kg fluid bolus", "IV cefepime", "Foley exchanged", "blood pressure responded to fluids without need for pressors"],
         dc_meds=[("ciprofloxacin", "500 mg", "BID x 10 days", "abx")]),
]


PSH_F = ("TAH-BSO", "C-section x2", "tubal ligation", "hysterectomy", "D&C", "mastectomy, left")
PSH_M = ("TURP", "vasectomy")


def psh(r, pt, lo, hi):
    pool = [p for p in PSH if p != "none" and not (pt.sex == "M" and p in PSH_F) and not (pt.sex == "F" and p in PSH_M)]
    if chance(r, 0.15):
        return ["none"]
    return some(r, pool, lo, hi)


def fill(r, s):
    return s.format(n=r.randint(2, 9), k=r.randint(2, 5), wbc="%.1f" % r.uniform(11.5, 22.0),
                    bnp=r.randint(600, 3400), ef=r.choice([20, 25, 30, 35, 40, 55]),
                    cr="%.1f" % r.uniform(1.6, 3.8), hgb="%.1f" % r.uniform(6.8, 10.4),
                    bun=r.randint(32, 88), hr=r.randint(128, 168), glu=r.randint(420, 780),
                    na=r.randint(118, 127))


def case(r, exclude_ob=False, ob_only=False):
    pool = CASES
    if exclude_ob:
        pool = [c for c in CASES if c["short"] != "SVD"]
    if ob_only:
        pool = [c for c in CASES if c["short"] == "SVD"]
    return pick(r, pool)


def case_pt(r, c, when=None):
    if c["short"] == "SVD":
        return Patient(r, 17, 39, "F", when)
    if c["short"] in ("appendicitis",):
        return Patient(r, 8, 45, None, when)
    if c["short"] in ("DKA", "EtOH withdrawal", "MDD w/ SI"):
        return Patient(r, 18, 60, None, when)
    return Patient(r, 45, 97, None, when)


ROS_SYSTEMS = ["Constitutional", "Eyes", "ENT", "Cardiovascular", "Respiratory",
               "GI", "GU", "Musculoskeletal", "Skin", "Neuro", "Psych", "Endocrine",
               "Heme/Lymph"]

EXAM_NORMAL = {
    "General": ["Alert, in no acute distress.", "Elderly, frail, resting in bed.", "Pleasant, cooperative, appears stated age."],
    "HEENT": ["NCAT. PERRLA. EOMI. Oropharynx clear.", "Normocephalic, atraumatic. TMs clear bilaterally. Moist mucous membranes.", "Pupils equal, sclerae anicteric, dentures in place."],
    "Neck": ["Supple, no JVD, no lymphadenopathy.", "No thyromegaly. No carotid bruits."],
    "Lungs": ["Clear to auscultation bilaterally.", "CTA B, no wheezes, rales or rhonchi.", "Good air movement, no increased work of breathing."],
    "Heart": ["RRR without murmurs, rubs or gallops.", "Regular rate and rhythm, S1 S2 normal.", "Grade 2/6 systolic murmur at the LUSB, otherwise regular."],
    "Abdomen": ["Soft, nontender, nondistended, positive bowel sounds.", "Obese, soft, NT/ND, no masses.", "Benign."],
    "Extremities": ["No clubbing, cyanosis, or edema.", "Trace pedal edema bilaterally. Pulses 2+.", "Warm, well perfused."],
    "Skin": ["Warm and dry, no rashes.", "Intact, no pressure areas noted.", "Senile purpura on the forearms."],
    "Neuro": ["A&O x3, CN II-XII grossly intact, moves all extremities.", "Nonfocal exam.", "Alert, oriented to person and place only, baseline per staff."],
    "Psych": ["Normal mood and affect.", "Appropriate, good insight."],
}


# problem -> typical medicine classes (for coherent med lists)
PROB_MEDS = {"HTN": ["acei", "ccb", "diur", "bb"], "DM2": ["dm"], "IDDM": ["dm"], "HLD": ["lipid"], "CAD": ["anti", "lipid", "bb"],
             "CHF": ["diur", "bb", "acei"], "AFib": ["anti", "bb", "ccb"], "COPD": ["resp"], "asthma": ["resp"], "hypothyroid": ["thy"],
             "OA knees": ["pain"], "DDD L-spine": ["pain"], "GERD": ["gi"], "depression": ["psych"], "GAD": ["psych"],
             "dementia": ["neuro"], "Parkinson's": ["neuro"], "osteoporosis": ["bone", "vit"], "BPH": ["gu"], "old CVA": ["anti"],
             "sz d/o": ["neuro"], "gout": ["gout"], "bipolar d/o": ["psych"], "chronic pain": ["pain"], "anemia": ["vit"],
             "incontinence": ["gu"], "schizophrenia": ["psych"], "PTSD": ["psych"], "EtOH dependence": ["vit"], "tobacco abuse": ["misc"]}


def meds_for(r, pmh, extra_lo=0, extra_hi=3):
    out, seen = [], set()
    for p in pmh:
        for cls in some(r, PROB_MEDS.get(p[1], []), 1, 2):
            m = med(r, cls)
            if m[0] not in seen:
                seen.add(m[0])
                out.append(m)
    for m in med_list(r, extra_lo, extra_hi):
        if m[0] not in seen and len(out) < 14:
            seen.add(m[0])
            out.append(m)
    r.shuffle(out)
    return out


PROB_COURSE = [
    "{P}: {He} was continued on {his} home {M} without difficulty.",
    "{P}: This remained stable throughout the admission and no changes were made.",
    "{P}: Blood pressures ran {bp} and the {M} dose was adjusted accordingly.",
    "{P}: Fingersticks were checked before meals and at bedtime with sliding scale coverage; hemoglobin A1c was {a1c}.",
    "{P}: Home {M} was held on admission because of {why} and was resumed prior to discharge.",
    "{P}: This was discussed at length with {him} and {his} family and outpatient follow-up has been arranged.",
    "{P}: The {M} dose was reduced because of {why}.",
    "{P}: Chronic and at baseline; {he} will follow up with {his} primary provider regarding this.",
    "{P}: Labs were rechecked on the morning of discharge and were acceptable.",
    "{P}: Nursing noted no problems with this during the stay and {his} regimen was not changed.",
]
WHY = ["soft blood pressures", "acute kidney injury", "poor oral intake", "risk of falls", "bradycardia", "lethargy", "an elevated INR",
       "hypoglycemia", "nausea"]


def prob_course(r, pt, p, meds):
    cls = PROB_MEDS.get(p[1], [])
    mine = [m for m in meds if m[3] in cls]
    pool = [t for t in PROB_COURSE if ("{M}" not in t or mine) and ("A1c" not in t or p[1] in ("DM2", "IDDM"))
            and ("{bp}" not in t or p[1] == "HTN")]
    t = pick(r, pool)
    m = pick(r, mine)[0] if mine else "medication"
    return t.format(P=cap_first(p[0]), He=cap_first(pt.he), he=pt.he, his=pt.his, him=pt.him, M=m, why=pick(r, WHY),
                    bp="%d-%d systolic" % (r.randint(100, 130), r.randint(135, 170)), a1c="%.1f" % r.uniform(6.2, 11.5))


ROS_DETAIL = {
    "Constitutional": ["positive for fatigue and about a %d pound weight loss", "denies fevers, chills or night sweats", "positive for generalized weakness"],
    "Eyes": ["wears glasses, no recent vision change", "denies blurred or double vision"],
    "ENT": ["denies sore throat or ear pain", "positive for mild nasal congestion", "hard of hearing, wears hearing aids"],
    "Cardiovascular": ["denies chest pain or palpitations", "positive for ankle swelling", "denies orthopnea"],
    "Respiratory": ["positive for cough", "denies hemoptysis", "positive for dyspnea on exertion after one flight of stairs"],
    "GI": ["denies nausea, vomiting or diarrhea", "positive for constipation", "denies melena or hematochezia"],
    "GU": ["denies dysuria or hematuria", "positive for nocturia three times nightly", "positive for urgency"],
    "Musculoskeletal": ["positive for chronic knee and back pain", "denies joint swelling", "positive for morning stiffness"],
    "Skin": ["denies rash", "positive for easy bruising", "denies nonhealing sores"],
    "Neuro": ["denies headache or focal weakness", "positive for numbness in the feet", "denies seizures"],
    "Psych": ["positive for poor sleep and low mood", "denies suicidal ideation", "positive for anxiety"],
    "Endocrine": ["denies heat or cold intolerance", "positive for polyuria and polydipsia"],
    "Heme/Lymph": ["denies abnormal bleeding", "denies swollen glands"],
}


DAY_EVENTS = [
    "remained afebrile", "had {his} oxygen weaned down to {n} liters", "worked with physical therapy and walked about {n}0 feet",
    "had a bowel movement", "complained of poor sleep and was given melatonin", "was found to have a potassium of 3.{n}, which was replaced",
    "was transitioned to oral medications", "had blood cultures that remained without growth", "attended a family meeting with {his} children to discuss goals of care",
    "tolerated a regular diet", "had the Foley catheter removed and voided on {his} own", "had a creatinine that improved to 1.{n}",
    "showed no arrhythmias on telemetry", "spiked a low-grade temperature to 100.{n} that resolved on its own",
    "met with social services about help at home", "became somewhat confused overnight, so sedating medications were minimized",
    "had a repeat chest film that was improved", "was seen by the dietitian, who added a supplement twice daily",
    "had pain that was better controlled after scheduling acetaminophen", "was noted to have a small skin tear on the forearm, which was dressed",
    "was up in the chair for all meals", "received a unit of packed cells for a hemoglobin of 7.{n}",
]


def day_course(r, pt, days):
    out = []
    pool = list(DAY_EVENTS)
    r.shuffle(pool)
    for i in range(1, days + 1):
        k = min(len(pool), r.randint(1, 3))
        if k == 0:
            break
        ev = [pool.pop().format(his=pt.his, n=r.randint(1, 4)) for _ in range(k)]
        lead = pick(r, ["On hospital day %d" % i, "On day %d" % i, "Day %d" % i, "On %s" % pick(r, ["the following day", "the next morning"])])
        if i == 1:
            lead = "On the day of admission"
        out.append("%s, the patient %s." % (lead, oxford(ev)))
    return " ".join(out)


HP_EXTRA = [
    "Of note, {he} was in {his} usual state of health until about a week ago when {he} first noticed feeling run down.",
    "{He} has not seen a physician in over two years except for a visit to the walk-in clinic last winter.",
    "{He} reports that {his} appetite has been poor and {he} has been drinking mostly coffee and water.",
    "There was no recent travel, although {he} did attend a large family gathering the weekend prior.",
    "{His} spouse notes that {he} has been more forgetful over the past few months.",
    "{He} was recently seen in the rural health clinic for a similar complaint and was treated conservatively.",
    "{He} has had two previous admissions here in the past year, the most recent for a similar problem.",
    "{He} tried over-the-counter remedies at home including ibuprofen and a heating pad without relief.",
    "{He} denies any sick contacts, although the grandchildren have had colds.",
    "EMS reports that {he} was found sitting in a recliner and was able to walk to the cot with assistance.",
    "In the emergency room {he} received a liter of normal saline and a dose of IV antibiotics before admission.",
    "{He} quit driving last year and depends on a neighbor for rides into town.",
]


def hp_extra(r, pt, lo, hi):
    return " ".join(t.format(he=pt.he, He=cap_first(pt.he), his=pt.his, His=cap_first(pt.his)) for t in some(r, HP_EXTRA, lo, hi))


EXAM_LABELS = {"consult": {"General": "Gen", "HEENT": "HEENT", "Neck": "Neck", "Lungs": "Chest", "Heart": "CV", "Abdomen": "Abd",
                           "Extremities": "Ext", "Skin": "Skin", "Neuro": "Neuro", "Psych": "Psych"}}


def exam_text(r, keys, flavor):
    """render exam findings differently per document type so sentences are not shared verbatim"""
    parts = []
    for k in keys:
        v = pick(r, EXAM_NORMAL[k]).rstrip(".")
        if flavor == "consult":
            parts.append("%s - %s" % (EXAM_LABELS["consult"][k], v[0].lower() + v[1:] if v[1:2].islower() else v))
        elif flavor == "ds":
            parts.append("%s %s" % (k.lower() if k != "HEENT" else k, v[0].lower() + v[1:] if v[1:2].islower() else v))
        elif flavor == "nh":
            parts.append("%s: %s" % (k[:4].upper(), v.lower().replace(", ", "/")))
        else:
            parts.append(v + ".")
    if flavor == "consult":
        return "; ".join(parts) + "."
    if flavor == "ds":
        return "At discharge, " + ", ".join(parts) + "."
    if flavor == "nh":
        return " | ".join(parts)
    return " ".join(parts)

# ---------------------------------------------------------------------------
# discharge summary
# ---------------------------------------------------------------------------


def gen_discharge_summary(r):
    c = case(r)
    adm = rand_date(r)
    los = r.randint(1, 9)
    dc = adm + dt.timedelta(days=los)
    pt = case_pt(r, c, adm)
    fac = Facility(r)
    att = provider(r, pick(r, ["md", "md", "mid"]))
    title = pick(r, ["DISCHARGE SUMMARY", "HOSPITAL DISCHARGE SUMMARY", "Discharge Summary",
                     "SWING BED DISCHARGE SUMMARY", "DISCHARGE SUMMARY - ACUTE CARE",
                     "FINAL SUMMARY / DISCHARGE", None, "DEATH AND DISCHARGE SUMMARY"
                     if chance(r, 0.15) else "DISCHARGE SUMMARY"])
    expired = title == "DEATH AND DISCHARGE SUMMARY"
    if expired:
        pt = Patient(r, 78, 99, None, adm)
    style = r.randrange(3)
    long_mode = style != 2 and chance(r, 0.4)
    sec = []
    pmh = chronic_list(r, pt, 1, 7 if long_mode else 5)
    home = meds_for(r, pmh, 0, 3)
    dx = [c["name"]] + [p[0] for p in pmh]
    if style == 2:
        # short fill-in form, terse
        lines = []
        if title:
            lines.append(title)
        lines.append(fac.hospital)
        lines.append("Pt: %s   MR# %s   DOB %s" % (pt.name(2), pt.mrn, fmt_date(r, pt.dob, 1)))
        lines.append("Admit: %s    D/C: %s    LOS: %d" % (fmt_date(r, adm, 1), fmt_date(r, dc, 1), los))
        lines.append("Attending: %s" % att)
        lines.append("Principal Dx: %s (%s)" % (c["short"], icd(r, c["icd9"], c["icd10"], adm)))
        if pmh:
            lines.append("Secondary: " + "; ".join(p[1] for p in pmh))
        lines.append("Brief course: " + "; ".join(fill(r, x) for x in some(r, c["course"], 2, 4)) + ".")
        lines.append(checkbox(r, "Condition at d/c:", ["Good", "Fair", "Stable", "Guarded"]))
        lines.append(checkbox(r, "Disposition:", ["Home", "Home w/ HH", "Swing bed", "NH", "Tertiary"]))
        ms = [x for x in c["dc_meds"]] + home[:6]
        lines.append("D/C meds:")
        for m in ms:
            lines.append("  - " + med_str(r, m, 1))
        lines.append("F/u: %s in %s" % (pick(r, ["clinic", "PCP", dr(r)]), pick(r, ["1 wk", "3-5 days", "2 wks", "1 month"])))
        lines.append("Signed: ________________  %s" % att)
        return "\n".join(lines)

    hdr = header_block(r, pt, fac, adm, extra=[
        "ADMISSION DATE: %s" % fmt_date(r, adm, 0),
        "DISCHARGE DATE: %s" % fmt_date(r, dc, 0),
        "ATTENDING PHYSICIAN: %s" % att.upper() if style == 0 else "Attending: %s" % att])
    H = (lambda s: s.upper() + ":") if style == 0 else (lambda s: s.title() + ":")
    sec.append(H("admitting diagnosis") + " " + cap_first(c["name"]) + ".")
    dxl = "\n".join("%d. %s" % (i + 1, cap_first(x)) for i, x in enumerate(dx))
    sec.append(H("discharge diagnoses") + "\n" + dxl)
    hpi_bits = [fill(r, x) for x in some(r, c["hpi"], 2, 4)]
    sec.append(H("history of present illness") + " " + (
        "The patient is a %d-year-old %s who presented to the emergency department with %s. " % (
            pt.age, pt.noun, pick(r, c["cc"])) +
        cap_first("; ".join(hpi_bits)) + ". " + (hp_extra(r, pt, 2, 4) + " " if long_mode else "") + "Please see the admission H&P for full details."))
    course = [fill(r, x) for x in some(r, c["course"], 2, len(c["course"]))]
    if style == 0:
        ctext = ("The patient was admitted %s. " % pick(
            r, ["to the medical floor with telemetry", "under observation status initially", "to the ICU", "to the medical floor"]) +
            " ".join(cap_first(x) + "." for x in course) + " " +
            pick(r, ["The remainder of the hospital stay was uneventful and the patient was felt to be stable for discharge.",
                     "By the day of discharge the patient was up ambulating in the hallway and eating well.",
                     "Physical therapy worked with the patient daily and recommended home with family assistance.",
                     "Family meeting was held with the daughter and son and all questions were answered.",
                     "Social services assisted with placement and arrangements for home oxygen."]))
    else:
        ctext = "\n".join("- " + cap_first(x) + "." for x in course)
    if long_mode and style == 0:
        ctext += " " + day_course(r, pt, min(los, 7))
    if expired:
        ctext += (" Despite treatment the patient continued to decline. After discussion with the family, comfort care was "
                  "instituted in accordance with the patient's living will. The patient expired peacefully on %s at %s with "
                  "family at the bedside. Autopsy was declined." % (fmt_date(r, dc, 2), fmt_time(r, False)))
    sec.append(H("hospital course") + ("\n" if style else " ") + ctext)
    if long_mode and pmh:
        sec.append(H("hospital course by problem") + "\n" + "\n".join(
            "%d. %s" % (i + 1, prob_course(r, pt, p, home)) for i, p in enumerate(pmh)))
        sec.append(H("labs on admission") + " " + ", ".join(
            "%s %s" % (n, lab_value(r, lo, hi, dec, 0.3)[0]) for n, _, lo, hi, dec in
            some(r, PANELS["BASIC METABOLIC PANEL"] + PANELS["CBC W/ DIFF"][:6], 5, 11)) + ".")
        sec.append(H("physical exam at discharge") + " " + vitals(r, pt, False, 1) + ". " +
                   exam_text(r, some(r, list(EXAM_NORMAL), 4, 8), "ds"))
    if chance(r, 0.6):
        sec.append(H("pertinent results") + " " + "; ".join(fill(r, x) for x in some(r, c["data"], 1, 3)) + ".")
    if chance(r, 0.4):
        sec.append(H("consultations") + " " + pick(r, ["None.", "General surgery, %s." % dr(r),
                                                       "Telepsychiatry.", "Cardiology outreach, %s." % dr(r),
                                                       "Physical therapy, occupational therapy, dietary."]))
    if not expired:
        ms = list(c["dc_meds"]) + home
        sec.append(H("discharge medications") + "\n" + "\n".join(
            "%d. %s" % (i + 1, med_str(r, m)) for i, m in enumerate(ms)))
        if chance(r, 0.5):
            sec.append(H("allergies") + " " + pick(r, ALLERGIES) + ".")
        sec.append(H("condition on discharge") + " " + pick(r, ["Stable.", "Improved.", "Good.", "Fair, improved from admission."]))
        sec.append(H("disposition") + " " + pick(r, [
            "Home with spouse.", "Home with home health nursing.", "Transferred to %s." % fac.nh,
            "Swing bed at this facility for skilled therapy.", "Home, self care.",
            "Back to %s where %s resides." % (fac.nh, pt.he)]))
        sec.append(H("diet") + " " + pick(r, ["2 gram sodium.", "ADA 1800 calorie.", "Regular as tolerated.",
                                              "Mechanical soft, thin liquids.", "Low residue x 2 weeks then high fiber.",
                                              "Cardiac, 1.5 L fluid restriction."]))
        sec.append(H("activity") + " " + pick(r, ["As tolerated.", "Walker at all times.", "No lifting over 10 pounds x 4 weeks.",
                                                  "Up with assistance.", "Gradually increase."]))
        sec.append(H("follow-up") + " " + pick(r, [
            "See %s at the clinic in 1 week." % dr(r), "Return to clinic in 3-5 days for recheck with BMP.",
            "Follow up with %s in 2 weeks and with the surgeon in 10-14 days for staple removal." % dr(r),
            "Recheck INR Monday at the clinic lab." if any(m[0] == "warfarin" for m in ms) else "Home health to draw a BMP in 1 week.",
            "Postpartum visit in 6 weeks, sooner prn." if c["short"] == "SVD" else "Clinic visit with %s in 10 days." % dr(r)]))
        if long_mode:
            sec.append(H("patient education") + " " + pick(r, [
                "Diagnosis, warning signs and the new medication list were reviewed with the patient and the daughter using teach-back.",
                "Smoking cessation was discussed and the patient was given the state quitline number.",
                "Fall prevention and use of the walker were reviewed with physical therapy before discharge."]) + " " +
                pick(r, ["Greater than 30 minutes were spent on discharge planning and coordination.",
                         "Total discharge time was approximately 40 minutes.", ""]))
    body = [sec[0], sec[1]] + (r.sample(sec[2:4], 2) if chance(r, 0.3) else sec[2:4]) + sec[4:]
    out = ([title, ""] if title else []) + [hdr, ""] + ["\n\n".join(body)]
    out.append(dictation_footer(r, att, dc))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# history and physical
# ---------------------------------------------------------------------------


def gen_history_physical(r):
    c = case(r)
    d = rand_date(r)
    pt = case_pt(r, c, d)
    fac = Facility(r)
    att = provider(r, pick(r, ["md", "md", "mid"]))
    variant = r.randrange(4)
    pmh = chronic_list(r, pt, 0, 7)
    meds = meds_for(r, pmh, 0, 3)
    long_mode = chance(r, 0.35)
    if variant == 3:
        # pre-op / short stay H&P form
        lines = [pick(r, ["SHORT STAY HISTORY & PHYSICAL", "PRE-OPERATIVE H&P", "Outpatient Surgery H&P (update within 30 days)", "H & P"])]
        lines.append("%s   %s" % (fac.hospital, fac.town))
        proc, ind, sx = pick(r, [("lap chole", "symptomatic cholelithiasis", None), ("colonoscopy", "screening, age 50", None),
                                 ("L inguinal hernia repair", "reducible bulge, painful", "M"), ("excision of back lipoma", "enlarging mass", None),
                                 ("bilateral tubal ligation", "desires permanent sterility", "F"), ("EGD", "dysphagia", None),
                                 ("carpal tunnel release R", "numbness, positive EMG", None), ("cystoscopy", "hematuria", None),
                                 ("hysteroscopy, D&C", "postmenopausal bleeding", "F"), ("hemorrhoidectomy", "prolapsing hemorrhoids", None)])
        pt = Patient(r, 25 if sx != "F" or "tubal" not in proc else 21, 88 if "tubal" not in proc else 40, sx, d)
        lines.append("Patient: %s  DOB: %s  MR#: %s" % (pt.name(2), fmt_date(r, pt.dob, 0), pt.mrn))
        lines.append("Planned procedure: %s        Date: %s" % (proc, fmt_date(r, d, 1)))
        lines.append("Indication: %s" % ind)
        pmh = chronic_list(r, pt, 0, 5)
        meds = meds_for(r, pmh, 0, 2)
        lines.append("PMH: " + (", ".join(p[1] for p in pmh) or "neg"))
        lines.append("PSH: " + ", ".join(psh(r, pt, 1, 3)))
        lines.append("Meds: " + ("; ".join(med_str(r, m, 1) for m in meds) or "none"))
        lines.append("Allergies: " + pick(r, ALLERGIES))
        lines.append(yn(r, "Prior anesthesia problems?", p=0.1))
        lines.append(yn(r, "Family hx malignant hyperthermia?", False))
        lines.append(yn(r, "Anticoagulants held?", p=0.3))
        lines.append("Exam: " + vitals(r, pt, False, 2))
        lines.append("  Heart: %s  Lungs: %s  Airway: Mallampati %s" % (pick(r, ["RRR", "reg", "irreg irreg"]), pick(r, ["clear", "CTA", "few scattered wheezes"]), pick(r, ["I", "II", "III"])))
        lines.append(checkbox(r, "ASA class:", ["I", "II", "III", "IV"]))
        lines.append("Pt is appropriate candidate for planned procedure. Risks discussed.")
        lines.append("______________ %s   %s" % (att, fmt_date(r, d, 1)))
        return "\n".join(lines)

    title = pick(r, ["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL", "H&P", "HISTORY & PHYSICAL EXAMINATION",
                     "ADMISSION NOTE", "NURSING HOME ADMISSION H&P" if pt.age > 65 else "HISTORY AND PHYSICAL", None])
    H = (lambda s: s.upper() + ":") if variant != 2 else (lambda s: s + ":")
    out = []
    if title:
        out += [title, ""]
    out.append(header_block(r, pt, fac, d, extra=["DATE OF ADMISSION: %s" % fmt_date(r, d, 0),
                                                   "ADMITTING PHYSICIAN: %s" % att,
                                                   "PRIMARY CARE: %s" % pick(r, [dr(r), "same", "none", "clinic"])]))
    out.append("")
    sec = []
    sec.append(H("chief complaint") + ' "%s."' % cap_first(pick(r, c["cc"])))
    hb = [fill(r, x) for x in some(r, c["hpi"], 2, len(c["hpi"]))]
    if variant == 0:
        hpi = ("This is a %d-year-old %s with a past medical history significant for %s who presents %s with %s. " % (
            pt.age, pt.noun, oxford([p[0] for p in pmh]) or "no significant illness",
            pick(r, ["to the emergency room", "by ambulance", "from the clinic as a direct admit", "from %s" % fac.nh,
                     "accompanied by %s daughter" % pt.his]), pick(r, c["cc"])) +
            " ".join("The patient reports %s." % b if i % 2 == 0 else cap_first(b) + " per family." for i, b in enumerate(hb)) +
            " " + (hp_extra(r, pt, 2, 5) + " " if long_mode else "") + pick(r, ["Denies any other complaints at this time.", "No recent travel or sick contacts.",
                           "Review of outside records was limited.", "The rest of the history is obtained from the nursing home transfer sheet."]))
    else:
        hpi = "%d yo %s w/ %s, here w/ %s. %s." % (pt.age, pt.sex, ", ".join(p[1] for p in pmh) or "no sig PMH",
                                                   pick(r, c["cc"]), "; ".join(hb))
    sec.append(H("history of present illness") + " " + hpi)
    sec.append(H("past medical history") + " " + ("\n" + "\n".join("%d. %s" % (i + 1, cap_first(p[0])) for i, p in enumerate(pmh)) if pmh else "Negative."))
    sec.append(H("past surgical history") + " " + cap_first(oxford(psh(r, pt, 1, 3))) + ".")
    sec.append(H("medications") + ("\n" + "\n".join(med_str(r, m) for m in meds) if meds else " None."))
    sec.append(H("allergies") + " " + pick(r, ALLERGIES))
    sec.append(H("social history") + " " + pick(r, SOCIAL))
    sec.append(H("family history") + " " + pick(r, FAMILY))
    ros_neg = some(r, ROS_SYSTEMS, 4, 10)
    if long_mode:
        sec.append(H("review of systems") + "\n" + "\n".join(
            "%s: %s." % (k, cap_first(pick(r, v).replace("%d", str(r.randint(5, 25))))) for k, v in ROS_DETAIL.items()))
    elif chance(r, 0.5):
        sec.append(H("review of systems") + " " + "As per HPI, otherwise a 12-point review of systems is negative.")
    else:
        sec.append(H("review of systems") + "\n" + "\n".join("%s: negative." % s if chance(r, 0.8) else "%s: see HPI." % s for s in ros_neg))
    ex = [H("physical examination"), "VITAL SIGNS: " + vitals(r, pt, True)]
    abn = [fill(r, x) for x in some(r, c["exam"], 1, len(c["exam"]))]
    for k, v in EXAM_NORMAL.items():
        if chance(r, 0.85):
            ex.append("%s: %s" % (k.upper() if variant != 2 else k, pick(r, v)))
    ex.append("Pertinent: " + "; ".join(abn) + ".")
    sec.append("\n".join(ex))
    sec.append(H("laboratory and imaging") + " " + "; ".join(fill(r, x) for x in some(r, c["data"], 1, len(c["data"]))) + ".")
    plan = [H("assessment and plan")]
    plan.append("1. %s. %s." % (cap_first(c["name"]), cap_first(fill(r, pick(r, c["course"])))))
    for i, p in enumerate(pmh[:4]):
        plan.append("%d. %s - %s." % (i + 2, cap_first(p[0]), pick(r, ["continue home meds", "stable", "monitor", "hold for now",
                                                                        "will check levels", "resume when taking PO"])))
    plan.append("%d. DVT prophylaxis: %s. Code status: %s." % (len(plan), pick(r, ["enoxaparin", "SCDs", "ambulation", "heparin 5000 SQ q 8h"]),
                                                             pick(r, ["Full code", "DNR", "DNR/DNI per POLST", "Full code, discussed with pt"])))
    if long_mode:
        plan.append(pick(r, ["Discussed plan of care with the patient and %s at the bedside, and they are in agreement." % pick(r, ["spouse", "son", "daughter", "granddaughter"]),
                             "Anticipate a length of stay of 2-3 midnights; case management to begin discharge planning early.",
                             "Prior records from %s were requested." % fac.tertiary]))
    sec.append("\n".join(plan))
    if chance(r, 0.25):
        sec[2:5] = r.sample(sec[2:5], 3)
    out.append("\n\n".join(sec))
    out.append(dictation_footer(r, att, d))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# progress note
# ---------------------------------------------------------------------------

CLINIC_VISITS = [
    ("HTN follow-up", ["here for BP recheck", "checking BP at home, runs 130s-150s", "no HA, CP or SOB", "taking meds as directed"],
     ["BP improved from last visit", "no edema"], "Hypertension, %s" % "fair control", ["continue current regimen", "increase lisinopril to 20 mg", "low-salt diet reviewed", "BMP today", "RTC 3 months"]),
    ("diabetes follow-up", ["fasting sugars 120-180", "denies polyuria", "has not been to eye doctor this year", "feet ok"],
     ["monofilament intact bilat", "A1c today %.1f" % 7.8, "no foot ulcers"], "DM2, not at goal", ["add glipizide", "diabetic ed referral", "eye exam referral", "recheck A1c 3 mos", "foot care reviewed"]),
    ("sinusitis", ["facial pressure x 10 days", "green nasal drainage", "tooth pain upper", "low fever"],
     ["maxillary sinus tenderness", "purulent drainage in nares", "TMs clear"], "Acute sinusitis", ["amoxicillin x 10 days", "saline rinses", "f/u prn if not improved"]),
    ("low back pain", ["lifting hay bales, felt pull in low back", "no radiation", "no bowel/bladder sx"],
     ["paraspinal spasm L>R", "SLR neg", "reflexes symmetric"], "Lumbar strain", ["cyclobenzaprine", "ibuprofen w/ food", "heat", "no lifting x 1 wk", "PT if not better"]),
    ("depression follow-up", ["mood somewhat better on sertraline", "sleeping 6 hrs", "denies SI/HI", "PHQ-9 today 11, was 17"],
     ["affect brighter", "good eye contact"], "Major depression, improving", ["continue sertraline", "counseling with behavioral health at clinic", "safety plan reviewed", "RTC 4-6 wks"]),
    ("INR check", ["no bleeding or bruising", "no missed doses", "diet unchanged"],
     ["INR today 2.4", "no ecchymoses"], "Long-term anticoagulation, therapeutic", ["continue warfarin same dose", "INR 4 wks"]),
    ("otitis media", ["pulling at L ear x 2 days", "fever 101 at home", "fussy, decreased sleep"],
     ["L TM bulging, erythematous", "R TM nl"], "Acute otitis media L", ["amoxicillin 80-90 mg/kg/day div BID", "Tylenol/Motrin prn", "recheck 2 wks if still sx"]),
    ("COPD follow-up", ["stable, using Spiriva daily", "rescue inhaler 2-3x/wk", "still smoking 1/2 ppd"],
     ["scattered expiratory wheezes", "sat 92% RA"], "COPD, stable", ["smoking cessation counseled >3 min", "pneumovax today", "PFTs ordered"]),
    ("knee pain", ["R knee pain worse w/ stairs", "stiffness AM < 30 min", "no injury"],
     ["crepitus R knee", "small effusion", "medial joint line tenderness"], "Osteoarthritis R knee", ["x-ray R knee", "meloxicam", "consider steroid injection next visit"]),
    ("rash", ["itchy rash on arms after working in garden", "spreading", "tried Benadryl"],
     ["linear vesicular lesions forearms", "no facial involvement"], "Contact dermatitis, poison ivy", ["prednisone taper", "triamcinolone cream", "avoid exposure"]),
    ("hypothyroid follow-up", ["energy better", "no palpitations", "weight stable"],
     ["thyroid not enlarged", "TSH 3.1"], "Hypothyroidism, euthyroid on therapy", ["continue levothyroxine", "TSH yearly"]),
    ("UTI symptoms", ["burning w/ urination x 2 days", "frequency", "no fever, no flank pain"],
     ["no CVAT", "UA dip + LE, + nitrite"], "Acute cystitis", ["nitrofurantoin x 5 days", "push fluids", "cx if recurs"]),
    ("well adult / physical", ["no complaints", "due for colonoscopy", "exercises walking 3x/wk"],
     ["normal exam"], "Routine health maintenance", ["fasting lipids", "colonoscopy referral", "Tdap today", "return 1 yr"]),
    ("anxiety", ["worry about harvest and finances", "trouble falling asleep", "occasional panic episodes"],
     ["anxious appearing, fidgety", "GAD-7 14"], "Generalized anxiety disorder", ["start citalopram 10 mg", "behavioral health referral in clinic", "avoid caffeine", "f/u 4 wks"]),
    ("gout flare", ["R great toe swollen red hot x 1 day", "ate a lot of red meat", "had similar last year"],
     ["1st MTP erythema, warmth, exquisite tenderness"], "Acute gout", ["indomethacin", "uric acid in 4 wks", "start allopurinol after flare resolves"]),
]

NH_ITEMS = ["Resident seen for routine 30/60 day visit", "Staff report no acute issues", "Eating 50-75% of meals",
            "Weight stable per dietary", "One fall this month without injury", "Sleeping well", "Family visits weekly",
            "Behaviors: occasional sundowning", "Up in wheelchair most of day", "Incontinent of bladder, continent of bowel"]


def gen_progress_note(r):
    d = rand_date(r)
    fac = Facility(r)
    v = r.randrange(6)
    if v == 0:
        # inpatient daily SOAP, terse
        c = case(r, exclude_ob=True)
        pt = case_pt(r, c, d)
        hd = r.randint(1, 6)
        who = provider(r, pick(r, ["md", "mid"]))
        lines = [pick(r, ["PROGRESS NOTE", "Progress Note", "DAILY PROGRESS NOTE", "Hospitalist Progress Note", "", "PN"])]
        lines.append("%s  Rm %d  %s  HD #%d" % (pt.name(1), r.randint(101, 132), fmt_date(r, d, 1), hd))
        lines.append("S: " + pick(r, ["Feels better today.", "Pt states \"still weak.\"", "Slept poorly, c/o pain.",
                                      "No overnight events per nursing.", "Ate most of breakfast. Ambulated in hall w/ PT."]) +
                     " " + pick(r, ["Denies CP/SOB.", "+ BM yesterday.", "Less cough.", "Nausea resolved.", "Family at bedside."]))
        lines.append("O: " + vitals(r, pt, chance(r, 0.3), 2) + "  I/O %d/%d" % (r.randint(800, 2400), r.randint(600, 3400)))
        lines.append("   " + pick(r, c["exam"]) + (" - improved" if chance(r, 0.6) else ""))
        lines.append("   Labs: " + pick(r, ["WBC %.1f, Hgb %.1f, K %.1f, Cr %.1f" % (r.uniform(5, 15), r.uniform(8, 14), r.uniform(3.2, 5.1), r.uniform(0.7, 2.4)),
                                           "BMP wnl", "pending", "Na %d K %.1f" % (r.randint(128, 144), r.uniform(3.3, 5.0))]))
        lines.append("A: %s, %s." % (c["short"], pick(r, ["improving", "slowly improving", "stable", "not much change", "resolving"])))
        lines.append("P: " + "; ".join(some(r, ["cont current abx", "switch to PO", "wean O2", "PT/OT", "d/c planning - possible swing bed",
                                                 "repeat labs AM", "advance diet", "d/c Foley", "ambulate TID", "possible d/c tomorrow",
                                                 "case mgmt to see", "hold lisinopril"], 2, 5)))
        lines.append("- %s" % who)
        return "\n".join(x for x in lines if x is not None)
    if v == 1 or v == 2:
        # clinic SOAP (dictated or typed)
        cv = pick(r, CLINIC_VISITS)
        pt = Patient(r, 3 if cv[0] == "otitis media" else 18, 8 if cv[0] == "otitis media" else 90, None, d)
        who = provider(r, pick(r, ["md", "mid"]))
        lines = []
        t = pick(r, ["OFFICE VISIT", "CLINIC NOTE", "FOLLOW-UP VISIT", "Progress Notes", None, "SOAP NOTE"])
        if t:
            lines.append(t)
        lines.append(fac.clinic)
        lines.append("%s   DOB %s   Visit date %s" % (pt.name(0), fmt_date(r, pt.dob, 0), fmt_date(r, d, 0)))
        lines.append("Reason for visit: %s" % cv[0])
        if v == 1:
            lines.append("")
            lines.append("SUBJECTIVE: %s is a %d-year-old %s who %s. %s. %s." % (
                pt.first, pt.age, pt.noun, cv[1][0], cap_first(oxford(cv[1][1:])), pick(r, [
                    "Otherwise no new concerns", "Medications were reviewed with the patient", "Accompanied by spouse",
                    "Has been busy with calving season"])))
            lines.append("")
            lines.append("OBJECTIVE: " + vitals(r, pt, False, 1) + ". " + cap_first(". ".join(cv[2])) + ". " + pick(r, [
                "Lungs clear, heart regular.", "Heart and lung exam unremarkable.", "No distress; chest clear; RRR.", "Cardiopulmonary exam benign."]))
            lines.append("")
            lines.append("ASSESSMENT: " + cv[3] + ".")
            lines.append("")
            lines.append("PLAN: " + cap_first("; ".join(some(r, cv[4], 2, len(cv[4])))) + ". " + pick(r, [
                "Patient verbalized understanding.", "Call with questions.", "Return sooner if worse.", ""]))
            lines.append(dictation_footer(r, who, d))
        else:
            lines.append("S: " + "; ".join(cv[1]) + ".")
            lines.append("O: " + vitals(r, pt, False, 0) + ". " + "; ".join(cv[2]) + ".")
            lines.append("A: " + cv[3])
            lines.append("P: " + "\n   ".join(some(r, cv[4], 1, len(cv[4]))))
            lines.append("%s" % who)
        return "\n".join(lines)
    if v == 3:
        # nursing home physician visit
        pt = Patient(r, 70, 101, None, d)
        who = provider(r, pick(r, ["md", "mid"]))
        pmh = chronic_list(r, pt, 2, 6)
        lines = [pick(r, ["NURSING FACILITY PROGRESS NOTE", "PHYSICIAN VISIT - LONG TERM CARE", "Nursing Home Visit", "Regulatory visit"]),
                 fac.nh, "Resident: %s   Room %s   %s" % (pt.name(2), r.randint(1, 48), fmt_date(r, d, 4))]
        lines.append("Subjective: " + ". ".join(some(r, NH_ITEMS, 3, 6)) + ".")
        lines.append("Vitals per chart: " + vitals(r, pt, False, 2))
        lines.append("Exam: " + exam_text(r, some(r, list(EXAM_NORMAL), 3, 6), "nh"))
        lines.append("Assessment/Plan:")
        for i, p in enumerate(pmh):
            lines.append("  %d) %s - %s" % (i + 1, p[1], pick(r, ["stable, no changes", "GDR attempted, will reduce dose",
                                                               "labs reviewed, ok", "continue current", "monitor weights",
                                                               "PT to eval", "discussed w/ DON"])))
        lines.append("Code status reviewed: %s" % pick(r, ["DNR", "Full code", "DNR, comfort-focused"]))
        lines.append(who)
        return "\n".join(lines)
    if v == 4:
        # wound care or behavioural health or prenatal
        sub = r.randrange(3)
        who = provider(r, pick(r, ["md", "mid", "rn"]))
        if sub == 0:
            pt = Patient(r, 50, 95, None, d)
            loc = pick(r, ["sacrum", "R heel", "L lateral malleolus", "L great toe plantar", "R ischium", "coccyx"])
            l, w, dp = r.uniform(0.5, 6), r.uniform(0.4, 5), r.uniform(0.1, 2.5)
            lines = [pick(r, ["WOUND CLINIC FOLLOW-UP", "Wound Care Progress Note", "Wound reassessment"]),
                     "%s  %s" % (pt.name(1), fmt_date(r, d, 0)),
                     "Wound: %s, %s" % (loc, pick(r, ["stage 3 pressure injury", "stage 2 pressure ulcer", "diabetic foot ulcer, Wagner 2",
                                                       "venous stasis ulcer", "unstageable - eschar", "surgical wound dehiscence"])),
                     "Measurements: %.1f x %.1f x %.1f cm (prior %.1f x %.1f x %.1f)" % (l, w, dp, l + 0.4, w + 0.3, dp + 0.1),
                     "Wound bed: %d%% granulation, %d%% slough. Exudate %s, %s. Periwound %s." % (
                         r.choice([40, 60, 75, 90]), r.choice([10, 25, 40]), pick(r, ["scant", "moderate", "large"]),
                         pick(r, ["serous", "serosanguinous", "purulent"]), pick(r, ["intact", "macerated", "erythematous 1 cm"])),
                     "Treatment: " + pick(r, ["sharp debridement of slough with curette, tolerated", "collagen dressing, foam cover",
                                              "Santyl to bed, moist gauze, change daily", "NPWT continued at 125 mmHg",
                                              "multi-layer compression wrap applied"]) + ".",
                     "Plan: offload, " + pick(r, ["turn q2h", "heel boots", "total contact cast next visit", "albumin/prealb ordered",
                                                   "f/u 1 wk"]) + ". " + who]
            return "\n".join(lines)
        if sub == 1:
            pt = Patient(r, 14, 75, None, d)
            lines = [pick(r, ["BEHAVIORAL HEALTH PROGRESS NOTE", "Counseling Session Note", "Therapy Note - Individual"]),
                     fac.clinic + " - Behavioral Health", "Client: %s   Session #%d   %s   %d min" % (pt.name(0), r.randint(2, 30), fmt_date(r, d, 0), pick(r, [30, 45, 53, 60]))]
            lines.append("Data: Client %s. %s" % (pick(r, ["reports increased stress related to drought and finances", "discussed grief over loss of spouse",
                                                           "reported 4 days of sobriety", "described conflict with teenage son",
                                                           "reports nightmares decreased"]),
                                                  pick(r, ["Mood \"okay.\" Affect congruent.", "Tearful at times.", "Engaged and talkative.",
                                                           "Guarded initially, opened up later in session."])))
            lines.append("Assessment: %s. Risk: denies SI/HI, no plan or intent. %s" % (
                pick(r, ["Progressing toward goals", "Minimal progress", "Symptoms stable"]), pick(r, ["PHQ-9 %d." % r.randint(3, 20), "GAD-7 %d." % r.randint(3, 18), ""])))
            lines.append("Plan: %s. Next session %s." % (pick(r, ["Continue CBT, thought record homework", "Practice grounding skills",
                                                                  "Coordinate with PCP re: medication", "Attend AA meeting in town Tuesday"]),
                                                         pick(r, ["1 wk", "2 wks", "next month"])))
            lines.append(who)
            return "\n".join(lines)
        pt = Patient(r, 17, 40, "F", d)
        ga = r.randint(8, 40)
        lines = [pick(r, ["PRENATAL VISIT", "OB Return Visit", "Prenatal flow note"]),
                 "%s  G%dP%d  EDC %s" % (pt.name(2), r.randint(1, 5), r.randint(0, 3), fmt_date(r, d + dt.timedelta(weeks=40 - ga), 1)),
                 "GA: %d wks   Wt: %d   BP: %d/%d   Urine: %s prot/%s glu" % (ga, r.randint(120, 260), r.randint(98, 138), r.randint(58, 88),
                                                                              pick(r, ["neg", "trace"]), pick(r, ["neg", "neg", "trace"])),
                 "FHT: %d   Fundal ht: %s   Edema: %s" % (r.randint(125, 160), str(ga - r.randint(-1, 1)) if ga > 20 else "n/a", pick(r, ["none", "trace", "1+"])),
                 "Pt c/o " + pick(r, ["nothing", "heartburn", "low back ache", "round ligament pain", "nausea improving", "leg cramps"]) +
                 ". + FM, no LOF, no VB, no ctx.",
                 "Plan: " + pick(r, ["1 hr GTT next visit", "GBS at 36 wks", "Tdap given", "RTC 4 wks", "RTC 2 wks", "RTC 1 wk, labor precautions"]),
                 who]
        return "\n".join(lines)
    # swing-bed/skilled progress with problem-oriented format
    c = case(r, exclude_ob=True)
    pt = case_pt(r, c, d)
    who = provider(r, "md")
    lines = [pick(r, ["SWING BED PROGRESS NOTE", "Skilled Care Weekly Note", "Interim Note"]),
             "Patient %s, MR %s, date %s" % (pt.name(0), pt.mrn, fmt_date(r, d, 2))]
    lines.append("Pt is day %d of skilled stay following admission for %s." % (r.randint(3, 18), c["name"]))
    lines.append("Therapy: ambulating %d ft w/ %s, %s assist for transfers." % (r.randint(20, 300), pick(r, ["FWW", "cane", "hemiwalker"]),
                                                                               pick(r, ["SBA", "min", "mod", "CGA"])))
    lines.append("Vitals: " + vitals(r, pt, False, 0))
    lines.append("Problems:\n" + "\n".join("#%d %s: %s" % (i + 1, p[1], pick(r, ["stable", "improving", "meds adjusted", "watch"]))
                                            for i, p in enumerate(chronic_list(r, pt, 1, 4))))
    lines.append("Plan: continue skilled PT/OT, anticipate d/c home in %d-%d days." % (r.randint(3, 5), r.randint(6, 10)))
    lines.append(who)
    return "\n".join(lines)

# ---------------------------------------------------------------------------
# consult note
# ---------------------------------------------------------------------------

CONSULTS = [
    ("General Surgery", ["abdominal pain", "gallstones", "incarcerated hernia", "rectal bleeding", "breast mass", "perirectal abscess"],
     ["Recommend laparoscopic cholecystectomy this admission", "NPO after midnight", "will follow", "CT abdomen/pelvis with contrast",
      "no acute surgical indication at this time", "serial abdominal exams", "surgery would be reasonable after medical optimization"]),
    ("Cardiology (outreach clinic)", ["new atrial fibrillation", "chest pain with abnormal stress test", "cardiomyopathy", "syncope"],
     ["Echocardiogram", "start metoprolol and titrate", "anticoagulation reasonable given CHA2DS2-VASc of 4", "outpatient Holter monitor",
      "refer for cardiac catheterization at the regional center", "lipid optimization"]),
    ("Psychiatry (telepsychiatry)", ["suicidal ideation", "agitation in dementia", "acute psychosis", "medication management in bipolar disorder"],
     ["Patient meets criteria for inpatient psychiatric admission", "begin low-dose quetiapine at bedtime", "1:1 sitter until transfer",
      "avoid benzodiazepines", "recommend outpatient therapy after discharge", "lithium level in 5 days"]),
    ("Wound Care", ["non-healing heel ulcer", "sacral pressure injury", "venous leg ulcer", "diabetic foot ulcer"],
     ["Offloading boot", "ABI to assess arterial flow", "nutrition consult", "collagen dressing three times weekly",
      "consider hyperbaric oxygen referral", "culture-directed antibiotics only if signs of infection"]),
    ("Orthopedics (visiting)", ["hip fracture", "septic knee concern", "displaced distal radius fracture", "ankle fracture"],
     ["Proceed with intramedullary nail tomorrow", "aspirate joint", "closed reduction and sugar-tong splint", "non-weight bearing",
      "enoxaparin for DVT prophylaxis x 28 days"]),
    ("Obstetrics and Gynecology", ["postmenopausal bleeding", "ectopic pregnancy rule out", "pelvic mass", "preeclampsia"],
     ["Transvaginal ultrasound", "serial quantitative hCG", "endometrial biopsy in clinic", "magnesium sulfate seizure prophylaxis",
      "delivery recommended", "transfer to tertiary perinatal center"]),
    ("Nephrology", ["acute kidney injury", "hyperkalemia", "worsening CKD"], ["Hold ACE inhibitor and NSAIDs", "renal ultrasound",
                                                                             "urine sodium and creatinine", "avoid IV contrast", "dialysis not indicated at this time"]),
    ("Podiatry", ["ingrown toenail", "diabetic foot infection", "Charcot foot"], ["X-rays of foot", "partial nail avulsion",
                                                                                 "MRI to exclude osteomyelitis", "diabetic shoes"]),
    ("Pulmonology", ["COPD with hypercapnia", "pleural effusion", "lung nodule"], ["Thoracentesis with fluid studies", "BiPAP at night",
                                                                                 "PET CT", "pulmonary function testing when stable"]),
    ("Urology", ["urinary retention", "hematuria", "kidney stone"], ["Foley catheter, voiding trial in one week", "CT urogram",
                                                                   "tamsulosin", "cystoscopy as outpatient"]),
]


def gen_consult_note(r):
    d = rand_date(r)
    fac = Facility(r)
    spec, reasons, recs = pick(r, CONSULTS)
    reason = pick(r, reasons)
    if spec.startswith("Obstetrics"):
        pt = Patient(r, 18, 80, "F", d)
    else:
        pt = Patient(r, 16, 95, None, d)
    cons = provider(r, "md")
    req = provider(r, pick(r, ["md", "mid"]))
    pmh = chronic_list(r, pt, 0, 5)
    style = r.randrange(3)
    title = pick(r, ["CONSULTATION", "CONSULTATION REPORT", "%s CONSULTATION" % spec.split(" (")[0].upper(),
                     "Consult Note", "INPATIENT CONSULTATION", None])
    out = []
    if title:
        out.append(title)
    out.append(header_block(r, pt, fac, d, extra=["DATE OF CONSULTATION: %s" % fmt_date(r, d, 0),
                                                   "REQUESTING PHYSICIAN: %s" % req,
                                                   "CONSULTANT: %s, %s" % (cons, spec)]))
    out.append("")
    H = (lambda s: s.upper() + ":") if style != 1 else (lambda s: s.title() + ":")
    sec = [H("reason for consultation") + " " + cap_first(reason) + "."]
    hpi = ("I was asked by %s to see this %d-year-old %s regarding %s. " % (req.split(",")[0], pt.age, pt.noun, reason) +
           pick(r, ["The patient was admitted %d days ago " % r.randint(1, 5), "The patient presented to the ER last night ",
                    "The patient was seen in the rural health clinic "]) +
           pick(r, ["and has had progressive symptoms over the past week.", "after family noted a change.",
                    "and the primary team has concerns about the course.", "with no prior evaluation for this problem."]) + " " +
           pick(r, ["I have reviewed the chart, labs and imaging.", "History obtained from the patient and the nursing staff.",
                    "Records from the referring clinic were reviewed.", "Interview conducted over secure video with the nurse present."]))
    sec.append(H("history of present illness") + " " + hpi)
    sec.append(H("past medical history") + " " + (", ".join(p[0] for p in pmh) or "None significant") + ".")
    sec.append(H("medications") + " " + ("; ".join(med_str(r, m, 1) for m in med_list(r, 0, 6)) or "None") + ".")
    sec.append(H("allergies") + " " + pick(r, ALLERGIES) + ".")
    if chance(r, 0.6):
        sec.append(H("social history") + " " + pick(r, CONSULT_SOCIAL))
    if spec.startswith("Psych"):
        ex = ("MENTAL STATUS EXAM: %s, %s. Speech %s. Mood \"%s.\" Affect %s. Thought process %s. %s. Insight and judgment %s." % (
            pick(r, ["Disheveled", "Casually dressed", "In hospital gown"]), pick(r, ["poor eye contact", "good eye contact", "psychomotor slowing"]),
            pick(r, ["soft, slow", "normal rate", "pressured"]), pick(r, ["bad", "hopeless", "fine", "tired"]), pick(r, ["constricted", "flat", "labile"]),
            pick(r, ["linear", "tangential", "circumstantial"]), pick(r, ["Endorses passive SI", "Denies SI/HI", "Positive for AH"]),
            pick(r, ["poor", "fair", "limited"])))
    else:
        ex = H("physical examination") + " " + vitals(r, pt, chance(r, 0.3), 1) + ". " + exam_text(
            r, some(r, list(EXAM_NORMAL), 3, 7), "consult")
    sec.append(ex)
    if chance(r, 0.4):
        sec.append(H("data reviewed") + " " + pick(r, [
            "Outside CT images were personally reviewed on the PACS link.", "Admission labs reviewed and notable for a mild leukocytosis.",
            "The ECG from today shows no acute changes.", "Nursing flowsheets for the past 48 hours were reviewed."]) + " " + pick(r, [
            "Prior clinic notes from the referring office were available.", "No prior imaging is available for comparison.", ""]))
    sec.append(H("impression") + " " + pick(r, ["1. ", ""]) + cap_first(reason) + pick(r, [
        ", likely %s." % pick(r, ["multifactorial", "benign etiology", "needing operative management", "related to medications"]),
        ".", " in a patient with multiple comorbidities."]))
    rl = some(r, recs, 2, len(recs))
    if chance(r, 0.4):
        sec.append(H("discussion") + " " + " ".join(some(r, [
            "I discussed the nature of the problem with the patient at length, including the natural history if left untreated.",
            "Given the travel distance to the regional center, the family strongly prefers care locally if at all possible.",
            "The risks of intervention in this age group must be weighed against quality of life, and the patient voiced understanding.",
            "There is no indication for emergent intervention tonight, but the situation could change quickly.",
            "Alternatives including watchful waiting were reviewed, and the patient would like to think it over with family.",
            "I have reviewed these findings by phone with the attending physician, who agrees with the plan below.",
            "The patient asked appropriate questions, which were answered to the best of my ability."], 2, 5)))
    sec.append(H("recommendations") + "\n" + "\n".join("%d. %s." % (i + 1, x) for i, x in enumerate(rl)))
    closing = pick(r, ["Thank you for allowing me to participate in the care of this patient.",
                       "I appreciate the opportunity to see this patient and will follow along.",
                       "Please call with any questions.", "Will sign off; please re-consult as needed.", ""])
    if style == 2:
        # terse handwritten consult form
        out = [pick(r, ["CONSULTATION REQUEST / REPORT", "Consult form"]),
               "To: %s (%s)   From: %s" % (spec, cons, req),
               "Pt: %s  MR# %s  Rm %d" % (pt.name(1), pt.mrn, r.randint(100, 130)),
               checkbox(r, "Urgency:", ["Routine", "Urgent", "Stat"]),
               "Reason: " + reason,
               "Findings: %d yo %s w/ %s. %s" % (pt.age, pt.sex, ", ".join(p[1] for p in pmh) or "no sig PMH", vitals(r, pt, False, 2)),
               "Imp: " + reason + " - " + pick(r, ["see recs", "conservative mgmt", "needs procedure"]),
               "Recs: " + "; ".join(rl),
               "%s  %s %s" % (cons, fmt_date(r, d, 1), fmt_time(r))]
        return "\n".join(out)
    out.append("\n\n".join(sec))
    if closing:
        out.append("\n" + closing)
    out.append(dictation_footer(r, cons, d))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# ED note
# ---------------------------------------------------------------------------

CONSULT_SOCIAL = [
    "Farms with his son; former smoker, quit in the 1990s.", "Widowed, lives independently in town; no tobacco.",
    "Employed at the ethanol plant; drinks socially; smokes about half a pack daily.", "Long-term care resident, nonambulatory.",
    "Married, retired postmaster; no alcohol.", "Single, unemployed, reports daily marijuana use.",
    "Lives with spouse on an acreage, drives herself to appointments.", "Lives in a group home; guardian is the county.",
]

ED_CASES = [
    ("laceration", ["cut L hand on sheet metal", "cut forehead on cabinet door", "chainsaw kickback to L thigh"],
     ["%.1f cm linear laceration, no tendon involvement" % 3.5, "bleeding controlled", "sensation intact distally"],
     "Laceration repair", ["irrigated copiously", "repaired with 4-0 nylon simple interrupted", "Tdap given", "sutures out 7-10 days"], "Laceration"),
    ("ankle injury", ["rolled R ankle stepping in gopher hole", "twisted ankle playing basketball"],
     ["lateral malleolus swelling", "tender ATFL", "able to bear weight 4 steps", "Ottawa negative for fracture"],
     "Sprain", ["ACE wrap, crutches", "RICE", "ibuprofen", "f/u clinic 1 wk"], "R ankle sprain"),
    ("abdominal pain", ["RLQ pain since last night", "epigastric pain after drinking"],
     ["tender RLQ", "voluntary guarding", "bowel sounds present"], "Abd pain", ["CBC, CMP, lipase, UA", "CT A/P", "IV fluids, morphine, Zofran"], "Abdominal pain"),
    ("chest pain", ["substernal chest tightness while shoveling", "sharp CP worse with breathing"],
     ["no reproducible tenderness", "lungs clear", "RRR"], "CP", ["ECG x2", "troponin", "ASA 324 mg chewed", "NTG SL x1"], "Chest pain"),
    ("fever in child", ["fever 103 x 2 days, pulling ears", "fever and cough, decreased PO"],
     ["TM red/bulging", "alert, playful", "cap refill <2 s"], "Fever", ["Tylenol given in triage", "amoxicillin", "fluids", "f/u PCP 2-3 d"], "Fever, otitis media"),
    ("farm injury", ["caught R hand in PTO shaft", "kicked by cow in the chest", "fell from hayloft ~8 ft"],
     ["deformity R forearm", "abrasions", "tender ribs L 7-9"], "Trauma", ["x-rays", "splint", "pain control", "consider transfer"], "Farm-related injury"),
    ("dog bite", ["bitten by neighbor's dog on calf"], ["two puncture wounds", "no deep structure involvement"], "Bite",
     ["irrigated, left open", "Augmentin", "animal control notified, dog vaccinated per owner"], "Dog bite, L calf"),
    ("asthma", ["wheezing since mowing", "cough and SOB x 1 day"], ["diffuse wheeze", "sat 91% RA", "speaks in phrases"], "Asthma exac",
     ["DuoNeb x 3", "prednisone 60 mg", "reassessed - improved, sat 97%"], "Acute asthma exacerbation"),
    ("kidney stone", ["sudden L flank pain radiating to groin, vomiting"], ["writhing", "L CVAT", "UA 50 RBC"], "Renal colic",
     ["Toradol 30 mg IV", "CT stone protocol: 4 mm L UVJ stone", "Flomax, strainer"], "L ureterolithiasis"),
    ("headache", ["worst migraine in months, photophobia", "HA with nausea x 2 days"], ["neuro intact", "no meningismus"], "HA",
     ["Compazine + Benadryl IV", "IVF", "resolved, d/c'd"], "Migraine"),
    ("bee sting reaction", ["stung on neck, now hives and throat tight"], ["diffuse urticaria", "no stridor", "lungs clear"], "Allergic rxn",
     ["epinephrine 0.3 mg IM", "Benadryl, famotidine, Solu-Medrol", "observed 4 hrs", "EpiPen Rx"], "Anaphylaxis, hymenoptera"),
    ("overdose", ["took handful of Tylenol PM after argument", "found down, empty pill bottle"], ["drowsy but arousable", "pupils dilated"],
     "OD", ["APAP level 4 hr", "Poison Control consulted", "NAC started", "sheriff notified for 72-hr hold"], "Intentional ingestion"),
    ("foreign body eye", ["grinding metal without goggles, L eye pain"], ["rust ring L cornea 4 o'clock", "fluorescein uptake"],
     "FB eye", ["tetracaine", "FB removed with 25g needle", "erythromycin ointment", "f/u optometry 24 hrs"], "Corneal foreign body"),
    ("MVC", ["restrained driver, pickup rolled into ditch", "hit a deer at 55 mph"], ["seat belt sign absent", "C-spine nontender, cleared by NEXUS"],
     "MVC", ["CT head and C-spine negative", "Motrin", "muscle strain precautions"], "MVC with cervical strain"),
    ("fish hook", ["treble hook embedded in thumb"], ["barb embedded dorsal thumb"], "FB", ["digital block", "advance-and-cut technique", "Keflex"], "Fishhook removal"),
]


def gen_ed_note(r):
    d = rand_date(r)
    fac = Facility(r)
    ec = pick(r, ED_CASES)
    pt = Patient(r, 1, 12, None, d) if ec[0] == "fever in child" else Patient(r, 16, 92, None, d)
    doc = provider(r, pick(r, ["md", "md", "mid"]))
    arr = fmt_time(r, True)
    style = r.randrange(3)
    if style == 0:
        # check-box template chart
        lines = [pick(r, ["EMERGENCY DEPARTMENT RECORD", "EMERGENCY PHYSICIAN RECORD", "ER Physician Documentation", "EMERGENCY ROOM - PHYSICIAN"]),
                 "%s Emergency Dept" % fac.hospital,
                 "Name: %s  Age: %d  Sex: %s  Arrival: %s %s" % (pt.name(1), pt.age, pt.sex, fmt_date(r, d, 1), arr),
                 checkbox(r, "Arrived by:", ["Private vehicle", "EMS", "Sheriff", "Walk-in"]),
                 "Historian: " + pick(r, ["pt", "parent", "spouse", "EMS"]) + "     Time seen: " + fmt_time(r, True),
                 "CC: " + ec[0],
                 "HPI: " + pick(r, ec[1]) + ". Onset " + pick(r, ["today", "yesterday", "2 hrs PTA", "3 d ago"]) +
                 ", severity " + str(r.randint(3, 10)) + "/10. " + pick(r, ["No prior similar.", "Tried OTC meds.", "Similar episode last yr."]),
                 "ROS: [X] all other systems neg  [ ] see below",
                 "PMH: " + (", ".join(p[1] for p in chronic_list(r, pt, 0, 4)) or "none") + "   Meds: see nursing list   All: " + pick(r, ALLERGIES),
                 yn(r, "Tetanus UTD?", p=0.6),
                 "Exam: " + vitals(r, pt, chance(r, 0.3), 2),
                 "  " + "; ".join(ec[2]),
                 "  [X] NAD  [X] Lungs clear  [X] RRR  [ ] Abn: ____",
                 "ED course/MDM: " + "; ".join(ec[4]),
                 "Dx: " + ec[5],
                 checkbox(r, "Dispo:", ["Home", "Admit", "Transfer", "AMA", "Obs"]),
                 checkbox(r, "Condition:", ["Improved", "Stable", "Unchanged"]),
                 "Rx: " + med_str(r, med(r, pick(r, ["pain", "abx", "gi", "ster"])), 1),
                 "Physician: %s  Time: %s" % (doc, fmt_time(r, True))]
        return "\n".join(lines)
    if style == 1:
        # dictated
        title = pick(r, ["EMERGENCY ROOM REPORT", "EMERGENCY DEPARTMENT NOTE", "ER REPORT", None])
        out = [title] if title else []
        out.append(header_block(r, pt, fac, d, extra=["DATE OF SERVICE: %s" % fmt_date(r, d, 0), "ER PHYSICIAN: %s" % doc]))
        out.append("")
        out.append("CHIEF COMPLAINT: %s." % cap_first(ec[0]))
        out.append("")
        out.append("HISTORY OF PRESENT ILLNESS: The patient is a %d-year-old %s who presents to the emergency room %s. The patient states %s %s, %s. %s" % (
            pt.age, pt.noun, pick(r, ["at approximately %s" % fmt_time(r, False), "by private vehicle", "via county EMS"]),
            pt.he, pick(r, ec[1]), pick(r, ["and came right in", "and tried to tough it out at home", "and was told by the clinic nurse to come to the ER"]),
            pick(r, ["There is no other complaint.", "Nothing makes it better.", "The patient has not eaten since noon."])))
        out.append("")
        out.append("PAST MEDICAL HISTORY: " + (", ".join(p[0] for p in chronic_list(r, pt, 0, 4)) or "Negative") + ".")
        out.append("MEDICATIONS: " + ("; ".join(med_str(r, m, 1) for m in med_list(r, 0, 5)) or "None") + ".")
        out.append("ALLERGIES: " + pick(r, ALLERGIES) + ".")
        out.append("")
        out.append("PHYSICAL EXAMINATION: " + vitals(r, pt, False, 3) + ". " + " ".join(cap_first(x) + "." for x in ec[2]))
        out.append("")
        if chance(r, 0.5):
            out.append("REVIEW OF SYSTEMS: " + pick(r, ["Ten systems reviewed and negative except as noted in the HPI.",
                                                        "Positive as per HPI. Denies fever, vomiting, headache, or recent illness.",
                                                        "Unable to obtain secondary to patient's condition."]))
            out.append("")
        out.append("EMERGENCY DEPARTMENT COURSE: " + " ".join(cap_first(x) + "." for x in ec[4]) + " " + pick(r, [
            "The patient was reexamined and was much improved.", "Case discussed with the on-call physician.",
            "The patient's family was updated at the bedside."]))
        out.append("")
        if chance(r, 0.5):
            out.append("MEDICAL DECISION MAKING: " + " ".join(some(r, [
                "Differential diagnosis considered includes more serious etiologies, which were felt less likely based on the workup.",
                "Labs and imaging were personally reviewed by me.", "Old records from the clinic were reviewed.",
                "The patient is low risk and appropriate for outpatient management.",
                "I discussed the case with the surgeon on call, who will see the patient in the morning.",
                "Return precautions were reviewed in detail and the patient voiced understanding."], 2, 4)))
            out.append("")
        out.append("DIAGNOSIS: %s." % ec[5])
        out.append("DISPOSITION: %s." % pick(r, ["Discharged home in stable condition", "Admitted to the floor", "Transferred to %s" % fac.tertiary]))
        out.append(dictation_footer(r, doc, d))
        return "\n".join(x for x in out if x is not None)
    # terse handwritten-like
    lines = ["ER  " + fmt_date(r, d, 1) + "  " + arr,
             "%s  %d%s" % (pt.name(1), pt.age, pt.sex.lower()),
             "Pt c/o " + pick(r, ec[1]) + ".",
             vitals(r, pt, False, 2),
             "PE: " + ", ".join(ec[2]),
             "Tx: " + ", ".join(ec[4]),
             "Imp: " + ec[5],
             "D/C home w/ instr. F/u " + pick(r, ["clinic", "PCP", dr(r)]) + " " + pick(r, ["prn", "1 wk", "2-3 d"]) + ".",
             doc.split(",")[0]]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# transfer summary
# ---------------------------------------------------------------------------


TRANSFER_WHY = {"chest pain r/o MI": ["needs cardiac catheterization"], "AFib RVR": ["cardiology evaluation, possible TEE/cardioversion"],
                "CVA": ["neurology / stroke center evaluation", "possible thrombectomy"], "MDD w/ SI": ["inpatient psychiatric bed"],
                "SVD": ["NICU availability for preterm delivery", "maternal-fetal medicine evaluation"], "UGIB": ["GI not available for urgent endoscopy"],
                "R hip fx": ["orthopedic surgeon not available this week"], "SBO": ["surgical evaluation, no surgeon on call"],
                "DKA": ["pediatric/adult ICU with insulin drip capability"], "urosepsis": ["worsening shock, needs ICU"]}


def gen_transfer_summary(r):
    d = rand_date(r)
    fac = Facility(r)
    to_nh = chance(r, 0.45)
    c = case(r)
    pt = case_pt(r, c, d)
    doc = provider(r, "md")
    if to_nh:
        pt = Patient(r, 66, 99, None, d)
        title = pick(r, ["INTERAGENCY TRANSFER FORM", "CONTINUITY OF CARE / TRANSFER SUMMARY", "Patient Transfer Record - Long Term Care",
                         "TRANSFER SUMMARY TO NURSING FACILITY", None])
        lines = [title] if title else []
        lines += ["From: %s   To: %s" % (fac.hospital, fac.nh),
                  "Resident: %s  DOB %s  Sex %s" % (pt.name(2), fmt_date(r, pt.dob, 0), pt.sex),
                  "Transfer date: %s   Time: %s" % (fmt_date(r, d, 0), fmt_time(r)),
                  "Attending: %s   Follow-up physician: %s" % (doc, pick(r, [dr(r), "same"])),
                  "Diagnoses: " + "; ".join([c["short"] if c["short"] != "SVD" else "debility"] + [p[1] for p in chronic_list(r, pt, 1, 5)]),
                  "Code status: " + pick(r, ["DNR", "Full code", "DNR - POLST sent with pt"]),
                  "Allergies: " + pick(r, ALLERGIES),
                  "Diet: " + pick(r, ["NAS", "pureed, nectar-thick liquids", "mech soft", "CCHO 1800", "regular"]),
                  "FUNCTIONAL STATUS:",
                  "  " + checkbox(r, "Ambulation:", ["Indep", "Walker", "W/C", "Bedbound"]),
                  "  " + checkbox(r, "Transfers:", ["Indep", "1 assist", "2 assist", "Hoyer"]),
                  "  " + checkbox(r, "Continence:", ["Cont", "Incont bladder", "Incont both", "Foley"]),
                  "  " + checkbox(r, "Mental:", ["Alert/oriented", "Confused", "Forgetful", "Nonverbal"]),
                  "Skin: " + pick(r, ["intact", "stage 2 coccyx - see wound sheet", "bruising bilat arms", "healing incision R hip, staples in place"]),
                  "Last BM: " + fmt_date(r, d - dt.timedelta(days=r.randint(0, 3)), 1),
                  "Medications (last dose given):"]
        for m in med_list(r, 3, 10):
            lines.append("  %s  last: %s" % (med_str(r, m, 1), fmt_time(r)))
        lines += ["Hospital course summary: " + "; ".join(fill(r, x) for x in some(r, c["course"], 1, 3)) + ".",
                  "Rehab potential: " + pick(r, ["good", "fair", "poor"]) + ". PT/OT eval and treat.",
                  "Report called to %s at receiving facility by %s." % (provider(r, "rn"), provider(r, "rn")),
                  "Transported by: " + pick(r, ["facility van", "family car", "BLS ambulance"])]
        return "\n".join(lines)
    title = pick(r, ["PHYSICIAN CERTIFICATION FOR TRANSFER", "TRANSFER SUMMARY", "PATIENT TRANSFER FORM (EMTALA)",
                     "INTERHOSPITAL TRANSFER NOTE", "Transfer Note", None])
    lines = [title] if title else []
    lines += [fac.hospital + ", " + fac.town + ", " + fac.state,
              "Patient: %s   Age %d   MR# %s" % (pt.name(1), pt.age, pt.mrn),
              "Date/Time: %s %s" % (fmt_date(r, d, 0), fmt_time(r)),
              "Receiving facility: %s" % fac.tertiary,
              "Accepting physician: %s   Bed: %s" % (provider(r, "md"), pick(r, ["ICU", "Step-down", "Med/surg", "TBD by house supervisor"] + {
                  "SVD": ["L&D", "L&D"], "MDD w/ SI": ["Psych unit", "Adult behavioral unit"], "chest pain r/o MI": ["CCU", "Cath lab"],
                  "AFib RVR": ["CCU"], "R hip fx": ["Ortho floor", "Trauma bay"], "CVA": ["Neuro ICU", "Stroke unit"]}.get(c["short"], []))),
              "Spoke with accepting MD at: " + fmt_time(r),
              "Diagnosis: " + c["name"],
              "Reason for transfer: " + pick(r, ["higher level of care / specialty services not available here",
                                                 "ICU level care - no intensivist on site"] + TRANSFER_WHY.get(c["short"], [])),
              "Condition at transfer: " + pick(r, ["stable", "guarded", "critical but stabilized"])]
    if chance(r, 0.6):
        lines.append("Summary: %d yo %s presented with %s. %s. Treatment prior to transfer: %s." % (
            pt.age, pt.sex, pick(r, c["cc"]), "; ".join(fill(r, x) for x in some(r, c["data"], 1, 2)),
            ", ".join(fill(r, x) for x in some(r, c["course"], 1, 2))))
    lines += ["Vitals at transfer: " + vitals(r, pt, True, 0),
              "IV: " + pick(r, ["18g L AC, NS @ 125", "20g R hand, saline lock", "2 large bore IVs", "IO R tibia"]),
              checkbox(r, "Mode:", ["ALS ground", "BLS ground", "Rotor wing", "Fixed wing"]),
              checkbox(r, "Level of care during transport:", ["RN", "Paramedic", "Flight crew"]),
              "Sent with pt: " + ", ".join(some(r, ["copy of chart", "labs", "CD of imaging", "ECG", "MAR", "POLST", "face sheet"], 2, 5)),
              "RISKS/BENEFITS: Medical benefits reasonably expected from care at receiving facility outweigh the increased risks of transfer.",
              "Physician signature: %s" % doc]
    return "\n".join(lines)

# ---------------------------------------------------------------------------
# operative note
# ---------------------------------------------------------------------------

OPS = [
    dict(proc="Laparoscopic cholecystectomy", pre="Symptomatic cholelithiasis", post=["Chronic cholecystitis with cholelithiasis", "Same"],
         anes="General endotracheal", spec="Gallbladder", ebl=(5, 50), sex=None,
         steps=["The patient was placed supine and general anesthesia was induced", "The abdomen was prepped and draped in the usual sterile fashion",
                "A Hasson trocar was placed at the umbilicus using open technique and pneumoperitoneum established to 15 mmHg",
                "Three additional 5 mm ports were placed under direct vision",
                "The gallbladder fundus was retracted cephalad and the infundibulum laterally",
                "The triangle of Calot was dissected and the critical view of safety obtained",
                "The cystic duct and cystic artery were each doubly clipped and divided",
                "The gallbladder was removed from the liver bed with electrocautery and extracted in an Endocatch bag",
                "Hemostasis was confirmed and the fascia at the umbilicus closed with 0 Vicryl",
                "Skin was closed with 4-0 Monocryl subcuticular and Dermabond"]),
    dict(proc="Open appendectomy", pre="Acute appendicitis", post=["Acute suppurative appendicitis", "Perforated appendicitis with localized abscess"],
         anes="General", spec="Appendix", ebl=(10, 75), sex=None,
         steps=["A right lower quadrant muscle-splitting incision was made over McBurney's point", "The peritoneum was entered sharply",
                "The appendix was delivered into the wound and was found to be inflamed", "The mesoappendix was divided between clamps and tied with 3-0 Vicryl",
                "The base was crushed, ligated with 0 chromic and the appendix amputated", "The stump was inverted with a purse-string suture",
                "The right lower quadrant was irrigated", "The wound was closed in layers and the skin with staples"]),
    dict(proc="Laparoscopic appendectomy", pre="Acute appendicitis", post=["Acute appendicitis, nonperforated"],
         anes="General endotracheal", spec="Appendix", ebl=(5, 25), sex=None,
         steps=["Pneumoperitoneum was established through an umbilical port", "The appendix was identified in a retrocecal position and mobilized",
                "The mesoappendix was divided with the harmonic scalpel", "The base was divided with an endoscopic GIA stapler",
                "The specimen was removed in a bag through the umbilical port", "Ports were removed under direct vision"]),
    dict(proc="Right inguinal hernia repair with mesh (Lichtenstein)", pre="Right inguinal hernia", post=["Right indirect inguinal hernia", "Right direct inguinal hernia"],
         anes="General with local", spec="None", ebl=(5, 20), sex="M",
         steps=["An oblique incision was made in the right groin", "The external oblique aponeurosis was opened in the direction of its fibers",
                "The ilioinguinal nerve was identified and protected", "The cord was encircled with a Penrose drain",
                "The hernia sac was dissected off the cord structures, high ligated and reduced",
                "A polypropylene mesh was sutured to the shelving edge of the inguinal ligament with running 2-0 Prolene",
                "The external oblique was closed over the cord with 2-0 Vicryl", "Scarpa's fascia and skin were closed"]),
    dict(proc="Low transverse cesarean section", pre="Arrest of dilation at term", post=["Same, with occiput posterior position", "Same"],
         anes="Spinal", spec="Placenta to pathology" , ebl=(600, 1100), sex="F",
         steps=["The patient was placed supine with left lateral tilt after adequate spinal anesthesia", "A Pfannenstiel skin incision was made",
                "The fascia was incised and extended laterally with Mayo scissors", "The rectus muscles were separated in the midline and the peritoneum entered bluntly",
                "A bladder blade was placed and a low transverse hysterotomy was made", "The infant was delivered from vertex presentation, cord clamped and cut, and handed to the waiting nursery nurse",
                "The placenta was delivered manually", "The hysterotomy was closed in two layers with 0 chromic",
                "The fascia was closed with 0 Vicryl running and the skin with staples"]),
    dict(proc="Bilateral tubal ligation, postpartum (Pomeroy)", pre="Multiparity, desires permanent sterilization", post=["Same"],
         anes="Epidural", spec="Segments of right and left fallopian tube", ebl=(2, 10), sex="F",
         steps=["A small infraumbilical incision was made", "The right fallopian tube was grasped with a Babcock and followed to the fimbria",
                "A knuckle of tube was ligated with plain gut and excised", "The same procedure was performed on the left",
                "Both stumps were hemostatic", "The fascia and skin were closed"]),
    dict(proc="Excision of lipoma, upper back", pre="Subcutaneous mass, upper back", post=["Lipoma, 6 cm"],
         anes="Local with MAC", spec="Soft tissue mass", ebl=(5, 30), sex=None,
         steps=["An elliptical incision was made over the mass", "The mass was dissected free from surrounding tissue bluntly and sharply",
                "The cavity was irrigated and hemostasis obtained with cautery", "Deep tissue was closed with 3-0 Vicryl and skin with 4-0 nylon"]),
    dict(proc="Dilation and curettage, hysteroscopy", pre="Postmenopausal bleeding", post=["Same; endometrial polyp"],
         anes="General LMA", spec="Endometrial curettings", ebl=(5, 25), sex="F",
         steps=["The patient was placed in dorsal lithotomy", "Bimanual exam revealed a small anteverted uterus",
                "The cervix was grasped with a single-tooth tenaculum and serially dilated", "The hysteroscope was introduced and a polyp seen on the posterior wall",
                "Sharp curettage was performed in all quadrants", "Instruments were removed and hemostasis was noted"]),
    dict(proc="Excisional hemorrhoidectomy", pre="Grade 3-4 internal and external hemorrhoids", post=["Same"],
         anes="Spinal", spec="Hemorrhoidal tissue x 3", ebl=(20, 60), sex=None,
         steps=["The patient was placed in prone jackknife position", "The buttocks were taped apart", "A Hill-Ferguson retractor was inserted",
                "The three hemorrhoidal columns were excised with elliptical incisions", "The mucosa was closed with running 3-0 chromic",
                "A Gelfoam pack was placed"]),
    dict(proc="Right carpal tunnel release, open", pre="Right carpal tunnel syndrome", post=["Same"],
         anes="Bier block", spec="None", ebl=(1, 5), sex=None,
         steps=["A tourniquet was inflated to 250 mmHg", "A longitudinal palmar incision was made in line with the radial border of the ring finger",
                "The transverse carpal ligament was divided completely under direct vision", "The median nerve was inspected and appeared flattened but intact",
                "The skin was closed with 5-0 nylon horizontal mattress sutures", "A bulky dressing and volar splint were applied"]),
    dict(proc="Incision and drainage of perirectal abscess", pre="Perirectal abscess", post=["Left ischiorectal abscess"],
         anes="General LMA", spec="Culture of purulent fluid", ebl=(5, 15), sex=None,
         steps=["The patient was placed in lithotomy", "A fluctuant area was identified at 4 o'clock", "A cruciate incision was made and 30 mL of purulent material drained",
                "Loculations were broken up with a finger", "The cavity was irrigated and packed with iodoform gauze"]),
    dict(proc="Ventral hernia repair with mesh", pre="Incisional hernia", post=["Incarcerated incisional hernia, omentum only"],
         anes="General endotracheal", spec="Hernia sac", ebl=(20, 100), sex=None,
         steps=["The old midline incision was excised", "The hernia sac was dissected to the fascial edges", "Incarcerated omentum was reduced and found to be viable",
                "A piece of composite mesh was placed in the underlay position with transfascial sutures", "A JP drain was left in the subcutaneous space",
                "The skin was closed with staples"]),
]


def gen_operative_note(r):
    d = rand_date(r)
    fac = Facility(r)
    op = pick(r, OPS)
    pt = Patient(r, 18, 85, op["sex"], d) if op["proc"].find("cesarean") < 0 else Patient(r, 17, 41, "F", d)
    surg = provider(r, "md")
    style = r.randrange(3)
    title = pick(r, ["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION", "Op Note", "SURGICAL REPORT", None])
    out = [title] if title else []
    out.append(header_block(r, pt, fac, d, extra=["DATE OF SURGERY: %s" % fmt_date(r, d, 0)]))
    out.append("")
    f = (lambda s: s.upper() + ":") if style != 2 else (lambda s: s.title() + ":")
    fields = [
        (f("preoperative diagnosis"), op["pre"]),
        (f("postoperative diagnosis"), pick(r, op["post"])),
        (f("procedure"), op["proc"]),
        (f("surgeon"), surg),
        (f("assistant"), pick(r, ["None", provider(r, "mid"), "%s, RN first assist" % pick(r, DOC_FIRST)])),
        (f("anesthesia"), op["anes"] + ", " + pick(r, ["CRNA %s" % pick(r, DOC_LAST), "Dr. %s" % pick(r, DOC_LAST)])),
        (f("estimated blood loss"), "%d mL" % r.randint(*op["ebl"])),
        (f("fluids"), "%d mL crystalloid" % r.choice([400, 600, 800, 1000, 1200, 1800])),
        (f("specimens"), op["spec"]),
        (f("drains"), pick(r, ["None", "None", "19 Fr Blake", "JP x1"])),
        (f("complications"), pick(r, ["None apparent", "None", "None."])),
    ]
    if style == 1:
        fields = fields[:3] + r.sample(fields[3:], len(fields) - 3)
    for k, v in fields:
        out.append("%s %s" % (k, v))
    out.append("")
    out.append(f("indications") + " " + "This %d-year-old %s %s. %s" % (
        pt.age, pt.noun, pick(r, ["has had recurrent symptoms over several months", "presented through the emergency department",
                                  "was seen in surgery clinic", "was referred by the family practice clinic"]),
        pick(r, ["Risks including bleeding, infection, injury to surrounding structures and need for further surgery were discussed and the patient wished to proceed.",
                 "After discussion of alternatives, informed consent was obtained.", "Consent is on the chart."])))
    out.append("")
    steps = list(op["steps"])
    desc = ". ".join(steps) + ". "
    desc += pick(r, ["Sponge, needle and instrument counts were correct x2. ", "All counts were reported correct at the end of the case. ",
                     "Counts correct. "])
    desc += pick(r, ["The patient tolerated the procedure well and was taken to the recovery room in stable condition.",
                     "The patient was awakened, extubated in the operating room and transported to PACU in good condition.",
                     "Patient to PACU stable."])
    if style == 0:
        desc = desc.upper() if chance(r, 0.15) else desc
    out.append(f("description of procedure") + " " + desc)
    if chance(r, 0.3):
        out.append("")
        out.append(f("findings") + " " + pick(r, ["As above.", "Inflamed, thick-walled gallbladder with multiple stones.",
                                                   "Large indirect sac extending into the scrotum.", "Viable male infant, Apgars 8 and 9.",
                                                   "Normal-appearing tubes and ovaries.", "No other pathology noted."]))
    out.append(dictation_footer(r, surg, d))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# procedure note
# ---------------------------------------------------------------------------

PROCS = [
    ("Colonoscopy", "screening / %s" % "heme positive stool", ["Conscious sedation with midazolam %d mg and fentanyl %d mcg" % (3, 75)],
     ["The scope was advanced to the cecum, identified by the appendiceal orifice and ileocecal valve", "Prep was fair to good (Boston 7)",
      "A %d mm sessile polyp was removed with cold snare from the sigmoid colon" % 6, "Scattered sigmoid diverticulosis",
      "Small internal hemorrhoids on retroflexion", "Withdrawal time 9 minutes"],
     "Repeat colonoscopy in %s pending pathology" % "5 years"),
    ("Esophagogastroduodenoscopy", "dysphagia / epigastric pain", ["Propofol by CRNA"],
     ["The scope passed easily into the esophagus", "Salmon-colored mucosa extending 3 cm above the GE junction, biopsied",
      "Mild antral gastritis, CLO test obtained", "Normal duodenum to the second portion"], "PPI BID, follow up biopsy results"),
    ("Knee joint injection", "osteoarthritis knee", ["Local - ethyl chloride spray"],
     ["Area prepped with betadine", "Via superolateral approach, 40 mg triamcinolone with 4 mL 1% lidocaine injected without resistance",
      "Band-Aid applied", "No complications"], "Ice prn, may repeat in 3 months"),
    ("Shoulder subacromial injection", "rotator cuff tendinopathy", ["None"],
     ["Posterior approach", "Kenalog 40 mg + 5 mL 1% lidocaine injected", "Improved ROM post injection"], "HEP handout given"),
    ("Incision and drainage of abscess", "abscess", ["1% lidocaine with epi, 5 mL"],
     ["Area cleansed with chlorhexidine", "Stab incision with #11 blade", "Moderate purulent drainage expressed, culture sent",
      "Loculations broken with hemostat", "Packed with 1/4 inch iodoform"], "Packing out in 48 hrs, warm soaks"),
    ("Punch biopsy, skin", "pigmented lesion", ["1% lidocaine"],
     ["4 mm punch biopsy taken", "Closed with one 4-0 nylon suture", "Specimen to pathology"], "Suture removal 10 days"),
    ("Shave biopsy", "scaly lesion", ["1% lidocaine with epi"],
     ["Lesion shaved with DermaBlade to mid-dermis", "Hemostasis with aluminum chloride", "Specimen to pathology"], "Vaseline and Band-Aid daily"),
    ("Partial nail avulsion with matrixectomy", "ingrown toenail", ["Digital block 3 mL 1% plain lidocaine"],
     ["Lateral nail border elevated and removed", "Phenol applied x 3 applications of 30 seconds", "Dressing applied"], "Soaks BID, f/u 2 wks"),
    ("Laceration repair", "laceration", ["1% lidocaine"],
     ["Wound explored, no foreign body", "Irrigated with 250 mL NS", "Closed with 5-0 Prolene simple interrupted x 6"], "Keep dry 24 hrs"),
    ("Paracentesis", "ascites", ["1% lidocaine"],
     ["US-guided site LLQ", "5 L of straw-colored fluid removed", "Albumin 25 g IV given", "Fluid sent for cell count, culture, albumin"], "Monitor BP"),
    ("Thoracentesis", "pleural effusion", ["1% lidocaine"],
     ["Posterior approach, 8th intercostal space, above the rib", "1200 mL serosanguinous fluid removed", "Post-procedure CXR no pneumothorax"], "Fluid studies pending"),
    ("Lumbar puncture", "rule out meningitis", ["1% lidocaine"],
     ["Lateral decubitus position", "L3-L4 interspace", "Opening pressure 18 cm H2O", "Clear CSF, 4 tubes sent"], "Lie flat 1 hr"),
    ("IUD insertion", "contraception", ["Paracervical block"],
     ["Negative urine hCG", "Uterus sounded to 7.5 cm", "Levonorgestrel IUD placed without difficulty", "Strings trimmed to 3 cm"], "String check 4-6 wks"),
    ("Endometrial biopsy", "abnormal uterine bleeding", ["None"],
     ["Speculum placed, cervix cleansed", "Pipelle passed to 7 cm", "Adequate tissue obtained x 2 passes"], "Will call with results"),
    ("Sharp debridement of wound", "chronic wound", ["Topical lidocaine 4%"],
     ["Nonviable tissue removed down to bleeding subcutaneous tissue with curette and forceps", "Area debrided 6.2 sq cm", "Hemostasis with pressure"], "Continue dressing plan"),
    ("Cerumen removal", "impacted cerumen", ["None"],
     ["Irrigation with warm water", "Curette used for remaining cerumen", "TMs visualized and intact afterward"], "Debrox prn"),
    ("Central venous catheter placement", "poor access, sepsis", ["1% lidocaine"],
     ["Right internal jugular, ultrasound guided", "Seldinger technique, triple lumen 16 cm", "Good blood return all ports", "CXR tip at cavoatrial junction"], "OK to use"),
    ("Nexplanon insertion", "contraception", ["1% lidocaine 2 mL"],
     ["Left inner upper arm, 8-10 cm above medial epicondyle", "Implant inserted, palpated by both provider and patient", "Pressure dressing"], "Backup method 7 days"),
    ("Trigger point injections", "myofascial pain", ["None"],
     ["4 trigger points in bilateral trapezius", "Each injected with 1 mL 1% lidocaine"], "Stretching program"),
    ("Flexible sigmoidoscopy", "rectal bleeding", ["None"],
     ["Advanced to 60 cm", "Internal hemorrhoids with stigmata of recent bleeding", "No masses"], "Fiber, sitz baths"),
]


def gen_procedure_note(r):
    d = rand_date(r)
    fac = Facility(r)
    p = pick(r, PROCS)
    pt = Patient(r, 16, 90, "F" if p[0] in ("IUD insertion", "Endometrial biopsy", "Nexplanon insertion") else None, d)
    doc = provider(r, pick(r, ["md", "mid"]))
    style = r.randrange(3)
    if style == 0:
        lines = [pick(r, ["PROCEDURE NOTE", "Procedure Note", "%s REPORT" % p[0].upper(), "PROCEDURE", None])]
        lines.append("%s  |  %s" % (fac.hospital if chance(r, 0.5) else fac.clinic, fmt_date(r, d, 0)))
        lines.append("Patient: %s   MR %s   DOB %s" % (pt.name(2), pt.mrn, fmt_date(r, pt.dob, 0)))
        lines.append("Procedure: %s" % p[0])
        lines.append("Indication: %s" % p[1])
        lines.append("Performed by: %s" % doc)
        lines.append("Consent: " + pick(r, ["written consent obtained, risks/benefits/alternatives discussed", "signed and on chart", "verbal and written"]))
        lines.append("Time out: " + pick(r, ["performed", "completed, correct pt/site/procedure", "done at %s" % fmt_time(r)]))
        lines.append("Anesthesia: %s" % p[2][0])
        lines.append("Description:")
        for s in p[3]:
            lines.append("  - %s." % s)
        lines.append("EBL: %s   Complications: %s" % (pick(r, ["minimal", "<5 mL", "none"]), pick(r, ["none", "none apparent"])))
        lines.append("Plan: %s." % p[4])
        lines.append(doc)
        return "\n".join(x for x in lines if x)
    if style == 1:
        out = [pick(r, ["PROCEDURE REPORT", "ENDOSCOPY REPORT" if "scopy" in p[0] else "OFFICE PROCEDURE", None])]
        out.append(header_block(r, pt, fac, d))
        out.append("")
        out.append("PROCEDURE PERFORMED: %s." % p[0].upper())
        out.append("INDICATIONS: %s." % cap_first(p[1]))
        out.append("SEDATION/ANESTHESIA: %s." % p[2][0])
        out.append("DESCRIPTION: " + pick(r, ["After informed consent was obtained, ", "The patient was identified and ", "Following a time out, "]) +
                   " ".join(cap_first(s) + "." for s in p[3]) + " " + pick(r, ["The patient tolerated the procedure well.",
                                                                              "There were no immediate complications.",
                                                                              "The patient was discharged from the procedure area in good condition."]))
        out.append("IMPRESSION: " + pick(r, ["Successful %s." % p[0].lower(), "As above.", "See findings."]))
        out.append("RECOMMENDATIONS: %s." % p[4])
        out.append(dictation_footer(r, doc, d))
        return "\n".join(x for x in out if x)
    # terse
    lines = ["%s - %s" % (fmt_date(r, d, 1), p[0]),
             "%s  %d%s" % (pt.name(1), pt.age, pt.sex),
             "Ind: %s. Consent signed. Time out done." % p[1],
             "Anes: %s." % p[2][0],
             "; ".join(p[3]) + ".",
             "Tol well, no comps. %s." % p[4],
             doc.split(",")[0]]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# anesthesia record
# ---------------------------------------------------------------------------


def gen_anesthesia_record(r):
    d = rand_date(r)
    fac = Facility(r)
    op = pick(r, OPS)
    pt = Patient(r, 18, 85, op["sex"], d)
    crna = "%s %s, CRNA" % (pick(r, DOC_FIRST), pick(r, DOC_LAST))
    style = r.randrange(3)
    t0h = r.randint(7, 14)
    lines = []
    title = pick(r, ["ANESTHESIA RECORD", "INTRAOPERATIVE ANESTHESIA RECORD", "Anesthesia Record", "ANESTHESIA CARE RECORD",
                     "PRE-ANESTHESIA EVALUATION AND ANESTHESIA RECORD", None])
    if title:
        lines.append(title)
    lines.append("%s - Surgery Dept" % fac.hospital)
    lines.append("Pt: %s   Age %d   %s   Wt %d kg   Ht %d cm" % (pt.name(1), pt.age, pt.sex, r.randint(45, 140), r.randint(150, 192)))
    lines.append("Date: %s   Procedure: %s   Surgeon: %s" % (fmt_date(r, d, 1), op["proc"], dr(r)))
    lines.append("Anesthetist: %s" % crna)
    pre = ["PRE-OP: " + checkbox(r, "ASA", ["1", "2", "3", "4", "E"]),
           "NPO since: " + fmt_time(r, True),
           "Airway: Mallampati %s, TMD %s, mouth opening %s, dentition %s" % (pick(r, ["I", "II", "III", "IV"]), pick(r, [">3 FB", "3 FB", "<3 FB"]),
                                                                        pick(r, ["nl", "adequate"]), pick(r, ["intact", "upper denture", "poor, loose teeth", "edentulous"])),
           "Hx: " + (", ".join(p[1] for p in chronic_list(r, pt, 0, 4)) or "healthy") + "   Allergies: " + pick(r, ALLERGIES),
           yn(r, "Previous anesthesia complications", p=0.08),
           "Pre-op labs: Hgb %.1f  K %.1f  glucose %d" % (r.uniform(10, 15), r.uniform(3.4, 5.0), r.randint(80, 210))]
    lines += pre
    agent = op["anes"]
    if "General" in agent:
        induct = "Induction: propofol %d mg, fentanyl %d mcg, %s" % (r.randint(100, 200), r.choice([50, 100, 150]),
                                                                     pick(r, ["succinylcholine 100 mg", "rocuronium 50 mg", "vecuronium 8 mg"]))
        airway = "Airway: " + ("ETT %.1f cuffed, grade %s view, Mac 3, secured at %d cm, BBS equal" % (
            r.choice([6.5, 7.0, 7.5, 8.0]), pick(r, ["I", "I", "II"]), r.randint(20, 24)) if "LMA" not in agent else "LMA #%d, easy" % r.randint(3, 5))
        maint = "Maintenance: sevoflurane %.1f%% in O2/air" % r.uniform(1.0, 2.5)
    elif agent in ("Spinal", "Epidural"):
        induct = "%s: sitting, L%d-L%d, %dg %s needle, clear CSF, bupivacaine 0.75%% %.1f mL + fentanyl 15 mcg" % (
            agent, r.randint(2, 3), r.randint(3, 4), r.choice([22, 25, 27]), pick(r, ["Whitacre", "Quincke", "Tuohy"]), r.uniform(1.2, 1.8))
        airway = "Airway: natural, O2 NC 2 L"
        maint = "Level: T%d bilaterally to pinprick" % r.randint(4, 10)
    else:
        induct = "Sedation: midazolam %d mg, propofol infusion %d mcg/kg/min" % (r.randint(1, 3), r.randint(25, 100))
        airway = "Airway: natural / NC"
        maint = "Local by surgeon"
    lines += [induct, airway, maint]
    lines.append("Monitors: " + ", ".join(some(r, ["ECG", "NIBP", "SpO2", "EtCO2", "Temp", "NMT", "Foley"], 3, 6)))
    lines.append("IV: %dg %s" % (r.choice([18, 20, 22]), pick(r, ["L hand", "R forearm", "L AC"])))
    lines.append("TIME   BP        HR   SpO2  EtCO2")
    h, m = t0h, r.choice([0, 15, 30])
    for _ in range(r.randint(4, 10)):
        lines.append("%02d%02d   %3d/%-3d   %3d  %3d   %s" % (h, m, r.randint(92, 160), r.randint(50, 92), r.randint(55, 100),
                                                         r.randint(95, 100), str(r.randint(30, 42)) if "General" in agent else "--"))
        m += 15
        if m >= 60:
            h, m = h + 1, m - 60
    lines.append("Meds: " + ", ".join(some(r, ["ondansetron 4 mg", "dexamethasone 4 mg", "cefazolin 2 g", "ketorolac 30 mg", "ephedrine 10 mg",
                                                "phenylephrine 100 mcg x2", "glycopyrrolate 0.4 mg", "neostigmine 3 mg", "hydromorphone 0.5 mg",
                                                "oxytocin 30 units in 500 mL", "famotidine 20 mg"], 2, 6)))
    lines.append("I/O: LR %d mL / EBL %d mL / UOP %s" % (r.choice([500, 700, 900, 1200, 2000]), r.randint(*op["ebl"]), pick(r, ["n/a", "150 mL", "300 mL"])))
    lines.append("Emergence: " + pick(r, ["smooth, extubated awake", "uneventful", "LMA removed deep", "pt awake and following commands"]))
    lines.append("To PACU %s%02d. Report given to %s. Aldrete %d." % (h + 1 if h < 23 else h, r.randint(0, 59), provider(r, "rn"), r.randint(8, 10)))
    if style == 1:
        lines.append("POST-ANESTHESIA NOTE (within 48 hrs): pt seen, no apparent anesthesia complications, pain controlled, N/V none.")
    lines.append(crna + ("   Supervising: " + dr(r) if chance(r, 0.4) else ""))
    if style == 2:
        lines = lines[:5] + r.sample(lines[5:9], 4) + lines[9:]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# pathology report
# ---------------------------------------------------------------------------

PATH = [
    ("Gallbladder, cholecystectomy", "The specimen is received in formalin labeled with the patient's name and 'gallbladder' and consists of an opened gallbladder measuring %s cm. The serosa is tan-pink and smooth. The wall measures up to 0.4 cm. The lumen contains multiple yellow-green faceted stones ranging up to 1.2 cm. Representative sections submitted in one cassette.",
     "Sections show gallbladder wall with Rokitansky-Aschoff sinuses, muscular hypertrophy and chronic inflammation.",
     ["CHRONIC CHOLECYSTITIS WITH CHOLELITHIASIS.", "ACUTE AND CHRONIC CHOLECYSTITIS WITH CHOLELITHIASIS.", "CHOLESTEROLOSIS AND CHRONIC CHOLECYSTITIS."]),
    ("Appendix, appendectomy", "Received in formalin is a vermiform appendix measuring %s cm with attached mesoappendix. The serosa is dull with fibrinopurulent exudate. The tip is sectioned longitudinally. Entirely submitted.",
     "Transmural neutrophilic infiltrate with mucosal ulceration and serositis.",
     ["ACUTE SUPPURATIVE APPENDICITIS WITH PERIAPPENDICITIS.", "ACUTE GANGRENOUS APPENDICITIS WITH PERFORATION.", "FIBROUS OBLITERATION OF THE TIP; NO ACUTE INFLAMMATION."]),
    ("Skin, left forearm, shave biopsy", "Received in formalin is a tan-brown shave of skin measuring %s cm. Inked, bisected and entirely submitted.",
     "Nests of basaloid cells with peripheral palisading and retraction artifact extend from the epidermis.",
     ["BASAL CELL CARCINOMA, NODULAR TYPE, EXTENDING TO THE DEEP MARGIN.", "SQUAMOUS CELL CARCINOMA IN SITU (BOWEN DISEASE).",
      "SEBORRHEIC KERATOSIS, IRRITATED.", "ACTINIC KERATOSIS."]),
    ("Skin, back, punch biopsy", "Received is a 0.4 cm punch of skin, %s cm in length. Bisected and entirely submitted.",
     "Compound melanocytic proliferation with mild architectural disorder.",
     ["COMPOUND NEVUS, MARGINS FREE.", "DYSPLASTIC NEVUS WITH MILD ATYPIA, EXCISION RECOMMENDED IF CLINICALLY INDICATED.", "MELANOMA IN SITU, SEE COMMENT."]),
    ("Colon, sigmoid, polypectomy", "Received in formalin are %s tan polypoid fragments measuring in aggregate 0.6 cm. Entirely submitted.",
     "Colonic mucosa with crowded, elongated, hyperchromatic nuclei in tubular glands.",
     ["TUBULAR ADENOMA.", "HYPERPLASTIC POLYP.", "SESSILE SERRATED ADENOMA WITHOUT CYTOLOGIC DYSPLASIA.", "TUBULOVILLOUS ADENOMA, NEGATIVE FOR HIGH-GRADE DYSPLASIA."]),
    ("Endometrium, biopsy", "Received is scant tan-red mucoid tissue, %s cm in aggregate. Entirely submitted in a biopsy bag.",
     "Fragments of endometrium with glands lined by columnar epithelium.",
     ["PROLIFERATIVE ENDOMETRIUM. NO HYPERPLASIA OR MALIGNANCY.", "DISORDERED PROLIFERATIVE ENDOMETRIUM.", "ATROPHIC ENDOMETRIUM.",
      "COMPLEX ATYPICAL HYPERPLASIA. SEE COMMENT."]),
    ("Placenta, delivery", "Received fresh is a singleton placenta weighing %s grams with a three-vessel cord inserted eccentrically. Membranes are translucent.",
     "Chorionic villi appropriate for gestational age.",
     ["THIRD-TRIMESTER PLACENTA WITH NO SIGNIFICANT HISTOPATHOLOGIC ABNORMALITY.", "ACUTE CHORIOAMNIONITIS, MATERNAL RESPONSE STAGE 1."]),
    ("Breast, left, ultrasound-guided core biopsy", "Received in formalin are %s cores of fibrofatty tissue up to 1.5 cm. Cold ischemic time under 1 hour. Entirely submitted.",
     "Fibroadipose breast tissue with proliferation of stroma and compressed ducts.",
     ["FIBROADENOMA.", "INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2. ER/PR/HER2 TO FOLLOW.", "FIBROCYSTIC CHANGES WITH USUAL DUCTAL HYPERPLASIA."]),
    ("Soft tissue, back, excision", "Received is a lobulated yellow fatty mass measuring %s cm. Sectioning shows homogeneous yellow fat.",
     "Mature adipocytes without atypia, thin fibrous capsule.", ["LIPOMA."]),
    ("Fallopian tubes, bilateral, partial salpingectomy", "Received in two containers are segments of tube measuring %s cm each.",
     "Full cross-sections of fallopian tube with patent lumen.", ["SEGMENTS OF FALLOPIAN TUBE, BILATERAL, WITH COMPLETE CROSS SECTIONS."]),
    ("Hernia sac, right inguinal", "Received is a membranous tan portion of tissue %s cm.", "Fibroadipose tissue lined by mesothelium.",
     ["HERNIA SAC. NO SIGNIFICANT PATHOLOGIC CHANGE."]),
    ("Stomach, antrum, biopsy", "Received are %s tan fragments of soft tissue up to 0.3 cm. Entirely submitted.",
     "Gastric antral mucosa with lamina propria plasma cells and curved rods seen on special stain.",
     ["CHRONIC ACTIVE GASTRITIS WITH HELICOBACTER PYLORI ORGANISMS.", "MILD CHRONIC INACTIVE GASTRITIS, H. PYLORI NEGATIVE BY IMMUNOSTAIN."]),
]


def gen_pathology_report(r):
    d = rand_date(r)
    fac = Facility(r)
    lab = pick(r, ["Heartland Pathology Associates, P.C.", "Prairie Regional Pathology Laboratory", "Tri-County Anatomic Pathology",
                   "Bluestem Dermatopathology Services", "Great Plains Cellular Pathology"])
    lab_city = pick(r, TOWNS)
    path = "%s %s, MD" % (pick(r, DOC_FIRST), pick(r, DOC_LAST))
    acc = "%s%02d-%s" % (pick(r, ["S", "SP", "D", "C", "NG"]), d.year % 100, digits(r, 5))
    if chance(r, 0.22):
        # cytology: pap
        pt = Patient(r, 21, 70, "F", d)
        lines = []
        if chance(r, 0.6):
            lines.append(fax_header(r, lab, "(%s) %s-%s" % (pick(r, ["316", "402", "515"]), digits(r, 3), digits(r, 4)), d))
        lines += [pick(r, ["GYNECOLOGIC CYTOLOGY REPORT", "CYTOPATHOLOGY REPORT", "Pap Test Report", "THINPREP PAP TEST"]), lab,
                  "Patient: %s   DOB %s   Accession %s" % (pt.name(1), fmt_date(r, pt.dob, 0), acc.replace("S", "GYN", 1)),
                  "Submitting: %s, %s" % (dr(r), fac.clinic),
                  "Collected %s   Received %s" % (fmt_date(r, d, 0), fmt_date(r, d + dt.timedelta(days=r.randint(1, 4)), 0)),
                  "LMP: " + pick(r, ["unknown", fmt_date(r, d - dt.timedelta(days=r.randint(5, 30)), 1), "postmenopausal", "hysterectomy"]),
                  "SPECIMEN ADEQUACY: Satisfactory for evaluation; " + pick(r, ["endocervical/transformation zone component present.",
                                                                               "transformation zone component absent."]),
                  "INTERPRETATION: " + pick(r, ["NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY.",
                                                "ATYPICAL SQUAMOUS CELLS OF UNDETERMINED SIGNIFICANCE (ASC-US).",
                                                "LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL).",
                                                "HIGH-GRADE SQUAMOUS INTRAEPITHELIAL LESION (HSIL).",
                                                "NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY. Shift in flora suggestive of bacterial vaginosis."]),
                  "HPV high risk: " + pick(r, ["Not performed", "Negative", "POSITIVE", "Not requested"]),
                  "Screened by: %s, CT(ASCP)" % pick(r, DOC_LAST),
                  "The Pap test is a screening test with false-negative results; regular screening is recommended."]
        return "\n".join(lines)
    pt = Patient(r, 18, 92, None, d)
    sp = pick(r, PATH)
    if sp[0].startswith(("Endometrium", "Placenta", "Breast", "Fallopian")):
        pt = Patient(r, 18, 80, "F", d)
    size = pick(r, ["%.1f x %.1f x %.1f" % (r.uniform(3, 10), r.uniform(1, 4), r.uniform(0.5, 3)), str(r.randint(2, 6)), str(r.randint(380, 620))])
    dxs = pick(r, sp[3])
    style = r.randrange(3)
    lines = []
    if chance(r, 0.5):
        lines.append(fax_header(r, lab, "(%s) %s-%s" % (pick(r, ["316", "402", "515", "785"]), digits(r, 3), digits(r, 4)), d))
    lines += [lab.upper() if style == 0 else lab, "%s, %s" % (lab_city[0], lab_city[1]) + ("   CLIA #%sD%s" % (digits(r, 2), digits(r, 7)) if chance(r, 0.5) else ""),
              "", pick(r, ["SURGICAL PATHOLOGY REPORT", "Surgical Pathology Consultation Report", "PATHOLOGY REPORT", "TISSUE EXAMINATION", "Final Report"])]
    lines.append("Patient: %s      Accession #: %s" % (pt.name(1), acc))
    lines.append("DOB: %s   Sex: %s   Hospital MR: %s" % (fmt_date(r, pt.dob, 0), pt.sex, pt.mrn))
    lines.append("Physician: %s   Facility: %s" % (dr(r), fac.hospital))
    lines.append("Date collected: %s   Date reported: %s" % (fmt_date(r, d, 0), fmt_date(r, d + dt.timedelta(days=r.randint(1, 6)), 0)))
    lines.append("")
    secs = {
        "dx": "FINAL DIAGNOSIS:\n  %s:\n  - %s" % (sp[0].upper(), dxs),
        "clin": "CLINICAL HISTORY: " + pick(r, ["Not provided.", "RUQ pain, stones.", "RLQ pain.", "Lesion, r/o malignancy.",
                                                "Screening.", "Bleeding.", "Mass.", "Routine delivery."]),
        "gross": "GROSS DESCRIPTION: " + (sp[1] % size) + " (%s)" % pick(r, ["jd", "tmk", "lrw", "abs"]),
        "micro": "MICROSCOPIC DESCRIPTION: " + sp[2] + " " + pick(r, ["", "No dysplasia or malignancy identified.", "Margins evaluated.",
                                                                       "Deeper levels examined."]),
    }
    order = ["dx", "clin", "gross", "micro"] if style != 2 else ["clin", "gross", "micro", "dx"]
    if chance(r, 0.25):
        order = [o for o in order if o != "micro"]
    for o in order:
        lines.append(secs[o])
        lines.append("")
    if "SEE COMMENT" in dxs or chance(r, 0.2):
        lines.append("COMMENT: " + pick(r, ["Results were called to Dr.'s office on the date of report.",
                                            "Clinical correlation is recommended.", "Intradepartmental consultation obtained and concurs.",
                                            "Re-excision with appropriate margins is suggested."]))
    lines.append("I have personally reviewed the material and rendered the diagnosis." if chance(r, 0.5) else "")
    lines.append("%s, Pathologist   (electronic signature)" % path)
    return "\n".join(lines)

# ---------------------------------------------------------------------------
# lab report
# ---------------------------------------------------------------------------

# (test, unit, low, high, decimals)
PANELS = {
    "CBC W/ DIFF": [("WBC", "K/uL", 4.0, 10.8, 1), ("RBC", "M/uL", 4.2, 5.6, 2), ("HGB", "g/dL", 12.0, 16.5, 1),
                    ("HCT", "%", 36.0, 49.0, 1), ("MCV", "fL", 80, 98, 0), ("PLT", "K/uL", 150, 400, 0),
                    ("NEUT %", "%", 45, 75, 0), ("LYMPH %", "%", 18, 42, 0), ("MONO %", "%", 2, 10, 0), ("EOS %", "%", 0, 5, 0)],
    "BASIC METABOLIC PANEL": [("SODIUM", "mmol/L", 135, 145, 0), ("POTASSIUM", "mmol/L", 3.5, 5.1, 1), ("CHLORIDE", "mmol/L", 98, 107, 0),
                              ("CO2", "mmol/L", 22, 31, 0), ("BUN", "mg/dL", 7, 20, 0), ("CREATININE", "mg/dL", 0.6, 1.3, 2),
                              ("GLUCOSE", "mg/dL", 70, 99, 0), ("CALCIUM", "mg/dL", 8.5, 10.2, 1)],
    "HEPATIC FUNCTION": [("AST", "U/L", 10, 40, 0), ("ALT", "U/L", 7, 56, 0), ("ALK PHOS", "U/L", 44, 147, 0),
                         ("T BILI", "mg/dL", 0.1, 1.2, 1), ("ALBUMIN", "g/dL", 3.5, 5.0, 1), ("TOTAL PROTEIN", "g/dL", 6.0, 8.3, 1)],
    "LIPID PANEL": [("CHOLESTEROL", "mg/dL", 100, 199, 0), ("TRIGLYCERIDES", "mg/dL", 40, 149, 0), ("HDL", "mg/dL", 40, 90, 0),
                    ("LDL (CALC)", "mg/dL", 50, 129, 0)],
    "THYROID": [("TSH", "uIU/mL", 0.35, 4.94, 2), ("FREE T4", "ng/dL", 0.70, 1.48, 2)],
    "COAGULATION": [("PT", "sec", 11.0, 13.5, 1), ("INR", "", 0.9, 1.1, 1), ("PTT", "sec", 25, 36, 0)],
    "HEMOGLOBIN A1C": [("HGB A1C", "%", 4.0, 5.6, 1), ("EST AVG GLUCOSE", "mg/dL", 68, 114, 0)],
    "CARDIAC": [("TROPONIN I", "ng/mL", 0.0, 0.04, 2), ("CK", "U/L", 30, 200, 0), ("BNP", "pg/mL", 0, 100, 0)],
    "URINALYSIS": None,
    "MISC CHEMISTRY": [("MAGNESIUM", "mg/dL", 1.6, 2.6, 1), ("PHOSPHORUS", "mg/dL", 2.5, 4.5, 1), ("URIC ACID", "mg/dL", 3.5, 7.2, 1),
                       ("LIPASE", "U/L", 13, 60, 0), ("VITAMIN B12", "pg/mL", 211, 911, 0), ("FERRITIN", "ng/mL", 11, 307, 0),
                       ("DIGOXIN", "ng/mL", 0.8, 2.0, 1), ("PSA", "ng/mL", 0.0, 4.0, 2), ("VITAMIN D 25-OH", "ng/mL", 30, 100, 0)],
}


def lab_value(r, lo, hi, dec, abnormal_p=0.2):
    span = hi - lo
    if chance(r, abnormal_p):
        v = pick(r, [r.uniform(lo - span * 0.4, lo), r.uniform(hi, hi + span * 0.8)])
    else:
        v = r.uniform(lo, hi)
    v = max(v, 0)
    flag = "L" if v < lo else ("H" if v > hi else "")
    if dec == 0:
        s = str(int(round(v)))
    else:
        s = ("%." + str(dec) + "f") % v
    return s, flag


def ua_lines(r):
    rows = [("COLOR", pick(r, ["Yellow", "Straw", "Amber", "Dark yellow"]), "Yellow"),
            ("CLARITY", pick(r, ["Clear", "Cloudy", "Sl cloudy"]), "Clear"),
            ("SP GRAVITY", "1.0%02d" % r.randint(3, 30), "1.005-1.030"),
            ("PH", str(r.choice([5.0, 5.5, 6.0, 6.5, 7.0, 8.0])), "5.0-8.0"),
            ("PROTEIN", pick(r, ["Neg", "Neg", "Trace", "1+"]), "Neg"),
            ("GLUCOSE", pick(r, ["Neg", "Neg", "2+"]), "Neg"),
            ("KETONES", pick(r, ["Neg", "Neg", "Trace"]), "Neg"),
            ("BLOOD", pick(r, ["Neg", "Small", "Mod"]), "Neg"),
            ("NITRITE", pick(r, ["Neg", "Pos"]), "Neg"),
            ("LEUK ESTERASE", pick(r, ["Neg", "1+", "3+"]), "Neg"),
            ("WBC/HPF", pick(r, ["0-2", "5-10", "20-50", ">50"]), "0-5"),
            ("RBC/HPF", pick(r, ["0-2", "3-5", "10-20"]), "0-2"),
            ("BACTERIA", pick(r, ["None", "Few", "Many"]), "None")]
    return rows


def gen_lab_report(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 1, 96, None, d)
    outside = chance(r, 0.55)
    labname = pick(r, ["Prairie Regional Reference Laboratory", "TriState Clinical Labs", "Heartland Diagnostic Laboratories",
                       "Mid-Plains Reference Lab", "Great River Clinical Laboratory"]) if outside else fac.hospital + " Laboratory"
    lines = []
    if outside and chance(r, 0.7):
        lines.append(fax_header(r, labname, "(800) %s-%s" % (digits(r, 3), digits(r, 4)), d))
    title = pick(r, ["LABORATORY REPORT", "CUMULATIVE LAB REPORT", "Final Report", "CLINICAL LABORATORY RESULTS", "LAB RESULTS", None])
    lines.append(labname.upper())
    if outside:
        lines.append("%s, %s   CLIA %sD%s   Medical Director: %s, MD" % (pick(r, TOWNS)[0], pick(r, TOWNS)[1], digits(r, 2), digits(r, 7),
                                                                        pick(r, DOC_LAST)))
    if title:
        lines.append(title)
    lines.append("PATIENT: %-28s ID: %s" % (pt.name(1), pt.mrn))
    lines.append("DOB: %s  AGE: %d  SEX: %s   ACCT: %s" % (fmt_date(r, pt.dob, 0), pt.age, pt.sex, pt.acct))
    lines.append("ORDERING: %s   CLIENT: %s" % (dr(r), fac.clinic if chance(r, 0.5) else fac.hospital))
    coll = fmt_date(r, d, 0)
    lines.append("COLLECTED: %s %s   RECEIVED: %s   REPORTED: %s" % (coll, fmt_time(r, True), coll,
                                                                    fmt_date(r, d + dt.timedelta(days=r.randint(0, 2)), 0)))
    lines.append("-" * 66)
    lines.append("%-20s %-10s %-4s %-14s %s" % ("TEST", "RESULT", "FLAG", "REF RANGE", "UNITS"))
    panels = some(r, list(PANELS), 1, 4)
    ab_p = r.choice([0.05, 0.15, 0.3])
    for p in panels:
        lines.append("")
        lines.append(p)
        if p == "URINALYSIS":
            for name, v, ref in ua_lines(r):
                fl = "A" if v not in ("Neg", "None", "Clear", "Yellow", "Straw", "0-2") and not name.startswith(("SP", "PH")) else ""
                lines.append("  %-18s %-10s %-4s %-14s" % (name, v, fl, ref))
            continue
        tests = PANELS[p]
        if p == "MISC CHEMISTRY":
            tests = some(r, tests, 1, 4)
        for name, unit, lo, hi, dec in tests:
            v, fl = lab_value(r, lo, hi, dec, ab_p)
            if name == "INR" and chance(r, 0.5):
                v, fl = "%.1f" % r.uniform(1.8, 3.6), "H"
            ref = ("%s-%s" % (lo, hi)) if name not in ("TROPONIN I",) else "<0.04"
            lines.append("  %-18s %-10s %-4s %-14s %s" % (name, v, fl, ref, unit))
    if chance(r, 0.25):
        lines.append("")
        lines.append("MICROBIOLOGY - " + pick(r, ["URINE CULTURE", "WOUND CULTURE", "THROAT CULTURE", "BLOOD CULTURE x2"]))
        org = pick(r, ["Escherichia coli", "Staphylococcus aureus (MRSA)", "Klebsiella pneumoniae", "Group A Streptococcus",
                       "Proteus mirabilis", "No growth at 5 days", "Mixed flora, probable contamination"])
        lines.append("  Result: " + (">100,000 CFU/mL " if "No growth" not in org and "Mixed" not in org else "") + org)
        if "No growth" not in org and "Mixed" not in org:
            for ab in some(r, ["Ampicillin", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "Nitrofurantoin", "TMP/SMX",
                               "Vancomycin", "Clindamycin", "Oxacillin", "Tetracycline", "Gentamicin"], 4, 8):
                lines.append("    %-16s %s" % (ab, pick(r, ["S", "S", "S", "R", "I"])))
    lines.append("-" * 66)
    if chance(r, 0.35):
        lines.append(pick(r, ["*** CRITICAL VALUE called to and read back by %s at %s ***" % (provider(r, "rn"), fmt_time(r, True)),
                              "H=High L=Low A=Abnormal  C=Critical",
                              "Specimen slightly hemolyzed; potassium may be falsely elevated.",
                              "Reference ranges are age and sex specific.", "Non-fasting specimen."]))
    lines.append(pick(r, ["END OF REPORT", "** FINAL **", "Page 1 of 1", "Performed at: " + labname, "Reviewed: ____ Initials ____"]))
    if chance(r, 0.3):
        lines.append("Dr. reviewed - " + pick(r, ["ok, file", "call pt", "f/u appt", "repeat 1 mo"]) + "  " + fmt_date(r, d + dt.timedelta(days=3), 1))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# imaging report
# ---------------------------------------------------------------------------

IMG = [
    ("CHEST, PA AND LATERAL", "XR", ["cough", "fever", "SOB", "preop", "CHF"],
     ["The heart size is normal", "The cardiac silhouette is mildly enlarged", "There is patchy airspace opacity in the right lower lobe",
      "No pleural effusion or pneumothorax", "The lungs are hyperinflated with flattened hemidiaphragms", "Small bilateral pleural effusions",
      "Degenerative changes of the thoracic spine", "Atherosclerotic calcification of the aortic arch", "Mediastinal contours are within normal limits"],
     ["No acute cardiopulmonary process.", "Right lower lobe pneumonia; follow-up radiographs in 6-8 weeks recommended to document resolution.",
      "Cardiomegaly with mild interstitial edema.", "COPD without acute superimposed process."]),
    ("CT HEAD WITHOUT CONTRAST", "CT", ["fall", "headache", "altered mental status", "stroke symptoms"],
     ["No intracranial hemorrhage, mass effect or midline shift", "Gray-white differentiation is preserved", "Mild generalized volume loss",
      "Chronic small vessel ischemic changes in the periventricular white matter", "The visualized paranasal sinuses and mastoid air cells are clear",
      "No calvarial fracture"], ["No acute intracranial abnormality.", "Atrophy and chronic microvascular ischemic change. No acute findings."]),
    ("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "CT", ["RLQ pain", "LLQ pain", "abd pain, vomiting"],
     ["The appendix is dilated to 11 mm with periappendiceal fat stranding", "Sigmoid diverticulosis with pericolonic inflammatory change",
      "The liver, spleen, pancreas and adrenal glands are unremarkable", "Cholelithiasis without CT evidence of cholecystitis",
      "No free air or free fluid", "Dilated small bowel loops with a transition point in the right lower quadrant",
      "Simple cyst in the left kidney measuring 2.1 cm"],
     ["Acute appendicitis without perforation.", "Acute uncomplicated sigmoid diverticulitis.", "Partial small bowel obstruction.", "No acute abdominal process."]),
    ("ULTRASOUND RIGHT UPPER QUADRANT", "US", ["RUQ pain", "elevated LFTs"],
     ["The gallbladder contains multiple mobile shadowing stones", "The gallbladder wall is thickened to 5 mm", "Positive sonographic Murphy sign",
      "The common bile duct measures 4 mm", "The liver is echogenic consistent with fatty infiltration", "The pancreas is obscured by bowel gas"],
     ["Cholelithiasis with findings suggestive of acute cholecystitis.", "Cholelithiasis without evidence of cholecystitis.", "Hepatic steatosis."]),
    ("OB ULTRASOUND, LIMITED", "US", ["dating", "size < dates", "decreased fetal movement"],
     ["Single live intrauterine pregnancy in cephalic presentation", "Fetal heart rate 146 bpm", "Placenta is posterior and fundal, no previa",
      "Amniotic fluid index 12.4 cm", "Biometry consistent with 32 weeks 3 days"], ["Single live IUP, size consistent with dates.", "AFI normal."]),
    ("VENOUS DUPLEX, LEFT LOWER EXTREMITY", "US", ["leg swelling", "r/o DVT"],
     ["The common femoral, femoral and popliteal veins are compressible with normal flow", "Noncompressible left popliteal vein with echogenic thrombus",
      "Normal respiratory phasicity", "Small Baker's cyst"], ["No evidence of deep vein thrombosis.", "Acute deep vein thrombosis of the left popliteal vein."]),
    ("TRANSTHORACIC ECHOCARDIOGRAM", "ECHO", ["CHF", "murmur", "AFib"],
     ["Left ventricular ejection fraction estimated at %d%%" % 35, "Mild concentric left ventricular hypertrophy", "Grade I diastolic dysfunction",
      "Mild mitral regurgitation", "Aortic valve sclerosis without stenosis", "Left atrium mildly dilated", "RVSP estimated 38 mmHg",
      "No pericardial effusion"], ["Mildly reduced LV systolic function.", "Normal LV systolic function with diastolic dysfunction."]),
    ("RIGHT HIP, 2 VIEWS", "XR", ["fall, hip pain"],
     ["There is an intertrochanteric fracture of the right femur with varus angulation", "No dislocation", "Osteopenia",
      "Moderate joint space narrowing"], ["Acute right intertrochanteric fracture.", "No acute fracture. Degenerative change."]),
    ("SCREENING MAMMOGRAM, BILATERAL", "MAMMO", ["screening"],
     ["The breasts are heterogeneously dense", "Scattered fibroglandular densities", "No suspicious masses, calcifications or architectural distortion",
      "Benign-appearing calcifications in the left breast", "Stable compared to prior"],
     ["BI-RADS 1: Negative.", "BI-RADS 2: Benign findings.", "BI-RADS 0: Incomplete, additional imaging evaluation needed."]),
    ("DEXA BONE DENSITOMETRY", "DEXA", ["osteoporosis screening"],
     ["L1-L4 T-score -2.7", "Left femoral neck T-score -2.1", "Total hip T-score -1.8", "FRAX 10-year major osteoporotic fracture risk 18%"],
     ["Osteoporosis by WHO criteria.", "Osteopenia."]),
    ("MRI LUMBAR SPINE WITHOUT CONTRAST", "MRI", ["low back pain with radiculopathy"],
     ["L4-5 broad-based disc bulge with moderate left foraminal narrowing", "L5-S1 left paracentral disc extrusion contacting the S1 nerve root",
      "Facet arthropathy L3-S1", "Conus terminates normally at L1"], ["L5-S1 disc extrusion with left S1 nerve root impingement.", "Multilevel degenerative change."]),
    ("KUB", "XR", ["constipation", "abd distension"], ["Large stool burden throughout the colon", "Nonobstructive bowel gas pattern",
                                                     "Multiple air-fluid levels in dilated small bowel", "Phleboliths in the pelvis"],
     ["Constipation.", "Findings suggest small bowel obstruction."]),
    ("CAROTID DOPPLER, BILATERAL", "US", ["TIA", "bruit"], ["Mild heterogeneous plaque at both carotid bulbs", "Right ICA PSV 98 cm/s",
                                                            "Left ICA PSV 84 cm/s", "Antegrade vertebral flow bilaterally"],
     ["Less than 50% stenosis bilaterally.", "50-69% right ICA stenosis."]),
    ("LEFT ANKLE, 3 VIEWS", "XR", ["injury"], ["Soft tissue swelling over the lateral malleolus", "No acute fracture or dislocation",
                                                 "Small plantar calcaneal spur", "The mortise is intact"], ["No fracture.", "Soft tissue swelling only."]),
]


def gen_imaging_report(r):
    d = rand_date(r)
    fac = Facility(r)
    ex = pick(r, IMG)
    if ex[0].startswith("OB"):
        pt = Patient(r, 17, 42, "F", d)
    elif ex[1] in ("MAMMO", "DEXA"):
        pt = Patient(r, 40 if ex[1] == "MAMMO" else 60, 90, "F" if ex[1] == "MAMMO" or chance(r, 0.85) else "M", d)
    else:
        pt = Patient(r, 18, 95, None, d)
    rad = "%s %s, MD" % (pick(r, DOC_FIRST), pick(r, DOC_LAST))
    outside = chance(r, 0.5) or ex[1] in ("MRI",)
    center = pick(r, ["Valley Imaging Center", "Plains Radiology Associates", "Mobile MRI Services of the Midwest",
                      "Regional Diagnostic Imaging, LLC", "Teleradiology Partners"]) if outside else fac.hospital + " Radiology"
    lines = []
    if outside and chance(r, 0.6):
        lines.append(fax_header(r, center, "(%s) %s-%s" % (pick(r, ["316", "913", "402"]), digits(r, 3), digits(r, 4)), d))
    lines.append(center.upper() if chance(r, 0.5) else center)
    if ex[1] == "ECHO":
        lines.append(pick(r, ["ECHOCARDIOGRAPHY REPORT", "Echocardiogram Report", "CARDIAC ULTRASOUND"]))
    else:
        lines.append(pick(r, ["RADIOLOGY REPORT", "DIAGNOSTIC IMAGING REPORT", "IMAGING CONSULTATION", "Department of Radiology", ""]))
    lines.append("Patient: %s   DOB: %s   MRN: %s" % (pt.name(1), fmt_date(r, pt.dob, 0), pt.mrn))
    lines.append("Exam date: %s   Accession: %s%s" % (fmt_date(r, d, 0), pick(r, ["RAD", "CT", "US", "XR", ""]), digits(r, 7)))
    lines.append("Referring: %s" % dr(r))
    lines.append("")
    lines.append("EXAM: " + ex[0])
    if chance(r, 0.85):
        lines.append("CLINICAL HISTORY: " + pick(r, ex[2]) + ".")
    if chance(r, 0.6):
        lines.append("COMPARISON: " + pick(r, ["None.", "None available.", "Prior study %s." % fmt_date(r, d - dt.timedelta(days=r.randint(60, 1500)), 0)]))
    if ex[1] in ("CT", "MRI") and chance(r, 0.7):
        lines.append("TECHNIQUE: " + pick(r, ["Axial images were obtained with coronal and sagittal reformats.",
                                              "Multiplanar multisequence imaging was performed.",
                                              "Helical acquisition following 100 mL Omnipaque 350 IV."]) +
                     (" Dose length product %d mGy-cm." % r.randint(300, 1400) if ex[1] == "CT" else ""))
    f = some(r, ex[3], 2, len(ex[3]))
    lines.append("")
    if chance(r, 0.5):
        lines.append("FINDINGS: " + ". ".join(f) + ".")
    else:
        lines.append("FINDINGS:")
        for x in f:
            lines.append("  " + x + ".")
    lines.append("")
    imp = pick(r, ex[4])
    lines.append(pick(r, ["IMPRESSION:", "IMPRESSION: ", "CONCLUSION:"]) + " " + imp)
    if chance(r, 0.3):
        lines.append(pick(r, ["Findings were discussed with the ER physician by telephone at %s." % fmt_time(r, False),
                              "Preliminary read by on-call teleradiologist; final interpretation concurs.",
                              "Recommend clinical correlation."]))
    lines.append("")
    lines.append(pick(r, ["Interpreted by: ", "Electronically signed: ", "Radiologist: ", ""]) + rad + "  " + fmt_date(r, d, 1))
    if chance(r, 0.3):
        lines.append("Technologist: %s, RT(R)" % pick(r, DOC_LAST))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# ECG report
# ---------------------------------------------------------------------------

ECG_DX = [
    (["Normal sinus rhythm", "Normal ECG"], (60, 95)),
    (["Sinus bradycardia", "Otherwise normal ECG"], (44, 58)),
    (["Sinus tachycardia", "Nonspecific ST abnormality"], (102, 130)),
    (["Atrial fibrillation with rapid ventricular response", "Nonspecific T wave abnormality"], (118, 162)),
    (["Atrial fibrillation with controlled ventricular response"], (64, 96)),
    (["Normal sinus rhythm", "Left ventricular hypertrophy with repolarization abnormality", "Abnormal ECG"], (62, 90)),
    (["Sinus rhythm with 1st degree AV block", "Right bundle branch block"], (58, 80)),
    (["Normal sinus rhythm", "Left bundle branch block", "Abnormal ECG"], (64, 88)),
    (["Sinus rhythm", "Inferior infarct, age undetermined", "Abnormal ECG"], (60, 84)),
    (["Sinus rhythm", "ST elevation consider anterior injury or acute infarct", "** ** ACUTE MI / STEMI ** **", "Abnormal ECG"], (72, 110)),
    (["Electronic ventricular pacemaker"], (60, 72)),
    (["Sinus rhythm with premature ventricular complexes", "Low voltage QRS", "Borderline ECG"], (66, 92)),
    (["Sinus rhythm", "Left anterior fascicular block", "Prolonged QT"], (56, 78)),
]


def gen_ecg_report(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 18, 96, None, d)
    dxl, (lo, hi) = pick(r, ECG_DX)
    rate = r.randint(lo, hi)
    pr = r.randint(120, 240) if "fibrillation" not in dxl[0] else None
    qrs = r.randint(78, 170)
    qt = r.randint(340, 470)
    qtc = qt + r.randint(-20, 60)
    style = r.randrange(3)
    conf = provider(r, "md")
    if style == 0:
        lines = [pick(r, ["12 LEAD ECG", "ECG REPORT", "ELECTROCARDIOGRAM", "Resting 12-Lead EKG", ""]),
                 "%s   ID:%s   %s %s" % (pt.name(1), pt.mrn, fmt_date(r, d, 3), fmt_time(r, True)),
                 "%d yrs  %s  %d in  %d lbs   Room: %s  Loc: %d" % (pt.age, pt.sexword, r.randint(60, 75), r.randint(110, 280),
                                                                    pick(r, ["ER", "CCU", "ICU", "2W", "OP"]), r.randint(1, 9)),
                 "Vent. rate      %d BPM" % rate,
                 "PR interval     %s ms" % (pr if pr else "*"),
                 "QRS duration    %d ms" % qrs,
                 "QT/QTc          %d/%d ms" % (qt, qtc),
                 "P-R-T axes      %s %d %d" % (str(r.randint(-10, 80)) if pr else "*", r.randint(-60, 110), r.randint(-40, 120))]
        lines += dxl
        if chance(r, 0.5):
            lines.append(pick(r, ["When compared with ECG of %s" % fmt_date(r, d - dt.timedelta(days=r.randint(30, 2000)), 3),
                                  "No previous ECGs available"]))
            if "No previous" not in lines[-1]:
                lines.append(pick(r, ["No significant change was found", "Atrial fibrillation has replaced sinus rhythm",
                                      "Vent. rate has increased BY %d BPM" % r.randint(10, 50), "T wave inversion now evident in lateral leads"]))
        lines.append(pick(r, ["Confirmed by %s on %s" % (conf, fmt_date(r, d + dt.timedelta(days=1), 0)),
                              "UNCONFIRMED REPORT - COMPUTER INTERPRETATION", "Referred by: %s   Confirmed by: %s" % (dr(r), conf)]))
        lines.append("25mm/s 10mm/mV 150Hz  %s" % pick(r, ["MAC 5500", "ELI 250", "PageWriter TC30", "CP 200"]))
        return "\n".join(x for x in lines if x)
    if style == 1:
        title = pick(r, ["ELECTROCARDIOGRAM INTERPRETATION", "EKG INTERPRETATION", "ECG", None])
        out = [title] if title else []
        out.append(header_block(r, pt, fac, d))
        out.append("")
        out.append("DATE OF TRACING: %s" % fmt_date(r, d, 0))
        out.append("INDICATION: " + pick(r, ["chest pain", "preoperative", "palpitations", "syncope", "annual nursing home", "dizziness"]) + ".")
        out.append("INTERPRETATION: %s at a rate of %d beats per minute. %s QRS duration %d msec. QTc %d msec. Axis %s. %s" % (
            dxl[0], rate, ("PR interval %d msec." % pr) if pr else "No discernible P waves.", qrs, qtc,
            pick(r, ["normal", "leftward", "left axis deviation", "rightward"]), " ".join(x + "." for x in dxl[1:])))
        out.append("IMPRESSION: " + pick(r, ["Abnormal EKG as above.", "Normal EKG.", "No acute ischemic changes.", "Compared to prior, unchanged.",
                                              "As above; clinical correlation recommended."]))
        out.append(dictation_footer(r, conf, d))
        return "\n".join(out)
    lines = ["EKG " + fmt_date(r, d, 1) + " " + fmt_time(r, True) + " - " + pt.name(1),
             "Rate %d, %s" % (rate, dxl[0].lower()),
             "PR %s / QRS %d / QTc %d" % (pr or "--", qrs, qtc),
             "No acute ST changes" if "STEMI" not in " ".join(dxl) else "ST elev V1-V4 -> cath lab / transfer",
             "Read by " + conf.split(",")[0] + " (ER)"]
    return "\n".join(lines)

# ---------------------------------------------------------------------------
# medication list
# ---------------------------------------------------------------------------


def gen_medication_list(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 25, 100, None, d)
    meds = med_list(r, 3, 14)
    v = r.randrange(4)
    if v == 0:
        # reconciliation
        lines = [pick(r, ["MEDICATION RECONCILIATION", "Admission Medication Reconciliation", "DISCHARGE MEDICATION RECONCILIATION FORM",
                          "Home Medication List / Reconciliation", None]),
                 "%s   %s" % (fac.hospital, fmt_date(r, d, 0)),
                 "Patient: %s  MR# %s  Allergies: %s" % (pt.name(2), pt.mrn, pick(r, ALLERGIES)),
                 "Source: " + ", ".join(some(r, ["patient", "family", "pill bottles", "pharmacy printout", "NH MAR", "clinic EMR"], 1, 3)),
                 "%-44s %-10s %s" % ("Medication / dose / route / freq", "Last dose", "Continue?")]
        for m in meds:
            lines.append("%-44s %-10s %s" % (med_str(r, m, 1)[:44], fmt_time(r, True) if chance(r, 0.6) else "unk",
                                            pick(r, ["[X] Cont [ ] Hold [ ] D/C", "[ ] Cont [X] Hold [ ] D/C", "[ ] Cont [ ] Hold [X] D/C",
                                                     "[X] Cont [ ] Hold [ ] D/C"])))
        if chance(r, 0.5):
            lines.append("New meds: " + med_str(r, med(r, pick(r, ["abx", "pain", "anti"])), 1))
        lines.append("Reviewed by: %s    Physician: %s" % (provider(r, "rn"), provider(r, "md")))
        return "\n".join(x for x in lines if x)
    if v == 1:
        # MAR summary (nursing home)
        mon = MONTHS[d.month - 1]
        lines = [pick(r, ["MEDICATION ADMINISTRATION RECORD - MONTHLY SUMMARY", "MAR", "Monthly Physician Order / MAR Recap", "MAR SUMMARY"]),
                 fac.nh, "Resident: %s   Rm %d   Month: %s %d" % (pt.name(1), r.randint(1, 60), mon, d.year),
                 "Physician: %s   Pharmacy: %s" % (dr(r), pick(r, ["Town Drug", "Prairie LTC Pharmacy", "Hometown Rx", "Main Street Pharmacy"])),
                 "Dx: " + ", ".join(p[1] for p in chronic_list(r, pt, 2, 5))]
        for m in meds:
            hrs = pick(r, ["0800", "0800 2000", "0600 1200 1800", "2100", "PRN", "0700 1600"])
            given = r.randint(26, 31) if hrs != "PRN" else r.randint(0, 12)
            lines.append("%s  [%s]  given %d  refused %d  held %d" % (med_str(r, m, 3), hrs, given, r.randint(0, 2), r.randint(0, 1)))
        lines.append("Codes: R=refused H=held (see nurse note) L=LOA S=sleeping")
        lines.append("Nurse initials: " + " ".join(letters(r, 2) for _ in range(r.randint(3, 7))))
        return "\n".join(lines)
    if v == 2:
        # patient-facing list
        lines = [pick(r, ["MY MEDICINE LIST", "Your Current Medications", "Medication List - Please bring to every visit", "Personal Medication Record"]),
                 pt.name(0) + "    Updated: " + fmt_date(r, d, 2), fac.clinic + "  " + fac.phone, ""]
        for m in meds:
            name, st, sig, cls = m
            why = {"acei": "blood pressure", "bb": "heart/blood pressure", "ccb": "blood pressure", "diur": "water pill",
                   "dm": "sugar", "lipid": "cholesterol", "anti": "blood thinner", "gi": "stomach", "psych": "mood/sleep",
                   "neuro": "nerves/memory", "pain": "pain", "resp": "breathing", "thy": "thyroid", "vit": "supplement",
                   "gu": "bladder/prostate", "bone": "bones", "lyte": "potassium/minerals", "card": "heart",
                   "ster": "inflammation", "gout": "gout", "skin": "skin", "misc": "quit smoking", "abx": "infection"}.get(cls, "")
            lines.append("* %s %s - take %s%s" % (cap_first(name), st, sig, "  (for %s)" % why if why and chance(r, 0.7) else ""))
        lines.append("")
        lines.append(pick(r, ["Do not stop any medicine without talking to your doctor.", "Keep this list in your wallet.",
                              "Questions? Call the clinic nurse line.", "Over-the-counter and herbal products should be listed too."]))
        return "\n".join(lines)
    # handwritten-ish brief list
    lines = [pick(r, ["Meds:", "Current meds", "Med list per pt", "Outpatient med list"]) + " " + pt.name(1) + " " + fmt_date(r, d, 1)]
    for m in meds:
        lines.append(med_str(r, m, pick(r, [0, 1])))
    lines.append("All: " + pick(r, ALLERGIES))
    if chance(r, 0.5):
        lines.append("OTC: " + ", ".join(some(r, ["fish oil", "glucosamine", "Tylenol PM", "vit D", "Prilosec OTC", "none", "aspirin 81"], 1, 3)))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# prescription
# ---------------------------------------------------------------------------


def gen_prescription(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 1, 95, None, d)
    doc = provider(r, pick(r, ["md", "mid"]))
    v = r.randrange(3)
    m = med(r, None, exclude_abx=False)
    n = r.randint(1, 3) if chance(r, 0.3) else 1
    meds = [m] + [med(r, None, exclude_abx=False) for _ in range(n - 1)]
    if v == 0:
        lines = [fac.clinic.upper(), fac.addr(), "Phone %s   Fax %s" % (fac.phone, fac.fax)]
        lines.append("%s" % doc + ("   DEA# %s%s   NPI %s" % (letters(r, 2), digits(r, 7), digits(r, 10)) if chance(r, 0.7) else ""))
        lines.append("Name: %s    DOB: %s    Date: %s" % (pt.name(0), fmt_date(r, pt.dob, 1), fmt_date(r, d, 1)))
        lines.append("Address: %s, %s %s" % (pt.street, pt.town, pt.state))
        for mm in meds:
            lines.append("Rx  %s %s" % (cap_first(mm[0]), mm[1]))
            lines.append("    Sig: %s" % pick(r, ["1 tab po " + mm[2], "take " + mm[2], mm[2]]))
            q = pick(r, [("30", "thirty"), ("60", "sixty"), ("90", "ninety"), ("20", "twenty"), ("14", "fourteen"), ("10", "ten")])
            lines.append("    Disp: #%s (%s)" % q if chance(r, 0.7) else "    Disp: %s" % q[0])
            lines.append("    Refills: %s" % pick(r, ["0", "1", "2", "3", "5", "PRN x 1 yr", "NR"]))
        lines.append(pick(r, ["[ ] Dispense as written   [X] Substitution permitted", "Product selection permitted ________",
                              "DAW [ ]", "Generic OK"]))
        lines.append("_________________________  M.D./D.O./P.A./N.P.")
        return "\n".join(lines)
    if v == 1:
        # e-prescription printout / faxed to pharmacy
        ph = pick(r, ["Main Street Pharmacy", "Hometown Drug", "%s Pharmacy" % fac.town, "Prairie LTC Pharmacy", "Walgreens #%s" % digits(r, 5)])
        lines = [pick(r, ["PRESCRIPTION", "NEW PRESCRIPTION - FAXED", "Electronic Prescription Record", "Rx Order"]),
                 "To: %s   Fax %s" % (ph, "(%s) %s-%s" % (fac.ac, digits(r, 3), digits(r, 4))),
                 "From: %s, %s" % (doc, fac.clinic),
                 "Patient: %s  DOB %s  Ph %s" % (pt.name(2), fmt_date(r, pt.dob, 0), pt.phone),
                 "Allergies: " + pick(r, ALLERGIES), ""]
        for mm in meds:
            lines.append("Drug: %s %s %s" % (mm[0], mm[1], pick(r, ["tablet", "capsule", "oral", "", "inhaler", "solution"])))
            lines.append("Directions: %s" % mm[2])
            lines.append("Qty: %d   Days supply: %d   Refills: %d" % (r.choice([10, 14, 20, 28, 30, 60, 90]), r.choice([5, 7, 10, 30, 90]), r.randint(0, 5)))
            lines.append("")
        if m[3] == "pain" and chance(r, 0.7):
            lines.append("Schedule II/III controlled substance - PMP checked %s." % fmt_date(r, d, 1))
        lines.append("Prescriber signature on file. " + pick(r, ["Sent %s %s" % (fmt_date(r, d, 0), fmt_time(r)), "Verbal order read back",
                                                                    "Original to follow by mail"]))
        return "\n".join(lines)
    # nursing-home / hospital discharge scrip terse
    lines = ["Rx   " + fmt_date(r, d, 1), pt.name(0) + ("  age %d" % pt.age if chance(r, 0.5) else "")]
    for mm in meds:
        lines.append("%s %s  #%d  %s  RF %s" % (mm[0], mm[1], r.choice([10, 20, 30, 60, 90]), mm[2], pick(r, ["0", "1", "3", "x"])))
    lines.append(doc.split(",")[0] + "  " + pick(r, ["", "DEA " + letters(r, 2) + digits(r, 7)]))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# correspondence (not referrals)
# ---------------------------------------------------------------------------


def gen_correspondence(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 5, 95, None, d)
    doc = provider(r, pick(r, ["md", "mid"]))
    kind = r.randrange(9)
    head = [fac.clinic if chance(r, 0.7) else fac.hospital, fac.addr(), "Phone %s  Fax %s" % (fac.phone, fac.fax), "", fmt_date(r, d, 2), ""]
    if kind == 0:
        body = ["%s %s" % (pt.first, pt.last), pt.street, "%s, %s %s" % (pt.town, pt.state, pt.zip), "",
                "Dear %s %s:" % ("Mr." if pt.sex == "M" else "Ms.", pt.last), "",
                "I am writing to let you know the results of your recent %s. %s" % (
                    pick(r, ["blood work", "lab tests", "mammogram", "colonoscopy biopsies", "bone density scan", "cholesterol check"]),
                    pick(r, ["Everything came back within normal limits.", "Your cholesterol was slightly high at 232, and your LDL was 151.",
                             "Your A1c was 8.4, which tells us your sugar has been running higher than we would like.",
                             "The polyp removed was a benign tubular adenoma.", "Your thyroid level was normal on the current dose."])),
                pick(r, ["No change in your treatment is needed at this time.", "Please schedule a follow-up visit in the next month so we can discuss a plan.",
                         "We would like to repeat this test in one year.", "Please continue your current medicines and keep your next appointment."]),
                "", "If you have any questions please call our office.", "", "Sincerely,", "", doc]
    elif kind == 1:
        body = ["RE: Missed appointment", "", "Dear %s %s," % (pt.first, pt.last), "",
                "Our records show that you missed your appointment on %s. %s Please call %s to reschedule at your earliest convenience." % (
                    fmt_date(r, d - dt.timedelta(days=r.randint(2, 20)), 2),
                    pick(r, ["It is important that we monitor your blood thinner.", "Your diabetes follow-up is overdue.",
                             "We want to make sure your blood pressure is under control.", ""]), fac.phone),
                "", "Thank you,", "", "%s Front Office on behalf of %s" % (fac.clinic, doc)]
    elif kind == 2:
        body = ["TO WHOM IT MAY CONCERN:", "",
                "%s %s (DOB %s) was seen in our office on %s. %s %s" % (
                    pt.first, pt.last, fmt_date(r, pt.dob, 0), fmt_date(r, d, 0),
                    pick(r, ["Please excuse %s from work through %s." % (pt.him, fmt_date(r, d + dt.timedelta(days=r.randint(1, 7)), 2)),
                             "%s may return to school tomorrow without restrictions." % cap_first(pt.he),
                             "%s may return to work with a 20 lb lifting restriction for two weeks." % cap_first(pt.he),
                             "Please excuse %s from physical education for 4 weeks." % pt.him,
                             "Due to %s medical condition, %s is unable to serve on jury duty at this time." % (pt.his, pt.he)]),
                    pick(r, ["", "Please contact me with any questions."])), "", doc]
    elif kind == 3:
        body = ["%s" % pick(r, ["Medical Director", "Appeals Department", "Utilization Review"]),
                pick(r, ["Heartland Mutual Health", "Blue Cross Blue Shield", "Farm Bureau Health Plan", "State Medicaid Agency"]), "",
                "RE: %s, DOB %s, Member ID %s%s" % (pt.name(0), fmt_date(r, pt.dob, 0), letters(r, 3), digits(r, 9)), "",
                "LETTER OF MEDICAL NECESSITY", "",
                "I am writing on behalf of my patient to request coverage of %s. %s has a diagnosis of %s. %s" % (
                    pick(r, ["a power wheelchair", "home oxygen", "a continuous glucose monitor", "a hospital bed for home use",
                             "brand-name levothyroxine", "a CPAP machine", "compression stockings", "a lift chair"]),
                    cap_first(pt.he), pick(r, CHRONIC)[0],
                    pick(r, ["Alternatives have been tried and failed.", "Without this equipment the patient is at high risk for falls and rehospitalization.",
                             "Resting saturation on room air was 86%.", "The patient is unable to ambulate more than 20 feet."])),
                "I respectfully request reconsideration of the denial dated %s." % fmt_date(r, d - dt.timedelta(days=r.randint(5, 40)), 2),
                "", "Respectfully,", doc]
    elif kind == 4:
        body = ["Dear %s family," % pt.last, "",
                "All of us at %s were saddened to hear of %s's passing. It was a privilege to care for %s over the years. Please accept our deepest sympathy." % (
                    pick(r, [fac.clinic, fac.nh, fac.hospital]), pt.first, pt.him),
                "", "With sympathy,", doc, "and the staff"]
    elif kind == 5:
        body = ["%s %s" % (pt.first, pt.last), pt.street, "%s, %s %s" % (pt.town, pt.state, pt.zip), "",
                "Dear %s:" % pt.name(0), "",
                "This letter is to inform you that effective 30 days from the date of this letter, %s will no longer be able to provide medical care to you. %s" % (
                    doc.split(",")[0], pick(r, ["This decision follows repeated violations of your controlled substance agreement.",
                                                "This is due to repeated missed appointments.", "This is due to threatening behavior toward our staff."])),
                "We will provide emergency care during this 30-day period. Copies of your records will be sent to the physician of your choice upon signed authorization.",
                "", "Sent certified mail, return receipt requested.", doc]
    elif kind == 6:
        body = ["%s, MD" % pick(r, DOC_LAST), fac.tertiary, "", "Dear Colleague,", "",
                "Thank you for seeing our mutual patient, %s (DOB %s), and for your kind note dated %s. I have reviewed your recommendations %s and we will %s here in %s." % (
                    pt.name(0), fmt_date(r, pt.dob, 0), fmt_date(r, d - dt.timedelta(days=r.randint(5, 30)), 2),
                    pick(r, ["regarding %s anticoagulation" % pt.his, "for the new chemotherapy regimen", "following the cardiac catheterization",
                             "about the wound plan"]), pick(r, ["follow the INR locally", "draw weekly CBCs", "continue the medical management", "coordinate with home health"]),
                    fac.town),
                "", "Best regards,", doc]
    elif kind == 7:
        body = ["RE: Request for records", "",
                "We are in receipt of your request for medical records for %s dated %s. %s" % (
                    pt.name(0), fmt_date(r, d - dt.timedelta(days=r.randint(3, 15)), 0),
                    pick(r, ["Enclosed please find copies of office notes from %d to %d." % (d.year - 3, d.year),
                             "Unfortunately the authorization provided is missing the patient signature; please resubmit.",
                             "A copying fee of $%d.00 applies per state statute." % r.randint(6, 40)])),
                "", "Health Information Management", fac.hospital]
    else:
        body = ["Dear %s %s," % ("Mr." if pt.sex == "M" else "Mrs.", pt.last), "",
                "Welcome to %s! %s Our hours are Monday through Friday 8 to 5, with a walk-in clinic Saturday mornings." % (
                    fac.clinic, pick(r, ["We are pleased you chose us for your family's health care.", "%s has agreed to be your new primary care provider." % doc.split(",")[0]])),
                "Please bring your insurance card and all medication bottles to your first visit.", "", "Warm regards,", doc]
    if chance(r, 0.2):
        body.append("")
        body.append("cc: chart")
    return "\n".join(head + body)


# ---------------------------------------------------------------------------
# consent form
# ---------------------------------------------------------------------------


def gen_consent_form(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 18, 95, None, d)
    doc = provider(r, "md")
    kind = r.randrange(6)
    procs = ["laparoscopic cholecystectomy, possible open", "colonoscopy with possible biopsy and polypectomy", "cesarean section",
             "inguinal hernia repair with mesh", "excision of skin lesion", "upper endoscopy (EGD)", "dilation and curettage",
             "knee joint injection", "bilateral tubal ligation", "central venous line placement", "incision and drainage"]
    if kind in (0, 1):
        proc = pick(r, procs)
        lines = [pick(r, ["CONSENT FOR OPERATION OR PROCEDURE", "INFORMED CONSENT FOR SURGERY", "Consent to Procedure",
                          "AUTHORIZATION FOR SURGICAL/MEDICAL PROCEDURE", None]),
                 fac.hospital, "Patient: %s    MR#: %s    Date: %s" % (pt.name(1), pt.mrn, fmt_date(r, d, 0)), "",
                 "1. I hereby authorize %s and such assistants as may be selected to perform the following procedure: %s." % (doc, proc.upper() if kind == 0 else proc),
                 "2. The nature and purpose of the procedure, possible alternative methods of treatment, the risks involved, and the possibility of complications have been explained to me. Risks include but are not limited to %s." % oxford(
                     some(r, ["bleeding", "infection", "injury to nearby organs", "blood clots", "reaction to anesthesia", "need for additional surgery",
                              "perforation", "nerve injury", "death"], 3, 6)),
                 "3. I consent to the administration of anesthesia by or under the direction of the anesthesia provider.",
                 "4. I consent to the disposal of any tissue or parts which may be removed.",
                 "5. I understand no guarantee has been made as to the results that may be obtained."]
        if chance(r, 0.5):
            lines.append("6. " + yn(r, "I consent to blood transfusion if needed:", p=0.85))
        lines += ["", "Patient/Legal representative: ______________________  Relationship: %s" % pick(r, ["self", "spouse", "POA", "daughter", "guardian"]),
                  "Witness: %s   Date/Time: %s %s" % (provider(r, "rn"), fmt_date(r, d, 1), fmt_time(r)),
                  "Physician statement: I have explained the procedure, risks, benefits and alternatives. %s" % doc]
        return "\n".join(x for x in lines if x is not None)
    if kind == 2:
        lines = [pick(r, ["CONSENT FOR BLOOD TRANSFUSION", "Blood/Blood Products Consent", "TRANSFUSION CONSENT / REFUSAL"]),
                 fac.hospital, "Patient %s   DOB %s" % (pt.name(2), fmt_date(r, pt.dob, 0)), "",
                 "My physician has explained that I may need a transfusion of " + oxford(some(r, ["red blood cells", "plasma", "platelets", "cryoprecipitate"], 1, 3)) + ".",
                 "I understand the risks include fever, allergic reaction, fluid overload and rarely transmission of infections such as hepatitis or HIV.",
                 "Alternatives such as iron, erythropoietin, and no transfusion were discussed.",
                 checkbox(r, "I", ["CONSENT", "REFUSE"], pick(r, ["CONSENT", "CONSENT", "REFUSE"])) + " to transfusion.",
                 "", "Signature: ____________________  Date %s" % fmt_date(r, d, 1), "Physician: %s" % doc]
        return "\n".join(lines)
    if kind == 3:
        lines = [pick(r, ["GENERAL CONSENT FOR TREATMENT", "Consent to Treat and Financial Agreement", "CONDITIONS OF ADMISSION", "Consent for Outpatient Services"]),
                 fac.hospital if chance(r, 0.5) else fac.clinic, "",
                 "CONSENT TO TREATMENT: I consent to routine diagnostic procedures, examinations and medical treatment by the physicians, mid-level providers and staff.",
                 "RELEASE OF INFORMATION: I authorize release of information necessary to process insurance claims.",
                 "ASSIGNMENT OF BENEFITS: I assign payment of insurance benefits directly to the facility and understand I am responsible for charges not covered.",
                 "PERSONAL VALUABLES: The facility is not responsible for valuables kept at bedside.",
                 yn(r, "I have received the Notice of Privacy Practices", True),
                 yn(r, "I have an advance directive", p=0.35),
                 "", "Patient: %s    Signature ______________   Date %s" % (pt.name(0), fmt_date(r, d, 1)),
                 "If signed by other than patient, relationship: __________", "Witness: %s" % provider(r, "rn")]
        return "\n".join(lines)
    if kind == 4:
        vax = pick(r, ["influenza", "pneumococcal", "Tdap", "shingles (zoster)"])
        lines = [pick(r, ["CONSENT FOR PSYCHOTROPIC MEDICATION", "Informed Consent - Antipsychotic Medication"]) if chance(r, 0.6) else
                 "RESIDENT CONSENT FOR %s VACCINATION" % vax.upper(), fac.nh,
                 "Resident: %s   Room %d" % (pt.name(1), r.randint(1, 50)), ""]
        if "VACCINATION" in lines[0]:
            lines += ["I have read or had explained to me the Vaccine Information Statement about %s vaccine." % vax,
                      "I have had a chance to ask questions and I understand the benefits and risks.",
                      checkbox(r, "I request that the vaccine be given:", ["Yes", "No, I decline"]),
                      "Resident or responsible party: ______________  Date %s" % fmt_date(r, d, 1)]
        else:
            lines += ["Medication: %s, dose range %s" % (pick(r, ["quetiapine", "risperidone", "olanzapine", "haloperidol"]), pick(r, ["12.5-50 mg", "0.25-1 mg", "2.5-5 mg"])),
                      "Target behaviors: " + ", ".join(some(r, ["hitting staff", "yelling out", "paranoid delusions", "refusing care", "hallucinations"], 1, 3)),
                      "Possible side effects discussed: sedation, falls, tardive dyskinesia, increased risk of death in elderly with dementia (boxed warning).",
                      "Gradual dose reduction will be attempted per regulations.",
                      checkbox(r, "Responsible party:", ["Consents", "Declines"]),
                      "Signature of resident/POA: ______________  Date %s" % fmt_date(r, d, 1), "Physician: %s" % doc]
        return "\n".join(lines)
    lines = [pick(r, ["CONSENT TO SEDATION/ANALGESIA", "Anesthesia Consent", "CONSENT FOR ANESTHESIA SERVICES"]), fac.hospital,
             "Patient: %s" % pt.name(0), "",
             "I understand that anesthesia services are needed for my procedure. The anesthesia provider has discussed with me the plan of " +
             pick(r, ["general anesthesia", "spinal anesthesia", "monitored anesthesia care", "epidural analgesia for labor"]) + ".",
             "Anticipated risks: sore throat, nausea, dental injury, headache, awareness, nerve damage, and rarely serious reactions.",
             "I consent to the anesthesia plan and to changes in the plan if deemed necessary.",
             "", "____________________ Patient   %s" % fmt_date(r, d, 1), "____________________ Anesthesia provider   %s" % (
                 "%s %s, CRNA" % (pick(r, DOC_FIRST), pick(r, DOC_LAST)))]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# referral letter
# ---------------------------------------------------------------------------


def gen_referral_letter(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 2, 92, None, d)
    doc = provider(r, pick(r, ["md", "mid"]))
    spec = pick(r, ["Cardiology", "Orthopedic Surgery", "Gastroenterology", "Oncology", "Neurology", "Dermatology", "Urology",
                    "Endocrinology", "Rheumatology", "Pediatric Cardiology", "Behavioral Health", "Maternal-Fetal Medicine", "Wound Care Center",
                    "Pulmonology", "ENT"])
    reason = {"Cardiology": "abnormal stress test and exertional angina", "Orthopedic Surgery": "severe right knee osteoarthritis failing conservative care",
              "Gastroenterology": "iron deficiency anemia with heme-positive stools", "Oncology": "newly diagnosed breast cancer",
              "Neurology": "new-onset seizure", "Dermatology": "changing pigmented lesion on the back", "Urology": "elevated PSA of 7.8",
              "Endocrinology": "poorly controlled type 1 diabetes", "Rheumatology": "inflammatory polyarthritis with positive RF",
              "Pediatric Cardiology": "new murmur in a child", "Behavioral Health": "worsening depression not responding to two SSRIs",
              "Maternal-Fetal Medicine": "twin gestation", "Wound Care Center": "nonhealing diabetic foot ulcer",
              "Pulmonology": "8 mm lung nodule on CT", "ENT": "recurrent tonsillitis"}[spec]
    specialist = "%s %s, MD" % (pick(r, DOC_FIRST), pick(r, DOC_LAST))
    v = r.randrange(3)
    if v == 0:
        lines = [fac.clinic, fac.addr(), "", fmt_date(r, d, 2), "", specialist, spec, fac.tertiary, "",
                 "RE: %s   DOB: %s" % (pt.name(0), fmt_date(r, pt.dob, 0)), "",
                 "Dear Dr. %s:" % specialist.split()[1].rstrip(","), "",
                 "I would appreciate your evaluation of %s, a %d-year-old %s whom I am referring for %s. %s" % (
                     pt.first, pt.age, pt.noun, reason,
                     pick(r, ["Pertinent records, labs and imaging are enclosed.", "I have enclosed my recent office notes and the outside CT report.",
                              "%s has a history of %s." % (cap_first(pt.he), oxford([c[0] for c in chronic_list(r, pt, 1, 3)]) or "good health")])),
                 pick(r, ["Current medications are listed on the enclosed sheet.", "Medications: " + "; ".join(med_str(r, m, 1) for m in med_list(r, 1, 4)) + "."]),
                 pick(r, ["The family would prefer an appointment on a Monday if possible because of travel distance.",
                          "I would be grateful for your recommendations regarding further management.",
                          "Please send your findings back to our office by fax."]), "",
                 "Sincerely,", "", doc]
        return "\n".join(lines)
    if v == 1:
        lines = [pick(r, ["REFERRAL FORM", "OUTGOING REFERRAL / AUTHORIZATION REQUEST", "Specialty Referral Request", "REFERRAL"]),
                 "From: %s, %s   Ph %s  Fax %s" % (doc, fac.clinic, fac.phone, fac.fax),
                 "To: %s - %s, %s" % (spec, specialist, fac.tertiary),
                 "Patient: %s  DOB %s  Ph %s" % (pt.name(2), fmt_date(r, pt.dob, 0), pt.phone),
                 "Insurance: %s   ID %s%s" % (pt.ins, letters(r, 3), digits(r, 8)),
                 checkbox(r, "Priority:", ["Routine", "Urgent (within 1 wk)", "Emergent"]),
                 checkbox(r, "Requested:", ["Consult only", "Consult & treat", "Procedure", "Transfer of care"]),
                 "Reason for referral: " + reason,
                 "Dx code: " + pick(r, CHRONIC)[2 if d.year < 2015 else 3],
                 "Records sent: " + ", ".join(some(r, ["office notes", "labs", "imaging report", "med list", "ECG", "path report"], 1, 4)),
                 yn(r, "Prior authorization obtained?", p=0.5) + "   Auth #: " + (digits(r, 8) if chance(r, 0.5) else "pending"),
                 "Referral coordinator: %s   Date: %s" % (pick(r, FIRST_F), fmt_date(r, d, 1))]
        return "\n".join(lines)
    lines = ["Dr. %s -" % specialist.split()[1].rstrip(","), "",
             "Referring %s %s (%d%s) for %s. %s. Thanks for seeing." % (pt.first, pt.last, pt.age, pt.sex, reason,
                                                                          pick(r, ["Labs attached", "Pt aware and agreeable", "Please call me w/ questions"])),
             "", doc.split(",")[0] + ", " + fac.clinic, fac.phone]
    return "\n".join(lines)

# ---------------------------------------------------------------------------
# advance directive
# ---------------------------------------------------------------------------


def gen_advance_directive(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 50, 100, None, d)
    agent = person(r)
    rel = pick(r, ["daughter", "son", "wife", "husband", "niece", "nephew", "friend", "sister", "brother"])
    kind = r.randrange(5)
    if kind == 0:
        lines = [pick(r, ["LIVING WILL DECLARATION", "DECLARATION (LIVING WILL)", "Living Will", "ADVANCE DIRECTIVE - LIVING WILL"]),
                 "Pursuant to the %s Natural Death Act" % pt.state if chance(r, 0.5) else "", "",
                 "Declaration made this %s day of %s, %d." % (pick(r, ["1st", "3rd", "12th", "21st", "28th"]), MONTHS[d.month - 1], d.year),
                 "I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below." % pt.name(0).upper(),
                 "If at any time I should have an incurable injury, disease, or illness certified to be a terminal condition by two physicians, and where the application of life-sustaining procedures would serve only to artificially prolong the dying process, I direct that such procedures be withheld or withdrawn, and that I be permitted to die naturally with only the administration of medication or the performance of any medical procedure deemed necessary to provide me with comfort care.",
                 "Artificially provided nutrition and hydration: " + checkbox(r, "", ["I DO want", "I DO NOT want"]),
                 "In the absence of my ability to give directions regarding the use of such life-sustaining procedures, it is my intention that this declaration shall be honored by my family and physician.",
                 "", "Signed: ______________________", "City, County and State of Residence: %s, %s County, %s" % (pt.town, fac.county, pt.state),
                 "", "WITNESSES: The declarant is personally known to me. I am not related to the declarant by blood or marriage.",
                 "Witness ______________  Witness ______________",
                 "Notary Public, State of %s.  My commission expires %s." % (pt.state, fmt_date(r, d + dt.timedelta(days=r.randint(300, 1500)), 0))]
        return "\n".join(x for x in lines if x is not None)
    if kind == 1:
        lines = [pick(r, ["DURABLE POWER OF ATTORNEY FOR HEALTH CARE DECISIONS", "Durable Power of Attorney for Health Care", "HEALTH CARE POWER OF ATTORNEY",
                          "APPOINTMENT OF HEALTH CARE AGENT"]), "",
                 "I, %s, of %s, %s, designate and appoint:" % (pt.name(0), pt.town, pt.state),
                 "Name: %s %s   Relationship: %s   Phone: (%s) %s-%s" % (agent["first"], pt.last if rel not in ("friend",) else agent["last"], rel,
                                                                        pick(r, ["620", "785", "402"]), digits(r, 3), digits(r, 4)),
                 "to be my agent for health care decisions and pursuant to the language stated below, on my behalf to:",
                 "(1) consent, refuse consent, or withdraw consent to any care, treatment, service or procedure to maintain, diagnose or treat a physical or mental condition;",
                 "(2) make all necessary arrangements for admission to any hospital, nursing home or hospice;",
                 "(3) authorize an autopsy and make anatomical gifts as permitted by law.",
                 "Alternate agent: %s %s" % (pick(r, FIRST_F + FIRST_M), pick(r, LAST)),
                 "This power of attorney shall become effective upon my disability and shall not be affected by subsequent disability or incapacity.",
                 "Limitations: " + pick(r, ["None.", "My agent may not consent to electroconvulsive therapy.", "No feeding tube for more than 30 days."]),
                 "", "Principal: ______________________  Date: %s" % fmt_date(r, d, 2),
                 "Acknowledged before me on %s.  ______________ Notary Public" % fmt_date(r, d, 2)]
        return "\n".join(lines)
    if kind == 2:
        lines = [pick(r, ["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "POST - Physician Orders for Scope of Treatment", "TPOPP Form"]),
                 "HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROFESSIONALS AS NECESSARY FOR TREATMENT",
                 "Last name: %s   First: %s   DOB: %s" % (pt.last, pt.first, fmt_date(r, pt.dob, 0)),
                 "A. CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing):",
                 "   " + checkbox(r, "", ["Attempt Resuscitation/CPR", "Do Not Attempt Resuscitation/DNR"], pick(r, ["Do Not Attempt Resuscitation/DNR", "Do Not Attempt Resuscitation/DNR", "Attempt Resuscitation/CPR"])),
                 "B. MEDICAL INTERVENTIONS:",
                 "   " + checkbox(r, "", ["Comfort Measures Only", "Limited Additional Interventions", "Full Treatment"]),
                 "C. ANTIBIOTICS: " + checkbox(r, "", ["No antibiotics", "Determine use when infection occurs", "Use if life can be prolonged"]),
                 "D. ARTIFICIALLY ADMINISTERED NUTRITION: " + checkbox(r, "", ["No feeding tube", "Defined trial period", "Long-term feeding tube"]),
                 "Discussed with: " + checkbox(r, "", ["Patient", "Health care agent", "Guardian", "Spouse/family"]),
                 "Physician: %s   Phone %s   Date %s" % (provider(r, "md"), fac.phone, fmt_date(r, d, 1)),
                 "Signature of patient or surrogate: ______________",
                 "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED"]
        return "\n".join(lines)
    if kind == 3:
        lines = [pick(r, ["OUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER", "DNR ORDER", "Do Not Resuscitate (DNR) Directive - EMS"]),
                 "State of %s" % pt.state, "",
                 "Patient: %s   Date of birth %s   Sex %s" % (pt.name(0), fmt_date(r, pt.dob, 0), pt.sex),
                 "I, the undersigned, direct that in the event of cardiac or respiratory arrest, no cardiopulmonary resuscitation be initiated, including chest compressions, defibrillation, intubation or assisted ventilation.",
                 "Comfort measures, suctioning, oxygen and pain relief shall be provided.",
                 "", "Patient or legal representative signature ____________",
                 "Attending physician %s, license #%s  %s" % (provider(r, "md"), digits(r, 5), fmt_date(r, d, 0)),
                 "DNR bracelet issued: " + pick(r, ["yes", "no", "yes - L wrist"])]
        return "\n".join(lines)
    lines = [pick(r, ["CODE STATUS / ADVANCE DIRECTIVE REVIEW", "Advance Care Planning Note", "ADVANCE DIRECTIVE ACKNOWLEDGMENT"]),
             fac.nh if chance(r, 0.5) else fac.hospital, "Resident/Patient: %s   %s" % (pt.name(1), fmt_date(r, d, 0)),
             yn(r, "Living will on file?", p=0.6), yn(r, "DPOA-HC on file?", p=0.6),
             "Agent: %s %s (%s)" % (agent["first"], pt.last, rel),
             checkbox(r, "Code status:", ["Full code", "DNR", "DNR/DNI", "Comfort care"]),
             "Wishes expressed: \"%s\"" % pick(r, ["I don't want to be kept alive on machines.", "Do everything as long as I can still know my family.",
                                                    "Let me go when it's my time.", "No tubes."]),
             "Copy sent to: " + ", ".join(some(r, ["chart", "clinic", "family", "EMS", "hospital"], 1, 3)),
             "Reviewed by: %s" % provider(r, pick(r, ["md", "rn"]))]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# immunization record
# ---------------------------------------------------------------------------

VAX_ADULT = [("Influenza (IIV3)", "Fluzone", "Sanofi"), ("Influenza high-dose", "Fluzone HD", "Sanofi"), ("Pneumococcal PPSV23", "Pneumovax 23", "Merck"),
             ("Pneumococcal PCV13", "Prevnar 13", "Pfizer"), ("Tdap", "Boostrix", "GSK"), ("Td", "Tenivac", "Sanofi"),
             ("Zoster live", "Zostavax", "Merck"), ("Zoster recombinant", "Shingrix", "GSK"), ("Hepatitis B", "Engerix-B", "GSK"),
             ("Hepatitis A", "Havrix", "GSK"), ("HPV", "Gardasil", "Merck")]
VAX_CHILD = [("DTaP", "Daptacel"), ("IPV", "IPOL"), ("Hib", "PedvaxHIB"), ("Hep B", "Recombivax HB"), ("PCV", "Prevnar"),
             ("Rotavirus", "RotaTeq"), ("MMR", "M-M-R II"), ("Varicella", "Varivax"), ("Hep A", "Havrix"), ("DTaP-IPV", "Kinrix"),
             ("Meningococcal", "Menactra"), ("Influenza", "FluMist")]


def gen_immunization_record(r):
    d = rand_date(r, 2004, 2018)
    fac = Facility(r)
    child = chance(r, 0.45)
    pt = Patient(r, 0, 12, None, d) if child else Patient(r, 19, 99, None, d)
    lines = [pick(r, ["IMMUNIZATION RECORD", "Vaccine Administration Record", "CERTIFICATE OF IMMUNIZATION", "Immunization History",
                      "OFFICIAL SCHOOL IMMUNIZATION RECORD" if child else "RESIDENT IMMUNIZATION RECORD", None])]
    lines.append(pick(r, [fac.clinic, fac.nh if not child else fac.clinic, "%s County Health Department" % fac.county]))
    lines.append("Name: %s   DOB: %s   Sex: %s" % (pt.name(2), fmt_date(r, pt.dob, 0), pt.sex))
    if child:
        lines.append("Parent/Guardian: %s %s" % (pick(r, FIRST_F), pt.last))
    lines.append("%-22s %-11s %-14s %-10s %-6s %s" % ("Vaccine", "Date", "Manufacturer", "Lot #", "Site", "Given by"))
    n = r.randint(3, 14)
    if child:
        base = pt.dob
        for i in range(n):
            v = pick(r, VAX_CHILD)
            when = base + dt.timedelta(days=r.randint(0, max(1, (d - base).days)))
            lines.append("%-22s %-11s %-14s %-10s %-6s %s" % (v[0] + " #%d" % r.randint(1, 4), fmt_date(r, when, 0), v[1], letters(r, 1) + digits(r, 5),
                                                             pick(r, ["RT", "LT", "RA", "LA", "PO", "IN"]), letters(r, 2)))
    else:
        for i in range(n):
            v = pick(r, VAX_ADULT)
            when = d - dt.timedelta(days=r.randint(0, 3650))
            lines.append("%-22s %-11s %-14s %-10s %-6s %s" % (v[0], fmt_date(r, when, 0), v[2], letters(r, 1) + digits(r, 4) + letters(r, 2),
                                                             pick(r, ["L delt", "R delt", "LD", "RD"]), letters(r, 2)))
    if chance(r, 0.4):
        lines.append("TB SKIN TEST (PPD): placed %s  read %s  result %d mm  %s" % (fmt_date(r, d, 1), fmt_date(r, d + dt.timedelta(days=2), 1),
                                                                                 r.choice([0, 0, 0, 3, 12]), pick(r, ["neg", "neg", "see note"])))
    if chance(r, 0.5):
        lines.append("VIS given: " + pick(r, ["yes", "yes, edition date %s" % fmt_date(r, d - dt.timedelta(days=r.randint(100, 900)), 0), "copy to parent"]))
    if chance(r, 0.3):
        lines.append(pick(r, ["Declined influenza vaccine this season - declination signed.", "Contraindications screened: none.",
                              "Reported to state immunization registry.", "Exempt: medical exemption on file for pertussis-containing vaccines."]))
    lines.append("Verified by: %s" % provider(r, "rn"))
    return "\n".join(x for x in lines if x)


# ---------------------------------------------------------------------------
# registration form / face sheet
# ---------------------------------------------------------------------------


def gen_registration_form(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 0, 99, None, d)
    gu = person(r)
    ec = person(r)
    v = r.randrange(3)
    lines = [pick(r, ["FACE SHEET", "PATIENT REGISTRATION", "ADMISSION FACE SHEET", "Patient Information Form", "NEW PATIENT REGISTRATION",
                      "OUTPATIENT REGISTRATION", None])]
    lines.append(fac.hospital if v != 2 else fac.clinic)
    if v == 0:
        lines += ["Acct #: %s   MR #: %s   Admit date: %s %s" % (pt.acct, pt.mrn, fmt_date(r, d, 0), fmt_time(r, True)),
                  checkbox(r, "Patient type:", ["Inpatient", "Outpatient", "Observation", "Swing bed", "ER"]),
                  "Attending: %s   Admitting dx: %s" % (dr(r), pick(r, CHRONIC + [("chest pain",)])[0]),
                  "--- PATIENT ---",
                  "Name: %s   Sex: %s   DOB: %s   Age: %d" % (pt.name(1), pt.sex, fmt_date(r, pt.dob, 0), pt.age),
                  "Address: %s, %s, %s %s" % (pt.street, pt.town, pt.state, pt.zip),
                  "Phone: %s   SSN: XXX-XX-%s" % (pt.phone, pt.ssn4),
                  "Marital: %s   Race: %s   Religion: %s" % (pick(r, ["M", "S", "W", "D"]), pick(r, ["W", "B", "AI", "H", "declined"]),
                                                              pick(r, ["Lutheran", "Methodist", "Catholic", "Baptist", "Mennonite", "None"])),
                  "Employer: %s" % pick(r, ["retired", "self-farm", "County School Dist", "Co-op Elevator", "none", "Dollar General"]),
                  "--- GUARANTOR ---",
                  "Name: %s   Relation: %s" % (pick(r, ["self", "%s %s" % (gu["first"], pt.last)]), pick(r, ["self", "spouse", "parent"])),
                  "--- INSURANCE ---",
                  "Primary: %s   Policy #: %s%s   Group: %s" % (pt.ins, letters(r, 3), digits(r, 9), digits(r, 5)),
                  "Secondary: %s" % pick(r, ["none", "Medicaid", "AARP Supplement", "Farm Bureau"]),
                  "--- EMERGENCY CONTACT ---",
                  "%s %s (%s)  %s" % (ec["first"], ec["last"], pick(r, ["daughter", "son", "neighbor", "spouse"]), "(%s) %s-%s" % (pick(r, ["620", "785"]), digits(r, 3), digits(r, 4))),
                  "Advance directive: %s   Registered by: %s" % (pick(r, ["Y", "N", "unknown"]), letters(r, 3))]
    else:
        lines += ["Please print clearly.",
                  "Last name: %s   First: %s   MI: %s" % (pt.last, pt.first, pt.mi),
                  "Date of birth: %s   " % fmt_date(r, pt.dob, 1) + checkbox(r, "Sex:", ["M", "F"], pt.sex),
                  "Street/PO Box: %s   City: %s   State: %s   Zip: %s" % (pt.street, pt.town, pt.state, pt.zip),
                  "Home phone: %s   Cell: %s" % (pt.phone, pick(r, ["same", "none", "(%s) %s-%s" % (pick(r, ["620", "402"]), digits(r, 3), digits(r, 4))])),
                  checkbox(r, "Preferred language:", ["English", "Spanish", "Other"], pick(r, ["English", "English", "Spanish"])),
                  "Primary insurance: %s   Subscriber: %s   ID#: %s" % (pt.ins, pick(r, ["self", gu["first"] + " " + pt.last]), letters(r, 2) + digits(r, 8)),
                  "Pharmacy: %s" % pick(r, ["Hometown Drug", "Main St Pharmacy", "Walmart", "mail order"]),
                  "Referred by: %s" % pick(r, ["friend", "family", "hospital", "newspaper ad", "self"]),
                  "In case of emergency notify: %s %s  Phone: (%s) %s-%s" % (ec["first"], ec["last"], pick(r, ["620", "785"]), digits(r, 3), digits(r, 4)),
                  yn(r, "Are you a veteran?", p=0.2), yn(r, "Is this visit related to an accident or work injury?", p=0.1),
                  "Signature: ____________________  Date: %s" % fmt_date(r, d, 1)]
    return "\n".join(x for x in lines if x)


# ---------------------------------------------------------------------------
# insurance card
# ---------------------------------------------------------------------------


def gen_insurance_card(r):
    d = rand_date(r)
    pt = Patient(r, 0, 99, None, d)
    plan = pick(r, ["MEDICARE", "MEDICAID", "BCBS", "FARM BUREAU", "HEARTLAND", "TRICARE", "PRAIRIE STATES", "CORNBELT", "MA"])
    lines = [pick(r, ["*** COPY OF INSURANCE CARD ***", "INSURANCE CARD - FRONT", "[scanned card - front]", "Ins card copy (front/back)", ""])]
    if plan == "MEDICARE":
        lines += ["MEDICARE  HEALTH INSURANCE", "1-800-MEDICARE (1-800-633-4227)",
                  "NAME OF BENEFICIARY", pt.name(0).upper(),
                  ("MEDICARE CLAIM NUMBER   %s-%s-%s%s" % (digits(r, 3), digits(r, 2), digits(r, 4), pick(r, ["A", "B", "D", "M"])))
                  if d.year < 2018 else "Medicare Number  %s%s-%s%s-%s%s" % (digits(r, 1), letters(r, 3), digits(r, 1), letters(r, 2), digits(r, 2), letters(r, 2)),
                  "SEX  %s" % pt.sexword.upper(),
                  "IS ENTITLED TO          EFFECTIVE DATE",
                  "HOSPITAL  (PART A)      %s" % fmt_date(r, d - dt.timedelta(days=r.randint(30, 4000)), 0),
                  "MEDICAL   (PART B)      %s" % fmt_date(r, d - dt.timedelta(days=r.randint(30, 4000)), 0),
                  "SIGN HERE  ____________________"]
    elif plan == "MEDICAID":
        lines += ["STATE OF %s MEDICAL ASSISTANCE PROGRAM" % pt.state, "Member: %s" % pt.name(0).upper(),
                  "Member ID: %s" % digits(r, 11), "DOB: %s" % fmt_date(r, pt.dob, 0), "Card issue date: %s" % fmt_date(r, d, 0),
                  "Managed care plan: %s" % pick(r, ["HealthyPlains", "Sunflower Care", "none - fee for service"]),
                  "Providers: verify eligibility before each visit. Card does not guarantee eligibility."]
    else:
        carrier = {"BCBS": "BlueCross BlueShield of %s" % pt.state, "FARM BUREAU": "Farm Bureau Health Plans", "HEARTLAND": "Heartland Mutual Health",
                   "TRICARE": "TRICARE Prime", "PRAIRIE STATES": "Prairie States Benefit Trust", "CORNBELT": "Cornbelt Cooperative Insurance",
                   "MA": "Golden Years Medicare Advantage (HMO)"}[plan]
        lines += [carrier.upper() if chance(r, 0.5) else carrier,
                  "Subscriber: %s" % pt.name(0).upper(),
                  "Member ID: %s%s" % (letters(r, 3), digits(r, 9)),
                  "Group No: %s   %s" % (digits(r, 6), pick(r, ["PPO", "HMO", "POS", "EPO", "HDHP"])),
                  "Dependents: %s" % pick(r, ["01 SELF", "02 SPOUSE", "03 CHILD", "00"]),
                  "Effective: %s" % fmt_date(r, d - dt.timedelta(days=r.randint(1, 1000)), 0),
                  "PCP: %s" % pick(r, [dr(r), "-", "any"]),
                  "Copays: OV $%d  Spec $%d  ER $%d  UC $%d" % (r.choice([10, 20, 25, 30]), r.choice([30, 40, 50]), r.choice([100, 150, 250]), r.choice([25, 35, 50])),
                  "Rx BIN %s  PCN %s  Rx GRP %s" % (digits(r, 6), pick(r, ["ADV", "RXCLM", "MEDDPRIME", "BCTX"]), letters(r, 4)),
                  "", "--- BACK ---",
                  "Customer service: 1-800-%s-%s   Precertification: 1-800-%s-%s" % (digits(r, 3), digits(r, 4), digits(r, 3), digits(r, 4)),
                  "Submit claims to: PO Box %s, %s, %s %s" % (digits(r, 4), pick(r, TOWNS)[0], pick(r, TOWNS)[1], digits(r, 5)),
                  pick(r, ["Possession of this card does not guarantee eligibility for benefits.", "Present this card each time you receive services.",
                           "Emergency admissions must be reported within 48 hours."])]
    if chance(r, 0.4):
        lines.append("Copied by %s %s" % (letters(r, 2), fmt_date(r, d, 1)))
    return "\n".join(x for x in lines if x)

# ---------------------------------------------------------------------------
# nursing note
# ---------------------------------------------------------------------------

NN_ENTRIES = [
    "Resident resting quietly in bed, resp even and unlabored.", "Up to BR w/ assist x1, voided qs.", "Refused HS snack.",
    "C/o pain 6/10 L hip, PRN Tylenol given w/ good effect.", "Skin warm/dry, no redness to coccyx.", "Turned and repositioned q2h.",
    "Family called, updated on condition.", "Ate 75% breakfast, fed self.", "Lung sounds diminished bases, O2 2L NC, sat 93%.",
    "Pt sleeping at intervals, call light within reach.", "IV site L FA patent, no redness.", "Dressing to abd dry and intact.",
    "Fingerstick BS 214, 4 units lispro given per SS.", "Pt found sitting on floor beside bed, no apparent injury, neuro checks initiated, MD and family notified.",
    "Foley draining clear yellow urine.", "Pt anxious, reassured, TV on.", "Tolerated PT well, ambulated 80 ft w/ walker.",
    "Pt wandering halls, redirected w/o difficulty.", "Incontinent of urine x1, peri care given.", "Abd soft, BS x4, + flatus.",
    "Denies CP, SOB.", "Ambulating independently in room.", "Bed alarm on.", "Heel boots on bilat.", "Cough and deep breathe encouraged, IS to 1000.",
]


def gen_nursing_note(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 16, 100, None, d)
    v = r.randrange(5)
    if v == 0:
        # shift narrative
        lines = [pick(r, ["NURSES' NOTES", "Nursing Progress Notes", "NURSING NARRATIVE", "Nurse's Notes", None]),
                 "%s  Rm %d  %s" % (pt.name(1), r.randint(1, 40), pick(r, [fac.hospital, fac.nh]))]
        t = r.randint(0, 23)
        for _ in range(r.randint(3, 9)):
            lines.append("%s %02d%02d  %s  %s" % (fmt_date(r, d, 1), t, r.choice([0, 15, 30, 45]), " ".join(some(r, NN_ENTRIES, 1, 3)),
                                                 letters(r, 1) + ". " + pick(r, DOC_LAST) + ", " + pick(r, ["RN", "LPN"])))
            t = (t + r.randint(1, 3)) % 24
        return "\n".join(x for x in lines if x)
    if v == 1:
        # admission nursing assessment form
        lines = [pick(r, ["ADMISSION NURSING ASSESSMENT", "Nursing Admission Database", "INITIAL NURSING ASSESSMENT"]), fac.hospital,
                 "Pt: %s  Age %d  Arrived via %s at %s" % (pt.name(2), pt.age, pick(r, ["w/c from ER", "stretcher", "ambulatory", "EMS"]), fmt_time(r)),
                 "VS: " + vitals(r, pt, chance(r, 0.3), 0) + "  Ht %d in  Wt %d lb" % (r.randint(58, 76), r.randint(95, 320)),
                 "Allergies: %s   Armband on: Y" % pick(r, ALLERGIES),
                 checkbox(r, "Orientation:", ["A&Ox4", "A&Ox3", "Confused", "Lethargic"]),
                 checkbox(r, "Resp:", ["Clear", "Crackles", "Wheezes", "Diminished"]),
                 checkbox(r, "Cardiac:", ["Regular", "Irregular"]),
                 checkbox(r, "Edema:", ["None", "Trace", "1+", "2+", "3+"]),
                 checkbox(r, "GI:", ["WNL", "Nausea", "Diarrhea", "Constipation"]),
                 checkbox(r, "GU:", ["Voids", "Foley", "Incontinent"]),
                 "Skin: " + pick(r, ["intact", "bruising bilat FA", "stage 2 sacrum 2x1 cm", "surgical incision"]),
                 "Braden score: %d   Morse fall score: %d   %s" % (r.randint(9, 23), r.choice([0, 15, 25, 35, 45, 55, 65, 85]),
                                                                   pick(r, ["fall precautions initiated", "low risk", "bed alarm on"])),
                 "Pain: %d/10  Location: %s" % (r.randint(0, 9), pick(r, ["none", "abd", "chest", "back", "hip", "leg"])),
                 yn(r, "Advance directive?", p=0.4) + "   " + yn(r, "Tobacco use in past 30 days?", p=0.25),
                 "Valuables: " + pick(r, ["sent home w/ family", "glasses, dentures upper/lower", "wedding ring - taped", "none"]),
                 "Oriented to room, call light, bed controls. Safety precautions reviewed.",
                 provider(r, "rn")]
        return "\n".join(lines)
    if v == 2:
        # vitals flowsheet
        lines = [pick(r, ["VITAL SIGNS FLOWSHEET", "Graphic Record", "I&O / VS Flow Sheet"]),
                 "%s   MR %s   %s" % (pt.name(1), pt.mrn, fmt_date(r, d, 0)),
                 "Time   T      P    R   BP       SpO2  Pain  Init"]
        for h in sorted(r.sample(range(0, 24), r.randint(3, 8))):
            lines.append("%02d00   %.1f   %3d  %2d  %3d/%-3d  %3d   %2d    %s" % (h, r.uniform(97, 101), r.randint(58, 118), r.randint(12, 26),
                                                                           r.randint(94, 172), r.randint(50, 98), r.randint(88, 100), r.randint(0, 8), letters(r, 2)))
        lines.append("Intake: PO %d  IV %d   Output: Urine %d  Emesis %d  Drain %d" % (r.randint(0, 2000), r.randint(0, 2400), r.randint(200, 2800),
                                                                                     r.randint(0, 300), r.randint(0, 150)))
        if chance(r, 0.5):
            lines.append("Wt: %d lb (%s)" % (r.randint(90, 300), pick(r, ["standing scale", "bed scale", "up 2 lb", "down 1.5 lb"])))
        return "\n".join(lines)
    if v == 3:
        # nursing home quarterly / skin
        lines = [pick(r, ["WEEKLY SKIN ASSESSMENT", "Nursing Summary - Quarterly", "Licensed Nurse Weekly Summary", "Fall Risk Assessment"]),
                 fac.nh, "Resident: %s   Wk of %s" % (pt.name(1), fmt_date(r, d, 1)),
                 "Skin: " + pick(r, ["intact", "skin tear R FA 2 cm steri-stripped", "blanchable redness coccyx", "stage 2 L heel"]) + ".",
                 "Mobility: " + pick(r, ["w/c, self-propels", "ambulates w/ walker + SBA", "2 assist w/ gait belt", "mechanical lift"]) + ".",
                 "Cognition: " + pick(r, ["BIMS 14", "BIMS 7", "BIMS 3, severe impairment", "alert, pleasant"]) + ".",
                 "Nutrition: " + pick(r, ["eats 50-75%", "supplement BID", "weight loss 5% in 30 days - RD notified", "mech soft, honey thick"]) + ".",
                 "Mood/behavior: " + pick(r, ["no behaviors", "tearful at times", "resists care in AM", "calls out at night"]) + ".",
                 "Falls this period: %d" % r.randint(0, 3), "Care plan updated.", provider(r, "rn")]
        return "\n".join(lines)
    # labor flowsheet / OB nursing note
    pt = Patient(r, 17, 40, "F", d)
    lines = [pick(r, ["LABOR FLOW RECORD", "L&D Nursing Notes", "Intrapartum Nursing Record"]),
             "%s  G%dP%d  %dw%dd  %s" % (pt.name(1), r.randint(1, 6), r.randint(0, 4), r.randint(36, 41), r.randint(0, 6), fmt_date(r, d, 1))]
    h = r.randint(0, 20)
    for _ in range(r.randint(3, 7)):
        lines.append("%02d%02d  ctx q%d-%d min  FHR %d  var %s  accels %s  cx %d/%d/%d  %s" % (
            h % 24, r.choice([0, 15, 30, 45]), r.randint(2, 4), r.randint(4, 6), r.randint(120, 160), pick(r, ["mod", "min", "mod"]),
            pick(r, ["+", "-"]), r.randint(2, 10), r.choice([50, 70, 80, 90, 100]), r.choice([-2, -1, 0, 1]),
            pick(r, ["pt coping well", "epidural infusing", "pitocin @ %d mu/min" % r.randint(2, 16), "position changed L side", "SROM clear"])))
        h += 1
    lines.append(provider(r, "rn"))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# provider orders
# ---------------------------------------------------------------------------


def gen_provider_orders(r):
    d = rand_date(r)
    fac = Facility(r)
    c = case(r)
    pt = case_pt(r, c, d)
    doc = provider(r, pick(r, ["md", "mid"]))
    v = r.randrange(4)
    if v == 0:
        lines = [pick(r, ["ADMISSION ORDERS", "PHYSICIAN'S ORDERS", "Admit Orders - Adult Medical", "DOCTOR'S ORDERS"]),
                 fac.hospital, "%s   MR# %s   Allergies: %s" % (pt.name(1), pt.mrn, pick(r, ALLERGIES)),
                 "Date/Time: %s %s" % (fmt_date(r, d, 1), fmt_time(r)),
                 "1. Admit to: " + pick(r, ["inpatient, med/surg", "observation", "ICU", "swing bed"]) + " under " + doc.split(",")[0],
                 "2. Dx: " + c["name"],
                 "3. Condition: " + pick(r, ["stable", "fair", "guarded"]),
                 "4. Code: " + pick(r, ["Full", "DNR"]),
                 "5. VS q%dh x 24h then q shift" % r.choice([1, 2, 4]),
                 "6. Activity: " + pick(r, ["BRP", "up ad lib", "OOB to chair TID", "bedrest"]),
                 "7. Diet: " + pick(r, ["NPO", "clear liquids", "2 g Na", "ADA 1800", "regular"]),
                 "8. IVF: " + pick(r, ["NS @ 100 mL/hr", "D5 1/2NS + 20 KCl @ 75", "saline lock", "LR @ 125"]),
                 "9. Labs: " + ", ".join(some(r, ["CBC", "BMP", "CMP", "Mg", "Phos", "BNP", "troponin q6h x3", "UA/C&S", "blood cx x2", "lactate", "INR"], 2, 6)) + " in AM",
                 "10. Meds:"]
        for m in c["dc_meds"][:2] + med_list(r, 1, 5):
            lines.append("    " + med_str(r, m, 1))
        lines += ["11. %s" % pick(r, ["DVT proph: enoxaparin 40 mg SQ daily", "SCDs", "heparin 5000 units SQ q8h"]),
                  "12. Call MD for SBP >180 or <90, HR >120 or <50, T >101.5, UOP <30 mL/hr",
                  "_________________ %s" % doc]
        return "\n".join(lines)
    if v == 1:
        lines = [pick(r, ["TELEPHONE ORDERS", "Physician Order Sheet", "PHYSICIAN TELEPHONE/VERBAL ORDER", "Nursing Home Order Sheet"]),
                 fac.nh, "Resident: %s   Rm %d" % (pt.name(1), r.randint(1, 50))]
        for _ in range(r.randint(1, 4)):
            lines.append("%s %s  %s" % (fmt_date(r, d, 1), fmt_time(r), pick(r, [
                "D/C %s." % med(r)[0], "Start %s." % med_str(r, med(r, pick(r, ["abx", "pain", "gi", "psych"])), 1),
                "CBC, BMP in AM.", "UA C&S if able.", "CXR 2 view r/t cough.", "May have Ensure BID between meals.",
                "Increase %s to %s." % (med(r)[0], pick(r, ["BID", "20 mg", "0.5 mg"])), "Weight weekly x 4.", "PT/OT eval and treat.",
                "Send to ER for eval.", "Hospice eval per family request.", "Fingersticks AC/HS, call if >400 or <60."])))
        lines.append("T.O. %s / %s  read back and verified" % (doc.split(",")[0], provider(r, "rn")))
        lines.append("Physician signature: ____________ Date ______")
        return "\n".join(lines)
    if v == 2:
        # post-op orders
        op = pick(r, OPS)
        lines = [pick(r, ["POST-OPERATIVE ORDERS", "Post-op Orders", "PACU / POSTOP ORDER SET"]), fac.hospital,
                 "%s   s/p %s   %s" % (pt.name(2), op["proc"].lower(), fmt_date(r, d, 1)),
                 "[X] Admit to %s" % pick(r, ["med/surg", "OB", "outpatient recovery, d/c when criteria met", "observation"]),
                 "[X] VS per PACU protocol then q4h",
                 "[%s] Incentive spirometer q1h while awake" % pick(r, ["X", " "]),
                 "[X] Diet: " + pick(r, ["clears, advance as tolerated", "regular", "NPO except ice chips"]),
                 "[%s] Foley to gravity, remove POD 1" % pick(r, ["X", " "]),
                 "[X] Pain: " + pick(r, ["morphine 2 mg IV q2h prn", "hydrocodone/APAP 5/325 1-2 q4h prn", "ketorolac 15 mg IV q6h x 48h"]),
                 "[X] Nausea: ondansetron 4 mg IV q6h prn",
                 "[%s] Cefazolin 1 g IV q8h x 2 doses" % pick(r, ["X", " "]),
                 "[X] Ambulate evening of surgery",
                 "[X] " + pick(r, ["SCDs while in bed", "enoxaparin 40 mg SQ daily start POD 1"]),
                 "Surgeon: %s" % doc]
        return "\n".join(lines)
    # standing orders (clinic or NH protocol)
    lines = [pick(r, ["STANDING ORDERS", "Standing Orders - Influenza/Pneumococcal Vaccination", "STANDING ORDER: HYPOGLYCEMIA PROTOCOL",
                      "Clinic Standing Orders - Strep Testing", "Protocol Orders"])]
    lines.append(pick(r, [fac.nh, fac.clinic, fac.hospital]))
    if "Vaccination" in lines[0]:
        body = ["Nurses may administer influenza vaccine annually Oct-Mar to all residents without contraindication.",
                "Pneumococcal vaccine per current CDC schedule if not previously received.",
                "Screen for egg allergy, prior reactions, febrile illness.", "Document lot, site, VIS date."]
    elif "HYPOGLYCEMIA" in lines[0]:
        body = ["For BG <70 and pt alert: give 4 oz juice, recheck in 15 min.", "For BG <70 and pt unable to swallow: glucagon 1 mg IM/SQ, call MD.",
                "Repeat until BG >100, then give snack.", "Notify provider of all episodes."]
    elif "Strep" in lines[0]:
        body = ["RN may perform rapid strep test for pt 3-18 yrs w/ sore throat and fever.", "If positive, provider to see pt same day.",
                "If negative in child, send throat culture."]
    else:
        body = some(r, ["Acetaminophen 650 mg PO q4h prn temp >100.4 or mild pain.", "Milk of magnesia 30 mL PO prn no BM x 3 days.",
                        "Bisacodyl suppository PR if MOM ineffective.", "Maalox 30 mL PO q4h prn indigestion.",
                        "Saline nasal spray prn congestion.", "May use lotion to dry skin.", "Weigh monthly."], 3, 6)
    lines += ["- " + b for b in body]
    lines.append("Approved by Medical Director: %s   Effective %s   Review annually" % (doc, fmt_date(r, d, 0)))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# discharge instructions
# ---------------------------------------------------------------------------

DI_TOPICS = [
    ("Pneumonia", ["Finish all of your antibiotic even if you feel better.", "Drink plenty of fluids.", "Rest as much as you can for the next week.",
                   "Use your inhaler as directed."], ["trouble breathing", "fever over 101", "chest pain", "confusion or very sleepy"]),
    ("Heart failure", ["Weigh yourself every morning after you urinate and before breakfast.", "Limit salt to 2000 mg a day.",
                       "Limit fluids to 6 cups a day.", "Take your water pill every morning."],
     ["weight up 3 pounds in a day or 5 in a week", "more short of breath", "swelling in legs"]),
    ("Laparoscopic gallbladder surgery", ["You may shower in 24 hours. No tub baths for 2 weeks.", "Leave the skin glue alone; it will peel off.",
                                          "No lifting over 10 pounds for 2 weeks.", "Eat low-fat foods at first."],
     ["yellow skin or eyes", "redness or pus at incision", "vomiting and cannot keep liquids down"]),
    ("Ankle sprain", ["Rest, ice for 20 minutes several times a day, wrap, and keep it up on pillows.", "Use crutches until you can walk without a limp.",
                      "Take ibuprofen with food for pain."], ["numbness or toes turn blue", "pain getting worse instead of better"]),
    ("Stitches / wound care", ["Keep the bandage clean and dry for 24 hours.", "Then wash gently with soap and water once or twice a day.",
                               "Return to have stitches removed in %d days." % 10], ["red streaks", "pus", "fever"]),
    ("Vaginal delivery - going home", ["Bleeding should slowly get lighter over the next few weeks.", "Nothing in the vagina for 6 weeks.",
                                        "Feed your baby every 2-3 hours.", "Sitz baths help soreness."],
     ["soaking a pad an hour", "fever", "feelings of wanting to hurt yourself or your baby", "bad headache or vision changes"]),
    ("Urinary tract infection", ["Take all of your antibiotic.", "Drink extra water.", "Urinate often and do not hold it."],
     ["back pain", "fever or chills", "vomiting"]),
    ("Ear infection (child)", ["Give amoxicillin twice a day for 10 days.", "Use Tylenol or Motrin for fever or pain.", "Keep child home until fever free 24 hours."],
     ["stiff neck", "fever lasting more than 2 days on antibiotic", "very fussy or not drinking"]),
    ("Chest pain - heart attack ruled out", ["Your heart tests were normal.", "Take 1 baby aspirin daily.", "Keep your stress test appointment."],
     ["chest pain that does not go away in 5 minutes - call 911", "fainting"]),
    ("Back strain", ["Stay active; bed rest makes it worse.", "Heat 20 minutes 3-4 times a day.", "The muscle relaxer can make you sleepy - do not drive."],
     ["loss of bladder or bowel control", "numbness in groin", "weakness in legs"]),
    ("Diabetes / new insulin", ["Check your blood sugar before meals and at bedtime.", "Keep glucose tablets with you.",
                                "Take Lantus at the same time every night."], ["sugar under 70 that does not come up", "sugar over 400"]),
    ("Head injury", ["Someone should stay with you for the next 24 hours.", "No alcohol.", "Tylenol only for headache."],
     ["repeated vomiting", "worse headache", "confusion or hard to wake up", "unequal pupils"]),
    ("Cellulitis", ["Keep your leg raised above your heart when sitting.", "Take the antibiotic until gone.", "Watch the pen marks for spreading redness."],
     ["redness spreading past the line", "fever", "blisters"]),
    ("Hip fracture repair", ["Use your walker at all times.", "Do your exercises from therapy.", "Give your blood thinner shot every day."],
     ["calf pain or swelling", "shortness of breath", "drainage from incision"]),
]


def gen_discharge_instructions(r):
    d = rand_date(r)
    fac = Facility(r)
    topic = pick(r, DI_TOPICS)
    pt = Patient(r, 1, 10, None, d) if "child" in topic[0] else (Patient(r, 18, 40, "F", d) if "delivery" in topic[0] else Patient(r, 18, 95, None, d))
    v = r.randrange(3)
    lines = [pick(r, ["DISCHARGE INSTRUCTIONS", "Patient Discharge Instructions", "GOING HOME INSTRUCTIONS", "Emergency Department Discharge Instructions",
                      "AFTER VISIT SUMMARY", "Instructions for Home Care", None])]
    lines.append(fac.hospital + "   " + fac.phone)
    lines.append("Name: %s     Date: %s" % (pt.name(0), fmt_date(r, d, 2)))
    if v == 0:
        lines += ["You were treated for: %s" % topic[0], "", "WHAT TO DO AT HOME:"]
        lines += ["  * " + x for x in topic[1]]
        lines += ["", "MEDICINES:"]
        for m in med_list(r, 1, 5):
            lines.append("  %s %s - %s" % (cap_first(m[0]), m[1], m[2]))
        lines += ["", "CALL YOUR DOCTOR OR COME BACK TO THE ER IF YOU HAVE:"]
        lines += ["  - " + x for x in topic[2]]
        lines += ["", "FOLLOW-UP: %s on %s" % (pick(r, [dr(r), "your family doctor", fac.clinic]), fmt_date(r, d + dt.timedelta(days=r.randint(2, 14)), 2)),
                  "", "I have received and understand these instructions.", "Patient/Caregiver: __________________   Nurse: %s" % provider(r, "rn")]
    elif v == 1:
        lines += ["Diagnosis: " + topic[0],
                  checkbox(r, "Diet:", ["Regular", "Low salt", "Diabetic", "Soft", "Clear liquids"]),
                  checkbox(r, "Activity:", ["As tolerated", "Limited", "No driving", "Bed rest"]),
                  checkbox(r, "Work/School:", ["May return", "Off until f/u", "Light duty"]),
                  "Special instructions: " + " ".join(topic[1]),
                  "Return if: " + "; ".join(topic[2]) + ".",
                  "Prescriptions given: " + pick(r, ["none", "1", "2", "sent to pharmacy"]),
                  "F/u: " + pick(r, ["clinic 1 wk", "PCP 2-3 days", "surgeon 10-14 days", "prn"]),
                  "Discharged via: " + pick(r, ["w/c to car w/ family", "ambulatory", "carried by parent", "ambulance"]) + " at " + fmt_time(r, False)]
    else:
        lines += ["", "Dear %s," % pt.first if chance(r, 0.5) else "",
                  "Today you were seen for %s. Here is what you need to know." % topic[0].lower()]
        lines += [" ".join(topic[1])]
        lines += ["Come back right away or call 911 for: " + oxford(topic[2]) + ".",
                  pick(r, ["Our clinic nurse will call you in 2 days to check on you.", "Bring all of your pill bottles to your next appointment.",
                           "If you do not have a doctor, call %s to set one up." % fac.phone])]
    return "\n".join(x for x in lines if x is not None)


# ---------------------------------------------------------------------------
# other (misc)
# ---------------------------------------------------------------------------


def gen_other(r):
    d = rand_date(r)
    fac = Facility(r)
    pt = Patient(r, 5, 99, None, d)
    k = r.randrange(8)
    if k == 0:
        lines = [pick(r, ["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "Fax", "*** CONFIDENTIAL FAX ***"]),
                 "Date: %s" % fmt_date(r, d, 0),
                 "To: %s   Fax: (%s) %s-%s" % (pick(r, [dr(r) + "'s office", "Medical Records", fac.tertiary + " Admissions", "Hometown Drug", "Home Health"]),
                                              pick(r, ["316", "402", "785"]), digits(r, 3), digits(r, 4)),
                 "From: %s   Fax: %s   Phone: %s" % (pick(r, [fac.clinic, fac.hospital, fac.nh]), fac.fax, fac.phone),
                 "Pages (including cover): %d" % r.randint(2, 18),
                 "Re: %s" % pick(r, ["records as requested", "labs", "referral", "patient %s" % pt.name(0), "prior auth"]),
                 checkbox(r, "", ["Urgent", "For review", "Please reply", "Please call"]),
                 "Comments: " + pick(r, ["", "Please call to confirm receipt.", "2nd request.", "Pt has appt Tues."]),
                 "CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you have received this fax in error, please notify the sender immediately and destroy the documents."]
        return "\n".join(lines)
    if k == 1:
        lines = [pick(r, ["FOOD INTAKE RECORD", "Meal Consumption Log", "Calorie Count", "DIETARY INTAKE LOG"]),
                 pick(r, [fac.nh, fac.hospital]), "Resident: %s   Diet: %s" % (pt.name(1), pick(r, ["NAS", "mech soft", "pureed", "CCHO", "regular"])),
                 "Date        Bkft  Lunch  Supper  Snacks  Fluids(mL)"]
        for i in range(r.randint(3, 7)):
            lines.append("%-11s %3d%%  %3d%%   %3d%%    %-6s  %d" % (fmt_date(r, d + dt.timedelta(days=i), 1), r.choice([0, 25, 50, 75, 100]),
                                                              r.choice([0, 25, 50, 75, 100]), r.choice([25, 50, 75, 100]),
                                                              pick(r, ["Y", "N", "Ensure", "refused"]), r.randint(400, 1800)))
        lines.append("Dietary mgr: %s" % pick(r, FIRST_F))
        return "\n".join(lines)
    if k == 2:
        ex = some(r, ["Ankle pumps - 20 reps", "Quad sets - hold 5 sec, 10 reps", "Heel slides - 10 reps", "Straight leg raise - 10 reps each leg",
                      "Seated marching - 15 reps", "Sit to stand from chair - 5 reps", "Wall push-ups - 10", "Pendulum swings - 1 min",
                      "Shoulder wand flexion - 10", "Bridging - 10 reps", "Hamstring stretch - hold 30 sec x 3", "Calf raises holding counter - 10"], 3, 7)
        lines = [pick(r, ["HOME EXERCISE PROGRAM", "Physical Therapy Exercises", "PT Home Program", "Your Exercises"]),
                 "%s Rehab Services" % fac.hospital, "For: %s   Therapist: %s, PT" % (pt.name(0), pick(r, DOC_LAST)),
                 "Do %s." % pick(r, ["2 times a day", "once daily", "3 times a day"])] + ["%d. %s" % (i + 1, x) for i, x in enumerate(ex)]
        lines.append(pick(r, ["Stop if sharp pain.", "Ice after exercises.", "Call the rehab dept with questions.", ""]))
        return "\n".join(x for x in lines if x)
    if k == 3:
        lines = [pick(r, ["STATEMENT", "PATIENT STATEMENT", "Billing Statement", "ACCOUNT SUMMARY"]), fac.hospital, fac.addr(),
                 "Statement date: %s   Account: %s" % (fmt_date(r, d, 0), pt.acct),
                 "Guarantor: %s" % pt.name(0), "", "Date       Description                         Charges   Credits"]
        tot = 0
        for i in range(r.randint(2, 8)):
            ch = r.randint(20, 2400)
            desc = pick(r, ["Office visit est lvl 3", "CBC", "Chest x-ray 2 view", "ER visit level 4", "Laceration repair", "Venipuncture",
                            "Medicare payment", "Insurance adjustment", "Patient payment - thank you", "Flu vaccine", "ECG", "Room & board"])
            if "payment" in desc or "adjustment" in desc:
                lines.append("%-10s %-35s %9s %9.2f" % (fmt_date(r, d - dt.timedelta(days=r.randint(5, 90)), 1), desc, "", ch))
                tot -= ch
            else:
                lines.append("%-10s %-35s %9.2f" % (fmt_date(r, d - dt.timedelta(days=r.randint(5, 90)), 1), desc, ch))
                tot += ch
        lines += ["", "AMOUNT DUE: $%.2f" % max(tot, 0), pick(r, ["Payment plans available. Call the business office.",
                                                                  "Please pay by the 25th.", "Financial assistance applications are available."])]
        return "\n".join(lines)
    if k == 4:
        lines = [pick(r, ["PATIENT SIGN-IN SHEET", "Sign In Please", "Clinic Sign-In", "Walk-In Clinic Sign-In"]),
                 fac.clinic + "   " + fmt_date(r, d, 2),
                 "Please do not write your reason for visit.", "Name                       Time in   Appt w/       Arrived"]
        for _ in range(r.randint(4, 14)):
            p = person(r)
            lines.append("%-26s %-9s %-13s %s" % (p["first"] + " " + p["last"], fmt_time(r, False), pick(r, DOC_LAST), pick(r, ["x", "", "late"])))
        return "\n".join(lines)
    if k == 5:
        lines = [pick(r, ["ACTIVITY CALENDAR", "Activities This Week", "Resident Activity Participation"]), fac.nh,
                 "Week of %s" % fmt_date(r, d, 2)]
        for day in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]:
            lines.append("%s: %s" % (day, ", ".join(some(r, ["Bingo 2pm", "Church service", "Chair exercise", "Bible study", "Manicures",
                                                             "Sing-along with Methodist choir", "Popcorn & movie", "Card club", "Pet visit",
                                                             "Birthday party", "Ice cream social", "Reminiscing group"], 1, 3))))
        return "\n".join(lines)
    if k == 6:
        lines = [pick(r, ["APPOINTMENT REMINDER", "Appointment Card", "Reminder"]), fac.clinic, "",
                 "%s has an appointment with %s on %s at %s." % (pt.name(0), dr(r), fmt_date(r, d, 2), fmt_time(r, False)),
                 pick(r, ["Please arrive 15 minutes early.", "Please fast after midnight for lab work.", "Bring your insurance card.",
                          "24 hours notice is required to cancel."]), fac.phone]
        return "\n".join(lines)
    lines = [pick(r, ["BLOOD GLUCOSE LOG", "Glucose Monitoring Record", "BP Log - Home"]), "Name: %s" % pt.name(0)]
    if "BP" in lines[0]:
        for i in range(r.randint(4, 12)):
            lines.append("%s  AM %d/%d  PM %d/%d" % (fmt_date(r, d + dt.timedelta(days=i), 1), r.randint(110, 170), r.randint(60, 100),
                                                     r.randint(110, 170), r.randint(60, 100)))
    else:
        lines.append("Date      Bkft  Lunch  Supper  HS")
        for i in range(r.randint(4, 12)):
            lines.append("%-9s %4d  %4d  %5d  %3s" % (fmt_date(r, d + dt.timedelta(days=i), 1), r.randint(70, 260), r.randint(80, 300),
                                                     r.randint(80, 320), pick(r, ["", str(r.randint(90, 250))])))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# driver
# ---------------------------------------------------------------------------

GENERATORS = {
    "discharge_summary": gen_discharge_summary,
    "history_physical": gen_history_physical,
    "progress_note": gen_progress_note,
    "consult_note": gen_consult_note,
    "operative_note": gen_operative_note,
    "procedure_note": gen_procedure_note,
    "lab_report": gen_lab_report,
    "imaging_report": gen_imaging_report,
    "pathology_report": gen_pathology_report,
    "medication_list": gen_medication_list,
    "prescription": gen_prescription,
    "anesthesia_record": gen_anesthesia_record,
    "correspondence": gen_correspondence,
    "consent_form": gen_consent_form,
    "referral_letter": gen_referral_letter,
    "advance_directive": gen_advance_directive,
    "ecg_report": gen_ecg_report,
    "immunization_record": gen_immunization_record,
    "registration_form": gen_registration_form,
    "insurance_card": gen_insurance_card,
    "nursing_note": gen_nursing_note,
    "ed_note": gen_ed_note,
    "transfer_summary": gen_transfer_summary,
    "provider_orders": gen_provider_orders,
    "discharge_instructions": gen_discharge_instructions,
    "other": gen_other,
}


def postprocess(r, text):
    """light scanning/transcription noise, whitespace cleanup"""
    lines = [ln.rstrip() for ln in text.split("\n")]
    # collapse runs of blank lines
    out = []
    for ln in lines:
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    text = "\n".join(out).strip("\n")
    if chance(r, 0.08):
        text = text.upper()
    if chance(r, 0.06):
        text += "\n" + pick(r, ["Page 1 of 1", "-- end of document --", "CONFIDENTIAL", "Scanned %s" % fmt_date(r, rand_date(r), 0)])
    return text + "\n"


def generate(seed, per_type):
    docs = []
    for label, fn in GENERATORS.items():
        seen = set()
        i = 0
        attempt = 0
        while i < per_type:
            r = random.Random("%d|%s|%d|%d" % (seed, label, i, attempt))
            _LOCAL["fac"] = None
            text = postprocess(r, fn(r))
            h = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if h in seen:
                attempt += 1
                if attempt > 50 * (i + 1) + 1000:
                    raise RuntimeError("cannot create distinct documents for %s" % label)
                continue
            seen.add(h)
            docid = "fam_community-%s-%d-%04d" % (label, seed, i)
            docs.append({"id": docid, "label": label, "text": text})
            i += 1
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args(argv)
    docs = generate(a.seed, a.per_type)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d documents (%d types x %d) to %s" % (len(docs), len(GENERATORS), a.per_type, a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
