#!/usr/bin/env python3
"""Synthetic medical-record document generator.

Persona: a large (fictitious) US academic medical center -- Kestrel Ridge
University Medical Center (KRUMC) -- whose records are printed from the EHR /
transcription system and then scanned.  All patients, MRNs, providers, payers
and dates are fictitious (dates fall in the 2090s; MRNs carry a ZZ prefix;
surnames are invented placeholder words; phone numbers use 555-01xx).

Usage: python generate.py --seed N --per-type K --out docs.jsonl
Standard library only; output is deterministic for a given seed.
"""
import argparse
import datetime as dt
import hashlib
import json
import random

R = random.Random(0)

# ----------------------------------------------------------------- helpers

def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


def ri(a, b):
    return R.randint(a, b)


def rf(a, b, nd=1):
    return round(R.uniform(a, b), nd)


def some(seq, a, b):
    b = min(b, len(seq))
    a = min(a, b)
    return R.sample(list(seq), ri(a, b))


def wpick(pairs):
    """pairs: list of (item, weight)."""
    tot = sum(w for _, w in pairs)
    x = R.uniform(0, tot)
    for it, w in pairs:
        x -= w
        if x <= 0:
            return it
    return pairs[-1][0]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def join_and(items):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    if len(items) == 2:
        return items[0] + " and " + items[1]
    return ", ".join(items[:-1]) + ", and " + items[-1]


def hdr(name, style):
    """Render a section header in one of the institution's house styles."""
    if style == 0:
        return name.upper() + ":"
    if style == 1:
        return name.title() + ":"
    if style == 2:
        return name.upper()
    if style == 3:
        return "** " + name.upper() + " **"
    if style == 4:
        return "--- " + name.title() + " ---"
    return name.upper() + ":"


def num(x, nd=1):
    return ("%." + str(nd) + "f") % x if nd else str(int(round(x)))


# ----------------------------------------------------------------- dates/times

DATE_STYLES = ["%m/%d/%Y", "%m/%d/%Y", "%m/%d/%y", "%Y-%m-%d", "%d-%b-%Y", "%B %d, %Y"]


class DocClock:
    def __init__(self):
        self.style = pick(DATE_STYLES)
        self.tstyle = pick(["%H:%M", "%H%M", "%I:%M %p", "%H:%M"])
        y = ri(2091, 2097)
        self.base = dt.datetime(y, ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59))

    def d(self, when=None):
        when = when or self.base
        s = when.strftime(self.style)
        if self.style == "%d-%b-%Y":
            s = s.upper()
        return s

    def t(self, when=None):
        when = when or self.base
        return when.strftime(self.tstyle)

    def dt(self, when=None):
        return self.d(when) + " " + self.t(when)

    def plus(self, days=0, hours=0, minutes=0):
        return self.base + dt.timedelta(days=days, hours=hours, minutes=minutes)


# ----------------------------------------------------------------- people

FIRST_F = ["Abigail", "Beatrix", "Camila", "Delphine", "Esperanza", "Farah", "Gwendolyn", "Harriet", "Imani",
           "Josefina", "Keiko", "Lucinda", "Marisol", "Nadia", "Ottilie", "Priya", "Quinn", "Rosalind",
           "Saoirse", "Tamsin", "Ursula", "Valentina", "Wilhelmina", "Xiomara", "Yolanda", "Zelda", "Agnes",
           "Bernadette", "Constance", "Dolores", "Eleni", "Fatima", "Greta", "Hyacinth", "Ines", "Juniper",
           "Leilani", "Mabel", "Noor", "Odessa", "Pilar", "Rukmini", "Sunniva", "Thi", "Yesenia"]
FIRST_M = ["Ambrose", "Bartholomew", "Casimir", "Desmond", "Ezekiel", "Fitzgerald", "Gideon", "Horatio",
           "Ignatius", "Jedediah", "Kwame", "Leopold", "Mortimer", "Nikolai", "Octavio", "Percival",
           "Quentin", "Rafferty", "Silas", "Thaddeus", "Ulysses", "Virgil", "Wendell", "Xavier", "Yusuf",
           "Zebulon", "Alistair", "Barnaby", "Cornelius", "Dashiell", "Emeka", "Florian", "Giovanni",
           "Hamish", "Ishaan", "Jovan", "Lazarus", "Malachi", "Obadiah", "Roscoe", "Tobias", "Vikram"]
SURNAMES = ["Testerson", "Sampleton", "Demoski", "Fictorino", "Mockley", "Dummett", "Exampleton",
            "Notreal", "Placeholdt", "Specimenko", "Pseudonimo", "Fakeley", "Phantomson", "Madeupwell",
            "Nonesuch", "Hypothetico", "Prototypo", "Imaginari", "Synthetica", "Simulato", "Testova",
            "Sampleberg", "Demostrand", "Fabricant", "Inventova", "Fictionelli", "Mockford", "Dummyhurst",
            "Pretendez", "Surrogatto", "Anonymo", "Nobodyson", "Quuxley", "Foobarsky", "Bazmann",
            "Loremson", "Ipsumov", "Dolorosa", "Testwater", "Samplewood", "Mockingham", "Fauxbourg",
            "Fakenham-Test", "Zzyzx", "Nullman", "Voidsworth", "Dummington", "Testacre", "Sham-Smith",
            "Placebova", "Makebelieve", "Figmenti", "Fantasmo", "Ersatzky"]
MIDDLE = list("ABCDEFGHJKLMNPRSTW")
STREETS = ["Placeholder Pkwy", "Example Ave", "Fictional Ln", "Test Blvd", "Sample St", "Imaginary Ct",
           "Nowhere Rd", "Mockingbird Trl", "Dummy Dr", "Synthetic Way", "Pretend Pl", "Notareal Cir"]
CITIES = ["Fairhaven", "Nullport", "Testville", "Samplesburg", "Mock Falls", "Fakeston", "Lorem Heights",
          "Dummyton", "Placeholder City"]
PAYERS = [("Fictiva BlueShield PPO", "FBS"), ("Placeholder Health Plan HMO", "PHP"),
          ("Medicare Part A & B (TEST)", "MCR"), ("ZZ State Medicaid - Nowhere Care", "MCD"),
          ("Mockwell Mutual EPO", "MMU"), ("Samplecare Advantage (Medicare Adv.)", "SCA"),
          ("Dummyhurst Employees Trust POS", "DET"), ("Tricare-ZZ (TEST)", "TRZ"),
          ("Unobtainium Health Cooperative", "UHC0"), ("Nonesuch National Indemnity", "NNI")]

PROV_FIRST = FIRST_F + FIRST_M


class Person:
    pass


