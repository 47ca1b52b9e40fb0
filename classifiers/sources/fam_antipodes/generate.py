#!/usr/bin/env python3
"""Deterministic generator of fictitious AU/NZ/IE medical-record documents (standard library only).

All names, identifiers, hospitals, practices and laboratories are invented.
Usage: python generate.py --seed N --per-type K --out docs.jsonl
"""
import argparse
import hashlib
import json
import random
import datetime as _dt

# ---------------------------------------------------------------- people
FIRST_F = ["Aoife", "Siobhan", "Niamh", "Ciara", "Grainne", "Mairead", "Roisin", "Kylie", "Sharon", "Leanne",
           "Tania", "Bronwyn", "Narelle", "Jodie", "Megan", "Chloe", "Hine", "Aroha", "Mere", "Ngaire",
           "Kiri", "Emma", "Olivia", "Charlotte", "Ruby", "Isla", "Mia", "Sienna", "Margaret", "Dorothy",
           "Joan", "Beryl", "Noeline", "Patricia", "Deirdre", "Maureen", "Bridget", "Linh", "Priya", "Mei",
           "Fatima", "Sione", "Losa", "Anahera", "Tegan", "Brooke", "Kerry-Anne", "Eileen", "Sinead", "Orla"]
FIRST_M = ["Liam", "Cian", "Padraig", "Eoin", "Darragh", "Seamus", "Declan", "Brendan", "Shane", "Bruce",
           "Darren", "Craig", "Wayne", "Trent", "Jarrod", "Lachlan", "Hamish", "Angus", "Tane", "Wiremu",
           "Rawiri", "Manaia", "Hemi", "Jack", "Oliver", "Noah", "Cooper", "Mitchell", "Kevin", "Colin",
           "Desmond", "Gerard", "Noel", "Keith", "Graeme", "Barry", "Thanh", "Rajesh", "Ahmed", "Sefa",
           "Tomasi", "Ioane", "Fergus", "Ronan", "Killian", "Dermot", "Clive", "Murray", "Reuben", "Tipene"]
SURNAMES = ["Fitzwarren", "Quillby", "Brennock", "Mulgrave", "Tappington", "Ockleston", "Harrowfield", "Kinsale-Bray",
            "Dunphey", "Carrigmore", "Wattleford", "Penhallow", "Ngatoro-Vance", "Te Rangihope", "Whareiti",
            "McFaddery", "O'Brolcan", "Ni Fhlannery", "MacCarrow", "Bellwether", "Stringybark", "Gumtree",
            "Crossthwaite", "Pemberly", "Ashgrove", "Tullamore-Finch", "Kilbrannagh", "Moorabbin-Shaw",
            "Leatherwood", "Kowhaiwood", "Paddington-Roe", "Illawong", "Yarrabend", "Corrigeen", "Drumcliffe",
            "Fennessy-Hart", "Blackwattle", "Huntingdale", "Nguyen-Parr", "Tuilagi-Webb", "Fonoti", "Sandilands",
            "Rathbone", "Quartermaine", "Lochlainn", "Ferncastle", "Coolabah", "Brushtail", "Merriwa", "Dargaville-Ross"]
TITLES_DR = ["Dr", "Dr", "Dr", "Mr", "Ms", "Prof", "A/Prof", "Miss"]

COUNTRIES = {
    "AU": {
        "hospitals": ["Wattlebrook Base Hospital", "Southern Banksia Public Hospital", "Mt Corella District Health Service",
                      "Riverbend General Hospital", "St Columba's Private Hospital", "Jacaranda Coast University Hospital",
                      "Greater Ironbark Health - Kestrel Hospital", "Kookaburra Flats Hospital", "Lyrebird Valley Private"],
        "towns": [("Wattlebrook", "NSW", "2799"), ("Kestrel Heights", "QLD", "4599"), ("Bandicoot Bay", "WA", "6799"),
                  ("Ironbark", "VIC", "3999"), ("Corella Downs", "SA", "5799"), ("Quoll Creek", "TAS", "7399"),
                  ("Brolga Park", "NT", "0899"), ("Wombat Hill", "ACT", "2699")],
        "health_service": ["Greater Ironbark Health", "Jacaranda Coast Local Health District", "Southern Banksia Health Network",
                           "Wattlebrook Health Service"],
        "phone": lambda r: "(0%d) %d %04d %04d" % (r.choice([2, 3, 7, 8]), r.randint(0, 0), r.randint(5000, 9999), r.randint(0, 9999)) if False else "(0%d) %04d %04d" % (r.choice([2, 3, 7, 8]), r.randint(5550, 5559), r.randint(0, 9999)),
        "emergency": "000",
        "gp_word": ["GP", "LMO", "general practitioner"],
        "radiology": ["Bluegum Radiology", "Coastline Medical Imaging", "Wattlebrook Diagnostic Imaging", "Sandstone X-Ray & Ultrasound"],
        "pathology": ["Ironbark Pathology", "Coastal Clinical Laboratories", "Southern Banksia Pathology Service", "Red Gum Pathology"],
        "practice": ["Wattlebrook Family Practice", "Main Street Medical Centre", "Kestrel Heights Medical", "Bayside GP Clinic",
                     "Corella Downs Health Hub", "Brolga Park Aboriginal Medical Service"],
    },
    "NZ": {
        "hospitals": ["Kowhai Valley Hospital", "Te Awa Roa Hospital", "Harbourview Base Hospital", "Southern Lakes Hospital",
                      "Pohutukawa Private Surgical", "Rimu Bay Hospital", "Totara Plains Hospital"],
        "towns": [("Kowhai Valley", "", "3999"), ("Rimu Bay", "", "0199"), ("Totara Plains", "", "4899"),
                  ("Harbourview", "", "7099"), ("Matai Springs", "", "9399")],
        "health_service": ["Te Whatu Ora - Kowhai Valley", "Kowhai Valley DHB", "Rimu Bay District Health Board", "Southern Lakes DHB"],
        "phone": lambda r: "(0%d) %03d %04d" % (r.choice([3, 4, 6, 7, 9]), r.randint(550, 559), r.randint(0, 9999)),
        "emergency": "111",
        "gp_word": ["GP", "general practitioner", "family doctor"],
        "radiology": ["Kauri Radiology", "Harbourview Imaging", "Southern Lakes Radiology Ltd"],
        "pathology": ["Totara Community Laboratories", "Kowhai Labs", "Southern Lakes Pathology"],
        "practice": ["Rimu Bay Medical Centre", "Totara Plains Health", "Matai Springs Family Doctors", "Harbourview Health Centre",
                     "Te Puna Hauora Clinic"],
    },
    "IE": {
        "hospitals": ["St Brigid's University Hospital", "Midland Regional Hospital Ballyfern", "Our Lady of the Wells Hospital",
                      "Ballycorrig General Hospital", "Beacon Hill Private Clinic", "St Kieran's Regional Hospital",
                      "South Shannon University Hospital"],
        "towns": [("Ballyfern", "Co. Westmeath", ""), ("Ballycorrig", "Co. Cork", ""), ("Kilbrack", "Co. Kerry", ""),
                  ("Dunmoyle", "Co. Donegal", ""), ("Rathgallen", "Dublin 24", ""), ("Carrigbawn", "Co. Galway", "")],
        "health_service": ["HSE Midlands Hospital Group", "South/Southwest Hospital Group", "Saolta-West Group", "HSE Dublin Midlands"],
        "phone": lambda r: "(0%d) %03d %04d" % (r.choice([1, 21, 44, 57, 61, 91]), r.randint(550, 559), r.randint(0, 9999)),
        "emergency": "112 or 999",
        "gp_word": ["GP", "family doctor", "general practitioner"],
        "radiology": ["Shannonside Radiology", "Liffeyview Imaging Centre", "Ballyfern Diagnostic Imaging"],
        "pathology": ["Midlands Regional Laboratory", "St Brigid's Department of Pathology", "Corrib Clinical Laboratory"],
        "practice": ["Main Street Medical Practice", "Ballyfern Family Practice", "The Surgery, Church Road", "Kilbrack Primary Care Centre",
                     "Rathgallen Medical Centre"],
    },
}
STREETS = ["Banksia St", "Wattle Ave", "Kowhai Rd", "Church Road", "Station St", "Rata Cres", "Main Street", "Bellbird Cl",
           "Ironbark Dr", "The Crescent", "Convent Hill", "Pohutukawa Pl", "Mallee Ct", "Greenfield Park", "Jarrah Way"]


def rand_date(r, y0=1998, y1=2024):
    start = _dt.date(y0, 1, 1).toordinal()
    end = _dt.date(y1, 12, 28).toordinal()
    return _dt.date.fromordinal(r.randint(start, end))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fmt_date(r, d, style=None):
    s = style if style is not None else r.randint(0, 6)
    if s == 0:
        return d.strftime("%d/%m/%Y")
    if s == 1:
        return d.strftime("%d/%m/%y")
    if s == 2:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if s == 3:
        return d.strftime("%d-%b-%Y")
    if s == 4:
        return d.strftime("%d.%m.%Y")
    if s == 5:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    return d.strftime("%d/%m/%Y")


def fmt_time(r):
    if r.random() < 0.6:
        return "%02d%02d" % (r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))
    return "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))


def digits(r, n):
    return "".join(str(r.randint(0, 9)) for _ in range(n))


def medicare_no(r):
    return "%s %s %s %d" % ("9" + digits(r, 3), digits(r, 5), digits(r, 1), r.randint(1, 5))


def ihi_no(r):
    return "8003 6099 %s %s" % (digits(r, 4), digits(r, 4))


def nhi_no(r):
    # obviously fictitious: Z-prefixed test-style NHI
    return "Z" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(2)) + digits(r, 4)


def ppsn(r):
    return digits(r, 7) + r.choice("ABCDEFGHJKLMNPQRTW") + r.choice(["", "A", "W"])


def mrn(r, country):
    if country == "NZ":
        return nhi_no(r)
    return r.choice(["", "", "MRN ", "URN ", "UR "]) + digits(r, r.choice([6, 7, 8]))


class Person:
    pass


def make_patient(r, country, age_range=(1, 96), sex=None):
    p = Person()
    p.country = country
    p.sex = sex or r.choice(["F", "M"])
    p.first = r.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.middle = r.choice(FIRST_F if p.sex == "F" else FIRST_M)[0] if r.random() < 0.5 else ""
    p.last = r.choice(SURNAMES)
    p.age = r.randint(*age_range)
    p.visit = rand_date(r)
    p.dob = _dt.date(max(1900, p.visit.year - p.age), r.randint(1, 12), r.randint(1, 28))
    if p.dob > p.visit:
        p.dob = _dt.date(p.dob.year - 1, p.dob.month, p.dob.day)
    p.age = (p.visit - p.dob).days // 365
    p.mrn = mrn(r, country)
    c = COUNTRIES[country]
    town = r.choice(c["towns"])
    p.address = "%d %s, %s %s %s" % (r.randint(1, 220), r.choice(STREETS), town[0], town[1], town[2])
    p.address = " ".join(p.address.split())
    p.town = town[0]
    p.phone = c["phone"](r)
    if country == "AU":
        p.ids = [("Medicare No", medicare_no(r)), ("IHI", ihi_no(r))]
    elif country == "NZ":
        p.ids = [("NHI", p.mrn), ("ACC45 No", r.choice(["", "", "M" + digits(r, 6)]))]
    else:
        p.ids = [("PPSN", ppsn(r)), ("Medical Card", r.choice(["", "Yes - GMS " + digits(r, 6), "No", "GP Visit Card"]))]
    p.ids = [x for x in p.ids if x[1]]
    p.he = "she" if p.sex == "F" else "he"
    p.his = "her" if p.sex == "F" else "his"
    p.him = "her" if p.sex == "F" else "him"
    p.He = p.he.capitalize()
    p.His = p.his.capitalize()
    p.mr = ("Mrs" if r.random() < 0.5 else "Ms") if p.sex == "F" else "Mr"
    if p.age < 16:
        p.mr = ""
    p.gp = "%s %s %s" % ("Dr", r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))
    p.practice = r.choice(c["practice"])
    return p


def full_name(p, style=None, r=None):
    s = style if style is not None else 0
    if s == 0:
        return "%s %s" % (p.first, p.last)
    if s == 1:
        return "%s, %s" % (p.last.upper(), p.first)
    if s == 2:
        return "%s %s" % (p.first.upper(), p.last.upper())
    return "%s %s" % (p.mr or p.first, p.last)


def ref_name(p):
    return "%s %s" % (p.mr, p.last) if p.mr else p.first


def doctor(r, title=None):
    t = title or r.choice(TITLES_DR)
    return "%s %s %s" % (t, r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))


def doctor_initial(r):
    return "%s %s. %s" % (r.choice(["Dr", "Dr", "Mr", "Ms"]), r.choice("ABCDEFGHJKLMNPRSTW"), r.choice(SURNAMES))


def sticker(r, p):
    """A patient identification label as scanned (several layouts)."""
    style = r.randint(0, 4)
    d = fmt_date(r, p.dob, r.choice([0, 0, 3, 4]))
    idtxt = "  ".join("%s: %s" % x for x in p.ids[:r.randint(0, len(p.ids))])
    if style == 0:
        lines = ["%s   %s" % (full_name(p, 1), p.mrn or digits(r, 7)),
                 "DOB %s   %s   Sex %s" % (d, "%dy" % p.age, p.sex),
                 p.address]
        if idtxt:
            lines.append(idtxt)
    elif style == 1:
        lines = ["+" + "-" * 44 + "+",
                 "| %-42s |" % full_name(p, 2),
                 "| %-42s |" % ("UR: %s  DOB: %s" % (p.mrn or digits(r, 7), d)),
                 "| %-42s |" % (p.address[:42]),
                 "+" + "-" * 44 + "+"]
    elif style == 2:
        lines = ["Surname: %s   Given name: %s" % (p.last.upper(), p.first),
                 "D.O.B: %s  Sex: %s  MRN: %s" % (d, p.sex, p.mrn or digits(r, 7))]
        if idtxt:
            lines.append(idtxt)
    elif style == 3:
        lines = ["[PATIENT LABEL]", "%s %s (%s) %s" % (p.last.upper(), p.first, p.sex, d),
                 "%s" % (p.mrn or digits(r, 7)), "%s  Ph %s" % (p.address, p.phone)]
    else:
        lines = ["Affix patient label or complete:",
                 "Name ..%s..   DOB ..%s..   Hosp No ..%s.." % (full_name(p), d, p.mrn or digits(r, 7))]
    return "\n".join(lines)


def letterhead(r, p, org=None, dept=None):
    c = COUNTRIES[p.country]
    org = org or r.choice(c["hospitals"])
    town = r.choice(c["towns"])
    lines = []
    if r.random() < 0.4:
        lines.append(r.choice(c["health_service"]))
    lines.append(org.upper() if r.random() < 0.5 else org)
    if dept:
        lines.append(dept)
    addr = "%s %s, %s %s %s" % (r.choice(["PO Box %d" % r.randint(10, 999), "%d" % r.randint(1, 300)]),
                                r.choice(STREETS) if r.random() < 0.7 else "", town[0], town[1], town[2])
    lines.append(" ".join(addr.replace(" ,", ",").split()))
    tel = "Tel %s" % c["phone"](r)
    if r.random() < 0.6:
        tel += "   Fax %s" % c["phone"](r)
    lines.append(tel)
    if p.country == "AU" and r.random() < 0.4:
        lines.append("ABN %s %s %s %s" % (digits(r, 2), digits(r, 3), digits(r, 3), digits(r, 3)))
    return "\n".join(lines)


def fax_header(r, p):
    c = COUNTRIES[p.country]
    d = p.visit + _dt.timedelta(days=r.randint(0, 3))
    return "%s %s  FROM: %s  TO: %s   P.%02d/%02d" % (
        d.strftime("%d/%m/%Y") if r.random() < 0.5 else d.strftime("%d-%b-%y").upper(),
        fmt_time(r), c["phone"](r), c["phone"](r), 1, r.randint(1, 4))


def pick(r, seq, k):
    k = max(0, min(k, len(seq)))
    return r.sample(seq, k)


def join_and(items):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def wrap_lines(text, width=None):
    return text

# ---------------------------------------------------------------- clinical pools (written for this generator)
# medicines: (display name, typical dose line)
MEDS = {
    "cardio": ["perindopril (Coversyl) 5 mg mane", "ramipril (Tritace) 5 mg daily", "cilazapril 2.5 mg daily",
               "irbesartan (Karvea) 150 mg daily", "candesartan (Atacand) 16 mg daily", "metoprolol (Betaloc) 47.5 mg CR daily",
               "bisoprolol 2.5 mg daily", "atenolol (Noten) 50 mg daily", "amlodipine (Norvasc) 5 mg daily",
               "diltiazem CD (Cardizem CD) 180 mg daily", "frusemide (Lasix) 40 mg mane", "spironolactone (Aldactone) 25 mg daily",
               "atorvastatin (Lipitor) 40 mg nocte", "rosuvastatin (Crestor) 10 mg nocte", "simvastatin (Zocor) 20 mg nocte",
               "aspirin (Cartia) 100 mg daily", "clopidogrel (Iscover) 75 mg daily", "ticagrelor (Brilinta) 90 mg bd",
               "apixaban (Eliquis) 5 mg bd", "rivaroxaban (Xarelto) 20 mg daily", "dabigatran (Pradaxa) 150 mg bd",
               "warfarin (Marevan) as per INR", "digoxin (Lanoxin PG) 62.5 microgram daily", "glyceryl trinitrate spray 400 mcg prn",
               "isosorbide mononitrate (Imdur) 60 mg mane", "sacubitril/valsartan (Entresto) 49/51 mg bd", "ezetimibe (Ezetrol) 10 mg daily"],
    "resp": ["salbutamol (Ventolin) MDI 2 puffs prn", "fluticasone/salmeterol (Seretide) 250/25 2 puffs bd",
             "budesonide/eformoterol (Symbicort) 200/6 2 puffs bd", "tiotropium (Spiriva) 18 mcg inhaled daily",
             "umeclidinium/vilanterol (Anoro Ellipta) 1 inh daily", "montelukast (Singulair) 10 mg nocte",
             "prednisolone 25 mg daily (reducing)", "home oxygen 2 L/min via nasal prongs", "Trelegy Ellipta 1 inh daily"],
    "gi": ["pantoprazole (Somac) 40 mg daily", "esomeprazole (Nexium) 20 mg daily", "omeprazole (Losec) 20 mg daily",
           "ranitidine 150 mg bd", "metoclopramide (Maxolon) 10 mg tds prn", "ondansetron (Zofran) 4 mg wafer prn",
           "docusate/senna (Coloxyl with Senna) 2 tabs nocte", "macrogol (Movicol) 1 sachet daily", "lactulose 20 mL bd",
           "mesalazine (Pentasa) 2 g daily", "azathioprine (Imuran) 100 mg daily", "Creon 25,000 with meals",
           "hyoscine butylbromide (Buscopan) 10 mg tds prn", "loperamide (Gastro-Stop) 2 mg prn"],
    "endo": ["metformin XR (Diabex XR) 1 g bd", "metformin 500 mg tds", "gliclazide MR (Diamicron MR) 60 mg mane",
             "empagliflozin (Jardiance) 10 mg daily", "dapagliflozin (Forxiga) 10 mg daily", "sitagliptin (Januvia) 100 mg daily",
             "insulin glargine (Optisulin) 24 units nocte", "insulin aspart (NovoRapid) per sliding scale",
             "Ryzodeg 70/30 20 units bd", "thyroxine (Oroxine) 100 microgram daily", "Eltroxin 50 mcg daily",
             "carbimazole (Neo-Mercazole) 10 mg bd", "semaglutide (Ozempic) 1 mg weekly", "cholecalciferol (Ostelin) 1000 IU daily",
             "calcium carbonate (Caltrate) 600 mg daily", "alendronate (Fosamax Plus) weekly", "denosumab (Prolia) 60 mg 6-monthly"],
    "analgesia": ["paracetamol (Panadol Osteo) 1.33 g tds", "paracetamol 1 g qid prn", "ibuprofen (Nurofen) 400 mg tds with food",
                  "celecoxib (Celebrex) 200 mg daily", "meloxicam (Mobic) 7.5 mg daily", "diclofenac (Voltaren) 50 mg bd",
                  "diclofenac (Difene) 75 mg bd", "oxycodone IR (Endone) 5 mg 4-hourly prn", "oxycodone/naloxone (Targin) 10/5 bd",
                  "tramadol SR (Tramal SR) 100 mg bd", "tapentadol (Palexia SR) 50 mg bd", "buprenorphine patch (Norspan) 10 mcg/h weekly",
                  "codeine/paracetamol (Panadeine Forte) 2 tabs qid prn", "pregabalin (Lyrica) 75 mg bd", "Solpadeine 2 tabs prn",
                  "morphine elixir (Ordine) 2.5-5 mg 2-hourly prn", "fentanyl patch (Durogesic) 12 mcg/h"],
    "neuro_psych": ["levetiracetam (Keppra) 500 mg bd", "sodium valproate (Epilim) 500 mg bd", "lamotrigine (Lamictal) 100 mg bd",
                    "carbamazepine (Tegretol CR) 200 mg bd", "levodopa/carbidopa (Sinemet) 100/25 tds", "Madopar 125 qid",
                    "donepezil (Aricept) 10 mg nocte", "sertraline (Zoloft) 100 mg daily", "escitalopram (Lexapro) 10 mg daily",
                    "venlafaxine XR (Efexor-XR) 150 mg mane", "mirtazapine (Avanza) 15 mg nocte", "amitriptyline (Endep) 10 mg nocte",
                    "quetiapine (Seroquel) 25 mg nocte", "olanzapine (Zyprexa) 5 mg nocte", "lithium carbonate (Lithicarb) 450 mg bd",
                    "temazepam (Temaze) 10 mg nocte prn", "zopiclone (Imovane) 7.5 mg nocte prn", "diazepam (Valium) 5 mg prn",
                    "melatonin (Circadin) 2 mg nocte", "risperidone (Risperdal) 1 mg bd", "topiramate (Topamax) 50 mg bd"],
    "anti_inf": ["amoxicillin/clavulanate (Augmentin Duo Forte) 875/125 mg bd", "cephalexin (Keflex) 500 mg qid",
                 "flucloxacillin (Flucil) 500 mg qid", "doxycycline (Doryx) 100 mg bd", "roxithromycin (Rulide) 300 mg daily",
                 "trimethoprim 300 mg nocte", "trimethoprim/sulfamethoxazole (Bactrim DS) 1 tab bd", "nitrofurantoin (Macrodantin) 50 mg qid",
                 "ciprofloxacin (Ciproxin) 500 mg bd", "metronidazole (Flagyl) 400 mg tds", "IV ceftriaxone 1 g daily",
                 "IV piperacillin/tazobactam 4.5 g 8-hourly", "IV benzylpenicillin 1.2 g 4-hourly", "valaciclovir (Valtrex) 1 g tds",
                 "oseltamivir (Tamiflu) 75 mg bd", "IV gentamicin 5 mg/kg daily (levels)", "clarithromycin (Klacid) 500 mg bd",
                 "co-amoxiclav 625 mg tds", "clindamycin (Dalacin C) 450 mg tds"],
    "misc": ["allopurinol (Zyloprim) 300 mg daily", "colchicine (Colgout) 500 mcg bd", "prednisolone (Panafcortelone) 5 mg daily",
             "methotrexate 15 mg once WEEKLY (Fridays)", "folic acid 5 mg weekly", "hydroxychloroquine (Plaquenil) 200 mg bd",
             "ferrous sulfate (Ferro-Grad C) 1 tab daily", "vitamin B12 (Neo-B12) 1 mg IMI 3-monthly", "tamsulosin (Flomaxtra) 400 mcg nocte",
             "oxybutynin (Ditropan) 5 mg bd", "finasteride (Proscar) 5 mg daily", "enoxaparin (Clexane) 40 mg subcut daily",
             "cetirizine (Zyrtec) 10 mg daily", "loratadine (Claratyne) 10 mg daily", "combined OCP (Levlen ED)",
             "medroxyprogesterone (Provera) 10 mg daily", "estradiol patch (Estradot) 50 mcg twice weekly", "latanoprost (Xalatan) 1 drop nocte both eyes",
             "timolol 0.5% 1 drop bd", "calcitriol (Rocaltrol) 0.25 mcg daily", "sodium bicarbonate 840 mg bd", "magnesium (Mag-Sup) 1 tab bd",
             "potassium chloride (Span-K) 2 tabs bd", "thiamine 100 mg daily", "multivitamin (Centrum) daily"],
}
ALL_MEDS = [m for v in MEDS.values() for m in v]

ALLERGIES = ["NKDA", "Nil known", "NKA", "Penicillin - rash", "Penicillin (anaphylaxis)", "Sulfur drugs - hives",
             "Codeine - vomiting", "Morphine - itch", "Elastoplast / adhesive tape", "Latex", "Cephalosporins - rash ?",
             "Trimethoprim - rash", "Iodinated contrast - urticaria", "Erythromycin - GI upset", "Tramadol - confusion",
             "Peanut (anaphylaxis, carries EpiPen)", "Shellfish", "Amoxicillin - angioedema", "ACE inhibitors - cough", "Nil"]

