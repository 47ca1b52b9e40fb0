#!/usr/bin/env python3
"""Synthetic medical-record document generator (fam_southern persona).

Persona: public hospitals and private specialists in Australia, New Zealand
and Ireland, 1998-2024, as scanned into a records system.  All people,
facilities and identifiers are fictitious.  Standard library only.

Usage: python generate.py --seed N --per-type K --out docs.jsonl
"""
import argparse
import datetime as dt
import hashlib
import json
import random

TYPES = [
    "discharge_summary", "history_physical", "progress_note", "consult_note",
    "operative_note", "procedure_note", "lab_report", "imaging_report",
    "pathology_report", "medication_list", "prescription", "anesthesia_record",
    "correspondence", "consent_form", "referral_letter", "advance_directive",
    "ecg_report", "immunization_record", "registration_form", "insurance_card",
    "nursing_note", "ed_note", "transfer_summary", "provider_orders",
    "discharge_instructions", "other",
]

# ---------------------------------------------------------------------------
# name / place pools (invented)
# ---------------------------------------------------------------------------
FIRST_M = ["Bradley", "Darren", "Shane", "Craig", "Wayne", "Trent", "Lachlan", "Hamish",
           "Rangi", "Tane", "Wiremu", "Callum", "Declan", "Padraig", "Ciaran", "Eoin",
           "Fergal", "Niall", "Oisin", "Cormac", "Brendan", "Kevin", "Malcolm", "Graeme",
           "Stuart", "Jarrah", "Kieran", "Angus", "Mitchell", "Corey", "Nikolai", "Vikram",
           "Tevita", "Sione", "Duc", "Mehmet", "Ravi", "Keith", "Barry", "Terence", "Dermot",
           "Seamus", "Rory", "Jock", "Errol", "Noel", "Clive", "Lindsay", "Hemi", "Manaia"]
FIRST_F = ["Sharon", "Kylie", "Tania", "Leanne", "Bronwyn", "Narelle", "Aroha", "Mere",
           "Ngaire", "Siobhan", "Aoife", "Niamh", "Roisin", "Grainne", "Orla", "Deirdre",
           "Maeve", "Sinead", "Caoimhe", "Kirsty", "Jodie", "Raewyn", "Colleen", "Heather",
           "Margaret", "Beverley", "Dulcie", "Merle", "Shona", "Ana", "Losana", "Priya",
           "Mei", "Thi Lan", "Fatima", "Elif", "Imelda", "Bridget", "Noeline", "Glenys",
           "Kiri", "Hinemoa", "Marama", "Tegan", "Chloe", "Brooke", "Ebony", "Jacinta",
           "Moira", "Una"]
SURNAMES = ["Quennell", "Brackenridge", "Tulloch", "Oakhurst", "Pemberton-Yule", "Marchbank",
            "Fennimore", "Hollowell", "Ruatapu", "Te Maiharoa", "Kereama", "O'Flannagain",
            "MacGiolla", "Cleary-Dunne", "Ni Bhraonain", "Dromgoole", "Kilbride", "Garrahy",
            "Scanlan-Ward", "Wolstencroft", "Yarrowby", "Cobbledick", "Prendiville", "Ormsby",
            "Tuipulotu", "Fa'asavalu", "Nguyen-Hartley", "Vasquez-Lowe", "Papadakis", "Stoyanov",
            "Rajapakse", "Kowalczyk", "Haddad", "Lindqvist", "Featherstonehaugh", "Bywater",
            "Gillespie-Moss", "Mulcahy", "Twomey", "Hennelly", "Cusack", "Tiernan", "Wardrop",
            "Penhaligon", "Sedgwick", "Thornbury", "Kinnane", "Blatchford", "Ellery", "Vance-Oduya",
            "Arbuthnot", "Coolahan", "McGreevy", "Staunton", "Ruddle", "Winterbottom", "Tapsell",
            "Houkamau", "Pomare-Clark", "Bellchambers"]
CLIN_SUR = ["Ashdown", "Birchall", "Carrick", "Delahunt", "Eversleigh", "Falconer", "Gorringe",
            "Hartigan", "Iredale", "Jessop", "Kavanagh-Rowe", "Lonergan", "Mabbott", "Nairn",
            "Okonkwo", "Prothero", "Quilty", "Rennick", "Soutar", "Treloar", "Umbers", "Villiers",
            "Wetherall", "Yeoh", "Zamora", "Abeysekera", "Brereton", "Cottle", "Dinsdale",
            "Ekanayake", "Fitzmaurice", "Gunasekera", "Holloway-Tan", "Ingleby", "Jarman",
            "Kirkpatrick", "Liddicoat", "Moriarty", "Nattrass", "O'Dwyer", "Pillai", "Rutherglen",
            "Sreenivasan", "Tonkin", "Upjohn", "Vella", "Whitcombe", "Aldous"]

REGIONS = {
    "AU": {
        "states": ["QLD", "NSW", "VIC", "SA", "WA", "TAS", "NT", "ACT"],
        "towns": ["Coralwood", "Wattle Grove", "Gidgee Downs", "Brolga Heads", "Mallee Springs",
                  "Yarran Creek", "Ironbark Flat", "Kurrajong Vale", "Bluegum Ridge", "Saltbush Bay",
                  "Pelican Reach", "Quandong", "Red Cedar Park", "Banksia Point"],
        "streets": ["Jacaranda St", "Boundary Rd", "Wattle Ave", "Old Coach Rd", "Esplanade",
                    "Bottlebrush Cres", "Macadamia Dr", "Kingfisher Pde", "Station St", "Dingo Gully Rd"],
        "hosp_pub": ["Coralwood Base Hospital", "Wattle Grove Hospital", "Gidgee Downs Regional Health Service",
                     "Brolga Coast University Hospital", "Yarran Creek District Hospital",
                     "Ironbark Flat Health Service", "Saltbush Bay Hospital"],
        "hosp_priv": ["St Aidan's Private Hospital", "Pelican Reach Private Hospital",
                      "Banksia Point Day Surgery", "Kurrajong Specialist Centre"],
        "rad": ["Tidewater Radiology", "Bluegum Medical Imaging", "Quandong Imaging Group"],
        "path": ["Meridian Pathology", "Redgum Laboratory Services", "Capricorn Path Partners"],
        "phone": lambda r: "(0%d) %d%03d %04d" % (r.choice([2, 3, 7, 8]), r.randint(4, 9), r.randint(0, 999), r.randint(0, 9999)),
    },
    "NZ": {
        "states": ["Auckland", "Waikato", "Canterbury", "Otago", "Manawatu", "Northland", "Hawke's Bay"],
        "towns": ["Waitohu", "Rimu Bay", "Totara Valley", "Kahikatea", "Pukeatua Heights", "Tawa Flat",
                  "Mangakino Springs", "Kowhai Downs", "Ruakaka Point", "Matai Plains"],
        "streets": ["Pohutukawa Rd", "Kauri St", "Harbour View Tce", "Manuka Lane", "Domain Rd",
                    "Tui Cres", "Raupo Way", "Main South Rd", "Kereru Place"],
        "hosp_pub": ["Waitohu Hospital", "Rimu Bay Hospital", "Totara Valley District Hospital",
                     "Kahikatea Base Hospital", "Matai Plains Hospital"],
        "hosp_priv": ["Kowhai Surgical (private)", "Tawa Flat Specialist Rooms", "Harbourlight Private Hospital"],
        "rad": ["Kauri Imaging", "Southern Fern Radiology", "Pukeatua Radiology Ltd"],
        "path": ["Aotea Community Laboratories", "Fernleaf Laboratories", "Kahikatea Labs"],
        "phone": lambda r: "(0%d) %03d %04d" % (r.choice([3, 4, 6, 7, 9]), r.randint(200, 999), r.randint(0, 9999)),
    },
    "IE": {
        "states": ["Co. Westmeath", "Co. Clare", "Co. Mayo", "Co. Kilkenny", "Co. Donegal", "Co. Offaly",
                   "Co. Wexford", "Co. Kerry"],
        "towns": ["Ballykeel", "Cloonmore", "Drumanagh", "Kilcreevan", "Rathfinan", "Carrigdubh",
                  "Ennistymon Cross", "Lisnagry Bridge", "Tobermore West", "Glenasmole Upper"],
        "streets": ["Main Street", "The Crescent", "Church Road", "Bóthar na Trá", "Mill Lane",
                    "Abbey View", "Fairgreen", "Convent Hill", "Bridge Street"],
        "hosp_pub": ["St Fintan's University Hospital", "Our Lady of the Wells Hospital",
                     "Ballykeel General Hospital", "Cloonmore Regional Hospital",
                     "Mercy Hospital Kilcreevan"],
        "hosp_priv": ["Ardmore Clinic", "St Kieran's Private Hospital", "Rathfinan Medical Suites"],
        "rad": ["Liffeyside Radiology", "Shannonvale Imaging", "Carrigdubh Scan Centre"],
        "path": ["Clonard Diagnostics", "Midwest Pathology Partners", "Ballykeel Lab Services"],
        "phone": lambda r: "(0%d) %03d %04d" % (r.choice([1, 21, 44, 61, 65, 91]), r.randint(100, 999), r.randint(0, 9999)),
    },
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def D(rng, d, style=None):
    """format a date in assorted regional styles"""
    if style is None:
        style = rng.choice(["slash", "slash", "long", "short", "dots", "mon", "slash2"])
    if style == "slash":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "slash2":
        return "%d/%d/%02d" % (d.day, d.month, d.year % 100)
    if style == "long":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "short":
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1][:3].upper(), d.year)
    if style == "dots":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    return "%d %s %02d" % (d.day, MONTHS[d.month - 1][:3], d.year % 100)


def T(rng):
    return "%02d%02d" % (rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def Tc(rng, lo=0, hi=23):
    return "%02d:%02d" % (rng.randint(lo, hi), rng.randint(0, 59))


class Person:
    pass


def make_patient(rng, region, year):
    p = Person()
    p.sex = rng.choice("MF")
    p.first = rng.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.middle = rng.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.sur = rng.choice(SURNAMES)
    age = rng.choice([rng.randint(18, 95), rng.randint(45, 92), rng.randint(1, 17) if rng.random() < 0.15 else rng.randint(20, 88)])
    p.age = age
    p.dob = dt.date(year - age, rng.randint(1, 12), rng.randint(1, 28))
    p.title = ("Mr" if p.sex == "M" else rng.choice(["Mrs", "Ms", "Miss"])) if age >= 16 else "Master" if p.sex == "M" else "Miss"
    if p.age < 16:
        p.title = "" if rng.random() < 0.5 else p.title
    p.he, p.his, p.him = ("he", "his", "him") if p.sex == "M" else ("she", "her", "her")
    R = REGIONS[region]
    p.street = "%d %s" % (rng.randint(1, 240), rng.choice(R["streets"]))
    p.town = rng.choice(R["towns"])
    p.state = rng.choice(R["states"])
    p.pc = ("%d" % rng.randint(2000, 7999)) if region == "AU" else ("%04d" % rng.randint(110, 9893)) if region == "NZ" else ("%s%02d %s" % (rng.choice("AHNRVFX"), rng.randint(10, 99), "".join(rng.choice("ACDEFHKNPRTVWXY0123456789") for _ in range(4))))
    p.phone = R["phone"](rng)
    p.mobile = ("04%02d %03d %03d" % (rng.randint(0, 99), rng.randint(0, 999), rng.randint(0, 999))) if region == "AU" else ("02%d %03d %04d" % (rng.randint(0, 9), rng.randint(0, 999), rng.randint(0, 9999))) if region == "NZ" else ("08%d %03d %04d" % (rng.choice([3, 5, 6, 7]), rng.randint(0, 999), rng.randint(0, 9999)))
    p.mrn = rng.choice(["%07d" % rng.randint(0, 9999999), "%s%06d" % (rng.choice(["UR", "MR", "H", ""]), rng.randint(0, 999999))])
    if region == "AU":
        p.medicare = "%d%03d %05d %d" % (rng.randint(2, 6), rng.randint(0, 999), rng.randint(0, 99999), rng.randint(0, 9))
        p.irn = str(rng.randint(1, 5))
        p.ihi = "8003 6080 %04d %04d" % (rng.randint(0, 9999), rng.randint(0, 9999))
        p.nat_id_label = "Medicare No"
        p.nat_id = "%s / %s" % (p.medicare, p.irn)
    elif region == "NZ":
        p.nhi = "%s%s%s%04d" % tuple([rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)] + [rng.randint(0, 9999)])
        p.nat_id_label = "NHI"
        p.nat_id = p.nhi
    else:
        p.ppsn = "%07d%s" % (rng.randint(0, 9999999), rng.choice("ABCDEFGHKLMNPTW"))
        p.mcn = "%09d" % rng.randint(0, 999999999)
        p.nat_id_label = rng.choice(["MRN", "Hosp No", "Chart No"])
        p.nat_id = p.mrn
    p.kin_name = "%s %s" % (rng.choice(FIRST_M + FIRST_F), rng.choice([p.sur, rng.choice(SURNAMES)]))
    p.kin_rel = rng.choice(["wife", "husband", "daughter", "son", "partner", "sister", "brother", "mother", "neighbour", "niece", "father"])
    return p


def clin_name(rng, title="Dr"):
    return "%s %s %s" % (title, rng.choice("ABCDEFGHJKLMNPRSTW"), rng.choice(CLIN_SUR))


def clin_full(rng):
    return "Dr %s %s" % (rng.choice(FIRST_M + FIRST_F), rng.choice(CLIN_SUR))


class Ctx:
    def __init__(self, rng):
        self.r = rng
        self.region = rng.choice(["AU", "AU", "AU", "NZ", "NZ", "IE", "IE"])
        self.R = REGIONS[self.region]
        self.year = rng.randint(1998, 2024)
        self.date = dt.date(self.year, rng.randint(1, 12), rng.randint(1, 28))
        self.p = make_patient(rng, self.region, self.year)
        self.hosp = rng.choice(self.R["hosp_pub"] + self.R["hosp_pub"] + self.R["hosp_priv"])
        self.town = rng.choice(self.R["towns"])
        self.state = rng.choice(self.R["states"])
        self.gp = clin_name(rng)
        self.gp_practice = "%s %s" % (rng.choice(self.R["towns"]), rng.choice(["Medical Centre", "Family Practice", "Health Centre", "Surgery", "Medical Clinic", "GP Clinic", "Family Doctors"]))
        self.consultant = clin_name(rng)
        self.junior = clin_name(rng)
        # regional vocabulary
        if self.region == "IE":
            self.junior_title = rng.choice(["SHO", "Registrar", "NCHD", "Intern"])
            self.gp_word = "GP"
            self.ward = rng.choice(["St Brigid's Ward", "St Joseph's Ward", "Unit 3A", "Cuan Ward", "Nuala Ward", "Acute Medical Unit", "Surgical Day Ward"])
        elif self.region == "NZ":
            self.junior_title = rng.choice(["House Officer", "Registrar", "RMO", "HO"])
            self.gp_word = "GP"
            self.ward = rng.choice(["Ward 5", "Ward 22", "AT&R Ward", "Surgical Ward 7", "Medical Ward 3", "Assessment & Planning Unit", "Kowhai Ward"])
        else:
            self.junior_title = rng.choice(["RMO", "Registrar", "Intern", "JHO", "PHO"])
            self.gp_word = rng.choice(["GP", "LMO", "GP"])
            self.ward = rng.choice(["Ward 4B", "Ward 2 West", "MAPU", "Surgical 1", "CCU", "Medical Ward 7A", "Short Stay Unit", "Waratah Ward", "Rehab Unit"])

    def d(self, d=None, style=None):
        return D(self.r, d or self.date, style)

    def days(self, n):
        return self.date + dt.timedelta(days=n)

    def phone(self):
        return self.R["phone"](self.r)

    def pname(self, style=None):
        p = self.p
        style = style or self.r.choice(["full", "title", "upper", "first"])
        if style == "full":
            return "%s %s" % (p.first, p.sur)
        if style == "title":
            return ("%s %s %s" % (p.title, p.first, p.sur)).strip()
        if style == "upper":
            return "%s, %s" % (p.sur.upper(), p.first)
        if style == "titlesur":
            return ("%s %s" % (p.title or p.first, p.sur)).strip()
        return p.first

    def addr(self, sep=", "):
        p = self.p
        return sep.join([p.street, "%s %s %s" % (p.town, p.state, p.pc) if self.region == "AU" else "%s %s" % (p.town, p.pc) if self.region == "NZ" else "%s, %s %s" % (p.town, p.state, p.pc)])

    def id_lines(self):
        p, r = self.p, self.r
        out = []
        out.append("%s: %s" % (r.choice(["URN", "MRN", "UR No", "Hosp No", "MRN"]) if self.region != "NZ" else r.choice(["NHI", "NHI No"]), p.mrn if self.region != "NZ" else p.nhi))
        if self.region == "AU":
            out.append("Medicare: %s-%s" % (p.medicare, p.irn))
            if self.year >= 2011 and r.random() < 0.4:
                out.append("IHI: %s" % p.ihi)
        elif self.region == "IE" and r.random() < 0.5:
            out.append(r.choice(["MCN: %s" % p.mcn, "PPSN: %s" % p.ppsn]))
        return out


def sticker(c):
    """patient identification label as scanned"""
    r, p = c.r, c.p
    style = r.randint(0, 3)
    ids = c.id_lines()
    if style == 0:
        lines = ["%s   %s" % (ids[0], c.pname("upper").upper()),
                 "DOB: %s  (%dy)  Sex: %s" % (D(r, p.dob, "slash"), p.age, p.sex),
                 c.addr()]
        lines += ids[1:]
    elif style == 1:
        lines = ["+" + "-" * 44 + "+",
                 "| %-42s |" % ("%s %s" % (p.sur.upper(), p.first.upper()))[:42],
                 "| %-42s |" % ("%s   DOB %s %s" % (ids[0], D(r, p.dob, "slash"), p.sex))[:42]]
        for x in ids[1:]:
            lines.append("| %-42s |" % x[:42])
        lines.append("| %-42s |" % ("%s %s" % (c.ward, c.consultant))[:42])
        lines.append("+" + "-" * 44 + "+")
    elif style == 2:
        lines = ["[PATIENT LABEL]", "Name: %s" % c.pname("upper"), "D.O.B.: %s" % D(r, p.dob), "%s" % " | ".join(ids),
                 "Cons: %s  Loc: %s" % (c.consultant, c.ward)]
    else:
        lines = ["%s %s %s %s" % (p.sur.upper(), p.first, D(r, p.dob, "slash"), p.sex), ids[0] + ("   " + ids[1] if len(ids) > 1 else "")]
    return "\n".join(lines)


def letterhead(c, kind="hosp", name=None):
    r = c.r
    name = name or (c.hosp if kind == "hosp" else kind)
    addr = "%d %s, %s" % (r.randint(1, 400), r.choice(c.R["streets"]), r.choice(c.R["towns"]))
    extra = []
    if c.region == "AU" and r.random() < 0.5:
        extra.append("ABN %02d %03d %03d %03d" % (r.randint(10, 99), r.randint(0, 999), r.randint(0, 999), r.randint(0, 999)))
    if c.region == "NZ" and c.year >= 2022 and r.random() < 0.6:
        extra.append("Te Whatu Ora - Health New Zealand, %s district" % r.choice(c.R["towns"]))
    elif c.region == "NZ" and r.random() < 0.5:
        extra.append("%s District Health Board" % r.choice(c.R["towns"]))
    if c.region == "IE" and r.random() < 0.5:
        extra.append(r.choice(["Feidhmeannacht na Seirbhise Slainte", "HSE %s Hospital Group (fictitious)" % r.choice(["Midland-West", "Atlantic", "South-East"])]))
    ph = "Ph %s  Fax %s" % (c.phone(), c.phone())
    if r.random() < 0.3:
        lines = [name.upper(), addr, ph] + extra
    elif r.random() < 0.5:
        lines = [name] + extra + ["%s | %s" % (addr, ph)]
    else:
        lines = ["%s  *  %s" % (name, addr), ph]
    return "\n".join(lines)


def rooms_letterhead(c, doc, spec):
    r = c.r
    quals = {"AU": ["MBBS FRACP", "MBBS FRACS", "MB BS FRANZCR", "MBBS(Hons) FRACP PhD", "MBChB FRACS", "MBBS FANZCA"],
             "NZ": ["MBChB FRACP", "MBChB FRACS", "MBChB FRANZCR", "MBChB FRACP MD"],
             "IE": ["MB BCh BAO FRCPI", "MB BCh BAO FRCSI", "MB MRCPI FFRRCSI", "MD FRCPI", "MCh FRCSI (Gen)"]}[c.region]
    lines = ["%s  %s" % (doc, r.choice(quals)), "Consultant %s" % spec if c.region == "IE" else spec,
             "%s, %d %s, %s" % (r.choice(["Suite %d" % r.randint(1, 30), "Level %d" % r.randint(1, 6), "Consulting Rooms"]),
                                r.randint(1, 300), r.choice(c.R["streets"]), r.choice(c.R["towns"])),
             "T %s  F %s" % (c.phone(), c.phone())]
    if c.region == "AU" and r.random() < 0.6:
        lines.append("Provider No %06d%s" % (r.randint(0, 999999), r.choice("ABCDEFHJKLTWXY")))
    if c.region == "IE" and r.random() < 0.4:
        lines.append("IMC Reg No %05d" % r.randint(1000, 99999))
    return "\n".join(lines)


def cap(x):
    return x[:1].upper() + x[1:]


def maybe(r, p):
    return r.random() < p


def pick(r, xs, k=None):
    if k is None:
        return r.choice(xs)
    k = max(0, min(k, len(xs)))
    return r.sample(xs, k)


def bullets(r, items, style=None):
    style = style or r.choice(["-", "*", "num", "none", "o"])
    out = []
    for i, x in enumerate(items, 1):
        if style == "num":
            out.append("%d. %s" % (i, x))
        elif style == "none":
            out.append(x)
        else:
            out.append("%s %s" % (style, x))
    return "\n".join(out)


def scan_noise(c, text):
    """occasional scanned-document artefacts"""
    r = c.r
    if maybe(r, 0.15):
        text = text + "\n\nPage 1 of 1"
    if maybe(r, 0.1):
        text = "Scanned %s  %s\n" % (D(r, c.days(r.randint(1, 60)), "slash"), r.choice(["Batch %05d" % r.randint(1, 99999), "ScanStation 2", "HIS Scan", "Health Info Services"])) + text
    if maybe(r, 0.08):
        text = text + "\n" + r.choice(["Fax rcvd %s %s" % (D(r, c.date, "slash"), Tc(r)), "CONFIDENTIAL", "*** END OF DOCUMENT ***", "Printed by %s" % c.junior])
    return text

# ---------------------------------------------------------------------------
# medicines (local naming), as (name, strength/dose, frequency, indication)
# ---------------------------------------------------------------------------
MEDS = [
    ("Paracetamol (Panadol Osteo)", "1330 mg", "tds", "osteoarthritis pain"),
    ("Paracetamol", "1 g", "qid prn", "pain"),
    ("Frusemide (Lasix)", "40 mg", "mane", "fluid"),
    ("Frusemide (Urex)", "20 mg", "bd", "oedema"),
    ("Spironolactone (Aldactone)", "25 mg", "mane", "heart failure"),
    ("Metoprolol succinate (Toprol-XL)", "47.5 mg", "daily", "rate control"),
    ("Bisoprolol", "2.5 mg", "mane", "heart failure"),
    ("Perindopril (Coversyl)", "5 mg", "mane", "BP"),
    ("Ramipril (Tritace)", "2.5 mg", "daily", "BP / renoprotection"),
    ("Irbesartan (Avapro)", "150 mg", "daily", "hypertension"),
    ("Candesartan (Atacand)", "8 mg", "mane", "BP"),
    ("Amlodipine (Norvasc)", "5 mg", "daily", "hypertension"),
    ("Diltiazem CD (Cardizem CD)", "180 mg", "mane", "AF rate control"),
    ("Atorvastatin (Lipitor)", "40 mg", "nocte", "cholesterol"),
    ("Rosuvastatin (Crestor)", "10 mg", "nocte", "lipids"),
    ("Ezetimibe (Ezetrol)", "10 mg", "daily", "lipids"),
    ("Aspirin (Cartia)", "100 mg", "mane", "IHD"),
    ("Clopidogrel (Plavix / Iscover)", "75 mg", "daily", "post stent"),
    ("Ticagrelor (Brilinta)", "90 mg", "bd", "ACS"),
    ("Apixaban (Eliquis)", "5 mg", "bd", "AF"),
    ("Rivaroxaban (Xarelto)", "20 mg", "with evening meal", "DVT"),
    ("Dabigatran (Pradaxa)", "150 mg", "bd", "AF"),
    ("Warfarin (Marevan)", "as per INR", "daily at 1600", "mechanical valve"),
    ("Warfarin (Coumadin)", "as directed", "daily", "AF"),
    ("Enoxaparin (Clexane)", "40 mg s/c", "daily", "VTE prophylaxis"),
    ("Digoxin (Lanoxin PG)", "62.5 mcg", "mane", "AF"),
    ("Glyceryl trinitrate spray (Nitrolingual)", "400 mcg SL", "prn", "angina"),
    ("Isosorbide mononitrate (Imdur)", "60 mg", "mane", "angina"),
    ("Metformin XR (Diabex XR)", "1 g", "bd", "T2DM"),
    ("Metformin (Glucophage)", "850 mg", "bd with meals", "type 2 diabetes"),
    ("Gliclazide MR (Diamicron MR)", "60 mg", "mane", "T2DM"),
    ("Empagliflozin (Jardiance)", "10 mg", "daily", "T2DM / HF"),
    ("Dapagliflozin (Forxiga)", "10 mg", "mane", "diabetes"),
    ("Sitagliptin (Januvia)", "100 mg", "daily", "T2DM"),
    ("Insulin glargine (Optisulin)", "22 units s/c", "nocte", "diabetes"),
    ("Insulin aspart (NovoRapid)", "per sliding scale", "tds with meals", "diabetes"),
    ("Levothyroxine (Eutroxsig)", "100 mcg", "mane before food", "hypothyroidism"),
    ("Pantoprazole (Somac)", "40 mg", "mane", "reflux"),
    ("Esomeprazole (Nexium)", "20 mg", "daily", "GORD"),
    ("Omeprazole (Losec)", "20 mg", "daily", "dyspepsia"),
    ("Lansoprazole (Zoton)", "30 mg", "mane", "GI protection"),
    ("Docusate/senna (Coloxyl with Senna)", "2 tabs", "nocte", "constipation"),
    ("Macrogol (Movicol)", "1 sachet", "daily", "constipation"),
    ("Lactulose (Duphalac)", "20 mL", "bd", "bowels"),
    ("Ondansetron (Zofran wafer)", "4 mg", "tds prn", "nausea"),
    ("Metoclopramide (Maxolon)", "10 mg", "tds prn", "nausea"),
    ("Oxycodone/naloxone (Targin)", "10/5 mg", "bd", "pain"),
    ("Oxycodone IR (Endone)", "5 mg", "4-hourly prn", "breakthrough pain"),
    ("Tramadol SR (Tramal SR)", "100 mg", "bd", "pain"),
    ("Tapentadol SR (Palexia SR)", "50 mg", "bd", "chronic pain"),
    ("Codeine/paracetamol (Panadeine Forte)", "2 tabs", "qid prn", "pain"),
    ("Ibuprofen (Nurofen)", "400 mg", "tds with food", "pain"),
    ("Diclofenac (Difene)", "75 mg", "bd", "pain"),
    ("Celecoxib (Celebrex)", "200 mg", "daily", "arthritis"),
    ("Meloxicam (Mobic)", "15 mg", "daily", "OA"),
    ("Pregabalin (Lyrica)", "75 mg", "bd", "neuropathic pain"),
    ("Amitriptyline (Endep)", "10 mg", "nocte", "neuropathic pain"),
    ("Sertraline (Zoloft)", "50 mg", "mane", "depression"),
    ("Escitalopram (Lexapro)", "10 mg", "mane", "anxiety"),
    ("Mirtazapine (Avanza)", "15 mg", "nocte", "mood / sleep"),
    ("Venlafaxine XR (Efexor-XR)", "75 mg", "mane", "depression"),
    ("Quetiapine (Seroquel)", "25 mg", "nocte", "agitation"),
    ("Olanzapine (Zyprexa)", "5 mg", "nocte", "psychosis"),
    ("Temazepam (Normison)", "10 mg", "nocte prn", "sleep"),
    ("Zopiclone (Zimovane)", "7.5 mg", "nocte prn", "insomnia"),
    ("Diazepam (Valium)", "2 mg", "bd prn", "anxiety"),
    ("Donepezil (Aricept)", "10 mg", "nocte", "dementia"),
    ("Levetiracetam (Keppra)", "500 mg", "bd", "epilepsy"),
    ("Sodium valproate (Epilim)", "500 mg", "bd", "seizures"),
    ("Levodopa/carbidopa (Sinemet)", "100/25 mg", "qid", "Parkinson's"),
    ("Salbutamol (Ventolin) MDI", "2 puffs", "4-hourly prn", "wheeze"),
    ("Fluticasone/salmeterol (Seretide) 250/25", "2 puffs", "bd", "asthma"),
    ("Budesonide/formoterol (Symbicort) 200/6", "2 inhalations", "bd", "COPD"),
    ("Tiotropium (Spiriva Respimat)", "2 puffs", "daily", "COPD"),
    ("Prednisolone (Panafcort)", "25 mg", "mane", "exacerbation"),
    ("Prednisone (Predsone)", "5 mg", "mane", "PMR"),
    ("Methotrexate", "15 mg", "weekly (Saturdays)", "rheumatoid arthritis"),
    ("Folic acid", "5 mg", "weekly (not on MTX day)", "with methotrexate"),
    ("Hydroxychloroquine (Plaquenil)", "200 mg", "bd", "RA"),
    ("Allopurinol (Zyloprim)", "300 mg", "daily", "gout"),
    ("Colchicine (Colgout)", "500 mcg", "bd", "gout flare"),
    ("Calcium carbonate/colecalciferol (Caltrate + D)", "1 tab", "daily", "bone health"),
    ("Cholecalciferol (Ostelin)", "1000 IU", "daily", "vitamin D"),
    ("Denosumab (Prolia)", "60 mg s/c", "6-monthly", "osteoporosis"),
    ("Alendronate (Fosamax Plus)", "70 mg/140 mcg", "weekly", "osteoporosis"),
    ("Ferrous sulphate (Ferro-Gradumet)", "325 mg", "daily", "iron deficiency"),
    ("Potassium chloride (Slow-K)", "600 mg", "2 tabs bd", "hypokalaemia"),
    ("Potassium chloride (Span-K)", "600 mg", "bd", "low K"),
    ("Tamsulosin (Flomaxtra)", "400 mcg", "nocte", "LUTS"),
    ("Oxybutynin (Ditropan)", "5 mg", "bd", "urge incontinence"),
    ("Cephalexin (Keflex)", "500 mg", "qid", "cellulitis"),
    ("Amoxicillin/clavulanate (Augmentin Duo Forte)", "875/125 mg", "bd", "infection"),
    ("Co-amoxiclav", "625 mg", "tds", "LRTI"),
    ("Flucloxacillin (Flucil)", "500 mg", "qid", "skin infection"),
    ("Doxycycline (Doryx)", "100 mg", "daily", "CAP"),
    ("Trimethoprim (Triprim)", "300 mg", "nocte", "UTI"),
    ("Nitrofurantoin (Macrodantin)", "50 mg", "qid", "UTI"),
    ("Ciprofloxacin (Ciproxin)", "500 mg", "bd", "infection"),
    ("Nystatin oral drops", "1 mL", "qid", "oral thrush"),
    ("Thiamine", "100 mg", "daily", "supplement"),
    ("Vitamin B12 (Neo-B12)", "1000 mcg IM", "3-monthly", "B12 deficiency"),
    ("Latanoprost (Xalatan) eye drops", "1 drop both eyes", "nocte", "glaucoma"),
    ("Mometasone (Nasonex) nasal spray", "2 sprays each nostril", "daily", "rhinitis"),
    ("Cetirizine (Zyrtec)", "10 mg", "daily", "hay fever"),
    ("Betamethasone (Diprosone) 0.05% cream", "apply thinly", "bd", "eczema"),
    ("Fentanyl patch (Durogesic)", "12 mcg/hr", "change every 72 h", "chronic pain"),
    ("Buprenorphine patch (Norspan)", "10 mcg/hr", "weekly", "pain"),
    ("Oestradiol (Estrofem)", "1 mg", "daily", "HRT"),
    ("Levonorgestrel/ethinyloestradiol (Levlen ED)", "1 tab", "daily", "contraception"),
    ("Sumatriptan (Imigran)", "50 mg", "prn", "migraine"),
    ("Propranolol (Inderal)", "10 mg", "bd", "tremor"),
    ("Citalopram (Cipramil)", "20 mg", "daily", "depression"),
    ("Lithium carbonate (Quilonum SR)", "450 mg", "bd", "bipolar"),
    ("Mesalazine (Pentasa)", "2 g", "daily", "ulcerative colitis"),
    ("Azathioprine (Imuran)", "100 mg", "daily", "IBD"),
    ("Creon 25,000", "2 caps", "with meals", "pancreatic insufficiency"),
    ("Tenecteplase", "-", "-", "-"),
]
MEDS = [m for m in MEDS if m[1] != "-"]