def make_person(sex=None, age=None):
    p = Person()
    p.sex = sex or pick(["F", "M"])
    p.first = pick(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = pick(SURNAMES)
    p.mi = pick(MIDDLE)
    p.age = age if age is not None else ri(19, 92)
    return p


def make_patient(clock, lo=18, hi=92, sex=None):
    p = make_person(sex)
    p.age = ri(lo, hi)
    by = clock.base.year - p.age
    bm, bd = ri(1, 12), ri(1, 28)
    if (bm, bd) > (clock.base.month, clock.base.day):
        by -= 1
    p.dob = dt.datetime(by, bm, bd)
    p.mrn = "ZZ" + "".join(str(ri(0, 9)) for _ in range(7))
    p.fin = str(ri(70000000, 79999999))
    p.addr = "%d %s" % (ri(10, 9899), pick(STREETS))
    p.city = pick(CITIES)
    p.zip = "00%03d" % ri(0, 999)
    p.phone = "(999) 555-01%02d" % ri(0, 99)
    p.payer = pick(PAYERS)
    p.he = "she" if p.sex == "F" else "he"
    p.his = "her" if p.sex == "F" else "his"
    p.him = "her" if p.sex == "F" else "him"
    p.mrms = "Ms." if p.sex == "F" else "Mr."
    p.gender_word = "female" if p.sex == "F" else "male"
    p.gword = pick(["woman", "female"]) if p.sex == "F" else pick(["man", "male"])
    if p.age < 18:
        p.gword = "girl" if p.sex == "F" else "boy"
        p.gender_word = p.gword
    return p


def pname(p, style=None):
    style = style if style is not None else ri(0, 3)
    if style == 0:
        return "%s, %s" % (p.last.upper(), p.first.upper())
    if style == 1:
        return "%s, %s %s" % (p.last, p.first, p.mi)
    if style == 2:
        return "%s %s. %s" % (p.first, p.mi, p.last)
    return "%s %s" % (p.first, p.last)


def doc_name(cred="MD"):
    return "%s %s, %s" % (pick(PROV_FIRST), pick(SURNAMES), cred)


def short_doc(full):
    return "Dr. " + full.split(",")[0].split(" ")[-1]


def staff(cred):
    return "%s %s, %s" % (pick(PROV_FIRST), pick(SURNAMES), cred)


INST = "Kestrel Ridge University Medical Center"
INST_VARIANTS = ["KESTREL RIDGE UNIVERSITY MEDICAL CENTER", "Kestrel Ridge University Medical Center",
                 "KESTREL RIDGE UNIVERSITY HOSPITALS", "KR University Health", "KRUMC"]
CAMPUS = ["Main Campus - Bellweather Tower", "Ellery Pavilion", "Children's Hospital at Kestrel Ridge",
          "Kestrel Ridge Cancer Institute", "Northside Ambulatory Care Center", "Heart & Vascular Institute",
          "Women's Health Pavilion", "Neuroscience Institute, 9th Floor"]
ADDR = "4400 Placeholder Parkway, Fairhaven, ZZ 00000"
UNITS = ["7 West", "8 North", "MICU", "CCU", "5 South Ortho", "L&D", "PICU", "4 East Surg", "10 Tower Onc",
         "6 West Neuro", "3 North Psych", "SICU", "NICU", "9 Cardiac Stepdown", "OBS Unit"]

# ----------------------------------------------------------------- medications

MEDS = {
    "aspirin": (["81 mg", "325 mg"], "PO", ["daily"], "CAD"),
    "atorvastatin": (["40 mg", "80 mg", "20 mg"], "PO", ["nightly", "daily"], "hyperlipidemia"),
    "metoprolol tartrate": (["25 mg", "12.5 mg", "50 mg"], "PO", ["BID", "q12h"], "rate control"),
    "metoprolol succinate": (["25 mg", "50 mg", "100 mg"], "PO", ["daily"], "HFrEF"),
    "lisinopril": (["10 mg", "20 mg", "5 mg", "40 mg"], "PO", ["daily"], "hypertension"),
    "losartan": (["25 mg", "50 mg", "100 mg"], "PO", ["daily"], "hypertension"),
    "amlodipine": (["5 mg", "10 mg", "2.5 mg"], "PO", ["daily"], "hypertension"),
    "furosemide": (["20 mg", "40 mg", "80 mg"], "PO", ["daily", "BID"], "edema"),
    "spironolactone": (["25 mg", "12.5 mg"], "PO", ["daily"], "HFrEF"),
    "apixaban": (["5 mg", "2.5 mg"], "PO", ["BID"], "atrial fibrillation"),
    "warfarin": (["5 mg", "2.5 mg", "7.5 mg"], "PO", ["daily at 1700"], "anticoagulation"),
    "clopidogrel": (["75 mg"], "PO", ["daily"], "s/p PCI"),
    "ticagrelor": (["90 mg"], "PO", ["BID"], "NSTEMI"),
    "sacubitril-valsartan": (["24-26 mg", "49-51 mg"], "PO", ["BID"], "HFrEF"),
    "heparin": (["5,000 units"], "subcut", ["q8h", "q12h"], "VTE prophylaxis"),
    "enoxaparin": (["40 mg", "1 mg/kg"], "subcut", ["daily", "q12h"], "VTE prophylaxis"),
    "metformin": (["500 mg", "1000 mg", "850 mg"], "PO", ["BID with meals"], "type 2 diabetes"),
    "insulin glargine": (["10 units", "18 units", "24 units", "32 units"], "subcut", ["nightly", "daily"], "diabetes"),
    "insulin lispro": (["sliding scale", "4 units", "6 units"], "subcut", ["TID AC", "AC/HS per scale"], "diabetes"),
    "empagliflozin": (["10 mg", "25 mg"], "PO", ["daily"], "diabetes/HF"),
    "semaglutide": (["0.25 mg", "0.5 mg", "1 mg"], "subcut", ["weekly"], "diabetes"),
    "levothyroxine": (["50 mcg", "75 mcg", "88 mcg", "112 mcg"], "PO", ["daily before breakfast"], "hypothyroidism"),
    "pantoprazole": (["40 mg"], "PO", ["daily", "BID"], "GERD"),
    "omeprazole": (["20 mg", "40 mg"], "PO", ["daily"], "GERD"),
    "famotidine": (["20 mg"], "PO", ["BID"], "GI prophylaxis"),
    "ondansetron": (["4 mg", "8 mg"], "PO/IV", ["q6h PRN nausea", "q8h PRN"], "nausea"),
    "acetaminophen": (["650 mg", "1000 mg", "500 mg"], "PO", ["q6h PRN pain", "q8h"], "pain"),
    "oxycodone": (["5 mg", "10 mg"], "PO", ["q4h PRN severe pain", "q6h PRN"], "pain"),
    "hydromorphone": (["0.5 mg", "0.2 mg", "1 mg"], "IV", ["q3h PRN", "q2h PRN breakthrough"], "pain"),
    "ibuprofen": (["400 mg", "600 mg", "800 mg"], "PO", ["q8h PRN", "TID with food"], "pain"),
    "ketorolac": (["15 mg", "30 mg"], "IV", ["q6h x 48h"], "pain"),
    "gabapentin": (["100 mg", "300 mg", "600 mg"], "PO", ["TID", "nightly"], "neuropathy"),
    "sertraline": (["50 mg", "100 mg", "25 mg"], "PO", ["daily"], "depression"),
    "escitalopram": (["10 mg", "20 mg"], "PO", ["daily"], "anxiety"),
    "fluoxetine": (["20 mg", "40 mg"], "PO", ["daily"], "depression"),
    "bupropion XL": (["150 mg", "300 mg"], "PO", ["daily"], "depression"),
    "quetiapine": (["25 mg", "100 mg", "300 mg"], "PO", ["nightly", "BID"], "bipolar disorder"),
    "olanzapine": (["5 mg", "10 mg"], "PO", ["nightly"], "psychosis"),
    "lithium carbonate": (["300 mg", "600 mg"], "PO", ["BID"], "bipolar disorder"),
    "lorazepam": (["0.5 mg", "1 mg"], "PO/IV", ["q6h PRN anxiety", "q4h PRN CIWA > 10"], "anxiety"),
    "trazodone": (["50 mg", "100 mg"], "PO", ["nightly PRN sleep"], "insomnia"),
    "levetiracetam": (["500 mg", "750 mg", "1000 mg"], "PO", ["BID"], "seizures"),
    "lamotrigine": (["100 mg", "200 mg"], "PO", ["BID"], "epilepsy"),
    "sumatriptan": (["50 mg", "100 mg"], "PO", ["PRN migraine, may repeat in 2 h"], "migraine"),
    "carbidopa-levodopa": (["25-100 mg"], "PO", ["TID", "QID"], "Parkinson disease"),
    "donepezil": (["5 mg", "10 mg"], "PO", ["nightly"], "dementia"),
    "tamsulosin": (["0.4 mg", "0.8 mg"], "PO", ["nightly"], "BPH"),
    "finasteride": (["5 mg"], "PO", ["daily"], "BPH"),
    "oxybutynin": (["5 mg"], "PO", ["BID", "TID"], "overactive bladder"),
    "nitrofurantoin": (["100 mg"], "PO", ["BID x 5 days"], "UTI"),
    "ceftriaxone": (["1 g", "2 g"], "IV", ["q24h"], "infection"),
    "cefazolin": (["2 g", "1 g"], "IV", ["q8h", "pre-incision"], "surgical prophylaxis"),
    "piperacillin-tazobactam": (["4.5 g", "3.375 g"], "IV", ["q6h", "q8h extended infusion"], "infection"),
    "vancomycin": (["1,250 mg", "1 g", "1,500 mg"], "IV", ["q12h (pharmacy to dose)", "q24h"], "infection"),
    "azithromycin": (["500 mg", "250 mg"], "PO", ["daily x 3 days", "daily"], "CAP"),
    "amoxicillin": (["500 mg", "875 mg", "400 mg/5 mL"], "PO", ["TID", "BID"], "infection"),
    "amoxicillin-clavulanate": (["875-125 mg"], "PO", ["BID x 7 days"], "infection"),
    "cephalexin": (["500 mg"], "PO", ["QID x 7 days"], "cellulitis"),
    "doxycycline": (["100 mg"], "PO", ["BID"], "infection"),
    "metronidazole": (["500 mg"], "PO", ["TID", "BID x 7 days"], "infection"),
    "ciprofloxacin": (["500 mg"], "PO", ["BID"], "infection"),
    "fluconazole": (["150 mg", "200 mg"], "PO", ["once", "daily"], "candidiasis"),
    "prednisone": (["40 mg", "20 mg", "10 mg", "5 mg"], "PO", ["daily", "daily taper"], "inflammation"),
    "methotrexate": (["15 mg", "20 mg"], "PO", ["weekly on Mondays"], "rheumatoid arthritis"),
    "folic acid": (["1 mg"], "PO", ["daily"], "supplement"),
    "hydroxychloroquine": (["200 mg", "400 mg"], "PO", ["daily"], "SLE"),
    "allopurinol": (["100 mg", "300 mg"], "PO", ["daily"], "gout"),
    "colchicine": (["0.6 mg"], "PO", ["daily", "BID"], "gout"),
    "albuterol HFA": (["90 mcg/puff, 2 puffs"], "INH", ["q4h PRN wheeze"], "asthma"),
    "fluticasone-salmeterol": (["250/50 mcg"], "INH", ["1 puff BID"], "COPD"),
    "tiotropium": (["18 mcg"], "INH", ["daily"], "COPD"),
    "montelukast": (["10 mg", "5 mg chewable"], "PO", ["nightly"], "asthma"),
    "ipratropium-albuterol": (["3 mL neb"], "NEB", ["q6h", "q4h PRN"], "COPD exacerbation"),
    "tamoxifen": (["20 mg"], "PO", ["daily"], "breast cancer"),
    "anastrozole": (["1 mg"], "PO", ["daily"], "breast cancer"),
    "dexamethasone": (["4 mg", "8 mg"], "PO/IV", ["daily", "BID"], "antiemetic/edema"),
    "prochlorperazine": (["10 mg"], "PO", ["q6h PRN nausea"], "nausea"),
    "filgrastim": (["480 mcg"], "subcut", ["daily"], "neutropenia"),
    "docusate": (["100 mg"], "PO", ["BID"], "constipation"),
    "senna": (["8.6 mg", "17.2 mg"], "PO", ["nightly"], "constipation"),
    "polyethylene glycol": (["17 g"], "PO", ["daily PRN"], "constipation"),
    "lactulose": (["20 g", "30 mL"], "PO", ["TID titrate to 2-3 BM/day"], "hepatic encephalopathy"),
    "rifaximin": (["550 mg"], "PO", ["BID"], "hepatic encephalopathy"),
    "mesalamine": (["1.2 g", "2.4 g"], "PO", ["daily"], "ulcerative colitis"),
    "prenatal vitamin": (["1 tab"], "PO", ["daily"], "pregnancy"),
    "ferrous sulfate": (["325 mg"], "PO", ["daily", "every other day"], "iron deficiency"),
    "oxytocin": (["30 units/500 mL"], "IV", ["per protocol"], "postpartum"),
    "medroxyprogesterone": (["150 mg"], "IM", ["every 12 weeks"], "contraception"),
    "norethindrone-ethinyl estradiol": (["1 mg/20 mcg"], "PO", ["daily"], "contraception"),
    "magnesium sulfate": (["4 g load then 2 g/h"], "IV", ["continuous"], "seizure prophylaxis"),
    "nifedipine ER": (["30 mg", "60 mg"], "PO", ["daily"], "hypertension"),
    "labetalol": (["100 mg", "200 mg"], "PO", ["BID"], "hypertension in pregnancy"),
    "cholecalciferol": (["1,000 units", "2,000 units"], "PO", ["daily"], "vitamin D deficiency"),
    "calcium carbonate": (["500 mg", "1,250 mg"], "PO", ["BID"], "supplement"),
    "alendronate": (["70 mg"], "PO", ["weekly"], "osteoporosis"),
    "sevelamer": (["800 mg"], "PO", ["TID with meals"], "hyperphosphatemia"),
    "epoetin alfa": (["10,000 units"], "subcut", ["weekly"], "anemia of CKD"),
    "tacrolimus": (["1 mg", "2 mg"], "PO", ["q12h"], "transplant"),
    "mycophenolate mofetil": (["500 mg", "1000 mg"], "PO", ["BID"], "transplant"),
    "methylphenidate ER": (["18 mg", "36 mg"], "PO", ["every morning"], "ADHD"),
    "cetirizine": (["10 mg", "5 mg"], "PO", ["daily"], "allergic rhinitis"),
    "fluticasone nasal": (["50 mcg/spray, 2 sprays each nostril"], "NAS", ["daily"], "allergic rhinitis"),
    "buprenorphine-naloxone": (["8-2 mg"], "SL", ["daily", "BID"], "opioid use disorder"),
    "naloxone nasal": (["4 mg"], "NAS", ["PRN suspected overdose"], "overdose rescue"),
    "nicotine patch": (["21 mg/24 h", "14 mg/24 h"], "TD", ["daily"], "tobacco use"),
    "thiamine": (["100 mg"], "PO/IV", ["daily"], "alcohol use"),
    "potassium chloride": (["20 mEq", "40 mEq"], "PO", ["daily", "x1"], "hypokalemia"),
    "clobetasol 0.05% ointment": (["thin layer"], "TOP", ["BID"], "dermatitis"),
    "mupirocin 2% ointment": (["apply"], "TOP", ["TID"], "wound"),
    "timolol 0.5% drops": (["1 drop OU"], "OPH", ["BID"], "glaucoma"),
    "valacyclovir": (["1 g", "500 mg"], "PO", ["BID", "TID x 7 days"], "herpes"),
    "bictegravir-emtricitabine-TAF": (["1 tab"], "PO", ["daily"], "HIV"),
    "isoniazid": (["300 mg"], "PO", ["daily"], "latent TB"),
    "pyridoxine": (["50 mg"], "PO", ["daily"], "with INH"),
}
MED_NAMES = list(MEDS.keys())
BRAND = {"atorvastatin": "Lipitor", "apixaban": "Eliquis", "metoprolol succinate": "Toprol XL",
         "sacubitril-valsartan": "Entresto", "empagliflozin": "Jardiance", "semaglutide": "Ozempic",
         "levothyroxine": "Synthroid", "pantoprazole": "Protonix", "sertraline": "Zoloft",
         "escitalopram": "Lexapro", "quetiapine": "Seroquel", "levetiracetam": "Keppra",
         "tamsulosin": "Flomax", "clopidogrel": "Plavix", "gabapentin": "Neurontin",
         "insulin glargine": "Lantus", "montelukast": "Singulair", "ondansetron": "Zofran",
         "oxycodone": "Roxicodone", "warfarin": "Coumadin", "ticagrelor": "Brilinta",
         "fluticasone-salmeterol": "Advair", "tiotropium": "Spiriva", "donepezil": "Aricept"}

ALLERGIES = [("penicillin", "hives"), ("sulfa drugs", "rash"), ("codeine", "nausea/vomiting"),
             ("latex", "contact dermatitis"), ("iodinated contrast", "urticaria"), ("morphine", "pruritus"),
             ("shellfish", "throat swelling"), ("lisinopril", "angioedema"), ("vancomycin", "red man syndrome"),
             ("peanuts", "anaphylaxis"), ("cefazolin", "rash"), ("adhesive tape", "blistering"),
             ("NSAIDs", "GI bleed"), ("ciprofloxacin", "tendinitis"), ("egg", "hives")]


def med_line(name, style=0):
    doses, route, freqs, ind = MEDS[name]
    dose, freq = pick(doses), pick(freqs)
    if style == 0:
        return "%s %s %s %s" % (name, dose, route, freq)
    if style == 1:
        b = BRAND.get(name)
        return "%s%s %s %s %s" % (name.title(), " (" + b + ")" if b else "", dose, route, freq)
    if style == 2:
        return "%s %s, take by %s %s (for %s)" % (name, dose, {"PO": "mouth", "subcut": "injection under the skin",
                                                         "INH": "inhalation", "IV": "vein", "TOP": "skin",
                                                         "NAS": "nose", "SL": "dissolving under tongue",
                                                         "TD": "patch to skin", "OPH": "eye drops",
                                                         "NEB": "nebulizer", "IM": "injection in muscle",
                                                         "PO/IV": "mouth"}.get(route, route), freq, ind)
    return "%s %s %s %s" % (name.upper(), dose.upper(), route, freq.upper())


def allergy_list():
    if chance(0.35):
        return [], pick(["NKDA", "No Known Drug Allergies", "No known allergies", "NKA"])
    al = some(ALLERGIES, 1, 3)
    return al, "; ".join("%s (%s)" % a for a in al)


# ----------------------------------------------------------------- specialties
# dx tuples: (diagnosis, ICD-10, chief complaint, story fragment)

SPEC = {
    "cardiology": dict(
        dept="Division of Cardiovascular Medicine", service="Cardiology", age=(42, 90), sex=None,
        dx=[("NSTEMI (non-ST elevation myocardial infarction)", "I21.4", "chest pain",
             "substernal pressure radiating to the left arm that began while shoveling"),
            ("Atrial fibrillation with rapid ventricular response", "I48.91", "palpitations",
             "intermittent racing heartbeat with lightheadedness over three days"),
            ("Acute on chronic systolic (congestive) heart failure", "I50.23", "shortness of breath",
             "progressive dyspnea on exertion, three-pillow orthopnea and an 8 lb weight gain"),
            ("Unstable angina", "I20.0", "chest tightness",
             "crescendo exertional chest tightness now occurring at rest"),
            ("Symptomatic sinus bradycardia", "R00.1", "dizziness",
             "episodes of presyncope with heart rates in the 30s on a home monitor"),
            ("Severe aortic stenosis", "I35.0", "exertional dyspnea",
             "declining exercise tolerance and one episode of exertional syncope"),
            ("Hypertensive urgency", "I16.0", "headache",
             "occipital headache with home blood pressures above 200 systolic"),
            ("Pericarditis, acute idiopathic", "I30.9", "pleuritic chest pain",
             "sharp chest pain that improves with sitting forward following a viral illness")],
        meds=["aspirin", "atorvastatin", "metoprolol succinate", "lisinopril", "apixaban", "furosemide",
              "spironolactone", "clopidogrel", "sacubitril-valsartan", "ticagrelor", "amlodipine", "colchicine"],
        procs=["cardioversion", "tee", "central_line", "arterial_line"], ops=["cabg"],
        imaging=["echo", "cxr", "nuclear_stress", "ct_pe"], path=[],
        pmh=["hypertension", "hyperlipidemia", "type 2 diabetes mellitus", "CAD s/p PCI to LAD",
             "tobacco use (40 pack-years)", "obstructive sleep apnea", "CKD stage 3a"],
        plan=["heparin infusion per ACS nomogram", "serial high-sensitivity troponins", "continuous telemetry",
              "transthoracic echocardiogram to assess LV function", "IV furosemide diuresis with strict I/O",
              "rate control with metoprolol", "cardiac catheterization in the morning",
              "daily weights and 2 g sodium restriction", "high-intensity statin therapy",
              "anticoagulation with apixaban (CHA2DS2-VASc 4)"]),
    "orthopedics": dict(
        dept="Department of Orthopaedic Surgery", service="Orthopaedics", age=(16, 88), sex=None,
        dx=[("Right hip intertrochanteric fracture", "S72.141A", "hip pain after fall",
             "a mechanical fall at home with immediate inability to bear weight"),
            ("Primary osteoarthritis, left knee", "M17.12", "knee pain",
             "years of progressive knee pain refractory to injections and physical therapy"),
            ("Displaced distal radius fracture, left", "S52.502A", "wrist injury",
             "a fall onto an outstretched hand while rollerblading"),
            ("Complete tear of anterior cruciate ligament, right knee", "S83.511A", "knee instability",
             "a pivoting injury playing soccer with a pop and immediate swelling"),
            ("Lumbar spinal stenosis with neurogenic claudication", "M48.062", "back and leg pain",
             "bilateral buttock and leg pain with walking relieved by sitting"),
            ("Periprosthetic joint infection, right knee", "T84.53XA", "knee swelling and fever",
             "two weeks of increasing knee pain, warmth and low-grade fevers after arthroplasty"),
            ("Bimalleolar ankle fracture", "S82.841A", "ankle pain",
             "an inversion injury stepping off a curb with deformity"),
            ("Carpal tunnel syndrome, right", "G56.01", "hand numbness",
             "nocturnal numbness of the thumb, index and middle fingers")],
        meds=["acetaminophen", "oxycodone", "enoxaparin", "cefazolin", "ibuprofen", "docusate", "senna",
              "gabapentin", "aspirin", "cholecalciferol"],
        procs=["knee_injection", "nerve_block", "laceration"], ops=["tka", "tha", "orif_radius", "acl", "carpal_tunnel",
                                                                     "laminectomy"],
        imaging=["xr_knee", "xr_hip", "mri_knee", "mri_lspine", "xr_wrist"], path=["femoral_head"],
        pmh=["osteoporosis", "hypertension", "obesity (BMI 36)", "gout", "prior left TKA"],
        plan=["weight bearing as tolerated with walker", "DVT prophylaxis with enoxaparin for 28 days",
              "PT/OT evaluation and daily sessions", "multimodal analgesia", "Hemovac drain removal POD1",
              "bowel regimen while on opioids", "neurovascular checks every 4 hours", "ice and elevation",
              "orthogeriatrics co-management", "DEXA and osteoporosis workup as outpatient"]),
    "obgyn": dict(
        dept="Department of Obstetrics & Gynecology", service="OB/GYN", age=(18, 46), sex="F",
        dx=[("Intrauterine pregnancy at 39w2d, arrest of dilation", "O62.1", "contractions",
             "regular painful contractions since early morning with spontaneous rupture of membranes"),
            ("Preeclampsia with severe features", "O14.13", "headache and elevated BP",
             "new-onset headache, scotomata and blood pressures of 165/108 at 34 weeks"),
            ("Symptomatic uterine leiomyomata", "D25.9", "heavy menstrual bleeding",
             "menorrhagia with clots requiring a change of pads every hour"),
            ("Ectopic pregnancy, left tubal", "O00.10", "pelvic pain",
             "left lower quadrant pain and spotting six weeks after her last menstrual period"),
            ("Gestational diabetes mellitus, diet-controlled", "O24.410", "abnormal glucose tolerance test",
             "a failed three-hour glucose tolerance test at 27 weeks"),
            ("Postpartum hemorrhage", "O72.1", "heavy bleeding after delivery",
             "brisk vaginal bleeding after an uncomplicated vaginal delivery"),
            ("Hyperemesis gravidarum", "O21.1", "nausea and vomiting",
             "intractable vomiting at 10 weeks with inability to tolerate liquids"),
            ("Abnormal uterine bleeding, postmenopausal", "N95.0", "vaginal bleeding",
             "new spotting two years after menopause")],
        meds=["prenatal vitamin", "ferrous sulfate", "oxytocin", "ibuprofen", "magnesium sulfate", "labetalol",
              "nifedipine ER", "medroxyprogesterone", "norethindrone-ethinyl estradiol", "ondansetron", "docusate"],
        procs=["iud", "ob_us_bedside", "endometrial_bx"], ops=["csection", "hysterectomy", "dc_hysteroscopy",
                                                              "salpingectomy"],
        imaging=["ob_us", "pelvic_us"], path=["endometrium", "placenta", "uterus", "pap", "fallopian"],
        pmh=["G3P2002", "prior cesarean section", "anemia", "asthma", "polycystic ovary syndrome"],
        plan=["continuous fetal monitoring", "magnesium sulfate seizure prophylaxis", "betamethasone for fetal lung maturity",
              "type and screen", "strict input and output", "Rh status and Rhogam if indicated",
              "lactation consult", "postpartum hemoglobin check", "serial quantitative beta-hCG",
              "contraception counseling"]),
    "pediatrics": dict(
        dept="Department of Pediatrics", service="General Pediatrics", age=(0, 17), sex=None,
        dx=[("Bronchiolitis, RSV positive", "J21.0", "cough and difficulty breathing",
             "three days of rhinorrhea, cough and increased work of breathing with poor feeding"),
            ("Acute asthma exacerbation, moderate", "J45.41", "wheezing",
             "wheezing and chest tightness after an upper respiratory infection"),
            ("Diabetic ketoacidosis, new-onset type 1 diabetes", "E10.10", "vomiting and lethargy",
             "two weeks of polyuria, polydipsia and weight loss followed by vomiting"),
            ("Acute otitis media, bilateral", "H66.93", "ear pain and fever",
             "fever to 102.4 F and tugging at both ears"),
            ("Febrile seizure, simple", "R56.00", "seizure",
             "a two-minute generalized seizure in the setting of fever"),
            ("Acute gastroenteritis with moderate dehydration", "K52.9", "vomiting and diarrhea",
             "two days of non-bloody diarrhea and vomiting with decreased wet diapers"),
            ("Community-acquired pneumonia, right lower lobe", "J18.9", "fever and cough",
             "five days of fever and productive cough with tachypnea"),
            ("Neonatal hyperbilirubinemia", "P59.9", "jaundice",
             "increasing jaundice on day of life three in a breastfed infant")],
        meds=["amoxicillin", "acetaminophen", "ibuprofen", "albuterol HFA", "montelukast", "ondansetron",
              "prednisone", "cetirizine", "insulin glargine", "methylphenidate ER"],
        procs=["lp", "laceration"], ops=["tonsillectomy", "appendectomy"],
        imaging=["cxr", "abd_us"], path=["tonsil", "appendix"],
        pmh=["born full term via SVD", "eczema", "prior RSV bronchiolitis", "up to date on immunizations",
             "ADHD", "peanut allergy"],
        plan=["nasal suctioning and supplemental oxygen to keep saturation above 90%",
              "albuterol 4 puffs every 2 hours, space as tolerated", "oral rehydration challenge",
              "insulin drip per pediatric DKA protocol", "dexamethasone x1",
              "weight-based acetaminophen for fever", "strict intake and output with diaper weights",
              "caregiver education on asthma action plan", "social work consult", "endocrinology consult"]),
    "oncology": dict(
        dept="Kestrel Ridge Cancer Institute - Medical Oncology", service="Hematology/Oncology", age=(30, 88), sex=None,
        dx=[("Stage IIIC adenocarcinoma of the sigmoid colon", "C18.7", "fatigue",
             "fatigue, change in bowel habits and iron-deficiency anemia"),
            ("Invasive ductal carcinoma, left breast, ER+/PR+/HER2-", "C50.412", "breast mass",
             "a self-palpated left breast mass confirmed on diagnostic mammogram"),
            ("Neutropenic fever", "D70.1", "fever",
             "temperature of 38.6 C nine days after cycle 3 of chemotherapy"),
            ("Diffuse large B-cell lymphoma", "C83.30", "night sweats",
             "drenching night sweats, 15 lb weight loss and cervical adenopathy"),
            ("Non-small cell lung cancer, adenocarcinoma, stage IV", "C34.91", "cough",
             "persistent cough and right shoulder pain with a lung mass on CT"),
            ("Malignant pleural effusion", "J91.0", "dyspnea",
             "worsening dyspnea with a large left pleural effusion"),
            ("Pancreatic adenocarcinoma, head", "C25.0", "jaundice",
             "painless jaundice, pruritus and dark urine"),
            ("Tumor lysis syndrome", "E88.3", "abnormal labs",
             "rising potassium and uric acid after induction chemotherapy")],
        meds=["ondansetron", "dexamethasone", "prochlorperazine", "filgrastim", "tamoxifen", "anastrozole",
              "oxycodone", "allopurinol", "enoxaparin", "senna", "lorazepam"],
        procs=["bm_biopsy", "thoracentesis", "paracentesis"], ops=["port", "lumpectomy", "hemicolectomy"],
        imaging=["ct_cap", "pet", "mammo"], path=["breast_core", "colon_resection", "lymph_node", "bone_marrow",
                                                   "ebus"],
        pmh=["prior chemotherapy with FOLFOX", "port-a-cath in place", "chemotherapy-induced neuropathy",
             "DVT on anticoagulation", "hypothyroidism"],
        plan=["cefepime 2 g IV q8h for neutropenic fever", "blood cultures x2 from port and periphery",
              "growth factor support with filgrastim", "restaging CT chest/abdomen/pelvis",
              "tumor board review", "palliative care referral for symptom management",
              "allopurinol and aggressive IV hydration", "hold chemotherapy until ANC above 1500",
              "port flush and dressing change", "genetic counseling referral"]),
    "psychiatry": dict(
        dept="Department of Psychiatry and Behavioral Sciences", service="Inpatient Psychiatry", age=(16, 80), sex=None,
        dx=[("Major depressive disorder, recurrent, severe without psychotic features", "F33.2", "suicidal ideation",
             "two months of worsening low mood, anhedonia and passive then active suicidal ideation"),
            ("Bipolar I disorder, current episode manic, severe", "F31.2", "agitation",
             "a week of decreased need for sleep, pressured speech and impulsive spending"),
            ("Schizophrenia, acute exacerbation", "F20.9", "auditory hallucinations",
             "command auditory hallucinations after stopping medications a month ago"),
            ("Alcohol use disorder, severe, with withdrawal", "F10.239", "tremor and anxiety",
             "tremulousness and diaphoresis 24 hours after the last drink"),
            ("Generalized anxiety disorder", "F41.1", "anxiety",
             "persistent worry, insomnia and muscle tension for over a year"),
            ("Opioid use disorder, severe", "F11.20", "request for treatment",
             "daily intranasal fentanyl use and a recent nonfatal overdose"),
            ("Post-traumatic stress disorder, chronic", "F43.12", "nightmares",
             "recurrent nightmares, hypervigilance and avoidance after a motor vehicle collision"),
            ("Delirium due to multiple etiologies", "F05", "confusion",
             "fluctuating attention and nocturnal agitation on the surgical floor")],
        meds=["sertraline", "escitalopram", "fluoxetine", "bupropion XL", "quetiapine", "olanzapine",
              "lithium carbonate", "lorazepam", "trazodone", "buprenorphine-naloxone", "naloxone nasal",
              "thiamine", "nicotine patch"],
        procs=["ect"], ops=[], imaging=["ct_head", "mri_brain"], path=[],
        pmh=["prior psychiatric hospitalization x2", "history of self-harm", "hypothyroidism",
             "tobacco use", "cannabis use", "migraine"],
        plan=["every-15-minute safety checks", "lithium level in 5 days", "CIWA-Ar protocol with lorazepam",
              "individual and group psychotherapy", "family meeting with patient consent",
              "titration of sertraline to 100 mg", "metabolic monitoring for antipsychotic",
              "discharge planning with intensive outpatient program", "buprenorphine induction",
              "naloxone kit and overdose education"]),
    "gi": dict(
        dept="Division of Gastroenterology & Hepatology", service="Gastroenterology", age=(25, 89), sex=None,
        dx=[("Upper GI bleed, duodenal ulcer", "K26.4", "melena",
             "three days of black tarry stools and lightheadedness while taking ibuprofen daily"),
            ("Acute pancreatitis, alcohol-induced", "K85.20", "epigastric pain",
             "severe epigastric pain radiating to the back after a weekend of heavy drinking"),
            ("Decompensated alcoholic cirrhosis with ascites", "K70.31", "abdominal distension",
             "increasing abdominal girth and leg swelling over four weeks"),
            ("Ulcerative colitis flare", "K51.90", "bloody diarrhea",
             "eight to ten bloody bowel movements daily with urgency"),
            ("Choledocholithiasis", "K80.50", "RUQ pain and jaundice",
             "right upper quadrant pain, scleral icterus and elevated bilirubin"),
            ("Hepatic encephalopathy", "K76.82", "confusion",
             "two days of confusion and day-night reversal in a patient with known cirrhosis"),
            ("Clostridioides difficile colitis", "A04.72", "diarrhea",
             "profuse watery diarrhea after a course of clindamycin"),
            ("Iron deficiency anemia, suspected occult GI blood loss", "D50.0", "fatigue",
             "fatigue and a hemoglobin of 8.1 with heme-positive stool")],
        meds=["pantoprazole", "omeprazole", "lactulose", "rifaximin", "mesalamine", "ondansetron",
              "ferrous sulfate", "spironolactone", "furosemide", "metronidazole", "polyethylene glycol"],
        procs=["egd", "colonoscopy", "paracentesis"], ops=["lap_chole", "hemicolectomy"],
        imaging=["ruq_us", "ct_ap", "mrcp"], path=["gastric_bx", "colon_polyp", "gallbladder", "liver_bx"],
        pmh=["GERD", "alcohol use disorder", "hepatitis C, treated", "cholecystectomy", "Barrett esophagus"],
        plan=["pantoprazole 40 mg IV BID", "two large-bore IVs and type and crossmatch 2 units",
              "upper endoscopy within 24 hours", "diagnostic and therapeutic paracentesis",
              "albumin 25 g per 1 L of ascites removed", "lactulose titrated to 3 soft stools daily",
              "clear liquid diet, advance as tolerated", "ERCP with GI", "C. difficile PCR",
              "outpatient surveillance colonoscopy"]),
    "urology": dict(
        dept="Department of Urology", service="Urology", age=(25, 90), sex=None,
        dx=[("Obstructing 7 mm left ureteral stone", "N20.1", "flank pain",
             "sudden severe left flank pain radiating to the groin with hematuria"),
            ("Benign prostatic hyperplasia with urinary retention", "N40.1", "inability to urinate",
             "inability to void for 14 hours with suprapubic pain"),
            ("Prostate adenocarcinoma, Gleason 3+4", "C61", "elevated PSA",
             "a PSA that rose from 4.1 to 7.8 over 18 months"),
            ("Gross hematuria", "R31.0", "blood in urine",
             "painless gross hematuria with clots for two days"),
            ("Complicated urinary tract infection / pyelonephritis", "N10", "fever and dysuria",
             "dysuria, rigors and right costovertebral angle tenderness"),
            ("Urothelial carcinoma of the bladder", "C67.9", "hematuria",
             "intermittent hematuria in a former smoker with a bladder mass on CT"),
            ("Testicular torsion, left", "N44.00", "scrotal pain",
             "acute onset left testicular pain that woke him from sleep")],
        meds=["tamsulosin", "finasteride", "oxybutynin", "nitrofurantoin", "ciprofloxacin", "ceftriaxone",
              "oxycodone", "ketorolac", "ondansetron"],
        procs=["cystoscopy", "foley"], ops=["turp", "ureteroscopy", "prostatectomy", "turbt"],
        imaging=["ct_stone", "renal_us"], path=["prostate_bx", "bladder_tumor", "prostate_chips"],
        pmh=["nephrolithiasis", "BPH", "former smoker", "hypertension"],
        plan=["tamsulosin for medical expulsive therapy", "strain all urine", "urine culture",
              "cystoscopy with left ureteral stent placement", "Foley catheter with voiding trial in one week",
              "continuous bladder irrigation", "IV ceftriaxone pending culture",
              "PSA and MRI prostate", "scrotal ultrasound with Doppler"]),
    "neurology": dict(
        dept="Department of Neurology", service="Neurology / Stroke", age=(20, 92), sex=None,
        dx=[("Acute ischemic stroke, left MCA territory", "I63.512", "right-sided weakness",
             "sudden right arm and face weakness with expressive aphasia, last known well 2 hours prior"),
            ("Status epilepticus, resolved", "G40.901", "seizure",
             "two generalized seizures without return to baseline in between"),
            ("Transient ischemic attack", "G45.9", "transient numbness",
             "twenty minutes of left hand numbness and clumsiness that fully resolved"),
            ("Migraine without aura, intractable", "G43.019", "headache",
             "a three-day throbbing headache with photophobia unresponsive to home triptan"),
            ("Guillain-Barre syndrome", "G61.0", "leg weakness",
             "ascending bilateral leg weakness and paresthesias after a diarrheal illness"),
            ("Multiple sclerosis relapse", "G35", "vision loss",
             "painful monocular vision loss over four days"),
            ("Parkinson disease with motor fluctuations", "G20", "falls",
             "increased freezing of gait and two falls in the past month")],
        meds=["aspirin", "clopidogrel", "atorvastatin", "levetiracetam", "lamotrigine", "sumatriptan",
              "carbidopa-levodopa", "donepezil", "gabapentin", "prednisone"],
        procs=["lp", "eeg_proc"], ops=["craniotomy", "cea"],
        imaging=["ct_head", "mri_brain", "cta_head", "carotid_duplex"], path=["brain_tumor"],
        pmh=["hypertension", "atrial fibrillation", "prior TIA", "epilepsy since childhood", "migraine"],
        plan=["neuro checks q1h for 24 hours after thrombolysis", "permissive hypertension up to 220/120",
              "MRI brain without contrast", "CTA head and neck", "continuous video EEG",
              "levetiracetam load 60 mg/kg", "swallow screen before PO intake", "stroke education",
              "IVIG 0.4 g/kg/day for 5 days", "negative inspiratory force and vital capacity q6h"]),
    "pulmonology": dict(
        dept="Division of Pulmonary, Critical Care & Sleep Medicine", service="MICU / Pulmonary", age=(30, 90),
        sex=None,
        dx=[("COPD with acute exacerbation", "J44.1", "shortness of breath",
             "five days of increased sputum purulence and dyspnea"),
            ("Acute hypoxic respiratory failure due to multifocal pneumonia", "J96.01", "hypoxia",
             "fever, productive cough and an oxygen saturation of 82% on room air"),
            ("Acute pulmonary embolism, submassive", "I26.99", "pleuritic chest pain",
             "sudden pleuritic chest pain and dyspnea ten days after a long flight"),
            ("Septic shock secondary to pneumonia", "R65.21", "hypotension",
             "fever, confusion and a blood pressure of 78/40 in triage"),
            ("Idiopathic pulmonary fibrosis", "J84.112", "progressive dyspnea",
             "two years of dry cough and progressive exertional dyspnea"),
            ("Asthma exacerbation, severe persistent", "J45.51", "wheezing",
             "wheezing and chest tightness unresponsive to home nebulizers")],
        meds=["albuterol HFA", "ipratropium-albuterol", "fluticasone-salmeterol", "tiotropium", "prednisone",
              "azithromycin", "ceftriaxone", "piperacillin-tazobactam", "vancomycin", "enoxaparin", "heparin"],
        procs=["bronch", "thoracentesis", "intubation", "central_line", "arterial_line", "chest_tube"], ops=[],
        imaging=["cxr", "ct_pe", "ct_chest"], path=["ebus", "pleural_fluid", "bal"],
        pmh=["COPD on 2 L home oxygen", "heart failure with preserved EF", "tobacco use", "obesity hypoventilation"],
        plan=["prednisone 40 mg daily for 5 days", "scheduled DuoNebs", "titrate oxygen to SpO2 88-92%",
              "BiPAP for hypercapnia", "sputum culture and respiratory viral panel",
              "heparin infusion for PE", "norepinephrine to MAP above 65", "lung-protective ventilation at 6 mL/kg",
              "pulmonary rehab referral", "spontaneous breathing trial each morning"]),
    "nephrology": dict(
        dept="Division of Nephrology", service="Nephrology", age=(25, 90), sex=None,
        dx=[("Acute kidney injury, prerenal", "N17.9", "decreased urine output",
             "poor oral intake and diarrhea with creatinine up from 1.0 to 3.4"),
            ("End-stage renal disease on hemodialysis, missed sessions", "N18.6", "dyspnea",
             "missed two dialysis sessions with volume overload and potassium of 6.8"),
            ("Hyponatremia, SIADH", "E87.1", "confusion",
             "confusion and a serum sodium of 119"),
            ("Nephrotic syndrome", "N04.9", "swelling",
             "progressive periorbital and leg edema with foamy urine"),
            ("Hyperkalemia", "E87.5", "weakness",
             "generalized weakness with peaked T waves and potassium of 6.9")],
        meds=["furosemide", "sevelamer", "epoetin alfa", "tacrolimus", "mycophenolate mofetil", "amlodipine",
              "potassium chloride", "calcium carbonate", "losartan"],
        procs=["hd_catheter", "renal_bx"], ops=["av_fistula"], imaging=["renal_us"], path=["kidney_bx"],
        pmh=["CKD stage 4", "diabetic nephropathy", "hypertension", "renal transplant 2088"],
        plan=["urgent hemodialysis", "calcium gluconate and insulin/dextrose for hyperkalemia",
              "fluid restriction to 1.2 L/day", "renally dose all medications", "avoid nephrotoxins and IV contrast",
              "urine electrolytes and osmolality", "tunneled dialysis catheter placement",
              "vein mapping for AV fistula", "renal biopsy"]),
    "endocrinology": dict(
        dept="Division of Endocrinology, Diabetes & Metabolism", service="Endocrinology", age=(18, 85), sex=None,
        dx=[("Diabetic ketoacidosis, type 1 diabetes", "E10.10", "nausea and vomiting",
             "nausea, abdominal pain and Kussmaul breathing after running out of insulin"),
            ("Uncontrolled type 2 diabetes mellitus with hyperglycemia", "E11.65", "high blood sugars",
             "glucose readings above 350 at home and a hemoglobin A1c of 11.2%"),
            ("Thyroid nodule, 2.4 cm, TI-RADS 4", "E04.1", "neck mass",
             "an incidental thyroid nodule seen on carotid ultrasound"),
            ("Graves disease with thyrotoxicosis", "E05.00", "palpitations and weight loss",
             "palpitations, heat intolerance and a 12 lb weight loss"),
            ("Primary hyperparathyroidism", "E21.0", "hypercalcemia",
             "a calcium of 11.4 with nephrolithiasis"),
            ("Adrenal insufficiency", "E27.40", "fatigue and hypotension",
             "profound fatigue, salt craving and orthostatic hypotension")],
        meds=["insulin glargine", "insulin lispro", "metformin", "empagliflozin", "semaglutide", "levothyroxine",
              "prednisone", "cholecalciferol", "alendronate"],
        procs=["thyroid_fna"], ops=["thyroidectomy"], imaging=["thyroid_us", "dexa"], path=["thyroid_fna", "thyroid"],
        pmh=["type 2 diabetes", "obesity", "hypertension", "diabetic retinopathy", "osteopenia"],
        plan=["insulin infusion per DKA protocol with q1h fingersticks", "transition to basal-bolus insulin",
              "diabetes educator consultation", "thyroid ultrasound-guided FNA", "methimazole 10 mg daily",
              "TSH, free T4 and TSI", "24-hour urine calcium", "stress-dose hydrocortisone",
              "continuous glucose monitor training"]),
    "general_surgery": dict(
        dept="Department of Surgery - Division of General & GI Surgery", service="Acute Care Surgery",
        age=(18, 88), sex=None,
        dx=[("Acute calculous cholecystitis", "K80.00", "right upper quadrant pain",
             "24 hours of constant RUQ pain after a fatty meal, with nausea and fever"),
            ("Acute appendicitis, uncomplicated", "K35.80", "right lower quadrant pain",
             "periumbilical pain migrating to the right lower quadrant with anorexia"),
            ("Small bowel obstruction, adhesive", "K56.50", "abdominal pain and vomiting",
             "crampy abdominal pain, bilious emesis and no flatus for a day"),
            ("Incarcerated right inguinal hernia", "K40.30", "groin bulge",
             "a painful non-reducible right groin bulge"),
            ("Perforated diverticulitis with abscess", "K57.20", "left lower quadrant pain",
             "four days of left lower quadrant pain and fevers"),
            ("Perirectal abscess", "K61.1", "rectal pain",
             "throbbing perianal pain and swelling for three days")],
        meds=["piperacillin-tazobactam", "ceftriaxone", "metronidazole", "acetaminophen", "hydromorphone",
              "ondansetron", "heparin", "pantoprazole", "ketorolac"],
        procs=["i_and_d", "central_line", "ng_tube"], ops=["lap_chole", "lap_appy", "hernia", "ex_lap", "hemicolectomy"],
        imaging=["ct_ap", "ruq_us", "xr_abd"], path=["gallbladder", "appendix", "small_bowel", "colon_resection"],
        pmh=["prior appendectomy", "obesity", "hypertension", "diverticulosis"],
        plan=["NPO with maintenance IV fluids", "nasogastric decompression", "IV piperacillin-tazobactam",
              "laparoscopic cholecystectomy on this admission", "serial abdominal exams",
              "incentive spirometry 10 times per hour while awake", "early ambulation",
              "advance diet as tolerated after return of bowel function", "IR drainage of abscess"]),
    "infectious_disease": dict(
        dept="Division of Infectious Diseases", service="Infectious Diseases", age=(18, 90), sex=None,
        dx=[("MSSA bacteremia", "R78.81", "fever",
             "fevers and rigors with 2/2 blood culture bottles growing gram-positive cocci in clusters"),
            ("Cellulitis of right lower extremity", "L03.115", "leg redness",
             "spreading erythema, warmth and swelling of the right shin"),
            ("HIV infection, newly diagnosed", "B20", "weight loss",
             "unintentional weight loss, oral thrush and a positive fourth-generation HIV test"),
            ("Vertebral osteomyelitis, L3-L4", "M46.26", "back pain",
             "progressive low back pain and fevers for six weeks"),
            ("Infective endocarditis, native mitral valve", "I33.0", "fever and malaise",
             "two weeks of fevers, night sweats and a new murmur in a person who injects drugs")],
        meds=["vancomycin", "cefazolin", "ceftriaxone", "doxycycline", "cephalexin", "fluconazole",
              "bictegravir-emtricitabine-TAF", "isoniazid", "pyridoxine", "valacyclovir"],
        procs=["picc", "lp"], ops=[], imaging=["tee_img", "mri_lspine", "xr_foot"], path=["bone_bx"],
        pmh=["injection drug use", "type 2 diabetes", "chronic hepatitis C", "prior MRSA skin infection"],
        plan=["cefazolin 2 g IV q8h", "repeat blood cultures every 24-48 h until clear", "TEE to evaluate for vegetation",
              "PICC placement for a 6-week course", "weekly CBC, BMP and ESR/CRP while on IV antibiotics",
              "HIV genotype and CD4 count", "start ART once results available", "ID clinic follow-up in 2 weeks"]),
    "hospital_medicine": dict(
        dept="Department of Medicine - Hospital Medicine Service", service="General Medicine", age=(22, 96), sex=None,
        dx=[("Sepsis due to urinary tract infection", "A41.51", "fever and confusion",
             "fever, dysuria and new confusion noted by family"),
            ("Community-acquired pneumonia", "J18.9", "cough and fever",
             "productive cough, fever and pleuritic right-sided chest pain"),
            ("Syncope and collapse", "R55", "passed out",
             "a witnessed loss of consciousness while standing in line at a pharmacy"),
            ("Alcohol withdrawal", "F10.230", "tremors",
             "tremors and anxiety after abrupt cessation of daily alcohol use"),
            ("Diabetic foot ulcer with cellulitis", "E11.621", "foot wound",
             "a draining plantar foot wound with surrounding redness"),
            ("Symptomatic anemia", "D64.9", "fatigue",
             "progressive fatigue and exertional dyspnea with hemoglobin 6.9"),
            ("Failure to thrive in the elderly", "R62.7", "weakness",
             "declining oral intake and generalized weakness living alone")],
        meds=["ceftriaxone", "azithromycin", "acetaminophen", "heparin", "enoxaparin", "lisinopril",
              "metformin", "insulin lispro", "thiamine", "lorazepam", "atorvastatin", "pantoprazole"],
        procs=["paracentesis", "lp", "central_line", "picc"], ops=[],
        imaging=["cxr", "ct_head", "renal_us", "le_duplex"], path=[],
        pmh=["hypertension", "type 2 diabetes", "COPD", "atrial fibrillation", "dementia", "chronic kidney disease"],
        plan=["IV ceftriaxone 1 g daily", "blood and urine cultures", "IV fluid resuscitation 30 mL/kg",
              "orthostatic vital signs", "CIWA-guided lorazepam", "fall precautions", "PT/OT evaluation",
              "case management for discharge planning", "transfuse 1 unit PRBC for Hgb below 7",
              "wound care consult"]),
    "vascular": dict(
        dept="Division of Vascular & Endovascular Surgery", service="Vascular Surgery", age=(45, 90), sex=None,
        dx=[("Symptomatic left internal carotid artery stenosis (80%)", "I65.22", "transient vision loss",
             "an episode of transient monocular blindness in the left eye"),
            ("Critical limb ischemia, right leg", "I70.221", "foot pain at rest",
             "rest pain of the right foot and a non-healing toe ulcer"),
            ("Abdominal aortic aneurysm, 5.8 cm", "I71.4", "abdominal aneurysm",
             "an aneurysm that enlarged from 5.1 to 5.8 cm over a year"),
            ("Acute deep vein thrombosis, left femoral", "I82.412", "leg swelling",
             "acute painful left leg swelling after knee surgery")],
        meds=["aspirin", "clopidogrel", "atorvastatin", "heparin", "apixaban", "enoxaparin"],
        procs=["arterial_line", "central_line"], ops=["cea", "av_fistula"],
        imaging=["carotid_duplex", "le_duplex", "cta_runoff"], path=["amputation"],
        pmh=["peripheral arterial disease", "tobacco use", "CAD", "type 2 diabetes"],
        plan=["heparin drip, goal anti-Xa 0.3-0.7", "ABI and arterial duplex", "neuro checks q1h post carotid",
              "blood pressure goal SBP 100-160", "smoking cessation counseling", "wound care to toe ulcer"]),
    "ent": dict(
        dept="Department of Otolaryngology - Head & Neck Surgery", service="ENT", age=(3, 85), sex=None,
        dx=[("Chronic tonsillitis with obstructive sleep-disordered breathing", "J35.01", "snoring",
             "loud snoring with witnessed apneas and recurrent sore throats"),
            ("Peritonsillar abscess, left", "J36", "sore throat",
             "severe left-sided sore throat, trismus and muffled voice"),
            ("Chronic rhinosinusitis with nasal polyps", "J33.9", "nasal congestion",
             "longstanding nasal obstruction and loss of smell"),
            ("Squamous cell carcinoma of the oropharynx, p16+", "C10.9", "neck mass",
             "a painless enlarging right neck mass for two months")],
        meds=["amoxicillin-clavulanate", "dexamethasone", "fluticasone nasal", "cetirizine", "acetaminophen",
              "ibuprofen"],
        procs=["i_and_d", "laryngoscopy"], ops=["tonsillectomy", "thyroidectomy"], imaging=["ct_neck"],
        path=["tonsil", "lymph_node"], pmh=["allergic rhinitis", "obstructive sleep apnea", "tobacco use"],
        plan=["needle aspiration of peritonsillar abscess", "IV clindamycin", "saline irrigations BID",
              "CT neck with contrast", "PET/CT for staging", "tumor board review"]),
}
SPEC_KEYS = list(SPEC.keys())


# ----------------------------------------------------------------- labs
# name: (ref_lo, ref_hi, unit, decimals, abs_lo, abs_hi)
LABS = {
    "WBC": (4.0, 11.0, "K/uL", 1, 1.2, 24.0), "RBC": (4.2, 5.6, "M/uL", 2, 2.8, 6.1),
    "Hemoglobin": (12.0, 16.5, "g/dL", 1, 6.5, 17.5), "Hematocrit": (36.0, 49.0, "%", 1, 20.0, 52.0),
    "MCV": (80, 100, "fL", 0, 68, 112), "RDW": (11.5, 14.5, "%", 1, 11.0, 19.0),
    "Platelets": (150, 400, "K/uL", 0, 38, 620), "Neutrophils %": (40, 75, "%", 0, 10, 92),
    "Lymphocytes %": (20, 45, "%", 0, 4, 55), "ANC": (1.8, 7.7, "K/uL", 2, 0.2, 18.0),
    "Sodium": (135, 145, "mmol/L", 0, 119, 152), "Potassium": (3.5, 5.1, "mmol/L", 1, 2.8, 6.9),
    "Chloride": (98, 107, "mmol/L", 0, 88, 116), "CO2": (22, 29, "mmol/L", 0, 12, 34),
    "BUN": (7, 20, "mg/dL", 0, 4, 88), "Creatinine": (0.6, 1.2, "mg/dL", 2, 0.4, 6.8),
    "Glucose": (70, 99, "mg/dL", 0, 48, 480), "Calcium": (8.5, 10.2, "mg/dL", 1, 7.1, 12.1),
    "Magnesium": (1.7, 2.4, "mg/dL", 1, 1.1, 3.0), "Phosphorus": (2.5, 4.5, "mg/dL", 1, 1.6, 7.8),
    "Total Protein": (6.0, 8.3, "g/dL", 1, 4.9, 9.0), "Albumin": (3.5, 5.0, "g/dL", 1, 1.9, 5.1),
    "AST": (10, 40, "U/L", 0, 8, 640), "ALT": (7, 56, "U/L", 0, 6, 720),
    "Alkaline Phosphatase": (44, 147, "U/L", 0, 38, 610), "Total Bilirubin": (0.1, 1.2, "mg/dL", 1, 0.2, 9.8),
    "Direct Bilirubin": (0.0, 0.3, "mg/dL", 1, 0.0, 6.2), "Lipase": (10, 60, "U/L", 0, 12, 2400),
    "PT": (11.0, 13.5, "sec", 1, 10.5, 31.0), "INR": (0.9, 1.1, "", 1, 0.9, 4.8),
    "aPTT": (25, 35, "sec", 0, 22, 98), "Fibrinogen": (200, 400, "mg/dL", 0, 90, 620),
    "Troponin T, hs": (0, 14, "ng/L", 0, 3, 890), "NT-proBNP": (0, 125, "pg/mL", 0, 20, 18500),
    "Lactate": (0.5, 2.0, "mmol/L", 1, 0.6, 7.9), "CRP": (0.0, 0.8, "mg/dL", 1, 0.1, 28.0),
    "ESR": (0, 20, "mm/h", 0, 2, 112), "Procalcitonin": (0.0, 0.5, "ng/mL", 2, 0.02, 14.0),
    "TSH": (0.40, 4.50, "uIU/mL", 2, 0.01, 38.0), "Free T4": (0.8, 1.8, "ng/dL", 2, 0.3, 4.9),
    "Hemoglobin A1c": (4.0, 5.6, "%", 1, 4.8, 13.9), "Total Cholesterol": (0, 199, "mg/dL", 0, 110, 320),
    "LDL Cholesterol": (0, 99, "mg/dL", 0, 40, 230), "HDL Cholesterol": (40, 90, "mg/dL", 0, 22, 96),
    "Triglycerides": (0, 149, "mg/dL", 0, 48, 720), "Ferritin": (30, 400, "ng/mL", 0, 4, 2100),
    "Iron": (60, 170, "ug/dL", 0, 11, 210), "TIBC": (250, 450, "ug/dL", 0, 180, 520),
    "Vitamin B12": (200, 900, "pg/mL", 0, 110, 1800), "Folate": (3.0, 20.0, "ng/mL", 1, 1.2, 24.0),
    "Uric Acid": (3.5, 7.2, "mg/dL", 1, 2.1, 13.5), "Ammonia": (11, 35, "umol/L", 0, 9, 160),
    "pH": (7.35, 7.45, "", 2, 7.02, 7.58), "pCO2": (35, 45, "mmHg", 0, 22, 88),
    "pO2": (80, 100, "mmHg", 0, 48, 310), "HCO3": (22, 26, "mmol/L", 0, 8, 38),
    "Base Excess": (-2, 2, "mmol/L", 0, -18, 9), "PSA": (0.0, 4.0, "ng/mL", 2, 0.1, 48.0),
    "CEA": (0.0, 3.0, "ng/mL", 1, 0.5, 88.0), "CA 19-9": (0, 37, "U/mL", 0, 3, 2400),
    "Beta-hCG, quant": (0, 5, "mIU/mL", 0, 0, 98000), "Lithium": (0.6, 1.2, "mmol/L", 2, 0.1, 2.1),
    "Vancomycin trough": (10.0, 20.0, "ug/mL", 1, 4.0, 32.0), "Vitamin D, 25-OH": (30, 100, "ng/mL", 0, 6, 88),
    "CK": (30, 200, "U/L", 0, 22, 9800), "LDH": (140, 280, "U/L", 0, 120, 1400),
    "D-dimer": (0.00, 0.49, "ug/mL FEU", 2, 0.1, 9.8), "Osmolality, serum": (275, 295, "mOsm/kg", 0, 250, 320),
}
PANELS = {
    "CBC WITH DIFFERENTIAL": ["WBC", "RBC", "Hemoglobin", "Hematocrit", "MCV", "RDW", "Platelets",
                              "Neutrophils %", "Lymphocytes %", "ANC"],
    "BASIC METABOLIC PANEL": ["Sodium", "Potassium", "Chloride", "CO2", "BUN", "Creatinine", "Glucose", "Calcium"],
    "COMPREHENSIVE METABOLIC PANEL": ["Sodium", "Potassium", "Chloride", "CO2", "BUN", "Creatinine", "Glucose",
                                      "Calcium", "Total Protein", "Albumin", "AST", "ALT", "Alkaline Phosphatase",
                                      "Total Bilirubin"],
    "HEPATIC FUNCTION PANEL": ["Total Protein", "Albumin", "AST", "ALT", "Alkaline Phosphatase", "Total Bilirubin",
                               "Direct Bilirubin"],
    "COAGULATION PANEL": ["PT", "INR", "aPTT", "Fibrinogen"],
    "LIPID PANEL": ["Total Cholesterol", "LDL Cholesterol", "HDL Cholesterol", "Triglycerides"],
    "THYROID STUDIES": ["TSH", "Free T4"],
    "IRON STUDIES": ["Iron", "TIBC", "Ferritin"],
    "ARTERIAL BLOOD GAS": ["pH", "pCO2", "pO2", "HCO3", "Base Excess"],
    "CARDIAC MARKERS": ["Troponin T, hs", "NT-proBNP"],
    "MAGNESIUM / PHOSPHORUS": ["Magnesium", "Phosphorus"],
    "INFLAMMATORY MARKERS": ["CRP", "ESR", "Procalcitonin"],
    "TUMOR MARKERS": ["CEA", "CA 19-9"],
    "ANEMIA EVALUATION": ["Vitamin B12", "Folate", "Ferritin"],
    "SEPSIS PANEL": ["Lactate", "Procalcitonin", "WBC"],
    "MISC CHEMISTRY": ["Lipase", "Uric Acid", "Ammonia", "LDH", "CK"],
}


def lab_value(name, abnormal_p=0.3):
    lo, hi, unit, nd, alo, ahi = LABS[name]
    if chance(abnormal_p):
        v = R.uniform(alo, ahi)
    else:
        v = R.uniform(lo + (hi - lo) * 0.1, hi - (hi - lo) * 0.1) if hi > lo else lo
    if name == "Beta-hCG, quant" and chance(0.5):
        v = R.uniform(0, 4)
    s = num(v, nd)
    flag = ""
    if v < lo:
        flag = "L"
    elif v > hi:
        flag = "H"
    if flag and name in ("Potassium", "Sodium", "Hemoglobin", "Platelets", "Glucose", "Troponin T, hs",
                         "Lactate", "pH", "INR") and (v < alo + (lo - alo) * 0.25 or v > hi + (ahi - hi) * 0.6):
        flag = flag + "*" if chance(0.5) else "C" + flag
    return s, flag, unit, "%s-%s" % (num(lo, nd), num(hi, nd))


def lab_compact(names):
    """Compact inline lab string for notes, e.g. 'Na 138, K 4.1'."""
    abbrev = {"Sodium": "Na", "Potassium": "K", "Chloride": "Cl", "CO2": "HCO3", "Creatinine": "Cr",
              "Glucose": "Glu", "Hemoglobin": "Hgb", "Hematocrit": "Hct", "Platelets": "Plt",
              "Troponin T, hs": "hs-TnT", "Total Bilirubin": "T bili", "Alkaline Phosphatase": "Alk phos",
              "Magnesium": "Mg", "Phosphorus": "Phos", "Calcium": "Ca", "Albumin": "Alb"}
    parts = []
    for n in names:
        s, f, u, _ = lab_value(n)
        parts.append("%s %s%s" % (abbrev.get(n, n), s, " (" + f.strip("*C") + ")" if f and chance(0.5) else ""))
    return ", ".join(parts)


def bmp_fishbone():
    na, k, cl, co2, bun, cr, glu = [lab_value(x)[0] for x in
                                    ["Sodium", "Potassium", "Chloride", "CO2", "BUN", "Creatinine", "Glucose"]]
    return ["  %s | %s | %s" % (na, cl, bun), "  ---+----+---< %s" % glu, "  %s | %s | %s" % (k, co2, cr)]


def vitals(kind="adult", style=0, sick=False):
    if kind == "peds":
        t = rf(36.6, 39.6 if sick else 37.6)
        hr, rr = ri(88, 170), ri(20, 56)
        bp = "%d/%d" % (ri(78, 112), ri(42, 70))
    else:
        t = rf(36.2, 39.3 if sick else 37.7)
        hr, rr = ri(54, 128 if sick else 96), ri(12, 28 if sick else 18)
        bp = "%d/%d" % (ri(84 if sick else 102, 188), ri(48, 104))
    spo2 = ri(86 if sick else 93, 100)
    o2 = pick(["RA", "room air", "2L NC", "4L NC", "RA", "RA"])
    tf = round(t * 9 / 5 + 32, 1)
    if style == 0:
        return "T %s C  HR %d  BP %s  RR %d  SpO2 %d%% %s" % (t, hr, bp, rr, spo2, o2)
    if style == 1:
        return "Temp: %s F | Pulse: %d | BP: %s | Resp: %d | SpO2: %d%% on %s" % (tf, hr, bp, rr, spo2, o2)
    if style == 2:
        return "Tmax %s, HR %d-%d, BP %s, RR %d, sat %d%% on %s" % (t, hr - ri(5, 15), hr, bp, rr, spo2, o2)
    return "VS: %s/%d/%s/%d/%d%%" % (tf, hr, bp, rr, spo2)


# ----------------------------------------------------------------- context

class Ctx:
    pass


def new_ctx(spec_key=None):
    c = Ctx()
    c.clock = DocClock()
    c.sk = spec_key or pick(SPEC_KEYS)
    c.sp = SPEC[c.sk]
    lo, hi = c.sp["age"]
    c.pt = make_patient(c.clock, lo, hi, c.sp["sex"])
    c.peds = c.pt.age < 18
    c.dx = pick(c.sp["dx"])
    c.dx2 = [d for d in c.sp["dx"] if d is not c.dx]
    c.att = doc_name(pick(["MD", "MD", "MD", "DO", "MD, PhD"]))
    c.res = doc_name(pick(["MD", "MD", "DO"]))
    c.pgy = "PGY-%d" % ri(1, 4)
    c.unit = pick(UNITS)
    if c.peds:
        c.unit = pick(["PICU", "6 Peds", "Peds Stepdown", "NICU" if c.pt.age == 0 else "7 Peds"])
    c.room = "%d%s" % (ri(1, 40) + 100 * ri(2, 12), pick(["", "-A", "-B", ""]))
    c.pmh = some(c.sp["pmh"], 1, 4)
    if c.peds:
        c.pmh = some(c.sp["pmh"] if c.sk == "pediatrics" else SPEC["pediatrics"]["pmh"], 1, 3)
    c.meds = some(c.sp["meds"], 2, 7)
    c.allergies, c.allergy_str = allergy_list()
    c.clinic_tel = "(999) 555-01%02d" % ri(0, 99)
    return c


def age_str(pt, style=0):
    if pt.age == 0:
        return "%d-day-old" % ri(2, 25) if style == 0 else "%d d" % ri(2, 25)
    if style == 0:
        return "%d-year-old" % pt.age
    if style == 1:
        return "%d yo" % pt.age
    if style == 2:
        return "%d y.o." % pt.age
    return "%d y" % pt.age


def letterhead(c, dept=None, style=None):
    dept = dept or c.sp["dept"]
    style = style if style is not None else ri(0, 6)
    if style == 0:
        return ["KESTREL RIDGE UNIVERSITY MEDICAL CENTER", dept, ADDR + "  |  Tel (999) 555-0100"]
    if style == 1:
        return ["Kestrel Ridge University Health", "Academic Medical Center of the Kestrel Ridge University "
                                                    "School of Medicine", dept]
    if style == 2:
        return ["KRUMC | %s | %s" % (dept, pick(CAMPUS))]
    if style == 3:
        return ["=" * 60, "   KESTREL RIDGE UNIVERSITY HOSPITALS - " + pick(CAMPUS).upper(), "=" * 60]
    if style == 4:
        return ["Kestrel Ridge University Medical Center", pick(CAMPUS), ADDR]
    if style == 5:
        return ["KESTREL RIDGE UNIVERSITY MEDICAL CENTER    " + pick(["HEALTH INFORMATION MANAGEMENT",
                                                                      "CLINICAL DOCUMENTATION", "EHR PRINT"])]
    return []


def banner(c, style=None, extra=True):
    p, k = c.pt, c.clock
    style = style if style is not None else ri(0, 4)
    if style == 0:
        out = ["Patient: %s    MRN: %s" % (pname(p, 0), p.mrn),
               "DOB: %s (%s)   Sex: %s" % (k.d(p.dob), age_str(p, 3), p.sex)]
        if extra:
            out.append("Encounter #: %s   Date of Service: %s" % (p.fin, k.d()))
        return out
    if style == 1:
        return ["NAME: %s   MR#: %s   ACCT#: %s" % (pname(p, 0), p.mrn, p.fin),
                "DOB: %s   AGE/SEX: %d/%s   LOC: %s-%s" % (k.d(p.dob), p.age, p.sex, c.unit, c.room)]
    if style == 2:
        return ["Patient Name: %s" % pname(p, 1), "Medical Record Number: %s" % p.mrn,
                "Date of Birth: %s" % k.d(p.dob)]
    if style == 3:
        return ["%s | %s | %s | %s %s" % (pname(p, 0), p.mrn, k.d(p.dob), age_str(p, 3), p.sex)]
    return ["%s  (MRN %s)  DOB %s" % (pname(p, 1), p.mrn, k.d(p.dob))]


def esign(c, who=None, when=None, style=None, role=None):
    who = who or c.att
    when = when or c.clock.plus(hours=ri(1, 30))
    style = style if style is not None else ri(0, 4)
    k = c.clock
    if style == 0:
        return ["Electronically signed by %s on %s at %s" % (who, k.d(when), k.t(when))]
    if style == 1:
        return ["", "_______________________________", who, role or c.sp["service"], "Signed: %s" % k.dt(when)]
    if style == 2:
        return ["Electronically Signed: %s  %s" % (who, k.dt(when))]
    if style == 3:
        return ["%s%s" % (who, (" / " + role) if role else ""), "%s %s (e-signed)" % (k.d(when), k.t(when))]
    return ["Signed by: %s   Date/Time: %s" % (who, k.dt(when))]


def dictation_footer(c, who=None):
    k = c.clock
    d1 = c.clock.plus(hours=ri(0, 6))
    d2 = c.clock.plus(hours=ri(7, 40))
    who = who or c.att
    ini = "".join(w[0] for w in who.split(",")[0].split()).lower()
    ts = pick(["mt", "kb", "rl", "jq", "dz", "tn"]) + str(ri(1, 99))
    lines = ["", "%s/%s" % (ini.upper(), ts),
             "D: %s   T: %s" % (k.dt(d1), k.dt(d2)),
             "Job #: %d   Doc #: %d" % (ri(100000, 999999), ri(1000000, 9999999))]
    if chance(0.3):
        lines.append("cc: %s" % doc_name())
    return lines


def print_footer(c, pages=None):
    k = c.clock
    pages = pages or ri(1, 4)
    user = pick(["HIMSCAN", "ZZPRINT", "krumc\\" + pick(SURNAMES).lower()[:6] + str(ri(1, 9)), "RELEASE-OF-INFO"])
    s = pick(["Printed %s by %s" % (k.dt(k.plus(days=ri(1, 90))), user),
              "Print date: %s   User: %s" % (k.d(k.plus(days=ri(1, 90))), user),
              "%s  %s" % (INST, k.d(k.plus(days=ri(1, 20))))])
    return ["", s + "    Page %d of %d" % (ri(1, pages), pages)]


def fax_header(c):
    k = c.clock
    when = k.plus(days=ri(0, 30), hours=ri(0, 8))
    return "%s %s  FAX (999) 555-01%02d  KRUMC %s   P. %03d/%03d" % (
        when.strftime("%m/%d/%Y"), when.strftime("%H:%M"), ri(0, 99),
        pick(["HIM", "RELEASE OF INFO", "CLINIC", "REFERRALS"]), ri(1, 4), ri(4, 9))


OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("e", "c"), ("I", "l"), ("S", "5"), ("cl", "d"), ("h", "b")]


