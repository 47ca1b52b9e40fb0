#!/usr/bin/env python3
"""Synthetic VA (CPRS/VistA-style) clinical document generator.

Every name, identifier, place, phone number and clinical fact produced here is
fictitious.  Standard library only; deterministic for a given --seed.
"""
import argparse
import datetime as DT
import json
import random
import re

R = random.Random(0)

def pick(seq):
    return R.choice(seq)

def chance(p):
    return R.random() < p

def picks(seq, k):
    k = max(0, min(k, len(seq)))
    return R.sample(list(seq), k)

def rint(a, b):
    return R.randint(a, b)

def rf(a, b, nd=1):
    return round(R.uniform(a, b), nd)

# ---------------------------------------------------------------- names/places
FIRST_M = """JAMES ROBERT JOHN MICHAEL WILLIAM DAVID RICHARD CHARLES JOSEPH THOMAS
DONALD KENNETH STEVEN EDWARD BRIAN RONALD ANTHONY KEVIN JASON GARY TIMOTHY LARRY
JEFFREY FRANK SCOTT ERIC RAYMOND GREGORY JOSHUA JERRY DENNIS WALTER PATRICK PETER
HAROLD DOUGLAS HENRY CARL ARTHUR ROGER GERALD KEITH TERRY LAWRENCE SEAN CHRISTIAN
ALBERT JOE ETHAN AUSTIN WAYNE RALPH ROY EUGENE LOUIS RUSSELL BOBBY VICTOR MARTIN
ERNEST PHILLIP TODD CURTIS LEROY DARRELL CLARENCE ALVIN HOMER WENDELL LYLE DWIGHT
MARVIN EARL OTIS VERNON RUFUS LUIS CARLOS JESUS MANUEL REGINALD TYRONE DARNELL""".split()
FIRST_F = """MARY PATRICIA LINDA BARBARA ELIZABETH JENNIFER MARIA SUSAN MARGARET DOROTHY
LISA NANCY KAREN BETTY HELEN SANDRA DONNA CAROL RUTH SHARON MICHELLE LAURA SARAH
KIMBERLY DEBORAH JESSICA SHIRLEY CYNTHIA ANGELA MELISSA BRENDA AMY ANNA REBECCA
VIRGINIA KATHLEEN PAMELA MARTHA DEBRA AMANDA STEPHANIE CAROLYN CHRISTINE JANET
TAMIKA YOLANDA ROSA GLORIA TERESA DIANE""".split()
LAST = """HOLLOWAY BRANNIGAN PETTIGREW MCALISTER OKAFOR LINDQUIST DELACRUZ THORNBURG
WHITAKER GARLAND FENWICK ASHWORTH KOWALSKI ROURKE HADDIX TREMBLAY STOVALL YBARRA
QUINTERO BLACKWOOD CALLOWAY DUNAWAY EPPERSON FAIRCLOTH GRISSOM HARGROVE INGRAM
JESSUP KILGORE LANKFORD MABRY NORWOOD OVERSTREET PRUITT RADCLIFFE SATTERFIELD
TANKERSLEY UPCHURCH VANDERPOOL WOMACK YARBROUGH ZIEGLER ABERNATHY BLEVINS CANTRELL
DOCKERY ELLSWORTH FARNSWORTH GUTHRIE HOLCOMB ISBELL JERNIGAN KINCAID LEDBETTER
MCWHORTER NIXON OGLESBY PEMBERTON RUTLEDGE SPRADLIN TIDWELL VAUGHT WINFREY ACKERLY
BOSWELL CROWDER DINWIDDIE ESTRADA FLOYD GOINS HUTCHENS IVERSEN JARAMILLO KNOWLTON
LOCKHART MONTOYA NAKASHIMA OYELARAN PADILLA REINHOLT SOBOLEWSKI TRUONG ULRICH
VILLANUEVA WETHERBY""".split()
MI = "ABCDEFGHJKLMNPRSTW"

TOWNS = [("CEDAR BLUFF", "OH"), ("MARLOW SPRINGS", "TN"), ("PORT ELLISON", "WA"),
         ("NEW HARWICK", "PA"), ("DANFORTH", "IL"), ("SALT CREEK", "UT"),
         ("BRIGHTWATER", "NC"), ("LONE PINE FLATS", "TX"), ("GRANVILLE FALLS", "MN"),
         ("OSAGE BEND", "MO"), ("HOLLIS PARK", "GA"), ("WESTMERE", "NY"),
         ("RED MESA", "AZ"), ("KETTLE RIVER", "WI"), ("ASHBURN HILLS", "VA")]
STREETS = ["ELM ST", "OLD MILL RD", "CHERRY LN", "COUNTY RD 14", "LINCOLN AVE",
           "RIVERVIEW DR", "MAPLE CT", "HIGHWAY 61", "PINE HOLLOW RD", "3RD ST NW",
           "JACKSON BLVD", "WILLOW CREEK WAY", "PROSPECT AVE", "RR 2 BOX"]

FACILITIES = []
for _i, (_t, _s) in enumerate(TOWNS[:9]):
    FACILITIES.append({
        "name": "%s VA MEDICAL CENTER" % _t,
        "short": "%s VAMC" % _t,
        "town": _t, "st": _s,
        "station": str(512 + _i * 17),
        "addr": "%d %s" % (R.randint(100, 9999), pick(["VETERANS PARKWAY", "VETERANS DRIVE",
                                                       "HOSPITAL ROAD", "MEMORIAL BLVD"])),
        "zip": "%05d" % R.randint(10000, 99999),
        "phone": "(%03d) 555-%04d" % (R.randint(201, 989), R.randint(100, 9999)),
    })
VISN = ["VISN 10", "VISN 9", "VISN 20", "VISN 4", "VISN 12", "VISN 19", "VISN 6", "VISN 17", "VISN 23"]
OUTSIDE = ["MERCY REGIONAL MEDICAL CENTER", "ST. ANSELM HOSPITAL", "COUNTY GENERAL HOSPITAL",
           "RIVERBEND FAMILY PRACTICE", "LAKESIDE INTERNAL MEDICINE ASSOCIATES",
           "PRAIRIE VIEW CLINIC", "UNIVERSITY HOSPITAL OF THE MIDLANDS", "NORTHGATE ORTHOPEDICS, P.C.",
           "VALLEY HEART SPECIALISTS", "SUMMIT UROLOGY GROUP", "HIGHLAND COMMUNITY HEALTH CENTER"]

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]

def phone():
    return "(%03d) 555-%04d" % (rint(201, 989), rint(100, 9999))

# ---------------------------------------------------------------- dates
def rand_dt(y0=2000, y1=2020):
    d = DT.datetime(y0, 1, 1) + DT.timedelta(days=rint(0, (y1 - y0 + 1) * 365 - 2))
    return d.replace(hour=rint(6, 20), minute=rint(0, 59), second=rint(0, 59))

def dv(d, t=True, sec=False, pad=True):
    """VistA external date: JAN 05, 2011@14:22"""
    s = "%s %s, %d" % (MONTHS[d.month - 1], ("%02d" % d.day) if pad else str(d.day), d.year)
    if t:
        s += "@%02d:%02d" % (d.hour, d.minute)
        if sec:
            s += ":%02d" % d.second
    return s

def dvc(d, t=False):
    """MAR 12,1948 style (no space)"""
    s = "%s %d,%d" % (MONTHS[d.month - 1], d.day, d.year)
    if t:
        s += "@%02d:%02d" % (d.hour, d.minute)
    return s

def dmix(d, t=False):
    s = "%s %02d, %d" % (MONTHS[d.month - 1].title(), d.day, d.year)
    if t:
        s += "@%02d:%02d" % (d.hour, d.minute)
    return s

def dus(d, t=False, yy=False):
    s = "%02d/%02d/%s" % (d.month, d.day, ("%02d" % (d.year % 100)) if yy else d.year)
    if t:
        s += " %02d:%02d" % (d.hour, d.minute)
    return s

def dlong(d):
    return "%s %d, %d" % (MONTHS_L[d.month - 1], d.day, d.year)

def dany(d, t=False):
    return pick([dv, dus, dmix, dvc])(d, t) if t else pick([lambda x: dv(x, False), dus, dlong,
                                                           lambda x: dmix(x)])(d)

def tm(d):
    return "%02d%02d" % (d.hour, d.minute)

def later(d, days=0, hours=0, minutes=0):
    return d + DT.timedelta(days=days, hours=hours, minutes=minutes)

# ---------------------------------------------------------------- people
class Patient(object):
    def __init__(self, ref):
        self.sex = "M" if chance(0.87) else "F"
        self.first = pick(FIRST_M if self.sex == "M" else FIRST_F)
        self.last = pick(LAST)
        self.mi = pick(MI)
        era = pick(["WWII", "KOREA", "VIETNAM", "VIETNAM", "VIETNAM", "POST-VIETNAM",
                    "PERSIAN GULF", "PERSIAN GULF", "OEF/OIF"])
        yr = {"WWII": (1918, 1927), "KOREA": (1928, 1934), "VIETNAM": (1942, 1953),
              "POST-VIETNAM": (1954, 1962), "PERSIAN GULF": (1960, 1975),
              "OEF/OIF": (1975, 1992)}[era]
        by = rint(*yr)
        if by > ref.year - 19:
            by = ref.year - rint(22, 40)
            era = "OEF/OIF"
        self.era = era
        self.dob = DT.date(by, rint(1, 12), rint(1, 28))
        self.ref = ref
        self.age = ref.year - by - (1 if (ref.month, ref.day) < (self.dob.month, self.dob.day) else 0)
        self.ssn = "%03d-%02d-%04d" % (rint(100, 665), rint(10, 99), rint(1000, 9999))
        self.last4 = self.ssn[-4:]
        self.icn = "10%08dV%06d" % (rint(0, 99999999), rint(0, 999999))
        self.town, self.st = pick(TOWNS)
        self.street = "%d %s" % (rint(10, 9999), pick(STREETS))
        self.zip = "%05d" % rint(10000, 99999)
        self.phone = phone()
        self.sc = pick([0, 0, 10, 20, 30, 40, 50, 60, 70, 80, 100])
        self.branch = pick(["ARMY", "ARMY", "NAVY", "AIR FORCE", "MARINE CORPS", "COAST GUARD"])
        self.nok_rel = pick(["WIFE", "WIFE", "DAUGHTER", "SON", "SISTER", "BROTHER"]) if self.sex == "M" \
            else pick(["HUSBAND", "DAUGHTER", "SON", "SISTER", "MOTHER"])
        self.nok_first = pick(FIRST_M if self.nok_rel in ("HUSBAND", "SON", "BROTHER") else FIRST_F)
        self.nok_last = self.last if self.nok_rel in ("WIFE", "HUSBAND", "SON") or chance(.5) else pick(LAST)
        self.nok_phone = phone()
        self.wt = rint(130, 290) if self.sex == "M" else rint(105, 240)
        self.ht = rint(64, 75) if self.sex == "M" else rint(59, 68)
        self.allergies = pick([["NO KNOWN ALLERGIES"], ["PENICILLIN"], ["SULFA DRUGS"],
                               ["LISINOPRIL (ANGIOEDEMA)"], ["CODEINE", "IODINATED CONTRAST"],
                               ["NKDA"], ["MORPHINE"], ["SHELLFISH", "PENICILLIN"], ["ASPIRIN (GI UPSET)"]])

    def male(self):
        if self.sex != "M":
            self.sex, self.first = "M", pick(FIRST_M)
        return self

    # display helpers
    @property
    def vname(self):
        return "%s,%s %s" % (self.last, self.first, self.mi)

    @property
    def pname(self):
        return "%s %s. %s" % (self.first.title(), self.mi, self.last.title())

    @property
    def mr(self):
        return "Mr." if self.sex == "M" else "Ms."

    @property
    def mrl(self):
        return "%s %s" % (self.mr, self.last.title())

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
    def sexw(self):
        return pick(["male", "man", "M"]) if self.sex == "M" else pick(["female", "woman", "F"])

    def agesex(self):
        return pick(["%d y/o %s" % (self.age, self.sexw),
                     "%d-year-old %s" % (self.age, "male" if self.sex == "M" else "female"),
                     "%dyo %s" % (self.age, self.sex),
                     "%d year old %s veteran" % (self.age, "male" if self.sex == "M" else "female")])

ROLE_TITLES = {
    "resident": ["RESIDENT PHYSICIAN", "Resident Physician", "PGY-2 Internal Medicine", "MEDICINE RESIDENT",
                 "PGY-1", "Surgery Resident"],
    "attending": ["STAFF PHYSICIAN", "Staff Physician", "ATTENDING PHYSICIAN", "Hospitalist",
                  "Chief, Medical Service"],
    "np": ["NURSE PRACTITIONER", "Nurse Practitioner", "FNP-BC", "ADULT NURSE PRACTITIONER"],
    "pa": ["PHYSICIAN ASSISTANT", "PA-C"],
    "rn": ["REGISTERED NURSE", "RN", "Staff Nurse", "Clinical Nurse", "NURSE MANAGER"],
    "lpn": ["LPN", "LICENSED PRACTICAL NURSE"],
    "lcsw": ["SOCIAL WORKER", "LCSW", "Clinical Social Worker"],
    "pharmd": ["CLINICAL PHARMACIST", "Clinical Pharmacist Practitioner", "PHARMACIST", "PharmD, BCPS"],
    "psych": ["STAFF PSYCHIATRIST", "Psychologist"],
    "crna": ["CRNA", "CERTIFIED REGISTERED NURSE ANESTHETIST"],
    "anes": ["STAFF ANESTHESIOLOGIST", "Anesthesiologist"],
    "surgeon": ["STAFF SURGEON", "Chief, Surgical Service", "Attending Surgeon"],
    "rad": ["STAFF RADIOLOGIST", "RADIOLOGIST"],
    "path": ["STAFF PATHOLOGIST", "Pathologist"],
    "cards": ["STAFF CARDIOLOGIST", "Cardiology"],
    "clerk": ["MEDICAL SUPPORT ASSISTANT", "MSA", "Health Information Technician",
              "RELEASE OF INFORMATION"],
}
CREDS = {"resident": ["MD", "DO", "MD"], "attending": ["MD", "DO", "MD, FACP", "MD"], "np": ["NP", "FNP-C", "ANP"],
         "pa": ["PA-C"], "rn": ["RN", "RN, BSN", "RN"], "lpn": ["LPN"], "lcsw": ["LCSW", "MSW"],
         "pharmd": ["PharmD", "RPh", "PharmD, BCPS"], "psych": ["MD", "PhD", "PsyD"], "crna": ["CRNA"],
         "anes": ["MD"], "surgeon": ["MD", "MD, FACS"], "rad": ["MD"], "path": ["MD"], "cards": ["MD", "MD, FACC"],
         "clerk": [""]}

class Staff(object):
    def __init__(self, role):
        self.role = role
        self.sex = pick("MF")
        self.first = pick(FIRST_M if self.sex == "M" else FIRST_F)
        self.last = pick(LAST)
        self.mi = pick(MI)
        self.cred = pick(CREDS[role])
        self.title = pick(ROLE_TITLES[role])

    @property
    def vname(self):
        return "%s,%s %s" % (self.last, self.first, self.mi)

    @property
    def full(self):
        return "%s %s %s" % (self.first, self.mi, self.last)

    @property
    def disp(self):
        c = (", " + self.cred) if self.cred else ""
        return "%s %s. %s%s" % (self.first.title(), self.mi, self.last.title(), c)

    @property
    def dr(self):
        return "Dr. %s" % self.last.title()

# ---------------------------------------------------------------- text utils
def wrap(text, width=78, indent=""):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = indent
        for w in words:
            if len(line) + len(w) + 1 > width and line.strip():
                out.append(line.rstrip())
                line = indent + w
            else:
                line = (line + " " + w) if line.strip() else (indent + w)
        out.append(line.rstrip())
    return "\n".join(out)

def fill(s, pt, extra=None):
    def rep(m):
        a, b = m.group(1), m.group(2)
        if "." in a:
            return str(rf(float(a), float(b)))
        return str(rint(int(a), int(b)))
    s = re.sub(r"\{n:([\d.]+)-([\d.]+)\}", rep, s)
    d = {"age": pt.age, "he": pt.he, "his": pt.his, "him": pt.him, "He": pt.he.title(),
         "His": pt.his.title(), "mr": pt.mrl, "sex": "male" if pt.sex == "M" else "female",
         "vet": "veteran", "man": "man" if pt.sex == "M" else "woman"}
    if extra:
        d.update(extra)
    for k, v in d.items():
        s = s.replace("{" + k + "}", str(v))
    return s

def case(s, mode):
    if mode == "upper":
        return s.upper()
    if mode == "title":
        return s.title()
    return s

def head(s, style=None):
    """Section heading in one of several styles."""
    style = style if style is not None else pick(range(6))
    if style == 0:
        return s.upper() + ":"
    if style == 1:
        return s.title() + ":"
    if style == 2:
        return s.upper()
    if style == 3:
        return "**" + s.upper() + "**"
    if style == 4:
        return s.upper() + ":\n" + "-" * (len(s) + 1) + "\n"
    return s.title()

OCR_SUBS = {"l": ["1", "I"], "I": ["l", "1"], "O": ["0"], "0": ["O"], "1": ["l"], "S": ["5"],
            "5": ["S"], "e": ["c"], "c": ["e"], "m": ["rn"], "B": ["8"], "8": ["B"], ",": ["."],
            ".": [",", ""], "a": ["o"], "h": ["b"], "n": ["ri"], "g": ["q"], "t": ["f"], "i": ["l"]}

def ocr_noise(text, rate):
    if rate <= 0:
        return text
    out = []
    for ch in text:
        r = R.random()
        if r < rate and ch in OCR_SUBS:
            out.append(pick(OCR_SUBS[ch]))
        elif r < rate * 1.15 and ch.isalpha():
            continue
        elif r < rate * 1.3 and ch == " ":
            out.append("  ")
        else:
            out.append(ch)
    lines = "".join(out).split("\n")
    res = []
    for ln in lines:
        if chance(rate * 3):
            res.append(pick(["", ".", "'", "|", "~", "  .  ,"]))
        res.append(ln)
    return "\n".join(res)

# ---------------------------------------------------------------- VistA furniture
def tiu_header(pt, local, std, dt, author, cosigner=None, status="COMPLETED", style=None,
               urgency="", visit=None):
    style = pick(range(5)) if style is None else style
    ent = later(dt, minutes=rint(1, 240))
    L = []
    if style == 0:
        L.append("LOCAL TITLE: %s" % local)
        L.append("STANDARD TITLE: %s" % std)
        L.append("DATE OF NOTE: %-28sENTRY DATE: %s" % (dv(dt), dv(ent, sec=True)))
        L.append("      AUTHOR: %-27sEXP COSIGNER: %s" % (author.vname, cosigner.vname if cosigner else ""))
        L.append("     URGENCY: %-33sSTATUS: %s" % (urgency, status))
    elif style == 1:
        L.append(" LOCAL TITLE: %s" % local)
        L.append("STANDARD TITLE: %s" % std)
        L.append("DICT DATE: %-30sENTRY DATE: %s" % (dv(dt), dv(ent, sec=True)))
        L.append(" DICTATED BY: %-27sATTENDING: %s" % (author.vname, cosigner.vname if cosigner else ""))
        L.append("     URGENCY: %-33sSTATUS: %s" % (urgency or "routine", status))
    elif style == 2:
        L.append("%s  %s" % (dmix(dt, True), local))
        L.append("   %s" % std)
        if visit:
            L.append("Visit: %s" % visit)
        L.append("Author: %s   Status: %s" % (author.vname, status.title()))
    elif style == 3:
        L.append("TITLE: %s" % local)
        L.append("DATE OF NOTE: %s    ENTRY DATE: %s" % (dv(dt), dv(ent)))
        L.append("AUTHOR: %s    EXP COSIGNER: %s" % (author.vname, cosigner.vname if cosigner else ""))
        L.append("URGENCY: %s    STATUS: %s" % (urgency, status))
    else:
        L.append("Note Title: %s" % local.title())
        L.append("Note Date: %s" % dus(dt, True))
        L.append("Author: %s %s" % (author.first.title(), author.last.title()))
    return "\n".join(L)

def esig(author, dt, style=None, cos=None):
    style = pick(range(5)) if style is None else style
    sd = later(dt, minutes=rint(5, 600))
    L = []
    if style == 0:
        L += ["", "/es/ %s" % author.full, author.title, "Signed: %s" % dus(sd, True)]
    elif style == 1:
        L += ["", "/es/ %s, %s" % (author.full, author.cred) if author.cred else "/es/ %s" % author.full,
              author.title, "Signed: %s" % dus(sd, True)]
    elif style == 2:
        L += ["", "Electronically signed by: %s on %s" % (author.disp, dus(sd, True))]
    elif style == 3:
        L += ["", "                                   /es/ %s" % author.full,
              "                                   %s" % author.title,
              "                                   Signed: %s" % dus(sd, True)]
    else:
        L += ["", "Signed by %s %s  %s" % (author.first.title(), author.last.title(), dmix(sd, True))]
    if cos:
        cd = later(sd, hours=rint(1, 30))
        if chance(.5):
            L += ["", "Receipt Acknowledged By:", "%s        /es/ %s" % (dus(cd, True), cos.full),
                  "                        %s" % cos.title]
        else:
            L += ["", "/es/ %s" % cos.full, cos.title, "Signed: %s" % dus(cd, True)]
    return "\n".join(L)

def addendum(author, dt, text):
    ad = later(dt, hours=rint(2, 60))
    return "\n".join(["", "%s ADDENDUM                      STATUS: COMPLETED" % dvc(ad, True),
                      wrap(text), esig(author, ad, style=pick([0, 1]))])

def pt_banner(pt, fac, style=None):
    style = pick(range(5)) if style is None else style
    if style == 0:
        return "%-28s %-14s %s (%d)" % (pt.vname, pt.ssn, dvc(pt.dob), pt.age)
    if style == 1:
        return "PATIENT: %s   SSN: %s   DOB: %s" % (pt.vname, pt.ssn, dus(pt.dob))
    if style == 2:
        return "%s (%s%s)  DOB %s  %s" % (pt.vname, pt.last[0], pt.last4, dus(pt.dob), fac["short"])
    if style == 3:
        return "Name: %s     SSN: xxx-xx-%s    Age: %d" % (pt.vname, pt.last4, pt.age)
    return "%s   %s   %s" % (pt.vname, pt.ssn, fac["name"])

def footer(pt, fac, page, npages, printed, form, loc):
    st = pick(range(4))
    if st == 0:
        return "\n".join(["-" * 79,
                          "%-33s %-12s %s" % (pt.vname, pt.ssn, dvc(pt.dob)),
                          " PATIENT LOCATION: %-40s Page %d" % (loc, page),
                          " %-46s %s" % (fac["short"], form)])
    if st == 1:
        return "\n".join(["_" * 79, "MEDICAL RECORD   |  %s" % form,
                          "%s  %s   Printed:%s   Page %d of %d" % (pt.vname, pt.ssn, dus(printed, True),
                                                                 page, npages)])
    if st == 2:
        return "\n".join(["", "%s    %s    %s" % (pt.vname, pt.ssn, fac["short"]),
                          "Printed at %s  %s  Pg %d" % (fac["short"], dus(printed, True), page)])
    return "\n".join(["", "*** WORK COPY ONLY ***" if chance(.5) else "*** CHART COPY ***",
                      "%s  %s   %s  Page: %d" % (pt.vname, pt.ssn, form, page)])

def paginate(text, pt, fac, form="PROGRESS NOTES", loc=None, per=None, printed=None):
    lines = text.split("\n")
    per = per or rint(52, 62)
    printed = printed or later(pt.ref, days=rint(0, 900))
    loc = loc or pick(["4 WEST", "3 SOUTH MED", "PRIMARY CARE", "OUTPT", "2N SURG", "ICU", "CLC 1A", ""])
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)] or [[]]
    hdr_style = pick([0, 1, 2])
    out = []
    for i, ch in enumerate(chunks):
        if i > 0 and hdr_style == 1:
            out.append("%s  %s  (continued)" % (pt.vname, pt.ssn))
            out.append("")
        out.extend(ch)
        out.append(footer(pt, fac, i + 1, len(chunks), printed, form, loc))
        if i < len(chunks) - 1:
            out.append("\f" if chance(.3) else "")
    return "\n".join(out)

def print_header(fac, printed=None):
    return pick([
        "%s\n%s, %s" % (fac["name"], fac["town"].title(), fac["st"]),
        "Printed on %s by %s" % (dus(printed or rand_dt(), True), fac["short"]),
        "",
        "                              PROGRESS NOTES",
        "Department of Veterans Affairs\n%s" % fac["name"],
    ])

def vitals(sys=(110, 160), hr=(60, 98), rr=(14, 20), t=(97.0, 99.3), sp=(94, 99), pain=None):
    return {"bp": "%d/%d" % (rint(*sys), rint(58, 94)), "hr": rint(*hr), "rr": rint(*rr),
            "t": rf(*t), "sp": rint(*sp), "pain": pain if pain is not None else rint(0, 6)}

def vitals_block(v, pt, dt, style=None):
    style = pick(range(4)) if style is None else style
    if style == 0:
        return "\n".join([
            "VITAL SIGNS:",
            "  T: %s F [%s C] (%s)" % (v["t"], round((v["t"] - 32) / 1.8, 1), dus(dt, True)),
            "  P: %d (%s)" % (v["hr"], dus(dt, True)),
            "  R: %d (%s)" % (v["rr"], dus(dt, True)),
            "  BP: %s (%s)" % (v["bp"], dus(dt, True)),
            "  Ht: %d in [%s cm] (%s)" % (pt.ht, round(pt.ht * 2.54, 2), dus(pt.ref)),
            "  Wt: %d lb [%s kg] (%s)" % (pt.wt, round(pt.wt / 2.2046, 1), dus(dt, True)),
            "  Pain: %d (%s)" % (v["pain"], dus(dt, True)),
            "  Pulse Ox: %d%% on %s" % (v["sp"], pick(["RA", "room air", "2L NC"]))])
    if style == 1:
        return "VS: T %s  HR %d  RR %d  BP %s  SpO2 %d%% %s  Pain %d/10" % (
            v["t"], v["hr"], v["rr"], v["bp"], v["sp"], pick(["RA", "on RA", "2L"]), v["pain"])
    if style == 2:
        return "Vitals: BP %s, P %d, R %d, T %s, O2 sat %d%%, Wt %d lbs" % (
            v["bp"], v["hr"], v["rr"], v["t"], v["sp"], pt.wt)
    return "\n".join(["T      P    R    BP        Pox  Pain",
                      "%-6s %-4d %-4d %-9s %d%%  %d" % (v["t"], v["hr"], v["rr"], v["bp"], v["sp"], v["pain"])])

def allergy_line(pt):
    a = pt.allergies
    if a[0] in ("NO KNOWN ALLERGIES", "NKDA"):
        return pick(["Allergies: NKDA", "ALLERGIES: No Known Allergies", "Patient has answered NKA",
                     "ALLERGY/ADR: NO KNOWN ALLERGIES"])
    return pick(["Allergies: " + ", ".join(a), "ALLERGIES: " + ", ".join(a),
                 "Allergies/ADRs: " + ", ".join(x.title() for x in a),
                 "ALLERGIES/ADVERSE REACTIONS: %s" % ", ".join(a)])

# ---------------------------------------------------------------- medications
# key: (VistA drug name, sig, short form, indication)
MEDS = {
    "lisinopril": ("LISINOPRIL 20MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "lisinopril 20 mg PO daily", "blood pressure"),
    "metoprolol": ("METOPROLOL SUCCINATE 50MG SA TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "metoprolol succinate 50 mg PO daily", "heart"),
    "carvedilol": ("CARVEDILOL 12.5MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY WITH FOOD", "carvedilol 12.5 mg PO BID", "heart"),
    "furosemide": ("FUROSEMIDE 40MG TAB", "TAKE ONE TABLET BY MOUTH EVERY MORNING", "furosemide 40 mg PO qAM", "fluid"),
    "spironolactone": ("SPIRONOLACTONE 25MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "spironolactone 25 mg PO daily", "heart/fluid"),
    "atorvastatin": ("ATORVASTATIN CALCIUM 40MG TAB", "TAKE ONE TABLET BY MOUTH AT BEDTIME", "atorvastatin 40 mg PO qHS", "cholesterol"),
    "simvastatin": ("SIMVASTATIN 20MG TAB", "TAKE ONE TABLET BY MOUTH AT BEDTIME", "simvastatin 20 mg PO qHS", "cholesterol"),
    "aspirin": ("ASPIRIN 81MG EC TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "aspirin 81 mg PO daily", "heart"),
    "clopidogrel": ("CLOPIDOGREL 75MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "clopidogrel 75 mg PO daily", "stent/stroke"),
    "metformin": ("METFORMIN HCL 1000MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY WITH MEALS", "metformin 1000 mg PO BID", "diabetes"),
    "glipizide": ("GLIPIZIDE 5MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY BEFORE MEALS", "glipizide 5 mg PO BID", "diabetes"),
    "glargine": ("INSULIN GLARGINE 100 UNIT/ML INJ", "INJECT 30 UNITS UNDER THE SKIN AT BEDTIME", "insulin glargine 30 units SC qHS", "diabetes"),
    "nph": ("INSULIN NPH HUMAN 100 UNIT/ML INJ", "INJECT 24 UNITS UNDER THE SKIN EVERY MORNING AND 12 UNITS EVERY EVENING", "NPH 24 units qAM / 12 units qPM", "diabetes"),
    "tiotropium": ("TIOTROPIUM 18MCG INHL CAP", "INHALE CONTENTS OF ONE CAPSULE BY MOUTH EVERY DAY", "tiotropium 18 mcg inhaled daily", "COPD"),
    "albuterol": ("ALBUTEROL 90MCG/ACTUAT INHL", "INHALE 2 PUFFS BY MOUTH EVERY 4-6 HOURS AS NEEDED FOR SHORTNESS OF BREATH", "albuterol MDI 2 puffs q4-6h PRN", "breathing"),
    "fluticasone_salm": ("FLUTICASONE/SALMETEROL 250/50 INHL DISKUS", "INHALE 1 PUFF BY MOUTH TWICE A DAY -RINSE MOUTH AFTER USE-", "fluticasone/salmeterol 250/50 one inhalation BID", "COPD"),
    "omeprazole": ("OMEPRAZOLE 20MG EC CAP", "TAKE ONE CAPSULE BY MOUTH EVERY DAY BEFORE BREAKFAST", "omeprazole 20 mg PO daily", "stomach"),
    "pantoprazole": ("PANTOPRAZOLE NA 40MG EC TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY", "pantoprazole 40 mg PO BID", "stomach"),
    "tamsulosin": ("TAMSULOSIN HCL 0.4MG CAP", "TAKE ONE CAPSULE BY MOUTH AT BEDTIME", "tamsulosin 0.4 mg PO qHS", "prostate"),
    "finasteride": ("FINASTERIDE 5MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "finasteride 5 mg PO daily", "prostate"),
    "sertraline": ("SERTRALINE HCL 100MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "sertraline 100 mg PO daily", "mood/PTSD"),
    "prazosin": ("PRAZOSIN HCL 2MG CAP", "TAKE ONE CAPSULE BY MOUTH AT BEDTIME", "prazosin 2 mg PO qHS", "nightmares"),
    "trazodone": ("TRAZODONE HCL 50MG TAB", "TAKE ONE TO TWO TABLETS BY MOUTH AT BEDTIME AS NEEDED FOR SLEEP", "trazodone 50-100 mg PO qHS PRN", "sleep"),
    "gabapentin": ("GABAPENTIN 300MG CAP", "TAKE ONE CAPSULE BY MOUTH THREE TIMES A DAY", "gabapentin 300 mg PO TID", "nerve pain"),
    "acetaminophen": ("ACETAMINOPHEN 500MG TAB", "TAKE TWO TABLETS BY MOUTH EVERY 8 HOURS AS NEEDED FOR PAIN (MAX 3GM/DAY)", "acetaminophen 1 g PO q8h PRN", "pain"),
    "warfarin": ("WARFARIN NA 5MG TAB", "TAKE AS DIRECTED BY ANTICOAGULATION CLINIC", "warfarin per anticoag clinic", "blood thinner"),
    "apixaban": ("APIXABAN 5MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY", "apixaban 5 mg PO BID", "blood thinner"),
    "diltiazem": ("DILTIAZEM (INWOOD) 240MG SA CAP", "TAKE ONE CAPSULE BY MOUTH EVERY DAY", "diltiazem ER 240 mg PO daily", "heart rate"),
    "amlodipine": ("AMLODIPINE BESYLATE 10MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "amlodipine 10 mg PO daily", "blood pressure"),
    "hctz": ("HYDROCHLOROTHIAZIDE 25MG TAB", "TAKE ONE TABLET BY MOUTH EVERY MORNING", "HCTZ 25 mg PO daily", "blood pressure"),
    "levothyroxine": ("LEVOTHYROXINE NA 0.1MG TAB", "TAKE ONE TABLET BY MOUTH EVERY MORNING ON AN EMPTY STOMACH", "levothyroxine 100 mcg PO daily", "thyroid"),
    "thiamine": ("THIAMINE HCL 100MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "thiamine 100 mg PO daily", "vitamin"),
    "folic": ("FOLIC ACID 1MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "folic acid 1 mg PO daily", "vitamin"),
    "mvi": ("MULTIVITAMIN TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "multivitamin PO daily", "vitamin"),
    "naltrexone": ("NALTREXONE HCL 50MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "naltrexone 50 mg PO daily", "alcohol cravings"),
    "cephalexin": ("CEPHALEXIN 500MG CAP", "TAKE ONE CAPSULE BY MOUTH FOUR TIMES A DAY FOR 7 DAYS", "cephalexin 500 mg PO QID x7 days", "infection"),
    "doxycycline": ("DOXYCYCLINE HYCLATE 100MG CAP", "TAKE ONE CAPSULE BY MOUTH TWICE A DAY FOR 7 DAYS", "doxycycline 100 mg PO BID x7 days", "infection"),
    "prednisone": ("PREDNISONE 20MG TAB", "TAKE TWO TABLETS BY MOUTH EVERY DAY FOR 5 DAYS", "prednisone 40 mg PO daily x5 days", "COPD flare"),
    "azithro": ("AZITHROMYCIN 250MG TAB", "TAKE TWO TABLETS BY MOUTH ON DAY 1 THEN ONE TABLET DAILY ON DAYS 2-5", "azithromycin 500 mg then 250 mg daily x4 days", "infection"),
    "cipro": ("CIPROFLOXACIN HCL 500MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY FOR 10 DAYS", "ciprofloxacin 500 mg PO BID x10 days", "infection"),
    "nitro": ("NITROGLYCERIN 0.4MG SL TAB", "DISSOLVE ONE TABLET UNDER THE TONGUE EVERY 5 MINUTES AS NEEDED FOR CHEST PAIN (MAX 3)", "NTG 0.4 mg SL q5min PRN", "chest pain"),
    "oxycodone": ("OXYCODONE HCL 5MG TAB", "TAKE ONE TABLET BY MOUTH EVERY 6 HOURS AS NEEDED FOR SEVERE PAIN", "oxycodone 5 mg PO q6h PRN", "pain"),
    "docusate": ("DOCUSATE NA 100MG CAP", "TAKE ONE CAPSULE BY MOUTH TWICE A DAY AS NEEDED FOR CONSTIPATION", "docusate 100 mg PO BID PRN", "constipation"),
    "senna": ("SENNOSIDES 8.6MG TAB", "TAKE TWO TABLETS BY MOUTH AT BEDTIME AS NEEDED FOR CONSTIPATION", "senna 2 tabs PO qHS PRN", "constipation"),
    "meloxicam": ("MELOXICAM 7.5MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY WITH FOOD", "meloxicam 7.5 mg PO daily", "arthritis"),
    "allopurinol": ("ALLOPURINOL 100MG TAB", "TAKE ONE TABLET BY MOUTH EVERY DAY", "allopurinol 100 mg PO daily", "gout"),
    "donepezil": ("DONEPEZIL HCL 10MG TAB", "TAKE ONE TABLET BY MOUTH AT BEDTIME", "donepezil 10 mg PO qHS", "memory"),
    "latanoprost": ("LATANOPROST 0.005% OPH SOLN", "INSTILL 1 DROP IN EACH EYE AT BEDTIME", "latanoprost 1 gtt OU qHS", "glaucoma"),
    "nicotine": ("NICOTINE 21MG/24HR PATCH", "APPLY 1 PATCH TO SKIN EVERY DAY (REMOVE OLD PATCH)", "nicotine patch 21 mg/24h daily", "smoking cessation"),
    "ferrous": ("FERROUS SULFATE 325MG TAB", "TAKE ONE TABLET BY MOUTH TWICE A DAY", "ferrous sulfate 325 mg PO BID", "iron"),
    "lactulose": ("LACTULOSE 10GM/15ML SYRUP", "TAKE 30ML BY MOUTH TWICE A DAY, TITRATE TO 2-3 SOFT STOOLS DAILY", "lactulose 30 mL PO BID", "liver"),
}
MED_BASE = ["lisinopril", "atorvastatin", "aspirin", "metformin", "omeprazole", "tamsulosin",
            "acetaminophen", "gabapentin", "sertraline", "amlodipine", "hctz", "simvastatin",
            "trazodone", "albuterol", "levothyroxine", "meloxicam", "allopurinol", "latanoprost",
            "docusate", "mvi", "prazosin", "finasteride"]

def med_set(pt, core, n=None):
    n = rint(2, 6) if n is None else n
    extra = [m for m in picks(MED_BASE, n) if m not in core]
    ms = list(dict.fromkeys(core + extra))
    if "LISINOPRIL (ANGIOEDEMA)" in pt.allergies and "lisinopril" in ms:
        ms.remove("lisinopril")
    return ms

# ---------------------------------------------------------------- medical scenarios
MED_SCEN = [
    dict(key="chf", dx="Acute on chronic systolic congestive heart failure exacerbation",
         short="CHF exacerbation", cc="shortness of breath and leg swelling", svc="MEDICINE",
         icd="I50.23", icd9="428.23",
         hpi=["{age} y/o {sex} veteran with ischemic cardiomyopathy (last EF {n:20-35}% by TTE), HTN and DM2 who presents with {n:3-7} days of progressive dyspnea on exertion, {n:2-3}-pillow orthopnea and PND.",
              "{He} reports about {n:6-14} lb weight gain and worsening bilateral leg swelling.",
              "Admits to dietary indiscretion over the holidays and ran out of furosemide about a week ago.",
              "Denies chest pain, fever, cough productive of sputum, or syncope."],
         pmh=["CAD s/p CABG x3", "Ischemic cardiomyopathy", "HTN", "DM type 2", "Hyperlipidemia", "CKD stage 3"],
         exam={"GEN": "Elderly {man} in mild respiratory distress, speaking in full sentences", "NECK": "JVP elevated to angle of jaw, +HJR",
               "CV": "RRR, S3 present, II/VI holosystolic murmur at apex", "LUNGS": "Bibasilar crackles 1/3 up bilaterally, dullness at bases",
               "ABD": "Soft, NT, mildly distended", "EXT": "2+ pitting edema bilateral LE to knees"},
         labs=[("SODIUM", "133", "mmol/L", "136-145", "L"), ("POTASSIUM", "4.1", "mmol/L", "3.5-5.1", ""),
               ("CREATININE", "1.6", "mg/dL", "0.7-1.3", "H"), ("UREA NITROGEN", "34", "mg/dL", "7-20", "H"),
               ("B-TYPE NATRIURETIC PEPTIDE", "1840", "pg/mL", "0-100", "H"), ("TROPONIN I", "0.04", "ng/mL", "0.00-0.04", ""),
               ("HGB", "12.1", "g/dL", "13.5-17.5", "L"), ("WBC", "7.8", "K/uL", "4.0-10.5", "")],
         img=("CHEST 2 VIEWS PA&LAT", "Cardiomegaly with pulmonary vascular congestion and small bilateral pleural effusions, consistent with CHF."),
         ekg="Sinus rhythm, left bundle branch block, unchanged from prior",
         tx=["IV furosemide 40 mg BID", "strict I&Os, daily weights", "2 g Na diet, 1.5 L fluid restriction", "continue carvedilol, hold lisinopril for AKI"],
         course="Diuresed with IV furosemide with net negative {n:4-8} L over the admission and weight down {n:7-13} lbs to dry weight. Creatinine peaked at 1.8 and returned to baseline 1.4. Lisinopril resumed prior to discharge. Patient educated on daily weights and low sodium diet by CHF nurse.",
         meds=["carvedilol", "furosemide", "lisinopril", "atorvastatin", "aspirin", "metformin", "spironolactone"],
         change="Furosemide increased to 40 mg PO BID.", fu="CHF clinic / Cardiology in 1-2 weeks, PCP in 2 weeks with BMP",
         diet="2 gram sodium, 1.5 liter fluid restriction", consult="CARDIOLOGY", vit=dict(sys=(140, 170), hr=(88, 110), rr=(20, 26), sp=(88, 93))),
    dict(key="copd", dx="COPD exacerbation", short="AECOPD", cc="worsening shortness of breath and cough", svc="MEDICINE",
         icd="J44.1", icd9="491.21",
         hpi=["{age} y/o {sex} with severe COPD (FEV1 {n:30-45}% predicted), {n:40-90} pack-year smoker, on home O2 {n:2-3}L at night, presents with {n:3-5} days of increased dyspnea and cough productive of yellow-green sputum.",
              "Using albuterol every 2 hours without relief. Family reports {he} has been 'wheezing all night.'",
              "No chest pain. Subjective fevers and chills. Still smoking about half a pack per day."],
         pmh=["COPD, severe, on home O2", "Tobacco use disorder", "HTN", "BPH", "Depression"],
         exam={"GEN": "Thin, tachypneic, using accessory muscles, pursed-lip breathing", "CV": "Tachycardic, regular, distant heart sounds",
               "LUNGS": "Diffuse expiratory wheezes, prolonged expiratory phase, poor air movement bilaterally", "EXT": "No edema, no clubbing"},
         labs=[("WBC", "13.2", "K/uL", "4.0-10.5", "H"), ("HGB", "15.8", "g/dL", "13.5-17.5", ""), ("PH (ARTERIAL)", "7.33", "", "7.35-7.45", "L"),
               ("PCO2 (ARTERIAL)", "54", "mmHg", "35-45", "H"), ("PO2 (ARTERIAL)", "61", "mmHg", "80-100", "L"), ("BICARBONATE", "31", "mmol/L", "22-29", "H"),
               ("GLUCOSE", "164", "mg/dL", "70-110", "H")],
         img=("CHEST 2 VIEWS PA&LAT", "Hyperinflated lungs with flattened hemidiaphragms. No focal consolidation, effusion or pneumothorax."),
         ekg="Sinus tachycardia, right axis deviation, P pulmonale",
         tx=["Albuterol/ipratropium nebs q4h and q2h PRN", "Methylprednisolone 60 mg IV q8h then prednisone taper", "Azithromycin x 5 days", "O2 to keep SpO2 88-92%", "Nicotine patch"],
         course="Treated with scheduled nebulizers, systemic steroids and azithromycin. BiPAP was not required. Transitioned to oral prednisone on hospital day 2. Ambulatory O2 saturation 89-90% on 2 L. Smoking cessation counseling provided; patient accepted nicotine replacement.",
         meds=["tiotropium", "fluticasone_salm", "albuterol", "lisinopril", "tamsulosin", "sertraline"],
         change="Prednisone 40 mg daily to complete 5 days total. Azithromycin to complete course. Nicotine patch 21 mg started.",
         fu="Pulmonary clinic in 4 weeks, PCP 1-2 weeks", diet="Regular", consult="PULMONARY", vit=dict(sys=(130, 160), hr=(100, 118), rr=(24, 30), sp=(85, 90))),
    dict(key="pna", dx="Community acquired pneumonia, right lower lobe", short="CAP", cc="fever and productive cough", svc="MEDICINE",
         icd="J18.9", icd9="486",
         hpi=["{age} y/o {sex} veteran with DM2 and HTN presenting with {n:2-5} days of fever to {n:101-103}F, rigors, cough productive of rusty sputum and right sided pleuritic chest pain.",
              "Decreased PO intake. No recent hospitalization or antibiotics. No sick contacts. Received flu vaccine this season."],
         pmh=["DM type 2", "HTN", "Hyperlipidemia", "Osteoarthritis of knees"],
         exam={"GEN": "Ill-appearing, diaphoretic", "CV": "Tachycardic, regular, no murmurs", "LUNGS": "Crackles and egophony at right base, decreased breath sounds RLL",
               "ABD": "Benign", "EXT": "No edema"},
         labs=[("WBC", "17.6", "K/uL", "4.0-10.5", "H"), ("NEUTROPHILS", "86", "%", "40-75", "H"), ("LACTATE", "2.4", "mmol/L", "0.5-2.0", "H"),
               ("CREATININE", "1.3", "mg/dL", "0.7-1.3", ""), ("GLUCOSE", "242", "mg/dL", "70-110", "H"), ("PROCALCITONIN", "3.1", "ng/mL", "<0.50", "H")],
         img=("CHEST 2 VIEWS PA&LAT", "Dense right lower lobe airspace consolidation with air bronchograms. Small right parapneumonic effusion."),
         ekg="Sinus tachycardia, otherwise normal ECG",
         tx=["Ceftriaxone 1 g IV daily plus azithromycin 500 mg IV daily", "Blood cultures x2, sputum culture, urine Legionella/pneumococcal Ag", "IV fluids", "Sliding scale insulin"],
         course="Blood cultures grew Streptococcus pneumoniae, pan-sensitive. Defervesced by hospital day 3 and changed to oral amoxicillin to complete 7 days total. Glucose managed with basal/bolus insulin and resumed metformin at discharge.",
         meds=["metformin", "lisinopril", "atorvastatin", "aspirin", "meloxicam"],
         change="Amoxicillin 1 g PO TID to complete 7 days total antibiotic therapy. Hold meloxicam until follow-up.",
         fu="PCP 1 week; repeat CXR in 6-8 weeks", diet="Consistent carbohydrate (ADA)", consult="INFECTIOUS DISEASE", vit=dict(sys=(100, 125), hr=(104, 120), rr=(22, 28), t=(101.0, 103.2), sp=(89, 93))),
    dict(key="cellulitis", dx="Cellulitis of left lower extremity", short="LLE cellulitis", cc="red, swollen left leg", svc="MEDICINE",
         icd="L03.116", icd9="682.6",
         hpi=["{age} y/o {sex} with DM2, obesity and chronic venous stasis presenting with {n:2-4} days of spreading redness, warmth and pain of the left lower leg after a scrape while doing yard work.",
              "Low grade fever at home. Failed outpatient doxycycline x 2 days per CBOC."],
         pmh=["DM type 2 with peripheral neuropathy", "Obesity", "Venous stasis", "HTN", "OSA on CPAP"],
         exam={"GEN": "Obese, NAD", "CV": "RRR", "LUNGS": "CTAB", "SKIN": "Erythema, warmth and induration of left anterior shin extending from ankle to mid-calf, borders marked with pen; no fluctuance, no crepitus; small abrasion anterior shin",
               "EXT": "Chronic hemosiderin staining bilaterally, 1+ edema"},
         labs=[("WBC", "12.4", "K/uL", "4.0-10.5", "H"), ("CRP", "8.9", "mg/dL", "0.0-0.8", "H"), ("GLUCOSE", "211", "mg/dL", "70-110", "H"),
               ("HEMOGLOBIN A1C", "8.9", "%", "4.0-6.0", "H"), ("CREATININE", "0.9", "mg/dL", "0.7-1.3", "")],
         img=("TIBIA & FIBULA 2 VIEWS LEFT", "Soft tissue swelling of the anterior lower leg. No soft tissue gas. No osseous erosion or periosteal reaction."),
         ekg="Normal sinus rhythm, normal ECG",
         tx=["Cefazolin 2 g IV q8h", "Elevate leg", "Mark borders", "Basal-bolus insulin"],
         course="Erythema receded from marked borders within 48 hours of IV cefazolin. Afebrile. Transitioned to oral cephalexin. Diabetes education provided and glargine started given A1c 8.9.",
         meds=["metformin", "glipizide", "lisinopril", "gabapentin", "atorvastatin"],
         change="Cephalexin 500 mg QID to complete 10 days total. Insulin glargine 10 units qHS started.",
         fu="PCP/PACT 1 week; podiatry as scheduled", diet="Consistent carbohydrate", consult="PODIATRY", vit=dict(t=(99.5, 101.0), hr=(90, 104))),
    dict(key="gib", dx="Upper GI bleed secondary to duodenal ulcer", short="UGIB", cc="black stools and lightheadedness", svc="MEDICINE",
         icd="K26.4", icd9="532.40",
         hpi=["{age} y/o {sex} on daily aspirin and meloxicam for knee arthritis presenting with {n:2-4} days of black tarry stools and lightheadedness on standing, one episode of coffee-ground emesis this morning.",
              "Denies prior GI bleeding. Drinks {n:2-6} beers on weekends. No known liver disease."],
         pmh=["Osteoarthritis", "HTN", "Hyperlipidemia", "CAD s/p PCI (remote)"],
         exam={"GEN": "Pale, anxious", "CV": "Tachycardic, regular", "LUNGS": "Clear", "ABD": "Soft, mild epigastric tenderness, no rebound", "RECTAL": "Melena, guaiac positive"},
         labs=[("HGB", "7.4", "g/dL", "13.5-17.5", "L"), ("HCT", "22.1", "%", "40-52", "L"), ("PLATELETS", "288", "K/uL", "150-400", ""),
               ("UREA NITROGEN", "48", "mg/dL", "7-20", "H"), ("CREATININE", "1.1", "mg/dL", "0.7-1.3", ""), ("INR", "1.1", "", "0.9-1.1", "")],
         img=("CHEST SINGLE VIEW", "No acute cardiopulmonary process. No free air under the diaphragm."),
         ekg="Sinus tachycardia, nonspecific ST-T changes",
         tx=["Two large bore IVs, type and cross 2 units", "Pantoprazole 80 mg IV bolus then 8 mg/h infusion", "GI consult for EGD", "Hold aspirin and NSAIDs"],
         course="Transfused 2 units PRBC with appropriate rise in hemoglobin to 9.3. EGD by GI showed a 1 cm clean-based duodenal bulb ulcer; biopsies for H. pylori were positive. Started on triple therapy. Hemoglobin stable x 48 hours. Meloxicam discontinued permanently; aspirin resumed on day 4 per cardiology.",
         meds=["aspirin", "meloxicam", "lisinopril", "atorvastatin", "metoprolol"],
         change="STOP meloxicam. Pantoprazole 40 mg BID x 8 weeks. Clarithromycin/amoxicillin x 14 days for H. pylori.",
         fu="GI clinic 8 weeks; CBC in 1 week with PCP", diet="Regular", consult="GASTROENTEROLOGY", vit=dict(sys=(92, 108), hr=(105, 122))),
    dict(key="nstemi", dx="Non-ST elevation myocardial infarction", short="NSTEMI", cc="chest pain", svc="MEDICINE",
         icd="I21.4", icd9="410.71",
         hpi=["{age} y/o {sex} with HTN, HLD, active tobacco use presenting with substernal chest pressure radiating to left arm that began at rest this morning, lasting about {n:30-90} minutes, associated with diaphoresis and nausea.",
              "Partial relief with SL nitroglycerin x3 given by EMS. Reports exertional chest tightness for the past 2-3 weeks."],
         pmh=["HTN", "Hyperlipidemia", "Tobacco use", "GERD"],
         exam={"GEN": "Anxious, diaphoretic on arrival, now comfortable", "CV": "RRR, no murmurs, rubs or gallops", "LUNGS": "CTAB", "EXT": "Distal pulses 2+ bilaterally, no edema"},
         labs=[("TROPONIN I", "1.86", "ng/mL", "0.00-0.04", "H"), ("CK-MB", "24.1", "ng/mL", "0.0-5.0", "H"), ("LDL CHOLESTEROL", "162", "mg/dL", "<100", "H"),
               ("POTASSIUM", "3.9", "mmol/L", "3.5-5.1", ""), ("CREATININE", "1.0", "mg/dL", "0.7-1.3", ""), ("HGB", "14.6", "g/dL", "13.5-17.5", "")],
         img=("CHEST SINGLE VIEW PORTABLE", "No acute cardiopulmonary abnormality. Heart size normal."),
         ekg="Sinus rhythm, 1-2 mm horizontal ST depression V4-V6, new compared with prior",
         tx=["Aspirin 325 mg, then 81 mg daily", "Heparin drip per ACS nomogram", "Clopidogrel 600 mg load", "Metoprolol tartrate 25 mg BID", "Atorvastatin 80 mg", "Cardiology consult for cath"],
         course="Troponin peaked at 4.2. Cardiac catheterization on hospital day 2 showed 90% mid LAD stenosis treated with a drug-eluting stent; other vessels with mild disease. Echo EF 50% with mild anterior hypokinesis. Cardiac rehab referral placed. Smoking cessation counseling provided.",
         meds=["lisinopril", "simvastatin", "omeprazole"],
         change="NEW: aspirin 81 mg, clopidogrel 75 mg daily x 12 months, metoprolol succinate 50 mg daily, atorvastatin 80 mg (replaces simvastatin), SL nitroglycerin PRN.",
         fu="Cardiology 2-4 weeks; cardiac rehab; lipid panel 6 weeks", diet="Heart healthy, low fat", consult="CARDIOLOGY", vit=dict(sys=(150, 175), hr=(78, 95))),
    dict(key="etoh", dx="Alcohol withdrawal", short="ETOH withdrawal", cc="shakiness and wanting to detox", svc="MEDICINE",
         icd="F10.239", icd9="291.81",
         hpi=["{age} y/o {sex} veteran with alcohol use disorder, severe, PTSD, presents requesting detox. Reports drinking about a fifth of vodka daily for the past {n:3-9} months; last drink was {n:10-20} hours ago.",
              "Now with tremors, sweats, anxiety and nausea. History of withdrawal seizure in 2009, no DTs. Denies SI/HI. Denies other drug use except occasional marijuana."],
         pmh=["Alcohol use disorder, severe", "PTSD (SC)", "HTN", "Alcoholic fatty liver", "Tobacco use"],
         exam={"GEN": "Tremulous, diaphoretic, anxious, alert and oriented x3", "HEENT": "No icterus", "CV": "Tachycardic, regular", "LUNGS": "CTAB",
               "ABD": "Soft, mild hepatomegaly, nontender", "NEURO": "Coarse bilateral hand tremor, no asterixis, no focal deficits"},
         labs=[("AST", "142", "U/L", "10-40", "H"), ("ALT", "78", "U/L", "7-56", "H"), ("GGT", "412", "U/L", "8-61", "H"), ("MCV", "104", "fL", "80-100", "H"),
               ("PLATELETS", "118", "K/uL", "150-400", "L"), ("MAGNESIUM", "1.4", "mg/dL", "1.7-2.2", "L"), ("ETHANOL", "<10", "mg/dL", "", "")],
         img=("CHEST 2 VIEWS PA&LAT", "No acute cardiopulmonary process."),
         ekg="Sinus tachycardia at 108, QTc 462",
         tx=["CIWA-Ar protocol with lorazepam/chlordiazepoxide", "Thiamine 100 mg IV x 3 days, folate, MVI", "Magnesium repletion", "Addiction psychiatry / SATP consult", "Seizure precautions"],
         course="Max CIWA score 18 on day 2, required total chlordiazepoxide {n:200-400} mg over 72 hours. No seizures or delirium. Seen by SATP who arranged residential program intake. Started naltrexone after LFT review.",
         meds=["sertraline", "prazosin", "lisinopril", "trazodone"],
         change="NEW: naltrexone 50 mg daily, thiamine 100 mg daily, folic acid 1 mg daily, multivitamin.",
         fu="SATP intake; Mental Health clinic 1 week; PCP 2-4 weeks", diet="Regular", consult="ADDICTION PSYCHIATRY", vit=dict(sys=(150, 178), hr=(100, 120), t=(98.6, 99.8))),
    dict(key="cva", dx="Acute ischemic stroke, left MCA territory", short="L MCA CVA", cc="right sided weakness and trouble speaking", svc="NEUROLOGY",
         icd="I63.512", icd9="434.91",
         hpi=["{age} y/o {sex} with HTN, DM2 and paroxysmal atrial fibrillation (not on anticoagulation due to patient preference) brought by wife after she found {him} at breakfast with right arm weakness and word-finding difficulty.",
              "Last known well the prior evening at 2200, outside tPA window. NIHSS {n:5-9} on arrival."],
         pmh=["Paroxysmal atrial fibrillation", "HTN", "DM type 2", "Hyperlipidemia"],
         exam={"GEN": "Awake, NAD", "CV": "Irregularly irregular", "LUNGS": "CTAB",
               "NEURO": "Expressive aphasia, right facial droop, RUE 3/5, RLE 4/5, right pronator drift, sensation grossly intact"},
         labs=[("GLUCOSE", "188", "mg/dL", "70-110", "H"), ("HEMOGLOBIN A1C", "7.6", "%", "4.0-6.0", "H"), ("LDL CHOLESTEROL", "128", "mg/dL", "<100", "H"),
               ("INR", "1.0", "", "0.9-1.1", ""), ("PLATELETS", "221", "K/uL", "150-400", "")],
         img=("CT HEAD W/O CONTRAST", "Hypodensity in the left frontal operculum and insula with loss of gray-white differentiation, compatible with evolving left MCA territory infarct. No hemorrhage."),
         ekg="Atrial fibrillation with controlled ventricular response, rate 84",
         tx=["Permissive hypertension x 24-48 h", "Aspirin 325 mg, then transition to anticoagulation", "Atorvastatin 80 mg", "Swallow evaluation by SLP", "PT/OT/SLP"],
         course="MRI brain confirmed left MCA infarct without hemorrhagic transformation. Carotid duplex with <50% stenosis bilaterally. Apixaban started on day 4. Speech improved; residual mild right hand weakness. Evaluated by PM&R and accepted to acute rehab.",
         meds=["metoprolol", "metformin", "lisinopril", "simvastatin"],
         change="NEW: apixaban 5 mg BID, atorvastatin 80 mg (replaces simvastatin).",
         fu="Neurology clinic 4-6 weeks; PCP 2 weeks", diet="Mechanical soft, thin liquids per SLP", consult="NEUROLOGY", vit=dict(sys=(165, 190), hr=(76, 100))),
    dict(key="aki", dx="Acute kidney injury with hyperkalemia", short="AKI/hyperkalemia", cc="weakness and poor oral intake", svc="MEDICINE",
         icd="N17.9", icd9="584.9",
         hpi=["{age} y/o {sex} with CKD 3, HTN, DM2 on lisinopril and spironolactone referred from CBOC for potassium of {n:6.1-6.8} on routine labs.",
              "Reports {n:4-7} days of diarrhea after a church picnic with poor PO intake and generalized weakness. No chest pain or palpitations."],
         pmh=["CKD stage 3", "HTN", "DM type 2", "Gout"],
         exam={"GEN": "Elderly, tired-appearing", "HEENT": "Dry mucous membranes", "CV": "RRR", "LUNGS": "CTAB", "ABD": "Soft, hyperactive bowel sounds", "EXT": "No edema"},
         labs=[("POTASSIUM", "6.4", "mmol/L", "3.5-5.1", "H"), ("CREATININE", "3.2", "mg/dL", "0.7-1.3", "H"), ("UREA NITROGEN", "71", "mg/dL", "7-20", "H"),
               ("CO2", "17", "mmol/L", "22-29", "L"), ("SODIUM", "134", "mmol/L", "136-145", "L"), ("GLUCOSE", "132", "mg/dL", "70-110", "H")],
         img=("US RETROPERITONEUM / KIDNEYS", "Kidneys normal in size with mildly increased cortical echogenicity. No hydronephrosis."),
         ekg="Sinus rhythm, peaked T waves in precordial leads",
         tx=["Calcium gluconate 1 g IV", "Insulin 10 units IV with D50", "Sodium polystyrene sulfonate", "IV normal saline", "Hold lisinopril, spironolactone, metformin"],
         course="Potassium normalized with medical therapy and volume repletion; no dialysis required. Creatinine improved from 3.2 to 1.7 (baseline 1.5). Stool C. diff negative. Lisinopril and spironolactone held at discharge pending renal function recheck.",
         meds=["lisinopril", "spironolactone", "metformin", "allopurinol", "amlodipine"],
         change="HOLD lisinopril, spironolactone and metformin until seen by PCP. Renally dose allopurinol.",
         fu="PCP 1 week with BMP; renal clinic 4-6 weeks", diet="Low potassium, consistent carbohydrate", consult="NEPHROLOGY", vit=dict(sys=(98, 118), hr=(88, 102))),
    dict(key="afib", dx="Atrial fibrillation with rapid ventricular response", short="AFib RVR", cc="palpitations", svc="MEDICINE",
         icd="I48.91", icd9="427.31",
         hpi=["{age} y/o {sex} with HTN and OSA (nonadherent to CPAP) presenting with {n:1-3} days of palpitations, fatigue and exertional dyspnea. No prior history of arrhythmia.",
              "Denies chest pain, syncope. Drinks 3-4 cups of coffee daily. No recent illness."],
         pmh=["HTN", "OSA", "Obesity", "Hypothyroidism"],
         exam={"GEN": "NAD", "NECK": "No JVD, no thyromegaly", "CV": "Irregularly irregular, tachycardic, no murmurs", "LUNGS": "CTAB", "EXT": "Trace edema"},
         labs=[("TSH", "2.1", "uIU/mL", "0.4-4.5", ""), ("TROPONIN I", "<0.02", "ng/mL", "0.00-0.04", ""), ("MAGNESIUM", "1.9", "mg/dL", "1.7-2.2", ""),
               ("POTASSIUM", "3.7", "mmol/L", "3.5-5.1", ""), ("CREATININE", "1.0", "mg/dL", "0.7-1.3", "")],
         img=("CHEST 2 VIEWS PA&LAT", "Mild cardiomegaly. No edema or effusion."),
         ekg="Atrial fibrillation with rapid ventricular response, rate 146, no acute ST changes",
         tx=["Diltiazem IV bolus then drip", "Transition to oral diltiazem", "TTE", "CHA2DS2-VASc calculation and anticoagulation discussion"],
         course="Rate controlled on oral diltiazem. TTE showed normal EF 55-60%, moderate left atrial enlargement, no significant valvular disease. CHA2DS2-VASc 2; after shared decision-making started apixaban. Spontaneously converted to sinus rhythm on day 2.",
         meds=["hctz", "levothyroxine", "amlodipine"],
         change="NEW: diltiazem ER 240 mg daily, apixaban 5 mg BID. STOP amlodipine.",
         fu="Cardiology 2-4 weeks; sleep clinic re: CPAP", diet="Heart healthy", consult="CARDIOLOGY", vit=dict(hr=(128, 152), sys=(118, 142))),
    dict(key="uti", dx="Urosepsis / complicated urinary tract infection", short="urosepsis", cc="fever and confusion", svc="MEDICINE",
         icd="N39.0", icd9="599.0",
         hpi=["{age} y/o {sex} with BPH, mild dementia, living with daughter, brought in for fever, confusion and decreased PO intake for {n:1-3} days.",
              "Daughter notes urinary frequency and foul smelling urine. At baseline {he} is oriented and independent in ADLs."],
         pmh=["BPH", "Mild neurocognitive disorder", "HTN", "Glaucoma"],
         exam={"GEN": "Elderly, lethargic but arousable", "CV": "Tachycardic", "LUNGS": "CTAB", "ABD": "Suprapubic tenderness", "GU": "Mild CVA tenderness right",
               "NEURO": "Oriented to self only, no focal deficits"},
         labs=[("WBC", "16.8", "K/uL", "4.0-10.5", "H"), ("LACTATE", "2.8", "mmol/L", "0.5-2.0", "H"), ("CREATININE", "1.5", "mg/dL", "0.7-1.3", "H"),
               ("UA LEUK ESTERASE", "LARGE", "", "NEG", "A"), ("UA NITRITE", "POS", "", "NEG", "A"), ("UA WBC", ">100", "/HPF", "0-5", "H")],
         img=("CT ABDOMEN & PELVIS W/O CONTRAST", "Mild right perinephric stranding. Enlarged prostate. No hydronephrosis or obstructing stone."),
         ekg="Sinus tachycardia",
         tx=["Sepsis bundle: 30 mL/kg IVF, blood and urine cultures", "Ceftriaxone 1 g IV daily", "Delirium precautions", "Foley placed for retention (PVR 650 mL)"],
         course="Urine and blood cultures grew E. coli sensitive to ceftriaxone and ciprofloxacin. Mental status returned to baseline by day 3. Voiding trial failed x1; discharged with Foley and urology follow-up. Tamsulosin continued and finasteride added.",
         meds=["tamsulosin", "latanoprost", "donepezil", "amlodipine"],
         change="Ciprofloxacin 500 mg BID to complete 14 days. NEW finasteride 5 mg daily. Foley catheter to leg bag.",
         fu="Urology 1-2 weeks for voiding trial; PCP 2 weeks", diet="Regular", consult="UROLOGY", vit=dict(t=(100.8, 102.6), hr=(100, 118), sys=(92, 110))),
]

def pick_med(pt):
    sc = pick(MED_SCEN)
    if sc["key"] in ("uti", "copd"):
        pt.male()
    return sc

def pick_surg(pt):
    sg = pick(SURG)
    if sg["key"] == "turp":
        pt.male()
    return sg

def scen_meds(sc):
    return list(sc["meds"])

# ---------------------------------------------------------------- surgical cases
SURG = [
    dict(key="chole", svc="GENERAL SURGERY", pre="Symptomatic cholelithiasis", post="Chronic calculous cholecystitis",
         proc="Laparoscopic cholecystectomy", cpt="47562", anes="General endotracheal", ebl=(5, 50), asa=(2, 3),
         spec="Gallbladder", drains="None", pos="Supine", dur=(55, 110),
         ind="{age} y/o {sex} with recurrent postprandial right upper quadrant pain and ultrasound showing multiple gallstones without ductal dilation. Risks, benefits and alternatives including conversion to open, bile duct injury, bleeding and infection were discussed.",
         find="Gallbladder thick-walled with omental adhesions, multiple stones palpable. Critical view of safety obtained. No bile spillage.",
         steps=["The patient was brought to the operating room and placed supine. After induction of general endotracheal anesthesia, the abdomen was prepped and draped in the usual sterile fashion. A time-out was performed.",
                "A 12 mm periumbilical incision was made and the peritoneum entered under direct vision using Hasson technique. Pneumoperitoneum to 15 mmHg was established. Three additional 5 mm ports were placed in the epigastrium and right upper quadrant under direct vision.",
                "The gallbladder fundus was retracted cephalad. Adhesions were taken down bluntly. The peritoneum over the triangle of Calot was opened and the cystic duct and cystic artery were dissected free, achieving the critical view of safety.",
                "The cystic duct and artery were each doubly clipped proximally and divided. The gallbladder was removed from the liver bed with electrocautery. Hemostasis was confirmed and the area irrigated.",
                "The gallbladder was placed in an Endocatch bag and removed via the umbilical port. The fascia at the umbilicus was closed with 0 Vicryl. Skin was closed with 4-0 Monocryl subcuticular and Dermabond."],
         path=("GALLBLADDER, CHOLECYSTECTOMY", "Received fresh labeled with the patient's name and 'gallbladder' is an intact gallbladder measuring {n:7-10} x {n:3-4} x {n:2-3} cm. The serosa is tan-pink with focal adhesions. The wall measures up to 0.4 cm. The lumen contains {n:5-30} yellow-green faceted stones ranging from 0.3 to 1.2 cm. Representative sections submitted in 1 cassette.",
               "Sections show gallbladder wall with chronic inflammation, mild fibrosis, and Rokitansky-Aschoff sinuses. No dysplasia or malignancy.",
               "GALLBLADDER: CHRONIC CHOLECYSTITIS WITH CHOLELITHIASIS.\nNEGATIVE FOR DYSPLASIA AND MALIGNANCY.")),
    dict(key="hernia", svc="GENERAL SURGERY", pre="Right inguinal hernia, reducible", post="Right indirect inguinal hernia",
         proc="Open right inguinal hernia repair with mesh (Lichtenstein)", cpt="49505", anes="MAC with local", ebl=(5, 25), asa=(2, 3),
         spec="None", drains="None", pos="Supine", dur=(45, 80),
         ind="{age} y/o {sex} with symptomatic right groin bulge for {n:6-24} months, worse with lifting. Exam with reducible right inguinal hernia.",
         find="Large indirect hernia sac along the cord, no incarcerated contents. Floor of the canal mildly attenuated.",
         steps=["The patient was placed supine and MAC sedation administered. The right groin was prepped and draped in sterile fashion. Time-out performed. Local anesthetic (0.5% bupivacaine with epinephrine) was infiltrated.",
                "An oblique incision was made over the inguinal canal. Scarpa's fascia was divided and the external oblique aponeurosis opened in the direction of its fibers, preserving the ilioinguinal nerve.",
                "The cord was encircled with a Penrose drain. The indirect sac was dissected off the cord structures to the internal ring and reduced.",
                "A polypropylene mesh was trimmed and sutured to the pubic tubercle and shelving edge of the inguinal ligament with running 2-0 Prolene, and superiorly to the internal oblique aponeurosis, with tails around the cord.",
                "The external oblique was closed with 2-0 Vicryl, Scarpa's with 3-0 Vicryl and skin with 4-0 Monocryl subcuticular."],
         path=None),
    dict(key="tka", svc="ORTHOPAEDICS", pre="Left knee primary osteoarthritis, end stage", post="Same",
         proc="Left total knee arthroplasty", cpt="27447", anes="Spinal with adductor canal block", ebl=(100, 300), asa=(2, 3),
         spec="Bone and cartilage, left knee", drains="None", pos="Supine, tourniquet 250 mmHg", dur=(85, 140),
         ind="{age} y/o {sex} with debilitating left knee pain refractory to injections, bracing and physical therapy with bone-on-bone medial compartment on radiographs.",
         find="Severe tricompartmental degenerative changes with eburnated bone medially, large osteophytes. Intact PCL sacrificed for posterior stabilized design.",
         steps=["After spinal anesthesia and adductor canal block, the patient was positioned supine and a thigh tourniquet applied. The left lower extremity was prepped and draped. Time-out confirmed correct side and site. Ancef 2 g and TXA 1 g given IV prior to incision.",
                "A midline incision and medial parapatellar arthrotomy were performed. Osteophytes were removed. The distal femur was cut using an intramedullary guide at 5 degrees of valgus. Tibial cut was made perpendicular to the mechanical axis with extramedullary guide.",
                "Flexion and extension gaps were balanced. Trial components demonstrated full extension, flexion to 120 degrees and good stability. Patella was resurfaced.",
                "Final cemented components were implanted. The wound was irrigated with pulsatile lavage. Tourniquet released and hemostasis obtained.",
                "The arthrotomy was closed with #1 Stratafix, subcutaneous with 2-0 Vicryl and skin with staples. Sterile dressing and knee immobilizer applied."],
         path=("BONE AND CARTILAGE, LEFT KNEE, TOTAL KNEE ARTHROPLASTY", "Received in formalin are multiple fragments of bone and cartilage aggregating to {n:6-9} x {n:4-6} x 2 cm, including femoral condyles and tibial plateau with eburnated articular surfaces and marginal osteophytes. Representative section submitted after decalcification.",
               "Articular cartilage with fibrillation, loss and subchondral sclerosis consistent with degenerative joint disease.",
               "BONE AND CARTILAGE, LEFT KNEE: DEGENERATIVE JOINT DISEASE (OSTEOARTHRITIS).")),
    dict(key="turp", svc="UROLOGY", pre="Benign prostatic hyperplasia with urinary retention", post="Same",
         proc="Transurethral resection of prostate (TURP)", cpt="52601", anes="Spinal", ebl=(50, 150), asa=(2, 3),
         spec="Prostate chips", drains="22 Fr 3-way Foley with CBI", pos="Dorsal lithotomy", dur=(50, 95),
         ind="{age} y/o {sex} with BPH, failed two voiding trials on tamsulosin and finasteride, with prostate volume {n:55-90} g on TRUS.",
         find="Trilobar prostatic hypertrophy with obstructing median lobe. Bladder trabeculation; no bladder tumors or stones. Ureteral orifices clear.",
         steps=["Spinal anesthesia was administered and the patient placed in dorsal lithotomy position. Genitalia prepped and draped. Time-out performed.",
                "A 26 Fr continuous flow resectoscope was passed under direct vision. Cystourethroscopy was performed with findings as above.",
                "Using bipolar loop in saline, the median lobe was resected first followed by the lateral lobes from bladder neck to verumontanum, preserving the external sphincter.",
                "Chips were evacuated with the Ellik evacuator. Hemostasis achieved with cautery.",
                "A 22 Fr three-way Foley was placed with 30 cc in balloon and CBI initiated, running light pink."],
         path=("PROSTATE, TRANSURETHRAL RESECTION", "Received in formalin are multiple tan-pink rubbery fragments of tissue weighing {n:18-42} grams in aggregate. Representative sections submitted in 8 cassettes.",
               "Nodular hyperplasia of glandular and stromal elements with focal chronic inflammation. No carcinoma identified in submitted sections.",
               "PROSTATE, TURP: BENIGN NODULAR HYPERPLASIA WITH CHRONIC PROSTATITIS.\nNO EVIDENCE OF MALIGNANCY.")),
    dict(key="colectomy", svc="GENERAL SURGERY", pre="Adenocarcinoma of the sigmoid colon", post="Same",
         proc="Laparoscopic-assisted sigmoid colectomy with primary anastomosis", cpt="44204", anes="General endotracheal", ebl=(50, 250), asa=(2, 3),
         spec="Sigmoid colon", drains="None", pos="Modified lithotomy", dur=(150, 260),
         ind="{age} y/o {sex} found to have a sigmoid mass on screening colonoscopy after positive FIT; biopsy showed invasive adenocarcinoma. CT chest/abdomen/pelvis without metastatic disease. CEA {n:2.0-6.5}.",
         find="Tattooed sigmoid mass without serosal involvement. No liver lesions or peritoneal implants. Good blood supply to the anastomosis; air leak test negative.",
         steps=["After induction of general anesthesia, the patient was placed in modified lithotomy. Foley catheter placed. The abdomen was prepped and draped. Time-out performed and antibiotics given.",
                "Pneumoperitoneum established through a periumbilical Hasson port. Additional ports placed. Exploration revealed no metastatic disease.",
                "Medial-to-lateral mobilization of the sigmoid mesentery was performed, identifying and preserving the left ureter. The inferior mesenteric artery was ligated at its origin with a vascular stapler.",
                "The splenic flexure was partially mobilized. The rectum was divided below the tumor with a linear stapler. The specimen was exteriorized through a Pfannenstiel incision and divided proximally.",
                "An end-to-end stapled colorectal anastomosis was created with a 29 mm EEA. Air leak test negative, donuts complete. Fascia closed with looped PDS, skin with staples."],
         path=("SIGMOID COLON, LAPAROSCOPIC RESECTION", "Received fresh is a segment of colon measuring {n:18-26} cm in length. There is an ulcerated, annular mass measuring {n:3-5} x {n:2-4} cm located {n:5-9} cm from the distal margin. Pericolic fat contains {n:14-22} lymph node candidates. Margins inked.",
               "Sections show moderately differentiated adenocarcinoma invading through the muscularis propria into pericolorectal tissue. No lymphovascular invasion identified. Margins free. Mismatch repair proteins intact by IHC.",
               "SIGMOID COLON, RESECTION:\n- INVASIVE ADENOCARCINOMA, MODERATELY DIFFERENTIATED\n- TUMOR INVADES THROUGH MUSCULARIS PROPRIA INTO PERICOLORECTAL TISSUE (pT3)\n- ALL MARGINS NEGATIVE\n- NO CARCINOMA IN 0/16 LYMPH NODES (pN0)")),
    dict(key="bka", svc="VASCULAR SURGERY", pre="Right foot gangrene with peripheral arterial disease, not reconstructable", post="Same",
         proc="Right below-knee amputation", cpt="27880", anes="General LMA", ebl=(100, 300), asa=(3, 4),
         spec="Right lower extremity below knee", drains="None", pos="Supine", dur=(60, 110),
         ind="{age} y/o {sex} with DM2, ESRD and PAD with wet gangrene of right forefoot; angiogram showed no target for revascularization.",
         find="Healthy bleeding muscle at level of amputation. Tibial vessels calcified.",
         steps=["General anesthesia via LMA induced. Right leg prepped and draped, foot excluded with impervious stockinette. Time-out performed.",
                "A long posterior flap was marked with the tibial transection 12 cm below the tibial tubercle. Skin and subcutaneous tissue incised. Anterior compartment divided.",
                "Tibia transected with oscillating saw and beveled anteriorly; fibula divided 2 cm more proximally. Tibial and peroneal vessels suture ligated. Tibial nerve placed on traction, ligated and allowed to retract.",
                "Posterior flap fashioned with gastrocnemius. Irrigation. Fascia closed with 0 Vicryl, skin with staples. Soft dressing and posterior splint applied."],
         path=("RIGHT LOWER EXTREMITY, BELOW KNEE AMPUTATION", "Received fresh is a below-knee amputation specimen measuring {n:36-44} cm from the proximal margin to the heel. The forefoot shows black, necrotic skin involving the 1st-3rd toes with purulent drainage. Vessels at the proximal margin are heavily calcified.",
               "Sections of the forefoot show dry and wet gangrene with acute osteomyelitis of the proximal phalanx. Proximal soft tissue margin viable. Arteries with severe atherosclerosis and medial calcification.",
               "RIGHT LEG, BELOW KNEE AMPUTATION:\n- GANGRENE OF FOREFOOT WITH ACUTE OSTEOMYELITIS\n- SEVERE ATHEROSCLEROTIC PERIPHERAL VASCULAR DISEASE\n- PROXIMAL MARGIN VIABLE")),
    dict(key="cea", svc="VASCULAR SURGERY", pre="Symptomatic left internal carotid artery stenosis (80-99%)", post="Same",
         proc="Left carotid endarterectomy with bovine pericardial patch angioplasty", cpt="35301", anes="General endotracheal", ebl=(50, 200), asa=(3, 3),
         spec="Left carotid plaque", drains="10 Fr Jackson-Pratt", pos="Supine, head turned right", dur=(100, 160),
         ind="{age} y/o {sex} with transient right hand weakness and amaurosis fugax of left eye {n:2-3} weeks ago; CTA with 85% left ICA stenosis.",
         find="Heavily calcified ulcerated plaque at the carotid bifurcation extending 2 cm into the ICA. Excellent backbleeding.",
         steps=["General endotracheal anesthesia with arterial line monitoring. Patient positioned with shoulder roll. Neck prepped and draped. Time-out.",
                "Incision along the anterior border of the sternocleidomastoid. Facial vein ligated and divided. Common, internal and external carotid arteries dissected and controlled. Hypoglossal nerve identified and protected.",
                "Heparin 100 units/kg given. Clamps applied. Stump pressure {n:40-60} mmHg; no shunt required. Arteriotomy performed and plaque removed with a clean endpoint; distal tacking sutures placed.",
                "Bovine pericardial patch sewn with running 6-0 Prolene. Flushing maneuvers performed, clamps released in sequence. Doppler signals excellent.",
                "Protamine given. JP drain placed. Platysma closed with 3-0 Vicryl, skin with 4-0 Monocryl. Patient awoke moving all extremities."],
         path=("LEFT CAROTID PLAQUE, ENDARTERECTOMY", "Received in formalin is a tan-yellow calcified atheromatous plaque measuring {n:2.5-4.0} x 1.0 x 0.6 cm. Submitted after decalcification.",
               "Sections show atherosclerotic plaque with cholesterol clefts, calcification and intraplaque hemorrhage.",
               "LEFT CAROTID ARTERY, ENDARTERECTOMY: ATHEROSCLEROTIC PLAQUE WITH CALCIFICATION AND INTRAPLAQUE HEMORRHAGE.")),
    dict(key="cataract", svc="OPHTHALMOLOGY", pre="Visually significant nuclear sclerotic cataract, right eye", post="Same",
         proc="Phacoemulsification with posterior chamber intraocular lens implant, right eye", cpt="66984", anes="Topical with MAC", ebl=(0, 1), asa=(2, 3),
         spec="None", drains="None", pos="Supine", dur=(15, 35),
         ind="{age} y/o {sex} with decreased vision OD to 20/{n:60-200} and glare interfering with driving.",
         find="2-3+ nuclear sclerosis. Capsule intact. IOL well centered in the bag.",
         steps=["The right eye was anesthetized with topical tetracaine and intracameral lidocaine. The eye was prepped with 5% povidone-iodine and draped. Lid speculum placed. Time-out performed.",
                "A 2.4 mm clear corneal temporal incision and paracentesis were made. Viscoelastic was instilled. A continuous curvilinear capsulorrhexis was performed.",
                "Hydrodissection was performed. The nucleus was removed by phacoemulsification using a divide-and-conquer technique. Cortex removed with I/A.",
                "A {n:18.0-23.5} D one-piece acrylic IOL was injected into the capsular bag. Viscoelastic removed. Wounds hydrated and found watertight. Intracameral moxifloxacin given."],
         path=None),
]

# ---------------------------------------------------------------- imaging studies
IMAGING = [
    dict(exam="CHEST 2 VIEWS PA&LAT", cpt="71020", mod="CR", hx="Cough, fever", comp="None",
         find="The heart is normal in size. The mediastinal contours are unremarkable. There is patchy airspace opacity in the right lower lobe. No pleural effusion or pneumothorax. Degenerative changes of the thoracic spine.",
         imp="Right lower lobe airspace disease, likely pneumonia. Recommend follow-up radiographs in 6-8 weeks to document resolution.", code="ABNORMALITY, ATTN. NEEDED"),
    dict(exam="CHEST 2 VIEWS PA&LAT", cpt="71020", mod="CR", hx="Preop evaluation", comp="{date2}",
         find="Lungs are clear. No focal consolidation, effusion or pneumothorax. Cardiomediastinal silhouette within normal limits. Mild hyperinflation. Old healed left rib fractures.",
         imp="No acute cardiopulmonary process.", code="NORMAL"),
    dict(exam="CT HEAD W/O CONTRAST", cpt="70450", mod="CT", hx="Fall, on anticoagulation, headache", comp="None available.",
         find="There is no intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation is preserved. Moderate periventricular white matter hypodensities consistent with chronic small vessel ischemic disease. Ventricles and sulci are prominent, compatible with age-related volume loss. The visualized paranasal sinuses and mastoid air cells are clear. No calvarial fracture.",
         imp="1. No acute intracranial abnormality.\n2. Chronic small vessel ischemic changes and generalized volume loss.", code="MINOR ABNORMALITY"),
    dict(exam="CT ABDOMEN & PELVIS W/CONTRAST", cpt="74177", mod="CT", hx="RLQ pain, leukocytosis", comp="None.",
         find="LIVER: Normal size, no focal lesions. GALLBLADDER: Cholelithiasis without wall thickening. PANCREAS, SPLEEN, ADRENALS: Unremarkable. KIDNEYS: Simple cyst left lower pole 2.1 cm. No hydronephrosis. BOWEL: Sigmoid diverticulosis with focal wall thickening and pericolic fat stranding in the mid sigmoid colon. No abscess or free air. Appendix normal. BLADDER: Unremarkable. Prostate enlarged. VESSELS: Atherosclerotic calcification of aorta without aneurysm. BONES: Degenerative changes of lumbar spine.",
         imp="1. Acute uncomplicated sigmoid diverticulitis. No abscess or perforation.\n2. Cholelithiasis.\n3. Simple left renal cyst, no follow-up needed.", code="ABNORMALITY, ATTN. NEEDED"),
    dict(exam="MRI LUMBAR SPINE W/O CONTRAST", cpt="72148", mod="MR", hx="Low back pain radiating to left leg x 3 months, failed PT", comp="Lumbar radiographs {date2}.",
         find="Alignment is normal. Vertebral body heights preserved. Conus terminates at L1. L3-4: Mild disc bulge and facet arthropathy, no stenosis. L4-5: Broad-based disc bulge with superimposed left paracentral extrusion contacting the descending left L5 nerve root; moderate left lateral recess stenosis; mild central canal narrowing. L5-S1: Disc desiccation, mild bilateral foraminal narrowing.",
         imp="L4-5 left paracentral disc extrusion contacting the traversing left L5 nerve root with moderate left lateral recess stenosis.", code="ABNORMALITY, ATTN. NEEDED"),
    dict(exam="US CAROTID DUPLEX BILATERAL", cpt="93880", mod="US", hx="Carotid bruit, TIA", comp="None.",
         find="RIGHT: Mild heterogeneous plaque at the bulb. ICA PSV 98 cm/s, EDV 22 cm/s. ICA/CCA ratio 1.3. LEFT: Moderate calcified plaque at bifurcation extending into proximal ICA. ICA PSV 285 cm/s, EDV 96 cm/s. ICA/CCA ratio 4.2. Vertebral arteries antegrade bilaterally.",
         imp="1. Left ICA stenosis 70-99% by SRU consensus criteria.\n2. Right ICA stenosis <50%.", code="ABNORMALITY, ATTN. NEEDED"),
    dict(exam="US ABDOMEN COMPLETE", cpt="76700", mod="US", hx="Elevated LFTs, alcohol use", comp="None.",
         find="The liver is enlarged measuring 19.5 cm with diffusely increased echogenicity and coarsened echotexture. No focal mass. Portal vein patent with hepatopetal flow. Gallbladder without stones. CBD 4 mm. Spleen 11.8 cm. No ascites. Kidneys unremarkable.",
         imp="Hepatomegaly with diffuse fatty infiltration. No focal hepatic lesion. No ascites.", code="MINOR ABNORMALITY"),
    dict(exam="KNEE 3 VIEWS LEFT", cpt="73562", mod="CR", hx="Chronic knee pain", comp="{date2}",
         find="Severe narrowing of the medial femorotibial compartment with bone-on-bone apposition, subchondral sclerosis and marginal osteophytes. Moderate patellofemoral narrowing. Small suprapatellar effusion. No fracture.",
         imp="Severe tricompartmental osteoarthritis, medial predominant, progressed since prior.", code="ABNORMALITY, ATTN. NEEDED"),
    dict(exam="CT CHEST W/O CONTRAST LOW DOSE LUNG CANCER SCREENING", cpt="71271", mod="CT", hx="Lung cancer screening, 45 pack-year current smoker", comp="{date2}",
         find="Centrilobular and paraseptal emphysema, upper lobe predominant. 6 mm solid nodule in the right upper lobe (series 3, image 44), previously 5 mm. Additional 3 mm perifissural nodule left lower lobe, stable. No lymphadenopathy. Coronary artery calcifications moderate. No pleural effusion.",
         imp="Lung-RADS 3: probably benign. 6 mm RUL solid nodule, slightly increased. Recommend 6-month low-dose CT.\nModerate coronary artery calcification.\nEmphysema.", code="ABNORMALITY, ATTN. NEEDED"),
    dict(exam="US VENOUS DUPLEX LOWER EXTREMITY LEFT", cpt="93971", mod="US", hx="Left calf swelling and pain", comp="None.",
         find="Noncompressible, echogenic thrombus is seen in the left popliteal vein and posterior tibial veins with absent color flow. The common femoral and femoral veins are compressible with normal phasic flow. Contralateral CFV waveform normal.",
         imp="Acute deep venous thrombosis of the left popliteal and posterior tibial veins.", code="CRITICAL ABNORMALITY"),
    dict(exam="DEXA BONE DENSITY AXIAL", cpt="77080", mod="DXA", hx="Long-term steroid use, osteopenia", comp="{date2}",
         find="L1-L4: BMD 0.871 g/cm2, T-score -2.6. Left femoral neck: BMD 0.642 g/cm2, T-score -2.2. Total hip T-score -1.9. Compared to prior, L-spine BMD decreased 4.1%, which is statistically significant.",
         imp="Osteoporosis by WHO criteria based on lumbar spine. FRAX 10-year probability of major osteoporotic fracture 14%, hip fracture 3.8%.", code="ABNORMALITY, ATTN. NEEDED"),
    dict(exam="CT ANGIO CHEST (PE PROTOCOL)", cpt="71275", mod="CT", hx="Dyspnea, tachycardia, elevated D-dimer", comp="CXR same day.",
         find="Adequate opacification of the pulmonary arteries. Filling defects within the right lower lobe segmental and subsegmental arteries. RV/LV ratio 0.9. No pleural effusion. Small wedge-shaped peripheral opacity right lower lobe may represent infarct. Mild emphysema.",
         imp="1. Acute right lower lobe segmental and subsegmental pulmonary emboli without CT evidence of right heart strain.\n2. Possible small pulmonary infarct RLL.", code="CRITICAL ABNORMALITY"),
]

PATH_EXTRA = [
    dict(spec="COLON, ASCENDING, POLYP, COLD SNARE", pre="Screening colonoscopy, polyp", clin="Positive FIT. {n:6-12} mm ascending colon polyp removed.",
         gross="Received in formalin labeled 'ascending polyp' are {n:2-3} tan-pink soft tissue fragments, 0.4 to 0.9 cm. Entirely submitted in 1 cassette.",
         micro="Colonic mucosa with tubular adenoma showing low-grade dysplasia. No high-grade dysplasia.",
         dx="COLON, ASCENDING, POLYPECTOMY: TUBULAR ADENOMA.\nNEGATIVE FOR HIGH-GRADE DYSPLASIA."),
    dict(spec="PROSTATE, NEEDLE CORE BIOPSIES (12)", pre="Elevated PSA", clin="PSA {n:5.1-9.8} ng/mL, rising. DRE with left base firmness.",
         gross="Received in formalin are 12 containers labeled A through L, each containing 1-2 tan cores of tissue ranging from 0.8 to 1.7 cm. Each entirely submitted.",
         micro="Left base and left mid cores show infiltrating small glands with prominent nucleoli, consistent with adenocarcinoma. Perineural invasion not identified.",
         dx="PROSTATE, LEFT BASE (C): ADENOCARCINOMA, GLEASON SCORE 3+4=7 (GRADE GROUP 2), INVOLVING 40% OF CORE.\nPROSTATE, LEFT MID (D): ADENOCARCINOMA, GLEASON SCORE 3+3=6 (GRADE GROUP 1), 10% OF CORE.\nREMAINING CORES (A, B, E-L): BENIGN PROSTATIC TISSUE."),
    dict(spec="SKIN, LEFT NASAL ALA, SHAVE BIOPSY", pre="R/O BCC", clin="Pearly papule with telangiectasia x 6 months.",
         gross="Received in formalin is a tan-white shave of skin measuring 0.6 x 0.5 x 0.1 cm. Inked, trisected and entirely submitted.",
         micro="Nests of basaloid cells with peripheral palisading and retraction artifact arising from the epidermis.",
         dx="SKIN, LEFT NASAL ALA, SHAVE BIOPSY: BASAL CELL CARCINOMA, NODULAR TYPE, EXTENDING TO DEEP MARGIN."),
    dict(spec="DUODENUM AND STOMACH, BIOPSIES", pre="Melena, duodenal ulcer", clin="Duodenal bulb ulcer; r/o H. pylori.",
         gross="A. 'Duodenal ulcer edge' - two tan fragments 0.3 cm. B. 'Gastric antrum and body' - four tan fragments 0.2-0.4 cm. Entirely submitted.",
         micro="A: Ulcer edge with granulation tissue and reactive epithelial changes. B: Chronic active gastritis with numerous Helicobacter-like organisms confirmed on immunostain.",
         dx="A. DUODENUM, ULCER EDGE, BIOPSY: ULCER WITH REACTIVE CHANGES; NO DYSPLASIA OR MALIGNANCY.\nB. STOMACH, BIOPSY: CHRONIC ACTIVE GASTRITIS, HELICOBACTER PYLORI POSITIVE."),
    dict(spec="LUNG, RIGHT UPPER LOBE, CT-GUIDED CORE BIOPSY", pre="RUL spiculated mass", clin="{n:2.2-3.8} cm spiculated RUL mass, PET avid, 60 pack-year smoker.",
         gross="Received in formalin are 3 tan-gray cores, 0.8 to 1.4 cm in length. Entirely submitted.",
         micro="Infiltrating nests of atypical squamous cells with keratinization and intercellular bridges. Tumor cells are positive for p40 and negative for TTF-1.",
         dx="LUNG, RIGHT UPPER LOBE, CORE BIOPSY: SQUAMOUS CELL CARCINOMA, MODERATELY DIFFERENTIATED."),
    dict(spec="BONE MARROW ASPIRATE AND BIOPSY, LEFT POSTERIOR ILIAC CREST", pre="Anemia, monoclonal protein", clin="IgG kappa M-spike {n:1.2-2.8} g/dL, anemia.",
         gross="Received: core biopsy 1.6 cm, clot section, aspirate smears and peripheral smear.",
         micro="Normocellular marrow (40%) with 18% plasma cells on aspirate differential, kappa-restricted by in situ hybridization. Trilineage hematopoiesis present.",
         dx="BONE MARROW, BIOPSY AND ASPIRATE: PLASMA CELL NEOPLASM (KAPPA-RESTRICTED PLASMA CELLS, 18%), SEE COMMENT."),
]

# ---------------------------------------------------------------- shared renderers
def render_meds(pt, keys, style=None, dt=None):
    style = pick(range(5)) if style is None else style
    dt = dt or pt.ref
    L = []
    if style == 0:
        L.append("Active Outpatient Medications (including Supplies):")
        L.append("")
        L.append("     Active Outpatient Medications                          Status")
        L.append("     " + "=" * 66)
        for i, k in enumerate(keys, 1):
            nm, sig = MEDS[k][0], MEDS[k][1]
            L.append(wrap("%-4s %s %s" % ("%d)" % i, nm, sig), 68) + "  ACTIVE")
        L.append("")
        L.append("%d Total Medications" % len(keys))
    elif style == 1:
        for k in keys:
            L.append("- " + MEDS[k][2])
    elif style == 2:
        for i, k in enumerate(keys, 1):
            L.append("%d. %s" % (i, MEDS[k][2]))
    elif style == 3:
        L.append("Outpatient Medications                     Rx#        Last Fill  Status")
        for k in keys:
            L.append("%-42s %-10s %-10s %s" % (MEDS[k][0][:41], "%d%s" % (rint(1000000, 9999999), pick(["", "A", "B"])),
                                              dus(later(dt, days=-rint(3, 80)), yy=True), pick(["ACTIVE", "ACTIVE", "ACTIVE/SUSP"])))
            L.append("    SIG: %s" % MEDS[k][1])
    else:
        L.append(", ".join(MEDS[k][2].split(" PO")[0] for k in keys) + ".")
    return "\n".join(L)

def render_labs_inline(labs):
    return "; ".join("%s %s%s" % (n.title() if len(n) > 4 else n, v, (" " + u) if u else "") for n, v, u, r, f in labs)

def render_labs_table(labs, dt, style=None):
    style = pick(range(3)) if style is None else style
    L = []
    if style == 0:
        L.append("%-28s %-10s %-9s %s" % ("Test name", "Result", "units", "Ref. range"))
        for n, v, u, r, f in labs:
            L.append("%-28s %-10s %-9s %s" % (n, (v + " " + f).strip(), u, r))
    elif style == 1:
        L.append("Collected: %s" % dus(dt, True))
        for n, v, u, r, f in labs:
            L.append("  %s: %s %s %s" % (n, v, u, "(%s)" % f if f else ""))
    else:
        L.append(" | ".join("%s %s%s" % (n[:10], v, "*" if f else "") for n, v, u, r, f in labs))
    return "\n".join(L)

def render_exam(sc, pt, v, style=None):
    style = pick(range(3)) if style is None else style
    ex = {"GEN": "NAD", "HEENT": "NCAT, PERRL, EOMI, MMM", "NECK": "Supple, no JVD, no LAD", "CV": "RRR, no m/r/g",
          "LUNGS": "CTAB, no wheezes or crackles", "ABD": "Soft, NT/ND, +BS", "EXT": "No c/c/e", "NEURO": "A&O x3, CN II-XII grossly intact, moves all extremities",
          "SKIN": "Warm, dry, no rashes"}
    for k, val in sc.get("exam", {}).items():
        ex[k] = fill(val, pt)
    order = ["GEN", "HEENT", "NECK", "CV", "LUNGS", "ABD", "GU", "RECTAL", "EXT", "SKIN", "NEURO"]
    L = [vitals_block(v, pt, pt.ref, style=pick([1, 2]))]
    names = {"GEN": ["General", "GEN", "Gen"], "HEENT": ["HEENT"], "NECK": ["Neck"], "CV": ["CV", "Heart", "Cardiac", "CVS"],
             "LUNGS": ["Lungs", "Chest", "Resp", "PULM"], "ABD": ["Abd", "Abdomen", "ABD"], "GU": ["GU"], "RECTAL": ["Rectal"],
             "EXT": ["Ext", "Extremities"], "SKIN": ["Skin"], "NEURO": ["Neuro", "Neurologic"]}
    for k in order:
        if k in ex:
            nm = pick(names[k])
            if style == 0:
                L.append("%s: %s" % (nm.upper(), ex[k]))
            elif style == 1:
                L.append("  %-8s %s" % (nm + ":", ex[k]))
            else:
                L.append("%s - %s" % (nm, ex[k].lower() if chance(.5) else ex[k]))
    return "\n".join(L)

def render_list(items, style=None):
    style = pick(range(4)) if style is None else style
    if style == 0:
        return "\n".join("%d. %s" % (i, x) for i, x in enumerate(items, 1))
    if style == 1:
        return "\n".join("- %s" % x for x in items)
    if style == 2:
        return "\n".join("  %s" % x for x in items)
    return ", ".join(items) + "."

def social(pt):
    s = []
    s.append(pick(["Served in the %s %s." % (pt.branch.title(), {"VIETNAM": "during Vietnam era", "KOREA": "during Korean conflict",
                                                                "PERSIAN GULF": "including deployment to Kuwait/Iraq", "OEF/OIF": "with deployments to Iraq and Afghanistan"}.get(pt.era, "")),
                   "%s veteran, %s." % (pt.era.title(), pt.branch.title()),
                   "Military: %s, %s era%s." % (pt.branch, pt.era, ", +Agent Orange exposure" if pt.era == "VIETNAM" and chance(.6) else "")]))
    s.append(pick(["Lives with %s in %s." % (pt.nok_rel.lower(), pt.town.title()), "Lives alone in a mobile home.",
                   "Lives with %s; retired %s." % (pt.nok_rel.lower(), pick(["mechanic", "postal worker", "truck driver", "welder", "teacher", "farmer", "machinist"])),
                   "Divorced, lives alone, son checks on him weekly." if pt.sex == "M" else "Widowed, lives alone."]))
    s.append(pick(["Tobacco: %d pack-years, quit %d." % (rint(10, 60), rint(1985, 2012)), "Current smoker 1 ppd.", "Never smoker.",
                   "Smokes 1/2 ppd, pre-contemplative.", "Former smoker, chews tobacco."]))
    s.append(pick(["ETOH: occasional.", "Denies alcohol.", "Drinks 2-3 beers/day.", "ETOH: none x 10 years.", "AUDIT-C 2."]))
    s.append(pick(["No illicit drugs.", "Denies IVDU.", "", "Remote marijuana use."]))
    return " ".join(x for x in s if x)

def ros_block(sc=None, style=None):
    style = pick(range(3)) if style is None else style
    if style == 0:
        return "ROS: All other systems reviewed and negative except as noted in HPI."
    if style == 1:
        return "\n".join(["ROS:", "  Const: %s" % pick(["+fatigue", "denies fevers/chills", "+subjective fevers"]),
                          "  CV: %s" % pick(["no CP", "denies palpitations", "+DOE"]), "  Resp: %s" % pick(["+SOB", "no cough", "+cough"]),
                          "  GI: %s" % pick(["no N/V/D", "no melena/BRBPR", "+nausea"]), "  GU: %s" % pick(["no dysuria", "+nocturia x2"]),
                          "  Psych: %s" % pick(["denies SI/HI", "+poor sleep", "mood 'ok'"])])
    return "Review of systems: 10-point ROS negative except per HPI."

def ap_block(sc, pt, style=None):
    style = pick(range(3)) if style is None else style
    plans = [fill(x, pt) for x in sc["tx"]]
    L = []
    if style == 0:
        L.append("# %s" % sc["dx"])
        for p in plans:
            L.append("  - %s" % p)
        for p in picks(sc["pmh"], 2):
            L.append("# %s - %s" % (p, pick(["stable, continue home meds", "monitor", "continue current regimen", "outpatient f/u"])))
        L.append("# FEN/PPx: %s; %s" % (pick(["SQ heparin", "enoxaparin 40 mg daily", "SCDs", "on therapeutic anticoag"]), pick(["PPI", "no GI ppx indicated"])))
        L.append("# Code status: %s" % pick(["FULL CODE", "Full code (confirmed with patient)", "DNR/DNI (see LST note)", "FULL"]))
        L.append("# Dispo: %s" % pick(["Admit to medicine, telemetry", "Anticipate discharge home in 2-3 days", "pending clinical improvement"]))
    elif style == 1:
        L.append("%s %s presenting with %s, consistent with %s." % (pt.agesex(), "with " + ", ".join(sc["pmh"][:3]), sc["cc"], sc["short"]))
        L.append(render_list(plans, 0))
    else:
        L.append("%s." % sc["dx"])
        L.append("PLAN: " + "; ".join(plans) + ".")
    return "\n".join(L)

def new_ctx(y0=2000, y1=2020):
    dt = rand_dt(y0, y1)
    pt = Patient(dt)
    fac = pick(FACILITIES)
    return pt, fac, dt

# ====================================================================== TYPES
def gen_discharge_summary():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    surg = lay == 5
    sc = pick_surg(pt) if surg else pick_med(pt)
    adm = dt
    los = rint(2, 9)
    dis = later(adm, days=los)
    res, att = Staff("resident"), Staff("attending")
    hpi = fill(" ".join(sc["hpi"]), pt) if not surg else fill(sc["ind"], pt)
    meds_home = med_set(pt, scen_meds(sc) if not surg else [], rint(2, 5))
    L = []
    if lay == 0:  # classic VistA dictated discharge summary
        L.append(pick(["                         DISCHARGE SUMMARY", "", "              *** DISCHARGE SUMMARY ***", "   %s" % fac["name"]]))
        L.append(tiu_header(pt, "DISCHARGE SUMMARY", "DISCHARGE SUMMARY", dis, res, att, style=1))
        L.append("Admitting Date: %s" % dvc(adm))
        L.append("Discharge Date: %s" % dvc(dis))
        L.append("Dictating Physician: %s" % res.vname)
        L.append("Attending Physician: %s" % att.vname)
        L.append("")
        L.append(head("Diagnoses", 0))
        L.append("PRINCIPAL DIAGNOSIS: %s (%s)" % (sc["dx"].upper(), sc["icd9"] if adm.year < 2015 else sc["icd"]))
        L.append("SECONDARY DIAGNOSES:\n" + render_list([x.upper() for x in sc["pmh"]], 0))
        L.append("")
        for h, body in [("HISTORY OF PRESENT ILLNESS", hpi), ("PHYSICAL EXAMINATION ON ADMISSION", render_exam(sc, pt, vitals(**sc.get("vit", {})), 0)),
                        ("PERTINENT LABORATORY DATA", render_labs_inline(sc["labs"]) + ". " + sc["img"][0].title() + ": " + sc["img"][1]),
                        ("HOSPITAL COURSE", fill(sc["course"], pt)),
                        ("CONDITION ON DISCHARGE", pick(["Improved. Stable.", "Good.", "Stable, ambulating independently.", "FAIR"])),
                        ("DISCHARGE MEDICATIONS", render_meds(pt, meds_home, 2) + "\n" + sc["change"]),
                        ("DIET", sc["diet"]), ("ACTIVITY", pick(["As tolerated.", "Ad lib.", "No heavy lifting > 10 lbs x 2 weeks."])),
                        ("FOLLOW-UP", sc["fu"])]:
            L.append(h + ":")
            L.append(wrap(body))
            L.append("")
        L.append("D: %s  T: %s  %s/%s" % (dus(dis, yy=True), dus(later(dis, days=rint(1, 4)), yy=True), res.last[:3].lower(), pick(["jt", "mlk", "dws", "ts"])))
        L.append("Job #: %d" % rint(100000, 999999))
        L.append(esig(res, dis, 0, cos=att))
        body = "\n".join(L)
        return paginate(body, pt, fac, form=pick(["VA FORM 10-1000", "DISCHARGE SUMMARY"]))
    if lay == 1:  # templated resident discharge note
        L.append(tiu_header(pt, pick(["MEDICINE DISCHARGE NOTE", "DISCHARGE SUMMARY - MEDICINE", "HOSPITALIST DISCHARGE SUMMARY"]),
                            "DISCHARGE SUMMARY", dis, res, att, style=0))
        L.append("")
        L.append("Admit date: %s     Discharge date: %s     LOS: %d days" % (dus(adm), dus(dis), los))
        L.append("Attending: %s   Team: %s" % (att.dr, pick(["Medicine A", "Gold Team", "Blue", "Hospitalist 2", "Team 4"])))
        L.append("")
        L.append("Principal diagnosis: %s" % sc["dx"])
        L.append("Secondary diagnoses: %s" % ", ".join(sc["pmh"]))
        L.append("Procedures: %s" % pick(["None", sc["img"][0], "See hospital course"]))
        L.append("Consults: %s" % sc["consult"].title())
        L.append("")
        L.append("BRIEF HPI:\n" + wrap(hpi))
        L.append("")
        L.append("HOSPITAL COURSE BY PROBLEM:")
        L.append("#1 %s: %s" % (sc["short"], wrap(fill(sc["course"], pt))))
        for n_, p in enumerate(picks(sc["pmh"], 2), 2):
            L.append("#%d %s: %s" % (n_, p, pick(["Stable, home regimen continued.", "No active issues.", "Medications held on admission and resumed at discharge."])))
        L.append("")
        L.append("DISCHARGE MEDICATIONS:")
        L.append(render_meds(pt, meds_home, 0, dis))
        L.append("CHANGES: " + sc["change"])
        L.append("")
        L.append("Condition at discharge: %s" % pick(["stable", "improved", "good"]))
        L.append("Disposition: %s" % pick(["Home", "Home with HBPC", "Home with family", "CLC for rehab"]))
        L.append("Code status: %s" % pick(["Full", "DNR", "Full code"]))
        L.append("Follow-up: %s" % sc["fu"])
        L.append("Pending results at discharge: %s" % pick(["None", "Final blood cultures", "Pathology", "None."]))
        L.append(esig(res, dis, 1, cos=att))
        return "\n".join(L)
    if lay == 2:  # outside hospital, scanned
        hosp = pick(OUTSIDE[:3] + [OUTSIDE[6]])
        doc = Staff("attending")
        L.append(hosp)
        L.append("%d %s, %s, %s" % (rint(100, 999), pick(["MAIN ST", "HOSPITAL DR", "CENTER AVE"]), pick(TOWNS)[0].title(), pick(TOWNS)[1]))
        L.append("")
        L.append(pick(["DISCHARGE SUMMARY", "HOSPITAL DISCHARGE SUMMARY", "Discharge Summary", "DISCHARGE/TRANSFER SUMMARY"]))
        L.append("")
        L.append("PATIENT: %s, %s    MR#: %d    ACCT#: %d" % (pt.last, pt.first, rint(100000, 999999), rint(10000000, 99999999)))
        L.append("DOB: %s    ADMIT: %s    DISCHARGE: %s" % (dus(pt.dob), dus(adm), dus(dis)))
        L.append("ATTENDING: %s" % doc.disp)
        L.append("PCP: VA %s" % fac["town"].title())
        L.append("")
        L.append("ADMITTING DIAGNOSIS: %s" % sc["cc"].capitalize())
        L.append("DISCHARGE DIAGNOSES:\n" + render_list([sc["dx"]] + sc["pmh"][:3], 0))
        L.append("")
        L.append("HISTORY: " + wrap(hpi))
        L.append("")
        L.append("HOSPITAL COURSE: " + wrap(fill(sc["course"], pt) + " The patient is a veteran and was transferred/ discharged with instructions to follow up at the VA."))
        L.append("")
        L.append("DISCHARGE MEDICATIONS: " + render_meds(pt, meds_home, 4))
        L.append("")
        L.append("Dictated by: %s" % doc.disp)
        L.append("DD: %s  DT: %s" % (dus(dis, yy=True), dus(later(dis, days=1), yy=True)))
        L.append("cc: VA Medical Center, %s" % fac["town"].title())
        if chance(.6):
            L.append("")
            L.append("RECEIVED %s  SCANNED %s" % (dus(later(dis, days=rint(3, 20))), fac["short"]))
        return ocr_noise("\n".join(L), 0.006)
    if lay == 3:  # mental health / SATP discharge
        sc = [s for s in MED_SCEN if s["key"] == "etoh"][0]
        psy = Staff("psych")
        L.append(tiu_header(pt, pick(["MENTAL HEALTH DISCHARGE SUMMARY", "PSYCHIATRY DISCHARGE SUMMARY", "SARRTP DISCHARGE SUMMARY"]),
                            "MENTAL HEALTH DISCHARGE SUMMARY", dis, psy, style=pick([0, 3])))
        L.append("")
        L.append("DATE OF ADMISSION: %s        DATE OF DISCHARGE: %s" % (dus(adm), dus(dis)))
        L.append("")
        if adm.year < 2014:
            L.append("DISCHARGE DIAGNOSES:")
            L.append("AXIS I:   Alcohol dependence with physiological dependence\n          PTSD, chronic\n          Nicotine dependence")
            L.append("AXIS II:  Deferred")
            L.append("AXIS III: %s" % ", ".join(sc["pmh"][2:]))
            L.append("AXIS IV:  Problems with primary support group, housing instability")
            L.append("AXIS V:   GAF on admission %d, on discharge %d" % (rint(30, 40), rint(48, 58)))
        else:
            L.append("DSM-5 DIAGNOSES: Alcohol use disorder, severe; PTSD; Tobacco use disorder, moderate")
        L.append("")
        L.append("REASON FOR ADMISSION:\n" + wrap(hpi))
        L.append("")
        L.append("COURSE IN HOSPITAL:\n" + wrap(fill(sc["course"], pt) + " Patient participated in groups and individual therapy. At discharge denies SI/HI, future oriented, with safety plan updated."))
        L.append("")
        L.append("MENTAL STATUS AT DISCHARGE: Alert, oriented x4, casually groomed, cooperative, speech normal rate/volume, mood '%s', affect euthymic, TP linear, no SI/HI/AH/VH, insight and judgment fair." % pick(["good", "better", "ok"]))
        L.append("")
        L.append("SUICIDE RISK: %s" % pick(["Low acute risk, moderate chronic risk.", "Low.", "Not elevated; protective factors include family and engagement in treatment."]))
        L.append("")
        L.append("DISCHARGE MEDICATIONS:")
        L.append(render_meds(pt, med_set(pt, scen_meds(sc) + ["naltrexone", "thiamine", "folic"], 0), 2))
        L.append("")
        L.append("FOLLOW-UP: " + sc["fu"])
        L.append(esig(psy, dis, pick([0, 1, 2])))
        return "\n".join(L)
    if lay == 4:  # brief short-stay
        L.append(tiu_header(pt, pick(["BRIEF DISCHARGE SUMMARY", "OBSERVATION DISCHARGE NOTE", "SHORT STAY DISCHARGE SUMMARY"]),
                            "DISCHARGE SUMMARY", dis, att, style=pick([2, 3, 4])))
        L.append("")
        txt = ("%s was admitted %s to %s for %s. %s %s Discharged %s in %s condition on the following medications: %s %s Follow-up: %s." % (
            pt.mrl, dus(adm), pick(["the medicine service", "observation", "4 West"]), sc["dx"].lower(), fill(sc["course"], pt),
            pick(["Patient was seen and examined on the day of discharge.", "", "Greater than 30 minutes spent on discharge."]),
            dus(dis), pick(["stable", "good", "improved"]), "; ".join(MEDS[k][2] for k in meds_home), sc["change"], sc["fu"]))
        L.append(wrap(txt))
        L.append(esig(att, dis))
        return "\n".join(L)
    if lay == 5:  # surgical discharge summary
        sg = Staff("surgeon")
        L.append(tiu_header(pt, pick(["SURGERY DISCHARGE SUMMARY", "DISCHARGE SUMMARY", "%s DISCHARGE NOTE" % sc["svc"]]),
                            "SURGERY DISCHARGE SUMMARY", dis, res, sg, style=pick([0, 1])))
        L.append("")
        L.append("Date of admission: %s\nDate of discharge: %s" % (dvc(adm), dvc(dis)))
        L.append("Surgeon: %s" % sg.dr)
        L.append("")
        L.append("ADMISSION DIAGNOSIS: %s" % sc["pre"])
        L.append("DISCHARGE DIAGNOSIS: %s" % sc["post"])
        L.append("OPERATIONS/PROCEDURES: %s (%s)" % (sc["proc"], dus(adm)))
        L.append("")
        L.append("HISTORY:\n" + wrap(hpi))
        L.append("")
        L.append("HOSPITAL COURSE:\n" + wrap("The patient underwent %s on %s without intraoperative complication. %s Pain was controlled with oral analgesics. Tolerating a regular diet, voiding, and ambulating independently at discharge.%s" % (
            sc["proc"].lower(), dus(adm), pick(["Postoperative course was uncomplicated.", "Postop course notable for mild urinary retention requiring straight cath x1.", "Had transient postoperative ileus which resolved with bowel rest."]),
            (" Pathology: " + sc["path"][2].split("\n")[0].lower() + ".") if sc["path"] else "")))
        L.append("")
        L.append("DISCHARGE MEDS:")
        L.append(render_meds(pt, med_set(pt, ["oxycodone", "docusate", "acetaminophen"], 2), 2))
        L.append("")
        L.append("INSTRUCTIONS: %s" % pick(["No lifting >10 lbs x 6 weeks. May shower in 48h. Call for fever >101.5, redness or drainage.",
                                            "Weight bearing as tolerated with walker. Home PT arranged.", "Keep Foley to leg bag until clinic."]))
        L.append("FOLLOW-UP: %s clinic in %d weeks." % (sc["svc"].title(), rint(1, 3)))
        L.append(esig(res, dis, cos=sg))
        return "\n".join(L)
    # lay 6: old all-caps dictation narrative, early 2000s
    dt2 = rand_dt(2000, 2006)
    pt2 = Patient(dt2)
    pt = pt2 if sc["key"] not in ("uti", "copd", "turp") else pt2.male()
    hpi = fill(" ".join(sc["hpi"]), pt)
    L.append(pick(["NARRATIVE SUMMARY", "DISCHARGE SUMMARY", "SUMMARY OF HOSPITALIZATION", "HOSPITAL SUMMARY"]))
    L.append("%s  %s" % (pt.vname, pt.ssn))
    L.append("WARD: %s    ADMITTED: %s  DISCHARGED: %s" % (pick(["4W", "5E", "MICU", "2S"]), dvc(dt2), dvc(later(dt2, days=los))))
    L.append("")
    txt = ("THIS %d YEAR OLD %s VETERAN WAS ADMITTED WITH %s. %s %s THE PATIENT WAS DISCHARGED TO %s IN %s CONDITION. DISCHARGE MEDICATIONS: %s. %s FOLLOW UP: %s." % (
        pt.age, "MALE" if pt.sex == "M" else "FEMALE", sc["cc"].upper(), hpi.upper(), fill(sc["course"], pt).upper(),
        pick(["HOME", "DOMICILIARY", "NURSING HOME CARE UNIT"]), pick(["STABLE", "IMPROVED"]),
        "; ".join(MEDS[k][2].upper() for k in meds_home), sc["change"].upper(), sc["fu"].upper()))
    L.append(wrap(txt, 72))
    L.append("")
    L.append("FINAL DIAGNOSES: 1. %s  2. %s" % (sc["dx"].upper(), " 3. ".join(x.upper() for x in sc["pmh"][:2])))
    L.append("")
    L.append("%s/%s  D:%s T:%s" % (att.last[:2], pick(["rb", "kl", "mj"]), dus(later(dt2, days=los), yy=True), dus(later(dt2, days=los + 2), yy=True)))
    L.append(esig(att, later(dt2, days=los + 3), 0))
    return paginate("\n".join(L), pt, fac, form="VA FORM 10-1000")

def gen_history_physical():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    sc = pick_med(pt)
    v = vitals(**sc.get("vit", {}))
    res, att = Staff("resident"), Staff("attending")
    hpi = fill(" ".join(sc["hpi"]), pt)
    meds = med_set(pt, scen_meds(sc), rint(1, 4))
    L = []
    if lay in (0, 1):
        title = pick(["MEDICINE ADMISSION H&P", "ADMISSION HISTORY & PHYSICAL", "H&P - MEDICINE ADMIT", "ADMIT NOTE", "MEDICINE ADMISSION NOTE", "INTERNAL MEDICINE ADMISSION"])
        L.append(tiu_header(pt, title, pick(["HISTORY & PHYSICAL NOTE", "ADMISSION EVALUATION NOTE", "HOSPITAL ADMISSION NOTE"]), dt, res, att, style=pick([0, 1, 3])))
        L.append("")
        hs = pick(range(6))
        L.append(head("Chief Complaint", hs) + " " + pick(['"%s"' % sc["cc"], sc["cc"].capitalize()]))
        L.append(head("History of Present Illness", hs) + "\n" + wrap(hpi))
        if lay == 0:
            L.append(ros_block())
        L.append(head("Past Medical History", hs) + "\n" + render_list(sc["pmh"], pick([0, 1])))
        L.append(head("Past Surgical History", hs) + " " + pick(["Appendectomy remote", "Denies", "R knee arthroscopy 1990s", "Cholecystectomy", "None"]))
        L.append(head("Medications", hs) + "\n" + render_meds(pt, meds, pick([0, 1, 2])))
        L.append(allergy_line(pt))
        L.append(head("Social History", hs) + " " + social(pt))
        L.append(head("Family History", hs) + " " + pick(["Father with MI at 60s.", "Noncontributory.", "Mother DM2, HTN.", "Brother with colon CA."]))
        L.append(head("Physical Exam", hs) + "\n" + render_exam(sc, pt, v))
        L.append(head("Labs", hs) + "\n" + render_labs_table(sc["labs"], dt))
        L.append("%s: %s" % (sc["img"][0], sc["img"][1]))
        L.append("ECG: %s" % sc["ekg"])
        L.append("")
        L.append(head("Assessment and Plan", hs))
        L.append(ap_block(sc, pt, 0 if lay == 0 else pick([1, 2])))
        L.append(esig(res, dt, cos=att if chance(.5) else None))
        if chance(.7):
            L.append(addendum(att, dt, pick(["ATTENDING ADMISSION NOTE: I have seen and examined the patient with the resident and agree with the findings and plan as documented above, with the following additions: ",
                                             "Attending attestation: Patient seen and examined on the day of admission. I have reviewed the resident's note and agree. ",
                                             "Teaching physician note: I saw and evaluated the patient, discussed with the housestaff team, and agree with their assessment. "])
                                      + pick(["Will monitor closely on telemetry.", "Critical care time 0 min.", "Discussed goals of care with family at bedside.", ""])))
    elif lay == 2:  # preop surgical H&P
        sg = pick_surg(pt)
        surgn = Staff("surgeon")
        L.append(tiu_header(pt, pick(["SURGERY PRE-OP H&P", "PREOPERATIVE HISTORY AND PHYSICAL", "%s H&P" % sg["svc"]]), "SURGERY H & P NOTE", dt, Staff("pa") if chance(.5) else res, surgn, style=pick([0, 2])))
        L.append("")
        L.append("Planned procedure: %s" % sg["proc"])
        L.append("Diagnosis: %s" % sg["pre"])
        L.append("Date of surgery: %s" % dus(later(dt, days=rint(1, 14))))
        L.append("")
        L.append("HPI: " + wrap(fill(sg["ind"], pt)))
        L.append("PMH: " + ", ".join(picks(["HTN", "DM2", "HLD", "OSA", "GERD", "CKD 3", "BPH", "COPD"], rint(2, 4))))
        L.append("PSH: " + pick(["None", "Tonsillectomy as child", "L inguinal hernia repair 1988"]))
        L.append("Anesthesia history: %s" % pick(["No personal or family history of problems with anesthesia.", "PONV with prior surgery.", "Denies complications."]))
        L.append("Meds: " + render_meds(pt, med_set(pt, [], 3), 4))
        L.append(allergy_line(pt))
        L.append("SH: " + social(pt))
        L.append("Functional capacity: %s" % pick(["> 4 METs, climbs 2 flights without stopping", "Walks 1 block, limited by knee pain", "Independent ADLs"]))
        L.append("")
        L.append("EXAM:")
        L.append(vitals_block(vitals(), pt, dt, 1))
        L.append("Airway: Mallampati %s, TMD > 3 FB, full neck ROM" % pick(["I", "II", "III"]))
        L.append("Heart RRR. Lungs CTA. Abd soft. %s" % pick(["Operative site without skin breakdown.", "Focused exam consistent with diagnosis.", ""]))
        L.append("")
        L.append("Preop labs: Hgb %s, Plt %d, Cr %s, K %s, INR %s" % (rf(12, 15.5), rint(160, 320), rf(0.7, 1.4), rf(3.6, 4.8), rf(0.9, 1.1)))
        L.append("ECG: %s" % pick(["NSR, no acute changes", "sinus brady 56, old IWMI", "NSR, LAFB"]))
        L.append("")
        L.append("ASSESSMENT/PLAN: %s. ASA %d. RCRI %d. Proceed with %s as scheduled. Consent signed. NPO after midnight. %s" % (
            sg["pre"], rint(*sg["asa"]), rint(0, 2), sg["proc"].lower(), pick(["Hold metformin AM of surgery.", "Continue beta blocker.", "Hold aspirin 7 days prior per surgeon.", ""])))
        L.append(esig(res, dt, cos=surgn))
    elif lay == 3:  # psych admission
        sc = [s for s in MED_SCEN if s["key"] == "etoh"][0]
        psy = Staff("psych")
        L.append(tiu_header(pt, pick(["PSYCHIATRY ADMISSION NOTE", "MH INPATIENT ADMISSION H&P", "ACUTE PSYCHIATRY ADMISSION EVALUATION"]), "PSYCHIATRY ADMISSION EVALUATION NOTE", dt, psy, style=pick([0, 3])))
        L.append("")
        L.append("IDENTIFYING DATA: %s %s, %s, presenting %s." % (pt.agesex(), pt.era.title() + " era veteran", pick(["divorced", "married", "separated", "never married"]), pick(["voluntarily", "via police escort", "from ED"])))
        L.append("CHIEF COMPLAINT: \"%s\"" % pick(["I need to stop drinking before it kills me", "I can't keep doing this", "My wife said detox or leave"]))
        L.append("\nHPI:\n" + wrap(fill(" ".join(sc["hpi"]), pt)))
        L.append("\nPAST PSYCHIATRIC HISTORY: %s prior detoxes, last %d. %s" % (rint(1, 6), rint(1995, dt.year - 1), pick(["One prior suicide attempt by OD in 2008.", "Denies prior suicide attempts.", "PTSD from combat, followed in PCT."])))
        L.append("SUBSTANCE USE HISTORY: Alcohol since age %d. Tobacco 1 ppd. %s" % (rint(13, 19), pick(["Cannabis occasionally.", "Remote cocaine.", "Denies other drugs."])))
        L.append("SOCIAL HISTORY: " + social(pt))
        L.append("LEGAL: %s" % pick(["DUI x2, last 2011.", "None.", "Pending court date for DWI."]))
        L.append("ACCESS TO FIREARMS: %s" % pick(["Denies.", "Has a shotgun at home; agreed to have brother hold it.", "No."]))
        L.append("\nMENTAL STATUS EXAM:\n  Appearance: disheveled, tremulous\n  Behavior: cooperative, fair eye contact\n  Speech: normal rate, slightly loud\n  Mood: \"anxious\"\n  Affect: constricted, anxious\n  Thought process: linear\n  Thought content: no SI/HI, no delusions\n  Perception: denies AH/VH, no tactile sx\n  Cognition: A&Ox4\n  Insight/Judgment: fair/fair")
        L.append("\nMEDICAL: " + render_exam(sc, pt, vitals(**sc["vit"]), 2))
        L.append("Labs: " + render_labs_inline(sc["labs"]))
        L.append("\nFORMULATION/PLAN:\n" + render_list([fill(x, pt) for x in sc["tx"]] + ["Q15 min checks", "Safety plan", "Social work for housing"], 0))
        L.append(esig(psy, dt))
    elif lay == 4:  # outside H&P scanned
        hosp = pick(OUTSIDE[:3])
        doc = Staff("attending")
        L.append(hosp)
        L.append(pick(["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL EXAMINATION", "H & P", "HOSPITALIST ADMISSION"]))
        L.append("Name: %s, %s   DOB: %s   Room: %d   Adm: %s" % (pt.last, pt.first, dus(pt.dob), rint(200, 699), dus(dt)))
        L.append("Attending: %s    Referring: VA CBOC" % doc.disp)
        L.append("")
        L.append("CHIEF COMPLAINT: %s" % sc["cc"].capitalize())
        L.append("HISTORY OF PRESENT ILLNESS: " + wrap(hpi))
        L.append("PAST MEDICAL HISTORY: " + ", ".join(sc["pmh"]) + ".")
        L.append("MEDICATIONS: " + render_meds(pt, meds, 4))
        L.append(allergy_line(pt).upper())
        L.append("SOCIAL HISTORY: " + social(pt))
        L.append("REVIEW OF SYSTEMS: As per HPI, otherwise negative in detail.")
        L.append("PHYSICAL EXAMINATION: " + render_exam(sc, pt, v, 2).replace("\n", " "))
        L.append("LABORATORY: " + render_labs_inline(sc["labs"]) + ".")
        L.append("IMPRESSION: " + sc["dx"] + ".")
        L.append("PLAN: " + "; ".join(fill(x, pt) for x in sc["tx"]) + ".")
        L.append("")
        L.append("%s\nD: %s T: %s" % (doc.disp, dus(dt, yy=True), dus(later(dt, 1), yy=True)))
        return ocr_noise("\n".join(L), 0.007)
    elif lay == 5:  # CLC admission
        np_ = Staff(pick(["np", "attending"]))
        L.append(tiu_header(pt, pick(["CLC ADMISSION H&P", "NHCU ADMISSION HISTORY AND PHYSICAL", "COMMUNITY LIVING CENTER ADMISSION"]), "HISTORY & PHYSICAL NOTE", dt, np_, style=pick([0, 2, 3])))
        L.append("")
        L.append("Admitted to CLC from %s for %s following hospitalization for %s." % (pick(["4 West", "acute medicine", "outside hospital"]), pick(["skilled rehab", "short-stay rehab", "respite", "long-term care"]), sc["short"]))
        L.append("\nHOSPITAL COURSE SUMMARY: " + wrap(fill(sc["course"], pt)))
        L.append("\nPROBLEM LIST:\n" + render_list(sc["pmh"] + [sc["dx"]], 0))
        L.append("\nFUNCTIONAL STATUS: Prior to admission %s. Currently %s." % (pick(["independent ADLs/IADLs", "needed help with bathing", "walked with cane"]), pick(["requires min assist for transfers, walker", "wheelchair level", "SBA ambulation 50 ft with RW"])))
        L.append("COGNITION: SLUMS %d/30." % rint(14, 29))
        L.append("CONTINENCE: %s" % pick(["continent of bowel and bladder", "occasional urinary incontinence", "Foley in place"]))
        L.append("\nEXAM: " + render_exam(sc, pt, vitals(), 1))
        L.append("Skin: Braden %d, %s" % (rint(13, 20), pick(["no pressure injuries", "stage 2 sacral pressure injury 1x1 cm", "heels intact"])))
        L.append("\nMEDICATIONS reconciled - see CLC orders.")
        L.append("\nGOALS OF CARE: %s. Code status: %s." % (pick(["Return home with wife", "Long term placement", "Rehab then reassess"]), pick(["DNR", "Full code", "DNR/DNI, see LST"])))
        L.append("PLAN: PT/OT evaluate and treat, dietitian, SW for discharge planning, fall precautions.")
        L.append(esig(np_, dt))
    else:  # old 2000s all caps dictation
        L.append(pick(["HISTORY AND PHYSICAL EXAMINATION", "ADMISSION H&P", "ADMISSION WORKUP"]))
        L.append("%s  %s    WARD: %s" % (pt.vname, pt.ssn, pick(["5 EAST", "MICU", "2 WEST"])))
        L.append("")
        body = ("CC: %s. HPI: %s PMH: %s. MEDS: %s. %s. SH: %s PE: %s. LABS: %s. CXR: %s IMPRESSION: %s. PLAN: %s." % (
            sc["cc"], hpi, ", ".join(sc["pmh"]), "; ".join(MEDS[k][2] for k in meds), allergy_line(pt), social(pt),
            " ".join("%s %s" % (k, fill(x, pt)) for k, x in sc["exam"].items()), render_labs_inline(sc["labs"]), sc["img"][1], sc["dx"],
            "; ".join(fill(x, pt) for x in sc["tx"]))).upper()
        L.append(wrap(body, 72))
        L.append("")
        L.append("%s/%s" % (res.last[:3], pick(["dl", "kw", "pb"])))
        L.append(esig(res, dt, 0, cos=att))
        return paginate("\n".join(L), pt, fac)
    txt = "\n".join(L)
    return paginate(txt, pt, fac) if chance(.35) else txt

REMINDERS = [
    "Depression screen (PHQ-2) negative, score 0.", "PTSD screen (PC-PTSD-5) %d/5." ,
    "AUDIT-C score %d.", "Tobacco: Patient advised to quit; offered NRT.", "Influenza vaccine given today, see immunization record.",
    "Colorectal cancer screening: FIT kit provided.", "Diabetic foot exam: monofilament intact bilaterally.",
    "Suicide risk screen (C-SSRS screener) negative.", "MOVE! weight management offered, declined.",
    "Fall risk screen: no falls in past 12 months.", "Pneumococcal vaccine up to date.", "TBI screen negative.",
    "Military Sexual Trauma screen: negative.", "Homeless screen: stably housed."]

def gen_progress_note():
    pt, fac, dt = new_ctx()
    lay = pick(range(8))
    sc = pick_med(pt)
    L = []
    if lay == 0:  # primary care PACT SOAP
        au = Staff(pick(["attending", "np", "resident", "pa"]))
        L.append(tiu_header(pt, pick(["PRIMARY CARE NOTE", "PACT PROVIDER FOLLOW UP", "PRIMARY CARE OUTPATIENT NOTE", "PC RETURN VISIT", "CBOC PROVIDER NOTE"]),
                            "PRIMARY CARE NOTE", dt, au, style=pick(range(5)), visit="%s PACT %s %s" % (fac["town"], pick(["BLUE", "RED", "TEAM 2", "GOLD"]), dv(dt))))
        L.append("")
        probs = picks(["HTN", "DM2", "HLD", "OA knees", "GERD", "BPH", "PTSD", "Obesity", "Tobacco use", "CKD 3"], rint(3, 5))
        L.append("S: %s %s here for %s. %s" % (pt.agesex(), "with " + ", ".join(probs), pick(["routine follow up", "3 month f/u", "annual exam", "f/u labs", "med refills"]),
                                                pick(["Feels well. No complaints.", "Reports more knee pain with weather change.", "Checking BG at home, fasting 110s-160s.",
                                                      "Ran out of BP meds x 1 week.", "Sleep poor, nightmares 2-3x/week."])))
        L.append("")
        L.append("O: " + vitals_block(vitals(), pt, dt, pick([0, 1, 2, 3])))
        L.append("Gen NAD. CV RRR. Lungs CTA. Ext no edema. %s" % pick(["Feet: no ulcers, pulses 2+.", "Knees crepitus, no effusion.", ""]))
        L.append("Labs %s: A1c %s, LDL %d, Cr %s, K %s" % (dus(later(dt, days=-rint(3, 20))), rf(5.8, 9.5), rint(60, 160), rf(0.8, 1.6), rf(3.8, 5.1)))
        L.append("")
        L.append("A/P:")
        for p in probs:
            L.append("%s - %s" % (p, pick(["controlled, continue current meds", "not at goal, titrate", "stable", "discussed lifestyle modification", "recheck 3 mos", "refer to specialty"])))
        L.append("")
        L.append("CLINICAL REMINDERS:")
        for r in picks(REMINDERS, rint(2, 5)):
            L.append("  " + (r % rint(0, 5) if "%d" in r else r))
        L.append("\nRTC %s. Labs prior to next visit." % pick(["3 months", "4 months", "6 months", "1 month"]))
        L.append(esig(au, dt))
    elif lay == 1:  # inpatient daily
        res, att = Staff("resident"), Staff("attending")
        hd = rint(2, 6)
        v = vitals()
        L.append(tiu_header(pt, pick(["MEDICINE PROGRESS NOTE", "INPATIENT PROGRESS NOTE", "HOSPITALIST DAILY NOTE", "MICU PROGRESS NOTE"]),
                            "PROGRESS NOTE", dt, res, att, style=pick([0, 3])))
        L.append("")
        L.append("HD #%d   %s" % (hd, sc["short"]))
        L.append("")
        L.append("S: " + pick(["No acute events overnight.", "Pt reports feeling better, slept well.", "Overnight had one episode of %s, resolved." % pick(["hypoglycemia to 62", "agitation", "chest discomfort, ECG unchanged"]), "NAEO. Ambulated with PT."]))
        L.append("O: " + vitals_block(v, pt, dt, 1))
        L.append("I/O: %d/%d" % (rint(800, 2000), rint(900, 3500)))
        L.append(render_exam(sc, pt, v, 1).split("\n", 1)[1])
        L.append("Labs: " + render_labs_table([(n, val, u, r, f) for n, val, u, r, f in sc["labs"]], dt, 2))
        L.append("")
        L.append("A/P: " + ap_block(sc, pt, pick([0, 2])))
        L.append(esig(res, dt, cos=att))
    elif lay == 2:  # mental health med management
        psy = Staff("psych")
        L.append(tiu_header(pt, pick(["MH MEDICATION MANAGEMENT", "PSYCHIATRY OUTPATIENT NOTE", "PCMHI FOLLOW UP", "MENTAL HEALTH PROGRESS NOTE"]),
                            "MENTAL HEALTH NOTE", dt, psy, style=pick(range(5))))
        L.append("")
        L.append("Veteran seen for %s. Dx: PTSD, %s." % (pick(["f/u", "30 min med mgmt", "scheduled follow up"]), pick(["MDD recurrent moderate", "insomnia", "AUD in early remission"])))
        L.append("Interval: %s" % pick(["Reports nightmares decreased from nightly to 2x/week on prazosin.", "Stressors: VA claim pending, wife's illness.", "Started CPT with psychologist, 4 of 12 sessions completed."]))
        L.append("PHQ-9: %d   PCL-5: %d" % (rint(3, 22), rint(18, 60)))
        L.append("MSE: Alert, casually dressed, good eye contact, speech normal, mood '%s', affect %s, TP linear/goal-directed, denies SI/HI/AVH, insight/judgment fair." % (pick(["ok", "tired", "better"]), pick(["mildly dysthymic", "euthymic", "constricted"])))
        L.append("Suicide risk: %s" % pick(["Low acute. No access to firearms.", "Low; protective factors: children, faith.", "Chronic risk moderate, acute low. Safety plan reviewed."]))
        L.append("PLAN: Continue sertraline %d mg daily, prazosin %d mg qHS. %s RTC %d weeks." % (pick([50, 100, 150, 200]), pick([2, 3, 5]), pick(["Labs none.", "Referred to sleep group.", ""]), pick([4, 6, 8, 12])))
        L.append(esig(psy, dt))
    elif lay == 3:  # pharmacy anticoag
        ph = Staff("pharmd")
        inr = rf(1.6, 3.9)
        L.append(tiu_header(pt, pick(["ANTICOAGULATION CLINIC NOTE", "PHARMACY ANTICOAGULATION MANAGEMENT", "ACC TELEPHONE FOLLOW-UP"]), "ANTICOAGULATION NOTE", dt, ph, style=pick(range(5))))
        L.append("")
        L.append("Indication: %s    Goal INR: %s    Duration: %s" % (pick(["Atrial fibrillation", "DVT LLE", "Mechanical AVR"]), pick(["2.0-3.0", "2.5-3.5"]), pick(["indefinite", "3 months"])))
        L.append("Current weekly dose: %d mg (%s)" % (rint(20, 50), pick(["5 mg daily except 2.5 mg Mon/Fri", "7.5 mg daily", "5 mg daily"])))
        L.append("Today's INR: %s (%s)" % (inr, pick(["POC", "lab"])))
        L.append("Bleeding: %s   Missed doses: %s   Diet changes: %s   Med changes: %s" % (pick(["none", "gum bleeding x1"]), pick(["none", "1"]), pick(["none", "more salads"]), pick(["none", "started doxycycline"])))
        act = "No change" if 2.0 <= inr <= 3.0 else ("Increase weekly dose by 10%" if inr < 2 else "Hold 1 dose then decrease weekly dose by 10%")
        L.append("ASSESSMENT: INR %s. %s." % ("therapeutic" if 2.0 <= inr <= 3.0 else ("subtherapeutic" if inr < 2 else "supratherapeutic"), act))
        L.append("Next INR: %s" % dus(later(dt, days=pick([7, 14, 28]))))
        L.append("Patient verbalized understanding. Total time %d minutes." % rint(10, 20))
        L.append(esig(ph, dt))
    elif lay == 4:  # social work
        sw = Staff("lcsw")
        L.append(tiu_header(pt, pick(["SOCIAL WORK NOTE", "SW INPATIENT ASSESSMENT", "SOCIAL WORK DISCHARGE PLANNING", "HUD-VASH CASE MANAGEMENT"]), "SOCIAL WORK NOTE", dt, sw, style=pick(range(5))))
        L.append("")
        L.append(wrap("SW met with Veteran %s to %s. Veteran lives %s. %s %s" % (
            pick(["at bedside", "in clinic", "by phone", "with %s present" % pt.nok_rel.lower()]),
            pick(["assess discharge needs", "discuss housing", "complete psychosocial assessment", "follow up on caregiver support"]),
            pick(["alone in a 2-story home", "with spouse", "in his truck", "in transitional housing"]),
            pick(["Income: VA SC %d%% plus SSA." % pt.sc, "Has Medicare A/B.", "No income currently."]),
            pick(["Referral placed for Homemaker/Home Health Aide.", "Provided information on VA caregiver program.", "Will coordinate with HBPC.", "Provided bus tokens and food pantry list."]))))
        L.append("")
        L.append("PLAN: %s" % pick(["SW will continue to follow.", "Veteran has SW contact number.", "F/u 2 weeks."]))
        L.append(esig(sw, dt))
    elif lay == 5:  # telephone
        au = Staff(pick(["rn", "np", "attending"]))
        L.append(tiu_header(pt, pick(["TELEPHONE CONTACT NOTE", "PC TELEPHONE ENCOUNTER", "TELEPHONE FOLLOW UP"]), "TELEPHONE ENCOUNTER NOTE", dt, au, style=pick(range(5))))
        L.append("")
        L.append("Called veteran at %s re: %s. %s" % (pt.phone, pick(["lab results", "missed appointment", "medication question", "post-discharge follow up"]),
                                                     pick(["Identity verified with full name and DOB.", "Two identifiers verified.", "Left message on VM."])))
        L.append(wrap(pick(["Informed of normal labs. No changes.", "A1c %s; discussed increasing metformin." % rf(7.2, 9.4),
                            "Veteran reports doing well since discharge, taking meds as prescribed, has follow up appt.", "Rescheduled appointment."])))
        L.append(esig(au, dt, pick([2, 4])))
    elif lay == 6:  # specialty follow-up narrative
        au = Staff(pick(["attending", "cards", "np"]))
        L.append(tiu_header(pt, pick(["CARDIOLOGY CLINIC NOTE", "ENDOCRINE FOLLOW-UP", "PULMONARY CLINIC F/U", "RENAL CLINIC", "GI CLINIC NOTE"]), "SPECIALTY CLINIC NOTE", dt, au, style=pick(range(5))))
        L.append("")
        L.append(wrap("%s returns for follow up of %s, last seen %d months ago. %s Current medications reviewed and reconciled. %s" % (
            pt.mrl, sc["dx"].lower(), rint(2, 8), pick(["Doing well.", "Notes mild fatigue.", "Had an ED visit since last seen."]), allergy_line(pt))))
        L.append("")
        L.append(vitals_block(vitals(), pt, dt, 2))
        L.append("Exam: " + "; ".join(fill(x, pt) for x in list(sc["exam"].values())[:3]))
        L.append("")
        L.append(wrap("IMPRESSION/PLAN: %s, %s. %s. Return %s." % (sc["short"], pick(["stable", "improved", "partially controlled"]), sc["change"].rstrip("."), pick(["3 months", "6 months", "PRN"]))))
        L.append(esig(au, dt))
    else:  # nurse-lead? no: resident outpatient with attending attestation, narrative
        res, att = Staff("resident"), Staff("attending")
        L.append(print_header(fac))
        L.append(tiu_header(pt, "RESIDENT CLINIC NOTE", "PRIMARY CARE NOTE", dt, res, att, style=pick([0, 1])))
        L.append("")
        L.append("Subjective\n" + wrap("%s here for post-hospital follow up after admission for %s. %s" % (pt.agesex(), sc["short"], pick(["Feels much better.", "Still tired.", "Completed antibiotics."]))))
        L.append("Objective\n" + vitals_block(vitals(), pt, dt, 1))
        L.append("Assessment/Plan\n" + wrap("%s - resolving. %s %s" % (sc["dx"], sc["change"], sc["fu"])))
        L.append(esig(res, dt, cos=att))
        L.append(addendum(att, dt, "I discussed this patient with the resident and agree with the plan."))
    txt = "\n".join(L)
    return paginate(txt, pt, fac) if chance(.3) else txt

def consult_hdr(pt, fac, dt, svc, reason, req):
    cn = rint(100000, 999999)
    return "\n".join([
        "                    Consult Request/Result",
        "Current PAT. STATUS: %s" % pick(["Inpatient", "Outpatient"]),
        "Primary Eligibility: %s" % pick(["SC LESS THAN 50%", "SERVICE CONNECTED 50% to 100%", "NSC", "NSC, VA PENSION"]),
        "Order Information",
        "To Service:          %s" % svc,
        "From Service:        %s" % pick(["4 WEST", "PRIMARY CARE", "MEDICINE", "ED"]),
        "Requesting Provider: %s" % req.vname,
        "Service is to be rendered on an %s basis" % pick(["INPATIENT", "OUTPATIENT"]),
        "Place:               %s" % pick(["Bedside", "Consultant's choice"]),
        "Urgency:             %s" % pick(["Routine", "Within 24 hours", "Today", "Next available"]),
        "Orderable Item:      %s" % svc,
        "Consult:             Consult Request",
        "Provisional Diagnosis: %s" % reason,
        "Reason For Request:",
        wrap(reason, indent="  "),
        "Consult No.: %d   Request Date: %s" % (cn, dv(later(dt, days=-rint(0, 20)))),
        "", "Consult Results:", ""])

def gen_consult_note():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    sc = pick_med(pt)
    req = Staff(pick(["resident", "attending", "np"]))
    L = []
    if lay == 0:  # CPRS consult with request header
        cons = Staff("attending")
        L.append(consult_hdr(pt, fac, dt, sc["consult"], "Please evaluate %s, %s" % (sc["short"], pick(["recs re: management", "?further workup", "assist with management"])), req))
        L.append(tiu_header(pt, "%s CONSULT" % sc["consult"], "%s CONSULT" % sc["consult"], dt, cons, style=0))
        L.append("")
        L.append("Thank you for this consult. Patient seen and examined, chart reviewed.")
        L.append("HPI: " + wrap(fill(" ".join(sc["hpi"]), pt)))
        L.append("Meds: " + render_meds(pt, scen_meds(sc), 4))
        L.append("Exam: " + render_exam(sc, pt, vitals(**sc.get("vit", {})), 1))
        L.append("Data: " + render_labs_inline(sc["labs"]) + ". ECG: " + sc["ekg"])
        L.append("")
        L.append("IMPRESSION: " + sc["dx"])
        L.append("RECOMMENDATIONS:\n" + render_list([fill(x, pt) for x in sc["tx"]], 0))
        L.append("Will follow with you. Please page with questions, pager %d." % rint(1000, 9999))
        L.append(esig(cons, dt))
    elif lay == 1:  # psychiatry C-L
        psy = Staff("psych")
        L.append(tiu_header(pt, pick(["PSYCHIATRY C&L CONSULT", "CONSULTATION-LIAISON PSYCHIATRY"]), "PSYCHIATRY CONSULT", dt, psy, style=pick([0, 3])))
        L.append("")
        L.append("Reason for consult: %s" % pick(["capacity to leave AMA", "depressed mood, ?SI", "agitation, ?delirium"]))
        L.append("Requesting: %s" % req.dr)
        L.append(wrap("History: %s currently admitted for %s. Primary team concerned about %s." % (pt.agesex(), sc["short"], pick(["statements of hopelessness", "pulling at lines overnight", "wanting to leave"]))))
        L.append("MSE: %s" % pick(["Drowsy, inattentive (fails months backward), oriented to self and place only, disorganized.", "Alert, oriented x4, mood 'down', affect constricted, denies SI, future oriented."]))
        L.append("Capacity: %s" % pick(["Patient lacks capacity for this decision at this time.", "Patient demonstrates capacity: understands, appreciates, reasons and expresses a consistent choice."]))
        L.append("ASSESSMENT: %s" % pick(["Delirium, multifactorial (infection, sleep deprivation).", "Adjustment disorder with depressed mood. Low acute suicide risk."]))
        L.append("RECS:\n" + render_list(picks(["Avoid benzodiazepines and anticholinergics", "Haloperidol 0.5 mg PO/IV q6h PRN severe agitation", "Sleep hygiene, lights on days/off nights", "No 1:1 sitter required", "Outpatient MH referral at discharge", "Check QTc"], 4), 1))
        L.append(esig(psy, dt))
    elif lay == 2:  # outside specialist consultation report
        doc = Staff(pick(["cards", "attending"]))
        clinic = pick(OUTSIDE[7:])
        L.append(clinic)
        L.append("%d %s, SUITE %d" % (rint(100, 9999), pick(["MEDICAL PLAZA DR", "PROFESSIONAL PKWY"]), rint(100, 400)))
        L.append("Phone %s   Fax %s" % (phone(), phone()))
        L.append("")
        L.append(dlong(dt))
        L.append("")
        L.append("RE: %s %s   DOB %s" % (pt.first.title(), pt.last.title(), dus(pt.dob)))
        L.append(pick(["CONSULTATION", "NEW PATIENT CONSULTATION", "Consultation Report", ""]))
        L.append("")
        L.append(wrap("Thank you for asking me to see this pleasant %d-year-old veteran, authorized under the Community Care program, for evaluation of %s. %s" % (pt.age, sc["short"], fill(" ".join(sc["hpi"][:2]), pt))))
        L.append("")
        L.append("PMH: %s. Medications: %s." % (", ".join(sc["pmh"]), ", ".join(MEDS[k][2] for k in scen_meds(sc)[:4])))
        L.append("EXAM: " + "; ".join(fill(x, pt) for x in sc["exam"].values()))
        L.append("")
        L.append(wrap("IMPRESSION AND RECOMMENDATIONS: %s. I would recommend %s. I will see the patient back in %s and will forward results to the VA." % (sc["dx"], "; ".join(fill(x, pt).lower() for x in sc["tx"][:3]), pick(["3 months", "6 weeks"]))))
        L.append("")
        L.append("Sincerely,\n\n\n%s\n%s" % (doc.disp, pick(["Cardiology", "Diplomate, ABIM", "Board Certified"])))
        return ocr_noise("\n".join(L), 0.005)
    elif lay == 3:  # podiatry/wound consult
        pod = Staff(pick(["attending", "np"]))
        L.append(consult_hdr(pt, fac, dt, pick(["PODIATRY", "WOUND CARE"]), "Diabetic foot ulcer / wound evaluation", req) if chance(.5) else "")
        L.append(tiu_header(pt, pick(["PODIATRY CONSULT", "WOUND CARE CONSULT NOTE", "PODIATRY NEW PATIENT"]), "PODIATRY CONSULT", dt, pod, style=pick(range(5))))
        L.append("")
        L.append("CC: %s" % pick(["sore on bottom of right foot", "thick painful toenails", "wound L heel"]))
        L.append("Vascular: DP %s/4 PT %s/4 bilat, CFT <3 sec. Neuro: monofilament %s/10 sites. Derm: %s" % (
            rint(0, 2), rint(0, 2), rint(0, 10), pick(["Full thickness ulcer plantar R 1st MPJ 1.2 x 0.8 x 0.3 cm, granular base, no probe to bone.", "Onychomycosis 1-5 bilateral, elongated and thickened.", "Stage 2 pressure injury L heel 2x2 cm."])))
        L.append("A: %s. Risk category %d." % (pick(["Diabetic foot ulcer, Wagner 1", "Onychomycosis", "Pressure injury heel"]), rint(1, 3)))
        L.append("P: %s" % pick(["Sharp debridement performed, offloading shoe, dressing: silver alginate. RTC 1 week.", "Nails debrided x10 without incident. RTC 10 weeks.", "ABI ordered. Heel offloading boot."]))
        L.append(esig(pod, dt))
    elif lay == 4:  # e-consult
        cons = Staff("attending")
        L.append(tiu_header(pt, pick(["E-CONSULT %s" % sc["consult"], "%s E-CONSULT RESPONSE" % sc["consult"]]), "E-CONSULT", dt, cons, style=pick([0, 1, 3])))
        L.append("")
        L.append("Question from PCP: %s" % pick(["How to manage %s after discharge?" % sc["short"], "Need for further workup?", "Adjust meds?"]))
        L.append("This is an electronic consultation based on chart review only; the patient was not seen or examined.")
        L.append("Chart reviewed: notes, labs (%s), imaging." % render_labs_inline(sc["labs"][:3]))
        L.append("RECOMMENDATIONS:\n" + render_list([fill(x, pt) for x in sc["tx"][:3]] + ["Re-consult if worsening"], 0))
        L.append("Time spent: %d minutes." % rint(15, 40))
        L.append(esig(cons, dt))
    elif lay == 5:  # surgical consult
        sg = pick_surg(pt)
        surgn = Staff("surgeon")
        sres = Staff("resident")
        L.append(tiu_header(pt, "%s CONSULT" % sg["svc"], "SURGERY CONSULT", dt, sres, surgn, style=pick([0, 1])))
        L.append("")
        L.append("Reason for consult: %s" % sg["pre"])
        L.append("HPI: " + wrap(fill(sg["ind"], pt).split(". Risks")[0].rstrip(".") + "."))
        L.append("PMH: " + ", ".join(picks(["HTN", "DM2", "CAD", "COPD", "CKD", "OSA"], 3)))
        L.append(allergy_line(pt))
        L.append(vitals_block(vitals(), pt, dt, 2))
        L.append("Focused exam: %s" % pick(["consistent with diagnosis", "see HPI", "no peritoneal signs", "neurovascularly intact distally"]))
        L.append("A/P: %s. Candidate for %s. %s" % (sg["pre"], sg["proc"].lower(), pick(["Will schedule in clinic.", "Risks/benefits discussed, patient wishes to proceed.", "Needs cardiology clearance first."])))
        L.append(esig(sres, dt, cos=surgn))
    else:  # ID consult narrative
        cons = Staff("attending")
        L.append(print_header(fac))
        L.append("%s   %s" % (dv(dt), pick(["INFECTIOUS DISEASE CONSULT", "ID CONSULT NOTE", "CONSULTATION - INFECTIOUS DISEASES"])))
        L.append("")
        L.append(wrap("Asked by %s to evaluate for %s. %s presents with %s. Current antibiotics: %s. Cultures: %s." % (
            req.dr, pick(["antibiotic choice", "bacteremia", "fever"]), pt.agesex(), sc["cc"], pick(["ceftriaxone day 2", "vancomycin/pip-tazo", "cefazolin"]),
            pick(["BCx 2/2 GPC in chains", "UCx E. coli >100K", "pending", "no growth to date"]))))
        L.append("IMPRESSION: " + sc["dx"])
        L.append("RECS: " + "; ".join(fill(x, pt) for x in sc["tx"][:3]) + ". ID will follow.")
        L.append(esig(cons, dt))
    return "\n".join(L)

def gen_ed_note():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    sc = pick_med(pt)
    v = vitals(**sc.get("vit", {}))
    doc = Staff(pick(["attending", "resident", "pa", "np"]))
    hpi = fill(" ".join(sc["hpi"]), pt)
    L = []
    esi = rint(2, 3)
    if lay == 0:
        L.append(tiu_header(pt, pick(["EMERGENCY DEPT NOTE", "ED PHYSICIAN NOTE", "EMERGENCY DEPARTMENT PROVIDER NOTE"]), "EMERGENCY DEPT NOTE", dt, doc, style=pick([0, 1, 3])))
        L.append("")
        L.append("Time seen: %s   Triage ESI: %d   Arrival: %s" % (tm(dt), esi, pick(["Ambulatory", "EMS", "Private vehicle", "Wheelchair"])))
        L.append("CC: %s" % sc["cc"])
        L.append("HPI: " + wrap(hpi))
        L.append("PMH: " + ", ".join(sc["pmh"]))
        L.append("Meds: see CPRS med list. " + allergy_line(pt))
        L.append("ROS: Negative except per HPI.")
        L.append("PE: " + render_exam(sc, pt, v, pick([0, 1])))
        L.append("ED COURSE/MDM: " + wrap("%s. Labs notable for %s. %s. ECG: %s. Given %s. %s" % (
            pick(["Differential includes", "Ddx considered"]) + " " + sc["short"] + pick([", ACS, PE", ", sepsis", ""]),
            render_labs_inline(sc["labs"][:3]), sc["img"][1], sc["ekg"], fill(sc["tx"][0], pt).lower(), pick(["Discussed with admitting hospitalist who accepts.", "Case discussed with MOD.", "Reassessed: improved."]))))
        L.append("DIAGNOSIS: %s" % sc["dx"])
        L.append("DISPO: %s   Condition: %s" % (pick(["Admit medicine", "Admit tele", "Admit ICU", "Transfer to affiliate"]), pick(["guarded", "stable", "fair"])))
        L.append(esig(doc, dt))
    elif lay == 1:  # ED triage
        rn = Staff("rn")
        L.append(tiu_header(pt, pick(["ED TRIAGE NOTE", "EMERGENCY DEPT TRIAGE", "URGENT CARE TRIAGE"]), "EMERGENCY DEPT NURSING NOTE", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("Arrival time: %s  Mode: %s" % (tm(dt), pick(["walk-in", "EMS", "family"])))
        L.append("Chief complaint: %s" % sc["cc"].upper())
        L.append(vitals_block(v, pt, dt, 0))
        L.append("Pain scale 0-10: %d  Location: %s" % (v["pain"], pick(["chest", "leg", "none", "generalized"])))
        L.append("ESI level: %d" % esi)
        L.append("Suicide screen: Over past month have you wished you were dead? %s" % pick(["NO", "NO", "YES - MH notified"]))
        L.append("Fall risk: %s   Isolation: %s" % (pick(["Low", "High - yellow band applied"]), pick(["None", "Contact"])))
        L.append("Triage narrative: " + wrap(fill(sc["hpi"][0], pt)))
        L.append("Placed in room %d, provider notified." % rint(1, 18))
        L.append(esig(rn, dt, pick([0, 2])))
    elif lay == 2:  # urgent care short
        L.append(tiu_header(pt, pick(["URGENT CARE NOTE", "UC PROVIDER NOTE", "WALK-IN CLINIC NOTE"]), "URGENT CARE NOTE", dt, doc, style=pick(range(5))))
        L.append("")
        uc = pick([("ankle sprain", "Twisted R ankle stepping off curb yesterday.", "Ottawa negative, lateral ankle swelling, TTP ATFL", "Right ankle sprain", "RICE, ACE wrap, ibuprofen 400 mg TID x5d"),
                   ("URI", "3 days of sore throat, congestion, nonproductive cough.", "Pharynx mildly erythematous, no exudate, lungs clear", "Viral URI", "Supportive care, fluids, guaifenesin"),
                   ("gout flare", "L great toe red and painful since last night.", "L 1st MTP erythematous, warm, exquisitely tender", "Acute gout", "Prednisone 40 mg x5 d, ice, f/u PCP re: allopurinol"),
                   ("laceration", "Cut L hand on box cutter 2 hours ago.", "3 cm linear lac L thenar, NVI, tendons intact", "Laceration L hand", "Repaired w/ 5 simple interrupted 4-0 nylon, Td updated, suture removal 10 days")])
        L.append("S: %s %s" % (pt.agesex(), uc[1]))
        L.append("O: " + vitals_block(vitals(), pt, dt, 1) + "\n   " + uc[2])
        L.append("A: %s" % uc[3])
        L.append("P: %s. Return precautions given." % uc[4])
        L.append(esig(doc, dt))
    elif lay == 3:  # outside ED record scanned
        hosp = pick(OUTSIDE[:3])
        L.append(hosp + "  EMERGENCY DEPARTMENT")
        L.append(pick(["PHYSICIAN RECORD", "ED Provider Documentation", "EMERGENCY PHYSICIAN REPORT"]))
        L.append("Pt: %s, %s   DOB: %s   Arrival: %s %s" % (pt.last, pt.first, dus(pt.dob), dus(dt), tm(dt)))
        L.append("Insurance: VA / %s" % pick(["Medicare", "self-pay", "TRICARE"]))
        L.append("")
        L.append("HPI: " + wrap(hpi))
        L.append("Exam: " + "; ".join("%s %s" % (k, fill(x, pt)) for k, x in sc["exam"].items()))
        L.append("Results: " + render_labs_inline(sc["labs"]))
        L.append("Clinical impression: %s" % sc["dx"])
        L.append("Disposition: %s" % pick(["Transferred to VA per patient request, accepted by VA MOD", "Admitted", "Discharged home, f/u VA"]))
        L.append("Physician: %s   Time: %s" % (doc.disp, tm(later(dt, hours=rint(2, 5)))))
        return ocr_noise("\n".join(L), 0.008)
    elif lay == 4:  # templated with checkboxes
        L.append(tiu_header(pt, "ED PROVIDER NOTE", "EMERGENCY DEPT NOTE", dt, doc, style=0))
        L.append("")
        L.append("Source of history: [X] Patient  [%s] Family  [ ] EMS  [ ] Chart" % pick(["X", " "]))
        L.append("Chief Complaint: %s" % sc["cc"])
        L.append("History of Present Illness:\n" + wrap(hpi))
        L.append("Review of Systems:  [X] All others negative")
        L.append("Physical Exam:\n" + render_exam(sc, pt, v, 0))
        L.append("Diagnostics:\n  [X] CBC  [X] BMP  [%s] Troponin  [%s] CXR  [X] ECG" % (pick("X "), pick("X ")))
        L.append("  " + render_labs_inline(sc["labs"]))
        L.append("Medical Decision Making: %s" % pick(["High complexity", "Moderate complexity"]))
        L.append("Final Impression: %s" % sc["dx"])
        L.append("Disposition: [X] Admit  [ ] Discharge  [ ] Transfer  [ ] AMA")
        L.append(esig(doc, dt, pick([1, 3])))
    elif lay == 5:  # ED discharge with brief narrative (non-admit)
        L.append(tiu_header(pt, pick(["ED NOTE", "EMERGENCY DEPARTMENT NOTE - DISCHARGED"]), "EMERGENCY DEPT NOTE", dt, doc, style=pick([2, 3, 4])))
        L.append("")
        cp = rint(0, 1)
        L.append(wrap("%s presents with %s. %s Exam unremarkable except %s. Workup: %s, CXR %s, ECG %s. %s Discharged home in stable condition with PCP follow up in %s." % (
            pt.agesex(), pick(["atypical chest pain x 2 days, reproducible", "dizziness on standing", "low back pain after lifting", "headache"]),
            pick(["No red flags.", "Similar episodes previously.", ""]), pick(["mild paraspinal tenderness", "orthostatic HR increase", "chest wall tenderness"]),
            pick(["troponin x2 negative", "CBC/BMP normal", "labs unremarkable"]), pick(["clear", "no acute process"]), pick(["NSR, no ischemic changes", "unchanged from prior"]),
            pick(["HEART score 2.", "Given IVF 1 L with improvement.", "Given ketorolac 15 mg IM with relief."]), pick(["1 week", "2-3 days"]))))
        L.append("Dx: %s" % pick(["Chest wall pain", "Orthostatic dizziness, dehydration", "Lumbar strain", "Tension headache"]))
        L.append(esig(doc, dt))
    else:  # old-style 2002 ER note all caps
        L.append("EMERGENCY ROOM NOTE  %s" % dvc(dt, True))
        L.append("")
        L.append(wrap(("CC %s. %s PE: BP %s HR %d RR %d T %s SAT %d%%. %s. LABS: %s. IMP: %s. PLAN: %s." % (
            sc["cc"], hpi, v["bp"], v["hr"], v["rr"], v["t"], v["sp"], "; ".join(fill(x, pt) for x in sc["exam"].values()),
            render_labs_inline(sc["labs"][:4]), sc["short"], "ADMIT " + sc["svc"])).upper(), 72))
        L.append(esig(doc, dt, 0))
    return "\n".join(L)

def gen_transfer_summary():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    sc = pick_med(pt)
    doc = Staff(pick(["attending", "resident"]))
    L = []
    dest = pick(["%s" % pick(FACILITIES)["name"], pick(OUTSIDE[:3] + [OUTSIDE[6]])])
    if lay == 0:  # Inter-facility transfer form
        L.append("Department of Veterans Affairs")
        L.append(pick(["INTER-FACILITY TRANSFER FORM", "INTERFACILITY TRANSFER", "VA FORM 10-2649A"]))
        L.append("")
        L.append("PATIENT NAME: %s      SSN: %s" % (pt.vname, pt.ssn))
        L.append("TRANSFERRING FACILITY: %s" % fac["name"])
        L.append("RECEIVING FACILITY: %s" % dest)
        L.append("ACCEPTING PHYSICIAN: Dr. %s    DATE/TIME ACCEPTED: %s" % (pick(LAST).title(), dus(dt, True)))
        L.append("REASON FOR TRANSFER: [%s] Higher level of care  [%s] Specialty service not available  [ ] Patient request" % (pick("X "), pick("X ")))
        L.append("Specialty needed: %s" % pick(["Interventional cardiology", "Neurosurgery", "Cardiothoracic surgery", "Interventional radiology"]))
        L.append("")
        L.append("DIAGNOSIS: %s" % sc["dx"])
        L.append("SUMMARY OF CARE: " + wrap(fill(sc["hpi"][0], pt) + " " + "; ".join(fill(x, pt) for x in sc["tx"])))
        L.append("CURRENT VITALS: " + vitals_block(vitals(**sc.get("vit", {})), pt, dt, 1))
        L.append("ISOLATION: %s   CODE STATUS: %s" % (pick(["None", "MRSA contact"]), pick(["Full", "DNR"])))
        L.append("MODE OF TRANSPORT: %s   LEVEL: %s" % (pick(["Ground ambulance", "Air"]), pick(["ALS", "BLS", "Critical care"])))
        L.append("Patient/family consent to transfer: [X] Yes   Risks/benefits explained.")
        L.append("Copies sent: [X] H&P [X] MAR [X] Labs [X] Imaging on CD [%s] Advance directive" % pick("X "))
        L.append("")
        L.append("Physician signature: ______________________  %s" % doc.disp)
        L.append("Nurse signature: _______________________  RN   Report called to: %s RN" % pick(FIRST_F).title())
        return ocr_noise("\n".join(L), 0.004)
    if lay == 1:  # ICU transfer note
        L.append(tiu_header(pt, pick(["MICU TRANSFER NOTE", "ICU TRANSFER OUT NOTE", "TRANSFER NOTE - MEDICINE TO ICU"]), "TRANSFER SUMMARY", dt, doc, Staff("attending"), style=pick([0, 1, 3])))
        L.append("")
        L.append("Transfer from: %s   To: %s" % (pick(["MICU", "4 West", "SICU", "Step-down"]), pick(["4 West", "MICU", "telemetry", "CCU"])))
        L.append("Reason: %s" % pick(["clinical improvement, no longer requires ICU level care", "hypotension requiring pressors", "increasing O2 requirement", "close monitoring"]))
        L.append("\nBrief HPI: " + wrap(fill(sc["hpi"][0], pt)))
        L.append("\nICU/Hospital course by problem:")
        L.append("#%s: %s" % (sc["short"], wrap(fill(sc["course"], pt))))
        L.append("\nCurrent meds: " + "; ".join(fill(x, pt) for x in sc["tx"]))
        L.append("Lines: %s" % pick(["PIV x2", "R IJ CVC placed %s" % dus(dt), "PICC L arm", "A-line removed"]))
        L.append("To do: %s" % pick(["f/u cultures, trend lactate", "PT/OT, wean O2", "recheck K in AM"]))
        L.append(esig(doc, dt))
    elif lay == 2:  # transfer to CLC/nursing home summary (W-10 style)
        rn = Staff("rn")
        L.append(pick(["PATIENT TRANSFER SUMMARY", "INTER-AGENCY REFERRAL / TRANSFER", "CONTINUITY OF CARE FORM"]))
        L.append("From: %s   To: %s" % (fac["short"], pick(["Sunny Acres Nursing & Rehab", "Maple Grove Community Living Center", "State Veterans Home"])))
        L.append("Patient: %s  DOB: %s  SSN: xxx-xx-%s" % (pt.vname, dus(pt.dob), pt.last4))
        L.append("Transfer date: %s" % dus(dt))
        L.append("Diagnoses: %s" % "; ".join([sc["dx"]] + sc["pmh"]))
        L.append("Allergies: %s" % ", ".join(pt.allergies))
        L.append("Diet: %s   Activity: %s" % (sc["diet"], pick(["Up with walker", "OOB to chair", "WBAT"])))
        L.append("ADLs:  Bathing %s  Dressing %s  Toileting %s  Feeding %s" % tuple(pick(["Indep", "Assist", "Dependent"]) for _ in range(4)))
        L.append("Mental status: %s   Skin: %s" % (pick(["Alert, oriented", "Confused at times"]), pick(["intact", "stage 2 sacrum"])))
        L.append("Last BM: %s   Last dose of pain med: %s" % (dus(later(dt, days=-1)), tm(dt)))
        L.append("\nMEDICATIONS AT TRANSFER:\n" + render_meds(pt, med_set(pt, scen_meds(sc), 2), 2))
        L.append("\nNursing report given to: %s  Phone %s" % (pick(FIRST_F).title(), phone()))
        L.append(esig(rn, dt, 2))
    elif lay == 3:  # off-service / transfer of care note
        L.append(tiu_header(pt, pick(["OFF SERVICE NOTE", "TRANSFER OF CARE NOTE", "ACCEPT NOTE"]), "TRANSFER SUMMARY", dt, doc, style=pick(range(5))))
        L.append("")
        L.append("Admission date: %s  HD #%d" % (dus(later(dt, days=-rint(3, 20))), rint(3, 20)))
        L.append("One-liner: %s admitted with %s." % (pt.agesex(), sc["dx"].lower()))
        L.append("Course: " + wrap(fill(sc["course"], pt)))
        L.append("Active issues:\n" + render_list([sc["short"]] + sc["pmh"][:2], 0))
        L.append("Pending: %s" % pick(["echo", "path", "placement", "nothing"]))
        L.append("Code: %s   Contact: %s %s (%s) %s" % (pick(["Full", "DNR"]), pt.nok_first.title(), pt.nok_last.title(), pt.nok_rel.lower(), pt.nok_phone))
        L.append(esig(doc, dt))
    elif lay == 4:  # transfer from outside hospital accepted by VA: MOD note
        L.append(tiu_header(pt, pick(["MOD TRANSFER ACCEPTANCE", "TRANSFER COORDINATOR NOTE", "NON-VA TRANSFER IN"]), "TRANSFER SUMMARY", dt, doc, style=pick([0, 3, 4])))
        L.append("")
        L.append(wrap("Received call from Dr. %s at %s requesting transfer of veteran currently admitted with %s. %s Vitals stable per report. Bed available on %s. Transfer accepted." % (
            pick(LAST).title(), pick(OUTSIDE[:3]), sc["dx"].lower(), fill(sc["hpi"][0], pt), pick(["4 West", "MICU", "telemetry"]))))
        L.append("Send: records, imaging disc, MAR, last labs.")
        L.append(esig(doc, dt))
    else:  # nursing hand-off transfer summary SBAR
        rn = Staff("rn")
        L.append(tiu_header(pt, pick(["NURSING TRANSFER NOTE", "SBAR TRANSFER HANDOFF"]), "TRANSFER SUMMARY", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("S: Transferring to %s for %s." % (pick(["4W", "CCU", "CLC"]), pick(["higher level of care", "step down", "rehab"])))
        L.append("B: Admitted %s with %s. %s" % (dus(later(dt, days=-rint(1, 6))), sc["short"], allergy_line(pt)))
        L.append("A: " + vitals_block(vitals(), pt, dt, 1) + ". %s" % pick(["A&O x3", "drowsy but arousable"]))
        L.append("R: Continue %s. Report given to receiving RN." % fill(sc["tx"][0], pt).lower())
        L.append(esig(rn, dt, 2))
    return "\n".join(L)

def gen_nursing_note():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    sc = pick_med(pt)
    rn = Staff(pick(["rn", "rn", "lpn"]))
    v = vitals()
    L = []
    if lay == 0:  # admission nursing assessment
        L.append(tiu_header(pt, pick(["NURSING ADMISSION ASSESSMENT", "NURSING ADMISSION NOTE", "RN ADMISSION EVALUATION"]), "NURSING ADMISSION EVALUATION NOTE", dt, rn, style=pick([0, 1, 3])))
        L.append("")
        L.append("Admitted to %s at %s via %s from %s." % (pick(["4W", "3S", "2N"]), tm(dt), pick(["wheelchair", "stretcher"]), pick(["ED", "clinic", "outside hospital"])))
        L.append(vitals_block(v, pt, dt, 0))
        L.append("Orientation to unit: call light, bed controls, side rails reviewed.")
        L.append("Morse Fall Scale: %d  %s" % (rint(15, 85), pick(["Fall precautions initiated.", "Low risk."])))
        L.append("Braden Scale: %d" % rint(12, 22))
        L.append("Skin: %s" % pick(["intact", "bruising bilat forearms", "stage 1 coccyx"]))
        L.append("Pain: %d/10. Acceptable level %d." % (v["pain"], rint(2, 4)))
        L.append("Nutrition screen: %s" % pick(["no recent weight loss", "poor appetite x 2 wks, RD consult placed"]))
        L.append("Suicide risk screen: %s" % pick(["negative", "negative", "positive - provider notified"]))
        L.append("Advance directive: %s" % pick(["Yes, on file", "No, information offered", "Declined"]))
        L.append("Valuables: %s" % pick(["sent home with wife", "none", "wallet to safe, receipt given"]))
        L.append("Patient education: needs assessed, learns best by %s." % pick(["demonstration", "reading", "listening"]))
        L.append(esig(rn, dt, pick([0, 2])))
    elif lay == 1:  # DAR shift note
        L.append(tiu_header(pt, pick(["NURSING NOTE", "NURSING SHIFT ASSESSMENT", "RN PROGRESS NOTE"]), "NURSING NOTE", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("D: " + wrap("%s. %s. %s" % (pick(["Pt alert and oriented x3", "Pt resting in bed, easily aroused", "Veteran up in chair"]),
                                               vitals_block(v, pt, dt, 1), pick(["Lungs with scattered crackles", "Tolerating diet", "IV site R FA clean/dry/intact", "c/o pain 6/10 at incision"]))))
        L.append("A: " + pick(["PRN medication given as ordered.", "Repositioned q2h.", "Assisted to BR, voided 350 mL.", "MD notified of BP 182/96."]))
        L.append("R: " + pick(["Pain decreased to 2/10 on reassessment.", "Resting comfortably.", "Orders received for hydralazine.", "No further complaints."]))
        L.append(esig(rn, dt, pick([0, 2, 4])))
    elif lay == 2:  # wound care nurse
        L.append(tiu_header(pt, pick(["WOUND CARE NURSE NOTE", "WOCN CONSULT FOLLOW UP", "SKIN/WOUND ASSESSMENT"]), "NURSING NOTE", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("Location: %s" % pick(["sacrum", "R heel", "L lateral malleolus", "R 1st MPJ plantar"]))
        L.append("Etiology: %s   Stage: %s" % (pick(["pressure", "venous", "diabetic"]), pick(["2", "3", "unstageable", "N/A"])))
        L.append("Size: %s x %s x %s cm   Undermining: %s" % (rf(0.5, 5), rf(0.5, 4), rf(0.1, 1.2), pick(["none", "2 cm at 12 o'clock"])))
        L.append("Wound bed: %d%% granulation %d%% slough. Exudate: %s. Periwound: %s. Odor: none." % (rint(50, 90), rint(10, 50), pick(["scant serous", "moderate serosanguinous"]), pick(["intact", "macerated"])))
        L.append("Treatment: cleansed with NS, %s applied, covered with %s." % (pick(["hydrocolloid", "silver alginate", "collagen"]), pick(["foam border dressing", "ABD and kerlix"])))
        L.append("Plan: change %s. Offloading: %s." % (pick(["daily", "every 3 days and PRN"]), pick(["low air loss mattress", "heel boots", "turn q2h"])))
        L.append(esig(rn, dt))
    elif lay == 3:  # telephone triage RN
        L.append(tiu_header(pt, pick(["RN TELEPHONE TRIAGE", "TELEPHONE TRIAGE NOTE", "PACT RN CARE MANAGER TELEPHONE"]), "NURSING TELEPHONE NOTE", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("Reason for call: %s" % pick(["BP readings high", "Refill request", "Cough x4 days", "Post-discharge call"]))
        L.append("Veteran verified by name and last 4 (%s)." % pt.last4)
        L.append(wrap("Reports %s. Denies %s. Protocol used: %s. Disposition: %s." % (
            pick(["home BP 160s/90s", "productive cough, no fever", "feeling better"]), pick(["CP, SOB", "fever", "dizziness"]),
            pick(["Schmitt-Thompson", "VA triage protocol", "n/a"]), pick(["same day appointment scheduled", "home care advice given", "routed to PCP", "advised ED"]))))
        L.append("Veteran verbalized understanding. Will call back if symptoms worsen.")
        L.append(esig(rn, dt, pick([2, 4])))
    elif lay == 4:  # Home telehealth
        L.append(tiu_header(pt, pick(["HOME TELEHEALTH NOTE", "HT CARE COORDINATOR NOTE"]), "HOME TELEHEALTH NOTE", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("Reviewed HT device data %s - %s:" % (dus(later(dt, days=-7)), dus(dt)))
        L.append("  Weight range: %d - %d lbs" % (pt.wt - rint(0, 3), pt.wt + rint(1, 5)))
        L.append("  BP range: %d/%d - %d/%d" % (rint(118, 130), rint(60, 75), rint(135, 165), rint(76, 95)))
        L.append("  Glucose: %d - %d mg/dL" % (rint(90, 130), rint(140, 260)))
        L.append("Alerts: %s" % pick(["weight gain 3 lbs in 2 days - called veteran", "none", "missed 2 sessions"]))
        L.append("Education: %s" % pick(["low sodium diet", "foot care", "hypoglycemia recognition"]))
        L.append(esig(rn, dt))
    elif lay == 5:  # flowsheet-like handwritten scanned nursing note
        L.append(pick(["NURSING NOTES", "NURSES PROGRESS NOTES", "CLINICAL RECORD - NURSING"]))
        L.append("%s   %s   Rm %d" % (pt.vname, pt.ssn, rint(200, 600)))
        L.append("DATE      TIME   NOTES")
        t = dt
        for _ in range(rint(4, 8)):
            t = later(t, hours=rint(1, 4))
            L.append("%s  %s   %s" % (dus(t, yy=True), tm(t), pick(["Pt resting quietly. Resp even/unlabored.", "Vs stable. Tol. diet 75%.", "Meds given per MAR.", "C/o pain, PRN given w/ effect.",
                                                                 "Ambulated in hall x2 w/ walker.", "Dressing changed, scant drainage.", "Voiding qs. Side rails up x2."]) + " -" + rn.last[:1] + rn.first[:1]))
        L.append("")
        L.append("VA FORM 10-1003")
        return ocr_noise("\n".join(L), 0.012)
    else:  # patient education / medication administration note
        L.append(tiu_header(pt, pick(["NURSING PATIENT EDUCATION", "INSULIN TEACHING NOTE", "NURSING DISCHARGE TEACHING"]), "NURSING NOTE", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("Learner: %s   Barriers: %s" % (pick(["Veteran", "Veteran and spouse"]), pick(["none", "hard of hearing", "low vision"])))
        L.append("Topic: %s" % pick(["insulin pen use", "CHF self-management", "inhaler technique", "Foley catheter care"]))
        L.append("Method: verbal, written handout, return demonstration.")
        L.append("Outcome: %s" % pick(["Verbalizes understanding and returns demonstration.", "Needs reinforcement."]))
        L.append(esig(rn, dt))
    return "\n".join(L)

def gen_provider_orders():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    sc = pick_med(pt)
    doc = Staff(pick(["resident", "attending", "np"]))
    L = []
    if lay == 0:  # CPRS order summary printout
        L.append(pick(["                    Order Summary", "CHART COPY - ORDERS", "Orders Summary for %s" % dus(dt)]))
        L.append("%s   %s   %s" % (pt.vname, pt.ssn, pick(["4W-412-B", "MICU-3", "2N-210-A"])))
        L.append("-" * 79)
        L.append("Ord'd  Start   Stop    Order                                         Nurse/Clerk")
        t = dt
        items = ["Admit to: %s  Attending: %s" % (sc["svc"], Staff("attending").vname), "Condition: %s" % pick(["Stable", "Guarded"]), "Vitals q4h",
                 "Activity: %s" % pick(["OOB as tolerated", "Bedrest with BRP"]), "Diet: %s" % sc["diet"], allergy_line(pt)] + [fill(x, pt) for x in sc["tx"]] + \
                ["CBC, BMP in AM  LB #%d WC ROUTINE" % rint(10000, 99999), "Notify MD for SBP>180 or <90, HR>120, T>101.5"]
        for it in items:
            L.append("%s %s        %s" % (dus(t, yy=True)[:5], tm(t), it[:60]))
            L.append("                    %s  %s" % (doc.vname, pick(["/es/ " + pick(LAST)[:8] + " RN", "Verified", ""])))
        return paginate("\n".join(L), pt, fac, form="ORDERS")
    if lay == 1:  # admission orders ADC VAN DISMAL template
        L.append(tiu_header(pt, pick(["ADMISSION ORDERS", "ADMIT ORDER SET NOTE"]), "PHYSICIAN ORDERS", dt, doc, style=pick([0, 3])))
        L.append("")
        for k, vv in [("Admit", "%s, %s, attending %s" % (pick(["4 West", "Tele", "MICU"]), sc["svc"], Staff("attending").dr)), ("Diagnosis", sc["dx"]),
                      ("Condition", pick(["fair", "stable"])), ("Vitals", pick(["q4h", "per unit routine", "q1h x4 then q4h"])), ("Activity", pick(["ad lib", "fall precautions"])),
                      ("Nursing", "I&O, daily weights, fingersticks AC/HS"), ("Diet", sc["diet"]), ("IV", pick(["NS @ 75 mL/h", "saline lock"])),
                      ("Meds", "; ".join(fill(x, pt) for x in sc["tx"])), ("Allergies", ", ".join(pt.allergies)), ("Labs", "CBC, CMP, Mg, Phos in AM"),
                      ("DVT ppx", pick(["heparin 5000 units SC q8h", "enoxaparin 40 mg SC daily", "SCDs"])), ("Code", pick(["Full", "DNR/DNI"]))]:
            L.append("%-10s %s" % (k.upper() + ":", vv))
        L.append(esig(doc, dt))
    elif lay == 2:  # handwritten physician order sheet (scanned)
        L.append(pick(["DOCTOR'S ORDERS", "PHYSICIAN'S ORDERS", "MEDICAL RECORD - DOCTOR'S ORDERS"]))
        L.append("VA FORM 10-1158" if chance(.5) else "")
        L.append("Patient: %s     ID: %s     Ward: %s" % (pt.vname, pt.ssn, pick(["5E", "3W"])))
        L.append("DATE/TIME     ORDERS")
        t = dt
        for it in [fill(x, pt) for x in sc["tx"]] + picks(["Tylenol 650 mg PO q6h prn pain/fever", "Zofran 4 mg IV q6h prn N/V", "Accuchecks AC+HS", "Consult PT/OT", "D/C foley", "KCl 20 mEq PO x1"], 3):
            L.append("%s %s  %s" % (dus(t, yy=True), tm(t), it))
            t = later(t, minutes=rint(0, 200))
        L.append("")
        L.append("                               %s  #%d" % (doc.last.title(), rint(1000, 9999)))
        L.append("Noted: %s RN   %s" % (pick(LAST).title(), tm(later(t, minutes=20))))
        return ocr_noise("\n".join(L), 0.012)
    elif lay == 3:  # outpatient orders/lab orders
        L.append("Outpatient Orders - %s" % fac["short"])
        L.append("Patient: %s (%s)    Ordering provider: %s" % (pt.vname, pt.last[0] + pt.last4, doc.vname))
        L.append("")
        for o in picks(["HEMOGLOBIN A1C BLOOD SP LB #%d  ROUTINE" % rint(10000, 99999), "LIPID PROFILE BLOOD SERUM SP WC LB #%d" % rint(10000, 99999),
                        "COMPREHENSIVE METABOLIC PANEL BLOOD SERUM SP", "PSA (SCREEN) BLOOD SERUM SP", "URINALYSIS W/MICRO URINE",
                        "RETURN TO CLINIC: PACT %s in 3 MONTHS" % pick(["BLUE", "RED"]), "CONSULT TO PODIATRY (ROUTINE)", "XRAY: KNEE 3 VIEWS LEFT",
                        "PROSTHETICS: BLOOD PRESSURE MONITOR", "TSH BLOOD SERUM SP"], rint(3, 6)):
            L.append("  %s  %s   Status: %s" % (dus(dt, yy=True), o, pick(["PENDING", "ACTIVE", "COMPLETE"])))
        L.append("\nElectronically signed: %s  %s" % (doc.vname, dus(dt, True)))
    elif lay == 4:  # DNR order / code status order
        L.append(tiu_header(pt, pick(["DNR ORDER NOTE", "LIMITATION OF TREATMENT ORDER"]), "ORDERS", dt, doc, style=pick([0, 3])))
        L.append("")
        L.append("ORDER: DO NOT ATTEMPT RESUSCITATION (DNAR)")
        L.append("Effective: %s" % dv(dt))
        L.append("Discussed with: %s" % pick(["patient, who has decision-making capacity", "surrogate %s %s (%s)" % (pt.nok_first.title(), pt.nok_last.title(), pt.nok_rel.lower())]))
        L.append("Other limitations: [%s] No intubation  [%s] No ICU transfer  [ ] Comfort measures only" % (pick("X "), pick("X ")))
        L.append("See LST progress note of same date.")
        L.append(esig(doc, dt))
    elif lay == 5:  # verbal/telephone order
        rn = Staff("rn")
        L.append(tiu_header(pt, pick(["VERBAL ORDER NOTE", "TELEPHONE ORDER", "NURSING - VERBAL/TELEPHONE ORDERS"]), "ORDERS", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("Telephone order received from %s at %s:" % (doc.dr, tm(dt)))
        L.append("  %s" % pick(["Hydralazine 10 mg IV x1 now for SBP >180", "Ativan 1 mg PO x1 for CIWA 12", "Increase IVF to 100 mL/h", "Hold metformin, check BMP in AM"]))
        L.append("Read back and verified. Order entered into CPRS for provider signature.")
        L.append(esig(rn, dt, 2))
    else:  # Unit dose meds order printout / active orders list
        L.append("Active Orders (includes Pending & Recent Activity) - ALL SERVICES")
        L.append("%s  %s" % (pt.vname, pt.ssn))
        L.append("")
        L.append(" Service   Order                                             Start      Status")
        for x in sc["tx"] + ["Diet: " + sc["diet"], "Vitals q shift", "Regular insulin sliding scale SC AC&HS"]:
            L.append(" %-9s %-49s %-10s %s" % (pick(["Inpt Med", "Nursing", "Dietetics", "Lab"]), fill(x, pt)[:49], dus(dt, yy=True), pick(["ACTIVE", "PENDING", "ACTIVE"])))
        L.append("")
        L.append(" Entered by: %s   Signed: %s" % (doc.vname, pick(["ELECTRONIC", "ON CHART WITH WRITTEN ORDERS"])))
    return "\n".join(L)

def gen_discharge_instructions():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    sc = pick_med(pt)
    doc, rn = Staff(pick(["resident", "attending", "np"])), Staff("rn")
    hotline = "1-800-555-%04d" % rint(1000, 9999)
    L = []
    if lay == 0:  # patient discharge instructions CPRS
        L.append(tiu_header(pt, pick(["PATIENT DISCHARGE INSTRUCTIONS", "DISCHARGE INSTRUCTIONS - MEDICINE", "DC INSTRUCTIONS"]), "DISCHARGE INSTRUCTIONS", dt, rn, doc, style=pick([0, 1, 3])))
        L.append("")
        L.append("You were in the hospital for: %s" % sc["dx"])
        L.append("\nMEDICATIONS:\n" + render_meds(pt, med_set(pt, scen_meds(sc), 2), 0, dt))
        L.append("Medication changes: " + sc["change"])
        L.append("\nDIET: %s" % sc["diet"])
        L.append("ACTIVITY: %s" % pick(["As tolerated. Walk daily.", "No driving while taking pain medicine.", "Increase slowly."]))
        L.append("\nFOLLOW-UP APPOINTMENTS:")
        for i in range(rint(1, 3)):
            L.append("  %s  %s  %s" % (dus(later(dt, days=rint(5, 30)), True), pick(["PACT BLUE", "CARDIOLOGY", "LAB", "PULMONARY", "UROLOGY"]), pick(["Bldg 1 2nd floor", "CBOC", "VVC video visit"])))
        L.append("\nCALL YOUR PACT TEAM OR RETURN TO THE EMERGENCY DEPT IF: %s" % pick(["fever > 101, worsening shortness of breath, chest pain", "weight gain of 3 lbs in a day or 5 lbs in a week", "black stools or vomiting blood", "new weakness or trouble speaking"]))
        L.append("Nurse Advice Line (24/7): %s" % hotline)
        L.append("\nI have received and understand these instructions.\nPatient signature: ______________________  Date: %s" % dus(dt))
        L.append(esig(rn, dt, 0))
    elif lay == 1:  # plain language letter-style
        L.append(fac["name"])
        L.append("%s, %s, %s %s" % (fac["addr"], fac["town"].title(), fac["st"], fac["zip"]))
        L.append("")
        L.append("Going Home Instructions for %s %s" % (pt.first.title(), pt.last.title()))
        L.append("Date: %s" % dlong(dt))
        L.append("")
        L.append(wrap("Why you were in the hospital: You were treated for %s. %s" % (sc["short"], pick(["You are now well enough to go home.", "Your doctors feel you are ready to continue your recovery at home."]))))
        L.append("\nWhat you need to do:")
        L.append(render_list(["Take your medicines exactly as listed on your medication sheet.", "Eat a %s diet." % sc["diet"].lower(), "Go to all follow-up appointments: %s." % sc["fu"],
                              pick(["Weigh yourself every morning.", "Check your blood sugar twice daily.", "Use your inhalers as shown."])], 1))
        L.append("\nWarning signs - call us at %s: %s" % (fac["phone"], pick(["fever, chills, more swelling", "trouble breathing", "dizziness, fainting"])))
        L.append("If you are having a medical emergency call 911.")
        return ocr_noise("\n".join(L), 0.003)
    elif lay == 2:  # surgical postop instructions
        sg = pick_surg(pt)
        L.append(pick(["POST-OPERATIVE INSTRUCTIONS", "SURGERY DISCHARGE INSTRUCTIONS", "Ambulatory Surgery - Home Care Instructions", ""]))
        L.append("Patient: %s   Procedure: %s   Date: %s" % (pt.vname, sg["proc"], dus(dt)))
        L.append("Surgeon: %s" % Staff("surgeon").dr)
        L.append("")
        L.append("[X] Do not drive, operate machinery or sign legal documents for 24 hours after anesthesia.")
        L.append("[X] Diet: %s" % pick(["Clear liquids then advance as tolerated", "Regular"]))
        L.append("[%s] Keep dressing clean and dry. May shower in %d hours. No tub baths." % (pick("X "), pick([24, 48])))
        L.append("[%s] No lifting over %d pounds for %d weeks." % (pick("X "), pick([10, 15]), pick([2, 4, 6])))
        L.append("[%s] Ice to area 20 minutes at a time." % pick("X "))
        L.append("[X] Pain: %s" % pick(["Tylenol 1000 mg every 8 hours; oxycodone 5 mg every 6 hours if needed", "ibuprofen as needed", "Use eye drops as directed: prednisolone QID, moxifloxacin QID"]))
        L.append("Call %s (days) or %s (nights/weekends) for: fever >101.5, bleeding, increasing redness, inability to urinate." % (fac["phone"], hotline))
        L.append("Follow-up: %s clinic %s" % (sg["svc"].title(), dus(later(dt, days=rint(7, 21)))))
        L.append("\nPatient/escort signature ______________  RN ______________")
        return ocr_noise("\n".join(L), 0.006)
    elif lay == 3:  # ED discharge instructions
        L.append(pick(["EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS", "ED AFTER VISIT INSTRUCTIONS", "Urgent Care Discharge"]))
        L.append("%s   Seen by: %s" % (pt.vname, doc.disp))
        L.append("Diagnosis: %s" % pick(["Lumbar strain", "Viral upper respiratory infection", "Contusion of left knee", "Gout flare", "Chest wall pain"]))
        L.append("")
        L.append(wrap(pick(["Your exam and tests did not show a dangerous cause of your symptoms today. Rest, use heat or ice, and take acetaminophen as directed.",
                            "Viral infections do not respond to antibiotics. Drink plenty of fluids and rest. Symptoms may last 7-10 days.",
                            "Take prednisone as prescribed with food. Avoid alcohol and organ meats."])))
        L.append("\nPrescriptions given: %s" % pick(["none", "naproxen 500 mg BID x 7 days", "benzonatate 100 mg TID prn cough", "prednisone 40 mg daily x 5 days"]))
        L.append("Follow up with your VA primary care provider in %s." % pick(["2-3 days", "1 week", "as needed"]))
        L.append("RETURN TO THE ED FOR ANY NEW OR WORSENING SYMPTOMS.")
        L.append("\nPatient verbalizes understanding: Y   Time discharged: %s" % tm(later(dt, hours=3)))
    elif lay == 4:  # CHF/condition specific education handout
        L.append(pick(["Heart Failure Zones", "LIVING WITH HEART FAILURE - YOUR HOME PLAN", "Your Heart Failure Action Plan"]))
        L.append("Name: %s   Dry weight: %d lbs" % (pt.pname, pt.wt))
        L.append("")
        L.append("GREEN ZONE - All clear: No new shortness of breath, no weight gain more than 2 pounds, no swelling. Keep taking your medicines.")
        L.append("YELLOW ZONE - Caution: Weight gain of 3 pounds in a day or 5 pounds in a week, more swelling, need more pillows to sleep. CALL YOUR PACT NURSE at %s." % fac["phone"])
        L.append("RED ZONE - Emergency: Struggling to breathe, chest pain, confusion. CALL 911.")
        L.append("\nMy medicines: %s" % ", ".join(MEDS[k][2] for k in ["furosemide", "carvedilol", "lisinopril"]))
        L.append("Limit salt to 2000 mg per day. Limit fluids to %s." % pick(["1.5 liters", "2 liters", "64 oz"]))
    elif lay == 5:  # nurse discharge note with instructions given
        L.append(tiu_header(pt, pick(["NURSING DISCHARGE NOTE", "DISCHARGE TEACHING/INSTRUCTIONS"]), "DISCHARGE INSTRUCTIONS", dt, rn, style=pick(range(5))))
        L.append("")
        L.append("Veteran discharged %s at %s via %s accompanied by %s." % (dus(dt), tm(dt), pick(["wheelchair", "ambulatory"]), pick(["spouse", "daughter", "VA van", "self"])))
        L.append("Instructions reviewed: diet (%s), activity, medications (%d), follow-up (%s)." % (sc["diet"], rint(4, 12), sc["fu"]))
        L.append("IV removed, catheter tip intact. Meds from pharmacy window given. Copy of instructions given to veteran.")
        L.append("Understanding verbalized via teach-back.")
        L.append(esig(rn, dt))
    else:  # after visit summary style
        L.append("After Visit Summary")
        L.append("%s  |  %s  |  %s" % (pt.pname, dus(dt), fac["short"]))
        L.append("=" * 60)
        L.append("Today you saw: %s" % doc.disp)
        L.append("Reason for visit: %s follow up" % sc["short"])
        L.append("Your vitals today: BP %s  Pulse %d  Weight %d lb" % (vitals()["bp"], rint(60, 90), pt.wt))
        L.append("\nYour medication list:")
        L.append(render_meds(pt, med_set(pt, scen_meds(sc), 1), 1))
        L.append("\nWhat's next: %s" % sc["fu"])
        L.append("Labs: %s" % pick(["Come fasting for blood work 1 week before next visit.", "None"]))
        L.append("My HealtheVet secure messaging is available for non-urgent questions.")
    return "\n".join(L)

def gen_operative_note():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    sg = pick_surg(pt)
    surgn, res, anes = Staff("surgeon"), Staff("resident"), Staff(pick(["anes", "crna"]))
    ebl = rint(*sg["ebl"])
    steps = [fill(s, pt) for s in sg["steps"]]
    comps = pick(["None", "None apparent", "None.", "No intraoperative complications"])
    spec = sg["spec"] if sg["spec"] != "None" else "None"
    L = []
    if lay == 0:  # VistA surgery package operation report
        L.append(pick(["                      OPERATION REPORT", "OPERATION REPORT", "          *** OPERATION REPORT ***"]))
        L.append(tiu_header(pt, "OPERATION REPORT", "SURGERY OPERATIVE REPORT", dt, res, surgn, style=1))
        L.append("Case #: %d    Operation Date: %s" % (rint(10000, 99999), dvc(dt)))
        L.append("")
        for k, vv in [("Preoperative Diagnosis", sg["pre"]), ("Postoperative Diagnosis", sg["post"]), ("Procedure(s) Performed", "%s (CPT %s)" % (sg["proc"], sg["cpt"])),
                      ("Surgeon", surgn.vname), ("First Assistant", res.vname), ("Anesthesia", sg["anes"]), ("Anesthesiologist", anes.vname),
                      ("Indications", fill(sg["ind"], pt)), ("Findings", sg["find"]), ("Estimated Blood Loss", "%d mL" % ebl), ("Fluids", "%d mL crystalloid" % rint(400, 2500)),
                      ("Drains", sg["drains"]), ("Specimens", spec), ("Complications", comps)]:
            L.append("%s:%s" % (k.upper(), (" " + vv) if len(vv) < 60 else "\n" + wrap(vv, indent="  ")))
        L.append("")
        L.append("DESCRIPTION OF PROCEDURE:")
        L.append(wrap(" ".join(steps)))
        L.append("")
        L.append(wrap("Sponge, needle and instrument counts were correct x2. The patient tolerated the procedure well and was taken to the %s in %s condition. %s was present and scrubbed for the entire procedure." % (
            pick(["PACU", "recovery room", "SICU"]), pick(["stable", "satisfactory", "good"]), surgn.dr)))
        L.append(esig(res, dt, 1, cos=surgn))
        return paginate("\n".join(L), pt, fac, form=pick(["OPERATION REPORT", "VA FORM 10-0151"]))
    if lay == 1:  # brief op note
        L.append(tiu_header(pt, pick(["BRIEF OP NOTE", "BRIEF OPERATIVE NOTE", "IMMEDIATE POST-OP NOTE"]), "SURGERY BRIEF OPERATIVE NOTE", dt, res, surgn, style=pick([0, 2, 3])))
        L.append("")
        for k, vv in [("Pre-op dx", sg["pre"]), ("Post-op dx", sg["post"]), ("Procedure", sg["proc"]), ("Surgeon", surgn.dr), ("Assist", res.dr),
                      ("Anesthesia", sg["anes"]), ("EBL", "%d cc" % ebl), ("IVF", "%d cc LR" % rint(400, 2000)), ("UOP", pick(["%d cc" % rint(100, 600), "not measured"])),
                      ("Drains", sg["drains"]), ("Specimen", spec), ("Findings", sg["find"]), ("Complications", comps), ("Dispo", "PACU, stable")]:
            L.append("%s: %s" % (k, vv))
        L.append("Full dictation to follow.")
        L.append(esig(res, dt, pick([0, 1])))
    elif lay == 2:  # affiliate university dictated op report
        hosp = OUTSIDE[6]
        L.append(hosp)
        L.append("DEPARTMENT OF %s" % pick(["SURGERY", "ORTHOPAEDIC SURGERY", "UROLOGY"]))
        L.append(pick(["OPERATIVE REPORT", "REPORT OF OPERATION", "Operative Report"]))
        L.append("")
        L.append("PATIENT NAME: %s, %s %s      MRN: %d" % (pt.last, pt.first, pt.mi, rint(1000000, 9999999)))
        L.append("DATE OF OPERATION: %s" % dus(dt))
        L.append("SURGEON: %s\nASSISTANT: %s" % (surgn.disp, res.disp))
        L.append("PREOPERATIVE DIAGNOSIS: %s\nPOSTOPERATIVE DIAGNOSIS: %s\nOPERATION: %s\nANESTHESIA: %s" % (sg["pre"], sg["post"], sg["proc"], sg["anes"]))
        L.append("")
        L.append("INDICATIONS FOR PROCEDURE: " + wrap(fill(sg["ind"], pt)))
        L.append("")
        L.append("PROCEDURE IN DETAIL: " + wrap(" ".join(steps)))
        L.append("")
        L.append("EBL: %d mL.  SPECIMENS: %s.  COMPLICATIONS: %s." % (ebl, spec, comps))
        L.append("\n%s\nDD: %s  DT: %s  Job: %d" % (surgn.disp, dus(dt), dus(later(dt, days=1)), rint(100000, 999999)))
        L.append("cc: VA %s, Surgical Service" % fac["town"].title())
        return ocr_noise("\n".join(L), 0.005)
    elif lay == 3:  # numbered-step template
        L.append(tiu_header(pt, pick(["%s OPERATIVE NOTE" % sg["svc"], "OPERATIVE REPORT - %s" % sg["svc"], "SURGEON'S OPERATIVE NOTE"]), "SURGERY OPERATIVE REPORT", dt, surgn, style=pick([0, 3, 4])))
        L.append("")
        L.append("Date of procedure: %s\nPatient: %s\nProcedure: %s\nIndication: %s" % (dus(dt), pt.pname, sg["proc"], sg["pre"]))
        L.append("Position: %s   Anesthesia: %s   Antibiotic: %s within 60 min of incision" % (sg["pos"], sg["anes"], pick(["cefazolin 2 g IV", "vancomycin 1 g", "none indicated"])))
        L.append("VTE prophylaxis: %s" % pick(["SCDs", "heparin 5000 SC", "N/A"]))
        L.append("Time-out: performed at %s, all team members agreed." % tm(dt))
        L.append("\nTechnique:")
        L.append(render_list(steps, 0))
        L.append("\nEBL %d mL. Specimens: %s. Implants: %s. Complications: %s." % (ebl, spec, pick(["see implant log", "none", "polypropylene mesh 6x11 cm" if sg["key"] == "hernia" else "none"]), comps))
        L.append("Disposition: %s" % pick(["PACU then floor", "PACU then home same day", "SICU"]))
        L.append(esig(surgn, dt))
    elif lay == 4:  # old all caps transcription
        L.append("OPERATIVE REPORT")
        L.append("%s  %s  DATE: %s" % (pt.vname, pt.ssn, dus(dt, yy=True)))
        L.append("")
        L.append(wrap(("PREOPERATIVE DIAGNOSIS: %s. POSTOPERATIVE DIAGNOSIS: %s. OPERATION: %s. SURGEON: DR. %s. ASSISTANT: DR. %s. ANESTHESIA: %s. "
                       "PROCEDURE: %s ESTIMATED BLOOD LOSS %d CC. THE PATIENT TOLERATED THE PROCEDURE WELL." % (
                           sg["pre"], sg["post"], sg["proc"], surgn.last, res.last, sg["anes"], " ".join(steps), ebl)).upper(), 72))
        L.append("\n%s/%s   D: %s  T: %s" % (surgn.last[:3], pick(["jmk", "ss", "lrt"]), dus(dt, yy=True), dus(later(dt, days=2), yy=True)))
        L.append(esig(surgn, later(dt, days=3), 0))
        return paginate("\n".join(L), pt, fac, form="OPERATION REPORT")
    else:  # op note with nurse intraop header elements (case times)
        L.append("%s   %s" % (fac["short"], pick(["SURGICAL SERVICE", "OPERATING ROOM"])))
        L.append(pick(["Surgeon's Report of Operation", "SURGERY - OPERATIVE NOTE", "Operative Note"]))
        L.append(pt_banner(pt, fac))
        L.append("OR Room: %d   In room: %s  Incision: %s  Close: %s  Out: %s" % (rint(1, 9), tm(dt), tm(later(dt, minutes=25)), tm(later(dt, minutes=25 + rint(*sg["dur"]))), tm(later(dt, minutes=40 + rint(*sg["dur"])))))
        L.append("ASA class: %d   Wound class: %s" % (rint(*sg["asa"]), pick(["I Clean", "II Clean-contaminated"])))
        L.append("")
        L.append("Diagnosis: %s" % sg["post"])
        L.append("Operation: %s" % sg["proc"])
        L.append("Findings: " + sg["find"])
        L.append("Narrative: " + wrap(" ".join(steps[1:])))
        L.append("Counts correct. EBL %d. Specimen: %s." % (ebl, spec))
        L.append(esig(surgn, dt, pick([0, 3])))
    return "\n".join(L)

PROCS = ["colonoscopy", "egd", "paracentesis", "thoracentesis", "cvc", "lp", "knee_inj", "bronch", "cath", "emg"]

def proc_body(p, pt):
    """returns (title, indication, description lines, findings/impression, specimens)"""
    if p == "colonoscopy":
        return ("Colonoscopy", pick(["Screening, positive FIT", "Surveillance, hx adenomas", "Iron deficiency anemia"]),
                ["After informed consent, the patient was placed in left lateral decubitus position. Moderate sedation was administered by nursing under my supervision (fentanyl %d mcg, midazolam %d mg)." % (pick([50, 75, 100]), pick([2, 3, 4])),
                 "Digital rectal exam was normal. The %s colonoscope was advanced to the cecum, identified by the appendiceal orifice and ileocecal valve. Bowel prep was %s (BBPS %d)." % (pick(["Olympus CF-HQ190L", "adult"]), pick(["good", "fair", "excellent"]), rint(6, 9)),
                 "Withdrawal time %d minutes. Retroflexion performed in the rectum." % rint(7, 14)],
                "1. A %d mm sessile polyp in the ascending colon, removed with cold snare, retrieved.\n2. Scattered sigmoid diverticulosis.\n3. Small internal hemorrhoids." % rint(4, 12),
                "Ascending colon polyp")
    if p == "egd":
        return ("Esophagogastroduodenoscopy (EGD)", pick(["Melena, anemia", "Dysphagia", "Epigastric pain, GERD"]),
                ["After informed consent and time-out, topical Cetacaine spray and IV moderate sedation were given. The gastroscope was passed under direct vision to the second portion of the duodenum.",
                 "The esophagus, stomach and duodenum were examined, including retroflexion in the stomach."],
                "1. Normal esophagus; Z-line regular at 39 cm.\n2. Patchy antral erythema, biopsied (CLO).\n3. 1 cm clean-based ulcer in the duodenal bulb (Forrest III), no stigmata of recent bleeding.",
                "Gastric antrum biopsies")
    if p == "paracentesis":
        return ("Ultrasound-guided paracentesis", "Alcoholic cirrhosis with tense ascites",
                ["Timeout performed. Ultrasound used to identify a large pocket of fluid in the left lower quadrant. Area prepped with chlorhexidine and draped. 1%% lidocaine %d mL used for local anesthesia." % rint(5, 10),
                 "A %s catheter was advanced into the peritoneal cavity with return of straw-colored fluid." % pick(["Safe-T-Centesis", "5 Fr Yueh"]),
                 "%s liters removed. 25%% albumin %d g given IV." % (rf(3, 7), rint(25, 50))],
                "Successful large volume paracentesis. Fluid sent for cell count, albumin, total protein, culture.", "Ascitic fluid")
    if p == "thoracentesis":
        return ("Thoracentesis, right", "Right pleural effusion, unclear etiology",
                ["Consent obtained. Patient seated leaning forward. Bedside ultrasound confirmed effusion. Site marked 2 interspaces below the fluid level, posterior axillary line.",
                 "Chlorhexidine prep, sterile drape, 1%% lidocaine. Thoracentesis catheter inserted over the superior rib margin. %d mL of %s fluid removed." % (rint(600, 1500), pick(["serous", "serosanguinous", "cloudy yellow"]))],
                "Post-procedure CXR: no pneumothorax. Fluid sent for pH, LDH, protein, glucose, cell count, culture and cytology.", "Pleural fluid")
    if p == "cvc":
        site = pick(["right internal jugular", "left subclavian", "right femoral"])
        return ("Central venous catheter placement", pick(["Vasopressor administration", "Poor peripheral access", "TPN"]),
                ["Consent obtained %s. Full barrier precautions (cap, mask, sterile gown, gloves, full drape), chlorhexidine prep. Time-out performed." % pick(["from patient", "from wife by phone (2 witnesses)"]),
                 "Under real-time ultrasound guidance the %s vein was accessed on the %s pass. Guidewire passed without ectopy. Tract dilated; %s triple lumen catheter placed using Seldinger technique, secured at %d cm." % (site, pick(["first", "second"]), pick(["7 Fr", "7.5 Fr"]), rint(14, 20)),
                 "All ports aspirated and flushed. Sterile Biopatch dressing applied."],
                "Post-procedure CXR: tip at cavoatrial junction, no pneumothorax. OK to use." if "jugular" in site or "subclavian" in site else "Femoral line, no CXR needed. OK to use.", "None")
    if p == "lp":
        return ("Lumbar puncture", pick(["Fever and altered mental status", "R/O subarachnoid hemorrhage", "Suspected NPH"]),
                ["Consent obtained. Patient positioned in left lateral decubitus. L3-L4 interspace identified, prepped and draped. 1% lidocaine local.",
                 "A 20 gauge %s spinal needle was inserted; clear CSF obtained on %s attempt. Opening pressure %d cm H2O. %d mL collected in 4 tubes." % (pick(["Quincke", "Sprotte"]), pick(["first", "second"]), rint(10, 28), rint(8, 20))],
                "Tubes 1-4 sent for cell count, glucose, protein, gram stain/culture, HSV PCR. Patient tolerated well; no complications.", "CSF")
    if p == "knee_inj":
        side = pick(["right", "left"])
        return ("%s knee joint injection" % side.title(), "Osteoarthritis %s knee" % side,
                ["Verbal and written consent obtained. Time-out performed. Superolateral approach identified. Skin prepped with chlorhexidine; ethyl chloride spray.",
                 "Using a 22g 1.5 inch needle, %s was injected into the joint space without resistance.%s" % (pick(["triamcinolone 40 mg with 4 mL 1% lidocaine", "methylprednisolone 80 mg with 3 mL lidocaine"]), pick(["", " %d mL clear yellow synovial fluid aspirated prior." % rint(5, 30)]))],
                "Tolerated well. Band-aid applied. Post-injection instructions given; monitor glucose if diabetic.", "None")
    if p == "bronch":
        return ("Flexible bronchoscopy with BAL", pick(["RUL mass", "Nonresolving infiltrate", "Hemoptysis"]),
                ["Informed consent. Topical lidocaine to airway, moderate sedation. Bronchoscope introduced via %s." % pick(["mouth with bite block", "nares"]),
                 "Airway examination to the subsegmental level bilaterally. BAL performed in the %s with %d mL instilled and %d mL returned." % (pick(["RUL posterior segment", "RML", "LLL"]), 120, rint(40, 70))],
                "Findings: %s. Samples sent for cultures, AFB, fungal, cytology." % pick(["Extrinsic compression of RUL posterior segment, mucosa intact", "Purulent secretions RLL", "No endobronchial lesion"]), "BAL fluid, transbronchial biopsies")
    if p == "cath":
        return ("Left heart catheterization with coronary angiography", pick(["NSTEMI", "Abnormal stress test", "Unstable angina"]),
                ["Consent obtained. Right radial artery accessed with micropuncture under ultrasound; 6 Fr sheath placed. Radial cocktail given. Heparin %d units." % rint(3000, 6000),
                 "Selective coronary angiography performed with JL3.5 and JR4 catheters. LV gram not performed. LVEDP %d mmHg." % rint(10, 24),
                 "TR band applied at end of case."],
                "LM: normal. LAD: %d%% mid stenosis. LCx: mild luminal irregularities. RCA: dominant, %d%% proximal.\nIMPRESSION: %s" % (rint(70, 95), rint(20, 50), pick(["Single vessel CAD. PCI of mid LAD with 3.0 x 18 mm DES, 0% residual, TIMI 3 flow.", "Moderate nonobstructive CAD; medical therapy."])), "None")
    return ("EMG / Nerve conduction study", pick(["Numbness hands, r/o carpal tunnel", "Foot numbness, DM", "Low back pain with L leg radiation"]),
            ["Nerve conduction studies and needle EMG performed in the %s. Limb temperature >32 C." % pick(["bilateral upper extremities", "left lower extremity", "bilateral lower extremities"]),
             "NCS:\n Nerve       Lat(ms)  Amp    CV(m/s)\n R median   %s      %s mV   %d\n R ulnar    %s      %s mV   %d\n R sural    %s      %s uV   %d" % (
                 rf(3.5, 6.2), rf(3, 9), rint(40, 55), rf(2.5, 3.4), rf(6, 11), rint(48, 60), rf(3, 4.5), rf(2, 12), rint(36, 48))],
            "IMPRESSION: %s" % pick(["Electrodiagnostic evidence of moderate right median neuropathy at the wrist (carpal tunnel syndrome).",
                                     "Length-dependent sensorimotor axonal polyneuropathy, consistent with diabetic neuropathy.",
                                     "Chronic left L5 radiculopathy without active denervation."]), "None")

def gen_procedure_note():
    pt, fac, dt = new_ctx()
    p = pick(PROCS)
    title, ind, desc, find, spec = proc_body(p, pt)
    lay = pick(range(6))
    op = Staff(pick(["attending", "resident", "np"]))
    L = []
    if p in ("colonoscopy", "egd") and lay in (0, 1):  # Provation-like endoscopy report
        L.append(fac["name"])
        L.append("Gastroenterology - Endoscopy Unit")
        L.append("")
        L.append("Patient Name: %s %s          Procedure Date: %s" % (pt.first.title(), pt.last.title(), dus(dt, True)))
        L.append("MRN: %s                       Age: %d   Gender: %s" % (pt.ssn.replace("-", "")[-7:], pt.age, "Male" if pt.sex == "M" else "Female"))
        L.append("Attending MD: %s        Referring MD: %s" % (op.disp, Staff("attending").disp))
        L.append("")
        L.append("Procedure:            %s" % title)
        L.append("Indications:          %s" % ind)
        L.append("Medicines:            Monitored Anesthesia Care" if chance(.3) else "Medicines:            Moderate sedation")
        L.append("Procedure:            " + wrap(" ".join(desc), 78, "").replace("\n", "\n                      "))
        L.append("Findings:\n" + find)
        L.append("Impression:           %s" % ("- " + find.split("\n")[0][3:]))
        L.append("Recommendation:       - Await pathology results.\n                      - %s" % pick(["Repeat colonoscopy in 5-7 years for surveillance.", "PPI BID x 8 weeks, treat H. pylori if positive.", "Resume diet."]))
        L.append("Procedure Code(s):    %s" % pick(["45385", "43239", "45380"]))
        L.append("Number of Addenda: 0")
        L.append("\n%s\n%s" % (op.disp, dus(later(dt, minutes=30), True)))
        return L and "\n".join(L)
    if lay in (0, 1, 2):  # CPRS templated procedure note
        L.append(tiu_header(pt, pick(["PROCEDURE NOTE", "%s PROCEDURE NOTE" % title.upper(), "BEDSIDE PROCEDURE NOTE", "%s NOTE" % title.upper()]),
                            pick(["PROCEDURE NOTE", "PROCEDURE REPORT"]), dt, op, Staff("attending") if op.role != "attending" else None, style=pick([0, 1, 2, 3])))
        L.append("")
        for k, vv in [("Procedure", title), ("Indication", ind), ("Operator", op.disp), ("Supervising", pick(["present for entire procedure", "present for key portions", "N/A"])),
                      ("Consent", pick(["signed iMed consent on chart", "obtained, see consent form", "emergent - implied"])),
                      ("Time-out", "performed at %s" % tm(dt)), ("Anesthesia", "moderate sedation" if "sedation" in " ".join(desc) else pick(["1% lidocaine local", "local", "none"]))]:
            L.append("%s: %s" % (k if lay != 2 else k.upper(), vv))
        L.append("\nDescription:\n" + wrap("\n".join(desc)))
        L.append("\nFindings/Results: " + find)
        L.append("Specimens: %s" % spec)
        L.append("EBL: %s   Complications: %s" % (pick(["minimal", "<5 mL", "none"]), pick(["none", "None immediate"])))
        L.append(esig(op, dt))
    elif lay == 3:  # procedure report from outside / cath lab structured
        L.append(pick([OUTSIDE[8], OUTSIDE[6], fac["name"]]))
        L.append(pick(["PROCEDURE REPORT", "Cardiac Catheterization Laboratory Report" if p == "cath" else "SPECIAL PROCEDURES REPORT", "Neurodiagnostic Lab" if p == "emg" else "PROCEDURE REPORT"]))
        L.append("Name: %s, %s  DOB %s  Date %s" % (pt.last, pt.first, dus(pt.dob), dus(dt)))
        L.append("Performing physician: %s" % op.disp)
        L.append("INDICATION: %s" % ind)
        L.append("PROCEDURE: %s" % title)
        L.append("TECHNIQUE: " + wrap(" ".join(desc)))
        L.append("RESULTS: " + find)
        return ocr_noise("\n".join(L), 0.005)
    elif lay == 4:  # narrative short
        L.append(tiu_header(pt, "%s" % title.upper(), "PROCEDURE NOTE", dt, op, style=pick([2, 4])))
        L.append("")
        L.append(wrap("%s underwent %s for %s. %s %s Patient tolerated procedure well without immediate complication." % (
            pt.mrl, title.lower(), ind.lower(), " ".join(desc), find)))
        L.append(esig(op, dt, pick([2, 4])))
    else:  # checklist style
        L.append(pick(["PROCEDURE DOCUMENTATION", "INVASIVE PROCEDURE RECORD", "UNIVERSAL PROTOCOL / PROCEDURE"]))
        L.append(pt_banner(pt, fac))
        L.append("Procedure: %s    Date/Time: %s" % (title, dus(dt, True)))
        L.append("[X] Consent verified  [X] Correct patient  [X] Site marked  [X] Time-out  [%s] Imaging available" % pick("X "))
        L.append("Pre-procedure vitals: " + vitals_block(vitals(), pt, dt, 1))
        L.append("Technique: " + wrap(" ".join(desc)))
        L.append("Result: " + find)
        L.append("Post-procedure: stable, %s" % pick(["returned to floor", "observed 1 hr, discharged", "bed rest x 1 hr"]))
        L.append("Operator: %s" % op.disp)
    return "\n".join(L)

def gen_anesthesia_record():
    pt, fac, dt = new_ctx()
    sg = pick_surg(pt)
    lay = pick(range(7))
    an, crna = Staff("anes"), Staff("crna")
    asa = rint(*sg["asa"])
    L = []
    airway = "Mallampati %s, TMD %s FB, mouth opening %s, dentition %s" % (pick(["I", "II", "III"]), pick(["3", ">3"]), pick(["normal", ">3 FB"]), pick(["intact", "upper dentures", "poor, loose lower incisors", "edentulous"]))
    if lay == 0:  # VistA Anesthesia Report
        L.append("                       ANESTHESIA REPORT")
        L.append(pt_banner(pt, fac, 0))
        L.append("Case #: %d   Date of Operation: %s" % (rint(10000, 99999), dvc(dt)))
        L.append("")
        for k, vv in [("Anesthesia Start", tm(dt)), ("Anesthesia Finish", tm(later(dt, minutes=rint(*sg["dur"]) + 35))), ("Anesthesiologist", an.vname),
                      ("Anesthetist", crna.vname), ("ASA Class", "%d-%s" % (asa, pick(["SEVERE DISEASE", "MILD DISEASE", "SEVERE SYST DISEASE"]))),
                      ("Principal Anesthesia Technique", sg["anes"].upper()), ("Intubated", "YES" if "endotracheal" in sg["anes"] else "NO"),
                      ("Airway Trauma", "NONE"), ("Operation", sg["proc"].upper()), ("Anesthesia Care Time", "%d MINUTES" % (rint(*sg["dur"]) + 35)),
                      ("Total Fluids", "%d mL" % rint(500, 2500)), ("Blood Loss", "%d mL" % rint(*sg["ebl"])), ("Urine Output", "%d mL" % rint(0, 600)),
                      ("Agents", pick(["PROPOFOL, FENTANYL, ROCURONIUM, SEVOFLURANE", "BUPIVACAINE 0.75% HYPERBARIC 1.6 ML (SPINAL), PROPOFOL INFUSION", "MIDAZOLAM, FENTANYL, PROPOFOL"])),
                      ("Monitors", "ECG, NIBP, SPO2, ETCO2, TEMP"), ("PACU Arrival", "Stable, Aldrete %d" % rint(7, 10))]:
            L.append("%-32s %s" % (k + ":", vv))
        L.append(esig(an, dt, 0))
        return paginate("\n".join(L), pt, fac, form="ANESTHESIA REPORT")
    if lay == 1:  # preanesthesia evaluation note
        L.append(tiu_header(pt, pick(["ANESTHESIA PRE-OP EVALUATION", "PREANESTHESIA ASSESSMENT", "ANESTHESIA PREOP NOTE"]), "ANESTHESIOLOGY PRE-OP NOTE", dt, pick([an, crna]), style=pick([0, 1, 3])))
        L.append("")
        L.append("Planned procedure: %s  Surgeon: %s" % (sg["proc"], Staff("surgeon").dr))
        L.append("PMH: %s" % ", ".join(picks(["HTN", "DM2", "CAD s/p PCI", "COPD", "OSA on CPAP", "GERD", "CKD 3", "Afib on apixaban"], 3)))
        L.append("Prior anesthesia: %s" % pick(["GA 2006 without complication", "None", "PONV"]))
        L.append("NPO status: %s" % pick(["since midnight", "solids 2200, clears 0500"]))
        L.append(allergy_line(pt))
        L.append("Airway: " + airway)
        L.append("Exam: heart RRR, lungs CTA")
        L.append("Labs: Hgb %s, K %s, Cr %s, glucose %d" % (rf(11.5, 15.5), rf(3.6, 5.0), rf(0.7, 1.6), rint(90, 210)))
        L.append("ASA %d. Plan: %s. Risks including sore throat, dental injury, N/V, awareness, aspiration, nerve injury and cardiopulmonary complications discussed; patient agrees." % (asa, sg["anes"]))
        L.append(esig(an, dt))
    elif lay == 2:  # intraop vitals grid record (scanned)
        L.append(pick(["ANESTHESIA RECORD", "INTRAOPERATIVE ANESTHESIA RECORD", "VA FORM 10-2770"]))
        L.append("%s   %s   OR %d   %s" % (pt.vname, pt.ssn, rint(1, 8), dus(dt)))
        L.append("Procedure: %s   ASA %d   Technique: %s" % (sg["proc"], asa, sg["anes"]))
        L.append("")
        L.append("TIME   BP        HR   SpO2  EtCO2  Temp  Agent/Event")
        t = dt
        for i in range(rint(8, 14)):
            ev = pick(["", "", "", "induction" if i == 1 else "", "incision" if i == 2 else "", "phenylephrine 100 mcg", "fentanyl 50 mcg", "ondansetron 4 mg", "LR bolus"])
            L.append("%s   %-9s %-4d %-5d %-6s %-5s %s" % (tm(t), "%d/%d" % (rint(95, 150), rint(50, 85)), rint(55, 95), rint(95, 100), rint(30, 40) if "endo" in sg["anes"] else "--", rf(35.8, 36.9), ev))
            t = later(t, minutes=15)
        L.append("")
        L.append("Airway: %s" % ("ETT %s, grade %s view, %s, secured at %d cm" % (pick(["7.5", "8.0", "7.0"]), pick(["I", "II"]), pick(["MAC 3", "glidescope"]), rint(21, 24)) if "endo" in sg["anes"] else pick(["LMA #4", "nasal cannula 3L", "spinal L3-4, 25g Whitacre, clear CSF"])))
        L.append("IV: %dg %s   A-line: %s" % (pick([18, 20]), pick(["L hand", "R FA"]), pick(["none", "R radial"])))
        L.append("Totals: Crystalloid %d mL  EBL %d mL  UOP %s" % (rint(500, 2000), rint(*sg["ebl"]), pick(["--", str(rint(100, 500))])))
        L.append("Anesthesia: %s  /  %s" % (an.disp, crna.disp))
        return ocr_noise("\n".join(L), 0.01)
    elif lay == 3:  # postanesthesia note
        L.append(tiu_header(pt, pick(["POST-ANESTHESIA NOTE", "ANESTHESIA POST-OP EVALUATION", "PACU ANESTHESIA DISCHARGE"]), "ANESTHESIOLOGY POST-OP NOTE", dt, pick([an, crna]), style=pick(range(5))))
        L.append("")
        L.append("Procedure: %s under %s." % (sg["proc"], sg["anes"].lower()))
        L.append("Respiratory function: %s" % pick(["stable, SpO2 96% on 2L", "unlabored on RA"]))
        L.append("Cardiovascular: stable. Mental status: %s. Pain: %s. N/V: %s. Hydration: adequate." % (pick(["awake, alert", "returned to baseline"]), pick(["controlled", "3/10"]), pick(["none", "mild, treated"])))
        L.append("No apparent anesthesia complications. Patient may be discharged from PACU when criteria met.")
        L.append(esig(an, dt, pick([0, 1, 2])))
    elif lay == 4:  # regional block procedure record
        L.append(tiu_header(pt, pick(["REGIONAL ANESTHESIA PROCEDURE NOTE", "NERVE BLOCK NOTE"]), "ANESTHESIOLOGY NOTE", dt, an, style=pick([0, 3])))
        L.append("")
        L.append("Block: %s   Side: %s   Indication: postoperative analgesia for %s" % (pick(["Adductor canal", "Interscalene", "Femoral", "TAP"]), pick(["left", "right"]), sg["proc"].lower()))
        L.append("Consent obtained. Time-out performed. Monitors applied. Sedation: midazolam %d mg." % rint(1, 2))
        L.append("Ultrasound guided, in-plane, %s 22g needle. Local: %s %d mL. Negative aspiration q5 mL, no paresthesia, no intravascular injection." % (pick(["Stimuplex", "B-Braun"]), pick(["ropivacaine 0.5%", "bupivacaine 0.25%"]), rint(15, 30)))
        L.append("Patient tolerated well.")
        L.append(esig(an, dt))
    elif lay == 5:  # sedation record (non-OR)
        L.append(pick(["MODERATE SEDATION RECORD", "PROCEDURAL SEDATION FLOWSHEET"]))
        L.append(pt_banner(pt, fac))
        L.append("Procedure: %s  Location: %s" % (pick(["colonoscopy", "TEE", "bronchoscopy", "cardioversion"]), pick(["GI lab", "cath lab", "ICU"])))
        L.append("Pre-sedation: ASA %d, Mallampati %s, NPO > 6 h, airway assessed." % (rint(1, 3), pick(["I", "II"])))
        L.append("Drugs: midazolam %d mg IV, fentanyl %d mcg IV (titrated)." % (rint(2, 5), pick([50, 75, 100, 125])))
        L.append("Ramsay score max %d. Lowest SpO2 %d%%. Recovery: Aldrete %d at %s." % (rint(2, 4), rint(88, 97), rint(8, 10), tm(later(dt, minutes=45))))
        L.append("RN: %s   Physician: %s" % (Staff("rn").disp, an.disp))
    else:  # outside ambulatory surgery anesthesia record
        L.append(pick(OUTSIDE[6:8]) + " - Ambulatory Surgery")
        L.append("ANESTHESIA RECORD / SUMMARY")
        L.append("Patient: %s, %s   DOB: %s   Date: %s" % (pt.last, pt.first, dus(pt.dob), dus(dt)))
        L.append("Procedure: %s   ASA: %d   Type: %s" % (sg["proc"], asa, sg["anes"]))
        L.append("Airway exam: " + airway)
        L.append("Medications given: " + pick(["propofol 150 mg, fentanyl 100 mcg, dexamethasone 4 mg, ondansetron 4 mg", "midazolam 2 mg, propofol infusion 50 mcg/kg/min"]))
        L.append("Events: none.  PACU: stable.  Signed: %s" % an.disp)
        return ocr_noise("\n".join(L), 0.007)
    return "\n".join(L)

def gen_lab_report():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    prov = Staff(pick(["attending", "np", "resident"]))
    sc = pick_med(pt)
    L = []
    cbc = [("WBC", rf(3.5, 14), "K/cmm", "4.8-10.8"), ("RBC", rf(3.5, 5.8, 2), "M/cmm", "4.7-6.1"), ("HGB", rf(9, 16.5), "g/dL", "14.0-18.0"),
           ("HCT", rf(28, 50), "%", "42-52"), ("MCV", rf(78, 104), "fl", "80-94"), ("PLT", rint(90, 420), "K/cmm", "130-400")]
    chem = [("SODIUM", rint(128, 146), "mmol/L", "136-145"), ("POTASSIUM", rf(3.2, 5.8), "mmol/L", "3.5-5.1"), ("CHLORIDE", rint(95, 110), "mmol/L", "98-107"),
            ("CO2", rint(19, 31), "mmol/L", "22-29"), ("UREA NITROGEN", rint(8, 45), "mg/dL", "7-20"), ("CREATININE", rf(0.7, 2.4), "mg/dL", "0.7-1.3"),
            ("GLUCOSE", rint(70, 260), "mg/dL", "70-110"), ("CALCIUM", rf(8.2, 10.4), "mg/dL", "8.5-10.1")]
    chem.append(("eGFR", min(110, int(88 / chem[5][1] ** 1.15)), "mL/min/1.73m2", ">60"))

    def flag(v, ref):
        m = re.match(r"([\d.]+)-([\d.]+)", ref)
        if m:
            lo, hi = float(m.group(1)), float(m.group(2))
            return "H" if float(v) > hi else ("L" if float(v) < lo else "")
        if ref.startswith(">") and float(v) < float(ref[1:]):
            return "L"
        return ""
    panel = pick([cbc, chem, chem + cbc[:3], sc["labs"]])
    rows = [(n, str(v), u, r, flag(v, r)) for n, v, u, r in panel] if panel is not sc["labs"] else sc["labs"]
    if lay in (0, 1):  # VistA lab interim report
        L.append(pick(["                 ---- CHEMISTRY & HEMATOLOGY ----", "LAB INTERIM REPORT", "Interim report", ""]))
        L.append("%s   %s   %s" % (pt.vname, pt.ssn, dvc(pt.dob)))
        L.append("Report Released Date/Time: %s" % dmix(later(dt, hours=2), True))
        L.append("Provider: %s" % prov.vname)
        L.append("  Specimen: %s.            %s %s %d" % (pick(["SERUM", "BLOOD", "PLASMA"]), pick(["CH", "HE"]), "%02d%02d" % (dt.month, dt.day), rint(1, 999)))
        L.append("    Specimen Collection Date: %s" % dmix(dt, True))
        L.append("      Test name                Result    units      Ref.   range   Site Code")
        site = "[%s]" % fac["station"]
        for n, v, u, r, f in rows:
            L.append("%-30s %-9s %-10s %-14s %s" % (n, (v + " " + f).strip(), u, r, site))
        if chance(.5):
            L.append("Comment: %s" % pick(["Specimen slightly hemolyzed.", "Critical value called to %s RN at %s, read back verified." % (pick(LAST).title(), tm(later(dt, hours=1))),
                                           "eGFR calculated using CKD-EPI equation.", "Patient fasting."]))
        L.append("=" * 78)
        L.append("Performing Lab Sites")
        L.append("%s %s %s, %s %s" % (site, fac["name"], fac["addr"], fac["town"].title(), fac["st"]))
        return paginate("\n".join(L), pt, fac, form="LAB")
    if lay == 2:  # microbiology
        org = pick([("ESCHERICHIA COLI", "URINE"), ("STAPHYLOCOCCUS AUREUS (MRSA)", "WOUND"), ("STREPTOCOCCUS PNEUMONIAE", "BLOOD"), ("KLEBSIELLA PNEUMONIAE", "SPUTUM")])
        L.append("MICROBIOLOGY")
        L.append("%s  %s" % (pt.vname, pt.ssn))
        L.append("Accession [UID]: MICRO %d %d [%d]   Received: %s" % (dt.year % 100, rint(100, 9999), rint(10 ** 9, 10 ** 10 - 1), dmix(dt, True)))
        L.append("Collection sample: %s         Collection date: %s" % (org[1], dmix(dt, True)))
        L.append("Site/Specimen: %s" % org[1])
        L.append("Provider: %s" % prov.vname)
        L.append("* BACTERIOLOGY FINAL REPORT => %s   TECH CODE: %d" % (dmix(later(dt, days=3), True), rint(100, 999)))
        L.append("CULTURE RESULTS: %s - %s" % (org[0], pick([">100,000 CFU/ML", "MODERATE GROWTH", "GROWTH IN 2 OF 2 BOTTLES"])))
        L.append("ANTIBIOTIC SUSCEPTIBILITY TEST RESULTS:")
        L.append("                    %s" % org[0][:24])
        abx = ["AMPICILLIN", "CEFAZOLIN", "CEFTRIAXONE", "CIPROFLOXACIN", "TMP/SMX", "NITROFURANTOIN", "GENTAMICIN", "VANCOMYCIN", "OXACILLIN", "CLINDAMYCIN"]
        for a in picks(abx, rint(5, 8)):
            L.append("%-20s%-10s%s" % (a, pick(["S", "S", "S", "R", "I"]), pick(["<=2", "<=1", ">=32", "0.5", "<=16"])))
        return "\n".join(L)
    if lay == 3:  # cumulative report
        L.append("CUMULATIVE LAB REPORT  %s" % pick(["CHEM 7", "DIABETES PANEL", "RENAL"]))
        L.append(pt_banner(pt, fac, 1))
        dates = [later(dt, days=-30 * i) for i in range(4)][::-1]
        L.append("%-16s" % "Test" + "".join("%-12s" % dus(d, yy=True) for d in dates) + "Units   Ref")
        for n, v, u, r, f in rows[:7]:
            vals = []
            for d in dates:
                try:
                    vals.append(str(round(float(v) * R.uniform(0.85, 1.15), 1)))
                except ValueError:
                    vals.append(v)
            L.append("%-16s" % n[:15] + "".join("%-12s" % x for x in vals) + "%-7s %s" % (u[:7], r))
        L.append("\nH = High  L = Low  * = Critical")
        return "\n".join(L)
    if lay == 4:  # outside reference lab
        labname = pick(["TRI-COUNTY CLINICAL LABORATORIES", "MIDWEST REFERENCE LAB, INC.", "PATHWAY DIAGNOSTICS"])
        L.append(labname)
        L.append("CLIA #%02dD%07d   Lab Director: %s, MD" % (rint(10, 99), rint(1000000, 9999999), pick(LAST).title()))
        L.append("")
        L.append("PATIENT: %s, %s       DOB: %s   SEX: %s" % (pt.last, pt.first, dus(pt.dob), pt.sex))
        L.append("ORDERING: %s    ACCOUNT: VA COMMUNITY CARE" % Staff("attending").disp)
        L.append("COLLECTED: %s   RECEIVED: %s   REPORTED: %s" % (dus(dt, True), dus(later(dt, hours=4), True), dus(later(dt, days=1), True)))
        L.append("")
        L.append("TEST                      RESULT      FLAG   UNITS       REFERENCE")
        for n, v, u, r, f in rows:
            L.append("%-25s %-11s %-6s %-11s %s" % (n.title(), v, f, u, r))
        L.append("\nPAGE 1 OF 1      FINAL REPORT")
        return ocr_noise("\n".join(L), 0.006)
    if lay == 5:  # urinalysis
        L.append(pick(["URINALYSIS", "UA W/ MICROSCOPIC", "URINE STUDIES"]))
        L.append("%s  %s  Collected %s" % (pt.vname, pt.ssn, dmix(dt, True)))
        pos = chance(.5)
        for n, v, r in [("COLOR", "YELLOW", ""), ("APPEARANCE", pick(["CLEAR", "CLOUDY"]) if pos else "CLEAR", "CLEAR"), ("SPECIFIC GRAVITY", str(rf(1.005, 1.030, 3)), "1.005-1.030"),
                        ("PH", str(rint(5, 8)), "5-8"), ("PROTEIN", pick(["NEG", "TRACE", "1+"]), "NEG"), ("GLUCOSE", pick(["NEG", "NEG", "2+"]), "NEG"),
                        ("KETONES", "NEG", "NEG"), ("BLOOD", pick(["NEG", "SMALL", "MODERATE"]) if pos else "NEG", "NEG"), ("NITRITE", "POS" if pos else "NEG", "NEG"),
                        ("LEUK ESTERASE", pick(["LARGE", "MODERATE"]) if pos else "NEG", "NEG"), ("WBC", pick([">100", "25-50"]) if pos else "0-2", "0-5 /HPF"),
                        ("RBC", pick(["5-10", "0-2"]), "0-2 /HPF"), ("BACTERIA", pick(["MANY", "MOD"]) if pos else "NONE", "NONE")]:
            L.append("  %-18s %-10s %s" % (n, v, r))
        L.append(esig(Staff("clerk"), dt, 4) if chance(.3) else "")
        return "\n".join(L)
    # lay 6: POC glucose / A1c / lipid focused results sheet
    L.append(pick(["POINT OF CARE GLUCOSE LOG", "Lipid/A1c Results", "SELECTED LAB RESULTS"]))
    L.append(pt_banner(pt, fac))
    if chance(.5):
        t = dt
        for i in range(rint(6, 14)):
            L.append("%s  %s  %d mg/dL  %s" % (dus(t, True), pick(["AC", "HS", "AC", "2AM"]), rint(65, 320), pick(["", "", "insulin given per scale", "RN notified"])))
            t = later(t, hours=pick([4, 5, 6]))
    else:
        for n, v, u, r in [("HEMOGLOBIN A1C", rf(5.6, 10.4), "%", "4.0-6.0"), ("CHOLESTEROL", rint(120, 260), "mg/dL", "<200"), ("TRIGLYCERIDE", rint(70, 400), "mg/dL", "<150"),
                           ("HDL", rint(25, 70), "mg/dL", ">40"), ("LDL (CALC)", rint(50, 180), "mg/dL", "<100"), ("MICROALB/CREAT RATIO", rint(5, 300), "mg/g", "<30")]:
            L.append("%-22s %-8s %-6s %s   %s" % (n, v, u, r, dus(dt)))
    return "\n".join(L)

def gen_imaging_report():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    st = pick(IMAGING)
    rad, req = Staff("rad"), Staff(pick(["attending", "np", "resident"]))
    comp = st["comp"].replace("{date2}", dus(later(dt, days=-rint(90, 1200))))
    case_no = rint(100, 9999)
    L = []
    if lay in (0, 1, 2):  # VistA radiology report
        L.append(pick(["", "                          RADIOLOGY REPORT", "MEDICAL RECORD  |  RADIOLOGY"]))
        L.append(pt_banner(pt, fac, pick([0, 1])))
        L.append("Exm Date: %s" % dv(dt))
        L.append("Req Phys: %-28sPat Loc: %s" % (req.vname, pick(["PRIMARY CARE (Req'g Loc)", "4 WEST (Req'g Loc)", "ER (Req'g Loc)", "CBOC (Req'g Loc)"])))
        L.append("%38sImg Loc: %s" % ("", pick(["RADIOLOGY", "CT SCANNER", "ULTRASOUND", "MRI"])))
        L.append("%38sService: %s" % ("", pick(["Unknown", "MEDICINE", "SURGERY"])))
        L.append("")
        L.append(" (Case %d %s) %-34s (%s  Detailed) CPT:%s" % (case_no, pick(["COMPLETE", "COMPLETE"]), st["exam"][:34], st["mod"] if st["mod"] in ("CT", "MR", "US") else "RAD", st["cpt"]))
        L.append("")
        L.append("    Proc Modifiers : %s" % pick(["", "LEFT", "RIGHT", ""]))
        L.append("    Clinical History:")
        L.append(wrap(st["hx"] + ". " + pick(["", "Eval for %s." % pick(["pna", "fracture", "progression"])]), indent="      "))
        L.append("")
        L.append("    Report Status: Verified                   Date Reported: %s" % dvc(dt))
        L.append("                                              Date Verified: %s" % dvc(later(dt, hours=rint(1, 20))))
        L.append("    Verifier E-Sig:/ES/%s" % rad.full)
        L.append("")
        L.append("    Report:")
        if lay == 1:
            L.append(wrap("TECHNIQUE: %s" % pick(["Standard protocol.", "Axial images with coronal and sagittal reformats.", "Grayscale and color Doppler imaging."]), indent="      "))
            L.append(wrap("COMPARISON: %s" % comp, indent="      "))
            L.append(wrap("FINDINGS: " + st["find"], indent="      "))
        else:
            L.append(wrap(st["find"] + (" Comparison: %s" % comp if "None" not in comp else ""), indent="      "))
        L.append("")
        L.append("    Impression:")
        L.append(wrap(st["imp"], indent="      "))
        L.append("")
        L.append("    Primary Diagnostic Code: %s" % st["code"])
        L.append("")
        L.append("Primary Interpreting Staff:")
        L.append("  %s, Staff Physician" % rad.vname)
        if lay == 2 and "CRITICAL" in st["code"]:
            L.append("  Findings communicated to %s by telephone at %s." % (req.dr, tm(later(dt, hours=1))))
        L.append("/%s" % pick(["jdk", "RS", "tcm"]))
        return paginate("\n".join(L), pt, fac, form="RADIOLOGY")
    if lay == 3:  # outside imaging center
        L.append(pick(["VALLEY OPEN MRI & IMAGING", "PREMIER DIAGNOSTIC IMAGING", OUTSIDE[0] + " - DEPARTMENT OF RADIOLOGY"]))
        L.append("Phone %s  Fax %s" % (phone(), phone()))
        L.append("")
        L.append("PATIENT: %s, %s   DOB: %s   EXAM DATE: %s" % (pt.last, pt.first, dus(pt.dob), dus(dt)))
        L.append("REFERRING: VA COMMUNITY CARE / %s" % req.disp)
        L.append("EXAM: %s" % st["exam"])
        L.append("\nHISTORY: %s\nCOMPARISON: %s\n\nFINDINGS:\n%s\n\nIMPRESSION:\n%s" % (st["hx"], comp, wrap(st["find"]), st["imp"]))
        L.append("\nElectronically signed by %s on %s" % (rad.disp, dus(later(dt, hours=6), True)))
        return ocr_noise("\n".join(L), 0.005)
    if lay == 4:  # echocardiogram
        ef = rint(20, 65)
        L.append(pick(["ECHOCARDIOGRAPHY REPORT", "TRANSTHORACIC ECHOCARDIOGRAM", "ECHO LAB"]))
        L.append(pt_banner(pt, fac))
        L.append("Date: %s   Ht: %d in  Wt: %d lb  BSA: %s m2  BP: %s  Rhythm: %s" % (dus(dt), pt.ht, pt.wt, rf(1.7, 2.4, 2), vitals()["bp"], pick(["NSR", "AF", "SR"])))
        L.append("Indication: %s   Quality: %s" % (pick(["CHF", "murmur", "CVA", "dyspnea"]), pick(["good", "fair", "technically difficult"])))
        L.append("")
        L.append("MEASUREMENTS:  LVIDd %s cm  LVIDs %s cm  IVS %s cm  PW %s cm  LA %s cm  Ao root %s cm" % (rf(4.2, 6.8), rf(2.8, 5.6), rf(0.8, 1.4), rf(0.8, 1.3), rf(3.2, 5.0), rf(2.8, 3.8)))
        L.append("Doppler: E/A %s, E/e' %d, TR velocity %s m/s, RVSP %d mmHg" % (rf(0.6, 2.2), rint(6, 18), rf(2.2, 3.4), rint(22, 55)))
        L.append("")
        L.append("FINDINGS:")
        L.append(" Left ventricle: %s. EF %d%% by biplane Simpson's. %s" % (pick(["Normal size", "Mildly dilated", "Moderately dilated"]), ef, "Normal wall motion." if ef >= 50 else "Global hypokinesis, akinetic apex."))
        L.append(" Right ventricle: %s.  Atria: %s." % (pick(["normal size and function", "mildly reduced function"]), pick(["normal", "LA moderately enlarged"])))
        L.append(" Valves: %s." % pick(["Mild MR, trace TR, aortic sclerosis without stenosis", "Moderate MR", "Mild AS, AVA 1.6 cm2, mean gradient 14 mmHg"]))
        L.append(" Pericardium: no effusion.")
        L.append("\nCONCLUSIONS:\n1. LVEF %d%%.\n2. %s" % (ef, pick(["Grade I diastolic dysfunction.", "Elevated filling pressures.", "No significant valvular disease."])))
        L.append("\nInterpreting cardiologist: %s" % Staff("cards").disp)
        return "\n".join(L)
    if lay == 5:  # nuclear stress test
        L.append(pick(["NUCLEAR MEDICINE - MYOCARDIAL PERFUSION IMAGING", "PHARMACOLOGIC STRESS MPI", "NM MYOCARDIAL PERFUSION SPECT (REST & STRESS)"]))
        L.append(pt_banner(pt, fac, 0))
        L.append("Exm Date: %s   CPT: 78452" % dv(dt))
        L.append("Indication: %s" % pick(["chest pain", "preop evaluation", "dyspnea on exertion"]))
        L.append("Protocol: 1-day rest/stress Tc-99m %s. Rest dose %d mCi, stress dose %d mCi." % (pick(["sestamibi", "tetrofosmin"]), rint(8, 12), rint(28, 36)))
        L.append("Stress: %s" % pick(["Regadenoson 0.4 mg IV. HR rose from 68 to 92. No chest pain. ECG: no ischemic changes.", "Bruce protocol, exercised 6:30 min, 7.0 METS, 88% MPHR, stopped for fatigue."]))
        res = pick([("Normal perfusion. No ischemia or infarct.", 58), ("Medium size, moderate intensity reversible defect in the anterior wall and apex consistent with LAD ischemia.", 52),
                    ("Fixed inferior defect consistent with prior infarct; no ischemia.", 44)])
        L.append("Images: " + res[0])
        L.append("Gated SPECT: LVEF %d%%, TID ratio %s." % (res[1], rf(0.95, 1.25, 2)))
        L.append("IMPRESSION: %s" % ("Low risk study." if res[1] > 55 else "Abnormal study, see above."))
        L.append("Verifier E-Sig:/ES/%s" % rad.full)
        return "\n".join(L)
    # lay 6: brief prelim/wet read in CPRS
    L.append(tiu_header(pt, pick(["RADIOLOGY PRELIMINARY REPORT", "IMAGING RESULT NOTE", "RAD WET READ"]), "RADIOLOGY REPORT", dt, rad, style=pick([2, 3, 4])))
    L.append("")
    L.append("%s: %s" % (st["exam"], st["imp"].split("\n")[0]))
    L.append("Final report to follow." if chance(.5) else "")
    return "\n".join(L)

def gen_pathology_report():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    if chance(.5):
        sg = pick([s for s in SURG if s["path"]])
        if sg["key"] == "turp":
            pt.male()
        spec, gross, micro, dx = sg["path"]
        clin, pre = fill(sg["ind"], pt).split(". Risks")[0].rstrip(".") + ".", sg["pre"]
    else:
        px = pick(PATH_EXTRA)
        if "PROSTATE" in px["spec"]:
            pt.male()
        spec, gross, micro, dx, clin, pre = px["spec"], px["gross"], px["micro"], px["dx"], px["clin"], px["pre"]
    gross, clin = fill(gross, pt), fill(clin, pt)
    path_, sub = Staff("path"), Staff(pick(["surgeon", "attending", "resident"]))
    acc = "SP %02d %d" % (dt.year % 100, rint(100, 4999))
    L = []
    if lay in (0, 1, 2):  # VistA surgical pathology
        L.append(pick(["                       SURGICAL PATHOLOGY", "MEDICAL RECORD  |  SURGICAL PATHOLOGY", "---- SURGICAL PATHOLOGY ----"]))
        L.append(pt_banner(pt, fac, 0))
        L.append("Accession No. %s                    Date obtained: %s" % (acc, dvc(dt)))
        L.append("Submitted by: %-25s Date received: %s" % (sub.vname, dvc(later(dt, hours=3))))
        L.append("Specimen (Received %s):" % dus(dt))
        L.append("  %s" % spec)
        L.append("Brief Clinical History:")
        L.append(wrap(clin, indent="  "))
        L.append("Preoperative Diagnosis:\n  %s" % pre)
        L.append("Operative Findings:\n  %s" % pick(["See operative report.", "", "As above."]))
        L.append("Postoperative Diagnosis:\n  %s" % pick(["Same", pre]))
        L.append("")
        L.append("Gross Description:")
        L.append(wrap(gross, indent="  ") + "  (%s/%s)" % (path_.last[:2].lower(), pick(["ab", "cd"])))
        L.append("")
        if lay == 1:
            L.append("Microscopic Exam/Diagnosis:")
            L.append(wrap(micro, indent="  "))
            L.append(dx)
        else:
            L.append("Microscopic Description:\n" + wrap(micro, indent="  "))
            L.append("\nSurgical Path Diagnosis:\n" + dx)
        if lay == 2:
            L.append("\nSupplementary Report:\n  Date: %s\n  %s" % (dus(later(dt, days=5)), pick(["Immunohistochemical stains support the above diagnosis.", "Additional levels examined; diagnosis unchanged.", "Case reviewed at intradepartmental consensus conference."])))
        L.append("")
        L.append("%s, MD   Pathologist   %s" % (path_.full, dus(later(dt, days=rint(1, 6)))))
        L.append("/es/ %s" % path_.full)
        return paginate("\n".join(L), pt, fac, form="SURGICAL PATHOLOGY", per=rint(45, 60))
    if lay == 3:  # outside / reference lab pathology
        L.append(pick(["REGIONAL PATHOLOGY ASSOCIATES", OUTSIDE[6] + " - ANATOMIC PATHOLOGY", "DERMPATH DIAGNOSTICS OF THE MIDLANDS"]))
        L.append("PATHOLOGY REPORT")
        L.append("Patient: %s, %s   DOB: %s   Case: %s-%d" % (pt.last, pt.first, dus(pt.dob), pick(["S", "D", "A"]) + str(dt.year % 100), rint(1000, 99999)))
        L.append("Collected: %s   Received: %s   Physician: %s" % (dus(dt), dus(later(dt, days=1)), sub.disp))
        L.append("\nFINAL DIAGNOSIS:\n" + dx)
        L.append("\nCLINICAL INFORMATION: " + clin)
        L.append("\nGROSS DESCRIPTION: " + wrap(gross))
        L.append("\nMICROSCOPIC DESCRIPTION: " + wrap(micro))
        L.append("\nI have personally reviewed the slides and rendered the above diagnosis.\n%s (electronic signature) %s" % (path_.disp, dus(later(dt, days=2))))
        return ocr_noise("\n".join(L), 0.006)
    if lay == 4:  # diagnosis-first brief report
        L.append("PATHOLOGY REPORT  %s" % acc)
        L.append("%s  %s" % (pt.vname, pt.ssn))
        L.append("DIAGNOSIS:\n" + dx)
        L.append("\nSpecimen: %s\nClinical: %s" % (spec, clin))
        L.append("Gross: " + wrap(gross))
        L.append("\nSigned out by %s on %s" % (path_.disp, dus(later(dt, days=3))))
        return "\n".join(L)
    # lay 5: cytology style
    L.append(pick(["CYTOPATHOLOGY", "NON-GYN CYTOLOGY REPORT", "CYTOLOGY"]))
    L.append(pt_banner(pt, fac))
    L.append("Accession No. CY %02d %d    Date obtained: %s" % (dt.year % 100, rint(10, 999), dvc(dt)))
    cy = pick([("PLEURAL FLUID, RIGHT", "%d mL of cloudy yellow fluid; cytospin and cell block prepared." % rint(50, 500), "NEGATIVE FOR MALIGNANT CELLS. Reactive mesothelial cells and mixed inflammation."),
               ("BRONCHIAL WASHING, RUL", "%d mL of mucoid fluid; ThinPrep and cell block." % rint(10, 40), "POSITIVE FOR MALIGNANT CELLS, consistent with squamous cell carcinoma."),
               ("URINE, VOIDED", "%d mL yellow urine; ThinPrep." % rint(20, 80), "NEGATIVE FOR HIGH-GRADE UROTHELIAL CARCINOMA (Paris category II)."),
               ("THYROID, LEFT LOBE NODULE, FNA", "4 passes; smears and cell block.", "BENIGN (Bethesda category II). Consistent with benign follicular nodule.")])
    L.append("Specimen: %s" % cy[0])
    L.append("Gross Description: %s" % cy[1])
    L.append("Cytopathology Report: %s" % cy[2])
    L.append("Cytotechnologist: %s   Pathologist: %s" % (pick(LAST).title(), path_.disp))
    return "\n".join(L)

def gen_ecg_report():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    rhythm = pick([("Normal sinus rhythm", rint(62, 95), "Normal ECG"), ("Sinus bradycardia", rint(45, 58), "Otherwise normal ECG"),
                   ("Atrial fibrillation with rapid ventricular response", rint(112, 150), "Nonspecific ST and T wave abnormality"),
                   ("Sinus rhythm with 1st degree AV block", rint(58, 80), "Left anterior fascicular block"),
                   ("Normal sinus rhythm", rint(60, 90), "Left bundle branch block"), ("Sinus tachycardia", rint(101, 125), "Borderline ECG"),
                   ("Normal sinus rhythm", rint(65, 88), "Inferior infarct, age undetermined"), ("Sinus rhythm", rint(60, 85), "ST depression V4-V6, consider ischemia")])
    af = "fibrillation" in rhythm[0]
    pr = "---" if af else rint(200, 260) if "1st" in rhythm[0] else rint(130, 198)
    qrs = rint(124, 160) if "bundle" in rhythm[2] else rint(78, 108)
    qt = rint(340, 440)
    qtc = int(qt / ((60.0 / rhythm[1]) ** 0.5))
    axes = (rint(-10, 80), rint(-45, 90), rint(0, 80))
    reader = Staff("cards")
    abn = "Normal ECG" not in rhythm[2]
    L = []
    if lay in (0, 1):  # MUSE-style
        L.append("%s   %s   %s" % (pt.vname, dus(dt, True), fac["short"]) if lay == 0 else "%s  ID:%s  %s" % (pt.vname, pt.ssn.replace("-", ""), dus(dt, True)))
        L.append("%d yr  %s   %s in   %d lb   Loc:%d  Room:%s" % (pt.age, "Male" if pt.sex == "M" else "Female", pt.ht, pt.wt, rint(1, 40), pick(["ER", "412", "CLINIC"])))
        L.append("Vent. rate      %4d  BPM" % rhythm[1])
        L.append("PR interval     %4s  ms" % pr)
        L.append("QRS duration    %4d  ms" % qrs)
        L.append("QT/QTc     %d/%d  ms" % (qt, qtc))
        L.append("P-R-T axes  %s %d %d" % ("***" if af else str(axes[0]), axes[1], axes[2]))
        L.append("")
        L.append(rhythm[0])
        L.append(rhythm[2])
        L.append(pick(["Abnormal ECG" if abn else "", "When compared with ECG of %s, %s" % (dus(later(dt, days=-rint(30, 900)), yy=True), pick(["no significant change was found", "rate is faster", "new ST changes"]))]))
        L.append("Confirmed by %s (%d) on %s" % (reader.full.title(), rint(100, 999), dus(later(dt, hours=rint(2, 48)), True)))
        L.append("")
        L.append("Referred by: %s          %s" % (Staff("attending").last.title(), pick(["Confirmed by:", "Unconfirmed", ""])))
        L.append("25mm/s  10mm/mV  150Hz  %s" % pick(["MAC5K 009C", "MAC 5500", "CP200"]))
        return ocr_noise("\n".join(L), 0.004 if lay == 0 else 0.01)
    if lay == 2:  # VistA medicine package
        L.append("                        ELECTROCARDIOGRAM")
        L.append(pt_banner(pt, fac, 0))
        L.append("Date/Time: %s   Procedure: ECG   Status: VERIFIED" % dv(dt))
        L.append("Rate: %d   PR Interval: %s   QRS Duration: %d   QT: %d   QTc: %d" % (rhythm[1], pr, qrs, qt, qtc))
        L.append("P Axis: %s   R Axis: %d   T Axis: %d" % ("" if af else axes[0], axes[1], axes[2]))
        L.append("Interpretation: %s, %s" % (rhythm[0].upper(), rhythm[2].upper()))
        L.append("Auto Instrument: YES    Confirmation Status: CONFIRMED")
        L.append("Interpretation by: %s" % reader.vname)
        return "\n".join(L)
    if lay == 3:  # CPRS ECG interpretation note
        L.append(tiu_header(pt, pick(["EKG INTERPRETATION", "ECG READ", "CARDIOLOGY ECG REPORT"]), "CARDIOLOGY NOTE", dt, reader, style=pick(range(5))))
        L.append("")
        L.append("12-lead ECG obtained %s for %s." % (dus(dt, True), pick(["preop", "chest pain", "palpitations", "routine"])))
        L.append("Rate %d, %s. Intervals PR %s, QRS %d, QTc %d. Axis %d." % (rhythm[1], rhythm[0].lower(), pr, qrs, qtc, axes[1]))
        L.append("Interpretation: %s." % rhythm[2])
        L.append(pick(["Compared to prior: no significant change.", "No prior available for comparison.", "Clinical correlation recommended."]))
        L.append(esig(reader, dt))
        return "\n".join(L)
    if lay == 4:  # handwritten-ish outside ECG interpretation (faxed)
        L.append("%s - CARDIOLOGY" % pick(OUTSIDE[:3] + [OUTSIDE[8]]))
        L.append("ECG INTERPRETATION")
        L.append("Name: %s %s   DOB %s   Date %s" % (pt.first.title(), pt.last.title(), dus(pt.dob), dus(dt)))
        L.append("Rhythm: %s   Rate: %d" % (rhythm[0], rhythm[1]))
        L.append("PR: %s  QRS: %d  QT/QTc: %d/%d   Axis: %s" % (pr, qrs, qt, qtc, pick(["normal", "LAD", "RAD"]) if axes[1] > -30 else "LAD"))
        L.append("Findings: %s" % rhythm[2])
        L.append("[%s] Normal  [%s] Abnormal  [ ] Borderline" % (" " if abn else "X", "X" if abn else " "))
        L.append("Reading physician: %s" % reader.disp)
        L.append("\nFAX  %s  P.%d" % (dus(later(dt, days=1), True), rint(1, 3)))
        return ocr_noise("\n".join(L), 0.012)
    # lay 5: Holter / event monitor summary
    L.append(pick(["HOLTER MONITOR REPORT", "24-HOUR AMBULATORY ECG", "AMBULATORY ECG MONITORING REPORT"]))
    L.append(pt_banner(pt, fac))
    L.append("Hookup: %s   Duration: %s" % (dus(dt, True), pick(["24 hours", "48 hours", "23:52"])))
    L.append("Indication: %s" % pick(["palpitations", "syncope", "AF rate control"]))
    L.append("Heart rate: min %d, max %d, avg %d bpm" % (rint(40, 58), rint(110, 160), rint(62, 88)))
    L.append("Ventricular ectopy: %d PVCs (%s%%), %d couplets, %s" % (rint(10, 4000), rf(0.1, 4), rint(0, 20), pick(["no VT", "one 4-beat run NSVT"])))
    L.append("Supraventricular ectopy: %d PACs, %s" % (rint(5, 2000), pick(["no AF", "paroxysmal AF, longest 2 h 14 min", "short SVT runs"])))
    L.append("Pauses: %s" % pick(["none >2.0 s", "longest 2.4 s during sleep"]))
    L.append("Diary correlation: %s" % pick(["symptoms correlated with sinus rhythm", "no symptoms recorded", "palpitations correlated with PACs"]))
    L.append("Interpreted by: %s" % reader.disp)
    return "\n".join(L)

def gen_medication_list():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    sc = pick_med(pt)
    keys = med_set(pt, scen_meds(sc), rint(2, 7))
    ph = Staff(pick(["pharmd", "pharmd", "np", "rn"]))
    L = []
    if lay == 0:
        L.append(pick(["Medication Profile", "OUTPATIENT PHARMACY - MEDICATION PROFILE", "Active Medications"]))
        L.append(pt_banner(pt, fac))
        L.append(allergy_line(pt))
        L.append("")
        L.append(render_meds(pt, keys, 3, dt))
        L.append("\nNon-VA meds:\n" + render_list(picks(["Fish oil 1000 mg daily", "Vitamin D3 2000 IU daily", "Glucosamine", "Ibuprofen OTC PRN", "Saw palmetto"], rint(1, 3)), 1))
        return paginate("\n".join(L), pt, fac, form="MEDICATIONS")
    if lay == 1:  # pharmacist med rec note
        L.append(tiu_header(pt, pick(["MEDICATION RECONCILIATION", "PHARMACY MED REC - ADMISSION", "PHARMACIST MEDICATION REVIEW"]), "PHARMACY MEDICATION MGT NOTE", dt, ph, style=pick(range(5))))
        L.append("")
        L.append("Sources: %s" % ", ".join(picks(["patient interview", "CPRS outpatient list", "pill bottles", "spouse", "outside pharmacy fill history", "VA/DoD JLV"], 3)))
        L.append(allergy_line(pt))
        L.append("\nHOME MEDICATIONS (verified):")
        L.append(render_meds(pt, keys, pick([0, 2]), dt))
        L.append("\nDiscrepancies: %s" % pick(["None identified.", "Patient not taking %s x 2 months (cost/side effects)." % MEDS[keys[-1]][2], "Taking OTC naproxen daily - advised to stop given CKD."]))
        L.append("Adherence: %s" % pick(["uses pill box, rarely misses", "frequently misses evening doses", "wife manages meds"]))
        L.append("Recommendations to team: %s" % pick(["none", "consider deprescribing glipizide given hypoglycemia risk", "resume home statin"]))
        L.append(esig(ph, dt))
    elif lay == 2:  # patient's handwritten list scanned
        L.append(pick(["MY MEDICATIONS", "Medicine list", "Meds I take", "MEDICATION LIST - PLEASE BRING TO EVERY VISIT"]))
        L.append("%s %s   updated %s" % (pt.first.title(), pt.last.title(), dus(dt, yy=True)))
        L.append("")
        for k in keys:
            nm = MEDS[k][2].split(" PO")[0]
            L.append("%s  - %s  (for %s)" % (nm, pick(["1 in AM", "2x a day", "bedtime", "as needed", "morning"]), MEDS[k][3]))
        L.append("\nallergic to: %s" % ", ".join(pt.allergies).lower())
        L.append("Pharmacy: VA mail order / %s Drug" % pick(["Hometown", "Main Street", "Corner"]))
        return ocr_noise("\n".join(L), 0.015)
    elif lay == 3:  # discharge med rec table
        L.append(pick(["DISCHARGE MEDICATION RECONCILIATION", "MEDICATION RECONCILIATION AT DISCHARGE"]))
        L.append(pt_banner(pt, fac, 1))
        L.append("")
        L.append("%-38s %-10s %s" % ("Medication", "Action", "Comment"))
        for k in keys:
            act = pick(["CONTINUE", "CONTINUE", "CHANGE", "STOP", "CONTINUE"])
            L.append("%-38s %-10s %s" % (MEDS[k][2][:37], act, "" if act == "CONTINUE" else pick(["dose increased", "held - renal fxn", "see new Rx"])))
        for x in picks(["cephalexin", "prednisone", "nicotine", "apixaban", "clopidogrel"], rint(0, 2)):
            L.append("%-38s %-10s %s" % (MEDS[x][2][:37], "NEW", "started this admission"))
        L.append("\nReviewed with patient by: %s" % ph.disp)
    elif lay == 4:  # PACT med rec in primary care (brief)
        L.append(tiu_header(pt, pick(["MEDICATION RECONCILIATION - PC", "MED REC (LPN)"]), "MEDICATION MGT NOTE", dt, Staff(pick(["lpn", "rn"])), style=pick(range(5))))
        L.append("")
        L.append("Medication list reviewed with veteran. Updated list printed and given to veteran.")
        L.append(render_meds(pt, keys, 1))
        L.append("Non-VA medications documented: %s" % pick(["none", "aspirin OTC", "multivitamin, fish oil"]))
    elif lay == 5:  # VistA non-VA meds / inpatient unit dose list
        L.append("Inpatient Medications    %s  %s" % (pt.vname, pick(["4W-401-A", "MICU-2"])))
        L.append("Ward: %s   Admitted: %s" % (pick(["4 WEST", "MICU"]), dus(dt)))
        L.append("-" * 78)
        for i, k in enumerate(keys, 1):
            L.append(" %2d  %-40s  A  %s  %s" % (i, MEDS[k][0][:40], dus(dt, yy=True), dus(later(dt, days=14), yy=True)))
            L.append("       Give: %s" % pick(["1 TAB PO QDAY", "1 TAB PO BID", "1 CAP PO QHS", "1 TAB PO Q6H PRN"]))
        L.append("\n  IV Medications: %s" % pick(["none", "SODIUM CHLORIDE 0.9% 1000 ML @ 75 ML/HR"]))
    else:  # health summary medication component
        L.append("**** CONFIDENTIAL PATIENT DATA ****  %s" % pick(["HEALTH SUMMARY", "MEDS HS", "PHARMACY PROFILE"]))
        L.append("%s  %s  DOB: %s" % (pt.vname, pt.ssn, dus(pt.dob)))
        L.append("---------------------- OP - Outpatient Pharmacy ----------------------")
        for k in keys:
            L.append("%-36s %-8s %s %3d %s" % (MEDS[k][0][:35], dus(later(dt, days=-rint(1, 60)), yy=True), pick(["A", "A", "S", "E"]), pick([30, 90, 60, 180]), pick(["R:3", "R:2", "R:0"])))
        L.append("*** END ***")
    return "\n".join(L)

def gen_prescription():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    k = pick(list(MEDS.keys()))
    nm, sig, short, ind = MEDS[k]
    doc = Staff(pick(["attending", "np", "resident", "pa"]))
    qty = pick([30, 60, 90, 180])
    rx = "%d%s" % (rint(1000000, 9999999), pick(["", "A"]))
    L = []
    if lay == 0:  # VA Rx label/ fill document
        L.append(fac["name"] + " PHARMACY")
        L.append("%s, %s %s   %s" % (fac["town"].title(), fac["st"], fac["zip"], fac["phone"]))
        L.append("Rx# %s     %s" % (rx, dus(dt)))
        L.append("%s %s" % (pt.first, pt.last))
        L.append(sig)
        L.append(nm)
        L.append("QTY: %d   Refills: %d   Dr. %s" % (qty, rint(0, 5), doc.last.title()))
        L.append("Discard after: %s   Mfr: %s" % (dus(later(dt, days=365)), pick(["TEVA", "MYLAN", "AUROBINDO", "ZYDUS"])))
        L.append(pick(["CAUTION: Federal law prohibits transfer of this drug", "MAY CAUSE DROWSINESS", "TAKE WITH FOOD", ""]))
        return ocr_noise("\n".join(L), 0.01)
    if lay == 1:  # CPRS outpatient order detail
        L.append("Order Details - Outpatient Medications")
        L.append("%s  %s" % (pt.vname, pt.ssn))
        L.append("")
        for kk, v in [("Medication", nm), ("Instructions", sig), ("Patient instructions", pick(["", "FOR %s" % ind.upper()])), ("Quantity", "%d" % qty), ("Days Supply", pick(["30", "90"])),
                      ("Refills (0-11)", str(rint(0, 11))), ("Pick Up", pick(["MAIL", "WINDOW"])), ("Priority", "ROUTINE"), ("SC Related", pick(["YES", "NO"])),
                      ("Provider", doc.vname), ("Entered", dus(dt, True)), ("Signature", "ELECTRONIC"), ("Status", pick(["PENDING", "ACTIVE"]))]:
            L.append("%-22s %s" % (kk + ":", v))
        return "\n".join(L)
    if lay == 2:  # outside prescription pad
        clinic = pick(OUTSIDE[3:])
        L.append(clinic)
        L.append("%s   DEA# %s%07d   NPI %010d" % (doc.disp, pick(["A", "B", "F"]) + doc.last[0], rint(0, 9999999), rint(1000000000, 1999999999)))
        L.append("Phone %s" % phone())
        L.append("")
        L.append("Name: %s %s    Date: %s" % (pt.first.title(), pt.last.title(), dus(dt)))
        L.append("Address: %s, %s %s" % (pt.street.title(), pt.town.title(), pt.st))
        L.append("")
        L.append("Rx  " + short.replace(" PO", "").split(" q")[0])
        L.append("    Sig: " + sig.lower())
        L.append("    Disp: #%d (%s)   Refills: %s" % (qty, pick(["thirty", "sixty", "ninety"]), pick(["0", "1", "2", "PRN x 1 yr"])))
        L.append("[ ] Dispense as written   [X] Substitution permitted")
        L.append("\n_____________________ M.D.")
        L.append(pick(["Pt requests VA fill", "Please transfer to VA mail order", ""]))
        return ocr_noise("\n".join(L), 0.014)
    if lay == 3:  # prosthetics/DME prescription
        item = pick(["Rolling walker, adult, with 5 inch wheels", "Shower chair with back", "CPAP machine with heated humidifier, pressure 10 cm H2O", "Blood pressure monitor, automatic, large cuff",
                     "Diabetic shoes, extra depth, with 3 pairs custom inserts", "Compression stockings 20-30 mmHg knee high, 2 pair", "Glucometer and test strips, test BID"])
        L.append(tiu_header(pt, pick(["PROSTHETICS REQUEST", "DME PRESCRIPTION"]), "PROSTHETICS NOTE", dt, doc, style=pick([0, 2, 3])))
        L.append("")
        L.append("Item: %s" % item)
        L.append("Diagnosis: %s" % pick(["OA knees, unsteady gait", "OSA", "HTN", "DM2 with neuropathy", "Venous insufficiency"]))
        L.append("Length of need: %s" % pick(["99 months (lifetime)", "12 months"]))
        L.append("Deliver: %s" % pick(["Mail to home", "Issue from stock", "Vendor to contact veteran"]))
        L.append(esig(doc, dt))
        return "\n".join(L)
    if lay == 4:  # eyeglass prescription
        L.append(pick(["EYEGLASS PRESCRIPTION", "SPECTACLE RX", "Optometry - Glasses Rx"]))
        L.append("%s    %s    Date %s" % (fac["short"], pt.vname, dus(dt)))
        L.append("        SPH      CYL     AXIS   ADD   PRISM")
        for eye in ("OD", "OS"):
            L.append("%s    %+.2f    %+.2f    %03d    +%.2f   --" % (eye, R.choice([-3, -2.25, -1.5, -0.75, 0, 0.5, 1.25, 2.0]), R.choice([-1.5, -1.0, -0.5, -0.25, 0]), rint(1, 180), R.choice([2.0, 2.25, 2.5])))
        L.append("PD: %d/%d   Lens: %s" % (rint(60, 68), rint(57, 65), pick(["Progressive", "Lined bifocal", "SV distance"])))
        L.append("Expires: %s   Optometrist: %s, OD" % (dus(later(dt, days=730)), pick(LAST).title()))
        return "\n".join(L)
    if lay == 5:  # controlled substance / opioid Rx with wet signature form
        k = pick(["oxycodone"])
        L.append("%s - CONTROLLED SUBSTANCE PRESCRIPTION" % fac["short"])
        L.append("VA FORM 10-2577F" if chance(.5) else "")
        L.append("Patient: %s   SSN: %s   Address: %s, %s, %s" % (pt.vname, pt.ssn, pt.street, pt.town, pt.st))
        L.append("Drug: %s   Qty: %d (%s)" % (MEDS[k][0], pick([20, 28, 40]), pick(["twenty", "twenty-eight", "forty"])))
        L.append("Directions: %s" % MEDS[k][1])
        L.append("No refills.  PDMP checked %s.  UDS on file." % dus(dt))
        L.append("Prescriber: %s   DEA: %s%07d" % (doc.disp, "B" + doc.last[0], rint(0, 9999999)))
        L.append("Signature: ____________________")
        return ocr_noise("\n".join(L), 0.008)
    # lay 6: CMOP mail-out packing/Rx info sheet
    L.append(pick(["CONSOLIDATED MAIL OUTPATIENT PHARMACY", "VA MAIL ORDER PHARMACY - PRESCRIPTION INFORMATION"]))
    L.append("%s %s\n%s\n%s, %s %s" % (pt.first, pt.last, pt.street, pt.town, pt.st, pt.zip))
    L.append("")
    L.append("Rx#: %s  Fill: %d of %d  Date: %s" % (rx, rint(1, 4), rint(4, 12), dus(dt)))
    L.append("%s\n%s" % (nm, sig))
    L.append("Qty: %d  Days supply: %d   Prescriber: %s" % (qty, pick([30, 90]), doc.vname))
    L.append("Refills remaining: %d.  To refill call %s or use My HealtheVet." % (rint(0, 5), "1-800-555-%04d" % rint(1000, 9999)))
    L.append("Copay: $%s" % pick(["0.00", "5.00", "8.00", "9.00", "11.00"]))
    return "\n".join(L)

def letterhead(fac):
    return pick(["DEPARTMENT OF VETERANS AFFAIRS\n%s\n%s\n%s, %s %s" % (fac["name"], fac["addr"].title(), fac["town"].title(), fac["st"], fac["zip"]),
                 "Department of Veterans Affairs\n%s Medical Center\n%s %s, %s" % (fac["town"].title(), fac["addr"].title(), fac["town"].title(), fac["st"]),
                 "%s\n%s  Phone %s" % (fac["name"], VISN[FACILITIES.index(fac)], fac["phone"])])

def gen_correspondence():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    doc = Staff(pick(["attending", "np", "cards"]))
    L = []
    addr = "%s %s %s\n%s\n%s, %s %s" % (pt.first.title(), pt.mi, pt.last.title(), pt.street.title(), pt.town.title(), pt.st, pt.zip)
    if lay == 0:  # lab result letter
        L.append(letterhead(fac))
        L.append("\n" + dlong(dt) + "\n\n" + addr + "\n")
        L.append("Dear %s," % pt.mrl)
        L.append("")
        L.append(wrap("Your recent laboratory tests from %s have been reviewed. %s" % (dus(later(dt, days=-rint(5, 20))), pick([
            "All results were within normal limits or stable. No changes to your treatment are needed at this time.",
            "Your hemoglobin A1c was %s%%, which is above your goal. Please continue your medicines and we will discuss at your next visit." % rf(7.5, 9.8),
            "Your cholesterol (LDL) was %d. We recommend continuing your statin medicine." % rint(70, 140),
            "Your kidney function is slightly lower than before. Please avoid ibuprofen and naproxen and repeat blood work in 3 months."]))))
        L.append("")
        L.append("If you have questions, please call your PACT team at %s or send a secure message." % fac["phone"])
        L.append("\nSincerely,\n\n%s\n%s" % (doc.disp, pick(["Primary Care", "PACT Team Blue", "Staff Physician"])))
    elif lay == 1:  # missed appointment letter
        L.append(letterhead(fac))
        L.append("\n%s\n\n%s\n" % (dlong(dt), addr))
        L.append("Dear Veteran:")
        L.append(wrap("Our records show that you missed your scheduled appointment in %s on %s. Your health is important to us. Please call %s to reschedule. If we do not hear from you within %d days, we may %s." % (
            pick(["Primary Care", "Cardiology Clinic", "Mental Health", "Audiology"]), dus(later(dt, days=-rint(3, 14))), fac["phone"], pick([14, 30]),
            pick(["discontinue the request", "return the consult to your provider", "close this referral"]))))
        L.append("\nSincerely,\n%s\n%s" % (Staff("clerk").disp or pick(LAST).title(), "Medical Support Assistant"))
    elif lay == 2:  # outside physician letter to VA provider (not a referral)
        clinic = pick(OUTSIDE[3:])
        L.append(clinic)
        L.append("%s  Fax %s" % (phone(), phone()))
        pcp = Staff("attending")
        L.append("\n%s\n\n%s\nPrimary Care\n%s\n" % (dlong(dt), pcp.disp, fac["name"]))
        L.append("RE: %s %s, DOB %s" % (pt.first.title(), pt.last.title(), dus(pt.dob)))
        L.append("\nDear %s," % pcp.dr)
        L.append(wrap("I saw our mutual patient today in follow-up. %s %s I will see %s back in %s. Please do not hesitate to contact me." % (
            pick(["%s sleep study confirmed moderate OSA (AHI 22) and CPAP was recommended." % pt.his.title(), "%s cataract surgery went well and vision is now 20/25 OD." % pt.his.title(),
                  "%s echo showed preserved EF and mild MR." % pt.his.title()] + (["His prostate biopsy showed Gleason 3+4 disease and after discussion he has elected active surveillance."] if pt.sex == "M" else [])),
            pick(["I have not made any medication changes.", "I would appreciate it if you could continue %s current statin." % pt.his, "A copy of the report is enclosed."]),
            pt.him, pick(["6 months", "1 year", "3 months"]))))
        L.append("\nSincerely,\n\n%s" % doc.disp)
        return ocr_noise("\n".join(L), 0.006)
    elif lay == 3:  # To whom it may concern / support letter
        L.append(letterhead(fac))
        L.append("\n%s\n\nTO WHOM IT MAY CONCERN:\n" % dlong(dt))
        L.append(wrap("%s %s (DOB %s) is a patient under my care at the %s. %s Please feel free to contact my office at %s with questions." % (
            pt.mr, pt.last.title(), dus(pt.dob), fac["name"], pick([
                "Due to his medical condition he is unable to work from %s through %s." % (dus(dt), dus(later(dt, days=rint(14, 60)))),
                "He has a documented medical condition that limits his ability to walk more than 200 feet, and I support his application for a disabled parking placard.",
                "It is my medical opinion that his emotional support animal is an important part of his treatment for PTSD.",
                "He was seen in our clinic on %s and may return to full duty without restrictions." % dus(dt)]), fac["phone"])))
        L.append("\nSincerely,\n\n/s/ %s\n%s" % (doc.disp, doc.title))
    elif lay == 4:  # CPRS letter-type note (letter to patient documented)
        L.append(tiu_header(pt, pick(["LETTER TO PATIENT", "ADMINISTRATIVE LETTER", "PATIENT NOTIFICATION LETTER"]), "LETTER", dt, doc, style=pick(range(5))))
        L.append("")
        L.append("The following letter was mailed to the veteran's address of record:")
        L.append("-" * 40)
        L.append("Dear %s," % pt.mrl)
        L.append(wrap(pick(["Your recent colorectal cancer screening test (FIT) was normal. We recommend repeating the test in one year.",
                            "Your recent chest CT showed a small lung nodule. We recommend a follow-up CT scan in 6 months, which has been ordered. You will receive an appointment letter.",
                            "Your PSA was %s, which is stable. No further action is needed." % rf(0.5, 3.5)])))
        L.append("%s\n%s" % (doc.disp, fac["short"]))
        L.append("-" * 40)
        L.append(esig(doc, dt))
    elif lay == 5:  # veteran's own letter (handwritten, scanned)
        L.append(dlong(dt))
        L.append("\nTo my doctor at the VA,\n")
        L.append(wrap(pick(["I am writing because I have not been able to get my medicine refilled and the pharmacy says I need a new prescription. I have been out of my blood pressure pills for about a week. Please call me at %s." % pt.phone,
                            "I want to thank the nurses on 4 West who took care of me in %s. They were very kind to me and my wife. Please let them know." % MONTHS_L[dt.month - 1],
                            "I would like to request a copy of my records to send to the VA regional office for my claim. Also my address has changed."])))
        L.append("\nThank you,\n%s %s\nlast 4: %s" % (pt.first.title(), pt.last.title(), pt.last4))
        return ocr_noise("\n".join(L), 0.02)
    else:  # appointment notification
        L.append(letterhead(fac))
        L.append("\n%s\n\n%s\n" % (dlong(dt), addr))
        ad = later(dt, days=rint(10, 60))
        L.append("Dear %s %s:" % (pt.first.title(), pt.last.title()))
        L.append(wrap("This is a reminder of your upcoming appointment(s):"))
        L.append("  %s  %s   %s   %s" % (dus(ad), "%02d:%02d" % (rint(8, 15), pick([0, 15, 30, 45])), pick(["PRIMARY CARE BLUE", "EYE CLINIC", "AUDIOLOGY", "LAB"]), pick(["Building 1, Room 2C-114", "CBOC", "VA Video Connect"])))
        L.append(wrap("Please arrive 15 minutes early. If you cannot keep this appointment, call %s at least 24 hours in advance so another veteran can be seen." % fac["phone"]))
    return "\n".join(L)

def gen_consent_form():
    pt, fac, dt = new_ctx()
    lay = pick(range(7))
    sg = pick_surg(pt)
    doc = Staff(pick(["surgeon", "attending", "resident"]))
    wit = Staff("rn")
    L = []
    if lay in (0, 1):  # iMedConsent VA Form 10-0431a
        proc = sg["proc"] if lay == 0 else pick(["Colonoscopy with possible biopsy/polypectomy", "Cardiac catheterization, possible PCI", "Central venous catheter placement", "Transfusion of blood products"])
        L.append("Department of Veterans Affairs")
        L.append("CONSENT FOR CLINICAL TREATMENT/PROCEDURE" if chance(.7) else "iMedConsent(TM)")
        L.append("%s   %s   %s" % (pt.vname, pt.ssn, fac["name"]))
        L.append("")
        L.append("A. IDENTIFICATION")
        L.append("   Patient: %s   DOB: %s" % (pt.pname, dus(pt.dob)))
        L.append("B. PROCEDURE/TREATMENT: %s" % proc)
        L.append("   Site/side: %s" % pick(["right", "left", "N/A", "bilateral"]))
        L.append("   Practitioner: %s   Supervising: %s" % (doc.disp, Staff("attending").disp))
        L.append("C. DESCRIPTION/PURPOSE: " + wrap(pick(["The purpose of this procedure is to diagnose and/or treat your condition.", "This procedure is intended to relieve your symptoms and prevent complications."])))
        L.append("D. KNOWN RISKS AND SIDE EFFECTS: " + wrap(", ".join(picks(["bleeding", "infection", "pain", "damage to nearby organs", "blood clots", "reaction to anesthesia", "need for further surgery", "perforation", "death (rare)"], 6)) + "."))
        L.append("E. EXPECTED BENEFITS: relief of symptoms; diagnosis.")
        L.append("F. REASONABLE ALTERNATIVES: " + pick(["observation, medications", "no treatment", "other surgical approaches"]))
        L.append("G. ANESTHESIA: %s" % sg["anes"])
        L.append("H. BLOOD PRODUCTS: [%s] may be needed  [%s] not anticipated" % (pick("X "), pick("X ")))
        L.append("\nSIGNATURES")
        L.append("Patient: %s has capacity and signed electronically on %s" % (pt.pname, dus(dt, True)) if chance(.6) else "Surrogate: %s %s (%s)" % (pt.nok_first.title(), pt.nok_last.title(), pt.nok_rel.lower()))
        L.append("Practitioner: /es/ %s  %s" % (doc.full, dus(dt, True)))
        L.append("Witness: /es/ %s  %s" % (wit.full, dus(dt, True)))
        L.append("\nVA FORM 10-0431A  %s" % pick(["OCT 2011", "JAN 2017", "MAR 2006"]))
        return paginate("\n".join(L), pt, fac, form="CONSENT")
    if lay == 2:  # opioid therapy agreement/consent
        L.append(pick(["CONSENT FOR LONG-TERM OPIOID THERAPY FOR PAIN", "OPIOID PAIN CARE AGREEMENT", "Informed Consent - Long-Term Opioid Treatment"]))
        L.append("%s  %s" % (pt.vname, pt.ssn))
        L.append(wrap("I understand that opioid medicines can cause drowsiness, constipation, physical dependence, addiction, overdose and death. I agree to: take medicine only as prescribed; get opioids from one VA provider only; submit to urine drug testing; not drink alcohol; store medicines securely; carry naloxone. I understand that the VA checks the state prescription monitoring program."))
        L.append("Medication: %s" % pick(["oxycodone 5 mg", "tramadol 50 mg", "morphine SA 15 mg", "hydrocodone/APAP 5/325"]))
        L.append("Naloxone kit dispensed: %s" % pick(["YES", "previously issued"]))
        L.append("\nVeteran signature: ______________________  Date: %s" % dus(dt))
        L.append("Provider: %s" % doc.disp)
        return ocr_noise("\n".join(L), 0.006)
    if lay == 3:  # research consent
        L.append(pick(["RESEARCH CONSENT FORM", "VA RESEARCH CONSENT FORM", "Consent to Participate in Research"]))
        L.append("Title of Study: %s" % pick(["Exercise Training in Veterans with Heart Failure (ExTHF)", "Telehealth Coaching for Diabetes Self-Management", "Prazosin for Combat Nightmares: A Follow-Up Study"]))
        L.append("Principal Investigator: %s    VAMC: %s" % (Staff("attending").disp, fac["short"]))
        L.append("")
        L.append(wrap("You are being asked to take part in a research study. Participation is voluntary and refusal will involve no penalty or loss of benefits to which you are otherwise entitled. The study will last %d months and involve %d visits. Risks include %s." % (
            rint(3, 24), rint(3, 12), pick(["loss of confidentiality", "muscle soreness", "low blood sugar"]))))
        L.append("\nIRB approval: %s   Expires: %s" % (dus(dt), dus(later(dt, days=365))))
        L.append("Subject: ____________  Date: ______   Person obtaining consent: %s" % wit.disp)
        return "\n".join(L)
    if lay == 4:  # blood transfusion consent note
        L.append(tiu_header(pt, pick(["CONSENT FOR BLOOD PRODUCTS", "TRANSFUSION CONSENT"]), "CONSENT", dt, doc, style=pick([0, 3])))
        L.append("")
        L.append(wrap("Discussed with %s the risks of transfusion of %s including fever, allergic reaction, volume overload, infection (HIV ~1:2,000,000, hepatitis C ~1:1,500,000), TRALI and hemolytic reaction. Alternatives discussed. Patient verbalized understanding and consents. Consent valid for this admission." % (
            pick(["the patient", "patient's %s" % pt.nok_rel.lower()]), pick(["packed red blood cells", "platelets", "blood products"]))))
        L.append(esig(doc, dt))
        return "\n".join(L)
    if lay == 5:  # photography/telehealth/ROI style consents
        L.append(pick(["CONSENT FOR PRODUCTION AND USE OF VERBAL OR WRITTEN STATEMENTS, PHOTOGRAPHS, DIGITAL IMAGES AND/OR VIDEO OR AUDIO RECORDINGS",
                       "CONSENT FOR TELEHEALTH SERVICES", "CONSENT TO HIV TESTING"]))
        L.append("VA FORM 10-3203" if chance(.5) else "")
        L.append("Name: %s   SSN: %s" % (pt.vname, pt.ssn))
        L.append(wrap("I hereby consent to the above for the purpose of %s. I understand I may revoke this consent at any time." % pick(["medical treatment and documentation of my wound", "care delivered via video", "diagnosis"])))
        L.append("[X] I consent   [ ] I do not consent")
        L.append("Signature __________________  Date %s   Witness: %s" % (dus(dt), wit.disp))
        return ocr_noise("\n".join(L), 0.008)
    # lay 6: outside hospital surgical consent
    L.append(pick(OUTSIDE[:3] + [OUTSIDE[6]]))
    L.append("AUTHORIZATION FOR SURGICAL OR OTHER PROCEDURE")
    L.append("Patient: %s %s   Date: %s" % (pt.first.title(), pt.last.title(), dus(dt)))
    L.append(wrap("1. I authorize Dr. %s and assistants to perform: %s. 2. The nature, purpose, risks and alternatives have been explained to me. 3. I consent to anesthesia as deemed necessary. 4. I consent to disposal of tissue removed. 5. No guarantee has been made as to results." % (doc.last.title(), sg["proc"])))
    L.append("\nPatient signature _______________  Witness ____________  Time %s" % tm(dt))
    return ocr_noise("\n".join(L), 0.01)

def gen_referral_letter():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    sc = pick_med(pt)
    doc = Staff(pick(["attending", "np"]))
    L = []
    if lay == 0:  # outside PCP referral to VA
        clinic = pick(OUTSIDE[3:6] + [OUTSIDE[10]])
        L.append(clinic + "\n" + phone())
        L.append("\n%s\n\nVA Medical Center, %s\nAttn: %s Clinic\n" % (dlong(dt), fac["town"].title(), sc["consult"].title()))
        L.append("RE: %s %s   DOB %s   SSN xxx-xx-%s" % (pt.first.title(), pt.last.title(), dus(pt.dob), pt.last4))
        L.append("\nDear Colleague,")
        L.append(wrap("I am referring this %d-year-old veteran for evaluation and management of %s. %s Current medications: %s. I would appreciate your assessment and recommendations. Relevant records are enclosed." % (
            pt.age, sc["short"], fill(sc["hpi"][0], pt), ", ".join(MEDS[k][2] for k in scen_meds(sc)[:4]))))
        L.append("\nThank you,\n\n%s" % doc.disp)
        return ocr_noise("\n".join(L), 0.007)
    if lay == 1:  # Community care referral (VA to community)
        L.append(pick(["COMMUNITY CARE REFERRAL", "NON-VA CARE CONSULT", "VETERANS CHOICE PROGRAM - REFERRAL/AUTHORIZATION"]))
        L.append("Referral #: VA%010d    Authorization: %s" % (rint(0, 10 ** 10 - 1), pick(["APPROVED", "PENDING"])))
        L.append("Veteran: %s   DOB %s   Phone %s" % (pt.vname, dus(pt.dob), pt.phone))
        L.append("Referring VA: %s (Station %s)" % (fac["name"], fac["station"]))
        L.append("Referred to: %s" % pick(OUTSIDE[7:]))
        L.append("Service: %s   Episode of care: %s   Visits authorized: %d" % (sc["consult"].title(), pick(["90 days", "180 days", "1 year"]), rint(1, 8)))
        L.append("Reason: %s" % sc["dx"])
        L.append("Clinical info: " + wrap(fill(sc["hpi"][0], pt)))
        L.append("Return medical documentation to: VA Community Care, fax %s" % phone())
        return "\n".join(L)
    if lay == 2:  # CPRS consult request (referral) only
        L.append(consult_hdr(pt, fac, dt, sc["consult"] + pick([" OUTPT", " CLINIC", ""]), "%s. %s Please evaluate." % (sc["dx"], fill(sc["hpi"][0], pt)), doc).rstrip().replace("Consult Results:", ""))
        L.append("Inter-facility Information\nThis is not an inter-facility consult request.")
        L.append("Status: %s     Last Action: %s" % (pick(["PENDING", "ACTIVE", "SCHEDULED"]), pick(["CPRS RELEASED ORDER", "RECEIVED"])))
        return "\n".join(L)
    if lay == 3:  # interfacility referral letter
        rf_ = pick([f for f in FACILITIES if f is not fac])
        L.append(letterhead(fac))
        L.append("\n%s\n\nChief, %s Service\n%s\n" % (dlong(dt), sc["consult"].title(), rf_["name"]))
        L.append("Subject: Inter-facility referral - %s (%s%s)" % (pt.vname, pt.last[0], pt.last4))
        L.append(wrap("\nWe are referring the above veteran to your facility for %s, which is not available at our station. Summary: %s %s Please contact our transfer coordinator at %s." % (
            pick(["specialty evaluation", "advanced imaging", "surgical evaluation"]), fill(" ".join(sc["hpi"]), pt), fill(sc["course"], pt).split(".")[0] + ".", fac["phone"])))
        L.append("\n%s\n%s" % (doc.disp, doc.title))
        return "\n".join(L)
    if lay == 4:  # referral form with checkboxes (outside form)
        L.append(pick(["REFERRAL FORM", "Patient Referral Request", "SPECIALTY REFERRAL"]))
        L.append("From: %s   Phone: %s   Fax: %s" % (pick(OUTSIDE[3:6]), phone(), phone()))
        L.append("To: [%s] Cardiology [%s] Pulmonary [%s] GI [%s] Urology [ ] Other" % tuple(pick("X  ") for _ in range(4)))
        L.append("Patient: %s, %s  DOB: %s  Ins: VA/%s" % (pt.last, pt.first, dus(pt.dob), pick(["Medicare", "TRICARE for Life"])))
        L.append("Urgency: [%s] Routine  [%s] Urgent" % (pick("X "), pick("X ")))
        L.append("Diagnosis/ICD: %s  %s" % (sc["dx"], sc["icd"]))
        L.append("Reason for referral: " + fill(sc["hpi"][0], pt))
        L.append("Referring provider signature: %s   Date %s" % (doc.disp, dus(dt)))
        return ocr_noise("\n".join(L), 0.01)
    # lay 5: VA doc letter referring to outside specialist
    L.append(letterhead(fac))
    rcpt = Staff("attending")
    L.append("\n%s\n\n%s\n%s\n" % (dlong(dt), rcpt.disp, pick(OUTSIDE[7:])))
    L.append("Dear %s:" % rcpt.dr)
    L.append(wrap("Thank you for agreeing to see %s, a %d-year-old %s veteran, for %s. Pertinent history: %s Recent labs: %s. Please send your consultation report to our Community Care office." % (
        pt.mrl, pt.age, pt.era.title(), sc["short"], ", ".join(sc["pmh"]) + ".", render_labs_inline(sc["labs"][:3]))))
    L.append("\nRespectfully,\n\n%s" % doc.disp)
    return "\n".join(L)

def gen_advance_directive():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    agent = "%s %s" % (pt.nok_first.title(), pt.nok_last.title())
    doc = Staff(pick(["attending", "lcsw", "np"]))
    L = []
    if lay == 0:  # VA Form 10-0137
        L.append("Department of Veterans Affairs")
        L.append("VA ADVANCE DIRECTIVE: DURABLE POWER OF ATTORNEY FOR HEALTH CARE AND LIVING WILL")
        L.append("Name: %s   SSN: %s   DOB: %s" % (pt.pname, pt.ssn, dus(pt.dob)))
        L.append("\nPART I. DURABLE POWER OF ATTORNEY FOR HEALTH CARE")
        L.append("I, %s, appoint: %s  Relationship: %s  Phone: %s" % (pt.pname, agent, pt.nok_rel.title(), pt.nok_phone))
        L.append("Alternate: %s %s  Phone: %s" % (pick(FIRST_M + FIRST_F).title(), pick(LAST).title(), phone()))
        L.append("\nPART II. LIVING WILL")
        L.append("If I am in a terminal condition or permanently unconscious:")
        for it in ["CPR", "Mechanical breathing", "Feeding tube", "Dialysis", "Antibiotics"]:
            L.append("  %-22s [%s] I want  [%s] I do not want  [ ] Undecided" % (it, *((" ", "X") if chance(.7) else ("X", " "))))
        L.append("Special instructions: %s" % pick(["I want to die at home if possible.", "I wish to receive Catholic sacrament of the sick.", "Keep me comfortable.", ""]))
        L.append("\nPART III. SIGNATURES")
        L.append("Signature of patient: ____________  Date: %s" % dus(dt))
        L.append("Witness 1: %s   Witness 2: %s" % (Staff("lcsw").disp, Staff("clerk").disp))
        L.append("\nVA FORM 10-0137  %s" % pick(["JUL 2013", "AUG 2015", "MAY 2005"]))
        return ocr_noise(paginate("\n".join(L), pt, fac, form="ADVANCE DIRECTIVE"), 0.005)
    if lay == 1:  # AD discussion note
        L.append(tiu_header(pt, pick(["ADVANCE DIRECTIVE DISCUSSION", "ADVANCE DIRECTIVE", "AD NOTE"]), "ADVANCE DIRECTIVE", dt, doc, style=pick(range(5))))
        L.append("")
        L.append(wrap("Met with veteran%s to discuss advance directives. Veteran %s. Completed VA Form 10-0137 naming %s (%s) as health care agent. Original given to veteran, copy scanned into VistA Imaging. Veteran wishes: %s." % (
            pick(["", " and %s" % pt.nok_rel.lower()]), pick(["has decision-making capacity", "is alert and engaged"]), agent, pt.nok_rel.lower(),
            pick(["no CPR or mechanical ventilation if terminally ill", "full treatment", "trial of treatment, then comfort care if no improvement"]))))
        L.append(esig(doc, dt))
        return "\n".join(L)
    if lay == 2:  # LST note (2017+)
        dt = rand_dt(2017, 2020)
        L.append(tiu_header(pt, "LIFE-SUSTAINING TREATMENT", "LIFE SUSTAINING TREATMENT NOTE", dt, doc, style=0))
        L.append("")
        L.append("Does the patient have decision-making capacity? %s" % pick(["Yes", "No - surrogate used"]))
        L.append("Surrogate: %s (%s)" % (agent, pt.nok_rel.lower()))
        L.append("Patient's goals of care: %s" % pick(["To be comfortable", "To live as long as possible", "To return home", "To be independent"]))
        L.append("Oral/written advance directive: %s" % pick(["Yes, VA AD on file", "No"]))
        L.append("Life-sustaining treatment decisions:\n  CPR: %s\n  Mechanical ventilation: %s\n  Artificial nutrition: %s\n  Hospitalization: %s" % (
            pick(["DNAR", "Full"]), pick(["Do not intubate", "Yes"]), pick(["No feeding tube", "Time-limited trial"]), pick(["Yes", "Only if needed for comfort"])))
        L.append(esig(doc, dt))
        return "\n".join(L)
    if lay == 3:  # state living will (outside legal form)
        L.append(pick(["DECLARATION (LIVING WILL)", "STATE OF %s - ADVANCE HEALTH CARE DIRECTIVE" % pt.st, "DURABLE POWER OF ATTORNEY FOR HEALTH CARE"]))
        L.append("")
        L.append(wrap("I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below. If at any time I should have an incurable injury, disease or illness certified to be a terminal condition by two physicians, I direct that such procedures be withheld or withdrawn, and that I be permitted to die naturally with only the administration of medication or procedures necessary for comfort care. I designate %s as my agent." % (pt.pname, agent)))
        L.append("\nSigned this %d day of %s, %d." % (dt.day, MONTHS_L[dt.month - 1], dt.year))
        L.append("______________________ Declarant\n%s, %s, %s" % (pt.street.title(), pt.town.title(), pt.st))
        L.append("\nWitness ______________   Witness ______________")
        L.append("NOTARY PUBLIC: Subscribed and sworn before me. My commission expires %s." % dus(later(dt, days=rint(200, 1400))))
        return ocr_noise("\n".join(L), 0.012)
    if lay == 4:  # MH advance directive
        L.append("VA ADVANCE DIRECTIVE FOR MENTAL HEALTH" if chance(.5) else "Mental Health Preferences")
        L.append("%s  %s" % (pt.vname, pt.ssn))
        L.append("If I am unable to make decisions about my mental health care:")
        L.append("  Medications I prefer: %s" % pick(["sertraline", "olanzapine", "none listed"]))
        L.append("  Medications to avoid: %s (%s)" % (pick(["haloperidol", "lithium", "benzodiazepines"]), pick(["side effects", "history of misuse"])))
        L.append("  Hospital preference: %s" % fac["short"])
        L.append("  People to contact: %s %s" % (agent, pt.nok_phone))
        L.append("Signed %s  Witness: %s" % (dus(dt), doc.disp))
        return "\n".join(L)
    # lay 5: AD scanned into chart notification / POLST
    L.append(pick(["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "MOLST", "Portable Medical Orders"]))
    L.append("Patient: %s, %s   DOB: %s" % (pt.last, pt.first, dus(pt.dob)))
    L.append("A. CPR: [%s] Attempt  [%s] Do Not Attempt" % (*((" ", "X") if chance(.7) else ("X", " ")),))
    L.append("B. Medical interventions: [%s] Full  [%s] Selective  [%s] Comfort-focused" % tuple(pick("X  ") for _ in range(3)))
    L.append("C. Artificial nutrition: [%s] Long-term  [%s] Trial  [%s] None" % tuple(pick("X  ") for _ in range(3)))
    L.append("Discussed with: %s   Signature of practitioner: %s   Date %s" % (pick(["patient", agent]), doc.disp, dus(dt)))
    L.append("SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED")
    return ocr_noise("\n".join(L), 0.008)

VACC = [("INFLUENZA, HIGH DOSE SEASONAL", "FLUZONE HIGH-DOSE", "0.5 mL IM L DELTOID"), ("PNEUMOCOCCAL POLYSACCHARIDE PPV23", "PNEUMOVAX 23", "0.5 mL IM R DELTOID"),
        ("PNEUMOCOCCAL CONJUGATE PCV13", "PREVNAR 13", "0.5 mL IM"), ("TD (ADULT)", "TENIVAC", "0.5 mL IM"), ("TDAP", "BOOSTRIX", "0.5 mL IM"),
        ("ZOSTER RECOMBINANT", "SHINGRIX", "0.5 mL IM"), ("HEPATITIS B, ADULT", "ENGERIX-B", "1 mL IM"), ("INFLUENZA, INJECTABLE, QUADRIVALENT", "FLULAVAL", "0.5 mL IM")]

def gen_immunization_record():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    rn = Staff(pick(["rn", "lpn"]))
    vs = picks(VACC, rint(3, 7))
    L = []
    if lay == 0:  # health summary immunization component
        L.append("**** CONFIDENTIAL PATIENT DATA ****   IMMUNIZATIONS")
        L.append("%s  %s  DOB: %s" % (pt.vname, pt.ssn, dus(pt.dob)))
        L.append("-" * 60)
        for v in vs:
            L.append("%-12s %-40s %s" % (dus(later(dt, days=-rint(0, 3000)), yy=True), v[0], pick([fac["short"], "HISTORICAL", "OUTSIDE PHARMACY"])))
        L.append("\nSkin tests: PPD %s %s" % (dus(later(dt, days=-rint(100, 2000)), yy=True), pick(["0 mm NEG", "NEG", "12 mm POS (CXR neg)"])))
    elif lay == 1:  # immunization administration note
        v = vs[0]
        L.append(tiu_header(pt, pick(["IMMUNIZATION NOTE", "FLU SHOT CLINIC", "VACCINE ADMINISTRATION"]), "IMMUNIZATION NOTE", dt, rn, style=pick(range(5))))
        L.append("\nScreening: no fever, no prior reaction, %s. VIS (%s) given." % (pick(["no egg allergy", "no Guillain-Barre hx"]), dus(later(dt, days=-rint(100, 700)))))
        L.append("Vaccine: %s   Product: %s   Lot: %s%d   Exp: %s   Mfr: %s" % (v[0], v[1], pick(["UT", "AB", "XK"]), rint(1000, 99999), dus(later(dt, days=rint(60, 300))), pick(["SANOFI", "MERCK", "GSK", "PFIZER"])))
        L.append("Dose/Route/Site: %s" % v[2])
        L.append("Observed %d minutes without reaction." % pick([15, 20]))
        L.append(esig(rn, dt, pick([0, 2])))
    elif lay == 2:  # wallet card / outside record (scanned)
        L.append(pick(["ADULT IMMUNIZATION RECORD", "Immunization Card", "VACCINATION RECORD CARD"]))
        L.append("Name: %s %s  DOB: %s" % (pt.first.title(), pt.last.title(), dus(pt.dob)))
        L.append("Vaccine          Date       Given by / Clinic")
        for v in vs:
            L.append("%-16s %-10s %s" % (v[1][:16].title(), dus(later(dt, days=-rint(0, 2500)), yy=True), pick(["Walgreens #%d" % rint(1000, 9999), "County Health Dept", "VA", "CVS"])))
        L.append("Keep this record with you.")
        return ocr_noise("\n".join(L), 0.015)
    elif lay == 3:  # state registry printout
        L.append("%s IMMUNIZATION INFORMATION SYSTEM - Official Record" % pt.st)
        L.append("Client: %s, %s   DOB %s   ID %d" % (pt.last, pt.first, dus(pt.dob), rint(10 ** 7, 10 ** 8)))
        L.append("Vaccine Group   Date Administered   Series  Source")
        for v in vs:
            L.append("%-15s %-19s %-7s %s" % (v[0].split(",")[0][:15].title(), dus(later(dt, days=-rint(0, 3000))), pick(["1 of 2", "2 of 2", "", "1"]), pick(["Historical", "Administered"])))
        L.append("Recommended: %s due %s" % (pick(["Influenza", "Zoster recombinant dose 2", "Td/Tdap"]), dus(later(dt, days=rint(10, 200)))))
        return ocr_noise("\n".join(L), 0.006)
    elif lay == 4:  # historical entry note
        L.append(tiu_header(pt, pick(["IMMUNIZATION HISTORICAL ENTRY", "OUTSIDE IMMUNIZATION DOCUMENTATION"]), "IMMUNIZATION NOTE", dt, rn, style=pick(range(5))))
        L.append("\nVeteran reports/presented documentation of immunizations received outside VA:")
        for v in vs[:3]:
            L.append("  %s - %s at %s" % (v[0], dus(later(dt, days=-rint(5, 400))), pick(["Walgreens", "CVS", "employer clinic", "county health dept"])))
        L.append("Entered as historical.")
        L.append(esig(rn, dt))
    else:  # PPD reading / TB screening
        L.append(tiu_header(pt, pick(["PPD READING", "TB SKIN TEST"]), "IMMUNIZATION NOTE", dt, rn, style=pick(range(5))))
        L.append("\nPPD (Tubersol 5 TU 0.1 mL ID L forearm) placed %s, read %s." % (dus(later(dt, days=-2)), dus(dt)))
        L.append("Induration: %d mm. Result: %s." % (rint(0, 14), pick(["NEGATIVE", "NEGATIVE", "POSITIVE - provider notified"])))
        L.append(esig(rn, dt, pick([0, 4])))
    return "\n".join(L)

def gen_registration_form():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    L = []
    nok = "%s %s  %s  %s" % (pt.nok_first.title(), pt.nok_last.title(), pt.nok_rel.title(), pt.nok_phone)
    if lay in (0, 1):  # 10-10EZ / EZR
        L.append("APPLICATION FOR HEALTH BENEFITS" if lay == 0 else "HEALTH BENEFITS UPDATE FORM")
        L.append("VA FORM 10-10EZ" if lay == 0 else "VA FORM 10-10EZR")
        L.append("SECTION I - GENERAL INFORMATION")
        L.append("1A. NAME: %s, %s %s   1B. SEX: %s   2. SSN: %s   3. DOB: %s" % (pt.last, pt.first, pt.mi, pt.sex, pt.ssn, dus(pt.dob)))
        L.append("5. PERMANENT ADDRESS: %s, %s, %s %s   HOME PHONE: %s" % (pt.street, pt.town, pt.st, pt.zip, pt.phone))
        L.append("8. MARITAL STATUS: [%s] Married [%s] Divorced [%s] Widowed [%s] Never married" % tuple(pick("X   ") for _ in range(4)))
        L.append("10. NEXT OF KIN: %s" % nok)
        L.append("SECTION II - MILITARY SERVICE: Branch %s  Entry %d  Discharge %d  Type: %s" % (pt.branch, pt.dob.year + rint(18, 21), pt.dob.year + rint(22, 30), pick(["HONORABLE", "GENERAL"])))
        L.append("  [%s] Purple Heart  [%s] POW  [%s] Agent Orange  [%s] SW Asia" % ("X" if chance(.1) else " ", " ", "X" if pt.era == "VIETNAM" else " ", "X" if pt.era in ("PERSIAN GULF", "OEF/OIF") else " "))
        L.append("SECTION III - INSURANCE: %s   Medicare: %s" % (pick(["NONE", "BLUE STAR MUTUAL", "TRICARE"]), pick(["YES Part A/B", "NO"])))
        L.append("SECTION V - FINANCIAL: Gross annual income $%s   Dependents: %d" % (format(rint(9000, 85000), ","), rint(0, 3)))
        L.append("\nSIGNATURE ____________________ DATE %s" % dus(dt))
        return ocr_noise("\n".join(L), 0.01)
    if lay == 2:  # VistA registration screen printout
        L.append("Patient Demographic Data, Screen <1>")
        L.append("%s   %s   DOB %s" % (pt.vname, pt.ssn, dvc(pt.dob)))
        L.append("=" * 78)
        L.append("[1] Name: %-30s SS: %s\n    DOB: %-29s SSN Verif: VERIFIED\n[2] Sex: %s  Marital: %s  Religion: %s" % (pt.vname, pt.ssn, dvc(pt.dob), "MALE" if pt.sex == "M" else "FEMALE", pick(["MARRIED", "DIVORCED", "WIDOWED"]), pick(["CATHOLIC", "BAPTIST", "NONE", "METHODIST"])))
        L.append("[3] Permanent Address: %s\n                       %s, %s %s\n    Phone: %s" % (pt.street, pt.town, pt.st, pt.zip, pt.phone))
        L.append("[4] Primary NOK: %s" % nok.upper())
        L.append("[5] Eligibility: %s    SC%%: %d   Period of Service: %s" % ("NSC" if pt.sc == 0 else "SC LESS THAN 50%" if pt.sc < 50 else "SERVICE CONNECTED 50% to 100%", pt.sc, pt.era))
        L.append("[6] Enrollment Priority: GROUP %d   Status: VERIFIED   Effective %s" % (rint(1, 8), dus(later(dt, days=-rint(30, 5000)))))
        L.append("[7] PCP: %s   Team: %s" % (Staff("attending").vname, pick(["BLUE", "RED", "CBOC-2"])))
        return "\n".join(L)
    if lay == 3:  # outside clinic new patient registration
        L.append(pick(OUTSIDE[3:]) + "\nNEW PATIENT REGISTRATION")
        L.append("Last: %s   First: %s   MI: %s   DOB: %s   Sex: %s" % (pt.last.title(), pt.first.title(), pt.mi, dus(pt.dob), pt.sex))
        L.append("Address: %s  City: %s  State: %s  Zip: %s" % (pt.street.title(), pt.town.title(), pt.st, pt.zip))
        L.append("Phone: %s   Employer: %s" % (pt.phone, pick(["Retired", "Disabled", "Self"])))
        L.append("Emergency contact: %s" % nok)
        L.append("Primary insurance: VA COMMUNITY CARE (auth # attached)   Secondary: %s" % pick(["Medicare", "none"]))
        L.append("Responsible party: [X] Self   Signature on file: Y")
        return ocr_noise("\n".join(L), 0.012)
    if lay == 4:  # admission face sheet
        L.append(pick(["INPATIENT FACE SHEET", "ADMISSION FACE SHEET", "VA FORM 10-10M"]))
        L.append("%s   %s   Adm: %s   Ward: %s" % (pt.vname, pt.ssn, dv(dt), pick(["4W", "MICU", "CLC"])))
        L.append("Address: %s, %s %s   Phone %s" % (pt.street, pt.town, pt.st, pt.phone))
        L.append("NOK: %s\nAttending: %s   Admitting dx: %s" % (nok, Staff("attending").vname, pick(MED_SCEN)["short"]))
        L.append("Religion: %s   Eligibility: %s   Means test: %s" % (pick(["CATHOLIC", "PROTESTANT", "NONE"]), pick(["SC", "NSC"]), pick(["CAT A", "CAT C", "NOT REQUIRED"])))
        return paginate("\n".join(L), pt, fac, form="REGISTRATION")
    L.append(tiu_header(pt, pick(["ENROLLMENT/ELIGIBILITY NOTE", "MAS - REGISTRATION UPDATE"]), "ADMINISTRATIVE NOTE", dt, Staff("clerk"), style=pick(range(5))))
    L.append("\nVeteran presented to registration. Updated address to %s, %s, %s. Phone %s. NOK updated: %s. Insurance card copied and scanned. Eligibility verified via DD-214 on file." % (pt.street, pt.town, pt.st, pt.phone, nok))
    return "\n".join(L)

def gen_insurance_card():
    pt, fac, dt = new_ctx()
    lay = pick(range(6))
    nm = "%s %s %s" % (pt.first, pt.mi, pt.last)
    L = []
    if lay == 0:
        L += ["MEDICARE HEALTH INSURANCE", "Name/Nombre", nm, "Medicare Number/Numero de Medicare", "%d%s%s%d-%s%d-%s%s%d%d" % (rint(1, 9), pick("ACEFGHJK"), pick("ACDEFG"), rint(0, 9), pick("ACEF"), rint(0, 9), pick("ACEK"), pick("ACEM"), rint(0, 9), rint(0, 9)),
              "Entitled to/Con derecho a        Coverage starts/Cobertura empieza", "HOSPITAL (PART A)                 %s" % dus(later(pt.dob, days=65 * 365)), "MEDICAL  (PART B)                 %s" % dus(later(pt.dob, days=65 * 365))]
    elif lay == 1:
        L += ["U.S. Department of Veterans Affairs", pick(["VETERAN HEALTH IDENTIFICATION CARD", "VA"]), "%s" % nm, "Member ID %d" % rint(10 ** 9, 10 ** 10 - 1), pick(["SERVICE CONNECTED", "", "PURPLE HEART"]),
              "Plan ID: 80840 9%d" % rint(10 ** 8, 10 ** 9 - 1), "-- BACK --", "This card is for identification only; it does not constitute eligibility.", "Emergency care: call 911.", "Return to: VA, PO Box %d" % rint(1000, 9999)]
    elif lay == 2:
        co = pick(["BLUE STAR MUTUAL HEALTH", "KEYSTONE CHOICE PPO", "HEARTLAND HEALTH PLAN", "GREAT PLAINS ADVANTAGE (HMO)"])
        L += [co, "Member: %s" % nm, "ID: %s%d" % (pick(["XYZ", "KBP", "HHP"]), rint(10 ** 8, 10 ** 9)), "Group: %d" % rint(10000, 99999), "RxBIN %06d  RxPCN %s  RxGrp %s" % (rint(0, 999999), pick(["ADV", "MEDDPRIME"]), pick(["RX123", "HP01"])),
              "PCP $%d  Spec $%d  ER $%d" % (rint(10, 30), rint(30, 60), rint(100, 300)), "-- BACK --", "Providers: file claims to PO Box %d, %s" % (rint(1000, 99999), pick(TOWNS)[0].title()), "Member services %s  TTY 711" % "1-800-555-%04d" % rint(1000, 9999)]
    elif lay == 3:
        L += ["TRICARE FOR LIFE", "Sponsor: %s" % nm, "DoD ID: %d" % rint(10 ** 9, 10 ** 10 - 1), "Medicare is primary payer", "Call 1-866-555-%04d" % rint(1000, 9999)]
    elif lay == 4:
        L += ["%s MEDICAID" % pt.st, "Recipient: %s" % nm, "ID #: %d" % rint(10 ** 9, 10 ** 10 - 1), "Issue date: %s" % dus(dt), "Card not proof of eligibility. Verify each visit."]
    else:
        L += ["MEDICARE PRESCRIPTION DRUG COVERAGE", pick(["SUNRISE PART D SAVER", "AMERIRX PDP"]), "Member: %s" % nm, "ID: %s%d" % (pick("SUA"), rint(10 ** 8, 10 ** 9)), "RxBIN: %06d  RxPCN: MEDDPRIME" % rint(0, 999999), "CMS S%04d-%03d" % (rint(1000, 9999), rint(1, 999))]
    if chance(.5):
        L = ["Scanned: %s  %s" % (pt.vname, dus(dt)), pick(["FRONT", "Insurance card - copy"]), ""] + L
    return ocr_noise("\n".join(L), pick([0.01, 0.02, 0.03]))

def gen_other():
    pt, fac, dt = new_ctx()
    lay = pick(range(8))
    L = []
    if lay == 0:  # fax cover
        L += [pick(["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "Fax"]), "Date: %s   Pages (incl cover): %d" % (dus(dt), rint(2, 18)),
              "To: %s   Fax: %s" % (pick(["VA Community Care", "Release of Information", fac["short"] + " Primary Care"]), phone()),
              "From: %s   Phone: %s" % (pick(OUTSIDE), phone()), "RE: %s %s  DOB %s" % (pt.first.title(), pt.last.title(), dus(pt.dob)), "Comments: %s" % pick(["Records as requested", "Please see attached", "Urgent - please review"]),
              "", wrap("CONFIDENTIALITY NOTICE: This facsimile contains privileged and confidential information intended only for the addressee. If you received this in error, notify the sender immediately and destroy all copies.")]
        return ocr_noise("\n".join(L), 0.01)
    if lay == 1:  # ROI request
        L += ["REQUEST FOR AND AUTHORIZATION TO RELEASE HEALTH INFORMATION", "VA FORM 10-5345", "Patient: %s  SSN: %s  DOB: %s" % (pt.vname, pt.ssn, dus(pt.dob)),
              "To: %s" % pick(["Social Security Administration", "Attorney %s %s, Esq." % (pick(FIRST_M).title(), pick(LAST).title()), pick(OUTSIDE)]),
              "Information requested: [%s] Progress notes  [%s] Discharge summaries  [%s] Labs  [%s] All records %s to %s" % (pick("X "), pick("X "), pick("X "), pick("X "), dus(later(dt, days=-700)), dus(dt)),
              "Purpose: %s" % pick(["disability claim", "continuity of care", "personal use", "legal"]), "[ ] Drug/alcohol  [ ] HIV  [ ] Sickle cell  -- I authorize release of these as well if checked",
              "Expiration: %s" % dus(later(dt, days=365)), "Signature _______________  Date %s" % dus(dt)]
        return ocr_noise("\n".join(L), 0.01)
    if lay == 2:  # PHQ-9 questionnaire
        qs = ["Little interest or pleasure", "Feeling down, depressed", "Trouble sleeping", "Tired/little energy", "Poor appetite/overeating", "Feeling bad about yourself",
              "Trouble concentrating", "Moving slowly or fidgety", "Thoughts better off dead"]
        sc = [rint(0, 3) for _ in qs]
        L += [pick(["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "Mental Health Screening Questionnaire", "MH ASSISTANT - PHQ9"]), "%s   %s" % (pt.vname, dus(dt))]
        L += ["%d. %-34s %d" % (i + 1, q, s) for i, (q, s) in enumerate(zip(qs, sc))]
        L.append("Total score: %d" % sum(sc))
        return "\n".join(L)
    if lay == 3:  # billing/copay statement
        L += ["DEPARTMENT OF VETERANS AFFAIRS", "PATIENT STATEMENT", "Statement date: %s   Account: %s" % (dus(dt), pt.ssn[-4:] + str(rint(1000, 9999))), "%s\n%s\n%s, %s %s" % (nm_ := pt.first + " " + pt.last, pt.street, pt.town, pt.st, pt.zip), ""]
        tot = 0
        for _ in range(rint(2, 6)):
            a = pick([15.00, 50.00, 8.00, 11.00, 9.00])
            tot += a
            L.append("%s  %-34s $%7.2f" % (dus(later(dt, days=-rint(5, 60))), pick(["OUTPATIENT PRIMARY CARE COPAY", "SPECIALTY CARE COPAY", "RX COPAY 30 DAY"]), a))
        L += ["AMOUNT DUE: $%.2f   Due by %s" % (tot, dus(later(dt, days=30))), "Pay online or call %s" % "1-888-555-%04d" % rint(1000, 9999)]
        return ocr_noise("\n".join(L), 0.006)
    if lay == 4:  # travel reimbursement
        L += ["VETERAN/BENEFICIARY CLAIM FOR REIMBURSEMENT OF TRAVEL EXPENSES", "VA FORM 10-3542", "Name: %s   SSN: %s" % (pt.vname, pt.ssn),
              "Date of travel: %s   From: %s, %s  To: %s" % (dus(dt), pt.town.title(), pt.st, fac["short"]), "Mode: [X] Private vehicle   Miles (round trip): %d" % rint(20, 240),
              "Tolls/parking: $%d" % rint(0, 12), "I certify the above is true. Signature ___________"]
        return ocr_noise("\n".join(L), 0.01)
    if lay == 5:  # photo caption / clinical image
        L += ["VistA Imaging", "Image captured: %s" % dus(dt, True), "Patient: %s (%s%s)" % (pt.vname, pt.last[0], pt.last4),
              "Description: %s" % pick(["Wound photo R heel, post debridement, with ruler", "Skin lesion L forearm prior to biopsy", "Clinical photo - sacral wound week 3", "Photo ID"]),
              "Specialty: %s   Capture by: %s" % (pick(["WOUND CARE", "DERMATOLOGY", "PODIATRY", "ADMIN"]), Staff("rn").vname), "Image type: %s   Pages: 1" % pick(["PHOTOGRAPH", "JPEG"])]
        return "\n".join(L)
    if lay == 6:  # legal: guardianship / court
        L += ["IN THE PROBATE COURT OF %s COUNTY, %s" % (pick(["HARLAN", "OSAGE", "MARLOW", "KETTLE"]), pt.st), "IN RE THE GUARDIANSHIP OF %s %s" % (pt.first, pt.last), "Case No. %d-GD-%04d" % (dt.year, rint(1, 9999)),
              "", "LETTERS OF GUARDIANSHIP", wrap("%s %s is hereby appointed guardian of the person of the above-named ward, who has been found to be incapacitated, with authority to make health care decisions." % (pt.nok_first.title(), pt.nok_last.title())),
              "Dated %s.     _______________ Judge" % dlong(dt)]
        return ocr_noise("\n".join(L), 0.012)
    # lay 7: no-show / scheduling / administrative note
    L.append(tiu_header(pt, pick(["NO SHOW NOTE", "MSA SCHEDULING NOTE", "ADMINISTRATIVE NOTE", "PATIENT ADVOCATE NOTE"]), "ADMINISTRATIVE NOTE", dt, Staff("clerk"), style=pick(range(5))))
    L.append(wrap(pick(["Veteran did not report for scheduled appointment. Called home phone, no answer, letter mailed.", "Veteran contacted patient advocate regarding wait time for travel pay. Explained process.",
                        "Veteran requested change of PCP. Request routed to PACT team lead.", "Scanned outside records received by fax; see VistA Imaging."])))
    return "\n".join(L)

GENERATORS = {k: globals()["gen_" + k] for k in [
    "discharge_summary", "history_physical", "progress_note", "consult_note", "operative_note", "procedure_note", "lab_report",
    "imaging_report", "pathology_report", "medication_list", "prescription", "anesthesia_record", "correspondence", "consent_form",
    "referral_letter", "advance_directive", "ecg_report", "immunization_record", "registration_form", "insurance_card", "nursing_note",
    "ed_note", "transfer_summary", "provider_orders", "discharge_instructions", "other"]}

def main():
    global R
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    R = random.Random(a.seed)
    rows = []
    for label, fn in GENERATORS.items():
        for i in range(a.per_type):
            text = fn().strip("\n")
            text = re.sub(r"\n{3,}", "\n\n", text)
            rows.append({"id": "va-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    R.shuffle(rows)
    with open(a.out, "w") as f:
        for r in rows:
            f.write(json.dumps(r) + "\n")

if __name__ == "__main__":
    main()