# ---------------------------------------------------------------------------
# clinical cases (medical & surgical)
# ---------------------------------------------------------------------------
CASES = [
    dict(spec="Cardiology", dx="non-ST elevation myocardial infarction", pc="central chest tightness radiating to the left arm for about two hours",
         exam="dual heart sounds, no murmurs, JVP not raised, chest clear", ix="serial hs-troponin rose from 48 to 1,210 ng/L; ECG showed lateral ST depression",
         proc="coronary angiography with drug-eluting stent to the proximal LAD", meds=["Aspirin (Cartia)", "Ticagrelor (Brilinta)", "Atorvastatin (Lipitor)", "Bisoprolol", "Perindopril (Coversyl)"],
         plan="cardiac rehabilitation referral, dual antiplatelet therapy for twelve months, repeat echo in three months", pmh="hypertension, ex-smoker (30 pack-years), hypercholesterolaemia"),
    dict(spec="Cardiology", dx="new onset atrial fibrillation with rapid ventricular response", pc="palpitations and breathlessness since the previous evening",
         exam="irregularly irregular pulse at 140, mild bibasal crackles", ix="TTE showed LVEF 50% with a moderately dilated left atrium; TSH normal",
         proc="transoesophageal echo guided DC cardioversion", meds=["Apixaban (Eliquis)", "Metoprolol succinate (Toprol-XL)", "Diltiazem CD (Cardizem CD)"],
         plan="CHA2DS2-VASc 3, anticoagulation continued indefinitely; Holter in six weeks", pmh="hypertension, obstructive sleep apnoea on CPAP"),
    dict(spec="Cardiology", dx="decompensated congestive cardiac failure", pc="progressive exertional dyspnoea, orthopnoea (three pillows) and ankle swelling",
         exam="JVP raised to the earlobe, pitting oedema to the knees, bibasal crepitations", ix="NT-proBNP 8,400 ng/L; chest X-ray with upper lobe diversion and small effusions",
         proc="IV frusemide diuresis with daily weights", meds=["Frusemide (Lasix)", "Spironolactone (Aldactone)", "Bisoprolol", "Empagliflozin (Jardiance)", "Candesartan (Atacand)"],
         plan="fluid restriction 1.5 L/day, heart failure nurse follow-up, titrate beta-blocker", pmh="ischaemic cardiomyopathy, type 2 diabetes, CKD stage 3a"),
    dict(spec="Respiratory Medicine", dx="infective exacerbation of COPD", pc="increasing dyspnoea and purulent green sputum over four days",
         exam="widespread expiratory wheeze, reduced air entry at the bases, using accessory muscles", ix="VBG pH 7.33 pCO2 58; CXR hyperinflated with no consolidation",
         proc="controlled oxygen (target SpO2 88-92%) and nebulised bronchodilators", meds=["Prednisolone (Panafcort)", "Doxycycline (Doryx)", "Tiotropium (Spiriva Respimat)", "Budesonide/formoterol (Symbicort) 200/6", "Salbutamol (Ventolin) MDI"],
         plan="pulmonary rehabilitation, COPD action plan, influenza and pneumococcal vaccination review", pmh="COPD (FEV1 38% predicted), current smoker, anxiety"),
    dict(spec="Respiratory Medicine", dx="right lower lobe community-acquired pneumonia", pc="fevers, rigors, pleuritic right-sided chest pain and a productive cough",
         exam="bronchial breathing and dullness at the right base, temperature 38.9", ix="CRP 246, WCC 17.8; CXR right lower lobe consolidation; CURB-65 score of 2",
         proc="IV benzylpenicillin and oral doxycycline", meds=["Amoxicillin/clavulanate (Augmentin Duo Forte)", "Doxycycline (Doryx)", "Paracetamol"],
         plan="repeat chest X-ray in six weeks to document resolution", pmh="asthma in childhood, gastro-oesophageal reflux"),
    dict(spec="Respiratory Medicine", dx="acute severe asthma", pc="wheeze and chest tightness unresponsive to reliever at home",
         exam="speaking in phrases, diffuse wheeze, SpO2 91% on room air", ix="peak flow 180 L/min (45% of best); CXR no pneumothorax",
         proc="back-to-back salbutamol, IV magnesium sulfate", meds=["Fluticasone/salmeterol (Seretide) 250/25", "Prednisolone (Panafcort)", "Salbutamol (Ventolin) MDI"],
         plan="written asthma action plan, inhaler technique review, respiratory clinic", pmh="poorly controlled asthma, allergic rhinitis"),
    dict(spec="Gastroenterology", dx="upper gastrointestinal bleed secondary to duodenal ulcer", pc="two episodes of coffee-ground haematemesis and melaena",
         exam="pale, tachycardic 112, epigastric tenderness without peritonism", ix="Hb dropped from 128 to 79 g/L; urea 18.2; Glasgow-Blatchford score 12",
         proc="gastroscopy with adrenaline injection and clip placement to a posterior duodenal ulcer", meds=["Pantoprazole (Somac)", "Ferrous sulphate (Ferro-Gradumet)"],
         plan="H. pylori serology and eradication if positive, avoid NSAIDs, repeat gastroscopy in eight weeks", pmh="osteoarthritis on regular ibuprofen"),
    dict(spec="Gastroenterology", dx="flare of ulcerative colitis", pc="bloody diarrhoea up to ten times daily with urgency and crampy abdominal pain",
         exam="tender left iliac fossa, afebrile", ix="faecal calprotectin over 1,800; stool MC&S and C. difficile negative; flexible sigmoidoscopy Mayo 3",
         proc="IV hydrocortisone", meds=["Mesalazine (Pentasa)", "Prednisolone (Panafcort)", "Azathioprine (Imuran)"],
         plan="steroid taper over eight weeks, TPMT level checked, IBD nurse follow-up", pmh="ulcerative colitis diagnosed at age 24"),
    dict(spec="Gastroenterology", dx="decompensated alcohol-related cirrhosis with ascites", pc="increasing abdominal girth and confusion",
         exam="tense ascites, spider naevi, asterixis present", ix="bilirubin 68, albumin 24, INR 1.8; Child-Pugh C; ascitic fluid PMN count 90",
         proc="diagnostic and therapeutic paracentesis", meds=["Spironolactone (Aldactone)", "Lactulose (Duphalac)", "Thiamine"],
         plan="alcohol cessation support, HCC surveillance ultrasound six-monthly, variceal screening", pmh="alcohol use disorder, previous alcohol withdrawal seizures"),
    dict(spec="General Surgery", dx="acute appendicitis", pc="periumbilical pain migrating to the right iliac fossa with anorexia",
         exam="tender at McBurney's point with rebound and guarding", ix="WCC 14.2, CRP 88; ultrasound showed a non-compressible appendix 9 mm",
         proc="laparoscopic appendicectomy", meds=["Paracetamol", "Oxycodone IR (Endone)"],
         plan="wound check at GP at day ten, no heavy lifting for two weeks", pmh="nil significant"),
    dict(spec="General Surgery", dx="acute calculous cholecystitis", pc="constant right upper quadrant pain after a fatty meal with vomiting",
         exam="Murphy's sign positive, low-grade fever", ix="ultrasound showed a thick-walled gallbladder with an impacted stone in the neck; LFTs mildly deranged",
         proc="laparoscopic cholecystectomy with intraoperative cholangiogram", meds=["Paracetamol", "Oxycodone IR (Endone)", "Ondansetron (Zofran wafer)"],
         plan="low-fat diet for a few weeks, surgical clinic review in six weeks", pmh="obesity (BMI 36), gestational diabetes in the past"),
    dict(spec="General Surgery", dx="adhesional small bowel obstruction", pc="colicky abdominal pain, distension and bilious vomiting for 24 hours",
         exam="distended, tympanic abdomen with high-pitched bowel sounds, old midline scar", ix="CT abdomen showed dilated small bowel loops with a transition point in the right lower quadrant",
         proc="nasogastric decompression and Gastrografin challenge", meds=["Paracetamol", "Pantoprazole (Somac)"],
         plan="diet upgraded once flatus passed, return if vomiting recurs", pmh="open right hemicolectomy for colon cancer"),
    dict(spec="Orthopaedics", dx="fractured neck of femur (displaced subcapital, left)", pc="fall at home onto the left hip, unable to weight bear",
         exam="left leg shortened and externally rotated, neurovascularly intact distally", ix="X-ray pelvis confirmed a Garden IV subcapital fracture",
         proc="left hemiarthroplasty (cemented)", meds=["Enoxaparin (Clexane)", "Paracetamol (Panadol Osteo)", "Oxycodone/naloxone (Targin)", "Cholecalciferol (Ostelin)"],
         plan="weight bear as tolerated, geriatric co-management, falls and bone health assessment", pmh="osteoporosis, mild cognitive impairment, hypertension"),
    dict(spec="Orthopaedics", dx="end-stage osteoarthritis of the right knee", pc="progressive knee pain limiting walking to 200 metres",
         exam="varus deformity, fixed flexion of 10 degrees, crepitus", ix="standing X-rays showed bone-on-bone medial compartment disease",
         proc="right total knee replacement", meds=["Rivaroxaban (Xarelto)", "Paracetamol (Panadol Osteo)", "Tapentadol SR (Palexia SR)"],
         plan="physiotherapy, staples out at two weeks, review with X-ray at six weeks", pmh="type 2 diabetes, gout"),
    dict(spec="Neurology", dx="left middle cerebral artery ischaemic stroke", pc="sudden onset right-sided weakness and expressive dysphasia",
         exam="right face-arm-leg weakness (power 3/5), NIHSS 9", ix="CT perfusion showed a left MCA penumbra; CTA M1 occlusion",
         proc="thrombolysis followed by endovascular clot retrieval", meds=["Aspirin (Cartia)", "Atorvastatin (Lipitor)", "Apixaban (Eliquis)"],
         plan="inpatient rehabilitation, no driving for at least four weeks, speech pathology follow-up", pmh="paroxysmal AF not anticoagulated, hypertension"),
    dict(spec="Neurology", dx="first generalised tonic-clonic seizure", pc="witnessed collapse with limb stiffening and jerking, post-ictal for 30 minutes",
         exam="tongue bitten laterally, no focal deficit", ix="CT brain normal; EEG showed left temporal sharp waves",
         proc="MRI brain with epilepsy protocol", meds=["Levetiracetam (Keppra)"],
         plan="driving restrictions explained, seizure safety advice, neurology clinic in three months", pmh="nil, social drinker"),
    dict(spec="Endocrinology", dx="diabetic ketoacidosis", pc="polyuria, polydipsia, vomiting and abdominal pain",
         exam="Kussmaul breathing, dry mucous membranes", ix="pH 7.08, bicarbonate 6, ketones 6.1 mmol/L, glucose 31",
         proc="DKA protocol with fixed-rate insulin infusion", meds=["Insulin glargine (Optisulin)", "Insulin aspart (NovoRapid)"],
         plan="diabetes educator review, sick-day rules, endocrine outpatient review", pmh="type 1 diabetes since childhood, missed insulin doses"),
    dict(spec="Endocrinology", dx="primary hypothyroidism", pc="fatigue, weight gain and cold intolerance over six months",
         exam="dry skin, slow-relaxing reflexes, small diffuse goitre", ix="TSH 48 mIU/L, free T4 6 pmol/L, anti-TPO antibodies strongly positive",
         proc="thyroid ultrasound", meds=["Levothyroxine (Eutroxsig)"],
         plan="recheck TSH in six weeks and titrate", pmh="coeliac disease"),
    dict(spec="Renal Medicine", dx="acute kidney injury on chronic kidney disease", pc="reduced urine output and lethargy after a diarrhoeal illness",
         exam="dry, postural drop of 25 mmHg", ix="creatinine 412 from baseline 160; potassium 6.3; renal ultrasound no hydronephrosis",
         proc="IV fluid resuscitation and withholding of nephrotoxic agents", meds=["Amlodipine (Norvasc)", "Calcium carbonate/colecalciferol (Caltrate + D)"],
         plan="restart ACE inhibitor only when renal function recovers; repeat UEC in one week", pmh="diabetic nephropathy, hypertension"),
    dict(spec="Infectious Diseases", dx="left lower limb cellulitis", pc="spreading redness, warmth and swelling of the left shin",
         exam="erythema to mid-thigh marked with pen, tinea between the toes", ix="CRP 132; blood cultures no growth at 48 hours",
         proc="IV flucloxacillin", meds=["Cephalexin (Keflex)", "Flucloxacillin (Flucil)"],
         plan="leg elevation, treat tinea pedis, complete 10 days of antibiotics", pmh="lymphoedema, obesity"),
    dict(spec="Infectious Diseases", dx="urosepsis with E. coli bacteraemia", pc="fevers, rigors and dysuria with new confusion",
         exam="febrile 39.4, hypotensive 88/50, renal angle tenderness", ix="lactate 3.8; blood and urine cultures grew E. coli sensitive to ceftriaxone",
         proc="sepsis pathway with IV ceftriaxone and fluid bolus", meds=["Ciprofloxacin (Ciproxin)"],
         plan="complete 14 days of antibiotics, renal tract ultrasound outpatient", pmh="recurrent UTIs, postmenopausal"),
    dict(spec="Geriatric Medicine", dx="delirium secondary to urinary tract infection", pc="acute confusion, agitation and reduced oral intake per family",
         exam="inattentive on 4AT (score 6), no focal neurology", ix="urine dip positive for nitrites and leucocytes; CT brain showed chronic small vessel change only",
         proc="delirium bundle and behavioural measures", meds=["Donepezil (Aricept)", "Nitrofurantoin (Macrodantin)", "Macrogol (Movicol)"],
         plan="cognitive testing once delirium resolves, ACAT/NASC assessment for home supports", pmh="Alzheimer's dementia, recurrent falls"),
    dict(spec="Haematology", dx="iron deficiency anaemia", pc="fatigue and exertional breathlessness",
         exam="conjunctival pallor, koilonychia", ix="Hb 71 g/L, MCV 68 fL, ferritin 4 ug/L",
         proc="IV ferric carboxymaltose infusion", meds=["Ferrous sulphate (Ferro-Gradumet)"],
         plan="gastroscopy and colonoscopy to exclude a GI source", pmh="menorrhagia"),
    dict(spec="Oncology", dx="febrile neutropenia following chemotherapy for breast cancer", pc="fever of 38.6 at home on day 10 of cycle three",
         exam="port site clean, mucositis grade 2", ix="neutrophils 0.2 x10^9/L; blood cultures pending",
         proc="IV piperacillin-tazobactam within the hour", meds=["Amoxicillin/clavulanate (Augmentin Duo Forte)", "Ondansetron (Zofran wafer)", "Nystatin oral drops"],
         plan="G-CSF with future cycles per oncology", pmh="triple negative left breast carcinoma on dose-dense AC"),
    dict(spec="Urology", dx="obstructing left ureteric calculus", pc="severe colicky left loin-to-groin pain with vomiting",
         exam="writhing, afebrile, left renal angle tenderness", ix="CT KUB showed a 7 mm left vesicoureteric junction stone with moderate hydronephrosis",
         proc="cystoscopy and insertion of left ureteric stent", meds=["Tamsulosin (Flomaxtra)", "Ibuprofen (Nurofen)", "Oxycodone IR (Endone)"],
         plan="definitive ureteroscopy and laser lithotripsy in four weeks", pmh="previous renal colic"),
    dict(spec="Obstetrics & Gynaecology", dx="ruptured right ectopic pregnancy", pc="sudden lower abdominal pain and shoulder tip pain at seven weeks' gestation",
         exam="peritonism, cervical excitation", ix="beta-hCG 3,900; transvaginal ultrasound empty uterus with free fluid in the pouch of Douglas",
         proc="laparoscopic right salpingectomy", meds=["Paracetamol", "Ibuprofen (Nurofen)"],
         plan="anti-D given (Rh negative), early pregnancy unit follow-up for counselling", pmh="previous chlamydia infection"),
    dict(spec="Psychiatry", dx="major depressive episode with suicidal ideation", pc="low mood, insomnia and thoughts of self-harm over several weeks",
         exam="flat affect, psychomotor retardation, no psychotic features", ix="organic screen including TSH and B12 unremarkable",
         proc="voluntary admission to the acute mental health unit", meds=["Sertraline (Zoloft)", "Mirtazapine (Avanza)"],
         plan="community mental health team follow-up within seven days of discharge, safety plan", pmh="previous postnatal depression"),
    dict(spec="Paediatrics", dx="bronchiolitis", pc="coryza, cough and poor feeding in an infant",
         exam="subcostal recession, fine crackles, SpO2 90% in air", ix="nasopharyngeal aspirate RSV positive",
         proc="high-flow nasal cannula oxygen and nasogastric feeds", meds=["Paracetamol"],
         plan="return if feeding drops below half of normal or breathing is laboured", pmh="born at 35 weeks"),
    dict(spec="Vascular Surgery", dx="critical limb ischaemia of the right leg", pc="rest pain in the right foot at night and a non-healing toe ulcer",
         exam="absent popliteal and pedal pulses on the right, dependent rubor", ix="ABI 0.35; CT angiogram showed superficial femoral artery occlusion",
         proc="right femoral endarterectomy and femoro-popliteal bypass", meds=["Aspirin (Cartia)", "Clopidogrel (Plavix / Iscover)", "Rosuvastatin (Crestor)"],
         plan="wound review, graft surveillance duplex at six weeks", pmh="peripheral vascular disease, smoker, type 2 diabetes"),
    dict(spec="Rheumatology", dx="acute gout of the first metatarsophalangeal joint", pc="exquisitely painful, hot, swollen right big toe overnight",
         exam="erythematous, tender right first MTP joint", ix="serum urate 0.56 mmol/L; joint aspirate negatively birefringent crystals",
         proc="aspiration of the first MTP joint", meds=["Colchicine (Colgout)", "Prednisolone (Panafcort)", "Allopurinol (Zyloprim)"],
         plan="commence urate-lowering therapy after the flare settles, target urate below 0.36", pmh="CKD stage 3, hypertension on thiazide"),
    dict(spec="ENT", dx="peritonsillar abscess (quinsy)", pc="severe sore throat, trismus and hot-potato voice",
         exam="left peritonsillar bulge with uvular deviation to the right", ix="CRP 110; monospot negative",
         proc="needle aspiration and incision of the peritonsillar abscess", meds=["Amoxicillin/clavulanate (Augmentin Duo Forte)", "Paracetamol"],
         plan="consider interval tonsillectomy if recurrent", pmh="recurrent tonsillitis"),
]

ALLERGIES = ["NKDA", "Nil known", "Penicillin (rash)", "Sulfonamides - urticaria", "Codeine - vomiting", "Elastoplast / adhesive tape",
             "Morphine (itch)", "Trimethoprim - angioedema", "Iodinated contrast - hives", "Latex", "Erythromycin (GI upset)",
             "Cephalosporins - anaphylaxis 2004", "Peanuts (anaphylaxis, carries EpiPen)", "NSAIDs - bronchospasm", "Nil known drug allergies"]


def allergy(c):
    r = c.r
    if maybe(r, 0.45):
        return r.choice(["NKDA", "Nil known", "NKA", "Nil known drug allergies"])
    return ", ".join(pick(r, ALLERGIES[2:], r.randint(1, 2)))


def med_by_name(name):
    for m in MEDS:
        if m[0] == name:
            return m
    return (name, "", "daily", "")


def med_str(r, m, style=None):
    style = style or r.choice(["full", "brief", "pbs"])
    if style == "full":
        return "%s %s %s (%s)" % (m[0], m[1], m[2], m[3])
    if style == "brief":
        n = m[0].split(" (")[0]
        return "%s %s %s" % (n, m[1], m[2])
    return "%s - %s - %s" % (m[0].upper(), m[1], m[2])


def med_set(c, case=None, n=None):
    r = c.r
    meds = []
    if case:
        meds += [med_by_name(x) for x in case["meds"]]
    extra = n if n is not None else r.randint(1, 6)
    for m in pick(r, MEDS, extra):
        if m not in meds:
            meds.append(m)
    return meds


def case_for(c, spec=None):
    r = c.r
    pool = [k for k in CASES if (spec is None or k["spec"] == spec)]
    k = r.choice(pool)
    if k["spec"] == "Paediatrics" and c.p.age > 3:
        c.p.age = r.randint(0, 1)
        c.p.dob = dt.date(c.year - c.p.age, r.randint(1, 12), r.randint(1, 28))
        c.p.title = ""
    return k


def vitals(c, style=None):
    r = c.r
    hr, sbp, dbp = r.randint(56, 128), r.randint(92, 178), r.randint(48, 98)
    rr, sat, t = r.randint(12, 28), r.randint(88, 100), round(r.uniform(35.9, 39.2), 1)
    style = style or r.choice(["line", "terse", "list"])
    if style == "line":
        return "HR %d, BP %d/%d, RR %d, SpO2 %d%% on %s, T %.1f" % (hr, sbp, dbp, rr, sat, r.choice(["RA", "room air", "2L NP", "28% venturi"]), t)
    if style == "terse":
        return "P%d BP%d/%d RR%d Sats%d%% T%.1f" % (hr, sbp, dbp, rr, sat, t)
    return "Pulse: %d bpm\nBP: %d/%d mmHg\nResp: %d\nSpO2: %d%%\nTemp: %.1f C" % (hr, sbp, dbp, rr, sat, t)


def signoff(c, who=None, role=None, dictated=True):
    r = c.r
    who = who or c.junior
    role = role or c.junior_title
    lines = []
    if dictated and maybe(r, 0.5):
        lines.append(r.choice(["Dictated but not read.", "Dictated, not checked.", "Electronically signed.",
                               "D: %s  T: %s  %s/%s" % (D(r, c.date, "slash"), D(r, c.days(r.randint(1, 4)), "slash"), "".join(r.choice("ABCDEFGHJKLMNPRST") for _ in range(2)).lower(), "".join(r.choice("ABCDEFGHJKLMNPRST") for _ in range(2)).lower())]))
    lines.append("%s\n%s%s" % (who, role, r.choice(["", ", %s" % c.hosp, " to %s" % c.consultant])))
    if maybe(r, 0.3):
        lines.append("Pager %d" % r.randint(100, 999) if c.region != "IE" else "Bleep %d" % r.randint(100, 999))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# discharge summary
# ---------------------------------------------------------------------------
COURSE_OPEN = [
    "{name} was admitted under the {spec} team with {dx}.",
    "This {age}-year-old {sexw} presented via the emergency department with {pc}.",
    "{Name} came in with {pc} and was found to have {dx}.",
    "Admitted from ED on {adm}. Working diagnosis on arrival was {dx}.",
    "{name} was transferred to our unit from a peripheral hospital with {dx}.",
]
COURSE_MID = [
    "Initial workup: {ix}.",
    "Investigations revealed that {ix}.",
    "Management consisted of {proc}, which was well tolerated.",
    "{He} underwent {proc} on day {d2} of the admission without complication.",
    "Progress on the ward was slow at first but {he} improved steadily after {proc}.",
    "Allied health input was obtained from physiotherapy and occupational therapy, who cleared {him} for home with {supports}.",
    "There was a brief episode of {complication} on day {d3}, which settled with conservative measures.",
    "Medication reconciliation was completed with the ward pharmacist before discharge.",
    "{His} regular medications were withheld initially and reintroduced as renal function allowed.",
    "Pain was managed with simple analgesia and a short course of oral opioid.",
    "The team discussed goals of care with {him} and {his} {kin}, and {he} remains for full active management.",
    "Social work met with the family regarding carer stress and respite options.",
    "Overnight on day {d3} a medical emergency call was made for hypotension, which responded promptly to a fluid bolus, and no further instability followed.",
    "By the end of the first week {he} was mobilising independently on the ward and eating and drinking normally, and inflammatory markers were trending down.",
    "A geriatrician review on day {d2} noted frailty and recommended a home medicines review and a falls prevention programme after discharge.",
    "Blood pressure ran low for the first few days, so the antihypertensives were withheld; they were cautiously restarted before discharge at a reduced dose.",
    "Repeat bloods prior to discharge showed improving renal function and a stable haemoglobin.",
    "The case was discussed at the weekly multidisciplinary meeting, where the consensus was to continue with the current plan and arrange outpatient review.",
    "{His} {kin} raised concerns about coping at home, and a family meeting was held with the treating team, nursing staff and occupational therapy.",
    "An interpreter was used for all key discussions, and written information in {his} preferred language was provided.",
    "Diabetes control was suboptimal during the admission and the endocrine team adjusted the regimen, with education from the diabetes nurse.",
    "There was no evidence of venous thromboembolism, and pharmacological prophylaxis was given throughout the stay.",
    "Intravenous therapy was stepped down to oral treatment once {he} had been afebrile for forty-eight hours.",
    "{He} was seen by the dietitian, who recommended high-energy high-protein supplements twice daily.",
]
COMPLICATIONS = ["hypokalaemia", "post-operative urinary retention", "delirium overnight", "hospital-acquired pneumonia",
                 "fast AF", "constipation", "a superficial wound ooze", "hypoglycaemia", "a fall without injury", "nausea",
                 "peripheral cannula phlebitis", "hyponatraemia (Na 128)"]