SPECIALTIES = {
    "cardiology": dict(
        clinic="Cardiology", doc="Cardiologist",
        conditions=["non-ST elevation myocardial infarction", "stable angina", "paroxysmal atrial fibrillation",
                    "heart failure with reduced ejection fraction", "severe aortic stenosis", "hypertrophic cardiomyopathy",
                    "complete heart block", "supraventricular tachycardia", "inferior STEMI", "pericarditis",
                    "atrial flutter", "mitral regurgitation (moderate-severe)", "rheumatic heart disease with mitral stenosis"],
        symptoms=["central chest tightness", "exertional dyspnoea", "palpitations", "presyncope", "orthopnoea",
                  "ankle swelling", "a syncopal episode while gardening", "reduced exercise tolerance"],
        procedures=["coronary angiogram", "PCI to the LAD with one drug-eluting stent", "transthoracic echocardiogram",
                    "DC cardioversion", "dual-chamber permanent pacemaker insertion", "TAVI", "electrophysiology study and ablation",
                    "stress echocardiogram", "24-hour Holter monitor", "CT coronary angiogram"],
        meds="cardio"),
    "respiratory": dict(
        clinic="Respiratory Medicine", doc="Respiratory Physician",
        conditions=["infective exacerbation of COPD", "community-acquired pneumonia", "asthma (poorly controlled)",
                    "bronchiectasis", "idiopathic pulmonary fibrosis", "obstructive sleep apnoea", "pulmonary embolism",
                    "spontaneous pneumothorax", "sarcoidosis", "lung nodule for surveillance", "pleural effusion (exudative)"],
        symptoms=["productive cough", "increasing breathlessness", "wheeze", "pleuritic chest pain", "haemoptysis",
                  "daytime somnolence", "fevers and rigors", "night sweats"],
        procedures=["bronchoscopy with BAL", "EBUS-TBNA", "spirometry with bronchodilator response", "full lung function tests",
                    "polysomnography", "CT-guided lung biopsy", "pleural tap", "intercostal catheter insertion", "6-minute walk test"],
        meds="resp"),
    "gastroenterology": dict(
        clinic="Gastroenterology", doc="Gastroenterologist",
        conditions=["ulcerative colitis flare", "Crohn's disease (ileocolonic)", "iron deficiency anaemia", "coeliac disease",
                    "alcohol-related cirrhosis", "upper GI bleed from duodenal ulcer", "Barrett's oesophagus",
                    "non-alcoholic fatty liver disease", "chronic hepatitis B", "hepatitis C (treated, SVR)",
                    "eosinophilic oesophagitis", "diverticular bleed", "acute pancreatitis (gallstone)"],
        symptoms=["per rectal bleeding", "altered bowel habit", "epigastric pain", "dysphagia to solids", "melaena",
                  "weight loss", "abdominal bloating", "haematemesis", "jaundice"],
        procedures=["gastroscopy", "colonoscopy with polypectomy", "ERCP with sphincterotomy", "FibroScan", "capsule endoscopy",
                    "band ligation of oesophageal varices", "flexible sigmoidoscopy", "PEG insertion"],
        meds="gi"),
    "general surgery": dict(
        clinic="General Surgery", doc="General Surgeon",
        conditions=["acute appendicitis", "symptomatic cholelithiasis", "acute cholecystitis", "right inguinal hernia",
                    "incisional hernia", "small bowel obstruction (adhesional)", "perianal abscess", "pilonidal sinus",
                    "sigmoid diverticulitis", "adenocarcinoma of the sigmoid colon", "umbilical hernia", "breast cancer (left, T2N0)",
                    "thyroid nodule (Bethesda IV)", "haemorrhoids (grade III)", "lipoma of the back"],
        symptoms=["right iliac fossa pain", "biliary colic", "a groin lump", "vomiting and abdominal distension",
                  "a painful perianal swelling", "left iliac fossa pain", "a breast lump", "a neck lump"],
        procedures=["laparoscopic appendicectomy", "laparoscopic cholecystectomy", "open mesh repair of inguinal hernia",
                    "laparoscopic TEP inguinal hernia repair", "laparotomy and adhesiolysis", "incision and drainage of perianal abscess",
                    "laparoscopic anterior resection", "Hartmann's procedure", "wide local excision and sentinel node biopsy",
                    "hemithyroidectomy", "haemorrhoidectomy", "excision of lipoma", "umbilical hernia repair"],
        meds="analgesia"),
    "orthopaedics": dict(
        clinic="Orthopaedic", doc="Orthopaedic Surgeon",
        conditions=["fractured neck of femur (intracapsular, displaced)", "intertrochanteric fracture of the femur",
                    "distal radius fracture", "bimalleolar ankle fracture", "osteoarthritis of the knee", "osteoarthritis of the hip",
                    "anterior cruciate ligament rupture", "rotator cuff tear", "lumbar disc prolapse with radiculopathy",
                    "carpal tunnel syndrome", "scaphoid fracture", "periprosthetic joint infection", "spinal canal stenosis"],
        symptoms=["hip pain after a fall", "knee giving way", "shoulder pain at night", "low back pain radiating to the leg",
                  "wrist pain after a FOOSH", "inability to weight bear", "hand numbness at night"],
        procedures=["hemiarthroplasty of the hip", "dynamic hip screw fixation", "total knee replacement", "total hip replacement",
                    "ORIF of the ankle", "ORIF distal radius with volar locking plate", "arthroscopic ACL reconstruction",
                    "arthroscopic rotator cuff repair", "L4/5 microdiscectomy", "carpal tunnel release", "manipulation under anaesthesia and K-wiring"],
        meds="analgesia"),
    "neurology": dict(
        clinic="Neurology", doc="Neurologist",
        conditions=["left MCA territory ischaemic stroke", "transient ischaemic attack", "focal epilepsy", "generalised tonic-clonic seizure",
                    "migraine without aura", "Parkinson's disease", "relapsing-remitting multiple sclerosis", "Bell's palsy",
                    "Guillain-Barre syndrome", "myasthenia gravis", "essential tremor", "peripheral neuropathy"],
        symptoms=["sudden right-sided weakness", "word-finding difficulty", "a witnessed seizure", "recurrent headaches",
                  "tremor of the right hand", "numbness in both feet", "double vision", "facial droop"],
        procedures=["CT brain with perfusion", "MRI brain with gadolinium", "EEG", "nerve conduction studies", "lumbar puncture",
                    "thrombolysis with tenecteplase", "endovascular clot retrieval", "carotid Doppler"],
        meds="neuro_psych"),
    "endocrinology": dict(
        clinic="Endocrinology & Diabetes", doc="Endocrinologist",
        conditions=["type 2 diabetes with suboptimal control", "type 1 diabetes", "diabetic ketoacidosis", "Graves' disease",
                    "primary hypothyroidism", "osteoporosis with vertebral fracture", "primary hyperparathyroidism",
                    "adrenal incidentaloma", "gestational diabetes mellitus", "prolactinoma", "hyponatraemia (SIADH)"],
        symptoms=["polyuria and polydipsia", "weight loss with heat intolerance", "fatigue", "hypoglycaemic episodes",
                  "a tremor and palpitations", "back pain after minor trauma"],
        procedures=["DEXA bone densitometry", "thyroid ultrasound", "short Synacthen test", "oral glucose tolerance test",
                    "insulin pump start", "continuous glucose monitoring (Libre)", "fine needle aspiration of thyroid nodule"],
        meds="endo"),
    "renal": dict(
        clinic="Renal", doc="Nephrologist",
        conditions=["chronic kidney disease stage 4", "acute kidney injury (pre-renal)", "IgA nephropathy", "nephrotic syndrome",
                    "diabetic kidney disease", "polycystic kidney disease", "end-stage kidney disease on haemodialysis", "hyperkalaemia"],
        symptoms=["worsening renal function", "frothy urine", "leg oedema", "fatigue and nausea", "haematuria"],
        procedures=["renal biopsy", "arteriovenous fistula formation", "tunnelled dialysis catheter insertion", "Tenckhoff catheter insertion",
                    "renal ultrasound"],
        meds="misc"),
    "urology": dict(
        clinic="Urology", doc="Urologist",
        conditions=["left ureteric calculus (6 mm)", "benign prostatic hyperplasia", "prostate adenocarcinoma (Gleason 3+4)",
                    "bladder tumour", "urinary retention", "recurrent UTIs", "testicular torsion", "renal cell carcinoma"],
        symptoms=["left loin to groin pain", "lower urinary tract symptoms", "visible haematuria", "a raised PSA", "acute scrotal pain"],
        procedures=["rigid cystoscopy and ureteric stent insertion", "ureteroscopy and laser lithotripsy", "TURP", "TURBT",
                    "transperineal prostate biopsy", "robotic radical prostatectomy", "scrotal exploration and bilateral orchidopexy",
                    "flexible cystoscopy"],
        meds="misc"),
    "obstetrics & gynaecology": dict(
        clinic="Women's Health", doc="Obstetrician & Gynaecologist",
        conditions=["menorrhagia with fibroid uterus", "endometriosis", "ectopic pregnancy (right tubal)", "missed miscarriage",
                    "postmenopausal bleeding", "pre-eclampsia", "ovarian cyst (dermoid)", "pelvic organ prolapse",
                    "CIN 3 on colposcopy", "term pregnancy, breech presentation", "hyperemesis gravidarum", "postpartum haemorrhage"],
        symptoms=["heavy menstrual bleeding", "pelvic pain", "vaginal bleeding at 7 weeks", "a dragging sensation",
                  "reduced fetal movements", "headache and visual disturbance at 36 weeks"],
        procedures=["hysteroscopy, D&C and Mirena insertion", "laparoscopic excision of endometriosis", "laparoscopic right salpingectomy",
                    "suction curettage", "total laparoscopic hysterectomy", "elective lower segment caesarean section",
                    "emergency lower segment caesarean section", "LLETZ", "vaginal hysterectomy and anterior repair",
                    "laparoscopic ovarian cystectomy"],
        meds="misc"),
    "paediatrics": dict(
        clinic="Paediatrics", doc="Paediatrician",
        conditions=["bronchiolitis (RSV positive)", "croup", "febrile convulsion", "gastroenteritis with moderate dehydration",
                    "acute asthma", "Kawasaki disease", "intussusception", "urinary tract infection", "faltering growth",
                    "ADHD (combined type)", "eczema with secondary infection", "periorbital cellulitis"],
        symptoms=["cough and increased work of breathing", "barking cough", "a seizure with fever", "vomiting and diarrhoea",
                  "poor feeding", "fever for five days", "a rash"],
        procedures=["nasopharyngeal aspirate", "suprapubic aspirate", "air enema reduction", "lumbar puncture", "nasogastric rehydration"],
        meds="anti_inf"),
    "geriatrics": dict(
        clinic="Geriatric Medicine", doc="Geriatrician",
        conditions=["delirium secondary to UTI", "mixed Alzheimer's and vascular dementia", "recurrent falls", "orthostatic hypotension",
                    "frailty with functional decline", "polypharmacy", "constipation with overflow", "pressure injury (stage 2, sacrum)"],
        symptoms=["increasing confusion", "a long lie after a fall", "functional decline at home", "memory concerns raised by family"],
        procedures=["comprehensive geriatric assessment", "MoCA and cognitive screen", "medication review", "ACAT assessment",
                    "lying and standing blood pressures"],
        meds="neuro_psych"),
    "psychiatry": dict(
        clinic="Mental Health Services", doc="Psychiatrist",
        conditions=["major depressive disorder, recurrent", "bipolar affective disorder (manic episode)", "schizophrenia",
                    "generalised anxiety disorder", "first-episode psychosis", "alcohol use disorder", "borderline personality structure",
                    "postnatal depression", "anorexia nervosa"],
        symptoms=["low mood and anhedonia", "reduced need for sleep and pressured speech", "auditory hallucinations",
                  "suicidal ideation", "panic attacks", "alcohol withdrawal symptoms"],
        procedures=["mental state examination", "risk assessment", "ECT course", "clozapine titration", "alcohol withdrawal scale monitoring"],
        meds="neuro_psych"),
    "dermatology": dict(
        clinic="Dermatology", doc="Dermatologist",
        conditions=["basal cell carcinoma (nodular) of the nose", "squamous cell carcinoma of the scalp", "melanoma in situ",
                    "invasive melanoma, Breslow 0.8 mm", "psoriasis", "atopic dermatitis", "solar keratoses", "hidradenitis suppurativa",
                    "rosacea", "bullous pemphigoid"],
        symptoms=["a changing pigmented lesion", "a non-healing scaly lesion", "an itchy rash", "bleeding nodule on the ear"],
        procedures=["punch biopsy", "shave biopsy", "elliptical excision with direct closure", "Mohs surgery", "cryotherapy",
                    "full skin check with dermoscopy", "flap repair"],
        meds="misc"),
    "ENT": dict(
        clinic="ENT / Otolaryngology", doc="ENT Surgeon",
        conditions=["recurrent tonsillitis", "obstructive sleep disordered breathing (child)", "chronic rhinosinusitis with polyps",
                    "peritonsillar abscess", "otitis media with effusion", "sudden sensorineural hearing loss", "epistaxis",
                    "deviated nasal septum", "vestibular schwannoma"],
        symptoms=["recurrent sore throats", "snoring with apnoeas", "nasal obstruction", "unilateral hearing loss", "nosebleeds", "vertigo"],
        procedures=["tonsillectomy", "adenotonsillectomy", "grommet insertion", "FESS", "septoplasty", "nasendoscopy",
                    "drainage of quinsy", "audiogram"],
        meds="anti_inf"),
    "ophthalmology": dict(
        clinic="Ophthalmology", doc="Ophthalmologist",
        conditions=["age-related cataract", "primary open-angle glaucoma", "wet age-related macular degeneration",
                    "diabetic retinopathy (proliferative)", "retinal detachment", "acute angle-closure glaucoma", "central retinal vein occlusion"],
        symptoms=["blurred vision", "flashes and floaters", "painful red eye", "glare when driving at night"],
        procedures=["phacoemulsification with IOL", "intravitreal aflibercept injection", "vitrectomy", "laser peripheral iridotomy",
                    "panretinal photocoagulation", "OCT macula"],
        meds="misc"),
    "haematology": dict(
        clinic="Haematology", doc="Haematologist",
        conditions=["iron deficiency anaemia", "chronic lymphocytic leukaemia", "immune thrombocytopenia", "multiple myeloma",
                    "diffuse large B-cell lymphoma", "haemochromatosis (C282Y homozygous)", "unprovoked DVT", "polycythaemia vera"],
        symptoms=["fatigue and pallor", "easy bruising", "lymphadenopathy", "a swollen calf", "bone pain"],
        procedures=["bone marrow aspirate and trephine", "venesection", "iron infusion (Ferinject)", "blood transfusion",
                    "PET-CT staging", "R-CHOP chemotherapy"],
        meds="misc"),
    "oncology": dict(
        clinic="Medical Oncology", doc="Medical Oncologist",
        conditions=["metastatic colorectal cancer", "non-small cell lung cancer (stage IIIA)", "hormone-receptor positive breast cancer",
                    "pancreatic adenocarcinoma", "metastatic melanoma", "castrate-resistant prostate cancer", "glioblastoma"],
        symptoms=["weight loss", "bone pain", "fatigue", "shortness of breath", "nausea with chemotherapy"],
        procedures=["FOLFOX chemotherapy", "pembrolizumab immunotherapy", "palliative radiotherapy", "PICC line insertion",
                    "port-a-cath insertion", "staging CT chest/abdomen/pelvis"],
        meds="analgesia"),
    "rheumatology": dict(
        clinic="Rheumatology", doc="Rheumatologist",
        conditions=["rheumatoid arthritis (seropositive)", "polymyalgia rheumatica", "giant cell arteritis", "acute gout",
                    "psoriatic arthritis", "systemic lupus erythematosus", "ankylosing spondylitis", "calcium pyrophosphate arthritis"],
        symptoms=["early morning stiffness", "a hot swollen first MTP joint", "shoulder girdle pain", "jaw claudication", "swollen knuckles"],
        procedures=["joint aspiration", "temporal artery biopsy", "intra-articular steroid injection", "biologic start (adalimumab)"],
        meds="misc"),
    "infectious diseases": dict(
        clinic="Infectious Diseases", doc="ID Physician",
        conditions=["cellulitis of the left leg", "Staphylococcus aureus bacteraemia", "osteomyelitis of the foot",
                    "infective endocarditis", "pyelonephritis", "COVID-19 pneumonia", "influenza A", "Q fever",
                    "melioidosis", "Lyme-like illness (returned traveller)", "HIV (well controlled)"],
        symptoms=["fever and rigors", "a red hot swollen leg", "cough and myalgia", "a discharging wound"],
        procedures=["blood cultures x 2", "transoesophageal echocardiogram", "PICC insertion for OPAT", "wound swab", "bone biopsy"],
        meds="anti_inf"),
    "vascular": dict(
        clinic="Vascular Surgery", doc="Vascular Surgeon",
        conditions=["abdominal aortic aneurysm (5.8 cm)", "critical limb ischaemia", "symptomatic carotid stenosis",
                    "varicose veins", "diabetic foot ulcer with osteomyelitis", "acute limb ischaemia"],
        symptoms=["calf claudication at 100 m", "rest pain in the foot", "a non-healing toe ulcer", "amaurosis fugax"],
        procedures=["EVAR", "carotid endarterectomy", "femoral-popliteal bypass", "below-knee amputation",
                    "angioplasty and stenting of the SFA", "endovenous laser ablation", "toe amputation"],
        meds="cardio"),
}
SPEC_KEYS = sorted(SPECIALTIES)
SURGICAL = ["general surgery", "orthopaedics", "urology", "obstetrics & gynaecology", "ENT", "vascular", "ophthalmology",
            "dermatology"]

PMH = ["hypertension", "type 2 diabetes (diet controlled)", "T2DM on metformin", "hypercholesterolaemia", "ischaemic heart disease",
       "CABG x3 (2009)", "atrial fibrillation", "COPD", "asthma", "obstructive sleep apnoea on CPAP", "GORD", "hypothyroidism",
       "osteoarthritis", "gout", "CKD stage 3a", "depression", "anxiety", "previous DVT", "TIA (2015)", "BPH",
       "appendicectomy as a child", "cholecystectomy", "hysterectomy", "bilateral TKRs", "right THR", "breast cancer 2012 - in remission",
       "prostate cancer - on surveillance", "osteoporosis", "macular degeneration", "glaucoma", "iron deficiency", "migraine",
       "obesity (BMI 38)", "hepatitis C (treated)", "alcohol excess", "ex-smoker 30 pack-years", "epilepsy", "psoriasis",
       "rheumatic fever as a child", "coeliac disease", "previous stroke with mild residual weakness", "haemochromatosis",
       "peripheral vascular disease", "diverticular disease", "hearing impairment", "frequent falls"]

SOCIAL_BITS = {
    "living": ["lives alone", "lives with husband", "lives with wife", "lives with partner and two children",
               "lives in a residential aged care facility", "lives with daughter", "lives on a farm", "lives in a unit with lift access",
               "lives in a two-storey home", "is homeless at present", "lives in supported accommodation", "boards with a friend"],
    "work": ["retired teacher", "retired farmer", "builder", "nurse", "truck driver", "accountant", "student", "unemployed",
             "on the disability support pension", "retired publican", "shearer", "dairy farmer", "IT worker", "cleaner",
             "secondary school student", "self-employed electrician", "retired garda", "fisherman", "public servant"],
    "smoking": ["never smoker", "ex-smoker (quit 2004)", "current smoker, 20/day", "smokes 10 rollies a day", "vapes",
                "ex-smoker, 40 pack-year history"],
    "alcohol": ["social drinker", "nil alcohol", "drinks 4-6 standard drinks daily", "about two pints at the weekend",
                "heavy drinker by history", "a glass of wine with dinner"],
}

ED_CASES = {
    "chest pain": dict(spec="cardiology", hpc=["central chest tightness radiating to L arm, onset at rest", "heaviness in chest while mowing, eased with rest", "sharp L sided chest pain, worse on inspiration"],
        ex=["HS dual, no murmur", "Chest clear", "Calves SNT", "Chest wall non-tender", "JVP not raised"],
        ix=["ECG - SR, no acute ischaemic changes", "ECG: ST depression V4-V6", "hs-Trop 0h %d, 2h %d", "CXR - clear", "D-dimer < 0.5", "FBC/UEC unremarkable"],
        mx=["Aspirin 300 mg PO", "GTN 400 mcg SL x2", "IV morphine 2.5 mg", "Cardiology reg review", "Serial ECGs"],
        dx=["Chest pain - ACS excluded", "NSTEMI", "Musculoskeletal chest pain", "Unstable angina", "Pericarditis"]),
    "SOB": dict(spec="respiratory", hpc=["increasing SOB over 3/7 with productive cough, green sputum", "wheezy and breathless since yesterday, using Ventolin hourly", "SOB on minimal exertion, orthopnoea x2 pillows"],
        ex=["Widespread expiratory wheeze", "Coarse creps R base", "Using accessory muscles", "Bibasal creps, pitting oedema to knees", "Speaking in phrases"],
        ix=["VBG: pH %.2f, pCO2 %d", "CXR: hyperinflated, no consolidation", "CXR: RLL consolidation", "CXR: bilateral effusions, upper lobe diversion", "Resp viral PCR: influenza A detected", "BNP elevated"],
        mx=["Salbutamol 5 mg neb x3 back to back", "Ipratropium 500 mcg neb", "Prednisolone 50 mg PO", "O2 titrated to sats 88-92%", "IV frusemide 40 mg", "BiPAP trialled", "IV benzylpenicillin + PO doxycycline"],
        dx=["Infective exacerbation of COPD", "Acute asthma (moderate)", "Community-acquired pneumonia (CURB-65 = 2)", "Acute pulmonary oedema", "Influenza A"]),
    "abdo pain": dict(spec="general surgery", hpc=["periumbilical pain migrating to RIF, anorexic", "RUQ pain after fatty meal, vomiting x3", "colicky generalised pain with distension, not opened bowels 2/7", "LIF pain 4/7 with low grade fevers"],
        ex=["Tender RIF with guarding, Rovsing's +ve", "Murphy's sign positive", "Distended, tympanic, high-pitched BS", "Tender LIF, no peritonism", "Abdo SNT"],
        ix=["WCC %.1f, CRP %d", "Lipase normal", "bHCG negative", "Urine dip NAD", "Bedside US: gallstones, thick-walled GB", "CT A/P: see formal report", "AXR: dilated SB loops"],
        mx=["IV fluids 1L Hartmann's", "Paracetamol 1 g IV", "IV morphine titrated", "NBM", "NGT on free drainage", "IV ceftriaxone + metronidazole", "Surgical reg review"],
        dx=["?Appendicitis - for surgical admission", "Acute cholecystitis", "Small bowel obstruction", "Uncomplicated diverticulitis", "Non-specific abdominal pain"]),
    "fall": dict(spec="geriatrics", hpc=["mechanical trip on rug at home, long lie ~4 hrs", "unwitnessed fall at RACF, found on floor", "fell getting up at night, ?dizzy beforehand"],
        ex=["L leg shortened and externally rotated", "Haematoma occiput, no step", "C-spine cleared clinically (NEXUS)", "Skin tear R forearm 4 cm", "Postural drop 28 mmHg"],
        ix=["XR pelvis: L NOF #", "CT brain: no acute intracranial abnormality", "CK %d", "ECG: SR, 1st degree HB", "Urine: leuks +++, nitrites +", "Na %d"],
        mx=["Fascia iliaca block (ropivacaine)", "Paracetamol 1 g", "Skin tear steri-stripped, Mepitel", "Ortho referral", "IV fluids", "Falls risk assessment"],
        dx=["L fractured neck of femur", "Fall - no significant injury", "Fall secondary to UTI/delirium", "Orthostatic hypotension", "Rhabdomyolysis after long lie"]),
    "# wrist": dict(spec="orthopaedics", hpc=["FOOSH off scooter", "slipped on wet floor at work, landed on outstretched R hand", "fell from trampoline"],
        ex=["Dinner-fork deformity L wrist", "Swelling and tenderness distal radius, NV intact", "Anatomical snuffbox tenderness", "Cap refill < 2 sec"],
        ix=["XR wrist: dorsally angulated distal radius #", "XR: undisplaced buckle # distal radius", "XR scaphoid series: no # seen"],
        mx=["Haematoma block + closed reduction, POP backslab", "Check XR: satisfactory position", "Fentanyl IN 1.5 mcg/kg", "Sling, elevation advice", "Futura splint"],
        dx=["Colles fracture, reduced", "Buckle fracture distal radius", "Clinical scaphoid fracture"]),
    "head injury": dict(spec="neurology", hpc=["head strike on car door, no LOC", "struck head in rugby tackle, brief LOC, amnesic for event", "fall down 3 steps, on apixaban"],
        ex=["GCS 15, PERL", "Laceration 2 cm L forehead", "No focal neuro deficit", "C-spine non-tender"],
        ix=["CT brain: NAD", "CT brain: small R frontal contusion", "INR %.1f"],
        mx=["Wound glued", "Neuro obs 1/24 x 4", "Paracetamol", "Observation period in SSU"],
        dx=["Minor head injury", "Concussion", "Scalp laceration"]),
    "febrile child": dict(spec="paediatrics", hpc=["fever 39.4 at home, off food, 2 wet nappies today", "fever and pulling at R ear", "fever 4/7, rash and red eyes"],
        ex=["Alert and interactive", "R TM bulging and red", "Mild WOB, subcostal recession", "Cap refill < 2 sec", "Non-blanching rash - absent"],
        ix=["Urine (clean catch): leuks ++, nitrites +", "NPA: RSV positive", "BSL %.1f", "FBC/CRP not indicated"],
        mx=["Paracetamol 15 mg/kg", "Ibuprofen 10 mg/kg", "Oral fluid trial - tolerated 150 mL", "Amoxicillin PO", "Paediatric reg review"],
        dx=["Viral illness", "Acute otitis media", "UTI", "Bronchiolitis - mild"]),
    "renal colic": dict(spec="urology", hpc=["sudden severe L loin pain radiating to groin, writhing", "R flank pain with haematuria, previous stones"],
        ex=["Renal angle tender L", "Abdo soft", "Afebrile"],
        ix=["Urine dip: blood +++", "CT KUB: 5 mm L VUJ calculus, mild hydro", "Cr %d"],
        mx=["Diclofenac 100 mg PR", "IV morphine 5 mg", "Tamsulosin commenced", "Urology clinic referral"],
        dx=["L ureteric colic", "Renal colic - passed stone"]),
    "cellulitis": dict(spec="infectious diseases", hpc=["red hot swollen R shin 3/7, spreading despite oral abx", "insect bite L forearm now red and painful"],
        ex=["Erythema R shin to mid-calf, marked out", "Tinea between toes", "No fluctuance"],
        ix=["WCC %.1f, CRP %d", "Blood cultures taken"],
        mx=["IV cefazolin 2 g", "Limb elevation", "Referred to HITH for IV abx at home", "Flucloxacillin PO"],
        dx=["Cellulitis R leg", "Cellulitis L forearm"]),
    "laceration L hand": dict(spec="orthopaedics", hpc=["cut L palm on broken glass washing up", "knife slipped cutting pumpkin"],
        ex=["Laceration 3 cm thenar eminence, clean edges", "FDS/FDP intact, sensation intact", "No FB on exploration"],
        ix=["XR hand: no retained FB"],
        mx=["Wound irrigated, 4 x 4-0 nylon sutures", "ADT given", "Dressing applied"],
        dx=["Simple laceration L hand"]),
    "PV bleeding": dict(spec="obstetrics & gynaecology", hpc=["PV bleeding with clots, 8/40 by dates", "spotting and cramping, LMP 7 wks ago"],
        ex=["Abdo soft, mild suprapubic tenderness", "Speculum: os closed, small amount of blood"],
        ix=["bHCG %d", "Blood group O neg", "Formal US booked"],
        mx=["Anti-D given", "EPAS referral", "Analgesia"],
        dx=["Threatened miscarriage", "Pregnancy of unknown location"]),
    "seizure": dict(spec="neurology", hpc=["witnessed GTCS lasting 2 min, post-ictal", "known epileptic, missed doses, 2 seizures today"],
        ex=["Drowsy but rousable, GCS 14", "Tongue bitten", "No focal neuro"],
        ix=["BSL %.1f", "Levetiracetam level sent", "CT brain: NAD"],
        mx=["Midazolam 5 mg IM given by ambulance", "Levetiracetam loading dose", "Seizure precautions"],
        dx=["First seizure", "Breakthrough seizure - non-adherence"]),
    "suicidal ideation": dict(spec="psychiatry", hpc=["brought in by police after expressing suicidal thoughts", "self-presented with worsening low mood and thoughts of self harm"],
        ex=["Calm, cooperative", "Flat affect, poor eye contact", "No evidence of intoxication"],
        ix=["Paracetamol level < 10", "BAL 0.00"],
        mx=["Mental health team review", "1:1 observation", "Safety plan completed"],
        dx=["Suicidal ideation - discharged with community MH follow up", "Major depressive episode - admitted to mental health unit"]),
    "epistaxis": dict(spec="ENT", hpc=["R nosebleed 1 hr, on warfarin", "recurrent anterior nosebleeds"],
        ex=["Bleeding point Little's area R", "Haemodynamically stable"],
        ix=["INR %.1f", "Hb %d"],
        mx=["Silver nitrate cautery", "Nasal packing (Rapid Rhino)", "Naseptin cream"],
        dx=["Anterior epistaxis"]),
    "anaphylaxis - bee sting": dict(spec="respiratory", hpc=["stung on hand, lips swelling and wheeze within 10 min"],
        ex=["Urticarial rash trunk", "Audible wheeze", "BP low on arrival"],
        ix=["Tryptase sent"],
        mx=["Adrenaline 0.5 mg IM x2", "IV fluids 1L", "Observed 4 hrs", "EpiPen prescribed and taught"],
        dx=["Anaphylaxis - hymenoptera sting"]),
    "painful red eye": dict(spec="ophthalmology", hpc=["sudden painful R eye with halos and vomiting", "L eye red and gritty, contact lens wearer"],
        ex=["VA R 6/36, L 6/9", "Fixed mid-dilated pupil", "Fluorescein uptake - dendritic lesion"],
        ix=["IOP 52 mmHg R"],
        mx=["Pilocarpine + IV acetazolamide", "Chloramphenicol drops", "Ophthalmology reg review"],
        dx=["Acute angle-closure glaucoma", "Corneal abrasion", "Herpes simplex keratitis"]),
}


def fill_nums(r, s):
    while "%d" in s or "%.1f" in s or "%.2f" in s:
        i = [s.find(t) for t in ("%d", "%.1f", "%.2f")]
        i = [x if x >= 0 else 10 ** 9 for x in i]
        k = i.index(min(i))
        if k == 0:
            s = s.replace("%d", str(r.randint(3, 180)), 1)
        elif k == 1:
            s = s.replace("%.1f", "%.1f" % r.uniform(1.0, 19.0), 1)
        else:
            s = s.replace("%.2f", "%.2f" % r.uniform(7.18, 7.46), 1)
    return s


def occupation(r, p):
    w = r.choice(SOCIAL_BITS["work"])
    if p.age >= 68 and not w.startswith("retired"):
        w = "retired " + w.replace("on the disability support pension", "clerk").replace("secondary school ", "").replace("student", "teacher").replace("unemployed", "labourer")
    elif p.age < 68 and w.startswith("retired"):
        w = w.replace("retired ", "")
    if p.age < 18:
        w = "secondary school student"
    return w


def art(w):
    return ("an " if w[:1].lower() in "aeiou" else "a ") + w

# procedure -> (category, indications, findings, specimens)
OP_DB = [
    ("general surgery", "laparoscopic appendicectomy", "lap", ["acute appendicitis", "RIF pain ?appendicitis"],
     ["Inflamed, non-perforated appendix; small volume of turbid free fluid in the pelvis.", "Gangrenous appendix with localised perforation and faecolith.",
      "Normal-looking appendix removed; terminal ileum and right ovary unremarkable."], ["Appendix - histology"]),
    ("general surgery", "laparoscopic cholecystectomy", "lap", ["symptomatic cholelithiasis", "acute cholecystitis", "gallstone pancreatitis (settled)"],
     ["Thick-walled gallbladder with omental adhesions; multiple stones.", "Mucocele of the gallbladder, short cystic duct.",
      "Chronically inflamed gallbladder, Hartmann's pouch stone."], ["Gallbladder to histology"]),
    ("general surgery", "laparoscopic TEP inguinal hernia repair", "lap", ["right inguinal hernia", "bilateral inguinal hernias"],
     ["Large direct defect, no bowel in sac.", "Indirect sac on the right, small direct defect on the left."], ["Nil"]),
    ("general surgery", "open mesh repair of inguinal hernia", "open", ["right inguinal hernia", "recurrent left inguinal hernia"],
     ["Indirect sac, cord lipoma excised.", "Large direct hernia with attenuated posterior wall."], ["Nil"]),
    ("general surgery", "laparotomy and adhesiolysis", "open", ["adhesional small bowel obstruction"],
     ["Dense adhesive band causing a closed-loop obstruction, bowel viable after release.", "Multiple interloop adhesions; transition point in the distal ileum, no ischaemia."],
     ["Nil"]),
    ("general surgery", "Hartmann's procedure", "open", ["perforated sigmoid diverticulitis"],
     ["Perforated sigmoid diverticulitis with purulent peritonitis (Hinchey III).", "Faecal peritonitis (Hinchey IV) from a sigmoid perforation."],
     ["Sigmoid colon - histology"]),
    ("general surgery", "incision and drainage of perianal abscess", "minor", ["perianal abscess"],
     ["Abscess cavity with 20 mL of pus, no fistula identified on gentle probing.", "Ischiorectal abscess, cavity packed with Kaltostat."], ["Pus swab for MC&S"]),
    ("general surgery", "hemithyroidectomy", "open", ["thyroid nodule (Bethesda IV)"],
     ["Solitary 2 cm nodule in the right lobe, recurrent laryngeal nerve identified and preserved.", "Multinodular left lobe; parathyroids preserved."],
     ["Thyroid lobe, orientated"]),
    ("orthopaedics", "hemiarthroplasty of the hip", "ortho", ["displaced intracapsular fractured neck of femur"],
     ["Displaced subcapital fracture, comminution posteriorly.", "Garden IV fracture, osteoporotic bone."], ["Femoral head - discarded"]),
    ("orthopaedics", "dynamic hip screw fixation", "ortho", ["intertrochanteric fracture of the femur"],
     ["Two-part intertrochanteric fracture, reduced on traction.", "Stable pertrochanteric fracture, good reduction achieved."], ["Nil"]),
    ("orthopaedics", "total knee replacement", "ortho", ["osteoarthritis of the knee"],
     ["Grade IV chondral loss medial and patellofemoral compartments.", "Tricompartmental OA with large osteophytes, ACL deficient."], ["Nil"]),
    ("orthopaedics", "ORIF of the ankle", "ortho", ["bimalleolar ankle fracture"],
     ["Weber B fibular fracture with medial malleolar fracture and talar shift.", "Trimalleolar fracture, small posterior fragment not fixed."], ["Nil"]),
    ("orthopaedics", "ORIF distal radius with volar locking plate", "ortho", ["distal radius fracture"],
     ["Dorsally angulated intra-articular fracture.", "Volar Barton's fracture."], ["Nil"]),
    ("orthopaedics", "arthroscopic ACL reconstruction", "ortho", ["anterior cruciate ligament rupture"],
     ["Complete mid-substance ACL tear, menisci intact.", "ACL rupture with a small stable lateral meniscal tear left alone."], ["Nil"]),
    ("orthopaedics", "carpal tunnel release", "minor", ["carpal tunnel syndrome"],
     ["Thickened transverse carpal ligament with hourglass constriction of the median nerve.", "Median nerve flattened and hyperaemic."], ["Nil"]),
    ("urology", "rigid cystoscopy and ureteric stent insertion", "endo", ["obstructed infected left ureteric calculus"],
     ["Impacted 6 mm calculus in the distal left ureter; purulent urine on drainage.", "Oedematous left ureteric orifice; turbid urine above the stone."],
     ["Renal pelvis urine for MC&S"]),
    ("urology", "TURP", "endo", ["benign prostatic hyperplasia with retention"],
     ["Trilobar prostatic enlargement, trabeculated bladder.", "Large median lobe, bladder diverticulum noted."], ["Prostate chips"]),
    ("urology", "TURBT", "endo", ["bladder tumour"],
     ["3 cm papillary tumour on the left lateral wall.", "Multiple small papillary lesions at the dome."], ["Bladder tumour (deep and superficial separately)"]),
    ("urology", "scrotal exploration and bilateral orchidopexy", "open", ["testicular torsion"],
     ["Left testis torted 540 degrees, pinked up after detorsion.", "Torted appendix testis; testis normal."], ["Nil"]),
    ("obstetrics & gynaecology", "hysteroscopy, D&C and Mirena insertion", "endo", ["menorrhagia", "postmenopausal bleeding"],
     ["Cavity normal, endometrium thickened; no polyps seen.", "Small fundal polyp removed; cavity otherwise normal."], ["Endometrial curettings"]),
    ("obstetrics & gynaecology", "laparoscopic right salpingectomy", "lap", ["right tubal ectopic pregnancy"],
     ["Haemoperitoneum ~400 mL, right ampullary ectopic, left tube normal.", "Unruptured right ampullary ectopic, minimal blood in pelvis."],
     ["Right fallopian tube"]),
    ("obstetrics & gynaecology", "laparoscopic excision of endometriosis", "lap", ["endometriosis"],
     ["Stage III endometriosis, left uterosacral nodule.", "Superficial peritoneal endometriosis in the pouch of Douglas."], ["Peritoneal biopsies"]),
    ("obstetrics & gynaecology", "emergency lower segment caesarean section", "obs", ["failure to progress", "fetal distress (CTG changes)", "breech in labour"],
     ["Healthy liveborn infant, clear liquor.", "Meconium-stained liquor, cord around neck x1."], ["Placenta to histology", "Nil"]),
    ("obstetrics & gynaecology", "elective lower segment caesarean section", "obs", ["term breech presentation", "two previous caesarean sections"],
     ["Healthy liveborn infant, clear liquor.", "Thin lower segment, no extensions."], ["Nil"]),
    ("obstetrics & gynaecology", "LLETZ", "endo", ["CIN 3 on colposcopy"], ["Large transformation zone, acetowhite lesion 3-9 o'clock."], ["Cervix, LLETZ"]),
    ("ENT", "tonsillectomy", "ent", ["recurrent tonsillitis"], ["Grade 3 cryptic tonsils.", "Large tonsils with old peritonsillar scarring."], ["Nil", "Tonsils - histology"]),
    ("ENT", "adenotonsillectomy", "ent", ["obstructive sleep disordered breathing"], ["Large adenoid pad obstructing choanae.", "Grade 4 tonsils, kissing."], ["Nil"]),
    ("ENT", "grommet insertion", "endo", ["otitis media with effusion"], ["Thick glue in both middle ears.", "Serous effusion right, glue left."], ["Nil"]),
    ("ENT", "FESS", "endo", ["chronic rhinosinusitis with polyps"], ["Polyps bilaterally grade 2.", "Pus in the left maxillary sinus, swabbed."], ["Nasal polyps"]),
    ("vascular", "below-knee amputation", "ortho", ["critical limb ischaemia with gangrene"],
     ["Healthy bleeding muscle at the level of division.", "Marginal muscle viability posteriorly."], ["Below-knee amputation specimen"]),
    ("vascular", "carotid endarterectomy", "open", ["symptomatic carotid stenosis"],
     ["Ulcerated plaque at the bifurcation extending 2 cm into the ICA.", "Tight 80% stenosis, smooth distal endpoint."], ["Carotid plaque"]),
    ("vascular", "EVAR", "lap", ["abdominal aortic aneurysm (5.8 cm)"],
     ["Infrarenal AAA 5.8 cm with adequate neck.", "Completion angiogram: no endoleak."], ["Nil"]),
    ("ophthalmology", "phacoemulsification with IOL", "endo", ["age-related cataract"], ["Dense nuclear cataract.", "Posterior subcapsular cataract, small pupil."], ["Nil"]),
    ("dermatology", "elliptical excision with direct closure", "minor", ["basal cell carcinoma of the nose", "suspicious pigmented lesion, back"],
     ["12 x 9 mm pearly nodule with telangiectasia.", "Pigmented lesion 7 mm, irregular border."], ["Skin ellipse, orientated"]),
    ("general surgery", "excision of lipoma", "minor", ["lipoma of the back"], ["Subcutaneous lipoma 5 cm, well encapsulated."], ["Lipoma - histology"]),
]
POSTOP = {
    "lap": ["Day surgery discharge when criteria met", "Full ward diet when tolerated", "Mobilise as able", "Wound review in GP clinic in 10 days",
            "Shoulder tip pain expected - simple analgesia", "Histology will be discussed at follow-up", "No heavy lifting for 4 weeks"],
    "open": ["Routine ward obs", "Check FBC and UEC in the morning", "Drain off when less than 30 mL/24 h", "Sips only, then free fluids",
             "DVT prophylaxis: Clexane 40 mg daily from tonight + TEDs", "IV antibiotics to continue for 24 hours", "Stoma nurse review"],
    "ortho": ["Mobilise WBAT with physio day 1", "NWB for six weeks in backslab", "Check XR in recovery", "Clexane 40 mg daily for 35 days",
              "Follow up in rooms 6 weeks with XR", "Ortho-geriatric review", "Neurovascular obs hourly for 4 hours"],
    "endo": ["Remove IDC day 1 and trial of void", "Stent to be removed in 4 weeks (booked)", "Irrigation until clear", "Eye shield overnight, drops as per sheet",
             "Home same day", "Results letter to GP"],
    "minor": ["Sutures out day 7-10 with GP", "Keep dry 48 hours", "Results to GP", "Simple analgesia"],
    "ent": ["Soft diet, plenty of fluids", "Regular paracetamol and ibuprofen", "Observe for bleeding - return if any", "Home tomorrow if well"],
    "obs": ["Routine postnatal care", "Clexane for 10 days", "IDC out at 12 hours", "Encourage skin-to-skin and breastfeeding", "FBC day 1"],
}

