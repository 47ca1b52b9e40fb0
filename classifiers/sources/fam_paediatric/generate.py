#!/usr/bin/env python3
"""Synthetic paediatric chart-document generator.

All people, institutions, identifiers, addresses and phone numbers are
invented.  Standard library only.  Deterministic for a given --seed.

    python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime
import json
import random
import re

D = datetime.date
TD = datetime.timedelta

FIRST_M = ("Liam Noah Mason Ethan Logan Lucas Jacob Aiden Jackson Elijah Caleb Owen Wyatt Carter Isaac "
           "Gavin Jayden Mateo Dominic Micah Xavier Brody Tyler Ezra Colton Landon Julian Omar Andre Diego "
           "Malik Theo Kai Rowan Silas Declan Reid Nolan Emmett Jamal Santiago Tuan Arjun").split()
FIRST_F = ("Emma Olivia Ava Sophia Isabella Mia Abigail Emily Harper Madison Chloe Ella Avery Lily Zoe "
           "Aubrey Nora Hannah Layla Brooklyn Savannah Aaliyah Camila Riley Peyton Naomi Ruby Leah Sadie "
           "Piper Maya Jasmine Priya Fatima Ximena Keira Hazel Willa Tessa Juniper Amara Linh").split()
ADULT_F = ("Jennifer Ashley Jessica Amanda Sarah Melissa Nicole Stephanie Heather Rachel Crystal Tiffany "
           "Brittany Amber Kayla Danielle Maria Rosa Keisha Tamika Lauren Megan Erin Kristen Dana").split()
ADULT_M = ("Michael Christopher Joshua Matthew Daniel David James Robert Justin Brandon Anthony Jose "
           "Kevin Marcus Derek Travis Luis Andrew Jason Ryan Terrence Shawn Cody Victor Paul").split()
LAST = ("Halvorsen Brightwater Okafor Delacroix Pennington Vasquez Lindqvist Abernathy Castellano Whitlock "
        "Ferreira Kowalczyk Thibodeaux Nakamura Hollister Marchetti Oyelaran Brennan Sandoval Gustafson "
        "McAllister Winslow Ashby Trevino Haskins Duquette Pruitt Rasmussen Villalobos Kettering Osei "
        "Fairbanks Dunmore Lacroix Whitfield Ellison Moreau Quintero Baptiste Carrow Stroud Yoder Nguyen "
        "Tran Petrakis Albrecht Mahoney Cordero Banerjee Sorensen Gallegos Underhill Rinaldi Kimura "
        "Hargrove Beaumont Espinoza Talbot Ridley Calloway Fenwick Jorgensen Padilla Serrano Wexler").split()
DOC_F = ("Anne Catherine Priya Rebecca Laura Helen Mei Nadia Sonia Julia Ingrid Olga Teresa Renee Monica "
         "Alicia Deborah Farah Grace Yvonne").split()
DOC_M = ("Richard Stephen Alan Rajesh Thomas Gregory Peter Samuel Victor Howard Mark Neil Ahmed Kenji "
         "Philip Jonathan Eduardo Martin Carl Dmitri").split()

HOSPITALS = [
    dict(name="Marlow Valley Children's Hospital", short="MVCH", addr="2200 Quarry Hill Road",
         city="Fennimore", st="PA", zip="17844", area="717"),
    dict(name="St. Agnes Children's Medical Center", short="SACMC", addr="901 Beacon Terrace",
         city="Halvern", st="OH", zip="44790", area="330"),
    dict(name="Prairie Sun Children's Hospital", short="PSCH", addr="4100 W. Cottonwood Blvd",
         city="Larkfield", st="KS", zip="66902", area="785"),
    dict(name="Bayridge Children's Hospital and Health Center", short="BCH", addr="75 Harbor Crest Drive",
         city="Port Ellery", st="ME", zip="04118", area="207"),
    dict(name="Tamarack Regional Children's Hospital", short="TRCH", addr="1 Children's Way",
         city="Cedar Falls Junction", st="MN", zip="56780", area="218"),
    dict(name="Sierra Oaks Children's Hospital", short="SOCH", addr="3350 Mission Ridge Parkway",
         city="Alderton", st="CA", zip="95862", area="530"),
]
CLINICS = ["Maple Grove Pediatrics", "KidsFirst Pediatric Associates", "Little Oaks Pediatric Clinic",
           "Riverside Children's Primary Care", "Brookhaven Pediatric Group", "Sunnyslope Family Pediatrics",
           "Hillcrest Pediatric & Adolescent Medicine", "Northgate Children's Clinic"]
STREETS = ["Elm St", "Maple Ave", "Cherry Lane", "Ridgeview Dr", "Oak Hollow Ct", "Pine Terrace", "Birch Rd",
           "Willow Bend Way", "Harvest Moon Dr", "Cardinal Ln", "Kingsbury Rd", "Sycamore Pl", "Fox Run Rd",
           "Meadowlark Cir", "Juniper St", "Old Mill Rd", "Laurel Park Dr"]
TOWNS = ["Greenbriar", "Ashford Mills", "Lake Tilden", "New Harwick", "Copper Springs", "Eastbrook",
         "Wrenfield", "Stonebridge", "Millersport", "Dunmore Heights", "Pleasant Ridge", "Fallon Creek"]
PLANS = [("BlueHarbor Health Plan", "PPO"), ("Keystone Kids (CHIP)", "CHIP"), ("StateKids Medical Assistance", "MEDICAID"),
         ("UnityCare Family HMO", "HMO"), ("TriShield Commercial", "PPO"), ("Evergreen Mutual Health", "EPO"),
         ("Heartland Medicaid Managed Care", "MEDICAID"), ("Summit Crest Health Insurance", "POS")]
PHARMACIES = ["Corner Drug #114", "HealthMart of Eastbrook", "Valley Discount Pharmacy", "Apex Pharmacy #2231",
              "Main Street Apothecary", "FamilyCare Pharmacy", "Sunrise Outpatient Pharmacy (in-hospital)"]
LAB_LETTERS = "ABCDEFGHJKLMNPRSTW"

# ----------------------------------------------------------------- helpers

def pick(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def phone(r, area=None):
    area = area or pick(r, ["717", "330", "785", "207", "218", "530", "412", "614"])
    return "(%s) 555-01%02d" % (area, r.randint(0, 99))


def phone_alt(r, area=None):
    p = phone(r, area)
    return pick(r, [p, p.replace("(", "").replace(") ", "-"), p.replace("(", "").replace(")", "")])


def fdate(d, style):
    if style == 0:
        return d.strftime("%m/%d/%Y")
    if style == 1:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == 2:
        return d.strftime("%d-%b-%Y").upper()
    if style == 3:
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == 4:
        return d.strftime("%Y-%m-%d")
    return d.strftime("%m/%d/%y")


def ftime(r):
    return "%02d:%02d" % (r.randint(0, 23), r.randint(0, 59))


def ftime_day(r):
    return "%02d:%02d" % (r.randint(7, 18), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def hd(style, text):
    """Render a section heading in one of several house styles."""
    if style == 0:
        return text.upper() + ":"
    if style == 1:
        return text + ":"
    if style == 2:
        return text.upper()
    if style == 3:
        return text.upper() + "\n" + "-" * len(text)
    if style == 4:
        return "** " + text.upper() + " **"
    return text


def hv(r, style, variants):
    return hd(style, pick(r, variants))


def wrap(text, width=78):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def rnd_dose(x):
    if x < 1:
        return round(x, 2)
    if x < 10:
        return round(x, 1)
    if x < 100:
        return int(round(x))
    if x < 500:
        return int(round(x / 5.0) * 5)
    return int(round(x / 10.0) * 10)


def numfmt(x):
    if isinstance(x, float) and x == int(x):
        return str(int(x))
    return str(x)


# ---------------------------------------------------------------- growth

WT_TAB = [(0, 3.4), (30, 4.3), (60, 5.4), (120, 6.7), (180, 7.6), (270, 8.6), (365, 9.6), (545, 11.0),
          (730, 12.2), (1095, 14.3), (1460, 16.3), (1825, 18.4), (2555, 23.0), (2920, 25.8), (3650, 32.0),
          (4380, 40.5), (5110, 50.5), (5840, 58.5), (6570, 64.0), (7300, 67.0)]
HT_TAB = [(0, 50), (30, 54.5), (60, 58), (120, 64), (180, 67.5), (270, 71.5), (365, 75.5), (545, 81.5),
          (730, 87), (1095, 95.5), (1460, 103), (1825, 110), (2555, 122), (2920, 128), (3650, 139),
          (4380, 150), (5110, 162), (5840, 169), (6570, 173), (7300, 175)]


def interp(tab, x):
    for (a, va), (b, vb) in zip(tab, tab[1:]):
        if a <= x <= b:
            return va + (vb - va) * (x - a) / float(b - a)
    return tab[-1][1]


def age_text(days, style=0):
    """style 0: '4-year-old'; 1: '4 yo'; 2: '4 years'."""
    if days < 28:
        n, u, s = days, "day", "d"
    elif days < 91:
        n, u, s = days // 7, "week", "wk"
    elif days < 730:
        n, u, s = int(days / 30.4), "month", "mo"
    else:
        n, u, s = int(days / 365.25), "year", "yo"
    if style == 0:
        return "%d-%s-old" % (n, u)
    if style == 1:
        return "%d %s" % (n, s)
    return "%d %s%s" % (n, u, "" if n == 1 else "s")


# --------------------------------------------------------------- people

SPECIALTIES = {
    "hosp": "Pediatric Hospital Medicine", "gen": "General Pediatrics", "nicu": "Neonatology",
    "surg": "Pediatric Surgery", "anes": "Pediatric Anesthesiology", "card": "Pediatric Cardiology",
    "gi": "Pediatric Gastroenterology", "neuro": "Pediatric Neurology", "endo": "Pediatric Endocrinology",
    "id": "Pediatric Infectious Diseases", "onc": "Pediatric Hematology/Oncology", "pulm": "Pediatric Pulmonology",
    "ortho": "Pediatric Orthopaedic Surgery", "em": "Pediatric Emergency Medicine", "rad": "Pediatric Radiology",
    "path": "Pathology", "ent": "Pediatric Otolaryngology", "picu": "Pediatric Critical Care",
    "uro": "Pediatric Urology", "neph": "Pediatric Nephrology", "palliative": "Pediatric Palliative Care",
}


class Person(object):
    def __init__(self, first, last, cred="", spec="", sex="F"):
        self.first, self.last, self.cred, self.spec, self.sex = first, last, cred, spec, sex

    def full(self):
        return "%s %s" % (self.first, self.last)

    def sig(self):
        return "%s %s%s" % (self.first, self.last, (", " + self.cred) if self.cred else "")

    def dr(self):
        return "Dr. %s" % self.last

    def lf(self):
        return "%s, %s" % (self.last.upper(), self.first.upper())

    def init(self):
        return (self.first[0] + self.last[0]).upper()


def provider(r, spec="gen", cred=None):
    sex = pick(r, "MF")
    first = pick(r, DOC_M if sex == "M" else DOC_F)
    if cred is None:
        cred = pick(r, ["MD", "MD", "MD", "DO", "MD"])
    return Person(first, pick(r, LAST), cred, SPECIALTIES.get(spec, spec), sex)


def nurse(r, cred=None):
    sex = pick(r, "FFFFM")
    return Person(pick(r, ADULT_F if sex == "F" else ADULT_M), pick(r, LAST),
                  cred or pick(r, ["RN", "RN", "RN, BSN", "BSN, RN, CPN", "RN, CPEN"]), "Nursing", sex)

# ------------------------------------------------------------- lab panels
# (analyte, unit, ref_lo, ref_hi, decimals)
PANELS = {
    "CBC": [("WBC", "K/uL", 5.0, 14.5, 1), ("RBC", "M/uL", 3.9, 5.3, 2), ("Hemoglobin", "g/dL", 11.0, 14.5, 1),
            ("Hematocrit", "%", 33.0, 43.0, 1), ("MCV", "fL", 75.0, 90.0, 1), ("RDW", "%", 11.5, 14.5, 1),
            ("Platelets", "K/uL", 150, 450, 0)],
    "DIFF": [("Neutrophils", "%", 30, 65, 0), ("Lymphocytes", "%", 25, 60, 0), ("Monocytes", "%", 2, 10, 0),
             ("Eosinophils", "%", 0, 5, 0), ("Bands", "%", 0, 5, 0)],
    "BMP": [("Sodium", "mmol/L", 135, 145, 0), ("Potassium", "mmol/L", 3.5, 5.1, 1), ("Chloride", "mmol/L", 98, 107, 0),
            ("CO2", "mmol/L", 20, 28, 0), ("BUN", "mg/dL", 5, 18, 0), ("Creatinine", "mg/dL", 0.2, 0.7, 2),
            ("Glucose", "mg/dL", 70, 110, 0), ("Calcium", "mg/dL", 8.8, 10.8, 1)],
    "LFT": [("AST", "U/L", 15, 50, 0), ("ALT", "U/L", 5, 45, 0), ("Alkaline Phosphatase", "U/L", 100, 390, 0),
            ("Total Bilirubin", "mg/dL", 0.2, 1.2, 1), ("Albumin", "g/dL", 3.5, 5.0, 1), ("Total Protein", "g/dL", 6.0, 8.0, 1)],
    "INFL": [("CRP", "mg/dL", 0.0, 1.0, 1), ("ESR", "mm/hr", 0, 20, 0)],
    "VBG": [("pH", "", 7.32, 7.42, 2), ("pCO2", "mmHg", 38, 52, 0), ("HCO3", "mmol/L", 20, 28, 0),
            ("Base Excess", "mmol/L", -3, 3, 0), ("Lactate", "mmol/L", 0.5, 2.2, 1)],
    "BILI": [("Total Bilirubin", "mg/dL", 0.0, 12.0, 1), ("Direct Bilirubin", "mg/dL", 0.0, 0.5, 1)],
    "CSF": [("CSF WBC", "cells/uL", 0, 10, 0), ("CSF RBC", "cells/uL", 0, 10, 0), ("CSF Protein", "mg/dL", 15, 90, 0),
            ("CSF Glucose", "mg/dL", 40, 80, 0)],
    "DKA": [("Beta-hydroxybutyrate", "mmol/L", 0.0, 0.6, 1), ("Hemoglobin A1c", "%", 4.0, 5.6, 1)],
}
NEO_REF = {"Hemoglobin": (13.5, 21.5), "Hematocrit": (42.0, 65.0), "WBC": (9.0, 30.0), "MCV": (95.0, 121.0),
           "RBC": (3.9, 6.3), "Creatinine": (0.3, 1.0), "Alkaline Phosphatase": (90, 420)}


def lab_value(r, c, analyte, lo, hi, dec):
    ov = c.scen.get("labov", {}).get(analyte)
    if c.age_days < 28 and analyte in NEO_REF:
        lo, hi = NEO_REF[analyte]
    if ov:
        v = r.uniform(ov[0], ov[1])
    else:
        span = hi - lo
        v = r.uniform(lo + 0.15 * span, hi - 0.15 * span)
    v = round(v, dec) if dec else int(round(v))
    flag = ""
    if v < lo:
        flag = "L"
    elif v > hi:
        flag = "H"
    return v, flag, lo, hi


def lab_rows(r, c, panel):
    rows = []
    for analyte, unit, lo, hi, dec in PANELS[panel]:
        v, flag, lo2, hi2 = lab_value(r, c, analyte, lo, hi, dec)
        ref = "%s-%s" % (numfmt(lo2), numfmt(hi2))
        rows.append((analyte, v, unit, ref, flag))
    return rows


# ------------------------------------------------------------- scenarios
# Each scenario keeps a single coherent clinical story.

def M(name, mgkg, mx, unit, route, freq, conc=None, form=""):
    return dict(name=name, mgkg=mgkg, mx=mx, unit=unit, route=route, freq=freq, conc=conc, form=form)


SCEN = [
    dict(key="bronch", dx="Acute bronchiolitis due to respiratory syncytial virus", short="RSV bronchiolitis",
         icd="J21.0", age=(35, 420), svc="hosp", cc="cough and trouble breathing", fever=38.3, rr=22, hr=20, spo2=(88, 93),
         hpi="{pt} is a {age} {kid} who presents with {n} days of nasal congestion and cough, progressing over the last 24 hours "
             "to fast breathing, retractions and decreased feeding. {He} has had {k} wet diapers in the past 24 hours. "
             "Tmax 38.6 at home. An older sibling has cold symptoms. No apnea or cyanosis reported.",
         exam={"Resp": "Tachypneic with subcostal and intercostal retractions, nasal flaring. Diffuse coarse crackles and "
                       "scattered end-expiratory wheezes bilaterally.",
               "General": "Fussy but consolable, mildly ill-appearing, increased work of breathing."},
         panels=[], qual=[("RSV PCR", "DETECTED"), ("Influenza A/B PCR", "Not detected"), ("SARS-CoV-2 PCR", "Not detected")],
         img=[("XR", "CHEST 1 VIEW (AP)", "Cough, tachypnea, hypoxemia.",
               "Lungs are hyperinflated with diffuse peribronchial thickening. Patchy perihilar opacities most consistent with "
               "atelectasis. No focal consolidation, pleural effusion or pneumothorax. Cardiothymic silhouette within normal limits.",
               "Findings compatible with viral bronchiolitis / reactive airway disease. No lobar pneumonia.")],
         inpt=[M("Acetaminophen", 15, 650, "mg", "PO", "q6h PRN fever", 32), M("Sodium chloride 0.9% nasal drops", None, 2, "drops", "each nostril", "PRN before suctioning")],
         dc=[M("Acetaminophen 160 mg/5 mL suspension", 15, 650, "mg", "PO", "every 6 hours as needed for fever", 32),
             M("Saline nasal drops", None, 2, "drops", "each nostril", "as needed before feeds and suctioning")],
         course="{pt} was admitted to the general pediatric floor on contact/droplet precautions. {He} required heated high-flow nasal "
                "cannula up to {hf} L/min for approximately {h} hours for work of breathing and hypoxemia, which was weaned to low-flow "
                "and then room air. Supportive care with frequent nasal suctioning. Feeds were initially supplemented with IV "
                "fluids; by discharge {he} was taking full volume by mouth with adequate urine output. No bronchodilators or "
                "steroids were given per bronchiolitis guidelines.",
         los=(2, 5), consult="pulm", followup="PCP in 1-2 days", proc=None),
    dict(key="asthma", dx="Asthma, moderate persistent, with acute exacerbation", short="status asthmaticus",
         icd="J45.41", age=(1100, 6200), svc="hosp", cc="wheezing and shortness of breath", fever=37.2, rr=16, hr=35, spo2=(89, 94),
         hpi="{pt} is a {age} {kid} with a history of asthma who presents with {n} days of cough and wheeze following a cold, "
             "worsening overnight despite albuterol every 2-3 hours at home. {He} has had {k} ED visits in the past year and "
             "one prior admission; never intubated. Controller medication is fluticasone, though adherence has been inconsistent. "
             "Triggers include viral illness and cigarette smoke exposure at a relative's home.",
         exam={"Resp": "Diffuse expiratory wheeze with prolonged expiratory phase, moderate suprasternal and intercostal retractions, "
                       "speaking in short phrases. Decreased air entry at the bases.",
               "General": "Alert, anxious, sitting upright, in moderate respiratory distress."},
         panels=["VBG"], labov={"pCO2": (38, 46)}, qual=[],
         img=[("XR", "CHEST 2 VIEWS (PA AND LATERAL)", "Asthma exacerbation, hypoxemia.",
               "Lungs are hyperinflated with flattening of the hemidiaphragms. Mild peribronchial cuffing. Small linear opacity "
               "in the right middle lobe likely subsegmental atelectasis. No pneumothorax or pneumomediastinum.",
               "Hyperinflation and airway thickening consistent with asthma. No pneumothorax.")],
         inpt=[M("Albuterol", None, 5, "mg", "nebulized", "q2h then space as tolerated"),
               M("Ipratropium bromide", None, 0.5, "mg", "nebulized", "q20min x 3 in ED"),
               M("Methylprednisolone", 1, 60, "mg", "IV", "q12h"), M("Magnesium sulfate", 50, 2000, "mg", "IV", "once over 20 min")],
         dc=[M("Albuterol HFA 90 mcg/actuation with spacer", None, 4, "puffs", "inhaled", "every 4 hours while awake x 2 days, then every 4 hours as needed"),
             M("Prednisolone 15 mg/5 mL solution", 2, 60, "mg", "PO", "once daily x 4 more days", 3),
             M("Fluticasone HFA 110 mcg/actuation", None, 2, "puffs", "inhaled", "twice daily with spacer, rinse mouth")],
         course="{pt} received continuous albuterol, three ipratropium nebulizers, IV methylprednisolone and IV magnesium in the ED. "
                "{He} was admitted to the floor on albuterol every 2 hours and was weaned to every 4 hours over {h} hours. Oxygen "
                "was discontinued on hospital day 2. Asthma education was completed with the family including spacer technique and "
                "an updated Asthma Action Plan. Controller therapy was stepped up.",
         los=(1, 4), consult="pulm", followup="PCP in 2-3 days; Pulmonary clinic in 4-6 weeks", proc=None),
    dict(key="cap", dx="Community-acquired pneumonia, right lower lobe", short="RLL pneumonia",
         icd="J18.9", age=(400, 4500), svc="hosp", cc="fever and cough", fever=39.4, rr=14, hr=30, spo2=(90, 95),
         hpi="{pt} is a previously healthy {age} {kid} with {n} days of fever to 39.8 C, productive cough and decreased energy. "
             "Today {he} complained of right-sided abdominal pain and had post-tussive emesis x{k}. Seen by PCP yesterday and started "
             "on amoxicillin, but fever persisted. Immunizations are up to date.",
         exam={"Resp": "Tachypneic, mild subcostal retractions. Decreased breath sounds and crackles over the right base posteriorly; "
                       "dullness to percussion at right base.",
               "General": "Tired-appearing, febrile, non-toxic."},
         panels=["CBC", "DIFF", "INFL", "BMP"], labov={"WBC": (16.5, 24.5), "Neutrophils": (72, 86), "Bands": (6, 14), "CRP": (8.0, 18.0), "ESR": (45, 80)},
         qual=[("Blood culture", "No growth at 48 hours"), ("Respiratory pathogen panel", "Negative")],
         img=[("XR", "CHEST 2 VIEWS", "Fever, cough, decreased breath sounds right base.",
               "Dense airspace consolidation in the right lower lobe with air bronchograms. Small right pleural effusion with blunting "
               "of the costophrenic angle. Left lung clear. Heart size normal.",
               "Right lower lobe pneumonia with small parapneumonic effusion.")],
         inpt=[M("Ampicillin", 50, 2000, "mg", "IV", "q6h"), M("Ibuprofen", 10, 600, "mg", "PO", "q6h PRN pain/fever", 20),
               M("Acetaminophen", 15, 650, "mg", "PO", "q6h PRN fever", 32)],
         dc=[M("Amoxicillin 400 mg/5 mL suspension", 45, 2000, "mg", "PO", "twice daily to complete 10 days total", 80),
             M("Ibuprofen 100 mg/5 mL suspension", 10, 600, "mg", "PO", "every 6 hours as needed for pain or fever", 20)],
         course="{pt} was admitted for IV ampicillin given hypoxemia and failure of outpatient therapy. Supplemental oxygen by nasal "
                "cannula (max 1 L/min) was weaned to room air within {h} hours. Fever curve improved after 48 hours. The small effusion "
                "did not require drainage. Blood culture remained negative. {He} was transitioned to high-dose oral amoxicillin.",
         los=(2, 4), consult="id", followup="PCP in 2-3 days", proc=None),
    dict(key="appy", dx="Acute appendicitis", short="appendicitis", icd="K35.80", age=(1800, 6200), svc="surg",
         cc="abdominal pain and vomiting", fever=38.2, rr=4, hr=25, spo2=(97, 100),
         hpi="{pt} is a {age} {kid} with {n} day(s) of abdominal pain that began periumbilically and migrated to the right lower "
             "quadrant, associated with anorexia, nausea and {k} episodes of non-bloody, non-bilious emesis. Low-grade fever at home. "
             "Pain worse with walking and car ride. No diarrhea, dysuria or sick contacts.",
         exam={"Abd": "Tenderness maximal at McBurney's point with voluntary guarding. Positive Rovsing and obturator signs. "
                      "Pain with heel tap. No rebound diffusely. Bowel sounds hypoactive.",
               "General": "Uncomfortable, lying still on the stretcher."},
         panels=["CBC", "DIFF", "INFL", "BMP"], labov={"WBC": (14.8, 21.0), "Neutrophils": (76, 89), "CRP": (2.5, 9.0)},
         qual=[("Urinalysis", "Negative for leukocyte esterase and nitrite; trace ketones")],
         img=[("US", "US APPENDIX (RLQ)", "RLQ pain, elevated WBC.",
               "Graded compression sonography of the right lower quadrant demonstrates a blind-ending, noncompressible tubular "
               "structure measuring 9 mm in diameter with surrounding echogenic inflamed fat. A 6 mm shadowing appendicolith is "
               "seen near the base. Small amount of simple free fluid. No organized fluid collection.",
               "Findings consistent with acute appendicitis with appendicolith. No abscess.")],
         inpt=[M("Ceftriaxone", 50, 2000, "mg", "IV", "q24h"), M("Metronidazole", 30, 1500, "mg", "IV", "q24h"),
               M("Morphine", 0.1, 4, "mg", "IV", "q3h PRN severe pain"), M("Ondansetron", 0.15, 4, "mg", "IV", "q8h PRN nausea"),
               M("Ketorolac", 0.5, 30, "mg", "IV", "q6h x 48h")],
         dc=[M("Ibuprofen 100 mg/5 mL suspension", 10, 600, "mg", "PO", "every 6 hours as needed for pain", 20),
             M("Acetaminophen 160 mg/5 mL suspension", 15, 650, "mg", "PO", "every 6 hours as needed for pain", 32)],
         course="{pt} was taken to the operating room on the day of admission for laparoscopic appendectomy. Findings were of an "
                "acutely inflamed, non-perforated appendix. Post-operatively {he} received one additional dose of antibiotics, "
                "advanced to a regular diet on POD 1 and pain was controlled with scheduled ibuprofen and acetaminophen.",
         los=(1, 2), consult="surg", followup="Pediatric Surgery clinic in 2-3 weeks (or phone follow-up)", proc="appy"),
    dict(key="pyloric", dx="Hypertrophic pyloric stenosis", short="pyloric stenosis", icd="Q40.0", age=(18, 56), sex="M",
         svc="surg", cc="projectile vomiting", fever=36.9, rr=0, hr=5, spo2=(97, 100),
         hpi="{pt} is a {age} former term {kid} with {n} days of progressively forceful, non-bilious emesis after nearly every feed. "
             "{He} remains hungry after vomiting. Fewer wet diapers ({k} in the last day). Formula-fed, 3 oz every 3 hours. "
             "No fever, diarrhea or blood in the emesis. Weight down from last PCP visit.",
         exam={"Abd": "Soft, non-distended. Visible gastric peristaltic waves after feeding. Firm, mobile olive-shaped mass palpable "
                      "in the epigastrium, right of midline.",
               "General": "Hungry, sucking vigorously on pacifier, mildly dehydrated, sunken fontanelle."},
         panels=["BMP"], labov={"Sodium": (131, 136), "Potassium": (2.8, 3.3), "Chloride": (82, 92), "CO2": (31, 38), "BUN": (16, 26)},
         qual=[],
         img=[("US", "US PYLORUS", "Projectile non-bilious emesis.",
               "The pyloric muscle is thickened, measuring 4.6 mm in single wall thickness, with a pyloric channel length of 19 mm. "
               "The canal remained closed throughout the examination with no passage of gastric contents. Stomach distended with fluid.",
               "Sonographic findings diagnostic of hypertrophic pyloric stenosis.")],
         inpt=[M("D5 1/2NS with 20 mEq KCl/L", None, 1.5, "x maintenance", "IV", "continuous"),
               M("Acetaminophen", 15, 60, "mg", "PO/PR", "q6h PRN pain", 32)],
         dc=[M("Acetaminophen 160 mg/5 mL suspension", 15, 60, "mg", "PO", "every 6 hours as needed for fussiness/pain", 32)],
         course="{pt} was made NPO and resuscitated with IV fluids until the metabolic alkalosis corrected (bicarbonate < 30, chloride "
                "> 100). {He} underwent laparoscopic pyloromyotomy on hospital day 2 without complication. Feeds were advanced per "
                "the post-pyloromyotomy ad lib protocol; {he} had {k} small spit-ups which resolved.",
         los=(2, 3), consult="surg", followup="Pediatric Surgery clinic 2 weeks; PCP weight check 2-3 days", proc="pyloro"),
    dict(key="uti", dx="Febrile urinary tract infection (pyelonephritis), E. coli", short="febrile UTI", icd="N10",
         age=(12, 75), svc="hosp", cc="fever", fever=38.7, rr=8, hr=30, spo2=(97, 100),
         hpi="{pt} is a {age} {kid}, born at term without complications, who presents with fever to 38.7 C rectally at home since "
             "this morning, with fussiness and decreased feeding. No cough, rhinorrhea, vomiting or diarrhea. No sick contacts. "
             "Parents gave no antipyretics prior to arrival.",
         exam={"General": "Fussy but consolable, febrile, well perfused.", "Abd": "Soft, non-distended, no masses."},
         panels=["CBC", "DIFF", "INFL", "CSF"], labov={"WBC": (15.5, 22.0), "CRP": (3.5, 9.0), "Neutrophils": (60, 78), "CSF WBC": (0, 4), "CSF RBC": (0, 150)},
         qual=[("Urinalysis (cath)", "Leukocyte esterase 3+, nitrite POSITIVE, WBC >50/hpf, bacteria many"),
               ("Urine culture (cath)", ">100,000 CFU/mL Escherichia coli; susceptible to cefazolin, ceftriaxone, TMP-SMX; resistant to ampicillin"),
               ("Blood culture", "No growth at 36 hours"), ("CSF culture", "No growth at 48 hours"), ("CSF Gram stain", "No organisms seen, no WBC")],
         img=[("US", "US KIDNEYS AND BLADDER", "Febrile UTI in infant.",
               "Right kidney measures 5.4 cm and left kidney 5.6 cm, normal for age. Mild urothelial thickening of the left renal pelvis. "
               "No hydronephrosis. Bladder is normally distended with normal wall thickness.",
               "Mild left urothelial thickening which can be seen with infection. No hydronephrosis.")],
         inpt=[M("Ampicillin", 50, 2000, "mg", "IV", "q8h (discontinued at 36h)"), M("Ceftriaxone", 50, 2000, "mg", "IV", "q24h"),
               M("Acetaminophen", 15, 160, "mg", "PO", "q6h PRN fever", 32)],
         dc=[M("Cephalexin 250 mg/5 mL suspension", 25, 500, "mg", "PO", "four times daily to complete 10 days", 50)],
         course="{pt} underwent full sepsis evaluation including lumbar puncture and was started on empiric ampicillin and "
                "ceftriaxone. Urine culture grew pan-sensitive (except ampicillin) E. coli; ampicillin was discontinued. Blood and CSF "
                "cultures were negative at 36 hours. {He} defervesced within {h} hours and was feeding well. Renal bladder ultrasound "
                "was obtained prior to discharge.",
         los=(2, 3), consult="neph", followup="PCP in 2 days; VCUG only if recurrent febrile UTI", proc="lp"),
    dict(key="dka", dx="New-onset type 1 diabetes mellitus with diabetic ketoacidosis", short="new-onset T1DM / DKA",
         icd="E10.10", age=(1100, 6000), svc="picu", cc="vomiting and fatigue", fever=37.1, rr=14, hr=35, spo2=(97, 100),
         hpi="{pt} is a {age} previously healthy {kid} with {n} weeks of polyuria, polydipsia and nocturia, with new bedwetting, and an "
             "estimated weight loss of {k} kg. Over the past day {he} developed abdominal pain, vomiting and fatigue. Family history "
             "notable for a maternal aunt with hypothyroidism. Point-of-care glucose at the PCP office read HIGH.",
         exam={"General": "Tired, ill-appearing, Kussmaul respirations, fruity odor to breath.", "HEENT": "Dry mucous membranes, cracked lips.",
               "Resp": "Deep, rapid respirations, lungs clear bilaterally.", "Neuro": "GCS 15, oriented, no focal deficits."},
         panels=["BMP", "VBG", "DKA"], labov={"Glucose": (420, 690), "CO2": (4, 10), "pH": (7.02, 7.18), "pCO2": (14, 24), "HCO3": (4, 10),
                                              "Base Excess": (-24, -16), "Beta-hydroxybutyrate": (5.1, 8.4), "Hemoglobin A1c": (10.2, 13.8),
                                              "Sodium": (131, 137), "BUN": (18, 28)},
         qual=[("Urinalysis", "Glucose >1000 mg/dL, ketones 80 mg/dL"), ("Anti-GAD65 antibody", "Positive"), ("TSH", "2.1 uIU/mL (normal)")],
         img=[],
         inpt=[M("Regular insulin infusion", None, 0.1, "units/kg/hr", "IV", "continuous (two-bag system)"),
               M("0.9% NaCl bolus", 10, 1000, "mL", "IV", "once over 1 hour"),
               M("Ondansetron", 0.15, 4, "mg", "IV", "q8h PRN nausea")],
         dc=[M("Insulin glargine 100 units/mL", None, 10, "units", "subcut", "once daily at 20:00"),
             M("Insulin lispro 100 units/mL", None, 1, "unit per 15 g carbohydrate", "subcut", "with meals plus correction 1 unit per 50 mg/dL above 150"),
             M("Glucagon emergency kit 1 mg", None, 1, "mg", "IM/subcut", "as needed for severe hypoglycemia"),
             M("Blood glucose test strips / lancets", None, 1, "each", "", "check before meals, at bedtime and at 2 AM as directed")],
         course="{pt} was admitted to the PICU in moderate-severe DKA and treated per the institutional two-bag protocol with an insulin "
                "infusion at 0.1 units/kg/hr. Neurologic checks were performed hourly without signs of cerebral edema. Acidosis resolved "
                "at approximately {h} hours, and {he} was transitioned to subcutaneous basal-bolus insulin. Diabetes education was "
                "completed by the endocrinology team and certified diabetes educators with both caregivers.",
         los=(3, 4), consult="endo", followup="Endocrinology/Diabetes clinic in 1 week; daily phone calls with diabetes educator", proc=None),
    dict(key="age", dx="Acute gastroenteritis with moderate dehydration", short="AGE with dehydration", icd="A08.4",
         age=(200, 1900), svc="em", cc="vomiting and diarrhea", fever=38.1, rr=6, hr=35, spo2=(97, 100),
         hpi="{pt} is a {age} {kid} with {n} days of non-bloody, non-bilious vomiting followed by watery diarrhea ({k} episodes today). "
             "Decreased oral intake and only one void in the past 12 hours. Several children at daycare have been ill. "
             "No blood in stool, no recent travel or antibiotics.",
         exam={"General": "Tired but arousable, crying without tears.", "HEENT": "Dry mucous membranes, mildly sunken eyes.",
               "CV": "Tachycardic, regular rhythm, capillary refill 3 seconds.", "Abd": "Soft, mildly diffusely tender, hyperactive bowel sounds."},
         panels=["BMP"], labov={"CO2": (13, 17), "BUN": (19, 30), "Glucose": (58, 72), "Chloride": (106, 112)},
         qual=[("GI pathogen panel (stool)", "Norovirus GII DETECTED"), ("Urine specific gravity", "1.030")],
         img=[],
         inpt=[M("Ondansetron ODT", 0.15, 4, "mg", "PO", "once"), M("0.9% NaCl bolus", 20, 1000, "mL", "IV", "over 30-60 min x 2")],
         dc=[M("Ondansetron 4 mg ODT", None, 2, "mg", "PO (dissolve on tongue)", "every 8 hours as needed for vomiting, max 3 doses")],
         course="{pt} received ondansetron and failed an oral rehydration trial, so a peripheral IV was placed and {he} received "
                "two 20 mL/kg normal saline boluses with marked clinical improvement. Repeat oral challenge tolerated well and {he} voided.",
         los=(0, 1), consult=None, followup="PCP in 1-2 days if not improving", proc=None),
    dict(key="kawasaki", dx="Kawasaki disease", short="Kawasaki disease", icd="M30.3", age=(200, 1900), svc="hosp",
         cc="fever for 5 days and rash", fever=39.6, rr=8, hr=40, spo2=(97, 100),
         hpi="{pt} is a {age} {kid} with {n} days of daily fevers to 40 C, with bilateral non-exudative conjunctival injection, red "
             "cracked lips, a polymorphous truncal rash and swelling of the hands and feet. Extremely irritable. Seen twice at urgent "
             "care and treated for a presumed viral illness.",
         exam={"HEENT": "Bilateral limbic-sparing bulbar conjunctival injection without exudate. Red, cracked, fissured lips; strawberry tongue.",
               "Neck": "1.8 cm non-tender right anterior cervical lymph node.", "Skin": "Erythematous maculopapular rash on trunk and perineum with perineal desquamation.",
               "Ext": "Non-pitting edema of the dorsal hands and feet with erythema of the palms and soles.",
               "General": "Irritable, difficult to console, febrile."},
         panels=["CBC", "INFL", "LFT"], labov={"WBC": (15.0, 21.0), "Platelets": (460, 690), "Hemoglobin": (9.4, 10.6), "CRP": (9.0, 19.0),
                                              "ESR": (70, 110), "ALT": (70, 160), "Albumin": (2.5, 2.9)},
         qual=[("Urinalysis", "Sterile pyuria, 10-20 WBC/hpf, nitrite negative, culture no growth")],
         img=[("ECHO", "TRANSTHORACIC ECHOCARDIOGRAM", "Kawasaki disease, day 6 of fever.",
               "Normal segmental cardiac anatomy. Normal biventricular size and systolic function (LVEF 64%). Left main coronary artery "
               "3.1 mm (z-score +1.6); LAD 2.4 mm (z +1.9); RCA 2.6 mm (z +1.7). Perivascular brightness of the coronaries. Trivial "
               "mitral regurgitation. Small pericardial effusion without tamponade physiology.",
               "No coronary artery aneurysm (z-scores < 2). Trivial MR and small pericardial effusion.")],
         inpt=[M("Immune globulin (IVIG)", 2000, 70000, "mg", "IV", "once over 10-12 hours"),
               M("Aspirin", 20, 975, "mg", "PO", "q6h (high-dose) until afebrile 48 hours")],
         dc=[M("Aspirin 81 mg chewable tablet", None, 81, "mg", "PO", "once daily until cardiology follow-up")],
         course="{pt} met criteria for complete Kawasaki disease and received IVIG 2 g/kg on hospital day 1 with high-dose aspirin. "
                "{He} defervesced within {h} hours and remained afebrile for more than 36 hours. Aspirin was reduced to low dose. "
                "Echocardiogram showed no coronary aneurysms. Family counseled to avoid live vaccines for 11 months and to avoid "
                "ibuprofen while on aspirin. Influenza vaccine recommended.",
         los=(2, 4), consult="card", followup="Cardiology clinic with echo in 2 weeks and 6 weeks", proc=None),
    dict(key="croup", dx="Croup (laryngotracheobronchitis)", short="croup", icd="J05.0", age=(200, 1500), svc="em",
         cc="barky cough and noisy breathing", fever=38.2, rr=10, hr=25, spo2=(94, 99),
         hpi="{pt} is a {age} {kid} with {n} days of runny nose who woke tonight with a barky cough, hoarse voice and noisy breathing "
             "when upset. Parents took {him} into the cold night air with minimal improvement. No drooling, no choking episode. "
             "Vaccines up to date.",
         exam={"Resp": "Inspiratory stridor at rest which resolves with calming, mild suprasternal retractions, good air entry, no wheeze.",
               "General": "Alert, interactive between coughs, barky seal-like cough, hoarse cry."},
         panels=[], qual=[],
         img=[("XR", "SOFT TISSUE NECK 2 VIEWS", "Stridor.",
               "Frontal view demonstrates subglottic narrowing of the trachea (steeple sign). Epiglottis and aryepiglottic folds are "
               "normal on the lateral view. Prevertebral soft tissues not thickened.",
               "Findings consistent with croup.")],
         inpt=[M("Dexamethasone", 0.6, 16, "mg", "PO", "once"), M("Racemic epinephrine 2.25%", None, 0.5, "mL", "nebulized", "once")],
         dc=[],
         course="{pt} received oral dexamethasone and one racemic epinephrine nebulizer. Observed for 3 hours with no recurrence of stridor at rest.",
         los=(0, 0), consult=None, followup="PCP if not improving in 2 days", proc=None),
    dict(key="scfx", dx="Displaced supracondylar fracture of the humerus, Gartland type III", short="supracondylar humerus fracture",
         icd="S42.41", age=(1000, 3300), svc="ortho", cc="arm injury after fall", fever=36.9, rr=4, hr=20, spo2=(98, 100),
         hpi="{pt} is a {age} right-hand dominant {kid} who fell approximately {k} feet from the monkey bars onto an outstretched "
             "{side} hand at {n} pm today. Immediate pain, deformity and refusal to move the arm. No head strike or loss of consciousness. "
             "Last ate at lunch.",
         exam={"Ext": "{Side} elbow with gross swelling and S-shaped deformity, ecchymosis anteriorly. Radial pulse palpable, hand "
                      "warm and pink with capillary refill < 2 seconds. AIN, PIN and ulnar motor function intact; sensation intact "
                      "in radial, median and ulnar distributions. Compartments soft.",
               "General": "Tearful, holding arm, consolable."},
         panels=[], qual=[],
         img=[("XR", "ELBOW 2 VIEWS", "Fall, deformity.",
               "There is a completely displaced extension-type supracondylar fracture of the distal humerus with posterior "
               "displacement of the distal fragment. The anterior humeral line passes anterior to the capitellum. Large joint effusion. "
               "Forearm bones intact.",
               "Displaced (Gartland III) extension-type supracondylar humerus fracture.")],
         inpt=[M("Fentanyl intranasal", 1.5, 100, "mcg", "IN", "once"), M("Morphine", 0.1, 4, "mg", "IV", "q3h PRN"),
               M("Cefazolin", 30, 2000, "mg", "IV", "pre-op")],
         dc=[M("Ibuprofen 100 mg/5 mL suspension", 10, 600, "mg", "PO", "every 6 hours as needed for pain", 20),
             M("Acetaminophen 160 mg/5 mL suspension", 15, 650, "mg", "PO", "every 6 hours as needed for pain", 32)],
         course="{pt} was taken to the OR the evening of injury for closed reduction and percutaneous pinning. Post-operatively {he} "
                "was admitted overnight for neurovascular checks every 2 hours, which remained normal. Pain was controlled with oral analgesics.",
         los=(1, 1), consult="ortho", followup="Orthopaedic clinic in 7-10 days with x-rays; pin removal at 3-4 weeks", proc="crpp"),
    dict(key="fs", dx="Simple febrile seizure; acute otitis media, left", short="febrile seizure", icd="R56.00", age=(240, 1800),
         svc="em", cc="seizure with fever", fever=39.5, rr=6, hr=35, spo2=(96, 100),
         hpi="{pt} is a {age} {kid} who had a generalized tonic-clonic seizure at home lasting approximately {k} minutes, with eye "
             "deviation and rhythmic jerking of all four extremities, followed by 15 minutes of sleepiness. Had rhinorrhea and tugging "
             "at the left ear for {n} days, fever noted this evening. No prior seizures. Father had febrile seizures as a child.",
         exam={"HEENT": "Left TM erythematous and bulging with loss of landmarks. Right TM normal. Neck supple.",
               "Neuro": "Back to baseline per parents, alert, playful, moves all extremities, no focal deficits, no meningismus.",
               "General": "Febrile, well-appearing, playful."},
         panels=[], qual=[],
         img=[],
         inpt=[M("Ibuprofen", 10, 400, "mg", "PO", "once", 20)],
         dc=[M("Amoxicillin 400 mg/5 mL suspension", 45, 2000, "mg", "PO", "twice daily for 10 days", 80),
             M("Ibuprofen 100 mg/5 mL suspension", 10, 400, "mg", "PO", "every 6 hours as needed for fever or ear pain", 20)],
         course="{pt} returned to neurologic baseline in the ED. No laboratory testing or neuroimaging was indicated for a simple "
                "febrile seizure. Left acute otitis media was identified as the fever source and treated.",
         los=(0, 0), consult="neuro", followup="PCP in 2-3 days", proc=None),
    dict(key="prem", dx="Prematurity; respiratory distress syndrome", short="prematurity/RDS", icd="P07.3", age=(0, 0),
         svc="nicu", cc="prematurity", fever=36.6, rr=20, hr=15, spo2=(88, 95),
         hpi="Baby {last} was born at {ga} weeks gestation by {deliv} to a {mage}-year-old G{g}P{p} mother whose pregnancy was "
             "complicated by {comp}. Maternal labs: blood type O+, antibody screen negative, HBsAg negative, HIV negative, RPR "
             "non-reactive, rubella immune, GBS {gbs}. Rupture of membranes {rom} hours prior to delivery. Betamethasone {beta}. "
             "Apgars {ap1} and {ap5}. Infant required CPAP in the delivery room for grunting and retractions.",
         exam={"General": "Preterm infant in isolette on CPAP, active with stimulation.",
               "Resp": "Grunting, subcostal retractions, equal aeration, fine crackles bilaterally.",
               "HEENT": "Anterior fontanelle soft and flat, sutures approximated, palate intact, red reflex deferred.",
               "Skin": "Thin, gelatinous-to-smooth skin, visible veins, no bruising.",
               "Neuro": "Decreased tone appropriate for gestational age, weak suck, symmetric Moro."},
         panels=["CBC", "VBG", "BILI"], labov={"pH": (7.22, 7.30), "pCO2": (52, 64), "Total Bilirubin": (5.2, 9.8)},
         qual=[("Blood culture", "No growth at 48 hours"), ("Newborn screen", "Pending (collected at 24 hours of life)")],
         img=[("XR", "CHEST/ABDOMEN 1 VIEW (BABYGRAM)", "Premature infant, respiratory distress, line placement.",
               "Diffuse bilateral ground-glass opacities with air bronchograms and low lung volumes. UVC tip projects at the junction "
               "of the IVC and right atrium (T9). UAC tip at T7. Nasogastric tube in the stomach. Nonobstructive bowel gas pattern.",
               "Findings consistent with surfactant deficiency. Lines in appropriate position.")],
         inpt=[M("Poractant alfa (Curosurf)", None, 2.5, "mL/kg", "intratracheal", "once (INSURE)"),
               M("Caffeine citrate", 20, 100, "mg", "IV", "load, then 5 mg/kg daily"),
               M("Ampicillin", 100, 400, "mg", "IV", "q12h x 48h"), M("Gentamicin", 5, 20, "mg", "IV", "q48h x 48h")],
         dc=[M("Poly-vi-sol with iron", None, 1, "mL", "PO", "once daily"),
             M("Cholecalciferol (vitamin D) 400 units/mL", None, 1, "mL", "PO", "once daily")],
         course="", los=(30, 70), consult="nicu", followup="PCP in 2 days; NICU Developmental Follow-up Clinic; ophthalmology for ROP", proc="uvc"),
    dict(key="bili", dx="Neonatal hyperbilirubinemia (ABO incompatibility)", short="neonatal jaundice", icd="P55.1", age=(2, 6),
         svc="hosp", cc="jaundice", fever=36.9, rr=10, hr=10, spo2=(97, 100),
         hpi="{pt} is a {age} {kid} born at {ga} weeks by {deliv} to an O-positive mother; infant is A-positive, DAT positive. "
             "Breastfeeding every 2-3 hours with {k} wet diapers and transitional stools yesterday. Weight down 8% from birth. "
             "Noted to be jaundiced to the abdomen at the PCP visit today; transcutaneous bilirubin was high and serum level sent.",
         exam={"Skin": "Jaundice to the level of the umbilicus/thighs. No petechiae or bruising.", "General": "Sleepy but easily arousable, vigorous suck.",
               "Abd": "Soft, liver edge 1 cm below costal margin, umbilical stump clean and dry."},
         panels=["BILI", "CBC"], labov={"Total Bilirubin": (17.5, 21.5), "Direct Bilirubin": (0.3, 0.6), "Hemoglobin": (13.2, 15.0)},
         qual=[("Blood type (infant)", "A POS"), ("Direct antiglobulin test", "POSITIVE (anti-IgG)"), ("Reticulocyte count", "7.8 % (H)")],
         img=[],
         inpt=[M("Phototherapy (intensive, double bank LED)", None, 1, "", "", "continuous, interrupt only for feeds")],
         dc=[],
         course="{pt} was admitted for intensive phototherapy. Total serum bilirubin peaked shortly after admission and declined "
                "steadily, remaining below exchange transfusion thresholds. Phototherapy was discontinued after {h} hours and "
                "rebound bilirubin 12 hours later was acceptable. Lactation consultation provided.",
         los=(1, 3), consult=None, followup="PCP in 1-2 days for weight and bilirubin check", proc=None),
    dict(key="abscess", dx="Cutaneous abscess of left thigh, MRSA", short="thigh abscess", icd="L02.416", age=(400, 6000),
         svc="em", cc="painful red bump on leg", fever=37.9, rr=4, hr=15, spo2=(98, 100),
         hpi="{pt} is a {age} {kid} with {n} days of an enlarging, painful red bump on the left anterior thigh that began as a "
             "'spider bite'. Low-grade temperatures. Sibling treated for a boil last month. No prior similar lesions in the patient.",
         exam={"Skin": "Left anteromedial thigh with 4 x 3 cm fluctuant, tender abscess with central pustule and 7 cm surrounding "
                       "erythema and induration. No crepitus or lymphangitic streaking. Mild inguinal adenopathy."},
         panels=[], qual=[("Wound culture (abscess)", "Staphylococcus aureus, methicillin-RESISTANT (MRSA); susceptible to clindamycin (D-test negative), TMP-SMX, doxycycline, vancomycin")],
         img=[("US", "US SOFT TISSUE LEFT THIGH", "Swelling, evaluate for drainable collection.",
               "There is a 3.8 x 2.6 x 2.1 cm complex hypoechoic collection in the subcutaneous tissues of the anterior left thigh with "
               "internal debris and peripheral hyperemia. Surrounding cobblestoning of the subcutaneous fat.",
               "Subcutaneous abscess with surrounding cellulitis.")],
         inpt=[M("Lidocaine 1%", None, 3, "mL", "local infiltration", "once"), M("Ketamine", 1.5, 100, "mg", "IV", "once for sedation")],
         dc=[M("Clindamycin 75 mg/5 mL solution", 10, 450, "mg", "PO", "three times daily for 7 days", 15),
             M("Ibuprofen 100 mg/5 mL suspension", 10, 600, "mg", "PO", "every 6 hours as needed for pain", 20)],
         course="{pt} underwent incision and drainage of the abscess in the ED under procedural sedation. Moderate purulent material "
                "was expressed and sent for culture. Loculations broken up and wound packed with iodoform gauze.",
         los=(0, 0), consult=None, followup="Wound check with PCP in 48 hours for packing removal", proc="id"),
    dict(key="all", dx="Precursor B-cell acute lymphoblastic leukemia", short="B-ALL", icd="C91.00", age=(800, 3700),
         svc="onc", cc="pallor, bruising and leg pain", fever=38.4, rr=6, hr=30, spo2=(97, 100),
         hpi="{pt} is a {age} {kid} with {n} weeks of fatigue, intermittent low-grade fevers, bilateral leg pain waking {him} at night "
             "and new bruises on the shins and trunk. PCP obtained a CBC today showing pancytopenia with circulating blasts and referred "
             "directly to the emergency department.",
         exam={"General": "Pale, tired-appearing, non-toxic.", "Skin": "Scattered petechiae on the chest and multiple ecchymoses on the legs of varying ages.",
               "Abd": "Spleen palpable 3 cm below the left costal margin; liver edge 2 cm below right costal margin.",
               "Neck": "Shotty bilateral cervical lymphadenopathy up to 1.5 cm, non-tender."},
         panels=["CBC", "DIFF", "BMP", "LFT"], labov={"WBC": (28.0, 74.0), "Hemoglobin": (5.9, 7.8), "Hematocrit": (17.5, 23.0),
                                                        "Platelets": (12, 38), "Neutrophils": (2, 8), "Lymphocytes": (20, 35),
                                                        "Potassium": (3.9, 4.9)},
         qual=[("Peripheral smear", "Circulating blasts 58%; few smudge cells"), ("Uric acid", "7.9 mg/dL (H)"), ("LDH", "1420 U/L (H)")],
         img=[("XR", "CHEST 2 VIEWS", "New leukemia, evaluate for mediastinal mass prior to sedation.",
               "No mediastinal widening or mass. Lungs are clear. No pleural effusion.", "No mediastinal mass.")],
         inpt=[M("Allopurinol", 100, 300, "mg/m2", "PO", "q8h"), M("D5 1/4NS + 0 K", None, 2, "x maintenance", "IV", "continuous hyperhydration"),
               M("Ondansetron", 0.15, 8, "mg", "IV", "q8h PRN"), M("Packed red blood cells (irradiated, leukoreduced)", 10, 300, "mL", "IV", "once over 4 hours")],
         dc=[M("Dexamethasone", None, 6, "mg/m2/day", "PO", "divided BID per protocol induction"),
             M("Sulfamethoxazole-trimethoprim 200-40 mg/5 mL", None, 5, "mg/kg/day TMP", "PO", "divided BID on Sat/Sun (PJP prophylaxis)"),
             M("Ondansetron 4 mg ODT", None, 4, "mg", "PO", "every 8 hours as needed for nausea"),
             M("Famotidine 40 mg/5 mL suspension", 0.5, 20, "mg", "PO", "twice daily while on steroids", 8)],
         course="{pt} was admitted to the oncology unit for tumor lysis precautions with hyperhydration and allopurinol. Bone marrow "
                "aspirate and biopsy with flow cytometry confirmed precursor B-cell ALL. {He} underwent tunneled central line (port) "
                "placement and diagnostic lumbar puncture with intrathecal cytarabine (CNS1). Induction chemotherapy began per protocol.",
         los=(5, 9), consult="onc", followup="Hematology/Oncology day hospital in 3 days", proc="bma"),
]
SCEN_BY = {s["key"]: s for s in SCEN}

# ------------------------------------------------------------- context

class Ctx(object):
    pass


def make_ctx(r, scen=None, age_days=None, sex=None, year_range=(2003, 2022)):
    c = Ctx()
    c.r = r
    c.scen = scen if isinstance(scen, dict) else (SCEN_BY[scen] if scen else pick(r, SCEN))
    lo, hi = c.scen.get("age", (30, 6000))
    c.age_days = age_days if age_days is not None else r.randint(lo, hi)
    c.sex = sex or c.scen.get("sex") or (pick(r, "MMMF") if c.scen["key"] == "pyloric" else pick(r, "MF"))
    c.first = pick(r, FIRST_M if c.sex == "M" else FIRST_F)
    c.last = pick(r, LAST)
    start = D(year_range[0], 1, 1)
    span = (D(year_range[1], 12, 31) - start).days
    c.date = start + TD(days=r.randint(0, span))
    c.dob = c.date - TD(days=c.age_days)
    c.los = r.randint(*c.scen.get("los", (1, 3)))
    c.ddate = c.date + TD(days=c.los)
    c.mrn = pick(r, ["%08d" % r.randint(1000000, 99999999), "M%07d" % r.randint(100000, 9999999),
                     "%03d-%02d-%02d" % (r.randint(100, 999), r.randint(10, 99), r.randint(10, 99))])
    c.acct = "%010d" % r.randint(10 ** 8, 10 ** 10 - 1)
    c.csn = str(r.randint(10 ** 9, 10 ** 10 - 1))
    c.hosp = pick(r, HOSPITALS)
    c.clinic = pick(r, CLINICS)
    c.area = c.hosp["area"]
    c.att = provider(r, c.scen.get("svc", "hosp"))
    c.pcp = provider(r, "gen", pick(r, ["MD", "MD", "DO", "CPNP", "MD"]))
    c.res = provider(r, "hosp", "MD")
    c.res.spec = "Pediatrics Resident PGY-%d" % r.randint(1, 3)
    c.rn = nurse(r)
    ml = pick(r, LAST) if chance(r, 0.2) else c.last
    c.mom = Person(pick(r, ADULT_F), ml, "", "Mother", "F")
    c.dad = Person(pick(r, ADULT_M), c.last if chance(r, 0.7) else pick(r, LAST), "", "Father", "M")
    c.guardian = c.mom if chance(r, 0.72) else c.dad
    c.grel = "Mother" if c.guardian is c.mom else "Father"
    if chance(r, 0.06):
        c.guardian = Person(pick(r, ADULT_F), pick(r, LAST), "", "Grandmother", "F")
        c.grel = pick(r, ["Grandmother (legal guardian)", "Foster parent", "Aunt"])
    c.street = "%d %s" % (r.randint(10, 9899), pick(r, STREETS))
    c.town = pick(r, TOWNS)
    c.st = c.hosp["st"]
    c.zip = "%s%03d" % (c.hosp["zip"][:2], r.randint(0, 999))
    c.phone = phone(r, c.area)
    plan = pick(r, PLANS)
    c.plan, c.ptype = plan
    c.memid = pick(r, ["%s%09d" % (pick(r, ["XKH", "BHP", "UCF", "ZQT", "MVK"]), r.randint(0, 10 ** 9 - 1)),
                       "%011d" % r.randint(0, 10 ** 11 - 1), "%02d%07d%s" % (r.randint(10, 99), r.randint(0, 9999999), pick(r, "ABCDE"))])
    c.group = "%06d" % r.randint(0, 999999) if c.ptype not in ("MEDICAID", "CHIP") else ""
    c.allergies = pick(r, ["NKDA"] * 6 + ["Amoxicillin (hives)", "Peanut (anaphylaxis)", "Egg (rash)", "Sulfa (rash)", "Latex"])
    if c.scen["key"] in ("cap", "fs") and c.allergies.startswith("Amox"):
        c.allergies = "NKDA"
    wt = interp(WT_TAB, c.age_days) * (1 + r.gauss(0, 0.09))
    if c.scen["key"] == "prem":
        c.ga = r.randint(26, 33)
        c.gad = r.randint(0, 6)
        c.bw = int(interp([(24, 650), (28, 1100), (32, 1700), (34, 2200)], c.ga) * (1 + r.gauss(0, 0.1)))
        wt = c.bw / 1000.0
        c.ht = round(interp([(24, 31), (28, 36), (32, 42), (34, 45)], c.ga), 1)
    else:
        c.ga = r.choice([37, 38, 39, 39, 40, 40, 41])
        c.gad = r.randint(0, 6)
        c.bw = int(3300 * (1 + r.gauss(0, 0.1)))
        c.ht = round(interp(HT_TAB, c.age_days) * (1 + r.gauss(0, 0.03)), 1)
    c.wt = round(max(wt, 0.6), 2 if wt < 10 else 1)
    c.bsa = round((c.ht * c.wt / 3600.0) ** 0.5, 2)
    he = "he" if c.sex == "M" else "she"
    kid = ("male infant" if c.sex == "M" else "female infant") if c.age_days < 365 else \
        (("boy" if c.sex == "M" else "girl") if c.age_days < 4750 else ("male" if c.sex == "M" else "female"))
    c.kid = kid
    side = pick(r, ["right", "left"])
    c.v = dict(pt=c.first, last=c.last, age=age_text(c.age_days), kid=kid, he=he, He=he.capitalize(),
               his="his" if c.sex == "M" else "her", His="His" if c.sex == "M" else "Her",
               him="him" if c.sex == "M" else "her", n=r.randint(2, 5), k=r.randint(2, 6), h=r.randint(24, 60),
               hf=r.choice([6, 8, 10, 12]), side=side, Side=side.capitalize(), ga=c.ga,
               deliv=pick(r, ["spontaneous vaginal delivery", "primary cesarean section", "repeat cesarean section",
                              "vaginal delivery"]),
               mage=r.randint(17, 41), g=r.randint(1, 5), p=1, comp=pick(r, ["preterm labor", "preeclampsia with severe features",
                                                                              "preterm premature rupture of membranes",
                                                                              "placental abruption", "chorioamnionitis"]),
               gbs=pick(r, ["unknown", "negative", "positive, inadequately treated", "unknown, received ampicillin x2 doses"]),
               rom=r.choice([0, 1, 4, 12, 20, 36]), beta=pick(r, ["complete course x2 doses", "one dose 6 hours prior to delivery", "not given"]),
               ap1=r.randint(2, 7), ap5=r.randint(6, 9))
    c.v["p"] = max(0, c.v["g"] - 1)
    return c


def F(c, s):
    return s.format(**c.v)


def pname(c, style=0):
    if style == 0:
        return "%s %s" % (c.first, c.last)
    if style == 1:
        return "%s, %s" % (c.last.upper(), c.first.upper())
    if style == 2:
        return "%s, %s" % (c.last, c.first)
    return "%s %s" % (c.first.upper(), c.last.upper())


def sexw(c, style=0):
    return [("M", "F"), ("Male", "Female"), ("male", "female")][style][0 if c.sex == "M" else 1]


# ------------------------------------------------------------- vitals / exam

def vitals(r, c, well=False):
    a = c.age_days
    hr = interp([(0, 145), (365, 125), (1095, 108), (2190, 96), (4380, 84), (7300, 76)], a)
    rr = interp([(0, 42), (365, 30), (1095, 24), (2190, 21), (4380, 18), (7300, 16)], a)
    sbp = interp([(0, 70), (365, 90), (1095, 95), (2190, 101), (4380, 110), (7300, 118)], a)
    s = c.scen if not well else {"spo2": (96, 100)}
    t = s.get("fever", 37.0) + r.uniform(-0.3, 0.4)
    v = dict(T=round(t, 1), HR=int(hr + s.get("hr", 0) + r.randint(-8, 8)), RR=int(rr + s.get("rr", 0) + r.randint(-3, 4)),
             SBP=int(sbp + r.randint(-6, 8)), SpO2=r.randint(*s.get("spo2", (97, 100))))
    v["DBP"] = int(v["SBP"] * 0.6 + r.randint(-4, 4))
    v["TF"] = round(v["T"] * 9 / 5 + 32, 1)
    return v


def vitals_line(r, c, v=None, style=None):
    v = v or vitals(r, c)
    style = r.randint(0, 3) if style is None else style
    if style == 0:
        return "T %.1f C  HR %d  RR %d  BP %d/%d  SpO2 %d%% %s  Wt %s kg" % (v["T"], v["HR"], v["RR"], v["SBP"], v["DBP"], v["SpO2"],
                                                                       "RA" if v["SpO2"] > 94 else "on 2L NC", c.wt)
    if style == 1:
        return "Temp: %.1f F | Pulse: %d | Resp: %d | BP: %d/%d | SpO2: %d%% | Weight: %s kg" % (v["TF"], v["HR"], v["RR"], v["SBP"], v["DBP"], v["SpO2"], c.wt)
    if style == 2:
        return "VS: %.1f, %d, %d, %d/%d, %d%%" % (v["T"], v["HR"], v["RR"], v["SBP"], v["DBP"], v["SpO2"])
    return "Tmax %.1f, Tcurrent %.1f, HR %d-%d, RR %d-%d, BP %d/%d, sat %d-%d%%" % (
        v["T"] + 0.3, v["T"], v["HR"] - 12, v["HR"] + 6, v["RR"] - 6, v["RR"] + 2, v["SBP"], v["DBP"], v["SpO2"], min(100, v["SpO2"] + 3))


EXAM_ORDER = ["General", "HEENT", "Neck", "Resp", "CV", "Abd", "GU", "Ext", "Skin", "Neuro"]
EXAM_LABELS = {"General": ["General", "Gen", "GEN", "Constitutional"], "HEENT": ["HEENT", "Head/ENT", "HEENT"],
               "Neck": ["Neck", "Neck"], "Resp": ["Lungs", "Resp", "Chest", "Respiratory", "Pulm"],
               "CV": ["CV", "Heart", "Cardiovascular", "CVS"], "Abd": ["Abdomen", "Abd", "GI", "ABD"],
               "GU": ["GU", "Genitourinary", "GU"], "Ext": ["Extremities", "Ext", "MSK"], "Skin": ["Skin", "Skin", "Integ"],
               "Neuro": ["Neuro", "Neurologic", "NEURO"]}


def exam_default(c, sysn):
    inf = c.age_days < 365
    if sysn == "General":
        return "Well-appearing, alert and interactive, in no acute distress."
    if sysn == "HEENT":
        return ("Anterior fontanelle open, soft and flat. Red reflex present bilaterally. TMs clear. Moist mucous membranes."
                if inf else "Normocephalic, atraumatic. PERRL, conjunctivae clear. TMs normal bilaterally. Oropharynx clear, MMM.")
    if sysn == "Neck":
        return "Supple, no lymphadenopathy."
    if sysn == "Resp":
        return "Clear to auscultation bilaterally, no wheezes, rales or rhonchi. No increased work of breathing."
    if sysn == "CV":
        return "Regular rate and rhythm, normal S1/S2, no murmur. Capillary refill < 2 seconds, 2+ %s pulses." % ("femoral" if inf else "distal")
    if sysn == "Abd":
        return "Soft, non-tender, non-distended. No hepatosplenomegaly or masses. Normal bowel sounds."
    if sysn == "GU":
        if c.sex == "M":
            return "Normal male genitalia, testes descended bilaterally%s." % ("" if inf else ", Tanner %s" % ("I" if c.age_days < 3650 else "III"))
        return "Normal female external genitalia%s." % ("" if inf else ", Tanner %s" % ("I" if c.age_days < 3300 else "II-III"))
    if sysn == "Ext":
        return "Warm and well perfused, full range of motion, no edema.%s" % (" Hips stable, negative Ortolani/Barlow." if inf else "")
    if sysn == "Skin":
        return "No rashes, petechiae or lesions."
    return ("Alert, normal tone, symmetric Moro, good suck." if inf else
            "Alert and appropriate for age. Cranial nerves grossly intact. Normal strength and tone, normal gait.")


def exam_lines(r, c, short=False, labelstyle=None):
    ls = r.randint(0, 3) if labelstyle is None else labelstyle
    out = []
    for s in EXAM_ORDER:
        if short and s in ("GU", "Neck", "Skin") and s not in c.scen.get("exam", {}):
            continue
        txt = F(c, c.scen.get("exam", {}).get(s, exam_default(c, s)))
        lab = EXAM_LABELS[s][min(ls, len(EXAM_LABELS[s]) - 1)]
        out.append("%s: %s" % (lab, txt))
    return out


def exam_para(r, c):
    parts = []
    for s in EXAM_ORDER:
        txt = F(c, c.scen.get("exam", {}).get(s, exam_default(c, s)))
        parts.append(txt.rstrip("."))
    return ". ".join(parts) + "."


# ------------------------------------------------------------- meds

ABBR = {"once daily": "daily", "twice daily": "BID", "three times daily": "TID", "four times daily": "QID",
        "every 6 hours": "q6h", "every 8 hours": "q8h", "every 4 hours": "q4h", "as needed": "PRN"}


def med_calc(c, m):
    if m["mgkg"] is None:
        return m["mx"], m["unit"], None
    unit = m["unit"]
    if "/m2" in unit:
        dose = m["mgkg"] * c.bsa
        unit = unit.replace("/m2", "")
    else:
        dose = m["mgkg"] * c.wt
    dose = rnd_dose(min(dose, m["mx"]))
    vol = None
    if m.get("conc"):
        vol = round(dose / float(m["conc"]), 1)
    return dose, unit, vol


def med_str(c, m, style=0):
    dose, unit, vol = med_calc(c, m)
    if unit == "":
        return "%s %s" % (m["name"], m["freq"])
    if unit == "mg" and isinstance(dose, (int, float)) and dose >= 10000:
        dtxt = "%s g" % numfmt(round(dose / 1000.0, 1))
    else:
        dtxt = "%s %s" % (numfmt(dose), unit)
    freq = m["freq"]
    if style == 1:
        for k, v in ABBR.items():
            freq = freq.replace(k, v)
        nm = m["name"].split(" ")[0] if " mg/" in m["name"] or " mcg" in m["name"] else m["name"]
        return "%s %s %s %s" % (nm.lower() if style == 1 and chance(c.r, 0.5) else nm, dtxt, m["route"], freq)
    if vol is not None:
        return "%s: give %s mL (%s) %s %s" % (m["name"], numfmt(vol), dtxt, m["route"], freq)
    return "%s %s %s %s" % (m["name"], dtxt, m["route"], freq)


# ------------------------------------------------------------- page furniture and signatures

def letterhead(r, c, dept=None, clinic=False):
    h = c.hosp
    st = r.randint(0, 3)
    name = c.clinic if clinic else h["name"]
    dept = dept or ""
    if st == 0:
        return "%s\n%s%s, %s, %s %s\nPhone %s   Fax %s\n" % (name, (dept + "\n") if dept else "", h["addr"], h["city"], h["st"], h["zip"],
                                                         phone(r, c.area), phone(r, c.area))
    if st == 1:
        return "%s\n%s\n%s | %s, %s %s | %s\n%s\n" % (name.upper(), dept, h["addr"], h["city"], h["st"], h["zip"], phone(r, c.area), "=" * 60)
    if st == 2:
        return "                         %s\n                 %s\n" % (name, dept or "A member of the %s Health Network" % h["short"])
    return "%s  %s\n" % (h["short"] if not clinic else name, dept)


def esign(r, c, who, d=None, style=None):
    d = d or c.date
    st = r.randint(0, 6) if style is None else style
    ds = fdate(d, r.randint(0, 1))
    if st == 0:
        return "Electronically signed by %s on %s at %s" % (who.sig(), ds, ftime(r))
    if st == 1:
        return "\n______________________________\n%s\n%s" % (who.sig(), who.spec)
    if st == 2:
        t1 = d + TD(days=r.randint(0, 2))
        return "Dictated by: %s\nD: %s %s  T: %s %s\nJob #: %d  Doc #: %d\nDICTATED BUT NOT READ" % (
            who.sig(), ds, ftime(r), fdate(t1, 0), ftime(r), r.randint(100000, 999999), r.randint(1000000, 9999999)) \
            if chance(r, 0.5) else "%s\n%s/%s  D: %s  T: %s" % (who.sig(), who.init(), pick(r, ["mt", "kls", "dw", "jrb"]), ds, fdate(t1, 1))
    if st == 3:
        return "Signed: %s. %s %s %s" % (who.first[0], who.last, who.cred, ds)
    if st == 4:
        return "%s\n%s\nPager %d" % (who.sig(), who.spec, r.randint(1000, 9999))
    if st == 5:
        return "Authenticated by %s, %s %s" % (who.full(), who.cred, ds)
    return "-- %s, %s" % (who.full(), who.cred)


def attestation(r, c):
    return pick(r, [
        "ATTENDING ATTESTATION: I saw and evaluated the patient, discussed the case with the resident and agree with the findings "
        "and plan as documented in the resident's note.",
        "Attending note: Patient seen and examined with the team on family-centered rounds. I agree with the above with the following "
        "additions: family updated at bedside, questions answered.",
        "I was present for the key portions of the history and exam and agree with the resident's assessment and plan.",
        "Teaching physician statement: I personally examined the patient and reviewed the resident's note; I concur."])


def ehr_header(r, c, title=None):
    st = r.randint(0, 2)
    if st == 0:
        return "%s   %s   MRN: %s   DOB: %s   %s\n%s" % (c.hosp["short"], pname(c, 1), c.mrn, fdate(c.dob, 0), sexw(c, 0), "-" * 70)
    if st == 1:
        return "Patient: %s    MRN %s    Acct %s\nDOB %s (%s)    Encounter %s\n" % (pname(c, 2), c.mrn, c.acct, fdate(c.dob, 0),
                                                                              age_text(c.age_days, 1), fdate(c.date, 0))
    return "%s | %s | %s | %s" % (pname(c, 1), c.mrn, fdate(c.dob, 0), title or c.hosp["name"])


OCR_SUB = {"l": "1", "I": "l", "O": "0", "0": "O", "e": "c", "S": "5", "5": "S", ",": ".", "B": "8", "i": "l",
           "a": "o", "n": "m", "g": "q", "t": "f", "h": "b", "1": "l", ":": ";", ".": ","}


def ocr_noise(r, text, level):
    if level <= 0:
        return text
    p = 0.0035 * level
    out = []
    for ch in text:
        x = r.random()
        if x < p and ch != "\n":
            y = r.random()
            if ch in OCR_SUB and y < 0.55:
                out.append(OCR_SUB[ch])
            elif ch == "m" and y < 0.7:
                out.append("rn")
            elif y < 0.75:
                continue
            elif y < 0.9:
                out.append(ch + " ")
            else:
                out.append(ch + ch)
        else:
            out.append(ch)
    t = "".join(out)
    lines = t.split("\n")
    res = []
    for ln in lines:
        q = r.random()
        if q < 0.012 * level and ln.strip():
            ln = pick(r, ["| ", "' ", ". ", "l "]) + ln
        elif q < 0.02 * level and ln.strip():
            ln = ln + pick(r, [" |", " ~", " .", "  '"])
        res.append(ln)
    return "\n".join(res)


def paginate(r, c, text):
    lines = text.split("\n")
    per = r.randint(42, 62)
    if len(lines) <= per + 8 and chance(r, 0.6):
        pages = [lines]
    else:
        pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(pages)
    st = r.randint(0, 5)
    printed = "Printed %s %s by %s" % (fdate(c.ddate + TD(days=r.randint(0, 400)), 0), ftime(r), pick(r, ["jmoreau", "HIM-ROI", "kpatel2", "sfenwick", "epicprint", "tsorensen"]))
    fax = chance(r, 0.22)
    faxhdr = "%s %s  FROM: %s  TO: %s  P.%%03d/%%03d" % (fdate(c.ddate + TD(days=r.randint(0, 60)), 1), ftime(r),
                                                    phone_alt(r, c.area), phone_alt(r))
    out = []
    for i, pg in enumerate(pages):
        block = []
        if fax:
            block.append(faxhdr % (i + 1, n))
        if i > 0 and st in (0, 1, 3):
            block.append("%s  MRN %s  DOB %s  (continued)" % (pname(c, 1), c.mrn, fdate(c.dob, 0)))
            block.append("")
        block.extend(pg)
        if st == 0:
            block += ["", "Page %d of %d" % (i + 1, n)]
        elif st == 1:
            block += ["", "%s%sPage %d" % (printed, " " * 10, i + 1)]
        elif st == 2:
            block += ["", "- %d -" % (i + 1)]
        elif st == 3:
            block += ["", "CONFIDENTIAL: Contains protected health information. Redisclosure prohibited.", "Page %d/%d" % (i + 1, n)]
        elif st == 4 and n > 1:
            block += ["", "%s  %s" % (c.hosp["short"], "pg %d" % (i + 1))]
        out.append("\n".join(block))
    sep = pick(r, ["\n\n", "\n\f\n", "\n\n\n"])
    return sep.join(out)


def finalize(r, c, text, furniture=True):
    text = text.strip("\n")
    if furniture and chance(r, 0.72):
        text = paginate(r, c, text)
    lvl = pick(r, [0, 0, 1, 1, 1, 2, 2, 3])
    return ocr_noise(r, text, lvl)


def labtbl(rows, style=0):
    out = []
    for (a, v, u, ref, fl) in rows:
        if style == 0:
            out.append("%-24s %8s %-2s %-10s %s" % (a, numfmt(v), fl, u, ref))
        elif style == 1:
            out.append("%s %s%s %s (ref %s)" % (a, numfmt(v), ("(" + fl + ")") if fl else "", u, ref))
        else:
            out.append("%-22s|%7s|%-3s|%-9s|%s" % (a, numfmt(v), fl, u, ref))
    return out


def labs_brief(r, c):
    """One-paragraph summary of the scenario's key labs, as written inside notes."""
    bits = []
    for p in c.scen.get("panels", []):
        rows = lab_rows(r, c, p)
        if p == "CBC":
            d = {a: v for a, v, u, ref, f in rows}
            bits.append("CBC %s > %s < %s" % (numfmt(d["WBC"]), numfmt(d["Hemoglobin"]), numfmt(d["Platelets"])) if chance(r, 0.5)
                        else "WBC %s, Hgb %s, Plt %s" % (numfmt(d["WBC"]), numfmt(d["Hemoglobin"]), numfmt(d["Platelets"])))
        elif p == "BMP":
            d = {a: v for a, v, u, ref, f in rows}
            bits.append("BMP: Na %s, K %s, Cl %s, HCO3 %s, BUN %s, Cr %s, Glu %s" % (d["Sodium"], d["Potassium"], d["Chloride"], d["CO2"], d["BUN"], d["Creatinine"], d["Glucose"]))
        else:
            bits.append(", ".join("%s %s" % (a, numfmt(v)) for a, v, u, ref, f in rows[:4]))
    for t, res in c.scen.get("qual", [])[:3]:
        bits.append("%s: %s" % (t, res))
    return "; ".join(bits) if bits else "No labs obtained."


def img_brief(c):
    if not c.scen.get("img"):
        return "None."
    m = c.scen["img"][0]
    return "%s: %s" % (m[1], m[4])

# ------------------------------------------------------------- shared clinical text

PLAN_EXTRA = {
    "bronch": ["Nasal suction PRN and before feeds", "HFNC - wean per bronchiolitis pathway", "Continuous pulse oximetry while on O2, goal sat > 90%",
               "Strict I/O; mIVF at 2/3 maintenance if PO intake poor", "Contact/droplet isolation"],
    "asthma": ["Albuterol wean per asthma pathway (q2h -> q3h -> q4h)", "Asthma education, Asthma Action Plan prior to discharge",
               "Step up controller therapy", "Smoke exposure counseling"],
    "cap": ["Follow blood culture", "Wean O2 for goal sat > 90%", "Transition to PO amoxicillin when afebrile 24h and tolerating PO",
            "Repeat CXR only if clinical worsening"],
    "appy": ["NPO, mIVF", "OR today for laparoscopic appendectomy; consent obtained from parent", "Pain control: morphine PRN, ketorolac scheduled"],
    "pyloric": ["NPO, D5 1/2NS + 20 KCl at 1.5x maintenance", "Repeat BMP q8-12h; OR once Cl > 100 and HCO3 < 30", "Pediatric Surgery following"],
    "uti": ["Follow urine, blood and CSF cultures", "Narrow antibiotics to sensitivities", "Renal/bladder US prior to discharge"],
    "dka": ["Insulin infusion 0.1 unit/kg/hr, two-bag system", "POC glucose q1h, BMP/VBG q2-4h", "Neuro checks q1h; mannitol/3% saline at bedside",
            "Endocrine consult, diabetes education"],
    "age": ["Oral rehydration challenge 5 mL q5 min", "IV fluid bolus if fails", "Return precautions reviewed"],
    "kawasaki": ["IVIG 2 g/kg", "High-dose ASA until afebrile 48h then low-dose", "Echo; Cardiology following", "Repeat CBC/CRP/LFTs in AM"],
    "croup": ["Dexamethasone given", "Observe 3 hours after racemic epinephrine", "Cool mist/comfort measures at home"],
    "scfx": ["NPO for OR", "Posterior long-arm splint, elevate", "Neurovascular checks q1h", "Orthopaedics to OR tonight for CRPP"],
    "fs": ["Antipyretics PRN for comfort", "Amoxicillin for AOM", "Seizure safety and first-aid counseling"],
    "prem": ["CPAP +6, wean FiO2 for sats 90-95%", "Caffeine citrate", "Ampicillin/gentamicin x 48h pending blood culture",
             "TPN/IL via UVC; start trophic feeds with maternal/donor milk", "Bilirubin in AM", "Head ultrasound DOL 7"],
    "bili": ["Intensive phototherapy", "Repeat TSB q4-6h", "Breastfeed q2-3h, supplement with EBM/formula as needed", "Exchange transfusion threshold reviewed"],
    "abscess": ["I&D under procedural sedation", "Wound culture", "PO clindamycin x 7 days", "Wound care teaching"],
    "all": ["Hyperhydration 2x maintenance, allopurinol", "TLS labs q6h", "BMA/biopsy and LP under anesthesia", "Transfuse PRBC for Hgb < 7, platelets < 10 or bleeding",
            "Family meeting with Heme/Onc attending"],
}
ADMIT = ["bronch", "asthma", "cap", "appy", "pyloric", "uti", "dka", "kawasaki", "scfx", "bili", "all", "prem"]
EDS = ["age", "croup", "fs", "abscess", "bronch", "asthma", "appy", "scfx", "cap", "uti"]
SURG = ["appy", "pyloric", "scfx"]


def pmh(r, c):
    if c.scen["key"] == "asthma":
        return "Asthma diagnosed age %d; eczema in infancy." % r.randint(2, 5)
    if c.age_days < 60:
        return "Born at %d weeks by %s, birth weight %d g. Uncomplicated newborn nursery course." % (c.ga, c.v["deliv"], c.bw)
    return pick(r, ["Previously healthy.", "None.", "Eczema. Recurrent otitis media (3 episodes last year).",
                    "Term birth, no NICU stay. No chronic medical problems.", "ADHD, followed by PCP.", "Constipation."])


def social(r, c):
    who = pick(r, ["mother and father", "mother, stepfather and %d siblings" % r.randint(1, 3), "mother and maternal grandmother",
                   "both parents and an older sister", "father (primary custody) and paternal grandparents"])
    sch = ("Attends daycare." if c.age_days < 1800 else "In %s grade at %s Elementary." % (pick(r, ["1st", "2nd", "3rd", "4th", "5th"]), pick(r, TOWNS))) \
        if c.age_days < 4000 else "In %s grade, %s." % (pick(r, ["7th", "8th", "9th", "10th"]), pick(r, ["good grades", "plays soccer", "on the swim team"]))
    if c.age_days < 200:
        sch = "Home with %s." % pick(r, ["mother", "parents", "grandmother during the day"])
    smoke = pick(r, ["No smokers in the home.", "Father smokes outside.", "No tobacco exposure.", "Mother vapes."])
    return "Lives with %s in %s. %s %s %s" % (who, c.town, sch, smoke, pick(r, ["Dog at home.", "No pets.", "", "Cat at home."]))


def family_hx(r, c):
    return pick(r, ["Noncontributory.", "Asthma in mother; type 2 diabetes in maternal grandfather.",
                    "No family history of early cardiac death, seizures or bleeding disorders.",
                    "Father with hypertension. Sibling with eczema.", "Maternal aunt with hypothyroidism. No known genetic disorders."])


def immun(r, c):
    return pick(r, ["Up to date per parent.", "UTD per state registry.", "Up to date including influenza this season.",
                    "Delayed - missing 12 month vaccines; parent plans to catch up.", "Received hepatitis B at birth; 2 month vaccines due."
                    if c.age_days < 70 else "UTD."])


def ros_lines(r, c):
    cc = c.scen.get("cc", "")
    items = [("Constitutional", "fever" if c.scen.get("fever", 37) > 38 else "no fever"), ("Eyes", "negative"),
             ("ENT", "congestion" if c.scen["key"] in ("bronch", "croup", "fs") else "negative"),
             ("Respiratory", "cough, increased work of breathing" if c.scen["key"] in ("bronch", "asthma", "cap", "croup") else "negative"),
             ("Cardiovascular", "negative"), ("GI", "vomiting" if "vomit" in cc else "negative"),
             ("GU", "decreased urine output" if c.scen["key"] in ("age", "pyloric", "bronch") else "negative"),
             ("MSK", "pain and swelling of arm" if c.scen["key"] == "scfx" else ("leg pain" if c.scen["key"] == "all" else "negative")),
             ("Skin", "rash" if c.scen["key"] == "kawasaki" else "negative"), ("Neuro", "seizure" if c.scen["key"] == "fs" else "negative"),
             ("Heme", "bruising" if c.scen["key"] == "all" else "negative")]
    return items


def assess_sentence(r, c):
    return pick(r, ["%s is a %s %s with %s." % (c.first, age_text(c.age_days), c.kid, c.scen["short"]),
                    "%s %s with %s." % (age_text(c.age_days, 1), sexw(c, 0), c.scen["dx"].lower()),
                    "%s %s admitted with %s, %s." % (age_text(c.age_days), c.kid, c.scen["short"],
                                                     pick(r, ["clinically improving", "stable", "improving but not yet at baseline", "doing well"]))])


def plan_items(r, c, n=None):
    items = list(PLAN_EXTRA.get(c.scen["key"], []))
    items += [med_str(c, m, 1) for m in c.scen["inpt"][:3]]
    if n:
        items = items[:n]
    return items


def dc_meds(r, c, style=0):
    ms = c.scen["dc"]
    if not ms:
        return ["None."]
    return [med_str(c, m, style) for m in ms]


def hpi_text(r, c):
    t = F(c, c.scen["hpi"])
    if chance(r, 0.3):
        t += " " + pick(r, ["History obtained from %s." % c.grel.lower(), "History per %s and chart review." % c.grel.lower(),
                            "Spanish interpreter (ID #%d) used for the entire encounter." % r.randint(10000, 99999),
                            "Mother is a reliable historian."])
    return t


def course_text(r, c):
    if c.scen["key"] == "prem":
        return nicu_course(r, c)
    return F(c, c.scen["course"])


def nicu_course(r, c):
    bpd = chance(r, 0.35)
    return ("RESPIRATORY: Received surfactant x%d via INSURE for RDS. Weaned from CPAP to HFNC on DOL %d and to room air on DOL %d.%s "
            "Caffeine discontinued at %d weeks PMA; no apnea, bradycardia or desaturation events for >= 7 days prior to discharge.\n"
            "CARDIOVASCULAR: Hemodynamically stable. %s\n"
            "FEN/GI: TPN/IL via UVC initially. Trophic feeds of maternal breast milk started DOL 1 and advanced to full enteral feeds by "
            "DOL %d, fortified to 24 kcal/oz. Transitioned to ad lib PO feeds; currently taking 150-170 mL/kg/day.\n"
            "ID: Ampicillin and gentamicin x 48 hours; blood culture negative.\n"
            "HEME/BILI: Phototherapy for hyperbilirubinemia of prematurity DOL 2-%d, peak TSB %.1f.\n"
            "NEURO: Head ultrasounds on DOL 7 and at 36 weeks PMA %s.\n"
            "OPHTHALMOLOGY: %s\n"
            "SCREENING: Newborn screens x2 normal. Hearing screen (ABR) passed bilaterally. CCHD screen passed. Car seat tolerance test passed "
            "(90 minutes). Hepatitis B vaccine given %s.") % (
        r.randint(1, 2), r.randint(3, 10), r.randint(12, 40), " Diagnosed with mild BPD at 36 weeks PMA." if bpd else "",
        r.randint(33, 35), pick(r, ["Echo on DOL 3 showed small PDA which closed spontaneously.", "No murmur; echocardiogram not indicated.",
                                    "PDA treated with acetaminophen course; closed on follow-up echo."]),
        r.randint(7, 14), r.randint(4, 7), r.uniform(7.5, 10.5),
        pick(r, ["were normal", "showed bilateral grade I germinal matrix hemorrhage", "were normal without PVL"]),
        pick(r, ["ROP screening: stage 1 zone II, no plus disease; follow-up exam in 2 weeks.", "Mature retinas on last exam; no further ROP screening.",
                 "Stage 2 zone II ROP OU, regressing; outpatient follow-up arranged."]),
        pick(r, ["at 30 days of life", "prior to discharge", "on DOL 30; 2 month vaccines given DOL 60"]))


def pick_ctx(r, keys, **kw):
    return make_ctx(r, pick(r, keys), **kw)


# ------------------------------------------------------------- DISCHARGE SUMMARY

def t_discharge_summary(r):
    lay = r.randint(0, 6)
    if lay == 2:
        c = make_ctx(r, "prem")
    elif lay == 4:
        c = pick_ctx(r, SURG)
    else:
        c = pick_ctx(r, [k for k in ADMIT if k != "prem"])
    s = c.scen
    hs = r.randint(0, 3)
    L = []
    if lay == 0:
        L += [letterhead(r, c), pick(r, ["DISCHARGE SUMMARY", "DISCHARGE SUMMARY - PEDIATRICS", "HOSPITAL DISCHARGE SUMMARY"]), "",
              "PATIENT: %s   MR#: %s   ACCT#: %s" % (pname(c, 1), c.mrn, c.acct), "DOB: %s   AGE: %s   SEX: %s" % (fdate(c.dob, 0), age_text(c.age_days, 1), sexw(c, 1)),
              "DATE OF ADMISSION: %s" % fdate(c.date, 0), "DATE OF DISCHARGE: %s" % fdate(c.ddate, 0), "ATTENDING PHYSICIAN: %s" % c.att.sig(),
              "PRIMARY CARE PHYSICIAN: %s, %s" % (c.pcp.sig(), c.clinic), "",
              hv(r, 0, ["Admitting Diagnosis", "Admission Diagnosis"]), s["short"].capitalize() if chance(r, .5) else s["dx"], "",
              hv(r, 0, ["Discharge Diagnosis", "Discharge Diagnoses", "Final Diagnosis"]), "1. %s (%s)" % (s["dx"], s["icd"]),
              "2. %s" % pick(r, ["Dehydration, mild", "Hypoxemia", "Fever", "None"]), "",
              hd(0, "History of Present Illness"), wrap(hpi_text(r, c)), "", hd(0, "Hospital Course"), wrap(course_text(r, c)), "",
              hd(0, "Procedures"), pick(r, ["None.", "See operative report."]) if s["proc"] is None or s["proc"] not in ("appy", "pyloro", "crpp") else "See separate operative report.",
              "", hd(0, "Consultations"), (SPECIALTIES.get(s["consult"], "None") if s["consult"] else "None."), "",
              hd(0, "Condition at Discharge"), pick(r, ["Good.", "Stable.", "Improved, stable for discharge home."]), "",
              hd(0, "Discharge Medications")] + ["%d. %s" % (i + 1, m) for i, m in enumerate(dc_meds(r, c))] + [
              "", hd(0, "Follow-up"), s["followup"] + ".", "", esign(r, c, c.att, c.ddate, 2), "cc: %s" % c.pcp.sig()]
    elif lay == 1:
        L += [ehr_header(r, c, "Discharge Summary"), "", pick(r, ["Hospital Medicine Discharge Summary", "Pediatric Hospitalist Discharge Summary", "Discharge Summary"]),
              "Admit date: %s    Discharge date: %s    LOS: %d day(s)" % (fdate(c.date, 1), fdate(c.ddate, 1), c.los),
              "Attending: %s    Resident: %s" % (c.att.sig(), c.res.sig()), "Discharge disposition: Home with %s" % c.grel.lower(), "",
              "Principal problem: %s" % s["dx"], "Active problems: %s" % pick(r, ["none", "feeding difficulty", "hypoxemia - resolved"]), "",
              "Brief HPI: " + wrap(hpi_text(r, c)), "", "Hospital course by problem:"]
        L.append(wrap("# %s: %s" % (s["short"].capitalize(), course_text(r, c))))
        L.append("# FEN/GI: " + pick(r, ["Tolerating regular diet for age at discharge.", "mIVF weaned off, taking PO well.",
                                         "Feeding at baseline volume by discharge."]))
        L.append("# Social: " + pick(r, ["No concerns; family engaged throughout.", "SW met with family regarding transportation for follow-up.",
                                         "Parents updated daily on family-centered rounds."]))
        L += ["", "Pertinent results:", wrap(labs_brief(r, c)), "Imaging: " + wrap(img_brief(c)), "",
              "Discharge exam: " + vitals_line(r, c, vitals(r, c, True), style=2), "Gen: well-appearing. Resp: comfortable, " +
              pick(r, ["clear", "mild scattered crackles", "good air entry"]) + ". Remainder unremarkable.", "",
              "Discharge medications:"] + ["- " + m for m in dc_meds(r, c, 1)] + [
              "", "Pending results at discharge: " + pick(r, ["None", "Final blood culture", "Newborn screen #2", "Send-out antibody panel"]),
              "Follow-up appointments: " + s["followup"], "Diet: %s" % ("Breast milk/formula ad lib" if c.age_days < 365 else "Carbohydrate-consistent" if s["key"] == "dka" else "Regular for age"),
              "Activity: As tolerated", "", "Greater than 30 minutes spent on discharge planning.", esign(r, c, c.att, c.ddate, 0)]
    elif lay == 2:
        dol = c.los
        pma_w = c.ga + (c.gad + dol) // 7
        L += [letterhead(r, c, pick(r, ["Division of Neonatology", "Level IV Neonatal Intensive Care Unit", "NICU"])),
              pick(r, ["NEONATAL DISCHARGE SUMMARY", "NICU Discharge Summary", "Neonatal Intensive Care Unit - Summary of Hospital Stay"]), "",
              "Name: Baby %s %s (%s)" % (c.v["last"], "Boy" if c.sex == "M" else "Girl", c.first), "MRN: %s" % c.mrn,
              "Date of birth: %s   Admission: %s   Discharge: %s" % (fdate(c.dob, 0), fdate(c.date, 0), fdate(c.ddate, 0)),
              "Gestational age at birth: %d %d/7 weeks   Birth weight: %d g   Birth length: %s cm" % (c.ga, c.gad, c.bw, c.ht),
              "Day of life at discharge: %d   PMA at discharge: %d weeks" % (dol, pma_w),
              "Discharge weight: %d g   Length: %.1f cm   HC: %.1f cm" % (int(c.bw + dol * r.uniform(18, 28)), c.ht + dol * 0.13, 26 + dol * 0.1 + (c.ga - 26) * 0.7), "",
              hd(hs, "Maternal/Delivery History"), wrap(F(c, s["hpi"])), "",
              hd(hs, "Diagnoses"), "1. Prematurity, %d %d/7 weeks (P07.3-)" % (c.ga, c.gad), "2. Respiratory distress syndrome (P22.0)",
              "3. Hyperbilirubinemia of prematurity (P59.0)", "4. Apnea of prematurity (P28.4)", "",
              hd(hs, "Hospital Course by System"), wrap(nicu_course(r, c)), "",
              hd(hs, "Discharge Medications")] + ["- " + m for m in dc_meds(r, c)] + [
              "", hd(hs, "Feeding Plan"), pick(r, ["Breast milk fortified with 22 kcal/oz transitional formula, ad lib every 3 hours, minimum 60 mL per feed.",
                                                   "Breastfeeding on demand plus 2 bottles/day of EBM fortified to 22 kcal/oz.",
                                                   "Premature transitional formula 22 kcal/oz, 60-75 mL every 3 hours."]),
              "", hd(hs, "Follow-up"), s["followup"], "Synagis (palivizumab) eligibility reviewed: %s" % pick(r, ["eligible - first dose given prior to discharge", "not eligible", "season not active"]),
              "", esign(r, c, provider(r, "nicu"), c.ddate, pick(r, [0, 1, 4])), "cc: %s, %s" % (c.pcp.sig(), c.clinic)]
    elif lay == 3:
        L += [ehr_header(r, c), "", pick(r, ["Brief Discharge Note", "Short Stay / Observation Discharge", "Discharge Note"]), "",
              "%s (%s) - observation %s to %s" % (pname(c), age_text(c.age_days, 1), fdate(c.date, 1), fdate(c.ddate, 1)),
              "Dx: %s" % s["dx"], "", wrap("Summary: " + course_text(r, c)), "", "Dispo: home. Condition: stable.",
              "Meds: " + "; ".join(dc_meds(r, c, 1)), "F/u: " + s["followup"], "", esign(r, c, pick(r, [c.att, c.res]), c.ddate, 3)]
    elif lay == 4:
        L += [letterhead(r, c, "Department of Pediatric Surgery" if s["key"] != "scfx" else "Pediatric Orthopaedics"),
              pick(r, ["SURGICAL DISCHARGE SUMMARY", "Discharge Summary - Surgical Service", "DISCHARGE SUMMARY"]), "",
              "Patient Name: %s        Medical Record #: %s" % (pname(c, 2), c.mrn), "Admitted: %s   Discharged: %s" % (fdate(c.date, 3), fdate(c.ddate, 3)),
              "Surgeon: %s" % c.att.sig(), "", "Preoperative diagnosis: %s" % s["dx"], "Postoperative diagnosis: Same",
              "Operation: %s on %s" % ({"appy": "Laparoscopic appendectomy", "pyloric": "Laparoscopic pyloromyotomy",
                                        "scfx": "Closed reduction and percutaneous pinning, %s humerus" % c.v["side"]}[s["key"]], fdate(c.date + TD(days=1 if s["key"] == "pyloric" else 0), 0)),
              "", hd(hs, "Hospital Course"), wrap(course_text(r, c)), "",
              hd(hs, "Discharge Instructions"), pick(r, ["May shower in 48 hours. No tub baths or swimming for 1 week.", "Keep cast clean and dry. Elevate arm above heart.",
                                                       "Feed ad lib. Call for persistent vomiting."]),
              "No gym or contact sports for %d weeks." % r.randint(2, 4) if s["key"] != "pyloric" else "Tummy time as usual; avoid pressure on incisions.",
              "", hd(hs, "Medications"), "\n".join(dc_meds(r, c)), "", hd(hs, "Follow-up"), s["followup"], "", esign(r, c, c.att, c.ddate, 2)]
    elif lay == 5:
        L += [letterhead(r, c), fdate(c.ddate, 3), "", "%s\n%s\nFax: %s" % (c.pcp.sig(), c.clinic, phone(r, c.area)), "",
              "RE: %s   DOB %s   MRN %s" % (pname(c), fdate(c.dob, 0), c.mrn), "Dates of hospitalization: %s - %s" % (fdate(c.date, 0), fdate(c.ddate, 0)), "",
              hv(r, hs, ["Summary of Hospitalization", "Hospital Summary", "Inpatient Summary"]), "",
              wrap("Reason for admission: %s. %s" % (s["dx"], hpi_text(r, c))), "", wrap("Course: " + course_text(r, c)), "",
              "Key results: " + wrap(labs_brief(r, c)), "", "Medications at discharge:"] + ["  " + m for m in dc_meds(r, c)] + [
              "", "Items for PCP follow-up:", "  - " + pick(r, ["Recheck weight and hydration", "Confirm completion of antibiotic course", "Review pending culture results",
                                                             "Reinforce asthma action plan", "Assess feeding and jaundice"]),
              "  - " + s["followup"], "", esign(r, c, c.att, c.ddate, 4)]
    else:
        L += ["%s    DISCHARGE RECORD    Form %s-%d" % (c.hosp["short"], pick(r, ["MR", "DS", "HIM"]), r.randint(100, 999)), "",
              "Name %s   MRN %s   Unit %s   Rm %d" % (pname(c, 1), c.mrn, pick(r, ["4 West", "5 North", "PICU", "Surgical Short Stay", "Infant/Toddler Unit"]), r.randint(401, 560)),
              "Admit %s  Disch %s  Attending %s" % (fdate(c.date, 1), fdate(c.ddate, 1), c.att.sig()), "",
              "Final diagnoses (principal first):  1) %s  2) ____________" % s["dx"], "ICD-10: %s" % s["icd"], "",
              "Disposition:  [X] Home with parent/guardian   [ ] Home health   [ ] Transfer   [ ] AMA", "",
              "Brief course:", wrap(course_text(r, c)), "", "Condition on discharge: [X] Good  [ ] Fair  [ ] Poor",
              "Diet: %s    Activity: %s" % (pick(r, ["Regular", "As tolerated", "Formula/breast milk"]), pick(r, ["As tolerated", "No contact sports"])),
              "Discharge meds: " + "; ".join(dc_meds(r, c, 1)), "Follow-up: " + s["followup"], "",
              "Physician signature: %s   Date: %s" % (c.att.sig(), fdate(c.ddate, 1))]
    return finalize(r, c, "\n".join(L))

# ------------------------------------------------------------- H&P

def t_history_physical(r):
    lay = r.randint(0, 5)
    if lay == 1:
        c = make_ctx(r, "prem")
    elif lay == 2:
        c = pick_ctx(r, SURG + ["all"])
    elif lay == 4:
        c = pick_ctx(r, ["dka", "asthma", "all", "bronch"])
    else:
        c = pick_ctx(r, [k for k in ADMIT if k != "prem"])
    s = c.scen
    hs = r.randint(0, 4)
    L = []
    if lay in (0, 4):
        title = pick(r, ["Pediatric Admission H&P", "ADMISSION HISTORY AND PHYSICAL", "Admit Note", "PICU Admission Note" if lay == 4 else "Resident Admission Note", "H&P"])
        L += [ehr_header(r, c, title) if chance(r, .6) else letterhead(r, c), title if chance(r, .75) else "", "Date of service: %s %s" % (fdate(c.date, 0), ftime(r)),
              "Admitting attending: %s   Service: %s" % (c.att.sig(), pick(r, ["Hospital Medicine (Team %s)" % pick(r, "ABC"), s.get("svc", "").upper() or "General Pediatrics", "PICU"])),
              "Source: %s" % pick(r, ["parent, chart review", "mother, ED team", "father and outside records"]), "",
              hv(r, hs, ["Chief Complaint", "CC", "Reason for Admission"]), s["cc"].capitalize(), "",
              hv(r, hs, ["History of Present Illness", "HPI"]), wrap(hpi_text(r, c)), "",
              "ED course: " + wrap(pick(r, ["In the ED, " + ", ".join(med_str(c, m, 1) for m in s["inpt"][:2]) + ". Admitted for further management.",
                                            "Received %s in ED. Vitals on arrival notable for %s." % (med_str(c, s["inpt"][0], 1), vitals_line(r, c, style=2))])), "",
              hv(r, hs, ["Past Medical History", "PMH"]), pmh(r, c),
              hv(r, hs, ["Birth History", "Birth Hx"]) + " " + ("Term, uncomplicated." if c.ga >= 37 else "Preterm."),
              hv(r, hs, ["Past Surgical History", "PSH"]) + " " + pick(r, ["None", "Tympanostomy tubes age 2", "None"]),
              hv(r, hs, ["Medications", "Home Medications"]) + " " + pick(r, ["None", "Albuterol PRN, fluticasone 44 mcg 2 puffs BID" if s["key"] == "asthma" else "Multivitamin", "Cetirizine PRN"]),
              hv(r, hs, ["Allergies"]) + " " + c.allergies, hv(r, hs, ["Immunizations"]) + " " + immun(r, c),
              hv(r, hs, ["Family History", "FHx"]) + " " + family_hx(r, c), hv(r, hs, ["Social History", "SHx"]) + " " + social(r, c), "",
              hv(r, hs, ["Review of Systems", "ROS"])]
        L += ["  %s: %s" % (a, b) for a, b in ros_lines(r, c)] if chance(r, .6) else ["All other systems reviewed and negative except as noted in HPI."]
        L += ["", hv(r, hs, ["Physical Exam", "Physical Examination", "Exam"]), vitals_line(r, c), "Wt %s kg (%s%%ile)  Ht %s cm" % (c.wt, r.randint(5, 95), c.ht)]
        L += exam_lines(r, c) + ["", hv(r, hs, ["Labs", "Data", "Labs/Imaging"]), wrap(labs_brief(r, c)), wrap(img_brief(c)), "",
                                 hv(r, hs, ["Assessment and Plan", "Assessment/Plan", "A/P", "Impression and Plan"]), wrap(assess_sentence(r, c))]
        L += ["- " + x for x in plan_items(r, c)]
        L += ["FEN: %s" % pick(r, ["mIVF D5NS + 20 KCl, advance diet as tolerated", "regular diet, strict I/O", "NPO"]), "Dispo: pending clinical improvement; family updated.",
              "Code status: Full code", "", esign(r, c, c.res, c.date, pick(r, [0, 4])), "", attestation(r, c) if chance(r, .7) else "", esign(r, c, c.att, c.date, 0) if chance(r, .7) else ""]
    elif lay == 1:
        L += [letterhead(r, c, "Neonatal Intensive Care Unit"), pick(r, ["NICU ADMISSION HISTORY AND PHYSICAL", "Neonatal Admission Note", "NICU Admit H&P"]), "",
              "Baby %s %s   MRN %s   DOB/Time %s %s" % ("Boy" if c.sex == "M" else "Girl", c.last, c.mrn, fdate(c.dob, 0), ftime(r)),
              "Admitted from: %s" % pick(r, ["L&D OR", "Labor and Delivery", "outside hospital (transport team)"]),
              "GA %d %d/7 wk   BW %d g (%s)   Ballard %d wk" % (c.ga, c.gad, c.bw, pick(r, ["AGA", "AGA", "SGA"]), c.ga), "",
              hd(hs, "Maternal History"), wrap(F(c, s["hpi"])), "",
              hd(hs, "Physical Exam"), vitals_line(r, c, style=0), "HC %.1f cm, length %s cm" % (24 + (c.ga - 26) * 0.8, c.ht)] + exam_lines(r, c) + [
              "", hd(hs, "Initial Labs"), wrap(labs_brief(r, c)), "", hd(hs, "Assessment"),
              "%d %d/7 week preterm %s infant with RDS." % (c.ga, c.gad, "male" if c.sex == "M" else "female"), "", hd(hs, "Plan")] + \
             ["%d. %s" % (i + 1, x) for i, x in enumerate(plan_items(r, c))] + ["", "Parents updated at bedside by %s." % pick(r, ["attending", "NNP", "fellow"]),
                                                                                esign(r, c, provider(r, "nicu", pick(r, ["MD", "NNP-BC"])), c.date, pick(r, [0, 1, 4]))]
    elif lay == 2:
        op = {"appy": "laparoscopic appendectomy", "pyloric": "laparoscopic pyloromyotomy", "scfx": "closed reduction percutaneous pinning",
              "all": "placement of tunneled central venous port, bone marrow aspirate and biopsy, lumbar puncture"}[s["key"]]
        L += [letterhead(r, c, "Pediatric Surgery" if s["key"] != "scfx" else "Orthopaedics"), pick(r, ["PRE-OPERATIVE HISTORY AND PHYSICAL", "Surgical H&P", "Preprocedure H&P / Interval Update"]), "",
              "Patient: %s  DOB: %s  MRN: %s" % (pname(c, 2), fdate(c.dob, 0), c.mrn), "Planned procedure: %s" % op, "Date: %s" % fdate(c.date, 0), "",
              "HPI: " + wrap(hpi_text(r, c)), "PMH: %s  PSH: none  Meds: none  Allergies: %s" % (pmh(r, c), c.allergies),
              "Anesthesia history: %s" % pick(r, ["No prior anesthetics. No family history of malignant hyperthermia or pseudocholinesterase deficiency.", "Prior sedation for MRI without issue."]),
              "NPO since: %s" % ftime(r), "", "Exam: " + vitals_line(r, c, style=2), exam_para(r, c) if chance(r, .5) else "\n".join(exam_lines(r, c, True)), "",
              "Labs/imaging reviewed: " + wrap(labs_brief(r, c)), "", "Assessment: " + s["dx"] + ". ASA %s%s." % (pick(r, ["1", "2"]), "E" if s["key"] in ("appy", "scfx") else ""),
              "Plan: Proceed with %s. Risks, benefits and alternatives discussed with %s, who wishes to proceed. Consent signed." % (op, c.grel.lower()),
              "", "Interval update (day of surgery): I have examined the patient; no change in condition since H&P." if chance(r, .5) else "",
              esign(r, c, c.att, c.date, pick(r, [0, 3, 5]))]
    elif lay == 3:
        L += [letterhead(r, c), pick(r, ["HISTORY AND PHYSICAL EXAMINATION", "ADMISSION HISTORY & PHYSICAL", ""]), "",
              "NAME: %s    MR#: %s    ROOM: %d" % (pname(c, 1), c.mrn, r.randint(300, 699)), "ADMITTED: %s    ATTENDING: %s" % (fdate(c.date, 0), c.att.sig()), "",
              "CHIEF COMPLAINT:  " + s["cc"].capitalize() + ".", "",
              "HISTORY OF PRESENT ILLNESS:  " + wrap(hpi_text(r, c)), "",
              "PAST MEDICAL HISTORY:  " + pmh(r, c) + "  SURGICAL HISTORY:  None.  MEDICATIONS:  None.  ALLERGIES:  " + c.allergies + ".",
              "IMMUNIZATIONS:  " + immun(r, c), "FAMILY HISTORY:  " + family_hx(r, c), "SOCIAL HISTORY:  " + social(r, c), "",
              "PHYSICAL EXAMINATION:  " + wrap("VITAL SIGNS: " + vitals_line(r, c, style=2) + ". " + exam_para(r, c)), "",
              "LABORATORY DATA:  " + wrap(labs_brief(r, c)), "",
              "IMPRESSION:  " + wrap(assess_sentence(r, c)), "",
              "PLAN:  " + wrap(" ".join(x.rstrip(".") + "." for x in plan_items(r, c))), "", esign(r, c, c.att, c.date, 2)]
    else:
        L += ["%s - %s" % (c.hosp["name"], pick(r, ["Attending Admission Note", "Admission Note", "Hospitalist Admit"])), "%s  %s  %s  MRN %s" % (pname(c), age_text(c.age_days, 1), sexw(c), c.mrn),
              "Admit to: %s, %s, Attending %s" % (pick(r, ["Floor", "Obs", "PICU"]), pick(r, ["Hospital Medicine", "Peds Gen"]), c.att.dr()), "",
              "CC/HPI: %s. %s" % (s["cc"].capitalize(), wrap(hpi_text(r, c))), "",
              "ROS (14 pt): " + "; ".join("%s %s" % (a, "(+) " + b if b != "negative" else "neg") for a, b in ros_lines(r, c)), "",
              "PMHx %s | Meds none | All %s | Imm %s" % (pmh(r, c), c.allergies, immun(r, c)), "",
              "PE: " + vitals_line(r, c, style=0)] + exam_lines(r, c, True, 1) + ["", "Data: " + wrap(labs_brief(r, c)), "",
                                                                                 "A/P: " + wrap(assess_sentence(r, c))] + \
             ["  %d) %s" % (i + 1, x) for i, x in enumerate(plan_items(r, c, 5))] + ["", "Total time %d min, >50%% counseling/coordination." % r.randint(45, 90),
                                                                                    esign(r, c, c.att, c.date, 0)]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- PROGRESS NOTE

MILESTONES = {
    60: "Social smile, coos, lifts head during tummy time.", 120: "Rolls front to back, laughs, brings hands to mouth, reaches for toys.",
    180: "Sits with support, babbles, transfers objects hand to hand.", 270: "Sits without support, pulls to stand, says mama/dada nonspecifically, pincer grasp emerging.",
    365: "Cruises/walks with one hand held, 1-2 words, waves bye-bye.", 545: "Walks well, 6-10 words, points to show, uses spoon.",
    730: "Runs, 2-word phrases, 50+ words, kicks ball.", 1095: "Rides tricycle, 3-word sentences, speech 75% intelligible.",
    1460: "Hops, draws a cross, tells stories.", 1825: "Skips, counts to 10, dresses self.", 3000: "Doing well in school, reads independently.",
    5000: "Grades A/B, active in sports, HEADSS screen reviewed privately.",
}
WCC_AGES = sorted(MILESTONES)
VACC_AT = {60: "DTaP-IPV-Hib, PCV13, HepB, RV", 120: "DTaP-IPV-Hib, PCV13, RV", 180: "DTaP-IPV-Hib, PCV13, HepB, influenza",
           270: "none (influenza if in season)", 365: "MMR, varicella, HepA, PCV13", 545: "DTaP, Hib, HepA #2", 730: "influenza",
           1095: "influenza", 1460: "DTaP, IPV, MMR, varicella", 1825: "catch-up as needed", 3000: "influenza",
           5000: "Tdap, HPV #1, MenACWY"}


def wcc_note(r):
    a = pick(r, WCC_AGES)
    c = make_ctx(r, "fs", age_days=a + r.randint(-5, 10))
    c.scen = dict(c.scen, exam={}, fever=36.8, hr=0, rr=0, spo2=(98, 100))
    lab = ("%d month" % int(round(a / 30.4))) if a < 730 else ("%d year" % int(round(a / 365.25)))
    hs = r.randint(0, 3)
    L = [letterhead(r, c, clinic=True), pick(r, ["%s well child check" % lab, "WELL CHILD VISIT - %s" % lab.upper(), "Health Supervision Visit (%s)" % lab, "Preventive visit"]),
         "Patient: %s   DOB: %s   Visit: %s   Provider: %s" % (pname(c, 2), fdate(c.dob, 0), fdate(c.date, 0), c.pcp.sig()),
         "Accompanied by: %s" % c.grel.lower(), "",
         hv(r, hs, ["Interval History", "Subjective", "Concerns"]), pick(r, ["No concerns today.", "Mom asks about picky eating.", "Parent concerned about sleep - frequent night waking.",
                                                                          "Questions about toilet training.", "Recent cold, now resolved."]),
         hv(r, hs, ["Nutrition", "Diet"]) + " " + ("Breastfeeding on demand, 6-8 times/day, plus vitamin D drops." if a < 180 else
                                                    "Eats table foods, whole milk 16 oz/day, drinks water from cup." if a < 1095 else "Varied diet, 2-3 servings of dairy, limits juice."),
         hv(r, hs, ["Elimination"]) + " Normal stools, adequate voids.", hv(r, hs, ["Sleep"]) + " " + ("Back to sleep in crib, no bed-sharing." if a < 365 else "Sleeps 10-11 hours at night."),
         hv(r, hs, ["Development", "Developmental Milestones"]) + " " + MILESTONES[a] + (" ASQ-3 passed all domains." if a in (270, 545, 730) else "") +
         (" M-CHAT-R low risk." if a in (545, 730) else ""), "",
         "Growth: Wt %s kg (%d%%ile), Length/Ht %s cm (%d%%ile)%s" % (c.wt, r.randint(10, 90), c.ht, r.randint(10, 90),
                                                                   ", HC %.1f cm (%d%%ile)" % (35 + a * 0.02 if a < 365 else 46 + a * 0.001, r.randint(15, 85)) if a < 800 else
                                                                   ", BMI %.1f (%d%%ile)" % (c.wt / (c.ht / 100.0) ** 2, r.randint(20, 90))),
         vitals_line(r, c, style=1), ""] + exam_lines(r, c, False, r.randint(0, 3)) + ["",
         hv(r, hs, ["Assessment", "A"]), "Well child, %s. Growing and developing appropriately. (Z00.129)" % lab,
         hv(r, hs, ["Plan", "P"]),
         "- Immunizations today: %s. VIS given, parent consented." % VACC_AT[a],
         "- Anticipatory guidance: %s" % pick(r, ["car seat rear-facing, safe sleep, tummy time, smoke-free home", "childproofing, poison control number, water safety",
                                                   "dental home, fluoride varnish applied, limit screen time", "helmet use, booster seat, reading daily", "internet safety, puberty, sleep hygiene"]),
         "- Return for %s well visit." % pick(r, ["next", "routine"]), "", esign(r, c, c.pcp, c.date, pick(r, [0, 3, 6]))]
    return c, L


def t_progress_note(r):
    lay = r.randint(0, 6)
    if lay == 2:
        c, L = wcc_note(r)
        return finalize(r, c, "\n".join(L))
    if lay == 1:
        c = make_ctx(r, "prem")
    elif lay == 3:
        c = pick_ctx(r, ["fs", "age", "croup", "abscess"])
    elif lay == 4:
        c = pick_ctx(r, ["dka", "kawasaki", "asthma", "all", "scfx"])
    elif lay == 6:
        c = pick_ctx(r, SURG)
    else:
        c = pick_ctx(r, [k for k in ADMIT if k != "prem"])
    s = c.scen
    hs = r.randint(0, 4)
    hd_day = r.randint(1, max(1, c.los))
    nd = c.date + TD(days=hd_day)
    L = []
    if lay == 0:
        L += [ehr_header(r, c, "Progress Note") if chance(r, .6) else "", pick(r, ["Pediatrics Progress Note", "Daily Progress Note", "Hospital Medicine Progress Note", "PROGRESS NOTE", "Resident Daily Note"]),
              "%s  HD#%d" % (fdate(nd, 0), hd_day + 1), "",
              hv(r, hs, ["Subjective", "S", "Overnight Events/Subjective", "Interval History"]),
              wrap(pick(r, ["No acute events overnight. ", "Afebrile overnight. ", "Febrile to 38.6 overnight, received acetaminophen. ", "Slept well per mother. "]) +
                   pick(r, ["Tolerating PO. ", "Eating about half of usual. ", "Good UOP. ", "Pain controlled. "]) + pick(r, ["Parent feels %s is improving." % c.v["he"], "No new concerns.", ""])),
              "", hv(r, hs, ["Objective", "O"]), vitals_line(r, c, style=3), "I/O: %d in / %d out (UOP %.1f mL/kg/hr)" % (r.randint(600, 1800), r.randint(400, 1400), r.uniform(1.0, 3.2))] + \
             exam_lines(r, c, True, r.randint(0, 3)) + ["Labs: " + wrap(labs_brief(r, c)) if chance(r, .6) else "No new labs.", "",
                                                       hv(r, hs, ["Assessment/Plan", "A/P", "Assessment and Plan"]), wrap(assess_sentence(r, c))] + \
             ["- " + x for x in plan_items(r, c)] + ["Dispo: anticipate discharge %s" % pick(r, ["tomorrow", "in 24-48h", "once meeting discharge criteria"]),
                                                     "", esign(r, c, c.res, nd, 0), attestation(r, c) if chance(r, .6) else ""]
    elif lay == 1:
        dol = r.randint(2, 40)
        pma = c.ga + (c.gad + dol) // 7
        w = int(c.bw + dol * r.uniform(10, 25))
        L += [pick(r, ["NICU Daily Progress Note", "Neonatology Progress Note", "NNP Progress Note", "NICU PN"]),
              "Baby %s %s  MRN %s  %s" % ("Boy" if c.sex == "M" else "Girl", c.last, c.mrn, fdate(c.date + TD(days=dol), 0)),
              "DOL %d  GA at birth %d %d/7  CGA %d %d/7  BW %d g" % (dol, c.ga, c.gad, pma, (c.gad + dol) % 7, c.bw),
              "Today's wt %d g (%s %d g)" % (w, pick(r, ["up", "down"]), r.randint(5, 40)), "",
              "RESP: %s" % pick(r, ["CPAP +5 FiO2 21-25%%", "HFNC 3 L 21%%", "RA", "NIPPV 18/6 FiO2 30%%"]).replace("%%", "%") + ", %d A/B/D events in 24h, %s self-resolved." % (r.randint(0, 6), pick(r, ["all", "most"])) + " Caffeine continues.",
              "CV: HDS, %s" % pick(r, ["no murmur", "soft systolic murmur, echo pending", "PDA closed on echo"]),
              "FEN/GI: %s %d mL/kg/day %s, %s. Voiding/stooling." % (pick(r, ["MBM24", "DBM + HMF 24", "SSC24", "MBM22"]), r.randint(120, 160), pick(r, ["NG q3h", "PO/NG q3h", "PO ad lib"]),
                                                                 pick(r, ["PO'd %d%%" % r.randint(10, 90), "cue-based feeding", "tolerating well, no residuals"])),
              "ID: %s" % pick(r, ["No active issues", "s/p 48h amp/gent, BCx NGTD", "Monitoring for NEC - abdomen benign"]),
              "Heme/Bili: %s" % pick(r, ["Hct %d" % r.randint(28, 45), "TSB %.1f, phototherapy off" % r.uniform(5, 10), "on iron supplementation"]),
              "Neuro: %s" % pick(r, ["HUS DOL 7 normal", "HUS IVH grade I L, repeat at 36 wk", "appropriate tone for GA"]),
              "Social: %s" % pick(r, ["Parents visited, updated at bedside", "Mother pumping, SW following", "Phone update to father"]),
              "Plan: %s" % pick(r, ["continue current management", "advance feeds by 20 mL/kg/day", "wean to HFNC", "car seat test and hearing screen prior to discharge"]),
              "", esign(r, c, provider(r, "nicu", pick(r, ["MD", "NNP-BC", "NNP"])), c.date + TD(days=dol), pick(r, [0, 3, 6]))]
    elif lay == 3:
        L += [letterhead(r, c, clinic=True), pick(r, ["Office Visit", "Sick Visit", "Acute Visit Note", "Same-Day Appointment", ""]),
              "%s  |  DOB %s  |  %s" % (pname(c), fdate(c.dob, 0), fdate(c.date, 0)), "",
              "CC: " + s["cc"], "HPI: " + wrap(hpi_text(r, c)), "Meds: none  Allergies: %s" % c.allergies, "", "Exam: " + vitals_line(r, c, style=1)] + \
             exam_lines(r, c, True) + ["", "Assessment: %s (%s)" % (s["dx"], s["icd"]), "Plan:"] + ["  " + m for m in dc_meds(r, c)] + \
             ["  Reviewed supportive care and return precautions with %s." % c.grel.lower(), "  F/u: " + s["followup"], "", esign(r, c, c.pcp, c.date, pick(r, [0, 3, 6]))]
    elif lay == 4:
        spec = {"dka": "endo", "kawasaki": "card", "asthma": "pulm", "all": "onc", "scfx": "ortho"}[s["key"]]
        doc = provider(r, spec)
        fu = c.ddate + TD(days=r.randint(7, 60))
        extra = {"dka": "Hemoglobin A1c %.1f%% (down from %.1f%% at diagnosis). Uses %s. Average glucose %d mg/dL, %d%% in range. %d mild lows/week, no severe hypoglycemia." % (
                     r.uniform(6.8, 8.9), r.uniform(10.5, 13), pick(r, ["injections", "insulin pump", "CGM + injections"]), r.randint(140, 210), r.randint(45, 75), r.randint(0, 4)),
                 "kawasaki": "Repeat echocardiogram today: coronary arteries normal (all z-scores < 2). Platelets %d K. Afebrile since discharge." % r.randint(350, 600),
                 "asthma": "Daytime symptoms %d days/week, night waking %d/month, albuterol use %d times/week. Spirometry FEV1 %d%% predicted, FEV1/FVC %.2f." % (
                     r.randint(0, 3), r.randint(0, 3), r.randint(0, 4), r.randint(78, 102), r.uniform(0.72, 0.88)),
                 "all": "Day %d of induction. Tolerating dexamethasone; increased appetite and moodiness. CBC: ANC %d, Hgb %.1f, Plt %d K." % (
                     r.choice([8, 15, 22, 29]), r.randint(100, 1500), r.uniform(7.5, 10), r.randint(30, 200)),
                 "scfx": "Pins removed in clinic today without difficulty. X-rays show healing fracture with callus, maintained alignment, Baumann angle %d degrees." % r.randint(68, 78)}[s["key"]]
        L += [letterhead(r, c, doc.spec), pick(r, ["Clinic Follow-up Note", "Return Visit", "Outpatient Progress Note", "%s Clinic" % doc.spec.replace("Pediatric ", "")]), "",
              "Patient: %s    MRN: %s    Date of visit: %s" % (pname(c, 2), c.mrn, fdate(fu, 0)), "Referring/PCP: %s" % c.pcp.sig(), "",
              hv(r, hs, ["Interval History", "Subjective", "History"]), wrap("%s returns for follow-up of %s, diagnosed %s. %s" % (c.first, s["short"], fdate(c.date, 3), extra)), "",
              hv(r, hs, ["Current Medications", "Meds"])] + ["  " + m for m in dc_meds(r, c, 1)] + ["", hv(r, hs, ["Exam", "Physical Exam"]), vitals_line(r, c, vitals(r, c, True), style=1)] + \
             exam_lines(r, c, True) + ["", hv(r, hs, ["Impression", "Assessment"]), wrap("%s - %s." % (s["dx"], pick(r, ["doing well", "improving", "stable", "good control"]))),
                                       hv(r, hs, ["Plan", "Recommendations"]), pick(r, ["Continue current regimen.", "Adjust dose as discussed.", "Labs in 3 months."]),
                                       "Return to clinic in %d %s." % (r.randint(1, 6), pick(r, ["weeks", "months"])), "", esign(r, c, doc, fu, pick(r, [0, 2, 4]))]
    elif lay == 5:
        L += [pick(r, ["Interim Note", "Event Note", "Cross-cover Note", "Night Float Note", "Late Entry"]), "%s %s" % (fdate(nd, 1), ftime(r)), "",
              wrap(pick(r, ["Called to bedside by RN for %s. " % pick(r, ["desaturation to 86%", "temp 39.1", "increased work of breathing", "emesis x2", "pain 8/10"]),
                            "Paged regarding %s. " % pick(r, ["low UOP", "IV infiltrate", "parental concern", "abnormal lab value"])]) +
                   "On my evaluation %s. %s" % (vitals_line(r, c, style=2), pick(r, ["Exam unchanged from prior.", "Mild increase in work of breathing, improved with suctioning.",
                                                                                      "Comfortable after intervention."]))),
              "Plan: %s. Will continue to monitor. Discussed with %s." % (pick(r, ["increase O2", "acetaminophen given", "replace IV", "bolus 10 mL/kg NS", "recheck in 1 hour"]),
                                                                          pick(r, ["attending", "senior resident", "primary team", "family"])),
              "", esign(r, c, c.res, nd, pick(r, [0, 3, 6]))]
    else:
        pod = r.randint(1, 2)
        L += [pick(r, ["Pediatric Surgery Progress Note", "POD #%d" % pod, "Surgery PN", "Ortho Post-op Check"]), fdate(c.date + TD(days=pod), 0), "",
              "S: POD#%d s/p %s. %s %s" % (pod, {"appy": "lap appy", "pyloric": "lap pyloromyotomy", "scfx": "CRPP %s SCH fx" % c.v["side"][0].upper()}[s["key"]],
                                        pick(r, ["Pain well controlled.", "Some incisional pain overnight.", "Comfortable."]),
                                        pick(r, ["Tolerating diet. +flatus.", "Feeds advanced to ad lib, 1 small spit.", "Moving fingers, no numbness."])),
              "O: " + vitals_line(r, c, style=2), "   " + pick(r, ["Abd soft, appropriately tender, incisions c/d/i with skin glue.", "Cast/splint c/d/i, fingers WWP, CR < 2 s, AIN/PIN/U intact.",
                                                                  "Umbilical incision clean, abdomen soft."]),
              "A/P: Doing well post-op. %s. Likely home today." % pick(r, ["Advance diet", "Transition to PO analgesics", "Discharge teaching"]), "",
              esign(r, c, provider(r, "surg", pick(r, ["MD", "PA-C", "NP"])), c.date + TD(days=pod), pick(r, [3, 6, 0]))]
    return finalize(r, c, "\n".join(x for x in L if x is not None))

# ------------------------------------------------------------- CONSULT

CONSULT_RECS = {
    "pulm": ["Agree with supportive care; no role for bronchodilators in bronchiolitis", "Outpatient pulmonary follow-up if recurrent wheeze",
             "Step up to medium-dose ICS", "Spirometry at follow-up", "Refer for allergy testing"],
    "id": ["Agree with ampicillin; may transition to high-dose amoxicillin when afebrile x 24h", "Total duration 10 days", "Ultrasound if effusion enlarges",
           "No indication for vancomycin at this time"],
    "surg": ["Keep NPO, IV fluids", "Start IV antibiotics", "Plan for operative management today", "Consent obtained from parent"],
    "endo": ["Continue insulin infusion until pH > 7.30 and HCO3 > 15", "Start glargine %d units at 20:00", "Lispro 1 unit:15 g carbs and correction factor 1:50 > 150",
             "Celiac and thyroid screening", "Diabetes education starting tomorrow"],
    "card": ["Agree with IVIG 2 g/kg and high-dose aspirin", "Repeat echo in 2 weeks and 6 weeks", "Avoid ibuprofen while on aspirin", "Hold live vaccines 11 months after IVIG"],
    "neph": ["Renal bladder ultrasound", "VCUG not indicated after first febrile UTI with normal RBUS", "Check BP at follow-up visits", "Treat constipation if present"],
    "ortho": ["Posterior long-arm splint", "Keep NPO", "Closed reduction percutaneous pinning tonight", "Neurovascular checks q1h"],
    "neuro": ["No EEG or neuroimaging needed for simple febrile seizure", "Counsel family regarding recurrence risk (~30%)", "No antiseizure medication indicated",
              "Rectal diazepam not needed"],
    "onc": ["Tumor lysis precautions", "Bone marrow aspirate/biopsy and LP under anesthesia", "Port placement with Pediatric Surgery", "Irradiated, leukoreduced blood products only"],
    "nicu": ["Continue CPAP", "Caffeine citrate", "Advance feeds as tolerated"],
}


def t_consult_note(r):
    lay = r.randint(0, 6)
    c = pick_ctx(r, [k for k in ADMIT if SCEN_BY[k]["consult"] and k not in ("prem",)])
    s = c.scen
    sp = s["consult"]
    doc = provider(r, sp)
    hs = r.randint(0, 4)
    recs = CONSULT_RECS.get(sp, ["Will follow"])
    recs = [x.replace("%d", str(int(round(c.wt * 0.3)))) for x in recs]
    L = []
    if lay == 0:
        L += [letterhead(r, c, doc.spec), pick(r, ["CONSULTATION", "Inpatient Consultation", "%s Consult Note" % doc.spec.replace("Pediatric ", ""), "NEW CONSULT"]), "",
              "Patient: %s  MRN: %s  DOB: %s  Location: %s" % (pname(c, 2), c.mrn, fdate(c.dob, 0), pick(r, ["4W-412", "PICU 7", "5N-531", "ED bed 14"])),
              "Date: %s" % fdate(c.date, 0), "Requesting physician: %s (%s)" % ((c.att.sig(), SPECIALTIES.get(s["svc"], "Hospital Medicine")) if s["svc"] != sp else (provider(r, "hosp").sig(), "Hospital Medicine")),
              hv(r, hs, ["Reason for Consultation", "Reason for Consult", "Consult Question"]) + " " + pick(r, ["Evaluation and management of %s." % s["short"],
                                                                                                                "Please evaluate for %s." % s["short"], "Recs re: %s" % s["short"]]), "",
              hv(r, hs, ["History of Present Illness", "HPI"]), wrap(hpi_text(r, c)), "", hv(r, hs, ["Past Medical History", "PMH"]) + " " + pmh(r, c),
              hv(r, hs, ["Medications"]) + " " + "; ".join(med_str(c, m, 1) for m in s["inpt"][:3]), hv(r, hs, ["Allergies"]) + " " + c.allergies,
              hv(r, hs, ["Family History"]) + " " + family_hx(r, c), hv(r, hs, ["Social History"]) + " " + social(r, c), "", hv(r, hs, ["Physical Examination", "Exam"]),
              vitals_line(r, c)] + exam_lines(r, c) + ["", hv(r, hs, ["Data Reviewed", "Labs/Imaging"]), wrap(labs_brief(r, c)), wrap(img_brief(c)), "",
                                                      hv(r, hs, ["Impression", "Assessment"]), wrap(assess_sentence(r, c)), "", hv(r, hs, ["Recommendations", "Recs", "Plan"])] + \
             ["%d. %s" % (i + 1, x) for i, x in enumerate(recs)] + ["", "Thank you for this consult. We will continue to follow. Please page with questions.",
                                                                    esign(r, c, doc, c.date, pick(r, [0, 4]))]
    elif lay == 1:
        L += [letterhead(r, c, doc.spec), fdate(c.date, 3), "", "%s\n%s" % (c.att.sig(), c.hosp["name"]), "", "RE: %s, DOB %s, MRN %s" % (pname(c), fdate(c.dob, 0), c.mrn), "",
              "Dear %s:" % c.att.dr(), "",
              wrap("Thank you for asking me to see %s, a %s %s, in consultation regarding %s. As you know, %s" % (
                  c.first, age_text(c.age_days), c.kid, s["short"], F(c, s["hpi"])[len(c.first) + 1:] if chance(r, .6) else F(c, s["hpi"]))), "",
              wrap("On examination today %s. %s" % (vitals_line(r, c, style=2), exam_para(r, c))), "",
              wrap("Laboratory evaluation showed %s." % labs_brief(r, c).rstrip(".")), "",
              wrap("In summary, %s My recommendations are as follows: %s." % (assess_sentence(r, c), "; ".join(x.lower() for x in recs))), "",
              "I will be happy to continue following %s with you. Please do not hesitate to contact me." % c.v["him"], "", "Sincerely,", "", doc.sig(), doc.spec,
              "cc: %s" % c.pcp.sig()]
    elif lay == 2:
        c = pick_ctx(r, ["appy", "pyloric", "scfx"])
        s = c.scen
        doc = provider(r, "ortho" if s["key"] == "scfx" else "surg")
        L += [pick(r, ["Pediatric Surgery Consult", "SURGICAL CONSULTATION", "Ortho Consult - ED", "Peds Surg New Consult"]), "%s %s" % (fdate(c.date, 0), ftime(r)), "",
              "Consult requested by: %s, %s for %s" % (provider(r, "em").sig(), pick(r, ["ED", "Emergency Dept"]), s["short"]), "",
              "HPI: " + wrap(hpi_text(r, c)), "PMH: %s  PSH: none  Meds: none  All: %s  Last PO: %s" % (pmh(r, c), c.allergies, ftime(r)), "",
              "Exam: " + vitals_line(r, c, style=0)] + exam_lines(r, c, True, 1) + ["", "Labs: " + wrap(labs_brief(r, c)), "Imaging: " + wrap(img_brief(c)), "",
                                                                                   "Impression: %s %s." % (age_text(c.age_days, 1), s["dx"].lower()), "Plan:"] + \
             ["- " + x for x in CONSULT_RECS["ortho" if s["key"] == "scfx" else "surg"]] + ["- Discussed with attending Dr. %s who agrees." % provider(r, "surg").last, "",
                                                                                              esign(r, c, doc, c.date, pick(r, [0, 3, 6]))]
    elif lay == 3:
        sw = Person(pick(r, ADULT_F + ADULT_M), pick(r, LAST), pick(r, ["LCSW", "LICSW", "MSW, LSW", "LMSW"]), "Social Work", "F")
        L += [pick(r, ["SOCIAL WORK ASSESSMENT", "Social Work Consult - Initial Psychosocial Assessment", "Clinical Social Work Note", "Psychosocial Assessment"]), "",
              "Patient: %s   MRN %s   Unit: %s   Date: %s" % (pname(c), c.mrn, pick(r, ["4 West", "PICU", "NICU", "5 North"]), fdate(c.date, 0)),
              "Referral source: %s   Reason: %s" % (c.att.dr(), pick(r, ["new diagnosis adjustment/coping", "transportation and lodging needs", "psychosocial assessment - new diagnosis",
                                                                         "insurance/financial concerns", "routine screen"])), "",
              hd(hs, "Family Composition"), social(r, c), "Legal guardian: %s %s (%s), phone %s." % (c.guardian.full(), "", c.grel, c.phone), "",
              hd(hs, "Assessment"), wrap("SW met with %s at bedside. %s is %s. %s Family has %s. %s" % (
                  c.grel.lower(), c.guardian.first, pick(r, ["tearful but appropriately engaged", "calm and asking appropriate questions", "overwhelmed with the new diagnosis"]),
                  pick(r, ["Parent works full time at a warehouse and is worried about missing shifts.", "Family lives over an hour away and has one vehicle.",
                           "Parents are separated and share custody; both are involved.", "Family recently relocated and has limited local support."]),
                  pick(r, ["%s insurance (%s)" % (c.ptype.lower(), c.plan), "no current insurance; Medicaid application started"]),
                  pick(r, ["No safety concerns identified.", "No history of CPS involvement reported.", "Denies food insecurity; screened positive for transportation need."]))), "",
              hd(hs, "Interventions"), "- Provided emotional support and normalized reactions", "- " + pick(r, ["Ronald McDonald House referral placed", "Gas cards and parking vouchers provided",
                                                                                                              "FMLA paperwork assistance", "Referred to financial counselor"]),
              "- Provided SW contact information", "", hd(hs, "Plan"), "SW will continue to follow for support and discharge needs.", "",
              esign(r, c, sw, c.date, pick(r, [0, 1, 6]))]
    elif lay == 4:
        L += [ehr_header(r, c, "Consult"), "", "%s Consult Follow-up/Initial Note - %s" % (doc.spec, fdate(c.date, 1)), "",
              "Asked by %s to evaluate: %s" % (c.att.dr(), s["short"]), "", "Summary: " + wrap(hpi_text(r, c)), "",
              "Pertinent data:", "  " + wrap(labs_brief(r, c)), "  " + wrap(img_brief(c)), "", "Exam (focused): " + vitals_line(r, c, style=2)] + \
             exam_lines(r, c, True, 0)[:5] + ["", "ASSESSMENT: " + s["dx"], "", "RECOMMENDATIONS:"] + ["  * " + x for x in recs] + \
             ["", "Discussed with primary team. %s" % pick(r, ["Will follow daily.", "Will sign off; please re-consult as needed.", "Fellow will see again in AM."]),
              "", "Seen with %s; attending attestation to follow." % provider(r, sp, "MD").sig() if chance(r, .4) else "", esign(r, c, doc, c.date, 0)]
    elif lay == 5:
        L += [pick(r, ["E-Consult Response", "Curbside / Phone Consult Documentation", "Interprofessional Consultation (eConsult)"]), "Date: %s" % fdate(c.date, 0),
              "Requesting provider: %s   Consultant: %s (%s)" % (c.pcp.sig(), doc.sig(), doc.spec), "Patient: %s  DOB %s" % (pname(c), fdate(c.dob, 0)), "",
              "Question: " + pick(r, ["Does this patient need admission or can we manage outpatient?", "Please advise on work-up and treatment.", "Is further imaging needed?"]), "",
              "Chart reviewed. " + wrap(assess_sentence(r, c)), "", "Recommendations:"] + ["- " + x for x in recs[:3]] + \
             ["", "This consultation was based on review of the medical record only; the patient was not examined. Time spent: %d minutes." % r.randint(10, 30),
              esign(r, c, doc, c.date, 0)]
    else:
        rd = Person(pick(r, ADULT_F), pick(r, LAST), pick(r, ["MS, RD, LD", "RD, CSP", "RDN, LDN"]), "Clinical Nutrition", "F")
        kcal = int(c.wt * (100 if c.age_days < 365 else 85 if c.age_days < 1500 else 60))
        L += [pick(r, ["CLINICAL NUTRITION ASSESSMENT", "Nutrition Consult", "Dietitian Initial Assessment"]), "%s   %s   MRN %s" % (fdate(c.date, 0), pname(c), c.mrn), "",
              "Reason: %s" % pick(r, ["consult - poor PO intake", "new diagnosis diabetes education" if s["key"] == "dka" else "malnutrition screen positive", "weight loss"]),
              "Dx: %s" % s["dx"], "", "Anthropometrics: Wt %s kg (z %.2f), Ht %s cm (z %.2f), %s" % (c.wt, r.uniform(-1.8, 0.9), c.ht, r.uniform(-1.2, 1.0),
                                                                                                      "wt/length z %.2f" % r.uniform(-1.5, 0.5) if c.age_days < 730 else "BMI z %.2f" % r.uniform(-1.5, 1.2)),
              "Diet history: %s" % pick(r, ["picky eater, drinks 24 oz juice/day", "formula 20 kcal/oz, 4 oz q3h", "regular diet, skips breakfast"]),
              "Estimated needs: %d kcal/day (%d kcal/kg), protein %.1f g/kg, fluid %d mL/day (Holliday-Segar)" % (kcal, kcal // max(1, int(c.wt)), r.uniform(1.0, 2.5),
                                                                                                                 int(100 * min(c.wt, 10) + 50 * max(0, min(c.wt, 20) - 10) + 20 * max(0, c.wt - 20))),
              "", "Nutrition diagnosis: %s" % pick(r, ["Inadequate oral intake related to acute illness as evidenced by intake < 50% of needs",
                                                       "Mild malnutrition (ASPEN) related to increased needs", "Food- and nutrition-related knowledge deficit"]),
              "Interventions/Recs: %s" % pick(r, ["Offer high-calorie snacks; PediaSure 1 bottle BID", "Carbohydrate counting education provided", "Continue current feeds, weekly weights"]),
              "Monitoring: weights, intake, labs.", "", esign(r, c, rd, c.date, pick(r, [0, 6]))]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- ED NOTE

def t_ed_note(r):
    lay = r.randint(0, 6)
    c = pick_ctx(r, EDS)
    s = c.scen
    em = provider(r, "em", pick(r, ["MD", "MD", "DO", "PA-C", "CPNP-AC"]))
    hs = r.randint(0, 4)
    v = vitals(r, c)
    esi = pick(r, ["2", "3", "3", "4"]) if s["key"] not in ("dka", "all") else "2"
    dispo = "Admit to %s" % pick(r, ["Hospital Medicine", "PICU", "Surgery"]) if s["key"] in ("bronch", "cap", "appy", "scfx", "uti", "asthma") else "Discharge home"
    L = []
    if lay == 0:
        L += [letterhead(r, c, "Emergency Department"), pick(r, ["EMERGENCY DEPARTMENT RECORD", "ED Provider Note", "Pediatric Emergency Medicine Physician Note", "EMERGENCY DEPT VISIT"]), "",
              "Patient: %s   Age: %s   Sex: %s   MRN: %s" % (pname(c, 2), age_text(c.age_days, 1), sexw(c), c.mrn),
              "Arrival: %s %s   Mode: %s   ESI: %s" % (fdate(c.date, 0), ftime(r), pick(r, ["Private vehicle", "EMS", "Walk-in", "Ambulance (BLS)"]), esi), "",
              hv(r, hs, ["Chief Complaint", "CC"]) + " " + s["cc"], "", hv(r, hs, ["HPI", "History of Present Illness"]), wrap(hpi_text(r, c)), "",
              hv(r, hs, ["PMH"]) + " " + pmh(r, c) + "  " + hv(r, hs, ["Meds"]) + " none  " + hv(r, hs, ["Allergies"]) + " " + c.allergies,
              hv(r, hs, ["Immunizations"]) + " " + immun(r, c), "", hv(r, hs, ["ROS"]) + " As per HPI, otherwise negative.", "",
              hv(r, hs, ["Physical Exam", "Exam"]), vitals_line(r, c, v)] + exam_lines(r, c) + [
              "", hv(r, hs, ["ED Course", "MDM", "Medical Decision Making"]),
              wrap("Differential includes %s. %s %s" % (pick(r, ["viral illness, bacterial infection", "dehydration, surgical abdomen", "fracture, dislocation", "reactive airway disease, pneumonia"]),
                                                      F(c, s["course"]) if s["key"] in EDS[:4] else "Labs and imaging obtained as below.",
                                                      "Meds given: " + ", ".join(med_str(c, m, 1) for m in s["inpt"][:2]) + ".")),
              "Results: " + wrap(labs_brief(r, c)), "", hv(r, hs, ["Diagnosis", "Clinical Impression", "Final Diagnosis"]) + " " + s["dx"], hv(r, hs, ["Disposition"]) + " " + dispo,
              "", esign(r, c, em, c.date, pick(r, [0, 5]))]
    elif lay == 1:
        L += [pick(r, ["TRIAGE NOTE", "ED Triage Assessment", "Triage"]), "%s %s   %s   %s" % (fdate(c.date, 1), ftime(r), pname(c, 1), age_text(c.age_days, 1)),
              "CC: %s x %d days" % (s["cc"], c.v["n"]), "ESI level: %s" % esi, "T %.1f  HR %d  RR %d  BP %d/%d  SpO2 %d%%  Wt %s kg (%s)" % (v["T"], v["HR"], v["RR"], v["SBP"], v["DBP"], v["SpO2"], c.wt, pick(r, ["measured", "stated"])),
              "Pain: %s" % pick(r, ["FLACC %d/10" % r.randint(0, 6), "Wong-Baker %d" % r.randint(2, 8), "0/10", "numeric %d/10" % r.randint(3, 9)]),
              "PAT: appearance %s, work of breathing %s, circulation %s" % (pick(r, ["normal", "abnormal"]), pick(r, ["normal", "increased"]), pick(r, ["normal", "pale"])),
              "Allergies: %s  Immunizations: %s" % (c.allergies, pick(r, ["UTD", "UTD per parent", "not UTD"])),
              "Meds PTA: %s" % pick(r, ["ibuprofen at %s" % ftime(r), "Tylenol 2 hours ago", "none"]),
              "Triage notes: " + wrap(pick(r, ["Pt to ED with %s. " % c.grel.lower(), "Per parent "]) + F(c, s["hpi"]).split(". ")[0] + "."),
              "Abuse screen negative. Interpreter: %s." % pick(r, ["not needed", "Spanish - phone interpreter", "not needed"]), "",
              "Triage RN: %s" % nurse(r).sig()]
    elif lay == 2:
        L += [ehr_header(r, c, "ED Note"), "", "%s    %s    Room %s" % (pick(r, ["Peds ED Note", "ED Note - Fast Track", "Urgent Care / ED Quick Note"]), fdate(c.date, 0), pick(r, ["FT3", "12", "Trauma 2", "Hall B"])), "",
              "S: %s %s with %s. %s" % (age_text(c.age_days, 1), sexw(c), s["cc"], wrap(F(c, s["hpi"]))),
              "O: " + vitals_line(r, c, v, 2)] + exam_lines(r, c, True, 1) + [
              "A: " + s["dx"], "P: " + "; ".join(med_str(c, m, 1) for m in s["inpt"][:2]) + ". " + pick(r, ["D/c home w/ return precautions.", dispo + "."]),
              "Rx: " + ", ".join(dc_meds(r, c, 1)), "", esign(r, c, em, c.date, 3)]
    elif lay == 3:
        L += [letterhead(r, c, "Pediatric Emergency Services"), "", "ATTENDING ATTESTATION / ED ATTENDING NOTE", "Pt: %s  DOB %s  Date of service %s" % (pname(c), fdate(c.dob, 0), fdate(c.date, 0)), "",
              wrap("I personally saw and examined this %s %s with %s. I discussed the case with the resident/APP and agree with the documented history, exam and plan. "
                   "Key findings on my exam: %s" % (age_text(c.age_days), c.kid, s["cc"], " ".join(F(c, x) for x in list(s["exam"].values())[:2]))), "",
              "MDM: " + wrap("%s. Critical care time: %s." % (assess_sentence(r, c), "none" if s["key"] not in ("dka", "asthma") else "%d minutes excluding procedures" % r.randint(30, 65))),
              "Disposition: " + dispo, "", esign(r, c, provider(r, "em"), c.date, 0)]
    elif lay == 4:
        L += ["%s EMERGENCY DEPARTMENT" % c.hosp["name"].upper(), "PHYSICIAN RECORD - %s" % pick(r, ["PEDIATRIC FEVER", "PEDIATRIC EXTREMITY INJURY", "PEDIATRIC RESPIRATORY", "PEDIATRIC VOMITING/DIARRHEA", "GENERAL"]),
              "T-System style template   Form ED-%d" % r.randint(10, 99), "", "Name %s  DOB %s  Time seen %s" % (pname(c, 1), fdate(c.dob, 1), ftime(r)),
              "Historian: [X] %s  [ ] patient  [ ] EMS" % c.grel.lower(), "Chief complaint: %s" % s["cc"],
              "Onset: %d days ago   Context: %s" % (c.v["n"], pick(r, ["sick contacts", "daycare", "fall", "none"])),
              "[X] fever  [%s] vomiting  [%s] cough  [%s] rash  [ ] headache" % ("X" if "vomit" in s["cc"] else " ", "X" if "cough" in s["hpi"] else " ", "X" if s["key"] == "kawasaki" else " "),
              "Immunizations [X] UTD   Allergies: %s" % c.allergies, "", "EXAM  " + vitals_line(r, c, v, 2),
              "General: [X] %s" % pick(r, ["alert", "no distress", "uncomfortable"]), "Resp: %s" % F(c, s["exam"].get("Resp", "[X] clear bilat  [ ] wheezes  [ ] retractions")),
              "Abd: %s" % F(c, s["exam"].get("Abd", "[X] soft, NT")), "Ext/Skin: %s" % F(c, s["exam"].get("Ext", s["exam"].get("Skin", "[X] WNL"))), "",
              "Orders: [%s] CBC [%s] BMP [%s] UA [%s] X-ray [%s] US" % tuple("X" if x else " " for x in ("CBC" in s["panels"], "BMP" in s["panels"], s["key"] == "uti",
                                                                                                       any(i[0] == "XR" for i in s["img"]), any(i[0] == "US" for i in s["img"]))),
              "Reassessment at %s: %s" % (ftime(r), pick(r, ["improved", "unchanged", "tolerating PO", "pain controlled"])), "",
              "Clinical impression: %s" % s["dx"], "Disposition: [%s] home  [%s] admit  Condition: stable" % (" " if "Admit" in dispo else "X", "X" if "Admit" in dispo else " "),
              "", "Physician sig: %s" % em.sig()]
    elif lay == 5:
        L += [pick(r, ["ED Provider Note", "Emergency Medicine Note", ""]), "Date of Service: %s" % fdate(c.date, 3), "", hd(hs, "History"),
              wrap("%s is a %s %s brought in by %s for %s. %s" % (c.first, age_text(c.age_days), c.kid, c.grel.lower(), s["cc"], F(c, s["hpi"])[len(c.first) + 6:])), "",
              hd(hs, "Physical Exam"), wrap(vitals_line(r, c, v, 1) + ". " + exam_para(r, c)), "",
              hd(hs, "Medical Decision Making"), wrap("This is a %s with %s. %s" % (age_text(c.age_days), s["short"], F(c, s["course"]))),
              "Data: " + wrap(labs_brief(r, c)), "Imaging: " + wrap(img_brief(c)), "", hd(hs, "Impression"), "1. " + s["dx"], "", hd(hs, "Plan"), dispo + ". " + s["followup"] + ".",
              "Return precautions discussed; %s verbalized understanding." % c.grel.lower(), "", esign(r, c, em, c.date, 0),
              "This note was created with voice recognition software; please excuse transcription errors." if chance(r, .4) else ""]
    else:
        L += ["ED Course / Reassessment Note", "%s" % fdate(c.date, 0), ""]
        t0 = r.randint(8, 20)
        for i, ev in enumerate([pick(r, ["Pt roomed, initial assessment done", "Seen by MD"]), "Meds: " + med_str(c, s["inpt"][0], 1),
                                pick(r, ["Labs sent", "Imaging ordered", "PO challenge started"]), "Reassessed - " + pick(r, ["improved", "comfortable", "WOB improved", "pain 2/10"]),
                                "Discussed with %s" % pick(r, ["family", "admitting team", "surgery", "PCP"]), dispo]):
            L.append("%02d:%02d  %s" % ((t0 + i) % 24, r.randint(0, 59), ev))
        L += ["", "Dx: %s" % s["dx"], esign(r, c, em, c.date, 6)]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- TRANSFER SUMMARY

def t_transfer_summary(r):
    lay = r.randint(0, 5)
    c = make_ctx(r, "prem") if lay == 2 else pick_ctx(r, ["dka", "asthma", "bronch", "cap", "appy", "kawasaki", "all", "uti", "scfx"])
    s = c.scen
    hs = r.randint(0, 4)
    outside = "%s %s" % (pick(r, TOWNS), pick(r, ["Community Hospital", "Regional Medical Center", "Memorial Hospital", "Critical Access Hospital"]))
    acc = provider(r, "picu" if s["key"] in ("dka", "asthma") else s["svc"])
    L = []
    if lay == 0:
        L += [outside.upper(), pick(r, ["INTERFACILITY TRANSFER SUMMARY", "Transfer Summary", "PATIENT TRANSFER FORM"]), "",
              "Patient: %s  DOB: %s  Age: %s  Wt: %s kg" % (pname(c, 2), fdate(c.dob, 0), age_text(c.age_days, 1), c.wt),
              "Transferring physician: %s   Receiving facility: %s" % (provider(r, "gen").sig(), c.hosp["name"]),
              "Accepting physician: %s   Accepted at: %s %s" % (acc.sig(), fdate(c.date, 0), ftime(r)),
              "Reason for transfer: %s" % pick(r, ["Higher level of care - pediatric subspecialty/PICU", "No pediatric inpatient beds", "Pediatric surgical evaluation"]),
              "Mode: %s" % pick(r, ["Ground ALS with pediatric transport team", "Critical care transport (air)", "Parent's private vehicle (stable)"]), "",
              hd(hs, "Diagnosis"), s["dx"], "", hd(hs, "History"), wrap(hpi_text(r, c)), "",
              hd(hs, "Treatment Given"), "\n".join("- " + med_str(c, m, 1) + " at " + ftime(r) for m in s["inpt"][:3]), "",
              hd(hs, "Last Vitals"), vitals_line(r, c), "", hd(hs, "Results"), wrap(labs_brief(r, c)), "Images sent on CD / via PACS push.", "",
              "IV access: %s   Last void: %s   NPO since: %s" % (pick(r, ["22g L AC", "24g R hand", "PIV x2"]), ftime(r), ftime(r)),
              "Parent %s aware and consents to transfer; %s." % (c.guardian.full(), pick(r, ["will ride with patient", "will follow by car"])), "",
              "EMTALA: Patient stable for transfer; benefits outweigh risks. Copies of records sent.", esign(r, c, provider(r, "em"), c.date, 1)]
    elif lay == 1:
        L += [ehr_header(r, c, "Transfer Note"), "", pick(r, ["PICU to Floor Transfer Note", "ICU Transfer Summary", "Transfer Out of PICU"]), fdate(c.date + TD(days=1), 0), "",
              "Transfer from: PICU   To: %s   Accepting: %s" % (pick(r, ["Hospital Medicine team B", "4 West general pediatrics", "Endocrine service"]), provider(r, "hosp").sig()), "",
              "Reason for ICU admission: %s" % s["dx"], "ICU course: " + wrap(F(c, s["course"])), "",
              "Current status: " + vitals_line(r, c, style=3), "Lines/tubes: %s" % pick(r, ["PIV x2", "PIV, arterial line removed", "PICC L arm"]),
              "Active issues and to-do:"] + ["  [ ] " + x for x in plan_items(r, c, 4)] + ["", "Code status: Full", "Family aware of transfer.", "", esign(r, c, provider(r, "picu"), c.date, 0)]
    elif lay == 2:
        L += [pick(r, ["NEONATAL TRANSPORT RECORD", "Neonatal/Pediatric Transport Team - Transport Summary", "Transport Report"]), "%s Transport Team" % c.hosp["short"], "",
              "Referring: %s  Nursery Level %s   Referring MD: %s" % (outside, pick(r, ["I", "II"]), provider(r, "gen").sig()),
              "Call received %s  Team departed %s  At bedside %s  Arrived %s NICU %s" % (ftime(r), ftime(r), ftime(r), c.hosp["short"], ftime(r)),
              "Team: %s, %s" % (nurse(r, "RN, C-NPT").sig(), Person(pick(r, ADULT_M), pick(r, LAST), "RRT-NPS", "RT").sig()), "",
              "Patient: Baby %s %s  GA %d %d/7  BW %d g  DOB %s" % ("Boy" if c.sex == "M" else "Girl", c.last, c.ga, c.gad, c.bw, fdate(c.dob, 0)), "",
              "History: " + wrap(F(c, s["hpi"])), "", "Stabilization: " + wrap(pick(r, ["Intubated with 3.0 ETT at 8 cm at the lip, surfactant given, PIV placed, D10W at 80 mL/kg/day.",
                                                                                      "On CPAP +6 FiO2 40%, PIV placed, D10W started, blood culture drawn and ampicillin/gentamicin given."])),
              "S.T.A.B.L.E. assessment: Sugar %d mg/dL, Temp %.1f, Airway secured, BP mean %d, Labs sent, Emotional support to family." % (r.randint(45, 90), r.uniform(36.3, 37.2), r.randint(28, 40)),
              "Transport vitals: HR %d-%d, RR %d-%d, SpO2 %d-%d%%, axillary temp %.1f" % (r.randint(140, 150), r.randint(155, 175), r.randint(40, 50), r.randint(55, 70), r.randint(88, 91), r.randint(93, 97), r.uniform(36.4, 37.0)),
              "Events en route: %s" % pick(r, ["none", "one desaturation to 82% resolved with FiO2 increase", "none; smooth transport"]),
              "Parents: Mother remains at %s; father to follow. Consent for transport signed." % outside, "", esign(r, c, nurse(r, "RN, C-NPT"), c.date, 6)]
    elif lay == 3:
        rehab = "%s Pediatric Rehabilitation Institute" % pick(r, TOWNS)
        L += [letterhead(r, c), pick(r, ["TRANSFER SUMMARY", "Discharge/Transfer Summary to Receiving Facility", "Inter-facility Transfer of Care"]), "",
              "Patient: %s   MRN: %s   DOB: %s" % (pname(c), c.mrn, fdate(c.dob, 0)), "Transfer date: %s   To: %s" % (fdate(c.ddate, 0), pick(r, [rehab, outside + " Pediatric Unit (closer to home)"])),
              "", "Diagnoses: 1. %s" % s["dx"], "", "Summary of care: " + wrap(course_text(r, c)), "",
              "Medications at transfer:"] + ["  " + m for m in dc_meds(r, c)] + ["  (last doses given: see attached MAR)", "",
                                                                                "Allergies: %s   Diet: %s   Isolation: %s" % (c.allergies, pick(r, ["regular", "as tolerated"]), pick(r, ["none", "contact"])),
                                                                                "Pending: %s" % pick(r, ["none", "final culture", "genetics send-out"]),
                                                                                "Physician-to-physician handoff completed with Dr. %s at %s." % (pick(r, LAST), ftime(r)), "", esign(r, c, c.att, c.ddate, 2)]
    elif lay == 4:
        L += ["SBAR TRANSFER HANDOFF", "%s  %s -> %s" % (fdate(c.date, 1), pick(r, ["ED", "PACU", "PICU"]), pick(r, ["4W", "5N", "PICU", "Surgical unit"])), "",
              "S: %s, %s, %s kg, %s" % (pname(c), age_text(c.age_days, 1), c.wt, s["short"]), "B: " + wrap(F(c, s["hpi"])),
              "A: " + vitals_line(r, c, style=2) + ". " + pick(r, ["Resting comfortably.", "Mild WOB.", "Pain 3/10."]), "IV: " + pick(r, ["22g L hand, mIVF at %d mL/hr" % int(c.wt * 4 if c.wt < 10 else 40 + 2 * (c.wt - 10) if c.wt < 20 else 60 + c.wt - 20), "saline locked"]),
              "R: " + "; ".join(plan_items(r, c, 3)), "", "Report given by %s to %s" % (nurse(r).sig(), nurse(r).sig())]
    else:
        L += [outside, "Emergency Department - Transfer Record", "", pick(r, ["Transfer Summary", "Memorandum of Transfer", ""]),
              "%s was seen here on %s and is being transferred to %s for %s." % (pname(c), fdate(c.date, 3), c.hosp["name"], pick(r, ["pediatric admission", "PICU care", "surgical evaluation"])),
              "", "Condition at transfer: %s" % pick(r, ["stable", "guarded", "serious but stable"]), "Vital signs: " + vitals_line(r, c, style=0),
              "Diagnosis: " + s["dx"], "Treatment: " + "; ".join(med_str(c, m, 1) for m in s["inpt"][:2]), "",
              "[X] Physician certification: medical benefits of transfer outweigh risks", "[X] Receiving facility has accepted: %s, %s" % (acc.sig(), fdate(c.date, 0)),
              "[X] Records/images copied   [X] Parent consent obtained", "", "Physician: ____________________  %s" % provider(r, "em").sig()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- NURSING NOTE

def t_nursing_note(r):
    lay = r.randint(0, 6)
    c = make_ctx(r, "prem") if lay == 1 else pick_ctx(r, [k for k in ADMIT if k != "prem"])
    s = c.scen
    rn = nurse(r, "RNC-NIC" if lay == 1 else None)
    v = vitals(r, c)
    L = []
    t = ftime(r)
    if lay == 0:
        L += [pick(r, ["Nursing Shift Assessment", "RN Progress Note", "NURSING NOTE", "Shift Summary"]), "%s  %s - %s" % (fdate(c.date, 0), pick(r, ["0700", "1900"]), pick(r, ["1900", "0700"])),
              "Pt: %s   Rm %d   Dx: %s" % (pname(c, 2), r.randint(400, 560), s["short"]), "",
              "Neuro: %s" % pick(r, ["alert, age-appropriate, consolable", "sleepy but arousable", "GCS 15, PERRL"]),
              "Resp: %s" % pick(r, ["on 1L NC, mild subcostal retractions, suctioned x2 with moderate thick secretions", "RA, lungs clear, no distress", "HFNC 8L 30%, weaned to 6L"]),
              "CV: HR %d, cap refill < 2 sec, pulses 2+" % v["HR"], "GI: %s" % pick(r, ["tolerating PO, no emesis", "NPO, abdomen soft", "ate 50% breakfast"]),
              "GU: UOP %s" % pick(r, ["adequate, %d wet diapers" % r.randint(3, 7), "voiding QS", "%.1f mL/kg/hr" % r.uniform(1, 3)]),
              "Skin: intact. PIV %s site clean, no infiltration." % pick(r, ["L hand", "R AC", "L foot"]),
              "Pain: %s" % pick(r, ["FLACC 0-2", "0/10", "4/10, ibuprofen given with relief to 1/10"]),
              "Safety: side rails up x4, crib top on, ID band verified, fall precautions.", "Family: %s at bedside, updated on plan of care." % c.grel, "",
              rn.sig()]
    elif lay == 1:
        dol = r.randint(2, 40)
        L += [pick(r, ["NICU Nursing Note", "Neonatal Nursing Flowsheet Summary", "NICU RN Shift Note"]), "%s   Baby %s %s   DOL %d   Bed %d" % (fdate(c.date + TD(days=dol), 0), "Boy" if c.sex == "M" else "Girl", c.last, dol, r.randint(1, 48)), "",
              "Isolette air temp %.1f, infant axillary temps %.1f-%.1f." % (r.uniform(30, 34), r.uniform(36.5, 36.8), r.uniform(36.9, 37.3)),
              "Resp: %s. %d brady/desat events this shift, %s." % (pick(r, ["RA", "CPAP +5 21%", "NC 0.5 L"]), r.randint(0, 4), pick(r, ["self-resolved", "required gentle stimulation"])),
              "Feeds: %d mL %s q3h %s, %s. No residuals/emesis." % (r.randint(15, 55), pick(r, ["MBM24", "DBM24", "SSC24"]), pick(r, ["NG gavage over 30 min", "PO/NG", "PO, nippled 2 of 3 feeds"]),
                                                             pick(r, ["cueing well", "sleepy with feeds", "coordinated suck-swallow-breathe"])),
              "Output: voids x%d, stools x%d (%s)" % (r.randint(3, 8), r.randint(0, 3), pick(r, ["yellow seedy", "green", "guaiac neg"])),
              "Weight %d g (%s)" % (int(c.bw + dol * 15), pick(r, ["+20", "-5", "+35"])),
              "Skin: %s" % pick(r, ["intact, no breakdown", "mild diaper rash, barrier cream applied", "PICC dressing C/D/I"]),
              "Development: clustered care, kangaroo care with %s x %d min." % (pick(r, ["mother", "father"]), r.randint(30, 120)),
              "Parents: %s" % pick(r, ["visited, participated in cares", "called for update", "not in this shift"]), "", rn.sig()]
    elif lay == 2:
        L += ["Focus Note (DAR)", "%s %s" % (fdate(c.date, 1), t), "Focus: %s" % pick(r, ["Respiratory status", "Pain", "Fluid balance", "Fever", "Parent education"]),
              "D: " + wrap(pick(r, ["Pt noted with increased WOB, RR %d, sat %d%% on RA." % (v["RR"] + 10, v["SpO2"] - 3), "Temp %.1f, HR %d, pt fussy." % (v["T"] + 0.5, v["HR"] + 15),
                                    "Pt c/o pain %d/10 at incision site." % r.randint(5, 8), "Mother asking about home medications."])),
              "A: " + pick(r, ["Suctioned nares, O2 1L NC applied, MD notified.", "Acetaminophen given per order, cool compress.", "Ibuprofen given per PRN order, repositioned.",
                               "Discharge med teaching done with teach-back."]),
              "R: " + pick(r, ["Sat 96% on 1L, WOB improved.", "Temp down to 37.8 at 1 hr recheck.", "Pain 2/10 at reassessment.", "Mother verbalized understanding."]), "", rn.sig()]
    elif lay == 3:
        L += [pick(r, ["NURSING ADMISSION ASSESSMENT", "Admission Database - Nursing", "Pediatric Nursing Admission History"]), "", "Name: %s   DOB: %s   Arrival: %s %s via %s" % (
            pname(c), fdate(c.dob, 0), fdate(c.date, 0), t, pick(r, ["stretcher from ED", "wheelchair", "crib from ED", "PACU"])),
              "Informant: %s   Language: %s   Interpreter needed: %s" % (c.grel, pick(r, ["English", "English", "Spanish", "Vietnamese"]), pick(r, ["N", "N", "Y"])),
              "Admitting dx: %s" % s["short"], "Allergies: %s   Band on: Y" % c.allergies, "Wt %s kg  Ht %s cm  " % (c.wt, c.ht) + vitals_line(r, c, v, 2),
              "Immunizations: %s   Last meal: %s" % (pick(r, ["UTD", "UTD per parent"]), ftime(r)),
              "Home routine: sleeps %s; %s; comfort item: %s" % (pick(r, ["in crib", "in own bed", "with parent"]), pick(r, ["bottle-fed formula", "regular diet", "breastfed"]), pick(r, ["blanket", "stuffed dog", "pacifier", "none"])),
              "Braden Q: %d   Humpty Dumpty fall risk: %d (%s)" % (r.randint(18, 26), r.randint(7, 16), pick(r, ["low", "high"])),
              "Abuse/neglect screen: negative   Home safety: %s" % pick(r, ["smoke detectors, car seat", "no firearms in home", "firearm locked per parent"]),
              "Orientation to unit, call light, and visitation policy completed with family.", "", rn.sig()]
    elif lay == 4:
        L += ["PAIN REASSESSMENT / PRN NOTE", "%s" % fdate(c.date, 1)]
        for i in range(r.randint(3, 6)):
            L.append("%s  %s %d/10  %s  %s" % (ftime(r), pick(r, ["FLACC", "Wong-Baker", "NRS", "FLACC"]), r.randint(0, 8), pick(r, ["ibuprofen PO", "acetaminophen PO", "morphine IV", "repositioned",
                                                                                                                            "distraction/child life", "ice pack"]), rn.init()))
        L += ["", "Comment: " + pick(r, ["Pain adequately controlled with current regimen.", "MD notified of persistent pain score > 6.", "Parent at bedside assisting with comfort measures."]), rn.sig()]
    elif lay == 5:
        L += ["Nursing Discharge Note", "%s %s" % (fdate(c.ddate, 0), t), "",
              wrap("Patient discharged to home with %s at %s via %s. PIV removed, catheter intact, site without redness. Discharge instructions and medications reviewed with %s "
                   "using teach-back; questions answered. Prescriptions %s. Follow-up appointment: %s. Car seat checked. All belongings returned. Patient left unit in stable condition." % (
                       c.grel.lower(), t, pick(r, ["wheelchair", "car seat", "ambulatory", "carried by parent"]), c.guardian.first, pick(r, ["sent to outpatient pharmacy", "e-prescribed", "filled at bedside (Meds to Beds)"]),
                       s["followup"])), "", rn.sig()]
    else:
        L += ["%s %s  RN note:" % (fdate(c.date, 1), t),
              wrap("Received pt from %s at %s. %s Pt %s. VS %s. %s will continue to monitor." % (
                  pick(r, ["ED", "PACU", "night shift RN"]), t, pick(r, ["Report received.", "Bedside handoff completed with outgoing RN."]),
                  pick(r, ["resting in crib", "watching TV", "sleeping comfortably", "crying, consoled by mother"]), vitals_line(r, c, v, 2), pick(r, ["Plan of care reviewed with parents,", "Call light within reach,"]))),
              "%s %s  %s" % (fdate(c.date, 1), ftime(r), pick(r, ["Pt tolerated PO, 120 mL apple juice. Voided.", "MD at bedside.", "Labs drawn and sent.", "Child Life visited."])),
              "-- %s" % rn.sig()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))

# ------------------------------------------------------------- OPERATIONS

OPS = [
    dict(key="appy", scen="appy", name="Laparoscopic appendectomy", dx="Acute appendicitis", post=["Acute non-perforated appendicitis", "Acute suppurative appendicitis with appendicolith"],
         ebl="Minimal (< 5 mL)", spec="Appendix", drains="None", impl="None", cpt="44970", anes="General endotracheal",
         ind="{pt} is a {age} {kid} with a clinical and ultrasound diagnosis of acute appendicitis. Risks including bleeding, infection, abscess, injury to bowel "
             "and conversion to open were discussed with the {rel}, who consented.",
         steps="The patient was brought to the operating room and placed supine. After induction of general endotracheal anesthesia and administration of "
               "preoperative ceftriaxone and metronidazole, the abdomen was prepped and draped in the usual sterile fashion. A time-out was performed. "
               "A 12 mm umbilical incision was made and the fascia opened under direct vision; a 12 mm port was placed and pneumoperitoneum established to 12 mmHg. "
               "Two 5 mm ports were placed in the left lower quadrant and suprapubic region under direct visualization. The appendix was identified in the "
               "{loc} position and was {find}. The mesoappendix was divided with the LigaSure device. The base of the appendix was divided with an endoscopic "
               "stapler (tan load). The specimen was removed in an Endocatch bag through the umbilical port. The staple line was hemostatic. The right lower "
               "quadrant was irrigated and suctioned. Ports were removed under direct vision. The umbilical fascia was closed with 0 Vicryl and skin with 4-0 "
               "Monocryl subcuticular followed by skin adhesive. Local anesthetic (0.25% bupivacaine) was infiltrated. The patient tolerated the procedure well.",
         finds=["acutely inflamed and edematous without perforation", "gangrenous at the tip with surrounding purulent fluid but no frank perforation",
                "hyperemic with fibrinous exudate; appendicolith palpable at the base"]),
    dict(key="pyloro", scen="pyloric", name="Laparoscopic pyloromyotomy", dx="Hypertrophic pyloric stenosis", post=["Hypertrophic pyloric stenosis"],
         ebl="Minimal", spec="None", drains="None", impl="None", cpt="43520", anes="General endotracheal (RSI)",
         ind="{pt} is a {age} {kid} with ultrasound-confirmed pyloric stenosis whose electrolytes have been corrected. The {rel} consented to laparoscopic pyloromyotomy.",
         steps="After induction of general anesthesia with rapid-sequence intubation and orogastric decompression, the abdomen was prepped and draped. Time-out "
               "performed. A 5 mm umbilical port was placed by open technique and pneumoperitoneum established to 8 mmHg. Two stab incisions were made in the right "
               "and left upper abdomen for instruments. The hypertrophied pylorus was identified and {find}. A longitudinal serosal incision was made from the "
               "pyloric vein of Mayo onto the antrum and the muscle spread with the pyloric spreader until the mucosa bulged freely. The two halves moved "
               "independently. Air insufflated through the OG tube showed no mucosal leak. Instruments removed; fascia closed with 3-0 Vicryl, skin with 5-0 "
               "Monocryl and Dermabond.",
         finds=["measured approximately 2 cm in length", "was firm and olive-shaped", "was markedly thickened"]),
    dict(key="crpp", scen="scfx", name="Closed reduction and percutaneous pinning, {side} supracondylar humerus fracture", dx="Displaced supracondylar humerus fracture, {side}",
         post=["Same (Gartland type III, extension type)"], ebl="Minimal", spec="None", drains="None", impl="Two 0.062-inch smooth Kirschner wires, lateral entry",
         cpt="24538", anes="General (LMA)",
         ind="{pt} is a {age} {kid} who sustained a displaced supracondylar humerus fracture after a fall. Neurovascularly intact preoperatively. The {rel} consented.",
         steps="The patient was positioned supine with the arm on a radiolucent hand table. Under fluoroscopic guidance, traction was applied with the elbow in "
               "extension, varus/valgus and rotational alignment corrected, and the fracture reduced with a posteriorly directed force while flexing the elbow and "
               "pronating the forearm. Reduction was confirmed on AP, lateral and oblique images. Two divergent lateral-entry K-wires were placed engaging both "
               "cortices. Stability was confirmed under live fluoroscopy. The hand remained {find}. Pins were bent, cut and padded, and a well-padded long-arm cast "
               "was applied at 70 degrees of flexion and bivalved.",
         finds=["pink and warm with a palpable radial pulse", "well perfused; radial pulse dopplerable and then palpable"]),
    dict(key="ta", scen=None, name="Tonsillectomy and adenoidectomy", dx="Obstructive sleep apnea; adenotonsillar hypertrophy", post=["Same"], age=(900, 3600),
         ebl="10 mL", spec="Tonsils and adenoids (gross only)", drains="None", impl="None", cpt="42820", anes="General endotracheal (oral RAE tube)",
         ind="{pt} is a {age} {kid} with loud snoring, witnessed apneas and 3+ tonsils. Polysomnogram showed an AHI of {ahi} events/hour. The {rel} consented.",
         steps="The patient was placed supine and intubated with an oral RAE tube. The table was turned and a shoulder roll placed. A McIvor mouth gag was inserted "
               "and suspended. The palate was palpated with no submucous cleft. The tonsils were {find}. The right tonsil was grasped and dissected in the "
               "extracapsular plane using electrocautery (coblation). The same was done on the left. Hemostasis achieved with suction cautery. A red rubber "
               "catheter was passed to retract the palate and the adenoids, which were obstructing approximately 80% of the choana, were removed with suction "
               "cautery. The nasopharynx and oropharynx were irrigated. The stomach was suctioned. The patient was awakened and extubated in the OR.",
         finds=["3+ and cryptic", "4+ and nearly touching in the midline", "3+ bilaterally"]),
    dict(key="tubes", scen=None, name="Bilateral myringotomy with tympanostomy tube placement", dx="Recurrent acute otitis media", post=["Same; bilateral middle ear effusion"],
         age=(300, 1500), ebl="None", spec="None", drains="None", impl="Armstrong beveled grommet tubes x2", cpt="69436", anes="General mask",
         ind="{pt} is a {age} {kid} with {k} episodes of acute otitis media in 6 months despite antibiotics. The {rel} consented.",
         steps="Under mask anesthesia, the right ear was examined with the operating microscope. Cerumen was removed. An anterior-inferior radial myringotomy was "
               "made and {find} was suctioned. A tube was placed and ciprofloxacin-dexamethasone drops instilled. The same procedure was performed on the left.",
         finds=["thick mucoid fluid", "purulent fluid", "serous fluid"]),
    dict(key="hernia", scen=None, name="{Side} inguinal hernia repair (high ligation of hernia sac)", dx="{Side} inguinal hernia", post=["Same, indirect"], age=(40, 3000),
         ebl="Minimal", spec="Hernia sac", drains="None", impl="None", cpt="49500", anes="General LMA with caudal block",
         ind="{pt} is a {age} {kid} with a reducible {side} inguinal bulge noted by parents. The {rel} consented.",
         steps="A caudal block was placed after induction. A 2 cm incision was made in the {side} inguinal skin crease. Scarpa's fascia was divided and the external "
               "oblique aponeurosis identified. The cord structures were elevated and the hernia sac {find}. The sac was dissected free of the vas and vessels to "
               "the internal ring, twisted and doubly suture-ligated with 3-0 Vicryl. The testis was confirmed in the scrotum. Closure in layers with 4-0 Monocryl.",
         finds=["was identified anteromedially and was thin-walled", "was found to be large, extending to the scrotum", "was identified and opened; no contents"]),
    dict(key="port", scen="all", name="Placement of tunneled central venous catheter (port) via right internal jugular vein", dx="Acute lymphoblastic leukemia, need for central access",
         post=["Same"], ebl="< 5 mL", spec="None", drains="None", impl="6.6 Fr single-lumen implantable port", cpt="36561", anes="General endotracheal",
         ind="{pt} is a {age} {kid} with newly diagnosed ALL requiring long-term central venous access for chemotherapy. The {rel} consented.",
         steps="Under ultrasound guidance the right internal jugular vein was accessed with a micropuncture needle and a guidewire passed to the IVC under "
               "fluoroscopy. A subcutaneous pocket was created over the right chest wall. The catheter was tunneled to the venotomy, cut to length and placed "
               "through a peel-away sheath with the tip at the cavoatrial junction. The port {find}. Layered closure. Port accessed and heparin-locked.",
         finds=["flushed and aspirated easily", "was secured to the fascia with 3-0 Prolene and flushed without difficulty"]),
]
OPS_BY = {o["key"]: o for o in OPS}


def op_ctx(r, ok=None):
    op = OPS_BY[ok] if ok else pick(r, OPS)
    if op["scen"]:
        c = make_ctx(r, op["scen"])
    else:
        base = dict(SCEN_BY["fs"])
        base.update(key=op["key"], dx=op["dx"], short=op["dx"].split(";")[0].lower(), icd={"ta": "G47.33", "tubes": "H66.93", "hernia": "K40.90"}[op["key"]],
                    age=op["age"], svc="ent" if op["key"] in ("ta", "tubes") else "surg", exam={}, fever=36.9, hr=0, rr=0, spo2=(98, 100), panels=[], qual=[], img=[],
                    inpt=[M("Acetaminophen", 15, 650, "mg", "PO", "q6h PRN", 32)],
                    dc=[M("Acetaminophen 160 mg/5 mL suspension", 15, 650, "mg", "PO", "every 6 hours as needed for pain", 32),
                        M("Ibuprofen 100 mg/5 mL suspension", 10, 600, "mg", "PO", "every 6 hours as needed for pain", 20)],
                    consult=None, followup="ENT clinic in 2-4 weeks" if op["key"] in ("ta", "tubes") else "Surgery clinic in 2 weeks", proc=op["key"], los=(0, 1),
                    hpi="{pt} is a {age} {kid} referred for " + op["dx"].lower() + ".")
        c = make_ctx(r, base, sex="M" if op["key"] == "hernia" and chance(r, .8) else None)
    c.op = op
    c.v.update(rel=c.grel.lower(), ahi=round(r.uniform(6, 24), 1), loc=pick(r, ["retrocecal", "pelvic", "anterior", "paracolic"]),
               find=pick(r, op["finds"]))
    c.surgeon = provider(r, "ortho" if op["key"] == "crpp" else "ent" if op["key"] in ("ta", "tubes") else "surg")
    c.anesth = provider(r, "anes")
    c.opdate = c.date + TD(days=1 if op["key"] == "pyloro" else 0)
    return c


def t_operative_note(r):
    lay = r.randint(0, 5)
    c = op_ctx(r)
    op = c.op
    name = F(c, op["name"])
    hs = r.randint(0, 3)
    asst = pick(r, [provider(r, "surg").sig() + " (fellow)", provider(r, "gen", "MD").sig() + " (resident)", "None", provider(r, "surg", "PA-C").sig()])
    L = []
    hdr = ["Preoperative diagnosis: " + F(c, op["dx"]), "Postoperative diagnosis: " + F(c, pick(r, op["post"])), "Procedure: " + name,
           "Surgeon: " + c.surgeon.sig(), "Assistant: " + asst, "Anesthesia: " + op["anes"] + " (%s)" % c.anesth.sig(),
           "Estimated blood loss: " + op["ebl"], "Specimens: " + op["spec"], "Drains: " + op["drains"], "Implants: " + op["impl"],
           "Complications: None apparent", "Condition: Stable to PACU"]
    if lay == 0:
        L += [letterhead(r, c), pick(r, ["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION"]), "",
              "PATIENT: %s  MRN: %s  DOB: %s" % (pname(c, 1), c.mrn, fdate(c.dob, 0)), "DATE OF OPERATION: %s" % fdate(c.opdate, 0), ""] + \
             [x.upper().split(":")[0] + ":" + x.split(":", 1)[1] for x in hdr] + ["", "INDICATIONS FOR PROCEDURE:", wrap(F(c, op["ind"])), "",
                                                                                   "DESCRIPTION OF PROCEDURE:", wrap(F(c, op["steps"])), "",
                                                                                   "The attending surgeon was present and scrubbed for the entire procedure.", "", esign(r, c, c.surgeon, c.opdate, 2)]
    elif lay == 1:
        L += [ehr_header(r, c, "Brief Op Note"), "", pick(r, ["Brief Operative Note", "Immediate Post-Operative Note", "Post-op Note (brief)"]), "Date: %s" % fdate(c.opdate, 1), ""] + \
             ["%s" % x for x in hdr] + ["Findings: " + F(c, c.v["find"]), "Disposition: PACU then %s" % pick(r, ["home", "floor", "overnight observation"]), "",
                                       "Full dictation to follow.", esign(r, c, c.surgeon, c.opdate, 3)]
    elif lay == 2:
        L += [c.hosp["name"], "Department of %s" % c.surgeon.spec, "", "Operative Report - %s" % pname(c), "",
              wrap("DATE: %s. SURGEON: %s. ASSISTANT: %s. This %s %s was taken to the operating room for %s for a diagnosis of %s. %s" % (
                  fdate(c.opdate, 3), c.surgeon.sig(), asst, age_text(c.age_days), c.kid, name.lower(), F(c, op["dx"]).lower(), F(c, op["ind"]))), "",
              wrap(F(c, op["steps"])), "", wrap("Estimated blood loss %s. Specimen: %s. There were no complications. Sponge, needle and instrument counts were correct x2. "
                                                "The patient was %s and taken to the recovery room in stable condition." % (op["ebl"].lower(), op["spec"].lower(),
                                                                                                                           pick(r, ["extubated in the OR", "awakened from anesthesia"]))),
              "", esign(r, c, c.surgeon, c.opdate, 2), "cc: %s" % c.pcp.sig()]
    elif lay == 3:
        L += [pick(r, ["SURGICAL PROCEDURE RECORD", "OR Procedure Note", "Op Note"]), "%s   Room OR-%d   Case #%d" % (fdate(c.opdate, 0), r.randint(1, 14), r.randint(10000, 99999)),
              "Pt %s  Age %s  Wt %s kg  ASA %s" % (pname(c, 1), age_text(c.age_days, 1), c.wt, pick(r, ["1", "2", "1E", "2E"])), "",
              "In room %s  Incision %s  Close %s  Out %s" % tuple(sorted(ftime_day(r) for _ in range(4))), "",
              "PRE-OP DX: " + F(c, op["dx"]), "POST-OP DX: " + F(c, pick(r, op["post"])), "PROCEDURE(S): %s (CPT %s)" % (name, op["cpt"]), "",
              "FINDINGS: " + F(c, c.v["find"]).capitalize() + ".", "", "TECHNIQUE:", wrap(F(c, op["steps"])), "",
              "EBL: %s | Fluids: %d mL LR | UOP: %s | Specimen: %s" % (op["ebl"], int(c.wt * r.randint(10, 25)), pick(r, ["not measured", "voided in PACU"]), op["spec"]),
              "Wound class: %s" % pick(r, ["I - clean", "II - clean contaminated", "III - contaminated"]), "", esign(r, c, c.surgeon, c.opdate, 0)]
    elif lay == 4:
        L += [letterhead(r, c, c.surgeon.spec), "", "Name: %s  Record No: %s  Surgery date: %s" % (pname(c, 2), c.mrn, fdate(c.opdate, 2)), "",
              hd(hs, "Procedure Performed"), name, "", hd(hs, "Indications"), wrap(F(c, op["ind"])), "", hd(hs, "Findings"), F(c, c.v["find"]).capitalize() + ".", "",
              hd(hs, "Procedure in Detail"), wrap(F(c, op["steps"])), "", hd(hs, "Plan"),
              pick(r, ["Discharge home from PACU when criteria met.", "Admit overnight for pain control and observation.", "Advance diet as tolerated; home tomorrow."]),
              "Post-operative instructions given to %s." % c.grel.lower(), "", esign(r, c, c.surgeon, c.opdate, pick(r, [0, 4, 5]))]
    else:
        L += ["OPERATIVE NOTE", ""] + ["%-26s %s" % (x.split(":")[0] + ":", x.split(":", 1)[1].strip()) for x in hdr[:6]] + \
             ["", "Description:", wrap(F(c, op["steps"])), "", "I was present for the entire procedure. -%s" % c.surgeon.last, ""] + hdr[6:] + ["", esign(r, c, c.surgeon, c.opdate, 0)]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- PROCEDURE NOTE

PROCS = [
    ("lp", "Lumbar puncture", "uti", "Rule out meningitis in febrile infant",
     "Infant held in lateral decubitus position by RN. Topical EMLA applied 45 min prior; 0.5 mL 1% lidocaine infiltrated. Area prepped with chlorhexidine and draped. "
     "A 22-gauge 1.5-inch spinal needle with stylet was inserted at the L4-L5 interspace. Clear CSF obtained on {att} attempt(s); {ml} mL collected in 4 tubes. "
     "Opening pressure not measured. Needle withdrawn, bandage applied."),
    ("uvc", "Umbilical venous and arterial catheter placement", "prem", "Central access for TPN, medications and blood pressure monitoring",
     "Umbilical stump prepped with povidone-iodine and draped sterile. Umbilical tape tied at the base. Cord cut 1 cm above the skin. The vein and two arteries "
     "were identified. The artery was dilated and a 3.5 Fr UAC advanced to {ml} cm; a 5 Fr double-lumen UVC was advanced to {att} cm. Good blood return "
     "from all lumens. Secured with suture and tape bridge. X-ray confirmed UAC tip at T7 and UVC tip at the IVC/RA junction."),
    ("egd", "Esophagogastroduodenoscopy with biopsies", None, "Abdominal pain, poor weight gain; positive tissue transglutaminase IgA",
     "After informed consent and under general anesthesia (propofol, natural airway), the pediatric gastroscope was introduced into the esophagus under direct "
     "visualization. Esophagus: normal mucosa, no furrows or rings. Stomach: mild antral nodularity. Duodenum: scalloping of the folds and mosaic mucosal pattern "
     "in the second portion and bulb. Biopsies obtained: duodenum x4, bulb x2, antrum x2, esophagus x2 (proximal and distal). Scope withdrawn. No complications."),
    ("bronch", "Flexible bronchoscopy with bronchoalveolar lavage", None, "Persistent wheeze and chronic cough, evaluate for airway malacia/aspiration",
     "Under general anesthesia via LMA, a 2.8 mm flexible bronchoscope was passed. Upper airway: normal vocal cord mobility, no laryngeal cleft on palpation. "
     "Trachea: mild dynamic collapse of the distal trachea (~30%). Bronchi: normal branching, moderate clear secretions. BAL performed in the right middle lobe "
     "with 3 aliquots of {ml} mL saline, returns cloudy. Specimens sent for cell count, lipid-laden macrophage index and cultures."),
    ("picc", "PICC placement", "cap", "Long-term IV antibiotics",
     "Time-out performed. Under ultrasound guidance the right basilic vein was accessed with a 21-gauge needle on the {att} attempt. Using modified Seldinger "
     "technique a 3 Fr single-lumen PICC was inserted and trimmed to {ml} cm. Flushes and draws easily. Tip confirmed at the cavoatrial junction by ECG "
     "guidance and chest x-ray. Secured with StatLock and Tegaderm CHG."),
    ("id", "Incision and drainage of abscess", "abscess", "Fluctuant abscess, left thigh",
     "After procedural sedation with IV ketamine (see sedation record), the area was prepped with chlorhexidine and anesthetized with 1% lidocaine. A 2 cm linear "
     "incision was made over the area of maximal fluctuance with an 11 blade. Approximately {ml} mL of purulent material expressed and sent for culture. "
     "Loculations broken with a hemostat. Cavity irrigated with saline and packed with 1/4-inch iodoform gauze. Dry dressing applied."),
    ("sed", "Procedural sedation for MRI brain", None, "Developmental delay; MRI requires immobility",
     "Pre-sedation assessment: ASA {asa}, Mallampati I, NPO > 6 hours solids/2 hours clears. Monitoring: continuous pulse oximetry, ETCO2, ECG, BP q5 min. "
     "Propofol 2 mg/kg IV bolus followed by infusion at 200-250 mcg/kg/min. Natural airway with nasal cannula O2 2 L. Scan completed in {ml} minutes. "
     "No desaturations or airway interventions. Recovered to Aldrete 10 within 25 minutes."),
    ("cath", "Diagnostic cardiac catheterization", None, "Secundum ASD, hemodynamic assessment prior to device closure",
     "Under general anesthesia the right femoral vein (6 Fr) and artery (4 Fr) were accessed by Seldinger technique. Heparin 100 units/kg IV. Right and left heart "
     "catheterization performed. Saturations: SVC 72%, RA 86%, PA 87%, aorta 98%. Qp:Qs 2.1:1. PA pressure 28/10 (mean 17) mmHg, PVR 1.4 WU*m2. "
     "Angiography in the RUPV showed a left-to-right atrial shunt. Sheaths removed with manual hemostasis. No complications."),
    ("emg", "Electromyography and nerve conduction studies", None, "Bilateral foot drop and distal weakness, rule out hereditary neuropathy",
     "Motor NCS: Right peroneal CMAP 1.8 mV (low), conduction velocity 24 m/s (slow); right tibial CMAP 3.1 mV, CV 26 m/s; right median CV 28 m/s. Sensory: sural "
     "responses absent bilaterally; median SNAP 8 uV with prolonged latency. Needle EMG: tibialis anterior with large polyphasic MUAPs and reduced recruitment, "
     "no fibrillations. IMPRESSION: Diffuse demyelinating sensorimotor polyneuropathy, consistent with hereditary neuropathy (e.g., CMT1). Genetic testing recommended."),
    ("bma", "Bone marrow aspirate and biopsy; lumbar puncture with intrathecal chemotherapy", "all", "New leukemia, diagnostic evaluation",
     "Under general anesthesia, patient prone. The left posterior superior iliac crest was prepped and draped. A Jamshidi needle was used to obtain {ml} mL of "
     "aspirate (spicules present) and a 1.5 cm core biopsy. Lumbar puncture at L4-5 with a 22 g needle, clear CSF, {att} attempt(s); cytarabine intrathecal "
     "given per protocol after CSF removal. Pressure dressings applied."),
    ("joint", "Knee joint aspiration (arthrocentesis)", None, "Acute knee effusion with fever, rule out septic arthritis",
     "Under procedural sedation, the right knee was prepped and draped. Using a lateral suprapatellar approach an 18-gauge needle was introduced and {ml} mL of "
     "turbid yellow fluid aspirated and sent for cell count, Gram stain and culture. Dressing applied. Synovial fluid WBC sent STAT."),
]


def t_procedure_note(r):
    p = pick(r, PROCS)
    key, name, sk, ind, desc = p
    c = make_ctx(r, sk) if sk else make_ctx(r, "fs", age_days=r.randint(500, 5500))
    if not sk:
        c.scen = dict(c.scen, exam={}, dx=ind, short=ind.split(",")[0].lower(), fever=36.9, hr=0, rr=0)
    op = provider(r, {"lp": "hosp", "uvc": "nicu", "egd": "gi", "bronch": "pulm", "picc": "hosp", "id": "em", "sed": "hosp", "cath": "card", "emg": "neuro",
                      "bma": "onc", "joint": "ortho"}[key], None if key not in ("picc", "uvc") else pick(r, ["MD", "NNP-BC", "RN, VA-BC"]))
    d = {"lp": r.randint(1, 3), "uvc": 0}
    text = desc.replace("{att}", str(r.randint(1, 2))).replace("{ml}", str(r.randint(2, 12))).replace("{asa}", pick(r, ["1", "2"]))
    if key == "uvc":
        text = desc.replace("{ml}", str(r.randint(11, 15))).replace("{att}", str(r.randint(6, 9)))
    lay = r.randint(0, 5)
    hs = r.randint(0, 3)
    t = ftime(r)
    L = []
    if lay == 0:
        L += [ehr_header(r, c, "Procedure Note"), "", pick(r, ["Procedure Note", "PROCEDURE NOTE", "Bedside Procedure"]) + " - " + name, "Date/time: %s %s" % (fdate(c.date, 0), t), "",
              "Operator: %s   Supervisor: %s" % (op.sig(), pick(r, ["present for entire procedure", provider(r, "hosp").sig(), "N/A"])),
              "Indication: %s" % ind, "Consent: %s" % pick(r, ["Written informed consent obtained from %s." % c.grel.lower(), "Verbal and written consent from %s; risks discussed." % c.grel.lower()]),
              "Time-out: performed, patient identified with 2 identifiers, site/procedure verified.", "Sedation/analgesia: %s" % pick(r, ["see sedation record", "topical/local only", "general anesthesia", "sucrose 24% and swaddling"]),
              "", "Procedure details: " + wrap(text), "", "Complications: %s" % pick(r, ["None", "None immediate", "Minimal bleeding, controlled with pressure"]),
              "EBL: minimal", "Patient tolerated the procedure %s." % pick(r, ["well", "without difficulty"]), "", esign(r, c, op, c.date, 0)]
    elif lay == 1:
        L += [letterhead(r, c, op.spec), pick(r, ["PROCEDURE REPORT", "%s REPORT" % name.upper(), "Endoscopy/Procedure Report"]), "",
              "Patient: %s   DOB: %s   MRN: %s   Date: %s" % (pname(c, 2), fdate(c.dob, 0), c.mrn, fdate(c.date, 0)),
              "Referring: %s   Endoscopist/Proceduralist: %s" % (c.pcp.sig(), op.sig()), "", hd(hs, "Indications"), ind, "", hd(hs, "Medications"),
              pick(r, ["General anesthesia per anesthesia record", "Propofol per anesthesia", "Ketamine 1.5 mg/kg IV, ondansetron"]), "", hd(hs, "Procedure"), name,
              "", hd(hs, "Findings"), wrap(text), "", hd(hs, "Impression"),
              pick(r, ["Findings as above; specimens sent to pathology.", "Procedure successful.", "See findings; await pathology/culture."]), "",
              hd(hs, "Recommendations"), pick(r, ["Follow up biopsy results in 1 week by phone.", "Resume diet as tolerated.", "Activity as tolerated; return to clinic 2-4 weeks."]),
              "", esign(r, c, op, c.date, pick(r, [0, 4, 2]))]
    elif lay == 2:
        L += ["%s  %s" % (pick(r, ["PN:", "Procedure:", ""]), name), "%s %s" % (fdate(c.date, 1), t), "Ind: " + ind, "Pre: time-out done, consent on chart",
              wrap(text), "Comp: none. Pt tol well.", "-- %s" % op.sig()]
    elif lay == 3:
        L += [c.hosp["name"], "Sedation Service / Procedure Documentation", "", "Patient %s   Wt %s kg   Age %s" % (pname(c, 1), c.wt, age_text(c.age_days, 1)),
              "Procedure: %s" % name, "ASA class: %s   Airway: %s   NPO verified: yes" % (pick(r, ["I", "II", "III"]), pick(r, ["Mallampati I", "normal", "Mallampati II"])),
              "Pre-procedure vitals: " + vitals_line(r, c, style=2), "", "Agent(s)/doses:"]
        L += ["  %s  %s" % (ftime(r), pick(r, ["ketamine %.1f mg IV" % (c.wt * 1.5), "propofol %.0f mg IV" % (c.wt * 2), "midazolam %.1f mg IN" % min(10, c.wt * 0.3),
                                              "dexmedetomidine %.0f mcg IN" % min(100, c.wt * 2), "fentanyl %.0f mcg IV" % min(50, c.wt * 1)])) for _ in range(r.randint(2, 4))]
        L += ["", "Procedure summary: " + wrap(text), "", "Recovery: Aldrete %d at %s. Discharge criteria met at %s." % (r.randint(9, 10), ftime(r), ftime(r)),
              "Adverse events: %s" % pick(r, ["none", "transient desaturation to 88% responsive to jaw thrust", "emesis x1 on emergence"]), "", esign(r, c, op, c.date, 0)]
    elif lay == 4:
        L += ["%s" % name.upper(), "", "NAME %s    MR# %s    DATE %s" % (pname(c, 3), c.mrn, fdate(c.date, 2)), "OPERATOR %s" % op.sig().upper(), "",
              "INDICATION:  " + ind.upper(), "", wrap(text.upper()), "", "ASSESSMENT/PLAN:  %s" % pick(r, ["TOLERATED WELL. RESULTS TO BE FOLLOWED BY PRIMARY TEAM.",
                                                                                                           "NO IMMEDIATE COMPLICATIONS. CXR CONFIRMS POSITION.", "AWAIT CULTURES."]),
              "", esign(r, c, op, c.date, 2)]
    else:
        L += [letterhead(r, c, op.spec), "", "%s: %s" % (pick(r, ["Procedure performed", "Procedure"]), name), "Performed by: %s" % op.sig(),
              "Patient: %s (%s, %s)" % (pname(c), age_text(c.age_days, 1), sexw(c, 1)), "Date of service: %s" % fdate(c.date, 3), "",
              wrap("Indication: %s. The risks (including bleeding, infection, pain and need for repeat procedure), benefits and alternatives were explained to the %s, "
                   "who agreed to proceed and signed consent. Universal protocol observed." % (ind, c.grel.lower())), "",
              wrap(text), "", "Specimens: %s" % pick(r, ["sent to lab", "sent to pathology", "none"]), "Post-procedure plan: %s" % pick(r, ["monitor site", "bed rest 1 hour, then as tolerated",
                                                                                                                                          "follow results"]), "",
              esign(r, c, op, c.date, pick(r, [0, 5]))]
    return finalize(r, c, "\n".join(x for x in L if x is not None))

# ------------------------------------------------------------- ANESTHESIA RECORD

def t_anesthesia_record(r):
    c = op_ctx(r)
    op = c.op
    name = F(c, op["name"])
    lay = r.randint(0, 5)
    an = c.anesth
    crna = Person(pick(r, ADULT_F + ADULT_M), pick(r, LAST), "CRNA", "Anesthesia", "F")
    v = vitals(r, c)
    asa = pick(r, ["1", "2", "1E", "2E"]) if op["key"] in ("appy", "crpp") else pick(r, ["1", "2", "3"])
    ett = round(c.age_days / 365.25 / 4 + 3.5, 1) if c.age_days > 365 else 3.5
    ett = min(ett, 7.0)
    prop = rnd_dose(c.wt * 3)
    fent = rnd_dose(min(c.wt * 1, 100))
    roc = rnd_dose(c.wt * 0.6)
    L = []
    if lay == 0:
        L += [pick(r, ["PRE-ANESTHESIA EVALUATION", "Pre-Anesthetic Assessment", "Anesthesia Preoperative Evaluation"]), c.hosp["name"], "",
              "Patient: %s  Age: %s  Wt: %s kg  Ht: %s cm" % (pname(c, 2), age_text(c.age_days, 1), c.wt, c.ht), "Planned procedure: %s   Surgeon: %s" % (name, c.surgeon.sig()), "",
              "Prior anesthesia: %s" % pick(r, ["none", "sedation for MRI age 2, uneventful", "tubes age 1, emergence delirium"]),
              "Family hx anesthesia problems: %s" % pick(r, ["denies MH, pseudocholinesterase deficiency", "none known"]),
              "Recent URI: %s   Snoring/OSA: %s   Asthma: %s" % (pick(r, ["no", "resolved 3 weeks ago", "mild rhinorrhea - proceed"]), "yes" if op["key"] == "ta" else "no", pick(r, ["no", "no", "mild intermittent"])),
              "Loose teeth: %s   Airway: Mallampati %s, TMD normal, mouth opening adequate, neck ROM full" % (pick(r, ["none", "lower central incisor"]), pick(r, ["I", "II", "unable to assess (age)"])),
              "NPO: solids %s, clears %s, breast milk %s" % (ftime(r), ftime(r), "n/a" if c.age_days > 400 else ftime(r)), "Allergies: %s  Meds: none" % c.allergies,
              "Exam: CV RRR no murmur; lungs clear.", "Labs: %s" % pick(r, ["none indicated", "Hgb %.1f" % r.uniform(11, 13.5), "see chart"]), "",
              "ASA physical status: %s" % asa, "Plan: %s; %s induction%s. PONV prophylaxis: ondansetron/dexamethasone." % (op["anes"], pick(r, ["inhalational (mask)", "IV", "rapid-sequence IV"]),
                                                                                                                    ", caudal block" if "caudal" in op["anes"] else ""),
              "Risks including sore throat, PONV, emergence delirium, dental injury, airway complications, allergic reaction and rare death discussed with %s; questions answered; consent signed." % c.grel.lower(),
              "", esign(r, c, an, c.opdate, pick(r, [0, 3]))]
    elif lay == 1:
        L += ["%s  ANESTHESIA RECORD  (Intraoperative)" % c.hosp["short"], "Date %s   OR %d   %s   %s kg   ASA %s" % (fdate(c.opdate, 1), r.randint(1, 14), pname(c, 1), c.wt, asa),
              "Procedure: %s" % name, "Anesthesiologist: %s   CRNA: %s" % (an.sig(), crna.sig()), "",
              "Anes start %s   Induction %s   Incision %s   End surgery %s   Anes end %s" % tuple(sorted(ftime_day(r) for _ in range(5))), "",
              "Induction: %s" % pick(r, ["Mask inhalational sevoflurane 8% in 70% N2O/O2, PIV placed after induction", "IV propofol %s mg, fentanyl %s mcg" % (prop, fent),
                                         "RSI: propofol %s mg, rocuronium %s mg, cricoid not applied" % (prop, roc)]),
              "Airway: %s" % ("ETT %.1f cuffed, oral, DL Miller 1 grade I view, taped %d cm at lip" % (ett, int(ett * 3)) if "endotracheal" in op["anes"] else ("LMA size %s, easy placement" % pick(r, ["1.5", "2", "2.5", "3"]) if "LMA" in op["anes"] else "Mask/natural airway")),
              "Maintenance: sevoflurane %.1f-%.1f%% in air/O2" % (r.uniform(1.8, 2.2), r.uniform(2.3, 3.0)), "Monitors: ECG, NIBP, SpO2, ETCO2, temp, precordial", "", "TIME   HR   SBP/DBP  SpO2  ETCO2  Temp  Sevo"]
        h = r.randint(7, 14)
        for i in range(r.randint(6, 12)):
            L.append("%02d:%02d  %3d  %3d/%-3d  %3d   %2d     %.1f  %.1f" % (h + (i * 5) // 60, (i * 5) % 60, v["HR"] + r.randint(-15, 10), v["SBP"] - r.randint(5, 20),
                                                                         v["DBP"] - r.randint(3, 12), r.randint(98, 100), r.randint(34, 42), r.uniform(36.1, 37.0), r.uniform(1.8, 2.6)))
        L += ["", "Medications: fentanyl %s mcg IV, dexamethasone %s mg IV, ondansetron %s mg IV, acetaminophen %s mg IV, %s" % (
            fent, rnd_dose(min(c.wt * 0.15, 8)), rnd_dose(min(c.wt * 0.1, 4)), rnd_dose(min(c.wt * 15, 1000)), pick(r, ["cefazolin %s mg IV" % rnd_dose(min(c.wt * 30, 2000)), "ketorolac %s mg IV" % rnd_dose(min(c.wt * 0.5, 30)), "none"])),
              "Fluids: LR %d mL   EBL %s   UOP %s" % (int(c.wt * r.randint(10, 20)), op["ebl"], pick(r, ["n/a", "voided"])),
              "Emergence: %s, extubated %s. Transported to PACU on %s." % (pick(r, ["smooth", "mild emergence delirium", "uneventful"]), pick(r, ["deep", "awake"]), pick(r, ["blow-by O2", "room air"])),
              "", "Signed: %s / %s" % (an.sig(), crna.sig())]
    elif lay == 2:
        L += [pick(r, ["PACU RECORD", "Post-Anesthesia Care Unit Record", "Phase I Recovery"]), "%s   %s   Procedure: %s" % (fdate(c.opdate, 0), pname(c), name), "",
              "Arrival %s from OR %d, report from %s" % (ftime_day(r), r.randint(1, 14), an.sig()), "Airway on arrival: %s" % pick(r, ["natural airway, blow-by O2", "LMA removed in PACU", "oral airway, removed at 10 min"]), ""]
        for i in range(4):
            L.append("%d min  HR %d  RR %d  SpO2 %d%%  BP %d/%d  Pain %s  Aldrete %d" % (i * 15, v["HR"] + r.randint(-10, 20), v["RR"] + r.randint(-2, 4), r.randint(95, 100), v["SBP"], v["DBP"],
                                                                                         pick(r, ["FLACC 2", "FLACC 5", "0", "3/10"]), min(10, 7 + i)))
        L += ["", "Meds in PACU: %s" % pick(r, ["morphine %.1f mg IV x1" % min(c.wt * 0.05, 3), "none", "fentanyl %s mcg IV x1" % rnd_dose(min(c.wt * 0.5, 25)), "dexmedetomidine for emergence delirium"]),
              "PONV: %s   Emergence delirium (PAED): %d" % (pick(r, ["none", "emesis x1"]), r.randint(0, 12)), "Parents to bedside at %s." % ftime(r),
              "Discharge criteria met: %s. Discharged to %s." % (ftime_day(r), pick(r, ["home (Phase II)", "inpatient floor", "Short Stay unit"])), "", nurse(r, "RN, CPAN").sig()]
    elif lay == 3:
        L += [ehr_header(r, c, "Anesthesia"), "", pick(r, ["Anesthesia Post-procedure Note", "Anesthesia Brief Op Summary", "Post-Anesthesia Evaluation"]), "",
              "Procedure: %s   Date %s" % (name, fdate(c.opdate, 0)), "Anesthesia type: %s" % op["anes"], "ASA: %s   Airway: %s" % (asa, "ETT %.1f" % ett if "endotracheal" in op["anes"] else ("LMA" if "LMA" in op["anes"] else "mask")),
              "Complications: %s" % pick(r, ["none", "laryngospasm on emergence treated with CPAP, resolved", "none"]),
              "Post-anesthesia evaluation: patient awake/at baseline, vitals stable, pain controlled, no nausea, airway patent, hydration adequate.",
              "Patient has recovered from anesthesia and is appropriate for discharge from anesthesia care.", "", esign(r, c, an, c.opdate, 0)]
    elif lay == 4:
        L += [c.hosp["name"], "Department of Anesthesiology", "ANESTHESIA CONSENT AND PLAN (parent/guardian copy)" if chance(r, .4) else "Anesthesia Plan / Record Summary", "",
              "Patient: %s   DOB %s   Wt %s kg" % (pname(c), fdate(c.dob, 0), c.wt), "Procedure: %s" % name, "",
              "Technique: [%s] General  [%s] Regional (caudal)  [ ] MAC  [ ] Sedation" % ("X", "X" if "caudal" in op["anes"] else " "),
              "Invasive lines: none   Blood products: %s" % pick(r, ["none anticipated", "type & screen on file"]), "Induction drug doses: propofol %s mg, fentanyl %s mcg%s" % (prop, fent, ", rocuronium %s mg" % roc if "RSI" in op["anes"] else ""),
              "Regional: %s" % ("caudal 0.25%% bupivacaine %.1f mL (1 mL/kg)" % c.wt if "caudal" in op["anes"] else "n/a"),
              "Total anesthesia time: %d min" % r.randint(25, 150), "", "Events: %s" % pick(r, ["None.", "Bradycardia to 80 on induction, resolved with atropine.", "None."]),
              "", esign(r, c, an, c.opdate, 1)]
    else:
        L += ["ANES QUICK NOTE  %s" % fdate(c.opdate, 1), "%s %s %skg ASA %s" % (pname(c, 1), age_text(c.age_days, 1), c.wt, asa), "Case: %s" % name,
              "GA, %s induction, %s. Sevo/air/O2 maintenance. Fent %s mcg, decadron, zofran. Tylenol IV. %s" % (
                  pick(r, ["inhal", "IV"]), ("ETT %.1f cuffed" % ett if "endotracheal" in op["anes"] else ("LMA %s" % pick(r, ["2", "2.5"]) if "LMA" in op["anes"] else "mask")), fent, pick(r, ["Uneventful.", "Smooth emergence.", "PONV x1 in PACU."])),
              "EBL %s. IVF %d mL LR. To PACU stable." % (op["ebl"], int(c.wt * 15)), "-%s" % an.sig()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- PATHOLOGY

PATH_CASES = [
    dict(scen="appy", spec="Appendix, laparoscopic appendectomy", gross="Received in formalin labeled with the patient's name and 'appendix' is a {len} cm x 0.9 cm appendix with "
         "attached mesoappendix. The serosa is dusky and covered with fibrinopurulent exudate. No gross perforation. Sectioning reveals a {fec} cm fecalith in the lumen. "
         "Representative sections submitted in cassettes A1-A3, tip entirely submitted.",
         micro="Sections show transmural acute inflammation with mucosal ulceration, neutrophilic infiltration of the muscularis propria and serositis. No perforation, "
               "granulomas, dysplasia or neoplasm identified.", dx="APPENDIX, APPENDECTOMY:\n  - ACUTE SUPPURATIVE APPENDICITIS WITH PERIAPPENDICITIS.\n  - FECALITH PRESENT.\n  - NEGATIVE FOR NEOPLASM."),
    dict(scen="ta", spec="Tonsils and adenoids", gross="Received fresh are two tonsils measuring {len} x 2.0 x 1.5 cm and 2.5 x 1.9 x 1.4 cm and multiple fragments of adenoidal tissue "
         "aggregating 2.5 x 2.0 x 0.6 cm. Cut surfaces tan-pink with cryptic surfaces. Representative sections submitted.",
         micro="Reactive lymphoid hyperplasia with prominent germinal centers. Crypts contain keratin debris and bacterial colonies.",
         dx="TONSILS AND ADENOIDS, EXCISION:\n  - REACTIVE LYMPHOID HYPERPLASIA.\n  - NO EVIDENCE OF MALIGNANCY."),
    dict(scen="hernia", spec="Hernia sac, {side} inguinal", gross="Received in formalin is a membranous tan segment of tissue measuring {len} x 0.8 x 0.2 cm. Entirely submitted in one cassette.",
         micro="Fibromembranous tissue lined by mesothelium consistent with hernia sac. No vas deferens or epididymal tissue identified.",
         dx="HERNIA SAC, {SIDE} INGUINAL, EXCISION:\n  - HERNIA SAC. NO VAS DEFERENS OR EPIDIDYMIS IDENTIFIED."),
    dict(scen="all", spec="Bone marrow, left posterior iliac crest, aspirate and core biopsy", gross="A: Aspirate smears x6 and clot section. B: Core biopsy {len} cm in length, decalcified.",
         micro="Aspirate smears are cellular with spicules. Blasts account for {bl}% of a 500-cell differential; blasts are small to intermediate with scant cytoplasm, fine chromatin and "
               "inconspicuous nucleoli. Erythroid and myeloid precursors are markedly decreased. Megakaryocytes rare. Core biopsy is >95% cellular, replaced by sheets of blasts.\n"
               "Flow cytometry: blast population positive for CD19, CD10, CD22, CD34, TdT, HLA-DR; negative for myeloperoxidase, CD3, surface immunoglobulin.",
         dx="BONE MARROW, ASPIRATE AND BIOPSY:\n  - B-LYMPHOBLASTIC LEUKEMIA (PRECURSOR B-CELL ALL), {bl}% BLASTS.\n  - HYPERCELLULAR MARROW (>95%).\n  - Cytogenetics and FISH to follow in addendum."),
    dict(scen="prem", spec="Placenta, singleton", gross="Received fresh is a singleton placenta weighing {wt} g (trimmed) with a {len} cm eccentrically inserted three-vessel umbilical cord. "
         "Membranes are opaque and tan-green. Maternal surface complete with no adherent clot.",
         micro="Membranes and chorionic plate show acute chorioamnionitis with maternal inflammatory response stage 2, grade 1. Fetal inflammatory response: umbilical phlebitis (stage 1). "
               "Villi are appropriately mature for the stated gestational age.",
         dx="PLACENTA, DELIVERY:\n  - ACUTE CHORIOAMNIONITIS (MATERNAL STAGE 2, GRADE 1) WITH UMBILICAL PHLEBITIS (FETAL STAGE 1).\n  - THREE-VESSEL CORD.\n  - PLACENTAL WEIGHT APPROPRIATE FOR GESTATIONAL AGE."),
    dict(scen="egd", spec="A. Duodenum, biopsy; B. Duodenal bulb, biopsy; C. Gastric antrum, biopsy; D. Esophagus, biopsy", gross="Received in four formalin-filled containers, each containing "
         "2-4 tan soft tissue fragments measuring 0.1-0.{len} cm. Entirely submitted A-D.",
         micro="A/B: Small bowel mucosa with total villous atrophy, crypt hyperplasia and increased intraepithelial lymphocytes (>40/100 enterocytes). C: Antral mucosa with no significant "
               "inflammation; H. pylori immunostain negative. D: Squamous mucosa with <5 eosinophils/hpf.",
         dx="A/B. DUODENUM AND BULB: ACTIVE CELIAC DISEASE PATTERN (MODIFIED MARSH 3c).\nC. ANTRUM: NO PATHOLOGIC CHANGE; H. PYLORI NEGATIVE.\nD. ESOPHAGUS: NO EOSINOPHILIC ESOPHAGITIS."),
    dict(scen="skin", spec="Skin, scalp, punch biopsy", gross="A 0.{len} cm punch of skin with a pigmented papule, bisected and entirely submitted.",
         micro="Compound melanocytic nevus with congenital features; nests at dermal-epidermal junction, maturation with depth, no atypia or mitoses. Margins free.",
         dx="SKIN, SCALP, PUNCH BIOPSY:\n  - COMPOUND MELANOCYTIC NEVUS WITH CONGENITAL FEATURES, COMPLETELY EXCISED IN PLANE OF SECTION."),
]


def t_pathology_report(r):
    pc = pick(r, PATH_CASES)
    if pc["scen"] in ("ta", "hernia"):
        c = op_ctx(r, pc["scen"])
    elif pc["scen"] in ("egd", "skin"):
        c = make_ctx(r, "fs", age_days=r.randint(900, 5800))
    else:
        c = make_ctx(r, pc["scen"])
    fill = dict(len=pick(r, ["5", "6.2", "7", "4.5", "3"]), fec=pick(r, ["0.6", "0.8", "0.5"]), bl=r.randint(62, 94), wt=r.randint(180, 320),
                side=c.v["side"], SIDE=c.v["side"].upper())
    g = pc["gross"].format(**fill)
    mi = pc["micro"].format(**fill)
    dx = pc["dx"].format(**fill)
    spec = pc["spec"].format(**fill)
    pa = provider(r, "path")
    acc = "%s%02d-%05d" % ({"all": "BM", "prem": "PL"}.get(pc["scen"], pick(r, ["S", "SP", "CS"])), c.date.year % 100, r.randint(1, 29999))
    lay = r.randint(0, 5)
    hs = r.randint(0, 3)
    rd = c.date + TD(days=r.randint(1, 4))
    clin = pick(r, ["%s." % (c.scen["dx"] if pc["scen"] not in ("prem", "egd", "skin") else {"prem": "Preterm delivery at %d weeks; maternal fever" % c.ga,
                                                                                             "egd": "Elevated tTG-IgA, poor weight gain", "skin": "Changing pigmented lesion"}[pc["scen"]]),
                    "See requisition."])
    sub = c.surgeon.sig() if hasattr(c, "surgeon") else provider(r, "gi" if pc["scen"] == "egd" else "gen").sig()
    L = []
    if lay in (0, 3):
        L += [c.hosp["name"], "Department of Pathology and Laboratory Medicine", pick(r, ["SURGICAL PATHOLOGY REPORT", "Surgical Pathology Consultation Report", "PATHOLOGY REPORT"]), "",
              "Accession #: %s    Patient: %s    MRN: %s" % (acc, pname(c, 1), c.mrn), "DOB: %s  Sex: %s  Collected: %s  Received: %s  Reported: %s" % (
                  fdate(c.dob, 0), sexw(c), fdate(c.date, 0), fdate(c.date, 0), fdate(rd, 0)), "Submitting physician: %s" % sub, ""]
        if lay == 0:
            L += [hd(hs, "Final Diagnosis"), dx, "", hd(hs, "Clinical History"), clin, "", hd(hs, "Specimen"), spec, "", hd(hs, "Gross Description"), wrap(g),
                  "%s/%s" % (pa.init(), pick(r, ["kt", "jm", "rb"])), "", hd(hs, "Microscopic Description"), wrap(mi)]
        else:
            L += [hd(hs, "Specimen(s) Received"), spec, "", hd(hs, "Clinical Information"), clin, "", hd(hs, "Gross"), wrap(g), "", hd(hs, "Microscopic"), wrap(mi), "",
                  hd(hs, "Diagnosis"), dx]
        L += ["", "I have personally reviewed the slides and/or material and rendered the final diagnosis.", esign(r, c, pa, rd, pick(r, [0, 5]))]
    elif lay == 1:
        L += ["AMENDED REPORT" if chance(r, .5) else "ADDENDUM REPORT", "%s   %s   %s" % (acc, pname(c, 1), c.mrn), "", "ORIGINAL DIAGNOSIS:", dx, "",
              "ADDENDUM (%s):" % fdate(rd + TD(days=r.randint(3, 12)), 0),
              wrap(pick(r, ["Cytogenetics: 46,XY,t(12;21)(p13;q22) [ETV6-RUNX1 positive by FISH]. These findings are associated with favorable prognosis." if pc["scen"] == "all"
                            else "Additional levels were examined and do not alter the diagnosis.",
                            "Immunohistochemical stains reviewed with appropriate controls; results support the above diagnosis.",
                            "Reason for amendment: correction of specimen laterality in the gross description. Diagnosis unchanged."])), "", esign(r, c, pa, rd, 0)]
    elif lay == 2:
        L += ["%s PATHOLOGY" % c.hosp["short"], "", "PATIENT NAME: %s" % pname(c, 3), "CASE: %s    DATE OF PROCEDURE: %s" % (acc, fdate(c.date, 2)),
              "PHYSICIAN: %s    COPY TO: %s" % (sub, c.pcp.sig()), "", "DIAGNOSIS:", dx, "", "COMMENT: " + pick(r, ["Clinical correlation recommended.", "Findings discussed with Dr. %s on %s." % (pick(r, LAST), fdate(rd, 1)),
                                                                                                                     "None."]), "", "GROSS: " + wrap(g), "", "CPT: 88305 x%d" % r.randint(1, 4), "",
              "*** Electronically signed out by %s ***" % pa.sig()]
    elif lay == 4 and pc["scen"] == "prem":
        L += [pick(r, ["PLACENTAL PATHOLOGY", "Placenta Examination Report"]), "Mother: %s %s   Infant: Baby %s %s  MRN %s" % (c.mom.first, c.mom.last, "Boy" if c.sex == "M" else "Girl", c.last, c.mrn),
              "GA %d %d/7 weeks   Delivery %s" % (c.ga, c.gad, fdate(c.date, 0)), "Indication: %s" % pick(r, ["preterm delivery", "maternal fever", "NICU admission"]), "",
              "Placental weight: %s g (%s percentile for GA)" % (fill["wt"], pick(r, ["10-25th", "25-50th", "50-75th"])), "Cord: %s cm, 3 vessels, %s insertion" % (fill["len"], pick(r, ["eccentric", "central", "marginal"])),
              "Membranes: %s" % pick(r, ["opaque, green-tinged", "translucent"]), "", "Diagnosis:", dx, "", esign(r, c, pa, rd, 0)]
    else:
        L += [pick(r, ["Pathology Result", "Lab: Surgical pathology - FINAL", "Tissue Examination"]), "%s %s  MRN %s  %s" % (pname(c, 2), fdate(c.dob, 1), c.mrn, acc), "",
              "Specimen: %s" % spec, "Collected: %s  Resulted: %s" % (fdate(c.date, 1), fdate(rd, 1)), "", "Result:", dx, "", "Gross: " + wrap(g), "", "Path: %s" % pa.sig()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- IMAGING

EXTRA_IMG = [
    ("fs", "XR", "BONE AGE (LEFT HAND)", "Short stature.", "By the standards of Greulich and Pyle, the bone age is estimated at {ba} at a chronologic age of {ca}. "
     "The standard deviation for this age is approximately {sd} months. No focal osseous abnormality.", "Bone age {rel} chronologic age."),
    ("prem", "US", "US HEAD (NEONATAL)", "Prematurity, screening.", "Coronal and sagittal images through the anterior fontanelle. {ivh} Ventricles are normal in size. "
     "No periventricular echogenicity or cystic change. Extra-axial spaces normal.", "{ivhimp}"),
    ("fs", "XR", "SKELETAL SURVEY", "Concern for non-accidental trauma; bruising.", "Complete skeletal survey per ACR guidelines was performed. No acute or healing fractures are identified. "
     "No metaphyseal corner fractures. Bone mineralization is normal.", "No radiographic evidence of skeletal injury. Consider follow-up survey in 2 weeks if clinical concern persists."),
    ("fs", "MRI", "MRI BRAIN WITHOUT AND WITH CONTRAST", "Headaches, new-onset.", "Sedation: propofol. Brain parenchyma has normal signal and morphology for age. Myelination is age-appropriate. "
     "No mass, hemorrhage or restricted diffusion. Ventricles and sulci normal. Cerebellar tonsils are above the foramen magnum. Normal flow voids. Mild mucosal thickening in the maxillary sinuses.",
     "Normal MRI of the brain. Incidental mild paranasal sinus mucosal thickening."),
    ("fs", "FL", "VOIDING CYSTOURETHROGRAM", "Recurrent febrile UTI.", "Bladder filled via 8 Fr catheter to capacity ({ml} mL). Bladder wall smooth. During voiding there is reflux into a "
     "non-dilated left ureter reaching the renal pelvis with mild calyceal blunting. No right-sided reflux. Urethra normal.", "Left grade II-III vesicoureteral reflux."),
    ("fs", "CT", "CT HEAD WITHOUT CONTRAST", "Fall from 4 feet, vomiting x2.", "Low-dose pediatric protocol. No acute intracranial hemorrhage, mass effect or midline shift. Gray-white differentiation "
     "preserved. No calvarial fracture. Small left parietal scalp hematoma.", "No acute intracranial abnormality. Left parietal scalp hematoma."),
    ("fs", "US", "US ABDOMEN (INTUSSUSCEPTION)", "Intermittent crying and drawing up legs.", "In the right upper quadrant there is a 3.1 cm target-shaped mass with alternating concentric rings "
     "(pseudokidney on long axis), containing mesenteric fat and a lymph node. Small amount of trapped fluid. Color Doppler demonstrates flow in the bowel wall.",
     "Ileocolic intussusception. Pediatric surgery notified; proceed to air enema reduction."),
]


def t_imaging_report(r):
    if chance(r, 0.55):
        c = pick_ctx(r, [k for k in SCEN_BY if SCEN_BY[k]["img"]])
        mod, study, hx, find, imp = pick(r, c.scen["img"])
    else:
        e = pick(r, EXTRA_IMG)
        c = make_ctx(r, e[0], age_days=(r.randint(0, 10) if e[0] == "prem" else r.randint(150, 5500)))
        mod, study, hx, find, imp = e[1:]
        ivh = pick(r, [("No germinal matrix or intraventricular hemorrhage.", "Normal head ultrasound."),
                       ("Small left germinal matrix hemorrhage without intraventricular extension.", "Left grade I germinal matrix hemorrhage.")])
        ca = c.age_days / 365.25
        ba = ca + r.choice([-2.0, -1.5, 0, 0.5, 1.5])
        fm = dict(ba="%d years %d months" % (int(ba), int((ba % 1) * 12)), ca="%d years %d months" % (int(ca), int((ca % 1) * 12)), sd=r.choice([9, 10, 11, 12]),
                  rel="is delayed relative to" if ba < ca - 1 else ("is advanced relative to" if ba > ca + 1 else "is concordant with"),
                  ivh=ivh[0], ivhimp=ivh[1], ml=r.randint(60, 200))
        find, imp = find.format(**fm), imp.format(**fm)
    rad = provider(r, "rad" if mod != "ECHO" else "card")
    res = provider(r, "rad", "MD")
    lay = r.randint(0, 6)
    if mod == "ECHO" and chance(r, .6):
        lay = 6
    hs = r.randint(0, 3)
    t = ftime(r)
    acc = "%s%d" % (pick(r, ["RAD", "IMG", "A", "CR"]), r.randint(1000000, 9999999))
    cmp_ = pick(r, ["None.", "None available.", "%s %s." % (study.split(" ")[0].title(), fdate(c.date - TD(days=r.randint(30, 700)), 0))])
    tech = {"XR": pick(r, ["Frontal and lateral views.", "Single AP portable view.", "2 views obtained."]), "US": "Real-time grayscale and color Doppler imaging.",
            "CT": "Axial images with coronal and sagittal reformats. CTDIvol %.1f mGy." % r.uniform(8, 30), "MRI": "Multiplanar multisequence imaging.",
            "FL": "Fluoroscopy time %.1f min." % r.uniform(0.5, 2.5), "ECHO": "Complete 2D, M-mode, color and spectral Doppler."}[mod]
    L = []
    if lay == 0:
        L += [letterhead(r, c, "Department of Radiology" if mod != "ECHO" else "Heart Center"), "", "PATIENT: %s   MRN: %s   DOB: %s   SEX: %s" % (pname(c, 1), c.mrn, fdate(c.dob, 0), sexw(c)),
              "EXAM DATE: %s %s   ACCESSION: %s" % (fdate(c.date, 0), t, acc), "ORDERING: %s" % c.att.sig(), "", "EXAM: %s" % study, "",
              hd(hs, "Clinical History"), hx, "", hd(hs, "Comparison"), cmp_, "", hd(hs, "Technique"), tech, "", hd(hs, "Findings"), wrap(find), "",
              hd(hs, "Impression"), wrap(imp), "", esign(r, c, rad, c.date, pick(r, [0, 5]))]
    elif lay == 1:
        L += ["%s   %s" % (study, fdate(c.date, 1)), "", wrap("HISTORY: %s %s" % (age_text(c.age_days, 1), hx)), "", wrap("%s %s" % (tech, find)), "",
              "IMPRESSION: " + wrap(imp), "", "Dictated by %s" % rad.sig()]
    elif lay == 2:
        L += [ehr_header(r, c, "Radiology"), "", "Exam: %s" % study, "Ordered by: %s   Performed: %s %s" % (c.att.sig(), fdate(c.date, 0), t), "", "Indication: " + hx, "",
              "Findings:"] + ["- " + s.strip() + "." for s in find.split(". ") if s.strip()] + ["", "Impression:", "1. " + imp, "",
                                                                                               "PRELIMINARY REPORT by %s (resident) at %s." % (res.sig(), t) if chance(r, .5) else "",
                                                                                               "I have personally reviewed the images and agree with the report above." if chance(r, .5) else "",
                                                                                               esign(r, c, rad, c.date, 0)]
    elif lay == 3:
        L += [pick(r, ["RADIOLOGY REPORT", "DIAGNOSTIC IMAGING", "Imaging Result"]), "%s (%s)  %s" % (pname(c, 2), c.mrn, fdate(c.date, 2)), "", study.upper(), "",
              "IMPRESSION:", wrap(imp).upper() if chance(r, .5) else wrap(imp), "", "FINDINGS:", wrap(find), "", "COMPARISON: " + cmp_, "INDICATION: " + hx, "",
              "Critical result communicated to Dr. %s by %s at %s, read-back confirmed." % (c.att.last, rad.dr(), ftime(r)) if chance(r, .3) else "", esign(r, c, rad, c.date, 2)]
    elif lay == 4:
        L += [c.hosp["name"], "Pediatric Imaging", "", "ADDENDUM", "%s  %s  Acc %s" % (pname(c, 1), fdate(c.date, 0), acc), "",
              wrap(pick(r, ["On further review, %s" % imp[0].lower() + imp[1:], "Comparison with outside images now available; no change to the impression.",
                            "The impression should read: %s" % imp])), "", "ORIGINAL REPORT:", study, wrap(find), "IMPRESSION: " + wrap(imp), "", esign(r, c, rad, c.date + TD(days=1), 0)]
    elif lay == 5:
        L += ["Outside Film Interpretation / Second Opinion" if chance(r, .5) else "PORTABLE %s" % study, "Patient: %s  DOB %s" % (pname(c), fdate(c.dob, 1)), "",
              wrap("%s dated %s submitted for review. Indication: %s" % (study.title(), fdate(c.date, 0), hx)), "", wrap(find), "", "Opinion: " + wrap(imp), "", rad.sig()]
    else:
        lvedd = round(2.0 + c.bsa * 2.8, 1)
        L += [letterhead(r, c, "Pediatric Echocardiography Laboratory"), pick(r, ["PEDIATRIC ECHOCARDIOGRAM REPORT", "Transthoracic Echo - Complete", "ECHO REPORT"]), "",
              "Name: %s  MRN: %s  DOB: %s  Date: %s" % (pname(c, 2), c.mrn, fdate(c.dob, 0), fdate(c.date, 0)),
              "Ht %s cm  Wt %s kg  BSA %s m2  HR %d  BP %d/%d" % (c.ht, c.wt, c.bsa, vitals(r, c)["HR"], r.randint(85, 105), r.randint(50, 65)), "Indication: %s" % hx,
              "Sonographer: %s, RDCS   Sedation: %s" % (pick(r, ADULT_F) + " " + pick(r, LAST), pick(r, ["none", "none", "oral midazolam"])), "",
              "MEASUREMENTS                value     z-score", "LVEDD                       %.1f cm   %+.1f" % (lvedd, r.uniform(-1, 1)),
              "LVESD                       %.1f cm   %+.1f" % (lvedd * 0.63, r.uniform(-1, 1)), "IVSd                        %.2f cm  %+.1f" % (0.3 + c.bsa * 0.25, r.uniform(-1, 1)),
              "LVPWd                       %.2f cm  %+.1f" % (0.3 + c.bsa * 0.24, r.uniform(-1, 1)), "Shortening fraction         %d %%" % r.randint(32, 40), "LVEF (biplane)              %d %%" % r.randint(58, 68),
              "", "FINDINGS:", wrap(find if mod == "ECHO" else "Normal segmental anatomy. Normal biventricular size and function. Normal coronary origins. No effusion."),
              "", "SUMMARY:", wrap(imp if mod == "ECHO" else "Structurally normal heart."), "", esign(r, c, provider(r, "card"), c.date, 0)]
    return finalize(r, c, "\n".join(x for x in L if x is not None))

# ------------------------------------------------------------- LAB REPORT

def t_lab_report(r):
    c = pick_ctx(r, [k for k in SCEN_BY if SCEN_BY[k]["panels"] or SCEN_BY[k]["qual"]])
    s = c.scen
    lay = r.randint(0, 6)
    panels = list(s["panels"]) or []
    if not panels or chance(r, .25):
        panels = panels + [pick(r, ["CBC", "BMP", "INFL"])]
    ts = ftime(r)
    acc = "%s%d" % (pick(r, LAB_LETTERS), r.randint(1000000, 9999999))
    ordp = c.att.sig()
    L = []
    names = {"CBC": "COMPLETE BLOOD COUNT", "DIFF": "DIFFERENTIAL (AUTOMATED)", "BMP": "BASIC METABOLIC PANEL", "LFT": "HEPATIC FUNCTION PANEL", "INFL": "INFLAMMATORY MARKERS",
             "VBG": "VENOUS BLOOD GAS", "BILI": "BILIRUBIN, NEONATAL", "CSF": "CSF CELL COUNT / CHEMISTRY", "DKA": "DIABETES STUDIES"}
    if lay in (0, 1, 2):
        st = [0, 2, 1][lay]
        L += [pick(r, ["%s Clinical Laboratory" % c.hosp["name"], "%s - LABORATORY SERVICES" % c.hosp["short"], "Department of Laboratory Medicine"]),
              "%s  CLIA #%02dD%07d" % (c.hosp["addr"] + ", " + c.hosp["city"] + " " + c.hosp["st"], r.randint(10, 99), r.randint(0, 9999999)), "Medical Director: %s" % provider(r, "path").sig(), "",
              "Patient: %s   MRN: %s   DOB: %s (%s)   Sex: %s" % (pname(c, 1), c.mrn, fdate(c.dob, 0), age_text(c.age_days, 1), sexw(c)),
              "Ordering: %s   Location: %s" % (ordp, pick(r, ["ED", "4W", "PICU", "NICU", "Clinic"])),
              "Collected: %s %s   Received: %s %s   Accession: %s" % (fdate(c.date, 0), ts, fdate(c.date, 0), "%s:%02d" % (ts[:2], min(59, int(ts[3:]) + r.randint(0, 20))), acc), ""]
        if st != 1:
            L.append("%-24s %8s %-2s %-10s %s" % ("TEST", "RESULT", "FL", "UNITS", "REF RANGE"))
        for p in panels:
            L += ["", names[p]] + labtbl(lab_rows(r, c, p), st)
        if s["qual"] and chance(r, .7):
            L += ["", "MICROBIOLOGY / OTHER"] + ["%s: %s" % q for q in s["qual"]]
        L += ["", pick(r, ["*** FINAL REPORT ***", "Final", "H=High L=Low  C=Critical", "END OF REPORT"])]
        if any(fl for p in panels for (_, _, _, _, fl) in lab_rows(r, c, p)) and chance(r, .4):
            L.append("CRITICAL VALUE called to %s RN at %s, read back verified." % (pick(r, ADULT_F), ftime(r)))
    elif lay == 3:
        q = s["qual"] or [("Blood culture", "No growth at 5 days")]
        L += [pick(r, ["MICROBIOLOGY REPORT", "Microbiology - Culture Results", "MICRO"]), "%s  MRN %s  %s" % (pname(c, 1), c.mrn, fdate(c.dob, 0)), ""]
        for test, res in q:
            L += ["Test: %s" % test, "Source: %s" % pick(r, ["blood, peripheral", "urine, catheterized", "CSF", "nasopharyngeal swab", "wound"]) if "culture" in test.lower() or "PCR" in test else "",
                  "Collected %s %s  Status: %s" % (fdate(c.date, 0), ftime(r), pick(r, ["FINAL", "PRELIMINARY", "FINAL"])), "Result: %s" % res, ""]
        if "coli" in str(q):
            L += ["SUSCEPTIBILITY (MIC, ug/mL)   E. coli", "Ampicillin          >=32   R", "Cefazolin            <=4   S", "Ceftriaxone          <=1   S",
                  "Gentamicin           <=1   S", "Nitrofurantoin       <=16  S", "TMP/SMX              <=20  S"]
        if "MRSA" in str(q):
            L += ["SUSCEPTIBILITY   S. aureus", "Oxacillin     R", "Clindamycin   S  (D-test neg)", "TMP/SMX       S", "Vancomycin    S (MIC 1)", "Doxycycline   S"]
    elif lay == 4:
        L += ["%s NEWBORN SCREENING PROGRAM" % pick(r, ["STATE", "STATE DEPARTMENT OF HEALTH -"]), "Newborn Screen Result Report", "",
              "Infant: %s, %s   Sex %s   DOB %s  Birth wt %d g  GA %d wk" % (c.last.upper(), "BABY " + ("BOY" if c.sex == "M" else "GIRL"), sexw(c), fdate(c.dob, 0), c.bw, c.ga),
              "Kit #: %d   Specimen: %s   Collected at %d hours   Transfusion: %s" % (r.randint(10 ** 7, 10 ** 8), pick(r, ["first", "second", "repeat"]), r.randint(24, 48), pick(r, ["no", "no", "yes"])),
              "Submitter: %s   PCP on file: %s" % (c.hosp["name"], c.pcp.sig()), "", "%-38s %s" % ("DISORDER GROUP", "RESULT")]
        res = {x: "Within normal limits" for x in ["Amino acid disorders", "Fatty acid oxidation disorders", "Organic acid disorders", "Congenital hypothyroidism (TSH)",
                                                    "Congenital adrenal hyperplasia (17-OHP)", "Galactosemia (GALT)", "Biotinidase deficiency", "Hemoglobinopathies",
                                                    "Cystic fibrosis (IRT)", "Severe combined immunodeficiency (TREC)", "Spinal muscular atrophy"]}
        if chance(r, .35):
            k = pick(r, list(res))
            res[k] = pick(r, ["BORDERLINE - repeat specimen requested", "Hb FAS (sickle trait carrier)", "Invalid - unsatisfactory specimen, repeat"])
        L += ["%-38s %s" % (k, v) for k, v in res.items()] + ["", "Hemoglobin pattern: %s" % pick(r, ["FA (normal)", "FAS", "FA"]),
                                                             "This screening test is not diagnostic. Abnormal results require confirmatory testing.", "Lab Director: %s" % provider(r, "path").sig()]
    elif lay == 5:
        L += [ehr_header(r, c, "Results"), "", "Results Review - %s" % fdate(c.date, 0), ""]
        for p in panels:
            rows = lab_rows(r, c, p)
            L.append("%s (%s %s)" % (p, fdate(c.date, 1), ts))
            L += ["  " + x for x in labtbl(rows, 1)]
        if s["qual"]:
            L += ["", "Other:"] + ["  %s - %s" % q for q in s["qual"]]
        L += ["", "Reviewed by %s" % c.att.sig()]
    else:
        q = pick(r, [("Lead, blood (venous)", "%.1f ug/dL" % r.uniform(1, 9), "< 3.5 ug/dL"), ("Hemoglobin (POC)", "%.1f g/dL" % r.uniform(10, 13.5), "11.0-14.5"),
                     ("Rapid strep antigen", pick(r, ["Negative", "Positive"]), "Negative"), ("Urine hCG", "Negative", "Negative"),
                     ("Tissue transglutaminase IgA", "%d U/mL" % r.randint(2, 250), "< 15 U/mL"), ("Vitamin D, 25-OH", "%d ng/mL" % r.randint(8, 45), "30-100 ng/mL"),
                     ("Glucose (POC)", "%d mg/dL" % r.randint(60, 250), "70-110")])
        L += [pick(r, ["%s - Office Laboratory" % c.clinic, "REFERENCE LAB REPORT - %s Diagnostics" % pick(r, ["Northstar", "Keystone", "Meridian", "Alderbrook"])]), "",
              "Patient: %s   DOB: %s   Acct: %s" % (pname(c, 2), fdate(c.dob, 1), c.acct), "Physician: %s" % c.pcp.sig(), "Specimen collected: %s %s" % (fdate(c.date, 1), ts), "",
              "%-32s %-16s %s" % ("Test", "Result", "Reference"), "%-32s %-16s %s" % q, "", "Performing lab: %s, %s %s" % (pick(r, ["Northstar Diagnostics", "Main Lab"]), c.hosp["city"], c.hosp["st"])]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- ECG

def t_ecg_report(r):
    c = pick_ctx(r, ["kawasaki", "fs", "dka", "asthma", "all", "age", "bronch"])
    v = vitals(r, c)
    if c.scen["key"] == "fs":
        c.scen = dict(c.scen, fever=36.9, hr=0)
        v = vitals(r, c)
    hr = v["HR"]
    rhythm = "Sinus tachycardia" if hr > interp([(0, 180), (365, 160), (1095, 135), (4380, 110), (7300, 100)], c.age_days) else pick(r, ["Normal sinus rhythm", "Sinus rhythm", "Sinus arrhythmia"])
    pr = r.randint(90, 150) if c.age_days > 365 else r.randint(80, 120)
    qrs = r.randint(55, 90)
    qt = int(370 - (hr - 80) * 1.2 + r.randint(-15, 15))
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    if c.scen["key"] == "fs" and chance(r, .4):
        qtc = r.randint(455, 480)
    axis = r.randint(30, 120) if c.age_days < 1100 else r.randint(10, 90)
    interp_lines = [rhythm]
    if c.age_days < 365:
        interp_lines.append("Right ventricular predominance, normal for age")
    if qtc > 450:
        interp_lines.append("Prolonged QTc (%d ms)" % qtc)
    extra = pick(r, ["", "Incomplete right bundle branch block", "Nonspecific T wave abnormality", "", "Early repolarization"])
    if extra:
        interp_lines.append(extra)
    summ = "Abnormal ECG" if (qtc > 450 or extra in ("Nonspecific T wave abnormality",)) else pick(r, ["Normal ECG for age", "Normal pediatric ECG", "Otherwise normal ECG"])
    reader = provider(r, "card")
    lay = r.randint(0, 5)
    ind = pick(r, {"kawasaki": ["Kawasaki disease"], "fs": ["Syncope", "Pre-participation / ADHD medication start", "Seizure - rule out arrhythmia"],
                   "dka": ["Hyperkalemia / DKA"], "asthma": ["Tachycardia on albuterol"], "all": ["Baseline prior to anthracycline"], "age": ["Electrolyte abnormality"],
                   "bronch": ["Tachycardia"]}[c.scen["key"]])
    L = []
    if lay in (0, 1):
        L += ["%s   ID:%s   %s   %s" % (pname(c, 1), c.mrn, fdate(c.date, 2), ftime(r)), "%s  %s  %s cm  %s kg  Loc:%s  Room:%s" % (
            fdate(c.dob, 2), sexw(c, 1), int(c.ht), c.wt, r.randint(1, 40), pick(r, ["ED5", "4W12", "CARD CLINIC", "PICU3"])),
              "Vent. rate     %d BPM" % hr, "PR interval    %d ms" % pr, "QRS duration   %d ms" % qrs, "QT/QTc         %d/%d ms" % (qt, qtc),
              "P-R-T axes     %d %d %d" % (r.randint(20, 70), axis, r.randint(10, 70)), ""] + interp_lines + ["** Pediatric ECG analysis **" if chance(r, .5) else "", summ,
                                                                                                             "Referred by: %s          %s by: %s" % (c.att.sig(), "Confirmed" if lay == 0 else "Unconfirmed", reader.sig() if lay == 0 else "")]
        if lay == 0:
            L += ["", "25mm/s 10mm/mV 150Hz 8.0 SP2 12SL v241   CID: %d" % r.randint(1, 99)]
    elif lay == 2:
        L += [letterhead(r, c, "Pediatric Cardiology - Electrocardiography"), pick(r, ["ELECTROCARDIOGRAM INTERPRETATION", "ECG Report", "12-LEAD ECG"]), "",
              "Patient: %s   MRN %s   Age %s   Date of tracing %s" % (pname(c), c.mrn, age_text(c.age_days, 1), fdate(c.date, 0)), "Indication: %s" % ind, "",
              "Rate: %d bpm   Rhythm: %s" % (hr, rhythm.lower()), "Intervals: PR %d ms, QRS %d ms, QTc %d ms (Bazett)" % (pr, qrs, qtc), "Axis: %d degrees" % axis,
              "Chamber enlargement/hypertrophy: none by pediatric voltage criteria", "ST/T: %s" % pick(r, ["normal", "nonspecific T wave flattening in V5-V6", "normal for age, T inverted V1"]), "",
              "Interpretation: " + "; ".join(interp_lines) + ". " + summ + ".", "Compared to prior: %s" % pick(r, ["no prior available", "no significant change", "rate faster"]), "",
              esign(r, c, reader, c.date, 0)]
    elif lay == 3:
        L += ["ECG over-read", "%s %s" % (pname(c, 2), fdate(c.date, 1)), "", wrap("12-lead ECG reviewed. %s at %d bpm, normal axis for age, PR %d, QRS %d, QTc %d. %s. %s." % (
            rhythm, hr, pr, qrs, qtc, "; ".join(interp_lines[1:]) or "No pre-excitation, no ventricular hypertrophy", summ)), "",
              pick(r, ["No contraindication to stimulant therapy from an ECG standpoint.", "Recommend repeat ECG after electrolyte correction.", "No further cardiac evaluation needed.",
                       "Suggest cardiology clinic referral for prolonged QTc; avoid QT-prolonging medications." if qtc > 450 else "Normal study."]), "- %s" % reader.sig()]
    elif lay == 4:
        L += ["RHYTHM STRIP INTERPRETATION", "%s  %s  %s" % (pick(r, ["NICU", "PICU", "4W telemetry"]), fdate(c.date, 1), ftime(r)), "Patient: %s" % pname(c, 1), "",
              "Rate %d  Rhythm: %s  PR %.2f  QRS %.2f  QT %.2f" % (hr, rhythm, pr / 1000.0, qrs / 1000.0, qt / 1000.0),
              "Ectopy: %s" % pick(r, ["none", "rare PACs", "isolated PVC x1"]), "Interpretation: %s" % summ, "", nurse(r).sig()]
    else:
        L += [c.hosp["name"], "Cardiology Testing Center", "", "Name: %s    DOB: %s    MRN: %s" % (pname(c, 2), fdate(c.dob, 0), c.mrn), "Test: Resting 12-lead ECG   Date: %s" % fdate(c.date, 3),
              "Ordering provider: %s" % c.pcp.sig(), "Reason: %s" % ind, "", "MEASUREMENTS", "  HR %d  PR %d  QRSd %d  QT %d  QTc %d  Axis %d" % (hr, pr, qrs, qt, qtc, axis), "",
              "FINAL INTERPRETATION"] + ["  " + x for x in interp_lines] + ["  " + summ, "", "Read by %s on %s" % (reader.sig(), fdate(c.date + TD(days=r.randint(0, 2)), 0))]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- MEDICATION LIST

HOME_MEDS = [("Cetirizine 1 mg/mL syrup", "5 mg PO daily"), ("Polyethylene glycol 3350", "8.5 g PO daily in 4-8 oz fluid"), ("Fluticasone 44 mcg HFA", "2 puffs inhaled BID"),
             ("Albuterol 90 mcg HFA", "2 puffs q4h PRN wheeze"), ("Methylphenidate ER 18 mg", "1 tab PO every morning"), ("Multivitamin with iron drops", "1 mL PO daily"),
             ("Cholecalciferol 400 units/mL", "1 mL PO daily"), ("Hydrocortisone 2.5% cream", "apply BID to affected areas x 7 days"), ("Epinephrine 0.15 mg auto-injector", "IM PRN anaphylaxis"),
             ("Levetiracetam 100 mg/mL", "%d mg PO BID"), ("Lansoprazole 15 mg solutab", "1 tab PO daily before breakfast"), ("Montelukast 4 mg granules", "1 packet PO at bedtime"),
             ("Ferrous sulfate 15 mg/mL", "%d mg elemental iron PO daily")]


def t_medication_list(r):
    c = pick_ctx(r, ADMIT + ["fs", "age"])
    s = c.scen
    lay = r.randint(0, 5)
    home = [pick(r, HOME_MEDS) for _ in range(r.randint(0, 4))]
    home = list(dict(home).items())
    home = [(n, d % int(c.wt * 10) if "%d" in d else d) for n, d in home]
    if s["key"] == "asthma":
        home = [("Albuterol 90 mcg HFA", "2 puffs q4h PRN"), ("Fluticasone 44 mcg HFA", "2 puffs BID")] + home
    L = []
    if lay == 0:
        L += [ehr_header(r, c, "Medication Reconciliation"), "", pick(r, ["ADMISSION MEDICATION RECONCILIATION", "Medication Reconciliation - Admission", "Med Rec (Admit)"]),
              "Source of information: %s" % pick(r, ["parent interview", "pharmacy fill history + parent", "outside records", "patient bottles brought in"]),
              "Completed by: %s   %s" % (pick(r, [Person(pick(r, ADULT_F), pick(r, LAST), "PharmD").sig(), c.res.sig(), nurse(r).sig()]), fdate(c.date, 0)), "", "Allergies: %s" % c.allergies, "",
              "%-36s %-28s %-10s %s" % ("Home medication", "Dose/route/frequency", "Last dose", "Admission action")]
        for n, d in home or [("No home medications", "")]:
            L.append("%-36s %-28s %-10s %s" % (n, d, ftime(r) if d else "", pick(r, ["Continue", "Hold", "Continue", "Modify"]) if d else ""))
        L += ["", "New inpatient medications:"] + ["  " + med_str(c, m, 1) for m in s["inpt"]]
    elif lay == 1:
        L += [letterhead(r, c, clinic=True), pick(r, ["Current Medication List", "MEDICATION LIST", "Your Medicines"]), "as of %s" % fdate(c.date, 3), "",
              "Patient: %s  DOB: %s  Weight: %s kg (%s lb)" % (pname(c), fdate(c.dob, 0), c.wt, round(c.wt * 2.2046, 1)), "Allergies: %s" % c.allergies, ""]
        for i, (n, d) in enumerate(home or [("No current medications on file", "")]):
            L += ["%d. %s" % (i + 1, n), "   Instructions: %s" % d if d else "", "   Prescriber: %s   Started: %s" % (c.pcp.sig(), fdate(c.date - TD(days=r.randint(20, 700)), 1)) if d else ""]
        L += ["", "Bring this list to every visit. Tell your provider about over-the-counter medicines and supplements."]
    elif lay == 2:
        L += [pick(r, ["DISCHARGE MEDICATION RECONCILIATION", "Medication Changes at Discharge", "Discharge Med Rec"]), "%s   MRN %s   Discharge %s" % (pname(c), c.mrn, fdate(c.ddate, 0)), "",
              "START taking these medications:"] + ["  [NEW] " + m for m in dc_meds(r, c)] + ["", "CONTINUE taking these medications:"] + \
             ["  %s - %s" % x for x in home] + (["  (none)"] if not home else []) + ["", "STOP taking these medications:", "  " + pick(r, ["none", "Amoxicillin (replaced by above)", "Ibuprofen while on aspirin" if s["key"] == "kawasaki" else "none"]),
                                                                                     "", "Reconciled by %s on %s" % (c.att.sig(), fdate(c.ddate, 0))]
    elif lay == 3:
        L += ["HOME MEDICATION HISTORY (completed by parent/guardian)", "", "Child's name: %s          Date: %s" % (pname(c), fdate(c.date, 1)),
              "Pharmacy: %s   Phone: %s" % (pick(r, PHARMACIES), phone(r, c.area)), "", "Medicine name            How much         How often        Why", "-" * 70]
        for n, d in home:
            L.append("%-24s %-16s %-16s %s" % (n.split(" ")[0], d.split(" ")[0] + " " + d.split(" ")[1] if len(d.split()) > 1 else d, d.split(" ")[-1], pick(r, ["allergies", "asthma", "constipation", "ADHD", "vitamins"])))
        L += ["_" * 70 for _ in range(r.randint(2, 4))] + ["", "Vitamins/herbals: %s" % pick(r, ["gummy vitamin", "none", "elderberry syrup", "probiotic"]),
                                                          "Parent/guardian signature: %s" % c.guardian.full(), "Reviewed by RN: %s" % nurse(r).init()]
    elif lay == 4:
        L += [pick(r, ["MEDICATION ADMINISTRATION RECORD (summary)", "MAR - 24 hour view"]), "%s  %s  Wt %s kg  Allergies: %s" % (pname(c, 1), fdate(c.date + TD(days=1), 0), c.wt, c.allergies), ""]
        for m in s["inpt"]:
            L.append(med_str(c, m, 1))
            L.append("   Given: " + "  ".join("%s %s" % (ftime(r), nurse(r).init()) for _ in range(r.randint(1, 4))))
        L += ["", "Pharmacist verification: %s" % Person(pick(r, ADULT_M), pick(r, LAST), "PharmD").sig()]
    else:
        L += ["Outpatient Pharmacy Fill History", "Source: %s   Retrieved %s" % (pick(r, ["Surescripts", "PBM claims", "state PDMP"]), fdate(c.date, 0)), "Patient: %s  DOB %s" % (pname(c, 2), fdate(c.dob, 0)), "",
              "%-11s %-34s %-6s %-5s %s" % ("Fill date", "Drug", "Qty", "Days", "Pharmacy")]
        for n, d in (home or [("Amoxicillin 400 mg/5 mL", "")]) * r.randint(1, 2):
            L.append("%-11s %-34s %-6s %-5s %s" % (fdate(c.date - TD(days=r.randint(5, 300)), 0), n[:34], r.choice([1, 30, 100, 150, 8.5]), r.choice([10, 30, 90]), pick(r, PHARMACIES)))
    return finalize(r, c, "\n".join(x for x in L if x is not None))

# ------------------------------------------------------------- PRESCRIPTION

def rx_items(r, c):
    ms = [m for m in c.scen["dc"] if m.get("conc") or m["mgkg"] is not None] or c.scen["dc"]
    return ms


def t_prescription(r):
    c = pick_ctx(r, [k for k in SCEN_BY if SCEN_BY[k]["dc"] and k != "prem"])
    doc = pick(r, [c.pcp, c.att, provider(r, "em", pick(r, ["MD", "PA-C", "CPNP"]))])
    ms = rx_items(r, c)
    lay = r.randint(0, 6)
    dea = "%s%s%07d" % (pick(r, "ABFM"), doc.last[0], r.randint(0, 9999999))
    npi = "1%09d" % r.randint(0, 999999999)
    L = []

    def disp(m):
        dose, unit, vol = med_calc(c, m)
        if vol:
            per = {"twice": 2, "three": 3, "four": 4}
            n = 1
            for k, v in per.items():
                if k in m["freq"]:
                    n = v
            return "%d mL" % int(min(600, max(50, vol * n * 10 + 5)) // 5 * 5)
        if "units/mL" in m["name"]:
            return "1 box (5 x 3 mL pens)"
        return pick(r, ["1 inhaler", "1 box", "30 tablets", "1 kit", "#30"]) if "HFA" in m["name"] or "kit" in m["name"] else "#%d" % r.choice([10, 20, 30])
    if lay == 0:
        L += [letterhead(r, c, clinic=chance(r, .5)), "%s  %s" % (doc.sig(), "NPI %s" % npi), "DEA# %s" % dea if chance(r, .4) else "", "",
              "Name: %s          Date: %s" % (pname(c), fdate(c.date, 1)), "Address: %s, %s %s" % (c.street, c.town, c.st), "DOB: %s   Wt: %s kg" % (fdate(c.dob, 1), c.wt), "", "Rx"]
        for m in ms[:2]:
            L += ["   " + m["name"], "   Sig: " + med_str(c, m, 0).split(": ", 1)[-1], "   Disp: %s    Refills: %s" % (disp(m), pick(r, ["0", "0", "1", "PRN x 1 yr"])), ""]
        L += ["[ ] Dispense as written    [X] Substitution permitted", "", "______________________ %s" % doc.sig()]
    elif lay == 1:
        m = ms[0]
        L += ["ELECTRONIC PRESCRIPTION - TRANSMITTED", "Sent to: %s  %s" % (pick(r, PHARMACIES), phone(r, c.area)), "Date sent: %s %s" % (fdate(c.date, 0), ftime(r)), "",
              "Patient: %s  DOB: %s  Sex: %s" % (pname(c, 2), fdate(c.dob, 0), sexw(c)), "Weight: %s kg (%s)" % (c.wt, fdate(c.date, 1)), "",
              "Medication: %s" % m["name"], "Directions: %s" % med_str(c, m, 0).split(": ", 1)[-1], "Quantity: %s   Days supply: %d   Refills: 0" % (disp(m), r.choice([5, 7, 10, 14, 30])),
              "Note to pharmacist: %s" % pick(r, ["Weight-based dose verified.", "Please dispense oral syringe.", "Flavor: grape OK", "None"]), "",
              "Prescriber: %s  NPI %s  %s" % (doc.sig(), npi, c.clinic if doc is c.pcp else c.hosp["name"]), "Status: %s" % pick(r, ["Transmitted successfully", "Pharmacy acknowledged receipt"])]
    elif lay == 2:
        wic_f = pick(r, ["Similac Alimentum", "Enfamil Nutramigen", "Neocate Infant", "EleCare", "Enfamil EnfaCare 22 kcal", "Similac NeoSure 22 kcal"])
        c2 = make_ctx(r, pick(r, ["prem", "pyloric", "bili"]), age_days=r.randint(20, 300))
        c = c2
        L += [pick(r, ["WIC MEDICAL DOCUMENTATION FORM", "Medical Documentation for WIC Formula and Food", "WIC Special Formula Request"]), "%s WIC Program" % pick(r, ["State", "County"]), "",
              "Participant: %s   DOB: %s" % (pname(c), fdate(c.dob, 0)), "Parent/guardian: %s" % c.guardian.full(), "",
              "Qualifying medical condition: %s" % pick(r, ["Prematurity (born at %d weeks)" % c.ga, "Cow's milk protein allergy", "Failure to thrive", "GERD with poor weight gain"]),
              "Formula requested: %s" % wic_f, "Amount: %s oz per day / maximum allowed" % r.choice([24, 28, 32]), "Length of issuance: [ ] 1 mo [X] 3 mo [ ] 6 mo",
              "Supplemental foods: [X] infant cereal  [ ] infant fruits/vegetables  [ ] no restrictions", "", "Health care provider: %s   Phone %s" % (c.pcp.sig(), phone(r, c.area)),
              "Signature: ____________________   Date: %s" % fdate(c.date, 1)]
    elif lay == 3:
        L += ["DURABLE MEDICAL EQUIPMENT ORDER / PRESCRIPTION", "", "Patient: %s   DOB %s   Ins: %s #%s" % (pname(c), fdate(c.dob, 0), c.plan, c.memid), "Dx: %s (%s)" % (c.scen["dx"], c.scen["icd"]), "",
              "Item: %s" % pick(r, ["Nebulizer compressor with pediatric mask and tubing kit (E0570)", "Spacer/valved holding chamber with small mask (A4627)", "Pulse oximeter, home (E0445)",
                                   "Blood glucose meter and test strips 200/month (E0607)", "Car seat - specialized (E1399)"]),
              "Length of need: %s" % pick(r, ["99 months (lifetime)", "12 months", "6 months"]), "Supplier: %s Home Medical" % pick(r, TOWNS), "", "Ordering physician: %s  NPI %s" % (doc.sig(), npi),
              "Signature ______________________  Date %s" % fdate(c.date, 0)]
    elif lay == 4:
        L += [c.clinic, "", "RX    %s" % fdate(c.date, 1), "For: %s   Age %s   Wt %skg" % (pname(c), age_text(c.age_days, 1), c.wt), ""]
        m = ms[0]
        dose, unit, vol = med_calc(c, m)
        L += ["%s" % m["name"], "%s %s %s" % (("Give %s mL (%s mg)" % (numfmt(vol), numfmt(dose))) if vol else "Take %s %s" % (numfmt(dose), unit), m["route"], m["freq"]),
              "Dispense: %s   RF: 0" % disp(m), "", "Dr. %s %s" % (doc.first[0] + ".", doc.last), "Lic #%s%06d" % (c.st, r.randint(0, 999999))]
    elif lay == 5:
        c = make_ctx(r, "fs", age_days=r.randint(2300, 6000))
        c.scen = dict(c.scen, dx="ADHD, combined type", icd="F90.2")
        drug = pick(r, [("Methylphenidate ER (Concerta) 18 mg tablet", "1 tab PO every morning", "#30"), ("Dexmethylphenidate XR 10 mg capsule", "1 cap PO qAM", "#30"),
                        ("Lisdexamfetamine 20 mg capsule", "1 cap PO qAM", "#30")])
        L += [c.clinic, c.hosp["addr"] + ", " + c.hosp["city"] + " " + c.hosp["st"], "", "CONTROLLED SUBSTANCE PRESCRIPTION - SCHEDULE II", "",
              "Patient: %s   DOB %s   Address %s, %s" % (pname(c), fdate(c.dob, 0), c.street, c.town), "Date issued: %s" % fdate(c.date, 0), "",
              "Rx: %s" % drug[0], "Sig: %s" % drug[1], "Quantity: %s (thirty)   Refills: NONE" % drug[2],
              "Do not fill before: %s" % fdate(c.date + TD(days=pick(r, [0, 30, 60])), 0), "Dx: %s (%s)" % (c.scen["dx"], c.scen["icd"]), "",
              "Prescriber: %s   DEA %s   NPI %s" % (c.pcp.sig(), dea, npi), "PDMP checked: yes (%s)" % fdate(c.date, 1), "Signature: ______________________"]
    else:
        c = make_ctx(r, "fs", age_days=r.randint(900, 6000))
        c.allergies = "Peanut (anaphylaxis)"
        epi = "0.15 mg" if c.wt < 25 else "0.3 mg"
        L += [pick(r, ["Prescription", ""]), "%s - %s" % (c.clinic, phone(r, c.area)), "", "%s  (DOB %s)  Wt %s kg" % (pname(c), fdate(c.dob, 1), c.wt), "",
              "Epinephrine auto-injector %s" % epi, "Inject %s IM into outer thigh for anaphylaxis; may repeat once in 5-15 min. Call 911." % epi, "Disp: 2 two-packs (1 for home, 1 for school)   RF: 1",
              "", "Cetirizine 1 mg/mL oral solution", "Sig: %d mg PO once daily PRN hives" % (5 if c.wt < 25 else 10), "Disp: 120 mL  RF: 2", "", "Allergy action plan attached.", doc.sig()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- CORRESPONDENCE

FU_RECS = {
    "endo": ["continue basal-bolus insulin at current doses", "annual celiac and thyroid screening", "hemoglobin A1c every 3 months", "updated school diabetes plan"],
    "card": ["continue low-dose aspirin until the 6-week echocardiogram", "no activity restrictions", "routine immunizations may resume 11 months after IVIG"],
    "pulm": ["continue medium-dose inhaled corticosteroid", "spirometry at next visit", "annual influenza vaccine", "updated asthma action plan for school"],
    "id": ["no further antibiotics are needed", "routine follow-up with you", "repeat chest x-ray only if symptoms recur"],
    "neph": ["blood pressure check at each visit", "treat constipation aggressively", "urinalysis and culture with any future fever"],
    "ortho": ["home range-of-motion exercises", "return to sports in 4 weeks", "no further x-rays unless concerns"],
    "onc": ["continue protocol therapy", "weekly CBC during consolidation", "avoid live vaccines"],
    "neuro": ["no antiseizure medication", "seizure first aid reviewed with family", "rescue medication not needed"],
    "surg": ["no further surgical follow-up needed", "return to full activity", "call with any wound concerns"],
    "nicu": ["continue fortified feeds", "developmental follow-up as scheduled", "ophthalmology follow-up for ROP"],
}


def t_correspondence(r):
    c = pick_ctx(r, ADMIT + ["fs", "age", "abscess"])
    s = c.scen
    lay = r.randint(0, 6)
    doc = provider(r, s["consult"] or "gen") if s["consult"] else c.att
    d = c.ddate + TD(days=r.randint(1, 40))
    L = []
    if lay == 0:
        L += [letterhead(r, c, doc.spec), fdate(d, 3), "", c.pcp.sig(), c.clinic, "%s %s" % (pick(r, TOWNS), c.st), "", "Re: %s   DOB: %s" % (pname(c), fdate(c.dob, 0)), "",
              "Dear %s," % c.pcp.dr(), "",
              wrap("I had the pleasure of seeing %s in %s clinic today for follow-up of %s. %s %s" % (
                  c.first, doc.spec.replace("Pediatric ", "").lower(), s["short"], pick(r, ["Since discharge %s has done well." % c.v["he"], "The family reports steady improvement.",
                                                                                           "There have been no further episodes."]), pick(r, ["Exam today was normal.", "Growth is tracking along the %dth percentile." % r.randint(10, 90)]))), "",
              wrap("My recommendations are: %s. I would like to see %s again in %d months." % ("; ".join(r.sample(FU_RECS.get(s["consult"] or "neuro", FU_RECS["neuro"]), 2)), c.v["him"], r.randint(2, 12))), "",
              "Thank you for allowing me to participate in %s's care." % c.first, "", "Sincerely,", "", doc.sig(), doc.spec, "", "cc: %s %s (parent)" % (c.guardian.first, c.guardian.last)]
    elif lay == 1:
        L += [letterhead(r, c, clinic=True), fdate(d, 3), "", "To the parents/guardians of %s" % pname(c), c.street, "%s, %s %s" % (c.town, c.st, c.zip), "",
              "Dear %s %s," % (pick(r, ["Mr.", "Ms."]) if c.guardian.sex == "M" else "Ms.", c.guardian.last) if chance(r, .6) else "Dear Parent/Guardian,", "",
              wrap(pick(r, ["We are writing to share the results of %s's recent laboratory tests. %s Please call our office if you have any questions." % (c.first, pick(r, [
                  "All results were normal and no further action is needed.", "The lead level was slightly elevated; we recommend a repeat test in 3 months and a home lead assessment.",
                  "The hemoglobin was mildly low. Please give the iron drops as prescribed and return in 4 weeks for a recheck."])),
                            "Our records show that %s missed a scheduled appointment on %s. Regular follow-up is important. Please call %s to reschedule." % (c.first, fdate(d - TD(days=7), 3), phone(r, c.area)),
                            "Our records indicate %s is due for a well child visit and immunizations. Please call to schedule." % c.first])), "",
              "Sincerely,", "", c.pcp.sig(), c.clinic]
    elif lay == 2:
        L += [letterhead(r, c), fdate(d, 3), "", "%s Utilization Review / Appeals" % c.plan, "PO Box %d, %s, %s" % (r.randint(1000, 99999), pick(r, TOWNS), c.st), "",
              "RE: LETTER OF MEDICAL NECESSITY", "Patient: %s   DOB %s   Member ID %s" % (pname(c), fdate(c.dob, 0), c.memid), "",
              "To Whom It May Concern:", "", wrap("I am writing on behalf of my patient, %s, a %s %s with %s (%s), to request %s. %s Without this, %s is at risk for %s." % (
                  c.first, age_text(c.age_days), c.kid, s["dx"].lower(), s["icd"], pick(r, ["coverage of continuous glucose monitoring", "approval of palivizumab prophylaxis",
                                                                                            "authorization for specialty formula", "reconsideration of the denied inpatient stay",
                                                                                            "coverage of a home nebulizer and spacer"]),
                  "The child's condition and treatment are documented in the enclosed records.", c.v["he"], pick(r, ["rehospitalization", "serious hypoglycemia", "poor growth", "life-threatening complications"]))), "",
              "Please contact my office at %s with questions." % phone(r, c.area), "", "Respectfully,", "", doc.sig(), "Enclosures: clinic notes, discharge summary"]
    elif lay == 3:
        L += [c.clinic if chance(r, .5) else c.hosp["name"], fdate(d, 0), "", pick(r, ["To Whom It May Concern:", "RE: School attendance", "Dear School Nurse,"]), "",
              wrap(pick(r, ["%s was hospitalized at %s from %s to %s and may return to school on %s. %s" % (c.first, c.hosp["name"], fdate(c.date, 1), fdate(c.ddate, 1), fdate(c.ddate + TD(days=2), 1),
                                                                                                         pick(r, ["No PE or recess for 2 weeks.", "Please allow water bottle and bathroom access as needed.",
                                                                                                                  "May need to carry albuterol inhaler at school.", "Please allow elevator pass while in cast."])),
                            "Please excuse %s from school %s through %s due to illness. %s may return without restrictions." % (pname(c), fdate(c.date, 1), fdate(c.ddate, 1), c.v["He"])])), "",
              "Sincerely,", doc.sig() if chance(r, .5) else c.pcp.sig()]
    elif lay == 4:
        L += ["From: %s" % doc.sig(), "To: %s" % c.pcp.sig(), "Date: %s" % fdate(d, 0), "Subject: %s - %s" % (pname(c), pick(r, ["update", "results", "hospital follow-up"])), "",
              wrap("%s - just a quick note that %s (DOB %s) was %s. %s Please follow up %s. Happy to discuss. %s" % (
                  c.pcp.first, c.first, fdate(c.dob, 1), pick(r, ["discharged today", "seen in our clinic", "in the ED last night"]), assess_sentence(r, c),
                  s["followup"].lower(), pick(r, ["Thanks!", "Best,", "--"]))), "", doc.first]
    elif lay == 5:
        L += [letterhead(r, c, "Neonatal Intensive Care Unit" if s["key"] == "prem" else "Patient and Family Services"), fdate(d, 3), "",
              "Dear %s and %s," % (c.mom.first, c.dad.first) if chance(r, .7) else "Dear %s family," % c.last, "",
              wrap(pick(r, ["Thank you for allowing us to care for %s during %s hospital stay. We enjoyed getting to know your family. Enclosed is a copy of %s discharge summary for your records." % (c.first, c.v["his"], c.v["his"]),
                            "We are writing to follow up on your recent concerns about %s's care. We reviewed the events with the care team and would welcome the opportunity to meet with you." % c.first,
                            "Enclosed please find the records you requested. Per hospital policy, records are released to parents/legal guardians of minors."])), "",
              "Warm regards,", "", pick(r, [c.att.sig(), "Patient Relations Department", "The %s Care Team" % c.hosp["short"]])]
    else:
        L += [letterhead(r, c, doc.spec), fdate(d, 3), "", "%s\n%s" % (c.pcp.sig(), c.clinic), "", "RE: %s, DOB %s" % (pname(c), fdate(c.dob, 0)), "", "Dear Colleague:", "",
              wrap("This letter is to inform you that %s's care is being transferred to %s, as I am leaving %s effective %s. %s's records will remain available through our office." % (
                  c.first, provider(r, s["consult"] or "gen").sig(), c.hosp["name"], fdate(d + TD(days=30), 3), c.first) if chance(r, .5) else
                   "Results of %s's recent testing: %s. These are %s. No change to the plan is needed at this time." % (c.first, labs_brief(r, c), pick(r, ["reassuring", "consistent with the diagnosis", "improving"]))),
              "", "Sincerely,", doc.sig()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- CONSENT

def t_consent_form(r):
    lay = r.randint(0, 6)
    if lay in (0, 1):
        c = op_ctx(r)
        proc = F(c, c.op["name"])
        doc = c.surgeon
    else:
        c = pick_ctx(r, ADMIT + ["abscess", "fs"])
        proc = ""
        doc = c.att
    form = "%s-%04d (Rev %02d/%02d)" % (pick(r, ["MR", "CON", "F"]), r.randint(1, 9999), r.randint(1, 12), r.randint(3, 21))
    gs = "_______________________  %s (%s)   Date/Time: %s %s" % (c.guardian.full(), c.grel, fdate(c.date, 1), ftime(r))
    ws = "Witness: _______________  %s" % nurse(r).sig()
    interp_ = pick(r, ["Interpreter used: [ ] Yes  [X] No", "Interpreter: Spanish, ID #%d" % r.randint(1000, 99999), "Interpreter used: N/A"])
    L = []
    if lay == 0:
        L += [c.hosp["name"], pick(r, ["CONSENT FOR SURGERY OR PROCEDURE", "Authorization for Operation and/or Procedure", "INFORMED CONSENT - SURGICAL"]), form, "",
              "Patient: %s   DOB: %s   MRN: %s" % (pname(c), fdate(c.dob, 0), c.mrn), "",
              wrap("1. I, the parent/legal guardian of the above patient, authorize Dr. %s and such assistants (including residents, fellows and physician assistants) as may be selected, to perform "
                   "the following procedure: %s." % (doc.full(), proc)),
              wrap("2. The nature and purpose of the procedure, the risks (including but not limited to bleeding, infection, injury to nearby structures, need for additional procedures, "
                   "and risks of anesthesia), the expected benefits and reasonable alternatives, including no treatment, have been explained to me."),
              wrap("3. I consent to the administration of anesthesia and to blood transfusion if deemed necessary, except: ____________."),
              wrap("4. I consent to the disposal of any tissue removed, and to its use for education or research after diagnostic use is complete."),
              "5. No guarantee has been made to me as to the result of the procedure.", "", interp_, "", "Parent/Guardian signature: " + gs, ws, "",
              "Physician attestation: I have explained the above to the parent/guardian and answered questions.", "Physician: _______________ %s  %s" % (doc.sig(), fdate(c.date, 1))]
    elif lay == 1:
        L += [letterhead(r, c, "Department of Anesthesiology"), pick(r, ["CONSENT FOR ANESTHESIA SERVICES", "Anesthesia / Sedation Consent"]), "", "Patient name: %s   DOB %s" % (pname(c), fdate(c.dob, 0)),
              "Procedure: %s" % proc, "", "Type of anesthesia planned:  [X] General  [%s] Regional  [ ] Moderate/deep sedation  [ ] MAC" % ("X" if "caudal" in c.op["anes"] else " "), "",
              wrap("Common risks: sore throat, nausea/vomiting, emergence agitation, dental injury. Less common: breathing problems, allergic reaction, awareness. Rare: brain injury, death. "
                   "FDA warning about repeated or lengthy anesthesia in children under 3 years has been discussed."), "",
              "I have read this form or had it read to me and my questions have been answered.", "Signature of parent/guardian: " + gs, "Anesthesiologist: %s" % c.anesth.sig()]
    elif lay == 2:
        L += [c.hosp["name"], pick(r, ["CONSENT FOR TRANSFUSION OF BLOOD AND BLOOD PRODUCTS", "Blood Product Transfusion Consent"]), form, "", "Patient: %s  MRN %s" % (pname(c), c.mrn), "",
              "Products: [X] Red blood cells  [X] Platelets  [ ] Plasma  [ ] Cryoprecipitate  [ ] IVIG" if c.scen["key"] != "kawasaki" else "Products: [X] Intravenous immune globulin (IVIG)",
              "This consent is valid for: [ ] this transfusion only  [X] this admission  [ ] course of treatment up to 12 months", "",
              wrap("Risks explained include fever, allergic reaction, hemolytic reaction, transfusion-related lung injury, volume overload, and transmission of infection "
                   "(HIV approx 1 in 2 million, hepatitis C approx 1 in 1 million, hepatitis B approx 1 in 300,000). Alternatives discussed."), "",
              "[ ] I REFUSE blood transfusion (refusal form completed)", "", "Parent/Guardian: " + gs, ws, "Provider: %s" % doc.sig()]
    elif lay == 3:
        L += [c.clinic if chance(r, .6) else c.hosp["name"], pick(r, ["VACCINE ADMINISTRATION CONSENT", "Immunization Consent and VIS Acknowledgment"]), "", "Child: %s   DOB: %s" % (pname(c), fdate(c.dob, 0)), "",
              "Vaccines to be given today:"] + ["  [X] %s   VIS edition date %s" % (v, fdate(D(r.randint(2018, 2021), r.randint(1, 12), 1), 1)) for v in
                                              r.sample(["DTaP", "IPV", "Hib", "PCV13", "Hepatitis B", "MMR", "Varicella", "Hepatitis A", "Influenza", "Tdap", "HPV", "MenACWY"], r.randint(2, 4))] + [
              "", "Screening: [ ] sick today  [ ] allergy to vaccine component  [ ] prior serious reaction  [ ] immunocompromised  [ ] received blood products in past year",
              "", wrap("I have received and read (or had explained to me) the Vaccine Information Statement(s). I understand the benefits and risks and request that the vaccine(s) be given to my child."),
              "", "Parent/guardian: " + gs, "Administered by: %s" % nurse(r, pick(r, ["RN", "LPN", "CMA"])).sig()]
    elif lay == 4:
        L += [c.hosp["name"], pick(r, ["AUTHORIZATION FOR PHOTOGRAPHY, VIDEO AND MEDIA", "Photo/Video Consent - Child Life and Marketing"]), "", "Patient: %s  DOB %s" % (pname(c), fdate(c.dob, 0)), "",
              "I authorize %s to photograph/record my child for the following purposes:" % c.hosp["name"],
              "  [X] Medical record / clinical care   [%s] Education of health professionals   [%s] Hospital publications, website and social media" % (pick(r, "X "), pick(r, "X ")),
              "  [ ] News media", "Use of name: [ ] first name only  [ ] full name  [X] no name", "", "This authorization expires %s. I may revoke it in writing at any time." % fdate(c.date + TD(days=365 * 2), 3),
              "", "Parent/Guardian: " + gs, "Patient assent (age 7+): _______________"]
    elif lay == 5:
        L += [c.hosp["name"], "Institutional Review Board Approved  Protocol #%d-%04d" % (c.date.year, r.randint(1, 9999)), pick(r, ["ASSENT TO PARTICIPATE IN RESEARCH (ages 7-12)", "Parental Permission and Child Assent Form"]), "",
              "Study title: %s" % pick(r, ["Outcomes of High-Flow Nasal Cannula in Bronchiolitis", "A Registry of Children with New-Onset Type 1 Diabetes", "Coronary Outcomes after Kawasaki Disease",
                                          "Pain Control after Pediatric Appendectomy"]), "Principal investigator: %s" % provider(r, c.scen["svc"]).sig(), "",
              wrap("We are asking you to be in a research study because you have %s. If you agree, we will %s. You can say no, and nobody will be mad at you. You can stop at any time." % (
                  c.scen["short"], pick(r, ["look at your medical chart", "take one extra tube of blood when you already have blood drawn", "ask you some questions about how you feel"]))), "",
              "Do you have any questions?  [ ] Yes  [ ] No", "", "Child's name (printed): %s   Signature: _______________   Date %s" % (pname(c), fdate(c.date, 1)),
              "Parent/guardian permission: " + gs, "Person obtaining consent: %s" % Person(pick(r, ADULT_F), pick(r, LAST), "CCRC", "Research", "F").sig()]
    else:
        L += [c.hosp["name"], pick(r, ["CONSENT FOR TREATMENT AND FINANCIAL RESPONSIBILITY", "General Consent for Treatment of a Minor", "CONDITIONS OF ADMISSION"]), form, "",
              "Patient: %s   DOB %s   Account %s" % (pname(c), fdate(c.dob, 0), c.acct), "",
              wrap("CONSENT TO TREATMENT: I consent to routine diagnostic procedures, hospital care and medical treatment for the above-named minor as ordered by the attending physician and "
                   "designees, including residents and students at this teaching hospital."), "",
              wrap("ASSIGNMENT OF BENEFITS: I assign insurance benefits to %s and its physicians and accept financial responsibility for charges not paid by insurance." % c.hosp["name"]), "",
              wrap("NOTICE OF PRIVACY PRACTICES: I acknowledge receipt of the Notice of Privacy Practices."), "", "Valuables: [X] sent home  [ ] in safe", "",
              "Signature of parent/legal guardian: " + gs, "Relationship to patient: %s" % c.grel, "Registrar: %s" % nurse(r, "Patient Access").init()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- REFERRAL

REF_REASONS = {
    "card": ("Pediatric Cardiology", "Heart murmur, grade 2/6 systolic, evaluate for structural disease", "R01.1"),
    "gi": ("Pediatric Gastroenterology", "Chronic abdominal pain and poor weight gain; positive tTG-IgA", "R10.84"),
    "neuro": ("Pediatric Neurology", "Recurrent headaches / episodes of staring", "G43.909"),
    "endo": ("Pediatric Endocrinology", "Short stature, height < 3rd percentile with delayed bone age", "R62.52"),
    "ent": ("Pediatric ENT", "Recurrent AOM (5 episodes in 6 months) / snoring with witnessed apnea", "H66.93"),
    "pulm": ("Pediatric Pulmonology", "Persistent asthma, poorly controlled on low-dose ICS", "J45.40"),
    "uro": ("Pediatric Urology", "Undescended testis, left", "Q53.10"),
    "dev": ("Developmental-Behavioral Pediatrics", "Speech delay; failed M-CHAT-R at 18 months", "F80.9"),
    "ei": ("Early Intervention Program", "Gross motor delay; former %d-week preterm infant", "R62.0"),
    "ortho": ("Pediatric Orthopaedics", "In-toeing / limp, evaluate", "R26.89"),
}


def t_referral_letter(r):
    c = make_ctx(r, "fs", age_days=r.randint(60, 6000))
    c.scen = dict(c.scen, exam={}, fever=36.9, hr=0, rr=0)
    rk = pick(r, list(REF_REASONS))
    svc, reason, icd = REF_REASONS[rk]
    if "%d" in reason:
        reason = reason % r.randint(28, 34)
    to = provider(r, rk if rk in SPECIALTIES else "gen")
    lay = r.randint(0, 5)
    urg = pick(r, ["Routine", "Routine", "Urgent (within 2 weeks)", "Soon"])
    L = []
    if lay == 0:
        L += [letterhead(r, c, clinic=True), fdate(c.date, 3), "", "%s\n%s, %s" % (to.sig(), svc, c.hosp["name"]), "", "RE: %s   DOB %s" % (pname(c), fdate(c.dob, 0)), "",
              "Dear %s," % to.dr(), "",
              wrap("I am referring %s, a %s %s, for evaluation of %s. %s %s" % (c.first, age_text(c.age_days), c.kid, reason.lower(),
                                                                              pick(r, ["Symptoms have been present for approximately %d months." % r.randint(2, 12), "This was first noted at the %s well visit." % pick(r, ["12 month", "4 year", "9 month"])]),
                                                                              pick(r, ["Growth and development are otherwise normal.", "Family history is noncontributory.", "The family is anxious and would appreciate a timely evaluation."]))), "",
              "Current medications: %s. Allergies: %s." % (pick(r, ["none", "cetirizine", "fluticasone/albuterol", "polyethylene glycol"]), c.allergies),
              "Pertinent results enclosed: %s." % pick(r, ["growth chart", "recent labs", "x-ray report", "audiology report"]), "",
              "Thank you for seeing this patient. Please send your recommendations to my office (fax %s)." % phone(r, c.area), "", "Sincerely,", "", c.pcp.sig(), c.clinic]
    elif lay == 1:
        L += [pick(r, ["REFERRAL REQUEST", "Outpatient Referral Form", "SPECIALTY REFERRAL / AUTHORIZATION REQUEST"]), c.clinic, "Fax to: %s   Phone: %s" % (phone(r), phone(r)), "",
              "Patient: %s   DOB: %s   Sex: %s" % (pname(c, 2), fdate(c.dob, 0), sexw(c)), "Parent/guardian: %s   Phone: %s" % (c.guardian.full(), c.phone),
              "Insurance: %s   ID: %s   Auth #: %s" % (c.plan, c.memid, pick(r, ["pending", "%d" % r.randint(10 ** 6, 10 ** 7), "not required"])), "",
              "Referred to: %s - %s" % (svc, to.sig()), "Diagnosis/ICD-10: %s (%s)" % (reason, icd), "Urgency: %s" % urg, "Number of visits requested: %s" % pick(r, ["1 consult", "consult + 3 follow-up", "6"]), "",
              "Clinical question: %s" % pick(r, ["Please evaluate and treat.", "Evaluate and advise; co-management welcome.", "Consult only, return to PCP."]), "",
              "Referring provider: %s  NPI 1%09d" % (c.pcp.sig(), r.randint(0, 999999999)), "Signature: ____________  Date: %s" % fdate(c.date, 1)]
    elif lay == 2:
        L += ["%s - %s" % (pick(r, ["Referral to Early Intervention (Part C)", "Birth-to-Three Referral Form"]), pick(r, ["County", "State"])), "",
              "Child: %s   DOB %s   Age %s" % (pname(c), fdate(c.dob, 0), age_text(c.age_days, 1)), "Parent: %s  Phone %s  Language: %s" % (c.guardian.full(), c.phone, pick(r, ["English", "Spanish"])),
              "Address: %s, %s, %s %s" % (c.street, c.town, c.st, c.zip), "", "Area(s) of concern: [%s] Gross motor [%s] Fine motor [%s] Speech/language [ ] Social-emotional [ ] Feeding" % (
                  pick(r, "X "), pick(r, "X "), pick(r, "X ")), "Reason: %s" % reason, "Screening tool: %s" % pick(r, ["ASQ-3 below cutoff in communication and gross motor", "M-CHAT-R/F positive", "Clinical concern"]),
              "Parent aware of and agrees with referral: YES", "", "Referring: %s, %s  Fax %s" % (c.pcp.sig(), c.clinic, phone(r, c.area))]
    elif lay == 3:
        L += [ehr_header(r, c, "Referral"), "", "Outgoing referral - %s" % svc, "Ordered: %s by %s" % (fdate(c.date, 0), c.pcp.sig()), "Priority: %s" % urg, "",
              "Reason for referral: " + reason, "", "Clinical summary: " + wrap("%s %s seen for %s. Vitals today %s. %s" % (age_text(c.age_days, 1), sexw(c), reason.lower(), vitals_line(r, c, style=2),
                                                                                                             pick(r, ["Exam otherwise unremarkable.", "Growth chart attached."]))),
              "", "Referral status: %s" % pick(r, ["Sent", "Authorized", "Scheduled %s" % fdate(c.date + TD(days=r.randint(10, 60)), 1)])]
    elif lay == 4:
        c2 = make_ctx(r, "prem")
        c = c2
        L += [letterhead(r, c, "NICU"), fdate(c.ddate, 3), "", "Neonatal Developmental Follow-Up Program", "Referral for: Baby %s %s (%s)  DOB %s" % ("Boy" if c.sex == "M" else "Girl", c.last, c.first, fdate(c.dob, 0)), "",
              "Eligibility criteria met: [%s] BW < 1500 g  [%s] GA < 32 weeks  [ ] HIE/cooling  [ ] ECMO  [ ] complex surgery" % ("X" if c.bw < 1500 else " ", "X" if c.ga < 32 else " "),
              "GA %d %d/7 wk, BW %d g. NICU course: RDS, apnea of prematurity, hyperbilirubinemia." % (c.ga, c.gad, c.bw), "Please schedule at %d months corrected age." % r.choice([4, 6, 12]), "",
              "Referring neonatologist: %s" % provider(r, "nicu").sig()]
    else:
        L += [c.hosp["name"], "Emergency Department", "", "ED Follow-up Referral", "Date: %s" % fdate(c.date, 1), "",
              "To: %s clinic" % svc, "Patient %s, DOB %s, was seen in our ED today for %s." % (pname(c), fdate(c.dob, 1), reason.lower()),
              "Please see within: %s" % pick(r, ["3-5 days", "1 week", "2 weeks"]), "ED diagnosis: %s" % reason, "", "ED provider: %s" % provider(r, "em").sig(),
              "Family instructed to call %s to schedule." % phone(r, c.area)]
    return finalize(r, c, "\n".join(x for x in L if x is not None))

# ------------------------------------------------------------- ADVANCE DIRECTIVE

LIFE_LIMITING = [("Spinal muscular atrophy type 1", "G12.0"), ("Trisomy 18", "Q91.3"), ("Hypoxic-ischemic encephalopathy with spastic quadriplegia", "P91.60"),
                 ("Relapsed refractory neuroblastoma", "C74.90"), ("Hypoplastic left heart syndrome, post-Fontan with failing circulation", "Q23.4"),
                 ("Duchenne muscular dystrophy", "G71.01"), ("Cerebral palsy, spastic quadriplegic, with chronic respiratory failure", "G80.0")]


def t_advance_directive(r):
    lay = r.randint(0, 5)
    adult = lay == 3
    c = make_ctx(r, "fs", age_days=r.randint(6600, 7600) if adult else r.randint(100, 6000))
    dx, icd = pick(r, LIFE_LIMITING)
    pal = provider(r, "palliative")
    gs = "%s (%s)" % (c.guardian.full(), c.grel)
    L = []
    if lay == 0:
        L += [pick(r, ["%s MEDICAL ORDERS FOR LIFE-SUSTAINING TREATMENT (MOLST) - PEDIATRIC" % c.st, "PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)"]),
              "FIRST follow these orders, THEN contact physician. A copy of the signed form is a legal order.", "", "Patient: %s   DOB: %s   Gender: %s" % (pname(c, 2), fdate(c.dob, 0), sexw(c)),
              "Medical condition: %s" % dx, "",
              "A. CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing)", "   [%s] Attempt resuscitation/CPR   [%s] Do Not Attempt Resuscitation/DNR" % (" ", "X"), "",
              "B. MEDICAL INTERVENTIONS (patient has pulse and/or is breathing)", "   [%s] Comfort measures only   [%s] Limited additional interventions   [ ] Full treatment" % pick(r, [("X", " "), (" ", "X")]),
              "   Additional orders: %s" % pick(r, ["BiPAP acceptable; no intubation", "No transfer to hospital unless comfort cannot be achieved at home", "Suction and oxygen for comfort"]), "",
              "C. ARTIFICIALLY ADMINISTERED NUTRITION", "   [ ] No artificial nutrition  [X] Continue existing G-tube feeds  [ ] Long-term artificial nutrition", "",
              "D. DISCUSSED WITH: [X] Parent/legal guardian  [ ] Patient  [ ] Court-appointed guardian", "Parent/guardian signature: _______________  %s  Date %s" % (gs, fdate(c.date, 1)),
              "Physician signature: _______________  %s  Phone %s" % (pal.sig(), phone(r, c.area)), "", "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED"]
    elif lay == 1:
        L += [c.hosp["name"], pick(r, ["DO NOT ATTEMPT RESUSCITATION (DNAR) ORDER - INPATIENT", "Resuscitation Status / Limitation of Treatment Order"]), "",
              "Patient: %s  MRN %s  Unit %s" % (pname(c), c.mrn, pick(r, ["PICU", "5 North", "NICU"])), "Diagnosis: %s (%s)" % (dx, icd), "",
              "In the event of cardiopulmonary arrest:", "  [X] No chest compressions   [X] No defibrillation   [X] No intubation   [%s] No vasoactive medications" % pick(r, "X "),
              "  [%s] May provide: oxygen, suctioning, analgesia, anxiolysis" % "X", "", wrap("This order was discussed with %s, who agree(s) that the burdens of resuscitation outweigh the "
                                                                                              "benefits given the child's condition. Ethics consultation: %s." % (gs, pick(r, ["not requested", "completed %s" % fdate(c.date, 1)]))),
              "", "Attending physician: %s   Date/time %s %s" % (pal.sig(), fdate(c.date, 0), ftime(r)), "Second physician: %s" % provider(r, "picu").sig(), "This order remains in effect until rescinded."]
    elif lay == 2:
        L += [letterhead(r, c, "Pediatric Advanced Care Team (Palliative Care)"), pick(r, ["Goals of Care Conversation - Documentation", "Advance Care Planning Note", "Family Meeting: Goals of Care"]), "",
              "Patient: %s   DOB %s   Date %s" % (pname(c), fdate(c.dob, 0), fdate(c.date, 0)), "Participants: %s; %s; %s; %s" % (gs, pal.sig(), nurse(r).sig(), pick(r, ["chaplain", "social worker", "primary oncologist"])), "",
              wrap("Understanding of illness: Parents understand that %s has %s, a progressive, life-limiting condition. Hopes: \"for %s to be comfortable and at home with family\". "
                   "Worries: suffering, breathing difficulty at the end of life. Values: being together, faith community." % (c.first, dx.lower(), c.v["him"])), "",
              "Decisions made:", "  - Code status changed to DNAR with comfort-focused care", "  - Prefer location of death: %s" % pick(r, ["home with hospice", "hospital", "undecided"]),
              "  - Home hospice referral to %s Pediatric Hospice" % pick(r, TOWNS), "  - Out-of-hospital POLST completed and copy given to family", "", "Time spent: %d minutes, > 50%% counseling." % r.randint(60, 120),
              esign(r, c, pal, c.date, 0)]
    elif lay == 3:
        agent = c.guardian
        L += [pick(r, ["HEALTH CARE PROXY", "DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "ADVANCE DIRECTIVE FOR HEALTH CARE (Young Adult Transition Clinic)"]), "", 
              "I, %s, born %s, being 18 years of age or older and of sound mind, hereby appoint:" % (pname(c), fdate(c.dob, 3)),
              "  Health care agent: %s, relationship: %s, phone %s" % (agent.full(), c.grel.split(" ")[0].lower(), c.phone), "  Alternate agent: %s %s" % (pick(r, ADULT_F + ADULT_M), pick(r, LAST)), "",
              wrap("to make any and all health care decisions for me, except to the extent I state otherwise, if I become unable to make my own decisions. My agent knows my wishes about "
                   "artificial nutrition and hydration."), "", "My wishes: %s" % pick(r, ["I want all treatments that may help me live longer.", "I do not want to be kept alive on machines if I will not get better.",
                                                                                       "I want my care team at %s to continue to be involved." % c.hosp["name"]]),
              "Condition: %s" % dx, "", "Signature: __________________  Date %s" % fdate(c.date, 1), "Witness 1: __________________ (not the agent)", "Witness 2: __________________", "Notary (optional): ____________"]
    elif lay == 4:
        L += [pick(r, ["My Wishes (for children and teens)", "Voicing My Choices - A Planning Guide for Adolescents", "MY CARE PLAN - In My Own Words"]), "", "Name: %s   Age %s" % (c.first, age_text(c.age_days, 1)), "",
              "How I want people to treat me: %s" % pick(r, ["Talk to me, not just my parents", "Tell me the truth", "Let me keep my blanket with me"]),
              "What I want people to know about me: %s" % pick(r, ["I love dinosaurs and my dog Biscuit", "I am funny", "I play the keyboard"]),
              "If I get very sick I want: %s" % pick(r, ["my mom and dad with me", "music playing", "to be at home in my own room"]),
              "Things I do NOT want: %s" % pick(r, ["a breathing tube again", "to be alone", "lots of pokes"]), "", "Written with help from: %s, Child Life Specialist" % Person(pick(r, ADULT_F), pick(r, LAST), "CCLS", "Child Life", "F").full(),
              "Parent acknowledgement: %s  %s" % (gs, fdate(c.date, 1))]
    else:
        L += [pick(r, ["OUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER", "EMS DNR / Comfort Care Order - Minor"]), "%s Department of Health - EMS Division" % c.st, "", "Patient (minor): %s  DOB %s" % (pname(c), fdate(c.dob, 0)),
              "Address: %s, %s, %s" % (c.street, c.town, c.st), "", wrap("I, the undersigned physician, certify that the above patient has %s, a terminal/irreversible condition, and that the "
                                                                          "legal guardian has consented to this order. EMS personnel shall not initiate CPR." % dx.lower()),
              "", "Physician: %s  License # %s%06d   Date %s" % (pal.sig(), c.st, r.randint(0, 999999), fdate(c.date, 1)), "Parent/legal guardian: %s ____________" % gs,
              "DNR ID bracelet issued: %s" % pick(r, ["yes", "no"]), "", "Form must be readily available to EMS. Photocopies valid."]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- IMMUNIZATION RECORD

SCHED = [("Hepatitis B", [0, 60, 180]), ("Rotavirus (RV5)", [60, 120, 180]), ("DTaP", [60, 120, 180, 480, 1500]), ("Hib (PRP-T)", [60, 120, 180, 400]),
         ("Pneumococcal conjugate (PCV13)", [60, 120, 180, 400]), ("Polio (IPV)", [60, 120, 180, 1500]), ("Influenza", [200, 230, 600, 960, 1330, 1700]),
         ("MMR", [370, 1500]), ("Varicella", [370, 1500]), ("Hepatitis A", [370, 560]), ("Tdap", [4100]), ("HPV", [4100, 4400]), ("Meningococcal ACWY", [4100, 5850])]
MFR = {"Hepatitis B": ["Engerix-B", "Recombivax HB"], "Rotavirus (RV5)": ["RotaTeq"], "DTaP": ["Infanrix", "Daptacel"], "Hib (PRP-T)": ["ActHIB", "Hiberix"],
       "Pneumococcal conjugate (PCV13)": ["Prevnar 13"], "Polio (IPV)": ["IPOL"], "Influenza": ["Fluzone Quadrivalent", "FluLaval", "Afluria"], "MMR": ["M-M-R II"],
       "Varicella": ["Varivax"], "Hepatitis A": ["Havrix", "Vaqta"], "Tdap": ["Boostrix", "Adacel"], "HPV": ["Gardasil 9"], "Meningococcal ACWY": ["Menactra", "Menveo"]}


def shots(r, c):
    out = []
    for name, ages in SCHED:
        for i, a in enumerate(ages):
            if a <= c.age_days:
                d = c.dob + TD(days=a + r.randint(0, 25))
                if d <= c.date:
                    out.append((name, i + 1, d))
    out.sort(key=lambda x: x[2])
    return out


def t_immunization_record(r):
    c = make_ctx(r, "fs", age_days=r.randint(1, 6200))
    for _ in range(30):
        if c.dob >= D(2002, 1, 1):
            break
        c = make_ctx(r, "fs", age_days=r.randint(1, 6200))
    lay = r.randint(0, 5)
    sh = shots(r, c)
    L = []
    if lay == 0:
        L += ["%s IMMUNIZATION INFORMATION SYSTEM" % pick(r, ["STATEWIDE", c.st]), "Official Immunization Record - Patient History Report", "Report date: %s" % fdate(c.date, 0), "",
              "Name: %s   DOB: %s   Sex: %s   Registry ID: %d" % (pname(c, 1), fdate(c.dob, 0), sexw(c), r.randint(10 ** 7, 10 ** 8)), "Mother's first name: %s   Address: %s, %s" % (c.mom.first, c.town, c.st), "",
              "%-32s %-5s %-11s %s" % ("Vaccine", "Dose", "Date given", "Provider/Source")]
        for n, i, d in sh:
            L.append("%-32s %-5s %-11s %s" % (n, "#%d" % i, fdate(d, 0), pick(r, [c.clinic, c.hosp["short"], "Historical (parent record)", c.clinic])))
        L += ["", "Recommended/Due: %s" % pick(r, ["Influenza (seasonal)", "None at this time", "MMR #2, Varicella #2 at 4-6 yrs", "Tdap, HPV, MenACWY at 11-12 yrs"]),
              "This record is valid for school and child care entry."]
    elif lay == 1:
        L += [c.clinic, pick(r, ["VACCINE ADMINISTRATION RECORD", "Immunization Administration Log"]), "Patient: %s  DOB %s  VFC eligibility: %s" % (pname(c), fdate(c.dob, 0), pick(r, ["Medicaid", "Not eligible (private ins)", "Uninsured"])), "",
              "%-10s %-22s %-13s %-10s %-6s %-5s %s" % ("Date", "Vaccine", "Manufacturer", "Lot #", "Site", "Route", "VIS date / Given by")]
        for n, i, d in sh[-r.randint(2, min(8, max(2, len(sh)))):] if sh else []:
            L.append("%-10s %-22s %-13s %-10s %-6s %-5s %s / %s" % (fdate(d, 1), n[:22], pick(r, MFR[n]), "%s%d%s" % (pick(r, "UJLTAK"), r.randint(100, 999), pick(r, "ABCDE")),
                                                                    pick(r, ["LT", "RT", "LD", "RD", "PO"]) if "Rota" not in n else "PO", "IM" if "Rota" not in n else "PO", fdate(D(max(2008, d.year - 1), r.randint(1, 12), 1), 1), nurse(r).init()))
        if not sh:
            L.append("%-10s %-22s %-13s %-10s %-6s %-5s %s" % (fdate(c.dob, 1), "Hepatitis B", "Engerix-B", "X%d" % r.randint(100, 999), "RT", "IM", "NB nursery"))
        L += ["", "Reactions: %s" % pick(r, ["none reported", "low-grade fever after 4 month vaccines", "none"])]
    elif lay == 2:
        L += [pick(r, ["CERTIFICATE OF IMMUNIZATION", "%s SCHOOL IMMUNIZATION CERTIFICATE" % c.st, "Certificate of Immunization Status (CIS)"]), "To be completed by health care provider", "",
              "Student: %s   DOB %s   School: %s %s" % (pname(c), fdate(c.dob, 0), pick(r, TOWNS), pick(r, ["Elementary", "Middle School", "Child Care Center"])), ""]
        byv = {}
        for n, i, d in sh:
            byv.setdefault(n, []).append(fdate(d, 1))
        for n, _ in SCHED:
            L.append("%-32s %s" % (n, "  ".join(byv.get(n, [])) or "-----"))
        L += ["", "Varicella disease history: [ ] yes  [X] no", "Medical exemption: [ ] yes", "Status: [%s] Complete for age  [%s] Conditional" % (pick(r, ["X", "X", " "]), " "),
              "", "Provider signature/stamp: %s  %s" % (c.pcp.sig(), fdate(c.date, 1))]
    elif lay == 3:
        L += [c.hosp["name"], "Newborn Nursery - Immunization and Screening Record", "", "Infant: Baby %s %s   DOB %s   MRN %s" % ("Boy" if c.sex == "M" else "Girl", c.last, fdate(c.dob, 0), c.mrn),
              "Hepatitis B vaccine (Engerix-B 10 mcg/0.5 mL) IM R thigh   Date %s  Time %s  Lot %s%d  Given by %s" % (fdate(c.dob, 1), ftime(r), pick(r, "AXJ"), r.randint(1000, 9999), nurse(r).sig()),
              "Maternal HBsAg: %s   HBIG: %s" % (pick(r, ["negative", "negative", "unknown"]), pick(r, ["not indicated", "given within 12 hours"])),
              "Vitamin K (phytonadione) 1 mg IM: given %s" % ftime(r), "Erythromycin ophthalmic ointment: given", "Hearing screen: %s" % pick(r, ["PASS bilaterally", "REFER left - outpatient rescreen"]),
              "CCHD pulse ox screen: PASS (RH %d%%, foot %d%%)" % (r.randint(97, 100), r.randint(97, 100)), "Newborn metabolic screen collected: %s at %d hrs" % (fdate(c.dob + TD(days=1), 1), r.randint(24, 36)),
              "Parent given immunization card: yes"]
    elif lay == 4:
        L += ["IMMUNIZATION RECORD (parent-held card)", "", "Name: %s" % pname(c), "Birth date: %s" % fdate(c.dob, 1), "", "Vaccine           Date       Doctor/Clinic"]
        for n, i, d in sh:
            L.append("%-17s %-10s %s" % (n.split(" ")[0][:17], fdate(d, 1), pick(r, [c.pcp.last, c.clinic.split(" ")[0], "HD"])))
        L += ["", "Keep this record in a safe place. Bring to every visit."]
    else:
        L += [ehr_header(r, c, "Immunizations"), "", "Immunization History / Forecast", ""]
        byv = {}
        for n, i, d in sh:
            byv.setdefault(n, []).append(d)
        for n, ages in SCHED:
            got = byv.get(n, [])
            due = [a for a in ages if a > c.age_days]
            L.append("%-32s given: %-40s next due: %s" % (n, ", ".join(fdate(x, 1) for x in got) or "none", fdate(c.dob + TD(days=due[0]), 1) if due else "complete"))
        L += ["", "Forecast per ACIP schedule. Reviewed by %s" % c.pcp.sig()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- REGISTRATION

def t_registration_form(r):
    c = make_ctx(r, pick(r, list(SCEN_BY)))
    lay = r.randint(0, 5)
    emp = pick(r, ["Tri-County Logistics", "Self-employed", "Unemployed", "Eastbrook School District", "Riverside Manufacturing", "Homemaker", "%s Regional Medical Center" % pick(r, TOWNS)])
    L = []
    g2 = c.dad if c.guardian is c.mom else c.mom
    if lay == 0:
        L += [c.hosp["name"], pick(r, ["PATIENT REGISTRATION / FACE SHEET", "INPATIENT FACE SHEET", "ADT Face Sheet"]), "Printed %s %s" % (fdate(c.date, 0), ftime(r)), "",
              "PATIENT", "  Name: %s   MRN: %s   Acct: %s" % (pname(c, 1), c.mrn, c.acct), "  DOB: %s  Age: %s  Sex: %s  Race: %s  Ethnicity: %s" % (
                  fdate(c.dob, 0), age_text(c.age_days, 1), sexw(c), pick(r, ["White", "Black", "Asian", "Declined", "Other"]), pick(r, ["Not Hispanic", "Hispanic", "Unknown"])),
              "  Address: %s, %s, %s %s   Phone: %s" % (c.street, c.town, c.st, c.zip, c.phone), "  Language: %s   Religion: %s" % (pick(r, ["English", "Spanish"]), pick(r, ["None", "Catholic", "Baptist", "Declined"])), "",
              "ENCOUNTER", "  Admit: %s %s   Type: %s   Unit/Bed: %s" % (fdate(c.date, 0), ftime(r), pick(r, ["Inpatient", "Observation", "Emergency", "Outpatient surgery"]), pick(r, ["4W-412A", "PICU-07", "NICU-22", "5N-520"])),
              "  Attending: %s   PCP: %s" % (c.att.sig(), c.pcp.sig()), "  Admit Dx: %s" % c.scen["short"], "",
              "GUARANTOR", "  %s   Rel: %s   Employer: %s" % (c.guardian.full(), c.grel, emp), "",
              "INSURANCE", "  Primary: %s (%s)  ID %s  Group %s" % (c.plan, c.ptype, c.memid, c.group or "n/a"), "  Subscriber: %s   DOB %s" % (c.guardian.full() if c.ptype not in ("MEDICAID", "CHIP") else pname(c), fdate(D(c.dob.year - r.randint(20, 38), r.randint(1, 12), r.randint(1, 28)), 0)), "",
              "EMERGENCY CONTACT", "  %s (%s)  %s" % (g2.full(), "Father" if g2 is c.dad else "Mother", phone(r, c.area)), "", "Advance directive: %s   Consent on file: Y   NPP given: Y" % "N/A - minor"]
    elif lay == 1:
        L += [letterhead(r, c, clinic=True), pick(r, ["NEW PATIENT REGISTRATION", "Patient Information Form", "Child's Information Sheet - please print"]), "",
              "Child's legal name: %s   Preferred name: %s" % (pname(c), pick(r, [c.first, c.first[:3], ""])), "Date of birth: %s   Sex: [%s] M  [%s] F" % (fdate(c.dob, 1), "X" if c.sex == "M" else " ", "X" if c.sex == "F" else " "),
              "Home address: %s   City %s  State %s  Zip %s" % (c.street, c.town, c.st, c.zip), "", "Parent/Guardian #1: %s   Relationship: %s" % (c.guardian.full(), c.grel),
              "  Cell: %s   Email: %s@%s.com   Employer: %s" % (c.phone, (c.guardian.first[0] + c.guardian.last).lower(), pick(r, ["mailbox", "inbox", "netmail"]), emp),
              "Parent/Guardian #2: %s   Phone: %s" % (g2.full(), phone(r, c.area)), "Who does the child live with? %s" % pick(r, ["both parents", "mother", "father", "grandparents"]),
              "Custody papers on file? %s" % pick(r, ["N/A", "Yes", "No"]), "", "Previous pediatrician: %s" % pick(r, ["none", "Dr. " + pick(r, LAST)]), "Preferred pharmacy: %s" % pick(r, PHARMACIES),
              "Insurance: %s   Member ID: %s   Policy holder: %s" % (c.plan, c.memid, c.guardian.full()), "How did you hear about us? %s" % pick(r, ["friend", "insurance directory", "hospital referral"]), "",
              "Signature of parent/guardian: ______________   Date: %s" % fdate(c.date, 1)]
    elif lay == 2:
        L += ["REGISTRATION UPDATE", "%s   %s" % (c.clinic, fdate(c.date, 0)), "", "Patient %s (MRN %s) - demographics verified at check-in" % (pname(c), c.mrn),
              "Address changed: [%s]   Phone changed: [%s]   Insurance changed: [%s]" % (pick(r, "X "), pick(r, "X "), pick(r, "X ")), "New address: %s, %s %s %s" % (c.street, c.town, c.st, c.zip),
              "New insurance: %s  ID %s  eff %s" % (c.plan, c.memid, fdate(D(c.date.year, 1, 1), 1)), "Photo ID of guardian: %s" % pick(r, ["driver license scanned", "state ID", "not available"]),
              "Copay collected: $%d   Method: %s" % (pick(r, [0, 0, 20, 25, 35]), pick(r, ["card", "cash", "n/a"])), "Registrar: %s" % Person(pick(r, ADULT_F), pick(r, LAST), "", "", "F").full()]
    elif lay == 3:
        L += [c.hosp["name"], "NICU ADMISSION REGISTRATION", "", "Infant: Baby %s %s   MRN %s   DOB %s %s" % ("Boy" if c.sex == "M" else "Girl", c.last, c.mrn, fdate(c.dob, 0), ftime(r)),
              "Mother: %s   DOB %s   Mother's MRN %s" % (c.mom.full(), fdate(D(c.dob.year - r.randint(18, 40), r.randint(1, 12), r.randint(1, 28)), 0), "%08d" % r.randint(0, 99999999)),
              "Father: %s" % c.dad.full(), "Address: %s, %s, %s %s" % (c.street, c.town, c.st, c.zip), "Insurance: newborn added under mother's policy - %s %s" % (c.plan, c.memid),
              "Birth facility: %s" % pick(r, [c.hosp["name"], "%s Community Hospital (outborn)" % pick(r, TOWNS)]), "Passcode for phone updates: %04d" % r.randint(0, 9999),
              "Security tag: HUGS #%d" % r.randint(100, 999)]
    elif lay == 4:
        L += ["EMERGENCY DEPARTMENT QUICK REGISTRATION", "%s %s" % (fdate(c.date, 1), ftime(r)), "", "Name: %s   DOB %s   Sex %s" % (pname(c, 1), fdate(c.dob, 1), sexw(c)),
              "Arrived with: %s %s" % (c.grel.lower(), c.guardian.full()), "Phone: %s" % c.phone, "Complaint: %s" % c.scen["cc"], "Insurance: %s" % pick(r, [c.plan, "self-pay - financial counselor to see", c.plan]),
              "Armband printed: Y   Full registration to follow."]
    else:
        L += [pick(r, ["PATIENT DEMOGRAPHICS", "Demographic and Insurance Information"]), ""] + [
            "%-22s %s" % (k + ":", v) for k, v in [("Last name", c.last), ("First name", c.first), ("DOB", fdate(c.dob, 4)), ("Gender", sexw(c, 1)), ("MRN", c.mrn),
                                                   ("Address 1", c.street), ("City/State/Zip", "%s %s %s" % (c.town, c.st, c.zip)), ("Home phone", c.phone),
                                                   ("Primary language", pick(r, ["English", "Spanish", "Arabic", "Vietnamese"])), ("Guarantor", c.guardian.full()),
                                                   ("Guarantor relation", c.grel), ("Primary payer", c.plan), ("Subscriber ID", c.memid), ("Group #", c.group or "-"),
                                                   ("PCP", c.pcp.sig()), ("Last updated", fdate(c.date, 0))]]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- INSURANCE CARD

def t_insurance_card(r):
    c = make_ctx(r, pick(r, list(SCEN_BY)))
    lay = r.randint(0, 5)
    rx = "RxBIN %06d  RxPCN %s  RxGRP %s" % (r.randint(0, 999999), pick(r, ["ADV", "MCAIDXX", "9999", "KIDRX"]), pick(r, ["RX%04d" % r.randint(0, 9999), "MEDDADV"]))
    sub = c.guardian.full() if c.ptype not in ("MEDICAID", "CHIP") else pname(c)
    eff = fdate(D(c.date.year, pick(r, [1, 1, 7]), 1), 0)
    cust = "Member Services %s   TTY 711" % ("1-800-555-01%02d" % r.randint(0, 99))
    L = []
    if lay == 0:
        L += ["[FRONT]", c.plan.upper(), pick(r, ["PPO", "Family HMO", "Choice POS", ""]) if c.ptype not in ("MEDICAID", "CHIP") else "", "",
              "Subscriber: %s" % sub.upper(), "Member: %s" % pname(c, 3), "ID: %s" % c.memid, "Group: %s" % (c.group or "-"), "Effective: %s" % eff,
              "PCP: %s  %s" % (c.pcp.sig(), phone(r, c.area)), "Copays: PCP $%d  Spec $%d  ER $%d  UC $%d" % (r.choice([0, 20, 25]), r.choice([40, 50]), r.choice([150, 250]), r.choice([35, 50])), rx, "",
              "[BACK]", cust, "Provider inquiries 1-888-555-01%02d" % r.randint(0, 99), "Submit claims to: PO Box %d, %s, %s %s" % (r.randint(1000, 99999), pick(r, TOWNS), c.st, c.zip),
              "Prior authorization required for inpatient admission. In emergency go to nearest ER.", "Possession of this card does not guarantee eligibility."]
    elif lay == 1:
        L += ["%s Department of Human Services" % c.st, pick(r, ["MEDICAL ASSISTANCE IDENTIFICATION CARD", "STATE MEDICAID - ACCESS CARD", "CHILDREN'S HEALTH INSURANCE PROGRAM"]), "",
              pname(c, 3), "Recipient ID %s" % c.memid, "DOB %s   Sex %s" % (fdate(c.dob, 0), sexw(c)), "Issue date %s   Card #%02d" % (fdate(c.date - TD(days=r.randint(10, 400)), 0), r.randint(1, 9)), "",
              "--- back ---", "Providers: verify eligibility through EVS at 1-800-555-01%02d before each visit." % r.randint(0, 99), "This card is not transferable. Misuse is a crime.",
              "Signature ______________________"]
    elif lay == 2:
        L += ["%s  %s" % (c.plan, c.ptype), "Member Name        %s" % pname(c, 3), "Member ID          %s%s" % (c.memid, "-0%d" % r.randint(1, 4)), "Group No.          %s" % (c.group or "n/a"),
              "Plan Code          %d" % r.randint(100, 999), "Dependent          %02d" % r.randint(1, 4), "", rx, "", "Deductible (in-network) $%d ind / $%d fam" % (r.choice([500, 1000, 2500]), r.choice([1000, 2000, 5000])),
              "Behavioral health 1-877-555-01%02d   Nurse line 24/7 1-866-555-01%02d" % (r.randint(0, 99), r.randint(0, 99))]
    elif lay == 3:
        L += ["SCANNED DOCUMENT - Insurance card (front and back)", "Scanned by: %s  %s  Encounter %s" % (pick(r, ["registration", "frontdesk2", "ED reg"]), fdate(c.date, 0), c.csn), "",
              "-- image 1 of 2 --", c.plan, pname(c, 3), "ID# %s   GRP# %s" % (c.memid, c.group or ""), "Eff %s" % eff, "", "-- image 2 of 2 --", cust,
              "Hospitals: notify within 48 hrs of admission 1-800-555-01%02d" % r.randint(0, 99), rx]
    elif lay == 4:
        L += [pick(r, ["PHARMACY BENEFIT CARD", "Prescription Drug Card"]), "%s PharmacyRx" % c.plan.split(" ")[0], "", "Cardholder: %s" % sub, "Member: %s  Person code 0%d" % (pname(c, 3), r.randint(1, 4)),
              "ID %s" % c.memid, rx, "", "Pharmacist help desk 1-800-555-01%02d" % r.randint(0, 99), "Mail order: 1-877-555-01%02d" % r.randint(0, 99)]
    else:
        L += ["%s - DENTAL/VISION/MEDICAL" % c.plan.upper(), "", "%s | %s | ID %s" % (pname(c, 3), fdate(c.dob, 0), c.memid), "Subscriber %s | Group %s" % (sub, c.group or "-"), "",
              "Coverage: Medical [X] Rx [X] Dental [%s] Vision [%s]" % (pick(r, "X "), pick(r, "X ")), "Issuer (80840) %010d" % r.randint(0, 10 ** 10 - 1), "www.%s.example/members" % c.plan.split(" ")[0].lower()]
    return finalize(r, c, "\n".join(x for x in L if x is not None), furniture=chance(r, .3))

# ------------------------------------------------------------- PROVIDER ORDERS

def maint(wt):
    return int(4 * min(wt, 10) + 2 * max(0, min(wt, 20) - 10) + 1 * max(0, wt - 20))


def t_provider_orders(r):
    lay = r.randint(0, 6)
    if lay == 2:
        c = make_ctx(r, "prem")
    elif lay == 3:
        c = op_ctx(r)
    elif lay == 5:
        c = make_ctx(r, "dka")
    else:
        c = pick_ctx(r, [k for k in ADMIT if k != "prem"])
    s = c.scen
    L = []
    mv = maint(c.wt)
    if lay in (0, 1):
        L += [c.hosp["name"], pick(r, ["ADMISSION ORDERS - PEDIATRICS", "Pediatric Admission Order Set", "PHYSICIAN ORDERS"]), "", "Patient: %s  MRN %s  Wt %s kg  Ht %s cm  Allergies: %s" % (
            pname(c, 1), c.mrn, c.wt, c.ht, c.allergies), "Date/time: %s %s" % (fdate(c.date, 0), ftime(r)), ""]
        items = [("Admit to", "%s, %s; attending %s" % (pick(r, ["Inpatient", "Observation"]), SPECIALTIES.get(s["svc"], "Hospital Medicine"), c.att.sig())),
                 ("Diagnosis", s["dx"]), ("Condition", pick(r, ["Stable", "Fair", "Guarded"])), ("Vitals", pick(r, ["q4h with continuous pulse oximetry", "q2h x4 then q4h", "per unit routine"])),
                 ("Activity", pick(r, ["As tolerated", "Bedrest", "Up with assistance"])), ("Nursing", "Strict I/O, daily weight, %s" % pick(r, ["nasal suction PRN", "neuro checks q4h", "NV checks q2h", "fall precautions"])),
                 ("Diet", pick(r, ["Regular for age", "NPO", "Clear liquids, advance as tolerated", "Breast milk/formula ad lib"])),
                 ("IV fluids", "D5 0.9NaCl + 20 mEq KCl/L at %d mL/hr (maintenance)" % mv), ("Isolation", pick(r, ["Contact/droplet", "Standard", "Contact"])),
                 ("Code status", "Full code")]
        items += [("Medication", med_str(c, m, 1)) for m in s["inpt"]]
        items += [("Labs", pick(r, ["CBC, BMP in AM", "none", "BMP q12h", "CRP in AM"])), ("Call MD for", "T > 38.5, HR > %d, RR > %d, SpO2 < 90%%, UOP < 1 mL/kg/hr" % (min(200, vitals(r, c, True)["HR"] + 40), min(70, vitals(r, c, True)["RR"] + 20)))]
        if lay == 0:
            L += ["%-14s %s" % (k + ":", v) for k, v in items]
        else:
            L += ["[X] %s: %s" % (k, v) for k, v in items]
        L += ["", "Ordering: %s   Co-signed: %s" % (c.res.sig(), c.att.sig()), "Verified by RN: %s %s" % (nurse(r).init(), ftime(r))]
    elif lay == 2:
        L += [c.hosp["name"], "NICU ADMISSION ORDERS", "", "Baby %s %s  MRN %s  BW %d g  GA %d %d/7" % ("Boy" if c.sex == "M" else "Girl", c.last, c.mrn, c.bw, c.ga, c.gad), "",
              "1. Admit to NICU, attending %s" % provider(r, "nicu").sig(), "2. Isolette, servo-control skin temp 36.5 C, humidity %d%%" % r.choice([50, 60, 70, 80]),
              "3. Respiratory: CPAP +6 cmH2O, FiO2 to keep SpO2 90-95%", "4. Cardiorespiratory monitor, pulse oximetry, BP q4h via UAC", "5. NPO; TPN per pharmacy (D10 starter PN at 80 mL/kg/day)",
              "6. UVC/UAC: heparinized NS 0.5 units/mL at 0.5 mL/hr", "7. Ampicillin %d mg IV q12h" % rnd_dose(c.wt * 100), "8. Gentamicin %.1f mg IV q48h" % (c.wt * 5),
              "9. Caffeine citrate %d mg IV load, then %.1f mg IV daily" % (rnd_dose(c.wt * 20), c.wt * 5), "10. Labs: CBC w/diff, blood culture, ABG q6h, glucose q1h x3 then q4h, bili at 24 h",
              "11. CXR/KUB after line placement", "12. Erythromycin eye ointment, vitamin K 0.5 mg IM", "", "Ordered by %s  %s %s" % (provider(r, "nicu", "NNP-BC").sig(), fdate(c.date, 1), ftime(r))]
    elif lay == 3:
        op = c.op
        L += [pick(r, ["POST-OPERATIVE ORDERS", "PACU / Post-op Order Set", "Post Op Orders - Pediatric Surgery"]), "%s  %s  Wt %s kg" % (pname(c, 1), fdate(c.opdate, 1), c.wt),
              "Procedure: %s" % F(c, op["name"]), "", "- Admit/transfer to: %s" % pick(r, ["PACU then home", "Surgical floor, observation", "Short stay"]),
              "- Vitals q15 min in PACU then q4h", "- Diet: %s" % pick(r, ["clear liquids, advance as tolerated", "pyloromyotomy ad lib feeding protocol", "soft diet, cold foods, encourage fluids"]),
              "- IVF: D5 0.45NaCl + 20 KCl at %d mL/hr until PO adequate" % mv, "- Acetaminophen %s mg PO/IV q6h scheduled x 48h" % rnd_dose(min(c.wt * 15, 1000)),
              "- Ibuprofen %s mg PO q6h PRN (start 6 h post-op)" % rnd_dose(min(c.wt * 10, 600)) if op["key"] != "ta" else "- Ibuprofen %s mg PO q6h alternate with acetaminophen" % rnd_dose(min(c.wt * 10, 600)),
              "- Morphine %.2f mg IV q3h PRN severe pain" % min(c.wt * 0.05, 4) if chance(r, .5) else "- Oxycodone: not ordered",
              "- Ondansetron %s mg IV q8h PRN nausea" % rnd_dose(min(c.wt * 0.1, 4)), "- %s" % pick(r, ["Elevate extremity, NV checks q1h x 12h", "Incentive spirometry", "Discharge when PO, voided, pain controlled"]),
              "", "%s  %s" % (c.surgeon.sig(), ftime(r))]
    elif lay == 4:
        L += ["TELEPHONE / VERBAL ORDER", "%s %s" % (fdate(c.date, 1), ftime(r)), "Patient %s  Rm %d" % (pname(c), r.randint(400, 560)), "",
              "Order: %s" % pick(r, [med_str(c, pick(r, s["inpt"]), 1), "Increase IVF to 1.5x maintenance (%d mL/hr)" % int(mv * 1.5), "May discontinue continuous pulse oximetry", "Repeat BMP in 4 hours",
                                     "Acetaminophen %s mg PO q6h PRN fever" % rnd_dose(min(c.wt * 15, 650))]),
              "Read back: [X]   Ordered by: %s   Taken by: %s" % (c.res.sig(), nurse(r).sig()), "Physician co-signature: ____________  (within 24 h)"]
    elif lay == 5:
        L += [c.hosp["name"], "DIABETIC KETOACIDOSIS (DKA) ORDER SET - PEDIATRIC", "", "Patient: %s   Wt %s kg   Date %s" % (pname(c, 1), c.wt, fdate(c.date, 0)), "",
              "[X] Admit to PICU", "[X] NS bolus %d mL (10 mL/kg) over 1 hour" % int(c.wt * 10), "[X] Two-bag system: Bag A 0.9NaCl + 20 mEq KPhos + 20 mEq KAcetate/L; Bag B D10 0.9NaCl + same K; total rate %d mL/hr (1.5x maintenance)" % int(mv * 1.5),
              "[X] Regular insulin infusion 0.1 units/kg/hr = %.1f units/hr; no bolus" % (c.wt * 0.1), "[X] POC glucose q1h; BMP, VBG, phos q2h x 4 then q4h; BHB q4h",
              "[X] Neuro checks q1h; notify MD for headache, change in mental status, bradycardia", "[X] Mannitol %d g (0.5 g/kg) at bedside" % int(c.wt * 0.5), "[X] Strict I/O, NPO except ice chips",
              "[ ] Bicarbonate - NOT recommended", "", "Physician: %s   %s" % (provider(r, "picu").sig(), ftime(r))]
    else:
        L += [ehr_header(r, c, "Orders"), "", "Discharge Orders", "Discharge patient: %s  to home with %s" % (fdate(c.ddate, 0), c.grel.lower()), "Discontinue: IV, monitors",
              "Discharge medications:"] + ["  - " + m for m in dc_meds(r, c, 1)] + ["Diet: %s   Activity: %s" % (pick(r, ["regular", "as tolerated"]), pick(r, ["as tolerated", "no sports x 2 weeks"])),
                                                                                    "Follow-up: " + s["followup"], "Home health: %s" % pick(r, ["none", "none", "nursing visit for weight check"]), "",
                                                                                    "Signed: %s %s" % (c.att.sig(), ftime(r))]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- DISCHARGE INSTRUCTIONS

DI_TEXT = {
    "bronch": ("Bronchiolitis", "Bronchiolitis is a common lung infection in young children caused by a virus (RSV). Cough and congestion may last 2-3 weeks. Antibiotics do not help.",
               ["Suction your baby's nose with saline drops before feeds and sleep.", "Offer smaller, more frequent feeds.", "Keep away from smoke.", "Wash hands often."],
               ["breathing fast or working hard to breathe (ribs showing, nostrils flaring)", "fewer than 3 wet diapers in 24 hours", "lips look blue or gray", "pauses in breathing"]),
    "asthma": ("Asthma", "Your child had an asthma flare. Follow the Asthma Action Plan. Finish all doses of the steroid medicine.",
               ["Use albuterol with the spacer as directed.", "Use the controller inhaler every day, even when well.", "Avoid smoke and other triggers.", "Get a flu shot every year."],
               ["needs albuterol more often than every 4 hours", "trouble speaking or walking because of breathing", "lips or fingernails blue", "albuterol does not help"]),
    "cap": ("Pneumonia", "Pneumonia is an infection in the lung. Take the antibiotic until it is all gone even if your child feels better.",
            ["Give medicine for fever or pain as directed.", "Encourage rest and fluids.", "Cough may last several weeks."], ["fever lasts more than 2 more days", "hard or fast breathing", "not drinking or peeing"]),
    "appy": ("After Appendectomy", "Your child had surgery to remove the appendix through small incisions.",
             ["Glue on the incisions will peel off in 1-2 weeks; do not pick.", "May shower after 48 hours; no baths or swimming for 1 week.", "No gym, sports or heavy lifting for 2 weeks.", "Alternate ibuprofen and acetaminophen for pain."],
             ["fever over 101.5 F (38.6 C)", "redness, swelling or drainage from incisions", "vomiting that will not stop", "belly pain that is getting worse"]),
    "pyloric": ("After Pyloromyotomy", "Your baby had surgery to open the muscle at the end of the stomach. Some spitting up is normal for a few days.",
                ["Feed your baby on demand.", "Keep incisions clean and dry; sponge baths for 5 days.", "Give acetaminophen as directed for fussiness."], ["forceful vomiting more than twice", "fewer wet diapers", "fever over 100.4 F", "redness at incisions"]),
    "uti": ("Urinary Tract Infection (Kidney Infection)", "Your baby had an infection of the urine and kidneys. Give the antibiotic until finished.",
            ["Give cephalexin four times a day.", "Change diapers often; wipe front to back.", "Keep your follow-up appointment."], ["fever returns", "not feeding or very sleepy", "vomiting medicine"]),
    "dka": ("New Diagnosis of Type 1 Diabetes", "Your child has type 1 diabetes and needs insulin every day. You have learned how to check blood sugar, count carbohydrates and give insulin.",
            ["Check blood sugar before meals, at bedtime and at 2 AM for the first week.", "Call the diabetes team every day with blood sugars.", "Treat low blood sugar (< 70) with 15 g fast sugar.", "Check ketones if sugar > 250."],
            ["vomiting or moderate/large ketones", "low blood sugar that does not come up", "seizure or passing out - give glucagon and call 911"]),
    "age": ("Vomiting and Diarrhea (Gastroenteritis)", "A stomach virus is causing vomiting and diarrhea. The main goal is to prevent dehydration.",
            ["Give small sips of oral rehydration solution (Pedialyte) - 1-2 teaspoons every 5 minutes.", "Slowly return to normal diet.", "Wash hands well; the virus spreads easily."],
            ["no urine in 8 hours", "blood in stool or green vomit", "very sleepy or hard to wake", "belly pain that gets worse"]),
    "kawasaki": ("Kawasaki Disease", "Your child was treated with IVIG and aspirin for Kawasaki disease.",
                 ["Give aspirin once daily until the heart doctor says stop.", "Do NOT give ibuprofen (Motrin/Advil) while on aspirin.", "Wait 11 months before measles and chickenpox vaccines.",
                  "Peeling of fingers and toes is expected in 2-3 weeks."], ["fever returns", "chest pain or trouble breathing", "exposed to flu or chickenpox while on aspirin"]),
    "croup": ("Croup", "Croup is a viral infection that causes swelling of the upper airway, a barky cough and noisy breathing.",
              ["Keep your child calm; crying makes it worse.", "Cool night air or a cool mist may help.", "The steroid medicine works for 2-3 days."],
              ["noisy breathing (stridor) at rest", "drooling or trouble swallowing", "skin pulling in between ribs", "blue color"]),
    "scfx": ("Cast Care After Elbow Fracture Surgery", "Your child had a broken elbow fixed with pins. The pins stick out under the cast and will be removed in clinic.",
             ["Keep the cast clean and dry; cover with a bag to bathe.", "Keep arm raised on pillows above the heart for 48 hours.", "Wiggle fingers often.", "Do not put anything inside the cast."],
             ["fingers cold, pale, blue or numb", "pain not controlled by medicine", "fever, or drainage/bad smell from cast", "cast cracked or too tight"]),
    "fs": ("Febrile Seizure", "A febrile seizure is a seizure caused by fever. It does not cause brain damage. About 1 in 3 children will have another one.",
           ["If a seizure happens: lay child on side, do not put anything in the mouth, time it.", "Fever medicine makes your child comfortable but does not prevent seizures.", "Give amoxicillin for the ear infection."],
           ["seizure longer than 5 minutes - call 911", "stiff neck, very sleepy, or not acting normal", "trouble breathing"]),
    "bili": ("Newborn Jaundice", "Jaundice is yellow color of the skin from bilirubin. Your baby's level came down with phototherapy (light treatment).",
             ["Feed 8-12 times each day.", "Count wet and dirty diapers.", "Keep the follow-up bilirubin check."], ["yellow color getting darker or spreading to legs", "baby very sleepy or not feeding", "fewer than 6 wet diapers a day"]),
    "abscess": ("Skin Abscess (Boil) After Drainage", "The abscess was opened and drained. The culture grew MRSA, a germ that spreads by touch.",
                ["Remove packing in 48 hours at your doctor's office or as shown.", "Warm compresses 3-4 times a day.", "Wash hands; do not share towels or razors.", "Take clindamycin 3 times a day for 7 days."],
                ["spreading redness", "fever", "red streaks", "new boils"]),
}


def t_discharge_instructions(r):
    key = pick(r, list(DI_TEXT))
    c = make_ctx(r, key)
    s = c.scen
    title, about, care, call = DI_TEXT[key]
    lay = r.randint(0, 5)
    L = []
    ph = phone(r, c.area)
    if lay == 0:
        L += [c.hosp["name"], pick(r, ["Emergency Department Discharge Instructions", "After Visit Summary", "Discharge Instructions"]), "",
              "Patient: %s   Date: %s   Seen by: %s" % (pname(c), fdate(c.ddate, 0), pick(r, [c.att, provider(r, "em")]).sig()), "", "Your child's diagnosis: %s" % s["dx"], "",
              "ABOUT THIS CONDITION", wrap(about), "", "HOW TO CARE FOR YOUR CHILD AT HOME"] + ["  * " + x for x in care] + [
              "", "MEDICINES"] + ["  * " + m for m in dc_meds(r, c)] + ["", "FOLLOW-UP", "  " + s["followup"], "", "RETURN TO THE EMERGENCY DEPARTMENT OR CALL 911 IF YOUR CHILD HAS:"] + \
             ["  - " + x for x in call] + ["", "I have received and understand these instructions.", "Parent/guardian signature: ______________   RN: %s" % nurse(r).init()]
    elif lay == 1:
        L += [letterhead(r, c), "Going Home: %s" % title, "", "%s, here is what you need to know:" % ("Dear " + c.guardian.first if chance(r, .5) else "Parent/Guardian"), "", wrap(about), ""] + \
             ["%d. %s" % (i + 1, x) for i, x in enumerate(care)] + ["", "Call us at %s (24 hours) if you notice:" % ph] + ["  o " + x for x in call] + \
             ["", "Your next appointment: %s" % s["followup"], "", pick(r, ["Para instrucciones en espanol, pida a su enfermera.", "Interpreter services are free: ask your nurse.", ""])]
    elif lay == 2:
        L += [ehr_header(r, c, "AVS"), "", "AFTER VISIT SUMMARY", "%s   %s" % (pname(c), fdate(c.ddate, 3)), "", "Reason for visit: %s" % s["cc"], "Diagnoses: %s" % s["dx"],
              "Allergies: %s" % c.allergies, "Vitals at discharge: " + vitals_line(r, c, vitals(r, c, True), style=1), "", "Medication list - what to take:"] + \
             ["  %s  [NEW]" % m for m in dc_meds(r, c)] + ["", "Instructions from your care team:", wrap(about + " " + " ".join(care)), "", "When to seek care: " + "; ".join(call) + ".",
                                                          "", "MyChart: sign up to see test results. Activation code %s-%s-%s" % tuple("".join(pick(r, "ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(5)) for _ in range(3))]
    elif lay == 3:
        L += [pick(r, ["HOME CARE INSTRUCTIONS", "Instrucciones para el cuidado en casa / Home Care Instructions"]), title.upper(), ""] + [wrap(x) for x in [about] + care] + \
             ["", "Seek medical attention immediately for " + ", ".join(call) + ".", "", "Questions? Nurse line %s" % ph, "Given to: %s (%s) %s" % (c.guardian.full(), c.grel, fdate(c.ddate, 1))]
    elif lay == 4:
        L += [c.hosp["short"] + "  Patient/Family Education", "Teaching record", "", "Topic: %s" % title, "Learner: %s   Barriers: %s" % (c.grel, pick(r, ["none", "language - interpreter used", "anxiety"])),
              "Method: [X] verbal [X] written [%s] demonstration [%s] video" % (pick(r, "X "), pick(r, "X ")), "Content covered:"] + ["  [X] " + x for x in care] + \
             ["  [X] Warning signs: " + ", ".join(call), "Evaluation: [X] verbalized understanding  [%s] return demonstration" % pick(r, "X "), "", "Educator: %s   %s" % (nurse(r).sig(), fdate(c.ddate, 1))]
    else:
        L += ["%s - Discharge" % c.hosp["name"], "%s  (%s)" % (pname(c), age_text(c.age_days, 1)), "", "What happened: " + wrap(F(c, s["course"]) if s["course"] else about), "",
              "Diet: %s" % pick(r, ["Regular for age", "As tolerated", "Breast milk or formula on demand"]), "Activity: %s" % pick(r, ["As tolerated", "No contact sports 2 weeks", "May return to daycare when fever-free 24 hours"]),
              "School/daycare: may return %s" % fdate(c.ddate + TD(days=r.randint(1, 4)), 1), "", "Medicines: " + "; ".join(dc_meds(r, c, 1)), "", "Call your doctor for: " + "; ".join(call),
              "", "Appointments: " + s["followup"], "Clinic phone: %s" % ph]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- OTHER

def growth_rows(r, c):
    rows = []
    for a in [x for x in [3, 30, 60, 120, 180, 270, 365, 545, 730, 1095, 1460, 1825, 2555, 3650] if x <= c.age_days][-8:]:
        w = interp(WT_TAB, a) * (c.wt / interp(WT_TAB, c.age_days))
        h = interp(HT_TAB, a) * (c.ht / interp(HT_TAB, c.age_days))
        rows.append((c.dob + TD(days=a), age_text(a, 1), round(w, 1), round(h, 1)))
    return rows


def t_other(r):
    c = make_ctx(r, pick(r, list(SCEN_BY)))
    lay = r.randint(0, 11)
    L = []
    if lay == 0:
        L += [pick(r, ["FAX COVER SHEET", "FACSIMILE TRANSMITTAL", "Fax"]), c.hosp["name"] if chance(r, .5) else c.clinic, "", "Date: %s" % fdate(c.date, 0), "To: %s" % pick(r, [c.pcp.sig(), "Medical Records", "%s Utilization Review" % c.plan]),
              "Fax: %s" % phone(r), "From: %s" % pick(r, ["Health Information Management", "Pediatric Surgery Clinic", "Case Management", c.att.sig()]), "Phone: %s" % phone(r, c.area),
              "Pages (including cover): %d" % r.randint(2, 18), "Re: %s DOB %s" % (pname(c), fdate(c.dob, 1)), "", "[ ] Urgent  [X] For review  [ ] Please reply  [ ] Please comment", "",
              "Comments: %s" % pick(r, ["Records as requested.", "Clinical update for continued stay review.", "Please see attached referral.", "Discharge paperwork attached."]), "",
              wrap("CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential. If you are not the intended recipient, any review, "
                   "disclosure, copying or distribution is prohibited. If you received this in error, please notify the sender immediately and destroy all copies.")]
    elif lay == 1:
        L += [c.hosp["name"], "Health Information Management", pick(r, ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "Request for Access to / Release of Medical Records"]), "",
              "Patient: %s   DOB: %s   MRN: %s" % (pname(c), fdate(c.dob, 0), c.mrn), "Release FROM: %s" % c.hosp["name"], "Release TO: %s" % pick(r, [c.clinic, "%s School District Nurse" % pick(r, TOWNS), "Law office of %s & %s" % (pick(r, LAST), pick(r, LAST)), "Parent (self)"]),
              "Information to release: [X] Discharge summary [X] H&P [%s] Lab results [%s] Imaging [ ] Entire record [ ] Mental health [ ] HIV/STD [ ] Substance use" % (pick(r, "X "), pick(r, "X ")),
              "Dates of service: %s to %s" % (fdate(c.date, 1), fdate(c.ddate, 1)), "Purpose: %s" % pick(r, ["continuity of care", "school", "legal", "insurance", "personal"]),
              "Format: [X] paper [ ] electronic/CD [ ] patient portal", "This authorization expires: %s" % fdate(c.date + TD(days=365), 0), "",
              "Signature of parent/legal guardian: ______________  %s (%s)" % (c.guardian.full(), c.grel), "Date: %s" % fdate(c.ddate + TD(days=r.randint(5, 200)), 1), "",
              "For HIM use: Request #%d  Processed by %s  Fee $%s" % (r.randint(10000, 99999), pick(r, ADULT_F)[0] + pick(r, LAST)[0], pick(r, ["0.00", "6.50", "25.00"]))]
    elif lay == 2:
        cl = Person(pick(r, ADULT_F), pick(r, LAST), pick(r, ["CCLS", "MS, CCLS"]), "Child Life", "F")
        L += [pick(r, ["CHILD LIFE NOTE", "Child Life Services - Documentation", "Child Life Assessment/Intervention"]), "%s   %s   %s" % (fdate(c.date, 0), pname(c), age_text(c.age_days, 1)), "",
              "Reason for contact: %s" % pick(r, ["procedural preparation for IV placement", "preparation for surgery", "normalization/play", "sibling support", "coping with new diagnosis"]),
              wrap("Assessment: Patient presented as %s. %s" % (pick(r, ["anxious, clinging to %s" % c.grel.lower(), "shy but warmed up with play", "tearful", "calm and curious"]),
                                                              pick(r, ["Developmentally appropriate understanding of hospitalization.", "Prior negative experience with needles per parent."]))),
              wrap("Intervention: CCLS provided %s using %s. During procedure, provided %s." % (pick(r, ["developmentally appropriate preparation", "medical play", "a coping plan"]),
                                                                                             pick(r, ["a teaching doll", "photo book of the OR", "actual medical equipment"]),
                                                                                             pick(r, ["distraction with an I-spy book", "comfort positioning on parent's lap", "bubbles and a light wand", "guided imagery"]))),
              "Response: %s" % pick(r, ["Coped well; minimal distress.", "Moderate distress, recovered quickly with parent support.", "Engaged in play after procedure."]),
              "Plan: Child Life to follow %s." % pick(r, ["daily", "PRN", "for upcoming procedures"]), "", cl.sig()]
    elif lay == 3:
        c = make_ctx(r, "fs", age_days=r.randint(1800, 6200))
        L += [pick(r, ["%s CAMP HEALTH FORM" % pick(r, ["CAMP WILLOW LAKE", "CAMP PINE HOLLOW", "YMCA SUMMER DAY CAMP"]), "Camp Medical Examination Form", "SCHOOL HEALTH EXAMINATION REPORT"]), "",
              "Camper/Student: %s   DOB: %s   Grade: %s" % (pname(c), fdate(c.dob, 1), r.randint(1, 10)), "Parent: %s  Phone %s" % (c.guardian.full(), c.phone), "",
              "PART A - Health history (parent): allergies %s; medications %s; chronic conditions: %s" % (c.allergies, pick(r, ["none", "albuterol PRN", "methylphenidate daily"]), pick(r, ["none", "asthma", "ADHD"])),
              "Activity restrictions: [X] none  [ ] see below", "", "PART B - Physical exam (provider):", "Ht %s cm  Wt %s kg  BP %d/%d  Vision R 20/%d L 20/%d  Hearing: pass" % (c.ht, c.wt, r.randint(95, 115), r.randint(55, 75), r.choice([20, 25, 30]), r.choice([20, 25, 30])),
              "Exam: normal  [X]    Immunizations up to date: [X] copy attached", "Cleared for full participation including swimming and sports: [X] Yes  [ ] No", "",
              "Medication authorization: camp staff may give: [X] acetaminophen [X] ibuprofen [X] sunscreen [ ] other", "Provider: %s  %s  Date %s" % (c.pcp.sig(), c.clinic, fdate(c.date, 1))]
    elif lay == 4:
        rows = growth_rows(r, c)
        L += [pick(r, ["GROWTH CHART DATA", "Growth Record (CDC/WHO)", "Anthropometric Flowsheet"]), "%s  DOB %s  %s" % (pname(c), fdate(c.dob, 0), sexw(c, 1)), "Chart: %s" % ("WHO 0-2 years" if c.age_days < 730 else "CDC 2-20 years"), "",
              "%-11s %-7s %-9s %-6s %-9s %-6s" % ("Date", "Age", "Wt (kg)", "%ile", "Ht (cm)", "%ile")]
        for d, a, w, h in rows:
            L.append("%-11s %-7s %-9s %-6s %-9s %-6s" % (fdate(d, 0), a, w, r.randint(10, 90), h, r.randint(10, 90)))
        L += ["", "Mid-parental height: %s cm" % round(r.uniform(160, 180), 1), "Comment: %s" % pick(r, ["Tracking along curve.", "Weight crossing down 2 major percentiles - see note.", "BMI at 92nd %ile - counseling provided."])]
    elif lay == 5:
        L += [c.hosp["name"], "Patient Financial Services", pick(r, ["STATEMENT", "Itemized Statement of Account", "PATIENT BILLING STATEMENT"]), "",
              "Guarantor: %s   Account #: %s   Statement date: %s" % (c.guardian.full(), c.acct, fdate(c.ddate + TD(days=r.randint(20, 90)), 0)), "Patient: %s   Service dates: %s - %s" % (pname(c), fdate(c.date, 1), fdate(c.ddate, 1)), "",
              "%-11s %-40s %12s" % ("Date", "Description", "Amount")]
        tot = 0
        for desc in r.sample(["Room and board - pediatric", "Emergency department level 4", "Laboratory", "Radiology - diagnostic", "Pharmacy", "Operating room time", "Anesthesia", "Respiratory therapy", "Supplies"], r.randint(3, 6)):
            amt = round(r.uniform(150, 9000), 2)
            tot += amt
            L.append("%-11s %-40s %12.2f" % (fdate(c.date, 1), desc, amt))
        ins = round(tot * r.uniform(0.7, 0.97), 2)
        L += ["", "%-52s %12.2f" % ("Total charges", tot), "%-52s %12.2f-" % ("Insurance payments/adjustments (%s)" % c.plan, ins), "%-52s %12.2f" % ("AMOUNT DUE FROM YOU", tot - ins), "",
              "Financial assistance is available. Call %s." % phone(r, c.area), "Pay online or return the coupon below.", "- - - - - - - - - - - - - - - - - - - - - - - - -", "Account %s   Amount enclosed $________" % c.acct]
    elif lay == 6:
        tool = pick(r, ["M-CHAT-R", "PHQ-9 Modified for Teens", "Vanderbilt ADHD Parent Rating Scale", "Ages & Stages Questionnaire (ASQ-3)", "Edinburgh Postnatal Depression Scale (maternal)"])
        L += [c.clinic, tool, "", "Child: %s   DOB %s   Completed by: %s   Date %s" % (pname(c), fdate(c.dob, 1), c.grel.lower() if "Teens" not in tool else "patient", fdate(c.date, 1)), ""]
        for i in range(r.randint(6, 10)):
            L.append("%2d. %s  %s" % (i + 1, pick(r, ["Does your child look at you when you call his/her name?", "Feeling down, depressed or hopeless", "Has difficulty sustaining attention",
                                                      "Does your child walk?", "I have been able to laugh and see the funny side of things", "Is easily distracted", "Little interest in doing things",
                                                      "Does your child point to show you something interesting?"]),
                                           pick(r, ["[X] Yes [ ] No", "[ ] Yes [X] No", "0", "1", "2", "3", "Never", "Sometimes", "Often"])))
        L += ["", "Total score: %d   Result: %s" % (r.randint(0, 20), pick(r, ["low risk", "medium risk - follow-up interview", "negative screen", "positive - discussed with provider"])), "Reviewed by: %s" % c.pcp.init()]
    elif lay == 7:
        L += ["CLINICAL PHOTOGRAPHY - IMAGE LOG", c.hosp["name"], "", "Patient: %s  MRN %s" % (pname(c), c.mrn), "Photographer: %s   Consent on file: yes" % pick(r, ["Medical Photography", nurse(r).sig(), "wound care RN"]), ""]
        for i in range(r.randint(2, 5)):
            L.append("IMG_%04d.jpg  %s %s  %s" % (r.randint(1000, 9999), fdate(c.date, 1), ftime(r), pick(r, ["Left thigh wound, day 2, ruler in frame", "Rash, trunk, anterior view", "Incision, POD 1",
                                                                                                       "Bruising pattern, right upper arm (NAT evaluation)", "Hemangioma, scalp, pre-treatment", "Palms - desquamation"])))
        L += ["", "Images uploaded to media tab. Not for release without HIM approval."]
    elif lay == 8:
        L += [pick(r, ["SCHOOL MEDICATION AUTHORIZATION", "Medication Administration at School - Physician Order & Parent Consent", "Diabetes Medical Management Plan (School)"]), "%s School District" % pick(r, TOWNS), "",
              "Student: %s   DOB %s   School: %s %s   Grade %d" % (pname(c), fdate(c.dob, 1), pick(r, TOWNS), pick(r, ["Elementary", "Middle"]), r.randint(1, 8)),
              "Medication: %s" % pick(r, ["Albuterol HFA 90 mcg, 2 puffs q4h PRN wheeze/before exercise", "Epinephrine auto-injector 0.15 mg IM PRN anaphylaxis", "Insulin lispro per sliding scale", "Methylphenidate 5 mg at noon"]),
              "Student may self-carry: [%s] Yes  [%s] No" % (pick(r, "X "), pick(r, "X ")), "Start %s  End %s" % (fdate(D(c.date.year, 8, 20), 1), fdate(D(c.date.year + 1, 6, 10), 1)), "",
              "Physician: %s  %s  Signature ________" % (c.pcp.sig(), phone(r, c.area)), "Parent: %s  Signature ________" % c.guardian.full(), "School nurse received: ______"]
    elif lay == 9:
        L += ["CHILD PROTECTIVE SERVICES REPORT - CONFIDENTIAL" if chance(r, .5) else "Mandated Reporter Documentation", "", "Date/time of report: %s %s" % (fdate(c.date, 0), ftime(r)),
              "Reporter: %s" % pick(r, ["%s (physician)" % c.att.sig(), "%s (RN)" % nurse(r).sig(), "%s %s, LCSW (social worker)" % (pick(r, ADULT_F), pick(r, LAST))]), "Agency: %s County Children and Youth, intake worker %s, reference #%d" % (pick(r, TOWNS), pick(r, ADULT_F), r.randint(100000, 999999)),
              "Child: %s DOB %s" % (pname(c), fdate(c.dob, 0)), "Concern: %s" % pick(r, ["unexplained bruising in a non-mobile infant", "medical neglect - missed follow-up for chronic condition", "inconsistent history for injury"]),
              "Actions: skeletal survey, head imaging, SW notified, safety plan in place.", "Caregivers informed of report: %s" % pick(r, ["yes", "no - per agency"])]
    elif lay == 10:
        L += [c.hosp["name"], pick(r, ["PATIENT/FAMILY SATISFACTION SURVEY", "Family Experience Questionnaire"]), "", "Unit: %s   Discharge date: %s" % (pick(r, ["4W", "NICU", "ED", "Surgery"]), fdate(c.ddate, 1)), ""]
        for q in ["Nurses explained things in a way I could understand", "Doctors treated my child with courtesy and respect", "My child's pain was well controlled", "The room was quiet at night", "I would recommend this hospital"]:
            L.append("%-58s %s" % (q, pick(r, ["Always", "Usually", "Sometimes", "Definitely yes", "5", "4"])))
        L += ["", "Comments: %s" % pick(r, ["Everyone was wonderful, especially the night nurse.", "Parking was expensive.", "Wait in the ED was too long.", "Child Life made a huge difference."])]
    else:
        L += [pick(r, ["PATIENT BELONGINGS / VALUABLES INVENTORY", "Lost and Found Receipt", "Visitor/Caregiver Badge Log"]), "%s  %s" % (c.hosp["name"], fdate(c.date, 0)), "Patient: %s  MRN %s" % (pname(c), c.mrn), "",
              "Items: %s" % ", ".join(r.sample(["stuffed animal (bear)", "tablet + charger", "car seat", "stroller", "cell phone", "backpack", "glasses", "blanket", "clothing"], 3)),
              "Disposition: [X] kept at bedside  [ ] sent home with family  [ ] security", "Signature (parent): ____________   Staff: %s" % nurse(r).init()]
    return finalize(r, c, "\n".join(x for x in L if x is not None))


# ------------------------------------------------------------- main

TYPES = [
    ("discharge_summary", t_discharge_summary), ("history_physical", t_history_physical), ("progress_note", t_progress_note),
    ("consult_note", t_consult_note), ("operative_note", t_operative_note), ("procedure_note", t_procedure_note), ("lab_report", t_lab_report),
    ("imaging_report", t_imaging_report), ("pathology_report", t_pathology_report), ("medication_list", t_medication_list), ("prescription", t_prescription),
    ("anesthesia_record", t_anesthesia_record), ("correspondence", t_correspondence), ("consent_form", t_consent_form), ("referral_letter", t_referral_letter),
    ("advance_directive", t_advance_directive), ("ecg_report", t_ecg_report), ("immunization_record", t_immunization_record), ("registration_form", t_registration_form),
    ("insurance_card", t_insurance_card), ("nursing_note", t_nursing_note), ("ed_note", t_ed_note), ("transfer_summary", t_transfer_summary),
    ("provider_orders", t_provider_orders), ("discharge_instructions", t_discharge_instructions), ("other", t_other),
]


def clean(text):
    text = re.sub(r"(?m)^(-{3,}) (\S)", r"\1\n\2", text)
    lines = [ln.rstrip() for ln in text.split("\n")]
    out = []
    blank = 0
    for ln in lines:
        if not ln.strip():
            blank += 1
            if blank > 2:
                continue
        else:
            blank = 0
        out.append(ln)
    return "\n".join(out).strip("\n") + "\n"


def main():
    ap = argparse.ArgumentParser(description="Generate synthetic paediatric clinical documents (fictitious).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    docs = []
    for label, fn in TYPES:
        for i in range(a.per_type):
            r = random.Random(master.randrange(1 << 62))
            text = clean(fn(r))
            docs.append({"id": "ped-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    master.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
