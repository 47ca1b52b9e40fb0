#!/usr/bin/env python3
"""Synthetic UK general-practice record generator.

All people, places, organisations, identifiers and telephone numbers are
invented (telephone numbers use the Ofcom drama ranges 01632 960xxx and
07700 900xxx).  Standard library only; deterministic for a given seed.

    python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import random

# --------------------------------------------------------------------------
# Name / place banks (fictitious)
# --------------------------------------------------------------------------
FIRST_M = ("James John David Michael Peter Robert Paul Andrew Mark Stephen Christopher "
           "Gareth Rhys Dafydd Iwan Iain Alasdair Callum Hamish Fraser Mohammed Imran Tariq "
           "Rajesh Sanjay Krzysztof Tomasz Oliver Harry Jack Thomas George Liam Connor "
           "Kieran Daniel Samuel Joseph William Arthur Kenneth Derek Brian Trevor Colin "
           "Graham Neil Darren Wayne Owen Emeka Kwame Ahmed Yusuf Dylan Ethan Alfie Ronald "
           "Stanley Dennis Keith Barry Gordon Alistair Euan Gethin").split()
FIRST_F = ("Margaret Patricia Susan Linda Elizabeth Jean Janet Sandra Karen Julie Sarah "
           "Emma Claire Nicola Rachel Rhian Sian Catrin Ffion Eilidh Morag Fiona Kirsty Ailsa "
           "Aisha Fatima Priya Sunita Nasreen Agnieszka Katarzyna Olivia Amelia Sophie "
           "Chloe Jessica Megan Lauren Hannah Charlotte Doreen Brenda Maureen Gwen Joan "
           "Dorothy Irene Shirley Beverley Tracey Donna Leanne Chantelle Grace Ivy Freya "
           "Isla Niamh Ruby Mairi Glenys Hilda Pauline").split()
SURN = ("Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Roberts Johnson "
        "Lewis Walker Robinson Wood Thompson White Watson Jackson Wright Green Harris "
        "Cooper King Lee Martin Clarke James Morgan Hughes Edwards Hill Moore Clark "
        "Harrison Scott Young Morris Hall Ward Turner Carter Phillips Mitchell Patel "
        "Shah Khan Hussain Begum Ali Ahmed Singh Kaur MacDonald Campbell Stewart "
        "Robertson Murray Fraser MacLeod Henderson Sutherland Paterson Griffiths "
        "Pritchard Llewellyn Howells Bevan Prosser Nowak Kowalski Okafor Mensah Osei "
        "Fletcher Pemberton Ashworth Hargreaves Ramsbottom Whitfield Ormerod Crabtree "
        "Dunmore Kettle Blakemore Nightingale Holloway Birtwistle Gillespie Drummond "
        "Lockhart Maddox Penhaligon Tregarthen Venables Quigley Rudd Stainton").split()

TOWNS = {
    'E': ["Ashcombe", "Wexbridge", "Hollinsford", "Castlebury", "Netherby", "Marlcote",
          "Stanmoor", "Thornleigh", "Bramwell", "Oakhurst Vale"],
    'S': ["Kirkbrae", "Inverallan", "Dunmorven", "Glenruthven", "Balcraigie", "Strathmuir"],
    'W': ["Llanfedw", "Pontgarreg", "Abercwmlas", "Cwm Derwen", "Trefelin", "Ystrad Fawr"],
}
COUNTY = {'E': ["Wexshire", "North Ashcombeshire", "Marlshire", ""],
          'S': ["Strathallan", "", ""], 'W': ["Sir Derwen", "", ""]}
PCODE = {'E': ['AX', 'WX', 'HQ', 'CY', 'QB'], 'S': ['KQ', 'VX', 'XG'], 'W': ['YW', 'QW']}
STREETS = ["Station Road", "Mill Lane", "Church Street", "Oakfield Avenue", "Victoria Terrace",
           "High Street", "Meadow Close", "Albert Road", "Queensway", "The Crescent",
           "Rowan Drive", "Chapel Row", "Hawthorn Way", "Park View", "Bridge Street",
           "Kingfisher Court", "Heol y Nant", "Brae Road", "Marsh Lane", "Coronation Street",
           "Willow Gardens", "Fern Grove", "Lime Walk", "Castle Wynd", "Tan y Bryn"]
PRAC_A = ["The Elms", "Riverside", "Kingsway", "Brookfield", "Castle Street", "Parkview",
          "Meadowbank", "Heathgate", "Millbrook", "Station Road", "Orchard House", "Wellfield",
          "Beechwood", "Abbey", "Hillcrest", "Marketgate", "Lime Tree", "Canal Side"]
PRAC_B = ["Surgery", "Medical Practice", "Health Centre", "Medical Centre", "Group Practice",
          "Family Practice"]
HOSP = {
    'E': [("Ashcombe General Hospital", "Ashcombe and Wexbridge Hospitals NHS Foundation Trust", "Ashcombe"),
          ("Royal Hollinsford Infirmary", "Hollinsford Teaching Hospitals NHS Trust", "Hollinsford"),
          ("St Aldhelm's Hospital", "Castlebury Healthcare NHS Trust", "Castlebury"),
          ("Wexbridge District Hospital", "Ashcombe and Wexbridge Hospitals NHS Foundation Trust", "Wexbridge")],
    'S': [("Kirkbrae Royal Infirmary", "NHS Strathallan", "Kirkbrae"),
          ("Inverallan General Hospital", "NHS Strathallan", "Inverallan"),
          ("Dunmorven Community Hospital", "NHS Strathallan", "Dunmorven")],
    'W': [("Ysbyty Cwm Derwen", "Bro Derwen University Health Board", "Cwm Derwen"),
          ("Pontgarreg District General Hospital", "Bro Derwen University Health Board", "Pontgarreg")],
}
OOH = {'E': ["Wexbridge Urgent Care (OOH)", "Ashcombe Doctors on Call", "NHS 111 / Marlshire OOH Service"],
       'S': ["NHS 24 / Strathallan Primary Care Emergency Centre", "Kirkbrae Out of Hours Service"],
       'W': ["Bro Derwen GP Out of Hours", "NHS 111 Wales / OOH Cwm Derwen"]}
SYSTEMS = {'E': ["EMIS Web", "SystmOne", "EMIS LV", "Vision"], 'S': ["Vision", "EMIS PCS", "EMIS Web"],
           'W': ["Vision", "EMIS Web", "EMIS LV"]}
PHARM = ["Boots the Chemist", "Lloydspharmacy", "Day Lewis Pharmacy", "Well Pharmacy",
         "Parkview Pharmacy", "Rowlands Pharmacy", "Cohens Chemist", "Village Pharmacy",
         "Superdrug Pharmacy", "Fferyllfa Derwen"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


DSTYLES = ['dmy', 'dmy', 'dMy', 'long', 'dmy2', 'dotted', 'ord']


def fdate(d, style):
    if style == 'dmy':
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == 'dMy':
        return "%02d-%s-%04d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == 'long':
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 'dmy2':
        return "%02d/%02d/%02d" % (d.day, d.month, d.year % 100)
    if style == 'dotted':
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    if style == 'ord':
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    return d.isoformat()


def nhs_number(R):
    while True:
        digs = [R.randint(4, 7)] + [R.randint(0, 9) for _ in range(8)]
        tot = sum(dd * (10 - i) for i, dd in enumerate(digs))
        chk = 11 - tot % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        s = ''.join(map(str, digs + [chk]))
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


def phone(R):
    return "01632 960%03d" % R.randint(0, 999)


def mobile(R):
    return "07700 900%03d" % R.randint(0, 999)


def postcode(R, nation):
    return "%s%d %d%s%s" % (R.choice(PCODE[nation]), R.randint(1, 19), R.randint(1, 9),
                            R.choice("ABDEFGHJLNPQRSTUWXYZ"), R.choice("ABDEFGHJLNPQRSTUWXYZ"))


def rname(R, sex=None):
    sex = sex or R.choice("MF")
    return (R.choice(FIRST_M if sex == 'M' else FIRST_F), R.choice(SURN))


def clinician(R, kind='dr', sex=None):
    f, l = rname(R, sex)
    if kind == 'surgeon':
        t = R.choice(["Mr", "Mr", "Miss", "Ms", "Mr", "Professor"])
    elif kind == 'nurse':
        t = R.choice(["", "Sister", "", "Staff Nurse"])
        return ((t + " ") if t else "") + "%s %s" % (f, l)
    else:
        t = R.choice(["Dr", "Dr", "Dr", "Dr", "Professor"]) if kind == 'cons' else "Dr"
    return "%s %s %s" % (t, f if R.random() < .5 else f[0], l)


def initials(name):
    parts = [x for x in name.replace('.', '').split() if x not in ("Dr", "Mr", "Mrs", "Miss", "Ms", "Professor", "Sister", "Staff", "Nurse")]
    return ''.join(x[0] for x in parts).upper()


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def chunk(lst, n):
    return [lst[i:i + n] for i in range(0, len(lst), n)]


# --------------------------------------------------------------------------
# OCR / scan noise
# --------------------------------------------------------------------------
SUBS = {'l': ['1', 'I', '|'], 'I': ['l', '1'], 'O': ['0'], '0': ['O'], 'o': ['0', 'c'],
        'e': ['c', 'o'], 'a': ['o', 'e'], 'S': ['5', '$'], 's': ['5'], 'B': ['8'], '1': ['l', 'I'],
        ',': ['.'], '.': [',', ''], 'n': ['h', 'r'], 'h': ['b', 'n'], 'm': ['rn', 'nn'],
        'i': ['l', 'í'], 't': ['f', 'l'], 'g': ['q'], 'c': ['e'], 'u': ['v', 'n'], 'r': ['n']}


def scan_noise(R, text, level):
    if level <= 0:
        return text
    p = [0, 0.003, 0.008, 0.018][level]
    out_lines = []
    for line in text.split("\n"):
        if line.strip() and R.random() < 0.02 * level:
            line = " " * R.randint(1, 4) + line
        chars = []
        i = 0
        while i < len(line):
            ch = line[i]
            r = R.random()
            if r < p and ch in SUBS:
                chars.append(R.choice(SUBS[ch]))
            elif r < p * 1.3 and ch == ' ':
                chars.append(R.choice(['  ', '', ' ']))
            elif r < p * 1.4 and ch.isalpha():
                chars.append(ch + R.choice(["'", ".", ",", "", "~"]))
            else:
                chars.append(ch)
            i += 1
        line = ''.join(chars)
        if level >= 2 and R.random() < 0.01 * level:
            line = line + " " + R.choice(["|", "_", ":", "'", "."])
        out_lines.append(line)
        if level >= 2 and R.random() < 0.006 * level:
            out_lines.append(R.choice(["", "~", ".", " _ ", "|"]))
    return "\n".join(out_lines)


def paginate(R, lines, per_page, header=None, footer=None):
    """Split list of lines into pages, adding running header/footer with page x of y."""
    pages = chunk(lines, per_page) or [[]]
    n = len(pages)
    out = []
    for i, pg in enumerate(pages):
        if header and i > 0:
            out.extend(header(i + 1, n))
        out.extend(pg)
        if footer:
            out.append("")
            out.extend(footer(i + 1, n))
        if i < n - 1:
            out.append(R.choice(["", "", "\f", "- - - - - - - - - - - - - - - - - - - -"]))
    return out


# --------------------------------------------------------------------------
# Document context
# --------------------------------------------------------------------------
class Doc:
    def __init__(self, R, cond=None, sex=None, ages=None, nation=None, year_min=2004):
        self.R = R
        self.nation = nation or R.choices(['E', 'S', 'W'], [70, 18, 12])[0]
        start = dt.date(year_min, 1, 1).toordinal()
        end = dt.date(2024, 12, 20).toordinal()
        self.date = dt.date.fromordinal(R.randint(start, end))
        self.cond = cond
        if cond:
            sex = sex or cond.get('sex')
            ages = ages or cond.get('ages')
        ages = ages or (18, 92)
        self.sex = sex or R.choice("MF")
        age = R.randint(*ages)
        dob_ord = self.date.toordinal() - int(age * 365.25) - R.randint(1, 360)
        self.dob = dt.date.fromordinal(dob_ord)
        self.age = age_on(self.dob, self.date)
        self.first, self.last = rname(R, self.sex)
        self.middle = R.choice([""] * 3 + [rname(R, self.sex)[0]])
        if self.age < 16:
            self.title = "Master" if (self.sex == 'M' and R.random() < .3) else ("" if self.sex == 'M' else "Miss")
        else:
            self.title = "Mr" if self.sex == 'M' else R.choice(["Mrs", "Mrs", "Miss", "Ms"])
        self.nhs = nhs_number(R)
        self.chi = "%02d%02d%02d%04d" % (self.dob.day, self.dob.month, self.dob.year % 100,
                                         R.randint(0, 999) * 10 + (R.choice([1, 3, 5, 7, 9]) if self.sex == 'M' else R.choice([0, 2, 4, 6, 8])))
        self.hospno = R.choice(["RX", "K", "H", "M", "A", ""]) + "%0*d" % (R.choice([6, 7, 8]), R.randint(0, 10 ** 7))
        self.town = R.choice(TOWNS[self.nation])
        self.addr = ["%d %s" % (R.randint(1, 160), R.choice(STREETS)), self.town]
        c = R.choice(COUNTY[self.nation])
        if c:
            self.addr.append(c)
        self.pc = postcode(R, self.nation)
        self.tel = phone(R)
        self.mob = mobile(R)
        self.dstyle = R.choice(DSTYLES)
        # practice
        self.prac = "%s %s" % (R.choice(PRAC_A), R.choice(PRAC_B))
        self.prac_addr = ["%s" % R.choice(["1 ", "2-4 ", "", "Unit 3, ", "27 "]) + R.choice(STREETS), self.town]
        self.prac_pc = postcode(R, self.nation)
        self.prac_tel = phone(R)
        self.prac_fax = phone(R)
        self.prac_code = (R.choice("ABCJKLMNPY") + "%05d" % R.randint(10000, 99999)) if self.nation == 'E' else \
            ("%05d" % R.randint(10000, 99999) if self.nation == 'S' else "W%05d" % R.randint(90000, 99999))
        self.gp = clinician(R)
        self.gp2 = clinician(R)
        self.system = R.choice(SYSTEMS[self.nation])
        h = R.choice(HOSP[self.nation])
        self.hosp, self.trust, self.htown = h
        self.hosp_tel = phone(R)
        self.pharm = R.choice(PHARM) + ", " + self.town
        self.nok = (R.choice(["wife", "husband", "daughter", "son", "partner", "mother", "sister", "brother"]),
                    "%s %s" % (rname(R)[0], self.last if R.random() < .7 else R.choice(SURN)))
        if self.age < 16:
            self.nok = (R.choice(["mother", "father", "mother", "grandmother"]), "%s %s" % (rname(R)[0], self.last))

    # formatting helpers ---------------------------------------------------
    def d(self, date=None, style=None):
        return fdate(date or self.date, style or self.dstyle)

    def days(self, n):
        return self.date + dt.timedelta(days=n)

    def dob_s(self, style=None):
        return self.d(self.dob, style)

    def name(self, style=None):
        st = style or self.R.choice(['full', 'upper', 'comma', 'title', 'plain'])
        mid = (" " + self.middle) if self.middle else ""
        t = self.title
        if st == 'full':
            return ("%s %s%s %s" % (t, self.first, mid, self.last)).strip()
        if st == 'upper':
            return ("%s %s%s %s" % (t, self.first, mid, self.last.upper())).strip()
        if st == 'comma':
            return "%s, %s%s%s" % (self.last.upper(), self.first, mid, (" (%s)" % t) if t else "")
        if st == 'title':
            return ("%s %s" % (t, self.last)).strip() if t else "%s %s" % (self.first, self.last)
        return "%s %s" % (self.first, self.last)

    def pid(self, style=None):
        """National patient identifier."""
        if self.nation == 'S':
            return ("CHI No: " if style != 'bare' else "") + self.chi
        return ("NHS No: " if style != 'bare' else "") + self.nhs

    def idlabel(self):
        return "CHI" if self.nation == 'S' else "NHS Number"

    def idval(self):
        return self.chi if self.nation == 'S' else self.nhs

    def address(self, sep=", "):
        return sep.join(self.addr + [self.pc])

    def he(self, m, f):
        return m if self.sex == 'M' else f

    def sexw(self):
        return self.he("Male", "Female")

    def gp_block(self):
        return [self.gp, self.prac] + self.prac_addr + [self.prac_pc]

    def hosp_block(self):
        R = self.R
        return [self.trust if R.random() < .6 else self.hosp, self.hosp, R.choice(["Infirmary Road", "Hospital Lane", "Crossways", "Western Avenue", "Heol y Gors", "Ladywell Road"]), self.htown, postcode(R, self.nation),
                "Tel: " + self.hosp_tel]

    def commissioner(self):
        y = self.date.year
        if self.nation == 'S':
            return "NHS Strathallan"
        if self.nation == 'W':
            return "Bro Derwen University Health Board" if y >= 2009 else "Derwenshire Local Health Board"
        town = self.town
        if y < 2013:
            return "%s Primary Care Trust" % town
        if y < 2022:
            return "NHS %s Clinical Commissioning Group" % town
        return "NHS Wexshire and %s Integrated Care Board" % town


def checkbox(R, on):
    style = R.choice([("[X]", "[ ]"), ("[x]", "[ ]"), ("X", "_"), ("(✓)", "( )"), ("|X|", "|_|"), ("☒", "☐")])
    return style[0] if on else style[1]


def wrap(text, width=78, indent=""):
    out, line = [], indent
    for w in text.split():
        if len(line) + len(w) + 1 > width and line.strip():
            out.append(line.rstrip())
            line = indent
        line += w + " "
    if line.strip():
        out.append(line.rstrip())
    return out


def sentence_join(parts):
    return " ".join(p.strip() for p in parts if p and p.strip())


def fill(doc, s):
    m = doc.sex == 'M'
    return (s.replace("{he}", "he" if m else "she").replace("{He}", "He" if m else "She")
             .replace("{his}", "his" if m else "her").replace("{His}", "His" if m else "Her")
             .replace("{him}", "him" if m else "her").replace("{man}", "man" if m else "woman")
             .replace("{gent}", "gentleman" if m else "lady"))


# --------------------------------------------------------------------------
# Clinical scenarios.  Each keeps diagnosis, findings and drugs consistent.
# --------------------------------------------------------------------------
C = {}


def cond(key, **kw):
    kw['key'] = key
    kw.setdefault('ages', (25, 90))
    kw.setdefault('labs', {})
    kw.setdefault('admit', False)
    C[key] = kw


cond('t2dm', dx="Type 2 diabetes mellitus", read="C10F.", spec="Diabetes and Endocrinology",
     pc="tiredness, thirst and passing urine more often",
     hpi="Reports 6-8 weeks of polydipsia and polyuria, nocturia x3. Feels tired all the time. No weight loss reported. FH: mother had diabetes.",
     exam="BMI 33.1. BP 142/86. Urine dip: glucose ++, ketones neg. Feet: pulses palpable, monofilament intact bilaterally.",
     meds=[("Metformin 500mg tablets", "ONE tablet THREE times a day with food", "84"),
           ("Atorvastatin 20mg tablets", "ONE at night", "28"),
           ("Ramipril 2.5mg capsules", "ONE daily", "28")],
     plan=["Structured education (DESMOND) referral", "Retinal screening referral", "Repeat HbA1c 3/12", "Dietary advice given"],
     labs={'HbA1c': (56, 92), 'Glucose': (9, 16)}, img=None, ages=(38, 85))
cond('htn', dx="Essential hypertension", read="G20..", spec="General Medicine",
     pc="raised blood pressure readings at pharmacy",
     hpi="Home BP readings averaging 158/96 over 7 days. Asymptomatic. No headache, visual disturbance or chest pain. Ex-smoker.",
     exam="BP 164/98 (R arm), 160/96 repeat. HS normal. No ankle oedema. Fundi not examined.",
     meds=[("Amlodipine 5mg tablets", "ONE daily", "28"), ("Atorvastatin 20mg tablets", "ONE at night", "28")],
     plan=["ABPM arranged", "U&E, lipids, HbA1c, urine ACR", "ECG", "QRISK3 calculated", "Review with results 4/52"],
     labs={}, img=None, ages=(40, 88))
cond('asthma', dx="Asthma", read="H33..", spec="Respiratory Medicine",
     pc="wheeze and night-time cough",
     hpi="Worsening wheeze over 2 weeks after a cold, waking at night coughing 3-4 nights a week. Using blue inhaler 4-5 times a day. No fever.",
     exam="Speaking full sentences. RR 18. Sats 97% RA. Chest: scattered expiratory wheeze bilaterally, good air entry. PEFR 310 L/min (best 450).",
     meds=[("Salbutamol 100micrograms/dose inhaler CFC free", "TWO puffs when required", "1 x 200 dose"),
           ("Clenil Modulite 100micrograms/dose inhaler", "TWO puffs TWICE a day", "1 x 200 dose"),
           ("Prednisolone 5mg tablets", "SIX tablets each morning for 5 days", "30")],
     plan=["Inhaler technique checked", "Asthma action plan updated", "Review in 2 weeks, sooner if worse"],
     labs={}, img='cxr_normal', ages=(8, 70))
cond('copd', dx="Chronic obstructive pulmonary disease", read="H3...", spec="Respiratory Medicine",
     pc="increased breathlessness and green sputum",
     hpi="Known COPD (FEV1 48% predicted). 4 days increased SOB, sputum now green and more copious. 40 pack-year history, still smokes 10/day.",
     exam="Sats 91% RA. RR 22. T 37.6. Chest: reduced air entry bilaterally, coarse crackles right base, expiratory wheeze.",
     meds=[("Tiotropium 18microgram inhalation powder capsules", "ONE capsule inhaled ONCE daily", "30"),
           ("Fostair 100/6 inhaler", "TWO puffs TWICE daily", "1 x 120 dose"),
           ("Salbutamol 100micrograms/dose inhaler", "TWO puffs when required", "1 x 200 dose"),
           ("Doxycycline 100mg capsules", "TWO on day 1 then ONE daily", "8")],
     plan=["Rescue pack issued", "Smoking cessation advice given", "Pulmonary rehab referral", "Sputum sent"],
     labs={'CRP': (20, 90), 'WBC': (11.2, 15.5)}, img='cxr_copd', ages=(50, 88), admit=True)
cond('af', dx="Atrial fibrillation", read="G573.", spec="Cardiology",
     pc="palpitations and breathlessness",
     hpi="3 days of intermittent palpitations, 'heart racing', mild breathlessness on stairs. No chest pain or syncope. Drinks 20 units/week.",
     exam="Pulse 118 irregularly irregular. BP 138/82. HS irregular, no murmur. Chest clear. No oedema.",
     meds=[("Apixaban 5mg tablets", "ONE tablet TWICE a day", "56"), ("Bisoprolol 2.5mg tablets", "ONE daily", "28")],
     plan=["CHA2DS2-VASc 3, ORBIT 1 - anticoagulation discussed and started", "TFTs, U&E, FBC", "Echo requested", "Review rate control 2/52"],
     labs={}, img='echo_af', ages=(55, 92), admit=True, ecg='af')
cond('angina', dx="Stable angina", read="G33..", spec="Cardiology",
     pc="chest tightness on exertion",
     hpi="2 months of central chest tightness walking uphill, relieved by rest within 5 minutes. No rest pain. Smoker, FH of IHD (father MI aged 58).",
     exam="BP 148/88. Pulse 76 regular. HS normal. Chest clear. BMI 29.",
     meds=[("Aspirin 75mg dispersible tablets", "ONE daily", "28"), ("Atorvastatin 80mg tablets", "ONE at night", "28"),
           ("Glyceryl trinitrate 400micrograms/dose sublingual spray", "ONE or TWO sprays under the tongue when required", "1"),
           ("Bisoprolol 2.5mg tablets", "ONE daily", "28")],
     plan=["Rapid access chest pain clinic referral", "ECG", "Bloods inc lipids, HbA1c", "Advised 999 if pain at rest > 15 min"],
     labs={'Cholesterol': (5.8, 7.6)}, img=None, ages=(45, 85), ecg='lvh_or_normal', proc='angiogram')
cond('cap', dx="Community acquired pneumonia", read="H2...", spec="Acute Medicine",
     pc="fever, productive cough and right-sided chest pain",
     hpi="5 days of productive cough, rusty sputum, fevers and rigors, pleuritic right chest pain. Off food. Lives alone.",
     exam="T 38.6. HR 108. BP 112/68. RR 24. Sats 92% RA. Bronchial breathing and coarse crackles R base. Dull to percussion R base.",
     meds=[("Amoxicillin 500mg capsules", "ONE capsule THREE times a day for 5 days", "15"),
           ("Clarithromycin 500mg tablets", "ONE tablet TWICE a day", "10"),
           ("Paracetamol 500mg tablets", "TWO tablets FOUR times a day when required", "32")],
     plan=["CURB-65 = 2", "IV antibiotics as per Trust guideline", "Repeat CXR 6 weeks"],
     labs={'CRP': (120, 290), 'WBC': (14, 21), 'Neutrophils': (11, 18), 'Urea': (7.9, 11)}, img='cxr_pneumonia', ages=(45, 92), admit=True)
cond('cellulitis', dx="Cellulitis of left lower leg", read="M03..", spec="Acute Medicine",
     pc="red, hot, swollen left shin",
     hpi="3 days of spreading redness left shin after a scratch from a rose bush. Painful. Feels shivery. Type 2 diabetic.",
     exam="T 37.9. Left shin: erythema 12 x 9 cm, warm, tender, margin marked with pen. No crepitus. No abscess. Toe web: tinea.",
     meds=[("Flucloxacillin 500mg capsules", "TWO capsules FOUR times a day for 7 days", "56"),
           ("Paracetamol 500mg tablets", "TWO tablets up to FOUR times a day", "32")],
     plan=["Margin marked", "Leg elevation", "Safety-netted re spreading redness / fever", "Review 48h"],
     labs={'CRP': (40, 140), 'WBC': (11, 15)}, img=None, ages=(30, 90), admit=True)
cond('depression', dx="Depressive episode", read="E2B..", spec="Psychiatry",
     pc="low mood and poor sleep",
     hpi="Low mood for about 3 months following redundancy. Early morning waking, poor concentration, loss of interest. PHQ-9 17. Passive thoughts that life not worth living, no plans or intent. Protective factors: children.",
     exam="Appropriately dressed, good eye contact, tearful at times. Speech normal rate. Mood low, affect congruent. No psychotic features. Insight intact.",
     meds=[("Sertraline 50mg tablets", "ONE tablet each morning", "28")],
     plan=["Self-referral to talking therapies (IAPT) info given", "Crisis numbers given", "Review 2 weeks", "Fit note 4 weeks"],
     labs={}, img=None, ages=(18, 75))
cond('oa_knee', dx="Osteoarthritis of right knee", read="N05..", spec="Trauma and Orthopaedics",
     pc="right knee pain",
     hpi="2-3 years of worsening right knee pain, now limiting walking to 200 yards, disturbed sleep. Paracetamol and topical NSAID not helping.",
     exam="R knee: varus deformity, small effusion, crepitus, ROM 5-100 degrees, medial joint line tenderness. Ligaments stable.",
     meds=[("Co-codamol 30mg/500mg tablets", "ONE or TWO tablets FOUR times a day when required", "100"),
           ("Naproxen 500mg tablets", "ONE tablet TWICE a day with food", "56"),
           ("Omeprazole 20mg gastro-resistant capsules", "ONE daily", "28")],
     plan=["Physiotherapy referral", "Weight loss advice", "X-ray knee weight bearing", "Consider ortho referral if no improvement"],
     labs={}, img='xr_knee_oa', ages=(55, 88), op='tkr', proc='knee_injection')
cond('gallstones', dx="Symptomatic gallstones / biliary colic", read="J661.", spec="General Surgery",
     pc="right upper quadrant pain after fatty food",
     hpi="Recurrent episodes of RUQ/epigastric pain radiating to the back after meals, lasting 2-4 hours. No jaundice. Last episode 1 week ago.",
     exam="BMI 31. Abdo soft, tender RUQ, Murphy's sign negative today. No jaundice.",
     meds=[("Co-codamol 30mg/500mg tablets", "TWO tablets FOUR times a day when required", "30"),
           ("Omeprazole 20mg gastro-resistant capsules", "ONE daily", "28")],
     plan=["USS abdomen", "LFTs", "General surgical referral for consideration of lap chole", "Low fat diet advice"],
     labs={'ALP': (140, 260), 'Bilirubin': (18, 30)}, img='us_gallstones', ages=(30, 75), op='lap_chole')
cond('appendicitis', dx="Acute appendicitis", read="J18..", spec="General Surgery",
     pc="abdominal pain moving to right iliac fossa",
     hpi="24h of central abdominal pain that has moved to the RIF. Anorexia, nausea, vomited x2. Pain worse on coughing and walking.",
     exam="T 37.8. HR 104. Abdo: tender RIF with guarding, rebound tenderness, Rovsing's positive.",
     meds=[("Co-amoxiclav 625mg tablets", "ONE tablet THREE times a day for 5 days", "15"),
           ("Paracetamol 500mg tablets", "TWO tablets FOUR times a day", "32")],
     plan=["Surgical admission", "NBM", "IV fluids", "Bloods, group and save"],
     labs={'CRP': (45, 160), 'WBC': (12, 17)}, img='us_appendix', ages=(12, 45), admit=True, op='appendicectomy')
cond('nof', dx="Fractured neck of femur (left)", read="S30..", spec="Trauma and Orthopaedics",
     pc="fall at home, unable to weight bear",
     hpi="Tripped on rug at home, landed on left hip. Unable to get up, found by neighbour. Left leg shortened and externally rotated. No head injury, no LOC.",
     exam="Left leg shortened and externally rotated. Pain on any hip movement. Distal NV intact. AMTS 8/10.",
     meds=[("Alendronic acid 70mg tablets", "ONE tablet ONCE a WEEK", "4"),
           ("Adcal-D3 chewable tablets", "ONE tablet TWICE a day", "56"),
           ("Enoxaparin 40mg/0.4ml injection", "40mg SC ONCE daily for 28 days", "28")],
     plan=["Analgesia, fascia iliaca block", "Ortho-geriatric review", "Theatre on next available list", "Falls assessment"],
     labs={'Hb': (98, 118)}, img='xr_hip_nof', ages=(70, 97), admit=True, op='hemiarthroplasty')
cond('hypothyroid', dx="Hypothyroidism", read="C04..", spec="Diabetes and Endocrinology",
     pc="tiredness and weight gain",
     hpi="Several months of tiredness, feeling cold, dry skin, weight gain 5kg, constipation. Periods heavier.",
     exam="Dry skin. Pulse 58 regular. No goitre. Reflexes slow-relaxing.",
     meds=[("Levothyroxine sodium 50microgram tablets", "ONE tablet each morning", "28")],
     plan=["Start levothyroxine 50mcg", "Repeat TFT 6-8 weeks", "Explained lifelong treatment, medical exemption form"],
     labs={'TSH': (12, 48), 'Free T4': (5.5, 10.5)}, img=None, ages=(25, 85), sex=None)
cond('uti', dx="Urinary tract infection", read="K190.", spec="Urology",
     pc="burning on passing urine",
     hpi="3 days dysuria, frequency, urgency. No loin pain, no fever, no vaginal discharge. Not pregnant.",
     exam="Apyrexial. Abdo soft, mild suprapubic tenderness. No renal angle tenderness. Urine dip: leucocytes +++, nitrites +, blood +.",
     meds=[("Nitrofurantoin 100mg modified-release capsules", "ONE capsule TWICE a day for 3 days", "6")],
     plan=["MSU sent", "Fluids", "Return if fever or loin pain"],
     labs={}, img=None, ages=(18, 80), sex='F')
cond('hf', dx="Heart failure with reduced ejection fraction", read="G58..", spec="Cardiology",
     pc="worsening breathlessness and ankle swelling",
     hpi="2 weeks worsening SOB, now on minimal exertion, 3-pillow orthopnoea, PND. Ankles swollen to knees. Weight up 4kg.",
     exam="JVP raised 5cm. Bibasal crackles. Pitting oedema to knees. HR 96. BP 118/72. Sats 93% RA.",
     meds=[("Furosemide 40mg tablets", "ONE tablet each morning", "28"), ("Bisoprolol 5mg tablets", "ONE daily", "28"),
           ("Ramipril 5mg capsules", "ONE daily", "28"), ("Spironolactone 25mg tablets", "ONE daily", "28")],
     plan=["NT-proBNP", "Echo", "Daily weights", "HF nurse referral"],
     labs={'NT-proBNP': (2100, 9800), 'Creatinine': (110, 160)}, img='echo_lvsd', ages=(60, 93), admit=True, ecg='lbbb')
cond('ida', dx="Iron deficiency anaemia", read="D00..", spec="Gastroenterology",
     pc="tiredness and breathlessness",
     hpi="Tiredness and breathlessness on exertion over 3 months. Change in bowel habit to looser stools. No PR bleeding seen. Weight stable.",
     exam="Pale conjunctivae. Abdo soft non-tender, no masses. PR: no mass, brown stool.",
     meds=[("Ferrous fumarate 210mg tablets", "ONE tablet TWICE a day", "56")],
     plan=["Suspected lower GI cancer 2WW referral", "FIT test", "Coeliac serology"],
     labs={'Hb': (82, 104), 'MCV': (66, 77), 'Ferritin': (3, 11)}, img=None, ages=(55, 88), proc='colonoscopy')
cond('dyspepsia', dx="Dyspepsia", read="J16y4", spec="Gastroenterology",
     pc="indigestion and heartburn",
     hpi="2 months epigastric burning, worse after meals and lying flat. No dysphagia, no weight loss, no vomiting, no melaena. Takes ibuprofen for back.",
     exam="Abdo soft, mild epigastric tenderness. No masses. Not anaemic clinically.",
     meds=[("Omeprazole 20mg gastro-resistant capsules", "ONE daily before breakfast", "28"),
           ("Gaviscon Advance liquid", "10ml after meals and at bedtime", "500ml")],
     plan=["Stop NSAIDs", "H. pylori stool antigen", "FBC", "Review 4-8 weeks; OGD if persistent"],
     labs={}, img=None, ages=(35, 80), proc='ogd')
cond('tia', dx="Transient ischaemic attack", read="G65..", spec="Stroke Medicine",
     pc="episode of right arm weakness and slurred speech",
     hpi="Yesterday 20 minute episode of right arm weakness and slurred speech, fully resolved. No headache. Hypertensive, smoker.",
     exam="BP 162/94. Pulse regular. Neuro exam normal today. No carotid bruits.",
     meds=[("Clopidogrel 75mg tablets", "ONE daily", "28"), ("Atorvastatin 80mg tablets", "ONE at night", "28"),
           ("Aspirin 300mg dispersible tablets", "ONE daily for 14 days then stop", "14")],
     plan=["TIA clinic referral (within 24h)", "Aspirin 300mg given", "Advised not to drive 1 month"],
     labs={}, img='ct_head_normal', ages=(50, 90), admit=False)
cond('breast_lump', dx="Breast lump (left)", read="1A4..", spec="Breast Surgery",
     pc="lump in left breast",
     hpi="Noticed a lump in the left breast 3 weeks ago in the shower. Not painful. No nipple discharge. No FH breast cancer.",
     exam="Left breast: 2cm firm, irregular, mobile lump upper outer quadrant. No skin tethering. No axillary lymphadenopathy. Right breast normal.",
     meds=[], plan=["Suspected breast cancer 2WW referral", "Leaflet given"],
     labs={}, img='mammo', ages=(35, 80), sex='F', path='breast_core')
cond('ckd', dx="Chronic kidney disease stage 3a", read="1Z13.", spec="Renal Medicine",
     pc="CKD monitoring",
     hpi="Routine review. eGFR stable around 50 for 2 years. Hypertensive. No urinary symptoms.",
     exam="BP 136/80. No oedema.",
     meds=[("Ramipril 5mg capsules", "ONE daily", "28"), ("Atorvastatin 20mg tablets", "ONE at night", "28")],
     plan=["Annual U&E, ACR", "Avoid NSAIDs", "BP target <140/90"],
     labs={'Creatinine': (115, 140), 'eGFR': (46, 58), 'Urea': (8, 11)}, img='us_renal', ages=(55, 90))
cond('migraine', dx="Migraine without aura", read="F262.", spec="Neurology",
     pc="recurrent headaches",
     hpi="Recurrent unilateral throbbing headaches 3-4 times a month with nausea and photophobia, lasting up to a day. No red flags. On combined pill.",
     exam="BP 118/74. Fundi normal. Cranial nerves intact. No focal neurology.",
     meds=[("Sumatriptan 50mg tablets", "ONE at onset, may repeat after 2 hours, max 2 in 24h", "6"),
           ("Propranolol 40mg tablets", "ONE tablet TWICE a day", "56")],
     plan=["Headache diary", "Stop combined pill - switch to POP", "Review 8 weeks"],
     labs={}, img=None, ages=(18, 55), sex='F')
cond('carpal', dx="Carpal tunnel syndrome (right)", read="F3400", spec="Trauma and Orthopaedics",
     pc="tingling in right hand at night",
     hpi="Numbness and tingling in thumb, index and middle fingers right hand, waking at night, shakes hand to relieve. Dropping things.",
     exam="Phalen's positive R. Tinel's positive R. Mild thenar wasting. Sensation reduced median distribution.",
     meds=[], plan=["Wrist splint at night", "Nerve conduction studies", "Ortho/hand surgery referral"],
     labs={}, img=None, ages=(35, 80), op='ctr', proc='ncs')
cond('bcc', dx="Basal cell carcinoma (left cheek)", read="B33..", spec="Dermatology",
     pc="non-healing spot on cheek",
     hpi="Pearly lesion left cheek enlarging over a year, occasionally bleeds. Outdoor worker.",
     exam="8mm pearly nodule with rolled edge and telangiectasia, central ulceration, left cheek.",
     meds=[], plan=["Routine dermatology referral (low risk BCC)", "Sun protection advice"],
     labs={}, img=None, ages=(55, 90), op='bcc_excision', path='skin_bcc')
cond('lbp', dx="Low back pain with sciatica", read="N142.", spec="Trauma and Orthopaedics",
     pc="low back pain radiating down left leg",
     hpi="3 weeks low back pain after lifting, pain shooting down back of left leg to foot. No saddle anaesthesia, no bladder or bowel change.",
     exam="Reduced lumbar flexion. SLR L 40 degrees with positive sciatic stretch. Power 5/5. Reflexes intact. Sensation intact. No saddle anaesthesia.",
     meds=[("Naproxen 500mg tablets", "ONE tablet TWICE a day with food", "28"),
           ("Amitriptyline 10mg tablets", "ONE to TWO at night", "28"),
           ("Omeprazole 20mg gastro-resistant capsules", "ONE daily", "28")],
     plan=["Cauda equina safety netting given verbally and leaflet", "Physio self-referral", "Keep active", "Fit note 2 weeks"],
     labs={}, img='mri_lumbar', ages=(25, 70))
cond('bph', dx="Lower urinary tract symptoms / benign prostatic hyperplasia", read="K20..", spec="Urology",
     pc="poor urinary stream and getting up at night",
     hpi="Hesitancy, poor stream, terminal dribbling and nocturia x3. IPSS 19. No haematuria.",
     exam="Abdo soft, bladder not palpable. DRE: smooth, moderately enlarged prostate, benign feeling.",
     meds=[("Tamsulosin 400microgram modified-release capsules", "ONE daily", "28"),
           ("Finasteride 5mg tablets", "ONE daily", "28")],
     plan=["PSA after counselling", "Frequency volume chart", "Urology referral if no improvement"],
     labs={'PSA': (2.1, 5.5)}, img='us_renal', ages=(55, 88), sex='M', op='turp', path='prostate_chips')
cond('hernia', dx="Right inguinal hernia", read="J30..", spec="General Surgery",
     pc="lump in right groin",
     hpi="Lump in right groin for 6 months, more noticeable on standing and lifting, aching at end of day. Reducible.",
     exam="Reducible right inguinal hernia, cough impulse present. Left side normal. Testes normal.",
     meds=[], plan=["Routine general surgical referral", "Advised re strangulation symptoms"],
     labs={}, img=None, ages=(30, 80), sex='M', op='hernia')
cond('otitis', dx="Acute otitis media", read="F52..", spec="Paediatrics",
     pc="earache and fever",
     hpi="2 days right earache, fever up to 38.5, pulling at ear. Eating less, drinking OK. Coryzal.",
     exam="T 38.1. Alert, well hydrated. R TM red and bulging. L TM normal. Throat mildly injected. Chest clear.",
     meds=[("Amoxicillin 250mg/5ml oral suspension", "5ml THREE times a day for 5 days", "100ml"),
           ("Paracetamol 120mg/5ml oral suspension", "5ml up to FOUR times a day", "100ml")],
     plan=["Delayed antibiotic script", "Regular analgesia", "Safety net advice re sepsis/meningitis"],
     labs={}, img=None, ages=(1, 9))
cond('eczema', dx="Atopic eczema", read="M111.", spec="Dermatology",
     pc="itchy dry skin",
     hpi="Flare of eczema in flexures over 2 weeks, scratching at night. Uses aqueous cream. No signs of infection reported.",
     exam="Dry excoriated patches antecubital and popliteal fossae. No weeping or crusting.",
     meds=[("Zerobase cream", "Apply liberally and often", "500g"),
           ("Hydrocortisone 1% cream", "Apply thinly TWICE a day to affected areas for 7 days", "30g")],
     plan=["Stop aqueous cream (irritant)", "Emollient as soap substitute", "Review 2 weeks"],
     labs={}, img=None, ages=(1, 12))

ADULT_CHRONIC = ['t2dm', 'htn', 'asthma', 'copd', 'af', 'angina', 'hypothyroid', 'hf', 'ckd', 'depression', 'oa_knee']
ADMITTABLE = [k for k, v in C.items() if v['admit']]
GP_CONDS = [k for k in C if k not in ('appendicitis', 'nof')]

# --------------------------------------------------------------------------
# Laboratory tests: name -> (unit, lo, hi, decimals, EMIS-style term)
# --------------------------------------------------------------------------
TESTS = {
    'Hb': ("g/L", 130, 170, 0, "Haemoglobin estimation"),
    'WBC': ("x10^9/L", 4.0, 11.0, 1, "Total white cell count"),
    'Platelets': ("x10^9/L", 150, 400, 0, "Platelet count"),
    'MCV': ("fL", 80, 100, 1, "Mean corpuscular volume"),
    'Neutrophils': ("x10^9/L", 2.0, 7.5, 1, "Neutrophil count"),
    'Lymphocytes': ("x10^9/L", 1.5, 4.0, 1, "Lymphocyte count"),
    'Sodium': ("mmol/L", 133, 146, 0, "Serum sodium"),
    'Potassium': ("mmol/L", 3.5, 5.3, 1, "Serum potassium"),
    'Urea': ("mmol/L", 2.5, 7.8, 1, "Serum urea level"),
    'Creatinine': ("umol/L", 59, 104, 0, "Serum creatinine"),
    'eGFR': ("mL/min/1.73m2", 90, 120, 0, "eGFR using creatinine (CKD-EPI)"),
    'Bilirubin': ("umol/L", 0, 21, 0, "Serum bilirubin level"),
    'ALT': ("U/L", 0, 40, 0, "Serum alanine aminotransferase level"),
    'ALP': ("U/L", 30, 130, 0, "Serum alkaline phosphatase"),
    'Albumin': ("g/L", 35, 50, 0, "Serum albumin"),
    'TSH': ("mU/L", 0.27, 4.2, 2, "Serum TSH level"),
    'Free T4': ("pmol/L", 12.0, 22.0, 1, "Serum free T4 level"),
    'Cholesterol': ("mmol/L", 0, 5.0, 1, "Serum cholesterol"),
    'HDL': ("mmol/L", 1.0, 2.2, 1, "Serum HDL cholesterol level"),
    'LDL': ("mmol/L", 0, 3.0, 1, "Serum LDL cholesterol level"),
    'Triglycerides': ("mmol/L", 0, 1.7, 1, "Serum triglycerides"),
    'HbA1c': ("mmol/mol", 20, 41, 0, "Haemoglobin A1c level - IFCC standardised"),
    'Glucose': ("mmol/L", 3.0, 6.0, 1, "Plasma glucose level"),
    'CRP': ("mg/L", 0, 5, 0, "Serum C reactive protein level"),
    'Ferritin': ("ug/L", 15, 300, 0, "Serum ferritin"),
    'B12': ("ng/L", 197, 771, 0, "Serum vitamin B12"),
    'Folate': ("ug/L", 3.9, 26.8, 1, "Serum folate"),
    'PSA': ("ug/L", 0, 4.0, 2, "Prostate specific antigen level"),
    'NT-proBNP': ("ng/L", 0, 400, 0, "N-terminal pro-brain natriuretic peptide level"),
    'INR': ("", 0.8, 1.2, 1, "International normalised ratio"),
}
PANELS = {
    'Full Blood Count': ['Hb', 'WBC', 'Platelets', 'MCV', 'Neutrophils', 'Lymphocytes'],
    'Urea & Electrolytes': ['Sodium', 'Potassium', 'Urea', 'Creatinine', 'eGFR'],
    'Liver Function Tests': ['Bilirubin', 'ALT', 'ALP', 'Albumin'],
    'Thyroid Function': ['TSH', 'Free T4'],
    'Lipid Profile': ['Cholesterol', 'HDL', 'LDL', 'Triglycerides'],
    'HbA1c': ['HbA1c'],
    'C Reactive Protein': ['CRP'],
    'Haematinics': ['Ferritin', 'B12', 'Folate'],
    'PSA': ['PSA'],
    'NT-proBNP': ['NT-proBNP'],
    'Fasting Glucose': ['Glucose'],
}
PANEL_FOR = {'HbA1c': 'HbA1c', 'Glucose': 'Fasting Glucose', 'CRP': 'C Reactive Protein', 'WBC': 'Full Blood Count',
             'Neutrophils': 'Full Blood Count', 'Hb': 'Full Blood Count', 'MCV': 'Full Blood Count',
             'Ferritin': 'Haematinics', 'TSH': 'Thyroid Function', 'Free T4': 'Thyroid Function',
             'Creatinine': 'Urea & Electrolytes', 'eGFR': 'Urea & Electrolytes', 'Urea': 'Urea & Electrolytes',
             'ALP': 'Liver Function Tests', 'Bilirubin': 'Liver Function Tests', 'Cholesterol': 'Lipid Profile',
             'PSA': 'PSA', 'NT-proBNP': 'NT-proBNP'}


def lab_value(doc, test, bias):
    R = doc.R
    unit, lo, hi, dec, term = TESTS[test]
    if test == 'Hb' and doc.sex == 'F':
        lo, hi = 115, 165
    if test in bias:
        v = R.uniform(*bias[test])
    elif test == 'eGFR':
        v = R.uniform(62, 95)
    elif test in ('CRP', 'Bilirubin', 'ALT', 'PSA', 'NT-proBNP', 'Triglycerides'):
        v = R.uniform(lo if lo else hi * 0.1, hi * 0.9)
    elif test == 'Cholesterol':
        v = R.uniform(3.6, 6.2)
    elif test == 'LDL':
        v = R.uniform(1.6, 3.8)
    else:
        span = hi - lo
        v = R.uniform(lo + span * 0.1, hi - span * 0.1)
    if test == 'PSA' and doc.sex == 'F':
        v = 0.01
    v = round(v, dec)
    flag = ""
    if v > hi and hi:
        flag = "H"
    elif v < lo:
        flag = "L"
    if test == 'eGFR':
        flag = "L" if v < 60 else ""
        s = ">90" if v >= 90 else str(int(v))
    elif test in ('CRP',) and v < 5:
        s = "<5" if R.random() < .4 else str(int(v))
    else:
        s = ("%d" % v) if dec == 0 else ("%.*f" % (dec, v))
    if lo == 0:
        rng = "<%s" % hi
    elif test == 'eGFR':
        rng = ">60"
    else:
        rng = "%s - %s" % (lo, hi)
    return s, unit, rng, flag, term


def panels_for(doc, n=None):
    R = doc.R
    bias = doc.cond['labs'] if doc.cond else {}
    names = []
    for t in bias:
        p = PANEL_FOR.get(t)
        if p and p not in names:
            names.append(p)
    extra = ['Full Blood Count', 'Urea & Electrolytes', 'Liver Function Tests', 'Thyroid Function', 'Lipid Profile', 'HbA1c', 'C Reactive Protein']
    R.shuffle(extra)
    for p in extra:
        if len(names) >= (n or R.randint(2, 5)):
            break
        if p not in names:
            names.append(p)
    if doc.sex == 'F' and 'PSA' in names:
        names.remove('PSA')
    return names, bias


# --------------------------------------------------------------------------
# Imaging
# --------------------------------------------------------------------------
IMG = {
    'cxr_normal': dict(exam="XR Chest PA", mod="Plain film", ind="Cough and wheeze. ?infection",
                       find="The heart size is normal. The lungs are clear. No pleural effusion or pneumothorax. No focal consolidation. The hila and mediastinum are unremarkable. Bony structures intact.",
                       concl="Normal chest radiograph."),
    'cxr_copd': dict(exam="XR Chest", mod="Plain film", ind="Exacerbation COPD, sats 91%, crackles R base",
                     find="The lungs are hyperexpanded with flattened hemidiaphragms, in keeping with COPD. Patchy airspace shadowing at the right base. No effusion. Heart size within normal limits.",
                     concl="Hyperinflation. Right basal consolidation likely infective.", cond='copd'),
    'cxr_pneumonia': dict(exam="XR Chest AP (mobile)", mod="Plain film", ind="Fever, productive cough, R basal crackles. ?pneumonia",
                          find="Dense airspace consolidation in the right lower zone with air bronchograms. Blunting of the right costophrenic angle suggesting a small effusion. Left lung clear. Heart not enlarged.",
                          concl="Right lower lobe pneumonia with small parapneumonic effusion. Suggest follow-up film in 6 weeks to confirm resolution.", cond='cap'),
    'xr_knee_oa': dict(exam="XR Right Knee (weight bearing AP and lateral)", mod="Plain film", ind="Chronic R knee pain, ?OA",
                       find="Marked loss of medial tibiofemoral joint space with subchondral sclerosis and marginal osteophytes. Moderate patellofemoral degenerative change. Small suprapatellar effusion. No fracture.",
                       concl="Moderate to severe osteoarthritis of the right knee, predominantly medial compartment.", cond='oa_knee'),
    'us_gallstones': dict(exam="US Abdomen", mod="Ultrasound", ind="RUQ pain after fatty meals. ?gallstones",
                          find="The gallbladder contains multiple mobile calculi, the largest measuring 14mm. The gallbladder wall is not thickened (2mm). No pericholecystic fluid. CBD measures 5mm. Liver normal in size and echotexture. Pancreas partially obscured by bowel gas. Both kidneys normal. Spleen 10cm.",
                          concl="Cholelithiasis without evidence of acute cholecystitis. Non-dilated CBD.", cond='gallstones'),
    'us_appendix': dict(exam="US Abdomen and Pelvis", mod="Ultrasound", ind="RIF pain, raised CRP. ?appendicitis",
                        find="In the right iliac fossa there is a blind-ending non-compressible tubular structure measuring 9mm in diameter with surrounding echogenic fat and a small amount of free fluid. Ovaries (if applicable) and uterus unremarkable.",
                        concl="Appearances consistent with acute appendicitis.", cond='appendicitis'),
    'xr_hip_nof': dict(exam="XR Pelvis and Left Hip", mod="Plain film", ind="Fall, shortened externally rotated L leg",
                       find="There is a displaced intracapsular fracture of the left femoral neck (Garden IV). No other fracture seen. Degenerative changes lower lumbar spine. Vascular calcification.",
                       concl="Displaced intracapsular fracture left neck of femur.", cond='nof'),
    'echo_lvsd': dict(exam="Transthoracic Echocardiogram", mod="Echocardiography", ind="Breathlessness, oedema, raised NT-proBNP",
                      find="LV dilated (LVIDd 6.2cm) with global hypokinesia. Biplane EF 32%. Moderate functional mitral regurgitation. LA dilated. RV normal size, TAPSE 1.7cm. Estimated PASP 42mmHg. IVC dilated with reduced collapse. No pericardial effusion.",
                      concl="Moderately to severely impaired LV systolic function (EF ~32%). Moderate MR. Findings consistent with heart failure with reduced ejection fraction.", cond='hf'),
    'echo_af': dict(exam="Transthoracic Echocardiogram", mod="Echocardiography", ind="New AF",
                    find="Rhythm AF throughout study. LV normal size with normal systolic function, visual EF 55-60%. Mildly dilated LA (LA volume index 38ml/m2). Mild MR. Aortic valve trileaflet, no stenosis. RV normal. No pericardial effusion.",
                    concl="Preserved LV function. Mildly dilated left atrium. No significant valve disease.", cond='af'),
    'ct_head_normal': dict(exam="CT Head (non-contrast)", mod="CT", ind="Transient R arm weakness and dysarthria, resolved",
                           find="No intracranial haemorrhage. No established territorial infarct. Mild periventricular white matter low attenuation in keeping with small vessel disease. Ventricles and sulci appropriate for age. No mass lesion. Bones and sinuses unremarkable.",
                           concl="No acute intracranial abnormality. Mild small vessel disease.", cond='tia'),
    'mri_lumbar': dict(exam="MRI Lumbar Spine", mod="MRI", ind="LBP with L sciatica, 6 weeks, not settling",
                       find="Normal lumbar lordosis. Conus terminates at L1. Disc desiccation L4/5 and L5/S1. At L5/S1 there is a left paracentral disc extrusion contacting and posteriorly displacing the traversing left S1 nerve root. L4/5 broad-based disc bulge without significant canal stenosis. Facet joints unremarkable.",
                       concl="Left paracentral disc extrusion at L5/S1 compressing the left S1 nerve root, concordant with symptoms.", cond='lbp'),
    'us_renal': dict(exam="US Urinary Tract", mod="Ultrasound", ind="CKD 3a / LUTS. Assess kidneys and bladder",
                     find="Right kidney 10.1cm, left kidney 10.4cm, both with mildly thinned cortex and increased echogenicity. No hydronephrosis. No calculi. Bladder pre-void volume 320ml, post-void residual 85ml. Prostate (where applicable) estimated volume 48ml.",
                     concl="Bilateral small echogenic kidneys consistent with chronic medical renal disease. No obstruction."),
    'mammo': dict(exam="Bilateral Mammogram and Left Breast Ultrasound", mod="Mammography/US", ind="2WW - L breast lump UOQ",
                  find="Mammography: Scattered fibroglandular density. In the left upper outer quadrant there is an irregular spiculated mass measuring 19mm. No suspicious microcalcification. Right breast normal. Ultrasound: corresponding 18 x 15mm irregular hypoechoic mass with posterior acoustic shadowing at 2 o'clock, 6cm from nipple. Left axilla: normal appearing nodes.",
                  concl="Left breast 2 o'clock mass: U5/M5 - highly suspicious of malignancy. US-guided core biopsy performed (see separate report).", cond='breast_lump'),
    'xr_wrist': dict(exam="XR Left Wrist", mod="Plain film", ind="FOOSH, deformity L wrist",
                     find="There is a transverse fracture of the distal radius with dorsal angulation and dorsal displacement of the distal fragment. Associated ulnar styloid fracture. No intra-articular extension identified.",
                     concl="Dorsally angulated distal radial fracture (Colles type) with ulnar styloid fracture."),
    'dexa': dict(exam="DXA Scan (lumbar spine and hip)", mod="Bone densitometry", ind="Previous fragility fracture. Osteoporosis risk",
                 find="L1-L4 BMD 0.812 g/cm2, T-score -2.8, Z-score -1.1. Left total hip BMD 0.701 g/cm2, T-score -2.3. Left femoral neck T-score -2.6.",
                 concl="Osteoporosis at the lumbar spine and femoral neck. Suggest treatment as per NOGG guidance."),
    'us_pelvis': dict(exam="US Pelvis (transabdominal and transvaginal)", mod="Ultrasound", ind="Heavy periods. ?fibroids", sex='F',
                      find="Uterus anteverted, bulky, measuring 11.2 x 6.1 x 7.0cm. Two intramural fibroids, fundal 32mm and posterior 18mm. Endometrium 9mm, regular. Both ovaries normal. No free fluid.",
                      concl="Bulky fibroid uterus. Normal ovaries."),
}

# --------------------------------------------------------------------------
# Operations
# --------------------------------------------------------------------------
OPS = {
    'lap_chole': dict(title="Laparoscopic cholecystectomy", cond='gallstones', spec="General Surgery", anaes="GA",
                      ind="Symptomatic gallstones", pos="Supine, reverse Trendelenburg, left tilt",
                      inc="Open Hasson port at umbilicus. Pneumoperitoneum 12mmHg. 10mm epigastric and two 5mm right subcostal ports under vision.",
                      steps=["Fundus retracted cephalad, Hartmann's pouch laterally.", "Calot's triangle dissected. Critical view of safety achieved.",
                             "Cystic duct and artery clipped (2 proximal, 1 distal) and divided.", "Gallbladder dissected off liver bed with diathermy.",
                             "Haemostasis checked. Washout. Gallbladder retrieved in bag via umbilical port."],
                      find="Chronically inflamed, thick-walled gallbladder with multiple stones. Some omental adhesions to fundus. Normal liver.",
                      close="Umbilical sheath 0 PDS J-needle. Skin 4/0 Monocryl subcuticular. LA to port sites (20ml 0.5% bupivacaine).",
                      ebl="minimal", spec_sent="Gallbladder for histology", path='gallbladder',
                      postop=["Eat and drink when ready", "Home today if well", "Regular analgesia", "Clips/sutures: absorbable", "No routine follow-up; histology to GP"]),
    'appendicectomy': dict(title="Laparoscopic appendicectomy", cond='appendicitis', spec="General Surgery", anaes="GA",
                           ind="Acute appendicitis", pos="Supine, Trendelenburg, left tilt",
                           inc="Open umbilical port. 5mm suprapubic and 5mm LIF ports.",
                           steps=["Appendix identified, adherent to caecum.", "Mesoappendix divided with diathermy.",
                                  "Base secured with 2 Endoloops, appendix divided and removed in bag.", "Pelvis washed out with 2L warm saline."],
                           find="Acutely inflamed, non-perforated appendix, retrocaecal. Small amount of turbid fluid in pelvis. Normal terminal ileum; no Meckel's.",
                           close="Sheath 0 PDS. Skin 3/0 Monocryl subcuticular. Dermabond.", ebl="<20ml", spec_sent="Appendix", path='appendix',
                           postop=["Co-amoxiclav IV 24h then stop", "Free fluids, diet as tolerated", "Likely discharge tomorrow"]),
    'tkr': dict(title="Right total knee replacement (cemented)", cond='oa_knee', spec="Trauma and Orthopaedics", anaes="Spinal + sedation",
                ind="End-stage OA right knee", pos="Supine, thigh tourniquet 300mmHg, side support and foot bolster",
                inc="Midline skin incision, medial parapatellar arthrotomy.",
                steps=["Osteophytes excised, ACL and menisci excised.", "Intramedullary femoral guide, 5 degrees valgus, distal femoral cut 9mm.",
                       "Extramedullary tibial guide, proximal tibial cut.", "Balanced flexion and extension gaps with trial components.",
                       "Components cemented: Femur size 5, Tibia size 4, 10mm poly insert. Patella not resurfaced.", "Washout. Tourniquet released, haemostasis."],
                find="Tricompartmental OA, bone on bone medially.", close="Arthrotomy 1 Vicryl, subcut 2/0 Vicryl, skin clips. Wool and crepe.",
                ebl="200ml", spec_sent="None", path=None,
                postop=["Full weight bearing with physio", "Enoxaparin 40mg OD for 14 days", "Check X-ray", "Clips out 12-14 days at GP practice nurse", "Clinic 6 weeks"]),
    'hemiarthroplasty': dict(title="Left hip cemented hemiarthroplasty", cond='nof', spec="Trauma and Orthopaedics", anaes="Spinal",
                             ind="Displaced intracapsular fracture L NOF", pos="Right lateral decubitus",
                             inc="Lateral approach (modified Hardinge).",
                             steps=["Anterior third gluteus medius and vastus lateralis elevated.", "Capsulotomy, femoral head extracted, measured 47mm.",
                                    "Femoral neck cut. Canal prepared.", "Cemented stem with 47mm unipolar head.", "Reduced, stable through full range."],
                             find="Displaced subcapital fracture.", close="Capsule and abductors repaired with 1 Vicryl. Skin clips.",
                             ebl="350ml", spec_sent="Femoral head (bone bank declined - discarded)", path=None,
                             postop=["FWB as pain allows", "Hip precautions not required with this approach", "LMWH 28 days", "Check Hb day 1", "Orthogeriatric follow up"]),
    'ctr': dict(title="Right open carpal tunnel decompression", cond='carpal', spec="Trauma and Orthopaedics", anaes="LA (10ml 1% lidocaine)",
                ind="Right carpal tunnel syndrome, confirmed on NCS", pos="Supine, arm table, tourniquet 250mmHg",
                inc="Longitudinal incision in line with radial border ring finger.",
                steps=["Palmar fascia divided.", "Transverse carpal ligament divided under direct vision distal to proximal.", "Median nerve seen to be decompressed."],
                find="Thickened ligament. Nerve flattened with hourglass constriction.", close="4/0 nylon interrupted. Bulky dressing.",
                ebl="nil", spec_sent="None", path=None,
                postop=["Elevate hand 48h", "Finger exercises", "ROS at GP surgery 10-14 days", "No follow-up needed"]),
    'hernia': dict(title="Right open inguinal hernia repair (Lichtenstein mesh)", cond='hernia', spec="General Surgery", anaes="GA (LMA)",
                   ind="Symptomatic right inguinal hernia", pos="Supine",
                   inc="Right groin skin crease incision.",
                   steps=["External oblique aponeurosis opened, ilioinguinal nerve identified and preserved.", "Cord mobilised. Indirect sac dissected off cord and reduced.",
                          "Posterior wall assessed.", "Polypropylene mesh 7.5 x 15cm fixed with 2/0 Prolene to inguinal ligament and conjoint tendon, tails around cord."],
                   find="Indirect inguinal hernia, moderate size sac. Posterior wall reasonable.", close="EO 2/0 Vicryl. Scarpa's 3/0 Vicryl. Skin 4/0 Monocryl subcuticular. LA infiltrated.",
                   ebl="minimal", spec_sent="None", path=None,
                   postop=["Day case discharge", "No heavy lifting 4-6 weeks", "Driving when able to do emergency stop"]),
    'bcc_excision': dict(title="Excision of lesion left cheek with primary closure", cond='bcc', spec="Dermatology", anaes="LA (2% lidocaine with adrenaline 3ml)",
                         ind="Clinically BCC left cheek", pos="Supine",
                         inc="Elliptical excision with 4mm margins orientated along RSTL.",
                         steps=["Excised to subcutaneous fat.", "Specimen orientated with suture at 12 o'clock.", "Undermined, haemostasis with bipolar."],
                         find="8mm nodular lesion.", close="5/0 Prolene interrupted.", ebl="minimal", spec_sent="Skin ellipse L cheek - histology", path='skin_bcc',
                         postop=["Keep dry 48h", "ROS 5-7 days at GP practice", "Results to GP and patient by letter"]),
    'turp': dict(title="Transurethral resection of prostate (bipolar)", cond='bph', spec="Urology", anaes="Spinal",
                 ind="LUTS / BPH refractory to medical therapy", pos="Lithotomy",
                 inc="26Fr resectoscope passed per urethra under vision.",
                 steps=["Urethra normal. Bilobar prostatic enlargement, no median lobe.", "Bladder: moderate trabeculation, no tumour or stones. Ureteric orifices normal.",
                        "Resection from bladder neck to verumontanum, preserving sphincter.", "Chips evacuated with Ellik. Haemostasis.", "22Fr 3-way catheter, irrigation commenced."],
                 find="Bilobar obstructing prostate, moderate trabeculation.", close="N/A", ebl="estimated 150ml", spec_sent="Prostatic chips 24g", path='prostate_chips',
                 postop=["Irrigation until clear", "TWOC day 2", "Avoid straining"]),
}

# --------------------------------------------------------------------------
# Procedures (bedside / diagnostic)
# --------------------------------------------------------------------------
PROCS = {
    'colonoscopy': dict(title="Colonoscopy", cond='ida', ind="Iron deficiency anaemia, change in bowel habit (2WW)",
                        sed="Midazolam 2mg IV, fentanyl 50mcg IV. Entonox offered",
                        body="Digital rectal exam normal. Scope inserted to caecum, identified by appendix orifice and ileocaecal valve; terminal ileum intubated. Bowel prep: Boston score 7. Withdrawal time 9 minutes.",
                        find="15mm sessile polyp in ascending colon removed by hot snare en bloc (Paris 0-Is). Tattoo placed distally. Mild sigmoid diverticulosis. No other lesion.",
                        outcome="Polyp retrieved and sent for histology. Haemostasis satisfactory.", comp="None", path='colon_polyp',
                        rec=["Await histology", "Continue oral iron", "Surveillance colonoscopy depending on histology", "Return to GP"]),
    'ogd': dict(title="Oesophago-gastro-duodenoscopy (OGD)", cond='dyspepsia', ind="Persistent dyspepsia despite PPI, age >55",
                sed="Throat spray (xylocaine) only", body="Scope passed under direct vision. Oesophagus, stomach and D2 examined. Retroflexion performed.",
                find="Oesophagus: LA grade A oesophagitis, Z-line at 38cm, no Barrett's. Stomach: antral erythema, CLO test taken. Duodenum: normal to D2.",
                outcome="CLO test: positive at 1 hour. Biopsies antrum x2 and body x2.", comp="None",
                rec=["H. pylori eradication therapy", "Continue PPI 8 weeks then step down", "No repeat OGD required"]),
    'knee_injection': dict(title="Intra-articular steroid injection, right knee", cond='oa_knee', ind="OA right knee, awaiting orthopaedic review",
                           sed="N/A", body="Verbal consent obtained after discussion of risks (infection, flare, skin depigmentation, fat atrophy). Aseptic no-touch technique. Superolateral approach.",
                           find="Small amount of straw-coloured fluid aspirated (5ml).", outcome="40mg triamcinolone (Kenalog) + 3ml 1% lidocaine injected. Batch no recorded.",
                           comp="None. Tolerated well. Observed 30 mins", rec=["Rest joint 24-48h", "Seek help urgently if hot swollen joint or fever"]),
    'lp': dict(title="Lumbar puncture", cond=None, ind="Sudden severe headache 14 hours ago, CT head normal. ?SAH", ages=(20, 60),
               sed="LA 1% lidocaine 5ml", body="Left lateral position. L3/4 space. Aseptic technique. 22G Quincke needle, first pass. Opening pressure 18 cmH2O.",
               find="Clear CSF. 4 bottles collected (sequential).", outcome="Samples to lab for cell count, protein, glucose (paired serum glucose sent), xanthochromia (protected from light), MC&S.",
               comp="None", rec=["Lie flat if headache", "Analgesia PRN", "Chase xanthochromia"]),
    'chest_drain': dict(title="Chest drain insertion (Seldinger)", cond='cap', ind="Enlarging right parapneumonic effusion, pH 7.1 on diagnostic tap",
                        sed="LA 1% lidocaine 10ml", body="Ultrasound-guided, site marked 5th ICS mid-axillary line in triangle of safety. Aseptic technique. 12Fr Seldinger drain inserted, first pass.",
                        find="Turbid straw-coloured fluid drained, 600ml initially.", outcome="Drain sutured and dressed. Swinging and bubbling: swinging, not bubbling. Post-procedure CXR: drain tip in good position.",
                        comp="None", rec=["Do not clamp", "Max 1.5L in first hour", "Daily drain review", "Fluid sent: MC&S, LDH, protein, cytology"]),
    'cvc': dict(title="Central venous catheter insertion", cond=None, ind="Vasopressor requirement / poor peripheral access", ages=(40, 85),
                sed="LA 1% lidocaine 5ml", body="Right internal jugular vein. Real-time ultrasound guidance. Full aseptic technique (hat, mask, gown, gloves, chlorhexidine, full drape). Seldinger technique. 15cm quad-lumen catheter.",
                find="Vein patent and compressible. Venous blood aspirated from all lumens, flushed.", outcome="Sutured at 15cm. Tegaderm. CXR: tip at cavo-atrial junction, no pneumothorax. Guidewire removed and confirmed.",
                comp="None", rec=["OK to use", "Daily line review (VIP score)"]),
    'bronch': dict(title="Flexible bronchoscopy", cond=None, ind="Persistent right upper lobe collapse, ex-smoker. ?endobronchial lesion", ages=(50, 85),
                   sed="Midazolam 3mg IV, alfentanil 250mcg; lidocaine 2% to cords", body="Nasal route. Vocal cords normal, mobile. Trachea and carina normal. Left bronchial tree normal to subsegmental level.",
                   find="Right upper lobe bronchus: exophytic friable lesion occluding the apical segment.", outcome="Endobronchial biopsies x5, brushings and washings taken.",
                   comp="Minor bleeding, settled with cold saline", rec=["Await histology", "Discuss at lung MDT", "Nil by mouth 1 hour (throat anaesthetised)"]),
    'angiogram': dict(title="Coronary angiography", cond='angina', ind="Stable angina, positive functional test",
                      sed="Local anaesthetic; midazolam 1mg", body="Right radial approach, 6Fr sheath. Heparin 5000 units and verapamil via sheath. TIG catheter.",
                      find="LMS: normal. LAD: 80% stenosis proximal. LCx: minor irregularities. RCA: dominant, 40% mid vessel. LV function good.",
                      outcome="Single vessel disease. Proceeded to PCI LAD with 1 x 3.0 x 18mm DES, good result TIMI 3 flow.", comp="None. TR band applied",
                      rec=["DAPT: aspirin 75mg lifelong + ticagrelor 90mg bd for 12 months", "Cardiac rehab referral", "Driving: no driving for 1 week"]),
    'ncs': dict(title="Nerve conduction studies / EMG - upper limbs", cond='carpal', ind="?Right carpal tunnel syndrome",
                sed="N/A", body="Standard motor and sensory studies both upper limbs. Skin temperature >32C. Concentric needle EMG R abductor pollicis brevis.",
                find="R median distal motor latency 6.2ms (ref <4.2), CMAP amplitude reduced. R median sensory (digit 2) SNAP 6uV, conduction velocity 34 m/s across wrist. R ulnar studies normal. L median mildly prolonged DML 4.4ms. EMG R APB: few fibrillation potentials, reduced recruitment.",
                outcome="Evidence of a right median neuropathy at the wrist of moderate-severe degree (with axonal features). Mild left CTS.", comp="None",
                rec=["Surgical decompression would be appropriate on the right"]),
    'coil': dict(title="Insertion of intrauterine contraceptive device", cond=None, ind="Contraception (patient choice)", sex='F', ages=(20, 45),
                 sed="N/A - instillagel offered", body="Chaperone present. Pregnancy test negative. STI screen negative (date). Bimanual: uterus anteverted, normal size, non-tender. Speculum: cervix healthy. Tenaculum applied. Uterus sounded to 7cm.",
                 find="Copper IUD (T-Safe 380A) inserted without difficulty. Threads trimmed to 3cm.", outcome="Patient well post procedure. BP 112/70.", comp="None. Mild vasovagal, settled",
                 rec=["Check threads after next period", "Device licensed for 10 years", "Return if pain, fever, discharge or cannot feel threads"]),
    'ascitic_tap': dict(title="Abdominal paracentesis (therapeutic)", cond=None, ind="Tense ascites, alcohol-related cirrhosis", ages=(40, 75),
                        sed="LA 1% lidocaine 5ml", body="Ultrasound-guided, left iliac fossa. Aseptic technique. Bonanno catheter inserted.",
                        find="Straw-coloured fluid. Diagnostic sample sent (cell count, MC&S, albumin).", outcome="6 litres drained over 5 hours. 20% HAS 100ml per 2L drained.",
                        comp="None", rec=["Remove drain within 6 hours", "U&E tomorrow", "Low salt diet"]),
    'cryo': dict(title="Cryotherapy - viral warts / seborrhoeic keratoses", cond=None, ind="Symptomatic seborrhoeic keratosis catching on clothing", ages=(30, 85),
                 sed="N/A", body="Verbal consent. Liquid nitrogen via cryospray.", find="Lesion 1cm, back.", outcome="2 freeze-thaw cycles of 10 seconds.",
                 comp="None", rec=["Blister may form", "Keep clean and dry", "Review 3 weeks if required"]),
    'joint_shoulder': dict(title="Subacromial steroid injection, left shoulder", cond=None, ind="Subacromial impingement, failed physio", ages=(40, 80),
                           sed="N/A", body="Consent: risks of infection, post-injection flare, tendon rupture, facial flushing, blood sugar rise discussed. Posterior approach.",
                           find="Easy flow, no resistance.", outcome="Depo-Medrone 40mg + lidocaine 1% 4ml injected. Pain improved immediately (confirming placement).",
                           comp="None", rec=["Relative rest 48h", "Continue physio exercises", "Max 3 injections per year"]),
}

# --------------------------------------------------------------------------
# Pathology specimens
# --------------------------------------------------------------------------
PATH = {
    'skin_bcc': dict(spec="Skin ellipse, left cheek", clin="Pearly nodule L cheek ?BCC. Excision 4mm margins. Suture 12 o'clock.",
                     macro="Skin ellipse 22 x 9 x 6mm bearing a pale nodular lesion 8 x 7mm, 6mm from nearest margin. Suture marks 12 o'clock. Margins inked: 12-3 blue, 3-6 black, 6-12 green. Serially sliced, all embedded in 5 cassettes (A-E).",
                     micro="Sections show a nodular basal cell carcinoma composed of islands of basaloid cells with peripheral palisading and retraction artefact, arising from the epidermis. Focal ulceration. Maximum dimension 7.5mm; thickness 2.1mm. No perineural or lymphovascular invasion. Peripheral margin clearance 2.4mm (9 o'clock). Deep margin clearance 2.8mm.",
                     concl="Skin, left cheek, excision: Nodular basal cell carcinoma, completely excised. Peripheral margin 2.4mm, deep margin 2.8mm.",
                     snomed="T02120 M80903", cond='bcc'),
    'gallbladder': dict(spec="Gallbladder", clin="Lap chole for symptomatic gallstones",
                        macro="Opened gallbladder 78 x 30mm, wall thickness up to 4mm. Mucosa velvety green. Contains 14 yellow faceted stones up to 12mm. Cystic duct node not identified. Representative sections in 2 cassettes.",
                        micro="The gallbladder wall shows chronic inflammation, Rokitansky-Aschoff sinuses and mural fibrosis. There is no dysplasia or malignancy.",
                        concl="Gallbladder: chronic cholecystitis and cholelithiasis. No dysplasia or malignancy.", snomed="T57000 M43000", cond='gallstones'),
    'appendix': dict(spec="Appendix", clin="Lap appendicectomy. Acutely inflamed appendix",
                     macro="Appendix 68mm long, 9mm diameter, serosa dull and congested with fibrinous exudate. No perforation. Lumen contains a faecolith. Tip and representative transverse sections, 1 cassette.",
                     micro="There is transmural acute inflammation with mucosal ulceration and serositis. No evidence of neoplasia.",
                     concl="Appendix: acute suppurative appendicitis with periappendicitis. No evidence of malignancy.", snomed="T66000 M41000", cond='appendicitis'),
    'colon_polyp': dict(spec="Polyp, ascending colon (hot snare)", clin="IDA. 15mm sessile polyp ascending colon, snared en bloc",
                        macro="Polypoid fragment 14 x 10 x 6mm. Diathermised base inked. Bisected, all embedded.",
                        micro="Sections show a tubular adenoma with low-grade dysplasia. No high-grade dysplasia or invasive malignancy. The diathermised base is free of adenoma.",
                        concl="Ascending colon polyp: tubular adenoma, low-grade dysplasia, completely excised.", snomed="T67200 M82110", cond='ida'),
    'breast_core': dict(spec="Left breast core biopsy x3 (2 o'clock, 14G US-guided)", clin="L breast U5 mass 18mm UOQ", sex='F',
                        macro="Three cores of pale tissue, 12-16mm, all embedded.",
                        micro="The cores contain invasive carcinoma of no special type (ductal NST), provisional grade 2 (tubules 3, pleomorphism 2, mitoses 1). No DCIS seen. Lymphovascular invasion not identified in this sample. ER positive (Allred 8/8), PR positive (Allred 7/8). HER2 IHC 1+ (negative).",
                        concl="Left breast, 2 o'clock, core biopsy: INVASIVE CARCINOMA NST, grade 2 (provisional). ER+ PR+ HER2 negative. B5b.", snomed="T04000 M85003", cond='breast_lump'),
    'prostate_chips': dict(spec="Prostatic chips (TURP)", clin="TURP for BPH. PSA 4.1", sex='M',
                           macro="Multiple fragments of rubbery tan tissue weighing 24g in aggregate. 8 cassettes embedded (approx 12g).",
                           micro="Sections show nodular hyperplasia of glandular and stromal elements with patchy chronic inflammation. Basal cells are preserved. No evidence of malignancy in the material examined.",
                           concl="Prostatic chips: benign nodular hyperplasia. No evidence of malignancy.", snomed="T77100 M72000", cond='bph'),
    'cervical': dict(spec="Cervical sample (liquid based cytology, ThinPrep)", clin="Routine call. LMP 2 weeks ago. No symptoms.", sex='F',
                     macro="LBC vial received.", micro="hrHPV: NOT detected.", concl="HPV negative. Return to routine recall (3 or 5 years as per age).",
                     snomed="T83000", cond=None),
    'endometrial': dict(spec="Endometrial pipelle biopsy", clin="Postmenopausal bleeding, endometrium 6mm on TVUS", sex='F',
                        macro="Multiple fragments of haemorrhagic tissue, 10 x 8 x 2mm aggregate. All embedded.",
                        micro="Fragments of inactive/atrophic endometrium with scanty stroma. No hyperplasia or malignancy identified.",
                        concl="Endometrial biopsy: atrophic endometrium. No hyperplasia or malignancy.", snomed="T84000 M58000", cond=None),
}

ALLERGIES = ["No known drug allergies", "NKDA", "Penicillin - rash", "Penicillin (anaphylaxis)", "Codeine - vomiting",
             "Trimethoprim - rash", "Elastoplast", "Latex", "Clarithromycin - GI upset", "None known", "No known allergies",
             "Sulphonamides"]
BG_PMH = ["Hypertension", "Type 2 diabetes", "Hypercholesterolaemia", "Osteoarthritis", "Hypothyroidism", "Asthma (childhood)",
          "Appendicectomy 1978", "TAH 1996", "Cholecystectomy 2002", "Depression", "GORD", "Gout", "CKD stage 3a",
          "Left cataract extraction", "Benign prostatic hyperplasia", "Osteoporosis", "Previous MI 2009", "COPD", "AF",
          "Tonsillectomy as child", "Hiatus hernia", "Diverticular disease", "Migraine", "Anxiety"]
BG_MEDS = [("Omeprazole 20mg capsules", "ONE daily"), ("Simvastatin 40mg tablets", "ONE at night"), ("Amlodipine 5mg tablets", "ONE daily"),
           ("Ramipril 5mg capsules", "ONE daily"), ("Levothyroxine 100microgram tablets", "ONE each morning"),
           ("Paracetamol 500mg tablets", "TWO up to FOUR times a day"), ("Lansoprazole 30mg capsules", "ONE daily"),
           ("Bendroflumethiazide 2.5mg tablets", "ONE each morning"), ("Aspirin 75mg dispersible tablets", "ONE daily"),
           ("Citalopram 20mg tablets", "ONE daily"), ("Allopurinol 100mg tablets", "ONE daily"), ("Lisinopril 10mg tablets", "ONE daily"),
           ("Doxazosin 4mg tablets", "ONE daily"), ("Mirtazapine 15mg tablets", "ONE at night"), ("Adcal-D3 chewable tablets", "ONE twice daily"),
           ("Senna 7.5mg tablets", "TWO at night"), ("Cetirizine 10mg tablets", "ONE daily when required"), ("Losartan 50mg tablets", "ONE daily")]
SOCIAL = ["Lives with {nok}. Independent with ADLs. Non-smoker. Alcohol 6 units/week.",
          "Lives alone in bungalow, carers BD. Ex-smoker 20 pack years. No alcohol.",
          "Lives with partner and 2 children. Works as a {job}. Smokes 10/day. Alcohol ~14u/wk.",
          "Retired {job}. Lives with wife/husband. Mobilises with stick. Never smoked.",
          "Lives in residential care home. Mobilises with frame. Non smoker.",
          "Works as a {job}. Lives with parents. Social drinker. Vapes."]
JOBS = ["bus driver", "teacher", "nurse", "joiner", "shop assistant", "civil servant", "farmer", "electrician", "care worker",
        "accountant", "miner", "steelworker", "HGV driver", "postman", "hairdresser", "IT consultant", "chef", "cleaner"]


def social(doc):
    R = doc.R
    if doc.age < 16:
        return "Lives with %s and siblings. Attends %s. No smokers in household." % (
            R.choice(["mum", "both parents", "mum and dad", "grandparents"]), R.choice(["nursery", "primary school", "childminder"]))
    s = R.choice(SOCIAL).replace("{nok}", doc.nok[0]).replace("{job}", R.choice(JOBS))
    if doc.age > 75 and "Works" in s:
        s = "Retired. Lives with %s. Independent. Non-smoker." % doc.nok[0]
    return s


def pmh_list(doc, n=None):
    R = doc.R
    n = n if n is not None else R.randint(0, 4)
    pool = [x for x in BG_PMH if not (doc.sex == 'M' and x == 'TAH 1996') and not (doc.sex == 'F' and 'prostat' in x)]
    if doc.age < 40:
        pool = [x for x in pool if x in ("Asthma (childhood)", "Migraine", "Anxiety", "Depression", "Tonsillectomy as child", "GORD")]
    return R.sample(pool, min(n, len(pool)))


def med_list(doc, with_cond=True, n_bg=None):
    """List of (drug, dose) consistent with condition plus background."""
    R = doc.R
    meds = []
    if with_cond and doc.cond:
        meds += [(m[0], m[1]) for m in doc.cond['meds']]
    if doc.age >= 18:
        n_bg = R.randint(0, 4) if n_bg is None else n_bg
        for m in R.sample(BG_MEDS, n_bg):
            if all(m[0].split()[0] != x[0].split()[0] for x in meds):
                meds.append(m)
    return meds


def allergy(doc):
    meds = " ".join(m[0] for m in doc.cond['meds']).lower() if doc.cond else ""
    pool = [a for a in ALLERGIES if not (("Penicillin" in a and any(x in meds for x in ("amoxi", "fluclox", "co-amox")))
                                         or ("Clarithro" in a and "clarithro" in meds) or ("Codeine" in a and "codamol" in meds)
                                         or ("Trimethoprim" in a and doc.cond and doc.cond['key'] == 'uti'))]
    return doc.R.choice(pool)


# --------------------------------------------------------------------------
# Shared page furniture
# --------------------------------------------------------------------------
def hosp_head(doc, dept=None):
    R = doc.R
    dept = dept or (doc.cond['spec'] if doc.cond else "General Medicine")
    s = R.randint(0, 4)
    if s == 0:
        return [doc.trust, doc.hosp, "Department of " + dept, R.choice(["Infirmary Road", "Hospital Lane", "Western Avenue"]) + ", " + doc.htown,
                postcode(R, doc.nation), "Tel: %s  Fax: %s" % (doc.hosp_tel, phone(R)), ""]
    if s == 1:
        return ["%s%s" % (doc.hosp.upper(), " " * R.randint(4, 20) + (doc.trust if R.random() < .5 else "")), dept, "Direct line: " + phone(R), ""]
    if s == 2:
        h = [doc.trust]
        if doc.nation == 'W' and R.random() < .6:
            h = ["Bwrdd Iechyd Prifysgol Bro Derwen", doc.trust]
        return h + ["%s | %s" % (doc.hosp, dept), "Secretary: %s %s  Tel %s" % (rname(R)[0], R.choice(SURN), phone(R)), ""]
    if s == 3:
        return ["", dept + " Outpatients", doc.hosp, doc.htown, ""]
    return [doc.hosp + " - " + dept, "-" * 40, ""]


def gp_head(doc):
    R = doc.R
    s = R.randint(0, 3)
    partners = ", ".join(sorted({doc.gp, doc.gp2, clinician(R)}))
    if s == 0:
        return [doc.prac.upper()] + doc.prac_addr + [doc.prac_pc, "Tel: %s   Fax: %s" % (doc.prac_tel, doc.prac_fax), ""]
    if s == 1:
        return [doc.prac, "Partners: " + partners, ", ".join(doc.prac_addr) + ", " + doc.prac_pc, "Telephone " + doc.prac_tel, ""]
    if s == 2:
        return ["%s%s%s" % (doc.prac, " " * 20, "Tel: " + doc.prac_tel), ", ".join(doc.prac_addr + [doc.prac_pc]),
                "Practice code: " + doc.prac_code, ""]
    return [" " * 30 + doc.prac, " " * 30 + doc.prac_addr[0], " " * 30 + doc.prac_addr[1] + "  " + doc.prac_pc, ""]


def re_line(doc):
    R = doc.R
    s = R.randint(0, 5)
    if s == 0:
        return ["Re: %s, DOB %s, %s" % (doc.name('full'), doc.dob_s(), doc.pid()), "    " + doc.address()]
    if s == 1:
        return ["RE: %s   D.O.B. %s   Hosp No: %s   %s: %s" % (doc.name('comma'), doc.dob_s(), doc.hospno, doc.idlabel(), doc.idval())]
    if s == 2:
        return ["Patient:  %s" % doc.name('upper'), "D.O.B:    %s" % doc.dob_s(), "%s %s" % (doc.idlabel() + ":", doc.idval()),
                "Address:  %s" % doc.address()]
    if s == 3:
        return [("%s - %s - %s" % (doc.name('upper'), doc.dob_s(), doc.idval())).upper()]
    if s == 4:
        return ["Re:  %s  (%s)" % (doc.name('full'), doc.dob_s()), "     " + ", ".join(doc.addr)]
    return ["Patient name: %s   Date of birth: %s" % (doc.name('plain'), doc.dob_s()), "%s: %s   MRN: %s" % (doc.idlabel(), doc.idval(), doc.hospno)]


def to_gp_block(doc):
    R = doc.R
    if R.random() < .3:
        return ["%s" % doc.gp, doc.prac, ", ".join(doc.prac_addr + [doc.prac_pc]), ""]
    return [doc.gp, doc.prac] + doc.prac_addr + [doc.prac_pc, ""]


def signoff(doc, author, role, dictated=True):
    R = doc.R
    lines = [""]
    lines.append(R.choice(["Yours sincerely", "Yours sincerely,", "Kind regards", "With best wishes", "Yours faithfully", "Best wishes"]))
    lines += ["", "", R.choice(["", "", "(signed electronically)", "pp "]) + author, role]
    if dictated and R.random() < .6:
        lines.append(R.choice(["Dictated but not checked", "Dictated but not signed to avoid delay", "Electronically verified",
                               "Dictated: %s  Typed: %s" % (doc.d(doc.days(R.randint(-9, -1))), doc.d()), ""]))
    if dictated and R.random() < .5:
        lines.append("%s/%s" % (initials(author), ''.join(R.choice("abcdefghjklmnprstw") for _ in range(2))))
    return lines


def cc_lines(doc, extra=None):
    R = doc.R
    out = []
    if R.random() < .7:
        out.append("")
        out.append(R.choice(["cc:", "CC:", "Copy to:", "c.c."]) + " " + R.choice(["Patient", doc.name('full'), "Patient (via post)", "Patient - " + doc.address()]))
        if extra:
            out.append("    " + extra)
    return out


def trust_footer(doc):
    R = doc.R
    return R.choice([[], ["", "Chair: %s %s   Chief Executive: %s %s" % (rname(R)[0], R.choice(SURN), rname(R)[0], R.choice(SURN))],
                     ["", "We are a smoke-free site. Please help us keep it that way."],
                     ["", "Please quote %s in all correspondence" % doc.hospno],
                     ["", "CONFIDENTIAL - MEDICAL IN CONFIDENCE"]])


def page_foot(doc, kind=None):
    R = doc.R
    k = kind or R.choice(['hosp', 'gp', 'none', 'both'])
    if k == 'none':
        return None
    st = R.randint(0, 3)
    nm = doc.name('comma')
    tm = "%02d:%02d" % (R.randint(8, 18), R.randint(0, 59))

    def f(i, n):
        opts = ["Page %d of %d" % (i, n), "- %d -" % i, "%s   %s   Page %d/%d" % (nm, doc.idval(), i, n),
                "Printed %s %s  Page %d" % (doc.d(), tm, i)]
        return [opts[st]]
    return f


def ptitle(R, options):
    """Optional document title: empty string sometimes."""
    t = R.choice(options)
    return [t, ""] if t else []


def med_table(doc, meds, style=None):
    R = doc.R
    style = style if style is not None else R.randint(0, 4)
    out = []
    if style == 0:
        out.append("%-45s %-40s" % ("Drug", "Dose / Directions"))
        for m in meds:
            out.append("%-45s %-40s" % (m[0], m[1]))
    elif style == 1:
        for i, m in enumerate(meds, 1):
            out.append("%d. %s - %s" % (i, m[0], m[1].lower()))
    elif style == 2:
        out.append("Medication | Dose | Route | Frequency | Status")
        for m in meds:
            out.append("%s | %s | %s | %s | %s" % (m[0].split(" ")[0], " ".join(m[0].split(" ")[1:2]), ("INH" if "inhal" in m[0] else "SC" if "injection" in m[0] else "TOP" if "cream" in m[0] else R.choice(["PO", "Oral"])),
                                                  m[1].lower(), R.choice(["Continued", "Continued", "New", "Changed", "Unchanged"])))
    elif style == 3:
        for m in meds:
            out.append("  %s" % m[0])
            out.append("      %s" % m[1])
    else:
        for m in meds:
            out.append("- %s, %s" % (m[0], m[1].lower()))
    return out


def emis_header(doc, title=None):
    R = doc.R
    s = R.randint(0, 2)
    if s == 0:
        h = [doc.prac, "%s  %s  DOB: %s  (%dy)  %s" % (doc.name('comma'), doc.sexw(), doc.dob_s('dMy'), doc.age, doc.pid()),
             "Address: " + doc.address(), "Usual GP: " + doc.gp]
    elif s == 1:
        h = ["Patient Details", "Name: %s" % doc.name('full'), "Date of Birth: %s   Gender: %s" % (doc.dob_s(), doc.sexw()),
             "%s: %s" % (doc.idlabel(), doc.idval()), "Home Tel: %s   Mobile: %s" % (doc.tel, doc.mob), "Registered GP: %s" % doc.gp]
    else:
        h = ["%s   %s   %s   %s" % (doc.name('upper'), doc.dob_s(), doc.sexw()[0], doc.idval())]
    if title:
        h = [title] + h
    return h + [""]


def gp_print_footer(doc):
    R = doc.R
    who = R.choice([doc.gp, "Receptionist", "Admin " + rname(R)[0], doc.gp2, "Medical secretary"])
    stamp = "%s %02d:%02d" % (doc.d(doc.days(R.randint(0, 400)), 'dMy'), R.randint(8, 18), R.randint(0, 59))

    def f(i, n):
        opts = [["Printed by %s on %s" % (who, stamp), "Page %d of %d" % (i, n)],
                ["CONFIDENTIAL: This document contains personal information   Page %d of %d" % (i, n)],
                ["%s  %s  %s - Page %d" % (doc.system, doc.prac, stamp, i)],
                ["%s  %s" % (doc.name('comma'), doc.idval()), "Page %d of %d      Printed: %s" % (i, n, stamp)]]
        return opts[hash_i(doc, 4)]
    return f


def hash_i(doc, n):
    if not hasattr(doc, '_hi'):
        doc._hi = doc.R.randint(0, 999)
    return doc._hi % n


def finish(doc, lines, pages=None, header=None, footer=None, noise=True):
    R = doc.R
    if pages:
        lines = paginate(R, lines, pages, header, footer)
    text = "\n".join(lines)
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    if noise:
        text = scan_noise(R, text, R.choices([0, 1, 2, 3], [40, 35, 20, 5])[0])
    return text.strip("\n") + "\n"


# --------------------------------------------------------------------------
# Inpatient courses (for discharge / transfer documents)
# --------------------------------------------------------------------------
COURSE = {
    'copd': ("Infective exacerbation of COPD",
             "Admitted via ED with increased breathlessness and purulent sputum. CXR showed hyperinflation with right basal consolidation. Treated with back-to-back nebulisers, prednisolone 30mg OD for 5 days and oral doxycycline. Target saturations 88-92%. Did not require NIV. Seen by the respiratory nurse specialist - inhaler technique reviewed and rescue pack explained. Mobilising independently on air at discharge.",
             "Please review in 2 weeks. Consider pulmonary rehab referral. Repeat CXR in 6 weeks to confirm resolution."),
    'af': ("New onset atrial fibrillation with fast ventricular response",
           "Presented with palpitations and breathlessness; ECG confirmed AF at 130-140 bpm. TFTs, electrolytes normal. Rate controlled with bisoprolol, titrated to 2.5mg. Echo: preserved LV function, mildly dilated LA. CHA2DS2-VASc 3 - commenced apixaban following discussion of risks and benefits. Heart rate 70-85 at rest at discharge.",
           "Please check U&E and FBC in 1 week (anticoagulation). Cardiology OPD 3 months to consider rhythm control."),
    'cap': ("Right lower lobe community acquired pneumonia (CURB-65 2)",
            "Admitted with fever, productive cough and pleuritic pain. CXR RLL consolidation with small effusion. CRP 220 on admission. Treated with IV co-amoxiclav and oral clarithromycin, stepped down to oral amoxicillin on day 3 as CRP falling and afebrile. Effusion not amenable to tap. Legionella and pneumococcal urinary antigens negative. Blood cultures no growth at 48h.",
            "Please arrange repeat CXR at 6 weeks to ensure resolution. No further hospital follow-up."),
    'cellulitis': ("Cellulitis left lower leg",
                   "Admitted with spreading erythema L shin despite oral antibiotics from GP. Treated with IV flucloxacillin for 48 hours with good response - erythema receded within marked margins. Switched to oral flucloxacillin to complete 7 days total. Tinea pedis treated with topical terbinafine. Blood glucose control reasonable.",
                   "Please review leg in 1 week. Advise emollients and treat tinea to reduce recurrence."),
    'appendicitis': ("Acute appendicitis - laparoscopic appendicectomy",
                     "Admitted under the surgical team with RIF pain, raised inflammatory markers and USS consistent with appendicitis. Underwent laparoscopic appendicectomy on the day of admission: acutely inflamed non-perforated appendix. Uneventful post-operative recovery, eating and drinking, mobilising, wounds clean.",
                     "Histology will be sent to GP. Wounds: absorbable sutures, no removal needed. No routine surgical follow-up."),
    'nof': ("Left displaced intracapsular fractured neck of femur - cemented hemiarthroplasty",
            "Admitted after a mechanical fall at home. Fascia iliaca block in ED. Underwent left cemented hemiarthroplasty on day 2 under spinal anaesthetic. Post-op Hb dropped to 86, transfused 1 unit. Mild post-operative delirium, settled. Reviewed by orthogeriatrics: bone health - commenced alendronic acid and calcium/vitamin D. Mobilising with frame and assistance of 1 with physiotherapy.",
            "Clips to be removed at day 14 by practice nurse/district nurse. Continue enoxaparin to complete 28 days. Fracture clinic 6 weeks. Please check Hb in 2 weeks."),
    'hf': ("Decompensated heart failure (new diagnosis, HFrEF EF 32%)",
           "Presented with worsening breathlessness, orthopnoea and peripheral oedema. NT-proBNP 6400. Echo: EF 32%, moderate functional MR. IV furosemide with good diuresis, weight down 5.2kg. Commenced bisoprolol, ramipril and spironolactone. Renal function stable (creatinine peak 148). Seen by heart failure nurse.",
           "Please check U&E in 1 week. HF nurse will titrate medications. Daily weights - patient advised to contact GP if weight increases >2kg in 3 days."),
    'gallstones': ("Biliary colic / symptomatic cholelithiasis - laparoscopic cholecystectomy",
                   "Elective admission for laparoscopic cholecystectomy. Straightforward procedure. Chronically inflamed gallbladder. Discharged same day after recovery, tolerating diet and passing urine.",
                   "Histology to GP. No routine follow-up. Return to normal activity over 2 weeks."),
    'oa_knee': ("Right knee osteoarthritis - elective right total knee replacement",
                "Elective admission. Right TKR under spinal anaesthetic without complication. Post op check X-ray satisfactory. Mobilised day 1 with physiotherapy, managing stairs with crutches by day 3. Wound clean and dry.",
                "Clips to be removed at 12-14 days by practice nurse. Enoxaparin 14 days. Outpatient physiotherapy arranged. Review in orthopaedic clinic at 6 weeks."),
    'bph': ("BPH with refractory LUTS - TURP",
            "Elective admission for bipolar TURP. Post-operative bladder irrigation for 24 hours, urine cleared. Successful trial without catheter on day 2 with post void residual 40ml.",
            "Stop tamsulosin. Histology to follow. Urology clinic 3 months with flow rate."),
    'hernia': ("Right inguinal hernia - open mesh repair (day case)",
               "Day case admission. Lichtenstein mesh repair under GA. Uncomplicated. Passed urine, eating and drinking, discharged home same day with a responsible adult.",
               "No follow-up required. Please see patient if any concerns regarding wound."),
    'angina': ("Stable angina - elective coronary angiogram and PCI to LAD",
               "Day case angiography via right radial. Single vessel disease - proximal LAD 80%, treated with one drug-eluting stent. Radial site satisfactory, TR band removed.",
               "DAPT for 12 months (do not stop ticagrelor without discussing with cardiology). Cardiac rehab referral made. DVLA: no driving 1 week."),
}


def discharge_meds(doc):
    R = doc.R
    meds = med_list(doc)
    if doc.cond['key'] == 'angina':
        meds = meds + [("Ticagrelor 90mg tablets", "ONE tablet TWICE a day for 12 months")]
    return meds


# --------------------------------------------------------------------------
# 1 DISCHARGE SUMMARY
# --------------------------------------------------------------------------
def gen_discharge_summary(R):
    key = R.choice(list(COURSE))
    doc = Doc(R, C[key])
    c = doc.cond
    dx, course, gpact = COURSE[key]
    los = R.randint(0, 1) if key in ('gallstones', 'hernia', 'angina') else R.randint(2, 12)
    adm = doc.days(-los)
    ward = R.choice(["Ward 7", "AMU", "Ward 22 (Respiratory)", "Beech Ward", "Day Surgery Unit", "Ward 4B", "Ward Cemlyn", "Ward 12 (Care of the Elderly)", "SAU"])
    cons = clinician(R, 'surgeon' if c['spec'] in ("General Surgery", "Trauma and Orthopaedics", "Urology") else 'cons')
    author = clinician(R)
    grade = R.choice(["FY1", "FY2", "CT1", "F1 Doctor", "Specialty Registrar", "ST2", "Junior Doctor", "Physician Associate"])
    meds = discharge_meds(doc)
    layout = R.randint(0, 6)
    L = []
    if layout == 0:   # Electronic discharge summary, structured
        L += hosp_head(doc, c['spec'])
        L += ptitle(R, ["DISCHARGE SUMMARY", "Electronic Discharge Summary", "TRANSFER OF CARE - DISCHARGE SUMMARY", "Discharge Notification", ""])
        L += ["Patient: %s    DOB: %s    Sex: %s" % (doc.name('upper'), doc.dob_s(), doc.sexw()),
              "%s: %s    Hospital No: %s" % (doc.idlabel(), doc.idval(), doc.hospno),
              "GP: %s, %s" % (doc.gp, doc.prac),
              "Admission date: %s    Discharge date: %s" % (doc.d(adm), doc.d()),
              "Method of admission: %s" % ("Day case" if los == 0 else "Elective" if key in ('gallstones', 'oa_knee', 'bph', 'hernia', 'angina') else R.choice(["Emergency - via ED", "Emergency - GP referral", "Emergency"])),
              "Ward: %s    Consultant: %s    Specialty: %s" % (ward, cons, c['spec']),
              "Discharge destination: %s" % R.choice(["Usual place of residence", "Home", "Home with package of care", "Residential home"]), ""]
        L += ["Primary diagnosis:", "  " + dx, "", "Co-morbidities:"] + ["  " + x for x in pmh_list(doc)] + [""]
        L += ["Presenting complaint:", "  " + c['pc'].capitalize(), "", "Clinical summary / Hospital course:"] + wrap(course, 88, "  ")
        L += ["", "Allergies / ADRs: " + allergy(doc), "", "Medications on discharge:"] + med_table(doc, meds, 2)
        L += ["", "Medication changes: " + R.choice(["See above - new medications marked NEW", "None", "As above"]), "",
              "Actions for GP:"] + wrap(gpact, 88, "  ")
        L += ["", "Information given to patient: " + R.choice(["Diagnosis explained, leaflet given", "Yes - verbal and written", "Patient aware of diagnosis and plan"]),
              "", "Completed by: %s (%s)   Bleep %d" % (author, grade, R.randint(1000, 9999)), "Date: " + doc.d()]
    elif layout == 1:  # dictated letter style
        L += hosp_head(doc, c['spec']) + to_gp_block(doc) + [doc.d(), ""]
        L += ["Dear %s," % R.choice(["Dr " + doc.gp.split()[-1], "Doctor", "Colleague", doc.gp]), ""] + re_line(doc) + [""]
        L += ["Admitted: %s   Discharged: %s" % (doc.d(adm), doc.d()), "", "Diagnosis: " + dx, ""]
        body = "This %d year old %s was admitted under the care of %s %s. %s" % (doc.age, fill(doc, "{gent}"), cons, R.choice(["", "on " + ward]), course)
        L += wrap(body, 80) + [""]
        L += ["Medication on discharge:"] + med_table(doc, meds, 1) + [""]
        L += wrap(gpact, 80) + signoff(doc, author, grade + " to " + cons) + cc_lines(doc)
    elif layout == 2:  # Scottish IDL / minimal TTO
        L += ["IMMEDIATE DISCHARGE %s" % R.choice(["LETTER", "DOCUMENT", "NOTIFICATION"]), doc.hosp + "  " + ward, ""]
        L += ["Name: %s" % doc.name('comma'), "CHI/NHS: %s" % doc.idval(), "DOB: %s" % doc.dob_s(), "GP: %s %s" % (doc.gp, doc.prac_code), ""]
        L += ["Adm %s  D/C %s  LOS %d days" % (doc.d(adm), doc.d(), los), "Diagnosis: " + dx, ""]
        L += ["Summary: " + course.split(". ")[0] + ". " + course.split(". ")[1] + "."]
        L += ["", "Drugs on discharge (supplied 14 days):"] + med_table(doc, meds, 3)
        L += ["", "Stopped: " + R.choice(["nil", "NSAIDs", "none", "Bendroflumethiazide - hyponatraemia"]), "Allergies: " + allergy(doc),
              "Follow up: " + gpact, "", "Dr: %s  Sig: ______  Pharm check: %s" % (author, initials(clinician(R)))]
    elif layout == 3:  # Welsh bilingual / tabular
        L += ["Crynodeb Rhyddhau / Discharge Summary" if doc.nation == 'W' else "Inpatient Discharge Summary", doc.trust, ""]
        tbl = [("Patient Name", doc.name('full')), ("Date of Birth", doc.dob_s()), (doc.idlabel(), doc.idval()), ("Unit No", doc.hospno),
               ("Address", doc.address()), ("Registered GP", doc.gp + ", " + doc.prac), ("Date of Admission", doc.d(adm)),
               ("Date of Discharge", doc.d()), ("Consultant", cons), ("Ward", ward)]
        for k, v in tbl:
            L.append("%-20s: %s" % (k, v))
        L += ["", "DIAGNOSIS", dx, "", "PROCEDURES", R.choice([dx.split(" - ")[-1] if " - " in dx else "None", "Nil"]), "",
              "SUMMARY OF ADMISSION"] + wrap(course, 85) + ["", "INVESTIGATIONS"]
        names, bias = panels_for(doc, 2)
        for pn in names:
            vals = ["%s %s" % (t, lab_value(doc, t, bias)[0]) for t in PANELS[pn]]
            L.append(pn + ": " + ", ".join(vals))
        L += ["", "DISCHARGE MEDICATION"] + med_table(doc, meds, 0) + ["", "FOLLOW UP ARRANGEMENTS"] + wrap(gpact, 85)
        L += ["", "Signed: %s   %s" % (author, grade)]
    elif layout == 4:  # day-case style / short
        L += [doc.hosp, R.choice(["Day Surgery Unit", "Cardiac Day Unit", "Surgical Day Case Unit", ward]), ""]
        L += ["To: " + doc.gp + ", " + doc.prac, "From: " + cons, ""] + re_line(doc) + [""]
        L += ["Your patient was discharged on %s." % doc.d(), "", "Procedure / diagnosis: " + dx, "",
              R.choice(["Comments:", "Summary:", "Notes:"])] + wrap(course, 80) + ["", "TTOs:"] + med_table(doc, meds, 4)
        L += ["", "GP to: " + gpact, "", "Nurse discharging: %s" % clinician(R, 'nurse'), "Doctor: %s" % author]
    elif layout == 5:  # printed EDS with sections in caps and colons
        L += ["%s   %s" % (doc.hosp.upper(), doc.hospno), "Patient: " + doc.name('comma') + "  " + doc.dob_s() + "  " + doc.idval(), ""]
        L += ["ADMISSION DETAILS: %s -> %s (%s)" % (doc.d(adm), doc.d(), ward), "RESPONSIBLE CLINICIAN: " + cons,
              "REASON FOR ADMISSION: " + c['pc'], "DIAGNOSES:", "  1. " + dx]
        for i, x in enumerate(pmh_list(doc, R.randint(1, 3)), 2):
            L.append("  %d. %s (background)" % (i, x))
        L += ["CLINICAL NARRATIVE:"] + wrap(course, 90, "  ")
        L += ["ALLERGIES: " + allergy(doc), "DISCHARGE MEDICATIONS:"] + med_table(doc, meds, R.choice([0, 3]))
        L += ["RESUSCITATION STATUS: " + R.choice(["For CPR", "Not discussed", "DNACPR in place - see form", "Full escalation"]),
              "GP ACTIONS: " + gpact, "FOLLOW-UP: " + R.choice(["None", "OPD 6 weeks", "Letter to follow", "Nurse-led clinic"]),
              "", "Author: %s (%s)   Verified by: %s" % (author, grade, R.choice([cons, "not yet verified"]))]
    else:  # handwritten-style abbreviated
        L += ["D/C summary  " + doc.d(), doc.name('comma') + "  " + doc.hospno, ""]
        L += ["Adm: " + doc.d(adm), "Dx: " + dx, "PMH: " + ", ".join(pmh_list(doc, 2) or ["nil"]),
              "Hx: " + c['pc'], "Mx: " + course.split(". ")[1] + ".", "D/C meds:"]
        L += ["  " + m[0].replace(" tablets", "").replace(" capsules", "") + " " + m[1].lower() for m in meds]
        L += ["F/U: " + gpact, "", author + " " + grade]
    L += trust_footer(doc)
    return finish(doc, L, pages=R.choice([None, 45, 60]), footer=page_foot(doc))


# --------------------------------------------------------------------------
# 2 HISTORY AND PHYSICAL (admission clerking)
# --------------------------------------------------------------------------
def obs_line(doc, R, abnormal=False):
    hr = R.randint(92, 124) if abnormal else R.randint(60, 90)
    return "HR %d  BP %d/%d  RR %d  SpO2 %d%% %s  T %.1f" % (hr, R.randint(100, 165), R.randint(60, 98), R.randint(14, 26 if abnormal else 18),
                                                          R.randint(90, 99), R.choice(["RA", "on air", "2L NC"]), R.uniform(36.2, 38.7 if abnormal else 37.4))


def gen_history_physical(R):
    key = R.choice(ADMITTABLE + ['gallstones', 'tia', 'ida'])
    layout = R.randint(0, 6)
    if layout == 4:
        key = R.choice(['appendicitis', 'asthma'])
        doc = Doc(R, C[key], ages=(6, 15))
    else:
        doc = Doc(R, C[key])
    c = doc.cond
    clerk = clinician(R)
    grade = R.choice(["FY1", "FY2", "CT2", "SHO", "StR", "ACP", "IMT1"])
    cons = clinician(R, 'surgeon' if "Surg" in c['spec'] or "Ortho" in c['spec'] else 'cons')
    meds = med_list(doc, with_cond=R.random() < .4)
    pmh = pmh_list(doc)
    exam = c['exam']
    L = []
    src = R.choice(["GP referral", "ED", "999 ambulance", "GP (OOH)", "self-presented to ED", "via 111"])
    tm = "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))
    if layout == 0:   # medical clerking proforma
        L += ptitle(R, ["MEDICAL ADMISSION", "ACUTE MEDICAL UNIT - ADMISSION CLERKING", "Medical Clerking", "", "ADMISSION PROFORMA"])
        L += ["Name: " + doc.name('comma'), "DOB: %s  Age: %d   Hosp No: %s   %s" % (doc.dob_s(), doc.age, doc.hospno, doc.pid()),
              "Date/time: %s %s   Source: %s" % (doc.d(), tm, src), "Consultant: " + cons, ""]
        L += ["PC: " + c['pc'], "", "HPC:"] + wrap(fill(doc, c['hpi']), 80, "  ")
        L += ["", "PMH:"] + ["  - " + x for x in (pmh or ["Nil of note"])]
        L += ["", "DH:"] + ["  " + m[0] + " " + m[1].lower() for m in meds] + (["  Nil regular"] if not meds else [])
        L += ["Allergies: " + allergy(doc), "", "SH: " + social(doc), "FH: " + R.choice(["Nil relevant", "Father MI age 60", "Mother T2DM", "NC"]),
              "", "SR: " + R.choice(["Nil else of note", "No weight loss, no night sweats", "Otherwise unremarkable", "Bowels/waterworks normal"]), ""]
        L += ["O/E: " + R.choice(["Alert, comfortable at rest", "Looks unwell", "Pale, clammy", "Appears well"]),
              "Obs: " + obs_line(doc, R, c['admit']), "NEWS2: %d" % R.randint(0, 7)]
        L += wrap(exam, 80) + ["", "Imp: " + c['dx'], "", "Plan:"] + ["  %d. %s" % (i, p) for i, p in enumerate(c['plan'], 1)]
        L += ["", "%s  %s  bleep %d" % (clerk, grade, R.randint(1000, 9999))]
    elif layout == 1:  # surgical admission
        L += [doc.hosp + " - SURGICAL ADMISSIONS UNIT", ""]
        L += ["%s   %s   %s" % (doc.name('upper'), doc.dob_s(), doc.hospno), "Referred by: " + src + " (" + doc.gp + ")", "Date: " + doc.d(), ""]
        L += ["Presenting complaint", "  " + c['pc'], "History", ] + wrap(fill(doc, c['hpi']), 80, "  ")
        L += ["Past surgical history: " + ", ".join([x for x in pmh if any(ch.isdigit() for ch in x)] or ["none"]),
              "Past medical history: " + ", ".join([x for x in pmh if not any(ch.isdigit() for ch in x)] or ["nil"]),
              "Medications: " + ("; ".join(m[0] for m in meds) or "none"), "Allergies: " + allergy(doc),
              "Anticoagulants: " + R.choice(["No", "No", "Apixaban - last dose this am", "None"]),
              "Last ate/drank: %02d:00 / %02d:00" % (R.randint(6, 20), R.randint(6, 22)), "", "Examination"]
        L += ["  Obs: " + obs_line(doc, R, True)] + wrap(exam, 80, "  ")
        L += ["", "Impression: " + c['dx'], "Differentials: " + R.choice(["mesenteric adenitis, UTI", "ureteric colic", "pancreatitis", "n/a"]),
              "Plan:"] + ["  - " + p for p in c['plan']] + ["  - VTE assessment done", "", "Clerked by " + clerk + " (" + grade + ")"]
    elif layout == 2:  # dictated typed admission note
        L += ptitle(R, ["Admission History and Examination", "ADMISSION NOTE", ""])
        L += re_line(doc) + [""]
        t = ("%s is a %d year old %s who presented %s on %s with %s. %s" % (doc.name('title'), doc.age, fill(doc, "{man}"), "via " + src, doc.d(), c['pc'], fill(doc, c['hpi'])))
        L += wrap(t, 82) + [""]
        L += wrap("Past medical history includes %s. %s Medications: %s. %s." % (", ".join(pmh) or "nothing of note", social(doc),
                                                                             ", ".join(m[0] for m in meds) or "none", allergy(doc)), 82)
        L += [""] + wrap("On examination: " + exam + " Observations: " + obs_line(doc, R, c['admit']) + ".", 82)
        L += ["", "Impression: " + c['dx'] + ".", ""] + wrap("Plan: " + "; ".join(c['plan']) + ".", 82)
        L += ["", clerk + ", " + grade + " to " + cons]
    elif layout == 3:  # elderly care / frailty
        L += ["CARE OF THE ELDERLY - ADMISSION ASSESSMENT", doc.hosp, ""]
        L += ["%s  (%s)  %s  %s" % (doc.name('comma'), doc.dob_s(), doc.pid(), doc.hospno), ""]
        L += ["Presenting problem: " + c['pc'], "Collateral from " + doc.nok[0] + ": " + R.choice(["more confused over last 3 days", "previously independent", "has been struggling at home", "no concerns prior"]), ""]
        L += wrap("HPC: " + fill(doc, c['hpi']), 80) + [""]
        L += ["Baseline function: " + R.choice(["Independent, walks with stick", "Frame indoors, carers QDS", "Independent ADLs, drives"]),
              "Clinical Frailty Scale: %d" % R.randint(3, 7), "AMTS: %d/10   4AT: %d" % (R.randint(6, 10), R.randint(0, 5)),
              "Falls in last year: %d" % R.randint(0, 4), "Continence: " + R.choice(["continent", "urge incontinence", "catheter"]), ""]
        L += ["PMH: " + "; ".join(pmh or ["nil"]), "Meds (from GP summary/SCR):"] + ["  " + m[0] + " " + m[1].lower() for m in meds]
        L += ["Allergy: " + allergy(doc), "", "Examination:", "  " + obs_line(doc, R, c['admit'])] + wrap(exam, 80, "  ")
        L += ["", "Problem list:", "  1. " + c['dx'], "  2. Falls risk", "  3. Polypharmacy - review",
              "Escalation: " + R.choice(["Full", "Ward-based care, not for ITU", "For CPR - to discuss with family"]), "",
              "Plan:"] + ["  - " + p for p in c['plan']] + ["", clerk + " " + grade]
    elif layout == 4:  # paediatric clerking
        L += ["PAEDIATRIC ADMISSION", doc.hosp + " - " + R.choice(["Children's Ward", "Paediatric Assessment Unit", "Ward 15 (Children)"]), ""]
        L += ["Name: " + doc.name('plain'), "DOB: %s  Age: %d yrs  Wt: %.1f kg" % (doc.dob_s(), doc.age, 3 + doc.age * 3 + R.uniform(-2, 4)),
              "Accompanied by: " + doc.nok[0], "GP: " + doc.gp, "HV/School nurse: " + clinician(R, 'nurse'), ""]
        L += ["PC: " + c['pc'], "HPC:"] + wrap(fill(doc, c['hpi']), 80, "  ")
        L += ["Birth hx: %s, %d/40, BW %.1fkg, no SCBU" % (R.choice(["SVD", "LSCS", "forceps"]), R.randint(36, 41), R.uniform(2.6, 4.2)),
              "Immunisations: " + R.choice(["Up to date", "UTD per parent", "UTD as per red book"]),
              "Development: normal", "PMH: " + R.choice(["Nil", "Eczema", "Viral-induced wheeze", "Nil"]), "DH: nil regular", "Allergies: " + allergy(doc),
              "SH: " + social(doc), "Safeguarding concerns: " + R.choice(["None", "No", "None identified, not known to social services"]), ""]
        L += ["O/E:", "  HR %d  RR %d  Sats %d%%  T %.1f  CRT <2s" % (R.randint(90, 140), R.randint(18, 30), R.randint(94, 99), R.uniform(37, 38.9))] + wrap(exam, 80, "  ")
        L += ["", "Imp: " + c['dx'], "Plan:"] + ["  " + p for p in c['plan']] + ["", clerk + " (" + grade + " Paeds)"]
    elif layout == 5:  # clerking with PTWR
        L += ["%s  %s  %s" % (doc.d(), tm, R.choice(["AMU", "MAU", "CDU", "ACU"])), doc.name('comma') + "  " + doc.hospno, ""]
        L += ["%d%s, %s" % (doc.age, doc.sex, c['pc']), "", "HPC:"] + wrap(fill(doc, c['hpi']), 78)
        L += ["", "PMHx: " + (", ".join(pmh) or "nil"), "DHx: " + (", ".join(m[0].split(" ")[0] + " " + m[0].split(" ")[1] for m in meds) or "nil"),
              "Allx: " + allergy(doc), "SHx: " + social(doc), "", "O/E " + obs_line(doc, R, c['admit'])] + wrap(exam, 78)
        L += ["", "Ix: " + R.choice(["ECG - see chart", "Bloods sent", "CXR requested", "VBG: lactate 1.4"]), "", "Imp: ?" + c['dx'],
              "Plan:"] + ["- " + p for p in c['plan'][:3]] + ["", clerk + " " + grade, "", "PTWR (%s):" % cons,
                                                                 "Agree with above. " + R.choice(["Continue current plan.", "Likely home 48h.", "Add daily U&E.", "Discussed with patient."])]
    else:  # GP admission note as H&P (GP home visit admission)
        L += ["Emergency admission - GP assessment", doc.prac, ""]
        L += ["Patient: " + doc.name('full') + "   DOB " + doc.dob_s(), "Assessed at: " + R.choice(["home visit", "surgery", "care home"]) + " " + doc.d() + " " + tm, ""]
        L += ["History:"] + wrap(fill(doc, c['hpi']), 80) + ["", "Examination:", obs_line(doc, R, True)] + wrap(exam, 80)
        L += ["", "Working diagnosis: " + c['dx'], "PMH: " + ", ".join(pmh or ["see summary"]), "Current meds attached. Allergies: " + allergy(doc),
              "", "Bed bureau contacted " + tm + ". Accepted by " + c['spec'] + " (" + clinician(R) + ").",
              "Transport: " + R.choice(["999 ambulance", "relative driving", "urgent ambulance within 2h"]), "", doc.gp]
    return finish(doc, L, pages=R.choice([None, 55]), footer=page_foot(doc))


# --------------------------------------------------------------------------
# 3 PROGRESS NOTE
# --------------------------------------------------------------------------
CONS_TYPES = ["Surgery consultation", "Telephone consultation", "Face to face consultation", "Home visit", "Video consultation",
              "Surgery consultation", "GP Surgery"]


def gp_entry(doc, d, who, ctype=None, cond=None, short=False):
    R = doc.R
    c = cond or doc.cond
    ctype = ctype or R.choice(CONS_TYPES)
    st = R.randint(0, 2)
    L = []
    if st == 0:   # EMIS Web
        L.append("%s  %s  %s" % (doc.d(d, 'dMy'), ctype, who))
        L.append("    Problem        %s (%s)" % (c['dx'], c['read']) if R.random() < .7 else "    Problem        " + c['dx'])
        L.append("    History        " + fill(doc, c['hpi'] if not short else c['pc'].capitalize()))
        if not short:
            L.append("    Examination    " + c['exam'])
        L.append("    Comment        " + R.choice(["Discussed management.", "Patient happy with plan.", "", "ICE addressed."]))
        if c['meds'] and R.random() < .8:
            m = R.choice(c['meds'])
            L.append("    Medication     %s - %s - %s %s" % (m[0], m[1].lower(), m[2], R.choice(["tablet", "", "capsule"]) if m[2].isdigit() else ""))
        L.append("    Plan           " + "; ".join(c['plan'][:R.randint(1, len(c['plan']))]))
    elif st == 1:  # SystmOne
        L.append("%s %02d:%02d - %s (%s) - %s" % (doc.d(d, 'long'), R.randint(8, 18), R.randint(0, 59), who, R.choice(["GP Partner", "Salaried GP", "GP Registrar", "Locum GP"]), doc.prac))
        L.append("    %s" % ctype)
        L.append("    %s (%s)" % (c['dx'], c['read']))
        L.append("    History: " + fill(doc, c['hpi'] if not short else c['pc']))
        if not short:
            L.append("    O/E: " + c['exam'])
        L.append("    Plan: " + ". ".join(c['plan']))
        if c['meds'] and R.random() < .7:
            L.append("    Medication: " + c['meds'][0][0] + " (" + c['meds'][0][1].lower() + ")")
    else:  # Vision / free text
        L.append("%s  %s" % (doc.d(d), who))
        txt = "%s. %s %s Imp: %s. Plan: %s." % (c['pc'].capitalize(), fill(doc, c['hpi']) if not short else "", "" if short else "O/E " + c['exam'], c['dx'], ", ".join(c['plan']))
        L += wrap(txt, 86, "    ")
        L.append("    [%s] %s" % (c['read'], c['dx']))
    return L


def gen_progress_note(R):
    layout = R.randint(0, 6)
    key = R.choice(GP_CONDS if layout in (0, 1, 2, 5) else list(C))
    doc = Doc(R, C[key])
    c = doc.cond
    L = []
    if layout == 0:   # EMIS journal print with several entries
        L += emis_header(doc, R.choice(["Consultations", "Journal", "Patient Record - Consultations", ""]))
        d0 = doc.days(-R.randint(30, 400))
        L += gp_entry(doc, d0, doc.gp2, short=True) + [""]
        L += gp_entry(doc, doc.date, doc.gp) + [""]
        if R.random() < .5:
            L += gp_entry(doc, doc.days(R.randint(10, 30)), doc.gp, ctype="Telephone consultation", short=True)
        return finish(doc, L, pages=40, footer=gp_print_footer(doc))
    if layout == 1:  # single SystmOne/Vision entry
        L += emis_header(doc) + gp_entry(doc, doc.date, doc.gp)
        return finish(doc, L, footer=gp_print_footer(doc))
    if layout == 2:  # telephone / follow-up
        who = R.choice([doc.gp, doc.gp2])
        L += ["%s  Telephone encounter  %s" % (doc.d(), who), "Patient: %s  %s" % (doc.name('comma'), doc.pid()), ""]
        L += ["Spoke to %s. %s" % (R.choice(["patient", "patient (identity confirmed x2)", doc.nok[0]]), R.choice([
            "Following up %s started on last visit." % (c['meds'][0][0] if c['meds'] else "plan"),
            "Reviewing recent results.", "Says symptoms improving.", "Still troubled by %s." % c['pc']]))]
        L += wrap("Background: " + c['dx'] + ". " + R.choice(["Tolerating medication.", "Some nausea first few days, now settled.", "No side effects.", "Not yet collected prescription."]), 80)
        L += ["Plan: " + R.choice(c['plan']), "Safety netting advice given. " + R.choice(["Will call if worse.", "To book f2f if not improving.", "Review 2/52."])]
        L += ["", "[" + c['read'] + "] " + c['dx']]
        return finish(doc, L)
    if layout == 3:  # hospital OPD follow-up note (SOAP)
        doc.cond = c
        L += [doc.hosp + "  " + c['spec'] + " Clinic   " + doc.d(), doc.name('comma') + "  " + doc.hospno, ""]
        L += ["Follow-up visit. Seen with " + R.choice(["wife", "husband", "daughter", "alone", "carer"]) + ".", ""]
        L += ["S: " + R.choice(["Feels better.", "Symptoms largely unchanged.", "Some improvement.", "Mixed - better days and worse days."]) + " " + c['pc'].capitalize() + " " + R.choice(["less frequent", "persisting", "resolved", "improving"]) + "."]
        L += ["O: " + (c['exam'] if not c['admit'] else R.choice(["Looks well. Obs normal. ", "Clinically much improved. "]) + "BP %d/%d, HR %d." % (R.randint(115, 150), R.randint(65, 90), R.randint(60, 90)))]
        L += ["A: " + c['dx'] + " - " + R.choice(["stable", "improving", "not yet controlled", "responding to treatment"])]
        L += ["P: " + "; ".join(R.sample(c['plan'], min(2, len(c['plan'])))) + ". RV " + R.choice(["3/12", "6/12", "6 wks", "PRN", "1 yr"])]
        L += ["", clinician(R, 'cons') + " " + R.choice(["(SpR)", "(Consultant)", "(CNS)", ""])]
        return finish(doc, L)
    if layout == 4:  # inpatient ward round entries
        if not c['admit']:
            doc = Doc(R, C[R.choice(ADMITTABLE)])
            c = doc.cond
        L += ["%s   %s   %s" % (doc.name('upper'), doc.hospno, doc.dob_s()), R.choice(["CONTINUATION SHEET", "MEDICAL NOTES", "Clinical Notes", ""]), ""]
        n = R.randint(2, 4)
        for i in range(n):
            dd = doc.days(i)
            L += ["%s %02d:%02d  %s  (Day %d)" % (doc.d(dd, 'dmy2'), R.randint(8, 11), R.randint(0, 59), R.choice(["WR", "Ward round", "Cons WR", "PTWR"]), i + 1)]
            L += ["  " + R.choice(["Seen by", "WR led by", ""]) + " " + clinician(R, 'cons') + R.choice([" (Cons)", " SpR", ""])]
            L += ["  S: " + R.choice(["Feeling better", "Slept poorly", "Less SOB", "Pain controlled", "Eating more", "Tired"]),
                  "  O: " + obs_line(doc, R, i == 0) + ". " + R.choice(["Chest clearer.", "Abdo soft.", "Alert.", "Wound clean.", "Oedema improving."]),
                  "  I: " + R.choice(["CRP %d" % R.randint(20, 200), "Hb %d" % R.randint(90, 140), "K 4.%d" % R.randint(0, 9), "bloods pending"]),
                  "  Imp: " + c['dx'] + " - " + R.choice(["improving", "slow progress", "stable"]),
                  "  Plan: " + R.choice(["cont. current mx", "IV->PO abx", "PT/OT r/v", "bloods am", "aim d/c tomorrow", "TTOs"]),
                  "  " + clinician(R) + " " + R.choice(["FY1", "FY2", "CT1"]) + " bl %d" % R.randint(1000, 9999), ""]
        return finish(doc, L)
    if layout == 5:  # home visit note
        L += ["HOME VISIT" if R.random() < .5 else "Visit request", doc.prac, ""]
        L += ["Patient: %s (%d)  %s" % (doc.name('full'), doc.age, doc.address()), "Requested by: " + R.choice([doc.nok[0], "carer", "district nurse", "patient"]) + " at %02d:%02d" % (R.randint(8, 11), R.randint(0, 59)), ""]
        L += ["Reason: " + c['pc'], "", "Visited %s by %s" % (doc.d(), doc.gp)]
        L += wrap(fill(doc, c['hpi']) + " O/E " + c['exam'], 80)
        L += ["Impression: " + c['dx'], "Plan: " + "; ".join(c['plan'][:3]), "DN informed: " + R.choice(["yes", "no", "n/a"])]
        return finish(doc, L)
    # outpatient follow-up letter-ish clinic note by nurse specialist / registrar
    L += hosp_head(doc) + ["Clinic: " + c['spec'] + " follow-up   Date: " + doc.d(), ""] + re_line(doc) + [""]
    L += ["Diagnosis: " + c['dx'], "Current medication:"] + med_table(doc, med_list(doc), R.choice([1, 4]))
    L += [""] + wrap("Reviewed today. " + R.choice(["Much improved since last seen.", "Ongoing symptoms.", "Compliant with treatment."]) + " " + c['exam'], 82)
    L += ["", "Plan:"] + ["  * " + p for p in R.sample(c['plan'], min(3, len(c['plan'])))] + ["", clinician(R, 'cons') + ", " + c['spec']]
    return finish(doc, L, footer=page_foot(doc))


# --------------------------------------------------------------------------
# 4 CONSULT NOTE
# --------------------------------------------------------------------------
def gen_consult_note(R):
    key = R.choice([k for k in C if k not in ('otitis', 'eczema', 'uti')])
    doc = Doc(R, C[key])
    c = doc.cond
    cons = clinician(R, 'surgeon' if any(x in c['spec'] for x in ("Surg", "Ortho", "Urol")) else 'cons')
    role = R.choice(["Consultant %s" % c['spec'].replace("Trauma and Orthopaedics", "Orthopaedic Surgeon").replace(" Medicine", " Physician"),
                     "Consultant", "Specialty Registrar to " + cons, "Consultant in " + c['spec']])
    layout = R.randint(0, 6)
    meds = med_list(doc)
    L = []
    if layout == 0:   # new patient clinic letter with headed diagnosis/plan
        L += hosp_head(doc) + ["Clinic date: " + doc.d(), "Typed: " + doc.d(doc.days(R.randint(2, 14)))] + [""] + to_gp_block(doc)
        L += ["Dear " + R.choice(["Dr " + doc.gp.split()[-1], doc.gp, "Colleague"]), ""] + re_line(doc) + [""]
        L += ["Diagnosis:", "  1. " + c['dx']] + ["  %d. %s" % (i, x) for i, x in enumerate(pmh_list(doc, R.randint(0, 2)), 2)]
        L += ["", "Plan:"] + ["  - " + p for p in c['plan']] + [""]
        L += wrap("Thank you for referring this %d year old %s whom I saw in the %s clinic today. %s" % (doc.age, fill(doc, "{man}"), c['spec'], fill(doc, c['hpi'])), 82)
        L += [""] + wrap("On examination: " + c['exam'], 82) + [""]
        L += wrap(R.choice(["I have explained the diagnosis and we discussed the options.", "I have discussed this with the patient who is keen to proceed.",
                            "I think the clinical picture is consistent with " + c['dx'].lower() + "."]) + " " + R.choice(["I will see %s again in clinic." % fill(doc, "{him}"),
                                                                                                                           "I have not arranged follow-up.", "We will write with results."]), 82)
        L += signoff(doc, cons, role) + cc_lines(doc)
    elif layout == 1:  # inpatient consult
        L += [R.choice(["INPATIENT REFERRAL - RESPONSE", c['spec'].upper() + " REVIEW", "Specialty consult", "Referral review"]), doc.hosp + "  " + R.choice(["Ward 9", "Ward 14", "AMU", "SAU"]), ""]
        L += ["%s  %s  %s" % (doc.name('comma'), doc.hospno, doc.dob_s()), "Date: %s %02d:%02d" % (doc.d(), R.randint(9, 19), R.randint(0, 59)), ""]
        L += ["Asked to see by: %s (%s)" % (clinician(R), R.choice(["Gen Med", "Surgery", "Ortho", "Care of Elderly"])),
              "Reason: " + R.choice(["advice re ", "?", "please assess ", "opinion re "]) + c['dx'].lower(), ""]
        L += ["Hx:"] + wrap(fill(doc, c['hpi']), 80, "  ") + ["O/E:"] + wrap(c['exam'], 80, "  ")
        L += ["Impression: " + c['dx'], "Recommendations:"] + ["  %d) %s" % (i, p) for i, p in enumerate(c['plan'], 1)]
        L += ["  %d) Happy to review again if concerns" % (len(c['plan']) + 1), "", cons + " / " + clinician(R) + " (" + c['spec'] + ") bleep %d" % R.randint(1000, 9999)]
    elif layout == 2:  # psychiatric / CMHT assessment
        doc = Doc(R, C['depression'])
        c = doc.cond
        L += [doc.trust.replace("Hospitals", "Partnership").replace("Teaching", "Mental Health") if doc.nation == 'E' else doc.trust,
              "Community Mental Health Team - " + doc.town, ""]
        L += ["PSYCHIATRIC ASSESSMENT" if R.random() < .5 else "Outpatient Assessment", ""] + re_line(doc) + [""]
        L += ["Seen by: " + clinician(R, 'cons') + " Consultant Psychiatrist", "Date: " + doc.d(), "Referral source: " + doc.gp, ""]
        for h, t in [("Presenting complaint", c['pc']), ("History of presenting complaint", fill(doc, c['hpi'])),
                     ("Past psychiatric history", R.choice(["Postnatal depression 2008", "None", "Anxiety, CBT 2015"])),
                     ("Forensic history", "None"), ("Substance use", R.choice(["Alcohol 20 units/week", "Nil", "Occasional cannabis"])),
                     ("Mental state examination", c['exam']),
                     ("Risk assessment", R.choice(["Low risk to self and others at present.", "Moderate risk to self, mitigated by protective factors."])),
                     ("Formulation", "Moderate depressive episode precipitated by job loss, perpetuated by isolation and poor sleep."),
                     ("Plan", "; ".join(c['plan']) + ". Increase sertraline to 100mg after 2 weeks if tolerated.")]:
            L += [h.upper() if R.random() < .5 else h + ":"] + wrap(t, 82) + [""]
        L += signoff(doc, clinician(R, 'cons'), "Consultant Psychiatrist")
    elif layout == 3:  # structured clinic proforma
        L += [doc.hosp, R.choice(["Rapid Access Clinic", "New Patient Clinic", "One-stop Clinic", c['spec'] + " OPD"]) + " - Assessment Record", ""]
        L += ["Name: %s   DOB: %s   %s" % (doc.name('plain'), doc.dob_s(), doc.pid()), "Clinician: " + cons, "Date: " + doc.d(), ""]
        for k, v in [("Referral reason", c['pc']), ("History", fill(doc, c['hpi'])), ("PMH", ", ".join(pmh_list(doc)) or "nil"),
                     ("Drugs", ", ".join(m[0] for m in meds) or "nil"), ("Allergies", allergy(doc)), ("Smoking", R.choice(["never", "ex", "current 10/d"])),
                     ("Examination", c['exam']), ("Investigations today", R.choice(["ECG: SR, normal", "Bloods sent", "USS arranged", "n/a"])),
                     ("Outcome", c['dx']), ("Plan", "; ".join(c['plan']))]:
            L += wrap("%-18s %s" % (k + ":", v), 86)
        L += ["", "Discharged to GP " + checkbox(R, R.random() < .4) + "   Follow up " + checkbox(R, True) + "   Listed for procedure " + checkbox(R, bool(c.get('op')))]
    elif layout == 4:  # dictated narrative consultant to consultant
        L += hosp_head(doc) + ["Date: " + doc.d(), "", "Dear " + clinician(R, 'cons'), ""] + re_line(doc) + [""]
        L += wrap("Many thanks for asking me to see this %s with %s. %s Examination: %s" % (fill(doc, "{gent}"), c['pc'], fill(doc, c['hpi']), c['exam']), 82)
        L += [""] + wrap("My impression is of %s. I would suggest: %s." % (c['dx'].lower(), "; ".join(c['plan']).lower()), 82)
        L += signoff(doc, cons, role) + ["", "cc: " + doc.gp + ", " + doc.prac]
    elif layout == 5:  # physio / allied health initial assessment
        doc = Doc(R, C[R.choice(['lbp', 'oa_knee', 'carpal'])])
        c = doc.cond
        L += [R.choice(["MSK Physiotherapy Service", "Physiotherapy Department - " + doc.hosp, "Community MSK Service (CATS)"]), "Initial Assessment", ""]
        L += ["Patient: %s  DOB %s" % (doc.name('full'), doc.dob_s()), "Physiotherapist: %s MCSP" % clinician(R, 'nurse'), "Date: " + doc.d(), ""]
        L += ["Subjective:"] + wrap(fill(doc, c['hpi']), 80, "  ") + ["  Red flags: " + R.choice(["screened - nil", "none", "negative"]),
              "  Pain VAS %d/10" % R.randint(4, 9), "Objective:"] + wrap(c['exam'], 80, "  ")
        L += ["Assessment: " + c['dx'], "Plan: Home exercise programme issued, education, review 2-3 weeks. " + R.choice(["", "Consider onward referral if not improving."])]
    else:  # email-style / electronic advice and guidance reply
        L += ["Advice & Guidance response" if doc.nation == 'E' else "Specialist advice", "From: " + cons + ", " + c['spec'], "To: " + doc.gp, "Date: " + doc.d(), ""]
        L += ["Patient: " + doc.name('full') + " " + doc.pid(), "", "Query: " + R.choice(["Please advise re management of ", "? need for referral - ", "Advice re "]) + c['dx'].lower(), ""]
        L += wrap("Thank you for your query. From the information provided, this sounds consistent with %s. I would suggest %s. If symptoms persist despite this, please refer routinely." % (c['dx'].lower(), "; ".join(c['plan'][:2]).lower()), 82)
    L += trust_footer(doc)
    return finish(doc, L, pages=R.choice([None, 55]), footer=page_foot(doc))


# --------------------------------------------------------------------------
# 5 OPERATIVE NOTE
# --------------------------------------------------------------------------
def gen_operative_note(R):
    key = R.choice(list(OPS))
    op = OPS[key]
    doc = Doc(R, C[op['cond']])
    surg = clinician(R, 'surgeon')
    asst = clinician(R)
    anaest = clinician(R, 'cons')
    t0 = R.randint(8, 15)
    layout = R.randint(0, 6)
    L = []
    steps = op['steps']
    if layout == 0:
        L += ptitle(R, ["OPERATION NOTE", "Operation Record", "OPERATIVE REPORT", ""])
        L += ["%s   %s   %s   %s" % (doc.name('upper'), doc.dob_s(), doc.hospno, doc.idval()), ""]
        for k, v in [("Date", doc.d()), ("Surgeon", surg), ("Assistant", asst), ("Anaesthetist", anaest), ("Anaesthetic", op['anaes']),
                     ("Operation", op['title']), ("Indication", op['ind']), ("Position", op['pos']), ("Incision", op['inc'])]:
            L.append("%-14s %s" % (k + ":", v))
        L += ["", "Findings:"] + wrap(op['find'], 80, "  ") + ["", "Procedure:"] + ["  - " + s for s in steps]
        L += ["", "Closure: " + op['close'], "EBL: " + op['ebl'], "Specimens: " + op['spec_sent'],
              "Antibiotics: " + R.choice(["Cefuroxime 1.5g + metronidazole 500mg at induction", "Co-amoxiclav 1.2g IV at induction", "None", "Teicoplanin 400mg + gentamicin at induction"]),
              "VTE: " + R.choice(["TEDS + LMWH", "Flowtrons intra-op, enoxaparin post op", "Mechanical only"]), "", "Post-op instructions:"]
        L += ["  %d. %s" % (i, p) for i, p in enumerate(op['postop'], 1)] + ["", "Signed: " + surg]
    elif layout == 1:  # theatre system printout
        L += [doc.hosp + " - Theatre " + str(R.randint(1, 12)), "Theatre Record / Operating Notes", ""]
        L += ["Patient: " + doc.name('comma'), "MRN: " + doc.hospno + "   DOB: " + doc.dob_s(), "Session: %s %s list" % (doc.d(), R.choice(["AM", "PM", "All day", "Emergency (CEPOD)"])), ""]
        for lbl, mins in [("Sent for", -40), ("In anaesthetic room", 0), ("Anaesthetic start", 3), ("Into theatre", 25), ("Knife to skin", 35), ("Procedure end", 95), ("Into recovery", 105)]:
            L.append("  %-22s %02d:%02d" % (lbl, t0 + (mins + 60 * 10) // 60 - 10, (mins + 600) % 60))
        L += ["", "Primary procedure: " + op['title'], "OPCS: " + R.choice(["J183", "H011", "W401", "W461", "A651", "T202", "S051", "M653"]),
              "Surgeon: " + surg, "Anaesthetist: " + anaest, "Scrub: " + clinician(R, 'nurse'), "Circulating: " + clinician(R, 'nurse'), ""]
        L += ["WHO checklist: Sign in " + checkbox(R, True) + " Time out " + checkbox(R, True) + " Sign out " + checkbox(R, True),
              "Swab/instrument count correct: Yes", "", "Operation notes:"] + wrap(op['inc'] + " " + " ".join(steps) + " Findings: " + op['find'] + " " + op['close'], 86, "  ")
        L += ["", "Post-op: " + "; ".join(op['postop'])]
    elif layout == 2:  # dictated narrative
        L += hosp_head(doc, doc.cond['spec']) + re_line(doc) + ["", "Operation date: " + doc.d(), ""]
        L += ["PROCEDURE: " + op['title'].upper(), "SURGEON: " + surg, "ANAESTHETIC: " + op['anaes'], ""]
        t = ("The patient was brought to theatre and %s anaesthesia was administered. WHO checklist completed. Positioned %s. Skin prepared with %s and draped. %s %s The findings were: %s %s. Estimated blood loss %s."
             % (op['anaes'].split(" ")[0], op['pos'].lower(), R.choice(["chlorhexidine", "aqueous povidone-iodine", "Betadine"]), op['inc'], " ".join(steps), op['find'].lower(), op['close'], op['ebl']))
        L += wrap(t, 82) + ["", "Post-operative plan:"] + wrap(". ".join(op['postop']) + ".", 82) + signoff(doc, surg, "Consultant Surgeon")
    elif layout == 3:  # handwritten abbreviated
        L += [doc.d(style='dmy2') + "  " + doc.name('comma') + "  " + doc.hospno, ""]
        L += ["Op: " + op['title'], "S: " + initials(surg) + " " + surg.split()[-1] + "   A: " + asst.split()[-1], "An: " + op['anaes'] + " (" + anaest.split()[-1] + ")",
              "Ind: " + op['ind'], "F: " + op['find'], "P:"] + ["  " + s.replace(" and ", " & ") for s in steps]
        L += ["Cl: " + op['close'], "EBL " + op['ebl'], "Spec: " + op['spec_sent'], "PLAN:"] + ["  " + p for p in op['postop']] + ["", initials(surg) + " ___"]
    elif layout == 4:  # day surgery op record form
        L += [doc.trust, "DAY SURGERY UNIT - OPERATION RECORD", "", "Surname: %s   Forename: %s   DOB: %s" % (doc.last.upper(), doc.first, doc.dob_s()),
              "Unit No: %s   Consultant: %s" % (doc.hospno, surg), ""]
        L += ["Procedure performed: " + op['title'], "Side: " + R.choice(["Right", "Left", "N/A"]) + "   Site marked " + checkbox(R, True),
              "Anaesthesia: GA %s  Regional %s  LA %s  Sedation %s" % (checkbox(R, 'GA' in op['anaes']), checkbox(R, 'Spinal' in op['anaes']), checkbox(R, 'LA' in op['anaes']), checkbox(R, 'sedation' in op['anaes'])),
              "Findings: " + op['find'], "Procedure details: " + " ".join(steps[:3]), "Wound closure: " + op['close'], "Dressing: " + R.choice(["Opsite", "Mepore", "Tegaderm + gauze", "Wool & crepe"]),
              "Sutures for removal: " + R.choice(["Yes - day 10 at GP", "No - absorbable"]), "Histology sent: " + ("Yes" if op['path'] else "No"),
              "Discharge same day: " + R.choice(["Yes", "Yes", "Overnight stay"]), "", "Surgeon signature: ____________  " + surg, "Date: " + doc.d()]
    elif layout == 5:  # letter to GP after operation
        L += hosp_head(doc) + to_gp_block(doc) + [doc.d(doc.days(R.randint(1, 10))), "", "Dear " + doc.gp + ",", ""] + re_line(doc) + [""]
        L += ["Operation: " + op['title'] + " on " + doc.d(), ""]
        L += wrap("I performed the above procedure under %s. Findings were %s %s The procedure was uncomplicated. %s" % (op['anaes'], op['find'][0].lower() + op['find'][1:], " ".join(steps[-2:]), " ".join(op['postop'][:3]) + "."), 82)
        L += signoff(doc, surg, "Consultant Surgeon") + cc_lines(doc)
    else:  # GP minor surgery or terse electronic op note
        if key == 'bcc_excision' and R.random() < .7:
            L += [doc.prac + " - Minor Surgery Record", "", "Patient: " + doc.name('full') + "   DOB " + doc.dob_s() + "   " + doc.pid(), "Date: " + doc.d(),
                  "Operator: " + doc.gp + " (GPwER Dermatology)", "Assistant: " + clinician(R, 'nurse') + " (HCA)", "", "Written consent obtained " + checkbox(R, True),
                  "Procedure: " + op['title'], "LA: " + op['anaes'], "Technique: " + op['inc'] + " " + " ".join(steps), "Closure: " + op['close'],
                  "Histology: sent to " + doc.hosp + " Cellular Pathology", "Complications: none", "Advice sheet given. " + op['postop'][1]]
        else:
            L += ["Op note | " + doc.d() + " | " + doc.hospno, "Procedure: " + op['title'], "Surgeon: %s; Assist: %s" % (surg, asst), "Anaesthesia: " + op['anaes'],
                  "Findings: " + op['find'], "Details: " + op['inc'] + " " + " ".join(steps), "Closure: " + op['close'], "Plan: " + "; ".join(op['postop'])]
    return finish(doc, L, pages=R.choice([None, 50]), footer=page_foot(doc))


# --------------------------------------------------------------------------
# 6 PROCEDURE NOTE
# --------------------------------------------------------------------------
def gen_procedure_note(R):
    key = R.choice(list(PROCS))
    p = PROCS[key]
    if p['cond']:
        doc = Doc(R, C[p['cond']])
    else:
        doc = Doc(R, None, sex=p.get('sex'), ages=p.get('ages'))
    op = clinician(R, 'cons')
    L = []
    endo = key in ('colonoscopy', 'ogd', 'bronch')
    gp_proc = key in ('knee_injection', 'coil', 'cryo', 'joint_shoulder')
    layout = R.randint(0, 6)
    if R.random() < .4:
        layout = 0 if endo else 1 if gp_proc else 2 if key == 'angiogram' else 3 if key == 'ncs' else layout
    if (layout == 0 and not endo) or (layout == 1 and not gp_proc) or (layout == 2 and key != 'angiogram') or (layout == 3 and key != 'ncs'):
        layout = R.choice([4, 5, 6])
    if layout == 0 and endo:  # endoscopy reporting system
        L += [doc.hosp + " Endoscopy Unit", R.choice(["ENDOSCOPY REPORT", "Procedure Report", ""]), ""]
        L += ["Patient: %s   DOB: %s   %s   Hosp: %s" % (doc.name('comma'), doc.dob_s(), doc.pid(), doc.hospno),
              "Procedure: " + p['title'], "Date: %s   Endoscopist: %s   Nurses: %s, %s" % (doc.d(), op, clinician(R, 'nurse'), clinician(R, 'nurse')),
              "Referring: " + doc.gp, "Indications: " + p['ind'], "Sedation/analgesia: " + p['sed'],
              "Comfort score: %d/5   Consent: %s" % (R.randint(1, 3), R.choice(["Form 1 signed", "Written", "FORM 1"])), ""]
        L += ["Extent / technique:"] + wrap(p['body'], 82, "  ") + ["Findings:"] + wrap(p['find'], 82, "  ") + ["Therapy / samples:"] + wrap(p['outcome'], 82, "  ")
        L += ["Complications: " + p['comp'], "", "DIAGNOSIS: " + p['find'].split(".")[0], "", "Recommendations:"] + ["  - " + r for r in p['rec']]
        L += ["", "Follow up: " + R.choice(["Return to referrer", "OPD", "Letter to GP"]), "Report electronically signed by " + op]
    elif layout == 1 and gp_proc:  # GP clinical system entry
        who = R.choice([doc.gp, doc.gp2])
        L += emis_header(doc)
        L += ["%s  Minor surgery  %s" % (doc.d(doc.date, 'dMy'), who), "    " + p['title'],
              "    Indication: " + p['ind'], "    Consent: verbal and written, leaflet given"] + wrap(p['body'], 84, "    ")
        L += wrap(p['find'] + " " + p['outcome'], 84, "    ") + ["    Complications: " + p['comp'], "    Advice: " + "; ".join(p['rec']),
              "    Batch no: %s%d  Expiry: %02d/%d" % (R.choice(["AB", "KX", "LM"]), R.randint(10000, 99999), R.randint(1, 12), doc.date.year + R.randint(1, 3))]
    elif layout == 2 and key == 'angiogram':
        L += [doc.hosp + " Cardiac Catheter Laboratory", "Cath Lab Report", ""]
        L += ["Name: " + doc.name('full'), "DOB: " + doc.dob_s() + "  Hosp no: " + doc.hospno, "Operator: " + op + "   2nd: " + clinician(R), "Date: " + doc.d(), ""]
        L += ["Indication: " + p['ind'], "Access: " + p['body'], "Contrast: Omnipaque %dml   Screening time: %.1f min   DAP: %d" % (R.randint(80, 220), R.uniform(3, 18), R.randint(1500, 9000)), ""]
        L += ["Findings:"] + ["  " + x.strip() + "." for x in p['find'].split(".") if x.strip()] + ["", "Intervention: " + p['outcome'], "Complications: " + p['comp'], "", "Plan:"] + ["  " + r for r in p['rec']]
    elif layout == 3 and key == 'ncs':
        L += hosp_head(doc, "Clinical Neurophysiology") + re_line(doc) + ["", "Date of study: " + doc.d(), "Referred by: " + R.choice([doc.gp, clinician(R, 'surgeon')]), ""]
        L += ["Clinical question: " + p['ind'], "", "Studies:"] + wrap(p['body'], 82, "  ") + ["", "Results:"] + wrap(p['find'], 82, "  ")
        L += ["", "Conclusion:"] + wrap(p['outcome'], 82, "  ") + ["", "Comment: " + p['rec'][0]] + signoff(doc, op, "Consultant Clinical Neurophysiologist")
    elif layout == 4:  # ward procedure note (handwritten style)
        L += ["%s %02d:%02d  %s" % (doc.d(style='dmy2'), R.randint(0, 23), R.randint(0, 59), R.choice(["Procedure note", "PROCEDURE", "Proc:", ""])),
              doc.name('comma') + "  " + doc.hospno, ""]
        L += [p['title'], "Ind: " + p['ind'], "Consent: " + R.choice(["verbal", "written (Form 1)", "verbal - pt agreeable", "Form 4 - lacks capacity"]),
              "Risks discussed: " + R.choice(["bleeding, infection, pain, failure", "as per leaflet", "bleeding, infection, damage to surrounding structures"]),
              "Analgesia/sedation: " + p['sed']] + wrap(p['body'], 78) + wrap(p['find'], 78) + wrap(p['outcome'], 78)
        L += ["Complications: " + p['comp'], "Plan:"] + ["- " + r for r in p['rec']] + ["", clinician(R) + " " + R.choice(["CT2", "ST3", "FY2", "Reg"]) + " bleep " + str(R.randint(1000, 9999))]
    elif layout == 5:  # generic procedure record form
        L += [doc.trust, R.choice(["PROCEDURE RECORD", "Invasive Procedure Documentation", "Bedside Procedure Record", "Clinical Procedure Form"]), ""]
        L += ["Surname: " + doc.last.upper(), "First name: " + doc.first, "DOB: " + doc.dob_s(), "Hospital number: " + doc.hospno, ""]
        for k, v in [("Procedure", p['title']), ("Date", doc.d()), ("Operator", op), ("Supervised", R.choice(["Yes", "No", "N/A"])),
                     ("Indication", p['ind']), ("Safety checklist (LocSSIP)", "Completed"), ("Anticoagulation checked", R.choice(["Yes - INR 1.1", "Yes", "N/A"])),
                     ("Sedation / LA", p['sed']), ("Technique", p['body']), ("Findings", p['find']), ("Result", p['outcome']),
                     ("Complications", p['comp']), ("Post procedure plan", "; ".join(p['rec']))]:
            L += wrap("%s: %s" % (k, v), 86)
        L += ["", "Signature ______________   Designation " + R.choice(["Consultant", "Registrar", "Nurse Endoscopist", "GP"])]
    else:  # dictated narrative/letter
        L += hosp_head(doc) + to_gp_block(doc) + [doc.d(), "", "Dear " + doc.gp + ",", ""] + re_line(doc) + [""]
        L += ["Procedure: " + p['title'] + " - " + doc.d(), ""]
        L += wrap("Indication: %s. %s %s %s Complications: %s." % (p['ind'], p['body'], p['find'], p['outcome'], p['comp'].lower()), 82)
        L += ["", "Recommendations:"] + ["  %d. %s" % (i, r) for i, r in enumerate(p['rec'], 1)] + signoff(doc, op, R.choice(["Consultant", "Consultant Gastroenterologist", "Consultant Physician", "Consultant Cardiologist"]))
    return finish(doc, L, footer=page_foot(doc))


# --------------------------------------------------------------------------
# 7 LAB REPORT
# --------------------------------------------------------------------------
MICRO = [
    ("MSU", "Mid-stream urine", "Dysuria, frequency", "Microscopy: WBC >100 /uL, RBC 10-100 /uL, epithelial cells scanty.",
     "Culture: >10^5 cfu/mL Escherichia coli", [("Nitrofurantoin", "S"), ("Trimethoprim", "R"), ("Amoxicillin", "R"), ("Cefalexin", "S"), ("Fosfomycin", "S")],
     "Resistant to trimethoprim. Nitrofurantoin appropriate if eGFR > 45.", 'uti'),
    ("Wound swab", "Wound swab - left shin", "Cellulitis, exudate", "", "Culture: Heavy growth of Staphylococcus aureus",
     [("Flucloxacillin", "S"), ("Clarithromycin", "S"), ("Doxycycline", "S"), ("Penicillin", "R")], "Not MRSA.", 'cellulitis'),
    ("Sputum", "Sputum", "Exacerbation COPD, purulent sputum", "Gram stain: pus cells +++", "Culture: Haemophilus influenzae",
     [("Amoxicillin", "R"), ("Co-amoxiclav", "S"), ("Doxycycline", "S"), ("Clarithromycin", "S")], "Beta-lactamase producer.", 'copd'),
    ("Faeces", "Faeces", "Diarrhoea x5 days", "", "Salmonella, Shigella, Campylobacter, E. coli O157: NOT isolated. C. difficile toxin: not detected.", [],
     "No enteric pathogens isolated.", None),
    ("H pylori", "Faeces - H. pylori antigen", "Dyspepsia", "", "Helicobacter pylori stool antigen: DETECTED", [], "Consider eradication therapy as per local guidelines.", 'dyspepsia'),
]


def gen_lab_report(R):
    layout = R.randint(0, 6)
    if layout == 2:
        m = R.choice(MICRO)
        doc = Doc(R, C[m[7]] if m[7] else None)
    else:
        doc = Doc(R, C[R.choice([k for k in C if k not in ('otitis', 'eczema')])])
    names, bias = panels_for(doc)
    labno = "%s%02d%07d" % (R.choice(["H", "B", "C", "L"]), doc.date.year % 100, R.randint(0, 9999999))
    coll = doc.days(-R.randint(0, 2))
    labname = R.choice(["Blood Sciences", "Clinical Biochemistry", "Pathology Laboratory", "Haematology & Blood Transfusion", "Laboratory Medicine"])
    req = R.choice([doc.gp, doc.gp2, "%s (%s)" % (doc.gp, doc.prac_code)])
    L = []

    def rows(fmt):
        out = []
        for pn in names:
            if fmt != 'flat':
                out.append(pn if fmt != 'emis' else "%s  %s" % (doc.d(coll, 'dMy'), pn))
            for t in PANELS[pn]:
                s, unit, rng, flag, term = lab_value(doc, t, bias)
                if fmt == 'emis':
                    out.append("    %-48s %8s %-14s [%s]%s" % (term, s, unit, rng, ("  " + R.choice(["Above", "Below"]) + " high reference limit") if flag == "H" and R.random() < .3 else (" " + flag if flag else "")))
                elif fmt == 'flat':
                    out.append("%-14s %7s %-3s %-14s (%s)" % (t, s, ("*" + flag) if flag else "", unit, rng))
                else:
                    out.append("  %-20s %8s  %-14s %-14s %s" % (t, s, unit, rng, flag))
            out.append("")
        return out
    if layout == 0:   # EMIS test result screen
        L += emis_header(doc, R.choice(["Test Results", "Investigation Results", ""]))
        L += ["Test request: %s   Requested by: %s   Specimen: Blood" % (", ".join(names), req), "Lab ref: " + labno, ""] + rows('emis')
        L += ["Filed by: %s on %s" % (R.choice([doc.gp, doc.gp2]), doc.d(doc.days(R.randint(1, 4)), 'dMy')),
              "Action: " + R.choice(["Normal - no action", "Satisfactory", "Abnormal - make routine appointment", "Abnormal - telephone patient", "Repeat in 3 months", "Discuss at next review", "Reviewed - see consultation"])]
        return finish(doc, L, footer=gp_print_footer(doc))
    if layout == 1:   # hospital lab printout
        L += [doc.trust, doc.hosp + " " + labname, "Tel: %s" % phone(R), "=" * 60]
        L += ["Patient: %-30s DOB: %s  Sex: %s" % (doc.name('comma'), doc.dob_s(), doc.sex), "%s: %s   MRN: %s" % (doc.idlabel(), doc.idval(), doc.hospno),
              "Requester: %s   Location: %s" % (req, R.choice([doc.prac, "GP", doc.prac_code])),
              "Collected: %s %02d:%02d   Received: %s   Reported: %s" % (doc.d(coll), R.randint(8, 12), R.randint(0, 59), doc.d(coll), doc.d()),
              "Lab No: " + labno, "Clinical details: " + R.choice([doc.cond['pc'], "routine", "annual review", "TATT", "monitoring", "?" + doc.cond['dx'].lower()]), "=" * 60, ""]
        L += rows('hosp') + [R.choice(["", "Results authorised by %s, Clinical Scientist" % clinician(R, 'nurse'), "*** End of report ***", "Validated: " + initials(clinician(R))])]
        return finish(doc, L, footer=page_foot(doc))
    if layout == 2:   # microbiology
        L += [doc.hosp + " - Medical Microbiology", R.choice(["MICROBIOLOGY REPORT", "Culture & Sensitivity", "Microbiology"]), ""]
        L += ["Name: %s   DOB: %s   %s" % (doc.name('upper'), doc.dob_s(), doc.pid()), "Source: %s   Requested by: %s" % (doc.prac, req),
              "Specimen: %s   Lab No: %s" % (m[1], labno), "Collected: %s   Reported: %s" % (doc.d(coll), doc.d()), "Clinical details: " + m[2], ""]
        if m[3]:
            L += [m[3]]
        L += [m[4], ""]
        if m[5]:
            L += ["Sensitivities:"] + ["   %-18s %s" % a for a in m[5]] + [""]
        L += ["Comment: " + m[6], "", R.choice(["Reported by: " + clinician(R, 'cons') + ", Consultant Microbiologist", "Authorised: BMS " + initials(clinician(R)), ""])]
        return finish(doc, L)
    if layout == 3:   # cumulative
        L += [labname + " - CUMULATIVE REPORT", doc.name('comma') + "   " + doc.dob_s() + "   " + doc.idval(), ""]
        dates = sorted([doc.days(-R.randint(20, 700)) for _ in range(3)]) + [doc.date]
        L.append("%-14s" % "" + "".join("%-11s" % doc.d(x, 'dmy2') for x in dates))
        for pn in names:
            for t in PANELS[pn]:
                vals = [lab_value(doc, t, bias if i == 3 else {})[0] for i in range(4)]
                L.append("%-14s" % t + "".join("%-11s" % v for v in vals) + "  " + TESTS[t][0])
        L += ["", "Requested by: " + req]
        return finish(doc, L)
    if layout == 4:   # pathlinks message
        L += ["Pathology Report - " + R.choice(names) + (" (and others)" if len(names) > 1 else ""), "From: " + doc.hosp + " " + labname,
              "To: " + doc.prac + " (" + doc.prac_code + ")", "Received: " + doc.d() + " %02d:%02d" % (R.randint(9, 18), R.randint(0, 59)), ""]
        L += ["Patient: " + doc.name('full') + "  DOB " + doc.dob_s() + "  " + doc.pid(), "Specimen: Serum/whole blood  Sample ID: " + labno, ""] + rows('flat')
        L += ["Comment: " + R.choice(["", "Sample haemolysed - potassium may be falsely raised.", "eGFR calculated using CKD-EPI.", "HbA1c >= 48 mmol/mol is consistent with diabetes.", "Please note new reference ranges."])]
        return finish(doc, L)
    if layout == 5:  # anticoagulation / INR POCT
        L += [doc.prac + " Anticoagulation Clinic", "INR RECORD", "", "Patient: %s  DOB %s  %s" % (doc.name('full'), doc.dob_s(), doc.pid()),
              "Indication: " + R.choice(["AF", "DVT", "Mechanical AVR"]) + "   Target INR: " + R.choice(["2.5 (2.0-3.0)", "3.0 (2.5-3.5)"]), ""]
        L.append("%-12s %-6s %-22s %-12s %s" % ("Date", "INR", "Dose (mg/day)", "Next test", "Initials"))
        d = doc.days(-80)
        for i in range(R.randint(4, 8)):
            d = d + dt.timedelta(days=R.randint(7, 28))
            L.append("%-12s %-6.1f %-22s %-12s %s" % (doc.d(d, 'dmy'), R.uniform(1.7, 3.6), R.choice(["3", "4", "3/4 alt", "5", "4.5"]), doc.d(d + dt.timedelta(days=14), 'dmy'), initials(clinician(R, 'nurse'))))
        L += ["", "CoaguChek POCT. Strip lot %d" % R.randint(10000, 99999)]
        return finish(doc, L)
    # compact bare table (ICE)
    L += ["%s  |  %s  |  %s" % (doc.name('upper'), doc.dob_s(), doc.idval()), "Req: " + req + "  Coll: " + doc.d(coll), "-" * 50] + rows('flat') + ["-" * 50]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 8 IMAGING REPORT
# --------------------------------------------------------------------------
def gen_imaging_report(R):
    key = R.choice(list(IMG))
    im = IMG[key]
    doc = Doc(R, C[im['cond']] if im.get('cond') else None, sex=im.get('sex'), ages=(30, 85) if not im.get('cond') else None)
    rad = clinician(R, 'cons')
    acc = "%s%d" % (R.choice(["RAD", "RX", "US", "CT", "MR", "A"]), R.randint(1000000, 9999999))
    layout = R.randint(0, 5)
    if im['mod'] == 'Echocardiography' and R.random() < .6:
        layout = 6
    L = []
    if layout == 0:
        L += [doc.hosp + " - Department of Radiology" if R.random() < .5 else "Imaging Department, " + doc.hosp, ""]
        L += ["Patient: %s   DOB: %s   %s   MRN: %s" % (doc.name('comma'), doc.dob_s(), doc.pid(), doc.hospno),
              "Referrer: %s   Location: %s" % (R.choice([doc.gp, clinician(R, 'cons')]), R.choice(["GP Direct Access", doc.prac, "OPD", "ED", "Ward 7"])),
              "Exam date: %s   Accession: %s" % (doc.d(), acc), "", "Examination: " + im['exam'], "Clinical details: " + im['ind'], "", "Report:"]
        L += wrap(im['find'], 84) + ["", "Conclusion:"] + wrap(im['concl'], 84)
        L += ["", "Reported by: %s, Consultant Radiologist   %s" % (rad, doc.d(doc.days(R.randint(0, 5)))), R.choice(["GMC %d" % R.randint(4000000, 7999999), "", "Verified"])]
    elif layout == 1:  # terse
        L += ["%s  %s  %s" % (doc.name('upper'), doc.dob_s(), doc.hospno), "", "%s  %s" % (im['exam'].upper(), doc.d()), ""]
        L += wrap(im['find'] + " " + im['concl'], 80) + ["", initials(rad) + " / " + rad]
    elif layout == 2:  # letter-style report to GP
        L += hosp_head(doc, "Radiology") + to_gp_block(doc) + ["Date: " + doc.d(), ""] + re_line(doc)
        L += ["", "Examination: %s performed %s" % (im['exam'], doc.d()), "", "Dear Doctor,", ""] + wrap("Clinical history: " + im['ind'] + ".", 82) + [""]
        L += ["FINDINGS:"] + wrap(im['find'], 82) + ["", "IMPRESSION:"] + wrap(im['concl'], 82) + signoff(doc, rad, "Consultant Radiologist", dictated=False)
    elif layout == 3:  # GP system attachment
        L += emis_header(doc, "Radiology Result")
        L += ["%s  %s  Requested by %s" % (doc.d(doc.date, 'dMy'), im['exam'], doc.gp), "    Result:"] + wrap(im['find'], 84, "    ")
        L += ["    Impression: " + im['concl'], "    Reported by " + rad, "", "Filed: " + doc.d(doc.days(R.randint(1, 6)), 'dMy') + " by " + doc.gp2,
              "GP comment: " + R.choice(["Noted. Pt informed by phone.", "Discuss at next appt.", "Routine - no action.", "Abnormal - book GP appt.", "Seen, letter to patient."])]
        return finish(doc, L, footer=gp_print_footer(doc))
    elif layout == 4:  # structured header block in caps
        L += ["RADIOLOGY REPORT" if R.random() < .4 else doc.trust, ""]
        for k, v in [("NAME", doc.name('upper')), ("DOB", doc.dob_s()), ("HOSPITAL NO", doc.hospno), (doc.idlabel().upper(), doc.idval()),
                     ("EXAMINATION", im['exam']), ("MODALITY", im['mod']), ("DATE OF EXAM", doc.d()), ("REFERRING CLINICIAN", doc.gp), ("ACCESSION", acc)]:
            L.append("%-22s %s" % (k + ":", v))
        L += ["", "CLINICAL INDICATION: " + im['ind'], "", "TECHNIQUE: " + R.choice(["Standard protocol.", "Non-contrast.", "Multiplanar multisequence imaging.", "As per departmental protocol.", "n/a"]), "",
              "COMPARISON: " + R.choice(["None available.", "Previous study %s." % doc.d(doc.days(-R.randint(100, 1500))), "None."]), "", "FINDINGS:"]
        L += wrap(im['find'], 84) + ["", "IMPRESSION:"] + ["  " + x.strip() + "." for x in im['concl'].split(".") if x.strip()] + ["", "Dictated by: " + rad, "Signed: " + doc.d(doc.days(1))]
    elif layout == 5:  # addendum / discrepancy / short with code
        L += [doc.hosp, "Report for: " + doc.name('full') + "  (" + doc.dob_s() + ")", "", im['exam'] + " - " + doc.d()]
        L += ["Indication: " + im['ind'], ""] + wrap(im['find'], 80) + ["", "Opinion: " + im['concl']]
        if R.random() < .5:
            L += ["", "ADDENDUM %s: Findings discussed with referring clinician by telephone." % doc.d(doc.days(1))]
        L += ["", "Reporter: " + rad + (" (Reporting Radiographer)" if R.random() < .3 else "")]
    else:  # echo measurement report
        L += [doc.hosp + " Cardiac Investigations", "ECHOCARDIOGRAM REPORT", ""]
        L += ["Name: %s  DOB: %s  Hosp no: %s" % (doc.name('full'), doc.dob_s(), doc.hospno), "Height %dcm  Weight %dkg  BSA %.2f  HR %d  Rhythm: %s" % (R.randint(150, 190), R.randint(55, 110), R.uniform(1.6, 2.2), R.randint(55, 120), "AF" if doc.cond and doc.cond['key'] == 'af' else "SR"),
              "Image quality: " + R.choice(["Good", "Adequate", "Suboptimal - poor windows"]), "Indication: " + im['ind'], ""]
        ef = 32 if doc.cond and doc.cond['key'] == 'hf' else R.randint(55, 64)
        L += ["Measurements:", "  IVSd %.1f cm   LVIDd %.1f cm   LVPWd %.1f cm" % (R.uniform(0.8, 1.2), 6.2 if ef < 40 else R.uniform(4.2, 5.4), R.uniform(0.8, 1.1)),
              "  EF (biplane) %d%%   TAPSE %.1f cm   LA vol index %d ml/m2" % (ef, R.uniform(1.6, 2.4), R.randint(25, 45)), "  E/e' %d   AV Vmax %.1f m/s" % (R.randint(6, 15), R.uniform(1.1, 1.8)), ""]
        L += ["Findings:"] + wrap(im['find'], 84, "  ") + ["", "Summary:"] + wrap(im['concl'], 84, "  ") + ["", "Sonographer: " + clinician(R, 'nurse') + " (BSE accredited)"]
    return finish(doc, L, footer=page_foot(doc))


# --------------------------------------------------------------------------
# 9 PATHOLOGY REPORT
# --------------------------------------------------------------------------
def gen_pathology_report(R):
    key = R.choice(list(PATH))
    pa = PATH[key]
    doc = Doc(R, C[pa['cond']] if pa['cond'] else None, sex=pa.get('sex'), ages=(25, 64) if key == 'cervical' else (52, 80) if key == 'endometrial' else None)
    path = clinician(R, 'cons')
    lab = "%s%02d/%05d" % (R.choice(["H", "S", "HS", "C"]), doc.date.year % 100, R.randint(1, 99999))
    rec = doc.days(-R.randint(3, 12))
    sender = R.choice([doc.gp, clinician(R, 'surgeon'), clinician(R, 'cons')])
    L = []
    layout = R.randint(0, 5)
    if key == 'cervical':
        layout = R.choice([6, 6, 3])
    if layout == 0:
        L += [doc.hosp + " - Cellular Pathology", R.choice(["HISTOPATHOLOGY REPORT", "Histology Report", "SURGICAL PATHOLOGY", ""]), ""]
        L += ["Patient: %s   DOB: %s   Sex: %s" % (doc.name('comma'), doc.dob_s(), doc.sex), "%s: %s   MRN: %s" % (doc.idlabel(), doc.idval(), doc.hospno),
              "Lab No: %s   Received: %s   Reported: %s" % (lab, doc.d(rec), doc.d()), "Requesting clinician: %s   Copy to: %s" % (sender, doc.gp), ""]
        L += ["SPECIMEN: " + pa['spec'], "", "CLINICAL DETAILS:"] + wrap(pa['clin'], 84) + ["", "MACROSCOPIC DESCRIPTION:"] + wrap(pa['macro'], 84)
        L += ["", "MICROSCOPIC DESCRIPTION:"] + wrap(pa['micro'], 84) + ["", "CONCLUSION:"] + wrap(pa['concl'], 84)
        L += ["", "SNOMED: " + pa['snomed'], "", "Reported by: %s, Consultant Histopathologist" % path, "Authorised: " + doc.d()]
    elif layout == 1:  # summary-first
        L += [doc.trust + " | Department of Cellular Pathology", ""]
        L += ["%s  %s  %s  Lab %s" % (doc.name('upper'), doc.dob_s(), doc.idval(), lab), "", "SUMMARY"] + wrap(pa['concl'], 84)
        L += ["", "Specimen: " + pa['spec'], "Clinical: " + pa['clin'], "", "Macro: " + pa['macro'], "", "Micro: " + pa['micro'], "", path + " " + doc.d()]
    elif layout == 2:  # GP filed histology result
        L += emis_header(doc, "Histology result")
        L += ["%s  Histopathology report received (%s)" % (doc.d(doc.date, 'dMy'), lab), "    Specimen: " + pa['spec']] + wrap(pa['micro'], 84, "    ")
        L += ["    Conclusion: " + pa['concl'], "    Pathologist: " + path, "", "Filed by " + doc.gp + ": " + R.choice(["Benign - letter to patient", "Seen. Hospital to follow up", "Noted. Under secondary care.", "Discussed with patient."])]
        return finish(doc, L, footer=gp_print_footer(doc))
    elif layout == 3:  # tabular Scottish/Welsh lab
        L += [doc.trust, "Laboratory Medicine - Pathology", "=" * 55]
        for k, v in [("Surname", doc.last.upper()), ("Forename", doc.first), ("DOB", doc.dob_s()), (doc.idlabel(), doc.idval()), ("Sender", sender), ("Location", R.choice([doc.prac, "Theatres", "Day Surgery", "OPD"])),
                     ("Specimen", pa['spec']), ("Date collected", doc.d(rec)), ("Date reported", doc.d()), ("Lab ref", lab)]:
            L.append("%-16s %s" % (k, v))
        L += ["=" * 55, "Clinical information: " + pa['clin'], "", "Report:"] + wrap(pa['macro'] + " " + pa['micro'], 84) + ["", "Diagnosis: " + pa['concl'], "", "Reported by " + path]
    elif layout == 4:  # MDT/supplementary
        L += [doc.hosp + " Histopathology", "SUPPLEMENTARY REPORT" if R.random() < .4 else "FINAL REPORT", "Patient: " + doc.name('full') + "  DOB " + doc.dob_s() + "  " + doc.pid(), "Lab No: " + lab, ""]
        L += ["Nature of specimen: " + pa['spec'], ""] + wrap(pa['micro'], 84) + ["", "Diagnosis:"] + ["  " + x.strip() for x in pa['concl'].split(":")] + ["",
              "For discussion at %s MDT %s." % (doc.cond['spec'] if doc.cond else "specialist", doc.d(doc.days(R.randint(2, 9)))) if R.random() < .6 else "", path + ", FRCPath"]
    elif layout == 5:  # compact typed
        L += ["HISTOLOGY  " + lab, doc.name('comma') + " (" + doc.dob_s() + ")", "From: " + sender, "", "Specimen: " + pa['spec']] + wrap(pa['clin'], 80) + [""]
        L += wrap(pa['macro'], 80) + [""] + wrap(pa['micro'], 80) + ["", ">> " + pa['concl'], "", "Dr " + path.split()[-1] + "/" + initials(clinician(R))]
    else:  # cervical screening result
        L += [R.choice(["Cervical Screening Programme", "NHS Cervical Screening - Result", "Scottish Cervical Screening Programme" if doc.nation == 'S' else "Cervical Screening Wales" if doc.nation == 'W' else "Cytology Department"]), doc.hosp, ""]
        L += ["Name: " + doc.name('full'), "DOB: " + doc.dob_s(), doc.idlabel() + ": " + doc.idval(), "Sample taker: " + clinician(R, 'nurse') + " (PIN %d)" % R.randint(10000, 99999), "Source: " + doc.prac + " " + doc.prac_code,
              "Date taken: " + doc.d(rec), "Test: " + pa['spec'], "", "HPV result: " + R.choice(["hrHPV NOT detected", "hrHPV not detected"]), "Cytology: " + R.choice(["Not required", "Not performed (HPV negative)"]),
              "Result code: " + R.choice(["X0A", "N/A", "0"]), "Action: " + R.choice(["Routine recall - 3 years", "Routine recall - 5 years", "Routine recall"]), "", "Next test due: " + doc.d(doc.days(365 * R.choice([3, 5]))), "", "Authorised: " + clinician(R, 'nurse') + ", Consultant BMS"]
    return finish(doc, L, footer=page_foot(doc))


# --------------------------------------------------------------------------
# 10 MEDICATION LIST
# --------------------------------------------------------------------------
def gen_medication_list(R):
    doc = Doc(R, C[R.choice(ADULT_CHRONIC + ['bph', 'migraine'])], ages=(45, 92))
    meds = med_list(doc, n_bg=R.randint(1, 5))
    full = [(m[0], m[1], next((x[2] for x in doc.cond['meds'] if x[0] == m[0]), str(R.choice([28, 56, 84, 30, 112])))) for m in meds]
    layout = R.randint(0, 6)
    L = []
    if layout == 0:  # EMIS medication screen
        L += emis_header(doc, R.choice(["Medication", "Current Medication", "Repeat Medication List", ""]))
        L += ["Repeat Medication", "%-48s %-38s %-9s %-12s %s" % ("Drug", "Dosage", "Qty", "Last Issue", "Review")]
        for m in full:
            L.append("%-48s %-38s %-9s %-12s %s" % (m[0], m[1].lower()[:38], m[2], doc.d(doc.days(-R.randint(1, 60)), 'dMy'), doc.d(doc.days(R.randint(30, 300)), 'dMy')))
        L += ["", "Acute Medication (last 12 months)"]
        for x in R.sample(BG_MEDS, 2):
            L.append("%-48s %-38s %s" % (x[0], x[1].lower(), doc.d(doc.days(-R.randint(60, 360)), 'dMy')))
        L += ["", "Allergies: " + allergy(doc), "Medication review due: " + doc.d(doc.days(R.randint(20, 300)))]
        return finish(doc, L, footer=gp_print_footer(doc))
    if layout == 1:  # SystmOne repeat templates
        L += ["Repeat Templates - " + doc.name('full') + " (" + doc.dob_s() + ")", doc.prac, ""]
        for m in full:
            L += ["%s" % m[0], "    %s, %s %s   Issues: %d/%d   Authorised by %s %s" % (m[1].lower(), m[2], R.choice(["tablet", "", "capsule"]) if m[2].isdigit() else "",
                                                                                      R.randint(1, 6), R.choice([6, 12, 13]), R.choice([doc.gp, doc.gp2]), doc.d(doc.days(-R.randint(60, 700))))]
        L += ["", "Sensitivities & Allergies: " + allergy(doc)]
        return finish(doc, L)
    if layout == 2:  # hospital med rec
        L += [doc.hosp + " Pharmacy", R.choice(["MEDICINES RECONCILIATION", "Medicines Reconciliation Form", "Drug History / Reconciliation"]), ""]
        L += ["Patient: " + doc.name('comma') + "  DOB " + doc.dob_s() + "  Ward: " + R.choice(["AMU", "Ward 6", "Ward 21"]), "Sources used: " + ", ".join(R.sample(["GP summary (SCR)", "patient", "relative", "own drugs (PODs)", "GP surgery phone", "blister pack"], 3)), ""]
        L.append("%-44s %-34s %-16s %s" % ("Medicine", "Dose/frequency", "Action on adm.", "Comment"))
        for m in full:
            L.append("%-44s %-34s %-16s %s" % (m[0], m[1].lower()[:34], R.choice(["Continue", "Continue", "Withhold", "Stop", "Changed"]), R.choice(["", "POD x2 boxes", "compliance good", "GP record matches", ""])))
        L += ["", "Allergies confirmed: " + allergy(doc), "Compliance aid: " + R.choice(["None", "Dosette", "Blister pack (pharmacy)"]), "Reconciled by: " + clinician(R, 'nurse') + " (Pharmacist)  " + doc.d()]
        return finish(doc, L)
    if layout == 3:  # structured medication review
        L += [doc.prac, "STRUCTURED MEDICATION REVIEW" if R.random() < .5 else "Medication Review", "", "Patient: " + doc.name('full') + "   " + doc.pid(), "Reviewed by: " + clinician(R, 'nurse') + " (Clinical Pharmacist)   " + doc.d(), "Problems: " + ", ".join([doc.cond['dx']] + pmh_list(doc, 2)), ""]
        for m in full:
            L.append("- %s - %s -> %s" % (m[0], m[1].lower(), R.choice(["continue", "continue", "continue", "reduce", "stop - no indication", "switch to generic"])))
        L += ["", "Bloods: " + R.choice(["up to date", "U&E due", "LFT/lipids requested"]), "Patient agreed with plan. Next review 12 months."]
        return finish(doc, L)
    if layout == 4:  # patient-held list / care home MAR
        L += ["MY MEDICINES" if R.random() < .4 else "Medication Administration Record", "Name: " + doc.name('plain'), "Home: " + R.choice(["own home", "Rosewood Care Home", "Heather Lodge Nursing Home"]), "Pharmacy: " + doc.pharm, "GP: " + doc.gp, ""]
        L.append("%-42s %-6s %-6s %-6s %-6s" % ("Medicine / dose", "08:00", "12:00", "18:00", "22:00"))
        for m in meds:
            d = m[1].lower()
            cols = ["X" if ("morning" in d or "daily" in d or "twice" in d or "three" in d or "four" in d) else "", "X" if ("three" in d or "four" in d) else "",
                    "X" if ("twice" in d or "three" in d or "four" in d) else "", "X" if ("night" in d or "four" in d) else ""]
            L.append("%-42s %-6s %-6s %-6s %-6s" % (m[0][:42], *cols))
        L += ["", "Allergies: " + allergy(doc), "Checked by: " + clinician(R, 'nurse') + "  " + doc.d()]
        return finish(doc, L)
    if layout == 5:  # summary care record extract
        L += ["Summary Care Record" if doc.nation == 'E' else "Emergency Care Summary" if doc.nation == 'S' else "GP Record (WGPR)", "Viewed: " + doc.d() + " by " + clinician(R) + " (" + doc.hosp + ")", ""]
        L += ["%s  %s  %s  %s" % (doc.name('upper'), doc.dob_s(), doc.sexw(), doc.idval()), doc.address(), "", "Acute medications", "  None in last 3 months" if R.random() < .5 else "  " + R.choice(BG_MEDS)[0], "", "Repeat medications"]
        for m in full:
            L.append("  %s  %s  Last issued %s" % (m[0], m[1].lower(), doc.d(doc.days(-R.randint(1, 50)))))
        L += ["", "Allergies and adverse reactions", "  " + allergy(doc)]
        return finish(doc, L)
    # letter attachment "current medication" list
    L += ["Current medication as at " + doc.d(), doc.name('full') + " - " + doc.dob_s(), ""] + med_table(doc, meds, R.randint(0, 4)) + ["", "Allergies: " + allergy(doc)]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 11 PRESCRIPTION
# --------------------------------------------------------------------------
NUMWORDS = {10: "ten", 14: "fourteen", 28: "twenty-eight", 56: "fifty-six", 30: "thirty", 60: "sixty", 20: "twenty", 100: "one hundred"}


def gen_prescription(R):
    layout = R.randint(0, 7)
    doc = Doc(R, C[R.choice([k for k in C if C[k]['meds']])])
    c = doc.cond
    items = c['meds'][:R.randint(1, min(3, len(c['meds'])))]
    form = {'E': "FP10SS", 'S': "GP10", 'W': "WP10SS"}[doc.nation]
    pres = R.choice([doc.gp, doc.gp2])
    L = []
    if layout in (0, 1):  # NHS prescription form
        L += ["Pharmacy Stamp" + " " * 20 + "Age   " + ("%d" % doc.age) + "     Title, Forename, Surname & Address", " " * 34 + "D.o.B " + doc.dob_s(style='dmy')]
        L += [" " * 40 + doc.name('full'), " " * 40 + doc.addr[0], " " * 40 + ", ".join(doc.addr[1:]) + " " + doc.pc, " " * 40 + doc.idlabel() + ": " + doc.idval(), ""]
        L += ["Please don't stamp over age box", "Number of days' treatment N.B. Ensure dose is stated", "Endorsements", ""]
        for m in items:
            L += ["  " + m[0], "  " + m[1], "  Supply %s" % m[2], ""]
        L += ["  *** %d item(s) ***" % len(items) if layout == 0 else "  ----- no further items -----", "", "Signature of Prescriber" + " " * 20 + "Date " + doc.d(style='dmy'), " " * 4 + "___" + pres.split()[-1] + "___",
              "For dispenser", "No. of Prescns. on form %d" % len(items), "", pres + "  " + str(R.randint(1000000, 9999999)), doc.prac, ", ".join(doc.prac_addr) + " " + doc.prac_pc, "Tel " + doc.prac_tel,
              doc.commissioner(), "", "%s %s%010d" % (form + R.choice(["", "0105", "Rev"]), R.choice(["", "A"]), R.randint(0, 10 ** 9))]
    elif layout == 2:  # EPS token
        L += ["Prescription token" if R.random() < .5 else "", "THIS IS NOT A PRESCRIPTION - Electronic Prescription Service", ""]
        L += ["Patient: " + doc.name('full'), "DOB: " + doc.dob_s(), "NHS No: " + doc.nhs, "Address: " + doc.address(), ""]
        for m in items:
            L += ["  %s  Qty: %s" % (m[0], m[2]), "    %s" % m[1]]
        L += ["", "Prescription ID: %06X-%s-%05X%s" % (R.randint(0, 16 ** 6 - 1), doc.prac_code, R.randint(0, 16 ** 5 - 1), R.choice("ABCDEFG+")),
              "Prescriber: " + pres, doc.prac, "Nominated pharmacy: " + R.choice([doc.pharm, "None"]), "Date: " + doc.d(), "", "Patient declaration on reverse"]
    elif layout == 3:  # repeat slip (right hand side)
        L += [R.choice(["REPEAT PRESCRIPTION REQUEST", "Re-order form", "Repeat slip - tick items required", ""]), doc.name('comma') + "   " + doc.dob_s(), doc.prac + "  " + doc.prac_tel, ""]
        L.append("%-4s %-46s %-30s %-6s %s" % ("", "Item", "Dose", "Qty", "Last issued"))
        for m in c['meds'] + [(x[0], x[1], "28") for x in R.sample(BG_MEDS, R.randint(0, 3))]:
            L.append("%-4s %-46s %-30s %-6s %s" % (checkbox(R, R.random() < .5), m[0], m[1].lower()[:30], m[2], doc.d(doc.days(-R.randint(1, 60)), 'dmy')))
        L += ["", "Medication review due: " + doc.d(doc.days(R.randint(30, 365))), "Please allow 2 full working days for repeat prescriptions.",
              R.choice(["Order online via NHS App", "Please leave slip in the box at reception", "Requests are not accepted by telephone"])]
    elif layout == 4:  # private prescription
        L += ["PRIVATE PRESCRIPTION", R.choice(["Wexbridge Private Clinic", "%s Independent Medical Practice" % doc.town, doc.prac + " (private services)"]), ""]
        L += ["Patient: %s   Age: %d   DOB: %s" % (doc.name('full'), doc.age, doc.dob_s()), "Address: " + doc.address(), "", "Rx"]
        for m in items:
            L += ["   %s   Supply: %s" % (m[0], m[2]), "   Sig: %s" % m[1]]
        L += ["", "Prescriber: " + pres + "   GMC No: %d" % R.randint(3000000, 7999999), "Signature: ______________   Date: " + doc.d()]
    elif layout == 5:  # hospital OP / TTO prescription
        L += [doc.hosp + " Pharmacy", R.choice(["OUTPATIENT PRESCRIPTION", "TTO / Discharge Prescription", "Hospital Prescription (HP)"]), ""]
        L += ["Name: " + doc.name('comma'), "Hosp No: " + doc.hospno + "  DOB: " + doc.dob_s() + "  Wt: %dkg" % R.randint(50, 110), "Allergies: " + allergy(doc), "Clinic/Ward: " + c['spec'], ""]
        L.append("%-44s %-8s %-36s %-8s %s" % ("Drug (approved name)", "Route", "Dose & frequency", "Days", "Pharm"))
        for m in items:
            L.append("%-44s %-8s %-36s %-8s %s" % (m[0], "PO" if "inhaler" not in m[0] and "cream" not in m[0] else "top/inh", m[1].lower()[:36], R.choice(["7", "14", "28", "5"]), initials(clinician(R))))
        L += ["", "Prescriber: " + clinician(R) + "  bleep %d   Date %s" % (R.randint(1000, 9999), doc.d()), "Screened by: ____  Dispensed: ____  Checked: ____"]
    elif layout == 6:  # controlled drug prescription
        doc = Doc(R, None, ages=(55, 92))
        qty = R.choice([28, 56, 60])
        L += [{'E': "FP10SS", 'S': "GP10", 'W': "WP10SS"}[doc.nation], "", "Name: %s   Age %d   DOB %s" % (doc.name('full'), doc.age, doc.dob_s()), "Address: " + doc.address(), doc.idlabel() + ": " + doc.idval(), ""]
        drug = R.choice([("Morphine sulfate 10mg modified-release tablets (Zomorph)", "ONE tablet TWICE a day"), ("Oxycodone 5mg/5ml oral solution", "2.5ml to 5ml every 4 hours when required for pain"), ("Buprenorphine 10micrograms/hour transdermal patches", "Apply ONE patch every 7 days")])
        L += ["  " + drug[0], "  Dose: " + drug[1], "  Total quantity: %d (%s) %s" % (qty, NUMWORDS.get(qty, str(qty)), "tablets" if "tablet" in drug[0] else "units"), "", "  CD - Schedule %s" % R.choice(["2", "3"]), "",
              "Signature ______ " + doc.gp, "Date " + doc.d(), doc.prac + "  " + doc.prac_tel]
    else:  # GP handwritten acute/visiting script
        L += [doc.prac, doc.gp, "", doc.d(), "", doc.name('plain') + " " + doc.dob_s(), "", "Rx"]
        for m in items:
            L += [m[0].replace(" tablets", " tabs").replace(" capsules", " caps"), "  " + m[1].lower(), "  " + ("#" + m[2] if R.random() < .5 else "Supply " + m[2])]
        L += ["", "__" + initials(doc.gp) + "__"]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 12 ANAESTHESIA RECORD
# --------------------------------------------------------------------------
def gen_anesthesia_record(R):
    key = R.choice(list(OPS))
    op = OPS[key]
    doc = Doc(R, C[op['cond']])
    an = clinician(R, 'cons')
    asa = R.choice([1, 2, 2, 3]) if doc.age < 70 else R.choice([2, 3, 3, 4])
    wt = R.randint(52, 112)
    ga = 'GA' in op['anaes'] or 'LMA' in op['anaes']
    L = []
    t0h, t0m = R.randint(8, 15), R.choice([0, 15, 30, 45])
    layout = R.randint(0, 5)
    induction = [("Propofol", "%dmg" % (wt * 2 + R.randint(-20, 20))), ("Fentanyl", "%dmcg" % R.choice([50, 100, 150])), ("Ondansetron", "4mg"), ("Dexamethasone", "6.6mg")]
    if key in ('lap_chole', 'appendicectomy'):
        induction.append(("Rocuronium", "%dmg" % int(wt * 0.6)))
    if layout == 0:  # anaesthetic chart
        L += [doc.trust, R.choice(["ANAESTHETIC RECORD", "Anaesthetic Chart", "Intra-operative Anaesthesia Record"]), ""]
        L += ["Name: %s   DOB: %s   Hosp no: %s" % (doc.name('comma'), doc.dob_s(), doc.hospno), "Date: %s   Theatre: %d   Procedure: %s" % (doc.d(), R.randint(1, 10), op['title']),
              "Anaesthetist: %s   ODP: %s" % (an, clinician(R, 'nurse')), "", "PRE-OP: ASA %d   Wt %dkg   Fasted: food %dh, clear fluids %dh   Allergies: %s" % (asa, wt, R.randint(6, 14), R.randint(2, 5), allergy(doc)),
              "Airway: Mallampati %d, mouth opening >3FB, TMD >6.5cm, neck mobile, %s" % (R.randint(1, 3), R.choice(["no loose teeth", "upper dentures (removed)", "crowns UL1"])), ""]
        if ga:
            L += ["INDUCTION: IV %s" % R.choice(["", "RSI - "]) + ", ".join("%s %s" % d for d in induction)]
            L += ["AIRWAY: " + R.choice(["ETT size %.1f cuffed, grade %d view, %dcm at lips" % (R.choice([7.0, 7.5, 8.0]), R.randint(1, 2), R.randint(20, 23)), "i-gel size %d, easy insertion" % R.choice([3, 4, 5]), "LMA Classic %d" % R.choice([3, 4, 5])]),
                  "MAINTENANCE: Sevoflurane in O2/air, MAC %.1f" % R.uniform(0.8, 1.1), "VENTILATION: " + R.choice(["SV", "IPPV VT 450 RR 12 PEEP 5", "PCV"])]
        else:
            L += ["REGIONAL: Spinal, sitting, L3/4, 25G pencil-point, 1st pass, CSF clear. 0.5%% heavy bupivacaine %.1fml + diamorphine 300mcg. Block T10 to cold." % R.uniform(2.4, 3.0), "Sedation: " + R.choice(["propofol TCI 0.5-1.0", "midazolam 1mg", "none"])]
        L += ["", "Time   HR   BP       SpO2  EtCO2"]
        for i in range(R.randint(5, 9)):
            mm = t0m + i * 10
            L.append("%02d:%02d  %-4d %-8s %-5d %s" % (t0h + mm // 60, mm % 60, R.randint(58, 95), "%d/%d" % (R.randint(95, 150), R.randint(50, 85)), R.randint(95, 100), R.randint(4, 5) if ga else "-"))
        L += ["", "Fluids: Hartmann's %dml   EBL: %s   UO: %s" % (R.choice([500, 1000, 1500]), op['ebl'], R.choice(["not measured", "200ml", "catheter"])),
              "Other drugs: Paracetamol 1g IV, " + R.choice(["Morphine 5mg IV", "Parecoxib 40mg", "Cefuroxime 1.5g", "Tranexamic acid 1g", "LA by surgeon"]),
              "Warming: Bair Hugger. VTE: " + R.choice(["Flowtrons", "TEDs + Flowtrons"]), "Post-op: " + R.choice(["Routine recovery", "PCA morphine", "Oramorph PRN, regular paracetamol"]), "", "Signed: " + an]
    elif layout == 1:  # pre-op anaesthetic assessment
        L += [doc.hosp + " Pre-operative Assessment Clinic" if R.random() < .5 else "ANAESTHETIC PRE-OPERATIVE ASSESSMENT", ""]
        L += ["Patient: %s  (%d%s)  %s" % (doc.name('full'), doc.age, doc.sex, doc.hospno), "Planned procedure: " + op['title'], "Date seen: " + doc.d(doc.days(-R.randint(1, 30))), ""]
        L += ["PMH: " + ", ".join(pmh_list(doc, R.randint(1, 3))), "Previous anaesthetics: " + R.choice(["GA 2005 uneventful", "None", "PONV after GA 1999", "Spinal for TURP - fine"]),
              "FH anaesthetic problems: " + R.choice(["None", "None known", "No sux apnoea / MH"]), "Exercise tolerance: " + R.choice(["2 flights of stairs", "<1 flight", "walks dog 2 miles", "limited by knee"]),
              "Smoking / alcohol: " + R.choice(["non-smoker", "ex-smoker", "10/day, 14u/wk"]), "Meds: " + ", ".join(m[0] for m in med_list(doc, False, 3)), "Allergies: " + allergy(doc), ""]
        L += ["Airway: Mallampati %d, good mouth opening, full neck ROM" % R.randint(1, 3), "CVS/RS: HS normal, chest clear. BP %d/%d" % (R.randint(110, 160), R.randint(60, 95)),
              "Ix: Hb %d, Na %d, K %.1f, Cr %d, ECG %s" % (R.randint(110, 155), R.randint(135, 144), R.uniform(3.6, 4.9), R.randint(60, 110), R.choice(["SR", "SR, LAD", "AF rate 80"])), "",
              "ASA %d.  Plan: %s. Discussed risks inc. sore throat, PONV, dental damage, awareness, rare serious complications. Patient happy." % (asa, op['anaes']), "", an + " (Anaesthetist)"]
    elif layout == 2:  # spinal-only record
        L += ["REGIONAL ANAESTHESIA RECORD", doc.hosp, "", "%s  %s  %s" % (doc.name('comma'), doc.dob_s(), doc.hospno), "Date: %s  Operation: %s" % (doc.d(), op['title']), ""]
        for k, v in [("Block", R.choice(["Spinal", "Spinal", "Combined spinal-epidural", "Axillary brachial plexus block"])), ("Consent", "verbal, risks explained inc. headache, nerve damage (1:50,000)"),
                     ("Asepsis", "hat, mask, sterile gloves, chlorhexidine 0.5%"), ("Position", "sitting"), ("Level", R.choice(["L3/4", "L2/3", "L4/5"])), ("Needle", R.choice(["25G Whitacre", "26G Pencan", "25G Sprotte"])),
                     ("Attempts", str(R.randint(1, 3))), ("CSF", "clear, free flow"), ("Drug", "0.5%% heavy bupivacaine %.1fml" % R.uniform(2.2, 3.0)), ("Additives", R.choice(["diamorphine 300mcg", "fentanyl 15mcg", "nil"])),
                     ("Block height", R.choice(["T10 cold", "T8", "T10 bilaterally"])), ("Complications", R.choice(["none", "hypotension - phenylephrine 100mcg x2", "none"]))]:
            L.append("%-16s %s" % (k + ":", v))
        L += ["", "Anaesthetist: " + an]
    elif layout == 3:  # recovery/PACU record
        L += [R.choice(["RECOVERY ROOM RECORD", "Post Anaesthesia Care Unit", "Recovery"]) + " - " + doc.hosp, "", "Patient: " + doc.name('full') + "   " + doc.hospno, "Procedure: " + op['title'] + "   Anaesthetist: " + an, ""]
        L += ["Arrival %02d:%02d  Airway: %s  O2: %s" % (t0h + 1, R.randint(0, 59), R.choice(["i-gel in situ", "own airway", "Guedel"]), R.choice(["6L Hudson", "2L NC", "room air"])), "", "Time   HR  BP      RR  SpO2  Pain  PONV  Sed"]
        for i in range(R.randint(4, 7)):
            L.append("%02d:%02d  %-3d %-7s %-3d %-5d %-5d %-5d %d" % (t0h + 1 + (i * 15) // 60, (i * 15) % 60, R.randint(60, 95), "%d/%d" % (R.randint(100, 150), R.randint(55, 85)), R.randint(12, 18), R.randint(94, 100), R.randint(0, 5), R.randint(0, 1), R.randint(0, 2)))
        L += ["", "Analgesia given: " + R.choice(["morphine 2mg IV x2", "fentanyl 25mcg", "nil required", "oxycodone 5mg PO"]), "Discharge criteria met (Aldrete %d) at %02d:%02d" % (R.randint(9, 10), t0h + 2, R.randint(0, 59)),
              "Handed over to ward nurse: " + clinician(R, 'nurse'), "Recovery nurse: " + clinician(R, 'nurse')]
    elif layout == 4:  # letter re anaesthetic problem / alert
        L += hosp_head(doc, "Anaesthesia") + to_gp_block(doc) + [doc.d(), ""] + re_line(doc) + ["", "Dear " + doc.gp + ",", ""]
        prob = R.choice([("difficult airway", "Grade 3 laryngoscopy view requiring videolaryngoscope (McGrath) and bougie for intubation. Please add a DIFFICULT AIRWAY alert to the patient's record."),
                         ("suxamethonium apnoea", "prolonged neuromuscular blockade after suxamethonium, requiring ventilation on ICU for 4 hours. Plasma cholinesterase testing has been requested; family members should be tested."),
                         ("anaphylaxis under anaesthesia", "suspected anaphylaxis shortly after induction (rash, bronchospasm, hypotension), treated with adrenaline. Mast cell tryptase samples taken. Referred to allergy clinic. Please record as an adverse reaction to be confirmed.")])
        L += wrap("I anaesthetised this patient on %s for %s. I am writing to inform you of %s: %s" % (doc.d(), op['title'].lower(), prob[0], prob[1]), 82)
        L += ["", "The patient has been informed and given a letter/alert card."] + signoff(doc, an, "Consultant Anaesthetist") + cc_lines(doc)
    else:  # sedation record (for endoscopy) or brief electronic record
        L += ["Anaesthesia summary (electronic)", "Case: %s  %s  %s" % (doc.hospno, doc.name('comma'), doc.d()), ""]
        L += ["ASA: %d   Wt: %dkg   Procedure: %s" % (asa, wt, op['title']), "Technique: " + op['anaes'], "Drugs: " + "; ".join("%s %s" % d for d in induction) if ga else "Drugs: bupivacaine heavy 0.5% 2.8ml",
              "Airway: " + (R.choice(["ETT 7.5", "i-gel 4", "LMA 4"]) if ga else "own"), "Anaesthesia start %02d:%02d  end %02d:%02d" % (t0h, t0m, t0h + 1, R.randint(0, 59)),
              "Events: " + R.choice(["None", "Brief hypotension treated with metaraminol 0.5mg", "Bradycardia HR 42 - glycopyrrolate 200mcg", "None"]), "PONV prophylaxis: " + R.choice(["ondansetron + dexamethasone", "ondansetron", "none"]),
              "Post-op analgesia plan: " + R.choice(["paracetamol 1g QDS, ibuprofen 400mg TDS, oramorph 5-10mg PRN", "PCA morphine 1mg/5min", "regular paracetamol"]), "", "Anaesthetist: " + an]
    return finish(doc, L, footer=page_foot(doc))


# --------------------------------------------------------------------------
# 13 CORRESPONDENCE (non-referral letters)
# --------------------------------------------------------------------------
def gen_correspondence(R):
    layout = R.randint(0, 7)
    doc = Doc(R, C[R.choice([k for k in C if k not in ('otitis', 'eczema')])])
    c = doc.cond
    L = []
    pt_addr = [doc.name('full')] + doc.addr + [doc.pc, ""]
    if layout == 0:  # hospital follow-up clinic letter to GP
        cons = clinician(R, 'cons')
        L += hosp_head(doc) + to_gp_block(doc) + ["Clinic date: " + doc.d(), ""] + ["Dear " + R.choice(["Dr " + doc.gp.split()[-1], "Dr " + doc.gp2.split()[-1], "Colleague"]) + ",", ""] + re_line(doc) + [""]
        L += ["Diagnosis: " + c['dx'], "Medication: " + ", ".join(m[0] for m in c['meds'][:3]) if c['meds'] else "Medication: unchanged", ""]
        L += wrap("I reviewed %s in clinic today. %s %s We will %s." % (doc.name('title'), R.choice(["Things have settled well.", "Symptoms persist but are improving.", "%s reports good progress." % fill(doc, "{He}")]),
                                                                       R.choice(["Examination today was unremarkable.", c['exam']]), R.choice(["see again in 6 months", "discharge back to your care", "repeat the tests before next review", "keep under review"])), 82)
        L += signoff(doc, cons, "Consultant, " + c['spec']) + cc_lines(doc)
    elif layout == 1:  # GP results letter to patient
        L += gp_head(doc) + pt_addr + [doc.d(), "", "Dear " + doc.name('title') + ",", ""]
        L += wrap(R.choice(["I am writing to let you know that the results of your recent blood tests are normal and no further action is needed.",
                            "Your recent blood test results show that your %s needs reviewing. Please make a routine appointment with a GP or the practice nurse within the next 2 weeks." % R.choice(["kidney function", "cholesterol", "blood sugar (HbA1c)", "thyroid function"]),
                            "Your recent %s was reported as normal." % R.choice(["x-ray", "scan", "ECG"]),
                            "The doctor has reviewed your recent test result and would like you to book a telephone appointment to discuss it. There is nothing to worry about."]), 82)
        L += ["", "If you have any questions please contact the surgery on " + doc.prac_tel + ".", "", "Yours sincerely", "", "", R.choice([doc.gp, doc.gp2, "Practice Manager"]), doc.prac]
    elif layout == 2:  # DNA letter
        cons = clinician(R, 'cons')
        L += hosp_head(doc) + to_gp_block(doc) + [doc.d(), "", "Dear Doctor,", ""] + re_line(doc) + [""]
        L += wrap(R.choice(["This patient did not attend their appointment in the %s clinic on %s. " % (c['spec'], doc.d()),
                            "Unfortunately %s failed to attend the outpatient appointment on %s (second DNA). " % (doc.name('title'), doc.d())]) +
                  R.choice(["In line with Trust policy we have discharged the patient back to your care. Should you wish us to see them again please re-refer.",
                            "We will send one further appointment.", "I have written to the patient offering another appointment."]), 82)
        L += signoff(doc, cons, "Consultant") + cc_lines(doc)
    elif layout == 3:  # recall / invitation for review
        L += gp_head(doc) + pt_addr + [doc.d(), "", "Dear " + doc.name('plain') + ",", ""]
        L += [R.choice(["Your annual review is due", "Invitation to your long-term condition review", "Medication review", "RE: Your " + c['dx'].split(" (")[0].lower() + " review"]), ""]
        L += wrap("Our records show that you are due your annual %s review. Please telephone the surgery on %s to book %s with our practice nurse. You will need a blood test about a week before the appointment. It is important that you attend so that we can continue to prescribe your medication safely." % (c['dx'].split(" (")[0].lower(), doc.prac_tel, R.choice(["a 20 minute appointment", "two appointments (bloods and review)", "an appointment"])), 82)
        L += ["", "Yours sincerely", "", "", "The Reception Team" if R.random() < .5 else doc.gp, doc.prac]
    elif layout == 4:  # consultant writing to patient, GP copied
        cons = clinician(R, 'cons')
        L += hosp_head(doc) + pt_addr + ["Date: " + doc.d(), "", "Dear " + doc.name('title') + ",", ""]
        L += wrap("It was good to see you in clinic on %s. I am writing to you directly, with a copy to your GP, to summarise what we discussed. We agreed that your %s is %s. Our plan is: %s. If you have any questions please contact my secretary on %s." % (
            doc.d(doc.days(-R.randint(3, 10))), c['dx'].lower(), R.choice(["stable", "improving", "not fully controlled"]), "; ".join(c['plan'][:3]).lower(), phone(R)), 82)
        L += signoff(doc, cons, "Consultant, " + c['spec']) + ["", "cc: " + doc.gp + ", " + doc.prac]
    elif layout == 5:  # GP letter to hospital (query / chasing)
        L += gp_head(doc) + [doc.d(), "", R.choice(["Dear " + clinician(R, 'cons'), "Dear Colleague", "Dear Secretary"]) + ",", ""] + re_line(doc) + [""]
        L += wrap(R.choice(["I would be grateful if you could let us know when this patient is likely to be seen; %s was referred on %s and is struggling with symptoms." % (fill(doc, "{he}"), doc.d(doc.days(-R.randint(40, 120)))),
                            "Thank you for seeing this patient. Could you please clarify the intended duration of %s mentioned in your recent letter?" % (c['meds'][0][0] if c['meds'] else "treatment"),
                            "The patient has asked me to forward the enclosed letter regarding their appointment.",
                            "I note from your letter that you have asked us to arrange %s. Unfortunately this is not available in primary care in this area; I would be grateful if this could be organised from clinic." % R.choice(["a 24 hour tape", "a DEXA scan", "repeat imaging"])]), 82)
        L += ["", "Yours sincerely", "", "", doc.gp]
    elif layout == 6:  # notification from community pharmacy / other service
        L += [R.choice([doc.pharm, "%s Community Pharmacy" % doc.town]), "Tel " + phone(R), "", "To: " + doc.gp + ", " + doc.prac, "Date: " + doc.d(), ""]
        L += ["Patient: " + doc.name('full') + "  DOB " + doc.dob_s(), ""]
        L += wrap(R.choice(["New Medicine Service - intervention: patient reports %s since starting %s. Advised to discuss with GP." % (R.choice(["nausea", "dizziness", "a dry cough", "ankle swelling"]), c['meds'][0][0] if c['meds'] else "new medication"),
                            "Discharge Medicines Service: We have received this patient's hospital discharge information. Please note the following discrepancy between the discharge list and the repeat template.",
                            "Flu vaccination administered at pharmacy on %s. Batch %s%d. For your records." % (doc.d(), R.choice(["KX", "PL"]), R.randint(1000, 9999))]), 82)
        L += ["", "Pharmacist: " + clinician(R, 'nurse') + " (GPhC %d)" % R.randint(2000000, 2099999)]
    else:  # GP to patient - general admin / removal warning / change of GP
        L += gp_head(doc) + pt_addr + [doc.d(), "", "Dear " + doc.name('title') + ",", ""]
        L += wrap(R.choice(["Following your recent hospital discharge we have updated your repeat medication. Please collect a new prescription from your nominated pharmacy.",
                            "We have tried to contact you by telephone without success. Please contact the surgery at your earliest convenience regarding a recent hospital letter.",
                            "Our records show that you have missed three appointments in the last 12 months without letting us know. Missed appointments waste clinical time. Please contact us if you cannot attend in future."]), 82)
        L += ["", "Yours sincerely", "", "", R.choice([doc.gp, "Practice Manager", "The Partners"]), doc.prac]
    L += trust_footer(doc) if layout in (0, 2, 4) else []
    return finish(doc, L, footer=page_foot(doc))


# --------------------------------------------------------------------------
# 14 CONSENT FORM
# --------------------------------------------------------------------------
RISKS = {'lap_chole': "bleeding, infection, bile leak, injury to bile duct (1 in 500), conversion to open, DVT/PE, port site hernia",
         'appendicectomy': "bleeding, infection, wound infection, collection/abscess, injury to bowel, conversion to open, DVT/PE",
         'tkr': "infection (1%), DVT/PE, stiffness, ongoing pain, nerve/vessel damage, loosening, need for revision, fracture",
         'hemiarthroplasty': "bleeding, infection, dislocation, leg length discrepancy, DVT/PE, death (30 day mortality ~7%), cement reaction",
         'ctr': "infection, scar tenderness, pillar pain, incomplete relief, CRPS, nerve injury",
         'hernia': "bleeding, haematoma, infection, chronic groin pain, recurrence, testicular atrophy, urinary retention",
         'bcc_excision': "bleeding, infection, scar, incomplete excision requiring further surgery, numbness",
         'turp': "retrograde ejaculation (75%), bleeding, infection, urethral stricture, incontinence, TUR syndrome, erectile dysfunction"}


def gen_consent_form(R):
    layout = R.randint(0, 6)
    L = []
    if layout in (0, 1, 2):
        key = R.choice(list(OPS))
        op = OPS[key]
        doc = Doc(R, C[op['cond']], ages=(6, 15) if layout == 1 and key == 'appendicectomy' else None)
        if layout == 1 and doc.age >= 16:
            layout = 0
        surg = clinician(R, 'surgeon')
        formno = {0: "Consent Form 1", 1: "Consent Form 2", 2: "Consent Form 3"}[layout]
        head = {0: "PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT", 1: "PARENTAL AGREEMENT TO INVESTIGATION OR TREATMENT FOR A CHILD OR YOUNG PERSON",
                2: "PATIENT/PARENTAL AGREEMENT TO INVESTIGATION OR TREATMENT (procedures where consciousness not impaired)"}[layout]
        L += [doc.trust, formno if R.random() < .7 else "", head, ""]
        L += ["Patient details (or pre-printed label)", "Patient's surname/family name: " + doc.last.upper(), "Patient's first names: " + doc.first + ((" " + doc.middle) if doc.middle else ""),
              "Date of birth: " + doc.dob_s(), "Responsible health professional: " + surg, "Job title: Consultant " + op['spec'], "NHS number (or other identifier): " + doc.idval(),
              checkbox(R, True) + " Male   " + checkbox(R, False) + " Female" if doc.sex == 'M' else checkbox(R, False) + " Male   " + checkbox(R, True) + " Female",
              "Special requirements: " + R.choice(["None", "none", "Interpreter - Polish", "Hearing impaired - loop"]), ""]
        L += ["Name of proposed procedure or course of treatment (include brief explanation if medical term not clear)", "  " + op['title'] + (" (" + R.choice(["and proceed", "possible open procedure"]) + ")" if R.random() < .3 else ""), ""]
        L += ["Statement of health professional", "I have explained the procedure to the patient. In particular, I have explained:", "The intended benefits: " + R.choice(["relief of symptoms", "diagnosis and treatment", "to remove the " + op['ind'].lower().split(" ")[-1]]),
              "Serious or frequently occurring risks: " + RISKS[key], "Any extra procedures which may become necessary during the procedure:", "  " + checkbox(R, 'GA' in op['anaes'] or op['spec'] != "Dermatology") + " blood transfusion", "  " + checkbox(R, False) + " other procedure (please specify): ", ""]
        L += ["I have also discussed what the procedure is likely to involve, the benefits and risks of any available alternative treatments (including no treatment) and any particular concerns of this patient.",
              "  " + checkbox(R, True) + " The following leaflet/tape has been provided: " + R.choice(["Trust leaflet", "EIDO " + op['title'].split(" ")[0], "BAUS leaflet", "Versus Arthritis info"]),
              "This procedure will involve: " + checkbox(R, 'GA' in op['anaes']) + " general and/or regional anaesthesia  " + checkbox(R, 'LA' in op['anaes']) + " local anaesthesia  " + checkbox(R, 'sedation' in op['anaes']) + " sedation",
              "Signed: ______________  Date: " + doc.d(doc.days(-R.randint(0, 40))), "Name (PRINT): " + surg.upper() + "   Job title: " + R.choice(["Consultant", "Specialty Registrar", "CT2"]), ""]
        if layout == 1:
            L += ["Statement of parent", "I agree to the procedure or course of treatment described on this form and I confirm that I have 'parental responsibility' for this child.",
                  "Signature ______________  Name: " + doc.nok[1] + "  Relationship to child: " + doc.nok[0], "Child's agreement to treatment (if child wishes to sign): ____________"]
        else:
            L += ["Statement of patient", "Please read this form carefully. If your treatment has been planned in advance, you should already have your own copy of page 2 which describes the benefits and risks of the proposed treatment.",
                  "I agree to the procedure or course of treatment described on this form.", "I understand that you cannot give me a guarantee that a particular person will perform the procedure.",
                  "Signature ______________  Name: " + doc.name('plain').upper() + "  Date: " + doc.d(doc.days(-R.randint(0, 40)))]
        L += ["", "Confirmation of consent (to be completed by a health professional when the patient is admitted for the procedure, if the patient has signed the form in advance)",
              "On behalf of the team treating the patient, I have confirmed with the patient that he/she has no further questions and wishes the procedure to go ahead.",
              "Signed: ______________  Date: " + doc.d(), "Important notes (tick if applicable): " + checkbox(R, False) + " See also advance decision to refuse treatment  " + checkbox(R, False) + " Patient has withdrawn consent"]
        return finish(doc, L, pages=R.choice([40, 55]), footer=lambda i, n: ["%s  Page %d of %d  %s" % (formno, i, n, R.choice(["Version 2", "Rev 09/2019", ""]))])
    if layout == 3:  # Form 4 - adult lacking capacity
        doc = Doc(R, C['nof'])
        doc2 = clinician(R, 'surgeon')
        L += ["Consent form 4", "Form for adults who are unable to consent to investigation or treatment", doc.trust, ""]
        L += ["Patient: %s  DOB: %s  %s" % (doc.name('full'), doc.dob_s(), doc.pid()), "Proposed procedure: " + OPS['hemiarthroplasty']['title'], ""]
        L += ["A. Details of procedure: risks - " + RISKS['hemiarthroplasty'], "", "B. Assessment of patient's capacity (Mental Capacity Act 2005)" if doc.nation != 'S' else "B. Adults with Incapacity (Scotland) Act 2000 - Section 47 certificate",
              "The patient is unable to: " + checkbox(R, True) + " understand information  " + checkbox(R, True) + " retain  " + checkbox(R, True) + " use or weigh  " + checkbox(R, False) + " communicate",
              "Reason: " + R.choice(["advanced dementia, AMTS 2/10", "acute delirium on background of vascular dementia"]), "", "C. Assessment of best interests",
              "The procedure is in the patient's best interests because: " + R.choice(["operative fixation gives best chance of pain relief and return to mobility", "non-operative management would result in prolonged immobility and pain"]),
              "Involvement of patient's family: discussed with " + doc.nok[0] + " (" + doc.nok[1] + ") by telephone on " + doc.d() + ", who agrees.", "LPA for health and welfare: " + R.choice(["None registered", "Not applicable", "Yes - " + doc.nok[1] + " consulted"]), "",
              "Signature of health professional: ______________  " + doc2 + "  Date " + doc.d(), "Second opinion (optional): ______________"]
    elif layout == 4:  # GP minor surgery / coil consent
        doc = Doc(R, None, sex=R.choice(['F', None]), ages=(20, 75))
        proc = R.choice(["Excision of sebaceous cyst (back)", "Joint injection - left shoulder", "Cryotherapy to skin lesions", "Insertion of IUS (Mirena)" if doc.sex == 'F' else "Excision of lipoma (forearm)", "Shave excision of skin tag"])
        L += [doc.prac, R.choice(["Minor Surgery Consent Form", "CONSENT FOR MINOR SURGERY", "Consent to Procedure"]), ""]
        L += ["Patient name: " + doc.name('full'), "DOB: " + doc.dob_s(), doc.idlabel() + ": " + doc.idval(), "", "Procedure: " + proc, "Clinician: " + doc.gp, ""]
        L += ["I confirm the following have been explained to me:", "  " + checkbox(R, True) + " the nature and purpose of the procedure", "  " + checkbox(R, True) + " risks including pain, bleeding, infection, scarring, recurrence",
              "  " + checkbox(R, True) + " the alternatives, including no treatment", "  " + checkbox(R, True) + " that tissue removed may be sent for histology", "",
              "Patient signature: ______________  Date: " + doc.d(), "Clinician signature: ______________  Date: " + doc.d()]
    elif layout == 5:  # immunisation consent (school / flu)
        doc = Doc(R, None, ages=(11, 15))
        vac = R.choice(["HPV vaccine (Gardasil 9)", "Td/IPV (3-in-1 teenage booster) and MenACWY", "Flu vaccine (nasal spray, Fluenz)"])
        L += [R.choice(["School Aged Immunisation Service", "%s School Nursing Team" % doc.town, "Immunisation Consent Form"]), doc.commissioner(), ""]
        L += ["Vaccine: " + vac, "", "Child's full name: " + doc.first + " " + doc.last, "Date of birth: " + doc.dob_s(), "School: " + R.choice(["Ashcombe Academy", "St Teilo's High School", "Kirkbrae High School", "Netherby Community College"]) + "  Year/class: " + str(R.randint(8, 11)),
              "GP: " + doc.gp + ", " + doc.prac, doc.idlabel() + " (if known): " + R.choice([doc.idval(), ""]), "", "Does your child have any allergies? " + R.choice(["No", "Yes - eggs (mild)", "No"]),
              "Has your child had a serious reaction to a vaccine before? No", "", "YES, I consent  " + checkbox(R, True) + "     NO, I do not consent  " + checkbox(R, False), "",
              "Parent/guardian name: " + doc.nok[1] + "  Signature: ______________  Date: " + doc.d(doc.days(-R.randint(5, 30))), "Contact tel: " + mobile(R)]
    else:  # consent to share records / photography
        doc = Doc(R, None)
        L += [doc.prac if R.random() < .5 else doc.hosp, R.choice(["CONSENT FOR CLINICAL PHOTOGRAPHY", "Consent to share information", "Consent for medical report / disclosure"]), ""]
        L += ["Name: " + doc.name('full'), "Date of birth: " + doc.dob_s(), "", "I give my consent for:", "  " + checkbox(R, True) + " " + R.choice(["photographs to be taken and stored in my medical record",
              "my information to be shared with " + R.choice(["the community nursing team", "the social work department", "the Integrated Care Team"]), "my records to be disclosed to the named third party"]),
              "  " + checkbox(R, R.random() < .5) + " use for teaching within the NHS", "  " + checkbox(R, False) + " use in publications (anonymised)", "", "I understand I may withdraw consent at any time.",
              "Signed: ______________   Date: " + doc.d(), "Witness / clinician: " + R.choice([doc.gp, clinician(R, 'nurse')])]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 15 REFERRAL LETTER
# --------------------------------------------------------------------------
def gen_referral_letter(R):
    layout = R.randint(0, 7)
    key = R.choice([k for k in C if k not in ('appendicitis', 'nof', 'uti')])
    if layout == 1:
        key = R.choice(['breast_lump', 'ida', 'bcc'])
    doc = Doc(R, C[key])
    c = doc.cond
    meds = med_list(doc)
    pmh = pmh_list(doc)
    L = []
    urg = R.choice(["Routine", "Routine", "Soon", "Urgent"])
    if layout == 0:  # e-RS GP referral letter
        L += gp_head(doc) + [doc.d(), "", R.choice(["Dear Colleague,", "Dear Dr,", "Dear Consultant,", "Dear " + clinician(R, 'cons') + ","]), ""] + re_line(doc) + [""]
        L += ["Priority: " + urg + "    UBRN: %04d %04d %04d" % (R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 9999)) if doc.nation == 'E' else "Priority: " + urg, ""]
        L += wrap("Thank you for seeing this %d year old %s with %s. %s On examination: %s I would be grateful for your assessment and advice regarding further management%s." % (
            doc.age, fill(doc, "{man}"), c['pc'], fill(doc, c['hpi']), c['exam'], R.choice(["", " and consideration of " + (OPS[c['op']]['title'].lower() if c.get('op') else "further investigation")])), 82)
        L += ["", "Past medical history:"] + ["  " + x for x in ([c['dx']] + pmh)] + ["", "Current medication:"] + med_table(doc, meds, 3) + ["", "Allergies: " + allergy(doc)]
        L += signoff(doc, doc.gp, "General Practitioner", dictated=False)
    elif layout == 1:  # 2WW proforma
        site = {'breast_lump': "Breast", 'ida': "Lower Gastrointestinal", 'bcc': "Skin"}[key]
        L += [R.choice(["SUSPECTED CANCER REFERRAL", "Urgent Suspected Cancer Referral Form", "2 WEEK WAIT REFERRAL"]) + " - " + site, doc.commissioner() if doc.nation == 'E' else doc.trust, ""]
        L += ["Patient: " + doc.name('full'), "DOB: %s   Gender: %s   %s" % (doc.dob_s(), doc.sexw(), doc.pid()), "Address: " + doc.address(), "Tel: %s   Mobile: %s" % (doc.tel, doc.mob),
              "Interpreter required: " + R.choice(["No", "No", "Yes - Urdu"]), "Patient informed of urgent suspected cancer referral: " + checkbox(R, True) + " Yes", "Patient available in next 14 days: " + checkbox(R, True) + " Yes", ""]
        L += ["Referral criteria (tick):"]
        crit = {"Breast": ["Aged 30 and over with an unexplained breast lump with or without pain", "Aged 50 and over with nipple discharge, retraction or other concerning change", "Skin changes suggestive of breast cancer"],
                "Lower Gastrointestinal": ["Aged 60+ with iron deficiency anaemia", "Aged 50+ with unexplained rectal bleeding", "Positive FIT (>=10 ug Hb/g)", "Rectal or abdominal mass"],
                "Skin": ["Suspected malignant melanoma (7-point checklist >=3)", "Suspected squamous cell carcinoma", "Basal cell carcinoma - only if concern about delay"]}[site]
        for i, cr in enumerate(crit):
            L.append("  " + checkbox(R, i == (2 if site == "Skin" else 0)) + " " + cr)
        L += ["", "Clinical details:"] + wrap(fill(doc, c['hpi']) + " " + c['exam'], 84, "  ")
        L += ["", "WHO performance status: %d" % R.randint(0, 2), "Anticoagulants: " + R.choice(["No", "No", "Yes - apixaban"]), "Recent bloods: " + R.choice(["attached", "Hb %d, ferritin %d" % (lab_value(doc, 'Hb', c['labs'])[0] and int(float(lab_value(doc, 'Hb', c['labs'])[0])), R.randint(3, 11)) if key == 'ida' else "n/a"]),
              "", "Referring GP: %s   Practice: %s (%s)   Tel: %s" % (doc.gp, doc.prac, doc.prac_code, doc.prac_tel), "Date of referral: " + doc.d()]
    elif layout == 2:  # SCI Gateway (Scotland) / structured
        L += [R.choice(["SCI Gateway Referral", "Electronic Referral", "WCCG Referral" if doc.nation == 'W' else "ERS Referral Letter"]), "", "From: %s, %s" % (doc.gp, doc.prac), "To: %s, %s" % (c['spec'], doc.hosp), "Urgency: " + urg, "Date: " + doc.d(), ""]
        L += ["PATIENT: " + doc.name('comma'), "CHI/NHS: " + doc.idval(), "DOB: " + doc.dob_s(), "Address: " + doc.address(), "", "REASON FOR REFERRAL", "  " + c['pc'].capitalize() + " - ?" + c['dx'].lower(), "",
              "CLINICAL DETAILS"] + wrap(fill(doc, c['hpi']), 84, "  ") + ["", "EXAMINATION"] + wrap(c['exam'], 84, "  ") + ["", "ACTIVE PROBLEMS"] + ["  " + x for x in [c['dx']] + pmh]
        L += ["", "MEDICATION"] + ["  " + m[0] + " - " + m[1].lower() for m in meds] + ["", "ALLERGIES", "  " + allergy(doc), "", "SOCIAL", "  " + social(doc)]
    elif layout == 3:  # short handwritten-style
        L += [doc.prac, doc.d(), "", "Dear " + R.choice(["Dr", "Mr"]) + " " + R.choice(SURN) + ",", ""]
        L += ["Please see " + doc.name('plain') + " (" + doc.dob_s() + ") " + R.choice(["with", "re"]) + " " + c['pc'] + ". " + R.choice(["Not settling despite treatment.", "Thank you.", "?" + c['dx'], "Would value your opinion."]), "",
              "Meds: " + (", ".join(m[0].split(" ")[0] for m in meds) or "nil"), "", "Many thanks,", "", doc.gp]
    elif layout == 4:  # community service referral form
        svc = R.choice(["District Nursing", "Community Physiotherapy", "Talking Therapies (IAPT)", "Community Heart Failure Nurses", "Falls Prevention Service", "Diabetes Specialist Nurse", "Social Prescribing Link Worker"])
        L += [svc + " - Referral Form", doc.commissioner(), "", "Referrer: %s, %s   Tel %s" % (doc.gp, doc.prac, doc.prac_tel), "Date of referral: " + doc.d(), ""]
        L += ["Patient name: " + doc.name('full'), "DOB: " + doc.dob_s() + "  " + doc.pid(), "Address: " + doc.address(), "Tel: " + doc.tel, "Next of kin: %s (%s)" % (doc.nok[1], doc.nok[0]), "Housebound: " + R.choice(["Yes", "No"]),
              "Key safe: " + R.choice(["Yes - code via GP", "No", "N/A"]), "", "Reason for referral:"] + wrap(c['dx'] + ". " + c['pc'].capitalize() + ". " + R.choice(c['plan']), 84, "  ")
        L += ["Relevant history: " + ", ".join(pmh or ["nil"]), "Risks (lone worker, pets, etc.): " + R.choice(["None known", "Dog", "None"]), "Patient consents to referral: " + checkbox(R, True)]
    elif layout == 5:  # GP referral to ED / acute take
        L += [doc.prac + " - " + doc.prac_tel, "", "To: " + R.choice(["The Duty Doctor", "Medical Registrar on call", "A&E", "Surgical SHO on call", "Emergency Department"]) + ", " + doc.hosp, "", "Date: " + doc.d() + " %02d:%02d" % (R.randint(8, 18), R.randint(0, 59)), ""]
        L += ["Re: " + doc.name('full') + "  DOB " + doc.dob_s() + "  " + doc.pid(), ""]
        L += wrap("Thank you for seeing this %s urgently. %s Obs: %s. %s I suspect %s. Discussed with %s who accepted." % (fill(doc, "{gent}"), fill(doc, c['hpi']), obs_line(doc, R, True), c['exam'], c['dx'].lower(), clinician(R)), 82)
        L += ["", "Meds: " + "; ".join(m[0] for m in meds), "Allergies: " + allergy(doc), "", doc.gp]
    elif layout == 6:  # structured e-RS template with auto-populated data
        L += [R.choice(["NHS e-Referral Service - Referral Letter", "Referral", "GP Referral Letter"]), "", "%-22s %s" % ("Patient:", doc.name('full')), "%-22s %s" % ("Date of birth:", doc.dob_s()), "%-22s %s" % (doc.idlabel() + ":", doc.idval()),
              "%-22s %s" % ("Specialty:", c['spec']), "%-22s %s" % ("Clinic type:", R.choice(["General", c['dx'].split(" ")[0], "Not otherwise specified"])), "%-22s %s" % ("Priority:", urg), ""]
        L += ["Referral reason:"] + wrap(fill(doc, c['hpi']), 84, "  ") + ["", "What I have done so far: " + "; ".join(c['plan'][:2]), "What I would like: " + R.choice(["assessment and management", "specialist opinion", "consideration of surgery"]), ""]
        L += ["--- Auto-populated from GP record ---", "Problems:"] + ["  %s  %s" % (doc.d(doc.days(-R.randint(100, 4000)), 'dMy'), x) for x in [c['dx']] + pmh]
        L += ["Medication:"] + ["  " + m[0] + "  " + m[1].lower() for m in meds] + ["Allergies: " + allergy(doc),
              "Last BP: %d/%d (%s)" % (R.randint(115, 160), R.randint(65, 95), doc.d(doc.days(-R.randint(1, 200)))), "BMI: %.1f   Smoking: %s" % (R.uniform(20, 36), R.choice(["Never", "Ex", "Current"]))]
        L += ["", "Referrer: " + doc.gp + "  " + doc.prac + "  " + doc.prac_code]
    else:  # typed letter "Dear Dr" with headed problems
        L += gp_head(doc) + to_gp_block(doc)[:0] + [R.choice([clinician(R, 'cons'), "The Consultant"]) + ", " + c['spec'], doc.hosp, "", doc.d(), "", "Dear Dr " + R.choice(SURN) + ",", ""] + re_line(doc)
        L += ["", "Problem: " + c['dx'], "Referral: " + urg, ""] + wrap("I would be grateful if you could see this patient who has been troubled by %s. %s Examination today: %s. Investigations so far: %s. Many thanks for your help." % (c['pc'], fill(doc, c['hpi']), c['exam'], R.choice(["bloods unremarkable", "see attached", "none as yet"])), 82)
        L += signoff(doc, doc.gp, "GP Partner" if R.random() < .5 else "GP", dictated=False)
    return finish(doc, L, pages=R.choice([None, 55]), footer=page_foot(doc))


# --------------------------------------------------------------------------
# 16 ADVANCE DIRECTIVE
# --------------------------------------------------------------------------
def gen_advance_directive(R):
    layout = R.randint(0, 6)
    doc = Doc(R, C[R.choice(['copd', 'hf', 'ckd', 'af', 'tia'])], ages=(68, 98))
    dx = R.choice([doc.cond['dx'], "Metastatic carcinoma of the prostate" if doc.sex == 'M' else "Metastatic breast cancer", "Advanced dementia (Alzheimer's type)", "Motor neurone disease", doc.cond['dx']])
    clin = R.choice([doc.gp, clinician(R, 'cons')])
    L = []
    if layout == 0:  # ADRT
        L += [R.choice(["ADVANCE DECISION TO REFUSE TREATMENT", "Advance Decision to Refuse Treatment (ADRT)", "My Advance Decision"]), "Mental Capacity Act 2005" if doc.nation != 'S' else "", ""]
        L += ["Full name: " + doc.name('plain'), "Date of birth: " + doc.dob_s(), "Address: " + doc.address(), doc.idlabel() + ": " + doc.idval(), "GP: " + doc.gp + ", " + doc.prac, ""]
        L += ["I, " + doc.name('plain') + ", make this advance decision to refuse the following treatment(s) if I lose capacity to make decisions about my treatment.", ""]
        for t in R.sample(["Cardiopulmonary resuscitation", "Mechanical ventilation (including non-invasive ventilation / BiPAP)", "Artificial nutrition via nasogastric or PEG tube",
                           "Antibiotics for life-threatening infection", "Admission to intensive care", "Renal dialysis"], R.randint(2, 4)):
            L += ["Treatment I refuse: " + t, "Circumstances: " + R.choice(["in all circumstances", "if I am in the final stages of my illness", "if I have a further major stroke leaving me unable to communicate"]),
                  "I refuse this treatment EVEN IF MY LIFE IS AT RISK as a result: " + ("yes" if "resus" in t.lower() or "ventil" in t.lower() else R.choice(["yes", "yes"])), ""]
        L += ["Signed: ______________ Date: " + doc.d(), "Witness: " + rname(R)[0] + " " + R.choice(SURN) + ", " + R.choice(STREETS) + ", " + doc.town + "  Signed: ________",
              "", "People I would like to be consulted: " + doc.nok[1] + " (" + doc.nok[0] + ") " + mobile(R), "I have discussed this with: " + clin, "Review date: " + doc.d(doc.days(365))]
    elif layout == 1:  # DNACPR England (older/unified)
        L += [R.choice(["DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR)", "Adult DNACPR Decision", "Unified DNACPR Policy - Adult form"]), "In the event of cardiac or respiratory arrest no attempts at cardiopulmonary resuscitation (CPR) will be made. All other appropriate treatment and care will be provided.", ""]
        L += ["Name: " + doc.name('full'), "Address: " + doc.address(), "Date of birth: " + doc.dob_s(), doc.idlabel() + ": " + doc.idval(), "", "Date of DNACPR decision: " + doc.d(), ""]
        L += ["1. Does the patient have capacity to make and communicate decisions about CPR? " + R.choice(["YES", "NO"]), "2. Summary of the main clinical problems and reasons why CPR would be inappropriate, unsuccessful or not in the patient's best interests:"]
        L += wrap(dx + ". " + R.choice(["Frail, bedbound, poor physiological reserve.", "CPR would not be successful due to advanced irreversible disease.", "Patient has expressed a clear wish not to be resuscitated."]), 84, "   ")
        L += ["3. Summary of communication with patient: " + R.choice(["Discussed at home visit, patient in agreement.", "Patient lacks capacity - see below.", "Patient did not wish to discuss; not in best interests to force discussion."]),
              "4. Summary of communication with relatives: Discussed with " + doc.nok[0] + " " + doc.nok[1] + " on " + doc.d() + ".", "5. Names of members of multidisciplinary team contributing: " + clinician(R, 'nurse') + " (DN)",
              "6. Healthcare professional completing this form: " + clin + "   Signature: _______  Date: " + doc.d(), "7. Review and endorsement by responsible senior clinician: " + R.choice(["indefinite", "review not required", "review " + doc.d(doc.days(180))]), "",
              "ORIGINAL TO STAY WITH PATIENT"]
    elif layout == 2:  # ReSPECT
        L += ["ReSPECT", "Recommended Summary Plan for Emergency Care and Treatment", "", "1. This plan belongs to: " + doc.name('plain'), "   Date of birth: " + doc.dob_s() + "   " + doc.idlabel() + ": " + doc.idval(), "   Address: " + doc.address(), "   Date completed: " + doc.d(), ""]
        L += ["2. Shared understanding of my health and current condition", "   Summary of relevant information for this plan including diagnoses:"] + wrap(dx + "; " + ", ".join(pmh_list(doc, 2)), 80, "   ")
        L += ["   Details of other relevant care planning documents: " + R.choice(["ADRT held at home", "None", "LPA health & welfare - " + doc.nok[1]]), "",
              "3. What I most value: " + R.choice(["being at home with my family", "being comfortable and free of pain", "independence"]), "   What I most fear / wish to avoid: " + R.choice(["going back into hospital", "being kept alive on machines", "pain"]), "",
              "4. Clinical recommendations for emergency care and treatment", "   " + checkbox(R, False) + " Prioritise extending life   " + checkbox(R, True) + " Balance   " + checkbox(R, False) + " Prioritise comfort",
              "   Now clinician summary: " + R.choice(["Ward-based care. Not for ITU.", "Treat reversible causes at home where possible. Avoid hospital admission unless symptoms uncontrollable.", "Comfort-focused care."]),
              "   CPR attempts recommended: " + checkbox(R, False) + " YES   " + checkbox(R, True) + " NO - CPR NOT RECOMMENDED", "",
              "5. Capacity and representation at time of completion: " + R.choice(["Has capacity", "Lacks capacity - best interests"]), "6. Involvement in making this plan: " + checkbox(R, True) + " with patient",
              "7. Clinicians' signatures: " + clin + "  GMC %d  _______" % R.randint(3000000, 7999999), "8. Emergency contacts: " + doc.nok[1] + " (" + doc.nok[0] + ") " + mobile(R) + "; GP " + doc.gp + " " + doc.prac_tel,
              "9. Confirmation of validity (review): ________"]
    elif layout == 3:  # Scotland anticipatory care plan / DNACPR NHS Scotland
        L += [R.choice(["Anticipatory Care Plan", "NHS Scotland DNACPR" if doc.nation == 'S' else "All Wales DNACPR Form" if doc.nation == 'W' else "Anticipatory Care Plan"]), doc.trust if doc.nation != 'E' else doc.prac, ""]
        L += ["Name: " + doc.name('full'), "CHI / NHS: " + doc.idval(), "DOB: " + doc.dob_s(), "GP practice: " + doc.prac, "", "Key Information Summary (KIS) updated: " + R.choice(["Yes", "Yes", "Pending"]), ""]
        L += ["Current condition: " + dx, "Patient's wishes: " + R.choice(["To remain at home. Would accept hospital admission for fracture only.", "Preferred place of care: care home. Preferred place of death: care home.",
                                                                             "Wishes to be cared for at home with family. Does not want CPR."]),
              "Carer / POA: " + doc.nok[1] + " (" + doc.nok[0] + ")  Welfare POA: " + R.choice(["Yes", "No"]), "Resuscitation decision: " + R.choice(["DNACPR - form at home (red folder)", "Not for CPR", "For CPR - discussed"]),
              "Anticipatory medications in house: " + R.choice(["Yes - prescribed " + doc.d(doc.days(-10)), "No", "Yes"]), "Out of hours: please share with " + R.choice(OOH[doc.nation]), "", "Completed by: " + clin + "  " + doc.d()]
    elif layout == 4:  # Advance statement / preferred priorities for care
        L += [R.choice(["Preferred Priorities for Care", "My Advance Statement of Wishes and Preferences", "Advance Care Plan - Statement of Wishes"]), ""]
        L += ["Name: " + doc.name('plain') + "    DOB: " + doc.dob_s(), ""]
        L += ["In relation to my future care, what has been happening to me?"] + wrap(R.choice(["I have " + dx.lower() + " and have been told it will not get better.", "My breathing has got much worse this year and I've been in hospital three times."]), 80, "  ")
        L += ["", "What are my preferences and priorities for my future care?"] + wrap(R.choice(["I would like to stay at home for as long as possible and die at home if I can, with my family around me.", "I would like my faith to be respected; please contact Father " + R.choice(SURN) + " at St Mary's.", "I do not want to go into a nursing home."]), 80, "  ")
        L += ["", "Where would I like to be cared for in the future?", "  " + R.choice(["Home", "Hospice", "Care home where I live"]), "", "Signature: ______________ Date: " + doc.d(), "Clinician: " + clin + " / " + clinician(R, 'nurse') + " (Palliative Care CNS)"]
    elif layout == 5:  # GP record entry: advance care planning
        L += emis_header(doc)
        L += ["%s  Home visit  %s" % (doc.d(doc.date, 'dMy'), clin), "    Problem     Advance care planning (8CR2.)" if R.random() < .5 else "    Problem     Palliative care (8BAP.)",
              "    History     Discussed future care wishes with patient and " + doc.nok[0] + ". Has " + dx.lower() + ".", "    Comment     Not for CPR (1R..) - DNACPR form completed and left in house. Preferred place of death: " + R.choice(["home", "hospice"]) + ".",
              "    Plan        Added to palliative care register. KIS/SCR updated with additional information (consent given). Just in case medications prescribed. OOH informed.", ""]
        return finish(doc, L, footer=gp_print_footer(doc))
    else:  # LPA-like health and welfare summary / registered copy
        L += ["Lasting Power of Attorney - Health and Welfare" if doc.nation != 'S' else "Welfare Power of Attorney", "Copy held in GP record", ""]
        L += ["Donor: " + doc.name('plain') + ", DOB " + doc.dob_s(), "Attorney(s): " + doc.nok[1] + " (" + doc.nok[0] + ")" + R.choice(["", " and " + rname(R)[0] + " " + doc.last]), "Appointed to act: " + R.choice(["jointly", "jointly and severally"]),
              "Life-sustaining treatment: " + R.choice(["Option A - I want to give my attorneys authority to give or refuse consent to life-sustaining treatment on my behalf", "Option B - I do not give my attorneys authority"]),
              "Registered with the Office of the Public Guardian: " + doc.d(doc.days(-R.randint(30, 900))) if doc.nation != 'S' else "Registered with the OPG (Scotland): " + doc.d(doc.days(-300)), "Reference: %d-%04d-%04d" % (R.randint(7000, 7999), R.randint(0, 9999), R.randint(0, 9999)),
              "", "Scanned by: " + R.choice(["Admin", "Records clerk"]) + " " + doc.d()]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 17 ECG REPORT
# --------------------------------------------------------------------------
ECGS = {
    'normal': dict(rate=(58, 92), rhythm="Sinus rhythm", pr=(130, 190), qrs=(80, 104), axis=(-10, 75), stmt=["Sinus rhythm", "Normal ECG"], flag="NORMAL ECG", gp="Normal ECG. SR. No acute changes."),
    'af': dict(rate=(105, 150), rhythm="Atrial fibrillation", pr=None, qrs=(80, 104), axis=(0, 80), stmt=["Atrial fibrillation with rapid ventricular response", "Nonspecific ST-T abnormality"], flag="ABNORMAL ECG", gp="AF with fast ventricular rate."),
    'lbbb': dict(rate=(70, 100), rhythm="Sinus rhythm", pr=(150, 210), qrs=(140, 168), axis=(-45, -10), stmt=["Sinus rhythm", "Left bundle branch block", "Left axis deviation"], flag="ABNORMAL ECG", gp="SR with LBBB - ?new, compare with old."),
    'lvh': dict(rate=(60, 88), rhythm="Sinus rhythm", pr=(140, 190), qrs=(90, 110), axis=(-20, 40), stmt=["Sinus rhythm", "Left ventricular hypertrophy by voltage criteria", "Repolarisation abnormality"], flag="ABNORMAL ECG", gp="LVH voltage criteria with strain pattern."),
    'brady': dict(rate=(42, 55), rhythm="Sinus bradycardia", pr=(210, 250), qrs=(80, 100), axis=(0, 70), stmt=["Sinus bradycardia", "1st degree AV block"], flag="BORDERLINE ECG", gp="Sinus brady with 1st degree heart block. On bisoprolol."),
    'inferior': dict(rate=(60, 85), rhythm="Sinus rhythm", pr=(140, 200), qrs=(90, 110), axis=(-30, 20), stmt=["Sinus rhythm", "Inferior infarct, age undetermined", "Q waves II, III, aVF"], flag="ABNORMAL ECG", gp="Q waves inferiorly - old inferior MI."),
}


def gen_ecg_report(R):
    kind = R.choice(list(ECGS))
    cond_for = {'af': 'af', 'lbbb': 'hf', 'lvh': 'htn', 'brady': 'angina', 'inferior': 'angina', 'normal': R.choice(['htn', 'angina', 'tia', 'af'])}
    doc = Doc(R, C[cond_for[kind]], ages=(45, 90))
    e = ECGS[kind]
    if kind == 'normal' and doc.cond['key'] == 'af':
        doc.cond = C['htn']
    hr = R.randint(*e['rate'])
    pr = R.randint(*e['pr']) if e['pr'] else None
    qrs = R.randint(*e['qrs'])
    qt = R.randint(340, 440)
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    axis = R.randint(*e['axis'])
    L = []
    layout = R.randint(0, 6)
    if layout == 0:  # machine printout
        L += ["%s   %s   %s" % (doc.name('comma'), doc.dob_s(), doc.hospno), "ID: %s   %d yr   %s   %s %02d:%02d:%02d" % (doc.hospno, doc.age, doc.sexw(), doc.d(), R.randint(7, 22), R.randint(0, 59), R.randint(0, 59)), ""]
        L += ["Vent. rate      %d BPM" % hr, "PR interval     %s ms" % (pr if pr else "*"), "QRS duration    %d ms" % qrs, "QT/QTc          %d/%d ms" % (qt, qtc), "P-R-T axes      %s %d %d" % (R.randint(20, 70) if pr else "*", axis, R.randint(-20, 90)), ""]
        L += e['stmt'] + ["", "** %s **" % e['flag'] if R.random() < .6 else e['flag'], "Unconfirmed report", "", "Technician: " + initials(clinician(R, 'nurse')) + "   Referred by: " + R.choice([doc.gp, "ED", "OPD"]),
              "25mm/s  10mm/mV  %s  0.05-150 Hz  %s" % (R.choice(["50~", "50Hz"]), R.choice(["MAC5500", "PageWriter TC50", "CardioSoft", "ELI 250c"]))]
    elif layout == 1:  # cardiology physiologist report
        L += [doc.hosp + " - Cardiorespiratory Department", "12-LEAD ECG REPORT", "", "Name: " + doc.name('full') + "   DOB: " + doc.dob_s(), "Referrer: " + doc.gp + " (Open access ECG)", "Date recorded: " + doc.d(), "Indication: " + doc.cond['pc'], ""]
        L += ["Rhythm: %s   Rate: %d bpm" % (e['rhythm'], hr), "PR: %s ms   QRS: %d ms   QTc: %d ms   Axis: %d deg" % (pr or "n/a", qrs, qtc, axis), "", "Report:"] + wrap(". ".join(e['stmt']) + ".", 80, "  ")
        L += ["", "Reported by: " + clinician(R, 'nurse') + ", Chief Cardiac Physiologist" if R.random() < .5 else "Reported by: " + clinician(R, 'cons') + ", Consultant Cardiologist", "Date: " + doc.d(doc.days(R.randint(1, 7)))]
    elif layout == 2:  # GP entry
        L += emis_header(doc) + ["%s  ECG  %s" % (doc.d(doc.date, 'dMy'), R.choice([doc.gp, "HCA " + rname(R)[0]])), "    12 lead ECG (3216.)" if R.random() < .5 else "    Electrocardiogram (32...)",
                                  "    Result: " + R.choice(["rate %d, " % hr, ""]) + e['gp'], "    Interpreted by " + doc.gp + ". " + R.choice(["Discussed with patient.", "Copy scanned.", "For GP review.", "Cardiology advice sought."])]
        return finish(doc, L, footer=gp_print_footer(doc))
    elif layout == 3:  # 24h holter
        L += [doc.hosp + " Cardiac Investigations", R.choice(["24 HOUR AMBULATORY ECG REPORT", "Holter Monitor Report", "72hr ECG Report"]), "", "Patient: " + doc.name('full') + "  DOB " + doc.dob_s() + "  " + doc.hospno, "Indication: " + R.choice(["palpitations", "?paroxysmal AF post TIA", "dizziness"]), "Hook-up: " + doc.d(), ""]
        L += ["Total analysed: 23h %dm" % R.randint(10, 59), "Heart rate: min %d (%02d:%02d), max %d, mean %d bpm" % (R.randint(40, 55), R.randint(0, 5), R.randint(0, 59), R.randint(110, 160), R.randint(62, 85)),
              "Ventricular ectopy: %d isolated VEs (%.1f%%), %d couplets, no VT" % (R.randint(0, 3000), R.uniform(0, 2), R.randint(0, 5)), "Supraventricular: %d SVEs, %s" % (R.randint(10, 900), "AF burden %d%%, longest episode %dh %dm" % (R.randint(5, 100), R.randint(0, 20), R.randint(0, 59)) if kind == 'af' else "no AF/flutter"),
              "Pauses > 2.5s: " + R.choice(["none", "none", "1 (2.8s, sinus pause, nocturnal)"]), "Diary events: " + R.choice(["palpitations x3 - correlated with sinus tachycardia", "none recorded", "dizzy 14:20 - sinus rhythm 78"]), "",
              "Conclusion: " + ("Paroxysmal atrial fibrillation." if kind == 'af' else R.choice(["Predominantly sinus rhythm. No significant arrhythmia.", "Infrequent ectopy only."])), "", "Analysed by " + clinician(R, 'nurse') + " / Reported " + clinician(R, 'cons')]
    elif layout == 4:  # exercise tolerance test
        L += [doc.hosp + " - EXERCISE TOLERANCE TEST", "", "Name: %s  Age %d  %s" % (doc.name('plain'), doc.age, doc.hospno), "Protocol: Bruce   Date: " + doc.d(), "Resting ECG: " + e['rhythm'].lower() + ", " + ("LBBB - ST analysis not interpretable" if kind == 'lbbb' else "no ST changes"), ""]
        L += ["Stage  Time  HR   BP       Symptoms   ST"]
        for s in range(1, R.randint(3, 5)):
            L.append("%-6d %-5s %-4d %-8s %-10s %s" % (s, "3:00", 90 + s * 20 + R.randint(-5, 5), "%d/%d" % (130 + s * 15, R.randint(70, 90)), R.choice(["nil", "nil", "SOB", "chest tight"]), R.choice(["0", "0", "-1mm V5", "-2mm V4-6"])))
        L += ["", "Exercise time %d:%02d  METs %.1f  Max HR %d%% predicted" % (R.randint(5, 12), R.randint(0, 59), R.uniform(5, 12), R.randint(78, 98)), "Reason stopped: " + R.choice(["fatigue", "target HR achieved", "chest pain", "leg pain"]),
              "Conclusion: " + R.choice(["Positive for inducible ischaemia at moderate workload.", "Negative test at adequate workload.", "Inconclusive - submaximal."]), "Supervised by: " + clinician(R, 'nurse')]
    elif layout == 5:  # ED ECG sticker/review
        L += ["ECG - " + R.choice(["ED", "AMU", "Resus"]) + " " + doc.d() + " %02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), doc.name('comma') + "  " + doc.hospno, "",
              "Rate %d  Rhythm %s  Axis %s" % (hr, e['rhythm'], "normal" if -30 < axis < 90 else "LAD"), "PR %s  QRS %d  QTc %d" % (pr or "-", qrs, qtc), "ST: " + R.choice(["no acute changes", "no STE", "TWI V4-6 (old)"]), "Compared with previous " + R.choice(["- unchanged", "- not available", "- new"]),
              "Seen by: " + clinician(R) + " " + R.choice(["ED Reg", "ST4 EM", "FY2", "ANP"]) + " at %02d:%02d" % (R.randint(0, 23), R.randint(0, 59))]
    else:  # letter with ECG interpretation for GP
        L += hosp_head(doc, "Cardiology") + to_gp_block(doc) + [doc.d(), "", "Dear " + doc.gp + ",", ""] + re_line(doc) + [""]
        L += wrap("Thank you for sending the ECG recorded on %s for an opinion. It shows %s at %d bpm, PR %s ms, QRS %d ms, QTc %d ms. %s %s" % (doc.d(doc.days(-R.randint(3, 20))), e['rhythm'].lower(), hr, pr or "not measurable", qrs, qtc, ". ".join(e['stmt'][1:]) + "." if len(e['stmt']) > 1 else "No other abnormality.",
                                                                                                                                       R.choice(["No further action required.", "I would suggest an echocardiogram.", "Please refer routinely if symptomatic."])), 82)
        L += signoff(doc, clinician(R, 'cons'), "Consultant Cardiologist")
    return finish(doc, L)


# --------------------------------------------------------------------------
# 18 IMMUNISATION RECORD
# --------------------------------------------------------------------------
CHILD_SCHED = [(8, "6-in-1 (DTaP/IPV/Hib/HepB)", "Infanrix hexa"), (8, "MenB", "Bexsero"), (8, "Rotavirus", "Rotarix"), (12, "6-in-1 (DTaP/IPV/Hib/HepB)", "Infanrix hexa"),
               (12, "Pneumococcal (PCV)", "Prevenar 13"), (12, "Rotavirus", "Rotarix"), (16, "6-in-1 (DTaP/IPV/Hib/HepB)", "Infanrix hexa"), (16, "MenB", "Bexsero"),
               (52, "Hib/MenC", "Menitorix"), (52, "MMR", "M-M-RvaxPRO"), (52, "Pneumococcal (PCV) booster", "Prevenar 13"), (52, "MenB booster", "Bexsero"),
               (164, "4-in-1 pre-school booster (DTaP/IPV)", "Repevax"), (164, "MMR 2nd dose", "Priorix")]


def gen_immunization_record(R):
    layout = R.randint(0, 6)
    L = []
    if layout in (0, 1):
        doc = Doc(R, None, ages=(4, 12), year_min=2012)
        rows = []
        for wk, name, brand in CHILD_SCHED:
            d = doc.dob + dt.timedelta(weeks=wk, days=R.randint(0, 20))
            if d <= doc.date:
                rows.append((d, name, brand, R.choice(["L thigh", "R thigh", "L arm", "R arm", "oral"]) if "Rota" not in name else "oral", "%s%d%s" % (R.choice(["A", "B", "K"]), R.randint(10000, 99999), R.choice(["A", "B", ""])), clinician(R, 'nurse')))
        if layout == 0:  # GP immunisation history print
            L += emis_header(doc, R.choice(["Immunisations", "Immunisation History", "Vaccination record"]))
            L.append("%-12s %-40s %-14s %-8s %-10s %s" % ("Date", "Vaccination", "Product", "Site", "Batch", "Given by"))
            for r in rows:
                L.append("%-12s %-40s %-14s %-8s %-10s %s" % (doc.d(r[0], 'dMy'), r[1], r[2], r[3], r[4], r[5].split()[-1]))
            L += ["", "Status: " + R.choice(["Up to date for age", "Childhood immunisations complete to date", "Pre-school booster due"])]
            return finish(doc, L, footer=gp_print_footer(doc))
        L += ["Personal Child Health Record", "IMMUNISATIONS", "", "Name: " + doc.first + " " + doc.last, "Date of birth: " + doc.dob_s(), doc.idlabel() + ": " + doc.idval(), ""]  # red book
        for r in rows:
            L += ["Age: %s   Vaccine: %s   Date given: %s   Batch: %s   Site: %s   Sign: %s" % ("%d wks" % ((r[0] - doc.dob).days // 7) if (r[0] - doc.dob).days < 365 else "%d yr" % ((r[0] - doc.dob).days // 365), r[1], doc.d(r[0], 'dmy2'), r[4], r[3], initials(r[5]))]
        return finish(doc, L)
    doc = Doc(R, None, ages=(18, 88) if layout != 5 else (12, 15), year_min=2021 if layout == 3 else 2004)
    if layout == 2:  # travel vaccination record
        dest = R.choice(["Thailand", "Kenya", "India", "Peru", "Vietnam", "Tanzania", "Ghana"])
        L += [doc.prac + " Travel Clinic", R.choice(["Travel Vaccination Record", "TRAVEL HEALTH RISK ASSESSMENT & VACCINATION", ""]), "", "Name: " + doc.name('full') + "   DOB: " + doc.dob_s(), "Destination: %s   Departure: %s   Duration: %d weeks" % (dest, doc.d(doc.days(R.randint(14, 60))), R.randint(1, 8)), "Travel type: " + R.choice(["backpacking", "visiting friends and relatives", "holiday - hotel", "business"]), ""]
        vacs = [("Hepatitis A", "Havrix Monodose"), ("Typhoid", "Typhim Vi"), ("Diphtheria/Tetanus/Polio", "Revaxis")] + R.sample([("Rabies (1 of 3)", "Rabipur"), ("Yellow fever", "Stamaril"), ("Hepatitis B (1 of 3)", "Engerix B"), ("Cholera (oral)", "Dukoral")], R.randint(0, 2))
        for v in vacs:
            L.append("  %-28s %-16s %s  Batch %s%d  %s" % (v[0], v[1], doc.d(), R.choice(["AH", "KP"]), R.randint(1000, 9999), R.choice(["L deltoid", "R deltoid", "oral"])))
        L += ["", "Malaria advice: " + R.choice(["atovaquone/proguanil - private prescription", "not required", "bite avoidance only"]), "Advice given: food and water hygiene, insect bite avoidance, travel insurance" + (", YF certificate issued" if any("Yellow" in v[0] for v in vacs) else ""),
              "Nurse: " + clinician(R, 'nurse')]
    elif layout == 3:  # COVID record card / NIMS
        L += [R.choice(["COVID-19 Vaccination Record Card", "NHS COVID-19 vaccination record", "Coronavirus Vaccination Record"]), "", "Name: " + doc.name('plain'), "Date of birth: " + doc.dob_s(), doc.idlabel() + ": " + doc.idval(), ""]
        d = doc.days(-R.randint(60, 700))
        for i, v in enumerate(R.sample(["Comirnaty (Pfizer/BioNTech)", "Vaxzevria (AstraZeneca)", "Spikevax (Moderna)", "Comirnaty Original/Omicron BA.4-5"], 3)):
            L += ["Dose %d: %s   Date: %s   Batch: %s%d   Site: %s" % (i + 1, v, doc.d(d, 'dmy'), R.choice(["FK", "PV", "EW", "AB"]), R.randint(1000, 9999), R.choice(["vaccination centre " + doc.town, doc.prac, doc.pharm]))]
            d += dt.timedelta(days=R.randint(56, 200))
        L += ["", "Make sure you keep this record card in your purse or wallet."]
    elif layout == 4:  # flu / pneumococcal clinic entry with PGD
        L += emis_header(doc) + ["%s  Flu clinic  %s" % (doc.d(doc.date, 'dMy'), clinician(R, 'nurse')),
                                 "    " + R.choice(["Seasonal influenza vaccination (65E..)", "First pneumococcal vaccination (6572.)", "Shingles vaccination (Zostavax/Shingrix)"]),
                                 "    Vaccine: " + R.choice(["Fluad Tetra", "Flucelvax Tetra", "Quadrivalent Influenza Vaccine", "Pneumovax 23", "Shingrix"]) + "  Batch: %s%d  Expiry: %s" % (R.choice(["QX", "NB", "HT"]), R.randint(1000, 9999), doc.d(doc.days(R.randint(60, 300)), 'dMy')),
                                 "    Site: " + R.choice(["L deltoid", "R deltoid"]) + "   Route: IM", "    Given under PGD. Consent: verbal. No contraindications. Advice re side effects given."]
        return finish(doc, L, footer=gp_print_footer(doc))
    elif layout == 5:  # school immunisation notification
        L += [R.choice(["School Aged Immunisation Team - Notification to GP", "Immunisation notification", "Child Health Department"]), doc.commissioner(), "", "To: " + doc.prac, "", "The following immunisation has been given:", ""]
        L += ["Name: " + doc.first + " " + doc.last, "DOB: " + doc.dob_s() + "  " + doc.idlabel() + ": " + doc.idval(), "School: " + R.choice(["Kirkbrae High", "Netherby Academy", "Ysgol Cwm Derwen", "Thornleigh School"]),
              "Vaccine: " + R.choice(["HPV (Gardasil 9)", "Td/IPV (Revaxis)", "MenACWY (Nimenrix)"]), "Date given: " + doc.d(), "Batch: %s%d" % (R.choice(["T0", "U1"]), R.randint(10000, 99999)), "Given by: " + clinician(R, 'nurse') + " (School Nurse)", "", "Please update the child's record."]
    else:  # adult immunisation history summary
        L += [R.choice(["Adult immunisation history", "Vaccination summary", "IMMUNISATIONS"]), doc.name('comma') + "  " + doc.dob_s() + "  " + doc.idval(), ""]
        d = doc.dob
        hist = [("Tetanus", 5), ("Polio (oral)", 5), ("BCG", 13), ("Rubella", 13), ("Td booster", 18), ("Hepatitis B course", 25), ("Influenza", doc.age - 1), ("Pneumococcal", 65), ("Shingles", 71)]
        for n, a in hist:
            if a <= doc.age and R.random() < .8:
                dd = doc.dob + dt.timedelta(days=int(a * 365.25) + R.randint(0, 300))
                L.append("  %-24s %s" % (n, doc.d(dd, 'dmy') if R.random() < .8 else str(dd.year) + " (historical, patient reported)"))
    return finish(doc, L)


# --------------------------------------------------------------------------
# 19 REGISTRATION FORM
# --------------------------------------------------------------------------
def gen_registration_form(R):
    layout = R.randint(0, 6)
    doc = Doc(R, None, ages=(0, 12) if layout == 5 else (16, 90))
    prev = R.choice([clinician(R) + ", " + R.choice(PRAC_A) + " Surgery, " + R.choice(TOWNS[doc.nation]), "Not previously registered (from abroad)", "Dr " + R.choice(SURN) + ", " + R.choice(["Leeds", "Cardiff", "Glasgow", "Bristol", "Wexbridge"])])
    L = []
    if layout in (0, 5):  # GMS1
        L += ["GMS1" if doc.nation != 'S' else "GP Registration Form", "Family Doctor Services Registration", doc.commissioner(), ""]
        L += ["Patient's details (please complete in BLOCK CAPITALS and tick as appropriate)", "Mr " + checkbox(R, doc.title == "Mr") + " Mrs " + checkbox(R, doc.title == "Mrs") + " Miss " + checkbox(R, doc.title == "Miss") + " Ms " + checkbox(R, doc.title == "Ms"),
              "Surname: " + doc.last.upper(), "First names: " + (doc.first + " " + doc.middle).upper().strip(), "Previous surname/s: " + R.choice(["", "", rname(R)[1].upper()]), "Date of birth: " + doc.dob_s(style='dmy'),
              "Male " + checkbox(R, doc.sex == 'M') + "  Female " + checkbox(R, doc.sex == 'F'), "NHS No: " + R.choice([doc.nhs, "", "don't know"]), "Town and country of birth: " + R.choice([doc.town + ", UK", "Warsaw, Poland", "Lahore, Pakistan", "Lagos, Nigeria", "Dublin, Ireland", doc.town]),
              "Home address: " + doc.address(), "Telephone: " + doc.mob, "", "Please help us trace your previous medical records by providing the following information",
              "Your previous address in UK: " + R.choice(["", "%d %s, %s" % (R.randint(1, 99), R.choice(STREETS), R.choice(TOWNS['E']))]), "Name of previous doctor while at that address: " + prev,
              "If you are returning from the Armed Forces: Service no ______  Enlistment date ______", "If you are registering a child under 5: " + checkbox(R, doc.age < 5) + " I wish the child to be registered with the doctor named above for Child Health Surveillance", ""]
        L += ["If you need your doctor to dispense medicines and appliances: " + checkbox(R, False) + " I live more than 1 mile in a straight line from the nearest chemist",
              "", "NHS Organ Donor registration: I want to register my details " + checkbox(R, R.random() < .4), "", "Signature of Patient ______________  Signature on behalf of patient ______________  Date " + doc.d(), "",
              "For practice use: HA/ICB number ______  Patient registered for GMS " + checkbox(R, True) + "   Doctor: " + doc.gp + "   Code " + doc.prac_code]
        if doc.age < 16:
            L += ["Parent/guardian: " + doc.nok[1] + " (" + doc.nok[0] + ")"]
        return finish(doc, L, pages=R.choice([None, 40]), footer=lambda i, n: ["GMS1 %s   Page %d of %d" % (R.choice(["(Rev 12/2017)", "v3", ""]), i, n)])
    if layout == 1:  # new patient health questionnaire
        L += [doc.prac, R.choice(["NEW PATIENT QUESTIONNAIRE", "New Patient Registration - Health Questionnaire", "Registration Health Check"]), ""]
        L += ["Name: " + doc.name('full'), "DOB: " + doc.dob_s(), "Address: " + doc.address(), "Mobile: " + doc.mob + "   Email: " + doc.first.lower() + "." + doc.last.lower() + str(R.randint(1, 99)) + "@example.com",
              "Ethnicity: " + R.choice(["White British", "White - other", "Asian or Asian British - Pakistani", "Black or Black British - African", "Mixed", "Prefer not to say"]),
              "First language: " + R.choice(["English", "English", "Polish", "Urdu", "Welsh", "Romanian"]) + "   Interpreter needed: " + R.choice(["No", "No", "Yes"]),
              "Next of kin: " + doc.nok[1] + " (" + doc.nok[0] + ")   Tel: " + mobile(R), "Carer? " + R.choice(["No", "Yes", "No"]), "", "Height: %dcm   Weight: %dkg" % (R.randint(150, 192), R.randint(50, 115)),
              "Smoking: " + R.choice(["Never", "Ex-smoker", "Current: %d/day" % R.randint(5, 20)]), "Alcohol units per week: %d" % R.randint(0, 30), "Exercise: " + R.choice(["none", "walks daily", "gym 3x/week"]), "",
              "Medical conditions: " + (", ".join(pmh_list(doc)) or "none"), "Current medication: " + R.choice(["none", "see attached repeat slip", "contraceptive pill", "inhalers"]), "Allergies: " + allergy(doc),
              "Family history: " + R.choice(["Diabetes (mother)", "Heart disease (father)", "None known", "Bowel cancer (uncle)"]), "", "Signed: ______________  Date: " + doc.d()]
    elif layout == 2:  # temporary resident
        L += ["TEMPORARY RESIDENT", "Application form for treatment as a temporary resident" if R.random() < .5 else "GMS3", doc.prac, ""]
        L += ["Surname: " + doc.last.upper(), "Forenames: " + doc.first, "DOB: " + doc.dob_s(), "Sex: " + doc.sex, "Home address: %d %s, %s %s" % (R.randint(1, 200), R.choice(STREETS), R.choice(["Leeds", "Bristol", "Aberdeen", "Swansea", "Norwich"]), "XX1 1XX" if R.random() < .1 else postcode(R, 'E')),
              "Local address: " + doc.address(), "Staying for: " + R.choice(["less than 24 hours", "up to 15 days", "more than 15 days (max 3 months)"]), "Registered GP at home: " + clinician(R) + ", " + R.choice(PRAC_A) + " " + R.choice(PRAC_B),
              "Reason for visit: " + R.choice(["holiday", "work placement", "visiting family", "student - vacation"]), "", "Treatment given: " + R.choice(["consultation only", "prescription issued", "dressing"]), "Signature: ______________  Date " + doc.d()]
    elif layout == 3:  # online registration / PDS summary screen
        L += [R.choice(["Online registration request", "Register with a GP surgery - submission", "Registration summary"]), "Submitted: " + doc.d() + " %02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "Reference: REG-%06d" % R.randint(0, 999999), ""]
        for k, v in [("Title", doc.title), ("First name", doc.first), ("Last name", doc.last), ("Date of birth", doc.dob_s()), ("Sex at birth", doc.sexw()), ("NHS number", R.choice([doc.nhs, "Not provided"])), ("Address", doc.address()),
                     ("Mobile", doc.mob), ("Previous GP", prev), ("Armed forces", "No"), ("Consent to SMS", R.choice(["Yes", "No"])), ("Accessible info needs", R.choice(["None", "Large print", "BSL interpreter"]))]:
            L.append("%-24s %s" % (k, v))
        L += ["", "PDS trace: " + R.choice(["Matched - verified", "Matched", "No match - manual check"]), "Processed by: " + rname(R)[0] + " (Reception)  " + doc.d(doc.days(R.randint(1, 5)))]
    elif layout == 4:  # Scottish / Welsh style registration card form
        L += ["Application for registration with a General Practitioner" if doc.nation == 'S' else "Ffurflen Gofrestru / Registration Form" if doc.nation == 'W' else "Patient Registration", doc.trust if doc.nation != 'E' else doc.commissioner(), ""]
        L += ["Practice: " + doc.prac + " (" + doc.prac_code + ")", "", "1. Surname ....... " + doc.last.upper(), "2. Forename(s) .. " + doc.first.upper(), "3. Date of birth . " + doc.dob_s(), "4. " + ("CHI No " if doc.nation == 'S' else "NHS No ") + "......... " + R.choice([doc.idval(), ""]),
              "5. Address ....... " + doc.address(), "6. Previous GP ... " + prev, "7. Previous address " + R.choice(["same", "overseas", "%d %s" % (R.randint(1, 60), R.choice(STREETS))]), "8. Place of birth " + R.choice([doc.town, "Glasgow", "Swansea", "Kraków"]), "",
              "Declaration: I wish to be registered with the above practice.", "Signed ______________  Date " + doc.d(), "", "Office use: Date accepted " + doc.d(doc.days(R.randint(1, 10))) + "  GP: " + doc.gp]
    else:  # practice acceptance / registration confirmation letter-ish summary
        L += gp_head(doc) + ["NEW PATIENT REGISTRATION - INTERNAL CHECKLIST", "", "Patient: " + doc.name('full') + "  DOB " + doc.dob_s(), ""]
        for item in ["ID / proof of address seen", "GMS1 completed", "New patient questionnaire", "Medical card / NHS number traced", "Previous records requested (GP2GP)", "Summarised", "New patient health check booked", "Repeat medication reviewed"]:
            L.append("  %s %s" % (checkbox(R, R.random() < .8), item))
        L += ["", "Registered with: " + doc.gp + " on " + doc.d(), "Completed by: " + rname(R)[0] + " " + R.choice(SURN) + " (Registration clerk)"]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 20 INSURANCE CARD (front/back as scanned)
# --------------------------------------------------------------------------
def gen_insurance_card(R):
    layout = R.randint(0, 6)
    doc = Doc(R, None, ages=(18, 85))
    L = []
    front = R.choice(["FRONT", "[Front]", "Side 1", "--- front of card ---", ""])
    back = R.choice(["BACK", "[Reverse]", "Side 2", "--- back of card ---", ""])
    if layout == 0:  # GHIC / EHIC
        g = doc.date.year >= 2021
        L += [front, "UK Global Health Insurance Card" if g else "EUROPEAN HEALTH INSURANCE CARD", "UK", "", "3 Name / Nom: " + doc.last.upper(), "4 Given names / Prénoms: " + doc.first.upper(), "5 Date of birth: " + doc.dob_s(style='dmy'),
              "6 Personal identification number: " + doc.nhs.replace(" ", ""), "7 Identification number of the institution: 1234 - NHSBSA" if R.random() < .5 else "7 Identification number of the institution: UK-NHS",
              "8 Identification number of the card: 8082600%013d" % R.randint(0, 10 ** 13 - 1), "9 Expiry date: " + doc.d(doc.days(365 * 5), 'dmy'), "", back,
              "This card is valid for medically necessary state healthcare in " + ("EU countries and Switzerland" if g else "the EEA and Switzerland") + ".", "It is not an alternative to travel insurance.", "www.nhs.uk/ghic" if g else "www.ehic.org.uk"]
    elif layout == 1:  # NHS medical card
        L += [front, "NATIONAL HEALTH SERVICE", "MEDICAL CARD" if doc.nation != 'S' else "NHS SCOTLAND - MEDICAL CARD", "", "Name: " + doc.name('full'), "Address: " + doc.address(), "NHS No: " + doc.nhs if doc.nation != 'S' else "CHI: " + doc.chi,
              "Date of birth: " + doc.dob_s(), "", "Doctor: " + doc.gp, doc.prac + ", " + ", ".join(doc.prac_addr), "Date of acceptance: " + doc.d(doc.days(-R.randint(100, 5000))), "", back,
              "Keep this card safe. You will need it if you change your doctor.", "If you change your address please tell your doctor.", "Issued by " + doc.commissioner()]
    elif layout == 2:  # private medical insurance card
        ins = R.choice(["Albion Health Insurance", "Crestline Healthcare", "Pennant Medical Assurance", "Meridian Health Cover", "Harbourside Health"])
        L += [front, ins.upper(), "Membership card", "", "Member: " + doc.name('plain').upper(), "Membership no: %s%08d" % (R.choice(["AH", "CH", "PM", "MH"]), R.randint(0, 10 ** 8 - 1)), "Scheme: " + R.choice(["Corporate - " + R.choice(SURN) + " Engineering Ltd", "Personal Plan Plus", "Essentials"]),
              "Valid from: " + doc.d(doc.days(-R.randint(10, 300)), 'dmy') + "  to  " + doc.d(doc.days(R.randint(30, 365)), 'dmy'), "Excess: £" + str(R.choice([0, 100, 250, 500])), "", back,
              "Before treatment, please call our pre-authorisation team on " + phone(R) + ".", "You will need a GP referral for outpatient consultations.", "Lost card? Call " + phone(R), "This card remains the property of " + ins + "."]
    elif layout == 3:  # prescription prepayment certificate
        L += ["NHS Prescription Prepayment Certificate" if doc.nation == 'E' else "Prescription charge exemption", "", "Name: " + doc.name('full'), "Address: " + doc.address(), "Date of birth: " + doc.dob_s(),
              "Certificate number: PPC%09d" % R.randint(0, 10 ** 9 - 1), "Valid from: " + doc.d() + "  Expires: " + doc.d(doc.days(R.choice([91, 365]))), "Type: " + R.choice(["12 month", "3 month"]), "",
              "Show this certificate when you collect your prescriptions or tick box C on the back of the prescription form.", "NHS Business Services Authority"]
    elif layout == 4:  # medical exemption card
        L += [front, "NHS MEDICAL EXEMPTION CERTIFICATE" if R.random() < .5 else "MedEx", "", "Name: " + doc.name('full'), "DOB: " + doc.dob_s(), "Certificate no: %09d" % R.randint(0, 10 ** 9 - 1),
              "Valid until: " + doc.d(doc.days(365 * 5)), "", back, "This certificate entitles the holder to free NHS prescriptions.", "Exemption category: " + R.choice(["D - medical exemption (diabetes, hypothyroidism...)", "D", "continuing physical disability"]),
              "Please tell NHSBSA if you change your address."]
    elif layout == 5:  # maternity exemption
        doc = Doc(R, None, sex='F', ages=(18, 42))
        L += [front, "Maternity Exemption Certificate", "", "Name: " + doc.name('full'), "Address: " + doc.address(), "Expected date of delivery: " + doc.d(doc.days(R.randint(60, 200))), "Certificate number: %010d" % R.randint(0, 10 ** 10 - 1),
              "Valid to: " + doc.d(doc.days(R.randint(400, 560))), "", back, "Free NHS prescriptions and NHS dental treatment during pregnancy and for 12 months after the birth."]
    else:  # travel insurance emergency assistance card
        ins = R.choice(["Voyager Travel Insurance", "Stoneleigh Travel Cover", "BlueSky Travel Protect"])
        L += [front, ins, "EMERGENCY MEDICAL ASSISTANCE CARD", "", "Policyholder: " + doc.name('plain'), "Policy no: %s-%07d" % (R.choice(["VT", "ST", "BS"]), R.randint(0, 9999999)), "Cover: " + R.choice(["Europe", "Worldwide excl. USA", "Worldwide"]),
              "Dates of cover: " + doc.d(doc.days(-5)) + " - " + doc.d(doc.days(R.randint(5, 30))), "", back, "24hr Emergency assistance: +44 1632 960%03d" % R.randint(0, 999), "Declared medical conditions: " + R.choice(["Hypertension", "None", "Asthma", "Type 2 diabetes"]),
              "In the event of hospital admission please contact us immediately."]
    L = ["[Scanned card - %s]" % R.choice(["front and back", "copy", "photocopy, reduced"])] + L if R.random() < .4 else L
    return finish(doc, L)


# --------------------------------------------------------------------------
# 21 NURSING NOTE
# --------------------------------------------------------------------------
def gen_nursing_note(R):
    layout = R.randint(0, 6)
    nurse = clinician(R, 'nurse')
    L = []
    if layout == 0:  # practice nurse chronic disease review
        key = R.choice(['t2dm', 'asthma', 'copd', 'htn', 'ckd'])
        doc = Doc(R, C[key])
        L += emis_header(doc) + ["%s  %s  %s (Practice Nurse)" % (doc.d(doc.date, 'dMy'), R.choice(["Chronic disease review", "Surgery consultation", "Annual review"]), nurse)]
        if key == 't2dm':
            L += ["    Diabetic annual review (66AS.)", "    HbA1c %d mmol/mol (%s)" % (R.randint(48, 80), doc.d(doc.days(-7), 'dMy')), "    O/E - weight %.1f kg  BMI %.1f" % (R.uniform(70, 115), R.uniform(26, 38)), "    O/E - blood pressure reading %d/%d" % (R.randint(120, 155), R.randint(70, 92)),
                  "    Diabetic foot examination: pulses present, monofilament normal, low risk (66Ab.)", "    Retinal screening: attended " + doc.d(doc.days(-R.randint(30, 300)), 'dMy'), "    Smoking status: " + R.choice(["never smoked", "ex-smoker", "current smoker - brief advice given"]),
                  "    Comment: " + R.choice(["Discussed diet and exercise. Booked GP review re medication.", "Good control. Continue.", "Struggling with weight - referred to weight management."])]
        elif key in ('asthma', 'copd'):
            L += ["    " + ("Asthma annual review (66YJ.)" if key == 'asthma' else "COPD annual review (66YM.)"), "    RCP 3 questions: " + R.choice(["0/3", "1/3 - night waking", "2/3"]) if key == 'asthma' else "    MRC dyspnoea scale: %d" % R.randint(2, 4),
                  "    Peak flow %d L/min (predicted %d)" % (R.randint(300, 500), R.randint(420, 560)), "    Inhaler technique: " + R.choice(["good", "poor - re-demonstrated, spacer issued", "adequate"]), "    Exacerbations in last year: %d" % R.randint(0, 3),
                  "    Personalised action plan: " + R.choice(["given", "updated", "declined"]), "    Flu vaccine: " + R.choice(["given this season", "booked", "declined"])]
        else:
            L += ["    Hypertension annual review (662P.)" if key == 'htn' else "    CKD annual review", "    BP %d/%d, repeat %d/%d" % (R.randint(125, 160), R.randint(70, 95), R.randint(122, 150), R.randint(70, 90)), "    Pulse %d regular" % R.randint(58, 90),
                  "    Bloods taken: U&E, lipids, HbA1c, urine ACR", "    Lifestyle advice: salt, alcohol, exercise", "    Comment: GP to review results"]
        return finish(doc, L, footer=gp_print_footer(doc))
    if layout == 1:  # district nurse visit
        doc = Doc(R, None, ages=(70, 97))
        L += [R.choice(["DISTRICT NURSING - CONTINUATION RECORD", "Community Nursing Visit", "District Nurse Record", ""]), doc.name('comma') + "  " + doc.pid() + "  " + doc.address(), ""]
        for i in range(R.randint(2, 4)):
            dd = doc.days(i * R.randint(2, 4))
            L += ["%s %02d:%02d  %s" % (doc.d(dd, 'dmy2'), R.randint(9, 16), R.randint(0, 59), R.choice(["Visit", "HV", "Home visit"])),
                  "  " + R.choice(["Leg ulcer L gaiter - dressings removed, wound bed 80% granulating, 20% slough, moderate exudate, no odour. Cleansed with saline, Inadine, Kerramax, 2-layer compression. Wound measured 4.2 x 3.1cm.",
                                   "Catheter change (16Ch Foley, 10ml water, batch %d). Draining clear urine. Next change 12 weeks." % R.randint(10000, 99999),
                                   "Insulin administered - Lantus 18 units SC abdomen. CBG %.1f mmol/L." % R.uniform(5, 14), "Pressure areas checked: sacrum intact, blanching erythema L heel. Heel offloading advice. Waterlow %d." % R.randint(10, 22),
                                   "B12 injection given (hydroxocobalamin 1mg IM). Next due 3 months."]), "  " + nurse + " " + ["DN", "SN", "Band 6", "CSW"][len(nurse) % 4], ""]
        return finish(doc, L)
    if layout == 2:  # health visitor
        doc = Doc(R, None, ages=(0, 0), year_min=2006)
        dob = doc.date - dt.timedelta(days=R.randint(10, 60))
        doc.dob = dob
        L += [R.choice(["Health Visiting Service", "HEALTH VISITOR RECORD", "Child Health - HV contact"]), "Child: %s  DOB %s  %s" % (doc.first + " " + doc.last, doc.d(dob), doc.pid()), "Mother: " + rname(R, 'F')[0] + " " + doc.last, ""]
        L += ["Contact: " + R.choice(["New birth visit", "6-8 week contact", "Home visit"]) + "  " + doc.d(), "Present: mother, baby" + R.choice(["", ", father", ", maternal grandmother"]), ""]
        L += ["Feeding: " + R.choice(["breastfeeding well, 8-10 feeds/24h", "formula 120ml 3-hourly", "mixed feeding"]), "Weight: %.2f kg (%s centile)" % (R.uniform(3.2, 5.6), R.choice(["25th", "50th", "9th-25th", "75th"])), "Nappies: wet and dirty, normal",
              "Skin/cord: " + R.choice(["cord separated, clean", "mild neonatal jaundice, fading", "clear"]), "Sleep: back to sleep advice given, own cot in parents' room", "Maternal mood: EPDS %d. %s" % (R.randint(2, 14), R.choice(["No concerns", "Some low mood - GP appointment suggested", "Good support network"])),
              "Safety: car seat, smoke alarm, safe sleeping discussed", "Immunisations: 8 week imms booked at " + doc.prac, "Domestic abuse enquiry: " + R.choice(["asked - no concerns", "not asked - partner present"]), "", "Plan: " + R.choice(["Universal service", "Universal plus - review 2 weeks", "Clinic weighs"]),
              nurse + " (Health Visitor)"]
        return finish(doc, L)
    if layout == 3:  # ward nursing evaluation
        doc = Doc(R, C[R.choice(ADMITTABLE)])
        L += ["NURSING EVALUATION" if R.random() < .5 else "Nursing notes", doc.hosp + "  " + R.choice(["Ward 7", "Ward 22", "AMU", "Beech Ward"]), doc.name('comma') + "  " + doc.hospno, ""]
        for sh in R.sample(["Day", "Late", "Night", "Early"], R.randint(2, 3)):
            L += ["%s %s:" % (doc.d(style='dmy2'), sh)] + wrap(R.choice(["Pt settled, slept well. Obs stable, NEWS 1. Pain controlled with regular paracetamol. Eating and drinking fair, fluid balance chart maintained. Voiding.",
                                                                          "Pt mobilised to toilet with 1 assist + frame. Skin intact, repositioned 2-hourly. IV abx given as prescribed. Family visited, updated by nurse in charge.",
                                                                          "NEWS 4 at 02:00 (RR 24, sats 91%) - escalated to night SHO, reviewed, O2 2L commenced, plan to continue. NEWS 2 on recheck.",
                                                                          "Pt anxious this am, reassured. Seen on WR - plan for discharge tomorrow pending OT assessment. TTOs requested."]), 82, "  ") + ["  " + clinician(R, 'nurse') + " RN", ""]
        return finish(doc, L)
    if layout == 4:  # treatment room / dressing / ear
        doc = Doc(R, None)
        L += ["%s  %s  Treatment room  %s" % (doc.name('comma'), doc.idval(), doc.d()), ""]
        L += wrap(R.choice(["Removal of sutures L forearm - 6 nylon sutures removed, wound well healed. No signs of infection.", "Wound check post op: wound clean and dry, steristrips intact. Re-dressed with Mepore. Review 1 week.",
                            "Ear care: bilateral impacted wax, olive oil for 2 weeks advised, microsuction referral if persists.", "Dressing change R shin laceration: some serous exudate, no cellulitis. Atrauman + gauze + Tubifast.",
                            "Depot injection - Depo-Provera 150mg IM R gluteal. Next due in 12 weeks (" + doc.d(doc.days(84)) + ").", "B12 injection given L deltoid.", "Cervical screening sample taken (LBC). Cervix appears healthy. Result letter to follow."]), 80)
        L += ["", nurse + R.choice([" (PN)", " RGN", " HCA", " Nurse Practitioner"])]
        return finish(doc, L)
    if layout == 5:  # community matron / heart failure nurse
        doc = Doc(R, C[R.choice(['hf', 'copd'])], ages=(65, 92))
        L += [R.choice(["Community Matron", "Heart Failure Specialist Nurse", "Respiratory Nurse Specialist"]) + " - home visit", "", "Patient: " + doc.name('full') + "  DOB " + doc.dob_s(), "Date: " + doc.d(), ""]
        L += ["Weight: %.1f kg (%s)" % (R.uniform(60, 100), R.choice(["stable", "up 1.5kg", "down 2kg"])), "BP %d/%d  HR %d  Sats %d%%" % (R.randint(100, 140), R.randint(60, 85), R.randint(58, 95), R.randint(88, 97)),
              "Symptoms: " + R.choice(["breathless on moderate exertion, no orthopnoea", "ankles less swollen", "more breathless this week, sputum clear"]), "Medication: " + ", ".join(m[0].split(" ")[0] for m in doc.cond['meds']),
              "Plan: " + R.choice(["Bisoprolol increased to next dose per protocol. U&E 1 week.", "Continue. Review 2 weeks.", "Rescue pack started - GP informed.", "Furosemide increased 40->80mg for 3 days then review."]), "", nurse]
        return finish(doc, L)
    # SBAR telephone / nursing handover note
    doc = Doc(R, C[R.choice(ADMITTABLE)])
    L += ["SBAR", doc.name('comma') + " " + doc.hospno + " " + doc.d() + " %02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), "",
          "S: NEWS %d, %s" % (R.randint(5, 8), R.choice(["new confusion", "sats dropped to 89%", "hypotensive 88/50", "temp 38.9"])), "B: Admitted with " + doc.cond['dx'].lower() + ". PMH " + ", ".join(pmh_list(doc, 2) or ["nil"]),
          "A: " + obs_line(doc, R, True), "R: Doctor review within 30 mins requested. " + R.choice(["Outreach informed.", "Sepsis screen started.", "Fluids prescribed."]), "", "Called: " + clinician(R) + " at %02d:%02d by %s" % (R.randint(0, 23), R.randint(0, 59), nurse)]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 22 ED NOTE (A&E / MIU / OOH)
# --------------------------------------------------------------------------
ED_EXTRA = [dict(dx="Distal radius fracture (Colles type), left", pc="fall on outstretched hand", hpi="Slipped on ice, FOOSH L wrist. Pain and deformity. No head injury. RHD.", exam="Dinner-fork deformity L wrist. NV intact distally. Snuffbox non-tender. Elbow NAD.",
                 tx="Haematoma block, MUA, backslab applied. Post-reduction XR satisfactory.", disp="Fracture clinic 1 week", read="S23..", ages=(50, 90)),
            dict(dx="Minor head injury", pc="head injury", hpi="Hit head on cupboard door. No LOC, no vomiting, no amnesia. Not anticoagulated.", exam="GCS 15. 2cm haematoma forehead. PERLA. No focal neurology. C-spine cleared clinically (Canadian C-spine rules).",
                 tx="Analgesia. Head injury advice sheet given.", disp="Discharged home with responsible adult", read="S64..", ages=(18, 70)),
            dict(dx="Laceration right hand", pc="cut hand on knife", hpi="Cut palm of R hand on kitchen knife. Tetanus up to date. RHD chef.", exam="3cm linear laceration thenar eminence. Full flexor and extensor function. Sensation intact distally. No FB.",
                 tx="Irrigated, explored under LA, closed with 4 x 5/0 Ethilon.", disp="ROS 10 days at GP practice nurse", read="SD...", ages=(18, 65)),
            dict(dx="Ankle sprain (lateral ligament), right", pc="twisted right ankle", hpi="Inversion injury playing football. Able to weight bear 4 steps.", exam="Swelling and tenderness over ATFL. No bony tenderness posterior malleoli or base 5th MT (Ottawa negative).",
                 tx="RICE advice, tubigrip declined, analgesia.", disp="Discharged. Physio self-referral if not improving", read="S540.", ages=(16, 50)),
            dict(dx="Non-cardiac chest pain", pc="chest pain", hpi="Left-sided sharp chest pain for 2 days, worse on movement and deep breathing. No SOB, no sweating.", exam="Reproducible chest wall tenderness L costochondral junction. HS normal, chest clear. ECG: SR, normal.",
                 tx="Troponin at 0 and 3h: <5 ng/L. Analgesia.", disp="Discharged to GP", read="R065.", ages=(25, 60))]


def gen_ed_note(R):
    layout = R.randint(0, 6)
    if R.random() < .5:
        e = R.choice(ED_EXTRA)
        doc = Doc(R, None, ages=e['ages'])
        dx, pc, hpi, exam, tx, disp = e['dx'], e['pc'], e['hpi'], e['exam'], e['tx'], e['disp']
    else:
        doc = Doc(R, C[R.choice(['cap', 'cellulitis', 'asthma', 'af', 'tia', 'uti', 'copd', 'appendicitis', 'migraine', 'otitis'])])
        c = doc.cond
        dx, pc, hpi, exam = c['dx'], c['pc'], fill(doc, c['hpi']), c['exam']
        tx = R.choice(["Analgesia. ", "IV access, bloods. ", "Nebulisers x2. ", ""]) + (c['meds'][0][0] + " started." if c['meds'] else "")
        disp = "Admitted under " + c['spec'] if c['admit'] and R.random() < .6 else R.choice(["Discharged to GP care", "Discharged home, GP follow up", "Home with advice"])
    arr = "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))
    cat = R.choice(["2 - Very urgent (orange)", "3 - Urgent (yellow)", "4 - Standard (green)", "3", "4"])
    doc_ed = clinician(R)
    L = []
    if layout == 0:  # ED discharge letter to GP
        L += [doc.hosp + " Emergency Department", R.choice(["ED ATTENDANCE SUMMARY", "Emergency Department Discharge Letter", "A&E Attendance - GP Notification", ""]), ""]
        L += ["To: " + doc.gp + ", " + doc.prac, "Patient: %s  DOB: %s  %s" % (doc.name('full'), doc.dob_s(), doc.pid()), "Attendance: %s  Arrived: %s  Mode: %s" % (doc.d(), arr, R.choice(["Ambulance", "Walk-in", "Private transport"])), ""]
        L += ["Presenting complaint: " + pc, "Diagnosis: " + dx, "Investigations: " + R.choice(["XR", "Bloods, ECG", "Nil", "CXR, bloods, VBG", "Urinalysis"]), "Treatment: " + tx, "Outcome: " + disp, "", "GP action required: " + R.choice(["None", "Please review in 1 week", "ROS", "Please follow up blood results"]),
              "", "Clinician: " + doc_ed + " (" + R.choice(["ED Registrar", "ENP", "ST3", "Consultant in EM", "FY2"]) + ")"]
    elif layout == 1:  # full ED clinician notes with triage
        L += [doc.hosp + " - Emergency Department Record", "ED No: %d   %s   %s   %s" % (R.randint(100000, 999999), doc.name('comma'), doc.dob_s(), doc.hospno), ""]
        L += ["TRIAGE %s  Nurse: %s" % (arr, clinician(R, 'nurse')), "  Manchester Triage: " + cat + "   Discriminator: " + R.choice(["moderate pain", "hot adult", "SOB", "deformity", "recent problem"]),
              "  Obs: " + obs_line(doc, R, R.random() < .5) + "  GCS 15  BM %.1f" % R.uniform(4.5, 9), "  Pain score %d/10. Analgesia given at triage: %s" % (R.randint(2, 9), R.choice(["paracetamol 1g PO", "ibuprofen 400mg", "nil", "Entonox"])), ""]
        L += ["CLINICIAN %02d:%02d  %s" % (R.randint(0, 23), R.randint(0, 59), doc_ed), "  PC: " + pc, "  HPC: " + hpi, "  PMH: " + (", ".join(pmh_list(doc)) or "nil"), "  DH: " + R.choice(["nil", "see list", "inhalers", "apixaban"]), "  Allergies: " + allergy(doc),
              "  O/E: " + exam, "  Imp: " + dx, "  Mx: " + tx, "  Dispo: " + disp, "  Time left dept: %02d:%02d" % (R.randint(0, 23), R.randint(0, 59))]
    elif layout == 2:  # MIU record
        L += [R.choice(["Minor Injuries Unit", "Urgent Treatment Centre", "Minor Injury Unit - " + R.choice(TOWNS[doc.nation]) + " Community Hospital"]), "", "Name: " + doc.name('full') + "   DOB: " + doc.dob_s(), "GP: " + doc.gp, "Arrival: " + doc.d() + " " + arr, ""]
        L += ["Hx: " + hpi, "O/E: " + exam, "Ix: " + R.choice(["XR - see report", "None", "Urine dip"]), "Dx: " + dx, "Rx: " + tx, "Advice: verbal + leaflet. " + R.choice(["Return if worse.", "See GP if not settling.", "Fracture clinic letter given."]),
              "Seen by: " + clinician(R, 'nurse') + " ENP"]
    elif layout == 3:  # OOH GP record
        ooh = R.choice(OOH[doc.nation])
        L += [ooh, R.choice(["Out of Hours Consultation - Notification to registered GP", "OOH Case Summary", "Post Event Message"]), ""]
        L += ["Case ref: %d   Received: %s %s" % (R.randint(1000000, 9999999), doc.d(), arr), "Patient: " + doc.name('full') + "  " + doc.dob_s() + "  " + doc.pid(), "Registered practice: " + doc.prac, "Case type: " + R.choice(["Base visit (PCC)", "Home visit", "Telephone advice"]), ""]
        L += ["Reported condition: " + pc, "Consultation:"] + wrap(hpi + " " + exam, 84, "  ") + ["Diagnosis: " + dx, "Treatment: " + tx, "Outcome: " + R.choice(["Advice - see own GP if no better", "Referred to ED", "Prescription issued", disp]), "", "Clinician: " + clinician(R) + " (OOH GP)"]
    elif layout == 4:  # CAS card handwritten
        L += ["A&E   " + doc.d(style='dmy2') + "  " + arr, doc.name('comma') + "  " + doc.dob_s() + " (%d)" % doc.age, doc.address(), "GP " + doc.gp.split()[-1], "", "Triage cat " + cat.split(" ")[0], "",
              "c/o " + pc, hpi, "", "o/e " + exam, "", "Imp: " + dx, "Plan: " + tx, "-> " + disp, "", doc_ed + "  " + R.choice(["SHO", "Reg", "SpR", "ENP"])]
    elif layout == 5:  # paediatric ED
        doc2 = Doc(R, C[R.choice(['otitis', 'eczema', 'asthma'])], ages=(1, 10))
        doc = doc2
        c = doc.cond
        L += [doc.hosp + " Children's Emergency Department", "", "Child: %s  DOB %s  Age %d  Wt %.1fkg" % (doc.first + " " + doc.last, doc.dob_s(), doc.age, 8 + doc.age * 2.5), "Accompanied by: " + doc.nok[0], "Arrival: " + doc.d() + " " + arr, ""]
        L += ["PEWS: %d   Triage: %s" % (R.randint(0, 3), cat), "HPC: " + fill(doc, c['hpi']), "O/E: " + c['exam'], "Safeguarding checklist: completed - no concerns", "Dx: " + c['dx'], "Plan: " + "; ".join(c['plan']), "Disch: home with parent, leaflet given", "", doc_ed + " (Paeds ED)"]
    else:  # Scottish/Welsh ED short notification
        L += [R.choice(["EMERGENCY DEPARTMENT - NOTIFICATION OF ATTENDANCE", "Unscheduled Care Attendance", "ED electronic discharge"]), doc.hosp, ""]
        L += ["%s | %s | %s" % (doc.name('upper'), doc.dob_s(), doc.idval()), "Date: " + doc.d() + "   Time in: " + arr, "Complaint: " + pc, "Final diagnosis: " + dx, "Disposal: " + disp, "Follow-up: " + R.choice(["GP", "Fracture clinic", "None", "Virtual fracture clinic"]), "Clinician: " + doc_ed]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 23 TRANSFER SUMMARY
# --------------------------------------------------------------------------
def gen_transfer_summary(R):
    layout = R.randint(0, 6)
    key = R.choice(['nof', 'cap', 'hf', 'copd', 'tia', 'cellulitis', 'af'])
    doc = Doc(R, C[key], ages=(60, 96))
    c = doc.cond
    src = doc.hosp
    dst = R.choice([R.choice(["Marlcote Community Hospital", "Dunmorven Community Hospital", "Ysbyty Trefelin"]), R.choice(HOSP[doc.nation])[0], "St Bride's Hospice", "Rosewood Care Home", "Regional Cardiothoracic Centre"])
    if dst == doc.hosp:
        dst = "Regional Cardiothoracic Centre"
    meds = med_list(doc)
    nurse = clinician(R, 'nurse')
    course = COURSE.get(key, (c['dx'], "Admitted with %s. %s" % (c['pc'], "; ".join(c['plan'])), ""))[1]
    L = []
    if layout == 0:  # medical inter-hospital transfer letter
        L += hosp_head(doc) + ["To: The Admitting Team, " + dst, "Date of transfer: " + doc.d(), ""] + re_line(doc) + [""]
        L += ["Reason for transfer: " + R.choice(["rehabilitation", "step-down care closer to home", "specialist management", "end of life care", "repatriation to local hospital"]), "Diagnosis: " + c['dx'], ""]
        L += wrap(course, 82) + ["", "Current medication:"] + med_table(doc, meds, 1) + ["", "Allergies: " + allergy(doc), "Resuscitation status: " + R.choice(["For CPR", "DNACPR - original travels with patient", "Not discussed"]),
              "Outstanding issues: " + R.choice(["U&E tomorrow", "Needs OT home visit", "Awaiting social care assessment", "None"])] + signoff(doc, clinician(R), "FY2 on behalf of " + clinician(R, 'cons'))
    elif layout == 1:  # nursing transfer form
        L += [R.choice(["INTER-WARD / INTER-HOSPITAL TRANSFER FORM", "Nursing Transfer Documentation", "Patient Transfer Checklist"]), doc.trust, ""]
        for k, v in [("Patient", doc.name('full')), ("DOB", doc.dob_s()), ("Hospital no", doc.hospno), ("From", src + " " + R.choice(["Ward 7", "AMU", "Ward 12"])), ("To", dst), ("Date/time", doc.d() + " %02d:%02d" % (R.randint(9, 18), R.randint(0, 59))),
                     ("Diagnosis", c['dx']), ("Infection status", R.choice(["MRSA screen negative", "CPE screen pending", "C diff negative", "No known infection"])), ("Mobility", R.choice(["frame + 1", "hoist", "independent", "stick"])),
                     ("Skin", R.choice(["intact", "grade 2 PU sacrum - dressing Mepilex", "moisture lesion"])), ("Continence", R.choice(["continent", "pads", "catheter inserted " + doc.d(doc.days(-3))])), ("Diet", R.choice(["normal", "soft and bite-sized", "IDDSI level 5"])),
                     ("Cannula", R.choice(["removed", "L forearm, inserted " + doc.d(doc.days(-1))])), ("Property", "1 bag, glasses" + R.choice(["", ", hearing aids"])), ("Last obs", obs_line(doc, R)), ("NEWS2", str(R.randint(0, 3))),
                     ("Medication", "TTO/drug chart with patient"), ("Escort", R.choice(["none", "HCA", "RN"])), ("Handed over by", nurse)]:
            L.append("%-18s %s" % (k + ":", v))
    elif layout == 2:  # care home -> hospital transfer (red bag)
        L += [R.choice(["Hospital Transfer Pathway - 'Red Bag'", "CARE HOME TO HOSPITAL TRANSFER FORM", "This is Me - Transfer Information"]), R.choice(["Rosewood Care Home", "Heather Lodge Nursing Home", "Glenview Care Home"]), ""]
        L += ["Resident: " + doc.name('full') + "  DOB " + doc.dob_s() + "  " + doc.pid(), "GP: " + doc.gp + "  " + doc.prac, "NOK: " + doc.nok[1] + " (" + doc.nok[0] + ") " + mobile(R), "Reason for transfer: " + c['pc'], ""]
        L += ["Usual baseline: " + R.choice(["Mobile with frame, orientated, eats independently", "Hoisted, needs full assistance, limited communication", "Pleasantly confused, walks with supervision"]), "Cognition: " + R.choice(["dementia - knows own name", "no impairment", "mild cognitive impairment"]),
              "Communication: " + R.choice(["glasses, hearing aid L", "speaks English", "limited verbal"]), "DNACPR: " + R.choice(["Yes - copy enclosed", "No", "ReSPECT form enclosed"]), "Meds: MAR chart enclosed", "Items in bag: " + ", ".join(R.sample(["dentures", "glasses", "hearing aids", "clothes", "slippers", "medication"], 3)),
              "", "Completed by: " + nurse + " (Senior Carer)  " + doc.d()]
    elif layout == 3:  # ICU step-down / ward transfer medical
        L += ["ICU DISCHARGE / STEP-DOWN SUMMARY" if R.random() < .5 else "Critical Care Transfer Summary", doc.hosp, "", doc.name('comma') + "  " + doc.hospno + "  " + doc.dob_s(), "ICU admission: %s  Transfer to ward: %s" % (doc.d(doc.days(-R.randint(2, 8))), doc.d()), ""]
        L += ["Reason for ICU admission: " + R.choice(["Type 2 respiratory failure requiring NIV", "Septic shock secondary to " + c['dx'].lower(), "Post-operative monitoring"]), "Organ support: " + R.choice(["NIV 3 days", "Noradrenaline 48h", "High-flow nasal O2"]), "Current status: " + obs_line(doc, R),
              "Lines: " + R.choice(["CVC removed", "Arterial line removed, PICC in situ", "Peripheral only"]), "Plan for ward:"] + ["  - " + p for p in c['plan'][:3]] + ["  - Outreach follow-up within 24h", "Ceiling of care: " + R.choice(["Full", "Not for re-admission to ICU", "Ward based"]), "", clinician(R, 'cons') + " (ICU)"]
    elif layout == 4:  # hospice transfer
        L += hosp_head(doc) + ["To: Medical Director, St Bride's Hospice", doc.d(), "", "Dear Colleague,", ""] + re_line(doc) + [""]
        L += wrap("Thank you for accepting this %d year old %s for transfer for end of life care. %s Symptoms are currently %s. Family are aware of the prognosis (days to short weeks). DNACPR is in place." % (doc.age, fill(doc, "{man}"), course.split(". ")[0] + ".", R.choice(["reasonably controlled on a syringe driver", "well controlled", "difficult - breathlessness and agitation"])), 82)
        L += ["", "Syringe driver: morphine sulfate %dmg + midazolam %dmg over 24h" % (R.choice([10, 15, 20]), R.choice([5, 10])), "PRN: morphine 2.5-5mg SC, midazolam 2.5mg SC, glycopyrronium 200mcg SC, levomepromazine 6.25mg SC"] + signoff(doc, clinician(R, 'cons'), "Consultant")
    elif layout == 5:  # community hospital rehab transfer
        L += [R.choice(["Transfer to Community Hospital", "Rehabilitation Transfer Summary", "Step-down referral/transfer"]), "From " + src + " to " + dst, ""]
        L += ["Patient: " + doc.name('full') + "  " + doc.pid(), "Date: " + doc.d(), "", "Admission diagnosis: " + c['dx'], "Summary: "] + wrap(course, 82, "  ")
        L += ["Function: " + R.choice(["transfers with 1 + frame", "walking 10m with frame", "independent transfers"]), "Goals: return home with package of care; improve mobility; continence", "Medically optimised: " + R.choice(["Yes", "Yes - " + doc.d(doc.days(-1))]), "Meds: see attached TTO", "Therapy: PT/OT notes enclosed", "", "Transfer completed by " + clinician(R)]
    else:  # ambulance / transfer handover ATMIST
        L += ["Inter-facility transfer - clinical handover", "Ambulance: " + R.choice(["Emergency transfer", "HDU transfer", "Routine"]), "", "Patient: %s  Age %d  %s" % (doc.name('plain'), doc.age, doc.pid()), "From: " + src + "   To: " + dst, ""]
        L += ["A(ge/admission): %d, admitted %s" % (doc.age, doc.d(doc.days(-R.randint(1, 6)))), "T(ransfer reason): " + R.choice(["specialist cardiology", "PCI", "neurosurgical opinion", "bed capacity"]), "M(ain problem): " + c['dx'], "I(nterventions): " + R.choice(["IV access x2", "O2 2L", "IV antibiotics running", "on heparin infusion"]),
              "S(igns): " + obs_line(doc, R), "T(reatment/transfer needs): " + R.choice(["paramedic crew", "nurse escort", "standard crew"]), "", "Accepting clinician: " + clinician(R, 'cons') + "   Referring: " + clinician(R)]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 24 PROVIDER ORDERS
# --------------------------------------------------------------------------
def gen_provider_orders(R):
    layout = R.randint(0, 7)
    L = []
    if layout == 0:  # pathology request form
        doc = Doc(R, C[R.choice(GP_CONDS)])
        names, _ = panels_for(doc)
        L += [R.choice(["PATHOLOGY REQUEST", "Blood Sciences Request Form", "ICE Order Comms - Request"]), doc.hosp + " Laboratories", ""]
        L += ["Surname: " + doc.last.upper() + "   Forename: " + doc.first, "DOB: " + doc.dob_s() + "  Sex: " + doc.sex + "  " + doc.pid(), "Requester: " + doc.gp + " (" + doc.prac_code + ")", "Location: " + doc.prac, "Clinical details: " + doc.cond['dx'] + " - " + R.choice(["annual review", "monitoring", "symptomatic", "?cause"]),
              "Fasting: " + R.choice(["Y", "N"]) + "   Urgent: " + R.choice(["N", "N", "Y"]), "", "Tests requested:"] + ["  " + checkbox(R, True) + " " + n for n in names]
        L += ["Sample(s): " + ", ".join(sorted({R.choice(["EDTA (purple)", "SST (gold)", "Fluoride (grey)"]) for _ in names})), "Sample taken by: " + clinician(R, 'nurse') + " on " + doc.d() + " %02d:%02d" % (R.randint(8, 12), R.randint(0, 59)), "Order no: %s%08d" % (R.choice(["GP", "ICE"]), R.randint(0, 10 ** 8))]
    elif layout == 1:  # radiology request
        key = R.choice([k for k in IMG if IMG[k].get('cond')])
        im = IMG[key]
        doc = Doc(R, C[im['cond']])
        L += [R.choice(["RADIOLOGY REQUEST FORM", "Imaging Request", "Request for X-ray / Imaging Examination"]), doc.hosp + " Imaging Department", ""]
        L += ["Patient: " + doc.name('full') + "   DOB " + doc.dob_s() + "   " + doc.pid(), "Address: " + doc.address(), "Tel: " + doc.mob, "", "Examination requested: " + im['exam'], "Clinical details / question to be answered:"] + wrap(im['ind'] + ". " + doc.cond['hpi'][:120], 82, "  ")
        L += ["Pregnant? " + ("N/A" if doc.sex == 'M' else R.choice(["No", "LMP " + doc.d(doc.days(-R.randint(5, 25)))])), "Mobility: " + R.choice(["walking", "chair", "trolley"]), "Contrast allergies / eGFR: " + R.choice(["none", "eGFR 68", "n/a"]), "Urgency: " + R.choice(["Routine", "Urgent", "2WW"]),
              "", "IR(ME)R referrer: " + R.choice([doc.gp, clinician(R)]) + "  Sig: ______  Date: " + doc.d(), "Justified by: ______ (Radiographer)"]
    elif layout == 2:  # inpatient drug chart
        doc = Doc(R, C[R.choice(ADMITTABLE)])
        meds = med_list(doc)
        L += [doc.trust, R.choice(["ADULT INPATIENT PRESCRIPTION AND ADMINISTRATION RECORD", "Drug Chart", "Medicines Chart"]), "", "Name: %s  Hosp No: %s  DOB: %s  Wt: %dkg" % (doc.name('comma'), doc.hospno, doc.dob_s(), R.randint(50, 110)), "Ward: " + R.choice(["7", "AMU", "22"]) + "  Consultant: " + clinician(R, 'cons'), "ALLERGIES: " + allergy(doc) + "  Signed: " + initials(clinician(R)), ""]
        L += ["ONCE ONLY / STAT:", "  %s  %s  %s  Given %02d:%02d" % (doc.d(style='dmy2'), R.choice(["Paracetamol 1g IV", "Furosemide 40mg IV", "Co-amoxiclav 1.2g IV", "Salbutamol 5mg NEB"]), initials(clinician(R)), R.randint(0, 23), R.randint(0, 59)), "", "REGULAR:"]
        for m in meds:
            L.append("  %-40s %-6s %-28s Start %s  Dr %s" % (m[0].split(" tablets")[0].split(" capsules")[0], "PO", m[1].lower()[:28], doc.d(style='dmy2'), initials(clinician(R))))
        L += ["  Enoxaparin 40mg SC OD 18:00 (VTE prophylaxis)", "", "AS REQUIRED (PRN):", "  Paracetamol 1g PO/IV QDS max 4g/24h", "  Oramorph 2.5-5mg PO 2-hourly PRN", "  Cyclizine 50mg PO/IV TDS PRN", "", "OXYGEN: target sats " + R.choice(["94-98%", "88-92%"])]
    elif layout == 3:  # anticipatory meds / syringe driver authorisation
        doc = Doc(R, C[R.choice(['hf', 'copd'])], ages=(65, 98))
        L += [R.choice(["AUTHORISATION FOR ADMINISTRATION OF SUBCUTANEOUS MEDICATION", "Community Anticipatory Medicines Authorisation (Just in Case)", "Syringe Pump Prescription and Administration Chart"]), doc.commissioner(), ""]
        L += ["Patient: " + doc.name('full') + "  DOB " + doc.dob_s() + "  " + doc.pid(), "Address: " + doc.address(), "Allergies: " + allergy(doc), ""]
        for drug, ind, dose in [("Morphine sulfate 10mg/1ml inj", "pain / breathlessness", "2.5-5mg SC 1-hourly PRN, max 6 doses in 24h"), ("Midazolam 10mg/2ml inj", "agitation / distress", "2.5-5mg SC 1-hourly PRN"),
                                ("Levomepromazine 25mg/1ml inj", "nausea / vomiting", "6.25mg SC 8-hourly PRN"), ("Glycopyrronium 200mcg/1ml inj", "respiratory secretions", "200mcg SC 4-hourly PRN, max 1.2mg/24h"), ("Water for injection 10ml", "diluent", "as required")]:
            L.append("  %-34s %-24s %s" % (drug, ind, dose))
        if R.random() < .5:
            L += ["", "CSCI over 24 hours: morphine %dmg + midazolam %dmg, diluent WFI, total volume 17ml" % (R.choice([10, 15, 20]), R.choice([5, 10, 20]))]
        L += ["", "Prescriber: " + doc.gp + "  Sig: ______  Date: " + doc.d(), "Review date: " + doc.d(doc.days(R.choice([7, 14, 28])))]
    elif layout == 4:  # warfarin / insulin dosing instruction for DN
        doc = Doc(R, C['t2dm'], ages=(60, 95))
        L += [R.choice(["Insulin Administration Authorisation - District Nursing", "INSULIN PRESCRIPTION AND ADMINISTRATION RECORD (Community)"]), "", "Patient: " + doc.name('full') + "  " + doc.pid(), "GP: " + doc.gp, ""]
        L += ["Insulin: " + R.choice(["Lantus (insulin glargine) 100 units/ml SoloStar pen", "Humulin I KwikPen", "Abasaglar KwikPen"]), "Dose: %d units SC once daily at %s" % (R.randint(8, 30), R.choice(["08:00", "18:00"])), "Sites: rotate abdomen/thighs",
              "CBG monitoring: before administration; if CBG < 4 mmol/L withhold and follow hypo protocol; if > 20 mmol/L x2 contact GP", "Target CBG: 6-15 mmol/L (frailty targets)", "", "Authorised by: " + doc.gp + "  Date: " + doc.d(), "Review: 3 months or sooner if changes"]
    elif layout == 5:  # admission orders / instructions to nursing
        doc = Doc(R, C[R.choice(ADMITTABLE)])
        L += ["%s  %s  %s" % (doc.name('comma'), doc.hospno, doc.d()), R.choice(["ADMISSION ORDERS", "Medical Plan / Instructions for nursing staff", "Orders", "Management plan"]), ""]
        orders = ["Obs 4-hourly (NEWS2); escalate per protocol", "Fluid balance chart", "Daily weights" if doc.cond['key'] == 'hf' else "Strict input/output",
                  "IV 0.9% saline 1L over 8h", "Bloods in AM: FBC, U&E, CRP", "VTE: enoxaparin 40mg SC OD", "Diet: " + R.choice(["normal", "NBM from midnight", "diabetic"]), "Mobilise with PT", "Oxygen to target sats " + R.choice(["94-98%", "88-92%"])] + doc.cond['plan'][:2]
        for i, o in enumerate(R.sample(orders, R.randint(5, len(orders))), 1):
            L.append("%d. %s" % (i, o))
        L += ["", "Resus status: " + R.choice(["For full escalation", "DNACPR - form completed", "For CPR"]), "", clinician(R) + " " + R.choice(["FY1", "FY2", "CT1"]) + " bleep %d" % R.randint(1000, 9999)]
    elif layout == 6:  # IV fluid prescription chart
        doc = Doc(R, C[R.choice(['appendicitis', 'cap', 'nof', 'cellulitis'])])
        L += [doc.trust, "INTRAVENOUS FLUID PRESCRIPTION CHART", "", "%s  DOB %s  %s  Wt %dkg" % (doc.name('upper'), doc.dob_s(), doc.hospno, R.randint(50, 100)), ""]
        L.append("%-8s %-30s %-10s %-8s %-8s %s" % ("Date", "Fluid", "Additives", "Volume", "Rate", "Prescriber"))
        for f in R.sample(["0.9% sodium chloride", "Hartmann's solution", "5% glucose", "0.18% NaCl/4% glucose", "Plasma-Lyte 148"], 3):
            L.append("%-8s %-30s %-10s %-8s %-8s %s" % (doc.d(style='dmy2'), f, R.choice(["-", "KCl 20mmol", "-", "KCl 40mmol"]), "1000ml", R.choice(["8h", "10h", "125ml/h", "stat"]), initials(clinician(R))))
        L += ["", "Fluid assessment: " + R.choice(["resus - 500ml bolus given", "routine maintenance 25-30 ml/kg/day", "replacement - vomiting"]), "Check U&E daily."]
    else:  # GP task / request to admin or DN (order)
        doc = Doc(R, C[R.choice(GP_CONDS)])
        L += ["TASK" if R.random() < .5 else "Practice instruction", "From: " + doc.gp + "   To: " + R.choice(["Practice Nurse team", "District Nurses", "HCA", "Phlebotomy", "Admin"]), "Created: " + doc.d() + "   Due: " + doc.d(doc.days(R.randint(1, 30))), ""]
        L += ["Patient: " + doc.name('full') + "  " + doc.pid(), "Please: " + R.choice(["arrange bloods (U&E, FBC) in 1 week", "book ECG", "ABPM fitting", "home visit for bloods - housebound", "24hr urine collection", "ear irrigation", "INR in 5 days", "book spirometry"]), "Reason: " + doc.cond['dx'], "Priority: " + R.choice(["Routine", "Urgent"])]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 25 DISCHARGE INSTRUCTIONS
# --------------------------------------------------------------------------
def gen_discharge_instructions(R):
    layout = R.randint(0, 6)
    L = []
    if layout == 0:  # day surgery going home
        key = R.choice(list(OPS))
        op = OPS[key]
        doc = Doc(R, C[op['cond']])
        L += [doc.hosp + " " + R.choice(["Day Surgery Unit", "Surgical Day Case Unit", "Treatment Centre"]), R.choice(["Going home after your operation", "Information for patients after " + op['title'].lower(), "DISCHARGE ADVICE", ""]), ""]
        L += ["Name: " + doc.name('plain') + "   Date: " + doc.d(), "Operation: " + op['title'], ""]
        L += ["Anaesthetic: For 24 hours after a general anaesthetic or sedation you must not drive, operate machinery, drink alcohol, sign legal documents, or be left alone." if 'GA' in op['anaes'] else "You have had a local/regional anaesthetic. Protect the numb area until feeling returns.", ""]
        L += ["Wound care:"] + ["  - " + x for x in [R.choice(["Keep the dressing dry for 48 hours, then you may shower.", "You may shower after 24 hours; pat the wound dry."]), "Your stitches " + R.choice(["are dissolvable.", "need removing at your GP surgery in 10-14 days - please book with the practice nurse."])]]
        L += ["", "Pain relief: take regular paracetamol 1g four times a day" + R.choice([" and ibuprofen 400mg three times a day with food", "", ". You have been given co-codamol to take if needed"]) + ".", "",
              "Specific advice:"] + ["  - " + x for x in op['postop']] + ["", "Contact us if you have: increasing pain, redness, swelling or discharge from the wound, fever over 38C, vomiting, difficulty passing urine, or calf pain/swelling.",
                                                                          "Day Surgery Unit (Mon-Fri 07:30-20:00): " + phone(R), "Out of hours: ring the ward on " + phone(R) + " or NHS 111" + (" (NHS 24 - 111)" if doc.nation == 'S' else ""), "", "Nurse: " + clinician(R, 'nurse')]
    elif layout == 1:  # head injury advice
        doc = Doc(R, None, ages=(16, 80))
        L += [doc.hosp + " Emergency Department", R.choice(["HEAD INJURY ADVICE", "Advice for adults after a head injury", "Head injury - information sheet"]), "", "Patient: " + doc.name('plain') + "   Date: " + doc.d(), ""]
        L += wrap("We think it is all right for you to go home. We have checked your symptoms and you seem well on the road to recovery. When you get home it is very unlikely that you will have any further problems.", 82)
        L += ["", "Return to the Emergency Department immediately, or call 999, if you have:"] + ["  * " + x for x in ["unconsciousness or lack of full consciousness", "any confusion", "drowsiness that goes on for longer than 1 hour when you would normally be wide awake",
                                                                                                                    "problems understanding or speaking", "loss of balance or problems walking", "weakness in one or more arms or legs", "problems with your eyesight",
                                                                                                                    "very painful headache that won't go away", "any vomiting", "seizures", "clear fluid coming out of your ear or nose", "bleeding from one or both ears"]]
        L += ["", "Things that will help: have plenty of rest, do not take sleeping pills or drink alcohol, do not play contact sport for at least 3 weeks, do not drive until you feel you have recovered.", "", "Make sure a responsible adult stays with you for the next 24 hours."]
    elif layout == 2:  # cast care / fracture
        doc = Doc(R, None, ages=(8, 85))
        L += [R.choice(["Plaster Cast Care", "Looking after your cast", "Fracture Clinic - Patient information"]), doc.hosp, "", "Name: " + doc.name('plain') + "   Cast applied: " + doc.d(), "Injury: " + R.choice(["Left wrist fracture", "Right ankle fracture", "Scaphoid (suspected)", "Right wrist buckle fracture"]), ""]
        L += ["DO:", "  - Keep your arm/leg raised as much as possible for the first 48-72 hours", "  - Move your fingers/toes regularly", "  - Keep the cast dry (use a plastic bag when washing)", "DO NOT:", "  - Put anything down the cast to scratch", "  - Get the cast wet or cut it",
              "", "Return to ED / contact the plaster room urgently if: your fingers or toes become blue, white, swollen or numb; pain increases; the cast feels too tight; the cast cracks or becomes loose.", "", "Follow-up: Fracture clinic on " + doc.d(doc.days(R.randint(5, 10))) + " at %02d:%02d" % (R.randint(9, 15), R.choice([0, 15, 30, 45])), "Plaster room: " + phone(R)]
    elif layout == 3:  # condition-specific discharge advice (ED/ward)
        key = R.choice(['cellulitis', 'asthma', 'cap', 'uti', 'af', 'tia', 'hf', 'copd'])
        doc = Doc(R, C[key])
        c = doc.cond
        L += [doc.hosp, R.choice(["Your discharge information", "Patient discharge advice", "When you go home", "Information for you and your family"]), "", "Name: " + doc.name('plain') + "   " + doc.pid(), "Date of discharge: " + doc.d(), ""]
        L += ["Why you were in hospital: " + c['dx'], "", "Your medicines:"] + ["  " + m[0] + " - " + m[1].lower() for m in c['meds']] + [""]
        adv = {'cellulitis': "Keep your leg raised when sitting. Complete the full course of antibiotics. Use moisturiser on dry skin and treat athlete's foot.",
               'asthma': "Use your preventer inhaler every day even when well. Follow your asthma action plan. See your practice nurse within 2 working days.",
               'cap': "You may feel tired for several weeks. Drink plenty of fluids. Your GP will arrange a chest X-ray in 6 weeks.",
               'uti': "Drink plenty of fluids. Finish your antibiotics.", 'af': "Take your anticoagulant (blood thinner) every day at the same time. Do not stop it unless advised by a doctor. Carry your anticoagulant alert card.",
               'tia': "Do not drive for one month. Take your medicines every day. Call 999 immediately if you have any new symptoms (FAST: Face, Arms, Speech, Time).",
               'hf': "Weigh yourself every morning. Contact your GP or heart failure nurse if your weight goes up by more than 2kg in 3 days or you are more breathless. Limit fluid to 1.5 litres a day if advised.",
               'copd': "Keep your rescue pack at home. Start it if your sputum changes colour or you are more breathless, and tell your GP. Stopping smoking is the most important thing you can do."}[key]
        L += wrap("What you need to do: " + adv, 82) + ["", "Follow-up: " + R.choice(["GP in 1-2 weeks", "Clinic letter will be posted", "Nurse will phone you", "none needed"]), "If you are worried: contact your GP or NHS 111. In an emergency call 999."]
    elif layout == 4:  # post endoscopy
        key = R.choice(['colonoscopy', 'ogd'])
        doc = Doc(R, C[PROCS[key]['cond']])
        L += [doc.hosp + " Endoscopy Unit", "Aftercare advice - " + PROCS[key]['title'], "", "Name: " + doc.name('plain'), "Date: " + doc.d(), ""]
        L += ["You have had sedation: " + R.choice(["Yes - for 24 hours do not drive, drink alcohol, operate machinery or sign legal documents.", "No - throat spray only. Do not eat or drink for 1 hour."]),
              "You may feel bloated; walking about helps pass wind.", "Biopsies taken: " + R.choice(["Yes - results will be sent to you and your GP in 4-6 weeks", "No"]), "",
              "Seek urgent help if you have: severe abdominal pain, vomiting blood, passing a lot of blood from your back passage, fever, chest pain.", "Unit: " + phone(R) + " (08:00-18:00). Out of hours: " + doc.hosp + " switchboard " + doc.hosp_tel]
    elif layout == 5:  # Welsh bilingual / short personalised sheet
        doc = Doc(R, C[R.choice(['appendicitis', 'gallstones', 'hernia'])], nation='W')
        L += ["Cyngor Rhyddhau / Discharge Advice", doc.hosp, "", "Enw / Name: " + doc.name('plain'), "Dyddiad / Date: " + doc.d(), ""]
        L += ["Eich llawdriniaeth / Your operation: " + OPS[doc.cond['op']]['title'], "Pwythau / Stitches: " + R.choice(["dissolvable", "removal at GP surgery day 10"]), "Gyrru / Driving: when you can do an emergency stop without pain (usually 1-2 weeks)",
              "Gwaith / Work: " + R.choice(["2 weeks", "1-2 weeks", "4 weeks if heavy manual"]), "Codi / Lifting: avoid heavy lifting for 4-6 weeks", "", "Os ydych yn poeni / If you are worried: Ward " + R.choice(["Cemlyn", "Dyfi", "Teifi"]) + " " + phone(R)]
    else:  # paediatric/child advice (fever)
        doc = Doc(R, C[R.choice(['otitis', 'eczema'])], ages=(1, 8))
        L += [R.choice(["Advice for parents and carers", "Your child's discharge advice", "Fever in children - information"]), doc.hosp + " Children's Unit" if R.random() < .5 else doc.prac, "", "Child: " + doc.first + " " + doc.last + "   Date: " + doc.d(), "Diagnosis: " + doc.cond['dx'], ""]
        L += ["Give paracetamol or ibuprofen if your child is distressed (follow the dose on the bottle).", "Offer regular drinks. Check on your child during the night.", "",
              "Call 999 if your child: has a fit, becomes pale/blue/mottled, is very difficult to wake, has a rash that does not fade with a glass, or has difficulty breathing.",
              "Contact your GP or 111 if: fever lasts more than 5 days, your child is not drinking, or you are worried."]
    return finish(doc, L)


# --------------------------------------------------------------------------
# 26 OTHER
# --------------------------------------------------------------------------
PHQ9 = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
        "Poor appetite or overeating", "Feeling bad about yourself - or that you are a failure", "Trouble concentrating on things", "Moving or speaking so slowly that other people could have noticed, or the opposite",
        "Thoughts that you would be better off dead, or of hurting yourself"]


def gen_other(R):
    layout = R.randint(0, 9)
    doc = Doc(R, C[R.choice(GP_CONDS)] if R.random() < .5 else None)
    L = []
    if layout == 0:  # fax cover sheet
        L += [R.choice(["FAX", "FACSIMILE TRANSMISSION", "Fax Cover Sheet"]), doc.prac if R.random() < .5 else doc.hosp, "", "To: " + R.choice([doc.hosp + " " + R.choice(["Medical Records", "Bed Bureau", "Pharmacy"]), doc.prac, doc.pharm]), "Fax: " + phone(R),
              "From: " + R.choice([doc.gp, "Medical Secretary", "Reception"]), "Tel: " + phone(R), "Date: " + doc.d(), "Pages (including cover): %d" % R.randint(2, 9), "Re: " + doc.name('full') + " (" + doc.dob_s() + ")", "",
              "Message: " + R.choice(["Please find attached as requested.", "Urgent - for attention of Dr " + R.choice(SURN), "Discharge letter attached.", "Repeat prescription request attached."]), "",
              "CONFIDENTIALITY NOTICE: This facsimile contains confidential information intended only for the named recipient. If you have received this in error please telephone the sender immediately and destroy the document. Safe haven fax."]
    elif layout == 1:  # PHQ-9
        L += [R.choice(["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "PHQ-9", "Mood questionnaire"]), "Name: " + doc.name('plain') + "   Date: " + doc.d(), "", "Over the last 2 weeks, how often have you been bothered by any of the following problems?", "(0 = Not at all, 1 = Several days, 2 = More than half the days, 3 = Nearly every day)", ""]
        tot = 0
        for i, q in enumerate(PHQ9, 1):
            s = R.randint(0, 3) if i < 9 else R.randint(0, 1)
            tot += s
            L.append("%d. %-90s %d" % (i, q, s))
        L += ["", "TOTAL SCORE: %d" % tot, "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people? " + R.choice(["Somewhat difficult", "Very difficult", "Not difficult at all"]),
              "", "GAD-7 score: %d" % R.randint(0, 21) if R.random() < .5 else ""]
    elif layout == 2:  # subject access request
        L += [R.choice(["SUBJECT ACCESS REQUEST", "Application for access to health records", "Request for copies of medical records (UK GDPR / Data Protection Act 2018)"]), "To: The Data Protection Officer, " + doc.prac, ""]
        L += ["Applicant: " + doc.name('full'), "DOB: " + doc.dob_s(), "Address: " + doc.address(), "Tel: " + doc.mob, "", "I am requesting: " + checkbox(R, True) + " copies of records  " + checkbox(R, False) + " to view records only",
              "Period: " + R.choice(["all records", "from 2015 to present", "last 2 years", "records relating to my back injury"]), "Format: " + R.choice(["electronic (email)", "paper", "online access via NHS App"]), "", "Proof of ID: " + R.choice(["passport", "driving licence", "seen at reception"]),
              "Signature: ______________  Date: " + doc.d(), "", "Office use: Received " + doc.d() + "  Due: " + doc.d(doc.days(30)) + "  Processed by: " + rname(R)[0]]
    elif layout == 3:  # solicitor letter
        firm = R.choice(["Hartley Bowen LLP", "Pryce & Maddocks Solicitors", "Ferguson Reid & Co", "Ashworth Legal Services"])
        L += [firm, "Solicitors", "%d %s, %s  %s" % (R.randint(1, 90), R.choice(STREETS), doc.town, postcode(R, doc.nation)), "Tel: " + phone(R), "", "The Practice Manager", doc.prac] + doc.prac_addr + [doc.prac_pc, "", "Our ref: %s/%s/%d" % (initials(clinician(R)), doc.last[:3].upper(), R.randint(1000, 9999)), doc.d(), "", "Dear Sirs,", ""]
        L += ["Our client: " + doc.name('full') + ", DOB " + doc.dob_s(), ""] + wrap("We act on behalf of the above named in connection with a %s on %s. Please find enclosed our client's signed form of authority. We should be grateful if you would provide copies of our client's full GP records, including any correspondence, at your earliest convenience. We are aware that no fee is chargeable for a subject access request." % (R.choice(["road traffic accident", "accident at work", "tripping accident", "personal injury claim"]), doc.d(doc.days(-R.randint(60, 700)))), 82)
        L += ["", "Yours faithfully", "", "", firm]
    elif layout == 4:  # insurance report request (AMRA)
        ins = R.choice(["Northgate Life Assurance", "Beacon Protection plc", "Caledonian Mutual Life"])
        L += [ins, R.choice(["GP REPORT REQUEST (GPR)", "Request for medical information - Access to Medical Reports Act 1988", "Private Medical Attendant Report"]), "", "To: " + doc.gp + ", " + doc.prac, "Date: " + doc.d(), ""]
        L += ["Applicant: " + doc.name('full') + "  DOB " + doc.dob_s(), "Policy ref: %s%07d" % (R.choice(["NL", "BP", "CM"]), R.randint(0, 9999999)), "Type of cover: " + R.choice(["Life and critical illness", "Income protection", "Mortgage life"]), "",
              "The applicant has consented to this request under the Access to Medical Reports Act 1988 and " + R.choice(["has / has not"]) + " asked to see the report before it is sent.", "Please answer the enclosed questions regarding: blood pressure, BMI, alcohol, smoking, and any condition in the last 5 years.", "Fee: £" + str(R.choice([104, 115, 125])) + " on receipt of the report."]
    elif layout == 5:  # fit note
        c = doc.cond or C['lbp']
        L += ["Statement of Fitness for Work" if R.random() < .6 else "Med 3", "For social security or Statutory Sick Pay", "", "Patient's name: " + doc.name('full'), "I assessed your case on: " + doc.d(), "", "and, because of the following condition(s):", "  " + c['dx'], "",
              "I advise you that: " + checkbox(R, True) + " you are not fit for work.   " + checkbox(R, False) + " you may be fit for work taking account of the following advice:", "  " + R.choice(["", "phased return to work", "amended duties", "altered hours"]),
              "This will be the case for: " + R.choice(["2 weeks", "4 weeks", "1 month", "3 months"]) + "  from " + doc.d() + " to " + doc.d(doc.days(R.choice([14, 28, 30]))), "I will/will not need to assess your fitness for work again at the end of this period.", "",
              "Doctor's signature: ______  " + doc.gp, "Date of statement: " + doc.d(), doc.prac + " " + doc.prac_tel]
    elif layout == 6:  # DVLA / medical questionnaire
        L += ["DVLA", R.choice(["Medical questionnaire - Diabetes (DIAB1)", "Confidential medical information - H1 (Vision & Medical)", "Medical Enquiry: TIA/Stroke"]), "Driver and Vehicle Licensing Agency, Swansea", "", "Driver: " + doc.name('full') + "  DOB " + doc.dob_s(), "Driver number: %s%s%02d%d%s" % (doc.last[:5].upper().ljust(5, '9'), doc.dob.year % 10, doc.dob.month, R.randint(1, 9), "AB9CD"), ""]
        for q in ["Is the applicant under your care for this condition? Yes", "Date first diagnosed: " + doc.d(doc.days(-R.randint(100, 3000))), "Has there been any episode of loss of consciousness in the last 12 months? No",
                  "Is the applicant on insulin? " + R.choice(["No", "Yes"]), "Visual acuity meets the standard? Yes", "Any other condition which might affect safe driving? No"]:
            L.append("  " + q)
        L += ["", "Signed: ______  " + doc.gp + "   Date: " + doc.d()]
    elif layout == 7:  # clinical photograph caption
        L += [R.choice(["Clinical photograph", "Medical Photography", "Image upload"]) + " - " + doc.hosp if R.random() < .5 else "Photo - " + doc.prac, "", "Patient: " + doc.name('plain') + "   " + doc.pid(), "Date taken: " + doc.d(), "Site: " + R.choice(["L cheek lesion", "R lower leg ulcer", "back - pigmented lesion", "L shin erythema (pen margin marked)"]),
              "Views: " + R.choice(["close-up with ruler", "regional and close-up", "dermatoscopic"]), "Consent: " + R.choice(["verbal for clinical record only", "written - form filed"]), "Taken by: " + clinician(R, 'nurse'), "[image not reproduced]"]
    elif layout == 8:  # Blue badge / housing / benefits supporting letter request
        L += [R.choice(["Blue Badge Scheme - Application", "Housing Medical Assessment Form", "PIP - request for further evidence", "Council Tax Disability Reduction"]), R.choice(["Wexshire County Council", "Strathallan Council", "Cyngor Sir Derwen", "Department for Work and Pensions"]), "", "Applicant: " + doc.name('full') + " (" + doc.dob_s() + ")", "Address: " + doc.address(), ""]
        L += wrap("The applicant has named you as a healthcare professional who can provide information about their condition. Please describe the applicant's mobility and any conditions affecting daily living. A fee may be payable.", 82)
        L += ["", "Conditions: " + (doc.cond['dx'] if doc.cond else ", ".join(pmh_list(doc, 2) or ["see records"])), "Walking distance: " + R.choice(["<50m", "50-100m", "unable to walk outdoors"]), "", "Signed: ______  Date: " + doc.d()]
    else:  # change of details / patient-completed correspondence
        L += [R.choice(["Change of Details Form", "Patient Feedback / Complaint", "Request for GP to complete form", "Notification of death"]), doc.prac, ""]
        k = R.random()
        if k < .4:
            L += ["Name: " + doc.name('full'), "DOB: " + doc.dob_s(), "New address: %d %s, %s %s" % (R.randint(1, 99), R.choice(STREETS), doc.town, postcode(R, doc.nation)), "New phone: " + mobile(R), "Effective from: " + doc.d(), "Signed ______"]
        elif k < .7:
            L += ["From: " + doc.name('full'), "Date: " + doc.d(), ""] + wrap("I wish to make a complaint about the difficulty getting an appointment. I rang at 8am on three consecutive days and was told there were none left. I would like someone to contact me.", 82) + ["", "Acknowledged by Practice Manager: " + doc.d(doc.days(2))]
        else:
            L += ["Deceased: " + doc.name('full') + "  DOB " + doc.dob_s(), "Date of death: " + doc.d(), "Place: " + R.choice(["home", doc.hosp, "Rosewood Care Home"]), "Informed by: " + R.choice(["hospital", "family", "care home", "district nurse"]), "MCCD issued by: " + R.choice([doc.gp, "hospital"]), "Actions: cancel appointments, notify PCSE, inform DN/OOH"]
    return finish(doc, L)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------
GENERATORS = [
    ("discharge_summary", gen_discharge_summary), ("history_physical", gen_history_physical), ("progress_note", gen_progress_note),
    ("consult_note", gen_consult_note), ("operative_note", gen_operative_note), ("procedure_note", gen_procedure_note),
    ("lab_report", gen_lab_report), ("imaging_report", gen_imaging_report), ("pathology_report", gen_pathology_report),
    ("medication_list", gen_medication_list), ("prescription", gen_prescription), ("anesthesia_record", gen_anesthesia_record),
    ("correspondence", gen_correspondence), ("consent_form", gen_consent_form), ("referral_letter", gen_referral_letter),
    ("advance_directive", gen_advance_directive), ("ecg_report", gen_ecg_report), ("immunization_record", gen_immunization_record),
    ("registration_form", gen_registration_form), ("insurance_card", gen_insurance_card), ("nursing_note", gen_nursing_note),
    ("ed_note", gen_ed_note), ("transfer_summary", gen_transfer_summary), ("provider_orders", gen_provider_orders),
    ("discharge_instructions", gen_discharge_instructions), ("other", gen_other),
]


def main():
    ap = argparse.ArgumentParser(description="Generate synthetic UK GP-record documents (fictitious).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    records = []
    for label, fn in GENERATORS:
        for i in range(a.per_type):
            R = random.Random(master.getrandbits(64))
            text = fn(R)
            records.append({"id": "gp-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    order = random.Random(a.seed * 7919 + 1)
    order.shuffle(records)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