# ================================================================ helpers used by several types


def pick_spec(r, surgical=False):
    return r.choice(SURGICAL if surgical else SPEC_KEYS)


def med_list(r, spec, n):
    pool = MEDS[SPECIALTIES[spec]["meds"]] + r.sample(ALL_MEDS, 12)
    return pick(r, list(dict.fromkeys(pool)), n)


def pmh_list(r, n):
    return pick(r, PMH, n)


def maybe(r, p, text):
    return text if r.random() < p else ""


def blocks(*parts):
    return "\n\n".join(x.strip("\n") for x in parts if x and x.strip())


def obs_line(r, style=0, sick=False):
    hr = r.randint(95, 130) if sick else r.randint(58, 96)
    sbp = r.randint(88, 110) if sick and r.random() < 0.5 else r.randint(105, 168)
    dbp = r.randint(50, 95)
    rr = r.randint(20, 32) if sick else r.randint(12, 20)
    sat = r.randint(88, 94) if sick else r.randint(94, 100)
    t = round(r.uniform(37.8, 39.6) if sick else r.uniform(36.0, 37.4), 1)
    if style == 0:
        return "HR %d, BP %d/%d, RR %d, SpO2 %d%% %s, T %.1f" % (hr, sbp, dbp, rr, sat, r.choice(["RA", "on RA", "2L NP", "room air"]), t)
    if style == 1:
        return "P %d  BP %d/%d  RR %d  Sats %d%%  T %.1f" % (hr, sbp, dbp, rr, sat, t)
    return "T%.1f HR%d BP%d/%d RR%d SaO2 %d%%" % (t, hr, sbp, dbp, rr, sat)


# ================================================================ 1. discharge summary

def gen_discharge_summary(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (0, 12) if spec == "paediatrics" else (18, 97))
    adm = p.visit
    los = r.choice([1, 1, 2, 3, 3, 4, 5, 6, 8, 11, 14, 23])
    dis = adm + _dt.timedelta(days=los)
    dx = r.choice(S["conditions"])
    secondary = pick(r, [c for c in S["conditions"] if c != dx][:2] + pmh_list(r, 6), r.randint(0, 4))
    procs = pick(r, S["procedures"], r.randint(0, 2))
    consultant = doctor(r, r.choice(["Dr", "Dr", "A/Prof", "Mr" if spec in SURGICAL else "Dr"]))
    author = doctor(r, "Dr")
    title = r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "SEPARATION SUMMARY", "Separation Summary",
                      "Inpatient Discharge Summary", "Discharge Letter", "MEDICAL DISCHARGE SUMMARY", "", "Clinical Discharge Summary",
                      "Transfer of Care - Discharge Summary"])
    out = []
    if r.random() < 0.6:
        out.append(letterhead(r, p))
    if r.random() < 0.4:
        out.append(sticker(r, p))
    if title:
        out.append(title)
    f = r.randint(0, 2)
    df = r.choice([0, 1, 2, 3])
    head = []
    if f == 0:
        head += ["Patient: %s" % full_name(p, 1), "DOB: %s   Sex: %s   %s: %s" % (fmt_date(r, p.dob, df), p.sex,
                                                                             "NHI" if country == "NZ" else "MRN", p.mrn or digits(r, 7)),
                 "Admitted: %s    Discharged: %s    LOS: %d day%s" % (fmt_date(r, adm, df), fmt_date(r, dis, df), los, "" if los == 1 else "s"),
                 "Unit: %s    Consultant: %s" % (S["clinic"], consultant),
                 "Discharge destination: %s" % r.choice(["Home", "Home with family", "Residential aged care", "Rehabilitation unit",
                                                          "Transfer to %s" % r.choice(COUNTRIES[country]["hospitals"]), "Home with HITH",
                                                          "Usual residence"])]
    elif f == 1:
        head += ["Name ........ %s" % full_name(p), "Date of birth  %s (%d yrs)" % (fmt_date(r, p.dob, df), p.age),
                 "Admission     %s  via %s" % (fmt_date(r, adm, df), r.choice(["ED", "Emergency Department", "GP referral", "elective list",
                                                                              "outpatient clinic", "transfer"])),
                 "Separation    %s" % fmt_date(r, dis, df), "Treating team  %s (%s)" % (S["clinic"], consultant)]
    else:
        head += ["To: %s, %s" % (p.gp, p.practice),
                 "Re: %s %s, DOB %s, %s" % (p.first, p.last, fmt_date(r, p.dob, df), p.address),
                 "Dates of stay: %s to %s" % (fmt_date(r, adm, df), fmt_date(r, dis, df))]
    for k, v in p.ids:
        if r.random() < 0.4:
            head.append("%s: %s" % (k, v))
    out.append("\n".join(head))
    diag = ["Principal diagnosis: %s" % cap(dx) if r.random() < 0.6 else "PRINCIPAL DIAGNOSIS\n%s" % cap(dx)]
    if secondary:
        diag.append(r.choice(["Additional diagnoses / complications:", "Comorbidities:", "Secondary diagnoses", "Other problems this admission:"]))
        diag += ["- %s" % cap(s) for s in secondary]
    if procs:
        diag.append(r.choice(["Procedures:", "Procedures performed", "Operations / procedures:"]))
        diag += ["%s - %s" % (fmt_date(r, adm + _dt.timedelta(days=r.randint(0, los)), 1), cap(x)) for x in procs]
    out.append("\n".join(diag))
    if r.random() < 0.5:
        out.append("Alerts / allergies: %s" % r.choice(ALLERGIES))
    # course narrative
    symptom = r.choice(S["symptoms"])
    days = r.randint(1, 10)
    openers = [
        "%s %s is a %d-year-old %s who presented with %s of %s duration." % (p.mr or p.first, p.last, p.age,
                                                                          "woman" if p.sex == "F" else "man", symptom,
                                                                          r.choice(["one day's", "%d days'" % days, "a week's", "two weeks'"])),
        "This %d year old %s was admitted under the %s team with %s." % (p.age, "lady" if p.sex == "F" else "gentleman",
                                                                       S["clinic"], symptom),
        "Presented via ED with %s on a background of %s." % (symptom, join_and(pmh_list(r, 2))),
        "%s was admitted electively for %s." % (p.first, procs[0] if procs else "further investigation of " + dx),
    ]
    course = [r.choice(openers)]
    middle = [
        "Initial workup confirmed a diagnosis of %s." % dx,
        "%s was commenced on %s with good clinical response." % (p.He, r.choice(med_list(r, spec, 3))),
        "Inflammatory markers trended down over the admission (CRP %d to %d)." % (r.randint(80, 300), r.randint(5, 60)),
        "%s was reviewed by %s who recommended %s." % (p.He, r.choice(["the physiotherapists", "the OT", "the dietitian", "the pharmacist",
                                                                    "the diabetes educator", "the social worker", "the pain team",
                                                                    "the ortho-geriatric service", "the consult-liaison psychiatry team"]),
                                                      r.choice(["a mobility aid on discharge", "a home assessment", "dietary modification",
                                                                "a simplified dose administration aid (Webster-pak)", "outpatient follow up",
                                                                "a graded return to activity", "community nursing input"])),
        "Post-procedure recovery was uncomplicated and %s was mobilising independently by day %d." % (p.he, r.randint(1, 4)),
        "The admission was complicated by %s, which was managed conservatively." % r.choice(
            ["a hospital-acquired pneumonia", "an episode of delirium", "a fall on the ward without injury", "hypokalaemia",
             "urinary retention requiring an IDC", "a superficial wound infection", "an acute kidney injury (peak creatinine 168)",
             "constipation", "fast AF, rate-controlled with metoprolol", "hypoglycaemia overnight on day 2"]),
        "Imaging during the stay showed %s." % r.choice(["no acute abnormality", "a small right pleural effusion",
                                                         "findings in keeping with the working diagnosis",
                                                         "an incidental 8 mm lung nodule - see GP actions below",
                                                         "no collection", "appropriate position of the prosthesis"]),
        "Bloods on discharge were stable (Hb %d g/L, Cr %d umol/L)." % (r.randint(88, 150), r.randint(50, 160)),
        "Antibiotics were rationalised to oral therapy on day %d once afebrile for 48 hours." % r.randint(2, 5),
        "Goals of care were discussed with %s and family and a %s was documented." % (p.him, r.choice(["full active treatment plan",
                                                                                                   "not-for-resuscitation order",
                                                                                                   "resuscitation plan (ward-based care only)"])),
        "Pain was controlled with regular paracetamol and occasional oxycodone.",
        "A medication reconciliation was completed by the ward pharmacist prior to separation.",
        "%s required supplemental oxygen for the first %d days, which was weaned to room air." % (p.He, r.randint(1, 4)),
        "Fluid balance was carefully monitored and %s weight fell by %.1f kg with diuresis." % (p.his, r.uniform(1.5, 7)),
        "%s had a telemetry-monitored bed for 24 hours with no significant arrhythmia captured." % p.He,
        "The %s team were consulted and their recommendations are incorporated in the plan below." % r.choice(SPEC_KEYS),
        "Blood cultures returned %s." % r.choice(["no growth at 5 days", "MSSA in 2/2 sets", "E. coli sensitive to ceftriaxone", "a probable skin contaminant"]),
        "An echocardiogram was performed and demonstrated %s." % r.choice(["preserved biventricular function", "an LVEF of 40%", "no vegetations",
                                                                           "moderate mitral regurgitation"]),
        "Diabetes control was suboptimal early in the stay and the insulin regimen was adjusted with the input of the endocrine registrar.",
        "A delirium screen was unremarkable apart from constipation, which responded to aperients.",
        "%s family were updated regularly and were in agreement with the discharge plan." % p.His,
        "Occupational therapy completed a home visit on day %d and installed rails in the bathroom." % r.randint(3, 9),
        "%s was reluctant to remain in hospital and self-discharged against advice on the evening of day %d." % (p.He, r.randint(1, 3)),
        "Transfusion of %d units of packed red cells was required." % r.randint(1, 4),
        "Haemoglobin remained stable thereafter without further evidence of bleeding.",
        "The wound was reviewed daily and remained clean with no signs of infection.",
        "Histopathology showed %s." % r.choice(["no evidence of malignancy", "acute inflammation only", "clear margins", "a benign lesion"]),
        "Aperients were required after opioid analgesia and bowels opened on day %d." % r.randint(2, 5),
        "Sodium was initially %d and corrected slowly with fluid restriction." % r.randint(118, 129),
    ]
    course += pick(r, middle, r.randint(2, 12))
    if r.random() < 0.5:
        course.append("%s was deemed medically fit for discharge on %s." % (p.He, fmt_date(r, dis, df)))
    if los >= 5 and r.random() < 0.45:
        day_ev = [
            "On day {d} {he} spiked a temperature of {t} and was pan-cultured.", "Day {d}: CRP had fallen and {he} was eating and drinking well.",
            "By day {d} the IV cannula was removed and oral medications resumed.", "On day {d} {he} was reviewed on the consultant ward round and plan confirmed.",
            "Day {d} was complicated by a brief episode of hypotension that responded to a fluid bolus.",
            "Physiotherapy on day {d} progressed {him} from a frame to a stick.", "Repeat imaging on day {d} showed interval improvement.",
            "On day {d} a family meeting was held to discuss ongoing care needs.", "On day {d} the urinary catheter was removed and {he} voided successfully.",
            "Day {d}: renal function worsened slightly and nephrotoxic medications were withheld.",
            "On day {d} {he} was transferred from the acute ward to the step-down unit.", "On day {d} the drain was removed.",
            "Overnight on day {d} {he} became agitated and required a low dose of haloperidol.",
            "On day {d} the stoma nurse reviewed {him} and began education.", "Day {d}: bowels opened; diet upgraded.",
        ]
        ds = sorted(r.sample(range(1, los + 1), min(los, r.randint(3, 9))))
        course.append(" ".join(r.choice(day_ev).format(d=d, he=p.he, him=p.him, t="%.1f" % r.uniform(37.9, 39.5)) for d in ds))
    sect = r.choice(["Clinical summary", "HOSPITAL COURSE", "Summary of admission", "Progress in hospital", "Clinical course",
                     "History and course"])
    long_form = r.random() < 0.22
    if long_form:
        secondary = secondary + pick(r, [c for c in PMH if c not in secondary], 4 - min(4, len(secondary)) + 1)
        out.append(sect + ":\n" + " ".join(course))
        txt = [r.choice(["Issues by problem:", "PROBLEM LIST AND MANAGEMENT", "Active issues this admission:"])]
        for i, pr in enumerate([dx] + secondary[:5], 1):
            txt.append("%d. %s" % (i, cap(pr)))
            txt.append("   " + " ".join(pick(r, middle, r.randint(2, 5))))
        out.append("\n".join(txt))
    elif r.random() < 0.35 and los > 3:
        # problem-based
        probs = [dx] + secondary[:4]
        txt = [sect + ":"]
        for i, pr in enumerate(probs, 1):
            txt.append("%d. %s" % (i, cap(pr)))
            txt.append("   " + " ".join(pick(r, middle, r.randint(1, 5))))
        out.append("\n".join(txt))
    else:
        out.append(sect + ":\n" + " ".join(course[:-1] if len(course) > 1 else course) + ("\n\n" + course[-1] if len(course) > 1 else ""))
    if r.random() < 0.55:
        iv = [r.choice(["Key investigations:", "RESULTS", "Relevant investigations", "Investigations:"])]
        iv += ["  " + x for x in pick(r, [
            "Admission bloods: Hb %d, WCC %.1f, Plt %d, Na %d, K %.1f, Cr %d" % (r.randint(80, 160), r.uniform(3, 24), r.randint(90, 480),
                                                                             r.randint(124, 146), r.uniform(3.0, 6.0), r.randint(45, 350)),
            "Peak CRP %d" % r.randint(20, 380), "Troponin peak %d ng/L" % r.randint(10, 4000), "HbA1c %.1f%%" % r.uniform(5.5, 12),
            "CXR (%s): %s" % (fmt_date(r, adm, 1), r.choice(["clear", "RLL consolidation", "small bilateral effusions"])),
            "CT %s: %s" % (r.choice(["brain", "abdomen/pelvis", "chest", "KUB"]), r.choice(["no acute findings", "as per formal report", "see text"])),
            "Echo: %s" % r.choice(["EF 55%, no significant valve disease", "EF 30%, global hypokinesis"]),
            "Blood cultures: %s" % r.choice(["negative", "MSSA 2/2", "pending at discharge"]),
            "Urine MCS: %s" % r.choice(["E. coli >10^8", "no growth", "mixed growth"]),
            "Discharge bloods: Hb %d, Cr %d, CRP %d" % (r.randint(85, 150), r.randint(45, 200), r.randint(2, 60)),
            "Pending at discharge: %s" % r.choice(["histology", "vitamin B12/folate", "hepatitis serology", "repeat cultures"])], r.randint(2, 6))]
        out.append("\n".join(iv))
    # medications
    meds = med_list(r, spec, r.randint(2, 10))
    mt = r.choice(["Discharge medications:", "MEDICATIONS ON DISCHARGE", "Medications at separation", "Current medications (on discharge):"])
    ml = [mt]
    for m in meds:
        tag = r.choice(["", "", "", " (NEW)", " (CHANGED - dose increased)", " - new this admission", " (unchanged)"])
        ml.append("  %s%s" % (m, tag))
    if r.random() < 0.5:
        ml.append(r.choice(["Ceased: ", "Medications stopped: ", "STOPPED: "]) + r.choice(ALL_MEDS).split(" (")[0] +
                  r.choice([" - renal function", " - falls risk", " - no longer indicated", " - hypotension", ""]))
    out.append("\n".join(ml))
    # follow up
    fu = [r.choice(["Follow up:", "Follow-up arrangements", "Recommendations for GP", "GP ACTIONS / FOLLOW UP", "Plan:"])]
    fu_opts = ["Please repeat UEC and FBC in one week.", "%s clinic in %d weeks (appointment will be posted)." % (S["clinic"], r.randint(2, 12)),
               "Please review blood pressure and titrate antihypertensives as needed.",
               "Outpatient %s has been requested." % r.choice(S["procedures"]),
               ("Removal of sutures/clips at the GP practice on day %d." % r.randint(7, 14)) if spec in SURGICAL else
               "Please review mood and sleep at your next consultation.",
               "Please repeat CT chest in 12 months for the incidental nodule.",
               "Community nursing referral sent for wound care.", "INR check on %s, target range 2-3." % fmt_date(r, dis + _dt.timedelta(days=3), 1),
               "Driving: advised not to drive for %s." % r.choice(["two weeks", "four weeks", "six weeks", "until cleared by the treating team"]),
               "Referral to cardiac/pulmonary rehabilitation made.", "No specific follow up - GP review in one to two weeks.",
               "Repeat iron studies in 3 months.", "Please chase final histology - not available at time of discharge."]
    fu += ["- " + x for x in pick(r, fu_opts, r.randint(1, 5))]
    out.append("\n".join(fu))
    if r.random() < 0.4:
        out.append(r.choice(["Information given to patient: ", "Patient advised: "]) + r.choice(
            ["to return to ED if symptoms recur.", "of warning signs and who to contact.", "regarding medication changes (copy provided).",
             "verbal and written discharge information."]))
    sig = ["%s\n%s, %s" % (author, r.choice(["Resident Medical Officer", "Intern", "RMO", "Registrar", "SHO", "House Officer", "NCHD"]),
                           S["clinic"]),
           "for %s" % consultant]
    if r.random() < 0.5:
        sig.append("cc: %s; %s" % (p.gp, r.choice(["patient", "RACF", "referring specialist", "file"])))
    if r.random() < 0.3:
        sig.append("Electronically signed %s %s" % (fmt_date(r, dis, 0), fmt_time(r)))
    out.append("\n".join(sig))
    return "\n\n".join(out)


# ================================================================ 2. operation report

OP_STEPS = {
    "lap": ["Patient supine, GA with ETT. IDC %s." % "{idc}", "Prophylactic {abx} at induction.",
            "Skin prepped with chlorhexidine in alcohol and draped.",
            "Open Hasson entry at the umbilicus, pneumoperitoneum to 12 mmHg.",
            "Two further 5 mm ports placed under vision.", "Findings as above.",
            "Structures dissected and critical view of safety obtained." ,
            "Specimen retrieved in an Endobag via the umbilical port.", "Haemostasis checked, irrigation with warm saline.",
            "Ports removed under vision and pneumoperitoneum released.",
            "Fascia at umbilicus closed with 0 PDS, skin with 4-0 Monocryl subcuticular.",
            "Local anaesthetic (ropivacaine 0.75%, 20 mL) to port sites.", "Dressings: Opsite / Primapore."],
    "open": ["GA, supine, WHO checklist completed.", "{abx} IV at induction.", "Incision as planned, deepened through layers.",
             "Findings as above.", "Procedure performed as described.", "Washout with 2 L warm saline.",
             "Mass closure with looped 1 PDS.", "Skin closed with staples.", "Drain left in situ ({drain}).",
             "Estimated blood loss {ebl} mL."],
    "ortho": ["Spinal anaesthetic with sedation; {abx} at induction.", "Positioned {pos} on the traction table / radiolucent table.",
              "Tourniquet {tq}.", "Standard approach used, layers divided.", "Fracture/joint exposed and prepared as planned.",
              "Implants: {implant}.", "Position confirmed on image intensifier.", "Thorough washout.",
              "Closure in layers with Vicryl and staples to skin.", "LA infiltration given.", "Dressing: Aquacel Ag and crepe."],
    "endo": ["GA (LMA). Lithotomy position.", "{abx} at induction.", "Scope passed under direct vision.",
             "Findings as above.", "Procedure completed as described.", "Catheter left in situ as noted.",
             "Irrigation clear at the end of the case."],
    "minor": ["Local anaesthetic: lignocaine 1% with adrenaline, {la} mL.", "Skin prepped and draped.",
              "Lesion excised with {margin} mm margins as an ellipse, orientated with a suture at 12 o'clock.",
              "Haemostasis with bipolar diathermy.", "Closed with 4-0 Monocryl deep and 5-0 nylon to skin.",
              "Steristrips and Opsite applied."],
    "ent": ["GA via RAE tube. Boyle-Davis gag inserted.", "Dissection performed with bipolar / coblation.",
            "Haemostasis secured.", "Post-nasal space checked and cleared of clot.", "Findings as above."],
    "obs": ["Spinal anaesthetic, left lateral tilt.", "{abx} given prior to incision.", "Pfannenstiel incision.",
            "Lower segment entered transversely.", "Baby delivered {pres} at {time}, Apgars {ap1} and {ap5}.",
            "Placenta delivered by controlled cord traction, complete.", "Uterus closed in two layers with 1 Vicryl.",
            "Oxytocin 5 IU IV and infusion commenced.", "Sheath closed with 1 PDS, skin with 3-0 Monocryl subcuticular.",
            "EBL {ebl} mL. Swab and instrument count correct."],
}


def proc_category(proc):
    pl = proc.lower()
    if "caesarean" in pl:
        return "obs"
    if "laparoscop" in pl or "robotic" in pl or "tep" in pl or "evar" in pl:
        return "lap"
    if any(k in pl for k in ["cystoscop", "ureteroscop", "turp", "turbt", "hysteroscop", "llet", "biops", "curettage", "gastroscop",
                             "colonoscop", "angioplasty", "endovenous", "phaco", "vitrectomy", "intravitreal", "laser", "ercp"]):
        return "endo"
    if any(k in pl for k in ["tonsil", "grommet", "fess", "septoplasty", "quinsy", "nasendoscopy"]):
        return "ent"
    if any(k in pl for k in ["excision", "shave", "punch", "mohs", "flap", "cryotherapy", "lipoma", "pilonidal", "incision and drainage"]):
        return "minor"
    if any(k in pl for k in ["arthroplasty", "replacement", "orif", "screw", "arthroscop", "microdiscectomy", "k-wiring", "carpal",
                             "hemiarthroplasty", "amputation"]):
        return "ortho"
    return "open"


FINDINGS_EXTRA = {
    "lap": ["Liver grossly normal.", "No peritoneal disease.", "Small umbilical defect noted.", "Pelvic organs unremarkable."],
    "open": ["Small bowel otherwise run from DJ flexure to ileocaecal valve - normal.", "No other pathology identified.", "Liver smooth."],
    "ortho": ["Bone quality poor.", "Haematoma evacuated.", "Ligaments stable on testing."],
    "endo": ["Urethra normal.", "Bladder otherwise normal.", "Mucosa otherwise healthy."],
    "minor": ["Surrounding skin sun-damaged.", "No satellite lesions."],
    "ent": ["Adenoids small.", "Uvula normal."],
    "obs": ["Tubes and ovaries normal.", "Placenta posterior, complete."],
}
FINDINGS = {
    "lap": ["Inflamed, non-perforated appendix; small volume of turbid free fluid in the pelvis.",
            "Thick-walled gallbladder with omental adhesions; multiple stones.", "Large direct defect, no bowel in sac.",
            "Gangrenous appendix with localised perforation and faecolith.", "Stage III endometriosis, left uterosacral nodule.",
            "Haemoperitoneum ~400 mL, right ampullary ectopic, left tube normal.", "Liver grossly normal. No peritoneal disease.",
            "Dermoid cyst right ovary 6 cm, contralateral ovary normal."],
    "open": ["Dense adhesive band causing a closed-loop obstruction, bowel viable after release.",
             "Perforated sigmoid diverticulitis with purulent peritonitis (Hinchey III).", "Indirect sac, cord lipoma excised.",
             "Abscess cavity with 20 mL of pus, swab sent.", "Solitary 2 cm nodule in the right lobe, recurrent laryngeal nerve identified and preserved."],
    "ortho": ["Displaced subcapital fracture, comminution posteriorly.", "Grade IV chondral loss medial and patellofemoral compartments.",
              "Complete mid-substance ACL tear, menisci intact.", "Full thickness supraspinatus tear, 2 cm retracted.",
              "Sequestrated L4/5 disc fragment compressing the L5 root.", "Dorsally angulated intra-articular fracture."],
    "endo": ["Impacted 6 mm calculus in the distal left ureter; purulent urine on drainage.", "Trilobar prostatic enlargement, trabeculated bladder.",
             "3 cm papillary tumour on the left lateral wall.", "Cavity normal, endometrium thickened; no polyps seen.",
             "Dense nuclear cataract.", "Grade 2 oesophageal varices, red wale signs."],
    "minor": ["12 x 9 mm pearly nodule with telangiectasia.", "Pigmented lesion 7 mm, irregular border.", "Subcutaneous lipoma 5 cm.",
              "Chronic pilonidal sinus with two midline pits."],
    "ent": ["Grade 3 cryptic tonsils.", "Large adenoid pad obstructing choanae.", "Thick glue in both middle ears.",
            "Polyps bilaterally grade 2."],
    "obs": ["Healthy liveborn infant, clear liquor.", "Thin lower segment, no extensions.", "Meconium-stained liquor, cord around neck x1."],
}