SUPPORTS = ["a four-wheeled walker", "a shower chair and rails", "home help twice weekly", "a community nursing referral",
            "Meals on Wheels", "no additional services", "a HACC package", "district nursing visits"]
GP_ACTIONS = [
    "Please check UEC and magnesium in one week.",
    "Kindly review blood pressure and titrate antihypertensives as required.",
    "Would appreciate a repeat FBC in two weeks given the anaemia.",
    "Please arrange INR check on Monday and adjust warfarin dosing.",
    "Could you please remove sutures at ten to fourteen days.",
    "GP to follow up outstanding histology (we will also forward the report).",
    "Please consider a bone density scan and osteoporosis treatment.",
    "Please review mood at the next consultation.",
    "Please recheck LFTs in four weeks.",
    "No specific GP actions required.",
]


def fill(c, s, case, extra=None):
    p = c.p
    d = dict(name=c.pname("title"), Name=c.pname("title"), age=p.age, sexw=("man" if p.sex == "M" else "woman") if p.age >= 16 else ("boy" if p.sex == "M" else "girl"),
             spec=case["spec"], dx=case["dx"], pc=case["pc"], ix=case["ix"], proc=case["proc"], He=p.he.capitalize(), he=p.he,
             His=p.his.capitalize(), his=p.his, him=p.him, kin=p.kin_rel, adm=c.d(), d2=c.r.randint(1, 3), d3=c.r.randint(2, 5),
             complication=c.r.choice(COMPLICATIONS), supports=c.r.choice(SUPPORTS), pmh=case["pmh"], plan=case["plan"],
             exam=case["exam"], first=p.first, gp=c.gp, cons=c.consultant)
    if extra:
        d.update(extra)
    return s.format(**d)


def gen_discharge_summary(c):
    r, p = c.r, c.p
    case = case_for(c)
    los = r.randint(1, 21)
    adm, dis = c.date, c.days(los)
    meds = med_set(c, case)
    variant = r.randint(0, 2)
    title = r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "Separation Summary", "SEPARATION SUMMARY", "Inpatient Discharge Summary",
                      "Clinical Discharge Summary", "Discharge Letter", "eDischarge Summary", "Hospital Discharge Summary", ""])
    parts = []
    if maybe(r, 0.6):
        parts.append(letterhead(c))
    if maybe(r, 0.5):
        parts.append(sticker(c))
    if title:
        parts.append(title)
    course = [fill(c, r.choice(COURSE_OPEN), case)]
    course += [fill(c, s, case) for s in pick(r, COURSE_MID, r.randint(2, 7))]
    if variant == 0:
        hdr = ["Patient: %s   DOB: %s" % (c.pname("upper"), D(r, p.dob)),
               "%s" % "   ".join(c.id_lines()),
               "Admitted: %s    %s: %s    LOS: %d day%s" % (c.d(adm), r.choice(["Discharged", "Separated", "Discharge date"]), c.d(dis), los, "" if los == 1 else "s"),
               "Consultant: %s   Unit: %s   Ward: %s" % (c.consultant, case["spec"], c.ward),
               "%s: %s (%s)" % (r.choice(["GP", "Nominated GP", "LMO"]), c.gp, c.gp_practice)]
        parts.append("\n".join(hdr))
        parts.append("%s\n%s" % (r.choice(["Principal Diagnosis:", "PRINCIPAL DIAGNOSIS", "Primary diagnosis"]), case["dx"][0].upper() + case["dx"][1:]))
        parts.append("%s\n%s" % (r.choice(["Comorbidities:", "Secondary diagnoses / comorbidities", "Past history"]), bullets(r, [x.strip() for x in case["pmh"].split(",")])))
        if maybe(r, 0.7):
            parts.append("Procedures:\n%s" % case["proc"])
        parts.append("%s\n%s" % (r.choice(["Clinical Course:", "Hospital course", "SUMMARY OF ADMISSION", "Clinical summary"]), " ".join(course)))
        if maybe(r, 0.6):
            parts.append("Key investigations:\n%s" % case["ix"])
        parts.append("Allergies/ADRs: %s" % allergy(c))
        ml = [med_str(r, m) for m in meds]
        parts.append("%s\n%s" % (r.choice(["Discharge medications:", "MEDICATIONS ON DISCHARGE", "Medications at separation"]), bullets(r, ml)))
        if maybe(r, 0.6):
            ch = []
            ch.append("NEW: %s" % meds[0][0])
            if len(meds) > 2:
                ch.append("CHANGED: %s dose %s" % (meds[-1][0], r.choice(["increased", "reduced", "now alternate days"])))
            if maybe(r, 0.5):
                ch.append("CEASED: %s - %s" % (r.choice(["ibuprofen", "hydrochlorothiazide", "temazepam", "metformin", "perindopril", "oxybutynin"]), r.choice(["AKI", "falls risk", "no longer indicated", "hyponatraemia"])))
            parts.append("Medication changes:\n" + "\n".join(ch))
        parts.append("Follow-up:\n%s" % bullets(r, [case["plan"][0].upper() + case["plan"][1:], "%s clinic in %d weeks - appointment will be posted" % (case["spec"], r.randint(2, 12))]))
        parts.append("%s\n%s" % (r.choice(["Actions for GP:", "GP to action:", "Recommendations to GP"]), " ".join(pick(r, GP_ACTIONS, r.randint(1, 3)))))
        parts.append("Discharge destination: %s" % r.choice(["Home", "Home with family", "Residential aged care facility", "Rehab (transfer)", "Usual residence", "Nursing home"]))
        parts.append(signoff(c, dictated=False))
    elif variant == 1:
        parts.append("%s\n%s\n%s" % (c.d(dis), c.gp, c.gp_practice))
        parts.append("Dear %s," % (c.gp if maybe(r, 0.6) else "Colleague"))
        parts.append("Re: %s, DOB %s, %s" % (c.pname("title"), D(r, p.dob), c.addr()))
        parts.append("Your patient was discharged from %s on %s after a %d-day admission under %s." % (c.hosp, c.d(dis), los, c.consultant))
        parts.append("Diagnosis: %s" % case["dx"])
        parts.append(" ".join(course + ["On examination at presentation there was %s." % case["exam"]]))
        parts.append("%s past history includes %s." % (p.his.capitalize(), case["pmh"]))
        parts.append("Medications on discharge:\n" + bullets(r, [med_str(r, m, "brief") for m in meds]))
        parts.append("Plan: %s. %s" % (case["plan"][0].upper() + case["plan"][1:], " ".join(pick(r, GP_ACTIONS, r.randint(1, 2)))))
        parts.append(r.choice(["Many thanks for your ongoing care.", "Thank you for continuing to look after this patient.", "Please contact the team with any questions."]))
        parts.append(r.choice(["Yours sincerely,", "Kind regards,", "Regards,"]) + "\n\n" + signoff(c))
        parts.append("cc: %s" % r.choice(["patient", c.consultant, "community nursing", "outpatient clinic file"]))
    else:
        parts.append("Pt: %s  %s  DOB %s" % (c.pname("upper"), c.id_lines()[0], D(r, p.dob, "slash")))
        parts.append("Adm %s  D/C %s  Cons %s" % (D(r, adm, "slash"), D(r, dis, "slash"), c.consultant))
        parts.append("Dx: %s" % case["dx"])
        parts.append("Issues:\n" + bullets(r, ["%s - %s" % (case["dx"], case["proc"]), r.choice(COMPLICATIONS) + " - resolved", "deconditioning - physio input"][:r.randint(1, 3)], "num"))
        parts.append("Meds on d/c: " + "; ".join(med_str(r, m, "brief") for m in meds))
        parts.append("Allergies: %s" % allergy(c))
        parts.append("F/U: %s" % case["plan"])
        parts.append("%s (%s)" % (c.junior, c.junior_title))
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# admission history & physical
# ---------------------------------------------------------------------------
ROS_ED = ["Denies fevers at home.", "No preceding head strike or loss of consciousness.", "Last oral intake about four hours before arrival.",
          "Vomited twice en route.", "Not on blood thinners.", "Has been drinking alcohol this evening.", "Says this feels different from previous episodes."]
ROS_CONS = ["There has been no unintended weight loss.", "Energy levels have been poor for some months.", "Night-time symptoms disturb sleep two or three times a week.",
            "Bowel and bladder function are reportedly normal.", "There are no visual or hearing complaints.", "Mood has been low since the diagnosis.",
            "Exercise tolerance has fallen to about one block on the flat."]
SOCIAL = ["Lives alone in a two-storey house, independent with ADLs, drives.",
          "Lives with {kin} on a farm; independent, mobilises without aids.",
          "Resident of a low-care aged care facility; needs help with showering.",
          "Retired boilermaker, lives with wife, uses a walking stick outdoors.",
          "Works as a primary school teacher; lives with partner and two children.",
          "Lives in a council flat; home help once a week; no stairs.",
          "Unemployed, couch-surfing at present; smokes 20/day; cannabis most days.",
          "Dairy farmer, married, ex-smoker (quit 2001), 10-15 standard drinks per week.",
          "Lives with daughter's family; walks with a frame; has a personal alarm.",
          "Retired publican; drinks 4-6 pints most evenings; never smoked."]
FAMILY_HX = ["Father died of MI at 58.", "Mother had type 2 diabetes.", "Sister with breast cancer in her 40s.",
             "No family history of note.", "Brother had bowel cancer at 62.", "Strong family history of IHD.",
             "FHx: nil relevant.", "Mother - dementia, father - stroke."]
ROS = ["No weight loss, night sweats or fevers.", "Bowels regular, no PR bleeding.", "No urinary symptoms.",
       "Denies headache or visual disturbance.", "No cough or haemoptysis.", "Appetite reduced over the past fortnight.",
       "Mild ankle swelling noted by patient.", "Reports poor sleep.", "No recent travel.", "No rashes or joint pains."]


def gen_history_physical(c):
    r, p = c.r, c.p
    case = case_for(c)
    meds = med_set(c, None, r.randint(2, 8))
    title = r.choice(["ADMISSION NOTE", "Admission History & Examination", "Medical Admission", "ADMISSION CLERKING",
                      "History and Physical", "Admission Assessment - %s" % case["spec"], "Surgical Admission Note", "Clerking", ""])
    parts = []
    if maybe(r, 0.5):
        parts.append(sticker(c))
    hdr = "%s    %s %s" % (title, c.d(), T(r)) if title else "%s %s" % (c.d(), T(r))
    parts.append(hdr.strip())
    if maybe(r, 0.6):
        parts.append("Admitting team: %s (%s)   Clerked by: %s, %s" % (case["spec"], c.consultant, c.junior, c.junior_title))
    src = r.choice(["patient", "patient and %s" % p.kin_rel, "ambulance handover and old notes", "GP referral letter and patient"])
    styles = r.randint(0, 1)
    pc = case["pc"]
    if styles == 0:
        parts.append("PC: %s" % pc)
        hpi = ["%d%s %s. Hx from %s." % (p.age, p.sex, r.choice(["presents with", "BIBA with", "referred by GP with", "self-presented with"]) + " " + pc, src),
               r.choice(["Onset %d days ago, gradually worsening." % r.randint(1, 10), "Symptoms began suddenly this morning.", "Intermittent over the past month, much worse in last 48h."]),
               " ".join(pick(r, ROS, r.randint(2, 4)))]
        parts.append("HPC:\n" + "\n".join(hpi))
        parts.append("PMHx:\n" + bullets(r, [x.strip() for x in case["pmh"].split(",")] + pick(r, ["appendicectomy (childhood)", "TAH 1994", "cataract surgery", "depression", "hiatus hernia", "BPH"], r.randint(0, 2)), "-"))
        parts.append("Meds:\n" + bullets(r, [med_str(r, m, "brief") for m in meds], "none"))
        parts.append("Allergies: %s" % allergy(c))
        parts.append("SHx: " + r.choice(SOCIAL).format(kin=p.kin_rel))
        parts.append("FHx: " + r.choice(FAMILY_HX))
        parts.append("O/E:\n" + vitals(c) + "\n" + r.choice(["Alert, oriented, comfortable at rest.", "Unwell-looking, diaphoretic.", "GCS 15, appears in pain.", "Pale, mildly distressed."]) +
                     "\nCVS: %s\nResp: %s\nAbdo: %s\nNeuro: %s" % (r.choice(["HS dual, nil added", "irregular, ?soft SM", "tachycardic, HS I+II+0"]),
                                                                r.choice(["clear, GAEB", "coarse creps R base", "scattered wheeze", "reduced AE L base"]),
                                                                r.choice(["SNT, BS present", "tender RIF", "distended, mildly tender", "soft, epigastric tenderness"]),
                                                                r.choice(["grossly intact", "no focal deficit", "R sided weakness 3/5", "PERL, CN intact"])))
        parts.append("Key findings: " + case["exam"])
        parts.append("Ix: " + case["ix"])
        parts.append("Imp: %s\nDDx: %s" % (case["dx"], ", ".join(pick(r, ["PE", "ACS", "sepsis", "malignancy", "viral illness", "pancreatitis", "biliary colic", "musculoskeletal pain", "AKI", "medication side effect"], 2))))
        parts.append("Plan:\n" + bullets(r, [case["proc"], "bloods incl. FBC UEC LFT CRP coags", r.choice(["VTE prophylaxis - Clexane", "fluid balance chart", "daily weights", "NBM from midnight", "neuro obs 1/24"]),
                                             "chart regular meds except %s" % r.choice(["metformin", "ACE-I", "diuretics", "NSAIDs", "nil"]), "d/w %s" % r.choice(["Reg", "consultant on call", "ICU outreach", "surgical Reg"]), "Resus status: %s" % r.choice(["for full resuscitation", "NFR - discussed with patient", "AMR completed"])], "num"))
        parts.append(signoff(c, dictated=False))
    else:
        parts.append("History of presenting complaint")
        hp = "%s is a %d-year-old %s who presented with %s. The history was obtained from the %s. %s %s" % (
            c.pname("title"), p.age, "gentleman" if p.sex == "M" else "lady", pc, src,
            r.choice(["Symptoms started abruptly while %s was at rest." % p.he, "There was a gradual onset over the preceding week.", "This is the %s similar episode this year." % r.choice(["second", "third"])]),
            " ".join(pick(r, ROS, r.randint(2, 5))))
        parts.append(hp)
        parts.append("Past medical and surgical history\n%s." % cap(case["pmh"]))
        parts.append("Medications prior to admission\n" + bullets(r, [med_str(r, m, "full") for m in meds], "num"))
        parts.append("Allergies: %s" % allergy(c))
        parts.append("Social and functional history\n" + r.choice(SOCIAL).format(kin=p.kin_rel) + " " + r.choice(["Independent with all personal care.", "Requires supervision for showering.", "Family visit daily."]))
        parts.append("Family history\n" + r.choice(FAMILY_HX))
        parts.append("Systems review\n" + " ".join(pick(r, ROS, 4)))
        parts.append("Examination\nObservations: %s. General: %s. Specific findings: %s. %s" % (vitals(c, "line"),
                     r.choice(["well perfused", "appears frail", "obese, in mild distress", "jaundiced"]), case["exam"],
                     r.choice(["Calves soft and non-tender.", "No lymphadenopathy.", "Skin intact; no pressure injuries.", "Pressure areas checked - intact."])))
        parts.append("Systemic examination\n" + " ".join([
            "Cardiovascular: " + r.choice(["pulse regular, heart sounds dual with no added sounds, peripheral pulses palpable.", "irregularly irregular, soft pansystolic murmur at the apex, capillary refill under two seconds."]),
            "Respiratory: " + r.choice(["trachea central, equal expansion, vesicular breath sounds throughout.", "reduced expansion on the right with dullness and coarse crackles at the base."]),
            "Abdomen: " + r.choice(["soft and non-tender, no organomegaly, bowel sounds present.", "obese, mild suprapubic tenderness, no guarding, no palpable masses.", "distended with shifting dullness, liver edge palpable 3 cm below the costal margin."]),
            "Neurological: " + r.choice(["cranial nerves intact, tone and power normal in all four limbs, plantars downgoing.", "alert and orientated, no pronator drift, gait not assessed."]),
            "Skin and extremities: " + r.choice(["no rashes, calves soft, no peripheral oedema.", "venous changes to both shins, mild pitting oedema to mid-calf.", "bruising over the left hip, pressure areas intact."])]))
        parts.append("Investigations\n" + cap(case["ix"]) + ". " + r.choice(["Chest X-ray reviewed personally.", "ECG: sinus rhythm, no acute ischaemic change.", "Urinalysis bland.", "Venous gas unremarkable apart from a mildly raised lactate."]))
        parts.append("Assessment\n%s. Differentials considered included %s." % (cap(case["dx"]), " and ".join(pick(r, ["an infective process", "a malignant cause", "a drug reaction", "thromboembolism", "an inflammatory aetiology"], 2))))
        parts.append("Management plan\n" + " ".join([
            "Proceed with %s." % case["proc"],
            "Longer term, %s." % case["plan"],
            r.choice(["Patient and family updated at the bedside.", "Consent discussion to follow in the morning.", "Will review with the consultant on the post-take ward round."])]))
        parts.append(signoff(c))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# progress note
# ---------------------------------------------------------------------------
def gen_progress_note(c):
    r, p = c.r, c.p
    case = case_for(c)
    v = r.randint(0, 4)
    parts = []
    if maybe(r, 0.35):
        parts.append(sticker(c))
    dday = r.randint(1, 12)
    if v == 0:  # SOAP
        parts.append(r.choice(["Progress Note", "PROGRESS NOTES", "Ward Round", "", "Medical notes"]) + ("  " if True else "") + "%s %s" % (c.d(c.days(dday)), T(r)))
        parts.append("S: %s" % r.choice(["Feels better today. Slept OK.", "Ongoing pain, 6/10, worse with movement.", "Tolerating diet. No N/V.", "C/o mild SOB overnight.", "Keen to go home.", "Nil new complaints."]))
        parts.append("O: %s\n%s" % (vitals(c, "terse"), r.choice(["Chest clear. Abdo soft.", "Wound clean/dry, no erythema.", "Mild pedal oedema, JVP not seen.", "Alert, orientated x3.", "FBC: Hb %d, WCC %.1f, CRP %d" % (r.randint(80, 140), r.uniform(4, 18), r.randint(3, 200))])))
        parts.append("A: Day %d %s - %s." % (dday, case["dx"], r.choice(["improving", "slowly improving", "static", "clinically stable", "not yet at baseline"])))
        parts.append("P:\n" + bullets(r, pick(r, ["cont current Rx", "wean O2", "step down to oral abx", "physio to mobilise", "repeat bloods mane",
                                                    "d/c planning - ?home tomorrow", "OT home visit", "chase echo", "bowel chart", "increase frusemide to 80mg",
                                                    "review by %s team" % r.choice(["renal", "cardiology", "surgical", "geris"]), "remove IDC", "fluid restrict 1.5L"], r.randint(2, 5)), "-"))
        parts.append("%s %s" % (c.junior, c.junior_title))
    elif v == 1:  # terse ward round
        parts.append("%s  WR %s (%s)" % (D(r, c.days(dday), "slash"), r.choice(["Cons", "Reg", "Cons/Reg", "PTWR"]), c.consultant))
        items = ["D%d %s" % (dday, r.choice(["post op", "of admission", "IV abx"])), r.choice(["afeb, obs stable", "T 38.1 overnight", "HR 100s", "sats 94% 2L"]),
                 r.choice(["BNO 3/7", "BO yest", "passing flatus", "eating/drinking"]), r.choice(["pain controlled", "pain ++ overnight - PRN x3", "no pain"])]
        parts.append("\n".join(items))
        parts.append("Imp: " + case["dx"])
        parts.append("Plan: " + "; ".join(pick(r, ["?home today", "mobilise with physio", "CT abdo today", "hold Clexane", "restart warfarin", "NBM", "KVO", "UEC/Mg/PO4 mane", "d/w family"], 3)))
        parts.append(r.choice(["-", "/"]) + c.junior.split()[-1] + " " + c.junior_title)
    elif v == 2:  # outpatient follow-up review
        parts.append(r.choice(["Outpatient Review", "Clinic note", "Follow-up visit", "OPD review", "Review"]) + " - " + case["spec"])
        parts.append("Date: %s   Seen by: %s" % (c.d(), c.consultant))
        parts.append("%s reviewed %d weeks after %s. %s %s" % (c.pname("title"), r.randint(2, 16), r.choice(["discharge", "the last visit", "starting treatment"]),
                     r.choice(["Reports good progress.", "Things have been up and down.", "Still troubled by fatigue.", "No new symptoms."]),
                     r.choice(["Adherent with medication.", "Has stopped one tablet due to side effects.", "Has been attending rehab twice weekly.", "Using the inhaler only when needed."])))
        parts.append("Exam: %s. %s" % (vitals(c, "line"), r.choice(["Weight %.1f kg." % r.uniform(45, 130), "No new findings.", "Scar well healed.", "Mild residual signs."])))
        parts.append("Results reviewed: %s" % r.choice(["FBC and UEC satisfactory.", "HbA1c 7.4%.", "Lipids at target.", "Echo unchanged.", "INR stable in range."]))
        parts.append("Plan: %s. Next review in %d months." % (cap(case["plan"]), r.randint(1, 12)))
    elif v == 3:  # multidisciplinary / physician note narrative
        parts.append("%s %s  Medical %s note" % (c.d(c.days(dday)), T(r), c.junior_title))
        parts.append("Asked to review %s by nursing staff re %s." % (c.pname("titlesur"), r.choice(["rising early warning score", "new confusion", "BP 84/50", "chest pain", "reduced urine output", "fever 38.7", "fall from bed"])))
        parts.append("On review %s. %s. %s." % (r.choice(["sitting up talking", "drowsy but rousable", "comfortable", "clammy"]), vitals(c, "line"),
                                                   r.choice(["Chest clear", "New crackles L base", "Abdomen soft", "No focal neurology"])))
        parts.append("Impression: %s" % r.choice(["likely %s" % r.choice(COMPLICATIONS), "?sepsis - source unclear", "vasovagal", "consistent with known %s" % case["dx"]]))
        parts.append("Actions: %s. Will hand over to night team. Escalate if MET criteria." % ", ".join(pick(r, ["bloods + cultures", "CXR", "ECG", "500mL NaCl bolus", "fluid balance", "neuro obs", "R/V in 1h"], 3)))
        parts.append(c.junior)
    else:  # GP-style follow-up SOAP brief
        parts.append("%s  %s" % (c.d(), c.gp_practice))
        parts.append("Subjective: f/u %s. %s" % (case["dx"], r.choice(["Symptoms resolved.", "Partial improvement.", "Still unwell."])))
        parts.append("Objective: %s" % vitals(c, "terse"))
        parts.append("Assessment: %s" % r.choice(["improving", "stable", "needs specialist input"]))
        parts.append("Plan: %s" % r.choice(["Continue meds. RV 4/52.", "Bloods today. RV with results.", "Referral sent. RV prn."]))
        parts.append(c.gp)
    return "\n".join(parts) if v in (1, 4) else "\n\n".join(parts)


# ---------------------------------------------------------------------------
# consultation note
# ---------------------------------------------------------------------------
CONS_DISCUSS = ["I spent some time going through the natural history of the condition and what {he} might expect over the coming year.",
                "The principal uncertainty is whether there is an additional contributing process, and I would like a little more information before committing to long-term therapy.",
                "I have reassured {him} that there are no features today to suggest an aggressive underlying cause.",
                "We talked about the balance between symptom control and side effects, and {he} would prefer to avoid escalating doses if possible.",
                "On balance the risks of intervention are modest compared with the likely benefit.",
                "{He} is keen to continue working, and I see no reason why this should not be possible with some modification of duties.",
                "If the planned tests are unremarkable, I would be comfortable managing this conservatively in partnership with you.",
                "I have asked {him} to keep a symptom diary so that we can judge the response objectively at follow-up."]