def ocr_noise(text, rate):
    out = []
    i = 0
    while i < len(text):
        done = False
        if R.random() < rate:
            for a, b in OCR_SUBS:
                if text.startswith(a, i):
                    out.append(b)
                    i += len(a)
                    done = True
                    break
        if not done:
            out.append(text[i])
            i += 1
    return "".join(out)


def finalize(lines, c, scan=True, allow_fax=True, pages=None):
    lines = [l for l in lines if l is not None]
    if scan:
        if allow_fax and chance(0.12):
            lines = [fax_header(c)] + lines
        if chance(0.35):
            lines = lines + print_footer(c, pages)
    text = "\n".join(lines)
    # collapse >2 blank lines
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    text = text.strip("\n")
    if scan and chance(0.1):
        text = ocr_noise(text, rf(0.004, 0.015, 3))
    return text


def title_or_none(titles, p_none=0.15):
    if chance(p_none):
        return None
    t = pick(titles)
    return t


def sec(lines, name, body, style, blank=True):
    """Append a titled section. body may be str or list."""
    if body is None or body == [] or body == "":
        return
    if blank:
        lines.append("")
    if isinstance(body, str) and style in (0, 1) and len(body) < 90 and chance(0.6):
        lines.append(hdr(name, style) + " " + body)
        return
    lines.append(hdr(name, style))
    if isinstance(body, str):
        lines.append(body)
    else:
        lines.extend(body)


def bullets(items, style=None):
    style = style if style is not None else ri(0, 3)
    out = []
    for i, it in enumerate(items, 1):
        if style == 0:
            out.append("- " + it)
        elif style == 1:
            out.append("%d. %s" % (i, it))
        elif style == 2:
            out.append("  * " + it)
        else:
            out.append("%d) %s" % (i, it))
    return out


# ----------------------------------------------------------------- bedside / endoscopic procedures
PROCS = {
    "cardioversion": dict(name="Synchronized direct-current cardioversion", ind="persistent atrial fibrillation",
        sed="propofol administered by anesthesia", steps=[
            "Pads were placed in the anterior-posterior position.",
            "After adequate sedation a synchronized biphasic shock of {j} J was delivered.",
            "The rhythm converted to sinus rhythm at {hr} bpm on the first attempt.",
            "The patient was monitored until fully awake and returned to baseline mental status."],
        findings=["Successful conversion to normal sinus rhythm", "Conversion after second shock at 200 J",
                  "Brief post-conversion sinus pause of 2.1 seconds, then stable sinus rhythm"]),
    "tee": dict(name="Transesophageal echocardiogram (TEE)", ind="exclude left atrial appendage thrombus prior to cardioversion",
        sed="moderate sedation with midazolam and fentanyl", steps=[
            "The oropharynx was anesthetized with topical benzocaine spray.",
            "The multiplane probe was passed into the esophagus without resistance.",
            "Mid-esophageal and transgastric views were obtained.",
            "Agitated saline was injected to evaluate for interatrial shunt."],
        findings=["No left atrial appendage thrombus; LAA emptying velocity 48 cm/s",
                  "Small mobile echodensity on the anterior mitral leaflet concerning for vegetation",
                  "Mild spontaneous echo contrast in the left atrium without thrombus"]),
    "central_line": dict(name="Central venous catheter placement, {side} internal jugular, ultrasound-guided",
        ind="vasopressor administration and inadequate peripheral access", sed="local anesthesia with 1% lidocaine",
        steps=["Full sterile barrier precautions were used including cap, mask, sterile gown, gloves and full-body drape.",
               "The vein was visualized with real-time ultrasound and found to be compressible and patent.",
               "The vessel was accessed on the first pass and a wire was advanced using Seldinger technique.",
               "A triple-lumen catheter was placed and secured at {cm} cm at the skin.",
               "All ports aspirated and flushed easily.",
               "Chest radiograph confirmed the tip at the cavoatrial junction without pneumothorax."],
        findings=["Uncomplicated placement", "Dark non-pulsatile blood return", "Tip at cavoatrial junction"]),
    "arterial_line": dict(name="Radial arterial line placement, {side}", ind="continuous hemodynamic monitoring",
        sed="local lidocaine", steps=["A modified Allen test was performed with adequate collateral flow.",
            "The wrist was dorsiflexed and prepped with chlorhexidine.",
            "The artery was cannulated with a 20-gauge catheter over a wire.",
            "A good arterial waveform was obtained and the catheter was sutured in place."],
        findings=["Appropriate arterial waveform", "Placed on second attempt"]),
    "knee_injection": dict(name="Arthrocentesis and corticosteroid injection, {side} knee",
        ind="symptomatic knee osteoarthritis with effusion", sed="ethyl chloride spray and 1% lidocaine",
        steps=["The superolateral approach was marked and the skin prepped with povidone-iodine.",
               "An 18-gauge needle was introduced into the suprapatellar pouch and {ml} mL of fluid was aspirated.",
               "Through the same needle, 40 mg triamcinolone with 4 mL 1% lidocaine was injected.",
               "A bandage was applied and the patient tolerated it well."],
        findings=["Clear straw-colored synovial fluid", "Cloudy yellow fluid sent for cell count, crystals and culture"]),
    "nerve_block": dict(name="Ultrasound-guided fascia iliaca nerve block, {side}", ind="analgesia for hip fracture",
        sed="none", steps=["The fascia iliaca compartment was identified with a linear probe.",
            "Using in-plane technique, 30 mL of 0.25% bupivacaine was injected with visualized spread beneath the fascia.",
            "Aspiration was negative every 5 mL."], findings=["Pain score improved from 9/10 to 3/10 at 20 minutes"]),
    "laceration": dict(name="Laceration repair, {len} cm, {site}", ind="traumatic laceration",
        sed="1% lidocaine with epinephrine, local infiltration", steps=[
            "The wound was irrigated with 500 mL of normal saline under pressure.",
            "It was explored in a bloodless field with no foreign body or tendon involvement.",
            "The wound was closed with {k} simple interrupted 4-0 nylon sutures.",
            "Bacitracin and a dry dressing were applied."],
        findings=["Simple repair, edges well approximated", "Intermediate layered closure with 5-0 Vicryl deep sutures"]),
    "iud": dict(name="Intrauterine device insertion (levonorgestrel 52 mg)", ind="desires long-acting contraception",
        sed="paracervical block", steps=["Urine pregnancy test was negative.",
            "A speculum was placed and the cervix cleaned with povidone-iodine.",
            "A single-tooth tenaculum was applied to the anterior lip of the cervix.",
            "The uterus sounded to {cm} cm.", "The IUD was inserted per manufacturer instructions and strings trimmed to 3 cm."],
        findings=["Anteverted uterus", "Strings visible at the external os"]),
    "ob_us_bedside": dict(name="External cephalic version", ind="breech presentation at 37 weeks",
        sed="terbutaline 0.25 mg subcut tocolysis", steps=["Reactive NST was documented prior to the procedure.",
            "A forward roll was performed with two operators under ultrasound guidance.",
            "Fetal heart tones were checked intermittently and remained reassuring.",
            "Post-procedure NST was reactive for 40 minutes."],
        findings=["Successful version to cephalic presentation", "Unsuccessful after two attempts; remains frank breech"]),
    "endometrial_bx": dict(name="Endometrial biopsy", ind="postmenopausal bleeding", sed="none",
        steps=["A speculum was inserted and the cervix visualized.", "A Pipelle was advanced to the fundus at {cm} cm.",
               "Three passes were made with adequate tissue obtained."],
        findings=["Moderate tissue sent to pathology", "Scant tissue obtained"]),
    "lp": dict(name="Lumbar puncture, diagnostic", ind="evaluate for meningitis / subarachnoid hemorrhage",
        sed="local lidocaine", steps=["The patient was placed in the {pos} position.",
            "The L3-L4 interspace was identified and prepped and draped in sterile fashion.",
            "A 22-gauge spinal needle was advanced and clear CSF was obtained on the {nth} attempt.",
            "Opening pressure was {op} cm H2O.", "Four tubes were collected totaling {ml} mL."],
        findings=["Clear, colorless CSF", "Slightly xanthochromic CSF", "Cloudy CSF"]),
    "bm_biopsy": dict(name="Bone marrow aspiration and biopsy, {side} posterior iliac crest",
        ind="staging / evaluation of cytopenias", sed="local lidocaine and oral lorazepam",
        steps=["The posterior superior iliac spine was identified by palpation.",
               "Aspirate was obtained with a Jamshidi needle and slides prepared at bedside.",
               "A core biopsy of {cm} cm was obtained.", "Pressure was held for hemostasis."],
        findings=["Adequate aspirate with spicules", "Dry tap, touch preps made from core"]),
    "thoracentesis": dict(name="Thoracentesis, {side}, ultrasound-guided", ind="symptomatic pleural effusion",
        sed="local lidocaine", steps=["The effusion was localized with ultrasound at the posterior axillary line.",
            "After sterile prep, a catheter was advanced over the superior border of the rib.",
            "{ml} mL of fluid was removed.", "The procedure was stopped when the patient developed cough."],
        findings=["Straw-colored fluid", "Serosanguinous fluid", "Turbid yellow fluid"]),
    "paracentesis": dict(name="Paracentesis, diagnostic and therapeutic, ultrasound-guided",
        ind="tense ascites / rule out SBP", sed="local lidocaine", steps=[
            "A pocket of fluid was identified in the left lower quadrant away from vessels.",
            "Using a Z-track technique, the catheter was inserted and connected to vacuum bottles.",
            "A total of {l} L of fluid was removed.", "Albumin was given per protocol."],
        findings=["Clear yellow ascites", "Cloudy ascitic fluid"]),
    "ect": dict(name="Electroconvulsive therapy, treatment #{n}", ind="severe treatment-resistant depression",
        sed="methohexital 1 mg/kg and succinylcholine 0.75 mg/kg", steps=[
            "Right unilateral ultrabrief electrode placement was used.",
            "Stimulus dose was set at 6 times seizure threshold.",
            "Motor seizure duration was {s} seconds and EEG seizure {s2} seconds.",
            "The patient recovered uneventfully in PACU."], findings=["Adequate seizure", "Short seizure; dose to be increased"]),
    "egd": dict(name="Esophagogastroduodenoscopy (EGD)", ind="melena and anemia",
        sed="monitored anesthesia care with propofol", steps=[
            "The scope was introduced through the mouth and advanced to the second portion of the duodenum.",
            "The esophagus, stomach and duodenum were examined carefully on retroflexion and forward views.",
            "Biopsies were obtained with cold forceps."],
        findings=["A 1.2 cm clean-based ulcer in the duodenal bulb (Forrest III)",
                  "Grade B esophagitis", "Non-bleeding visible vessel treated with epinephrine and two hemoclips",
                  "Small hiatal hernia; otherwise normal", "Grade 2 esophageal varices, banded x3"]),
    "colonoscopy": dict(name="Colonoscopy", ind="screening / iron deficiency anemia",
        sed="propofol by anesthesia", steps=[
            "After digital rectal exam, the colonoscope was advanced to the cecum, identified by the appendiceal orifice and ileocecal valve.",
            "The quality of the bowel preparation was {prep} (Boston score {b}).",
            "Withdrawal time was {w} minutes.", "Retroflexion in the rectum was performed."],
        findings=["Three 4-7 mm sessile polyps removed by cold snare", "Sigmoid diverticulosis",
                  "Internal hemorrhoids", "Friable erythematous mucosa from rectum to 30 cm, Mayo 2",
                  "1.8 cm pedunculated polyp in sigmoid removed by hot snare, clip placed"]),
    "cystoscopy": dict(name="Flexible cystourethroscopy", ind="gross hematuria", sed="2% lidocaine jelly",
        steps=["The flexible cystoscope was passed per urethra under direct vision.",
               "The bladder was systematically inspected including retroflexion.",
               "Both ureteral orifices were identified with clear efflux."],
        findings=["Trabeculated bladder without tumor", "2 cm papillary lesion on right lateral wall",
                  "Bilobar prostatic hypertrophy with moderate obstruction"]),
    "foley": dict(name="Difficult urinary catheter placement with Coude catheter", ind="acute urinary retention",
        sed="lidocaine jelly", steps=["Two attempts at standard catheter placement by nursing had failed.",
            "A 16 Fr Coude catheter was advanced with the tip oriented at 12 o'clock.",
            "{ml} mL of clear urine drained.", "The balloon was inflated with 10 mL sterile water."],
        findings=["Retention confirmed", "Mild hematuria cleared with irrigation"]),
    "eeg_proc": dict(name="OnabotulinumtoxinA injections for chronic migraine (PREEMPT protocol)",
        ind="chronic migraine failing three preventives", sed="none",
        steps=["155 units were injected across 31 sites in 7 head and neck muscle groups.",
               "A 30-gauge needle was used.", "Minimal bleeding was controlled with pressure."],
        findings=["Tolerated well"]),
    "bronch": dict(name="Flexible bronchoscopy with bronchoalveolar lavage", ind="non-resolving infiltrates",
        sed="moderate sedation / via endotracheal tube", steps=[
            "The bronchoscope was advanced through the {route}.",
            "Airway inspection to the subsegmental level was performed bilaterally.",
            "BAL was performed in the {lobe} with {ml} mL instilled and {r} mL returned."],
        findings=["Normal airway anatomy", "Thick purulent secretions in the right lower lobe",
                  "Endobronchial lesion partially occluding left upper lobe"]),
    "intubation": dict(name="Endotracheal intubation, emergent", ind="acute hypoxic respiratory failure",
        sed="etomidate 20 mg and rocuronium 100 mg (RSI)", steps=[
            "Preoxygenation was performed with BVM and high-flow nasal cannula.",
            "Using a video laryngoscope, a grade {g} view was obtained.",
            "A 7.5 endotracheal tube was passed through the cords and secured at 23 cm at the teeth.",
            "Placement was confirmed by colorimetric ETCO2, bilateral breath sounds and chest radiograph."],
        findings=["First-pass success", "Two attempts required"]),
    "chest_tube": dict(name="Tube thoracostomy, {side}", ind="pneumothorax", sed="local lidocaine and fentanyl",
        steps=["The fifth intercostal space at the mid-axillary line was marked.",
               "Blunt dissection was carried over the rib and the pleura entered with a rush of air.",
               "A 28 Fr chest tube was placed and directed posterosuperiorly.",
               "The tube was secured with 0-silk and connected to suction at -20 cm H2O."],
        findings=["Air leak noted", "300 mL serosanguinous output"]),
    "hd_catheter": dict(name="Temporary hemodialysis catheter placement, right femoral",
        ind="urgent dialysis for hyperkalemia", sed="local lidocaine", steps=[
            "The femoral vein was identified medial to the artery with ultrasound.",
            "A 13.5 Fr dual-lumen catheter was inserted over a wire.",
            "Both lumens were heparin-locked per protocol."], findings=["Good flow in both lumens"]),
    "renal_bx": dict(name="Percutaneous renal biopsy, left, ultrasound-guided", ind="nephrotic-range proteinuria",
        sed="local lidocaine", steps=["The lower pole of the kidney was targeted in the prone position.",
            "Two cores were obtained with an 18-gauge automated biopsy device.",
            "Post-procedure ultrasound showed no perinephric hematoma."], findings=["Adequate cortex on gross inspection"]),
    "thyroid_fna": dict(name="Ultrasound-guided fine-needle aspiration, {side} thyroid nodule",
        ind="TI-RADS 4 nodule measuring 2.4 cm", sed="none", steps=[
            "Four passes were made with a 25-gauge needle.",
            "Slides were prepared and a sample placed in CytoLyt.", "On-site adequacy was confirmed."],
        findings=["Adequate sample", "Cystic component, fluid aspirated"]),
    "i_and_d": dict(name="Incision and drainage of abscess, {site}", ind="fluctuant abscess",
        sed="local field block", steps=["A {len} cm linear incision was made over the point of maximal fluctuance.",
            "Purulent material was expressed and loculations broken up with a hemostat.",
            "The cavity was irrigated and packed with iodoform gauze."],
        findings=["Approximately {ml} mL of purulent drainage, culture sent"]),
    "ng_tube": dict(name="Nasogastric tube placement", ind="small bowel obstruction decompression", sed="viscous lidocaine",
        steps=["A 16 Fr Salem sump was advanced through the {side} naris.", "Placement was confirmed radiographically.",
               "{ml} mL of bilious output was returned immediately."], findings=["Tip in gastric body"]),
    "picc": dict(name="PICC line placement, {side} basilic vein", ind="prolonged IV antibiotics",
        sed="local lidocaine", steps=["Vein was assessed with ultrasound; diameter 4.8 mm.",
            "A 5 Fr double-lumen PICC was trimmed to {cm} cm.",
            "Tip confirmation by ECG guidance showed maximal P wave."], findings=["Tip in distal SVC"]),
    "laryngoscopy": dict(name="Flexible fiberoptic laryngoscopy", ind="hoarseness", sed="topical oxymetazoline/lidocaine",
        steps=["The scope was passed through the {side} naris.",
               "The nasopharynx, oropharynx, hypopharynx and larynx were examined."],
        findings=["Bilateral mobile true vocal folds without lesions", "Left vocal fold paresis",
                  "Right vocal fold nodule"]),
}


def fill(s):
    return s.format(side=pick(["right", "left"]), j=pick([120, 150, 200]), hr=ri(58, 88), cm=ri(6, 18),
                    ml=ri(15, 1400), len=rf(1.5, 6.5), site=pick(["left forearm", "scalp", "right thigh",
                                                                  "chin", "left buttock", "right axilla"]),
                    n=ri(2, 12), k=ri(3, 12), nth=pick(["first", "second", "third"]), op=ri(9, 34), l=rf(2.0, 7.5),
                    s=ri(28, 70), s2=ri(35, 95), prep=pick(["excellent", "good", "fair"]), b=ri(5, 9),
                    w=ri(7, 19), route=pick(["endotracheal tube", "nose", "mouth"]),
                    lobe=pick(["right middle lobe", "lingula", "right lower lobe"]), r=ri(40, 90), g=ri(1, 3),
                    pos=pick(["left lateral decubitus", "seated"]))


# ----------------------------------------------------------------- operations
OPS = {
    "cabg": dict(name="Coronary artery bypass grafting x{n} (LIMA to LAD, reversed saphenous vein grafts)",
        pre="Multivessel coronary artery disease", anes="General endotracheal", pos="supine", ebl=(400, 1100),
        spec="None", drains="Two mediastinal and one left pleural 32 Fr chest tube", path=None, steps=[
            "A median sternotomy was performed and the left internal mammary artery was harvested as a pedicle.",
            "Concurrently the greater saphenous vein was harvested endoscopically from the right leg.",
            "After systemic heparinization, the patient was cannulated in the ascending aorta and right atrium and placed on cardiopulmonary bypass.",
            "The aorta was cross-clamped and antegrade and retrograde cold blood cardioplegia were given.",
            "Distal anastomoses were performed with 7-0 Prolene, followed by the LIMA to the LAD.",
            "Proximal anastomoses were completed on a partial occlusion clamp.",
            "The patient separated from bypass without difficulty on low-dose epinephrine.",
            "Temporary epicardial pacing wires were placed and the sternum closed with stainless steel wires."]),
    "tka": dict(name="{Side} total knee arthroplasty, cemented", pre="{Side} knee primary osteoarthritis",
        anes="Spinal with adductor canal block", pos="supine with a tourniquet on the upper thigh", ebl=(50, 300),
        spec="None", drains="None", path=None, steps=[
            "A midline incision and medial parapatellar arthrotomy were made.",
            "The ACL and menisci were resected and osteophytes removed.",
            "Intramedullary femoral and extramedullary tibial guides were used for bone cuts.",
            "Flexion and extension gaps were balanced with trial components.",
            "Final components were cemented: femur size {sz}, tibia size {sz}, 10 mm polyethylene insert.",
            "Periarticular injection of ropivacaine, ketorolac and epinephrine was performed.",
            "The arthrotomy was closed with barbed suture and the skin with staples."]),
    "tha": dict(name="{Side} total hip arthroplasty, direct anterior approach", pre="{Side} hip osteoarthritis vs femoral neck fracture",
        anes="Spinal", pos="supine on a traction table", ebl=(200, 600), spec="Femoral head", drains="None",
        path="femoral_head", steps=[
            "The interval between tensor fascia lata and sartorius was developed.",
            "Capsulotomy was performed and the femoral neck osteotomized under fluoroscopy.",
            "The acetabulum was reamed to {sz2} mm and a press-fit shell placed with one screw.",
            "The femur was broached and a size {sz} stem with a 36 mm ceramic head placed.",
            "Leg lengths and offset were confirmed on fluoroscopy and the hip was stable."]),
    "orif_radius": dict(name="Open reduction internal fixation, {side} distal radius fracture",
        pre="Displaced intra-articular distal radius fracture", anes="General LMA with supraclavicular block",
        pos="supine with arm on hand table", ebl=(10, 50), spec="None", drains="None", path=None, steps=[
            "A volar FCR approach was used and the pronator quadratus elevated.",
            "The fracture was reduced under fluoroscopic guidance.",
            "A volar locking plate was applied with distal locking and proximal cortical screws.",
            "Final fluoroscopy confirmed restoration of radial height, inclination and volar tilt.",
            "A volar splint was applied."]),
    "acl": dict(name="{Side} ACL reconstruction with bone-patellar tendon-bone autograft",
        pre="{Side} ACL tear", anes="General", pos="supine with leg holder", ebl=(25, 100), spec="None",
        drains="None", path=None, steps=[
            "Diagnostic arthroscopy confirmed a complete ACL tear; menisci were intact.",
            "The central third patellar tendon graft was harvested with bone plugs.",
            "Femoral and tibial tunnels were drilled anatomically.",
            "The graft was passed and fixed with interference screws in 20 degrees of flexion.",
            "Lachman testing was negative at the end of the case."]),
    "carpal_tunnel": dict(name="{Side} open carpal tunnel release", pre="{Side} carpal tunnel syndrome",
        anes="Local with sedation (WALANT)", pos="supine", ebl=(2, 10), spec="None", drains="None", path=None,
        steps=["A 3 cm incision was made in line with the radial border of the ring finger.",
               "The transverse carpal ligament was divided under direct vision.",
               "The median nerve was noted to be flattened and hyperemic.", "Skin was closed with 4-0 nylon."]),
    "laminectomy": dict(name="L4-L5 decompressive laminectomy and bilateral foraminotomies",
        pre="Lumbar spinal stenosis", anes="General endotracheal", pos="prone on a Jackson table",
        ebl=(100, 400), spec="Bone and ligamentum flavum", drains="Subfascial Hemovac", path=None, steps=[
            "The level was confirmed with a lateral fluoroscopic image.",
            "Subperiosteal dissection exposed the L4 and L5 laminae.",
            "A laminectomy was performed with a high-speed drill and Kerrison rongeurs.",
            "Hypertrophied ligamentum flavum was removed and the thecal sac decompressed.",
            "The nerve roots were free and mobile at the conclusion."]),
    "csection": dict(name="{Prim} low transverse cesarean section", pre="Intrauterine pregnancy at {ga} weeks, {ind}",
        anes="Spinal", pos="supine with left uterine displacement", ebl=(600, 1200), spec="Placenta to pathology",
        drains="Foley catheter", path="placenta", steps=[
            "A Pfannenstiel skin incision was made and carried down to the fascia.",
            "The peritoneum was entered bluntly and a bladder blade placed.",
            "A low transverse hysterotomy was made and extended bluntly.",
            "A viable {sex} infant was delivered from {pres} presentation with Apgars of {a1} and {a5}.",
            "The cord was clamped after 60 seconds of delayed cord clamping.",
            "The placenta was delivered and the uterus cleared of clots and debris.",
            "The hysterotomy was closed in two layers with 0-Vicryl.",
            "The fascia was closed with 0-PDS and the skin with 4-0 Monocryl subcuticular."]),
    "hysterectomy": dict(name="Total laparoscopic hysterectomy with bilateral salpingectomy",
        pre="Symptomatic uterine fibroids", anes="General endotracheal", pos="dorsal lithotomy",
        ebl=(50, 350), spec="Uterus, cervix and bilateral fallopian tubes", drains="Foley", path="uterus", steps=[
            "A uterine manipulator was placed.", "Pneumoperitoneum was established via an umbilical port.",
            "The round ligaments were transected with a vessel sealer and the bladder flap developed.",
            "The uterine arteries were skeletonized and sealed bilaterally.",
            "The colpotomy was completed and the specimen removed vaginally.",
            "The vaginal cuff was closed with barbed suture.", "Cystoscopy showed bilateral ureteral jets."]),
    "dc_hysteroscopy": dict(name="Hysteroscopy, dilation and curettage", pre="Postmenopausal bleeding",
        anes="LMA", pos="dorsal lithotomy", ebl=(5, 25), spec="Endometrial curettings", drains="None",
        path="endometrium", steps=["The cervix was dilated with Hegar dilators to 8 mm.",
            "The hysteroscope was introduced with saline distension.", "A {sz} cm polyp was resected.",
            "Sharp curettage was performed in all quadrants.", "Fluid deficit was {ml} mL."]),
    "salpingectomy": dict(name="Laparoscopic left salpingectomy", pre="Left tubal ectopic pregnancy",
        anes="General endotracheal", pos="dorsal lithotomy", ebl=(50, 400), spec="Left fallopian tube",
        drains="None", path="fallopian", steps=["Hemoperitoneum of approximately {ml} mL was evacuated.",
            "A dilated left tube consistent with ectopic was identified.",
            "The mesosalpinx was serially sealed and the tube removed in an endobag."]),
    "tonsillectomy": dict(name="Tonsillectomy{ad}", pre="Obstructive sleep-disordered breathing / recurrent tonsillitis",
        anes="General endotracheal", pos="supine, shoulder roll, McIvor mouth gag", ebl=(5, 40),
        spec="Bilateral tonsils", drains="None", path="tonsil", steps=[
            "The palate was palpated and no submucous cleft was present.",
            "Tonsils were removed in the extracapsular plane with monopolar cautery.",
            "Hemostasis was obtained with suction cautery.", "The oropharynx was irrigated and an OG tube evacuated the stomach."]),
    "lap_appy": dict(name="Laparoscopic appendectomy", pre="Acute appendicitis", anes="General endotracheal",
        pos="supine, left arm tucked", ebl=(5, 30), spec="Appendix", drains="None", path="appendix", steps=[
            "Access was obtained at the umbilicus using an open Hasson technique.",
            "An inflamed {state} appendix was identified.",
            "The mesoappendix was divided with a vessel sealer and the base divided with an endoscopic stapler.",
            "The specimen was removed in a retrieval bag and the right lower quadrant irrigated."]),
    "lap_chole": dict(name="Laparoscopic cholecystectomy{ioc}", pre="Acute calculous cholecystitis",
        anes="General endotracheal", pos="supine", ebl=(10, 75), spec="Gallbladder", drains="None",
        path="gallbladder", steps=[
            "Four ports were placed in standard fashion.",
            "The gallbladder was distended and inflamed with omental adhesions.",
            "The critical view of safety was obtained, showing only two structures entering the gallbladder.",
            "The cystic duct and artery were clipped and divided.",
            "The gallbladder was removed from the liver bed with electrocautery and extracted in a bag."]),
    "port": dict(name="Placement of tunneled right internal jugular port-a-cath", pre="Need for chemotherapy",
        anes="MAC with local", pos="supine", ebl=(2, 15), spec="None", drains="None", path=None, steps=[
            "The right IJ was accessed under ultrasound guidance.",
            "A subcutaneous pocket was created on the anterior chest wall.",
            "The catheter was tunneled and cut to length under fluoroscopy with the tip at the cavoatrial junction.",
            "The port was accessed, flushed and heparin-locked."]),
    "lumpectomy": dict(name="{Side} partial mastectomy with sentinel lymph node biopsy",
        pre="{Side} breast invasive ductal carcinoma", anes="General LMA", pos="supine, arm abducted",
        ebl=(10, 60), spec="Breast tissue with wire, sentinel nodes x{n}", drains="None", path="breast_core", steps=[
            "Technetium and isosulfan blue were injected in the periareolar region.",
            "The wire-localized lesion was excised with a rim of normal tissue.",
            "Specimen radiograph confirmed the clip and lesion within the specimen.",
            "Through a separate axillary incision, {n} hot and blue sentinel nodes were excised.",
            "Cavity margins were marked with clips."]),
    "hemicolectomy": dict(name="Laparoscopic {rl} hemicolectomy with primary anastomosis",
        pre="Colon adenocarcinoma", anes="General endotracheal", pos="supine, arms tucked", ebl=(50, 250),
        spec="Segment of colon", drains="None", path="colon_resection", steps=[
            "Medial-to-lateral dissection was performed with high ligation of the vascular pedicle.",
            "The colon was mobilized and exteriorized through a small periumbilical extraction site.",
            "A stapled side-to-side anastomosis was created and the common enterotomy closed.",
            "The mesenteric defect was left open.", "Leak test was negative."]),
    "turp": dict(name="Transurethral resection of the prostate (bipolar)", pre="BPH with urinary retention",
        anes="Spinal", pos="dorsal lithotomy", ebl=(50, 250), spec="Prostate chips ({g} g)", drains="22 Fr three-way Foley on CBI",
        path="prostate_chips", steps=["Cystourethroscopy showed obstructing trilobar hypertrophy.",
            "Resection was carried out from bladder neck to verumontanum.",
            "Chips were evacuated with an Ellik evacuator.", "Hemostasis was achieved with rollerball."]),
    "ureteroscopy": dict(name="{Side} ureteroscopy with holmium laser lithotripsy and stent placement",
        pre="{Side} obstructing ureteral stone", anes="General LMA", pos="dorsal lithotomy", ebl=(0, 5),
        spec="Stone fragments for analysis", drains="6 Fr x 26 cm double-J stent on string", path=None, steps=[
            "A safety wire was passed to the kidney under fluoroscopy.",
            "A semi-rigid ureteroscope was advanced to the stone in the proximal ureter.",
            "The stone was fragmented with holmium laser and fragments basket-extracted.",
            "Retrograde pyelogram showed no extravasation."]),
    "prostatectomy": dict(name="Robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph node dissection",
        pre="Prostate adenocarcinoma", anes="General endotracheal", pos="steep Trendelenburg lithotomy",
        ebl=(100, 400), spec="Prostate and seminal vesicles, pelvic lymph nodes", drains="JP drain, 18 Fr Foley",
        path="prostate_bx", steps=["The robot was docked after placement of six ports.",
            "The space of Retzius was developed and the endopelvic fascia opened.",
            "Bilateral nerve sparing was performed.", "The vesicourethral anastomosis was completed with barbed suture.",
            "The bladder was irrigated showing a watertight anastomosis."]),
    "turbt": dict(name="Transurethral resection of bladder tumor", pre="Bladder mass", anes="General LMA",
        pos="dorsal lithotomy", ebl=(10, 50), spec="Bladder tumor and deep muscle", drains="Foley",
        path="bladder_tumor", steps=["A {sz} cm papillary tumor was seen on the right lateral wall.",
            "It was resected to include detrusor muscle.", "Post-resection instillation of gemcitabine was given."]),
    "craniotomy": dict(name="{Side} frontotemporal craniotomy for resection of tumor with stereotactic navigation",
        pre="{Side} frontal enhancing mass", anes="General endotracheal", pos="supine with Mayfield pins",
        ebl=(150, 500), spec="Brain tumor, frozen and permanent", drains="Subgaleal drain", path="brain_tumor",
        steps=["Neuronavigation was registered.", "A bone flap was elevated and the dura opened in a C-shaped fashion.",
               "The tumor was debulked with ultrasonic aspiration.", "Frozen section showed high-grade glioma.",
               "Dura closed watertight and flap secured with plates."]),
    "cea": dict(name="{Side} carotid endarterectomy with bovine pericardial patch angioplasty",
        pre="Symptomatic {side} ICA stenosis", anes="General endotracheal", pos="supine, head rotated",
        ebl=(50, 200), spec="Carotid plaque", drains="None", path=None, steps=[
            "An incision was made along the anterior border of the sternocleidomastoid.",
            "The common, internal and external carotid arteries were controlled.",
            "Following heparinization and clamping, stump pressure was {sp} mmHg; no shunt was used.",
            "An endarterectomy was performed with a good distal endpoint.",
            "A patch was sewn and the clamps released in sequence."]),
    "av_fistula": dict(name="{Side} radiocephalic arteriovenous fistula creation", pre="ESRD, needs dialysis access",
        anes="Regional block with sedation", pos="supine, arm out", ebl=(5, 20), spec="None", drains="None",
        path=None, steps=["The cephalic vein and radial artery were exposed through a longitudinal incision.",
            "An end-to-side anastomosis was created with 7-0 Prolene.", "A palpable thrill was present at completion."]),
    "thyroidectomy": dict(name="Total thyroidectomy with nerve monitoring", pre="Thyroid nodule / Graves disease",
        anes="General with NIM tube", pos="supine, neck extended", ebl=(10, 80), spec="Total thyroid",
        drains="None", path="thyroid", steps=["A Kocher incision was made and subplatysmal flaps raised.",
            "The strap muscles were divided in the midline.", "Both recurrent laryngeal nerves were identified and preserved.",
            "Parathyroids were identified and preserved on their blood supply.", "Nerve signal was intact at the end."]),
    "hernia": dict(name="{Side} inguinal hernia repair with mesh (Lichtenstein)", pre="{Side} inguinal hernia",
        anes="MAC with local", pos="supine", ebl=(5, 25), spec="None", drains="None", path=None, steps=[
            "The external oblique aponeurosis was opened in the direction of its fibers.",
            "An indirect sac was dissected off the cord and reduced.",
            "Polypropylene mesh was sewn to the shelving edge of the inguinal ligament.",
            "The ilioinguinal nerve was identified and preserved."]),
    "ex_lap": dict(name="Exploratory laparotomy, lysis of adhesions{rx}", pre="Small bowel obstruction",
        anes="General endotracheal with RSI", pos="supine", ebl=(50, 300), spec="Small bowel segment",
        drains="None", path="small_bowel", steps=["A midline laparotomy was made.",
            "A single adhesive band causing a closed-loop obstruction was found.",
            "The bowel was run from the ligament of Treitz to the cecum.",
            "The fascia was closed with looped PDS; skin was left loosely closed."]),
}
OP_ALIAS = {"appendectomy": "lap_appy"}


