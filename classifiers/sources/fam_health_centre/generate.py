#!/usr/bin/env python3
"""Synthetic clinical document generator -- FQHC network (US South-West), 2009-2023.

All people, identifiers, organisations, places and phone numbers are fictitious.
Standard library only.  Usage:
    python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import random

R = random.Random(0)


def ch(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def rint(a, b):
    return R.randint(a, b)


def pick(seq, k):
    seq = list(seq)
    return R.sample(seq, min(k, len(seq)))


def rfl(a, b, d=1):
    return round(R.uniform(a, b), d)


class FD(dict):
    def __missing__(self, k):
        return "{" + k + "}"


def fill(s, ctx):
    return s.format_map(FD(ctx))


# ----------------------------------------------------------------------------
# names, places, organisations (all invented)
# ----------------------------------------------------------------------------
F_HISP = ("Maria Guadalupe Rosa Ana Yesenia Leticia Alejandra Veronica Marisol Esperanza Lucia Carmen "
          "Josefina Daniela Ximena Araceli Beatriz Dolores Imelda Graciela Brenda Paola Itzel Karina Noemi "
          "Yolanda Socorro Elvira Maricela Adriana").split()
M_HISP = ("Jose Juan Luis Carlos Jesus Miguel Francisco Ramon Javier Alejandro Ricardo Eduardo Arturo "
          "Rogelio Efrain Hector Ignacio Mateo Santiago Diego Emiliano Joaquin Rafael Ruben Ernesto "
          "Gilberto Abelardo Isidro Fidel").split()
F_ANG = ("Jennifer Ashley Brittany Crystal Amanda Tiffany Heather Shannon Kayla Destiny Linda Patricia "
         "Donna Tammy Rebecca Courtney Savannah Kimberly Dawn Misty Autumn Harper Sierra").split()
M_ANG = ("Michael James Robert Dustin Cody Travis Joshua Brandon Wayne Dale Kenneth Gary Billy Tyler "
         "Shane Randall Curtis Derek Troy Jeremy Colton Wyatt").split()
L_HISP = ("Garcia Martinez Hernandez Lopez Gonzalez Rodriguez Sanchez Ramirez Torres Flores Rivera Gomez "
          "Diaz Chavez Morales Ortiz Gutierrez Castillo Mendoza Ruiz Alvarez Romero Vasquez Herrera Medina "
          "Aguilar Salazar Trujillo Baca Montoya Archuleta Lucero Apodaca Valenzuela Quintana Ochoa Carrillo "
          "Zamora Villanueva Olivas Duran Padilla Ybarra Saenz Arreola Holguin Provencio Tafoya").split()
L_ANG = ("Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White "
         "Harris Clark Lewis Walker Hall Young King Wright Hill Green Baker Nelson Carter Mitchell Roberts "
         "Turner Phillips Campbell Parker Evans Collins Stewart Reed Cook Bell Murphy Bailey Cooper Howard "
         "Ward Hughes Price Pruitt Stovall Gainey").split()
L_NAT = "Begay Yazzie Tsosie Benally Nez Etsitty Bitsui Chee Tohee Lente Chavarria Pino".split()
F_NAT = "Shandiin Lorena Tanya Renee Marcella Nizhoni Darlene Angelina".split()
M_NAT = "Delbert Leonard Marvin Kee Darrell Lorenzo Vernon Alvin".split()

TOWNS = [("Las Palomas", "NM", "880"), ("Cibola Junction", "NM", "870"), ("Arroyo Seco", "NM", "881"),
         ("Mesa Linda", "AZ", "856"), ("Vado Flats", "NM", "880"), ("Piedra Alta", "AZ", "853"),
         ("San Ysidro Wells", "NM", "873"), ("Rio Blanco", "AZ", "859"), ("Tres Cruces", "TX", "798"),
         ("Ocotillo Springs", "AZ", "855"), ("La Joya Verde", "NM", "875"), ("Saguaro Bend", "AZ", "857")]
AREA = {"NM": ["505", "575"], "AZ": ["520", "928", "602"], "TX": ["915", "432"]}
STREETS = ["Camino Rojo", "Calle del Sol", "Mesquite Dr", "Acequia Rd", "Paloma Ln", "Old Mill Rd",
           "Cottonwood Ave", "Yucca St", "E. Alameda Blvd", "Saguaro Way", "Frontera Ave", "Pinon Trl",
           "Los Arcos Ct", "N. Main St", "Railroad Ave", "Calle Escondida", "Ranchitos Rd", "Ocotillo Cir"]

NETWORK = "Sierra del Sol Community Health Centers"
NET_VARIANTS = ["Sierra del Sol Community Health Centers", "SIERRA DEL SOL COMMUNITY HEALTH CENTERS, INC.",
                "Sierra del Sol Community Health Centers, Inc.", "SIERRA DEL SOL CHC",
                "Sierra del Sol Health / Salud Sierra del Sol"]
SITES = [("Las Palomas Family Health Center", "Las Palomas"), ("Cibola Junction Community Clinic", "Cibola Junction"),
         ("Arroyo Seco Dental & Family Clinic", "Arroyo Seco"), ("Mesa Linda Women's Health Center", "Mesa Linda"),
         ("Vado Flats Pediatrics", "Vado Flats"), ("Rio Blanco School-Based Health Center", "Rio Blanco"),
         ("Piedra Alta Integrated Care Clinic", "Piedra Alta"), ("San Ysidro Wells Health Center", "San Ysidro Wells")]
HOSPITALS = [("Santa Lucia Regional Medical Center", "Las Palomas", "NM"),
             ("Copper Basin General Hospital", "Piedra Alta", "AZ"),
             ("St. Adelina Medical Center", "Cibola Junction", "NM"),
             ("Frontera Valley Memorial Hospital", "Tres Cruces", "TX"),
             ("Ocotillo Springs Regional Hospital", "Ocotillo Springs", "AZ"),
             ("University Medical Center of the Southwest", "La Joya Verde", "NM"),
             ("Mesa Linda Community Hospital", "Mesa Linda", "AZ")]
LABS = ["Southwest Clinical Laboratories", "Desert Reference Laboratory", "TriState Diagnostic Labs",
        "Santa Lucia RMC Laboratory Services", "Copper Basin Hospital Laboratory"]
PAYERS_MCD = ["Mesa Vista Health Plan", "Desert Sky Community Care", "Lumbre Health Partners",
              "Pinon Family Care", "Sunstate Medicaid Choice", "Blue Mesa Medicaid"]
PAYERS_COM = ["Frontier Mutual Health", "Canyon State Health Insurance", "Horizon West Marketplace Plan",
              "Adobe Benefit Administrators", "Great Basin Life & Health"]
PHARMACIES = ["Sierra del Sol Pharmacy (340B)", "Palomas Drug", "ValuCare Pharmacy #2214", "Botica La Esperanza",
              "Frontier Discount Drug", "MesaMart Pharmacy #0381", "Rx Plus Family Pharmacy"]


def phone(state=None):
    st = state or ch(list(AREA))
    return "(%s) 555-%04d" % (ch(AREA[st]), rint(100, 199))


def phone_plain(state=None):
    p = phone(state)
    return p.replace("(", "").replace(") ", "-")


def town():
    return ch(TOWNS)


def address(t=None):
    t = t or town()
    return "%d %s" % (rint(12, 9890), ch(STREETS)), t[0], t[1], t[2] + "%02d" % rint(1, 99)


def rdate(y0=2009, y1=2023):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rint(start, end))


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
       "noviembre", "diciembre"]


def fd(d, style=None):
    s = style if style is not None else rint(0, 5)
    if s == 0:
        return d.strftime("%m/%d/%Y")
    if s == 1:
        return "%d/%d/%s" % (d.month, d.day, str(d.year)[2:])
    if s == 2:
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if s == 3:
        return d.strftime("%d-%b-%Y").upper()
    if s == 4:
        return d.strftime("%Y-%m-%d")
    return "%d/%d/%d" % (d.month, d.day, d.year)


def fd_es(d):
    return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)


def tm():
    return "%02d:%02d" % (rint(6, 20), rint(0, 59))


def tm12():
    h = rint(1, 12)
    return "%d:%02d %s" % (h, rint(0, 59), ch(["AM", "PM"]))


def addd(d, n):
    return d + dt.timedelta(days=n)


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
class Person:
    pass


def make_patient(age=None, sex=None, when=None, peds=False, female=False):
    p = Person()
    p.sex = sex or ("F" if (female or chance(0.55)) else "M")
    eth = R.random()
    if eth < 0.62:
        p.eth = "Hispanic"
        p.first = ch(F_HISP if p.sex == "F" else M_HISP)
        p.last = ch(L_HISP)
        if chance(0.25):
            p.last = p.last + ch([" ", "-", " "]) + ch(L_HISP)
    elif eth < 0.85:
        p.eth = "White"
        p.first = ch(F_ANG if p.sex == "F" else M_ANG)
        p.last = ch(L_ANG)
    elif eth < 0.95:
        p.eth = "American Indian"
        p.first = ch(F_NAT if p.sex == "F" else M_NAT)
        p.last = ch(L_NAT)
    else:
        p.eth = ch(["Black", "Asian", "Other"])
        p.first = ch(F_ANG if p.sex == "F" else M_ANG)
        p.last = ch(L_ANG)
    p.middle = ch("ABCDEFGJLMRST") if chance(0.5) else ""
    p.when = when or rdate()
    if age is None:
        age = rint(0, 17) if peds else rint(19, 84)
    p.age = age
    p.dob = addd(p.when, -(age * 365 + rint(1, 360)))
    p.lang = "Spanish" if (p.eth == "Hispanic" and chance(0.5)) else "English"
    p.mrn = ch(["%07d" % rint(100000, 9999999), "SDS%06d" % rint(1, 999999), "%d-%05d" % (rint(10, 99), rint(0, 99999))])
    p.addr = address()
    p.phone = phone(p.addr[2])
    p.he = "she" if p.sex == "F" else "he"
    p.his = "her" if p.sex == "F" else "his"
    p.him = "her" if p.sex == "F" else "him"
    p.He = p.he.capitalize()
    p.His = p.his.capitalize()
    p.gender = "female" if p.sex == "F" else "male"
    p.sexw = ch(["F", "Female"]) if p.sex == "F" else ch(["M", "Male"])
    yr = p.when.year
    r = R.random()
    if age >= 65 and chance(0.7):
        p.ins = "Medicare" + ch(["", " / Medicaid (dual)", " Part B"])
    elif age < 19 and r < 0.75:
        p.ins = ch(["Medicaid", "CHIP", ch(PAYERS_MCD) + " (Medicaid)"])
    elif r < 0.45:
        p.ins = ch(["Medicaid", ch(PAYERS_MCD), ch(PAYERS_MCD) + " - Medicaid"])
    elif r < 0.8:
        p.ins = ch(["Self-pay", "Uninsured - sliding fee", "SELF PAY / SLIDING FEE SCALE", "None"])
    else:
        p.ins = ch(PAYERS_COM) if yr >= 2014 else ch(PAYERS_COM[:2] + PAYERS_COM[3:])
    p.member = "%s%08d" % (ch(["", "M", "W", "A", "MV"]), rint(0, 99999999))
    p.allergies = ch(["NKDA", "NKDA", "NKA", "No known drug allergies", "Penicillin (rash)", "Sulfa (hives)",
                      "Codeine (nausea)", "Lisinopril (cough)", "Amoxicillin - hives", "Latex"])
    return p


def pname(p, style=None):
    s = style if style is not None else rint(0, 4)
    if s == 0:
        return "%s %s" % (p.first, p.last)
    if s == 1:
        return "%s, %s" % (p.last.upper(), p.first.upper())
    if s == 2:
        return "%s, %s %s" % (p.last, p.first, p.middle)
    if s == 3:
        return "%s %s%s" % (p.first, (p.middle + ". ") if p.middle else "", p.last)
    return "%s, %s" % (p.last, p.first)


def age_str(p):
    if p.age >= 2:
        return ch(["%d-year-old" % p.age, "%d yo" % p.age, "%d y/o" % p.age, "%d-yr-old" % p.age])
    m = max(1, p.age * 12 + rint(1, 11))
    return "%d-month-old" % m


PROV_F = ["Anne", "Sofia", "Rachel", "Monica", "Deborah", "Laura", "Priya", "Elena", "Teresa", "Hannah",
          "Claudia", "Megan", "Irene", "Nadia", "Julia"]
PROV_M = ["David", "Samuel", "Andres", "Thomas", "Raj", "Peter", "Victor", "Mark", "Omar", "Nathan",
          "Felipe", "Gregory", "Kevin", "Arjun", "Paul"]
PROV_L = ["Whitfield", "Okafor", "Lindqvist", "Carrasco", "Benavidez", "Patel", "Nakamura", "Delgado",
          "Hargrove", "Estrada", "Kowalski", "Mbeki", "Arellano", "Fairbanks", "Oyelaran", "Castellanos",
          "Sandoval", "Whitehorse", "Brennan", "Abernathy", "Quiroz", "Ferraro", "Yoon", "Ashby", "Trevino",
          "Halvorsen", "Dunleavy", "Pacheco", "Rosenthal", "Guerrero", "Szabo", "McAllister", "Iqbal"]

ROLES = {
    "fm": ["MD", "DO", "MD", "FNP-C", "PA-C", "FNP"],
    "peds": ["MD", "DO", "CPNP", "MD"],
    "wh": ["CNM", "WHNP-BC", "MD", "DO"],
    "dent": ["DDS", "DMD"],
    "hyg": ["RDH"],
    "bh": ["LCSW", "LPCC", "PhD", "LMFT", "LISW", "PsyD"],
    "psych": ["MD", "PMHNP-BC"],
    "rn": ["RN", "RN, BSN", "RN, CDE", "LPN"],
    "ma": ["CMA", "MA"],
    "chw": ["CHW", "Promotora", "Care Coordinator"],
    "hosp": ["MD", "DO"],
    "surg": ["MD", "MD, FACS", "DO"],
    "spec": ["MD", "MD", "DO"],
    "anes": ["MD", "CRNA", "MD"],
    "rad": ["MD"],
    "path": ["MD", "DO"],
    "er": ["MD", "DO", "PA-C"],
}


class Prov:
    def __init__(self, role, spec=None):
        self.first = ch(PROV_F + PROV_M)
        self.last = ch(PROV_L)
        self.role = role
        self.cred = ch(ROLES[role])
        self.spec = spec
        self.npi = "1%09d" % rint(0, 999999999)
        self.dea = ch("ABFM") + self.last[0] + "%07d" % rint(0, 9999999)

    def full(self):
        return "%s %s, %s" % (self.first, self.last, self.cred)

    def dr(self):
        if self.cred.startswith(("MD", "DO", "DDS", "DMD", "PhD", "PsyD")):
            return "Dr. %s" % self.last
        return "%s %s" % (self.first, self.last)

    def short(self):
        return "%s. %s %s" % (self.first[0], self.last, self.cred.split(",")[0])

    def sig(self):
        s = rint(0, 4)
        if s == 0:
            return "Electronically signed by %s on %s %s" % (self.full(), fd(rdate(), 0), tm())
        if s == 1:
            return "_______________________________\n%s" % self.full()
        if s == 2:
            return "Signed: %s  %s" % (self.full(), fd(rdate(), 0))
        if s == 3:
            return "%s\n%s" % (self.full(), "NPI " + self.npi)
        return "/s/ %s" % self.full()


def prov(role, spec=None):
    return Prov(role, spec)


def site(peds=False):
    s = ch(SITES if peds else [x for x in SITES if "Pediatrics" not in x[0] and "School" not in x[0]])
    t = [x for x in TOWNS if x[0] == s[1]][0]
    a = address(t)
    return {"name": s[0], "net": ch(NET_VARIANTS), "addr": a[0], "city": a[1], "st": a[2], "zip": a[3],
            "ph": phone(a[2]), "fax": phone(a[2])}


def hospital():
    h = ch(HOSPITALS)
    t = [x for x in TOWNS if x[0] == h[1]][0]
    a = address(t)
    return {"name": h[0], "addr": a[0], "city": a[1], "st": a[2], "zip": a[3], "ph": phone(a[2]),
            "fax": phone(a[2])}


def letterhead(org, net=True, style=None):
    s = style if style is not None else rint(0, 4)
    if s == 0:
        l = [org.get("net", org["name"]).upper() if net else org["name"].upper(), org["name"] if net and "net" in org else "",
             "%s, %s, %s %s" % (org["addr"], org["city"], org["st"], org["zip"]),
             "Tel %s   Fax %s" % (org["ph"], org["fax"])]
    elif s == 1:
        l = [org["name"], org["addr"], "%s, %s %s" % (org["city"], org["st"], org["zip"]),
             "Phone: %s | Fax: %s" % (org["ph"], org["fax"])]
    elif s == 2:
        l = ["%s  *  %s  *  %s, %s" % (org["name"].upper(), org["addr"], org["city"], org["st"]),
             "P %s  F %s" % (org["ph"], org["fax"])]
    elif s == 3:
        l = [("~ " + org.get("net", "") + " ~") if org.get("net") else "", org["name"],
             "%s %s %s" % (org["city"], org["st"], org["zip"])]
    else:
        l = [org["name"].upper()]
    return "\n".join(x for x in l if x)


# ----------------------------------------------------------------------------
# clinical knowledge
# ----------------------------------------------------------------------------
# med: name, dose, sig, spanish sig, qty
MEDS = {
    "metformin": ("Metformin", "1000 mg tab", "1 tab PO BID with meals", "Tome 1 tableta por boca dos veces al dia con comida", "180"),
    "metformin5": ("Metformin", "500 mg tab", "1 tab PO BID", "Tome 1 tableta dos veces al dia", "60"),
    "glipizide": ("Glipizide", "5 mg tab", "1 tab PO daily before breakfast", "Tome 1 tableta antes del desayuno", "30"),
    "glargine": ("Insulin glargine", "100 units/mL pen", "inject 20 units subcut at bedtime", "Inyecte 20 unidades debajo de la piel a la hora de dormir", "15 mL"),
    "lisinopril": ("Lisinopril", "20 mg tab", "1 tab PO daily", "Tome 1 tableta por boca cada dia", "90"),
    "lisinopril10": ("Lisinopril", "10 mg tab", "1 tab PO daily", "Tome 1 tableta diaria", "30"),
    "amlodipine": ("Amlodipine", "10 mg tab", "1 tab PO daily", "Tome 1 tableta al dia", "90"),
    "hctz": ("Hydrochlorothiazide", "25 mg tab", "1 tab PO every morning", "Tome 1 tableta cada manana", "90"),
    "losartan": ("Losartan", "50 mg tab", "1 tab PO daily", "Tome 1 tableta diaria", "90"),
    "atorva": ("Atorvastatin", "40 mg tab", "1 tab PO at bedtime", "Tome 1 tableta en la noche", "90"),
    "simva": ("Simvastatin", "20 mg tab", "1 tab PO qhs", "Tome 1 tableta en la noche", "30"),
    "asa": ("Aspirin", "81 mg EC tab", "1 tab PO daily", "Tome 1 tableta al dia", "90"),
    "albuterol": ("Albuterol HFA", "90 mcg/actuation", "2 puffs inh q4-6h PRN wheeze/SOB", "2 inhalaciones cada 4-6 horas si tiene silbido o falta de aire", "1 inhaler"),
    "flovent": ("Fluticasone HFA", "110 mcg/actuation", "2 puffs inh BID, rinse mouth", "2 inhalaciones dos veces al dia; enjuague la boca", "1 inhaler"),
    "montelukast": ("Montelukast", "5 mg chewable", "1 tab PO qhs", "Masticar 1 tableta en la noche", "30"),
    "sertraline": ("Sertraline", "50 mg tab", "1 tab PO daily", "Tome 1 tableta al dia", "30"),
    "fluoxetine": ("Fluoxetine", "20 mg cap", "1 cap PO every morning", "Tome 1 capsula cada manana", "30"),
    "hydroxyzine": ("Hydroxyzine pamoate", "25 mg cap", "1 cap PO q6h PRN anxiety", "1 capsula cada 6 horas si tiene ansiedad", "30"),
    "buspirone": ("Buspirone", "10 mg tab", "1 tab PO BID", "Tome 1 tableta dos veces al dia", "60"),
    "nitrofurantoin": ("Nitrofurantoin monohydrate/macrocrystals", "100 mg cap", "1 cap PO BID x 5 days", "Tome 1 capsula dos veces al dia por 5 dias", "10"),
    "smx": ("Sulfamethoxazole-trimethoprim DS", "800-160 mg tab", "1 tab PO BID x 3 days", "Tome 1 tableta dos veces al dia por 3 dias", "6"),
    "amox_peds": ("Amoxicillin suspension", "400 mg/5 mL", "take 7.5 mL PO BID x 10 days", "Dele 7.5 mL por boca dos veces al dia por 10 dias", "150 mL"),
    "amox": ("Amoxicillin", "500 mg cap", "1 cap PO TID x 7 days", "Tome 1 capsula tres veces al dia por 7 dias", "21"),
    "ibuprofen": ("Ibuprofen", "600 mg tab", "1 tab PO q6-8h PRN pain with food", "Tome 1 tableta cada 6-8 horas si tiene dolor, con comida", "30"),
    "cyclobenz": ("Cyclobenzaprine", "10 mg tab", "1 tab PO qhs PRN muscle spasm", "Tome 1 tableta en la noche si tiene espasmo", "15"),
    "naproxen": ("Naproxen", "500 mg tab", "1 tab PO BID with food PRN", "Tome 1 tableta dos veces al dia con comida", "30"),
    "omeprazole": ("Omeprazole", "20 mg cap", "1 cap PO daily 30 min before breakfast", "Tome 1 capsula 30 minutos antes del desayuno", "30"),
    "levothyroxine": ("Levothyroxine", "75 mcg tab", "1 tab PO daily on empty stomach", "Tome 1 tableta en ayunas", "90"),
    "pnv": ("Prenatal vitamin with DHA", "1 tab", "1 tab PO daily", "Tome 1 tableta al dia", "30"),
    "ferrous": ("Ferrous sulfate", "325 mg tab", "1 tab PO daily", "Tome 1 tableta al dia", "30"),
    "depo": ("Medroxyprogesterone acetate", "150 mg/mL inj", "150 mg IM every 12 weeks", "Inyeccion cada 12 semanas", "1 mL"),
    "ocp": ("Norgestimate-ethinyl estradiol", "0.25-0.035 mg tab", "1 tab PO daily", "Tome 1 pastilla al dia", "3 packs"),
    "tiotropium": ("Tiotropium", "18 mcg inh cap", "inhale contents of 1 cap daily", "Inhale 1 capsula al dia", "30"),
    "acetaminophen": ("Acetaminophen", "500 mg tab", "1-2 tabs PO q6h PRN pain, max 3 g/day", "1-2 tabletas cada 6 horas si tiene dolor", "50"),
    "cephalexin": ("Cephalexin", "500 mg cap", "1 cap PO QID x 7 days", "Tome 1 capsula cuatro veces al dia por 7 dias", "28"),
    "prednisone": ("Prednisone", "40 mg tab", "1 tab PO daily x 5 days", "Tome 1 tableta al dia por 5 dias", "5"),
    "azithro": ("Azithromycin", "250 mg tab", "2 tabs day 1 then 1 tab daily days 2-5", "2 tabletas el primer dia, luego 1 diaria por 4 dias", "6"),
    "oxycodone": ("Oxycodone-acetaminophen", "5-325 mg tab", "1 tab PO q6h PRN severe pain", "1 tableta cada 6 horas si tiene dolor fuerte", "12"),
    "ondansetron": ("Ondansetron ODT", "4 mg", "1 tab dissolve on tongue q8h PRN nausea", "1 tableta bajo la lengua cada 8 horas si tiene nausea", "10"),
    "chlorhex": ("Chlorhexidine gluconate rinse", "0.12%", "rinse with 15 mL BID x 2 weeks, do not swallow", "Enjuague con 15 mL dos veces al dia, no tragar", "473 mL"),
    "metoprolol": ("Metoprolol succinate ER", "25 mg tab", "1 tab PO daily", "Tome 1 tableta al dia", "30"),
    "clopidogrel": ("Clopidogrel", "75 mg tab", "1 tab PO daily", "Tome 1 tableta al dia", "30"),
    "nitro": ("Nitroglycerin SL", "0.4 mg tab", "1 tab SL q5min PRN chest pain, max 3", "1 tableta debajo de la lengua si tiene dolor de pecho", "25"),
    "cetirizine": ("Cetirizine", "10 mg tab", "1 tab PO daily PRN allergies", "Tome 1 tableta al dia si tiene alergias", "30"),
    "fluticasone_ns": ("Fluticasone nasal spray", "50 mcg/spray", "2 sprays each nostril daily", "2 atomizaciones en cada lado de la nariz al dia", "1 bottle"),
    "gabapentin": ("Gabapentin", "300 mg cap", "1 cap PO TID", "Tome 1 capsula tres veces al dia", "90"),
    "trazodone": ("Trazodone", "50 mg tab", "1 tab PO qhs PRN sleep", "Tome 1 tableta en la noche para dormir", "30"),
}


def med_line(key, style=0, es=False):
    n, d, s, se, q = MEDS[key]
    if style == 0:
        return "%s %s - %s" % (n, d, se if es else s)
    if style == 1:
        return "%s %s, %s" % (n.upper(), d, s)
    if style == 2:
        return "%s %s   Sig: %s   Disp: #%s" % (n, d, s, q)
    if style == 3:
        return "%s (%s) %s" % (n, d, s.lower())
    return "%s %s" % (n, d)


# outpatient conditions
OUT = {
    "dm2": dict(name="Type 2 diabetes mellitus", short=["DM2", "T2DM", "DM type 2", "diabetes type 2"],
                icd9="250.00", icd10=["E11.9", "E11.65", "E11.8"], es="diabetes tipo 2",
                cc=["diabetes follow up", "f/u DM", "med refill, check sugar", "DM check, labs", "follow up diabetes / viene por su azucar"],
                hpi=["{pt} with history of type 2 diabetes presents for routine follow-up. Reports taking metformin {adh}. Home glucose readings running {gl}. Denies polyuria, polydipsia, blurred vision or foot ulcers. Diet has been {diet}.",
                     "Pt here for DM f/u. Last A1c was {a1c_prev}%. {He} states {he} checks sugars {freq}, fasting {gl}. Occasional tingling in feet at night. No hypoglycemic episodes. Works in {job}.",
                     "{pt} returns for diabetes management. {He} ran out of medication {ran} ago due to cost and was unable to afford refills; now enrolled in sliding fee. Reports increased thirst and urination. No chest pain, no SOB."],
                meds=["metformin", "glipizide", "lisinopril10", "atorva", "asa"], labs=["A1c", "CMP", "Lipid", "UACR"],
                ros_pos=["polyuria", "numbness of feet"], exam={"Ext": "Monofilament sensation decreased bilateral great toes. Pedal pulses 2+. No ulcers or calluses.", "Eyes": "Fundi not visualized, no dilation."},
                plan=["Increase metformin to 1000 mg BID as tolerated", "A1c, CMP, lipid panel and urine microalbumin today", "Referral to diabetes educator / DSME class (Spanish session available)", "Annual diabetic retinal exam - referral placed", "Foot care education; daily foot checks", "Continue ACE inhibitor for renal protection", "Statin therapy - continue atorvastatin 40 mg", "Start basal insulin glargine 10 units qhs if A1c remains >9"],
                edu=["Reviewed plate method and carbohydrate portions", "Hypoglycemia symptoms and treatment (rule of 15) reviewed", "Se explico la importancia de la dieta y el ejercicio"],
                spec="Endocrinology", vit={"bmi": (31, 42)}),
    "htn": dict(name="Essential hypertension", short=["HTN", "hypertension", "elevated BP"], icd9="401.9", icd10=["I10"], es="presion alta",
                cc=["BP check", "HTN f/u", "blood pressure follow-up", "refill BP meds", "headache, BP high at pharmacy"],
                hpi=["{pt} with HTN here for follow-up. Taking lisinopril {adh}. Home BP readings 140s-150s/90s. Denies headache, chest pain, SOB, vision changes or LE edema. Uses salt liberally.",
                     "{pt} presents for blood pressure recheck. At last visit BP was 158/96 and amlodipine was added. Tolerating without dizziness. Mild ankle swelling at end of day.",
                     "Pt reports BP was {bph} at pharmacy kiosk. Occasional occipital headaches. Has not been taking meds for {ran} because {he} {reason}."],
                meds=["lisinopril", "amlodipine", "hctz", "losartan"], labs=["BMP", "Lipid"],
                ros_pos=["headache"], exam={"CV": "RRR, no murmurs. No JVD.", "Ext": "Trace bilateral ankle edema."},
                plan=["Continue lisinopril 20 mg daily", "Add amlodipine 5 mg daily", "Increase amlodipine to 10 mg", "BMP in 2 weeks to check K and creatinine", "Low sodium (DASH) diet, limit to <2 g Na", "Home BP log; bring to next visit", "Recheck BP in 4 weeks with RN"],
                edu=["DASH diet handout given (English/Spanish)", "Reviewed proper home BP technique"], spec="Cardiology", vit={"bp": (144, 172, 88, 104)}),
    "asthma": dict(name="Mild persistent asthma", short=["asthma", "mild persistent asthma", "asthma, moderate persistent"], icd9="493.90", icd10=["J45.30", "J45.909", "J45.40"], es="asma",
                   cc=["cough and wheezing", "asthma f/u", "needs inhaler refill", "wheezing x 3 days"],
                   hpi=["{pt} with asthma presents with {dur} of cough, wheeze and chest tightness, worse at night. Using albuterol {freq2}. Triggers: dust, smoke from wood stove, seasonal pollen. No fever.",
                        "Asthma follow-up. Night-time awakenings {nw} per week. Missed {ms} days of school/work. Has spacer at home. Household member smokes outside."],
                   meds=["albuterol", "flovent", "montelukast", "cetirizine"], labs=[],
                   ros_pos=["cough", "wheezing"], exam={"Lungs": "Scattered expiratory wheezes bilaterally, good air movement, no retractions."},
                   plan=["Start inhaled fluticasone 110 mcg 2 puffs BID", "Albuterol PRN with spacer", "Asthma action plan updated and given", "Flu vaccine today", "Return if worsening or using albuterol more than 3x/day"],
                   edu=["Inhaler/spacer technique demonstrated with teach-back", "Avoid smoke exposure; smoking cessation resources given to household"], spec="Pulmonology", vit={"spo2": (94, 97)}),
    "dep": dict(name="Major depressive disorder, recurrent, moderate", short=["MDD", "depression", "major depressive disorder"], icd9="296.32", icd10=["F33.1", "F32.1", "F32.9"], es="depresion",
                cc=["feeling down", "depression f/u", "can't sleep, sad", "BH warm handoff", "med check"],
                hpi=["{pt} reports low mood, anhedonia and poor sleep for {dur}. Stressors include {stress}. PHQ-9 today {phq}. Denies SI/HI. No history of mania. Drinks alcohol {etoh}.",
                     "Follow-up for depression on sertraline 50 mg. Reports mood {mood}. Sleep improved. Appetite fair. PHQ-9 {phq} (previous {phq0}). Denies suicidal ideation. Seeing BH consultant."],
                meds=["sertraline", "fluoxetine", "trazodone"], labs=["TSH"],
                ros_pos=["depressed mood", "insomnia"], exam={"Psych": "Affect constricted, mood 'tired'. Thought process linear. No SI/HI. Insight and judgment fair."},
                plan=["Increase sertraline to 100 mg daily", "Continue sertraline 50 mg", "Warm handoff to integrated BH (LCSW) today", "Safety plan reviewed; crisis line number given", "Repeat PHQ-9 in 4-6 weeks", "TSH to r/o thyroid contribution"],
                edu=["Discussed that antidepressants may take 4-6 weeks to work", "Crisis line and 988 information provided"], spec="Psychiatry", vit={}),
    "anx": dict(name="Generalized anxiety disorder", short=["GAD", "anxiety"], icd9="300.02", icd10=["F41.1"], es="ansiedad",
                cc=["nervous, palpitations", "anxiety", "stress, can't sleep"],
                hpi=["{pt} reports excessive worry, restlessness and palpitations for {dur}, worse since {stress}. GAD-7 score {gad}. No panic attacks. Caffeine: {caf} cups coffee/day. Denies SI."],
                meds=["buspirone", "hydroxyzine", "sertraline"], labs=["TSH", "CBC"],
                ros_pos=["palpitations", "anxiety"], exam={"Psych": "Anxious appearing, fidgeting, speech normal rate. Good eye contact. Denies SI."},
                plan=["Start buspirone 5 mg BID, titrate", "Hydroxyzine 25 mg PRN", "Referral to integrated BH for CBT", "TSH, CBC"],
                edu=["Breathing exercises and sleep hygiene reviewed"], spec="Psychiatry", vit={"hr": (88, 104)}),
    "uti": dict(name="Acute cystitis", short=["UTI", "acute cystitis", "dysuria"], icd9="595.0", icd10=["N30.00", "N39.0"], es="infeccion de orina",
                cc=["burning with urination", "dysuria x 2 days", "UTI symptoms", "ardor al orinar"],
                hpi=["{pt} presents with dysuria, urinary frequency and urgency x {dur}. Mild suprapubic discomfort. Denies fever, flank pain, vaginal discharge. LMP {lmp}. Not pregnant per pt."],
                meds=["nitrofurantoin", "smx"], labs=["UA", "UCx"],
                ros_pos=["dysuria", "frequency"], exam={"Abd": "Soft, mild suprapubic tenderness. No CVA tenderness."},
                plan=["UA dip in clinic: + leuk esterase, + nitrite", "Urine culture sent", "Nitrofurantoin 100 mg BID x 5 days", "Urine hCG negative", "Push fluids; RTC if fever or flank pain"],
                edu=["Return precautions for pyelonephritis reviewed"], spec="Urology", vit={}, female=True),
    "om": dict(name="Acute otitis media, left", short=["AOM", "otitis media", "L AOM"], icd9="382.9", icd10=["H66.92", "H66.002"], es="infeccion de oido",
               cc=["ear pain", "fever and pulling at ear", "dolor de oido"],
               hpi=["{pt} brought in by {guard} for fever to {tmax} F and left ear pain x {dur}. Decreased sleep, pulling at left ear. Preceded by runny nose. Eating and drinking OK. Immunizations up to date per {guard}. Attends daycare."],
               meds=["amox_peds", "acetaminophen"], labs=[],
               ros_pos=["fever", "ear pain", "rhinorrhea"], exam={"HEENT": "L TM erythematous and bulging with purulent effusion; R TM clear. Clear rhinorrhea. OP without exudate."},
               plan=["Amoxicillin 90 mg/kg/day divided BID x 10 days", "Tylenol/ibuprofen weight-based for fever", "Ear recheck in 2-3 weeks if symptoms persist"],
               edu=["Fever and hydration education given to parent in Spanish"], spec="ENT", vit={"temp": (100.6, 102.8)}, peds=True),
    "lbp": dict(name="Low back pain, lumbar strain", short=["LBP", "lumbar strain", "low back pain"], icd9="724.2", icd10=["M54.5", "M54.50", "S39.012A"], es="dolor de espalda",
                cc=["back pain", "hurt back at work", "dolor de espalda baja"],
                hpi=["{pt} reports low back pain x {dur} after lifting {lift} at work in {job}. Pain 7/10, non-radiating, worse with bending. No bowel/bladder incontinence, no saddle anesthesia, no leg weakness. Tried OTC ibuprofen with partial relief."],
                meds=["naproxen", "cyclobenz", "ibuprofen"], labs=[],
                ros_pos=["back pain"], exam={"MSK": "Paraspinal muscle tenderness L3-L5 bilaterally. ROM limited by pain. SLR negative bilaterally. Strength 5/5 LE, DTRs 2+ symmetric."},
                plan=["Naproxen 500 mg BID with food x 10 days", "Cyclobenzaprine qhs PRN", "Home exercise program / stretches", "No imaging indicated at this time", "Work note: light duty x 1 week"],
                edu=["Red flag symptoms reviewed"], spec="Physical Medicine", vit={}),
    "prenatal": dict(name="Supervision of normal pregnancy", short=["IUP", "prenatal care", "pregnancy"], icd9="V22.1", icd10=["Z34.82", "Z34.02", "Z34.83"], es="embarazo",
                     cc=["prenatal visit", "OB check", "routine OB", "control prenatal"],
                     hpi=["G{g}P{pp} at {ga} weeks by {dating} presents for routine prenatal visit. +FM. Denies VB, LOF, ctx. No headache, visual changes or RUQ pain."],
                     meds=["pnv", "ferrous"], labs=["Prenatal"],
                     ros_pos=[], exam={"Abd": "Gravid, non-tender. FH {fh} cm. FHT {fht} bpm by doppler."},
                     plan=["Continue PNV", "Glucose tolerance test at 24-28 weeks", "Tdap at 27-36 weeks", "Kick count education", "RTC 4 weeks", "Anatomy ultrasound ordered", "WIC referral"],
                     edu=["Preterm labor warning signs reviewed in Spanish", "Nutrition in pregnancy"], spec="Maternal-Fetal Medicine", vit={}, female=True),
    "hld": dict(name="Hyperlipidemia", short=["HLD", "hyperlipidemia", "mixed hyperlipidemia"], icd9="272.4", icd10=["E78.5", "E78.2"], es="colesterol alto",
                cc=["lab results", "cholesterol f/u"], hpi=["{pt} here to review fasting labs. LDL {ldl}. No history of CAD. Family history of MI in father at age 58. Not on statin."],
                meds=["atorva", "simva"], labs=["Lipid", "CMP"], ros_pos=[], exam={}, plan=["Start atorvastatin 20-40 mg", "ASCVD risk calculated", "Repeat lipids and LFTs in 3 months"],
                edu=["Heart-healthy diet handout"], spec="Cardiology", vit={}),
    "hypothy": dict(name="Hypothyroidism", short=["hypothyroidism"], icd9="244.9", icd10=["E03.9"], es="tiroides baja",
                    cc=["fatigue", "thyroid f/u"], hpi=["{pt} with fatigue, weight gain and cold intolerance for {dur}. TSH last visit elevated at {tsh}. Started levothyroxine 50 mcg, now tolerating."],
                    meds=["levothyroxine"], labs=["TSH"], ros_pos=["fatigue"], exam={"Neck": "Thyroid not enlarged, no nodules."},
                    plan=["Increase levothyroxine to 75 mcg daily", "Recheck TSH in 6-8 weeks"], edu=["Take on empty stomach, separate from iron/calcium"], spec="Endocrinology", vit={}),
    "gerd": dict(name="Gastroesophageal reflux disease", short=["GERD", "dyspepsia"], icd9="530.81", icd10=["K21.9"], es="reflujo",
                 cc=["heartburn", "stomach burning"], hpi=["{pt} reports epigastric burning after meals and at night x {dur}. Worse with spicy food and coffee. No dysphagia, weight loss, hematemesis or melena."],
                 meds=["omeprazole"], labs=["CBC"], ros_pos=["heartburn"], exam={"Abd": "Mild epigastric tenderness, no rebound or guarding."},
                 plan=["Omeprazole 20 mg daily x 8 weeks", "H. pylori stool antigen", "Lifestyle modification: elevate HOB, avoid late meals"], edu=["GERD diet handout"], spec="Gastroenterology", vit={}),
    "copd": dict(name="Chronic obstructive pulmonary disease", short=["COPD"], icd9="496", icd10=["J44.9"], es="EPOC",
                 cc=["SOB", "COPD f/u", "breathing worse"], hpi=["{pt} with COPD, {pky} pack-year smoker, still smoking {ppd} ppd. Dyspnea on exertion after 1 block. Chronic morning cough with white sputum. No recent exacerbations."],
                 meds=["tiotropium", "albuterol"], labs=["CBC"], ros_pos=["dyspnea", "cough"], exam={"Lungs": "Diminished breath sounds bilaterally, prolonged expiratory phase, no crackles."},
                 plan=["Continue tiotropium daily", "Spirometry ordered", "Smoking cessation counseling >3 min; NRT patch 21 mg", "Pneumococcal vaccine"], edu=["Quit line number given"], spec="Pulmonology", vit={"spo2": (89, 94)}),
    "wcc": dict(name="Well child examination", short=["WCC", "well child check", "EPSDT"], icd9="V20.2", icd10=["Z00.129", "Z00.121"], es="chequeo de nino sano",
                cc=["well child check", "WCC", "school physical", "chequeo"], hpi=["{pt} here with {guard} for well child check. No concerns today. Diet: {pdiet}. Sleeps through the night. Development appropriate. Dental home: yes, seen at Sierra del Sol dental."],
                meds=[], labs=["Hgb", "Lead"], ros_pos=[], exam={}, plan=["Vaccines per schedule today", "Fluoride varnish applied", "Anticipatory guidance given", "RTC for next WCC"],
                edu=["Car seat, water safety, screen time reviewed"], spec="Pediatrics", vit={}, peds=True),
    "contra": dict(name="Encounter for contraceptive management", short=["contraception", "family planning"], icd9="V25.09", icd10=["Z30.09", "Z30.013", "Z30.430"], es="planificacion familiar",
                   cc=["birth control", "Depo shot", "wants IUD", "planificacion"], hpi=["{pt} presents to discuss contraception. Currently {cmeth}. LMP {lmp}. Sexually active with one male partner. Desires no pregnancy for at least 2 years. UPT negative today."],
                   meds=["depo", "ocp"], labs=["UPT", "CT/GC"], ros_pos=[], exam={}, plan=["Depo-Provera 150 mg IM given today, RTC 11-13 weeks", "Counseled on all methods (tiered approach)", "CT/GC NAAT sent", "Condoms provided"],
                   edu=["Reviewed method effectiveness chart in Spanish"], spec="Gynecology", vit={}, female=True),
}

HPI_FILL = dict(adh=["most days", "as prescribed", "inconsistently", "once a day instead of twice"], gl=["150-200", "180s-240s", "120-140 fasting", "over 300 some days"],
                diet=["poor, lots of tortillas and soda", "better, cut out regular soda", "unchanged"], freq=["daily", "2-3 times a week", "rarely; strips ran out"],
                ran=["2 weeks", "1 month", "3 months", "several weeks"], job=["construction", "a dairy", "pecan orchards", "restaurant kitchen", "housekeeping", "oil field", "chile fields"],
                bph=["168/102", "174/98", "160/100"], reason=["could not afford them", "thought BP was fine", "ran out", "was traveling in Mexico"],
                dur=["3 days", "1 week", "2 weeks", "several months", "5 days", "2 days", "about a month"],
                freq2=["4-5 times a day", "daily", "twice nightly"], nw=["2-3", "4", "1"], ms=["2", "3", "0"], stress=["job loss", "husband deported", "death of mother", "financial problems", "divorce", "caring for sick parent", "the pandemic"],
                phq=["16", "14", "19", "11", "8"], phq0=["18", "21", "15"], mood=["somewhat better", "about the same", "much better"], etoh=["rarely", "on weekends", "none"], gad=["15", "12", "17"], caf=["2", "4", "1"],
                lmp=["2 weeks ago", "10 days ago", "unsure"], guard=["mother", "father", "grandmother", "mom", "parents"], tmax=["101.4", "102.2", "100.9"],
                lift=["a heavy box", "bags of cement", "a patient", "irrigation pipe"], g=["2", "3", "1", "4"], pp=["1001", "0000", "2002", "1102"], ga=["12 2/7", "20 4/7", "28 1/7", "32 0/7", "36 3/7", "16 5/7"],
                dating=["LMP", "8 wk US", "early US"], fh=["20", "28", "32", "36"], fht=["140s", "150", "135", "144"], ldl=["178", "192", "165"], tsh=["8.9", "11.2"], pky=["30", "40", "25"], ppd=["1/2", "1", "1/4"],
                pdiet=["whole milk, table foods", "picky eater, lots of juice", "breastfeeding", "varied"], cmeth=["no method", "condoms only", "Depo, due for shot", "OCPs, missing pills"], a1c_prev=["8.9", "9.6", "7.8", "10.4"])


def hpi_ctx(p):
    c = {k: ch(v) for k, v in HPI_FILL.items()}
    c.update(he=p.he, He=p.He, his=p.his, him=p.him)
    c["pt"] = ch([("%s %s %s" % (age_str(p), p.eth if chance(0.4) else "", p.gender)).replace("  ", " "),
                  "Pt is a %s %s" % (age_str(p), p.gender), "%s %s" % (age_str(p), ch(["F", "M"]) if False else p.gender),
                  "This %s %s" % (age_str(p), ch(["woman", "lady", "patient"]) if p.sex == "F" else ch(["man", "gentleman", "patient"]))])
    if p.age < 13:
        c["pt"] = "%s %s" % (age_str(p), "girl" if p.sex == "F" else "boy")
    c["pt"] = c["pt"][0].upper() + c["pt"][1:]
    return c


def out_case(key=None, when=None):
    if key is None:
        key = ch(list(OUT))
    c = OUT[key]
    if c.get("peds"):
        p = make_patient(age=rint(1, 12), when=when)
    elif c.get("female") or key == "prenatal":
        p = make_patient(age=rint(16, 42), sex="F", when=when)
    else:
        p = make_patient(when=when)
    return key, c, p


def dxcode(c, when):
    if when < dt.date(2015, 10, 1):
        return c["icd9"]
    return ch(c["icd10"]) if isinstance(c["icd10"], list) else c["icd10"]


# inpatient / hospital scenarios
INP = {
    "pna": dict(dx="Community-acquired pneumonia, right lower lobe", icd="J18.9", es="neumonia",
                hpi="{pt} presented with {d} days of productive cough, fever to 102 F, pleuritic right-sided chest pain and shortness of breath. Seen at the community clinic and sent to the ED for hypoxia (SpO2 88% RA).",
                exam="Crackles right base with egophony. Tachypneic.", labs={"WBC": (14, 19), "BUN": (18, 30)},
                img=("XR CHEST PA AND LATERAL", "Dense consolidation in the right lower lobe with air bronchograms. No pleural effusion. Heart size normal.", "Right lower lobe pneumonia."),
                course="Started on ceftriaxone and azithromycin IV. Required 2 L O2 by nasal cannula, weaned to room air by hospital day 3. Blood cultures no growth. Transitioned to oral antibiotics.",
                dcmeds=["azithro", "amox", "albuterol"], proc=None, fu="PCP at Sierra del Sol in 5-7 days; repeat CXR in 6 weeks", los=(2, 5)),
    "dka": dict(dx="Diabetic ketoacidosis, type 2 diabetes mellitus", icd="E11.10", es="cetoacidosis diabetica",
                hpi="{pt} with known diabetes, out of insulin/metformin for {d} weeks due to cost, presented with polyuria, polydipsia, vomiting and abdominal pain.",
                exam="Dry mucous membranes, Kussmaul respirations, diffuse mild abdominal tenderness.", labs={"Glucose": (420, 640), "CO2": (7, 13), "Potassium": (5.2, 5.9), "Anion Gap": (22, 31)},
                img=("XR CHEST 1 VIEW PORTABLE", "Lungs are clear. No acute cardiopulmonary process.", "No acute findings."),
                course="Admitted to ICU on insulin drip per DKA protocol with aggressive IV fluids and potassium repletion. Anion gap closed within 18 hours. Transitioned to subcutaneous basal-bolus insulin. Diabetes educator saw patient; enrolled in 340B pharmacy program for insulin.",
                dcmeds=["glargine", "metformin", "lisinopril10"], proc=None, fu="FQHC PCP within 1 week with glucose log; diabetes education", los=(3, 5)),
    "chole": dict(dx="Acute calculous cholecystitis", icd="K80.00", es="inflamacion de la vesicula",
                  hpi="{pt} presented with RUQ pain radiating to the right shoulder after fatty meal, nausea and vomiting x {d} days. Prior similar episodes.",
                  exam="Positive Murphy sign, RUQ tenderness with voluntary guarding.", labs={"WBC": (12, 17), "Total Bilirubin": (1.3, 2.4), "Alk Phos": (140, 220)},
                  img=("US ABDOMEN RIGHT UPPER QUADRANT", "Gallbladder distended with multiple shadowing gallstones, the largest 1.8 cm impacted in the neck. Gallbladder wall thickened to 5 mm with pericholecystic fluid. Sonographic Murphy sign positive. CBD 4 mm.", "Acute calculous cholecystitis."),
                  course="Started on IV piperacillin-tazobactam. General surgery consulted and patient underwent laparoscopic cholecystectomy on hospital day 2 without complication. Diet advanced, pain controlled on oral medications.",
                  dcmeds=["oxycodone", "acetaminophen", "ondansetron"], proc="lapchole", fu="General surgery clinic in 2 weeks; PCP 1-2 weeks", los=(2, 3)),
    "appy": dict(dx="Acute appendicitis", icd="K35.80", es="apendicitis",
                 hpi="{pt} presented with periumbilical pain migrating to the RLQ over {d} day(s), anorexia, nausea and low-grade fever.",
                 exam="RLQ tenderness at McBurney point, + Rovsing, rebound tenderness.", labs={"WBC": (13, 18)},
                 img=("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "The appendix is dilated to 12 mm with wall thickening and periappendiceal fat stranding. Appendicolith at the base. No free air or abscess.", "Acute uncomplicated appendicitis."),
                 course="Taken to the OR for laparoscopic appendectomy. Uncomplicated postoperative course. Tolerating regular diet, ambulating, pain controlled.",
                 dcmeds=["oxycodone", "ibuprofen", "acetaminophen"], proc="lapappy", fu="Surgery clinic in 10-14 days", los=(1, 2)),
    "nstemi": dict(dx="Non-ST elevation myocardial infarction", icd="I21.4", es="ataque al corazon",
                   hpi="{pt} with HTN, DM2 and tobacco use presented with substernal chest pressure radiating to the left arm with diaphoresis for {d} hours.",
                   exam="Diaphoretic on arrival, RRR, no murmurs, lungs clear.", labs={"Troponin I": (0.4, 4.8)},
                   img=("ECHOCARDIOGRAM TRANSTHORACIC", "LVEF estimated 45-50% with hypokinesis of the inferior wall. No significant valvular disease.", "Mildly reduced LV systolic function with inferior wall hypokinesis."),
                   course="Started on heparin drip, aspirin, clopidogrel, high-intensity statin and beta blocker. Cardiac catheterization showed 90% stenosis of the RCA treated with a drug-eluting stent. No recurrent chest pain.",
                   dcmeds=["asa", "clopidogrel", "atorva", "metoprolol", "nitro", "lisinopril10"], proc="cath", fu="Cardiology in 2 weeks, cardiac rehab referral, PCP 1 week", los=(2, 4)),
    "cell": dict(dx="Cellulitis of left lower extremity", icd="L03.116", es="infeccion de la piel",
                 hpi="{pt} with poorly controlled diabetes presented with {d} days of spreading redness, warmth and swelling of the left lower leg after a minor scrape at work.",
                 exam="Erythema, warmth and induration of the left anterior shin 14 x 9 cm, margins marked, no fluctuance or crepitus.", labs={"WBC": (11.5, 15), "Glucose": (220, 340)},
                 img=("US LEFT LOWER EXTREMITY VENOUS DOPPLER", "Normal compressibility and flow in the common femoral, femoral and popliteal veins. Subcutaneous edema.", "No DVT. Subcutaneous edema consistent with cellulitis."),
                 course="Treated with IV cefazolin with improvement of erythema inside marked borders by 48 hours. Glucose managed with sliding scale insulin. Transitioned to oral cephalexin.",
                 dcmeds=["cephalexin", "metformin", "ibuprofen"], proc=None, fu="PCP in 3-5 days for wound check", los=(2, 4)),
    "copdx": dict(dx="Acute exacerbation of COPD", icd="J44.1", es="EPOC",
                  hpi="{pt} with COPD and ongoing tobacco use presented with {d} days of increased dyspnea, wheezing and purulent sputum.",
                  exam="Diffuse expiratory wheezes, accessory muscle use, prolonged expiration.", labs={"WBC": (10, 13)},
                  img=("XR CHEST 2 VIEWS", "Hyperinflated lungs with flattened diaphragms. No focal consolidation, effusion or pneumothorax.", "Hyperinflation consistent with COPD. No acute infiltrate."),
                  course="Treated with nebulized albuterol/ipratropium, IV methylprednisolone then oral prednisone, and azithromycin. Smoking cessation counseling provided.",
                  dcmeds=["prednisone", "azithro", "tiotropium", "albuterol"], proc=None, fu="PCP within 1 week; pulmonary function testing", los=(2, 4)),
    "pyelo": dict(dx="Acute pyelonephritis", icd="N10", es="infeccion de rinon",
                  hpi="{pt} presented with fever, chills, right flank pain and dysuria for {d} days, with vomiting unable to tolerate oral antibiotics.",
                  exam="Right CVA tenderness, febrile 102.6 F.", labs={"WBC": (14, 20), "Creatinine": (1.1, 1.6)},
                  img=("CT ABDOMEN/PELVIS WITHOUT CONTRAST (RENAL STONE PROTOCOL)", "Mild right perinephric stranding. No hydronephrosis. No urinary tract calculi.", "Findings compatible with right pyelonephritis. No obstructing stone."),
                  course="Received IV ceftriaxone. Urine culture grew E. coli pan-sensitive except ampicillin. Afebrile > 24 h; transitioned to oral therapy.",
                  dcmeds=["smx", "acetaminophen", "ondansetron"], proc=None, fu="PCP 1 week; repeat UA", los=(2, 3), female=True),
    "csec": dict(dx="Intrauterine pregnancy at term, delivered by repeat low transverse cesarean section", icd="O34.211", es="cesarea",
                 hpi="{pt} G3P2002 at 39 weeks with two prior cesarean sections presented for scheduled repeat cesarean. Prenatal care at Sierra del Sol Women's Health. Prenatal labs unremarkable, GBS negative.",
                 exam="Gravid abdomen, well-healed Pfannenstiel scar. FHT 140s, category I.", labs={"Hemoglobin": (9.8, 11.5)},
                 img=("US OB LIMITED", "Single live intrauterine pregnancy in cephalic presentation. Placenta posterior, no previa. AFI 12 cm.", "Single live IUP, cephalic."),
                 course="Underwent uncomplicated repeat LTCS with bilateral tubal ligation (Medicaid sterilization consent signed > 30 days prior). Delivered viable female infant, Apgars 8/9. Postpartum course uncomplicated; breastfeeding.",
                 dcmeds=["ibuprofen", "oxycodone", "pnv", "ferrous"], proc="csec", fu="Postpartum visit at Sierra del Sol Women's Health in 2 weeks (incision check) and 6 weeks", los=(2, 3), female=True),
    "gib": dict(dx="Upper GI bleed secondary to duodenal ulcer", icd="K26.4", es="sangrado del estomago",
                hpi="{pt} with chronic NSAID use for back pain presented with melena x {d} days and lightheadedness, one episode of coffee-ground emesis.",
                exam="Pale, orthostatic. Epigastric tenderness. Rectal: black tarry stool, guaiac positive.", labs={"Hemoglobin": (6.4, 8.2), "BUN": (38, 62)},
                img=("XR ABDOMEN ACUTE SERIES", "Nonobstructive bowel gas pattern. No free air.", "No acute abdominal findings."),
                course="Transfused 2 units PRBC. IV pantoprazole. EGD showed 1.2 cm clean-based duodenal bulb ulcer. H. pylori biopsy positive, started on triple therapy. NSAIDs discontinued.",
                dcmeds=["omeprazole", "amox", "ferrous"], proc="egd", fu="PCP 1 week with CBC; GI in 8 weeks", los=(2, 4)),
}


INP_CC = {"pna": "I can't breathe", "dka": "my sugar is high and I keep throwing up", "chole": "my stomach hurts on the right side", "appy": "belly pain",
          "nstemi": "chest pain", "cell": "my leg is red and swollen", "copdx": "can't catch my breath", "pyelo": "fever and back pain",
          "csec": "scheduled for my C-section", "gib": "black stools and dizzy"}
INP_ROS = {"pna": ["cough", "dyspnea"], "dka": ["polyuria", "nausea", "abdominal pain"], "chole": ["nausea", "abdominal pain"], "appy": ["nausea", "abdominal pain"],
           "nstemi": ["chest pain"], "cell": ["leg swelling"], "copdx": ["dyspnea", "wheezing", "cough"], "pyelo": ["dysuria", "flank pain"], "csec": [], "gib": ["melena", "dizziness"]}


def inp_case(key=None):
    key = key or ch(list(INP))
    s = INP[key]
    if s.get("female"):
        p = make_patient(age=rint(19, 40) if key == "csec" else rint(19, 70), sex="F")
    else:
        p = make_patient(age=rint(25, 80))
    adm = p.when
    dis = addd(adm, rint(*s["los"]))
    return key, s, p, adm, dis


# ----------------------------------------------------------------------------
# labs
# ----------------------------------------------------------------------------
LT = {  # unit, lo, hi, decimals
    "Sodium": ("mmol/L", 136, 145, 0), "Potassium": ("mmol/L", 3.5, 5.1, 1), "Chloride": ("mmol/L", 98, 107, 0),
    "CO2": ("mmol/L", 22, 29, 0), "Anion Gap": ("mmol/L", 5, 15, 0), "BUN": ("mg/dL", 7, 20, 0),
    "Creatinine": ("mg/dL", 0.6, 1.2, 2), "Glucose": ("mg/dL", 70, 99, 0), "Calcium": ("mg/dL", 8.5, 10.2, 1),
    "Total Protein": ("g/dL", 6.0, 8.3, 1), "Albumin": ("g/dL", 3.5, 5.0, 1), "Total Bilirubin": ("mg/dL", 0.2, 1.2, 1),
    "Alk Phos": ("U/L", 40, 129, 0), "AST": ("U/L", 10, 40, 0), "ALT": ("U/L", 7, 56, 0),
    "WBC": ("K/uL", 4.0, 11.0, 1), "RBC": ("M/uL", 4.2, 5.9, 2), "Hemoglobin": ("g/dL", 12.0, 17.5, 1),
    "Hematocrit": ("%", 36, 52, 1), "MCV": ("fL", 80, 100, 0), "Platelets": ("K/uL", 150, 400, 0),
    "Hemoglobin A1c": ("%", 4.0, 5.6, 1), "Cholesterol, Total": ("mg/dL", 100, 199, 0),
    "Triglycerides": ("mg/dL", 0, 149, 0), "HDL Cholesterol": ("mg/dL", 40, 90, 0), "LDL Cholesterol, calc": ("mg/dL", 0, 99, 0),
    "TSH": ("uIU/mL", 0.45, 4.5, 2), "Free T4": ("ng/dL", 0.8, 1.8, 2), "Microalbumin/Creatinine Ratio": ("mg/g creat", 0, 30, 0),
    "Troponin I": ("ng/mL", 0.0, 0.04, 2), "Lipase": ("U/L", 13, 60, 0), "Lead, Blood": ("ug/dL", 0, 3.4, 1),
}
PANELS = {
    "BMP": ["Sodium", "Potassium", "Chloride", "CO2", "BUN", "Creatinine", "Glucose", "Calcium"],
    "CMP": ["Sodium", "Potassium", "Chloride", "CO2", "BUN", "Creatinine", "Glucose", "Calcium", "Total Protein", "Albumin", "Total Bilirubin", "Alk Phos", "AST", "ALT"],
    "CBC": ["WBC", "RBC", "Hemoglobin", "Hematocrit", "MCV", "Platelets"],
    "Lipid": ["Cholesterol, Total", "Triglycerides", "HDL Cholesterol", "LDL Cholesterol, calc"],
    "A1c": ["Hemoglobin A1c"], "TSH": ["TSH", "Free T4"], "UACR": ["Microalbumin/Creatinine Ratio"], "Hgb": ["Hemoglobin"],
    "Lead": ["Lead, Blood"],
}
COND_LAB = {
    "dm2": {"Glucose": (150, 290), "Hemoglobin A1c": (7.3, 11.8), "Microalbumin/Creatinine Ratio": (12, 160), "Triglycerides": (160, 340)},
    "hld": {"Cholesterol, Total": (220, 290), "LDL Cholesterol, calc": (145, 205), "Triglycerides": (160, 300), "HDL Cholesterol": (30, 42)},
    "hypothy": {"TSH": (6.2, 14.5), "Free T4": (0.6, 0.9)},
    "htn": {"Potassium": (3.5, 4.6)},
}


def lab_val(t, over=None):
    u, lo, hi, d = LT[t]
    if over and t in over:
        a, b = over[t]
    else:
        span = hi - lo
        a, b = lo + 0.1 * span, hi - 0.15 * span
    v = round(R.uniform(a, b), d)
    if d == 0:
        v = int(v)
    flag = ""
    if v < lo:
        flag = "L"
    elif v > hi:
        flag = "H"
    if t == "Troponin I" and v > 0.04:
        flag = "H*" if v > 0.5 else "H"
    ref = "%s-%s" % (lo, hi) if t not in ("Cholesterol, Total", "Triglycerides", "LDL Cholesterol, calc", "Microalbumin/Creatinine Ratio", "Troponin I", "Lead, Blood") else "<%s" % hi
    if t == "HDL Cholesterol":
        ref = ">39"
        flag = "L" if v < 40 else ""
    return (t, str(v), u, ref, flag)


def panel(name, over=None):
    return [lab_val(t, over) for t in PANELS[name]]


def ua_rows(pos=False):
    rows = [("Color", "Yellow", "", "Yellow", ""), ("Clarity", "Cloudy" if pos else "Clear", "", "Clear", "A" if pos else ""),
            ("Specific Gravity", "1.0%02d" % rint(8, 28), "", "1.005-1.030", ""), ("pH", ch(["5.5", "6.0", "6.5"]), "", "5.0-8.0", ""),
            ("Protein", ch(["Trace", "30"]) if pos else "Negative", "mg/dL", "Negative", "A" if pos else ""),
            ("Glucose", "Negative", "", "Negative", ""), ("Ketones", "Negative", "", "Negative", ""),
            ("Blood", ch(["Small", "Moderate"]) if pos else "Negative", "", "Negative", "A" if pos else ""),
            ("Nitrite", "Positive" if pos else "Negative", "", "Negative", "A" if pos else ""),
            ("Leukocyte Esterase", ch(["Moderate", "Large"]) if pos else "Negative", "", "Negative", "A" if pos else ""),
            ("WBC, UA", ch(["21-50", ">50"]) if pos else "0-2", "/hpf", "0-5", "H" if pos else ""),
            ("RBC, UA", "3-10" if pos else "0-2", "/hpf", "0-2", "H" if pos else ""), ("Bacteria", "Many" if pos else "None seen", "", "None", "A" if pos else "")]
    return rows


# ----------------------------------------------------------------------------
# vitals, ROS, exam
# ----------------------------------------------------------------------------
def vitals(p, mod=None):
    mod = mod or {}
    v = {}
    if p.age < 13:
        v["bp"] = "%d/%d" % (rint(90, 112), rint(52, 72))
        v["hr"] = rint(80, 130) if p.age < 5 else rint(70, 110)
        v["rr"] = rint(20, 30) if p.age < 5 else rint(16, 22)
        v["wt"] = round(8 + p.age * 2.6 * R.uniform(0.8, 1.3), 1) * 2.2
        v["ht"] = round(29 + p.age * 2.4, 1)
    else:
        if "bp" in mod:
            a, b, c, d = mod["bp"]
            v["bp"] = "%d/%d" % (rint(a, b), rint(c, d))
        else:
            v["bp"] = "%d/%d" % (rint(104, 138), rint(62, 88))
        v["hr"] = rint(*mod["hr"]) if "hr" in mod else rint(60, 92)
        v["rr"] = rint(14, 20)
        v["ht"] = rint(59, 72) if p.sex == "M" else rint(57, 67)
        bmi = rfl(*(mod.get("bmi") or (22, 38)))
        v["wt"] = round(bmi * v["ht"] ** 2 / 703, 1)
    v["wt"] = round(v["wt"], 1)
    v["bmi"] = round(v["wt"] * 703 / (v["ht"] ** 2), 1)
    v["temp"] = rfl(*mod["temp"]) if "temp" in mod else rfl(97.3, 98.9)
    v["spo2"] = rint(*mod["spo2"]) if "spo2" in mod else rint(96, 100)
    return v


def vitals_str(v, style=None):
    s = style if style is not None else rint(0, 3)
    if s == 0:
        return "BP %s | HR %d | RR %d | Temp %.1f F | SpO2 %d%% | Wt %.1f lb | Ht %.0f in | BMI %.1f" % (v["bp"], v["hr"], v["rr"], v["temp"], v["spo2"], v["wt"], v["ht"], v["bmi"])
    if s == 1:
        return "T: %.1f  P: %d  R: %d  BP: %s  O2 sat: %d%% RA  Wt: %.1f lbs" % (v["temp"], v["hr"], v["rr"], v["bp"], v["spo2"], v["wt"])
    if s == 2:
        return "\n".join(["Blood Pressure: %s mmHg" % v["bp"], "Pulse: %d bpm" % v["hr"], "Respirations: %d" % v["rr"],
                          "Temperature: %.1f F (oral)" % v["temp"], "Pulse Ox: %d%%" % v["spo2"], "Weight: %.1f lb (%.1f kg)" % (v["wt"], v["wt"] / 2.2),
                          "Height: %.0f in" % v["ht"], "BMI: %.1f kg/m2" % v["bmi"]])
    return "VS: %s, %d, %d, %.1f, %d%%" % (v["bp"], v["hr"], v["rr"], v["temp"], v["spo2"])


ROS_SYS = [("Constitutional", "Denies fever, chills, weight loss, fatigue."), ("Eyes", "Denies vision changes."),
           ("ENT", "Denies sore throat, ear pain, congestion."), ("Cardiovascular", "Denies chest pain, palpitations, edema."),
           ("Respiratory", "Denies cough, SOB, wheezing."), ("GI", "Denies nausea, vomiting, diarrhea, abdominal pain, blood in stool."),
           ("GU", "Denies dysuria, hematuria, frequency."), ("Musculoskeletal", "Denies joint pain, back pain."),
           ("Skin", "Denies rash, lesions."), ("Neurological", "Denies headache, dizziness, numbness, weakness."),
           ("Psychiatric", "Denies depression, anxiety, SI/HI."), ("Endocrine", "Denies polyuria, polydipsia, heat/cold intolerance.")]
ROS_MAP = {"polyuria": "Endocrine", "numbness of feet": "Neurological", "headache": "Neurological", "cough": "Respiratory",
           "wheezing": "Respiratory", "depressed mood": "Psychiatric", "insomnia": "Psychiatric", "palpitations": "Cardiovascular",
           "anxiety": "Psychiatric", "dysuria": "GU", "frequency": "GU", "fever": "Constitutional", "ear pain": "ENT",
           "rhinorrhea": "ENT", "back pain": "Musculoskeletal", "fatigue": "Constitutional", "heartburn": "GI", "dyspnea": "Respiratory",
           "nausea": "GI", "abdominal pain": "GI", "melena": "GI", "chest pain": "Cardiovascular", "leg swelling": "Cardiovascular",
           "flank pain": "GU", "dizziness": "Neurological"}


def ros_block(pos, style=None):
    s = style if style is not None else rint(0, 3)
    possys = {}
    for x in pos:
        possys.setdefault(ROS_MAP.get(x, "Constitutional"), []).append(x)
    if s == 0:
        out = []
        for sy, neg in ROS_SYS:
            if sy in possys:
                out.append("%s: Positive for %s. %s" % (sy, ", ".join(possys[sy]), ch(["Otherwise negative.", ""])))
            elif chance(0.8):
                out.append("%s: %s" % (sy, neg))
        return "\n".join(out)
    if s == 1:
        p = ", ".join(pos) if pos else "none"
        return "Positive for %s. All other systems reviewed and negative." % p if pos else "10-point ROS negative except as noted in HPI."
    if s == 2:
        return " ".join("%s: %s" % (sy[:5].upper() if len(sy) > 6 else sy.upper(), ("+" + "/".join(possys[sy])) if sy in possys else "neg") for sy, _ in ROS_SYS[:9])
    return "\n".join("  [%s] %s %s" % ("X" if sy in possys else " ", sy, "- " + ", ".join(possys[sy]) if sy in possys else "- negative") for sy, _ in ROS_SYS)


PE_N = [("General", ["Alert, oriented x3, in no acute distress.", "Well-appearing, NAD.", "WDWN, pleasant, cooperative."]),
        ("HEENT", ["NCAT. PERRLA, EOMI. TMs clear bilaterally. Oropharynx clear, moist mucous membranes.", "Normocephalic. Conjunctivae clear. TMs pearly gray. Throat non-erythematous."]),
        ("Neck", ["Supple, no lymphadenopathy, no thyromegaly.", "Supple, no LAD."]),
        ("CV", ["RRR, no m/r/g.", "Regular rate and rhythm, normal S1/S2, no murmurs."]),
        ("Lungs", ["CTAB, no wheezes, rales or rhonchi.", "Clear to auscultation bilaterally, no increased work of breathing."]),
        ("Abd", ["Soft, NT/ND, +BS, no HSM.", "Soft, non-tender, non-distended, normal bowel sounds, no masses."]),
        ("Ext", ["No c/c/e. Pulses 2+ bilaterally.", "No edema. Distal pulses intact."]),
        ("MSK", ["Normal ROM all extremities.", "No joint swelling or deformity."]),
        ("Skin", ["Warm, dry, intact, no rashes.", "No lesions noted."]),
        ("Neuro", ["CN II-XII grossly intact. Strength 5/5 throughout. Gait normal.", "A&O x3, no focal deficits."]),
        ("Psych", ["Normal mood and affect. Judgment intact.", "Appropriate mood and affect."])]
PE_ALIAS = {"General": ["GEN", "General", "Constitutional", "GENERAL APPEARANCE"], "HEENT": ["HEENT", "Head/Eyes/ENT"],
            "Neck": ["Neck", "NECK"], "CV": ["CV", "Heart", "Cardiovascular", "COR"], "Lungs": ["Lungs", "Resp", "Chest/Lungs", "PULM"],
            "Abd": ["Abd", "Abdomen", "GI"], "Ext": ["Ext", "Extremities"], "MSK": ["MSK", "Musculoskeletal", "Back"],
            "Skin": ["Skin", "Integumentary"], "Neuro": ["Neuro", "Neurologic"], "Psych": ["Psych", "Psychiatric"]}


def pe_block(over=None, style=None, brief=False):
    over = over or {}
    s = style if style is not None else rint(0, 2)
    out = []
    for sy, opts in PE_N:
        if brief and sy not in over and sy not in ("General", "CV", "Lungs") and chance(0.6):
            continue
        if sy in ("MSK", "Neck", "Skin") and sy not in over and chance(0.4):
            continue
        txt = over.get(sy) or ch(opts)
        if sy == "Eyes":
            continue
        lab = ch(PE_ALIAS[sy])
        out.append("%s: %s" % (lab.upper() if s == 1 else lab, txt))
    for k, v in over.items():
        if k not in PE_ALIAS:
            out.append("%s: %s" % (k, v))
    if s == 2:
        return " ".join(out)
    return "\n".join(out)


# ----------------------------------------------------------------------------
# document builder & post-processing
# ----------------------------------------------------------------------------
HD = {
    "cc": ["Chief Complaint", "CC", "Reason for Visit", "Reason for Appointment", "Presenting Problem", "Chief Concern"],
    "hpi": ["History of Present Illness", "HPI", "Present Illness", "History", "Interval History"],
    "pmh": ["Past Medical History", "PMH", "Medical History", "Problem List", "Active Problems", "PMHx"],
    "psh": ["Past Surgical History", "PSH", "Surgical History"],
    "meds": ["Current Medications", "Medications", "Meds", "Outpatient Medications", "Home Medications", "Current Outpatient Prescriptions"],
    "all": ["Allergies", "ALL", "Drug Allergies", "Allergies/Intolerances"],
    "sh": ["Social History", "SH", "Social Hx", "Social"],
    "fh": ["Family History", "FH", "Family Hx"],
    "ros": ["Review of Systems", "ROS", "Systems Review"],
    "vs": ["Vital Signs", "Vitals", "VS"],
    "pe": ["Physical Examination", "Physical Exam", "PE", "Exam", "Examination", "Objective"],
    "ap": ["Assessment and Plan", "Assessment/Plan", "A/P", "Impression and Plan", "Assessment & Plan", "Impression/Plan"],
    "assess": ["Assessment", "Impression", "Diagnoses", "Assessments", "Dx", "Diagnosis"],
    "plan": ["Plan", "Treatment", "Recommendations", "Plan of Care", "Orders"],
    "edu": ["Patient Education", "Education", "Pt Ed", "Counseling", "Patient Instructions", "Education Provided"],
    "fu": ["Follow Up", "Follow-up", "Return to Clinic", "RTC", "Disposition", "Next Appointment"],
    "labs": ["Labs", "Laboratory Data", "Pertinent Labs", "Results", "Data Reviewed"],
}


def hd(k):
    return ch(HD[k])


class Doc:
    def __init__(self, hs=None):
        self.L = []
        self.hs = rint(0, 5) if hs is None else hs

    def add(self, *xs):
        for x in xs:
            if x is None:
                continue
            self.L.append(x)

    def blank(self):
        self.L.append("")

    def sec(self, title, body, inline=None):
        if body is None or body == "" or body == []:
            return
        if isinstance(body, (list, tuple)):
            body = "\n".join(body)
        hs = self.hs
        if inline is None:
            inline = ("\n" not in body and len(body) < 100 and chance(0.6))
        if hs == 0:
            h = title.upper() + ":"
        elif hs == 1:
            h = title + ":"
        elif hs == 2:
            h = title.upper() + "\n" + "-" * len(title)
            inline = False
        elif hs == 3:
            h = "*** " + title.upper() + " ***"
            inline = False
        elif hs == 4:
            h = title.upper()
            inline = False
        else:
            h = title + ":"
        if inline:
            self.L.append(h + " " + body)
        else:
            self.L.append(h)
            self.L.append(body)
        if chance(0.75):
            self.L.append("")

    def text(self):
        t = "\n".join(self.L)
        while "\n\n\n" in t:
            t = t.replace("\n\n\n", "\n\n")
        return t.strip("\n")


def numbered(items, style=None):
    s = style if style is not None else rint(0, 3)
    if s == 0:
        return "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))
    if s == 1:
        return "\n".join("- " + x for x in items)
    if s == 2:
        return "\n".join("  * " + x for x in items)
    return "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(items))


OCR_SUB = [("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("a", "o"),
           (",", "."), ("S", "5"), ("B", "8"), ("h", "b"), ("cl", "d"), ("t", "f"), ("1", "l"), (".", ","),
           ("u", "v"), ("n", "ri"), ("E", "F"), ("g", "q"), ("5", "S"), ("i", "l"), ("y", "v")]


def ocr(text, lvl):
    if lvl == 0:
        return text
    rate = {1: 0.012, 2: 0.035, 3: 0.08}[lvl]
    out = []
    for line in text.split("\n"):
        toks = line.split(" ")
        for i, tk in enumerate(toks):
            if len(tk) > 1 and R.random() < rate:
                subs = [s for s in OCR_SUB if s[0] in tk]
                if subs:
                    a, b = ch(subs)
                    j = tk.find(a)
                    tk = tk[:j] + b + tk[j + len(a):]
            if lvl >= 2 and len(tk) > 5 and R.random() < rate / 4:
                j = rint(1, len(tk) - 2)
                tk = tk[:j] + " " + tk[j:]
            toks[i] = tk
        line = " ".join(toks)
        if lvl >= 2 and R.random() < rate / 2 and len(line) > 10:
            line = line.replace(" ", "", 1)
        if lvl == 3 and R.random() < 0.04:
            line = ch(["| ", ". ", "' ", "_ ", "~"]) + line
        if lvl == 3 and R.random() < 0.03:
            line = line + ch([" .", " ,", " '", " |", " -"])
        out.append(line)
    return "\n".join(out)


def fax_header(org=None, d=None):
    d = d or rdate()
    nm = (org or {}).get("name") or ch([s[0] for s in SITES] + [h[0] for h in HOSPITALS])
    s = rint(0, 3)
    pg = rint(1, 9)
    if s == 0:
        return "%s %s FAX %s %s   @%03d/%03d" % (d.strftime("%m/%d/%Y"), tm(), phone_plain().replace("-", ""), nm.upper()[:24], pg, pg + rint(0, 6))
    if s == 1:
        return "%s %s  From: %s  To: %s   P. %d" % (d.strftime("%b %d %Y"), tm12(), nm[:30], phone(), pg)
    if s == 2:
        return "RECEIVED %s %s  %s  PAGE %d OF %d" % (d.strftime("%m-%d-%y"), tm(), phone_plain(), pg, pg + rint(0, 5))
    return "%s  %s     #%04d P.%03d" % (d.strftime("%d-%b-%Y %H:%M"), nm[:28].upper(), rint(1, 9999), pg)


def finish(text, p=None, org=None):
    lines = text.split("\n")
    if len(lines) > 45 and chance(0.7):
        per = rint(38, 58)
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
        n = len(pages)
        style = rint(0, 5)
        pr = fd(addd(p.when, rint(0, 400)), 0) if p else fd(rdate(), 0)
        out = []
        for i, pg in enumerate(pages):
            if i > 0 and p is not None:
                if style == 0:
                    out += ["%s  DOB: %s  MRN: %s" % (pname(p, 1), fd(p.dob, 0), p.mrn), ""]
                elif style == 1:
                    out += ["Patient: %s   (continued)" % pname(p, 4), ""]
                elif style == 2:
                    out += ["%s | %s | Acct %s" % ((org or {}).get("name", NETWORK), pname(p, 1), p.mrn), ""]
            out.extend(pg)
            if style in (0, 3):
                out += ["", "Page %d of %d" % (i + 1, n)]
            elif style == 1:
                out += ["", "Printed %s %s   Page %d/%d" % (pr, tm(), i + 1, n)]
            elif style == 2:
                out += ["", "- %d -" % (i + 1)]
            elif style == 4:
                out += ["", "CONFIDENTIAL PATIENT INFORMATION          Page %d" % (i + 1)]
            else:
                out += [""]
        lines = out
    elif p is not None and chance(0.3):
        lines += ["", ch(["Page 1 of 1", "Pg 1", "Printed: %s %s" % (fd(addd(p.when, rint(0, 300)), 0), tm()),
                          "%s  MRN %s" % (pname(p, 1), p.mrn), "This document contains confidential health information."])]
    if chance(0.22):
        lines.insert(0, fax_header(org, p.when if p else None))
    t = "\n".join(lines)
    return ocr(t, ch([0, 0, 0, 1, 1, 1, 2, 2, 3]))


# ----------------------------------------------------------------------------
# shared clinical text pieces
# ----------------------------------------------------------------------------
EXTRA_PMH = ["Obesity", "Hyperlipidemia", "GERD", "Seasonal allergies", "Tobacco use disorder", "Vitamin D deficiency",
             "Prediabetes", "Osteoarthritis of knees", "Insomnia", "Chronic low back pain",
             "Anemia, iron deficiency", "Migraine without aura", "Latent TB infection, treated", "Hepatitis C, treated"]


def pmh_list(main=None, n=None):
    items = []
    if main:
        items.append(main)
    items += pick(EXTRA_PMH, n if n is not None else rint(0, 3))
    return items


def sh_text(p):
    if p.age < 13:
        return ch(["Lives with %s and %d siblings. Attends %s. No smokers in the home." % (ch(["mother", "both parents", "grandparents", "mom and stepdad"]), rint(0, 4), ch(["daycare", "Head Start", "elementary school", "no daycare"])),
                   "Lives with parents in %s. Spanish-speaking household. %s" % (ch(["mobile home", "apartment", "house"]), ch(["Father smokes outside.", "No smoke exposure.", "Dog in home."]))])
    tob = ch(["never smoker", "former smoker, quit %d" % rint(1995, 2018), "current smoker %s ppd" % ch(["1/2", "1", "1/4"]), "denies tobacco", "smokes 3-4 cig/day"])
    etoh = ch(["occasional alcohol", "denies EtOH", "drinks 6-pack on weekends", "no alcohol", "social drinker"])
    drugs = ch(["denies illicit drugs", "no drug use", "marijuana occasionally", "remote methamphetamine use, clean %d yrs" % rint(2, 10)])
    job = ch(["Works in construction.", "Unemployed.", "Works at a dairy.", "Homemaker.", "Farmworker (seasonal).", "Cashier.", "Retired.", "Truck driver.", "Works at a restaurant.", "Housekeeper at motel."])
    lives = ch(["Lives with spouse and children.", "Lives alone.", "Lives with daughter.", "Lives with partner.", "Staying with family; housing unstable."])
    s = rint(0, 2)
    if s == 0:
        return "Tobacco: %s. Alcohol: %s. Drugs: %s. %s %s" % (tob, etoh, drugs, job, lives)
    if s == 1:
        return "%s %s Pt is a %s; %s; %s. Preferred language %s." % (lives, job, tob, etoh, drugs, p.lang)
    return "- Tobacco: %s\n- EtOH: %s\n- Illicit: %s\n- Occupation: %s\n- Living situation: %s" % (tob, etoh, drugs, job.rstrip("."), lives.rstrip("."))


def fh_text():
    return ch(["Mother with DM2 and HTN. Father deceased MI age %d." % rint(52, 70), "Noncontributory.", "DM in mother and maternal aunts. No cancer.",
               "Father - HTN, DM. Mother - breast cancer age %d." % rint(45, 68), "Unknown, pt adopted.", "Both parents with diabetes. Brother with kidney disease on dialysis."])


def meds_block(keys, style=None, es=False):
    s = style if style is not None else rint(0, 4)
    if not keys:
        return ch(["None", "No current medications", "None reported"])
    if s == 4:
        return ", ".join(MEDS[k][0] + " " + MEDS[k][1].split(" ")[0] + " " + MEDS[k][1].split(" ")[1] for k in keys)
    return "\n".join(("%d. " % (i + 1) if s == 0 else "") + med_line(k, s, es) for i, k in enumerate(keys))


def clinic_header(p, org, pv, d, style=None, visit="Office Visit"):
    s = style if style is not None else rint(0, 5)
    if s == 0:
        return "%s\n\nPatient: %s   DOB: %s   Age: %d   Sex: %s\nDate of Service: %s   Provider: %s\nMRN: %s   Insurance: %s" % (
            letterhead(org), pname(p, 4), fd(p.dob, 0), p.age, p.sexw, fd(d, 0), pv.full(), p.mrn, p.ins)
    if s == 1:
        return "%s   DOB %s   Acct# %s\n%s  %s  %s" % (pname(p, 1), fd(p.dob, 0), p.mrn, visit, fd(d, 0), org["name"])
    if s == 2:
        return "\n".join(["Patient Name: %s" % pname(p, 2), "Account Number: %s" % p.mrn, "Date of Birth: %s" % fd(p.dob, 0),
                          "Encounter Date: %s" % fd(d, 0), "Appointment Provider: %s" % pv.full(), "Facility: %s" % org["name"],
                          "Encounter Type: %s" % visit])
    if s == 3:
        return "%s  %s\n%s" % (pname(p, 0), fd(d, 2), "-" * 40)
    if s == 4:
        return "%s\n%s | %s\n%s, %s (%d y.o. %s) | MRN %s" % (org["net"], org["name"], visit, pname(p, 4), fd(p.dob, 0), p.age, p.sex, p.mrn)
    return "%s %s\nName: %s      Sex: %s     DOB: %s\nVisit date: %s    Seen by: %s" % (org["name"].upper(), org["ph"], pname(p, 1), p.sex, fd(p.dob, 1), fd(d, 1), pv.short())


def pediatric_age(p):
    if p.age == 0:
        return "%d-month" % rint(1, 11)
    return "%d-year" % p.age


# ----------------------------------------------------------------------------
# PROGRESS NOTES
# ----------------------------------------------------------------------------
def plan_items(c, k=None):
    return pick(c["plan"], k or rint(2, min(5, len(c["plan"]))))


def g_progress():
    v = rint(0, 8)
    org = site()
    if v == 0:  # structured EHR outpatient visit
        key, c, p = out_case(ch(["dm2", "htn", "asthma", "hld", "hypothy", "gerd", "copd", "uti", "lbp", "anx"]))
        pv = prov("fm")
        ctx = hpi_ctx(p)
        d = Doc(ch([0, 1, 2]))
        d.add(clinic_header(p, org, pv, p.when, ch([0, 2, 4])), "")
        d.sec(ch(["Reason for Appointment", "Reason for Visit", "Chief Complaint"]), numbered([ch(c["cc"]).capitalize()], 0))
        d.sec(hd("hpi"), fill(ch(c["hpi"]), ctx))
        d.sec(hd("meds"), meds_block(c["meds"][:rint(1, len(c["meds"]))] if c["meds"] else []))
        d.sec(hd("pmh"), ", ".join(pmh_list(c["name"])))
        d.sec(hd("all"), p.allergies)
        if chance(0.6):
            d.sec(hd("sh"), sh_text(p))
        d.sec(hd("ros"), ros_block(c["ros_pos"]))
        d.sec(hd("vs"), vitals_str(vitals(p, c["vit"])))
        d.sec(ch(["Examination", "Physical Examination", "Exam"]), pe_block(c["exam"], ch([0, 1])))
        d.sec(ch(["Assessments", "Assessment", "Diagnoses"]), "1. %s - %s%s" % (c["name"], dxcode(c, p.when), ch([" (Primary)", "", ""])))
        d.sec(ch(["Treatment", "Plan"]), numbered(plan_items(c), 1))
        if chance(0.6):
            d.sec(hd("edu"), "; ".join(pick(c["edu"], 2)) + ". " + ch(["Pt verbalized understanding.", "Interpreter used (Spanish).", "Teach-back performed.", ""]))
        d.sec(hd("fu"), ch(["%d weeks" % rint(2, 8), "%d months" % rint(1, 6), "RTC 3 mo with labs", "PRN"]))
        d.add("", pv.sig())
        if chance(0.5):
            d.add("Billing: %s" % ch(["99213", "99214", "99212", "99214-25"]))
        return finish(d.text(), p, org)
    if v == 1:  # SOAP
        key, c, p = out_case()
        pv = prov("peds" if c.get("peds") else ch(["fm", "wh"]) if c.get("female") else "fm")
        ctx = hpi_ctx(p)
        vv = vitals(p, c["vit"])
        body = []
        if chance(0.6):
            body.append("%s   %s   DOB %s" % (pname(p, ch([1, 4])), fd(p.when, 1), fd(p.dob, 1)))
        if chance(0.5):
            body.append(ch(["Follow-up visit", "Acute visit", "Same-day appointment", "Walk-in"]))
        body += ["", "S: " + fill(ch(c["hpi"]), ctx), "",
                 "O: " + vitals_str(vv, ch([1, 3])) + ". " + pe_block(c["exam"], 2, brief=True), "",
                 "A: " + ch([c["name"], ch(c["short"])]) + (" (%s)" % dxcode(c, p.when) if chance(0.5) else ""), "",
                 "P: " + "; ".join(plan_items(c)) + ". " + ch(["RTC %d wks." % rint(1, 8), "F/u PRN.", "Return if worse."]), "",
                 ch([pv.short(), pv.full(), "-- " + pv.dr()])]
        return finish("\n".join(body), p, org)
    if v == 2:  # inpatient daily progress note
        key, s, p, adm, dis = inp_case()
        h = hospital()
        pv = prov("hosp")
        day = rint(1, 4)
        d = Doc(ch([0, 1, 4]))
        d.add(ch(["%s - Hospital Medicine" % h["name"], h["name"].upper(), "HOSPITALIST SERVICE", "INTERNAL MEDICINE TEAM %s" % ch("ABC")]))
        d.add(ch(["Daily Progress Note", "Progress Note - Hospital Day #%d" % (day + 1), "PN HD%d" % (day + 1), "Medicine Note", "SOAP note, inpatient"]))
        d.add("%s  MRN %s  Rm %d%s  Adm %s" % (pname(p, 1), p.mrn, rint(200, 460), ch("AB"), fd(adm, 0)), "")
        d.sec(ch(["Subjective", "S", "Overnight events / Subjective", "Interval"]), ch([
            "No acute events overnight. Pt reports feeling better, tolerating diet. Pain controlled.",
            "Slept poorly. Still with some %s but improved from admission. Ambulating in hallway with nursing." % ch(["cough", "pain", "nausea", "SOB"]),
            "Afebrile overnight. Family at bedside, interpreter used (Spanish). Pt asking when can go home."]))
        vv = vitals(p)
        d.sec(ch(["Objective", "O", "Exam"]), "Vitals: Tmax %.1f, %s\nI/O: %d/%d\n%s" % (vv["temp"] + rfl(0, 1), vitals_str(vv, 3), rint(900, 2400), rint(700, 2200), pe_block({"General": "Resting comfortably.", "Lungs" if key in ("pna", "copdx") else "Abd": s["exam"] + " " + ch(["Improving.", "Less pronounced today.", ""])}, ch([0, 1]), brief=True)))
        rows = [lab_val(t, s["labs"]) for t in list(s["labs"])[:3]] + [lab_val("Sodium"), lab_val("Creatinine")]
        d.sec(ch(["Labs", "Data", "Results"]), "\n".join("%s %s%s" % (r[0], r[1], " (%s)" % r[4] if r[4] else "") for r in rows))
        d.sec(ch(["Assessment/Plan", "A/P", "Assessment and Plan"]), "%s %s admitted with %s, HD #%d.\n%s" % (age_str(p), p.gender, s["dx"].lower(), day + 1,
              numbered(["%s - %s" % (s["dx"], ch(["improving", "clinically better", "stable"])), "Continue current therapy; " + s["course"].split(".")[0].lower(),
                        "DVT ppx: %s" % ch(["enoxaparin 40 mg SQ daily", "SCDs", "heparin 5000 units SQ q8h"]), "Dispo: anticipate discharge %s; %s" % (ch(["tomorrow", "in 24-48 h", "today if tolerating PO"]), ch(["f/u at community clinic", "case management for uninsured meds", "needs 340B pharmacy enrollment"]))], ch([0, 1]))))
        d.add(pv.sig())
        return finish(d.text(), p, h)
    if v == 3:  # well child
        org = site(peds=True)
        p = make_patient(age=ch([0, 1, 2, 4, 5, 6, 9, 11, 13]), when=rdate())
        pv = prov("peds")
        vv = vitals(p)
        d = Doc()
        d.add(clinic_header(p, org, pv, p.when, ch([0, 3, 5]), "Well Child"))
        d.add("", ch(["%s WELL CHILD VISIT" % pediatric_age(p).upper(), "EPSDT / Well Child Check - %s" % pediatric_age(p), "WCC %s" % pediatric_age(p), ""]))
        d.sec("Accompanied by", ch(["mother", "father", "grandmother (legal guardian)", "parents", "foster mother"]))
        d.sec(ch(["Parental concerns", "Concerns", "Interval history"]), ch(["None.", "Mother worried about picky eating.", "Snoring at night.", "Rash on cheeks x 1 wk.", "Speech - says few words.", "Ninguna."]))
        d.sec(ch(["Nutrition", "Diet"]), ch(["Whole milk 16-24 oz/day, table foods.", "Breastfeeding on demand plus formula at night.", "Eats fruits/vegetables, drinks juice daily.", "Picky eater, sodas 2/day - counseled."]))
        d.sec(ch(["Development", "Developmental screening"]), ch(["ASQ-3 completed - all domains above cutoff.", "M-CHAT-R low risk (score 1).", "Meeting milestones per parent report.", "School performance: average grades, %d grade." % rint(1, 7)]))
        d.sec(hd("vs"), "Wt %.1f lb (%dth %%ile)  Ht %.1f in (%dth %%ile)  BMI %.1f (%dth %%ile)  HR %d  Temp %.1f" % (vv["wt"], rint(5, 95), vv["ht"], rint(5, 95), vv["bmi"], rint(5, 97), vv["hr"], vv["temp"]))
        d.sec(hd("pe"), pe_block({"HEENT": "Red reflex present bilaterally. TMs clear. Teeth: %s" % ch(["no caries", "early white-spot lesions upper incisors", "caries noted #E,F"]), "GU": "Normal %s genitalia, %s" % ("female" if p.sex == "F" else "male", "Tanner %d" % rint(1, 3) if p.age > 8 else "testes descended bilaterally" if p.sex == "M" else "no labial adhesions")}, ch([0, 1])))
        vax = {0: "DTaP, IPV, Hib, HepB, PCV, Rotavirus", 1: "MMR, Varicella, HepA, PCV", 2: "HepA #2, Influenza", 4: "DTaP, IPV, MMR, Varicella", 5: "DTaP, IPV, MMR, Varicella", 6: "Influenza", 9: "Influenza", 11: "Tdap, MenACWY, HPV #1", 13: "HPV #2, Influenza"}[p.age]
        d.sec(ch(["Assessment", "A"]), numbered(["Well child examination (%s)" % (ch(["Z00.129", "Z00.121"]) if p.when.year > 2015 else "V20.2"), ch(["Normal growth and development", "BMI 85-95th percentile - overweight", "Dental caries - referred to dental", "Mild speech delay - refer to early intervention"])], 0))
        d.sec(ch(["Plan", "P", "Orders"]), numbered(["Immunizations: %s" % vax, "Fluoride varnish applied" if p.age < 6 else "Vision and hearing screen passed", ch(["Hgb %.1f" % rfl(10.8, 13.2), "Lead level sent", "Lipid screen deferred"]), "Anticipatory guidance: %s" % ch(["car seat, water safety, poison control", "screen time < 2 h, bike helmet", "safe sleep, tummy time", "puberty, bullying, internet safety"]), "RTC for %s" % ch(["next WCC", "WCC in 1 year", "weight check 3 mo"])], 1))
        d.add(pv.sig())
        return finish(d.text(), p, org)
    if v == 4:  # prenatal flow visit
        p = make_patient(age=rint(16, 40), sex="F")
        pv = prov("wh")
        ctx = hpi_ctx(p)
        ga = ch(HPI_FILL["ga"])
        wk = int(ga.split()[0])
        d = Doc(ch([0, 1, 5]))
        d.add(ch([letterhead(org), org["name"] + " - OB", "PRENATAL VISIT / CONTROL PRENATAL"]), "")
        d.add("%s   DOB %s   G%sP%s   EDD %s   GA %s wks" % (pname(p, 4), fd(p.dob, 0), ctx["g"], ctx["pp"], fd(addd(p.when, (40 - wk) * 7), 0), ga), "")
        vv = vitals(p)
        d.sec("S", fill("{pt} here for routine prenatal care. " + ch(["+FM, no VB/LOF/ctx.", "Reports good fetal movement. Mild low back pain. No bleeding.", "Some nausea, improving. Denies cramping or bleeding.", "Denies HA, visual changes, RUQ pain, swelling."]), ctx))
        d.sec("O", "BP %s  Wt %.1f lb  Urine prot %s/gluc %s  FHT %d  FH %s  Edema %s" % (vv["bp"], vv["wt"] + 10, ch(["neg", "trace"]), "neg", rint(128, 160), str(max(wk - rint(0, 2), 12)) if wk >= 20 else "n/a", ch(["none", "trace"])))
        d.sec("A", "IUP at %s weeks, %s" % (ga, ch(["uncomplicated", "A1GDM diet-controlled", "anemia of pregnancy", "history of prior cesarean", "late entry to care", "adolescent pregnancy"])))
        pl = ["PNV daily"]
        if wk < 16:
            pl += ["Prenatal labs drawn today", "Dating US ordered"]
        elif wk < 24:
            pl += ["Anatomy US scheduled", "Quad screen discussed"]
        elif wk < 30:
            pl += ["1 hr GTT today", "Tdap today", "Rhogam if Rh neg"]
        else:
            pl += ["GBS at 36 wks", "Kick counts", "Labor precautions reviewed (Spanish)", "Pediatrician/birth plan discussed", "Breastfeeding education"]
        d.sec("P", "; ".join(pl) + ". RTC %d weeks." % (4 if wk < 28 else 2 if wk < 36 else 1))
        d.add(pv.short() + ("  " + fd(p.when, 1) if chance(0.5) else ""))
        return finish(d.text(), p, org)
    if v == 5:  # dental progress note
        p = make_patient(age=ch([rint(3, 12), rint(18, 70)]))
        org["name"] = ch(["Arroyo Seco Dental & Family Clinic", "Sierra del Sol Dental - Las Palomas", "Mobile Dental Unit #2"])
        pv = prov("dent")
        teeth = pick([str(x) for x in range(2, 31)] if p.age > 12 else list("ABCDEFGHIJKLST"), rint(1, 3))
        proc = ch([("D2391", "Resin-based composite, 1 surf, posterior", "MO"), ("D2392", "Resin-based composite, 2 surf, posterior", "DO"),
                   ("D7140", "Extraction, erupted tooth", ""), ("D1110" if p.age > 12 else "D1120", "Prophylaxis", ""),
                   ("D4341", "Periodontal scaling & root planing, 4+ teeth per quad", "UR"), ("D3220", "Therapeutic pulpotomy", ""), ("D1351", "Sealant - per tooth", "O")])
        d = Doc(ch([0, 1, 4]))
        if chance(0.6):
            d.add(org["name"], "")
        d.add("Pt: %s  DOB: %s  Chart #%s  Date: %s" % (pname(p, ch([1, 4])), fd(p.dob, 0), p.mrn, fd(p.when, 0)), "")
        d.add(ch(["Tx: %s %s - %s #%s %s" % (proc[0], proc[1], "tooth", ",".join(teeth), proc[2]), "Procedure: %s (%s) #%s" % (proc[1], proc[0], "/".join(teeth))]))
        d.add(ch(["Med hx reviewed, no changes. BP %s." % vitals(p)["bp"], "Reviewed med hx: %s. Allergies: %s." % (ch(["DM2 - glucose today 168", "HTN controlled", "no changes", "pregnant 2nd trimester - OB clearance on file"]), p.allergies), "HHx updated. Premed not indicated."]))
        if proc[0] in ("D2391", "D2392", "D7140", "D3220"):
            d.add("Topical benzocaine 20%% applied. %s 2%% lido w/ 1:100k epi, %d carp(s), %s." % (ch(["Administered", "Anesthetic:"]), rint(1, 3), ch(["IANB", "infiltration", "PSA", "IANB + long buccal"])))
        if proc[0].startswith("D23"):
            d.add("Isolation w/ %s. Caries removed, %s. Etch, bond, placed %s composite shade %s. Occlusion checked & adjusted. Polished." % (ch(["rubber dam", "Isolite", "cotton rolls"]), ch(["no pulp exposure", "deep - placed Vitrebond liner"]), ch(["Filtek", "flowable +", "packable"]), ch(["A2", "A3", "B1"])))
        elif proc[0] == "D7140":
            d.add("Elevated and delivered with %s. Socket curetted and irrigated. Hemostasis achieved with gauze pressure. %s POI given verbal and written (Spanish)." % (ch(["#150 forceps", "straight elevator and #151", "cowhorn"]), ch(["Gelfoam placed.", "1 3-0 chromic suture.", ""])))
        elif proc[0] == "D4341":
            d.add("Perio charting: pockets 4-6 mm with BOP. SRP with Cavitron and hand instruments. Irrigated with chlorhexidine. OHI given; pt to use soft brush & floss.")
        elif proc[0] == "D3220":
            d.add("Caries excavated, pulp exposure, coronal pulp removed, hemostasis with cotton pellet, Formocresol/MTA placed, IRM, SSC #%s cemented with GIC." % teeth[0])
        else:
            d.add("Light calculus/plaque. %s Pt/parent given OHI. %s" % (ch(["Fluoride varnish applied.", "FV 5% NaF applied.", ""]), ch(["Caries risk: high.", "Caries risk: moderate.", "Caries risk: low."])))
        d.add(ch(["Pt tolerated well. NV: %s." % ch(["recall 6 mo", "SRP LL/LR", "ext #%s" % teeth[-1], "continue tx plan", "crown prep"]), "Tolerated procedure well. Next visit: continue treatment plan.", "No complications. NV - 6 mo recall w/ BWX."]))
        d.add("", "%s / asst %s" % (pv.short(), ch(["M. Ruiz DA", "C. Ochoa RDA", "L. Pino DA", "J. Saenz EFDA"])))
        return finish(d.text(), p, org)
    if v == 6:  # BH progress note
        key = ch(["dep", "anx"])
        c = OUT[key]
        p = make_patient()
        pv = prov("bh")
        ctx = hpi_ctx(p)
        d = Doc(ch([0, 1, 2]))
        d.add(ch([letterhead(org), "Integrated Behavioral Health", "%s - Behavioral Health Services" % org["name"], "BH Encounter"]), "")
        d.add("Client: %s   DOB: %s   MRN: %s" % (pname(p, 4), fd(p.dob, 0), p.mrn))
        d.add("Session date: %s  Start %s  End %s  (%d min)  Type: %s" % (fd(p.when, 0), tm(), tm(), ch([16, 30, 45, 53, 60]), ch(["Individual therapy", "Warm handoff", "BHC follow-up", "Telehealth video", "Telephone"])), "")
        fmt = rint(0, 2)
        data = ch(["Client presented %s, reports %s. Identified stressors: %s. Reports sleeping %d hrs/night." % (ch(["on time, casually dressed", "tearful at times", "with flat affect", "engaged and talkative"]), ch(["mood 'a little better'", "continued sadness", "worry most days", "panic-like episodes at work"]), ctx["stress"], rint(3, 8)),
                   "Cl. reports %s since last session. PHQ-9 = %s, GAD-7 = %s. Practiced homework (thought log) %s." % (ch(["some improvement", "increased conflict at home", "difficulty with motivation"]), ctx["phq"], ctx["gad"], ch(["3 times", "not at all", "daily"]))])
        risk = ch(["Denies SI/HI, no plan or intent. Protective factors: children, faith, employment.", "Passive SI without plan or intent; safety plan reviewed and updated. Denies access to firearms.", "Denies SI/HI. Low risk."])
        interv = ch(["CBT - cognitive restructuring, identified automatic thoughts.", "Behavioral activation; scheduled 2 pleasant activities.", "Motivational interviewing re: alcohol use.", "Psychoeducation on depression; diaphragmatic breathing practiced.", "Solution-focused brief therapy; problem-solving around housing."])
        if fmt == 0:
            d.sec("Data", data + " " + risk)
            d.sec("Assessment", "%s (%s). %s" % (c["name"], dxcode(c, p.when), ch(["Client making progress toward goals.", "Symptoms persist; moderate severity.", "Client engaged and motivated."])))
            d.sec("Plan", "Intervention: %s Next session %s. %s" % (interv, ch(["in 1 week", "in 2 weeks", "PRN"]), ch(["Coordinate with PCP re: med adjustment.", "Referral to psychiatry via telepsych.", "Link to CHW for food/utility assistance."])))
        elif fmt == 1:
            d.sec("Presenting Problem", ch(c["cc"]))
            d.sec("Interventions", interv)
            d.sec("Response", ch(["Client receptive, able to identify 2 coping skills.", "Client guarded but participated.", "Cl. verbalized plan to practice skills."]))
            d.sec("Risk Assessment", risk)
            d.sec("Diagnosis", "%s %s" % (dxcode(c, p.when), c["name"]))
            d.sec("Plan", ch(["Continue weekly sessions x 6.", "F/u 2 wks; share note with PCP.", "Schedule with psychiatric NP."]))
        else:
            d.add("Mental Status: %s" % ch(["A&Ox4, appearance appropriate, speech normal, mood depressed, affect congruent, TP logical, no AH/VH, insight fair.", "Alert, cooperative, anxious mood, restricted affect, linear thought process, judgment intact."]))
            d.add("", data, "", risk, "", "Intervention: " + interv)
            d.add("", "Goals (treatment plan): %s" % ch(["reduce PHQ-9 below 10", "return to work", "improve sleep to 6+ hrs", "decrease panic episodes"]))
        d.add("", pv.sig())
        return finish(d.text(), p, org)
    if v == 7:  # telehealth / dictated follow-up
        key, c, p = out_case(ch(["dm2", "htn", "dep", "asthma", "hypothy", "hld", "copd"]))
        when = dt.date(rint(2020, 2023), rint(1, 12), rint(1, 28)) if chance(0.7) else p.when
        p.when = when
        pv = prov("fm")
        ctx = hpi_ctx(p)
        lines = []
        lines.append(ch(["TELEHEALTH VISIT - %s" % ch(["VIDEO", "AUDIO ONLY"]), "Follow-up visit", "%s - Office Note" % org["name"], "CLINIC NOTE"]))
        lines.append("%s  %s  %s" % (pname(p, 0), fd(p.dob, 0), fd(when, 2)))
        if "TELEHEALTH" in lines[0] or chance(0.3):
            lines.append(ch(["Patient located at home, provider at clinic. Verbal consent for telehealth obtained. Identity verified with name and DOB.", "Visit conducted by telephone due to COVID-19 public health emergency. Pt consented."]))
        lines.append("")
        lines.append(fill(ch(c["hpi"]), ctx) + " " + ch(["Medications reviewed and reconciled.", "", "Labs from %s reviewed with patient." % fd(addd(when, -rint(5, 40)), 1)]))
        lines.append("")
        lines.append("IMPRESSION: " + c["name"] + ch([", %s." % ch(["improved", "not at goal", "stable"]), "."]))
        lines.append("PLAN: " + " ".join(x + "." for x in plan_items(c)))
        lines.append("")
        lines.append("Total time %d minutes, >50%% counseling/coordination." % rint(15, 35) if chance(0.5) else "")
        lines.append(pv.full())
        if chance(0.5):
            lines.append("D: %s  T: %s  job %d" % (fd(when, 1), fd(addd(when, 1), 1), rint(10000, 99999)))
        return finish("\n".join(lines), p, org)
    # v == 8 : brief handwritten-ish follow-up
    key, c, p = out_case()
    pv = prov(ch(["fm", "fm", "peds"]) if not c.get("peds") else "peds")
    vv = vitals(p, c["vit"])
    lines = ["%s  %s" % (fd(p.when, 1), pname(p, 4)), "",
             "%s: %s" % (ch(["CC", "cc", "Here for"]), ch(c["cc"])),
             vitals_str(vv, 3),
             ch(["Pt states %s." % ch(["doing ok", "better", "no better", "ran out of meds"]), "No new complaints.", "Feels ok, no SE from meds."]),
             ch(["Lungs clr, hrt RRR.", "Exam unchanged.", "NAD. %s" % ch(list(c["exam"].values()) or ["no acute findings"])]),
             "A: %s" % ch(c["short"]),
             "P: %s" % ", ".join(x.lower() for x in plan_items(c, 2)),
             ch(["f/u %d wk" % rint(1, 6), "RTC %d mo" % rint(1, 3), "rtc prn"]),
             "", pv.short()]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# HISTORY & PHYSICAL (admission)
# ----------------------------------------------------------------------------
def g_hp():
    v = rint(0, 6)
    key, s, p, adm, dis = inp_case(ch(["csec"]) if v == 2 else None)
    h = hospital()
    pv = prov("hosp") if v != 2 else prov("wh")
    ctx = hpi_ctx(p)
    ctx["d"] = rint(2, 6)
    hpi = fill(s["hpi"], ctx)
    over = {"Lungs" if key in ("pna", "copdx") else "Ext" if key == "cell" else "Abd" if key in ("chole", "appy", "gib", "pyelo", "dka", "csec") else "CV": s["exam"]}
    vv = vitals(p, {"temp": (100.8, 102.9)} if key in ("pna", "pyelo", "appy", "chole", "cell") else {"hr": (100, 124)} if key in ("dka", "gib") else None)
    labs = [lab_val(t, s["labs"]) for t in s["labs"]] + panel("CBC")[:3] + panel("BMP")[:4]
    labtxt = ", ".join("%s %s%s" % (r[0], r[1], "*" if r[4] else "") for r in labs)
    img = s["img"]
    if v == 0 or v == 5:
        d = Doc(ch([0, 2, 3]))
        d.add(letterhead(h, net=False, style=ch([1, 2, 4])), "")
        d.add(ch(["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL", "H&P", "ADMISSION NOTE", "HOSPITALIST ADMISSION H&P", "Admission Evaluation"]))
        d.add("PATIENT: %s    MR#: %s    ACCT: %d" % (pname(p, 1), p.mrn, rint(10000000, 99999999)),
              "DATE OF ADMISSION: %s    ATTENDING: %s" % (fd(adm, 0), pv.full()),
              "PRIMARY CARE: %s" % ch(["Sierra del Sol CHC", "%s, %s" % (prov("fm").full(), ch(SITES)[0]), "none"]), "")
        d.sec(hd("cc"), ch(["\"%s\"" % INP_CC[key], s["dx"].split(",")[0]]))
        d.sec(hd("hpi"), hpi + " " + ch(["In the ED, " + ("vitals notable for T %.1f, HR %d. " % (vv["temp"], vv["hr"])) + "Labs as below. " + ch(["Hospitalist asked to admit.", "Admitted for further management."]), "History obtained from patient and %s%s." % (ch(["daughter", "spouse", "son"]), " with Spanish interpreter" if p.lang == "Spanish" else "")]))
        d.sec(hd("pmh"), numbered(pmh_list(ch(["Type 2 diabetes", "Hypertension", "None"]), rint(1, 3)), 0))
        d.sec(hd("psh"), ch(["None", "Cholecystectomy", "C-section x2", "Appendectomy as child", "Knee arthroscopy"]))
        d.sec(hd("meds"), meds_block(pick(["metformin", "lisinopril", "atorva", "omeprazole", "ibuprofen", "asa"], rint(0, 4))))
        d.sec(hd("all"), p.allergies)
        d.sec(hd("sh"), sh_text(p))
        d.sec(hd("fh"), fh_text())
        d.sec(hd("ros"), ros_block((["fever"] if vv["temp"] > 100.4 else []) + INP_ROS[key], ch([0, 1])))
        d.sec(hd("pe"), vitals_str(vv, 1) + "\n" + pe_block(over, ch([0, 1])))
        if chance(0.5):
            d.sec(ch(["Laboratory", "Labs", "Data"]), lab_table([lab_val(t, s["labs"]) for t in list(dict.fromkeys(list(s["labs"]) + PANELS["CBC"] + PANELS["CMP"]))], ch([0, 2, 3])))
        else:
            d.sec(ch(["Laboratory", "Labs", "Data"]), labtxt)
        d.sec(ch(["Imaging", "Radiology", "Studies"]), "%s: %s" % (img[0].title(), img[2]) if chance(0.5) else "%s\nFINDINGS: %s\nIMPRESSION: %s" % (img[0], img[1], img[2]))
        if chance(0.4):
            d.sec(ch(["ECG", "EKG"]), ch(["NSR, rate %d, no acute ST-T changes." % rint(64, 98), "Sinus tachycardia %d, nonspecific T wave flattening." % rint(101, 122)]))
        d.sec(hd("ap"), "%s %s with %s.\n%s" % (age_str(p), p.gender, s["dx"].lower(), numbered([s["dx"] + ": " + s["course"].split(".")[0] + ".", "Chronic medical problems: continue home medications as appropriate.", "FEN: %s" % ch(["IVF, regular diet", "NPO, IVF", "carb-controlled diet"]), "Prophylaxis: %s" % ch(["enoxaparin", "SCDs", "heparin SQ"]), "Code status: %s" % ch(["Full code", "Full", "DNR/DNI per pt"]), "Dispo: admit %s" % ch(["inpatient", "observation", "ICU", "telemetry"])], 0)))
        d.add("", pv.sig())
        if chance(0.5):
            d.add("DD: %s %s   DT: %s   Job#: %d" % (fd(adm, 0), tm(), fd(addd(adm, 1), 0), rint(100000, 999999)))
        return finish(d.text(), p, h)
    if v == 1:  # hospitalist SOAP-like admission note
        lines = ["%s | Admission Note | %s" % (h["name"], fd(adm, 4)), "Pt: %s (%s %s) MRN %s" % (pname(p, 0), p.age, p.sex, p.mrn), "",
                 "ID/CC: %s %s w/ %s presenting with %s." % (p.age, p.sex, ", ".join(pick(["DM2", "HTN", "obesity", "tobacco use", "HLD"], 2)), s["dx"].split(",")[0].lower()), "",
                 "HPI: " + hpi, "", "PMHx: " + ", ".join(pmh_list(None, 2)) + "  |  PSHx: " + ch(["none", "lap chole", "hernia repair"]),
                 "Meds: " + meds_block(pick(["metformin", "lisinopril", "atorva", "omeprazole"], 2), 4) + "  |  All: " + p.allergies,
                 "Soc: " + sh_text(p).replace("\n", "; "), "", "Exam: " + vitals_str(vv, 3) + ". " + pe_block(over, 2, brief=True), "",
                 "Labs: " + labtxt, "Imaging: " + img[2], "", "A&P:", "# " + s["dx"] + " - " + s["course"].split(".")[0], "# " + ch(["DM2 - hold metformin, SSI", "HTN - hold antihypertensives while soft", "Tobacco - nicotine patch"]),
                 "# FEN/PPx - " + ch(["IVF, lovenox", "diet as tol, SCDs"]), "# Code: Full  # Dispo: " + ch(["inpt, likely 2-3 d", "obs", "floor w/ tele"]), "", pv.short()]
        return finish("\n".join(lines), p, h)
    if v == 2:  # OB admission H&P
        ga = "%d %d/7" % (rint(37, 40), rint(0, 6))
        d = Doc(ch([0, 1]))
        d.add(ch(["LABOR & DELIVERY ADMISSION", "OB ADMISSION H&P", h["name"] + " - Women's Services", "L&D Triage/Admit Note"]), "")
        d.add("Name: %s  Age: %d  MRN: %s  Date: %s %s" % (pname(p, 4), p.age, p.mrn, fd(adm, 0), tm()))
        d.sec("Reason for admission", ch(["Scheduled repeat cesarean section", "Active labor", "SROM at %s" % tm(), "Elevated BP in clinic, r/o preeclampsia", "Post-dates induction"]))
        d.sec("HPI", "%d yo G%dP%d at %s wks by %s, prenatal care at %s (%d visits). %s" % (p.age, rint(2, 5), rint(1, 3), ga, ch(["LMP c/w 9 wk US", "18 wk US"]), ch(["Sierra del Sol Women's Health", "Mesa Linda Women's Health Center", "no PNC - late entry at 30 wks"]), rint(3, 13), ch(["+FM. Denies VB. Regular ctx q3-4min.", "Presents for scheduled RLTCS. NPO since midnight.", "LOF clear at home. Mild ctx."])))
        d.sec("Prenatal labs", "Blood type %s%s, Ab screen neg, Rubella %s, HBsAg neg, HIV NR, RPR NR, GBS %s, 1hr GTT %d" % (ch(["O", "A", "B"]), ch(["+", "+", "-"]), ch(["immune", "non-immune"]), ch(["neg", "pos", "unknown"]), rint(95, 138)))
        d.sec("OB history", ch(["G1 - SVD 2015 term, 7 lb; G2 - LTCS 2018 for arrest of dilation", "SVD x2, SAB x1", "LTCS x2 (breech, repeat)"]))
        d.sec("PMH/PSH", ch(["Anemia. C-section x2.", "Denies.", "Gestational DM diet controlled. LTCS x1."]))
        d.sec("Meds", "PNV, iron")
        d.sec("Allergies", p.allergies)
        d.sec("Exam", "%s\nAbd: gravid, NT. EFW %d g by Leopolds.\nSVE: %s\nFHT: baseline %d, moderate variability, + accels, no decels - Category I.\nToco: %s" % (vitals_str(vv, 1), rint(2900, 3900), ch(["3/70/-1", "deferred (scheduled CS)", "5/90/0", "closed/long/high"]), rint(125, 155), ch(["ctx q3-4 min", "irregular", "quiet"])))
        d.sec("A/P", numbered(["IUP at %s wks - %s" % (ga, ch(["admit to L&D", "to OR for RLTCS", "expectant management of labor"])), "GBS %s - %s" % (ch(["pos", "unknown"]), ch(["PCN G per protocol", "ampicillin"])), "Pain: %s" % ch(["epidural on request", "spinal for CS"]), "Desires %s" % ch(["BTL - Medicaid consent signed %s" % fd(addd(adm, -rint(31, 120)), 0), "Nexplanon postpartum", "IUD at PP visit", "no contraception"]), "CBC, T&S, RPR on admission"], 0))
        d.add("", pv.sig())
        return finish(d.text(), p, h)
    if v == 3:  # pre-op short form H&P
        lines = [h["name"], ch(["PRE-OPERATIVE HISTORY & PHYSICAL", "Pre-procedure H&P / Interval Update", "Surgical Admission H&P"]), "",
                 "Patient: %s   DOB: %s   Surgery date: %s" % (pname(p, 4), fd(p.dob, 0), fd(adm, 0)),
                 "Planned procedure: %s" % ch(["Laparoscopic cholecystectomy", "Laparoscopic appendectomy", "Open inguinal hernia repair with mesh", "Excision of soft tissue mass, back"]),
                 "Indication: " + hpi, "", "PMH: %s" % ", ".join(pmh_list(None, 2)), "Meds: %s" % meds_block(pick(["metformin", "lisinopril", "atorva"], 2), 4),
                 "Allergies: %s" % p.allergies, "Anesthesia hx: %s" % ch(["no problems", "PONV", "none prior"]), "NPO since: %s" % ch(["midnight", "2200"]), "",
                 "Heart: RRR   Lungs: CTA   Airway: Mallampati %s" % ch(["I", "II", "III"]), "Abd: " + ch([s["exam"], "soft, ttp RUQ", "soft"]), "",
                 "ASA class %s.  Risks, benefits and alternatives discussed; consent signed." % ch(["I", "II", "III"]),
                 "[%s] No change in patient's condition since H&P of %s." % (ch(["X", "x", "v"]), fd(addd(adm, -rint(1, 25)), 1)), "", pv.sig()]
        return finish("\n".join(lines), p, h)
    if v == 4:  # pediatric admission
        p = make_patient(age=rint(1, 14))
        ctx = hpi_ctx(p)
        dx = ch([("Asthma exacerbation", "Diffuse wheezes, subcostal retractions, SpO2 91% RA.", "Albuterol continuous neb, dexamethasone, wean per asthma pathway"),
                 ("Bronchiolitis / RSV", "Coarse crackles and wheezes, nasal flaring, SpO2 89% RA.", "HFNC, nasal suction, supportive care"),
                 ("Dehydration secondary to acute gastroenteritis", "Dry mucous membranes, cap refill 3 sec, no tears.", "IV NS bolus 20 mL/kg then maintenance, ondansetron, PO challenge"),
                 ("Left periorbital cellulitis", "Left eyelid swelling and erythema, EOM full and painless, no proptosis.", "IV ampicillin-sulbactam, ophtho if worsening")])
        lines = [h["name"] + " - Pediatrics", ch(["PEDIATRIC ADMISSION H&P", "Peds Admit Note", "History and Physical - Pediatric Ward"]), "",
                 "%s  %s  MRN %s  Admit %s" % (pname(p, 1), pediatric_age(p) + " old " + p.gender, p.mrn, fd(adm, 0)), "Source: %s, %s interpreter" % (ch(["mother", "father", "grandmother"]), ch(["Spanish", "no"])), "",
                 "CC: " + dx[0].split(" /")[0], "HPI: %s with %s days of %s. %s" % (ctx["pt"], rint(1, 4), ch(["cough and increased work of breathing", "vomiting and diarrhea", "swelling around eye", "fever and wheezing"]), ch(["Seen at community clinic today and sent to ED.", "Multiple albuterol treatments at home without improvement.", "Decreased urine output."])),
                 "Birth hx: %s" % ch(["term SVD, no NICU", "36 wk, NICU 3 days for feeding", "unknown"]), "Immunizations: %s" % ch(["UTD per state registry", "behind - missing 12 mo vaccines", "UTD per mom"]), "Meds: %s" % ch(["albuterol PRN", "none", "cetirizine"]), "Allergies: " + p.allergies,
                 "Social: " + sh_text(p), "", "PE: " + vitals_str(vitals(p), 1), pe_block({"General": dx[1]}, 0, brief=True), "", "A/P: %s %s admitted for %s.\n- %s\n- Strict I/Os, daily weights\n- Dispo: home when %s" % (pediatric_age(p), p.gender, dx[0].lower(), dx[2], ch(["tolerating PO", "on RA > 12 h", "q4h albuterol"])), "", pv.sig()]
        return finish("\n".join(lines), p, h)
    # v == 6 : dictated narrative with minimal headings
    para = [ch(["This is a %s %s who was admitted on %s." % (age_str(p), p.gender, fd(adm, 2)), "The patient is a %s %s, %s speaking, admitted through the emergency department." % (age_str(p), p.gender, p.lang)]),
            hpi, "Past history is significant for %s. %s takes %s. Allergies: %s." % (", ".join(pmh_list(None, 2)).lower() or "nothing", p.He, meds_block(pick(["metformin", "lisinopril", "omeprazole"], 2), 4).lower(), p.allergies),
            "Socially, " + sh_text(p).replace("\n", "; ").lower(),
            "On examination, %s. %s" % (vitals_str(vv, 3), s["exam"]),
            "Laboratory studies show " + labtxt.lower() + ". " + img[0].capitalize() + " shows " + img[2].lower(),
            "IMPRESSION: " + s["dx"] + ".", "PLAN: " + s["course"].split(".")[0] + ". " + ch(["Will follow closely.", "Further plans per hospital course.", "Discussed with patient and family, who agree."])]
    txt = h["name"].upper() + "\n" + ch(["H & P", "ADMISSION", "HISTORY & PHYSICAL EXAM", ""]) + "\n" + pname(p, 1) + "  " + p.mrn + "\n\n" + "\n\n".join(para) + "\n\n" + pv.full() + "\ncc: " + ch(["Sierra del Sol CHC", "PCP", "chart"])
    return finish(txt, p, h)


# ----------------------------------------------------------------------------
# DISCHARGE SUMMARY
# ----------------------------------------------------------------------------
def dc_meds_text(keys, style=None, es=False):
    return meds_block(keys, style, es)


def g_discharge():
    v = rint(0, 6)
    key, s, p, adm, dis = inp_case("csec" if v == 3 else None)
    h = hospital()
    pv = prov("hosp") if v != 3 else prov("wh")
    ctx = hpi_ctx(p)
    ctx["d"] = rint(2, 6)
    hpi = fill(s["hpi"], ctx)
    pcp = ch(["Sierra del Sol Community Health Center", prov("fm").full() + ", " + ch(SITES)[0], "Las Palomas Family Health Center", "None - referred to Sierra del Sol CHC"])
    procs = {"lapchole": "Laparoscopic cholecystectomy", "lapappy": "Laparoscopic appendectomy", "csec": "Repeat low transverse cesarean section with bilateral tubal ligation", "cath": "Left heart catheterization with PCI/DES to RCA", "egd": "Esophagogastroduodenoscopy"}
    proc = procs.get(s["proc"], ch(["None", "None", "PICC line placement"]))
    if v == 0:
        d = Doc(ch([0, 2, 3]))
        d.add(letterhead(h, net=False, style=ch([0, 1, 2, 4])), "")
        d.add(ch(["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY", "DEATH/DISCHARGE SUMMARY", "CLINICAL RESUME"]), "")
        d.add("PATIENT NAME: %s" % pname(p, 1), "MEDICAL RECORD #: %s" % p.mrn, "ADMISSION DATE: %s" % fd(adm, 0), "DISCHARGE DATE: %s" % fd(dis, 0),
              "ATTENDING PHYSICIAN: %s" % pv.full(), "PRIMARY CARE PROVIDER: %s" % pcp, "")
        d.sec(ch(["Admitting Diagnosis", "Admission Diagnosis", "Reason for Admission"]), s["dx"])
        d.sec(ch(["Discharge Diagnoses", "Final Diagnoses", "Principal Diagnosis"]), numbered([s["dx"]] + pmh_list(None, rint(1, 3)), 0))
        d.sec(ch(["Procedures", "Procedures Performed", "Operations/Procedures"]), proc)
        d.sec(ch(["Consultants", "Consultations"]), ch(["General Surgery", "Cardiology", "None", "Diabetes education, case management", "Social work"]))
        d.sec(ch(["History of Present Illness", "Brief History", "HPI"]), hpi)
        d.sec(ch(["Hospital Course", "Hospital Course", "Summary of Hospital Course"]), s["course"] + " " + ch(["The patient was felt stable for discharge.", "On the day of discharge the patient was afebrile with stable vital signs.", "Case management assisted with medication access given uninsured status."]))
        if chance(0.55):
            d.sec(ch(["Pertinent Laboratory Data", "Labs", "Pertinent Results"]), "Admission:\n" + lab_table([lab_val(t, s["labs"]) for t in list(dict.fromkeys(list(s["labs"]) + PANELS["CBC"] + PANELS["BMP"]))], ch([0, 2, 3])) + "\nAt discharge: " + ", ".join("%s %s" % (r[0], r[1]) for r in [lab_val(t) for t in ["WBC", "Hemoglobin", "Creatinine", "Glucose"]]))
            d.sec(ch(["Imaging", "Radiology"]), "%s (%s): %s Impression: %s" % (s["img"][0], fd(adm, 0), s["img"][1], s["img"][2]))
        if chance(0.5):
            d.sec(ch(["Discharge Exam", "Physical Exam at Discharge"]), vitals_str(vitals(p), 1) + "\n" + pe_block(None, ch([0, 1]), brief=True))
        d.sec(ch(["Condition at Discharge", "Discharge Condition"]), ch(["Stable", "Good", "Improved", "Fair, stable"]))
        d.sec(ch(["Disposition", "Discharged To"]), ch(["Home", "Home with family", "Home with home health", "Home, self-care"]))
        d.sec(ch(["Discharge Medications", "Medications at Discharge"]), dc_meds_text(s["dcmeds"], ch([0, 2])))
        d.sec(ch(["Follow-up", "Follow Up Appointments", "Instructions"]), s["fu"])
        d.add(pv.sig())
        if chance(0.6):
            d.add("D: %s  T: %s  %s/%s  Doc #%d" % (fd(dis, 0), fd(addd(dis, rint(0, 2)), 0), pv.first[0].lower() + pv.last[0].lower(), ch(["mt", "jr", "kl", "ssw"]), rint(1000000, 9999999)))
        d.add("cc: %s" % pcp)
        return finish(d.text(), p, h)
    if v == 1:  # EHR problem-based
        d = Doc(ch([1, 5]))
        d.add("%s | Discharge Summary | %s" % (h["name"], fd(dis, 4)) if chance(0.5) else h["name"])
        d.add("%s  (%s %s)  MRN %s  Adm %s  D/C %s  LOS %d" % (pname(p, 4), p.age, p.sex, p.mrn, fd(adm, 1), fd(dis, 1), (dis - adm).days), "")
        d.sec("Principal Problem", s["dx"])
        d.sec("Active Hospital Problems", numbered([s["dx"], ch(["Type 2 diabetes mellitus, uncontrolled", "Essential hypertension", "Tobacco use", "Obesity, BMI 34"]), ch(["Uninsured", "Hypokalemia, resolved", "Acute kidney injury, resolved"])], 1))
        d.sec("Hospital Course by Problem", "\n".join(["# %s: %s" % (s["dx"], s["course"]), "# Chronic conditions: home meds resumed. " + ch(["Metformin held while NPO, resumed at discharge.", "BP controlled on home regimen.", "Nicotine patch offered."])]))
        d.sec("Pertinent Results", "\n".join("%s: %s %s %s" % (r[0], r[1], r[2], r[4]) for r in [lab_val(t, s["labs"]) for t in s["labs"]]) + "\n" + s["img"][0].title() + ": " + s["img"][2])
        d.sec("Discharge Medications", "START taking:\n" + meds_block(s["dcmeds"][:2], 3) + "\nCONTINUE taking:\n" + meds_block(s["dcmeds"][2:] or ["acetaminophen"], 3) + ("\nSTOP taking:\nIbuprofen" if key == "gib" else ""))
        d.sec("Follow-up", s["fu"] + ". Pending at discharge: %s." % ch(["blood cultures (final)", "none", "pathology"]))
        d.sec("Code Status", ch(["Full Code", "Full code"]))
        d.add(pv.sig())
        return finish(d.text(), p, h)
    if v == 2:  # brief narrative
        txt = "%s\n\n%s\nRE: %s   DOB %s\n\n%s was admitted to %s on %s and discharged on %s. %s %s %s was discharged home in %s condition on %s. Follow-up: %s.\n\n%s" % (
            ch(["Discharge Note", "HOSPITAL DISCHARGE", "Summary of Admission", "Brief Discharge Summary"]), h["name"], pname(p, 0), fd(p.dob, 0),
            ch([pname(p, 0), "The patient", "This %s-year-old %s" % (p.age, p.gender)]), h["name"], fd(adm, 2), fd(dis, 2), hpi, s["course"], p.He, ch(["stable", "good", "improved"]),
            ", ".join(MEDS[k][0].lower() for k in s["dcmeds"]), s["fu"], pv.full())
        return finish(txt, p, h)
    if v == 3:  # OB discharge
        d = Doc(ch([0, 1]))
        d.add(h["name"] + " - Mother/Baby Unit", ch(["OBSTETRICAL DISCHARGE SUMMARY", "Postpartum Discharge Summary", "Delivery Summary / Discharge"]), "")
        d.add("Patient: %s  MRN %s  Age %d" % (pname(p, 4), p.mrn, p.age), "Admit: %s   Delivery: %s %s   Discharge: %s" % (fd(adm, 0), fd(adm, 0), tm(), fd(dis, 0)), "")
        d.sec("Antepartum", "G3P2002 at 39w%dd, prenatal care at Sierra del Sol Women's Health. Blood type O+, Rubella immune, GBS neg, HIV NR." % rint(0, 6))
        d.sec("Delivery", "Repeat LTCS with BTL under spinal. Female infant %d g, Apgars %d/%d. EBL %d mL." % (rint(2900, 3900), rint(7, 9), 9, rint(600, 1000)))
        d.sec("Postpartum course", "Uncomplicated. Afebrile. Tolerating regular diet, ambulating, voiding. Incision c/d/i. Breastfeeding well. Postpartum Hgb %.1f." % rfl(9.0, 11.2))
        d.sec("Discharge meds", meds_block(s["dcmeds"], ch([0, 3])))
        d.sec("Contraception", ch(["s/p BTL", "BTL completed intraop"]))
        d.sec("Feeding", ch(["Breast", "Breast + formula", "Formula"]))
        d.sec("Rh/Rubella", ch(["Rh pos - no Rhogam; rubella immune", "Rh neg - Rhogam given %s; MMR given" % fd(dis, 1)]))
        d.sec("Follow-up", s["fu"] + ". Baby to f/u with Vado Flats Pediatrics in 2-3 days.")
        d.add(pv.sig())
        return finish(d.text(), p, h)
    if v == 4:  # newborn discharge
        p = make_patient(age=0)
        p.when = adm
        mom = make_patient(age=rint(18, 38), sex="F")
        lines = [h["name"], ch(["NEWBORN DISCHARGE SUMMARY", "Well Baby Nursery - Discharge Record", "Newborn Summary"]), "",
                 "Baby %s (%s)   MRN %s   DOB %s %s" % (ch(["Boy", "Girl"]), mom.last.upper(), p.mrn, fd(adm, 0), tm()), "Mother: %s, %d yo G%dP%d, blood type %s" % (pname(mom, 0), mom.age, rint(1, 4), rint(1, 4), ch(["O+", "A+", "O-", "B+"])), "",
                 "Delivery: %s at %d %d/7 wks. Apgars %d/%d." % (ch(["SVD", "NSVD", "Repeat C/S", "Primary C/S for NRFHT"]), rint(37, 41), rint(0, 6), rint(7, 9), rint(8, 9)),
                 "Birth weight: %d g   Discharge weight: %d g   Length: %.1f cm   HC: %.1f cm" % (rint(2700, 4100), rint(2600, 3900), rfl(47, 54), rfl(32.5, 36)),
                 "Feeding: %s   Voids/stools: adequate" % ch(["breast", "breast + formula", "formula (Enfamil)"]),
                 "Hearing screen: %s   CCHD screen: pass   State newborn screen: collected %s" % (ch(["pass bilateral", "refer L - rescreen ordered"]), fd(addd(adm, 1), 1)),
                 "Bilirubin: %.1f mg/dL at %d hrs (%s risk zone)" % (rfl(4.5, 12.8), rint(24, 48), ch(["low", "low-intermediate", "high-intermediate"])),
                 "Hep B vaccine: given %s   Vitamin K: given   Erythromycin eye oint: given" % fd(adm, 1), "", "Exam at discharge: normal newborn exam, %s." % ch(["no murmur", "mild facial jaundice", "sacral dimple - base visualized"]),
                 "Dx: Term %s newborn, %s" % (ch(["male", "female"]), ch(["AGA", "LGA", "SGA"])), "F/u: Vado Flats Pediatrics / Sierra del Sol in 48-72 hrs for weight and bili check.", "", pv.sig()]
        return finish("\n".join(lines), p, h)
    if v == 5:  # form-like
        lines = [h["name"].upper(), ch(["DISCHARGE RECORD", "HOSPITAL DISCHARGE FORM", "INPATIENT DISCHARGE DATA SHEET"]), "=" * 50,
                 "Name: %-30s MRN: %s" % (pname(p, 1), p.mrn), "DOB: %-12s Sex: %s   Payer: %s" % (fd(p.dob, 0), p.sex, p.ins),
                 "Admitted: %s   Discharged: %s   Days: %d" % (fd(adm, 0), fd(dis, 0), (dis - adm).days), "",
                 "Principal Dx: %s  (%s)" % (s["dx"], s["icd"]), "Secondary Dx: %s" % "; ".join(pmh_list(None, 2)), "Principal procedure: %s" % proc,
                 "Condition on discharge: [%s] Improved  [%s] Stable  [ ] Expired" % (ch(["X", " "]), ch(["X", " "])), "Discharged to: [X] Home  [ ] SNF  [ ] AMA  [ ] Other",
                 "Diet: %s   Activity: %s" % (ch(["regular", "diabetic", "low sodium", "soft"]), ch(["as tolerated", "no lifting > 10 lb x 4 wks"])), "",
                 "Summary: " + s["course"], "", "Medications: " + ", ".join(MEDS[k][0] + " " + MEDS[k][1] for k in s["dcmeds"]), "Follow-up: " + s["fu"], "", "Physician: " + pv.full(), "Date signed: " + fd(addd(dis, rint(0, 10)), 0)]
        return finish("\n".join(lines), p, h)
    # v == 6: faxed clinical summary to FQHC
    lines = [fax_header(h, dis), "", ch(["Transition of Care Summary", "CLINICAL SUMMARY - INPATIENT", "Hospital Visit Summary", "Discharge Clinical Summary for PCP"]),
             "Sent to: %s  Fax %s" % (ch(SITES)[0], phone()), "", "%s  DOB %s" % (pname(p, 1), fd(p.dob, 0)), "Encounter: %s - %s, %s" % (fd(adm, 0), fd(dis, 0), h["name"]), "",
             "Final Diagnosis: %s" % s["dx"], "Brief HPI: " + hpi, "", "Key Findings:", "  " + s["img"][0] + ": " + s["img"][2]] + \
            ["  %s %s %s %s" % r[:3] + (" " + r[4] if r[4] else "") if False else "  %s %s %s %s" % (r[0], r[1], r[2], r[4]) for r in [lab_val(t, s["labs"]) for t in s["labs"]]] + \
            ["", "Treatment: " + s["course"], "", "Medication changes: NEW - " + ", ".join(MEDS[k][0] for k in s["dcmeds"][:2]), "", "Please see patient within %d days. Questions: %s, hospitalist, %s" % (rint(3, 14), pv.full(), h["ph"])]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# CONSULTATION NOTES
# ----------------------------------------------------------------------------
CONSULTS = [
    ("Endocrinology", "dm2", "uncontrolled type 2 diabetes", "A1c %.1f%% despite metformin and glipizide. Fundoscopic exam pending.", ["Start basal insulin glargine 10 units qhs, titrate 2 units q3 days to FBG 80-130", "Continue metformin 1000 mg BID; stop glipizide once on insulin", "Dietitian referral", "Return in 3 months with A1c"]),
    ("Cardiology", "htn", "chest pain and abnormal ECG", "Atypical chest pain with nonspecific ST-T changes in lateral leads. Multiple risk factors.", ["Exercise treadmill stress test", "Start atorvastatin 40 mg and aspirin 81 mg", "Echocardiogram", "Aggressive BP control; target <130/80"]),
    ("Nephrology", "dm2", "CKD stage 3 with proteinuria", "eGFR 42, UACR 480 mg/g. Likely diabetic nephropathy.", ["Continue ACE inhibitor, max dose as tolerated", "Avoid NSAIDs", "Renal US", "Check PTH, vitamin D, phosphorus", "Return 4 months"]),
    ("Gastroenterology", "gerd", "elevated liver enzymes", "ALT 88, AST 61, hepatitis panel negative, US with fatty liver.", ["Likely NAFLD; weight loss 7-10%", "FibroScan", "Hepatitis A and B vaccination", "Avoid alcohol"]),
    ("Orthopedics", "lbp", "right knee pain", "Medial joint line tenderness, effusion; XR with moderate medial compartment narrowing.", ["Intra-articular corticosteroid injection today", "PT referral", "Weight loss", "Consider MRI if mechanical symptoms persist"]),
    ("Psychiatry", "dep", "treatment-resistant depression", "Failed adequate trials of sertraline and fluoxetine. PHQ-9 19.", ["Cross-taper to bupropion XL 150 mg", "Continue therapy with integrated BH", "Safety plan reviewed", "Follow-up 4 weeks via telepsychiatry"]),
    ("Maternal-Fetal Medicine", "prenatal", "pregnancy with pregestational diabetes", "A1c 7.9% at 12 weeks. Normal NT.", ["Insulin regimen per MFM", "Detailed anatomy US and fetal echo at 22 weeks", "Baseline 24-h urine protein", "Low-dose aspirin from 12 weeks"]),
    ("Dermatology", "htn", "changing pigmented lesion", "6 mm asymmetric pigmented macule left upper back.", ["Shave biopsy performed today", "Sun protection counseling", "Follow-up results 2 weeks"]),
    ("Pulmonology", "copd", "COPD with frequent exacerbations", "FEV1 48% predicted post-BD. 6MWT desaturation to 87%.", ["Add LABA/LAMA combination inhaler", "Pulmonary rehab", "Home O2 evaluation", "Low-dose CT for lung cancer screening"]),
]


def g_consult():
    v = rint(0, 6)
    spec, okey, reason, finding, recs = ch(CONSULTS)
    if v == 6:
        spec, okey, reason, finding, recs = ("Ophthalmology", "dm2", "diabetic eye exam", "", [])
    c = OUT[okey]
    p = make_patient(sex="F" if okey == "prenatal" else None, age=rint(19, 40) if okey == "prenatal" else None)
    pv = prov("spec" if spec != "Psychiatry" else "psych")
    ref = prov("fm")
    org = site()
    clinic = {"name": "%s %s %s" % (ch(["Southwest", "Santa Lucia", "Frontera", "Desert Valley", "Copper Basin"]), spec, ch(["Associates", "Clinic", "Specialists, PC", "Group"])), "addr": address()[0], "city": ch(TOWNS)[0], "st": "NM", "zip": "88%03d" % rint(0, 999), "ph": phone("NM"), "fax": phone("NM")}
    if "%.1f" in finding:
        finding = finding % rfl(8.6, 12.4)
    ctx = hpi_ctx(p)
    hpi = fill(ch(c["hpi"]), ctx)
    d = p.when
    if v == 0:  # letter-style
        body = "%s\n\n%s\n\n%s\n%s\n%s\n\nRE: %s\nDOB: %s\nDate of consultation: %s\n\nDear %s,\n\n" % (letterhead(clinic, net=False, style=ch([0, 1, 2])), fd(addd(d, rint(0, 5)), 2), ref.full(), org["name"], "%s, %s, %s %s" % (org["addr"], org["city"], org["st"], org["zip"]), pname(p, 0), fd(p.dob, 0), fd(d, 0), ref.dr())
        body += "Thank you for %s %s, a %s %s, for evaluation of %s. " % (ch(["referring", "asking me to see", "the kind referral of"]), pname(p, 0), age_str(p), p.gender, reason)
        body += hpi + "\n\n" + ch(["Past medical history: ", "PMH: "]) + ", ".join(pmh_list(c["name"], 2)) + ". Medications: " + meds_block(c["meds"][:2], 4) + ". Allergies: " + p.allergies + ".\n\n"
        body += "On examination, " + vitals_str(vitals(p), 3) + ". " + pe_block(c["exam"], 2, brief=True) + "\n\n"
        body += ch(["IMPRESSION: ", "Impression: ", "My impression is "]) + reason + ". " + finding + "\n\n" + ch(["RECOMMENDATIONS:", "Plan:", "I have recommended the following:"]) + "\n" + numbered(recs, 0) + "\n\n"
        body += ch(["Thank you for allowing me to participate in the care of this pleasant patient.", "I will see %s back in follow-up. Please do not hesitate to call with questions." % p.him, "Thank you for this interesting referral."]) + "\n\nSincerely,\n\n\n" + pv.full() + "\n" + spec
        return finish(body, p, clinic)
    if v == 1 or v == 2:  # formal consult / inpatient consult
        h = hospital() if v == 2 else clinic
        dd = Doc(ch([0, 2, 3]))
        dd.add(letterhead(h, net=False, style=ch([1, 4])), "")
        dd.add(ch(["CONSULTATION", "CONSULTATION REPORT", "%s CONSULTATION" % spec.upper(), "Consult Note", "INITIAL CONSULTATION", "NEW PATIENT EVALUATION"]))
        dd.add("Patient: %s   MRN: %s   DOB: %s" % (pname(p, 1), p.mrn, fd(p.dob, 0)), "Date: %s" % fd(d, 0),
               "%s: %s" % (ch(["Requesting physician", "Referring provider", "Consult requested by"]), ref.full() if v == 1 else prov("hosp").full()), "Consultant: %s, %s" % (pv.full(), spec), "")
        dd.sec(ch(["Reason for Consultation", "Reason for Referral", "Question"]), reason.capitalize())
        dd.sec(hd("hpi"), hpi + " " + finding)
        dd.sec(hd("pmh"), numbered(pmh_list(c["name"], 2), 1))
        dd.sec(hd("meds"), meds_block(c["meds"][:3]))
        dd.sec(hd("all"), p.allergies)
        dd.sec(hd("sh"), sh_text(p))
        dd.sec(hd("fh"), fh_text())
        dd.sec(hd("ros"), ros_block(c["ros_pos"], 1))
        dd.sec(hd("pe"), vitals_str(vitals(p, c["vit"]), 1) + "\n" + pe_block(c["exam"], ch([0, 1])))
        dd.sec(ch(["Impression", "Assessment", "IMPRESSION"]), reason.capitalize() + ". " + finding)
        dd.sec(ch(["Recommendations", "Plan", "RECOMMENDATIONS"]), numbered(recs))
        dd.add(ch(["Thank you for this consultation. We will follow along.", "Discussed with the primary team.", "Thank you for the referral."]), "", pv.sig())
        return finish(dd.text(), p, h)
    if v == 3:  # psychiatric evaluation (integrated)
        pv = prov("psych")
        dd = Doc(ch([0, 1, 2]))
        dd.add(ch(["%s - Telepsychiatry" % org["name"], "PSYCHIATRIC EVALUATION", "Integrated Behavioral Health - Psychiatric Consultation", "Initial Psychiatric Assessment"]), "")
        dd.add("%s   DOB %s   MRN %s   %s" % (pname(p, 4), fd(p.dob, 0), p.mrn, fd(d, 0)), "Referred by: %s (PCP)" % ref.full(), "")
        dd.sec("Identifying data", "%s %s, %s, %s-speaking, %s." % (age_str(p), p.gender, ch(["married", "single", "separated", "widowed"]), p.lang, ch(["employed", "unemployed", "on disability"])))
        dd.sec("Reason for referral", ch(["Depression not responding to SSRI", "Anxiety and insomnia", "Diagnostic clarification - r/o bipolar", "Medication management"]))
        dd.sec("HPI", hpi)
        dd.sec("Past psychiatric history", ch(["No prior hospitalizations. One prior SA by overdose at age 17.", "Denies prior treatment.", "Outpatient counseling 2016. No hospitalizations or suicide attempts."]))
        dd.sec("Substance use", ch(["Alcohol 4-6 beers on weekends. Denies drugs.", "Methamphetamine in remission x 3 years.", "Denies.", "Cannabis daily for sleep."]))
        dd.sec("Trauma history", ch(["Childhood physical abuse. IPV in prior relationship.", "Denies.", "Witnessed violence; migration-related trauma."]))
        dd.sec("Mental status exam", "Appearance: %s. Behavior: cooperative. Speech: normal rate/volume. Mood: \"%s\". Affect: %s. Thought process: linear, goal-directed. Thought content: %s. Perception: no AH/VH. Cognition: grossly intact. Insight: %s. Judgment: %s." % (
            ch(["well-groomed", "casually dressed, fair hygiene"]), ch(["sad", "stressed", "tired", "triste"]), ch(["constricted", "tearful", "anxious", "euthymic"]), ch(["no SI/HI", "passive death wish, no plan"]), ch(["fair", "good"]), ch(["fair", "good"])))
        dd.sec("Risk assessment", ch(["C-SSRS screen negative. Low acute risk.", "Moderate chronic risk, low acute risk. Safety plan completed."]))
        dd.sec("Diagnosis", "%s (%s)" % (c["name"], dxcode(c, d)) + ch(["", "\nR/O PTSD", "\nAlcohol use disorder, mild"]))
        dd.sec("Recommendations", numbered(recs))
        dd.add(pv.sig())
        return finish(dd.text(), p, org)
    if v == 4:  # eConsult
        lines = [ch(["eConsult Response", "E-CONSULT", "Electronic Consultation - Specialist Reply", "Provider-to-Provider eConsult"]), "Specialty: %s" % spec,
                 "Patient: %s  DOB %s" % (pname(p, 4), fd(p.dob, 0)), "Submitted: %s by %s (%s)" % (fd(d, 0), ref.full(), org["name"]), "Responded: %s by %s" % (fd(addd(d, rint(1, 4)), 0), pv.full()), "",
                 "CLINICAL QUESTION:", ch(["How should I manage %s? Does patient need to be seen in person?" % reason, "Please advise on next steps for %s. Patient uninsured; limited ability to travel." % reason]), "",
                 "PERTINENT INFO: " + finding + " Current meds: " + meds_block(c["meds"][:2], 4), "", "SPECIALIST RESPONSE:", "Thank you for the eConsult. " + ch(["Based on the information provided, ", "I reviewed the chart and labs. "]) + "I recommend:",
                 numbered(recs), "", ch(["A face-to-face visit is not needed at this time.", "Please place a formal referral for a face-to-face visit within 4-6 weeks.", "Re-consult if no improvement in 3 months."]), "",
                 "Time spent reviewing: %d minutes." % rint(10, 30)]
        return finish("\n".join(lines), p, org)
    if v == 5:  # brief specialist clinic note
        lines = [clinic["name"], ch(["NEW PATIENT VISIT", "Clinic Note", "Office Consultation", ""]), "%s  |  %s  |  Ref: %s" % (pname(p, 1), fd(d, 0), ref.short()), "",
                 "Referred for %s. " % reason + hpi, "", "Meds: " + meds_block(c["meds"][:3], 4), "Exam: " + pe_block(c["exam"], 2, brief=True), "", "IMPRESSION: " + finding,
                 "PLAN: " + " ".join(x + "." for x in recs), "", "Copy to referring provider.", pv.short()]
        return finish("\n".join(lines), p, clinic)
    # v == 6 ophthalmology diabetic eye exam report
    lvl = ch(["No diabetic retinopathy", "Mild nonproliferative diabetic retinopathy without macular edema", "Moderate NPDR without DME", "Severe NPDR with clinically significant macular edema OD"])
    lines = [clinic["name"].replace(spec, "Eye") if chance(0.5) else "%s Eye Center" % ch(["Valle", "Sunrise", "Frontera"]), ch(["DIABETIC EYE EXAMINATION REPORT", "Report of Eye Examination", "Retinal Evaluation - Letter to Primary Care"]), "",
             "Patient: %s   DOB: %s   Date of exam: %s" % (pname(p, 4), fd(p.dob, 0), fd(d, 0)), "PCP: %s, %s" % (ref.full(), org["name"]), "",
             "Visual acuity (cc): OD 20/%d   OS 20/%d" % (ch([20, 25, 30, 40, 60]), ch([20, 25, 30, 40, 70])), "IOP: OD %d  OS %d mmHg" % (rint(12, 21), rint(12, 21)),
             "Dilated fundus exam: %s" % ch(["Dot-blot hemorrhages and microaneurysms in all quadrants OU.", "Clear media. Flat retina. No hemorrhages or exudates OU.", "Scattered microaneurysms OU. Hard exudates temporal to fovea OD."]),
             "Lens: %s" % ch(["clear", "trace NS cataract OU", "1+ NS OU"]), "", "DIAGNOSIS: %s" % lvl, "", "RECOMMENDATION: %s" % ch(["Return in 12 months.", "Return in 6 months.", "Refer to retina specialist for anti-VEGF evaluation.", "Return 3-4 months; optimize glucose and BP control."]), "", pv.full()]
    return finish("\n".join(lines), p, clinic)


# ----------------------------------------------------------------------------
# ED NOTES
# ----------------------------------------------------------------------------
ED_CASES = [
    ("abdominal pain", "RLQ pain since yesterday, anorexia, nausea", "RLQ tenderness, + rebound", "CT A/P: acute appendicitis", "Acute appendicitis", "Surgery consulted; admitted for lap appy", "admit"),
    ("chest pain", "substernal pressure x 2 hrs while working", "RRR, no murmurs, lungs clear", "ECG NSR no acute ST changes; troponin x2 negative", "Chest pain, low risk (HEART score 3)", "Discharged with outpatient stress test via PCP", "home"),
    ("laceration", "cut L hand on sheet metal at work 1 hr PTA", "3 cm linear lac dorsal L hand, no tendon involvement, NV intact", "XR hand: no foreign body or fracture", "Laceration of left hand without foreign body", "Repaired with 5 sutures 4-0 nylon; Tdap given", "home"),
    ("fever, cough", "fever, cough and SOB x 4 days", "crackles R base, SpO2 90% RA", "CXR RLL infiltrate; WBC 15.2", "Community-acquired pneumonia", "Ceftriaxone/azithro given; admitted to medicine", "admit"),
    ("headache", "gradual onset frontal HA x 2 days, similar to prior migraines", "neuro exam nonfocal", "None indicated", "Migraine without aura", "Metoclopramide, diphenhydramine, IVF - resolved", "home"),
    ("ankle injury", "inversion injury playing soccer", "lateral malleolus swelling and tenderness", "XR ankle: no fracture", "Sprain of left ankle", "ASO brace, crutches, RICE, ibuprofen", "home"),
    ("hyperglycemia", "glucose 'HI' on home meter, polyuria, out of insulin", "dry mucous membranes, no distress", "Glucose 486, bicarb 22, AG 12, no ketones", "Hyperglycemia without DKA, DM2", "IVF 2 L, insulin, restarted meds; 340B pharmacy voucher", "home"),
    ("abdominal pain, pregnant", "8 weeks by LMP with vaginal spotting and cramping", "closed os, scant dark blood", "TVUS: single live IUP, CRL c/w 8w1d, FHR 162", "Threatened abortion", "Rh status checked (positive); pelvic rest, OB f/u", "home"),
    ("shortness of breath", "wheezing and cough x 2 days, ran out of inhaler", "diffuse wheezing, speaking full sentences", "Peak flow 55% predicted -> 80% after nebs", "Asthma exacerbation, moderate", "Duonebs x3, prednisone 40 mg", "home"),
    ("dysuria, flank pain", "dysuria x 3 days, now R flank pain and fever", "R CVA tenderness", "UA: LE large, nitrite +, WBC >50; Cr 1.0", "Acute pyelonephritis", "Ceftriaxone 1 g IV, then cephalexin", "home"),
]


def g_ed():
    v = rint(0, 6)
    cc, hpi, exam, res, dx, course, dispo = ch(ED_CASES)
    peds = v == 6
    p = make_patient(peds=peds, sex="F" if "pregnant" in cc else None, age=rint(18, 38) if "pregnant" in cc else None)
    h = hospital()
    pv = prov("er")
    vv = vitals(p, {"temp": (100.9, 102.5)} if "fever" in cc or "flank" in cc else None)
    arr = tm()
    esi = ch(["2", "3", "3", "4"])
    if v == 0:
        d = Doc(ch([0, 1, 2]))
        d.add(letterhead(h, net=False, style=ch([1, 4])), ch(["EMERGENCY DEPARTMENT RECORD", "ED Provider Note", "Emergency Physician Documentation", "EMERGENCY DEPARTMENT REPORT", "Emergency Medicine Visit"]), "")
        d.add("Patient: %s  MRN: %s  DOB: %s  Arrival: %s %s  Mode: %s" % (pname(p, 1), p.mrn, fd(p.dob, 0), fd(p.when, 0), arr, ch(["Private vehicle", "Walk-in", "EMS", "Ambulance"])), "")
        d.sec(hd("cc"), cc.capitalize())
        d.sec(hd("hpi"), "%s %s presents with %s. %s" % (age_str(p).capitalize(), p.gender, hpi, ch(["No prior similar episodes.", "Pt's PCP is at Sierra del Sol CHC.", "History via Spanish interpreter (ID #%d)." % rint(1000, 9999), "Pt has no insurance and no regular doctor."])))
        d.sec(hd("ros"), ros_block([], 1))
        d.sec("PMH/PSH/Meds/Allergies", "%s / %s / %s / %s" % (", ".join(pmh_list(None, 1)) or "none", ch(["none", "C/S", "appy"]), meds_block(pick(["metformin", "lisinopril", "albuterol"], rint(0, 2)), 4), p.allergies))
        d.sec(hd("pe"), vitals_str(vv, 1) + "\n" + pe_block({"Abd" if "abd" in cc else "Ext": exam}, ch([0, 1]), brief=True))
        d.sec(ch(["ED Course", "Medical Decision Making", "MDM/ED Course", "Results/ED course"]), res + ". " + course + ".")
        d.sec(ch(["Clinical Impression", "Diagnosis", "Final Diagnosis", "Impression"]), dx)
        d.sec(ch(["Disposition", "Dispo"]), ("Admitted" if dispo == "admit" else ch(["Discharged home", "Home in stable condition"])) + ". " + ch(["Return precautions discussed.", "Follow up with PCP in 2-3 days.", "Pt verbalized understanding."]))
        d.add(pv.sig())
        return finish(d.text(), p, h)
    if v == 1:  # triage sheet
        lines = [h["name"] + "  EMERGENCY DEPARTMENT", ch(["TRIAGE ASSESSMENT", "ED Triage Note", "NURSING TRIAGE"]), "",
                 "Arrival %s %s   Acuity (ESI): %s   Mode: %s" % (fd(p.when, 0), arr, esi, ch(["POV", "EMS", "Walk"])), "Pt: %s  %s  %s" % (pname(p, 1), p.age, p.sex),
                 "Chief complaint: %s" % cc, "Triage note: Pt reports %s. %s" % (hpi, ch(["Pain %d/10." % rint(3, 10), "Denies pain.", ""])), vitals_str(vv, 1),
                 "Allergies: %s   Pregnant: %s   LMP: %s" % (p.allergies, "N/A" if p.sex == "M" else ch(["no", "unknown", "yes"]), "N/A" if p.sex == "M" else fd(addd(p.when, -rint(5, 50)), 1)),
                 "Fall risk: %s  Suicide screen: %s  Abuse/neglect screen: negative" % (ch(["low", "moderate"]), ch(["negative", "negative", "neg"])), "Pain %d/10" % rint(0, 10),
                 "Initial interventions: %s" % ch(["ECG at %s" % tm(), "ice pack, elevation", "POC glucose %d" % rint(90, 480), "none", "to room %d" % rint(1, 30)]), "", "Triage RN: %s" % prov("rn").full()]
        return finish("\n".join(lines), p, h)
    if v == 2:  # dictated narrative
        txt = "%s EMERGENCY DEPARTMENT\n\nDATE OF SERVICE: %s\nPATIENT: %s\nMR#: %s\n\n" % (h["name"].upper(), fd(p.when, 0), pname(p, 1), p.mrn)
        txt += "HISTORY: %s is a %s %s who presents with %s. %s\n\nPHYSICAL EXAMINATION: %s. %s\n\nEMERGENCY DEPARTMENT COURSE: %s. %s.\n\nASSESSMENT: %s.\n\nPLAN: %s\n\n" % (
            pname(p, 0), age_str(p), p.gender, hpi, ch(["No other complaints.", "The patient states it has been getting worse.", "The patient denies any other symptoms."]), vitals_str(vv, 3), exam.capitalize(), res, course, dx,
            "The patient is being admitted." if dispo == "admit" else ch(["Discharged home with instructions in Spanish. Follow up at Sierra del Sol in 2-3 days.", "Home. Return for worsening symptoms."]))
        txt += "%s\nD: %s  T: %s" % (pv.full(), fd(p.when, 1), fd(addd(p.when, 1), 1))
        return finish(txt, p, h)
    if v == 3:  # T-sheet checkbox template
        def cb(on):
            return "[X]" if on else "[ ]"
        lines = [h["name"], ch(["EMERGENCY PHYSICIAN RECORD", "ED T-SHEET", "Emergency Chart - %s" % cc.title()]), "Name: %s   DOB: %s   Date: %s  Time seen: %s" % (pname(p, 1), fd(p.dob, 0), fd(p.when, 1), tm()), "",
                 "HPI: %s  Onset: %s  Severity: %s  Context: %s" % (cc, ch(["today", "yesterday", "2 days", "1 wk"]), ch(["mild", "moderate", "severe"]), ch(["at work", "at home", "gradual", "sudden"])), hpi,
                 "ROS: %s all systems neg except as marked   PMH: %s DM %s HTN %s asthma %s none" % (cb(True), cb(chance(0.3)), cb(chance(0.3)), cb(chance(0.2)), cb(chance(0.4))),
                 "EXAM: %s NAD  %s Heart RRR  %s Lungs clear  %s Abd soft  %s Neuro nonfocal" % (cb(True), cb(True), cb("cough" not in cc), cb("abd" not in cc), cb(True)), "Abnormal: " + exam,
                 "RESULTS: " + res, "MDM: %s" % course, "", "CLINICAL IMPRESSION: " + dx, "DISPOSITION: %s Home  %s Admit  %s Transfer  %s AMA" % (cb(dispo == "home"), cb(dispo == "admit"), cb(False), cb(False)),
                 "Condition: %s Stable %s Improved" % (cb(True), cb(chance(0.5))), "Rx: %s" % ch(["ibuprofen", "cephalexin", "prednisone", "none", "ondansetron ODT"]), "", "Physician: " + pv.short()]
        return finish("\n".join(lines), p, h)
    if v == 4:  # ED visit summary faxed to clinic
        lines = [fax_header(h, p.when), ch(["ED VISIT NOTIFICATION", "Emergency Department Visit Summary", "ED Encounter Summary - for PCP"]), "To: %s" % ch(SITES)[0], "",
                 "Your patient %s (DOB %s) was seen in the %s Emergency Department on %s." % (pname(p, 0), fd(p.dob, 0), h["name"], fd(p.when, 2)),
                 "Reason for visit: %s" % cc, "Diagnosis: %s" % dx, "Tests: %s" % res, "Treatment: %s" % course, "Disposition: %s" % ("Admitted" if dispo == "admit" else "Discharged"),
                 "Follow-up requested: %s" % ch(["within 3 days", "1 week", "as needed"]), "", "ED Physician: %s" % pv.full(), "For questions call %s" % h["ph"]]
        return finish("\n".join(lines), p, h)
    if v == 5:  # EHR ED note with MDM + differential
        d = Doc(ch([1, 5]))
        d.add("%s ED Note - %s" % (h["name"], fd(p.when, 4)), "%s, %s %s, MRN %s" % (pname(p, 4), p.age, p.sex, p.mrn), "")
        d.sec("Chief Complaint", cc)
        d.sec("HPI", "%s %s presents with %s." % (age_str(p).capitalize(), p.gender, hpi))
        d.sec("Physical Exam", vitals_str(vv, 0) + "\n" + pe_block(None, 0, brief=True) + "\nPertinent: " + exam)
        d.sec("Differential Diagnosis", ", ".join(pick(["ACS", "PE", "pneumonia", "appendicitis", "ovarian torsion", "nephrolithiasis", "cholecystitis", "viral syndrome", "fracture", "migraine", "SAH", "DKA"], 4)))
        d.sec("Results", res)
        d.sec("MDM", "Moderate complexity. %s. %s" % (course, ch(["Shared decision making with patient.", "Reassessed at %s - improved." % tm(), "Discussed with on-call %s." % ch(["surgery", "hospitalist", "OB"])])))
        d.sec("Final Impression", dx)
        d.sec("Disposition", dispo.capitalize())
        d.add(pv.sig())
        return finish(d.text(), p, h)
    # v == 6 pediatric ED
    pc = ch([("fever", "fever to 103 x 2 days, decreased PO", "TMs clear, no meningismus, mild pharyngeal erythema", "Rapid strep neg, UA neg, flu A POSITIVE", "Influenza A", "Ibuprofen, PO challenge passed; oseltamivir"),
             ("vomiting/diarrhea", "NBNB emesis x 6 and watery stools since yesterday", "mildly dry mucous membranes, abd soft", "POC glucose 78", "Acute gastroenteritis with mild dehydration", "Ondansetron ODT 4 mg, PO challenge passed"),
             ("arm injury", "fell from monkey bars onto outstretched arm", "distal forearm tenderness and deformity, NV intact", "XR: nondisplaced distal radius buckle fracture", "Buckle fracture of distal radius", "Velcro wrist splint, ortho f/u 1-2 wks")])
    lines = [h["name"] + " Pediatric Emergency", ch(["PEDIATRIC ED NOTE", "Peds ED Provider Documentation", "ED - Pediatric Visit"]), "", "%s  %s old %s  Wt %.1f kg  MRN %s" % (pname(p, 4), pediatric_age(p), p.gender, vitals(p)["wt"] / 2.2, p.mrn),
             "Accompanied by %s. Historian: %s." % (ch(["mother", "father", "grandmother"]), ch(["mother via Spanish interpreter", "parent", "father"])), "", "CC: " + pc[0], "HPI: " + pc[1] + ". Immunizations %s." % ch(["UTD", "UTD per parent", "not UTD"]),
             "Exam: " + vitals_str(vitals(p, {"temp": (100.8, 103.1)} if pc[0] == "fever" else None), 1) + ". " + pc[2] + ".", "Results: " + pc[3], "Course: " + pc[5], "Dx: " + pc[4], "Dispo: home with parent; PCP f/u %s; return precautions given." % ch(["1-2 days", "as needed", "48 h"]), "", pv.sig()]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# OPERATIVE NOTES
# ----------------------------------------------------------------------------
OPS = {
    "lapchole": dict(name="Laparoscopic cholecystectomy", pre="Acute calculous cholecystitis", post="Same", anes="General endotracheal", ebl=(10, 50), spec="Gallbladder with stones",
                     find="Inflamed, edematous gallbladder with omental adhesions; multiple stones; critical view of safety obtained.",
                     desc="The patient was brought to the operating room and placed supine. After induction of general endotracheal anesthesia, the abdomen was prepped and draped in the usual sterile fashion. A time-out was performed. Access was obtained at the umbilicus using {access} technique and pneumoperitoneum established to 15 mmHg. Three additional 5-mm ports were placed under direct vision. The gallbladder was retracted cephalad. Adhesions were taken down bluntly. The triangle of Calot was dissected and the critical view of safety was obtained. The cystic duct and cystic artery were clipped twice proximally and once distally and divided. The gallbladder was removed from the liver bed with electrocautery and extracted in an endocatch bag through the umbilical port. Hemostasis was confirmed. The fascia at the umbilicus was closed with 0 Vicryl and skin with 4-0 Monocryl subcuticular. Dermabond applied.", female=False),
    "lapappy": dict(name="Laparoscopic appendectomy", pre="Acute appendicitis", post="Acute suppurative appendicitis without perforation", anes="General", ebl=(5, 25), spec="Appendix",
                    find="Inflamed, non-perforated appendix with fibrinous exudate at the tip; no abscess.",
                    desc="After informed consent, the patient was taken to the OR. General anesthesia was induced. Foley catheter placed. Abdomen prepped and draped. Time-out performed. A 12-mm umbilical port was placed via {access} technique; 5-mm ports in the suprapubic and left lower quadrant positions. The appendix was identified and the mesoappendix divided with the harmonic scalpel. The base was divided with an endoscopic GIA stapler with a {load} load. The specimen was removed in a bag. The right lower quadrant was irrigated and suctioned until clear. Ports were removed under direct vision and the umbilical fascia closed. Skin closed with 4-0 Monocryl.", female=False),
    "csec": dict(name="Repeat low transverse cesarean section with bilateral tubal ligation (modified Pomeroy)", pre="IUP at 39 weeks, previous cesarean x2, desires permanent sterilization", post="Same, delivered", anes="Spinal", ebl=(600, 1100), spec="Portions of bilateral fallopian tubes; placenta to L&D (not sent)",
                 find="Viable female infant in cephalic presentation, Apgars 8 and 9, weight {bw} g. Normal uterus, tubes and ovaries. Moderate adhesions of bladder flap.",
                 desc="The patient was taken to the operating room where spinal anesthesia was found to be adequate. She was placed in dorsal supine position with leftward tilt, prepped and draped. A Pfannenstiel skin incision was made through the prior scar and carried down to the fascia, which was incised transversely. The rectus muscles were separated in the midline and the peritoneum entered bluntly. A bladder blade was placed. A low transverse hysterotomy was made and extended bluntly. The infant was delivered from cephalic presentation atraumatically, cord clamped and cut after 60 seconds of delayed cord clamping, and handed to the waiting pediatric team. The placenta was delivered with gentle traction. The uterus was exteriorized and cleared of clots. The hysterotomy was closed in two layers with 0 Vicryl. Attention was turned to the fallopian tubes; each tube was grasped at the mid-isthmic portion, a knuckle was ligated with plain gut and excised (modified Pomeroy). Hemostasis was noted. The uterus was returned to the abdomen. The fascia was closed with 0 PDS and skin with staples.", female=True),
    "hernia": dict(name="Open right inguinal hernia repair with mesh (Lichtenstein)", pre="Right inguinal hernia, reducible", post="Right indirect inguinal hernia", anes="General LMA", ebl=(5, 20), spec="None",
                   find="Moderate indirect hernia sac; no incarcerated contents. Direct floor intact.",
                   desc="The patient was placed supine. After adequate anesthesia the right groin was prepped and draped. An oblique incision was made above the inguinal ligament. The external oblique aponeurosis was opened in the direction of its fibers and the ilioinguinal nerve identified and preserved. The spermatic cord was mobilized. The indirect sac was dissected off the cord structures to the internal ring and high ligated. A polypropylene mesh was tailored and secured to the pubic tubercle and shelving edge with running 2-0 Prolene and to the internal oblique with interrupted sutures, creating a new internal ring. The external oblique was closed with 2-0 Vicryl, Scarpa with 3-0 Vicryl and skin with 4-0 Monocryl. Local anesthetic (0.25% bupivacaine 20 mL) infiltrated.", female=False),
    "orif": dict(name="Open reduction internal fixation, left distal radius fracture", pre="Displaced intra-articular fracture left distal radius", post="Same", anes="General with supraclavicular block", ebl=(20, 75), spec="None",
                 find="Dorsally displaced, comminuted distal radius fracture with articular step-off of 2 mm. Implants: volar locking plate, {screws} locking screws.",
                 desc="The patient was brought to the OR, and after induction of anesthesia, the left upper extremity was prepped and draped. A tourniquet was inflated to 250 mmHg. A volar approach through the FCR sheath was used. The pronator quadratus was elevated. The fracture was exposed, hematoma evacuated and the fracture reduced under fluoroscopic guidance. A volar locking plate was applied and secured with cortical and distal locking screws. Final fluoroscopic images confirmed anatomic reduction and appropriate screw length. The wound was irrigated and closed in layers. A sugar-tong splint was applied. Tourniquet time {tq} minutes.", female=False),
    "dental": dict(name="Full-mouth dental rehabilitation under general anesthesia", pre="Early childhood caries, severe; behavior management unable in clinic", post="Same", anes="General nasotracheal", ebl=(2, 10), spec="Extracted teeth discarded",
                   find="Extensive caries on {nteeth} teeth. Radiographs taken: 2 BWX, 2 PA anterior.",
                   desc="The patient was brought to the OR and induced by mask, IV placed and nasotracheal intubation performed by anesthesia. A throat pack was placed. Full-mouth exam, prophylaxis and radiographs completed. Treatment: stainless steel crowns on {ssc}; pulpotomies (MTA) on {pulp}; anterior strip crowns on {strip}; extractions of {ext}. Fluoride varnish applied. Throat pack removed and count correct. The oropharynx was suctioned. Patient tolerated the procedure well and was extubated and taken to PACU in stable condition.", female=False),
    "lipoma": dict(name="Excision of subcutaneous mass, upper back (4.5 cm)", pre="Subcutaneous mass, back, probable lipoma", post="Same", anes="Local with MAC", ebl=(5, 15), spec="Soft tissue mass, upper back",
                   find="4.5 x 3.5 cm encapsulated yellow fatty mass in the subcutaneous tissue, consistent with lipoma.",
                   desc="The patient was placed prone. The area was prepped and draped and infiltrated with 1% lidocaine with epinephrine. An elliptical incision was made over the mass. The mass was dissected free from surrounding tissue with blunt and sharp dissection and removed intact. Hemostasis obtained with electrocautery. The wound was closed in layers with 3-0 Vicryl deep dermal and 4-0 nylon interrupted skin sutures.", female=False),
    "dc": dict(name="Dilation and curettage, suction", pre="Missed abortion at 9 weeks", post="Same", anes="MAC / paracervical block", ebl=(50, 200), spec="Products of conception",
               find="Anteverted uterus, 9-week size. Moderate amount of tissue consistent with POC.",
               desc="The patient was placed in dorsal lithotomy. Exam under anesthesia performed. Speculum placed, cervix grasped with single-tooth tenaculum, paracervical block with 1% lidocaine 20 mL. Cervix dilated with Pratt dilators to 27 French. A 9-mm suction cannula was introduced and suction curettage performed until gritty texture was noted. Sharp curettage confirmed empty cavity. Instruments removed; hemostasis noted.", female=True),
}


def op_case(key=None):
    key = key or ch(list(OPS))
    o = OPS[key]
    if key == "dental":
        p = make_patient(age=rint(2, 6))
    elif o["female"]:
        p = make_patient(age=rint(19, 40), sex="F")
    else:
        p = make_patient(age=rint(18, 75))
    ctx = dict(access=ch(["Hasson open", "Veress needle", "optical trocar"]), load=ch(["tan", "white", "vascular"]), bw=rint(2900, 3950), screws=rint(7, 12), tq=rint(45, 95),
               nteeth=rint(8, 16), ssc=", ".join(pick(["A", "B", "I", "J", "K", "L", "S", "T"], rint(2, 5))), pulp=", ".join(pick(["B", "I", "K", "L", "S"], rint(1, 3))), strip=", ".join(pick(["D", "E", "F", "G"], rint(2, 4))), ext=", ".join(pick(["E", "F", "A", "J"], rint(1, 2))))
    return key, o, p, ctx


def g_op():
    v = rint(0, 6)
    key, o, p, ctx = op_case(ch(["csec", "dc"]) if v == 5 else ch(["dental"]) if v == 6 else None)
    h = hospital()
    pv = prov("surg") if key not in ("csec", "dc") else prov("wh")
    if key == "dental":
        pv = prov("dent")
        pv.cred = ch(["DDS", "DMD, pediatric dentistry"])
    anes = prov("anes")
    ebl = rint(*o["ebl"])
    desc = fill(o["desc"], ctx)
    find = fill(o["find"], ctx)
    asst = ch(["None", prov("surg").full(), "%s, surgical PA" % prov("surg").full().split(",")[0], "Surgical resident %s" % prov("surg").full().split(",")[0]])
    if v in (0, 5, 6):
        d = Doc(ch([0, 0, 2, 3]))
        d.add(letterhead(h, net=False, style=ch([1, 4])), "")
        d.add(ch(["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION", "Operation Report", "SURGICAL REPORT", ""]))
        d.add("PATIENT: %s    MRN: %s    DOB: %s" % (pname(p, 1), p.mrn, fd(p.dob, 0)), "DATE OF SURGERY: %s" % fd(p.when, 0), "")
        d.sec(ch(["Preoperative Diagnosis", "Pre-op Diagnosis", "PREOPERATIVE DX"]), o["pre"], inline=chance(0.5))
        d.sec(ch(["Postoperative Diagnosis", "Post-op Diagnosis"]), o["post"], inline=chance(0.5))
        d.sec(ch(["Procedure", "Procedure Performed", "Operation", "Operation Performed"]), o["name"], inline=chance(0.5))
        d.sec("Surgeon", pv.full(), inline=True)
        d.sec(ch(["Assistant", "Assistant(s)", "First Assist"]), asst, inline=True)
        d.sec("Anesthesia", "%s (%s)" % (o["anes"], anes.full()), inline=True)
        d.sec(ch(["Estimated Blood Loss", "EBL"]), "%d mL" % ebl, inline=True)
        d.sec(ch(["Fluids", "IV Fluids"]), "%d mL crystalloid" % rint(400, 2500), inline=True)
        d.sec(ch(["Specimens", "Specimen(s)"]), o["spec"], inline=True)
        d.sec("Drains", ch(["None", "None", "19 Fr Blake"]) if key != "csec" else "Foley", inline=True)
        d.sec("Complications", ch(["None", "None apparent", "No immediate complications"]), inline=True)
        d.sec(ch(["Indications", "Indications for Procedure", "Indication"]), "%s %s with %s. Risks, benefits and alternatives were discussed%s and informed consent was obtained." % (age_str(p).capitalize(), p.gender, o["pre"].lower(), ch([" with the patient", " with the patient's parents" if key == "dental" else " in Spanish with interpreter", ""])))
        d.sec("Findings", find)
        d.sec(ch(["Description of Procedure", "Procedure in Detail", "Details of Procedure", "Technique"]), desc + " " + ch(["Sponge, needle and instrument counts were correct x2.", "All counts correct at the end of the case."]) + " The patient tolerated the procedure well and was taken to %s in stable condition." % ch(["the recovery room", "PACU", "recovery"]))
        if key == "csec" and chance(0.7):
            d.sec("Sterilization", "Federal sterilization consent signed %s (> 30 days prior)." % fd(addd(p.when, -rint(31, 150)), 0))
        d.add(pv.sig())
        if chance(0.5):
            d.add("D: %s %s  T: %s  Job %d" % (fd(p.when, 1), tm(), fd(addd(p.when, 1), 1), rint(10000, 999999)))
        return finish(d.text(), p, h)
    if v == 1:  # brief op note
        lines = [ch(["BRIEF OPERATIVE NOTE", "Brief Op Note", "Immediate Post-Op Note", "Post-operative note"]), "%s   %s   %s" % (pname(p, 4), p.mrn, fd(p.when, 0)), "",
                 "Pre-op dx: " + o["pre"], "Post-op dx: " + o["post"], "Procedure: " + o["name"], "Surgeon: " + pv.short(), "Asst: " + asst, "Anesthesia: " + o["anes"],
                 "EBL: %d mL   UOP: %s   IVF: %d mL" % (ebl, ch(["%d mL" % rint(50, 400), "n/a"]), rint(300, 2000)), "Specimens: " + o["spec"], "Drains: none", "Findings: " + find,
                 "Complications: none", "Condition: stable to PACU", "", pv.short() + " " + tm()]
        return finish("\n".join(lines), p, h)
    if v == 2:  # narrative dictated
        txt = "%s\n\n%s\n%s  #%s\n\nDATE: %s\n\nThe patient is a %s %s with %s who presents for %s. %s\n\nPROCEDURE IN DETAIL: %s\n\nFINDINGS: %s\n\nEBL %d mL. Specimen: %s. No complications.\n\n%s\nSURGEON\n" % (
            h["name"], ch(["OPERATIVE DICTATION", "OPERATIVE REPORT", "PROCEDURE NOTE - OR"]), pname(p, 1), p.mrn, fd(p.when, 2), age_str(p), p.gender, o["pre"].lower(), o["name"].lower(),
            "Consent was obtained after discussion of risks including bleeding, infection, and injury to surrounding structures.", desc, find, ebl, o["spec"], pv.full())
        return finish(txt, p, h)
    if v == 3:  # EHR surgical procedure template
        d = Doc(ch([1, 5]))
        d.add("%s | Perioperative Services" % h["name"], "Procedure Documentation - %s" % fd(p.when, 4), "")
        d.add("Patient: %s (%s, %d y)  FIN %d" % (pname(p, 4), p.sex, p.age, rint(1000000, 9999999)))
        d.sec("Procedure(s)", o["name"] + " [%s]" % ch(["47562", "44970", "59510", "49505", "25607", "11404", "59820"]) if False else o["name"])
        d.sec("Pre-operative diagnosis", o["pre"])
        d.sec("Post-operative diagnosis", o["post"])
        d.sec("Primary Surgeon", pv.full())
        d.sec("Anesthesiologist/CRNA", anes.full())
        d.sec("Anesthesia Type", o["anes"])
        d.sec("Wound Class", ch(["II - Clean/Contaminated", "I - Clean", "III - Contaminated"]))
        d.sec("Implants", ch(["None", "See implant log"]) if key != "orif" else "Volar distal radius locking plate, left; %d screws (lot %s)" % (ctx["screws"], rint(100000, 999999)))
        d.sec("Findings", find)
        d.sec("Narrative", desc)
        d.sec("EBL", "%d mL" % ebl)
        d.sec("Disposition", "PACU, then %s" % ch(["home same day", "floor", "postpartum"]))
        d.add(pv.sig())
        return finish(d.text(), p, h)
    # v == 4 ortho style paragraph blocks
    lines = [h["name"].upper(), "DEPARTMENT OF %s" % ch(["SURGERY", "ORTHOPAEDICS", "OBSTETRICS & GYNECOLOGY"]), "", "NAME: %s   UNIT #: %s   ROOM: OR %d" % (pname(p, 1), p.mrn, rint(1, 8)), "SURGERY DATE: %s" % fd(p.when, 3), "",
             "OPERATION: %s." % o["name"], "DIAGNOSIS: %s." % o["pre"], "ANESTHESIA: %s." % o["anes"], "TOURNIQUET: %s." % ("%d minutes" % ctx["tq"] if key == "orif" else "none"), "",
             "CLINICAL NOTE: %s presented with %s. Nonoperative options were discussed. The patient elected to proceed." % (pname(p, 0), o["pre"].lower()), "",
             "OPERATIVE PROCEDURE: " + desc, "", "POSTOPERATIVE PLAN: %s" % ch(["Non-weight bearing, elevate, follow up 10-14 days for suture removal.", "Advance diet as tolerated. Discharge when meeting criteria.", "Routine postoperative care."]), "", pv.full(), "%s/%s" % (pv.last[:2].upper(), ch(["ab", "mt", "xx"]))]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# PROCEDURE NOTES
# ----------------------------------------------------------------------------
def g_procedure():
    v = rint(0, 8)
    h = hospital()
    org = site()
    if v == 0:  # colonoscopy report
        p = make_patient(age=rint(45, 75))
        pv = prov("spec")
        find = ch([("A %d mm sessile polyp in the %s, removed with cold snare. Resection complete. Retrieved." % (rint(4, 12), ch(["ascending colon", "sigmoid colon", "transverse colon", "cecum"])), "One polyp removed.", "Repeat colonoscopy in 5-7 years pending pathology"),
                   ("Small internal hemorrhoids. Otherwise normal colon to the cecum.", "Normal colonoscopy except hemorrhoids.", "Repeat colonoscopy in 10 years"),
                   ("Scattered diverticula in sigmoid colon. No polyps.", "Sigmoid diverticulosis.", "High fiber diet; repeat in 10 years")])
        lines = [h["name"] + " Endoscopy Unit", ch(["COLONOSCOPY REPORT", "Procedure: Colonoscopy", "GI Procedure Report"]), "",
                 "Patient Name: %s   MRN: %s   Date of Birth: %s" % (pname(p, 1), p.mrn, fd(p.dob, 0)), "Procedure Date: %s  Admit Type: Outpatient  Referring MD: %s" % (fd(p.when, 0), prov("fm").full()),
                 "Endoscopist: %s" % pv.full(), "Indications: %s" % ch(["Positive FIT test", "Screening for colorectal cancer", "Iron deficiency anemia", "Rectal bleeding"]),
                 "Medicines: %s" % ch(["Monitored anesthesia care (propofol)", "Moderate sedation: fentanyl 100 mcg IV, midazolam 4 mg IV"]),
                 "Procedure: After obtaining informed consent, the colonoscope was passed under direct vision. Throughout the procedure, the patient's blood pressure, pulse, and oxygen saturations were monitored continuously. The colonoscope was advanced to the cecum, identified by appendiceal orifice and ileocecal valve. The quality of the bowel preparation was %s (BBPS %d). Withdrawal time %d minutes." % (ch(["good", "fair", "excellent"]), rint(6, 9), rint(7, 14)),
                 "Findings:", "     - " + find[0], "Complications: No immediate complications.", "Estimated Blood Loss: Minimal.", "Impression: - " + find[1], "Recommendation: - " + find[2] + ".", "     - Await pathology results." if "polyp" in find[0] else "     - Resume previous diet.", "", "Procedure Code(s): --- %s" % ch(["45385, Colonoscopy, with removal of polyp by snare", "45378, Colonoscopy, diagnostic"]), "", pv.full(), "Number of Addenda: 0"]
        return finish("\n".join(lines), p, h)
    if v == 1:  # clinic procedure: IUD/Nexplanon/I&D/skin bx/joint injection/toenail
        p = make_patient()
        pr = ch(["iud", "nexplanon", "ind", "punch", "knee", "nail"])
        if pr in ("iud", "nexplanon"):
            p = make_patient(age=rint(16, 40), sex="F")
        pv = prov("wh" if pr in ("iud", "nexplanon") else "fm")
        T = {"iud": ("IUD insertion (levonorgestrel 52 mg)", "Desires long-acting reversible contraception. UPT negative.", "Speculum placed. Cervix visualized and cleansed with betadine. Tenaculum applied to anterior lip. Uterus sounded to %d cm. IUD inserted per manufacturer instructions without difficulty. Strings trimmed to 3 cm." % rint(6, 9)),
             "nexplanon": ("Etonogestrel implant insertion, left arm", "Contraception. UPT neg. LMP %s." % fd(addd(p.when, -rint(3, 20)), 1), "Insertion site marked 8-10 cm from medial epicondyle over the triceps. Prepped with chlorhexidine. 2 mL 1% lidocaine. Implant inserted subdermally with preloaded applicator. Implant palpated by provider and patient. Pressure bandage applied."),
             "ind": ("Incision and drainage of abscess, %s" % ch(["R axilla", "L thigh", "buttock"]), "Fluctuant, tender abscess 3 x 4 cm x 3 days.", "Area prepped with betadine. Local anesthesia with 1% lidocaine 5 mL. #11 blade incision 1.5 cm. Moderate purulent drainage expressed; loculations broken with hemostat. Cavity irrigated with NS and packed with 1/4 inch iodoform. Culture sent."),
             "punch": ("4 mm punch biopsy, %s" % ch(["left forearm", "upper back", "right shin"]), "Persistent pruritic plaque x 3 months, not responding to topical steroid.", "Prepped with alcohol. 1% lidocaine with epi 1 mL. 4 mm punch biopsy obtained and sent to pathology in formalin. Closed with 1 simple interrupted 4-0 nylon suture."),
             "knee": ("Intra-articular corticosteroid injection, %s knee" % ch(["right", "left"]), "Osteoarthritis with persistent pain despite NSAIDs and PT.", "Anterolateral approach with knee flexed. Skin prepped with chlorhexidine, ethyl chloride spray. Injected triamcinolone 40 mg/1 mL + 4 mL 1% lidocaine via 22G needle without resistance."),
             "nail": ("Partial nail avulsion with matrixectomy, %s great toe, lateral border" % ch(["right", "left"]), "Recurrent ingrown toenail with paronychia.", "Digital block with 3 mL 2% plain lidocaine. Tourniquet applied. Lateral 1/4 of nail plate avulsed. Phenol 89% applied to matrix x 3 applications of 30 s. Irrigated with alcohol. Antibiotic ointment and dressing.")}[pr]
        d = Doc(ch([0, 1, 5]))
        d.add(clinic_header(p, org, pv, p.when, ch([1, 3, 5]), "Procedure Visit"), "")
        d.add(ch(["PROCEDURE NOTE", "Office Procedure", "Procedure:", ""]) + ("" if chance(0.5) else " " + T[0]))
        d.sec("Procedure", T[0], inline=True)
        d.sec(ch(["Indication", "Indications"]), T[1])
        d.sec("Consent", ch(["Risks including bleeding, infection, pain, and failure were discussed; written consent signed.", "Verbal and written consent obtained in Spanish.", "Consent form signed and scanned."]))
        d.sec(ch(["Time out", "Universal protocol"]), ch(["Performed with MA. Correct patient, site, procedure verified.", "Time-out completed at %s." % tm()]))
        d.sec(ch(["Description", "Procedure details", "Technique"]), T[2])
        d.sec(ch(["EBL", "Blood loss"]), ch(["minimal", "<5 mL", "none"]), inline=True)
        d.sec("Complications", ch(["None", "none", "Pt tolerated well, no complications."]), inline=True)
        d.sec(ch(["Post-procedure", "Instructions", "Plan"]), ch(["Wound care instructions given verbally and in writing (Spanish).", "RTC 4-6 weeks for string check.", "Return in 48 h for packing removal.", "Will call with pathology results.", "Back-up method x 7 days."]))
        d.add(pv.sig())
        return finish(d.text(), p, org)
    if v == 2:  # lumbar puncture
        p = make_patient(age=ch([0, rint(20, 70)]))
        pv = prov(ch(["er", "hosp", "peds"]))
        lines = [h["name"], ch(["Procedure Note - Lumbar Puncture", "LUMBAR PUNCTURE", "Bedside Procedure: LP"]), "%s  %s  MRN %s" % (pname(p, 1), fd(p.when, 0), p.mrn), "",
                 "Indication: %s" % ch(["Fever in neonate, r/o meningitis", "Headache with fever, r/o meningitis", "Suspected SAH with negative CT", "Altered mental status"]),
                 "Consent: obtained from %s." % ("parent" if p.age == 0 else "patient"), "Time out performed.", "Position: %s. The L%d-L%d interspace was identified, prepped with chlorhexidine and draped. %s A %s spinal needle was inserted. Clear CSF obtained on %s pass. Opening pressure %s." % (
                     ch(["lateral decubitus", "seated"]), 3, 4, "1% lidocaine used for local anesthesia." if p.age > 0 else "EMLA applied.", ch(["22G 3.5 inch", "22G 1.5 inch"]), ch(["first", "second"]), ch(["18 cm H2O", "not measured", "22 cm H2O"])),
                 "Fluid sent for: cell count tubes 1 & 4, glucose, protein, Gram stain and culture%s." % ch(["", ", HSV PCR", ", enterovirus PCR"]), "Complications: none. EBL: none.", "Pt tolerated procedure well.", "", pv.sig()]
        return finish("\n".join(lines), p, h)
    if v == 3:  # central line
        p = make_patient(age=rint(30, 80))
        pv = prov(ch(["hosp", "er", "anes"]))
        lines = [ch(["CENTRAL VENOUS CATHETER PLACEMENT", "Procedure Note: Central Line", "ICU Procedure Note"]), "%s   %s" % (pname(p, 4), fd(p.when, 0)), "",
                 "Indication: %s" % ch(["Septic shock, need for vasopressors", "Poor peripheral access", "DKA requiring insulin drip and frequent labs"]),
                 "Site: %s  Catheter: %s" % (ch(["Right internal jugular", "Left subclavian", "Right femoral"]), ch(["7 Fr triple lumen, 16 cm", "7 Fr TLC 20 cm"])),
                 "Procedure: Informed consent obtained. Full barrier precautions (cap, mask, sterile gown/gloves, full-body drape), chlorhexidine prep. Time out performed. Under real-time ultrasound guidance, the vein was accessed with the introducer needle on the first attempt. Guidewire passed without resistance; Seldinger technique. All ports aspirated and flushed. Sutured in place, Biopatch and sterile dressing applied.",
                 "Confirmation: %s" % ch(["CXR - tip at cavoatrial junction, no pneumothorax", "Femoral - no CXR needed; venous waveform confirmed"]), "Complications: none. EBL < 5 mL.", "", pv.sig()]
        return finish("\n".join(lines), p, h)
    if v == 4:  # EGD
        p = make_patient(age=rint(30, 75))
        pv = prov("spec")
        lines = [h["name"] + " - GI Lab", ch(["EGD REPORT", "Upper Endoscopy", "Esophagogastroduodenoscopy Procedure Report"]), "Patient: %s  DOB: %s  Date: %s" % (pname(p, 1), fd(p.dob, 0), fd(p.when, 0)), "",
                 "Indication: %s" % ch(["Melena, anemia", "Dyspepsia refractory to PPI", "Dysphagia", "Screening for varices"]), "Sedation: %s" % ch(["Propofol per anesthesia", "Fentanyl 75 mcg, midazolam 3 mg"]),
                 "Findings: Esophagus: %s. Stomach: %s. Duodenum: %s." % (ch(["normal", "LA grade A esophagitis", "Z-line irregular"]), ch(["patchy erythema in antrum; biopsies taken (H. pylori)", "normal", "small hiatal hernia"]), ch(["1.2 cm clean-based ulcer in bulb (Forrest III)", "normal to 2nd portion", "bulbar erythema"])),
                 "Impression: as above.", "Plan: %s" % ch(["PPI BID x 8 wks, await biopsy, avoid NSAIDs", "Repeat EGD 8-12 wks to document healing", "Follow up with PCP"]), "", pv.full()]
        return finish("\n".join(lines), p, h)
    if v == 5:  # EMG/NCS
        p = make_patient(age=rint(30, 70))
        pv = prov("spec")
        side = ch(["right", "left", "bilateral"])
        lines = [ch(["Southwest Neurodiagnostics", h["name"] + " Neurology"]), ch(["ELECTRODIAGNOSTIC CONSULTATION", "EMG/NCS REPORT", "Nerve Conduction Study and Electromyography"]), "", "Patient: %s   Age %d   Ref: %s" % (pname(p, 4), p.age, prov("fm").full()), "Date: %s" % fd(p.when, 0), "",
                 "History: Numbness and tingling of %s hand(s) in median distribution x %d months, worse at night. %s" % (side, rint(3, 24), ch(["Diabetic.", "Works as a meat packer.", "Seamstress."])), "",
                 "Nerve conduction studies:", "  Nerve/Site        Latency(ms)  Amp      CV(m/s)", "  R Median (APB)      %.1f        %.1f mV   %d" % (rfl(4.5, 6.8), rfl(3.5, 8), rint(44, 55)),
                 "  R Ulnar (ADM)       %.1f        %.1f mV   %d" % (rfl(2.5, 3.3), rfl(7, 11), rint(52, 62)), "  R Median sensory    %.1f        %.1f uV   %d" % (rfl(3.8, 5.0), rfl(6, 15), rint(33, 42)), "  R Sural             %.1f        %.1f uV   %d" % (rfl(3.2, 4.2), rfl(6, 14), rint(38, 48)),
                 "Needle EMG: %s" % ch(["R APB - increased insertional activity, reduced recruitment. Other muscles normal.", "No abnormal spontaneous activity in muscles tested."]), "",
                 "Interpretation: %s" % ch(["Moderate right median neuropathy at the wrist (carpal tunnel syndrome) without denervation.", "Severe median neuropathy at the wrist with axonal loss.", "Findings consistent with mild length-dependent sensorimotor polyneuropathy, as seen in diabetes."]), "", pv.full()]
        return finish("\n".join(lines), p, h)
    if v == 6:  # cardiac cath
        p = make_patient(age=rint(45, 78))
        pv = prov("spec")
        lines = [h["name"] + " Cardiac Catheterization Laboratory", ch(["CARDIAC CATHETERIZATION REPORT", "Cath Lab Procedure Report", "Coronary Angiography and PCI"]), "", "Patient: %s  MRN %s  Date: %s" % (pname(p, 1), p.mrn, fd(p.when, 0)), "Operator: %s" % pv.full(), "",
                 "Indication: NSTEMI", "Access: %s, 6 Fr" % ch(["Right radial", "Right femoral"]), "Sedation: midazolam/fentanyl. Contrast: %d mL Omnipaque. Fluoro time %.1f min." % (rint(80, 220), rfl(6, 22)), "",
                 "Hemodynamics: Ao %d/%d, LVEDP %d mmHg" % (rint(110, 160), rint(60, 90), rint(10, 24)), "Coronary anatomy (%s dominant):" % ch(["right", "right", "left"]),
                 "  LM: normal", "  LAD: %s" % ch(["mild luminal irregularities", "40% mid stenosis"]), "  LCx: %s" % ch(["normal", "30% OM1"]), "  RCA: %d%% mid stenosis, TIMI 2 flow" % rint(85, 99), "",
                 "Intervention: RCA treated with %s %.1f x %d mm DES. Post-dilated. 0%% residual, TIMI 3 flow." % (ch(["everolimus-eluting", "zotarolimus-eluting"]), ch([3.0, 3.5, 2.75]), ch([18, 23, 28])),
                 "Complications: none. Hemostasis: %s" % ch(["TR band", "closure device"]), "", "Conclusions: 1. Single vessel CAD, culprit RCA, successful PCI. 2. Elevated LVEDP.", "Recommendations: DAPT (aspirin + clopidogrel) x 12 months uninterrupted, high-intensity statin, cardiac rehab.", "", pv.full()]
        return finish("\n".join(lines), p, h)
    if v == 7:  # colposcopy
        p = make_patient(age=rint(21, 50), sex="F")
        pv = prov("wh")
        lines = [org["name"], ch(["Colposcopy", "COLPOSCOPY PROCEDURE NOTE", "Colpo"]), "%s  DOB %s  %s" % (pname(p, 4), fd(p.dob, 0), fd(p.when, 0)), "",
                 "Indication: %s" % ch(["LSIL Pap", "ASC-US, HPV positive", "HSIL Pap", "HPV 16 positive, NILM"]), "UPT: negative", "Consent signed.",
                 "Exam: Cervix visualized, 3-5%% acetic acid applied. Transformation zone %s visualized. %s" % (ch(["fully", "partially"]), ch(["Acetowhite epithelium at 3 and 6 o'clock with fine punctation.", "Dense acetowhite lesion 11-1 o'clock with coarse mosaicism.", "No lesions seen."])),
                 "Biopsies: %s. ECC: %s. Monsel's applied for hemostasis." % (ch(["3 o'clock, 6 o'clock", "12 o'clock", "none"]), ch(["done", "done", "not done"])),
                 "Colposcopic impression: %s" % ch(["low grade", "high grade", "normal"]), "Pt tolerated well. Will call with path results (Spanish). Pelvic rest 48 h.", "", pv.sig()]
        return finish("\n".join(lines), p, org)
    # v == 8 bronchoscopy / thoracentesis / paracentesis
    p = make_patient(age=rint(40, 80))
    pv = prov("spec")
    pr = ch(["thoracentesis", "paracentesis", "bronchoscopy"])
    if pr == "bronchoscopy":
        body = "Flexible bronchoscopy via %s under moderate sedation. Airways inspected to subsegmental level. %s BAL performed in %s with %d mL instilled and %d mL returned. Specimens sent for cytology, AFB and fungal cultures." % (ch(["oral bite block", "ETT"]), ch(["Mucopurulent secretions RLL.", "No endobronchial lesions."]), ch(["RML", "RLL", "LUL"]), 120, rint(40, 80))
    elif pr == "thoracentesis":
        body = "Ultrasound-guided %s thoracentesis. Site marked, prepped, draped, 1%% lidocaine. %d mL of %s fluid removed. Post-procedure CXR: no pneumothorax." % (ch(["right", "left"]), rint(700, 1500), ch(["straw-colored", "serosanguinous", "cloudy yellow"]))
    else:
        body = "Ultrasound-guided paracentesis in the LLQ. %.1f L of %s fluid removed. Albumin 25 g IV given. Fluid sent for cell count, albumin, culture." % (rfl(2, 6), ch(["clear yellow", "cloudy"]))
    lines = ["%s - %s" % (h["name"], ch(["Pulmonary", "Interventional Radiology", "Procedure Service"])), "Procedure: %s" % pr.capitalize(), "Patient: %s   Date: %s" % (pname(p, 0), fd(p.when, 0)), "",
             "Indication: %s" % ch(["effusion of unclear etiology", "symptomatic ascites", "non-resolving pneumonia", "dyspnea"]), "Consent obtained; time-out done.", body, "Complications: none.", "", pv.sig()]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# ANESTHESIA RECORDS
# ----------------------------------------------------------------------------
def g_anesthesia():
    v = rint(0, 5)
    key, o, p, ctx = op_case("csec" if v == 3 else "dental" if v == 4 else None)
    h = hospital()
    an = prov("anes")
    vv = vitals(p)
    asa = ch(["1", "2", "2", "3"]) + ("E" if chance(0.15) else "")
    if v == 0:  # intraop record grid
        t0h, t0m = rint(7, 14), ch([0, 15, 30, 45])
        rows = []
        sbp, hr = int(vv["bp"].split("/")[0]), vv["hr"]
        for i in range(rint(6, 12)):
            mm = t0m + i * 15
            sbp2 = sbp + rint(-25, 10)
            rows.append("%02d:%02d   %3d/%-3d   %3d    %3d   %3d    %s" % (t0h + mm // 60, mm % 60, sbp2, rint(55, 85), hr + rint(-12, 12), rint(97, 100), rint(32, 40), ch(["", "phenylephrine 100 mcg", "", "fentanyl 50 mcg", "", "ondansetron 4 mg"])))
        lines = [h["name"], ch(["ANESTHESIA RECORD", "Intraoperative Anesthesia Record", "ANESTHESIA / SEDATION RECORD"]), "Pt: %s  MRN %s  Age %d  Wt %.0f kg  Ht %d cm  ASA %s" % (pname(p, 1), p.mrn, p.age, vv["wt"] / 2.2, int(vv["ht"] * 2.54), asa),
                 "Date %s  OR %d  Procedure: %s  Surgeon: %s" % (fd(p.when, 0), rint(1, 9), o["name"], prov("surg").short()), "Anesthesia: %s   Provider: %s" % (o["anes"], an.full()), "",
                 "Pre-op: NPO > 8 h. Allergies: %s. Airway: MP %s, TMD > 3 FB, full ROM neck." % (p.allergies, ch(["I", "II", "III"])),
                 "Induction: %s %s  %s" % (tm(), ch(["propofol %d mg, fentanyl 100 mcg, rocuronium 50 mg" % rint(120, 200), "propofol, lidocaine 60 mg, succinylcholine 100 mg (RSI)"]), ch(["ETT 7.0 cuffed, grade I view, MAC 3, atraumatic", "LMA #4", "ETT 7.5, Glidescope, grade I"])),
                 "Maintenance: %s in O2/air. Monitors: ECG, NIBP, SpO2, EtCO2, temp." % ch(["sevoflurane 2%", "desflurane 6%", "TIVA propofol"]), "",
                 "Time    BP        HR   SpO2  EtCO2  Meds/Events", "-" * 58] + rows + ["",
                 "Fluids: LR %d mL   EBL %d mL   UOP %s" % (rint(500, 2000), rint(*o["ebl"]), ch(["n/a", "%d mL" % rint(50, 300)])),
                 "Emergence: %s. Reversal: %s. Extubated awake, to PACU on %s, VSS." % (tm(), ch(["sugammadex 200 mg", "neostigmine/glycopyrrolate", "n/a"]), ch(["2 L NC", "face mask", "RA"])), "", an.full()]
        return finish("\n".join(lines), p, h)
    if v == 1:  # pre-anesthesia evaluation
        d = Doc(ch([0, 1]))
        d.add(h["name"], ch(["PRE-ANESTHESIA EVALUATION", "Anesthesia Pre-operative Assessment", "Preanesthetic Evaluation"]), "")
        d.add("Patient: %s  DOB %s  Planned procedure: %s  Date: %s" % (pname(p, 4), fd(p.dob, 0), o["name"], fd(p.when, 0)), "")
        d.sec("PMH", ", ".join(pmh_list(None, 2)) or "none")
        d.sec("Prior anesthesia", ch(["GA for C-section 2016 without complications", "None", "PONV with prior surgery", "Spinal x2, no issues"]))
        d.sec("Family hx anesthesia problems", ch(["Denies MH/pseudocholinesterase deficiency", "None known"]))
        d.sec("Meds", meds_block(pick(["metformin", "lisinopril", "omeprazole", "sertraline"], rint(0, 3)), 4))
        d.sec("Allergies", p.allergies)
        d.sec("NPO status", "Solids %s, clears %s" % (ch(["since midnight", "> 8 h"]), ch(["> 2 h", "since 0500"])))
        d.sec("Airway", "Mallampati %s, mouth opening > 3 cm, TMD > 6 cm, dentition %s, neck ROM full" % (ch(["I", "II", "III"]), ch(["intact", "poor repair", "upper partial denture"])))
        d.sec("Exam", "Heart RRR. Lungs CTA. " + vitals_str(vv, 3))
        d.sec("Labs", "Hgb %.1f  Plt %d  K %.1f  Glucose %d%s" % (rfl(10.5, 15), rint(160, 380), rfl(3.6, 4.8), rint(85, 210), ch(["", "  hCG neg"]) if p.sex == "F" else ""))
        d.sec("ASA Physical Status", asa)
        d.sec("Anesthetic plan", "%s. Risks incl. sore throat, dental injury, N/V, awareness, aspiration, and rarely death discussed; questions answered; consent obtained%s." % (o["anes"], ch(["", " via interpreter"])))
        d.add(an.sig())
        return finish(d.text(), p, h)
    if v == 2:  # PACU record
        lines = [h["name"] + " PACU", ch(["POST ANESTHESIA CARE RECORD", "PACU Flowsheet / Phase I Recovery", "Post-Anesthesia Note"]), "%s  %s  Procedure: %s  Anesthesia: %s" % (pname(p, 1), fd(p.when, 0), o["name"], o["anes"]), "",
                 "Arrival %s  Report from %s" % (tm(), an.full()), "Aldrete on arrival: %d   at discharge: %d" % (rint(6, 8), rint(9, 10)),
                 "Time   BP       HR  RR  SpO2  Pain  Sedation"] + ["%s  %d/%d   %d  %d   %d    %d     %s" % (tm(), rint(100, 150), rint(60, 90), rint(60, 100), rint(12, 20), rint(94, 100), rint(0, 7), ch(["awake", "drowsy", "arousable"])) for _ in range(rint(4, 7))] + [
                 "", "Meds given: %s" % ch(["hydromorphone 0.4 mg IV x2", "fentanyl 25 mcg x2, ondansetron 4 mg", "acetaminophen 1 g IV"]), "N/V: %s   Dressing: %s" % (ch(["none", "mild, resolved"]), ch(["CDI", "dry, intact"])),
                 "Post-anesthesia evaluation: patient awake, airway patent, VSS, pain controlled, no apparent anesthetic complications.", "Discharged from PACU at %s to %s." % (tm(), ch(["floor", "Phase II", "home with family", "Mother/Baby"])), "", prov("rn").full(), an.short()]
        return finish("\n".join(lines), p, h)
    if v == 3:  # labor epidural / spinal for CS
        lines = [h["name"] + " - Obstetric Anesthesia", ch(["NEURAXIAL PROCEDURE NOTE", "Labor Epidural Record", "Spinal Anesthesia Record - Cesarean"]), "%s  Age %d  G%dP%d  %s" % (pname(p, 4), p.age, rint(1, 4), rint(0, 3), fd(p.when, 0)), "",
                 "Indication: %s" % ch(["labor analgesia", "cesarean delivery"]), "Consent: risks incl. headache, infection, bleeding, nerve injury, failed block discussed in %s; consent signed." % ch(["English", "Spanish"]),
                 "Plt %d. Time-out done. Position: sitting. Prep: chlorhexidine. Level L%d-%d. %s" % (rint(140, 300), ch([2, 3]), ch([3, 4]), ch(["Tuohy 17G, LOR to saline at %d cm, catheter left at %d cm. Test dose 3 mL lido 1.5%% w/ epi negative." % (rint(4, 7), rint(9, 12)), "Whitacre 25G, clear CSF, bupivacaine 0.75%% hyperbaric 1.6 mL + fentanyl 15 mcg + morphine 150 mcg."])),
                 "Attempts: %d. Paresthesia: none. Heme: none." % rint(1, 2), "Maintenance: %s" % ch(["PCEA bupivacaine 0.0625% + fentanyl 2 mcg/mL at 10 mL/h, bolus 8 mL q15 min", "n/a"]), "Sensory level: T%d. BP stable after phenylephrine %d mcg." % (ch([4, 6, 8, 10]), ch([0, 100, 200])), "", an.sig()]
        return finish("\n".join(lines), p, h)
    if v == 4:  # pediatric dental GA sedation record
        lines = [ch([h["name"] + " Ambulatory Surgery", "Sierra del Sol Pediatric Dental - Hospital Dentistry"]), ch(["ANESTHESIA RECORD - PEDIATRIC DENTAL", "General Anesthesia Record (Dental)", "Pediatric Sedation/Anesthesia Record"]),
                 "Child: %s  Age %d  Wt %.1f kg  Guardian: %s" % (pname(p, 4), p.age, vv["wt"] / 2.2, ch(["mother", "father", "grandmother"])), "Procedure: %s  Dentist: %s" % (o["name"], prov("dent").full()), "ASA %s   NPO verified with parent" % ch(["1", "2"]), "",
                 "Induction: mask sevoflurane/N2O at %s; PIV 22G L hand; nasal RAE %s cuffed; throat pack" % (tm(), ch(["4.0", "4.5", "5.0"])), "Meds: dexamethasone %.1f mg, ondansetron %.1f mg, fentanyl %d mcg, acetaminophen %d mg IV" % (rfl(2, 4), rfl(1.5, 3), rint(10, 25), rint(150, 300)),
                 "Vitals q5min stable: HR %d-%d, SpO2 99-100%%, EtCO2 %d-%d" % (rint(90, 110), rint(115, 140), rint(32, 36), rint(37, 42)), "Fluids: LR %d mL   EBL minimal" % rint(150, 400), "Case duration: %d min" % rint(60, 150),
                 "Emergence: smooth, deep extubation, to PACU on blow-by O2.", "", an.full()]
        return finish("\n".join(lines), p, h)
    # v == 5 narrative anesthesia summary
    txt = "%s\n%s\n\n%s, %d %s, ASA %s, underwent %s on %s under %s. %s Intraoperative course %s. Total fluids %d mL, EBL %d mL. %s The patient was transported to PACU in stable condition. No anesthetic complications.\n\n%s" % (
        h["name"], ch(["Anesthesia Summary", "ANESTHESIA NOTE", "Intraop Anesthesia Summary", "Post-Anesthesia Evaluation"]), pname(p, 0), p.age, p.sex, asa, o["name"].lower(), fd(p.when, 2), o["anes"].lower(),
        ch(["Induction was uneventful.", "Rapid sequence induction performed due to full stomach.", "Block placed preoperatively with ultrasound guidance."]), ch(["was unremarkable", "notable for transient hypotension responsive to phenylephrine", "was hemodynamically stable"]),
        rint(500, 2500), rint(*o["ebl"]), ch(["Extubated awake in OR.", "LMA removed in OR.", ""]), an.sig())
    return finish(txt, p, h)


# ----------------------------------------------------------------------------
# LAB REPORTS
# ----------------------------------------------------------------------------
def lab_table(rows, style):
    out = []
    if style == 0:
        out.append("%-32s %-10s %-5s %-14s %s" % ("TEST", "RESULT", "FLAG", "REF RANGE", "UNITS"))
        for r in rows:
            out.append("%-32s %-10s %-5s %-14s %s" % (r[0], r[1], r[4], r[3], r[2]))
    elif style == 1:
        for r in rows:
            out.append("%s: %s %s %s  (ref %s)" % (r[0], r[1], r[2], "<<" + r[4] + ">>" if r[4] else "", r[3]))
    elif style == 2:
        out.append("Component            Value      Ref Range        ")
        for r in rows:
            out.append("%-20s %-10s %-16s %s" % (r[0][:20], r[1] + (" " + r[4] if r[4] else ""), r[3] + " " + r[2], ""))
    else:
        for r in rows:
            out.append("%s %s%s  %s  [%s]" % (r[0].upper(), r[1], "*" + r[4] if r[4] else "", r[2], r[3]))
    return "\n".join(out)


def g_lab():
    v = rint(0, 7)
    key, c, p = out_case(ch(["dm2", "htn", "hld", "hypothy", "dep", "gerd", "copd"]))
    org = site()
    lab = ch(LABS)
    pv = prov("fm")
    coll = p.when
    over = COND_LAB.get(key, {})
    acc = "%s%d" % (ch(["", "W", "SL", "24-"]), rint(10000000, 99999999))
    if v in (0, 2):
        panels = list(dict.fromkeys(ch([["CMP", "A1c", "Lipid"], ["CBC", "CMP"], ["Lipid"], ["TSH"], ["BMP", "UACR", "A1c"], ["CBC", "CMP", "Lipid", "TSH"]])))
        rows = []
        lines = []
        lines.append(ch([lab.upper(), lab + "\nCLIA #%02dD%07d" % (rint(10, 99), rint(0, 9999999)), lab + "  *  Client Services %s" % phone()]))
        lines.append("")
        if v == 0:
            lines += ["PATIENT: %-28s  SPECIMEN: %s" % (pname(p, 1), acc), "DOB: %s  AGE: %d  SEX: %s   PATIENT ID: %s" % (fd(p.dob, 0), p.age, p.sex, p.mrn),
                      "ORDERING: %s   CLIENT: %s" % (pv.full(), org["name"]), "COLLECTED: %s %s   RECEIVED: %s %s   REPORTED: %s %s" % (fd(coll, 0), tm(), fd(coll, 0), tm(), fd(addd(coll, 1), 0), tm()),
                      "FASTING: %s   STATUS: FINAL" % ch(["Y", "N", "UNK"]), ""]
        else:
            lines += ["Name %s   ID %s   DOB %s   Dr %s" % (pname(p, 4), p.mrn, fd(p.dob, 1), pv.short()), "Collected %s  Reported %s  Acc# %s" % (fd(coll, 1), fd(addd(coll, rint(1, 3)), 1), acc), ""]
        st = rint(0, 3)
        for pn in panels:
            r = panel(pn, over)
            if pn in ("CMP", "BMP") and chance(0.7):
                cr = float([x for x in r if x[0] == "Creatinine"][0][1])
                eg = int(min(120, 140 * (0.9 / cr) * (0.99 ** (p.age - 40)) * (0.8 if p.sex == "F" else 1)))
                r.append(("eGFR", str(eg) if eg < 90 else ">60" if chance(0.5) else str(eg), "mL/min/1.73m2", ">59", "L" if eg < 60 else ""))
            lines.append(ch(["", "-- ", "== "]) + {"CMP": ch(["COMPREHENSIVE METABOLIC PANEL", "Comp Metabolic Panel (14)"]), "BMP": "BASIC METABOLIC PANEL", "CBC": ch(["CBC WITHOUT DIFFERENTIAL", "CBC W/O DIFF", "Complete Blood Count"]),
                                                  "Lipid": ch(["LIPID PANEL", "Lipid Panel w/ LDL calc"]), "A1c": "HEMOGLOBIN A1C", "TSH": "THYROID PANEL", "UACR": "MICROALBUMIN, RANDOM URINE"}.get(pn, pn))
            lines.append(lab_table(r, st))
            if pn == "A1c" and chance(0.6):
                lines.append("  Interpretive: <5.7 normal; 5.7-6.4 increased risk (prediabetes); >=6.5 consistent with diabetes.")
            lines.append("")
        lines.append(ch(["*** END OF REPORT ***", "Flags: H=High L=Low", "Results reviewed: %s %s" % (pv.short(), fd(addd(coll, 2), 1)), "Performing site: %s, %s, %s. Medical Director: %s" % (lab, ch(TOWNS)[0], ch(["NM", "AZ"]), prov("path").full())]))
        return finish("\n".join(lines), p, org)
    if v == 1:  # POC log
        p2 = p
        tests = [("Hemoglobin A1c (POC)", "%.1f%%" % rfl(7.2, 11.5) if key == "dm2" else "%.1f%%" % rfl(5.0, 6.2), "4.0-5.6%"), ("Glucose, fingerstick", "%d mg/dL" % rint(95, 310), "70-130 fasting"),
                 ("Urine hCG", ch(["Negative", "negative"]), "Negative"), ("Urine dipstick", ch(["Neg", "Trace protein", "LE +, nitrite +"]), "Neg"), ("Hemoglobin (HemoCue)", "%.1f g/dL" % rfl(10, 15), "12-16"),
                 ("Rapid Strep", ch(["Negative", "Positive"]), "Negative"), ("Influenza A/B rapid", ch(["Neg/Neg", "POS A / Neg B"]), "Neg"), ("HIV 1/2 rapid Ab", "Non-reactive", "Non-reactive"), ("HCV Ab rapid", ch(["Non-reactive", "Reactive - confirm"]), "Non-reactive")]
        sel = pick(tests, rint(1, 4))
        lines = [org["name"], ch(["POINT OF CARE TESTING", "POC Lab Results", "In-House Lab", "CLIA-Waived Testing Log"]), "", "Patient: %s  DOB: %s  Date: %s" % (pname(p2, 4), fd(p2.dob, 0), fd(p2.when, 0)), ""]
        for t in sel:
            lines.append("%s: %s   (Ref: %s)   Lot #%s  Exp %s   Ctrl: %s" % (t[0], t[1], t[2], "%s%d" % (ch("ABKL"), rint(10000, 99999)), fd(addd(p2.when, rint(30, 400)), 1), ch(["OK", "pass", "in range"])))
        lines += ["", "Performed by: %s" % prov("ma").full(), "Reviewed by: %s" % pv.short()]
        return finish("\n".join(lines), p2, org)
    if v == 3:  # micro
        pos = chance(0.75)
        org2 = ch(["Escherichia coli", "Klebsiella pneumoniae", "Proteus mirabilis", "Enterococcus faecalis"])
        lines = [lab, ch(["MICROBIOLOGY REPORT", "Culture, Urine", "MICROBIOLOGY - FINAL"]), "", "Patient: %s   DOB %s   MRN %s" % (pname(p, 1), fd(p.dob, 0), p.mrn), "Source: %s   Collected %s  Final %s" % (ch(["Urine, clean catch", "Urine, midstream", "Wound, L thigh", "Throat"]), fd(p.when, 0), fd(addd(p.when, rint(2, 3)), 0)),
                 "Ordering provider: %s (%s)" % (pv.full(), org["name"]), ""]
        if pos:
            lines += ["RESULT: >100,000 CFU/mL %s" % org2, "", "SUSCEPTIBILITY (MIC, ug/mL)", "  Antibiotic                 MIC     Interp"]
            for ab in ["Ampicillin", "Amoxicillin/Clavulanate", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "Nitrofurantoin", "Trimethoprim/Sulfa", "Gentamicin"]:
                rs = ch(["S", "S", "S", "R", "I"]) if ab not in ("Ampicillin",) else ch(["R", "R", "S"])
                lines.append("  %-26s %-7s %s" % (ab, ch(["<=2", "<=16", "4", ">=32", "<=0.25", "<=20/1"]), rs))
        else:
            lines += ["RESULT: %s" % ch(["No growth at 48 hours", "Mixed flora, 3 or more organisms; suggest recollection", "10,000-50,000 CFU/mL mixed urogenital flora"])]
        lines += ["", "S=Susceptible  I=Intermediate  R=Resistant" if pos else "", "Called to %s at %s by %s" % (ch(["clinic RN", "MA"]), tm(), ch(["JRG", "tech 114", "LMV"])) if pos and chance(0.5) else ""]
        return finish("\n".join(lines), p, org)
    if v == 4:  # prenatal panel
        p = make_patient(age=rint(16, 40), sex="F")
        rows = [("ABO Group", ch(["O", "A", "B", "AB"]), "", "", ""), ("Rh Type", ch(["Positive", "Positive", "Negative"]), "", "", ""), ("Antibody Screen", "Negative", "", "Negative", ""),
                ("Rubella IgG", ch(["Immune (%.1f)" % rfl(12, 80), "Non-immune (<5.0)"]), "IU/mL", ">9.9 immune", ""), ("Hepatitis B Surface Ag", "Non-reactive", "", "Non-reactive", ""),
                ("HIV-1/2 Ag/Ab Screen", "Non-reactive", "", "Non-reactive", ""), ("RPR", "Non-reactive", "", "Non-reactive", ""), ("Hepatitis C Ab", "Non-reactive", "", "Non-reactive", ""),
                ("Varicella IgG", ch(["Positive", "Equivocal"]), "", "", ""), lab_val("Hemoglobin", {"Hemoglobin": (9.8, 13.4)}), lab_val("Platelets"), ("Urine Culture", ch(["No growth", "<10,000 CFU/mL"]), "", "", ""),
                ("Chlamydia trachomatis NAAT", ch(["Not detected", "Not detected", "DETECTED"]), "", "Not detected", ""), ("N. gonorrhoeae NAAT", "Not detected", "", "Not detected", "")]
        lines = [lab, ch(["OB PANEL", "PRENATAL PROFILE", "Prenatal Panel w/ Reflex"]), "Patient %s  DOB %s  ID %s" % (pname(p, 1), fd(p.dob, 0), p.mrn), "Ordering: %s, %s" % (prov("wh").full(), "Mesa Linda Women's Health Center"),
                 "Collected: %s" % fd(p.when, 0), "", lab_table(rows, ch([0, 1, 3]))]
        return finish("\n".join(lines), p, org)
    if v == 5:  # hospital cumulative report
        key2, s, p, adm, dis = inp_case()
        h = hospital()
        days = [addd(adm, i) for i in range(min(4, (dis - adm).days + 1))]
        tests = list(dict.fromkeys(list(s["labs"]) + ["WBC", "Hemoglobin", "Platelets", "Sodium", "Potassium", "Creatinine", "Glucose"]))
        lines = [h["name"] + " - Laboratory", ch(["CUMULATIVE LAB REPORT", "Lab Results - Cumulative View", "LABORATORY SUMMARY"]), "%s   MRN %s   Adm %s" % (pname(p, 1), p.mrn, fd(adm, 0)), "",
                 "%-18s" % "Test" + "".join("%-12s" % d.strftime("%m/%d") for d in days) + "Ref"]
        for t in tests:
            vals = []
            for i, _ in enumerate(days):
                ov = s["labs"] if i == 0 else None
                r = lab_val(t, ov)
                vals.append(r[1] + (r[4] if r[4] else ""))
            lines.append("%-18s" % t[:18] + "".join("%-12s" % x for x in vals) + LT[t][0] if t in LT else "")
        lines += ["", "H=high L=low *=critical", "Critical values called to RN and read back."]
        return finish("\n".join(lines), p, h)
    if v == 6:  # HIV/HCV/STI with interpretation
        p = make_patient(age=rint(18, 60))
        hcvpos = chance(0.4)
        lines = [lab, ch(["INFECTIOUS DISEASE SEROLOGY", "Hepatitis C Antibody w/ Reflex to RNA", "SEROLOGY REPORT"]), "", "Patient: %s   DOB: %s   Sex: %s" % (pname(p, 1), fd(p.dob, 0), p.sex), "Ordering provider: %s   Account: %s" % (pv.full(), org["name"]), "Collected: %s   Reported: %s" % (fd(p.when, 0), fd(addd(p.when, rint(2, 6)), 0)), "",
                 "HCV Antibody ............ %s  (s/co %.2f)" % ("REACTIVE" if hcvpos else "Non-reactive", rfl(8, 20) if hcvpos else rfl(0.01, 0.5)),
                 "HCV RNA, Quant PCR ...... %s" % ("%d IU/mL (log %.2f)" % (rint(40000, 6000000), rfl(4.6, 6.8)) if hcvpos else "Not performed"),
                 "HIV-1/2 Ag/Ab, 4th gen .. Non-reactive", "Treponema pallidum Ab ... %s" % ch(["Non-reactive", "Non-reactive", "Reactive - RPR reflex 1:8"]), "",
                 "Interpretation: %s" % ("Reactive HCV antibody with detectable HCV RNA indicates current HCV infection. Recommend genotype, hepatic function panel and linkage to care." if hcvpos else "No laboratory evidence of HCV or HIV infection. Window period testing may be indicated for recent exposure.")]
        return finish("\n".join(lines), p, org)
    # v == 7 lead / newborn screen / pediatric
    p = make_patient(age=rint(1, 5))
    pb = rfl(0.5, 9.5)
    lines = [ch([lab, "State Public Health Laboratory"]), ch(["BLOOD LEAD ANALYSIS", "Lead, Blood (Venous)", "Pediatric Lead Screening"]), "Child: %s  DOB %s  Sex %s" % (pname(p, 1), fd(p.dob, 0), p.sex), "Specimen: %s  Collected %s" % (ch(["capillary", "venous"]), fd(p.when, 0)),
             "Submitter: %s  %s" % (org["name"], org["ph"]), "", "Lead, Blood ......... %.1f ug/dL  %s   (Ref <3.5 ug/dL)" % (pb, "HIGH" if pb >= 3.5 else ""), "",
             "Comment: %s" % ("Blood lead at or above CDC reference value. Confirm capillary results with venous sample; environmental history and follow-up per state guidelines." if pb >= 3.5 else "Below CDC blood lead reference value."), "", "Method: ICP-MS" if chance(0.5) else "Method: LeadCare II (POC)"]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# IMAGING
# ----------------------------------------------------------------------------
IMG = [
    ("XR CHEST 2 VIEWS", "Cough, fever", "PA and lateral views of the chest.", "The lungs are clear. No focal consolidation, pleural effusion or pneumothorax. Cardiomediastinal silhouette within normal limits. Osseous structures unremarkable.", "No acute cardiopulmonary process."),
    ("XR CHEST PA/LAT", "Positive TB skin test", "Two views.", "No upper lobe infiltrate, cavitation or hilar adenopathy. Calcified granuloma right mid lung. No effusion.", "No radiographic evidence of active tuberculosis. Old granulomatous disease."),
    ("XR LUMBAR SPINE 3 VIEWS", "Low back pain after lifting injury", "AP, lateral and spot views.", "Normal alignment. Vertebral body heights preserved. Mild disc space narrowing at L4-L5 and L5-S1 with small anterior osteophytes. No fracture. SI joints unremarkable.", "Mild degenerative disc disease L4-S1. No acute fracture."),
    ("XR KNEE RIGHT 3 VIEWS", "Knee pain", "Standing AP, lateral and sunrise views.", "Moderate narrowing of the medial compartment joint space with subchondral sclerosis and marginal osteophytes. Small suprapatellar effusion. No fracture.", "Moderate medial compartment osteoarthritis."),
    ("XR HAND LEFT 3 VIEWS", "Fall on outstretched hand, pain 5th metacarpal", "PA, oblique and lateral views.", "Transverse fracture of the distal fifth metacarpal neck with 30 degrees of volar angulation. No intra-articular extension.", "Boxer's fracture of the fifth metacarpal neck."),
    ("US OB < 14 WEEKS, TRANSVAGINAL", "Vaginal bleeding, dating", "Transabdominal and transvaginal imaging.", "Single intrauterine gestational sac with yolk sac and fetal pole. CRL {crl} mm corresponding to {gaw} weeks {gad} days. Fetal heart rate {fhr} bpm. Small subchorionic hemorrhage. Ovaries normal.", "Single live intrauterine pregnancy at {gaw}w{gad}d by CRL. Small subchorionic hemorrhage."),
    ("US ABDOMEN COMPLETE", "Elevated LFTs", "Real-time grayscale and color Doppler.", "Liver measures 18.5 cm with diffusely increased echogenicity. No focal lesion. Gallbladder without stones. CBD 3 mm. Kidneys normal in size without hydronephrosis. Spleen normal.", "Hepatomegaly with hepatic steatosis."),
    ("MAMMOGRAM SCREENING BILATERAL WITH TOMOSYNTHESIS", "Screening", "Standard CC and MLO views with 3D tomosynthesis. Compared to prior.", "The breasts are heterogeneously dense, which may obscure small masses. No suspicious masses, calcifications or architectural distortion.", "BI-RADS 1: Negative. Recommend annual screening."),
    ("CT HEAD WITHOUT CONTRAST", "Headache, fall", "Axial images from skull base to vertex without contrast.", "No intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation preserved. Ventricles normal. Mastoids and sinuses clear.", "No acute intracranial abnormality."),
    ("US THYROID", "Palpable nodule", "Grayscale and Doppler.", "Right lobe 5.2 x 1.9 x 1.8 cm containing a 1.6 cm solid hypoechoic nodule with smooth margins, no calcifications (TI-RADS 4). Left lobe normal.", "1.6 cm TI-RADS 4 right thyroid nodule; FNA recommended."),
    ("DXA BONE DENSITY", "Postmenopausal, screening", "Lumbar spine and bilateral hips.", "L1-L4 T-score -2.7. Left femoral neck T-score -2.1. Total hip T-score -1.8.", "Osteoporosis by WHO criteria. FRAX 10-year major fracture risk 14%."),
    ("US RENAL", "CKD", "Both kidneys imaged.", "Right kidney 9.8 cm, left kidney 10.1 cm with increased cortical echogenicity bilaterally. No hydronephrosis or stones. Bladder unremarkable.", "Echogenic kidneys consistent with medical renal disease. No obstruction."),
]


def g_imaging():
    v = rint(0, 6)
    org = site()
    h = hospital()
    rad = prov("rad")
    it = ch(IMG)
    ex, hist, tech, finds, imp = it
    fem = any(k in ex for k in ("OB", "MAMMO", "DXA"))
    p = make_patient(sex="F" if fem else None, age=rint(18, 40) if "OB" in ex else rint(45, 75) if ("MAMMO" in ex or "DXA" in ex) else None)
    gaw = rint(6, 12)
    ctxi = dict(crl=rint(5, 55), gaw=gaw, gad=rint(0, 6), fhr=rint(120, 175))
    finds, imp = fill(finds, ctxi), fill(imp, ctxi)
    refp = prov("fm")
    acc = "%s%d" % (ch(["RAD", "IMG", "", "CT", "US"]), rint(1000000, 9999999))
    cmp_ = ch(["None.", "None available.", fd(addd(p.when, -rint(200, 1500)), 0), "Prior study of %s." % fd(addd(p.when, -rint(100, 900)), 0)])
    if v in (0, 1):
        d = Doc(ch([0, 0, 1, 4]))
        d.add(letterhead(h, net=False, style=ch([1, 2, 4])) + ch(["\nDepartment of Radiology", "\nDiagnostic Imaging Services", ""]), "")
        d.add("Patient: %s   MRN: %s   DOB: %s   Sex: %s" % (pname(p, 1), p.mrn, fd(p.dob, 0), p.sex), "Exam Date: %s %s   Accession: %s" % (fd(p.when, 0), tm(), acc), "Ordering: %s   %s" % (refp.full(), org["name"]), "")
        d.sec(ch(["Exam", "Examination", "Procedure", "Study"]), ex, inline=True)
        d.sec(ch(["Clinical History", "History", "Indication", "Reason for Exam", "Clinical Information"]), hist)
        d.sec(ch(["Comparison", "Comparisons", "Prior"]), cmp_)
        d.sec(ch(["Technique", "Technique/Protocol"]), tech)
        d.sec("Findings", finds)
        d.sec(ch(["Impression", "IMPRESSION", "Conclusion"]), imp if chance(0.5) else "1. " + imp)
        d.add(ch(["Electronically signed by: %s on %s %s" % (rad.full(), fd(p.when, 0), tm()), "Dictated by: %s\nSigned: %s" % (rad.full(), fd(p.when, 0)), "Interpreting radiologist: %s" % rad.full()]))
        return finish(d.text(), p, h)
    if v == 2:  # short plain film paragraph
        txt = "%s\n%s  DOB %s  %s\n\n%s: %s\n\n%s %s\n\nIMPRESSION: %s\n\n%s" % (h["name"] if chance(0.6) else org["name"] + " - X-ray", pname(p, 1), fd(p.dob, 1), fd(p.when, 1), ex, hist, tech, finds, imp, rad.short())
        return finish(txt, p, h)
    if v == 3:  # OB ultrasound biometry report
        p = make_patient(age=rint(17, 40), sex="F")
        ga = rint(18, 34)
        lines = [ch(["Mesa Linda Women's Health Center - Ultrasound", h["name"] + " Perinatal Ultrasound", "Sierra del Sol OB Imaging"]), ch(["OBSTETRIC ULTRASOUND REPORT", "OB US 2nd/3rd Trimester - Detailed", "Fetal Anatomy Survey"]), "",
                 "Patient: %s  DOB %s  LMP %s  EDD (LMP) %s" % (pname(p, 4), fd(p.dob, 0), fd(addd(p.when, -ga * 7), 0), fd(addd(p.when, (40 - ga) * 7), 0)), "Referring: %s   Sonographer: %s, RDMS" % (prov("wh").full(), ch(PROV_F) + " " + ch(PROV_L)), "",
                 "Fetal number: 1   Cardiac activity: present, FHR %d bpm   Presentation: %s" % (rint(130, 160), ch(["cephalic", "breech", "variable"])), "Placenta: %s, no previa   AFI: %.1f cm" % (ch(["anterior", "posterior", "fundal"]), rfl(9, 18)), "",
                 "BIOMETRY        mm      GA", "  BPD         %5.1f   %dw%dd" % (ga * 2.5, ga, rint(0, 6)), "  HC          %5.1f   %dw%dd" % (ga * 9.1, ga, rint(0, 6)), "  AC          %5.1f   %dw%dd" % (ga * 8.7, ga + ch([-1, 0, 0, 1]), rint(0, 6)), "  FL          %5.1f   %dw%dd" % (ga * 1.95, ga, rint(0, 6)),
                 "  EFW  %d g (%dth percentile, Hadlock)" % (int(ga ** 3 * 0.058), rint(12, 85)), "", "Anatomy: %s" % ch(["Head, face, spine, heart (4CH, LVOT, RVOT), stomach, kidneys, bladder, cord insertion and extremities visualized and appear normal.", "Suboptimal views of the heart due to fetal position; otherwise normal. Recommend follow-up in 4 weeks."]),
                 "Cervical length: %.1f cm (transabdominal)" % rfl(3.0, 4.6), "", "IMPRESSION: Single live IUP at %d weeks %d days by biometry, concordant with dates. %s" % (ga, rint(0, 6), ch(["Normal anatomy survey.", "Incomplete cardiac views - rescan 4 wks.", "Normal growth."])), "", rad.full()]
        return finish("\n".join(lines), p, h)
    if v == 4:  # echo
        p = make_patient(age=rint(40, 80))
        ef = ch([60, 55, 45, 35, 65])
        lines = [h["name"] + " Echocardiography Lab", ch(["TRANSTHORACIC ECHOCARDIOGRAM", "Adult Echo Report", "2D ECHO WITH DOPPLER"]), "", "Name: %s   DOB: %s   Date: %s" % (pname(p, 1), fd(p.dob, 0), fd(p.when, 0)), "Height %d in  Weight %d lb  BSA %.2f m2  BP %s" % (rint(60, 72), rint(130, 260), rfl(1.6, 2.3, 2), vitals(p)["bp"]), "Indication: %s" % ch(["dyspnea", "murmur", "HTN, LVH on ECG", "CHF"]), "",
                 "MEASUREMENTS", "  LVIDd %.1f cm  LVIDs %.1f cm  IVSd %.1f cm  LVPWd %.1f cm" % (rfl(4.2, 6.0), rfl(2.6, 4.5), rfl(0.8, 1.4), rfl(0.8, 1.3)), "  LA %.1f cm   Ao root %.1f cm   LVEF (biplane) %d%%" % (rfl(3.2, 4.6), rfl(2.8, 3.6), ef), "  E/A %.1f   E/e' %d   TAPSE %.1f cm  RVSP %d mmHg" % (rfl(0.6, 1.8), rint(6, 16), rfl(1.6, 2.5), rint(22, 45)), "",
                 "FINDINGS", "Left ventricle: %s" % ("normal size and systolic function" if ef >= 55 else "mildly dilated with global hypokinesis" if ef < 45 else "mildly reduced systolic function, inferior hypokinesis"), "Right ventricle: normal size and function.", "Valves: %s" % ch(["trace MR, trace TR; AV trileaflet, no AS", "mild MR, no AS", "mild aortic sclerosis without stenosis"]), "Pericardium: no effusion.", "",
                 "CONCLUSION", "1. LVEF %d%%. %s" % (ef, ch(["Grade I diastolic dysfunction.", "Concentric LVH.", "No regional wall motion abnormality." if ef >= 55 else "Regional WMA as above."])), "2. %s" % ch(["Normal RV function.", "Estimated RVSP normal."]), "", "Interpreting physician: %s" % prov("spec").full()]
        return finish("\n".join(lines), p, h)
    if v == 5:  # teleradiology prelim
        lines = [ch(["NightHawk-West Teleradiology", "Desert Teleradiology Partners"]), ch(["PRELIMINARY REPORT", "Preliminary Interpretation - Final to follow", "WET READ"]), "Facility: %s" % h["name"], "Patient: %s  Age %d %s  MRN %s" % (pname(p, 1), p.age, p.sex, p.mrn),
                 "Study: %s   Received %s %s" % (ex, fd(p.when, 0), tm()), "History: " + hist, "", "PRELIM FINDINGS: " + finds, "", "IMPRESSION: " + imp, "", "Communicated to ED physician at %s." % tm() if chance(0.5) else "", "%s (remote)" % rad.full()]
        return finish("\n".join(lines), p, h)
    # v == 6 nuclear stress / mammogram letter style
    if chance(0.5):
        p = make_patient(age=rint(45, 78))
        lines = [h["name"] + " Nuclear Cardiology", ch(["MYOCARDIAL PERFUSION IMAGING", "Lexiscan Sestamibi SPECT", "NUCLEAR STRESS TEST REPORT"]), "Patient %s  DOB %s  Date %s" % (pname(p, 4), fd(p.dob, 0), fd(p.when, 0)), "",
                 "Indication: chest pain, inability to exercise", "Protocol: 1-day rest/stress Tc-99m sestamibi, %.1f/%.1f mCi. Regadenoson 0.4 mg IV." % (rfl(8, 12), rfl(28, 36)), "Stress ECG: %s" % ch(["no ischemic changes", "1 mm horizontal ST depression II, III, aVF"]),
                 "Perfusion: %s" % ch(["Normal perfusion in all segments.", "Small, mild reversible defect in the inferior wall.", "Fixed inferior defect consistent with scar, no ischemia."]), "Gated SPECT: LVEF %d%%, normal wall motion." % rint(48, 70), "",
                 "IMPRESSION: %s" % ch(["Normal myocardial perfusion study. Low risk.", "Small area of inferior ischemia. Intermediate risk.", "Inferior scar without ischemia."]), "", prov("spec").full()]
        return finish("\n".join(lines), p, h)
    p = make_patient(sex="F", age=rint(40, 72))
    birads = ch([("1", "Negative"), ("2", "Benign"), ("0", "Incomplete - need additional imaging evaluation")])
    lines = [ch(["Sierra del Sol Mobile Mammography", h["name"] + " Breast Imaging Center"]), "", "%s    DOB: %s    Exam date: %s" % (pname(p, 0), fd(p.dob, 0), fd(p.when, 0)), "Exam: %s" % ch(["Screening mammogram, bilateral (2D)", "MAMMO SCREEN BIL W/ CAD"]), "Program: %s" % ch(["Breast & Cervical Cancer Early Detection Program (BCC)", "self-pay sliding fee", "Medicaid"]), "",
             "Breast composition: %s" % ch(["almost entirely fatty", "scattered fibroglandular densities", "heterogeneously dense"]), "Findings: %s" % ("No suspicious findings." if birads[0] != "0" else "Possible asymmetry in the left breast upper outer quadrant, seen on CC view only."),
             "", "ASSESSMENT: BI-RADS %s - %s" % birads, "RECOMMENDATION: %s" % ("Diagnostic mammogram and possible ultrasound of the left breast." if birads[0] == "0" else "Routine screening mammogram in 1 year."), "", "A results letter was mailed to the patient in %s." % ch(["English", "Spanish"]), rad.full()]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# PATHOLOGY
# ----------------------------------------------------------------------------
PATH = [
    ("Gallbladder, cholecystectomy", "Received in formalin labeled with the patient's name and 'gallbladder' is an opened gallbladder measuring {a} x {b} x {c} cm. The serosa is tan-pink with focal fibrous adhesions. The wall ranges up to 0.5 cm. The mucosa is green-tan velvety. Multiple yellow-green faceted calculi, aggregate {d} cm. Representative sections submitted in 1 cassette.", "Acute and chronic cholecystitis with cholelithiasis. Negative for dysplasia or malignancy.", "Sections show gallbladder wall with transmural neutrophilic infiltrate, edema and Rokitansky-Aschoff sinuses."),
    ("Appendix, appendectomy", "Received fresh is an appendix measuring {a} cm in length and up to {b} cm in diameter, with a tan-gray dull serosa with fibrinopurulent exudate. The lumen contains a fecalith. Tip and representative sections submitted in 1 cassette.", "Acute suppurative appendicitis with periappendicitis. No perforation identified. Negative for neoplasm.", "Transmural acute inflammation with mucosal ulceration."),
    ("Colon, ascending, polyp, cold snare polypectomy", "Received in formalin is a single tan polypoid fragment of tissue measuring {b} x {c} cm. Entirely submitted in 1 cassette.", "Tubular adenoma. Negative for high-grade dysplasia.", "Sections show colonic mucosa with adenomatous epithelium with low-grade dysplasia."),
    ("Skin, left upper back, shave biopsy", "Received in formalin is a tan-brown shave of skin measuring {b} x {c} x 0.1 cm with a central pigmented lesion. Inked, trisected and entirely submitted.", "Compound nevus with mild architectural disorder. Lateral margins free.", "Nests of melanocytes at the dermoepidermal junction and in the dermis with maturation."),
    ("Cervix, 6 o'clock, colposcopic biopsy", "Received in formalin are 2 tan fragments of soft tissue measuring {b} cm in aggregate. Entirely submitted.", "Low-grade squamous intraepithelial lesion (LSIL/CIN 1). p16 patchy.", "Squamous mucosa with koilocytic atypia confined to the lower third."),
    ("Endometrium, biopsy (Pipelle)", "Received in formalin is {b} cc of red-tan mucoid tissue fragments. Entirely submitted in 1 cassette.", "Proliferative-phase endometrium. Negative for hyperplasia or malignancy.", "Endometrial glands and stroma in proliferative phase."),
    ("Fallopian tubes, bilateral, partial salpingectomy", "Received are two segments of fallopian tube, right {a} cm and left {b} cm in length, each with complete cross-sectional lumen. Cross-sections submitted.", "Segments of fallopian tube, right and left, with complete cross-sections of lumen. No pathologic abnormality.", "Complete cross-sections of tubal lumen identified bilaterally."),
    ("Soft tissue, upper back, excision", "Received in formalin is a lobulated yellow fatty mass measuring {a} x {b} x {c} cm, encapsulated. Sectioning reveals homogeneous yellow fat. Representative sections.", "Lipoma.", "Mature adipose tissue with thin fibrous capsule; no atypia."),
    ("Stomach, antrum, biopsies", "Received in formalin are 3 tan fragments, 0.2-0.3 cm. Entirely submitted.", "Chronic active gastritis with Helicobacter pylori-like organisms (confirmed by immunostain).", "Lamina propria with lymphoplasmacytic infiltrate and neutrophils; curved bacilli on surface epithelium."),
]


def g_path():
    v = rint(0, 5)
    h = hospital()
    pathd = prov("path")
    lab = ch(["%s Department of Pathology" % h["name"], "Southwest Pathology Associates, PC", "Desert Reference Laboratory - Anatomic Pathology"])
    acc = "%s%s-%05d" % (ch(["S", "SP", "SG", "PS"]), str(rint(9, 23)).zfill(2), rint(1, 99999))
    if v == 1:  # gyn cytology Pap
        p = make_patient(sex="F", age=rint(21, 64))
        interp = ch([("Negative for intraepithelial lesion or malignancy (NILM).", "Not detected"), ("Atypical squamous cells of undetermined significance (ASC-US).", "DETECTED (Other high-risk types)"),
                     ("Low-grade squamous intraepithelial lesion (LSIL).", "DETECTED (HPV 16)"), ("Negative for intraepithelial lesion or malignancy. Shift in flora suggestive of bacterial vaginosis.", "Not detected"),
                     ("High-grade squamous intraepithelial lesion (HSIL), with features suspicious for invasion not identified.", "DETECTED (HPV 18)")])
        lines = [lab.replace("Anatomic Pathology", "Cytology"), ch(["GYNECOLOGIC CYTOLOGY REPORT", "ThinPrep Pap Test", "CERVICAL/VAGINAL CYTOLOGY"]), "", "Patient: %s   DOB: %s   Accession: %s" % (pname(p, 1), fd(p.dob, 0), acc.replace("S", "GC", 1)),
                 "Submitting: %s, %s" % (prov("wh").full(), ch(["Mesa Linda Women's Health Center", "Las Palomas Family Health Center"])), "Collected %s   Received %s   Reported %s" % (fd(p.when, 0), fd(addd(p.when, 1), 0), fd(addd(p.when, rint(4, 9)), 0)),
                 "Clinical: LMP %s. %s" % (fd(addd(p.when, -rint(3, 30)), 1), ch(["Routine screening.", "Hx ASC-US.", "Postpartum.", "Contraception: IUD."])), "",
                 "SPECIMEN ADEQUACY: Satisfactory for evaluation; %s." % ch(["endocervical/transformation zone component present", "transformation zone component absent/insufficient"]),
                 "GENERAL CATEGORIZATION: %s" % ("Negative for intraepithelial lesion or malignancy." if "Negative" in interp[0] else "Epithelial cell abnormality. See interpretation."),
                 "INTERPRETATION/RESULT: %s" % interp[0], "", "HPV, High Risk (cobas): %s" % interp[1], "",
                 "Cytotechnologist: %s, CT(ASCP)" % (ch(PROV_F) + " " + ch(PROV_L)), "Pathologist: %s" % (pathd.full() if "Negative" not in interp[0] else pathd.full()) if chance(0.7) else "",
                 "The Pap test is a screening test with false-negative and false-positive results. Follow ASCCP guidelines."]
        return finish("\n".join(lines), p, h)
    if v == 5:  # thyroid FNA
        p = make_patient(age=rint(25, 70))
        cat = ch(["II. Benign - consistent with a benign follicular nodule", "III. Atypia of undetermined significance", "IV. Follicular neoplasm", "II. Benign"])
        lines = [lab, ch(["NON-GYNECOLOGIC CYTOLOGY", "FNA CYTOLOGY REPORT"]), "%s  DOB %s  Acc %s" % (pname(p, 1), fd(p.dob, 0), acc.replace("S", "NG", 1)), "Specimen: Thyroid, right lobe nodule, US-guided FNA (%d passes)" % rint(3, 5), "",
                 "DIAGNOSIS: Bethesda category %s." % cat, "", "Microscopic: %s" % ch(["Abundant colloid and benign follicular cells in macrofollicles. Scattered macrophages.", "Cellular specimen with follicular cells in microfollicular arrangement; scant colloid."]), "", "Adequacy: satisfactory (>6 groups of 10 follicular cells).", pathd.full()]
        return finish("\n".join(lines), p, h)
    spec, gross, dx, micro = ch(PATH)
    fem = "Cervix" in spec or "Endometrium" in spec or "Fallopian" in spec
    p = make_patient(sex="F" if fem else None, age=rint(20, 70))
    gross = fill(gross, dict(a=rfl(5, 10), b=rfl(0.6, 3.5), c=rfl(0.3, 2.5), d=rfl(1, 4)))
    surg = prov("surg")
    if v in (0, 2):
        d = Doc(ch([0, 2, 4]))
        d.add(letterhead(h, net=False, style=ch([1, 4])) if v == 0 else lab, ch(["SURGICAL PATHOLOGY REPORT", "Surgical Pathology", "PATHOLOGY REPORT", "Anatomic Pathology Consultation", ""]), "")
        d.add("Patient: %s   MRN: %s   DOB: %s   Sex: %s" % (pname(p, 1), p.mrn, fd(p.dob, 0), p.sex), "Accession #: %s   Collected: %s   Received: %s" % (acc, fd(p.when, 0), fd(addd(p.when, rint(0, 1)), 0)), "Physician(s): %s; cc: %s" % (surg.full(), ch(SITES)[0]), "")
        d.sec(ch(["Final Diagnosis", "Diagnosis", "FINAL PATHOLOGIC DIAGNOSIS"]), "%s:\n   - %s" % (spec.upper(), dx))
        if chance(0.6):
            d.sec(ch(["Clinical History", "Clinical Information", "Pre-op Diagnosis"]), ch(["Cholecystitis", "Appendicitis", "Polyp", "Lesion r/o atypia", "LSIL Pap", "AUB", "Sterilization", "Mass", "Gastritis", "See requisition"]))
        d.sec(ch(["Gross Description", "Gross", "Macroscopic"]), gross + " (%s/%s)" % (ch(["JM", "KT", "RP"]), ch(["dl", "ab"])))
        if chance(0.7):
            d.sec(ch(["Microscopic Description", "Microscopic", "Micro"]), micro)
        d.add("I have personally reviewed the slides and rendered the final diagnosis." if chance(0.5) else "", pathd.sig(), "Report date: %s" % fd(addd(p.when, rint(2, 6)), 0))
        return finish(d.text(), p, h)
    if v == 3:  # diagnosis only short
        lines = [lab, "%s  |  %s  |  %s" % (acc, pname(p, 1), fd(p.when, 1)), "", "SPECIMEN: %s" % spec, "", "DIAGNOSIS:", "  " + dx, "", "%s %s" % (pathd.short(), fd(addd(p.when, rint(2, 6)), 1))]
        return finish("\n".join(lines), p, h)
    # v == 4 amended/addendum report
    lines = [lab, ch(["** AMENDED REPORT **", "ADDENDUM", "Supplemental Report"]), "Pt: %s   Acc: %s   Orig. signout: %s" % (pname(p, 4), acc, fd(addd(p.when, 3), 0)), "",
             "Addendum diagnosis: %s" % ch(["Immunohistochemical stains performed on block A1 support the original diagnosis.", "Deeper levels examined; findings unchanged.", "Corrected laterality: specimen labeled as right by submitting clinician.", "H. pylori immunostain positive."]), "",
             "Original diagnosis:", "  %s - %s" % (spec, dx), "", "Reason for amendment: %s" % ch(["additional studies", "clerical correction", "clinician request"]), "", pathd.sig()]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# ECG
# ----------------------------------------------------------------------------
def g_ecg():
    v = rint(0, 5)
    p = make_patient(age=rint(30, 85))
    org = site()
    h = hospital()
    rhythm = ch([("Normal sinus rhythm", "Normal ECG", 0), ("Sinus bradycardia", "Otherwise normal ECG", 1), ("Sinus tachycardia", "Nonspecific ST and T wave abnormality", 2),
                 ("Normal sinus rhythm", "Left ventricular hypertrophy with repolarization abnormality", 0), ("Atrial fibrillation with rapid ventricular response", "Abnormal ECG", 3),
                 ("Normal sinus rhythm", "Inferior infarct, age undetermined", 0), ("Normal sinus rhythm", "Right bundle branch block", 0), ("Sinus rhythm with 1st degree AV block", "Borderline ECG", 1)])
    rate = {0: rint(62, 95), 1: rint(44, 58), 2: rint(102, 128), 3: rint(110, 150)}[rhythm[2]]
    pr = "" if rhythm[2] == 3 else str(rint(210, 260) if "1st degree" in rhythm[0] else rint(130, 196))
    qrs = rint(128, 150) if "bundle" in rhythm[1] else rint(76, 104)
    qt = int(400 - (rate - 60) * 1.5 + rint(-15, 15))
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    ax = (rint(-10, 80), rint(-30, 90), rint(-10, 80))
    if v in (0, 1):
        lines = ["%s   ID:%s   %s %s" % (pname(p, 1), p.mrn, fd(p.when, 3), tm()), "%s  %s" % (fd(p.dob, 3), ch(["Male", "Female"]) if False else ("Male" if p.sex == "M" else "Female")) + "   %d in  %d lb   %s" % (rint(60, 72), rint(120, 260), ch(["Hispanic", "Caucasian", "Unspecified race"])),
                 "Loc:%d  Option:%d  Room:%s" % (rint(1, 30), rint(1, 40), ch(["ED4", "CLINIC", "2W", "PREOP"])), "",
                 "Vent. rate        %3d BPM" % rate, "PR interval       %3s ms" % (pr or "*"), "QRS duration      %3d ms" % qrs, "QT/QTc        %d/%d ms" % (qt, qtc), "P-R-T axes   %s %d %d" % ("*" if rhythm[2] == 3 else ax[0], ax[1], ax[2]), "",
                 rhythm[0], rhythm[1], ch(["", "When compared with ECG of %s, no significant change was found" % fd(addd(p.when, -rint(100, 2000)), 3), "No previous ECGs available"])]
        if v == 0:
            lines += ["Confirmed by %s (%d) on %s %s" % (prov("spec").full().upper(), rint(100, 999), fd(addd(p.when, 1), 0), tm())]
        else:
            lines += ["** Unconfirmed - computer interpretation **", "Referred by: %s" % prov("fm").short()]
        lines += ["", "25mm/s  10mm/mV  %s  %s" % (ch(["40Hz", "150Hz", "100Hz"]), ch(["MAC5500", "PageWriter", "CardioSys"]) + " 0%d" % rint(1, 9))]
        return finish("\n".join(lines), p, h)
    if v == 2:  # cardiologist overread narrative
        txt = "%s\n%s\n\nPatient: %s   DOB: %s   Date of tracing: %s\nOrdering: %s\n\nThe tracing shows %s at a rate of %d beats per minute. %sQRS duration %d ms, QTc %d ms. Axis %s. %s\n\nINTERPRETATION: %s.%s\n\n%s" % (
            h["name"] if chance(0.5) else org["name"], ch(["ECG INTERPRETATION", "Electrocardiogram Report", "EKG Over-read", "12-LEAD ECG"]), pname(p, 0), fd(p.dob, 0), fd(p.when, 0), prov("fm").full(),
            rhythm[0].lower(), rate, ("PR interval %s ms. " % pr) if pr else "", qrs, qtc, ch(["normal", "leftward", "within normal limits"]), ch(["No acute ST elevation.", "There are %s." % ch(["T wave inversions in V1-V3", "Q waves in II, III, aVF", "voltage criteria for LVH"]), "No significant ST-T changes."]),
            rhythm[1], ch(["", " Clinical correlation recommended.", " Compared to prior, unchanged."]), prov("spec").full())
        return finish(txt, p, org)
    if v == 3:  # in-office checkbox form
        def cb(x):
            return "[X]" if x else "[ ]"
        lines = [org["name"], ch(["IN-OFFICE EKG INTERPRETATION", "12 Lead EKG - Provider Review", "EKG Reading Form"]), "Patient: %s   DOB: %s   Date: %s" % (pname(p, 4), fd(p.dob, 0), fd(p.when, 0)),
                 "Reason: %s" % ch(["pre-op clearance", "palpitations", "chest pain", "DM baseline", "HTN"]), "", "Rate: %d   Rhythm: %s" % (rate, rhythm[0]), "PR %s  QRS %d  QTc %d" % (pr or "--", qrs, qtc),
                 "%s Normal  %s Abnormal  %s Borderline" % (cb(rhythm[1].startswith("Normal")), cb(not rhythm[1].startswith(("Normal", "Borderline", "Otherwise"))), cb(rhythm[1].startswith("Borderline"))),
                 "%s ST elevation %s ST depression %s T wave inversion %s LVH %s BBB %s Q waves" % (cb(False), cb(chance(0.2)), cb(chance(0.2)), cb("hypertrophy" in rhythm[1]), cb("bundle" in rhythm[1]), cb("infarct" in rhythm[1])),
                 "Comparison: %s" % ch(["none", "no change from prior", "new since %d" % rint(2010, 2020)]), "Interpretation: %s" % rhythm[1], "Action: %s" % ch(["none", "refer cardiology", "sent to ED", "echo ordered"]), "", "Read by: %s" % prov("fm").short()]
        return finish("\n".join(lines), p, org)
    if v == 4:  # holter
        lines = [ch(["Holter Monitoring Report", "AMBULATORY ECG (HOLTER) - 24 HOUR", "48-hr Holter Summary"]), "%s  DOB %s  Hookup %s %s" % (pname(p, 1), fd(p.dob, 0), fd(p.when, 0), tm()), "Indication: %s" % ch(["palpitations", "syncope", "dizziness"]), "",
                 "Total beats: %d   Analyzed: %d h %d m" % (rint(85000, 140000), rint(22, 47), rint(0, 59)), "HR min %d (%s)  avg %d  max %d (%s)" % (rint(40, 58), tm(), rint(62, 88), rint(110, 160), tm()),
                 "PVCs: %d (%.1f%%)  couplets %d  runs 0" % (rint(0, 3000), rfl(0, 3), rint(0, 20)), "PACs: %d  SVT runs: %d (longest %d beats)" % (rint(10, 900), rint(0, 4), rint(0, 9)), "Pauses > 2.5 s: %d" % ch([0, 0, 1]),
                 "Diary events: %s" % ch(["'heart racing' at %s - sinus tachycardia 118" % tm(), "none recorded", "'dizzy' - sinus rhythm 72"]), "", "INTERPRETATION: %s" % ch(["Sinus rhythm with rare PACs/PVCs. Symptoms correlate with sinus tachycardia.", "Predominantly sinus rhythm. Brief paroxysmal SVT. No high-grade AV block.", "Paroxysmal atrial fibrillation, burden 4%."]), "", prov("spec").full()]
        return finish("\n".join(lines), p, h)
    # v == 5 exercise treadmill
    mphr = rint(72, 100)
    stress = ch(["no ischemic ST changes", "1.5 mm horizontal ST depression V4-V6 at peak, resolving at 3 min recovery", "upsloping ST depression < 1 mm"])
    concl = "Non-diagnostic (submaximal HR)." if mphr < 85 else "Positive ECG response for ischemia; recommend imaging/cath." if stress.startswith("1.5") else "Negative for ischemia at adequate workload."
    lines = [h["name"] + " Cardiology", ch(["EXERCISE TREADMILL TEST", "Exercise Stress ECG Report", "GXT - Bruce Protocol"]), "%s  Age %d  %s" % (pname(p, 1), p.age, fd(p.when, 0)), "Indication: %s" % ch(["chest pain", "pre-participation", "DM2 with exertional dyspnea"]), "",
             "Protocol: Bruce. Exercise time %d:%02d min, %.1f METs. Reason stopped: %s." % (rint(4, 11), rint(0, 59), rfl(5, 13), ch(["fatigue", "target HR achieved", "chest discomfort", "dyspnea"])),
             "Resting HR %d, BP %s. Peak HR %d (%d%% MPHR), BP %d/%d." % (rint(60, 90), vitals(p)["bp"], int((220 - p.age) * mphr / 100), mphr, rint(160, 210), rint(70, 90)),
             "Resting ECG: %s. Stress ECG: %s." % (rhythm[0] if rhythm[2] != 3 else "Normal sinus rhythm", stress), "Arrhythmias: %s" % ch(["none", "rare PVCs"]), "Duke treadmill score: %d" % (rint(-8, 2) if stress.startswith("1.5") else rint(3, 11)), "",
             "CONCLUSION: %s" % concl, "", prov("spec").full()]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# MEDICATION LISTS
# ----------------------------------------------------------------------------
def med_keys_for(key):
    c = OUT[key]
    ks = list(c["meds"])
    extra = pick(["asa", "omeprazole", "atorva", "cetirizine", "acetaminophen", "gabapentin", "trazodone", "ferrous"], rint(0, 3))
    return list(dict.fromkeys(ks[:rint(1, len(ks))] + extra)) if ks else extra


def g_medlist():
    v = rint(0, 6)
    key, c, p = out_case(ch(["dm2", "htn", "copd", "dep", "hld", "hypothy", "gerd", "asthma"]))
    org = site()
    pv = prov("fm")
    ks = med_keys_for(key)
    if v == 0:  # EHR current med list
        lines = [org["name"], ch(["Medication List", "Current Medications", "Active Medication Profile", "Medications (as of %s)" % fd(p.when, 0)]), "%s  DOB %s  MRN %s" % (pname(p, 4), fd(p.dob, 0), p.mrn), "Allergies: %s" % p.allergies, "",
                 "%-44s %-36s %-11s %s" % ("Medication", "Sig", "Start", "Prescriber")]
        for k in ks:
            n, dd, s, se, q = MEDS[k]
            lines.append("%-44s %-36s %-11s %s" % ((n + " " + dd)[:44], s[:36], fd(addd(p.when, -rint(10, 1500)), 0), ch([pv.short(), prov("fm").short(), "Historical Med", "Outside provider"])))
        lines += ["", "Reviewed with patient: %s" % ch(["Yes", "yes - pt brought bottles", "Y (interpreter)"]), "Printed %s by %s" % (fd(p.when, 0), prov("ma").full())]
        return finish("\n".join(lines), p, org)
    if v == 1:  # reconciliation at admission/discharge
        key2, s, p, adm, dis = inp_case()
        h = hospital()
        home = pick(["metformin", "lisinopril", "atorva", "omeprazole", "ibuprofen", "sertraline", "asa"], rint(2, 5))
        lines = [h["name"], ch(["MEDICATION RECONCILIATION", "Discharge Medication Reconciliation", "Admission Med Rec / Home Medication List"]), "Patient: %s  MRN %s  %s" % (pname(p, 1), p.mrn, fd(dis, 0)), "Source of list: %s" % ch(["patient", "pharmacy fill history", "family", "pt's bottles", "FQHC records"]), "",
                 "HOME MEDICATION                         ACTION      COMMENT"]
        for k in home:
            act = ch(["Continue", "Continue", "STOP", "Hold", "Modify"])
            if k == "ibuprofen" and key2 == "gib":
                act = "STOP"
            lines.append("%-40s %-11s %s" % ((MEDS[k][0] + " " + MEDS[k][1])[:40], act, ch(["", "", "due to AKI", "resume at PCP f/u", "new dose below"]) if act != "Continue" else ""))
        lines += ["", "NEW MEDICATIONS"] + ["  " + med_line(k, 2) for k in s["dcmeds"][:3]]
        lines += ["", "Reconciled by: %s   Pharmacist: %s, PharmD" % (prov("hosp").full(), ch(PROV_F + PROV_M) + " " + ch(PROV_L)), "Patient copy given: %s" % ch(["Yes (Spanish)", "Yes", "Yes - English"])]
        return finish("\n".join(lines), p, h)
    if v == 2:  # bilingual patient-held list
        lines = [ch(["MY MEDICINES / MIS MEDICAMENTOS", "Lista de Medicamentos - Medication List", "MEDICATION CARD / TARJETA DE MEDICINAS"]), org["net"], "",
                 "Name/Nombre: %s" % pname(p, 0), "Date of birth/Fecha de nacimiento: %s" % fd(p.dob, 0), "Allergies/Alergias: %s" % p.allergies, "Pharmacy/Farmacia: %s %s" % (ch(PHARMACIES), phone()), "",
                 "Medicine/Medicina | Dose/Dosis | How to take/Como tomar | For/Para"]
        for k in ks:
            n, dd, s, se, q = MEDS[k]
            lines.append("%s | %s | %s | %s" % (n, dd, se if chance(0.6) else s, ch([c["es"], c["name"].lower(), "dolor", "estomago", "colesterol", "corazon"]) if k in c["meds"] else ch(["dolor", "estomago", "alergias", "dormir", "vitaminas"])))
        lines += ["", "Updated/Actualizado: %s  by/por %s" % (fd(p.when, 0), ch([pv.short(), prov("rn").short()])), "Bring this list to every visit. / Traiga esta lista a cada cita."]
        return finish("\n".join(lines), p, org)
    if v == 3:  # pharmacist brown-bag review
        d = Doc(ch([0, 1, 5]))
        d.add(org["name"] + ch([" - Clinical Pharmacy", " Pharmacy Services", ""]), ch(["Comprehensive Medication Review", "Brown Bag Medication Review", "Clinical Pharmacist Note - Med Review", "MTM Session"]), "")
        d.add("Patient: %s   DOB: %s   Date: %s   Referred by: %s" % (pname(p, 4), fd(p.dob, 0), fd(p.when, 0), pv.full()), "")
        d.sec("Medications reviewed", numbered([med_line(k, 3) + " - " + ch(["taking as prescribed", "taking once daily instead of BID", "not taking - cost", "taking", "taking PRN only"]) for k in ks], 0))
        d.sec("OTC/herbal", ch(["Nopal capsules, canela tea", "Vicks, Alka-Seltzer", "none", "Ibuprofen from Mexico, vitamin B12 injections from pharmacy in Juarez", "Fish oil"]))
        d.sec("Drug therapy problems", numbered(pick(["Nonadherence due to cost - enrolled in 340B sliding-fee pharmacy", "Duplicate NSAID use (ibuprofen + naproxen)", "Needs statin per ADA guidelines", "Metformin GI side effects - switch to ER", "Inhaler technique poor", "Expired medications in bag - disposed"], rint(1, 3)), 1))
        d.sec("Plan", ch(["Pill box provided and filled. Updated med list given in Spanish.", "Recommendations sent to PCP for approval.", "Follow-up call in 2 weeks."]))
        d.add(ch(PROV_F + PROV_M) + " " + ch(PROV_L) + ", PharmD")
        return finish(d.text(), p, org)
    if v == 4:  # after-visit summary med section
        lines = [ch(["Your Medication List", "Lista de medicamentos actual", "Medications - Patient Copy"]), "%s - printed %s" % (pname(p, 0), fd(p.when, 2)), "",
                 "CONTINUE these medications:"] + ["  - " + med_line(k, 0, es=p.lang == "Spanish" and chance(0.6)) for k in ks[:-1]] + \
                ["", ch(["START taking:", "NEW:", "Changed:"]), "  - " + med_line(ks[-1], 0)] + (["", "STOP taking:", "  - " + ch(["Ibuprofen", "Glipizide", "Hydrochlorothiazide", "Naproxen"])] if chance(0.5) else []) + \
                ["", "If you have questions about your medicines, call %s." % org["ph"]]
        return finish("\n".join(lines), p, org)
    if v == 5:  # pharmacy fill history
        ph = ch(PHARMACIES)
        lines = [ph, ch(["PATIENT PROFILE / FILL HISTORY", "Prescription History Report", "Rx Profile"]), "Pt: %s   DOB %s   %s" % (pname(p, 1), fd(p.dob, 1), p.addr[1]), "Period: %s - %s" % (fd(addd(p.when, -180), 0), fd(p.when, 0)), "",
                 "Date       Rx#       Drug                                 Qty  Days Prescriber        Pay"]
        for k in ks:
            for _ in range(rint(1, 3)):
                lines.append("%s %-9d %-36s %-4s %-4s %-16s %s" % (addd(p.when, -rint(1, 180)).strftime("%m/%d/%y"), rint(1000000, 9999999), (MEDS[k][0] + " " + MEDS[k][1])[:36], MEDS[k][4].split()[0], ch(["30", "90", "10"]), pv.last.upper()[:16], ch(["340B", "MCD", "CASH", "$4 list"])))
        lines += ["", "** Profile for continuity of care - fax to %s %s **" % (org["name"], org["fax"])]
        return finish("\n".join(lines), p, org)
    # v == 6 nursing home/clinic MAR-style list
    lines = [ch(["MEDICATION ADMINISTRATION/REVIEW SHEET", "Med list verified at rooming"]), "%s   %s   Rm %d" % (pname(p, 1), fd(p.when, 0), rint(1, 12)), "",
             "Allergies verified: %s  [%s]" % (p.allergies, ch(["Y", "X"])), ""]
    for i, k in enumerate(ks):
        lines.append("%d) %s  %s  %s   Last dose: %s" % (i + 1, MEDS[k][0], MEDS[k][1], MEDS[k][2], ch(["today AM", "yesterday", "unknown", "1 wk ago", "this morning"])))
    lines += ["", "Pt reports taking: %s" % ch(["all as listed", "all except statin", "metformin only once a day"]), "MA: %s" % prov("ma").full()]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# PRESCRIPTIONS
# ----------------------------------------------------------------------------
def g_rx():
    v = rint(0, 6)
    key, c, p = out_case()
    org = site()
    pv = prov("peds" if c.get("peds") else "fm")
    ks = c["meds"] or ["acetaminophen"]
    k = ch(ks)
    n, dd, s, se, q = MEDS[k]
    if v == 0:  # printed EHR Rx
        lines = [letterhead(org, style=ch([0, 1, 2])), "", "%s   DEA# %s   NPI %s" % (pv.full(), pv.dea, pv.npi), "",
                 "Patient: %s          DOB: %s" % (pname(p, 0), fd(p.dob, 0)), "Address: %s, %s, %s %s" % p.addr, "Date: %s" % fd(p.when, 0), "",
                 "Rx", "%s %s" % (n, dd), "Sig: %s" % (se if p.lang == "Spanish" and chance(0.5) else s), "Disp: %s (%s)" % (q, ch(["thirty", "ninety", "ten", "sixty", "one"])), "Refills: %d" % rint(0, 5), "",
                 "[ ] Dispense as written     [X] Substitution permitted", "", "_______________________________", pv.full(), "", ch(["This prescription printed on security paper.", "Void if altered.", "PRINTED - NOT VALID FOR CONTROLLED SUBSTANCES WITHOUT WET SIGNATURE", ""])]
        return finish("\n".join(lines), p, org)
    if v == 1:  # dental Rx
        pv = prov("dent")
        k = ch(["amox", "ibuprofen", "chlorhex", "acetaminophen"])
        n, dd, s, se, q = MEDS[k]
        lines = [org["name"].replace("Family", "Dental") if "Dental" not in org["name"] else org["name"], "%s %s" % (org["addr"], org["city"]), "", "Name %s   Age %d   Date %s" % (pname(p, 0), p.age, fd(p.when, 1)), "",
                 "R/", "  %s %s" % (n, dd), "  #%s" % q, "  %s" % ch([s, se]), "  Refill: 0", "", "%s   Lic #D%d" % (pv.full(), rint(1000, 9999))]
        return finish("\n".join(lines), p, org)
    if v == 2:  # DME rx
        item = ch([("Blood glucose meter, test strips (#100), lancets (#100)", "Test blood sugar twice daily", "E11.9"), ("Nebulizer machine with tubing and mask", "Albuterol 2.5 mg/3 mL neb q4-6h PRN", "J45.909"),
                   ("Standard adult wheelchair", "Long-term use, non-ambulatory > 50 ft", "M17.0"), ("Blood pressure monitor, automatic, large adult cuff", "Check BP daily, log readings", "I10"), ("Spacer with mask (pediatric)", "Use with MDI", "J45.30"), ("Breast pump, double electric", "Postpartum lactation", "Z39.1")])
        lines = [org["name"], ch(["DURABLE MEDICAL EQUIPMENT ORDER", "Rx for DME / Supplies", "Prescription - Medical Supplies"]), "", "Patient: %s   DOB: %s   Medicaid/Ins: %s %s" % (pname(p, 4), fd(p.dob, 0), p.ins, p.member), "",
                 "Item: %s" % item[0], "Instructions: %s" % item[1], "Dx code: %s" % item[2], "Length of need: %s" % ch(["99 months (lifetime)", "12 months", "6 months"]), "Qty/Refills: %s" % ch(["1 / 0", "1 month supply / 11"]), "",
                 "Prescriber: %s   NPI %s" % (pv.full(), pv.npi), "Signature: ___________________  Date: %s" % fd(p.when, 0)]
        return finish("\n".join(lines), p, org)
    if v == 3:  # eyeglass Rx
        pv = prov("spec")
        pv.cred = "OD"
        lines = [ch(["Sierra del Sol Vision Clinic", "Las Palomas Family Health Center - Optometry"]), ch(["SPECTACLE PRESCRIPTION", "Eyeglass Rx", "Receta de lentes"]), "", "Name: %s   Date: %s" % (pname(p, 0), fd(p.when, 0)), "",
                 "       SPH      CYL     AXIS    ADD", "OD   %+.2f   %+.2f    %03d    %s" % (ch([-0.5, -1.25, -2.0, 0.75, 1.5, -3.25]), ch([-0.25, -0.75, -1.0, 0.0]), rint(1, 180), ch(["", "+1.75", "+2.25"])),
                 "OS   %+.2f   %+.2f    %03d    %s" % (ch([-0.75, -1.5, -2.25, 1.0, 1.25, -3.0]), ch([-0.5, -0.5, -1.25, 0.0]), rint(1, 180), ch(["", "+1.75", "+2.25"])), "PD: %d mm" % rint(56, 68), "",
                 "Lens: %s" % ch(["single vision, polycarbonate", "progressive", "bifocal FT-28"]), "Expires: %s" % fd(addd(p.when, 365), 0), "", pv.full()]
        return finish("\n".join(lines), p, org)
    if v == 4:  # controlled substance / pain Rx on paper
        h = hospital()
        pv = prov(ch(["surg", "er"]))
        k = ch(["oxycodone", "oxycodone", "cyclobenz"])
        n, dd, s, se, q = MEDS[k]
        lines = [h["name"], h["addr"] + ", " + h["city"] + " " + h["st"], "", "%s    DEA %s" % (pv.full(), pv.dea), "", "Name: %s   Address: %s   DOB: %s" % (pname(p, 0), p.addr[0], fd(p.dob, 0)), "Date: %s" % fd(p.when, 0), "",
                 "Rx: %s %s" % (n, dd), "Sig: %s" % s, "Disp: #%s (%s) tablets   NO REFILLS" % (q, ch(["twelve", "ten", "fifteen"])), "", "PMP checked: %s" % ch(["yes", "Y", "yes - no concerning fills"]), "Prescriber signature: ____________________", "", "Quantity check boxes: [ ] 1-24  [ ] 25-49  [ ] 50-74  [ ] 75-100"]
        return finish("\n".join(lines), p, h)
    if v == 5:  # pharmacy label / 340B
        ph = ch(PHARMACIES)
        lines = [ph, "%s  %s" % (org["city"], phone()), "Rx# %d   Date filled %s" % (rint(100000, 9999999), fd(p.when, 1)), pname(p, 0).upper(), "", (se if p.lang == "Spanish" else s).upper(), "", "%s %s" % (n.upper(), dd.upper()), "QTY: %s   REFILLS: %d   DISCARD AFTER %s" % (q, rint(0, 5), fd(addd(p.when, 365), 1)),
                 "DR. %s" % pv.last.upper(), "", ch(["Take with food.", "May cause drowsiness. / Puede causar sueno.", "Do not drink alcohol.", "Finish all of this medication."]), ch(["Copay $%d.00 (sliding fee)" % ch([4, 5, 10]), "340B program", ""])]
        return finish("\n".join(lines), p, org)
    # v == 6 e-prescription transmission record / refill
    ph = ch(PHARMACIES)
    lines = [ch(["ePrescription Transmission Report", "Prescription Sent", "Rx Detail - Electronic"]), "Prescriber: %s  (%s)" % (pv.full(), org["name"]), "Patient: %s  DOB %s" % (pname(p, 4), fd(p.dob, 0)), "Pharmacy: %s  Fax %s" % (ph, phone()), "",
             "Medication: %s %s" % (n, dd), "Directions: %s" % s, "Quantity: %s   Days supply: %s   Refills: %d" % (q, ch(["30", "90", "10", "5"]), rint(0, 3)), "Substitutions: %s" % ch(["allowed", "allowed", "not allowed"]), "Note to pharmacist: %s" % ch(["Pt uninsured - 340B pricing", "Spanish label please", "", "Dx %s" % dxcode(c, p.when)]), "",
             "Status: %s  %s %s" % (ch(["Transmitted", "Success", "Failed - printed and faxed"]), fd(p.when, 0), tm())]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# CORRESPONDENCE
# ----------------------------------------------------------------------------
def g_corr():
    v = rint(0, 7)
    key, c, p = out_case(ch(["dm2", "htn", "hld", "hypothy", "uti", "contra", "prenatal"]))
    org = site()
    pv = prov("fm")
    dt0 = addd(p.when, rint(1, 10))
    addr_blk = "%s\n%s\n%s, %s %s" % (pname(p, 0), p.addr[0], p.addr[1], p.addr[2], p.addr[3])
    if v == 0:  # lab result letter, bilingual
        es = p.lang == "Spanish"
        if es:
            body = "Estimado(a) %s:\n\nLe escribimos para informarle los resultados de sus analisis del %s. %s\n\n%s\n\nSi tiene preguntas, por favor llame al %s.\n\nAtentamente," % (
                pname(p, 0), fd(p.when, 0), ch(["Sus resultados son normales.", "Su nivel de azucar (A1c) esta alto: %.1f%%. Necesitamos verle en la clinica." % rfl(7.5, 11), "Su colesterol esta elevado. Favor de hacer una cita."]),
                ch(["No es necesario hacer cambios.", "Por favor continue tomando sus medicamentos.", "Favor de llamar para una cita en 2 semanas."]), org["ph"])
        else:
            body = "Dear %s,\n\nThis letter is to let you know the results of your recent %s tests done on %s. %s\n\n%s\n\nIf you have questions, please call us at %s.\n\nSincerely," % (
                pname(p, 0), ch(["blood", "lab", "laboratory"]), fd(p.when, 0), ch(["Your results were normal.", "Your A1c (3-month sugar average) was high at %.1f%%." % rfl(7.5, 11), "Your cholesterol was high (LDL %d)." % rint(150, 200), "Your thyroid test was abnormal."]),
                ch(["No changes are needed at this time.", "Please schedule a follow-up appointment.", "Continue your medications as prescribed."]), org["ph"])
        txt = "%s\n\n%s\n\n%s\n\n%s\n\n\n%s\n%s" % (letterhead(org), fd(dt0, 2) if not es else fd_es(dt0), addr_blk, body, pv.full(), org["name"])
        return finish(txt, p, org)
    if v == 1:  # specialist follow-up letter to PCP
        spec = ch(CONSULTS)
        sp = prov("spec")
        txt = "%s\n\n%s\n\n%s\n%s\n\nRE: %s, DOB %s\n\nDear %s:\n\nI saw %s in follow-up today for %s. %s %s\n\nCurrent plan: %s.\n\nI will see %s back in %s. Thank you for allowing me to share in %s care.\n\nSincerely,\n\n%s\n%s" % (
            "%s %s Clinic" % (ch(["Frontera", "Santa Lucia", "Southwest"]), spec[0]), fd(dt0, 2), pv.full(), org["name"], pname(p, 0), fd(p.dob, 0), pv.dr(), pname(p, 0), spec[2],
            ch(["%s is doing well." % p.He, "%s reports some improvement." % p.He, "Unfortunately %s has not been able to afford the recommended medication." % p.he]), spec[3], "; ".join(spec[4][:2]).lower(), p.him, ch(["3 months", "6 months", "6 weeks"]), p.his, sp.full(), spec[0])
        return finish(txt, p, org)
    if v == 2:  # missed appointment letter
        es = chance(0.5)
        txt = "%s\n\n%s\n\n%s\n\n%s\n\n%s\n\n%s" % (letterhead(org, style=ch([1, 3])), fd(dt0, 2), addr_blk,
              ("Estimado paciente:\n\nNotamos que falto a su cita del %s. Su salud es importante para nosotros. Por favor llame al %s para hacer una nueva cita." % (fd(p.when, 0), org["ph"])) if es else
              ("Dear Patient:\n\nOur records show that you missed your appointment on %s with %s. Your health is important to us. Please call %s to reschedule. Patients who miss 3 appointments in 12 months may be scheduled as same-day only." % (fd(p.when, 0), pv.full(), org["ph"])),
              ch(["Patient Services", "Front Office", "Atentamente, Recepcion"]), org["name"])
        return finish(txt, p, org)
    if v == 3:  # work/school excuse
        kid = chance(0.5)
        if kid:
            p = make_patient(peds=True)
        txt = "%s\n\n%s\n\nTo Whom It May Concern%s:\n\n%s was seen in our clinic on %s. %s may return to %s on %s%s.\n\n%s\n\n%s\n%s" % (
            letterhead(org), fd(dt0, 0), ch(["", " / A quien corresponda"]), pname(p, 0), fd(p.when, 2), p.He, "school" if kid else "work", fd(addd(p.when, rint(1, 5)), 2),
            ch(["", " with no restrictions", " with light duty - no lifting over 15 lbs for 1 week", ", excused from P.E. for 2 weeks"]), ch(["Please excuse any absence.", "Thank you.", ""]), pv.full(), org["ph"])
        return finish(txt, p, org)
    if v == 4:  # To whom it may concern, support letter
        purpose = ch([("housing authority", "requires a ground-floor unit due to severe COPD and difficulty with stairs"), ("utility company", "has a medical condition requiring refrigerated insulin; please do not disconnect electric service"),
                      ("immigration attorney", "has been a patient at our clinic since %d and has been treated for %s" % (rint(2009, 2018), c["name"].lower())), ("employer", "has a chronic medical condition requiring regular appointments every 3 months")])
        txt = "%s\n\n%s\n\nRE: %s   DOB %s\n\nTo Whom It May Concern:\n\nI am writing at the request of my patient, %s, for the %s. %s %s.\n\n%s\n\nPlease contact our office with any questions.\n\nRespectfully,\n\n\n%s\n%s" % (
            letterhead(org), fd(dt0, 2), pname(p, 0), fd(p.dob, 0), pname(p, 0), purpose[0], p.He, purpose[1], ch(["This condition is expected to be long-term.", "Thank you for your consideration.", ""]), pv.full(), ch(["Medical Director", "Primary Care Provider", ""]))
        return finish(txt, p, org)
    if v == 5:  # normal mammogram / pap letter
        p = make_patient(sex="F", age=rint(40, 65))
        txt = "%s\n\n%s\n\n%s\n\n%s\n\n%s" % (ch([letterhead(hospital(), net=False), letterhead(org)]), fd(dt0, 2), addr_blk,
              ch(["Dear %s,\n\nWe are pleased to inform you that the results of your recent %s were normal (no sign of cancer). A report has been sent to your provider. Remember that you should continue to have this test %s.\n\nThis letter is required by federal law (MQSA)." % (p.first, ch(["mammogram", "screening mammogram"]), ch(["every year", "every 1-2 years"])),
                  "Estimada %s,\n\nNos complace informarle que el resultado de su prueba de Papanicolaou fue normal. Su proxima prueba es en %d anos.\n\nGracias por cuidar su salud." % (p.first, ch([3, 5]))]), ch(["Breast Imaging Center", "Women's Health Team", pv.full()]))
        return finish(txt, p, org)
    if v == 6:  # patient portal / internal message thread
        ma = prov("ma")
        lines = [ch(["Telephone Encounter / Message", "Patient Portal Message", "Message Thread", "Staff Message"]), "Patient: %s  DOB %s" % (pname(p, 4), fd(p.dob, 0)), "",
                 "From: %s   To: %s   Sent: %s %s" % (pname(p, 0) if chance(0.5) else ma.full(), pv.full(), fd(p.when, 0), tm12()), "Subject: %s" % ch(["question about medicine", "refill", "lab results?", "pregunta"]),
                 ch(["Hi, my sugar readings are around 200 in the morning. Should I take more metformin?", "Necesito mi receta de la presion, ya se me acabo.", "Can I get my lab results?", "Pt called, states still having burning with urination after abx. Requests call back."]), "",
                 "From: %s   Sent: %s %s" % (pv.full(), fd(addd(p.when, 1), 0), tm12()), ch(["Please schedule a visit this week so we can adjust your medicine. Keep checking your sugar.", "Refill sent to pharmacy. Please make appt within 1 month.", "Labs reviewed, normal. Letter mailed.", "Please bring urine sample for culture; order placed."]),
                 "", "Call back: %s - %s" % (ma.full(), ch(["LVM", "spoke with pt, verbalized understanding", "unable to reach, letter sent", "spoke w/ pt in Spanish"]))]
        return finish("\n".join(lines), p, org)
    # v == 7 dismissal / transfer of care letter
    txt = "%s\n\n%s\n\nCERTIFIED MAIL\n\n%s\n\nDear %s,\n\n%s\n\nWe will remain available for urgent care for 30 days from the date of this letter, until %s. We will forward a copy of your records to your new provider upon receipt of a signed release.\n\nSincerely,\n\n%s\nMedical Director, %s" % (
        letterhead(org), fd(dt0, 2), addr_blk, pname(p, 0), ch(["This letter is to inform you that we will no longer be able to serve as your primary care provider due to repeated behavior that violated our patient code of conduct.", "As discussed, your care is being transferred to Dr. %s at %s closer to your home." % (prov("fm").last, ch(SITES)[0])]),
        fd(addd(dt0, 30), 2), prov("fm").full(), org["net"])
    return finish(txt, p, org)


# ----------------------------------------------------------------------------
# CONSENT FORMS
# ----------------------------------------------------------------------------
def sigblock(p, d, es=False, guardian=False):
    if es:
        return "\nFirma del paciente/Patient signature: ______________________  Fecha/Date: %s\n%s\nTestigo/Witness: ______________________\nInterprete/Interpreter: %s" % (fd(d, 0), "Padre/Tutor/Parent/Guardian: ______________________" if guardian else "", ch(["N/A", "#%d" % rint(1000, 9999), "staff - %s" % prov("ma").full()]))
    return "\nPatient signature: ______________________  Date: %s  Time: %s\n%sWitness: ______________________\nPrinted name: %s" % (fd(d, 0), tm(), "Parent/Legal Guardian: ______________________\n" if guardian else "", pname(p, 0))


def g_consent():
    v = rint(0, 7)
    org = site()
    h = hospital()
    p = make_patient()
    es = p.lang == "Spanish" and chance(0.7)
    if v == 0:  # general consent bilingual
        lines = [letterhead(org, style=ch([0, 1, 3])), "", ch(["CONSENT FOR TREATMENT / CONSENTIMIENTO PARA TRATAMIENTO", "General Consent and Acknowledgment", "Form SDS-101 Rev. %d/%d" % (rint(1, 12), rint(10, 22))]), "",
                 "Patient name/Nombre: %s      DOB/Fecha de nac.: %s" % (pname(p, 0), fd(p.dob, 0)), "",
                 "1. I consent to medical, dental and behavioral health care, including examinations, laboratory tests, immunizations and treatment provided by %s staff. / Doy mi consentimiento para recibir atencion medica, dental y de salud mental." % org["net"],
                 "2. I understand that %s is a federally qualified health center and that I may qualify for a discount based on income and family size (sliding fee)." % org["net"],
                 "3. I acknowledge receipt of the Notice of Privacy Practices. / Recibi el Aviso de Practicas de Privacidad.", "4. I authorize release of information to my insurance/Medicaid for payment. I assign benefits to the health center.",
                 "5. I understand that students and residents may take part in my care.", "6. %s" % ch(["Integrated care: my primary care and behavioral health providers may share information to coordinate my care.", "I consent to receive text message appointment reminders at %s." % p.phone]), "",
                 "This consent remains in effect until revoked in writing.", sigblock(p, p.when, True, p.age < 18)]
        return finish("\n".join(lines), p, org)
    if v == 1:  # hospital surgical consent
        key, o, p, ctx = op_case()
        sv = prov("surg")
        lines = [h["name"], ch(["INFORMED CONSENT FOR SURGERY OR PROCEDURE", "Authorization for Surgical/Medical Procedure", "CONSENT TO OPERATION, ANESTHESIA AND OTHER MEDICAL SERVICES"]), "",
                 "Patient: %s   MRN %s   DOB %s" % (pname(p, 1), p.mrn, fd(p.dob, 0)), "", "1. I authorize Dr. %s and such assistants as may be selected to perform the following procedure: %s." % (sv.last, o["name"].upper()),
                 "2. The nature and purpose of the procedure, possible alternative methods of treatment, the risks involved, and the possibility of complications have been explained to me. Risks include but are not limited to: %s." % ch(["bleeding, infection, injury to bile duct or bowel, conversion to open procedure, blood clots", "bleeding, infection, damage to nearby organs, need for further surgery, anesthesia reactions", "bleeding, infection, nerve injury, stiffness, hardware failure"]),
                 "3. I consent to the administration of anesthesia by or under the direction of the anesthesia provider.", "4. I consent to the disposal of any tissue removed, or its examination by pathology.",
                 "5. Blood transfusion: [%s] I consent  [%s] I refuse" % (ch(["X", " "]), " "), "6. I have read and understand this form, or it has been read/interpreted to me in %s." % ch(["Spanish", "English", "Navajo"]), "",
                 sigblock(p, p.when), "Physician statement: I have explained the procedure, risks, benefits and alternatives. ______________ %s" % sv.full()]
        return finish("\n".join(lines), p, h)
    if v == 2:  # dental consent
        lines = [ch(["Arroyo Seco Dental & Family Clinic", org["name"] + " - Dental"]), ch(["CONSENT FOR DENTAL TREATMENT", "Consentimiento para Tratamiento Dental", "Dental Treatment Informed Consent - Extractions"]), "",
                 "Patient: %s   DOB: %s   Tooth/Diente #: %s" % (pname(p, 0), fd(p.dob, 0), ", ".join(pick([str(x) for x in range(1, 33)], rint(1, 3)))), "",
                 "Treatment: %s" % ch(["Extraction(s) / Extraccion", "Fillings / Resinas", "Root canal / Endodoncia", "SRP - deep cleaning", "Nitrous oxide sedation"]),
                 "I understand that possible risks include: swelling, pain, bruising, dry socket, infection, numbness of lip/tongue/chin that may be temporary or rarely permanent, fracture of jaw, sinus involvement, damage to adjacent teeth or fillings.",
                 "Entiendo los riesgos que incluyen: hinchazon, dolor, infeccion, adormecimiento del labio o lengua.", "No guarantee has been made as to the results. Alternatives including no treatment were explained.", "",
                 "Initials: ____ I have had the opportunity to ask questions.", sigblock(p, p.when, es, p.age < 18), "Dentist: %s" % prov("dent").full()]
        return finish("\n".join(lines), p, org)
    if v == 3:  # telehealth consent
        p.when = dt.date(rint(2020, 2023), rint(1, 12), rint(1, 28))
        lines = [org["net"], ch(["CONSENT TO TELEHEALTH SERVICES", "Telemedicine Informed Consent", "Consentimiento para Telesalud"]), "",
                 "I, %s, consent to receive health care services via telehealth (video or telephone) from %s providers." % (pname(p, 0), org["net"]),
                 "I understand: - Telehealth involves electronic communication of my health information. - There are potential risks including technical failures and limits on physical examination. - I may decline telehealth and request an in-person visit. - The same privacy laws apply. - Visits may be billed to my insurance or sliding fee.",
                 "Verbal consent documented %s by %s%s." % (fd(p.when, 0), prov("ma").full(), ch(["", " (Spanish)"])) if chance(0.5) else sigblock(p, p.when, es)]
        return finish("\n".join(lines), p, org)
    if v == 4:  # HIV / vaccine consent
        if chance(0.5):
            lines = [org["name"], ch(["HIV TESTING CONSENT", "Consent for HIV/HCV/STI Testing", "Opt-out HIV Screening Notice"]), "", "Name: %s   DOB: %s" % (pname(p, 0), fd(p.dob, 0)), "",
                     "HIV testing is offered routinely to all patients aged 13-64. You have the right to decline. A reactive result will require confirmatory testing. Results are confidential and reported to the state health department as required by law.",
                     "[%s] I agree to testing   [%s] I decline" % (ch(["X", "x"]), " "), "Tests: [X] HIV  [%s] Hepatitis C  [%s] Syphilis  [%s] Chlamydia/Gonorrhea" % (ch(["X", " "]), ch(["X", " "]), ch(["X", " "])), sigblock(p, p.when, es)]
        else:
            p = make_patient(peds=True)
            lines = [org["name"], ch(["VACCINE ADMINISTRATION CONSENT", "Consentimiento para Vacunas", "Immunization Consent & VIS Acknowledgment"]), "", "Child: %s   DOB %s   Parent/Guardian: %s" % (pname(p, 0), fd(p.dob, 0), make_patient(age=35).first + " " + p.last), "",
                     "Screening: Is the child sick today? [ ]Y [X]N   Allergies to vaccine components? [ ]Y [X]N   Serious reaction to prior vaccine? [ ]Y [X]N   Immune problems? [ ]Y [X]N",
                     "I have received and read (or had explained) the Vaccine Information Statement(s) for: %s." % ", ".join(pick(["DTaP", "IPV", "MMR", "Varicella", "Hep A", "Hep B", "Influenza", "Tdap", "HPV", "MenACWY", "PCV13"], rint(2, 4))),
                     "VFC eligibility: [%s] Medicaid  [%s] Uninsured  [ ] AI/AN  [ ] Underinsured" % (ch(["X", " "]), ch(["X", " "])), sigblock(p, p.when, es, True)]
        return finish("\n".join(lines), p, org)
    if v == 5:  # psychotropic / BH consent
        lines = [org["name"] + " Behavioral Health", ch(["INFORMED CONSENT FOR PSYCHOTROPIC MEDICATION", "Consent for Behavioral Health Services", "Consentimiento para Servicios de Salud Mental"]), "",
                 "Client: %s   DOB: %s" % (pname(p, 0), fd(p.dob, 0)), "",
                 ch(["Medication: %s. Purpose: treatment of %s. Common side effects: nausea, headache, sleep changes, sexual side effects. Rare: increased suicidal thoughts in young adults - call 988 if this occurs. Alternatives: psychotherapy, no treatment." % (ch(["Sertraline", "Fluoxetine", "Bupropion", "Buspirone"]), ch(["depression", "anxiety"])),
                     "I consent to participate in behavioral health services including assessment, individual and family therapy. Limits of confidentiality: risk of harm to self or others, suspected child/elder abuse, court order. Information may be shared with my primary care team for integrated care."]),
                 "I understand I may withdraw consent at any time.", sigblock(p, p.when, es), "Clinician: %s" % prov("bh").full()]
        return finish("\n".join(lines), p, org)
    if v == 6:  # sterilization consent (federal-style)
        p = make_patient(sex="F", age=rint(22, 40))
        dsig = p.when
        lines = ["CONSENT FOR STERILIZATION", ch(["HHS-687 (style)", "Form %d" % rint(100, 999), ""]), "", "NOTICE: YOUR DECISION AT ANY TIME NOT TO BE STERILIZED WILL NOT RESULT IN THE WITHDRAWAL OR WITHHOLDING OF ANY BENEFITS PROVIDED BY PROGRAMS OR PROJECTS RECEIVING FEDERAL FUNDS.", "",
                 "CONSENT TO STERILIZATION", "I have asked for and received information about sterilization from %s. When I first asked for the information, I was told that the decision to be sterilized is completely up to me. I understand that the sterilization must be considered permanent and not reversible. I have decided that I do not want to become pregnant, bear children or father children." % prov("wh").full(),
                 "I was told about those temporary methods of birth control that are available. I understand that I will be sterilized by an operation known as a BILATERAL TUBAL LIGATION. The discomforts, risks and benefits associated with the operation have been explained to me.",
                 "I understand that the operation will not be done until at least thirty days after I sign this form. I am at least 21 years of age and was born on %s." % fd(p.dob, 0), "",
                 "Signature: ____________________  Date: %s" % fd(dsig, 0), "Race and ethnicity designation (optional): %s" % p.eth, "", "INTERPRETER'S STATEMENT: I have translated the information and advice presented orally to the individual to be sterilized. I have also read her the consent form in %s language and explained its contents." % ch(["Spanish", "Spanish", "Navajo"]),
                 "Interpreter: ____________________  Date: %s" % fd(dsig, 0), "", "STATEMENT OF PERSON OBTAINING CONSENT: ____________________ %s, %s" % (prov("wh").full(), ch(["Mesa Linda Women's Health Center", org["name"]])), "", "PHYSICIAN'S STATEMENT (at time of procedure): date of sterilization ____________"]
        return finish("\n".join(lines), p, org)
    # v == 7 transfusion / release of liability for AMA? -> transfusion consent
    lines = [h["name"], ch(["CONSENT FOR BLOOD TRANSFUSION", "Blood and Blood Products Consent / Refusal"]), "%s  MRN %s" % (pname(p, 1), p.mrn), "",
             "I have been informed of the need for transfusion of: [X] Red cells [ ] Platelets [ ] Plasma.", "Risks explained: fever, allergic reaction, hemolytic reaction, infection transmission (HIV approx. 1 in 2 million, hepatitis C approx. 1 in 2 million), transfusion-related lung injury, volume overload.",
             "Alternatives explained: none / iron / erythropoietin.", "This consent is valid for the current admission.", "", "[%s] I CONSENT   [ ] I REFUSE transfusion" % ch(["X", "x"]), sigblock(p, p.when, es), "Physician: %s" % prov("hosp").full()]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# REFERRAL LETTERS
# ----------------------------------------------------------------------------
def g_referral():
    v = rint(0, 6)
    spec, okey, reason, finding, recs = ch(CONSULTS)
    c = OUT[okey]
    p = make_patient(sex="F" if okey == "prenatal" else None, age=rint(19, 40) if okey == "prenatal" else None)
    org = site()
    pv = prov("fm")
    sp = prov("spec")
    if v == 0:  # EHR referral form
        lines = [letterhead(org, style=ch([0, 1, 4])), "", ch(["REFERRAL REQUEST", "Outgoing Referral", "Specialty Referral Form", "Referral / Interconsulta"]), "",
                 "Referral date: %s   Priority: %s" % (fd(p.when, 0), ch(["Routine", "Urgent", "Routine", "STAT"])), "Patient: %s   DOB: %s   Sex: %s   Phone: %s" % (pname(p, 4), fd(p.dob, 0), p.sex, p.phone), "Language: %s   Interpreter needed: %s" % (p.lang, "Yes" if p.lang == "Spanish" else "No"),
                 "Insurance: %s   ID: %s   Auth #: %s" % (p.ins, p.member, ch(["pending", "N/A - self pay", "A%d" % rint(100000, 999999)])), "",
                 "Refer to: %s, %s" % (sp.full(), spec), "Referring provider: %s   NPI %s" % (pv.full(), pv.npi), "Reason for referral: %s" % reason, "Diagnosis: %s (%s)" % (c["name"], dxcode(c, p.when)), "Clinical summary: %s" % finding,
                 "Current meds: %s" % meds_block(c["meds"][:3], 4), "Attached: %s" % ", ".join(pick(["last office note", "labs", "imaging report", "med list", "problem list"], rint(2, 4))), "",
                 "Referral coordinator: %s  %s ext %d" % (prov("chw").full(), org["ph"], rint(100, 399))]
        return finish("\n".join(lines), p, org)
    if v == 1:  # Dear Dr letter
        txt = "%s\n\n%s\n\n%s\n%s\n\nRe: %s   DOB: %s\n\nDear %s,\n\nI am referring %s, a %s %s, for %s evaluation of %s. %s\n\n%s Current medications include %s. Allergies: %s.\n\n%s\n\nThank you for seeing this patient. %s\n\nSincerely,\n\n%s\n%s" % (
            letterhead(org), fd(p.when, 2), sp.full(), "%s Clinic" % spec, pname(p, 0), fd(p.dob, 0), sp.dr(), pname(p, 0), age_str(p), p.gender, spec.lower(), reason, finding,
            fill(ch(c["hpi"]), hpi_ctx(p)), meds_block(c["meds"][:3], 4).lower(), p.allergies, ch(["Specifically, I would appreciate your recommendations regarding further management.", "My question is whether further workup or a change in therapy is warranted.", "Please evaluate and treat as you see fit."]),
            ch(["The patient is uninsured and enrolled in our sliding fee program; please let us know of any charity care options.", "The patient prefers Spanish.", ""]), pv.full(), org["name"])
        return finish(txt, p, org)
    if v == 2:  # internal BH warm handoff referral
        lines = [ch(["Internal Referral - Integrated Behavioral Health", "BH REFERRAL", "Referral to Behavioral Health Consultant"]), org["name"], "", "Patient: %s  DOB %s  MRN %s" % (pname(p, 4), fd(p.dob, 0), p.mrn), "Referred by: %s   Date: %s" % (pv.full(), fd(p.when, 0)),
                 "Reason: [%s] Depression  [%s] Anxiety  [%s] Substance use  [%s] Chronic disease adjustment  [%s] Social needs  [ ] Other" % tuple(ch(["X", " "]) for _ in range(5)),
                 "PHQ-9: %d   GAD-7: %d   AUDIT-C: %d" % (rint(5, 24), rint(3, 20), rint(0, 8)), "Urgency: %s" % ch(["Warm handoff today", "Within 1 week", "Routine"]), "Comments: %s" % ch(["Pt tearful during visit, open to talking to counselor.", "Poor adherence related to stress at home.", "Positive PHQ-9 item 9 - assessed, no plan."]), "",
                 "Scheduled with: %s on %s" % (prov("bh").full(), fd(addd(p.when, rint(0, 10)), 0))]
        return finish("\n".join(lines), p, org)
    if v == 3:  # charity / specialty access program
        lines = [ch(["County Specialty Care Access Program", "Frontera Physicians Volunteer Network", "Project Puente - Specialty Care for the Uninsured"]), ch(["REFERRAL AND ELIGIBILITY FORM", "Patient Referral Form"]), "",
                 "Referring clinic: %s   Contact: %s   Fax %s" % (org["name"], prov("chw").full(), org["fax"]), "Patient: %s   DOB %s   Household size: %d   Monthly income: $%d   FPL: %d%%" % (pname(p, 0), fd(p.dob, 0), rint(1, 7), rint(0, 3200), rint(0, 200)),
                 "Insurance status: %s" % ch(["Uninsured - not eligible for Medicaid", "Uninsured, application pending", "Emergency Medicaid only"]), "Specialty requested: %s" % spec, "Diagnosis / reason: %s" % reason, "Pertinent findings: %s" % finding, "",
                 "PCP attestation: I will continue to provide primary care for this patient. ______ %s" % pv.full(), "For program use: Approved [ ]  Denied [ ]  Assigned to: ________"]
        return finish("\n".join(lines), p, org)
    if v == 4:  # fax referral packet cover + clinical summary
        lines = [fax_header(org, p.when), ch(["REFERRAL", "Referral - please schedule", "NEW REFERRAL - ATTN SCHEDULING"]), "To: %s %s   Fax: %s" % (spec, ch(["Clinic", "Dept"]), phone()), "From: %s   Phone %s" % (org["name"], org["ph"]), "", "Please schedule %s for %s. %s" % (pname(p, 0), reason, ch(["Pt has been waiting 3 months.", "Urgent per provider.", "Please call pt in Spanish at %s." % p.phone])),
                 "", "Dx: %s %s" % (dxcode(c, p.when), c["name"]), "Summary: %s" % finding, "Requested: %s" % ch(["evaluate and treat", "consult only", "procedure"]), "", "Provider: %s" % pv.full()]
        return finish("\n".join(lines), p, org)
    if v == 5:  # dental referral
        pv = prov("dent")
        lines = [ch(["Arroyo Seco Dental & Family Clinic", "Sierra del Sol Dental"]), ch(["DENTAL REFERRAL", "Referral to Oral Surgery", "Referral - Pediatric Dentistry under GA"]), "", "Patient: %s  DOB %s" % (pname(p, 0), fd(p.dob, 0)), "Referred to: %s, %s" % (prov("dent").full(), ch(["Oral & Maxillofacial Surgery", "Endodontics", "Pediatric Dentistry (hospital GA)"])),
                 "Reason: %s" % ch(["Impacted #1, #16, #17, #32 - symptomatic pericoronitis", "Severe ECC, uncooperative, needs GA", "Endo retreatment #19", "Lesion R lateral tongue, 1 cm white patch x 2 mo - r/o dysplasia"]), "Radiographs: %s enclosed" % ch(["Pano", "BWX + PA", "none"]),
                 "Medical hx: %s  Allergies: %s" % (ch(["unremarkable", "DM2", "HTN", "asthma"]), p.allergies), "", pv.full()]
        return finish("\n".join(lines), p, org)
    # v == 6 short handwritten-ish referral slip
    lines = [org["name"], "Ref to: %s" % spec, "Pt: %s  %s" % (pname(p, 1), fd(p.dob, 1)), "Dx: %s" % ch(c["short"]), "Reason: %s" % reason, "Please eval & tx. Thank you.", pv.short() + "  " + fd(p.when, 1)]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# ADVANCE DIRECTIVES
# ----------------------------------------------------------------------------
def g_ad():
    v = rint(0, 5)
    p = make_patient(age=rint(45, 90))
    org = site()
    agent = make_patient(age=rint(25, 60))
    agent.last = p.last if chance(0.6) else agent.last
    rel = ch(["daughter", "son", "wife", "husband", "sister", "niece", "hija", "hijo"])
    st = ch(["New Mexico", "Arizona", "Texas"])
    if v == 0:  # statutory AD
        lines = ["%s ADVANCE HEALTH-CARE DIRECTIVE" % st.upper() if chance(0.5) else ch(["OPTIONAL ADVANCE HEALTH CARE DIRECTIVE", "Advance Directive for Health Care"]), "", "Explanation: You have the right to give instructions about your own health care. You also have the right to name someone else to make health-care decisions for you. This form lets you do either or both of these things.", "",
                 "PART 1. POWER OF ATTORNEY FOR HEALTH CARE", "(1) DESIGNATION OF AGENT: I designate the following individual as my agent to make health-care decisions for me:", "    Name: %s   Relationship: %s" % (pname(agent, 0), rel), "    Address: %s, %s, %s   Phone: %s" % (agent.addr[0], agent.addr[1], agent.addr[2], agent.phone),
                 "    Alternate agent: %s" % ch(["(none)", pname(make_patient(), 0)]), "(2) AGENT'S AUTHORITY: My agent is authorized to make all health-care decisions for me, including decisions to provide, withhold, or withdraw artificial nutrition and hydration.", "(3) WHEN AGENT'S AUTHORITY BECOMES EFFECTIVE: when my primary physician determines that I lack capacity.", "",
                 "PART 2. INSTRUCTIONS FOR HEALTH CARE", "(6) END-OF-LIFE DECISIONS: If I have an incurable and irreversible condition that will result in my death within a relatively short time, or I become unconscious and, to a reasonable degree of medical certainty, will not regain consciousness:",
                 "   [%s] (a) Choice NOT To Prolong Life" % ch(["X", "x", " "]), "   [%s] (b) Choice To Prolong Life" % ch([" ", " ", "X"]), "(7) RELIEF FROM PAIN: I direct that treatment for alleviation of pain be provided at all times.", "(8) OTHER WISHES: %s" % ch(["I want to die at home if possible.", "I want a priest to be called.", "Quiero morir en mi casa con mi familia.", "(none)"]), "",
                 "PART 4. PRIMARY PHYSICIAN: %s, %s" % (prov("fm").full(), org["name"]), "", "Signed: ______________________  Date: %s" % fd(p.when, 0), "Name: %s   DOB: %s" % (pname(p, 0), fd(p.dob, 0)), "Witness 1: ____________  Witness 2: ____________", "(Notary optional)"]
        return finish("\n".join(lines), p, org)
    if v == 1:  # Spanish directive
        lines = ["DIRECTIVA ANTICIPADA PARA CUIDADO DE SALUD", "(Advance Directive - Spanish version)", org["net"], "", "Yo, %s, nacido(a) el %s, estando en pleno uso de mis facultades, hago esta declaracion." % (pname(p, 0), fd_es(p.dob)), "",
                 "PARTE 1. Nombro a mi agente: %s (%s), telefono %s." % (pname(agent, 0), rel, agent.phone), "PARTE 2. Instrucciones: Si tengo una enfermedad incurable e irreversible:",
                 "  [%s] NO quiero que se prolongue mi vida." % ch(["X", "X", " "]), "  [%s] SI quiero que se prolongue mi vida lo mas posible." % ch([" ", " ", "X"]), "Alimentacion artificial: [%s] si  [%s] no" % (ch([" ", "X"]), ch(["X", " "])), "Otros deseos: %s" % ch(["Quiero recibir los sacramentos.", "Donar mis organos.", "Ninguno."]), "",
                 "Firma: ______________________   Fecha: %s" % fd_es(p.when), "Testigos: ______________  ______________"]
        return finish("\n".join(lines), p, org)
    if v == 2:  # POLST/MOST
        code = ch(["Attempt Resuscitation/CPR", "Do Not Attempt Resuscitation/DNR (Allow Natural Death)"])
        lines = [ch(["MEDICAL ORDERS FOR SCOPE OF TREATMENT (MOST)", "PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT", "Portable Medical Order - Life-Sustaining Treatment"]), "HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROFESSIONALS AS NECESSARY FOR TREATMENT", "",
                 "Patient: %s   DOB: %s   Sex: %s" % (pname(p, 1), fd(p.dob, 0), p.sex), "", "A. CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing):", "   [X] %s" % code, "",
                 "B. MEDICAL INTERVENTIONS (patient has pulse and/or is breathing):", "   [%s] Comfort Measures Only  [%s] Limited Additional Interventions  [%s] Full Treatment" % (ch(["X", " "]), ch(["X", " "]), " " if "DNR" in code else "X"),
                 "C. ARTIFICIALLY ADMINISTERED NUTRITION: [%s] No artificial nutrition  [%s] Defined trial  [ ] Long-term" % (ch(["X", " "]), ch([" ", "X"])), "", "D. DISCUSSED WITH: [%s] Patient  [%s] Agent/Surrogate (%s)" % ("X", ch(["X", " "]), pname(agent, 0)),
                 "Goals of care: %s" % ch(["Comfort, remain at home.", "Longevity with quality; avoid ICU.", "Full treatment until family arrives from Mexico."]), "", "Practitioner: %s   Phone %s   Date %s" % (prov("fm").full(), org["ph"], fd(p.when, 0)), "Patient/surrogate signature: ____________", "", "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED"]
        return finish("\n".join(lines), p, org)
    if v == 3:  # prehospital DNR
        lines = [ch(["PREHOSPITAL MEDICAL CARE DIRECTIVE (DO NOT RESUSCITATE)", "OUT-OF-HOSPITAL DO-NOT-RESUSCITATE ORDER", "EMS DNR"]), "", "In the event of cardiac or respiratory arrest, I refuse any resuscitation measures including cardiac compression, endotracheal intubation and other advanced airway management, artificial ventilation, defibrillation, administration of advanced cardiac life support drugs and related emergency medical procedures.", "",
                 "Patient: %s   DOB: %s   Sex: %s   Eyes: %s   Hair: %s   Race: %s" % (pname(p, 0), fd(p.dob, 0), p.sex, ch(["brown", "hazel", "blue"]), ch(["gray", "black", "white", "brown"]), p.eth), "Hospice: %s" % ch(["none", "Valle Hospice", "Sunrise Hospice & Palliative"]), "",
                 "Patient signature or mark: ______   Date %s" % fd(p.when, 0), "Licensed health care provider: %s ______" % prov("fm").full(), "Witness: ______", "", "(Attach photo)  [PHOTO]"]
        return finish("\n".join(lines), p, org)
    if v == 4:  # mental health POA
        lines = [ch(["DURABLE MENTAL HEALTH CARE POWER OF ATTORNEY", "Psychiatric Advance Directive", "Mental Health Treatment Declaration"]), "", "I, %s, being an adult of sound mind, voluntarily designate %s (%s) as my agent to make mental health care decisions for me when I am found incapable." % (pname(p, 0), pname(agent, 0), rel),
                 "Preferred facility: %s. Facilities to avoid: %s." % (ch([h[0] for h in HOSPITALS]), ch(["none", "any out-of-state facility"])), "Medications I consent to: %s. Medications I refuse: %s." % (ch(["sertraline, quetiapine", "lithium", "any approved by my psychiatrist"]), ch(["haloperidol (severe reaction)", "none", "ECT"])),
                 "Crisis contacts: %s %s" % (pname(agent, 0), agent.phone), "", "Signed %s   ______________" % fd(p.when, 0), "Witnessed by: ______________ (not related, not a provider)"]
        return finish("\n".join(lines), p, org)
    # v == 5 wishes booklet / clinic AD acknowledgment
    lines = [org["name"], ch(["My Health Care Wishes / Mis Deseos", "ADVANCE CARE PLANNING WORKSHEET", "Living Will Declaration"]), "", "Name: %s   DOB: %s" % (pname(p, 0), fd(p.dob, 0)), "",
             "1. The person I want to make care decisions for me when I can't: %s (%s) tel %s" % (pname(agent, 0), rel, agent.phone), "2. The kind of medical treatment I want or don't want: %s" % ch(["no breathing machine if no hope of recovery", "everything possible", "comfort care, pain control, no feeding tube"]),
             "3. How comfortable I want to be: %s" % ch(["medicine for pain even if it makes me sleepy", "keep me clean and warm, lips moist"]), "4. How I want people to treat me: %s" % ch(["family present, music in Spanish", "prayers, rosary", "at home"]), "5. What I want my loved ones to know: %s" % ch(["I love them", "Don't fight among yourselves", "I am at peace"]), "",
             "Signature ____________  Date %s   Witness ____________" % fd(p.when, 0), "Copy given to: [X] patient  [%s] agent  [X] scanned to chart" % ch(["X", " "])]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# IMMUNIZATION RECORDS
# ----------------------------------------------------------------------------
CHILD_SCHED = [("HepB", 0), ("HepB", 2), ("DTaP", 2), ("IPV", 2), ("Hib", 2), ("PCV13", 2), ("Rotavirus", 2), ("DTaP", 4), ("IPV", 4), ("Hib", 4), ("PCV13", 4), ("Rotavirus", 4),
               ("DTaP", 6), ("HepB", 6), ("PCV13", 6), ("Influenza", 7), ("MMR", 12), ("Varicella", 12), ("HepA", 12), ("Hib", 15), ("PCV13", 15), ("DTaP", 18), ("HepA", 18),
               ("DTaP", 54), ("IPV", 54), ("MMR", 54), ("Varicella", 54), ("Tdap", 132), ("MenACWY", 132), ("HPV", 132), ("HPV", 140), ("MenACWY", 192)]
MFR = {"HepB": ["MSD", "SKB"], "DTaP": ["PMC", "SKB"], "IPV": ["PMC"], "Hib": ["PMC", "MSD"], "PCV13": ["PFR"], "Rotavirus": ["MSD", "SKB"], "Influenza": ["SEQ", "PMC", "SKB"], "MMR": ["MSD"],
       "Varicella": ["MSD"], "HepA": ["SKB", "MSD"], "Tdap": ["SKB", "PMC"], "MenACWY": ["PMC", "SKB"], "HPV": ["MSD"], "COVID-19": ["PFR", "MOD"], "PPSV23": ["MSD"], "Zoster (RZV)": ["SKB"], "Td": ["MBL"]}
CPT = {"HepB": "90744", "DTaP": "90700", "IPV": "90713", "Hib": "90648", "PCV13": "90670", "Rotavirus": "90680", "Influenza": "90686", "MMR": "90707", "Varicella": "90716", "HepA": "90633",
       "Tdap": "90715", "MenACWY": "90734", "HPV": "90651", "COVID-19": "91300", "PPSV23": "90732", "Zoster (RZV)": "90750", "Td": "90714"}


def vax_hist(p):
    out = []
    age_m = p.age * 12 + rint(0, 11)
    for name, m in CHILD_SCHED:
        if m <= age_m and chance(0.93):
            out.append((name, addd(p.dob, int(m * 30.4) + rint(0, 25))))
    if p.age >= 18:
        out = [(n, addd(p.dob, int(m * 30.4))) for n, m in CHILD_SCHED[:12] if chance(0.4)]
        for y in range(max(p.when.year - 6, 2010), p.when.year + 1):
            if chance(0.55):
                out.append(("Influenza", dt.date(y, rint(9, 12), rint(1, 28))))
        if chance(0.5):
            out.append(("Tdap", addd(p.when, -rint(30, 3000))))
        if p.when.year >= 2021 and chance(0.7):
            d0 = dt.date(2021, rint(2, 8), rint(1, 28))
            out += [("COVID-19", d0), ("COVID-19", addd(d0, 21 if chance(0.5) else 28))]
        if p.age >= 60 and chance(0.5):
            out.append(("PPSV23", addd(p.when, -rint(30, 900))))
    out = [x for x in out if x[1] <= p.when]
    out.sort(key=lambda x: x[1])
    return out


def g_imm():
    v = rint(0, 6)
    p = make_patient(peds=chance(0.65))
    org = site(peds=p.age < 18)
    hist = vax_hist(p)
    if not hist:
        hist = [("Influenza", p.when)]
    reg = ch(["NM Statewide Immunization Information System (NMSIIS-style)", "State Immunization Registry", "ASIIS Registry Report", "Immunization Information System - Official Record"])
    if v == 0:  # registry printout
        lines = [reg, ch(["OFFICIAL IMMUNIZATION RECORD", "Patient Immunization History", "Consolidated Immunization Report"]), "Printed %s by %s" % (fd(p.when, 0), org["name"]), "",
                 "Name: %s   DOB: %s   Sex: %s   Registry ID: %d" % (pname(p, 1), fd(p.dob, 0), p.sex, rint(1000000, 9999999)), "Mother's maiden name: %s" % ch(L_HISP + L_ANG) if p.age < 18 else "", "",
                 "%-14s %-11s %-5s %-10s %-5s %s" % ("Vaccine", "Date", "Dose", "Lot", "Mfr", "Provider/Source")]
        cnt = {}
        for n, d in hist:
            cnt[n] = cnt.get(n, 0) + 1
            lines.append("%-14s %-11s %-5s %-10s %-5s %s" % (n, fd(d, 0), cnt[n], "%s%d" % (ch("ABCUX"), rint(1000, 99999)), ch(MFR.get(n, ["UNK"])), ch([org["name"][:24], "Historical", "Santa Lucia RMC", "Public Health Office"])))
        if p.age < 18:
            lines += ["", "Vaccines due/Recommended: %s" % ", ".join(pick(["Influenza", "HPV #2", "MenACWY #2", "DTaP #5", "HepA #2", "COVID-19"], 2))]
        lines += ["", "This record is valid without signature."]
        return finish("\n".join(lines), p, org)
    if v == 1:  # bilingual child card
        lines = [ch(["CERTIFICADO DE VACUNACION / IMMUNIZATION CERTIFICATE", "CARTILLA DE VACUNACION - RECORD OF IMMUNIZATIONS", "Childhood Immunization Record (parent copy)"]), "", "Nombre/Name: %s" % pname(p, 0), "Fecha de nacimiento/DOB: %s" % fd(p.dob, 0), "Padre/Madre: %s %s" % (ch(F_HISP), p.last), "",
                 "Vacuna/Vaccine      Fecha/Date     Clinica"]
        for n, d in hist:
            lines.append("%-19s %-14s %s" % (n, fd(d, 1), ch(["SDS", "SdS-LP", "Mexico", "Hosp", "SDS-VF"])))
        lines += ["", "Traiga esta tarjeta a todas sus citas. / Bring this card to every visit."]
        return finish("\n".join(lines), p, org)
    if v == 2:  # VAR for today's administration
        todays = pick(["Influenza", "Tdap", "HPV", "MenACWY", "HepA", "DTaP", "IPV", "MMR", "Varicella", "PCV13", "COVID-19"], rint(1, 3))
        lines = [org["name"], ch(["VACCINE ADMINISTRATION RECORD", "Immunization Administration - Today's Visit", "VAR"]), "Patient: %s   DOB %s   Date %s" % (pname(p, 4), fd(p.dob, 0), fd(p.when, 0)), "VFC status: %s" % ch(["V02 - Medicaid", "V03 - Uninsured", "V01 - Not VFC eligible", "V04 - AI/AN"]), "",
                 "Vaccine       CPT    Lot        Exp       Mfr  Site  Route  Dose    VIS date   Given by"]
        for n in todays:
            lines.append("%-13s %-6s %-10s %-9s %-4s %-5s %-6s %-7s %-10s %s" % (n, CPT.get(n, ""), "%s%d" % (ch("ABK"), rint(10000, 99999)), addd(p.when, rint(60, 500)).strftime("%m/%y"), ch(MFR.get(n, ["UNK"])), ch(["LD", "RD", "LT", "RT", "LA"]), ch(["IM", "IM", "SC"]), "0.5 mL", fd(addd(p.when, -rint(100, 900)), 0), prov("ma").short()))
        lines += ["", "VIS given and explained in %s. Observed 15 minutes, no reaction." % ch(["Spanish", "English"]), "Consent signed by %s." % ("parent" if p.age < 18 else "patient")]
        return finish("\n".join(lines), p, org)
    if v == 3:  # COVID card
        p.when = dt.date(rint(2021, 2023), rint(1, 12), rint(1, 28))
        d0 = dt.date(2021, rint(1, 9), rint(1, 28))
        mf = ch([("Pfizer", "FL%04d" % rint(1000, 9999), 21), ("Moderna", "0%02dM20A" % rint(10, 99), 28)])
        lines = ["COVID-19 Vaccination Record Card", "Please keep this record card, which includes medical information about the vaccines you have received.", "Por favor, guarde esta tarjeta.", "",
                 "Last Name: %s   First Name: %s   MI: %s" % (p.last, p.first, p.middle), "Date of birth: %s   Patient number: %s" % (fd(p.dob, 0), p.mrn), "",
                 "Vaccine              Product/Lot         Date       Healthcare professional or clinic site",
                 "1st Dose COVID-19    %s %s   %s   %s" % (mf[0], mf[1], fd(d0, 1), org["name"][:28]), "2nd Dose COVID-19    %s %s   %s   %s" % (mf[0], mf[1], fd(addd(d0, mf[2]), 1), ch([org["name"][:28], "Drive-thru Fairgrounds"]))]
        if chance(0.6):
            lines.append("Other                %s Bivalent %s  %s   %s" % (mf[0], "GH%04d" % rint(1000, 9999), fd(addd(d0, rint(200, 500)), 1), "Pharmacy"))
        return finish("\n".join(lines), p, org)
    if v == 4:  # school certificate
        p = make_patient(age=rint(4, 17))
        hist = vax_hist(p)
        lines = [ch(["CERTIFICATE OF IMMUNIZATION - SCHOOL ENTRY", "School Immunization Record", "Official Immunization Record for School/Child Care"]), "", "Student: %s   DOB: %s   Grade: %s   School: %s" % (pname(p, 0), fd(p.dob, 0), ch(["K", "1", "6", "7", "9", "PreK"]), ch(["Las Palomas Elementary", "Rio Blanco Middle School", "Mesa Linda High School", "Vado Flats Head Start"])), ""]
        byv = {}
        for n, d in hist:
            byv.setdefault(n, []).append(fd(d, 0))
        for n in ["DTaP", "IPV", "MMR", "HepB", "Varicella", "Tdap", "MenACWY", "HepA", "Hib", "PCV13"]:
            lines.append("%-10s %s" % (n + ":", "  ".join(byv.get(n, ["-"]))))
        lines += ["", "Varicella disease history: [ ] yes  [X] no", "Exemption on file: %s" % ch(["None", "None", "Medical (temporary)"]), "Status: %s" % ch(["Complete for grade", "Conditional - next dose due %s" % fd(addd(p.when, 60), 0)]), "", "Certified by: %s, %s   Date %s" % (prov("peds").full(), org["name"], fd(p.when, 0))]
        return finish("\n".join(lines), p, org)
    if v == 5:  # EHR adult immunization tab
        p = make_patient(age=rint(25, 80), when=dt.date(rint(2015, 2023), rint(1, 12), rint(1, 28)))
        hist = vax_hist(p) or [("Influenza", p.when)]
        lines = ["%s - Immunizations" % pname(p, 4), "DOB %s   MRN %s" % (fd(p.dob, 0), p.mrn), ""]
        for n, d in hist:
            lines.append("%s  %s  %s" % (fd(d, 4), n, ch(["Administered", "Historical - per pt", "Historical - registry", "Administered, %s" % ch(["L deltoid", "R deltoid"])])))
        lines += ["", "Declined: %s" % ch(["none", "Influenza (%d)" % rint(2016, 2022), "COVID-19 booster"]), "Health maintenance due: %s" % ", ".join(pick(["Tdap", "Zoster (RZV)", "PPSV23", "Influenza", "Hep B series"], 2))]
        return finish("\n".join(lines), p, org)
    # v == 6 TB skin test record
    pl = p.when
    ind = rint(0, 15)
    lines = [org["name"], ch(["TUBERCULIN SKIN TEST RECORD", "PPD/TST Documentation", "TB Screening - Mantoux"]), "Name: %s   DOB %s" % (pname(p, 0), fd(p.dob, 0)), "Reason: %s" % ch(["employment", "school", "immigration exam", "contact investigation", "Head Start"]), "",
             "Placed: %s %s  L forearm  Tubersol 0.1 mL ID  Lot %s  by %s" % (fd(pl, 0), tm(), "C%d" % rint(1000, 9999), prov("rn").short()), "Read: %s %s  Induration: %d mm  Result: %s  by %s" % (fd(addd(pl, 2), 0), tm(), ind, "POSITIVE" if ind >= 10 else "Negative", prov("rn").short()),
             "%s" % ("Referred for CXR and provider evaluation." if ind >= 10 else "No further action."), "", "Symptom screen: cough > 3 wks [ ] fever [ ] night sweats [ ] weight loss [ ] - all negative"]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# REGISTRATION FORMS
# ----------------------------------------------------------------------------
def g_reg():
    v = rint(0, 6)
    p = make_patient(peds=chance(0.25))
    org = site()
    es = p.lang == "Spanish"
    emerg = make_patient(age=rint(20, 70))
    if v == 0:  # bilingual registration
        lines = [letterhead(org, style=ch([0, 3])), ch(["PATIENT REGISTRATION / REGISTRO DE PACIENTE", "New Patient Information Form", "INFORMACION DEL PACIENTE"]), "",
                 "Last name/Apellido: %s   First/Nombre: %s   MI: %s" % (p.last, p.first, p.middle), "DOB/Fecha de nac.: %s   Sex/Sexo: %s   SSN: %s" % (fd(p.dob, 0), p.sex, ch(["XXX-XX-%04d" % rint(0, 9999), "none/ninguno", "___-__-____"])),
                 "Address/Domicilio: %s   City: %s   State: %s   Zip: %s" % p.addr, "Phone/Telefono: %s   Cell: %s   OK to text? %s" % (p.phone, phone(p.addr[2]), ch(["Y", "N", "Si"])),
                 "Preferred language/Idioma: %s   Interpreter needed: %s" % (p.lang, "Yes" if es else "No"), "Race: %s   Ethnicity: %s" % (ch(["White", "American Indian/Alaska Native", "Declined", "Other"]) if p.eth != "American Indian" else "American Indian/Alaska Native", "Hispanic/Latino" if p.eth == "Hispanic" else "Not Hispanic"),
                 "Marital status: %s   Employer: %s" % (ch(["Single", "Married/Casado", "Divorced", "Partner"]), ch(["none", "self", "ABC Dairy", "Valle Farms", "school district", "n/a"])),
                 "Agricultural worker? [%s] Seasonal [%s] Migrant [ ] No   Homeless? [%s] Yes [ ] No   Veteran? [ ]" % (ch(["X", " "]), ch(["X", " "]), ch(["X", " ", " "])),
                 "Household size: %d   Monthly household income: $%d" % (rint(1, 8), rint(0, 4200)), "Insurance: %s   Member ID: %s" % (p.ins, p.member if "Self" not in p.ins else ""), "",
                 "Emergency contact/Contacto de emergencia: %s  Rel: %s  Tel: %s" % (pname(emerg, 0), ch(["spouse", "mother", "sister", "esposo", "hija"]), emerg.phone), "How did you hear about us? %s" % ch(["friend", "radio", "WIC", "hospital", "promotora"]), "",
                 "Signature/Firma: ______________________  Date: %s" % fd(p.when, 0)]
        if p.age < 18:
            lines.insert(8, "Parent/Guardian: %s %s   Relationship: %s" % (ch(F_HISP + F_ANG), p.last, ch(["mother", "father", "grandmother"])))
        return finish("\n".join(lines), p, org)
    if v == 1:  # hospital face sheet
        h = hospital()
        lines = [h["name"], ch(["FACE SHEET", "PATIENT FACE SHEET / ADMISSION RECORD", "Registration Summary"]), "", "Patient: %-28s MRN: %s   Acct: %d" % (pname(p, 1), p.mrn, rint(10000000, 99999999)), "DOB: %s  Age: %d  Sex: %s  Marital: %s  Religion: %s" % (fd(p.dob, 0), p.age, p.sex, ch(["S", "M", "D", "W"]), ch(["Catholic", "None", "Christian", "LDS", "Unknown"])),
                 "Address: %s, %s, %s %s   Phone: %s" % (p.addr + (p.phone,)), "Admit date: %s %s   Type: %s   Source: %s" % (fd(p.when, 0), tm(), ch(["Emergency", "Elective", "Urgent"]), ch(["ED", "Physician referral", "Clinic"])), "Attending: %s   PCP: %s" % (prov("hosp").full(), ch(["Sierra del Sol CHC", "None"])),
                 "Admitting Dx: %s" % ch(["Chest pain", "Pneumonia", "Abdominal pain", "Labor", "Cellulitis"]), "", "GUARANTOR: %s  Rel: %s" % (pname(p, 1) if p.age >= 18 else pname(emerg, 1), "Self" if p.age >= 18 else "Parent"),
                 "PRIMARY INSURANCE: %s   Policy: %s   Group: %s" % (p.ins, p.member, ch(["", "G%d" % rint(1000, 99999)])), "SECONDARY: %s" % ch(["none", "Medicaid", "County Indigent Fund"]), "", "Next of kin: %s  %s" % (pname(emerg, 0), emerg.phone), "Advance directive on file: %s" % ch(["N", "Y", "Unknown"]), "Registered by: %s" % ch(["ADMREG1", "jmartinez", "ED REG 04"])]
        return finish("\n".join(lines), p, h)
    if v == 2:  # dental registration + health history
        lines = [ch(["Arroyo Seco Dental & Family Clinic", org["name"] + " Dental"]), ch(["DENTAL PATIENT REGISTRATION & HEALTH HISTORY", "Registro Dental / Historia Medica", "New Dental Patient"]), "", "Name: %s   DOB %s   Phone %s" % (pname(p, 0), fd(p.dob, 0), p.phone), "Reason for visit: %s" % ch(["toothache / dolor de muela", "cleaning", "broken tooth", "check-up"]), "Last dental visit: %s" % ch(["never", "> 5 years", "1 year", "don't remember"]), "",
                 "Do you have / Tiene:"] + ["  %s: [%s] Y [%s] N" % (x, "X" if y else " ", " " if y else "X") for x, y in [("Diabetes", chance(0.25)), ("High blood pressure", chance(0.25)), ("Heart problems", chance(0.08)), ("Pregnant", chance(0.1) and p.sex == "F"), ("Bleeding problems", False), ("Hepatitis", chance(0.05)), ("Artificial joints", False)]] + \
                ["Medications: %s" % ch(["none", "metformin", "blood pressure pill", "inhaler"]), "Allergies: %s" % p.allergies, "", "Signature: ____________  Date %s" % fd(p.when, 0)]
        return finish("\n".join(lines), p, org)
    if v == 3:  # pediatric registration
        p = make_patient(peds=True)
        par = make_patient(age=rint(20, 45), sex="F")
        lines = [org["name"], ch(["PEDIATRIC REGISTRATION", "Child Registration Form / Registro del Nino", "Minor Patient Information"]), "", "Child's name: %s   DOB: %s   Sex: %s" % (pname(p, 0), fd(p.dob, 0), p.sex), "School/Daycare: %s" % ch(["Head Start", "none", "Las Palomas Elem.", "abuela cuida"]),
                 "Parent/Guardian 1: %s %s   Phone %s   Employer %s" % (par.first, p.last, par.phone, ch(["none", "dairy", "restaurant"])), "Parent/Guardian 2: %s" % ch(["-", "%s %s" % (ch(M_HISP + M_ANG), p.last)]), "Who may bring child to appointments: %s" % ch(["grandmother, aunt", "mother only", "either parent"]),
                 "Custody papers: %s" % ch(["N/A", "copy on file", "none"]), "Insurance: %s  ID %s" % (p.ins, p.member), "Birth hospital: %s" % ch([h[0] for h in HOSPITALS] + ["Mexico"]), "", "Parent signature: __________  Date %s" % fd(p.when, 0)]
        return finish("\n".join(lines), p, org)
    if v == 4:  # demographic update
        lines = [org["net"], ch(["DEMOGRAPHIC UPDATE FORM", "Annual Patient Information Update", "Actualizacion de Datos"]), "", "Patient: %s  MRN %s  DOB %s" % (pname(p, 4), p.mrn, fd(p.dob, 0)), "Please correct any information that has changed:", "",
                 "Address:  OLD %s   NEW %s" % (address()[0], p.addr[0]), "Phone:    OLD %s   NEW %s" % (phone(), p.phone), "Insurance: %s" % p.ins, "Sexual orientation (optional): %s   Gender identity (optional): %s" % (ch(["Straight", "Choose not to disclose", "-"]), ch(["Female" if p.sex == "F" else "Male", "Choose not to disclose"])),
                 "Housing status: %s   Public housing: %s" % (ch(["Own/rent", "Doubled up", "Shelter", "Street"]), ch(["Y", "N"])), "Patient portal email: %s" % ch(["none", "%s.%s%d@example.com" % (p.first.lower(), p.last.split()[0].lower()[:6], rint(1, 99))]), "", "Verified by front desk: %s  %s" % (prov("ma").short(), fd(p.when, 0))]
        return finish("\n".join(lines), p, org)
    if v == 5:  # EHR demographics printout
        lines = ["Patient Demographics", "-" * 30, "Name ............ %s" % pname(p, 2), "Account # ....... %s" % p.mrn, "DOB ............. %s  (%d y)" % (fd(p.dob, 0), p.age), "Sex ............. %s" % p.sexw, "Address ......... %s, %s %s %s" % p.addr, "Home Phone ...... %s" % p.phone,
                 "Language ........ %s" % p.lang, "Race/Ethnicity .. %s" % p.eth, "PCP ............. %s" % prov("fm").full(), "Home Site ....... %s" % org["name"], "Primary Ins ..... %s" % p.ins, "Sliding Fee ..... %s" % ch(["Level A (100%% FPL) - exp %s" % fd(addd(p.when, 365), 0), "Level C", "N/A", "Expired - needs renewal"]),
                 "Emergency ....... %s (%s)" % (pname(emerg, 0), emerg.phone), "Registered ...... %s" % fd(addd(p.when, -rint(0, 3000)), 0)]
        return finish("\n".join(lines), p, org)
    # v == 6 school-based clinic enrollment
    p = make_patient(age=rint(5, 17))
    lines = ["Rio Blanco School-Based Health Center", ch(["STUDENT ENROLLMENT / PARENT CONSENT", "SBHC Registration", "Inscripcion al Centro de Salud Escolar"]), "", "Student: %s   DOB %s   Grade %d   Student ID %d" % (pname(p, 0), fd(p.dob, 0), max(1, p.age - 5), rint(100000, 999999)),
             "Parent/Guardian: %s %s   Phone %s" % (ch(F_HISP + F_ANG), p.last, p.phone), "Services: [X] primary care [X] immunizations [%s] behavioral health [%s] dental sealants" % (ch(["X", " "]), ch(["X", " "])), "Insurance: %s" % p.ins, "Allergies/conditions: %s" % ch(["asthma", "none", "ADHD", "peanut allergy"]), "", "Parent signature: ___________  Date %s" % fd(p.when, 0)]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# INSURANCE CARDS
# ----------------------------------------------------------------------------
def g_card():
    v = rint(0, 6)
    p = make_patient(peds=chance(0.3))
    org = site()
    grp = "%s%d" % (ch(["", "G", "GRP"]), rint(10000, 999999))
    rxbin = "%06d" % rint(0, 999999)
    pcn = ch(["MCAIDNM", "ADV", "MEDDPRIME", "9999", "WG"])
    lbl = ch([("FRONT", "BACK"), ("[front of card]", "[back of card]"), ("", ""), ("Side 1", "Side 2"), ("-- FRONT --", "-- REVERSE --")])
    if v == 0:  # Medicaid MCO
        plan = ch(PAYERS_MCD)
        front = [plan.upper(), ch(["Medicaid", "Centennial-style Medicaid Managed Care", "State Medicaid Program", "KidsCare / CHIP" if p.age < 19 else "Medicaid Expansion"]), "", "Member: %s" % pname(p, 0).upper(), "Member ID: %s" % p.member, "DOB: %s" % fd(p.dob, 0),
                 "Effective: %s" % fd(addd(p.when, -rint(10, 700)), 0), "PCP: %s" % ch(["SIERRA DEL SOL CHC", org["name"].upper(), "NONE ASSIGNED"]), "PCP Phone: %s" % org["ph"], "Copays: $0", "RxBIN %s  RxPCN %s  RxGRP %s" % (rxbin, pcn, grp)]
        back = ["Member Services: 1-888-555-%04d (TTY 711)" % rint(100, 199), "24/7 Nurse Line: 1-888-555-%04d" % rint(100, 199), "Behavioral Health Crisis: 1-800-555-%04d" % rint(100, 199), "Providers: verify eligibility at portal or call 1-888-555-%04d" % rint(100, 199),
                "Submit claims to: PO Box %d, %s, %s %s" % (rint(1000, 99999), ch(["Albuquerque", "Phoenix", "Dallas"]), ch(["NM", "AZ", "TX"]), "8%04d" % rint(0, 9999)), "In an emergency, go to the nearest ER or call 911.", "Este documento esta disponible en espanol."]
    elif v == 1:  # Medicare
        p = make_patient(age=rint(65, 88))
        mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (rint(1, 9), ch("ACDEFGHJKM"), ch("ACDEFGHJKM"), rint(0, 9), ch("ACDEFGHJKM"), ch("ACDEFGHJKM"), rint(0, 9), ch("ACDEFGHJKM"), ch("ACDEFGHJKM"), rint(0, 9), rint(0, 9))
        front = ["MEDICARE HEALTH INSURANCE", "Name/Nombre", pname(p, 0).upper(), "Medicare Number/Numero de Medicare", mbi, "Entitled to/Con derecho a        Coverage starts/Cobertura empieza", "HOSPITAL (PART A)                %s" % fd(dt.date(p.dob.year + 65, p.dob.month, 1), 0), "MEDICAL  (PART B)                %s" % fd(dt.date(p.dob.year + 65, p.dob.month, 1), 0)]
        back = ["1-800-MEDICARE (1-800-633-4227) TTY 1-877-486-2048", "Medicare.gov", "Keep this card. Show it to your doctors, hospitals, and other health care providers."]
    elif v == 2:  # marketplace commercial
        plan = ch(PAYERS_COM)
        front = [plan, ch(["Silver 87 CSR HMO", "Bronze HSA PPO", "Gold EPO", "Silver 94 HMO"]), "Subscriber: %s" % pname(p, 0), "ID: %s%d" % (ch(["XJH", "QWM", "HZN"]), rint(100000000, 999999999)), "Group: %s" % grp, "Dependents: %s" % ch(["01 %s" % p.first, "02", ""]),
                 "Copays: PCP $%d  Spec $%d  ER $%d  UC $%d" % (ch([0, 10, 25, 35]), ch([20, 50, 75]), ch([150, 250, 500]), ch([25, 50, 75])), "Deductible: $%d Ind / $%d Fam" % (ch([750, 2500, 6500]), ch([1500, 5000, 13000])), "Rx: BIN %s PCN %s" % (rxbin, pcn)]
        back = ["Customer Service 1-877-555-%04d   Pre-certification 1-877-555-%04d" % (rint(100, 199), rint(100, 199)), "Medical claims: EDI Payer ID %05d" % rint(10000, 99999), "Network: %s" % ch(["Frontier Select", "Desert Choice"]), "Misuse of this card is fraud."]
    elif v == 3:  # Medicare Advantage
        p = make_patient(age=rint(65, 88))
        front = [ch(["Sunstate Senior Advantage (HMO)", "Blue Mesa Medicare Complete (PPO)", "Valle Dual Choice (HMO D-SNP)"]), "%s" % pname(p, 0).upper(), "Member ID %s" % p.member, "H%d-%03d" % (rint(1000, 9999), rint(1, 99)), "PCP: %s" % org["name"], "Copays: PCP $0 Spec $%d ER $%d" % (ch([0, 20, 40]), ch([0, 90, 120])), "MedicareR Prescription Drug Coverage", "RxBIN %s RxPCN %s RxGrp %s" % (rxbin, pcn, grp)]
        back = ["Member Services 1-866-555-%04d 8am-8pm 7 days" % rint(100, 199), "Pharmacy Help Desk 1-866-555-%04d" % rint(100, 199), "Send claims: PO Box %d" % rint(1000, 99999)]
    elif v == 4:  # sliding fee / discount card
        lvl = ch(["A", "B", "C", "D", "NOMINAL"])
        front = [org["net"], ch(["SLIDING FEE DISCOUNT CARD", "Tarjeta de Descuento / Discount Program", "PATIENT DISCOUNT PROGRAM"]), "Name: %s" % pname(p, 0), "Account: %s" % p.mrn, "Level: %s   Household: %d" % (lvl, rint(1, 8)), "Valid: %s - %s" % (fd(p.when, 0), fd(addd(p.when, 364), 0))]
        back = ["Present this card at each visit with photo ID.", "Nominal fee per visit: $%d medical / $%d dental" % (ch([15, 20, 25, 35]), ch([25, 35, 50])), "Renew annually with proof of income.", "Presente esta tarjeta en cada visita.", "NOT INSURANCE"]
    elif v == 5:  # IHS/tribal or county indigent
        front = [ch(["COUNTY HEALTH CARE ASSISTANCE PROGRAM", "Indian Health Service - Patient Registration Card", "County Indigent Fund - Eligibility Card"]), "Name %s" % pname(p, 1), "ID %d   DOB %s" % (rint(100000, 999999), fd(p.dob, 0)), "Eligibility through %s" % fd(addd(p.when, rint(90, 365)), 0), "Service unit/County: %s" % ch(["Cibola", "Dona Ana-like County", "Pima-area", "Las Palomas"])]
        back = ["This card does not guarantee payment. Eligibility must be verified.", "Questions: %s" % phone()]
    else:  # dental / vision plan
        front = [ch(["Desert Smiles Dental (Medicaid Dental)", "Frontier Dental PPO", "ClearView Vision Plan"]), "Member: %s   ID %s" % (pname(p, 0), p.member), "Group %s   Eff %s" % (grp, fd(addd(p.when, -rint(10, 500)), 0)), "Dental home: %s" % ch(["Arroyo Seco Dental & Family Clinic", "none"])]
        back = ["Providers: 1-855-555-%04d" % rint(100, 199), "Claims: PO Box %d" % rint(1000, 99999)]
    parts = []
    if chance(0.3):
        parts.append(ch(["Scanned insurance card", "INS CARD COPY %s" % fd(p.when, 0), "Card scanned by front desk - %s" % org["name"], "Document type: ID/Insurance"]))
    if lbl[0]:
        parts.append(lbl[0])
    parts += front
    parts.append("")
    if lbl[1]:
        parts.append(lbl[1])
    parts += back
    # scanned cards are often jumbled: shuffle some lines
    if chance(0.35):
        i = rint(1, max(1, len(parts) - 2))
        j = rint(1, max(1, len(parts) - 2))
        parts[i], parts[j] = parts[j], parts[i]
    return ocr("\n".join(parts), ch([0, 1, 1, 2, 2, 3]))


# ----------------------------------------------------------------------------
# NURSING NOTES
# ----------------------------------------------------------------------------
def g_nursing():
    v = rint(0, 7)
    org = site()
    rn = prov("rn")
    if v == 0:  # telephone triage
        key, c, p = out_case()
        sym = ch(c["cc"])
        lines = [ch(["Telephone Encounter - Nurse Triage", "RN PHONE NOTE", "Triage Call", "Nurse Advice Line Call"]), "%s  DOB %s  Call date %s %s" % (pname(p, 4), fd(p.dob, 0), fd(p.when, 0), tm12()), "Caller: %s   Callback #: %s" % (ch(["patient", "mother", "spouse", "daughter"]), p.phone), "",
                 "Reason for call: %s" % sym, "Assessment: %s" % ch(["Pt reports symptoms x %s. Denies fever, chest pain, SOB." % ch(HPI_FILL["dur"]), "Temp 101.2 at home. Eating/drinking ok. Urinating normally.", "Glucose 312 this AM. No vomiting. Alert and talking normally."]),
                 "Protocol used: %s" % ch(["Schmitt-Thompson %s" % ch(["Urination Pain - Female", "Fever - Pediatric", "Diabetes - High Blood Sugar", "Back Pain"]), "clinic standing orders", "n/a"]), "Disposition: %s" % ch(["See today in clinic - appt made %s" % tm12(), "Home care advice given; call back if worse", "Advised to go to ED now", "Appt tomorrow AM"]),
                 "Care advice given in %s; caller verbalized understanding." % ch(["English", "Spanish"]), "", rn.full()]
        return finish("\n".join(lines), p, org)
    if v == 1:  # inpatient shift assessment
        key, s, p, adm, dis = inp_case()
        h = hospital()
        vv = vitals(p)
        lines = [h["name"], ch(["Nursing Shift Assessment", "NURSING NOTE", "RN Progress Note - Shift %s" % ch(["0700-1900", "1900-0700"])]), "%s  Rm %d  %s %s" % (pname(p, 1), rint(200, 480), fd(addd(adm, 1), 0), tm()), "",
                 "Neuro: A&Ox%d, follows commands, PERRLA." % ch([3, 4]), "CV: %s, HR %d, pulses palpable x4, no edema." % (ch(["S1S2 regular", "RRR"]), vv["hr"]), "Resp: %s, SpO2 %d%% on %s." % (ch(["lungs diminished bases", "clear bilat", "crackles RLL"]), vv["spo2"], ch(["RA", "2L NC"])),
                 "GI: abd soft, BS active x4, %s. Diet %s, %d%% eaten." % (ch(["last BM today", "no BM x2 days", "passing flatus"]), ch(["regular", "carb controlled", "clear liquids"]), rint(25, 100)), "GU: voiding %s, clear yellow." % ch(["independently", "via foley", "in urinal"]),
                 "Skin: %s. Braden %d." % (ch(["intact", "surgical incisions CDI", "L leg erythema receding from marked borders"]), rint(15, 22)), "Pain: %d/10 %s, medicated with %s at %s, reassessed %d/10." % (rint(3, 8), ch(["RUQ", "incisional", "chest", "general"]), ch(["acetaminophen 650 mg PO", "oxycodone 5 mg PO", "morphine 2 mg IV"]), tm(), rint(0, 4)),
                 "Lines: PIV %s 20G, site clean, IVF %s." % (ch(["L FA", "R AC"]), ch(["NS @ 100 mL/h", "SL"])), "Safety: bed low, call light in reach, fall precautions. Family at bedside.", "Education: %s" % ch(["incentive spirometer", "insulin self-injection (teach-back)", "diet", "meds"]), "", rn.full()]
        return finish("\n".join(lines), p, h)
    if v == 2:  # injection nurse visit
        p = make_patient(age=rint(16, 40), sex="F")
        lines = [org["name"], "%s   %s   DOB %s" % (ch(["Nurse Visit", "NURSE VISIT - INJECTION", "RN Visit"]), fd(p.when, 0), fd(p.dob, 0)), "Patient: %s" % pname(p, 4), "",
                 "Reason: %s" % ch(["Depo-Provera injection", "B12 injection", "Rocephin per provider order", "Tdap"]), "Last Depo given: %s (%d weeks ago) - within window." % (fd(addd(p.when, -rint(77, 91)), 0), rint(11, 13)), "UPT: %s" % ch(["not indicated", "negative"]), "BP %s  Wt %d lb" % (vitals(p)["bp"], rint(110, 240)),
                 "Medroxyprogesterone 150 mg/1 mL IM %s, lot %s, exp %s. Tolerated well." % (ch(["L deltoid", "R deltoid", "L gluteal", "R gluteal"]), "M%d" % rint(10000, 99999), addd(p.when, rint(100, 600)).strftime("%m/%Y")),
                 "Next injection window: %s - %s. Appointment card given." % (fd(addd(p.when, 77), 0), fd(addd(p.when, 91), 0)), "", rn.full()]
        return finish("\n".join(lines), p, org)
    if v == 3:  # RN care coordination / diabetes education
        key, c, p = out_case("dm2")
        lines = [ch(["RN Care Management Note", "Diabetes Self-Management Education - Individual Session", "Chronic Care Coordination - RN", "Care Coordination Note"]), "%s  %s  MRN %s" % (pname(p, 4), fd(p.when, 0), p.mrn), "",
                 "Contact type: %s" % ch(["in person", "telephone", "home visit", "group class (Spanish)"]), "Last A1c %.1f%% on %s. Goal < %d%%." % (rfl(7.5, 12), fd(addd(p.when, -rint(10, 90)), 0), ch([7, 8])),
                 "Self-management goal: %s" % ch(["walk 20 min after dinner 5 days/wk", "switch regular soda to water", "check fasting sugar daily", "take metformin with breakfast and dinner"]), "Barriers identified: %s" % ch(["cost of test strips", "transportation", "food insecurity", "low health literacy", "works long shifts"]),
                 "Interventions: %s" % "; ".join(pick(["glucometer teaching with return demo", "plate method", "hypoglycemia treatment", "foot care", "referred to food bank / SNAP application", "enrolled in 340B strip program", "bus pass provided"], 3)),
                 "Care gaps closed: %s" % ", ".join(pick(["eye exam scheduled", "UACR ordered", "flu shot given", "foot exam done", "dental referral"], 2)), "Next contact: %s" % fd(addd(p.when, rint(7, 30)), 0), "", rn.full()]
        return finish("\n".join(lines), p, org)
    if v == 4:  # home visit prenatal/newborn
        p = make_patient(age=0)
        mom = make_patient(age=rint(17, 38), sex="F")
        lines = [ch(["Home Visit - Newborn/Postpartum", "RN HOME VISIT NOTE", "Family Health Nurse Home Visit"]), org["net"], "Infant: %s  DOB %s   Mother: %s" % (pname(p, 0), fd(p.dob, 0), pname(mom, 0)), "Visit date %s  Time in %s  Time out %s" % (fd(p.when, 0), tm(), tm()), "",
                 "Infant: wt %d g (birth %d g), %s. Feeding %s q%d-%dh, %d wet diapers/day. Cord %s. Jaundice %s." % (rint(2800, 4200), rint(2700, 4000), ch(["alert, pink", "sleepy but arousable"]), ch(["breast", "breast + formula"]), 2, 3, rint(5, 8), ch(["dry, intact", "off, umbilicus clean"]), ch(["none", "face only", "to chest"])),
                 "Mother: %s. BP %s. Lochia %s. EPDS %d. Incision %s." % (ch(["recovering well", "tired, supportive partner"]), vitals(mom)["bp"], ch(["rubra, moderate", "serosa, light"]), rint(2, 14), ch(["N/A", "CDI"])), "Home: %s. Safe sleep discussed (crib, back to sleep)." % ch(["crowded, 3 families", "adequate", "no working heat - referred to CHW"]),
                 "Plan: %s" % ch(["WIC appointment confirmed", "PP visit and WCC scheduled", "lactation follow-up", "referred to BH for EPDS 13"]), "", rn.full()]
        return finish("\n".join(lines), p, org)
    if v == 5:  # MA rooming note
        key, c, p = out_case()
        vv = vitals(p, c["vit"])
        lines = ["%s  %s" % (fd(p.when, 0), tm()), "Pt roomed: %s" % pname(p, 4), "CC: %s" % ch(c["cc"]), vitals_str(vv, ch([0, 1])), "Pain: %d/10" % rint(0, 8), "Meds reconciled; allergies verified (%s)." % p.allergies,
                 "Screenings: PHQ-2 %d, fall risk %s, tobacco %s" % (rint(0, 6), ch(["neg", "N/A"]), ch(["never", "current", "former"])), "Care gaps: %s" % ch(["due for flu shot", "colon ca screen - FIT given", "none", "pap due"]), "Interpreter: %s" % ("Spanish - staff" if p.lang == "Spanish" else "not needed"), "", prov("ma").full()]
        return finish("\n".join(lines), p, org)
    if v == 6:  # DAR charting
        key, s, p, adm, dis = inp_case()
        h = hospital()
        entries = []
        for _ in range(rint(2, 4)):
            entries.append("%s %s\nFocus: %s\nD: %s\nA: %s\nR: %s" % (fd(adm, 1), tm(), ch(["Pain", "Hyperglycemia", "Fall risk", "Anxiety", "Discharge teaching", "Respiratory status"]),
                                                                    ch(["Pt c/o pain 7/10.", "FSBS 268.", "Pt attempted to get up unassisted.", "Pt tearful, worried about bills.", "SpO2 89% on RA."]),
                                                                    ch(["Medicated per MAR.", "Insulin lispro 4 units per sliding scale.", "Bed alarm on, reoriented.", "Financial counselor paged; charity care app given.", "O2 2L NC applied, IS encouraged."]),
                                                                    ch(["Pain 3/10 at 1 hr.", "Will recheck AC.", "Pt resting, alarm on.", "Pt calmer.", "SpO2 95%."])))
        txt = "%s\n%s\n%s  MRN %s\n\n%s\n\n%s" % (h["name"], ch(["Nursing Progress Notes (DAR)", "Nurse's Notes", "Focus Charting"]), pname(p, 1), p.mrn, "\n\n".join(entries), rn.short())
        return finish(txt, p, h)
    # v == 7 school nurse / clinic nurse narrative
    p = make_patient(age=rint(5, 17))
    txt = "%s\n%s\n\n%s %s - %s %s to health office %s c/o %s. %s Parent (%s) notified by phone. %s\n\n%s" % (
        ch(["Rio Blanco School-Based Health Center", org["name"]]), ch(["Nursing Note", "Nurse Encounter", ""]), fd(p.when, 1), tm(), pname(p, 0), ch(["came", "was brought by teacher"]), "", ch(["headache", "stomach ache", "wheezing after PE", "hypoglycemia (type 1 DM)"]),
        ch(["Temp 98.6. Rested 20 min, ate crackers, returned to class.", "Albuterol 2 puffs via spacer per school order; lungs clear after 15 min.", "BG 62, given 4 oz juice, recheck BG 104."]), ch(["mother", "father", "grandmother"]), ch(["", "Follow up with SBHC provider tomorrow."]), rn.full())
    return finish(txt, p, org)


# ----------------------------------------------------------------------------
# TRANSFER SUMMARIES
# ----------------------------------------------------------------------------
def g_transfer():
    v = rint(0, 5)
    key, s, p, adm, dis = inp_case()
    h = hospital()
    h2 = hospital()
    while h2["name"] == h["name"]:
        h2 = hospital()
    pv = prov("hosp")
    org = site()
    vv = vitals(p)
    if v == 0:  # EMTALA-style certification
        lines = [h["name"], ch(["PHYSICIAN CERTIFICATION FOR TRANSFER", "INTERFACILITY TRANSFER FORM", "PATIENT TRANSFER AUTHORIZATION / MEMORANDUM OF TRANSFER"]), "", "Patient: %s  DOB %s  MRN %s" % (pname(p, 1), fd(p.dob, 0), p.mrn), "Transfer date/time: %s %s" % (fd(adm, 0), tm()), "",
                 "Receiving facility: %s   Accepting physician: %s   Bed: %s" % (h2["name"], prov("spec").full(), ch(["ICU", "CCU", "L&D", "Med/Surg", "PICU"])), "Reason for transfer: [%s] Higher level of care  [%s] Specialty not available (%s)  [ ] Patient request" % (ch(["X", " "]), ch(["X", " "]), ch(["cardiology/cath lab", "pediatric ICU", "neurosurgery", "MFM/NICU"])),
                 "Diagnosis: %s" % s["dx"], "Condition: %s" % ch(["Stable for transfer", "Stabilized - benefits outweigh risks"]), "Vitals at transfer: %s" % vitals_str(vv, 1),
                 "Mode: [%s] ALS ground  [%s] Air  [ ] BLS   Escort: %s" % (ch(["X", " "]), ch([" ", "X"]), ch(["RN", "paramedic", "flight crew"])), "Records sent: [X] H&P [X] labs [X] imaging on CD [X] MAR [%s] consent" % ch(["X", " "]), "",
                 "CERTIFICATION: Based on the information available at the time of transfer, I certify that the medical benefits reasonably expected from the provision of appropriate medical treatment at another facility outweigh the increased risks to the individual.", "Physician: ______ %s   Date %s" % (prov("er").full(), fd(adm, 0)), "Patient consent to transfer: ______"]
        return finish("\n".join(lines), p, h)
    if v == 1:  # dictated transfer summary to rehab/SNF
        txt = "%s\n\n%s\n\nPATIENT: %s\nMR#: %s\nDATE OF ADMISSION: %s\nDATE OF TRANSFER: %s\nTRANSFERRED TO: %s\n\nDIAGNOSES:\n%s\n\nHISTORY: %s\n\nHOSPITAL COURSE: %s\n\nCONDITION AT TRANSFER: %s\n\nMEDICATIONS AT TRANSFER:\n%s\n\nCODE STATUS: %s\n\n%s\n" % (
            h["name"].upper(), ch(["TRANSFER SUMMARY", "INTERIM SUMMARY / TRANSFER", "TRANSFER OF CARE SUMMARY"]), pname(p, 1), p.mrn, fd(adm, 0), fd(dis, 0), ch(["%s skilled nursing unit" % h2["name"], "Valle Verde Rehabilitation & Care Center", "Sunrise Manor SNF", h2["name"]]),
            numbered([s["dx"]] + pmh_list(None, 2), 0), fill(s["hpi"], dict(hpi_ctx(p), d=rint(2, 5))), s["course"] + " " + ch(["Physical therapy recommends SNF for rehabilitation.", "Transferred for specialty care not available at this facility."]), ch(["Stable", "Fair", "Hemodynamically stable"]), meds_block(s["dcmeds"], 2), ch(["Full code", "DNR"]), pv.sig())
        return finish(txt, p, h)
    if v == 2:  # nursing handoff report
        lines = [h["name"], ch(["NURSING TRANSFER REPORT", "Inter-facility Nursing Handoff (SBAR)", "Transfer Nursing Summary"]), "%s  %d %s  Allergies: %s" % (pname(p, 1), p.age, p.sex, p.allergies), "",
                 "S: Transferring to %s for %s." % (h2["name"], ch(["higher level of care", "specialty care", "ICU bed"])), "B: Admitted %s with %s. PMH %s." % (fd(adm, 0), s["dx"].lower(), ", ".join(pmh_list(None, 2)) or "none"),
                 "A: %s. A&Ox%d. IV: %s. Last meds: %s at %s. Last void %s. Diet: %s." % (vitals_str(vv, 1), ch([3, 4]), ch(["20G L FA", "18G R AC + 20G L hand"]), ch(["ceftriaxone 1 g", "insulin drip 4 units/h", "heparin drip", "morphine 2 mg"]), tm(), tm(), ch(["NPO", "clear liquids", "regular"])),
                 "R: Monitor %s; family (%s) aware and en route; belongings with patient: %s." % (ch(["telemetry", "q1h glucose", "respiratory status", "neuro checks"]), ch(["wife", "son", "mother"]), ch(["cell phone, clothing", "none", "dentures, glasses"])), "", "Report called to %s RN at %s. %s" % (ch(PROV_F), tm(), prov("rn").full())]
        return finish("\n".join(lines), p, h)
    if v == 3:  # clinic-to-ED transfer note
        key2, c, p = out_case(ch(["asthma", "dm2", "htn", "prenatal"]))
        reason = {"asthma": ("severe asthma exacerbation, SpO2 88% after 2 nebs", "Albuterol/ipratropium nebs x2, prednisolone given"), "dm2": ("glucose > 500 with vomiting, concern for DKA", "POC glucose HI, urine ketones large; 1 L NS started"),
                  "htn": ("BP 212/124 with headache and blurred vision", "Labetalol not available; repeat BP 208/120"), "prenatal": ("BP 164/108 at 34 weeks with headache", "Urine protein 2+; sent to L&D")}[key2]
        lines = [letterhead(org, style=ch([1, 4])), ch(["TRANSFER NOTE - CLINIC TO EMERGENCY DEPARTMENT", "Patient Transfer / Envio al Hospital", "Emergency Transfer Summary"]), "", "Patient: %s  DOB %s  MRN %s  Date %s" % (pname(p, 4), fd(p.dob, 0), p.mrn, fd(p.when, 0)),
                 "Sent to: %s %s" % (h["name"], ch(["Emergency Department", "Labor & Delivery"]) if key2 == "prenatal" else "Emergency Department"), "Reason: %s" % reason[0], "Clinic treatment: %s" % reason[1], "Vitals at departure: %s" % vitals_str(vitals(p, c["vit"]), 3),
                 "Mode: %s   Time: %s" % (ch(["EMS (called 911)", "private vehicle with family", "ambulance"]), tm()), "Report called to: %s at %s" % (ch(["ED charge RN", "ED physician", "L&D RN"]), tm()), "Sent with: med list, last note, labs, insurance info", "", prov("fm").sig()]
        return finish("\n".join(lines), p, org)
    if v == 4:  # ICU to floor transfer note
        lines = [h["name"], ch(["ICU TRANSFER NOTE", "Transfer Note - ICU to Medical Floor", "Step-down Transfer Note"]), "%s  MRN %s  %s" % (pname(p, 1), p.mrn, fd(addd(adm, rint(1, 3)), 0)), "",
                 "Brief ICU course: %s" % s["course"], "Active issues:", numbered([s["dx"] + " - improving", "Glycemic control - transitioned to SQ insulin" if key == "dka" else "Pain controlled on PO meds", "DVT ppx enoxaparin"], 1),
                 "Lines/tubes: %s" % ch(["PIV x2; central line removed", "PIV x1", "Foley removed today"]), "Current vitals: %s" % vitals_str(vv, 3), "Code: Full", "Accepting team: %s; handoff given verbally." % prov("hosp").full(), "", pv.sig()]
        return finish("\n".join(lines), p, h)
    # v == 5 continuity of care form (SNF)
    lines = [ch(["CONTINUITY OF CARE FORM", "PATIENT TRANSFER FORM", "INTER-AGENCY REFERRAL / TRANSFER RECORD"]), "From: %s   To: %s" % (h["name"], ch(["Sunrise Manor SNF", "Valle Verde Rehabilitation", "Home Health - Desert Home Care"])), "",
             "Name %s  DOB %s  Sex %s  Language %s" % (pname(p, 1), fd(p.dob, 0), p.sex, p.lang), "Dx: %s" % s["dx"], "Allergies: %s   Code status: %s" % (p.allergies, ch(["Full", "DNR"])), "ADLs: bathing %s  dressing %s  transfers %s  ambulation %s" % tuple(ch(["I", "A", "D"]) for _ in range(4)),
             "Diet: %s   Continence: %s   Cognition: %s" % (ch(["diabetic", "regular", "mech soft"]), ch(["yes", "incontinent urine"]), ch(["intact", "mild impairment"])), "Skin: %s" % ch(["intact", "stage 2 sacrum 2x2 cm"]), "Meds: " + ", ".join(MEDS[k][0] for k in s["dcmeds"]),
             "Therapy needs: PT %s OT %s" % (ch(["5x/wk", "3x/wk"]), ch(["3x/wk", "no"])), "PCP for follow up: %s" % ch(SITES)[0], "", "Completed by: %s  %s" % (prov("rn").full(), fd(dis, 0))]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# PROVIDER ORDERS
# ----------------------------------------------------------------------------
def g_orders():
    v = rint(0, 7)
    org = site()
    if v == 0:  # admission orders
        key, s, p, adm, dis = inp_case()
        h = hospital()
        pv = prov("hosp")
        lines = [h["name"], ch(["ADMISSION ORDERS", "Physician Admission Orders", "ADULT MEDICAL ADMISSION ORDER SET"]), "%s  MRN %s  %s %s" % (pname(p, 1), p.mrn, fd(adm, 0), tm()), "",
                 "Admit to: %s   Attending: %s" % (ch(["Medicine", "Telemetry", "ICU", "Surgery"]), pv.full()), "Diagnosis: %s" % s["dx"], "Condition: %s" % ch(["Stable", "Fair", "Guarded"]), "Vitals: q%dh; notify MD SBP <90 or >180, HR >120, T >101.5, SpO2 <90%%" % ch([2, 4]), "Allergies: %s" % p.allergies,
                 "Activity: %s" % ch(["OOB ad lib", "bedrest with BRP", "ambulate TID"]), "Nursing: I&O, daily weight, %s" % ch(["FSBS AC/HS", "telemetry", "IS q1h while awake"]), "Diet: %s" % ch(["NPO after midnight", "carb consistent", "clear liquids", "regular"]),
                 "IV: %s" % ch(["NS @ 125 mL/h", "LR @ 100 mL/h", "saline lock"]), "Meds:"] + ["   " + x for x in pick(["ceftriaxone 1 g IV q24h", "azithromycin 500 mg IV daily", "enoxaparin 40 mg SC daily", "acetaminophen 650 mg PO q6h PRN", "ondansetron 4 mg IV q6h PRN", "insulin lispro sliding scale AC/HS", "pantoprazole 40 mg IV daily", "morphine 2 mg IV q3h PRN severe pain", "nicotine patch 21 mg daily"], rint(4, 6))] + \
                ["Labs: CBC, BMP in AM%s" % ch(["", "; blood cultures x2", "; lipase", "; troponin q6h x2"]), "Consults: %s" % ch(["surgery", "case management", "none", "diabetes education"]), "Code status: %s" % ch(["Full", "DNR"]), "", pv.sig(), "Read back/verified: %s RN" % ch(PROV_F)]
        return finish("\n".join(lines), p, h)
    if v == 1:  # clinic lab requisition
        key, c, p = out_case()
        pv = prov("fm")
        lab = ch(LABS)
        tests = pick(["CBC", "CMP", "Lipid panel", "Hemoglobin A1c", "TSH", "Urinalysis w/ reflex culture", "Microalbumin/creat ratio, urine", "Vitamin D 25-OH", "HIV Ag/Ab", "HCV Ab w/ reflex", "Hep B surface Ag", "CT/GC NAAT"], rint(2, 6))
        lines = [lab, ch(["LABORATORY REQUISITION", "Test Request Form", "Lab Order"]), "Client: %s  Acct #%d" % (org["name"], rint(10000, 99999)), "", "Patient: %s  DOB %s  Sex %s  Phone %s" % (pname(p, 1), fd(p.dob, 0), p.sex, p.phone),
                 "Bill to: [%s] Client (sliding fee)  [%s] Medicaid  [ ] Patient   ID: %s" % (ch(["X", " "]), ch(["X", " "]), p.member), "Ordering provider: %s   NPI %s" % (pv.full(), pv.npi), "Dx codes: %s" % dxcode(c, p.when), "Fasting: %s   Collection date: %s" % (ch(["Y", "N"]), fd(p.when, 0)), "", "Tests ordered:"] + ["  [X] " + t for t in tests] + ["", "Collected by: %s  %s" % (prov("ma").short(), tm())]
        return finish("\n".join(lines), p, org)
    if v == 2:  # imaging order
        key, c, p = out_case()
        pv = prov("fm")
        ex = ch(IMG)
        lines = [org["name"], ch(["IMAGING ORDER", "Radiology Requisition", "Order for Diagnostic Imaging"]), "", "Patient: %s   DOB: %s   Phone: %s" % (pname(p, 0), fd(p.dob, 0), p.phone), "Exam requested: %s" % ex[0], "Clinical indication: %s" % ex[1], "ICD: %s" % dxcode(c, p.when),
                 "Pregnant? %s   Contrast allergy? %s   Creatinine: %s" % ("N/A" if p.sex == "M" else ch(["No", "Unknown"]), ch(["No", "No"]), ch(["n/a", "%.1f" % rfl(0.6, 1.3)])), "Priority: %s" % ch(["Routine", "Within 1 week", "STAT"]), "Send results to: %s  Fax %s" % (pv.full(), org["fax"]), "", "Ordering provider signature: __________  %s" % fd(p.when, 0)]
        return finish("\n".join(lines), p, org)
    if v == 3:  # post-op orders
        key, o, p, ctx = op_case(ch(["lapchole", "lapappy", "hernia", "orif", "csec"]))
        h = hospital()
        pv = prov("surg")
        lines = [h["name"], ch(["POST-OPERATIVE ORDERS", "PACU / Post-op Order Set", "Postoperative Orders - %s" % o["name"]]), "%s   %s" % (pname(p, 1), fd(p.when, 0)), "",
                 "1. Admit to %s, status: %s" % (ch(["PACU then floor", "PACU then discharge home"]), ch(["inpatient", "outpatient/observation"])), "2. VS per PACU protocol then q4h", "3. Activity: %s" % ch(["ambulate tonight", "OOB to chair", "NWB LUE, elevate"]),
                 "4. Diet: %s" % ch(["clears, advance as tolerated", "regular", "NPO until flatus"]), "5. IVF: LR @ %d mL/h, saline lock when tolerating PO" % rint(75, 125), "6. Pain: %s" % ch(["oxycodone 5-10 mg PO q4h PRN; acetaminophen 1 g PO q8h", "ketorolac 15 mg IV q6h x 24 h; hydromorphone 0.2-0.4 mg IV q2h PRN"]),
                 "7. Antiemetic: ondansetron 4 mg IV q6h PRN", "8. DVT ppx: SCDs; %s" % ch(["enoxaparin 40 mg SC in AM", "early ambulation"]), "9. Incentive spirometry 10x/h while awake", "10. Call MD for T > 101.5, UOP < 30 mL/h x2, uncontrolled pain", "", pv.sig()]
        return finish("\n".join(lines), p, h)
    if v == 4:  # home health plan of care
        key, s, p, adm, dis = inp_case()
        lines = [ch(["HOME HEALTH CERTIFICATION AND PLAN OF CARE", "Home Health Orders", "Plan of Care - Home Health Agency"]), "Agency: %s   Provider #%d" % (ch(["Desert Home Care", "Valle Home Health", "Frontera Visiting Nurses"]), rint(100000, 999999)), "Patient: %s   DOB %s   Medicare/Medicaid #: %s" % (pname(p, 1), fd(p.dob, 0), p.member),
                 "Cert period: %s to %s" % (fd(dis, 0), fd(addd(dis, 59), 0)), "Principal dx: %s (%s)" % (s["dx"], s["icd"]), "Orders: SN %s for %s; PT %s for strengthening/gait; HHA %s" % (ch(["2w4", "1w9", "3w2"]), ch(["med management, wound care, diabetic teaching", "IV antibiotics via PICC", "vital signs, CHF teaching"]), ch(["2w3", "1w4"]), ch(["2w4", "none"])),
                 "Goals: %s" % ch(["independent with insulin administration in 4 wks", "wound healed", "ambulate 150 ft with walker"]), "Homebound status: %s" % ch(["requires assist of device and person to leave home", "taxing effort, SOB at 20 ft"]), "Meds: " + ", ".join(MEDS[k][0] for k in s["dcmeds"]), "",
                 "Physician: %s  NPI %s" % (prov("fm").full(), prov("fm").npi), "I certify this patient is confined to the home and needs intermittent skilled nursing care. Signature ______ Date ______"]
        return finish("\n".join(lines), p, org)
    if v == 5:  # verbal/telephone order
        key, s, p, adm, dis = inp_case()
        h = hospital()
        lines = [h["name"], ch(["PHYSICIAN ORDERS", "Telephone/Verbal Order", "Order Sheet"]), "%s  Rm %d  MRN %s" % (pname(p, 1), rint(200, 480), p.mrn), "",
                 "%s %s  %s" % (fd(addd(adm, 1), 1), tm(), ch(["Give KCl 40 mEq PO x1; recheck BMP in AM.", "Increase insulin glargine to 24 units qHS.", "D/C foley.", "May shower.", "Tylenol 650 mg PO q6h PRN temp > 100.4", "Change IVF to D5 1/2NS @ 75 mL/h"])),
                 "T.O./V.O. %s / %s RN  read back" % (prov("hosp").short(), ch(PROV_F)), "", "%s %s  %s" % (fd(addd(adm, 1), 1), tm(), ch(["Discharge home today.", "PT/OT eval.", "Consult case management - uninsured, needs meds."])), prov("hosp").short()]
        return finish("\n".join(lines), p, h)
    if v == 6:  # standing order protocol clinic
        lines = [org["net"], ch(["STANDING ORDER", "Standing Orders Protocol", "Nurse/MA Standing Order"]), "Title: %s" % ch(["Administration of influenza vaccine to adults and children >= 6 months", "Point-of-care HbA1c for patients with diabetes", "Fluoride varnish for children 6 mo - 5 y", "Urine dipstick and culture for adult women with UTI symptoms"]), "Effective %s  Review annually" % fd(rdate(), 0), "",
                 "Purpose: To reduce morbidity by %s." % ch(["vaccinating all eligible persons", "closing care gaps without delay", "early detection"]), "Policy: Under this standing order, eligible nurses and medical assistants may %s without a provider's individual order." % ch(["administer vaccine", "perform test", "apply varnish"]),
                 "Procedure:", numbered(["Assess eligibility and contraindications", "Provide VIS / education in preferred language", "Administer/perform per protocol", "Document in EHR and state registry", "Manage adverse events per emergency protocol"], 0), "", "Medical Director: %s   Signature ______  Date %s" % (prov("fm").full(), fd(rdate(), 0))]
        p = make_patient()
        return finish("\n".join(lines), None, org)
    # v == 7 outpatient order summary EHR
    key, c, p = out_case()
    pv = prov("fm")
    lines = [ch(["Orders Placed This Encounter", "Order Summary", "Encounter Orders"]), "%s  %s  %s" % (pname(p, 4), fd(p.when, 0), org["name"]), ""]
    for x in pick(["Lab: " + t for t in ["CBC", "CMP", "A1c", "Lipid", "UA", "TSH"]] + ["Imaging: XR chest 2V", "Referral: " + c["spec"], "Rx: " + MEDS[ch(c["meds"] or ["acetaminophen"])][0], "Vaccine: Influenza", "POC: urine hCG", "Education: " + c["name"], "Follow-up: %d weeks" % rint(2, 12)], rint(3, 7)):
        lines.append("  %s   Status: %s   Ordered by: %s" % (x, ch(["Ordered", "Completed", "Sent", "Pending"]), pv.short()))
    lines += ["", "Dx: %s %s" % (dxcode(c, p.when), c["name"])]
    return finish("\n".join(lines), p, org)


# ----------------------------------------------------------------------------
# DISCHARGE INSTRUCTIONS
# ----------------------------------------------------------------------------
def g_dcinstr():
    v = rint(0, 6)
    org = site()
    h = hospital()
    if v == 0:  # ED discharge instructions bilingual
        cc, hpi, exam, res, dx, course, dispo = ch([x for x in ED_CASES if x[6] == "home"])
        p = make_patient()
        es = p.lang == "Spanish"
        lines = [h["name"] + " Emergency Department", ch(["Discharge Instructions", "Instrucciones de Alta", "ED Patient Instructions", "Your Visit Today"]), "", "Patient: %s   Date: %s" % (pname(p, 0), fd(p.when, 0)), "Diagnosis/Diagnostico: %s" % dx, "",
                 ("Usted fue atendido hoy por: %s. %s" % (cc, "Tome sus medicinas como se le indico. Descanse y tome muchos liquidos.")) if es else ("You were seen today for %s. %s" % (cc, ch(["Take your medicines as directed.", "Rest and drink plenty of fluids.", "Keep the wound clean and dry; sutures out in 10 days."]))),
                 "", ("REGRESE A LA SALA DE EMERGENCIA SI: tiene fiebre alta, dolor que empeora, dificultad para respirar, vomito que no para." if es else "RETURN TO THE ER IF: fever over 101, worsening pain, trouble breathing, vomiting that won't stop, or any new concerns."),
                 "", "Follow up with: %s in %s. Phone %s" % (ch(SITES)[0], ch(["2-3 days", "1 week", "as needed"]), org["ph"]), "Prescriptions: %s" % ch(["ibuprofen 600 mg", "cephalexin 500 mg", "prednisone 40 mg", "none"]), "Work/school note: %s" % ch(["given", "not needed"]), "",
                 "I understand these instructions: __________   RN: %s" % prov("rn").short()]
        return finish("\n".join(lines), p, h)
    if v == 1:  # hospital discharge instructions
        key, s, p, adm, dis = inp_case()
        lines = [h["name"], ch(["PATIENT DISCHARGE INSTRUCTIONS", "Going Home Instructions", "After Hospital Care Plan"]), "%s   Discharged %s" % (pname(p, 0), fd(dis, 0)), "", "You were in the hospital for: %s" % s["dx"].lower(), "",
                 "MEDICINES:", meds_block(s["dcmeds"], 0, es=p.lang == "Spanish"), "", "DIET: %s" % ch(["Regular", "Diabetic (carb controlled)", "Low salt", "Low fat for 2 weeks"]), "ACTIVITY: %s" % ch(["As tolerated", "No lifting more than 10 pounds for 4 weeks", "Walk several times a day"]),
                 "WOUND CARE: %s" % ch(["You may shower. Pat incisions dry. Do not soak in tub.", "N/A"]), "", "FOLLOW-UP: %s" % s["fu"], "Appointment: %s %s" % (fd(addd(dis, rint(3, 14)), 0), tm12()), "",
                 "CALL YOUR DOCTOR OR RETURN IF: %s" % ch(["fever > 101, increasing pain, redness or drainage from wound", "chest pain, shortness of breath, fainting", "blood sugar over 300 or under 70 with symptoms", "black stools, vomiting blood, dizziness"]), "", "Patient/caregiver signature: _______  Nurse: %s" % prov("rn").full()]
        return finish("\n".join(lines), p, h)
    if v == 2:  # post-op
        key, o, p, ctx = op_case(ch(["lapchole", "lapappy", "hernia", "lipoma", "dc", "orif"]))
        lines = [ch([h["name"] + " Day Surgery", "%s Surgical Associates" % ch(["Frontera", "Copper Basin"])]), ch(["Post-Operative Instructions", "Home Care After Surgery", "Instrucciones despues de su cirugia"]), "Patient: %s   Procedure: %s   Date: %s" % (pname(p, 0), o["name"], fd(p.when, 0)), "",
                 "- Do not drive or sign legal papers for 24 hours after anesthesia.", "- Pain: %s" % ch(["take ibuprofen 600 mg every 6 hours with food; oxycodone only for severe pain", "acetaminophen and ibuprofen alternating"]), "- Incision: %s" % ch(["glue will peel off in 1-2 weeks", "keep dressing dry 48 h, then shower", "sutures removed in 10-14 days"]),
                 "- Activity: %s" % ch(["no heavy lifting > 15 lb for 4-6 weeks", "keep arm elevated above heart; move fingers", "pelvic rest 2 weeks (nothing in vagina)"]), "- Diet: %s" % ch(["low-fat diet for 2 weeks", "resume normal diet", "start with liquids"]),
                 "- Call %s for: fever > 101, redness, pus, heavy bleeding, vomiting, no urination in 8 hours." % phone(), "Follow-up appointment: %s" % fd(addd(p.when, rint(7, 14)), 0)]
        return finish("\n".join(lines), p, h)
    if v == 3:  # clinic after-visit summary
        key, c, p = out_case()
        pv = prov("fm")
        es = p.lang == "Spanish" and chance(0.6)
        lines = [org["name"], ch(["After Visit Summary", "Resumen de su visita", "Visit Summary / Patient Instructions", "Clinical Summary"]), "%s - %s - %s" % (pname(p, 0), fd(p.when, 2), pv.full()), "",
                 ("Razon de su visita: %s" % c["es"]) if es else ("Reason for visit: %s" % ch(c["cc"])), ("Diagnostico: %s" % c["es"]) if es else ("Diagnosis: %s" % c["name"]), "", ("Instrucciones:" if es else "Instructions:")] + \
                ["  - " + x for x in pick(c["edu"] + c["plan"], 3)] + ["", ("Medicamentos:" if es else "Medications:"), meds_block(c["meds"][:2], 0, es=es) if c["meds"] else "none", "", ("Proxima cita: " if es else "Next appointment: ") + fd(addd(p.when, rint(14, 90)), 0), "Vitals today: " + vitals_str(vitals(p, c["vit"]), 3)]
        return finish("\n".join(lines), p, org)
    if v == 4:  # postpartum
        p = make_patient(sex="F", age=rint(18, 40))
        lines = [h["name"] + " Mother/Baby", ch(["Postpartum Discharge Instructions", "Instrucciones para la Mama despues del Parto", "Going Home After Delivery"]), "Name: %s  Delivery date: %s  Type: %s" % (pname(p, 0), fd(p.when, 0), ch(["vaginal", "cesarean"])), "",
                 "Bleeding: expect lochia for up to 6 weeks. Call if soaking 1 pad per hour for 2 hours or passing clots larger than an egg.", "Preeclampsia warning signs: severe headache, vision changes, upper stomach pain, shortness of breath - go to L&D right away.",
                 "Feelings: baby blues are common. If sadness lasts more than 2 weeks or you think of hurting yourself or your baby, call %s or 988." % org["ph"], "Nothing in the vagina for 6 weeks. Birth control plan: %s." % ch(["Depo at PP visit", "Nexplanon placed", "IUD at 6 weeks", "BTL done"]),
                 "Postpartum visit: %s at %s" % (fd(addd(p.when, rint(10, 42)), 0), ch(["Mesa Linda Women's Health Center", org["name"]])), "Baby's first check-up: 2-3 days at %s" % ch(["Vado Flats Pediatrics", org["name"]])]
        return finish("\n".join(lines), p, h)
    if v == 5:  # dental post-extraction (Spanish/English)
        p = make_patient()
        es = chance(0.55)
        lines = [ch(["Arroyo Seco Dental & Family Clinic", "Sierra del Sol Dental"]), "Instrucciones despues de extraccion" if es else "Post-Extraction Instructions", "Paciente: %s   Fecha: %s" % (pname(p, 0), fd(p.when, 0)), ""]
        if es:
            lines += ["1. Muerda la gasa por 30-45 minutos.", "2. No escupa, no use popote, no fume por 72 horas.", "3. Hielo en la cara 20 minutos si hay hinchazon.", "4. Coma comida blanda. No coma del lado de la extraccion.", "5. Tome ibuprofeno 600 mg cada 6 horas para el dolor.", "6. Llame si tiene sangrado que no para, fiebre o mucho dolor despues de 3 dias: %s" % org["ph"]]
        else:
            lines += ["1. Bite on gauze for 30-45 minutes.", "2. Do not spit, use a straw or smoke for 72 hours.", "3. Ice 20 minutes on/off for swelling.", "4. Soft foods; chew on the other side.", "5. Pain: ibuprofen 600 mg every 6 hours.", "6. Warm salt water rinses starting tomorrow.", "Call %s for bleeding that won't stop, fever, or severe pain after day 3 (dry socket)." % org["ph"]]
        return finish("\n".join(lines), p, org)
    # v == 6 pediatric fever/bronchiolitis home care
    p = make_patient(age=rint(0, 6))
    es = chance(0.5)
    lines = [ch([h["name"] + " Pediatrics", org["name"]]), ch(["Home Care Instructions - Fever in Children", "Cuidado en Casa - Fiebre", "Bronchiolitis: Going Home"]), "Child: %s   Weight: %.1f kg   Date: %s" % (pname(p, 0), vitals(p)["wt"] / 2.2, fd(p.when, 0)), "",
             ("Dosis de acetaminofen (160 mg/5 mL): %.1f mL cada 4-6 horas. Ibuprofeno (100 mg/5 mL): %.1f mL cada 6-8 horas (mayor de 6 meses)." if es else "Acetaminophen (160 mg/5 mL): %.1f mL every 4-6 hours. Ibuprofen (100 mg/5 mL): %.1f mL every 6-8 hours (over 6 months old).") % (rfl(2.5, 10), rfl(2.5, 10)),
             ("Dele liquidos seguido. Succione la nariz antes de comer." if es else "Give fluids often. Suction the nose before feeds. Fever helps the body fight infection."),
             ("Regrese si: dificultad para respirar, labios morados, menos de 3 panales mojados en 24 horas, fiebre por mas de 3 dias, muy dormido." if es else "Return if: trouble breathing, blue lips, fewer than 3 wet diapers in 24 hours, fever more than 3 days, very sleepy or hard to wake."), "", "Follow up: %s" % ch(["1-2 days", "as needed", "2 days with PCP"])]
    return finish("\n".join(lines), p, h)


# ----------------------------------------------------------------------------
# OTHER
# ----------------------------------------------------------------------------
PHQ_Q = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
         "Poor appetite or overeating", "Feeling bad about yourself - or that you are a failure", "Trouble concentrating on things", "Moving or speaking so slowly... or being fidgety/restless",
         "Thoughts that you would be better off dead or of hurting yourself"]
PHQ_ES = ["Poco interes o placer en hacer cosas", "Se ha sentido decaido(a), deprimido(a) o sin esperanzas", "Dificultad para dormir o dormir demasiado", "Se ha sentido cansado(a) o con poca energia",
          "Sin apetito o ha comido en exceso", "Se ha sentido mal con usted mismo(a)", "Dificultad para concentrarse", "Se ha movido o hablado tan lento... o inquieto(a)", "Pensamientos de que estaria mejor muerto(a) o de lastimarse"]


def g_other():
    v = rint(0, 11)
    org = site()
    p = make_patient()
    if v == 0:  # fax cover
        to = ch([h[0] for h in HOSPITALS] + ["Law Office of %s & %s" % (ch(PROV_L), ch(PROV_L)), "Social Security Disability Determination Services", "Medicaid Prior Authorization Unit"])
        lines = [letterhead(org, style=ch([0, 1, 2])), "", ch(["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "F A X", "Fax"]), "", "Date: %s" % fd(p.when, 0), "To: %s" % to, "Fax: %s   Phone: %s" % (phone(), phone()), "From: %s" % ch(["Medical Records", "Referrals Dept", prov("fm").full(), "Care Coordination"]),
                 "Pages (including cover): %d" % rint(2, 24), "Re: %s" % ch(["%s DOB %s" % (pname(p, 0), fd(p.dob, 0)), "Records request", "Prior authorization", "Referral"]), "", "[%s] Urgent  [%s] For review  [ ] Please comment  [%s] Please reply" % (ch(["X", " "]), ch(["X", " "]), ch(["X", " "])), "",
                 "Comments: %s" % ch(["Please see attached records as requested.", "Attached is signed authorization.", "Please schedule patient and fax appointment date back.", ""]), "",
                 "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or action taken in reliance on the contents is strictly prohibited. If you received this fax in error, please notify the sender immediately and destroy the documents."]
        return finish("\n".join(lines), p, org)
    if v == 1:  # sliding fee application
        hh = rint(1, 8)
        inc = rint(0, 4500)
        fpl = int(inc * 12 / (12880 + 4540 * (hh - 1)) * 100) if inc else 0
        lvl = "A (nominal)" if fpl <= 100 else "B" if fpl <= 133 else "C" if fpl <= 166 else "D" if fpl <= 200 else "Full fee"
        lines = [org["net"], ch(["SLIDING FEE DISCOUNT PROGRAM APPLICATION", "Solicitud para Descuento en Escala Movil / Sliding Fee Application", "Application for Discounted Services"]), "",
                 "Applicant: %s   DOB %s   MRN %s" % (pname(p, 0), fd(p.dob, 0), p.mrn), "Address: %s, %s %s" % (p.addr[0], p.addr[1], p.addr[2]), "", "Household members / Miembros del hogar:"] + \
                ["  %d. %s  age %d  relation: %s" % (i + 1, ch(F_HISP + M_HISP + F_ANG) + " " + p.last, rint(1, 70), ch(["spouse", "child", "hijo", "hija", "parent"])) for i in range(hh - 1)] + \
                ["", "Household size: %d" % hh, "Gross monthly income: wages $%d  SSI/SSDI $%d  child support $%d  other $%d" % (inc, ch([0, 0, 943]), ch([0, 200]), 0), "Proof provided: %s" % ch(["pay stubs x2", "self-declaration (no proof)", "tax return", "SNAP letter", "unemployment letter"]), "",
                 "Have you applied for Medicaid? [%s] Yes [%s] No  Result: %s" % (ch(["X", " "]), ch(["X", " "]), ch(["denied", "pending", "not eligible - immigration status", "n/a"])), "", "I certify the information above is true. Signature: ________ Date %s" % fd(p.when, 0), "",
                 "FOR OFFICE USE: FPL %d%%  Discount level: %s  Effective %s - %s  Approved by: %s" % (fpl, lvl, fd(p.when, 0), fd(addd(p.when, 364), 0), prov("chw").full())]
        return finish("\n".join(lines), p, org)
    if v == 2:  # release of information
        lines = [org["net"], ch(["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "Autorizacion para Divulgar Informacion Medica", "HIPAA Authorization to Use or Disclose PHI"]), "",
                 "Patient: %s   DOB: %s   Phone: %s" % (pname(p, 0), fd(p.dob, 0), p.phone), "I authorize: %s" % ch([org["name"], h_name()]), "To release to: %s" % ch([h_name(), "Law Office of %s" % ch(PROV_L), "Social Security Administration", "myself", org["name"]]),
                 "Information: [%s] All records [%s] Last 2 years [%s] Labs [%s] Imaging [%s] Immunizations [ ] Other ______" % tuple(ch(["X", " "]) for _ in range(5)),
                 "Sensitive information (initial to include): ___ HIV/STI  ___ Mental health  ___ Substance use disorder (42 CFR Part 2)  ___ Genetic", "Purpose: %s" % ch(["continuity of care", "legal", "disability claim", "personal use", "insurance"]),
                 "This authorization expires: %s" % fd(addd(p.when, 365), 0), "I understand I may revoke this authorization in writing at any time. Treatment will not be conditioned on signing.", "", "Signature: ______________  Date: %s" % fd(p.when, 0), "",
                 "For HIM use: Date rec'd %s  Processed by %s  Pages %d  Fee: %s" % (fd(addd(p.when, 1), 0), ch(["RC", "LM", "AT"]), rint(3, 140), ch(["waived", "$0.00", "$6.50"]))]
        return finish("\n".join(lines), p, org)
    if v == 3:  # PHQ-9 questionnaire
        es = p.lang == "Spanish"
        sc = [rint(0, 3) for _ in range(9)]
        if chance(0.6):
            sc[8] = 0
        lines = [org["name"], ch(["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "PHQ-9 / Cuestionario sobre la salud del paciente", "Depression Screening"]), "Name: %s   Date: %s" % (pname(p, 0), fd(p.when, 0)), "",
                 ("Durante las ultimas 2 semanas, que tan seguido le han molestado los siguientes problemas? (0=Ningun dia 1=Varios dias 2=Mas de la mitad 3=Casi todos los dias)" if es else "Over the last 2 weeks, how often have you been bothered by any of the following problems? (0=Not at all 1=Several days 2=More than half the days 3=Nearly every day)"), ""]
        for i in range(9):
            lines.append("%d. %-62s %d" % (i + 1, (PHQ_ES if es else PHQ_Q)[i], sc[i]))
        lines += ["", "TOTAL: %d" % sum(sc), "Difficulty: %s" % ch(["Not difficult at all", "Somewhat difficult", "Very difficult"]), "", "Staff: reviewed by %s. %s" % (prov("ma").short(), "Item 9 positive - provider notified." if sc[8] else "")]
        return finish("\n".join(lines), p, org)
    if v == 4:  # statement of account
        bal = 0
        rows = []
        for _ in range(rint(2, 6)):
            amt = ch([15, 20, 25, 35, 40, 150, 210])
            d = addd(p.when, -rint(5, 300))
            rows.append((d, ch(["Office visit", "Dental visit", "Lab", "Nominal fee", "Payment - thank you", "Sliding fee adjustment"]), amt))
        rows.sort()
        lines = [org["net"], ch(["STATEMENT OF ACCOUNT", "PATIENT STATEMENT", "Estado de Cuenta"]), "Statement date: %s   Account: %s" % (fd(p.when, 0), p.mrn), "Guarantor: %s\n%s\n%s, %s %s" % (pname(p, 0), p.addr[0], p.addr[1], p.addr[2], p.addr[3]), "",
                 "Date        Description                   Charges   Credits"]
        for d, desc, amt in rows:
            cr = "Payment" in desc or "adjust" in desc
            bal += -amt if cr else amt
            lines.append("%-11s %-29s %8s  %8s" % (fd(d, 0), desc, "" if cr else "%.2f" % amt, "%.2f" % amt if cr else ""))
        lines += ["", "AMOUNT DUE: $%.2f" % max(bal, 0), "You may qualify for our sliding fee discount. No one is refused services due to inability to pay. / Nadie sera negado servicios por falta de pago.", "Pay by phone %s or in person." % org["ph"]]
        return finish("\n".join(lines), p, org)
    if v == 5:  # CHW / care coordination note
        chw = prov("chw")
        lines = [ch(["Community Health Worker Encounter", "Care Coordination Note", "Promotora de Salud - Nota", "Enabling Services Note"]), "%s   DOB %s   %s" % (pname(p, 4), fd(p.dob, 0), fd(p.when, 0)), "",
                 "Contact: %s" % ch(["phone", "in clinic", "home visit", "text"]), "Need identified: %s" % ch(["food insecurity", "transportation to specialist appt", "utility shut-off notice", "Medicaid renewal", "housing", "immigration-related fear of using services"]),
                 "Actions: %s" % "; ".join(pick(["completed Medicaid renewal online", "scheduled Medicaid cab ride", "referred to food pantry and SNAP", "called LIHEAP", "provided bus tokens", "scheduled ophthalmology appt %s" % fd(addd(p.when, 21), 0), "connected with legal aid", "gave list of shelters"], rint(2, 3))),
                 "Outcome: %s" % ch(["pending", "resolved", "pt declined", "will follow up in 1 week"]), "Time: %d min" % rint(10, 60), "", chw.full()]
        return finish("\n".join(lines), p, org)
    if v == 6:  # social needs screening PRAPARE-like
        def yn():
            return ch(["Yes/Si", "No", "No", "Declined"])
        lines = [org["name"], ch(["SOCIAL NEEDS SCREENING", "Protocol for Responding to and Assessing Patients' Assets, Risks and Experiences (screening)", "Evaluacion de Necesidades Sociales"]), "Patient: %s   Date: %s" % (pname(p, 0), fd(p.when, 0)), "",
                 "1. In the past year, have you or family members been unable to get food when it was really needed? %s" % yn(), "2. ...utilities? %s" % yn(), "3. ...medicine or health care? %s" % yn(), "4. Has lack of transportation kept you from medical appointments? %s" % yn(),
                 "5. What is your housing situation today? %s" % ch(["I have housing", "I do not have housing (staying with others, shelter, street)", "Choose not to answer"]), "6. Are you worried about losing your housing? %s" % yn(), "7. Do you feel physically and emotionally safe where you live? %s" % ch(["Yes", "No", "Unsure"]),
                 "8. Highest school completed: %s" % ch(["less than high school", "high school/GED", "more than high school"]), "9. Farmworker status: %s" % ch(["seasonal/migrant", "no"]), "10. How stressed are you? %s" % ch(["not at all", "a little", "somewhat", "quite a bit", "very much"]), "",
                 "Score/Positive domains: %d   Referred to CHW: %s" % (rint(0, 5), ch(["Y", "N"]))]
        return finish("\n".join(lines), p, org)
    if v == 7:  # attorney records request / subpoena
        firm = "%s & %s, P.C." % (ch(PROV_L), ch(PROV_L))
        lines = [firm, "Attorneys at Law", "%s, %s, %s" % (address()[0], ch(TOWNS)[0], ch(["NM", "AZ", "TX"])), "", fd(p.when, 2), "", "Custodian of Records", org["name"], "", "Re: Our client: %s   DOB: %s   Date of injury: %s" % (pname(p, 0), fd(p.dob, 0), fd(addd(p.when, -rint(30, 400)), 0)), "",
                 "Dear Custodian of Records:", "", "This office represents the above-named individual in connection with a %s. Enclosed please find a HIPAA-compliant authorization signed by our client. Please provide complete copies of all medical records, billing records and itemized statements from %s to present." % (ch(["motor vehicle accident", "workplace injury", "premises liability claim"]), fd(addd(p.when, -rint(400, 2000)), 0)),
                 "", "Please include an affidavit of the custodian of records. We will pay reasonable copying charges per state statute.", "", "Sincerely,", "", "%s, Paralegal" % (ch(PROV_F) + " " + ch(PROV_L)), "Enclosure"]
        return finish("\n".join(lines), p, None)
    if v == 8:  # Medicaid eligibility notice
        lines = [ch(["STATE HUMAN SERVICES DEPARTMENT - Income Support Division", "Health Care Authority - Medical Assistance Division", "Department of Economic Security"]), "NOTICE OF CASE ACTION / AVISO DE ACCION", "", "Date: %s   Case #: %d" % (fd(p.when, 0), rint(100000000, 999999999)), "%s\n%s\n%s, %s %s" % (pname(p, 0), p.addr[0], p.addr[1], p.addr[2], p.addr[3]), "",
                 ch(["Your application for Medicaid has been APPROVED effective %s. Category: %s." % (fd(dt.date(p.when.year, p.when.month, 1), 0), ch(["Adult Group", "Pregnancy-related", "Children's Medicaid", "Family Planning only"])),
                     "Your application for Medicaid has been DENIED. Reason: household income exceeds the limit for your household size.", "Your Medicaid coverage will END on %s because your renewal form was not received." % fd(addd(p.when, 30), 0)]), "",
                 "You have the right to request a fair hearing within 90 days of the date of this notice.", "If you need this notice in Spanish, call 1-800-555-%04d. / Si necesita este aviso en espanol, llame." % rint(100, 199), "", "Scanned into chart by %s" % prov("chw").short() if chance(0.5) else ""]
        return finish("\n".join(lines), p, None)
    if v == 9:  # clinical photograph caption
        lines = [ch(["CLINICAL PHOTOGRAPH", "Photo Documentation", "Media - Image"]), "Patient: %s  MRN %s" % (pname(p, 4), p.mrn), "Date taken: %s %s   Taken by: %s" % (fd(p.when, 0), tm(), prov(ch(["rn", "ma", "fm"])).short()),
                 "Body site: %s\nDescription: %s" % ch([("left plantar foot", "diabetic foot ulcer 1.5 x 1.0 cm, granulating base"), ("right lower leg", "cellulitis, border marked with pen"), ("sacrum", "stage 2 pressure injury 2 x 2 cm"), ("face - left cheek", "rash, annular scaly plaques"),
                                                          ("oral cavity, #19 region", "swelling buccal vestibule"), ("left forearm", "laceration after repair, 6 sutures")]),
                 "Consent for photography: %s" % ch(["verbal", "signed", "on file"]), "[image]" if chance(0.6) else "", "Camera/Device: %s" % ch(["clinic iPad #3", "Wound camera", "dental intraoral camera"])]
        return finish("\n".join(lines), p, org)
    if v == 10:  # WIC / school form / disability form
        p = make_patient(peds=chance(0.6))
        lines = [ch(["WIC MEDICAL DOCUMENTATION FORM", "Request for Special Formula - WIC", "SCHOOL HEALTH FORM - Medication Authorization"]), "", "Participant: %s   DOB %s" % (pname(p, 0), fd(p.dob, 0)), "Weight %.1f lb  Length/Height %.1f in  Date measured %s" % (vitals(p)["wt"], vitals(p)["ht"], fd(p.when, 0)), "Hgb: %.1f g/dL" % rfl(9.5, 13.5),
                 "Qualifying condition: %s" % ch(["cow's milk protein allergy", "failure to thrive", "prematurity", "asthma - albuterol at school", "none"]), "Formula/food requested: %s" % ch(["Alimentum 32 oz/day x 3 mo", "standard", "n/a", "albuterol HFA 2 puffs q4h PRN at school"]), "",
                 "Health care provider: %s   %s   Phone %s" % (prov("peds").full(), org["name"], org["ph"]), "Signature ______  Date %s" % fd(p.when, 0)]
        return finish("\n".join(lines), p, org)
    # v == 11 questionnaire: AUDIT-C / intake / GAD-7
    sc = [rint(0, 3) for _ in range(7)]
    qs = ["Feeling nervous, anxious, or on edge", "Not being able to stop or control worrying", "Worrying too much about different things", "Trouble relaxing", "Being so restless that it is hard to sit still", "Becoming easily annoyed or irritable", "Feeling afraid, as if something awful might happen"]
    lines = [org["name"], ch(["GAD-7", "Anxiety Screening (GAD-7)", "Cuestionario de Ansiedad"]), "Name %s   %s" % (pname(p, 0), fd(p.when, 0)), "", "Over the last 2 weeks, how often have you been bothered by the following problems?"] + ["%d. %-55s %d" % (i + 1, q, sc[i]) for i, q in enumerate(qs)] + ["", "Total score: %d" % sum(sc), "Interpretation: %s" % ("severe" if sum(sc) >= 15 else "moderate" if sum(sc) >= 10 else "mild" if sum(sc) >= 5 else "minimal")]
    return finish("\n".join(lines), p, org)


def h_name():
    return ch(HOSPITALS)[0]


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
GENS = [
    ("discharge_summary", g_discharge), ("history_physical", g_hp), ("progress_note", g_progress), ("consult_note", g_consult),
    ("operative_note", g_op), ("procedure_note", g_procedure), ("lab_report", g_lab), ("imaging_report", g_imaging),
    ("pathology_report", g_path), ("medication_list", g_medlist), ("prescription", g_rx), ("anesthesia_record", g_anesthesia),
    ("correspondence", g_corr), ("consent_form", g_consent), ("referral_letter", g_referral), ("advance_directive", g_ad),
    ("ecg_report", g_ecg), ("immunization_record", g_imm), ("registration_form", g_reg), ("insurance_card", g_card),
    ("nursing_note", g_nursing), ("ed_note", g_ed), ("transfer_summary", g_transfer), ("provider_orders", g_orders),
    ("discharge_instructions", g_dcinstr), ("other", g_other),
]


def main():
    ap = argparse.ArgumentParser(description="Generate synthetic FQHC clinical documents (JSONL).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    R.seed(a.seed)
    docs = []
    for label, fn in GENS:
        for i in range(a.per_type):
            txt = fn()
            docs.append({"id": "fqhc-s%d-%s-%04d" % (a.seed, label, i + 1), "label": label, "text": txt})
    R.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