def gen_consult_note(c):
    r, p = c.r, c.p
    case = case_for(c)
    v = r.randint(0, 2)
    parts = []
    meds = med_set(c, None, r.randint(2, 7))
    if v == 0:  # dictated rooms letter style consult
        parts.append(rooms_letterhead(c, c.consultant, case["spec"]))
        parts.append(c.d())
        parts.append("%s\n%s" % (c.gp, c.gp_practice))
        parts.append("Dear %s" % c.gp.replace("Dr ", "Dr "))
        parts.append("Re: %s   DOB %s\n%s" % (c.pname("title"), D(r, p.dob), c.addr()))
        parts.append(r.choice(["Thank you for referring this pleasant %d-year-old %s, whom I saw in my rooms today regarding %s." % (p.age, "man" if p.sex == "M" else "woman", case["pc"]),
                               "Many thanks for asking me to assess %s, who attended today with %s." % (p.first, case["pc"]),
                               "I had the pleasure of seeing %s in consultation today." % c.pname("titlesur")]))
        parts.append("Diagnoses:\n" + bullets(r, [cap(case["dx"])] + [x.strip().capitalize() for x in case["pmh"].split(",")], "num"))
        parts.append("%s %s %s" % (
            "%s describes %s." % (p.he.capitalize(), case["pc"]),
            r.choice(["The symptoms have been present for about %d months." % r.randint(1, 18), "This began after a viral illness.", "There is no clear precipitant."]),
            " ".join(pick(r, ROS_CONS, 3))))
        parts.append("Current medications: " + ", ".join(med_str(r, m, "brief") for m in meds) + ". Allergies: %s." % allergy(c))
        parts.append("Socially, " + r.choice(SOCIAL).format(kin=p.kin_rel)[0].lower() + r.choice(SOCIAL).format(kin=p.kin_rel)[1:])
        parts.append("On examination, %s. BP was %d/%d with a pulse of %d. %s." % (case["exam"], r.randint(100, 170), r.randint(60, 95), r.randint(55, 110), r.choice(["BMI %d" % r.randint(19, 42), "Weight %d kg" % r.randint(48, 130), "Cardiorespiratory examination was otherwise unremarkable"])))
        parts.append("Investigations to date show that %s." % case["ix"])
        parts.append(" ".join(pick(r, CONS_DISCUSS, r.randint(2, 5))).format(he=p.he, He=p.he.capitalize(), his=p.his, him=p.him))
        parts.append("Impression and recommendations\n" + " ".join([
            "I think the picture is in keeping with %s." % case["dx"],
            "I have recommended %s." % case["proc"],
            "In the longer term: %s." % case["plan"],
            r.choice(["I have explained the diagnosis at length and provided written information.", "%s had a number of questions, which I answered." % p.he.capitalize(), "I will see %s again after the tests." % p.him])]))
        parts.append(r.choice(["Yours sincerely", "Kind regards", "With best wishes", "Yours faithfully"]) + "\n\n\n" + c.consultant + "\n" + case["spec"])
        if maybe(r, 0.5):
            parts.append("cc: %s" % r.choice(["Patient", c.clinician2 if hasattr(c, "clinician2") else clin_name(r), "Hospital file"]))
    elif v == 1:  # inpatient consult form
        parts.append(r.choice(["INPATIENT CONSULTATION", "Consult Note", "%s Consult" % case["spec"], "CONSULTATION REQUEST / RESPONSE", "Specialist Review"]))
        if maybe(r, 0.6):
            parts.append(sticker(c))
        parts.append("Requested by: %s (%s team)   Date/time: %s %s" % (clin_name(r), r.choice(["General Medicine", "Orthopaedics", "General Surgery", "Geriatrics", "ICU"]), c.d(), T(r)))
        parts.append("Reason for consult: %s" % r.choice(["?%s" % case["dx"], "advice re management of %s" % case["dx"], "please review - %s" % case["pc"]]))
        parts.append("Consultant: %s   Seen by: %s %s" % (c.consultant, c.junior, c.junior_title))
        parts.append("Hx: %s. PMHx %s. %s" % (cap(case["pc"]), case["pmh"], " ".join(pick(r, ROS_CONS, 2))))
        parts.append("Meds: " + "; ".join(med_str(r, m, "brief") for m in meds))
        parts.append("Exam: %s. %s" % (vitals(c, "terse"), case["exam"]))
        parts.append("Ix: %s" % case["ix"])
        parts.append("Impression: %s" % case["dx"])
        parts.append("Recommendations:\n" + bullets(r, [case["proc"], case["plan"], r.choice(["will follow while inpatient", "happy to see in OPD", "please re-refer if deteriorates", "discussed with %s" % c.consultant])], "num"))
        parts.append("Thank you for this interesting referral. %s" % c.junior)
    else:  # narrative consultation report
        parts.append(r.choice(["CONSULTATION REPORT", "Specialist Consultation", "%s Opinion" % case["spec"], "New Patient Assessment"]))
        parts.append("Patient: %s  (%s)\nDate of consultation: %s\nConsultant: %s\nReferring doctor: %s" % (c.pname("title"), c.id_lines()[0], c.d(), c.consultant, c.gp))
        parts.append("Reason for referral\n%s." % cap(case["pc"]))
        parts.append("History\n%s %s %s" % (fill(c, "{Name}, aged {age}, gives a history of {pc}.", case), r.choice(["There has been no response to simple measures.", "Symptoms fluctuate from day to day.", "Sleep has been disturbed."]), " ".join(pick(r, ROS_CONS, 3))))
        parts.append("Background\n%s." % cap(case["pmh"]))
        parts.append("Medications\n" + bullets(r, [med_str(r, m, "full") for m in meds]))
        parts.append("Examination\n%s." % cap(case["exam"]))
        parts.append("Results\n%s." % cap(case["ix"]))
        parts.append("Opinion\nThe most likely diagnosis is %s. I discussed the options including %s, and %s agreed to proceed. %s." % (case["dx"], case["proc"], p.he, cap(case["plan"])))
        parts.append(c.consultant)
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# operations
# ---------------------------------------------------------------------------
OPS = [
    dict(name="Laparoscopic cholecystectomy", ind="symptomatic cholelithiasis with recurrent biliary colic", anaes="GA + ETT", pos="supine, reverse Trendelenburg, left tilt",
         steps=["Open Hasson entry at the umbilicus; pneumoperitoneum to 12 mmHg.", "Three further 5 mm ports placed under vision.", "Calot's triangle dissected and critical view of safety obtained.",
                "Cystic duct and artery clipped (two proximal, one distal) and divided.", "Gallbladder dissected off the liver bed with diathermy; haemostasis secured.",
                "Specimen retrieved in an Endobag via the umbilical port.", "Fascia at umbilicus closed with 0 PDS; skin with 4/0 Monocryl subcuticular."],
         find=["Thick-walled, contracted gallbladder with multiple small stones.", "Omental adhesions to fundus.", "Normal biliary anatomy."], spec="Gallbladder", ebl="minimal"),
    dict(name="Laparoscopic appendicectomy", ind="acute appendicitis", anaes="GA", pos="supine, arms tucked",
         steps=["Umbilical port by open technique; 5 mm ports in the suprapubic and left iliac fossa.", "Appendix identified and mesoappendix divided with harmonic scalpel.",
                "Base ligated with two Endoloops and appendix divided.", "Pelvis washed out with warm saline.", "Ports removed under vision; wounds closed with subcuticular Monocryl and Dermabond."],
         find=["Inflamed, non-perforated retrocaecal appendix.", "Small volume of turbid fluid in the pelvis.", "Normal terminal ileum, no Meckel's."], spec="Appendix", ebl="<20 mL"),
    dict(name="Right total knee replacement", ind="end-stage osteoarthritis of the right knee", anaes="spinal + sedation, adductor canal block", pos="supine, thigh tourniquet 300 mmHg",
         steps=["Midline skin incision and medial parapatellar arthrotomy.", "Intramedullary femoral guide; distal cut at 5 degrees valgus.", "Extramedullary tibial guide, 3 degrees posterior slope.",
                "Trial components - balanced in flexion and extension.", "Components cemented with antibiotic-loaded cement.", "Periarticular local anaesthetic infiltration.",
                "Layered closure with Stratafix and skin staples; Opsite dressing and crepe bandage."],
         find=["Severe medial compartment wear with eburnation.", "Large osteophytes.", "ACL deficient."], spec="nil", ebl="150 mL"),
    dict(name="Cemented hemiarthroplasty, left hip", ind="displaced subcapital fractured neck of femur", anaes="spinal + fascia iliaca block", pos="right lateral decubitus",
         steps=["Posterior approach to the hip.", "Short external rotators and capsule tagged.", "Femoral head extracted and sized at %d mm.", "Femoral canal prepared; cement restrictor placed.",
                "Stem cemented in appropriate anteversion; trial reduction stable.", "Capsule and rotators repaired through drill holes.", "Closure in layers; clips to skin."],
         find=["Displaced subcapital fracture.", "Osteoporotic bone."], spec="Femoral head", ebl="300 mL"),
    dict(name="Open inguinal hernia repair (Lichtenstein), right", ind="symptomatic right inguinal hernia", anaes="GA with LMA", pos="supine",
         steps=["Skin crease incision; external oblique aponeurosis opened.", "Cord mobilised; ilioinguinal nerve identified and preserved.", "Indirect sac dissected to the deep ring and reduced.",
                "Prolene mesh fashioned and sutured to the inguinal ligament with 2/0 Prolene.", "External oblique closed with Vicryl; skin with subcuticular Monocryl."],
         find=["Large indirect hernia with omentum in the sac.", "Posterior wall reasonably strong."], spec="nil", ebl="minimal"),
    dict(name="Laparoscopic right salpingectomy", ind="ruptured right tubal ectopic pregnancy", anaes="GA + ETT", pos="Lloyd-Davies",
         steps=["Veress needle entry at Palmer's point.", "Haemoperitoneum approximately 600 mL aspirated.", "Right tube grasped and mesosalpinx divided with LigaSure.",
                "Specimen removed in retrieval bag.", "Abdomen irrigated; haemostasis confirmed."],
         find=["Ruptured right ampullary ectopic.", "Left tube and both ovaries normal."], spec="Right fallopian tube", ebl="600 mL (haemoperitoneum)"),
    dict(name="Lower segment caesarean section", ind="failure to progress in labour at 41 weeks", anaes="epidural top-up", pos="supine with left lateral tilt",
         steps=["Pfannenstiel incision.", "Lower segment transverse uterine incision.", "Baby delivered cephalic; cord clamped after 60 seconds.", "Placenta delivered by controlled cord traction; cavity checked empty.",
                "Uterus closed in two layers with 1 Vicryl.", "Rectus sheath closed; skin with subcuticular suture."],
         find=["Live infant, Apgars 8 and 9.", "Normal tubes and ovaries."], spec="nil", ebl="700 mL"),
    dict(name="Right femoro-popliteal bypass (above knee) with PTFE", ind="critical limb ischaemia", anaes="GA", pos="supine, leg externally rotated",
         steps=["Longitudinal groin incision; common, superficial and profunda femoral arteries controlled.", "Above-knee popliteal exposed via medial approach.", "Tunnelled 6 mm PTFE graft.",
                "Heparin 5000 units IV prior to clamping.", "Proximal and distal anastomoses with 6/0 Prolene.", "Good Doppler signals in the foot post-reperfusion.", "Wounds closed in layers."],
         find=["Occluded SFA from origin.", "Reasonable above-knee popliteal target."], spec="nil", ebl="400 mL"),
    dict(name="Tonsillectomy (bilateral)", ind="recurrent tonsillitis and previous quinsy", anaes="GA with oral RAE tube", pos="supine, Boyle-Davis gag",
         steps=["Boyle-Davis gag inserted.", "Cold steel dissection of both tonsils.", "Haemostasis with bipolar diathermy.", "Post-nasal space checked and cleared."],
         find=["Large cryptic tonsils, scarring on left."], spec="Tonsils", ebl="30 mL"),
    dict(name="Right hemicolectomy (laparoscopic-assisted)", ind="adenocarcinoma of the caecum", anaes="GA + epidural", pos="supine, arms out",
         steps=["Medial-to-lateral dissection with ileocolic pedicle high tie.", "Hepatic flexure mobilised.", "Specimen exteriorised via a periumbilical extraction site.",
                "Stapled side-to-side ileocolic anastomosis; staple line oversewn.", "Mesenteric defect left open.", "Extraction site closed with looped PDS."],
         find=["Caecal tumour, no serosal breach, no liver lesions.", "No peritoneal disease."], spec="Right colon", ebl="100 mL"),
    dict(name="Cystoscopy and left ureteric stent insertion", ind="obstructing left VUJ calculus", anaes="GA with LMA", pos="lithotomy",
         steps=["Rigid cystoscopy; bladder normal.", "Retrograde pyelogram showed filling defect at left VUJ.", "Guidewire passed to renal pelvis under fluoroscopy.",
                "6 Fr x 26 cm JJ stent placed; good curls confirmed.", "Urine sent for culture."], find=["Obstructing left distal ureteric stone.", "Cloudy urine above obstruction."], spec="urine for MC&S", ebl="nil"),
    dict(name="Wide local excision left breast with sentinel lymph node biopsy", ind="left breast invasive ductal carcinoma", anaes="GA", pos="supine, arm abducted",
         steps=["Hookwire localisation checked.", "Circumareolar incision; lesion excised with margin.", "Specimen orientated with sutures and X-rayed - lesion and wire in specimen.",
                "Axillary incision; two blue/hot sentinel nodes excised.", "Cavity marked with clips; closure in layers."], find=["Palpable firm lesion at 2 o'clock."], spec="Left breast WLE; sentinel nodes x2", ebl="minimal"),
    dict(name="Carpal tunnel release, right", ind="severe right carpal tunnel syndrome", anaes="local anaesthetic (WALANT)", pos="supine, arm on hand table",
         steps=["Infiltration with lignocaine and adrenaline.", "Longitudinal palmar incision.", "Transverse carpal ligament divided under vision.", "Median nerve decompressed; thenar motor branch seen intact.", "Skin closed with 4/0 nylon."],
         find=["Flattened, hyperaemic median nerve."], spec="nil", ebl="nil"),
    dict(name="Phacoemulsification with posterior chamber IOL, right eye", ind="visually significant cataract", anaes="topical + sub-Tenon's", pos="supine",
         steps=["Clear corneal incision.", "Continuous curvilinear capsulorhexis.", "Phacoemulsification of nucleus; I/A of cortex.", "Foldable IOL into the bag.", "Intracameral cefuroxime."],
         find=["Dense nuclear sclerotic cataract."], spec="nil", ebl="nil"),
    dict(name="Exploratory laparotomy and adhesiolysis", ind="adhesional small bowel obstruction failing conservative management", anaes="GA, RSI", pos="supine",
         steps=["Midline laparotomy through previous scar.", "Dense band adhesion in the RIF causing closed loop obstruction.", "Adhesiolysis performed; bowel viable after warm packs.",
                "Small bowel run from DJ flexure to the ileocaecal valve - no enterotomy.", "Mass closure with looped 1 PDS; skin staples."],
         find=["Single band adhesion.", "Dilated proximal small bowel, collapsed distal."], spec="nil", ebl="50 mL"),
]


def gen_operative_note(c):
    r, p = c.r, c.p
    op = r.choice(OPS)
    surgeon, assist, anaest = c.consultant, clin_name(r), clin_name(r)
    steps = [s % r.randint(42, 52) if "%d" in s else s for s in op["steps"]]
    parts = []
    if maybe(r, 0.4):
        parts.append(letterhead(c))
    if maybe(r, 0.6):
        parts.append(sticker(c))
    v = r.randint(0, 2)
    title = r.choice(["OPERATION REPORT", "Operation Record", "Operative Report", "OPERATION NOTE", "Theatre Operation Note", "Surgical Report", ""])
    if title:
        parts.append(title)
    if v in (0, 1):
        hdr = ["Date of operation: %s" % c.d(), "Theatre: %s" % r.choice(["Theatre 3", "OT 2", "Day Surgery Theatre 1", "Main Theatre 5", "Emergency Theatre"]),
               "Surgeon: %s" % surgeon, "Assistant: %s" % assist, "Anaesthetist: %s" % anaest, "Anaesthetic: %s" % op["anaes"],
               "Procedure: %s" % op["name"], "Indication: %s" % op["ind"], "Position: %s" % op["pos"]]
        if maybe(r, 0.5):
            hdr.insert(1, "Urgency: %s" % r.choice(["Elective", "Emergency (Category 2)", "Acute", "Booked emergency"]))
        parts.append("\n".join(hdr))
        parts.append("Prophylaxis: %s; %s" % (r.choice(["cefazolin 2 g IV at induction", "cephazolin 2g IV", "gentamicin + metronidazole", "nil required"]), r.choice(["TEDs and SCDs", "calf compressors", "Clexane post-op"])))
        parts.append("Findings:\n" + bullets(r, op["find"]))
        parts.append("Procedure:\n" + bullets(r, steps, "num" if v == 0 else "-"))
        parts.append("EBL: %s   Drains: %s   Specimens: %s" % (op["ebl"], r.choice(["nil", "Blake drain to wound", "14 Fr Redivac", "nil"]), op["spec"]))
        if maybe(r, 0.5):
            parts.append("Counts correct. %s" % r.choice(["Time out performed.", "WHO checklist completed.", "Swab/instrument count correct x2."]))
        parts.append("Post-op instructions:\n" + bullets(r, pick(r, ["Routine post-op obs", "Diet as tolerated", "Free fluids, then light diet", "Mobilise day 1", "Simple analgesia +/- Endone",
                                                                  "Clexane 40mg s/c from 6 hours post-op", "Remove drain when <50mL/24h", "Check Hb day 1", "Follow-up rooms 2/52",
                                                                  "Sutures/clips out day 10-14 by GP", "Discharge when comfortable", "Elevate limb", "IV antibiotics x 24 hours"], r.randint(3, 6))))
        parts.append(surgeon + ("\n" + r.choice(["Consultant Surgeon", "Surgeon", "Consultant"]) if maybe(r, 0.6) else ""))
    else:
        parts.append("Patient: %s  DOB %s  %s" % (c.pname("upper"), D(r, p.dob), c.id_lines()[0]))
        parts.append("Operation performed on %s by %s, assisted by %s. Anaesthetic (%s) by %s." % (c.d(), surgeon, assist, op["anaes"], anaest))
        parts.append("Indications: this %d-year-old %s had %s and was consented for %s after discussion of risks including bleeding, infection, injury to adjacent structures and anaesthetic risk." % (p.age, "man" if p.sex == "M" else "woman", op["ind"], op["name"].lower()))
        parts.append("Description: The patient was positioned %s. The skin was prepared with %s and draped in the usual sterile fashion. %s" % (op["pos"], r.choice(["chlorhexidine in alcohol", "povidone-iodine", "alcoholic chlorhexidine 2%"]), " ".join(steps)))
        parts.append("Findings at operation: %s" % " ".join(op["find"]))
        parts.append("Blood loss %s. Specimen(s): %s. The patient was transferred to recovery in a stable condition." % (op["ebl"], op["spec"]))
        parts.append("Plan: %s." % r.choice(["overnight stay and review in the morning", "day-case discharge if criteria met", "ward with standard post-operative care", "HDU overnight for monitoring"]))
        parts.append(signoff(c, surgeon, "Consultant Surgeon"))
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# bedside / endoscopic / interventional procedures
# ---------------------------------------------------------------------------
PROCS = [
    dict(name="Gastroscopy", title=["GASTROSCOPY REPORT", "Upper GI Endoscopy", "OGD Report"], ind=["dyspepsia", "iron deficiency anaemia", "dysphagia", "melaena", "surveillance of Barrett's oesophagus"],
         sed="propofol sedation administered by anaesthetist", scope="Olympus GIF-H190",
         body=["Oesophagus: %s" , "Stomach: %s", "Duodenum: %s"],
         opts=[["normal mucosa, Z-line at 38 cm", "LA grade B oesophagitis", "short segment Barrett's C1M2", "small hiatus hernia"],
               ["mild antral gastritis - CLO test taken", "normal", "multiple fundic gland polyps", "erosions in antrum"],
               ["normal to D2 - biopsies for coeliac disease", "Forrest IIa ulcer in D1, treated", "normal", "mild duodenitis"]]),
    dict(name="Colonoscopy", title=["COLONOSCOPY REPORT", "Colonoscopy", "Lower GI Endoscopy Report"], ind=["positive faecal occult blood test (bowel screening)", "change in bowel habit", "polyp surveillance", "rectal bleeding", "family history of colorectal cancer"],
         sed="midazolam 2 mg and fentanyl 50 mcg IV", scope="Pentax EC-3890Li",
         body=["Bowel preparation: %s", "Extent: %s", "Findings: %s"],
         opts=[["excellent (BBPS 9)", "adequate (BBPS 7)", "fair, some solid stool right colon"],
               ["caecum reached, appendix orifice and ICV identified", "terminal ileum intubated", "caecum reached at %d minutes"],
               ["two sessile polyps (4 mm, 6 mm) removed by cold snare", "moderate sigmoid diverticular disease", "normal colonoscopy", "10 mm pedunculated polyp in sigmoid - hot snare, clip applied", "internal haemorrhoids only"]]),
    dict(name="Lumbar puncture", title=["Procedure note - lumbar puncture", "LP", "LUMBAR PUNCTURE"], ind=["?subarachnoid haemorrhage with normal CT", "?meningitis", "?idiopathic intracranial hypertension"],
         sed="local anaesthetic lignocaine 1% 5 mL", scope="22G Quincke spinal needle",
         body=["Position: %s", "Attempts: %s", "CSF: %s"],
         opts=[["left lateral", "sitting"], ["one, L3/4", "two, L4/5 successful", "first pass L3/L4"], ["clear, opening pressure 18 cmH2O, 4 tubes sent", "slightly turbid, sent for MC&S, protein, glucose, PCR", "clear, OP 34 cmH2O, 20 mL removed"]]),
    dict(name="Pleural aspiration / intercostal catheter", title=["Pleural tap", "ICC Insertion", "Procedure Note: Pleural Drain"], ind=["symptomatic right pleural effusion", "left-sided malignant effusion", "?empyema"],
         sed="lignocaine 1% 10 mL", scope="12 Fr Seldinger catheter",
         body=["Site: %s", "Ultrasound: %s", "Fluid: %s"],
         opts=[["R 5th ICS mid-axillary line", "posterior L chest, 8th ICS"], ["large anechoic effusion, marked", "loculated, septations seen"], ["straw-coloured, 1.2 L drained", "turbid, pH 7.1 - for drain", "bloodstained, cytology sent"]]),
    dict(name="Ascitic drain (paracentesis)", title=["Paracentesis", "Ascitic Tap", "Abdominal Paracentesis Note"], ind=["tense ascites - therapeutic", "diagnostic tap ?SBP"],
         sed="lignocaine 1% 5 mL", scope="Bonanno catheter",
         body=["Site: %s", "Drained: %s", "Albumin: %s"],
         opts=[["LIF under US guidance", "RIF, US marked"], ["6 L over 6 hours", "4.5 L", "diagnostic 60 mL only"], ["20% albumin 100 mL per 3 L drained", "not required"]]),
    dict(name="Knee joint injection", title=["Joint Injection", "Intra-articular Injection", "Procedure"], ind=["osteoarthritis of the knee", "effusion for aspiration ?gout", "inflammatory arthritis flare"],
         sed="nil", scope="21G needle, superolateral approach",
         body=["Joint: %s", "Aspirate: %s", "Injected: %s"],
         opts=[["right knee", "left knee"], ["nil", "25 mL straw-coloured fluid - sent for crystals/MC&S", "40 mL turbid fluid"], ["triamcinolone (Kenacort-A 40) 40 mg + lignocaine 1% 3 mL", "methylprednisolone (Depo-Medrol) 40 mg", "nil - aspiration only"]]),
    dict(name="Central venous catheter insertion", title=["CVC Insertion", "Central Line Procedure Note"], ind=["vasopressor requirement", "poor peripheral access", "TPN"],
         sed="lignocaine 1%", scope="7 Fr triple lumen catheter",
         body=["Site: %s", "Technique: %s", "Confirmation: %s"],
         opts=[["R internal jugular", "L subclavian", "R femoral"], ["real-time US guidance, Seldinger, single pass", "US guided, 2 passes"], ["CXR tip at cavo-atrial junction, no PTX", "venous blood gas, transduced waveform"]]),
    dict(name="Coronary angiography", title=["CARDIAC CATHETERISATION REPORT", "Coronary Angiogram", "Cath Lab Report"], ind=["NSTEMI", "positive stress echo", "stable angina, CCS class II"],
         sed="midazolam 1 mg, fentanyl 25 mcg", scope="6 Fr right radial approach, TIG catheter",
         body=["Left main: %s", "LAD: %s", "RCA: %s"],
         opts=[["normal", "mild plaque"], ["90% proximal stenosis - PCI with 3.0 x 18 mm DES", "moderate diffuse disease", "minor irregularities"], ["dominant, 50% mid", "normal", "chronic total occlusion, collateralised"]]),
    dict(name="Bone marrow aspirate and trephine", title=["BMAT Procedure", "Bone Marrow Biopsy"], ind=["pancytopenia", "staging of lymphoma", "?myeloma"],
         sed="lignocaine 1% 10 mL + Penthrox", scope="Jamshidi needle",
         body=["Site: %s", "Aspirate: %s", "Trephine: %s"],
         opts=[["right posterior iliac crest", "left PSIS"], ["particulate, slides made and flow sent", "dry tap"], ["2.1 cm core obtained", "1.5 cm core"]]),
    dict(name="DC cardioversion", title=["Cardioversion", "Elective DCCV"], ind=["persistent atrial fibrillation", "atrial flutter"],
         sed="propofol by anaesthetist", scope="biphasic defibrillator, antero-posterior pads",
         body=["Shocks: %s", "Result: %s", "Post: %s"],
         opts=[["1 x 150 J synchronised", "2 shocks, 150 J then 200 J"], ["sinus rhythm restored", "AF persisted"], ["no complications, skin intact", "transient bradycardia, resolved"]]),
    dict(name="Epidural steroid injection (CT-guided)", title=["CT Guided Injection", "Transforaminal Epidural"], ind=["L5 radiculopathy", "L4/5 disc protrusion with sciatica"],
         sed="nil", scope="22G spinal needle under CT",
         body=["Level: %s", "Injectate: %s", "Post: %s"],
         opts=[["left L5/S1 transforaminal", "right L4/5"], ["dexamethasone 8 mg + ropivacaine", "Celestone Chronodose 1 mL + bupivacaine 0.5% 1 mL"], ["tolerated well", "transient leg numbness, resolved"]]),
    dict(name="Skin biopsy", title=["Skin Procedure", "Punch biopsy"], ind=["pigmented lesion changing", "?BCC", "rash ?vasculitis"],
         sed="lignocaine 1% with adrenaline", scope="4 mm punch",
         body=["Site: %s", "Closure: %s", "Specimen: %s"],
         opts=[["left forearm", "right cheek", "upper back", "left shin"], ["1 x 5/0 nylon", "2 x 4/0 Prolene"], ["formalin, to histology", "formalin, plus DIF in Michel's"]]),
    dict(name="Insertion of levonorgestrel IUD (Mirena)", title=["IUD insertion", "Procedure note - Mirena"], ind=["heavy menstrual bleeding", "contraception"],
         sed="lignocaine paracervical block", scope="speculum, tenaculum, sound",
         body=["Uterus: %s", "Sound: %s", "Threads: %s"],
         opts=[["anteverted, mobile", "retroverted"], ["7 cm", "8 cm"], ["trimmed to 3 cm", "visible, trimmed"]]),
    dict(name="Flexible bronchoscopy with BAL", title=["BRONCHOSCOPY REPORT", "Bronchoscopy"], ind=["persistent RUL opacity", "haemoptysis", "?PJP in immunosuppressed patient"],
         sed="midazolam + fentanyl, topical lignocaine", scope="Olympus BF-1TH190",
         body=["Airways: %s", "BAL: %s", "Other: %s"],
         opts=[["normal to subsegmental level", "endobronchial lesion RUL anterior segment", "purulent secretions bilaterally"], ["RML, 120 mL in, 45 mL returned", "lingula"], ["brushings taken", "EBUS station 7 sampled", "nil"]]),
]


def gen_procedure_note(c):
    r, p = c.r, c.p
    pr = r.choice(PROCS)
    ind = r.choice(pr["ind"])
    ops = []
    for tpl, opts in zip(pr["body"], pr["opts"]):
        o = r.choice(opts)
        if "%d" in o:
            o = o % r.randint(5, 18)
        ops.append(tpl % o)
    operator = r.choice([c.consultant, c.junior])
    parts = []
    if maybe(r, 0.35):
        parts.append(letterhead(c) if maybe(r, 0.5) else rooms_letterhead(c, c.consultant, r.choice(["Gastroenterologist", "Cardiologist", "Physician", "Interventional Radiologist"])))
    if maybe(r, 0.5):
        parts.append(sticker(c))
    v = r.randint(0, 2)
    if v == 0:
        parts.append(r.choice(pr["title"]))
        parts.append("Patient: %s   DOB: %s\nDate: %s   Operator: %s%s" % (c.pname("upper"), D(r, p.dob), c.d(), operator,
                     "   Referring: %s" % c.gp if maybe(r, 0.5) else ""))
        parts.append("Procedure: %s\nIndication: %s\nSedation/analgesia: %s\nEquipment: %s" % (pr["name"], ind, pr["sed"], pr["scope"]))
        if maybe(r, 0.6):
            parts.append("Consent: %s" % r.choice(["written consent obtained", "verbal and written consent, risks discussed", "consent form signed"]))
        parts.append("\n".join(ops))
        parts.append("Complications: %s" % r.choice(["nil", "none immediate", "minor bleeding, settled", "nil apparent"]))
        parts.append("Recommendations: %s" % r.choice(["await histology - results to referring doctor", "repeat in 3 years", "routine post-procedure obs, home with escort", "bed rest 1 hour then mobilise",
                                                      "CXR post procedure", "review in clinic 6 weeks", "PPI bd for 8 weeks then re-scope"]))
        parts.append(operator)
    elif v == 1:
        parts.append("%s %s  %s" % (D(r, c.date, "slash"), T(r), r.choice(["Procedure Note", "PROCEDURE", pr["name"]])))
        parts.append("%s for %s. %s. Time out done. Aseptic technique - %s. %s." % (pr["name"], ind, r.choice(["Consent obtained", "Verbal consent", "Written consent on file"]),
                                                                                     r.choice(["hat, mask, sterile gown/gloves", "chlorhex prep, sterile drape", "full barrier precautions"]), pr["sed"]))
        parts.append("; ".join(ops) + ".")
        parts.append("No immediate complications. %s" % r.choice(["Samples labelled at bedside.", "Pt tolerated well.", "EBL minimal.", "Post-proc obs stable."]))
        parts.append("%s %s" % (c.junior, c.junior_title))
    else:
        parts.append("Procedure report - %s" % pr["name"].lower())
        parts.append("%s, a %d-year-old %s, attended on %s for %s. The indication was %s. After informed consent and a pre-procedure pause, %s was given and the procedure was performed using %s." % (
            c.pname("title"), p.age, "man" if p.sex == "M" else "woman", c.d(), pr["name"].lower(), ind, pr["sed"], pr["scope"]))
        parts.append(" ".join(o + "." for o in ops))
        parts.append(r.choice(["The patient recovered uneventfully and was discharged with a responsible adult.", "Post-procedure observations were stable and there were no complications.", "There was minor discomfort only."]))
        parts.append("Plan: %s" % r.choice(["results to GP and referrer", "follow-up in rooms", "ward team to action results", "repeat procedure if symptoms recur"]))
        parts.append(signoff(c, operator, r.choice(["Consultant", "Proceduralist", "Registrar"])))
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# laboratory
# ---------------------------------------------------------------------------
PANELS = {
    "Full Blood Count": [("Haemoglobin", "g/L", 115, 165, 0), ("White cell count", "x10^9/L", 4.0, 11.0, 1), ("Platelets", "x10^9/L", 150, 400, 0),
                         ("Haematocrit", "", 0.36, 0.47, 2), ("MCV", "fL", 80, 98, 0), ("Neutrophils", "x10^9/L", 2.0, 7.5, 1), ("Lymphocytes", "x10^9/L", 1.1, 4.0, 1),
                         ("Eosinophils", "x10^9/L", 0.0, 0.5, 2)],
    "Electrolytes/Urea/Creatinine (UEC)": [("Sodium", "mmol/L", 135, 145, 0), ("Potassium", "mmol/L", 3.5, 5.2, 1), ("Chloride", "mmol/L", 95, 110, 0),
                                           ("Bicarbonate", "mmol/L", 22, 32, 0), ("Urea", "mmol/L", 3.0, 8.0, 1), ("Creatinine", "umol/L", 45, 90, 0), ("eGFR", "mL/min/1.73m2", 60, 120, 0)],
    "Liver Function Tests": [("Bilirubin", "umol/L", 2, 20, 0), ("ALP", "U/L", 30, 110, 0), ("GGT", "U/L", 5, 50, 0), ("ALT", "U/L", 5, 40, 0), ("AST", "U/L", 10, 35, 0),
                             ("Total protein", "g/L", 60, 80, 0), ("Albumin", "g/L", 35, 50, 0)],
    "Lipid Studies (fasting)": [("Cholesterol", "mmol/L", 0, 5.5, 1), ("Triglycerides", "mmol/L", 0, 2.0, 1), ("HDL cholesterol", "mmol/L", 1.0, 2.2, 1), ("LDL cholesterol", "mmol/L", 0, 3.4, 1)],
    "Thyroid Function": [("TSH", "mIU/L", 0.4, 4.0, 2), ("Free T4", "pmol/L", 10, 20, 0), ("Free T3", "pmol/L", 3.5, 6.5, 1)],
    "Iron Studies": [("Iron", "umol/L", 10, 30, 0), ("Transferrin", "g/L", 2.0, 3.6, 1), ("Transferrin saturation", "%", 15, 45, 0), ("Ferritin", "ug/L", 30, 300, 0)],
    "Coagulation": [("INR", "", 0.9, 1.2, 1), ("APTT", "sec", 25, 38, 0), ("Fibrinogen", "g/L", 2.0, 4.0, 1)],
    "HbA1c": [("HbA1c (IFCC)", "mmol/mol", 20, 42, 0), ("HbA1c (DCCT)", "%", 4.0, 6.0, 1)],
    "Cardiac markers": [("hs-Troponin T", "ng/L", 0, 14, 0), ("CK", "U/L", 30, 200, 0)],
    "Calcium/Magnesium/Phosphate": [("Calcium (corrected)", "mmol/L", 2.10, 2.60, 2), ("Magnesium", "mmol/L", 0.70, 1.10, 2), ("Phosphate", "mmol/L", 0.75, 1.50, 2)],
    "Inflammatory markers": [("CRP", "mg/L", 0, 5, 0), ("ESR", "mm/hr", 1, 20, 0)],
    "Vitamin studies": [("Vitamin B12", "pmol/L", 150, 700, 0), ("Red cell folate", "nmol/L", 900, 2500, 0), ("25-OH Vitamin D", "nmol/L", 50, 150, 0)],
}
LAB_COMMENTS = ["Mild normocytic anaemia. Suggest iron studies if not recently performed.",
                "Results phoned to the requesting practice at %s.",
                "Haemolysed specimen - potassium may be falsely elevated; please repeat.",
                "Consistent with iron deficiency.",
                "eGFR calculated using CKD-EPI equation.",
                "Troponin rise; clinical correlation required.",
                "Sample received %d hours after collection.",
                "HbA1c above the diagnostic threshold for diabetes.",
                "Suggest repeat in 3 months.",
                "Please note new reference intervals from 1 July.",
                "LDL calculated by Friedewald formula.",
                "INR in therapeutic range for AF (2.0-3.0)."]