def op_fill(s, side):
    return s.format(side=side, Side=side.title(), n=ri(2, 4), sz=ri(3, 7), sz2=ri(48, 58), ml=ri(100, 900),
                    Prim=pick(["Primary", "Repeat"]), ga=pick(["39 2/7", "38 5/7", "40 1/7", "37 0/7"]),
                    ind=pick(["arrest of dilation", "non-reassuring fetal heart tracing", "breech presentation",
                              "prior cesarean, desires repeat"]), sex=pick(["male", "female"]),
                    pres=pick(["vertex", "frank breech"]), a1=ri(6, 9), a5=ri(8, 9),
                    ad=pick(["", " and adenoidectomy"]), state=pick(["non-perforated", "gangrenous", "suppurative"]),
                    ioc=pick(["", " with intraoperative cholangiogram"]), rl=pick(["right", "left"]), g=ri(18, 60),
                    sp=ri(32, 60), rx=pick(["", " and small bowel resection"]))


# ----------------------------------------------------------------- imaging
# sections: (label, normal text, [(abnormal text, impression phrase), ...])
IMG = {
    "cxr": dict(exam=["XR CHEST 2 VIEWS", "CHEST PA AND LATERAL", "XR CHEST 1 VIEW PORTABLE"], cpt="71046",
        tech="Frontal and lateral views of the chest.", secs=[
            ("Lines/tubes", "None.", [("Right IJ central venous catheter terminates in the lower SVC.", "Right IJ catheter tip in lower SVC"),
                                      ("Endotracheal tube tip 4.5 cm above the carina.", "ETT in satisfactory position")]),
            ("Lungs", "Clear. No focal consolidation.", [("Patchy airspace opacity in the right lower lobe.", "Right lower lobe pneumonia"),
                                                        ("Diffuse interstitial markings with Kerley B lines.", "Pulmonary edema"),
                                                        ("Hyperinflated lungs with flattened hemidiaphragms.", "Hyperinflation compatible with COPD")]),
            ("Pleura", "No effusion or pneumothorax.", [("Moderate left pleural effusion with adjacent atelectasis.", "Moderate left pleural effusion"),
                                                       ("Small right apical pneumothorax measuring 1.2 cm.", "Small right apical pneumothorax")]),
            ("Heart and mediastinum", "Normal cardiomediastinal silhouette.", [("The cardiac silhouette is enlarged.", "Cardiomegaly")]),
            ("Bones", "No acute osseous abnormality.", [("Healing fractures of the left 6th and 7th ribs.", "Healing left rib fractures")])]),
    "ct_head": dict(exam=["CT HEAD WITHOUT CONTRAST", "CT BRAIN NONCONTRAST (STROKE ALERT)"], cpt="70450",
        tech="Axial images from skull base to vertex without IV contrast. Dose reduction technique was used.", secs=[
            ("Brain parenchyma", "Gray-white differentiation is preserved. No mass effect.", [
                ("Loss of gray-white differentiation in the left insular cortex.", "Early left MCA territory infarct"),
                ("Confluent periventricular white matter hypodensities.", "Moderate chronic small vessel ischemic disease")]),
            ("Hemorrhage", "No intracranial hemorrhage.", [("Thin left convexity subdural hematoma measuring 6 mm.", "Acute left subdural hematoma, 6 mm, without midline shift")]),
            ("Ventricles", "Normal size and configuration.", [("Ex vacuo dilation of the ventricles.", "Age-related volume loss")]),
            ("Calvarium/sinuses", "Intact calvarium. Mastoid air cells and paranasal sinuses are clear.", [
                ("Mucosal thickening in the maxillary sinuses.", "Mild paranasal sinus disease")])]),
    "mri_brain": dict(exam=["MRI BRAIN WITH AND WITHOUT CONTRAST", "MRI BRAIN WITHOUT CONTRAST (STROKE PROTOCOL)"], cpt="70553",
        tech="Multiplanar multisequence MRI including DWI, FLAIR, SWI and post-gadolinium T1.", secs=[
            ("Diffusion", "No restricted diffusion.", [("Restricted diffusion in the left frontal operculum and insula.", "Acute infarct in the left MCA territory"),
                                                      ("Punctate foci of restricted diffusion in bilateral cerebral hemispheres.", "Scattered acute emboli in multiple territories")]),
            ("White matter", "No abnormal FLAIR signal.", [("Ovoid periventricular FLAIR lesions perpendicular to the ventricles, one enhancing.", "Demyelinating lesions with active enhancement")]),
            ("Mass", "No mass or abnormal enhancement.", [("Rim-enhancing 3.4 cm right frontal mass with surrounding vasogenic edema.", "Right frontal enhancing mass, likely high-grade glioma")]),
            ("Vessels", "Normal flow voids.", [])]),
    "cta_head": dict(exam=["CTA HEAD AND NECK"], cpt="70496", tech="Helical CTA after 75 mL Omnipaque 350 with 3D reformats.",
        secs=[("Intracranial", "No large vessel occlusion or aneurysm.", [("Abrupt cutoff of the left M1 segment.", "Left M1 occlusion")]),
              ("Cervical", "Carotid and vertebral arteries are patent without significant stenosis.", [
                  ("Calcified plaque with 70% stenosis of the proximal left ICA by NASCET criteria.", "70% left ICA stenosis")])]),
    "ct_pe": dict(exam=["CTA CHEST (PE PROTOCOL)", "CT PULMONARY ANGIOGRAM"], cpt="71275",
        tech="CT angiography of the chest after 80 mL Isovue 370 IV.", secs=[
            ("Pulmonary arteries", "No filling defect to the subsegmental level.", [
                ("Filling defects in the right and left main pulmonary arteries extending to lobar branches.", "Bilateral pulmonary emboli"),
                ("Segmental filling defect in the right lower lobe.", "Right lower lobe segmental pulmonary embolus")]),
            ("Right heart", "RV/LV ratio is less than 1.", [("RV/LV ratio 1.3 with reflux of contrast into the IVC.", "Right heart strain")]),
            ("Lungs", "No consolidation.", [("Peripheral wedge-shaped opacity in the right lower lobe.", "Possible pulmonary infarct")]),
            ("Other", "No lymphadenopathy.", [])]),
    "ct_chest": dict(exam=["CT CHEST WITHOUT CONTRAST", "HRCT CHEST"], cpt="71250", tech="Thin-section axial images with prone and expiratory sequences.",
        secs=[("Parenchyma", "No nodule or interstitial abnormality.", [
                ("Basilar predominant subpleural reticulation with honeycombing and traction bronchiectasis.", "UIP pattern of fibrosis"),
                ("8 mm solid nodule in the right upper lobe.", "8 mm RUL nodule; follow-up per Fleischner")]),
              ("Airways", "Patent.", [("Bronchial wall thickening and centrilobular emphysema.", "Centrilobular emphysema")]),
              ("Mediastinum", "No adenopathy.", [("Enlarged subcarinal lymph node 1.8 cm.", "Subcarinal lymphadenopathy")])]),
    "ct_cap": dict(exam=["CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST"], cpt="74177", tech="Helical images after 100 mL IV Omnipaque 300 and oral contrast.",
        secs=[("Chest", "No pulmonary nodules.", [("Multiple bilateral pulmonary nodules up to 1.4 cm.", "Pulmonary metastases")]),
              ("Liver", "No focal lesion.", [("Three hypoenhancing hepatic lesions, the largest 2.6 cm in segment 7.", "Hepatic metastases")]),
              ("Lymph nodes", "No pathologically enlarged nodes.", [("Retroperitoneal lymphadenopathy up to 2.2 cm.", "Retroperitoneal adenopathy")]),
              ("Bones", "No suspicious osseous lesion.", [("Lytic lesion in the L2 vertebral body.", "Osseous metastasis at L2")])]),
    "pet": dict(exam=["PET/CT SKULL BASE TO MID-THIGH (F-18 FDG)"], cpt="78815",
        tech="Imaging 60 minutes after 10.2 mCi F-18 FDG; blood glucose 98 mg/dL.", secs=[
            ("Head/Neck", "Physiologic uptake.", [("FDG-avid right level II lymph node, SUVmax 8.4.", "Hypermetabolic right cervical node")]),
            ("Chest", "No hypermetabolic lesion.", [("Hypermetabolic left upper lobe mass SUVmax 12.1.", "FDG-avid LUL primary")]),
            ("Abdomen/Pelvis", "Physiologic bowel and urinary activity.", [("Complete metabolic response of previously avid mesenteric nodes (Deauville 2).", "Complete metabolic response")])]),
    "ct_ap": dict(exam=["CT ABDOMEN AND PELVIS WITH IV CONTRAST"], cpt="74177", tech="Axial helical images with coronal and sagittal reformats after IV contrast.",
        secs=[("Liver/biliary", "Normal. No biliary dilation.", [("Nodular liver contour with moderate ascites.", "Cirrhotic morphology with ascites")]),
              ("Pancreas", "Normal.", [("Peripancreatic fat stranding and fluid without necrosis.", "Acute interstitial edematous pancreatitis")]),
              ("Bowel", "No obstruction.", [("Dilated small bowel loops to 3.8 cm with transition point in the right lower quadrant.", "Small bowel obstruction"),
                                            ("Dilated 1.3 cm appendix with periappendiceal fat stranding.", "Acute appendicitis"),
                                            ("Sigmoid diverticulitis with a 3.1 cm pericolic abscess.", "Complicated sigmoid diverticulitis with abscess")]),
              ("Kidneys", "No hydronephrosis.", [("Mild left hydroureteronephrosis.", "Mild left hydronephrosis")]),
              ("Pelvis", "Bladder is unremarkable.", [])]),
    "ct_stone": dict(exam=["CT ABDOMEN PELVIS WITHOUT CONTRAST (RENAL STONE PROTOCOL)"], cpt="74176", tech="Low-dose noncontrast helical images.",
        secs=[("Kidneys", "No calculi.", [("Nonobstructing 4 mm right lower pole calculus.", "Nonobstructing right renal stone")]),
              ("Ureters", "No ureteral calculus.", [("7 mm calculus in the proximal left ureter with moderate hydronephrosis and perinephric stranding.", "Obstructing 7 mm left proximal ureteral stone")]),
              ("Bladder", "Unremarkable.", [])]),
    "ruq_us": dict(exam=["US ABDOMEN LIMITED (RUQ)", "ULTRASOUND RIGHT UPPER QUADRANT"], cpt="76705", tech="Grayscale and color Doppler sonography.",
        secs=[("Gallbladder", "No stones, wall thickening or pericholecystic fluid.", [
                ("Multiple shadowing gallstones, wall thickening to 5 mm, pericholecystic fluid and a positive sonographic Murphy sign.", "Acute calculous cholecystitis")]),
              ("Bile ducts", "CBD measures 4 mm.", [("CBD dilated to 11 mm with an echogenic focus distally.", "Choledocholithiasis")]),
              ("Liver", "Normal echotexture.", [("Coarsened nodular echotexture.", "Cirrhotic liver morphology"), ("Diffusely increased echogenicity.", "Hepatic steatosis")])]),
    "mrcp": dict(exam=["MRI ABDOMEN / MRCP"], cpt="74183", tech="Heavily T2-weighted MRCP sequences with pre- and post-contrast imaging.",
        secs=[("Biliary", "No filling defects.", [("5 mm filling defect in the distal CBD.", "Choledocholithiasis")]),
              ("Pancreas", "Normal duct caliber.", [("2.8 cm hypoenhancing mass in the pancreatic head with double duct sign.", "Pancreatic head mass")])]),
    "abd_us": dict(exam=["US ABDOMEN LIMITED (APPENDIX) - PEDIATRIC"], cpt="76705", tech="Graded compression sonography of the right lower quadrant.",
        secs=[("Appendix", "Normal compressible appendix measuring 4 mm.", [("Noncompressible appendix measuring 9 mm with appendicolith and hyperemia.", "Acute appendicitis")]),
              ("Free fluid", "None.", [("Small amount of free fluid in the pelvis.", "Trace free fluid")])]),
    "renal_us": dict(exam=["US RENAL COMPLETE", "ULTRASOUND KIDNEYS AND BLADDER"], cpt="76770", tech="Grayscale and Doppler images of both kidneys and bladder.",
        secs=[("Right kidney", "Measures {k1} cm. Normal echogenicity. No hydronephrosis.", [("Moderate hydronephrosis.", "Right hydronephrosis")]),
              ("Left kidney", "Measures {k2} cm. No stone or mass.", [("Increased cortical echogenicity with cortical thinning.", "Echogenic kidneys consistent with medical renal disease")]),
              ("Bladder", "Normal. Post-void residual {pvr} mL.", [("Distended bladder with post-void residual of 880 mL.", "Urinary retention")])]),
    "pelvic_us": dict(exam=["US PELVIS TRANSABDOMINAL AND TRANSVAGINAL"], cpt="76856", tech="Transabdominal and endovaginal grayscale and Doppler imaging.",
        secs=[("Uterus", "Anteverted, measures {u} cm. No mass.", [("Enlarged uterus with multiple fibroids, the largest 5.2 cm intramural.", "Fibroid uterus")]),
              ("Endometrium", "Endometrial stripe measures 4 mm.", [("Endometrial stripe thickened to 14 mm in a postmenopausal patient.", "Thickened endometrium; tissue sampling advised")]),
              ("Adnexa", "Normal ovaries with symmetric flow.", [("Complex left adnexal mass separate from the ovary with ring of fire vascularity and free fluid.", "Findings concerning for left ectopic pregnancy")])]),
    "ob_us": dict(exam=["OB ULTRASOUND > 14 WEEKS, SINGLE GESTATION", "OB US DETAILED ANATOMY"], cpt="76805", tech="Transabdominal obstetric ultrasound.",
        secs=[("Fetal biometry", "BPD, HC, AC and FL concordant; EFW {efw} g ({pct}th percentile).", [("AC less than 3rd percentile; EFW 8th percentile.", "Fetal growth restriction")]),
              ("Amniotic fluid", "AFI {afi} cm.", [("AFI 4.2 cm.", "Oligohydramnios")]),
              ("Placenta", "Posterior, clear of the os.", [("Placenta previa, complete.", "Complete placenta previa")]),
              ("Fetal heart", "FHR {fhr} bpm, regular.", [])]),
    "echo": dict(exam=["TRANSTHORACIC ECHOCARDIOGRAM (COMPLETE) WITH DOPPLER"], cpt="93306", tech="2D, M-mode, color and spectral Doppler; image quality {iq}.",
        secs=[("Left ventricle", "Normal size and wall thickness. LVEF {ef}% by biplane Simpson.", [
                ("Moderately dilated with global hypokinesis. LVEF 25-30%.", "Severely reduced LV systolic function, EF 25-30%"),
                ("Akinesis of the mid-to-apical anterior wall and apex.", "Regional wall motion abnormality in LAD territory")]),
              ("Right ventricle", "Normal size and function; TAPSE 22 mm.", [("Dilated RV with reduced function; TAPSE 13 mm.", "RV dysfunction")]),
              ("Valves", "No significant valvular disease.", [("Calcified aortic valve with peak velocity 4.6 m/s, mean gradient 52 mmHg, AVA 0.7 cm2.", "Severe aortic stenosis"),
                                                             ("Moderate mitral regurgitation.", "Moderate MR")]),
              ("Pericardium", "No effusion.", [("Small circumferential pericardial effusion without tamponade physiology.", "Small pericardial effusion")]),
              ("Hemodynamics", "Estimated RVSP {rvsp} mmHg.", [])]),
    "tee_img": dict(exam=["TRANSESOPHAGEAL ECHOCARDIOGRAM"], cpt="93312", tech="Multiplane TEE under moderate sedation.",
        secs=[("Mitral valve", "Thin leaflets, no vegetation.", [("1.1 cm mobile vegetation on the atrial side of the posterior mitral leaflet with moderate MR.", "Mitral valve vegetation consistent with endocarditis")]),
              ("Aortic valve", "Trileaflet, no vegetation.", []), ("LAA", "No thrombus.", [])]),
    "nuclear_stress": dict(exam=["MYOCARDIAL PERFUSION SPECT, REGADENOSON STRESS / REST"], cpt="78452", tech="Tc-99m sestamibi rest/stress protocol; regadenoson 0.4 mg IV.",
        secs=[("Perfusion", "Normal perfusion at stress and rest.", [("Moderate-sized reversible defect of the inferolateral wall.", "Inferolateral ischemia, moderate")]),
              ("Gated function", "LVEF {ef}%, normal wall motion.", []), ("ECG response", "No ischemic ST changes.", [])]),
    "carotid_duplex": dict(exam=["US CAROTID DUPLEX BILATERAL"], cpt="93880", tech="Grayscale, color and spectral Doppler.",
        secs=[("Right ICA", "PSV {psv} cm/s; less than 50% stenosis.", []),
              ("Left ICA", "PSV {psv} cm/s; less than 50% stenosis.", [("PSV 310 cm/s, EDV 118 cm/s, ICA/CCA ratio 4.6.", "80-99% left ICA stenosis")]),
              ("Vertebrals", "Antegrade flow bilaterally.", [])]),
    "le_duplex": dict(exam=["US VENOUS DUPLEX LOWER EXTREMITY {SIDE}"], cpt="93971", tech="Compression and Doppler evaluation.",
        secs=[("Deep veins", "Common femoral, femoral and popliteal veins are compressible with normal flow.", [
                ("Noncompressible femoral and popliteal veins with echogenic intraluminal thrombus.", "Acute DVT of the femoral and popliteal veins")]),
              ("Calf veins", "Visualized posterior tibial and peroneal veins are patent.", [])]),
    "cta_runoff": dict(exam=["CTA AORTA WITH BILATERAL LOWER EXTREMITY RUNOFF"], cpt="75635", tech="Arterial phase CTA.",
        secs=[("Aorta", "Normal caliber.", [("Infrarenal aortic aneurysm measuring 5.8 cm with mural thrombus.", "5.8 cm infrarenal AAA")]),
              ("Right leg", "Three-vessel runoff.", [("Occlusion of the right SFA with reconstitution at the popliteal; one-vessel runoff via peroneal.", "Right SFA occlusion with poor runoff")])]),
    "xr_knee": dict(exam=["XR KNEE 3 VIEWS {SIDE}", "KNEE STANDING AP/LAT/SUNRISE"], cpt="73562", tech="Three views.",
        secs=[("Alignment", "Maintained.", [("Varus alignment.", "Varus deformity")]),
              ("Joint spaces", "Preserved.", [("Severe medial compartment joint space narrowing with osteophytes and subchondral sclerosis.", "Severe medial compartment osteoarthritis")]),
              ("Soft tissues", "No effusion.", [("Moderate suprapatellar effusion.", "Joint effusion")])]),
    "xr_hip": dict(exam=["XR HIP WITH PELVIS 2-3 VIEWS {SIDE}"], cpt="73502", tech="AP pelvis and frog-leg lateral of the hip.",
        secs=[("Fracture", "None.", [("Comminuted intertrochanteric fracture with varus angulation.", "Displaced intertrochanteric femur fracture"),
                                     ("Subcapital femoral neck fracture, Garden IV.", "Displaced femoral neck fracture")]),
              ("Joint", "Hip joint space preserved.", [("Superolateral joint space loss with cam morphology.", "Hip osteoarthritis")])]),
    "xr_wrist": dict(exam=["XR WRIST 3+ VIEWS {SIDE}"], cpt="73110", tech="PA, lateral and oblique views.",
        secs=[("Bones", "No fracture.", [("Intra-articular distal radius fracture with 20 degrees dorsal angulation and 4 mm shortening.", "Displaced distal radius fracture"),
                                         ("Ulnar styloid fracture.", "Ulnar styloid fracture")]),
              ("Carpus", "Normal alignment.", [])]),
    "xr_foot": dict(exam=["XR FOOT 3 VIEWS {SIDE}"], cpt="73630", tech="Three views.",
        secs=[("Bones", "No erosion.", [("Cortical erosion and periosteal reaction at the head of the first metatarsal.", "Findings suspicious for osteomyelitis; MRI recommended")]),
              ("Soft tissue", "No gas.", [("Soft tissue ulceration plantar to the first MTP.", "Plantar soft tissue ulcer")])]),
    "xr_abd": dict(exam=["XR ABDOMEN 2 VIEWS (KUB AND UPRIGHT)"], cpt="74019", tech="Supine and upright views.",
        secs=[("Bowel gas", "Nonobstructive pattern.", [("Multiple dilated small bowel loops with air-fluid levels.", "Findings of small bowel obstruction")]),
              ("Free air", "None.", [])]),
    "mri_knee": dict(exam=["MRI KNEE WITHOUT CONTRAST {SIDE}"], cpt="73721", tech="Multiplanar proton density and T2 fat-saturated images.",
        secs=[("ACL", "Intact.", [("Complete tear of the ACL with pivot-shift bone contusions.", "Complete ACL tear")]),
              ("Menisci", "Intact.", [("Horizontal tear of the posterior horn of the medial meniscus.", "Medial meniscus tear")]),
              ("Cartilage", "Preserved.", [])]),
    "mri_lspine": dict(exam=["MRI LUMBAR SPINE WITHOUT CONTRAST", "MRI L-SPINE WITH AND WITHOUT CONTRAST"], cpt="72148", tech="Sagittal and axial T1 and T2 sequences.",
        secs=[("L3-L4", "No stenosis.", [("Enhancing disc and endplates with paraspinal phlegmon.", "Discitis-osteomyelitis at L3-L4")]),
              ("L4-L5", "Mild disc bulge without stenosis.", [("Disc bulge, facet hypertrophy and ligamentum flavum thickening with severe central canal stenosis.", "Severe L4-L5 central canal stenosis")]),
              ("L5-S1", "No significant stenosis.", [("Right paracentral extrusion contacting the right S1 nerve root.", "L5-S1 disc extrusion")])]),
    "mammo": dict(exam=["DIGITAL MAMMOGRAM DIAGNOSTIC BILATERAL WITH TOMOSYNTHESIS", "SCREENING MAMMOGRAM BILATERAL"], cpt="77066",
        tech="CC and MLO views with tomosynthesis.", secs=[
            ("Breast density", "Scattered areas of fibroglandular density (B).", []),
            ("Findings", "No suspicious mass, calcifications or architectural distortion.", [
                ("Irregular spiculated 1.6 cm mass in the left breast upper outer quadrant at 2 o'clock.", "BI-RADS 5: highly suggestive of malignancy"),
                ("Grouped fine pleomorphic calcifications in the right breast.", "BI-RADS 4B: suspicious calcifications, stereotactic biopsy recommended")])]),
    "thyroid_us": dict(exam=["US THYROID"], cpt="76536", tech="Grayscale and color Doppler.",
        secs=[("Right lobe", "Measures 4.6 x 1.7 x 1.5 cm. Homogeneous.", [("2.4 cm solid hypoechoic nodule, wider than tall, smooth margins (TR4).", "TR4 right thyroid nodule meets criteria for FNA")]),
              ("Left lobe", "Normal.", []), ("Lymph nodes", "No abnormal cervical nodes.", [])]),
    "dexa": dict(exam=["DXA BONE DENSITOMETRY, AXIAL"], cpt="77080", tech="Lumbar spine and bilateral hips.",
        secs=[("Lumbar spine L1-L4", "BMD 1.012 g/cm2, T-score -0.6.", [("BMD 0.781 g/cm2, T-score -2.8.", "Osteoporosis")]),
              ("Total hip", "T-score -0.9.", [("T-score -1.7.", "Osteopenia of the hip")])]),
    "ct_neck": dict(exam=["CT NECK SOFT TISSUE WITH CONTRAST"], cpt="70491", tech="Axial images from skull base to thoracic inlet.",
        secs=[("Pharynx", "Symmetric.", [("Rim-enhancing 2.2 cm collection in the left peritonsillar space.", "Left peritonsillar abscess")]),
              ("Lymph nodes", "No adenopathy.", [("Necrotic right level IIA node measuring 3.1 cm.", "Necrotic right level II adenopathy")])]),
}


# ----------------------------------------------------------------- pathology
PATH = {
    "femoral_head": dict(kind="surg", spec="Femoral head, {side}, arthroplasty",
        gross="Received fresh labeled with the patient's name and 'femoral head' is a {a} x {b} x {c} cm femoral head with attached neck. The articular surface shows {pct}% eburnation. Representative sections submitted after decalcification in cassettes A1-A3.",
        dx=["Degenerative joint disease with eburnation and subchondral cysts", "Femoral neck fracture with callus; no neoplasm"]),
    "endometrium": dict(kind="surg", spec="Endometrium, biopsy/curettage",
        gross="Received in formalin are multiple fragments of tan-red soft tissue and blood aggregating to {a} x {b} x {c} cm. Entirely submitted in cassettes A1-A2.",
        dx=["Atrophic endometrium; negative for hyperplasia or malignancy", "Endometrial polyp",
            "Atypical endometrial hyperplasia / endometrioid intraepithelial neoplasia (EIN)",
            "Endometrioid adenocarcinoma, FIGO grade 1", "Disordered proliferative endometrium"]),
    "placenta": dict(kind="surg", spec="Placenta, singleton, third trimester",
        gross="The placenta weighs {g} g (trimmed) with a {cord} cm three-vessel cord inserted eccentrically. Membranes are translucent. Maternal surface is intact.",
        dx=["Third-trimester placenta, appropriate weight for gestational age; no significant pathologic change",
            "Acute chorioamnionitis (maternal inflammatory response stage 2)", "Placental infarcts involving approximately 10% of parenchyma"]),
    "uterus": dict(kind="surg", spec="Uterus, cervix and bilateral fallopian tubes, total hysterectomy",
        gross="The uterus weighs {g} g and measures {a} x {b} x {c} cm. Sectioning reveals {n} well-circumscribed whorled white intramural nodules ranging from 0.8 to 6.2 cm. Representative sections submitted A1-A14.",
        dx=["Leiomyomata; proliferative endometrium; unremarkable cervix and fallopian tubes",
            "Adenomyosis and leiomyoma; chronic cervicitis"]),
    "pap": dict(kind="cyto", spec="Cervical/endocervical ThinPrep Pap test with reflex HPV",
        adequacy=["Satisfactory for evaluation; endocervical/transformation zone component present",
                  "Satisfactory for evaluation; transformation zone component absent"],
        dx=["Negative for intraepithelial lesion or malignancy (NILM)", "Atypical squamous cells of undetermined significance (ASC-US); HPV high-risk DETECTED",
            "Low-grade squamous intraepithelial lesion (LSIL)", "High-grade squamous intraepithelial lesion (HSIL)",
            "NILM; shift in flora suggestive of bacterial vaginosis"]),
    "fallopian": dict(kind="surg", spec="Fallopian tube, left, salpingectomy",
        gross="A {a} cm segment of dilated tube with a hemorrhagic mass measuring {b} cm.",
        dx=["Tubal ectopic pregnancy with chorionic villi and hemorrhage"]),
    "tonsil": dict(kind="surg", spec="Tonsils, bilateral, tonsillectomy",
        gross="Two tan-pink tonsils measuring {a} and {b} cm in greatest dimension. Cut surfaces show crypts without masses.",
        dx=["Benign tonsils with reactive follicular hyperplasia", "Tonsils with actinomyces colonies in crypts"]),
    "appendix": dict(kind="surg", spec="Appendix, appendectomy",
        gross="Appendix {a} cm in length and {b} cm in diameter with a fibrinopurulent serosa. Lumen contains a fecalith.",
        dx=["Acute suppurative appendicitis with periappendicitis", "Acute gangrenous appendicitis with perforation",
            "Acute appendicitis; negative for neoplasm"]),
    "breast_core": dict(kind="surg", spec="Breast, {side}, {pos} o'clock, ultrasound-guided core biopsy",
        gross="{n} cores of yellow-tan tissue ranging from 0.8 to 1.6 cm, entirely submitted.",
        dx=["Invasive ductal carcinoma, Nottingham grade 2 (3+2+1)", "Fibroadenoma", "Ductal carcinoma in situ, intermediate nuclear grade, cribriform type",
            "Invasive lobular carcinoma, classic type"],
        synoptic=["ER: Positive (95%, strong)", "PR: Positive (60%, moderate)", "HER2 (IHC): 1+ (negative)", "Ki-67: 18%"]),
    "colon_resection": dict(kind="surg", spec="Colon, {rl}, hemicolectomy",
        gross="Segment of colon {a} cm in length with a {b} cm ulcerated circumferential mass located {c} cm from the nearest margin. Pericolonic fat dissected for lymph nodes.",
        dx=["Invasive adenocarcinoma, moderately differentiated", "Tubular adenoma with high-grade dysplasia; negative for invasive carcinoma"],
        synoptic=["Tumor size: {b} cm", "Histologic grade: G2", "Tumor extent: invades through muscularis propria into pericolorectal tissue (pT3)",
                  "Lymphovascular invasion: Present", "Margins: Negative (closest radial 1.2 cm)",
                  "Regional lymph nodes: {pos}/{nodes} involved", "pTNM: pT3 pN{nst}", "Mismatch repair IHC: MLH1, PMS2, MSH2, MSH6 retained"]),
    "lymph_node": dict(kind="surg", spec="Lymph node, {site}, excisional biopsy",
        gross="A {a} x {b} cm tan-pink lymph node. Touch preps made; portion for flow cytometry.",
        dx=["Diffuse large B-cell lymphoma, germinal center B-cell type", "Reactive follicular hyperplasia; no evidence of lymphoma",
            "Metastatic carcinoma in 1 of 3 sentinel lymph nodes (macrometastasis, 4 mm)", "Sentinel lymph nodes, negative for carcinoma (0/2)"]),
    "bone_marrow": dict(kind="surg", spec="Bone marrow, {side} posterior iliac crest, aspirate and core biopsy",
        gross="Core {a} cm; aspirate smears x6, clot section.",
        dx=["Normocellular marrow (40%) with trilineage hematopoiesis; no lymphoma",
            "Hypercellular marrow (90%) with 62% myeloblasts, consistent with acute myeloid leukemia",
            "Marrow involvement by large B-cell lymphoma (20%)"]),
    "ebus": dict(kind="cyto", spec="Lymph node, station 7, EBUS-TBNA",
        adequacy=["Adequate; lymphocytes present", "Adequate for evaluation"],
        dx=["Positive for malignancy: non-small cell carcinoma, favor adenocarcinoma (TTF-1 positive, p40 negative)",
            "Negative for malignancy; benign lymphoid tissue", "Non-necrotizing granulomas; see comment"]),
    "gastric_bx": dict(kind="surg", spec="Stomach, antrum and body, biopsies",
        gross="Four tan-pink fragments of soft tissue 0.2-0.4 cm, entirely submitted.",
        dx=["Chronic active gastritis with Helicobacter pylori organisms (confirmed by IHC)", "Reactive gastropathy; negative for H. pylori",
            "Intestinal metaplasia without dysplasia"]),
    "colon_polyp": dict(kind="surg", spec="Colon, {loc}, polypectomy",
        gross="{n} fragments of tan polypoid tissue measuring up to {b} cm.",
        dx=["Tubular adenoma; negative for high-grade dysplasia", "Sessile serrated lesion without dysplasia", "Hyperplastic polyp",
            "Tubulovillous adenoma with focal high-grade dysplasia; margin free"]),
    "gallbladder": dict(kind="surg", spec="Gallbladder, cholecystectomy",
        gross="Gallbladder {a} x {b} cm with a {c} cm thick wall. Contains {n} yellow-green faceted stones.",
        dx=["Acute and chronic cholecystitis with cholelithiasis", "Chronic cholecystitis with cholelithiasis",
            "Gangrenous cholecystitis"]),
    "liver_bx": dict(kind="surg", spec="Liver, core biopsy",
        gross="Two cores measuring {a} and {b} cm.",
        dx=["Steatohepatitis with bridging fibrosis (NASH CRN stage 3)", "Cirrhosis, etiology favored alcohol-related",
            "Metastatic adenocarcinoma consistent with colorectal primary (CK20+, CDX2+)"]),
    "prostate_bx": dict(kind="surg", spec="Prostate, 12-core systematic and MRI-targeted needle biopsies",
        gross="Twelve labeled containers each with 1-2 cores of tan tissue 0.8-1.7 cm.",
        dx=["Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2) in {n} of 12 cores", "Benign prostatic tissue; no carcinoma identified",
            "Prostatic adenocarcinoma, Gleason score 4+4=8 (Grade Group 4) with perineural invasion"]),
    "bladder_tumor": dict(kind="surg", spec="Bladder tumor, right lateral wall, TURBT",
        gross="Aggregate {a} g of papillary fragments, entirely submitted.",
        dx=["Non-invasive papillary urothelial carcinoma, low grade (pTa); muscularis propria present and uninvolved",
            "Invasive high-grade urothelial carcinoma invading muscularis propria (pT2)"]),
    "prostate_chips": dict(kind="surg", spec="Prostate chips, TURP", gross="{a} g of tan rubbery chips; 12 cassettes submitted.",
        dx=["Benign nodular prostatic hyperplasia", "Benign prostatic hyperplasia with incidental adenocarcinoma, Gleason 3+3 (<5% of tissue)"]),
    "brain_tumor": dict(kind="surg", spec="Brain, right frontal mass, resection",
        gross="Multiple fragments of soft gray-pink tissue aggregating to {a} x {b} cm.",
        dx=["Glioblastoma, IDH-wildtype, CNS WHO grade 4", "Metastatic melanoma", "Meningioma, CNS WHO grade 1"]),
    "thyroid_fna": dict(kind="cyto", spec="Thyroid, right lobe nodule, FNA",
        adequacy=["Satisfactory for evaluation (>6 groups of follicular cells)"],
        dx=["Benign (Bethesda II): consistent with benign follicular nodule", "Atypia of undetermined significance (Bethesda III)",
            "Suspicious for malignancy (Bethesda V)", "Malignant (Bethesda VI): papillary thyroid carcinoma"]),
    "thyroid": dict(kind="surg", spec="Thyroid, total thyroidectomy",
        gross="Thyroid weighs {g} g. Right lobe contains a {b} cm firm white nodule.",
        dx=["Papillary thyroid carcinoma, classic type, 2.1 cm, margins negative (pT2)", "Diffuse hyperplasia consistent with Graves disease",
            "Follicular adenoma"]),
    "kidney_bx": dict(kind="surg", spec="Kidney, left, percutaneous needle biopsy (LM, IF, EM)",
        gross="Two cores {a} and {b} cm; portions for IF and EM.",
        dx=["Membranous nephropathy, PLA2R positive", "Focal segmental glomerulosclerosis, not otherwise specified",
            "Acute tubular injury; moderate interstitial fibrosis and tubular atrophy (30%)"]),
    "bone_bx": dict(kind="surg", spec="Bone, L3 vertebral body, CT-guided biopsy",
        gross="Core of bone and marrow {a} cm plus blood clot.", dx=["Acute and chronic osteomyelitis; no malignancy"]),
    "amputation": dict(kind="surg", spec="Toe, right great, amputation",
        gross="Toe {a} cm with a {b} cm plantar ulcer; proximal bone margin separately submitted.",
        dx=["Acute osteomyelitis with ulceration and gangrene; proximal bone margin negative for osteomyelitis"]),
    "small_bowel": dict(kind="surg", spec="Small bowel, segmental resection",
        gross="Segment of small bowel {a} cm in length with a dusky purple serosa.",
        dx=["Hemorrhagic ischemic necrosis, transmural; viable margins", "Small bowel with serosal adhesions; no ischemia"]),
    "pleural_fluid": dict(kind="cyto", spec="Pleural fluid, left, thoracentesis ({ml} mL)",
        adequacy=["Cellblock prepared"],
        dx=["Positive for malignant cells: metastatic adenocarcinoma, consistent with lung primary",
            "Negative for malignant cells; reactive mesothelial cells and lymphocytes"]),
    "bal": dict(kind="cyto", spec="Bronchoalveolar lavage, right middle lobe",
        adequacy=["Adequate; alveolar macrophages present"],
        dx=["Negative for malignant cells; GMS stain negative for Pneumocystis", "Acute inflammation; fungal organisms morphologically consistent with Aspergillus"]),
}


