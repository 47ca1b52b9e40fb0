#!/usr/bin/env python3
"""Synthetic women's & maternity hospital document generator.

All names, identifiers, addresses, phone numbers and institutions are invented.
Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime
import json
import random

D = datetime.date
TD = datetime.timedelta

FIRST = ["Amanda", "Brittany", "Carla", "Dana", "Elena", "Fatima", "Gabriela", "Hannah", "Imani", "Jessica",
         "Keisha", "Lauren", "Maria", "Nicole", "Olivia", "Priya", "Quinn", "Rosa", "Samantha", "Tamika",
         "Ursula", "Valerie", "Whitney", "Ximena", "Yolanda", "Zoe", "Ashley", "Bethany", "Crystal", "Destiny",
         "Erin", "Felicia", "Grace", "Heather", "Ivy", "Jasmine", "Kayla", "Lindsey", "Megan", "Nadia",
         "Paige", "Rachel", "Shanice", "Tiffany", "Vanessa", "Wendy", "Alicia", "Mei", "Thuy", "Aaliyah",
         "Guadalupe", "Kristen", "Leah", "Monique", "Natalia", "Renee", "Sierra", "Tara", "Yesenia", "Brianna"]
LAST = ["Abernathy", "Balderas", "Castellano", "Dunmore", "Ellery", "Fairchild", "Galvan", "Holloway", "Iverson",
        "Jankowski", "Kettering", "Lindqvist", "Marchetti", "Nwosu", "Okafor", "Pendergast", "Quintero", "Rasmussen",
        "Stallworth", "Tremblay", "Underhill", "Vasquez-Roe", "Whitcombe", "Yarborough", "Zelinski", "Ashcroft",
        "Brannigan", "Coltrane", "Delacroix", "Everhart", "Fenwick", "Garrity", "Huxley", "Ingersoll", "Jaramillo",
        "Kowalczyk", "Larkin", "Mendenhall", "Northcutt", "Oyelaran", "Prudhomme", "Rutledge", "Sorensen",
        "Thibodeaux", "Vanterpool", "Wexford", "Albright", "Boateng", "Crisp", "Dorsey", "Espinal", "Haverford",
        "Nakamura-Bell", "Pham", "Tran", "Okonkwo", "Muldoon", "Riggins", "Szabo", "Valdivia"]
MFIRST = ["Aaron", "Brian", "Carlos", "Derek", "Ethan", "Felix", "Gregory", "Hector", "Isaac", "Jamal", "Kevin",
          "Luis", "Marcus", "Nathan", "Omar", "Patrick", "Raymond", "Samuel", "Trevor", "Victor", "Wesley", "Anil"]
TOWNS = [("Millbrook", "OH", "450"), ("Cedar Falls Crossing", "PA", "171"), ("Harlow Springs", "NC", "276"),
         ("East Wendover", "MI", "483"), ("Port Lindley", "NY", "131"), ("Brackenridge", "TX", "785"),
         ("Saltmarsh", "GA", "313"), ("Oakhurst Valley", "IL", "603"), ("Greyfield", "MO", "641"),
         ("New Ardmore", "VA", "229"), ("Pinecrest Hollow", "WA", "983"), ("Rivermoor", "MN", "553")]
STREETS = ["Larkspur Ave", "Old Mill Rd", "Chestnut Hill Dr", "Wexley Ct", "Harbor View Ln", "Quarry St",
           "Magnolia Blvd", "Fenton Pike", "Juniper Way", "Sycamore Row", "Bellweather Rd", "Tamarack Cir",
           "Pelham Ter", "Orchard Gate Dr", "Kingfisher Ln", "Cobble Creek Rd"]
HOSPITALS = ["Mercy Hollow Women's & Infants Hospital", "St. Brigid Women's and Maternity Center",
             "Lakeshore Women's Hospital", "Harrowgate Maternity Hospital", "Bellhaven Hospital for Women",
             "Northfield Women & Newborn Center", "Riverside Women's Pavilion", "Good Shepherd Women's Hospital"]
CLINICS = ["Bayview OB/GYN Associates", "Cedar Ridge Women's Health", "Magnolia Obstetrics & Gynecology",
           "Westgate Women's Care, P.C.", "Harbor Point OB-GYN Group", "Maple Crest Midwifery & Women's Health",
           "Lakeshore Women's Hospital Resident Clinic", "Summit Perinatal Associates"]
PAYERS = ["BlueHarbor Health Plan", "Keystone Valley Health", "UnityCare Medicaid", "Meridian Crest Insurance",
          "Pinnacle Mutual PPO", "Horizon Ridge HMO", "Evergreen Family Health Plan", "Cardinal State Medicaid",
          "TriCounty Community Health Choice", "Atlas Employers Benefit Trust"]
DEPTS = ["Labor & Delivery", "Mother-Baby Unit", "Antepartum Unit", "Women's Surgical Unit", "OB Triage",
         "Newborn Nursery", "Gynecology Clinic", "Maternal-Fetal Medicine", "Breast Imaging Center"]


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def phone(r, area=None):
    a = area or r.choice(["216", "412", "919", "313", "585", "512", "404", "312", "816", "804", "206", "612"])
    return "(%s) 555-%04d" % (a, r.randrange(100, 199) if chance(r, .5) else r.randrange(1000, 9999))


def fdate(d, style=0):
    if style == 0:
        return d.strftime("%m/%d/%Y")
    if style == 1:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == 2:
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == 3:
        return d.strftime("%d-%b-%Y").upper()
    if style == 4:
        return d.strftime("%Y-%m-%d")
    return "%d/%d/%d" % (d.month, d.day, d.year)


def ftime(r, h=None, m=None, colon=None):
    h = r.randrange(0, 24) if h is None else h
    m = r.randrange(0, 60) if m is None else m
    if colon is None:
        colon = chance(r, .6)
    return ("%02d:%02d" if colon else "%02d%02d") % (h, m)


class Prov:
    def __init__(self, r, cred, spec="Obstetrics & Gynecology", female=None):
        if female is None:
            female = chance(r, .65)
        self.first = pick(r, FIRST) if female else pick(r, MFIRST)
        self.last = pick(r, LAST)
        self.mi = chr(65 + r.randrange(26))
        self.cred = cred
        self.spec = spec
        self.npi = "1%09d" % r.randrange(10 ** 9)

    def full(self, r=None, style=None):
        style = style if style is not None else (r.randrange(4) if r else 0)
        if style == 0:
            return "%s %s. %s, %s" % (self.first, self.mi, self.last, self.cred)
        if style == 1:
            return "%s %s, %s" % (self.first, self.last, self.cred)
        if style == 2:
            return ("Dr. %s" % self.last) if self.cred in ("MD", "DO") else "%s %s, %s" % (self.first, self.last, self.cred)
        return "%s, %s %s" % (self.last.upper(), self.first.upper(), self.cred)

    def short(self):
        return "%s. %s" % (self.first[0], self.last)


# ----------------------------------------------------------------- scenarios
PNV = "Prenatal vitamin 1 tab PO daily"
OB_SCEN = [
    dict(key="normal", dx="Intrauterine pregnancy, uncomplicated", icd="Z34.83", meds=[PNV], bp=0,
         hpi="routine prenatal care; pregnancy has been uncomplicated", mode="SVD", ega=(36, 41)),
    dict(key="gdm1", dx="Gestational diabetes mellitus, diet controlled (A1GDM)", icd="O24.410",
         meds=[PNV, "Glucose meter and test strips, check QID"], bp=0,
         hpi="failed 3-hour GTT at 27 weeks, managing with diet; fasting values 80s-90s", mode="SVD", ega=(37, 40)),
    dict(key="gdm2", dx="Gestational diabetes mellitus, insulin controlled (A2GDM)", icd="O24.414",
         meds=[PNV, "Insulin NPH 14 units SC qHS", "Insulin lispro 4 units SC with meals"], bp=0,
         hpi="A2GDM diagnosed at 26 weeks, on NPH at bedtime and lispro with meals", mode="SVD", ega=(37, 39)),
    dict(key="ghtn", dx="Gestational hypertension", icd="O13.3", meds=[PNV], bp=1,
         hpi="new-onset elevated blood pressures after 20 weeks, no proteinuria", mode="SVD", ega=(37, 39)),
    dict(key="pec", dx="Preeclampsia without severe features", icd="O14.03", meds=[PNV], bp=1,
         hpi="elevated blood pressures with protein/creatinine ratio 0.42, asymptomatic", mode="SVD", ega=(34, 38)),
    dict(key="pecsf", dx="Preeclampsia with severe features", icd="O14.13",
         meds=[PNV, "Labetalol 200 mg PO BID", "Magnesium sulfate 2 g/hr IV"], bp=2,
         hpi="severe-range blood pressures and persistent headache, platelets 118K", mode="PLTCS", ega=(31, 36)),
    dict(key="chtn", dx="Chronic hypertension complicating pregnancy", icd="O10.013",
         meds=[PNV, "Nifedipine ER 30 mg PO daily", "Aspirin 81 mg PO daily"], bp=1,
         hpi="chronic hypertension predating pregnancy, on nifedipine ER and low-dose aspirin", mode="SVD", ega=(37, 39)),
    dict(key="ptl", dx="Preterm labor", icd="O60.03",
         meds=[PNV, "Betamethasone 12 mg IM q24h x2", "Nifedipine 20 mg PO q6h"], bp=0,
         hpi="regular painful contractions with cervical change, fetal fibronectin positive", mode="SVD", ega=(29, 34)),
    dict(key="pprom", dx="Preterm premature rupture of membranes", icd="O42.113",
         meds=[PNV, "Ampicillin 2 g IV q6h", "Azithromycin 1 g PO once", "Betamethasone 12 mg IM q24h x2"], bp=0,
         hpi="gush of clear fluid, positive pooling, nitrazine and ferning", mode="SVD", ega=(28, 34)),
    dict(key="breech", dx="Breech presentation", icd="O32.1XX0", meds=[PNV], bp=0,
         hpi="persistent frank breech confirmed by ultrasound; declined external cephalic version", mode="PLTCS",
         ega=(38, 39)),
    dict(key="rcs", dx="History of cesarean delivery, desires repeat", icd="O34.211", meds=[PNV], bp=0,
         hpi="one prior low transverse cesarean for arrest of dilation; declines TOLAC", mode="RLTCS", ega=(39, 39)),
    dict(key="postdates", dx="Late-term pregnancy", icd="O48.0", meds=[PNV], bp=0,
         hpi="presents at 41 weeks for scheduled induction of labor", mode="SVD", ega=(41, 41)),
    dict(key="anemia", dx="Iron deficiency anemia complicating pregnancy", icd="O99.013",
         meds=[PNV, "Ferrous sulfate 325 mg PO BID", "Docusate sodium 100 mg PO BID"], bp=0,
         hpi="hemoglobin 9.1 at 28 weeks, on oral iron", mode="SVD", ega=(36, 40)),
    dict(key="hypothy", dx="Hypothyroidism complicating pregnancy", icd="O99.283",
         meds=[PNV, "Levothyroxine 75 mcg PO daily"], bp=0,
         hpi="known hypothyroidism, levothyroxine dose increased in first trimester, TSH 1.8", mode="SVD", ega=(37, 40)),
    dict(key="twins", dx="Dichorionic diamniotic twin gestation", icd="O30.043", meds=[PNV, "Aspirin 81 mg PO daily"],
         bp=0, hpi="di-di twins, concordant growth, twin A vertex, twin B breech", mode="PLTCS", ega=(35, 37)),
    dict(key="fgr", dx="Fetal growth restriction", icd="O36.5930", meds=[PNV, "Aspirin 81 mg PO daily"], bp=0,
         hpi="EFW 7th percentile with normal umbilical artery Dopplers, weekly testing", mode="SVD", ega=(36, 38)),
]
GYN_SCEN = [
    dict(key="fibroid", dx="Symptomatic uterine leiomyomata", icd="D25.1", age=(38, 52),
         meds=["Ferrous sulfate 325 mg PO daily", "Ibuprofen 600 mg PO q6h PRN"],
         hpi="heavy menstrual bleeding and pelvic pressure, enlarged fibroid uterus, Hgb 10.2",
         proc="Total laparoscopic hysterectomy with bilateral salpingectomy", spec="Uterus, cervix and bilateral fallopian tubes",
         path="Leiomyomata, intramural and subserosal, largest 7.8 cm; proliferative endometrium; benign fallopian tubes",
         ebl=(100, 350)),
    dict(key="cyst", dx="Complex right adnexal mass", icd="N83.201", age=(20, 40), meds=["Ibuprofen 600 mg PO q6h PRN"],
         hpi="6.4 cm complex right ovarian cyst with echogenic components, CA-125 18",
         proc="Laparoscopic right ovarian cystectomy", spec="Right ovarian cyst wall",
         path="Mature cystic teratoma (dermoid cyst); no immature elements identified", ebl=(10, 75)),
    dict(key="endo", dx="Chronic pelvic pain, suspected endometriosis", icd="N80.30", age=(21, 38),
         meds=["Norethindrone acetate 5 mg PO daily", "Naproxen 500 mg PO BID"],
         hpi="progressive dysmenorrhea and dyspareunia despite hormonal suppression",
         proc="Diagnostic laparoscopy with excision of endometriosis", spec="Left uterosacral ligament peritoneum, excision",
         path="Endometriosis (endometrial glands and stroma with hemosiderin-laden macrophages)", ebl=(5, 50)),
    dict(key="aub", dx="Abnormal uterine bleeding", icd="N93.9", age=(36, 50), meds=["Medroxyprogesterone 10 mg PO daily"],
         hpi="intermenstrual bleeding; sonohysterogram shows 1.4 cm endometrial polyp",
         proc="Hysteroscopy, polypectomy, dilation and curettage", spec="Endometrial polyp and curettings",
         path="Benign endometrial polyp; background proliferative endometrium; no hyperplasia or malignancy", ebl=(5, 25)),
    dict(key="hsil", dx="High-grade squamous intraepithelial lesion (HSIL) of cervix", icd="N87.1", age=(22, 40),
         meds=["Ibuprofen 600 mg PO q6h PRN"],
         hpi="HSIL cytology, HPV 16 positive; colposcopic biopsy CIN 2-3",
         proc="Loop electrosurgical excision procedure (LEEP) of cervix", spec="Cervix, LEEP cone, stitch at 12 o'clock",
         path="High-grade squamous intraepithelial lesion (CIN 3); margins negative", ebl=(5, 20)),
    dict(key="pmb", dx="Postmenopausal bleeding", icd="N95.0", age=(54, 72), meds=["Amlodipine 5 mg PO daily", "Atorvastatin 20 mg PO daily"],
         hpi="two episodes of vaginal bleeding, endometrial stripe 9 mm on TVUS",
         proc="Hysteroscopy with dilation and curettage", spec="Endometrial curettings",
         path="Atypical endometrial hyperplasia (endometrial intraepithelial neoplasia, EIN)", ebl=(5, 30)),
    dict(key="prolapse", dx="Uterovaginal prolapse, stage III", icd="N81.2", age=(58, 76),
         meds=["Estradiol vaginal cream 0.5 g twice weekly", "Lisinopril 10 mg PO daily"],
         hpi="vaginal bulge and pressure, splinting to void, failed pessary trial",
         proc="Vaginal hysterectomy, uterosacral ligament suspension, anterior and posterior colporrhaphy",
         spec="Uterus and cervix", path="Benign uterus with atrophic endometrium; cervix with squamous metaplasia",
         ebl=(100, 300)),
    dict(key="ectopic", dx="Ruptured right tubal ectopic pregnancy", icd="O00.101", age=(19, 38), meds=[],
         hpi="positive pregnancy test, right lower quadrant pain, hemoperitoneum on ultrasound, beta-hCG 3,420",
         proc="Laparoscopic right salpingectomy, evacuation of hemoperitoneum", spec="Right fallopian tube",
         path="Fallopian tube with chorionic villi and hemorrhage, consistent with tubal ectopic pregnancy",
         ebl=(300, 900)),
    dict(key="missab", dx="Missed abortion", icd="O02.1", age=(20, 42), meds=[PNV],
         hpi="no fetal cardiac activity, crown-rump length 8w4d, patient desires surgical management",
         proc="Suction dilation and curettage", spec="Products of conception",
         path="Products of conception: chorionic villi and decidua; no molar features", ebl=(50, 200)),
    dict(key="steril", dx="Desires permanent sterilization", icd="Z30.09", age=(28, 42), meds=["Norgestimate-ethinyl estradiol 1 tab PO daily"],
         hpi="multiparous, counseled on long-acting reversible alternatives, federal consent signed >30 days ago",
         proc="Laparoscopic bilateral salpingectomy", spec="Right and left fallopian tubes",
         path="Segments of fallopian tube, complete cross-sections, no pathologic change", ebl=(5, 20)),
]
OB_SURG = {"PLTCS": "Primary low transverse cesarean section", "RLTCS": "Repeat low transverse cesarean section"}


# ----------------------------------------------------------------- context
class Ctx:
    pass


def make_ctx(r, kind=None):
    c = Ctx()
    if kind is None:
        kind = "ob" if chance(r, .65) else "gyn"
    c.kind = kind
    c.date = D(2005, 1, 1) + TD(days=r.randrange(0, 7300))
    c.first = pick(r, FIRST)
    c.last = pick(r, LAST)
    c.mi = chr(65 + r.randrange(26))
    if kind == "ob":
        s = dict(pick(r, OB_SCEN))
        c.age = r.randrange(18, 43)
        lo, hi = s["ega"]
        c.ga_w = r.randrange(lo, hi + 1)
        c.ga_d = r.randrange(0, 7)
    else:
        s = dict(pick(r, GYN_SCEN))
        c.age = r.randrange(*s["age"])
        c.ga_w, c.ga_d = 0, 0
    c.s = s
    c.dob = c.date - TD(days=int(c.age * 365.25) + r.randrange(0, 360))
    c.mrn = pick(r, ["%08d", "MR%07d", "%07d", "W%06d", "00%06d"]) % r.randrange(10 ** 5, 10 ** 6 * 9)
    c.acct = "%010d" % r.randrange(10 ** 9, 10 ** 10 - 1)
    c.fin = "%09d" % r.randrange(10 ** 8, 10 ** 9 - 1)
    town = pick(r, TOWNS)
    c.city, c.state = town[0], town[1]
    c.zip = town[2] + "%02d" % r.randrange(100)
    c.street = "%d %s" % (r.randrange(12, 9800), pick(r, STREETS))
    c.phone = phone(r)
    c.payer = pick(r, PAYERS)
    c.member = pick(r, ["%s%09d", "%s%08d"]) % (pick(r, ["XQK", "UCM", "", "BHP", "W", "KV"]), r.randrange(10 ** 7, 10 ** 8 * 9))
    c.group = "%05d" % r.randrange(10000, 99999) if chance(r, .8) else "GRP-%04d" % r.randrange(9999)
    c.hosp = pick(r, HOSPITALS)
    c.clinic = pick(r, CLINICS)
    c.att = Prov(r, pick(r, ["MD", "MD", "DO"]))
    c.res = Prov(r, pick(r, ["MD", "DO"]))
    c.cnm = Prov(r, "CNM", "Midwifery", female=True)
    c.rn = Prov(r, "RN", "Nursing", female=chance(r, .9))
    c.anes = Prov(r, "MD", "Anesthesiology")
    c.crna = Prov(r, "CRNA", "Anesthesia")
    c.peds = Prov(r, pick(r, ["MD", "DO", "NNP"]), "Pediatrics")
    c.mfm = Prov(r, "MD", "Maternal-Fetal Medicine")
    c.pcp = Prov(r, pick(r, ["MD", "DO", "FNP", "PA-C"]), "Family Medicine")
    c.rad = Prov(r, "MD", "Radiology")
    c.path = Prov(r, "MD", "Pathology")
    # obstetric history
    if kind == "ob":
        prior = r.randrange(0, 4)
        if s["key"] == "rcs":
            prior = max(prior, 1)
        ab = r.randrange(0, 2) if chance(r, .3) else 0
        c.G = prior + ab + 1
        c.P = "%d%d%d%d" % (prior, 0, ab, prior)
        c.Gstr = "G%dP%s" % (c.G, c.P)
        c.edd = c.date + TD(days=(40 * 7) - (c.ga_w * 7 + c.ga_d))
        c.lmp = c.edd - TD(days=280)
    else:
        par = r.randrange(0, 4) if c.age > 25 else r.randrange(0, 2)
        if s["key"] == "steril":
            par = max(par, 2)
        c.G = par + (1 if s["key"] in ("ectopic", "missab") else 0) + r.randrange(0, 2)
        c.P = "%d0%d%d" % (par, c.G - par, par)
        c.Gstr = "G%dP%s" % (c.G, c.P)
        c.lmp = c.date - TD(days=r.randrange(5, 30)) if c.age < 51 else None
    c.gastr = "%dw%dd" % (c.ga_w, c.ga_d)
    c.blood = pick(r, ["O", "O", "A", "A", "B", "AB"])
    c.rh = "negative" if chance(r, .15) else "positive"
    c.gbs = "positive" if chance(r, .25) else "negative"
    c.rubella = "immune" if chance(r, .88) else "non-immune"
    c.allergy = pick(r, ["NKDA", "NKDA", "NKDA", "Penicillin (hives)", "Sulfa (rash)", "Latex", "Codeine (nausea)",
                         "No known drug allergies"])
    # vitals
    bpl = s.get("bp", 0)
    if bpl == 0:
        c.sbp, c.dbp = r.randrange(98, 132), r.randrange(58, 84)
    elif bpl == 1:
        c.sbp, c.dbp = r.randrange(140, 156), r.randrange(90, 104)
    else:
        c.sbp, c.dbp = r.randrange(160, 178), r.randrange(104, 116)
    c.hr = r.randrange(68, 104)
    c.temp = "%.1f" % (r.randrange(976, 994) / 10.0)
    c.rr = r.choice([14, 16, 16, 18, 18, 20])
    c.spo2 = r.randrange(96, 101)
    c.wt_lb = r.randrange(128, 262)
    c.ht_in = r.randrange(59, 71)
    # delivery / baby
    c.mode = s.get("mode", "SVD")
    c.sex = pick(r, ["female", "male"])
    base = 3300 if c.ga_w >= 37 else 1200 + (c.ga_w - 28) * 210
    if s["key"] == "fgr":
        base -= 650
    if s["key"] == "twins":
        base -= 600
    c.bw = max(800, base + r.randrange(-420, 520))
    c.ap1, c.ap5 = r.choice([(8, 9), (8, 9), (7, 9), (9, 9), (6, 8), (8, 8), (3, 7)])
    c.baby = "Baby %s %s" % ("Girl" if c.sex == "female" else "Boy", c.last)
    c.ebl = r.randrange(200, 600) if c.mode == "SVD" else r.randrange(550, 1100)
    c.hgb = round(r.uniform(9.2, 13.4) if s["key"] != "anemia" else r.uniform(8.4, 9.8), 1)
    c.plt = r.randrange(110, 140) if s["key"] == "pecsf" else r.randrange(160, 360)
    c.wbc = round(r.uniform(6.0, 14.5), 1)
    return c


def pname(c, r, style=None):
    style = r.randrange(5) if style is None else style
    if style == 0:
        return "%s, %s" % (c.last.upper(), c.first.upper())
    if style == 1:
        return "%s %s" % (c.first, c.last)
    if style == 2:
        return "%s, %s %s" % (c.last, c.first, c.mi)
    if style == 3:
        return "%s %s. %s" % (c.first, c.mi, c.last)
    return "%s %s" % (c.first.upper(), c.last.upper())


def hosp_addr(r, c):
    town = pick(r, TOWNS)
    return "%d %s, %s, %s %s%02d" % (r.randrange(100, 4999), pick(r, STREETS), town[0], town[1], town[2], r.randrange(100))


def letterhead(r, c, org=None, dept=None):
    org = org or (c.hosp if chance(r, .6) else c.clinic)
    st = r.randrange(5)
    if st == 0:
        out = [org.upper(), hosp_addr(r, c), "Tel %s   Fax %s" % (phone(r), phone(r))]
    elif st == 1:
        out = [org, (dept or pick(r, DEPTS)), hosp_addr(r, c)]
    elif st == 2:
        out = ["   " + org, "   " + hosp_addr(r, c) + "  |  " + phone(r)]
    elif st == 3:
        out = [org.upper() + "  -  " + (dept or pick(r, DEPTS)).upper()]
    else:
        out = [org, "A member of %s Health System" % pick(r, ["Tri-River", "Covenant Valley", "Northstar", "Keystone"]),
               phone(r)]
    return "\n".join(out)


def id_block(r, c, st=None):
    st = r.randrange(6) if st is None else st
    if st == 0:
        return "Patient: %s   MRN: %s   DOB: %s" % (pname(c, r), c.mrn, fdate(c.dob))
    if st == 1:
        return "NAME: %s\nMRN: %s\nDOB: %s  AGE: %d  SEX: F\nACCT#: %s" % (pname(c, r, 0), c.mrn, fdate(c.dob), c.age, c.acct)
    if st == 2:
        return "%s  |  %s  |  %dy F  |  MRN %s" % (pname(c, r, 2), fdate(c.dob), c.age, c.mrn)
    if st == 3:
        return "PATIENT NAME: %-28s MED REC #: %s\nDATE OF BIRTH: %-26s ACCOUNT: %s" % (pname(c, r, 0), c.mrn, fdate(c.dob), c.fin)
    if st == 4:
        return "Name: %s\nDOB: %s\nMR#: %s" % (pname(c, r, 1), fdate(c.dob, 1), c.mrn)
    return "%s (MRN %s), DOB %s" % (pname(c, r, 3), c.mrn, fdate(c.dob, 2))


def vitals_line(r, c, st=None):
    st = r.randrange(4) if st is None else st
    if st == 0:
        return "BP %d/%d, HR %d, T %s F, RR %d, SpO2 %d%% RA" % (c.sbp, c.dbp, c.hr, c.temp, c.rr, c.spo2)
    if st == 1:
        return "Vitals: T %s  P %d  R %d  BP %d/%d  O2 sat %d%%" % (c.temp, c.hr, c.rr, c.sbp, c.dbp, c.spo2)
    if st == 2:
        return "BP: %d/%d   Pulse: %d   Temp: %s   Resp: %d   Wt: %d lb" % (c.sbp, c.dbp, c.hr, c.temp, c.rr, c.wt_lb)
    return "VS %d/%d  %d  %s  %d" % (c.sbp, c.dbp, c.hr, c.temp, c.rr)


def sigblock(r, c, p=None, role=None):
    p = p or c.att
    d = c.date
    st = r.randrange(6)
    if st == 0:
        return "Electronically signed by %s on %s at %s" % (p.full(r, 1), fdate(d), ftime(r, colon=True))
    if st == 1:
        return "_____________________________\n%s\n%s" % (p.full(r, 0), role or p.spec)
    if st == 2:
        return "%s\nD: %s  T: %s\n%s/%s  Job #%d" % (p.full(r, 0), fdate(d, 1), fdate(d + TD(days=r.randrange(0, 3)), 1),
                                                   p.first[0].lower() + p.last[0].lower(), pick(r, ["mt", "kls", "tr", "dw"]),
                                                   r.randrange(100000, 999999))
    if st == 3:
        return "Signed: %s   Date/Time: %s %s" % (p.short(), fdate(d), ftime(r))
    if st == 4:
        return "-- %s" % p.full(r, 1)
    return "Attending: %s\nDictated but not read. Subject to transcription variance." % p.full(r, 0)


def med_lines(r, c, extra=None, bullet=None):
    meds = list(c.s.get("meds", [])) + list(extra or [])
    if not meds:
        meds = ["None"]
    bullet = bullet if bullet is not None else pick(r, ["- ", "* ", "", "  ", "#"])
    out = []
    for i, m in enumerate(meds):
        out.append(("%d. " % (i + 1) if bullet == "#" else bullet) + m)
    return "\n".join(out)


def ga_text(c, r):
    return pick(r, ["%d weeks %d days" % (c.ga_w, c.ga_d), "%d+%d weeks" % (c.ga_w, c.ga_d), "%dw%dd" % (c.ga_w, c.ga_d),
                    "%d %d/7 weeks" % (c.ga_w, c.ga_d)])


def obhx(c, r):
    return pick(r, [c.Gstr, "G%d P%s" % (c.G, c.P), "G%d P%s-%s-%s-%s" % (c.G, c.P[0], c.P[1], c.P[2], c.P[3]),
                    "gravida %d para %s" % (c.G, c.P[0])])


def lb_oz(g):
    lb = g / 453.592
    return "%d lb %d oz" % (int(lb), int(round((lb - int(lb)) * 16)) % 16)


def wrap(text, width=90):
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def H(r, name, variants=None, style=None):
    """Render a section heading in a random house style."""
    if variants:
        name = pick(r, [name] + list(variants))
    st = r.randrange(5) if style is None else style
    if st == 0:
        return name.upper() + ":"
    if st == 1:
        return name.title() + ":"
    if st == 2:
        return name.upper()
    if st == 3:
        return "** " + name.upper() + " **"
    return name + ":"


def sections(r, pairs, inline=None, style=None):
    """pairs: list of (heading, body). Heading None -> body only."""
    inline = chance(r, .35) if inline is None else inline
    st = r.randrange(5) if style is None else style
    out = []
    for h, b in pairs:
        if b is None or b == "":
            continue
        if h is None:
            out.append(b)
            continue
        hd = H(r, h, style=st)
        if inline and "\n" not in b and len(b) < 220:
            out.append(hd + " " + b)
        else:
            out.append(hd + "\n" + b)
        if chance(r, .7):
            out.append("")
    return "\n".join(out)


# ----------------------------------------------------------------- page furniture and OCR
def paginate(r, c, text):
    lines = text.split("\n")
    per = r.randrange(42, 66)
    if len(lines) <= per and chance(r, .5):
        if chance(r, .4):
            lines.append("")
            lines.append(pick(r, ["Page 1 of 1", "Page 1", "1 of 1", "- 1 -"]))
        return "\n".join(lines)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    hstyle = r.randrange(4)
    fstyle = r.randrange(5)
    printed = "%s %s" % (fdate(c.date + TD(days=r.randrange(0, 900))), ftime(r))
    out = []
    for i, pg in enumerate(pages):
        if i > 0:
            if hstyle == 0:
                out.append("%s  MRN: %s  (continued)" % (pname(c, r, 0), c.mrn))
            elif hstyle == 1:
                out.append("%s\n%s    %s" % (c.hosp, pname(c, r, 2), c.mrn))
            elif hstyle == 2:
                out.append("Patient: %s   DOB: %s" % (pname(c, r, 1), fdate(c.dob)))
            out.append("")
        out.extend(pg)
        out.append("")
        if fstyle == 0:
            out.append("Page %d of %d" % (i + 1, n))
        elif fstyle == 1:
            out.append("Printed %s    Page %d" % (printed, i + 1))
        elif fstyle == 2:
            out.append("CONFIDENTIAL - Contains protected health information.        %d/%d" % (i + 1, n))
        elif fstyle == 3:
            out.append("%s   %s   Pg %d" % (pname(c, r, 0), c.mrn, i + 1))
        else:
            out.append("- %d -" % (i + 1))
        if i < n - 1:
            out.append("\f" if chance(r, .3) else "")
    return "\n".join(out)


def fax_header(r, c):
    d = c.date + TD(days=r.randrange(0, 20))
    st = r.randrange(3)
    if st == 0:
        return "%s %s FROM:%s  TO:%s  P.%03d/%03d" % (d.strftime("%b-%d-%Y").upper(), ftime(r), phone(r), phone(r),
                                                   r.randrange(1, 4), r.randrange(4, 12))
    if st == 1:
        return "%s %s   %s   #%04d P.%02d" % (fdate(d, 1), ftime(r), pick(r, CLINICS).upper()[:22], r.randrange(9999),
                                           r.randrange(1, 9))
    return "Received: %s %s; %s -> %s; Page %d" % (fdate(d), ftime(r), phone(r), pick(r, ["HIM", "L&D", "MFM", "Clinic"]),
                                                 r.randrange(1, 6))


SUBS = {"l": "1", "I": "l", "O": "0", "0": "O", "S": "5", "e": "c", "m": "rn", "c": "e", "B": "8", "g": "q",
        ".": ",", ",": ".", "h": "b", "i": "l", "t": "l", "a": "o", "n": "ri", "1": "l", "5": "S", "u": "v", ":": ";"}


def ocr(r, text, level):
    if level <= 0:
        return text
    out = []
    for ch in text:
        if ch in SUBS and r.random() < level:
            out.append(SUBS[ch])
        elif ch == " " and r.random() < level * 0.6:
            out.append(pick(r, ["  ", "", " "]))
        elif ch.isalpha() and r.random() < level * 0.15:
            continue
        else:
            out.append(ch)
    t = "".join(out)
    if r.random() < level * 40:
        lines = t.split("\n")
        for _ in range(r.randrange(1, 3)):
            k = r.randrange(len(lines))
            lines[k] = lines[k] + pick(r, [" .", " ,", " |", " ~", " '", "  _"])
        t = "\n".join(lines)
    return t


# ----------------------------------------------------------------- clinical snippets
def delivery_sentence(r, c):
    if c.mode == "SVD":
        lac = pick(r, ["an intact perineum", "a first-degree perineal laceration repaired with 3-0 Vicryl",
                       "a second-degree laceration repaired in the usual fashion", "a small labial abrasion, not repaired"])
        return ("She had a spontaneous vaginal delivery of a viable %s infant weighing %d g (%s) with Apgars %d and %d, "
                "with %s. Placenta delivered spontaneously, intact, 3-vessel cord. QBL %d mL."
                % (c.sex, c.bw, lb_oz(c.bw), c.ap1, c.ap5, lac, c.ebl))
    ind = {"breech": "breech presentation", "rcs": "elective repeat", "pecsf": "preeclampsia with severe features and unfavorable cervix",
           "twins": "twin gestation with non-vertex second twin"}.get(c.s["key"], pick(r, ["arrest of dilation", "Category II tracing remote from delivery", "arrest of descent"]))
    return ("She underwent %s for %s under %s anesthesia, delivering a viable %s infant, %d g, Apgars %d/%d. "
            "QBL %d mL. Uterus closed in two layers." % (OB_SURG.get(c.mode, "low transverse cesarean section").lower(), ind,
                                                        pick(r, ["spinal", "epidural", "CSE"]), c.sex, c.bw, c.ap1, c.ap5, c.ebl))


def pp_course(r, c):
    bits = [pick(r, ["Her postpartum course was uncomplicated.", "Postpartum course was unremarkable.",
                     "She did well postpartum."])]
    k = c.s["key"]
    if k in ("pec", "pecsf", "ghtn", "chtn"):
        bits.append("Blood pressures ranged %d-%d/%d-%d; %s." % (c.sbp - 20, c.sbp - 4, c.dbp - 14, c.dbp - 4,
                    pick(r, ["discharged on nifedipine ER 30 mg daily with home BP cuff", "no antihypertensive required at discharge",
                             "labetalol continued, BP check in 72 hours arranged"])))
    if k == "pecsf":
        bits.append("She received magnesium sulfate for seizure prophylaxis for 24 hours postpartum without toxicity.")
    if k in ("gdm1", "gdm2"):
        bits.append("Insulin/diet discontinued after delivery; fasting glucose 88. 2-hour 75 g GTT to be done at 4-12 weeks.")
    if k == "anemia" or c.hgb < 9.5:
        bits.append("Postpartum hemoglobin %.1f; %s." % (c.hgb - 1.1, pick(r, ["started oral iron", "received IV iron sucrose 200 mg x1",
                                                                             "asymptomatic, continue ferrous sulfate"])))
    if c.rh == "negative":
        bits.append("Rh negative, infant Rh positive; RhoGAM 300 mcg given on PPD1.")
    if c.rubella != "immune":
        bits.append("Rubella non-immune; MMR given prior to discharge.")
    bits.append(pick(r, ["Pain controlled with ibuprofen and acetaminophen.", "Ambulating, voiding, tolerating regular diet.",
                         "She is breastfeeding without difficulty.", "Formula feeding by choice; lactation suppression reviewed."]))
    return " ".join(bits)


def exam_ob(r, c, long=False):
    lines = ["General: %s" % pick(r, ["NAD, comfortable", "alert, oriented, in no acute distress", "uncomfortable with contractions",
                                      "well-appearing"]),
             "Heart: %s" % pick(r, ["RRR, no murmur", "regular rate and rhythm", "RRR, soft systolic flow murmur"]),
             "Lungs: %s" % pick(r, ["CTAB", "clear to auscultation bilaterally", "clear"]),
             "Abdomen: gravid, %s, fundal height %s cm" % (pick(r, ["soft, nontender", "nontender", "soft"]),
                                                             c.ga_w + r.randrange(-2, 3)),
             "Extremities: %s" % pick(r, ["trace edema bilaterally", "no edema, no calf tenderness", "1+ pedal edema", "2+ edema to mid-shin"])]
    if long:
        lines.insert(1, "HEENT: %s" % pick(r, ["normocephalic, atraumatic", "NC/AT, MMM", "unremarkable"]))
        lines.append("Neuro: %s" % pick(r, ["DTRs 2+, no clonus", "reflexes 3+, 1 beat clonus", "nonfocal"]))
    return "\n".join(lines)


def cervix(r, c):
    d = r.randrange(1, 8)
    return "%s/%d/%d" % (pick(r, [str(d), "%d-%d" % (d, d + 1), "FT" if d == 1 else str(d)]), r.randrange(50, 100, 10), r.randrange(-3, 1))


def fhr_line(r, c):
    return pick(r, ["FHT: baseline %d, moderate variability, +accels, no decels. Cat I." % r.randrange(120, 155, 5),
                    "EFM: %d bpm, mod var, accelerations present, occasional early decels (Category I)" % r.randrange(125, 150, 5),
                    "FHR baseline %d with minimal to moderate variability, intermittent variable decelerations, Category II" % r.randrange(130, 160, 5),
                    "Fetal heart tracing reactive, baseline %d" % r.randrange(120, 150, 5)])


def toco_line(r):
    return pick(r, ["Toco: ctx q%d-%d min" % (a, a + 1) for a in (2, 3, 4)] + ["TOCO: irregular contractions", "Toco: quiet"])


def plan_ob(r, c):
    k = c.s["key"]
    p = {"normal": ["Continue routine prenatal care", "Kick counts reviewed", "RTC in %d weeks" % pick(r, [1, 2, 4])],
         "gdm1": ["Continue carbohydrate-controlled diet", "Review glucose log at each visit", "Weekly NST from 32 weeks if poorly controlled"],
         "gdm2": ["Increase NPH to %d units qHS" % r.randrange(16, 24), "Twice weekly antenatal testing", "Delivery 39 0/7-39 6/7 weeks"],
         "ghtn": ["Labs: CBC, CMP, UPC", "Twice weekly BP checks and weekly NST", "Delivery at 37 weeks"],
         "pec": ["Preeclampsia labs q week", "Twice weekly NST/AFI", "Delivery at 37 0/7 weeks or sooner if severe features"],
         "pecsf": ["Magnesium sulfate for seizure prophylaxis", "Labetalol IV per protocol for severe-range BP", "Betamethasone if <34 wks", "Plan delivery"],
         "chtn": ["Continue nifedipine ER 30 mg daily", "Continue ASA 81 mg", "Serial growth ultrasounds q4 weeks"],
         "ptl": ["Betamethasone course", "Tocolysis with nifedipine x48 h", "Magnesium for neuroprotection if <32 wks", "GBS prophylaxis"],
         "pprom": ["Latency antibiotics", "Betamethasone", "Daily NST, monitor for chorio", "Delivery at 34 weeks"],
         "breech": ["Scheduled primary cesarean at 39 weeks", "Pre-op labs, type and screen"],
         "rcs": ["Repeat cesarean scheduled at 39 weeks", "NPO after midnight", "Pre-op CBC, T&S"],
         "postdates": ["Induction of labor with misoprostol / Foley balloon", "Continuous EFM"],
         "anemia": ["Continue ferrous sulfate BID", "Consider IV iron if Hgb <9 at 34 weeks", "Recheck CBC in 4 weeks"],
         "hypothy": ["Continue levothyroxine 75 mcg", "TSH each trimester", "Return to prepregnancy dose postpartum"],
         "twins": ["Growth US q4 weeks", "Delivery planning 37-38 weeks", "Preterm labor precautions"],
         "fgr": ["Weekly UA Dopplers, twice weekly NST", "Delivery at 38 0/7 if Dopplers remain normal"]}.get(k)
    if p is None:
        p = ["Proceed with %s" % c.s.get("proc", "planned procedure").lower(), "Pre-op labs and consent", "Follow-up pathology"]
    return p


def course_gyn(r, c):
    return ("She underwent %s on %s without complication. EBL %d mL. Postoperatively she %s. On POD%d she was tolerating a "
            "regular diet, voiding spontaneously, ambulating independently, and pain was controlled on oral medications."
            % (c.s["proc"].lower(), fdate(c.date), r.randrange(*c.s["ebl"]),
               pick(r, ["did well", "had mild nausea that resolved with ondansetron", "passed a voiding trial on the first attempt",
                        "had an uneventful course"]), r.randrange(0, 3)))


# ================================================================= 1 discharge_summary
def g_discharge_summary(r):
    lay = r.randrange(7)
    if lay in (0, 1, 2, 6):
        c = make_ctx(r, "ob")
    elif lay == 3:
        c = make_ctx(r, "ob")
        c.s = dict(pick(r, [s for s in OB_SCEN if s["key"] in ("ptl", "pprom", "pec", "gdm2", "anemia")]))
    else:
        c = make_ctx(r, "gyn")
    adm = c.date
    dis = adm + TD(days=r.randrange(1, 5) if lay != 3 else r.randrange(2, 9))
    A = c.att
    if lay == 0:
        body = sections(r, [
            ("Admission Date", fdate(adm)), ("Discharge Date", fdate(dis)),
            ("Attending Physician", A.full(r, 0)),
            ("Admitting Diagnosis", "Intrauterine pregnancy at %s, %s" % (ga_text(c, r), c.s["dx"].lower())),
            ("Discharge Diagnoses", "1. %s, delivered\n2. %s\n3. Status post %s" % (
                "Term pregnancy" if c.ga_w >= 37 else "Preterm pregnancy", c.s["dx"],
                "spontaneous vaginal delivery" if c.mode == "SVD" else OB_SURG.get(c.mode, "cesarean").lower())),
            ("Procedures", "SVD" if c.mode == "SVD" else OB_SURG.get(c.mode)),
            ("History", "%d y/o %s admitted at %s with %s." % (c.age, obhx(c, r), ga_text(c, r), c.s["hpi"])),
            ("Hospital Course", wrap(delivery_sentence(r, c) + " " + pp_course(r, c))),
            ("Condition at Discharge", pick(r, ["Good", "Stable", "Good, afebrile, ambulating"])),
            ("Disposition", pick(r, ["Home with infant", "Home", "Home; infant remains in NICU"])),
            ("Discharge Medications", med_lines(r, c, ["Ibuprofen 600 mg PO q6h PRN pain", "Docusate 100 mg PO BID"])),
            ("Follow-up", "%s in %s" % (c.clinic, pick(r, ["6 weeks", "2 weeks for incision check and 6 weeks postpartum", "1 week for BP check"]))),
        ])
        return "\n".join([letterhead(r, c), "", pick(r, ["DISCHARGE SUMMARY", "OBSTETRIC DISCHARGE SUMMARY", "Discharge Summary - OB", ""]),
                          id_block(r, c), "", body, "", sigblock(r, c)]), c
    if lay == 1:
        t = ("%s\n\nDATE OF ADMISSION: %s\nDATE OF DISCHARGE: %s\n\nThis is a %d-year-old %s who presented at %s gestation with %s. "
             "%s\n\n%s\n\nShe was discharged home on postpartum day %d in good condition. Discharge medications include %s. "
             "She will follow up with %s in %s. Routine postpartum instructions were given including pelvic rest, "
             "no driving while taking narcotics, and warning signs of preeclampsia and hemorrhage.\n\n%s\n\ncc: %s"
             % (id_block(r, c, 3), fdate(adm), fdate(dis), c.age, obhx(c, r), ga_text(c, r), c.s["hpi"],
                delivery_sentence(r, c), pp_course(r, c), (dis - adm).days,
                ", ".join(m.split(" PO")[0].lower() for m in c.s["meds"] + ["Ibuprofen 600 mg"]),
                pick(r, ["Dr. " + A.last, c.clinic, "the resident clinic"]), pick(r, ["six weeks", "2 weeks", "1 week"]),
                sigblock(r, c), c.pcp.full(r, 1)))
        return wrap(t), c
    if lay == 2:
        rows = [("Delivery date/time", "%s %s" % (fdate(adm + TD(days=r.randrange(0, 2))), ftime(r))),
                ("EGA at delivery", ga_text(c, r)), ("Delivery type", "Vaginal, spontaneous" if c.mode == "SVD" else "C-Section, " + ("Primary" if c.mode == "PLTCS" else "Repeat")),
                ("Anesthesia", pick(r, ["Epidural", "Spinal", "None", "CSE", "IV sedation"])),
                ("Infant sex / weight", "%s / %d g" % (c.sex.title(), c.bw)), ("Apgars 1/5", "%d/%d" % (c.ap1, c.ap5)),
                ("QBL", "%d mL" % c.ebl), ("Blood type / Rh", "%s %s" % (c.blood, "POS" if c.rh == "positive" else "NEG")),
                ("Rubella", c.rubella.title()), ("GBS", c.gbs.title()), ("Tdap", pick(r, ["Given prenatally", "Given this admission", "Declined"])),
                ("Feeding", pick(r, ["Breast", "Formula", "Breast + supplement"])),
                ("Contraception plan", pick(r, ["Nexplanon placed PP", "Progestin-only pill", "Undecided", "IUD at 6 weeks", "Condoms", "BTL done"]))]
        tbl = "\n".join("%-22s %s" % (a + ":", b) for a, b in rows)
        t = "\n".join([c.hosp, pick(r, ["Mother-Baby Unit", "Postpartum Discharge", "L&D / Postpartum"]), id_block(r, c, 2), "",
                       "Admit: %s   Discharge: %s   LOS: %d" % (fdate(adm, 1), fdate(dis, 1), (dis - adm).days), "",
                       H(r, "Delivery Summary"), tbl, "", H(r, "Problem list at discharge"),
                       "\n".join("# %s" % x for x in [c.s["dx"], "Postpartum state"] + (["Rh negative"] if c.rh == "negative" else [])), "",
                       H(r, "Course"), wrap(pp_course(r, c)), "", H(r, "Meds"), med_lines(r, c, ["Ibuprofen 800 mg q8h prn"]), "",
                       "F/U: postpartum visit %s" % pick(r, ["6 wks", "2-3 wks (comprehensive visit by 12 wks)", "1 wk BP check then 6 wks"]),
                       sigblock(r, c, pick(r, [c.res, c.cnm, A]))])
        return t, c
    if lay == 3:
        t = sections(r, [
            (None, letterhead(r, c, c.hosp, "Antepartum Unit")),
            (None, pick(r, ["ANTEPARTUM DISCHARGE SUMMARY", "DISCHARGE SUMMARY (UNDELIVERED)", "Antepartum Summary"])),
            (None, id_block(r, c)),
            ("Admitted", fdate(adm)), ("Discharged", fdate(dis)),
            ("Reason for admission", "%s at %s" % (c.s["dx"], ga_text(c, r))),
            ("Hospital course", wrap("%d yo %s admitted with %s. %s Fetal testing remained reassuring. She is being discharged "
                                     "undelivered with close outpatient follow-up." % (c.age, c.Gstr, c.s["hpi"],
                                     pick(r, ["Betamethasone course completed on hospital day 2.", "Contractions resolved without cervical change.",
                                              "Serial labs stable; no severe features developed.", "Glucose control optimized with insulin titration."])))),
            ("Discharge medications", med_lines(r, c)),
            ("Instructions", "Kick counts. Return for contractions, leakage of fluid, bleeding, decreased fetal movement, headache, visual changes."),
            ("Follow-up", "%s in %d days; NST twice weekly" % (c.clinic, r.randrange(2, 8))),
            (None, sigblock(r, c, pick(r, [A, c.mfm])))])
        return t, c
    if lay == 4:
        t = sections(r, [
            (None, letterhead(r, c, c.hosp, "Gynecology")), (None, id_block(r, c, 1)),
            ("Date of Admission", fdate(adm)), ("Date of Discharge", fdate(dis)),
            ("Admission Diagnosis", c.s["dx"]), ("Discharge Diagnosis", "%s, status post %s" % (c.s["dx"], c.s["proc"].lower())),
            ("Operations Performed", c.s["proc"]), ("Surgeon", A.full(r, 0)),
            ("Brief History", "%d-year-old %s with %s." % (c.age, c.Gstr, c.s["hpi"])),
            ("Hospital Course", wrap(course_gyn(r, c))),
            ("Pathology", c.s["path"] if chance(r, .6) else "Pending at time of discharge."),
            ("Discharge Medications", med_lines(r, c, ["Oxycodone 5 mg PO q4h PRN severe pain, #10", "Ibuprofen 600 mg PO q6h", "Acetaminophen 1000 mg PO q8h"])),
            ("Activity", "No lifting >10 lb, pelvic rest x 6 weeks, may shower"),
            ("Follow-up", "Post-op visit in 2 weeks with Dr. %s" % A.last), (None, sigblock(r, c))])
        return t, c
    if lay == 5:
        c = make_ctx(r, "ob")
        if c.ga_w < 35:
            c.ga_w = 39
        ped = c.peds
        t = "\n".join([c.hosp + " - Newborn Nursery", pick(r, ["NEWBORN DISCHARGE SUMMARY", "Well Baby Discharge Summary", "Nursery Discharge Note"]),
                       "Infant: %s   MRN: %s   DOB: %s   Sex: %s" % (c.baby, "%08d" % r.randrange(10 ** 7, 10 ** 8 - 1), fdate(adm), c.sex[0].upper()),
                       "Mother: %s (MRN %s)   Blood type mother %s%s" % (pname(c, r, 1), c.mrn, c.blood, "+" if c.rh == "positive" else "-"), "",
                       "Birth weight: %d g   Discharge weight: %d g (%.1f%% loss)" % (c.bw, c.bw - int(c.bw * 0.06), 6.0),
                       "GA: %s   Apgars: %d, %d   Delivery: %s" % (ga_text(c, r), c.ap1, c.ap5, "NSVD" if c.mode == "SVD" else "C/S"),
                       "Maternal labs: HBsAg neg, HIV neg, RPR NR, GBS %s, Rubella %s" % (c.gbs, c.rubella), "",
                       H(r, "Nursery course"), wrap(pick(r, ["Uncomplicated. Feeding well, voiding and stooling appropriately.",
                                                            "Mild hyperbilirubinemia, TSB %.1f at %d hours (low-intermediate risk), no phototherapy." % (r.uniform(6, 11), r.randrange(30, 50)),
                                                            "Hypoglycemia protocol for %s; glucoses stable after first feed." % ("IDM" if c.s["key"].startswith("gdm") else "LGA"),
                                                            "Received 48 hours of observation for maternal GBS with inadequate prophylaxis; well-appearing."])),
                       "", "Hep B vaccine: given %s   Vitamin K: given   Erythromycin eye ointment: given" % fdate(adm),
                       "Hearing screen: PASS bilaterally   CCHD screen: PASS   Newborn screen: sent %s" % fdate(adm + TD(days=1)),
                       "Circumcision: %s" % ("N/A" if c.sex == "female" else pick(r, ["Done, Gomco, no bleeding", "Deferred", "Declined by parents"])),
                       "Car seat: %s" % pick(r, ["Checked", "Car seat challenge passed", "Parent verbalized understanding"]), "",
                       "Follow-up: %s within 48 hours" % pick(r, ["Pediatrician", "Dr. " + c.pcp.last, "Harbor Kids Pediatrics"]), "",
                       sigblock(r, c, ped)])
        return t, c
    # lay 6: brief
    t = "\n".join([pick(r, ["Discharge Note", "D/C summary", "Brief Discharge Summary", "POSTPARTUM DISCHARGE"]) + " - " + fdate(dis),
                   pname(c, r, 1) + ", " + str(c.age) + "F, " + c.Gstr, "",
                   "S: %s" % pick(r, ["No complaints. Pain controlled. Tolerating diet, +flatus, voiding.", "Feels well, ready to go home.",
                                      "Mild cramping, lochia decreasing. Breastfeeding going ok."]),
                   "O: " + vitals_line(r, c, 3) + "; fundus firm %s; lochia %s" % (pick(r, ["at U-1", "below umbilicus", "at U"]), pick(r, ["small", "moderate", "light rubra"])),
                   "   Hgb %.1f (pre-delivery %.1f)" % (c.hgb - 1.0, c.hgb),
                   "A: %d yo PPD#%d s/p %s, %s" % (c.age, (dis - adm).days, "SVD" if c.mode == "SVD" else "C/S", c.s["dx"].lower()),
                   "P: d/c home. Meds: " + "; ".join(c.s["meds"] + ["motrin", "colace"]) + ". F/u clinic %s." % pick(r, ["6 wk", "2 wk", "1 wk BP"]),
                   "", sigblock(r, c, pick(r, [c.res, c.cnm]))])
    return t, c


# ================================================================= 2 history_physical
def g_history_physical(r):
    lay = r.randrange(7)
    c = make_ctx(r, "gyn" if lay in (3, 6) else "ob")
    A = c.att
    pmh = pick(r, ["None", "Asthma, mild intermittent", "Anxiety", "Migraines", "Obesity (BMI %d)" % r.randrange(31, 44),
                   "Depression, stable off meds", "Hypothyroidism" if c.s["key"] == "hypothy" else "Denies"])
    psh = pick(r, ["None", "Appendectomy age 14", "Wisdom teeth", "LTCS x1" if c.s["key"] == "rcs" else "D&C 2011", "Lap chole"])
    soc = pick(r, ["Denies tobacco, alcohol, drugs. Lives with partner.", "Former smoker, quit with pregnancy. No EtOH.",
                   "Married, works as a %s. No substance use." % pick(r, ["teacher", "nurse", "cashier", "accountant", "hairdresser"]),
                   "Smokes 3-4 cigarettes/day. Lives with mother. Denies IPV."])
    if lay == 0:
        t = sections(r, [
            (None, letterhead(r, c, c.hosp, "Labor & Delivery")),
            (None, pick(r, ["OB ADMISSION HISTORY AND PHYSICAL", "L&D Admission H&P", "ADMISSION NOTE - LABOR AND DELIVERY", ""])),
            (None, id_block(r, c)), ("Date of admission", fdate(c.date) + " " + ftime(r)),
            ("Chief Complaint", pick(r, ["Contractions", "Leakage of fluid", "Scheduled induction", "Elevated BP", "Scheduled repeat C/S"])),
            ("HPI", wrap("%d yo %s at %s by %s with EDD %s who presents with %s. Reports %s fetal movement. Denies %s." % (
                c.age, obhx(c, r), ga_text(c, r), pick(r, ["LMP c/w 8 wk US", "first trimester US", "IVF dating"]),
                fdate(c.edd), c.s["hpi"], pick(r, ["active", "normal", "good"]),
                pick(r, ["VB, LOF, HA, visual changes", "vaginal bleeding or leakage of fluid", "headache, RUQ pain"])))),
            ("Prenatal Care", "%s, %d visits. Pregnancy complicated by: %s" % (c.clinic, r.randrange(6, 14), c.s["dx"])),
            ("Prenatal Labs", "%s%s / Ab neg / Rubella %s / RPR NR / HBsAg neg / HIV neg / GC/CT neg / GBS %s / 1hr GTT %d" % (
                c.blood, "+" if c.rh == "positive" else "-", c.rubella, c.gbs, r.randrange(96, 190))),
            ("OB History", "G%d current. %s" % (c.G, pick(r, ["Prior SVD x%s, uncomplicated" % c.P[0] if c.P[0] != "0" else "Primigravida",
                                                            "See prenatal record"]))),
            ("Gyn History", pick(r, ["Denies STIs, abnormal paps", "h/o LSIL 2016, normal since", "Noncontributory"])),
            ("PMH", pmh), ("PSH", psh), ("Medications", med_lines(r, c)), ("Allergies", c.allergy), ("Social", soc),
            ("Physical Exam", vitals_line(r, c) + "\n" + exam_ob(r, c, True) + "\nSVE: " + cervix(r, c) + "\n" + fhr_line(r, c) + "\n" + toco_line(r)),
            ("Assessment and Plan", "%d yo %s at %s admitted for %s.\n%s" % (c.age, c.Gstr, c.gastr, pick(r, ["labor", "induction of labor", "management of " + c.s["dx"].lower(), "delivery"]),
                                                                           "\n".join("- " + p for p in plan_ob(r, c) + ["GBS %s: %s" % (c.gbs, "PCN G per protocol" if c.gbs == "positive" else "no prophylaxis"), "Anticipate SVD" if c.mode == "SVD" else "Plan cesarean delivery"]))),
            (None, sigblock(r, c, pick(r, [c.res, A, c.cnm])))])
        return t, c
    if lay == 1:
        chk = lambda: pick(r, ["[X]", "[ ]", "[x]"])
        t = "\n".join([c.hosp.upper(), "OBSTETRICAL ADMISSION RECORD   Form OB-%d  Rev %d/%02d" % (r.randrange(100, 400), r.randrange(1, 12), r.randrange(5, 20)),
                       id_block(r, c, 3), "",
                       "Date %s  Time %s   EDC %s   EGA %s   %s" % (fdate(c.date, 1), ftime(r), fdate(c.edd, 1), c.gastr, c.Gstr),
                       "Reason for admission: %s Labor  %s ROM  %s Induction  %s C/S  %s Obs" % (chk(), chk(), chk(), chk(), chk()),
                       "Membranes: %s   Fluid: %s" % (pick(r, ["Intact", "SROM " + ftime(r), "AROM"]), pick(r, ["clear", "n/a", "meconium light"])),
                       "Allergies: %s" % c.allergy, "", "Prenatal risk factors: " + c.s["dx"],
                       "ROS:  HA %s  Vision %s  RUQ %s  Edema %s" % (chk(), chk(), chk(), chk()),
                       "", "EXAM", vitals_line(r, c, 1), "Heart %s nl  Lungs %s nl  Abd %s nl  Ext %s nl" % (chk(), chk(), chk(), chk()),
                       "Cervix: %s   Presentation: %s   EFW: %d g" % (cervix(r, c), "breech" if c.s["key"] == "breech" else pick(r, ["vertex", "ceph", "VTX"]), c.bw + r.randrange(-300, 300)),
                       fhr_line(r, c), "", "Impression: IUP @ %s, %s" % (c.gastr, c.s["dx"].lower()),
                       "Plan: " + "; ".join(plan_ob(r, c)), "", "Physician/CNM signature: ______________  %s" % pick(r, [A, c.cnm, c.res]).full(r, 1)])
        return t, c
    if lay == 2:
        c.s = dict(pick(r, [s for s in OB_SCEN if s["key"] in ("pecsf", "pprom", "ptl", "pec")]))
        t = ("%s\n\n%s\n\nHISTORY OF PRESENT ILLNESS: The patient is a %d-year-old %s at %s who was sent from %s for %s. "
             "Her pregnancy has otherwise been notable for %s. %s\n\nPAST MEDICAL HISTORY: %s\nPAST SURGICAL HISTORY: %s\n"
             "MEDICATIONS: %s\nALLERGIES: %s\nSOCIAL HISTORY: %s\nFAMILY HISTORY: %s\n\nREVIEW OF SYSTEMS: %s\n\n"
             "PHYSICAL EXAMINATION:\n%s\n%s\nSterile speculum exam: %s\n%s\n\nLABORATORY DATA: WBC %.1f, Hgb %.1f, platelets %d, creatinine 0.%d, AST %d, ALT %d.\n\n"
             "ASSESSMENT AND PLAN: %s at %s. Admit to antepartum service.\n%s\n\n%s" % (
                 c.hosp, pick(r, ["ANTEPARTUM ADMISSION H&P", "HISTORY AND PHYSICAL", "ADMISSION HISTORY & PHYSICAL EXAMINATION"]),
                 c.age, obhx(c, r), ga_text(c, r), pick(r, ["clinic", "triage", "an outside hospital", "home"]), c.s["hpi"],
                 pick(r, ["nothing else", "late entry to care at 16 weeks", "a normal anatomy scan"]),
                 pick(r, ["She denies contractions.", "She reports irregular cramping.", "She denies headache or visual change."]),
                 pmh, psh, ", ".join(c.s["meds"]), c.allergy, soc,
                 pick(r, ["Noncontributory", "Mother with chronic hypertension", "Sister with preeclampsia", "DM2 in father"]),
                 "Ten-point review negative except as noted in HPI.", vitals_line(r, c), exam_ob(r, c, True),
                 pick(r, ["deferred", "pooling positive, nitrazine positive, ferning positive", "no pooling, cervix visually closed", "cervix 1 cm visually"]),
                 fhr_line(r, c), c.wbc, c.hgb, c.plt, r.randrange(4, 9), r.randrange(14, 60), r.randrange(12, 70),
                 c.s["dx"], ga_text(c, r), "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(plan_ob(r, c))), sigblock(r, c)))
        return wrap(t), c
    if lay == 3:
        t = sections(r, [
            (None, letterhead(r, c, c.clinic)), (None, pick(r, ["PREOPERATIVE HISTORY AND PHYSICAL", "Pre-Op H&P", "History & Physical - Surgical Admission"])),
            (None, id_block(r, c)), ("Date of surgery", fdate(c.date)), ("Planned procedure", c.s["proc"]),
            ("History of present illness", wrap("Ms. %s is a %d-year-old %s with %s. Options including expectant management, medical therapy and surgery "
                                                "were discussed at length and she elects to proceed." % (c.last, c.age, c.Gstr, c.s["hpi"]))),
            ("Menstrual history", "LMP %s" % fdate(c.lmp) if c.lmp else "Postmenopausal since age %d" % r.randrange(47, 55)),
            ("Past medical history", pmh), ("Past surgical history", psh), ("Medications", med_lines(r, c)), ("Allergies", c.allergy),
            ("Social history", soc), ("Review of systems", "Negative for fever, chest pain, shortness of breath, DVT history."),
            ("Physical exam", vitals_line(r, c, 2) + "\nGeneral: NAD\nCV: RRR\nLungs: clear\nAbdomen: %s\nPelvic: %s" % (
                pick(r, ["soft, nontender", "soft, mildly tender LLQ", "obese, nontender"]),
                pick(r, ["uterus %d-week size, irregular" % r.randrange(10, 18), "right adnexal fullness", "normal external genitalia, cervix without lesions",
                         "Stage III uterine descent on Valsalva", "deferred to OR"]))),
            ("Labs", "Hgb %.1f, Plt %d, urine hCG %s, T&S done" % (c.hgb, c.plt, "positive" if c.s["key"] in ("ectopic", "missab") else "negative")),
            ("Assessment/Plan", "%s. Proceed with %s. Risks including bleeding, infection, damage to bowel/bladder/ureters, "
                                "VTE, and conversion to laparotomy reviewed; consent signed. SCDs, cefazolin 2 g IV on call." % (c.s["dx"], c.s["proc"].lower())),
            (None, sigblock(r, c))])
        return t, c
    if lay == 4:
        c.ga_w = max(c.ga_w, 36)
        t = "\n".join([c.hosp, "NEWBORN ADMISSION HISTORY & PHYSICAL", "",
                       "Infant: %s   Sex: %s   DOB/time: %s %s" % (c.baby, c.sex.upper(), fdate(c.date), ftime(r)),
                       "Mother: %s, %d yo %s, blood type %s%s" % (pname(c, r, 1), c.age, c.Gstr, c.blood, "+" if c.rh == "positive" else "-"), "",
                       "Maternal history: %s. Prenatal labs: HIV neg, HBsAg neg, RPR NR, Rubella %s, GBS %s%s." % (
                           c.s["dx"], c.rubella, c.gbs, " (adequate IAP)" if c.gbs == "positive" else ""),
                       "Delivery: %s at %s. ROM %d h, fluid %s. Apgars %d/%d." % ("NSVD" if c.mode == "SVD" else "Cesarean", ga_text(c, r),
                                                                          r.randrange(1, 18), pick(r, ["clear", "clear", "light meconium"]), c.ap1, c.ap5), "",
                       "Exam: Wt %d g (%s), Length %.1f cm, HC %.1f cm" % (c.bw, pick(r, ["AGA", "AGA", "LGA", "SGA"]), r.uniform(46, 54), r.uniform(31.5, 36)),
                       "  T %.1f  HR %d  RR %d" % (r.uniform(36.5, 37.4), r.randrange(120, 160), r.randrange(36, 58)),
                       "  Head: AFOF, %s" % pick(r, ["molding", "mild caput", "no cephalohematoma"]),
                       "  Eyes: red reflex present bilaterally   Palate intact   Clavicles intact",
                       "  CV: RRR, no murmur, femoral pulses 2+   Resp: clear, no retractions",
                       "  Abd: soft, 3VC   GU: normal %s   Hips: Barlow/Ortolani negative" % ("female" if c.sex == "female" else "male, testes descended"),
                       "  Skin: %s   Neuro: good tone, + Moro, suck, grasp" % pick(r, ["pink", "erythema toxicum", "dermal melanosis over sacrum"]),
                       "", "A/P: Term %s newborn, well. Routine care, encourage %s, Hep B/Vit K/erythromycin, hearing and newborn screen."
                       % (c.sex, pick(r, ["breastfeeding", "feeding on demand"])), "", sigblock(r, c, c.peds)])
        return t, c
    if lay == 5:
        t = "\n".join([pick(r, ["Brief Op H&P / Interval Note", "H&P UPDATE", "Interval History and Physical"]),
                       id_block(r, c, 0), "Date: %s" % fdate(c.date), "",
                       "The history and physical dated %s has been reviewed. The patient has been examined." % fdate(c.date - TD(days=r.randrange(3, 29))),
                       pick(r, ["[X] No changes", "[X] Changes noted: BP elevated today, labs pending"]),
                       "", "%d yo %s %s for %s." % (c.age, c.Gstr, "at " + c.gastr if c.kind == "ob" else "", OB_SURG.get(c.mode, "delivery").lower()),
                       "Heart RRR, lungs clear. " + vitals_line(r, c, 3), "NPO since %s. Consent signed. T&S: active." % ftime(r),
                       "Airway/ASA per anesthesia.", "", sigblock(r, c)])
        return t, c
    # lay 6: gyn ED-direct admission H&P (ectopic/other)
    c.s = dict(pick(r, [s for s in GYN_SCEN if s["key"] in ("ectopic", "cyst", "missab")]))
    t = sections(r, [(None, c.hosp.upper()), (None, "Gynecology Admission H&P"), (None, id_block(r, c, 2)),
                     ("CC", pick(r, ["pelvic pain", "RLQ pain and spotting", "bleeding in early pregnancy"])),
                     ("HPI", wrap("%dF %s LMP %s presenting with %s. %s" % (c.age, c.Gstr, fdate(c.lmp, 1) if c.lmp else "unknown", c.s["hpi"],
                                                                            pick(r, ["Pain began %d hours ago." % r.randrange(3, 30), "Denies fever.", "Some lightheadedness."])))),
                     ("PMHx/PSHx", pmh + "; " + psh), ("Meds", ", ".join(c.s["meds"]) or "none"), ("All", c.allergy),
                     ("PE", vitals_line(r, c) + "\nAbd: %s\nSSE: %s\nBME: %s" % (pick(r, ["tender RLQ with guarding", "soft, mild TTP lower abdomen", "distended, diffusely tender"]),
                                                                             pick(r, ["small amount dark blood in vault", "os closed", "no active bleeding"]),
                                                                             pick(r, ["+CMT, R adnexal tenderness", "uterus 8 wk size, no CMT", "deferred"]))),
                     ("Imaging", "TVUS: " + pick(r, ["no IUP, R adnexal mass with moderate free fluid", "IUP without FHT, CRL 8w4d", "6 cm complex R ovarian cyst, flow present"])),
                     ("A/P", "%s. %s. Consent obtained, T&S, to OR." % (c.s["dx"], c.s["proc"])), (None, sigblock(r, c, c.res))])
    return t, c


# ================================================================= 3 progress_note
def g_progress_note(r):
    lay = r.randrange(8)
    c = make_ctx(r, "gyn" if lay in (5, 7) else "ob")
    A = c.att
    if lay == 0:  # prenatal SOAP
        c.ga_w = r.randrange(12, 38)
        t = sections(r, [
            (None, letterhead(r, c, c.clinic)), (None, id_block(r, c)),
            ("Visit date", fdate(c.date)), ("Visit type", pick(r, ["Return OB", "Routine prenatal", "ROB visit", "OB follow-up"])),
            ("Subjective", "%d yo %s at %s. %s. +FM. Denies VB, LOF, ctx, HA, visual changes." % (
                c.age, c.Gstr, ga_text(c, r), pick(r, ["Feeling well", "Some low back pain", "Reports heartburn at night", "Occasional Braxton-Hicks"]))),
            ("Objective", "%s\nFH %d cm   FHT %d   Urine: protein %s, glucose %s\nWt %d lb" % (
                vitals_line(r, c, 3), c.ga_w + r.randrange(-2, 2), r.randrange(130, 160), pick(r, ["neg", "trace", "neg"]), "neg", c.wt_lb)),
            ("Assessment", "IUP at %s. %s." % (c.gastr, c.s["dx"])),
            ("Plan", "\n".join("- " + p for p in plan_ob(r, c)) + "\n- %s" % pick(r, ["Tdap at 27-36 wks", "Flu vaccine offered", "GTT next visit",
                                                                                       "Discussed breastfeeding", "Anatomy US scheduled"])),
            (None, sigblock(r, c, pick(r, [A, c.cnm])))])
        return t, c
    if lay == 1:  # labor progress note
        t = "\n".join([pick(r, ["L&D Progress Note", "Labor note", "OB PROGRESS NOTE", "Intrapartum note"]) + "  " + fdate(c.date) + " " + ftime(r),
                       "%s  %s" % (pname(c, r, 1), c.mrn), "",
                       "S: %s" % pick(r, ["Comfortable with epidural.", "Feeling pressure.", "Pt coping well, requesting epidural.", "Feeling ctx more strongly."]),
                       "O: " + vitals_line(r, c, 3),
                       "   SVE: %s (prev %s at %s)" % (cervix(r, c), cervix(r, c), ftime(r)),
                       "   " + fhr_line(r, c), "   " + toco_line(r),
                       "   Pitocin at %d mU/min" % r.randrange(2, 20) if chance(r, .6) else "   No pitocin",
                       "A/P: %dyo %s @ %s %s" % (c.age, c.Gstr, c.gastr, pick(r, ["in active labor, progressing appropriately", "IOL, latent phase",
                                                                                  "s/p AROM, slow progress, will place IUPC", "complete, pushing"])),
                       "- %s" % pick(r, ["Continue expectant management", "Titrate pitocin", "Reposition, IVF bolus", "Anticipate SVD"]),
                       "- GBS %s%s" % (c.gbs, ", PCN started" if c.gbs == "positive" else ""),
                       "- Attending %s aware" % A.last, "", sigblock(r, c, pick(r, [c.res, c.cnm]))])
        return t, c
    if lay == 2:  # postpartum day note
        pod = r.randrange(1, 3)
        cs = c.mode != "SVD"
        t = sections(r, [
            (None, "%s - %s" % (pick(r, ["Postpartum Progress Note", "PPD#%d" % pod, "POD #%d Note" % pod, "Daily Progress Note"]), fdate(c.date + TD(days=pod)))),
            (None, id_block(r, c, 2)),
            ("S", "%s. Pain %s. %s. Lochia %s. %s." % (pick(r, ["No acute events overnight", "Doing well", "Slept poorly"]),
                                                      pick(r, ["controlled", "4/10", "well controlled on PO meds"]),
                                                      "+flatus, tolerating regular diet" if cs else "Voiding without difficulty",
                                                      pick(r, ["decreasing", "moderate", "small"]), pick(r, ["Breastfeeding", "Bottle feeding", "Pumping for NICU baby"]))),
            ("O", vitals_line(r, c) + "\nFundus firm, %s\n%s\nExt: no calf tenderness" % (pick(r, ["U-1", "at umbilicus", "2 below U"]),
                                                                                           "Incision: c/d/i, dressing removed" if cs else "Perineum: healing, mild edema")),
            ("Labs", "Hgb %.1f (from %.1f)" % (c.hgb - r.uniform(0.5, 2.0), c.hgb)),
            ("A/P", "%dyo %s PPD/POD#%d s/p %s\n- %s\n- %s\n- Dispo: %s" % (c.age, c.Gstr, pod, "NSVD" if not cs else "C/S",
                                                                            c.s["dx"], "Rh %s, rubella %s" % (c.rh, c.rubella),
                                                                            pick(r, ["anticipate d/c tomorrow", "home today", "home POD 3"]))),
            (None, sigblock(r, c, pick(r, [c.res, c.cnm, A])))], inline=True)
        return t, c
    if lay == 3:  # 6 week postpartum visit narrative
        t = wrap("%s\n%s\n\nDATE OF SERVICE: %s\n\n%s is a %d-year-old %s seen today for her %s postpartum visit following %s on %s. "
                 "She reports %s. Bleeding has %s. She is %s. Edinburgh score today is %d. Contraception: %s.\n\n"
                 "EXAMINATION: %s. Breasts %s. Abdomen soft%s. Pelvic: %s.\n\nASSESSMENT: Routine postpartum exam. %s.\n\n"
                 "PLAN: %s\n\n%s" % (letterhead(r, c, c.clinic), id_block(r, c, 4), fdate(c.date + TD(days=42)), c.first, c.age, c.Gstr,
                                     pick(r, ["6-week", "comprehensive", "routine"]),
                                     "vaginal delivery" if c.mode == "SVD" else "cesarean delivery", fdate(c.date),
                                     pick(r, ["feeling well", "fatigue but good support at home", "some anxiety, sleeping poorly"]),
                                     pick(r, ["stopped", "nearly resolved", "been light spotting only"]),
                                     pick(r, ["exclusively breastfeeding", "formula feeding", "combination feeding"]), r.randrange(0, 14),
                                     pick(r, ["Nexplanon desired, placed today", "combined pill not recommended while breastfeeding; POP started",
                                              "Mirena scheduled", "declines"]),
                                     vitals_line(r, c, 0), pick(r, ["without masses", "lactating, no erythema"]),
                                     ", incision well healed" if c.mode != "SVD" else "",
                                     pick(r, ["perineum well healed, uterus normal size", "deferred", "normal"]), c.s["dx"] + " - resolved" if c.s["key"] != "normal" else "Uncomplicated",
                                     pick(r, ["Return to annual care.", "2-hour GTT ordered." if c.s["key"].startswith("gdm") else "Pap due next year.",
                                              "Referral to behavioral health given EPDS.", "Resume activity as tolerated."]), sigblock(r, c)))
        return t, c
    if lay == 4:  # antepartum daily
        c.s = dict(pick(r, [s for s in OB_SCEN if s["key"] in ("pprom", "ptl", "pec", "pecsf", "fgr")]))
        hd = r.randrange(2, 14)
        t = "\n".join(["Antepartum Progress Note  HD#%d  %s" % (hd, fdate(c.date + TD(days=hd))), id_block(r, c, 0), "",
                       "%dyo %s @ %s (admitted at %s) with %s" % (c.age, c.Gstr, c.gastr, "%dw" % max(24, c.ga_w - hd // 7), c.s["dx"].lower()),
                       "", "Subjective: " + pick(r, ["No complaints.", "Leaking small amounts of clear fluid, +FM, no ctx.", "Mild HA resolved with tylenol.", "Bored, wants to go home."]),
                       "Objective: Tmax %s  %s" % (c.temp, vitals_line(r, c, 3)),
                       "  NST: %s" % pick(r, ["reactive", "reactive, no decels", "nonreactive -> BPP 8/8"]),
                       "  Labs: WBC %.1f  Hgb %.1f  Plt %d" % (c.wbc, c.hgb, c.plt), "",
                       "Assessment/Plan:", "\n".join("  %d) %s" % (i + 1, p) for i, p in enumerate(plan_ob(r, c))),
                       "  Dispo: continue inpatient; NICU consult done", "", sigblock(r, c, pick(r, [c.res, A, c.mfm]))])
        return t, c
    if lay == 5:  # post-op gyn note
        t = "\n".join([pick(r, ["GYN POST-OP CHECK", "Post-operative Day 1", "GYN Progress Note"]), fdate(c.date + TD(days=1)), pname(c, r, 0) + "  " + c.mrn, "",
                       "POD#1 s/p %s" % c.s["proc"].lower(),
                       "S: %s" % pick(r, ["Pain controlled. Ambulated x2. Tolerating clears.", "Nausea overnight, better now. Foley out, voided.", "No complaints."]),
                       "O: " + vitals_line(r, c, 1), "   Abd soft, appropriately tender, %s" % pick(r, ["port sites c/d/i", "incision c/d/i", "ND"]),
                       "   I/O: %d/%d" % (r.randrange(1200, 2800), r.randrange(900, 2400)), "   Hgb %.1f" % (c.hgb - 0.8),
                       "A/P: Doing well. Advance diet, d/c foley, SCDs, ambulate. Anticipate discharge %s." % pick(r, ["today", "tomorrow"]),
                       "", sigblock(r, c, c.res)])
        return t, c
    if lay == 6:  # MFM follow-up / outpatient problem oriented
        t = sections(r, [(None, letterhead(r, c, "Summit Perinatal Associates" if chance(r, .5) else c.hosp, "Maternal-Fetal Medicine")),
                         (None, id_block(r, c, 1)), ("Date", fdate(c.date)), ("Referring", c.att.full(r, 1)),
                         ("Interval history", "%s. Seen in follow-up for %s." % (pick(r, ["No new complaints", "Feeling well", "Reports good glucose control"]), c.s["dx"].lower())),
                         ("Ultrasound today", "EFW %d g (%d%%ile), AFI %.1f cm, UA S/D %.1f" % (c.bw - r.randrange(200, 700), r.randrange(5, 70), r.uniform(7, 18), r.uniform(2.0, 3.2))),
                         ("Impression", c.s["dx"] + " at " + ga_text(c, r)),
                         ("Recommendations", "\n".join("%d. %s" % (i + 1, p) for i, p in enumerate(plan_ob(r, c)))),
                         (None, sigblock(r, c, c.mfm))])
        return t, c
    # annual/problem gyn follow up
    t = wrap("%s\n%s   %s\n\nCC: %s\n%s %s here for follow-up of %s. %s\n\nMeds: %s\nAllergies: %s\n\n%s\nExam: %s\n\n"
             "Impression/Plan:\n1. %s - %s\n2. Health maintenance: %s\n\n%s" % (
                 c.clinic, pname(c, r, 1), fdate(c.date), pick(r, ["f/u", "follow up visit", "results review"]), c.age, pick(r, ["y/o", "yo F", "year old"]),
                 c.s["dx"].lower(), c.s["hpi"].capitalize() + ".", "; ".join(c.s["meds"]) or "none", c.allergy, vitals_line(r, c, 2),
                 pick(r, ["NAD. Abd soft NT. Pelvic exam deferred.", "Pelvic: normal vulva/vagina, cervix without lesions.", "Uterus enlarged, irregular, nontender."]),
                 c.s["dx"], pick(r, ["discussed options, she elects surgery: " + c.s["proc"].lower(), "continue current management, RTC 3 months",
                                     "pre-op visit scheduled"]),
                 pick(r, ["mammogram ordered", "pap/HPV up to date", "colonoscopy referral", "flu shot given"]), sigblock(r, c)))
    return t, c


# ================================================================= 4 consult_note
def g_consult_note(r):
    lay = r.randrange(7)
    c = make_ctx(r, "gyn" if lay == 3 else "ob")
    A = c.att
    specs = [("Maternal-Fetal Medicine", c.mfm), ("Cardiology", Prov(r, "MD", "Cardiology")), ("Gynecologic Oncology", Prov(r, "MD", "Gynecologic Oncology")),
             ("Neonatology", Prov(r, "MD", "Neonatology")), ("Anesthesiology", c.anes), ("Perinatal Psychiatry", Prov(r, "MD", "Psychiatry")),
             ("Hematology", Prov(r, "MD", "Hematology")), ("Genetic Counseling", Prov(r, "MS, CGC", "Genetics"))]
    spec, P = specs[lay] if lay < len(specs) else specs[0]
    reason = {0: c.s["dx"].lower(), 1: pick(r, ["palpitations and tachycardia", "new murmur", "dyspnea at %d weeks" % c.ga_w]),
              2: "complex adnexal mass, elevated CA-125" if chance(r, .5) else "atypical endometrial hyperplasia",
              3: "anticipated preterm delivery at %s" % ga_text(c, r), 4: pick(r, ["BMI %d, anticipated difficult airway" % r.randrange(42, 58), "thrombocytopenia and neuraxial planning", "history of spinal fusion"]),
              5: pick(r, ["depression in pregnancy", "history of bipolar disorder", "elevated EPDS postpartum"]),
              6: "thrombocytopenia, platelets %dK" % r.randrange(62, 110)}.get(lay, "")
    if lay == 3:
        c.s = dict(pick(r, [s for s in GYN_SCEN if s["key"] in ("cyst", "pmb")]))
        reason = c.s["dx"].lower()
    recs = {0: plan_ob(r, c),
            1: ["Transthoracic echocardiogram", "Holter monitor 24 h", "No contraindication to vaginal delivery; epidural recommended", "Avoid prolonged Valsalva if EF reduced"],
            2: ["CT chest/abdomen/pelvis", "Proceed with robotic staging if frozen section malignant", "Genetic testing referral (BRCA/Lynch)"],
            3: ["Counseling provided on survival and morbidity at this gestation", "Betamethasone and magnesium neuroprotection recommended", "NICU team will attend delivery"],
            4: ["Early neuraxial labor analgesia recommended", "Platelets >70K acceptable for neuraxial", "Video laryngoscope available for L&D OR"],
            5: ["Continue sertraline 50 mg daily; compatible with breastfeeding", "Safety plan reviewed; no SI", "Follow-up perinatal psychiatry in 2 weeks"],
            6: ["Findings most consistent with gestational thrombocytopenia", "Repeat CBC weekly", "No contraindication to neuraxial if >70K"],
            7: ["Cell-free DNA offered; patient %s" % pick(r, ["accepts", "declines"]), "Carrier screening: %s" % pick(r, ["negative", "SMA carrier, partner testing recommended"]), "Detailed anatomy scan at 20 weeks"]}[lay]
    if lay == 2:
        c.s = dict(pick(r, [s for s in GYN_SCEN if s["key"] in ("cyst", "pmb")]))
    hpi = "%d-year-old %s %s referred by %s for %s. %s" % (c.age, c.Gstr, ("at " + ga_text(c, r)) if c.kind == "ob" and lay not in (2, 3) else "",
                                                         A.full(r, 2), reason, (c.s["hpi"].capitalize() + ".") if lay in (0, 2, 3) else "Pregnancy is otherwise notable for %s." % c.s["dx"].lower())
    st = r.randrange(4)
    if st == 0:
        t = sections(r, [(None, letterhead(r, c, dept=spec)), (None, pick(r, ["CONSULTATION", spec.upper() + " CONSULTATION", "Consult Note", "Inpatient Consultation"])),
                         (None, id_block(r, c)), ("Date of consultation", fdate(c.date)), ("Requesting physician", A.full(r, 0)),
                         ("Reason for consultation", reason.capitalize()), ("History of present illness", wrap(hpi)),
                         ("Medications", med_lines(r, c)), ("Allergies", c.allergy),
                         ("Physical examination", vitals_line(r, c) + "\n" + (exam_ob(r, c) if c.kind == "ob" else "Abdomen soft; pelvic exam as above")),
                         ("Impression", "%s." % reason.capitalize()),
                         ("Recommendations", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(recs))),
                         (None, "Thank you for this consultation. We will follow along."), (None, sigblock(r, c, P))])
    elif st == 1:
        t = wrap("%s\n\n%s\n%s\n\nDear Dr. %s,\n\nI had the pleasure of seeing %s in %s consultation on %s. As you know, she is a %s\n\n"
                 "On examination, %s.\n\nIMPRESSION: %s\n\nRECOMMENDATIONS:\n%s\n\nThank you for allowing me to participate in her care.\n\n"
                 "Sincerely,\n\n%s\n%s" % (letterhead(r, c, dept=spec), fdate(c.date, 2), id_block(r, c, 5), A.last, c.first + " " + c.last,
                                           spec, fdate(c.date, 2), hpi, vitals_line(r, c, 0).lower(), reason.capitalize(),
                                           "\n".join("- " + x for x in recs), P.full(r, 1), spec))
    elif st == 2:
        t = "\n".join(["%s CONSULT NOTE  %s %s" % (spec.upper(), fdate(c.date, 1), ftime(r)), "%s  %s  %dF" % (pname(c, r, 0), c.mrn, c.age),
                       "Consult requested by: %s  Reason: %s" % (A.short(), reason), "", "HPI: " + wrap(hpi),
                       "PMH: " + pick(r, ["as above", "none", "asthma", "anxiety"]), "Meds: " + "; ".join(c.s["meds"] or ["none"]),
                       "All: " + c.allergy, "Exam: " + vitals_line(r, c, 3), "Data: Hgb %.1f Plt %d Cr 0.%d" % (c.hgb, c.plt, r.randrange(4, 9)), "",
                       "A/P: " + reason])
        t = t + "\n" + "\n".join("  - " + x for x in recs) + "\n\n" + sigblock(r, c, P)
    else:
        t = sections(r, [(None, c.hosp), (None, "Consultation Report"), (None, id_block(r, c, 3)),
                         ("Consultant", "%s, %s" % (P.full(r, 1), spec)), ("Referring", A.full(r, 1)), ("Date", fdate(c.date)),
                         ("HPI", wrap(hpi)), ("Assessment", wrap("In summary, this is a %d-year-old with %s. %s" % (c.age, reason, pick(r, [
                             "Overall risk is moderate.", "Findings were discussed in detail with the patient and her partner.", "She appears to understand and agrees with the plan."])))),
                         ("Plan", "\n".join("* " + x for x in recs)),
                         (None, "Time spent: %d minutes, >50%% counseling." % r.randrange(30, 90)), (None, sigblock(r, c, P))])
    return t, c


# ================================================================= 5 operative_note
def cs_body(r, c):
    skin = pick(r, ["Pfannenstiel", "Pfannenstiel", "low transverse (Joel-Cohen)", "vertical midline"])
    rep = c.mode == "RLTCS"
    return wrap(
        "The patient was taken to the operating room where %s anesthesia was found to be adequate. She was placed in the dorsal supine "
        "position with leftward tilt and prepped and draped in the normal sterile fashion. A Foley catheter was %s. A %s skin incision "
        "was made with the scalpel and carried through to the underlying fascia%s. The fascia was incised in the midline and extended "
        "laterally with Mayo scissors. The rectus muscles were separated in the midline and the peritoneum entered bluntly. "
        "The bladder blade was inserted. A low transverse hysterotomy was made with the scalpel and extended bluntly. "
        "The infant was delivered from the %s position %s. The cord was clamped %s and cut, and the infant handed to the waiting "
        "pediatric team. Cord blood was collected. The placenta was delivered %s. The uterus was %s and cleared of all clots and debris. "
        "The hysterotomy was closed with %s in a running locked fashion, with a second imbricating layer. Hemostasis was assured. "
        "Bilateral tubes and ovaries were %s. The fascia was closed with 0 PDS in a running fashion. The subcutaneous tissue was "
        "%s and the skin closed with %s. Sponge, lap, and needle counts were correct x2. The patient tolerated the procedure well "
        "and was taken to recovery in stable condition." % (
            pick(r, ["spinal", "epidural", "combined spinal-epidural"]), pick(r, ["already in place", "placed"]), skin,
            " through the prior scar, which was excised" if rep else "",
            "breech" if c.s["key"] == "breech" else pick(r, ["occiput anterior", "occiput posterior", "vertex", "LOT"]),
            pick(r, ["atraumatically", "with fundal pressure", "with the aid of a vacuum extractor", "without difficulty"]),
            pick(r, ["after 60 seconds of delayed cord clamping", "x2", "after 30 seconds"]),
            pick(r, ["with gentle traction", "manually", "spontaneously"]), pick(r, ["exteriorized", "left in situ"]),
            pick(r, ["1-0 chromic", "0-Vicryl", "0 Monocryl"]),
            pick(r, ["normal in appearance", "inspected and normal"]) if c.s["key"] != "rcs" or chance(r, .6) else "removed (bilateral salpingectomy) per patient request",
            pick(r, ["irrigated and reapproximated with 3-0 plain", "irrigated; less than 2 cm, not closed"]),
            pick(r, ["4-0 Monocryl subcuticular", "staples", "4-0 Vicryl and Dermabond"])))


def gyn_body(r, c):
    k = c.s["key"]
    lap = "laparoscop" in c.s["proc"].lower()
    if lap:
        entry = ("After adequate general endotracheal anesthesia, the patient was placed in dorsal lithotomy in Allen stirrups. "
                 "Exam under anesthesia revealed %s. She was prepped and draped in sterile fashion. A %s uterine manipulator was placed "
                 "and a Foley inserted. A %d-mm umbilical incision was made and the abdomen entered under direct visualization with "
                 "an optical trocar. Pneumoperitoneum was obtained to 15 mmHg. Two %d-mm lateral ports were placed under visualization. "
                 % (pick(r, ["an anteverted uterus of normal size", "a mobile uterus", "an enlarged irregular uterus"]),
                    pick(r, ["RUMI", "Hulka", "V-Care"]), pick(r, [5, 10, 12]), pick(r, [5, 5, 8])))
    elif k in ("aub", "pmb", "missab", "hsil"):
        entry = ("The patient was brought to the operating room and %s anesthesia was administered. She was placed in dorsal lithotomy "
                 "and prepped and draped in the usual sterile manner. A weighted speculum was placed and the anterior lip of the cervix "
                 "grasped with a single-tooth tenaculum. " % pick(r, ["general LMA", "MAC", "paracervical block with IV sedation"]))
    else:
        entry = ("Under general anesthesia the patient was placed in high lithotomy, prepped and draped. The bladder was drained. ")
    find = {"fibroid": "Uterus enlarged to approximately 14-week size with multiple fibroids; normal-appearing ovaries. The uterine arteries were "
                       "skeletonized and sealed with LigaSure. A colpotomy was performed and the specimen removed vaginally. The cuff was closed "
                       "with 0-V-Loc.",
            "cyst": "A 6 cm right ovarian cyst was noted; the left adnexa and uterus were normal. The cyst was shelled out intact and "
                    "placed in an Endo Catch bag, drained and removed through the umbilicus without spillage. Ovarian bed hemostasis with bipolar.",
            "endo": "Powder-burn and clear vesicular lesions on the left uterosacral ligament and posterior cul-de-sac; stage II disease. "
                    "Lesions were excised with monopolar scissors and sent to pathology. Ureters visualized peristalsing.",
            "aub": "The uterus sounded to %d cm. The cervix was dilated to %d Pratt. The hysteroscope was introduced with normal saline "
                   "distension: a %d cm posterior fundal polyp was seen and removed with the MyoSure device. Sharp curettage performed. "
                   "Fluid deficit %d mL." % (r.randrange(7, 10), r.randrange(17, 23), r.randrange(1, 3), r.randrange(50, 400)),
            "pmb": "The uterus sounded to %d cm. Hysteroscopy showed thickened irregular endometrium without discrete lesion. Thorough "
                   "sharp curettage was performed. Fluid deficit %d mL." % (r.randrange(6, 9), r.randrange(50, 300)),
            "hsil": "Lugol's solution applied revealing a non-staining area at 11-2 o'clock extending into the canal. A %d x %d mm loop "
                    "was used to excise the transformation zone in a single pass, followed by a top-hat endocervical pass. Ball cautery "
                    "and Monsel's for hemostasis." % (pick(r, [15, 20]), pick(r, [8, 10])),
            "prolapse": "Circumferential incision around the cervix; anterior and posterior cul-de-sacs entered. Uterosacral and cardinal "
                        "ligaments clamped, cut and suture ligated. Uterus removed. High uterosacral ligament suspension performed with "
                        "cystoscopy confirming bilateral ureteral efflux. Anterior and posterior colporrhaphy completed.",
            "ectopic": "Approximately %d mL of hemoperitoneum was evacuated. A ruptured right ampullary ectopic pregnancy was identified. "
                       "The mesosalpinx was serially cauterized and transected with LigaSure and the tube removed in a bag. The left tube "
                       "and both ovaries were normal." % r.randrange(300, 900),
            "missab": "The cervix was serially dilated with Pratt dilators to %d. A %d mm suction cannula was inserted and suction "
                      "curettage performed until a gritty texture was noted. Gentle sharp curettage confirmed an empty cavity." % (
                          r.randrange(23, 29), r.randrange(7, 10)),
            "steril": "Uterus, ovaries and tubes normal. Each fallopian tube was grasped at the fimbriated end and the mesosalpinx serially "
                      "coagulated and divided to the cornua. Both tubes were removed through the umbilical port."}[k]
    close = ("All instruments were removed. %s Counts were correct x2. The patient was awakened and taken to PACU in stable condition."
             % ("Pneumoperitoneum released and fascia at the 10-12 mm site closed with 0-Vicryl; skin closed with 4-0 Monocryl and Dermabond." if lap else "Hemostasis was noted."))
    return wrap(entry + find + " " + close)


def g_operative_note(r):
    lay = r.randrange(7)
    if lay in (0, 1, 2):
        c = make_ctx(r, "ob")
        if c.mode == "SVD":
            c.mode = pick(r, ["PLTCS", "RLTCS"])
        proc = OB_SURG[c.mode]
        pre = "IUP at %s; %s" % (ga_text(c, r), c.s["dx"] if c.mode == "PLTCS" or c.s["key"] == "rcs" else "prior cesarean, desires repeat")
        post = "Same, delivered"
        findings = "Viable %s infant from %s presentation, weight %d g, Apgars %d/%d. %s amniotic fluid. Normal uterus, tubes and ovaries." % (
            c.sex, "breech" if c.s["key"] == "breech" else "vertex", c.bw, c.ap1, c.ap5, pick(r, ["Clear", "Clear", "Meconium-stained"]))
        body = cs_body(r, c)
        ebl = c.ebl
        anes = pick(r, ["Spinal", "Epidural", "CSE", "General endotracheal"])
    else:
        c = make_ctx(r, "gyn")
        proc = c.s["proc"]
        pre = c.s["dx"]
        post = c.s["dx"] if chance(r, .7) else c.s["dx"] + ", " + pick(r, ["same", "confirmed"])
        findings = body_find = None
        findings = pick(r, ["As described below.", "See operative description.", c.s["hpi"].capitalize() + "; findings as expected."])
        body = gyn_body(r, c)
        ebl = r.randrange(*c.s["ebl"])
        anes = pick(r, ["General endotracheal", "General (LMA)", "MAC with paracervical block", "Spinal"])
    A, asst = c.att, pick(r, [c.res, Prov(r, "MD"), Prov(r, "PA-C", "Surgery"), "None"])
    asst_s = asst if isinstance(asst, str) else asst.full(r, 1)
    fields = [("Date of Surgery", fdate(c.date)), ("Preoperative Diagnosis", pre), ("Postoperative Diagnosis", post),
              ("Procedure", proc), ("Surgeon", A.full(r, 0)), ("Assistant", asst_s), ("Anesthesia", anes),
              ("Anesthesiologist", c.anes.full(r, 1)), ("Estimated Blood Loss", "%d mL" % ebl),
              ("Fluids", "%d mL LR" % r.randrange(800, 3000, 100)), ("Urine Output", "%d mL, clear" % r.randrange(50, 600, 25)),
              ("Specimens", "Placenta to %s" % pick(r, ["L&D", "pathology"]) if c.kind == "ob" else c.s["spec"]),
              ("Drains", pick(r, ["None", "Foley to gravity"])), ("Complications", pick(r, ["None", "None apparent", "None"])),
              ("Findings", findings), ("Indications", wrap("%d yo %s with %s." % (c.age, c.Gstr, c.s["hpi"]))),
              ("Description of Procedure", body), ("Condition", pick(r, ["Stable to PACU", "Good", "Stable"])),
              ("Disposition", pick(r, ["PACU then Mother-Baby", "PACU", "Home same day", "Floor"]))]
    if lay in (0, 3):
        t = sections(r, [(None, letterhead(r, c, c.hosp, "Department of Obstetrics & Gynecology")),
                         (None, pick(r, ["OPERATIVE REPORT", "OPERATIVE NOTE", "Operation Report", "Brief Op Note"])),
                         (None, id_block(r, c))] + fields + [(None, sigblock(r, c))])
    elif lay in (1, 4):
        keys = ["Preoperative Diagnosis", "Postoperative Diagnosis", "Procedure", "Surgeon", "Assistant", "Anesthesia",
                "Estimated Blood Loss", "Specimens", "Complications", "Findings"]
        fd = dict(fields)
        abbrev = {"Preoperative Diagnosis": "PRE-OP DX", "Postoperative Diagnosis": "POST-OP DX", "Procedure": "PROCEDURE",
                  "Surgeon": "SURGEON", "Assistant": "ASSIST", "Anesthesia": "ANES", "Estimated Blood Loss": "EBL",
                  "Specimens": "SPECIMENS", "Complications": "COMPLICATIONS", "Findings": "FINDINGS"}
        t = "\n".join(["%s   %s   %s" % (pname(c, r, 0), c.mrn, fdate(c.date))] + [pick(r, ["BRIEF OPERATIVE NOTE", "Immediate Post-Op Note", "Op note"])] +
                      ["%s: %s" % (abbrev[k], fd[k]) for k in keys] +
                      ["Full dictation to follow." if chance(r, .5) else "Pt stable to PACU.", "", sigblock(r, c, pick(r, [A, c.res]))])
    elif lay in (2, 5):
        t = wrap("%s\n\nPATIENT: %s\nMR#: %s\nDATE OF OPERATION: %s\n\nSURGEON: %s\nASSISTANT: %s\n\nPREOPERATIVE DIAGNOSIS: %s\n"
                 "POSTOPERATIVE DIAGNOSIS: %s\n\nOPERATION: %s\n\nANESTHESIA: %s\n\nINDICATIONS: %s Risks, benefits, and alternatives were "
                 "discussed and informed consent was obtained.\n\nFINDINGS: %s\n\nPROCEDURE IN DETAIL: %s\n\nESTIMATED BLOOD LOSS: %d mL.\n"
                 "COMPLICATIONS: None.\n\n%s" % (c.hosp.upper(), pname(c, r, 0), c.mrn, fdate(c.date, 2), A.full(r, 0), asst_s, pre, post,
                                                 proc.upper(), anes, "%d-year-old %s with %s." % (c.age, c.Gstr, c.s["hpi"]), findings, body,
                                                 ebl, sigblock(r, c)))
    else:
        # OB delivery note (operative vaginal) or gyn with timeline
        if c.kind == "ob":
            c.mode = "VAVD"
            t = "\n".join([pick(r, ["OPERATIVE VAGINAL DELIVERY NOTE", "Delivery Note - Vacuum Assisted", "VACUUM DELIVERY"]), id_block(r, c, 2),
                           "Date/Time of delivery: %s %s" % (fdate(c.date), ftime(r)), "",
                           wrap("Indication: %s. Prerequisites met: fully dilated, vertex at +%d station, %s position, membranes ruptured, "
                                "bladder emptied, adequate anesthesia (epidural), consent obtained. A %s vacuum was applied over the flexion "
                                "point. With %d pulls over %d minutes and no pop-offs, the fetal head was delivered, followed by the body. "
                                "Viable %s infant, %d g, Apgars %d and %d. Placenta delivered spontaneously, intact. %s laceration repaired "
                                "with 3-0 Vicryl. QBL %d mL. Pediatrics present at delivery. Counts correct." % (
                                    pick(r, ["Maternal exhaustion", "Prolonged second stage", "Category II tracing in second stage"]),
                                    r.randrange(2, 4), pick(r, ["OA", "ROA", "LOA"]), pick(r, ["Kiwi OmniCup", "Mityvac M-cup"]),
                                    r.randrange(2, 4), r.randrange(3, 12), c.sex, c.bw, c.ap1, c.ap5,
                                    pick(r, ["Second-degree", "First-degree", "Third-degree (3a)"]), c.ebl)),
                           "", sigblock(r, c)])
        else:
            t = "\n".join([c.hosp, "SURGICAL PROCEDURE RECORD", id_block(r, c, 1), "",
                           "In room %s  Anes start %s  Incision %s  Close %s  Out of room %s" % (ftime(r, 7), ftime(r, 7), ftime(r, 8), ftime(r, 9), ftime(r, 10)),
                           "Procedure(s): %s" % proc, "Dx: %s (%s)" % (pre, c.s["icd"]), "Wound class: %s" % pick(r, ["II clean-contaminated", "I clean"]),
                           "Surgeon: %s   Anesthesia: %s" % (A.full(r, 1), anes), "EBL %d mL   Specimen: %s" % (ebl, c.s["spec"]), "",
                           "OPERATIVE FINDINGS AND TECHNIQUE:", body, "", sigblock(r, c)])
    return t, c


# ================================================================= 6 procedure_note
def g_procedure_note(r):
    lay = r.randrange(9)
    if lay in (0, 1, 8):
        c = make_ctx(r, "gyn")
    else:
        c = make_ctx(r, "ob")
    A = c.att
    tmo = "Time-out performed, correct patient and procedure verified."
    if lay == 0:  # colposcopy
        c.s = dict([s for s in GYN_SCEN if s["key"] == "hsil"][0])
        t = sections(r, [(None, letterhead(r, c, c.clinic)), (None, pick(r, ["COLPOSCOPY", "Colposcopy Procedure Note", "Office Procedure: Colposcopy with biopsies"])),
                         (None, id_block(r, c)), ("Date", fdate(c.date)),
                         ("Indication", pick(r, ["HSIL pap", "ASC-H", "LSIL, HPV 16/18 positive", "Persistent HPV positive, NILM x2"])),
                         ("Pre-procedure", "Urine hCG negative. Consent signed. " + tmo),
                         ("Procedure", wrap("Speculum placed. Cervix visualized; %s. 3-5%% acetic acid applied. Transformation zone %s. "
                                            "Acetowhite epithelium noted at %s o'clock with %s. Biopsies taken at %s. ECC %s. Hemostasis with Monsel's."
                                            % (pick(r, ["nulliparous os", "parous os"]), pick(r, ["fully visualized (type 1)", "partially visualized (type 2)"]),
                                               pick(r, ["12", "11-1", "3 and 6", "10"]), pick(r, ["punctation", "mosaicism", "dense acetowhite change, coarse punctation"]),
                                               pick(r, ["12 and 3", "11", "6"]), pick(r, ["performed", "performed", "not performed (pregnant)"])))),
                         ("Impression", pick(r, ["Adequate colposcopy, c/w high-grade lesion", "Low-grade changes", "Satisfactory, impression CIN 2-3"])),
                         ("Plan", "Follow-up biopsy results in 1-2 weeks; %s" % pick(r, ["LEEP if CIN 2+", "repeat co-test 1 year", "discuss at visit"])),
                         (None, sigblock(r, c))])
        return t, c
    if lay == 1:  # EMB / IUD / Nexplanon
        which = r.randrange(3)
        if which == 0:
            desc = ("Endometrial biopsy", "Postmenopausal bleeding" if c.age > 50 else "Abnormal uterine bleeding, age >45",
                    "Speculum placed, cervix cleansed with Betadine. Tenaculum applied to anterior lip. Pipelle inserted to %d cm and %d passes made with "
                    "adequate tissue obtained. Tenaculum removed, hemostasis noted." % (r.randrange(6, 9), r.randrange(2, 5)))
        elif which == 1:
            desc = ("IUD insertion (%s)" % pick(r, ["Mirena LNG-IUS 52 mg", "Kyleena 19.5 mg", "Paragard T380A"]), "Desires contraception",
                    "Bimanual: uterus anteverted, normal size. Speculum placed, cervix prepped. Tenaculum placed. Uterus sounded to %d cm. IUD placed to "
                    "fundus per manufacturer instructions without difficulty; strings trimmed to 3 cm. Lot #%s." % (r.randrange(6, 9), "%s%04d" % (pick(r, ["TU", "LX", "PG"]), r.randrange(9999))))
        else:
            desc = ("Etonogestrel implant (Nexplanon) insertion", "Desires contraception",
                    "Left non-dominant arm, inner upper arm 8-10 cm above medial epicondyle marked. Prepped, 2 mL 1%% lidocaine. Implant inserted subdermally "
                    "using preloaded applicator. Palpated by provider and patient. Pressure dressing applied. Lot %s, exp %s." % ("N%05d" % r.randrange(99999), fdate(c.date + TD(days=700), 1)))
        t = "\n".join([c.clinic, pick(r, ["PROCEDURE NOTE", "Office Procedure", "Procedure"]) + ": " + desc[0], id_block(r, c, 4), "Date: " + fdate(c.date), "",
                       "Indication: " + desc[1], "Consent: verbal and written consent obtained; risks incl bleeding, infection, perforation reviewed.",
                       "UPT: negative" if c.age < 52 else "", tmo, "", wrap(desc[2]), "",
                       "EBL: minimal   Complications: none   Pt tolerated well.", "", sigblock(r, c, pick(r, [A, Prov(r, "WHNP-BC", "Women's Health")]))])
        return t, c
    if lay == 2:  # NST
        react = chance(r, .8)
        t = "\n".join([pick(r, ["ANTEPARTUM TESTING UNIT", "Fetal Assessment Center - " + c.hosp, "NONSTRESS TEST", "NST Interpretation"]),
                       id_block(r, c, 0), "Date: %s   GA: %s   Indication: %s" % (fdate(c.date), ga_text(c, r), c.s["dx"]), "",
                       "Start %s  Stop %s   Duration %d min" % (ftime(r, 9), ftime(r, 10), pick(r, [20, 20, 30, 40])),
                       "Baseline FHR: %d bpm" % r.randrange(120, 155, 5), "Variability: %s" % pick(r, ["moderate (6-25)", "moderate", "minimal"] if not react else ["moderate (6-25)", "moderate"]),
                       "Accelerations: %s" % ("%d x 15x15" % r.randrange(2, 6) if react else "none"),
                       "Decelerations: %s" % pick(r, ["none", "none", "one variable, brief"]), "Contractions: %s" % pick(r, ["none", "irregular", "uterine irritability"]),
                       "AFI: %.1f cm" % r.uniform(5, 18) if chance(r, .5) else "", "",
                       "Interpretation: %s" % ("REACTIVE NST" if react else "NONREACTIVE - BPP performed: %d/8" % pick(r, [8, 8, 6])),
                       "Plan: %s" % pick(r, ["Continue twice weekly testing", "Return in 3-4 days", "Sent to L&D for further evaluation" if not react else "RTC as scheduled"]),
                       "", sigblock(r, c, pick(r, [c.mfm, A, c.cnm]))])
        return t, c
    if lay == 3:  # amniocentesis / ECV
        if chance(r, .5):
            t = sections(r, [(None, letterhead(r, c, dept="Maternal-Fetal Medicine")), (None, pick(r, ["Genetic Amniocentesis", "AMNIOCENTESIS PROCEDURE NOTE"])),
                             (None, id_block(r, c)), ("GA", "%dw%dd" % (r.randrange(15, 21), r.randrange(7))),
                             ("Indication", pick(r, ["High-risk cell-free DNA for trisomy 21", "Abnormal anatomy scan", "Advanced maternal age, patient request"])),
                             ("Procedure", wrap("Consent obtained after genetic counseling. Under continuous ultrasound guidance, a 22-gauge spinal needle was "
                                                "inserted into a %s pocket avoiding the placenta. %d mL clear amniotic fluid obtained, first 2 mL discarded. "
                                                "FHR %d post-procedure. Single pass." % (pick(r, ["fundal", "left lower", "right upper"]), r.randrange(18, 30), r.randrange(135, 160)))),
                             ("Specimen", "Karyotype, microarray, AFP%s" % pick(r, ["", ", FISH"])),
                             ("Rh", "Rh %s%s" % (c.rh, "; RhoGAM given" if c.rh == "negative" else "")), (None, sigblock(r, c, c.mfm))])
        else:
            succ = chance(r, .55)
            t = "\n".join(["External Cephalic Version", id_block(r, c, 2), "Date %s  GA %s" % (fdate(c.date), ga_text(c, r)), "",
                           "Pre-procedure NST reactive. Terbutaline 0.25 mg SC given. US: frank breech, placenta %s, AFI %.1f." % (pick(r, ["anterior", "posterior", "fundal"]), r.uniform(9, 17)),
                           "Forward roll attempted x%d.  Result: %s" % (r.randrange(1, 3), "SUCCESSFUL, now vertex" if succ else "UNSUCCESSFUL"),
                           "Post-procedure NST reactive x 40 min. No bleeding or LOF.", "Rh %s%s" % (c.rh, " - RhIG given" if c.rh == "negative" else ""),
                           "Plan: %s" % ("await spontaneous labor" if succ else "schedule cesarean at 39 weeks"), "", sigblock(r, c)])
        return t, c
    if lay == 4:  # epidural placement
        t = "\n".join([pick(r, ["Labor Epidural Procedure Note", "NEURAXIAL PROCEDURE", "Anesthesia Procedure Note - Epidural"]), id_block(r, c, 0), "",
                       "Date/time: %s %s   Requested by: %s" % (fdate(c.date), ftime(r), A.short()),
                       "Indication: labor analgesia   Consent: signed, risks discussed (PDPH, failed block, infection, hematoma, nerve injury)",
                       "Plt: %d   Position: %s" % (c.plt, pick(r, ["sitting", "left lateral"])), tmo,
                       "Level: L%d-L%d  Approach: midline  Needle: 17g Tuohy  LOR to %s at %d cm" % (pick(r, [2, 3, 3]), pick(r, [3, 4, 4]), pick(r, ["saline", "air"]), r.randrange(4, 9)),
                       "Catheter: threaded easily, secured at %d cm at skin. Aspiration neg for blood/CSF." % r.randrange(9, 14),
                       "Test dose: lidocaine 1.5%% w/ epi 1:200k 3 mL, negative.",
                       "Infusion: %s" % pick(r, ["Bupivacaine 0.0625% + fentanyl 2 mcg/mL, PIEB 8 mL q45min, PCEA 8 mL", "Ropivacaine 0.1% + fentanyl 2 mcg/mL at 10 mL/h"]),
                       "Attempts: %d   Complications: none   Sensory level T%d bilat" % (r.randrange(1, 3), r.randrange(8, 11)), "", sigblock(r, c, pick(r, [c.anes, c.crna]))])
        return t, c
    if lay == 5:  # newborn circumcision
        c.sex = "male"
        t = "\n".join([c.hosp + " Newborn Nursery", pick(r, ["CIRCUMCISION NOTE", "Procedure Note: Neonatal Circumcision"]),
                       "Infant: Baby Boy %s   DOB %s   MRN %s" % (c.last, fdate(c.date), "%08d" % r.randrange(10 ** 7, 10 ** 8 - 1)), "",
                       "Consent signed by parent. Infant >12 hours of age, voided, vitamin K given. " + tmo,
                       wrap("Dorsal penile nerve block with 0.8 mL 1%% lidocaine without epinephrine. Sucrose pacifier. Prepped with Betadine. "
                            "Adhesions lysed. %s clamp applied for 5 minutes and foreskin excised. Hemostasis excellent. Vaseline gauze applied."
                            % pick(r, ["1.3 Gomco", "1.1 Gomco", "Mogen"])), "EBL minimal. Complications: none.", "", sigblock(r, c, A)])
        return t, c
    if lay == 6:  # cervical ripening / IUPC / amnioinfusion
        p = r.randrange(3)
        nm = ["Cervical ripening balloon placement", "IUPC / FSE placement", "Amnioinfusion"][p]
        d = ["Cervix %s. Under direct visualization/digital guidance a Foley catheter was passed through the internal os, balloon inflated with 60 mL saline and placed on gentle traction." % cervix(r, c),
             "SVE %s. AROM performed: %s fluid. IUPC placed without difficulty, good tracing. FSE applied to fetal scalp." % (cervix(r, c), pick(r, ["clear", "light meconium"])),
             "For recurrent variable decelerations, amnioinfusion begun via IUPC with NS 250 mL bolus then 125 mL/h."][p]
        t = "\n".join([pick(r, ["Procedure note", "L&D Procedure", nm]) + " - " + fdate(c.date) + " " + ftime(r), "%s  %s  %s" % (pname(c, r, 1), c.Gstr, c.gastr),
                       "Procedure: " + nm, "Indication: " + pick(r, ["IOL, unfavorable cervix", "inadequate contraction pattern", "Category II FHR tracing"]),
                       "Consent: verbal", wrap(d[p]), fhr_line(r, c), "Tolerated well.", sigblock(r, c, pick(r, [c.res, c.cnm]))])
        return t, c
    if lay == 7:  # newborn hearing screen / bedside US
        t = "\n".join([c.hosp, "Bedside Ultrasound (limited OB)", id_block(r, c, 0), "Date: %s" % fdate(c.date), "Performed by: %s" % c.res.full(r, 1), "",
                       "Indication: %s" % pick(r, ["confirm presentation", "decreased FM", "presentation on admission"]),
                       "Findings: single IUP, %s presentation, FHR %d, placenta %s, AFI/MVP %s" % ("breech" if c.s["key"] == "breech" else "vertex", r.randrange(125, 160),
                                                                                             pick(r, ["anterior", "posterior", "fundal"]), pick(r, ["adequate", "MVP 4.1 cm", "AFI 11"])),
                       "This is a limited exam, not a substitute for formal sonography.", sigblock(r, c, c.res)])
        return t, c
    # lay 8: office pessary fitting / vulvar biopsy / I&D Bartholin
    p = r.randrange(3)
    nm = ["Pessary fitting", "Vulvar punch biopsy", "Bartholin gland abscess I&D with Word catheter"][p]
    d = ["Patient voided. Ring with support pessary size %d fitted; patient ambulated, Valsalva and voided with pessary in place without expulsion." % r.randrange(2, 6),
         "Area of %s on left labium majus. 1%% lidocaine infiltrated. 4 mm punch biopsy obtained, hemostasis with silver nitrate." % pick(r, ["white plaque", "pigmented lesion", "ulceration"]),
         "Fluctuant 3 cm left Bartholin abscess. Lidocaine infiltrated. Stab incision with #11 blade, purulent drainage cultured. Word catheter placed and inflated with 3 mL saline."][p]
    t = sections(r, [(None, c.clinic), (None, id_block(r, c, 4)), ("Procedure", nm), ("Date", fdate(c.date)), ("Consent", "Written consent on file"),
                     ("Description", wrap(d[p])), ("Complications", "None"), ("Follow-up", pick(r, ["2 weeks", "results by phone", "4-6 weeks"])),
                     (None, sigblock(r, c))])
    return t, c


# ================================================================= 7 lab_report
def lab_table(r, rows, st):
    out = []
    if st == 0:
        out.append("%-28s %-12s %-6s %-10s %-16s" % ("TEST", "RESULT", "FLAG", "UNITS", "REF RANGE"))
        out.append("-" * 76)
        for n, v, f, u, rg in rows:
            out.append("%-28s %-12s %-6s %-10s %-16s" % (n, v, f, u, rg))
    elif st == 1:
        for n, v, f, u, rg in rows:
            out.append("%s: %s %s %s  (%s)" % (n, v, u, f, rg))
    elif st == 2:
        for n, v, f, u, rg in rows:
            out.append("%s....................%s%s %s   [%s]" % (n, v, "*" + f if f else "", u, rg))
    else:
        out.append("Component | Value | Ref Range | Units")
        for n, v, f, u, rg in rows:
            out.append("%s | %s %s | %s | %s" % (n, v, f, rg, u))
    return "\n".join(out)


def g_lab_report(r):
    lay = r.randrange(8)
    c = make_ctx(r, "gyn" if lay == 6 else "ob")
    hgbf = "L" if c.hgb < 11 else ""
    panels = {
        0: ("PRENATAL PANEL", [("ABO Group", c.blood, "", "", ""), ("Rh Type", c.rh.upper(), "", "", ""),
                              ("Antibody Screen", "NEGATIVE", "", "", "NEG"), ("Rubella IgG", "%.1f" % (r.uniform(12, 180) if c.rubella == "immune" else r.uniform(2, 8)), "" if c.rubella == "immune" else "L", "IU/mL", ">=10 Immune"),
                              ("RPR", "NON-REACTIVE", "", "", "NR"), ("Hep B Surface Ag", "NON-REACTIVE", "", "", "NR"),
                              ("HIV 1/2 Ag/Ab Screen", "NON-REACTIVE", "", "", "NR"), ("Hep C Ab", "NON-REACTIVE", "", "", "NR"),
                              ("Varicella IgG", pick(r, ["POSITIVE", "POSITIVE", "EQUIVOCAL"]), "", "", ""), ("WBC", "%.1f" % c.wbc, "", "K/uL", "4.0-11.0"),
                              ("Hemoglobin", "%.1f" % c.hgb, hgbf, "g/dL", "11.0-15.0"), ("Hematocrit", "%.1f" % (c.hgb * 3), hgbf, "%", "33-45"),
                              ("Platelets", str(c.plt), "", "K/uL", "150-400"), ("Urine Culture", pick(r, ["No growth", "<10,000 CFU mixed flora"]), "", "", "")]),
        1: ("GLUCOSE TOLERANCE", [("Glucose, 1 hr post 50 g", str(r.randrange(95, 198)), "", "mg/dL", "<140")] if chance(r, .5) else
            [("Glucose fasting", str(r.randrange(78, 104)), "", "mg/dL", "<95"), ("Glucose 1 hr", str(r.randrange(150, 210)), "", "mg/dL", "<180"),
             ("Glucose 2 hr", str(r.randrange(130, 185)), "", "mg/dL", "<155"), ("Glucose 3 hr", str(r.randrange(100, 160)), "", "mg/dL", "<140")]),
        2: ("PREECLAMPSIA PANEL", [("Platelets", str(c.plt), "L" if c.plt < 150 else "", "K/uL", "150-400"), ("Creatinine", "0.%d" % r.randrange(4, 10), "", "mg/dL", "0.5-1.1"),
                                  ("AST", str(r.randrange(14, 95)), "", "U/L", "10-35"), ("ALT", str(r.randrange(10, 90)), "", "U/L", "7-35"),
                                  ("LDH", str(r.randrange(150, 480)), "", "U/L", "120-246"), ("Uric Acid", "%.1f" % r.uniform(3.8, 7.5), "", "mg/dL", "2.5-6.2"),
                                  ("Protein/Creatinine Ratio, urine", "%.2f" % r.uniform(0.08, 1.9), "", "mg/mg", "<0.30")]),
        3: ("GROUP B STREP CULTURE", [("Source", "Vaginal/rectal", "", "", ""), ("GBS Culture (LIM broth)", "POSITIVE for Streptococcus agalactiae" if c.gbs == "positive" else "NEGATIVE", "A" if c.gbs == "positive" else "", "", "NEG"),
                                     ("Clindamycin susceptibility", pick(r, ["Susceptible", "Resistant (inducible)"]) if c.gbs == "positive" else "not performed", "", "", "")]),
        4: ("CORD BLOOD GAS", [("Arterial pH", "%.2f" % r.uniform(7.10, 7.32), "", "", "7.18-7.38"), ("Arterial pCO2", str(r.randrange(42, 70)), "", "mmHg", "39-73"),
                              ("Arterial Base Excess", "%d" % r.randrange(-12, -1), "", "mmol/L", "-8 to 0"), ("Venous pH", "%.2f" % r.uniform(7.22, 7.40), "", "", "7.25-7.45"),
                              ("Cord Blood Type", pick(r, ["O POS", "A POS", "B NEG", "O NEG"]), "", "", ""), ("DAT (Coombs)", "NEGATIVE", "", "", "")]),
        5: ("NEWBORN BILIRUBIN", [("Bilirubin, total serum", "%.1f" % r.uniform(4, 15), "", "mg/dL", "age-dependent"), ("Bilirubin, direct", "0.%d" % r.randrange(2, 6), "", "mg/dL", "0.0-0.5"),
                                 ("Age at collection", "%d hours" % r.randrange(24, 60), "", "", "")]),
        6: ("BETA hCG QUANT / CBC", [("hCG, quantitative", "{:,}".format(r.randrange(800, 9000)), "H", "mIU/mL", "<5 nonpregnant"), ("Hemoglobin", "%.1f" % c.hgb, hgbf, "g/dL", "12.0-15.5"),
                                    ("Progesterone", "%.1f" % r.uniform(2, 20), "", "ng/mL", ""), ("ABO/Rh", "%s %s" % (c.blood, "POS" if c.rh == "positive" else "NEG"), "", "", "")]),
        7: ("POSTPARTUM CBC / RhIG WORKUP", [("Hemoglobin", "%.1f" % (c.hgb - 1.4), "L", "g/dL", "11.0-15.0"), ("Hematocrit", "%.1f" % ((c.hgb - 1.4) * 3), "L", "%", "33-45"),
                                             ("Platelets", str(c.plt - 20), "", "K/uL", "150-400"), ("Fetal screen (rosette)", pick(r, ["NEGATIVE", "POSITIVE"]), "", "", "NEG"),
                                             ("Kleihauer-Betke", "%.1f%%" % r.uniform(0.0, 0.4), "", "", "<0.3%"), ("RhIG vials indicated", pick(r, ["1", "1", "2"]), "", "", "")]),
    }
    name, rows = panels[lay]
    lab = pick(r, ["%s Clinical Laboratory" % c.hosp, "Tri-River Reference Laboratories", "ClearPath Diagnostics, Inc.", "Core Laboratory - %s" % c.hosp])
    coll = c.date - TD(days=r.randrange(0, 3))
    st = r.randrange(4)
    header = pick(r, [
        "%s\n%s\nCLIA #%02dD%07d   Medical Director: %s" % (lab.upper(), hosp_addr(r, c), r.randrange(10, 52), r.randrange(10 ** 6, 10 ** 7), c.path.full(r, 0)),
        "%s                 FINAL REPORT" % lab,
        "*** %s ***\nLaboratory Results" % lab,
        "%s  |  %s" % (lab, phone(r))])
    meta = pick(r, [
        "Collected: %s %s   Received: %s %s   Reported: %s %s" % (fdate(coll), ftime(r), fdate(coll), ftime(r), fdate(c.date), ftime(r)),
        "Specimen #: %s%07d\nOrdering: %s\nCollected %s" % (pick(r, ["LD", "W", "M"]), r.randrange(10 ** 6, 10 ** 7), c.att.full(r, 3), fdate(coll, 1)),
        "Order# %d  Acc# %s  Status: %s\nProvider: %s" % (r.randrange(10 ** 7, 10 ** 8), "%02d-%03d-%05d" % (r.randrange(5, 25), r.randrange(1, 366), r.randrange(99999)), pick(r, ["Final", "FINAL", "Corrected"]), c.att.full(r, 1))])
    title = pick(r, [name, name.title(), "", "Panel: " + name])
    extra = ""
    if lay == 0 and chance(r, .5):
        extra = "\nComment: Patient is %s weeks pregnant per requisition." % c.ga_w
    if lay == 1 and len(rows) > 1:
        extra = "\nInterpretation: Carpenter-Coustan criteria; two or more abnormal values diagnostic of GDM."
    if lay == 5 and chance(r, .6):
        extra = "\nRefer to hour-specific nomogram (Bhutani). Notify provider of values above phototherapy threshold."
    if lay == 4:
        c.ga_w = max(c.ga_w, 36)
    t = "\n".join([header, "", id_block(r, c, pick(r, [0, 1, 3])), meta, "", title, lab_table(r, rows, st) + extra, "",
                   pick(r, ["H=High L=Low A=Abnormal *=Critical", "Results verified by tech: %s" % "".join(pick(r, LAST)[:3].upper()),
                            "END OF REPORT", "Critical values called to %s RN at %s, read back verified." % (c.rn.short(), ftime(r)) if lay in (2, 4) else ""])])
    return t, c


# ================================================================= 8 imaging_report
def g_imaging_report(r):
    lay = r.randrange(9)
    if lay in (4, 5, 6, 7):
        c = make_ctx(r, "gyn")
    else:
        c = make_ctx(r, "ob")
    rad = c.rad
    exam_dt = c.date
    if lay == 0:
        c.ga_w = r.randrange(18, 23)
        exam = pick(r, ["US OB DETAILED ANATOMY >14 WKS", "OB ULTRASOUND - ANATOMY SURVEY", "Level II Ultrasound"])
        f = ("Single live intrauterine gestation in %s presentation. FHR %d bpm.\nBIOMETRY: BPD %.1f cm, HC %.1f cm, AC %.1f cm, FL %.1f cm. "
             "Composite %s (+/- %d days). EFW %d g (%d%%ile).\nPlacenta: %s, no previa. Cord: 3 vessels. AFI normal.\n"
             "ANATOMY: intracranial structures, face/lips, spine, 4-chamber heart, outflow tracts, stomach, kidneys, bladder, "
             "abdominal wall cord insertion, extremities visualized and appear normal.%s\nCervical length %.1f cm transabdominal."
             % (pick(r, ["cephalic", "breech", "variable"]), r.randrange(135, 160), r.uniform(4.0, 5.5), r.uniform(16, 20), r.uniform(14, 18),
                r.uniform(2.9, 3.9), "%dw%dd" % (c.ga_w, c.ga_d), r.randrange(7, 12), r.randrange(220, 480), r.randrange(20, 80),
                pick(r, ["Anterior", "Posterior", "Fundal", "Left lateral"]), pick(r, ["", " Suboptimal views of the heart due to fetal position; follow-up recommended."]),
                r.uniform(3.0, 4.6)))
        imp = pick(r, ["Normal anatomy survey. Size consistent with dates.", "1. Single live IUP at %s.\n2. No structural anomaly identified." % c.gastr,
                       "Incomplete cardiac views; recommend follow-up in 3-4 weeks."])
    elif lay == 1:
        exam = pick(r, ["US OB FOLLOW-UP (GROWTH)", "OB Ultrasound, Follow-up with BPP", "GROWTH ULTRASOUND / BIOPHYSICAL PROFILE"])
        efw = c.bw - r.randrange(100, 600)
        pct = r.randrange(3, 10) if c.s["key"] == "fgr" else r.randrange(15, 92)
        f = ("Single live IUP, %s. EFW %d g (%s), %d%%ile (Hadlock).\nAFI %.1f cm. BPP: breathing 2, movement 2, tone 2, fluid 2 = 8/8.\n"
             "Umbilical artery Doppler S/D %.1f, %s." % ("breech" if c.s["key"] == "breech" else "vertex", efw, lb_oz(efw), pct, r.uniform(6, 19),
                                                        r.uniform(2.1, 3.4), pick(r, ["normal", "normal, no AEDF", "elevated (>95%ile), positive diastolic flow"])))
        imp = ("1. %s.\n2. BPP 8/8.\n3. %s" % ("Fetal growth restriction" if pct < 10 else "Appropriate interval growth", pick(r, ["Normal AFI.", "Low-normal fluid.", ""])))
    elif lay == 2:
        c.ga_w = r.randrange(6, 12)
        exam = pick(r, ["US OB <14 WKS TRANSVAGINAL", "FIRST TRIMESTER ULTRASOUND", "Dating Ultrasound"])
        f = ("Transabdominal and transvaginal imaging. Single intrauterine gestational sac with yolk sac and fetal pole. CRL %.1f mm "
             "corresponding to %dw%dd. Cardiac activity present, %d bpm. Ovaries unremarkable. No free fluid. %s" % (
                 r.uniform(6, 45), c.ga_w, c.ga_d, r.randrange(120, 175), pick(r, ["Small subchorionic hemorrhage.", "", "Corpus luteum cyst right ovary."])))
        imp = "Single live IUP at %dw%dd. EDD by ultrasound %s." % (c.ga_w, c.ga_d, fdate(c.edd))
    elif lay == 3:
        exam = pick(r, ["NEONATAL HEAD ULTRASOUND", "US HEAD INFANT"])
        f = "Anterior fontanelle approach. Ventricles normal in size. No germinal matrix or intraventricular hemorrhage. No periventricular echogenicity. Midline structures normal."
        imp = pick(r, ["Normal head ultrasound.", "No intracranial hemorrhage.", "Grade I germinal matrix hemorrhage on the left."])
    elif lay == 4:
        exam = pick(r, ["US PELVIS TRANSABDOMINAL AND TRANSVAGINAL", "PELVIC ULTRASOUND", "US Pelvis Complete w/ TV"])
        ut = "%.1f x %.1f x %.1f cm" % (r.uniform(7, 15), r.uniform(4, 9), r.uniform(4, 10))
        finds = {"fibroid": "Uterus enlarged, %s, with multiple hypoechoic masses, largest intramural posterior 7.8 cm. Endometrium 8 mm." % ut,
                 "cyst": "Uterus %s, normal. Right ovary contains a 6.4 x 5.1 cm complex cyst with echogenic nodule and fluid-fluid level; no internal flow. Left ovary normal." % ut,
                 "pmb": "Uterus %s. Endometrial stripe %d mm, heterogeneous. Ovaries atrophic." % (ut, r.randrange(8, 16)),
                 "ectopic": "No intrauterine gestational sac. Right adnexal complex mass 3.2 cm separate from the ovary with ring of fire. Moderate free fluid with echoes in cul-de-sac and Morison's pouch."}
        key = c.s["key"] if c.s["key"] in finds else "fibroid"
        c.s = dict([s for s in GYN_SCEN if s["key"] == key][0])
        f = finds[key]
        imp = {"fibroid": "Fibroid uterus.", "cyst": "Complex right ovarian cyst, likely dermoid. O-RADS 3. Gynecologic follow-up.",
               "pmb": "Thickened endometrium in a postmenopausal patient; tissue sampling recommended.", "ectopic": "Findings highly suspicious for ruptured right ectopic pregnancy. Findings discussed with Dr. %s at %s." % (c.att.last, ftime(r))}[key]
    elif lay in (5, 6):
        c.age = r.randrange(40, 76)
        diag = lay == 6
        exam = pick(r, ["MAMMOGRAM DIGITAL SCREENING BILATERAL W/ CAD", "SCREENING MAMMOGRAPHY WITH TOMOSYNTHESIS", "BILATERAL SCREENING MAMMOGRAM"]) if not diag else \
            pick(r, ["DIAGNOSTIC MAMMOGRAM LEFT AND LEFT BREAST ULTRASOUND", "MAMMO DIAGNOSTIC UNILATERAL RIGHT", "Diagnostic mammogram / targeted US"])
        dens = pick(r, ["a. The breasts are almost entirely fatty.", "b. There are scattered areas of fibroglandular density.",
                        "c. The breasts are heterogeneously dense, which may obscure small masses.", "d. The breasts are extremely dense."])
        if not diag:
            birads = pick(r, ["1: Negative", "2: Benign", "0: Incomplete - Need additional imaging evaluation"])
            f = "Comparison: %s.\nBreast composition: %s\n%s" % (pick(r, ["prior studies %s" % fdate(exam_dt - TD(days=365)), "none available", "2 prior exams"]), dens,
                                                                pick(r, ["No suspicious masses, calcifications or architectural distortion.", "Stable benign-appearing calcifications right breast.",
                                                                         "Possible focal asymmetry left upper outer quadrant, posterior depth, seen on CC view only."]))
        else:
            birads = pick(r, ["3: Probably benign", "4A: Low suspicion for malignancy", "4B: Moderate suspicion", "2: Benign"])
            f = "Indication: %s.\nBreast composition: %s\nSpot compression views demonstrate %s. Targeted ultrasound at %d o'clock %d cm FN: %s." % (
                pick(r, ["palpable lump", "callback from screening", "focal pain"]), dens, pick(r, ["a persistent 8 mm irregular mass", "dispersal of the asymmetry", "an oval circumscribed mass"]),
                r.randrange(1, 13), r.randrange(2, 10), pick(r, ["hypoechoic irregular mass 7 x 6 mm", "simple cyst 1.1 cm", "oval parallel hypoechoic mass 9 mm, likely fibroadenoma"]))
        imp = "BI-RADS Category %s\n%s" % (birads, pick(r, ["Recommend routine annual screening.", "Recommend ultrasound-guided core biopsy.", "Recommend diagnostic follow-up in 6 months.",
                                                           "Patient notified of results in person." if diag else "A letter with results has been sent to the patient."]))
    elif lay == 7:
        exam = pick(r, ["MRI PELVIS WITH AND WITHOUT CONTRAST", "CT ABDOMEN AND PELVIS WITH IV CONTRAST", "MRI Pelvis - fibroid mapping"])
        f = ("Technique: multiplanar multisequence imaging. Uterus measures %.1f cm. %s. Ovaries: %s. No lymphadenopathy. No ascites. "
             "Bladder and visualized bowel unremarkable. Osseous structures without suspicious lesion." % (r.uniform(9, 16),
              pick(r, ["Multiple T2 hypointense fibroids, largest 7.6 cm intramural fundal, FIGO 4; submucosal component of a 2.1 cm posterior fibroid (FIGO 2)",
                       "Endometrium thickened to 14 mm without myometrial invasion", "Junctional zone thickened to 14 mm, compatible with adenomyosis"]),
              pick(r, ["normal", "left endometrioma 3.2 cm", "right dermoid cyst with fat signal 6 cm"])))
        imp = pick(r, ["Fibroid uterus as detailed above.", "Adenomyosis.", "Findings as above; no evidence of malignancy."])
    else:
        exam = pick(r, ["CHEST X-RAY PA AND LATERAL (SHIELDED)", "XR CHEST PORTABLE", "ECHOCARDIOGRAM TRANSTHORACIC COMPLETE"])
        if "ECHO" in exam:
            f = ("LV size normal. LVEF %d%% by biplane Simpson. No regional wall motion abnormality. Normal diastolic function for age. "
                 "RV normal. Trivial MR and TR. RVSP %d mmHg. No pericardial effusion." % (pick(r, [58, 60, 62, 45, 35]), r.randrange(22, 38)))
            imp = "Ejection fraction as above. %s" % pick(r, ["Normal study.", "Mildly reduced LV systolic function; correlate for peripartum cardiomyopathy.", "Physiologic changes of pregnancy."])
        else:
            f = "Indication: %s. Heart size %s. %s. No pneumothorax." % (pick(r, ["dyspnea postpartum", "preeclampsia, hypoxia", "fever", "pre-op"]),
                                                                        pick(r, ["normal", "upper limits of normal", "mildly enlarged"]),
                                                                        pick(r, ["Lungs clear", "Bilateral interstitial edema and small effusions", "Left lower lobe opacity"]))
            imp = pick(r, ["No acute cardiopulmonary process.", "Pulmonary edema, likely related to preeclampsia/fluid overload.", "LLL pneumonia."])
    st = r.randrange(5)
    hdr = pick(r, ["%s - Department of Radiology" % c.hosp, "%s  Imaging Services" % c.hosp.upper(), "Women's Imaging Center at %s" % c.hosp,
                   "Perinatal Ultrasound Unit", "Breast Health Center - %s" % c.clinic])
    acc = "%s%08d" % (pick(r, ["US", "MG", "RAD", "A", ""]), r.randrange(10 ** 7, 10 ** 8 - 1))
    hist = pick(r, ["Clinical history: %s." % c.s["dx"], "History: %s" % c.s["hpi"], "Indication: %s" % c.s["icd"] + " " + c.s["dx"], ""])
    if lay in (5, 6):
        hist = "History: %d y/o. %s" % (c.age, pick(r, ["No personal history of breast cancer.", "Mother with breast cancer age 52.", "Annual screening.", "s/p benign biopsy 2012."]))
    if st == 0:
        t = "\n".join([hdr, id_block(r, c), "Exam: %s   Date: %s   Acc#: %s" % (exam, fdate(exam_dt), acc), "Ordering: %s" % c.att.full(r, 1), "",
                       hist, "", "FINDINGS:", wrap(f), "", "IMPRESSION:", imp, "", sigblock(r, c, rad, "Radiology")])
    elif st == 1:
        t = "\n".join([exam, "", "CLINICAL INDICATION: " + (hist.split(":", 1)[-1].strip() or "as above"), "COMPARISON: " + pick(r, ["None.", "Prior exam %s." % fdate(exam_dt - TD(days=r.randrange(20, 400)))]),
                       "TECHNIQUE: " + pick(r, ["Standard protocol.", "Real-time imaging with static images archived.", "Images obtained per ACR guidelines."]), "",
                       wrap(f), "", "IMPRESSION: " + imp, "", "Dictated by: %s  %s" % (rad.full(r, 1), fdate(exam_dt)),
                       "Accession %s  MRN %s  %s" % (acc, c.mrn, pname(c, r, 0))])
    elif st == 2:
        t = "\n".join([hdr, "PATIENT: %s    DOB %s    MRN %s" % (pname(c, r, 0), fdate(c.dob), c.mrn), "STUDY: %s" % exam, "DATE OF SERVICE: %s" % fdate(exam_dt, 3),
                       "REFERRING: %s" % c.att.full(r, 3), "", "REPORT:", wrap(hist + " " + f), "", "CONCLUSION:", imp, "",
                       "Sonographer: %s, RDMS" % Prov(r, "RDMS").short() if "US" in exam.upper() or "ULTRA" in exam.upper() else "", "Interpreting physician: %s" % rad.full(r, 0)])
    elif st == 3:
        t = "\n".join([exam + "  " + fdate(exam_dt), hist, "Findings: " + wrap(f), "Impression: " + imp, "", "--" + rad.short() + " " + fdate(exam_dt, 1)])
    else:
        t = sections(r, [(None, hdr), (None, id_block(r, c, 3)), ("Procedure", exam), ("Date", fdate(exam_dt)), ("Accession", acc), ("History", hist),
                         ("Findings", wrap(f)), ("Impression", imp), (None, "This report was electronically signed by %s on %s." % (rad.full(r, 1), fdate(exam_dt)))])
    return t, c


# ================================================================= 9 pathology_report
def g_pathology_report(r):
    lay = r.randrange(8)
    c = make_ctx(r, "ob" if lay in (0, 5) else "gyn")
    P = c.path
    acc = "%s%02d-%05d" % (pick(r, ["S", "SP", "GYN", "C", "OB"]), c.date.year % 100, r.randrange(1, 40000))
    if lay == 0:
        spec = "Placenta, %s" % pick(r, ["singleton", "delivered at %s" % ga_text(c, r)])
        gross = ("Received fresh labeled with the patient's name is a %d g trimmed singleton placenta measuring %d x %d x %.1f cm. The umbilical cord "
                 "is %s inserted, %d cm long, %.1f cm in diameter, with three vessels. The membranes are %s and %s. The maternal surface is intact. "
                 "Serial sections reveal %s. Representative sections submitted in %d cassettes." % (
                     r.randrange(330, 620), r.randrange(15, 22), r.randrange(13, 19), r.uniform(1.5, 3.0), pick(r, ["eccentrically", "centrally", "marginally"]),
                     r.randrange(30, 62), r.uniform(0.9, 1.6), pick(r, ["translucent", "tan-gray, slightly opaque"]), pick(r, ["complete", "incomplete"]),
                     pick(r, ["unremarkable spongy parenchyma", "a 1.2 cm firm white infarct", "patchy perivillous fibrin"]), r.randrange(3, 7)))
        dx = pick(r, ["Third-trimester placenta, %d g (%s for gestational age)\n- Three-vessel umbilical cord\n- No significant histopathologic abnormality" % (r.randrange(380, 560), pick(r, ["appropriate", "10-25th percentile"])),
                      "Placenta with acute chorioamnionitis (maternal inflammatory response stage 2) and acute funisitis (fetal stage 1)",
                      "Small for gestational age placenta with features of maternal vascular malperfusion:\n- Distal villous hypoplasia\n- Increased syncytial knots\n- Remote villous infarct (<5%)"])
    elif lay == 6:
        spec = "Cervical cytology, %s" % pick(r, ["ThinPrep liquid-based", "SurePath", "conventional smear"])
        gross = "Specimen adequacy: Satisfactory for evaluation; endocervical/transformation zone component %s." % pick(r, ["present", "absent"])
        dx = pick(r, ["NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY (NILM)", "ATYPICAL SQUAMOUS CELLS OF UNDETERMINED SIGNIFICANCE (ASC-US)",
                      "LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL)", "HIGH-GRADE SQUAMOUS INTRAEPITHELIAL LESION (HSIL)",
                      "NILM. Shift in flora suggestive of bacterial vaginosis."]) + "\n\nHPV, high-risk (cobas): %s" % pick(r, ["NOT DETECTED", "POSITIVE - HPV 16", "POSITIVE - other high-risk type", "not requested"])
    elif lay == 7:
        c.age = r.randrange(38, 70)
        spec = "Left breast, %d o'clock, %d cm FN, ultrasound-guided core needle biopsy" % (r.randrange(1, 13), r.randrange(2, 9))
        gross = "Received in formalin (cold ischemia <1 h) are %d cores of tan-yellow tissue, 1.2-1.8 cm, entirely submitted in 1 cassette." % r.randrange(3, 7)
        dx = pick(r, ["FIBROADENOMA.\nNegative for atypia and malignancy.", "INVASIVE DUCTAL CARCINOMA, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1).\nDCIS not identified.\nER: positive (95%, strong)  PR: positive (60%)  HER2: 1+ (negative)",
                      "FIBROCYSTIC CHANGES with usual ductal hyperplasia and microcalcifications.\nNo atypia.", "ATYPICAL DUCTAL HYPERPLASIA. Surgical excision recommended."])
    else:
        if lay == 5:
            c.kind = "gyn"
            c.s = dict([s for s in GYN_SCEN if s["key"] == "missab"][0])
        elif lay == 1:
            c.s = dict([s for s in GYN_SCEN if s["key"] == "fibroid"][0])
        spec = c.s["spec"]
        gross = ("Received %s labeled '%s' is %s. %s" % (pick(r, ["in formalin", "fresh", "in formalin in a container"]), pname(c, r, 0) + " - " + spec.split(",")[0].lower(),
                 {"fibroid": "a %d g uterus with attached cervix and bilateral fallopian tubes. Serosa is smooth. Sectioning reveals multiple well-circumscribed whorled white nodules, 0.8-7.8 cm" % r.randrange(180, 620),
                  "cyst": "a ruptured cyst wall, 6.0 x 4.5 x 0.4 cm, containing sebaceous material and hair. A 1.2 cm Rokitansky nodule is present",
                  "endo": "a 1.5 x 0.8 x 0.3 cm piece of tan-pink peritoneum with red-brown discoloration",
                  "aub": "multiple fragments of tan-red soft tissue, 2.5 x 2.0 x 0.5 cm in aggregate, including a 1.4 cm polypoid fragment",
                  "hsil": "an oriented cone of cervix, 2.1 x 1.8 x 0.9 cm, stitch at 12 o'clock; inked and serially sectioned clockwise",
                  "pmb": "scant tan-red mucoid fragments, 1.0 x 0.8 x 0.2 cm in aggregate",
                  "prolapse": "a %d g uterus and cervix; endometrium is thin, myometrium unremarkable" % r.randrange(50, 110),
                  "ectopic": "a 5.4 cm segment of fallopian tube with a 2.5 cm hemorrhagic dilation and serosal rupture",
                  "missab": "%d g of tan-red spongy tissue with possible villi; floated in saline" % r.randrange(8, 40),
                  "steril": "two segments of fallopian tube, right 6.0 cm and left 5.5 cm, with fimbriae"}[c.s["key"]],
                 "Entirely submitted." if chance(r, .5) else "Representative sections submitted in %d cassettes (A1-A%d)." % ((lambda n: (n, n))(r.randrange(2, 12)))))
        dx = c.s["path"].upper() if chance(r, .5) else c.s["path"]
    micro = pick(r, ["", "Microscopic examination performed. Findings support the diagnosis above.",
                     "Sections show the described findings. Immunostains not required.", "Microscopic description: see diagnosis."])
    hdr = pick(r, ["%s\nDepartment of Pathology and Laboratory Medicine" % c.hosp.upper(), "SURGICAL PATHOLOGY REPORT", "Tri-River Pathology Associates, PLLC\n" + hosp_addr(r, c),
                   "CYTOLOGY REPORT" if lay == 6 else "PATHOLOGY CONSULTATION REPORT", c.hosp + "  -  Anatomic Pathology"])
    st = r.randrange(4)
    if st == 0:
        t = "\n".join([hdr, "", id_block(r, c, 3), "Accession: %s   Collected: %s   Received: %s" % (acc, fdate(c.date), fdate(c.date + TD(days=1))),
                       "Submitting physician: %s" % c.att.full(r, 0), "", "SPECIMEN:", spec, "", "CLINICAL HISTORY:", c.s["dx"] + (" at " + ga_text(c, r) if c.kind == "ob" else ""),
                       "", "FINAL DIAGNOSIS:", dx, "", "GROSS DESCRIPTION:", wrap(gross), "", micro, "", sigblock(r, c, P, "Pathologist")])
    elif st == 1:
        t = "\n".join([hdr, "Case #%s" % acc, "Patient: %s   Sex: F   Age: %d   MRN: %s" % (pname(c, r, 0), c.age, c.mrn), "Physician: %s    Date obtained: %s" % (c.att.full(r, 3), fdate(c.date, 1)), "",
                       "DIAGNOSIS", "-" * 9, dx, "", "I have personally reviewed the material and approve this report.", "%s, Pathologist   %s" % (P.full(r, 1), fdate(c.date + TD(days=2))), "",
                       "Gross: " + wrap(gross), "", "Specimen source: " + spec])
    elif st == 2:
        t = sections(r, [(None, hdr), (None, id_block(r, c)), ("Accession No", acc), ("Specimen(s) Received", "A. " + spec),
                         ("Pre-operative Diagnosis", c.s["dx"]), ("Diagnosis", "A. " + dx.replace("\n", "\n   ")), ("Gross Description", wrap(gross)),
                         ("Microscopic", micro or "Performed."), (None, "Reported: %s" % fdate(c.date + TD(days=r.randrange(1, 5)))), (None, sigblock(r, c, P))])
    else:
        t = "\n".join([c.hosp, "Final Report  %s" % acc, id_block(r, c, 2), "", spec.upper() + ":", "  - " + dx.replace("\n", "\n  - "), "",
                       "Clinical: " + c.s["dx"], "Gross: " + wrap(gross), "", "%s (Electronic signature)" % P.full(r, 0),
                       pick(r, ["CPT: 88305", "CPT 88307 x1", "CPT: 88141, 88175", ""])])
    return t, c


# ================================================================= 10 medication_list
def g_medication_list(r):
    lay = r.randrange(6)
    c = make_ctx(r)
    extra = []
    if c.kind == "ob" and lay in (1, 3):
        extra = ["Ibuprofen 600 mg PO q6h PRN pain", "Acetaminophen 650 mg PO q6h PRN", "Docusate 100 mg PO BID", "Lanolin topical PRN"]
    if lay == 4:
        extra = ["Oxycodone 5 mg PO q4h PRN", "Ondansetron 4 mg PO q8h PRN nausea"]
    home = c.s["meds"] + pick(r, [[], ["Cetirizine 10 mg PO daily"], ["Sertraline 50 mg PO daily"], ["Albuterol HFA 2 puffs q4h PRN"], ["Calcium carbonate 500 mg PRN heartburn"]])
    if lay == 0:
        rows = ["%-40s %-10s %-12s %s" % ("Medication", "Dose", "Frequency", "Last taken")]
        for m in home:
            parts = m.split(" ")
            rows.append("%-40s %-10s %-12s %s" % (" ".join(parts[:2]), " ".join(parts[2:4]), " ".join(parts[4:6]) or "daily", pick(r, ["today AM", fdate(c.date - TD(days=1), 1), "unknown", "yesterday"])))
        t = "\n".join([c.hosp, pick(r, ["ADMISSION MEDICATION RECONCILIATION", "Home Medication List - Admission", "Medication History"]), id_block(r, c, 1),
                       "Allergies: " + c.allergy, "Source: %s" % pick(r, ["patient", "patient/pharmacy fill history", "prenatal record"]), ""] + rows +
                      ["", "Reviewed by: %s   %s" % (c.rn.full(r, 1), fdate(c.date))])
    elif lay == 1:
        rows = []
        for m in home + extra:
            rows.append("%-48s %s" % (m, pick(r, ["CONTINUE", "CONTINUE", "NEW", "STOP", "CHANGE"]) if m not in extra else "NEW"))
        t = "\n".join([pick(r, ["DISCHARGE MEDICATION RECONCILIATION", "Medication Reconciliation - Discharge", "Your Medication List"]), id_block(r, c, 0),
                       "Discharge date: %s" % fdate(c.date + TD(days=2)), "", "%-48s %s" % ("MEDICATION", "ACTION")] + rows +
                      ["", "Patient verbalized understanding. Copy given to patient.", "RN: %s   Provider: %s" % (c.rn.short(), c.att.short())])
    elif lay == 2:
        t = "\n".join([c.clinic, "Current Medications as of %s" % fdate(c.date, 2), pname(c, r, 1) + "  DOB " + fdate(c.dob), ""] +
                      ["%d) %s%s" % (i + 1, m, pick(r, ["", "  [Rx: %s]" % c.att.short(), "  (OTC)"])) for i, m in enumerate(home)] +
                      ["", "Allergies/Intolerances: " + c.allergy, "Pharmacy: %s Pharmacy #%d, %s" % (pick(r, ["Walbrook", "CareWay", "Main Street", "Sav-Rite"]), r.randrange(100, 9999), phone(r))])
    elif lay == 3:
        t = sections(r, [(None, "%s / %s" % (c.hosp, pick(r, DEPTS))), (None, id_block(r, c, 2)),
                         ("Scheduled", med_lines(r, c, extra[:2] if extra else [], "- ")),
                         ("PRN", "\n".join("- " + x for x in ["Ondansetron 4 mg IV q6h PRN N/V", "Acetaminophen 650 mg PO q4h PRN", "Simethicone 80 mg chew QID PRN"])),
                         ("Held / Discontinued", pick(r, ["Magnesium sulfate (d/c 24h PP)", "Oxytocin infusion (completed)", "None"])),
                         (None, "Pharmacist verification: %s, PharmD  %s" % (Prov(r, "PharmD").full(r, 1), fdate(c.date)))])
    elif lay == 4:
        t = "\n".join(["MED REC  " + fdate(c.date, 1), "%s  %s" % (pname(c, r, 0), c.mrn), "Pre-op: last dose of each med documented", ""] +
                      ["[%s] %s  -- %s" % (pick(r, ["x", " ", "x"]), m, pick(r, ["take AM of surgery w/ sip", "hold AM of surgery", "continue"])) for m in home] +
                      ["", "Post-op new:"] + ["  + " + e for e in extra] + ["", sigblock(r, c)])
    else:
        t = "\n".join([pick(r, ["PATIENT MEDICATION LIST", "My Medicines", "Medication Profile"]), "Name: " + pname(c, r, 1), "Updated: " + fdate(c.date), "",
                       "Medicine | How much | When | Why"] +
                      ["%s | %s | %s | %s" % (m.split(" ")[0], " ".join(m.split(" ")[1:3]), pick(r, ["morning", "twice a day", "bedtime", "as needed"]), pick(r, ["pregnancy", "blood pressure", "sugar", "thyroid", "pain", "iron"])) for m in home] +
                      ["", "Bring this list to every appointment."])
    return t, c


# ================================================================= 11 prescription
RX_POOL = [("Ibuprofen 600 mg tablet", "1 tab PO q6h PRN pain with food", 30, 0), ("Oxycodone 5 mg tablet", "1 tab PO q4-6h PRN severe pain", 10, 0),
           ("Metronidazole 500 mg tablet", "1 tab PO BID x 7 days. No alcohol.", 14, 0), ("Fluconazole 150 mg tablet", "1 tab PO once, may repeat in 72h", 2, 0),
           ("Nitrofurantoin monohydrate/macrocrystals 100 mg capsule", "1 cap PO BID x 7 days", 14, 0), ("Prenatal vitamin with DHA", "1 PO daily", 30, 11),
           ("Ferrous sulfate 325 mg tablet", "1 tab PO BID", 60, 3), ("Nifedipine ER 30 mg tablet", "1 tab PO daily", 30, 2),
           ("Labetalol 200 mg tablet", "1 tab PO BID", 60, 1), ("Ondansetron ODT 4 mg", "1 tab SL q8h PRN nausea", 20, 1),
           ("Doxylamine-pyridoxine 10-10 mg DR tablet", "2 tabs PO qHS", 60, 2), ("Norethindrone 0.35 mg tablet", "1 tab PO daily same time", 28, 11),
           ("Medroxyprogesterone acetate 150 mg/mL", "150 mg IM every 12 weeks", 1, 3), ("Letrozole 2.5 mg tablet", "1 tab PO daily cycle days 3-7", 5, 2),
           ("Estradiol 0.1 mg/g vaginal cream", "0.5 g PV twice weekly", 1, 5), ("Metformin 500 mg tablet", "1 tab PO BID with meals", 60, 3),
           ("Misoprostol 200 mcg tablet", "4 tabs (800 mcg) PV once", 4, 0), ("Docusate sodium 100 mg capsule", "1 cap PO BID", 60, 1),
           ("Valacyclovir 500 mg tablet", "1 tab PO BID from 36 weeks until delivery", 60, 1), ("Levothyroxine 88 mcg tablet", "1 tab PO daily on empty stomach", 90, 3)]


def g_prescription(r):
    lay = r.randrange(7)
    c = make_ctx(r)
    drugs = [pick(r, RX_POOL) for _ in range(r.randrange(1, 4))]
    P = pick(r, [c.att, c.cnm, c.res, Prov(r, "WHNP-BC", "Women's Health")])
    dea = "%s%s%07d" % (pick(r, ["A", "B", "F", "M"]), P.last[0], r.randrange(10 ** 6, 10 ** 7))
    if lay == 0:
        d = drugs[0]
        t = "\n".join([c.clinic.upper(), hosp_addr(r, c), "Phone %s" % phone(r), "", "Name: %s      Date: %s" % (pname(c, r, 1), fdate(c.date, 1)),
                       "Address: %s, %s" % (c.street, c.city), "DOB: %s" % fdate(c.dob, 1), "", "Rx", "   %s" % d[0], "   Sig: %s" % d[1], "   Disp: #%d (%s)" % (d[2], pick(r, ["thirty", "ten", "sixty", "fourteen", "two"])),
                       "   Refills: %d" % d[3], "", "[ ] Dispense as written    [%s] Substitution permitted" % pick(r, ["X", "x"]), "",
                       "______________________ %s" % P.full(r, 1), "DEA# %s    NPI %s" % (dea, P.npi)])
    elif lay == 1:
        t = "\n".join(["ePrescription - %s" % pick(r, ["NEW", "Sent", "Transmitted"]), "Pharmacy: %s #%d  %s  Fax %s" % (pick(r, ["CareWay Pharmacy", "Walbrook Drug", "Sav-Rite Pharmacy", "Harbor Outpatient Pharmacy"]), r.randrange(1000, 9999), phone(r), phone(r)),
                       "Patient: %s  DOB %s  Ph %s" % (pname(c, r, 2), fdate(c.dob), c.phone), ""] +
                      sum([["Drug: %s" % d[0], "SIG: %s" % d[1], "Qty: %d   Days supply: %d   Refills: %d" % (d[2], max(1, d[2] // 2), d[3]), "Dx: %s %s" % (c.s["icd"], c.s["dx"]), ""] for d in drugs], []) +
                      ["Prescriber: %s  NPI %s" % (P.full(r, 1), P.npi), "Electronically signed %s %s" % (fdate(c.date), ftime(r))])
    elif lay == 2:
        t = "\n".join([pick(r, ["DISCHARGE PRESCRIPTIONS", "Outpatient Prescriptions - " + c.hosp]), id_block(r, c, 0), ""] +
                      ["%d. %s -- %s  #%d  RF %d" % (i + 1, d[0], d[1], d[2], d[3]) for i, d in enumerate(drugs)] +
                      ["", "Printed prescriptions given to patient: %d" % len(drugs), "Prescriber: %s   DEA %s" % (P.full(r, 0), dea)])
    elif lay == 3:
        d = drugs[0]
        t = "\n".join([pick(r, ["REFILL AUTHORIZATION REQUEST", "Refill Request - Fax"]), "From: %s Pharmacy   Fax %s" % (pick(r, ["CareWay", "Walbrook", "Sav-Rite"]), phone(r)),
                       "To: %s  Fax %s" % (c.clinic, phone(r)), "", "Patient: %s   DOB %s" % (pname(c, r, 0), fdate(c.dob)), "Medication: %s" % d[0], "Last filled: %s   Qty %d" % (fdate(c.date - TD(days=30)), d[2]),
                       "Directions: %s" % d[1], "", "[%s] APPROVED  Refills: %d     [ ] DENIED  [ ] Needs appt" % (pick(r, ["X", "x"]), d[3] or 1),
                       "Prescriber signature: %s   Date %s" % (P.short(), fdate(c.date, 1))])
    elif lay == 4:
        d = drugs[0]
        t = wrap("%s\n%s  |  DOB %s\n%s\n\nR/\n%s\n%s\nDispense %d, refill %s\n\n%s %s\nLic #%s%06d" % (P.full(r, 0), c.clinic, fdate(c.dob), fdate(c.date, 2),
                                                                                                   d[0], d[1], d[2], d[3] or "none", "Signature:", P.short(), c.state, r.randrange(10 ** 5, 10 ** 6)))
        t = pname(c, r, 1) + "\n" + t
    elif lay == 5:
        t = "\n".join(["EXPEDITED PARTNER THERAPY (EPT) PRESCRIPTION", c.clinic, "Date: %s" % fdate(c.date), "",
                       "Patient name: %s   (index patient)" % pname(c, r, 1), "Partner: %s" % pick(r, ["Expedited Partner Therapy", "EPT - name not required", pick(r, MFIRST) + " " + pick(r, LAST)]), "",
                       "Rx: Doxycycline 100 mg tablet  Sig: 1 PO BID x 7 days  #14" if chance(r, .5) else "Rx: Cefixime 800 mg PO once  #2 x 400 mg",
                       "Dx: Chlamydia trachomatis exposure", "", "Prescriber: %s  NPI %s" % (P.full(r, 1), P.npi)])
    else:
        t = "\n".join(["PRESCRIPTION - CONTROLLED SUBSTANCE (Schedule II)", "Security features: void pantograph, microprint border, heat-sensitive ink",
                       "Patient: %s   Address: %s, %s %s" % (pname(c, r, 1), c.street, c.city, c.state), "Date issued: %s" % fdate(c.date),
                       "Oxycodone-acetaminophen 5-325 mg tab", "Sig: 1-2 tabs PO q6h PRN severe pain. Max 6 tabs/day.", "Quantity: %d (%s)  No refills" % (pick(r, [10, 12, 15]), "ten / twelve / fifteen"),
                       "PDMP checked: yes  %s" % fdate(c.date), "", "%s   DEA %s" % (P.full(r, 0), dea)])
    return t, c


# ================================================================= 12 anesthesia_record
def g_anesthesia_record(r):
    lay = r.randrange(6)
    c = make_ctx(r, "gyn" if lay in (2, 5) else "ob")
    if c.kind == "ob" and c.mode == "SVD" and lay in (0, 3):
        c.mode = "PLTCS"
    An = c.anes
    asa = pick(r, ["2", "2", "3", "2E", "3E"])
    proc = OB_SURG.get(c.mode, "Labor epidural") if c.kind == "ob" else c.s["proc"]
    airway = "Mallampati %s, TMD >3 FB, MO >3 cm, neck ROM full, dentition %s" % (pick(r, ["I", "II", "III", "IV"]), pick(r, ["intact", "good", "caps upper incisors"]))
    if lay == 0:
        times = [8 + i * 0.25 for i in range(r.randrange(5, 9))]
        grid = ["TIME   " + "  ".join("%5s" % ("%02d:%02d" % (int(t), int((t % 1) * 60))) for t in times)]
        grid.append("SBP    " + "  ".join("%5d" % (c.sbp + r.randrange(-35, 10)) for _ in times))
        grid.append("DBP    " + "  ".join("%5d" % (c.dbp + r.randrange(-25, 8)) for _ in times))
        grid.append("HR     " + "  ".join("%5d" % (c.hr + r.randrange(-10, 25)) for _ in times))
        grid.append("SpO2   " + "  ".join("%5d" % r.randrange(97, 101) for _ in times))
        t = "\n".join([c.hosp.upper() + "  ANESTHESIA RECORD", id_block(r, c, 3), "Date %s   OR %d   ASA %s   Procedure: %s" % (fdate(c.date, 1), r.randrange(1, 6), asa, proc),
                       "Surgeon: %s   Anesthesiologist: %s   CRNA: %s" % (c.att.short(), An.short(), c.crna.short()), "",
                       "Anesthesia type: %s" % pick(r, ["Spinal", "CSE", "Epidural (dosed from labor)"]),
                       "Spinal: 25g Whitacre L3-4, bupivacaine 0.75%% hyperbaric %.1f mL, fentanyl 15 mcg, morphine PF 150 mcg" % pick(r, [1.4, 1.6, 1.8]),
                       "Level T%d to pinprick. Phenylephrine infusion %d mcg/min." % (r.randrange(3, 6), pick(r, [25, 50, 75])), "", "\n".join(grid), "",
                       "Meds: cefazolin 2 g IV %s, oxytocin 30 U/500 mL, ondansetron 4 mg, ketorolac 30 mg IV at close" % ftime(r, 8),
                       "Fluids: LR %d mL   EBL/QBL %d mL   UOP %d mL" % (r.randrange(1000, 2500, 100), c.ebl, r.randrange(100, 500, 25)),
                       "Delivery %s  %s  Apgars %d/%d" % (ftime(r, 8), c.sex, c.ap1, c.ap5), "Transferred to PACU %s, stable, VSS" % ftime(r, 10), "", sigblock(r, c, An)])
    elif lay == 1:
        t = "\n".join([pick(r, ["LABOR EPIDURAL RECORD", "Obstetric Anesthesia - Neuraxial Labor Analgesia Record"]), id_block(r, c, 0), "%s %s  ASA %s" % (c.Gstr, c.gastr, asa), "",
                       "Pre-procedure: plt %d, no anticoagulants, consent signed   %s" % (c.plt, airway),
                       "Placed %s by %s. L%d-%d, LOR saline %d cm, catheter %d cm at skin." % (ftime(r), pick(r, [An, c.crna]).short(), pick(r, [2, 3]), pick(r, [3, 4]), r.randrange(4, 8), r.randrange(9, 13)),
                       "Test dose negative. Bolus: %s" % pick(r, ["bupivacaine 0.125% 10 mL", "ropivacaine 0.2% 10 mL + fentanyl 100 mcg"]), "",
                       "TIME   BP       HR   PAIN  LEVEL   NOTES"] +
                      ["%s  %d/%d   %d   %d     T%d     %s" % (ftime(r), c.sbp + r.randrange(-25, 5), c.dbp + r.randrange(-15, 5), c.hr + r.randrange(-8, 10), r.randrange(0, 4), r.randrange(8, 11), pick(r, ["", "", "comfortable", "rebolus 5 mL", "pushing"])) for _ in range(r.randrange(4, 9))] +
                      ["", "Catheter removed intact %s. No complications." % ftime(r), sigblock(r, c, An)])
    elif lay == 2:
        t = sections(r, [(None, pick(r, ["PRE-ANESTHESIA EVALUATION", "Anesthesia Preoperative Assessment", c.hosp + " - Pre-Anesthesia Testing"])), (None, id_block(r, c)),
                         ("Planned procedure", proc), ("Surgery date", fdate(c.date)), ("PMH", pick(r, ["HTN, controlled", "OSA on CPAP", "None", "Asthma"])),
                         ("Prior anesthesia", pick(r, ["GA for lap chole, PONV", "No problems", "Epidural x2"])), ("Family hx anesthesia problems", "Denies MH, pseudocholinesterase deficiency"),
                         ("Meds", "; ".join(c.s["meds"]) or "none"), ("Allergies", c.allergy), ("NPO", "since %s" % ftime(r, 22)),
                         ("Airway", airway), ("Exam", "CV RRR, lungs clear. " + vitals_line(r, c, 3)), ("Labs", "Hgb %.1f, K 4.%d, Cr 0.%d" % (c.hgb, r.randrange(0, 8), r.randrange(5, 10))),
                         ("ASA class", asa), ("Plan", pick(r, ["GETA, PONV prophylaxis (dexamethasone, ondansetron), TAP blocks", "GA/LMA", "MAC", "Spinal"])),
                         (None, "Risks, benefits, alternatives discussed; patient agrees. " + An.full(r, 1))])
    elif lay == 3:
        t = "\n".join(["POST-ANESTHESIA NOTE", fdate(c.date + TD(days=1)) + "  " + pname(c, r, 1), "",
                       "s/p %s under %s anesthesia %s." % (proc.lower(), pick(r, ["spinal", "epidural", "general"]), fdate(c.date)),
                       "Pt %s. No headache, no back pain at site, sensation and motor function returned. %s" % (pick(r, ["doing well", "comfortable", "ambulating"]),
                                                                                                             pick(r, ["Pruritus resolved.", "No N/V.", "Mild nausea treated."])),
                       "Vitals stable. Pain %d/10." % r.randrange(0, 5), "No apparent anesthetic complications.", "", "%s, %s" % (An.full(r, 1), "Anesthesiology")])
    elif lay == 4:
        t = "\n".join(["PACU RECORD", id_block(r, c, 2), "Arrival %s  Aldrete %d  Report from %s" % (ftime(r), r.randrange(7, 10), c.crna.short()), "",
                       "TIME  BP      HR  RR  SpO2  PAIN  SEDATION"] +
                      ["%s %d/%d  %d  %d  %d   %d     %s" % (ftime(r), c.sbp + r.randrange(-20, 10), c.dbp + r.randrange(-10, 6), c.hr + r.randrange(-10, 10), r.choice([14, 16, 18]), r.randrange(95, 100), r.randrange(0, 7), pick(r, ["alert", "drowsy", "RASS 0"])) for _ in range(r.randrange(4, 8))] +
                      ["Meds: %s" % pick(r, ["hydromorphone 0.2 mg IV x2", "fentanyl 25 mcg IV", "none"]), "Discharge criteria met %s. Aldrete %d. To %s." % (ftime(r), pick(r, [9, 10]), pick(r, ["Mother-Baby", "Women's Surgical Unit", "home with escort"])),
                       "RN: %s" % c.rn.short()])
    else:
        t = "\n".join([c.hosp, "INTRAOPERATIVE ANESTHESIA SUMMARY", "Patient: %s  MRN %s  Wt %d kg  Ht %d cm" % (pname(c, r, 0), c.mrn, int(c.wt_lb / 2.2), int(c.ht_in * 2.54)),
                       "Procedure: %s   ASA %s" % (proc, asa), "Induction %s: propofol %d mg, fentanyl %d mcg, rocuronium %d mg" % (ftime(r, 7), r.randrange(120, 220, 10), pick(r, [50, 100, 150]), r.randrange(30, 60, 5)),
                       "Airway: %s, grade %s view, %s, ETT 7.0 @ 21 cm, +ETCO2, BBS" % (pick(r, ["MAC 3", "Glidescope", "MIL 2"]), pick(r, ["I", "I", "IIa"]), pick(r, ["atraumatic", "1 attempt"])),
                       "Maintenance: sevoflurane %.1f%% in O2/air" % r.uniform(1.5, 2.4), "Reversal: sugammadex %d mg, TOF 4/4" % r.randrange(150, 300, 50),
                       "Fluids LR %d mL  EBL %d mL  UO %d mL" % (r.randrange(600, 2000, 100), r.randrange(*c.s["ebl"]), r.randrange(100, 500)),
                       "Extubated awake %s. To PACU stable." % ftime(r, 10), "Anesthesia end %s" % ftime(r, 10), "", sigblock(r, c, pick(r, [An, c.crna]))])
    return t, c


# ================================================================= 13 correspondence
def addr_block(c):
    return "%s %s\n%s\n%s, %s %s" % (c.first, c.last, c.street, c.city, c.state, c.zip)


def g_correspondence(r):
    lay = r.randrange(7)
    c = make_ctx(r, "gyn" if lay in (0, 1, 5) else None)
    A = c.att
    dt = fdate(c.date + TD(days=r.randrange(1, 20)), pick(r, [2, 2, 0]))
    sal = pick(r, ["Dear %s %s," % (pick(r, ["Ms.", "Mrs."]), c.last), "Dear %s," % c.first, "Dear Patient,"])
    close = pick(r, ["Sincerely,", "Best regards,", "Warm regards,", "Respectfully,"])
    if lay == 0:
        body = pick(r, ["We are pleased to inform you that the results of your recent Pap test and HPV testing were normal. We recommend repeat screening in %d years." % pick(r, [3, 5]),
                        "Your recent Pap test showed atypical squamous cells of undetermined significance (ASC-US) and your HPV test was positive. We recommend a colposcopy. Please call our office to schedule.",
                        "The biopsy from your recent procedure was benign (not cancer). No further treatment is needed at this time."])
        t = "\n".join([letterhead(r, c, c.clinic), "", dt, "", addr_block(c), "", sal, "", wrap(body), "",
                       "If you have any questions, please call us at %s." % phone(r), "", close, "", A.full(r, 1)])
    elif lay == 1:
        c.age = r.randrange(40, 75)
        t = "\n".join([letterhead(r, c, "Breast Health Center at " + c.hosp), "", dt, "", addr_block(c), "", sal, "",
                       wrap("Thank you for having your mammogram at our center on %s. %s" % (fdate(c.date), pick(r, [
                           "We are pleased to let you know that the results show no sign of cancer. Please continue with yearly screening mammograms.",
                           "Your mammogram showed a finding that needs more testing. This is common and most findings are not cancer. Please call %s to schedule additional imaging." % phone(r)]))),
                       "", wrap("Your breast tissue is %s. %s" % (pick(r, ["not dense", "dense"]), "Dense breast tissue can make it harder to find cancer on a mammogram and may be associated with an increased risk. Talk to your provider about whether you need additional screening.")),
                       "", "A report has been sent to: %s" % c.pcp.full(r, 1), "", close, "%s, Interpreting Radiologist" % c.rad.full(r, 1)])
    elif lay == 2:
        t = "\n".join([letterhead(r, c), "", dt, "", "%s\n%s\n%s" % (c.pcp.full(r, 0), pick(r, ["Oakhurst Family Medicine", "Greyfield Primary Care", "Riverbend Community Health Center"]), hosp_addr(r, c)), "",
                       "RE: %s   DOB %s" % (pname(c, r, 1), fdate(c.dob)), "", "Dear Dr. %s," % c.pcp.last, "",
                       wrap("I saw our mutual patient %s today. %s She %s. %s I will continue to follow her and will keep you updated." % (c.first,
                            "She delivered on %s by %s and had %s." % (fdate(c.date), "vaginal delivery" if c.mode == "SVD" else "cesarean", pick(r, ["an uncomplicated course", "a course notable for " + c.s["dx"].lower()])) if c.kind == "ob" else
                            "She is followed for %s." % c.s["dx"].lower(), pick(r, ["is doing well", "has recovered well", "has some persistent concerns"]),
                            pick(r, ["Please resume her routine primary care.", "Her blood pressure medication was stopped.", "I recommend a 2-hour glucose tolerance test in the next few weeks.", "She will need annual diabetes screening."]))),
                       "", close, "", A.full(r, 0), "cc: chart"])
    elif lay == 3:
        t = "\n".join([letterhead(r, c, c.clinic), "", dt, "", pick(r, ["TO WHOM IT MAY CONCERN:", "To Whom It May Concern,", "RE: Work status for " + pname(c, r, 1)]), "",
                       wrap("%s %s (DOB %s) is under my care for %s. %s" % (pick(r, ["Ms.", "Mrs."]), c.last, fdate(c.dob), "pregnancy, EDD %s" % fdate(c.edd) if c.kind == "ob" else c.s["dx"].lower(), pick(r, [
                           "She may continue to work with the following restrictions: no lifting more than 20 lb, frequent breaks, and access to water.",
                           "She is unable to work from %s through %s." % (fdate(c.date), fdate(c.date + TD(days=42))),
                           "Please allow her time off for prenatal appointments approximately every 2-4 weeks.",
                           "She will require reasonable accommodation for lactation (break time and a private space) upon her return to work."]))),
                       "", "Please contact our office with any questions.", "", close, A.full(r, 1), c.clinic])
    elif lay == 4:
        t = "\n".join([letterhead(r, c, c.clinic), "", dt, "", addr_block(c), "", sal, "",
                       wrap(pick(r, ["Our records show you missed your appointment on %s. Regular prenatal visits are important for your health and your baby's health. Please call %s to reschedule." % (fdate(c.date), phone(r)),
                                     "We have been unable to reach you by phone regarding your recent test results. Please contact our office at your earliest convenience.",
                                     "This letter is to inform you that Dr. %s will be leaving the practice effective %s. Your care will continue with our other providers." % (A.last, fdate(c.date + TD(days=60), 2))])),
                       "", close, "", pick(r, ["Patient Services", "The Nursing Staff", A.full(r, 1)]), c.clinic])
    elif lay == 5:
        t = "\n".join([letterhead(r, c), "", dt, "", c.payer, "Attn: Utilization Review / Appeals", "", "RE: %s, Member ID %s" % (pname(c, r, 1), c.member), "",
                       pick(r, ["LETTER OF MEDICAL NECESSITY", "Re: Appeal of denial", "Request for prior authorization"]), "", "To whom it may concern:", "",
                       wrap("I am writing on behalf of my patient, who has %s (%s). %s Therefore, I request approval of %s. Conservative therapy has failed." % (
                           c.s["dx"].lower(), c.s["icd"], c.s["hpi"].capitalize() + ".", c.s["proc"].lower())), "", close, A.full(r, 0), "NPI %s" % A.npi])
    else:
        t = "\n".join([pick(r, ["Patient Portal Message", "MyChart message", "Secure Message"]), "From: %s" % pick(r, [A.full(r, 1), c.cnm.full(r, 1), c.rn.full(r, 1)]), "To: %s" % pname(c, r, 1),
                       "Sent: %s %s" % (fdate(c.date), ftime(r)), "Subject: %s" % pick(r, ["Your test results", "Follow up", "Lab results", "Re: question about medication"]), "",
                       "Hi %s," % c.first, "", wrap(pick(r, ["Your glucose test was normal. No further testing is needed.", "Your iron level is low; please continue your iron pills twice daily.",
                                                            "Your blood type is Rh negative, so you will receive a RhoGAM shot at 28 weeks.", "Your urine culture was negative."])),
                       "", "Let us know if you have questions.", pick(r, [A.first, c.cnm.first, "Nurse " + c.rn.first])])
    return t, c


# ================================================================= 14 consent_form
def g_consent_form(r):
    lay = r.randrange(8)
    c = make_ctx(r, "gyn" if lay in (1, 7) else "ob")
    A = c.att
    form = "Form %s-%d (Rev. %02d/%d)" % (pick(r, ["CON", "HIM", "WH", "OB"]), r.randrange(100, 999), r.randrange(1, 13), r.randrange(2004, 2024))
    sig = "\n".join(["", "Patient signature: ______________________  Date: %s  Time: %s" % (fdate(c.date, 1), ftime(r)),
                     "Witness: ______________________ %s" % c.rn.full(r, 1),
                     "Physician: %s  ______________________" % A.full(r, 1),
                     pick(r, ["Interpreter used: [ ] No  [ ] Yes  Language: ______  ID#: ____", "Interpreter: N/A", "Interpreter (Spanish) ID #%d" % r.randrange(1000, 99999)])])
    if lay in (0, 1):
        proc = OB_SURG.get(c.mode, "Cesarean delivery") if c.kind == "ob" else c.s["proc"]
        risks = "bleeding requiring transfusion, infection, injury to bladder, bowel, ureters or blood vessels, blood clots, anesthesia complications, " + (
            "hysterectomy, injury to the baby, and problems with future pregnancies including placenta accreta" if c.kind == "ob" else "conversion to open surgery, need for further surgery")
        t = "\n".join([c.hosp.upper(), pick(r, ["CONSENT TO OPERATION OR PROCEDURE", "INFORMED CONSENT FOR SURGERY/PROCEDURE", "Authorization for Surgical Procedure"]), form, id_block(r, c, 0), "",
                       wrap("1. I, %s, authorize %s and such assistants as may be selected to perform the following procedure: %s." % (pname(c, r, 1), A.full(r, 1), proc)),
                       wrap("2. The nature and purpose of the procedure, possible alternative methods of treatment, and the risks involved including but not limited to %s have been explained to me." % risks),
                       wrap("3. I understand that residents and other trainees may participate. I consent to the disposal of any tissue removed."),
                       wrap("4. I consent to the administration of anesthesia and to blood transfusion if needed. [ ] I refuse blood products."),
                       "5. No guarantee has been made as to the results.", sig])
    elif lay == 2:
        t = "\n".join([pick(r, ["CONSENT FOR STERILIZATION", "Consent for Sterilization - Federal Form"]), "(Form approved; %s)" % form, "",
                       "CONSENT TO STERILIZATION", wrap("I have asked for and received information about sterilization from %s. When I first asked for the information, I was told that the decision "
                       "to be sterilized is completely up to me. I understand that the sterilization must be considered permanent and not reversible. I was told about temporary methods of birth control. "
                       "I understand that I will be sterilized by an operation known as a %s. I understand that this consent form must be signed at least 30 days before the operation."
                       % (A.full(r, 1), pick(r, ["bilateral tubal ligation", "bilateral salpingectomy", "postpartum tubal ligation"]))),
                       "", "Date of birth: %s" % fdate(c.dob), "Signature: ________________  Date: %s" % fdate(c.date - TD(days=r.randrange(31, 120)), 1),
                       "", "INTERPRETER'S STATEMENT", "[ ] not applicable", "", "STATEMENT OF PERSON OBTAINING CONSENT", "______________  %s  Facility: %s" % (c.cnm.full(r, 1), c.clinic),
                       "", "PHYSICIAN'S STATEMENT", wrap("Shortly before I performed a sterilization operation upon %s on %s, I explained to her the nature of the operation..." % (pname(c, r, 1), fdate(c.date, 1))),
                       "Physician: ____________ %s" % A.full(r, 1)])
    elif lay == 3:
        t = "\n".join([c.hosp, pick(r, ["Consent for Blood Transfusion", "TRANSFUSION CONSENT / REFUSAL", "Blood and Blood Products Informed Consent"]), id_block(r, c, 4), "",
                       wrap("I have been informed that I may need a transfusion of blood or blood products (red cells, plasma, platelets, cryoprecipitate) during my %s. "
                            "Risks include fever, allergic reaction, hemolytic reaction, transfusion-related lung injury, fluid overload, and rarely transmission of infection "
                            "(HIV approx. 1 in 2 million, hepatitis C 1 in 1 million). Alternatives include cell salvage and iron therapy." % pick(r, ["delivery", "hospitalization", "surgery"])),
                       "", "[%s] I CONSENT to transfusion    [%s] I REFUSE transfusion" % (pick(r, ["X", " "]), pick(r, [" ", " ", "X"])),
                       "If refusing, I understand this could result in serious harm or death. ____ (initial)", sig])
    elif lay == 4:
        t = "\n".join([pick(r, ["OBSTETRIC ANESTHESIA CONSENT", "Consent for Labor Analgesia / Anesthesia", "Anesthesia Informed Consent - L&D"]), c.hosp, id_block(r, c, 2), "",
                       "Type: [ ] Epidural  [ ] Spinal  [ ] Combined spinal-epidural  [ ] General  [ ] IV sedation",
                       wrap("Common risks: low blood pressure, itching, nausea, shivering, incomplete pain relief, headache (1 in 100). Rare: infection, bleeding, nerve damage, seizures, "
                            "cardiac arrest, paralysis. I understand that general anesthesia may be needed in an emergency."),
                       "My questions have been answered. " + ("Initials: ____" if chance(r, .5) else ""), sig.replace("Physician", "Anesthesia provider").replace(A.full(r, 1), c.anes.full(r, 1))])
    elif lay == 5:
        t = "\n".join([c.hosp, "TRIAL OF LABOR AFTER CESAREAN (TOLAC) - Patient Counseling and Consent", id_block(r, c, 1), "",
                       wrap("I have had %d prior cesarean delivery(ies) with a %s uterine incision. My doctor/midwife has discussed the option of a trial of labor (TOLAC) and a planned "
                            "repeat cesarean. I understand my chance of successful VBAC is estimated at %d%%. The risk of uterine rupture is about 0.5-0.9%%, which can cause serious injury "
                            "or death of my baby and may require hysterectomy." % (max(1, int(c.P[0])), pick(r, ["low transverse", "low transverse", "unknown"]), r.randrange(48, 82))),
                       "", "Initial one:", "____ I choose a TRIAL OF LABOR", "____ I choose a REPEAT CESAREAN", sig])
    elif lay == 6:
        t = "\n".join([c.hosp + " - Newborn Nursery", pick(r, ["CONSENT FOR NEWBORN CIRCUMCISION", "Parental Consent - Newborn Procedures"]),
                       "Infant: %s   Mother: %s   MRN %s" % (c.baby, pname(c, r, 1), c.mrn), "",
                       wrap("I request and authorize %s to perform circumcision on my son. Risks include bleeding, infection, poor cosmetic result, injury to the penis, and need for further surgery. "
                            "The procedure is not medically necessary. Local anesthesia (nerve block) will be used." % A.full(r, 1)) if chance(r, .6) else
                       wrap("Hepatitis B vaccine, vitamin K injection and erythromycin eye ointment are recommended for all newborns. [ ] I consent to all  [ ] I decline: __________"),
                       "", "Parent/guardian: ________________  Relationship: %s   Date %s" % (pick(r, ["mother", "Mother", "father"]), fdate(c.date, 1)), "Witness: ________ " + c.rn.short()])
    else:
        t = "\n".join([c.clinic, pick(r, ["Consent for Office Procedure", "PROCEDURE CONSENT: " + pick(r, ["Colposcopy/Biopsy", "LEEP", "Endometrial Biopsy", "IUD Insertion", "Nexplanon Insertion/Removal"])]),
                       "Patient: %s    DOB: %s" % (pname(c, r, 1), fdate(c.dob)), "",
                       wrap("The procedure, its purpose, benefits and risks (pain, bleeding, infection, perforation, expulsion or failure) and alternatives have been explained to me in terms I understand."),
                       "I have had the opportunity to ask questions.", "Pregnancy test today: %s" % pick(r, ["neg", "negative", "N/A"]), "",
                       "______________________  Patient      Date %s" % fdate(c.date, 1), "______________________  Provider: %s" % pick(r, [A, c.cnm]).full(r, 1)])
    return t, c


# ================================================================= 15 referral_letter
def g_referral_letter(r):
    lay = r.randrange(7)
    c = make_ctx(r, "gyn" if lay in (2, 6) else "ob")
    A = c.att
    to = [("Maternal-Fetal Medicine", c.mfm, "Summit Perinatal Associates"), ("Genetic Counseling", Prov(r, "MS, CGC", "Genetics"), c.hosp + " Prenatal Genetics"),
          ("Gynecologic Oncology", Prov(r, "MD", "Gynecologic Oncology"), "Tri-River Cancer Institute"), ("Endocrinology", Prov(r, "MD", "Endocrinology"), "Northfield Endocrine Associates"),
          ("Lactation Services", Prov(r, "IBCLC", "Lactation"), c.hosp + " Lactation Center"), ("Behavioral Health", Prov(r, "LCSW", "Psychiatry"), "Perinatal Mood Program"),
          ("Urogynecology / Pelvic PT", Prov(r, "DPT", "Physical Therapy"), "Harbor Pelvic Health")][lay]
    spec, P, org = to
    reason = {0: c.s["dx"] + "; request consultation and co-management", 1: pick(r, ["Advanced maternal age, desires discussion of screening options", "Abnormal cell-free DNA", "Family history of cystic fibrosis"]),
              2: pick(r, ["Complex adnexal mass with elevated CA-125", "Endometrial intraepithelial neoplasia on biopsy"]), 3: pick(r, ["Hyperthyroidism in pregnancy", "Pregestational type 2 diabetes", "Thyroid nodule"]),
              4: pick(r, ["Low milk supply, infant weight loss 9%", "Nipple trauma and latch difficulty", "Breast pump for NICU infant"]),
              5: pick(r, ["EPDS score %d" % r.randrange(13, 22), "History of postpartum depression", "Anxiety in pregnancy"]),
              6: pick(r, ["Stress urinary incontinence", "Pelvic organ prolapse", "Postpartum pelvic floor dysfunction"])}[lay]
    if lay == 2:
        c.s = dict(pick(r, [s for s in GYN_SCEN if s["key"] in ("cyst", "pmb")]))
    urg = pick(r, ["Routine", "Urgent (within 1 week)", "Routine - next available", "STAT"])
    st = r.randrange(4)
    if st == 0:
        t = "\n".join([letterhead(r, c), "", fdate(c.date, 2), "", "%s\n%s\n%s" % (P.full(r, 0), org, hosp_addr(r, c)), "",
                       "RE: %s, DOB %s" % (pname(c, r, 1), fdate(c.dob)), "", "Dear %s," % ("Dr. " + P.last if P.cred in ("MD", "DO") else P.first + " " + P.last), "",
                       wrap("I would appreciate your evaluation of %s, a %d-year-old %s%s, for %s. %s" % (c.first + " " + c.last, c.age, c.Gstr,
                            " currently at " + ga_text(c, r) if c.kind == "ob" else "", reason.lower(), c.s["hpi"].capitalize() + ".")),
                       "", wrap("Current medications: %s. Allergies: %s. Relevant records including %s are enclosed." % ("; ".join(c.s["meds"]) or "none", c.allergy,
                                                                                                                  pick(r, ["prenatal labs and ultrasound reports", "pathology report", "recent office notes"]))),
                       "", "Thank you for seeing her.", "", pick(r, ["Sincerely,", "With thanks,", "Regards,"]), A.full(r, 1), c.clinic, "Phone %s  Fax %s" % (phone(r), phone(r))])
    elif st == 1:
        t = "\n".join([pick(r, ["REFERRAL FORM", "OUTPATIENT REFERRAL REQUEST", "Referral / Authorization Request"]), c.clinic + "  Fax: " + phone(r), "",
                       "Date: %s        Urgency: %s" % (fdate(c.date), urg), "", "PATIENT", "Name: %s   DOB: %s   Phone: %s" % (pname(c, r, 0), fdate(c.dob), c.phone),
                       "Insurance: %s   ID: %s" % (c.payer, c.member), "", "REFERRED TO", "Specialty: %s   Provider: %s" % (spec, P.full(r, 1)), "Facility: %s" % org, "",
                       "REASON FOR REFERRAL: %s" % reason, "Diagnosis / ICD-10: %s %s" % (c.s["icd"], c.s["dx"]), "Visits requested: %d" % r.randrange(1, 7), "",
                       "Referring provider: %s  NPI %s" % (A.full(r, 1), A.npi), "Authorization #: %s" % pick(r, ["pending", "PA%08d" % r.randrange(10 ** 7, 10 ** 8), "not required"])])
    elif st == 2:
        t = wrap("%s\n\nTo: %s (%s)\nFrom: %s\nDate: %s\nRe: %s  MRN %s\n\nReferral for %s. %d yo %s, %s. Please see %s.\n\nThanks, %s" % (
            pick(r, ["Internal referral", "Consult request", "Ambulatory referral"]), spec, org, A.full(r, 1), fdate(c.date, 1), pname(c, r, 1), c.mrn, reason.lower(),
            c.age, c.Gstr, c.s["dx"].lower(), pick(r, ["within 2 weeks", "at next available", "urgently; I have called your office"]), A.first))
    else:
        t = sections(r, [(None, letterhead(r, c)), (None, pick(r, ["Referral Letter", "Letter of Referral", ""])), ("Date", fdate(c.date)),
                         ("To", "%s, %s" % (P.full(r, 1), org)), ("Patient", "%s (DOB %s)" % (pname(c, r, 1), fdate(c.dob))),
                         ("Reason for referral", reason), ("Background", wrap(c.s["hpi"].capitalize() + ". " + pick(r, ["Pregnancy otherwise uncomplicated.", "No other significant history.", "Past history noncontributory."]))),
                         ("Medications", "; ".join(c.s["meds"]) or "none"), ("Specific question", pick(r, ["Please advise on management and delivery timing.", "Please evaluate and treat.", "Would she benefit from surgical management?"])),
                         (None, "Thank you,\n" + A.full(r, 0))])
    return t, c


# ================================================================= 16 advance_directive
def g_advance_directive(r):
    lay = r.randrange(7)
    c = make_ctx(r, "gyn" if lay in (0, 3) else None)
    agent = "%s %s" % (pick(r, MFIRST + FIRST), pick(r, LAST + [c.last, c.last]))
    rel = pick(r, ["spouse", "husband", "sister", "mother", "partner", "friend", "daughter"])
    wit = "\n".join(["Witness 1: ______________________  Printed: %s %s" % (pick(r, FIRST), pick(r, LAST)),
                     "Witness 2: ______________________  Printed: %s %s" % (pick(r, FIRST), pick(r, LAST)),
                     pick(r, ["NOTARY: State of %s, County of %s. Subscribed and sworn before me on %s. ____________ Notary Public, commission expires %s" % (c.state, pick(r, ["Harlan", "Bixby", "Tolland", "Mercer"]), fdate(c.date), fdate(c.date + TD(days=1400))), ""])])
    if lay == 0:
        t = "\n".join([pick(r, ["LIVING WILL DECLARATION", "DECLARATION (Living Will)", "Living Will"]), "State of %s - statutory form" % c.state, "",
                       wrap("I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below. "
                            "If at any time I should have an incurable and irreversible condition that will result in my death within a relatively short time, or if I become permanently unconscious, "
                            "I direct that life-prolonging procedures be withheld or withdrawn." % pname(c, r, 1)),
                       "", "Artificial nutrition and hydration: [%s] I want  [%s] I do not want" % (pick(r, [" ", "X"]), pick(r, ["X", " "])),
                       "", wrap("Pregnancy: I understand that under the law of this state this declaration may have no effect during the course of my pregnancy."),
                       "", "Signed this %s day of %s, %d" % (pick(r, ["1st", "4th", "12th", "22nd", "30th"]), c.date.strftime("%B"), c.date.year), "Declarant: ________________  DOB %s" % fdate(c.dob),
                       "Address: %s, %s, %s" % (c.street, c.city, c.state), "", wit])
    elif lay == 1:
        t = "\n".join([pick(r, ["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "HEALTH CARE PROXY", "Appointment of Health Care Agent"]), "",
                       wrap("I, %s, hereby appoint %s (%s), telephone %s, as my health care agent to make any and all health care decisions for me, except to the extent I state otherwise, "
                            "when I am unable to make my own decisions." % (pname(c, r, 1), agent, rel, phone(r))),
                       "Alternate agent: %s %s, %s" % (pick(r, FIRST), pick(r, LAST), phone(r)), "", "LIMITATIONS: %s" % pick(r, ["none", "My agent may not consent to withdrawal of life support while I am pregnant.", "See attached"]),
                       "", "This power of attorney becomes effective upon my incapacity as determined by my attending physician.", "", "Signature: ________________  Date: %s" % fdate(c.date), "", wit])
    elif lay == 2:
        t = "\n".join(["ADVANCE MEDICAL DIRECTIVE AND RELEASE", pick(r, ["No Blood Transfusion", "Refusal of Blood Products"]), "", id_block(r, c, 4), "",
                       wrap("I, %s, direct that no blood transfusions (whole blood, red cells, white cells, platelets or plasma) be given to me under any circumstances, even if health care "
                            "providers believe such are necessary to preserve my life. This reflects my firmly held religious convictions." % pname(c, r, 1)),
                       "", "Acceptable to me (initial): ___ albumin  ___ cryoprecipitate  ___ clotting factors  ___ cell salvage  ___ erythropoietin  ___ IV iron",
                       "", "I release the hospital and its physicians from liability for any damages resulting from my refusal.",
                       "Agent: %s (%s) %s" % (agent, rel, phone(r)), "", "Signed: ____________  Date %s" % fdate(c.date), wit, "",
                       "Reviewed with patient by: %s on %s. Copy placed in chart; L&D charge nurse and anesthesia notified." % (c.att.full(r, 1), fdate(c.date, 1))])
    elif lay == 3:
        c.age = r.randrange(60, 85)
        t = "\n".join([pick(r, ["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "MOLST", "Portable Medical Order - Life-Sustaining Treatment"]), "HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROVIDERS AS NECESSARY",
                       "Patient: %s   DOB: %s" % (pname(c, r, 0), fdate(c.dob)), "", "A. CARDIOPULMONARY RESUSCITATION: [%s] Attempt CPR  [%s] Do Not Attempt (DNR)" % (pick(r, ["X", " "]), pick(r, [" ", "X"])),
                       "B. MEDICAL INTERVENTIONS: [ ] Full treatment  [%s] Selective treatment  [ ] Comfort-focused" % pick(r, ["X", " "]),
                       "C. ARTIFICIALLY ADMINISTERED NUTRITION: [ ] Long-term  [%s] Trial period  [ ] None" % pick(r, ["X", "X", " "]),
                       "D. Discussed with: [X] Patient  [ ] Agent", "Diagnosis: %s" % pick(r, ["metastatic ovarian carcinoma", "advanced endometrial cancer", "recurrent cervical cancer"]),
                       "", "Physician: %s   Phone %s   Date %s" % (Prov(r, "MD", "Gynecologic Oncology").full(r, 1), phone(r), fdate(c.date)), "Patient signature: ___________"])
    elif lay == 4:
        t = "\n".join([c.hosp, "Advance Directive Screening - Admission", id_block(r, c, 2), "",
                       "Does the patient have an advance directive? [%s] Yes  [%s] No" % (pick(r, ["X", " "]), pick(r, [" ", "X"])),
                       "Type: [ ] Living will  [ ] Health care POA  [ ] Other: ____", "Copy on chart: [ ] Yes [ ] No - family to bring",
                       "Information offered about advance directives: [X] Yes   Declined: [ ]", "Health care agent named: %s (%s) %s" % (agent, rel, phone(r)),
                       "", "Completed by: %s  %s" % (c.rn.full(r, 1), fdate(c.date))])
    elif lay == 5:
        t = "\n".join([pick(r, ["My Health Care Wishes", "ADVANCE DIRECTIVE - Part 1, 2 and 3"]), "", "PART 1: My health care agent: %s, %s, %s" % (agent, rel, phone(r)),
                       "", "PART 2: My wishes", wrap("If I am close to death and cannot communicate: %s. I want to be kept clean and comfortable and have my family present. "
                                                  "If I am pregnant at the time, I want my agent to consult with my obstetrician regarding the welfare of my baby." %
                                                  pick(r, ["I do not want CPR or a breathing machine", "I want all treatments tried until my doctors feel there is no hope"])),
                       "", "PART 3: Organ donation: [%s] any needed organs [ ] none" % pick(r, ["X", " "]), "", "PART 4: Signatures", "Name %s   Signed ________   %s" % (pname(c, r, 1), fdate(c.date)), wit])
    else:
        t = "\n".join(["REVOCATION OF ADVANCE DIRECTIVE" if chance(r, .4) else "Advance Directive - Acknowledgment of Receipt", id_block(r, c, 0), "",
                       wrap(pick(r, ["I hereby revoke my prior advance directive dated %s in its entirety." % fdate(c.date - TD(days=r.randrange(200, 3000))),
                                     "I acknowledge receipt of written information about my right to make health care decisions, including the right to accept or refuse treatment and to formulate an advance directive."])),
                       "", "Signature: ____________   Date: %s" % fdate(c.date), "Witness: %s" % c.rn.full(r, 1)])
    return t, c


# ================================================================= 17 ecg_report
def g_ecg_report(r):
    lay = r.randrange(6)
    c = make_ctx(r)
    rate = r.randrange(58, 128)
    pr, qrs = r.randrange(120, 200), r.randrange(72, 108)
    qt = r.randrange(320, 420)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    rhythm = "Sinus tachycardia" if rate > 100 else ("Sinus bradycardia" if rate < 60 else "Normal sinus rhythm")
    extra = pick(r, ["", "Nonspecific T wave abnormality", "Left axis deviation", "Low voltage QRS", "Borderline ECG", "Premature atrial complexes",
                     "Incomplete right bundle branch block", "Normal ECG"])
    ind = pick(r, ["pre-op", "palpitations in pregnancy", "chest pain postpartum", "preeclampsia with severe features", "tachycardia", "dyspnea, r/o PPCM", "syncope"])
    cardio = Prov(r, "MD", "Cardiology")
    if lay == 0:
        t = "\n".join(["%s   %s" % (pname(c, r, 0), fdate(c.date, 3) + " " + ftime(r, colon=True)),
                       "ID: %s   %d yr  Female   %s   Loc: %s" % (c.mrn, c.age, pick(r, ["Caucasian", "Black", "Hispanic", "Unspecified"]), pick(r, ["L&D", "4W", "PAT", "OBED"])),
                       "Vent. rate      %3d BPM" % rate, "PR interval     %3d ms" % pr, "QRS duration    %3d ms" % qrs, "QT/QTc      %3d/%3d ms" % (qt, qtc),
                       "P-R-T axes  %d %d %d" % (r.randrange(20, 80), r.randrange(-30, 90), r.randrange(10, 70)), "",
                       rhythm, extra, pick(r, ["Normal ECG", "Abnormal ECG", "Borderline ECG", ""]), "No previous ECGs available" if chance(r, .5) else "When compared with ECG of %s, no significant change" % fdate(c.date - TD(days=400), 3),
                       "", "Confirmed by %s (%d) on %s %s" % (cardio.full(r, 3), r.randrange(100, 999), fdate(c.date + TD(days=1), 1), ftime(r)),
                       "Referred by: %s          Technician: %s" % (c.att.full(r, 3), "".join(x[0] for x in [pick(r, FIRST), pick(r, LAST)]))])
    elif lay == 1:
        t = sections(r, [(None, c.hosp + " - Cardiology"), (None, pick(r, ["ELECTROCARDIOGRAM REPORT", "12-LEAD ECG INTERPRETATION", "EKG"])), (None, id_block(r, c)),
                         ("Date", fdate(c.date)), ("Indication", ind), ("Rate", "%d" % rate), ("Rhythm", rhythm), ("Intervals", "PR %d, QRS %d, QTc %d ms" % (pr, qrs, qtc)),
                         ("Axis", pick(r, ["normal", "leftward", "+45"])), ("ST/T", pick(r, ["no acute ST changes", "nonspecific T wave flattening in III, aVF", "normal"])),
                         ("Interpretation", "%s. %s" % (rhythm, extra or "Otherwise normal.")), (None, sigblock(r, c, cardio, "Cardiology"))])
    elif lay == 2:
        t = "\n".join(["ECG  %s  %s" % (fdate(c.date, 1), ftime(r)), pname(c, r, 1) + " " + c.mrn, "", "Indication: " + ind,
                       "Read: %s at %d, PR %d, QRS %d, QTc %d. %s. %s" % (rhythm, rate, pr, qrs, qtc, pick(r, ["No ischemic changes", "No acute ST/T changes", "Nonspecific ST-T changes"]), pick(r, ["Compared to prior, unchanged.", "", "No prior for comparison."])),
                       "Prelim read by %s; final per cardiology." % pick(r, [c.res, c.att]).short()])
    elif lay == 3:
        t = "\n".join([pick(r, ["HOLTER MONITOR REPORT", "24-HOUR AMBULATORY ECG", "Ambulatory Rhythm Monitor Report"]), c.hosp + " Noninvasive Cardiology Lab", id_block(r, c, 1), "",
                       "Hookup: %s  Duration: %d h %d min   Indication: %s" % (fdate(c.date), pick(r, [23, 24, 47, 48]), r.randrange(0, 60), pick(r, ["palpitations at %d weeks" % c.ga_w, "tachycardia", "presyncope"])),
                       "Total beats: {:,}".format(r.randrange(90000, 160000)), "HR min %d (%s), max %d (%s), avg %d" % (r.randrange(48, 65), ftime(r), r.randrange(120, 160), ftime(r), r.randrange(72, 98)),
                       "Supraventricular ectopy: %d isolated PACs, %d couplets, %s" % (r.randrange(0, 900), r.randrange(0, 12), pick(r, ["no SVT", "one 6-beat run of SVT at 168 bpm"])),
                       "Ventricular ectopy: %d PVCs (%.1f%%), no VT" % (r.randrange(0, 2000), r.uniform(0, 1.5)), "Pauses: none >2.5 s",
                       "Patient diary: %s" % pick(r, ["palpitations x3 correlated with sinus tachycardia", "no symptoms recorded", "dizziness correlated with sinus rhythm 88"]), "",
                       "CONCLUSION: %s" % pick(r, ["Predominantly sinus rhythm with infrequent PACs/PVCs. No sustained arrhythmia.", "Symptoms correlate with sinus tachycardia.", "Brief SVT; consider beta blocker."]),
                       "", sigblock(r, c, cardio)])
    elif lay == 4:
        t = "\n".join(["%s  |  %dF  |  %s" % (pname(c, r, 2), c.age, c.mrn), "12 Lead ECG - %s" % pick(r, ["Resting", "STAT", "Pre-procedure"]),
                       "HR %d  PR %d  QRSd %d  QT %d  QTcB %d  Axis P %d QRS %d T %d" % (rate, pr, qrs, qt, qtc, r.randrange(20, 80), r.randrange(-20, 85), r.randrange(10, 70)),
                       "*** %s ***" % rhythm.upper(), "*** %s ***" % (extra.upper() or "WITHIN NORMAL LIMITS"), "UNCONFIRMED - computer interpretation" if chance(r, .5) else "Confirmed: " + cardio.short(),
                       "25 mm/s  10 mm/mV  0.05-150 Hz   %s" % pick(r, ["MAC5500", "PageWriter TC50", "ELI 250c"])])
    else:
        t = "\n".join([c.hosp, "RHYTHM STRIP INTERPRETATION", id_block(r, c, 4), "Date/time: %s %s   Lead II" % (fdate(c.date), ftime(r)),
                       "Rate %d, rhythm %s, PR %.2f, QRS %.2f, QT %.2f" % (rate, rhythm.lower(), pr / 1000.0, qrs / 1000.0, qt / 1000.0),
                       "Context: %s" % pick(r, ["on magnesium sulfate infusion", "during terbutaline administration", "post-ECV monitoring", "telemetry on Antepartum"]),
                       "Interpretation: %s" % pick(r, ["sinus rhythm, no ectopy", "sinus tachycardia, rate-related", "sinus rhythm with occasional PVC"]), "RN: %s" % c.rn.full(r, 1)])
    return t, c


# ================================================================= 18 immunization_record
VAX = [("Tdap (Boostrix)", "0.5 mL", "IM", "L deltoid"), ("Tdap (Adacel)", "0.5 mL", "IM", "R deltoid"), ("Influenza, inactivated, quadrivalent (PF)", "0.5 mL", "IM", "L deltoid"),
       ("COVID-19 mRNA (Moderna)", "0.5 mL", "IM", "L deltoid"), ("COVID-19 mRNA (Pfizer-BioNTech)", "0.3 mL", "IM", "R deltoid"), ("RSV vaccine (Abrysvo)", "0.5 mL", "IM", "L deltoid"),
       ("MMR II", "0.5 mL", "SC", "R upper arm"), ("Varicella (Varivax)", "0.5 mL", "SC", "L upper arm"), ("HPV 9-valent (Gardasil 9)", "0.5 mL", "IM", "L deltoid"),
       ("Hepatitis B (Engerix-B)", "1 mL", "IM", "R deltoid"), ("Rho(D) immune globulin (RhoGAM)", "300 mcg", "IM", "R gluteal")]


def g_immunization_record(r):
    lay = r.randrange(6)
    c = make_ctx(r, "ob" if lay != 4 else "gyn")
    n = r.randrange(2, 7)
    vs = [pick(r, VAX) for _ in range(n)]
    if c.date.year < 2021:
        vs = [v for v in vs if "COVID" not in v[0] and "RSV" not in v[0]] or [VAX[0]]
    rows = []
    for i, v in enumerate(vs):
        d = c.date - TD(days=r.randrange(0, 900))
        rows.append((fdate(d), v, "%s%d%s" % (pick(r, ["AC52B", "U7", "EH", "3CA", "Y0", "KT"]), r.randrange(100, 9999), pick(r, ["A", "AA", "", "B"])),
                     pick(r, ["GSK", "Sanofi", "Merck", "Pfizer", "Moderna", "Kedrion"]), pick(r, [c.rn, c.cnm, Prov(r, "MA", "Clinic")]).short()))
    if lay == 0:
        t = "\n".join([pick(r, ["IMMUNIZATION RECORD", "Vaccine Administration Record", "Immunization History"]), c.clinic, id_block(r, c, 1), "",
                       "%-11s %-42s %-8s %-4s %-12s %-12s %s" % ("Date", "Vaccine", "Dose", "Rt", "Site", "Lot", "Given by")] +
                      ["%-11s %-42s %-8s %-4s %-12s %-12s %s" % (d, v[0], v[1], v[2], v[3], lot, by) for d, v, lot, mf, by in rows] +
                      ["", "VIS provided: yes (edition dates current)   Allergies: %s" % c.allergy])
    elif lay == 1:
        t = "\n".join(["%s IMMUNIZATION INFORMATION SYSTEM" % c.state, "Official Immunization Record - Printed %s" % fdate(c.date), "", "Name: %s   DOB: %s   Sex: F" % (pname(c, r, 0), fdate(c.dob)),
                       "Registry ID: %d" % r.randrange(10 ** 7, 10 ** 8), "", "VACCINE GROUP      DATE ADMINISTERED   SERIES"] +
                      ["%-18s %-19s %s" % (v[0].split(" ")[0].split(",")[0], d, pick(r, ["1 of 1", "Booster", "1 of 2", "2 of 2", "Complete"])) for d, v, lot, mf, by in rows] +
                      ["", "Recommendations: %s" % pick(r, ["Influenza due each season", "Tdap with each pregnancy 27-36 wks", "None due"]),
                       "This record is valid without signature."])
    elif lay == 2:
        v = pick(r, VAX[:6])
        t = "\n".join([c.hosp, pick(r, ["VACCINE ADMINISTRATION / CONSENT", "Vaccine Screening and Consent Form"]), id_block(r, c, 0), "",
                       "Screening questions (Y/N): sick today N, allergy to vaccine component N, prior reaction N, Guillain-Barre N, pregnant %s (%s)" % ("Y", ga_text(c, r)),
                       "I have read the Vaccine Information Statement (VIS dated %s) and consent. Signature: ____________" % fdate(c.date - TD(days=300), 1), "",
                       "ADMINISTRATION", "Vaccine: %s  Dose: %s  Route: %s  Site: %s" % v, "Manufacturer: %s  Lot: %s%d  Exp: %s" % (pick(r, ["GSK", "Sanofi", "Pfizer"]), pick(r, ["AC", "U", "FK"]), r.randrange(1000, 99999), fdate(c.date + TD(days=240), 1)),
                       "Date/time: %s %s   Administered by: %s" % (fdate(c.date), ftime(r), c.rn.full(r, 1)), "Observed 15 min: no reaction"])
    elif lay == 3:
        c.ga_w = max(c.ga_w, 37)
        t = "\n".join([c.hosp + " Newborn Nursery", "NEWBORN IMMUNIZATION / PROPHYLAXIS RECORD", "Infant: %s   DOB %s   MRN %08d" % (c.baby, fdate(c.date), r.randrange(10 ** 7, 10 ** 8 - 1)),
                       "Mother HBsAg: %s" % pick(r, ["negative", "negative", "positive - HBIG given"]), "",
                       "Hepatitis B vaccine (Engerix-B pediatric) 0.5 mL IM R anterolateral thigh  %s %s  Lot %s%d  by %s" % (fdate(c.date), ftime(r), pick(r, ["AHB", "E"]), r.randrange(100, 9999), c.rn.short()),
                       "Phytonadione (vitamin K) 1 mg IM L thigh  %s" % ftime(r), "Erythromycin 0.5%% ophthalmic ointment both eyes  %s" % ftime(r),
                       "VIS given to parent: Hep B  %s" % fdate(c.date - TD(days=r.randrange(200, 900)), 1), "", "Parent refusal: [ ] none  [ ] ____"])
    elif lay == 4:
        t = "\n".join([c.clinic, "Vaccination history (patient-reported and verified)", pname(c, r, 1) + "  " + fdate(c.dob), ""] +
                      ["- %s: %s" % (v[0], d) for d, v, lot, mf, by in rows] +
                      ["- HPV series: %s" % pick(r, ["complete (3 doses)", "incomplete", "unknown"]), "- Rubella titer: %s" % c.rubella, "", "Source: %s" % pick(r, ["state registry", "patient card", "outside records"])])
    else:
        t = "\n".join(["POSTPARTUM IMMUNIZATIONS & RhIG", id_block(r, c, 2), "Blood type %s %s; infant %s" % (c.blood, c.rh, pick(r, ["Rh POS", "Rh NEG", "pending"])), "",
                       "MMR: %s" % ("given %s, R arm SC, lot %s%d" % (fdate(c.date + TD(days=1)), pick(r, ["U0", "W"]), r.randrange(1000, 9999)) if c.rubella != "immune" else "not indicated (immune)"),
                       "Tdap: %s" % pick(r, ["received prenatally %s" % fdate(c.date - TD(days=60)), "given postpartum"]),
                       "RhoGAM 300 mcg IM: %s" % ("given %s %s, lot %s" % (fdate(c.date + TD(days=1)), ftime(r), "RG%05d" % r.randrange(99999)) if c.rh == "negative" else "not indicated"),
                       "Influenza: %s" % pick(r, ["given", "received this season", "declined"]), "", "RN: %s" % c.rn.full(r, 1)])
    return t, c


# ================================================================= 19 registration_form
def g_registration_form(r):
    lay = r.randrange(6)
    c = make_ctx(r)
    emerg = "%s %s (%s) %s" % (pick(r, MFIRST + FIRST), pick(r, LAST + [c.last]), pick(r, ["spouse", "mother", "partner", "sister"]), phone(r))
    emp = pick(r, ["Greyfield School District", "Self-employed", "Unemployed", "Harbor Logistics", "Student", "County Health Dept", "Walbrook Drug"])
    lang = pick(r, ["English", "English", "Spanish", "Vietnamese", "Arabic", "Haitian Creole"])
    if lay == 0:
        t = "\n".join([c.hosp.upper(), "PATIENT REGISTRATION / FACE SHEET", "", "Admit date: %s %s   Type: %s   Unit: %s   Room: %d%s" % (fdate(c.date), ftime(r), pick(r, ["Inpatient", "Observation", "Outpatient", "Emergency"]), pick(r, DEPTS), r.randrange(100, 640), pick(r, ["A", "B", ""])),
                       "Account #: %s   MRN: %s" % (c.acct, c.mrn), "", "PATIENT", "Name: %s   Sex: F   DOB: %s   Age: %d" % (pname(c, r, 0), fdate(c.dob), c.age),
                       "SSN: XXX-XX-%04d   Marital: %s   Language: %s   Religion: %s" % (r.randrange(10000), pick(r, ["M", "S", "D", "Partnered"]), lang, pick(r, ["None", "Catholic", "Baptist", "Jehovah's Witness", "Muslim", "Declined"])),
                       "Address: %s, %s, %s %s   Phone: %s" % (c.street, c.city, c.state, c.zip, c.phone), "Employer: %s" % emp, "",
                       "GUARANTOR: %s   Relationship: self" % pname(c, r, 0), "", "PRIMARY INSURANCE: %s  ID %s  Group %s" % (c.payer, c.member, c.group),
                       "SECONDARY: %s" % pick(r, ["none", "UnityCare Medicaid", "N/A"]), "", "EMERGENCY CONTACT: %s" % emerg,
                       "Attending: %s   Admitting Dx: %s" % (c.att.full(r, 3), c.s["dx"]), "Advance directive: %s" % pick(r, ["N", "Y", "Unknown"]), "Registered by: %s" % pick(r, LAST).upper()[:6]])
    elif lay == 1:
        t = "\n".join([c.clinic, pick(r, ["NEW PATIENT INFORMATION", "Patient Registration Form", "Welcome! Please complete all sections"]), "",
                       "Last name: %s   First: %s   MI: %s" % (c.last, c.first, c.mi), "Date of birth: %s   Preferred name: %s" % (fdate(c.dob), pick(r, ["", c.first[:3], ""])),
                       "Street: %s   City: %s   State: %s  Zip: %s" % (c.street, c.city, c.state, c.zip), "Cell: %s   Home: %s   Email: %s.%s%d@%s" % (c.phone, phone(r) if chance(r, .3) else "", c.first.lower(), c.last.lower()[:5], r.randrange(10, 99), pick(r, ["mailbox.test", "example.net", "inbox.example"])),
                       "Preferred contact: [ ] call [X] text [ ] email", "Race: ______  Ethnicity: [ ] Hispanic [ ] Not Hispanic   Preferred language: %s" % lang, "",
                       "Insurance: %s   Subscriber: %s   ID: %s   Group: %s" % (c.payer, pick(r, ["self", "spouse"]), c.member, c.group),
                       "Referring physician: %s   Primary care: %s" % (pick(r, ["self", c.pcp.full(r, 1)]), c.pcp.full(r, 1)), "Pharmacy: %s" % pick(r, ["CareWay #3012", "Walbrook Drug Main St", "Sav-Rite"]),
                       "Emergency contact: %s" % emerg, "", "Reason for visit: %s" % pick(r, ["new OB", "annual exam", "pregnancy confirmation", "second opinion", "abnormal pap"]),
                       "", "Signature: ____________  Date: %s" % fdate(c.date, 1)])
    elif lay == 2:
        c.kind = "ob"
        t = "\n".join([c.hosp, "MATERNITY PRE-REGISTRATION", "Please return by 32 weeks", "", "Mother: %s  DOB %s  Phone %s" % (pname(c, r, 1), fdate(c.dob), c.phone),
                       "Due date: %s   Physician/Midwife: %s   Pediatrician: %s" % (fdate(c.edd if hasattr(c, 'edd') else c.date), pick(r, [c.att, c.cnm]).full(r, 1), c.peds.full(r, 1)),
                       "Delivery plan: %s" % pick(r, ["vaginal", "scheduled cesarean", "undecided"]), "Support person: %s" % emerg, "Insurance: %s  #%s" % (c.payer, c.member),
                       "Baby's insurance to be added: [X] same plan [ ] Medicaid", "Tour attended: %s   Childbirth class: %s" % (pick(r, ["Y", "N"]), pick(r, ["Y", "N"])),
                       "Feeding plan: %s" % pick(r, ["breast", "formula", "both", "unsure"]), "Cord blood banking: %s" % pick(r, ["no", "private bank kit", "public donation"]),
                       "Special requests: %s" % pick(r, ["none", "vegetarian meals", "Spanish interpreter", "no visitors"]), "Received by: ______ %s" % fdate(c.date, 1)])
    elif lay == 3:
        c.ga_w = max(c.ga_w, 37)
        t = "\n".join([c.hosp.upper() + " ADT", "NEWBORN REGISTRATION", "Infant name: %s   Sex: %s   DOB %s  TOB %s" % (c.baby, c.sex.upper()[0], fdate(c.date), ftime(r)),
                       "Infant MRN: %08d   Acct: %s" % (r.randrange(10 ** 7, 10 ** 8 - 1), "%010d" % r.randrange(10 ** 9, 10 ** 10 - 1)), "Mother: %s  MRN %s  Rm %d" % (pname(c, r, 0), c.mrn, r.randrange(300, 420)),
                       "Father/Partner: %s" % pick(r, ["%s %s" % (pick(r, MFIRST), c.last), "unknown", "not listed"]), "Birth weight: %d g   Delivery: %s" % (c.bw, pick(r, ["vaginal", "C-section"])),
                       "Guarantor: mother   Insurance: %s  (newborn coverage pending)" % c.payer, "Pediatrician: %s" % c.peds.full(r, 1), "Band #: %d" % r.randrange(1000, 99999)])
    elif lay == 4:
        t = "\n".join(["%s   Patient Demographics   %s" % (c.hosp, fdate(c.date)), "-" * 60, "%-22s %s" % ("Legal name", pname(c, r, 0)), "%-22s %s" % ("DOB", fdate(c.dob)),
                       "%-22s %s" % ("Sex at birth", "Female"), "%-22s %s" % ("MRN", c.mrn), "%-22s %s" % ("Address", "%s %s %s %s" % (c.street, c.city, c.state, c.zip)),
                       "%-22s %s" % ("Phone", c.phone), "%-22s %s" % ("Language/Interpreter", lang + (" / Y" if lang != "English" else " / N")), "%-22s %s" % ("PCP", c.pcp.full(r, 1)),
                       "%-22s %s" % ("Payer", c.payer), "%-22s %s" % ("Subscriber ID", c.member), "%-22s %s" % ("Emergency contact", emerg), "%-22s %s" % ("HIPAA NPP ack", "signed " + fdate(c.date, 1))])
    else:
        t = "\n".join([pick(r, ["UPDATE OF PATIENT INFORMATION", "Demographic Change Form"]), c.clinic, "Patient: %s   DOB %s" % (pname(c, r, 1), fdate(c.dob)), "",
                       "Please update the following:", "[X] Address: %s, %s %s %s" % (c.street, c.city, c.state, c.zip), "[%s] Phone: %s" % (pick(r, ["X", " "]), c.phone),
                       "[%s] Name change: previous name %s" % (pick(r, [" ", "X"]), pick(r, LAST)), "[X] Insurance: %s ID %s eff %s" % (c.payer, c.member, fdate(c.date - TD(days=10), 1)),
                       "", "Signature ___________  Date %s" % fdate(c.date, 1), "Office use: entered by %s" % pick(r, ["KM", "jl", "TRW", "ab"])])
    return t, c


# ================================================================= 20 insurance_card
def g_insurance_card(r):
    lay = r.randrange(6)
    c = make_ctx(r)
    mcaid = "Medicaid" in c.payer or chance(r, .2)
    rxbin = "%06d" % r.randrange(10 ** 5, 10 ** 6)
    pcn = pick(r, ["ADV", "MEDDPRIME", "CTRXMCD", "9999", "RXPCN01"])
    front = [c.payer.upper() if chance(r, .6) else c.payer, pick(r, ["PPO", "HMO", "MEDICAID MANAGED CARE", "POS", "EPO", "Choice Plus"])]
    mid = [("Member" if chance(r, .5) else "Name"), pname(c, r, 4) if chance(r, .5) else pname(c, r, 1)]
    idl = "%s %s" % (pick(r, ["ID", "Member ID", "ID#", "Identification No."]), c.member)
    cop = pick(r, ["PCP $%d  Spec $%d  ER $%d" % (pick(r, [10, 20, 25, 30]), pick(r, [40, 50, 60]), pick(r, [150, 250, 300])), "Copays: $0", "OV $25/$50  UC $75  ER $200", "Deductible $%d / OOP $%d" % (pick(r, [500, 1500, 3000]), pick(r, [4000, 6500]))])
    back = ["Member Services: %s   TTY 711" % phone(r, "800"), "Provider Services / Prior Auth: %s" % phone(r, "888"), "Nurse Line 24/7: %s" % phone(r, "877"),
            "Submit claims to: %s, PO Box %d, %s, %s %s" % (c.payer, r.randrange(1000, 99999), pick(r, TOWNS)[0], pick(r, TOWNS)[1], "%05d" % r.randrange(10000, 99999)),
            "Payer ID: %05d" % r.randrange(10000, 99999), pick(r, ["Pre-certification required for all inpatient admissions including maternity.", "In an emergency go to the nearest ER or call 911.",
                                                                    "This card does not guarantee coverage. Present this card at time of service."])]
    if lay == 0:
        t = "\n".join(["[FRONT]"] + front + ["", mid[0] + ": " + mid[1], idl, "Group: " + c.group, "RxBIN %s  RxPCN %s  RxGRP %s" % (rxbin, pcn, pick(r, ["RX1234", "HCPRX", "MCD01"])), cop,
                                            "Effective %s" % fdate(c.date - TD(days=r.randrange(30, 900))), "", "[BACK]"] + back)
    elif lay == 1:
        t = "\n".join(["SCANNED DOCUMENT - INSURANCE CARD (front/back)", "Scanned %s by %s" % (fdate(c.date), pick(r, ["REG01", "frontdesk2", "HIM"])), "", " ".join(front), idl + "    " + "GRP " + c.group,
                       mid[1], "Dependents: %s" % pick(r, ["00 SELF", "01", "02 " + pick(r, FIRST).upper()]), cop, "-" * 40] + back)
    elif lay == 2:
        t = "\n".join(["%s" % front[0], "%s Health Coverage" % c.state if mcaid else front[1], "", mid[1], "Medicaid ID: %s" % ("%010d" % r.randrange(10 ** 9, 10 ** 10 - 1)),
                       "Plan: %s" % pick(r, ["Pregnant Women Coverage", "Family Health Plan", "CHIP Perinatal", "Healthy Mothers"]), "DOB %s   Issued %s" % (fdate(c.dob, 1), fdate(c.date - TD(days=60), 1)),
                       "PCP: %s  %s" % (c.pcp.full(r, 1), phone(r)), "", "Pharmacy BIN %s PCN %s" % (rxbin, pcn)] + back[:3])
    elif lay == 3:
        t = "\n".join([pick(r, ["|", ""]) + front[0] + pick(r, ["", "   (R)"]), "", "Subscriber: %s" % (pick(r, MFIRST).upper() + " " + c.last.upper() if chance(r, .4) else pname(c, r, 4)),
                       "Member: %s  %s" % (pname(c, r, 4), pick(r, ["02", "01", "00"])), idl, "Group No. %s   Plan Code %d" % (c.group, r.randrange(100, 999)),
                       "Network: %s" % pick(r, ["BlueHarbor Select", "Open Access", "Tier 1"]), cop, "", "Back of card:", wrap(" ".join(back), 70)])
    elif lay == 4:
        t = "\n".join(["Insurance verification printout", "Eligibility response %s %s" % (fdate(c.date), ftime(r)), "Payer: %s   Member: %s   ID: %s" % (c.payer, pname(c, r, 0), c.member),
                       "Status: %s   Coverage: %s - %s" % (pick(r, ["ACTIVE", "Active", "ACTIVE COVERAGE"]), fdate(c.date - TD(days=200)), pick(r, ["open", fdate(c.date + TD(days=165))])),
                       "Benefits: %s" % cop, "Maternity: covered, notify within 24h of admission", "", "-- copy of card attached --", front[0], idl, "GRP " + c.group])
    else:
        t = "\n".join([front[0][:int(len(front[0]) * .7)] + pick(r, ["..", "~", ""]), idl.replace("0", pick(r, ["0", "O"])), mid[1], "Grp %s  %s" % (c.group, front[1]),
                       "Rx BIN %s" % rxbin, "", back[0], back[3][:60]])
    return t, c


# ================================================================= 21 nursing_note
def g_nursing_note(r):
    lay = r.randrange(8)
    c = make_ctx(r, "gyn" if lay == 7 else "ob")
    N = c.rn
    if lay == 0:  # L&D triage nursing
        t = "\n".join(["OB TRIAGE NURSING ASSESSMENT", id_block(r, c, 2), "Arrival %s %s via %s" % (fdate(c.date), ftime(r), pick(r, ["ambulatory", "wheelchair", "EMS", "private vehicle"])), "",
                       "%s @ %s  EDD %s  Prenatal care: %s" % (c.Gstr, c.gastr, fdate(c.edd, 1), c.clinic),
                       "Chief complaint: %s" % pick(r, ["ctx since 0300", "LOF", "decreased FM", "elevated BP at clinic", "vaginal bleeding"]),
                       "Pain %d/10  %s" % (r.randrange(0, 9), vitals_line(r, c, 3)), "EFM applied %s. %s %s" % (ftime(r), fhr_line(r, c), toco_line(r)),
                       "SVE by %s: %s" % (pick(r, ["RN", "CNM", "MD"]), cervix(r, c)), "Membranes: %s" % pick(r, ["intact", "ruptured, clear", "?ROM - fern sent"]),
                       "GBS %s  Allergies %s" % (c.gbs, c.allergy), "Provider %s notified at %s; orders received." % (pick(r, [c.att, c.cnm, c.res]).short(), ftime(r)), "", "%s" % N.full(r, 1)])
    elif lay == 1:  # labor flowsheet narrative
        rows = []
        h = r.randrange(0, 20)
        for i in range(r.randrange(5, 11)):
            rows.append("%s  %s" % (ftime(r, (h + i) % 24, r.randrange(0, 60)), pick(r, [
                "Pt resting w/ epidural, repositioned L lateral. FHR %d mod var, ctx q3 min." % r.randrange(125, 155, 5),
                "SVE %s per %s." % (cervix(r, c), c.res.short()), "Pitocin increased to %d mU/min per protocol." % r.randrange(4, 18, 2),
                "BP %d/%d, HR %d. Foley draining clear yellow urine." % (c.sbp + r.randrange(-10, 5), c.dbp, c.hr),
                "Late decel noted; pitocin off, position change, IVF bolus, O2 per protocol, MD notified.", "Peanut ball placed.",
                "Pt pushing with good effort, FHR 130s with early decels.", "PCN G 2.5 mU IV given." if c.gbs == "positive" else "Temp %s." % c.temp,
                "Support person at bedside. Pt coping well."])))
        t = "\n".join([pick(r, ["INTRAPARTUM NURSING NOTES", "Labor Progress - RN Documentation", "Nursing Narrative - L&D"]), pname(c, r, 0) + "  " + c.mrn + "  " + fdate(c.date), ""] + rows + ["", N.full(r, 1)])
    elif lay == 2:  # postpartum shift note
        t = sections(r, [(None, pick(r, ["Postpartum Nursing Shift Assessment", "MOTHER-BABY RN NOTE", "Nursing Progress Note - Postpartum"])), (None, id_block(r, c, 0)),
                         ("Date/Shift", "%s  %s" % (fdate(c.date + TD(days=1)), pick(r, ["0700-1900", "1900-0700", "Days", "Nights"]))),
                         ("Vitals", vitals_line(r, c, 1)), ("Fundus", pick(r, ["firm, midline, U-1", "firm @ U", "boggy -> firm with massage, U+1"])),
                         ("Lochia", pick(r, ["rubra, small", "moderate rubra, no clots", "scant"])), ("Perineum/Incision", pick(r, ["REEDA 0, ice pack applied", "incision c/d/i", "mild edema, sitz bath"])),
                         ("Pain", "%d/10, ibuprofen given %s" % (r.randrange(0, 7), ftime(r))), ("Elimination", pick(r, ["voiding qs", "voided x3, +flatus", "Foley removed 0600, DTV at 1000"])),
                         ("Breasts/Feeding", pick(r, ["breastfeeding q2-3h, latch good", "formula 30 mL q3h", "pumping for NICU"])), ("Emotional", pick(r, ["bonding well", "tearful, support given", "appropriate"])),
                         ("Education", pick(r, ["PP warning signs, safe sleep", "Peri care, incision care", "Breastfeeding positions"])), (None, N.full(r, 1) + "  " + ftime(r))])
    elif lay == 3:  # lactation consult
        L = Prov(r, "IBCLC", "Lactation", female=True)
        t = "\n".join([pick(r, ["LACTATION CONSULTATION", "Lactation Note", "Breastfeeding Assessment - IBCLC"]), id_block(r, c, 2), "Infant: %s  DOL %d  BW %d g  Current wt %d g (-%.1f%%)" % (c.baby, r.randrange(1, 4), c.bw, int(c.bw * 0.94), 6.0), "",
                       "Reason: %s" % pick(r, ["sore nipples", "latch difficulty", "first-time breastfeeding", "late preterm infant", "supplementation questions"]),
                       "Maternal: %s, breasts %s, nipples %s" % (pick(r, ["primip", "multip, BF x1 prior"]), pick(r, ["soft", "filling", "engorged"]), pick(r, ["everted", "flat", "L nipple abrasion"])),
                       "Feeding observed: LATCH score %d. %s position. Audible swallows %s." % (r.randrange(5, 11), pick(r, ["Cross-cradle", "Football", "Laid back"]), pick(r, ["present", "intermittent"])),
                       "Plan: %s" % pick(r, ["Feed 8-12x/24h, hand expression, lanolin", "Pump after feeds, supplement EBM 10-15 mL via syringe", "Nipple shield 20 mm, f/u outpatient lactation"]),
                       "Outpatient lactation clinic number given.", "", L.full(r, 1)])
    elif lay == 4:  # newborn nursing
        t = "\n".join([pick(r, ["Newborn Nursing Admission", "NURSERY NOTE", "Transition Nursing Note"]), "%s  DOB %s %s" % (c.baby, fdate(c.date), ftime(r)),
                       "T %.1f  HR %d  RR %d  Glucose %d mg/dL" % (r.uniform(36.5, 37.3), r.randrange(120, 160), r.randrange(38, 58), r.randrange(38, 80)),
                       "Wt %d g  L %.1f cm  HC %.1f cm" % (c.bw, r.uniform(47, 53), r.uniform(32, 36)), "Skin-to-skin with mother x %d min. First feed at %s." % (r.randrange(30, 90), ftime(r)),
                       "Meds: Vit K 1 mg IM, erythromycin OU, Hep B %s" % pick(r, ["given", "deferred - parents to decide", "given"]), "Bands checked/matched with mother #%d. Hugs tag on." % r.randrange(1000, 9999),
                       "Voided: %s  Stooled: %s" % (pick(r, ["Y", "N"]), pick(r, ["Y (meconium)", "N"])), "", N.full(r, 1)])
    elif lay == 5:  # SBAR handoff
        t = "\n".join(["SBAR HANDOFF", "%s  %s  Rm %d" % (pname(c, r, 1), c.mrn, r.randrange(200, 450)), "",
                       "S: %d yo %s %s" % (c.age, c.Gstr, pick(r, ["PPD1 s/p SVD", "POD1 s/p C/S", "IOL in progress @ %s" % c.gastr, "antepartum, %s" % c.s["dx"]])),
                       "B: %s. Allergies %s. GBS %s. Blood type %s%s." % (c.s["dx"], c.allergy, c.gbs, c.blood, "+" if c.rh == "positive" else "-"),
                       "A: " + vitals_line(r, c, 3) + ". " + pick(r, ["Stable.", "BP trending up, provider aware.", "QBL 650, fundus firm.", "Mag at 2 g/h, DTRs 2+, UO 40 mL/h."]),
                       "R: %s" % pick(r, ["Recheck BP at %s" % ftime(r), "Labs due at 0400", "Continue q1h mag assessments", "Ambulate, remove foley at 0600"]), "",
                       "Off-going: %s   On-coming: %s" % (N.short(), Prov(r, "RN").short())])
    elif lay == 6:  # PPH / magnesium flowsheet
        rows = ["%s  BP %d/%d  RR %d  SpO2 %d  DTR %s  UO %d mL  LOC %s" % (ftime(r), c.sbp + r.randrange(-20, 8), c.dbp + r.randrange(-12, 6), r.randrange(14, 20), r.randrange(95, 100), pick(r, ["2+", "2+", "3+"]), r.randrange(25, 120), "A&Ox3") for _ in range(r.randrange(4, 9))]
        t = "\n".join([pick(r, ["MAGNESIUM SULFATE MONITORING RECORD", "High Risk OB Flowsheet", "Hourly Assessment - Magnesium"]), id_block(r, c, 0), "Mag sulfate 4 g load at %s, 2 g/h maintenance" % ftime(r), ""] + rows +
                      ["Lung sounds clear. No visual changes. Mag level %.1f at %s." % (r.uniform(4.2, 7.0), ftime(r)), "", N.full(r, 1)])
    else:  # gyn post-op nursing
        t = wrap("%s %s Nursing Note: Pt received from PACU at %s s/p %s. A&Ox3, %s. Dressing %s. Foley draining %s. SCDs on. Pain %d/10, medicated per MAR. "
                 "Call light within reach, fall precautions reviewed. Will continue to monitor. -- %s" % (fdate(c.date, 1), ftime(r), ftime(r), c.s["proc"].lower(), vitals_line(r, c, 3),
                                                                                                         pick(r, ["C/D/I", "port sites with Dermabond, c/d/i", "small drainage marked"]),
                                                                                                         pick(r, ["clear yellow urine", "n/a - voided", "amber urine 200 mL"]), r.randrange(0, 8), N.full(r, 1)))
        t = pick(r, ["NURSING NOTE\n", "Nursing Progress Note\n", ""]) + id_block(r, c, 4) + "\n\n" + t
    return t, c


# ================================================================= 22 ed_note
def g_ed_note(r):
    lay = r.randrange(7)
    c = make_ctx(r, "gyn" if lay in (0, 1) else "ob")
    E = Prov(r, pick(r, ["MD", "DO", "PA-C"]), "Emergency Medicine")
    cc_map = {0: ("vaginal bleeding and cramping", "Threatened abortion" if chance(r, .5) else "Pregnancy of unknown location", "6w%dd by LMP" % r.randrange(7)),
              1: ("right lower quadrant pain", c.s["dx"] if c.s["key"] in ("ectopic", "cyst") else "Ovarian cyst, right, hemorrhagic", ""),
              2: ("nausea and vomiting x3 days", "Hyperemesis gravidarum with dehydration", ""), 3: ("flank pain and fever", "Acute pyelonephritis in pregnancy", ""),
              4: ("motor vehicle collision, restrained driver", "MVC in pregnancy, minor abdominal trauma", ""), 5: ("headache 5 days postpartum", "Postpartum preeclampsia", ""),
              6: ("leg swelling and shortness of breath postpartum", pick(r, ["Left lower extremity DVT", "Postpartum dyspnea, PE ruled out"]), "")}
    cc, dx, _ = cc_map[lay]
    if lay == 2:
        c.ga_w = r.randrange(7, 15)
    if lay in (5, 6):
        c.ga_w = 0
    preg = ("%s at %s" % (c.Gstr, ga_text(c, r))) if c.ga_w else ("%s, %d days postpartum" % (c.Gstr, r.randrange(2, 20)) if lay in (5, 6) else c.Gstr)
    workup = {0: "UPT positive. Quant hCG %d. Hgb %.1f. Blood type %s %s. TVUS: %s." % (r.randrange(800, 4000), c.hgb, c.blood, c.rh, pick(r, ["IUP with yolk sac, no fetal pole", "no definitive IUP, no adnexal mass, no free fluid", "IUP with FHR 118"])),
              1: "UPT %s. WBC %.1f. US: %s." % ("positive" if c.s["key"] == "ectopic" else "negative", c.wbc, pick(r, ["4.2 cm right hemorrhagic cyst, normal Doppler flow", "free fluid with right adnexal mass", "normal ovaries, appendix not visualized"])),
              2: "UA: ketones 3+, SG 1.030. BMP: K 3.%d, bicarb %d. TSH normal. Lipase normal." % (r.randrange(1, 6), r.randrange(18, 24)),
              3: "UA: >50 WBC, nitrite +, LE large. WBC %.1f. Cr 0.%d. Blood cultures sent. Renal US: mild right hydronephrosis, physiologic." % (c.wbc + 4, r.randrange(5, 10)),
              4: "FAST negative. Kleihauer-Betke sent. Toco: %s. FHR %d." % (pick(r, ["no contractions", "irritability"]), r.randrange(130, 155)),
              5: "BP %d/%d repeated. Plt %d, AST %d, ALT %d, Cr 0.%d, UPC %.2f." % (c.sbp + 15, c.dbp + 8, c.plt, r.randrange(20, 80), r.randrange(15, 70), r.randrange(5, 9), r.uniform(0.3, 1.2)),
              6: "D-dimer elevated. LE duplex: %s. CTA chest: %s." % (pick(r, ["occlusive thrombus L popliteal and femoral", "no DVT"]), pick(r, ["no PE", "not performed"]))}[lay]
    tx = {0: "Rh %s%s. Discussed PUL/threatened AB, repeat hCG in 48 h in OB clinic, ectopic precautions." % (c.rh, " - RhoGAM 50 mcg given" if c.rh == "negative" else ""),
          1: "Morphine 4 mg IV, ondansetron. GYN (Dr. %s) consulted: %s." % (c.att.last, pick(r, ["to OR", "pain control and outpatient follow up", "admit for observation"])),
          2: "LR 2 L with dextrose, thiamine 100 mg, ondansetron 4 mg IV, metoclopramide. Tolerated PO trial.", 3: "Ceftriaxone 1 g IV. OB consulted, admit to antepartum.",
          4: "Transferred to L&D for 4-6 hours continuous monitoring per trauma protocol. Rh %s." % c.rh,
          5: "Labetalol 20 mg IV, magnesium sulfate 4 g load. OB consulted, admitted to L&D.", 6: "Enoxaparin %d mg SC started. Hematology/OB aware." % r.randrange(60, 120, 10)}[lay]
    dispo = pick(r, ["Discharged home", "Admitted", "Transferred to L&D", "Discharged home in stable condition"]) if lay in (0, 1, 2) else pick(r, ["Admitted to OB", "Transferred to L&D", "Admitted"])
    ros = pick(r, ["All other systems reviewed and negative.", "10-point ROS negative except as in HPI.", "ROS: +as per HPI, otherwise neg"])
    hpi = "%d yo %s presents with %s. %s" % (c.age, preg, cc, pick(r, ["Onset %d hours ago." % r.randrange(2, 48), "Symptoms began yesterday and have worsened.", "Denies fever or syncope.", "Reports similar episode last week."]))
    st = r.randrange(4)
    if st == 0:
        t = sections(r, [(None, c.hosp + " Emergency Department" if lay < 2 else pick(r, [c.hosp + " Obstetric Emergency Department", "OB ED / Triage - " + c.hosp])), (None, id_block(r, c)),
                         ("Arrival", "%s %s  Mode: %s  Acuity: ESI %d" % (fdate(c.date), ftime(r), pick(r, ["walk-in", "EMS", "private car"]), r.randrange(2, 4))),
                         ("Chief Complaint", cc), ("HPI", wrap(hpi)), ("ROS", ros), ("PMH", pick(r, ["none", "asthma", "anxiety", "prior ectopic"])), ("Meds", "; ".join(c.s["meds"]) or "none"),
                         ("Allergies", c.allergy), ("Exam", vitals_line(r, c) + "\n" + pick(r, ["Abd soft, mild suprapubic TTP.", "CVA tenderness right.", "Abd nontender, gravid.", "Mild LLE edema, calf tender."])),
                         ("ED Course / MDM", wrap(workup + " " + tx)), ("Diagnosis", dx), ("Disposition", dispo), (None, sigblock(r, c, E))])
    elif st == 1:
        t = wrap("%s\nED PROVIDER NOTE\n%s\nTime seen: %s\n\nCHIEF COMPLAINT: %s\n\nHISTORY OF PRESENT ILLNESS: %s\n\nREVIEW OF SYSTEMS: %s\n\nPHYSICAL EXAM: %s. %s\n\n"
                 "RESULTS: %s\n\nMEDICAL DECISION MAKING: Differential includes %s. %s\n\nCLINICAL IMPRESSION: %s\n\nDISPOSITION: %s\n\n%s" % (
                     c.hosp.upper(), id_block(r, c, 3), ftime(r), cc.upper(), hpi, ros, vitals_line(r, c), pick(r, ["Uncomfortable appearing.", "Well appearing.", "Ill-appearing, febrile."]),
                     workup, pick(r, ["ectopic pregnancy, threatened abortion, corpus luteum cyst", "torsion, appendicitis, ruptured cyst", "pyelonephritis, nephrolithiasis, preterm labor",
                                      "preeclampsia, migraine, post-dural puncture headache, CVST", "DVT, PE, peripartum cardiomyopathy"]), tx, dx, dispo, sigblock(r, c, E)))
    elif st == 2:
        t = "\n".join(["ED Note  %s  %s" % (fdate(c.date, 1), ftime(r)), pname(c, r, 0) + "  " + c.mrn, "", "CC: " + cc, "HPI: " + wrap(hpi), "Vitals: " + vitals_line(r, c, 3),
                       "PE: " + pick(r, ["NAD. Abd soft, TTP RLQ, no rebound.", "Dry MM. Abd NT.", "Gravid, NT. Pelvic deferred to OB."]), "Labs/Imaging: " + workup, "Tx: " + tx, "Imp: " + dx, "Dispo: " + dispo,
                       pick(r, ["Return precautions given.", "Pt agrees with plan.", ""]), E.full(r, 1)])
    else:
        t = "\n".join([pick(r, ["EMERGENCY DEPARTMENT RECORD", "Emergency Physician Documentation"]), c.hosp, id_block(r, c, 1), "",
                       "Triage: %s  Pain %d/10" % (vitals_line(r, c, 3), r.randrange(2, 10)), "Triage note: %s" % cc, "", "Physician assessment:", wrap(hpi + " " + ros), "",
                       "Orders: " + pick(r, ["CBC, BMP, UA, hCG, type & screen", "CBC, CMP, LFT, UPC, uric acid", "UA, urine culture, CBC, blood cultures x2"]),
                       "Results: " + wrap(workup), "", "Reassessment %s: %s" % (ftime(r), pick(r, ["improved", "pain 2/10", "BP improved", "tolerating PO"])),
                       "Final Dx: " + dx + "   (" + pick(r, ["O20.0", "O00.90", "O21.1", "O23.03", "O9A.213", "O14.15", "O87.1", "N83.201"]) + ")", "Disposition: " + dispo, "", sigblock(r, c, E)])
    return t, c


# ================================================================= 23 transfer_summary
def g_transfer_summary(r):
    lay = r.randrange(6)
    c = make_ctx(r, "ob")
    recv = pick(r, ["Tri-River University Medical Center", "Covenant Valley Regional Medical Center", "Northstar Children's Hospital", "St. Ansgar Tertiary Care Hospital"])
    if lay in (0, 3):
        c.s = dict(pick(r, [s for s in OB_SCEN if s["key"] in ("pecsf", "ptl", "pprom", "twins")]))
        c.ga_w = min(c.ga_w, 31)
    reason = pick(r, ["Need for Level III/IV NICU", "Maternal ICU care", "Higher level of maternal care (MFM)", "Neonatal surgical evaluation", "Bed availability"])
    if lay == 0:
        t = sections(r, [(None, c.hosp), (None, pick(r, ["MATERNAL TRANSFER SUMMARY", "Interfacility Transfer Summary - Maternal", "TRANSFER NOTE"])), (None, id_block(r, c)),
                         ("Date/Time of transfer", "%s %s" % (fdate(c.date), ftime(r))), ("Transferring physician", c.att.full(r, 0)), ("Accepting physician", "%s, %s" % (Prov(r, "MD", "MFM").full(r, 1), recv)),
                         ("Reason for transfer", reason + ". " + c.s["dx"] + " at " + ga_text(c, r)),
                         ("Summary", wrap("%d yo %s presented with %s. Received: %s. Last SVE %s. Last FHR: %s" % (c.age, c.Gstr, c.s["hpi"], "; ".join(c.s["meds"][1:]) or "none", cervix(r, c), fhr_line(r, c)))),
                         ("Current infusions", pick(r, ["Magnesium sulfate 2 g/h", "LR 125 mL/h", "Ampicillin q6h, magnesium for neuroprotection", "none"])),
                         ("Most recent vitals", vitals_line(r, c)), ("Labs", "Hgb %.1f, Plt %d, GBS %s, blood type %s%s" % (c.hgb, c.plt, c.gbs, c.blood, "+" if c.rh == "positive" else "-")),
                         ("Mode of transport", pick(r, ["Critical care ground ambulance with RN", "Air (rotor wing)", "ALS ambulance"])),
                         ("Copies sent", "Prenatal record, H&P, MAR, labs, EFM strips, imaging CD"), (None, sigblock(r, c))])
    elif lay == 1:
        c.ga_w = r.randrange(28, 36)
        t = "\n".join([c.hosp + " Special Care Nursery", pick(r, ["NEONATAL TRANSFER SUMMARY", "Infant Transfer Note"]), "Infant: %s  DOB %s  GA %s  BW %d g" % (c.baby, fdate(c.date), ga_text(c, r), c.bw),
                       "Mother: %s, %d yo %s, %s" % (pname(c, r, 1), c.age, c.Gstr, c.s["dx"]), "Transfer to: %s NICU    Accepting: %s" % (recv, Prov(r, "MD", "Neonatology").full(r, 1)), "",
                       "Reason: %s" % pick(r, ["respiratory distress requiring CPAP FiO2 >40%", "suspected congenital heart disease", "bilious emesis, r/o malrotation", "HIE, therapeutic hypothermia candidate"]),
                       "Course: Apgars %d/%d. %s. Blood culture sent, ampicillin and gentamicin started. Glucose %d." % (c.ap1, c.ap5, pick(r, ["Intubated, surfactant x1", "CPAP +6", "PPV x 60 s then CPAP"]), r.randrange(40, 90)),
                       "Lines: %s" % pick(r, ["PIV x1", "UVC 5 Fr, UAC 3.5 Fr", "PIV"]), "Last vitals: T %.1f HR %d RR %d SpO2 %d%%" % (r.uniform(36.4, 37.5), r.randrange(130, 170), r.randrange(40, 70), r.randrange(90, 99)),
                       "Parents updated; consent for transport signed.", "Transport team: %s" % pick(r, ["Northstar Neonatal Transport", "AirCare 2"]), "", sigblock(r, c, c.peds)])
    elif lay == 2:
        t = "\n".join(["CERTIFICATION/MEMORANDUM OF TRANSFER (EMTALA)", c.hosp, id_block(r, c, 0), "",
                       "[X] Patient is stable for transfer  [ ] Patient is in labor - benefits outweigh risks",
                       "Medical benefits: %s" % reason, "Risks: %s" % pick(r, ["delivery en route, deterioration", "worsening hypertension, seizure", "bleeding"]),
                       "Receiving facility %s has accepted and has space/personnel; accepted by %s at %s." % (recv, Prov(r, "MD").full(r, 1), ftime(r)),
                       "Records sent: [X] Yes   Vital signs at transfer: %s" % vitals_line(r, c, 3), "Patient consent to transfer: signed ________  %s" % fdate(c.date),
                       "Physician certification: %s  ________" % c.att.full(r, 1)])
    elif lay == 3:
        t = wrap("%s\n\nTRANSFER SUMMARY\n\n%s\n\nThis %d-year-old %s at %s is being transferred to %s for %s. She was admitted on %s with %s. %s She has received %s. "
                 "At the time of transfer she is %s. The accepting physician, %s, has been given a full report. Family is aware.\n\n%s" % (
                     letterhead(r, c, c.hosp), id_block(r, c, 5), c.age, c.Gstr, ga_text(c, r), recv, reason.lower(), fdate(c.date - TD(days=r.randrange(0, 3))), c.s["hpi"],
                     fhr_line(r, c), ", ".join(c.s["meds"][1:]) or "supportive care", pick(r, ["hemodynamically stable", "stable with BP %d/%d" % (c.sbp, c.dbp)]),
                     Prov(r, "MD").full(r, 1), sigblock(r, c)))
    elif lay == 4:
        unit = pick(r, ["L&D to Mother-Baby", "PACU to Women's Surgical", "L&D to ICU", "Antepartum to L&D"])
        t = "\n".join(["INTRAFACILITY TRANSFER REPORT  (%s)" % unit, id_block(r, c, 2), fdate(c.date) + " " + ftime(r), "",
                       "Dx: %s   Delivery: %s" % (c.s["dx"], "SVD" if c.mode == "SVD" else "C/S"), "Allergies: %s   Code: Full" % c.allergy, "Vitals: %s" % vitals_line(r, c, 3),
                       "IV: %s   Foley: %s   Diet: %s" % (pick(r, ["18g L FA saline locked", "LR @ 125", "oxytocin infusion running"]), pick(r, ["yes", "no"]), pick(r, ["regular", "clears", "NPO"])),
                       "Last meds: %s at %s" % (pick(r, ["ibuprofen 600", "ketorolac 30 IV", "oxytocin", "PCN G"]), ftime(r)), "QBL: %d mL" % c.ebl, "Baby: %s" % pick(r, ["with mother", "NICU", "nursery"]),
                       "Report given by %s to %s" % (c.rn.short(), Prov(r, "RN").short())])
    else:
        t = "\n".join([pick(r, ["Transfer of Care Note", "TRANSFER NOTE - OB"]), pname(c, r, 1), fdate(c.date), "",
                       "Transfer from: %s  To: %s" % (pick(r, ["OB service", c.hosp]), pick(r, ["MICU, " + c.hosp, recv, "Gyn Oncology service"])),
                       "Reason: %s" % pick(r, ["PPH with massive transfusion protocol, need for ICU monitoring", "pulmonary edema requiring BiPAP", "sepsis from endometritis"]),
                       "Events: %s" % pick(r, ["QBL 2400 mL after SVD; uterotonics (oxytocin, methergine, carboprost, TXA) and Bakri; 4u PRBC, 2 FFP", "SpO2 86% RA after fluid boluses; furosemide 20 mg IV", "T 39.4, HR 128, lactate 3.1"]),
                       "Current: %s" % vitals_line(r, c), "Pending: %s" % pick(r, ["repeat CBC/coags", "echo", "blood cultures"]), "OB will continue to follow.", sigblock(r, c, pick(r, [c.res, c.att]))])
    return t, c


# ================================================================= 24 provider_orders
def g_provider_orders(r):
    lay = r.randrange(7)
    c = make_ctx(r, "gyn" if lay == 4 else "ob")
    P = pick(r, [c.att, c.res, c.cnm])
    box = lambda: pick(r, ["[X]", "[ ]", "[x]", "[X]"])
    if lay == 0:
        items = ["Admit to: Labor & Delivery   Attending: %s" % c.att.full(r, 1), "Diagnosis: IUP at %s, %s" % (c.gastr, pick(r, ["labor", "IOL", c.s["dx"].lower()])),
                 "Condition: stable   Code status: Full", "Allergies: %s" % c.allergy, "Vitals per L&D protocol; continuous EFM/toco", "Activity: ad lib / up with assistance after epidural",
                 "Diet: clear liquids", "IV: LR at 125 mL/h; 18g IV", "Labs: CBC, type and screen, RPR%s" % (", CMP, uric acid, UPC" if c.s["bp"] else ""),
                 "Oxytocin 30 units/500 mL NS: start 2 mU/min, increase by 2 mU/min q30 min to max 20 mU/min" if chance(r, .6) else "Misoprostol 25 mcg PV q4h x up to 6 doses",
                 "Penicillin G 5 million units IV x1 then 2.5-3 million units q4h until delivery" if c.gbs == "positive" else "GBS negative - no prophylaxis",
                 "Fentanyl 50-100 mcg IV q1h PRN pain; anesthesia consult for epidural on request", "Ondansetron 4 mg IV q6h PRN nausea",
                 "Postpartum: oxytocin 30 units/500 mL at 125 mL/h after delivery of placenta"]
        t = "\n".join([c.hosp.upper(), pick(r, ["L&D ADMISSION ORDERS", "OBSTETRIC ADMISSION ORDER SET", "Intrapartum Orders"]), id_block(r, c, 3), ""] +
                      ["%s %s" % (box(), x) for x in items] + ["", "Physician: %s   Date %s  Time %s" % (P.full(r, 1), fdate(c.date, 1), ftime(r)), "Noted by RN: %s  %s" % (c.rn.short(), ftime(r))])
    elif lay == 1:
        t = "\n".join([pick(r, ["MAGNESIUM SULFATE ORDERS - PREECLAMPSIA", "Magnesium Sulfate Protocol Orders"]), id_block(r, c, 0), "Weight %d kg" % int(c.wt_lb / 2.2), "",
                       "1. Magnesium sulfate 4 g IV loading dose over 20 min, then 2 g/h (40 g/1000 mL)", "2. Foley catheter; strict I&O; notify if UO <30 mL/h x2 h",
                       "3. Assess DTRs, RR, LOC q1h. Notify for RR <12, absent DTRs, SpO2 <95%", "4. Magnesium level 4-6 h after load and prn; hold for level >8",
                       "5. Calcium gluconate 1 g IV at bedside", "6. Labetalol 20 mg IV for SBP >=160 or DBP >=110, repeat 40 mg in 10 min, then 80 mg; hydralazine if ineffective",
                       "7. Seizure precautions, padded rails", "8. Preeclampsia labs q6h: CBC, CMP, LDH", "", "Ordering: %s  %s %s" % (P.full(r, 1), fdate(c.date, 1), ftime(r)),
                       pick(r, ["Read back and verified: %s RN" % c.rn.short(), "Verbal order received by %s RN" % c.rn.short(), ""])])
    elif lay == 2:
        cs = c.mode != "SVD"
        t = sections(r, [(None, c.hosp), (None, pick(r, ["POSTPARTUM ORDERS", "Post-Cesarean Orders", "Mother-Baby Order Set"])), (None, id_block(r, c, 2)),
                         ("Admit/transfer", "Mother-Baby Unit, Dr. %s" % c.att.last), ("Vitals", "q15 min x4, q30 x2, then q4h x24h"),
                         ("Activity", "Ambulate with assistance %s" % ("6 h post-op" if cs else "first time")), ("Diet", "regular" if not cs else "clears, advance as tolerated"),
                         ("Medications", "\n".join(["- Ibuprofen 600 mg PO q6h", "- Acetaminophen 975 mg PO q8h", "- Oxycodone 5 mg PO q4h PRN severe pain", "- Docusate 100 mg PO BID",
                                                    "- Enoxaparin 40 mg SC daily starting 12 h post-op" if cs else "- Witch hazel pads, benzocaine spray PRN"] +
                                                   (["- Rho(D) IG 300 mcg IM if infant Rh+"] if c.rh == "negative" else []) + (["- MMR 0.5 mL SC prior to discharge"] if c.rubella != "immune" else []))),
                         ("Labs", "CBC POD/PPD 1"), ("Other", "SCDs while in bed; lactation consult; %s" % ("foley out 12 h post-op" if cs else "sitz bath PRN")),
                         (None, "%s  %s %s" % (P.full(r, 1), fdate(c.date, 1), ftime(r)))])
    elif lay == 3:
        c.ga_w = max(c.ga_w, 37)
        t = "\n".join(["NEWBORN ADMISSION ORDERS", "Infant: %s  DOB %s  Wt %d g" % (c.baby, fdate(c.date), c.bw), "",
                       "%s Admit to Newborn Nursery / rooming-in" % box(), "%s Vital signs q30 min x4 then q4h" % box(), "%s Phytonadione 1 mg IM x1" % box(),
                       "%s Erythromycin 0.5%% ophth ointment OU x1" % box(), "%s Hepatitis B vaccine 0.5 mL IM (parental consent)" % box(),
                       "%s Glucose protocol (IDM/LGA/SGA/late preterm)" % box(), "%s Breastfeed on demand 8-12x/day / formula ad lib" % box(),
                       "%s TcB at 24 h; TSB if above threshold" % box(), "%s Newborn screen at 24-48 h, hearing screen, CCHD screen" % box(),
                       "%s CBC with diff and blood culture if maternal chorio" % box(), "", "Pediatrician: %s  %s" % (c.peds.full(r, 1), ftime(r))])
    elif lay == 4:
        t = "\n".join([c.hosp, pick(r, ["PRE-OPERATIVE ORDERS", "Pre-Procedure Orders - Gynecology"]), id_block(r, c, 1), "Surgery: %s  Date %s" % (c.s["proc"], fdate(c.date)), "",
                       "- NPO after midnight", "- Labs: CBC, BMP, type and screen, urine hCG", "- Cefazolin 2 g IV within 60 min of incision%s" % (" (clindamycin + gentamicin - PCN allergy)" if "Penicillin" in c.allergy else ""),
                       "- SCDs to bilateral lower extremities", "- Acetaminophen 1000 mg PO, celecoxib 400 mg PO, gabapentin 300 mg PO pre-op (ERAS)", "- Consent on chart: %s" % c.s["proc"],
                       "- Chlorhexidine wash night before", "", "Signed: %s" % c.att.full(r, 0)])
    elif lay == 5:
        t = "\n".join(["ORDERS  %s %s" % (fdate(c.date, 1), ftime(r)), pname(c, r, 0) + " " + c.mrn, "",
                       pick(r, ["1) AROM when feasible  2) IUPC  3) Titrate pitocin to MVU 200-250",
                                "Betamethasone 12 mg IM now and in 24 h. Nifedipine 20 mg PO now then 10-20 mg q6h x 48h. NST daily.",
                                "Start ampicillin 2 g IV q6h x48h then amoxicillin 250 mg PO q8h x5d; azithromycin 1 g PO x1",
                                "Transfuse 2 units PRBC over 2 h each. Furosemide not needed. Recheck Hgb 4 h post.",
                                "D/C magnesium sulfate. Advance diet. Foley out."]),
                       "", "T.O./V.O. %s  read back  %s RN" % (P.short(), c.rn.short()) if chance(r, .5) else P.full(r, 1)])
    else:
        rows = ["ORD#%d  %s  %s  %s" % (r.randrange(10 ** 6, 10 ** 7), pick(r, ["Medication", "Lab", "Nursing", "Diet", "Imaging"]), x, pick(r, ["Active", "Active", "Completed", "Discontinued"]))
                for x in pick(r, [["Oxytocin infusion per protocol", "CBC with platelets q AM", "Fetal monitoring continuous", "Clear liquid diet"],
                                  ["Labetalol 200 mg PO BID", "BP q4h, notify SBP>160 DBP>110", "24 hour urine protein", "US OB growth + BPP"],
                                  ["Insulin NPH 14 units SC qHS", "Fingerstick glucose AC&HS", "Carb-controlled diabetic diet 2000 kcal", "Nutrition consult"]])]
        t = "\n".join([pick(r, ["Active Orders Report", "ORDER SUMMARY", "Physician Orders - Printed"]), c.hosp + "  " + pick(r, DEPTS), id_block(r, c, 2), ""] + rows + ["", "Ordering provider: " + P.full(r, 3)])
    return t, c


# ================================================================= 25 discharge_instructions
def g_discharge_instructions(r):
    lay = r.randrange(7)
    c = make_ctx(r, "gyn" if lay in (3, 6) else "ob")
    call = pick(r, ["Call your doctor or return to the hospital if you have:", "WHEN TO CALL:", "Get help right away for any of these warning signs:", "Call 911 or your provider if you have:"])
    warn_pp = ["Bleeding that soaks a pad in an hour or clots bigger than an egg", "Temperature of 100.4 F (38 C) or higher", "Severe headache that does not go away, vision changes",
               "Chest pain or trouble breathing", "Pain, redness or swelling in one leg", "Thoughts of harming yourself or your baby", "Redness or drainage from your incision"]
    clinic_ph = phone(r)
    if lay in (0, 1):
        cs = c.mode != "SVD" or lay == 1
        t = "\n".join([letterhead(r, c, c.hosp), "", pick(r, ["Going Home After Having Your Baby", "POSTPARTUM DISCHARGE INSTRUCTIONS", "Discharge Instructions - Mother", "After Your Cesarean Birth" if cs else "After Your Vaginal Birth"]),
                       id_block(r, c, 4), "Discharge date: %s" % fdate(c.date + TD(days=2)), "",
                       H(r, "Activity"), "- No lifting anything heavier than your baby for %s." % ("6 weeks" if cs else "2 weeks"), "- Nothing in the vagina (no tampons, douching or sex) for 6 weeks.",
                       "- %s" % ("No driving while taking oxycodone or for 2 weeks." if cs else "You may shower. Use your peri bottle after using the toilet."), "",
                       H(r, "Medications"), med_lines(r, c, ["Ibuprofen 600 mg every 6 hours with food", "Acetaminophen 650 mg every 6 hours as needed"], "- "), "",
                       H(r, "Warning signs"), call] + ["  * " + w for w in warn_pp[: 7 if cs else 6]] +
                      ["", "Follow-up: %s in %s. Phone %s" % (c.clinic, pick(r, ["6 weeks", "1-2 weeks for blood pressure check", "2 weeks for incision check"]), clinic_ph),
                       "", "I have received and understand these instructions. Patient: __________  RN: %s" % c.rn.short()])
    elif lay == 2:
        c.ga_w = max(c.ga_w, 37)
        t = "\n".join([c.hosp + " Newborn Nursery", pick(r, ["Taking Care of Your Newborn", "NEWBORN DISCHARGE INSTRUCTIONS", "Baby Care at Home"]), "Baby: %s   Discharge weight: %d g" % (c.baby, int(c.bw * 0.94)), "",
                       "Feeding: %s" % pick(r, ["Breastfeed 8-12 times in 24 hours. Wake baby to feed if more than 3 hours.", "Formula 1-2 oz every 2-3 hours."]),
                       "Diapers: at least 6 wet diapers a day by day 5.", "Sleep: Always place baby on back to sleep, in own crib, no blankets or pillows.",
                       "Car seat: rear-facing in back seat.", "Cord care: keep dry, it will fall off in 1-3 weeks.", "Jaundice: call if baby's skin or eyes look more yellow.", "",
                       "CALL THE PEDIATRICIAN FOR: temperature 100.4 F or higher rectally, poor feeding, fewer wet diapers, trouble breathing, very sleepy or hard to wake.", "",
                       "Appointment: %s on %s" % (pick(r, ["Harbor Kids Pediatrics", "Dr. " + c.peds.last, "Oakhurst Family Medicine"]), fdate(c.date + TD(days=r.randrange(2, 5)))),
                       "Hearing screen: passed   Hep B: %s" % pick(r, ["given", "given", "declined"])])
    elif lay == 3:
        t = sections(r, [(None, c.hosp + " - Women's Surgical Unit"), (None, pick(r, ["Instructions After Your Surgery", "Post-Operative Discharge Instructions", "Home Care After " + c.s["proc"]])),
                         (None, id_block(r, c, 0)), ("Procedure", c.s["proc"]), ("Diet", "Resume regular diet as tolerated."),
                         ("Activity", "Walk several times a day. No heavy lifting over 10-15 lb for %s. Nothing in the vagina for %s." % (pick(r, ["2 weeks", "6 weeks"]), pick(r, ["2 weeks", "6 weeks"]))),
                         ("Wound care", "You may shower in 24 hours. Let water run over your incisions; pat dry. Glue will fall off on its own."),
                         ("Pain", "Take ibuprofen and acetaminophen on a schedule. Use oxycodone only for severe pain. Shoulder pain from gas is normal."),
                         ("Call us if", "fever >100.4, heavy bleeding, foul discharge, worsening pain, unable to urinate, nausea/vomiting preventing eating, leg swelling."),
                         ("Follow-up", "Post-op visit with Dr. %s in 2 weeks; %s" % (c.att.last, clinic_ph)), (None, "Patient signature ________  RN ________")])
    elif lay == 4:
        c.s = dict(pick(r, [s for s in OB_SCEN if s["key"] in ("pec", "ghtn", "chtn", "pecsf")]))
        t = "\n".join([pick(r, ["HIGH BLOOD PRESSURE AFTER PREGNANCY", "Preeclampsia - What You Need to Know After Discharge", "Blood Pressure Monitoring at Home"]), pname(c, r, 1), "",
                       wrap("You had %s. Blood pressure can stay high or even get worse in the first 6 weeks after delivery. Check your blood pressure twice daily and write it down." % c.s["dx"].lower()),
                       "", "Your medicine: %s" % pick(r, ["nifedipine ER 30 mg once daily", "labetalol 200 mg twice daily", "none - monitor only"]),
                       "", "Call %s if your BP is 150/100 or higher. Go to the emergency room or call 911 if 160/110 or higher, or if you have:" % clinic_ph,
                       "  - severe headache, blurred vision or seeing spots", "  - pain in the upper right belly", "  - shortness of breath", "  - seizure",
                       "", "Blood pressure check appointment: %s" % fdate(c.date + TD(days=r.randrange(3, 8))), "", "BP LOG:  Date ____ AM ___/___  PM ___/___"])
    elif lay == 5:
        t = "\n".join(["OB TRIAGE DISCHARGE", c.hosp, id_block(r, c, 2), "Seen for: %s" % pick(r, ["false labor / prodromal labor", "rule out rupture of membranes - membranes intact", "decreased fetal movement - reassuring testing", "dehydration"]),
                       "EGA: %s" % ga_text(c, r), "", "Instructions:", "- Drink plenty of water", "- Do kick counts: 10 movements within 2 hours",
                       "- Return for: regular painful contractions every 5 minutes for 1 hour, leaking fluid, bleeding, decreased movement",
                       "- Keep your appointment at %s on %s" % (c.clinic, fdate(c.date + TD(days=r.randrange(2, 9)))), "", "Provider: %s   RN: %s" % (pick(r, [c.cnm, c.res]).short(), c.rn.short())])
    else:
        t = "\n".join([pick(r, ["Discharge Instructions - Emergency Department", "ED Aftercare Instructions"]), c.hosp, "Patient: %s" % pname(c, r, 1), "Diagnosis: %s" % pick(r, ["Threatened miscarriage", "Ovarian cyst", "Urinary tract infection", "Pelvic inflammatory disease", "Bacterial vaginosis"]), "",
                       wrap(pick(r, ["Bleeding and cramping in early pregnancy is common and does not always mean a miscarriage. Rest as needed. Avoid tampons and sex until bleeding stops.",
                                     "Take all of your antibiotics even if you feel better. Your partner(s) should be treated. No sex for 7 days after treatment.",
                                     "Ovarian cysts often go away on their own. Use ibuprofen for pain. Follow up for a repeat ultrasound in 6-8 weeks."])),
                       "", "Prescriptions: %s" % pick(r, ["none", "metronidazole 500 mg BID x7 days", "ibuprofen 600 mg", "nitrofurantoin 100 mg BID x5 days"]),
                       "Follow up: %s within %s" % (pick(r, [c.clinic, "your OB/GYN", "GYN clinic"]), pick(r, ["48 hours", "1 week", "2 days for repeat hCG"])),
                       "Return to ED for: heavy bleeding, severe pain, fainting, fever.", "", "I understand these instructions: ______________"])
    return t, c


# ================================================================= 26 other
def g_other(r):
    lay = r.randrange(10)
    c = make_ctx(r)
    if lay == 0:
        t = "\n".join([pick(r, ["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet"]), c.clinic if chance(r, .5) else c.hosp + " - Health Information Management", "",
                       "To: %s" % pick(r, [c.pcp.full(r, 1), "Records Dept", c.payer + " Utilization Mgmt", "Summit Perinatal Associates"]), "Fax: %s" % phone(r), "From: %s" % pick(r, [c.rn.full(r, 1), "Medical Records", c.att.full(r, 1)]),
                       "Phone: %s" % phone(r), "Date: %s   Pages (incl. cover): %d" % (fdate(c.date), r.randrange(2, 15)), "Re: %s" % pick(r, ["records request", "prenatal records", pname(c, r, 1), "prior auth"]), "",
                       "[ ] Urgent [%s] For review [ ] Please reply" % pick(r, ["X", " "]), "", wrap("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally "
                                                                                               "privileged. If you have received this fax in error, please notify the sender immediately and destroy the documents.")])
    elif lay == 1:
        ans = [r.randrange(0, 4) for _ in range(10)]
        qs = ["I have been able to laugh and see the funny side of things", "I have looked forward with enjoyment to things", "I have blamed myself unnecessarily when things went wrong",
              "I have been anxious or worried for no good reason", "I have felt scared or panicky for no very good reason", "Things have been getting on top of me",
              "I have been so unhappy that I have had difficulty sleeping", "I have felt sad or miserable", "I have been so unhappy that I have been crying", "The thought of harming myself has occurred to me"]
        t = "\n".join([pick(r, ["Edinburgh Postnatal Depression Scale (EPDS)", "POSTPARTUM MOOD QUESTIONNAIRE", "EPDS"]), "Name: %s   Date: %s   Baby's age: %d weeks" % (pname(c, r, 1), fdate(c.date), r.randrange(1, 10)), "",
                       "In the past 7 days:"] + ["%2d. %s ...... %d" % (i + 1, q, a) for i, (q, a) in enumerate(zip(qs, ans))] +
                      ["", "TOTAL SCORE: %d   Item 10: %d" % (sum(ans), ans[9]), "Reviewed by: %s" % pick(r, [c.att, c.cnm]).short()])
    elif lay == 2:
        t = "\n".join([c.hosp + " - Health Information Management", pick(r, ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "Request for Medical Records"]), "",
                       "Patient name: %s   DOB: %s   MRN: %s" % (pname(c, r, 1), fdate(c.dob), c.mrn), "Release from: %s" % c.hosp, "Release to: %s" % pick(r, ["Self", c.pcp.full(r, 1), "Law office of Pemberton & Saylor", "Disability insurer"]),
                       "Information: [X] Discharge summary [X] Operative report [ ] Labs [ ] Entire record  Dates: %s to %s" % (fdate(c.date - TD(days=30)), fdate(c.date)),
                       "Purpose: %s" % pick(r, ["continuity of care", "personal", "legal", "insurance"]),
                       "[ ] I authorize release of HIV/STD, mental health, substance use information (initial ____)", "This authorization expires on: %s" % fdate(c.date + TD(days=365)),
                       "", "Signature: ______________  Date: %s" % fdate(c.date, 1), "Fee: $%d.%02d   Processed by: %s" % (r.randrange(0, 40), r.randrange(100), pick(r, ["ROI", "HIM-3", "jd"]))])
    elif lay == 3:
        amt = [r.randrange(80, 9000) + r.randrange(100) / 100.0 for _ in range(r.randrange(3, 7))]
        desc = ["Room & board - Mother/Baby", "Labor & delivery services", "Anesthesia", "Pharmacy", "Laboratory", "Nursery care", "Operating room", "Ultrasound", "Supplies"]
        lines = ["%s  %-34s $%10.2f" % (fdate(c.date, 1), pick(r, desc), a) for a in amt]
        tot = sum(amt)
        ins = round(tot * r.uniform(0.6, 0.95), 2)
        t = "\n".join([c.hosp, "PATIENT STATEMENT", "Statement date: %s   Account #: %s" % (fdate(c.date + TD(days=40)), c.acct), "Guarantor: %s" % pname(c, r, 0), "%s, %s %s %s" % (c.street, c.city, c.state, c.zip), ""] + lines +
                      ["", "Total charges       $%10.2f" % tot, "Insurance payments  $%10.2f-" % ins, "Adjustments         $%10.2f-" % round((tot - ins) * 0.3, 2),
                       "AMOUNT DUE          $%10.2f" % (tot - ins - round((tot - ins) * 0.3, 2)), "", "Questions? Call Patient Financial Services %s. Payment plans and financial assistance available."])
        t = t.replace("%s. Payment", phone(r) + ". Payment")
    elif lay == 4:
        t = "\n".join([pick(r, ["MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE", "Birth Certificate Worksheet - Parent"]), c.hosp, "",
                       "Child's name: %s %s %s" % (pick(r, FIRST + MFIRST), pick(r, ["", "Rose", "James", "Marie"]), c.last), "Date of birth: %s  Time: %s  Sex: %s" % (fdate(c.date), ftime(r), c.sex),
                       "Mother's current legal name: %s   Name prior to first marriage: %s" % (pname(c, r, 1), pick(r, LAST)), "Mother's DOB: %s  Birthplace: %s" % (fdate(c.dob), pick(r, ["Ohio", "Mexico", "Texas", "Philippines", "Georgia"])),
                       "Residence: %s, %s, %s %s  Inside city limits? %s" % (c.street, c.city, c.state, c.zip, pick(r, ["Y", "N"])), "Mother's education: %s" % pick(r, ["High school graduate", "Bachelor's degree", "Some college", "Master's degree"]),
                       "Father: %s %s" % (pick(r, MFIRST), pick(r, LAST + [c.last])), "Do you want a Social Security number for the child? [X] Yes [ ] No", "", "Mother's signature ____________"])
    elif lay == 5:
        t = "\n".join([pick(r, ["CLINICAL PHOTOGRAPH", "Media - Photo documentation", "Image caption"]), id_block(r, c, 0), "Date taken: %s  %s  Device: %s" % (fdate(c.date), ftime(r), pick(r, ["unit iPad #3", "Haiku app", "Canon EOS"])),
                       "Caption: %s" % pick(r, ["Perineum, 2nd degree laceration day 3, healing", "Pfannenstiel incision POD 8 with superficial separation 2 cm", "Vulvar lesion left labium majus, ruler for scale",
                                               "Newborn sacral dimple, midline", "Breast erythema right upper outer quadrant, marked borders %s" % ftime(r)]),
                       "Consent for photography: signed %s" % fdate(c.date, 1), "Uploaded by: %s" % pick(r, [c.rn, c.res]).full(r, 1)])
    elif lay == 6:
        t = "\n".join([pick(r, ["CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (Family and Medical Leave Act)", "FMLA Certification - Section III (completed by provider)"]), "",
                       "Employee: %s   Employer: %s" % (pname(c, r, 1), pick(r, ["Greyfield School District", "Harbor Logistics", "County Health Dept"])),
                       "Approximate date condition commenced: %s" % fdate(c.date - TD(days=200)), "Probable duration: %s" % pick(r, ["6 weeks postpartum (8 weeks after cesarean)", "2 weeks post-operative", "through delivery"]),
                       "Inpatient care: [X] Yes  Dates: %s" % fdate(c.date), "Will employee be incapacitated for a single continuous period? [X] Yes  %s to %s" % (fdate(c.date), fdate(c.date + TD(days=42))),
                       "Intermittent leave for appointments: %s" % pick(r, ["1 visit every 2-4 weeks", "weekly NST", "N/A"]), "", "Provider: %s  %s  Type of practice: OB/GYN" % (c.att.full(r, 1), phone(r)), "Signature ______  Date %s" % fdate(c.date, 1)])
    elif lay == 7:
        t = "\n".join([c.clinic, pick(r, ["NEW OB INTAKE QUESTIONNAIRE", "Gynecologic History Questionnaire", "Health History Form"]), "Name: %s  Date: %s" % (pname(c, r, 1), fdate(c.date)), "",
                       "First day of last period: %s" % (fdate(c.lmp) if c.lmp else "N/A"), "Number of pregnancies: %d  Births: %s  Miscarriages: %s" % (c.G, c.P[0], c.P[2]),
                       "Do you smoke? [ ] Yes [X] No     Alcohol? %s     Drugs? [ ] Yes [X] No" % pick(r, ["[ ] Yes [X] No", "socially before pregnancy"]),
                       "Do you feel safe at home? [X] Yes [ ] No", "Family history: [%s] diabetes [%s] high BP [%s] breast cancer [%s] birth defects" % (pick(r, ["X", " "]), pick(r, ["X", " "]), pick(r, [" ", "X"]), " "),
                       "Medications: %s" % ("; ".join(c.s["meds"]) or "none"), "Allergies: %s" % c.allergy, "Last pap: %s  Result: %s" % (pick(r, ["2019", "last year", "don't know"]), pick(r, ["normal", "?", "abnormal"])), "",
                       "Patient signature ____________"])
    elif lay == 8:
        t = "\n".join([c.hosp, pick(r, ["Acknowledgment of Receipt of Notice of Privacy Practices", "PATIENT RIGHTS AND RESPONSIBILITIES - Acknowledgment", "Conditions of Admission"]), "",
                       wrap("I acknowledge that I have received a copy of the %s Notice of Privacy Practices, which describes how my health information may be used and disclosed. "
                            "I understand that I may request restrictions and may revoke this acknowledgment in writing." % c.hosp),
                       "", "Patient/representative: %s  Signature ________  Date %s" % (pname(c, r, 1), fdate(c.date, 1)), "If not signed, reason: ______", "Staff: %s" % pick(r, ["REG", "admit clerk", c.rn.short()])])
    else:
        t = "\n".join([pick(r, ["APPOINTMENT REMINDER", "Your Upcoming Visits", "Visit Summary / Next Steps"]), c.clinic, "", "%s," % c.first,
                       "You have an appointment on %s at %s with %s." % (fdate(c.date + TD(days=r.randrange(3, 30)), 2), pick(r, ["9:15 AM", "1:40 PM", "10:30 AM", "3:00 PM"]), pick(r, [c.att, c.cnm]).full(r, 1)),
                       "Please arrive 15 minutes early. %s" % pick(r, ["Drink 32 oz of water 1 hour before your ultrasound.", "Bring your glucose log.", "Nothing to eat after midnight for your glucose test.", "Bring your insurance card."]),
                       "To cancel or reschedule call %s." % phone(r), "", "Missed appointments without 24-hour notice may incur a $25 fee."])
    return t, c


# ================================================================= main
GENS = [("discharge_summary", g_discharge_summary), ("history_physical", g_history_physical), ("progress_note", g_progress_note),
        ("consult_note", g_consult_note), ("operative_note", g_operative_note), ("procedure_note", g_procedure_note), ("lab_report", g_lab_report),
        ("imaging_report", g_imaging_report), ("pathology_report", g_pathology_report), ("medication_list", g_medication_list),
        ("prescription", g_prescription), ("anesthesia_record", g_anesthesia_record), ("correspondence", g_correspondence),
        ("consent_form", g_consent_form), ("referral_letter", g_referral_letter), ("advance_directive", g_advance_directive),
        ("ecg_report", g_ecg_report), ("immunization_record", g_immunization_record), ("registration_form", g_registration_form),
        ("insurance_card", g_insurance_card), ("nursing_note", g_nursing_note), ("ed_note", g_ed_note), ("transfer_summary", g_transfer_summary),
        ("provider_orders", g_provider_orders), ("discharge_instructions", g_discharge_instructions), ("other", g_other)]


def finish(r, c, text):
    lines = [ln.rstrip() for ln in text.split("\n")]
    # collapse runs of blank lines
    out = []
    for ln in lines:
        if ln == "" and out and out[-1] == "":
            continue
        out.append(ln)
    text = "\n".join(out).strip("\n")
    if chance(r, .15):
        text = fax_header(r, c) + "\n" + text
    if chance(r, .4):
        text = paginate(r, c, text)
    if chance(r, .12):
        text = text + "\n" + pick(r, ["Scanned by HIM %s" % fdate(c.date + TD(days=r.randrange(1, 60))), "*** COPY ***", "CHART COPY",
                                      "Document ID %d" % r.randrange(10 ** 6, 10 ** 8), "Rev. %d/%02d" % (r.randrange(1, 13), r.randrange(5, 24))])
    lvl = pick(r, [0, 0, 0, 0.002, 0.004, 0.006, 0.01, 0.02])
    return ocr(r, text, lvl)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    recs = []
    n = 0
    for label, fn in GENS:
        for i in range(a.per_type):
            text, c = fn(r)
            text = finish(r, c, text)
            n += 1
            recs.append({"id": "wh%d-%05d-%04x" % (a.seed, n, r.randrange(65536)), "label": label, "text": text})
    r.shuffle(recs)
    with open(a.out, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