def lab_val(r, lo, hi, dp, abn):
    span = hi - lo if hi > lo else hi
    if abn:
        v = r.choice([lo - r.uniform(0.05, 0.5) * span, hi + r.uniform(0.05, 1.5) * span])
        v = max(v, 0.01 if dp else 1)
    else:
        v = r.uniform(lo + 0.05 * span, hi - 0.05 * span)
    return round(v, dp) if dp else int(round(v))


def gen_lab_report(c):
    r, p = c.r, c.p
    lab = r.choice(c.R["path"])
    panels = pick(r, list(PANELS), r.randint(1, 4))
    coll = c.date
    parts = []
    head = [lab.upper() if maybe(r, 0.5) else lab, r.choice(["NATA Accredited Laboratory No. %d" % r.randint(1000, 9999), "IANZ accredited", "INAB Reg No. %03dMT" % r.randint(100, 400), "Pathology Services", "Laboratory Report"])]
    if c.region == "AU" and "IANZ" in head[1] or c.region == "AU" and "INAB" in head[1]:
        head[1] = "NATA/RCPA Accredited"
    if c.region == "NZ":
        head[1] = r.choice(["IANZ accredited laboratory", "Community Laboratory Report"])
    if c.region == "IE":
        head[1] = r.choice(["INAB accredited to ISO 15189", "Department of Clinical Biochemistry & Haematology"])
    parts.append("\n".join(head))
    lab_no = "%02d-%07d" % (c.year % 100, r.randint(0, 9999999))
    parts.append("Patient: %s   Sex: %s   DOB: %s\n%s   Lab No: %s\nRequested by: %s   Copy to: %s\nCollected: %s %s   Reported: %s %s" % (
        c.pname("upper"), p.sex, D(r, p.dob, "slash"), c.id_lines()[0], lab_no, r.choice([c.gp, c.consultant]), r.choice(["-", c.consultant, "nil"]),
        D(r, coll, "slash"), Tc(r, 7, 16), D(r, c.days(r.randint(0, 2)), "slash"), Tc(r)))
    if maybe(r, 0.4):
        parts.append("Clinical notes: %s" % r.choice(["tired ++", "?anaemia", "pre-op", "monitor on methotrexate", "SOB", "DM review", "chest pain", "on warfarin", "routine", "weight loss"]))
    abn_any = False
    for pn in panels:
        rows = []
        for (name, unit, lo, hi, dp) in PANELS[pn]:
            if maybe(r, 0.15) and len(PANELS[pn]) > 3:
                continue
            abn = maybe(r, 0.25)
            v = lab_val(r, lo, hi, dp, abn)
            flag = ""
            if v < lo:
                flag = "L"
            elif v > hi:
                flag = "H"
            abn_any = abn_any or bool(flag)
            ref = ("<%s" % hi) if lo == 0 else ("%s-%s" % (lo, hi))
            rows.append("%-26s %8s %-2s %-14s (%s)" % (name, v, flag, unit, ref))
        ttl = pn.upper() if maybe(r, 0.5) else pn
        if maybe(r, 0.5) and len(panels) > 1:
            # cumulative style
            rows = [r_ + "   prev: %s" % r.choice(["-", "see cumulative", D(r, c.days(-r.randint(20, 400)), "slash")]) if i == 0 else r_ for i, r_ in enumerate(rows)]
        parts.append(ttl + "\n" + "\n".join(rows))
    if maybe(r, 0.7):
        com = r.choice(LAB_COMMENTS)
        if "%s" in com:
            com = com % Tc(r)
        elif "%d" in com:
            com = com % r.randint(6, 30)
        parts.append("Comment: " + com)
    if maybe(r, 0.5):
        parts.append(r.choice(["Authorised by: Dr %s, Pathologist" % r.choice(CLIN_SUR), "Validated: %s (Medical Scientist)" % r.choice(FIRST_F + FIRST_M), "Verified by consultant chemical pathologist"]))
    if maybe(r, 0.4):
        parts.append(r.choice(["*** FINAL REPORT ***", "Partial report - further results to follow", "AMENDED REPORT", "Results marked H/L are outside reference range"]))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# imaging
# ---------------------------------------------------------------------------
STUDIES = [
    ("CT Brain (non-contrast)", ["No intracranial haemorrhage, mass effect or midline shift.", "Grey-white differentiation preserved.", "Periventricular white matter hypodensities consistent with chronic small vessel ischaemia.",
                                 "Ventricles and sulci are age-appropriate.", "Old lacunar infarct in the left internal capsule.", "No skull fracture.", "Mucosal thickening in the right maxillary sinus."],
     ["No acute intracranial abnormality.", "Chronic small vessel ischaemic change; no acute findings.", "Acute left MCA territory infarct."]),
    ("CT Pulmonary Angiogram", ["Good opacification of the pulmonary arterial tree.", "Filling defects in the right lower lobe segmental arteries.", "RV:LV ratio 0.9, no right heart strain.",
                                "Small bilateral pleural effusions.", "Dependent atelectasis at both bases.", "Incidental 4 mm left upper lobe nodule."],
     ["No pulmonary embolus.", "Right lower lobe segmental pulmonary emboli without right heart strain.", "No PE; bibasal atelectasis."]),
    ("Chest X-ray (PA and lateral)", ["Heart size normal.", "Cardiomegaly (CTR 0.58).", "Right lower zone consolidation with air bronchograms.", "Lungs are hyperinflated.",
                                      "Small left pleural effusion blunting the costophrenic angle.", "No pneumothorax.", "Sternotomy wires intact.", "Upper lobe venous diversion."],
     ["No acute cardiopulmonary abnormality.", "Right lower lobe pneumonia.", "Features of pulmonary oedema."]),
    ("Ultrasound Abdomen", ["Liver normal in size with smooth outline.", "Gallbladder contains multiple mobile calculi, the largest 14 mm.", "Gallbladder wall thickened to 5 mm with pericholecystic fluid.",
                            "CBD measures 4 mm.", "Both kidneys normal size without hydronephrosis.", "Spleen 11 cm.", "Pancreas partially obscured by bowel gas.", "Liver coarse in echotexture with a nodular surface."],
     ["Cholelithiasis without sonographic cholecystitis.", "Acute calculous cholecystitis.", "Features of cirrhosis with moderate ascites."]),
    ("MRI Lumbar Spine", ["Normal lumbar lordosis.", "L4/5 disc desiccation with a broad-based posterior protrusion.", "Moderate left lateral recess stenosis at L4/5 contacting the traversing L5 root.",
                          "Facet arthropathy L4/5 and L5/S1.", "Conus terminates normally at L1.", "No marrow oedema."],
     ["L4/5 disc protrusion with left L5 nerve root compromise.", "Multilevel degenerative change without significant canal stenosis."]),
    ("Transthoracic Echocardiogram", ["LV normal size; LVEF estimated 55% by Simpson's biplane.", "Moderately dilated left atrium (LAVI 42 mL/m2).", "Mild concentric LVH.", "Trivial mitral regurgitation.",
                                      "Aortic valve trileaflet, mildly sclerotic, no stenosis.", "RVSP 32 mmHg.", "No pericardial effusion.", "Regional wall motion abnormality in the LAD territory, LVEF 35%."],
     ["Preserved biventricular systolic function.", "Moderate LV systolic impairment with anterior hypokinesis.", "Normal study."]),
    ("Duplex Ultrasound Lower Limb Veins (left)", ["Common femoral and femoral veins compressible.", "Non-compressible popliteal vein with echogenic thrombus.", "Calf veins patent.",
                                                   "Baker's cyst 3 cm.", "Normal phasic flow."],
     ["No DVT.", "Acute left popliteal DVT.", "No DVT; Baker's cyst."]),
    ("Mammogram and Breast Ultrasound", ["Breasts are heterogeneously dense (ACR C).", "Spiculated 12 mm mass at 2 o'clock left breast.", "No suspicious calcifications.",
                                         "Benign-appearing cyst right breast.", "Axillae unremarkable."],
     ["BI-RADS 1 - negative.", "BI-RADS 5 - highly suspicious for malignancy; biopsy recommended.", "BI-RADS 2 - benign findings."]),
    ("X-ray Right Wrist", ["Transverse fracture of the distal radius with dorsal angulation of 20 degrees.", "Ulnar styloid fracture.", "No intra-articular extension.", "Soft tissue swelling.", "Osteopenic bones."],
     ["Colles-type fracture of the distal radius.", "No fracture identified."]),
    ("CT Abdomen/Pelvis with contrast", ["Dilated small bowel loops to 4 cm.", "Transition point in the right lower quadrant.", "Distal small bowel and colon collapsed.", "No free gas.",
                                         "Small volume free fluid.", "Liver, spleen and adrenals unremarkable.", "Diverticulosis of the sigmoid colon."],
     ["Small bowel obstruction with RLQ transition, likely adhesional.", "No acute abdominal pathology."]),
    ("Nuclear Medicine Bone Scan", ["Increased tracer uptake in the lower lumbar facet joints bilaterally.", "Degenerative uptake at both knees.", "No focal abnormal uptake to suggest metastases.", "Renal tracer excretion normal."],
     ["No scintigraphic evidence of skeletal metastases.", "Degenerative changes only."]),
    ("Obstetric Ultrasound (dating)", ["Single live intrauterine pregnancy.", "CRL 24 mm consistent with 9 weeks 1 day.", "Fetal heart rate 168 bpm.", "No subchorionic haematoma.", "Adnexae normal."],
     ["Single live IUP, dates concordant.", "Single viable pregnancy, EDD revised."]),
    ("DEXA Bone Densitometry", ["Lumbar spine L1-L4 T-score -2.7.", "Total hip T-score -2.1.", "Femoral neck T-score -2.6.", "Compared with previous, 4% loss at the spine."],
     ["Osteoporosis.", "Osteopenia; fracture risk moderate."]),
    ("MRI Brain with gadolinium", ["Restricted diffusion in the left frontal cortex.", "No enhancing lesion.", "Mild generalised volume loss.", "Scattered T2/FLAIR white matter hyperintensities.", "Normal flow voids."],
     ["Acute infarct left frontal lobe.", "No structural cause for seizure identified."]),
]


def gen_imaging_report(c):
    r, p = c.r, c.p
    study, finds, imps = r.choice(STUDIES)
    practice = r.choice(c.R["rad"] + [c.hosp + " " + r.choice(["Medical Imaging", "Radiology Department", "Diagnostic Imaging"])])
    rad = clin_name(r)
    parts = []
    if maybe(r, 0.8):
        parts.append(practice.upper() if maybe(r, 0.4) else practice)
    if maybe(r, 0.3):
        parts.append(sticker(c))
    acc = "%s%07d" % (r.choice(["RA", "ACC", "", "CT", "US"]), r.randint(0, 9999999))
    parts.append("Patient: %s   DOB: %s   %s\nReferrer: %s\nExam date: %s   Accession: %s" % (c.pname("upper"), D(r, p.dob, "slash"), c.id_lines()[0], r.choice([c.gp, c.consultant, "ED " + c.junior]), c.d(), acc))
    v = r.randint(0, 2)
    if v == 0:
        parts.append(study.upper())
        parts.append("Clinical history: %s" % r.choice(["?pathology", "pain", "SOB, raised D-dimer", "fall, ?fracture", "RUQ pain, fever", "headache, vomiting", "surveillance", "weight loss", "?DVT - calf swelling", "back pain with leg radiation"]))
        if maybe(r, 0.5):
            parts.append("Technique: %s" % r.choice(["Standard protocol.", "Axial imaging with coronal and sagittal reformats.", "Contrast: Omnipaque 350, 70 mL IV. No adverse reaction.", "Multiplanar multisequence imaging.", "Real-time greyscale and colour Doppler."]))
        if maybe(r, 0.5):
            parts.append("Comparison: %s" % r.choice(["None available.", "Previous study dated %s." % D(r, c.days(-r.randint(30, 1500)), "slash"), "Nil."]))
        parts.append("Findings:\n" + "\n".join(pick(r, finds, r.randint(2, len(finds)))))
        parts.append("Conclusion:\n" + r.choice(imps))
        parts.append("Reported by %s, Radiologist" % rad if maybe(r, 0.7) else rad)
    elif v == 1:
        parts.append("%s:" % study)
        parts.append(" ".join(pick(r, finds, r.randint(2, 5))))
        parts.append("IMPRESSION: " + r.choice(imps))
        parts.append("Thank you for referring. %s" % rad if maybe(r, 0.5) else rad)
    else:
        parts.append("Examination: %s" % study)
        parts.append("Report:\nThe study was performed %s. %s %s" % (r.choice(["as requested", "on an urgent basis", "using the routine departmental protocol"]), " ".join(pick(r, finds, r.randint(3, len(finds)))),
                                                                    r.choice(["No other abnormality is seen.", "The remainder of the study is within normal limits.", "Findings were discussed with the referring clinician by phone."])))
        parts.append("Opinion:\n1. %s\n2. %s" % (r.choice(imps), r.choice(["Clinical correlation recommended.", "Follow-up imaging suggested in 3 months.", "No further imaging required.", "Consider specialist referral."])))
        parts.append("Dr %s %s\n%s" % (r.choice(FIRST_M + FIRST_F), rad.split()[-1], r.choice(["FRANZCR", "FFR RCSI", "Consultant Radiologist", "Cardiologist (echo)" if "Echo" in study else "Radiologist"])))
        if maybe(r, 0.3):
            parts.append("Electronically verified %s %s" % (D(r, c.date, "slash"), Tc(r)))
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# surgical pathology / cytology
# ---------------------------------------------------------------------------
SPECIMENS = [
    dict(site="Gallbladder", macro="A gallbladder measuring %dx%dx%d mm with a wall up to %d mm thick. The mucosa is bile-stained and velvety. Multiple faceted yellow-green calculi are present.",
         micro="Sections show chronic inflammation throughout the wall with Rokitansky-Aschoff sinuses and mural fibrosis. No dysplasia or malignancy is identified.",
         dx="Gallbladder: chronic cholecystitis and cholelithiasis. No evidence of malignancy."),
    dict(site="Appendix", macro="An appendix %d mm long and up to %d mm in diameter with a congested, fibrin-coated serosa. A faecolith is present in the lumen. Tip and base sectioned (blocks %d-%d).",
         micro="There is transmural neutrophilic inflammation with mucosal ulceration and periappendiceal serositis. No neoplasm identified.",
         dx="Appendix: acute suppurative appendicitis with periappendicitis."),
    dict(site="Skin, left forearm (punch)", macro="A punch of skin %d mm in diameter and %d mm deep with a central pigmented area. Bisected and embedded entirely in %d blocks (%d).",
         micro="The epidermis shows an atypical melanocytic proliferation with confluent junctional nests and pagetoid spread. Breslow thickness 0.6 mm, Clark level III, no ulceration, mitoses 1/mm2.",
         dx="Skin, left forearm: invasive superficial spreading melanoma, Breslow 0.6 mm (pT1a). Re-excision recommended."),
    dict(site="Colon polyp, sigmoid", macro="Two fragments of tan tissue measuring %d and %d mm, plus %d smaller fragments, all embedded (%d).",
         micro="Tubular adenoma with low-grade dysplasia. The polyp appears completely excised in the largest fragment.",
         dx="Sigmoid polyp: tubular adenoma with low-grade dysplasia."),
    dict(site="Left breast, wide local excision + sentinel nodes", macro="An orientated fibrofatty specimen %dx%dx%d mm containing a firm stellate lesion %d mm. Margins inked per protocol.",
         micro="Invasive carcinoma of no special type, grade 2 (Nottingham 3+2+2). Associated DCIS intermediate grade. Closest margin (superior) 3 mm. Sentinel nodes 0/2 involved.",
         dx="Left breast: invasive carcinoma NST, grade 2, 14 mm, margins clear; sentinel nodes negative (0/2). ER positive, PR positive, HER2 negative (IHC 1+)."),
    dict(site="Endometrial pipelle", macro="Multiple fragments of soft tissue measuring in aggregate %dx%dx%d mm, all embedded (%d).",
         micro="Proliferative-phase endometrium with no atypia. No hyperplasia or malignancy.",
         dx="Endometrium: proliferative endometrium. No hyperplasia."),
    dict(site="Prostate core biopsies (12 cores)", macro="Twelve cores labelled by site, ranging from %d to %d mm, submitted in %d cassettes (%d).",
         micro="Acinar adenocarcinoma present in 4 of 12 cores (left base and left mid), Gleason 3+4=7 (Grade Group 2), pattern 4 approx 20%. Perineural invasion present.",
         dx="Prostate: acinar adenocarcinoma, Gleason 3+4=7 (ISUP Grade Group 2), 4/12 cores."),
    dict(site="Fine needle aspirate, thyroid nodule right lobe", macro="Received: %d air-dried and %d alcohol-fixed slides plus %d mL of ThinPrep fluid (%d).",
         micro="Cellular smears of follicular cells in flat sheets with abundant colloid and scattered macrophages. No nuclear atypia.",
         dx="Thyroid FNA: benign follicular nodule (Bethesda category II)."),
    dict(site="Cervical cytology (liquid based)", macro="ThinPrep vial received. Specimen adequacy: satisfactory, transformation zone component %s.",
         micro="Squamous cells with features of low-grade squamous intraepithelial lesion (koilocytosis, mild nuclear enlargement).",
         dx="Cervical cytology: LSIL. Reflex HPV testing: oncogenic HPV (not 16/18) detected."),
    dict(site="Pleural fluid cytology", macro="%d mL of bloodstained fluid received. Cytospin and cell block prepared (%d).",
         micro="Clusters of atypical epithelial cells with enlarged nuclei and vacuolated cytoplasm. Immunohistochemistry: TTF-1 positive, calretinin negative.",
         dx="Pleural fluid: malignant cells present, consistent with metastatic adenocarcinoma of lung origin."),
    dict(site="Duodenal biopsies (D2)", macro="Four pieces of tan mucosa, each %d-%d mm. All embedded (%d, %d levels).",
         micro="Subtotal villous atrophy with crypt hyperplasia and intraepithelial lymphocytes >40/100 enterocytes (Marsh 3b).",
         dx="Duodenum: features consistent with coeliac disease (Marsh 3b) in the appropriate serological context."),
    dict(site="Right colon (hemicolectomy)", macro="A right hemicolectomy specimen, ileum %d mm and colon %d mm. An ulcerated caecal tumour measures %d mm. %d lymph nodes identified.",
         micro="Moderately differentiated adenocarcinoma invading through the muscularis propria into pericolic fat. No lymphovascular invasion. Mismatch repair proteins retained.",
         dx="Right colon: adenocarcinoma, moderately differentiated, pT3 N0 (0/18), margins clear. MMR proficient."),
]


def fill_nums(r, s):
    while "%d" in s:
        s = s.replace("%d", str(r.randint(2, 95)), 1)
    while "%s" in s:
        s = s.replace("%s", r.choice(["present", "absent"]), 1)
    return s


def gen_pathology_report(c):
    r, p = c.r, c.p
    sp = r.choice(SPECIMENS)
    lab = r.choice(c.R["path"] + [c.hosp + " Department of Anatomical Pathology", c.hosp + " Histopathology"])
    pathn = clin_name(r)
    parts = []
    parts.append(lab if maybe(r, 0.6) else lab.upper())
    if maybe(r, 0.5):
        parts.append(r.choice(["HISTOPATHOLOGY REPORT", "Anatomical Pathology", "CYTOLOGY REPORT" if "ytology" in sp["site"] or "aspirate" in sp["site"] else "SURGICAL PATHOLOGY", "Tissue Pathology Report"]))
    parts.append("Name: %s  DOB: %s  Sex: %s\n%s\nLab ref: %s/%s  Received: %s\nRequesting: %s" % (
        c.pname("upper"), D(r, p.dob, "slash"), p.sex, "  ".join(c.id_lines()), r.choice(["S", "H", "C", "AP"]), "%02d-%05d" % (c.year % 100, r.randint(1, 99999)), c.d(), r.choice([c.consultant, c.gp])))
    parts.append("Specimen: %s" % sp["site"])
    if maybe(r, 0.6):
        parts.append("Clinical notes: %s" % r.choice(["?malignancy", "as per request form", "recurrent symptoms", "screening", "suspicious lesion", "post-op specimen", "nil provided"]))
    v = r.randint(0, 1)
    if v == 0:
        parts.append("MACROSCOPIC:\n" + fill_nums(r, sp["macro"]))
        parts.append("MICROSCOPIC:\n" + sp["micro"])
        parts.append("DIAGNOSIS:\n" + sp["dx"])
    else:
        parts.append("Diagnosis / Summary\n" + sp["dx"])
        parts.append("Macroscopic description\n" + fill_nums(r, sp["macro"]) + " (%s/%s)" % (r.choice("ABCDEFGHJK"), r.choice("LMNPQRSTUVW")))
        parts.append("Microscopic description\n" + sp["micro"])
    if maybe(r, 0.4):
        parts.append(r.choice(["Synoptic data available on request.", "Case reviewed at the intradepartmental consensus meeting.", "Supplementary report to follow with molecular results.",
                               "Reported with reference to the RCPA structured reporting protocol.", "Discussed with %s by telephone." % c.consultant]))
    parts.append("Reported by: %s, %s   %s" % (pathn, r.choice(["Pathologist", "Consultant Histopathologist", "FRCPA", "Cytopathologist"]), D(r, c.days(r.randint(1, 7)), "slash")))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# ECG
# ---------------------------------------------------------------------------
RHYTHMS = ["Sinus rhythm", "Sinus bradycardia", "Sinus tachycardia", "Atrial fibrillation with rapid ventricular response", "Atrial flutter with 2:1 block",
           "Sinus rhythm with first degree AV block", "Paced rhythm (ventricular)", "Sinus rhythm with frequent ventricular ectopics"]
ECG_FEAT = ["Left axis deviation.", "Right bundle branch block.", "Left bundle branch block.", "Q waves in II, III, aVF consistent with old inferior infarct.",
            "ST depression 1 mm V4-V6.", "T wave inversion in V1-V3.", "Voltage criteria for LVH.", "Poor R wave progression.", "QTc prolonged at 498 ms.",
            "No acute ST changes.", "Early repolarisation pattern.", "Low voltage QRS in limb leads.", "ST elevation 2 mm in II, III, aVF with reciprocal change in aVL."]


def gen_ecg_report(c):
    r, p = c.r, c.p
    rate = r.randint(38, 165)
    rh = r.choice(RHYTHMS)
    pr_, qrs, qt = r.randint(120, 260), r.randint(78, 160), r.randint(340, 500)
    qtc = int(qt / ((60.0 / max(rate, 40)) ** 0.5))
    v = r.randint(0, 2)
    parts = []
    if v == 0:
        parts.append(r.choice(["12 LEAD ECG", "ECG REPORT", "Electrocardiogram", "Resting 12-lead ECG"]))
        parts.append("%s   %s   %s\n%s %s   %s" % (c.pname("upper"), D(r, p.dob, "slash"), c.id_lines()[0], c.d(), Tc(r), r.choice(["ED", c.ward, "Cardiology OPD", "Pre-admission clinic", "Rooms"])))
        parts.append("Vent rate %d bpm\nPR int %d ms\nQRS dur %d ms\nQT/QTc %d/%d ms\nP-R-T axes %d %d %d" % (rate, pr_, qrs, qt, qtc, r.randint(-30, 80), r.randint(-60, 110), r.randint(-40, 90)))
        parts.append("%s\n%s" % (rh, "\n".join(pick(r, ECG_FEAT, r.randint(0, 3)))))
        parts.append(r.choice(["Abnormal ECG", "Borderline ECG", "Normal ECG", "Unconfirmed computer interpretation", "** ABNORMAL **"]))
        if maybe(r, 0.6):
            parts.append("Confirmed by: %s %s" % (clin_name(r), D(r, c.days(r.randint(0, 3)), "slash")))
    elif v == 1:
        parts.append("ECG %s %s" % (D(r, c.date, "slash"), T(r)))
        parts.append("%s, rate ~%d. %s %s" % (rh, rate, " ".join(pick(r, ECG_FEAT, r.randint(1, 3))), r.choice(["Cf previous - unchanged.", "New c/w previous.", "No old ECG for comparison.", ""])))
        parts.append("- %s" % c.junior)
    else:
        parts.append(rooms_letterhead(c, c.consultant, "Cardiologist") if maybe(r, 0.5) else c.hosp + " Cardiac Investigations")
        parts.append("ECG Interpretation\nPatient: %s  DOB %s\nIndication: %s" % (c.pname("title"), D(r, p.dob), r.choice(["palpitations", "pre-operative", "syncope", "chest pain", "medication monitoring (QTc)", "routine review"])))
        parts.append("The tracing shows %s at %d beats per minute. The PR interval is %d ms and QRS duration %d ms. Corrected QT interval is %d ms. %s" % (
            rh.lower(), rate, pr_, qrs, qtc, " ".join(pick(r, ECG_FEAT, r.randint(1, 3)))))
        parts.append("Conclusion: %s." % r.choice(["abnormal ECG - clinical correlation advised", "no significant change from previous", "within normal limits", "features suggestive of ischaemia; recommend troponin and review"]))
        parts.append(c.consultant)
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# medication list / reconciliation
# ---------------------------------------------------------------------------
def gen_medication_list(c):
    r, p = c.r, c.p
    meds = med_set(c, None, r.randint(3, 14))
    v = r.randint(0, 3)
    parts = []
    if v == 0:
        parts.append(r.choice(["MEDICATION RECONCILIATION", "Medication Management Plan", "Medication History / Reconciliation Form", "Admission Medication Reconciliation"]))
        if maybe(r, 0.6):
            parts.append(sticker(c))
        parts.append("Sources: %s" % ", ".join(pick(r, ["patient", "family", "GP summary", "community pharmacy (%s Pharmacy)" % r.choice(c.R["towns"]), "Webster pack", "My Health Record" if c.region == "AU" else "dispensing record", "own medications brought in"], r.randint(2, 3))))
        parts.append("Allergies/ADRs: %s" % allergy(c))
        rows = ["%-44s %-18s %-18s %s" % ("Medicine", "Dose", "Frequency", "Action on admission")]
        for m in meds:
            rows.append("%-44s %-18s %-18s %s" % (m[0], m[1], m[2], r.choice(["continue", "continue", "withhold", "cease", "dose changed", "continue - pt own supply"])))
        parts.append("\n".join(rows))
        parts.append("Discrepancies identified: %d   Discussed with: %s" % (r.randint(0, 3), c.junior))
        parts.append("Pharmacist: %s %s   Date: %s" % (r.choice(FIRST_F + FIRST_M), r.choice(CLIN_SUR), c.d()))
    elif v == 1:
        parts.append(r.choice(["My Medicines List", "Medicines List", "Current medications", "Patient Medication Profile"]))
        parts.append("Name: %s   DOB: %s" % (c.pname("full"), D(r, p.dob)))
        parts.append("Doctor: %s   Pharmacy: %s Pharmacy" % (c.gp, r.choice(c.R["towns"])))
        for m in meds:
            parts.append("%s\n   Take: %s %s\n   For: %s" % (m[0], m[1], m[2], m[3]))
        parts.append("Keep this list with you and show it to your doctor, pharmacist or hospital.")
        parts.append("Updated %s" % c.d())
    elif v == 2:
        parts.append("Meds (as per %s):" % r.choice(["GP list", "Webster pack", "pt", "pharmacy print-out"]))
        parts.append("\n".join(med_str(r, m, "brief") for m in meds))
        parts.append("NKDA" if maybe(r, 0.5) else "Allergy: %s" % allergy(c))
        parts.append(D(r, c.date, "slash") + " " + c.junior)
    else:
        parts.append(r.choice(["Residential Aged Care Medication Chart - summary", "Home Medicines Review - current list", "MEDICATION PROFILE"]))
        parts.append("Resident/patient: %s  %s  %s" % (c.pname("upper"), D(r, p.dob, "slash"), c.p.nat_id_label + " " + c.p.nat_id))
        parts.append("REGULAR")
        parts.append("\n".join("%s | %s | %s | start %s" % (m[0], m[1], m[2], D(r, c.days(-r.randint(30, 3000)), "slash")) for m in meds[:-1]))
        parts.append("PRN")
        parts.append("%s | %s | %s | max %s in 24h" % (meds[-1][0], meds[-1][1], "prn", r.choice(["2 doses", "4 g", "3 doses"])))
        parts.append("Reviewed by %s (accredited pharmacist) %s. Recommendations sent to GP." % (r.choice(FIRST_F) + " " + r.choice(CLIN_SUR), c.d()))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# prescription