def path_fill(s):
    return s.format(side=pick(["right", "left"]), a=rf(1.0, 9.5), b=rf(0.4, 6.5), c=rf(0.2, 4.0), pct=ri(30, 90),
                    g=ri(320, 690), cord=ri(28, 60), n=ri(2, 9), pos=ri(1, 11), site=pick(["right cervical",
                    "left axillary, sentinel", "left supraclavicular", "right inguinal"]),
                    rl=pick(["right", "left"]), loc=pick(["ascending", "transverse", "sigmoid", "descending", "cecum"]),
                    ml=ri(300, 1400), nodes=ri(12, 28), nst=pick(["0", "1a", "1b", "2a"]))


# ================================================================= document types

def pmh_lines(c):
    return ["- " + x for x in c.pmh] if chance(0.5) else [", ".join(c.pmh)]


def proc_names_for(c):
    out = []
    for k in c.sp["procs"]:
        out.append(fill(PROCS[k]["name"]))
    for k in c.sp["ops"]:
        k = OP_ALIAS.get(k, k)
        out.append(op_fill(OPS[k]["name"], pick(["right", "left"])))
    return out


def discharge_med_lines(c, style):
    lines = []
    if style == 0:
        for m in c.meds:
            lines.append("- " + med_line(m, 0))
    elif style == 1:
        new = c.meds[:max(1, len(c.meds) // 3)]
        cont = c.meds[len(new):]
        lines.append("NEW:")
        lines += ["  " + med_line(m, 1) for m in new]
        lines.append("CONTINUE:")
        lines += ["  " + med_line(m, 1) for m in cont]
        if chance(0.6):
            lines.append("STOP:")
            lines.append("  " + pick(MED_NAMES) + " (" + pick(["held for AKI", "duplicate therapy", "no longer indicated",
                                                              "replaced by new agent"]) + ")")
    else:
        for i, m in enumerate(c.meds, 1):
            lines.append("%d. %s" % (i, med_line(m, 3)))
    return lines


def discharge_summary(c):
    p, k = c.pt, c.clock
    los = ri(1, 14)
    adm = k.plus(days=-los)
    hs = ri(0, 3)
    L = letterhead(c) + banner(c, extra=False)
    t = title_or_none(["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY",
                       "PHYSICIAN DISCHARGE SUMMARY", "Discharge Summary - %s Service" % c.sp["service"],
                       "INPATIENT DISCHARGE SUMMARY"])
    if t:
        L += ["", t]
    L += ["", "Admission Date: %s" % k.d(adm), "Discharge Date: %s" % k.d(),
          "Length of Stay: %d day%s" % (los, "" if los == 1 else "s") if chance(0.5) else None,
          "Attending Physician: %s" % c.att, "Service: %s" % c.sp["service"]]
    if chance(0.5):
        L.append("Primary Care Provider: %s" % doc_name(pick(["MD", "DO", "NP"])))
    dx = c.dx
    blocks = []
    sec_dx = some(c.dx2, 0, 2)
    b = [hdr("Principal Diagnosis", hs), "%s%s" % (dx[0], " (%s)" % dx[1] if chance(0.5) else "")]
    if sec_dx or c.pmh:
        b += [hdr("Secondary Diagnoses", hs)] + ["- " + x for x in [d[0] for d in sec_dx] + c.pmh[:3]]
    blocks.append(b)
    procs = some(proc_names_for(c), 0, 2)
    blocks.append([hdr("Procedures This Admission", hs)] + (["- %s (%s)" % (x, k.d(k.plus(days=-ri(0, los))))
                                                             for x in procs] if procs else ["None"]))
    if chance(0.6):
        blocks.append([hdr("Consultants", hs)] + ["- " + pick(["Cardiology", "Nephrology", "Physical Therapy",
                                                                 "Infectious Disease", "Palliative Care", "Nutrition",
                                                                 "Social Work", "Psychiatry", "Endocrinology"])
                                                    for _ in range(ri(1, 3))])
    pres = pick(["%s %s is a %s %s with a history of %s who presented to the KRUMC Emergency Department with %s." ,
                 "Briefly, %s %s, a %s %s with %s, was admitted after arriving with %s.",
                 "Patient %s %s is a %s %s (PMH: %s) admitted for evaluation of %s."])
    pres = pres % (p.first, p.last, age_str(p), p.gword, join_and(c.pmh[:3]), dx[3])
    blocks.append([hdr(pick(["History of Present Illness", "Reason for Admission", "Brief HPI",
                             "Presentation"]), hs), pres])
    course = []
    verbs = ["was managed with", "received", "was treated with", "underwent", "was placed on"]
    plans = some(c.sp["plan"], 2, 5)
    if chance(0.5):
        # problem-based course
        probs = [dx[0]] + [d[0] for d in sec_dx] + some(c.pmh, 0, 4)
        for i, pr in enumerate(probs):
            item = plans[i % len(plans)]
            s = "# %s: %s %s %s." % (pr, cap(p.he), pick(verbs), item)
            if i == 0:
                s += " " + pick(["Symptoms improved steadily over the hospitalization.",
                                 "By hospital day %d %s was clinically improved." % (ri(2, max(2, los)), p.he),
                                 "Course was complicated by %s, which resolved." % pick(
                                     ["transient delirium", "hypokalemia requiring repletion", "a brief episode of urinary retention",
                                      "postoperative ileus", "acute kidney injury (peak Cr 2.1)"])])
            else:
                s += " " + pick(["Home regimen was resumed at discharge.", "This remained stable throughout the admission.",
                                 "Outpatient follow-up was arranged for further management.",
                                 "No changes were made to the chronic regimen for this."])
            course.append(s)
            course.append("")
    else:
        s1 = "On admission %s %s %s." % (p.he, pick(verbs), join_and(plans[:2]))
        s2 = pick(["Pertinent results included %s." % lab_compact(some(["Hemoglobin", "Creatinine", "Sodium",
                                                                        "Potassium", "WBC", "Troponin T, hs", "Lactate"], 2, 4)),
                   "Admission labs were notable for %s." % lab_compact(some(["WBC", "Creatinine", "Glucose", "Platelets",
                                                                            "Total Bilirubin", "Albumin"], 2, 4))])
        s3 = "Over the following %d days %s also %s %s." % (los, p.he, pick(verbs), join_and(plans[2:] or plans[:1]))
        s4 = pick(["At the time of discharge %s was tolerating a regular diet, ambulating independently and pain was controlled on oral agents." % p.he,
                   "By the day of discharge %s was hemodynamically stable and at baseline mental status." % p.he,
                   "%s was deemed stable for discharge after evaluation by the primary team and therapy services." % cap(p.he)])
        course = [" ".join([s1, s2, s3, s4])]
    if chance(0.4):
        res = [hdr(pick(["Pertinent Results", "Key Labs and Studies", "Results"]), hs)]
        for pn in some(list(PANELS.keys()), 2, 4):
            res.append("%s (%s):" % (pn.title(), k.d(adm)))
            res.append("  " + "; ".join("%s %s%s" % (n, lab_value(n)[0], "") for n in PANELS[pn]))
        for ik in some(c.sp["imaging"], 1, 2):
            im = IMG[ik]
            sx = pick(im["secs"])
            res.append("%s: %s" % (img_fill(pick(im["exam"]), "right"), pick(sx[2])[1] if sx[2] else "unremarkable"))
        blocks.append(res)
    blocks.append([hdr(pick(["Hospital Course", "Brief Hospital Course", "Hospital Course by Problem",
                             "Summary of Hospital Stay"]), hs)] + course)
    if chance(0.5):
        blocks.append([hdr("Condition at Discharge", hs), pick(["Stable", "Good", "Fair", "Improved", "Stable, guarded"])])
    blocks.append([hdr("Disposition", hs), pick(["Home", "Home with home health services (PT/RN)",
                                                 "Skilled nursing facility", "Acute inpatient rehabilitation",
                                                 "Home with hospice", "Home with family"])])
    blocks.append([hdr(pick(["Discharge Medications", "Medications at Discharge", "Discharge Medication List"]), hs)]
                  + discharge_med_lines(c, ri(0, 2)))
    fu = ["- %s, %s clinic, in %s" % (doc_name(), pick(["Cardiology", "PCP", "Surgery", "Oncology", "GI", "Neurology",
                                                      "Urology", "Endocrine"]), pick(["1 week", "2 weeks", "7-10 days", "4 weeks"]))
          for _ in range(ri(1, 3))]
    blocks.append([hdr(pick(["Follow-up", "Follow-up Appointments", "Discharge Follow-up"]), hs)] + fu)
    if chance(0.5):
        blocks.append([hdr("Pending Results at Discharge", hs), pick(["Blood cultures (final)", "Surgical pathology",
                                                                      "None", "Urine culture, send-out vitamin levels",
                                                                      "Flow cytometry"])])
    if chance(0.4):
        blocks.append([hdr("Code Status", hs), pick(["Full code", "DNR/DNI", "Full code (confirmed with patient)"])])
    if chance(0.4):
        blocks.append([hdr("Diet/Activity", hs), "%s; %s" % (pick(["Cardiac diet", "Regular", "2 g sodium", "Carb-controlled",
                                                                     "Renal diet"]), pick(["activity as tolerated",
                                                                                           "no lifting >10 lb x 6 wk",
                                                                                           "WBAT with walker"]))])
    # shuffle middle blocks moderately
    if chance(0.3):
        R.shuffle(blocks)
    for b in blocks:
        L.append("")
        L += b
    if chance(0.4):
        L += ["", "Greater than 30 minutes were spent on discharge-day management and coordination."
              if chance(0.5) else "Time spent on discharge: %d minutes." % ri(31, 55)]
    L += dictation_footer(c) if chance(0.5) else [""] + esign(c)
    return finalize(L, c)


HP_EXAM = {
    "GENERAL": ["Well-developed, well-nourished, in no acute distress.", "Ill-appearing, diaphoretic, in moderate distress.",
                "Elderly, frail-appearing, resting in bed."],
    "HEENT": ["Normocephalic, atraumatic. PERRLA, EOMI. Oropharynx clear, mucous membranes moist.",
              "Dry mucous membranes. Anicteric sclerae."],
    "NECK": ["Supple, no JVD, no lymphadenopathy.", "JVP elevated to 12 cm H2O."],
    "CARDIOVASCULAR": ["Regular rate and rhythm. Normal S1, S2. No murmurs, rubs, or gallops.",
                       "Irregularly irregular rhythm, tachycardic. III/VI systolic ejection murmur at the RUSB."],
    "LUNGS": ["Clear to auscultation bilaterally without wheezes, rales, or rhonchi.",
              "Bibasilar crackles, diminished at the left base.", "Diffuse expiratory wheezes with prolonged expiratory phase."],
    "ABDOMEN": ["Soft, nontender, nondistended. Normoactive bowel sounds. No hepatosplenomegaly.",
                "Tender to palpation in the right upper quadrant with positive Murphy sign.", "Distended with shifting dullness, nontender."],
    "EXTREMITIES": ["No clubbing, cyanosis, or edema. Distal pulses 2+ bilaterally.", "2+ pitting edema to the knees bilaterally."],
    "NEUROLOGIC": ["Alert and oriented x3. Cranial nerves II-XII grossly intact. Strength 5/5 throughout.",
                   "Right facial droop, right arm drift, expressive aphasia. NIHSS 9."],
    "SKIN": ["Warm and dry, no rashes.", "Stage 2 pressure injury over the sacrum."],
    "PSYCHIATRIC": ["Appropriate mood and affect.", "Flat affect, poor eye contact."],
}


def hpi_hp(c):
    p, dx = c.pt, c.dx
    a = pick(["%s %s is a %s %s with a past medical history significant for %s who presents with %s." ,
              "The patient is a %s %s %s with PMH of %s, presenting with %s.",
              "This is a %s %s %s with a history of %s, admitted with %s."])
    if a.startswith("%s %s is"):
        s = a % (p.mrms, p.last, age_str(p), p.gword, join_and(c.pmh), dx[3])
    elif a.startswith("The patient"):
        s = a % (age_str(p), pick(["right-handed", "", "previously independent"]).strip() or "", p.gword,
                 join_and(c.pmh), dx[3])
        s = s.replace("  ", " ")
    else:
        s = a % (age_str(p), pick(["pleasant", "", "well-known to our service"]), p.gword, join_and(c.pmh), dx[3])
        s = s.replace("  ", " ")
    extra = [pick(["Symptoms began approximately %d days prior to admission and have progressively worsened." % ri(1, 9),
                   "Onset was abrupt this morning around %02d:00." % ri(5, 11),
                   "%s reports the symptoms were initially intermittent but became constant yesterday." % cap(p.he)]),
             pick(["In the ED, %s was noted to be %s." % (p.he, pick(["tachycardic to the 120s", "febrile to 38.9 C",
                                                                       "hypertensive to 190/100", "hypoxic to 88% on room air",
                                                                       "hemodynamically stable"])),
                   "Initial workup in the emergency department revealed %s." % lab_compact(some(["WBC", "Creatinine",
                                                                                              "Hemoglobin", "Lactate", "Troponin T, hs",
                                                                                              "Glucose", "Sodium"], 2, 3)),
                   "ED interventions included %s." % join_and(some(["1 L normal saline", "aspirin 324 mg", "IV ceftriaxone",
                                                                     "IV morphine 4 mg", "ondansetron 4 mg IV", "nitroglycerin SL",
                                                                     "DuoNeb x3", "IV pantoprazole"], 1, 3))]),
             pick(["%s denies recent travel, sick contacts, or new medications." % cap(p.he),
                   "Review of outside records shows a similar episode two years ago.",
                   "Family at bedside corroborates the history.",
                   "History is obtained from the patient and the chart; the patient is a reliable historian."])]
    n = ri(1, 3)
    out = " ".join([s] + extra[:n])
    if chance(0.35):
        out += "\n\n" + " ".join([
            "Of note, %s was last hospitalized %d months ago for %s." % (p.he, ri(2, 30), pick(c.dx2)[0].lower() if c.dx2 else "a similar complaint"),
            "At baseline %s %s." % (p.he, pick(["is independent in ADLs and walks without an assistive device",
                                                 "uses a cane and needs help with bathing", "works full time"])),
            "%s reports adherence to the home regimen listed below, although %s occasionally misses evening doses." % (cap(p.he), p.he),
            "Associated symptoms include %s; %s denies %s." % (join_and(some(["fatigue", "poor appetite", "nausea", "night sweats",
                                                                            "orthopnea", "dizziness"], 1, 3)), p.he,
                                                             join_and(some(["hematemesis", "syncope", "focal weakness", "rash",
                                                                            "dysuria", "hemoptysis"], 2, 3)))])
    return out


def history_physical(c):
    p, k = c.pt, c.clock
    hs = ri(0, 2)
    L = letterhead(c) + banner(c)
    t = title_or_none(["HISTORY AND PHYSICAL", "ADMISSION HISTORY & PHYSICAL", "History & Physical",
                       "Admission H&P - %s" % c.sp["service"], "H&P", "ADMITTING HISTORY AND PHYSICAL EXAMINATION"])
    if t:
        L += ["", t]
    L += ["Date of Admission: %s" % k.dt(), "Attending: %s" % c.att]
    if chance(0.6):
        L.append("Resident: %s, %s" % (c.res, c.pgy))
    if chance(0.4):
        L.append("Source of history: %s" % pick(["patient", "patient and daughter", "EMS and chart review",
                                                   "mother (patient is a minor)" if c.peds else "spouse"]))
    blocks = []
    blocks.append((hdr("Chief Complaint", hs), '"%s"' % cap(c.dx[2]) if chance(0.5) else cap(c.dx[2])))
    blocks.append((hdr("History of Present Illness", hs), hpi_hp(c)))
    blocks.append((hdr("Past Medical History", hs), pmh_lines(c)))
    blocks.append((hdr("Past Surgical History", hs), pick(["Appendectomy (remote)", "Cholecystectomy %d" % (k.base.year - ri(3, 20)),
                                                           "None", "C-section x2", "Right TKA", "Tonsillectomy as a child",
                                                           "CABG x3 (%d)" % (k.base.year - ri(2, 10))])))
    blocks.append((hdr("Home Medications", hs), ["- " + med_line(m, 0) for m in c.meds]))
    blocks.append((hdr("Allergies", hs), c.allergy_str))
    if c.peds:
        sh = "Lives with %s; attends %s. %s" % (pick(["both parents and a sibling", "mother and grandmother", "father"]),
                                                pick(["daycare", "kindergarten", "middle school", "high school"]),
                                                pick(["No smoke exposure in the home.", "Father smokes outdoors."]))
    else:
        sh = "Tobacco: %s. Alcohol: %s. Illicit drugs: %s. Lives %s. Occupation: %s." % (
            pick(["never", "former, quit %d" % (k.base.year - ri(1, 30)), "1 ppd current", "30 pack-year history"]),
            pick(["none", "social", "2-3 drinks/day", "6 beers nightly"]), pick(["denies", "marijuana occasionally", "denies IVDU"]),
            pick(["alone", "with spouse", "with daughter", "in an assisted living facility"]),
            pick(["retired teacher", "warehouse worker", "accountant", "unemployed", "nurse", "truck driver", "student"]))
    blocks.append((hdr("Social History", hs), sh))
    blocks.append((hdr("Family History", hs), pick(["Mother with breast cancer; father with MI at age 58.",
                                                    "Noncontributory.", "Father - type 2 diabetes; brother - colon cancer at 49.",
                                                    "No family history of sudden cardiac death or bleeding disorders."])))
    ros = pick([["Constitutional: Positive for fatigue. Negative for weight loss.",
                 "Cardiovascular: As per HPI.", "Respiratory: Negative for hemoptysis.",
                 "GI: Negative for hematochezia.", "GU: Negative for dysuria.",
                 "All other systems reviewed and are negative."],
                ["A complete 14-point review of systems was obtained and is negative except as noted in the HPI."],
                ["Pertinent positives per HPI; remaining systems negative on comprehensive review."]])
    blocks.append((hdr("Review of Systems", hs), ros))
    ex = ["Vitals: " + vitals("peds" if c.peds else "adult", ri(0, 3), sick=chance(0.5))]
    for sysname in some(list(HP_EXAM.keys()), 5, 10):
        ex.append("%s: %s" % (sysname if hs != 1 else sysname.title(), pick(HP_EXAM[sysname])))
    blocks.append((hdr("Physical Examination", hs), ex))
    labs = ["Labs:"] + (bmp_fishbone() if chance(0.4) else [lab_compact(some(list(LABS.keys()), 4, 9))])
    if chance(0.3):
        for pn in some(list(PANELS.keys()), 1, 3):
            labs.append("  " + pn + ": " + ", ".join("%s %s%s" % (n, lab_value(n)[0], lab_value(n)[1] and " *" or "") for n in PANELS[pn]))
    if chance(0.5):
        labs.append("Imaging: %s - %s" % (pick(IMG[pick(c.sp["imaging"])]["exam"]).replace("{SIDE}", "RIGHT"),
                                          pick(["pending", "see formal report", "no acute process", "as noted above"])))
    if chance(0.4):
        labs.append("ECG: %s" % pick(["sinus rhythm, no acute ST changes", "atrial fibrillation at 132", "sinus tachycardia, nonspecific T-wave flattening"]))
    blocks.append((hdr(pick(["Data", "Laboratory and Imaging Data", "Diagnostic Data"]), hs), labs))
    ap = ["%s %s %s with %s, admitted for %s." % (age_str(p, 1), p.sex, "pt" if chance(0.5) else "patient",
                                               ", ".join(c.pmh[:2]), c.dx[0].lower() if chance(0.5) else c.dx[0])]
    plan_verbs = ["Start", "Obtain", "Initiate", "Order", "Begin"]
    for i, d in enumerate([c.dx[0]] + c.pmh[:ri(1, 3)], 1):
        ap.append("%d. %s" % (i, d))
        for it in some(c.sp["plan"], 1, 3):
            ap.append("   - %s %s" % (pick(plan_verbs), it))
    ap.append("FEN/PPx: %s; %s; %s" % (pick(["regular diet", "NPO after midnight", "cardiac diet", "clear liquids"]),
                                       pick(["heparin subcut for DVT ppx", "SCDs", "enoxaparin 40 mg daily"]),
                                       pick(["no GI ppx indicated", "PPI", "bowel regimen"])))
    ap.append("Code: %s" % pick(["Full", "DNR/DNI (discussed with patient on admission)", "Full code, presumed"]))
    ap.append("Dispo: %s" % pick(["Admit to inpatient, expected LOS > 2 midnights", "Observation status", "ICU admission"]))
    blocks.append((hdr(pick(["Assessment and Plan", "Assessment/Plan", "Impression and Plan"]), hs), ap))
    if chance(0.25):
        # move social/family before meds
        i = ri(2, 5)
        j = ri(2, 8)
        blocks[i], blocks[j] = blocks[j], blocks[i]
    for h, b in blocks:
        L.append("")
        if isinstance(b, str):
            L.append(h + (" " if hs != 2 else "\n") + b if len(b) < 80 else h)
            if len(b) >= 80:
                L.append(b)
        else:
            L.append(h)
            L += b
    if chance(0.6):
        L += ["", "ATTENDING ADMISSION ATTESTATION: " + pick([
            "I personally interviewed and examined this patient on the day of admission and agree with the resident's findings and plan as documented.",
            "I evaluated the patient at the bedside with the admitting resident, reviewed the data, and concur with the admission assessment, with edits above.",
            "Patient seen and examined on admission; history confirmed; I was present for the key portions of the exam and agree with the plan of care."])]
    L += esign(c, who=c.att)
    return finalize(L, c)


PN_EXAM = {
    "Gen": ["NAD, sitting up in chair", "resting comfortably", "lethargic but arousable", "awake, conversant"],
    "CV": ["RRR, no m/r/g", "irreg irreg", "RRR, soft SEM", "tachy, regular"],
    "Pulm": ["CTAB, no w/r/r", "faint bibasilar crackles", "scattered wheezes, improved", "decreased BS L base"],
    "Abd": ["soft, NT/ND, +BS", "mildly distended, appropriately tender at incisions", "soft, mild epigastric TTP"],
    "Ext": ["WWP, no edema", "trace BLE edema", "1+ edema, improved from yesterday", "dressing C/D/I"],
    "Neuro": ["A&Ox3, nonfocal", "A&Ox2, CAM negative", "R arm 3/5, unchanged", "at baseline per family"],
    "Incision": ["C/D/I, no erythema", "staples intact, minimal serous drainage", "steri-strips in place"],
    "Psych": ["calm, linear thought process", "guarded, denies SI/HI today", "brighter affect"],
}


def progress_note(c):
    p, k = c.pt, c.clock
    outpatient = chance(0.35)
    hs = ri(0, 4)
    L = letterhead(c) if chance(0.5) else []
    L += banner(c)
    if outpatient:
        t = title_or_none(["Clinic Progress Note", "OFFICE VISIT - FOLLOW UP", "Follow-up Visit",
                           "%s Clinic - Return Visit" % c.sp["service"], "OUTPATIENT PROGRESS NOTE"])
    else:
        t = title_or_none(["PROGRESS NOTE", "Daily Progress Note", "%s Progress Note" % c.sp["service"],
                           "Hospital Medicine Progress Note" if c.sk == "hospital_medicine" else "Inpatient Progress Note",
                           "SOAP NOTE", "Resident Progress Note", "Post-op Day %d Note" % ri(1, 4)])
    if t:
        L += ["", t]
    L.append("Date of service: %s" % k.dt())
    if not outpatient:
        L.append("Hospital Day #%d%s" % (ri(2, 12), ("   POD #%d" % ri(1, 5)) if chance(0.3) else ""))
    short = chance(0.3)
    S, O, A, P = "S", "O", "A", "P"
    if outpatient:
        subj = pick([
            "%s returns for follow-up of %s. Since the last visit %d weeks ago %s reports %s." % (
                p.mrms if not c.peds else p.first, c.dx[0].lower(), ri(2, 16), p.he,
                pick(["overall improvement", "persistent but milder symptoms", "no new complaints",
                      "intermittent recurrence of %s" % c.dx[2]])),
            "Seen today in clinic for %s. Interval history: %s." % (c.dx[0].lower(), pick([
                "tolerating medications without side effects", "missed several doses due to cost", "one ED visit since last seen",
                "labs from last month reviewed with patient"])),
        ])
    else:
        subj = pick([
            "No acute events overnight. %s reports %s." % (cap(p.he), pick(["improved %s" % c.dx[2], "poor sleep", "pain 4/10, controlled",
                                                                             "passing flatus, tolerating clears", "feeling 'much better'"])),
            "Overnight: %s. This AM %s %s." % (pick(["RRT called for hypotension, resolved with 500 mL bolus", "received PRN lorazepam x1",
                                                     "uneventful", "Tmax 38.2, cultures sent", "new afib with RVR, rate controlled with IV metoprolol"]),
                                               p.he, pick(["denies chest pain or SOB", "has no complaints", "reports mild nausea",
                                                           "is asking when %s can go home" % p.he])),
            "Pt seen and examined at bedside on AM rounds. %s." % pick(["Endorses some fatigue", "Ambulated in hallway with PT",
                                                                        "Tolerating diet", "Family at bedside, questions answered"])])
    ov = vitals("peds" if c.peds else "adult", ri(0, 3))
    obj = ["Vitals: " + ov]
    if not outpatient and chance(0.6):
        obj.append("I/O: %d/%d (24h)%s" % (ri(600, 2800), ri(400, 3600), "   Wt %s kg" % rf(48, 130) if chance(0.5) else ""))
    ex_keys = some(list(PN_EXAM.keys()), 3, 6)
    if short:
        obj.append("Exam: " + "; ".join("%s %s" % (x, pick(PN_EXAM[x])) for x in ex_keys))
    else:
        obj.append("Exam:")
        obj += ["  %s: %s" % (x, pick(PN_EXAM[x])) for x in ex_keys]
    if chance(0.7):
        obj.append("Labs: " + lab_compact(some(["Sodium", "Potassium", "Creatinine", "Hemoglobin", "WBC", "Platelets",
                                                "Glucose", "INR", "Magnesium"], 3, 7)))
    if chance(0.3):
        obj.append("Micro: %s" % pick(["BCx 2/2 NGTD", "UCx >100K E. coli, pan-sensitive", "C. diff negative",
                                       "sputum cx: normal flora"]))
    assess = "%s %s%s %s, %s." % (age_str(p, 1), p.sex, " w/ " + ", ".join(c.pmh[:2]) if chance(0.6) else "",
                                   "here with" if not outpatient else "following for", c.dx[0].lower())
    assess += " " + pick(["Clinically improving.", "Slowly improving.", "Unchanged from yesterday.", "Stable.",
                          "Overall worse today, see below.", "Doing well."])
    verbs = ["Continue", "Monitor", "Cont", "Titrate", "F/u", "Trend", "Day %d of" % ri(2, 7)]
    plan = []
    probs = [c.dx[0]] + some(c.pmh, 0, 2)
    for pr in probs:
        plan.append("# " + pr)
        for it in some(c.sp["plan"], 1, 2 if short else 3):
            plan.append("  - %s %s" % (pick(verbs), it))
    if outpatient:
        plan.append("RTC %s%s" % (pick(["in 3 months", "in 6 weeks", "in 2 weeks", "PRN", "in 1 year"]),
                                  pick(["", " with labs prior", ", sooner if worse"])))
    else:
        plan.append("Dispo: %s" % pick(["anticipate d/c home tomorrow", "continue inpatient care", "SNF placement pending",
                                        "awaiting PT recs", "transfer to floor when bed available"]))
    if hs == 4 or chance(0.3):
        L += ["", "S:", subj, "", "O:"] + obj + ["", "A:", assess, "", "P:"] + plan
    else:
        L += ["", hdr("Subjective", hs % 3), subj, "", hdr("Objective", hs % 3)] + obj + \
             ["", hdr("Assessment and Plan", hs % 3), assess] + plan
    if chance(0.4) and not outpatient:
        L += ["", pick(["Teaching physician note: I saw and evaluated the patient on rounds today, discussed with the team and agree with the above daily plan.",
                        "Attending addendum - seen on rounds with the housestaff; agree with today's note as written.",
                        "Agree with resident progress note. Key exam findings confirmed by me today."])]
    if outpatient and chance(0.4):
        L += ["", "Total time on the date of the encounter: %d minutes, including record review and counseling." % ri(20, 45)]
    L += [""] + esign(c, who=c.res if (not outpatient and chance(0.5)) else c.att)
    return finalize(L, c)


CONS_EXAM = {
    "Gen": ["Appears stated age, no distress.", "Chronically ill-appearing."],
    "Cardiac": ["Rate regular; no rub appreciated.", "Systolic murmur loudest at the apex radiating to the axilla."],
    "Resp": ["Breathing unlabored, lungs clear on auscultation.", "Coarse breath sounds bilaterally."],
    "GI": ["Benign abdominal exam.", "Tender over the epigastrium without guarding."],
    "MSK": ["No joint effusions.", "Tenderness over the lumbar paraspinals; straight leg raise negative."],
    "Neuro": ["Oriented, fluent speech, no pronator drift.", "Decreased sensation in a stocking distribution."],
    "Skin": ["No stigmata of endocarditis.", "Spreading erythema with a demarcated border on the right shin."],
}


def consult_note(c):
    p, k = c.pt, c.clock
    hs = ri(0, 3)
    L = letterhead(c) + banner(c)
    svc = c.sp["service"]
    t = title_or_none(["CONSULTATION", "Consult Note", "%s CONSULTATION" % svc.upper(), "Inpatient Consultation - %s" % svc,
                       "INITIAL CONSULT NOTE", "Consultation Report", "New Outpatient Consultation"])
    if t:
        L += ["", t]
    req = doc_name()
    L += ["Date of consultation: %s" % k.d(), "Requesting physician: %s (%s)" % (req, pick(["Hospital Medicine", "Emergency Medicine",
                                                                                          "General Surgery", "Internal Medicine",
                                                                                          "Obstetrics", "PCP"])),
          "Consultant: %s, %s" % (c.att, svc)]
    rq = pick(["Please evaluate and advise regarding %s." , "Assistance with management of %s.", "Question of %s; recommendations requested.",
               "Evaluate for %s."]) % c.dx[0].lower()
    blocks = [(hdr("Reason for Consultation", hs), rq)]
    h = pick(["Thank you for asking us to see %s %s, a %s %s with %s, whom we are seeing at the request of %s for %s." %
              (p.mrms, p.last, age_str(p), p.gword, join_and(c.pmh), short_doc(req), c.dx[2]),
              "We were asked to evaluate this %s %s, who has a background of %s and developed %s." %
              (age_str(p), p.gword, join_and(c.pmh), c.dx[3]),
              "%s is a %s %s (%s) referred for specialist input after %s." % (pname(p, 3), age_str(p), p.gword, ", ".join(c.pmh),
                                                                              c.dx[3])])
    h += " " + pick(["Per the primary team, the concern arose after %s." % pick(["abnormal overnight labs", "a change in exam",
                                                                                 "imaging findings", "failure to improve on initial therapy"]),
                     "Our review of the chart and discussion with the patient provide the following history.",
                     "Prior records from our clinic were reviewed in detail.", ""])
    blocks.append((hdr(pick(["History of Present Illness", "HPI", "History"]), hs), h.strip()))
    if chance(0.7):
        blocks.append((hdr("Past Medical History", hs), ", ".join(c.pmh)))
    blocks.append((hdr("Medications", hs), "; ".join(med_line(m, 0) for m in c.meds) if chance(0.5)
                   else ["  " + med_line(m, 1) for m in c.meds]))
    blocks.append((hdr("Allergies", hs), c.allergy_str))
    if chance(0.5):
        blocks.append((hdr("Social/Family History", hs), "%s. %s." % (pick(["Never smoker", "Former smoker", "Active smoker, 1/2 ppd"]),
                                                                     pick(["FH noncontributory to this consult",
                                                                           "Sibling with similar condition",
                                                                           "FH of premature CAD"]))))
    blocks.append((hdr("Review of Systems", hs), pick(["As per HPI, otherwise negative on 12-point review.",
                                                       "Unable to obtain secondary to patient condition.",
                                                       "Negative except as above."])))
    ex = [vitals("peds" if c.peds else "adult", ri(0, 3))] + ["%s: %s" % (x, pick(CONS_EXAM[x]))
                                                             for x in some(list(CONS_EXAM.keys()), 3, 7)]
    blocks.append((hdr("Examination", hs), ex))
    data = []
    if chance(0.8):
        data.append(lab_compact(some(list(LABS.keys()), 3, 8)))
    if chance(0.6):
        im = IMG[pick(c.sp["imaging"])]
        s = pick(im["secs"])
        data.append("%s (%s): %s" % (pick(im["exam"]).replace("{SIDE}", "RIGHT"), k.d(k.plus(days=-ri(0, 3))),
                                     pick(s[2])[0] if s[2] else s[1].format(k1=10.8, k2=11.1, pvr=40, u=8, efw=2900,
                                                                               pct=40, afi=12, fhr=140, ef=55, rvsp=30,
                                                                               iq="good", psv=80)))
    if data:
        blocks.append((hdr("Data Reviewed", hs), data))
    imp = pick(["In summary, this is a %s %s with %s. The clinical picture is most consistent with %s." ,
                "Impression: %s %s with %s; findings favor %s."]) % (age_str(p), p.gword, c.dx[2], c.dx[0].lower())
    if chance(0.5):
        imp += " " + pick(["The differential also includes %s." % (pick(c.dx2)[0].lower() if c.dx2 else "a medication effect"),
                           "Alternative etiologies are felt to be less likely given the time course.",
                           "Severity is moderate and does not currently warrant escalation of care."])
    blocks.append((hdr("Impression", hs), imp))
    rverbs = ["Recommend", "Suggest", "Would favor", "Consider", "Agree with", "We advise"]
    recs = ["%s %s." % (pick(rverbs), it) for it in some(c.sp["plan"], 2, 6)]
    blocks.append((hdr(pick(["Recommendations", "Recs", "Plan/Recommendations"]), hs), bullets(recs)))
    if chance(0.3):
        R.shuffle(blocks[2:6])
    for hname, b in blocks:
        L.append("")
        if isinstance(b, str):
            L += [hname, b] if hs in (2, 3) or len(b) > 80 else [hname + " " + b]
        else:
            L += [hname] + b
    L += ["", pick(["Thank you for this interesting consultation; we will continue to follow along with you.",
                    "We appreciate the opportunity to participate in this patient's care and will sign off; please re-page with questions.",
                    "Discussed with the primary team by phone. %s consult service will follow daily." % svc,
                    "Please page the consult fellow at pager %d with any questions." % ri(10000, 99999)])]
    if chance(0.5):
        L += ["", "Fellow: %s" % doc_name(), "Consult attending attestation: I have seen and examined the patient with the fellow and agree with the consultative findings and recommendations above."]
    L += esign(c)
    return finalize(L, c)


def operative_note(c):
    p, k = c.pt, c.clock
    ops = c.sp["ops"] or ["lap_chole", "hernia", "lap_appy", "port"]
    key = OP_ALIAS.get(pick(ops), None) or pick(ops)
    key = OP_ALIAS.get(key, key)
    op = OPS[key]
    side = pick(["right", "left"])
    name = op_fill(op["name"], side)
    hs = ri(0, 2)
    L = letterhead(c, dept=pick([c.sp["dept"], "Department of Surgery", "Perioperative Services"]))
    L += banner(c)
    t = title_or_none(["OPERATIVE REPORT", "Operative Note", "OPERATIVE NOTE", "Brief Op Note", "Operation Report",
                       "SURGICAL OPERATIVE REPORT", "Procedure Report (OR)"], 0.1)
    brief = (t == "Brief Op Note") or chance(0.15)
    if t:
        L += ["", t]
    fields = [("Date of Surgery", k.d()), ("Preoperative Diagnosis", op_fill(op["pre"], side)),
              ("Postoperative Diagnosis", pick(["Same", "Same as above", op_fill(op["pre"], side)])),
              ("Procedure(s) Performed", name), ("Surgeon", c.att),
              ("Assistant(s)", "%s (%s)%s" % (c.res, c.pgy, pick(["", "; " + staff("PA-C")]))),
              ("Anesthesia", op["anes"]), ("Anesthesiologist", doc_name()),
              ("Estimated Blood Loss", "%d mL" % ri(*op["ebl"])),
              ("IV Fluids", "%d mL crystalloid" % (ri(5, 40) * 100)),
              ("Urine Output", "%d mL" % ri(50, 900) if chance(0.5) else None),
              ("Specimens", op_fill(op["spec"], side)), ("Drains", op["drains"]),
              ("Implants", pick(["See implant log", "None", "Per implant record"]) if key in ("tka", "tha", "orif_radius", "acl", "hernia", "port") else None),
              ("Complications", pick(["None", "None apparent", "No immediate complications"])),
              ("Condition", pick(["Stable to PACU", "Extubated, stable to PACU", "To SICU intubated" if key in ("cabg", "craniotomy") else "Stable"]))]
    for f, v in fields:
        if v is None:
            continue
        L.append(hdr(f, hs if hs < 2 else 0) + " " + v)
    if brief:
        L += ["", "Findings: " + pick(["as expected", "see full dictation", "inflamed gallbladder" if key == "lap_chole" else "no unexpected findings"]),
              "Full operative report to follow by dictation."]
        L += esign(c)
        return finalize(L, c)
    ind = pick(["%s %s is a %s %s with %s. After a discussion of the risks, benefits and alternatives, %s elected to proceed with surgery and informed consent was obtained." %
                (p.mrms, p.last, age_str(p), p.gword, c.dx[3] if chance(0.5) else op_fill(op["pre"], side).lower(), p.he),
                "The patient presented with %s. Operative management was recommended; the consent was signed and is on the chart." % c.dx[3]])
    L += ["", hdr("Indications for Procedure", hs), ind]
    if chance(0.6):
        L += ["", hdr("Findings", hs), pick(["Findings consistent with the preoperative diagnosis.",
                                             "As described in the operative narrative below.",
                                             "Dense adhesions from prior surgery; otherwise as expected."])]
    desc = ["The patient was identified in the preoperative holding area and the operative site was marked. %s was brought to the operating room and placed %s." %
            (cap(p.he), op["pos"]),
            "After induction of %s anesthesia, %s was prepped and draped in the usual sterile fashion." %
            (op["anes"].split()[0].lower(), pick(["the operative field", "the %s side" % side, "the abdomen"])),
            pick(["A surgical time-out was performed confirming patient, procedure, site and antibiotic administration.",
                  "Universal protocol time-out was completed with all team members in agreement.",
                  "Preoperative antibiotics were given within 60 minutes of incision and a time-out was conducted."])]
    steps = [op_fill(s, side) for s in op["steps"]]
    if chance(0.3) and len(steps) > 4:
        steps = steps[:ri(3, len(steps))]
    desc += steps
    desc.append(pick(["Hemostasis was confirmed and the wounds were irrigated.",
                      "The field was inspected for hemostasis, which was adequate."]))
    desc.append(pick(["Sponge, needle and instrument counts were correct x2 at the end of the case.",
                      "All counts were reported correct prior to closure.",
                      "Final counts were correct."]))
    desc.append(pick(["The patient tolerated the procedure well and was taken to the recovery room in stable condition.",
                      "%s was awakened, extubated in the OR and transferred to PACU in good condition." % cap(p.he),
                      "The patient was transported to the recovery area having tolerated the operation without complication."]))
    L += ["", hdr(pick(["Description of Procedure", "Procedure in Detail", "Operative Technique", "Details of Operation"]), hs)]
    if chance(0.5):
        L.append(" ".join(desc))
    else:
        para = []
        for i in range(0, len(desc), 3):
            para.append(" ".join(desc[i:i + 3]))
            para.append("")
        L += para
    L += ["", pick(["%s, the attending surgeon, was present and scrubbed for the entire procedure." % c.att.split(",")[0],
                    "I was present for the critical portions of the procedure and immediately available throughout.",
                    "Attending surgeon present and participated in all key and critical portions."])]
    if chance(0.5):
        L += ["", hdr("Plan", hs), pick(["Admit to floor, advance diet as tolerated, DVT prophylaxis per protocol.",
                                         "Discharge home from PACU when criteria met; follow up in clinic in 2 weeks.",
                                         "PT in the morning; antibiotics x24 hours; pain control per protocol."])]
    L += dictation_footer(c) if chance(0.6) else [""] + esign(c)
    return finalize(L, c)


def procedure_note(c):
    p, k = c.pt, c.clock
    keys = c.sp["procs"] or ["central_line", "paracentesis", "lp"]
    key = pick(keys)
    pr = PROCS[key]
    hs = ri(0, 3)
    L = letterhead(c) if chance(0.5) else []
    L += banner(c)
    name = fill(pr["name"])
    t = title_or_none(["PROCEDURE NOTE", "Procedure Note", "BEDSIDE PROCEDURE NOTE", "%s - Procedure Note" % name.split(",")[0],
                       "Endoscopy Report" if key in ("egd", "colonoscopy") else "Procedure Documentation",
                       "Brief Procedure Note"])
    if t:
        L += ["", t]
    L += ["Date/Time: %s" % k.dt(), "Location: %s" % pick(["bedside, " + c.unit, "Endoscopy Suite Room %d" % ri(1, 8),
                                                           "Procedure room, " + pick(CAMPUS), "ED bay %d" % ri(1, 40),
                                                           "IR suite"])]
    L.append(hdr("Procedure", hs % 2) + " " + name)
    L.append(hdr("Operator", hs % 2) + " " + pick([c.res + " (" + c.pgy + ")", c.att, staff("NP"), staff("PA-C")]))
    if chance(0.5):
        L.append("Supervising: " + c.att)
    L.append(hdr("Indication", hs % 2) + " " + pr["ind"])
    L.append(hdr("Anesthesia/Sedation", hs % 2) + " " + pr["sed"])
    if chance(0.7):
        L.append(hdr("Consent", hs % 2) + " " + pick([
            "Written consent obtained after explanation of risks including bleeding, infection and injury to surrounding structures.",
            "Obtained from %s; risks and benefits reviewed, questions answered." % pick(["patient", "health care proxy", "mother"]),
            "Emergent procedure; two-physician consent documented."]))
    if chance(0.8):
        L.append(hdr("Time-out", hs % 2) + " " + pick(["Performed and documented, all in agreement.",
                                                       "Completed prior to start per KRUMC universal protocol.", "Yes"]))
    steps = [fill(s) for s in pr["steps"]]
    L += ["", hdr(pick(["Description", "Procedure Details", "Technique", "Narrative"]), hs)]
    L += [" ".join(steps)] if chance(0.6) else bullets(steps, 0)
    L += ["", hdr("Findings", hs) + " " + fill(pick(pr["findings"]))]
    if chance(0.7):
        L.append(hdr("EBL", hs % 2) + " " + pick(["Minimal", "<5 mL", "None", "~10 mL"]))
    L.append(hdr("Complications", hs % 2) + " " + pick(["None", "None immediate", "No complications"]))
    if chance(0.6):
        L.append(hdr("Specimens", hs % 2) + " " + pick(["Sent for cell count, culture, Gram stain, cytology", "None",
                                                         "Biopsies to pathology", "Fluid for chemistry and culture"]))
    if key in ("egd", "colonoscopy"):
        L += ["", "Recommendations:"] + bullets(some(["Await pathology.", "Repeat colonoscopy in 3 years.", "PPI twice daily for 8 weeks.",
                                                      "Avoid NSAIDs.", "Resume diet.", "Check H. pylori biopsies.",
                                                      "Return to referring team."], 2, 4))
        L.append("Cecal intubation: %s   Withdrawal: %d min" % (pick(["yes", "yes (photo-documented)"]), ri(6, 18))
                 if key == "colonoscopy" else "Scope: GIF-HQ190   CO2 insufflation")
    L += ["", pick(["Patient tolerated the procedure well.", "Post-procedure the patient was stable and without complaints.",
                    "Post-procedure vitals stable; patient recovering in bed."])]
    if chance(0.5):
        L.append(pick(["Post-procedure imaging reviewed and confirms appropriate position.", "Will follow up studies sent.",
                       "Nursing to monitor site q15min x4."]))
    L += [""] + esign(c, who=pick([c.att, c.res]))
    return finalize(L, c)


def lab_report(c):
    p, k = c.pt, c.clock
    L = []
    style = ri(0, 3)
    head = pick(["KRUMC CLINICAL LABORATORIES", "Kestrel Ridge University Medical Center - Department of Pathology & Laboratory Medicine",
                 "KRUMC CORE LAB / %s" % pick(["CHEMISTRY", "HEMATOLOGY", "MICROBIOLOGY"]), "LABORATORY RESULTS REPORT"])
    if chance(0.85):
        L.append(head)
    if chance(0.4):
        L.append("Medical Director: %s   CLIA #99D%07d" % (doc_name("MD"), ri(0, 9999999)))
    t = title_or_none(["LABORATORY REPORT", "Cumulative Lab Results", "RESULTS", "Final Report", "Lab Results Summary"], 0.3)
    if t:
        L += ["", t]
    L += banner(c, style=pick([0, 1, 3]))
    coll = k.plus(hours=-ri(1, 8))
    L += ["Ordering Provider: %s" % c.att, "Collected: %s   Received: %s   Reported: %s" % (
        k.dt(coll), k.dt(k.plus(hours=-ri(0, 1))), k.dt(k.plus(hours=ri(0, 5)))),
        "Accession: %s%d-%d" % (pick(["C", "H", "M", "LAB"]), k.base.year % 100, ri(100000, 999999))]
    kind = wpick([("panel", 6), ("micro", 2), ("ua", 2), ("cumulative", 2)])
    if kind == "panel":
        panels = some(list(PANELS.keys()), 1, 4)
        for pn in panels:
            L += ["", pn if style != 2 else pn.title() + ":"]
            if style in (0, 1):
                L.append("%-24s %10s %-5s %-12s %s" % ("Test", "Result", "Flag", "Units", "Reference"))
                L.append("-" * 70)
            for name in PANELS[pn]:
                v, f, u, rng = lab_value(name)
                if style == 0:
                    L.append("%-24s %10s %-5s %-12s %s" % (name, v, f, u, rng))
                elif style == 1:
                    L.append("%-24s %10s %-5s %-12s (%s)" % (name.upper(), v, f, u, rng))
                elif style == 2:
                    L.append("  %s: %s %s %s [ref %s]" % (name, v, u, ("<<" + f + ">>") if f else "", rng))
                else:
                    L.append("%s | %s | %s | %s | %s" % (name, v, u, rng, f or "N"))
        if chance(0.5):
            L += ["", "Flag legend: H=High L=Low C/*=Critical"]
        if chance(0.3):
            L.append("Critical value called to %s at %s, read back verified." % (staff("RN"), k.t(k.plus(hours=1))))
    elif kind == "micro":
        org = pick(["Escherichia coli", "Staphylococcus aureus (MSSA)", "Klebsiella pneumoniae", "Enterococcus faecalis",
                    "Pseudomonas aeruginosa", "Streptococcus pneumoniae"])
        src = pick(["Blood, peripheral", "Urine, clean catch", "Wound, right foot", "Sputum, expectorated", "Urine, catheter"])
        L += ["", "MICROBIOLOGY", "Source: %s" % src, "Test: %s" % pick(["CULTURE, AEROBIC", "URINE CULTURE", "BLOOD CULTURE x2"])]
        if chance(0.25):
            L += ["Result: No growth at %d days. FINAL." % ri(2, 5)]
        else:
            L += ["Gram stain: %s" % pick(["Gram-negative rods", "Gram-positive cocci in clusters", "Many PMNs, few GPC in pairs"]),
                  "Culture: %s %s" % (pick([">100,000 CFU/mL", "Heavy growth", "Growing in 2 of 2 bottles"]), org), "",
                  "SUSCEPTIBILITY (MIC, ug/mL)   Interp"]
            for ab in some(["Ampicillin", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "Gentamicin", "Nitrofurantoin",
                            "Trimethoprim/Sulfa", "Oxacillin", "Vancomycin", "Piperacillin/Tazobactam", "Meropenem",
                            "Levofloxacin"], 5, 9):
                L.append("  %-26s %-6s %s" % (ab, pick(["<=1", "2", "<=0.25", ">=32", "8", "<=16", "0.5"]),
                                              pick(["S", "S", "S", "R", "I"])))
            L.append("Report status: %s" % pick(["FINAL", "PRELIMINARY", "CORRECTED"]))
    elif kind == "ua":
        L += ["", "URINALYSIS WITH MICROSCOPY"]
        rows = [("Color", pick(["Yellow", "Amber", "Straw"]), "Yellow"), ("Clarity", pick(["Clear", "Cloudy", "Turbid"]), "Clear"),
                ("Specific Gravity", "1.0%02d" % ri(5, 30), "1.005-1.030"), ("pH", str(rf(5.0, 8.0)), "5.0-8.0"),
                ("Protein", pick(["Negative", "Trace", "1+", "2+"]), "Negative"), ("Glucose", pick(["Negative", "Negative", "3+"]), "Negative"),
                ("Ketones", pick(["Negative", "Trace", "2+"]), "Negative"), ("Blood", pick(["Negative", "Small", "Large"]), "Negative"),
                ("Nitrite", pick(["Negative", "Positive"]), "Negative"), ("Leukocyte Esterase", pick(["Negative", "Moderate", "Large"]), "Negative"),
                ("WBC", "%d /hpf" % ri(0, 80), "0-5"), ("RBC", "%d /hpf" % ri(0, 40), "0-3"),
                ("Bacteria", pick(["None seen", "Few", "Many"]), "None"), ("Squamous Epithelial", "%d /hpf" % ri(0, 10), "0-5")]
        for a, b, r in rows:
            L.append("  %-22s %-12s %s" % (a, b, r))
    else:
        names = some(list(LABS.keys()), 4, 10)
        days = [k.plus(days=-i) for i in range(ri(3, 5), -1, -1)]
        L += ["", "%-20s" % "Component" + "".join(" %11s" % d.strftime("%m/%d") for d in days)]
        for n in names:
            L.append("%-20s" % n[:20] + "".join(" %11s" % (lab_value(n)[0] + lab_value(n)[1][:1]) for _ in days))
    if chance(0.5):
        L += ["", "Performed at: KRUMC Core Laboratory, %s" % ADDR]
    if chance(0.3):
        L.append(pick(["Results verified by %s, MLS(ASCP)" % pick(FIRST_F + FIRST_M) + " " + pick(SURNAMES),
                       "Specimen hemolyzed; potassium may be falsely elevated.", "Test methodology changed; see lab handbook."]))
    return finalize(L, c, pages=ri(1, 3))


IMG_VALS = dict(k1="", k2="", pvr="", u="", efw="", pct="", afi="", fhr="", ef="", rvsp="", iq="", psv="")


def img_fill(s, side):
    return s.replace("{SIDE}", side.upper()).format(k1=rf(9.8, 12.1), k2=rf(9.8, 12.1), pvr=ri(0, 90), u=rf(6.5, 9.5),
                                                      efw=ri(1600, 3900), pct=ri(10, 90), afi=rf(8, 20), fhr=ri(125, 160),
                                                      ef=ri(52, 68), rvsp=ri(20, 38), iq=pick(["good", "fair", "technically limited"]),
                                                      psv=ri(55, 110))


def imaging_report(c):
    p, k = c.pt, c.clock
    keys = list(c.sp["imaging"]) or ["cxr"]
    if chance(0.3):
        keys = list(IMG.keys())
    key = pick(keys)
    im = IMG[key]
    side = pick(["right", "left"])
    exam = img_fill(pick(im["exam"]), side)
    hs = ri(0, 3)
    L = []
    if chance(0.8):
        L.append(pick(["KRUMC DEPARTMENT OF RADIOLOGY", "Kestrel Ridge University Medical Center - Imaging Services",
                       "KRUMC Echocardiography Laboratory" if key in ("echo", "tee_img") else "KRUMC Diagnostic Radiology",
                       "KESTREL RIDGE UNIVERSITY HOSPITALS - RADIOLOGY REPORT", "Vascular Laboratory - Heart & Vascular Institute"
                       if key in ("carotid_duplex", "le_duplex") else "Department of Radiology and Imaging Sciences"]))
    L += banner(c, style=pick([0, 1, 2, 3]))
    L += ["Exam: %s" % exam if chance(0.6) else "EXAMINATION: %s" % exam,
          "Date of exam: %s   Accession: RAD%d%06d" % (k.dt(), k.base.year % 100, ri(0, 999999))]
    if chance(0.5):
        L.append("Ordering: %s   CPT: %s" % (c.att, im["cpt"]))
    t = title_or_none(["RADIOLOGY REPORT", "FINAL REPORT", "Imaging Report", "DIAGNOSTIC IMAGING REPORT"], 0.5)
    if t:
        L.insert(1 if L else 0, t)
    ind = pick(["%s." % cap(c.dx[2]), "Evaluate for %s." % c.dx[0].lower(), "%s %s with %s" % (age_str(p, 1), p.sex, c.dx[2]),
                "r/o %s" % pick(["fracture", "acute process", "PE", "obstruction", "infection", "mass"])])
    L += ["", hdr(pick(["Clinical Indication", "History", "Indication", "Reason for Exam"]), hs) + " " + ind]
    L += [hdr("Technique", hs) + " " + img_fill(im["tech"], side)]
    if "contrast" in exam.lower() and chance(0.5):
        L.append("Contrast: %d mL %s IV without immediate complication." % (ri(60, 110), pick(["Omnipaque 350", "Isovue 370", "gadobutrol 0.1 mmol/kg"])))
    L += [hdr("Comparison", hs) + " " + pick(["None.", "None available.", "%s, %s." % (pick(im["exam"]).replace("{SIDE}", side.upper()),
                                                                                       k.d(k.plus(days=-ri(30, 900)))),
                                              "Outside CT from %s (report only)." % k.d(k.plus(days=-ri(2, 60)))])]
    L += ["", hdr("Findings", hs)]
    imps = []
    for lab, norm, abn in im["secs"]:
        if abn and chance(0.45):
            txt, imp = pick(abn)
            imps.append(imp)
        else:
            txt = img_fill(norm, side)
        L.append("%s: %s" % (lab if hs != 0 else lab.upper(), txt) if chance(0.85) else txt)
    L += ["", hdr(pick(["Impression", "IMPRESSION", "Conclusion"]), hs)]
    if imps:
        L += bullets([i + "." for i in imps], pick([1, 0]))
    else:
        L.append(pick(["No acute abnormality.", "Normal examination.", "No acute findings; no significant change from prior.",
                       "Unremarkable study."]))
    if key == "mammo" and not imps:
        L.append("BI-RADS 1: Negative. Routine screening recommended.")
    if imps and chance(0.4):
        L.append(pick(["Findings were communicated to %s by telephone at %s." % (c.att, k.t(k.plus(minutes=ri(20, 90)))),
                       "Critical result called and acknowledged; documented in the PACS communication log.",
                       "Recommend clinical correlation and follow-up imaging as indicated."]))
    rad = doc_name()
    if chance(0.4):
        L += ["", "Resident: %s" % doc_name(), "Attending radiologist: %s" % rad,
              pick(["I have personally reviewed the images and agree with the findings of this report.",
                    "Attending review: images reviewed and report edited as appropriate."])]
    L += ["", pick(["Electronically signed by: %s on %s" % (rad, k.dt(k.plus(hours=ri(0, 9)))),
                    "Finalized by %s  %s" % (rad, k.dt(k.plus(hours=ri(0, 9)))),
                    "Dictated by %s, read at KRUMC %s" % (rad, pick(["main reading room", "ED reading room", "teleradiology"]))])]
    return finalize(L, c)


def pathology_report(c):
    p, k = c.pt, c.clock
    keys = c.sp["path"]
    if not keys or chance(0.3):
        keys = list(PATH.keys())
    key = pick(keys)
    pa = PATH[key]
    cyto = pa["kind"] == "cyto"
    L = [pick(["KRUMC DEPARTMENT OF PATHOLOGY", "Kestrel Ridge University Medical Center - Anatomic Pathology",
               "KESTREL RIDGE UNIVERSITY HOSPITALS  SURGICAL PATHOLOGY", "KRUMC CYTOPATHOLOGY LABORATORY" if cyto else
               "KRUMC Anatomic Pathology Division"])]
    t = title_or_none(["CYTOLOGY REPORT" if cyto else "SURGICAL PATHOLOGY REPORT", "Pathology Report",
                       "Non-Gynecologic Cytology" if cyto else "Surgical Pathology Consultation Report", "FINAL PATHOLOGY REPORT"], 0.15)
    if t:
        L.append(t)
    L += banner(c, style=pick([0, 1, 2]))
    acc = "%s%d-%05d" % ("C" if cyto else pick(["S", "SP"]), k.base.year % 100, ri(1, 99999))
    L += ["Accession #: %s" % acc, "Collected: %s   Received: %s" % (k.d(), k.d(k.plus(days=ri(0, 1)))),
          "Submitting physician: %s" % c.att]
    spec = path_fill(pa["spec"])
    dx = path_fill(pick(pa["dx"]))
    diag_first = chance(0.6)
    dx_block = ["", pick(["FINAL DIAGNOSIS:", "DIAGNOSIS:", "Final Diagnosis", "INTERPRETATION:" if cyto else "PATHOLOGIC DIAGNOSIS:"])]
    dx_block.append("%s:" % spec if chance(0.6) else "A. %s:" % spec)
    dx_block.append("  - " + dx)
    if chance(0.3) and not cyto:
        dx_block.append("  - " + pick(["Margins free of tumor.", "See comment.", "No malignancy identified.", "Lymphovascular invasion not identified."]))
    if pa.get("synoptic") and chance(0.7) and ("carcinoma" in dx.lower() or "adenocarcinoma" in dx.lower()):
        dx_block += ["", "SYNOPTIC REPORT (CAP protocol)"] + ["  " + path_fill(s) for s in pa["synoptic"]]
    clin = ["", "CLINICAL HISTORY:" if chance(0.5) else "Clinical Information:",
            pick(["%s. %s" % (cap(c.dx[2]), pick(["Rule out malignancy.", "Clinical concern for carcinoma.", ""])),
                  "%s-year-old %s; %s." % (p.age, p.gender_word, path_fill(pa["spec"]).split(",")[0].lower()),
                  "Not provided."])]
    body = []
    if cyto:
        body += ["", "SPECIMEN ADEQUACY:", pick(pa["adequacy"])]
        if chance(0.6):
            body += ["", "CYTOLOGIC DESCRIPTION:", pick(["The smears are cellular and show the findings summarized above.",
                                                         "ThinPrep slide and cell block reviewed; background is clean.",
                                                         "Cellular specimen with scattered groups; rare atypical cells present."])]
    else:
        body += ["", "GROSS DESCRIPTION:", path_fill(pa["gross"])]
        if chance(0.6):
            body += ["Gross dictated by: %s (PA)" % staff("PA(ASCP)")]
        if chance(0.65):
            body += ["", "MICROSCOPIC DESCRIPTION:", pick([
                "Sections show the features described in the diagnosis.",
                "Microscopic examination performed; findings are summarized in the diagnosis above.",
                "Histologic sections demonstrate %s." % dx[0].lower() + dx[1:].split(";")[0].lower(),
                "Immunohistochemical stains performed with appropriate controls support the diagnosis."])]
    if chance(0.3):
        body += ["", "COMMENT:", pick(["Findings discussed with %s on %s." % (c.att, k.d(k.plus(days=2))),
                                       "Intradepartmental consultation obtained; concur.",
                                       "Correlation with imaging findings is recommended.",
                                       "Recommend follow-up per ASCCP guidelines." if key == "pap" else "Additional studies pending; an addendum will follow."])]
    if chance(0.2) and not cyto:
        body += ["", "FROZEN SECTION DIAGNOSIS:", "  FSA: " + pick(["Benign.", "Malignant, defer type to permanents.", "Margins negative."])]
    L += (dx_block + clin + body) if diag_first else (clin + body + dx_block)
    L += ["", pick(["I attest that I have personally examined the slides and rendered the diagnosis above.",
                    "Diagnosis rendered by the attending pathologist after microscopic review.",
                    "*** Electronically signed ***"]),
          "%s, Pathologist   %s" % (doc_name(pick(["MD", "MD, PhD", "DO"])), k.d(k.plus(days=ri(1, 6))))]
    return finalize(L, c)


def medication_list(c):
    p, k = c.pt, c.clock
    meds = list(c.meds) + some(MED_NAMES, 0, 6)
    seen = []
    for m in meds:
        if m not in seen:
            seen.append(m)
    meds = seen
    variant = ri(0, 3)
    L = letterhead(c) if chance(0.5) else []
    if variant == 0:
        t = title_or_none(["ACTIVE MEDICATION LIST", "Current Medications", "Medication List", "Outpatient Medication Profile"])
        if t:
            L.append(t)
        L += banner(c) + ["As of: %s" % k.dt(), "Allergies: %s" % c.allergy_str, ""]
        for m in meds:
            L.append(med_line(m, pick([0, 1, 3])) + ("    Last filled %s" % k.d(k.plus(days=-ri(3, 80))) if chance(0.3) else ""))
    elif variant == 1:
        t = title_or_none(["ADMISSION MEDICATION RECONCILIATION", "Medication Reconciliation - Admission",
                           "Home Medication Reconciliation (Prior to Admission)"])
        if t:
            L.append(t)
        L += banner(c) + ["Source of information: %s" % pick(["patient", "pharmacy fill history", "family", "outside records", "pill bottles"]),
                          "Reconciled by: %s" % pick([staff("PharmD"), staff("RN"), c.res]), ""]
        L.append("%-40s %-14s %-12s %s" % ("Home Medication", "Last Dose", "Action", "Comment"))
        for m in meds:
            act = pick(["Continue", "Continue", "Hold", "Discontinue", "Modify", "Substitute"])
            L.append("%-40s %-14s %-12s %s" % (med_line(m, 0)[:40], pick(["today AM", "yesterday", "unknown", k.d(k.plus(days=-1))]),
                                               act, pick(["", "", "formulary sub", "AKI", "NPO", "per cardiology", "BP low"])))
    elif variant == 2:
        t = title_or_none(["DISCHARGE MEDICATION RECONCILIATION", "Discharge Medication List - Reconciled",
                           "Medication Changes at Discharge"])
        if t:
            L.append(t)
        L += banner(c) + [""]
        groups = [("START taking:", meds[:2]), ("CHANGE how you take:", meds[2:3]), ("CONTINUE taking:", meds[3:]),
                  ("STOP taking:", some(MED_NAMES, 1, 2))]
        for g, ms in groups:
            if not ms:
                continue
            L.append(g)
            for m in ms:
                L.append("   " + med_line(m, 2))
            L.append("")
        L.append("Reconciliation completed by %s on %s" % (c.att, k.dt()))
    else:
        t = title_or_none(["MEDICATION ADMINISTRATION RECORD (MAR) SUMMARY", "Scheduled / PRN Medications - Inpatient Profile"])
        if t:
            L.append(t)
        L += banner(c, style=1) + ["Unit: %s  Room %s" % (c.unit, c.room), ""]
        L.append("SCHEDULED")
        for m in meds[:max(2, len(meds) - 2)]:
            d, rt, fr, ind = MEDS[m]
            L.append("  %s %s %s %s   Due: %s" % (m, pick(d), rt, pick(fr), ", ".join(sorted(set("%02d00" % ri(6, 22) for _ in range(ri(1, 3)))))))
        L.append("PRN")
        for m in some(["acetaminophen", "ondansetron", "oxycodone", "senna", "trazodone", "hydromorphone", "polyethylene glycol"], 1, 3):
            L.append("  " + med_line(m, 0))
        L.append("Pharmacist verified: %s" % staff("PharmD"))
    return finalize(L, c)


def prescription(c):
    p, k = c.pt, c.clock
    m = pick(c.meds + some(MED_NAMES, 1, 3))
    d, rt, fr, ind = MEDS[m]
    dose, freq = pick(d), pick(fr)
    qty = pick([30, 60, 90, 14, 20, 10, 28])
    L = []
    v = ri(0, 2)
    prov = c.att
    npi = "NPI 99%08d" % ri(0, 99999999)
    dea = "DEA %s%s%07d" % (pick(["A", "B", "F", "M"]), prov.split(",")[0].split()[-1][0], ri(0, 9999999))
    if v == 0:
        L += ["KESTREL RIDGE UNIVERSITY MEDICAL CENTER", c.sp["dept"], ADDR, "%s    %s    %s" % (prov, npi, dea if chance(0.6) else ""), ""]
        t = title_or_none(["PRESCRIPTION", "Rx"], 0.3)
        if t:
            L.append(t)
        L += ["Patient: %s        DOB: %s" % (pname(p, 3), k.d(p.dob)), "Address: %s, %s ZZ %s" % (p.addr, p.city, p.zip),
              "Date: %s" % k.d(), "", "Rx: %s %s" % (m, dose), "Sig: %s %s %s" % (pick(["Take 1 tab", "Take", "Inject", "Apply", "Use"]), rt, freq),
              "Disp: #%d (%s)" % (qty, pick(["thirty", "sixty", "ninety", "fourteen", "twenty", "ten", "twenty-eight"])) if chance(0.5) else "Disp: %d" % qty,
              "Refills: %s" % pick(["0", "1", "2", "3", "5", "PRN x 1 year"]),
              pick(["Substitution permitted", "Dispense as written", "Generic substitution allowed"]), "",
              "Prescriber signature: ______________________", prov]
    elif v == 1:
        t = title_or_none(["E-PRESCRIPTION CONFIRMATION", "Electronic Prescription Transmitted", "New Prescription - Printed Copy"])
        if t:
            L.append(t)
        L += ["KRUMC Epic ePrescribing  |  Transmission ID %d" % ri(10 ** 8, 10 ** 9)] + banner(c, style=3)
        L += ["Pharmacy: %s #%d, %s" % (pick(["Placeholder Pharmacy", "Mock Drug Co.", "KRUMC Outpatient Pharmacy",
                                              "Samplemart Pharmacy"]), ri(100, 9999), pick(CITIES)),
              "Medication: %s %s %s" % (m.title(), dose, pick(["tablet", "capsule", "solution", "injection pen", "inhaler", ""])),
              "Directions: %s %s %s%s" % (dose, rt, freq, " for %s" % ind if chance(0.5) else ""),
              "Quantity: %d   Days supply: %d   Refills: %d" % (qty, pick([30, 90, 14, 7]), ri(0, 5)),
              "Diagnosis: %s (%s)" % (c.dx[0], c.dx[1]) if chance(0.6) else None,
              "Prescriber: %s   %s" % (prov, npi), "Sent: %s   Status: %s" % (k.dt(), pick(["Transmitted", "Received by pharmacy", "Printed"]))]
    else:
        cs = pick(["oxycodone", "hydromorphone", "lorazepam", "methylphenidate ER", "buprenorphine-naloxone"])
        d, rt, fr, ind = MEDS[cs]
        L += ["KRUMC - CONTROLLED SUBSTANCE PRESCRIPTION", "%s   %s   %s" % (prov, dea, npi)]
        L += ["Patient: %s   DOB %s   MRN %s" % (pname(p, 2), k.d(p.dob), p.mrn), "Date issued: %s" % k.d(), "",
              "%s %s" % (cs, pick(d)), "Sig: %s %s" % (rt, pick(fr)),
              "Quantity: %d (%s) - no early refills" % (qty, "numeric and written"), "Refills: 0",
              "PDMP reviewed on %s: %s" % (k.d(), pick(["no concerning fills", "one prior prescriber, reviewed"])),
              "Schedule %s" % pick(["II", "IV", "III"]), "", "Signature: ______________________"]
    if chance(0.3):
        L.append("Pharmacy use only: filled by ________ date ________")
    return finalize(L, c)


def anesthesia_record(c):
    p, k = c.pt, c.clock
    ops = c.sp["ops"] or ["lap_chole", "hernia", "port", "lap_appy"]
    key = OP_ALIAS.get(pick(ops), None) or pick(ops)
    key = OP_ALIAS.get(key, key)
    op = OPS[key]
    name = op_fill(op["name"], pick(["right", "left"]))
    v = ri(0, 2)
    L = [pick(["KRUMC DEPARTMENT OF ANESTHESIOLOGY & PERIOPERATIVE MEDICINE", "Kestrel Ridge University Medical Center - Anesthesia",
               "ANESTHESIA SERVICES - KRUMC"])]
    asa = pick(["I", "II", "II", "III", "III", "IV"]) + pick(["", "", "E"])
    if v == 0:
        t = title_or_none(["PRE-ANESTHESIA EVALUATION", "Preanesthetic Assessment", "Anesthesia Preoperative Evaluation"])
        if t:
            L.append(t)
        L += banner(c) + ["Planned procedure: %s" % name, "Surgeon: %s" % c.att, ""]
        L += ["Ht: %d cm  Wt: %s kg  BMI: %s" % (ri(150, 190), rf(50, 130), rf(19, 42)),
              "PMH: %s" % ", ".join(c.pmh), "Prior anesthesia: %s" % pick(["GA without complication", "PONV after GA", "none", "difficult IV access"]),
              "Family hx anesthesia complications: %s" % pick(["denies MH", "none known"]),
              "Airway: Mallampati %s, TMD %s, mouth opening %s, neck ROM %s, dentition %s" % (
                  pick(["I", "II", "III", "IV"]), pick([">3 FB", "3 FB", "<3 FB"]), pick(["adequate", "limited"]),
                  pick(["full", "limited extension"]), pick(["intact", "upper partial", "loose lower incisor"])),
              "Cardiac: %s   Pulm: %s" % (pick(["RRR", "METs > 4", "METs < 4"]), pick(["CTA", "mild wheeze", "OSA on CPAP"])),
              "NPO status: solids since %s, clears since %s" % (k.t(k.plus(hours=-ri(8, 14))), k.t(k.plus(hours=-ri(2, 6)))),
              "Labs: " + lab_compact(["Hemoglobin", "Platelets", "Potassium", "Creatinine", "INR"]),
              "ASA Physical Status: %s" % asa,
              "Anesthetic plan: %s" % op["anes"],
              pick(["Risks of anesthesia including sore throat, dental injury, PONV, awareness and rare cardiopulmonary events were reviewed; patient agrees to proceed.",
                    "Anesthetic options discussed with the patient, who consents to the plan above.",
                    "Plan discussed with patient and family; questions answered and consent signed."])]
    elif v == 1:
        t = title_or_none(["INTRAOPERATIVE ANESTHESIA RECORD", "Anesthesia Record", "ANESTHESIA INTRAOP SUMMARY"], 0.1)
        if t:
            L.append(t)
        start = k.plus(hours=0)
        L += banner(c, style=1) + ["Procedure: %s" % name, "OR: %d   Surgeon: %s   Anesthesiologist: %s   CRNA: %s" % (
            ri(1, 32), c.att, doc_name(), staff("CRNA")), "ASA %s   Anesthesia type: %s" % (asa, op["anes"]), ""]
        evs = [(0, "Anesthesia start"), (ri(5, 12), "Induction"), (ri(13, 18), "Airway secured"), (ri(20, 35), "Incision"),
               (ri(60, 180), "Closure"), (ri(185, 200), "Emergence / extubation"), (ri(201, 215), "Out of room")]
        for mnt, ev in evs:
            L.append("%s  %s" % (k.t(k.plus(minutes=mnt)), ev))
        L += ["", "Airway: %s" % pick(["ETT 7.0 cuffed, grade I view with MAC 3, 1 attempt", "LMA #4, easy placement",
                                       "Video laryngoscope, ETT 7.5, grade IIa", "Natural airway with nasal cannula"]),
              "Induction agents: propofol %d mg, fentanyl %d mcg, %s" % (ri(100, 200), ri(50, 250),
                                                                         pick(["rocuronium 50 mg", "succinylcholine 100 mg", "no paralytic"])),
              "Maintenance: %s" % pick(["sevoflurane 1.8-2.2%", "desflurane 5-6%", "propofol infusion 100 mcg/kg/min (TIVA)"]),
              "Other meds: %s" % ", ".join(some(["dexamethasone 4 mg", "ondansetron 4 mg", "cefazolin 2 g", "ketorolac 15 mg",
                                                 "phenylephrine 100 mcg x3", "glycopyrrolate 0.2 mg", "sugammadex 200 mg",
                                                 "hydromorphone 0.5 mg", "tranexamic acid 1 g"], 2, 6)), "",
              "TIME    HR   BP        SpO2  EtCO2  Temp"]
        for i in range(ri(4, 10)):
            L.append("%-7s %-4d %-9s %-5d %-6d %s" % (k.t(k.plus(minutes=15 * i)), ri(55, 100), "%d/%d" % (ri(88, 150), ri(45, 88)),
                                                      ri(95, 100), ri(30, 42), rf(35.8, 37.2)))
        L += ["", "Fluids: LR %d mL   EBL: %d mL   UOP: %d mL" % (ri(5, 30) * 100, ri(*op["ebl"]), ri(50, 600)),
              "Lines: %s" % pick(["PIV 18g L hand, PIV 20g R AC", "PIV x2, radial A-line", "PIV, R IJ CVC"]),
              "Monitors: standard ASA monitors%s" % pick(["", ", BIS", ", arterial line", ", NIM"]),
              "Positioning: %s; pressure points padded; eyes taped" % op["pos"],
              "Disposition: %s" % pick(["PACU, extubated, stable", "ICU intubated", "PACU on 6L face mask"])]
    else:
        t = title_or_none(["POST-ANESTHESIA NOTE", "Post-Anesthesia Evaluation", "PACU ANESTHESIA DISCHARGE NOTE"])
        if t:
            L.append(t)
        L += banner(c) + ["Procedure: %s" % name, "Anesthesia type: %s" % op["anes"], "",
                          "Vital signs: %s" % vitals("adult", 0),
                          "Mental status: %s" % pick(["awake and alert", "drowsy but arousable", "at baseline"]),
                          "Respiratory: %s" % pick(["airway patent, adequate ventilation", "on 2L NC, sats 97%"]),
                          "Cardiovascular: %s" % pick(["stable", "hemodynamically stable"]),
                          "Pain: %d/10, %s" % (ri(0, 6), pick(["controlled", "improving with PRN"])),
                          "Nausea/vomiting: %s" % pick(["none", "mild, treated"]),
                          "Hydration: %s" % pick(["adequate", "adequate, IV running"]),
                          "Aldrete score: %d" % ri(8, 10),
                          pick(["No apparent anesthetic complications; patient has recovered sufficiently and may be discharged from PACU per criteria.",
                                "Patient evaluated post-anesthesia; no anesthesia-related complications noted. Care transferred to surgical team.",
                                "Post-anesthetic recovery satisfactory; block remains in effect with intact motor function."])]
    L += [""] + esign(c, who=doc_name(), role="Anesthesiology")
    return finalize(L, c)


def correspondence(c):
    p, k = c.pt, c.clock
    v = ri(0, 4)
    L = letterhead(c, style=pick([0, 1, 4]))
    L += ["", k.d(k.plus(days=ri(1, 14)) ) if chance(0.5) else k.base.strftime("%B %d, %Y")]
    sig = c.att
    if v == 0:
        to = doc_name()
        L += ["", to, pick(["Fairhaven Family Medicine", "Nullport Internal Medicine Associates", "Testville Pediatrics",
                            "Community Health Clinic of Mock Falls"]), "%d %s, %s ZZ" % (ri(10, 999), pick(STREETS), pick(CITIES)), "",
              "RE: %s   DOB: %s   MRN: %s" % (pname(p, 3), k.d(p.dob), p.mrn), "", "Dear %s:" % short_doc(to), ""]
        L.append(pick(["I had the pleasure of seeing our mutual patient, %s, in the %s clinic on %s for follow-up of %s." %
                       (pname(p, 3), c.sp["service"], k.d(), c.dx[0].lower()),
                       "I am writing to update you on %s, whom I saw again today for ongoing management of %s." %
                       (pname(p, 3), c.dx[0].lower())]))
        L.append("")
        L.append(pick(["Since our last visit %s has done well overall, with %s." % (p.he, pick(["improvement in symptoms", "stable weight",
                                                                                             "no further hospitalizations"])),
                       "Unfortunately %s has had a difficult interval with %s." % (p.he, pick(["recurrent symptoms",
                                                                                              "side effects from therapy", "a brief hospitalization"]))]) +
                 " " + pick(["On examination today %s was %s." % (p.his + " blood pressure", "%d/%d" % (ri(104, 158), ri(60, 96))),
                             "Recent studies, including %s, were reviewed with %s." % (pick(["labs", "imaging", "the echocardiogram"]), p.him)]))
        L += ["", "My impressions and suggestions are as follows:"] + bullets(["%s %s" % (pick(["We have decided to", "I plan to",
                                                                                                "We will"]), pick(["continue", "adjust", "revisit"]) + " " + it)
                                                                                for it in some(c.sp["plan"], 2, 4)], 1)
        L += ["", "I will see %s back in %s. Please do not hesitate to contact me with any questions." % (p.him, pick(["three months", "six weeks", "one year"])),
              "", "Sincerely,", "", sig, c.sp["dept"]]
        if chance(0.5):
            L.append("cc: %s (patient)" % pname(p, 3))
    elif v == 1:
        L += ["", pname(p, 3), p.addr, "%s, ZZ %s" % (p.city, p.zip), "", "Dear %s %s," % (p.mrms, p.last) if not c.peds else "Dear Parent/Guardian of %s," % p.first, ""]
        test = pick(["blood tests", "recent colonoscopy biopsies", "mammogram", "cholesterol panel", "bone density scan", "thyroid tests"])
        L += [pick(["I am writing to let you know the results of your %s from %s." % (test, k.d(k.plus(days=-ri(3, 20)))),
                    "Your recent %s have been reviewed." % test]),
              "", pick(["The results were normal, and no further action is needed at this time.",
                        "Your results showed %s. I recommend we discuss this at your next appointment." % pick(["a mildly elevated LDL cholesterol",
                                                                                                                "low vitamin D", "a benign polyp"]),
                        "The findings are reassuring. We recommend repeating this test in %s." % pick(["one year", "three years", "five years"])]),
              "", "If you have any questions, please call our office at %s or send a message through the MyKRUMC patient portal." % c.clinic_tel,
              "", "Sincerely,", sig]
    elif v == 2:
        L += ["", "To Whom It May Concern:", ""]
        if c.peds:
            L.append("%s was seen in our clinic on %s and was unable to attend school from %s through %s due to illness. %s may return on %s without restrictions." % (
                pname(p, 3), k.d(), k.d(k.plus(days=-2)), k.d(k.plus(days=1)), cap(p.he), k.d(k.plus(days=2))))
        else:
            L.append(pick(["%s is under my care and %s." % (pname(p, 3), pick(["may return to work on %s with no lifting over 15 lb for 4 weeks" % k.d(k.plus(days=ri(3, 21))),
                                                                               "should be excused from work through %s" % k.d(k.plus(days=ri(3, 21))),
                                                                               "is medically unable to serve on jury duty at this time"])),
                           "Please excuse %s from work from %s to %s because of a medical condition." % (pname(p, 3), k.d(), k.d(k.plus(days=ri(3, 14))))]))
        L += ["", "Please contact my office at %s if additional information is required." % c.clinic_tel, "", "Respectfully,", sig]
    elif v == 3:
        L += ["", pname(p, 3), p.addr, "%s, ZZ %s" % (p.city, p.zip), "", "Dear %s:" % pname(p, 3), "",
              pick(["We missed you at your scheduled appointment on %s." % k.d(k.plus(days=-ri(2, 10))),
                    "Our records show that you did not attend your appointment with %s on %s." % (short_doc(sig), k.d())]),
              "Regular follow-up is important for managing your %s." % pick(["health", "medical condition", "treatment plan"]),
              "Please call %s to reschedule at your earliest convenience." % c.clinic_tel, "", "Thank you,",
              "%s Clinic Staff on behalf of %s" % (c.sp["service"], sig)]
    else:
        to = doc_name()
        L += ["", "%s" % to, "", "RE: %s (DOB %s)" % (pname(p, 3), k.d(p.dob)), "", "Dear Colleague,", "",
              "Thank you for referring %s, whom I evaluated on %s regarding %s." % (pname(p, 3), k.d(), c.dx[2]),
              pick(["My assessment is that %s best explains the presentation." % c.dx[0].lower(),
                    "After a detailed evaluation, I believe the most likely diagnosis is %s." % c.dx[0].lower()]),
              "We discussed options and agreed on %s." % join_and(some(c.sp["plan"], 1, 2)),
              "I have asked %s to return after %s, and I will keep you informed of %s progress." % (p.him, pick(["the planned testing", "surgery", "a trial of therapy"]), p.his),
              "", "With kind regards,", "", sig, c.sp["service"]]
    return finalize(L, c, allow_fax=True)


CONSENT_PROCS = ["laparoscopic cholecystectomy", "left heart catheterization with possible PCI", "transfusion of blood products",
                 "upper endoscopy with possible biopsy", "colonoscopy with possible polypectomy", "total knee arthroplasty",
                 "cesarean delivery", "lumbar puncture", "central venous catheter placement", "general anesthesia",
                 "moderate sedation", "chemotherapy (FOLFOX regimen)", "electroconvulsive therapy", "bone marrow biopsy",
                 "robotic prostatectomy", "thoracentesis", "hysterectomy", "tonsillectomy and adenoidectomy", "carotid endarterectomy"]


def consent_form(c):
    p, k = c.pt, c.clock
    proc = pick(CONSENT_PROCS)
    L = [pick(["KESTREL RIDGE UNIVERSITY MEDICAL CENTER", "KRUMC", "Kestrel Ridge University Health"])]
    if chance(0.5):
        L.append("Form KR-%d (Rev. %02d/%d)" % (ri(1000, 9999), ri(1, 12), k.base.year - ri(1, 5)))
    t = title_or_none(["CONSENT FOR OPERATION OR PROCEDURE", "Informed Consent", "INFORMED CONSENT FOR %s" % proc.upper(),
                       "Consent to Receive Blood or Blood Products" if "transfusion" in proc else "CONSENT FOR SURGICAL / MEDICAL PROCEDURE",
                       "Authorization and Consent for Treatment"], 0.1)
    if t:
        L.append(t)
    L += banner(c, style=pick([0, 2, 3]), extra=False) + [""]
    L.append("1. I, %s (or my legal representative), authorize %s and such assistants as may be selected to perform the following: %s%s." % (
        pname(p, 3), c.att, proc, " on the %s side" % pick(["right", "left"]) if chance(0.3) else ""))
    L.append("2. The nature and purpose of the procedure, the possible alternatives, and the risks involved have been explained to me, including: %s." %
             join_and(some(["bleeding", "infection", "injury to nearby organs", "blood clots", "need for additional surgery",
                            "adverse reaction to medication", "nerve injury", "death", "transfusion reaction", "failure to relieve symptoms",
                            "perforation", "memory loss", "pneumothorax"], 3, 7)))
    L.append("3. I understand that residents, fellows and other trainees of the Kestrel Ridge University School of Medicine may participate in my care under supervision.")
    if chance(0.6):
        L.append("4. I consent to the administration of anesthesia and to the disposal of any tissue removed, and to the taking of photographs for the medical record.")
    if chance(0.5):
        L.append("5. I understand no guarantee has been made about the outcome of this procedure.")
    if chance(0.5):
        L.append("Blood transfusion: [%s] I consent  [%s] I refuse" % (pick(["X", " "]), pick([" ", " ", "X"])))
    if chance(0.4):
        L.append("Benefits discussed: %s" % pick(["diagnosis and relief of symptoms", "improved function", "cure or control of disease"]))
    L += ["", "Patient/Representative signature: ______________________   Date: %s  Time: %s" % (k.d(), k.t()),
          "Relationship if not patient: %s" % pick(["____________", "mother", "health care proxy", "spouse", "N/A"]),
          "Witness: %s   Date: %s" % (staff("RN"), k.d())]
    if chance(0.4):
        L.append("Interpreter: %s (%s), ID #%d" % (pick(["Spanish", "Mandarin", "Haitian Creole", "Arabic", "ASL"]),
                                                    pick(["in person", "video", "phone"]), ri(1000, 99999)))
    L += ["", "PHYSICIAN CERTIFICATION: I have explained the procedure, its risks, benefits and alternatives, and the patient's questions have been answered.",
          "Physician: %s   Signature: ____________  %s" % (pick([c.att, c.res]), k.dt())]
    return finalize(L, c)


REF_TO = ["Cardiology", "Gastroenterology", "Orthopaedic Surgery", "Neurology", "Urology", "Endocrinology", "Rheumatology",
          "Physical Therapy", "Behavioral Health", "Dermatology", "Pulmonology", "Nephrology", "Sleep Medicine",
          "Maternal-Fetal Medicine", "Pain Management", "Genetics", "Hematology/Oncology", "ENT", "Allergy/Immunology"]


def referral_letter(c):
    p, k = c.pt, c.clock
    to = pick(REF_TO)
    v = ri(0, 1)
    L = letterhead(c, dept=pick(["Department of Family & Community Medicine", "General Internal Medicine - Primary Care",
                                 "Department of Pediatrics - Primary Care Clinic", c.sp["dept"]]))
    if v == 0:
        t = title_or_none(["REFERRAL REQUEST", "Outpatient Referral Order", "Specialty Referral Form", "REFERRAL"], 0.1)
        if t:
            L.append(t)
        L += banner(c, style=pick([0, 1, 2]), extra=False)
        L += ["Referral date: %s" % k.d(), "Referring provider: %s   NPI 99%08d   Phone %s" % (c.att, ri(0, 99999999), c.clinic_tel),
              "Refer to: %s%s" % (to, (" - " + doc_name()) if chance(0.5) else ""),
              "Priority: %s" % pick(["Routine", "Urgent (within 1 week)", "STAT / same day", "Routine - next available"]),
              "Insurance: %s   Member ID: %s%d" % (p.payer[0], p.payer[1], ri(10 ** 7, 10 ** 8)),
              "Prior authorization: %s" % pick(["Not required", "Pending", "Approved #PA%d" % ri(10 ** 5, 10 ** 6), "Obtained"]),
              "Diagnosis: %s (%s)" % (c.dx[0], c.dx[1]),
              "Reason for referral: %s" % pick(["Evaluate and treat", "Consultation and recommendations only",
                                                "Evaluation for procedure", "Co-management requested",
                                                "Second opinion requested by patient"]),
              "Clinical question: %s" % pick(["Is further workup or intervention indicated?", "Please assess candidacy for surgery.",
                                              "Request management recommendations.", "Assistance with refractory symptoms."]),
              "Number of visits requested: %d" % ri(1, 6),
              "Attachments: %s" % ", ".join(some(["last clinic note", "labs", "imaging report", "medication list", "ECG"], 1, 4))]
    else:
        to_doc = doc_name()
        t = title_or_none(["Referral Letter", "RE: REFERRAL FOR SPECIALIST EVALUATION"], 0.4)
        L += ["", k.base.strftime("%B %d, %Y"), "", to_doc, "%s, Kestrel Ridge University Medical Center" % to, ""]
        if t:
            L.append(t)
        L += ["RE: %s, DOB %s, MRN %s" % (pname(p, 3), k.d(p.dob), p.mrn), "", "Dear %s," % short_doc(to_doc), "",
              pick(["I am referring %s, a %s %s, for evaluation of %s." % (pname(p, 3), age_str(p), p.gword, c.dx[2]),
                    "I would be grateful if you could see %s, a %s %s of mine, regarding %s." % (pname(p, 3), age_str(p), p.gword, c.dx[2])]),
              pick(["%s history includes %s and %s symptoms began with %s." % (cap(p.his), join_and(c.pmh), p.his, c.dx[3]),
                    "Relevant background: %s. The current problem started with %s." % (", ".join(c.pmh), c.dx[3])]),
              pick(["Despite a trial of %s, symptoms persist." % pick(c.meds),
                    "Initial workup showed %s." % lab_compact(some(list(LABS.keys()), 2, 3)),
                    "I am concerned about %s and would value your expertise." % c.dx[0].lower()]),
              "", "Current medications: %s." % ", ".join(c.meds), "Allergies: %s." % c.allergy_str, "",
              pick(["I have enclosed recent notes and results. Please contact me with your recommendations.",
                    "Kindly see %s at your earliest availability; relevant records are attached." % p.him]),
              "", "Thank you,", "", c.att, "Referring physician"]
    return finalize(L, c)


def advance_directive(c):
    p, k = c.pt, c.clock
    agent = make_person()
    v = ri(0, 2)
    L = []
    if v == 0:
        t = title_or_none(["HEALTH CARE PROXY", "Health Care Power of Attorney", "DURABLE POWER OF ATTORNEY FOR HEALTH CARE",
                           "Appointment of Health Care Agent"], 0.1)
        if t:
            L.append(t)
        L += ["(State of ZZ statutory form - copy scanned to KRUMC record)" if chance(0.5) else "", "",
              "I, %s, residing at %s, %s, hereby appoint:" % (pname(p, 3), p.addr, p.city),
              "Name: %s %s   Relationship: %s   Phone: (999) 555-01%02d" % (agent.first, pick(SURNAMES), pick(["daughter", "son", "spouse", "sister", "friend", "partner"]), ri(0, 99)),
              "as my health care agent to make any and all health care decisions for me, except to the extent I state otherwise.",
              "This proxy shall take effect only when and if I become unable to make my own health care decisions.",
              "", "Alternate agent: %s %s   Phone: (999) 555-01%02d" % (pick(PROV_FIRST), pick(SURNAMES), ri(0, 99)),
              "", "Limitations / wishes: %s" % pick(["None.", "My agent knows my wishes regarding artificial nutrition and hydration.",
                                                     "I do not wish to receive blood products.", "No prolonged mechanical ventilation if no reasonable hope of recovery."]),
              "", "Signature: ______________________   Date: %s" % k.d(),
              "Witness 1: ______________________   Witness 2: ______________________",
              "We declare that the person who signed this document appeared to be of sound mind and acting of their own free will."]
    elif v == 1:
        t = title_or_none(["LIVING WILL", "Living Will / Advance Directive", "DECLARATION REGARDING LIFE-SUSTAINING TREATMENT"], 0.1)
        if t:
            L.append(t)
        L += ["Declarant: %s   DOB: %s" % (pname(p, 3), k.d(p.dob)), "",
              "If I am in a terminal condition or permanently unconscious and there is no reasonable expectation of recovery, I direct that:"]
        opts = ["cardiopulmonary resuscitation", "mechanical ventilation", "tube feeding", "dialysis", "antibiotics", "IV hydration"]
        for o in opts:
            L.append("  [%s] I do NOT want %s   [%s] I want %s" % ((("X", " ") if chance(0.7) else (" ", "X")) [0], o,
                                                               " ", o) if False else
                     "  %s: %s" % (o.capitalize(), pick(["I do not want", "I want", "I want a trial only", "Agent to decide"])))
        L += ["I want to receive medication for comfort and pain relief even if it may hasten my death.",
              "Other instructions: %s" % pick(["I wish to die at home if possible.", "Please contact my priest.", "None.", "Organ donation: yes, any needed organs."]),
              "", "Signed: ______________________   Date: %s" % k.d(), "Notary public: ______________  Commission expires ____"]
    else:
        t = title_or_none(["POLST - PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT", "Portable Medical Orders (POLST/MOLST)",
                           "MOLST"], 0.05)
        if t:
            L.append(t)
        L += ["HIPAA permits disclosure to health care providers as necessary for treatment.",
              "Patient: %s   DOB: %s   Sex: %s" % (pname(p, 1), k.d(p.dob), p.sex), "",
              "SECTION A - CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing):",
              "  [%s] Attempt Resuscitation/CPR   [%s] Do Not Attempt Resuscitation/DNR" % pick([("X", " "), (" ", "X"), (" ", "X")]),
              "SECTION B - INITIAL TREATMENT ORDERS:",
              "  %s" % pick(["[X] Full Treatment  [ ] Selective Treatment  [ ] Comfort-Focused Treatment",
                             "[ ] Full Treatment  [X] Selective Treatment  [ ] Comfort-Focused Treatment",
                             "[ ] Full Treatment  [ ] Selective Treatment  [X] Comfort-Focused Treatment"]),
              "  Additional orders: %s" % pick(["no intubation", "trial of BiPAP acceptable", "transfer to hospital only if comfort cannot be achieved", "none"]),
              "SECTION C - ARTIFICIALLY ADMINISTERED NUTRITION:",
              "  %s" % pick(["[ ] Long-term  [X] Trial period  [ ] No artificial nutrition", "[ ] Long-term  [ ] Trial period  [X] No artificial nutrition"]),
              "SECTION D - DISCUSSED WITH: %s" % pick(["Patient", "Health care agent", "Legal guardian", "Patient and daughter"]),
              "", "Physician/NP/PA: %s   Phone: %s   Date: %s" % (c.att, c.clinic_tel, k.d()),
              "Patient or legal representative signature: ______________________",
              "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED"]
    L = [x for x in L if x is not None]
    return finalize(L, c)


def ecg_report(c):
    p, k = c.pt, c.clock
    rhythm = pick(["Normal sinus rhythm", "Sinus bradycardia", "Sinus tachycardia", "Atrial fibrillation with rapid ventricular response",
                   "Atrial flutter with 2:1 block", "Sinus rhythm with first-degree AV block", "Normal sinus rhythm with PVCs"])
    hr = {"Sinus bradycardia": ri(42, 58), "Sinus tachycardia": ri(102, 140)}.get(rhythm, ri(60, 98))
    if "fibrillation" in rhythm:
        hr = ri(110, 160)
    if "flutter" in rhythm:
        hr = 150
    pr = "---" if ("fibrillation" in rhythm or "flutter" in rhythm) else str(ri(210, 280) if "first" in rhythm else ri(130, 198))
    qrs, qt = ri(76, 148), ri(340, 480)
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    L = [pick(["KRUMC HEART & VASCULAR INSTITUTE - ECG LAB", "Kestrel Ridge University Medical Center  12-Lead ECG", "KRUMC CARDIOLOGY - ELECTROCARDIOGRAPHY"])]
    t = title_or_none(["12-LEAD ECG REPORT", "Electrocardiogram", "EKG INTERPRETATION", "ECG - Resting 12 Lead"], 0.2)
    if t:
        L.append(t)
    L += banner(c, style=pick([0, 3, 4]), extra=False)
    L += ["Acquired: %s   Location: %s   Device: MAC-%d" % (k.dt(), pick(["ED", c.unit, "Cardiology clinic", "Pre-op clinic"]), ri(1, 99)),
          "Indication: %s" % pick(["chest pain", "pre-operative", "palpitations", "syncope", "QTc monitoring", "follow-up"]), "",
          "Vent rate      %d BPM" % hr, "PR interval    %s ms" % pr, "QRS duration   %d ms" % qrs,
          "QT/QTc         %d/%d ms" % (qt, qtc), "P-R-T axes     %s %d %d" % ("*" if pr == "---" else str(ri(20, 70)), ri(-45, 100), ri(-10, 80)), ""]
    interp = [rhythm]
    interp += some(["Left ventricular hypertrophy with repolarization abnormality", "Right bundle branch block", "Left anterior fascicular block",
                    "Nonspecific ST-T wave abnormality", "ST elevation in II, III, aVF - consider acute inferior infarct",
                    "Q waves in V1-V3, consider old anteroseptal infarct", "Low voltage QRS", "Prolonged QT",
                    "ST depression in V4-V6", "Left axis deviation", "Poor R-wave progression"], 0, 3)
    if len(interp) == 1 and chance(0.5):
        interp.append("Normal ECG")
    L += [("** " if chance(0.3) else "") + x for x in interp]
    L.append(pick(["Abnormal ECG", "Borderline ECG", "Normal ECG", ""]) if len(interp) > 1 else "")
    L.append(pick(["When compared with ECG of %s, %s" % (k.d(k.plus(days=-ri(30, 700))), pick(["no significant change was found",
                                                                                                  "rate is faster", "new T wave inversions in lateral leads",
                                                                                                  "atrial fibrillation has replaced sinus rhythm"])),
                   "No previous ECG available for comparison", ""]))
    L += ["", pick(["Confirmed by %s on %s" % (doc_name(), k.dt(k.plus(hours=ri(1, 20)))),
                    "Unconfirmed computer interpretation - physician review pending",
                    "Overread by %s (Cardiology)  %s" % (doc_name(), k.d(k.plus(days=1))),
                    "Referred by: %s   Confirmed by: %s" % (c.att, doc_name())])]
    if chance(0.3):
        L.append("25 mm/s  10 mm/mV  150 Hz  %s" % pick(["Lead II rhythm strip", "12SL v%d" % ri(200, 300)]))
    return finalize(L, c)


VACCINES = [("Influenza, quadrivalent (IIV4)", "Fluzone Quadrivalent", "IM", "0.5 mL"), ("COVID-19 mRNA 2093-94 formula", "Spikevax-T", "IM", "0.5 mL"),
            ("Tdap", "Boostrix", "IM", "0.5 mL"), ("Td", "Tenivac", "IM", "0.5 mL"), ("Pneumococcal conjugate (PCV20)", "Prevnar 20", "IM", "0.5 mL"),
            ("Zoster recombinant (RZV)", "Shingrix", "IM", "0.5 mL"), ("Hepatitis B", "Engerix-B", "IM", "1 mL"),
            ("HPV 9-valent", "Gardasil 9", "IM", "0.5 mL"), ("MMR", "M-M-R II", "SC", "0.5 mL"), ("Varicella", "Varivax", "SC", "0.5 mL"),
            ("DTaP-IPV-Hib-HepB", "Vaxelis", "IM", "0.5 mL"), ("Rotavirus", "RotaTeq", "PO", "2 mL"),
            ("Hepatitis A", "Havrix", "IM", "0.5 mL"), ("Meningococcal ACWY", "MenQuadfi", "IM", "0.5 mL"),
            ("RSV, adult", "Arexvy", "IM", "0.5 mL"), ("Nirsevimab (RSV mAb)", "Beyfortus", "IM", "0.5 mL")]


def immunization_record(c):
    p, k = c.pt, c.clock
    L = [pick(["KRUMC Immunization History", "Kestrel Ridge University Health - Vaccine Administration Record",
               "ZZ STATE IMMUNIZATION INFORMATION SYSTEM (ZZIIS) - Official Record", "KRUMC Pediatrics - Immunization Record"])]
    t = title_or_none(["IMMUNIZATION RECORD", "Vaccination Record", "Immunization History Report", "Certificate of Immunization"], 0.3)
    if t:
        L.append(t)
    L += banner(c, style=pick([0, 2, 4]), extra=False) + [""]
    pool = VACCINES[:]
    n = ri(3, 12)
    if chance(0.5):
        L.append("%-32s %-12s %-10s %-8s %-14s %s" % ("Vaccine", "Date", "Lot #", "Route", "Site", "Given by"))
        for _ in range(n):
            v = pick(pool)
            L.append("%-32s %-12s %-10s %-8s %-14s %s" % (v[0][:32], k.d(k.plus(days=-ri(0, 3000))), "%s%d" % (pick(["FK", "UT", "3CA", "Y", "EL"]), ri(1000, 99999)),
                                                          v[2], pick(["L deltoid", "R deltoid", "L thigh", "R thigh", "oral", "L arm"]), pick(["RN", "MA", "PharmD", "LPN"])))
    else:
        for _ in range(n):
            v = pick(pool)
            L += ["%s (%s) %s %s" % (v[0], v[1], v[3], v[2]),
                  "   Date: %s   Lot: %s%d   Exp: %s   Mfr: %s" % (k.d(k.plus(days=-ri(0, 3000))), pick(["A", "B", "C"]), ri(10000, 99999),
                                                                     k.d(k.plus(days=ri(30, 700))), pick(["Sanofi", "GSK", "Merck", "Pfizer", "Moderna", "Seqirus"])),
                  "   VIS date: %s   Administered by: %s" % (k.d(k.plus(days=-ri(100, 900))), staff(pick(["RN", "LPN", "MA"])))]
    if chance(0.5):
        L += ["", "Due / overdue:"] + ["  %s - %s" % (pick(pool)[0], pick(["due now", "due %s" % k.d(k.plus(days=ri(30, 400))), "overdue"]))
                                       for _ in range(ri(1, 3))]
    if chance(0.4):
        L += ["", "Contraindications/precautions: %s" % pick(["none recorded", "egg allergy - observed 15 min", "history of syncope"])]
    if chance(0.3):
        L.append("Titers: %s" % pick(["Hep B surface Ab > 10 mIU/mL (immune)", "Varicella IgG positive", "Measles IgG equivocal"]))
    return finalize(L, c)


def registration_form(c):
    p, k = c.pt, c.clock
    g = make_person()
    L = [pick(["KESTREL RIDGE UNIVERSITY MEDICAL CENTER - PATIENT ACCESS", "KRUMC ADMISSION FACE SHEET", "Kestrel Ridge University Health  Registration"])]
    t = title_or_none(["FACE SHEET", "PATIENT REGISTRATION FORM", "Patient Demographics", "ADT Registration Summary", "Admission Record"], 0.1)
    if t:
        L.append(t)
    L += ["", "PATIENT INFORMATION",
          "Name: %s   MRN: %s   Acct #: %s" % (pname(p, 0), p.mrn, p.fin),
          "DOB: %s   Age: %d   Sex: %s   SSN: XXX-XX-%04d" % (k.d(p.dob), p.age, p.sex, ri(0, 9999)),
          "Address: %s, %s, ZZ %s" % (p.addr, p.city, p.zip), "Home phone: %s   Cell: (999) 555-01%02d" % (p.phone, ri(0, 99)),
          "Marital status: %s   Language: %s   Interpreter needed: %s" % (pick(["Single", "Married", "Widowed", "Divorced"]),
                                                                          pick(["English", "Spanish", "Vietnamese", "Portuguese", "Somali"]),
                                                                          pick(["N", "Y"])),
          "Race/Ethnicity: %s   Religion: %s" % (pick(["Declined", "White", "Black", "Asian", "Other", "Hispanic/Latino"]),
                                                pick(["None", "Catholic", "Muslim", "Jewish", "Declined", "Protestant"])), ""]
    L += ["ENCOUNTER", "Admit date/time: %s   Type: %s   Source: %s" % (k.dt(), pick(["Inpatient", "Observation", "Outpatient", "ED", "Day Surgery"]),
                                                                     pick(["Emergency Dept", "Physician referral", "Transfer from hospital", "Clinic"])),
          "Unit/Room: %s %s   Attending: %s   Service: %s" % (c.unit, c.room, c.att, c.sp["service"]),
          "Admitting dx: %s" % c.dx[0] if chance(0.7) else "Reason for visit: %s" % c.dx[2], ""]
    L += ["GUARANTOR", "Name: %s %s   Relationship: %s" % (g.first, pick(SURNAMES) if chance(0.3) else p.last, pick(["Self", "Spouse", "Parent", "Child"])),
          "Employer: %s" % pick(["Retired", "Mockwell Logistics", "Self-employed", "Fairhaven Public Schools", "Unemployed"]), ""]
    L += ["INSURANCE", "Primary: %s   ID: %s%d   Group: %d" % (p.payer[0], p.payer[1], ri(10 ** 7, 10 ** 8), ri(10000, 99999)),
          "Secondary: %s" % pick(["None", PAYERS[ri(0, len(PAYERS) - 1)][0]]), ""]
    L += ["EMERGENCY CONTACT", "%s %s (%s)  (999) 555-01%02d" % (pick(PROV_FIRST), pick(SURNAMES), pick(["daughter", "husband", "wife", "mother", "son", "neighbor"]), ri(0, 99))]
    if chance(0.6):
        L += ["", "PCP: %s   Preferred pharmacy: %s" % (doc_name(), pick(["Placeholder Pharmacy #221", "KRUMC Outpatient Pharmacy", "Mock Drug #88"])),
              "Advance directive on file: %s   Organ donor: %s" % (pick(["Yes", "No", "Unknown"]), pick(["Yes", "No"]))]
    L += ["", "Registered by: %s   %s" % (pick(["jsampleton", "mdemoski", "REG04", "kfakeley", "ptestova"]), k.dt())]
    return finalize(L, c, allow_fax=False)


def insurance_card(c):
    p, k = c.pt, c.clock
    payer, pre = p.payer
    L = []
    if chance(0.6):
        L.append(pick(["[Scanned document: insurance card - front]", "INSURANCE CARD COPY", "Card image - FRONT", "Scan: Ins Card (front/back)"]))
    L += ["", payer.upper() if chance(0.5) else payer]
    if chance(0.5):
        L.append(pick(["PPO Network", "HMO Select", "Medicare Advantage", "Gold Plan", "Bronze HSA"]))
    L += ["Member: %s" % (p.first.upper() + " " + p.last.upper()), "Member ID: %s%d%s" % (pre, ri(10 ** 8, 10 ** 9), pick(["", "01", "-02"])),
          "Group No: %d" % ri(10000, 999999)]
    if chance(0.7):
        L += ["RxBIN: %06d  RxPCN: %s  RxGRP: %s%d" % (ri(0, 999999), pick(["ADV", "RXZZ", "9999"]), pre, ri(100, 999))]
    if chance(0.7):
        L += ["PCP copay $%d  Specialist $%d  ER $%d  Urgent care $%d" % (pick([10, 20, 25, 30]), pick([35, 40, 50, 60]), pick([150, 250, 350]), pick([50, 75]))]
    if chance(0.5):
        L.append("Effective: %s" % k.d(dt.datetime(k.base.year, 1, 1)))
    if chance(0.4):
        L.append("Dependents: %s" % pick(["01 %s" % pick(FIRST_F), "02 %s" % pick(FIRST_M), "none"]))
    if chance(0.75):
        L += ["", pick(["--- BACK ---", "[back of card]", "Card image - BACK"]),
              "Member services: 1-800-555-01%02d   Provider services: 1-800-555-01%02d" % (ri(0, 99), ri(0, 99)),
              "Claims: PO Box %d, %s ZZ %s" % (ri(1000, 99999), pick(CITIES), "00%03d" % ri(0, 999)),
              pick(["Precertification required for inpatient admissions.", "Present this card at time of service.",
                    "Nurse line 24/7: 1-800-555-0199", "Possession of this card does not guarantee eligibility."])]
    if chance(0.3):
        L.append("Scanned by %s on %s" % (pick(["REG01", "front desk", "PAS-ED"]), k.d()))
    return finalize(L, c, allow_fax=False)


def nursing_note(c):
    p, k = c.pt, c.clock
    v = ri(0, 3)
    rn = staff("RN")
    L = [pick(["KRUMC NURSING DOCUMENTATION", "Kestrel Ridge University Medical Center - Patient Care Services", "%s - Nursing" % c.unit])] if chance(0.6) else []
    L += banner(c, style=pick([1, 3, 4]), extra=False)
    if v == 0:
        t = title_or_none(["NURSING NOTE", "Nursing Progress Note", "RN Shift Note", "Nursing Narrative"])
        if t:
            L.append(t)
        L += ["%s  %s shift" % (k.dt(), pick(["Day", "Night", "Evening"]))]
        L.append(pick(["Pt received in bed from %s at %s, A&Ox%d, resting quietly." % (pick(["night RN", "PACU", "ED", "day RN"]), k.t(), ri(2, 4)),
                       "Assumed care at %s; bedside handoff completed with off-going nurse." % k.t()]))
        L.append(pick(["Pain %d/10 %s, medicated with %s per MAR with relief to %d/10." % (ri(3, 9), pick(["incisional", "abdominal", "back", "chest wall"]),
                                                                                          pick(["oxycodone 5 mg PO", "acetaminophen 650 mg", "hydromorphone 0.5 mg IV"]), ri(0, 4)),
                       "Denies pain; repositioned q2h with pillows."]))
        L.append(pick(["Lungs diminished at bases, encouraged IS, pulling %d mL." % ri(500, 1750),
                       "Tolerating %s diet, %d%% of tray." % (pick(["regular", "clear liquid", "cardiac", "full liquid"]), ri(20, 100)),
                       "Voiding adequately, urine clear yellow.", "Foley draining amber urine, %d mL this shift." % ri(200, 1200)]))
        L.append(pick(["Ambulated %d ft in hallway with %s, tolerated well." % (ri(20, 300), pick(["walker and 1 assist", "standby assist", "PT"])),
                       "Bed alarm on, call light in reach, fall precautions maintained.",
                       "Skin intact; heels offloaded.", "IV site %s clean, dry and intact, infusing %s." % (pick(["L FA", "R AC", "L hand"]), pick(["NS at 75 mL/h", "LR at 100 mL/h", "heparin per protocol"]))]))
        if chance(0.6):
            L.append(pick(["MD notified of %s; new orders received." % pick(["BP 88/50", "HR 124", "temp 38.6", "blood glucose 312", "UOP < 30 mL/h x2 h"]),
                           "Family at bedside, updated on plan of care.", "Will continue to monitor.", "Safety maintained throughout shift."]))
    elif v == 1:
        t = title_or_none(["VITAL SIGNS FLOWSHEET", "Flowsheet - Vitals / I&O", "NURSING FLOWSHEET"], 0.1)
        if t:
            L.append(t)
        L += ["Date: %s" % k.d(), "", "Time   Temp   HR   BP        RR  SpO2  O2      Pain  Initials"]
        for i in range(ri(4, 9)):
            when = k.plus(hours=4 * i) if chance(0.7) else k.plus(hours=2 * i)
            L.append("%-6s %-6s %-4d %-9s %-3d %-5s %-7s %-5s %s" % (when.strftime("%H%M"), rf(36.3, 38.6), ri(60, 118), "%d/%d" % (ri(92, 168), ri(50, 96)),
                                                                      ri(12, 24), "%d%%" % ri(90, 100), pick(["RA", "2L NC", "RA", "4L"]), ri(0, 8),
                                                                      "".join(pick("ABCDEFGHJKLMNPRST") for _ in range(2))))
        L += ["", "INTAKE (mL): PO %d  IV %d  Total %d" % (ri(100, 1400), ri(200, 1800), ri(600, 3000)),
              "OUTPUT (mL): Urine %d  Drain %d  Emesis %d" % (ri(300, 2400), ri(0, 200), ri(0, 300)),
              "Braden: %d   Morse Fall Score: %d   CAM-ICU: %s" % (ri(10, 22), ri(0, 95), pick(["neg", "pos", "UTA"])),
              "Blood glucose (POC): %s" % ", ".join(str(ri(70, 320)) for _ in range(ri(2, 4)))]
    elif v == 2:
        t = title_or_none(["Nursing Admission Assessment", "RN ADMISSION DATABASE", "Initial Nursing Assessment"])
        if t:
            L.append(t)
        L += ["Arrived on unit: %s via %s" % (k.dt(), pick(["stretcher", "wheelchair", "bed from ICU"])),
              "Accompanied by: %s" % pick(["transport", "family", "RN", "mother and father"]),
              "Height/Weight: %d cm / %s kg (%s)" % (ri(60 if c.peds else 150, 190), rf(8 if c.peds else 45, 130), pick(["stated", "bed scale", "standing"])),
              "Allergies verified: %s (band applied)" % c.allergy_str,
              "Orientation to room, call light and bed controls: completed",
              "Neuro: %s" % pick(["A&Ox4, PERRL", "A&Ox3, follows commands", "confused to time"]),
              "Cardiac: %s   Resp: %s" % (pick(["NSR on tele", "regular", "AF on tele"]), pick(["unlabored, RA", "2L NC, diminished bases"])),
              "GI/GU: %s" % pick(["last BM yesterday, voids independently", "NPO, Foley in place", "incontinent of urine"]),
              "Skin: %s" % pick(["intact", "stage 2 sacral injury, photo taken, WOC RN consult placed", "bruising to bilateral forearms"]),
              "Fall risk: %s   Pressure injury risk: %s" % (pick(["HIGH", "moderate", "low"]), pick(["Braden 14", "Braden 19", "Braden 12"])),
              "Home meds: %s" % pick(["brought from home, sent to pharmacy", "sent home with family", "list reconciled with pharmacy"]),
              "Valuables: %s" % pick(["sent home", "glasses and phone at bedside", "to security envelope #%d" % ri(1000, 9999)]),
              "Learning needs: %s   Preferred learning: %s" % (pick(["medications", "diet", "wound care"]), pick(["verbal", "written", "demonstration"])),
              "Abuse/neglect screen: negative   Suicide screen (C-SSRS): %s" % pick(["no risk", "low risk", "moderate risk - MD notified"])]
    else:
        t = title_or_none(["NURSING NOTE - DAR", "Focus Note", "Nursing Event Note"])
        if t:
            L.append(t)
        L += ["%s" % k.dt(), "Focus: %s" % pick(["Fall", "Hypoglycemia", "Change in mental status", "Chest pain", "Pain management", "Wound care"]),
              "D: %s" % pick(["Pt found sitting on floor beside bed at %s; states slipped while trying to get to bathroom; no head strike reported." % k.t(),
                             "POC glucose 52 at %s; pt diaphoretic and shaky." % k.t(), "Pt newly confused, pulling at IV.",
                             "Pt c/o 6/10 substernal chest pressure.", "Dressing saturated with serosanguinous drainage."]),
              "A: %s" % pick(["Assessed for injury, none noted; VS stable; MD paged.", "Gave 4 oz juice per hypoglycemia protocol; recheck 98.",
                             "12-lead ECG obtained, SL NTG x1 given per order; rapid response not required.", "Dressing reinforced; MD evaluated at bedside.",
                             "Reoriented, sitter requested, bed alarm activated."]),
              "R: %s" % pick(["Pt resting comfortably; will continue hourly rounding.", "Symptoms resolved; safety event report #%d filed." % ri(10000, 99999),
                             "Tolerated intervention; family updated by phone.", "Improved; continue to monitor closely."])]
    L += ["", "%s  %s" % (rn, k.dt(k.plus(hours=ri(1, 11))))]
    return finalize(L, c)


ED_EXAM = {
    "Constitutional": ["Well-appearing, non-toxic.", "Appears uncomfortable, holding abdomen.", "Diaphoretic and anxious."],
    "Head/Eyes": ["Atraumatic; pupils equal and reactive.", "Conjunctival pallor."],
    "Cardio": ["Tachycardic, regular rhythm.", "Normal rate; peripheral pulses intact."],
    "Resp": ["No respiratory distress; breath sounds equal.", "Increased work of breathing with accessory muscle use."],
    "Abdomen": ["Soft, no peritoneal signs.", "RLQ tenderness with rebound and guarding.", "Epigastric tenderness, no rebound."],
    "Back": ["No CVA tenderness.", "Left CVA tenderness."],
    "MSK": ["No deformity; full ROM.", "Shortened and externally rotated right leg.", "Swelling and tenderness at the distal radius."],
    "Neuro": ["GCS 15; moves all extremities.", "Left facial droop and left arm weakness."],
    "Skin": ["No rash.", "Warm, erythematous area on the shin with induration."],
}


def ed_note(c):
    p, k = c.pt, c.clock
    hs = ri(0, 2)
    L = [pick(["KRUMC EMERGENCY DEPARTMENT", "Kestrel Ridge University Medical Center - Department of Emergency Medicine",
               "KRUMC Pediatric Emergency Department" if c.peds else "Emergency Services - Main Campus"])]
    t = title_or_none(["ED PROVIDER NOTE", "Emergency Department Physician Record", "ED Note", "EMERGENCY DEPARTMENT REPORT",
                       "ED Physician Documentation", "Emergency Medicine Attending Note"])
    if t:
        L.append(t)
    L += banner(c)
    L += ["Arrival: %s   Mode: %s   Triage ESI: %d" % (k.dt(), pick(["ambulatory", "EMS", "private vehicle", "carried by parent" if c.peds else "police"]), ri(1, 4)),
          "Time seen by provider: %s" % k.t(k.plus(minutes=ri(5, 90)))]
    L += ["", hdr("Chief Complaint", hs) + " " + cap(c.dx[2])]
    hpi = pick(["%s %s presents to the ED with %s." % (age_str(p), p.gword, c.dx[3]),
                "Pt is a %s %s brought in by %s for %s." % (age_str(p, 1), p.sex, pick(["EMS", "family", "a friend"]), c.dx[3])])
    hpi += " " + pick(["Symptoms are %s and rated %d/10." % (pick(["constant", "intermittent", "worsening"]), ri(3, 10)),
                       "No alleviating factors identified; took %s at home without relief." % pick(["ibuprofen", "acetaminophen", "nothing", "an antacid"]),
                       "Pt states this has never happened before."])
    if chance(0.5):
        hpi += " " + pick(["EMS gave %s en route." % pick(["aspirin 324 mg", "NS 500 mL", "albuterol neb", "fentanyl 50 mcg"]),
                           "Last oral intake was %d hours ago." % ri(1, 12)])
    L += ["", hdr("HPI", hs), hpi]
    L += ["", hdr("ROS", hs) + " " + pick(["10-point ROS otherwise negative.", "Positive per HPI; all others negative.",
                                           "Limited by patient condition."])]
    L += [hdr("PMH", hs) + " " + ", ".join(c.pmh), hdr("Meds", hs) + " " + ", ".join(c.meds[:4]) + (" (see med rec)" if chance(0.5) else ""),
          hdr("Allergies", hs) + " " + c.allergy_str]
    L += ["", hdr("Physical Exam", hs), "Triage vitals: " + vitals("peds" if c.peds else "adult", ri(0, 3), sick=True)]
    for x in some(list(ED_EXAM.keys()), 4, 8):
        L.append("%s: %s" % (x, pick(ED_EXAM[x])))
    L += ["", hdr(pick(["ED Course / MDM", "Medical Decision Making", "MDM"]), hs)]
    ddx = join_and(some([d[0].lower() for d in c.sp["dx"]], 2, 4))
    L.append("Differential diagnosis includes %s." % ddx)
    L.append(pick(["Labs notable for %s." % lab_compact(some(["WBC", "Hemoglobin", "Creatinine", "Lactate", "Troponin T, hs", "Lipase", "Potassium"], 2, 4)),
                   "Workup: %s." % lab_compact(some(["Sodium", "Glucose", "Creatinine", "D-dimer", "Troponin T, hs", "WBC"], 2, 4))]))
    im = IMG[pick(c.sp["imaging"])]
    L.append("%s: %s" % (img_fill(pick(im["exam"]), "right"), pick(["read as " + pick([s for sec in im["secs"] for s in ([a[1] for a in sec[2]] or ["negative"])]),
                                                                       "no acute findings on my preliminary read", "pending at time of this note"])))
    L.append("Treated in the ED with %s." % join_and(some(["IV fluids", "ondansetron", "ketorolac", "morphine", "ceftriaxone", "albuterol/ipratropium",
                                                           "aspirin", "heparin bolus", "pantoprazole", "lorazepam", "acetaminophen", "splint placement"], 1, 4)))
    if chance(0.5):
        L.append(pick(["Reassessed at %s: improved." % k.t(k.plus(hours=2)), "Case discussed with %s, who agrees with admission." % pick(["hospitalist", "surgery", "cardiology", "orthopedics"]),
                       "Shared decision making with patient regarding disposition."]))
    if chance(0.3):
        L.append("Critical care time: %d minutes exclusive of procedures." % ri(31, 75))
    L += ["", hdr("Clinical Impression", hs), "1. " + c.dx[0]] + (["2. " + pick(c.dx2)[0]] if c.dx2 and chance(0.3) else [])
    L += ["", hdr("Disposition", hs) + " " + pick(["Admit to %s, %s" % (c.sp["service"], pick(["floor", "stepdown", "ICU"])),
                                                   "Discharged home in stable condition with return precautions",
                                                   "Transfer to OR", "Observation unit", "Left AMA after risks discussed"])]
    L += [""] + esign(c, who=doc_name(), role="Emergency Medicine")
    return finalize(L, c)


def transfer_summary(c):
    p, k = c.pt, c.clock
    v = ri(0, 2)
    L = letterhead(c)
    if v == 0:
        t = title_or_none(["INTERFACILITY TRANSFER SUMMARY", "Transfer Summary", "PATIENT TRANSFER FORM", "Inter-Hospital Transfer Record"], 0.1)
        if t:
            L.append(t)
        L += banner(c, extra=False)
        recv = pick(["Nullport Regional Medical Center", "Testville Community Hospital", "St. Placeholder Rehabilitation Hospital",
                     "Mock Falls Skilled Nursing & Rehab", "Dummyton Veterans Home", "Fakeston Behavioral Health Center"])
        L += ["Date of transfer: %s" % k.dt(), "Transferring facility: %s" % INST, "Receiving facility: %s" % recv,
              "Accepting physician: %s" % doc_name(), "Accepted by phone at: %s" % k.t(k.plus(hours=-ri(1, 6))),
              "Reason for transfer: %s" % pick(["higher level of care", "rehabilitation", "continuity with patient's insurer network",
                                                "patient/family request", "specialty service not available", "long-term skilled nursing needs"]),
              "Mode of transport: %s" % pick(["ALS ambulance", "BLS ambulance", "critical care transport", "wheelchair van", "helicopter"]),
              "Isolation: %s" % pick(["none", "contact (MRSA)", "contact plus (C. diff)"]), "",
              hdr("Diagnoses", 0)] + ["  " + x for x in [c.dx[0]] + c.pmh[:2]]
        L += ["", hdr("Summary of Care", 0), pick([
            "Patient was admitted on %s with %s and was treated with %s." % (k.d(k.plus(days=-ri(2, 10))), c.dx[3], join_and(some(c.sp["plan"], 1, 3))),
            "Hospitalization notable for %s; now stable for transfer to a lower level of care." % join_and(some(c.sp["plan"], 1, 2))])]
        L += ["", hdr("Current Status", 0), vitals("adult", ri(0, 3)), "Mental status: %s   Mobility: %s   Diet: %s" % (
            pick(["alert, oriented", "pleasantly confused"]), pick(["ambulates 50 ft with walker", "max assist x2", "independent"]),
            pick(["regular", "dysphagia level 2", "tube feeds at 55 mL/h"]))]
        L += ["Lines/drains: %s" % pick(["PIV removed", "R arm PICC (placed %s)" % k.d(k.plus(days=-3)), "Foley", "none"]),
              "Code status: %s" % pick(["Full", "DNR/DNI", "DNR, OK to intubate"]), "", hdr("Medications at Transfer", 0)]
        L += ["  " + med_line(m, 0) + ("  last given %s" % k.t(k.plus(hours=-ri(1, 8))) if chance(0.4) else "") for m in c.meds]
        L += ["", "Copies sent: H&P, last 48h progress notes, MAR, imaging CD, POLST" if chance(0.6) else "Records sent via HIE.",
              "Nurse-to-nurse report given to %s at %s." % (staff("RN"), k.t(k.plus(minutes=-ri(15, 60))))]
    else:
        t = title_or_none(["ICU TRANSFER NOTE", "Transfer Note - Change in Level of Care", "Off-Service / Unit Transfer Summary",
                           "ICU to Floor Transfer Summary"], 0.1)
        if t:
            L.append(t)
        L += banner(c)
        frm, to = pick([("MICU", "7 West"), ("SICU", "4 East Surg"), ("7 West", "MICU"), ("CCU", "9 Cardiac Stepdown"), ("L&D", "Mother-Baby")])
        L += ["Transferring from: %s   To: %s" % (frm, to), "Transferring team: %s   Receiving team: %s" % (pick(["MICU Team B", "SICU", "Cardiology Gold"]), c.sp["service"]), "",
              hdr("Reason for ICU Admission" if frm in ("MICU", "SICU", "CCU") else "Reason for Upgrade", 0),
              c.dx[3] + ".", "", hdr("Course on Unit", 0)]
        L.append(pick(["During the unit stay %s required %s, now weaned; %s." % (p.he, pick(["vasopressors for 36 hours", "BiPAP", "an insulin infusion",
                                                                                             "mechanical ventilation for 3 days"]), pick(["off pressors > 24 h", "on 2L NC", "tolerating diet"])),
                       "Patient deteriorated on the floor with %s prompting escalation." % pick(["hypotension refractory to fluids", "increasing oxygen requirement", "altered mental status"])]))
        L += ["", hdr("Active Issues for Receiving Team", 0)] + bullets(["%s: %s" % (pr, pick(c.sp["plan"])) for pr in [c.dx[0]] + c.pmh[:ri(1, 3)]], 1)
        L += ["", "Pending: %s" % pick(["blood cultures", "echo read", "pathology", "nothing"]), "Code status: %s" % pick(["Full", "DNR"]),
              "Contact: family (%s) updated" % pick(["daughter", "wife", "husband", "son"])]
    L += [""] + esign(c, who=pick([c.att, c.res]))
    return finalize(L, c)


def provider_orders(c):
    p, k = c.pt, c.clock
    v = ri(0, 2)
    L = [pick(["KRUMC PHYSICIAN ORDERS", "Kestrel Ridge University Medical Center - Order Summary", "CPOE ORDER REPORT"])]
    L += banner(c, style=pick([1, 0, 3]))
    if v == 0:
        t = title_or_none(["ADMISSION ORDERS", "Admission Order Set - %s" % c.sp["service"], "Physician Admission Orders"], 0.1)
        if t:
            L.append(t)
        L += ["Admit to: %s, %s   Attending: %s" % (pick(["Inpatient", "Observation"]), c.unit, c.att),
              "Condition: %s" % pick(["Stable", "Fair", "Guarded", "Critical"]), "Diagnosis: %s" % c.dx[0],
              "Code status: %s" % pick(["Full Code", "DNR/DNI", "DNR - OK to intubate"]), "Allergies: %s" % c.allergy_str,
              "Vitals: %s" % pick(["q4h", "q1h x4 then q4h", "per unit routine", "q15 min x 4, q30 min x 2, then q1h"]),
              "Activity: %s" % pick(["OOB to chair TID", "bedrest", "ambulate with assist", "WBAT", "as tolerated"]),
              "Nursing: %s" % "; ".join(some(["strict I&O", "daily weights", "fall precautions", "aspiration precautions", "fingerstick glucose AC/HS",
                                              "telemetry", "neuro checks q2h", "SCDs bilaterally", "Foley to gravity", "seizure precautions"], 2, 5)),
              "Diet: %s" % pick(["NPO", "Regular", "Cardiac 2 g Na", "Consistent carbohydrate", "Clear liquids", "NPO after midnight"]),
              "IV fluids: %s" % pick(["NS at 100 mL/h", "LR at 75 mL/h", "saline lock", "D5 1/2NS + 20 KCl at 80 mL/h"]), "", "Medications:"]
        L += ["  " + med_line(m, pick([0, 3])) for m in c.meds]
        L += ["", "Labs: %s" % ", ".join(some(["CBC", "BMP", "CMP", "Mg", "Phos", "PT/INR", "type and screen", "troponin q6h x2",
                                                "lactate", "blood cultures x2", "UA with reflex culture", "TSH", "lipid panel", "HbA1c"], 3, 7)),
              "Imaging: %s" % pick(["CXR portable in AM", "none", img_fill(pick(IMG[pick(c.sp["imaging"])]["exam"]), "right")]),
              "Consults: %s" % pick(["PT/OT", "Nutrition", "Case management", "Social work", "none"]),
              "Notify MD for: SBP > 180 or < 90, HR > 120 or < 50, RR > 28, SpO2 < 90%, T > 38.5, UOP < 30 mL/h"]
    elif v == 1:
        t = title_or_none(["ACTIVE ORDERS", "Order Summary Report", "Current Orders (All Active)"], 0.1)
        if t:
            L.append(t)
        L += ["Report run: %s" % k.dt(), "", "%-10s %-48s %-14s %s" % ("Order #", "Order", "Start", "Ordered by")]
        items = ["%s" % med_line(m, 0) for m in c.meds] + some(["Telemetry monitoring", "Vital signs q4h", "Diet: cardiac", "Incentive spirometry q1h while awake",
                                                                "PT evaluate and treat", "Wound care BID", "Insert peripheral IV", "CBC daily x3",
                                                                "BMP every AM", "Blood glucose POC AC+HS", "Isolation: contact", "Up with assistance"], 3, 7)
        for it in items:
            L.append("%-10d %-48s %-14s %s" % (ri(10 ** 7, 10 ** 8 - 1), it[:48], k.d(k.plus(days=-ri(0, 3))), pick([c.att, c.res]).split(",")[0]))
    else:
        t = title_or_none(["TELEPHONE / VERBAL ORDER", "Verbal Order Documentation", "PHYSICIAN ORDER SHEET"], 0.1)
        if t:
            L.append(t)
        L += ["Date/Time: %s" % k.dt(), ""]
        for i in range(ri(1, 4)):
            L.append("%d. %s" % (i + 1, pick(["Give %s now x1" % med_line(pick(c.meds), 0), "Hold %s tonight" % pick(c.meds),
                                              "Increase %s" % med_line(pick(c.meds), 0), "Obtain STAT %s" % pick(["ECG", "CBC", "BMP", "ABG", "CXR", "lactate"]),
                                              "Bolus NS 500 mL over 30 min", "Discontinue Foley", "Transfuse 1 unit PRBC over 2 h",
                                              "Wean O2 to keep SpO2 > 92%", "Notify MD if SBP < 90"])))
        L += ["", "Order received by: %s via %s; read back and verified." % (staff("RN"), pick(["telephone", "verbal"])),
              "Ordering provider: %s" % c.res, "Co-signature required within 24 h: ____________  Date/Time: ______"]
    if chance(0.5) and v != 2:
        L += ["", "Ordering provider: %s  %s" % (pick([c.att, c.res]), k.dt()), "Signed/held orders verified by pharmacy: %s" % pick(["Yes", "Pending"])]
    return finalize(L, c)


WARN = {"cardiology": ["chest pain that lasts more than 5 minutes", "fainting", "weight gain of more than 3 pounds in a day",
                       "a very fast or irregular heartbeat"],
        "orthopedics": ["increasing redness or drainage from your incision", "calf pain or swelling", "numbness in your toes or fingers"],
        "obgyn": ["soaking more than one pad per hour", "a severe headache or vision changes", "fever over 100.4 F", "foul-smelling discharge"],
        "pediatrics": ["trouble breathing or flaring nostrils", "fewer than 3 wet diapers in 24 hours", "fever that will not come down",
                       "your child is very sleepy or hard to wake"],
        "psychiatry": ["thoughts of hurting yourself or others", "feeling unsafe at home"],
        "neurology": ["new weakness or numbness", "trouble speaking", "a seizure lasting longer than 5 minutes"]}
WARN_GENERIC = ["fever higher than 101 F", "shortness of breath", "vomiting and cannot keep liquids down", "pain not controlled by your medicine",
                "bleeding that will not stop", "new confusion"]


def discharge_instructions(c):
    p, k = c.pt, c.clock
    L = [pick(["Kestrel Ridge University Medical Center", "KRUMC - AFTER VISIT SUMMARY", "KESTREL RIDGE UNIVERSITY HOSPITALS"])]
    t = title_or_none(["DISCHARGE INSTRUCTIONS", "After Visit Summary", "Your Discharge Instructions", "Patient Discharge Instructions",
                       "AFTER VISIT SUMMARY (AVS)", "Going Home Instructions"])
    if t:
        L.append(t)
    L += ["%s   Date: %s" % (pname(p, 3), k.d()), "MRN: %s" % p.mrn]
    who = "your child" if c.peds else "you"
    L += ["", pick(["Why you were in the hospital:", "Reason for your visit:", "Your diagnosis:"]),
          pick(["%s was treated for %s." % ("Your child" if c.peds else "You", c.dx[0].lower()), cap(c.dx[0]) + "."])]
    if chance(0.7):
        L += ["", pick(["What we did:", "Tests and treatments:"]), pick(["While here, %s had %s." % (who, join_and(some(["blood tests", "an X-ray", "a CT scan",
                                                                                                                        "an ultrasound", "IV antibiotics", "IV fluids", "surgery"], 2, 4))),
                                                                       "We checked your heart, blood and imaging tests and gave you treatment to help you feel better."])]
    L += ["", pick(["Your medicines:", "MEDICATIONS - What to take at home", "Medication changes"])]
    for m in c.meds:
        L.append("  * " + med_line(m, 2))
    if chance(0.5):
        L.append("  * STOP taking %s until you talk to your doctor." % pick(MED_NAMES))
    L += ["", pick(["Activity:", "What you can do:"]), pick(["No driving while taking pain medicine.", "No lifting more than 10 pounds for 2 weeks.",
                                                               "Walk several times a day; rest when tired.", "You may shower; do not soak in a tub.",
                                                               "Return to school when fever free for 24 hours." if c.peds else "You may return to work in 1 week."])]
    L += [pick(["Diet:", "Eating:"]) + " " + pick(["Low salt (less than 2,000 mg sodium a day).", "Regular diet.", "Soft foods for 1 week.",
                                                   "Drink plenty of fluids.", "Limit sugar and carbohydrates; check sugar before meals."])]
    if chance(0.5):
        L += ["Wound care: " + pick(["Keep the incision clean and dry; leave the strips on until they fall off.",
                                     "Change the dressing once a day.", "Staples will be removed at your clinic visit."])]
    warn = some(WARN.get(c.sk, []) + WARN_GENERIC, 3, 6)
    L += ["", pick(["Call your doctor or return to the Emergency Department if you have:", "WHEN TO GET HELP - call %s if:" % c.clinic_tel,
                    "Warning signs - get medical help right away for:"])]
    L += ["  - " + w for w in warn]
    L += ["Call 911 for any emergency." if chance(0.6) else "If this is an emergency, call 911."]
    L += ["", pick(["Follow-up appointments:", "Upcoming appointments", "Please schedule:"])]
    for _ in range(ri(1, 3)):
        L.append("  %s with %s, %s clinic - %s" % (k.d(k.plus(days=ri(3, 30))), doc_name(), pick(["Primary Care", "Surgery", c.sp["service"], "Wound"]),
                                                  pick(["%d:%02d AM" % (ri(8, 11), pick([0, 15, 30, 45])), "call to schedule", "%d:%02d PM" % (ri(1, 4), pick([0, 30]))])))
    if chance(0.5):
        L += ["", "Your MyKRUMC portal activation code: %s-%s" % ("".join(pick("ABCDEFGHJKMNPQRSTUVWXYZ") for _ in range(5)), ri(1000, 9999))]
    L += ["", "I have received and understand these instructions.", "Patient/caregiver signature: ____________   Nurse: %s" % staff("RN")]
    return finalize(L, c)


def other_doc(c):
    p, k = c.pt, c.clock
    v = ri(0, 7)
    L = []
    if v == 0:
        L += [pick(["KESTREL RIDGE UNIVERSITY MEDICAL CENTER", "KRUMC Health Information Management"]),
              pick(["FAX COVER SHEET", "Facsimile Transmittal", "FAX"]), "",
              "To: %s   Fax: (999) 555-01%02d" % (pick(["Dr. office", "Records dept", doc_name(), "Utilization Review"]), ri(0, 99)),
              "From: %s   Fax: (999) 555-0100" % pick(["HIM Release of Information", c.sp["service"] + " clinic", "Case Management"]),
              "Date: %s   Pages (including cover): %d" % (k.d(), ri(2, 24)),
              "Re: %s" % pick(["Records request", "Authorization", "Patient %s" % pname(p, 3), "Clinical update"]), "",
              "[%s] Urgent  [%s] For review  [%s] Please reply" % (pick(["X", " "]), pick(["X", " "]), pick(["X", " "])),
              "", "CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain protected health information that is legally privileged. If you received this in error, please notify the sender immediately and destroy the documents."]
    elif v == 1:
        L += [pick(["KRUMC Clinical Nutrition", "Food & Symptom Diary", "DIETARY INTAKE LOG"]), "Patient: %s" % pname(p, 3), ""]
        for d in range(ri(2, 5)):
            L.append(k.d(k.plus(days=d)))
            for meal in ["Breakfast", "Lunch", "Dinner", "Snack"]:
                if chance(0.85):
                    L.append("  %s: %s" % (meal, pick(["oatmeal, banana, coffee", "turkey sandwich, apple", "chicken, rice, broccoli",
                                                       "2 eggs, toast", "yogurt", "pasta with meat sauce", "salad, soup", "crackers and cheese",
                                                       "tube feed 240 mL", "pizza 2 slices"])) +
                             ("  (~%d kcal)" % ri(150, 900) if chance(0.5) else ""))
        L += ["", "Calorie count average: %d kcal/day, protein %d g/day" % (ri(800, 2200), ri(30, 110)) if chance(0.6) else "RD: %s" % staff("RD, LDN")]
    elif v == 2:
        L += ["KRUMC Rehabilitation Services - Physical Therapy", pick(["HOME EXERCISE PROGRAM", "Your Home Exercises", "HEP"]),
              "Patient: %s   Therapist: %s" % (pname(p, 3), staff("PT, DPT")), "Date: %s" % k.d(), ""]
        for i, ex in enumerate(some(["Ankle pumps - 20 reps, every hour", "Quad sets - hold 5 sec, 10 reps, 3x/day", "Heel slides - 10 reps, 2x/day",
                                     "Straight leg raises - 10 reps, 2 sets", "Seated knee extension - 15 reps", "Bridges - 10 reps, hold 3 sec",
                                     "Clamshells - 15 reps each side", "Wall slides - 10 reps", "Pendulum swings - 1 min each direction",
                                     "Chin tucks - 10 reps", "Standing hip abduction - 10 reps each leg", "Walking - 10 minutes, 3x/day"], 3, 7), 1):
            L.append("%d. %s" % (i, ex))
        L += ["", "Stop any exercise that causes sharp pain. Ice 15 minutes after exercising."]
    elif v == 3:
        L += ["KESTREL RIDGE UNIVERSITY MEDICAL CENTER - PATIENT FINANCIAL SERVICES", pick(["STATEMENT", "Patient Billing Statement", "ITEMIZED BILL"]),
              "Guarantor: %s   Account: %s" % (pname(p, 3), p.fin), "Statement date: %s   Due: %s" % (k.d(), k.d(k.plus(days=30))), ""]
        tot = 0
        for _ in range(ri(3, 8)):
            amt = rf(25, 4800, 2)
            tot += amt
            L.append("%s  %-40s %10.2f" % (k.d(k.plus(days=-ri(10, 60))), pick(["ROOM & BOARD SEMI-PVT", "LAB - CBC", "CT ABD/PELVIS W CONTRAST",
                                                                                 "PHARMACY", "ED LEVEL 4", "OR TIME 30 MIN", "ANESTHESIA", "PT EVAL",
                                                                                 "SUPPLIES", "ECG 12 LEAD"]), amt))
        ins = round(tot * rf(0.5, 0.9, 2), 2)
        L += ["", "Total charges: $%.2f   Insurance payments/adjustments: -$%.2f" % (tot, ins), "AMOUNT DUE: $%.2f" % (tot - ins),
              "Questions? Call Patient Financial Services (999) 555-0150. Financial assistance may be available."]
    elif v == 4:
        L += [pick(["Blood Sugar Log", "GLUCOSE DIARY", "Home Glucose Readings"]), "Name: %s" % pname(p, 3), "",
              "Date        Fasting  Pre-lunch  Pre-dinner  Bedtime  Insulin"]
        for d in range(ri(4, 10)):
            L.append("%-11s %-8d %-10s %-11d %-8s %s" % (k.plus(days=d).strftime("%m/%d"), ri(80, 220), pick([str(ri(90, 260)), "-"]), ri(90, 280),
                                                        pick([str(ri(100, 250)), "-"]), pick(["%du" % ri(10, 30), ""])))
    elif v == 5:
        L += ["KRUMC HEALTH INFORMATION MANAGEMENT", pick(["CHART DEFICIENCY NOTICE", "Incomplete Record Notification"]), "",
              "Provider: %s" % c.att, "Patient: %s   MRN %s   Disch: %s" % (pname(p, 0), p.mrn, k.d()),
              "Deficiency: %s" % pick(["unsigned discharge summary", "missing operative report", "verbal order co-signature", "H&P not authenticated"]),
              "Days outstanding: %d" % ri(3, 30), "Please complete in the EHR In Basket by %s to avoid suspension." % k.d(k.plus(days=7))]
    elif v == 6:
        L += ["Kestrel Ridge University Medical Center", pick(["APPOINTMENT ITINERARY", "Your upcoming appointments", "Visit schedule"]),
              pname(p, 3), ""]
        for _ in range(ri(2, 5)):
            L.append("%s %s  %s  %s  (%s)" % (k.d(k.plus(days=ri(1, 40))), "%d:%02d" % (ri(7, 16), pick([0, 15, 30, 45])), pick(["Lab draw", "MRI", "Clinic visit", "Infusion", "PT"]),
                                             pick(CAMPUS), pick(["arrive 15 min early", "fasting", "bring med list", "parking garage B"])))
    else:
        L += ["KRUMC RELEASE OF INFORMATION", pick(["REQUEST FOR MEDICAL RECORDS", "Records Request Acknowledgment"]), "",
              "Requester: %s" % pick(["Placeholder Law Group LLP", "Fictiva BlueShield Utilization Review", "Social Security Disability (TEST)", "Patient"]),
              "Patient: %s   DOB %s" % (pname(p, 3), k.d(p.dob)), "Date range: %s to %s" % (k.d(k.plus(days=-365)), k.d()),
              "Records requested: %s" % ", ".join(some(["discharge summaries", "imaging reports", "labs", "clinic notes", "billing", "operative reports"], 2, 4)),
              "Status: %s   Fee: $%d.00" % (pick(["Processed", "Pending authorization", "Mailed"]), ri(0, 45))]
    return finalize(L, c)


# ================================================================= driver

TYPES = [("discharge_summary", discharge_summary), ("history_physical", history_physical), ("progress_note", progress_note),
         ("consult_note", consult_note), ("operative_note", operative_note), ("procedure_note", procedure_note),
         ("lab_report", lab_report), ("imaging_report", imaging_report), ("pathology_report", pathology_report),
         ("medication_list", medication_list), ("prescription", prescription), ("anesthesia_record", anesthesia_record),
         ("correspondence", correspondence), ("consent_form", consent_form), ("referral_letter", referral_letter),
         ("advance_directive", advance_directive), ("ecg_report", ecg_report), ("immunization_record", immunization_record),
         ("registration_form", registration_form), ("insurance_card", insurance_card), ("nursing_note", nursing_note),
         ("ed_note", ed_note), ("transfer_summary", transfer_summary), ("provider_orders", provider_orders),
         ("discharge_instructions", discharge_instructions), ("other", other_doc)]

SPEC_BIAS = {"operative_note": ["orthopedics", "obgyn", "general_surgery", "urology", "cardiology", "neurology", "oncology",
                                "ent", "vascular", "gi", "endocrinology", "nephrology", "pediatrics"],
             "anesthesia_record": ["orthopedics", "obgyn", "general_surgery", "urology", "cardiology", "ent", "vascular", "oncology", "pediatrics"],
             "procedure_note": [k for k in SPEC_KEYS],
             "pathology_report": ["obgyn", "oncology", "gi", "urology", "general_surgery", "endocrinology", "ent", "nephrology", "pulmonology",
                                  "orthopedics", "pediatrics", "neurology", "infectious_disease"]}


def main():
    global R
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    R = random.Random(a.seed)
    seen = set()
    n = 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for label, fn in TYPES:
            made = 0
            tries = 0
            while made < a.per_type and tries < a.per_type * 50:
                tries += 1
                sk = pick(SPEC_BIAS.get(label, SPEC_KEYS))
                c = new_ctx(sk)
                text = fn(c)
                h = hashlib.sha1(text.encode("utf-8")).hexdigest()
                if h in seen or len(text.split()) < 25:
                    continue
                seen.add(h)
                made += 1
                n += 1
                rec = {"id": "fam_us_academic-%d-%s-%03d" % (a.seed, label, made), "label": label, "text": text}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return n


if __name__ == "__main__":
    main()
