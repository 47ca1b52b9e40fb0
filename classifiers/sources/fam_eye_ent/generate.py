#!/usr/bin/env python3
"""Synthetic eye & ear hospital document generator (entirely fictitious data).

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
Standard library only. Deterministic for a given seed.
"""
import argparse
import datetime
import json
import random

TYPES = ["discharge_summary", "history_physical", "progress_note", "consult_note",
         "operative_note", "procedure_note", "lab_report", "imaging_report",
         "pathology_report", "medication_list", "prescription", "anesthesia_record",
         "correspondence", "consent_form", "referral_letter", "advance_directive",
         "ecg_report", "immunization_record", "registration_form", "insurance_card",
         "nursing_note", "ed_note", "transfer_summary", "provider_orders",
         "discharge_instructions", "other"]

# ----------------------------------------------------------------------------
# basic data (all invented)
# ----------------------------------------------------------------------------
FIRST_M = ["James", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
           "Charles", "Daniel", "Matthew", "Anthony", "Donald", "Mark", "Paul", "Steven",
           "Kenneth", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason",
           "Gary", "Frank", "Raymond", "Eugene", "Walter", "Harold", "Luis", "Carlos",
           "Tyrone", "Dmitri", "Hiroshi", "Ahmed", "Liam", "Noah", "Ethan", "Mason"]
FIRST_F = ["Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
           "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Margaret", "Betty", "Sandra",
           "Dorothy", "Helen", "Donna", "Carol", "Ruth", "Sharon", "Michelle", "Laura",
           "Evelyn", "Gloria", "Rosa", "Maria", "Keisha", "Mei", "Priya", "Olga", "Fatima",
           "Emma", "Olivia", "Ava", "Sophia", "Mildred", "Bernice", "Joan", "Theresa"]
LAST = ["Abernathy", "Baptiste", "Calloway", "Dunleavy", "Ellingson", "Fairbanks",
        "Gallardo", "Hargrove", "Iverson", "Jankowski", "Kettering", "Lindqvist",
        "Maddox", "Nakamura", "Okafor", "Pellegrino", "Quintero", "Rasmussen",
        "Szabo", "Thibodeaux", "Underhill", "Vasquez", "Whitcomb", "Yablonski",
        "Zeller", "Brannigan", "Castellano", "DeLuca", "Esposito", "Fitzhugh",
        "Grabowski", "Holloway", "Ingram", "Jorgensen", "Kowalczyk", "Lachance",
        "Merriweather", "Novak", "O'Rourke", "Pruitt", "Rutledge", "Stavros",
        "Trammell", "Villanueva", "Wojcik", "Ashworth", "Birnbaum", "Coughlin",
        "Delacroix", "Eastman", "Fenwick", "Goldfarb", "Haverford", "McAllister",
        "Nguyen", "Patel", "Ramirez", "Okonkwo", "Sorensen", "Tran", "Marchetti"]
STREETS = ["Elm St", "Oak Ridge Rd", "Maple Ave", "Harbor View Dr", "Cedar Ln", "Mill Pond Rd",
           "Linden Ct", "Bramble Way", "Quarry Rd", "Lakeview Ter", "Sycamore St",
           "Pheasant Run", "Old County Rd", "Birchwood Dr", "Chestnut Hill Ave"]
TOWNS = [("Ashford Falls", "PA", "19"), ("Millbrook", "OH", "44"), ("Westmere", "NY", "12"),
         ("Cold Harbor", "MA", "02"), ("Dunmore Heights", "NJ", "07"), ("Pine Bluff Ridge", "CT", "06"),
         ("East Halvorsen", "MI", "48"), ("Greyfield", "MD", "21"), ("North Tallis", "VT", "05")]

FACILITIES = [
    {"name": "Calloway Eye & Ear Hospital", "short": "CEEH", "addr": "1400 Foundry Street", "city": "Ashford Falls, PA 19044", "ph": "(610) 555-0140"},
    {"name": "Northgate Eye and Ear Infirmary", "short": "NEEI", "addr": "22 Commonwealth Row", "city": "Cold Harbor, MA 02188", "ph": "(617) 555-0172"},
    {"name": "St. Brendan Eye & Ear Institute", "short": "SBEEI", "addr": "900 Lakeshore Blvd", "city": "Millbrook, OH 44120", "ph": "(216) 555-0119"},
    {"name": "Westmere Regional Eye and Ear Center", "short": "WREEC", "addr": "310 Albion Ave", "city": "Westmere, NY 12203", "ph": "(518) 555-0163"},
]
CLINICS_EYE = ["Ophthalmology Clinic", "Retina Service", "Glaucoma Service", "Cornea & External Disease",
               "Comprehensive Ophthalmology", "Pediatric Ophthalmology & Strabismus", "Optometry Service",
               "Oculoplastics"]
CLINICS_ENT = ["Otolaryngology Clinic", "Department of Otolaryngology - Head & Neck Surgery",
               "Rhinology & Sinus Center", "Audiology", "Voice & Swallowing Center",
               "Otology/Neurotology", "Pediatric ENT"]

INSURERS = [("Keystone Mutual Health", "PPO"), ("BlueRidge Health Plan", "HMO"), ("Medicare", "Part B"),
            ("Commonwealth Medicaid", "Managed Care"), ("Allied Benefit Trust", "EPO"),
            ("Harborline Health", "POS"), ("Unity Senior Advantage", "Medicare Advantage"),
            ("Cornerstone Vision Plus", "Vision")]

SPEC_CRED = {
    "ophth": ("MD", ["Ophthalmology", "Retina", "Glaucoma", "Cornea", "Oculoplastics", "Pediatric Ophthalmology"]),
    "optom": ("OD", ["Optometry"]),
    "ent": ("MD", ["Otolaryngology", "Rhinology", "Otology", "Head and Neck Surgery", "Laryngology", "Pediatric Otolaryngology"]),
    "aud": ("AuD, CCC-A", ["Audiology"]),
    "anes": ("MD", ["Anesthesiology"]),
    "crna": ("CRNA", ["Anesthesia"]),
    "rn": ("RN", ["Nursing"]),
    "pcp": ("MD", ["Internal Medicine", "Family Medicine"]),
    "path": ("MD", ["Pathology"]),
    "rad": ("MD", ["Radiology"]),
    "pa": ("PA-C", ["Otolaryngology", "Ophthalmology"]),
    "np": ("NP", ["Otolaryngology", "Ophthalmology"]),
    "ed": ("MD", ["Emergency Medicine"]),
    "hosp": ("MD", ["Hospital Medicine"]),
    "card": ("MD", ["Cardiology"]),
}


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def maybe(r, p, s, alt=""):
    return s if r.random() < p else alt


def sample(r, seq, k):
    k = max(0, min(k, len(seq)))
    return r.sample(list(seq), k)


class Person:
    def __init__(self, r, role="ophth", sex=None):
        self.sex = sex or pick(r, "MF")
        self.first = pick(r, FIRST_M if self.sex == "M" else FIRST_F)
        self.last = pick(r, LAST)
        self.mi = pick(r, "ABCDEFGHJKLMNPRSTW")
        self.role = role
        cred, specs = SPEC_CRED.get(role, ("MD", ["Medicine"]))
        self.cred = cred
        self.spec = pick(r, specs)
        self.npi = "1" + "".join(str(r.randrange(10)) for _ in range(9))

    def full(self, r=None, style=0):
        if style == 1:
            return "%s, %s %s." % (self.last, self.first, self.mi)
        if style == 2:
            return "%s. %s" % (self.first[0], self.last)
        return "%s %s. %s" % (self.first, self.mi, self.last)

    def sig(self):
        return "%s %s. %s, %s" % (self.first, self.mi, self.last, self.cred)

    def dr(self):
        if self.cred.startswith("MD") or self.cred.startswith("OD") or self.cred.startswith("DO"):
            return "Dr. %s" % self.last
        if "AuD" in self.cred:
            return "Dr. %s" % self.last
        return "%s %s" % (self.first, self.last)


def rdate(r, y0=1998, y1=2024):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(r.randint(start, end))


def fdate(d, style):
    if style == 0:
        return d.strftime("%m/%d/%Y")
    if style == 1:
        return d.strftime("%B %d, %Y").replace(" 0", " ")
    if style == 2:
        return d.strftime("%d-%b-%Y").upper()
    if style == 3:
        return d.strftime("%Y-%m-%d")
    if style == 4:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    return d.strftime("%m-%d-%Y")


def ftime(r):
    return "%02d:%02d" % (r.randint(6, 19), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 48, 50, 55]))


def phone(r, area=None):
    area = area or pick(r, ["610", "484", "617", "781", "216", "440", "518", "860", "973", "301"])
    return "(%s) 555-01%02d" % (area, r.randrange(100))


class Patient:
    def __init__(self, r, minage=1, maxage=92):
        self.sex = pick(r, "MF")
        self.first = pick(r, FIRST_M if self.sex == "M" else FIRST_F)
        self.last = pick(r, LAST)
        self.mi = pick(r, "ABCDEFGHJKLMNPRSTW ").strip()
        self.age = r.randint(minage, maxage)
        self.visit = rdate(r)
        self.dob = datetime.date.fromordinal(self.visit.toordinal() - self.age * 365 - r.randint(1, 360))
        self.mrn = pick(r, ["", "E", "M", "00"]) + "".join(str(r.randrange(10)) for _ in range(r.choice([6, 7, 8])))
        self.acct = "".join(str(r.randrange(10)) for _ in range(9))
        t = pick(r, TOWNS)
        self.street = "%d %s" % (r.randint(3, 9800), pick(r, STREETS))
        self.city, self.state = t[0], t[1]
        self.zip = t[2] + "%03d" % r.randrange(1000)
        self.phone = phone(r)
        ins = pick(r, [x for x in INSURERS if x[0] not in ("Medicare", "Unity Senior Advantage")] if self.age < 65 else INSURERS[2:3] * 3 + INSURERS[6:7] * 2 + INSURERS)
        self.ins, self.plan = ins
        self.memid = pick(r, ["XJK", "W", "MBR", "", "HP"]) + "".join(str(r.randrange(10)) for _ in range(r.choice([8, 9, 10])))
        self.group = "%05d" % r.randrange(100000)
        self.allergies = pick(r, [["NKDA"], ["NKDA"], ["NKDA"], ["Penicillin (hives)"], ["Sulfa (rash)"],
                                  ["Codeine (nausea)"], ["Latex"], ["Iodinated contrast (hives)", "Penicillin"],
                                  ["Neomycin (periocular dermatitis)"]])
        self.pmh = self._pmh(r)
        self.ht_in = r.randint(58, 75) if self.age > 15 else r.randint(30, 60)
        self.wt_lb = r.randint(110, 260) if self.age > 15 else r.randint(25, 110)

    def _pmh(self, r):
        if self.age < 18:
            return sample(r, ["asthma, mild intermittent", "recurrent otitis media", "seasonal allergies",
                              "ADHD", "eczema", "born at 36 weeks"], r.randint(0, 2))
        pool = ["hypertension", "type 2 diabetes mellitus", "hyperlipidemia", "GERD",
                "coronary artery disease", "atrial fibrillation", "hypothyroidism", "osteoarthritis",
                "COPD", "obstructive sleep apnea", "depression", "benign prostatic hyperplasia",
                "chronic kidney disease stage 3", "asthma", "migraine"]
        if self.sex == "F":
            pool.remove("benign prostatic hyperplasia")
        k = r.randint(0, 2) if self.age < 50 else r.randint(1, 5)
        return sample(r, pool, k)

    def name(self, style=0):
        mi = (" " + self.mi + ".") if self.mi else ""
        if style == 1:
            return "%s, %s%s" % (self.last.upper(), self.first.upper(), mi.upper())
        if style == 2:
            return "%s %s" % (self.first, self.last)
        if style == 3:
            return "%s, %s" % (self.last, self.first)
        return "%s%s %s" % (self.first, mi, self.last)

    def mr(self):
        return "Mr." if self.sex == "M" else "Ms."

    def he(self):
        return "he" if self.sex == "M" else "she"

    def his(self):
        return "his" if self.sex == "M" else "her"

    def sexw(self):
        if self.age < 18:
            return "boy" if self.sex == "M" else "girl"
        return "man" if self.sex == "M" else "woman"

    def diabetic(self):
        return "type 2 diabetes mellitus" in self.pmh


# ----------------------------------------------------------------------------
# rendering helpers
# ----------------------------------------------------------------------------
HEAD_STYLES = ["caps_colon", "caps_inline", "title_colon", "underline", "numbered", "title_inline",
               "caps_block", "bare"]


def head(h, style, i=0):
    if style == "caps_colon":
        return h.upper() + ":\n"
    if style == "caps_inline":
        return h.upper() + ": "
    if style == "title_colon":
        return h + ":\n"
    if style == "title_inline":
        return h + ": "
    if style == "underline":
        return h.upper() + "\n" + "-" * len(h) + "\n"
    if style == "numbered":
        return "%d. %s:\n" % (i + 1, h.upper())
    if style == "caps_block":
        return h.upper() + "\n"
    return ""


def render(r, sections, style=None, gap=None):
    """sections: list of (heading-or-list-of-synonyms, body). Empty body -> skipped."""
    style = style or pick(r, HEAD_STYLES)
    gap = gap if gap is not None else pick(r, ["\n\n", "\n", "\n\n"])
    out = []
    i = 0
    for h, body in sections:
        if body is None or body == "":
            continue
        if isinstance(h, (list, tuple)):
            h = pick(r, h)
        if h is None:
            out.append(body)
            continue
        out.append(head(h, style, i) + body)
        i += 1
    return gap.join(out)


def letterhead(r, fac, dept=None, style=None):
    style = r.randrange(6) if style is None else style
    dept = dept or ""
    if style == 0:
        return "%s\n%s\n%s, %s\nTel %s  Fax %s" % (fac["name"].upper(), dept, fac["addr"], fac["city"], fac["ph"], fac["ph"][:-2] + "%02d" % r.randrange(100))
    if style == 1:
        return "%s  |  %s\n%s - %s - %s" % (fac["name"], dept, fac["addr"], fac["city"], fac["ph"])
    if style == 2:
        return "            %s\n          %s\n     %s * %s" % (fac["name"], dept, fac["addr"], fac["city"])
    if style == 3:
        return "%s\n%s" % (fac["short"], dept)
    if style == 4:
        return "%s - %s" % (fac["name"], dept) if dept else fac["name"]
    return ""


def banner(r, pt, style=None, d=None, ds=0, extra=None):
    style = r.randrange(7) if style is None else style
    d = d or pt.visit
    if style == 0:
        s = "Patient: %s    MRN: %s    DOB: %s" % (pt.name(), pt.mrn, fdate(pt.dob, ds))
    elif style == 1:
        s = "NAME: %s\nMED REC #: %s   ACCT #: %s\nDOB: %s   AGE: %d   SEX: %s" % (pt.name(1), pt.mrn, pt.acct, fdate(pt.dob, 0), pt.age, pt.sex)
    elif style == 2:
        s = "%s  (%s)  %dy %s  MRN %s" % (pt.name(3), fdate(pt.dob, ds), pt.age, pt.sex, pt.mrn)
    elif style == 3:
        s = "PT NAME: %s          DATE: %s\nMR#: %s                 D.O.B.: %s" % (pt.name(1), fdate(d, 0), pt.mrn, fdate(pt.dob, 0))
    elif style == 4:
        s = "%s\n%s  %s\nMRN: %s  Acct: %s" % (pt.name(1), pt.sex, fdate(pt.dob, 0), pt.mrn, pt.acct)
    elif style == 5:
        s = "Name: %s | DOB: %s | MRN: %s | Date of Service: %s" % (pt.name(2), fdate(pt.dob, ds), pt.mrn, fdate(d, ds))
    else:
        s = "%s   #%s" % (pt.name(1), pt.mrn)
    if extra:
        s += "\n" + extra
    return s


def footer(r, pt, author=None, d=None, kind=None):
    kind = r.randrange(8) if kind is None else kind
    d = d or pt.visit
    if kind == 0 and author:
        return "Electronically signed by %s on %s at %s" % (author.sig(), fdate(d, 0), ftime(r))
    if kind == 1 and author:
        td = datetime.date.fromordinal(d.toordinal() + r.randint(0, 3))
        return "D: %s  T: %s\nJob #%d  Doc #%d" % (fdate(d, 4), fdate(td, 4), r.randint(10000, 999999), r.randint(1000, 99999))
    if kind == 2:
        return "CONFIDENTIAL: This document contains protected health information."
    if kind == 3 and author:
        return "______________________________\n%s\n%s" % (author.sig(), fdate(d, 0))
    if kind == 4:
        return "Page 1 of 1"
    if kind == 5 and author:
        return "Dictated but not read. %s" % author.sig()
    if kind == 6:
        return "Printed %s %s by %s" % (fdate(datetime.date.fromordinal(d.toordinal() + r.randint(0, 400)), 0), ftime(r), pick(r, ["HIM", "ROI", "jdoyle", "mpatel2", "SCANUSER"]))
    return ""


def fax_header(r, fac, d, pages=None):
    pages = pages or r.randint(1, 5)
    return "%s %s FROM: %s %s  TO: %s  P.%02d/%02d" % (
        fdate(d, 4), ftime(r), fac["short"], fac["ph"].replace("(", "").replace(") ", "-"),
        phone(r).replace("(", "").replace(") ", ""), 1, pages)


OCR_SUBS = {"l": ["1", "I", "|"], "I": ["l", "1"], "O": ["0"], "o": ["0", "c"], "0": ["O"],
            "e": ["c", "o"], "m": ["rn", "nn"], "c": ["e"], "S": ["5"], "5": ["S"], "B": ["8"],
            "1": ["l", "I"], ",": ["."], ".": [",", ""], "a": ["o", "e"], "h": ["b", "li"],
            "t": ["f", "l"], "i": ["l", "1"], "n": ["ri", "h"], "u": ["v", "ii"], "g": ["q"], "/": ["l", "I"]}


def ocr(r, text, level):
    """Simulate scanning artefacts. level 0 = clean, 1 = light, 2 = heavy."""
    if level <= 0:
        return text
    rate = 0.004 if level == 1 else 0.018
    out = []
    for ch in text:
        x = r.random()
        if x < rate and ch in OCR_SUBS:
            out.append(pick(r, OCR_SUBS[ch]))
        elif x < rate * 1.25 and ch.isalpha():
            continue
        elif x < rate * 1.4 and ch == " ":
            out.append("  ")
        else:
            out.append(ch)
    t = "".join(out)
    if level == 2:
        lines = t.split("\n")
        nl = []
        for ln in lines:
            if len(ln) > 20 and r.random() < 0.05:
                k = r.randint(5, len(ln) - 5)
                nl.append(ln[:k])
                nl.append(ln[k:].lstrip())
            elif r.random() < 0.02:
                nl.append(pick(r, [".", "'", ":", "~", "-", "|"]) + ln)
            else:
                nl.append(ln)
        t = "\n".join(nl)
    return t


def wrap(text, width):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        ind = len(para) - len(para.lstrip(" "))
        words = para.split(" ")
        line = ""
        for w in words:
            if len(line) + len(w) + 1 > width and line.strip():
                out.append(line.rstrip())
                line = " " * min(ind, 8)
            line += w + " "
        if line.strip():
            out.append(line.rstrip())
    return "\n".join(out)


def paginate(r, text, hdr, every=None):
    """insert page furniture every N lines for long documents"""
    lines = text.split("\n")
    every = every or r.randint(45, 70)
    if len(lines) <= every:
        return text
    chunks = [lines[i:i + every] for i in range(0, len(lines), every)]
    n = len(chunks)
    out = []
    style = r.randrange(3)
    for i, ch in enumerate(chunks):
        if i > 0:
            out.append(hdr + (" (continued)" if style == 0 else ""))
            out.append("")
        out.extend(ch)
        out.append("")
        if style == 0:
            out.append("Page %d of %d" % (i + 1, n))
        elif style == 1:
            out.append("- %d -" % (i + 1))
        else:
            out.append("%s  Page %d" % (hdr.split("\n")[0][:40], i + 1))
        out.append("")
    return "\n".join(out)


def finish(r, text, hdr=None):
    """final pass: optional wrap, pagination and OCR artefacts"""
    if r.random() < 0.3:
        text = wrap(text, r.choice([72, 80, 88]))
    if hdr and r.random() < 0.7:
        text = paginate(r, text, hdr)
    lvl = pick(r, [0, 0, 1, 1, 1, 2])
    text = ocr(r, text, lvl)
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text.strip("\n")

# ----------------------------------------------------------------------------
# clinical content
# ----------------------------------------------------------------------------
EYE_DEF = {"va": "20/25", "iop": 15, "lids": "normal", "conj": "white and quiet", "cornea": "clear",
           "ac": "deep and quiet", "iris": "flat, round", "lens": "trace NS", "vit": "clear",
           "disc": "pink, sharp, C/D 0.3", "mac": "flat, good foveal reflex", "vessels": "normal caliber",
           "periph": "flat 360, no holes or tears"}

ABBR_E = {"OD": "right eye", "OS": "left eye", "OU": "both eyes"}


def side_pick(r):
    s = pick(r, ["right", "left"])
    return s, ("OD" if s == "right" else "OS"), ("OS" if s == "right" else "OD")


def va_worse(r, lvl):
    return pick(r, {1: ["20/30", "20/40", "20/50"], 2: ["20/60", "20/70", "20/80", "20/100"],
                    3: ["20/200", "20/400", "CF 3 ft", "CF 5 ft", "HM", "20/300"]}[lvl])


def med(name, sig, qty="", refills=""):
    return {"name": name, "sig": sig, "qty": qty, "ref": refills}


CASE_KEYS = ["cataract", "poag", "wet_amd", "dme", "rrd", "crvo", "aacg", "keratitis", "orb_cell",
             "endophth", "pterygium", "chalazion", "strabismus", "ptosis", "erm", "open_globe",
             "crs", "septum", "tonsil", "pta", "presby", "ssnhl", "tm_perf", "cholest", "ome",
             "vf_lesion", "hn_scc", "thyroid", "parotid", "epistaxis", "bppv", "meniere"]
EYE_KEYS = CASE_KEYS[:16]
ENT_KEYS = CASE_KEYS[16:]
AGE = {"cataract": (55, 92), "poag": (45, 90), "wet_amd": (62, 95), "dme": (35, 80), "rrd": (30, 80),
       "crvo": (50, 88), "aacg": (50, 85), "keratitis": (18, 60), "orb_cell": (3, 70), "endophth": (60, 90),
       "pterygium": (25, 70), "chalazion": (8, 60), "strabismus": (1, 12), "ptosis": (50, 85), "erm": (55, 85),
       "open_globe": (8, 70), "crs": (25, 75), "septum": (18, 65), "tonsil": (3, 40), "pta": (15, 45),
       "presby": (60, 92), "ssnhl": (30, 75), "tm_perf": (12, 65), "cholest": (8, 65), "ome": (1, 7),
       "vf_lesion": (22, 70), "hn_scc": (45, 82), "thyroid": (25, 75), "parotid": (30, 80), "epistaxis": (40, 90),
       "bppv": (40, 85), "meniere": (30, 70)}
HAS_OP = ["cataract", "poag", "dme", "rrd", "pterygium", "chalazion", "strabismus", "ptosis", "erm",
          "open_globe", "orb_cell", "crs", "septum", "tonsil", "tm_perf", "cholest", "ome", "vf_lesion", "hn_scc",
          "thyroid", "parotid"]
HAS_OPROC = ["wet_amd", "dme", "crvo", "aacg", "keratitis", "endophth", "cataract", "poag", "pta", "ssnhl",
             "vf_lesion", "hn_scc", "epistaxis", "bppv", "thyroid", "crs"]
HAS_PATH = ["pterygium", "chalazion", "crs", "tonsil", "cholest", "vf_lesion", "hn_scc", "thyroid", "parotid",
            "ptosis"]
HAS_IMG = ["cataract", "poag", "wet_amd", "dme", "rrd", "crvo", "erm", "orb_cell", "open_globe", "ptosis",
           "crs", "pta", "ssnhl", "cholest", "hn_scc", "thyroid", "parotid", "presby", "tm_perf", "ome",
           "meniere", "bppv", "endophth"]
INPT = ["orb_cell", "endophth", "open_globe", "keratitis", "pta", "hn_scc", "thyroid", "epistaxis", "tonsil",
        "rrd", "parotid", "crs"]
ED_KEYS = ["rrd", "aacg", "keratitis", "orb_cell", "open_globe", "endophth", "crvo", "pta", "epistaxis",
           "ssnhl", "bppv", "tonsil"]


def make_case(r, key, pt):
    side, E, F = side_pick(r)
    c = {"key": key, "side": side, "E": E, "F": F, "eye": {E: {}, F: {}}, "ent": {}, "op": None,
         "oproc": None, "img": None, "path": None, "labs": ["cbc", "bmp"], "area": "eye" if key in EYE_KEYS else "ent",
         "meds": [], "plan": [], "course": "", "fu": pick(r, ["1 week", "2 weeks", "4-6 weeks", "3 months", "1 month"])}
    he, his, He = pt.he(), pt.his(), pt.he().capitalize()
    n = pt.mr() + " " + pt.last if pt.age >= 18 else pt.first
    c["n"] = n
    sw = side
    dur = pick(r, ["several months", "about a year", "2 years", "6 months", "the past few months"])
    if key == "cataract":
        lv = r.choice([2, 2, 3])
        c.update(dx="Age-related nuclear cataract, %s eye" % sw, short="cataract %s" % E, icd="H25.1%d" % (1 if E == "OD" else 2),
                 cc="blurry vision %s" % E, hpi="%s reports gradually worsening vision in the %s eye over %s, with glare from headlights when driving at night and difficulty reading. %s" % (n, sw, dur, pick(r, ["Glasses no longer help.", "Updated glasses last year did not improve things.", "Has had to stop driving at night."])))
        c["eye"][E].update(va=va_worse(r, lv), lens=pick(r, ["3+ NS, 2+ cortical", "3+ NS", "2-3+ NS with PSC", "dense brunescent NS"]), glare=pick(r, ["20/200", "20/400", "20/100", "20/300"]))
        c["eye"][F].update(va=pick(r, ["20/30", "20/40", "20/25"]), lens=pick(r, ["2+ NS", "1-2+ NS", "PCIOL centered, clear capsule"]))
        iol = pick(r, ["SN60WF", "ZCB00", "AcrySof IQ", "Tecnis 1-piece", "MX60"])
        pw = "%.1f" % (r.randint(36, 48) / 2.0)
        c["iol"] = (iol, pw)
        c["op"] = {"name": "Phacoemulsification with posterior chamber intraocular lens implantation, %s eye" % sw, "cpt": "66984",
                   "anes": pick(r, ["Topical with intracameral lidocaine and MAC", "Retrobulbar block with MAC", "Peribulbar block with MAC"]),
                   "ind": "Visually significant cataract %s interfering with activities of daily living" % E,
                   "findings": c["eye"][E]["lens"] + " cataract",
                   "steps": ("The patient was identified in the preoperative area and the %s eye was marked. After adequate anesthesia, the %s eye was prepped and draped in the usual sterile ophthalmic fashion. A lid speculum was placed. A %s clear corneal incision was made temporally and a paracentesis was created. Viscoelastic was instilled into the anterior chamber. A continuous curvilinear capsulorrhexis was performed with a cystotome and Utrata forceps. Hydrodissection was performed with BSS. The nucleus was removed with phacoemulsification using a %s technique. Residual cortex was removed with irrigation/aspiration. The capsular bag was inflated with viscoelastic and a %s %s D lens was injected into the capsular bag and rotated into position. Viscoelastic was removed. The wounds were hydrated and found to be watertight. Intracameral moxifloxacin was instilled. %s" %
                             (sw, sw, pick(r, ["2.4 mm", "2.2 mm", "2.75 mm"]), pick(r, ["divide and conquer", "stop and chop", "phaco chop"]), iol, pw, pick(r, ["A shield was placed over the eye.", "Maxitrol ointment was applied and the eye was patched and shielded.", "The speculum was removed and a shield taped over the eye."]))),
                   "ebl": "minimal", "spec": "none", "implant": "%s %s diopter posterior chamber IOL" % (iol, pw)}
        c["oproc"] = {"name": "Nd:YAG laser posterior capsulotomy, %s" % E, "cpt": "66821",
                      "steps": "Informed consent obtained. Tropicamide 1%% instilled; one drop of brimonidine given pre-laser. Abraham lens placed with goniosol. Using %d shots at %.1f mJ a cruciate opening was made in the posterior capsule. No IOL pitting. IOP 30 min post-laser %d." % (r.randint(12, 40), r.choice([1.6, 1.8, 2.0, 2.2]), r.randint(12, 20)),
                      "ind": "Posterior capsule opacification %s with decreased vision" % E}
        c["img"] = {"mod": "Optical biometry (IOLMaster) / A-scan", "title": "OCULAR BIOMETRY",
                    "find": "Axial length OD %.2f mm, OS %.2f mm. K1/K2 OD %.2f/%.2f D, OS %.2f/%.2f D. ACD OD %.2f mm, OS %.2f mm. SNR acceptable." % (r.uniform(22.5, 25), r.uniform(22.5, 25), r.uniform(42, 44), r.uniform(43, 45.5), r.uniform(42, 44), r.uniform(43, 45.5), r.uniform(2.6, 3.4), r.uniform(2.6, 3.4)),
                    "imp": "Measurements consistent between eyes. Recommended IOL %s %s D for target -0.25." % (iol, pw)}
        c["meds"] = [med("prednisolone acetate 1% ophthalmic", "1 drop %s QID x 1 week then taper" % E, "5 mL", "1"),
                     med("moxifloxacin 0.5% ophthalmic", "1 drop %s QID x 1 week" % E, "3 mL", "0"),
                     med("ketorolac 0.5% ophthalmic", "1 drop %s QID" % E, "5 mL", "0")]
        c["assess"] = "Visually significant cataract %s, best corrected %s, glare %s." % (E, c["eye"][E]["va"], c["eye"][E]["glare"])
        c["plan"] = ["Discussed risks, benefits and alternatives of cataract surgery %s" % E, "Biometry today; target plano to -0.25", "Schedule phaco/IOL %s" % E, "Pre-op drops instructions given"]
        c["labs"] = ["bmp", "glucose"]
    elif key == "poag":
        c.update(dx="Primary open-angle glaucoma, both eyes, %s stage" % pick(r, ["moderate", "severe", "mild"]), short="POAG OU", icd="H40.1133",
                 cc="glaucoma follow-up", hpi="%s has a history of open-angle glaucoma diagnosed %s ago. %s Denies eye pain or halos. %s" % (n, pick(r, ["5 years", "10 years", "3 years", "many years"]), pick(r, ["Reports compliance with drops but admits missing evening doses.", "Uses latanoprost qhs and timolol bid.", "Has noticed some stinging with drops."]), pick(r, ["Mother had glaucoma.", "No family history of glaucoma.", "Brother has glaucoma."])))
        c["eye"][E].update(iop=r.randint(22, 32), disc="C/D 0.%d with inferior rim thinning" % r.randint(8, 9), va="20/%d" % r.choice([25, 30, 40]))
        c["eye"][F].update(iop=r.randint(16, 24), disc="C/D 0.%d, thin superior rim" % r.randint(6, 8))
        c["op"] = {"name": "Trabeculectomy with mitomycin C, %s eye" % sw if r.random() < 0.5 else "Ahmed glaucoma valve implantation, %s eye" % sw, "cpt": "66170",
                   "anes": "Sub-Tenon's block with MAC", "ind": "Uncontrolled glaucoma %s on maximal medical therapy with progression on visual field" % E,
                   "findings": "IOP %d preoperatively; open angle on gonioscopy" % c["eye"][E]["iop"],
                   "steps": "After sub-Tenon's anesthesia the eye was prepped and draped. A 7-0 Vicryl corneal traction suture was placed superiorly. A fornix-based conjunctival flap was created. Mitomycin C 0.4 mg/mL on pledgets was applied for 2 minutes then irrigated copiously. A partial thickness scleral flap was dissected into clear cornea. A paracentesis was made. Sclerostomy was created with a Kelly punch and peripheral iridectomy performed. The flap was closed with 10-0 nylon releasable sutures with moderate flow. The conjunctiva was closed watertight with 8-0 Vicryl. Bleb formed well; Seidel negative.",
                   "ebl": "<1 mL", "spec": "none", "implant": "none"}
        c["oproc"] = {"name": "Selective laser trabeculoplasty, %s" % E, "cpt": "65855",
                      "steps": "Apraclonidine 0.5%% given pre-laser. Latina SLT gonio lens used. %d non-overlapping spots, 360 degrees, energy %.1f mJ, champagne bubbles noted. Post-laser IOP %d." % (r.randint(90, 110), r.choice([0.8, 0.9, 1.0, 1.1]), r.randint(14, 22)),
                      "ind": "POAG %s above target pressure" % E}
        md = -r.uniform(3, 14)
        c["img"] = {"mod": "Humphrey Visual Field 24-2 SITA Standard", "title": "AUTOMATED PERIMETRY",
                    "find": "Reliability: fixation losses %d/%d, false positives %d%%, false negatives %d%%. %s: MD %.2f dB, PSD %.2f dB, VFI %d%%. Dense %s arcuate defect. GHT outside normal limits. %s: MD %.2f dB, early nasal step." % (r.randint(0, 3), r.randint(14, 18), r.randint(0, 8), r.randint(0, 10), E, md, r.uniform(4, 11), r.randint(60, 92), pick(r, ["superior", "inferior"]), F, -r.uniform(0.5, 4)),
                    "imp": "Glaucomatous field loss %s greater than %s; %s compared with prior." % (E, F, pick(r, ["progression", "stable", "possible progression"]))}
        c["meds"] = [med("latanoprost 0.005% ophthalmic", "1 drop OU at bedtime", "2.5 mL", "5"),
                     med("timolol 0.5% ophthalmic", "1 drop OU twice daily", "10 mL", "5"),
                     med(pick(r, ["dorzolamide 2% ophthalmic", "brimonidine 0.2% ophthalmic"]), "1 drop %s three times daily" % E, "10 mL", "3")]
        c["assess"] = "POAG OU, IOP above target %s (%d mmHg, target <%d)." % (E, c["eye"][E]["iop"], r.randint(14, 18))
        c["plan"] = ["Continue latanoprost qhs OU and timolol bid OU", "Add third agent %s" % E, "Discussed SLT vs trabeculectomy", "Repeat HVF and OCT RNFL in 4 months"]
        c["labs"] = []
    elif key == "wet_amd":
        drug = pick(r, ["aflibercept 2 mg/0.05 mL", "bevacizumab 1.25 mg/0.05 mL", "ranibizumab 0.5 mg/0.05 mL", "faricimab 6 mg/0.05 mL"])
        c["drug"] = drug
        c.update(dx="Exudative age-related macular degeneration, %s eye, with active choroidal neovascularization" % sw, short="wet AMD %s" % E, icd="H35.32%d1" % (1 if E == "OD" else 2),
                 cc="distortion %s" % E, hpi="%s noted new distortion of straight lines and a dark spot centrally in the %s eye %s. %s" % (n, sw, pick(r, ["2 weeks ago", "last week", "over the past month"]), pick(r, ["Known dry AMD on AREDS2 vitamins.", "Currently receiving injections every 6 weeks.", "Amsler grid at home showed new wavy lines."])))
        c["eye"][E].update(va=va_worse(r, r.choice([2, 3])), mac="subretinal fluid, %s, drusen" % pick(r, ["small heme inferotemporal to fovea", "PED with gray-green membrane", "intraretinal fluid"]), lens="2+ NS")
        c["eye"][F].update(mac="large soft drusen, RPE pigment changes, no heme", lens="2+ NS")
        cst = r.randint(330, 560)
        c["img"] = {"mod": "Spectral-domain OCT, macula", "title": "OCT MACULA",
                    "find": "%s: central subfield thickness %d microns, subretinal fluid and fibrovascular PED subfoveally, %s. %s: drusen, no fluid, CST %d microns." % (E, cst, pick(r, ["intraretinal cysts present", "no intraretinal fluid", "subretinal hyperreflective material"]), F, r.randint(250, 290)),
                    "imp": "Active neovascular AMD %s, %s compared to prior. Non-exudative AMD %s." % (E, pick(r, ["increased fluid", "new fluid", "improved but persistent fluid"]), F)}
        c["oproc"] = inj_proc(r, E, drug, "neovascular AMD")
        c["meds"] = [med("AREDS2 vitamin", "1 capsule by mouth twice daily", "", "")]
        c["assess"] = "Neovascular AMD %s with active fluid on OCT; dry AMD %s." % (E, F)
        c["plan"] = ["Intravitreal %s %s today" % (drug.split()[0], E), "Continue AREDS2", "Amsler grid daily", "Return 4-6 weeks for OCT and repeat injection (treat and extend)"]
        c["labs"] = []
    elif key == "dme":
        if "type 2 diabetes mellitus" not in pt.pmh:
            pt.pmh.append("type 2 diabetes mellitus")
        drug = pick(r, ["aflibercept 2 mg/0.05 mL", "bevacizumab 1.25 mg/0.05 mL", "ranibizumab 0.3 mg/0.05 mL"])
        c["drug"] = drug
        c.update(dx="Type 2 diabetes mellitus with proliferative diabetic retinopathy and macular edema, %s eye" % sw, short="PDR/DME %s" % E, icd="E11.351%d" % (1 if E == "OD" else 2),
                 cc="blurred vision, diabetic", hpi="%s with %d years of diabetes, last A1c %.1f%%, presents with blurred vision %s. %s" % (n, r.randint(8, 25), r.uniform(7.5, 11.5), E, pick(r, ["Has had PRP in the past.", "Floaters noted for 1 week.", "Prior bevacizumab injections with partial response."])))
        c["eye"][E].update(va=va_worse(r, 2), mac="CSME with hard exudates, retinal thickening", vit=pick(r, ["clear", "mild vitreous heme inferiorly"]), periph="NVE superotemporal, PRP scars", vessels="dot-blot hemorrhages 4 quadrants, venous beading")
        c["eye"][F].update(mac="scattered dot-blot hemorrhages, no CSME", periph="flat, moderate NPDR")
        c["img"] = {"mod": "OCT macula", "title": "OPTICAL COHERENCE TOMOGRAPHY",
                    "find": "%s: CST %d microns with intraretinal cystoid spaces and subretinal fluid, hyperreflective foci. %s: CST %d microns, mild thickening nasal." % (E, r.randint(380, 620), F, r.randint(260, 320)),
                    "imp": "Center-involving diabetic macular edema %s." % E}
        c["oproc"] = inj_proc(r, E, drug, "center-involving DME")
        c["op"] = {"name": "Pars plana vitrectomy, endolaser panretinal photocoagulation, %s eye" % sw, "cpt": "67040", "anes": "Retrobulbar block with MAC",
                   "ind": "Non-clearing vitreous hemorrhage %s from PDR" % E, "findings": "Dense vitreous hemorrhage, fibrovascular proliferation along arcades, retina attached",
                   "steps": "After retrobulbar block, the eye was prepped and draped. Three 25-gauge trocars were placed 3.5 mm posterior to the limbus. Infusion was confirmed in the vitreous cavity. Core vitrectomy was performed clearing the hemorrhage. Fibrovascular membranes were segmented and delaminated. Endolaser was applied panretinally, approximately %d spots. Peripheral examination with scleral depression revealed no breaks. Trocars removed; sclerotomies self-sealing. Subconjunctival cefazolin and dexamethasone were given." % r.randint(900, 1800),
                   "ebl": "minimal", "spec": "none", "implant": "none"}
        c["meds"] = [med("metformin", "1000 mg by mouth twice daily"), med("insulin glargine", "%d units subcut at bedtime" % r.randint(12, 40)), med("lisinopril", "20 mg by mouth daily")]
        c["assess"] = "PDR with center-involving DME %s; moderate NPDR %s. Suboptimal glycemic control." % (E, F)
        c["plan"] = ["Anti-VEGF injection %s today" % E, "PRP %s next visit" % E, "Letter to PCP regarding glucose/BP control", "RTC 4 weeks"]
        c["labs"] = ["a1c", "bmp", "glucose"]
    elif key == "rrd":
        c.update(dx="Rhegmatogenous retinal detachment, %s eye, macula %s" % (sw, pick(r, ["on", "off"])), short="RRD %s" % E, icd="H33.0%d1" % (1 if E == "OD" else 2),
                 cc="flashes and curtain %s" % E, hpi="%s reports sudden onset of flashes and floaters in the %s eye %d days ago, followed by a shadow coming from the %s. %s" % (n, sw, r.randint(1, 5), pick(r, ["top", "bottom", "side"]), pick(r, ["Highly myopic.", "History of cataract surgery in that eye.", "No trauma."])))
        c["eye"][E].update(va=va_worse(r, r.choice([1, 3])), vit="tobacco dust (Shafer sign +), PVD", periph="bullous superotemporal RD from 10 to 2 o'clock with horseshoe tear at 12")
        buckle = r.random() < 0.35
        c["op"] = {"name": ("Scleral buckle with cryotherapy and drainage of subretinal fluid, %s eye" % sw) if buckle else ("Pars plana vitrectomy, endolaser, air-fluid exchange, SF6 gas tamponade, %s eye" % sw), "cpt": "67107" if buckle else "67108",
                   "anes": pick(r, ["Retrobulbar block with MAC", "General endotracheal anesthesia"]), "ind": "Macula-threatening RRD %s" % E,
                   "findings": "Superotemporal bullous detachment with single horseshoe tear at 12:00; PVR grade A",
                   "steps": ("A 360-degree conjunctival peritomy was performed and the four rectus muscles isolated on 2-0 silk bridle sutures. The break was localized with indirect ophthalmoscopy and treated with transconjunctival cryotherapy. A #42 solid silicone band was placed 360 and secured with 5-0 Mersilene mattress sutures in each quadrant; the buckle was closed superonasally with a Watzke sleeve. An external drainage sclerotomy was made inferotemporally with release of subretinal fluid. IOP was normalized with BSS injected via pars plana. The optic nerve was perfused. Conjunctiva closed with 7-0 Vicryl." if buckle else "The eye was prepped and draped. 25-gauge trocars were placed. Core vitrectomy and PVD confirmation were performed, vitreous base shaved 360 with scleral depression. The horseshoe tear was identified. Perfluoro-n-octane was used to flatten the posterior retina. Air-fluid exchange with drainage through the break. Endolaser 3 rows around the break and 360 peripheral laser. Air was exchanged for 20% SF6. Sclerotomies closed. IOP normal by palpation. Subconjunctival antibiotic and steroid given."),
                   "ebl": "minimal", "spec": "none", "implant": "#42 silicone band" if buckle else "SF6 gas"}
        c["img"] = {"mod": "B-scan ultrasonography", "title": "OCULAR ULTRASOUND",
                    "find": "%s: mobile, highly reflective membrane attached at optic nerve consistent with retinal detachment, superotemporal. Posterior vitreous detachment. No mass." % E,
                    "imp": "Retinal detachment %s." % E}
        c["meds"] = [med("prednisolone acetate 1%", "1 drop %s QID" % E), med("ofloxacin 0.3%", "1 drop %s QID" % E), med("atropine 1%", "1 drop %s twice daily" % E)]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Urgent surgical repair discussed", "Positioning instructions", "No flying or mountain travel with gas bubble", "NPO after midnight"]
        c["course"] = "taken to the OR for repair, positioned postoperatively, and retina attached on postoperative day 1 with good gas fill"
    elif key == "crvo":
        drug = pick(r, ["aflibercept 2 mg/0.05 mL", "bevacizumab 1.25 mg/0.05 mL"])
        c["drug"] = drug
        c.update(dx="Central retinal vein occlusion with macular edema, %s eye" % sw, short="CRVO %s" % E, icd="H34.81%d" % (1 if E == "OD" else 2),
                 cc="painless vision loss %s" % E, hpi="%s woke up %d days ago with painless blurry vision in the %s eye. %s" % (n, r.randint(1, 10), sw, pick(r, ["Has hypertension, not always taking medications.", "No prior eye problems.", "Had similar but milder episode last year."])))
        c["eye"][E].update(va=va_worse(r, 3), disc="hyperemic, swollen", vessels="dilated tortuous veins, 4-quadrant intraretinal hemorrhages, CWS", mac="edema")
        c["img"] = {"mod": "OCT macula / fluorescein angiography", "title": "OCT / IVFA", "find": "%s: CST %d microns with cystoid macular edema. IVFA: delayed venous filling, extensive blocking from hemorrhage, %s." % (E, r.randint(450, 800), pick(r, ["no large areas of nonperfusion", "capillary nonperfusion > 10 DD"])),
                    "imp": "CRVO %s with CME; %s." % (E, pick(r, ["perfused type", "ischemic features"]))}
        c["oproc"] = inj_proc(r, E, drug, "macular edema from CRVO")
        c["meds"] = [med("amlodipine", "5 mg by mouth daily"), med("aspirin", "81 mg by mouth daily")]
        c["assess"] = "CRVO %s with CME. Monitor for neovascularization (gonioscopy each visit)." % E
        c["plan"] = ["Anti-VEGF %s monthly" % E, "BP check with PCP; CBC, lipids, A1c", "Gonioscopy for NVA next visit"]
        c["labs"] = ["cbc", "lipid", "a1c"]
    elif key == "aacg":
        c.update(dx="Acute angle-closure glaucoma, %s eye" % sw, short="acute angle closure %s" % E, icd="H40.21%d" % (1 if E == "OD" else 2),
                 cc="painful red eye with headache", hpi="%s developed severe %s eye pain, headache, nausea and vomiting %s, with halos around lights and blurry vision. %s" % (n, sw, pick(r, ["this evening after watching a movie", "several hours ago", "overnight"]), pick(r, ["Farsighted, wears readers.", "Took an over-the-counter cold medicine today.", "No previous episodes."])))
        c["eye"][E].update(va=va_worse(r, 3), iop=r.randint(48, 68), conj="diffuse ciliary injection", cornea="microcystic edema", ac="shallow, 1+ cell", iris="mid-dilated, nonreactive pupil")
        c["eye"][F].update(ac="shallow, narrow angle", iop=r.randint(14, 19))
        c["oproc"] = {"name": "Laser peripheral iridotomy, %s" % E, "cpt": "66761",
                      "steps": "Pilocarpine 1%% given. Abraham iridotomy lens placed. Nd:YAG %d shots at %.1f mJ superonasally at 11 o'clock; patent iridotomy with aqueous flow observed. Post-laser IOP %d." % (r.randint(3, 15), r.choice([3.0, 4.0, 5.0]), r.randint(14, 22)),
                      "ind": "Angle closure %s" % E}
        c["meds"] = [med("timolol 0.5%", "1 drop %s twice daily" % E), med("brimonidine 0.2%", "1 drop %s three times daily" % E), med("pilocarpine 2%", "1 drop %s four times daily" % E), med("acetazolamide", "500 mg by mouth twice daily"), med("prednisolone acetate 1%", "1 drop %s four times daily" % E)]
        c["assess"] = "Acute angle closure %s, IOP %d; narrow angle %s." % (E, c["eye"][E]["iop"], F)
        c["plan"] = ["Timolol, brimonidine, apraclonidine, acetazolamide 500 mg IV/PO", "IV mannitol if IOP not responding", "Recheck IOP every 30-60 min", "LPI %s once cornea clears; prophylactic LPI %s" % (E, F)]
        c["labs"] = ["bmp"]
    elif key == "keratitis":
        c.update(dx="Bacterial keratitis (corneal ulcer), %s eye, contact lens related" % sw, short="corneal ulcer %s" % E, icd="H16.01%d" % (1 if E == "OD" else 2),
                 cc="red painful eye, contact lens wearer", hpi="%s, a soft contact lens wearer who %s, presents with %d days of pain, redness, photophobia and discharge in the %s eye." % (n, pick(r, ["sleeps in lenses", "swims in lenses", "uses tap water to rinse the case"]), r.randint(1, 4), sw))
        c["eye"][E].update(va=va_worse(r, 2), conj="3+ injection", cornea="%.1f x %.1f mm paracentral infiltrate with overlying epithelial defect, surrounding edema" % (r.uniform(1, 4), r.uniform(1, 4)), ac="2+ cell, %s" % pick(r, ["no hypopyon", "1 mm hypopyon"]))
        c["oproc"] = {"name": "Corneal scraping for culture and smear, %s" % E, "cpt": "65430",
                      "steps": "Proparacaine instilled. Under slit lamp, the ulcer bed and edges were scraped with a sterile #15 blade/ESwab. Specimens plated directly onto blood agar, chocolate agar and Sabouraud, and slides for Gram stain. Patient tolerated well.",
                      "ind": "Suspected infectious keratitis %s" % E}
        c["meds"] = [med("fortified vancomycin 25 mg/mL", "1 drop %s every hour around the clock" % E), med("fortified tobramycin 14 mg/mL", "1 drop %s every hour around the clock, alternating" % E), med("cyclopentolate 1%", "1 drop %s three times daily" % E)]
        c["assess"] = "Contact-lens-associated bacterial keratitis %s, %s." % (E, pick(r, ["central and vision-threatening", "paracentral, moderate size"]))
        c["plan"] = ["Cultures obtained", "Fortified antibiotics hourly", "Discontinue contact lens wear; discard lenses and case", "Daily follow-up"]
        c["labs"] = ["culture"]
        c["course"] = "treated with hourly fortified antibiotics; cultures grew %s; the epithelial defect decreased in size and the infiltrate consolidated" % pick(r, ["Pseudomonas aeruginosa", "Staphylococcus aureus (MSSA)", "coagulase-negative Staphylococcus"])
    elif key == "orb_cell":
        c.update(dx="Orbital cellulitis, %s, secondary to acute ethmoid sinusitis" % sw, short="orbital cellulitis", icd="H05.01%d" % (1 if E == "OD" else 2),
                 cc="eye swelling and fever", hpi="%s with %d days of URI symptoms developed progressive %s eyelid swelling, pain with eye movements and fever to %.1f F." % (n, r.randint(3, 8), sw, r.uniform(101, 103.5)))
        c["eye"][E].update(lids="marked upper and lower lid edema and erythema", conj="chemosis 2+", va=pick(r, ["20/30", "20/25", "20/40"]), motility="restricted abduction and upgaze with pain")
        c["op"] = {"name": "%s endoscopic ethmoidectomy with drainage of subperiosteal orbital abscess" % side.capitalize(), "cpt": "31254, 67405", "anes": "General endotracheal",
                   "ind": "Subperiosteal abscess %s orbit not improving on IV antibiotics" % side, "findings": "Purulence in ethmoid cells; subperiosteal abscess along lamina papyracea drained",
                   "steps": "After induction of general anesthesia, the nose was decongested with oxymetazoline pledgets. Using a 0-degree endoscope, the uncinate was removed and anterior and posterior ethmoidectomy performed. Purulence was encountered and cultured. The lamina papyracea was carefully removed with a Cottle elevator and the abscess drained. Orbital fat was not violated. Hemostasis obtained; dissolvable packing placed.",
                   "ebl": "%d mL" % r.randint(15, 80), "spec": "ethmoid contents and abscess fluid for culture", "implant": "none"}
        c["img"] = {"mod": "CT orbits/sinuses with contrast", "title": "CT ORBITS WITH CONTRAST",
                    "find": "Opacification of %s ethmoid and maxillary sinuses. Preseptal and postseptal soft tissue stranding with %s along the %s lamina papyracea. Mild proptosis. Globe intact. Superior ophthalmic vein normal caliber. No intracranial extension." % (side, pick(r, ["a 14 x 5 mm rim-enhancing subperiosteal collection", "phlegmon without drainable collection"]), side),
                    "imp": "%s orbital cellulitis secondary to ethmoid sinusitis%s." % (side.capitalize(), pick(r, [" with subperiosteal abscess", ""]))}
        c["meds"] = [med("ampicillin-sulbactam", "3 g IV every 6 hours"), med("vancomycin", "per pharmacy dosing IV"), med("oxymetazoline nasal", "2 sprays each nostril BID x 3 days")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Admit, IV antibiotics", "Serial vision/pupil/motility checks q4h", "ENT and ophthalmology co-management", "Repeat CT if no improvement in 48 h"]
        c["course"] = "admitted on IV ampicillin-sulbactam and vancomycin with serial eye checks; swelling and motility improved over 72 hours and was transitioned to oral amoxicillin-clavulanate"
        c["labs"] = ["cbc", "bmp", "crp", "culture"]
        c["meds_dc"] = [med("amoxicillin-clavulanate 875/125 mg", "1 tab by mouth twice daily x 10 days", "20", "0")]
    elif key == "endophth":
        c.update(dx="Acute postoperative endophthalmitis, %s eye" % sw, short="endophthalmitis %s" % E, icd="H44.00%d" % (1 if E == "OD" else 2),
                 cc="pain and decreased vision after cataract surgery", hpi="%s underwent uncomplicated cataract surgery %s %d days ago and now has increasing pain, redness and decreased vision." % (n, E, r.randint(3, 7)))
        c["eye"][E].update(va=pick(r, ["HM", "LP", "CF 1 ft"]), conj="3+ injection, chemosis", cornea="mild edema, wound Seidel negative", ac="4+ cell, %d mm hypopyon" % r.randint(1, 3), lens="PCIOL", vit="dense vitritis, no view")
        c["oproc"] = {"name": "Vitreous tap and injection of intravitreal antibiotics, %s" % E, "cpt": "67028, 67015",
                      "steps": "Informed consent. Lidocaine gel and 2% lidocaine subconjunctival. Betadine 5% prep. A 25-gauge needle introduced 3.5 mm posterior to the limbus; 0.2 mL vitreous aspirated and sent for Gram stain and culture. Vancomycin 1 mg/0.1 mL and ceftazidime 2.25 mg/0.1 mL injected via separate 30-gauge needles. Light perception confirmed. IOP by palpation soft.",
                      "ind": "Suspected acute bacterial endophthalmitis"}
        c["img"] = {"mod": "B-scan ultrasonography", "title": "OCULAR ULTRASOUND", "find": "%s: diffuse moderate-density vitreous opacities, no retinal detachment, choroidal thickening." % E, "imp": "Findings consistent with endophthalmitis, retina attached."}
        c["meds"] = [med("prednisolone acetate 1%", "1 drop %s every hour while awake" % E), med("moxifloxacin 0.5%", "1 drop %s QID" % E), med("atropine 1%", "1 drop %s BID" % E)]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Tap and inject today", "Admit for hourly topical therapy and pain control", "Monitor for PPV indication"]
        c["course"] = "underwent tap and inject with vancomycin and ceftazidime; vitreous culture grew coagulase-negative Staphylococcus; hypopyon resolved and vision improved to %s" % pick(r, ["20/200", "CF 6 ft", "20/100"])
        c["labs"] = ["culture", "cbc"]
    elif key == "pterygium":
        c.update(dx="Pterygium, %s eye, encroaching on visual axis" % sw, short="pterygium %s" % E, icd="H11.00%d" % (1 if E == "OD" else 2),
                 cc="growth on eye", hpi="%s reports a growing fleshy lesion on the nasal %s eye with irritation and redness%s." % (n, sw, pick(r, [", worse outdoors", "; works as a landscaper", ", increasing astigmatism"])))
        c["eye"][E].update(conj="nasal fibrovascular pterygium extending %.1f mm onto cornea" % r.uniform(2.5, 4.5))
        c["op"] = {"name": "Excision of pterygium with conjunctival autograft using fibrin glue, %s eye" % sw, "cpt": "65426", "anes": "Topical and subconjunctival lidocaine with MAC",
                   "ind": "Enlarging pterygium with induced astigmatism", "findings": "Nasal pterygium extending onto cornea",
                   "steps": "The head of the pterygium was avulsed from the cornea and the body excised. Tenon's fibrous tissue was removed. The corneal bed was polished with a diamond burr. A superotemporal conjunctival autograft was harvested, transposed limbus-to-limbus and secured with fibrin glue. A bandage contact lens was placed.",
                   "ebl": "minimal", "spec": "pterygium to pathology", "implant": "none"}
        c["path"] = {"spec": "Pterygium, %s eye, excision" % sw, "gross": "Received in formalin is a tan-pink, triangular fragment of soft tissue measuring %.1f x %.1f x 0.1 cm. Entirely submitted in one cassette." % (r.uniform(0.5, 1.0), r.uniform(0.3, 0.6)),
                     "micro": "Sections show conjunctiva with elastotic degeneration of the substantia propria and mild chronic inflammation. The epithelium shows no dysplasia.", "dx": "Conjunctiva, %s eye, excision: pterygium. Negative for dysplasia." % sw}
        c["meds"] = [med("prednisolone acetate 1%", "1 drop %s QID, taper over 4 weeks" % E), med("ofloxacin 0.3%", "1 drop %s QID x 1 week" % E)]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Excision with conjunctival autograft discussed", "Sunglasses"]
        c["labs"] = []
    elif key == "chalazion":
        lid = pick(r, ["upper", "lower"])
        c.update(dx="Chalazion, %s %s eyelid%s" % (sw, lid, pick(r, [", recurrent", ""])), short="chalazion", icd="H00.1%d" % (1 if lid == "upper" and E == "OD" else 2),
                 cc="bump on eyelid", hpi="%s has had a firm bump on the %s %s lid for %s despite warm compresses%s." % (n, sw, lid, pick(r, ["2 months", "6 weeks", "3 months"]), pick(r, [" and a course of erythromycin ointment", "", " and doxycycline"])))
        c["eye"][E].update(lids="%d mm firm nontender nodule %s lid, central, no madarosis" % (r.randint(4, 9), lid))
        c["op"] = {"name": "Incision and curettage of chalazion, %s %s eyelid" % (sw, lid), "cpt": "67800", "anes": "Local (2% lidocaine with epinephrine)",
                   "ind": "Persistent chalazion", "findings": "Lipogranulomatous material",
                   "steps": "After local infiltration a chalazion clamp was placed and the lid everted. A vertical incision was made through the tarsal conjunctiva and contents were curetted. Cyst wall was excised with Westcott scissors and sent to pathology. Hemostasis with pressure. Erythromycin ointment applied.",
                   "ebl": "minimal", "spec": "chalazion contents", "implant": "none"}
        c["path"] = {"spec": "Eyelid, %s %s, chalazion curettings" % (sw, lid), "gross": "Multiple yellow-tan soft tissue fragments aggregating to 0.4 x 0.3 x 0.2 cm. Entirely submitted.",
                     "micro": "Lipogranulomatous inflammation with multinucleated giant cells surrounding clear lipid vacuoles. No atypia; no sebaceous neoplasm.", "dx": "Eyelid, %s %s, curettage: chalazion (lipogranulomatous inflammation). No evidence of malignancy." % (sw, lid)}
        c["meds"] = [med("erythromycin 0.5% ophthalmic ointment", "apply to %s lid twice daily x 1 week" % sw)]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["I&C under local", "Warm compresses, lid hygiene"]
        c["labs"] = []
    elif key == "strabismus":
        t = pick(r, ["esotropia", "exotropia"])
        c.update(dx="Intermittent %s, %s" % (t, pick(r, ["alternating", "basic type"])), short=t, icd="H50.%s" % ("00" if t == "esotropia" else "30"),
                 cc="eye turning", hpi="%s is a %d-year-old whose parents have noticed the eyes turning %s, more when tired%s." % (pt.first, pt.age, "in" if t == "esotropia" else "out", pick(r, [", for about a year", "; patching for amblyopia completed", ", family history of strabismus"])))
        c["eye"][E].update(va="20/%d" % r.choice([25, 30, 40]), motility="%s %d PD at distance, %d PD at near" % ("ET" if t == "esotropia" else "XT", r.randint(20, 40), r.randint(15, 35)))
        rec = "bilateral lateral rectus recessions %.1f mm" % r.choice([5.0, 6.0, 7.0]) if t == "exotropia" else "bilateral medial rectus recessions %.1f mm" % r.choice([4.0, 4.5, 5.0])
        c["op"] = {"name": "Strabismus surgery: %s" % rec, "cpt": "67312", "anes": "General (LMA)", "ind": "%s with loss of fusion control" % t.capitalize(),
                   "findings": "Forced ductions normal", "steps": "Forced ductions were normal. A fornix incision was made inferonasally/inferotemporally. The muscle was isolated on a hook, secured with double-armed 6-0 Vicryl, disinserted, and reattached %s posterior to the original insertion. The conjunctiva was closed. The same was performed on the fellow eye. Tobradex ointment applied." % rec.split()[-2],
                   "ebl": "minimal", "spec": "none", "implant": "none"}
        c["meds"] = [med("tobramycin-dexamethasone ophthalmic ointment", "apply OU three times daily x 1 week")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Strabismus surgery recommended", "Continue glasses"]
        c["labs"] = []
    elif key == "ptosis":
        c.update(dx="Dermatochalasis and acquired blepharoptosis, both upper eyelids, with superior visual field obstruction", short="ptosis/dermatochalasis OU", icd="H02.403, H02.833",
                 cc="droopy eyelids", hpi="%s reports heavy upper lids obstructing the upper vision, difficulty reading and driving, %s." % (n, pick(r, ["lifts lids with fingers to see", "brow fatigue by evening", "present for several years"])))
        c["eye"][E].update(lids="MRD1 %.1f mm, levator function %d mm, dermatochalasis with hooding over lash line" % (r.uniform(0, 1.5), r.randint(12, 16)))
        c["eye"][F].update(lids="MRD1 %.1f mm, dermatochalasis" % r.uniform(0.5, 2))
        c["op"] = {"name": "Bilateral upper eyelid blepharoplasty with external levator advancement", "cpt": "15823, 67904", "anes": "Local with MAC",
                   "ind": "Visually significant ptosis and dermatochalasis", "findings": "Levator dehiscence bilaterally",
                   "steps": "Skin markings were made. After local infiltration, skin and orbicularis were excised. Preaponeurotic fat identified; the dehisced levator aponeurosis was advanced to the tarsus with 6-0 silk and height checked sitting up. Skin closed with 6-0 Prolene running.",
                   "ebl": "<5 mL", "spec": "skin OU (to pathology)", "implant": "none"}
        c["img"] = {"mod": "Visual field, Goldmann/Humphrey superior field, taped and untaped", "title": "VISUAL FIELD - PTOSIS PROTOCOL",
                    "find": "Untaped: superior field limited to %d and %d degrees from fixation. Taped: improves to %d and %d degrees." % (r.randint(10, 25), r.randint(10, 25), r.randint(35, 50), r.randint(35, 50)),
                    "imp": "Significant superior visual field loss from lid position, improved with taping."}
        c["path"] = {"spec": "Upper eyelid skin, bilateral", "gross": "Two elliptical skin fragments, each about 3.0 x 1.0 cm.", "micro": "Skin with solar elastosis; no neoplasm.", "dx": "Skin, upper eyelids, excision: skin with solar elastosis. No malignancy."}
        c["meds"] = [med("erythromycin ophthalmic ointment", "to incisions TID x 1 week")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["External photos and VF for insurance", "Plan bilateral upper bleph/ptosis repair"]
        c["labs"] = []
    elif key == "erm":
        hole = r.random() < 0.5
        c.update(dx=("Full-thickness macular hole, %s eye" if hole else "Epiretinal membrane, %s eye") % sw, short=("macular hole %s" if hole else "ERM %s") % E, icd="H35.34%d" % (1 if E == "OD" else 2) if hole else "H35.37%d" % (1 if E == "OD" else 2),
                 cc="distorted vision %s" % E, hpi="%s notes metamorphopsia and blurry central vision in the %s eye for %s." % (n, sw, pick(r, ["3 months", "6 months", "over a year"])))
        c["eye"][E].update(va=va_worse(r, 2), mac=("full-thickness macular hole with cuff of SRF" if hole else "glistening epiretinal membrane with retinal striae"))
        c["img"] = {"mod": "OCT macula", "title": "OCT MACULA", "find": "%s: %s. CST %d microns." % (E, ("full-thickness macular hole, minimum diameter %d microns, with vitreomacular traction" % r.randint(200, 450)) if hole else "hyperreflective ERM with loss of foveal contour and inner retinal thickening", r.randint(300, 520)),
                    "imp": "%s %s." % ("Macular hole" if hole else "ERM", E)}
        c["op"] = {"name": "Pars plana vitrectomy, membrane peel (%s), %s eye" % ("ILM peel, gas tamponade" if hole else "ERM/ILM peel", sw), "cpt": "67042", "anes": "Retrobulbar block with MAC",
                   "ind": c["dx"], "findings": ("Stage 3 macular hole" if hole else "Dense ERM"),
                   "steps": "25-gauge trocars placed. Core vitrectomy, PVD induced with triamcinolone assistance. ICG/Brilliant Blue stain applied and the ILM peeled in a circular fashion around the fovea with end-gripping forceps. Periphery inspected - no breaks. %s" % ("Fluid-air exchange then 20% SF6; face-down positioning." if hole else "Sclerotomies closed."),
                   "ebl": "minimal", "spec": "none", "implant": "SF6 gas" if hole else "none"}
        c["meds"] = [med("prednisolone acetate 1%", "1 drop %s QID" % E), med("moxifloxacin 0.5%", "1 drop %s QID x 1 week" % E)]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["PPV/membrane peel discussed", "Face-down positioning if gas used"]
        c["labs"] = []
    elif key == "open_globe":
        c.update(dx="Open globe injury (corneoscleral laceration), %s eye" % sw, short="open globe %s" % E, icd="S05.3%sXA" % ("1" if E == "OD" else "2"),
                 cc="eye injury", hpi="%s was %s and was struck in the %s eye %s ago. Immediate pain and decreased vision." % (n, pick(r, ["hammering metal on metal", "cutting brush with a string trimmer", "involved in an altercation", "opening a bungee cord"]), sw, pick(r, ["1 hour", "3 hours", "45 minutes"])))
        c["eye"][E].update(va=pick(r, ["HM", "LP", "CF 2 ft"]), conj="360 subconjunctival hemorrhage", cornea="full-thickness laceration with uveal prolapse, Seidel positive", ac="flat, hyphema", iris="peaked pupil")
        c["op"] = {"name": "Repair of corneoscleral laceration, %s eye" % sw, "cpt": "65280", "anes": "General endotracheal (no retrobulbar block)",
                   "ind": "Open globe injury %s" % E, "findings": "%d mm corneoscleral laceration with uveal prolapse" % r.randint(4, 12),
                   "steps": "Peritomy performed and laceration explored to its posterior extent. Prolapsed uvea reposited with viscoelastic. The limbus was aligned and the cornea closed with interrupted 10-0 nylon; sclera closed with 8-0 nylon. Seidel negative. Subconjunctival cefazolin and dexamethasone given.",
                   "ebl": "minimal", "spec": "none", "implant": "none"}
        c["img"] = {"mod": "CT orbits without contrast", "title": "CT ORBITS WITHOUT CONTRAST", "find": "%s globe contour irregularity with decreased volume. %s. No orbital fracture." % (side.capitalize(), pick(r, ["No radiopaque intraocular foreign body", "Punctate metallic density within the vitreous"])), "imp": "Findings concerning for %s open globe." % side}
        c["meds"] = [med("cefazolin", "1 g IV every 8 hours"), med("moxifloxacin", "400 mg by mouth daily"), med("ondansetron", "4 mg IV q6h prn nausea")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["NPO, shield, no drops or pressure on eye", "IV antibiotics, tetanus update", "OR for repair tonight"]
        c["course"] = "underwent primary repair of the open globe and received 48 hours of IV antibiotics without signs of endophthalmitis"
        c["labs"] = ["cbc", "bmp", "coag"]
    else:
        make_ent_case(r, key, pt, c, n, sw, dur)
    return c


def inj_proc(r, E, drug, ind):
    return {"name": "Intravitreal injection of %s, %s" % (drug.split()[0], E), "cpt": "67028 / J-code",
            "steps": "Time out performed confirming patient, eye (%s), and medication. Lid speculum placed. Topical proparacaine and %s; 5%% povidone-iodine to the ocular surface and lashes. %s 0.05 mL injected %s mm posterior to the limbus %s with a 30-gauge needle. Optic nerve perfused / counting fingers vision confirmed post injection. IOP %d mmHg. No complications. Lot #%s." % (
                E, pick(r, ["4% lidocaine pledget", "lidocaine gel 3.5%", "subconjunctival 2% lidocaine"]), drug.split()[0].capitalize(), pick(r, ["3.5", "4.0"]),
                pick(r, ["inferotemporally", "superotemporally"]), r.randint(12, 28), "".join(pick(r, "ABCDEFGHJK0123456789") for _ in range(7))),
            "ind": ind}


def make_ent_case(r, key, pt, c, n, sw, dur):
    E = c["E"]
    ear = "AD" if E == "OD" else "AS"
    c["ear"] = ear
    if key == "crs":
        c.update(dx="Chronic rhinosinusitis with nasal polyposis", short="CRSwNP", icd="J33.9, J32.4",
                 cc="nasal congestion and loss of smell", hpi="%s has had bilateral nasal obstruction, thick drainage and anosmia for %s. %s Has completed %s." % (n, dur, pick(r, ["Asthma is worse with sinus flares.", "Multiple courses of antibiotics in the past year.", "Aspirin causes wheezing."]), pick(r, ["3 months of fluticasone and saline irrigations", "two courses of oral steroids and antibiotics", "maximal medical therapy"])))
        c["ent"].update(nose="bilateral grade %d polyps filling middle meatus, mucopurulent drainage" % r.randint(2, 3))
        c["img"] = {"mod": "CT sinus without contrast (image-guidance protocol)", "title": "CT PARANASAL SINUSES WITHOUT CONTRAST",
                    "find": "Near-complete opacification of bilateral maxillary, anterior and posterior ethmoid and frontal sinuses with polypoid soft tissue in the nasal cavity. Osteomeatal units obstructed. Lund-Mackay score %d/24. Lamina papyracea intact. Keros type %d. Skull base intact." % (r.randint(14, 22), r.randint(1, 3)),
                    "imp": "Extensive pansinus disease compatible with chronic rhinosinusitis with polyposis."}
        c["op"] = {"name": "Bilateral functional endoscopic sinus surgery: maxillary antrostomies, total ethmoidectomies, sphenoidotomies, frontal sinusotomies; nasal polypectomy; image guidance", "cpt": "31267, 31255, 31287, 31276, 61782",
                   "anes": "General endotracheal", "ind": "CRSwNP refractory to medical therapy", "findings": "Extensive bilateral polyps, thick eosinophilic mucin in ethmoid and frontal sinuses",
                   "steps": "After induction, the image guidance system was registered with accuracy <1.5 mm. Oxymetazoline pledgets placed. Polyps were debrided with a microdebrider. Uncinectomy and wide maxillary antrostomy were performed bilaterally. Total ethmoidectomy was completed to the skull base. Sphenoidotomy was performed through the natural os. Frontal recess dissected and Draf IIa opening created. Mucin was suctioned and sent for culture. Sinuses irrigated; a steroid-eluting stent placed in each ethmoid cavity.",
                   "ebl": "%d mL" % r.randint(100, 400), "spec": "sinus contents R and L, mucin for culture/fungal stain", "implant": "Steroid-eluting sinus stents x2"}
        c["path"] = {"spec": "Sinus contents, right and left (A, B)", "gross": "A. Multiple tan, edematous, polypoid fragments, aggregate %.1f x %.1f x 1.0 cm. B. Similar, aggregate %.1f x 2.5 x 1.0 cm. Representative sections submitted." % (r.uniform(2, 4), r.uniform(1.5, 3), r.uniform(2, 4)),
                     "micro": "Respiratory mucosa with marked stromal edema, thickened basement membrane and dense eosinophil-rich inflammation. Allergic mucin not identified. No fungal organisms on GMS.", "dx": "A-B. Sinus contents: inflammatory nasal polyps with eosinophils. Negative for fungal organisms and neoplasm."}
        c["oproc"] = {"name": "Diagnostic nasal endoscopy, bilateral", "cpt": "31231", "steps": "Nose decongested with oxymetazoline/lidocaine spray. Rigid 30-degree endoscope passed. Septum midline. Bilateral polyps grade %d extending past middle turbinate. Purulence in right middle meatus cultured. Nasopharynx clear." % r.randint(2, 3), "ind": "Chronic rhinosinusitis"}
        c["meds"] = [med("fluticasone propionate 50 mcg nasal spray", "2 sprays each nostril daily"), med("saline sinus irrigation (NeilMed)", "each nostril twice daily"), med("prednisone 10 mg", "taper as directed", "21", "0"), med("montelukast", "10 mg by mouth at bedtime")]
        c["assess"] = c["dx"] + ", failed maximal medical therapy."
        c["plan"] = ["CT sinus reviewed with patient", "Recommend endoscopic sinus surgery", "Consider biologic if recurrent", "Continue rinses"]
        c["course"] = "underwent uncomplicated FESS and was observed overnight for %s" % pick(r, ["asthma", "pain control", "sleep apnea"])
        c["labs"] = ["cbc", "bmp"]
    elif key == "septum":
        c.update(dx="Deviated nasal septum with bilateral inferior turbinate hypertrophy", short="septal deviation", icd="J34.2, J34.3",
                 cc="cannot breathe through nose", hpi="%s has chronic %s-sided nasal obstruction for %s, worse at night, %s. No improvement with nasal steroids." % (n, sw, dur, pick(r, ["prior nasal fracture playing hockey", "mouth breathing", "snoring"])))
        c["ent"].update(nose="septum deviated to the %s with caudal spur, inferior turbinates 3+ hypertrophied" % sw)
        c["op"] = {"name": "Septoplasty and bilateral inferior turbinate submucous reduction", "cpt": "30520, 30140", "anes": "General endotracheal", "ind": "Nasal airway obstruction",
                   "findings": "Septal deviation to the %s with spur; hypertrophied inferior turbinates" % sw,
                   "steps": "Lidocaine with epinephrine was infiltrated. A left hemitransfixion incision was made and mucoperichondrial flaps were elevated bilaterally. Deviated cartilage and bone including the maxillary crest spur were resected, preserving an L-strut of at least 1 cm. Flaps were quilted with 4-0 plain gut. Inferior turbinates were reduced with microdebrider submucosally and outfractured. Doyle splints were placed and secured.",
                   "ebl": "%d mL" % r.randint(20, 100), "spec": "none", "implant": "Doyle splints x2"}
        c["meds"] = [med("oxycodone-acetaminophen 5/325 mg", "1 tab by mouth every 6 hours as needed for pain", "12", "0"), med("saline nasal spray", "2 sprays each nostril every 2 hours while awake"), med("cephalexin 500 mg", "1 cap by mouth four times daily while splints in place", "20", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Septoplasty and turbinate reduction", "Splint removal 1 week"]
        c["labs"] = []
    elif key == "tonsil":
        child = pt.age < 16
        c.update(dx=("Obstructive sleep-disordered breathing with adenotonsillar hypertrophy" if child else "Recurrent acute tonsillitis"), short=("adenotonsillar hypertrophy/OSA" if child else "recurrent tonsillitis"), icd=("J35.3, G47.33" if child else "J03.91"),
                 cc=("snoring and pauses in breathing" if child else "recurrent sore throats"), hpi=("%s is a %d-year-old with loud nightly snoring, witnessed apneas, restless sleep and daytime %s. Polysomnogram AHI %.1f." % (pt.first, pt.age, pick(r, ["behavior issues", "fatigue", "bedwetting"]), r.uniform(3, 18))) if child else ("%s reports %d episodes of tonsillitis in the past year, %d documented strep-positive, missing work each time." % (n, r.randint(5, 8), r.randint(2, 5))))
        c["ent"].update(oro="tonsils %d+ %s" % (r.randint(3, 4), pick(r, ["symmetric, cryptic", "with debris", "kissing"])))
        c["op"] = {"name": "Tonsillectomy%s" % (" and adenoidectomy" if child else ""), "cpt": "42820" if child else "42826", "anes": "General endotracheal", "ind": c["dx"],
                   "findings": "%d+ tonsils%s" % (r.randint(3, 4), ", adenoids 80-90% obstructing choana" if child else ""),
                   "steps": "A McIvor mouth gag was inserted and suspended. The %s tonsil was grasped and retracted medially; the anterior pillar was incised and the tonsil dissected in the subcapsular plane with %s. The same was done on the opposite side. %sHemostasis was obtained with suction cautery. The oropharynx and nasopharynx were irrigated and suctioned. No active bleeding at end of case." % (sw, pick(r, ["monopolar cautery", "Coblation", "cold steel and snare"]), "A mirror was used to visualize the adenoids which were removed with suction cautery/curette. " if child else ""),
                   "ebl": "%d mL" % r.randint(5, 50), "spec": "tonsils bilateral" + (" and adenoids" if child else ""), "implant": "none"}
        c["path"] = {"spec": "Tonsils, bilateral%s" % (", and adenoids" if child else ""), "gross": "Two ovoid tan-pink tonsils measuring %.1f x %.1f x %.1f cm and %.1f x %.1f x %.1f cm with cryptic surfaces. Serially sectioned; representative sections submitted." % tuple(r.uniform(1.5, 3.5) for _ in range(6)),
                     "micro": "Sections show reactive lymphoid hyperplasia with prominent germinal centers and crypts containing keratin debris and bacterial colonies.", "dx": "Tonsils, bilateral, tonsillectomy: reactive lymphoid hyperplasia. No evidence of malignancy."}
        c["meds"] = [med("acetaminophen %s" % ("160 mg/5 mL" if child else "500 mg"), ("%d mL by mouth every 6 hours" % max(3, pt.wt_lb // 8)) if child else "1000 mg by mouth every 6 hours"), med("ibuprofen %s" % ("100 mg/5 mL" if child else "600 mg"), ("%d mL by mouth every 6 hours" % max(3, pt.wt_lb // 9)) if child else "600 mg by mouth every 6 hours with food")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Tonsillectomy%s" % (" and adenoidectomy with overnight observation" if child else ""), "Post-tonsillectomy bleeding precautions reviewed"]
        c["course"] = "was admitted for overnight observation with continuous pulse oximetry; tolerated liquids and soft diet; pain controlled with acetaminophen and ibuprofen"
        c["labs"] = ["cbc"]
    elif key == "pta":
        c.update(dx="%s peritonsillar abscess" % sw.capitalize(), short="PTA", icd="J36",
                 cc="severe sore throat, can't swallow", hpi="%s has %d days of progressive sore throat worse on the %s, odynophagia, muffled 'hot potato' voice, trismus and fever. %s" % (n, r.randint(3, 7), sw, pick(r, ["Started amoxicillin 2 days ago at urgent care.", "Not able to swallow own saliva.", "No prior episodes."])))
        c["ent"].update(oro="%s peritonsillar fullness with uvular deviation to the %s, trismus %d cm" % (sw, "left" if sw == "right" else "right", r.randint(1, 3)))
        c["oproc"] = {"name": "Incision and drainage of %s peritonsillar abscess" % sw, "cpt": "42700", "steps": "Topical benzocaine spray and 1%% lidocaine with epinephrine infiltrated. 18-gauge needle aspiration yielded %d mL of purulence at the superior pole. A #15 blade incision was then made and spread with a hemostat releasing additional pus. Culture sent. Patient tolerated procedure and was able to drink afterward." % r.randint(3, 10), "ind": "Peritonsillar abscess"}
        c["img"] = {"mod": "CT soft tissue neck with IV contrast", "title": "CT NECK WITH CONTRAST", "find": "%s peritonsillar rim-enhancing fluid collection measuring %.1f x %.1f x %.1f cm with mass effect on the oropharyngeal airway. No extension into the parapharyngeal or retropharyngeal space. Reactive level II lymph nodes." % (sw.capitalize(), r.uniform(1.5, 3), r.uniform(1, 2.5), r.uniform(1.5, 3.5)), "imp": "%s peritonsillar abscess." % sw.capitalize()}
        c["meds"] = [med("ampicillin-sulbactam", "3 g IV q6h"), med("dexamethasone", "10 mg IV x1"), med("amoxicillin-clavulanate 875/125 mg", "1 tab by mouth twice daily x 10 days", "20", "0"), med("hydrocodone-acetaminophen 5/325 mg", "1-2 tabs every 6 hours as needed", "15", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["I&D at bedside", "IV clindamycin or ampicillin-sulbactam", "Admit if unable to tolerate PO"]
        c["course"] = "underwent bedside I&D, received IV ampicillin-sulbactam and dexamethasone, and by the next day was tolerating a soft diet"
        c["labs"] = ["cbc", "bmp", "mono", "culture"]
        c["meds_dc"] = [c["meds"][2], c["meds"][3]]
    elif key == "presby":
        c.update(dx="Bilateral sensorineural hearing loss (presbycusis)", short="presbycusis", icd="H90.3",
                 cc="trouble hearing", hpi="%s reports gradually worsening hearing for %s, difficulty in restaurants and with the television volume; family has noticed. %s" % (n, dur, pick(r, ["Bilateral tinnitus, high pitched.", "Long history of noise exposure (military/factory).", "No vertigo or otalgia."])))
        c["ent"].update(ears="EACs clear, TMs intact and mobile bilaterally")
        c["aud"] = audiogram_vals(r, "presby")
        c["img"] = None
        c["meds"] = []
        c["assess"] = "Symmetric mild sloping to moderately-severe high frequency SNHL, consistent with presbycusis."
        c["plan"] = ["Hearing aid evaluation", "Hearing protection", "Repeat audiogram 1-2 years"]
        c["labs"] = []
    elif key == "ssnhl":
        c.update(dx="Sudden sensorineural hearing loss, %s ear" % sw, short="SSNHL %s" % ear, icd="H91.2%d" % (1 if ear == "AD" else 2),
                 cc="sudden hearing loss %s ear" % sw, hpi="%s awoke %d days ago with muffled hearing, fullness and roaring tinnitus in the %s ear. %s" % (n, r.randint(1, 9), sw, pick(r, ["Mild imbalance.", "No vertigo.", "Preceding cold a week ago."])))
        c["ent"].update(ears="EACs clear, TMs intact with normal landmarks; Weber lateralizes to the %s, Rinne positive bilaterally" % ("left" if sw == "right" else "right"))
        c["aud"] = audiogram_vals(r, "ssnhl", ear)
        c["img"] = {"mod": "MRI internal auditory canals with and without gadolinium", "title": "MRI BRAIN/IAC W AND WO CONTRAST", "find": "No enhancing mass in the internal auditory canals or cerebellopontine angles. Normal labyrinthine signal. Scattered nonspecific T2 white matter hyperintensities.", "imp": "No vestibular schwannoma."}
        c["oproc"] = {"name": "Intratympanic dexamethasone injection, %s ear" % sw, "cpt": "69801", "steps": "Phenol applied to the anterior-inferior TM. Under microscope, dexamethasone 10 mg/mL, 0.5 mL injected through a 27-gauge spinal needle to fill the middle ear. Patient remained supine with head turned for 20 minutes, instructed not to swallow.", "ind": "SSNHL with incomplete recovery"}
        c["meds"] = [med("prednisone 10 mg tablets", "60 mg daily x 7 days then taper over 7 days", "56", "0"), med("omeprazole", "20 mg daily while on prednisone")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["High-dose oral steroids", "Intratympanic steroid salvage", "MRI IAC to rule out retrocochlear lesion", "Repeat audiogram 2 weeks"]
        c["labs"] = ["glucose"]
    elif key == "tm_perf":
        c.update(dx="Chronic perforation of the tympanic membrane, %s ear" % sw, short="TM perforation %s" % ear, icd="H72.9%d" % (1 if ear == "AD" else 2),
                 cc="draining ear", hpi="%s has recurrent otorrhea from the %s ear for %s with decreased hearing. %s" % (n, sw, dur, pick(r, ["Perforation noted after tubes as a child.", "Drains after swimming.", "Multiple courses of ofloxacin drops."])))
        c["ent"].update(ears="%s TM with %d%% central dry perforation, middle ear mucosa healthy; contralateral TM intact" % (sw, r.randint(20, 50)))
        c["aud"] = audiogram_vals(r, "conductive", ear)
        c["op"] = {"name": "%s tympanoplasty (underlay), temporalis fascia graft" % sw.capitalize(), "cpt": "69631", "anes": "General endotracheal", "ind": c["dx"] + " with conductive hearing loss",
                   "findings": "Central perforation, ossicular chain intact and mobile", "steps": "A postauricular incision was made and temporalis fascia harvested and pressed. Tympanomeatal flap elevated. Perforation edges freshened. Ossicular chain mobile. Middle ear packed with Gelfoam and fascia placed medial to the remnant. Flap replaced; canal packed with Gelfoam and antibiotic ointment. Incision closed in layers; mastoid dressing applied.",
                   "ebl": "<25 mL", "spec": "none", "implant": "temporalis fascia (autologous)"}
        c["img"] = {"mod": "Audiogram", "title": "AUDIOLOGIC EVALUATION", "find": "", "imp": ""}
        c["meds"] = [med("ciprofloxacin-dexamethasone otic", "4 drops %s ear twice daily x 7 days" % sw, "7.5 mL", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Dry ear precautions", "Tympanoplasty"]
        c["labs"] = []
    elif key == "cholest":
        c.update(dx="Acquired cholesteatoma, %s ear" % sw, short="cholesteatoma %s" % ear, icd="H71.2%d" % (1 if ear == "AD" else 2),
                 cc="foul ear drainage", hpi="%s has foul-smelling drainage from the %s ear for %s, hearing loss, and %s." % (n, sw, dur, pick(r, ["occasional dizziness", "no facial weakness", "fullness"])))
        c["ent"].update(ears="%s: attic retraction pocket with keratin debris posterosuperiorly, granulation" % sw)
        c["aud"] = audiogram_vals(r, "conductive", ear)
        c["img"] = {"mod": "CT temporal bones without contrast", "title": "CT TEMPORAL BONES", "find": "%s: soft tissue in Prussak space extending into the attic and aditus with erosion of the scutum and long process of the incus. Tegmen intact. Lateral semicircular canal intact. Facial nerve canal intact. Contralateral ear well aerated." % sw.capitalize(), "imp": "%s attic cholesteatoma with ossicular erosion." % sw.capitalize()}
        c["op"] = {"name": "%s canal wall up tympanomastoidectomy with removal of cholesteatoma, ossicular chain reconstruction (PORP)" % sw.capitalize(), "cpt": "69641, 69633", "anes": "General endotracheal, no paralytics (facial nerve monitoring)",
                   "ind": c["dx"], "findings": "Cholesteatoma in attic, aditus and antrum; eroded incus long process; stapes intact",
                   "steps": "Facial nerve monitor electrodes placed. Postauricular incision and temporalis fascia harvested. Complete mastoidectomy performed with drill, identifying tegmen, sigmoid sinus and lateral canal. Cholesteatoma matrix dissected from the antrum and attic and removed intact. The incus was removed; facial recess opened. Middle ear cleared of matrix. A titanium PORP was placed on the stapes capitulum and covered with cartilage and fascia. Canal packed and incision closed.",
                   "ebl": "50 mL", "spec": "cholesteatoma matrix, incus", "implant": "Titanium PORP"}
        c["path"] = {"spec": "%s middle ear and mastoid, cholesteatoma" % sw.capitalize(), "gross": "Multiple white, pearly, flaky fragments aggregating 1.2 x 0.8 x 0.3 cm, and a 0.4 cm ossicle. Entirely submitted (ossicle after decalcification).",
                     "micro": "Keratinizing stratified squamous epithelium with abundant anucleate keratin lamellae and subepithelial granulation tissue with chronic inflammation. Ossicle with osteoclastic resorption.", "dx": "%s middle ear/mastoid: cholesteatoma. Ossicle with bony erosion." % sw.capitalize()}
        c["meds"] = [med("ciprofloxacin-dexamethasone otic", "4 drops to the %s ear twice daily" % sw), med("cephalexin 500 mg", "1 capsule four times daily x 7 days", "28", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Tympanomastoidectomy", "Second look in 9-12 months or diffusion-weighted MRI"]
        c["labs"] = []
    elif key == "ome":
        c.update(dx="Chronic bilateral otitis media with effusion with conductive hearing loss", short="OME", icd="H65.23",
                 cc="ear infections, hearing", hpi="%s is a %d-year-old with %d ear infections in the past 6 months and persistent bilateral effusions for over 3 months. %s" % (pt.first, pt.age, r.randint(4, 7), pick(r, ["Speech delay noted by pediatrician.", "Daycare attendance.", "Failed hearing screen at school."])))
        c["ent"].update(ears="TMs bilaterally dull, retracted, amber fluid, poor mobility on pneumatic otoscopy")
        c["aud"] = audiogram_vals(r, "ome")
        c["op"] = {"name": "Bilateral myringotomy with tympanostomy tube insertion", "cpt": "69436", "anes": "General by mask", "ind": c["dx"],
                   "findings": "Bilateral %s effusions" % pick(r, ["thick mucoid (glue)", "serous", "mucopurulent"]),
                   "steps": "Under operating microscope, cerumen was cleared. An anterior-inferior radial myringotomy was made in each TM, fluid suctioned, and an Armstrong beveled grommet placed. Ciprodex drops instilled. Cotton in canals.",
                   "ebl": "none", "spec": "none", "implant": "Armstrong beveled tubes x2"}
        c["img"] = {"mod": "Tympanometry", "title": "TYMPANOMETRY", "find": "", "imp": ""}
        c["meds"] = [med("ciprofloxacin-dexamethasone otic", "4 drops each ear twice daily x 5 days", "7.5 mL", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Bilateral myringotomy and tubes", "Water precautions as directed", "Post-tube audiogram"]
        c["labs"] = []
    elif key == "vf_lesion":
        les = pick(r, ["bilateral vocal fold nodules", "%s vocal fold polyp" % sw, "%s true vocal fold leukoplakia" % sw])
        c["lesion"] = les
        c.update(dx="Dysphonia; %s" % les, short="vocal fold lesion", icd="R49.0, J38.2" if "nodule" in les else "R49.0, J38.1",
                 cc="hoarseness", hpi="%s has %s hoarseness for %s, %s. %s" % (n, pick(r, ["progressive", "intermittent", "constant"]), dur, pick(r, ["worse with voice use (teacher)", "sings in church choir", "worse after a cold"]), pick(r, ["Former smoker, 20 pack-years.", "Never smoker.", "Current smoker."])))
        c["ent"].update(larynx="%s; mobile vocal folds bilaterally, complete closure absent" % les)
        c["oproc"] = {"name": "Flexible fiberoptic laryngoscopy with videostroboscopy", "cpt": "31579", "steps": "Nose sprayed with oxymetazoline/lidocaine. The flexible laryngoscope was passed through the %s nasal cavity. Nasopharynx clear. Base of tongue, vallecula and epiglottis normal. Arytenoids with mild erythema. %s. Stroboscopy: %s mucosal wave, %s closure. Pyriform sinuses clear." % (pick(r, ["right", "left"]), les.capitalize(), pick(r, ["decreased", "symmetric", "reduced on the affected side"]), pick(r, ["hourglass", "incomplete posterior", "complete"])), "ind": "Hoarseness > 4 weeks"}
        c["op"] = {"name": "Microdirect laryngoscopy with excision of %s" % les, "cpt": "31541", "anes": "General, small ETT / jet ventilation", "ind": c["dx"], "findings": les.capitalize(),
                   "steps": "A Dedo laryngoscope was introduced and suspended. Under the microscope the lesion was grasped and a microflap elevated with sickle knife; lesion excised with microscissors sparing the vocal ligament. Specimen to pathology. Topical epinephrine pledgets for hemostasis.",
                   "ebl": "minimal", "spec": les, "implant": "none"}
        lk = "leukoplakia" in les
        c["path"] = {"spec": "%s, excision" % les.capitalize(), "gross": "A tan-white mucosal fragment 0.%d x 0.%d x 0.1 cm, entirely submitted." % (r.randint(3, 7), r.randint(2, 4)),
                     "micro": ("Squamous mucosa with hyperkeratosis and %s." % pick(r, ["mild dysplasia", "moderate dysplasia", "no dysplasia"])) if lk else "Squamous mucosa with stromal edema, fibrin deposition and hyalinized vessels.",
                     "dx": ("Vocal fold, biopsy: keratosis with %s. Negative for invasive carcinoma." % pick(r, ["mild squamous dysplasia", "no dysplasia"])) if lk else "Vocal fold: vocal fold polyp/nodule. No dysplasia."}
        c["meds"] = [med("omeprazole", "40 mg daily before breakfast")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Voice therapy referral (SLP)", "Vocal hygiene", "Consider microlaryngoscopy"]
        c["labs"] = []
    elif key == "hn_scc":
        site = pick(r, ["%s tonsil" % sw, "%s base of tongue" % sw, "%s true vocal fold (glottic)" % sw, "%s oral tongue" % sw])
        T, N = pick(r, ["T1", "T2", "T3"]), pick(r, ["N0", "N1", "N2b"])
        c["site"] = site
        c.update(dx="Squamous cell carcinoma, %s, c%s%sM0%s" % (site, T, N, pick(r, [", p16 positive", ", p16 negative", ""])), short="SCC %s" % site, icd="C09.9" if "tonsil" in site else ("C01" if "base" in site else ("C32.0" if "glott" in site else "C02.1")),
                 cc=pick(r, ["neck mass", "sore throat and ear pain", "hoarseness", "non-healing tongue ulcer"]), hpi="%s presents with %s for %s, %s. %s" % (n, pick(r, ["a painless %s neck mass" % sw, "%s otalgia and odynophagia" % sw, "progressive hoarseness"]), pick(r, ["2 months", "3 months", "6 weeks"]), pick(r, ["unintentional weight loss of %d lb" % r.randint(8, 25), "no weight loss", "dysphagia to solids"]), pick(r, ["%d pack-year smoking history, drinks %d beers daily." % (r.randint(20, 60), r.randint(2, 8)), "Never smoker.", "Quit smoking 10 years ago."])))
        c["ent"].update(neck="%s level II firm node %.1f cm, mobile" % (sw, r.uniform(1.5, 4)) if N != "N0" else "no palpable adenopathy", oro="%s exophytic lesion" % site)
        c["img"] = {"mod": "CT neck soft tissue with IV contrast", "title": "CT SOFT TISSUE NECK WITH CONTRAST", "find": "Enhancing mass centered in the %s measuring %.1f x %.1f cm. %s No bony erosion. Airway patent. Thyroid unremarkable. Lung apices clear." % (site, r.uniform(1.5, 4), r.uniform(1.2, 3), "Necrotic %s level II lymph node measuring %.1f cm." % (sw, r.uniform(1.5, 3.5)) if N != "N0" else "No pathologic cervical adenopathy."),
                    "imp": "Mass of the %s consistent with known/suspected malignancy%s." % (site, ", with %s cervical nodal metastasis" % sw if N != "N0" else "")}
        c["oproc"] = {"name": "Flexible nasopharyngolaryngoscopy", "cpt": "31575", "steps": "After topical decongestion and anesthesia, the scope was passed. Nasopharynx clear. %s lesion noted involving the %s. Vocal folds mobile bilaterally. Airway adequate." % (pick(r, ["Exophytic, friable", "Ulcerative", "Submucosal"]), site), "ind": "Evaluation of suspected upper aerodigestive malignancy"}
        c["op"] = {"name": "Direct laryngoscopy, esophagoscopy, biopsy of %s%s" % (site, pick(r, ["", "; %s selective neck dissection levels II-IV" % sw])), "cpt": "31535, 43200, 38724", "anes": "General endotracheal",
                   "ind": "Suspected malignancy of the %s" % site, "findings": "%s lesion %.1f cm; no synchronous primary" % (pick(r, ["Exophytic", "Ulcerated"]), r.uniform(1.5, 4)),
                   "steps": "Teeth protected with guard. Laryngoscope introduced; full panendoscopy performed of oral cavity, oropharynx, hypopharynx and larynx. Lesion at %s biopsied with cup forceps x3 with frozen section confirming carcinoma. Rigid esophagoscopy to 35 cm unremarkable. Hemostasis with epinephrine pledgets." % site,
                   "ebl": "%d mL" % r.randint(5, 150), "spec": "biopsies of %s" % site, "implant": "none"}
        c["path"] = {"spec": "%s, biopsy" % site.capitalize(), "gross": "Three tan-pink fragments of soft tissue, aggregate 0.9 x 0.6 x 0.3 cm. Entirely submitted in cassette A1.",
                     "micro": "Sections show infiltrating nests of atypical squamous cells with %s, desmoplastic stroma and keratin pearl formation. p16 immunostain: %s." % (pick(r, ["nonkeratinizing morphology", "keratinization"]), pick(r, ["strong diffuse block positivity (>70%)", "negative"])),
                     "dx": "%s, biopsy: invasive squamous cell carcinoma, %s." % (site.capitalize(), pick(r, ["moderately differentiated", "poorly differentiated", "nonkeratinizing"]))}
        c["meds"] = [med("oxycodone 5 mg", "1 tab by mouth every 4 hours as needed for pain", "20", "0"), med("magic mouthwash", "10 mL swish and spit four times daily"), med("nicotine patch 21 mg", "apply daily")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Panendoscopy with biopsy", "PET/CT for staging", "Present at multidisciplinary head and neck tumor board", "Dental evaluation prior to radiation", "Smoking cessation"]
        c["course"] = "underwent the procedure without complication; diet advanced; tumor board recommendations pending at discharge"
        c["labs"] = ["cbc", "bmp", "coag", "tsh"]
    elif key == "thyroid":
        c.update(dx="%s thyroid nodule, Bethesda %s on FNA" % (sw.capitalize(), pick(r, ["V (suspicious for papillary carcinoma)", "VI (papillary thyroid carcinoma)", "IV (follicular neoplasm)"])), short="thyroid nodule", icd="E04.1",
                 cc="thyroid nodule", hpi="%s had a %s thyroid nodule found %s. %s" % (n, sw, pick(r, ["incidentally on carotid ultrasound", "on CT for neck pain", "by the PCP on routine exam"]), pick(r, ["No compressive symptoms.", "Mild dysphagia to pills.", "No radiation exposure history."])))
        c["ent"].update(neck="%.1f cm firm %s thyroid nodule, moves with swallow; no lymphadenopathy" % (r.uniform(1.5, 3.5), sw), larynx="bilateral mobile vocal folds")
        c["img"] = {"mod": "Ultrasound thyroid", "title": "US THYROID/SOFT TISSUE NECK", "find": "Right lobe %.1f x %.1f x %.1f cm. Left lobe %.1f x %.1f x %.1f cm. Isthmus 3 mm. %s lobe solid hypoechoic nodule %.1f x %.1f x %.1f cm, taller-than-wide, irregular margins, punctate echogenic foci (TI-RADS 5). No suspicious cervical nodes." % (tuple(r.uniform(1.2, 5) for _ in range(6)) + (sw.capitalize(),) + tuple(r.uniform(0.9, 3) for _ in range(3))),
                    "imp": "TR5 %s thyroid nodule; FNA recommended." % sw}
        c["oproc"] = {"name": "Ultrasound-guided fine needle aspiration, %s thyroid nodule" % sw, "cpt": "10005", "steps": "Skin prepped with chlorhexidine; 1%% lidocaine infiltrated. Under real-time ultrasound, %d passes with 25-gauge needles obtained. Slides prepared and needle rinses placed in CytoLyt; sample for ThyroSeq. Pressure held. No hematoma." % r.randint(3, 5), "ind": "TI-RADS 5 nodule"}
        c["op"] = {"name": "Total thyroidectomy%s" % pick(r, ["", " with central neck dissection"]), "cpt": "60240", "anes": "General endotracheal with NIM tube", "ind": c["dx"],
                   "findings": "Firm %s lobe nodule; both recurrent laryngeal nerves identified and stimulated at end; parathyroids preserved" % sw,
                   "steps": "A 5 cm Kocher incision in a skin crease. Subplatysmal flaps raised; strap muscles separated in the midline. The superior pole vessels were ligated close to the gland. Recurrent laryngeal nerve identified and traced to its entry; parathyroid glands preserved on their vascular pedicles. Berry ligament divided and gland removed; same on the contralateral side. Nerve stimulation 0.5 mA with robust signal bilaterally. Hemostasis; Valsalva negative. Closure in layers with Dermabond.",
                   "ebl": "%d mL" % r.randint(10, 75), "spec": "total thyroid, stitch marks superior right", "implant": "none"}
        c["path"] = {"spec": "Thyroid, total thyroidectomy", "gross": "Thyroid weighing %d g; right lobe %.1f cm, left lobe %.1f cm. In the %s lobe a %.1f cm firm white infiltrative nodule, %.1f cm from the inked capsule." % (r.randint(12, 35), r.uniform(4, 5.5), r.uniform(4, 5.5), sw, r.uniform(1, 3), r.uniform(0.1, 0.5)),
                     "micro": "Papillary architecture with nuclear enlargement, overlapping, grooves, pseudoinclusions and psammoma bodies. No lymphovascular invasion. No extrathyroidal extension. Margins negative.", "dx": "Thyroid, total thyroidectomy: papillary thyroid carcinoma, classic type, %s lobe, %.1f cm; margins negative; pT%s." % (sw, r.uniform(1, 3), pick(r, ["1b", "2"]))}
        c["meds"] = [med("levothyroxine", "%d mcg by mouth daily" % r.choice([100, 112, 125, 137]), "30", "5"), med("calcium carbonate 1250 mg", "1 tab by mouth three times daily"), med("oxycodone 5 mg", "1 tab q6h prn severe pain", "8", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Total thyroidectomy", "Post-op PTH and calcium", "Endocrinology follow-up re: RAI"]
        c["course"] = "did well after thyroidectomy; postoperative PTH was %d pg/mL and calcium remained normal on oral supplementation; voice normal" % r.randint(15, 45)
        c["labs"] = ["tsh", "calcium", "cbc"]
    elif key == "parotid":
        c.update(dx="%s parotid mass, FNA consistent with pleomorphic adenoma" % sw.capitalize(), short="parotid mass", icd="D11.0",
                 cc="lump in front of ear", hpi="%s noticed a painless slowly enlarging lump in front of the %s ear for %s. No facial weakness." % (n, sw, dur))
        c["ent"].update(neck="%.1f cm firm mobile %s preauricular/parotid tail mass; facial nerve HB I" % (r.uniform(1.5, 3.5), sw))
        c["img"] = {"mod": "MRI neck with and without contrast", "title": "MRI PAROTID", "find": "Well-circumscribed lobulated T2 hyperintense enhancing lesion in the superficial lobe of the %s parotid measuring %.1f cm, without perineural spread." % (sw, r.uniform(1.5, 3.5)), "imp": "Likely pleomorphic adenoma."}
        c["op"] = {"name": "%s superficial parotidectomy with facial nerve dissection and monitoring" % sw.capitalize(), "cpt": "42415", "anes": "General endotracheal, short-acting paralytic only", "ind": c["dx"],
                   "findings": "Superficial lobe mass; all facial nerve branches preserved and stimulated at 0.5 mA", "steps": "Modified Blair incision. Skin flap elevated over the parotid fascia. Great auricular nerve posterior branch preserved. The main trunk of the facial nerve identified using the tragal pointer and posterior belly of digastric. Dissection along the nerve branches freed the superficial lobe with the tumor and a cuff of normal tissue. Nerve stimulated. Drain placed; closure in layers.",
                   "ebl": "%d mL" % r.randint(25, 150), "spec": "%s superficial parotid" % sw, "implant": "none"}
        c["path"] = {"spec": "%s parotid, superficial parotidectomy" % sw.capitalize(), "gross": "Salivary tissue %.1f x %.1f x %.1f cm containing a well-circumscribed, white-gray, glistening nodule %.1f cm." % (r.uniform(4, 6), r.uniform(3, 4), r.uniform(1.5, 2.5), r.uniform(1.5, 3)),
                     "micro": "Encapsulated biphasic tumor with ductal epithelial and myoepithelial cells in a chondromyxoid stroma. No atypia. Capsule intact.", "dx": "%s parotid: pleomorphic adenoma, %.1f cm, completely excised." % (sw.capitalize(), r.uniform(1.5, 3))}
        c["meds"] = [med("oxycodone-acetaminophen 5/325", "1 tab q6h prn pain", "12", "0"), med("cephalexin 500 mg", "1 cap QID x 5 days", "20", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Superficial parotidectomy", "Risks incl. facial weakness, Frey syndrome discussed"]
        c["course"] = "was observed overnight with JP drain; output %d mL, drain removed POD1; facial nerve fully intact" % r.randint(15, 40)
        c["labs"] = ["cbc", "bmp"]
    elif key == "epistaxis":
        c.update(dx="%s posterior epistaxis" % pick(r, ["Right", "Left"]) if r.random() < 0.4 else "Anterior epistaxis, %s" % sw, short="epistaxis", icd="R04.0",
                 cc="nosebleed", hpi="%s presents with brisk nasal bleeding from the %s nostril for %s, %s. %s" % (n, sw, pick(r, ["2 hours", "45 minutes", "3 hours on and off"]), pick(r, ["not controlled with pressure", "running down the throat", "required multiple towels"]), pick(r, ["On apixaban for atrial fibrillation.", "Takes aspirin and clopidogrel.", "On warfarin, INR unknown.", "Not on anticoagulants; BP elevated on arrival."])))
        c["ent"].update(nose="active bleeding from %s %s, clots in nasal cavity" % (sw, pick(r, ["Kiesselbach plexus", "posterior septum / no anterior source seen"])))
        c["oproc"] = {"name": "Control of epistaxis, %s nasal cavity (%s)" % (sw, pick(r, ["anterior packing with Rapid Rhino 7.5 cm", "silver nitrate cautery", "posterior balloon packing"])), "cpt": "30901",
                      "steps": "Clots evacuated with suction. Oxymetazoline and 4% lidocaine pledgets placed x 10 min. Bleeding point identified and treated as noted; packing placed and inflated with air until hemostasis achieved. No bleeding in posterior pharynx after 15 minutes observation.", "ind": "Epistaxis not controlled with pressure"}
        c["meds"] = [med("oxymetazoline 0.05% nasal", "2 sprays as needed for bleeding"), med("mupirocin 2% ointment", "apply inside nostril twice daily"), med("cephalexin 500 mg", "1 cap by mouth four times daily while packing in place", "20", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Packing, hold anticoagulation per cardiology/PCP", "BP control", "Packing removal 3-5 days"]
        c["course"] = "was admitted for monitoring with packing in place; hemoglobin remained stable; packing removed on hospital day 3 without rebleeding"
        c["labs"] = ["cbc", "coag", "bmp"]
    elif key == "bppv":
        c.update(dx="Benign paroxysmal positional vertigo, %s posterior canal" % sw, short="BPPV", icd="H81.1%d" % (1 if sw == "right" else 2),
                 cc="dizziness", hpi="%s reports brief spinning vertigo lasting less than a minute when rolling over in bed to the %s and looking up, for %s. No hearing change. %s" % (n, sw, pick(r, ["1 week", "3 weeks", "2 months"]), pick(r, ["Fell once.", "Nauseated.", "Had a similar episode 2 years ago."])))
        c["ent"].update(neuro="Dix-Hallpike positive on the %s with upbeating torsional nystagmus, latency 3 s, fatigable" % sw)
        c["oproc"] = {"name": "Canalith repositioning (Epley maneuver), %s" % sw, "cpt": "95992", "steps": "Patient seated, head turned 45 degrees to the %s, brought back to head-hanging position and held 30-60 s until nystagmus resolved; head turned 90 degrees to the opposite side; body rolled to face down; sat up. Repeated x2. Repeat Dix-Hallpike negative." % sw, "ind": "Posterior canal BPPV"}
        c["img"] = {"mod": "Videonystagmography (VNG)", "title": "VNG REPORT", "find": "Oculomotor: saccades, smooth pursuit and optokinetics normal. Positional/positioning: %s Dix-Hallpike produced upbeating torsional geotropic nystagmus. Calorics: symmetric (UW %d%%)." % (sw, r.randint(3, 18)), "imp": "Findings consistent with %s posterior canal BPPV; no peripheral weakness." % sw}
        c["meds"] = [med("meclizine 12.5 mg", "1 tab by mouth every 8 hours as needed for dizziness", "20", "0")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Epley maneuver performed", "Brandt-Daroff exercises", "Vestibular PT if persists"]
        c["labs"] = []
    else:  # meniere
        c.update(dx="Meniere disease, %s ear" % sw, short="Meniere's %s" % c["ear"], icd="H81.0%d" % (1 if sw == "right" else 2),
                 cc="episodes of vertigo and ear fullness", hpi="%s has recurrent episodes of vertigo lasting %d-%d hours with %s aural fullness, roaring tinnitus and fluctuating hearing for %s." % (n, r.randint(1, 2), r.randint(3, 6), sw, dur))
        c["aud"] = audiogram_vals(r, "meniere", c["ear"])
        c["img"] = {"mod": "Audiogram / ECochG", "title": "AUDIOLOGY", "find": "", "imp": ""}
        c["meds"] = [med("hydrochlorothiazide-triamterene 25/37.5 mg", "1 tab by mouth daily", "30", "3"), med("meclizine 25 mg", "1 tab q8h prn vertigo", "30", "1")]
        c["assess"] = c["dx"] + "."
        c["plan"] = ["Low sodium diet < 2 g/day", "Diuretic", "Consider IT steroid / gentamicin if refractory"]
        c["labs"] = ["bmp"]
    if "aud" not in c:
        c["aud"] = audiogram_vals(r, "normal")


FREQS = [250, 500, 1000, 2000, 3000, 4000, 6000, 8000]


def audiogram_vals(r, kind, ear="AD"):
    def curve(base, slope, jitter=5):
        out = []
        for i, f in enumerate(FREQS):
            v = base + slope * max(0, i - 2) + r.choice([-5, 0, 0, 5]) * (jitter // 5)
            out.append(max(-5, min(110, 5 * round(v / 5))))
        return out
    if kind == "presby":
        R = curve(r.choice([15, 20, 25]), r.choice([8, 10, 12])); L = curve(r.choice([15, 20, 25]), r.choice([8, 10, 12]))
        tymp = ("A", "A"); note = "Bilateral symmetric sensorineural hearing loss, mild sloping to moderately-severe"
    elif kind == "ssnhl":
        bad = curve(r.choice([50, 60, 70]), 2); good = curve(10, 2)
        R, L = (bad, good) if ear == "AD" else (good, bad)
        tymp = ("A", "A"); note = "Moderately-severe to severe sensorineural hearing loss in the affected ear; normal contralateral"
    elif kind == "conductive":
        bad = curve(r.choice([35, 40, 45]), 0); good = curve(10, 1)
        R, L = (bad, good) if ear == "AD" else (good, bad)
        tymp = ("B (large volume)" if ear == "AD" else "A", "A" if ear == "AD" else "B (large volume)"); note = "Mild-moderate conductive hearing loss, air-bone gap 25-35 dB, in the affected ear"
    elif kind == "ome":
        R = curve(r.choice([25, 30, 35]), 0); L = curve(r.choice([25, 30, 35]), 0)
        tymp = ("B", "B"); note = "Mild conductive hearing loss bilaterally (soundfield/insert), flat type B tympanograms"
    elif kind == "meniere":
        bad = [r.choice([45, 50, 55]), r.choice([45, 50]), 40, 35, 35, 40, 45, 50]; good = curve(10, 2)
        R, L = (bad, good) if ear == "AD" else (good, bad)
        tymp = ("A", "A"); note = "Low-frequency rising sensorineural hearing loss in the affected ear"
    else:
        R = curve(10, 1); L = curve(10, 1); tymp = ("A", "A"); note = "Hearing within normal limits bilaterally"
    srt = (max(0, sum(R[1:4]) // 3 // 5 * 5), max(0, sum(L[1:4]) // 3 // 5 * 5))
    wrs = (max(8, 100 - max(0, R[4] - 20) - r.choice([0, 4, 8])), max(8, 100 - max(0, L[4] - 20) - r.choice([0, 4, 8])))
    return {"R": R, "L": L, "tymp": tymp, "note": note, "srt": srt, "wrs": wrs}


def audiogram_text(r, a, style):
    if style == 0:
        lines = ["Pure tone thresholds (dB HL):", "Freq (Hz)  " + " ".join("%5d" % f for f in FREQS),
                 "Right AC   " + " ".join("%5d" % v for v in a["R"]), "Left AC    " + " ".join("%5d" % v for v in a["L"])]
    elif style == 1:
        lines = ["        250  500  1K   2K   3K   4K   6K   8K", "RIGHT  " + "  ".join("%3d" % v for v in a["R"]),
                 "LEFT   " + "  ".join("%3d" % v for v in a["L"]), "(masked bone conduction as indicated on graph)"]
    else:
        lines = ["Right ear: " + ", ".join("%d Hz %d" % (f, v) for f, v in zip(FREQS, a["R"])),
                 "Left ear: " + ", ".join("%d Hz %d" % (f, v) for f, v in zip(FREQS, a["L"]))]
    lines += ["SRT: R %d dB HL, L %d dB HL" % a["srt"], "Word recognition: R %d%% @ %d dB, L %d%% @ %d dB" % (a["wrs"][0], a["srt"][0] + 40, a["wrs"][1], a["srt"][1] + 40),
              "Tympanometry: R type %s, L type %s" % a["tymp"],
              "Acoustic reflexes: %s" % pick(r, ["present ipsi/contra bilaterally", "absent on the affected side", "elevated bilaterally", "not tested"])]
    return "\n".join(lines)


def eye_vals(c, eye):
    d = dict(EYE_DEF)
    d.update(c["eye"].get(eye, {}))
    return d


def eye_exam(r, c, style=None):
    style = r.randrange(4) if style is None else style
    od, os_ = eye_vals(c, "OD"), eye_vals(c, "OS")
    method = pick(r, ["applanation", "Tonopen", "iCare", "Goldmann"])
    if style == 0:
        rows = [("VA cc", "va"), ("IOP", "iop"), ("Lids/Lashes", "lids"), ("Conj/Sclera", "conj"), ("Cornea", "cornea"),
                ("AC", "ac"), ("Iris", "iris"), ("Lens", "lens"), ("Vitreous", "vit"), ("Disc", "disc"), ("Macula", "mac"),
                ("Vessels", "vessels"), ("Periphery", "periph")]
        out = ["%-14s %-34s %s" % ("", "OD", "OS")]
        for lab, k in rows:
            out.append("%-14s %-34s %s" % (lab, str(od[k])[:34], os_[k]))
        out.insert(3, "Pupils: %s" % pick(r, ["PERRL, no APD", "round and reactive, no RAPD", "3->2 mm OU, no APD"]))
        out.insert(4, "Motility: %s   CVF: %s" % (od.get("motility", os_.get("motility", "full OU")), pick(r, ["full to finger count OU", "FTFC OU"])))
        return "\n".join(out)
    if style == 1:
        out = ["Visual acuity (%s): OD %s  OS %s%s" % (pick(r, ["cc", "sc", "with correction"]), od["va"], os_["va"], ("   PH OD %s" % pick(r, ["NI", "20/40"])) if r.random() < 0.3 else ""),
               "IOP (%s, %s): OD %s  OS %s mmHg" % (method, ftime(r), od["iop"], os_["iop"]),
               "Pupils: %s" % pick(r, ["PERRLA, -APD", "equal, reactive, no APD", "pharmacologically dilated on arrival"]),
               "EOM: %s" % od.get("motility", os_.get("motility", "full, orthophoric")),
               "Slit lamp exam:",
               "  L/L: OD %s; OS %s" % (od["lids"], os_["lids"]), "  C/S: OD %s; OS %s" % (od["conj"], os_["conj"]),
               "  K:   OD %s; OS %s" % (od["cornea"], os_["cornea"]), "  AC:  OD %s; OS %s" % (od["ac"], os_["ac"]),
               "  I:   OD %s; OS %s" % (od["iris"], os_["iris"]), "  Lens: OD %s; OS %s" % (od["lens"], os_["lens"]),
               "Dilated fundus exam (%s):" % pick(r, ["tropicamide 1%/phenylephrine 2.5%", "90D and BIO", "dilated OU"]),
               "  Vit: OD %s; OS %s" % (od["vit"], os_["vit"]), "  Disc: OD %s; OS %s" % (od["disc"], os_["disc"]),
               "  Mac: OD %s; OS %s" % (od["mac"], os_["mac"]), "  Vessels: OD %s; OS %s" % (od["vessels"], os_["vessels"]),
               "  Periphery: OD %s; OS %s" % (od["periph"], os_["periph"])]
        return "\n".join(out)
    if style == 2:
        return ("Vision is %s in the right eye and %s in the left. Pressures are %s and %s. %s. External exam: %s. On slit lamp the right eye shows %s conjunctiva, %s cornea, %s chamber and lens %s; the left eye shows %s conjunctiva, %s cornea, %s chamber and lens %s. Dilated exam: right disc %s, macula %s, periphery %s; left disc %s, macula %s, periphery %s." %
                (od["va"], os_["va"], od["iop"], os_["iop"], pick(r, ["Pupils are equal without afferent defect", "No APD"]), pick(r, ["lids %s on the right, %s on the left" % (od["lids"], os_["lids"])]),
                 od["conj"], od["cornea"], od["ac"], od["lens"], os_["conj"], os_["cornea"], os_["ac"], os_["lens"],
                 od["disc"], od["mac"], od["periph"], os_["disc"], os_["mac"], os_["periph"]))
    # compact one-line abbreviations
    return ("Vsc/cc: %s / %s\nTa: %s / %s @ %s\nP: %s\nSLE OD: %s | %s | %s | %s | %s\nSLE OS: %s | %s | %s | %s | %s\nDFE OD: v %s, ON %s, M %s, P %s\nDFE OS: v %s, ON %s, M %s, P %s" %
            (od["va"], os_["va"], od["iop"], os_["iop"], ftime(r), pick(r, ["ERRL no APD", "PERRL -RAPD"]),
             od["lids"], od["conj"], od["cornea"], od["ac"], od["lens"], os_["lids"], os_["conj"], os_["cornea"], os_["ac"], os_["lens"],
             od["vit"], od["disc"], od["mac"], od["periph"], os_["vit"], os_["disc"], os_["mac"], os_["periph"]))


ENT_DEF = {"general": "well-appearing, NAD, voice normal", "ears": "EACs clear, TMs intact and mobile bilaterally",
           "nose": "septum midline, turbinates normal, no purulence", "oral": "mucosa moist, dentition fair, no lesions",
           "oro": "tonsils 1+, symmetric, no exudate", "larynx": "mirror/flexible exam deferred", "neck": "supple, no lymphadenopathy or masses, thyroid normal",
           "neuro": "CN II-XII grossly intact, facial nerve HB I bilaterally", "face": "symmetric, no tenderness over sinuses"}


def ent_exam(r, c, style=None):
    style = r.randrange(3) if style is None else style
    d = dict(ENT_DEF)
    d.update(c.get("ent", {}))
    rows = [("General", "general"), ("Face", "face"), ("Ears", "ears"), ("Nose", "nose"), ("Oral cavity", "oral"),
            ("Oropharynx", "oro"), ("Larynx", "larynx"), ("Neck", "neck"), ("Neuro", "neuro")]
    if style == 0:
        return "\n".join("%s: %s" % (a, d[k]) for a, k in rows)
    if style == 1:
        return "\n".join("%-13s%s" % (a.upper(), d[k]) for a, k in rows if r.random() < 0.9 or k in c.get("ent", {}))
    return " ".join("%s: %s." % (a, d[k]) for a, k in rows)


def vitals(r, pt, style=0):
    if pt.age < 14:
        bp = "%d/%d" % (r.randint(88, 116), r.randint(50, 74))
        hr, rr, t, sp = r.randint(80, 125), r.randint(18, 28), r.uniform(97.5, 99.9), r.randint(96, 100)
    else:
        bp = "%d/%d" % (r.randint(108, 172), r.randint(60, 98))
        hr, rr, t, sp = r.randint(58, 104), r.randint(12, 20), r.uniform(97.2, 99.8), r.randint(94, 100)
    if style == 0:
        return "BP %s  HR %d  RR %d  T %.1f F  SpO2 %d%% RA" % (bp, hr, rr, t, sp)
    if style == 1:
        return "Vitals: T %.1f, P %d, R %d, BP %s, O2 sat %d%%, Wt %d lb" % (t, hr, rr, bp, sp, pt.wt_lb)
    return "Temp: %.1f F\nPulse: %d\nResp: %d\nBP: %s\nSpO2: %d%%\nHeight: %d in  Weight: %d lb" % (t, hr, rr, bp, sp, pt.ht_in, pt.wt_lb)


def exam_for(r, c, pt):
    if c["area"] == "eye":
        return eye_exam(r, c)
    return ent_exam(r, c)


def pmh_text(pt, sep=", "):
    return sep.join(pt.pmh) if pt.pmh else pick(random.Random(len(pt.last)), ["None", "Noncontributory", "Negative"])


HOME_MEDS = {"hypertension": ("lisinopril", "10 mg daily"), "type 2 diabetes mellitus": ("metformin", "500 mg BID"),
             "hyperlipidemia": ("atorvastatin", "20 mg nightly"), "GERD": ("omeprazole", "20 mg daily"),
             "coronary artery disease": ("aspirin", "81 mg daily"), "atrial fibrillation": ("apixaban", "5 mg BID"),
             "hypothyroidism": ("levothyroxine", "75 mcg daily"), "osteoarthritis": ("acetaminophen", "650 mg q6h prn"),
             "COPD": ("tiotropium", "18 mcg inhaled daily"), "depression": ("sertraline", "50 mg daily"),
             "benign prostatic hyperplasia": ("tamsulosin", "0.4 mg nightly"), "asthma": ("albuterol HFA", "2 puffs q4h prn"),
             "migraine": ("sumatriptan", "50 mg prn"), "obstructive sleep apnea": ("CPAP", "nightly"),
             "chronic kidney disease stage 3": ("amlodipine", "5 mg daily"), "asthma, mild intermittent": ("albuterol HFA", "2 puffs q4h prn"),
             "seasonal allergies": ("cetirizine", "5 mg daily"), "ADHD": ("methylphenidate ER", "18 mg daily"), "eczema": ("hydrocortisone 1% cream", "BID prn")}


def home_meds(pt):
    out = []
    for p in pt.pmh:
        if p in HOME_MEDS:
            out.append(HOME_MEDS[p])
    return out


def meds_text(r, meds, style=0):
    if not meds:
        return "None"
    if style == 0:
        return "\n".join("%d. %s %s" % (i + 1, m["name"], m["sig"]) for i, m in enumerate(meds))
    if style == 1:
        return "\n".join("- %s, %s" % (m["name"], m["sig"]) for m in meds)
    return "; ".join("%s %s" % (m["name"], m["sig"]) for m in meds) + "."


def all_meds(pt, c):
    hm = [med(a, b) for a, b in home_meds(pt)]
    return hm + c["meds"]


def ros(r, c):
    pos = c["cc"]
    if r.random() < 0.5:
        return "Positive for %s. All other systems reviewed and negative." % pos
    items = ["Constitutional: %s" % pick(r, ["no fevers or chills", "no weight loss", "fatigue"]),
             "Eyes: %s" % (pos if c["area"] == "eye" else "no vision change"),
             "ENT: %s" % (pos if c["area"] == "ent" else "no hearing loss"),
             "CV: no chest pain", "Resp: no SOB", "GI: no nausea/vomiting", "Neuro: no focal weakness", "Skin: no rash"]
    return "\n".join(items)


def lab_panel(r, key, abnormal=False):
    """returns list of (test, value, units, range, flag)"""
    def v(lo, hi, dec=1, p=0.15, wlo=None, whi=None):
        x = r.uniform(lo, hi)
        if abnormal and r.random() < p:
            x = r.uniform(wlo if wlo is not None else lo * 0.7, whi if whi is not None else hi * 1.4)
        return round(x, dec)
    rows = []
    def add(t, x, u, lo, hi):
        f = "H" if x > hi else ("L" if x < lo else "")
        rows.append((t, ("%g" % x), u, "%g-%g" % (lo, hi), f))
    if key == "cbc":
        add("WBC", v(4.5, 10.5, 1, 0.5, 11, 19), "K/uL", 4.0, 11.0); add("RBC", v(4.2, 5.5, 2), "M/uL", 4.0, 5.9)
        add("Hemoglobin", v(12.2, 16.5, 1, 0.3, 8, 12), "g/dL", 12.0, 17.5); add("Hematocrit", v(36, 48, 1), "%", 36, 52)
        add("MCV", v(82, 96), "fL", 80, 100); add("Platelets", v(160, 380, 0), "K/uL", 150, 400)
    elif key == "bmp":
        add("Sodium", v(136, 144, 0), "mmol/L", 135, 145); add("Potassium", v(3.6, 4.9, 1, 0.2, 3.0, 5.6), "mmol/L", 3.5, 5.1)
        add("Chloride", v(98, 106, 0), "mmol/L", 98, 107); add("CO2", v(22, 29, 0), "mmol/L", 22, 30)
        add("BUN", v(8, 22, 0), "mg/dL", 7, 25); add("Creatinine", v(0.6, 1.2, 2, 0.2, 1.3, 2.1), "mg/dL", 0.5, 1.3)
        add("Glucose", v(72, 110, 0, 0.3, 120, 260), "mg/dL", 70, 99); add("Calcium", v(8.7, 10.1, 1), "mg/dL", 8.5, 10.5)
    elif key == "coag":
        add("PT", v(11, 13.5, 1, 0.4, 15, 32), "sec", 11.0, 13.5); add("INR", v(0.9, 1.1, 1, 0.4, 1.4, 3.8), "", 0.8, 1.2); add("PTT", v(25, 35, 1), "sec", 25, 36)
    elif key == "a1c":
        add("Hemoglobin A1c", v(5.0, 5.6, 1, 0.9, 7.2, 11.8), "%", 4.0, 5.6); add("Est. average glucose", v(100, 114, 0, 0.9, 160, 290), "mg/dL", 70, 114)
    elif key == "glucose":
        add("Glucose, POC", v(80, 110, 0, 0.5, 140, 280), "mg/dL", 70, 140)
    elif key == "tsh":
        add("TSH", v(0.5, 4.0, 2), "uIU/mL", 0.45, 4.5); add("Free T4", v(0.9, 1.6, 2), "ng/dL", 0.8, 1.8)
    elif key == "calcium":
        add("Calcium", v(8.6, 9.8, 1, 0.4, 7.4, 8.4), "mg/dL", 8.5, 10.5); add("Ionized calcium", v(1.12, 1.30, 2), "mmol/L", 1.12, 1.32); add("PTH, intact", v(15, 60, 0, 0.4, 3, 14), "pg/mL", 15, 65)
    elif key == "crp":
        add("C-reactive protein", v(0.1, 0.8, 1, 0.8, 2, 18), "mg/dL", 0, 1.0); add("ESR", v(2, 20, 0, 0.5, 30, 80), "mm/hr", 0, 20)
    elif key == "lipid":
        add("Cholesterol, total", v(150, 199, 0, 0.4, 210, 280), "mg/dL", 0, 199); add("Triglycerides", v(60, 149, 0, 0.4, 160, 320), "mg/dL", 0, 149)
        add("HDL", v(40, 70, 0), "mg/dL", 40, 100); add("LDL, calc", v(60, 99, 0, 0.4, 110, 190), "mg/dL", 0, 99)
    elif key == "mono":
        rows.append(("Monospot", pick(r, ["Negative", "Negative", "Positive"]), "", "Negative", ""))
        rows.append(("Rapid strep antigen", pick(r, ["Negative", "Positive"]), "", "Negative", ""))
    return rows


# ----------------------------------------------------------------------------
# document types
# ----------------------------------------------------------------------------
DEPT_MAP = {"wet_amd": ["Retina Service"], "dme": ["Retina Service"], "rrd": ["Retina Service"], "crvo": ["Retina Service"], "erm": ["Retina Service", "Vitreoretinal Surgery"],
            "endophth": ["Retina Service", "Ophthalmology Clinic"], "poag": ["Glaucoma Service", "Comprehensive Ophthalmology"], "aacg": ["Glaucoma Service", "Eye Emergency Service"],
            "keratitis": ["Cornea & External Disease", "Eye Emergency Service"], "pterygium": ["Cornea & External Disease"], "strabismus": ["Pediatric Ophthalmology & Strabismus"],
            "ptosis": ["Oculoplastics", "Ophthalmic Plastic & Reconstructive Surgery"], "chalazion": ["Oculoplastics", "Comprehensive Ophthalmology", "Optometry Service"],
            "cataract": ["Comprehensive Ophthalmology", "Cataract Service", "Optometry Service"], "open_globe": ["Eye Emergency Service", "Ophthalmology Clinic"],
            "orb_cell": ["Oculoplastics", "Ophthalmology Clinic"],
            "crs": ["Rhinology & Sinus Center"], "septum": ["Rhinology & Sinus Center", "Otolaryngology Clinic"], "presby": ["Audiology", "Otolaryngology Clinic"],
            "ssnhl": ["Otology/Neurotology", "Otolaryngology Clinic"], "tm_perf": ["Otology/Neurotology"], "cholest": ["Otology/Neurotology"], "meniere": ["Otology/Neurotology", "Balance Center"],
            "bppv": ["Balance Center", "Otolaryngology Clinic"], "ome": ["Pediatric ENT"], "tonsil": ["Pediatric ENT", "Otolaryngology Clinic"], "vf_lesion": ["Voice & Swallowing Center"],
            "hn_scc": ["Head & Neck Oncology", "Department of Otolaryngology - Head & Neck Surgery"], "thyroid": ["Head & Neck Surgery", "Thyroid & Parathyroid Center"],
            "parotid": ["Head & Neck Surgery"]}


def ctx(r, keys=None):
    key = pick(r, keys or CASE_KEYS)
    lo, hi = AGE[key]
    pt = Patient(r, lo, hi)
    c = make_case(r, key, pt)
    fac = pick(r, FACILITIES)
    if c["area"] == "eye":
        doc = Person(r, pick(r, ["ophth", "ophth", "ophth", "optom"]) if key in ("cataract", "poag", "keratitis", "chalazion") else "ophth")
        dept = pick(r, DEPT_MAP.get(key, ["Ophthalmology Clinic", "Comprehensive Ophthalmology"]))
    else:
        doc = Person(r, "aud" if key in ("presby",) and r.random() < 0.3 else "ent")
        dept = pick(r, DEPT_MAP.get(key, ["Otolaryngology Clinic", "Department of Otolaryngology - Head & Neck Surgery"]))
    return pt, c, fac, doc, dept


def later(d, a, b=None, r=None):
    return datetime.date.fromordinal(d.toordinal() + (a if b is None else r.randint(a, b)))


def sign(r, doc, d, style=None):
    style = pick(r, [0, 1, 2, 4, 5]) if style is None else style
    if style == 0:
        return "%s\n%s, %s" % (doc.sig(), doc.spec, pick(r, ["Attending Surgeon", "Attending Physician", "Staff"]))
    if style == 1:
        return "Electronically signed: %s %s %s" % (doc.sig(), fdate(d, 0), ftime(r))
    if style == 2:
        return "_______________________________\n%s   Date: %s" % (doc.sig(), fdate(d, 0))
    if style == 3:
        return "Sincerely,\n\n\n%s\n%s" % (doc.sig(), doc.spec)
    if style == 4:
        return "%s/%s" % ("".join(x[0] for x in doc.sig().split(",")[0].split()).upper(), pick(r, ["tmr", "jls", "dk", "mh"]))
    return "-- %s (%s)" % (doc.full(style=1), doc.cred)


def hosp_dates(r, pt, c):
    los = r.randint(1, 2) if c["key"] in ("tonsil", "thyroid", "parotid", "crs", "rrd") else r.randint(2, 6)
    return pt.visit, later(pt.visit, los)


def dx_list(r, c, pt, k=3):
    items = [c["dx"]] + [p.capitalize() for p in sample(r, pt.pmh, min(k - 1, len(pt.pmh)))]
    return "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))


def gen_discharge_summary(r):
    pt, c, fac, doc, dept = ctx(r, INPT + HAS_OP)
    adm, dc = hosp_dates(r, pt, c)
    ds = r.randrange(5)
    course = c["course"] or ("underwent %s without complication and recovered uneventfully" % (c["op"]["name"].lower() if c["op"] else "treatment"))
    proc = c["op"]["name"] if c["op"] else (c["oproc"]["name"] if c["oproc"] else "None")
    dmeds = c.get("meds_dc", c["meds"])
    lay = r.randrange(7) if c["key"] in INPT else pick(r, [2, 2, 5, 6, 0])
    hdr = letterhead(r, fac, pick(r, ["Health Information Management", dept, ""]))
    if lay == 0:
        body = render(r, [
            (None, "%s\n%s" % (pick(r, ["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY"]), banner(r, pt, 1))),
            (None, "ADMISSION DATE: %s\nDISCHARGE DATE: %s\nATTENDING: %s\n%s" % (fdate(adm, ds), fdate(dc, ds), doc.full(), maybe(r, 0.6, "PRIMARY CARE: Dr. %s" % pick(r, LAST)))),
            (["Admitting Diagnosis", "Admission Diagnosis"], c["dx"]),
            (["Discharge Diagnoses", "Final Diagnosis", "Discharge Diagnosis"], dx_list(r, c, pt)),
            (["Procedures", "Operations/Procedures Performed", "Procedures This Admission"], "%s (%s)" % (proc, fdate(later(adm, r.randint(0, 1)), ds))),
            (["History of Present Illness", "Brief History"], c["hpi"]),
            (["Hospital Course"], "The patient %s. %s" % (course, pick(r, ["Pain was well controlled on oral medications.", "Tolerated a regular diet.", "Ambulating independently at discharge.", "There were no complications."]))),
            (["Condition at Discharge", "Condition on Discharge"], pick(r, ["Stable, improved.", "Good.", "Fair, stable."])),
            (["Discharge Medications", "Medications at Discharge"], meds_text(r, dmeds + [med(a, b) for a, b in home_meds(pt)], r.randrange(2))),
            (["Disposition"], pick(r, ["Home.", "Home with family.", "Home with visiting nurse.", "Discharged to home in care of parent."])),
            (["Follow-up", "Follow Up"], "%s in %s. %s" % (doc.dr(), c["fu"], pick(r, ["Call for fever, increasing pain or decreased vision.", "Return to ED for bleeding or difficulty breathing.", ""])))],
            pick(r, ["caps_colon", "caps_inline", "underline"]))
        return finish(r, hdr + "\n\n" + body + "\n\n" + sign(r, doc, dc) + "\n" + footer(r, pt, doc, dc, 1), banner(r, pt, 6))
    if lay == 1:
        probs = ["#%s: %s" % (c["short"], course)] + ["#%s: %s" % (p, pick(r, ["home regimen continued", "stable", "monitored, no changes"])) for p in pt.pmh[:3]]
        body = "%s\n%s\n\n%s" % (banner(r, pt, 5, adm), pick(r, ["Hospital Medicine / %s co-management" % ("Ophthalmology" if c["area"] == "eye" else "ENT"), dept]),
                                   render(r, [(["Date of Admission"], fdate(adm, ds)), (["Date of Discharge"], fdate(dc, ds)),
                                              (["Reason for Hospitalization", "Chief Complaint"], c["cc"]),
                                              (["Principal Diagnosis"], c["dx"]), (["Secondary Diagnoses"], ", ".join(pt.pmh) or "none"),
                                              (["Brief Hospital Course by Problem", "Hospital Course"], "\n".join(probs)),
                                              (["Pertinent Results"], "; ".join("%s %s" % (t, v) for t, v, u, rg, f in lab_panel(r, c["labs"][0] if c["labs"] else "cbc", True)[:4])),
                                              (["Discharge Medications"], meds_text(r, dmeds, 1)),
                                              (["Pending Results at Discharge"], pick(r, ["None", "Final culture", "Surgical pathology"])),
                                              (["Follow-up Appointments"], "%s, %s, %s" % (doc.full(), dept, c["fu"]))], "title_colon"))
        return finish(r, body + "\n\n" + footer(r, pt, doc, dc, 0))
    if lay == 2:
        body = "%s\n%s\n\n%s" % (letterhead(r, fac, "Ambulatory Surgery Center"), pick(r, ["SAME DAY SURGERY DISCHARGE SUMMARY", "Outpatient Surgery - Discharge Summary", "SHORT STAY RECORD"]), banner(r, pt, 3, adm))
        body += "\n\nDate of surgery: %s\nProcedure: %s\nSurgeon: %s\nAnesthesia: %s\nDiagnosis: %s\nComplications: %s\nDischarged from PACU/Phase II at %s in %s condition, %s.\nDischarge meds: %s\nFollow-up: %s" % (
            fdate(adm, ds), proc, doc.full(), c["op"]["anes"] if c["op"] else "local", c["dx"], pick(r, ["none", "None apparent"]), ftime(r),
            pick(r, ["stable", "good", "satisfactory"]), pick(r, ["accompanied by spouse", "with daughter driving", "with parent", "by wheelchair to car"]),
            meds_text(r, dmeds, 2), "%s %s" % (pick(r, ["Post-op day 1 with", "Return to see"]), doc.dr()))
        return finish(r, body + "\n\n" + sign(r, doc, adm, 2))
    if lay == 3:
        txt = ("%s\n\nRE: %s\nMRN %s\nAdmitted %s, discharged %s\n\n%s is a %d-year-old %s %s who was admitted %s with %s. %s %s The patient %s. %s was discharged %s on %s. %s Follow-up with %s in %s.\n\n%s" % (
            letterhead(r, fac, dept, 5) or fac["name"], pt.name(), pt.mrn, fdate(adm, 4), fdate(dc, 4), pt.name(2), pt.age, pick(r, ["white", "African American", "Hispanic", "Asian", ""]), pt.sexw(),
            pick(r, ["through the emergency department", "from clinic", "electively"]), c["dx"].lower(), c["hpi"],
            ("Past history is significant for %s." % ", ".join(pt.pmh)) if pt.pmh else "", course, pt.he().capitalize(),
            pick(r, ["home", "home in stable condition"]), meds_text(r, dmeds, 2), pick(r, ["Activity as tolerated.", "No heavy lifting for 2 weeks.", ""]), doc.dr(), c["fu"], sign(r, doc, dc, 4)))
        return finish(r, txt + "\n" + footer(r, pt, doc, dc, 1))
    if lay == 4:
        cb = lambda ok: "[X]" if ok else "[ ]"
        cond = pick(r, [0, 0, 0, 0, 1])
        txt = "%s\nFORM %s-%d   DISCHARGE ABSTRACT / CLINICAL RESUME\n%s\n\nAdmit: %s   Discharge: %s   LOS: %d\nService: %s\nPRINCIPAL DIAGNOSIS: %s  (ICD %s)\nOTHER DIAGNOSES: %s\nPRINCIPAL PROCEDURE: %s\nCONSULTANTS: %s\nCONDITION: %s Improved  %s Unchanged  %s Worse\nDISPOSITION: %s Home  %s Home health  %s SNF  %s Other\nDIET: %s\nACTIVITY: %s\nSUMMARY: %s\n\nAttending signature: %s" % (
            fac["name"], fac["short"], r.randint(100, 999), banner(r, pt, 4), fdate(adm, 0), fdate(dc, 0), (dc - adm).days,
            "Ophthalmology" if c["area"] == "eye" else "Otolaryngology", c["dx"], c["icd"], ", ".join(pt.pmh) or "--", proc,
            pick(r, ["Internal Medicine", "Infectious Disease", "Anesthesia", "none"]), cb(cond == 0), cb(cond == 1), cb(cond == 2),
            cb(True), cb(False), cb(False), cb(False), pick(r, ["Regular", "Soft, advance as tolerated", "Diabetic", "Cool liquids then soft"]),
            pick(r, ["As tolerated", "No bending, lifting > 10 lb", "Head of bed elevated"]), course, doc.sig())
        return finish(r, txt)
    if lay == 5:
        txt = "%s\n%s\n\n%s OBSERVATION / SHORT STAY SUMMARY\nDates: %s - %s\n\nS: %s\nO: %s\nA: %s\nP: discharge home. %s\n\n%s" % (
            letterhead(r, fac, dept, 3), banner(r, pt, 2), pick(r, ["23-HOUR", "POST-OPERATIVE", "EXTENDED RECOVERY"]), fdate(adm, 4), fdate(dc, 4),
            c["hpi"], vitals(r, pt, 1) + ". " + pick(r, ["Exam stable.", "Afebrile overnight.", "Tolerating PO."]), c["dx"] + "; s/p " + proc.lower(),
            "; ".join(c["plan"][:2]), sign(r, doc, dc, 5))
        return finish(r, txt)
    txt = "%s\nAdm %s / D/C %s\nDx: %s\nProc: %s\nCourse: %s\nMeds: %s\nF/u: %s %s\n%s" % (
        banner(r, pt, 6), fdate(adm, 4), fdate(dc, 4), c["short"], proc, course, ", ".join(m["name"] for m in dmeds), doc.dr(), c["fu"], sign(r, doc, dc, 1))
    return finish(r, pick(r, ["Discharge summary (resident)", "D/C SUMMARY", "Summary of hospitalization", ""]) + "\n" + txt)


def gen_history_physical(r):
    pt, c, fac, doc, dept = ctx(r, INPT + HAS_OP)
    d = pt.visit
    hm = home_meds(pt)
    lay = r.randrange(7)
    fam = pick(r, ["Noncontributory.", "Mother with glaucoma.", "Father with macular degeneration.", "No family history of anesthesia problems.", "Diabetes in both parents."])
    soc = ("Lives with parents, in %s. No smoke exposure at home." % pick(r, ["daycare", "kindergarten", "%s grade" % pick(r, ["1st", "2nd", "3rd", "5th"])])) if pt.age < 14 else pick(r, ["Denies tobacco. Occasional alcohol.", "Former smoker, quit %d years ago." % r.randint(2, 30), "Lives with spouse. Retired.", "Smokes 1 ppd. Drinks 2-3 beers daily."])
    meds_s = "\n".join("%s %s" % x for x in hm) or "None"
    secs = [(["Chief Complaint", "CC", "Reason for Admission"], c["cc"]),
            (["History of Present Illness", "HPI", "Present Illness"], c["hpi"]),
            (["Past Medical History", "PMH", "Medical History"], pmh_text(pt)),
            (["Past Surgical History", "PSH", "Surgical History"], pick(r, ["None", "Appendectomy", "Cataract surgery %s" % c["F"], "Cholecystectomy; knee arthroscopy", "Tonsillectomy as child", "C-section x2"])),
            (["Medications", "Current Medications", "Home Medications"], meds_s),
            (["Allergies"], ", ".join(pt.allergies)),
            (["Family History", "FH"], fam), (["Social History", "SH"], soc),
            (["Review of Systems", "ROS"], ros(r, c)),
            (["Physical Examination", "Physical Exam", "Exam"], "%s\nGeneral: %s\nHEENT: see below\nHeart: %s\nLungs: %s\nAbdomen: soft, nontender\nExtremities: no edema\n%s" % (
                vitals(r, pt, r.randrange(2)), pick(r, ["alert, oriented, no distress", "pleasant, NAD", "uncomfortable appearing"]), pick(r, ["RRR, no murmur", "regular rate and rhythm", "irregularly irregular"]), pick(r, ["clear bilaterally", "CTAB", "scattered wheezes"]), exam_for(r, c, pt))),
            (["Laboratory Data", "Labs", "Data"], maybe(r, 0.6, "; ".join("%s %s%s" % (t, v, (" " + f) if f else "") for t, v, u, rg, f in lab_panel(r, "cbc") + lab_panel(r, "bmp")))),
            (["Assessment and Plan", "Impression/Plan", "Assessment/Plan", "A/P"], "%s\n%s" % (c["assess"], "\n".join("- " + p for p in c["plan"])))]
    if lay == 0:
        txt = "%s\n\n%s\n%s\nDate of admission: %s\n\n%s\n\n%s" % (letterhead(r, fac, dept), pick(r, ["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL", "H&P"]), banner(r, pt, 1), fdate(d, 0), render(r, secs, "caps_colon"), sign(r, doc, d, 0))
        return finish(r, txt + "\n" + footer(r, pt, doc, d, 1), banner(r, pt, 6))
    if lay == 1:
        txt = "%s\n%s\n\n%s\n\n%s" % (pick(r, ["Pre-operative History & Physical", "PREOPERATIVE H&P (valid 30 days)", "Surgical History and Physical"]), banner(r, pt, 5, d),
                                      render(r, secs[:8] + [secs[9], (["Planned Procedure"], c["op"]["name"] if c["op"] else c["oproc"]["name"] if c["oproc"] else "N/A"), (["ASA Class"], pick(r, ["I", "II", "III"])), secs[11]], "title_inline"),
                                      "I have examined the patient and there are no changes to the H&P. " + maybe(r, 0.5, "Site marked. ") + "\n" + sign(r, doc, d, 1))
        return finish(r, txt)
    if lay == 2:
        intro = "%s is a %d-year-old %s %s" % (pt.name(2), pt.age, pt.sexw(), pick(r, ["admitted for %s." % c["short"], "presenting with %s." % c["cc"], "seen on the floor for admission."]))
        txt = "%s\n%s\n\n%s %s Past history: %s. Meds: %s. Allergies: %s. %s\n\nOn exam, %s\n\n%s\n\nIMPRESSION: %s\nPLAN: %s\n\n%s" % (
            fac["name"], banner(r, pt, 0), intro, c["hpi"], pmh_text(pt), ", ".join(a for a, b in hm) or "none", ", ".join(pt.allergies), soc,
            vitals(r, pt, 0), exam_for(r, c, pt), c["assess"], " ".join(p + "." for p in c["plan"]), sign(r, doc, d, 4))
        return finish(r, txt + "\n" + footer(r, pt, doc, d, 1), banner(r, pt, 6))
    if lay == 3:
        res = Person(r, pick(r, ["ent", "ophth", "hosp"]))
        txt = "%s  ADMIT NOTE  %s\n%s\n\n%s\n\nAttending: %s   Resident: %s, PGY-%d\n\n%s\n\nAttending attestation: I saw and examined the patient with the resident and agree with the findings and plan as documented. %s" % (
            fdate(d, 3), ftime(r), banner(r, pt, 2), dept, doc.full(), res.full(), r.randint(1, 5), render(r, secs, pick(r, ["caps_inline", "title_colon"]), "\n"), doc.sig())
        return finish(r, txt)
    if lay == 4:
        cb = lambda p: "[X]" if r.random() < p else "[ ]"
        txt = "%s\n%s\nHISTORY & PHYSICAL EXAMINATION FORM  (rev. %d/%02d)\n\n%s\n\nChief complaint: %s\nHistory: %s\n\nPMH: %s HTN %s DM %s CAD %s Asthma/COPD %s OSA %s Bleeding disorder\nOther: %s\nAnesthesia problems: %s No %s Yes\nMedications: %s\nAllergies: %s\n\nEXAM  WNL/ABN\nHEENT: %s\nCardiac: %s WNL\nLungs: %s WNL\nNeuro: %s WNL\n\nImpression: %s\nPlan: %s\n\nPhysician signature ________________  %s" % (
            letterhead(r, fac, dept, 4), fac["addr"], r.randint(1, 12), r.randint(98, 124) % 100, banner(r, pt, 3, d), c["cc"], c["hpi"],
            "[X]" if "hypertension" in pt.pmh else "[ ]", "[X]" if pt.diabetic() else "[ ]", "[X]" if "coronary artery disease" in pt.pmh else "[ ]",
            "[X]" if ("asthma" in pt.pmh or "COPD" in pt.pmh) else "[ ]", "[X]" if "obstructive sleep apnea" in pt.pmh else "[ ]", "[ ]",
            ", ".join(p for p in pt.pmh) or "none", "[X]", "[ ]", "; ".join("%s %s" % x for x in hm) or "none", ", ".join(pt.allergies),
            exam_for(r, c, pt), cb(0.9), cb(0.9), cb(0.95), c["assess"], c["op"]["name"] if c["op"] else "; ".join(c["plan"]), doc.sig())
        return finish(r, txt)
    if lay == 5:
        txt = "%s\n\n%s\n\n%s" % (banner(r, pt, 1), render(r, [secs[0], secs[1], secs[2], secs[4], secs[5], secs[7], secs[9], secs[11]], "underline"), sign(r, doc, d, 2))
        return finish(r, letterhead(r, fac, dept, 2) + "\n\n" + txt, banner(r, pt, 6))
    txt = "Interval H&P update\n%s\nH&P dated %s reviewed. Patient re-examined today %s. No interval change in history or exam.\nProcedure planned: %s\nAllergies: %s\n%s\nRisks/benefits reviewed, consent signed.\n%s" % (
        banner(r, pt, 0), fdate(later(d, -r.randint(3, 25)), 0), fdate(d, 0), c["op"]["name"] if c["op"] else c["short"], ", ".join(pt.allergies), vitals(r, pt, 0), sign(r, doc, d, 1))
    return finish(r, txt)


def gen_progress_note(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    lay = r.randrange(7)
    interval = pick(r, ["Doing well, no new complaints.", "Reports vision about the same.", "Feels vision is improving.", "Drops going well, mild irritation.",
                        "Continues to have symptoms intermittently."] if c["area"] == "eye" else ["Doing well, no new complaints.", "Continues to have symptoms intermittently.",
                        "Pain controlled, sleeping OK.", "No fevers, tolerating diet.", "Using rinses/drops as directed.", "Symptoms somewhat better."])
    if c["area"] == "ent" and "aud" in c and r.random() < 0.3:
        extra = "\nAudiogram today:\n" + audiogram_text(r, c["aud"], r.randrange(3))
    else:
        extra = ""
    if lay == 0:  # SOAP outpatient
        txt = "%s\n%s\n\n%s\n\nS: %s %s\nO: %s%s\nA: %s\nP:\n%s\n\nRTC %s\n%s" % (
            letterhead(r, fac, dept, r.randrange(6)), banner(r, pt, 5, d), pick(r, ["FOLLOW-UP VISIT", "Established patient visit", "Return visit", "Office Visit"]),
            c["short"] + " f/u.", interval, exam_for(r, c, pt), extra, c["assess"], "\n".join("%d) %s" % (i + 1, p) for i, p in enumerate(c["plan"])), c["fu"], sign(r, doc, d, 1))
        return finish(r, txt)
    if lay == 1:  # inpatient daily
        pod = r.randint(1, 4)
        txt = "%s %s\n%s Progress Note - HD#%d%s\n%s\n\nSubjective: %s %s\nObjective: %s\n%s\nLabs: %s\nAssessment: %d y/o %s with %s%s.\nPlan:\n%s\n%s" % (
            fdate(later(d, pod), 4), ftime(r), pick(r, ["ENT", "Ophthalmology", "Hospitalist", "Otolaryngology"]) if c["area"] == "ent" else pick(r, ["Ophthalmology", "Eye service", "Hospitalist"]), pod + 1,
            (" / POD#%d" % pod) if c["op"] else "", banner(r, pt, 2), pick(r, ["No acute events overnight.", "Overnight: slept well.", "Pain 3/10."]), interval,
            vitals(r, pt, 0), exam_for(r, c, pt), "; ".join("%s %s" % (t, v) for t, v, u, rg, f in lab_panel(r, "cbc", True)[:3]), pt.age, pt.sex, c["short"], (" s/p " + c["op"]["name"].split(",")[0].lower()) if c["op"] else "",
            "\n".join("- " + p for p in c["plan"][:3]) + "\n- Dispo: %s" % pick(r, ["home tomorrow if stable", "continue inpatient", "possible discharge this afternoon"]), sign(r, doc, later(d, pod), 5))
        return finish(r, txt)
    if lay == 2:  # narrative dictated
        txt = "%s\n\n%s\nDATE OF VISIT: %s\n\n%s returns for follow-up of %s. %s %s\n\nExamination today: %s\n\nIMPRESSION: %s\n\nPLAN: %s I will see %s back in %s.\n\n%s\n%s" % (
            letterhead(r, fac, dept), banner(r, pt, 1), fdate(d, 1), pt.name(2), c["short"], interval, c["hpi"] if r.random() < 0.5 else "",
            exam_for(r, c, pt) if c["area"] == "ent" else eye_exam(r, c, 2), c["assess"], " ".join(p + "." for p in c["plan"]), "him" if pt.sex == "M" else "her", c["fu"], sign(r, doc, d, 0), footer(r, pt, doc, d, 1))
        return finish(r, txt, banner(r, pt, 6))
    if lay == 3:  # post-op check eye style
        op = c["op"]["name"].split(",")[0] if c["op"] else c["short"]
        txt = "%s\nPOST-OP %s  %s\n%s\n\nCC: %s\nHPI: s/p %s %s on %s. %s Using drops as directed.\n\n%s\n\nImp: %s - %s\nPlan: %s\nNext: %s\n%s" % (
            fac["short"], pick(r, ["DAY 1", "WEEK 1", "MONTH 1", "VISIT"]), fdate(d, 0), banner(r, pt, 2), pick(r, ["post-op check", "POD1", "routine post op"]),
            op.lower(), c["E"] if c["area"] == "eye" else "", fdate(later(d, -r.randint(1, 30)), 4), interval, exam_for(r, c, pt),
            "s/p " + op.lower(), pick(r, ["doing well", "expected post-op course", "mild inflammation", "healing well"]),
            "; ".join(m["name"] + " " + m["sig"] for m in c["meds"][:2]) or "no changes", c["fu"], sign(r, doc, d, 5))
        return finish(r, txt)
    if lay == 4:  # EHR template heavy
        txt = render(r, [(None, "%s | %s | Encounter %s" % (fac["name"], dept, pt.acct)), (None, banner(r, pt, 5, d)),
                         (["Visit Type"], pick(r, ["Follow-up", "Established - Level 4", "Return patient"])),
                         (["Chief Complaint"], c["cc"]), (["Interval History"], interval),
                         (["Current Medications"], meds_text(r, all_meds(pt, c), 1)), (["Allergies"], ", ".join(pt.allergies)),
                         (["Examination"], exam_for(r, c, pt) + extra), (["Assessment"], "%s (%s)" % (c["dx"], c["icd"])),
                         (["Plan"], "\n".join("* " + p for p in c["plan"])), (["Follow Up"], "Return in %s" % c["fu"]),
                         (None, footer(r, pt, doc, d, 0))], "title_colon")
        return finish(r, txt)
    if lay == 5:  # scribe/tech note + MD
        tech = Person(r, "rn")
        txt = "%s\n%s\nTech: %s   Provider: %s   Scribe: %s\n\nCC/HPI: %s. %s\nOcular/ENT meds: %s\nVitals/VA taken by tech.\n%s\n\nA&P:\n# %s\n   %s\n\nI, %s, personally performed the services described in this documentation as scribed in my presence.\n%s" % (
            dept.upper(), banner(r, pt, 6), tech.full(style=2), doc.full(), Person(r).full(style=2), c["cc"], interval,
            ", ".join(m["name"] for m in c["meds"]) or "none", exam_for(r, c, pt), c["short"], "; ".join(c["plan"]), doc.full(), sign(r, doc, d, 1))
        return finish(r, txt)
    txt = "%s  %s\n%s - %s. %s Exam: %s. A: %s. P: %s. f/u %s. -%s" % (
        fdate(d, 4), pt.name(3), pick(r, ["Telephone f/u", "Clinic note", "Brief visit", "Nurse visit with MD review"]), c["short"], interval,
        pick(r, ["stable", "improved", "unchanged from last visit"]), c["assess"], "; ".join(c["plan"][:2]), c["fu"], doc.full(style=2))
    return finish(r, txt)


def gen_consult_note(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    req = Person(r, pick(r, ["hosp", "ed", "pcp", "ent" if c["area"] == "eye" else "ophth"]))
    lay = r.randrange(6)
    q = pick(r, ["evaluate %s" % c["cc"], "please eval and treat", "r/o %s" % c["short"], "%s - recommendations" % c["cc"], "pre-op clearance / eval"])
    if c["area"] == "eye" and r.random() < 0.5:
        ex = eye_exam(r, c, pick(r, [0, 1, 3]))
    else:
        ex = exam_for(r, c, pt)
    secs = [(["Reason for Consultation", "Reason for Consult", "Consult Question"], q),
            (["Requesting Physician", "Referring Provider"], req.full() + ", " + req.spec),
            (["History of Present Illness", "HPI"], c["hpi"]), (["Past Medical History", "PMH"], pmh_text(pt)),
            (["Medications"], ", ".join(a + " " + b for a, b in home_meds(pt)) or "none"), (["Allergies"], ", ".join(pt.allergies)),
            (["Examination", "Exam", "Physical Examination"], ex),
            (["Data Reviewed", "Studies"], (c["img"]["imp"] if c["img"] and c["img"]["imp"] else "")),
            (["Impression", "Assessment"], c["assess"]),
            (["Recommendations", "Plan", "Recs"], "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(c["plan"])))]
    if lay == 0:
        txt = "%s\n\n%s\n%s\nDate of consultation: %s\n\n%s\n\nThank you for this consultation. %s\n\n%s" % (
            letterhead(r, fac, dept), pick(r, ["CONSULTATION", "CONSULTATION REPORT", "INPATIENT CONSULTATION"]), banner(r, pt, 1), fdate(d, 1),
            render(r, secs, "caps_colon"), pick(r, ["We will follow along.", "Please call with questions.", "Will sign off; please re-consult as needed."]), sign(r, doc, d, 0))
        return finish(r, txt + "\n" + footer(r, pt, doc, d, 1), banner(r, pt, 6))
    if lay == 1:  # consult letter
        txt = "%s\n\n%s\n\n%s\n%s\n\nRE: %s   DOB %s\n\nDear Dr. %s,\n\nThank you for asking me to see %s in consultation regarding %s. %s\n\n%s\n\nOn examination: %s\n\nImpression: %s\n\nRecommendations: %s\n\n%s\n\ncc: %s" % (
            letterhead(r, fac, dept), fdate(d, 1), req.full() + ", " + req.cred, pick(r, ["Millbrook Internal Medicine", "Family Health Associates", "Ridgeview Eye Care", "Lakeside Primary Care"]),
            pt.name(), fdate(pt.dob, 0), req.last, pt.name(2), c["cc"], c["hpi"], "Past medical history includes %s." % pmh_text(pt), ex, c["assess"],
            " ".join(p + "." for p in c["plan"]), sign(r, doc, d, 3), pick(r, ["Patient", "Chart", "PCP"]))
        return finish(r, txt)
    if lay == 2:  # inpatient brief resident consult
        txt = "%s CONSULT NOTE\n%s\nConsulting service: %s   Requested by: %s (%s)\nQ: %s\n\n%s\n\n%s" % (
            pick(r, ["OPHTHO", "ENT", "OTO"]) if True else "", banner(r, pt, 2), dept, req.full(style=2), req.spec, q,
            render(r, secs[2:], "caps_inline", "\n"), sign(r, doc, d, 5) + "\nPager %d" % r.randint(1000, 9999))
        return finish(r, txt)
    if lay == 3:  # ED consult with time
        txt = "%s\n%s - %s\n%s\nCalled %s, seen %s\n\n%s\n\n%s" % (
            fac["name"], "Emergency Department Consultation", dept, banner(r, pt, 5, d), ftime(r), ftime(r),
            render(r, [secs[0]] + secs[2:], "title_colon"), sign(r, doc, d, 1))
        return finish(r, txt)
    if lay == 4:  # second opinion / tertiary
        txt = "%s\n%s\n\nSECOND OPINION EVALUATION\n\n%s comes for a second opinion at the request of %s. Outside records were reviewed. %s\n\n%s\n\nMy impression is %s. %s I have discussed my findings at length with the patient%s.\n\n%s" % (
            letterhead(r, fac, dept, 1), banner(r, pt, 0), pt.name(2), pick(r, ["the patient", "Dr. %s" % req.last, "family"]), c["hpi"], ex,
            c["assess"].lower().rstrip("."), "I would recommend: " + "; ".join(c["plan"]) + ".", pick(r, ["", " and family", " and spouse"]), sign(r, doc, d, 0))
        return finish(r, txt, banner(r, pt, 6))
    txt = "%s\n\n%s\n\n%s" % (banner(r, pt, 3, d), render(r, secs, "numbered"), sign(r, doc, d, 2))
    return finish(r, letterhead(r, fac, dept, 0) + "\n" + pick(r, ["Specialty Consultation", "Consult", "CONSULTATION"]) + "\n" + txt)


def gen_operative_note(r):
    pt, c, fac, doc, dept = ctx(r, HAS_OP)
    op = c["op"]
    d = pt.visit
    asst = Person(r, pick(r, ["ent", "ophth", "pa"]))
    an = Person(r, "anes")
    lay = r.randrange(6)
    comp = pick(r, ["None.", "None apparent.", "No intraoperative complications.", "None"])
    disp = pick(r, ["To PACU in stable condition.", "The patient tolerated the procedure well and was taken to the recovery room in good condition.", "Stable to recovery.", "Extubated and transferred to PACU awake and stable."])
    if lay == 0:
        secs = [(["Date of Operation", "Date of Surgery", "Date of Procedure"], fdate(d, r.randrange(4))),
                (["Preoperative Diagnosis", "Pre-operative Diagnosis"], c["dx"]),
                (["Postoperative Diagnosis", "Post-operative Diagnosis"], pick(r, ["Same", "Same as above", c["dx"]])),
                (["Procedure", "Operation", "Procedure Performed"], op["name"]), (["Surgeon"], doc.full() + ", " + doc.cred),
                (["Assistant", "Assistant Surgeon"], pick(r, [asst.full() + ", " + asst.cred, "None", "Resident: " + asst.full()])),
                (["Anesthesia"], op["anes"]), (["Anesthesiologist"], maybe(r, 0.5, an.full())),
                (["Indications", "Indications for Procedure"], "%s is a %d-year-old %s with %s. Risks, benefits and alternatives were discussed and informed consent was obtained." % (pt.name(2), pt.age, pt.sexw(), op["ind"].lower())),
                (["Findings", "Operative Findings"], op["findings"]),
                (["Description of Procedure", "Procedure in Detail", "Details of the Procedure"], op["steps"]),
                (["Estimated Blood Loss", "EBL"], op["ebl"]), (["Specimens", "Specimen"], op["spec"]),
                (["Implants"], maybe(r, 0.6, op["implant"])), (["Drains"], maybe(r, 0.3, "None")),
                (["Complications"], comp), (["Disposition", "Condition"], disp)]
        txt = "%s\n\n%s\n%s\n\n%s\n\n%s" % (letterhead(r, fac, "Department of Surgery"), pick(r, ["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION", ""]), banner(r, pt, 1),
                                          render(r, secs, pick(r, ["caps_colon", "caps_inline", "underline", "title_colon"])), sign(r, doc, d, r.choice([0, 4])))
        return finish(r, txt + "\n" + footer(r, pt, doc, d, 1), banner(r, pt, 6))
    if lay == 1:  # brief op note
        txt = "%s\n%s  %s\n\nPre-op dx: %s\nPost-op dx: same\nProcedure: %s\nSurgeon: %s\nAsst: %s\nAnes: %s\nFindings: %s\nEBL: %s\nFluids: %d mL LR\nSpecimens: %s\nDrains: none\nComplications: none\nCondition: stable to PACU\n%s" % (
            pick(r, ["BRIEF OPERATIVE NOTE", "Immediate Post-Operative Note", "Brief Op Note", "POST-OP NOTE (brief)"]), fdate(d, 4), ftime(r),
            c["short"], op["name"], doc.full(style=2), asst.full(style=2), op["anes"].split(" with")[0], op["findings"], op["ebl"], r.choice([100, 200, 300, 500, 800]),
            op["spec"], sign(r, doc, d, 1))
        return finish(r, banner(r, pt, 2) + "\n" + txt)
    if lay == 2:  # narrative
        txt = "%s\n%s\n\nDATE: %s\nSURGEON: %s\n\n%s was brought to the operating room and placed supine on the table. %s was administered by %s. A time-out was performed confirming the correct patient, procedure and %s. %s\n\nAt the conclusion of the case, %s %s\n\nThe procedure performed was %s for %s. Findings: %s. Estimated blood loss %s. Specimens: %s. %s\n\n%s" % (
            fac["name"].upper(), banner(r, pt, 0), fdate(d, 1), doc.full(), pt.name(2), op["anes"], an.full(style=2) + (", MD" if True else ""), "site" if c["area"] == "ent" else "eye",
            op["steps"], pick(r, ["all counts were correct.", "sponge and needle counts were correct x2."]), disp, op["name"].lower(), c["dx"].lower(), op["findings"], op["ebl"], op["spec"], pick(r, ["Dr. %s was present for the entire procedure." % doc.last, ""]), sign(r, doc, d, 4))
        return finish(r, txt + "\n" + footer(r, pt, doc, d, 1))
    if lay == 3 and c["area"] == "eye":  # ophthalmic surgery template
        cb = lambda b: "[X]" if b else "[ ]"
        iol = c.get("iol")
        txt = "%s\nOPHTHALMIC SURGERY RECORD\n%s\n\nEye: %s OD  %s OS\nProcedure: %s\nSurgeon: %s\nAnesthesia: %s Topical  %s Block  %s MAC  %s General\n%sPhaco time: %s\nIntracameral: %s\nComplications: %s None  %s PC rent  %s Vitreous loss\nPost-op meds: %s\nSurgeon notes: %s\n%s" % (
            fac["name"], banner(r, pt, 3, d), cb(c["E"] == "OD"), cb(c["E"] == "OS"), op["name"], doc.full(), cb("Topical" in op["anes"]), cb("block" in op["anes"].lower()), cb("MAC" in op["anes"]), cb("General" in op["anes"]),
            ("IOL: %s  Power: %s D  SN: %s\n" % (iol[0], iol[1], "".join(str(r.randrange(10)) for _ in range(11)))) if iol else "", ("%.1f s, CDE %.2f" % (r.uniform(20, 70), r.uniform(4, 20))) if iol else "N/A",
            pick(r, ["moxifloxacin 0.1 mL", "cefuroxime 1 mg", "none"]), cb(True), cb(False), cb(False), "; ".join(m["name"] for m in c["meds"]), op["steps"][:220] + "...", sign(r, doc, d, 2))
        return finish(r, txt)
    if lay in (3, 4):
        txt = "%s\n%s\n%s\n\nPROCEDURE(S):\n%s\n\nPRE-OP DX: %s (%s)\nPOST-OP DX: Same\nSURGEON: %s   ASSISTANT: %s\nANESTHESIA: %s\nINDICATIONS: %s\n\nOPERATIVE TECHNIQUE:\n%s\n\nEBL: %s   SPECIMEN: %s   COMPLICATIONS: %s\n\n%s" % (
            letterhead(r, fac, dept, 1), pick(r, ["Surgical Services", "Operating Room Report", "OR Dictation"]), banner(r, pt, 5, d),
            "\n".join("%d. %s" % (i + 1, p.strip()) for i, p in enumerate(op["name"].split(";"))), c["dx"], c["icd"], doc.full(), asst.full(),
            op["anes"], op["ind"], op["steps"], op["ebl"], op["spec"], comp, sign(r, doc, d, 1))
        return finish(r, txt, banner(r, pt, 6))
    txt = "%s\n\nOperation: %s\nDate: %s   Surgeon: %s\nDiagnosis: %s\n\n%s\n\n%s  %s\n\n%s" % (
        banner(r, pt, 4), op["name"], fdate(d, 2), doc.full(), c["dx"], op["steps"], op["findings"] + ".", "EBL " + op["ebl"] + ".", sign(r, doc, d, 0))
    return finish(r, pick(r, [fac["name"], fac["short"] + " OR", ""]) + "\n" + txt)


def gen_procedure_note(r):
    pt, c, fac, doc, dept = ctx(r, HAS_OPROC)
    p = c["oproc"]
    d = pt.visit
    lay = r.randrange(6)
    if lay == 0:
        secs = [(["Procedure"], p["name"]), (["Date"], fdate(d, 0)), (["Indication", "Indications"], p["ind"]),
                (["Operator", "Performed by", "Provider"], doc.full() + ", " + doc.cred), (["Consent"], pick(r, ["Written informed consent obtained after discussion of risks including infection, bleeding, retinal detachment, increased pressure.", "Verbal and written consent obtained.", "Consent on chart."])),
                (["Description", "Procedure Details", "Technique"], p["steps"]), (["Complications"], pick(r, ["None", "None immediate"])),
                (["Post-procedure Plan", "Plan"], "; ".join(c["plan"][-2:]))]
        txt = "%s\n%s\n\n%s\n\n%s" % (letterhead(r, fac, dept), banner(r, pt, r.randrange(6)), render(r, secs), sign(r, doc, d))
        return finish(r, txt)
    if lay == 1:
        txt = "%s - %s\n%s\nTime out: %s  Site/side verified: %s\nPre-procedure %s\nAnesthesia: %s\n\n%s\n\nPatient tolerated the procedure %s. %s\n%s" % (
            pick(r, ["PROCEDURE NOTE", "Office Procedure", "Minor Procedure Record", "Treatment Room Note"]), p["name"], banner(r, pt, 2), ftime(r), c["E"] if c["area"] == "eye" else c["side"],
            ("IOP %s" % eye_vals(c, c["E"])["iop"]) if c["area"] == "eye" else vitals(r, pt, 0), pick(r, ["topical", "local", "topical/local"]), p["steps"], pick(r, ["well", "without difficulty"]),
            pick(r, ["Post-procedure instructions given.", "Return precautions reviewed.", "Will follow up as scheduled."]), sign(r, doc, d, 5))
        return finish(r, txt)
    if lay == 2 and c["key"] in ("wet_amd", "dme", "crvo"):  # injection log style
        rows = []
        dd = later(d, -r.randint(100, 300))
        for i in range(r.randint(3, 7)):
            rows.append("%-11s %-3s %-12s VA %-7s CST %-4d IOP post %-3d  %s" % (fdate(dd, 4), c["E"], c["drug"].split()[0], va_worse(r, 2), r.randint(260, 480), r.randint(10, 24), pick(r, ["q4wk", "extend 2 wk", "hold", "q6wk", "q8wk"])))
            dd = later(dd, r.choice([28, 35, 42, 56]))
        txt = "%s  RETINA SERVICE - INTRAVITREAL INJECTION RECORD\n%s\nDiagnosis: %s (%s)\n\nDate        Eye Drug         VA       CST      IOP       Interval\n%s\n\nToday: %s\n%s" % (
            fac["short"], banner(r, pt, 0), c["dx"], c["icd"], "\n".join(rows), p["steps"], sign(r, doc, d, 1))
        return finish(r, txt)
    if lay in (2, 3):
        txt = "%s\n%s\n\n%s presented for %s. %s The procedure, its risks and alternatives were explained and the patient agreed to proceed. %s\n\nImpression: %s\n\n%s" % (
            fac["name"], banner(r, pt, 0), pt.name(2), p["name"].lower(), c["hpi"] if r.random() < 0.5 else "", p["steps"], c["assess"], sign(r, doc, d, 0))
        return finish(r, txt + "\n" + footer(r, pt, doc, d, 1))
    if lay == 4:
        cb = lambda b: "[X]" if b else "[ ]"
        txt = "%s\nPROCEDURE CHECKLIST / NOTE\n%s\n\n%s Consent signed  %s Allergies reviewed (%s)  %s Time-out  %s Site marked\nProcedure: %s   CPT %s\nPerformed by: %s   Assisted by: %s, %s\nFindings/Technique:\n%s\nSpecimen: %s\nEstimated blood loss: %s\nPatient condition after: %s\n%s" % (
            letterhead(r, fac, dept, 3), banner(r, pt, 3, d), cb(True), cb(True), ", ".join(pt.allergies), cb(True), cb(r.random() < 0.8), p["name"], p["cpt"],
            doc.full(), Person(r, "rn").full(), pick(r, ["RN", "COA", "MA", "COT"]), p["steps"], pick(r, ["none", "culture sent" if "cult" in p["steps"].lower() else "none"]),
            pick(r, ["none", "minimal", "< 5 mL"]), pick(r, ["stable", "good", "tolerated well"]), sign(r, doc, d, 2))
        return finish(r, txt)
    txt = "%s %s %s\n%s. Ind: %s. %s Tolerated well, no complications. %s" % (
        fdate(d, 4), pt.name(3), pt.mrn, p["name"], p["ind"], p["steps"], doc.full(style=2) + ", " + doc.cred)
    return finish(r, txt)


def lab_table(r, rows, style):
    if style == 0:
        out = ["%-24s %-10s %-8s %-14s %s" % ("TEST", "RESULT", "FLAG", "REF RANGE", "UNITS")]
        for t, v, u, rg, f in rows:
            out.append("%-24s %-10s %-8s %-14s %s" % (t, v, f, rg, u))
    elif style == 1:
        out = ["%s: %s %s (%s) %s" % (t, v, u, rg, ("*" + f) if f else "") for t, v, u, rg, f in rows]
    else:
        out = ["%-22s%8s %-2s  [%s]  %s" % (t.upper(), v, f, rg, u) for t, v, u, rg, f in rows]
    return "\n".join(out)


def gen_lab_report(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    coll = later(d, 0)
    lay = r.randrange(6)
    panels = c["labs"] if c["labs"] else pick(r, [["cbc", "bmp"], ["bmp"], ["glucose"], ["coag"]])
    if lay == 5 or "culture" in panels and r.random() < 0.6:
        src = pick(r, ["Corneal scraping, %s" % c["E"], "Vitreous aspirate", "Abscess fluid", "Ear drainage", "Sinus aspirate", "Throat"]) if "culture" in panels else pick(r, ["Ear drainage, %s" % c["side"], "Throat swab", "Conjunctival swab"])
        org = pick(r, ["Pseudomonas aeruginosa", "Staphylococcus aureus", "Streptococcus pyogenes (Group A)", "Coagulase-negative Staphylococcus", "Haemophilus influenzae", "Normal flora only"])
        sus = "" if "Normal" in org else "\n".join("%-26s %-4s %s" % (a, pick(r, ["S", "S", "S", "I", "R"]), pick(r, ["<=0.5", "1", "<=1", "2", ">=16", "0.25"])) for a in sample(r, ["Ciprofloxacin", "Levofloxacin", "Tobramycin", "Gentamicin", "Cefazolin", "Oxacillin", "Vancomycin", "Clindamycin", "Ampicillin/sulbactam", "Ceftazidime", "Trimethoprim/Sulfa"], r.randint(4, 8)))
        txt = "%s\nMICROBIOLOGY\n%s\nOrdering: %s   Accession: M%s\nSource: %s\nCollected: %s %s   Received: %s %s\n\nGRAM STAIN: %s\n\nCULTURE: %s\n%s\n\n%s%s" % (
            letterhead(r, fac, "Clinical Laboratory", r.randrange(5)), banner(r, pt, r.randrange(6)), doc.full(style=1), r.randint(100000, 999999), src, fdate(coll, 0), ftime(r), fdate(coll, 0), ftime(r),
            pick(r, ["Many PMNs, moderate gram-negative rods", "Few PMNs, gram-positive cocci in clusters", "No organisms seen", "Moderate PMNs, gram-positive cocci in chains"]),
            pick(r, ["FINAL REPORT ", "PRELIMINARY: ", ""]) + ("Heavy growth " if r.random() < 0.5 else "Moderate growth ") + org,
            ("SUSCEPTIBILITY (MIC)\n" + sus) if sus else "", pick(r, ["Final ", "Preliminary "]) + "report " + fdate(later(coll, r.randint(1, 3)), 0), maybe(r, 0.3, "\nCalled to RN %s at %s, read back verified." % (pick(r, LAST), ftime(r))))
        return finish(r, txt)
    rows = []
    for pnl in panels:
        if pnl == "culture":
            continue
        rows += lab_panel(r, pnl, r.random() < 0.5)
    if not rows:
        rows = lab_panel(r, "cbc")
    st = r.randrange(3)
    if lay == 0:
        txt = "%s\n%s\n\n%s\nCollected: %s %s   Reported: %s %s\nOrdering provider: %s\nSpecimen: %s\n\n%s\n\nLab Director: %s, MD   CLIA #%dD%07d" % (
            pick(r, ["LABORATORY REPORT", "Clinical Laboratory", "CUMULATIVE LAB RESULTS", ""]), letterhead(r, fac, "Department of Pathology & Laboratory Medicine", r.randrange(5)),
            banner(r, pt, 1), fdate(coll, 0), ftime(r), fdate(coll, 0), ftime(r), doc.full(style=1), pick(r, ["Blood, venous", "Serum", "Whole blood EDTA", "Plasma"]),
            lab_table(r, rows, st), Person(r, "path").full(style=2), r.randint(10, 99), r.randrange(10 ** 7))
        return finish(r, txt)
    if lay == 1:  # pre-op labs for surgery center, outside lab
        txt = "%s\n%s\nPatient: %s  DOB: %s  Sex: %s\nPhysician: %s\nRequisition #%d\nDate collected: %s\nTests ordered: %s\n\n%s\n\n%s\n*** END OF REPORT ***" % (
            pick(r, ["GREYFIELD REFERENCE LABORATORIES", "QUANTRA DIAGNOSTIC LABS", "ASHFORD VALLEY MEDICAL LABORATORY", "TRI-COUNTY CLINICAL LAB"]), pick(r, ["Patient Report", "FINAL", "Results"]),
            pt.name(1), fdate(pt.dob, 0), pt.sex, doc.full(), r.randint(1000000, 9999999), fdate(coll, 0), ", ".join(x.upper() for x in panels if x != "culture") or "CBC",
            lab_table(r, rows, st), maybe(r, 0.5, "Results flagged H/L are outside the reference interval. Reference intervals are age/sex specific."))
        return finish(r, fax_header(r, fac, d) + "\n" + txt if r.random() < 0.5 else txt)
    if lay == 2:  # cumulative by day
        days = [later(d, i) for i in range(r.randint(2, 4))]
        hdr = "%-20s" % "" + "".join("%-12s" % fdate(x, 4) for x in days)
        lines = []
        for t, v, u, rg, f in rows:
            vals = []
            for _ in days:
                try:
                    x = float(v) * r.uniform(0.93, 1.07)
                    vals.append("%-12s" % (("%.0f" % x) if "." not in v else ("%.2f" % x if len(v.split(".")[1]) > 1 else "%.1f" % x)))
                except ValueError:
                    vals.append("%-12s" % v)
            lines.append("%-20s" % t + "".join(vals) + "  " + u)
        txt = "%s\nCUMULATIVE SUMMARY - %s\n%s\n\n%s\n%s\n\nReference ranges available on request." % (fac["name"], pick(r, ["Inpatient", "Hematology/Chemistry"]), banner(r, pt, 2), hdr, "\n".join(lines))
        return finish(r, txt)
    if lay == 3:  # POC / bedside
        g = lab_panel(r, "glucose", pt.diabetic())
        txt = "%s\nPoint-of-care testing\n%s\n\n%s\nOperator: %s  Meter ID %s\n%s" % (
            fac["short"], banner(r, pt, 0), "\n".join("%s %s  Glucose %s mg/dL" % (fdate(d, 4), ftime(r), g[0][1]) for _ in range(r.randint(1, 4))),
            Person(r, "rn").full(style=2), "GM%04d" % r.randrange(10000), maybe(r, 0.5, "Pre-op fingerstick - notify anesthesia if >250."))
        return finish(r, txt)
    if lay == 4:  # portal style
        txt = "Results for %s (MRN %s)\n%s\n\n%s\n\nResult status: %s\nOrdered by %s on %s\nPerforming lab: %s Laboratory, %s\n\nComments: %s" % (
            pt.name(2), pt.mrn, pick(r, ["Component  Your Value  Standard Range", ""]), lab_table(r, rows, 1), pick(r, ["Final", "Final result", "Edited"]),
            doc.full(), fdate(d, 1), fac["short"], fac["city"], pick(r, ["None", "Hemolysis index slight", "Specimen received ambient", "Fasting"]))
        return finish(r, txt)
    return finish(r, banner(r, pt, 6) + "\n" + lab_table(r, rows, 2))


def gen_imaging_report(r):
    pt, c, fac, doc, dept = ctx(r, HAS_IMG)
    img = c["img"] or {"mod": "Audiogram", "title": "AUDIOLOGIC EVALUATION", "find": "", "imp": ""}
    d = pt.visit
    mod = img["mod"]
    rad = Person(r, "rad")
    if mod.startswith("Audio") or mod.startswith("Tymp") or c["key"] in ("presby",):
        aud = Person(r, "aud")
        a = c["aud"]
        lay = r.randrange(3)
        if lay == 0:
            txt = "%s\n%s\n%s\n\nReferred by: %s\nReason: %s\nCase history: %s\n\nOtoscopy: %s\n\n%s\n\nIMPRESSION: %s.\nRECOMMENDATIONS: %s\n\n%s" % (
                letterhead(r, fac, "Audiology"), pick(r, ["AUDIOLOGIC EVALUATION", "Comprehensive Audiometric Evaluation", "Hearing Test Results"]), banner(r, pt, 3, d),
                doc.full() if doc.role != "aud" else "self", c["cc"], c["hpi"], pick(r, ["clear canals bilaterally", "cerumen partially occluding, removed", "tube visible and patent"]) if c["key"] != "ome" else "dull TMs bilaterally",
                audiogram_text(r, a, r.randrange(3)), a["note"], pick(r, ["ENT follow-up", "Hearing aid consultation", "Annual audiogram", "Repeat after treatment", "Medical clearance for amplification"]), sign(r, aud, d, 0))
        elif lay == 1:
            txt = "%s\n%s\nTest: %s   Transducer: %s   Reliability: %s\n\n%s\n\nSummary: %s. %s\n%s" % (
                fac["short"] + " Audiology", banner(r, pt, 2), pick(r, ["Pure tone audiometry, speech audiometry, tympanometry", "Audiogram + immittance", "Diagnostic audiometry"]),
                pick(r, ["insert earphones", "supra-aural headphones", "soundfield (VRA)" if pt.age < 5 else "insert"]), pick(r, ["good", "fair", "good to fair"]),
                audiogram_text(r, a, r.randrange(3)), a["note"], pick(r, ["Results discussed with patient.", "Results reviewed with parent.", ""]), sign(r, aud, d, 5))
        else:
            txt = "Audiology report\n%s\n\n%s presented today %s. Otoscopy unremarkable. Tympanometry showed type %s in the right and type %s in the left ear. Pure-tone testing revealed: %s. Speech reception thresholds were %d and %d dB HL with word recognition %d%% and %d%%. %s\n\n%s" % (
                banner(r, pt, 0), pt.name(2), pick(r, ["for a hearing evaluation", "at the request of %s" % doc.dr(), "for follow-up testing"]), a["tymp"][0], a["tymp"][1], a["note"].lower(),
                a["srt"][0], a["srt"][1], a["wrs"][0], a["wrs"][1], pick(r, ["Recommend ENT follow-up.", "Hearing aids recommended.", "Retest in 6 months."]), sign(r, aud, d, 0))
        return finish(r, txt)
    radiology = any(k in mod for k in ("CT", "MRI", "Ultrasound"))
    lay = r.randrange(6)
    if radiology:
        exam = img["title"]
        if lay in (0, 1, 2):
            secs = [(["Exam", "Examination", "Procedure"], "%s%s" % (exam, maybe(r, 0.4, "  (CPT %d)" % r.randint(70450, 76536)))),
                    (["Clinical History", "Indication", "History"], c["cc"] + "; " + c["short"]),
                    (["Comparison", "Comparisons"], pick(r, ["None.", "None available.", "Prior study dated %s." % fdate(later(d, -r.randint(30, 900)), 0)])),
                    (["Technique"], pick(r, ["Axial images were obtained with coronal and sagittal reformats.", "Contiguous 0.625 mm axial images with multiplanar reformats." if "CT" in mod else "Multiplanar multisequence imaging before and after gadolinium.", "Grayscale and color Doppler sonography." if "Ultra" in mod else "Helical acquisition, bone and soft tissue algorithms."])),
                    (["Findings"], img["find"]), (["Impression", "IMPRESSION", "Conclusion"], ("1. " + img["imp"]) if r.random() < 0.5 else img["imp"])]
            txt = "%s\n%s\n%s\n\n%s\n\n%s" % (letterhead(r, fac, "Department of Radiology", r.randrange(6)), banner(r, pt, r.randrange(7)),
                                              "Ordering: %s   Accession: %s%d   Date of exam: %s" % (doc.full(style=1), pick(r, ["CT", "MR", "US", "RAD"]), r.randint(1000000, 9999999), fdate(d, 0)),
                                              render(r, secs, pick(r, ["caps_colon", "caps_inline", "title_colon", "underline"])),
                                              "Dictated by: %s\n%s" % (rad.full(), footer(r, pt, rad, d, 0)))
            if lay == 2:
                txt += "\n\nADDENDUM (%s): %s" % (fdate(later(d, 1), 0), pick(r, ["Findings discussed with Dr. %s by phone at %s." % (doc.last, ftime(r)), "Correction: laterality in the findings section should read %s." % c["side"], "Critical result communicated to ordering provider."]))
            return finish(r, txt, banner(r, pt, 6))
        if lay == 3:
            txt = "%s  PRELIMINARY REPORT  (teleradiology)\n%s\n%s\nRead by: %s\n\nFINDINGS: %s\nIMPRESSION: %s\n\nThis preliminary interpretation will be followed by a final report." % (
                exam, banner(r, pt, 5, d), fdate(d, 0) + " " + ftime(r), rad.full(), img["find"], img["imp"])
            return finish(r, txt)
        txt = "%s\n\n%s\n\n%s: %s %s\n\n%s\n%s" % (banner(r, pt, 1), exam, pick(r, ["History", "Reason"]), c["cc"], "", img["find"] + " " + img["imp"], sign(r, rad, d, 4))
        return finish(r, txt)
    # ophthalmic diagnostic
    if "OCT" in mod:
        dev, scan = pick(r, ["Cirrus HD-OCT 5000", "Spectralis OCT", "Topcon Maestro"]), pick(r, ["Macular Cube 512x128", "HD 5-line raster", "Macula 49-line volume"])
    elif "Humphrey" in mod or "Visual" in mod:
        dev, scan = pick(r, ["Humphrey Field Analyzer 3", "HFA II-i 750"]), pick(r, ["24-2 SITA-Standard", "24-2 SITA-Fast", "Superior 36-point (ptosis)"])
    elif "B-scan" in mod:
        dev, scan = pick(r, ["Quantel Aviso B-scan", "Ellex Eye Cubed"]), "10 MHz probe, transverse and longitudinal"
    else:
        dev, scan = pick(r, ["IOLMaster 700", "Lenstar LS 900"]), pick(r, ["Barrett Universal II", "SRK/T", "Hoffer Q"]) + " formula"
    if lay in (0, 1):
        txt = "%s\n%s\n%s\nDevice: %s   Operator: %s\nEye(s): %s   Test date: %s\n%s\n\nFINDINGS:\n%s\n\nINTERPRETATION:\n%s\n\nInterpreted by %s" % (
            fac["name"], pick(r, [img["title"], "Diagnostic Testing - " + mod, "OPHTHALMIC IMAGING REPORT"]), banner(r, pt, 2), dev, pick(r, ["COT", "OCT tech", "JB", "photographer"]),
            pick(r, ["OU", c["E"]]), fdate(d, 0), maybe(r, 0.7, ("Signal strength: %d/10  " % r.randint(6, 10) if "OCT" in mod else "") + "Protocol: " + scan),
            img["find"], img["imp"], sign(r, doc, d, 1))
        return finish(r, txt)
    if lay == 2:
        txt = "%s  %s\n%s - Interpretation and Report\n%s\n\nIndication: %s\nReliability/Quality: %s\nResults: %s\nComparison: %s\nAssessment: %s\nPlan: %s\n\n%s" % (
            fac["short"], dept, mod, banner(r, pt, 0), c["short"], pick(r, ["good", "adequate", "borderline - repeat"]), img["find"],
            pick(r, ["compared with %s" % fdate(later(d, -r.randint(90, 700)), 4), "baseline", "no prior"]), img["imp"], c["plan"][-1], sign(r, doc, d, 5))
        return finish(r, txt)
    if lay == 3:
        txt = "%s\n%s %s  DOB %s\nStudy: %s\n\n%s\n%s\n--- %s" % (dev.upper(), pt.name(1), pt.mrn, fdate(pt.dob, 0), mod, img["find"], "Impression: " + img["imp"], doc.full(style=2))
        return finish(r, txt)
    txt = "%s\n%s\n\n%s was performed on %s for %s. %s %s\n\n%s" % (letterhead(r, fac, dept), banner(r, pt, 3, d), mod, pick(r, ["both eyes", "the %s eye" % c["side"]]), c["short"], img["find"], img["imp"], sign(r, doc, d, 0))
    return finish(r, txt)


def gen_pathology_report(r):
    pt, c, fac, doc, dept = ctx(r, HAS_PATH)
    p = c["path"]
    d = later(pt.visit, 0)
    pth = Person(r, "path")
    acc = "%s%s-%05d" % (pick(r, ["S", "SP", "EP", "OS"]), d.strftime("%y"), r.randint(1, 40000))
    lay = r.randrange(6)
    hx = "%s. %s" % (c["short"], (c["op"]["name"] if c["op"] else ""))
    if lay == 0:
        txt = "%s\n%s\n\n%s\nAccession #: %s\nCollected: %s  Received: %s  Reported: %s\nSubmitting physician: %s\n\nFINAL DIAGNOSIS:\n%s\n\n%s\n\nCLINICAL HISTORY:\n%s\n\nSPECIMEN:\n%s\n\nGROSS DESCRIPTION:\n%s\n\nMICROSCOPIC DESCRIPTION:\n%s\n\n%s\n%s" % (
            letterhead(r, fac, "Department of Pathology"), pick(r, ["SURGICAL PATHOLOGY REPORT", "Surgical Pathology", "PATHOLOGY REPORT"]), banner(r, pt, 1), acc,
            fdate(d, 0), fdate(d, 0), fdate(later(d, r.randint(1, 5)), 0), doc.full(style=1), p["dx"], "I have personally reviewed the slides and rendered the above diagnosis.",
            hx, p["spec"], p["gross"], p["micro"], sign(r, pth, later(d, 3), 1), maybe(r, 0.4, "Gross dictated by %s, PA(ASCP)" % Person(r).full(style=2)))
        return finish(r, txt, banner(r, pt, 6))
    if lay == 1:
        txt = "%s\nANATOMIC PATHOLOGY   %s\n%s\n\nPART A: %s\n\nDIAGNOSIS\n  A. %s\n\nCOMMENT: %s\n\nGROSS: The specimen is received %s labeled with the patient's name and \"%s\". %s\n\nMICRO: %s\n\nICD: %s   CPT: 88305\nSigned out by %s on %s" % (
            fac["name"], acc, banner(r, pt, 5, d), p["spec"], p["dx"], pick(r, ["Correlation with clinical findings recommended.", "None.", "Slides reviewed at intradepartmental conference.", "Findings communicated to Dr. %s." % doc.last]),
            pick(r, ["in formalin", "fresh", "in a formalin-filled container"]), p["spec"].lower(), p["gross"], p["micro"], c["icd"], pth.full(), fdate(later(d, 2), 1))
        return finish(r, txt)
    if lay == 2 and c["key"] in ("hn_scc", "thyroid", "vf_lesion", "parotid"):
        txt = "%s\n%s\nIntraoperative consultation (frozen section):\n  FSA: %s - %s (%s, called to OR %s)\n\nFINAL DIAGNOSIS:\n%s\n\nGross: %s\nMicroscopic: %s\n\n%s" % (
            fac["short"] + " SURGICAL PATHOLOGY  " + acc, banner(r, pt, 2), p["spec"], pick(r, ["carcinoma present", "benign salivary neoplasm, defer to permanents", "atypical, defer", "papillary carcinoma"]) if c["key"] != "vf_lesion" else "benign, defer to permanents",
            pth.full(style=2), ftime(r), p["dx"], p["gross"], p["micro"], sign(r, pth, later(d, 3), 1))
        return finish(r, txt)
    if lay == 3 and c["key"] == "thyroid":
        txt = "%s\nCYTOPATHOLOGY REPORT  %s\n%s\n\nSpecimen: Thyroid, %s lobe nodule, US-guided FNA\nAdequacy: Satisfactory for evaluation\n\nINTERPRETATION (Bethesda System for Reporting Thyroid Cytopathology):\n%s\n\nDescription: %s\n\nCytotechnologist: %s, CT(ASCP)\nPathologist: %s" % (
            fac["name"], "C" + acc[1:], banner(r, pt, 1), c["side"], pick(r, ["Category V - Suspicious for papillary thyroid carcinoma", "Category VI - Malignant: papillary thyroid carcinoma", "Category IV - Follicular neoplasm"]),
            "Cellular smears with sheets and papillary fragments of follicular cells showing nuclear enlargement, grooves and intranuclear pseudoinclusions; scant colloid.",
            Person(r).full(style=2), pth.sig())
        return finish(r, txt)
    if lay == 4:
        txt = "%s\nDermatopathology & Ocular Pathology Associates\n%s\nPatient: %s   DOB: %s   Client: %s\nCase: %s\n\nClinical Information: %s\n\nDIAGNOSIS: %s\n\nDescription: %s %s\n\n%s, Board Certified in Anatomic Pathology" % (
            pick(r, ["KESTREL PATHOLOGY LAB", "NORTHEAST OCULAR PATHOLOGY SERVICE", "ATLAS REFERENCE PATHOLOGY"]), "Reference laboratory report", pt.name(1), fdate(pt.dob, 0),
            fac["name"], acc, hx, p["dx"], p["gross"], p["micro"], pth.sig())
        return finish(r, txt)
    if c["key"] in ("hn_scc", "thyroid") and r.random() < 0.8:
        syn = "\n".join("%s: %s" % kv for kv in [("Procedure", c["op"]["name"] if c["op"] else "biopsy"), ("Tumor site", c.get("site", c["side"] + " thyroid lobe")),
                                                  ("Histologic type", "squamous cell carcinoma" if c["key"] == "hn_scc" else "papillary carcinoma, classic"),
                                                  ("Tumor size", "%.1f cm" % r.uniform(1, 3.5)), ("Lymphovascular invasion", pick(r, ["Not identified", "Present"])),
                                                  ("Perineural invasion", pick(r, ["Not identified", "Present"])), ("Margins", pick(r, ["Negative; closest %d mm" % r.randint(1, 8), "Uninvolved"])),
                                                  ("Lymph nodes", "%d/%d involved" % (r.randint(0, 2), r.randint(8, 30))), ("pTNM", "p%s N%s" % (pick(r, ["T1", "T2"]), pick(r, ["0", "1a", "1"])))])
        txt = "%s\n%s\nAccession %s\n\nDIAGNOSIS: %s\n\nSYNOPTIC REPORT (CAP protocol)\n%s\n\n%s" % (fac["name"], banner(r, pt, 3, d), acc, p["dx"], syn, sign(r, pth, later(d, 4), 1))
        return finish(r, txt)
    txt = "%s  %s\n%s\nDx: %s\n%s" % (acc, fdate(d, 4), pt.name(1), p["dx"], maybe(r, 0.5, "ADDENDUM: %s" % pick(r, ["Levels examined; no change in diagnosis.", "Special stains (PAS, GMS) negative for fungi.", "Immunostains support the diagnosis."]), pth.full(style=2)))
    return finish(r, txt)


DROP_CAPS = {"prednisolone": "white cap", "moxifloxacin": "tan cap", "ofloxacin": "tan cap", "ketorolac": "gray cap", "timolol": "yellow cap",
             "latanoprost": "teal cap", "brimonidine": "purple cap", "dorzolamide": "orange cap", "atropine": "red cap", "cyclopentolate": "red cap", "pilocarpine": "green cap"}


def gen_medication_list(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    hm = home_meds(pt)
    lay = r.randrange(7)
    if lay == 2 and c["area"] != "eye":
        lay = pick(r, [0, 1, 3, 4, 5, 6])
    if lay == 0:
        rows = ["%-34s %-22s %-10s %s" % ("Medication", "Dose/Frequency", "Last dose", "Action")]
        for a, b in hm:
            act = pick(r, ["Continue", "Continue", "Hold" if a in ("apixaban", "aspirin", "metformin") else "Continue", "Resume at discharge"])
            rows.append("%-34s %-22s %-10s %s" % (a, b, pick(r, ["today AM", "last night", "unknown", fdate(d, 4)]), act))
        for m in c["meds"]:
            rows.append("%-34s %-22s %-10s %s" % (m["name"][:34], m["sig"][:22], "--", "NEW"))
        txt = "%s\n%s\n%s\n\n%s\n\nAllergies: %s\nSource of information: %s\nReconciled by: %s  %s" % (
            fac["name"], pick(r, ["MEDICATION RECONCILIATION", "Medication Reconciliation - Admission", "Med Rec"]), banner(r, pt, 5, d), "\n".join(rows),
            ", ".join(pt.allergies), pick(r, ["patient", "patient and pharmacy fill history", "family member", "outside records"]), Person(r, pick(r, ["rn", "pcp"])).full(), fdate(d, 0))
        return finish(r, txt)
    if lay == 1:
        txt = "%s\nMY MEDICATION LIST\nName: %s   Date: %s\nPharmacy: %s\n\n%s\n\nBring this list to every visit. If you use eye drops, wait 5 minutes between drops." % (
            letterhead(r, fac, dept, 4), pt.name(2), fdate(d, 1), pick(r, ["Corner Drug, Main St", "Millbrook Pharmacy", "Harbor Apothecary", "ValueCare Pharmacy #%d" % r.randint(100, 999)]),
            "\n".join("[ ] %s - %s" % (a, b) for a, b in hm) + ("\n" if hm else "") + "\n".join("[ ] %s - %s" % (m["name"], m["sig"]) for m in c["meds"]))
        return finish(r, txt)
    if lay == 2 and c["area"] == "eye":
        drops = [m for m in c["meds"] if "ophth" in m["name"] or "%" in m["name"]] or c["meds"]
        times = ["8 AM", "12 PM", "4 PM", "8 PM"]
        lines = ["%-40s " % "DROP" + " ".join("%-6s" % t for t in times)]
        for m in drops:
            cap = next((v for k, v in DROP_CAPS.items() if k in m["name"]), "")
            n = 4 if "QID" in m["sig"] or "four" in m["sig"] else (2 if "twice" in m["sig"] or "BID" in m["sig"] else (3 if "three" in m["sig"] or "TID" in m["sig"] else 1))
            marks = ["  X   " if (n == 4 or (n == 2 and i in (0, 3)) or (n == 3 and i in (0, 1, 3)) or (n == 1 and i == 3)) else "  -   " for i in range(4)]
            lines.append("%-40s " % (m["name"][:28] + (" (" + cap + ")" if cap else "")) + " ".join(marks))
        txt = "%s\nEYE DROP SCHEDULE - %s EYE\n%s\n\n%s\n\nWeek 2: %s\nDo not touch the bottle tip to the eye. Shake the white-cap bottle well.\nQuestions: %s" % (
            fac["name"], c["side"].upper(), banner(r, pt, 0), "\n".join(lines), pick(r, ["reduce prednisolone to 3 times daily", "stop antibiotic drop", "continue as above until post-op visit"]), fac["ph"])
        return finish(r, txt)
    if lay in (2, 3):
        txt = "Pharmacy Admission Medication History\n%s\nObtained by: %s, PharmD on %s\nSources: %s\n\n%s\n\nOTC/Herbals: %s\nAdherence: %s\nComments: %s" % (
            banner(r, pt, 2), Person(r).full(), fdate(d, 0), pick(r, ["patient interview, Rx fill history", "caregiver, pill bottles"]),
            "\n".join("%d. %s %s  (last filled %s)" % (i + 1, a, b, fdate(later(d, -r.randint(5, 80)), 4)) for i, (a, b) in enumerate(hm)) or "No prescription medications.",
            pick(r, ["fish oil, multivitamin", "none", "ibuprofen prn", "AREDS2 vitamins"]), pick(r, ["good", "reports missing doses", "uses pill organizer"]),
            pick(r, ["Anticoagulant - notify surgeon.", "None.", "Discrepancy in lisinopril dose clarified with PCP office."]))
        return finish(r, txt)
    if lay == 4:
        cb = lambda b: "[X]" if b else "[ ]"
        lines = []
        for a, b in hm:
            s = r.randrange(3)
            lines.append("%s  %s  Continue %s  Stop %s  Change %s" % (a, b, cb(s == 0), cb(s == 1), cb(s == 2)))
        for m in c.get("meds_dc", c["meds"]):
            lines.append("%s  %s  NEW [X]" % (m["name"], m["sig"]))
        txt = "%s\nDISCHARGE MEDICATION RECONCILIATION\n%s\n\n%s\n\nPrescriptions sent to: %s\nPatient verbalized understanding: [X] yes\nRN: %s  Physician: %s" % (
            letterhead(r, fac, "", 3), banner(r, pt, 3, d), "\n".join(lines), pick(r, ["patient's pharmacy (e-Rx)", "paper Rx given", "hospital outpatient pharmacy"]), Person(r, "rn").full(style=2), doc.full(style=2))
        return finish(r, txt)
    if lay == 5:
        txt = "Current Outpatient Medications\n%s\n%s\n\n%s\n\n%s" % (banner(r, pt, 5, d), pick(r, ["as of " + fdate(d, 1), "Reviewed this visit", ""]),
                                                                 "\n".join("%s\n    Sig: %s%s" % (a, b, maybe(r, 0.3, "\n    Patient not taking")) for a, b in hm) + "\n" + "\n".join("%s\n    Sig: %s" % (m["name"], m["sig"]) for m in c["meds"]),
                                                                 "Allergies as of %s: %s" % (fdate(d, 0), ", ".join(pt.allergies)))
        return finish(r, txt)
    txt = "%s MED LIST (%s)\n%s; %s\nALL: %s" % (pt.name(1), fdate(d, 4), "; ".join("%s %s" % x for x in hm) or "no home meds", "; ".join(m["name"] for m in c["meds"]), ", ".join(pt.allergies))
    return finish(r, txt)


def rx_sig_parts(m):
    return m["name"], m["sig"], m["qty"] or pick(random.Random(len(m["name"])), ["1 bottle", "#30", "5 mL", "1 tube"]), m["ref"] or "0"


def gen_prescription(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    lay = r.randrange(7)
    if lay in (1, 2) and c["area"] == "eye" or (lay in (1, 2) and r.random() < 0.3):
        opt = Person(r, pick(r, ["optom", "ophth"]))
        def refr():
            s = r.choice([-1, 1]) * r.randint(0, 24) * 0.25
            cy = -r.randint(0, 10) * 0.25
            return "%+.2f" % s if s else "PL", ("%.2f" % cy if cy else "SPH"), ("%03d" % r.randint(1, 180)) if cy else ""
        od, os_ = refr(), refr()
        add = "+%.2f" % (r.randint(4, 12) * 0.25) if pt.age > 42 else ""
        if lay == 1:
            txt = "%s\n%s\nSPECTACLE PRESCRIPTION\n\nPatient: %s          Date: %s\n\n        SPHERE   CYL     AXIS   ADD    PRISM\nOD      %-8s %-7s %-6s %-6s %s\nOS      %-8s %-7s %-6s %-6s %s\n\nPD: %d/%d mm   Lens: %s\n%s\nExpires: %s\n\n%s  Lic# %s" % (
                letterhead(r, fac, pick(r, ["Optometry Service", "Optical Shop", dept])), fac["ph"], pt.name(2), fdate(d, 0), od[0], od[1], od[2], add, "", os_[0], os_[1], os_[2], add, "",
                r.randint(28, 34), r.randint(28, 34), pick(r, ["PAL", "SV distance", "Bifocal FT-28", "SV reading", "Polycarbonate, AR coat"]), pick(r, ["Safety glasses recommended", "", "Photochromic OK", "Substitutions: none"]),
                fdate(later(d, 730), 0), opt.sig(), "%s%05d" % (pick(r, ["OD", "OPT", "MD"]), r.randint(1, 99999)))
        else:
            txt = "%s\nCONTACT LENS Rx\n%s\n\nOD: %s  BC %.1f  DIA %.1f  %s\nOS: %s  BC %.1f  DIA %.1f  %s\nWear: %s\nReplacement: %s\nExpiration: %s\n\n%s" % (
                fac["name"], banner(r, pt, 0), od[0], r.choice([8.4, 8.5, 8.6, 8.7]), r.choice([14.0, 14.2, 14.5]), pick(r, ["Acuvue Oasys", "Biofinity", "Dailies Total1"]),
                os_[0], r.choice([8.4, 8.5, 8.6, 8.7]), r.choice([14.0, 14.2, 14.5]), pick(r, ["Acuvue Oasys", "Biofinity", "Dailies Total1"]), pick(r, ["daily wear only, no sleeping in lenses", "DW"]),
                pick(r, ["daily", "2 weeks", "monthly"]), fdate(later(d, 365), 0), opt.sig())
        return finish(r, txt)
    meds = c.get("meds_dc", c["meds"]) or [med("artificial tears", "1 drop OU QID prn")]
    m = pick(r, meds)
    name, sig, qty, ref = rx_sig_parts(m)
    dea = "%s%s%07d" % (pick(r, ["A", "B", "F"]), doc.last[0], r.randrange(10 ** 7))
    if lay == 0:
        txt = "%s\n%s, %s\n%s\n%s   DEA %s   NPI %s\n\nName: %s     Age: %d\nAddress: %s, %s %s     Date: %s\n\nRx\n\n%s\nSig: %s\nDisp: %s\nRefills: %s\n\n[ ] Dispense as written     [X] Substitution permitted\n\n______________________ %s" % (
            fac["name"], doc.full(), doc.cred, fac["addr"] + ", " + fac["city"], fac["ph"], dea, doc.npi, pt.name(2), pt.age, pt.street, pt.city, pt.state, fdate(d, 4),
            name, sig, qty, ref, doc.full(style=2))
        return finish(r, txt)
    if lay == 3:
        txt = "eRx TRANSMISSION CONFIRMATION\nSent: %s %s   Status: %s\nPrescriber: %s (NPI %s)\nPatient: %s  DOB %s\nPharmacy: %s, %s\n\n%s\n\nMedication: %s\nSig: %s\nQuantity: %s  Days supply: %d  Refills: %s\nNote to pharmacist: %s" % (
            fdate(d, 0), ftime(r), pick(r, ["Accepted by pharmacy", "Transmitted", "Success"]), doc.full(), doc.npi, pt.name(1), fdate(pt.dob, 0),
            pick(r, ["ValueCare Pharmacy #%d" % r.randint(100, 999), "Corner Drug", "Harbor Apothecary"]), pick(r, TOWNS)[0], banner(r, pt, 6),
            name, sig, qty, r.choice([7, 10, 14, 30, 90]), ref, pick(r, ["None", "Generic OK", "Please counsel on drop technique", "Patient has vision impairment - large print label"]))
        return finish(r, txt)
    if lay == 4:
        items = "\n\n".join("%d) %s\n   Sig: %s\n   Disp: %s   RF: %s" % ((i + 1,) + rx_sig_parts(x)) for i, x in enumerate(meds))
        txt = "%s\n%s\n\nPatient: %s   DOB: %s   Date: %s\nAllergies: %s\n\n%s\n\nPrescriber: %s   %s\nLic. %s" % (
            letterhead(r, fac, pick(r, ["Surgery Center", dept])), pick(r, ["POST-OPERATIVE PRESCRIPTIONS", "Prescriptions", ""]), pt.name(), fdate(pt.dob, 0), fdate(d, 0), ", ".join(pt.allergies),
            items, doc.sig(), fac["ph"], "%d%05d" % (r.randint(1, 9), r.randint(0, 99999)))
        return finish(r, txt)
    if lay == 5:
        ctrl = med("oxycodone-acetaminophen 5/325 mg", "1 tablet by mouth every 6 hours as needed for severe pain", "12", "0") if c["area"] == "ent" else med("acetazolamide 250 mg", "1 tablet by mouth twice daily", "20", "0")
        nm = {"12": "twelve", "20": "twenty", "10": "ten", "8": "eight"}
        txt = "%s  %s\n%s\nDEA# %s\n\nFor: %s   DOB %s\nAddress: %s, %s, %s\nDate issued: %s\n\nRx: %s\n%s\nQuantity: %s (%s)\nNo refills\n%s\n\nSignature: %s" % (
            doc.full(), doc.cred, fac["name"], dea, pt.name(), fdate(pt.dob, 0), pt.street, pt.city, pt.state, fdate(d, 1), ctrl["name"], ctrl["sig"], ctrl["qty"], nm.get(ctrl["qty"], ctrl["qty"]),
            maybe(r, 0.6, "PDMP checked %s" % fdate(d, 4)), doc.full(style=2))
        return finish(r, txt)
    txt = "Rx  %s  %s\n%s  %s\n#%s  RF %s\n%s" % (fdate(d, 4), pt.name(2), name, sig, qty, ref, doc.full(style=2) + " " + doc.cred)
    return finish(r, letterhead(r, fac, "", 3) + "\n" + txt)


def gen_anesthesia_record(r):
    pt, c, fac, doc, dept = ctx(r, HAS_OP)
    d = pt.visit
    an = Person(r, "anes")
    crna = Person(r, "crna")
    asa = pick(r, ["1", "2", "2", "3"]) if pt.age < 65 else pick(r, ["2", "3", "3"])
    lay = r.randrange(6)
    ga = "General" in c["op"]["anes"] or "general" in c["op"]["anes"].lower()
    if lay in (0, 1):
        t0 = r.randint(7, 14) * 60 + r.choice([0, 15, 30, 45])
        rows = []
        t = t0
        for i in range(r.randint(6, 14)):
            t += r.choice([5, 5, 10, 15]) if i else 0
            rows.append("%02d:%02d  %3d/%-3d  %3d  %3d%%  %s" % (t // 60 % 24, t % 60, r.randint(100, 150), r.randint(55, 90), r.randint(58, 95), r.randint(96, 100), ("%2d" % r.randint(30, 42)) if ga else "--"))
        agents = ("Propofol %d mg IV, fentanyl %d mcg, rocuronium %d mg, sevoflurane 2%%, ondansetron 4 mg, dexamethasone %d mg" % (r.randint(100, 200), r.choice([50, 100, 150]), r.choice([30, 40, 50]), r.choice([4, 8, 10]))) if ga else ("Midazolam %.1f mg, fentanyl %d mcg, propofol infusion %d mcg/kg/min" % (r.choice([0.5, 1, 2]), r.choice([25, 50]), r.choice([25, 50, 75])))
        txt = "%s\nINTRAOPERATIVE ANESTHESIA RECORD\n%s\nDate: %s   OR %d\nProcedure: %s\nSurgeon: %s   Anesthesiologist: %s   CRNA: %s\nASA: %s   Wt: %d kg\nAllergies: %s\n\nAnesthesia type: %s\nAirway: %s\nMonitors: %s\n\nTIME   BP       HR   SpO2  EtCO2\n%s\n\nMedications: %s\nFluids: LR %d mL   EBL: %s   UO: %s\nEmergence: %s\nTo PACU at %s; report given to %s RN" % (
            fac["name"], banner(r, pt, 3, d), fdate(d, 0), r.randint(1, 12), c["op"]["name"], doc.full(style=2), an.full(style=2), crna.full(style=2), asa, pt.wt_lb * 45 // 100,
            ", ".join(pt.allergies), c["op"]["anes"], ("ETT %.1f cuffed, grade %d view, %s" % (r.choice([6.0, 6.5, 7.0, 7.5]) if pt.age > 12 else 5.0, r.randint(1, 2), pick(r, ["MAC 3", "Miller 2", "video laryngoscope"]))) if ga else "natural airway, nasal cannula O2 2 L/min",
            "standard ASA monitors" + (", NIM" if "NIM" in c["op"]["anes"] else ""), "\n".join(rows), agents, r.choice([200, 300, 500, 800, 1200]), c["op"]["ebl"], pick(r, ["not measured", "n/a"]),
            pick(r, ["smooth", "uneventful, extubated awake", "calm"]), "%02d:%02d" % ((t0 // 60 + 2) % 24, r.choice([5, 20, 40])), pick(r, LAST))
        return finish(r, txt)
    if lay == 2:
        mall = r.randint(1, 4)
        txt = "%s\nPRE-ANESTHESIA EVALUATION\n%s\n\nPlanned procedure: %s\nPMH: %s\nPrior anesthesia: %s\nMeds: %s\nAllergies: %s\nNPO since: %s\n\nAirway: Mallampati %d, TMD >3 FB, mouth opening adequate, %s\nHeart: RRR  Lungs: clear\n%s\n\nASA %s%s\nPlan: %s\nRisks including sore throat, dental injury, nausea, awareness and rare serious complications discussed; questions answered; consent obtained.\n%s" % (
            fac["short"] + " Department of Anesthesiology", banner(r, pt, 1), c["op"]["name"], pmh_text(pt), pick(r, ["no problems", "PONV after hysterectomy", "none", "uneventful GA"]),
            ", ".join(a for a, b in home_meds(pt)) or "none", ", ".join(pt.allergies), pick(r, ["midnight", "06:00 clears", "last night 22:00"]), mall, pick(r, ["full dentition", "upper denture", "loose lower incisor noted"]),
            vitals(r, pt, 0), asa, pick(r, ["", "E"]) if c["key"] in ED_KEYS else "", c["op"]["anes"], sign(r, an, d, 1))
        return finish(r, txt)
    if lay == 3:
        txt = "PACU RECORD / POST-ANESTHESIA NOTE\n%s\n\nArrival %s  %s\nAldrete: arrival %d, discharge %d\nPain: %d/10 -> %d/10\nPONV: %s\nAirway: %s\nMental status: %s\n%s\nMeets discharge criteria at %s. No apparent anesthesia complications.\n%s" % (
            banner(r, pt, 2), ftime(r), vitals(r, pt, 0), r.randint(7, 9), 10, r.randint(2, 7), r.randint(0, 3), pick(r, ["none", "mild, ondansetron given"]), pick(r, ["patent, RA", "NC 2L weaned to RA"]),
            pick(r, ["awake, oriented", "at baseline", "drowsy but arousable"]), ("Eye shield in place, no drops to operative eye." if c["area"] == "eye" else "Dressing dry/intact, no oozing from nose/mouth."), ftime(r), sign(r, an, d, 5))
        return finish(r, txt)
    if lay == 4 and c["area"] == "eye":
        txt = "%s\nREGIONAL ANESTHESIA - OPHTHALMIC BLOCK\n%s\n\nEye: %s   Block: %s\nNeedle: %s\nAgent: %s\nSedation: %s\nAkinesia: %s  Complications: %s\nPerformed by: %s" % (
            fac["name"], banner(r, pt, 0), c["E"], pick(r, ["retrobulbar", "peribulbar", "sub-Tenon's"]), pick(r, ["25G 1.25 inch Atkinson", "sub-Tenon's cannula"]),
            "%d mL 2%% lidocaine / 0.75%% bupivacaine 50:50 with hyaluronidase" % r.randint(3, 6), pick(r, ["propofol %d mg" % r.choice([20, 30, 40]), "alfentanil 250 mcg", "midazolam 1 mg"]),
            pick(r, ["complete", "adequate", "good"]), pick(r, ["none", "none; no retrobulbar hemorrhage"]), an.full() + ", " + an.cred)
        return finish(r, txt)
    txt = "%s ANESTHESIA SUMMARY\n%s\nASA %s  %s  Start %s End %s\nDrugs: %s\nAirway: %s\nIVF %d mL. EBL %s. Uneventful.\n%s" % (
        fac["short"], banner(r, pt, 6), asa, c["op"]["anes"], ftime(r), ftime(r), pick(r, ["propofol, fentanyl, sevo", "MAC: midazolam 2 mg, fentanyl 50 mcg", "mask induction sevo/N2O, IV placed after induction"]),
        pick(r, ["LMA #%d" % r.randint(2, 4), "ETT", "natural", "RAE tube"]), r.choice([100, 250, 500]), c["op"]["ebl"], crna.full(style=2) + ", CRNA / " + an.full(style=2) + ", MD")
    return finish(r, txt)


PRACTICES = ["Ridgeview Family Eye Care", "ClearSight Optometry", "Millbrook Internal Medicine", "Lakeside Primary Care",
             "Harbor Pediatrics", "Westmere Family Practice", "Bright Horizons Pediatric Associates", "Quarry Road Medical Group",
             "VisionWorks of Greyfield", "Tallis Valley Hearing Center"]


def outside_doc(r, c):
    role = pick(r, ["optom", "pcp"]) if c["area"] == "eye" else pick(r, ["pcp", "aud", "pcp"])
    p = Person(r, role)
    p.practice = pick(r, PRACTICES)
    p.addr = "%d %s, %s, %s" % (r.randint(10, 900), pick(r, STREETS), pick(r, TOWNS)[0], pick(r, TOWNS)[1])
    return p


def gen_correspondence(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    od = outside_doc(r, c)
    lay = r.randrange(7)
    salute = "Dear %s," % (("Dr. " + od.last) if od.cred.startswith(("MD", "OD", "AuD")) else od.full())
    re = pick(r, ["RE: %s   DOB: %s" % (pt.name(), fdate(pt.dob, 0)), "Re: %s (DOB %s)" % (pt.name(2), fdate(pt.dob, 4)), "Patient: %s\nDate of visit: %s" % (pt.name(), fdate(d, 0))])
    head_ = "%s\n\n%s\n\n%s\n%s\n%s\n\n%s\n\n%s" % (letterhead(r, fac, dept), fdate(later(d, r.randint(0, 4)), 1), od.full() + ", " + od.cred, od.practice, od.addr, re, salute)
    if lay == 0:  # back to optometrist / PCP update
        if c["op"]:
            body = "I had the pleasure of seeing %s in follow-up after %s on %s. %s %s\n\nOn examination today %s\n\nMy impression is %s. %s I have asked %s to return in %s, after which I anticipate %s will return to your care for routine follow-up." % (
                pt.name(2), c["op"]["name"].lower(), fdate(later(d, -r.randint(7, 40)), 1), pick(r, ["The surgery went smoothly.", "Postoperative course has been unremarkable.", "%s is very pleased with the result." % pt.he().capitalize()]), "",
                eye_exam(r, c, 2) if c["area"] == "eye" else ent_exam(r, c, 2), c["assess"].rstrip(".").lower(), (pick(r, ["Drops are being tapered.", "Vision is improving."]) if c["area"] == "eye" else pick(r, ["Healing is on schedule.", "Packing and splints are out."] if c["key"] in ("septum", "crs") else ["Healing is on schedule."])) + (" Final pathology: %s" % c["path"]["dx"] if c["path"] and r.random() < 0.5 else ""), pt.name(2).split()[0], c["fu"], pt.he())
        else:
            body = "Thank you for referring %s. I saw %s today for %s. %s\n\n%s\n\nIn summary, %s My recommendations: %s.\n\nThank you for allowing me to participate in %s care." % (
                pt.name(2), "him" if pt.sex == "M" else "her", c["cc"], c["hpi"], exam_for(r, c, pt), c["assess"], "; ".join(c["plan"]).lower(), pt.his())
        return finish(r, head_ + "\n\n" + body + "\n\n" + sign(r, doc, d, 3) + "\n\ncc: " + pick(r, ["patient", "chart", "Dr. %s" % pick(r, LAST)]))
    if lay == 1:  # diabetic eye exam letter to PCP (form letter)
        dm = "type 2 diabetes mellitus" in pt.pmh
        txt = "%s\n\nDIABETIC EYE EXAMINATION REPORT TO PRIMARY CARE\n\nTo: %s\nPatient: %s   DOB: %s\nExam date: %s\n\nVisual acuity: OD %s  OS %s\nDilated exam performed: [X] Yes  [ ] No\nRetinopathy: %s\nMacular edema: %s\nOther findings: %s\nRecommended follow-up: %s\n\nHbA1c and blood pressure control strongly influence retinopathy progression. Thank you for allowing us to share in the care of your patient.\n\n%s" % (
            letterhead(r, fac, dept), od.full() + ", " + od.practice, pt.name(), fdate(pt.dob, 0), fdate(d, 0), eye_vals(c, "OD")["va"], eye_vals(c, "OS")["va"],
            pick(r, ["PDR %s, moderate NPDR %s" % (c["E"], c["F"])]) if c["key"] == "dme" else pick(r, ["None", "Mild NPDR OU", "None OU"]),
            ("Present %s" % c["E"]) if c["key"] == "dme" else "None", c["short"] if c["key"] != "dme" else "see above", pick(r, ["1 year", "6 months", "4 weeks - under treatment"]), sign(r, doc, d, 2))
        return finish(r, txt)
    if lay == 2:  # letter to patient with results
        pd = c["path"]["dx"] if c["path"] else (c["img"]["imp"] if c["img"] and c["img"]["imp"] else "findings consistent with %s." % c["dx"].lower())
        txt = "%s\n\n%s\n\n%s\n%s\n%s, %s %s\n\nDear %s %s,\n\n%s %s\n\n%s\n\nIf you have any questions, please call our office at %s.\n\n%s" % (
            letterhead(r, fac, dept), fdate(later(d, r.randint(3, 14)), 1), pt.name(2), pt.street, pt.city, pt.state, pt.zip, pt.mr(), pt.last,
            pick(r, ["I am writing to let you know the results of your recent test.", "Your recent results are now available.", "This letter is to follow up on your recent procedure."]),
            "The result showed: %s" % pd, pick(r, ["This is reassuring and no further treatment is needed at this time.", "We will discuss the next steps at your upcoming appointment.", "Please keep your scheduled follow-up visit."]),
            fac["ph"], sign(r, doc, d, 3))
        return finish(r, txt)
    if lay == 3:  # short thank-you for referral
        txt = "%s\n%s\n\n%s\n\nThank you for the kind referral of %s, seen %s. Impression: %s Plan: %s. I will keep you informed.\n\nWarm regards,\n%s" % (
            letterhead(r, fac, dept, 1), fdate(d, 0), salute, pt.name(), fdate(d, 4), c["assess"], "; ".join(c["plan"][:2]).lower(), doc.full() + ", " + doc.cred)
        return finish(r, txt)
    if lay == 4:  # missed appointment / recall
        txt = "%s\n\n%s\n\n%s\n%s\n%s, %s %s\n\nDear %s,\n\n%s Because of your diagnosis of %s, it is important that you are seen regularly to prevent loss of %s. Please call %s to reschedule.\n\nSincerely,\n\n%s\n%s" % (
            letterhead(r, fac, dept), fdate(d, 1), pt.name(2), pt.street, pt.city, pt.state, pt.zip, pt.name(2),
            pick(r, ["Our records show that you missed your appointment on %s." % fdate(d, 1), "You are due for your follow-up examination.", "We have been unable to reach you by telephone."]),
            c["short"], "vision" if c["area"] == "eye" else "hearing or other complications", fac["ph"], pick(r, ["Patient Services", "Clinic Scheduling", doc.full()]), dept)
        return finish(r, txt)
    if lay == 5:  # to whom it may concern
        txt = "%s\n%s\n\nTO WHOM IT MAY CONCERN:\n\n%s (DOB %s) is under my care for %s. %s %s\n\nPlease excuse %s absence. Feel free to contact my office at %s with questions.\n\n%s" % (
            letterhead(r, fac, dept), fdate(d, 1), pt.name(), fdate(pt.dob, 0), c["short"],
            pick(r, ["%s underwent surgery on %s and may return to work on %s." % (pt.he().capitalize(), fdate(d, 4), fdate(later(d, r.randint(7, 21)), 4)),
                     "%s should avoid heavy lifting, bending and swimming for 2 weeks." % pt.he().capitalize(), "%s may return to school tomorrow." % pt.he().capitalize(),
                     "%s should not drive until cleared at follow-up." % pt.he().capitalize()]), maybe(r, 0.4, "%s requires preferential seating." % pt.he().capitalize()),
            pt.his(), fac["ph"], sign(r, doc, d, 0))
        return finish(r, txt)
    # fax/email style between clinicians
    txt = "From: %s, %s\nTo: %s (%s)\nDate: %s\nSubject: %s - %s\n\n%s,\n\n%s %s Could you %s?\n\nThanks,\n%s" % (
        doc.full(), fac["short"], od.full(), od.practice, fdate(d, 0), pt.name(3), c["short"], pick(r, ["Hi " + od.first, salute[:-1]]),
        c["assess"], pick(r, ["Plan is " + "; ".join(c["plan"][:2]).lower() + ".", ""]), pick(r, ["see %s for a BP and glucose check" % ("him" if pt.sex == "M" else "her"), "hold %s anticoagulation for 3 days" % pt.his() if "atrial fibrillation" in pt.pmh else "send us the last office note", "update us on any changes"]), doc.first)
    return finish(r, txt)


def gen_consent_form(r):
    pt, c, fac, doc, dept = ctx(r, HAS_OP + HAS_OPROC)
    d = pt.visit
    proc = (c["op"] or c["oproc"])["name"]
    wit = Person(r, "rn")
    lay = r.randrange(7)
    sigblock = "\n\n______________________________  Date/Time ____________\nPatient (or legally authorized representative)\n\n______________________________  Relationship ______________\n\n______________________________  Date/Time ____________\nWitness\n\n______________________________  Date/Time ____________\nPhysician"
    risks_eye = "infection, bleeding, inflammation, increased eye pressure, retinal detachment, loss of vision, loss of the eye, need for additional surgery, and risks of anesthesia"
    risks_ent = "bleeding, infection, pain, scarring, injury to nearby structures (including nerves, teeth, eye, or brain coverings as applicable), change in voice, hearing or smell, need for further surgery, and risks of anesthesia"
    risks = risks_eye if c["area"] == "eye" else risks_ent
    if lay == 0:
        txt = "%s\nFORM %s-%03d  (Rev. %02d/%02d)\nCONSENT TO OPERATION, ANESTHESIA AND OTHER MEDICAL SERVICES\n\n%s\n\n1. I authorize Dr. %s and such assistants as may be selected to perform the following procedure: %s.\n2. The nature and purpose of the procedure, possible alternative methods of treatment, the risks involved, and the possibility of complications have been explained to me. Risks include but are not limited to: %s.\n3. I consent to the administration of anesthesia as may be considered necessary.\n4. I consent to the disposal of any tissue removed, and to examination by the pathologist.\n5. No guarantee or assurance has been given to me as to the results that may be obtained.\n6. I understand that residents and other practitioners may participate in my care.\n%s" % (
            fac["name"].upper(), fac["short"], r.randint(1, 200), r.randint(1, 12), r.randint(0, 24), banner(r, pt, 4), doc.last, proc, risks, sigblock)
        return finish(r, txt)
    if lay == 1 and c["key"] == "cataract":
        txt = "%s\nInformed Consent for Cataract Surgery\n%s\n\nEye: %s\n\nWhat is a cataract? A cataract is a clouding of the natural lens of the eye. Surgery removes the cloudy lens and replaces it with an artificial intraocular lens (IOL).\n\nLens options (initial one):\n___ Standard monofocal lens (glasses needed for near and possibly distance)\n___ Toric lens to reduce astigmatism (additional out-of-pocket fee)\n___ Multifocal / extended depth of focus lens (additional out-of-pocket fee)\n___ Monovision\n\nRisks: Although cataract surgery is usually successful, complications can occur, including %s, dislocation of the lens, need for glasses, swelling of the retina (CME) or cornea, and droopy eyelid.\n\nI have read this form or had it read to me, my questions have been answered, and I wish to proceed.\n%s" % (
            letterhead(r, fac, dept), banner(r, pt, 0), c["side"].upper(), risks_eye, sigblock)
        return finish(r, txt)
    if lay in (1, 2) and c["key"] in ("wet_amd", "dme", "crvo"):
        txt = "%s\nCONSENT FOR INTRAVITREAL INJECTION(S)\n%s\n\nMedication: %s   Eye: [%s] Right  [%s] Left\nThis consent applies to a series of injections over the next 12 months.\n\nI understand that %s is given to treat %s. The injection is performed in the office after numbing and cleaning the eye. Possible risks include eye infection (endophthalmitis, approx. 1 in 2,000-3,000), retinal tear or detachment, bleeding, increased eye pressure, cataract, floaters, and a small possible risk of stroke or heart attack. Bevacizumab (Avastin) is used off-label for the eye.\n\nAlternatives including observation and laser have been discussed.\n%s" % (
            fac["name"], banner(r, pt, 3, d), c["drug"], "X" if c["E"] == "OD" else " ", "X" if c["E"] == "OS" else " ", c["drug"].split()[0], c["dx"].lower(), sigblock)
        return finish(r, txt)
    if lay == 3:  # anesthesia consent
        txt = "%s\nANESTHESIA CONSENT\n%s\n\nPlanned anesthesia: %s\n\nI understand the anesthesia care for my procedure (%s) may include general anesthesia, regional anesthesia (including eye blocks), or monitored anesthesia care with sedation. Risks include sore throat, hoarseness, nausea and vomiting, dental injury, awareness, nerve injury, allergic reaction, and rarely heart attack, stroke, brain damage or death. For eye blocks: bleeding behind the eye, injury to the eye or optic nerve.\n\n[ ] I agree to blood products if needed   [ ] I refuse blood products\n%s" % (
            letterhead(r, fac, "Department of Anesthesiology", r.randrange(5)), banner(r, pt, 1), (c["op"] or {"anes": "MAC"})["anes"], proc, sigblock)
        return finish(r, txt)
    if lay == 4:  # narrative documentation of consent discussion
        txt = "%s\n%s\n\nInformed consent discussion - %s\n\nI discussed with %s%s the proposed %s for %s. We reviewed the expected benefits, the alternatives (%s), and the risks including %s. The patient %s. All questions were answered and the consent form was signed and witnessed by %s.\n\n%s" % (
            fac["short"], banner(r, pt, 5, d), fdate(d, 1), pt.name(2), pick(r, ["", " and %s %s" % (pick(r, ["wife", "husband", "daughter", "son", "mother", "father"]), pick(r, FIRST_F + FIRST_M))]), proc.lower(), c["dx"].lower(),
            pick(r, ["observation", "continued medical therapy", "no treatment", "alternative procedures"]), risks, pick(r, ["wishes to proceed", "verbalized understanding and wishes to proceed", "agreed with the plan"]), wit.full(), sign(r, doc, d, 1))
        return finish(r, txt)
    if lay == 5:  # photo/teaching or minor procedure short
        txt = "%s\n%s\n\n%s\n\nI consent to %s. %s\n\nSpecific risks discussed: %s\n%s" % (
            letterhead(r, fac, dept, 3), pick(r, ["CONSENT FOR OFFICE PROCEDURE", "Consent for Minor Procedure", "SPECIAL PROCEDURE CONSENT"]), banner(r, pt, 0),
            proc.lower(), pick(r, ["I also consent to medical photography for my record.", "I understand this will be performed in the clinic under local anesthesia.", ""]),
            pick(r, ["infection, bleeding, pain, recurrence, scarring", "bleeding, infection, incomplete result, need for repeat procedure", risks]), sigblock)
        return finish(r, txt)
    txt = "%s\nPEDIATRIC SURGICAL CONSENT - PARENT/GUARDIAN\n%s\nChild: %s   Age: %d\n\nI, the parent/legal guardian, authorize %s to perform %s on my child. The risks (%s), benefits and alternatives have been explained. An interpreter was %s.\n%s" % (
        fac["name"], fdate(d, 0), pt.name(), pt.age, doc.full(), proc.lower(), risks, pick(r, ["not needed", "used (Spanish, ID #%d)" % r.randint(1000, 9999)]), sigblock) if pt.age < 18 else (
        "%s\nRequest for Surgical Treatment\n%s\n\nProcedure: %s\nSurgeon: %s\nSide/Site: %s\nAnesthesia: %s\n\nI acknowledge that the above procedure, its risks (%s), benefits and alternatives were explained to me.\n%s" % (
            fac["name"], banner(r, pt, 2), proc, doc.full(), c["side"], (c["op"] or {"anes": "local"})["anes"], risks, sigblock))
    return finish(r, txt)


def gen_referral_letter(r):
    pt, c, fac, doc, dept = ctx(r)
    d = later(pt.visit, -r.randint(5, 40))
    od = outside_doc(r, c)
    lay = r.randrange(7)
    reason = pick(r, ["evaluate and treat %s" % c["short"], "%s - please see" % c["cc"], "second opinion re: %s" % c["short"], "surgical evaluation"])
    if lay == 0:  # optometrist/PCP referral letter
        txt = "%s\n%s\n%s\nPhone %s\n\n%s\n\n%s\n%s\n%s\n\nRE: %s, DOB %s\n\nDear Dr. %s,\n\nI am referring %s for %s. %s %s\n\n%s\n\nPertinent history: %s. Allergies: %s.\n\nI would appreciate your evaluation and recommendations. Please send a copy of your report to my office.\n\nSincerely,\n\n%s\n%s" % (
            od.practice.upper(), od.addr, pick(r, ["", "Fax " + phone(r)]), phone(r), fdate(d, 1), doc.full() + ", " + doc.cred, dept, fac["name"],
            pt.name(), fdate(pt.dob, 0), doc.last, pt.name(2), reason, c["hpi"], pick(r, ["", "Please see enclosed records."]),
            ("My findings: VA OD %s, OS %s; IOP %s/%s. %s" % (eye_vals(c, "OD")["va"], eye_vals(c, "OS")["va"], eye_vals(c, "OD")["iop"], eye_vals(c, "OS")["iop"], c["short"])) if c["area"] == "eye" else "Exam: %s" % (list(c["ent"].values())[0] if c["ent"] else "see notes"),
            pmh_text(pt), ", ".join(pt.allergies), od.full() + ", " + od.cred, od.practice)
        return finish(r, txt)
    if lay == 1:  # referral form
        cb = lambda b: "[X]" if b else "[ ]"
        urg = r.randrange(3)
        txt = "%s\nREFERRAL REQUEST\n\nReferring provider: %s, %s   NPI %s\nPractice: %s   Phone: %s\n\nRefer to: %s / %s\nPatient: %s   DOB: %s   Phone: %s\nInsurance: %s   ID: %s\nAuthorization #: %s\nPriority: %s Routine  %s Urgent (within 1 wk)  %s Emergent/same day\nDiagnosis: %s  ICD-10: %s\nReason for referral: %s\nNumber of visits requested: %d\n\nSignature ____________________ Date %s" % (
            od.practice, od.full(), od.cred, od.npi, od.practice, phone(r), dept, fac["name"], pt.name(), fdate(pt.dob, 0), pt.phone, pt.ins, pt.memid,
            pick(r, ["pending", "A%08d" % r.randrange(10 ** 8), "not required"]), cb(urg == 0), cb(urg == 1), cb(urg == 2), c["short"], c["icd"], reason, r.randint(1, 6), fdate(d, 0))
        return finish(r, (fax_header(r, fac, d) + "\n") * (r.random() < 0.5) + txt)
    if lay == 2:  # urgent same-day fax
        txt = "%s\n*** URGENT REFERRAL - PLEASE SEE TODAY ***\nTo: %s on-call\nFrom: %s (%s)\nDate: %s\n\nPatient: %s, %d%s, DOB %s\n%s\nFindings: %s\nPatient has been instructed to go directly to your office/ED. Please call %s with questions." % (
            fax_header(r, fac, d), pick(r, ["Retina", "Ophthalmology", "ENT", "Otolaryngology"]), od.full(), od.practice, fdate(d, 0), pt.name(), pt.age, pt.sex, fdate(pt.dob, 0), c["hpi"],
            c["assess"], phone(r))
        return finish(r, txt)
    if lay == 3 and c["key"] in ("presby", "ssnhl", "meniere", "tm_perf", "cholest", "ome"):  # audiologist -> ENT
        aud = Person(r, "aud")
        txt = "%s\n\n%s\n\nDr. %s\n%s\n\nRe: %s\n\nDear Dr. %s,\n\n%s was seen for audiologic evaluation on %s. Results indicate %s. Given %s, I am referring for otologic evaluation%s.\n\n%s\n\nRespectfully,\n%s" % (
            pick(r, ["Tallis Valley Hearing Center", "SoundPath Audiology", "Greyfield Hearing & Balance"]), fdate(d, 1), doc.last, dept, pt.name(), doc.last, pt.name(2), fdate(d, 4), c["aud"]["note"].lower(),
            pick(r, ["the asymmetry", "the conductive component", "the sudden onset", "the findings"]), pick(r, [" and medical clearance for hearing aids", "", " and imaging as you feel appropriate"]), audiogram_text(r, c["aud"], r.randrange(3)), aud.sig())
        return finish(r, txt)
    if lay == 3:
        lay = 4
    if lay == 4:  # outbound from this hospital to another specialist
        tgt = pick(r, {"hn_scc": ["Radiation Oncology", "Medical Oncology"], "thyroid": ["Endocrinology"], "vf_lesion": ["Speech-Language Pathology"], "wet_amd": ["Low Vision Rehabilitation"],
                       "tonsil": ["Sleep Medicine"], "dme": ["Endocrinology"], "crvo": ["Internal Medicine", "Hematology"], "orb_cell": ["Infectious Disease"], "keratitis": ["Infectious Disease"],
                       "endophth": ["Infectious Disease"], "ssnhl": ["Neurology"], "bppv": ["Vestibular Physical Therapy"], "meniere": ["Vestibular Physical Therapy"], "presby": ["Audiology"],
                       "crs": ["Allergy & Immunology"], "poag": ["Low Vision Rehabilitation"], "strabismus": ["Pediatric Neurology"], "epistaxis": ["Hematology", "Cardiology"]}.get(c["key"], ["Internal Medicine (pre-operative medical evaluation)", "Cardiology (pre-operative clearance)"]))
        other = Person(r)
        txt = "%s\n\n%s\n\n%s, %s\n\nRE: %s (MRN %s)\n\nDear Dr. %s,\n\nI would be grateful if you would see %s, whom I am following for %s. %s I am requesting %s evaluation for %s.\n\nCurrent medications: %s\nAllergies: %s\n\n%s" % (
            letterhead(r, fac, dept), fdate(pt.visit, 1), other.full(), tgt, pt.name(), pt.mrn, other.last, pt.name(2), c["dx"].lower(), c["assess"], tgt.lower(),
            pick(r, ["further management", "co-management", "consideration of adjuvant therapy" if c["key"] in ("hn_scc", "thyroid") else "further evaluation", "an opinion"]),
            ", ".join(m["name"] for m in all_meds(pt, c)) or "none", ", ".join(pt.allergies), sign(r, doc, pt.visit, 3))
        return finish(r, txt)
    if lay == 5:  # school screening
        child_pt = pt
        txt = "%s SCHOOL DISTRICT - HEALTH SERVICES\nNotice of %s Screening Result\n\nDate: %s\nStudent: %s   Grade: %s   School: %s Elementary\n\nDear Parent/Guardian,\n\nYour child was screened at school and did not pass the %s screening:\n%s\n\nPlease have your child examined by %s and return the bottom portion of this form to the school nurse.\n\n-------------------------------------------\nExamining provider findings: ____________________\nRecommendations: ____________________\n\nSchool Nurse: %s, RN  %s" % (
            pick(r, TOWNS)[0].upper(), "Vision" if c["area"] == "eye" else "Hearing", fdate(d, 0), child_pt.name(2), pick(r, ["K", "1", "2", "3", "5", "7"]), pick(r, ["Lincoln", "Bayside", "Maple Grove", "Hillcrest"]),
            "vision" if c["area"] == "eye" else "hearing",
            ("Right eye 20/%d  Left eye 20/%d (Snellen/HOTV)" % (r.choice([40, 50, 70]), r.choice([20, 30, 40]))) if c["area"] == "eye" else "Did not respond at 25 dB: %s ear at %s Hz" % (pick(r, ["right", "left", "both"]), pick(r, ["1000, 2000", "4000", "500, 1000, 2000"])),
            "an eye doctor (optometrist or ophthalmologist)" if c["area"] == "eye" else "your physician or an audiologist", Person(r, "rn").full(), phone(r))
        return finish(r, txt)
    txt = "Referral\n%s\nTo: %s   From: %s\nDx: %s (%s)\nReason: %s\nHx: %s\nUrgency: %s\n%s" % (banner(r, pt, 0), dept, od.full() + ", " + od.practice, c["short"], c["icd"], reason, c["hpi"], pick(r, ["routine", "within 2 weeks", "urgent"]), od.full(style=2))
    return finish(r, txt)


def gen_advance_directive(r):
    lo = 45
    key = pick(r, CASE_KEYS)
    pt = Patient(r, max(AGE[key][0], lo), max(AGE[key][1], 70))
    fac = pick(r, FACILITIES)
    d = pt.visit
    agent = "%s %s" % (pick(r, FIRST_F + FIRST_M), pick(r, [pt.last, pick(r, LAST)]))
    rel = pick(r, ["spouse", "daughter", "son", "sister", "friend", "nephew"])
    alt = "%s %s" % (pick(r, FIRST_F + FIRST_M), pick(r, LAST))
    state = pt.state
    lay = r.randrange(7)
    wit = "\n\nWITNESSES\nI declare that the person who signed this document is personally known to me, appeared to be of sound mind and under no duress.\n\nWitness 1: ____________________  Date ______\nWitness 2: ____________________  Date ______\n\nNotary Public: ____________________  My commission expires: ________"
    if lay == 0:
        txt = "%s LIVING WILL DECLARATION\n\nI, %s, of %s, %s, being of sound mind, willfully and voluntarily make this declaration to be followed if I become incompetent. This declaration reflects my firm and settled commitment to refuse life-sustaining treatment under the circumstances indicated below.\n\nIf I have an end-stage medical condition or am permanently unconscious, I direct my attending physician to withhold or withdraw life-sustaining treatment that serves only to prolong the process of my dying.\n\nIn addition, if I am in the condition described above, I feel especially strongly about the following forms of treatment:\n  I %s want cardiac resuscitation.\n  I %s want mechanical respiration.\n  I %s want tube feeding or any other artificial or invasive form of nutrition (food) or hydration (water).\n  I %s want blood or blood products.\n  I %s want antibiotics.\n  I %s want kidney dialysis.\n\nOther instructions: %s\n\nSigned: ____________________  Date: %s%s" % (
            {"PA": "PENNSYLVANIA", "OH": "OHIO", "NY": "NEW YORK", "MA": "MASSACHUSETTS", "NJ": "NEW JERSEY", "CT": "CONNECTICUT", "MI": "MICHIGAN", "MD": "MARYLAND", "VT": "VERMONT"}[state],
            pt.name(2), pt.city, state, *[pick(r, ["do not", "do", "do not"]) for _ in range(6)], pick(r, ["I wish to donate my eyes (corneas) for transplantation.", "None.", "I want to die at home if possible.", "Comfort care and pain relief."]), fdate(d, 1), wit)
        return finish(r, txt)
    if lay == 1:
        txt = "HEALTH CARE PROXY\n\n(1) I, %s, hereby appoint %s (%s), of %s, phone %s, as my health care agent to make any and all health care decisions for me, except to the extent that I state otherwise. This proxy shall take effect only when and if I become unable to make my own health care decisions.\n\n(2) Optional: Alternate agent. If the person I appoint is unable, unwilling or unavailable to act, I appoint %s, phone %s.\n\n(3) Unless I revoke it or state an expiration date, this proxy shall remain in effect indefinitely.\n\n(4) My agent knows my wishes including those about artificial nutrition and hydration. %s\n\n(5) Signature ____________________  Date %s\nAddress: %s, %s, %s %s\n\nStatement by witnesses: I declare that the person who signed this document is personally known to me and appeared to be of sound mind and acting of his or her own free will.\nWitness 1 ____________________\nWitness 2 ____________________" % (
            pt.name(2), agent, rel, pick(r, TOWNS)[0], phone(r), alt, phone(r), pick(r, ["I do not want to be kept alive on machines if there is no reasonable hope of recovery.", "", "My agent may consent to organ and tissue donation."]),
            fdate(d, 0), pt.street, pt.city, pt.state, pt.zip)
        return finish(r, txt)
    if lay == 2:
        cb = lambda b: "[X]" if b else "[ ]"
        cpr = r.random() < 0.5
        lvl = r.randrange(3)
        txt = "PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)\nFIRST follow these orders, THEN contact physician. HIPAA permits disclosure to health care professionals as necessary.\n\nPatient Last Name: %s   First: %s   DOB: %s\n\nA. CARDIOPULMONARY RESUSCITATION (Patient has no pulse and is not breathing)\n  %s Attempt Resuscitation/CPR   %s Do Not Attempt Resuscitation/DNR\n\nB. MEDICAL INTERVENTIONS (Patient has pulse and/or is breathing)\n  %s Comfort Measures Only\n  %s Limited Additional Interventions\n  %s Full Treatment\n\nC. ARTIFICIALLY ADMINISTERED NUTRITION\n  %s No artificial nutrition  %s Trial period  %s Long-term artificial nutrition\n\nD. Discussed with: %s Patient %s Health care agent (%s)\n\nPhysician: %s   Phone: %s   Date: %s\nSignature: ____________________\n\nSEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED" % (
            pt.last, pt.first, fdate(pt.dob, 0), cb(cpr), cb(not cpr), cb(lvl == 0), cb(lvl == 1), cb(lvl == 2), cb(lvl == 0), cb(lvl == 1), cb(lvl == 2), cb(True), cb(r.random() < 0.4), agent,
            Person(r, pick(r, ["pcp", "hosp"])).full(), phone(r), fdate(d, 0))
        return finish(r, txt)
    if lay == 3:
        doc = Person(r, pick(r, ["hosp", "ent", "ophth"]))
        txt = "%s\nDO NOT RESUSCITATE (DNR) ORDER\n%s\n\nI, the attending physician, have determined after discussion with %s that cardiopulmonary resuscitation shall not be attempted in the event of cardiac or respiratory arrest.\nThis order %s apply during the perioperative period: %s\nCapacity: %s\nDiscussion documented in progress note dated %s.\n\n%s" % (
            fac["name"], banner(r, pt, 1), pick(r, ["the patient", "the patient's health care agent, %s (%s)" % (agent, rel)]), pick(r, ["DOES", "DOES NOT"]),
            pick(r, ["DNR suspended in OR with patient agreement - required reconsideration discussed", "DNR maintained for procedure", "N/A"]), pick(r, ["patient has decision-making capacity", "patient lacks capacity; surrogate consented"]), fdate(d, 4), sign(r, doc, d, 2))
        return finish(r, txt)
    if lay == 4:
        cb = lambda b: "[X]" if b else "[ ]"
        has = r.random() < 0.5
        txt = "%s - PATIENT SELF-DETERMINATION ACT\nADVANCE DIRECTIVE ACKNOWLEDGEMENT\n%s\n\n%s I have an advance directive (living will / health care power of attorney)\n    %s Copy provided and placed in chart   %s Patient will bring copy\n%s I do not have an advance directive\n    %s I received written information about advance directives\n    %s I would like to speak with someone about completing one\n\nHealth care agent (if any): %s\n\nPatient signature ____________________  Date %s\nStaff: %s" % (
            fac["name"], banner(r, pt, 3, d), cb(has), cb(has and r.random() < 0.6), cb(has and r.random() < 0.4), cb(not has), cb(not has), cb(not has and r.random() < 0.3),
            (agent + " (" + rel + ") " + phone(r)) if has else "", fdate(d, 0), pick(r, ["Registration", "Admitting", Person(r, "rn").full()]))
        return finish(r, txt)
    if lay == 5:
        txt = "DURABLE POWER OF ATTORNEY FOR HEALTH CARE\n\nPrincipal: %s, born %s, residing at %s, %s, %s.\n\nARTICLE I. I designate %s, my %s, as my attorney-in-fact for health care decisions. If my agent is not available I designate %s.\n\nARTICLE II. My agent shall have authority to consent to, refuse, or withdraw consent to any care, treatment, service or procedure, including life-sustaining treatment, and to review my medical records.\n\nARTICLE III. Statement of desires: %s\n\nARTICLE IV. This power of attorney shall not be affected by my subsequent disability or incapacity.\n\nIN WITNESS WHEREOF I have signed this document on %s.\n\n____________________ (Principal)%s" % (
            pt.name(2), fdate(pt.dob, 1), pt.street, pt.city, pt.state, agent, rel, alt, pick(r, ["I do not want my life prolonged if the burdens outweigh the expected benefits.", "I want all treatment possible unless I am permanently unconscious.", "I request hospice care when appropriate."]),
            fdate(d, 1), wit)
        return finish(r, txt)
    txt = "My wishes for my care\nName: %s\n\nThe person I want to make decisions for me when I can't: %s (%s), %s\n\nWhat I want if I am very sick and not expected to get better: %s\nHow comfortable I want to be: %s\nWhat I want my loved ones to know: %s\n\nSigned %s  ____________________\nWitnesses ____________ ____________" % (
        pt.name(2), agent, rel, phone(r), pick(r, ["no machines, no CPR", "try treatment for a short time then stop if no improvement", "everything possible"]),
        pick(r, ["as free of pain as possible, even if it makes me drowsy", "keep me clean and warm"]), pick(r, ["I love them", "please don't fight about my care", "play my music"]), fdate(d, 0))
    return finish(r, txt)


def gen_ecg_report(r):
    pt, c, fac, doc, dept = ctx(r, [k for k in CASE_KEYS if AGE[k][1] > 40])
    d = pt.visit
    af = "atrial fibrillation" in pt.pmh
    rate = r.randint(72, 118) if af else r.randint(52, 96)
    pr = None if af else r.randint(128, 210)
    qrs = r.randint(78, 124)
    qt = r.randint(360, 440)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axis = r.randint(-40, 90)
    interp = []
    if af:
        interp.append("Atrial fibrillation with %s ventricular response" % ("rapid" if rate > 100 else "controlled"))
    else:
        interp.append("Sinus bradycardia" if rate < 60 else ("Normal sinus rhythm" if rate <= 100 else "Sinus tachycardia"))
        if pr > 200:
            interp.append("First degree AV block")
    if axis < -30:
        interp.append("Left axis deviation")
    if qrs >= 120:
        interp.append(pick(r, ["Right bundle branch block", "Left bundle branch block"]))
    elif qrs > 110:
        interp.append("Incomplete right bundle branch block")
    if "coronary artery disease" in pt.pmh and r.random() < 0.5:
        interp.append(pick(r, ["Q waves in inferior leads, consider old inferior infarct", "Nonspecific ST-T wave abnormality"]))
    if len(interp) == 1 and not af and r.random() < 0.6:
        interp.append("Normal ECG")
    overall = "Normal ECG" if interp[-1] == "Normal ECG" else pick(r, ["Abnormal ECG", "Borderline ECG", "Abnormal ECG"])
    if overall != "Normal ECG":
        interp.append(overall)
    card = Person(r, "card")
    lay = r.randrange(6)
    meas = "Vent. rate %d BPM\nPR interval %s ms\nQRS duration %d ms\nQT/QTc %d/%d ms\nP-R-T axes %s %d %d" % (rate, pr if pr else "*", qrs, qt, qtc, "*" if af else str(r.randint(20, 70)), axis, r.randint(10, 80))
    if lay == 0:
        txt = "%s  %s  %s\n%s   %d yr   %s   %d in  %d lb\nRoom: %s   Loc: %d   Option: %d\n\n%s\n\n%s\n\nReferred by: %s   Confirmed by: %s (%d) on %s %s\n%s" % (
            pt.name(1), pt.mrn, fdate(d, 2) + " " + ftime(r) + ":%02d" % r.randrange(60), fdate(pt.dob, 0), pt.age, "Male" if pt.sex == "M" else "Female", pt.ht_in, pt.wt_lb, pick(r, ["PRE-OP", "PAT", "ED", "OR HOLD"]),
            r.randint(1, 40), r.randint(1, 40), meas, "\n".join(interp), doc.full(style=1), card.full(style=1), r.randint(100, 999), fdate(later(d, r.randint(0, 2)), 0), ftime(r), "25 mm/s  10 mm/mV  0.05-150 Hz  12SL v%d" % r.randint(200, 250))
        return finish(r, txt)
    if lay == 1:
        txt = "%s\nCARDIOLOGY - ELECTROCARDIOGRAM INTERPRETATION\n%s\nIndication: %s\nDate of tracing: %s\n\nRhythm: %s\nRate: %d bpm\nIntervals: PR %s, QRS %d, QTc %d\nAxis: %d degrees\nST/T: %s\n\nInterpretation: %s\nComparison: %s\n\n%s" % (
            fac["name"], banner(r, pt, 1), pick(r, ["Pre-operative evaluation", "Preop - %s" % (c["op"]["name"].split(",")[0] if c["op"] else c["short"]), "Chest pain in PACU", "Palpitations"]),
            fdate(d, 0), interp[0], rate, ("%d ms" % pr) if pr else "n/a", qrs, qtc, axis, pick(r, ["no acute changes", "nonspecific T wave flattening", "normal"]), "; ".join(interp[1:]) or interp[0],
            pick(r, ["No prior tracing available.", "Unchanged from %s." % fdate(later(d, -r.randint(100, 1500)), 0), "Rate faster than prior."]), sign(r, card, d, 1))
        return finish(r, txt)
    if lay == 2:
        txt = "Pre-anesthesia testing\n%s\n\n12-lead ECG obtained %s: %s, rate %d, PR %s, QRS %d, QTc %d. %s. Reviewed by anesthesia; %s.\n%s" % (
            banner(r, pt, 0), fdate(d, 4), interp[0].lower(), rate, pr or "--", qrs, qtc, "; ".join(interp[1:]) or "No acute ST changes", pick(r, ["OK to proceed", "cleared for MAC", "cardiology clearance requested" if overall != "Normal ECG" else "OK to proceed"]), Person(r, "anes").full(style=2))
        return finish(r, txt)
    if lay == 3:
        txt = "TELEMETRY RHYTHM STRIP\n%s  %s\nLead II\nRhythm: %s\nHR %d  PR %s  QRS %.2f  QT %.2f\nEctopy: %s\nInterpreted by: %s, RN" % (
            pt.name(1), fdate(d, 4) + " " + ftime(r), interp[0], rate, ("%.2f" % (pr / 1000.0)) if pr else "--", qrs / 1000.0, qt / 1000.0, pick(r, ["none", "rare PVCs", "occasional PACs"]), Person(r, "rn").full(style=2))
        return finish(r, txt)
    if lay == 4:
        txt = "%s\nECG REPORT\nName: %s   ID: %s   Age: %d   Sex: %s\nAcquired: %s\n\n%s\n\n*** %s ***\nUnconfirmed report - computer interpretation%s" % (
            fac["short"], pt.name(1), pt.mrn, pt.age, pt.sex, fdate(d, 0) + " " + ftime(r), meas, " - ".join(interp), maybe(r, 0.5, "\nOVERREAD: agree. " + card.full(style=2)))
        return finish(r, txt)
    txt = "EKG %s: %s %d, axis %s, %s. %s\n-%s" % (fdate(d, 4), "AF" if af else "NSR" if 60 <= rate <= 100 else ("SB" if rate < 60 else "ST"), rate, "nl" if -30 <= axis <= 90 else "LAD", pick(r, ["no acute ST-T changes", "no ischemic changes", "nonspecific ST-T"]), maybe(r, 0.5, "Compared to prior - no change."), doc.full(style=2))
    return finish(r, banner(r, pt, 6) + "\n" + txt)


VACCINES = [("Influenza, inactivated (IIV4)", "IM", "0.5 mL", "deltoid"), ("Tdap (Boostrix)", "IM", "0.5 mL", "deltoid"),
            ("Td", "IM", "0.5 mL", "deltoid"), ("Pneumococcal conjugate (PCV20)", "IM", "0.5 mL", "deltoid"),
            ("Pneumococcal polysaccharide (PPSV23)", "IM", "0.5 mL", "deltoid"), ("Hepatitis B (Engerix-B)", "IM", "1 mL", "deltoid"),
            ("Zoster recombinant (Shingrix)", "IM", "0.5 mL", "deltoid"), ("COVID-19 mRNA", "IM", "0.3 mL", "deltoid"),
            ("MMR", "SC", "0.5 mL", "posterior arm"), ("Varicella", "SC", "0.5 mL", "posterior arm"), ("DTaP", "IM", "0.5 mL", "thigh"),
            ("Hib (PRP-T)", "IM", "0.5 mL", "thigh"), ("IPV", "IM", "0.5 mL", "thigh"), ("PCV13", "IM", "0.5 mL", "thigh"), ("Hepatitis A", "IM", "0.5 mL", "deltoid")]


def lot(r):
    return "".join(pick(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(r.randint(5, 8)))


def gen_immunization_record(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    lay = r.randrange(7)
    mfr = ["Sanofi Pasteur", "GSK", "Merck", "Pfizer", "Seqirus", "Moderna"]
    if pt.age < 12:
        vac = [v for v in VACCINES if v[3] == "thigh" or v[0] in ("MMR", "Varicella", "Hepatitis A", "Hepatitis B (Engerix-B)", "Influenza, inactivated (IIV4)")]
    else:
        vac = [v for v in VACCINES if v[3] != "thigh"]
    if lay == 0:
        rows = []
        for v in sample(r, vac, r.randint(4, 9)):
            for k in range(r.randint(1, 3 if pt.age < 12 else 2)):
                dd = later(pt.dob, r.randint(60, max(61, pt.age * 365)))
                rows.append((dd, v[0], k + 1))
        rows.sort()
        txt = "%s\nOFFICIAL IMMUNIZATION HISTORY\n%s\nReport generated %s from the %s Statewide Immunization Information System (ImmuTrack)\n\nPatient: %s   DOB: %s   Sex: %s\nRegistry ID: %d\n\n%-12s %-40s %s\n%s\n\nThis record is only as complete as data reported to the registry." % (
            pick(r, ["IMMUTRACK REGISTRY", "STATE DEPARTMENT OF HEALTH"]), "-" * 40, fdate(d, 0), pt.state, pt.name(1), fdate(pt.dob, 0), pt.sex, r.randint(10 ** 7, 10 ** 8),
            "Date", "Vaccine", "Dose", "\n".join("%-12s %-40s %d" % (fdate(a, 0), b, k) for a, b, k in rows))
        return finish(r, txt)
    if lay == 1:
        v = pick(r, vac)
        txt = "%s\nVACCINE ADMINISTRATION RECORD\n%s\n\nScreening questionnaire reviewed: [X]  Contraindications: none\nVIS given: %s (edition %s)\n\nVaccine: %s\nManufacturer: %s   Lot: %s   Exp: %s\nDose: %s  Route: %s  Site: %s %s\nAdministered by: %s   Date/time: %s %s\nObserved 15 min, no reaction: [X]\n\nOrdering provider: %s" % (
            letterhead(r, fac, dept, 4), banner(r, pt, 5, d), fdate(d, 4), fdate(later(d, -r.randint(100, 900)), 4), v[0], pick(r, mfr), lot(r), fdate(later(d, r.randint(60, 500)), 4),
            v[2], v[1], pick(r, ["L", "R"]), v[3], Person(r, "rn").full(), fdate(d, 0), ftime(r), doc.full())
        return finish(r, txt)
    if lay == 2:
        txt = "%s\n%s\nED Immunization note\n\nTetanus status: %s. Patient with %s. Tdap 0.5 mL IM given %s deltoid at %s. Lot %s (%s). VIS provided. No immediate reaction.\n%s" % (
            fac["name"], banner(r, pt, 2), pick(r, ["last booster unknown", "> 10 years", "never completed primary series", "last Td %d" % (d.year - r.randint(6, 20))]), c["short"], pick(r, ["left", "right"]), ftime(r),
            lot(r), pick(r, mfr), Person(r, "rn").full(style=2) + ", RN")
        return finish(r, txt)
    if lay == 3 and pt.age < 18:
        lines = []
        for v in vac[:r.randint(5, len(vac))]:
            dates = sorted(later(pt.dob, r.randint(60, max(61, pt.age * 365))) for _ in range(r.randint(1, 4)))
            lines.append("%-32s %s" % (v[0], "   ".join(fdate(x, 4) for x in dates)))
        txt = "CERTIFICATE OF IMMUNIZATION\n%s\nChild: %s   DOB: %s\nParent/Guardian: %s %s\n\n%s\n\nVerified by: %s   Date: %s\n%s" % (
            pick(r, ["(required for school/daycare entry)", "Pediatric Immunization History", ""]), pt.name(2), fdate(pt.dob, 0), pick(r, FIRST_F + FIRST_M), pt.last,
            "\n".join(lines), Person(r, "rn").full(), fdate(d, 0), pick(r, ["Harbor Pediatrics", "Bright Horizons Pediatric Associates", fac["name"]]))
        return finish(r, txt)
    if lay == 4:
        txt = "COVID-19 Vaccination Record Card\nPlease keep this record card, which includes medical information about the vaccines you have received.\n\nLast name: %s  First: %s  MI: %s\nDate of birth: %s  Patient number: %s\n\nVaccine          Product/Lot         Date        Healthcare professional or clinic site\n1st Dose COVID-19  %-16s %-11s %s\n2nd Dose COVID-19  %-16s %-11s %s\nOther            %-16s %-11s %s" % (
            pt.last, pt.first, pt.mi, fdate(pt.dob, 4), pt.mrn, pick(r, ["Pfizer ", "Moderna "]) + lot(r), fdate(datetime.date(2021, r.randint(1, 6), r.randint(1, 28)), 4), pick(r, ["CVS", "County HD", fac["short"]]),
            pick(r, ["Pfizer ", "Moderna "]) + lot(r), fdate(datetime.date(2021, r.randint(7, 12), r.randint(1, 28)), 4), pick(r, ["Walgreens", "County HD", fac["short"]]),
            pick(r, ["Bivalent ", "Booster "]) + lot(r), fdate(datetime.date(2022, r.randint(1, 12), r.randint(1, 28)), 4), pick(r, ["pharmacy", "clinic"]))
        return finish(r, txt)
    if lay == 5:
        txt = "%s\nPre-surgical Pneumococcal Vaccine Verification (Cochlear Implant Program)\n%s\n\nPer FDA/CDC recommendations, cochlear implant candidates should be vaccinated against Streptococcus pneumoniae at least 2 weeks before surgery.\n\nPCV (13/15/20): %s\nPPSV23: %s\nHib (children < 5): %s\nVerified by: %s, AuD   Date %s\nSurgery cleared from immunization standpoint: %s" % (
            fac["name"], banner(r, pt, 1), pick(r, [fdate(later(d, -r.randint(20, 400)), 0), "not documented - ordered"]), pick(r, [fdate(later(d, -r.randint(60, 2000)), 0), "N/A", "due"]),
            "N/A" if pt.age >= 5 else "complete", Person(r, "aud").full(), fdate(d, 0), pick(r, ["YES", "NO - vaccinate and wait 2 weeks"]))
        return finish(r, txt)
    v = pick(r, vac)
    txt = "Immunizations\n%s\n\nName                         Date         Dose   Site  Lot\n%s\n%s" % (
        banner(r, pt, 0), "\n".join("%-28s %-12s %-6s %-5s %s" % (x[0][:28], fdate(later(d, -r.randint(0, 3000)), 4), x[2], pick(r, ["LD", "RD", "LT", "RT"]), lot(r)) for x in sample(r, vac, r.randint(2, 6))),
        "Declined today: %s" % pick(r, ["influenza", "none", "COVID booster"]))
    return finish(r, txt)


def emerg(r, pt):
    return "%s %s" % (pick(r, FIRST_F + FIRST_M), pick(r, [pt.last, pick(r, LAST)])), pick(r, ["Spouse", "Daughter", "Son", "Mother", "Father", "Friend", "Sister"]), phone(r)


def gen_registration_form(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    en, er, ep = emerg(r, pt)
    lay = r.randrange(7)
    race = pick(r, ["White", "Black or African American", "Asian", "Declined", "Other"])
    eth = pick(r, ["Not Hispanic or Latino", "Hispanic or Latino", "Declined"])
    lang = pick(r, ["English", "English", "Spanish", "Polish", "Vietnamese", "Russian"])
    if lay == 2 and pt.age >= 18:
        lay = pick(r, [0, 1, 3, 4, 5, 6])
    if lay == 0:
        txt = "%s\nPATIENT REGISTRATION FORM\nPlease print clearly\n\nLast name: %s   First name: %s   MI: %s\nDate of birth: %s   Sex: %s   SSN: XXX-XX-%04d\nAddress: %s\nCity: %s   State: %s   Zip: %s\nHome phone: %s   Cell: %s\nEmail: %s\nMarital status: %s   Preferred language: %s\nRace: %s   Ethnicity: %s\n\nEmployer: %s\n\nEMERGENCY CONTACT\nName: %s   Relationship: %s   Phone: %s\n\nPRIMARY INSURANCE\nCompany: %s   Plan: %s\nMember ID: %s   Group #: %s\nSubscriber: %s   Relationship to patient: %s\n\nReferring physician: %s\nPrimary care physician: %s\nHow did you hear about us? %s\n\nSignature ____________________  Date %s" % (
            letterhead(r, fac, "", r.randrange(5)), pt.last, pt.first, pt.mi, fdate(pt.dob, 0), pt.sex, r.randrange(10000), pt.street, pt.city, pt.state, pt.zip, pt.phone, phone(r),
            pick(r, ["", "%s.%s@%s" % (pt.first.lower(), pt.last.lower().replace("'", ""), pick(r, ["mailbox.test", "example.net", "webmail.test"]))]),
            pick(r, ["Married", "Single", "Widowed", "Divorced"]) if pt.age >= 18 else "Minor", lang, race, eth, pick(r, ["Retired", "Self", "Greyfield School District", "Ashford Tool & Die", "Unemployed", "N/A"]),
            en, er, ep, pt.ins, pt.plan, pt.memid, pt.group, pick(r, ["Self", en]), pick(r, ["Self", "Spouse", "Child"]), "Dr. " + pick(r, LAST), "Dr. " + pick(r, LAST),
            pick(r, ["Physician referral", "Optometrist", "Internet", "Friend/family", "Insurance directory"]), fdate(d, 0))
        return finish(r, txt)
    if lay == 1:
        txt = "%s    FACE SHEET    %s %s\n%s\n\nPATIENT: %s\nMRN: %s   ACCT: %s   ADM DATE: %s %s\nPT TYPE: %s   SVC: %s   ROOM: %s\nATTENDING: %s\nADM DX: %s\n\nDOB: %s  AGE: %d  SEX: %s  MS: %s  REL: %s\nADDR: %s, %s %s %s   PH: %s\n\nGUARANTOR: %s   REL: %s\nPRIMARY INS: %s  %s  POLICY: %s  GRP: %s\nSECONDARY INS: %s\nNOK: %s (%s) %s\nADV DIRECTIVE: %s   LANGUAGE: %s   INTERPRETER: %s" % (
            fac["short"], fdate(d, 0), ftime(r), fac["name"], pt.name(1), pt.mrn, pt.acct, fdate(d, 0), ftime(r), pick(r, ["INPATIENT", "OUTPT SURGERY", "OBSERVATION", "EMERGENCY", "CLINIC"]),
            "OPH" if c["area"] == "eye" else "ENT", pick(r, ["", "4W-%02d" % r.randint(1, 30), "ASC", "ED"]), doc.full(style=1).upper(), c["short"].upper(), fdate(pt.dob, 0), pt.age, pt.sex,
            pick(r, ["M", "S", "W", "D"]), pick(r, ["CATH", "PROT", "NONE", "JEW", "UNK"]), pt.street.upper(), pt.city.upper(), pt.state, pt.zip, pt.phone, pick(r, ["SELF", en.upper()]), pick(r, ["SELF", "PARENT", "SPOUSE"]),
            pt.ins.upper(), pt.plan, pt.memid, pt.group, pick(r, ["NONE", "MEDIGAP PLAN F", "COMMONWEALTH MEDICAID"]), en.upper(), er.upper(), ep, pick(r, ["Y", "N", "UNK"]), lang.upper(), "Y" if lang != "English" else "N")
        return finish(r, txt)
    if lay == 2 and pt.age < 18:
        txt = "%s\nPEDIATRIC PATIENT REGISTRATION\n\nChild's name: %s   DOB: %s   Sex: %s\nSchool/Grade: %s\nParent/Guardian 1: %s %s   Phone: %s\nParent/Guardian 2: %s   Phone: %s\nLegal custody: %s\nAddress: %s, %s, %s %s\nPediatrician: %s\nInsurance: %s  ID %s  Policy holder: %s (DOB %s)\nWho may bring child to appointments: %s\n\nParent signature ____________________ Date %s" % (
            fac["name"], pt.name(2), fdate(pt.dob, 0), pt.sex, pick(r, ["Daycare", "Pre-K", "Lincoln Elem / 2"]), pick(r, FIRST_F), pt.last, phone(r), pick(r, FIRST_M) + " " + pt.last, phone(r),
            pick(r, ["Both parents", "Mother", "Shared"]), pt.street, pt.city, pt.state, pt.zip, "Dr. " + pick(r, LAST) + ", Harbor Pediatrics", pt.ins, pt.memid, pick(r, FIRST_F) + " " + pt.last,
            fdate(later(pt.dob, -r.randint(9000, 14000)), 0), pick(r, ["grandmother", "either parent", "nanny (see authorization)"]), fdate(d, 0))
        return finish(r, txt)
    if lay in (2, 3):
        txt = "UPDATE YOUR INFORMATION\n%s\nPlease review and correct any information below.\n\nName: %s   DOB: %s\nAddress on file: %s, %s %s\nNew address: ____________________\nPhone: %s   Preferred contact: %s\nPharmacy: %s\nInsurance changes since last visit? %s\nEmergency contact: %s (%s) %s\n\nPatient initials ____  Date %s" % (
            fac["name"], pt.name(2), fdate(pt.dob, 0), pt.street, pt.city, pt.state, pt.phone, pick(r, ["cell - text OK", "home", "portal"]), pick(r, ["Corner Drug", "ValueCare Pharmacy", "Harbor Apothecary", "mail order"]),
            pick(r, ["[ ] Yes [X] No", "[X] Yes - new card scanned", "[ ] Yes [ ] No"]), en, er, ep, fdate(d, 0))
        return finish(r, txt)
    if lay == 4:
        txt = "%s\nREGISTRATION / ADMISSION RECORD\n%s\n%s\n\nArrival: %s %s   Mode: %s\nFinancial class: %s   Eligibility verified: %s\nCopay collected: $%d\nHIPAA notice received: Y   Consent for treatment signed: Y\nPatient portal: %s\nRegistrar: %s" % (
            fac["name"], banner(r, pt, 1), "%s, %s, %s %s  %s" % (pt.street, pt.city, pt.state, pt.zip, pt.phone), fdate(d, 0), ftime(r), pick(r, ["walk-in", "car", "ambulance", "wheelchair"]),
            pick(r, ["Commercial", "Medicare", "Medicaid", "Self-pay"]), pick(r, ["Y (271 response)", "Y", "pending"]), r.choice([0, 20, 25, 40, 50, 75]), pick(r, ["enrolled", "declined", "invite sent"]), pick(r, ["REG04", "adm.jlee", "KIOSK", "mfoster"]))
        return finish(r, txt)
    if lay == 5:
        txt = "New Patient Information - %s\n\n1. Patient Name: %s\n2. Date of Birth: %s   Age: %d\n3. Address: %s %s %s %s\n4. Phone: %s\n5. Responsible party: %s\n6. Insurance: %s (%s)  ID# %s\n7. Referred by: %s\n8. Reason for visit: %s\n9. Emergency contact: %s, %s, %s\n10. Do you need an interpreter? %s\n\nAssignment of benefits: I authorize payment of medical benefits to %s.\nSignature: ____________________" % (
            dept, pt.name(), fdate(pt.dob, 0), pt.age, pt.street, pt.city, pt.state, pt.zip, pt.phone, pick(r, ["self", en]), pt.ins, pt.plan, pt.memid, pick(r, ["Dr. " + pick(r, LAST), "self", "ED"]),
            c["cc"], en, er, ep, "No" if lang == "English" else "Yes - " + lang, fac["name"])
        return finish(r, txt)
    txt = "Check-in summary  %s %s\n%s | %s | %s\n%s | %s %s\nIns: %s %s\nVisit: %s with %s\nStatus: Arrived" % (
        fdate(d, 4), ftime(r), pt.name(3), fdate(pt.dob, 4), pt.sex, pt.street, pt.city, pt.state, pt.ins, pt.memid, dept, doc.full(style=2))
    return finish(r, txt)


def gen_insurance_card(r):
    pt = Patient(r, 1, 95)
    d = pt.visit
    lay = r.randrange(7)
    rxbin = "%06d" % r.randrange(10 ** 6)
    if pt.ins == "Medicare" and lay == 0:
        lay = 1
    if lay == 0 or (lay == 1 and pt.ins != "Medicare"):
        txt = "[FRONT]\n%s\n%s\n\nMember: %s\nMember ID: %s\nGroup No: %s\nPlan: %s %s\nEffective: %s\n\nPCP Visit $%d   Specialist $%d\nER $%d   Urgent Care $%d\nRxBIN %s  RxPCN %s  RxGRP %s\n\n[BACK]\nMembers: Customer Service 1-800-555-%04d\nProviders: Eligibility/Claims 1-888-555-%04d\nPre-certification required for inpatient admissions and outpatient surgery.\nSubmit claims to: PO Box %d, %s\nBehavioral Health 1-800-555-%04d   Nurse Line 24/7 1-877-555-%04d\nThis card does not guarantee coverage." % (
            pt.ins.upper(), pick(r, ["", "In partnership with Allied Benefit Trust", "www.healthplan.example"]), pt.name(2).upper(), pt.memid, pt.group, pt.ins, pt.plan, fdate(later(d, -r.randint(10, 500)), 0),
            r.choice([15, 20, 25, 30]), r.choice([35, 40, 50, 60]), r.choice([100, 150, 250]), r.choice([50, 75]), rxbin, pick(r, ["ADV", "RX", "9999"]), pick(r, ["RX" + str(r.randint(100, 999)), "HPRX"]),
            r.randrange(10000), r.randrange(10000), r.randint(1000, 99999), pick(r, ["Harrisburg PA 17105", "Columbus OH 43216", "Albany NY 12212"]), r.randrange(10000), r.randrange(10000))
        return finish(r, txt)
    if lay == 1:
        mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), pick(r, "ACDEFGHJKM"), pick(r, "ACDEFGHJKM0123456789"), r.randrange(10), pick(r, "ACDEFGHJKM"), pick(r, "ACDEFGHJKM0123456789"), r.randrange(10), pick(r, "ACDEFGHJKM"), pick(r, "ACDEFGHJKM"), r.randrange(10), r.randrange(10))
        txt = "MEDICARE\nHEALTH INSURANCE\n\nName/Nombre\n%s\n\nMedicare Number/Numero de Medicare\n%s\n\nEntitled to/Con derecho a        Coverage starts/Cobertura empieza\nHOSPITAL (PART A)                %s\nMEDICAL  (PART B)                %s\n\n[back of card]\n1-800-MEDICARE (1-800-633-4227)  TTY 1-877-486-2048\nwww.medicare.gov" % (
            pt.name(2).upper(), mbi, fdate(later(pt.dob, 65 * 365 + 30), 0), fdate(later(pt.dob, 65 * 365 + 30), 0))
        return finish(r, txt)
    if lay == 2:
        txt = "Commonwealth Medicaid\nACCESS CARD\n\n%s\nID: %s\nDOB: %s  Sex: %s\nIssue date: %s   Card #: %02d\n\nManaged care plan: %s\n\nBACK:\nPresent this card each time you receive services. Providers verify eligibility through EVS 1-800-555-%04d.\nIf found, return to: Dept. of Human Services, PO Box %d\nMisuse of this card is a crime." % (
            pt.name(1), "%010d" % r.randrange(10 ** 10), fdate(pt.dob, 0), pt.sex, fdate(later(d, -r.randint(10, 800)), 0), r.randint(1, 9), pick(r, ["Harborline Health Family Care", "Keystone Community Plan", "none (FFS)"]), r.randrange(10000), r.randint(1000, 9999))
        return finish(r, txt)
    if lay == 3:
        txt = "CORNERSTONE VISION PLUS\nVision Benefits Card\n\nMember: %s\nID: %s   Group: %s\n\nExam copay: $%d   Materials copay: $%d\nFrame allowance: $%d every 24 months\nContact lens allowance: $%d in lieu of glasses\n\nBACK\nLocate a provider or verify benefits: 1-866-555-%04d\nThis plan covers routine eye exams only; medical eye care bills to medical insurance." % (
            pt.name(2), pt.memid, pt.group, r.choice([0, 10, 15]), r.choice([10, 20, 25]), r.choice([130, 150, 175]), r.choice([120, 130, 150]), r.randrange(10000))
        return finish(r, txt)
    if lay == 4:
        txt = "Unity Senior Advantage (HMO-POS)\nMedicare Advantage Plan\n\nMember Name: %s\nMember ID: %s\nPCP: Dr. %s   PCP Phone: %s\nH%04d-%03d\nCopays: PCP $0  SPEC $%d  ER $%d  OP Surgery $%d\nMedicareRx  RxBIN %s RxPCN MEDDPRIME RxGRP %s\n\n--- reverse ---\nMember Services 1-844-555-%04d (TTY 711) 8am-8pm 7 days\nProvider Services 1-844-555-%04d\nMedical claims: PO Box %d %s\nReferrals required for specialist visits." % (
            pt.name(1), pt.memid, pick(r, LAST), phone(r), r.randint(1000, 9999), r.randint(1, 999), r.choice([20, 30, 40]), r.choice([90, 120]), r.choice([150, 250, 295]), rxbin, pick(r, ["USA1", "MAPD"]),
            r.randrange(10000), r.randrange(10000), r.randint(1000, 99999), pick(r, ["Millbrook OH 44101", "Westmere NY 12201"]))
        return finish(r, txt)
    if lay == 5:
        fac = pick(r, FACILITIES)
        txt = "%s - SCANNED DOCUMENT\nDocument type: Insurance card (front and back)\nPatient: %s   MRN %s   Scanned %s by %s\n\n------------------- front -------------------\n%s   %s\nSubscriber: %s\nID %s   GRP %s\nDependents: %s\n------------------- back --------------------\nClaims: %s, PO Box %d\nProvider line: 1-800-555-%04d\nPrecert: 1-800-555-%04d" % (
            fac["short"], pt.name(1), pt.mrn, fdate(d, 0), pick(r, ["REG02", "frontdesk", "SCANUSER"]), pt.ins, pt.plan, pick(r, [pt.name(1), "%s, %s" % (pt.last.upper(), pick(r, FIRST_F + FIRST_M).upper())]), pt.memid, pt.group,
            pick(r, ["01 " + pt.first.upper(), "00 SUBSCRIBER", "02"]), pt.ins, r.randint(1000, 99999), r.randrange(10000), r.randrange(10000))
        return finish(r, txt)
    txt = "%s\n%s\nID# %s  GRP# %s\nPCP $%d / SPC $%d\nRX BIN %s\nwww.%s.example" % (pt.ins, pt.name(2).upper(), pt.memid, pt.group, r.choice([10, 20, 30]), r.choice([30, 40, 60]), rxbin, pt.ins.split()[0].lower())
    return finish(r, txt)


def gen_nursing_note(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    rn = Person(r, "rn")
    lay = r.randrange(7)
    if lay == 0:
        cb = lambda b: "[X]" if b else "[ ]"
        txt = "%s\nPRE-OPERATIVE NURSING ASSESSMENT / CHECKLIST\n%s\n\nProcedure: %s   Side: %s\n%s ID band verified  %s Consent signed  %s H&P on chart  %s Site marked\nNPO since: %s\nAllergies: %s\n%s\nGlucose: %s\nDentures/hearing aids/contacts removed: %s\nPre-op drops: %s\nIV: %s\nBelongings given to: %s\nFamily in waiting room: %s, phone %s\n%s" % (
            fac["name"], banner(r, pt, 3, d), (c["op"] or c["oproc"] or {"name": c["short"]})["name"], c["side"], cb(True), cb(True), cb(True), cb(r.random() < 0.9), pick(r, ["midnight", "05:00 clears", "22:00"]),
            ", ".join(pt.allergies), vitals(r, pt, 1), lab_panel(r, "glucose", pt.diabetic())[0][1] if pt.diabetic() else "n/a", pick(r, ["yes", "hearing aids to family", "N/A"]),
            ("tropicamide/phenylephrine x3 to %s at %s" % (c["E"], ftime(r))) if c["area"] == "eye" else "n/a", pick(r, ["22g L hand", "20g R AC", "deferred to anesthesia (peds)"]),
            pick(r, ["spouse", "daughter", "parent", "patient"]), pick(r, ["yes", "will return"]), phone(r), sign(r, rn, d, 1))
        return finish(r, txt)
    if lay == 1:
        shift = pick(r, ["0700-1900", "1900-0700", "Day shift", "Nights"])
        txt = "NURSING PROGRESS NOTE  %s  %s\n%s\n\n%s\n\n%s" % (fdate(d, 4), shift, banner(r, pt, 2), render(r, [
            (["Focus", "Problem"], pick(r, ["Pain", "Knowledge deficit", "Risk for bleeding", "Risk for infection", "Impaired vision/fall risk"])),
            (["Data", "D"], "%s A&Ox3. %s. %s" % (pick(r, ["Pt resting in bed.", "Pt up to chair.", "Sleeping between checks."]), vitals(r, pt, 0),
                                                   pick(r, ["Eye shield in place, dressing dry", "Dressing dry and intact", "No bleeding noted from nose/mouth", "Drain with %d mL serosanguinous" % r.randint(5, 40), "Lid edema decreasing"]))),
            (["Action", "A"], pick(r, ["Medicated per MAR; drops given on schedule.", "IV antibiotics infusing as ordered.", "Ice collar applied, encouraged fluids.", "Fall precautions, call light in reach."])),
            (["Response", "R"], pick(r, ["Pain decreased to %d/10." % r.randint(1, 4), "Tolerating, will continue to monitor.", "Verbalizes understanding."]))], "caps_inline", "\n"), sign(r, rn, d, 5))
        return finish(r, txt)
    if lay == 2:
        txt = "%s - PACU / PHASE II NURSING DISCHARGE NOTE\n%s\nPt received from OR at %s s/p %s. %s Pain %d/10. %s. Discharge instructions reviewed with %s using teach-back; written copy given. Discharged via %s at %s accompanied by %s.\n%s" % (
            fac["short"], banner(r, pt, 0), ftime(r), (c["op"] or {"name": c["short"]})["name"].lower(), vitals(r, pt, 0), r.randint(0, 4),
            pick(r, ["Tolerated PO fluids", "Voided", "Ambulated with steady gait"]), pick(r, ["patient and spouse", "parent", "patient and daughter"]), pick(r, ["wheelchair", "ambulatory"]), ftime(r), pick(r, ["spouse", "family", "mother"]), sign(r, rn, d, 5))
        return finish(r, txt)
    if lay == 3:
        txt = "TELEPHONE ENCOUNTER - NURSE TRIAGE\n%s\nCaller: %s   Call back #: %s\nTime: %s\n\nReason for call: %s\nAssessment: %s\nProtocol used: %s\nAdvice: %s\nDisposition: %s\nRouted to: %s\n%s" % (
            banner(r, pt, 5, d), pick(r, ["patient", "wife", "mother", "daughter"]), pt.phone, ftime(r),
            pick(r, ["question about drops", "increased pain since yesterday", "small amount of bleeding", "pharmacy did not receive Rx", "fever 100.8", "worse vision"]),
            pick(r, ["denies vision loss, pain 3/10", "no active bleeding now, spitting small streaks", "afebrile per caller", "states vision same as post-op day 1"]),
            pick(r, ["post-op eye", "post-tonsillectomy bleeding", "Schmitt-Thompson", "clinic protocol"]), pick(r, ["continue current meds", "ice water gargle, call back if bright red bleeding", "come in today for exam", "go to ED"]),
            pick(r, ["home care", "same-day appt", "ED referral", "MD to call back"]), doc.full(), sign(r, rn, d, 1))
        return finish(r, txt)
    if lay == 4 and c["area"] == "eye" or c["key"] == "orb_cell":
        rows = []
        for i in range(r.randint(4, 8)):
            rows.append("%s  VA %s  pupils %s  EOM %s  pain %d/10  %s" % ("%02d:00" % ((8 + i * 4) % 24), eye_vals(c, c["E"])["va"], pick(r, ["PERRL", "no APD"]), pick(r, ["full", "restricted upgaze", "improving"]), r.randint(0, 6), pick(r, ["lid edema stable", "drops given", "IV abx infusing", "sleeping, woken for check"])))
        txt = "EYE CHECKS q4h - %s\n%s\n\n%s\n\nNotify MD for decreased vision, new APD, increased pain or proptosis.\n%s" % (c["E"], banner(r, pt, 2), "\n".join(rows), rn.full(style=2) + ", RN")
        return finish(r, txt)
    if lay in (4, 5):
        txt = "SBAR HANDOFF\n%s\nS: %s, %s, POD/HD %d\nB: %s. PMH %s. Allergies %s.\nA: %s. %s\nR: %s\nGiven by %s to %s at %s" % (
            banner(r, pt, 6), c["short"], pick(r, ["stable", "resting comfortably"]), r.randint(0, 3), c["hpi"][:180], pmh_text(pt), ", ".join(pt.allergies), vitals(r, pt, 0),
            pick(r, ["Pain controlled on PO meds.", "IV abx due at 1800.", "Tolerating soft diet.", "Drops q1h - see schedule."]), pick(r, ["Continue plan, anticipate discharge AM.", "Monitor for bleeding.", "Recheck vision at 2200."]),
            rn.full(style=2), Person(r, "rn").full(style=2), ftime(r))
        return finish(r, txt)
    txt = "%s %s RN note: %s" % (fdate(d, 4), ftime(r), pick(r, ["Post-op call made. Pt reports doing well, using drops as instructed, no pain. Reminded of appt tomorrow.",
                                                           "Pt in clinic for injection; VA checked and dilated per protocol. Tolerated well.",
                                                           "Ear packing removed per order, canal clean. Pt instructed on dry ear precautions.",
                                                           "Instructed patient on nasal saline irrigation technique; return demonstration correct.",
                                                           "Left message for pt re: pathology results appt."]) + " " + rn.full(style=2) + ", RN")
    return finish(r, banner(r, pt, 6) + "\n" + txt)


def gen_ed_note(r):
    pt, c, fac, doc, dept = ctx(r, ED_KEYS)
    d = pt.visit
    edd = Person(r, pick(r, ["ed", "ed", "ophth" if c["area"] == "eye" else "ent", "pa"]))
    lay = r.randrange(7)
    esi = pick(r, ["2", "3", "3"])
    dispo = pick(r, ["Admitted to %s" % ("Ophthalmology" if c["area"] == "eye" else "ENT"), "Discharged home with follow-up in clinic tomorrow", "Discharged home", "To OR"]) if c["key"] in INPT else pick(r, ["Discharged home", "Discharged; follow up %s clinic in %s" % (dept, pick(r, ["1 day", "2-3 days", "1 week"]))])
    mdm = "%s %s" % (c["assess"], pick(r, ["Differential considered includes %s." % pick(r, ["CRAO, vitreous hemorrhage, giant cell arteritis", "preseptal cellulitis, allergic reaction", "retropharyngeal abscess, epiglottitis", "central vertigo, stroke", "coagulopathy, hypertensive urgency"]), ""]))
    if lay == 0:
        secs = [(["Chief Complaint"], c["cc"]), (["History of Present Illness", "HPI"], c["hpi"]), (["Past Medical History"], pmh_text(pt)),
                (["Medications"], ", ".join(a for a, b in home_meds(pt)) or "none"), (["Allergies"], ", ".join(pt.allergies)),
                (["Social History"], pick(r, ["Denies tobacco/EtOH/drugs", "Smoker", "Occasional alcohol"])), (["Review of Systems", "ROS"], ros(r, c)),
                (["Physical Exam"], vitals(r, pt, 1) + "\n" + exam_for(r, c, pt)),
                (["ED Course", "Emergency Department Course"], pick(r, ["%s consulted; patient seen at bedside." % ("Ophthalmology" if c["area"] == "eye" else "ENT"), "Labs and imaging as below.", "Given analgesia and antiemetic with improvement."]) + maybe(r, 0.6, " " + (c["img"]["imp"] if c["img"] and c["img"]["imp"] else ""))),
                (["Medical Decision Making", "MDM"], mdm), (["Diagnosis", "Clinical Impression", "Final Diagnosis"], c["dx"]),
                (["Disposition"], dispo)]
        txt = "%s\n%s\n%s\nArrival: %s %s   Triage ESI: %s   Room: %s\n\n%s\n\n%s" % (
            fac["name"], pick(r, ["EMERGENCY DEPARTMENT RECORD", "Emergency Department Note", "ED Provider Note", "EMERGENCY PHYSICIAN DOCUMENTATION"]), banner(r, pt, 1), fdate(d, 0), ftime(r), esi, pick(r, ["EYE 2", "ENT 1", "12", "Hall 3", "Fast track 4"]),
            render(r, secs, pick(r, ["caps_colon", "title_colon", "caps_inline"])), sign(r, edd, d, 1))
        return finish(r, txt, banner(r, pt, 6))
    if lay == 1:
        txt = "%s TRIAGE\n%s\nArrival %s via %s\nChief complaint: %s\nTriage note: %s\n%s\nPain: %d/10\nESI: %s\nVisual acuity (triage): %s\nAllergies: %s\nTriage RN: %s" % (
            fac["short"], banner(r, pt, 2), ftime(r), pick(r, ["walk-in", "EMS", "private vehicle", "transfer from outside ED"]), c["cc"], c["hpi"][:200], vitals(r, pt, 0), r.randint(2, 9), esi,
            ("OD %s OS %s" % (eye_vals(c, "OD")["va"], eye_vals(c, "OS")["va"])) if c["area"] == "eye" else "not indicated", ", ".join(pt.allergies), Person(r, "rn").full())
        return finish(r, txt)
    if lay == 2 and c["area"] == "eye":
        txt = "%s\nEYE EMERGENCY SERVICE\n%s   Seen: %s\n\nHPI: %s\nPOHx: %s\nPMH: %s\nMeds: %s  Allergies: %s\n\n%s\n\nA/P: %s\n%s\nDispo: %s\n\nResident: %s   Attending: %s (seen and discussed)" % (
            fac["name"], banner(r, pt, 5, d), ftime(r), c["hpi"], pick(r, ["none", "myopia", "cataract surgery %s" % c["F"], "glasses"]), pmh_text(pt), ", ".join(a for a, b in home_meds(pt)) or "none", ", ".join(pt.allergies),
            eye_exam(r, c, pick(r, [0, 1, 3])), c["assess"], "\n".join("- " + p for p in c["plan"]), dispo, Person(r, "ophth").full(style=2), doc.full(style=2))
        return finish(r, txt)
    if lay in (2, 3):
        t = d
        events = [("%s" % ftime(r), "Pt arrived, triaged ESI %s" % esi), ("", "Seen by provider"), ("", pick(r, ["IV placed, labs drawn", "Exam performed", "Analgesia given"])),
                  ("", "%s consult paged" % ("Ophthalmology" if c["area"] == "eye" else "ENT")), ("", pick(r, ["CT ordered", "Procedure at bedside", "Consultant at bedside"])), ("", dispo)]
        tt = r.randint(0, 23) * 60 + r.randint(0, 59)
        lines = []
        for _, e in events:
            lines.append("%02d:%02d  %s" % (tt // 60 % 24, tt % 60, e))
            tt += r.randint(8, 75)
        txt = "%s  ED COURSE / TIMELINE\n%s\n\n%s\n\nLabs: %s\n%s\nImpression: %s\n%s" % (
            fac["short"], banner(r, pt, 0), "\n".join(lines), "; ".join("%s %s%s" % (a, b, (" " + f) if f else "") for a, b, u, rg, f in lab_panel(r, pick(r, ["cbc", "bmp", "coag"]), True)),
            ("Imaging: " + c["img"]["imp"]) if c["img"] and c["img"]["imp"] else "", c["dx"], sign(r, edd, t, 5))
        return finish(r, txt)
    if lay == 4:
        txt = "%s\n%s\n\n%d yo %s with %s. %s\n\nPE: %s\n%s\n\nMDM: %s\nDx: %s\nPlan: %s\nDispo: %s\n\n%s, %s" % (
            pick(r, ["ED NOTE - MIDLEVEL PROVIDER", "Fast Track Note", "Urgent Care / ED Note"]), banner(r, pt, 2), pt.age, pt.sex, c["cc"], c["hpi"], vitals(r, pt, 0), exam_for(r, c, pt), mdm, c["short"],
            "; ".join(c["plan"][:3]), dispo, edd.full(), edd.cred)
        return finish(r, txt)
    if lay == 5:
        txt = "%s\n\n%s\n\nThis %d-year-old %s presents to the emergency department with %s. %s %s Allergies %s.\n\nOn exam %s %s\n\n%s\n\nThe patient's condition was discussed with %s of %s who %s. Final impression: %s. Disposition: %s.\n\n%s" % (
            letterhead(r, fac, "Emergency Department"), banner(r, pt, 1), pt.age, pt.sexw(), c["cc"], c["hpi"], ("PMH: " + pmh_text(pt) + ".") if pt.pmh else "", ", ".join(pt.allergies), vitals(r, pt, 1) + ".", exam_for(r, c, pt),
            maybe(r, 0.5, "Results: " + ((c["img"]["imp"] if c["img"] and c["img"]["imp"] else "labs unremarkable"))), doc.full(), dept, pick(r, ["will see the patient in clinic tomorrow", "came to evaluate at bedside", "agrees with plan"]),
            c["dx"].lower(), dispo.lower(), sign(r, edd, d, 4))
        return finish(r, txt + "\n" + footer(r, pt, edd, d, 1))
    txt = "ED Note %s %s\nCC %s\n%s\nExam: %s\nA/P: %s. %s\n%s" % (fdate(d, 4), ftime(r), c["cc"], c["hpi"], exam_for(r, c, pt), c["short"], dispo, edd.full(style=2))
    return finish(r, banner(r, pt, 6) + "\n" + txt)


def gen_transfer_summary(r):
    pt, c, fac, doc, dept = ctx(r, INPT)
    d = pt.visit
    other_fac = pick(r, ["Ashford Falls Community Hospital", "Greyfield General Hospital", "Mercy Valley Medical Center", "Millbrook University Hospital", "North Tallis Regional", "St. Agatha Rehabilitation & Nursing"])
    lay = r.randrange(6)
    inbound = r.random() < 0.5
    src, dst = (other_fac, fac["name"]) if inbound else (fac["name"], other_fac)
    reason = ("Specialty %s care not available at sending facility" % ("ophthalmology" if c["area"] == "eye" else "otolaryngology")) if inbound else pick(r, ["Medical management of %s" % pick(r, ["chest pain", "NSTEMI", "DKA", "acute kidney injury", "pneumonia"]), "Rehabilitation / skilled nursing", "Higher level of care (ICU)"])
    if lay == 0:
        cb = lambda b: "[X]" if b else "[ ]"
        txt = "INTERFACILITY TRANSFER FORM / PHYSICIAN CERTIFICATION\n%s\n\nSending facility: %s\nReceiving facility: %s\nAccepting physician: %s   Accepted at %s\n\nDiagnosis: %s\nReason for transfer: %s\nPatient condition: %s Stable  %s Unstable\nBenefits of transfer outweigh risks: %s\nMode: %s ALS  %s BLS  %s Private vehicle\nRecords sent: %s H&P  %s Imaging on disc  %s Labs  %s MAR\nPatient/guardian consent to transfer: signed\n\nVitals at transfer: %s\nSending physician: %s   Date/time %s %s" % (
            banner(r, pt, 1), src, dst, doc.full() if inbound else Person(r, "hosp").full(), ftime(r), c["dx"], reason, cb(True), cb(False), cb(True), cb(r.random() < 0.3), cb(r.random() < 0.6), cb(r.random() < 0.2),
            cb(True), cb(r.random() < 0.6), cb(True), cb(r.random() < 0.5), vitals(r, pt, 0), Person(r, "ed").full(), fdate(d, 0), ftime(r))
        return finish(r, txt)
    if lay == 1:
        secs = [(["Date of Transfer"], fdate(later(d, r.randint(0, 4)), 0)), (["Transferred From"], src), (["Transferred To"], dst),
                (["Reason for Transfer"], reason), (["Diagnoses"], dx_list(r, c, pt)), (["Brief History"], c["hpi"]),
                (["Hospital Course"], c["course"] or c["assess"]), (["Procedures"], (c["op"] or c["oproc"] or {"name": "none"})["name"]),
                (["Current Medications"], meds_text(r, all_meds(pt, c), 0)), (["Allergies"], ", ".join(pt.allergies)),
                (["Code Status"], pick(r, ["Full code", "DNR/DNI", "Full"])), (["Condition at Transfer"], pick(r, ["Stable", "Guarded", "Fair"])),
                (["Follow-up Needs"], "%s to follow; %s" % (doc.dr(), c["plan"][-1]))]
        txt = "%s\n%s\n%s\n\n%s\n\n%s" % (letterhead(r, fac, dept), pick(r, ["TRANSFER SUMMARY", "Transfer Summary", "INTERHOSPITAL TRANSFER NOTE", "TRANSFER OF CARE SUMMARY"]), banner(r, pt, 1), render(r, secs), sign(r, doc, d, 0))
        return finish(r, txt, banner(r, pt, 6))
    if lay == 2:
        txt = "NURSING TRANSFER REPORT\n%s\nFrom: %s  To: %s  Unit/Room: %s\nReport called to: %s, RN at %s\n\nDx: %s\nIsolation: %s   Code: %s\nNeuro: %s\nVision/hearing: %s\nResp: %s\nDiet: %s\nIV access: %s\nLast meds given: %s\nEye drops/ear drops schedule sent: %s\nBelongings: %s\nFamily notified: %s\n%s" % (
            banner(r, pt, 2), src, dst, pick(r, ["4 West 12", "ICU 3", "SNF 210", "Med-Surg"]), Person(r, "rn").full(style=2), ftime(r), c["short"], pick(r, ["none", "contact (MRSA)"]), pick(r, ["Full", "DNR"]),
            pick(r, ["A&Ox3", "A&Ox2, baseline dementia", "alert"]), pick(r, ["%s shield in place" % c["E"] if c["area"] == "eye" else "hearing aids with patient", "impaired - fall risk"]), pick(r, ["RA, sats 96%", "2 L NC", "trach collar 28%"]),
            pick(r, ["regular", "soft", "clear liquids", "NPO"]), pick(r, ["20g L forearm, saline locked", "PICC R arm", "none"]), ", ".join(m["name"].split()[0] for m in c["meds"][:3]) + " at " + ftime(r),
            pick(r, ["yes", "N/A"]), pick(r, ["glasses, phone", "with family", "none"]), pick(r, ["yes - daughter", "yes", "left message"]), Person(r, "rn").full(style=2) + ", RN")
        return finish(r, txt)
    if lay == 3:
        txt = "%s\nTransfer acceptance note\n%s\n\nReceived call from Dr. %s at %s regarding this %d-year-old %s with %s. %s\nI have accepted the patient in transfer to %s under %s. Recommendations prior to transfer: %s.\n\n%s" % (
            fac["name"], banner(r, pt, 0), pick(r, LAST), other_fac, pt.age, pt.sexw(), c["short"], c["hpi"], pick(r, ["our ED", "the eye emergency service", "direct admission, 5th floor", "ENT service"]),
            doc.full(), pick(r, ["keep NPO", "shield the eye, no pressure, no drops", "start IV antibiotics", "send CT images on disc", "hold anticoagulation"]), sign(r, doc, d, 1))
        return finish(r, txt)
    if lay == 4:
        txt = "INTERNAL TRANSFER NOTE: %s -> %s\n%s\n%s\nSummary: %s\nActive issues:\n%s\nTo do: %s\nOff-going: %s / On-coming: %s" % (
            pick(r, ["PACU", "ICU", "Step-down", "ED"]), pick(r, ["Floor", "4W", "Observation", "ENT unit" if c["area"] == "ent" else "Eye unit"]), banner(r, pt, 2), fdate(d, 4) + " " + ftime(r), c["course"] or c["assess"],
            "\n".join("- " + p for p in c["plan"]), pick(r, ["AM labs", "recheck vision", "drain output q shift", "advance diet"]), Person(r).full(style=2), Person(r).full(style=2))
        return finish(r, txt)
    if inbound:
        src, dst = fac["name"], other_fac
        reason = pick(r, ["Medical management of %s" % pick(r, ["chest pain", "NSTEMI", "DKA", "acute kidney injury", "pneumonia"]), "Rehabilitation / skilled nursing"])
    txt = "%s\n\n%s\n\nDear colleagues at %s,\n\n%s is being transferred to your facility %s. Briefly, %s was admitted with %s; %s. Current medications: %s. Please continue %s. Our team is available at %s.\n\n%s" % (
        letterhead(r, fac, dept), fdate(d, 1), dst, pt.name(), "for " + reason.lower(), pt.he(), c["dx"].lower(), c["course"] or c["assess"].lower(),
        ", ".join(m["name"] for m in all_meds(pt, c)), "; ".join(c["plan"][-2:]).lower(), fac["ph"], sign(r, doc, d, 3))
    return finish(r, txt)


def gen_provider_orders(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    lay = r.randrange(7)
    cb = lambda b: "[X]" if b else "[ ]"
    if lay == 0:
        txt = "%s\nADMISSION ORDERS\n%s\nDate/time: %s %s\n\nAdmit to: %s, Dr. %s\nDiagnosis: %s\nCondition: %s\nVitals: q4h%s\nAllergies: %s\nActivity: %s\nNursing: %s\nDiet: %s\nIVF: %s\nMedications:\n%s\nLabs: %s\nCall HO for: T > 101.5, SBP > 180 or < 90, HR > 120, %s\n\n%s" % (
            fac["name"], banner(r, pt, 3, d), fdate(d, 0), ftime(r), "Ophthalmology" if c["area"] == "eye" else "Otolaryngology", doc.last, c["dx"], pick(r, ["stable", "fair", "guarded"]), " with eye checks" if c["area"] == "eye" else "",
            ", ".join(pt.allergies), pick(r, ["as tolerated", "bedrest with bathroom privileges", "HOB 30 degrees", "face-down positioning 50 min/hr"]), pick(r, ["strict I/O", "fall precautions", "shield to operative eye", "ice collar, humidified air"]),
            pick(r, ["regular", "clear liquids advance as tolerated", "NPO after midnight", "soft"]), pick(r, ["D5 1/2NS + 20 KCl at %d mL/hr" % r.randint(50, 125), "LR at 75 mL/hr", "saline lock"]),
            "\n".join("  %s %s" % (m["name"], m["sig"]) for m in c["meds"]) + "\n  acetaminophen 650 mg PO q6h prn pain\n  ondansetron 4 mg IV q6h prn nausea", ", ".join(x.upper() for x in c["labs"]) or "none",
            pick(r, ["decreased vision", "bleeding", "stridor or respiratory distress", "new facial weakness"]), sign(r, doc, d, 2))
        return finish(r, txt)
    if lay == 1:
        txt = "%s\nPOST-OPERATIVE ORDERS - %s\n%s\n\n%s Discharge from PACU when criteria met\n%s Admit to observation\n%s Vital signs per PACU protocol\n%s Diet: advance as tolerated\n%s Acetaminophen %s\n%s Oxycodone 5 mg PO q4h prn severe pain\n%s Ondansetron 4 mg IV/PO q8h prn\n%s Eye: shield to operative eye, first drops at post-op visit\n%s Ice packs / HOB elevated 30 degrees\n%s Other: %s\n\nPhysician: %s  Date %s Time %s\nNoted by RN: ________" % (
            fac["name"], "OPHTHALMOLOGY" if c["area"] == "eye" else "OTOLARYNGOLOGY", banner(r, pt, 4), cb(r.random() < 0.7), cb(r.random() < 0.3), cb(True), cb(True), cb(True),
            "650 mg PO q6h" if pt.age > 12 else "15 mg/kg PO q6h", cb(c["area"] == "ent" and pt.age > 12), cb(True), cb(c["area"] == "eye"), cb(c["area"] == "ent"), cb(True),
            "; ".join(m["name"] + " " + m["sig"] for m in c["meds"][:2]), doc.full(style=2), fdate(d, 4), ftime(r))
        return finish(r, txt)
    if lay == 2:
        txt = "PRE-OPERATIVE ORDERS\n%s\nProcedure: %s  Scheduled: %s\n\n1. NPO after midnight %s\n2. Labs: %s\n3. ECG if age > 50 or cardiac history: %s\n4. %s\n5. %s\n6. Hold: %s\n7. Consent for %s\n\n%s" % (
            banner(r, pt, 0), (c["op"] or c["oproc"] or {"name": c["short"]})["name"], fdate(later(d, r.randint(3, 30)), 0), pick(r, ["except clear liquids until 2 hours prior", "", "(peds: clears until 1 hr prior)"]),
            ", ".join(x.upper() for x in c["labs"]) or "none required", "yes" if pt.age > 50 else "no", ("Dilate %s: tropicamide 1%% and phenylephrine 2.5%% q5min x3 on arrival" % c["E"]) if c["area"] == "eye" else "Oxymetazoline 2 sprays each nostril on arrival",
            pick(r, ["Cefazolin 2 g IV on call to OR", "No antibiotic prophylaxis", "Dexamethasone per anesthesia"]), pick(r, ["apixaban 48 h", "aspirin 7 days", "metformin AM of surgery", "none"]), (c["op"] or c["oproc"] or {"name": c["short"]})["name"].lower(), sign(r, doc, d, 1))
        return finish(r, txt)
    if lay == 3:
        rn = Person(r, "rn")
        txt = "TELEPHONE / VERBAL ORDER\n%s\nDate %s  Time %s\nOrder: %s\nRead back and verified: [X]\nReceived by: %s, RN\nOrdering provider: %s   Co-signature: ____________ (within 24 h)" % (
            banner(r, pt, 2), fdate(d, 0), ftime(r), pick(r, ["%s %s" % (c["meds"][0]["name"], c["meds"][0]["sig"]) if c["meds"] else "Tylenol 650 mg PO q6h prn", "May discharge home after ambulating and voiding", "Increase prednisolone to q1h while awake", "Repeat CBC in AM", "Hold 0900 apixaban"]),
            rn.full(), doc.full())
        return finish(r, txt)
    if lay == 4:
        lines = []
        for i, m in enumerate(c["meds"] + [med("acetaminophen 500 mg tab", "1000 mg PO q6h prn pain")]):
            lines.append("%s  %s\n      %s  Start: %s %s  Status: %s  Order #%d" % (pick(r, ["[MED]", "Med"]), m["name"], m["sig"], fdate(d, 4), ftime(r), pick(r, ["Active", "Active", "Verified"]), r.randint(10 ** 6, 10 ** 7)))
        lines.append("[NSG]  %s" % pick(r, ["Eye checks q4h", "Bleeding precautions", "Aspiration precautions", "Fall risk"]))
        for l in c["labs"]:
            lines.append("[LAB]  %s  %s  AM draw" % (l.upper(), pick(r, ["Routine", "Timed"])))
        txt = "%s   ACTIVE ORDERS\n%s\nPrinted %s\n\n%s\n\nOrdering: %s" % (fac["short"], banner(r, pt, 5, d), fdate(d, 0) + " " + ftime(r), "\n".join(lines), doc.full())
        return finish(r, txt)
    if lay == 5:
        tests = ["OCT macula OU", "OCT RNFL OU", "HVF 24-2 SITA-Std OU", "Fundus photos", "IVFA", "Pachymetry", "Gonioscopy", "B-scan", "Biometry (IOLMaster)"] if c["area"] == "eye" else ["Audiogram with tympanometry", "VNG", "CT sinus w/o contrast", "CT temporal bones", "MRI IAC w/wo", "Flexible laryngoscopy", "Videostroboscopy", "Thyroid US", "Sleep study"]
        ch = sample(r, tests, r.randint(2, 4))
        txt = "%s - CLINIC ORDERS / TESTING REQUEST\n%s\nProvider: %s\n\n%s\n\nDx: %s (%s)\nTiming: %s\nSpecial instructions: %s" % (
            dept, banner(r, pt, 0), doc.full(), "\n".join("%s %s" % (cb(x in ch), x) for x in tests), c["short"], c["icd"], pick(r, ["today", "before next visit", "in 3 months", "STAT"]), pick(r, ["Dilate OU", "Do not dilate", "Pt has claustrophobia - premedicate", "none"]))
        return finish(r, txt)
    txt = "DISCHARGE ORDER\n%s\nDischarge patient to %s today.\nDiet: %s. Activity: %s.\nPrescriptions: %s\nFollow-up: %s, %s\nHome services: %s\n%s" % (
        banner(r, pt, 6), pick(r, ["home", "home with family"]), pick(r, ["regular", "soft x 2 weeks"]), pick(r, ["no heavy lifting", "as tolerated"]), ", ".join(m["name"] for m in c.get("meds_dc", c["meds"])),
        doc.full(), c["fu"], pick(r, ["none", "VNA for drops", "home IV antibiotics"]), sign(r, doc, d, 5))
    return finish(r, txt)


INSTR = {
    "eye_op": ["Wear the eye shield while sleeping for 1 week.", "Do not rub or press on the eye.", "Avoid bending over, heavy lifting (over 10-15 pounds) and strenuous activity.",
               "Do not swim or use hot tubs for 2 weeks.", "Avoid eye makeup for 1 week.", "Mild scratchiness and blurry vision are normal for the first few days.",
               "You may shower but keep water out of the eye.", "Wear sunglasses outside."],
    "gas": ["You have a gas bubble in your eye. Do NOT fly in an airplane or travel to high altitudes until your doctor says the bubble is gone.",
            "Do not receive nitrous oxide anesthesia while the gas bubble is present.", "Keep your head in the position instructed (face-down or on your side) as much as possible."],
    "inj": ["Your eye may be red where the injection was given; this is normal.", "Floaters or small bubbles may be seen for a day or two.", "Use artificial tears for scratchiness.",
            "Do not rub your eye for 24 hours."],
    "tonsil": ["Drink plenty of fluids. Cool, soft foods are best (popsicles, pudding, mashed potatoes).", "Avoid crunchy or sharp foods (chips, toast) for 2 weeks.",
               "White patches in the back of the throat are normal healing.", "Ear pain is common and is referred from the throat.",
               "Any bright red bleeding from the mouth or nose: go to the nearest Emergency Department immediately.", "No aspirin or aspirin-containing products."],
    "nose": ["Sleep with your head elevated on 2-3 pillows.", "Do not blow your nose for 1 week; sneeze with your mouth open.", "Use saline rinses as directed starting the day after surgery.",
             "Some bloody drainage is expected for several days; change the drip pad as needed.", "Avoid heavy lifting and straining for 2 weeks."],
    "ear": ["Keep the ear dry. Use a cotton ball coated with petroleum jelly when showering.", "Do not blow your nose forcefully.", "You may hear popping or crackling sounds.",
            "Keep the head dressing on until the next morning.", "Call for facial weakness, fever or severe dizziness."],
    "neck": ["Keep the incision clean and dry for 48 hours, then you may shower.", "Call for numbness or tingling around your lips or fingers (low calcium) or trouble breathing.",
             "Neck swelling, new hoarseness or difficulty swallowing should be reported right away.", "Take your calcium and thyroid medication as prescribed."],
    "gen": ["Take medications as prescribed.", "Return to the Emergency Department for worsening symptoms.", "Keep your follow-up appointment."],
}


def instr_for(c):
    k = c["key"]
    if k in ("wet_amd", "crvo") or (k == "dme" and not c["op"]):
        return INSTR["inj"] + INSTR["gen"][:1]
    if k == "orb_cell":
        return INSTR["nose"] + INSTR["gen"]
    if c["area"] == "eye":
        out = list(INSTR["eye_op"])
        if c["op"] and "gas" in c["op"].get("implant", "").lower() or "SF6" in (c["op"] or {}).get("name", ""):
            out += INSTR["gas"]
        return out
    if k in ("tonsil", "pta"):
        return INSTR["tonsil"]
    if k in ("crs", "septum", "epistaxis", "orb_cell"):
        return INSTR["nose"]
    if k in ("tm_perf", "cholest", "ome", "ssnhl", "meniere", "bppv", "presby"):
        return INSTR["ear"]
    return INSTR["neck"] + INSTR["gen"]


def gen_discharge_instructions(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    ins = instr_for(c)
    sel = sample(r, ins, max(3, len(ins) - r.randint(0, 2)))
    call = pick(r, ["Call %s or go to the ER if you have: increasing pain not relieved by medication, decreasing vision, fever over 101, increasing redness or discharge." % fac["ph"],
                    "CALL US for fever > 101.5 F, bleeding that does not stop, trouble breathing or swallowing. After hours call %s and ask for the doctor on call." % fac["ph"],
                    "Seek care right away if you have sudden loss of vision, severe headache, or shortness of breath."])
    meds_ = c.get("meds_dc", c["meds"])
    lay = r.randrange(7)
    if lay == 0:
        txt = "%s\n%s\n%s\n\nYou had: %s\nDoctor: %s\n\nWHAT TO EXPECT / ACTIVITY\n%s\n\nMEDICATIONS\n%s\n\nWHEN TO CALL\n%s\n\nFOLLOW-UP: %s on %s at %s\n\nI have received and understand these instructions.\nPatient/Responsible adult ____________________  Nurse ____________________" % (
            letterhead(r, fac, dept), pick(r, ["DISCHARGE INSTRUCTIONS", "Going Home After Your Surgery", "POST-OPERATIVE INSTRUCTIONS", "Home Care Instructions"]), banner(r, pt, 0),
            (c["op"] or c["oproc"] or {"name": c["short"]})["name"], doc.full(), "\n".join("* " + s for s in sel), meds_text(r, meds_, 1), call, doc.full(), fdate(later(d, r.randint(1, 14)), 1), "%d:%02d %s" % (r.randint(8, 11), r.choice([0, 15, 30, 45]), pick(r, ["AM", "PM"])))
        return finish(r, txt)
    if lay == 1:
        txt = "AFTER VISIT SUMMARY\n%s\n%s  %s with %s\n\nReason for visit: %s\nDiagnoses this visit: %s\n\nInstructions from your provider:\n%s\n\nYour medication list (changes in CAPS):\n%s\n\nUpcoming appointments:\n%s  %s  %s\n\nMyChart: view your results online. Questions? Call %s." % (
            pt.name(2), fdate(d, 1), dept, doc.full(), c["cc"], c["dx"], " ".join(sel), "\n".join("START " + m["name"].upper() + " - " + m["sig"] for m in meds_) + "\n" + "\n".join("%s - %s" % x for x in home_meds(pt)),
            fdate(later(d, r.randint(7, 90)), 0), pick(r, ["9:15 AM", "1:40 PM", "10:00 AM"]), dept, fac["ph"])
        return finish(r, txt)
    if lay == 2:
        txt = "%s EMERGENCY DEPARTMENT\nDischarge Instructions for %s\nDate: %s\n\nYou were seen today for: %s\n\n%s\n\nPrescriptions given: %s\nFollow up with: %s, %s, in %s. Call for an appointment: %s\n\n%s\n\nIf you were given a sedative or narcotic, do not drive.\nPatient signature ____________ RN ____________" % (
            fac["name"].upper(), pt.name(), fdate(d, 0), c["dx"], "\n".join("- " + s for s in sel[:5]), ", ".join(m["name"] for m in meds_) or "none", doc.full(), dept, pick(r, ["1-2 days", "1 week", "tomorrow"]), fac["ph"], call)
        return finish(r, txt)
    if lay == 3 and c["area"] == "eye":
        txt = "%s\nEYE SURGERY - HOME CARE\n%s   Eye: %s\n\nDROPS: Start drops %s. Wait 5 minutes between different drops.\n%s\n\n%s\n\nPost-op appointment: tomorrow %s at %s (bring all drops)\nUrgent eye problems after hours: %s" % (
            fac["name"], pt.name(2), c["side"].upper(), pick(r, ["the morning after surgery after the shield is removed", "today as directed", "after your post-op visit"]),
            "\n".join("  %s: %s" % (m["name"], m["sig"]) for m in meds_), "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(sel)), pick(r, ["8:30 AM", "9:00 AM", "10:15 AM"]), fac["addr"], fac["ph"])
        return finish(r, txt)
    if lay in (3, 4) and pt.age < 16:
        txt = "Caring for your child after %s\n%s\nChild: %s\n\n%s\n\nPain medicine dosing for %d lb: %s\n\nCall us at %s if your child: has a fever over 102 F, will not drink, has bleeding, or seems very sleepy.\n\n%s" % (
            (c["op"] or {"name": c["short"]})["name"].lower(), fac["name"], pt.name(2), "\n".join("o " + s for s in sel), pt.wt_lb, meds_text(r, meds_, 2), fac["ph"], doc.full() + ", " + dept)
        return finish(r, txt)
    if lay in (3, 4, 5):
        txt = "%s\n%s\n\n%s, these are your instructions after %s on %s.\n\n%s\n\n%s\n\nYour next appointment: %s in %s.\n\nNurse: %s   Time: %s" % (
            letterhead(r, fac, dept, r.randrange(5)), banner(r, pt, 5, d), pt.first, (c["op"] or c["oproc"] or {"name": "your visit"})["name"].lower(), fdate(d, 1),
            " ".join(sel), call, doc.full(), c["fu"], Person(r, "rn").full(style=2), ftime(r))
        return finish(r, txt)
    txt = "PATIENT EDUCATION: %s\n\n%s\n\nCare at home:\n%s\n\nWhen to seek help:\n%s\n\nPrinted for %s on %s" % (
        c["short"].upper(), pick(r, ["What is this condition? " + c["dx"] + ".", "About your diagnosis: " + c["dx"] + "."]), "\n".join("- " + s for s in sel), call, pt.name(2), fdate(d, 0))
    return finish(r, txt)


def gen_other(r):
    pt, c, fac, doc, dept = ctx(r)
    d = pt.visit
    lay = r.randrange(9)
    if lay == 0:  # fax cover
        txt = "%s\nFAX\n\nTo: %s\nFax: %s\nFrom: %s, %s\nPhone: %s\nDate: %s\nPages (including cover): %d\nRe: %s\n\n[ ] Urgent  [X] For review  [ ] Please reply\n\nComments: %s\n\nCONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, or distribution is strictly prohibited. Please notify the sender immediately and destroy the documents." % (
            letterhead(r, fac, dept), pick(r, PRACTICES), phone(r), pick(r, ["Medical Records", "Surgery Scheduling", doc.full()]), fac["short"], fac["ph"], fdate(d, 0), r.randint(2, 12), pt.name(),
            pick(r, ["Please find attached office notes as requested.", "Pre-op clearance form - please complete and return.", "Records for upcoming appointment.", "Operative report and pathology."]))
        return finish(r, txt)
    if lay == 1:  # questionnaire
        if c["area"] == "ent" and c["key"] in ("crs", "septum"):
            items = ["Need to blow nose", "Nasal blockage", "Sneezing", "Runny nose", "Cough", "Post-nasal discharge", "Thick nasal discharge", "Ear fullness", "Dizziness", "Ear pain",
                     "Facial pain/pressure", "Decreased sense of smell/taste", "Difficulty falling asleep", "Wake up at night", "Lack of a good night's sleep", "Wake up tired", "Fatigue",
                     "Reduced productivity", "Reduced concentration", "Frustrated/restless/irritable", "Sad", "Embarrassed"]
            title = "SINO-NASAL OUTCOME TEST (SNOT-22)"
            sc = [r.randint(0, 5) for _ in items]
            body = "\n".join("%2d. %-38s %d" % (i + 1, it, s) for i, (it, s) in enumerate(zip(items, sc))) + "\nTOTAL: %d" % sum(sc)
        elif c["area"] == "ent":
            items = ["Sitting and reading", "Watching TV", "Sitting inactive in a public place", "As a passenger in a car for an hour", "Lying down in the afternoon", "Sitting and talking to someone", "Sitting quietly after lunch", "In a car, stopped in traffic"]
            title = pick(r, ["EPWORTH SLEEPINESS SCALE", "Hearing Handicap Inventory (screening)", "Dizziness Handicap Inventory"])
            sc = [r.randint(0, 3) for _ in items]
            body = "\n".join("%-40s %d" % (it, s) for it, s in zip(items, sc)) + "\nTotal score: %d" % sum(sc)
        else:
            items = ["Eyes sensitive to light", "Eyes feel gritty", "Painful or sore eyes", "Blurred vision", "Poor vision", "Reading", "Driving at night", "Working with a computer", "Watching TV", "Windy conditions", "Low humidity", "Air conditioning"]
            title = pick(r, ["OCULAR SURFACE DISEASE INDEX (OSDI)", "VISUAL FUNCTION QUESTIONNAIRE", "New Patient Eye History Questionnaire"])
            sc = [r.randint(0, 4) for _ in items]
            body = "\n".join("%-32s  %s" % (it, "  ".join("(%s)" % ("X" if k == s else " ") for k in range(5))) for it, s in zip(items, sc))
        txt = "%s\n%s\nName: %s  Date: %s\n\nPlease circle the number that best describes your experience over the past 2 weeks.\n\n%s\n\nReviewed by: %s" % (fac["name"], title, pt.name(2), fdate(d, 0), body, doc.full(style=2))
        return finish(r, txt)
    if lay == 2:  # ROI
        txt = "%s\nAUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n\nPatient: %s   DOB: %s   MRN: %s\n\nI authorize %s to release information to:\n%s\n%s\n\nInformation to be released: %s\nPurpose: %s\nDates of service: %s to %s\nThis authorization expires on: %s\n\nI understand that I may revoke this authorization in writing at any time. Information disclosed may be subject to re-disclosure by the recipient. Treatment will not be conditioned on signing.\n\nSignature ____________________  Date %s\n\nFOR HIM USE ONLY: Request # %d  Processed by %s  Pages %d  Fee $%.2f" % (
            fac["name"], pt.name(), fdate(pt.dob, 0), pt.mrn, fac["name"], pick(r, ["Law Offices of %s & %s" % (pick(r, LAST), pick(r, LAST)), "Social Security Administration - Disability Determination", pick(r, PRACTICES), "Self", "Keystone Mutual Health - Claims Review"]),
            "%d %s, %s" % (r.randint(10, 999), pick(r, STREETS), pick(r, TOWNS)[0]), pick(r, ["complete record", "office notes, operative reports", "audiograms", "visual fields and eye exams", "records from %s" % fdate(d, 0)]),
            pick(r, ["continuity of care", "legal", "disability claim", "personal", "insurance"]), fdate(later(d, -r.randint(200, 2000)), 0), fdate(d, 0), fdate(later(d, 365), 0), fdate(d, 0),
            r.randint(10000, 99999), pick(r, ["ROI", "HIM-clerk", "jmorales"]), r.randint(4, 140), r.uniform(0, 60))
        return finish(r, txt)
    if lay == 3:  # statement
        lines, tot = [], 0.0
        for _ in range(r.randint(2, 6)):
            amt = r.choice([95, 145, 210, 280, 350, 1240, 2150, 3480, 185, 62])
            tot += amt
            lines.append("%-11s %-7s %-40s %10.2f" % (fdate(later(d, -r.randint(0, 60)), 4), pick(r, ["92014", "92134", "92083", "67028", "99214", "92557", "31231", "66984", "J0178", "69210"]),
                                                    pick(r, ["Office visit, established", "OCT retina", "Visual field exam", "Intravitreal injection", "Audiometry comprehensive", "Nasal endoscopy", "Cataract surgery", "Cerumen removal", "Drug supply"]), amt))
        paid = tot * r.uniform(0.5, 0.9)
        txt = "%s\nPATIENT STATEMENT\nStatement date: %s   Account #: %s\n\n%s\n%s\n%s, %s %s\n\nDate        Code    Description                                  Charges\n%s\n\nTotal charges: %.2f\nInsurance payments/adjustments: -%.2f\nPatient payments: -%.2f\nAMOUNT DUE: $%.2f\n\nPay online or call Patient Financial Services %s. Financial assistance is available." % (
            fac["name"].upper(), fdate(d, 0), pt.acct, pt.name(1), pt.street, pt.city, pt.state, pt.zip, "\n".join(lines), tot, paid, min(tot - paid, r.choice([0, 20, 40])), max(0, tot - paid - min(tot - paid, r.choice([0, 20, 40]))), fac["ph"])
        return finish(r, txt)
    if lay == 4:  # photo captions
        views = ["Primary gaze", "Upgaze", "Downgaze", "Brow elevated (manual)", "Right lateral", "Left lateral", "Lids taped"] if c["area"] == "eye" else ["Frontal", "Right lateral", "Left lateral", "Basal view", "Oblique", "Endoscopic - right middle meatus", "Endoscopic - left middle meatus"]
        txt = "%s\nCLINICAL PHOTOGRAPHY\n%s\nDate: %s   Photographer: %s\nIndication: %s\n\n%s\n\nImages stored in PACS/photo archive. Consent for photography on file." % (
            fac["name"], banner(r, pt, 2), fdate(d, 0), pick(r, ["CRA", "clinic photographer", "MA"]), c["short"],
            "\n".join("Image %d: %s" % (i + 1, v) for i, v in enumerate(sample(r, views, r.randint(3, 6)))))
        return finish(r, txt)
    if lay == 5:  # DMV vision form
        txt = "DEPARTMENT OF TRANSPORTATION - BUREAU OF DRIVER LICENSING\nEYE EXAMINATION REPORT (Form DL-%d)\n\nApplicant: %s  DOB: %s  Driver License #: %08d\n\nVisual acuity: Uncorrected OD %s OS %s OU %s\n               Corrected   OD %s OS %s OU %s\nHorizontal visual field: %d degrees\nIs the condition progressive? %s\nCorrective lenses required: %s\nRecommend restriction: %s\n\nExaminer: %s  License #: %s\nSignature ____________________ Date %s" % (
            r.randint(70, 99), pt.name(1), fdate(pt.dob, 0), r.randrange(10 ** 8), va_worse(r, 2), va_worse(r, 2), va_worse(r, 1), eye_vals(c, "OD")["va"], eye_vals(c, "OS")["va"], "20/25",
            r.randint(110, 150), pick(r, ["Yes", "No"]), pick(r, ["Yes", "No"]), pick(r, ["none", "daylight driving only", "corrective lenses", "re-exam 1 year"]), doc.full(), "%06d" % r.randrange(10 ** 6), fdate(d, 0))
        return finish(r, txt)
    if lay == 6:  # hearing aid purchase agreement
        txt = "%s Audiology\nHEARING AID PURCHASE AGREEMENT\n%s\n\nDevice: %s  Model %s  Style: %s\nEar(s): %s\nSerial #: R %s  L %s\nPrice per aid: $%d   Total: $%d\nTrial period: 45 days from fitting date %s; return fee $%d per aid.\nWarranty: %d years repair, %d year loss & damage.\n\nMedical evaluation: [X] Received  [ ] Waived (adults 18+ only)\n\nBuyer ____________________   Audiologist %s" % (
            fac["short"], banner(r, pt, 0), pick(r, ["Phonak", "Oticon", "Signia", "ReSound", "Widex"]), pick(r, ["Lumity 70", "Real 1", "Pure 7AX", "Omnia 9", "Moment 440"]), pick(r, ["RIC", "BTE", "ITE"]),
            pick(r, ["Binaural", "Right", "Left"]), lot(r), lot(r), r.choice([1500, 2200, 2950, 3400]), r.choice([3000, 4400, 5900, 6800]), fdate(d, 0), r.choice([150, 200, 250]), r.choice([2, 3]), r.choice([1, 3]), Person(r, "aud").full())
        return finish(r, txt)
    if lay == 7:  # HIPAA acknowledgement / financial policy
        txt = "%s\n%s\n\nI acknowledge that I have received the %s Notice of Privacy Practices.\n\n%s\n\nPatient name: %s   DOB: %s\nSignature ____________________  Date %s\n\nIf not signed, reason: [ ] refused  [ ] unable  [ ] emergency\nStaff: %s" % (
            fac["name"], pick(r, ["ACKNOWLEDGEMENT OF RECEIPT OF NOTICE OF PRIVACY PRACTICES", "FINANCIAL POLICY AND ACKNOWLEDGEMENT", "PATIENT RIGHTS AND RESPONSIBILITIES"]), fac["short"],
            pick(r, ["I understand that routine eye examinations for glasses (refractions) are not covered by Medicare and most medical plans; the refraction fee of $%d is my responsibility." % r.choice([35, 45, 55]),
                     "Copays are due at the time of service. A $%d fee may be charged for appointments missed without 24 hours notice." % r.choice([25, 40, 50]),
                     "I authorize the use of my information for treatment, payment and health care operations."]),
            pt.name(), fdate(pt.dob, 0), fdate(d, 0), pick(r, ["Front desk", "REG", Person(r, "rn").full(style=2)]))
        return finish(r, txt)
    # certification / disability / work form or surgery scheduling sheet
    txt = "%s\nSURGERY SCHEDULING REQUEST\n%s\n\nProcedure: %s   CPT: %s\nSurgeon: %s   Location: %s\nRequested date: %s   Est. duration: %d min\nAnesthesia: %s\nEquipment/implants: %s\nPre-op: %s\nPrior authorization: %s\nScheduler: %s   Phone: %s" % (
        fac["name"], banner(r, pt, 0), (c["op"] or c["oproc"] or {"name": c["short"], "cpt": "TBD"})["name"], (c["op"] or c["oproc"] or {"cpt": "TBD"})["cpt"], doc.full(), pick(r, ["Main OR", "ASC", "Procedure room"]),
        fdate(later(d, r.randint(7, 60)), 0), r.choice([20, 30, 45, 60, 90, 120, 180]), (c["op"] or {"anes": "local"})["anes"], (c["op"] or {"implant": "none"}).get("implant", "none"),
        pick(r, ["H&P by PCP within 30 days", "labs per protocol", "none"]), pick(r, ["obtained #%d" % r.randint(10 ** 6, 10 ** 7), "pending", "not required"]), Person(r).full(style=2), fac["ph"])
    return finish(r, txt)


# ----------------------------------------------------------------------------
GENS = {k: globals()["gen_" + k] for k in TYPES}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for t in TYPES:
            for i in range(a.per_type):
                r = random.Random(master.randrange(2 ** 62))
                text = GENS[t](r)
                n += 1
                f.write(json.dumps({"id": "eyeent-s%d-%05d" % (a.seed, n), "label": t, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