# ---------------------------------------------------------------------------
def gen_prescription(c):
    r, p = c.r, c.p
    meds = pick(r, MEDS, r.randint(1, 3))
    parts = []
    v = r.randint(0, 2)
    if v == 0 and c.region == "AU":
        parts.append("%s\n%s\n%s" % (c.gp, c.gp_practice, "Prescriber No %07d" % r.randint(0, 9999999)))
        parts.append("PBS/RPBS   %s" % r.choice(["[X] PBS", "[ ] PBS [X] Private", "[X] Concession  Safety Net", "[X] PBS  Entitlement No %s" % (r.randint(10 ** 9, 10 ** 10 - 1))]))
        parts.append("Patient's Medicare No %s-%s\n%s\n%s" % (p.medicare, p.irn, c.pname("title"), c.addr()))
        rx = []
        for m in meds:
            rx.append("Rx %s %s\n   Sig: %s %s\n   Qty: %d   Repeats: %d" % (m[0], m[1], r.choice(["Take", "1", "Use"]), m[2], r.choice([28, 30, 50, 60, 90, 100]), r.randint(0, 5)))
        parts.append("\n".join(rx))
        parts.append("%s   %s" % (c.d(), r.choice(["Brand substitution not permitted", "", "Authority Approval No %d" % r.randint(10 ** 6, 10 ** 7)])))
        parts.append("Prescriber signature: ________")
    elif v == 1 or c.region == "IE":
        parts.append(r.choice(["PRESCRIPTION", "Rx", "Prescription"]) + ("  -  %s Scheme" % r.choice(["GMS", "Drugs Payment", "Long Term Illness"]) if c.region == "IE" else ""))
        parts.append("%s, %s" % (c.gp, c.gp_practice))
        parts.append("For: %s   DOB %s\n%s" % (c.pname("title"), D(r, p.dob), c.addr()))
        if c.region == "IE" and maybe(r, 0.6):
            parts.append("Medical Card No: %s" % p.mcn)
        for m in meds:
            parts.append("%s %s - %s. Supply %s. %s" % (m[0], m[1], m[2], r.choice(["one month", "28 days", "3 months", "14 days"]), r.choice(["Repeat x%d" % r.randint(1, 5), "Do not repeat", "Repeat monthly x 6"])))
        parts.append("Signed: %s   Date: %s" % (c.gp, c.d()))
    else:
        parts.append(r.choice(["NZePS PRESCRIPTION", "Prescription", "Hospital Discharge Prescription"]) + ("  Barcode %s" % "".join(r.choice("0123456789ABCDEF") for _ in range(18)) if maybe(r, 0.5) else ""))
        parts.append("Prescriber: %s  Reg %d\n%s  Ph %s" % (r.choice([c.gp, c.junior]), r.randint(10000, 99999), r.choice([c.gp_practice, c.hosp]), c.phone()))
        parts.append("Patient: %s  NHI/ID %s  DOB %s" % (c.pname("title"), p.nat_id, D(r, p.dob, "slash")))
        for i, m in enumerate(meds, 1):
            parts.append("%d) %s %s\n   %s\n   Dispense %s%s" % (i, m[0], m[1], m[2], r.choice(["30", "1 month", "90 days", "20 tabs", "1 inhaler"]), r.choice(["", ", close control", ", stat dispensing", " (3 monthly)"])))
        parts.append(c.d())
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# anaesthetic record
# ---------------------------------------------------------------------------
def gen_anesthesia_record(c):
    r, p = c.r, c.p
    op = r.choice(OPS)
    asa = r.randint(1, 4)
    anaest = clin_name(r)
    wt = r.randint(48, 130)
    parts = []
    if maybe(r, 0.6):
        parts.append(sticker(c))
    v = r.randint(0, 2)
    if v == 0:
        parts.append(r.choice(["ANAESTHETIC RECORD", "Anaesthesia Record", "INTRAOPERATIVE ANAESTHETIC CHART", "Anaesthetic Chart"]))
        parts.append("Date: %s   Theatre: %d   Anaesthetist: %s   Surgeon: %s" % (c.d(), r.randint(1, 9), anaest, c.consultant))
        parts.append("Procedure: %s\nASA %d%s   Wt %d kg   Ht %d cm   Fasted: %s" % (op["name"], asa, "E" if maybe(r, 0.2) else "", wt, r.randint(150, 195), r.choice(["yes >6h solids", "from 0200", "clear fluids until 0600", "yes"])))
        parts.append("Airway: Mallampati %d, MO >3FB, TMD >6cm, %s" % (r.randint(1, 4), r.choice(["dentition own", "upper denture removed", "loose lower incisor noted", "crowns upper incisors"])))
        parts.append("Technique: %s\nInduction: %s\nAirway device: %s\nMaintenance: %s" % (op["anaes"],
                     r.choice(["propofol %d mg, fentanyl %d mcg, rocuronium %d mg" % (r.randint(100, 250), r.randint(50, 200), r.randint(30, 70)), "RSI - propofol/sux", "spinal: bupivacaine 0.5% heavy 2.6 mL + fentanyl 15 mcg at L3/4, 25G Whitacre"]),
                     r.choice(["ETT size 7.5 cuffed, grade 1 view, 21 cm at teeth", "i-gel size 4", "LMA Supreme 4", "nil - spontaneous ventilation, Hudson mask", "ETT 7.0, video laryngoscope, grade 2"]),
                     r.choice(["sevoflurane in O2/air", "TIVA propofol/remifentanil (TCI)", "desflurane", "sedation propofol infusion"])))
        rows = ["Time   HR   BP       SpO2  EtCO2"]
        t0 = r.randint(7, 15)
        for i in range(r.randint(4, 9)):
            rows.append("%02d:%02d  %-4d %d/%-4d %-5d %s" % (t0 + (i * 15) // 60, (i * 15) % 60, r.randint(55, 95), r.randint(90, 150), r.randint(45, 85), r.randint(95, 100), r.randint(30, 42)))
        parts.append("\n".join(rows))
        parts.append("Drugs: %s" % ", ".join(pick(r, ["cefazolin 2 g", "dexamethasone 8 mg", "ondansetron 4 mg", "paracetamol 1 g IV", "parecoxib 40 mg", "metaraminol 0.5 mg x3", "tranexamic acid 1 g", "ketamine 20 mg", "sugammadex 200 mg", "neostigmine/glycopyrrolate", "morphine 5 mg", "clonidine 60 mcg"], r.randint(3, 7))))
        parts.append("Fluids: %s %d mL   EBL %s   UO %s" % (r.choice(["Hartmann's", "Plasma-Lyte 148", "NaCl 0.9%"]), r.choice([500, 1000, 1500, 2000]), op["ebl"], r.choice(["n/a", "IDC 150 mL", "not measured"])))
        parts.append("Lines: %s   Warming: %s   Position checks: pressure areas padded, eyes taped" % (r.choice(["18G L hand", "20G R ACF", "16G + arterial line"]), r.choice(["Bair Hugger", "fluid warmer + forced air", "nil"])))
        parts.append("To PACU %s. Handover to %s RN. %s" % (Tc(r, 9, 18), r.choice(FIRST_F), r.choice(["Extubated awake, uneventful.", "Emergence delirium, settled.", "PONV in PACU - ondansetron given.", "Uneventful."])))
        parts.append("Post-op: %s" % r.choice(["PCA morphine 1mg/5min lockout", "oral analgesia per charted", "Targin + Endone prn", "continue nerve block catheter ropivacaine 0.2% 8 mL/h"]))
        parts.append(anaest)
    elif v == 1:
        parts.append(r.choice(["Pre-anaesthetic Assessment", "PRE-ANAESTHETIC CONSULTATION", "Anaesthesia pre-op evaluation"]))
        parts.append("%s, %d%s, listed for %s on %s." % (c.pname("title"), p.age, p.sex, op["name"].lower(), c.d()))
        parts.append("Hx: %s. Exercise tolerance %s. %s. Previous anaesthetics %s." % (cap(r.choice(CASES)["pmh"]), r.choice(["2 flights of stairs", "<1 flight", "walks 5 km daily", "limited by knee pain"]),
                     r.choice(["Non-smoker", "Smoker 15/day", "Ex-smoker"]), r.choice(["uneventful", "PONV ++", "difficult cannulation", "nil"])))
        parts.append("Meds: %s\nAllergies: %s" % (", ".join(med_str(r, m, "brief") for m in med_set(c, None, r.randint(1, 5))), allergy(c)))
        parts.append("Airway: MP %d, mouth opening good, neck ROM full. CVS/RS: %s.\nBloods: Hb %d, Cr %d, K %.1f. ECG: %s." % (r.randint(1, 3), r.choice(["NAD", "soft ESM", "scattered wheeze"]), r.randint(95, 150), r.randint(50, 180), r.uniform(3.4, 5.3), r.choice(["SR", "AF rate controlled", "not done"])))
        parts.append("ASA %d. Plan: %s. Risks discussed incl. sore throat, PONV, dental damage, awareness, rare serious complications. Patient agrees." % (asa, op["anaes"]))
        parts.append("Fasting instructions given. %s" % r.choice(["Withhold metformin day of surgery.", "Stop apixaban 48 h prior.", "Take usual morning meds with sip of water.", "Cease SGLT2 inhibitor 3 days prior."]))
        parts.append(anaest + ", Consultant Anaesthetist" if maybe(r, 0.5) else anaest)
    else:
        parts.append("Anaesthetic report - %s" % op["name"])
        parts.append("Date %s. Anaesthetist %s. ASA %d. Weight %d kg." % (c.d(), anaest, asa, wt))
        parts.append("Pre-op: %s. Induction and airway: %s. %s. Regional: %s." % (
            r.choice(["well, fasted, consented", "anxious, midazolam 2 mg given", "frail, SpO2 93% RA"]),
            r.choice(["smooth IV induction, LMA inserted first attempt", "RSI with cricoid, grade 1 view, ETT secured", "spinal placed sitting, first pass, clear CSF"]),
            r.choice(["Haemodynamically stable throughout", "Transient hypotension treated with metaraminol", "Bradycardia to 42 on insufflation, resolved with glycopyrrolate"]),
            r.choice(["nil", "adductor canal block with ropivacaine 0.5% 20 mL under US", "TAP blocks bilaterally", "fascia iliaca block"])))
        parts.append("Emergence: %s. PACU discharge criteria met at %s." % (r.choice(["smooth", "coughing on tube", "uneventful"]), Tc(r, 9, 20)))
        parts.append("Post-op analgesia/antiemetic: %s" % r.choice(["paracetamol regular, oxycodone prn, ondansetron prn", "PCA fentanyl", "Panadol + Targin bd"]))
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# correspondence
# ---------------------------------------------------------------------------
def gen_correspondence(c):
    r, p = c.r, c.p
    case = case_for(c)
    v = r.randint(0, 5)
    parts = []
    if maybe(r, 0.7):
        parts.append(letterhead(c) if maybe(r, 0.5) else rooms_letterhead(c, c.consultant, case["spec"]))
    parts.append(c.d(style="long"))
    if v == 0:  # clinic update to GP
        parts.append("%s\n%s" % (c.gp, c.gp_practice))
        parts.append("Dear %s," % r.choice([c.gp, "Doctor", c.gp.split()[0] + " " + c.gp.split()[-1]]))
        parts.append("Re: %s  DOB %s" % (c.pname("title"), D(r, p.dob)))
        parts.append(r.choice(["I reviewed %s in the %s clinic today." % (c.pname("titlesur"), case["spec"]), "Just a brief note to update you following %s's review today." % p.first,
                               "%s returned to see me today as planned." % c.pname("titlesur")]))
        parts.append(r.choice(["%s is doing well and the recent results are reassuring." % p.he.capitalize(), "Progress has been slower than hoped.", "There has been a pleasing improvement since the change in treatment."]) + " " +
                     r.choice(["I have made no changes to the medications.", "I have increased the dose as outlined below.", "We will repeat the blood tests before the next visit."]))
        if maybe(r, 0.5):
            parts.append("Current plan: %s." % case["plan"])
        parts.append(r.choice(["I will see %s again in %d months." % (p.him, r.randint(3, 12)), "I have discharged %s back to your care; happy to see again if needed." % p.him, "We will write again once the test results are available."]))
        parts.append(r.choice(["Kind regards", "Yours sincerely", "Best wishes"]) + "\n\n" + c.consultant)
    elif v == 1:  # results letter to patient
        parts.append("%s\n%s" % (c.pname("title"), c.addr("\n")))
        parts.append("Dear %s," % c.pname("titlesur"))
        test = r.choice(["blood tests", "scan", "biopsy result", "bowel screening test", "heart monitor (Holter) result", "bone density test"])
        parts.append("I am writing about your recent %s, taken on %s." % (test, c.d(c.days(-r.randint(5, 30)))))
        parts.append(r.choice(["I am pleased to let you know the result was normal and no further action is needed at this stage.",
                               "The result showed a minor abnormality. It is not urgent, but I would like you to make a routine appointment to discuss it.",
                               "The result needs further follow-up. Please phone the clinic on %s so we can book you in within the next two weeks." % c.phone()]))
        parts.append(r.choice(["A copy of this letter has been sent to your GP.", "If you have any questions please do not hesitate to ring the rooms.", "Please bring this letter with you to your next appointment."]))
        parts.append("Yours sincerely,\n\n%s" % r.choice([c.consultant, c.gp]))
    elif v == 2:  # appointment letter
        parts.append("%s\n%s" % (c.pname("title"), c.addr("\n")))
        parts.append("%s: %s   %s" % (r.choice(["Our ref", "Ref", "Patient ref"]), c.id_lines()[0], r.choice(["", "Clinic code %s%d" % (r.choice(["GEN", "CAR", "ORT", "URO", "RHE"]), r.randint(1, 40))])))
        parts.append("Dear %s," % c.pname("titlesur"))
        dd = c.days(r.randint(7, 90))
        parts.append("An appointment has been made for you to attend the %s Outpatient Clinic at %s on %s at %s." % (case["spec"], c.hosp, D(r, dd, "long"), Tc(r, 8, 16)))
        parts.append(r.choice(["Please bring a list of your current medications and any recent X-rays.", "Please arrive 15 minutes early to register at the main reception.", "You may be seen by a member of the consultant's team."]))
        parts.append(r.choice(["If you cannot attend, please phone %s as soon as possible so the appointment can be offered to someone else." % c.phone(), "Failure to attend without notice may result in discharge back to your GP."]))
        if c.region == "NZ" and maybe(r, 0.5):
            parts.append("Travel assistance may be available - ask the clinic staff.")
        parts.append("Yours faithfully,\n\n%s\nBooking Clerk, Outpatients" % (r.choice(FIRST_F) + " " + r.choice(CLIN_SUR)))
    elif v == 3:  # DNA letter to GP
        parts.append("%s\n%s" % (c.gp, c.gp_practice))
        parts.append("Dear Colleague,")
        parts.append("Re: %s  %s" % (c.pname("upper"), "  ".join(c.id_lines())))
        parts.append("%s did not attend the %s appointment on %s. %s" % (c.pname("titlesur"), case["spec"], c.d(), r.choice(["This is the second missed appointment.", "We were unable to contact the patient by phone.", "A further appointment has been sent."])))
        parts.append(r.choice(["In keeping with hospital policy, we have discharged the patient from the clinic. Please re-refer if clinically indicated.", "Please encourage attendance if you see them.", "We will offer one further appointment only."]))
        parts.append("Regards,\n%s for %s" % (c.junior, c.consultant))
    elif v == 4:  # reply between clinicians re a query
        other = clin_name(r)
        parts.append("%s\n%s\n%s" % (other, r.choice(["Department of " + r.choice(["Cardiology", "Nephrology", "Psychiatry", "Dermatology"]), c.hosp]), r.choice(c.R["towns"])))
        parts.append("Dear %s," % other.split()[0] + " " + other.split()[-1])
        parts.append("Re: %s, DOB %s" % (c.pname("title"), D(r, p.dob)))
        parts.append("Thank you for your letter of %s regarding our mutual patient. %s" % (c.d(c.days(-r.randint(5, 40))), r.choice([
            "I agree that the anticoagulant can be safely withheld for 48 hours before the procedure.",
            "I am happy for the methotrexate to continue through the peri-operative period.",
            "From our point of view there is no contraindication to the planned surgery.",
            "I would favour continuing the current antidepressant and reviewing after the admission."])))
        parts.append(r.choice(["Please let me know if you need anything further.", "I have copied this to the GP for information.", "We will keep the patient under review in clinic."]))
        parts.append("With kind regards,\n\n%s" % c.consultant)
    else:  # letter to whom it may concern / employer / insurer
        parts.append(r.choice(["To Whom It May Concern", "Dear Sir/Madam", "Attention: Claims Officer"]))
        parts.append("Re: %s, DOB %s" % (c.pname("title"), D(r, p.dob)))
        parts.append("This is to confirm that %s has been under my care for %s since %s. %s" % (c.pname("titlesur"), case["dx"], c.d(c.days(-r.randint(30, 700))), r.choice([
            "%s is currently unfit for %s usual duties and I anticipate a return to work on %s." % (p.he.capitalize(), p.his, c.d(c.days(r.randint(14, 90)))),
            "%s is fit to travel provided medication is carried in hand luggage." % p.he.capitalize(),
            "I would be grateful if reasonable adjustments could be made, including reduced hours for the next month.",
            "%s requires regular medical appointments and should be permitted time off to attend." % p.he.capitalize()])))
        parts.append("Please contact the rooms if further information is required, with the patient's written consent.")
        parts.append("Yours faithfully,\n\n%s" % r.choice([c.consultant, c.gp]))
    if maybe(r, 0.35):
        parts.append("cc: %s" % r.choice(["%s, GP" % c.gp, "Patient", "Medical records"]))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# consent
# ---------------------------------------------------------------------------
RISKS = {
    "general": ["bleeding requiring transfusion", "wound infection", "blood clots in the legs or lungs", "reaction to the anaesthetic", "chest infection", "scarring", "need for further surgery"],
    "lap": ["conversion to an open operation", "injury to bowel, bladder or blood vessels", "shoulder tip pain", "port-site hernia", "bile leak"],
    "ortho": ["dislocation", "leg length difference", "nerve injury", "loosening requiring revision", "periprosthetic fracture", "stiffness"],
    "endo": ["perforation (about 1 in 1,000 to 1 in 3,000)", "bleeding after polyp removal", "missed lesion", "reaction to sedation", "aspiration"],
    "blood": ["fever or chills", "allergic reaction", "transfusion-associated circulatory overload", "very rare transmission of infection"],
}


def gen_consent_form(c):
    r, p = c.r, c.p
    choice = r.choice([("operation", r.choice(OPS)["name"], "general", "lap"), ("procedure", r.choice(PROCS)["name"], "endo", "general"),
                       ("operation", r.choice(["Right total hip replacement", "Left total knee replacement", "Cemented hemiarthroplasty"]), "ortho", "general"),
                       ("treatment", "Transfusion of blood and/or blood products", "blood", "blood")])
    kind, name, rk1, rk2 = choice
    risks = pick(r, RISKS[rk1], r.randint(2, 4)) + ([x for x in pick(r, RISKS[rk2], r.randint(1, 3)) if rk2 != rk1])
    parts = []
    if maybe(r, 0.6):
        parts.append(letterhead(c))
    if maybe(r, 0.6):
        parts.append(sticker(c))
    v = r.randint(0, 2)
    if v == 0:
        parts.append(r.choice(["PATIENT CONSENT FORM", "Consent for %s" % kind.capitalize(), "CONSENT TO OPERATION/PROCEDURE/TREATMENT", "Informed Consent - Form 1", "Patient Agreement to Investigation or Treatment"]))
        parts.append("Patient name: %s   DOB: %s   %s" % (c.pname("full"), D(r, p.dob, "slash"), c.id_lines()[0]))
        parts.append("Proposed %s (include side/site): %s%s" % (kind, name, r.choice(["", " - RIGHT", " - LEFT", ""])))
        parts.append("Interpreter required: %s" % r.choice(["No", "Yes - %s, name %s" % (r.choice(["Vietnamese", "Samoan", "Tongan", "Polish", "Irish (Gaeilge)", "Mandarin", "Arabic"]), r.choice(FIRST_F)), "No"]))
        parts.append("A. Doctor/clinician statement\nI have explained the %s to the patient, including the intended benefits, significant risks and alternatives. The risks discussed include:\n%s" % (kind, bullets(r, risks, "-")))
        parts.append("Alternative options discussed: %s" % r.choice(["conservative management", "no treatment", "non-operative management with physiotherapy", "watchful waiting", "medical therapy"]))
        parts.append("Clinician: %s   Designation: %s   Signature: ______   Date: %s" % (r.choice([c.consultant, c.junior]), r.choice(["Consultant", "Registrar", "Senior Registrar", "Proceduralist"]), c.d()))
        parts.append("B. Patient statement\n" + bullets(r, ["I have read or had explained to me the information about the %s." % kind, "I understand that a different doctor to the one named may perform the %s, though with appropriate experience." % kind,
                                                              "I understand that any tissue removed may be examined and stored for diagnostic purposes.", "I have been given the opportunity to ask questions and I am satisfied with the answers.",
                                                              "I consent to blood transfusion if required: YES / NO", "I understand I can withdraw my consent at any time before the %s." % kind], "[ ]"))
        parts.append("Patient signature: ________________   Date: %s" % D(r, c.date, "slash"))
        if maybe(r, 0.4):
            parts.append("If patient unable to consent - substitute decision-maker: %s (%s)  Signature ______" % (p.kin_name, p.kin_rel))
    elif v == 1:
        parts.append("Consent - %s" % name)
        parts.append("I, %s, agree to undergo %s under %s. The nature and purpose of this %s have been explained to me by %s. I understand that common and serious risks include %s. I have been told about other options and the likely outcome without treatment." % (
            c.pname("full"), name.lower(), r.choice(["general anaesthetic", "sedation", "local anaesthetic", "spinal anaesthetic"]), kind, r.choice([c.consultant, c.junior]), ", ".join(risks)))
        parts.append("I understand that no guarantee has been given about the result. I agree to any additional procedure that is found necessary to save my life or prevent serious harm, except: %s" % r.choice(["nil", "no blood products (Jehovah's Witness - see advance directive)", "none"]))
        parts.append("Signed (patient): _________  Witness: %s RN  Date: %s" % (r.choice(FIRST_F) + " " + r.choice(CLIN_SUR), c.d()))
    else:
        parts.append(r.choice(["Consent discussion documentation", "CONSENT PROCESS NOTE"]))
        parts.append("%s %s. Consent obtained by %s for %s." % (D(r, c.date, "slash"), T(r), c.junior, name))
        parts.append("Capacity: %s. Information leaflet provided: %s. Risks explained including %s. Benefits: %s. Alternatives: %s." % (
            r.choice(["patient has capacity for this decision", "assessed - retains and weighs information"]), r.choice(["yes", "yes (version %d)" % r.randint(1, 9)]), "; ".join(risks),
            r.choice(["symptom relief", "diagnosis", "reduced risk of complications"]), r.choice(["none reasonable", "conservative care", "delay"])))
        parts.append("Patient signed form. %s" % r.choice(["Copy given to patient.", "Family present.", "Teach-back used to confirm understanding."]))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# referral
# ---------------------------------------------------------------------------
def gen_referral_letter(c):
    r, p = c.r, c.p
    case = case_for(c)
    spec_doc = clin_name(r)
    meds = med_set(c, None, r.randint(1, 7))
    urgency = r.choice(["Routine", "Semi-urgent", "Urgent", "Category 1 (within 30 days)", "Category 2", "Urgent - please see within 2 weeks"])
    parts = []
    v = r.randint(0, 2)
    if v == 0:
        parts.append("%s\n%s   Ph %s  Fax %s" % (c.gp_practice, c.addr() if maybe(r, 0.1) else "%d %s, %s" % (r.randint(1, 99), r.choice(c.R["streets"]), c.town), c.phone(), c.phone()))
        parts.append(c.d())
        parts.append("%s\n%s\n%s" % (spec_doc, case["spec"], r.choice([c.hosp, "%s Specialist Centre" % c.town, "Outpatients Department, %s" % c.hosp])))
        parts.append("Dear %s," % spec_doc)
        parts.append("Re: %s  DOB %s\n%s  Ph %s\n%s: %s" % (c.pname("title"), D(r, p.dob), c.addr(), p.mobile, p.nat_id_label, p.nat_id))
        parts.append(r.choice(["Thank you for seeing this %d-year-old %s with %s." % (p.age, "man" if p.sex == "M" else "woman", case["pc"]),
                               "I would be grateful for your assessment and management of %s, who has %s." % (p.first, case["pc"]),
                               "I am referring %s for your opinion regarding possible %s." % (c.pname("titlesur"), case["dx"])]))
        parts.append(r.choice(["Symptoms have been present for %d weeks despite treatment." % r.randint(2, 30), "%s is understandably anxious and keen for a diagnosis." % p.he.capitalize(), "I have not been able to exclude a serious cause in general practice."]) +
                     " " + "Recent results: %s." % case["ix"])
        parts.append("Past history: %s.\nMedications: %s.\nAllergies: %s." % (case["pmh"], "; ".join(med_str(r, m, "brief") for m in meds), allergy(c)))
        parts.append(r.choice(["Many thanks for your help.", "Thank you for seeing %s." % p.him, "I look forward to your opinion."]))
        parts.append("Yours sincerely,\n\n%s\n%s" % (c.gp, "Provider No %06d%s" % (r.randint(0, 999999), r.choice("ABCJKLTWXY")) if c.region == "AU" else "General Practitioner"))
        if c.region == "AU" and maybe(r, 0.5):
            parts.append("Referral valid for %s." % r.choice(["12 months", "3 months", "indefinite"]))
    elif v == 1:
        parts.append(r.choice(["REFERRAL FORM", "Specialist Referral", "e-Referral", "eReferral - %s" % case["spec"], "Request for Specialist Outpatient Appointment"]))
        parts.append("To: %s - %s\nFrom: %s, %s\nUrgency: %s\nDate: %s" % (case["spec"], c.hosp, c.gp, c.gp_practice, urgency, D(r, c.date, "slash")))
        parts.append("Patient: %s  %s  DOB %s\nAddress: %s\nPhone: %s\n%s" % (c.pname("upper"), p.sex, D(r, p.dob, "slash"), c.addr(), p.mobile, "\n".join(c.id_lines())))
        if c.region == "AU" and maybe(r, 0.5):
            parts.append("Interpreter: %s   ATSI: %s   DVA: %s" % (r.choice(["No", "Yes"]), r.choice(["No", "Not stated", "Yes"]), r.choice(["No", "Gold card", "No"])))
        parts.append("Reason for referral: %s\nClinical details: %s. %s" % (r.choice(["?%s" % case["dx"], case["pc"], "assessment and management"]), cap(case["pc"]), cap(case["ix"])))
        parts.append("Relevant PMHx: %s\nCurrent meds: %s\nAllergies: %s" % (case["pmh"], ", ".join(m[0] for m in meds), allergy(c)))
        parts.append("Red flags: %s" % r.choice(["nil", "weight loss 6 kg", "nocturnal pain", "none identified", "rectal bleeding"]))
        parts.append("Referring practitioner signature: %s" % c.gp)
    else:
        src = r.choice([c.consultant, clin_name(r)])
        parts.append(r.choice([c.hosp, c.gp_practice]))
        parts.append("%s\n\n%s\n%s" % (c.d(), r.choice(["Physiotherapy Department", "Community Mental Health Team", "Diabetes Education Service", "Falls Clinic", "Dietitian", "Cardiac Rehabilitation"]), c.hosp))
        parts.append("Dear Colleague,\nRe: %s  DOB %s" % (c.pname("title"), D(r, p.dob)))
        parts.append("Please see this patient for %s. Background: %s. %s" % (r.choice(["a supervised exercise programme", "review and support", "education and self-management", "assessment"]),
                     case["dx"], r.choice(["Motivated to engage.", "May need transport assistance.", "Lives rurally; telehealth preferred.", "Previous attendance has been poor."])))
        parts.append("Thanks,\n%s" % src)
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# advance directive
# ---------------------------------------------------------------------------
def gen_advance_directive(c):
    r, p = c.r, c.p
    parts = []
    if c.region == "AU":
        title = r.choice(["ADVANCE HEALTH DIRECTIVE", "Advance Care Directive", "Advance Care Plan", "Resuscitation Plan - Adult", "Goals of Patient Care",
                          "Appointment of Medical Treatment Decision Maker", "NOT FOR RESUSCITATION ORDER", "Statement of Choices"])
    elif c.region == "NZ":
        title = r.choice(["Advance Care Plan", "ADVANCE DIRECTIVE", "Treatment Escalation Plan", "Not For Resuscitation / Shared Goals of Care", "My Advance Care Plan & Advance Directive"])
    else:
        title = r.choice(["Advance Healthcare Directive", "DNAR ORDER", "Do Not Attempt Resuscitation (DNAR) Form", "Advance Healthcare Directive - Designated Healthcare Representative", "Treatment Escalation Plan"])
    v = 0 if any(k in title.upper() for k in ["RESUSCITATION", "DNAR", "GOALS", "ESCALATION"]) else r.randint(1, 2)
    if maybe(r, 0.5):
        parts.append(letterhead(c))
    if maybe(r, 0.5):
        parts.append(sticker(c))
    parts.append(title)
    case = case_for(c)
    if v == 0:
        parts.append("Patient: %s   DOB: %s   %s" % (c.pname("upper"), D(r, p.dob, "slash"), c.id_lines()[0]))
        parts.append("Diagnoses relevant to this decision: %s; %s" % (case["dx"], case["pmh"]))
        parts.append("In the event of cardiorespiratory arrest: %s" % r.choice(["DO NOT attempt CPR", "NOT for CPR, NOT for intubation", "For CPR (full resuscitation)", "No CPR - for comfort-focused care"]))
        parts.append("Ceiling of care:\n" + bullets(r, pick(r, ["[ ] ICU admission", "[X] Ward-based care including IV antibiotics", "[X] Non-invasive ventilation", "[ ] Non-invasive ventilation",
                                                                 "[X] Medical emergency team call for symptom control only", "[X] Comfort care", "[ ] Dialysis", "[X] Oral antibiotics only", "[ ] Return to hospital from RACF"], r.randint(3, 5)), "none"))
        parts.append("Discussed with: %s  [%s]\nPatient has capacity: %s" % (r.choice(["patient", "patient and %s (%s)" % (p.kin_name, p.kin_rel), "%s (%s) - substitute decision-maker" % (p.kin_name, p.kin_rel)]), r.choice(["in person", "by phone", "family meeting"]), r.choice(["Yes", "No - see SDM", "Fluctuating"])))
        parts.append("Rationale: %s" % r.choice(["CPR would be medically futile given advanced frailty and multimorbidity.", "Patient's clearly expressed wishes.", "Poor prognosis; burdens outweigh benefits.", "In keeping with previously documented advance care plan."]))
        parts.append("Valid until: %s\nDoctor: %s (%s)  Signature ____  Date %s" % (r.choice(["review on discharge", "this admission only", "indefinite unless revoked", "12 months"]), r.choice([c.consultant, c.junior]), r.choice(["Consultant", "Registrar", "Senior Medical Officer"]), c.d()))
        if maybe(r, 0.5):
            parts.append("Senior endorsement: %s  %s" % (c.consultant, D(r, c.date, "slash")))
    else:
        parts.append("This document is made by me, %s, of %s, born %s." % (c.pname("full"), c.addr(), D(r, p.dob, "long")))
        parts.append(r.choice(["I make this directive freely and voluntarily while I have decision-making capacity.", "I am of sound mind and make this plan after talking with my family and doctor."]))
        parts.append("What matters most to me\n" + r.choice([
            "Being at home with my dog and my garden. Being able to recognise my family. Not being kept alive on machines if there is no real hope of recovery.",
            "My faith is very important. I want a priest called if I am seriously ill. I want to die at home if possible, surrounded by family.",
            "Staying independent. I would not want to live in a nursing home if I could not communicate. Comfort matters more to me than length of life.",
            "I value time with my mokopuna and whanau. I would like karakia to be said and my whanau to be present when decisions are made."]))
        parts.append("Treatment I do not want\n" + bullets(r, pick(r, ["cardiopulmonary resuscitation", "mechanical ventilation (life support machine)", "artificial feeding by tube", "kidney dialysis",
                                                                     "blood transfusion", "admission to intensive care", "antibiotics if I have advanced dementia and pneumonia"], r.randint(2, 4)), "-"))
        parts.append("Treatment I do want\n" + r.choice(["Good pain and symptom relief, even if it may shorten my life.", "Palliative care at home or in a hospice.", "All treatment that may give me a reasonable chance of returning to my current quality of life."]))
        rep = r.choice(["Substitute decision-maker", "Attorney for health matters", "Enduring Power of Attorney (personal care & welfare)", "Designated healthcare representative", "Medical treatment decision maker"])
        parts.append("%s: %s (%s), phone %s\nAlternate: %s" % (rep, p.kin_name, p.kin_rel, c.phone(), r.choice(FIRST_M + FIRST_F) + " " + r.choice(SURNAMES)))
        parts.append("Signature of person: ________  Date: %s\nWitness: %s (%s)  ________\n%s" % (c.d(), r.choice(FIRST_M + FIRST_F) + " " + r.choice(CLIN_SUR), r.choice(["Justice of the Peace", "solicitor", "registered nurse", "independent witness", "GP"]),
                                                                                                  "Certificate of doctor: I, %s, certify that the person appeared to have capacity at the time of signing. ____" % c.gp if maybe(r, 0.6) else ""))
        parts.append(r.choice(["Copies held by: GP, %s, %s." % (p.kin_rel, c.hosp), "A copy has been uploaded to the patient's shared health record.", "Please keep the original in a safe, accessible place and give copies to your doctors."]))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# immunisation record
# ---------------------------------------------------------------------------
VACC_CHILD = [("Infanrix hexa", "DTPa-hepB-IPV-Hib"), ("Prevenar 13", "13vPCV"), ("Rotarix", "rotavirus"), ("M-M-R II", "MMR"), ("Priorix-Tetra", "MMRV"),
              ("Nimenrix", "MenACWY"), ("Bexsero", "MenB"), ("Infanrix-IPV", "DTPa-IPV"), ("Varilrix", "varicella"), ("Hiberix", "Hib"), ("Engerix-B paediatric", "hepatitis B")]
VACC_ADULT = [("Boostrix", "dTpa"), ("Afluria Quad", "influenza"), ("Fluarix Tetra", "influenza"), ("Vaxigrip", "influenza"), ("Pneumovax 23", "23vPPV"), ("Zostavax", "zoster live"),
              ("Shingrix", "zoster recombinant"), ("Gardasil 9", "HPV"), ("ADT Booster", "diphtheria-tetanus"), ("Comirnaty", "COVID-19 mRNA"), ("Spikevax", "COVID-19 mRNA"),
              ("Engerix-B", "hepatitis B"), ("Havrix 1440", "hepatitis A"), ("Typhim Vi", "typhoid"), ("Stamaril", "yellow fever"), ("Q-Vax", "Q fever")]


def vacc_ok(name, year):
    if name in ("Comirnaty", "Spikevax"):
        return year >= 2021
    if name == "Shingrix":
        return year >= 2019
    if name in ("Gardasil 9", "Bexsero", "Afluria Quad", "Fluarix Tetra", "Priorix-Tetra"):
        return year >= 2014
    if name in ("Prevenar 13",):
        return year >= 2011
    if name == "Rotarix":
        return year >= 2007
    return True


def gen_immunization_record(c):
    r, p = c.r, c.p
    child = p.age < 16 and maybe(r, 0.8)
    pool = VACC_CHILD if child else VACC_ADULT
    pool = [v for v in pool if vacc_ok(v[0], c.year)] or pool[:3]
    rows = []
    d0 = p.dob if child else c.days(-r.randint(200, 3000))
    for i in range(r.randint(2, 9)):
        vd = d0 + dt.timedelta(days=(r.randint(40, 200) * (i + 1)) if child else r.randint(0, 2500))
        if vd > c.date:
            vd = c.date - dt.timedelta(days=r.randint(0, 30))
        v = r.choice(pool)
        rows.append((vd, v[0], v[1], "%s%d%s" % (r.choice(["AX", "K", "FL", "EW", "T"]), r.randint(100, 9999), r.choice("ABCDH")), r.choice(["L deltoid", "R deltoid", "L thigh", "R thigh", "oral", "IM L arm"])))
    rows.sort()
    parts = []
    v = r.randint(0, 2)
    if c.region == "AU" and v == 0:
        parts.append(r.choice(["Immunisation History Statement", "AUSTRALIAN IMMUNISATION REGISTER - Immunisation History", "Immunisation history"]))
        parts.append("Name: %s\nDate of birth: %s\nMedicare card: %s  IRN %s\nDate of statement: %s" % (c.pname("full").upper(), D(r, p.dob, "long"), p.medicare, p.irn, c.d(style="long")))
        parts.append("%-14s %-22s %-20s %s" % ("Date given", "Vaccine", "Antigen", "Provider"))
        parts.append("\n".join("%-14s %-22s %-20s %s" % (D(r, x[0], "slash"), x[1], x[2], r.choice([c.gp_practice, "%s Council" % c.town, "Pharmacy", c.hosp])) for x in rows))
        parts.append(r.choice(["This statement shows the vaccines recorded on the register. It may not include vaccines given overseas.", "Due: next scheduled vaccine at %s." % r.choice(["4 years", "12 months", "age 65", "N/A"])]))
    elif v == 1 or c.region == "NZ":
        parts.append(r.choice(["Immunisation Record", "NIR Immunisation Summary", "Vaccination Record", "Tamariki Ora / Well Child - Immunisations" if child else "Adult vaccination record"]))
        parts.append("%s  DOB %s  %s" % (c.pname("full"), D(r, p.dob, "slash"), "%s %s" % (p.nat_id_label, p.nat_id)))
        for x in rows:
            parts.append("%s | %s (%s) | batch %s | %s | given by %s RN" % (D(r, x[0], "slash"), x[1], x[2], x[3], x[4], r.choice(FIRST_F)))
        if maybe(r, 0.5):
            parts.append("Declined / deferred: %s" % r.choice(["nil", "influenza 2019 - patient declined", "MMR deferred - febrile illness"]))
        if maybe(r, 0.4):
            parts.append("Observed 15 minutes post vaccination - no adverse event.")
    else:
        parts.append(r.choice(["Record of Vaccination", "Vaccination Card", "HSE Immunisation Record", "Occupational Health - Staff Immunisation Record"]))
        parts.append("Name: %s   DOB: %s" % (c.pname("title"), D(r, p.dob)))
        if maybe(r, 0.5):
            parts.append("Employer/department: %s, %s" % (c.hosp, r.choice(["Nursing", "Catering", "Theatre", "Medical"])))
        for x in rows:
            parts.append("%s  -  %s  [%s]  Lot %s  Site %s" % (D(r, x[0], "long"), x[1], x[2], x[3], x[4]))
        if maybe(r, 0.5):
            parts.append("Serology: %s" % r.choice(["Anti-HBs 340 IU/L (immune)", "Varicella IgG positive", "Measles IgG detected", "Anti-HBs <10 - non-responder, booster given"]))
        parts.append("Vaccinator: %s" % (r.choice(FIRST_F) + " " + r.choice(CLIN_SUR) + r.choice([" RN", " RGN", " CNS", ", Pharmacist"])))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# registration / face sheet
# ---------------------------------------------------------------------------
def gen_registration_form(c):
    r, p = c.r, c.p
    parts = []
    if maybe(r, 0.6):
        parts.append(letterhead(c) if maybe(r, 0.5) else c.gp_practice)
    parts.append(r.choice(["PATIENT REGISTRATION FORM", "New Patient Registration", "ADMISSION / FACE SHEET", "Patient Information Sheet", "Inpatient Admission Form",
                           "Enrolment Form" if c.region == "NZ" else "New Patient Details", "Patient Demographic Sheet"]))
    f = []
    f.append("Surname: %s   Given names: %s %s   Title: %s" % (p.sur.upper(), p.first, p.middle, p.title or "-"))
    f.append("Date of birth: %s   Sex: %s   %s" % (D(r, p.dob, "slash"), {"M": "Male", "F": "Female"}[p.sex], r.choice(["Marital status: %s" % r.choice(["Married", "Single", "Widowed", "Divorced", "De facto"]), ""])))
    f.append("Address: %s" % c.addr())
    f.append("Home ph: %s   Mobile: %s   Email: %s.%s%d@%s" % (p.phone, p.mobile, p.first.lower().replace(" ", ""), p.sur.lower().replace("'", "").replace(" ", ""), r.randint(1, 99), r.choice(["example.com", "example.net", "mail.example.org"])))
    if c.region == "AU":
        f.append("Medicare No: %s   Ref: %s   Expiry: %02d/%d" % (p.medicare, p.irn, r.randint(1, 12), c.year + r.randint(1, 5)))
        f.append("Concession/Pension card: %s" % r.choice(["No", "Yes - %d%d%d %d%d%d %d%d%dX" % tuple(r.randint(0, 9) for _ in range(9)), "Health Care Card"]))
        f.append("DVA: %s   Private health fund: %s" % (r.choice(["No", "Gold", "White"]), r.choice(["Nil", "Wattle Health Fund #%08d" % r.randint(0, 99999999), "Coastal Mutual #%07d" % r.randint(0, 9999999)])))
        f.append("Aboriginal and/or Torres Strait Islander origin: %s" % r.choice(["No", "Aboriginal", "Torres Strait Islander", "Not stated"]))
        f.append("Country of birth: %s   Interpreter required: %s" % (r.choice(["Australia", "England", "Vietnam", "New Zealand", "Philippines", "Greece", "India"]), r.choice(["No", "Yes"])))
    elif c.region == "NZ":
        f.append("NHI: %s   Ethnicity: %s" % (p.nhi, r.choice(["NZ European", "Maori", "Samoan", "Tongan", "Chinese", "Indian", "Other European"])))
        f.append("Iwi affiliation (optional): %s" % r.choice(["-", "Ngati Kahikatea", "Te Rarawa ki Rimu", "not stated"]))
        f.append("Community Services Card: %s   High Use Health Card: %s" % (r.choice(["Yes", "No"]), r.choice(["No", "Yes"])))
        f.append("Eligibility: %s" % r.choice(["NZ citizen", "Permanent resident", "Work visa >2 years", "Australian citizen resident in NZ"]))
        f.append("Previous GP: %s   Consent to transfer records: %s" % (clin_name(r), r.choice(["Yes", "Yes"])))
    else:
        f.append("PPSN: %s   Medical Card: %s   GP Visit Card: %s" % (p.ppsn, r.choice(["Yes - %s" % p.mcn, "No"]), r.choice(["No", "Yes"])))
        f.append("Private insurance: %s" % r.choice(["None", "Clearwater Health #%08d" % r.randint(0, 99999999), "Lakeland Insurance Plan B"]))
        f.append("Religion: %s   Occupation: %s" % (r.choice(["Roman Catholic", "Church of Ireland", "None", "Not stated"]), r.choice(["Farmer", "Retired", "Teacher", "Student", "Nurse", "Unemployed", "Publican"])))
    f.append("Next of kin: %s (%s)   Ph: %s" % (p.kin_name, p.kin_rel, c.phone()))
    f.append("Usual GP: %s, %s" % (c.gp, c.gp_practice))
    if maybe(r, 0.6):
        f.append("Admission date: %s   Time: %s   Type: %s   Source: %s" % (c.d(), Tc(r), r.choice(["Emergency", "Elective", "Day case", "Transfer"]), r.choice(["ED", "Home", "Other hospital", "RACF", "Outpatients"])))
        f.append("Consultant: %s   Ward: %s   Payment: %s" % (c.consultant, c.ward, r.choice(["Public", "Private (insured)", "Self-funded", "WorkCover", "ACC claim", "DVA", "Public - Medical Card"])))
    if maybe(r, 0.5):
        f.append("Allergies: %s" % allergy(c))
    f.append("I declare the above information is correct.  Signature: ________  Date: %s" % D(r, c.date, "slash"))
    parts.append("\n".join(f))
    if maybe(r, 0.4):
        parts.append(r.choice(["Privacy: your information is collected and handled in accordance with the applicable privacy legislation.",
                               "Please notify reception of any change of address or phone number.", "OFFICE USE: entered by %s" % r.choice(FIRST_F)]))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# insurance card copy
# ---------------------------------------------------------------------------
def gen_insurance_card(c):
    r, p = c.r, c.p
    parts = []
    parts.append(r.choice(["[Copy of card - front]", "SCANNED CARD", "Photocopy of card", "Card image", ""]))
    kind = r.choice(["nat", "fund", "conc"])
    if c.region == "AU":
        if kind == "nat":
            parts.append("medicare\n%s %s %s\n%s  %s.%s %s\nVALID TO %02d/%d" % (p.medicare.replace(" ", " ")[:4], p.medicare[4:10].strip(), p.medicare[-1], p.irn, p.first.upper(), p.middle[0].upper(), p.sur.upper(), r.randint(1, 12), c.year + r.randint(1, 5)))
            if maybe(r, 0.5):
                parts.append("%s  %s\n%s  %s" % (str(int(p.irn) + 1), r.choice(FIRST_F + FIRST_M).upper() + " " + p.sur.upper(), str(int(p.irn) + 2), r.choice(FIRST_F + FIRST_M).upper() + " " + p.sur.upper()))
        elif kind == "fund":
            parts.append("%s\nMember: %s %s\nMembership No: %08d  Suffix %02d\nCover: %s\nMember since %d   Valid until %02d/%d\nProvider enquiries %s" % (
                r.choice(["WATTLE HEALTH FUND", "Coastal Health Mutual", "Ironbark Members Health", "Brolga Health Insurance"]), p.first.upper(), p.sur.upper(), r.randint(0, 99999999), r.randint(1, 5),
                r.choice(["Gold Hospital + Top Extras", "Basic Plus Hospital", "Silver Hospital / Mid Extras", "Extras only"]), r.randint(1985, c.year), r.randint(1, 12), c.year + 1, "13 %02d %02d" % (r.randint(0, 99), r.randint(0, 99))))
        else:
            parts.append("%s\n%s %s\nCRN %03d %03d %03d%s\n%s\nExpiry %s" % (r.choice(["PENSIONER CONCESSION CARD", "HEALTH CARE CARD", "DVA GOLD CARD", "Commonwealth Seniors Health Card"]), p.first.upper(), p.sur.upper(),
                                                                       r.randint(0, 999), r.randint(0, 999), r.randint(0, 999), r.choice("ABCHJKLX"), c.addr(), D(r, c.days(r.randint(100, 900)), "slash")))
    elif c.region == "NZ":
        if kind == "fund":
            parts.append("%s\nPolicy holder: %s %s\nPolicy no. %s-%06d\nPlan: %s\nMember No %02d" % (r.choice(["KAURI HEALTH COVER", "Tui Mutual Health", "Harbourlight Health Society"]), p.first, p.sur, r.choice(["KHC", "TM", "HL"]), r.randint(0, 999999),
                                                                                          r.choice(["Wellbeing Two", "Surgical & Specialist", "Hospital Care Plus"]), r.randint(1, 6)))
        else:
            parts.append("%s\n%s %s\nClient no: %03d-%03d-%03d\nValid until %s%s" % (r.choice(["COMMUNITY SERVICES CARD", "HIGH USE HEALTH CARD", "SuperGold Card"]), p.first.upper(), p.sur.upper(), r.randint(0, 999), r.randint(0, 999), r.randint(0, 999),
                                                                            D(r, c.days(r.randint(100, 1000)), "slash"), "\nNHI %s" % p.nhi if maybe(r, 0.5) else ""))
    else:
        if kind == "nat":
            parts.append("%s\n%s %s\nCard No: %s\nGP: %s\nValid to %s" % (r.choice(["MEDICAL CARD", "GP VISIT CARD", "Cárta Leighis / Medical Card"]), p.first.upper(), p.sur.upper(), p.mcn, c.gp, D(r, c.days(r.randint(100, 1100)), "slash")))
        elif kind == "fund":
            parts.append("%s\nMember: %s %s\nMembership No: %s%07d\nPlan: %s\nHospital cover: %s" % (r.choice(["CLEARWATER HEALTH", "Lakeland Health Insurance", "Shannon Mutual Health"]), p.first, p.sur, r.choice(["CW", "LH", "SM"]), r.randint(0, 9999999),
                                                                                           r.choice(["Health Plan 26.1", "Essential Plus", "Family Care Level 3"]), r.choice(["Public & private", "Private room semi-private", "Public hospitals only"])))
        else:
            parts.append("EUROPEAN HEALTH INSURANCE CARD\n3 Name: %s\n4 Given names: %s\n5 Date of birth: %s\n6 Personal ID: %s\n7 Institution: HSE - %d\n8 Card ID: 80372%012d\n9 Expiry: %s" % (
                p.sur.upper(), p.first.upper(), D(r, p.dob, "slash"), p.ppsn, r.randint(1000, 9999), r.randint(0, 10 ** 12 - 1), D(r, c.days(r.randint(100, 1500)), "slash")))
    if maybe(r, 0.6):
        parts.append(r.choice(["[Reverse]\nThis card must be presented with each claim. Lost cards: phone %s." % c.phone(), "[back of card - signature strip]", "Copied at reception %s by %s" % (D(r, c.date, "slash"), r.choice(FIRST_F)), "Verified online %s" % D(r, c.date, "slash")]))
    if maybe(r, 0.4):
        parts.append("Patient: %s  %s" % (c.pname("upper"), c.id_lines()[0]))
    return "\n\n".join(x for x in parts if x)

# ---------------------------------------------------------------------------
# nursing note
# ---------------------------------------------------------------------------
def gen_nursing_note(c):
    r, p = c.r, c.p
    case = case_for(c)
    rn = "%s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(CLIN_SUR))
    des = r.choice(["RN", "EN", "CN", "RGN", "CNM1", "Staff Nurse"]) if c.region == "IE" else r.choice(["RN", "EN", "CN", "RN2"])
    v = r.randint(0, 3)
    parts = []
    if maybe(r, 0.4):
        parts.append(sticker(c))
    if v == 0:
        parts.append("%s %s  %s  Nursing" % (D(r, c.date, "slash"), r.choice(["AM", "PM", "ND", "0700-1530", "1330-2130", "2100-0730"]), r.choice(["", "shift report", "progress notes"])))
        items = [r.choice(["Pt alert & orientated, settled.", "Pt drowsy but rousable, confused at times.", "Slept well overnight.", "Restless early in shift."]),
                 "Obs: %s. %s" % (vitals(c, "terse"), r.choice(["NEWS 1", "ADDS 0", "EWS 3 - RMO informed", "MEWS 2", "within flags"])),
                 r.choice(["Pain 3/10 at rest, PRN Endone 5mg given 1400 with effect.", "Denies pain.", "Pain 7/10 - PRN given, reassessed 30 min - 4/10."]),
                 r.choice(["Tolerating diet & fluids.", "Fluid balance +600 mL.", "IDC draining clear urine 40-60 mL/h.", "NBM for theatre, IVT running @ 80 mL/h."]),
                 r.choice(["BNO today - aperients given.", "BO x1 formed.", "Voiding independently."]),
                 r.choice(["Mobilised to bathroom with 4WW and 1 assist.", "Bed rest; 2-hourly pressure area care.", "Sat out in chair for lunch.", "Falls risk - bed alarm on, low bed."]),
                 r.choice(["Family visited.", "Wife updated by phone.", "Awaiting physio review.", "D/C planning in progress."])]
        parts.append("\n".join(items[:r.randint(4, 7)]))
        parts.append("%s %s" % (rn, des))
    elif v == 1:
        parts.append(r.choice(["NURSING ADMISSION ASSESSMENT", "Nursing Admission Form", "Adult Admission Assessment - Nursing"]))
        parts.append("Arrived on ward %s via %s. Reason for admission: %s" % (Tc(r), r.choice(["trolley from ED", "wheelchair", "ambulance from peripheral hospital", "walked from admissions"]), case["dx"]))
        parts.append("Baseline obs: %s\nWeight: %d kg   Height: %d cm" % (vitals(c, "line"), r.randint(40, 140), r.randint(145, 195)))
        parts.append("Falls risk (%s): %s\nPressure injury risk (%s): %d - %s\nMalnutrition screen (MST): %d" % (r.choice(["Ontario", "Morse", "STRATIFY"]), r.choice(["low", "medium", "high"]),
                     r.choice(["Waterlow", "Braden", "Norton"]), r.randint(6, 24), r.choice(["low risk", "at risk", "high risk - air mattress ordered"]), r.randint(0, 5)))
        parts.append("Skin: %s\nContinence: %s\nCognition: %s\nValuables: %s" % (r.choice(["intact", "stage 2 PI sacrum - photographed", "skin tear L forearm, Mepitel applied", "bruising both arms"]),
                     r.choice(["continent", "urge incontinence - pads", "IDC in situ"]), r.choice(["intact", "known dementia", "mildly confused"]), r.choice(["sent home with family", "nil", "wedding ring - taped"])))
        parts.append("Orientation to ward completed. ID band x2 applied. Allergy band: %s." % r.choice(["not required", "applied - red"]))
        parts.append("%s, %s" % (rn, des))
    elif v == 2:
        parts.append("%s %s ISBAR handover / escalation" % (D(r, c.date, "slash"), Tc(r)))
        parts.append("I: %s, %s bed %d\nS: %s\nB: Admitted with %s. PMHx %s.\nA: %s\nR: %s" % (
            c.pname("upper"), c.ward, r.randint(1, 32), r.choice(["SBP 85, HR 118", "new chest pain 6/10", "SpO2 87% on 2L", "GCS dropped 15 to 12", "temp 39.0 with rigors", "urine output <30 mL/h x 3h"]),
            case["dx"], case["pmh"], r.choice(["concerned - deteriorating", "stable but trending down", "possibly septic"]),
            r.choice(["RMO to review within 30 min", "MET call activated %s" % Tc(r), "review requested; bloods and cultures collected", "ECG done and sent to Reg"])))
        parts.append("Outcome: %s" % r.choice(["reviewed by %s, fluids charted" % c.junior, "transferred to HDU", "improved after intervention", "continues on 1/24 obs"]))
        parts.append("%s %s" % (rn, des))
    else:
        parts.append(r.choice(["Wound Care Note", "Wound assessment", "Community Nursing Visit", "District Nursing Note"]))
        parts.append("%s  Visit %s" % (c.d(), r.choice(["home", "clinic", "ward"])))
        parts.append("Wound: %s. Size %d x %d mm, depth %d mm. Bed %d%% granulation, %d%% slough. Exudate %s. Surrounding skin %s." % (
            r.choice(["venous leg ulcer L gaiter", "surgical wound abdomen", "pressure injury sacrum stage 3", "skin tear R shin", "diabetic foot ulcer R hallux"]),
            r.randint(5, 80), r.randint(5, 60), r.randint(0, 12), r.randint(30, 100), r.randint(0, 60), r.choice(["low serous", "moderate", "heavy, purulent"]), r.choice(["intact", "macerated", "erythema 1 cm margin", "dry, flaky"])))
        parts.append("Cleansed with %s. Dressing: %s. %s" % (r.choice(["normal saline", "Prontosan", "warm water"]), r.choice(["Aquacel Ag + Mepilex Border", "Acticoat + Opsite", "Kaltostat + Combine", "Inadine + Hypafix", "compression 2-layer"]),
                                                          r.choice(["Next visit 2 days.", "GP informed re possible infection.", "Photo taken for records.", "Swab sent."])))
        parts.append(rn + " " + des)
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# emergency department note
# ---------------------------------------------------------------------------
def gen_ed_note(c):
    r, p = c.r, c.p
    case = case_for(c)
    cat = r.randint(1, 5)
    parts = []
    if maybe(r, 0.4):
        parts.append(letterhead(c))
    v = r.randint(0, 1)
    title = r.choice(["EMERGENCY DEPARTMENT RECORD", "ED Medical Record", "Emergency Department Clinical Notes", "ED Attendance", "Emergency Department Discharge Letter",
                      "Emergency Medicine - Consultation", "ED Note", ""])
    if title:
        parts.append(title)
    if maybe(r, 0.6):
        parts.append(sticker(c))
    arr = Tc(r)
    parts.append("Arrival: %s %s   Mode: %s   Triage cat: %d   %s" % (D(r, c.date, "slash"), arr, r.choice(["ambulance", "self/private car", "walked in", "police", "helicopter retrieval", "GP referral"]), cat,
                                                                     r.choice(["Seen by: %s %s" % (c.junior, c.junior_title), "Doctor seen: %s" % Tc(r), ""])))
    parts.append("Triage note: %s. %s" % (cap(case["pc"]) if v == 0 else case["pc"], vitals(c, "terse")))
    if v == 0:
        parts.append("HPI: %d%s %s. %s %s" % (p.age, p.sex, case["pc"], r.choice(["Took paracetamol at home with minimal relief.", "No trauma.", "GP sent in with letter.", "Ambulance gave methoxyflurane and fentanyl 50 mcg IN."]), " ".join(pick(r, ROS_ED, 2))))
        parts.append("PMHx: %s\nMeds: %s\nAllergy: %s\nSocial: %s" % (case["pmh"], ", ".join(m[0].split(" (")[0] for m in med_set(c, None, r.randint(1, 5))), allergy(c), r.choice(["lives with family", "lives alone", "RACF resident", "from out of town"])))
        parts.append("Exam: %s" % case["exam"])
        parts.append("Ix: %s. %s" % (case["ix"], r.choice(["VBG lactate %.1f." % r.uniform(0.8, 4.5), "ECG SR, no acute changes.", "Bedside USS performed.", "Urine bHCG negative." if p.sex == "F" else "UA NAD."])))
        parts.append("ED management: %s" % ", ".join(pick(r, ["IV access + bloods", "IV fluids 1 L", "IV morphine 2.5 mg x2", "ondansetron 4 mg IV", "IV antibiotics per eTG", "aspirin 300 mg", "nebs x3",
                                                              "analgesia", "tetanus booster", "backslab applied", "reduction under sedation", "CT requested"], r.randint(2, 5))))
        parts.append("Diagnosis: %s" % case["dx"])
        parts.append("Disposition: %s at %s" % (r.choice(["admitted under %s (%s)" % (case["spec"], c.consultant), "discharged home", "transferred to tertiary centre", "admitted to ED short stay unit", "left before completion of treatment"]), Tc(r)))
        parts.append("%s %s" % (c.junior, r.choice(["ED Reg", "ED RMO", "FACEM", "ED SHO", "Emergency Medicine Consultant"])))
    else:
        parts.append("History\n%s, a %d-year-old %s, presented to the emergency department with %s. %s %s" % (c.pname("titlesur"), p.age, "man" if p.sex == "M" else "woman", case["pc"],
                     r.choice(["The symptoms began earlier today.", "This has been building for several days.", "%s had been seen by the GP yesterday." % p.he.capitalize()]), " ".join(pick(r, ROS_ED, 3))))
        parts.append("Background: %s. Allergies: %s." % (case["pmh"], allergy(c)))
        parts.append("Examination\n%s. %s." % (vitals(c, "line"), cap(case["exam"])))
        parts.append("Investigations\n%s." % cap(case["ix"]))
        parts.append("Assessment and plan\nImpression of %s. %s. %s" % (case["dx"], cap(case["proc"]), r.choice([
            "Discussed with the %s registrar who accepted the patient for admission." % case["spec"], "Patient improved in the department and was discharged with written advice and GP follow-up.",
            "Referred for inpatient care; handed over to the admitting team at %s." % Tc(r)])))
        parts.append("%s\n%s" % (c.junior, r.choice(["Emergency Registrar", "Senior House Officer, ED", "Senior Medical Officer", "Emergency Physician"])))
    if maybe(r, 0.3):
        parts.append("Time in department: %d h %d min" % (r.randint(1, 11), r.randint(0, 59)))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# transfer summary
# ---------------------------------------------------------------------------
TRANSFER_OPEN = ["{Name} has been with us since {adm} and is being moved on for ongoing care of {dx}.",
                 "Presented here with {pc}; diagnosed with {dx} and managed initially on site.",
                 "Thank you for accepting this {age}-year-old with {dx}, stabilised in our unit.",
                 "Brief summary prior to transfer: {dx}, with a background of {pmh}."]


def gen_transfer_summary(c):
    r, p = c.r, c.p
    case = case_for(c)
    frm = c.hosp
    to = r.choice([h for h in c.R["hosp_pub"] + c.R["hosp_priv"] if h != frm] + ["ICU", "Rehabilitation Unit", "%s Community Hospital" % r.choice(c.R["towns"]), "%s Aged Care (respite)" % r.choice(c.R["towns"])])
    meds = med_set(c, case)
    parts = []
    if maybe(r, 0.5):
        parts.append(letterhead(c))
    parts.append(r.choice(["INTER-HOSPITAL TRANSFER SUMMARY", "Transfer of Care Summary", "Transfer Letter", "Inter-facility Transfer Form", "Intra-hospital transfer - ICU to ward",
                           "Clinical Handover for Transfer", "Retrieval / Transfer Summary"]))
    if maybe(r, 0.5):
        parts.append(sticker(c))
    parts.append("From: %s (%s)\nTo: %s  Accepting clinician: %s\nDate/time of transfer: %s %s\nMode: %s\nEscort: %s" % (
        frm, c.ward, to, clin_name(r), c.d(), Tc(r), r.choice(["road ambulance", "RFDS aircraft" if c.region == "AU" else "rescue helicopter", "patient transport vehicle", "bed transfer (internal)", "family car"]),
        r.choice(["RN", "nil", "paramedic", "retrieval doctor + flight nurse", "ICU nurse"])))
    parts.append("Reason for transfer: %s" % r.choice(["higher level of care", "specialist %s services not available on site" % case["spec"].lower(), "repatriation closer to home", "step-down for rehabilitation", "bed availability", "for %s" % case["proc"]]))
    parts.append("Diagnosis: %s\nBackground: %s" % (case["dx"], case["pmh"]))
    parts.append("Summary of care: %s %s %s" % (fill(c, r.choice(TRANSFER_OPEN), case), "Findings: %s." % case["ix"], r.choice(["Condition has stabilised.", "Remains haemodynamically stable on no supports.", "Requires ongoing oxygen at 2 L/min.", "Mobilising with assistance of one."])))
    parts.append("Current observations: %s" % vitals(c, "line"))
    parts.append("Lines/devices: %s" % ", ".join(pick(r, ["PIVC L forearm (day 2)", "IDC inserted %s" % D(r, c.days(-2), "slash"), "PICC R arm", "NGT", "ICC L - on suction", "nil"], r.randint(1, 3))))
    parts.append("Current medications:\n" + bullets(r, [med_str(r, m, "brief") + ("   last dose %s" % Tc(r) if maybe(r, 0.4) else "") for m in meds]))
    parts.append("Allergies: %s\nInfection control: %s\nResuscitation status: %s" % (allergy(c), r.choice(["nil", "MRSA colonised - contact precautions", "VRE screen pending", "CPE screen negative", "COVID-19 negative PCR"]),
                                                                                         r.choice(["for full resuscitation", "NFR - form attached", "limitations documented in Goals of Care"])))
    parts.append("Outstanding: %s" % r.choice(["blood cultures pending", "histology pending", "nil", "MRI booked at receiving facility", "family meeting requested"]))
    parts.append("Documents sent: %s" % ", ".join(pick(r, ["medication chart", "imaging on disc/PACS", "copies of notes", "observation chart", "consent", "pathology results"], 3)))
    parts.append("Handover given to %s by phone at %s.\n%s %s" % (r.choice(["receiving RN", "accepting registrar", "ICU liaison"]), Tc(r), c.junior, c.junior_title))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# provider orders
# ---------------------------------------------------------------------------
ORDER_POOL = ["Admit to %s under %s", "Obs: %s-hourly; notify if outside ADDS/EWS parameters", "Diet: %s", "Activity: %s", "IV fluids: %s",
              "VTE prophylaxis: %s", "Bloods: %s", "Imaging: %s", "Fluid balance chart", "Daily weight", "BGL %s", "Neuro obs %s", "Oxygen to keep SpO2 %s",
              "Allied health: %s", "Nil by mouth from %s", "IDC: %s", "Wound: %s", "Cease %s", "Notify medical officer if %s"]


def order_fill(c, s, case):
    r = c.r
    subs = {
        "Admit to %s under %s": (c.ward, c.consultant),
        "Obs: %s-hourly; notify if outside ADDS/EWS parameters": (r.choice(["1", "2", "4", "6"]),),
        "Diet: %s": (r.choice(["full ward", "diabetic", "clear fluids", "soft/minced (IDDSI 5)", "low-salt", "NBM"]),),
        "Activity: %s": (r.choice(["as tolerated", "bed rest", "sit out of bed tds", "WBAT with physio", "strict bed rest 4 h"]),),
        "IV fluids: %s": (r.choice(["Hartmann's 1 L 8-hourly", "0.9% NaCl 80 mL/h", "KVO", "Plasma-Lyte 1 L over 4 h then review", "5% glucose + 20 mmol KCl 1 L 10-hourly"]),),
        "VTE prophylaxis: %s": (r.choice(["enoxaparin 40 mg s/c daily", "heparin 5000 units s/c bd", "TEDs + SCDs", "nil - bleeding risk"]),),
        "Bloods: %s": (r.choice(["FBC, UEC, CMP mane", "INR daily", "troponin at 0 and 3 h", "lactate + cultures x2", "LFT, lipase"]),),
        "Imaging: %s": (r.choice(["CXR mobile", "CT brain non-contrast", "US abdomen", "X-ray L hip + pelvis", "CTPA"]),),
        "BGL %s": (r.choice(["qid", "2-hourly", "ac + hs"]),),
        "Neuro obs %s": (r.choice(["1/24 for 24 h", "4/24", "15 min x 4 then hourly"]),),
        "Oxygen to keep SpO2 %s": (r.choice(["92-96%", "88-92%", ">94%"]),),
        "Allied health: %s": (r.choice(["physio, OT, SW", "dietitian", "speech pathology swallow assessment", "pharmacist med rec"]),),
        "Nil by mouth from %s": (r.choice(["midnight", "0600", "now"]),),
        "IDC: %s": (r.choice(["insert, hourly UO", "TWOC in am", "remove day 1"]),),
        "Wound: %s": (r.choice(["leave dressing intact 48 h", "check drain output 4/24", "Opsite, clips out D10"]),),
        "Cease %s": (r.choice(["metformin", "ibuprofen", "perindopril", "oral hypoglycaemics", "warfarin - INR 4.2"]),),
        "Notify medical officer if %s": (r.choice(["SBP <90 or >180", "UO <0.5 mL/kg/h", "GCS drops by 2", "temp >38.5", "BGL <4 or >20"]),),
    }
    return s % subs[s] if s in subs else s


def gen_provider_orders(c):
    r, p = c.r, c.p
    case = case_for(c)
    parts = []
    if maybe(r, 0.7):
        parts.append(sticker(c))
    v = r.randint(0, 2)
    if v == 0:
        parts.append(r.choice(["ADMISSION ORDERS", "Medical Orders", "Doctor's Orders", "Post-operative Orders", "Clinical Orders Sheet", "ORDERS"]))
        parts.append("Date: %s  Time: %s   Diagnosis: %s   Allergies: %s" % (D(r, c.date, "slash"), Tc(r), case["dx"], allergy(c)))
        ords = pick(r, ORDER_POOL, r.randint(5, 12))
        parts.append(bullets(r, [order_fill(c, o, case) for o in ords], "num"))
        meds = med_set(c, case, r.randint(0, 3))
        parts.append("Medications (see NIMC/drug chart):\n" + bullets(r, [med_str(r, m, "brief") for m in meds], "-"))
        parts.append("Resus status: %s\nOrdered by: %s %s   Pager %d\nNoted by RN: ______" % (r.choice(["full", "NFR", "see AMR"]), c.junior, c.junior_title, r.randint(100, 999)))
    elif v == 1:
        parts.append("%s %s  %s" % (D(r, c.date, "slash"), Tc(r), r.choice(["Telephone order", "Verbal order", "Order"])))
        o = pick(r, ORDER_POOL, r.randint(1, 3))
        parts.append("\n".join(order_fill(c, x, case) for x in o))
        parts.append("Order given by %s to %s RN; read back and confirmed. To be countersigned within 24 h." % (c.junior, r.choice(FIRST_F)))
    else:
        parts.append(r.choice(["Pathology / Imaging Request", "Investigation Request Form", "Request for radiology examination"]))
        parts.append("Patient: %s  DOB %s  %s" % (c.pname("upper"), D(r, p.dob, "slash"), c.id_lines()[0]))
        parts.append("Tests requested: %s" % ", ".join(pick(r, ["FBC", "UEC", "LFT", "CRP", "TFT", "HbA1c", "lipids", "iron studies", "B12/folate", "MSU", "INR", "PSA", "CXR", "US abdomen", "CT KUB", "ECG"], r.randint(2, 6))))
        parts.append("Clinical notes: %s\n%s" % (case["pc"], r.choice(["Urgent - phone results", "Routine", "Fasting", "Bulk bill" if c.region == "AU" else "Public", "Copy to %s" % c.consultant])))
        parts.append("Requesting doctor: %s   %s   Signature ____" % (r.choice([c.gp, c.junior]), c.d()))
    return "\n\n".join(parts)

# ---------------------------------------------------------------------------
# discharge instructions / after-visit summary
# ---------------------------------------------------------------------------
DI_TOPICS = {
    "wound": ["Keep your wound clean and dry for the first 48 hours; after that you may shower and pat it dry.", "Do not soak in a bath, spa or swimming pool until the wound has fully healed.",
              "Your stitches or clips need to be removed by your GP or practice nurse in %d days."],
    "activity": ["Avoid lifting anything heavier than a full kettle for %d weeks.", "Walk a little further each day; rest when you are tired.", "Do not drive for %d weeks or while taking strong pain relief."],
    "pain": ["Take paracetamol regularly for the first few days, and the stronger tablets only if needed.", "Strong pain medicine can cause constipation - drink plenty of water and use the laxative provided."],
    "warning": ["Go to your nearest emergency department or call %s if you have chest pain, severe shortness of breath, fainting, or bleeding that will not stop.",
                "Contact your GP if you develop a fever over 38 degrees, increasing redness, swelling or discharge from the wound.",
                "Seek help urgently if your leg becomes swollen, hot or painful, as this may be a blood clot."],
    "heart": ["Weigh yourself every morning after going to the toilet; if you gain more than 2 kg in two days, call your GP.", "Limit your fluids to 1.5 litres a day unless told otherwise.", "Keep your GTN spray with you at all times."],
    "head": ["An adult should stay with you for the next 24 hours.", "Avoid alcohol, sleeping tablets and contact sport until you have been reviewed."],
}


def gen_discharge_instructions(c):
    r, p = c.r, c.p
    case = case_for(c)
    emerg = {"AU": "000", "NZ": "111", "IE": "112 or 999"}[c.region]
    parts = []
    if maybe(r, 0.6):
        parts.append(letterhead(c))
    parts.append(r.choice(["Discharge Information for Patients", "Going Home - Your Discharge Instructions", "AFTER YOUR VISIT", "Patient Discharge Advice",
                           "Information for you and your family", "Emergency Department - Discharge Advice", "Day Surgery Discharge Instructions", "Your Hospital Stay - What Happens Next"]))
    parts.append("Name: %s   Date: %s%s" % (c.pname("full"), c.d(), "   %s" % c.id_lines()[0] if maybe(r, 0.5) else ""))
    parts.append("You were in hospital because of: %s" % case["dx"] if maybe(r, 0.6) else "Your diagnosis today: %s" % case["dx"])
    if maybe(r, 0.6):
        parts.append("What we did: %s" % case["proc"])
    topics = ["warning"] + pick(r, [k for k in DI_TOPICS if k != "warning"], r.randint(1, 3))
    for t in topics:
        lines = []
        for s in DI_TOPICS[t]:
            if "%d" in s:
                s = s % r.randint(2, 14)
            if "%s" in s:
                s = s % emerg
            lines.append(s)
        hdr = {"wound": "Caring for your wound", "activity": "Activity", "pain": "Pain relief", "warning": "When to seek help", "heart": "Looking after your heart", "head": "After a head injury or sedation"}[t]
        parts.append(hdr + "\n" + bullets(r, lines, r.choice(["-", "*", "o"])))
    meds = med_set(c, case, r.randint(0, 2))
    parts.append("Your medicines\n" + "\n".join("%s - take %s %s" % (m[0], m[1], m[2]) for m in meds) + ("\nPlease stop taking %s." % r.choice(["ibuprofen (Nurofen)", "your old blood pressure tablet", "the sleeping tablets"]) if maybe(r, 0.4) else ""))
    parts.append("Follow-up appointments\n" + bullets(r, ["See your GP (%s) within %d days." % (c.gp, r.randint(2, 14)), "%s clinic - you will receive a letter or text message with the date." % case["spec"],
                                                           r.choice(["Blood test in one week - form given.", "Physio appointment booked.", "Community nurse will visit tomorrow.", "Nothing further needed."])]))
    if maybe(r, 0.5):
        parts.append(r.choice(["For health advice 24 hours a day call %s." % {"AU": "the health advice line on 1800 %03d %03d" % (r.randint(0, 999), r.randint(0, 999)), "NZ": "Healthline 0800 %03d %03d" % (r.randint(0, 999), r.randint(0, 999)), "IE": "the out-of-hours GP service on %s" % c.phone()}[c.region],
                               "If you have questions about your medicines, ask your community pharmacist.", "A copy of your discharge summary has been sent to your GP."]))
    if maybe(r, 0.4):
        parts.append("I have received and understood these instructions. Patient/carer: ________  Nurse: %s" % r.choice(FIRST_F))
    return "\n\n".join(parts)


# ---------------------------------------------------------------------------
# other / miscellaneous
# ---------------------------------------------------------------------------
EXERCISES = ["Heel slides: lying on your back, slide your heel towards your bottom, hold 5 seconds. Repeat 10 times.",
             "Static quads: tighten the muscle on the front of your thigh, pushing the back of your knee down. Hold 5 seconds x 10.",
             "Ankle pumps: point and flex your feet briskly for 30 seconds every hour while resting.",
             "Sit to stand: from a firm chair, stand up without using your hands if able. 3 sets of 8.",
             "Shoulder pendulum: lean forward supported on a table and let the arm swing gently in small circles for 1 minute.",
             "Bridging: lying with knees bent, lift your bottom off the bed, hold 5 seconds, lower slowly. 10 repetitions.",
             "Wall push-ups: stand an arm's length from the wall and slowly bend the elbows. 2 sets of 10.",
             "Calf raises: holding the bench, rise up onto your toes and lower slowly. 15 times.",
             "Chin tucks: sit tall and gently draw your chin back, hold 5 seconds x 10."]


def gen_other(c):
    r, p = c.r, c.p
    kind = r.randint(0, 7)
    parts = []
    if kind == 0:  # fax cover
        parts.append(r.choice(["FACSIMILE", "FAX COVER SHEET", "Fax Transmission"]))
        parts.append("To: %s   Fax: %s\nFrom: %s   Fax: %s\nDate: %s   Pages (incl. cover): %d\nRe: %s" % (r.choice([c.gp, "Medical Records", "%s Outpatients" % c.hosp]), c.phone(), r.choice([c.hosp, c.gp_practice, r.choice(c.R["rad"])]), c.phone(), c.d(), r.randint(2, 12), c.pname("upper")))
        parts.append(r.choice(["Please find attached results as requested.", "Urgent - please forward to treating doctor.", "Attached: discharge paperwork.", "Copy of referral for your records."]))
        parts.append("CONFIDENTIALITY NOTICE: The information in this facsimile is confidential and may be legally privileged. If you have received it in error, please notify the sender by telephone and destroy the document.")
    elif kind == 1:  # home exercise programme
        parts.append(r.choice(["Home Exercise Programme", "Physiotherapy - Your Exercises", "HOME EXERCISE SHEET"]))
        parts.append("Name: %s   Physio: %s %s   Date: %s" % (c.pname("full"), r.choice(FIRST_F + FIRST_M), r.choice(CLIN_SUR), c.d()))
        parts.append(bullets(r, pick(r, EXERCISES, r.randint(3, 6)), "num"))
        parts.append(r.choice(["Do these exercises 2-3 times a day. Stop if you have sharp pain and let us know.", "Some discomfort is normal, but pain should settle within an hour.", "Bring this sheet to your next appointment."]))
    elif kind == 2:  # billing statement / account
        parts.append(r.choice(["TAX INVOICE", "Account Statement", "Statement of Account", "Invoice"]))
        parts.append("%s\n%s" % (r.choice([c.gp_practice, rooms_letterhead(c, c.consultant, r.choice(["Physician", "Surgeon", "Anaesthetist"]))]), "Invoice no %06d   Date %s" % (r.randint(0, 999999), c.d())))
        parts.append("Patient: %s\nAccount to: %s" % (c.pname("title"), r.choice([c.pname("title"), p.kin_name, "Health fund"])))
        lines = []
        tot = 0.0
        for _ in range(r.randint(1, 4)):
            amt = round(r.uniform(45, 900), 2)
            tot += amt
            if c.region == "AU":
                lines.append("%s  Item %d  %-34s $%8.2f" % (D(r, c.date, "slash"), r.choice([23, 36, 104, 105, 110, 116, 30390, 17610, 11700]), r.choice(["Consultation", "Initial specialist attendance", "Subsequent attendance", "Procedure", "ECG tracing and report"]), amt))
            else:
                lines.append("%s  %-40s %s%8.2f" % (D(r, c.date, "slash"), r.choice(["Consultation fee", "Procedure fee", "Theatre fee", "Review consultation", "Dressing supplies"]), "$" if c.region == "NZ" else "EUR ", amt))
        parts.append("\n".join(lines))
        parts.append("Total: %.2f   Paid: %.2f   Balance due: %.2f" % (tot, 0.0 if maybe(r, 0.5) else tot, tot if maybe(r, 0.5) else 0.0))
        parts.append(r.choice(["Payment due within 14 days. EFT details on reverse.", "Medicare rebate may apply." if c.region == "AU" else "GST included where applicable.", "Thank you for your payment."]))
    elif kind == 3:  # diet / BGL diary
        parts.append(r.choice(["Food and Fluid Record", "Blood Glucose Diary", "Bowel Chart", "Diet Diary - 3 day"]))
        parts.append("Name: %s   Week starting %s" % (c.pname("full"), c.d()))
        rows = []
        for i in range(r.randint(3, 7)):
            dd = c.days(i)
            rows.append("%s  %s" % (D(r, dd, "slash"), r.choice(["Bkfst %.1f  Lunch %.1f  Dinner %.1f  Bed %.1f" % tuple(r.uniform(4, 16) for _ in range(4)),
                                                             "B: toast, tea  L: sandwich  D: chops, veg  Fluids %d mL" % r.randint(800, 2400),
                                                             "Type %d (Bristol), %s" % (r.randint(1, 7), r.choice(["small", "medium", "large"]))])))
        parts.append("\n".join(rows))
        parts.append(r.choice(["Bring this to your next appointment.", "Reviewed by dietitian.", "Notes: felt hypo Tuesday afternoon.", ""]))
    elif kind == 4:  # medical certificate
        parts.append(r.choice(["MEDICAL CERTIFICATE", "Certificate of Capacity", "Sick Certificate"]))
        parts.append("I certify that I examined %s on %s. In my opinion %s %s from %s to %s inclusive." % (c.pname("title"), c.d(), p.he, r.choice(["is unfit for work", "is unfit to attend school", "has been unable to attend study", "is fit for light duties only"]),
                                                                                          c.d(), c.d(c.days(r.randint(1, 14)))))
        parts.append("Nature of illness: %s" % r.choice(["medical condition", "viral illness", "injury", "as discussed (patient requests confidentiality)"]))
        parts.append("%s  %s" % (c.gp, c.gp_practice))
    elif kind == 5:  # release of information request
        parts.append(r.choice(["Request for Access to Health Information", "AUTHORITY TO RELEASE MEDICAL RECORDS", "Freedom of Information Request"]))
        parts.append("I, %s (DOB %s), authorise %s to release %s to %s." % (c.pname("full"), D(r, p.dob, "slash"), c.hosp, r.choice(["all records from %d onward" % r.randint(1998, c.year), "the discharge summary and imaging reports", "my complete file"]),
                                                                          r.choice(["my solicitor, %s & Partners" % r.choice(CLIN_SUR), "%s (insurer)" % r.choice(["Coastal Mutual", "Kauri Life"]), "my new GP, %s" % clin_name(r), "myself"])))
        parts.append("Proof of identity sighted: %s\nSignature: ______   Date: %s\nOffice use - processed by %s, fee %s" % (r.choice(["driver licence", "passport", "Medicare card"]), c.d(), r.choice(FIRST_F), r.choice(["waived", "$30.00", "EUR 0"])))
    elif kind == 6:  # telephone message / phone log
        parts.append(r.choice(["Telephone Message", "PHONE CALL LOG", "Message for Doctor"]))
        parts.append("%s %s  Caller: %s (%s)  Ph %s" % (D(r, c.date, "slash"), Tc(r), r.choice([p.kin_name, c.pname("full"), "pharmacy", "lab"]), r.choice([p.kin_rel, "self", "pharmacist", "scientist"]), p.mobile))
        parts.append("Msg: %s" % r.choice(["requesting repeat script for %s" % r.choice(MEDS)[0], "asking about test results", "wants to reschedule appointment to next week", "pharmacy query re dose of %s" % r.choice(MEDS)[0], "critical result called - K+ 6.4"]))
        parts.append("Taken by: %s   Actioned: %s" % (r.choice(FIRST_F), r.choice(["Dr advised - call back", "script faxed", "appt moved", "pending"])))
    else:  # patient education leaflet (not discharge)
        topic = r.choice(["Low Salt Eating", "Managing Your Blood Sugar", "Looking After Your Feet", "Preventing Falls at Home", "Using Your Spacer", "Coming in for a Colonoscopy - Bowel Preparation"])
        parts.append(topic)
        body = {"Low Salt Eating": ["Choose fresh foods over packaged foods where you can.", "Check labels - less than 120 mg sodium per 100 g is a good choice.", "Flavour meals with herbs, lemon and pepper instead of salt."],
                "Managing Your Blood Sugar": ["Check your sugar levels as your diabetes team advised.", "If your reading is under 4, have 6-7 jellybeans or half a can of regular soft drink.", "Keep active - a 30 minute walk most days helps."],
                "Looking After Your Feet": ["Check your feet every day for cuts, blisters or colour change.", "Wear well-fitting shoes and never walk barefoot outside.", "See a podiatrist at least once a year."],
                "Preventing Falls at Home": ["Remove loose mats and clutter from walkways.", "Use a night light between the bedroom and toilet.", "Stand up slowly, especially after meals."],
                "Using Your Spacer": ["Shake the puffer and fit it into the spacer.", "Breathe out gently, seal lips around the mouthpiece, press once and take 4 breaths.", "Wash the spacer monthly in warm soapy water and let it drip dry."],
                "Coming in for a Colonoscopy - Bowel Preparation": ["Stop iron tablets 7 days before.", "Have a low-residue diet for 2 days before - no seeds, nuts or wholegrain bread.", "Start the bowel prep drink at 1600 the day before as instructed."]}[topic]
        parts.append(bullets(r, body))
        parts.append(r.choice(["Produced by %s Patient Education Committee." % c.hosp, "Ask your nurse or doctor if you have any questions.", "Leaflet ref PI-%03d, reviewed %d." % (r.randint(1, 300), c.year)]))
    return "\n\n".join(x for x in parts if x)


GENERATORS = {k: globals()["gen_" + k] for k in TYPES}


def make_doc(master_seed, label, idx, attempt):
    h = hashlib.sha256(("%s|%s|%d|%d" % (master_seed, label, idx, attempt)).encode()).hexdigest()
    rng = random.Random(int(h[:16], 16))
    c = Ctx(rng)
    text = GENERATORS[label](c)
    text = scan_noise(c, text)
    # normalise excessive blank lines
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text.strip() + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    seen = set()
    with open(a.out, "w", encoding="utf-8") as f:
        for label in TYPES:
            for i in range(a.per_type):
                attempt = 0
                while True:
                    text = make_doc(a.seed, label, i, attempt)
                    key = hashlib.md5(text.encode()).hexdigest()
                    if key not in seen:
                        seen.add(key)
                        break
                    attempt += 1
                    if attempt > 50:
                        raise SystemExit("could not make distinct document for %s" % label)
                rec = {"id": "fam_southern-s%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