def gen_operative_report(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec, proc, cat, indications, findings_pool, specimens = r.choice(OP_DB)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (2, 14) if spec == "ENT" and r.random() < 0.4 else (16, 94),
                     sex="F" if spec == "obstetrics & gynaecology" else None)
    surgeon = doctor(r, r.choice(["Mr", "Ms", "Dr", "A/Prof", "Prof"]))
    assistant = doctor(r, "Dr")
    anaes = doctor(r, "Dr")
    out = []
    if r.random() < 0.45:
        out.append(letterhead(r, p))
    if r.random() < 0.5:
        out.append(sticker(r, p))
    t = r.choice(["OPERATION REPORT", "Operation Note", "OPERATIVE REPORT", "Operation Record", "Procedure Report", "THEATRE REPORT",
                  "", "Op note", "Surgical Procedure Record"])
    if t:
        out.append(t)
    d = fmt_date(r, p.visit)
    hdr = ["Date: %s" % d, "Surgeon: %s" % surgeon, "Assistant: %s" % assistant, "Anaesthetist: %s" % anaes,
           "Anaesthetic: %s" % r.choice(["GA", "GA + LMA", "GA/ETT", "Spinal", "Spinal + sedation", "Local + sedation", "Local", "Regional block"])]
    if r.random() < 0.6:
        hdr.insert(0, "Patient: %s  (%s)" % (full_name(p, 1), p.mrn or digits(r, 7)))
    if r.random() < 0.5:
        sh, sm = r.randint(7, 21), r.choice([0, 10, 15, 20, 30, 40, 45, 50])
        dur = r.randint(20, 240)
        hdr.append("Theatre: %d   Start %02d%02d  Finish %02d%02d" % (r.randint(1, 12), sh, sm, (sh + (sm + dur) // 60) % 24, (sm + dur) % 60))
    if r.random() < 0.4:
        hdr.append("Urgency: %s" % r.choice(["Elective", "Emergency - Cat %d" % r.randint(1, 3), "Acute", "Day case", "Semi-urgent"]))
    r.shuffle(hdr) if r.random() < 0.3 else None
    out.append("\n".join(hdr))
    dx = r.choice(indications)
    out.append("Pre-operative diagnosis: %s\nPost-operative diagnosis: %s\nProcedure: %s%s" % (
        cap(dx), r.choice(["Same", "As above", cap(dx), cap(dx) + ", confirmed"]), cap(proc),
        r.choice(["", "", " (%s)" % r.choice(["left", "right", "bilateral"])])))
    if r.random() < 0.5:
        out.append("Indication: %s" % r.choice([
            "%s with %s, failed conservative management." % (cap(dx), r.choice(S["symptoms"])),
            "Ongoing %s. Consented for procedure including risks discussed in clinic." % r.choice(S["symptoms"]),
            "Acute presentation, imaging consistent.", "See clinic letter."]))
    findings = r.choice(findings_pool)
    out.append(r.choice(["Findings:", "FINDINGS", "Operative findings:"]) + "\n" + findings +
               maybe(r, 0.4, " " + r.choice(FINDINGS_EXTRA[cat])))
    steps = []
    fill = dict(idc=r.choice(["inserted", "not required", "inserted, to be removed in recovery"]),
                abx=r.choice(["cefazolin 2 g", "cephazolin 2 g", "cefuroxime 1.5 g + metronidazole 500 mg", "gentamicin 160 mg",
                              "co-amoxiclav 1.2 g", "vancomycin 1 g"]),
                drain=r.choice(["15 Fr Blake to pelvis", "Redivac to wound", "size 10 drain", "Penrose"]),
                ebl=r.choice([20, 50, 100, 150, 300, 500, 800]),
                pos=r.choice(["supine", "lateral", "beach chair", "prone"]), tq=r.choice(["not used", "300 mmHg for 62 minutes", "250 mmHg, 41 min"]),
                implant=r.choice(["Exeter V40 stem / 28 mm head, cemented", "DHS 135 deg, 4-hole plate, 95 mm lag screw",
                                  "Triathlon CR size 5 femur / 4 tibia, cemented", "Acumed volar plate with 6 locking screws",
                                  "1/3 tubular plate lateral malleolus + 2 x 4.0 cannulated screws medially",
                                  "quadrupled hamstring graft 9 mm, Endobutton femoral, interference screw tibial",
                                  "2 suture anchors (4.5 mm)", "Thompson hemiarthroplasty, uncemented"]),
                la=r.choice([5, 8, 10, 15]), margin=r.choice([2, 3, 4, 5, 10]), pres=r.choice(["cephalic", "by breech extraction"]),
                time=fmt_time(r), ap1=r.randint(5, 9), ap5=r.randint(8, 10))
    base = OP_STEPS[cat]
    chosen = [s for s in base if r.random() < 0.85]
    for s in chosen:
        steps.append(s.format(**fill))
    if r.random() < 0.5:
        lines = [r.choice(["Procedure:", "Operative details", "Description:", "Technique"])] + \
                ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)]
        out.append("\n".join(lines))
    else:
        out.append(r.choice(["Procedure:", "Operative details:", "Details of procedure:"]) + "\n" + " ".join(steps))
    if r.random() < 0.6:
        out.append(r.choice(["Specimens:", "Histology:", "Specimen(s)"]) + " " + r.choice(specimens))
    if r.random() < 0.5:
        out.append("Complications: %s" % r.choice(["Nil", "None", "Nil intra-operative", "Nil apparent"] +
                                                  {"lap": ["Minor bleeding from port site, controlled", "Bile spillage, washed out"],
                                                   "open": ["Serosal tear repaired with 3-0 PDS"], "ortho": ["Small calcar crack, cerclage wire placed"],
                                                   "endo": ["Minor bleeding, diathermied"], "obs": ["Uterine angle extension, repaired"]}.get(cat, [])))
    po = [r.choice(["Post-op instructions:", "Post-operative plan:", "POST OP", "Plan:"])]
    po_opts = POSTOP[cat]
    po += ["- " + x for x in pick(r, po_opts, r.randint(2, len(po_opts)))]
    out.append("\n".join(po))
    out.append("%s\n%s" % (surgeon, r.choice(["Consultant Surgeon", S["doc"], "VMO", "Registrar for " + surgeon.split()[-1], "Surgeon"])))
    return "\n\n".join(out)

# ================================================================ 3. specialist (consultant) letter back to GP

def gen_specialist_letter(r):
    country = r.choice(["AU", "AU", "NZ", "IE", "IE"])
    spec = pick_spec(r)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (1, 15) if spec == "paediatrics" else (17, 93))
    sp = doctor(r, r.choice(["Dr", "Dr", "Prof", "A/Prof"] + (["Mr", "Ms"] if spec in SURGICAL else [])))
    out = []
    private = r.random() < 0.5
    if private:
        quals = {"obstetrics & gynaecology": ["FRANZCOG", "MRCPI MRCOG"], "orthopaedics": ["MBBS FRACS (Orth)", "FRCSI (Tr&Orth)"],
                 "dermatology": ["MBBS FACD", "MRCPI (Derm)"], "psychiatry": ["FRANZCP", "MRCPsych"], "ophthalmology": ["FRANZCO", "FRCSI (Ophth)"],
                 "ENT": ["MBChB FRACS (ORL-HNS)", "FRCSI (ORL)"], "paediatrics": ["FRACP (Paed)", "MRCPCH"]}.get(
            spec, ["MBChB FRACS", "FRCSI"] if spec in SURGICAL else ["MBBS FRACP", "MB BCh BAO FRCPI", "MB ChB FRACP PhD"])
        rooms = "%s %s" % (sp, r.choice(quals))
        lines = [rooms, S["doc"], "%s Rooms, %d %s" % (r.choice(["Consulting", "Specialist", "Suite %d," % r.randint(1, 12)]),
                                                       r.randint(1, 300), r.choice(STREETS)),
                 "Ph %s   Fax %s" % (COUNTRIES[country]["phone"](r), COUNTRIES[country]["phone"](r))]
        if country == "AU":
            lines.append("Provider No. %s%s" % (digits(r, 6), r.choice("ABCDFHJKLTWXY")))
        out.append("\n".join(lines))
    elif r.random() < 0.7:
        out.append(letterhead(r, p, dept="Department of " + S["clinic"]))
    if r.random() < 0.2:
        out.insert(0, fax_header(r, p))
    d = p.visit
    out.append(fmt_date(r, d, r.choice([2, 2, 0, 5])))
    out.append("%s\n%s\n%s" % (p.gp, p.practice, r.choice(COUNTRIES[country]["towns"])[0]))
    re = "Re: %s %s  DOB %s" % (p.first, p.last.upper(), fmt_date(r, p.dob, 0))
    if r.random() < 0.5:
        re += "\n%s" % p.address
    if r.random() < 0.3 and p.ids:
        re += "\n%s %s" % p.ids[0]
    out.append(re)
    gpl = p.gp.split()[-1]
    out.append(r.choice(["Dear %s" % p.gp.split()[0] + " " + gpl + ",", "Dear Doctor,", "Dear %s," % p.gp.split()[1], "Dear Dr %s," % gpl,
                         "Dear Colleague,"]))
    dx = r.choice(S["conditions"])
    probs = [dx] + pick(r, PMH, r.randint(1, 5))
    if r.random() < 0.55:
        out.append(r.choice(["Diagnoses:", "Problem list:", "Impression:", "DIAGNOSES"]) + "\n" +
                   "\n".join("%d. %s" % (i + 1, cap(x)) for i, x in enumerate(probs)))
    meds = med_list(r, spec, r.randint(1, 8))
    if r.random() < 0.5:
        out.append(r.choice(["Current medications:", "Medications:", "Meds"]) + "\n" + "\n".join(meds))
    nm = ref_name(p)
    a = r.randint(0, 3)
    openings = [
        "Thank you for referring this pleasant %d-year-old %s whom I saw in my rooms today regarding %s." % (
            p.age, r.choice([occupation(r, p), "woman" if p.sex == "F" else "man"]),
            r.choice(S["symptoms"])),
        "Many thanks for asking me to see %s in the %s clinic today." % (nm, S["clinic"]),
        "I had the pleasure of reviewing %s today for ongoing management of %s." % (nm, dx),
        "I reviewed %s in clinic today, %s %s since I last saw %s in %s." % (nm, r.choice(["some", "roughly", "about", "a little over"]),
                                                                         r.choice(["three months", "six months", "twelve months", "eight weeks"]),
                                                                         p.him, MONTHS[r.randint(0, 11)]),
    ]
    paras = [openings[a]]
    hist = [
        "%s describes %s of %s, which began %s and has %s." % (
            p.He, r.choice(["a history", "a %d-month history" % r.randint(2, 18), "several weeks"]), r.choice(S["symptoms"]),
            r.choice(["insidiously", "quite suddenly", "after a viral illness", "following a fall", "without obvious precipitant"]),
            r.choice(["progressively worsened", "fluctuated", "begun to interfere with %s work" % p.his, "improved somewhat with rest"])),
        "There is no history of %s or %s." % tuple(r.sample(["weight loss", "night sweats", "fevers", "trauma", "chest pain",
                                                             "bowel change", "bleeding", "syncope", "neurological symptoms"], 2)),
        "%s past history is notable for %s." % (p.His, join_and(pmh_list(r, r.randint(1, 4)))),
        "Socially, %s %s and %s %s (smoking: %s)." % (p.he, r.choice(SOCIAL_BITS["living"]), "is" if p.age >= 68 else "works as",
                                                    art(occupation(r, p)), r.choice(SOCIAL_BITS["smoking"])),
        "%s has tolerated %s without side effects and adherence sounds good." % (p.He, r.choice(meds).split(" ")[0]),
        "Of note, %s %s." % (p.his, r.choice(["mother had similar problems in her fifties", "father had a comparable illness in later life",
                                                 "older brother was diagnosed with the same condition last year",
                                                 "family history is otherwise unremarkable"])),
        "%s tells me that the symptoms are worst %s and are relieved to some extent by %s." % (
            p.He, r.choice(["first thing in the morning", "in the evenings", "after meals", "with exertion", "when lying flat"]),
            r.choice(["rest", "simple analgesia", "heat", "sitting upright", "nothing in particular"])),
        "Over the last %s %s has lost approximately %d kg without trying." % (r.choice(["three months", "six months", "year"]), p.he, r.randint(3, 14)),
        "%s sleep has been disturbed and %s mood has been understandably low." % (p.His, p.his),
        "%s %s accompanied %s today and provided a helpful collateral history." % (p.His, r.choice(["daughter", "son", "partner", "husband" if p.sex == "F" else "wife", "carer"]), p.him),
        "Since the last review there have been %s, and %s has %s." % (
            r.choice(["two further episodes", "no hospital admissions", "a number of changes to %s medications" % p.his, "no new symptoms"]), p.he,
            r.choice(["managed to return to work", "been attending the gym three times a week", "found it harder to get about",
                      "continued to do the gardening"])),
        "A trial of %s was stopped after %s due to %s." % (r.choice(ALL_MEDS).split(" (")[0], r.choice(["a fortnight", "a month", "three days"]),
                                                           r.choice(["nausea", "dizziness", "a rash", "lack of benefit", "ankle swelling", "cost"])),
        "%s has been unable to %s for the past %s." % (p.He, r.choice(["drive", "play golf", "walk the dog", "work full shifts", "sleep through the night",
                                                                      "lift the grandchildren"]), r.choice(["month", "few weeks", "six months"])),
    ]
    long_form = r.random() < 0.22
    hs = pick(r, hist, r.randint(2, 9) if not long_form else len(hist))
    if len(hs) > 4:
        paras.append(" ".join(hs[:len(hs) // 2]))
        paras.append(" ".join(hs[len(hs) // 2:]))
    else:
        paras.append(" ".join(hs))
    exam = [
        "On examination %s looked %s. Blood pressure was %d/%d with a pulse of %d %s." % (
            p.he, r.choice(["well", "comfortable", "tired", "frail but cheerful", "mildly anxious"]), r.randint(100, 170), r.randint(55, 98),
            r.randint(52, 110), r.choice(["and regular", "irregularly irregular", "regular"])),
        "BMI was %.1f." % r.uniform(19, 42),
        "Cardiorespiratory examination was unremarkable.",
        "Abdomen was soft with %s." % r.choice(["mild epigastric tenderness", "no organomegaly", "a palpable liver edge 2 cm below the costal margin"]),
        "Examination of the %s revealed %s." % (r.choice(["right knee", "left hip", "hands", "skin", "neck", "chest", "feet"]),
                                             r.choice(["a small effusion", "reduced range of movement", "synovitis of the MCPs",
                                                       "a 1 cm firm mobile node", "scattered crackles at the bases", "reduced pedal pulses",
                                                       "no abnormality"])),
        "Neurological examination was non-focal.",
    ]
    ex_used = pick(r, exam, r.randint(1, 4))
    paras.append(" ".join(ex_used))
    if long_form:
        rest = [x for x in exam if x not in ex_used]
        if rest:
            paras.append(" ".join(rest))
    if long_form or r.random() < 0.35:
        res = ["Results to hand:" if r.random() < 0.5 else "Investigations:"]
        res += ["- " + x for x in pick(r, [
            "Hb %d g/L, WCC %.1f, platelets %d" % (r.randint(85, 165), r.uniform(3.5, 14), r.randint(110, 420)),
            "Na %d, K %.1f, creatinine %d umol/L (eGFR %d)" % (r.randint(128, 145), r.uniform(3.4, 5.6), r.randint(50, 260), r.randint(15, 90)),
            "ALT %d, GGT %d, ALP %d, bilirubin %d" % (r.randint(10, 180), r.randint(10, 400), r.randint(40, 300), r.randint(4, 60)),
            "HbA1c %.1f%% (%d mmol/mol)" % (r.uniform(5.4, 11.5), r.randint(36, 102)), "Ferritin %d ug/L" % r.randint(4, 900),
            "TSH %.2f mIU/L" % r.uniform(0.01, 12), "CRP %d mg/L, ESR %d" % (r.randint(1, 120), r.randint(2, 100)),
            "ECG: %s" % r.choice(["sinus rhythm, normal axis", "AF with controlled ventricular rate", "LVH by voltage criteria", "RBBB"]),
            "%s (%s): %s" % (r.choice(["CT", "MRI", "US", "XR"]), fmt_date(r, d - _dt.timedelta(days=r.randint(5, 90)), 1),
                             r.choice(["unremarkable", "moderate degenerative change", "see report enclosed", "stable compared with prior"])),
            "Urine ACR %.1f" % r.uniform(0.5, 80), "Vitamin D %d nmol/L" % r.randint(18, 110), "PSA %.1f ug/L" % r.uniform(0.3, 18)],
            r.randint(2, 7))]
        paras.append("\n".join(res))
    inv = [
        "Recent bloods show a haemoglobin of %d, creatinine %d with eGFR %d, and HbA1c %.1f%%." % (
            r.randint(85, 160), r.randint(50, 220), r.randint(15, 90), r.uniform(5.2, 11.5)),
        "The %s you organised shows %s." % (r.choice(["CT", "ultrasound", "MRI", "X-ray", "echo"]),
                                             r.choice(["features consistent with the clinical diagnosis", "no sinister pathology",
                                                       "a mildly dilated common bile duct", "moderate degenerative change",
                                                       "an ejection fraction of 35%", "a 14 mm left adrenal lesion"])),
        "Today I have arranged %s." % r.choice(S["procedures"]),
        "I have requested %s, and will contact you with the results." % r.choice(S["procedures"]),
    ]
    paras.append(" ".join(pick(r, inv, r.randint(1, 3))))
    imp = [
        "My impression is that %s has %s." % (p.he, dx),
        "I think the most likely explanation for %s symptoms is %s, although %s remains a possibility." % (
            p.his, dx, r.choice(S["conditions"])),
        "Overall, I am reassured by today's assessment.",
        "We discussed the options at length, including the risks and benefits of %s, and %s %s." % (
            r.choice(S["procedures"]), p.he, r.choice(["is keen to proceed", "would like time to consider", "wishes to continue conservatively"])),
        "I have suggested that %s commence %s, and would be grateful if you could check %s in two weeks." % (
            p.he, r.choice(meds), r.choice(["renal function and potassium", "an FBC", "LFTs", "blood pressure"])),
        "I have placed %s on the waiting list (category %d) for %s." % (p.him, r.randint(1, 3), r.choice(S["procedures"])),
        "I have not made any changes to %s medications today." % p.his,
        "There is no indication for surgical intervention at this stage.",
    ]
    paras.append(" ".join(pick(r, imp, r.randint(2, 4))))
    disc = [
        "I have explained that %s is a %s condition and that the aim of treatment is %s." % (
            dx, r.choice(["common", "chronic", "generally manageable", "potentially serious but treatable"]),
            r.choice(["symptom control", "preventing further episodes", "preserving function", "slowing progression"])),
        "We talked about the natural history, and I emphasised the importance of %s." % r.choice(
            ["regular exercise", "weight reduction", "smoking cessation", "taking medications consistently", "early review if symptoms change"]),
        "%s asked sensible questions about %s, which I have tried to answer." % (p.He, r.choice(["prognosis", "driving", "work", "travel", "surgery", "genetics"])),
        "I have provided written information and the details of the %s nurse specialist." % S["clinic"],
        "If the %s does not settle within the next %s, the next step would be %s." % (
            r.choice(S["symptoms"]), r.choice(["month", "six weeks", "three months"]), r.choice(S["procedures"])),
        "From a driving point of view, I have advised %s." % r.choice(["no restriction", "no driving for six months", "that %s notify the licensing authority" % p.he,
                                                                       "no commercial driving until reviewed"]),
        "I would be grateful if you could %s in the meantime." % r.choice(["arrange a repeat FBC and ferritin", "monitor %s weight" % p.his,
                                                                           "check a lipid profile", "keep an eye on %s mood" % p.his,
                                                                           "arrange the influenza and pneumococcal vaccines"]),
        "I have also spoken with %s regarding %s." % (r.choice(["the %s team" % r.choice(SPEC_KEYS), "the community nurse", "the practice pharmacist"]),
                                                     r.choice(["shared care", "a joint review", "the planned procedure", "medication monitoring"])),
    ]
    if long_form or r.random() < 0.55:
        paras.append(" ".join(pick(r, disc, r.randint(2, 6) if not long_form else len(disc))))
    if long_form or r.random() < 0.4:
        # long dictation: comment on each additional problem
        for pr in probs[1:]:
            paras.append(" ".join([
                r.choice(["With regard to %s %s, " % (p.his, pr), "Turning to %s %s, " % (p.his, pr), "In terms of %s %s, " % (p.his, pr),
                          "Regarding the %s, " % pr]) + r.choice([
                    "this appears stable and I have not made any changes.", "%s reports no recent problems." % p.he,
                    "I wonder whether this is contributing to the current presentation.", "this remains under the care of %s." % doctor(r),
                    "control has been suboptimal of late.", "there has been a gradual deterioration over the past year."]),
                r.choice(["I would continue the current management.", "It may be worth reviewing this at %s next GP visit." % p.his,
                          "Repeat assessment in six months would be reasonable.", "I have suggested a referral back to the relevant clinic.",
                          "No further investigation is required from my point of view.", "I have asked %s to keep a symptom diary." % p.him,
                          "This will need to be taken into account if surgery is contemplated."])]))
    paras.append(r.choice([
        "I will see %s again in %d months, sooner if required." % (p.him, r.randint(2, 12)),
        "I have not arranged routine follow up but would be happy to see %s again should the need arise." % p.him,
        "I will review %s with the results in %d weeks." % (p.him, r.randint(2, 8)),
        "We will send an appointment for the next available clinic.",
    ]))
    if r.random() < 0.35:
        paras.append(r.choice(["Thank you once again for this kind referral.", "Thanks again for involving me in %s care." % p.his,
                               "Please do not hesitate to contact me if you have any concerns in the interim."]))
    out += paras
    sign = r.choice(["Yours sincerely,", "Kind regards,", "Yours faithfully,", "With best wishes,", "Regards"])
    s2 = "%s\n\n%s\n%s" % (sign, sp, S["doc"] if r.random() < 0.7 else "Consultant " + S["doc"])
    if r.random() < 0.4:
        s2 += "\n\n" + r.choice(["Dictated but not read", "Dictated but not checked to avoid delay", "D: %s  T: %s  %s/%s" % (
            fmt_date(r, d, 1), fmt_date(r, d + _dt.timedelta(days=r.randint(0, 6)), 1), "".join(x[0] for x in sp.split()[1:]).lower(),
            r.choice(["kb", "jm", "tr", "ah", "sm"])), "Transcribed by Medical Typing Services"])
    if r.random() < 0.5:
        s2 += "\ncc: %s" % r.choice(["%s (referring)" % doctor(r), "Patient", "%s, %s" % (doctor(r), r.choice(COUNTRIES[country]["hospitals"]))])
    out.append(s2)
    return "\n\n".join(out)


# ================================================================ 4. GP referral letter to specialist / ED

def gen_referral_letter(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (1, 14) if spec == "paediatrics" else (16, 95))
    gp = p.gp
    out = []
    style = r.randint(0, 2)
    if r.random() < 0.7:
        c = COUNTRIES[country]
        out.append("%s\n%d %s, %s\nPh %s  Fax %s%s" % (p.practice, r.randint(1, 200), r.choice(STREETS), p.town, c["phone"](r), c["phone"](r),
                                                       "\nHPI-O %s" % digits(r, 16) if country == "AU" and r.random() < 0.3 else ""))
    if r.random() < 0.2:
        out.insert(0, fax_header(r, p))
    spec_dr = doctor(r)
    if style == 2:
        # e-referral form layout
        out.append(r.choice(["REFERRAL", "Specialist Referral", "e-Referral", "Referral Form", "Outpatient Referral - %s" % S["clinic"]]))
        rows = ["To: %s" % r.choice([spec_dr + ", " + S["doc"], "The Registrar, " + S["clinic"], S["clinic"] + " Outpatients, " +
                                     r.choice(COUNTRIES[country]["hospitals"])]),
                "From: %s" % gp, "Date: %s" % fmt_date(r, p.visit),
                "Patient: %s   DOB: %s   Ph: %s" % (full_name(p), fmt_date(r, p.dob, 0), p.phone),
                "Address: %s" % p.address]
        rows += ["%s: %s" % x for x in p.ids]
        rows.append("Urgency: %s" % r.choice(["Routine", "Urgent", "Semi-urgent", "Category 2 (within 90 days)", "Please see within 2 weeks",
                                              "Soon"]))
        rows.append("Interpreter required: %s" % r.choice(["No", "No", "Yes - Vietnamese", "Yes - Samoan", "Yes - Polish", "No"]))
        rows.append("Reason for referral: %s" % cap(r.choice(S["symptoms"]) + " ?" + r.choice(S["conditions"])))
        rows.append("Clinical details:")
        out.append("\n".join(rows))
    else:
        out.append(fmt_date(r, p.visit, r.choice([0, 2, 5])))
        out.append("%s\n%s\n%s" % (spec_dr, S["doc"], r.choice(["Consulting Rooms", r.choice(COUNTRIES[country]["hospitals"]),
                                                                 "Outpatient Department"])))
        out.append("Dear %s," % r.choice([spec_dr.split()[-1] and spec_dr.split()[0] + " " + spec_dr.split()[-1], "Doctor", "Colleague",
                                         spec_dr.split()[1]]))
        out.append("Re: %s, DOB %s, %s" % (full_name(p, 2), fmt_date(r, p.dob, 0), p.address))
    nm = ref_name(p)
    body = [
        r.choice([
            "Thank you for seeing %s, %s %d year old %s with %s." % (nm, "an" if str(p.age)[0] == "8" or p.age in (11, 18) else "a", p.age, "lady" if p.sex == "F" else "man", r.choice(S["symptoms"])),
            "I would be grateful for your opinion and management of %s, who has %s." % (nm, r.choice(S["symptoms"])),
            "Could you please see %s regarding %s?" % (nm, r.choice(S["conditions"])),
            "Many thanks for seeing this %d y.o. with ?%s." % (p.age, r.choice(S["conditions"])),
            "Please assess %s for suitability for %s." % (nm, r.choice(S["procedures"])),
        ])]
    detail = [
        "Symptoms have been present for %s and are %s." % (r.choice(["around 3 months", "6/52", "2 years", "a few weeks", "since Christmas"]),
                                                          r.choice(["getting worse", "affecting sleep", "limiting work", "intermittent"])),
        "%s has tried %s without much relief." % (p.He, r.choice(ALL_MEDS).split(" (")[0]),
        "I note %s %s." % (p.his, r.choice(["raised inflammatory markers", "abnormal LFTs", "low ferritin (8)", "PSA of 7.2",
                                             "HbA1c of 9.4%", "eGFR drop from 55 to 38", "weight loss of 6 kg"])),
        "Results of recent investigations are attached.", "Imaging report enclosed.",
        "%s is anxious about the possibility of %s." % (p.He, r.choice(["cancer", "needing surgery", "losing %s licence" % p.his, "time off work"])),
        "%s would prefer to be seen %s." % (p.He, r.choice(["publicly", "privately - has top cover", "at the closer site", "in the afternoon"])),
        "%s has private health insurance." % p.He if country != "NZ" else "%s is not eligible for funded care? - please advise." % p.He,
        "Family history of %s." % r.choice(["bowel cancer (father at 52)", "early IHD", "breast cancer", "diabetes", "nil relevant"]),
    ]
    body.append(" ".join(pick(r, detail, r.randint(1, 5))))
    if r.random() < 0.6:
        body.append("PMHx: " + ", ".join(pmh_list(r, r.randint(1, 6))))
    if r.random() < 0.7:
        body.append("Meds: " + "; ".join(x.split(" (")[0] + (" " + x.split(") ")[1] if ") " in x else "") for x in med_list(r, spec, r.randint(1, 7))))
    if r.random() < 0.6:
        body.append("Allergies: " + r.choice(ALLERGIES))
    if r.random() < 0.4:
        body.append("Smoking: %s. Alcohol: %s." % (r.choice(SOCIAL_BITS["smoking"]), r.choice(SOCIAL_BITS["alcohol"])))
    out += body
    out.append(r.choice(["Kind regards", "Yours sincerely", "Thanks,", "Many thanks", "Regards"]) + "\n\n" + gp + "\n" +
               r.choice(["General Practitioner", "GP", "MBBS FRACGP", "MICGP", "FRNZCGP", "Rural Generalist"]) +
               maybe(r, 0.4, "\nProvider No %s%s" % (digits(r, 6), r.choice("ABCDFHJKLTWXY"))))
    if r.random() < 0.2:
        out.append("Enc: " + r.choice(["Pathology results", "US report", "Medication summary", "Health summary"]))
    return "\n\n".join(out)


# ================================================================ 5. emergency department record

TRIAGE_AU = ["ATS 1", "ATS 2", "ATS 3", "ATS 3", "ATS 4", "ATS 4", "ATS 5"]
TRIAGE_IE = ["MTS Red", "MTS Orange", "MTS Yellow", "MTS Green", "MTS Blue", "Cat 2 (Orange)", "Cat 3 (Yellow)"]
def gen_emergency_record(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    pres = r.choice(sorted(ED_CASES))
    case = ED_CASES[pres]
    spec = case["spec"]
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (0, 12) if spec == "paediatrics" else (15, 98))
    out = []
    if r.random() < 0.5:
        out.append(letterhead(r, p, dept=r.choice(["Emergency Department", "Emergency Department", "Emergency Medicine",
                                                      "Acute Assessment Unit"])))
    if r.random() < 0.4:
        out.append(sticker(r, p))
    t = r.choice(["EMERGENCY DEPARTMENT RECORD", "ED Clinical Record", "Emergency Department Attendance", "ED NOTES",
                  "EMERGENCY DEPARTMENT - MEDICAL RECORD", "", "ED Discharge Letter", "Emergency Care Summary"])
    if t:
        out.append(t)
    ah, am = r.randint(0, 23), r.randint(0, 50)
    arr = "%02d%02d" % (ah, am)
    tri_time = "%02d%02d" % (ah, am + r.randint(1, 9))
    tri = r.choice(TRIAGE_IE if country == "IE" else TRIAGE_AU)
    head = ["Arrival: %s %s   Mode: %s" % (fmt_date(r, p.visit, 1), arr, r.choice(["Self/walk-in", "Private car", "Police"] + {
        "AU": ["Ambulance", "QAS", "NSW Ambulance", "AV"], "NZ": ["St John", "Wellington Free Ambulance", "Ambulance"],
        "IE": ["NAS ambulance", "Ambulance", "Dublin Fire Brigade"]}[country])),
            "Triage: %s   Triage time %s" % (tri, tri_time), "Presenting problem: %s" % pres]
    if r.random() < 0.6:
        head.insert(0, "Name: %s   Age: %d   Sex: %s" % (full_name(p, 1), p.age, p.sex))
    out.append("\n".join(head))
    # triage nurse note, terse
    tn = r.choice(["Triage note: ", "TRIAGE: ", "Nursing triage - "]) + "%s %s. %s. %s." % (
        pres, r.choice(["since this am", "x2/7", "onset 1hr PTA", "today", "worse overnight", "since 1900 last night"]),
        r.choice(["Alert, GCS 15", "Pale, clammy", "Ambulating with assistance", "Distressed ++", "Speaking full sentences",
                  "Alert and interactive child", "GCS 14 (E4 V4 M6)"]), obs_line(r, 2, r.random() < 0.3))
    if r.random() < 0.6:
        tn += " " + r.choice(["Pain %d/10." % r.randint(2, 10), "Analgesia given by paramedics.", "IVC in situ.", "ECG done at triage.",
                              "Nil allergies.", "Sent to waiting room.", "To Resus.", "To fast track.", "Cubicle 7."])
    out.append(tn)
    # doctor assessment
    dr = doctor(r, "Dr")
    hi = r.randrange(len(case["hpc"]))
    hx = ["HPC: %s %s%s." % (r.choice(["Pt reports", "c/o", "States", "Hx from pt and family:", "Per ambulance:", "Hx from pt:"]),
                             case["hpc"][hi], r.choice(["", "", ", " + r.choice(["gradual onset", "sudden onset", "intermittent", "constant"])]))]
    neg = pick(r, ["No fevers", "No LOC", "No vomiting", "Nil chest pain", "No SOB", "No urinary sx", "Not anticoagulated",
                   "No neck pain", "No recent travel", "No recent illness", "Nil sick contacts", "Nil similar episodes"], r.randint(1, 4))
    hx.append(". ".join(neg) + ".")
    if r.random() < 0.7:
        hx.append("PMHx: %s." % ", ".join(pmh_list(r, r.randint(0, 4)) or ["nil"]))
    if r.random() < 0.6:
        hx.append("Meds: %s." % ", ".join(x.split(" (")[0] for x in med_list(r, spec, r.randint(0, 5))) or "Meds: nil.")
    hx.append("Allergies: %s." % r.choice(ALLERGIES))
    if r.random() < 0.5:
        hx.append("SHx: %s, %s." % (r.choice(SOCIAL_BITS["living"]), r.choice(SOCIAL_BITS["smoking"])))
    ex = ["O/E: %s" % r.choice(["Looks well", "Unwell looking", "Comfortable at rest", "Mildly distressed", "Alert, afebrile", "Drowsy but rousable"])]
    ex.append(obs_line(r, r.randint(0, 1)))
    ex += pick(r, case["ex"], r.randint(2, len(case["ex"])))
    ix = [r.choice(["Ix:", "Investigations:", "Results:"])]
    ix += [fill_nums(r, x) for x in pick(r, case["ix"], r.randint(1, len(case["ix"])))]
    mgmt = [r.choice(["Mx:", "Management:", "Treatment in ED:", "Plan"])]
    mgmt += pick(r, case["mx"], r.randint(1, len(case["mx"])))
    if r.random() < 0.4:
        mgmt.append(r.choice(["Progress: ", "Reassessment %s: " % fmt_time(r), "Re-r/v: "]) + r.choice([
            "symptoms much improved, tolerating oral fluids, mobilising independently.", "pain 2/10 after analgesia.",
            "obs normalised, pt keen for home.", "ongoing pain, discussed with inpatient team.",
            "family now present and updated.", "still unsettled, further dose of analgesia given."]))
    if r.random() < 0.3:
        mgmt.append("Senior review (%s): %s" % (doctor_initial(r), r.choice([
            "agree with assessment and plan.", "suitable for discharge with safety-netting.", "low risk pathway - no further testing.",
            "admit for observation and serial assessment.", "discussed with patient, understands and agrees."])))
    body = "\n".join(hx) + "\n\n" + "\n".join(ex) + "\n\n" + "\n".join(ix) + "\n\n" + "\n".join(mgmt)
    out.append(body)
    diag = r.choice(["Diagnosis: ", "ED diagnosis: ", "Dx: ", "Working diagnosis: "]) + (case["dx"][hi] if len(case["dx"]) == len(case["hpc"]) else r.choice(case["dx"]))
    dispo = "Disposition: %s" % r.choice(["Discharged home", "D/C home with GP f/u", "Admitted under %s" % S["clinic"], "Admitted to ICU",
                                          "Transferred to tertiary centre", "DNW - did not wait", "Left against medical advice",
                                          "Admitted to EMU/SSU", "Discharged to RACF", "Referred to fracture clinic"])
    out.append(diag + "\n" + dispo + maybe(r, 0.6, "\nDeparture time: %s" % fmt_time(r)))
    if r.random() < 0.5:
        out.append(r.choice(["Advice to patient/GP: ", "Discharge advice: ", "GP to: "]) + r.choice([
            "return if worse, fevers, or not improving in 48 h.", "review in 2-3 days for wound check.", "sutures out day 10.",
            "repeat bloods Monday.", "fracture clinic Tuesday - booked.", "head injury advice sheet given.", "complete antibiotic course."]))
    out.append("%s\n%s" % (dr, r.choice(["ED Registrar", "Emergency Physician", "RMO", "CMO", "ED SHO", "FACEM", "Nurse Practitioner"])))
    return "\n\n".join(out)

# ================================================================ 6. radiology report

STUDIES = [
    dict(name="CHEST X-RAY (PA and lateral)", hist=["cough ?pneumonia", "SOB", "pre-op", "fever", "chest pain"],
         tech=[],
         normal=["The heart size is within normal limits.", "The lungs are clear.", "No pleural effusion or pneumothorax.",
                 "Mediastinal contours are unremarkable.", "No acute bony abnormality."],
         abn=["There is airspace opacification in the right lower zone with air bronchograms, consistent with consolidation.",
              "Small left pleural effusion blunting the costophrenic angle.", "Cardiomegaly with upper lobe venous diversion and Kerley B lines.",
              "A 2 cm rounded opacity projects over the left mid zone.", "Hyperinflated lungs with flattened hemidiaphragms.",
              "Left apical pneumothorax measuring 2.5 cm at the apex."],
         conc=["No active cardiopulmonary disease.", "Right lower lobe pneumonia.", "Features of cardiac failure.",
               "Left mid zone nodule - CT chest recommended.", "Small left pneumothorax."]),
    dict(name="CT BRAIN (non-contrast)", hist=["fall on warfarin, head strike", "headache, worst ever", "confusion", "R sided weakness"],
         tech=["Axial images were acquired from skull base to vertex without IV contrast."],
         normal=["No intracranial haemorrhage, mass effect or midline shift.", "Grey-white matter differentiation is preserved.",
                 "Ventricles and sulci are appropriate for age.", "No calvarial fracture."],
         abn=["There is a 6 mm acute left-sided subdural haematoma over the frontoparietal convexity without significant mass effect.",
              "Loss of grey-white differentiation in the left insular cortex in keeping with an evolving infarct.",
              "Hyperdense left MCA sign.", "Moderate periventricular white matter hypodensity, likely chronic small vessel ischaemia."],
         conc=["No acute intracranial abnormality.", "Acute left subdural haematoma.", "Evolving left MCA infarct.",
               "Chronic small vessel ischaemic change only."]),
    dict(name="CT ABDOMEN AND PELVIS WITH CONTRAST", hist=["RIF pain, raised WCC", "LIF pain ?diverticulitis", "abdo pain, vomiting",
                                                          "weight loss ?malignancy"],
         tech=["Portal venous phase imaging from diaphragm to symphysis following 100 mL Omnipaque 350.", "Oral contrast was given."],
         normal=["Liver, spleen, pancreas and adrenals are unremarkable.", "Kidneys enhance symmetrically with no hydronephrosis.",
                 "No free fluid or free gas.", "Bowel loops are of normal calibre.", "No lymphadenopathy."],
         abn=["The appendix is dilated to 11 mm with periappendiceal fat stranding; no abscess.",
              "Segmental wall thickening of the sigmoid colon with pericolic fat stranding and diverticula; small locule of extraluminal gas.",
              "Dilated small bowel loops up to 38 mm with a transition point in the right lower quadrant.",
              "Multiple hypodense hepatic lesions, the largest 24 mm in segment VI, suspicious for metastases."],
         conc=["Acute appendicitis.", "Acute sigmoid diverticulitis with a contained microperforation.",
               "Small bowel obstruction, likely adhesional.", "Hepatic lesions suspicious for metastatic disease."]),
    dict(name="CT PULMONARY ANGIOGRAM", hist=["pleuritic chest pain, tachycardic", "SOB post-op day 5", "raised D-dimer"],
         tech=["Bolus-tracked CTPA with 60 mL Omnipaque."],
         normal=["The pulmonary arteries opacify well with no filling defect.", "RV:LV ratio is normal.", "Lungs clear."],
         abn=["Filling defects are present within the right lower lobe segmental and subsegmental arteries.",
              "Saddle embolus at the pulmonary trunk bifurcation with RV:LV ratio of 1.3.", "Wedge-shaped peripheral opacity in the RLL in keeping with infarction."],
         conc=["No pulmonary embolism.", "Right lower lobe pulmonary emboli.", "Saddle PE with CT evidence of right heart strain."]),
    dict(name="ULTRASOUND ABDOMEN", hist=["RUQ pain", "deranged LFTs", "?gallstones"], tech=[],
         normal=["The liver is normal in size and echotexture.", "Gallbladder is thin walled and contains no calculi.",
                 "The CBD measures 4 mm.", "Both kidneys are normal in size."],
         abn=["Multiple mobile echogenic calculi within the gallbladder, the largest 14 mm, with wall thickening to 5 mm and a positive sonographic Murphy's sign.",
              "Diffusely increased hepatic echogenicity consistent with steatosis.", "The CBD is dilated to 9 mm.",
              "Nodular liver contour with splenomegaly (15 cm)."],
         conc=["Normal abdominal ultrasound.", "Acute calculous cholecystitis.", "Hepatic steatosis.", "Features of cirrhosis with portal hypertension."]),
    dict(name="PELVIC ULTRASOUND (transabdominal and transvaginal)", hist=["PMB", "menorrhagia", "pelvic pain", "?ectopic, bHCG 1800"], tech=[],
         normal=["The uterus is anteverted and normal in size.", "Endometrial thickness 4 mm.", "Both ovaries appear normal.", "No free fluid."],
         abn=["The uterus is bulky with a 4.2 cm intramural fibroid in the posterior wall.", "Endometrium is thickened at 14 mm.",
              "A 5.8 cm complex cyst with echogenic components arises from the right ovary.", "No intrauterine gestation; a right adnexal mass with free fluid."],
         conc=["Normal pelvic ultrasound.", "Fibroid uterus.", "Thickened endometrium - recommend tissue sampling.", "Findings suspicious for right ectopic pregnancy."]),
    dict(name="VENOUS DOPPLER LEFT LOWER LIMB", hist=["swollen L calf", "post-op calf pain"], tech=[],
         normal=["The common femoral, femoral and popliteal veins are fully compressible with normal flow.", "Calf veins visualised and patent."],
         abn=["Non-compressible thrombus extends from the popliteal vein into the posterior tibial veins.", "Isolated peroneal vein thrombosis.",
              "Superficial thrombophlebitis of the great saphenous vein, 5 cm from the SFJ."],
         conc=["No DVT.", "Acute popliteal DVT.", "Isolated distal DVT.", "Superficial venous thrombosis."]),
    dict(name="MRI LUMBAR SPINE", hist=["L leg sciatica 8/52", "back pain, bilateral leg numbness"], tech=["Sagittal T1, T2, STIR and axial T2 sequences."],
         normal=["Alignment normal.", "Conus terminates at L1.", "No significant canal or foraminal stenosis."],
         abn=["At L4/5 there is a left paracentral disc extrusion compressing the traversing left L5 nerve root.",
              "Multilevel degenerative disc disease with facet arthropathy, worst at L3/4 where there is moderate canal stenosis.",
              "Modic type 1 endplate changes at L5/S1."],
         conc=["No significant abnormality.", "L4/5 disc extrusion with left L5 root compression.", "Moderate L3/4 canal stenosis."]),
    dict(name="MRI RIGHT KNEE", hist=["twisting injury, effusion", "locking"], tech=["Multiplanar PD fat-sat sequences."],
         normal=["The cruciate and collateral ligaments are intact.", "Menisci are intact.", "Articular cartilage preserved."],
         abn=["Complete tear of the ACL with bone bruising of the lateral femoral condyle and posterolateral tibial plateau.",
              "Complex tear of the posterior horn of the medial meniscus.", "Grade 3 chondral loss medial compartment."],
         conc=["Normal MRI knee.", "ACL rupture.", "Medial meniscal tear."]),
    dict(name="BILATERAL MAMMOGRAPHY AND ULTRASOUND", hist=["L breast lump", "screening recall", "FHx"], tech=[],
         normal=["Breasts are heterogeneously dense (ACR C).", "No suspicious mass, calcification or distortion."],
         abn=["At 2 o'clock in the left breast there is a 16 mm irregular hypoechoic mass with posterior shadowing.",
              "Clustered fine pleomorphic calcifications in the right upper outer quadrant."],
         conc=["BI-RADS 1 - negative.", "BI-RADS 5 - highly suggestive of malignancy; core biopsy recommended.", "BI-RADS 4 - stereotactic biopsy advised."]),
    dict(name="BONE MINERAL DENSITOMETRY (DXA)", hist=["postmenopausal, on prednisolone", "low trauma fracture"], tech=["Lumbar spine and left hip scanned on a Hologic unit."],
         normal=["L1-L4 T-score -0.6.", "Total hip T-score -0.9."],
         abn=["L1-L4 BMD 0.742 g/cm2, T-score -2.9.", "Femoral neck T-score -2.6, Z-score -1.4."],
         conc=["Normal bone density.", "Osteoporosis.", "Osteopenia."]),
    dict(name="X-RAY LEFT WRIST", hist=["FOOSH", "pain post fall"], tech=[],
         normal=["No fracture or dislocation.", "Carpal alignment normal."],
         abn=["Transverse fracture of the distal radial metaphysis with 20 degrees dorsal angulation and ulnar styloid fracture.",
              "Subtle lucency through the scaphoid waist."],
         conc=["No bony injury.", "Displaced distal radius fracture.", "Probable scaphoid waist fracture - suggest CT or repeat XR in 10 days."]),
    dict(name="X-RAY PELVIS AND RIGHT HIP", hist=["fall, shortened externally rotated leg"], tech=[],
         normal=["No fracture.", "Hip joints preserved."],
         abn=["Displaced subcapital fracture of the right femoral neck (Garden IV).", "Intertrochanteric fracture of the right femur."],
         conc=["No fracture identified.", "Right neck of femur fracture."]),
    dict(name="ULTRASOUND RENAL TRACT", hist=["AKI", "haematuria", "recurrent UTI"], tech=[],
         normal=["Right kidney 10.8 cm, left 11.1 cm.", "No hydronephrosis.", "Bladder unremarkable."],
         abn=["Moderate left hydronephrosis with a 7 mm calculus at the VUJ.", "Multiple bilateral cysts in enlarged kidneys.",
              "Prevoid 420 mL, postvoid residual 260 mL."],
         conc=["Normal renal ultrasound.", "Left hydronephrosis due to VUJ calculus.", "Incomplete bladder emptying."]),
    dict(name="ECHOCARDIOGRAM (TTE)", hist=["murmur", "SOB, ?LV function"], tech=["Transthoracic study, adequate windows."],
         normal=["Normal LV size and systolic function, LVEF 60%.", "No significant valvular disease."],
         abn=["Severe aortic stenosis: mean gradient 48 mmHg, AVA 0.7 cm2.", "Moderate global LV hypokinesis, LVEF 35% (biplane).",
              "Dilated left atrium, moderate mitral regurgitation."],
         conc=["Normal study.", "Severe aortic stenosis.", "Moderately impaired LV systolic function."]),
]


def gen_radiology_report(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    p = make_patient(r, country, (3, 96))
    st = r.choice(STUDIES)
    c = COUNTRIES[country]
    practice = r.choice(c["radiology"]) if r.random() < 0.6 else r.choice(c["hospitals"]) + " - Medical Imaging"
    out = []
    if r.random() < 0.8:
        hdr = practice.upper() if r.random() < 0.5 else practice
        hdr += "\n" + r.choice(["%d %s, %s" % (r.randint(1, 200), r.choice(STREETS), r.choice(c["towns"])[0]), "Bookings %s" % c["phone"](r),
                                "Radiology Department"])
        if country == "AU" and r.random() < 0.4:
            hdr += "\nLSPN %s" % digits(r, 6)
        out.append(hdr)
    rp = ["Patient: %s" % full_name(p, r.choice([0, 1, 2])), "DOB: %s" % fmt_date(r, p.dob, 0)]
    if r.random() < 0.7:
        rp.append("Ref Dr: %s" % p.gp)
    rp.append("Exam date: %s" % fmt_date(r, p.visit))
    if r.random() < 0.6:
        rp.append("Accession: %s%s" % (r.choice(["", "RAD", "ACC", "CR"]), digits(r, 8)))
    if r.random() < 0.4:
        rp.append("%s: %s" % ("NHI" if country == "NZ" else "UR", p.mrn or digits(r, 7)))
    sep = r.choice(["\n", "    "])
    out.append(sep.join(rp))
    out.append(r.choice(["", "Examination: ", "EXAM: ", "Study: "]) + st["name"])
    out.append(r.choice(["Clinical history: ", "CLINICAL NOTES: ", "Clinical details: ", "History: ", "Indication: "]) + r.choice(st["hist"]))
    if st["tech"] and r.random() < 0.7:
        out.append(r.choice(["Technique: ", "TECHNIQUE: ", ""]) + " ".join(st["tech"]))
    if r.random() < 0.5:
        out.append(r.choice(["Comparison: ", "COMPARISON: "]) + r.choice(["None available.", "Nil.", "Prior study %s." % fmt_date(r, rand_date(r)),
                                                                        "Previous films from %s." % r.choice(c["hospitals"])]))
    abnormal = r.random() < 0.6
    k = r.randint(0, len(st["abn"]) - 1)
    findings = []
    if abnormal:
        findings.append(st["abn"][k])
        findings += pick(r, st["normal"], r.randint(1, len(st["normal"])))
        others = [x for i, x in enumerate(st["abn"]) if i != k]
        if others and r.random() < 0.3:
            findings.append(r.choice(others))
        concl = st["conc"][min(k + 1, len(st["conc"]) - 1)]
    else:
        findings += pick(r, st["normal"], r.randint(1, len(st["normal"])))
        concl = st["conc"][0]
    if r.random() < 0.3:
        findings.append(r.choice(["Incidental note of degenerative change in the visualised spine.", "Incidental small hiatus hernia.",
                                  "Incidental simple renal cyst.", "Atherosclerotic calcification of the aorta."]))
    ft = r.choice(["Findings:", "FINDINGS:", "Report:", "REPORT:", ""])
    if r.random() < 0.5:
        out.append((ft + "\n" if ft else "") + "\n".join(findings))
    else:
        out.append((ft + "\n" if ft else "") + " ".join(findings))
    it = r.choice(["Conclusion:", "CONCLUSION:", "Impression:", "IMPRESSION:", "Comment:", "Summary:"])
    ctext = concl
    if abnormal and r.random() < 0.5:
        ctext += " " + r.choice(["Findings were phoned to the referring doctor at %s." % fmt_time(r), "Clinical correlation is recommended.",
                                 "Follow-up imaging suggested.", "Discussed with the ED registrar.", "Result communicated to Dr on call."])
    out.append(it + "\n" + ctext)
    rad = doctor(r, "Dr")
    out.append(r.choice(["Thank you for this referral.\n", "", "", "Thank you for referring.\n"]) + "%s\n%s" % (
        rad, r.choice(["Radiologist", "Consultant Radiologist", "FRANZCR", "MB BCh FFR RCSI", "Reporting Radiologist"])) +
        maybe(r, 0.4, "\nReported %s %s" % (fmt_date(r, p.visit, 0), fmt_time(r))))
    if r.random() < 0.25:
        out.append(r.choice(["Images available via the web portal.", "This report has been electronically verified.", "Typed: %s" % r.choice(["jb", "mk", "VR"])]))
    return "\n\n".join(out)


# ================================================================ 7. pathology report

LAB_PANELS = {
    "Full Blood Count": [("Haemoglobin", "g/L", 115, 165, 0), ("WCC", "x10^9/L", 4.0, 11.0, 1), ("Platelets", "x10^9/L", 150, 400, 0),
                         ("Haematocrit", "", 0.36, 0.47, 2), ("MCV", "fL", 80, 98, 0), ("Neutrophils", "x10^9/L", 2.0, 7.5, 1),
                         ("Lymphocytes", "x10^9/L", 1.0, 4.0, 1), ("Eosinophils", "x10^9/L", 0.0, 0.5, 2)],
    "Electrolytes / Urea / Creatinine": [("Sodium", "mmol/L", 135, 145, 0), ("Potassium", "mmol/L", 3.5, 5.2, 1), ("Chloride", "mmol/L", 95, 110, 0),
                                         ("Bicarbonate", "mmol/L", 22, 32, 0), ("Urea", "mmol/L", 2.5, 8.0, 1), ("Creatinine", "umol/L", 45, 90, 0),
                                         ("eGFR", "mL/min/1.73m2", 60, 120, 0)],
    "Liver Function Tests": [("Bilirubin", "umol/L", 2, 20, 0), ("ALP", "U/L", 30, 110, 0), ("GGT", "U/L", 5, 50, 0), ("ALT", "U/L", 5, 40, 0),
                             ("AST", "U/L", 5, 35, 0), ("Albumin", "g/L", 35, 50, 0), ("Total protein", "g/L", 60, 80, 0)],
    "Lipid Studies": [("Cholesterol", "mmol/L", 0, 5.5, 1), ("Triglycerides", "mmol/L", 0, 2.0, 1), ("HDL", "mmol/L", 1.0, 2.2, 1),
                      ("LDL", "mmol/L", 0, 3.4, 1)],
    "Iron Studies": [("Iron", "umol/L", 10, 30, 0), ("Transferrin", "g/L", 2.0, 3.6, 1), ("Transferrin saturation", "%", 15, 45, 0),
                     ("Ferritin", "ug/L", 30, 300, 0)],
    "Thyroid Function": [("TSH", "mIU/L", 0.4, 4.0, 2), ("Free T4", "pmol/L", 10, 20, 1), ("Free T3", "pmol/L", 3.5, 6.5, 1)],
    "Coagulation": [("INR", "", 0.8, 1.2, 1), ("APTT", "sec", 24, 38, 0), ("Fibrinogen", "g/L", 2.0, 4.0, 1)],
    "Diabetes": [("HbA1c", "%", 4.0, 6.0, 1), ("HbA1c (IFCC)", "mmol/mol", 20, 42, 0), ("Glucose (fasting)", "mmol/L", 3.0, 6.0, 1)],
    "Inflammatory": [("CRP", "mg/L", 0, 5, 0), ("ESR", "mm/h", 1, 20, 0)],
    "Cardiac": [("Troponin T (hs)", "ng/L", 0, 14, 0), ("NT-proBNP", "pg/mL", 0, 125, 0), ("CK", "U/L", 30, 200, 0)],
}

HISTO = [
    ("Appendix", "Appendix 62 mm long x 9 mm diameter, serosa dull with fibrinopurulent exudate. Tip, mid and base sections embedded.",
     "Sections show transmural acute inflammation with mucosal ulceration and serositis. No evidence of dysplasia or neoplasm.",
     "Appendix: acute suppurative appendicitis with periappendicitis."),
    ("Gallbladder", "Opened gallbladder 78 x 32 mm, wall thickness up to 4 mm. Contains multiple faceted yellow-green calculi up to 12 mm.",
     "The mucosa shows Rokitansky-Aschoff sinuses and a mild chronic inflammatory infiltrate with mural fibrosis. No dysplasia.",
     "Gallbladder: chronic cholecystitis and cholelithiasis."),
    ("Skin, left cheek, excision", "Skin ellipse 18 x 8 x 5 mm bearing a pearly nodule 7 mm. Suture at 12 o'clock. Margins inked, serially sliced, all embedded.",
     "Nests of basaloid cells with peripheral palisading and retraction artefact extend into the reticular dermis. Margins clear: nearest peripheral 1.5 mm, deep 2 mm.",
     "Skin (left cheek): nodular basal cell carcinoma, completely excised."),
    ("Skin, back, shave", "Shave of skin 9 x 7 x 1 mm with a pigmented lesion 6 mm.",
     "Asymmetric junctional proliferation of atypical melanocytes with pagetoid spread. No dermal invasion identified.",
     "Skin (back): melanoma in situ, lentigo maligna type; lesion extends to a lateral margin. Re-excision advised."),
    ("Colon, polyp at 30 cm", "Polypoid fragment 8 mm, embedded whole.",
     "Tubular adenoma with low grade dysplasia. Diathermied stalk is free of adenoma.",
     "Sigmoid polyp: tubular adenoma, low grade dysplasia, completely excised."),
    ("Endometrial curettings", "Multiple fragments of tan tissue, aggregate 15 x 10 x 3 mm; all embedded.",
     "Proliferative-phase endometrium with no atypia, hyperplasia or malignancy.",
     "Endometrium: proliferative endometrium. No hyperplasia or malignancy."),
    ("Prostate, TURP chips", "Multiple chips, 24 g; 12 blocks.",
     "Nodular hyperplasia of glands and stroma. A small focus of Gleason 3+3=6 adenocarcinoma in <5% of chips.",
     "Prostate (TURP): benign prostatic hyperplasia; incidental adenocarcinoma pT1a, Gleason score 6 (Grade Group 1)."),
    ("Cervix, LLETZ", "Cone of cervix 20 x 18 x 9 mm, opened at 12 o'clock; serially sliced.",
     "High-grade squamous intraepithelial lesion (CIN3) involving endocervical glands; ectocervical and endocervical margins clear.",
     "Cervix: HSIL (CIN3), completely excised."),
    ("Femoral head", "Femoral head 48 mm with a subcapital fracture surface.",
     "Fractured trabecular bone with haemorrhage; osteoporotic architecture. No neoplasm.",
     "Femoral head: fracture, no pathological lesion identified."),
]

MICRO = [
    ("Urine MCS", ["Leucocytes: %s x10^6/L", "Red cells: %s x10^6/L", "Epithelial cells: few"],
     ["Escherichia coli >10^8 cfu/L", "Mixed growth of 3 organisms - likely contamination", "No growth", "Klebsiella pneumoniae 10^7-10^8 cfu/L",
      "Enterococcus faecalis >10^8 cfu/L"]),
    ("Wound swab MCS", ["Gram stain: polymorphs +++, gram positive cocci ++"],
     ["Staphylococcus aureus (MSSA) heavy growth", "Streptococcus pyogenes (Group A) moderate growth", "Mixed skin flora",
      "Pseudomonas aeruginosa light growth", "MRSA - patient to be isolated"]),
    ("Blood cultures", ["Aerobic and anaerobic bottles received x 2 sets"],
     ["No growth after 5 days", "Gram positive cocci in clusters in 2/2 sets - Staphylococcus aureus", "Escherichia coli in 1/2 sets",
      "Coagulase-negative staphylococcus in 1/4 bottles - probable contaminant"]),
    ("Faeces MCS + PCR", ["Consistency: liquid"],
     ["Campylobacter species DETECTED", "Norovirus GII DETECTED", "No enteric pathogens detected", "Clostridioides difficile toxin B gene DETECTED",
      "Giardia intestinalis DETECTED"]),
]
SUSC = ["Amoxicillin", "Amoxicillin/clavulanate", "Cephalexin", "Trimethoprim", "Nitrofurantoin", "Ciprofloxacin", "Gentamicin",
        "Flucloxacillin", "Erythromycin", "Doxycycline", "Co-trimoxazole", "Ceftriaxone", "Piperacillin/tazobactam", "Vancomycin"]


def lab_value(r, lo, hi, dp, abn):
    span = hi - lo if hi > lo else 1
    if abn:
        v = r.choice([lo - span * r.uniform(0.05, 0.5), hi + span * r.uniform(0.05, 1.5)])
    else:
        v = r.uniform(lo, hi)
    v = max(v, 0.0)
    return round(v, dp) if dp else int(round(v))


def _gen_path(r, family):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    p = make_patient(r, country, (1, 97))
    c = COUNTRIES[country]
    lab = r.choice(c["pathology"])
    out = []
    if r.random() < 0.85:
        out.append("%s\n%s%s" % (lab.upper() if r.random() < 0.5 else lab,
                                 r.choice(["NATA/RCPA accredited laboratory\n" if country == "AU" else "", "IANZ accredited\n" if country == "NZ" else "",
                                           "INAB accredited\n" if country == "IE" else "", ""]),
                                 "Enquiries %s" % c["phone"](r)))
    collected = p.visit
    hdr = ["Patient: %s" % full_name(p, r.choice([1, 2])), "DOB: %s  Sex: %s" % (fmt_date(r, p.dob, 0), p.sex),
           "Lab No: %s-%s" % (r.choice(["24", "PA", "H", "M", "B"]), digits(r, 7)),
           "Requested by: %s" % r.choice([p.gp, doctor(r)]),
           "Collected: %s %s   Received: %s" % (fmt_date(r, collected, 0), fmt_time(r), fmt_date(r, collected, 0))]
    if r.random() < 0.5:
        hdr.append("Copy to: %s" % r.choice([doctor(r), p.gp, "My Health Record", "patient"]))
    if r.random() < 0.4:
        hdr.append("Your ref: %s" % (p.mrn or digits(r, 7)))
    if country == "AU" and r.random() < 0.3:
        hdr.append("Medicare: %s" % medicare_no(r))
    out.append("\n".join(hdr))
    kind = r.choices(["chem", "micro"], [5, 3])[0] if family == "lab" else r.choices(["histo", "cyto"], [5, 1])[0]
    if kind == "chem":
        if r.random() < 0.5:
            out.append("Clinical notes: " + r.choice(["tired", "routine", "T2DM review", "on warfarin", "pre-op", "?anaemia", "fever",
                                                      "monitoring methotrexate", "chest pain", "lethargy ?thyroid", "annual check"]))
        panels = pick(r, list(LAB_PANELS), r.randint(1, 4))
        for pn in panels:
            rows = [pn.upper() if r.random() < 0.5 else pn]
            if r.random() < 0.5:
                rows.append("%-24s %10s  %-8s %s" % ("Test", "Result", "Units", "Ref range"))
            for name, unit, lo, hi, dp in LAB_PANELS[pn]:
                if r.random() < 0.15:
                    continue
                abn = r.random() < 0.22
                v = lab_value(r, lo, hi, dp, abn)
                flag = ""
                if v < lo:
                    flag = " L"
                elif v > hi:
                    flag = " H"
                rng = ("< %s" % hi) if lo == 0 else "%s-%s" % (lo, hi)
                if r.random() < 0.1 and name not in ("INR",):
                    rows.append("%-24s %10s%-2s %-8s (%s)" % (name, v, flag, unit, rng))
                else:
                    rows.append("%-24s %10s%-2s %-8s %s" % (name, v, flag, unit, rng))
            out.append("\n".join(rows))
        if r.random() < 0.6:
            out.append("Comment: " + r.choice([
                "Results consistent with iron deficiency. Suggest evaluation for blood loss if clinically appropriate.",
                "eGFR calculated using the CKD-EPI equation.", "Haemolysed specimen - potassium may be spuriously elevated.",
                "Moderately raised CRP consistent with an acute inflammatory process.", "HbA1c above target for most adults with diabetes.",
                "Fasting status not stated.", "INR within the usual therapeutic range for atrial fibrillation.",
                "Troponin rise above the 99th percentile. Serial measurement recommended.", "Phoned to Dr on call at %s." % fmt_time(r),
                "Mild isolated ALT rise - consider medication effect or fatty liver.", "Film: normochromic normocytic, no blasts seen."]))
    elif kind == "histo":
        site, macro, micro, dx = r.choice(HISTO)
        out.append(r.choice(["HISTOPATHOLOGY REPORT", "Surgical Pathology", "Anatomical Pathology Report", "HISTOLOGY"]))
        out.append("Specimen: %s" % site)
        if r.random() < 0.6:
            out.append("Clinical information: " + r.choice(["?BCC", "appendicitis", "biliary colic", "polyp at colonoscopy", "PMB",
                                                            "HSIL on cytology", "# NOF", "LUTS", "changing mole"]))
        out.append(r.choice(["MACROSCOPIC:", "Macroscopic description:", "Gross:"]) + "\n" + macro)
        out.append(r.choice(["MICROSCOPIC:", "Microscopic description:", "Microscopy:"]) + "\n" + micro)
        out.append(r.choice(["DIAGNOSIS:", "Final diagnosis:", "SUMMARY:", "Conclusion:"]) + "\n" + dx)
        if r.random() < 0.3:
            out.append("SNOMED: %s %s" % (digits(r, 8), digits(r, 9)))
    elif kind == "micro":
        name, lines, res = r.choice(MICRO)
        out.append((r.choice(["MICROBIOLOGY\n", "Microbiology Report\n", ""]) + name))
        ls = []
        for ln in lines:
            ls.append(ln % (r.choice(["<10", "50", ">100", "20"])) if "%s" in ln else ln)
        out.append("\n".join(ls))
        result = r.choice(res)
        out.append("Culture: " + result)
        if any(k in result for k in ["coli", "aureus", "Klebsiella", "pyogenes", "Pseudomonas", "Enterococcus", "MRSA"]):
            sl = ["Susceptibilities:"] + ["  %-26s %s" % (a, r.choice(["S", "S", "S", "R", "I"])) for a in pick(r, SUSC, r.randint(4, 8))]
            out.append("\n".join(sl))
        if r.random() < 0.5:
            out.append("Comment: " + r.choice(["Please correlate with clinical findings.", "Notifiable condition - public health notified.",
                                               "Interim report - further identification to follow.", "Final report.",
                                               "Significant bacteriuria.", "Repeat sample if symptoms persist."]))
    else:
        out.append(r.choice(["CERVICAL SCREENING TEST", "Cervical Screening - HPV", "CYTOLOGY"]))
        out.append("Specimen: %s" % r.choice(["LBC, clinician-collected", "Self-collected vaginal swab", "Cervical LBC"]))
        hpv = r.choice(["Oncogenic HPV NOT detected", "HPV 16/18 DETECTED", "HPV (not 16/18) DETECTED"])
        out.append("HPV result: %s" % hpv)
        if "DETECTED" in hpv:
            out.append("LBC: " + r.choice(["Negative for intraepithelial lesion", "Possible high-grade squamous lesion", "LSIL"]))
            out.append("Recommendation: " + r.choice(["Refer for colposcopy.", "Repeat HPV test in 12 months."]))
        else:
            out.append("Recommendation: Low risk. Next screening test in 5 years.")
    out.append(r.choice(["Authorised by: ", "Reported by: ", "Validated: ", "Pathologist: "]) + doctor(r, "Dr") +
               maybe(r, 0.5, "  %s %s" % (fmt_date(r, collected + _dt.timedelta(days=r.randint(0, 4)), 0), fmt_time(r))))
    if r.random() < 0.3:
        out.append(r.choice(["*** FINAL REPORT ***", "*** END OF REPORT ***", "Page 1 of 1", "Cumulative report - previous results available on request"]))
    return "\n\n".join(out)

def gen_lab_report(r):
    return _gen_path(r, "lab")


def gen_pathology_report(r):
    return _gen_path(r, "anat")


# ================================================================ 8. progress note (ward / clinic, transcribed)

def gen_progress_note(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (0, 14) if spec == "paediatrics" else (16, 99))
    out = []
    if r.random() < 0.35:
        out.append(sticker(r, p))
    if r.random() < 0.5:
        out.append(r.choice(["PROGRESS NOTES", "Integrated Progress Notes", "Clinical Notes", "Medical record - continuation sheet",
                             "MULTIDISCIPLINARY PROGRESS NOTES", "Ward notes (transcribed)"]))
    n = r.randint(1, 4) if r.random() < 0.8 else r.randint(5, 8)
    d0 = p.visit
    for i in range(n):
        d = d0 + _dt.timedelta(days=i)
        kind = r.choice(["wr", "wr", "wr", "soap", "allied", "oncall"])
        stamp = "%s %s" % (fmt_date(r, d, r.choice([1, 4])), fmt_time(r))
        if kind == "wr":
            lines = ["%s  %s" % (stamp, r.choice(["WR", "Ward round", "Cons WR", "Reg WR", "Team %s WR" % r.choice("ABCD")])) +
                     " - %s" % doctor_initial(r)]
            lines.append("Day %d %s" % (r.randint(1, 12), r.choice(["post-op", "of admission", "of IV abx", "post " + r.choice(S["procedures"])])))
            lines.append("S: " + r.choice(["feels better", "ongoing %s" % r.choice(S["symptoms"]), "slept poorly", "pain controlled",
                                          "nauseated o/n", "keen to go home", "no complaints", "BNO %d/7" % r.randint(2, 5),
                                          "passing flatus, tol diet"]))
            lines.append("O: " + obs_line(r, 2, r.random() < 0.2) + ". " + r.choice(
                ["Chest clear.", "Abdo soft, mild tender around wound.", "Wound clean & dry.", "Calves SNT.", "Mild pedal oedema.",
                 "Alert, oriented x3.", "Confused, CAM +ve.", "IDC draining clear.", "Drain 40 mL serous."]))
            if r.random() < 0.6:
                lines.append("Bloods: Hb %d, WCC %.1f, CRP %d, Cr %d, K %.1f" % (r.randint(80, 150), r.uniform(4, 18), r.randint(2, 250),
                                                                              r.randint(40, 250), r.uniform(3.0, 5.8)))
            lines.append("A: " + r.choice(S["conditions"]) + r.choice([" - improving", " - slow progress", " - stable", ", ?complication",
                                                                        " - resolving"]))
            plan = pick(r, ["cont IV abx", "switch to PO abx", "ween O2", "encourage mobilisation", "PT/OT review",
                            "rpt bloods mane", "stop IVF", "remove IDC", "chase CT report", "d/w %s re plan" % r.choice(["cons", "reg", "family"]),
                            "aim d/c tomorrow", "fluid restrict 1.5 L", "hold metformin", "increase frusemide to 80 mg",
                            "Clexane prophylaxis", "bowel chart + aperients", "K replacement", "refer to %s" % r.choice(SPEC_KEYS)],
                        r.randint(2, 5))
            if r.random() < 0.6:
                lines.append("P:\n" + "\n".join(" - " + x for x in plan))
            else:
                lines.append("P: " + "; ".join(plan))
        elif kind == "soap":
            lines = ["%s  %s" % (stamp, r.choice([S["clinic"] + " clinic", "Outpatient review", "Rooms", "Telehealth review"]))]
            lines.append("Subjective: " + r.choice(["well since last visit", "symptoms improving", "no change", "more %s" % r.choice(S["symptoms"])]))
            lines.append("Objective: " + r.choice(["BP %d/%d" % (r.randint(100, 170), r.randint(55, 100)), "Wt %d kg" % r.randint(40, 140),
                                                  "NAD on exam", "wound healed"]))
            lines.append("Assessment: " + r.choice(S["conditions"]))
            lines.append("Plan: " + r.choice(["cont same", "rv 3/12", "bloods pre next visit", "increase dose", "d/c from clinic"]))
        elif kind == "nursing":
            lines = ["%s  %s" % (stamp, r.choice(["Nursing", "RN", "EN", "NURSING NOTE", "Night staff"]))]
            lines.append(" ".join(pick(r, ["Pt settled overnight.", "Slept in short naps.", "Obs within normal limits.", "Afebrile.",
                                           "PRN oxycodone 5 mg given at %s with effect." % fmt_time(r), "Assisted to toilet x2.",
                                           "Pressure areas intact, repositioned 2/24.", "IVC resited - L forearm.", "Tolerating diet and fluids.",
                                           "Family visited.", "BGL %.1f pre-bed." % r.uniform(4, 16), "Falls risk - bed alarm on.",
                                           "Wandering at 0200, reoriented.", "Voided 350 mL, PVR 60 mL.", "Denies pain.",
                                           "Dressing intact, nil ooze.", "Fluid balance chart +600 mL."], r.randint(2, 6))))
            lines.append("- %s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(["RN", "EN", "CNS", "RGN"])))
        elif kind == "allied":
            who = r.choice(["Physio", "OT", "Dietitian", "SW", "Speech pathology", "Pharmacy"])
            lines = ["%s  %s" % (stamp, who)]
            txt = {"Physio": ["Mobilised 30 m with 4WW + 1 assist.", "Chest physio, productive of moderate sputum.", "Stairs assessment passed."],
                   "OT": ["Kitchen assessment completed.", "Shower chair and toilet surround recommended.", "Cognitive screen: ACE-III 71/100."],
                   "Dietitian": ["Intake approx 50% of meals.", "Commence Ensure Plus TDS.", "MUST score 2 - high risk."],
                   "SW": ["Spoke with daughter re discharge supports.", "Application for home care package lodged.", "Financial concerns discussed."],
                   "Speech pathology": ["Bedside swallow: safe for soft & bite-sized diet, mildly thick fluids.", "Cough on thin fluids."],
                   "Pharmacy": ["Med rec completed with community pharmacy.", "Webster pack organised.", "Warfarin education provided."]}[who]
            lines.append(" ".join(pick(r, txt, r.randint(1, len(txt)))))
            lines.append(r.choice(["Will follow.", "Will review tomorrow.", "D/C from service.", "Plan: continue."]))
        else:
            lines = ["%s  %s" % (stamp, r.choice(["After hours RMO", "Called to see re:", "O/C reg", "MET call"]))]
            lines.append("Called re " + r.choice(["hypotension %d/%d" % (r.randint(70, 90), r.randint(35, 55)), "fever 38.9", "chest pain",
                                                  "low urine output", "fall - unwitnessed", "agitation", "BGL 2.8", "desat to 86%"]) + ".")
            lines.append(r.choice(["Pt reviewed.", "Seen and examined.", "Assessed at bedside."]) + " " + obs_line(r, 1, True) + ".")
            lines.append("Imp: " + r.choice(["?sepsis - source unclear", "vasovagal", "?hospital acquired pneumonia", "hypovolaemia",
                                             "delirium", "no injury sustained"]))
            lines.append("Plan: " + ", ".join(pick(r, ["cultures", "fluid bolus 500 mL", "CXR", "ECG", "troponin", "neuro obs 4/24 x 24h",
                                                       "d/w reg", "inform family", "review in 1 hr", "hold antihypertensives"], r.randint(2, 4))))
        if kind in ("wr", "oncall", "soap"):
            lines.append(r.choice(["", "", "%s (%s)" % (doctor_initial(r), r.choice(["RMO", "Intern", "Reg", "SHO", "HO"])),
                                   "Sig: ........ %s" % doctor_initial(r)]))
        out.append("\n".join(l for l in lines if l is not None and l != ""))
    return "\n\n".join(out)


# ================================================================ 9. admission history & examination

def gen_admission_note(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (0, 14) if spec == "paediatrics" else (16, 98))
    out = []
    if r.random() < 0.5:
        out.append(sticker(r, p))
    t = r.choice(["ADMISSION NOTE", "Medical Admission", "Admission History and Examination", "Surgical Admission Clerking",
                  "ADMITTING OFFICER'S NOTES", "Clerking", "Inpatient Admission Record", "History & Physical", ""])
    if t:
        out.append(t)
    out.append("%s %s   Admitting team: %s   Clerked by %s" % (fmt_date(r, p.visit), fmt_time(r), S["clinic"], doctor_initial(r)))
    if r.random() < 0.4:
        out.append("Source of history: %s" % r.choice(["patient", "patient and wife", "son (patient confused)", "mother", "ambulance handover",
                                                       "old notes and RACF transfer letter"]))
    sym = r.choice(S["symptoms"])
    pc = r.choice(["PC: ", "Presenting complaint: ", "C/O: ", "Reason for admission: "]) + cap(sym)
    out.append(pc)
    hpc_bits = [
        "%d y.o. %s presenting with %s %s." % (p.age, "F" if p.sex == "F" else "M", sym,
                                               r.choice(["x 3 days", "for the past week", "since yesterday evening", "progressive over a month"])),
        "Describes it as %s, %s." % (r.choice(["sharp", "dull and aching", "pressure-like", "colicky", "burning"]),
                                     r.choice(["radiating to the back", "non-radiating", "worse on movement", "worse lying flat", "eased by sitting forward"])),
        "Associated %s." % ", ".join(pick(r, ["nausea", "anorexia", "fevers", "sweats", "dizziness", "cough", "dysuria", "fatigue",
                                              "reduced oral intake", "diarrhoea", "headache"], r.randint(1, 3))),
        "Denies %s." % ", ".join(pick(r, ["chest pain", "haemoptysis", "melaena", "PR bleeding", "LOC", "focal weakness", "weight loss",
                                          "urinary symptoms", "calf pain", "rash"], r.randint(2, 4))),
        "Similar episode %s which %s." % (r.choice(["in 2019", "two years ago", "last winter", "as a teenager"]),
                                           r.choice(["settled with antibiotics", "required admission", "resolved spontaneously", "was never investigated"])),
        "Seen by GP %s and given %s with no improvement." % (r.choice(["2 days ago", "last week", "this morning"]), r.choice(ALL_MEDS).split(" (")[0]),
        "Was well until %s when %s noticed %s." % (r.choice(["last Tuesday", "three days ago", "the weekend", "this morning"]), p.he,
                                                    r.choice(["feeling feverish", "a dull ache", "difficulty walking", "increasing breathlessness", "dark urine"])),
        "Ambulance found %s %s; given %s en route." % (p.him, r.choice(["pale and sweaty", "on the floor", "alert but distressed", "hypotensive"]),
                                                     r.choice(["methoxyflurane (Penthrox)", "fentanyl IN", "aspirin and GTN", "500 mL N/saline", "ondansetron"])),
        "Has had %d presentations to ED in the last 12 months with similar." % r.randint(1, 6),
        "Compliance with meds questionable - Webster pack not collected for 2 wks per pharmacy.",
        "Recently completed a course of %s for %s." % (r.choice(MEDS["anti_inf"]).split(" (")[0], r.choice(["a chest infection", "UTI", "cellulitis", "dental abscess"])),
        "Appetite poor, eating about half of usual meals; fluid intake reduced.",
        "Daughter reports %s has been more confused over the past week, which is new." % p.he,
        "Functional baseline: %s." % r.choice(["independent with all ADLs, mobilises without aids", "uses a 4WW, needs help with showering",
                                              "bed-bound, full care at RACF", "walks 5 km daily", "independent, drives"]),
    ]
    out.append(r.choice(["HPC:", "History of presenting complaint:", "HOPC"]) + "\n" + " ".join(pick(r, hpc_bits, r.randint(3, 11))))
    pm = pmh_list(r, r.randint(1, 8))
    out.append(r.choice(["PMHx:", "Past medical history:", "PMH"]) + "\n" + "\n".join(" - " + cap(x) for x in pm))
    if r.random() < 0.6:
        out.append("PSHx: " + ", ".join(pick(r, ["appendicectomy", "lap chole 2011", "TKR R", "C-section x2", "hernia repair",
                                                 "cataracts bilat", "tonsillectomy", "CABG", "nil"], r.randint(1, 3))))
    meds = med_list(r, spec, r.randint(0, 11))
    out.append(r.choice(["Medications:", "Regular meds:", "Meds (per Webster pack):", "DHx"]) + "\n" +
               ("\n".join("  " + m for m in meds) if meds else "  Nil regular"))
    out.append("Allergies: %s" % r.choice(ALLERGIES))
    sh = ["SHx:", "  " + cap(r.choice(SOCIAL_BITS["living"])), "  Occupation: " + r.choice(SOCIAL_BITS["work"]),
          "  Smoking: " + r.choice(SOCIAL_BITS["smoking"]), "  EtOH: " + r.choice(SOCIAL_BITS["alcohol"])]
    if r.random() < 0.4:
        sh.append("  Supports: " + r.choice(["home help fortnightly", "Meals on Wheels", "family nearby", "nil formal services",
                                             "NDIS package", "carer 3x/week"]))
    out.append("\n".join(sh))
    if r.random() < 0.6:
        out.append("FHx: " + r.choice(["nil significant", "father MI at 58", "mother - breast ca", "sister T1DM", "bowel ca (uncle)",
                                        "unknown - adopted"]))
    if r.random() < 0.6:
        out.append("Systems review: " + r.choice(["otherwise unremarkable", "as per HPC, otherwise negative", "mild constipation, nocturia x2",
                                                  "recent weight loss ~4 kg"]))
    ex = ["O/E:", "  General: " + r.choice(["comfortable", "unwell, diaphoretic", "alert", "cachectic", "obese, in pain"]),
          "  Obs: " + obs_line(r, 0, r.random() < 0.3),
          "  CVS: " + r.choice(["HSDNM, JVP not raised", "ESM radiating to carotids", "irregularly irregular, JVP +3", "tachycardic, warm peripheries"]),
          "  Resp: " + r.choice(["AEBE, clear", "coarse creps R base", "scattered wheeze", "reduced AE L base, dull to percussion"]),
          "  Abdo: " + r.choice(["SNT, BS present", "tender RUQ, Murphy's +ve", "distended, tympanic, tinkling BS", "soft, tender LIF, no peritonism"]),
          "  Neuro: " + r.choice(["GCS 15, no focal deficit", "R arm 3/5, R leg 4/5, expressive dysphasia", "not formally assessed", "PERLA, power 5/5 x4"])]
    if r.random() < 0.4:
        ex.append("  Other: " + r.choice(["skin intact", "sacral pressure area grade 1", "L leg shortened & ext rotated", "goitre", "tonsillar exudate",
                                          "R knee effusion"]))
    out.append("\n".join(ex))
    ix = ["Ix:"]
    ix += ["  " + x for x in pick(r, ["FBC: Hb %d WCC %.1f Plt %d" % (r.randint(80, 160), r.uniform(3, 22), r.randint(90, 500)),
                                       "UEC: Na %d K %.1f Cr %d Ur %.1f" % (r.randint(124, 146), r.uniform(3, 6), r.randint(50, 300), r.uniform(3, 25)),
                                       "LFTs: mildly cholestatic", "CRP %d" % r.randint(1, 300), "Lactate %.1f" % r.uniform(0.5, 6),
                                       "ECG: " + r.choice(["SR 78", "AF 110", "ST depression V4-6", "LBBB (old)"]),
                                       "CXR: " + r.choice(["clear", "RLL consolidation", "cardiomegaly, effusions"]),
                                       "Urine: " + r.choice(["nitrite +ve", "NAD", "blood +++"]),
                                       "CT: " + r.choice(["pending", "as per report", "reported NAD"])], r.randint(2, 6))]
    out.append("\n".join(ix))
    imp = [r.choice(["Impression:", "Imp:", "Assessment:", "Summary:"])]
    imp.append("%d%s with %s on a background of %s." % (p.age, p.sex, r.choice(S["conditions"]), join_and(pm[:3])))
    if r.random() < 0.5:
        imp.append("DDx: " + ", ".join(pick(r, S["conditions"], r.randint(1, 3))))
    out.append("\n".join(imp))
    plan = ["Plan:"]
    plan += ["%d. %s" % (i + 1, x) for i, x in enumerate(pick(r, [
        "Admit under %s (%s)" % (S["clinic"], doctor(r)), "IV access, bloods as above, group & hold", "IV fluids - 1L NS 8/24",
        "Analgesia: regular paracetamol, PRN oxycodone", "Empirical antibiotics per eTG / local guidelines", "NBM from midnight for theatre",
        "VTE prophylaxis", "Strict fluid balance chart", "Daily weights", "Withhold %s" % (r.choice(meds) if meds else r.choice(ALL_MEDS)).split(" (")[0],
        "Request %s" % r.choice(S["procedures"]), "Consent in AM", "Physio/OT referral", "Neuro obs 1/24", "Telemetry",
        "Resuscitation status discussed: %s" % r.choice(["for full escalation", "NFR, for ward-based care", "to be clarified with family"]),
        "Notify reg if MEWS >= 5", "Inform GP of admission"], r.randint(3, 8)))]
    out.append("\n".join(plan))
    out.append("%s %s\n%s" % (doctor(r, "Dr"), r.choice(["(Intern)", "(RMO)", "(Reg)", "(SHO)", "(HMO)", "(NCHD)"]),
                              r.choice(["Pager %d" % r.randint(100, 999), "Bleep %d" % r.randint(100, 999), "ext %d" % r.randint(1000, 9999), ""])))
    return "\n\n".join(out)

PURPOSES = [
    (("statin", "ezetimibe"), "cholesterol"), (("pril", "sartan", "amlodipine", "olol", "diltiazem"), "blood pressure / heart"),
    (("frusemide", "spironolactone"), "fluid"), (("apixaban", "rivaroxaban", "dabigatran", "warfarin", "enoxaparin"), "blood thinner"),
    (("aspirin", "clopidogrel", "ticagrelor"), "heart - stops clots"), (("digoxin", "trinitrate", "isosorbide", "sacubitril"), "heart"),
    (("salbutamol", "seretide", "symbicort", "tiotropium", "anoro", "trelegy", "montelukast", "oxygen"), "breathing"),
    (("prazole", "ranitidine"), "stomach / reflux"), (("metoclopramide", "ondansetron"), "nausea"),
    (("senna", "macrogol", "lactulose", "loperamide", "buscopan"), "bowels"), (("mesalazine", "azathioprine"), "bowel inflammation"),
    (("creon",), "digestion"), (("metformin", "gliclazide", "gliflozin", "sitagliptin", "insulin", "ryzodeg", "semaglutide"), "diabetes"),
    (("thyrox", "eltroxin", "carbimazole"), "thyroid"), (("ostelin", "caltrate", "alendronate", "denosumab", "calcitriol"), "bones"),
    (("paracetamol", "ibuprofen", "celecoxib", "meloxicam", "diclofenac", "oxycodone", "tramadol", "tapentadol", "buprenorphine",
      "codeine", "solpadeine", "morphine", "fentanyl"), "pain"), (("pregabalin", "amitriptyline"), "nerve pain"),
    (("levetiracetam", "valproate", "lamotrigine", "carbamazepine", "topiramate"), "seizures"), (("levodopa", "madopar"), "Parkinson's"),
    (("donepezil",), "memory"), (("sertraline", "escitalopram", "venlafaxine", "mirtazapine"), "mood"),
    (("quetiapine", "olanzapine", "risperidone", "lithium"), "mental health"), (("temazepam", "zopiclone", "melatonin"), "sleep"),
    (("diazepam",), "anxiety"), (("cillin", "cef", "ceph", "doxy", "rox", "trimethoprim", "nitrofurantoin", "cipro", "metronidazole",
                                   "clarithro", "clinda", "gentamicin", "amoxi"), "infection"),
    (("valaciclovir", "oseltamivir"), "virus"), (("allopurinol", "colchicine"), "gout"), (("prednisolone", "methotrexate", "hydroxychloroquine"), "arthritis"),
    (("folic",), "supplement"), (("ferrous", "b12"), "blood / iron"), (("tamsulosin", "finasteride"), "prostate"), (("oxybutynin",), "bladder"),
    (("cetirizine", "loratadine"), "allergy / hayfever"), (("ocp", "medroxyprogesterone", "estradiol"), "hormones"),
    (("latanoprost", "timolol"), "eyes (glaucoma)"), (("potassium", "magnesium", "bicarbonate", "thiamine", "multivitamin"), "supplement"),
]


def purpose(m):
    ml = m.lower()
    for keys, why in PURPOSES:
        if any(k in ml for k in keys):
            return why
    return ""


# ================================================================ 10. medication record / prescription / chart

def _gen_med(r, mode):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r)
    p = make_patient(r, country, (1, 99))
    out = []
    form = "script" if mode == "script" else r.choice(["list", "recon", "list"])
    if form == "script":
        c = COUNTRIES[country]
        prescriber = doctor(r, "Dr")
        out.append("%s\n%s\n%s" % (prescriber, p.practice, c["phone"](r)) + maybe(r, 0.6, "\nPrescriber No. %s" % digits(r, 7)))
        if country == "AU":
            out.append(r.choice(["PBS", "RPBS", "PBS / RPBS", "Private"]) + " PRESCRIPTION")
            out.append("Patient's Medicare No: %s\nEntitlement No: %s" % (medicare_no(r), r.choice(["", "Concession " + digits(r, 9) + "K", "Safety Net"])))
        elif country == "NZ":
            out.append("PRESCRIPTION (Subsidised)\nNHI: %s" % p.mrn)
        else:
            out.append(r.choice(["GMS PRESCRIPTION", "PRESCRIPTION", "Private Prescription"]) + "\n" + r.choice(["GMS No: %s" % digits(r, 6), "DPS No: %s" % digits(r, 6), ""]))
        out.append("%s\n%s\nDate: %s" % (full_name(p), p.address, fmt_date(r, p.visit, 0)))
        items = []
        for m in med_list(r, spec, r.randint(1, 4)):
            items.append("Rx  %s\n    Qty: %s   Repeats: %d" % (m, r.choice(["30", "60", "1 pack", "1 inhaler", "28", "100", "5 days supply",
                                                                           "one (1) month"]), r.randint(0, 5)))
        out.append("\n\n".join(items))
        if r.random() < 0.4:
            out.append(r.choice(["Brand substitution not permitted", "Authority approval No. %s" % digits(r, 7), "Regulation 24 applies",
                                 "Close the Gap (CTG)", "Dispense weekly"]))
        out.append("Signed ____________________")
        return "\n\n".join(out)
    if r.random() < 0.5:
        out.append(sticker(r, p))
    if form == "chart":
        out.append(r.choice(["NATIONAL INPATIENT MEDICATION CHART", "Medication Administration Record", "MEDICATION CHART - REGULAR MEDICINES",
                             "Drug Kardex", "National Medication Chart (Adult)"]))
        out.append("Weight: %d kg   Height: %d cm   Allergies/ADR: %s" % (r.randint(12, 140), r.randint(80, 195), r.choice(ALLERGIES)))
        out.append("Date commenced  Medicine / Dose / Route / Frequency           Prescriber   Times")
        rows = []
        for m in med_list(r, spec, r.randint(3, 12)):
            route = r.choice(["PO", "PO", "PO", "IV", "SC", "INH", "TOP", "PR", "Neb"])
            rows.append("%-14s %-44s %-12s %s" % (fmt_date(r, p.visit - _dt.timedelta(days=r.randint(0, 5)), 1), m[:44] + " " + route,
                                                   doctor_initial(r).split()[-1], r.choice(["08", "08 20", "08 14 20", "22", "06 12 18 24", "PRN"])))
        out.append("\n".join(rows))
        if r.random() < 0.6:
            out.append("PRN / As required:\n" + "\n".join("  %s   max %s in 24h" % (m, r.choice(["4 doses", "4 g", "6 doses", "3 doses"]))
                                                          for m in pick(r, MEDS["analgesia"] + MEDS["gi"], r.randint(1, 4))))
        if r.random() < 0.5:
            out.append("VTE risk assessed: %s   Clexane: %s" % (r.choice(["Yes", "Y", "No"]), r.choice(["charted", "contraindicated", "n/a"])))
        out.append("Pharmacist review: %s %s" % (r.choice(["Yes", "Reviewed", "Pending"]), maybe(r, 0.6, r.choice(FIRST_F) + " (Pharm)")))
        return "\n\n".join(out)
    if form == "recon":
        out.append(r.choice(["MEDICATION RECONCILIATION", "Medication History and Reconciliation", "Pharmacy Admission Medication Review"]))
        out.append("Sources: %s" % ", ".join(pick(r, ["patient", "GP list", "community pharmacy dispensing history", "Webster pack", "My Health Record",
                                                      "carer", "RACF chart", "own medicines brought in"], r.randint(1, 3))))
        out.append("%-40s %-10s %s" % ("Pre-admission medicine", "Action", "Comment"))
        rows = []
        for m in med_list(r, spec, r.randint(3, 10)):
            act = r.choice(["Continue", "Continue", "Withheld", "Ceased", "Changed", "Continue"])
            comm = {"Continue": r.choice(["", "charted", "ok"]), "Withheld": r.choice(["AKI", "nil by mouth", "hypotensive", "bleeding risk"]),
                    "Ceased": r.choice(["falls risk", "duplicate", "not taking", "no indication"]),
                    "Changed": r.choice(["dose reduced - eGFR", "switched to IV", "formulary substitution"])}[act]
            rows.append("%-40s %-10s %s" % (m[:40], act, comm))
        out.append("\n".join(rows))
        out.append("Discrepancies identified: %d   Discussed with: %s" % (r.randint(0, 4), doctor_initial(r)))
        out.append("Pharmacist: %s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES)))
        return "\n\n".join(out)
    # patient medication list
    out.append(r.choice(["MY MEDICINES LIST", "Current Medication List", "Medication Summary", "Medicines List - bring to every appointment",
                         "Patient Medication Profile"]))
    out.append("Name: %s   DOB: %s\nPrinted %s from %s" % (full_name(p), fmt_date(r, p.dob, 0), fmt_date(r, p.visit, 0),
                                                           r.choice([p.practice, "Best Practice", "MedicalDirector", "pharmacy system", "Medtech"])))
    rows = []
    for m in med_list(r, spec, r.randint(2, 12)):
        nm = m.split(" (")[0]
        why = purpose(m) if r.random() < 0.85 else ""
        rows.append(("%-44s %s" % (m[:44], ("For: " + why) if why else "")).rstrip())
    out.append("\n".join(rows))
    if r.random() < 0.5:
        out.append("Allergies: %s" % r.choice(ALLERGIES))
    if r.random() < 0.4:
        out.append("Over the counter / complementary: " + r.choice(["fish oil", "glucosamine", "vitamin D", "St John's wort - advised to stop",
                                                                    "nil", "turmeric capsules", "magnesium"]))
    return "\n\n".join(out)


def gen_medication_list(r):
    return _gen_med(r, "list")


def gen_prescription(r):
    return _gen_med(r, "script")


# ================================================================ 11. consent form

RISKS = {
    "general": ["bleeding", "infection", "blood clots in the legs or lungs", "reaction to the anaesthetic", "pain", "scarring",
                "the need for further surgery"],
    "lap": ["conversion to an open operation", "injury to bowel, bladder or blood vessels", "shoulder tip pain", "hernia at port site"],
    "ortho": ["nerve or blood vessel injury", "dislocation", "leg length difference", "stiffness", "loosening of the implant", "fat embolism"],
    "endo": ["perforation", "urinary tract infection", "bleeding in the urine", "stricture", "stent discomfort"],
    "minor": ["incomplete excision requiring re-excision", "wound breakdown", "numbness around the scar", "keloid scarring"],
    "ent": ["bleeding up to two weeks after surgery (secondary haemorrhage)", "damage to teeth", "ear discharge", "perforation of the eardrum"],
    "obs": ["injury to the baby", "bladder injury", "need for hysterectomy in rare cases", "implications for future pregnancies"],
    "open": ["wound dehiscence", "ileus", "anastomotic leak", "stoma formation", "incisional hernia"],
}


def gen_consent_form(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r, surgical=r.random() < 0.85)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (0, 15) if r.random() < 0.12 else (16, 95),
                     sex="F" if spec == "obstetrics & gynaecology" else None)
    proc = r.choice(S["procedures"])
    cat = proc_category(proc)
    out = []
    if r.random() < 0.6:
        out.append(letterhead(r, p))
    if r.random() < 0.6:
        out.append(sticker(r, p))
    out.append(r.choice(["CONSENT FOR MEDICAL TREATMENT / PROCEDURE", "Patient Consent Form", "Consent to Operation or Procedure",
                         "CONSENT FORM 1 - Adult patient", "Agreement to Treatment", "Informed Consent - Procedure",
                         "Consent for Procedure / Anaesthetic / Blood Products"]))
    out.append("Patient name: %s   DOB: %s   %s: %s" % (full_name(p), fmt_date(r, p.dob, 0), "NHI" if country == "NZ" else "MRN",
                                                         p.mrn or digits(r, 7)))
    sec = ["SECTION A - Procedure", "Name of procedure (no abbreviations): %s%s" % (cap(proc), r.choice(["", " - LEFT", " - RIGHT", " (bilateral)"])),
           "Site/side marked: %s" % r.choice(["Yes", "N/A", "Yes - L", "Yes - R"]),
           "Type of anaesthetic: %s" % r.choice(["General", "Spinal", "Local", "Sedation", "General / regional block"]),
           "Doctor/practitioner obtaining consent: %s (%s)" % (doctor(r), r.choice(["Consultant", "Registrar", "SMO", "Fellow"]))]
    out.append("\n".join(sec))
    risks = pick(r, RISKS["general"], r.randint(2, 5)) + pick(r, RISKS[cat], r.randint(1, 3))
    rb = ["SECTION B - Risks specific to this procedure discussed:"] + ["[x] " + cap(x) for x in risks]
    rb.append("Uncommon but serious risks: " + r.choice(["death (<1 in 10,000)", "stroke", "heart attack", "loss of limb", "loss of vision",
                                                        "permanent nerve damage"]))
    if r.random() < 0.5:
        rb.append("Patient-specific risks: " + r.choice(["higher risk of chest infection due to COPD", "increased bleeding risk - on apixaban",
                                                        "obesity - wound infection risk", "diabetes - delayed healing", "nil additional"]))
    out.append("\n".join(rb))
    if r.random() < 0.6:
        out.append("Alternatives discussed: " + r.choice(["conservative management", "no treatment", "medical therapy", "watchful waiting",
                                                          "different surgical approach", "physiotherapy and analgesia"]))
    if r.random() < 0.6:
        out.append("Blood products: I %s consent to the transfusion of blood or blood products if required." % r.choice(["DO", "do NOT", "do"]))
    decl = [r.choice(["SECTION C - Patient declaration", "PATIENT CONSENT", "Statement of patient"])]
    stmts = ["I acknowledge that the doctor has explained my medical condition and the proposed procedure.",
             "I understand the risks, including the risks that are specific to me.",
             "I have been told about other relevant treatment options and their risks.",
             "I understand that a different doctor may perform the procedure, and that trainees may be involved under supervision.",
             "I have been given the information sheet titled '%s'." % r.choice(["Your operation", "About your anaesthetic", cap(proc)]),
             "I understand that tissue removed may be sent for examination and later disposed of respectfully.",
             "I was able to ask questions and raise concerns, and these were answered to my satisfaction.",
             "I understand I have the right to change my mind at any time before the procedure."]
    decl += ["- " + s for s in stmts if r.random() < 0.8]
    out.append("\n".join(decl))
    if p.age < 16:
        out.append("Parent/guardian name: %s %s   Relationship: %s" % (r.choice(FIRST_F + FIRST_M), p.last, r.choice(["Mother", "Father", "Legal guardian"])))
    if r.random() < 0.3:
        out.append("Interpreter: %s" % r.choice(["Not required", "Yes - %s, ID %s" % (r.choice(["Mandarin", "Arabic", "Tongan", "Irish Sign Language",
                                                                                            "Te reo Maori", "Portuguese"]), digits(r, 5))]))
    out.append("Signature of patient: ______________________  Date: %s\nSignature of doctor:  ______________________  Date: %s" % (
        fmt_date(r, p.visit, 0), fmt_date(r, p.visit, 0)))
    if r.random() < 0.3:
        out.append(r.choice(["Form MR-%s  Rev %d/20%02d" % (digits(r, 3), r.randint(1, 12), r.randint(5, 23)),
                             "DO NOT WRITE IN THIS BINDING MARGIN", "Page 1 of 2"]))
    return "\n\n".join(out)

# ================================================================ 12. patient information handout

HANDOUTS = [
    dict(title=["Caring for your wound after surgery", "Wound care at home", "Looking after your stitches"],
         what=["Your wound has been closed with stitches, staples or glue.", "Most wounds heal well within 10 to 14 days.",
               "It is normal for the skin around the cut to look a little pink and feel slightly numb."],
         do=["Keep the dressing dry and in place for 48 hours.", "You can shower after two days - pat the area dry with a clean towel.",
             "Do not soak in a bath, spa or swimming pool until the wound has fully healed.", "Take pain relief such as paracetamol as directed.",
             "Have your stitches removed by your practice nurse on the day written on your discharge letter."],
         warn=["redness spreading from the wound", "pus or a bad smell", "a fever over 38 degrees", "the wound opening up", "bleeding that does not stop with firm pressure for 10 minutes"]),
    dict(title=["After your colonoscopy", "Going home after a colonoscopy or gastroscopy", "Information after endoscopy"],
         what=["You have had sedation, which can affect your judgement for the rest of the day.", "Air is put into the bowel during the test, so you may feel bloated."],
         do=["Do not drive, operate machinery or sign legal documents for 24 hours.", "Have a responsible adult stay with you tonight.",
             "Start with light meals and build up to your normal diet.", "Walking around helps to pass the wind.",
             "If polyps were removed, avoid aspirin and anti-inflammatories for a week unless your specialist says otherwise."],
         warn=["severe or worsening tummy pain", "passing more than a cupful of blood", "vomiting", "fever or chills"]),
    dict(title=["Head injury advice for adults", "Head injury - what to watch for", "Concussion: information for you and your family"],
         what=["You have been checked in the Emergency Department and are well enough to go home.", "Concussion is a temporary disturbance of brain function after a knock to the head.",
               "Symptoms like headache, tiredness and poor concentration can last for days or weeks."],
         do=["Rest your body and brain for the first 24 to 48 hours, then slowly return to normal activity.", "Avoid alcohol and sleeping tablets for at least 48 hours.",
             "Limit screen time if it makes symptoms worse.", "Do not return to contact sport until cleared by a doctor.", "A responsible adult should stay with you for the first night."],
         warn=["a headache that keeps getting worse", "repeated vomiting", "confusion or unusual behaviour", "a seizure or fit",
               "weakness or numbness in an arm or leg", "clear fluid from the nose or ears", "being difficult to wake"]),
    dict(title=["Warfarin - important information", "Your blood thinner: warfarin", "Living with warfarin"],
         what=["Warfarin helps to stop harmful blood clots from forming.", "The dose is adjusted according to a blood test called the INR.",
               "Many foods and medicines can change how warfarin works."],
         do=["Take your tablet at the same time each evening.", "Keep a record of your doses and INR results in your yellow book.",
             "Tell every doctor, dentist and pharmacist that you take warfarin.", "Keep your intake of green leafy vegetables steady rather than avoiding them.",
             "Check with your pharmacist before starting any new medicine, including herbal products."],
         warn=["black or bloody bowel motions", "blood in the urine", "nosebleeds that will not stop", "unusual bruising", "a fall with a knock to the head"]),
    dict(title=["Gout", "Understanding gout", "Gout - a guide for patients"],
         what=["Gout is a painful type of arthritis caused by a build-up of uric acid crystals in a joint.", "Attacks commonly affect the big toe, ankle or knee.",
               "Gout is particularly common in Maori and Pacific men, and runs in families."],
         do=["Rest and raise the affected joint during an attack.", "Use an ice pack wrapped in a cloth for 20 minutes at a time.",
             "Keep taking allopurinol every day even during an attack, unless told otherwise.", "Drink plenty of water.",
             "Cut down on beer, sugary drinks and large servings of red meat and seafood."],
         warn=["fever with a hot swollen joint", "several joints flaring at once", "no improvement after three days of treatment"]),
    dict(title=["Bronchiolitis in babies", "Your baby has bronchiolitis", "Bronchiolitis - caring for your child at home"],
         what=["Bronchiolitis is a common chest infection in babies under 12 months, caused by a virus.", "It usually gets worse over the first two to three days before improving.",
               "The cough may last up to four weeks."],
         do=["Offer smaller feeds more often.", "Keep your baby away from cigarette smoke.", "Saline nose drops may help before feeds.",
             "Antibiotics do not help because this is a viral illness.", "See your GP again in 24 to 48 hours if you are worried."],
         warn=["fast or difficult breathing, or the ribs sucking in", "pauses in breathing or blue lips", "fewer than half the usual feeds",
               "no wet nappy for six hours or more", "your baby is very sleepy or floppy"]),
    dict(title=["Plaster cast care", "Looking after your cast", "Your backslab / plaster - instructions"],
         what=["A plaster holds the broken bone still so it can heal.", "Swelling is common in the first few days."],
         do=["Keep the limb raised above the level of your heart as much as possible for 48 hours.", "Wriggle your fingers or toes often.",
             "Keep the cast dry - use a plastic bag when showering.", "Do not push anything down the cast to scratch.",
             "Attend the fracture clinic appointment on your card."],
         warn=["increasing pain not relieved by pain relief", "fingers or toes that are blue, white, cold or numb", "the cast feels too tight",
               "a burning spot under the plaster", "the cast cracks or becomes soft"]),
    dict(title=["Managing low back pain", "Acute low back pain", "Back pain - what you need to know"],
         what=["Most back pain is not caused by serious damage and improves within six weeks.", "Scans are usually not needed and can find changes that are normal with age."],
         do=["Stay active and keep doing your usual activities as much as you can.", "Avoid long periods of bed rest.",
             "Heat packs may ease muscle spasm.", "Simple pain relief and gentle walking help recovery.", "A physiotherapist can guide you with exercises."],
         warn=["numbness around the bottom or genitals", "trouble passing urine or controlling your bowels", "weakness in the legs",
               "back pain with fever or weight loss"]),
    dict(title=["Gestational diabetes", "Diabetes in pregnancy - information", "Gestational diabetes: your questions answered"],
         what=["Gestational diabetes is high blood glucose first found during pregnancy.", "It usually goes away after the baby is born but increases your future risk of type 2 diabetes."],
         do=["Check your blood glucose four times a day as shown by the diabetes educator.", "Eat regular meals with smaller serves of carbohydrate.",
             "Aim for 30 minutes of gentle activity most days.", "Bring your glucose diary to every antenatal visit.",
             "Have a glucose tolerance test six to twelve weeks after the birth."],
         warn=["glucose readings above the target range on two days in a row", "reduced baby movements", "headache, blurred vision or swelling"]),
    dict(title=["Asthma action plan", "My asthma action plan", "Asthma - what to do"],
         what=["Asthma is a long-term condition where the airways narrow and become inflamed.", "Your preventer reduces inflammation; your reliever opens the airways quickly."],
         do=["Use your preventer every day, even when you feel well.", "Rinse your mouth after using your preventer.", "Always carry your blue reliever puffer.",
             "Use a spacer with your puffer.", "Have your plan reviewed by your doctor at least once a year."],
         warn=["reliever needed more than every three hours", "difficulty speaking in sentences", "lips turning blue", "symptoms getting worse quickly"]),
    dict(title=["Urinary tract infection", "Cystitis (bladder infection)", "Kidney and bladder infections"],
         what=["A urinary tract infection happens when germs get into the bladder or kidneys.", "Women are more likely to get UTIs than men."],
         do=["Finish the whole course of antibiotics.", "Drink enough fluid so that your urine is pale.", "Ural sachets may ease stinging.",
             "Go to the toilet when you feel the urge rather than holding on."],
         warn=["fever, shivers or shakes", "pain in the back or side", "vomiting and unable to keep antibiotics down", "no improvement after 48 hours"]),
]


def gen_patient_handout(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    p = make_patient(r, country, (20, 80))
    h = r.choice(HANDOUTS)
    c = COUNTRIES[country]
    out = []
    if r.random() < 0.6:
        out.append(r.choice(c["hospitals"] + c["health_service"] + c["practice"]))
    if r.random() < 0.2:
        out.append(sticker(r, p))
    title = r.choice(h["title"])
    if r.random() < 0.5:
        out.append(r.choice(["DISCHARGE INSTRUCTIONS", "After Visit Summary", "Going home information", "Your discharge plan",
                             "Emergency Department - discharge advice"]))
        pers = ["Name: %s" % full_name(p), "Date: %s" % fmt_date(r, p.visit)]
        pers.append("You were seen for: %s" % r.choice(["a wound", "a head knock", "a chest infection", "gout", "back pain", "a broken wrist",
                                                        "a bladder infection", "asthma", "your baby's breathing", "your colonoscopy", "bleeding risk on warfarin"]))
        if r.random() < 0.6:
            pers.append("Please see your %s in %s." % (r.choice(c["gp_word"]), r.choice(["2 days", "1 week", "7-10 days", "48 hours"])))
        out.append("\n".join(pers))
    out.append(title.upper() if r.random() < 0.4 else title)
    if r.random() < 0.5:
        out.append(r.choice(["Patient information", "Information for patients and families", "Consumer information leaflet", "Fact sheet"]))
    out.append(r.choice(["What is it?", "About this condition", "What you need to know", "Why have I been given this?", ""]) + "\n" +
               " ".join(pick(r, h["what"], r.randint(1, len(h["what"])))))
    do = pick(r, h["do"], r.randint(2, len(h["do"])))
    if r.random() < 0.6:
        out.append(r.choice(["What should I do?", "Looking after yourself at home", "Things you can do", "Do's and don'ts"]) + "\n" +
                   "\n".join(r.choice(["- ", "* ", "o ", "\u2022 "]) + x for x in do))
    else:
        out.append(" ".join(do))
    extra = [
        ("Returning to normal activities", ["Most people can return to light duties within a week or two, depending on the type of work they do.",
                                            "Listen to your body and build up gradually.", "Ask your doctor for a medical certificate if you need time off work.",
                                            "Check with your insurer before driving if you are taking strong pain medicine."]),
        ("Questions you may want to ask", ["How long will it take to recover?", "Which medicines should I keep taking?",
                                           "Who do I call if I have a problem after hours?", "Do I need a follow-up appointment, and who will book it?",
                                           "Are there any foods or activities I should avoid?"]),
        ("Your medicines", ["Bring all your medicines, including vitamins and herbal remedies, to your appointments.",
                            "Do not stop a prescribed medicine without talking to your doctor or pharmacist first.",
                            "Keep medicines out of reach of children.", "Return unwanted medicines to your pharmacy for safe disposal."]),
        ("Support and further information", ["Your practice nurse can go through this information with you.",
                                             "Interpreters are free of charge - ask the staff to book one for you.",
                                             "Whanau and family members are welcome to attend appointments with you." if country == "NZ" else
                                             "Family members and carers are welcome to attend appointments with you.",
                                             "Reliable information is available from your local health service website."]),
    ]
    for head, sents in pick(r, extra, r.randint(0, 3)):
        out.append(head + "\n" + " ".join(pick(r, sents, r.randint(2, len(sents)))))
    warn = pick(r, h["warn"], r.randint(2, len(h["warn"])))
    out.append(r.choice(["When to get help", "Seek medical advice urgently if you notice:", "WARNING SIGNS", "Return to hospital or see your doctor if you have:"]) +
               "\n" + "\n".join("- " + cap(w) for w in warn))
    em = c["emergency"]
    out.append(r.choice([
        "In an emergency call %s and ask for an ambulance." % em,
        "If you are very worried, call %s or go to your nearest Emergency Department." % em,
        "For non-urgent advice contact your %s or the after-hours nurse line." % r.choice(c["gp_word"]),
    ]))
    if r.random() < 0.6:
        out.append(r.choice(["Follow-up appointment: ____________________", "Your next appointment: __ / __ / ____ at ______",
                             "Notes:\n.............................................\n.............................................",
                             "Contact the ward on %s." % c["phone"](r)]))
    if r.random() < 0.6:
        out.append(r.choice(["This leaflet is for general information only and does not replace advice from your healthcare team.",
                             "Reviewed %d. Next review %d." % (r.randint(1998, 2022), r.randint(2023, 2026)),
                             "Produced by the Patient Education Committee. Code PI-%s" % digits(r, 4),
                             "Ask a staff member if you would like this information in another language."]))
    return "\n\n".join(out)


# ================================================================ nursing note

def gen_nursing_note(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r)
    p = make_patient(r, country, (0, 14) if spec == "paediatrics" else (17, 99))
    out = []
    if r.random() < 0.5:
        out.append(sticker(r, p))
    mode = r.choice(["shift", "shift", "admission", "isbar"])
    ward = r.choice(["Ward 4B", "Ward 7 North", "Surgical Short Stay", "St Bridget's Ward", "Ward 22", "HDU", "Maternity", "Children's Ward",
                     "Rehab Unit", "Medical Assessment Unit"])
    if mode == "shift":
        out.append(r.choice(["NURSING PROGRESS NOTES", "Nursing Notes", "Nursing care record", "", "NURSING - %s" % ward]))
        n = r.randint(1, 5)
        for i in range(n):
            d = p.visit + _dt.timedelta(days=i // 2)
            sh = r.choice(["AM", "PM", "Night", "ND", "Early", "Late"])
            txt = pick(r, ["Pt settled overnight.", "Slept in short naps.", "Obs within normal limits.", "Afebrile this shift.",
                           "PRN oxycodone 5 mg given at %s with effect." % fmt_time(r), "Assisted to toilet x2.",
                           "Pressure areas intact, repositioned 2/24.", "IVC resited - L forearm.", "Tolerating diet and fluids.",
                           "Family visited this afternoon.", "BGL %.1f pre-bed." % r.uniform(4, 16), "Falls risk - bed alarm on.",
                           "Wandering at 0200, reoriented to surroundings.", "Voided 350 mL, PVR 60 mL.", "Denies pain at present.",
                           "Dressing intact, nil ooze.", "Fluid balance +600 mL for the shift.", "Showered with assistance of one.",
                           "Mobilising independently with 4WW.", "Refused evening medications, dr notified.", "IV abx given as charted.",
                           "NGT aspirate 40 mL, pH 4.", "Wound ooze - dressing reinforced.", "Anxious re discharge, reassured.",
                           "Bowels not open 3 days - aperients given.", "O2 weaned to 1 L/min NP.", "Catheter bag emptied 800 mL.",
                           "Nauseated, ondansetron 4 mg given with good effect.", "EWS 0 throughout shift."], r.randint(2, 7))
            out.append("%s %s %s\n%s\n%s %s" % (fmt_date(r, d, 1), fmt_time(r), sh, " ".join(txt),
                                               r.choice(FIRST_F + FIRST_M), r.choice(["RN", "EN", "CNM", "RGN", "RN (Grad)", "CNS"])))
    elif mode == "admission":
        out.append(r.choice(["NURSING ADMISSION ASSESSMENT", "Nursing Admission & Risk Screening", "Admission Nursing Assessment"]))
        rows = ["Ward: %s   Date/time: %s %s" % (ward, fmt_date(r, p.visit, 0), fmt_time(r)),
                "Arrived via: %s" % r.choice(["ED", "wheelchair from ED", "stretcher", "walked", "theatre recovery"]),
                "Orientated to ward: %s   Call bell in reach: Y" % r.choice(["Y", "Yes"]),
                "Allergies: %s (red band applied)" % r.choice(ALLERGIES),
                "Baseline obs: %s" % obs_line(r, 1), "Weight %d kg  Height %d cm" % (r.randint(40, 150), r.randint(145, 195)),
                "Falls risk score: %d (%s)" % (r.randint(0, 20), r.choice(["low", "medium", "high"])),
                "Pressure injury risk (Waterlow / Braden): %d" % r.randint(6, 25),
                "Malnutrition screen (MST): %d" % r.randint(0, 5),
                "Skin: %s" % r.choice(["intact", "bruising forearms", "stage 1 sacrum", "skin tear L shin dressed", "dry, fragile"]),
                "Continence: %s" % r.choice(["continent", "urge incontinence", "IDC in situ", "uses pads at night"]),
                "Mobility: %s" % r.choice(["independent", "4WW", "1 assist", "hoist", "walking stick"]),
                "Cognition: %s" % r.choice(["alert and oriented", "mild memory impairment", "confused - 4AT positive"]),
                "Valuables: %s" % r.choice(["sent home with family", "watch and ring - property book", "nil"]),
                "Cultural/spiritual needs: %s" % r.choice(["nil", "Catholic - chaplain requested", "whanau support", "halal diet", "interpreter required"]),
                "Smoking: %s - NRT %s" % (r.choice(["yes", "no"]), r.choice(["offered", "n/a"]))]
        keep = sorted(r.sample(range(len(rows)), r.randint(8, len(rows))))
        out.append("\n".join(rows[i] for i in keep))
        out.append("Completed by %s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(["RN", "EN"])))
    else:
        out.append(r.choice(["ISBAR handover", "Clinical handover (ISBAR)", "Nursing handover sheet"]))
        out.append("I: %s, %d, bed %d, %s" % (full_name(p), p.age, r.randint(1, 32), ward))
        out.append("S: " + r.choice(["Day %d post %s" % (r.randint(1, 5), r.choice(SPECIALTIES[pick_spec(r, True)]["procedures"])),
                                     "Admitted with %s" % r.choice(SPECIALTIES[spec]["conditions"])]))
        out.append("B: " + ", ".join(pmh_list(r, r.randint(1, 4))) + ". Allergies: " + r.choice(ALLERGIES))
        out.append("A: " + obs_line(r, 2) + ". " + r.choice(["Pain controlled.", "Drowsy but rousable.", "Eating well.", "Drain 30 mL.",
                                                             "Urine output low - 20 mL/h.", "Skin intact."]))
        out.append("R: " + r.choice(["Continue obs 4/24", "Needs bloods at 0600", "For discharge tomorrow - family aware", "Watch BGLs",
                                     "Escalate if UO < 0.5 mL/kg/h", "Physio to mobilise"]))
    return "\n\n".join(x for x in out if x)


# ================================================================ procedure note (bedside / endoscopy / cath / injection)

PROC_NOTES = [
    dict(name="Gastroscopy", kind="Endoscopy", ind=["dyspepsia", "iron deficiency anaemia", "dysphagia", "melaena", "coeliac serology positive"],
         find=["Oesophagus: LA grade B oesophagitis.", "Oesophagus: normal, Z line regular.", "Stomach: mild antral erythema; biopsies for CLO.",
               "Duodenum: 8 mm clean-based ulcer in D1 (Forrest III).", "Duodenum: normal; D2 biopsies taken.", "Small hiatus hernia (2 cm)."],
         extra=["Sedation: midazolam 2 mg, fentanyl 50 mcg, propofol 120 mg (anaesthetist present).", "Scope: Olympus GIF-H190."]),
    dict(name="Colonoscopy", kind="Endoscopy", ind=["positive FOBT (bowel screening)", "PR bleeding", "surveillance post polypectomy", "change in bowel habit"],
         find=["Caecum reached and confirmed by appendiceal orifice and ileocaecal valve.", "Bowel prep: adequate (BBPS 7).",
               "Sigmoid: 8 mm sessile polyp removed with cold snare, retrieved.", "Extensive sigmoid diverticulosis.", "Small internal haemorrhoids.",
               "Terminal ileum intubated - normal.", "Descending colon: 15 mm pedunculated polyp removed with hot snare, clip applied."],
         extra=["Withdrawal time 9 minutes.", "Sedation: propofol 200 mg by anaesthetist."]),
    dict(name="Lumbar puncture", kind="Bedside", ind=["?meningitis", "?SAH - CT negative", "?Guillain-Barre"],
         find=["Left lateral position, L3/4 interspace.", "Aseptic technique, 1% lignocaine 5 mL.", "22G spinal needle, first pass.",
               "Opening pressure %d cm H2O." , "CSF clear and colourless, 4 tubes collected.", "No complications; pt tolerated well."],
         extra=["Samples: MCS, protein/glucose, xanthochromia, viral PCR.", "Bed rest not required."]),
    dict(name="Central venous catheter insertion", kind="Bedside", ind=["vasopressor requirement", "poor peripheral access", "TPN"],
         find=["R internal jugular, ultrasound-guided.", "Full aseptic precautions - hat, mask, gown, gloves, large drape.",
               "Seldinger technique, triple lumen 16 cm catheter.", "All lumens aspirate and flush.", "Sutured at 15 cm.",
               "CXR: tip at cavoatrial junction, no pneumothorax."], extra=["Line insertion bundle completed."]),
    dict(name="Pleural aspiration / ICC insertion", kind="Bedside", ind=["symptomatic L pleural effusion", "R pneumothorax 3 cm"],
         find=["US-marked site, 5th ICS mid-axillary line.", "Local: lignocaine 1% 10 mL.", "12 Fr Seldinger drain inserted, swinging and bubbling.",
               "1200 mL straw-coloured fluid drained, clamped then.", "Secured with suture and dressing."],
         extra=["Samples for protein, LDH, glucose, pH, cytology, MCS.", "Post-procedure CXR requested."]),
    dict(name="Knee joint aspiration and injection", kind="Procedure", ind=["L knee effusion ?gout", "OA knee - steroid injection"],
         find=["Supero-lateral approach, aseptic no-touch technique.", "30 mL turbid yellow fluid aspirated.",
               "Injected 40 mg triamcinolone (Kenacort-A40) with 3 mL 1% lignocaine.", "Band-aid applied."],
         extra=["Fluid sent for crystals, cell count and MCS.", "Advised to rest for 24 hours."]),
    dict(name="Coronary angiogram", kind="Cardiac catheter lab", ind=["NSTEMI", "positive stress test", "stable angina, CCS class 3"],
         find=["Access: R radial 6 Fr.", "LMCA: normal.", "LAD: 80% proximal stenosis.", "LCx: minor irregularities.", "RCA: dominant, 50% mid stenosis.",
               "LVEDP 18 mmHg.", "PCI to proximal LAD with 3.0 x 18 mm DES, TIMI 3 flow."],
         extra=["Heparin 5000 units, contrast 140 mL Visipaque.", "TR band applied; DAPT for 12 months."]),
    dict(name="Bone marrow aspirate and trephine", kind="Haematology procedure", ind=["pancytopenia", "?myeloma staging", "CLL restaging"],
         find=["Posterior iliac crest, left.", "Local anaesthetic 1% lignocaine 10 mL.", "Aspirate obtained with good spicules.", "1.8 cm trephine core."],
         extra=["Samples: morphology, flow cytometry, cytogenetics.", "Haemostasis with pressure."]),
    dict(name="Cystoscopy (flexible)", kind="Day procedure", ind=["visible haematuria", "stent removal", "bladder tumour surveillance"],
         find=["Urethra normal.", "Prostate moderately enlarged, occlusive.", "Bladder mucosa normal, no tumours seen.", "Stent grasped and removed intact."],
         extra=["Instillagel used.", "Urine sent for cytology."]),
    dict(name="Iron infusion", kind="Day ward", ind=["iron deficiency anaemia, intolerant of oral iron"],
         find=["Ferric carboxymaltose (Ferinject) 1000 mg in 250 mL N/saline over 20 min.", "Obs pre/post stable.", "No reaction. Cannula removed."],
         extra=["Consent for skin staining discussed.", "Repeat ferritin in 8 weeks."]),
    dict(name="Intravitreal injection", kind="Ophthalmology procedure", ind=["wet AMD", "diabetic macular oedema"],
         find=["Povidone iodine 5%, lid speculum.", "Aflibercept 2 mg injected 4 mm from limbus inferotemporally.", "Perception of light present, IOP normal post."],
         extra=["Next injection 8 weeks."]),
]


def gen_procedure_note(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    pr = r.choice(PROC_NOTES)
    p = make_patient(r, country, (18, 92))
    out = []
    if r.random() < 0.5:
        out.append(letterhead(r, p, dept=r.choice(["Endoscopy Unit", "Day Procedure Unit", "Cardiac Catheter Laboratory", "Ambulatory Care",
                                                   "Department of Medicine"])))
    if r.random() < 0.5:
        out.append(sticker(r, p))
    out.append(r.choice(["%s REPORT" % pr["name"].upper(), "Procedure note: %s" % pr["name"], "%s - %s" % (pr["kind"], pr["name"]), pr["name"]]))
    hdr = ["Date: %s" % fmt_date(r, p.visit), "Operator: %s" % doctor(r), "Indication: %s" % r.choice(pr["ind"])]
    if r.random() < 0.6:
        hdr.append("Consent: %s" % r.choice(["written, risks discussed", "verbal", "form signed", "obtained, incl. risk of bleeding/infection"]))
    if r.random() < 0.5:
        hdr.append("Anticoagulants: %s" % r.choice(["nil", "apixaban withheld 48 h", "aspirin continued", "warfarin - INR 1.3 today"]))
    out.append("\n".join(hdr))
    f = [fill_nums(r, x) for x in pick(r, pr["find"], r.randint(max(2, len(pr["find"]) - 3), len(pr["find"])))]
    if r.random() < 0.5:
        out.append(r.choice(["Findings:", "Procedure:", "Details:"]) + "\n" + "\n".join(f))
    else:
        out.append(" ".join(f))
    if r.random() < 0.7:
        out.append(" ".join(pick(r, pr["extra"], r.randint(1, len(pr["extra"])))))
    out.append(r.choice(["Complications: nil", "Complications: nil immediate", "No complications.", "EBL minimal."]))
    out.append(r.choice(["Plan: ", "Recommendations: ", "Follow up: "]) + r.choice([
        "await histology, GP to follow up results", "repeat procedure in 3 years", "obs 4/24 then home if well", "review in clinic with results",
        "PPI for 8 weeks then repeat scope", "resume anticoagulation tomorrow", "discharge when criteria met", "inpatient team to action"]))
    out.append("%s  %s" % (doctor(r), r.choice(["Gastroenterologist", "Consultant", "Registrar", "Fellow", "Interventional Cardiologist", "SMO"])))
    return "\n\n".join(out)


# ================================================================ anaesthetic record

def gen_anesthesia_record(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    op = r.choice(OP_DB)
    p = make_patient(r, country, (2, 93), sex="F" if op[0] == "obstetrics & gynaecology" else None)
    out = []
    if r.random() < 0.6:
        out.append(sticker(r, p))
    out.append(r.choice(["ANAESTHETIC RECORD", "Anaesthesia Record", "Pre-Anaesthetic Assessment and Anaesthetic Record",
                         "ANAESTHESIA CHART", "Pre-anaesthetic consultation"]))
    asa = r.randint(1, 4)
    pre = [r.choice(["Operation: %s", "Proposed procedure: %s", "Surgery: %s"]) % cap(op[1]), "Date: %s   Anaesthetist: %s" % (fmt_date(r, p.visit), doctor(r)),
           "ASA %d%s   Wt %d kg   Ht %d cm" % (asa, r.choice(["", "", "E"]), r.randint(15, 140), r.randint(95, 195)),
           "Fasted from: %s" % fmt_time(r), "Airway: Mallampati %d, MO %s, TMD %s, neck %s" % (
               r.randint(1, 4), r.choice([">3 FB", "2 FB"]), r.choice([">6 cm", "<6 cm"]), r.choice(["full ROM", "reduced extension"])),
           "Dentition: %s" % r.choice(["own teeth", "upper denture", "crowns", "loose lower incisor - warned"]),
           "PMHx: %s" % ", ".join(pmh_list(r, r.randint(0, 4)) or ["nil"]), "Allergies: %s" % r.choice(ALLERGIES),
           "Previous anaesthetics: %s" % r.choice(["uneventful", "PONV ++", "nil", "difficult intubation 2009 (grade 3)"])]
    out.append("\n".join(pre))
    tech = r.choice(["GA - ETT", "GA - LMA", "Spinal", "Spinal + sedation", "GA + femoral nerve block", "GA - RSI", "Sedation (MAC)"])
    drugs = ["Technique: %s" % tech]
    if "GA" in tech:
        drugs += ["Induction: propofol %d mg, fentanyl %d mcg%s" % (r.randint(80, 250), r.choice([50, 100, 150]),
                                                                  r.choice(["", ", rocuronium %d mg" % r.randint(30, 80), ", suxamethonium 100 mg"])),
                  "Airway: %s" % r.choice(["ETT 7.0 cuffed @ 21 cm, grade 1 view (VL)", "i-gel size 4", "LMA Supreme 4", "ETT 8.0 @ 23 cm, bougie"]),
                  "Maintenance: %s" % r.choice(["sevoflurane in O2/air", "TIVA propofol/remifentanil", "desflurane"])]
    else:
        drugs += ["Spinal: 0.5%% heavy bupivacaine %.1f mL + fentanyl 15 mcg%s, L3/4, 25G Whitacre" % (r.uniform(1.8, 3.0),
                                                                                                    r.choice(["", " + morphine 100 mcg"])),
                  "Sedation: midazolam %d mg / propofol TCI" % r.randint(1, 3)]
    drugs += pick(r, ["Cefazolin 2 g IV", "Dexamethasone 8 mg", "Ondansetron 4 mg", "Parecoxib 40 mg", "Paracetamol 1 g IV",
                      "Tranexamic acid 1 g", "Metaraminol boluses total 3 mg", "Oxytocin 5 IU", "Sugammadex 200 mg", "Morphine 5 mg IV"],
                  r.randint(2, 6))
    out.append("\n".join(drugs))
    vit = ["Time   HR   BP       SpO2  EtCO2"]
    h, m = r.randint(7, 18), r.choice([0, 15, 30, 45])
    for i in range(r.randint(3, 8)):
        t = h * 60 + m + i * r.choice([5, 10, 15])
        vit.append("%02d%02d   %-4d %3d/%-4d %3d   %s" % ((t // 60) % 24, t % 60, r.randint(55, 105), r.randint(90, 160), r.randint(45, 95),
                                                       r.randint(94, 100), r.randint(30, 42)))
    out.append("\n".join(vit))
    out.append("Fluids: %s   EBL: %d mL   UO: %s" % (r.choice(["Hartmann's 1000 mL", "PlasmaLyte 1500 mL", "NS 500 mL", "CSL 800 mL"]),
                                                     r.choice([10, 50, 100, 300, 600]), r.choice(["n/a", "200 mL", "IDC 150 mL"])))
    out.append("Recovery: %s\nPost-op orders: %s" % (
        r.choice(["Extubated awake, to PACU stable", "Handed over to PACU RN, obs stable", "Aldrete 9 at 30 min", "Discharged from PACU at %s" % fmt_time(r)]),
        ", ".join(pick(r, ["PCA morphine per protocol", "oxycodone 5 mg prn", "O2 via NP 2 L", "antiemetics as charted", "IV fluids 80 mL/h",
                           "ward obs", "APS review day 1"], r.randint(2, 4)))))
    return "\n\n".join(out)


# ================================================================ correspondence (not referrals)

def gen_correspondence(r):
    country = r.choice(["AU", "AU", "NZ", "IE", "IE"])
    spec = pick_spec(r)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (2, 95))
    c = COUNTRIES[country]
    out = []
    kind = r.choice(["results_pt", "dna", "appt", "update_gp", "to_colleague", "pt_letter"])
    sender = doctor(r)
    if r.random() < 0.7:
        out.append(letterhead(r, p, dept=S["clinic"] + " Outpatients") if r.random() < 0.6 else "%s\n%s\n%s" % (sender, S["doc"], c["phone"](r)))
    out.append(fmt_date(r, p.visit, r.choice([0, 2, 5])))
    nm = ref_name(p)
    if kind in ("results_pt", "appt", "pt_letter"):
        out.append("%s\n%s" % (full_name(p, 3) if p.mr else full_name(p), p.address))
        out.append("Dear %s," % nm)
        if kind == "results_pt":
            out.append(r.choice(["I am writing to let you know the results of your recent %s." % r.choice(["blood tests", "biopsy", "scan", "heart test"]),
                                 "Following your recent appointment, your test results are now available."]))
            out.append(r.choice(["I am pleased to say that the results were normal and no further action is needed.",
                                 "The results showed a low iron level, and I would suggest you make an appointment with your GP to discuss treatment.",
                                 "The biopsy showed that the area removed was not cancerous.",
                                 "The scan showed a small change that we would like to check again in 12 months; you will receive an appointment by post."]))
        elif kind == "appt":
            d = p.visit + _dt.timedelta(days=r.randint(7, 60))
            out.append("An appointment has been made for you to attend the %s clinic on %s at %s." % (S["clinic"], fmt_date(r, d, 2),
                                                                                                    r.choice(["9.15am", "10.40am", "1.30pm", "2.45pm"])))
            out.append(r.choice(["Please bring this letter, your medicines and any recent X-rays with you.",
                                 "If you are unable to attend, please phone %s so the appointment can be given to someone else." % c["phone"](r),
                                 "Parking is limited, so please allow extra time."]))
        else:
            out.append(r.choice(["Thank you for attending the clinic. As discussed, I have summarised our plan below.",
                                 "It was good to see you again today. I thought it would be helpful to put our discussion in writing."]))
            out.append("- " + "\n- ".join(pick(r, ["Continue your current medicines.", "Start the new tablet once daily in the morning.",
                                                   "Have a blood test in four weeks.", "We will see you again in six months.",
                                                   "Call the nurse line if you have any concerns."], r.randint(2, 4))))
        out.append(r.choice(["Yours sincerely,", "Kind regards,"]) + "\n\n" + sender + "\n" + S["doc"] + maybe(r, 0.6, "\ncc: %s" % p.gp))
    else:
        to = p.gp if kind in ("dna", "update_gp") else doctor(r)
        out.append("%s\n%s" % (to, p.practice if kind in ("dna", "update_gp") else r.choice(c["hospitals"])))
        out.append("Re: %s  DOB %s  %s" % (full_name(p, 2), fmt_date(r, p.dob, 0), p.mrn or ""))
        out.append("Dear %s," % to.split()[0] + " " + to.split()[-1])
        if kind == "dna":
            out.append(r.choice(["%s did not attend %s scheduled appointment in the %s clinic on %s." % (nm, p.his, S["clinic"], fmt_date(r, p.visit - _dt.timedelta(days=3), 2)),
                                 "I note that %s has now missed two consecutive appointments." % nm]))
            out.append(r.choice(["In line with our policy, %s has been discharged back to your care. We would be happy to receive a new referral if needed." % p.he,
                                 "A further appointment will be offered; please encourage %s to attend." % p.him]))
        elif kind == "update_gp":
            out.append(r.choice(["Just a brief note to update you on %s." % nm, "I wanted to let you know about a change to %s treatment." % p.his]))
            out.append(r.choice(["Following the results of the %s, we have increased %s to %s." % (r.choice(S["procedures"]), p.his, r.choice(ALL_MEDS)),
                                 "The multidisciplinary meeting discussed %s case on %s and recommended %s." % (p.his, fmt_date(r, p.visit, 2), r.choice(S["procedures"])),
                                 "%s has been placed on the waiting list and should hear from the booking office in the coming weeks." % p.He]))
            out.append(r.choice(["No action is required from you at this stage.", "Could you please check %s renal function in a fortnight?" % p.his,
                                 "I will write again after the procedure."]))
        else:
            out.append(r.choice(["I would be grateful for your advice regarding our mutual patient, %s." % nm,
                                 "Further to our telephone conversation, I enclose the relevant results for %s." % nm]))
            out.append(r.choice(["In the setting of %s, we are unsure whether %s is safe to continue." % (r.choice(S["conditions"]), r.choice(ALL_MEDS).split(" (")[0]),
                                 "%s is due to undergo %s and I would value your input on peri-operative management." % (p.He, r.choice(S["procedures"]))]))
        out.append(r.choice(["Yours sincerely,", "With kind regards,", "Best wishes,"]) + "\n\n" + sender + "\n" + S["doc"])
    return "\n\n".join(out)

# ================================================================ advance directive / resuscitation plans

def gen_advance_directive(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    p = make_patient(r, country, (45, 99))
    out = []
    form = r.choice(["acd", "acd", "nfr", "epa"])
    if r.random() < 0.5:
        out.append(sticker(r, p))
    if form == "acd":
        out.append(r.choice({"AU": ["ADVANCE CARE DIRECTIVE", "Advance Health Directive", "My Advance Care Directive"],
                             "NZ": ["ADVANCE CARE PLAN", "My Advance Care Plan & Advance Directive"],
                             "IE": ["ADVANCE HEALTHCARE DIRECTIVE", "Advance Healthcare Directive (Assisted Decision-Making (Capacity) Act 2015)"]}[country]))
        out.append("Full name: %s\nDate of birth: %s\nAddress: %s" % (full_name(p), fmt_date(r, p.dob, 0), p.address))
        out.append(r.choice(["What matters most to me:", "My values and wishes", "Part 2 - What is important to me"]) + "\n" + " ".join(pick(r, [
            "Being able to recognise my family is very important to me.", "I do not want to be kept alive on machines if there is no reasonable chance of recovery.",
            "I would like to die at home if possible, with my dog nearby.", "My faith is important and I would like a priest called.",
            "I value being independent and able to go to the toilet by myself.", "I want my whanau to be with me and karakia to be said.",
            "Comfort is more important to me than living longer.", "I would accept a trial of treatment if doctors think I could get back to my current life."],
            r.randint(2, 5))))
        rows = ["Treatments I refuse / consent to:"]
        for t in pick(r, ["CPR", "mechanical ventilation", "dialysis", "artificial nutrition (PEG)", "IV antibiotics", "blood transfusion",
                          "admission to ICU", "transfer to hospital from my care home"], r.randint(3, 6)):
            rows.append("  %-40s %s" % (t, r.choice(["REFUSE", "consent", "only as a trial", "refuse", "unsure - discuss with my SDM"])))
        out.append("\n".join(rows))
        sdm = {"AU": "Substitute decision-maker / Enduring guardian", "NZ": "Enduring Power of Attorney (personal care and welfare)",
               "IE": "Designated healthcare representative"}[country]
        out.append("%s: %s %s (%s)  Ph %s" % (sdm, r.choice(FIRST_F + FIRST_M), p.last, r.choice(["daughter", "son", "husband", "wife", "niece", "friend"]),
                                              COUNTRIES[country]["phone"](r)))
        out.append("Signed: ________________  Date: %s\nWitness: %s  ________________" % (fmt_date(r, p.visit, 0), doctor(r)))
        out.append(r.choice(["A copy has been given to my GP.", "Uploaded to My Health Record.", "Copies held by: GP, hospital, SDM.", ""]))
    elif form == "nfr":
        out.append(r.choice(["RESUSCITATION PLAN", "Goals of Patient Care", "NOT FOR RESUSCITATION ORDER", "DNACPR / Treatment Escalation Plan",
                             "Adult Resuscitation Plan - 7 Step Pathway"]))
        out.append("Patient: %s   DOB: %s" % (full_name(p), fmt_date(r, p.dob, 0)))
        out.append("Decision: " + r.choice(["NOT for CPR. For ward-based treatment only.", "NFR. Not for MET calls - for comfort care.",
                                            "Not for CPR or intubation. For all other active treatment including ICU review for NIV.",
                                            "Goals of care: B - active treatment excluding CPR/intubation."]))
        out.append("Basis of decision: " + r.choice(["Patient wishes (has capacity).", "CPR would be medically futile.",
                                                     "Consistent with Advance Care Directive dated %s." % fmt_date(r, rand_date(r), 0),
                                                     "Discussed with person responsible (%s)." % r.choice(["son", "wife", "daughter", "EPOA"])]))
        out.append("Discussed with: %s\nConsultant aware: %s" % (r.choice(["patient", "patient and family", "NOK by phone"]), r.choice(["Yes", "Yes - " + doctor(r)])))
        out.append("Doctor: %s   Designation: %s   Date: %s   Review date: %s" % (doctor(r), r.choice(["Reg", "Consultant", "RMO"]), fmt_date(r, p.visit, 0),
                                                                                  r.choice(["on discharge", "n/a - valid for admission", "3 months"])))
    else:
        out.append(r.choice(["ENDURING POWER OF ATTORNEY (MEDICAL TREATMENT)", "Appointment of Enduring Guardian", "Appointment of Medical Treatment Decision Maker"]))
        out.append("I, %s of %s, appoint %s %s as my %s." % (full_name(p), p.address, r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES),
                                                         r.choice(["enduring guardian", "medical treatment decision maker", "attorney"])))
        out.append("Conditions or limitations: " + r.choice(["none", "my attorney must consult with my children", "the appointment takes effect only if I lose capacity"]))
        out.append("Acceptance by appointee: ________________\nSigned in the presence of: %s (authorised witness)\nDate: %s" % (doctor(r), fmt_date(r, p.visit, 0)))
    return "\n\n".join(x for x in out if x)


# ================================================================ ECG report

def gen_ecg_report(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    p = make_patient(r, country, (16, 96))
    out = []
    rhythm = r.choice(["Sinus rhythm", "Sinus tachycardia", "Sinus bradycardia", "Atrial fibrillation with rapid ventricular response",
                       "Atrial flutter with 2:1 block", "Sinus rhythm with first degree AV block", "Paced rhythm", "Sinus rhythm with PVCs"])
    rate = r.randint(105, 160) if "tachy" in rhythm or "rapid" in rhythm or "flutter" in rhythm else (r.randint(38, 56) if "brady" in rhythm else r.randint(58, 98))
    machine = r.random() < 0.6
    if machine:
        out.append("%s  %s  %s" % (full_name(p, 1), fmt_date(r, p.visit, 3), fmt_time(r)))
        out.append("ID: %s  %s  %dyr  %s" % (p.mrn or digits(r, 7), "Female" if p.sex == "F" else "Male", p.age, r.choice(["", "Room ED 4", "Ward 6A", "Clinic"])))
        out.append("Vent. rate %d BPM\nPR interval %s ms\nQRS duration %d ms\nQT/QTc %d/%d ms\nP-R-T axes %s %d %d" % (
            rate, "*" if "fibrillation" in rhythm else r.randint(120, 240), r.randint(76, 160), r.randint(320, 460), r.randint(380, 510),
            "*" if "fibrillation" in rhythm else r.randint(-10, 80), r.randint(-60, 100), r.randint(-20, 90)))
        ab = pick(r, ["Left axis deviation", "Right bundle branch block", "Left ventricular hypertrophy with repolarization abnormality",
                      "Nonspecific ST abnormality", "Inferior infarct, age undetermined", "ST elevation consider inferior injury or acute infarct",
                      "Low voltage QRS", "Prolonged QT", "Septal infarct, age undetermined"], r.randint(0, 3))
        out.append("\n".join([rhythm] + ab + [r.choice(["Abnormal ECG", "Borderline ECG", "Normal ECG", "Otherwise normal ECG"])]))
        out.append(r.choice(["Unconfirmed report", "Confirmed by: %s" % doctor(r), "Referred by: %s  Confirmed by: %s" % (doctor(r), doctor(r))]))
        out.append("25 mm/s  10 mm/mV  %s" % r.choice(["0.05-150 Hz", "0.5-40 Hz", "F 50~ 0.15-100 Hz"]))
    else:
        out.append(r.choice(["ECG REPORT", "Electrocardiogram - Cardiology Report", "12-lead ECG interpretation"]))
        out.append("Patient: %s   DOB %s   Date %s" % (full_name(p), fmt_date(r, p.dob, 0), fmt_date(r, p.visit, 0)))
        out.append("Indication: %s" % r.choice(["pre-operative", "palpitations", "chest pain", "syncope", "on QT-prolonging medication", "routine"]))
        out.append("Rhythm: %s\nRate: %d bpm\nAxis: %s\nPR: %s\nQRS: %s\nQTc: %d ms\nST/T: %s" % (
            rhythm, rate, r.choice(["normal", "left axis deviation (-45)", "right axis deviation"]), r.choice(["160 ms", "220 ms", "n/a"]),
            r.choice(["narrow (90 ms)", "RBBB pattern (136 ms)", "LBBB (150 ms)"]), r.randint(390, 520),
            r.choice(["no acute changes", "1 mm ST depression V4-V6", "T wave inversion III, aVF", "ST elevation II, III, aVF"])))
        out.append("Comment: " + r.choice(["Compared with previous of %s - no significant change." % fmt_date(r, rand_date(r), 0),
                                           "New since previous tracing - clinical correlation advised.", "Normal ECG.", "Suggest repeat with serial troponins."]))
        out.append("Reported by %s, Cardiology" % doctor(r))
    return "\n\n".join(out)


# ================================================================ immunisation record

def gen_immunization_record(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    child = r.random() < 0.55
    p = make_patient(r, country, (0, 12) if child else (18, 90))
    out = []
    out.append(r.choice({"AU": ["Immunisation History Statement", "AUSTRALIAN IMMUNISATION REGISTER - History", "Immunisation record"],
                         "NZ": ["National Immunisation Register - Immunisation History", "Well Child / Tamariki Ora immunisation record", "Vaccination record"],
                         "IE": ["Immunisation Record", "HSE Childhood Immunisation Record", "Vaccination Certificate"]}[country]))
    out.append("Name: %s\nDOB: %s\n%s" % (full_name(p), fmt_date(r, p.dob, 0),
                                          "Medicare: %s" % medicare_no(r) if country == "AU" else ("NHI: %s" % p.mrn if country == "NZ" else "PPSN: %s" % ppsn(r))))
    rows = ["Date given    Vaccine                      Dose  Provider"]
    if child:
        sched = [(0, "Hepatitis B (Engerix-B Paed)"), (42, "Infanrix hexa"), (42, "Prevenar 13"), (42, "Rotarix (oral)"), (120, "Infanrix hexa"),
                 (120, "Prevenar 13"), (180, "Infanrix hexa"), (365, "MMR (Priorix)"), (365, "MenACWY (Nimenrix)"), (540, "MMRV (Priorix-Tetra)"),
                 (540, "Hib (ActHIB)"), (1460, "DTPa-IPV (Infanrix-IPV)")]
        for days, vac in sched:
            d = p.dob + _dt.timedelta(days=days + r.randint(0, 20))
            if d > p.visit:
                break
            rows.append("%-13s %-28s %-5s %s" % (fmt_date(r, d, 0), vac, r.choice(["1", "2", "3", "-"]), r.choice([p.practice, "Community Health Nurse",
                                                                                                                  "Plunket / WCTO nurse", "School team"])))
    else:
        for vac in pick(r, ["Influenza (Fluad Quad)", "Influenza (Vaxigrip Tetra)", "COVID-19 (Comirnaty)", "COVID-19 (Spikevax)", "Shingrix",
                            "Pneumovax 23", "Prevenar 13", "Boostrix (dTpa)", "ADT booster", "Hepatitis A (Havrix)", "Typhoid (Typhim Vi)",
                            "Twinrix", "Q fever (Q-Vax)"], r.randint(2, 8)):
            rows.append("%-13s %-28s %-5s %s" % (fmt_date(r, rand_date(r, 2005, 2024), 0), vac, r.choice(["1", "2", "B", "-"]),
                                                  r.choice([p.practice, "Pharmacy", "Workplace program", "Travel clinic"])))
    out.append("\n".join(rows))
    if r.random() < 0.6:
        out.append(r.choice(["Next due: %s" % r.choice(["4 years - DTPa-IPV", "12 months - MMR, MenACWY, Prevenar", "annual influenza", "Shingrix dose 2"]),
                             "This child is up to date with scheduled vaccinations.", "Immunisation status: fully vaccinated for age",
                             "Medical contraindication recorded: %s" % r.choice(["nil", "anaphylaxis to neomycin"])]))
    out.append(r.choice(["Statement generated %s." % fmt_date(r, p.visit, 0), "Batch numbers available on request.", "Keep this record safe.", ""]))
    return "\n\n".join(x for x in out if x)

# ================================================================ registration form / face sheet

def gen_registration_form(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    p = make_patient(r, country, (0, 99))
    c = COUNTRIES[country]
    out = []
    if r.random() < 0.6:
        out.append(r.choice(c["hospitals"] + c["practice"]))
    out.append(r.choice(["PATIENT REGISTRATION FORM", "New Patient Registration", "ADMISSION / REGISTRATION DETAILS", "Patient Details Face Sheet",
                         "Enrolment form", "Inpatient Face Sheet"]))
    rows = ["Surname: %s" % p.last.upper(), "Given names: %s %s" % (p.first, p.middle), "Preferred name: %s" % r.choice([p.first, "", p.first[:3]]),
            "Date of birth: %s   Sex: %s" % (fmt_date(r, p.dob, 0), p.sex), "Address: %s" % p.address, "Phone: %s   Mobile: 04%s" % (p.phone, digits(r, 8)),
            "Email: %s.%s@example.com" % (p.first.lower(), p.last.lower().replace(" ", "").replace("'", ""))]
    if country == "AU":
        rows += ["Medicare No: %s  Ref %d  Exp %02d/%d" % (medicare_no(r), r.randint(1, 5), r.randint(1, 12), r.randint(2000, 2030)),
                 "Aboriginal and/or Torres Strait Islander origin: %s" % r.choice(["No", "No", "Aboriginal", "Prefer not to say"]),
                 "Health fund: %s  Member No %s" % (r.choice(["Bluewren Health Fund", "Coral Coast Members Health", "nil - public", "Ironbark Mutual"]), digits(r, 8)),
                 "Pension/Concession card: %s" % r.choice(["No", "Yes - %s%s" % (digits(r, 9), r.choice("ABCK"))]), "DVA: %s" % r.choice(["No", "Gold card NX%s" % digits(r, 6)])]
    elif country == "NZ":
        rows += ["NHI: %s" % p.mrn, "Ethnicity: %s" % r.choice(["NZ European", "Maori", "Samoan", "Tongan", "Chinese", "Indian", "Other European"]),
                 "Iwi: %s" % r.choice(["", "prefer not to say", "not stated"]), "Community Services Card: %s" % r.choice(["Yes", "No"]),
                 "Enrolled PHO practice: %s" % p.practice]
    else:
        rows += ["PPSN: %s" % ppsn(r), "Medical card / GP visit card: %s" % r.choice(["None", "Medical card %s" % digits(r, 8), "GP visit card"]),
                 "Private insurance: %s" % r.choice(["None", "Shamrock Health Assurance", "Lough Ree Medical Cover"]), "Religion: %s" % r.choice(["RC", "C of I", "None", "Muslim"])]
    rows += ["Next of kin: %s %s (%s)  Ph %s" % (r.choice(FIRST_F + FIRST_M), r.choice([p.last, r.choice(SURNAMES)]),
                                                 r.choice(["spouse", "mother", "father", "son", "daughter", "partner", "friend"]), c["phone"](r)),
             "Usual GP: %s, %s" % (p.gp, p.practice), "Interpreter required: %s" % r.choice(["No", "Yes - %s" % r.choice(["Cantonese", "Arabic", "Samoan", "Polish"])]),
             "Marital status: %s" % r.choice(["Married", "Single", "Widowed", "De facto", "Separated", "n/a (child)"]),
             "Occupation: %s" % occupation(r, p)]
    out.append("\n".join(x for x in rows if not x.endswith(": ")))
    if r.random() < 0.5:
        out.append("Admission type: %s   Ward: %s   Admitting dr: %s" % (r.choice(["Emergency", "Elective", "Day only", "Maternity"]),
                                                                        r.choice(["4B", "SSU", "Day Surgery", "ICU", "7N"]), doctor(r)))
    out.append(r.choice(["I consent to my information being shared with my GP and other treating clinicians.  Signature ___________",
                         "Privacy statement: your information is collected under the relevant privacy legislation.", "Office use: checked by ____ UR created ____",
                         "Signature: ____________  Date: %s" % fmt_date(r, p.visit, 0)]))
    return "\n\n".join(out)


# ================================================================ insurance / entitlement card copy

def gen_insurance_card(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    p = make_patient(r, country, (0, 95))
    out = []
    out.append(r.choice(["[Scanned copy - front]", "COPY OF CARD", "", "[card image]", "Photocopy of patient card - front and back"]))
    if r.random() < 0.6:
        out.append("Patient: %s   %s %s   Scanned to record %s" % (full_name(p, 1), "NHI" if country == "NZ" else "MRN", p.mrn or digits(r, 7),
                                                                 fmt_date(r, p.visit, 0)))
    if country == "AU":
        kind = r.choice(["medicare", "fund", "concession", "dva"])
        if kind == "medicare":
            out.append("medicare\n%s\n%d  %s\n%d  %s %s\nVALID TO %02d/%d" % (medicare_no(r).rsplit(" ", 1)[0], 1, (p.first + " " + p.last).upper(),
                                                                               2, r.choice(FIRST_F + FIRST_M).upper(), p.last.upper(), r.randint(1, 12), r.randint(2001, 2030)))
        elif kind == "fund":
            out.append("%s\nMembership No %s\n%s\nCover: %s\nValid from %s" % (r.choice(["BLUEWREN HEALTH FUND", "Coral Coast Members Health", "Ironbark Mutual Health"]),
                                                                       digits(r, 9), full_name(p, 2), r.choice(["Gold Hospital + Top Extras", "Basic Hospital", "Silver Plus / Mid Extras"]),
                                                                       fmt_date(r, rand_date(r), 0)))
        elif kind == "concession":
            out.append("Pensioner Concession Card\n%s\nCRN %s%s\nExpiry %s" % (full_name(p, 2), digits(r, 9), r.choice("ABCHK"), fmt_date(r, rand_date(r, 2020, 2030), 0)))
        else:
            out.append("Department of Veterans' Affairs\nGOLD CARD\n%s\nFile No N%s%s" % (full_name(p, 2), r.choice(["X", "Q", "V"]), digits(r, 6)))
    elif country == "NZ":
        out.append(r.choice(["Community Services Card\n%s\nClient No %s\nExpires %s" % (full_name(p, 2), digits(r, 9), fmt_date(r, rand_date(r, 2015, 2030), 0)),
                             "Kauri Health Insurance\nMember %s\nPolicy %s\nPlan: Wellbeing Two" % (full_name(p, 2), digits(r, 8)),
                             "High Use Health Card\n%s  NHI %s" % (full_name(p, 2), p.mrn)]))
    else:
        out.append(r.choice(["MEDICAL CARD\n%s\nCard No %s\nGP: %s\nValid to %s" % (full_name(p, 2), digits(r, 8), p.gp, fmt_date(r, rand_date(r, 2010, 2030), 0)),
                             "Shamrock Health Assurance\nMember: %s\nMembership %s\nPlan: Family Plus Level 3" % (full_name(p, 2), digits(r, 8)),
                             "European Health Insurance Card\n3 Name %s\n4 Given %s\n6 PPSN %s\n8 Expiry %s" % (p.last.upper(), p.first, ppsn(r), fmt_date(r, rand_date(r, 2015, 2030), 4)),
                             "Drugs Payment Scheme\n%s\nDPS No %s" % (full_name(p, 2), digits(r, 7))]))
    if r.random() < 0.5:
        out.append(r.choice(["[reverse] Signature ________", "[reverse] If found please return to any service centre.", "Copied at registration %s" % fmt_date(r, p.visit, 0),
                             "Verified: Y  by %s" % r.choice(FIRST_F)]))
    return "\n\n".join(x for x in out if x)


# ================================================================ transfer summary

def gen_transfer_summary(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (16, 98))
    c = COUNTRIES[country]
    src_h, dst_h = r.sample(c["hospitals"], 2)
    kind = r.choice(["inter", "inter", "icu_ward", "racf"])
    out = []
    if r.random() < 0.5:
        out.append(letterhead(r, p, org=src_h))
    if r.random() < 0.4:
        out.append(sticker(r, p))
    if kind == "inter":
        out.append(r.choice(["INTER-HOSPITAL TRANSFER SUMMARY", "Transfer Letter", "Interfacility Transfer Form", "Retrieval / transfer summary"]))
        out.append("From: %s (%s)\nTo: %s - %s\nAccepting doctor: %s\nMode: %s\nDate of transfer: %s" % (
            src_h, r.choice(["ED", "Ward 3", "ICU", "Medical ward"]), dst_h, S["clinic"], doctor(r),
            r.choice(["Road ambulance", "RFDS fixed wing" if country == "AU" else "Air ambulance", "Helicopter retrieval", "Patient transport (non-urgent)"]),
            fmt_date(r, p.visit, 0)))
    elif kind == "icu_ward":
        out.append(r.choice(["ICU DISCHARGE / WARD TRANSFER SUMMARY", "Critical Care Step-down Summary", "HDU to ward transfer"]))
        out.append("ICU admission: %s   Transfer to ward: %s (%s)" % (fmt_date(r, p.visit, 0), fmt_date(r, p.visit + _dt.timedelta(days=r.randint(1, 9)), 0),
                                                                      r.choice(["Ward 5", "Ward 7N", "Respiratory ward", "Surgical ward"])))
    else:
        out.append(r.choice(["TRANSFER TO RESIDENTIAL AGED CARE", "Nursing Transfer Summary - RACF", "Transfer of Care to Rest Home"]))
        out.append("Transferring to: %s\nDate: %s" % (r.choice(["Wattle Grove Aged Care", "Kowhai Rest Home", "St Ita's Nursing Home", "Banksia Lodge"]),
                                                       fmt_date(r, p.visit, 0)))
    out.append("Reason for transfer: " + r.choice({
        "inter": ["for tertiary %s input" % S["clinic"], "for %s not available locally" % r.choice(S["procedures"]), "requires higher level of care",
                  "bed availability closer to home", "repatriation to base hospital"],
        "icu_ward": ["step-down as clinically improved", "no longer requires organ support", "ICU bed pressure - stable for ward care"],
        "racf": ["for ongoing residential care - unable to return home", "return to usual residence", "transition care / respite"]}[kind]))
    out.append("Diagnosis: %s\nBackground: %s" % (cap(r.choice(S["conditions"])), ", ".join(pmh_list(r, r.randint(1, 5)))))
    out.append(r.choice(["Summary:", "Clinical course to date:", "Events:"]) + " " + " ".join(pick(r, [
        "Presented %d days ago with %s." % (r.randint(1, 10), r.choice(S["symptoms"])),
        ("Intubated for %d days, now self-ventilating on 2 L NP." % r.randint(1, 6)) if kind != "racf" else "Mobilising short distances with a frame.",
        "Haemodynamically stable off noradrenaline for 24 hours.", "Received %s." % r.choice(MEDS["anti_inf"]),
        "Most recent bloods attached.", "Imaging on disc / available via PACS link.", "Family aware and agreeable to transfer.",
        "Remains confused at times; 1:1 nursing not required.", "Weight bearing as tolerated.", "Tolerating oral diet."], r.randint(2, 6))))
    out.append("Current status: " + obs_line(r, r.randint(0, 2)) + "\nLines/devices: " + ", ".join(pick(r, ["PIVC L ACF", "PICC R arm", "IDC", "NGT", "arterial line removed",
                                                                                                          "CVC removed", "nil"], r.randint(1, 3))))
    out.append("Medications: " + "; ".join(x.split(" (")[0] for x in med_list(r, spec, r.randint(2, 8))) + "\nAllergies: " + r.choice(ALLERGIES))
    out.append("Infection control: %s\nResus status: %s" % (r.choice(["nil", "MRSA colonised - contact precautions", "VRE screen pending", "COVID negative"]),
                                                          r.choice(["For full resus", "NFR", "As per Goals of Care form (B)"])))
    out.append("Handover given to %s by %s at %s" % (r.choice(["accepting registrar", "receiving ward CN", "RACF RN"]), doctor(r), fmt_time(r)))
    return "\n\n".join(out)


# ================================================================ provider orders

def gen_provider_orders(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    spec = pick_spec(r)
    S = SPECIALTIES[spec]
    p = make_patient(r, country, (16, 97))
    out = []
    if r.random() < 0.6:
        out.append(sticker(r, p))
    kind = r.choice(["admit", "postop", "fluids", "general"])
    out.append({"admit": r.choice(["ADMISSION ORDERS", "Medical Admission Orders", "Admission order set"]),
                "postop": r.choice(["POST-OPERATIVE ORDERS", "Post-op instructions / orders", "Surgical Post-operative Order Sheet"]),
                "fluids": r.choice(["INTRAVENOUS FLUID ORDER CHART", "IV Fluid Orders", "Fluid prescription chart"]),
                "general": r.choice(["MEDICAL ORDERS", "Doctor's orders", "Clinical orders", "Orders"])}[kind])
    out.append("Date: %s %s   Allergies: %s   Weight: %d kg" % (fmt_date(r, p.visit, 0), fmt_time(r), r.choice(ALLERGIES), r.randint(40, 140)))
    if kind == "fluids":
        rows = ["Date    Fluid                 Additive      Vol     Rate      Dr"]
        for i in range(r.randint(2, 6)):
            rows.append("%s  %-21s %-13s %-7s %-9s %s" % (fmt_date(r, p.visit + _dt.timedelta(days=i // 3), 1),
                                                         r.choice(["Sodium chloride 0.9%", "Hartmann's", "Glucose 5%", "PlasmaLyte 148", "4% Gluc + 0.18% NaCl"]),
                                                         r.choice(["-", "KCl 20 mmol", "KCl 30 mmol", "MgSO4 10 mmol"]), r.choice(["1000 mL", "500 mL"]),
                                                         r.choice(["125 mL/h", "8 hourly", "83 mL/h", "stat", "over 4 h"]), doctor_initial(r).split()[-1]))
        out.append("\n".join(rows))
    else:
        orders = {
            "admit": ["Admit to: %s under %s" % (S["clinic"], doctor(r)), "Condition: %s" % r.choice(["stable", "guarded", "serious"]),
                      "Obs: %s" % r.choice(["4/24", "1/24 for 4 h then 4/24", "per EWS"]), "Diet: %s" % r.choice(["full ward", "diabetic", "NBM", "clear fluids", "soft"]),
                      "Activity: %s" % r.choice(["as tolerated", "bed rest", "mobilise with assist"]), "VTE: enoxaparin 40 mg SC daily + TEDs",
                      "Bloods: FBC, UEC, LFT, CRP mane", "BGL QID", "Fluid balance chart", "Daily weight", "Notify MO if SBP < 90, HR > 120, UO < 30 mL/h",
                      "Resus status: %s" % r.choice(["full", "NFR"]), "Imaging: %s" % r.choice(["CXR mane", "CT abdo today", "nil further"])],
            "postop": ["Return to ward: %s" % r.choice(["4B", "SSU", "day surgery"]), "Obs: 1/2-hourly x 4 then 4/24", "Analgesia: as charted, PCA per APS",
                       "Antiemetic: ondansetron 4 mg IV 8/24 prn", "Diet: %s" % r.choice(["sips then free fluids", "full diet as tolerated", "NBM until review"]),
                       "Wound: leave dressing intact 48 h", "Drain: record output 8/24", "IDC: remove day 1", "Antibiotics: cefazolin 2 g IV 8/24 x 2 doses",
                       "Mobilise: day 0 evening with physio", "Check Hb in the morning", "DVT prophylaxis from 6 h post-op"],
            "general": ["Cease IV fluids", "Change IV ceftriaxone to PO amoxicillin/clavulanate", "Repeat UEC 1600", "Hold frusemide mane",
                        "Insert IDC, strict fluid balance", "Neuro obs 2/24 overnight", "Physio referral", "Social work referral",
                        "Aim discharge tomorrow", "Nasogastric feeding per dietitian", "Remove PIVC", "Group & hold", "2 units PRBC over 2 h each",
                        "Frusemide 20 mg IV between units"],
        }[kind]
        rows = pick(r, orders, r.randint(4, len(orders)))
        if r.random() < 0.5:
            out.append("\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(rows)))
        else:
            out.append("\n".join("[ ] " + x for x in rows))
    out.append("Ordered by: %s  %s\nNoted by: %s RN  %s" % (doctor(r), r.choice(["(Reg)", "(RMO)", "(Intern)", "(Cons)"]), r.choice(FIRST_F), fmt_time(r)))
    return "\n\n".join(out)


# ================================================================ other (fax covers, diaries, exercise sheets, billing)

def gen_other(r):
    country = r.choice(["AU", "AU", "NZ", "IE"])
    p = make_patient(r, country, (5, 92))
    c = COUNTRIES[country]
    kind = r.choice(["fax", "diet", "exercise", "billing", "bgl", "bowel"])
    out = []
    if kind == "fax":
        out.append(r.choice(["FACSIMILE", "FAX COVER SHEET", "Fax Transmission"]))
        out.append("To: %s\nFax: %s\nFrom: %s\nPhone: %s\nDate: %s\nPages (incl. cover): %d\nRe: %s" % (
            r.choice([doctor(r), "Medical Records", "Booking Office", p.practice]), c["phone"](r),
            r.choice(c["hospitals"] + c["practice"]), c["phone"](r), fmt_date(r, p.visit, 0), r.randint(2, 12),
            r.choice(["%s DOB %s" % (full_name(p), fmt_date(r, p.dob, 0)), "Requested records", "Results", "Urgent"])))
        out.append(r.choice(["[ ] Urgent  [x] For review  [ ] Please reply", "Comments: please see attached as requested."]))
        out.append("CONFIDENTIALITY NOTICE: This facsimile is intended only for the addressee. If received in error, please notify the sender and destroy all copies.")
    elif kind == "diet":
        out.append(r.choice(["FOOD DIARY", "3-day food and fluid record", "My food diary - bring to your dietitian appointment"]))
        out.append("Name: %s" % full_name(p))
        for d in range(r.randint(1, 3)):
            out.append("Day %d (%s)\n%s" % (d + 1, MONTHS[r.randint(0, 11)][:3] + " " + str(r.randint(1, 28)), "\n".join(
                "%s  %s" % (t, r.choice(items)) for t, items in [
                    ("Breakfast", ["2 Weet-Bix with trim milk", "toast x2 with Vegemite", "porridge and banana", "nothing - coffee only", "fry-up"]),
                    ("Morning tea", ["apple", "2 biscuits", "flat white", "-"]),
                    ("Lunch", ["ham salad sandwich", "meat pie", "leftovers", "sushi", "soup and a roll"]),
                    ("Dinner", ["lamb chops, potato, peas", "spag bol", "fish and chips", "chicken stir fry with rice", "takeaway pizza 3 slices"]),
                    ("Drinks", ["water 1 L", "2 cans of Coke", "tea x4", "3 stubbies", "1.5 L water, 2 coffees"])])))
    elif kind == "exercise":
        out.append(r.choice(["HOME EXERCISE PROGRAM", "Physiotherapy - your exercises", "Exercise sheet"]))
        out.append("For: %s   Therapist: %s (Physiotherapist)" % (full_name(p), r.choice(FIRST_F + FIRST_M) + " " + r.choice(SURNAMES)))
        ex = pick(r, ["Static quads: tighten thigh muscle, hold 5 sec, 10 reps", "Heel slides: 10 reps, 3 times a day", "Straight leg raise: 10 reps",
                      "Calf raises at the bench: 15 reps x 2", "Pendulum swings: 1 minute", "Bridging: hold 5 seconds, 10 reps",
                      "Sit to stand from chair: 10 reps", "Wall push-ups: 10 reps", "Clam shells lying on side: 15 each side",
                      "Ankle pumps: 20 reps every hour", "Chin tucks: 10 reps", "Walking: 10 minutes twice daily, increase by 2 min each day"], r.randint(3, 7))
        out.append("\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(ex)))
        out.append(r.choice(["Stop if pain is more than 5/10.", "Do these twice a day.", "Ice 15 min after exercises if sore."]))
    elif kind == "billing":
        out.append(r.choice(c["hospitals"] + c["radiology"]) + "\n" + r.choice(["TAX INVOICE / STATEMENT", "ACCOUNT", "Statement of account", "Invoice"]))
        out.append("Patient: %s   Account No: %s   Date: %s" % (full_name(p), digits(r, 8), fmt_date(r, p.visit, 0)))
        rows = []
        total = 0.0
        for _ in range(r.randint(1, 5)):
            fee = round(r.uniform(40, 900), 2)
            total += fee
            if country == "AU":
                rows.append("Item %s  %-34s $%8.2f" % (r.choice(["104", "105", "116", "23", "36", "55036", "30026", "11700", "58503"]),
                                                        r.choice(["Specialist consultation", "Ultrasound abdomen", "Excision skin lesion", "ECG", "CT brain",
                                                                  "Subsequent attendance", "Theatre fee", "Accommodation (1 day)"]), fee))
            else:
                rows.append("%-40s %s%8.2f" % (r.choice(["Consultation fee", "Procedure", "Dressings", "Radiology - X-ray", "Overnight bed charge"]),
                                                "EUR " if country == "IE" else "$", fee))
        out.append("\n".join(rows))
        out.append("Total: %.2f\nLess Medicare/insurer rebate: %.2f\nBalance due: %.2f" % (total, total * 0.75, total * 0.25))
        out.append(r.choice(["Payment due within 14 days. Pay by BPAY Biller code %s." % digits(r, 5) if country == "AU" else "Payment due within 30 days.",
                             "Thank you for choosing our practice.", "Please quote your account number when paying."]))
    elif kind == "bgl":
        out.append(r.choice(["BLOOD GLUCOSE DIARY", "BGL record", "My glucose readings"]))
        out.append("Name: %s   Target: %s" % (full_name(p), r.choice(["4-7 before meals", "fasting < 5.0, 1 h post < 7.4", "6-10"])))
        rows = ["Date    Before bkfst  After bkfst  Before dinner  Bed"]
        for i in range(r.randint(3, 10)):
            rows.append("%s    %4.1f        %4.1f        %4.1f         %4.1f" % (fmt_date(r, p.visit + _dt.timedelta(days=i), 1)[:5], r.uniform(4, 12),
                                                                         r.uniform(5, 16), r.uniform(4, 14), r.uniform(5, 15)))
        out.append("\n".join(rows))
    else:
        out.append(r.choice(["BOWEL CHART", "Stool chart (Bristol)", "Bowel function record"]))
        rows = ["Date       Time   Bristol type  Amount  Initials"]
        for i in range(r.randint(3, 9)):
            rows.append("%s  %s   %d            %s   %s" % (fmt_date(r, p.visit + _dt.timedelta(days=i // 2), 1), fmt_time(r), r.randint(1, 7),
                                                         r.choice(["S", "M", "L", "smear"]), "".join(r.sample("ABCDEFGHJKLMNPRST", 2))))
        out.append("\n".join(rows))
    return "\n\n".join(out)


# ================================================================ registry and CLI

TYPES = {
    "discharge_summary": gen_discharge_summary,
    "history_physical": gen_admission_note,
    "progress_note": gen_progress_note,
    "consult_note": gen_specialist_letter,
    "operative_note": gen_operative_report,
    "procedure_note": gen_procedure_note,
    "lab_report": gen_lab_report,
    "imaging_report": gen_radiology_report,
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
    "ed_note": gen_emergency_record,
    "transfer_summary": gen_transfer_summary,
    "provider_orders": gen_provider_orders,
    "discharge_instructions": gen_patient_handout,
    "other": gen_other,
}


def scan_noise(r, text):
    """Light artefacts of scanning / faxing / transcription."""
    if r.random() < 0.15:
        text = text + "\n\n" + r.choice(["Page 1 of 1", "-- 1 --", "Printed: %s" % rand_date(r).strftime("%d/%m/%Y"),
                                         "Scanned by HIS", "CONFIDENTIAL", "*** SCANNED DOCUMENT ***"])
    if r.random() < 0.08:
        text = text.replace("  ", " ")
    return text


def generate(seed, per_type, types=None):
    docs = []
    for key in (types or list(TYPES)):
        fn = TYPES[key]
        r = random.Random("%s|%s" % (seed, key))
        seen = set()
        n = 0
        attempts = 0
        while n < per_type:
            attempts += 1
            if attempts > per_type * 50:
                raise RuntimeError("could not make enough distinct documents for %s" % key)
            text = scan_noise(r, fn(r)).strip() + "\n"
            h = hashlib.sha1(text.encode("utf-8")).hexdigest()
            if h in seen:
                continue
            seen.add(h)
            n += 1
            docs.append({"id": "antipodes-s%s-%s-%04d" % (seed, key, n), "label": key, "text": text})
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description="Synthetic AU/NZ/IE medical-record documents (fictitious).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    ap.add_argument("--types", default="", help="comma-separated subset of type keys")
    a = ap.parse_args(argv)
    types = [t for t in a.types.split(",") if t] or None
    docs = generate(a.seed, a.per_type, types)
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("wrote %d documents to %s" % (len(docs), a.out))


if __name__ == "__main__":
    main()
