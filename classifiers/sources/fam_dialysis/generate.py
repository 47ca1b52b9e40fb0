#!/usr/bin/env python3
"""Synthetic kidney-care (dialysis / nephrology / transplant) chart documents.

All people, places, organisations and identifiers are invented.
Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import json
import random
from datetime import date, timedelta

TYPES = ["discharge_summary", "history_physical", "progress_note", "consult_note",
         "operative_note", "procedure_note", "lab_report", "imaging_report",
         "pathology_report", "medication_list", "prescription", "anesthesia_record",
         "correspondence", "consent_form", "referral_letter", "advance_directive",
         "ecg_report", "immunization_record", "registration_form", "insurance_card",
         "nursing_note", "ed_note", "transfer_summary", "provider_orders",
         "discharge_instructions", "other"]

# ----------------------------------------------------------------------------
# invented name / place pools
# ----------------------------------------------------------------------------
FIRST_M = ["James", "Robert", "Darnell", "Luis", "Terrence", "Michael", "Gerald", "Hector",
           "Wendell", "Curtis", "Raymond", "Jerome", "Tuan", "Anil", "Earl", "Dwayne", "Marcus",
           "Roberto", "Floyd", "Vernon", "Eugene", "Kenji", "Abdul", "Clarence", "Dale", "Otis",
           "Rodney", "Lamar", "Phillip", "Wesley", "Ignacio", "Harold", "Bennie", "Reginald"]
FIRST_F = ["Mary", "Lorraine", "Yolanda", "Guadalupe", "Denise", "Patricia", "Shirley", "Tamika",
           "Rosa", "Gloria", "Bernice", "Linh", "Priya", "Earlene", "Carmen", "Doris", "Keisha",
           "Maribel", "Loretta", "Annette", "Juanita", "Opal", "Fatima", "Wanda", "Darlene",
           "Imelda", "Sharonda", "Beverly", "Hazel", "Consuelo", "Ruthie", "Gwendolyn", "Mae"]
LAST = ["Abernathy", "Okafor", "Villanueva", "Pruitt", "Haskins", "Delacroix", "Brandvold",
        "Tillman", "Nguyen-Baca", "Oyelaran", "Castellanos", "Whitcombe", "Merriweather",
        "Stroud", "Kowalczyk", "Fairbanks", "Ledbetter", "Quintanilla", "Ashby", "Dunleavy",
        "Greer", "Hollis", "Ibarra", "Jernigan", "Kittredge", "Lomeli", "Mabry", "Norwood",
        "Ostrander", "Pettaway", "Rascon", "Satterfield", "Truong", "Umberger", "Vashti",
        "Winslow", "Yarbrough", "Zelinski", "Ambrose", "Birdsong", "Caldwell-Reyes", "Dorsey",
        "Embry", "Fentress", "Gathright", "Hinojosa", "Iverson", "Jaramillo", "Kincaid", "Loftis"]
DOC_FIRST = ["Anjali", "Samuel", "Olusegun", "Margaret", "Rajesh", "Elena", "Thomas", "Farah",
             "David", "Christine", "Kwame", "Hiroshi", "Beatriz", "Nathan", "Leah", "Vikram",
             "Miriam", "Gregory", "Sunita", "Paul", "Adaeze", "Stefan", "Ingrid", "Omar"]
DOC_LAST = ["Raghunathan", "Feldstein", "Adeyemi", "Kessler", "Bhandari", "Marchetti", "Lindqvist",
            "Haddad", "Okonkwo", "Pellegrino", "Sorensen", "Tanaka", "Vasquez-Lund", "Whitfield",
            "Zhou", "Castellano", "Brightwater", "Dembele", "Halvorsen", "Iyer", "Mendelsohn",
            "Novak", "Ostrowski", "Prabhu", "Quayle", "Rosenthal", "Sandoval", "Trevino"]
NURSE_FIRST = ["Kim", "Tonya", "Brandy", "Jose", "Rhonda", "April", "Marisol", "Derek",
               "Latoya", "Becky", "Chanel", "Trish", "Arturo", "Misty", "Joy", "Ngozi"]
CITIES = [("Marlow Springs", "OH", "43"), ("East Calvert", "MD", "21"), ("Pine Hollow", "GA", "30"),
          ("Bradbury Falls", "MI", "48"), ("San Lorenzo Valley", "TX", "78"),
          ("Westmere", "PA", "15"), ("Fort Ellery", "NC", "27"), ("Lake Tanager", "IL", "60"),
          ("Cobb's Crossing", "TN", "37"), ("New Havenbrook", "CT", "06"),
          ("Redstone Gap", "AZ", "85"), ("Oak Terrace", "MO", "63")]
STREETS = ["Meadowlark Ln", "W. Garfield Ave", "Orchard Hill Rd", "Stonebridge Ct", "N. 14th St",
           "Tamarack Dr", "Old Mill Pike", "Halsey Blvd", "Juniper Way", "Commerce Park Dr",
           "Lantern Ridge Rd", "S. Beaumont St", "Kestrel Cir", "Ridgeview Pkwy"]
ORGS = ["Riverbend Kidney Care", "Tri-County Dialysis Partners", "Cedar Hollow Kidney Center",
        "Great Lakes Renal Network", "Summit Nephrology Associates", "Bluewater Dialysis",
        "Heartland Kidney Institute", "Pioneer Renal Services"]
UNITS = ["North", "Eastgate", "Westside", "Downtown", "Midtown", "Lakeshore", "Parkway",
         "Southfield", "Hillcrest", "Riverside"]
HOSPITALS = ["St. Albion Regional Medical Center", "Mercy Vale Hospital",
             "Greenbriar Memorial Hospital", "University of Eastmoor Medical Center",
             "Holloway County General Hospital", "Bethany Lutheran Hospital",
             "Sisters of Charity Northpoint Hospital"]
TX_CENTERS = ["Eastmoor University Transplant Institute", "St. Albion Kidney & Pancreas Transplant Center",
              "Lakeland Regional Transplant Program", "Midwest Abdominal Transplant Center at Greenbriar"]
PHARMACIES = ["Crestline Pharmacy #2231", "ValuMed Drug", "Hometown Apothecary",
              "MedPoint Pharmacy #0418", "Corner Drug & Rx", "SpecialtyCare Transplant Pharmacy"]
INSURERS = ["BlueRidge Health Plan", "Keystone Mutual Health", "UnityCare Advantage",
            "Prairie State Medicaid", "Allegiant Health Partners", "Coastal Senior Advantage (HMO)"]

CAUSES = [("diabetic nephropathy", "E11.22"), ("hypertensive nephrosclerosis", "I12.0"),
          ("focal segmental glomerulosclerosis", "N03.1"), ("IgA nephropathy", "N02.8"),
          ("autosomal dominant polycystic kidney disease", "Q61.2"), ("lupus nephritis", "M32.14"),
          ("chronic glomerulonephritis, biopsy not done", "N03.9"), ("obstructive uropathy", "N13.9"),
          ("diabetic nephropathy", "E11.22"), ("hypertensive nephrosclerosis", "I12.0")]
COMORBID = ["hypertension", "type 2 diabetes mellitus", "coronary artery disease",
            "congestive heart failure (HFpEF)", "peripheral arterial disease", "secondary hyperparathyroidism",
            "anemia of CKD", "hyperlipidemia", "obstructive sleep apnea", "atrial fibrillation",
            "gout", "depression", "hepatitis C (treated)", "diabetic retinopathy", "COPD",
            "morbid obesity", "history of CVA"]
ALLERGIES = [["NKDA"], ["NKDA"], ["NKDA"], ["Penicillin (rash)"], ["Sulfa (hives)"],
             ["Iodinated contrast (itching)"], ["Codeine (nausea)", "Lisinopril (angioedema)"],
             ["Vancomycin (red man, tolerates slow infusion)"], ["Latex"], ["Heparin (HIT 2014)"]]

ACCESSES = {
    "HD": ["left radiocephalic AV fistula", "left brachiocephalic AV fistula",
           "right brachiocephalic AV fistula", "left upper arm brachiobasilic AV fistula (transposed)",
           "left forearm loop AV graft (PTFE)", "right upper arm straight AV graft",
           "right internal jugular tunneled dialysis catheter", "left IJ tunneled HD catheter (Palindrome)"],
    "PD": ["PD catheter (double-cuff Tenckhoff), exit site right lower quadrant",
           "swan-neck PD catheter, exit site left abdomen", "presternal PD catheter"],
}


def d_(r, first_pool=None):
    return "%s %s" % (r.choice(first_pool or DOC_FIRST), r.choice(DOC_LAST))


def phone(r):
    return "(%d) 555-%04d" % (r.choice([216, 330, 410, 404, 517, 512, 412, 919, 312, 615, 203, 480, 314]),
                               r.randint(100, 9999))


def fmt(r, d, style=None):
    styles = ["%m/%d/%Y", "%m/%d/%Y", "%m/%d/%y", "%B %d, %Y", "%d-%b-%Y", "%Y-%m-%d", "%b %d, %Y"]
    s = style if style is not None else r.choice(styles)
    out = d.strftime(s)
    return out.upper() if "%b" in s and "-" in s else out


def tm(r):
    return "%02d:%02d" % (r.randint(6, 21), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def addr(r):
    c = r.choice(CITIES)
    return "%d %s" % (r.randint(100, 9899), r.choice(STREETS)), "%s, %s %s%03d" % (c[0], c[1], c[2], r.randint(0, 999))


class Clin:
    def __init__(self, r, title="MD", pool=None):
        self.first = r.choice(pool or DOC_FIRST)
        self.last = r.choice(DOC_LAST)
        self.title = title
        self.mi = r.choice("ABCDEFGHJKLMNPRSTW")

    def full(self):
        return "%s %s. %s, %s" % (self.first, self.mi, self.last, self.title)

    def dr(self):
        return "Dr. %s" % self.last

    def short(self):
        return "%s %s %s" % (self.first, self.last, self.title)


def cap(s):
    return s[:1].upper() + s[1:]


def pct(r, a, b, nd=1):
    return round(r.uniform(a, b), nd)


def make_patient(r):
    p = {}
    p["sex"] = r.choice("MF")
    p["first"] = r.choice(FIRST_M if p["sex"] == "M" else FIRST_F)
    p["last"] = r.choice(LAST)
    p["mi"] = r.choice("ABCDEFGHJKLMNPRSTVW")
    p["age"] = r.randint(26, 86)
    y = r.randint(2007, 2024)
    p["date"] = date(y, r.randint(1, 12), r.randint(1, 28))
    p["dob"] = p["date"] - timedelta(days=p["age"] * 365 + r.randint(5, 360))
    p["mrn"] = str(r.randint(1000000, 9899999))
    p["acct"] = "%s%d" % (r.choice(["A", "V", "H", ""]), r.randint(10000000, 99999999))
    p["he"] = "he" if p["sex"] == "M" else "she"
    p["his"] = "his" if p["sex"] == "M" else "her"
    p["him"] = "him" if p["sex"] == "M" else "her"
    p["Mr"] = "Mr." if p["sex"] == "M" else r.choice(["Ms.", "Mrs."])
    p["gender"] = "male" if p["sex"] == "M" else "female"
    p["man"] = "man" if p["sex"] == "M" else "woman"
    p["street"], p["cityline"] = addr(r)
    p["phone"] = phone(r)
    cause = r.choice(CAUSES)
    p["cause"], p["cause_icd"] = cause
    if p["cause"] in ("lupus nephritis", "IgA nephropathy", "focal segmental glomerulosclerosis") and p["age"] > 70:
        p["age"] -= 30
        p["dob"] = p["dob"] + timedelta(days=30 * 365)
    m = r.random()
    p["mod"] = "HD" if m < 0.58 else ("PD" if m < 0.78 else ("HHD" if m < 0.84 else "TX"))
    p["esrd_start"] = p["date"] - timedelta(days=r.randint(60, 365 * 9))
    if p["mod"] in ("HD", "HHD"):
        p["access"] = r.choice(ACCESSES["HD"])
    elif p["mod"] == "PD":
        p["access"] = r.choice(ACCESSES["PD"])
    else:
        p["access"] = "none (functioning renal allograft)"
    p["tx_date"] = p["date"] - timedelta(days=r.randint(20, 365 * 6))
    p["donor"] = r.choice(["deceased donor (KDPI %d%%)" % r.randint(12, 85), "living related donor (sibling)",
                           "living unrelated donor (spouse)", "deceased donor, DCD (KDPI %d%%)" % r.randint(30, 80)])
    p["tx_side"] = r.choice(["right", "left", "right"])
    if p["mod"] == "TX":
        p["esrd_start"] = p["tx_date"] - timedelta(days=r.randint(200, 365 * 5))
    como = ["hypertension", "anemia of CKD", "secondary hyperparathyroidism"]
    if "diabetic" in p["cause"]:
        como.insert(0, "type 2 diabetes mellitus" if r.random() < 0.85 else "type 1 diabetes mellitus")
    extra = [c for c in COMORBID if c not in como and "diabetes" not in c]
    r.shuffle(extra)
    como += extra[:r.randint(1, 4)]
    p["como"] = como
    p["dm"] = any("diabetes" in c for c in como)
    p["chf"] = any("heart failure" in c for c in como)
    p["afib"] = "atrial fibrillation" in como
    p["allergies"] = r.choice(ALLERGIES)
    p["wt"] = pct(r, 52, 128, 1)
    p["edw"] = round(p["wt"] - r.uniform(-0.5, 2.8), 1)
    p["ht_cm"] = r.randint(150, 190)
    p["neph"] = Clin(r)
    p["pcp"] = Clin(r, r.choice(["MD", "DO", "MD", "FNP-C"]))
    p["surg"] = Clin(r)
    p["txneph"] = Clin(r)
    p["city"] = r.choice(CITIES)
    p["org"] = r.choice(ORGS)
    p["unit"] = "%s %s" % (p["org"].split()[0] if r.random() < 0.5 else r.choice(UNITS),
                           r.choice(["Dialysis", "Dialysis Center", "Kidney Center", "Renal Center"]
                                    if p["mod"] not in ("PD", "HHD") else ["Home Dialysis Program", "PD Clinic", "Home Therapies"]))
    p["unit_no"] = "%02d-%04d" % (r.choice([14, 23, 36, 11, 44, 52, 26]), r.randint(2500, 2999))
    p["hosp"] = r.choice(HOSPITALS)
    p["txc"] = r.choice(TX_CENTERS)
    p["sched"] = r.choice(["MWF", "TTS", "M/W/F", "Tu/Th/Sat"])
    p["shift"] = r.choice(["1st", "2nd", "3rd", "early AM"])
    p["chair"] = r.randint(1, 24)
    p["insurer"] = r.choice(INSURERS)
    p["mbi"] = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJKM"), r.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                             r.randint(0, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJKMNPQRTUVWXY"), r.randint(0, 9),
                                             r.choice("ACDEFGHJK"), r.choice("ACDEFGHJKMNPQRTUVWXY"), r.randint(0, 9), r.randint(0, 9))
    p["ssn4"] = "%04d" % r.randint(1, 9999)
    p["lang"] = r.choice(["English"] * 6 + ["Spanish", "Vietnamese", "Arabic", "Haitian Creole"])
    ecf = r.random() < 0.6
    p["ec_name"] = "%s %s" % (r.choice(FIRST_F if ecf else FIRST_M), r.choice([p["last"]] * 2 + LAST))
    p["ec_rel"] = r.choice((["daughter", "sister", "niece", "friend", "spouse"] + (["wife"] if p["sex"] == "M" else []))
                           if ecf else (["son", "brother", "nephew", "friend", "spouse"] + (["husband"] if p["sex"] == "F" else [])))
    p["ec_phone"] = phone(r)
    p["meds"] = build_meds(r, p)
    return p


def build_meds(r, p):
    m = []
    if p["mod"] == "TX":
        tac = r.choice(["1", "2", "3", "4", "1.5"])
        m += [("tacrolimus", "%s mg" % tac, "PO", "every 12 hours"),
              ("mycophenolate mofetil", r.choice(["500 mg", "750 mg", "1000 mg"]), "PO", "twice daily"),
              ("prednisone", r.choice(["5 mg", "5 mg", "10 mg", "7.5 mg"]), "PO", "daily"),
              ("sulfamethoxazole-trimethoprim SS", "400-80 mg", "PO", "daily")]
        if (p["date"] - p["tx_date"]).days < 200:
            m.append(("valganciclovir", "450 mg", "PO", "daily"))
            m.append(("nystatin suspension", "5 mL", "swish/swallow", "four times daily"))
        m.append(("famotidine", "20 mg", "PO", "daily"))
    else:
        binder = r.choice([("sevelamer carbonate", "800 mg", "PO", "%d tabs three times daily with meals" % r.randint(1, 3)),
                           ("calcium acetate", "667 mg", "PO", "%d caps with meals" % r.randint(1, 3)),
                           ("sevelamer carbonate", "1600 mg", "PO", "three times daily with meals"),
                           ("ferric citrate", "210 mg iron", "PO", "2 tabs three times daily with meals"),
                           ("lanthanum carbonate", "1000 mg", "PO chewed", "three times daily with meals"),
                           ("sucroferric oxyhydroxide", "500 mg", "PO chewed", "three times daily with meals")])
        m.append(binder)
        m.append(("renal multivitamin (B-complex/C/folic acid)", "1 tab", "PO", "daily"))
        if r.random() < 0.5:
            m.append(("cinacalcet", r.choice(["30 mg", "60 mg", "90 mg"]), "PO", "daily"))
        if p["mod"] == "PD":
            m.append(("calcitriol", "0.25 mcg", "PO", "daily"))
            m.append(("darbepoetin alfa", r.choice(["40 mcg", "60 mcg", "100 mcg"]), "SC", "every 2 weeks"))
            m.append(("mupirocin 2% ointment", "thin layer", "topical to exit site", "daily"))
            m.append(("furosemide", r.choice(["80 mg", "120 mg"]), "PO", "twice daily"))
            m.append(("docusate", "100 mg", "PO", "twice daily"))
        else:
            m.append(("epoetin alfa", "%d units" % r.choice([2000, 3000, 4000, 6000, 8000, 10000]), "IV", "with each HD"))
            m.append(("paricalcitol", "%d mcg" % r.choice([1, 2, 3, 4, 5]), "IV", "with HD three times weekly"))
            m.append(("iron sucrose", "100 mg", "IV", "weekly per anemia protocol"))
            m.append(("heparin", "%d units bolus" % r.choice([1000, 1500, 2000, 2500]), "IV", "with HD"))
    if "hypertension" in p["como"]:
        m.append(r.choice([("amlodipine", "10 mg", "PO", "daily"), ("carvedilol", "12.5 mg", "PO", "twice daily"),
                           ("labetalol", "200 mg", "PO", "twice daily"), ("hydralazine", "50 mg", "PO", "three times daily"),
                           ("metoprolol succinate", "50 mg", "PO", "daily at bedtime")]))
        if r.random() < 0.4:
            m.append(("amlodipine", "5 mg", "PO", "at bedtime") if m[-1][0] != "amlodipine" else ("clonidine", "0.1 mg", "PO", "twice daily"))
    if p["dm"]:
        m.append(("insulin glargine", "%d units" % r.randint(8, 40), "SC", "at bedtime"))
        if r.random() < 0.6:
            m.append(("insulin lispro", "sliding scale", "SC", "with meals"))
        else:
            m.append(("linagliptin", "5 mg", "PO", "daily"))
    m.append(("atorvastatin", r.choice(["20 mg", "40 mg", "80 mg"]), "PO", "at bedtime"))
    if any(x in p["como"] for x in ("coronary artery disease", "peripheral arterial disease", "history of CVA")):
        m.append(("aspirin", "81 mg", "PO", "daily"))
    if p["afib"]:
        m.append(("apixaban", "2.5 mg", "PO", "twice daily"))
    if "gout" in p["como"]:
        m.append(("allopurinol", "100 mg", "PO", "daily"))
    if "depression" in p["como"]:
        m.append(("sertraline", "50 mg", "PO", "daily"))
    if "COPD" in p["como"]:
        m.append(("tiotropium", "18 mcg", "inhaled", "daily"))
    if r.random() < 0.3 and p["mod"] in ("HD", "HHD"):
        m.append(("midodrine", "10 mg", "PO", "30 min before HD"))
    if r.random() < 0.3:
        m.append(("gabapentin", "100 mg", "PO", "after HD" if p["mod"] in ("HD", "HHD") else "at bedtime"))
    return m


def med_str(m, style=0):
    if style == 0:
        return "%s %s %s %s" % m
    if style == 1:
        return "%s %s, %s, %s" % (cap(m[0]), m[1], m[2], m[3])
    if style == 2:
        return "%s - %s %s" % (m[0].upper(), m[1], m[3])
    return "%s %s %s" % (m[0], m[1], m[3])


def pname(p, style=0):
    if style == 0:
        return "%s %s" % (p["first"], p["last"])
    if style == 1:
        return "%s, %s" % (p["last"].upper(), p["first"].upper())
    if style == 2:
        return "%s, %s %s" % (p["last"], p["first"], p["mi"])
    return "%s %s. %s" % (p["first"], p["mi"], p["last"])


def mod_text(p):
    return {"HD": "in-center hemodialysis %s" % p["sched"], "HHD": "home hemodialysis (NxStage, 5x/week)",
            "PD": "peritoneal dialysis (CCPD)", "TX": "s/p kidney transplant"}[p["mod"]]


def labs(r, p):
    L = {}
    tx = p["mod"] == "TX"
    L["hgb"] = pct(r, 8.6, 12.4) if not tx else pct(r, 10.5, 14.2)
    L["hct"] = round(L["hgb"] * 3 + r.uniform(-1, 1), 1)
    L["wbc"] = pct(r, 3.9, 10.5)
    L["plt"] = r.randint(120, 340)
    L["na"] = r.randint(131, 142)
    L["k"] = pct(r, 3.6, 5.9)
    L["cl"] = r.randint(94, 106)
    L["co2"] = r.randint(18, 27)
    L["bun"] = r.randint(38, 92) if not tx else r.randint(14, 38)
    L["cr"] = pct(r, 5.8, 13.5) if not tx else pct(r, 0.9, 2.4, 2)
    L["glu"] = r.randint(82, 240 if p["dm"] else 128)
    L["ca"] = pct(r, 8.1, 10.0)
    L["phos"] = pct(r, 3.2, 7.8) if not tx else pct(r, 2.4, 4.1)
    L["alb"] = pct(r, 3.0, 4.3)
    L["pth"] = r.randint(150, 1150) if not tx else r.randint(60, 260)
    L["ferritin"] = r.randint(180, 1100)
    L["tsat"] = r.randint(14, 42)
    L["postbun"] = int(L["bun"] * r.uniform(0.22, 0.34))
    L["urr"] = round(100 * (1 - L["postbun"] / L["bun"]))
    L["ktv"] = pct(r, 1.25, 1.85, 2)
    L["wkktv"] = pct(r, 1.6, 2.6, 2)
    L["tac"] = pct(r, 4.2, 11.8)
    L["egfr"] = r.randint(28, 75) if tx else r.randint(4, 9)
    return L


# ----------------------------------------------------------------------------
# hospital events shared by inpatient / ED documents
# ----------------------------------------------------------------------------
def event(r, p):
    if p["mod"] == "TX":
        keys = ["rejection", "txadmit", "uti_tx", "volume"]
    elif p["mod"] == "PD":
        keys = ["peritonitis", "volume", "hyperk", "pdleak"]
    else:
        keys = ["hyperk", "volume", "thrombosis", "cathinfect", "hyperk", "volume"]
        if "catheter" not in p["access"]:
            keys.remove("cathinfect")
        else:
            keys.remove("thrombosis")
    k = r.choice(keys)
    L = labs(r, p)
    e = {"key": k, "L": L}
    if k == "hyperk":
        L["k"] = pct(r, 6.6, 7.6)
        e.update(dx="Hyperkalemia", icd="E87.5",
                 cc=r.choice(["weakness", "missed dialysis", "generalized weakness x 2 days", "feels weak, missed HD"]),
                 hpi="missed %s last scheduled dialysis treatment%s and presented with generalized weakness and paresthesias. Potassium on arrival was %.1f with peaked T waves on ECG" % (
                     r.choice(["the", "two consecutive", "%s" % p["his"]]), r.choice([" due to transportation problems", " because of a family emergency", "", " (states felt too tired to go)"]), L["k"]),
                 course="Received calcium gluconate 1 g IV x2, insulin regular 10 units IV with D50, albuterol nebulizer and was dialyzed emergently on a 1K bath. Repeat potassium %.1f post treatment. Telemetry without arrhythmia." % pct(r, 3.9, 4.6),
                 secondary=["ESRD on hemodialysis, nonadherence", "Hypertension"], los=r.randint(1, 3))
    elif k == "volume":
        e.update(dx=r.choice(["Acute pulmonary edema due to volume overload", "Hypervolemia / fluid overload", "Acute on chronic diastolic heart failure with volume overload"]),
                 icd="E87.70", cc=r.choice(["shortness of breath", "SOB", "can't breathe lying flat", "leg swelling and SOB"]),
                 hpi="reports progressive dyspnea and orthopnea over %d days, weight up %.1f kg above estimated dry weight%s" % (
                     r.randint(2, 5), pct(r, 3.0, 7.5), r.choice([", dietary indiscretion over the holiday", ", shortened treatments last week", ", poor PD ultrafiltration", ""])),
                 course="Placed on BiPAP briefly in the ED. %s with net UF %.1f L over two sessions. Oxygen weaned to room air. Dry weight reassessed and lowered to %.1f kg." % (
                     "Underwent urgent hemodialysis" if p["mod"] != "PD" else "PD prescription changed to hypertonic 4.25% exchanges", pct(r, 3.5, 6.5), p["edw"] - 1),
                 secondary=["ESRD", "Hypertension", "Hypoxemia"], los=r.randint(2, 5))
    elif k == "thrombosis":
        e.update(dx="Thrombosed %s" % p["access"].replace("left ", "").replace("right ", ""), icd="T82.868A",
                 cc=r.choice(["no thrill in access", "clotted fistula", "graft not working"]),
                 hpi="noted loss of thrill in %s access this morning; dialysis unit unable to cannulate" % p["his"],
                 course="Interventional radiology performed pharmacomechanical thrombectomy with balloon angioplasty of a %d%% venous anastomotic stenosis, restoring flow. Dialyzed through the access the same day without difficulty." % r.randint(60, 90),
                 secondary=["ESRD on hemodialysis", "Venous outflow stenosis"], los=r.randint(1, 2))
    elif k == "cathinfect":
        org = r.choice(["methicillin-sensitive Staphylococcus aureus", "MRSA", "Staphylococcus epidermidis", "Enterobacter cloacae", "Klebsiella pneumoniae"])
        e.update(dx="Catheter-related bloodstream infection (%s)" % org, icd="T80.211A",
                 cc=r.choice(["fever and chills during dialysis", "rigors at HD", "fever"]),
                 hpi="developed rigors and a temperature of %.1f F during dialysis; blood cultures drawn at the unit grew gram-positive cocci" % pct(r, 101.0, 103.2),
                 course="Started on vancomycin dosed with dialysis%s. Blood cultures grew %s. Tunneled catheter removed and replaced over a new tract after 72 hours of negative cultures. TTE without vegetation. Plan %d weeks of IV antibiotics at the dialysis unit." % (
                     " and ceftazidime" if r.random() < 0.5 else "", org, r.choice([2, 3, 4, 6])),
                 secondary=["ESRD on hemodialysis", "Bacteremia"], los=r.randint(3, 7))
    elif k == "peritonitis":
        org = r.choice(["Staphylococcus epidermidis", "Streptococcus viridans", "Escherichia coli", "culture negative", "Staphylococcus aureus"])
        e.update(dx="PD-associated peritonitis (%s)" % org, icd="K65.8",
                 cc=r.choice(["cloudy PD fluid", "abdominal pain", "belly pain, cloudy bags"]),
                 hpi="noticed cloudy effluent and diffuse abdominal pain for %d days; effluent cell count %d WBC/uL with %d%% neutrophils" % (r.randint(1, 3), r.randint(300, 4200), r.randint(70, 95)),
                 course="Started on intraperitoneal vancomycin and ceftazidime per ISPD guidelines. Effluent cultures: %s. Effluent cleared by day 3. Retraining on exchange technique completed with the home PD nurse." % org,
                 secondary=["ESRD on peritoneal dialysis"], los=r.randint(2, 5))
    elif k == "pdleak":
        e.update(dx="Pericatheter leak / abdominal wall hernia", icd="K43.9", cc="swelling at catheter site",
                 hpi="noted clear fluid leaking around the exit site and new umbilical bulge after increasing fill volume",
                 course="PD held; transitioned to temporary hemodialysis via right IJ catheter. Surgery consulted and performed umbilical hernia repair. Plan resume low-volume supine PD in 2 weeks.",
                 secondary=["ESRD on PD"], los=r.randint(3, 6))
    elif k == "rejection":
        L["cr"] = pct(r, 2.3, 4.1, 2)
        e.update(dx=r.choice(["Acute T-cell mediated rejection, Banff IB", "Acute cellular rejection, Banff IA", "Acute kidney injury of renal allograft, rule out rejection"]),
                 icd="T86.11", cc="rising creatinine",
                 hpi="kidney transplant recipient (%s, %s) with creatinine rise to %.2f from baseline %.1f on routine labs, tacrolimus trough %.1f" % (p["donor"], fmt(r, p["tx_date"], "%m/%Y"), L["cr"], pct(r, 1.1, 1.6), pct(r, 3.0, 5.0)),
                 course="Allograft ultrasound showed normal resistive indices without hydronephrosis. Percutaneous allograft biopsy confirmed acute T-cell mediated rejection. Treated with methylprednisolone 500 mg IV daily x3 followed by prednisone taper; tacrolimus target raised to 8-10. Creatinine improved to %.2f at discharge." % pct(r, 1.5, 2.2, 2),
                 secondary=["Kidney transplant status", "Hypertension"], los=r.randint(3, 6))
    elif k == "txadmit":
        L["cr"] = pct(r, 4.5, 8.0, 2)
        e.update(dx="ESRD, admitted for %s kidney transplant" % p["donor"].split(" (")[0], icd="N18.6",
                 cc="kidney offer", hpi="called in for a kidney offer; last dialysis %s. Cross-match negative" % r.choice(["yesterday", "this morning", "2 days ago"]),
                 course="Underwent %s kidney transplant to the %s iliac fossa. Induction with %s. %s Tacrolimus started POD 1 and titrated to trough 8-12." % (
                     p["donor"].split(" (")[0], p["tx_side"], r.choice(["rabbit antithymocyte globulin x 4 doses", "basiliximab 20 mg days 0 and 4"]),
                     r.choice(["Immediate graft function with brisk urine output.", "Delayed graft function requiring one hemodialysis session on POD 2; urine output improved by POD 4.", "Slow graft function; creatinine steadily declining."])),
                 secondary=["ESRD", "Hypertension", "Immunosuppressed state"], los=r.randint(4, 8))
    else:
        e.update(dx="Urinary tract infection in renal transplant recipient", icd="N39.0", cc="fever, dysuria",
                 hpi="presented with fever to %.1f and dysuria; urinalysis with pyuria" % pct(r, 100.8, 102.6),
                 course="Urine culture grew E. coli sensitive to ceftriaxone. Treated with ceftriaxone then oral cefpodoxime to complete 10 days. Mycophenolate held during acute illness and resumed at discharge.",
                 secondary=["Kidney transplant status", "AKI on allograft, prerenal"], los=r.randint(2, 4))
    e["adm"] = p["date"] - timedelta(days=e["los"])
    e["dis"] = p["date"]
    return e


# ----------------------------------------------------------------------------
# page furniture and scan/OCR artefacts
# ----------------------------------------------------------------------------
SUBS = {"l": "1", "I": "l", "O": "0", "0": "O", "e": "c", "S": "5", "B": "8", "i": "l", ",": ".",
        "m": "rn", "h": "b", "a": "o", "t": "f", "5": "S", "1": "l", ":": ";", "c": "e", "n": "ri"}


def ocr(r, text, level):
    if level <= 0:
        return text
    out = []
    for line in text.split("\n"):
        if line and r.random() < 0.02 * level:
            line = line.replace(" ", "  ", 1)
        chars = []
        for c in line:
            x = r.random()
            if x < 0.004 * level and c in SUBS:
                chars.append(SUBS[c])
            elif x < 0.0048 * level and not c.isdigit() and c != ".":
                continue
            elif x < 0.0058 * level and c == " ":
                continue
            else:
                chars.append(c)
        out.append("".join(chars))
    return "\n".join(out)


def fax_line(r, p, pg, tot, org=None):
    d = p["date"] + timedelta(days=r.randint(0, 20))
    return r.choice([
        "%s %s FAX %s %s P.%03d/%03d" % (fmt(r, d, "%m/%d/%Y"), tm(r), phone(r).replace("(", "").replace(") ", "").replace("-", ""), (org or p["hosp"]).upper()[:26], pg, tot),
        "%s %s  From: %s  To: %s  Page %d of %d" % (d.strftime("%b-%d-%Y"), tm(r), phone(r), phone(r), pg, tot),
        "RECEIVED %s %s   %s   #%d P.%d" % (fmt(r, d, "%m/%d/%y"), tm(r), (org or p["unit"]).upper(), r.randint(1000, 9999), pg),
    ])


def paginate(r, p, text, style=None, org=None):
    """Insert page headers/footers like a printed, scanned record."""
    lines = text.split("\n")
    style = style if style is not None else r.choice([0, 1, 2, 3, 4, 4])
    if style == 4 or len(lines) < 8:
        return text
    per = r.randint(44, 60)
    pages = [lines[i:i + per] for i in range(0, len(lines), per)]
    tot = len(pages)
    out = []
    printed = p["date"] + timedelta(days=r.randint(0, 400))
    user = "%s%s" % (r.choice("abcdefghjkmnprstw"), r.choice(DOC_LAST).lower()[:6])
    for i, pg in enumerate(pages, 1):
        if style == 0:
            if i > 1:
                out.append("%s  MRN: %s  DOB: %s" % (pname(p, 1), p["mrn"], fmt(r, p["dob"], "%m/%d/%Y")))
                out.append("")
            out += pg
            out.append("")
            out.append("Page %d of %d" % (i, tot))
        elif style == 1:
            out.append(fax_line(r, p, i, tot + 1, org))
            out += pg
        elif style == 2:
            out += pg
            out.append("")
            out.append("Printed on %s %s by %s        Page %d" % (fmt(r, printed, "%m/%d/%Y"), tm(r), user, i))
            out.append("CONFIDENTIAL - Contains Protected Health Information")
        else:
            if i > 1:
                out.append("%s (cont.)   %s   Acct# %s" % (pname(p, 2), fmt(r, p["date"], "%m/%d/%Y"), p["acct"]))
            out += pg
            out.append("- %d -" % i)
        if i < tot:
            out.append("\f")
    return "\n".join(out)


def letterhead(r, p, org=None, kind=None):
    org = org or p["org"]
    a1, a2 = addr(r)
    k = kind if kind is not None else r.randint(0, 4)
    if k == 0:
        return "%s\n%s\n%s\nPhone %s   Fax %s\n" % (org.upper(), a1, a2, phone(r), phone(r))
    if k == 1:
        return "%s\n%s | %s | Tel %s\n%s\n" % (org, a1, a2, phone(r), "_" * 60)
    if k == 2:
        return "%s\n%s\n%s  *  %s\n" % (org, r.choice(["Nephrology & Hypertension", "Division of Nephrology", "Kidney Transplant Program", "Dialysis Services", "Comprehensive Kidney Care"]), a1, a2)
    if k == 3:
        return "%s  --  %s, %s\n" % (org.upper(), a1, a2)
    return ""


def pt_block(r, p, k=None):
    k = k if k is not None else r.randint(0, 5)
    dob = fmt(r, p["dob"], r.choice(["%m/%d/%Y", "%m/%d/%y", "%d-%b-%Y"]))
    if k == 0:
        return "Patient: %s\nDOB: %s\nMRN: %s" % (pname(p, 2), dob, p["mrn"])
    if k == 1:
        return "NAME: %s    DOB: %s    MR#: %s    SEX: %s" % (pname(p, 1), dob, p["mrn"], p["sex"])
    if k == 2:
        return "%s  |  %s  |  %d y.o. %s  |  MRN %s" % (pname(p, 2), dob, p["age"], p["gender"], p["mrn"])
    if k == 3:
        return "Patient Name: %s\nDate of Birth: %s      Age: %d\nMedical Record No.: %s      Account No.: %s" % (pname(p, 0), dob, p["age"], p["mrn"], p["acct"])
    if k == 4:
        return "RE: %s\nDOB: %s" % (pname(p, 0), dob)
    return "%s (%s) DOB %s" % (pname(p, 1), p["mrn"], dob)


def sign(r, c, when=None, kind=None):
    k = kind if kind is not None else r.randint(0, 5)
    w = when or date(2015, 1, 1)
    if k == 0:
        return "Electronically signed by %s on %s at %s" % (c.full(), fmt(r, w, "%m/%d/%Y"), tm(r))
    if k == 1:
        return "_______________________________\n%s" % c.full()
    if k == 2:
        return "%s\n%s\nD: %s  T: %s\nJob #%d  /%s" % (c.full(), r.choice(["Nephrology", "Transplant Nephrology", "Nephrology Associates", "Internal Medicine"]),
                                                     fmt(r, w, "%m/%d/%Y"), fmt(r, w + timedelta(days=r.randint(0, 2)), "%m/%d/%Y"), r.randint(100000, 999999), r.choice(["mt", "tr", "dh", "kls"]))
    if k == 3:
        return "Signed: %s  %s" % (c.short(), fmt(r, w, "%m/%d/%y"))
    if k == 4:
        return "Dictated but not read.\n%s" % c.full()
    return "-- %s, %s %s" % (c.short(), fmt(r, w, "%m/%d/%Y"), tm(r))


def vitals(r, p, inline=None):
    bp = "%d/%d" % (r.randint(108, 182), r.randint(58, 98))
    hr = r.randint(62, 104)
    t = pct(r, 97.2, 99.1)
    rr = r.randint(14, 20)
    sp = r.randint(93, 100)
    wt = p["wt"]
    if inline is None:
        inline = r.random() < 0.5
    if inline:
        return "BP %s, HR %d, T %.1f, RR %d, SpO2 %d%% RA, Wt %.1f kg" % (bp, hr, t, rr, sp, wt)
    return "BP: %s\nPulse: %d\nTemp: %.1f F\nResp: %d\nSpO2: %d%%\nWeight: %.1f kg" % (bp, hr, t, rr, sp, wt)


def access_exam(r, p):
    a = p["access"]
    if "fistula" in a or "graft" in a:
        return "%s with %s thrill and bruit, %s" % (cap(a.split(" (")[0]), r.choice(["good", "strong", "palpable", "continuous"]),
                                                    r.choice(["no erythema or tenderness", "cannulation sites clean", "mild aneurysmal segment, skin intact", "no signs of infection"]))
    if "catheter" in a and "PD" not in a:
        return "%s, exit site %s, dressing dry and intact" % (cap(a), r.choice(["clean without drainage", "without erythema", "with mild crusting, no purulence"]))
    if "PD" in a:
        return "PD catheter exit site %s; tunnel nontender" % r.choice(["clean and dry, well healed", "with slight crust, no erythema", "good (score 0)"])
    return "%s iliac fossa allograft nontender, incision well healed" % cap(p["tx_side"])


def pe(r, p, short=False):
    lines = [("General", r.choice(["Alert, in no acute distress", "Chronically ill appearing, NAD", "Pleasant, sitting in chair, comfortable", "NAD"])),
             ("HEENT", r.choice(["Anicteric, MMM", "PERRL, oropharynx clear", "Normocephalic, mucous membranes moist"])),
             ("Neck", r.choice(["JVP not elevated", "JVP ~%d cm" % r.randint(6, 12), "Supple, no JVD"])),
             ("Lungs", r.choice(["Clear to auscultation bilaterally", "Bibasilar crackles", "Decreased BS at bases", "CTAB, no wheezes"])),
             ("CV", r.choice(["RRR, no murmur", "Regular, II/VI systolic murmur LUSB", "Irregularly irregular" if p["afib"] else "RRR, S1 S2 normal"])),
             ("Abd", r.choice(["Soft, nontender, nondistended", "Soft, NT, +BS", "Obese, soft, nontender"])),
             ("Ext", r.choice(["No edema", "Trace bilateral ankle edema", "1+ pitting edema to mid-shin", "2+ LE edema bilaterally"])),
             ("Access", access_exam(r, p)),
             ("Neuro", r.choice(["A&O x3, nonfocal", "Alert and oriented, moves all extremities", "No asterixis"]))]
    if short:
        lines = [lines[0], lines[3], lines[4], lines[6], lines[7]]
    sep = r.choice([": ", " - ", ":  "])
    return "\n".join("%s%s%s" % (a, sep, b) for a, b in lines)


def meds_block(r, p, style=None, n=None):
    st = style if style is not None else r.randint(0, 3)
    ms = p["meds"][:n] if n else p["meds"]
    if st == 0:
        return "\n".join("%d. %s" % (i, med_str(m, 1)) for i, m in enumerate(ms, 1))
    if st == 1:
        return "\n".join("- %s" % med_str(m, 0) for m in ms)
    if st == 2:
        return "; ".join(med_str(m, 3) for m in ms) + "."
    return "\n".join("  %-44s %-12s %s" % (m[0], m[1], m[3]) for m in ms)


def como_block(r, p, style=None):
    st = style if style is not None else r.randint(0, 2)
    items = ["ESRD secondary to %s" % p["cause"]] + p["como"]
    if p["mod"] == "TX":
        items.insert(1, "s/p %s kidney transplant %s" % (p["donor"].split(" (")[0], fmt(r, p["tx_date"], "%m/%Y")))
    if st == 0:
        return "\n".join("%d. %s" % (i, x) for i, x in enumerate(items, 1))
    if st == 1:
        return cap(", ".join(items)) + "."
    return "\n".join("- " + x for x in items)


# ============================================================================
# hospital cluster
# ============================================================================
def g_discharge_summary(r, p):
    e = event(r, p)
    L = e["L"]
    doc = Clin(r)
    v = r.randint(0, 6)
    adm, dis = fmt(r, e["adm"]), fmt(r, e["dis"])
    follow = r.choice(["Resume outpatient dialysis at %s on %s schedule." % (p["unit"], p["sched"]),
                       "Follow up with %s (nephrology) within 1 week." % p["neph"].dr(),
                       "Transplant clinic in 3 days with labs.", "PCP %s in 1-2 weeks." % p["pcp"].dr()])
    if p["mod"] == "TX":
        follow = "Transplant clinic at %s in 2-3 days; labs twice weekly (CBC, BMP, tacrolimus trough)." % p["txc"]
    dmeds = meds_block(r, p)
    if v == 0:
        t = "%s%s\n\nDISCHARGE SUMMARY\n\n%s\nADMISSION DATE: %s\nDISCHARGE DATE: %s\nATTENDING PHYSICIAN: %s\n\nADMITTING DIAGNOSIS: %s\n\nDISCHARGE DIAGNOSES:\n1. %s\n%s\n\nHISTORY OF PRESENT ILLNESS: The patient is a %d-year-old %s with ESRD secondary to %s on %s who %s.\n\nHOSPITAL COURSE: %s\n\nCONDITION AT DISCHARGE: %s\n\nDISCHARGE MEDICATIONS:\n%s\n\nFOLLOW-UP: %s\n\n%s" % (
            letterhead(r, p, p["hosp"], 0), "", pt_block(r, p, 3), adm, dis, doc.full(), cap(e["cc"]), e["dx"],
            "\n".join("%d. %s" % (i, s) for i, s in enumerate(e["secondary"], 2)), p["age"], p["man"], p["cause"], mod_text(p), e["hpi"], e["course"],
            r.choice(["Stable.", "Good.", "Improved, ambulatory.", "Fair."]), dmeds, follow, sign(r, doc, e["dis"], 2))
    elif v == 1:
        t = "%s\nHospital Medicine - Discharge Summary\n%s\nAdmit: %s   Discharge: %s   LOS: %d days\nPCP: %s\n\nPrincipal Problem: %s (%s)\nActive Problems:\n%s\n\nBrief HPI\n%s %s is a %d yo %s w/ %s who %s.\n\nHospital Course by Problem\n# %s\n%s\n# ESRD\nNephrology followed. %s\n# HTN\nHome antihypertensives continued.\n\nProcedures: %s\nConsults: Nephrology%s\n\nPertinent Labs at Discharge\nNa %d  K %.1f  Cl %d  CO2 %d  BUN %d  Cr %.2f  Hgb %.1f\n\nDisposition: %s\nDiet: %s\nActivity: as tolerated\n\nDischarge Medication List\n%s\n\n%s" % (
            p["hosp"].upper(), pt_block(r, p, 2), adm, dis, e["los"], p["pcp"].short(), e["dx"], e["icd"],
            "\n".join("  " + s for s in e["secondary"]), p["first"], p["last"], p["age"], p["sex"], ", ".join(p["como"][:3]), e["hpi"], e["dx"], e["course"],
            "Dialysis per routine schedule while inpatient." if p["mod"] != "TX" else "Immunosuppression managed with transplant team.",
            r.choice(["None", "See hospital course", "Hemodialysis", "ECG, CXR"]), r.choice(["", ", ID", ", Transplant Surgery", ", Vascular Surgery", ", Cardiology"]),
            L["na"], min(L["k"], 4.8), L["cl"], L["co2"], L["bun"], L["cr"], L["hgb"], r.choice(["Home", "Home with family", "Home with home health", "SNF"]),
            r.choice(["Renal diet, 2 g Na, 2 g K, 1.2 L fluid restriction", "Renal/carb controlled", "Low sodium"]), meds_block(r, p, 1), sign(r, doc, e["dis"], 0))
    elif v == 2:
        t = "%s\n\nDate of Admission: %s\nDate of Discharge: %s\n\n%s %s was admitted with %s. %s %s\n\nFinal diagnosis: %s.\n\nShe/he will follow with %s. Medications unchanged from admission except as noted on the reconciliation.\n\n%s" % (
            pt_block(r, p, 1), adm, dis, p["Mr"], p["last"], e["cc"], cap(e["hpi"]) + ".", e["course"], e["dx"].lower(), p["neph"].dr(), sign(r, doc, e["dis"], 4))
        t = t.replace("She/he", cap(p["he"]))
    elif v == 3:
        t = "%s\nDEPARTMENT OF TRANSPLANT SURGERY\nDISCHARGE SUMMARY\n\n%s\nAdmitted %s  Discharged %s\nService: Abdominal Transplant\n\nDiagnoses\n  %s\n  %s\n\nOperations/Procedures\n  %s\n\nSummary\n%s\n\nImmunosuppression at discharge:\n%s\n\nLab monitoring: %s\nInstructions: no lifting >10 lb x 6 weeks, monitor temperature, urine output, weigh daily.\n\n%s" % (
            p["txc"].upper(), pt_block(r, p, 0), adm, dis, e["dx"], "; ".join(e["secondary"]),
            r.choice(["Kidney transplant, %s" % p["donor"], "Percutaneous allograft biopsy", "None"]), e["course"],
            "\n".join("  " + med_str(m, 0) for m in p["meds"] if m[0] in ("tacrolimus", "mycophenolate mofetil", "prednisone")) or "  tacrolimus, mycophenolate, prednisone",
            "CBC, BMP, Mg, Phos, tacrolimus trough twice weekly", sign(r, doc, e["dis"], 0))
    elif v == 4:
        t = "%s\nDISCHARGE NOTE\n\nName: %s   MR# %s   Room %d%s\n\nReason for hospitalization: %s\nHistory: %d %s, %s. %s.\nCourse: %s\nPertinent results: K %.1f, Hgb %.1f, albumin %.1f%s\nDischarge condition: %s\nDischarge to: %s\nMeds: %s\nFollow-up: %s\n\n%s" % (
            p["hosp"], pname(p, 1), p["mrn"], r.randint(200, 890), r.choice("ABCD"), e["dx"], p["age"], p["sex"], mod_text(p), cap(e["hpi"]), e["course"],
            L["k"], L["hgb"], L["alb"], r.choice(["", "; CXR as above", "; BCx as above", "; ECG NSR"]), r.choice(["stable", "good"]),
            r.choice(["home", "home", "skilled nursing facility", "assisted living"]), meds_block(r, p, 2), follow, sign(r, doc, e["dis"], 3))
    elif v == 5:
        hdr = fax_line(r, p, 1, 4)
        t = "%s\n%s\nDischarge Summary (Summary of Care)\n\nPatient: %s    Sex: %s    DOB: %s\nEncounter: Inpatient %s - %s\nDischarging provider: %s\n\nREASON FOR VISIT\n%s\n\nPROBLEMS ADDRESSED\n%s\n\nHOSPITAL COURSE\n%s\n\nMEDICATIONS - CONTINUE\n%s\n\nMEDICATIONS - STOP\n%s\n\nPENDING RESULTS AT DISCHARGE\n%s\n\nCare team to notify: %s, %s\n" % (
            hdr, p["hosp"], pname(p, 0), cap(p["gender"]), fmt(r, p["dob"], "%m/%d/%Y"), adm, dis, doc.full(), e["cc"], "\n".join(["%s [%s]" % (e["dx"], e["icd"])] + e["secondary"]), e["course"],
            meds_block(r, p, 1), r.choice(["None", "lisinopril 10 mg daily", "NSAIDs (ibuprofen)", "metformin"]), r.choice(["None", "Blood cultures final", "Pathology"]), p["unit"], p["neph"].short())
    else:
        t = "%s\nDISCHARGE SUMMARY/ TRANSITION RECORD\n\n%s\n\n1. Admission date: %s  2. Discharge date: %s\n3. Primary diagnosis: %s\n4. Secondary diagnoses: %s\n5. Procedures: %s\n6. Summary of hospital stay:\n   %s\n7. Outpatient dialysis unit notified: %s  Date/time: %s\n8. Last dialysis: %s  Post weight: %.1f kg\n9. Medications: see attached reconciliation\n10. Follow-up appointments: %s\n\nCompleted by: %s" % (
            p["hosp"], pt_block(r, p, 0), adm, dis, e["dx"], ", ".join(e["secondary"]), r.choice(["Hemodialysis", "none", "Tunneled catheter exchange", "Fistulogram"]), e["course"],
            r.choice(["Yes", "Yes - spoke w/ charge RN", "Yes (faxed)"]), "%s %s" % (dis, tm(r)), adm, p["edw"] + r.uniform(-0.5, 1.0), follow, doc.full())
    return paginate(r, p, t)


def g_history_physical(r, p):
    e = event(r, p)
    L = e["L"]
    doc = Clin(r)
    v = r.randint(0, 6)
    ros = r.choice(["10-point ROS negative except as in HPI.", "Positive for fatigue, dyspnea; negative for chest pain, fever, melena.",
                    "Constitutional: +fatigue. CV: no CP. Resp: +DOE. GI: no N/V. GU: %s." % ("anuric" if p["mod"] != "TX" else "no dysuria")])
    sh = r.choice(["Lives with %s. Former smoker, quit %d. No alcohol or drug use." % (p["ec_rel"], r.randint(1990, 2015)),
                   "Lives alone in apartment. Denies tobacco/EtOH/illicit drugs.", "Married, retired %s. Never smoker." % r.choice(["bus driver", "teacher", "machinist", "nurse aide", "farmer"]),
                   "Smokes 1/2 ppd. Occasional beer. Disabled, uses walker."])
    fh = r.choice(["Mother with diabetes and ESRD.", "Noncontributory.", "Father deceased MI age 60s.", "Brother with polycystic kidney disease." if "polycystic" in p["cause"] else "HTN in both parents."])
    ap = "1. %s - %s\n2. ESRD on %s - nephrology consulted, %s\n3. %s - continue home regimen\n4. DVT ppx: %s\n5. Code status: %s" % (
        e["dx"], r.choice(["admit to telemetry", "admit to step-down", "admit to medicine floor", "admit to transplant service"]), mod_text(p),
        r.choice(["HD in AM", "dialysis per renal", "continue PD with 1.5% dextrose overnight", "monitor UOP"]), cap(p["como"][0]),
        r.choice(["heparin SC 5000 u q8h", "SCDs", "apixaban (home)"]), r.choice(["Full code", "Full code (confirmed w/ patient)", "DNR/DNI per patient", "Full"]))
    v_ = vitals(r, p)
    lab = "Na %d, K %.1f, Cl %d, CO2 %d, BUN %d, Cr %.1f, Glu %d, Ca %.1f, Hgb %.1f, WBC %.1f, Plt %d" % (
        L["na"], L["k"], L["cl"], L["co2"], L["bun"], L["cr"], L["glu"], L["ca"], L["hgb"], L["wbc"], L["plt"])
    if v == 0:
        t = "%s\nHISTORY AND PHYSICAL\n\n%s\nDate of admission: %s\nAttending: %s\n\nCHIEF COMPLAINT: %s\n\nHISTORY OF PRESENT ILLNESS:\n%s %s is a %d-year-old %s with ESRD due to %s on %s who %s.\n\nPAST MEDICAL HISTORY:\n%s\n\nPAST SURGICAL HISTORY:\nAccess surgery (%s). %s\n\nMEDICATIONS:\n%s\n\nALLERGIES: %s\n\nSOCIAL HISTORY: %s\n\nFAMILY HISTORY: %s\n\nREVIEW OF SYSTEMS: %s\n\nPHYSICAL EXAMINATION:\nVitals: %s\n%s\n\nLABORATORY DATA: %s\n\nASSESSMENT AND PLAN:\n%s\n\n%s" % (
            p["hosp"].upper(), pt_block(r, p, 3), fmt(r, e["adm"]), doc.full(), cap(e["cc"]), p["Mr"], p["last"], p["age"], p["man"], p["cause"], mod_text(p), e["hpi"],
            como_block(r, p, 0), p["access"], r.choice(["Cholecystectomy.", "None other.", "Appendectomy remote.", "CABG x3 (2012)." if "coronary" in " ".join(p["como"]) else "Hysterectomy." if p["sex"] == "F" else "Inguinal hernia repair."]),
            meds_block(r, p, 0), ", ".join(p["allergies"]), sh, fh, ros, v_, pe(r, p), lab, ap, sign(r, doc, e["adm"], 2))
    elif v == 1:
        t = "Admission H&P - Hospitalist Service\n%s\n\nCC: \"%s\"\nHPI: %d%s w/ %s, ESRD (%s) on %s (last tx %s), p/w %s. %s.\nPMH: %s\nMeds: %s\nAll: %s\nSH: %s\nFH: %s\nROS: %s\nVS: %s\nExam:\n%s\nLabs: %s\nECG: %s\nCXR: %s\nA/P:\n%s\n\n%s" % (
            pt_block(r, p, 2), e["cc"], p["age"], p["sex"], ", ".join(p["como"][:3]), p["cause"], mod_text(p),
            r.choice(["yesterday", "3 days ago", "Sat", "Mon"]) if p["mod"] != "TX" else "n/a", e["cc"], cap(e["hpi"]), como_block(r, p, 1), meds_block(r, p, 2), ", ".join(p["allergies"]), sh, fh, ros, vitals(r, p, True),
            pe(r, p, True), lab, r.choice(["NSR, peaked T waves" if e["key"] == "hyperk" else "NSR, LVH", "sinus rhythm, no acute ST changes"]),
            r.choice(["pulmonary vascular congestion, small bilateral effusions" if e["key"] == "volume" else "no acute process", "cardiomegaly, no focal consolidation"]), ap, sign(r, doc, e["adm"], 5))
    elif v == 2:
        t = "%s\nKidney Transplant Admission History & Physical\n\n%s\nDonor: %s\nDate: %s\n\nIndication: ESRD secondary to %s, on %s since %s.\nLast dialysis: %s; current dry weight %.1f kg; residual urine output %s.\nBlood type: %s   cPRA: %d%%   Crossmatch: negative (flow T/B)\nCMV: D%s/R%s   EBV: D+/R+\n\nPast medical history:\n%s\n\nPrior surgeries: %s\nMedications reviewed (see MAR).\nAllergies: %s\n\nExam\n%s\n%s\n\nPreoperative labs: K %.1f, Hgb %.1f, Plt %d, INR 1.%d\n\nPlan: proceed with kidney transplantation to the %s iliac fossa. Induction per protocol. Consent signed.\n\n%s" % (
            p["txc"], pt_block(r, p, 0), p["donor"], fmt(r, e["adm"]), p["cause"], "hemodialysis" if r.random() < 0.7 else "PD", fmt(r, p["esrd_start"], "%m/%Y"),
            r.choice(["this morning", "yesterday", "2 days ago"]), p["edw"], r.choice(["minimal", "~500 mL/day", "anuric"]), r.choice(["O+", "A+", "B+", "AB+", "O-", "A-"]), r.randint(0, 98),
            r.choice("+-"), r.choice("+-"), como_block(r, p, 2), p["access"], ", ".join(p["allergies"]), vitals(r, p), pe(r, p, True), L["k"], L["hgb"], L["plt"], r.randint(0, 2), p["tx_side"], sign(r, Clin(r), e["adm"], 0))
    elif v == 3:
        t = "INTERVAL HISTORY & PHYSICAL / PRE-PROCEDURE UPDATE\n\n%s\n\nThe history and physical dated %s has been reviewed. The patient has been examined.\n[%s] No change in the patient's condition since the H&P was completed.\n[%s] The following changes were noted: %s\n\nProcedure planned: %s\nASA class: %s\nAirway: Mallampati %s\nNPO since: %s\nK this AM: %.1f\n\nI have discussed risks, benefits and alternatives; the patient wishes to proceed.\n\n%s" % (
            pt_block(r, p, 1), fmt(r, p["date"] - timedelta(days=r.randint(3, 25))), r.choice(["X", "x", " "]), r.choice([" ", " ", "X"]),
            r.choice(["none", "BP elevated this AM 178/92, asymptomatic", "dialyzed yesterday, net UF 2.5 L"]),
            r.choice(["Left brachiocephalic AV fistula creation", "Laparoscopic PD catheter placement", "Tunneled HD catheter placement", "Fistulogram with possible angioplasty", "Right upper arm AV graft"]),
            r.choice(["III", "IV", "III"]), r.choice(["I", "II", "III"]), "midnight", L["k"], sign(r, Clin(r), p["date"], 3))
    elif v == 4:
        t = "%s\n\nADMISSION NOTE\nDate/Time: %s %s\n\nSubjective:\n%s %s (%d %s) %s.\nPast history significant for %s.\nHome medications: %s\nAllergies: %s\n\nObjective:\n%s\n%s\nLabs: %s\n\nImpression:\n%s\n\nPlan:\n%s\n\n%s" % (
            pt_block(r, p, 5), fmt(r, e["adm"]), tm(r), p["first"], p["last"], p["age"], p["sex"], e["hpi"], ", ".join(p["como"]), meds_block(r, p, 2), ", ".join(p["allergies"]),
            vitals(r, p, False), pe(r, p), lab, e["dx"], ap, sign(r, doc, e["adm"], 0))
    elif v == 5:
        t = "%s\nH & P\nPatient: %s  Age/Sex: %d/%s  Admit: %s\nReferring: %s ED\n\nCC/HPI: %s. %s %s.\n\nPMHx: %s\nPSHx: %s\nMeds: per med rec\nAllergies: %s\nSocial: %s\n\nROS (check): [x] fatigue [%s] fever [%s] SOB [ ] CP [ ] N/V [%s] edema\n\nPE: %s\nAccess: %s\nLungs: %s  Heart: %s\n\nData: %s\n\nA/P: %s. %s\n\n%s" % (
            p["hosp"], pname(p, 1), p["age"], p["sex"], fmt(r, e["adm"]), p["hosp"].split()[0], cap(e["cc"]), cap(p["he"]), e["hpi"], ", ".join(["ESRD"] + p["como"]),
            p["access"], ", ".join(p["allergies"]), sh, "x" if e["key"] in ("cathinfect", "peritonitis") else " ", "x" if e["key"] == "volume" else " ", "x" if e["key"] == "volume" else " ",
            vitals(r, p, True), access_exam(r, p), r.choice(["clear", "crackles bilat bases"]), r.choice(["RRR", "reg"]), lab, e["dx"], e["course"].split(".")[0] + " planned.", sign(r, doc, e["adm"], 5))
    else:
        t = "%s\n%s\n\nHISTORY & PHYSICAL EXAMINATION\n\nSOURCE: patient and %s; records from %s reviewed.\n\nHPI: This is a %d-year-old %s known to our dialysis service, %s. %s %s. In the emergency department %s.\n\nPAST MEDICAL HISTORY\n%s\n\nOUTPATIENT DIALYSIS\nUnit: %s  Nephrologist: %s\nSchedule: %s  EDW: %.1f kg  Access: %s\n\nMEDICATIONS\n%s\n\nALLERGIES: %s\n\nEXAM\n%s\n\n%s\n\nIMPRESSION / PLAN\n%s\n\n%s" % (
            p["hosp"], pt_block(r, p, 3), p["ec_rel"], p["unit"], p["age"], p["man"], mod_text(p), cap(p["he"]), e["hpi"], r.choice(["labs as below", "was given IV calcium and insulin" if e["key"] == "hyperk" else "received IV furosemide without effect", "blood cultures were drawn"]),
            como_block(r, p, 0), p["unit"], p["neph"].dr(), p["sched"] if p["mod"] == "HD" else mod_text(p), p["edw"], p["access"], meds_block(r, p, 3), ", ".join(p["allergies"]), vitals(r, p, False), pe(r, p), ap, sign(r, doc, e["adm"], 2))
    return paginate(r, p, t)


def g_ed_note(r, p):
    e = event(r, p)
    L = e["L"]
    doc = Clin(r, r.choice(["MD", "DO", "MD", "PA-C"]))
    v = r.randint(0, 6)
    arrival = tm(r)
    esi = r.choice(["2", "3", "2"])
    mdm = r.choice(["Given ESRD with %s, concern for %s. Differential includes ACS, pneumonia, sepsis." % (e["cc"], e["dx"].lower()),
                    "Patient with ESRD presenting with %s. Labs concerning for %s." % (e["cc"], e["dx"].lower()), "Discussed with on-call nephrology (%s)." % p["neph"].dr()])
    dispo = r.choice(["Admit to medicine, telemetry", "Admit to step-down", "Transfer to %s for emergent dialysis" % r.choice(HOSPITALS), "Discharged to outpatient dialysis unit after treatment", "Admit - Transplant service"])
    if v == 0:
        t = "%s EMERGENCY DEPARTMENT\nPHYSICIAN RECORD\n\n%s\nArrival: %s %s   Mode: %s   Triage ESI: %s\n\nCHIEF COMPLAINT: %s\n\nHPI: %d y/o %s with ESRD on %s %s.\n\nROS: As per HPI, otherwise negative.\nPMH: %s\nMeds: reviewed, see nursing med list\nAllergies: %s\n\nPHYSICAL EXAM\n%s\n%s\n\nED COURSE / MDM\n%s\n%s\n\nRESULTS\nK %.1f  BUN %d  Cr %.1f  Hgb %.1f  WBC %.1f  Trop %s\n\nCLINICAL IMPRESSION\n1. %s\n\nDISPOSITION: %s\nCondition: %s\n\n%s" % (
            p["hosp"].upper(), pt_block(r, p, 1), fmt(r, e["adm"]), arrival, r.choice(["EMS", "private vehicle", "walk-in", "wheelchair van"]), esi, e["cc"].upper(), p["age"], p["sex"], mod_text(p), e["hpi"],
            como_block(r, p, 1), ", ".join(p["allergies"]), vitals(r, p, True), pe(r, p, True), mdm, e["course"].split(".")[0] + ".", L["k"], L["bun"], L["cr"], L["hgb"], L["wbc"], r.choice(["<0.01", "0.04", "0.06 (chronic)"]), e["dx"], dispo, r.choice(["stable", "guarded", "fair"]), sign(r, doc, e["adm"], 0))
    elif v == 1:
        t = "ED Provider Note\n%s\n\nTime seen: %s\n\nSubjective: %s %s %s. States last dialysis was %s.\n\nObjective: %s\nGen: %s\nAccess: %s\n\nLabs: see below. ECG: %s\n\nAssessment/Plan: %s. %s. Nephrology paged. %s.\n\n%s" % (
            pt_block(r, p, 2), arrival, p["Mr"], p["last"], e["hpi"], r.choice(["Friday", "Saturday", "Monday", "4 days ago", "yesterday"]), vitals(r, p, True),
            r.choice(["uncomfortable", "NAD", "mildly tachypneic"]), access_exam(r, p), r.choice(["peaked T waves, QRS 104" if e["key"] == "hyperk" else "sinus tach", "NSR, no STEMI"]), e["dx"], mdm, dispo, sign(r, doc, e["adm"], 5))
    elif v == 2:
        t = "%s\nEMERGENCY DEPT - TRIAGE & NURSING / PROVIDER\nAcuity %s   Room ED-%d\n%s\n\nTriage note: pt %s. %s\nVS at triage: %s\nPain: %d/10\nFall risk: %s    Isolation: %s\n\nProvider assessment:\n%s\n\nOrders: CBC, BMP, %s\nTreatment given: %s\n\nDiagnosis: %s\nDisposition: %s at %s\n%s" % (
            p["hosp"], esi, r.randint(1, 38), pt_block(r, p, 5), e["cc"], "Dialysis pt, %s access." % p["access"].split(",")[0], vitals(r, p, True), r.randint(0, 8), r.choice(["yes", "no"]), r.choice(["none", "contact - MRSA hx"]),
            cap(e["hpi"]) + ". " + mdm, r.choice(["BCx x2, lactate", "troponin, BNP, CXR", "ECG, Mg, Phos", "PD fluid cell count and culture"]),
            r.choice(["calcium gluconate 1 g IV, insulin 10 u + D50" if e["key"] == "hyperk" else "vancomycin 20 mg/kg IV", "nitroglycerin SL, BiPAP" if e["key"] == "volume" else "acetaminophen 650 mg PO"]), e["dx"], dispo, tm(r), sign(r, doc, e["adm"], 3))
    elif v == 3:
        t = "CLINICAL REPORT - EMERGENCY\n%s\nEncounter date: %s\nProvider: %s\n\nHistory of Present Illness\nThe patient is a %d year old %s who presents to the emergency department with %s. %s %s. %s denies %s.\n\nMedical Decision Making\n%s The patient's presentation is most consistent with %s. %s\n\nProcedures: %s\n\nCritical care time: %d minutes excluding procedures.\n\nFinal Impression: %s\nDisposition: %s\n\n%s" % (
            pt_block(r, p, 3), fmt(r, e["adm"]), doc.full(), p["age"], p["gender"], e["cc"], cap(p["he"]), e["hpi"], cap(p["he"]), r.choice(["chest pain", "vomiting", "recent travel", "melena"]),
            mdm, e["dx"].lower(), e["course"].split(".")[0] + ".", r.choice(["None", "Peripheral IV under US guidance", "ECG interpreted by me"]), r.randint(31, 70), e["dx"], dispo, sign(r, doc, e["adm"], 0))
    elif v == 4:
        t = "%s\nED NOTE\n%s  %s\n\n%d%s ESRD (%s) %s\nCC %s\nHx: %s\nVS %s\nExam: %s; %s\nLabs: K %.1f, HCO3 %d, Hgb %.1f, lactate %.1f\nImaging: %s\nTx: %s\nImp: %s\nPlan: %s\n%s" % (
            pname(p, 1), fmt(r, e["adm"], "%m/%d/%y"), arrival, p["age"], p["sex"], p["cause"], mod_text(p), e["cc"], e["hpi"], vitals(r, p, True), r.choice(["NAD", "ill appearing"]),
            access_exam(r, p), L["k"], L["co2"], L["hgb"], pct(r, 0.8, 3.2), r.choice(["CXR: edema" if e["key"] == "volume" else "CXR neg", "none"]),
            e["course"].split(".")[0], e["dx"], dispo, sign(r, doc, e["adm"], 3))
    elif v == 5:
        t = "%s\n%s\nEmergency Department Visit\n\nDate of Service: %s\n\nREASON FOR VISIT: %s\n\nHISTORY: %s %s. PMH notable for %s. Outpatient nephrologist is %s at %s.\n\nPHYSICAL EXAM:\n%s\n%s\n\nDIAGNOSTICS:\nBMP: Na %d, K %.1f, BUN %d, Cr %.1f\nCBC: WBC %.1f, Hgb %.1f, Plt %d\n\nASSESSMENT: %s\n\nPLAN: %s\n\nThis note was prepared with voice recognition software; transcription errors may occur.\n%s" % (
            letterhead(r, p, p["hosp"], 3), pt_block(r, p, 0), fmt(r, e["adm"]), e["cc"], p["Mr"] + " " + p["last"], e["hpi"], ", ".join(p["como"]), p["neph"].dr(), p["unit"],
            vitals(r, p, False), pe(r, p), L["na"], L["k"], L["bun"], L["cr"], L["wbc"], L["hgb"], L["plt"], e["dx"], dispo, sign(r, doc, e["adm"], 0))
    else:
        t = "%s ED Physician Documentation (template)\n%s\n\nChief complaint ................ %s\nOnset ......................... %s\nContext ....................... dialysis patient\nModifying factors ............. %s\nAssociated sx ................. %s\n\nExam: Const [x] Eyes [x] ENT [x] CV [x] Resp [x] GI [x] Skin [x] Neuro [x] Psych [x]\nAbnormal findings: %s\n\nDDx: %s\nRisk: high\nImpression: %s\nDisposition: %s\n\n%s" % (
            p["hosp"].split()[0], pt_block(r, p, 1), e["cc"], r.choice(["2 days", "today", "this morning", "1 week"]), r.choice(["none", "missed HD", "worse lying flat"]), r.choice(["fatigue", "fever", "nausea", "none"]),
            access_exam(r, p), "%s vs other" % e["dx"].lower(), e["dx"], dispo, sign(r, doc, e["adm"], 5))
    return paginate(r, p, t)


def g_transfer_summary(r, p):
    L = labs(r, p)
    doc = Clin(r)
    rn = "%s %s, RN" % (r.choice(NURSE_FIRST), r.choice(LAST))
    v = r.randint(0, 6)
    newunit = "%s %s" % (r.choice(UNITS), r.choice(["Dialysis", "Kidney Center", "Renal Care"]))
    hep = r.choice(["HBsAg negative %s; anti-HBs %d mIU/mL (immune)" % (fmt(r, p["date"] - timedelta(days=r.randint(5, 80)), "%m/%d/%y"), r.randint(12, 480)),
                    "HBsAg neg, HBsAb <10 (non-immune, susceptible), HBcAb neg"])
    rx = "Dialyzer %s, BFR %d, DFR %d, %dK/%.1fCa bath, %s h%s min, heparin %s" % (
        r.choice(["Optiflux F160NR", "Optiflux F180NR", "Revaclear 300", "FX 800"]), r.choice([350, 400, 450, 500]), r.choice([500, 600, 700, 800]),
        r.choice([2, 2, 3, 1]), r.choice([2.5, 2.5, 2.0, 3.0]), r.choice(["3", "3", "4", "3.5"]), r.choice(["", " 30", " 15"]), r.choice(["1000 u bolus, 500 u/h", "2000 u bolus only", "none (HIT)" if "Heparin" in p["allergies"][0] else "per protocol"]))
    if v == 0:
        t = "%s\nTRANSIENT / TRANSFER PATIENT INFORMATION\n\n%s\nTransferring from: %s (CCN %s)\nTransferring to: %s\nReason: %s\nDates: %s - %s\n\nPrimary nephrologist: %s   Phone %s\nESRD onset: %s   Cause: %s\nModality: %s   Schedule: %s   Shift: %s\nAccess: %s\n\nDIALYSIS PRESCRIPTION\n%s\nEDW: %.1f kg  Last post wt: %.1f kg\n\nHEPATITIS STATUS: %s\n\nMEDS GIVEN AT DIALYSIS:\n%s\n\nMost recent labs (%s): Hgb %.1f  K %.1f  Alb %.1f  Phos %.1f  Kt/V %.2f\n\nAllergies: %s\nCode status: %s\n\nAttached: H&P, last 3 flowsheets, standing orders, CXR, PPD/ TB screen, medication list.\nCompleted by: %s  %s" % (
            letterhead(r, p, p["org"], 1), pt_block(r, p, 3), p["unit"], p["unit_no"], newunit, r.choice(["vacation/travel", "relocation", "family visit", "change of residence"]),
            fmt(r, p["date"]), fmt(r, p["date"] + timedelta(days=r.randint(5, 20))), p["neph"].full(), phone(r), fmt(r, p["esrd_start"]), p["cause"], mod_text(p), p["sched"], p["shift"], p["access"],
            rx, p["edw"], p["edw"] + pct(r, -0.4, 0.6), hep, meds_block(r, p, 1, 4), fmt(r, p["date"] - timedelta(days=8)), L["hgb"], L["k"], L["alb"], L["phos"], L["ktv"], ", ".join(p["allergies"]),
            r.choice(["Full code", "DNR"]), rn, fmt(r, p["date"]))
    elif v == 1:
        e = event(r, p)
        t = "%s\nINTERFACILITY TRANSFER FORM\n\n%s\nSending facility: %s\nReceiving facility: %s\nAccepting physician: %s\nReason for transfer: %s\nMode: %s\n\nDiagnosis: %s\nBrief history: %s\nCurrent status: %s\nIV access: %s\nIsolation: %s\nLast dialysis: %s\nCode status: %s\n\nMedications administered in last 24 h:\n%s\n\nSending physician: %s\nReport called to: %s at %s\n" % (
            p["hosp"], pt_block(r, p, 1), p["hosp"], r.choice(HOSPITALS[:3] + TX_CENTERS[:2]), Clin(r).full(),
            r.choice(["needs emergent dialysis - no HD capability", "higher level of care / ICU", "transplant center evaluation", "vascular surgery not available"]),
            r.choice(["ALS ambulance", "BLS", "critical care transport"]), e["dx"], cap(e["hpi"]), vitals(r, p, True), r.choice(["#20 R hand", "L AC 18g - NOT access arm", "none - right IJ HD catheter"]),
            r.choice(["none", "contact (MRSA)", "contact (VRE)"]), r.choice(["2 days ago", "yesterday", "%s" % fmt(r, p["date"] - timedelta(days=3))]), r.choice(["Full", "DNR"]),
            r.choice(["calcium gluconate 1 g IV; insulin regular 10 u IV; dextrose 50% 25 g", "furosemide 160 mg IV; nitroglycerin drip", "vancomycin 1.5 g IV; cefepime 1 g IV"]), Clin(r).full(), rn, tm(r))
    elif v == 2:
        t = "%s\nPatient Transfer Summary - Skilled Nursing Facility\n\n%s\nTransfer date: %s\nTo: %s Rehabilitation & Nursing Center\n\nDiagnoses: ESRD on %s; %s\nAllergies: %s\nDiet: renal, %s fluid restriction\nFunction: %s\nCognition: %s\nSkin: %s\n\nDIALYSIS ARRANGEMENTS: %s chair time %s, %s, transport arranged by facility. Do NOT use %s arm for BP or lab draws.\n\nMEDICATIONS\n%s\n\nFollow up: %s\n\n%s" % (
            p["hosp"], pt_block(r, p, 0), fmt(r, p["date"]), r.choice(["Willow Glen", "Maple Crest", "Brookhaven", "Sunny Acres"]), mod_text(p), ", ".join(p["como"][:4]), ", ".join(p["allergies"]),
            r.choice(["1 L", "1.2 L", "1.5 L"]), r.choice(["ambulates with walker, 1 assist", "wheelchair, transfers with 2 assist", "independent"]), r.choice(["alert, oriented", "mild cognitive impairment"]),
            r.choice(["stage 2 sacral pressure injury", "intact", "healing L heel ulcer"]), p["unit"], "%s %s" % (p["sched"], tm(r)), p["shift"] + " shift", p["access"].split()[0], meds_block(r, p, 0),
            "%s nephrology; %s PCP" % (p["neph"].dr(), p["pcp"].dr()), sign(r, doc, p["date"], 0))
    elif v == 3:
        t = "To: %s\nFrom: %s\nRe: Patient transfer of care\n\nPlease accept %s (DOB %s) for permanent placement beginning %s. %s has been dialyzing with us since %s.\n\nTreatment summary\n  Rx: %s\n  EDW %.1f kg, avg IDWG %.1f kg, avg pre-BP %d/%d\n  Adequacy: spKt/V %.2f, URR %d%%\n  Anemia: Hgb %.1f on %s\n  Mineral: Ca %.1f, Phos %.1f, PTH %d\n  %s\n\nIssues: %s\n\nTransplant status: %s\n\nThank you,\n%s\nClinical Manager, %s\n%s" % (
            newunit, p["unit"], pname(p), fmt(r, p["dob"]), fmt(r, p["date"]), cap(p["he"]), fmt(r, p["esrd_start"], "%B %Y"), rx, p["edw"], pct(r, 1.2, 3.8), r.randint(120, 170), r.randint(60, 90),
            L["ktv"], L["urr"], L["hgb"], med_str([m for m in p["meds"] if "alfa" in m[0]][0], 0) if any("alfa" in m[0] for m in p["meds"]) else "ESA per protocol",
            L["ca"], L["phos"], L["pth"], hep, r.choice(["frequent shortened treatments", "intradialytic hypotension, on midodrine", "none", "missed 3 treatments last month"]),
            r.choice(["active on list at %s" % p["txc"], "referred, evaluation pending", "not a candidate (%s)" % r.choice(["BMI", "cardiac", "declined"]), "inactive status"]), rn, p["unit"], phone(r))
    elif v == 4:
        t = "%s\nHOSPITAL TO DIALYSIS UNIT HAND-OFF\n%s\nHospital: %s  Discharge date: %s\n\n[ ] New start  [x] Returning patient\nReason for admission: %s\nDialysis in hospital: last %s, post weight %.1f kg\nNew target weight recommended: %.1f kg\nAccess changes: %s\nAntibiotics to continue at HD: %s\nESA/Iron given inpatient: %s\nLabs needed: %s\nMed changes: %s\n\nContact: %s  %s" % (
            p["hosp"], pt_block(r, p, 2), p["hosp"], fmt(r, p["date"]), event(r, p)["dx"], fmt(r, p["date"] - timedelta(days=1)), p["edw"] - 0.8, p["edw"] - pct(r, 0.3, 1.5),
            r.choice(["none", "new R IJ tunneled catheter placed", "fistula declotted"]), r.choice(["none", "vancomycin 1 g after each HD through %s" % fmt(r, p["date"] + timedelta(days=21)), "cefazolin 2 g post HD x 4 weeks"]),
            r.choice(["none", "epoetin 10,000 u x2", "iron sucrose 100 mg x1"]), r.choice(["CBC in 1 wk", "BCx surveillance 1 wk after abx", "none"]), r.choice(["stopped lisinopril", "none", "amlodipine increased to 10 mg"]), Clin(r).full(), phone(r))
    elif v == 5:
        t = "CONTINUITY OF CARE DOCUMENT\nTransition of Care Summary\n\nPatient: %s\nGender: %s  DOB: %s\nAuthor: %s, %s\nDate: %s\n\nProblems\n%s\n\nAllergies\n%s\n\nMedications\n%s\n\nResults (most recent)\n  Hemoglobin %.1f g/dL\n  Potassium %.1f mmol/L\n  Albumin %.1f g/dL\n\nPlan of care\n  Continue %s. Next nephrology visit %s.\n\nEncounter: %s\n" % (
            pname(p), p["gender"], fmt(r, p["dob"], "%Y-%m-%d"), p["neph"].full(), p["org"], fmt(r, p["date"], "%Y-%m-%d"), como_block(r, p, 2), "\n".join("  " + a for a in p["allergies"]), meds_block(r, p, 3),
            L["hgb"], L["k"], L["alb"], mod_text(p), fmt(r, p["date"] + timedelta(days=30)), r.choice(["Transfer to new provider", "Referral to transplant", "Hospital discharge"]))
    else:
        t = "%s\nPD PROGRAM TRANSFER SUMMARY\n\n%s\nPD start date: %s   Catheter: %s\nCurrent Rx: %s\nPET (%s): %s transporter, D/P Cr %.2f\nWeekly Kt/V %.2f, CrCl %d L/wk/1.73m2\nPeritonitis history: %s\nExit-site infections: %s\nSupplier: %s\nPatient/caregiver performs: %s\n\nReason for transfer: %s\nReceiving program: %s\n\n%s, RN, Home Therapies\n%s, Medical Director" % (
            p["unit"], pt_block(r, p, 0), fmt(r, p["esrd_start"]), p["access"] if p["mod"] == "PD" else "Tenckhoff, RLQ exit",
            "CCPD 5 cycles x 2.2 L over 9 h, last fill 1.5 L icodextrin", fmt(r, p["date"] - timedelta(days=r.randint(30, 300)), "%m/%y"),
            r.choice(["high-average", "low-average", "high"]), pct(r, 0.55, 0.85, 2), L["wkktv"], r.randint(45, 80), r.choice(["none", "1 episode (S. epi) %d" % r.randint(2008, 2023)]), r.choice(["none", "1, resolved"]),
            r.choice(["Baxter", "Fresenius"]), r.choice(["self", "spouse", "daughter"]), r.choice(["moving out of state", "switching to in-center HD", "insurance change"]), r.choice(UNITS) + " Home Program", r.choice(NURSE_FIRST) + " " + r.choice(LAST), p["neph"].full())
    return paginate(r, p, t)


def g_discharge_instructions(r, p):
    v = r.randint(0, 6)
    fl = r.choice(["1 liter (32 oz)", "1.2 liters", "1.5 L", "4 cups"])
    if v == 0:
        e = event(r, p)
        t = "%s\nPATIENT DISCHARGE INSTRUCTIONS\n\n%s\nYou were in the hospital for: %s\n\nWHAT TO DO AT HOME\n- Go to your regular dialysis on %s. Do not skip or shorten treatments.\n- Limit fluids to %s per day.\n- Follow a low potassium, low phosphorus, low salt diet.\n- Weigh yourself every morning.\n\nCALL YOUR DOCTOR OR GO TO THE ER IF:\n- You have trouble breathing or chest pain\n- Fever over 100.4 F or chills\n- Your access has no thrill/buzz, or bleeding that does not stop after 15 minutes of pressure\n- Muscle weakness or heart racing\n\nYOUR MEDICINES\n%s\n\nFOLLOW UP\n%s - %s\n\nI have received and understand these instructions.\nPatient signature ___________________  Nurse ___________________  Date %s" % (
            p["hosp"], pt_block(r, p, 0), e["dx"].lower(), p["sched"], fl, meds_block(r, p, 1), p["neph"].full(), r.choice(["within 1 week", "at dialysis", "call %s" % phone(r)]), fmt(r, p["date"]))
    elif v == 1:
        t = "%s\nAfter Your Fistula Surgery\n\nName: %s   Date of surgery: %s\nSurgeon: %s\n\n* Keep the dressing clean and dry for 48 hours. You may shower after that; do not soak the arm.\n* Keep your arm raised on a pillow to reduce swelling.\n* Check for the thrill (buzz) every day. If you cannot feel it, call us right away.\n* Do not wear a watch, tight sleeves or sleep on the arm. No blood pressure or needle sticks in this arm.\n* Squeeze a soft ball %d times, %d times a day starting in %d days to help the fistula grow.\n* Pain: %s\n* Stitches removed in 10-14 days at your follow up.\n\nCall %s for fever, redness, pus, bleeding, cold or numb fingers.\n\nFollow-up: %s with %s" % (
            letterhead(r, p, "%s Vascular & Access Surgery" % r.choice(["Westmere", "Eastgate", "Tri-County"]), 2), pname(p), fmt(r, p["date"]), p["surg"].full(), r.choice([10, 20]), r.choice([3, 4]), r.choice([3, 7]),
            r.choice(["acetaminophen 650 mg every 6 hours as needed", "oxycodone 5 mg every 6 hours as needed, max 5 days", "Tylenol; avoid ibuprofen/NSAIDs"]), phone(r),
            fmt(r, p["date"] + timedelta(days=r.randint(10, 16))), p["surg"].dr())
    elif v == 2:
        t = "%s\nDISCHARGE INSTRUCTIONS - KIDNEY TRANSPLANT RECIPIENT\n%s\n\nMEDICATIONS: take your anti-rejection medicines exactly as prescribed, 12 hours apart. On lab days, take tacrolimus AFTER your blood draw.\n%s\n\nLABS: %s at %s\n\nCALL THE TRANSPLANT COORDINATOR (%s, 24 hours) FOR:\n  temperature 100.5 F or higher\n  urine output dropping, pain over the kidney\n  vomiting or diarrhea and unable to take medicines\n  weight gain >2 lb in a day\n\nDo not lift more than 10 pounds for 6 weeks. No driving for 2 weeks or while on pain medicine.\nAvoid grapefruit, pomegranate, and herbal supplements.\n\nRecord your BP, weight, temperature and urine output daily in your log.\n\nCoordinator: %s %s, RN" % (
            p["txc"], pt_block(r, p, 3), meds_block(r, p, 0), r.choice(["Mon and Thu", "twice weekly", "Tuesday/Friday"]), r.choice(["transplant clinic lab", "Quest/LabCorp-type outside lab", "local hospital lab"]),
            phone(r), r.choice(NURSE_FIRST), r.choice(LAST))
    elif v == 3:
        t = "%s\nHome Instructions: PD Catheter\n\nPatient: %s\n\nYour peritoneal dialysis catheter was placed on %s.\n1. Leave the dressing on until your PD nurse changes it at your first visit (about 1 week).\n2. No showers or baths until cleared by your PD nurse. Sponge bath only.\n3. Keep the catheter taped/secured at all times. Never pull or kink it.\n4. Avoid constipation: take %s daily.\n5. No heavy lifting or straining for 4 weeks.\n6. Call if you have fever, belly pain, leaking fluid, or redness at the exit site.\n\nHome Therapies Nurse: %s   Phone %s\nTraining to begin approx: %s" % (
            p["unit"], pname(p, 0), fmt(r, p["date"]), r.choice(["senna 2 tabs", "docusate 100 mg twice", "polyethylene glycol 17 g"]), r.choice(NURSE_FIRST) + " " + r.choice(LAST) + ", RN", phone(r), fmt(r, p["date"] + timedelta(days=14)))
    elif v == 4:
        e = event(r, p)
        t = "DISCHARGE INSTRUCTIONS\nDiagnosis: %s\n\n%s\n\nActivity: %s\nDiet: %s\nFluids: %s\nWound/Access care: %s\nAppointments:\n  Dialysis: %s, %s\n  Doctor: %s, %s\nNew prescriptions sent to: %s\n\nQuestions? Call the unit %s. In an emergency call 911.\n\nPatient/representative signature: _____________________\nDischarging RN: %s" % (
            e["dx"], pt_block(r, p, 1), r.choice(["as tolerated", "walk daily, no heavy lifting"]), r.choice(["renal diet", "renal / diabetic diet", "2 g sodium renal"]), fl,
            r.choice(["keep catheter dressing dry, do not remove", "check thrill daily", "n/a"]), p["unit"], p["sched"], p["neph"].dr(), r.choice(["1 week", "2 weeks"]), r.choice(PHARMACIES), phone(r), r.choice(NURSE_FIRST) + " " + r.choice(LAST))
    elif v == 5:
        t = "%s\nINSTRUCCIONES / INSTRUCTIONS AFTER YOUR KIDNEY BIOPSY\n\nFor the next 24 hours lie flat as directed and then rest; no lifting >10 lb for 2 weeks.\nNo aspirin or blood thinners for %d days unless told otherwise.\nSome pink urine is normal for a day. Call right away if you see clots, cannot urinate, or have severe pain, dizziness or fever.\n\nResults will be discussed at your visit on %s.\n\n%s\nNurse: %s\n" % (
            p["txc"] if p["mod"] == "TX" else p["hosp"], r.choice([5, 7]), fmt(r, p["date"] + timedelta(days=r.randint(5, 10))), pt_block(r, p, 4), r.choice(NURSE_FIRST))
    else:
        t = "%s\n\nGoing Home After Your Catheter Procedure\nDate: %s\nProcedure: %s\nDoctor: %s\n\n- Keep dressing dry. Do not get the catheter wet; no swimming or tub baths.\n- Only dialysis staff should use or open the catheter.\n- Mild soreness is normal; use acetaminophen.\n- Call for bleeding that soaks the dressing, fever, chills or shortness of breath.\n- Your next dialysis is %s.\n\nPatient initials ____  Time discharged %s" % (
            letterhead(r, p, "%s Vascular Access Center" % r.choice(UNITS), 0), fmt(r, p["date"]), r.choice(["tunneled dialysis catheter placement", "catheter exchange", "fistulogram with angioplasty"]), Clin(r).full(),
            r.choice(["tomorrow", "today at your unit", "on your normal schedule"]), tm(r))
    return t


# ============================================================================
# outpatient nephrology / dialysis unit
# ============================================================================
def g_progress_note(r, p):
    L = labs(r, p)
    doc = p["neph"] if r.random() < 0.7 else Clin(r, r.choice(["MD", "NP", "PA-C"]))
    v = r.randint(0, 6)
    if p["mod"] == "TX" and v in (0, 1, 2):
        v = r.choice([3, 3, 6])
    if p["mod"] == "PD" and v in (0, 1):
        v = 4
    idwg = pct(r, 0.8, 4.2)
    anemia = "Hgb %.1f - %s" % (L["hgb"], "increase ESA 25%" if L["hgb"] < 9.5 else ("hold ESA" if L["hgb"] > 11.5 else "continue current ESA dose"))
    mbd = "Phos %.1f, Ca %.1f, PTH %d - %s" % (L["phos"], L["ca"], L["pth"], "reinforce binder adherence, dietitian to review" if L["phos"] > 5.5 else "continue binder")
    iron = "ferritin %d, TSAT %d%% - %s" % (L["ferritin"], L["tsat"], "iron load 100 mg x 10" if L["tsat"] < 20 and L["ferritin"] < 800 else "maintenance iron")
    dd = fmt(r, p["date"])
    if v == 0:
        t = "%s\nMONTHLY PHYSICIAN ROUNDING NOTE\n%s\nDate: %s    Unit: %s    Chair %d    Shift: %s\n\nSUBJECTIVE: %s\n\nDIALYSIS\n  Access: %s\n  EDW %.1f kg   Avg IDWG %.1f kg   Pre BP avg %d/%d\n  Missed/shortened tx this month: %d/%d\n  Qb %d  Qd %d  Bath %dK/%.1fCa  Time %s\n\nLABS (%s)\n  spKt/V %.2f   URR %d%%\n  Hgb %.1f  Ferritin %d  TSAT %d%%\n  Ca %.1f  Phos %.1f  iPTH %d  Alb %.1f  K %.1f\n\nEXAM: %s\n\nASSESSMENT/PLAN\n1. Adequacy: %s\n2. Anemia: %s\n3. CKD-MBD: %s\n4. Volume/BP: %s\n5. Nutrition: albumin %.1f, %s\n6. Transplant: %s\n\n%s" % (
            p["org"], pt_block(r, p, 1), dd, p["unit"], p["chair"], p["shift"], r.choice(["No complaints.", "Reports cramping at end of treatment.", "Feels well, some fatigue post HD.", "Itching at night.", "Pt asleep, discussed with RN."]),
            p["access"], p["edw"], idwg, r.randint(118, 176), r.randint(60, 92), r.randint(0, 3), r.randint(0, 4), r.choice([350, 400, 450]), r.choice([600, 700, 800]), r.choice([2, 3]), 2.5, r.choice(["3:30", "4:00", "3:45"]),
            fmt(r, p["date"] - timedelta(days=r.randint(3, 12)), "%m/%d"), L["ktv"], L["urr"], L["hgb"], L["ferritin"], L["tsat"], L["ca"], L["phos"], L["pth"], L["alb"], L["k"], pe(r, p, True).replace("\n", "; "),
            "at goal" if L["ktv"] >= 1.2 else "below goal, increase Qb", anemia, mbd, r.choice(["challenge EDW down 0.5 kg", "at EDW, BP controlled", "counseled on fluid restriction"]), L["alb"],
            r.choice(["protein supplement with HD", "adequate"]), r.choice(["active on waitlist", "evaluation in progress", "not a candidate", "declines referral"]), sign(r, doc, p["date"], 0))
    elif v == 1:
        t = "%s  %s\nHD rounds - %s\n\nS: %s\nO: pre wt %.1f (EDW %.1f), BP %d/%d, %s\n   Labs: Hgb %.1f, K %.1f, Phos %.1f, Alb %.1f, Kt/V %.2f\nA/P: ESRD 2/2 %s on HD via %s.\n - %s\n - %s\n - %s\n - %s\nSeen and examined on the unit.\n%s" % (
            pname(p, 1), p["mrn"], dd, r.choice(["Tolerating treatments.", "C/o cramps last two tx.", "Missed Sat tx, reports car trouble.", "No new issues."]), p["edw"] + idwg, p["edw"],
            r.randint(118, 176), r.randint(60, 92), r.choice(["lungs clear", "trace edema", "access with good thrill"]), L["hgb"], L["k"], L["phos"], L["alb"], L["ktv"], p["cause"], p["access"],
            anemia, mbd, iron, r.choice(["EDW unchanged", "lower EDW by 0.5", "raise EDW 0.5 for cramping/hypotension"]), sign(r, doc, p["date"], 3))
    elif v == 2:
        t = "%s\n\n%s\nDATE OF SERVICE: %s\n\nThis is a %d-year-old %s with end-stage renal disease secondary to %s, on hemodialysis since %s, seen today on rounds at %s. %s %s\n\nOn examination %s. Blood pressure %d/%d. %s\n\nMonthly laboratory studies reviewed: hemoglobin %.1f, albumin %.1f, phosphorus %.1f, calcium %.1f, PTH %d, single-pool Kt/V %.2f.\n\nIMPRESSION AND PLAN:\n1. ESRD on hemodialysis, adequately dialyzed. Continue current prescription.\n2. Anemia of CKD. %s.\n3. Secondary hyperparathyroidism. %s.\n4. Hypertension. %s.\n\nThe patient was seen at least 4 times this month. Plan discussed with the dialysis team.\n\n%s" % (
            letterhead(r, p, "%s Nephrology Associates" % r.choice(["Summit", "Lakeshore", "Heartland"]), 2), pt_block(r, p, 4), dd, p["age"], p["man"], p["cause"], fmt(r, p["esrd_start"], "%B %Y"), p["unit"],
            cap(p["he"]), r.choice(["reports no complaints today.", "complains of fatigue and poor appetite.", "states cramping has improved since EDW was raised.", "denies chest pain or shortness of breath."]),
            r.choice(["the patient is in no acute distress", "lungs clear, no edema", "there is mild pedal edema"]), r.randint(118, 176), r.randint(60, 92), access_exam(r, p) + ".", L["hgb"], L["alb"], L["phos"], L["ca"], L["pth"], L["ktv"],
            cap(anemia.split(" - ")[1]), cap(mbd.split(" - ")[1]), r.choice(["Well controlled", "Above goal; increase amlodipine", "Volume-dependent, challenge dry weight"]), sign(r, doc, p["date"], 2))
    elif v == 3:
        pod = (p["date"] - p["tx_date"]).days
        t = "%s\nTRANSPLANT CLINIC - FOLLOW UP VISIT\n%s\nVisit date: %s   Post-transplant day %d\nTransplant: %s, %s\n\nINTERVAL HISTORY\n%s\n\nIMMUNOSUPPRESSION\n%s\n\nVITALS: %s\nEXAM\n%s\n\nLABS\nCr %.2f (baseline %.1f)  BUN %d  K %.1f  Mg %.1f  WBC %.1f  Hgb %.1f\nTacrolimus trough %.1f ng/mL (goal %s)\nBK virus PCR: %s   CMV PCR: %s\nUA: %s\n\nASSESSMENT\n1. Kidney transplant with %s graft function.\n2. Immunosuppression: %s\n3. Infection prophylaxis: %s\n4. HTN: %s\n\nRTC %s. Labs %s.\n\n%s" % (
            p["txc"], pt_block(r, p, 0), dd, pod, p["donor"], fmt(r, p["tx_date"]), r.choice(["Feels well. Good urine output. No fevers.", "Mild tremor, otherwise well.", "Some diarrhea x 1 week, 3-4 loose stools/day.", "Doing well, back to work part-time."]),
            meds_block(r, p, 1, 3), vitals(r, p, True), pe(r, p, True), L["cr"], pct(r, 1.0, 1.5), L["bun"], L["k"], pct(r, 1.3, 2.0), L["wbc"], L["hgb"], L["tac"], r.choice(["8-10", "6-8", "5-7"]),
            r.choice(["not detected", "<500 copies/mL", "1,200 copies/mL"]), r.choice(["not detected", "not detected", "<137 IU/mL"]), r.choice(["negative", "trace protein", "1+ protein"]),
            "stable" if L["cr"] < 1.8 else "mildly reduced", r.choice(["no change", "reduce tacrolimus to %s mg BID" % r.choice(["2", "3"]), "reduce MMF to 500 mg BID for diarrhea/leukopenia"]),
            r.choice(["continue TMP-SMX", "complete valganciclovir at 6 months", "TMP-SMX and valganciclovir"]), r.choice(["controlled", "start amlodipine 5 mg"]), r.choice(["1 week", "2 weeks", "1 month", "3 months"]), r.choice(["weekly", "every 2 weeks", "monthly"]), sign(r, p["txneph"], p["date"], 0))
    elif v == 4:
        t = "%s\nPD Clinic Monthly Visit\n%s\nDate: %s\n\nRx: CCPD %d cycles x %.1f L over %d h, last fill %s\nUF avg %d mL/day  Urine %d mL/day\nWeight %.1f kg (EDW %.1f)  BP %d/%d\nExit site: %s\nAdequacy (%s): weekly Kt/V %.2f (goal >1.7)\nLabs: K %.1f, Alb %.1f, Phos %.1f, Hgb %.1f\n\nA/P:\n- Adequacy %s\n- %s\n- %s\n- Exit site care with mupirocin, reviewed technique\n- RTC 1 month\n\n%s" % (
            p["unit"], pt_block(r, p, 2), dd, r.randint(4, 6), r.choice([2.0, 2.2, 2.5, 2.4]), r.choice([8, 9, 10]), r.choice(["icodextrin 2 L", "1.5% 1.5 L", "dry day"]), r.randint(400, 1400), r.randint(0, 900),
            p["wt"], p["edw"], r.randint(110, 170), r.randint(60, 95), r.choice(["clean, dry", "slight crust, no erythema", "granulation tissue - silver nitrate applied"]), fmt(r, p["date"] - timedelta(days=20), "%m/%d"),
            L["wkktv"], L["k"], L["alb"], L["phos"], L["hgb"], "adequate" if L["wkktv"] >= 1.7 else "below target: add daytime exchange", anemia, mbd, sign(r, doc, p["date"], 5))
    elif v == 5:
        e = event(r, p)
        t = "%s\nNephrology Progress Note  HD#%d\n%s\n\nS: %s. %s\nO: %s\nI/O: %s\nLabs: Na %d K %.1f CO2 %d BUN %d Cr %.1f Hgb %.1f\nA/P:\n# %s - %s\n# ESRD - %s\n# Anemia - %s\n# Meds renally dosed, reviewed.\nD/w primary team.\n%s" % (
            p["hosp"], r.randint(2, 5), pt_block(r, p, 5), r.choice(["Breathing better", "Feels ok", "No acute events overnight", "Tolerated HD yesterday"]), r.choice(["", "Ate breakfast.", "Ambulating."]),
            vitals(r, p, True), r.choice(["UF 3.1 L yesterday", "anuric", "PD UF 900 mL/24h", "UOP 1.8 L"]), L["na"], L["k"], L["co2"], L["bun"], L["cr"], L["hgb"], e["dx"], r.choice(["improving", "resolved", "improving, continue current management"]),
            r.choice(["HD today, UF goal 2-3 L", "HD tomorrow per schedule", "continue PD", "no HD needed today"]), r.choice(["ESA with HD", "transfuse if Hgb <7", "stable"]), sign(r, Clin(r), e["dis"], 3))
    else:
        t = "%s\nNEPHROLOGY OFFICE VISIT\n%s\nDate of visit: %s\nReferring/PCP: %s\n\nReason for visit: follow-up %s\n\nHPI: %s %s returns for follow-up. %s\n\nMedications: reviewed and reconciled today\n%s\n\nROS: negative for chest pain, dyspnea, edema except as noted.\nExam: %s\n%s\n\nData: Cr %.2f, eGFR %d, K %.1f, CO2 %d, Hgb %.1f, UACR %d mg/g\n\nAssessment/Plan:\n1. %s\n2. %s\n3. %s\n\nReturn in %s.\n%s" % (
            letterhead(r, p, None, 1), pt_block(r, p, 3), dd, p["pcp"].full(), "kidney transplant" if p["mod"] == "TX" else "CKD / ESRD", p["Mr"], p["last"],
            r.choice(["No hospitalizations since last visit.", "Had ED visit for hyperkalemia last month.", "Feels well overall.", "Reports home BP 130s/80s."]), meds_block(r, p, 1), vitals(r, p, True), pe(r, p, True),
            L["cr"], L["egfr"], L["k"], L["co2"], L["hgb"], r.randint(30, 2400), "ESRD on %s, stable" % mod_text(p) if p["mod"] != "TX" else "Renal transplant, creatinine at baseline",
            r.choice(["Hypertension - at goal", "Hyperkalemia - low K diet reviewed", "Metabolic acidosis - sodium bicarbonate 650 mg BID"]), r.choice(["Transplant - listed", "Vaccines up to date", "Bone health - DEXA ordered"]), r.choice(["3 months", "6 weeks", "2 months"]), sign(r, doc, p["date"], 2))
    return paginate(r, p, t)


def g_nursing_note(r, p):
    L = labs(r, p)
    rn = "%s %s, RN" % (r.choice(NURSE_FIRST), r.choice(LAST))
    pct_ = "%s %s, CCHT" % (r.choice(NURSE_FIRST), r.choice(LAST))
    v = r.randint(0, 6)
    if p["mod"] == "TX" and v in (0, 1, 2):
        v = r.choice([3, 5])
    dd = fmt(r, p["date"], "%m/%d/%Y")
    pre = p["edw"] + pct(r, 0.6, 3.8)
    post = p["edw"] + pct(r, -0.3, 0.7)
    if v == 0:
        rows = []
        h, mi = r.randint(6, 14), r.choice([0, 15, 30])
        sbp = r.randint(130, 178)
        for i in range(r.randint(6, 9)):
            sbp += r.randint(-14, 6)
            rows.append("%02d:%02d  %3d/%-3d  %3d   %3d   %4d   %4d   %4.1f  %s" % ((h + (mi + 30 * i) // 60) % 24, (mi + 30 * i) % 60, sbp, r.randint(60, 90), r.randint(62, 98), r.choice([350, 400, 450]), r.randint(-220, -140), r.randint(140, 220), r.randint(0, 9) * 0.1 + 0.1 * i * 4, r.choice(["", "", "", "pt resting", "ok", "repositioned", "cramp L calf - UF off 10m, NS 100"])))
        t = "%s  HEMODIALYSIS TREATMENT RECORD\n%s\nDate %s  Tx# %d  Chair %d  Machine %s-%02d\n\nPRE: Wt %.1f kg  EDW %.1f  Goal UF %.1f L   BP %d/%d sitting  HR %d  T %.1f  Resp %d\nLungs %s  Edema %s  Access %s\nNeedles: %s  Cannulated by %s\nDialyzer %s  Bath %dK/%.1fCa/%dHCO3  Heparin %s\n\nTIME   BP       HR    Qb    AP     VP     UF(L) Notes\n%s\n\nPOST: Wt %.1f kg  BP %d/%d  HR %d  Total UF %.1f L  Blood processed %.1f L\nHemostasis %d min  Access post: %s\nMeds given: %s\nPt tolerated tx %s. Discharged %s.\n\nRN: %s      PCT: %s" % (
            p["unit"].upper(), pt_block(r, p, 1), dd, r.randint(11, 1600), p["chair"], r.choice(["2008T", "5008", "Phoenix"]), r.randint(1, 30), pre, p["edw"], pre - p["edw"] + 0.3, r.randint(128, 182), r.randint(62, 96), r.randint(62, 98), pct(r, 97.0, 98.9), r.randint(14, 20),
            r.choice(["clear", "clear bilat", "diminished bases"]), r.choice(["none", "trace", "+1 BLE"]), r.choice(["+thrill +bruit", "catheter lumens patent, dsg changed", "+T/+B, no infiltration"]),
            r.choice(["15g x2 antegrade/retrograde", "16g x2", "N/A - CVC"]), r.choice(["RN", "PCT"]), r.choice(["F180NR", "F160NR", "Revaclear"]), r.choice([2, 3]), 2.5, r.choice([35, 37]),
            r.choice(["2000u bolus", "1000/500", "none"]), "\n".join(rows), post, r.randint(110, 160), r.randint(58, 88), r.randint(62, 96), pre - post, pct(r, 62, 92), r.randint(5, 15), r.choice(["+thrill", "lumens locked heparin 1000u/mL per volume", "+T/+B"]),
            r.choice(["epoetin alfa %du IV, paricalcitol %dmcg IV" % (r.choice([3000, 4000, 6000]), r.randint(1, 4)), "iron sucrose 100mg IV", "none"]), r.choice(["well", "without complication", "fair - c/o cramps"]), r.choice(["ambulatory", "via wheelchair", "w/ transport"]), rn, pct_)
    elif v == 1:
        t = "%s\nNurses Note   %s %s\n%s\n\n%s\n\n%s" % (p["unit"], dd, tm(r), pname(p, 1),
            r.choice(["Pt arrived ambulatory for scheduled tx. Pre weight %.1f kg, %.1f above EDW. Lungs clear, denies SOB. Access assessed, +thrill/+bruit. Cannulated x1 attempt each needle. Tx initiated without incident." % (pre, pre - p["edw"]),
                      "At 2h into tx pt c/o cramping and dizziness, BP %d/%d. UF turned off, Trendelenburg, NS 200 mL bolus given per protocol. BP recovered to %d/%d. UF resumed at lower rate. Charge nurse aware. Pt finished tx, %d min short per pt request." % (r.randint(78, 92), r.randint(40, 55), r.randint(104, 120), r.randint(60, 80), r.randint(10, 30)),
                      "Venous needle infiltration noted at start of tx, small hematoma L forearm. Needle removed, pressure held, ice applied. Recannulated above site successfully. Dr. %s notified. Will monitor." % p["neph"].last,
                      "Pt states missed treatment on %s due to %s. Educated on risks of missing dialysis, including hyperkalemia and fluid overload. Pt verbalized understanding. SW notified." % (r.choice(["Saturday", "Monday", "Wednesday"]), r.choice(["no ride", "feeling sick", "family issue"])),
                      "Catheter site with scant serous drainage, no erythema. Dressing changed using chlorhexidine per protocol. Both lumens flushed and aspirated without difficulty, blood flow %d achieved." % r.choice([300, 350, 400])]),
            rn)
    elif v == 2:
        t = "%s - HOME DIALYSIS TRAINING RECORD\nTrainee: %s   Care partner: %s (%s)\nModality: %s\nTraining day %d of %d    Date %s\n\nSkills reviewed today:\n[x] hand hygiene / mask\n[%s] %s\n[%s] aseptic connection/disconnection\n[%s] recognizing cloudy effluent / peritonitis\n[%s] record keeping: weight, BP, UF\n[ ] troubleshooting alarms\n\nReturn demonstration: %s\nComments: %s\n\nPlan: %s\n%s" % (
            p["unit"], pname(p), p["ec_name"], p["ec_rel"], "PD - cycler" if p["mod"] == "PD" else "home HD (NxStage)", r.randint(1, 10), r.choice([6, 8, 10, 15]), dd, r.choice("x "),
            "cycler setup" if p["mod"] == "PD" else "cannulation (buttonhole)", r.choice("x "), r.choice("x "), r.choice("x "), r.choice(["satisfactory", "needs more practice", "independent"]),
            r.choice(["Pt anxious but motivated. Daughter attentive.", "Difficulty with fine motor, care partner performs connections.", "Progressing well."]), r.choice(["Continue training tomorrow", "Home visit scheduled", "Ready for independent therapy next week"]), rn)
    elif v == 3:
        t = "TELEPHONE ENCOUNTER\n%s\nDate/Time: %s %s\nCaller: %s\nReason: %s\n\n%s\n\nOutcome: %s\n%s" % (
            pt_block(r, p, 2), dd, tm(r), r.choice(["patient", p["ec_name"] + " (" + p["ec_rel"] + ")", "pharmacy", "SNF nurse"]),
            r.choice(["lab results", "medication question", "fever", "low BP at home", "refill request"]),
            r.choice(["Pt reports temp 100.9 last night, no localizing sx. Advised to come to clinic for labs today. Coordinator informed %s." % p["txneph"].dr(),
                      "Caller asking whether to take tacrolimus before lab draw. Reinforced: hold AM dose until after trough drawn." if p["mod"] == "TX" else "Caller asking about new binder. Reviewed: take with first bite of meals.",
                      "Notified pt of K %.1f. Reviewed low potassium foods. Will recheck at next tx." % L["k"], "Pt reports PD bags cloudy this AM. Instructed to bring bag to clinic for cell count, do not discard."]),
            r.choice(["Pt verbalized understanding", "Appointment made", "Provider notified", "Message routed"]), rn)
    elif v == 4:
        t = "%s\nPD Nursing Note - Monthly Clinic\n%s\nDate: %s\n\nWt %.1f kg  BP %d/%d  HR %d\nEdema: %s\nExit site exam: %s  Tunnel: nontender\nPD log reviewed: avg UF %d mL, %d days of missed therapy, %s solutions used\nSupplies: adequate; delivery %s\nEducation: %s\nLabs drawn: monthly panel%s\nNext visit %s\n%s" % (
            p["unit"], pt_block(r, p, 0), dd, p["wt"], r.randint(110, 168), r.randint(60, 92), r.randint(64, 96), r.choice(["none", "trace ankles"]), r.choice(["clean/dry/intact", "good, scored 0", "mild crust"]),
            r.randint(400, 1300), r.randint(0, 3), r.choice(["1.5% and 2.5%", "mostly 2.5%", "1.5% + icodextrin"]), fmt(r, p["date"] + timedelta(days=r.randint(3, 20)), "%m/%d"),
            r.choice(["fluid restriction", "exit-site care", "low phosphorus diet", "signs of peritonitis"]), r.choice(["", ", 24h urine and dialysate collection for adequacy"]), fmt(r, p["date"] + timedelta(days=28), "%m/%d"), rn)
    elif v == 5:
        t = "%s\nNURSING PROGRESS NOTE (inpatient)\n%s  Rm %d\n%s %s\n\nA: %s. VS %s. %s. %s\nI: %s\nR: %s\nP: %s\n\n%s" % (
            p["hosp"], pname(p, 1), r.randint(200, 799), dd, tm(r), r.choice(["Alert, oriented x3", "Drowsy but arousable", "A&Ox4, calm"]), vitals(r, p, True),
            access_exam(r, p), r.choice(["Fluid restriction 1.2 L maintained", "Accurate I&O, pt anuric", "Telemetry SR 70s"]),
            r.choice(["Sign posted: no BP/labs in access arm. Pt to HD at 0800.", "Administered scheduled meds, binder with meals.", "Assisted to chair. Daily weight obtained %.1f kg." % p["wt"]]),
            r.choice(["Tolerated well", "No distress", "Pt verbalizes understanding"]), r.choice(["Continue POC", "Monitor K post HD", "Fall precautions"]), rn)
    else:
        t = "%s\nPOST-TREATMENT ASSESSMENT / RN SUMMARY\n%s      Date: %s\n\nTreatment time: %s (prescribed %s)\nPre/Post wt: %.1f / %.1f kg   Net UF: %.1f L\nPre/Post BP: %d/%d / %d/%d\nKt/V (OLC): %.2f\nComplications: %s\nAccess: %s\nIntradialytic meds: %s\n\nRN assessment complete. Stable for discharge from unit.\n\n%s %s" % (
            p["unit"], pname(p, 2), dd, r.choice(["3:30", "3:45", "4:00", "3:15"]), r.choice(["3:45", "4:00"]), pre, post, pre - post, r.randint(130, 180), r.randint(65, 95), r.randint(110, 160), r.randint(60, 85),
            pct(r, 1.1, 1.8, 2), r.choice(["none", "hypotension x1 treated w/ NS 100 mL", "cramping", "headache - acetaminophen given"]), r.choice(["hemostasis 8 min", "CVC locked, caps changed", "hemostasis 10 min both sites"]),
            r.choice(["ESA, vitamin D analog", "iron sucrose", "vancomycin 1 g", "none"]), rn, tm(r))
    return paginate(r, p, t, style=r.choice([2, 4, 4]))


def g_consult_note(r, p):
    L = labs(r, p)
    v = r.randint(0, 6)
    doc = Clin(r)
    dd = fmt(r, p["date"])
    ref = p["neph"] if r.random() < 0.6 else p["pcp"]
    if v == 0:
        t = "%s\nKIDNEY TRANSPLANT EVALUATION\n\n%s\nDate of evaluation: %s\nReferring nephrologist: %s\nDialysis unit: %s\n\nREASON FOR CONSULTATION: Evaluation for kidney transplantation.\n\nHISTORY: %s %s is a %d-year-old %s with ESRD secondary to %s. Dialysis initiated %s (%s). Residual urine output %s. No prior transplants. Blood type %s. %s\n\nPAST MEDICAL HISTORY:\n%s\n\nCARDIAC: %s\n\nSOCIAL: %s\n\nPHYSICAL EXAMINATION:\nHeight %d cm, weight %.1f kg, BMI %.1f\n%s\n%s\n\nASSESSMENT:\n%d-year-old with ESRD who is %s for kidney transplantation.\n\nRECOMMENDATIONS:\n1. %s\n2. Age-appropriate cancer screening: %s\n3. Dental clearance, infectious serologies (HIV, HBV, HCV, CMV, EBV, VZV)\n4. Discuss living donation; patient given donor information packet\n5. Present at selection committee once workup complete\n\nThank you for this referral.\n\n%s" % (
            p["txc"], pt_block(r, p, 3), dd, ref.full(), p["unit"], p["Mr"], p["last"], p["age"], p["man"], p["cause"], fmt(r, p["esrd_start"], "%B %Y"), "hemodialysis" if p["mod"] != "PD" else "PD", r.choice(["minimal", "about 1 L/day", "none"]),
            r.choice(["O", "A", "B", "AB"]), r.choice(["Potential living donor: %s (%s)." % (p["ec_name"], p["ec_rel"]), "No identified living donor.", "Two potential donors have called the center."]), como_block(r, p, 0),
            r.choice(["No angina. Echo EF %d%%. Nuclear stress %s." % (r.randint(45, 65), r.choice(["negative for ischemia", "pending", "small fixed defect"])), "Remote MI; prior PCI to LAD. Needs cardiology clearance.", "Denies chest pain; functional capacity >4 METs."]),
            r.choice(["Good family support. Has reliable transportation.", "Lives alone, adherence concerns raised by unit SW.", "Employed part-time, married."]), p["ht_cm"], p["wt"], p["wt"] / (p["ht_cm"] / 100.0) ** 2, vitals(r, p, True), pe(r, p, True), p["age"],
            r.choice(["an acceptable candidate", "a potentially suitable candidate pending cardiac clearance", "a high-risk but reasonable candidate"]), r.choice(["Cardiology evaluation with stress test", "CT abdomen/pelvis non-contrast to assess iliac calcification", "Weight loss to BMI <35 prior to listing"]),
            r.choice(["colonoscopy", "mammogram and Pap", "PSA", "colonoscopy, mammogram"]), sign(r, p["txneph"], p["date"], 2))
    elif v == 1:
        e = event(r, p)
        t = "%s\nNEPHROLOGY CONSULTATION\n\n%s\nRequesting physician: %s (Hospital Medicine)\nReason: %s\n\nHPI: Thank you for asking us to see this %d-year-old %s, a patient of our practice who dialyzes at %s %s. %s\n\nOutpatient HD Rx: %s, EDW %.1f kg, access %s.\n\nPMH: %s\nMeds: %s\nAllergies: %s\n\nExam: %s\n%s\n\nLabs: K %.1f, CO2 %d, BUN %d, Cr %.1f, Ca %.1f, Phos %.1f, Hgb %.1f\n\nImpression/Recommendations:\n1. %s: %s\n2. ESRD - %s\n3. Anemia - ESA with dialysis\n4. Renally dose all medications; avoid NSAIDs, gadolinium, Fleet enemas\n5. Protect %s - no BP/IV/labs\n\nWe will follow with you.\n%s" % (
            p["hosp"], pt_block(r, p, 1), Clin(r).full(), e["dx"], p["age"], p["man"], p["unit"], p["sched"], cap(e["hpi"]) + ".",
            r.choice(["4 h, F180, 2K/2.5Ca", "3.5 h, Qb 400", "CCPD 5 x 2 L"]), p["edw"], p["access"], como_block(r, p, 1), meds_block(r, p, 2), ", ".join(p["allergies"]), vitals(r, p, True), pe(r, p, True),
            L["k"], L["co2"], L["bun"], L["cr"], L["ca"], L["phos"], L["hgb"], e["dx"], e["course"].split(".")[0], r.choice(["HD today with UF 3 L", "HD tomorrow per schedule", "continue PD with IP antibiotics"]),
            p["access"].split(",")[0], sign(r, doc, p["date"], 0))
    elif v == 2:
        t = "%s\nVASCULAR SURGERY CONSULTATION - DIALYSIS ACCESS\n\n%s\nDate: %s\nReferred by: %s\n\nReason for referral: %s\n\nHistory: %d y/o %s, %s-handed, ESRD (%s), %s. Current access: %s. Prior access history: %s. No prior central lines in %s arm.\n\nExam: Radial pulses 2+ bilaterally. Allen test normal. %s\nVein mapping (%s): cephalic vein at wrist %.1f mm, at antecubital %.1f mm; basilic %.1f mm; brachial artery %.1f mm.\n\nImpression: %s\n\nPlan: %s. Risks including steal, thrombosis, infection, and failure to mature discussed. Patient agrees. Scheduled %s.\n\n%s" % (
            letterhead(r, p, "%s Vascular Associates" % r.choice(["Tri-County", "Westmere", "Lake Tanager"]), 0), pt_block(r, p, 3), dd, ref.full(),
            r.choice(["permanent access planning", "catheter-dependent, needs AVF", "failing fistula - poor maturation", "graft with high venous pressures"]), p["age"], p["gender"], r.choice(["right", "right", "left"]),
            p["cause"], "CKD stage 5 not yet on dialysis" if r.random() < 0.3 else "on HD", p["access"], r.choice(["none", "failed L RC AVF %d" % r.randint(2008, 2022), "two prior R arm grafts"]), r.choice(["left", "right"]),
            r.choice(["Cephalic vein visible with tourniquet.", "No visible superficial veins.", "Well-healed prior incision L wrist."]), r.choice(["today", "outside, %s" % fmt(r, p["date"] - timedelta(days=14), "%m/%d")]),
            pct(r, 1.5, 3.5), pct(r, 2.5, 4.5), pct(r, 3.0, 5.5), pct(r, 3.2, 5.0), r.choice(["Suitable for left brachiocephalic AVF", "Suitable for radiocephalic AVF", "Needs upper arm graft", "Candidate for basilic vein transposition, staged"]),
            r.choice(["Proceed with access creation under regional block", "Fistulogram first", "Two-stage BVT"]), fmt(r, p["date"] + timedelta(days=r.randint(7, 30))), sign(r, p["surg"], p["date"], 1))
    elif v == 3:
        t = "%s\nCardiology Consultation - Pre-Transplant Risk Assessment\n\n%s  %s\nRequested by: %s, Transplant Nephrology\n\nThe patient is a %d-year-old with ESRD on %s and %s, referred for cardiac evaluation prior to kidney transplant listing.\n\nCardiac history: %s\nSymptoms: %s\nECG: %s\nEcho (%s): LVEF %d%%, %s\nStress test: %s\n\nImpression: %s perioperative cardiac risk.\nRecommendations:\n- %s\n- Continue statin and beta-blocker\n- Repeat noninvasive testing annually while on waitlist\n\n%s" % (
            p["txc"], pt_block(r, p, 5), dd, p["txneph"].dr(), p["age"], mod_text(p), ", ".join(p["como"][:3]),
            r.choice(["none known", "NSTEMI %d, s/p DES to RCA" % r.randint(2008, 2022), "paroxysmal AF"]), r.choice(["no angina, walks 2 blocks", "DOE with 1 flight of stairs", "asymptomatic"]),
            r.choice(["NSR, LVH with repolarization abnormality", "sinus rhythm, nonspecific ST-T changes", "NSR, LAFB"]), fmt(r, p["date"] - timedelta(days=r.randint(5, 60)), "%m/%y"), r.randint(40, 65),
            r.choice(["moderate concentric LVH, grade II diastolic dysfunction", "mild MAC, no significant valvular disease", "normal RV function"]), r.choice(["Regadenoson SPECT without ischemia", "Dobutamine stress echo negative", "Small reversible inferior defect"]),
            r.choice(["Low", "Intermediate", "Elevated"]), r.choice(["Cleared for transplant from a cardiac standpoint", "Recommend coronary angiography prior to listing", "Optimize volume status"]), sign(r, doc, p["date"], 2))
    elif v == 4:
        t = "%s\nTransplant Psychosocial Evaluation\nSocial Work\n\n%s\nDate: %s\nPresent at interview: patient, %s (%s)\n\nLiving situation: %s\nSupport plan: %s will serve as primary caregiver for 6-8 weeks post transplant.\nTransportation: %s\nFinancial/insurance: Medicare A/B (ESRD), %s; Part D coverage for immunosuppressants reviewed.\nSubstance use: %s\nPsychiatric history: %s\nAdherence: dialysis attendance %d%% past 6 months; %s\nUnderstanding of transplant: %s\n\nAssessment: %s psychosocial candidate.\nRecommendations: %s\n\n%s, LCSW" % (
            p["txc"], pt_block(r, p, 0), dd, p["ec_name"], p["ec_rel"], r.choice(["lives with spouse in single-story home", "rents apartment with adult son", "lives alone, daughter nearby"]), p["ec_name"],
            r.choice(["drives", "family drives", "Medicaid transport"]), p["insurer"], r.choice(["denies", "former alcohol use, sober since %d" % r.randint(2000, 2020), "tobacco 1/2 ppd - cessation required"]),
            r.choice(["none", "depression, treated with sertraline", "anxiety"]), r.randint(82, 100), r.choice(["rarely shortens", "several missed tx noted", "excellent"]),
            r.choice(["good", "fair - education provided", "verbalizes risks and benefits"]), r.choice(["Acceptable", "Acceptable with conditions", "Conditional"]),
            r.choice(["none", "formal caregiver plan in writing", "tobacco cessation with cotinine testing"]), "%s %s" % (r.choice(DOC_FIRST), r.choice(DOC_LAST)))
    elif v == 5:
        t = "%s\n\n%s\n\nDear Dr. %s,\n\nI had the pleasure of seeing %s %s in consultation today at your request for %s.\n\n%s %s has ESRD due to %s on %s. %s\n\nOn exam %s. %s\n\nRelevant data: Hgb %.1f, Ca %.1f, Phos %.1f, PTH %d, alkaline phosphatase %d.\n\nIMPRESSION: %s\n\nRECOMMENDATIONS: %s\n\nThank you for allowing me to participate in the care of this patient.\n\nSincerely,\n\n%s" % (
            letterhead(r, p, "%s Endocrine & Surgical Associates" % r.choice(["Summit", "Bradbury", "Pine Hollow"]), 2), pt_block(r, p, 4), p["neph"].last, p["Mr"], p["last"],
            ("tertiary hyperparathyroidism after transplant" if p["mod"] == "TX" else r.choice(["refractory secondary hyperparathyroidism", "calciphylaxis concerns"])), p["Mr"], p["last"], p["cause"], mod_text(p),
            r.choice(["PTH has been persistently above 1000 despite cinacalcet and paricalcitol.", "Complains of bone pain and pruritus.", "Sestamibi shows uptake at the left inferior pole."]), r.choice(["the neck is without palpable mass", "there are no painful skin lesions"]),
            vitals(r, p, True), L["hgb"], L["ca"], L["phos"], max(L["pth"], 900), r.randint(120, 480), ("Tertiary hyperparathyroidism" if p["mod"] == "TX" else "Severe secondary hyperparathyroidism, failed medical therapy"),
            r.choice(["Subtotal (3.5 gland) parathyroidectomy; will coordinate with dialysis unit for perioperative HD and calcium monitoring", "Trial of etelcalcetide before surgery", "Neck ultrasound and 4D CT"]), sign(r, Clin(r), p["date"], 1))
    else:
        t = "%s\nRenal Dietitian / Infectious Disease / Podiatry\nCONSULT REPORT\n\n%s  Date: %s\nConsultant: %s, %s\n\nQuestion: %s\n\nFindings: %s\n\nRecommendations:\n%s\n\n%s" % (
            p["unit"], pt_block(r, p, 1), dd, doc.short(), r.choice(["Infectious Diseases", "Podiatry", "Wound Care"]),
            r.choice(["antibiotic duration for catheter-related bacteremia", "nonhealing R great toe ulcer in dialysis patient", "ischemic foot wound"]),
            r.choice(["MSSA bacteremia cleared at 48h; TTE negative; catheter exchanged.", "1.2 x 0.8 cm ulcer R hallux, probe to bone negative; ABI noncompressible.", "Dry eschar L heel; no cellulitis."]),
            r.choice(["1. Cefazolin 2 g IV post HD x 4 weeks\n2. Surveillance cultures 1 wk after completion", "1. Offloading shoe\n2. Arterial duplex with toe pressures\n3. Return 2 weeks", "1. Betadine to eschar daily\n2. Vascular referral"]), sign(r, doc, p["date"], 0))
    return paginate(r, p, t)


def g_other(r, p):
    v = r.randint(0, 9)
    L = labs(r, p)
    dd = fmt(r, p["date"])
    if v == 0:
        t = "FORM CMS-2728-U3 (style)                                   OMB No. 0938-XXXX (specimen)\nEND STAGE RENAL DISEASE MEDICAL EVIDENCE REPORT\nMEDICARE ENTITLEMENT AND/OR PATIENT REGISTRATION\n\nA. COMPLETE FOR ALL ESRD PATIENTS   [x] Initial  [ ] Re-entitlement  [ ] Supplemental\n1. Name (Last, First, MI): %s\n2. Medicare Claim Number: %s\n3. SSN: XXX-XX-%s   4. Date of Birth: %s\n5. Patient mailing address: %s, %s   6. Phone: %s\n7. Sex: %s   8. Ethnicity: [ ] Hispanic [x] Not Hispanic\n12. Country/Area of origin: USA\n14. Is patient applying for ESRD Medicare coverage? [x] Yes [ ] No\n15. Current medical coverage: [x] Medicaid [ ] VA [x] Employer group [ ] None\n17. Primary cause of renal failure: %s   ICD-10: %s\n18. Comorbid conditions: %s\n19. Height %d cm  Dry weight %.1f kg\n\nB. LABORATORY VALUES WITHIN 45 DAYS PRIOR TO FIRST DIALYSIS\n   Serum albumin %.1f g/dL   Serum creatinine %.1f mg/dL   Hgb %.1f   HbA1c %s   eGFR %d\n\nC. TREATMENT INFORMATION\n24. Facility name: %s   25. CCN: %s\n26. Primary dialysis setting: %s   27. Primary type: %s\n28. Date regular chronic dialysis began: %s\n29. Date patient started chronic dialysis at current facility: %s\n30. Has patient been informed of kidney transplant options? [x] Yes\n31. Was patient under care of nephrologist prior to ESRD? [%s] Yes  [%s] No\n32. Access used on first outpatient dialysis: %s\n\nD. PHYSICIAN IDENTIFICATION\n35. Attending physician: %s   Phone: %s   NPI: %d\n36. Signature ____________________ Date %s\n\nPrivacy Act statement on reverse." % (
            pname(p, 2), p["mbi"], p["ssn4"], fmt(r, p["dob"], "%m/%d/%Y"), p["street"], p["cityline"], p["phone"], p["gender"].upper(), p["cause"], p["cause_icd"], "; ".join(p["como"]), p["ht_cm"], p["edw"],
            L["alb"], pct(r, 5.5, 11), L["hgb"], "%.1f%%" % pct(r, 5.8, 9.4) if p["dm"] else "n/a", r.randint(4, 12), p["unit"], p["unit_no"], "Home" if p["mod"] in ("PD", "HHD") else "In-center",
            "CCPD" if p["mod"] == "PD" else "Hemodialysis", fmt(r, p["esrd_start"], "%m/%d/%Y"), fmt(r, p["esrd_start"] + timedelta(days=r.randint(0, 30)), "%m/%d/%Y"),
            r.choice("x "), " ", r.choice(["AVF", "AVG", "Catheter", "Catheter with maturing AVF"]), p["neph"].full(), phone(r), r.randint(1000000000, 1999999999), dd)
    elif v == 1:
        dod = p["date"]
        t = "FORM CMS-2746 style\nEND STAGE RENAL DISEASE DEATH NOTIFICATION\n\n1. Patient's Last Name: %s   First: %s   MI: %s\n2. Medicare Claim Number: %s\n3. Social Security: ***-**-%s\n4. Date of Birth: %s   5. Sex: %s\n6. State: %s\n7. Provider name: %s\n8. Provider number: %s\n10. Date of death: %s\n11. Place of death: [%s] Hospital [%s] Dialysis unit [%s] Home [ ] Nursing home [ ] Hospice\n12. Modality at time of death: %s\n14. Primary cause of death: %s\n15. Was dialysis discontinued prior to death? [%s] Yes  Date: %s\n    If yes, reason: %s\n16. Was patient receiving hospice care? %s\n17. Transplant history: %s\n\nPerson completing: %s, RN  Date %s\nPhysician: %s" % (
            p["last"].upper(), p["first"].upper(), p["mi"], p["mbi"], p["ssn4"], fmt(r, p["dob"], "%m/%d/%Y"), p["sex"], p["city"][1], p["unit"], p["unit_no"], fmt(r, dod, "%m/%d/%Y"),
            r.choice("x "), " ", r.choice(" x"), "Hemodialysis" if p["mod"] != "PD" else "CAPD/CCPD", r.choice(["cardiac arrest, cause unknown", "withdrawal from dialysis", "sepsis", "acute MI", "cerebrovascular accident"]),
            r.choice("x "), fmt(r, dod - timedelta(days=r.randint(5, 14)), "%m/%d/%Y"), r.choice(["failure to thrive", "patient choice after family meeting", "n/a"]), r.choice(["Yes", "No"]), r.choice(["None", "Yes - graft failed"]),
            r.choice(NURSE_FIRST) + " " + r.choice(LAST), fmt(r, dod + timedelta(days=r.randint(1, 10)), "%m/%d/%Y"), p["neph"].full())
    elif v == 2:
        t = "%s\nFAX COVER SHEET\n\nDate: %s\nTo: %s\nFax: %s\nFrom: %s\nPhone: %s\nRe: %s\nPages (including cover): %d\n\n[ ] Urgent  [x] For review  [ ] Please reply  [ ] Please comment\n\nComments: %s\n\nCONFIDENTIALITY NOTICE: The documents accompanying this facsimile transmission contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, distribution or action taken in reliance on the contents is strictly prohibited. If you received this fax in error, please notify the sender immediately and destroy the documents." % (
            letterhead(r, p, None, r.choice([0, 3])), dd, r.choice([p["txc"], p["hosp"] + " HIM", "Dr. " + p["pcp"].last, "Transplant Coordinator"]), phone(r),
            r.choice(NURSE_FIRST) + " " + r.choice(LAST), phone(r), pname(p) + "  DOB " + fmt(r, p["dob"], "%m/%d/%Y"), r.randint(2, 18),
            r.choice(["Monthly labs and flowsheets for transplant waitlist update.", "Records as requested.", "Please see attached hospital discharge paperwork.", "Quarterly transplant status update attached."]))
    elif v == 3:
        qs = ["Your general health", "Kidney disease interferes with my life", "Bothered by cramps", "Bothered by itchy skin", "Lack of energy", "Fluid restriction", "Dialysis staff encouragement"]
        t = "%s\nKidney Disease Quality of Life (KDQOL-36 style) Survey\nPatient: %s    Date: %s   Administered by: %s\n\nPlease circle one answer per line.\n%s\n\nPHQ-2: Little interest or pleasure: %d   Feeling down: %d\nScored by SW: PCS %d  MCS %d\n" % (
            p["unit"], pname(p, 0), dd, r.choice(["self", "interview - SW", "interview - interpreter"]),
            "\n".join("%-45s  1  2  3  4  5    -> %d" % (q, r.randint(1, 5)) for q in qs), r.randint(0, 3), r.randint(0, 3), r.randint(25, 52), r.randint(30, 58))
    elif v == 4:
        t = "AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n%s\n\nPatient name: %s   DOB: %s   MRN: %s\n\nI authorize: %s\nto release information to: %s\nPurpose: %s\nInformation to be released:\n[x] Dialysis treatment records  [x] Laboratory results  [%s] H&P / progress notes\n[ ] HIV/AIDS related  [ ] Substance use treatment  [ ] Mental health\nDates of service: %s to %s\n\nThis authorization expires on %s. I understand I may revoke it in writing at any time.\n\nSignature of patient/legal representative: ______________________  Date: %s\nIf representative, relationship: __________\n\nFor office use: Request # %d  Fee: $%d.00  Sent %s  Initials ____" % (
            letterhead(r, p, None, 3), pname(p, 2), fmt(r, p["dob"]), p["mrn"], p["unit"], r.choice([p["txc"], "Social Security Administration - DDS", "Law Office of %s & Associates" % r.choice(LAST), p["hosp"]]),
            r.choice(["continuity of care", "disability determination", "legal", "transplant evaluation", "personal use"]), r.choice("x "), fmt(r, p["esrd_start"]), dd, fmt(r, p["date"] + timedelta(days=365)), dd,
            r.randint(1000, 99999), r.choice([0, 0, 15, 25]), fmt(r, p["date"] + timedelta(days=r.randint(1, 9)), "%m/%d/%y"))
    elif v == 5:
        items = [("%s Hemodialysis - outpatient composite" % fmt(r, p["date"] - timedelta(days=30), "%m/%y"), r.randint(3000, 4200)), ("Epoetin alfa", r.randint(80, 700)), ("Laboratory", r.randint(40, 220)), ("Paricalcitol", r.randint(30, 220))]
        tot = sum(x[1] for x in items)
        t = "%s\nPATIENT STATEMENT\nStatement date: %s   Account: %s\n\n%s\n%s\n%s\n\nDescription                                    Charges    Ins. Paid   Adj.\n%s\n\nTotal charges: $%d.00\nMedicare paid: $%d.00\nSecondary (%s): $%d.00\nPATIENT BALANCE DUE: $%d.00\n\nQuestions about your bill? Call %s. Financial assistance available." % (
            p["org"].upper(), dd, p["acct"], pname(p, 0).upper(), p["street"], p["cityline"],
            "\n".join("%-45s %8d.00  %8d.00  %6d.00" % (n, c, int(c * 0.8), int(c * 0.05)) for n, c in items), tot, int(tot * 0.8), p["insurer"], int(tot * 0.12), int(tot * 0.03), phone(r))
    elif v == 6:
        t = "%s\nCOMPREHENSIVE INTERDISCIPLINARY ASSESSMENT & PLAN OF CARE\n%s\nType: [%s] Initial (30 day) [%s] 90-day [%s] Annual [ ] Unstable\nIDT meeting date: %s\n\n1. DOSE OF DIALYSIS: spKt/V %.2f (goal >=1.2). Plan: %s\n2. ANEMIA: Hgb %.1f (goal 10-11). Plan: per protocol\n3. MINERAL & BONE: Ca %.1f  Phos %.1f  PTH %d. Plan: %s\n4. NUTRITION (RD): Alb %.1f, nPCR %.2f, wt trend stable. Plan: %s\n5. VASCULAR ACCESS: %s. Plan: %s\n6. FLUID MANAGEMENT: EDW %.1f kg, IDWG avg %.1f kg\n7. PSYCHOSOCIAL (SW): PHQ-2 %d; KDQOL completed %s; %s\n8. REHABILITATION: %s\n9. MODALITY / TRANSPLANT: %s\n10. PATIENT GOALS: \"%s\"\n\nSignatures:\nPhysician ____________  RN ____________  RD ____________  MSW ____________\nPatient ____________ (participated [x] in person [ ] by phone)" % (
            p["unit"], pt_block(r, p, 1), r.choice("x "), r.choice(" x"), r.choice(" x"), dd, L["ktv"], r.choice(["continue", "increase time 15 min"]), L["hgb"], L["ca"], L["phos"], L["pth"],
            r.choice(["binder education", "increase cinacalcet"]), L["alb"], pct(r, 0.7, 1.2, 2), r.choice(["oral supplement with tx", "renal diet reviewed"]), p["access"], r.choice(["monitor", "refer for AVF - catheter removal goal"]),
            p["edw"], pct(r, 1.0, 3.8), r.randint(0, 4), r.choice(["this month", "last quarter"]), r.choice(["transport issues addressed", "no barriers", "referred to counseling"]), r.choice(["independent", "walker", "works part-time"]),
            r.choice(["home PD discussed; not interested", "on transplant list", "evaluation in progress"]), r.choice(["get a kidney", "stay out of the hospital", "go back to work", "see my grandkids graduate"]))
    elif v == 7:
        t = "%s\nPATIENT RIGHTS & RESPONSIBILITIES / GRIEVANCE PROCESS ACKNOWLEDGEMENT\n\nI, %s, acknowledge that I have received a copy of the facility's Patient Rights and Responsibilities, the internal grievance procedure, and contact information for the ESRD Network (%s, toll-free 1-800-555-%04d) and state survey agency.\n\nI have been informed of the facility's policy on involuntary discharge and the emergency plan, and have received the home emergency kit list (3-day emergency diet).\n\nPatient signature: ____________________ Date: %s\nStaff witness: %s\n" % (
            p["unit"].upper(), pname(p, 0), r.choice(["ESRD Network 9", "Network of the Midwest", "Mid-Atlantic Renal Coalition-type Network"]), r.randint(100, 9999), dd, r.choice(NURSE_FIRST) + " " + r.choice(LAST))
    elif v == 8:
        t = "Photo log - wound/access photographs\n%s\nDate taken: %s   Photographer: %s\n\nImage 1: %s, anterior view, ruler in field. %s\nImage 2: close-up of %s.\nImage 3: comparison to %s.\nConsent for photography on file: yes\n" % (
            pt_block(r, p, 5), dd, r.choice(NURSE_FIRST) + " RN", p["access"].split(",")[0], r.choice(["Aneurysmal segment 3.2 cm, skin shiny.", "Scab over cannulation site 1.", "Exit site granulation."]),
            r.choice(["cannulation zone", "exit site", "incision"]), fmt(r, p["date"] - timedelta(days=30), "%m/%d/%y"))
    else:
        t = "%s\nTRANSPORTATION / SCHEDULE CHANGE REQUEST\n\nPatient: %s   Chair: %d\nCurrent schedule: %s %s shift\nRequested: %s\nReason: %s\nTransportation provider: %s  Phone %s\n\nApproved [ ]  Denied [ ]  Waitlist [%s]\nSocial worker: %s   Date: %s" % (
            p["unit"], pname(p, 1), p["chair"], p["sched"], p["shift"], r.choice(["MWF 2nd shift", "TTS 1st shift", "any morning chair"]), r.choice(["new job", "transport availability", "caregiver schedule"]),
            r.choice(["Access-A-Ride", "county paratransit", "Medicaid NEMT", "family"]), phone(r), r.choice("x "), r.choice(DOC_FIRST) + " " + r.choice(LAST) + ", MSW", dd)
    return t


# ============================================================================
# surgery / procedures / anaesthesia
# ============================================================================
OPS = [
    ("left radiocephalic arteriovenous fistula creation", "ESRD, need for hemodialysis access", "regional (supraclavicular block) with MAC",
     "The left upper extremity was prepped and draped. A longitudinal incision was made between the radial artery and cephalic vein at the wrist. The cephalic vein was dissected free, side branches ligated, and the vein was divided distally and spatulated. The radial artery was controlled with vessel loops. An arteriotomy of approximately 6 mm was made and an end-to-side anastomosis was performed with running 7-0 Prolene. Upon release of clamps there was a palpable thrill. Hemostasis was obtained and the incision closed with 4-0 Monocryl subcuticular."),
    ("left brachiocephalic arteriovenous fistula", "ESRD on hemodialysis via tunneled catheter", "regional block / MAC",
     "A transverse incision was made just distal to the antecubital crease. The cephalic vein was identified and mobilized; the median cubital branch was ligated. The brachial artery was exposed beneath the bicipital aponeurosis. After systemic heparin %d units, an end-to-side anastomosis was created using running 7-0 polypropylene. A strong thrill was palpable through the upper arm. Radial pulse remained palpable. The wound was irrigated and closed in layers."),
    ("right upper arm arteriovenous graft (6 mm PTFE, brachial artery to axillary vein)", "ESRD, inadequate veins for fistula", "general anesthesia, LMA",
     "Incisions were made over the brachial artery at the antecubital fossa and over the axillary vein. A 6 mm PTFE graft was tunneled in a gentle curve on the lateral upper arm. The venous anastomosis was performed end-to-side with 6-0 Prolene, followed by the arterial anastomosis. Excellent thrill over the graft. Hand warm with Doppler signal at the palmar arch."),
    ("laparoscopic peritoneal dialysis catheter placement with rectus sheath tunneling and omentopexy", "ESRD, elected peritoneal dialysis", "general endotracheal anesthesia",
     "Pneumoperitoneum was established via a left upper quadrant Veress needle. A 5 mm port was placed and the abdomen inspected; no adhesions. The catheter was introduced through a paramedian port, tunneled within the rectus sheath, and the coiled tip positioned in the pelvis. Omentopexy was performed to the anterior abdominal wall. The deep cuff was secured in the rectus muscle and the superficial cuff placed 2 cm from the exit site. The catheter was flushed with heparinized saline with good inflow and outflow."),
    ("deceased donor kidney transplant, %s iliac fossa", "ESRD secondary to underlying disease", "general endotracheal anesthesia",
     "A curvilinear (Gibson) incision was made in the %s lower quadrant. The retroperitoneum was entered and the external iliac artery and vein were exposed. The allograft had been prepared on the back table (single artery on Carrel patch, single vein, single ureter). Venous anastomosis end-to-side to external iliac vein with 6-0 Prolene; arterial anastomosis end-to-side to external iliac artery. Warm ischemia time %d minutes. Upon reperfusion the kidney pinked up uniformly with good turgor and made urine within %d minutes. Ureteroneocystostomy (Lich-Gregoir) over a 6 Fr x 12 cm double-J stent. The wound was closed in layers."),
    ("subtotal parathyroidectomy (3.5 glands)", "secondary hyperparathyroidism of renal origin", "general endotracheal anesthesia",
     "A Kocher incision was made. Subplatysmal flaps were raised and the strap muscles separated. All four parathyroid glands were identified and were markedly enlarged. The right superior, right inferior, and left superior glands were excised. Approximately 50 mg of the left inferior gland was preserved on its vascular pedicle and marked with a clip. Intraoperative PTH declined from %d to %d pg/mL at 10 minutes."),
    ("ligation of left brachiocephalic fistula for steal syndrome / DRIL procedure", "dialysis access steal syndrome", "general anesthesia",
     "Through the prior incision the anastomosis was exposed. A distal revascularization interval ligation was performed: the brachial artery was ligated just distal to the anastomosis and a reversed saphenous vein bypass was created from the proximal brachial artery to the distal brachial artery. Post-procedure radial Doppler signal was strong and the fistula thrill preserved."),
]


def g_operative_note(r, p):
    k = r.randint(0, len(OPS) - 1)
    name, ind, anes, desc = OPS[k]
    if "%s iliac" in name:
        name = name % p["tx_side"]
        desc = desc % (p["tx_side"], r.randint(22, 45), r.randint(2, 15))
    elif "heparin %d" in desc:
        desc = desc % r.choice([3000, 5000])
    elif "from %d to %d" in desc:
        desc = desc % (r.randint(900, 2600), r.randint(60, 240))
    surg = p["surg"]
    asst = Clin(r, r.choice(["MD", "PA-C", "MD (resident)"]))
    anesth = Clin(r)
    ebl = r.choice(["minimal", "<10 mL", "25 mL", "50 mL", "150 mL", "300 mL"]) if "kidney" not in name else r.choice(["200 mL", "350 mL", "400 mL"])
    findings = r.choice(["Cephalic vein 3.5 mm, soft, good quality; brachial artery 4 mm with mild calcification.", "Good-quality vessels.", "Heavily calcified artery; anastomosis performed in softer segment.",
                         "Well-perfused allograft." if "kidney" in name else "No intraoperative complications."])
    v = r.randint(0, 6)
    dd = fmt(r, p["date"])
    if v == 0:
        t = "%s\nOPERATIVE REPORT\n\n%s\nDATE OF OPERATION: %s\n\nPREOPERATIVE DIAGNOSIS: %s.\nPOSTOPERATIVE DIAGNOSIS: Same.\nPROCEDURE PERFORMED: %s.\nSURGEON: %s\nASSISTANT: %s\nANESTHESIA: %s.\nANESTHESIOLOGIST: %s\nESTIMATED BLOOD LOSS: %s.\nFLUIDS: %d mL crystalloid.\nSPECIMENS: %s.\nDRAINS: %s.\nCOMPLICATIONS: None.\nINDICATIONS: The patient is a %d-year-old %s with %s. Risks, benefits and alternatives were discussed and informed consent was obtained.\nFINDINGS: %s\n\nDESCRIPTION OF PROCEDURE: The patient was brought to the operating room and placed supine. Timeout was performed confirming patient, procedure and site. Preoperative antibiotics (cefazolin 2 g IV) were given. %s\n\nThe patient tolerated the procedure well and was taken to the recovery room in stable condition. Sponge and needle counts were correct x2.\n\n%s" % (
            p["hosp"].upper(), pt_block(r, p, 3), dd, ind, name, surg.full(), asst.full(), anes, anesth.full(), ebl, r.choice([100, 300, 500, 1500]),
            r.choice(["None", "Parathyroid glands x3" if "parathyroid" in name else "None", "Vein segment to pathology"]), r.choice(["None", "JP drain x1" if "kidney" in name else "None"]),
            p["age"], p["man"], ind.lower(), findings, desc, sign(r, surg, p["date"], 2))
    elif v == 1:
        t = "Brief Operative Note\n%s\nDate: %s\nPre-op dx: %s\nPost-op dx: same\nProcedure: %s\nSurgeon: %s   Asst: %s\nAnesthesia: %s\nEBL: %s   UOP: %s\nSpecimens: %s\nComplications: none apparent\nFindings: %s\nDisposition: PACU, stable\n%s" % (
            pt_block(r, p, 5), dd, ind, name, surg.short(), asst.short(), anes, ebl, r.choice(["n/a", "anuric", "%d mL" % r.randint(50, 800)]), r.choice(["none", "yes - see path"]), findings, sign(r, surg, p["date"], 3))
    elif v == 2:
        t = "%s\nDEPARTMENT OF SURGERY\n\n%s\n\nOPERATION: %s\n\nSurgeon %s. First assistant %s. Anesthesia: %s (%s).\n\nIndication: %s %s presents with %s and is scheduled for %s.\n\nProcedure in detail: %s %s\n\nAt the end of the case there was %s. Estimated blood loss %s. No complications. The patient was extubated (if applicable) and transferred to recovery in satisfactory condition.\n\nPlan: %s\n\n%s" % (
            letterhead(r, p, p["hosp"], 2), pt_block(r, p, 0), name.upper(), surg.short(), asst.short(), anes, anesth.short(), p["Mr"], p["last"], ind.lower(), name,
            "After induction, the operative field was prepped with chlorhexidine and draped sterilely.", desc, r.choice(["a palpable thrill", "good hemostasis", "brisk urine production" if "kidney" in name else "good hemostasis"]), ebl,
            r.choice(["Discharge home today. Follow up 2 weeks. Do not use access for 6-8 weeks.", "Admit for overnight observation.", "Transplant ICU, protocol orders.", "Calcium checks q6h; dialysis in AM with 3.5 Ca bath."]), sign(r, surg, p["date"], 4))
    elif v == 3:
        t = "%s  OR RECORD / SURGEON'S REPORT\n%s   Room OR-%d   Case #%d\n\nProcedure(s): 1) %s\nCPT: %s\nWound class: %s\nPositioning: %s\nImplants: %s\nTourniquet: none\n\nNarrative:\n%s\n\nSurgeon attestation: I was present for the entire procedure.\n%s" % (
            p["hosp"], pname(p, 1), r.randint(1, 14), r.randint(10000, 99999), name, r.choice(["36821", "36830", "49324", "50360", "60500", "36818", "36825"]), r.choice(["I - clean", "II - clean contaminated"]),
            r.choice(["supine, arm board", "supine", "supine, neck extended"]), r.choice(["PTFE graft 6 mm x 40 cm", "PD catheter (Tenckhoff)", "double-J stent 6 Fr", "none"]), desc, sign(r, surg, p["date"], 0))
    elif v == 4:
        t = "%s\n\nDate of Surgery: %s\nSurgeon: %s\n\nThis %d-year-old %s was taken to the operating room for %s. %s Findings: %s\n\nEBL %s. Specimens: %s. Condition: stable.\n\n%s" % (
            pt_block(r, p, 1), dd, surg.full(), p["age"], p["gender"], name, desc, findings, ebl, r.choice(["none", "see pathology"]), sign(r, surg, p["date"], 2))
    elif v == 5:
        t = "%s\nPROCEDURE / OPERATIVE NOTE - VASCULAR ACCESS CENTER\n%s\nDOS: %s\n\nPre: %s\nPost: %s\nOperation: %s\nAnesthesia: %s\nAntibiotic: %s\nHeparin: %s\n\nTechnique: %s\n\nPost-op: hand warm, %s\nFollow-up: %s\n%s" % (
            p["org"], pt_block(r, p, 2), dd, ind, ind, name, anes, r.choice(["cefazolin 2 g", "vancomycin 1 g (PCN allergy)"]), r.choice(["3000 u IV", "none", "5000 u IV"]), desc,
            r.choice(["radial pulse palpable", "capillary refill <3 s", "Doppler signal present"]), r.choice(["2 weeks with duplex at 4-6 weeks", "6 weeks maturity check", "1 week"]), sign(r, surg, p["date"], 5))
    else:
        t = "%s\nOperative Note\n\n%s\n\nPREOP DIAGNOSIS\n%s\n\nPOSTOP DIAGNOSIS\nSame\n\nOPERATIONS PERFORMED\n%s\n\nANESTHESIA\n%s\n\nCOMPLICATIONS\nNone\n\nINDICATIONS\n%s\n\nDETAILS\n%s\n\n%s" % (
            p["txc"] if "kidney" in name else p["hosp"], pt_block(r, p, 3), ind, name, anes, "See clinic note. Consent on chart.", desc, sign(r, surg, p["date"], 0))
    return paginate(r, p, t)


PROCS = [
    ("Tunneled hemodialysis catheter placement, right internal jugular", "ultrasound and fluoroscopic guidance",
     "The right neck and chest were prepped. Under ultrasound guidance the patent, compressible right internal jugular vein was accessed with a micropuncture needle (permanent image stored). A guidewire was advanced into the IVC. A subcutaneous tunnel was created and a %d cm tip-to-cuff split-tip catheter was placed through a peel-away sheath with the tip in the right atrium. Both lumens aspirate and flush well and were locked with heparin 1000 units/mL per lumen volume. Venotomy closed with Dermabond; catheter secured with 2-0 nylon."),
    ("Fistulogram with balloon angioplasty", "fluoroscopy",
     "The %s was accessed in an antegrade direction with a micropuncture set and a 6 Fr sheath placed. Fistulography demonstrated a %d%% stenosis in the %s. After 3000 units heparin, angioplasty was performed with a %d mm x 4 cm high-pressure balloon to %d atm with resolution of the waist. Residual stenosis <30%%. Central veins patent. Sheath removed; hemostasis with purse-string suture."),
    ("Percutaneous mechanical thrombectomy of AV graft", "fluoroscopy",
     "Crossing sheaths were placed in the graft. Thrombus was macerated with an AngioJet-type device, and the arterial plug was pulled with a Fogarty balloon. A %d%% venous anastomotic stenosis was angioplastied with a %d mm balloon. Final images show brisk flow with a palpable thrill."),
    ("Ultrasound-guided percutaneous renal allograft biopsy", "real-time ultrasound",
     "The %s lower quadrant allograft was localized by ultrasound. After local anesthesia with 1%% lidocaine, an 18-gauge spring-loaded biopsy needle was used to obtain %d cores from the lower pole cortex. Cores were assessed at the bedside and appeared adequate. No perinephric hematoma on post-procedure imaging."),
    ("Temporary (non-tunneled) hemodialysis catheter placement, right femoral vein", "ultrasound guidance",
     "Right groin prepped and draped. Femoral vein accessed under ultrasound guidance on first pass. Using Seldinger technique a %d cm temporary dual-lumen catheter was placed. Good blood return from both ports. Secured with sutures, sterile dressing applied."),
    ("Tunneled catheter removal", "bedside, local anesthesia",
     "The cuff was located by palpation and the tract infiltrated with %d mL of 1%% lidocaine with epinephrine. Blunt dissection freed the cuff and the catheter was removed intact. Pressure held for 10 minutes. Tip %s."),
    ("Left heart catheterization and coronary angiography (pre-transplant)", "fluoroscopy, right radial access",
     "After local anesthesia, the right radial artery was accessed. Selective coronary angiography was performed with %d mL of iso-osmolar contrast (minimized; patient on dialysis). LVEDP %d mmHg. Findings: %s. The TR band was applied."),
    ("Upper endoscopy (EGD)", "moderate sedation",
     "The endoscope was passed under direct vision to the second portion of the duodenum. Findings: %s. No active bleeding. Biopsies %s. Estimated blood loss minimal; %d mL of air insufflated (estimated)."),
]


def g_procedure_note(r, p):
    k = r.randint(0, len(PROCS) - 1)
    name, guide, desc = PROCS[k]
    if k == 0:
        desc = desc % r.choice([19, 23, 28])
    elif k == 1:
        desc = desc % (p["access"].split(",")[0] if "fistula" in p["access"] or "graft" in p["access"] else "left brachiocephalic fistula", r.randint(60, 90), r.choice(["juxta-anastomotic segment", "cephalic arch", "venous outflow"]), r.choice([6, 7, 8, 9]), r.choice([16, 18, 20, 24]))
    elif k == 2:
        desc = desc % (r.randint(60, 90), r.choice([6, 7]))
    elif k == 3:
        desc = desc % (p["tx_side"], r.randint(2, 3))
    elif k == 4:
        desc = desc % r.choice([20, 24])
    elif k == 5:
        desc = desc % (r.choice([5, 8, 10]), r.choice(["sent for culture", "discarded"]))
    elif k == 6:
        desc = desc % (r.randint(20, 45), r.randint(10, 24), r.choice(["nonobstructive CAD", "70% proximal LAD stenosis", "normal coronaries", "severe 3-vessel calcific disease"]))
    else:
        desc = desc % (r.choice(["gastric antral vascular ectasia", "erosive esophagitis LA grade B", "duodenal ulcer with clean base", "normal"]), r.choice(["not taken", "of antrum for H. pylori"]), r.randint(100, 400))
    op = Clin(r)
    dd = fmt(r, p["date"])
    sed = r.choice(["Moderate sedation: midazolam %d mg, fentanyl %d mcg IV; independent observer RN; sedation time %d min" % (r.randint(1, 3), r.choice([25, 50, 75, 100]), r.randint(15, 50)),
                    "Local anesthesia only", "MAC by anesthesia"])
    comp = r.choice(["None", "None immediate", "Small hematoma, resolved with pressure"])
    v = r.randint(0, 6)
    if v == 0:
        t = "%s\nINTERVENTIONAL RADIOLOGY PROCEDURE REPORT\n\n%s\nDate: %s\nProcedure: %s\nOperator: %s\nIndication: %s\nConsent: written informed consent obtained after discussion of risks including bleeding, infection, vessel injury.\nSedation: %s\nGuidance: %s\nContrast: %s\nFluoro time: %.1f min\n\nTechnique: %s\n\nComplications: %s\n\nIMPRESSION: Successful %s.\n\n%s" % (
            p["hosp"].upper(), pt_block(r, p, 3), dd, name, op.full(), r.choice(["ESRD, need for dialysis access", "poor flows, prolonged bleeding at dialysis", "clotted access", "rising creatinine in kidney transplant", "catheter no longer needed, AVF in use"]),
            sed, guide, r.choice(["Visipaque %d mL" % r.randint(10, 60), "none", "CO2 angiography"]), pct(r, 0.4, 14.0), desc, comp, name.lower(), sign(r, op, p["date"], 0))
    elif v == 1:
        t = "PROCEDURE NOTE\n%s  %s\n\nProcedure: %s\nPerformed by: %s\nTime out performed: yes, %s\nIndication: %s\n\n%s\n\nEBL minimal. Complications: %s. Patient tolerated well.\nPost-procedure plan: %s\n%s" % (
            pname(p, 1), dd, name, op.short(), tm(r), r.choice(["as above", "dialysis access", "allograft dysfunction", "pre-transplant evaluation"]), desc, comp,
            r.choice(["may use for dialysis immediately", "bedrest 4 h, CBC in 6 h", "resume dialysis today", "chest x-ray confirms position"]), sign(r, op, p["date"], 3))
    elif v == 2:
        t = "%s\nVascular Access Center - Procedure Record\n%s\n\nPre-procedure: K %.1f  INR %.1f  Allergies: %s\nProcedure: %s (CPT %s)\nAnesthesia/Sedation: %s\nVitals stable throughout.\n\nFindings/Technique:\n%s\n\nPost: access with %s. Discharged to %s at %s.\nPhysician: %s" % (
            p["org"], pt_block(r, p, 2), pct(r, 3.8, 5.5), pct(r, 0.9, 1.3), ", ".join(p["allergies"]), name, r.choice(["36902", "36905", "36558", "36589", "50200", "93458"]), sed, desc,
            r.choice(["good thrill", "catheter functioning", "no bleeding"]), r.choice(["dialysis unit", "home", "ride"]), tm(r), op.full())
    elif v == 3:
        t = "%s\n\n%s\n\n%s was performed on %s by %s with %s. %s %s No complications. The patient left the department in stable condition.\n\n%s" % (
            p["hosp"], pt_block(r, p, 0), name, dd, op.dr(), guide, desc, sed + ".", sign(r, op, p["date"], 2))
    elif v == 4:
        t = "Bedside Procedure Note\nDate/time: %s %s\nPatient: %s  Loc: %s\nProcedure: %s\nIndication: %s\nConsent: %s\nUniversal protocol: site marked, time out completed.\nDescription: %s\nEBL: <5 mL\nComplications: %s\nSpecimens: %s\n%s" % (
            dd, tm(r), pname(p, 2), r.choice(["ICU bed %d" % r.randint(1, 20), "4W-%d" % r.randint(400, 450), "HD unit"]), name, r.choice(["urgent dialysis", "allograft dysfunction", "infection"]),
            r.choice(["signed by patient", "signed by %s (%s)" % (p["ec_name"], p["ec_rel"]), "emergency consent"]), desc, comp, r.choice(["none", "cores to pathology", "tip to micro"]), sign(r, op, p["date"], 5))
    elif v == 5:
        t = "%s\nCARDIAC CATHETERIZATION / PROCEDURE SUMMARY\n%s\nDate: %s   Operator: %s\n\nIndications: %s\nAccess: %s\nProcedure: %s\n\n%s\n\nConclusions: %s\nRecommendations: %s\n%s" % (
            p["hosp"], pt_block(r, p, 1), dd, op.full(), r.choice(["pre-transplant evaluation, abnormal stress test", "dialysis access dysfunction", "allograft dysfunction"]), guide, name, desc,
            r.choice(["procedure completed successfully", "see above"]), r.choice(["medical therapy", "return to referring service", "follow-up fistulogram in 3 months"]), sign(r, op, p["date"], 0))
    else:
        t = "%s   %s\nProc: %s\nOp: %s\nSed: %s\n%s\nComp: %s\n%s" % (pname(p, 1), fmt(r, p["date"], "%m/%d/%y"), name, op.short(), sed, desc, comp, sign(r, op, p["date"], 3))
    return paginate(r, p, t)


def g_anesthesia_record(r, p):
    k = r.choice([0, 1, 2, 3, 4, 5])
    name = OPS[k][0].replace("%s", p["tx_side"])
    an = Clin(r)
    crna = "%s %s, CRNA" % (r.choice(NURSE_FIRST), r.choice(LAST))
    asa = r.choice(["III", "IV", "IV", "III-E"])
    dd = fmt(r, p["date"])
    L = labs(r, p)
    v = r.randint(0, 6)
    if v == 0:
        rows = []
        sbp = r.randint(130, 180)
        for i in range(r.randint(6, 12)):
            sbp += r.randint(-18, 12)
            rows.append("%s  %3d/%-3d  %3d  %3d  %s  %s" % (tm(r) if i == 0 else "+%dm" % (i * 15), max(sbp, 82), r.randint(45, 90), r.randint(58, 100), r.randint(95, 100), r.choice(["ETCO2 %d" % r.randint(30, 40), "", ""]), r.choice(["", "", "phenylephrine 100 mcg", "propofol 30 mg", ""])))
        t = "%s\nANESTHESIA RECORD\n%s\nDate %s   OR %d   ASA %s\nProcedure: %s\nSurgeon: %s   Anesthesiologist: %s   CRNA: %s\nPre-op: Ht %d cm  Wt %.1f kg  NPO since %s  K %.1f  Hgb %.1f\nAllergies: %s\nTechnique: %s\nAirway: %s\nLines: %s\n\nTIME     BP      HR   SpO2  notes\n%s\n\nAgents: %s\nFluids: %s   EBL: %s   UOP: %s\nAnesthesia start %s  end %s\nTo PACU: stable, %s\n" % (
            p["hosp"], pt_block(r, p, 1), dd, r.randint(1, 16), asa, name, p["surg"].short(), an.short(), crna, p["ht_cm"], p["wt"], r.choice(["MN", "2200", "0400 clears"]), L["k"], L["hgb"], ", ".join(p["allergies"]),
            r.choice(["GETA", "LMA", "MAC + regional", "Supraclavicular block + MAC"]), r.choice(["Grade I view, 7.0 ETT", "LMA #4", "natural airway, NC O2 3 L", "Mac 3, grade II, 7.5 ETT"]),
            r.choice(["PIV x1 R hand (not access arm)", "PIV, R radial A-line, R IJ CVC", "PIV x2"]), "\n".join(rows), r.choice(["propofol, fentanyl, rocuronium, sevoflurane; sugammadex reversal", "propofol infusion, midazolam 2 mg", "cisatracurium, desflurane, hydromorphone"]),
            r.choice(["NS 250 mL", "LR 1000 mL", "NS 2500 mL, albumin 5% 500 mL"]), r.choice(["min", "50 mL", "300 mL"]), r.choice(["n/a anuric", "0", "850 mL"]), tm(r), tm(r), r.choice(["extubated", "spontaneous ventilation", "awake"]))
    elif v == 1:
        t = "PRE-ANESTHESIA EVALUATION\n%s\nDate: %s\nPlanned procedure: %s\n\nHistory: %d %s with ESRD on %s, %s.\nLast dialysis: %s  Post weight %.1f kg\nCardiac: %s\nPulm: %s\nAirway: Mallampati %s, TMD >3 FB, neck ROM full, dentition %s\nPrior anesthesia: %s\nMeds: %s\nAllergies: %s\nLabs: K %.1f, Hgb %.1f, Plt %d, glucose %d\nECG: %s\n\nASA: %s\nPlan: %s. Avoid succinylcholine if K >5.5. No BP cuff/IV in access arm.\nRisks discussed incl. sore throat, dental injury, PONV, awareness, cardiovascular events. Patient agrees.\n%s" % (
            pt_block(r, p, 3), dd, name, p["age"], p["sex"], mod_text(p), ", ".join(p["como"][:3]), r.choice(["yesterday", "this morning", "2 days ago"]), p["edw"], r.choice(["no angina, METs >4", "EF 40%, CAD s/p PCI", "HFpEF"]),
            r.choice(["clear", "OSA on CPAP", "COPD, mild"]), r.choice(["I", "II", "III"]), r.choice(["intact", "poor", "edentulous"]), r.choice(["uneventful", "PONV", "none"]), meds_block(r, p, 2), ", ".join(p["allergies"]),
            L["k"], L["hgb"], L["plt"], L["glu"], r.choice(["NSR, LVH", "SR, nonspecific T wave changes"]), asa, r.choice(["GA/ETT", "regional + MAC", "GA with LMA"]), sign(r, an, p["date"], 5))
    elif v == 2:
        t = "%s\nPOST-ANESTHESIA NOTE\n%s   %s\n\nProcedure: %s\nAnesthesia type: %s\nPatient location: PACU\nLevel of consciousness: %s\nAirway patent, respiratory function adequate, SpO2 %d%%\nCardiovascular: BP %d/%d, HR %d, stable\nPain: %d/10, controlled\nNausea/vomiting: %s\nHydration: adequate\nNo apparent anesthesia complications.\n%s" % (
            p["hosp"], pname(p, 1), dd, name, r.choice(["general", "MAC/regional", "general LMA"]), r.choice(["awake, alert", "drowsy, arousable", "baseline"]), r.randint(94, 100), r.randint(110, 170), r.randint(55, 90), r.randint(60, 95),
            r.randint(0, 6), r.choice(["none", "mild, ondansetron given"]), sign(r, an, p["date"], 3))
    elif v == 3:
        t = "REGIONAL ANESTHESIA PROCEDURE NOTE\n%s\nDate: %s\n\nBlock: %s brachial plexus, %s approach\nIndication: surgical anesthesia for %s\nConsent obtained; time out performed; monitors applied\nSedation: midazolam %d mg\nNeedle: 22 G 50 mm echogenic, ultrasound guided, in-plane\nLocal: %d mL %s\nNegative aspiration every 5 mL; no paresthesia; injection pressures low\nBlock assessed at 15 min: %s\nComplications: none\n%s" % (
            pt_block(r, p, 5), dd, r.choice(["Left", "Right"]), r.choice(["supraclavicular", "infraclavicular", "axillary"]), name, r.randint(1, 2), r.choice([20, 25, 30]), r.choice(["0.5% ropivacaine", "1.5% mepivacaine / 0.5% bupivacaine 1:1"]),
            r.choice(["dense sensory and motor", "complete"]), sign(r, an, p["date"], 0))
    elif v == 4:
        t = "%s - ANESTHESIA SUMMARY\n\n%s\nCase: %s\nASA class %s\n\nInduction %s: %s\nMaintenance: %s\nAirway: %s\nVentilation: %s\nMonitoring: standard ASA monitors%s\nIntraoperative events: %s\nMedications: cefazolin 2 g, %s\nI/O: crystalloid %d mL / EBL %s / UOP %s\nEmergence: %s\nHandoff to PACU RN %s at %s\n%s / %s" % (
            p["hosp"].upper(), pt_block(r, p, 2), name, asa, tm(r), r.choice(["propofol 150 mg, fentanyl 100 mcg, rocuronium 50 mg", "etomidate 16 mg, rocuronium 60 mg", "propofol 100 mg"]),
            r.choice(["sevoflurane 1.8-2.2%", "desflurane 5%", "TIVA propofol 100 mcg/kg/min"]), r.choice(["ETT 7.0, VL, first attempt", "LMA 4"]), r.choice(["VC 450x14, PEEP 5", "spontaneous"]),
            r.choice(["", ", arterial line", ", CVP"]), r.choice(["none", "hypotension after induction treated with phenylephrine", "hyperkalemia K 6.0 treated with insulin/dextrose"]),
            r.choice(["dexamethasone 4 mg, ondansetron 4 mg", "methylprednisolone 500 mg, mannitol 12.5 g, furosemide 100 mg (reperfusion)" if "kidney" in name else "heparin 3000 u"]),
            r.randint(300, 3500), r.choice(["20 mL", "150 mL", "300 mL"]), r.choice(["anuric", "brisk post reperfusion", "n/a"]), r.choice(["smooth", "uneventful"]), r.choice(NURSE_FIRST), tm(r), an.short(), crna)
    elif v == 5:
        t = "ANESTHESIA CONSENT AND PLAN\n%s\n\nProposed procedure: %s   Date: %s\nAnesthesia plan: %s\n\nPertinent: ESRD - %s; K %.1f; Hgb %.1f\nPlan for postop: %s\n%s\nCRNA: %s" % (
            pt_block(r, p, 0), name, dd, r.choice(["MAC with regional block", "general anesthesia", "general + epidural (declined)"]), mod_text(p), L["k"], L["hgb"],
            r.choice(["PACU then home", "transplant ICU", "floor, dialysis POD1"]), sign(r, an, p["date"], 1), crna)
    else:
        t = "%s\nIntraop Anesthesia Record (page 1 of 2)\nPt: %s   Wt %.0f kg   ASA %s   Dx: ESRD\nProc: %s\n\n          %s  %s  %s  %s  %s  %s\nO2 L/m    2     2     2     2     2     2\nSevo %%   --   2.0   2.0   1.8   1.5   0\nBP sys   %d   %d   %d   %d   %d   %d\nBP dia   %d    %d    %d    %d    %d    %d\nHR       %d    %d    %d    %d    %d    %d\nSpO2     99   100   100   99    99    98\n\nRemarks: %s\n%s" % (
            p["hosp"], pname(p, 1), p["wt"], asa, name, *[tm(r) for _ in range(6)], *[r.randint(95, 180) for _ in range(6)], *[r.randint(50, 90) for _ in range(6)], *[r.randint(58, 100) for _ in range(6)],
            r.choice(["uneventful", "pt to PACU on 2L NC", "access arm padded and protected"]), crna)
    return paginate(r, p, t, style=r.choice([2, 4, 4, 1]))


# ============================================================================
# diagnostics
# ============================================================================
def flag(v, lo, hi):
    return "H" if v > hi else ("L" if v < lo else "")


def g_lab_report(r, p):
    L = labs(r, p)
    v = r.randint(0, 6)
    coll = p["date"]
    lab = r.choice(["Spectra-Renal Reference Laboratory", "KidneyLab Services", "%s Clinical Laboratory" % p["hosp"].split()[0], "Northpoint Diagnostic Labs", "Tri-State Reference Lab"])
    acc = "%s%d" % (r.choice(["A", "K", "RL", "M"]), r.randint(1000000, 9999999))
    rows = [("Hemoglobin", L["hgb"], "g/dL", 12.0, 16.0), ("Hematocrit", L["hct"], "%", 36.0, 48.0), ("WBC", L["wbc"], "K/uL", 4.0, 11.0), ("Platelets", L["plt"], "K/uL", 150, 400),
            ("Sodium", L["na"], "mmol/L", 135, 145), ("Potassium", L["k"], "mmol/L", 3.5, 5.1), ("Chloride", L["cl"], "mmol/L", 98, 107), ("CO2", L["co2"], "mmol/L", 22, 29),
            ("BUN (pre)", L["bun"], "mg/dL", 7, 20), ("Creatinine", L["cr"], "mg/dL", 0.6, 1.2), ("Glucose", L["glu"], "mg/dL", 70, 99), ("Calcium", L["ca"], "mg/dL", 8.5, 10.2),
            ("Phosphorus", L["phos"], "mg/dL", 2.5, 4.5), ("Albumin", L["alb"], "g/dL", 3.5, 5.0), ("PTH, intact", L["pth"], "pg/mL", 15, 65), ("Ferritin", L["ferritin"], "ng/mL", 30, 400),
            ("Iron saturation", L["tsat"], "%", 20, 50)]
    if p["mod"] == "TX":
        rows = [x for x in rows if x[0] not in ("BUN (pre)", "Ferritin", "Iron saturation")] + [("BUN", L["bun"], "mg/dL", 7, 20), ("Magnesium", pct(r, 1.3, 2.2), "mg/dL", 1.6, 2.6), ("Tacrolimus, trough", L["tac"], "ng/mL", 5.0, 15.0), ("eGFR (CKD-EPI 2021)", L["egfr"], "mL/min/1.73m2", 60, 200)]
    dd = fmt(r, coll)
    if v == 0:
        body = "\n".join("%-22s %8s   %-2s %-10s %s-%s" % (n, val, flag(val, lo, hi), u, lo, hi) for n, val, u, lo, hi in rows)
        extra = "" if p["mod"] == "TX" else "\nPost-BUN                %5d       mg/dL\nURR                     %5d       %%      >=65\nspKt/V (Daugirdas II)   %5.2f             >=1.2\n" % (L["postbun"], L["urr"], L["ktv"])
        t = "%s\n%s\nCLIA #%dD%07d    Lab Director: %s\n\nPatient: %s   DOB: %s   Sex: %s\nFacility: %s (%s)   Physician: %s\nCollected: %s %s   Received: %s   Reported: %s\nAccession: %s    %s\n\nTEST                    RESULT  FLAG UNITS      REFERENCE\n%s%s\n*** END OF REPORT ***" % (
            lab.upper(), addr(r)[1], r.randint(10, 52), r.randint(0, 9999999), Clin(r).full(), pname(p, 1), fmt(r, p["dob"], "%m/%d/%Y"), p["sex"], p["unit"], p["unit_no"], p["neph"].short(),
            fmt(r, coll, "%m/%d/%Y"), tm(r), fmt(r, coll + timedelta(days=1), "%m/%d/%Y"), fmt(r, coll + timedelta(days=1), "%m/%d/%Y"), acc, r.choice(["MONTHLY PANEL", "Pre-dialysis draw", "ROUTINE", ""]), body, extra)
    elif v == 1:
        months = [coll - timedelta(days=30 * i) for i in range(r.randint(3, 6))][::-1]
        names = ["Hgb", "Kt/V", "URR", "Alb", "Ca", "Phos", "PTH", "K", "Ferritin", "TSAT"]
        base = [L["hgb"], L["ktv"], L["urr"], L["alb"], L["ca"], L["phos"], L["pth"], L["k"], L["ferritin"], L["tsat"]]
        lines = []
        for n, b in zip(names, base):
            vals = []
            for _ in months:
                if isinstance(b, int):
                    vals.append("%7d" % max(1, int(b * r.uniform(0.8, 1.2))))
                else:
                    vals.append("%7.2f" % (b * r.uniform(0.9, 1.1)) if n == "Kt/V" else "%7.1f" % (b * r.uniform(0.9, 1.1)))
            lines.append("%-10s" % n + "".join(vals))
        t = "%s - CUMULATIVE LAB SUMMARY\n%s\n\n%-10s%s\n%s\n\nQuarterly: HBsAg %s  anti-HBs %s\nGoals: Hgb 10-11.5, Kt/V >=1.2, Alb >=4.0, Phos 3.5-5.5, PTH 150-600\nPrinted %s" % (
            p["unit"], pt_block(r, p, 2), "", "".join("%7s" % m.strftime("%m/%y") for m in months), "\n".join(lines), r.choice(["Neg", "Non-reactive"]), r.choice(["%d" % r.randint(10, 500), "<10"]), dd)
    elif v == 2:
        org = r.choice(["Staphylococcus aureus", "Staphylococcus epidermidis", "Escherichia coli", "Klebsiella pneumoniae", "No growth"])
        src = r.choice(["Blood - peripheral", "Blood - HD catheter (arterial lumen)", "Peritoneal dialysate", "Catheter exit site swab", "Urine, clean catch"])
        sens = ""
        if org != "No growth":
            abx = [("Cefazolin", "S"), ("Vancomycin", "S"), ("Oxacillin", r.choice("SR")), ("Gentamicin", "S"), ("Ciprofloxacin", r.choice("SIR")), ("TMP/SMX", r.choice("SR")), ("Ceftriaxone", "S")]
            sens = "\nSUSCEPTIBILITY (MIC)\n" + "\n".join("  %-16s %5s  %s" % (a, r.choice(["<=0.5", "1", "2", "<=1", ">=16"]), s) for a, s in abx[:r.randint(4, 7)])
        extra = ""
        if "dialysate" in src:
            extra = "\nCell count: WBC %d/uL, %d%% neutrophils\nGram stain: %s\n" % (r.randint(50, 4000), r.randint(40, 95), r.choice(["no organisms seen", "gram positive cocci in clusters", "gram negative rods"]))
        t = "%s  MICROBIOLOGY\n%s\nSource: %s\nCollected: %s %s   Ordering: %s\n%s\nCULTURE: %s%s\n\nPreliminary %s: %s\nFinal %s\n%s" % (
            lab, pt_block(r, p, 1), src, dd, tm(r), p["neph"].short(), extra, "NO GROWTH AT 5 DAYS" if org == "No growth" else "%s, %s" % (r.choice(["Many", "Moderate", "1 of 2 sets:", "2 of 2 sets:"]), org), sens,
            fmt(r, coll + timedelta(days=1), "%m/%d"), r.choice(["Gram positive cocci in clusters", "No growth at 24 h", "Gram negative rods"]), fmt(r, coll + timedelta(days=3), "%m/%d/%Y"),
            r.choice(["Critical value called to %s RN at %s, read back verified." % (r.choice(NURSE_FIRST), tm(r)), ""]))
    elif v == 3:
        t = "%s\nTRANSPLANT LABORATORY\n%s\nCollected %s %s (trough, last dose %s)\n\nTacrolimus (LC-MS/MS) ...... %.1f ng/mL   [target per transplant team]\nCreatinine ................ %.2f mg/dL %s\nBUN ....................... %d mg/dL\nPotassium ................. %.1f mmol/L\nMagnesium ................. %.1f mg/dL\nWBC ....................... %.1f K/uL\nANC ....................... %.2f K/uL\nCMV DNA PCR (plasma) ...... %s\nBK virus DNA PCR (plasma).. %s\nUrine protein/Cr ratio .... %.2f\nDSA (single antigen) ...... %s\n" % (
            p["txc"], pt_block(r, p, 0), dd, tm(r), r.choice(["2000 prior evening", "2100", "not recorded"]), L["tac"], L["cr"] if p["mod"] == "TX" else pct(r, 1.0, 2.2, 2), "H" if L["cr"] > 1.2 else "",
            L["bun"], L["k"], pct(r, 1.2, 2.1), L["wbc"], L["wbc"] * 0.6, r.choice(["Not detected", "<35 IU/mL", "Detected, 410 IU/mL"]), r.choice(["Not detected", "Not detected", "1,850 copies/mL"]), pct(r, 0.05, 1.2, 2),
            r.choice(["negative", "not performed", "DQ7 MFI 2,400"]))
    elif v == 4:
        t = "%s\nHEPATITIS / INFECTION SURVEILLANCE - DIALYSIS\n%s\nDraw date: %s\n\nHBsAg ............................ %s\nAnti-HBs (quantitative) .......... %s mIU/mL   (>=10 = immune)\nAnti-HBc total ................... %s\nAnti-HCV ......................... %s\nHIV 1/2 Ag/Ab .................... %s\nTB (IGRA) ........................ %s\n\nComment: %s" % (
            lab, pt_block(r, p, 3), dd, r.choice(["Non-reactive", "Negative"]), r.choice([str(r.randint(11, 1000)), "<5", "8"]), r.choice(["Non-reactive", "Non-reactive", "Reactive"]),
            r.choice(["Non-reactive", "Non-reactive", "Reactive - HCV RNA to follow"]), r.choice(["Non-reactive", "not ordered"]), r.choice(["Negative", "not ordered", "Indeterminate"]),
            r.choice(["Monthly HBsAg required while susceptible.", "Patient immune - annual anti-HBs.", "Booster dose recommended per protocol.", ""]))
    elif v == 5:
        t = "%s\nPD ADEQUACY STUDY (24-hour collections)\n%s\nDates: %s\n\nDialysate volume drained: %.2f L   Dialysate urea %d mg/dL   Dialysate Cr %.1f mg/dL\nUrine volume: %d mL   Urine urea %d mg/dL   Urine Cr %.1f mg/dL\nSerum BUN %d mg/dL   Serum Cr %.1f mg/dL\nBody water (Watson) %.1f L   BSA %.2f m2\n\nPeritoneal Kt/V  %.2f\nRenal Kt/V       %.2f\nTOTAL weekly Kt/V %.2f   (target >= 1.7)\nTotal CrCl %d L/week/1.73m2\nnPNA %.2f g/kg/day\n\nReviewed: ______ MD" % (
            p["unit"], pt_block(r, p, 1), dd, pct(r, 9.0, 14.0, 2), r.randint(40, 70), pct(r, 5, 9), r.randint(0, 1200), r.randint(200, 600), pct(r, 30, 80), L["bun"], L["cr"], pct(r, 28, 45),
            pct(r, 1.5, 2.2, 2), pct(r, 1.2, 1.9, 2), pct(r, 0.0, 0.7, 2), L["wkktv"], r.randint(40, 85), pct(r, 0.7, 1.2, 2))
    else:
        t = "LAB RESULTS  %s\n%s  %s\n\n%s\n\nOrdered by %s. %s" % (
            dd, pname(p, 1), p["mrn"], "  ".join("%s %s%s" % (n.split(",")[0].split(" (")[0], val, "*" if flag(val, lo, hi) else "") for n, val, u, lo, hi in rows[:r.randint(6, len(rows))]),
            p["neph"].short(), r.choice(["* = abnormal", "Results reviewed - ok. %s" % p["neph"].last[:1], "Called pt re K.", ""]))
    return paginate(r, p, t, style=r.choice([0, 2, 4, 4, 1]), org=lab)


IMG = ["vein", "txus", "cxr", "echo", "ct", "nuc", "duplex", "renal"]


def g_imaging_report(r, p):
    k = r.choice(IMG)
    if k == "txus" and p["mod"] != "TX":
        k = "renal" if r.random() < 0.5 else "cxr"
    rad = Clin(r)
    dd = fmt(r, p["date"])
    hx = ""
    if k == "vein":
        ex = "US UPPER EXTREMITY VEIN MAPPING, BILATERAL"
        hx = "CKD stage 5, preoperative planning for AV fistula."
        find = "Right: cephalic vein wrist %.1f mm, forearm %.1f mm, antecubital %.1f mm, upper arm %.1f mm; basilic %.1f mm. Radial artery %.1f mm, brachial artery %.1f mm, triphasic.\nLeft: cephalic vein wrist %.1f mm, forearm %.1f mm, upper arm %.1f mm, %s. Brachial artery %.1f mm. Subclavian and internal jugular veins patent and compressible bilaterally." % (
            pct(r, 1.5, 3), pct(r, 1.8, 3.2), pct(r, 2.5, 4.5), pct(r, 2.5, 4.5), pct(r, 3, 5.5), pct(r, 1.8, 2.8), pct(r, 3.2, 5), pct(r, 1.2, 3), pct(r, 1.8, 3.2), pct(r, 2.5, 4.5),
            r.choice(["no thrombus", "segmental sclerosis at mid forearm", "continuous with cephalic arch"]), pct(r, 3.2, 5))
        imp = r.choice(["Adequate left cephalic vein for brachiocephalic fistula.", "Suitable veins for radiocephalic AVF on the left.", "Small caliber cephalic veins bilaterally; basilic vein adequate for transposition."])
    elif k == "txus":
        ex = "US TRANSPLANT KIDNEY WITH DOPPLER"
        hx = "Renal transplant, rising creatinine." if r.random() < 0.5 else "Routine post-transplant evaluation."
        find = "The %s lower quadrant transplant kidney measures %.1f cm. Cortical echogenicity normal. %s. No perinephric fluid collection.\nDoppler: main renal artery PSV %d cm/s; main renal vein patent. Resistive indices: upper %.2f, mid %.2f, lower %.2f.\nBladder: %s" % (
            p["tx_side"], pct(r, 10.2, 12.8), r.choice(["No hydronephrosis", "Mild pelvicaliectasis", "Double-J stent in place, no hydronephrosis"]), r.randint(90, 280), pct(r, 0.6, 0.8, 2), pct(r, 0.6, 0.8, 2), pct(r, 0.6, 0.8, 2),
            r.choice(["unremarkable", "decompressed", "postvoid residual 40 mL"]))
        imp = r.choice(["Normal appearing renal transplant with normal resistive indices.", "Mild pelvicaliectasis, likely not obstructive; follow-up recommended.", "No evidence of transplant renal artery stenosis."])
    elif k == "cxr":
        ex = r.choice(["XR CHEST 2 VIEWS", "CHEST PA AND LATERAL", "PORTABLE CHEST 1 VIEW"])
        hx = r.choice(["Shortness of breath, ESRD.", "Catheter placement.", "Pre-transplant evaluation.", "Fever, dialysis patient."])
        find = "%s Heart size %s. %s. %s. No pneumothorax. %s" % (
            r.choice(["Comparison: %s." % fmt(r, p["date"] - timedelta(days=r.randint(60, 900)), "%m/%d/%Y"), "No prior for comparison."]), r.choice(["normal", "mildly enlarged", "enlarged"]),
            r.choice(["Pulmonary vascular congestion with interstitial edema", "Lungs clear", "Patchy left basilar opacity"]), r.choice(["Small bilateral pleural effusions", "No pleural effusion", "Blunting of the right costophrenic angle"]),
            r.choice(["Right IJ dialysis catheter tip projects over the right atrium.", "Vascular stent in left axillary region.", "Aortic calcification.", ""]))
        imp = r.choice(["Mild pulmonary edema and small effusions, consistent with volume overload.", "No acute cardiopulmonary process.", "Dialysis catheter tip in right atrium; no pneumothorax.", "Left basilar opacity, atelectasis vs pneumonia."])
    elif k == "echo":
        ex = "TRANSTHORACIC ECHOCARDIOGRAM"
        hx = r.choice(["Pre-transplant evaluation.", "Dyspnea, ESRD.", "Murmur."])
        ef = r.randint(35, 68)
        find = "LV: %s LVH, EF %d%% by biplane Simpson. %s diastolic function, E/e' %d.\nRV: normal size and function, TAPSE %d mm.\nAtria: LA %s (LAVI %d mL/m2).\nValves: %s; MAC %s.\nPericardium: %s.\nRVSP %d mmHg. IVC %s." % (
            r.choice(["mild concentric", "moderate concentric", "no"]), ef, r.choice(["Grade I", "Grade II", "Normal"]), r.randint(8, 18), r.randint(16, 24), r.choice(["normal", "mildly dilated", "moderately dilated"]), r.randint(25, 48),
            r.choice(["mild MR, trace TR", "aortic sclerosis without stenosis", "moderate MR"]), r.choice(["present", "absent", "moderate"]), r.choice(["no effusion", "small effusion, no tamponade"]), r.randint(24, 52), r.choice(["normal with >50% collapse", "dilated, <50% collapse"]))
        imp = "LVEF %d%%. %s" % (ef, r.choice(["Concentric LVH with diastolic dysfunction.", "No significant valvular disease.", "Elevated RVSP suggests pulmonary hypertension."]))
    elif k == "ct":
        ex = r.choice(["CT ABDOMEN AND PELVIS WITHOUT CONTRAST", "CT ABD/PELVIS NON-CONTRAST (PRE-TRANSPLANT ILIAC ASSESSMENT)"])
        hx = r.choice(["Pre-transplant evaluation; assess iliac calcification.", "Abdominal pain, PD patient.", "ADPKD, flank pain."])
        find = "Native kidneys: %s. Iliac arteries: %s calcification; external iliac arteries %s. Liver and spleen unremarkable. %s. No free air. Bladder %s." % (
            r.choice(["atrophic with multiple simple cysts", "markedly enlarged polycystic kidneys, right 22 cm, left 19 cm" if "polycystic" in p["cause"] else "small and echogenic", "atrophic"]),
            r.choice(["mild", "moderate circumferential", "minimal", "severe"]), r.choice(["with soft segments suitable for anastomosis bilaterally", "heavily calcified on the left; right relatively spared"]),
            r.choice(["PD catheter tip in pelvis, small volume ascites (dialysate)", "Cholelithiasis", "No lymphadenopathy"]), r.choice(["decompressed", "unremarkable"]))
        imp = r.choice(["Moderate iliac calcification; right external iliac artery with soft segment.", "Atrophic native kidneys. No acute findings.", "Polycystic kidneys; no hemorrhage."])
    elif k == "nuc":
        ex = "MYOCARDIAL PERFUSION IMAGING, REGADENOSON SPECT"
        hx = "Kidney transplant candidate; risk stratification."
        find = "Regadenoson 0.4 mg IV. Rest/stress Tc-99m sestamibi. Baseline HR %d, BP %d/%d. ECG: no ischemic changes. Perfusion: %s. Gated LVEF %d%%, TID ratio %.2f." % (
            r.randint(60, 90), r.randint(120, 170), r.randint(60, 90), r.choice(["normal", "small fixed inferior defect consistent with attenuation", "moderate reversible defect in the LAD territory"]), r.randint(40, 66), pct(r, 0.95, 1.25, 2))
        imp = r.choice(["Normal myocardial perfusion. Low risk.", "Probable diaphragmatic attenuation; no ischemia.", "Moderate ischemia LAD territory; recommend cardiology evaluation."])
    elif k == "duplex":
        ex = "DUPLEX ULTRASOUND DIALYSIS ACCESS (AVF) - MATURATION ASSESSMENT"
        hx = "AV fistula created %d weeks ago, assess maturity." % r.randint(4, 10)
        find = "Volume flow in the outflow vein %d mL/min. Vein diameter %.1f mm, depth from skin %.1f mm. %s. Arterial inflow normal." % (
            r.randint(280, 1400), pct(r, 3.5, 7.5), pct(r, 2.5, 9.0), r.choice(["No stenosis", "Juxta-anastomotic narrowing 1.8 mm with PSV ratio 3.4", "Large competing side branch at mid forearm"]))
        imp = r.choice(["Fistula meets criteria for maturity (rule of 6s).", "Immature fistula with juxta-anastomotic stenosis; recommend fistulogram.", "Deep fistula; consider superficialization."])
    else:
        ex = "US RENAL (NATIVE) BILATERAL"
        hx = r.choice(["CKD stage 5.", "Hematuria, ESRD.", "ADPKD surveillance."])
        find = "Right kidney %.1f cm, left kidney %.1f cm. %s echogenicity. %s. No hydronephrosis. Bladder %s." % (
            pct(r, 7.0, 10.5), pct(r, 7.0, 10.5), r.choice(["Increased bilateral cortical", "Normal", "Increased"]), r.choice(["Cortical thinning", "Several simple cysts up to 2.1 cm", "No solid mass"]), r.choice(["not distended", "unremarkable"]))
        imp = r.choice(["Small echogenic kidneys consistent with medical renal disease.", "Echogenic kidneys with cysts compatible with acquired cystic disease.", "No hydronephrosis."])
    v = r.randint(0, 6)
    acc = "%s%d" % (r.choice(["RAD", "US", "CT", "XR", "E"]), r.randint(100000, 9999999))
    if v == 0:
        t = "%s\nDEPARTMENT OF RADIOLOGY\n\n%s\nExam: %s\nDate of exam: %s   Accession: %s\nOrdering physician: %s\n\nCLINICAL HISTORY: %s\n\nTECHNIQUE: %s\n\nFINDINGS:\n%s\n\nIMPRESSION:\n1. %s\n\n%s" % (
            p["hosp"].upper(), pt_block(r, p, 1), ex, dd, acc, p["neph"].full(), hx, r.choice(["Standard protocol.", "Grayscale and color Doppler images obtained.", "Images obtained per departmental protocol.", "Comparison none."]),
            find, imp, sign(r, rad, p["date"], 0))
    elif v == 1:
        t = "%s\n\n%s\n\nHISTORY: %s\nFINDINGS: %s\nIMPRESSION: %s\n\nDictated by: %s  %s\n" % (ex, pt_block(r, p, 5), hx, find, imp, rad.full(), dd)
    elif v == 2:
        io = "%s Imaging Associates" % r.choice(["Eastmoor", "Pine Hollow", "Bradbury"])
        t = "%s\n%s\n%s\n\nIndication: %s\n\n%s\n\nConclusion:\n%s\n\nThank you for the referral.\n%s" % (
            letterhead(r, p, io, r.choice([0, 1, 3])), pt_block(r, p, 3), "Study: %s    Date: %s" % (ex, dd), hx, find, imp, sign(r, rad, p["date"], 1))
    elif v == 3:
        t = "%s\nECHO LAB / VASCULAR LAB REPORT\nPatient: %s   MRN %s   DOB %s\nHeight %d cm  Weight %.1f kg  BSA %.2f\nStudy: %s   Date: %s\nSonographer: %s, RDMS\nReferring: %s\n\nMeasurements/Findings\n%s\n\nInterpretation\n%s\n\nInterpreting physician: %s" % (
            p["hosp"], pname(p, 1), p["mrn"], fmt(r, p["dob"], "%m/%d/%Y"), p["ht_cm"], p["wt"], pct(r, 1.5, 2.4, 2), ex, dd, r.choice(NURSE_FIRST) + " " + r.choice(LAST), p["neph"].short(), find.replace(". ", ".\n"), imp, rad.full())
    elif v == 4:
        t = "FINAL REPORT\n%s  %s\n%s\n\nEXAMINATION: %s\nCOMPARISON: %s\nINDICATION: %s\n\nFINDINGS: %s\n\nIMPRESSION: %s\n\nI have personally reviewed the images and agree with the findings. %s" % (
            pname(p, 1), p["mrn"], dd, ex, r.choice(["None", "Prior study %s" % fmt(r, p["date"] - timedelta(days=r.randint(40, 700)))]), hx, find, imp, sign(r, rad, p["date"], 5))
    elif v == 5:
        t = "%s\n%s\nRADIOLOGY REPORT   Acc# %s   Status: FINAL\n%s | %s\nReason for exam: %s\n----\n%s\n----\nIMPRESSION:\n* %s\n\nCritical result: %s\nElectronically signed: %s %s" % (
            p["hosp"], fax_line(r, p, 1, 2), acc, ex, dd, hx, find, imp, r.choice(["No", "No", "Yes - communicated to ordering provider by phone"]), rad.full(), fmt(r, p["date"], "%m/%d/%Y"))
    else:
        t = "%s\n\n%s   %s\n\nClinical: %s\n\nReport: %s\n\nOpinion: %s\n\n%s" % (cap(ex.lower()), pname(p, 0), dd, hx, find, imp, rad.short())
    return paginate(r, p, t, style=r.choice([2, 4, 4, 1]))


def g_pathology_report(r, p):
    path = Clin(r)
    dd = fmt(r, p["date"])
    acc = "%s%02d-%05d" % (r.choice(["S", "SP", "NP", "RB"]), p["date"].year % 100, r.randint(1, 40000))
    k = r.choice(["txbx", "txbx", "native", "pth", "vein", "nephrectomy", "cath"])
    if k == "txbx":
        spec = "Kidney, transplant (%s), needle core biopsy" % p["tx_side"]
        glom = r.randint(8, 28)
        banff = "i%d t%d v%d g%d ptc%d ci%d ct%d cv%d ah%d mm0 C4d%d" % (r.randint(0, 3), r.randint(0, 3), r.choice([0, 0, 1]), r.randint(0, 2), r.randint(0, 2), r.randint(0, 2), r.randint(0, 2), r.randint(0, 2), r.randint(0, 3), r.choice([0, 0, 1, 2]))
        micro = "Light microscopy: %d glomeruli, %d globally sclerotic. %s Interstitial inflammation involves approximately %d%% of unscarred cortex with tubulitis up to %d lymphocytes per tubular cross-section. Arteries show %s. Interstitial fibrosis/tubular atrophy approximately %d%%.\nImmunohistochemistry: C4d (IHC) %s in peritubular capillaries. SV40 %s.\nBanff scores: %s" % (
            glom, r.randint(0, 4), r.choice(["No glomerulitis.", "Mild glomerulitis.", "Glomeruli unremarkable."]), r.randint(5, 60), r.randint(2, 12), r.choice(["no intimal arteritis", "mild arteriosclerosis", "arteriolar hyalinosis"]), r.randint(5, 40),
            r.choice(["negative", "negative", "focal (C4d1)", "diffuse"]), r.choice(["negative", "negative", "positive in rare tubular nuclei"]), banff)
        dx = r.choice(["ACUTE T-CELL MEDIATED REJECTION, BANFF 2019 GRADE IA", "BORDERLINE (SUSPICIOUS) FOR ACUTE TCMR", "NO EVIDENCE OF REJECTION; MILD IFTA", "ACUTE TCMR GRADE IB", "CALCINEURIN INHIBITOR ARTERIOLOPATHY; NO REJECTION", "POLYOMAVIRUS (BK) NEPHROPATHY, CLASS 2"])
    elif k == "native":
        spec = "Kidney, native, percutaneous needle biopsy"
        micro = "LM: %d glomeruli, %d globally sclerosed; %s. IF: %s. EM: %s. IFTA %d%%." % (
            r.randint(10, 32), r.randint(2, 18), r.choice(["segmental sclerosis in 3 glomeruli", "mesangial hypercellularity", "nodular mesangial expansion (Kimmelstiel-Wilson)", "wire-loop deposits"]),
            r.choice(["IgA 3+ mesangial", "negative", "full-house pattern", "linear IgG along GBM (2+)"]), r.choice(["diffuse foot process effacement", "mesangial electron-dense deposits", "GBM thickening to 620 nm"]), r.randint(20, 80))
        dx = {"IgA nephropathy": "IgA NEPHROPATHY (OXFORD M1 E0 S1 T2 C0)", "focal segmental glomerulosclerosis": "FOCAL SEGMENTAL GLOMERULOSCLEROSIS, NOS", "diabetic nephropathy": "DIABETIC NEPHROPATHY, RPS CLASS III",
              "lupus nephritis": "LUPUS NEPHRITIS, ISN/RPS CLASS IV-G (A/C)"}.get(p["cause"], "ADVANCED CHRONIC SCLEROSING NEPHROPATHY, ETIOLOGY INDETERMINATE")
    elif k == "pth":
        spec = "Parathyroid glands: A) right superior, B) right inferior, C) left superior"
        micro = "A) %d mg, B) %d mg, C) %d mg. Sections show hypercellular parathyroid tissue with %s and reduced stromal fat." % (r.randint(250, 1800), r.randint(300, 2200), r.randint(200, 1600), r.choice(["nodular chief cell hyperplasia", "diffuse chief and oxyphil cell hyperplasia"]))
        dx = "A-C) HYPERCELLULAR PARATHYROID TISSUE CONSISTENT WITH PARATHYROID HYPERPLASIA (clinical secondary hyperparathyroidism)"
    elif k == "vein":
        spec = "Vein segment, left arm (AV fistula revision)"
        micro = "Vein wall with marked intimal hyperplasia%s. %s" % (r.choice(["", " and organizing thrombus"]), r.choice(["Calcification focally present.", "No malignancy.", "No acute inflammation."]))
        dx = "VEIN WITH INTIMAL HYPERPLASIA%s" % r.choice(["", " AND ORGANIZING THROMBUS"])
    elif k == "nephrectomy":
        spec = "Kidney, %s, native nephrectomy" % r.choice(["right", "left"])
        micro = "Kidney weighing %d g, %.1f x %.1f x %.1f cm, %s. No solid mass grossly." % (r.randint(900, 3200) if "polycystic" in p["cause"] else r.randint(60, 140), pct(r, 8, 24), pct(r, 6, 14), pct(r, 4, 10),
                                                                             "replaced by innumerable cysts up to 5 cm" if "polycystic" in p["cause"] else "with thinned cortex and multiple acquired cysts")
        dx = "END-STAGE KIDNEY WITH %s; NO MALIGNANCY IDENTIFIED" % ("POLYCYSTIC CHANGE" if "polycystic" in p["cause"] else r.choice(["ACQUIRED CYSTIC DISEASE", "PAPILLARY ADENOMA (0.3 cm)"]))
    else:
        spec = "Catheter tip, tunneled dialysis catheter"
        micro = "Received: a %d cm catheter tip. Gross only." % r.randint(3, 6)
        dx = "CATHETER TIP, GROSS IDENTIFICATION ONLY (see microbiology for culture)"
    gross = r.choice(["Received in formalin labeled with the patient's name and '%s' are %d cores of tan tissue up to %.1f cm. Entirely submitted. A portion submitted in Michel's medium for IF and glutaraldehyde for EM." % (spec.split(",")[0], r.randint(1, 3), pct(r, 0.6, 2.0)),
                      "Received fresh and labeled '%s': tan-red tissue, %.1f cm in aggregate, submitted in toto in cassettes A1-A%d." % (spec, pct(r, 0.5, 4.0), r.randint(1, 6)),
                      "Specimen received in formalin; see microscopic."])
    v = r.randint(0, 6)
    if v == 0:
        t = "%s\nSURGICAL PATHOLOGY REPORT\n\n%s\nAccession: %s\nCollected: %s  Received: %s\nSubmitting physician: %s\n\nSPECIMEN: %s\n\nCLINICAL HISTORY: %s\n\nFINAL DIAGNOSIS:\n%s\n\nMICROSCOPIC DESCRIPTION:\n%s\n\nGROSS DESCRIPTION:\n%s\n\n%s" % (
            p["hosp"].upper(), pt_block(r, p, 3), acc, dd, fmt(r, p["date"] + timedelta(days=1)), Clin(r).full(), spec, r.choice(["ESRD.", "Renal transplant with rising creatinine.", "Secondary hyperparathyroidism.", "Proteinuria, CKD."]), dx, micro, gross,
            "I have personally reviewed the slides and rendered the diagnosis.\n" + sign(r, path, p["date"] + timedelta(days=2), 0))
    elif v == 1:
        t = "%s RENAL PATHOLOGY LABORATORY\nConsultation report\n%s   Case %s\nReferring: %s\n\nDIAGNOSIS\n  %s\n\nCOMMENT\n  %s\n\nLIGHT MICROSCOPY\n  %s\n\n%s" % (
            r.choice(["Eastmoor University", "Arkwright", "Great Plains"]), pt_block(r, p, 5), acc, p["txneph"].full() if k == "txbx" else p["neph"].full(), dx,
            r.choice(["Findings discussed with Dr. %s by telephone on %s." % (p["txneph"].last, dd), "Correlation with donor-specific antibody testing is recommended.", "Electron microscopy to follow as addendum."]), micro, sign(r, path, p["date"], 1))
    elif v == 2:
        t = "PATHOLOGY\n%s   %s\n\nFinal Diagnosis: %s\n\nGross: %s\n\nMicro: %s\n\n%s" % (pname(p, 1), acc, dx, gross, micro, sign(r, path, p["date"], 3))
    elif v == 3:
        t = "%s\n%s\n\nSPECIMEN(S): %s\nDATE OF PROCEDURE: %s\nPATHOLOGIST: %s\n\nDIAGNOSIS:\n- %s\n\n%s\n\nADDENDUM (%s): %s" % (
            letterhead(r, p, "%s Pathology Associates, P.C." % r.choice(["Mercy Vale", "Holloway", "Bethany"]), 0), pt_block(r, p, 0), spec, dd, path.full(), dx, micro,
            fmt(r, p["date"] + timedelta(days=r.randint(3, 9))), r.choice(["Electron microscopy: findings support the above diagnosis.", "C4d immunofluorescence on frozen tissue negative.", "No change to diagnosis."]))
    elif v == 4:
        t = "CYTOLOGY / SURGICAL PATH  -  FINAL\nPt: %s  MRN %s  Loc: %s\nCase #: %s   Signed out %s\n\nDx: %s\n\nClinical information provided: %s\nSpecimen adequacy: %s\n\n%s" % (
            pname(p, 1), p["mrn"], r.choice(["OR", "IR", "Transplant Clinic"]), acc, dd, dx, r.choice(["r/o rejection", "ESRD", "HPT"]), r.choice(["adequate (>=10 glomeruli, 2 arteries)", "marginal (7 glomeruli, 1 artery)", "adequate"]) if k == "txbx" else "adequate", sign(r, path, p["date"], 5))
    elif v == 5:
        t = "%s\nANATOMIC PATHOLOGY REPORT\n%s\n\nSource: %s\nProcedure: %s\n\nSYNOPTIC SUMMARY\n  Diagnosis: %s\n  %s\n\nDESCRIPTION\n%s\n%s\n\nCPT: 88305%s\n%s" % (
            p["hosp"], pt_block(r, p, 1), spec, r.choice(["biopsy", "excision", "removal"]), dx, r.choice(["Adequacy: satisfactory", "Margins: n/a"]), gross, micro, r.choice(["", ", 88346, 88348"]), sign(r, path, p["date"], 0))
    else:
        t = "%s\n\nSurgical Pathology Consultation Report\n\nCLINICAL DATA: %d yo %s, %s.\nSPECIMEN: %s.\nGROSS: %s\nMICROSCOPIC: %s\nDIAGNOSIS: %s.\n%s" % (
            pt_block(r, p, 3), p["age"], p["sex"], mod_text(p), spec, gross, micro, cap(dx.lower()), sign(r, path, p["date"], 2))
    return paginate(r, p, t)


def g_ecg_report(r, p):
    L = labs(r, p)
    rate = r.randint(52, 112)
    rhythm = "Atrial fibrillation" if p["afib"] and r.random() < 0.6 else r.choice(["Normal sinus rhythm", "Sinus rhythm", "Sinus bradycardia" if rate < 60 else "Sinus tachycardia" if rate > 100 else "Normal sinus rhythm"])
    pr = r.randint(140, 220) if "fibrillation" not in rhythm else 0
    qrs = r.randint(80, 128)
    qt = r.randint(360, 470)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axis = r.randint(-45, 80)
    interp = [rhythm]
    if r.random() < 0.5:
        interp.append("Left ventricular hypertrophy with repolarization abnormality")
    if L["k"] > 5.6 or r.random() < 0.15:
        interp.append("Peaked T waves, consider hyperkalemia")
    if qrs > 120:
        interp.append(r.choice(["Right bundle branch block", "Left bundle branch block", "Nonspecific intraventricular conduction delay"]))
    if axis < -30:
        interp.append("Left axis deviation / left anterior fascicular block")
    if qtc > 470:
        interp.append("Prolonged QT")
    if r.random() < 0.3:
        interp.append(r.choice(["Nonspecific ST and T wave abnormality", "Low voltage QRS", "Inferior Q waves, age undetermined"]))
    overall = "Abnormal ECG" if len(interp) > 1 or "fibrillation" in rhythm else r.choice(["Normal ECG", "Borderline ECG"])
    dd = fmt(r, p["date"], "%m/%d/%Y")
    reader = Clin(r)
    v = r.randint(0, 6)
    meas = "Vent. rate %d BPM\nPR interval %s ms\nQRS duration %d ms\nQT/QTc %d/%d ms\nP-R-T axes %s %d %d" % (rate, pr or "*", qrs, qt, qtc, r.randint(20, 70) if pr else "*", axis, r.randint(-20, 120))
    if v == 0:
        t = "%s  %s   ID:%s   %s %s\n%d yr  %s  %s\n%s\n\n%s\n%s\nConfirmed by %s (%d) on %s %s\n\n[12-lead tracing: I II III aVR aVL aVF V1-V6; 25 mm/s 10 mm/mV 0.5-150 Hz]" % (
            pname(p, 1), dd, p["mrn"], tm(r), r.choice(["ED", "PRE-OP", "TXCLINIC", "4W"]), p["age"], "Male" if p["sex"] == "M" else "Female", r.choice(["Caucasian", "Black", "Hispanic", "Asian", "Unspecified"]),
            meas, "\n".join(interp), overall, reader.full(), r.randint(100, 999), fmt(r, p["date"], "%m/%d/%Y"), tm(r))
    elif v == 1:
        t = "%s\nELECTROCARDIOGRAM REPORT\n\n%s\nDate/time acquired: %s %s\nOrdering: %s\nIndication: %s\n\nHeart rate: %d   PR: %s   QRS: %d   QT: %d   QTc: %d   Axis: %d\n\nInterpretation:\n%s\n%s\n\nCompared with tracing of %s: %s\n\n%s" % (
            p["hosp"], pt_block(r, p, 0), dd, tm(r), p["neph"].short(), r.choice(["pre-transplant evaluation", "hyperkalemia", "chest pain", "preoperative", "palpitations on dialysis"]),
            rate, pr or "--", qrs, qt, qtc, axis, "\n".join("- " + x for x in interp), overall, fmt(r, p["date"] - timedelta(days=r.randint(30, 900)), "%m/%d/%Y"),
            r.choice(["no significant change", "T wave peaking now present", "rate faster", "new LVH criteria"]), sign(r, reader, p["date"], 0))
    elif v == 2:
        t = "*** UNCONFIRMED REPORT ***\n%s\n%s\n%s\nComputer interpretation:\n%s\n** %s **\nRequires physician review." % (pname(p, 2), dd + " " + tm(r), meas, "\n".join(interp), overall.upper())
    elif v == 3:
        t = "Cardiology - ECG Over-read\n%s  |  %s\n\nMachine read: %s.\nPhysician interpretation: %s. %s.\n%s\n\n%s" % (
            pname(p, 0), dd, "; ".join(interp[:2]), r.choice(["Agree", "Agree with computer read", "Disagree - no acute changes"]), overall, "Rate %d, PR %s, QRS %d, QTc %d." % (rate, pr or "n/a", qrs, qtc), sign(r, reader, p["date"], 3))
    elif v == 4:
        t = "%s DIALYSIS UNIT - 12 LEAD ECG (annual/pre-transplant)\nPatient: %s   Chair %d\nDate: %s   Pre-dialysis K: %.1f\n\nRhythm: %s\nRate: %d\nIntervals: PR %s, QRS %d, QTc %d\nFindings: %s\n\nReviewed by nephrologist: %s  Date %s" % (
            p["unit"].upper(), pname(p, 1), p["chair"], dd, L["k"], rhythm, rate, pr or "-", qrs, qtc, "; ".join(interp[1:]) or "no acute findings", p["neph"].short(), dd)
    elif v == 5:
        t = "%s  %s  %s\nSEX %s  AGE %d  HT %dcm WT %dkg  MEDS: %s\nRATE %d  PR %s  QRSD %d  QT %d  QTC %d\nAXIS  P %s  QRS %d  T %d\n-- %s --\n%s\nREVIEWED BY: %s" % (
            dd, tm(r), pname(p, 1), p["sex"], p["age"], p["ht_cm"], int(p["wt"]), ", ".join(m[0].split()[0] for m in p["meds"][:3]), rate, pr or "---", qrs, qt, qtc, r.randint(20, 70), axis, r.randint(-10, 110),
            overall.upper(), "\n".join(x.upper() for x in interp), reader.short().upper())
    else:
        t = "%s\n\nECG interpretation (%s)\n%s. Rate %d bpm. %s. %s.\n\n%s" % (pt_block(r, p, 4), dd, rhythm, rate, "; ".join(interp[1:]) or "No ST elevation", overall, sign(r, reader, p["date"], 5))
    return t


# ============================================================================
# medications and orders
# ============================================================================
def g_medication_list(r, p):
    dd = fmt(r, p["date"])
    v = r.randint(0, 6)
    ms = p["meds"]
    rn = "%s %s, RN" % (r.choice(NURSE_FIRST), r.choice(LAST))
    if v == 0:
        t = "%s\nMEDICATION RECONCILIATION\n%s\nDate: %s   Reason: %s\nAllergies: %s\nSource(s): %s\n\n%-40s %-12s %-10s %-30s %s\n%s\n\nOTC/Herbals: %s\nReviewed with patient: Y   Reconciled by: %s\nPhysician review: ________________" % (
            p["unit"], pt_block(r, p, 1), dd, r.choice(["monthly review", "post-hospitalization", "admission to facility", "annual"]), ", ".join(p["allergies"]), r.choice(["patient, pill bottles", "pharmacy fill history, patient", "hospital discharge list"]),
            "Medication", "Dose", "Route", "Frequency", "Status", "\n".join("%-40s %-12s %-10s %-30s %s" % (m[0], m[1], m[2], m[3], r.choice(["Continue", "Continue", "Continue", "Changed", "New"])) for m in ms),
            r.choice(["none", "fish oil (advised to stop)", "Tylenol PRN", "turmeric - discussed"]), rn)
    elif v == 1:
        t = "Current Medications as of %s\n%s\n\n%s\n\nAllergies: %s\n\nThis list was printed from the electronic record. Please bring all your medicines to every visit." % (dd, pname(p, 0), meds_block(r, p, 0), ", ".join(p["allergies"]))
    elif v == 2:
        t = "%s\nDISCHARGE MEDICATION RECONCILIATION\n%s\n\nCONTINUE these medications:\n%s\n\nSTOP taking these medications:\n  %s\n\nNEW medications:\n  %s\n\nPatient education provided on new medications. Copy given to patient and faxed to %s.\n%s" % (
            p["hosp"], pt_block(r, p, 3), "\n".join("  " + med_str(m, 1) for m in ms[1:]), r.choice(["ibuprofen 400 mg (NSAID - avoid with kidney disease)", "lisinopril 20 mg", "metformin 500 mg", "none"]),
            med_str(ms[0], 1), p["unit"], sign(r, Clin(r), p["date"], 3))
    elif v == 3:
        sched = {"AM": [], "Noon": [], "PM": [], "Bedtime": [], "Dialysis": []}
        for m in ms:
            f = m[3]
            if "HD" in f or "dialysis" in f:
                sched["Dialysis"].append(m)
            elif "meals" in f:
                sched["AM"].append(m); sched["Noon"].append(m); sched["PM"].append(m)
            elif "bedtime" in f:
                sched["Bedtime"].append(m)
            elif "twice" in f or "12 hours" in f:
                sched["AM"].append(m); sched["PM"].append(m)
            else:
                sched["AM"].append(m)
        t = "MY MEDICINE SCHEDULE\n%s      Updated %s\n\n%s\n\nPharmacy: %s  %s\nQuestions: call %s" % (
            pname(p, 0), dd, "\n\n".join("%s:\n%s" % (k, "\n".join("  [ ] %s %s" % (m[0], m[1]) for m in v_) or "  (none)") for k, v_ in sched.items()), r.choice(PHARMACIES), phone(r), p["unit"])
    elif v == 4:
        t = "%s\nMEDICATIONS ADMINISTERED IN DIALYSIS UNIT - STANDING\n%s\n\n%s\n\nHome medications (per patient report %s):\n%s\n\nNephrologist signature: ________________  %s" % (
            p["unit"], pt_block(r, p, 2), "\n".join("  %-26s %-16s %s" % (m[0], m[1], m[3]) for m in ms if "HD" in m[3] or "protocol" in m[3] or m[2] == "IV") or "  none",
            dd, "\n".join("  " + med_str(m, 3) for m in ms if m[2] != "IV"), p["neph"].short())
    elif v == 5:
        t = "MEDICATION LIST - TRANSPLANT CLINIC\n%s\n%s\n\nIMMUNOSUPPRESSANTS\n%s\nPROPHYLAXIS\n%s\nOTHER\n%s\n\nRemember: take tacrolimus at the same times daily (e.g., 8 AM and 8 PM).\nReviewed by transplant pharmacist %s" % (
            p["txc"], pt_block(r, p, 0), "\n".join("  " + med_str(m, 1) for m in ms if m[0] in ("tacrolimus", "mycophenolate mofetil", "prednisone")) or "  none",
            "\n".join("  " + med_str(m, 1) for m in ms if m[0] in ("sulfamethoxazole-trimethoprim SS", "valganciclovir", "nystatin suspension")) or "  none",
            "\n".join("  " + med_str(m, 1) for m in ms if m[0] not in ("tacrolimus", "mycophenolate mofetil", "prednisone", "sulfamethoxazole-trimethoprim SS", "valganciclovir", "nystatin suspension")), Clin(r, "PharmD").short()) \
            if p["mod"] == "TX" else "Outpatient Medication Profile\n%s\n\n%s\n\nLast reviewed %s by %s" % (pt_block(r, p, 5), meds_block(r, p, 3), dd, rn)
    else:
        t = "%s\nPatient Med List (handwritten transcribed)\n%s\n\n%s\n\nPt states takes all. %s" % (p["unit"], pname(p, 1), "\n".join("%s %s %s" % (m[0].split()[0], m[1], m[3].replace("three times daily", "TID").replace("twice daily", "BID").replace("daily", "qd")) for m in ms),
                                                                          r.choice(["Misses binder at lunch often.", "Uses pill box filled by daughter.", "", "Ran out of cinacalcet x1 wk."]))
    return paginate(r, p, t, style=r.choice([2, 4, 4]))


def g_prescription(r, p):
    m = r.choice(p["meds"])
    while m[2] == "IV":
        m = r.choice(p["meds"])
    pr = p["neph"] if r.random() < 0.6 else (p["txneph"] if p["mod"] == "TX" else p["pcp"])
    dea = "%s%s%07d" % (r.choice("ABFM"), pr.last[0], r.randint(0, 9999999))
    npi = r.randint(1000000000, 1999999999)
    qty = r.choice([30, 60, 90, 180, 270])
    refills = r.choice([0, 1, 3, 5, 11])
    dd = fmt(r, p["date"])
    v = r.randint(0, 6)
    sig = "Take %s %s %s" % (m[1], m[2].replace("PO", "by mouth"), m[3])
    if v == 0:
        t = "%s\n%s\n%s\n\nName: %s            Date: %s\nAddress: %s, %s\nDOB: %s\n\nRx\n   %s %s\n   Sig: %s\n   Disp: #%d (%s)\n   Refills: %d\n\n[ ] Dispense as written    [x] Substitution permitted\n\n_____________________________ %s\nDEA# %s   NPI %d" % (
            pr.full(), p["org"], addr(r)[0], pname(p), dd, p["street"], p["cityline"], fmt(r, p["dob"]), m[0], m[1], sig, qty, ["thirty", "sixty", "ninety", "one hundred eighty", "two hundred seventy"][[30, 60, 90, 180, 270].index(qty)], refills, pr.short(), dea, npi)
    elif v == 1:
        t = "ELECTRONIC PRESCRIPTION - TRANSMITTED\nTo: %s  Fax %s\nFrom: %s (NPI %d)\n%s\nSent: %s %s   Rx ID %d\n\nPatient: %s   DOB %s   Phone %s\nMedication: %s %s %s\nDirections: %s\nQuantity: %d   Days supply: %d   Refills: %d\nSubstitutions: %s\nDiagnosis: %s\nNote to pharmacist: %s" % (
            r.choice(PHARMACIES), phone(r), pr.full(), npi, p["org"], dd, tm(r), r.randint(10000000, 99999999), pname(p, 2), fmt(r, p["dob"], "%m/%d/%Y"), p["phone"], m[0], m[1], r.choice(["tablet", "capsule", "oral"]), sig, qty, r.choice([30, 90]), refills,
            r.choice(["allowed", "not allowed - brand medically necessary"]) if m[0] == "tacrolimus" else "allowed", "N18.6" if p["mod"] != "TX" else "Z94.0", r.choice(["", "Patient on dialysis - renally dosed", "Please bill Medicare Part B for immunosuppressant" if p["mod"] == "TX" else "Take with meals"]))
    elif v == 2:
        t = "REFILL AUTHORIZATION REQUEST\nFrom: %s   Fax: %s\nTo: %s\n\nPatient: %s  DOB %s\nDrug: %s %s   Last filled: %s   Qty %d\nSig on file: %s\n\nPRESCRIBER RESPONSE:\n[%s] Approved  Refills: %d\n[%s] Denied  Reason: %s\n[ ] Patient needs appointment\n\nPrescriber signature: %s    Date %s" % (
            r.choice(PHARMACIES), phone(r), pr.full(), pname(p, 0), fmt(r, p["dob"]), m[0], m[1], fmt(r, p["date"] - timedelta(days=r.randint(25, 95))), qty, m[3],
            r.choice(["X", "x"]), refills, " ", "", pr.short(), dd)
    elif v == 3:
        t = "%s\nPRESCRIPTION / ORDER FOR HOME DIALYSIS SUPPLIES\n\nPatient: %s   DOB %s\nDiagnosis: ESRD (N18.6), %s\nDelivery address: %s, %s\n\nRx:\n  %s\n  Quantity: 1 month supply; refills x 12\n  Length of need: 99 (lifetime)\n\nPhysician: %s   NPI %d\nSignature ____________________  Date %s" % (
            p["unit"], pname(p, 2), fmt(r, p["dob"]), "peritoneal dialysis" if p["mod"] != "HHD" else "home hemodialysis", p["street"], p["cityline"],
            r.choice(["Dianeal-type low calcium 2.5% 5 L bags x 30, 1.5% 5 L x 30, icodextrin 2 L x 30; cycler sets; caps; masks", "Cycler drain bags, minicaps, 2.5% dextrose 6 L x 60",
                      "Home HD cartridges x 20/month, dialysate bags, 15g fistula needles x 40, heparin 1000 u/mL 10 mL vials"]), p["neph"].full(), npi, dd)
    elif v == 4:
        t = "%s\n%s\n%s\nTel %s\n\nFor: %s\nAge: %d   Date: %s\n\nR/\n%s %s #%d\n%s\n\nRefill %s times\n\n                          ______________________, M.D.\n                          Lic. %s%d" % (
            pr.full().upper(), p["org"], addr(r)[1], phone(r), pname(p), p["age"], fmt(r, p["date"], "%m/%d/%y"), cap(m[0]), m[1], qty, m[3], refills, r.choice(["OH", "MD", "GA", "TX"]), r.randint(10000, 99999))
    elif v == 5:
        t = "%s\nPHARMACY LABEL / RX RECEIPT\nRx# %d   %s\n%s\n%s %s\n%s\nQty: %d   Refills left: %d   Prescriber: %s\nFilled: %s   Discard after: %s\nCAUTION: Federal law prohibits transfer of this drug.\n%s" % (
            r.choice(PHARMACIES), r.randint(1000000, 9999999), dd, pname(p, 1), m[0].upper(), m[1], sig.upper(), qty, refills, pr.dr(), dd, fmt(r, p["date"] + timedelta(days=365)), r.choice(["TAKE WITH FOOD", "DO NOT TAKE WITH GRAPEFRUIT", "MAY CAUSE DROWSINESS", ""]))
    else:
        t = "%s   %s\n\nPatient: %s  DOB %s\n\nPlease dispense:\n1) %s %s - %s, #%d, RF %d\n2) %s\n\n%s" % (
            p["org"], dd, pname(p), fmt(r, p["dob"]), m[0], m[1], m[3], qty, refills, r.choice(["Glucose test strips, #100, test BID, RF 5", "BP monitor, automatic, upper arm cuff x1", "Compression stockings 20-30 mmHg x2 pair", "(none)"]), sign(r, pr, p["date"], 1))
    return t


def g_provider_orders(r, p):
    dd = fmt(r, p["date"])
    doc = p["neph"]
    v = r.randint(0, 6)
    if p["mod"] == "PD" and v in (0, 1):
        v = 2
    if v == 0:
        t = "%s\nHEMODIALYSIS STANDING ORDERS\n%s\nEffective: %s\n\nTREATMENT\n  Frequency: %s   Duration: %s\n  Dialyzer: %s   Qb: %d mL/min   Qd: %d mL/min\n  Dialysate: K %d  Ca %.1f  Na 137  HCO3 %d   Temp 36.5 C\n  EDW: %.1f kg   Max UF rate 13 mL/kg/h\n  Access: %s\n  Anticoagulation: %s\n\nMEDICATIONS (per protocol)\n  Epoetin alfa - anemia protocol, target Hgb 10-11\n  Iron sucrose - iron protocol (hold if ferritin >1000 or TSAT >45%%)\n  Paricalcitol - vitamin D protocol per PTH\n  Hypotension: NS 100-250 mL IV PRN SBP <90, may repeat x2\n  Cramps: NS 100 mL PRN\n  Acetaminophen 650 mg PO q4h PRN\n  Lidocaine 2.5%%/prilocaine cream to access PRN\n\nLABS\n  Monthly: CBC, CMP, Phos, pre/post BUN (URR, Kt/V)\n  Quarterly: iPTH, ferritin, TSAT\n  HBsAg: %s\n\n%s" % (
            p["unit"], pt_block(r, p, 1), dd, p["sched"], r.choice(["3 h 30 min", "4 h", "3 h 45 min"]), r.choice(["Optiflux F180NR", "F160NR", "Revaclear 400"]), r.choice([350, 400, 450, 500]), r.choice([600, 700, 800]),
            r.choice([2, 2, 3, 1]), r.choice([2.5, 2.0, 3.0]), r.choice([33, 35, 37]), p["edw"], p["access"], r.choice(["Heparin 2000 u bolus, 1000 u/h, stop 1 h before end", "Heparin 1500 u bolus only", "No heparin - saline flushes (HIT)"]),
            r.choice(["monthly (susceptible)", "annual anti-HBs (immune)"]), sign(r, doc, p["date"], 1))
    elif v == 1:
        t = "PHYSICIAN ORDERS\n%s   Unit %s\nDate/Time: %s %s\n\n1. %s\n2. %s\n3. %s\n\nVerbal/telephone order read back: %s\nOrdering MD: %s\nNoted by: %s RN" % (
            pname(p, 1), p["unit"], dd, tm(r), r.choice(["Change EDW to %.1f kg" % (p["edw"] - 0.5), "Increase Qb to 450 as tolerated", "Change bath to 3K for next 2 treatments"]),
            r.choice(["Hold epoetin - Hgb %.1f" % pct(r, 11.6, 12.8), "Iron sucrose 100 mg IV x 10 treatments", "Vancomycin 1 g IV last hour of each HD x 4 weeks; vanc trough pre-HD weekly"]),
            r.choice(["Refer to vascular surgery for fistulogram", "Blood cultures x2 from catheter and periphery", "Obtain CXR", "Midodrine 10 mg PO pre-HD"]), r.choice(["yes", "N/A - written"]), doc.short(), r.choice(NURSE_FIRST))
    elif v == 2:
        t = "%s\nPERITONEAL DIALYSIS ORDERS\n%s\nDate: %s\n\nModality: %s\nCycler: %d exchanges x %.1f L over %d h\nLast fill: %s   Day exchange: %s\nSolutions: %s\nTarget weight: %.1f kg\nExit site: chlorhexidine/soap, mupirocin daily\nPeritonitis protocol: IP vancomycin 25 mg/kg load + ceftazidime 1 g IP daily; cell count & culture\nLabs: monthly BMP, CBC; PTH/iron quarterly; adequacy q4 months; PET %s\nTraining: %s\n\n%s" % (
            p["unit"], pt_block(r, p, 0), dd, r.choice(["CCPD", "CAPD", "CCPD with day dwell"]), r.randint(3, 6), r.choice([2.0, 2.2, 2.5]), r.choice([8, 9, 10]), r.choice(["icodextrin 2 L", "2.5% 1.5 L", "dry"]), r.choice(["none", "1 manual 2.5% 2 L at 1400"]),
            r.choice(["1.5% / 2.5% dextrose low Ca", "per weight: 1.5% if at target, 2.5% if >1 kg above"]), p["edw"], r.choice(["annually", "in 4-6 weeks"]), r.choice(["complete", "in progress, 6 of 8 days"]), sign(r, doc, p["date"], 0))
    elif v == 3:
        e = event(r, p)
        t = "%s\nADMISSION ORDERS\n%s\n\nAdmit to: %s   Attending: %s\nDiagnosis: %s\nCondition: %s\nCode status: %s\nAllergies: %s\nVitals: q4h; daily weight; strict I&O\nDiet: renal, 2 g Na, 2 g K, 1.2 L fluid restriction%s\nActivity: %s\nIV: saline lock. NO BP, IV or lab draws in %s arm\nLabs: BMP, CBC, Mg, Phos in AM\nNephrology consult: re dialysis\nMeds:\n%s\nDVT ppx: %s\n%s" % (
            p["hosp"], pt_block(r, p, 1), r.choice(["Telemetry", "Med/Surg", "Step-down", "Transplant unit"]), Clin(r).short(), e["dx"], r.choice(["guarded", "stable", "fair"]), r.choice(["Full", "DNR/DNI"]),
            ", ".join(p["allergies"]), ", carb controlled" if p["dm"] else "", r.choice(["OOB with assist", "bedrest", "ad lib"]), r.choice(["left", "right"]), meds_block(r, p, 1), r.choice(["heparin 5000 u SC q12h", "SCDs"]), sign(r, Clin(r), e["adm"], 5))
    elif v == 4:
        t = "%s\nPOST-TRANSPLANT ORDER SET\n%s\nDate: %s\n\n[x] Tacrolimus %s mg PO q12h - trough daily 6 AM, goal 8-12\n[x] Mycophenolate mofetil 1000 mg PO BID\n[x] Methylprednisolone taper per protocol -> prednisone 20 mg day 5\n[%s] Rabbit ATG 1.5 mg/kg IV daily x %d doses (premedicate)\n[x] TMP-SMX SS daily; valganciclovir 450 mg daily (CrCl adjusted); nystatin 5 mL QID\n[x] Urine output q1h x 24 h; replace UOP mL for mL with 1/2 NS when UOP >200 mL/h\n[x] Transplant kidney US with Doppler POD 0-1\n[x] Notify MD: UOP <30 mL/h x2, SBP <110 or >180, T >38.3\n[ ] Dialysis PRN per nephrology\n\n%s" % (
            p["txc"], pt_block(r, p, 3), dd, r.choice(["2", "3", "4"]), r.choice("x "), r.randint(3, 5), sign(r, p["surg"], p["date"], 0))
    elif v == 5:
        t = "ANEMIA MANAGEMENT PROTOCOL ORDER\n%s  %s\n\nESA: %s\nStarting dose: %s\nTitration: Hgb <9: increase 25%%; Hgb 9-10: increase 10%%; Hgb 10-11: no change; Hgb 11-11.5: decrease 25%%; Hgb >11.5: hold and recheck in 2 weeks\nIron: %s\nMonitoring: Hgb every 2 weeks (or weekly if hold), iron studies monthly x3 then quarterly\n\nPhysician: %s  date %s" % (
            p["unit"], pname(p, 2), r.choice(["epoetin alfa IV with HD", "darbepoetin alfa IV weekly", "methoxy polyethylene glycol-epoetin beta IV monthly"]), r.choice(["4000 units TIW", "25 mcg weekly", "75 mcg monthly"]),
            r.choice(["iron sucrose 100 mg x10 if TSAT <20% and ferritin <500", "ferric gluconate 125 mg x8 load", "maintenance iron sucrose 50 mg weekly"]), doc.full(), dd)
    else:
        t = "%s\nORDERS - %s\n%s\n\n- %s\n- %s\n- %s\n- Follow-up %s\n\nSigned %s\n" % (
            p["org"], r.choice(["PRE-PROCEDURE", "OUTPATIENT", "CLINIC", "TRANSIENT TREATMENT"]), pt_block(r, p, 5), r.choice(["NPO after midnight", "Dialyze day before procedure", "Hold apixaban 48 h prior"]),
            r.choice(["CBC, BMP, PT/INR, type and screen", "Vein mapping bilateral UE", "Lipid panel, A1c"]), r.choice(["Hold morning insulin, half-dose glargine night before", "Cefazolin 2 g IV on call to OR", "Continue all other meds"]),
            r.choice(["2 weeks", "1 week post procedure", "next rounding"]), sign(r, doc, p["date"], 3))
    return paginate(r, p, t, style=r.choice([2, 4, 4, 1]))


# ============================================================================
# letters, forms, administrative
# ============================================================================
def g_correspondence(r, p):
    L = labs(r, p)
    dd = fmt(r, p["date"], r.choice(["%B %d, %Y", "%m/%d/%Y"]))
    v = r.randint(0, 6)
    sal = r.choice(["Dear", "Dear"])
    if v == 0:
        t = "%s\n%s\n\n%s\n%s\n%s\n\nRE: %s  DOB %s\n\n%s Dr. %s,\n\nI saw our mutual patient %s %s in the nephrology clinic today. As you know, %s has ESRD secondary to %s and is currently on %s. %s\n\nRecent labs show hemoglobin %.1f, potassium %.1f, phosphorus %.1f and albumin %.1f. %s\n\nChanges made today: %s\n\nI will see %s again in %s. Please do not hesitate to call with questions.\n\nSincerely,\n\n\n%s\n\ncc: %s" % (
            letterhead(r, p, None, 0), dd, p["pcp"].full(), p["org"] if r.random() < 0.3 else "%s Family Medicine" % r.choice(["Bradbury", "Westmere", "Pine Hollow"]), addr(r)[1], pname(p), fmt(r, p["dob"]), sal, p["pcp"].last,
            p["Mr"], p["last"], p["he"], p["cause"], mod_text(p), r.choice(["Overall doing well.", "Has had difficulty with fluid gains.", "Tolerating treatments without complication."]), L["hgb"], L["k"], L["phos"], L["alb"],
            r.choice(["Adequacy is at goal.", "PTH remains elevated.", "Blood pressure is well controlled."]), r.choice(["none", "amlodipine increased to 10 mg daily", "started cinacalcet 30 mg daily", "EDW lowered by 0.5 kg"]),
            p["him"], r.choice(["1 month", "3 months", "6 weeks"]), sign(r, p["neph"], p["date"], 1), p["unit"])
    elif v == 1:
        t = "%s\n\n%s\n\n%s\n%s\n%s\n\nDear %s %s,\n\nThis letter is to confirm that your kidney transplant evaluation is complete and that you have been placed on the national kidney transplant waiting list effective %s. Your status is %s.\n\nWhile you are waiting, it is very important that you:\n  - keep your phone numbers up to date with us,\n  - continue all dialysis treatments,\n  - send monthly blood samples for antibody testing,\n  - tell us about any hospitalization, infection or blood transfusion.\n\nIf you have questions, call your transplant coordinator, %s, at %s.\n\nSincerely,\n\nThe Kidney Transplant Team\n%s\n\ncc: %s, %s" % (
            letterhead(r, p, p["txc"], 2), dd, pname(p), p["street"], p["cityline"], p["Mr"], p["last"], fmt(r, p["date"] - timedelta(days=r.randint(2, 20))), r.choice(["active", "inactive (status 7) pending dental clearance", "active"]),
            r.choice(NURSE_FIRST) + " " + r.choice(LAST) + ", RN", phone(r), p["txc"], p["neph"].dr(), p["unit"])
    elif v == 2:
        t = "%s\n%s\n\nDear %s:\n\n%s\n\nPlease contact the unit manager if you would like to discuss this.\n\nRespectfully,\n%s, Facility Administrator\n%s" % (
            letterhead(r, p, p["unit"], 1), dd, pname(p, 0), r.choice([
                "Our records show that you have missed %d dialysis treatments and shortened %d treatments in the last 30 days. Missing dialysis can cause dangerous potassium levels, fluid in the lungs and hospitalization. Your care team would like to meet with you to understand any barriers, such as transportation, and to help." % (r.randint(2, 6), r.randint(1, 8)),
                "Beginning %s your treatment schedule will change to %s, %s shift, due to facility renovations. Your chair time will be approximately %s." % (fmt(r, p["date"] + timedelta(days=14)), p["sched"], p["shift"], tm(r)),
                "This letter is to inform you that the facility will be closed on %s for the holiday. You have been scheduled for treatment the day before. Please follow your fluid and diet restrictions." % fmt(r, p["date"] + timedelta(days=10)),
                "Thank you for participating in your care planning meeting. A copy of your updated plan of care is enclosed."]), r.choice(NURSE_FIRST) + " " + r.choice(LAST), p["org"])
    elif v == 3:
        t = "%s\n\n%s\n\nTo Whom It May Concern:\n\n%s %s (DOB %s) is a patient under my care with end-stage kidney disease requiring %s. %s\n\nPlease feel free to contact my office at %s.\n\n%s" % (
            letterhead(r, p, None, 2), dd, p["Mr"], pname(p), fmt(r, p["dob"]), "hemodialysis three times weekly" if p["mod"] == "HD" else mod_text(p),
            r.choice(["Due to this schedule and associated fatigue, %s is unable to work more than part-time." % p["he"], "%s requires a first-floor apartment and reliable transportation to treatments." % cap(p["he"]),
                      "%s is medically cleared to travel; transient dialysis has been arranged." % cap(p["he"]), "%s should be excused from jury duty." % cap(p["he"])]), phone(r), sign(r, p["neph"], p["date"], 1))
    elif v == 4:
        t = "%s\n%s\n\n%s\n%s\n%s\n\nDear %s %s,\n\nYour recent laboratory results from %s are shown below:\n\n   Hemoglobin  %.1f\n   Potassium   %.1f\n   Phosphorus  %.1f\n   Albumin     %.1f\n\n%s\n\nSincerely,\n%s\nRenal Dietitian" % (
            p["unit"], dd, pname(p), p["street"], p["cityline"], p["Mr"], p["last"], fmt(r, p["date"] - timedelta(days=7)), L["hgb"], L["k"], L["phos"], L["alb"],
            r.choice(["Your phosphorus is high. Remember to take your binder with every meal and limit dairy, colas and processed foods.", "Great job! Your numbers are in the goal range.", "Your potassium is high. Please avoid bananas, oranges, potatoes and tomatoes."]),
            r.choice(DOC_FIRST) + " " + r.choice(LAST) + ", RD, CSR")
    elif v == 5:
        t = "%s\n\n%s\n\n%s, MD\n%s\n\nRe: %s, DOB %s - transplant status update\n\nDear Dr. %s,\n\n%s\n\nWe appreciate your continued care of this patient. Quarterly labs and any hospital records may be faxed to %s.\n\nKind regards,\n\n%s\nTransplant Nephrology" % (
            letterhead(r, p, p["txc"], 0), dd, p["neph"].first + " " + p["neph"].last, p["unit"], pname(p), fmt(r, p["dob"]), p["neph"].last,
            r.choice(["Your patient was reviewed at our selection committee on %s and approved for listing. Accrued wait time dates to dialysis start %s." % (dd, fmt(r, p["esrd_start"])),
                      "Your patient received a %s kidney transplant on %s. Postoperative course was %s. Current creatinine %.2f on tacrolimus, mycophenolate and prednisone. We will follow in transplant clinic and return care for routine nephrology at 6 months." % (p["donor"].split(" (")[0], fmt(r, p["tx_date"]), r.choice(["uncomplicated", "notable for delayed graft function"]), L["cr"] if p["mod"] == "TX" else 1.4),
                      "Your patient's listing has been placed on hold (inactive) due to %s. We will reactivate once resolved." % r.choice(["a nonhealing foot ulcer", "an abnormal stress test requiring cardiology follow-up", "missing required monthly serum samples"])]),
            phone(r), sign(r, p["txneph"], p["date"], 1))
    else:
        t = "%s\n\nHi %s,\n\n%s\n\nThanks,\n%s\n\n---\nSent via secure patient portal %s %s" % (
            "Message", p["first"], r.choice(["Your labs look stable. Your potassium was a little high at %.1f; please watch high-potassium foods. See you at rounds." % L["k"],
                                             "I reviewed your questions. It is fine to take acetaminophen for your knee pain, but please avoid ibuprofen and naproxen.",
                                             "Your tacrolimus level was %.1f, in range. No change to your dose." % L["tac"]]), p["neph"].short(), dd, tm(r))
    return t


def g_referral_letter(r, p):
    L = labs(r, p)
    dd = fmt(r, p["date"])
    v = r.randint(0, 6)
    if v == 0:
        t = "%s\n%s\n\n%s\nKidney Transplant Program\n\nRE: Referral for kidney transplant evaluation\nPatient: %s   DOB %s   Phone %s\n\nDear Transplant Team,\n\nI am referring %s %s, a %d-year-old %s with ESRD due to %s on %s since %s, for kidney transplant evaluation. Comorbidities include %s. %s has expressed strong interest in transplantation%s.\n\nEnclosed: CMS-2728, H&P, last 3 months of labs, hepatitis serologies, ECG, CXR, insurance cards.\n\nThank you,\n\n%s\n%s" % (
            letterhead(r, p, None, 0), dd, p["txc"], pname(p, 2), fmt(r, p["dob"]), p["phone"], p["Mr"], p["last"], p["age"], p["man"], p["cause"], mod_text(p), fmt(r, p["esrd_start"], "%m/%Y"),
            ", ".join(p["como"]), cap(p["he"]), r.choice(["", " and has a potential living donor", " and would like to be evaluated for pre-emptive listing"]), p["neph"].full(), p["unit"])
    elif v == 1:
        t = "REFERRAL / CONSULTATION REQUEST\n%s\nDate: %s   Urgency: [%s] Routine [%s] Urgent\n\nReferred to: %s\nSpecialty: %s\nReason for referral: %s\nDiagnosis codes: N18.6, %s\n\nPertinent history: %s\nInsurance: Medicare / %s   Auth #: %s\n\nReferring provider: %s  NPI %d  Phone %s  Fax %s" % (
            pt_block(r, p, 3), dd, r.choice("x "), r.choice(" x"), Clin(r).full(), r.choice(["Vascular surgery", "Interventional radiology", "Podiatry", "Cardiology", "Endocrine surgery", "Gastroenterology"]),
            r.choice(["AV fistula creation - catheter dependent", "fistulogram for prolonged bleeding and high venous pressures", "diabetic foot exam", "pre-transplant cardiac clearance", "refractory hyperparathyroidism", "screening colonoscopy prior to listing"]),
            p["cause_icd"], ", ".join(p["como"][:3]), p["insurer"], r.choice(["pending", str(r.randint(100000, 999999)), "not required"]), p["neph"].full(), r.randint(1000000000, 1999999999), phone(r), phone(r))
    elif v == 2:
        t = "%s\n\n%s\n\nDear Dr. %s,\n\nThank you for seeing %s %s (DOB %s), who dialyzes at %s via a %s. %s\n\nCurrent medications include %s. Allergies: %s. %s\n\nI would appreciate your evaluation and management.\n\nBest regards,\n%s" % (
            letterhead(r, p, None, 2), dd, p["surg"].last, p["Mr"], pname(p), fmt(r, p["dob"]), p["unit"], p["access"],
            r.choice(["Over the last month the unit has noted prolonged bleeding after needle removal (>20 min) and rising venous pressures.", "Access flow by ultrasound dilution has fallen from 900 to %d mL/min." % r.randint(350, 550),
                      "The fistula was created %d weeks ago and remains difficult to cannulate." % r.randint(8, 16), "%s remains catheter dependent; vein mapping is enclosed." % cap(p["he"])]),
            meds_block(r, p, 2), ", ".join(p["allergies"]), r.choice(["%s is anticoagulated with apixaban." % cap(p["he"]) if p["afib"] else "", "Dialysis days are %s; please schedule on off days." % p["sched"]]), sign(r, p["neph"], p["date"], 1))
    elif v == 3:
        t = "%s\nHOME DIALYSIS REFERRAL\n\nTo: %s Home Program\nFrom: %s (in-center)\nPatient: %s   Chair %d\n\nPatient is interested in: [%s] PD  [%s] Home HD\nCare partner: %s (%s)\nHome visit needed: yes\nBarriers: %s\nPD catheter surgery requested: %s\nNephrologist approval: %s\n%s" % (
            p["org"], r.choice(UNITS), p["unit"], pname(p, 1), p["chair"], r.choice("x "), r.choice(" x"), p["ec_name"], p["ec_rel"], r.choice(["none", "prior abdominal surgery", "limited storage space", "poor vision"]),
            r.choice(["yes", "no - home HD"]), p["neph"].short(), dd)
    elif v == 4:
        t = "%s\nFAX - REFERRAL\nTo: %s\nAttn: New patient intake\nFrom: %s\nDate: %s\n\nNew referral for %s (DOB %s), CKD stage 5 with eGFR %d, K %.1f, Hgb %.1f. %s. Please schedule with first available nephrologist. Records attached (%d pages).\n\n%s" % (
            fax_line(r, p, 1, r.randint(4, 12)), p["org"], p["pcp"].full(), dd, pname(p), fmt(r, p["dob"]), r.randint(6, 14), L["k"], L["hgb"],
            r.choice(["Uremic symptoms: nausea, pruritus", "Declining function over 12 months", "Needs dialysis planning and access"]), r.randint(4, 30), p["pcp"].short())
    elif v == 5:
        t = "%s\nReferral for Living Donor Education / Kidney Paired Donation\n\nRecipient: %s   DOB %s   Blood group %s\nPotential donor: %s (%s), age %d\nDonor contact: %s\nReason: %s\n\nReferred by: %s" % (
            p["txc"], pname(p), fmt(r, p["dob"]), r.choice(["O", "A", "B"]), p["ec_name"], p["ec_rel"], r.randint(22, 64), p["ec_phone"], r.choice(["ABO incompatible - consider paired exchange", "donor self-referred", "education session"]), p["txneph"].full())
    else:
        t = "%s  %s\n\nPlease evaluate %s (%d%s) for %s. Hx: ESRD on %s; %s. Thank you.\n\n%s" % (
            p["org"], dd, pname(p, 2), p["age"], p["sex"], r.choice(["depression screen positive", "renal nutrition counseling", "physical therapy - deconditioning", "dental clearance for transplant"]), mod_text(p), ", ".join(p["como"][:2]), sign(r, p["neph"], p["date"], 3))
    return t


def g_consent_form(r, p):
    dd = fmt(r, p["date"])
    v = r.randint(0, 6)
    witness = r.choice(NURSE_FIRST) + " " + r.choice(LAST)
    sig = "\n\nPatient signature: _______________________  Date: %s  Time: %s\nIf not signed by patient, name/relationship of representative: __________\nWitness: %s\nPhysician: ______________ %s" % (dd, tm(r), witness, r.choice([p["neph"].short(), p["surg"].short(), Clin(r).short()]))
    if v == 0:
        t = "%s\nCONSENT FOR HEMODIALYSIS TREATMENT\n\n%s\n\nI, %s, consent to receive chronic hemodialysis and related procedures at %s, including cannulation of my vascular access or use of my catheter, administration of medications (heparin, ESA, iron, vitamin D, antibiotics), and laboratory draws.\n\nThe risks have been explained to me including low blood pressure, cramps, nausea, bleeding, infection, air embolism, blood loss, hemolysis, allergic reactions, irregular heartbeat and, rarely, death. Dialyzer reuse: %s.\n\nI understand alternatives include peritoneal dialysis, home hemodialysis, kidney transplantation and conservative (non-dialysis) care. I may withdraw consent at any time.%s" % (
            p["unit"].upper(), pt_block(r, p, 0), pname(p), p["unit"], r.choice(["this facility does not reuse dialyzers", "N/A"]), sig)
    elif v == 1:
        proc = r.choice(["Creation of left arm arteriovenous fistula", "Placement of arteriovenous graft", "Laparoscopic peritoneal dialysis catheter placement", "Kidney transplant", "Subtotal parathyroidectomy"])
        t = "%s\nINFORMED CONSENT FOR SURGICAL OR OTHER PROCEDURE\n%s\n\n1. I authorize Dr. %s and associates to perform: %s\n2. The nature, purpose, risks (including %s), benefits and alternatives have been explained.\n3. I consent to anesthesia as deemed necessary.\n4. I consent to the disposal of any tissue removed.\n5. I %s consent to blood transfusion if needed.\n6. No guarantee has been made as to the result.\n%s" % (
            p["hosp"], pt_block(r, p, 1), p["surg"].last, proc, r.choice(["bleeding, infection, thrombosis, steal syndrome, nerve injury, failure to mature", "bleeding, bowel injury, leak, catheter malfunction", "rejection, infection, bleeding, urine leak, graft loss, donor-derived disease, death",
                                                                                                 "hoarseness, low calcium, recurrence"]), r.choice(["DO", "DO", "DO NOT"]), sig)
    elif v == 2:
        t = "%s\nConsent for Blood Transfusion\n%s\n\nI understand I may receive blood or blood products. Risks include fever, allergic reaction, infection (very rare), fluid overload and development of antibodies that may make finding a transplant kidney more difficult (sensitization). Alternatives discussed: %s.\n\n[%s] I consent   [%s] I refuse%s" % (
            p["hosp"], pt_block(r, p, 3), r.choice(["ESA and IV iron", "none suitable"]), r.choice("x "), " ", sig)
    elif v == 3:
        t = "%s\nHOME PERITONEAL DIALYSIS - PATIENT AGREEMENT AND CONSENT\n\nPatient: %s   Care partner: %s\n\nI agree to perform peritoneal dialysis at home as prescribed, keep treatment records, attend monthly clinic visits, and store supplies properly. I have been trained and understand the signs of peritonitis and exit site infection. I understand the risks including peritonitis, hernia, leaks, weight gain, and high blood sugar.\n\nInitials: ____ training completed ____ emergency plan ____ supply ordering%s" % (
            p["unit"], pname(p), p["ec_name"], sig)
    elif v == 4:
        t = "CONSENT - KIDNEY TRANSPLANT EVALUATION AND LISTING\n%s\n%s\n\nI understand the evaluation includes medical, surgical, social work, financial and dietary assessments, tests (blood, heart, imaging, cancer screening) and that I may not be accepted. I understand information about me will be shared with the Organ Procurement and Transplantation Network. I have received information about: increased risk donors (PHS), KDPI, living donation, and my right to be listed at multiple centers.%s" % (
            p["txc"], pt_block(r, p, 2), sig)
    elif v == 5:
        t = "%s\nVACCINE ADMINISTRATION CONSENT\nName: %s  DOB %s\nVaccine: %s\nI have read the Vaccine Information Statement dated %s. I have had the chance to ask questions. I request the vaccine be given to me.\nScreening: fever today? N   severe allergy to prior dose? N   pregnant? N/A\n%s" % (
            p["unit"], pname(p), fmt(r, p["dob"]), r.choice(["Hepatitis B (dialysis formulation), 3-4 dose series", "Influenza (inactivated)", "Pneumococcal conjugate", "COVID-19 mRNA"]), fmt(r, p["date"] - timedelta(days=r.randint(100, 900)), "%m/%d/%Y"), sig)
    else:
        t = "%s\nCONSENT FOR MODERATE SEDATION AND PROCEDURE\nProcedure: %s\n%s\nRisks explained: bleeding, infection, vessel rupture, contrast reaction, breathing problems from sedation.\nPatient questions answered. Interpreter used: %s%s" % (
            p["org"] + " Vascular Access Center", r.choice(["Fistulogram/angioplasty/stent", "Tunneled dialysis catheter placement", "Thrombectomy of access"]), pt_block(r, p, 5),
            "yes - %s" % p["lang"] if p["lang"] != "English" else "no", sig)
    return t


def g_advance_directive(r, p):
    dd = fmt(r, p["date"])
    agent = "%s (%s), %s" % (p["ec_name"], p["ec_rel"], p["ec_phone"])
    st = p["city"][1]
    v = r.randint(0, 6)
    if v == 0:
        t = "STATE OF %s\nDURABLE POWER OF ATTORNEY FOR HEALTH CARE\n\nI, %s, born %s, designate as my health care agent:\n   %s\nAlternate agent: %s\n\nMy agent may make health care decisions for me, including decisions to provide, withhold or withdraw life-sustaining treatment, including dialysis and artificial nutrition, when I am unable to make decisions myself.\n\nSpecial instructions: %s\n\nSignature: ____________________  Date: %s\n\nWITNESSES: We declare the principal signed in our presence and appears of sound mind.\nWitness 1 ____________  Witness 2 ____________\nNotary (optional): ____________ My commission expires ____" % (
            st, pname(p), fmt(r, p["dob"]), agent, r.choice(FIRST_F + FIRST_M) + " " + r.choice(LAST), r.choice(["None", "I do not want dialysis continued if I am permanently unconscious.", "I want all treatment as long as there is hope of recovery."]), dd)
    elif v == 1:
        t = "PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST-style)\nFIRST follow these orders, THEN contact physician.\n\nPatient: %s   DOB %s\n\nA. CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing)\n   [%s] Attempt Resuscitation/CPR   [%s] Do Not Attempt Resuscitation/DNR\nB. MEDICAL INTERVENTIONS\n   [%s] Full treatment  [%s] Selective treatment  [%s] Comfort-focused treatment\nC. ARTIFICIALLY ADMINISTERED NUTRITION\n   [%s] Long-term  [%s] Trial period  [%s] No artificial nutrition\nD. Additional orders: %s\n\nDiscussed with: %s\nPhysician/NP/PA: %s   Date: %s\nPatient/representative signature ____________________" % (
            pname(p, 2), fmt(r, p["dob"]), *(("x", " ") if r.random() < 0.4 else (" ", "x")), *r.choice([("x", " ", " "), (" ", "x", " "), (" ", " ", "x")]), *r.choice([("x", " ", " "), (" ", "x", " "), (" ", " ", "x")]),
            r.choice(["Continue dialysis", "Time-limited trial of dialysis; reassess in 30 days", "No dialysis if hospitalized", "None"]), r.choice(["patient", "health care agent", "patient and daughter"]), p["neph"].full(), dd)
    elif v == 2:
        t = "%s\nDIALYSIS FACILITY ADVANCE CARE PLANNING / CODE STATUS\n%s\n\nAdvance directive on file: [%s] Yes [%s] No\nType: %s\nCode status in unit: %s\nHealth care agent: %s\nDiscussion summary: %s\nEducation provided: Advance directive brochure, %s\n\nReviewed annually. Staff: %s   MD: %s   Date: %s" % (
            p["unit"], pt_block(r, p, 1), r.choice("x "), " ", r.choice(["Living will", "DPOA-HC", "POLST", "none - declines"]), r.choice(["Full code", "DNR", "DNR - no intubation"]), agent,
            r.choice(["Patient states would want CPR but not prolonged life support.", "Patient wishes to continue dialysis; would want to stop if bedbound and unable to communicate.", "Declined to discuss today; will revisit."]),
            r.choice(["Five Wishes", "state form"]), r.choice(NURSE_FIRST) + " MSW", p["neph"].short(), dd)
    elif v == 3:
        t = "LIVING WILL DECLARATION\n\nDeclaration made this %s by %s.\n\nI, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below:\n\nIf at any time I should have a terminal condition or be in a permanent unconscious state, and my attending physician has determined there can be no recovery, I direct that life-prolonging procedures, including %s, be withheld or withdrawn, and that I be permitted to die naturally with only the administration of medication or procedures necessary to provide comfort care.\n\n%s\n\nDeclarant: ______________________\nCity, County and State of residence: %s, %s\n\nThe declarant is personally known to me and voluntarily signed this document in my presence.\nWitness ____________________   Witness ____________________" % (
            dd, pname(p), r.choice(["mechanical ventilation, dialysis, and tube feeding", "cardiopulmonary resuscitation and dialysis", "all artificial life support"]),
            r.choice(["I wish to receive hospice care.", "I wish to donate my organs.", ""]), p["city"][0], st)
    elif v == 4:
        t = "%s\nDO NOT RESUSCITATE ORDER (Out-of-Hospital)\n\nPatient: %s  DOB %s\nThis order is effective immediately and remains in effect until revoked.\nIn the event of cardiac or respiratory arrest, no chest compressions, defibrillation, intubation or assisted ventilation.\nPhysician: %s   License #%d\nDate: %s\n[DNR identification bracelet issued: %s]" % (
            st, pname(p, 1), fmt(r, p["dob"]), p["neph"].full(), r.randint(10000, 99999), dd, r.choice(["Yes", "No"]))
    elif v == 5:
        t = "%s\nFAMILY MEETING - GOALS OF CARE / DIALYSIS DECISION\n%s\nDate: %s\nPresent: patient, %s, %s (nephrology), %s (SW), chaplain\n\nDiscussion: %s\nDecision: %s\nCode status: %s\nHospice referral: %s\n\n%s" % (
            p["unit"], pt_block(r, p, 2), dd, agent, p["neph"].dr(), r.choice(DOC_FIRST), r.choice(["Patient has had declining function, 3 hospitalizations in 2 months, and states tired of dialysis.", "Discussed prognosis with advanced dementia and poor tolerance of treatments."]),
            r.choice(["Withdraw from dialysis after treatment on %s; comfort care" % fmt(r, p["date"] + timedelta(days=3)), "Continue dialysis with time-limited trial; reassess in 4 weeks", "Reduce to twice-weekly dialysis for symptom control"]),
            r.choice(["DNR/DNI", "DNR"]), r.choice(["yes - %s Hospice" % r.choice(["Sunrise", "Gentle Shores", "Harbor Light"]), "pending"]), sign(r, p["neph"], p["date"], 0))
    else:
        t = "HEALTH CARE PROXY\n\n(1) I, %s, hereby appoint %s as my health care agent to make any and all health care decisions for me, except to the extent that I state otherwise.\n(2) Optional alternate agent: %s\n(3) Unless I revoke it, this proxy shall remain in effect indefinitely.\n(4) Optional instructions: %s\n(5) Signature ____________________  Date %s\n    Address: %s, %s\n\nStatement by witnesses (must be 18 or older):\n______________________  ______________________" % (
            pname(p), agent, r.choice(["none", r.choice(FIRST_F) + " " + p["last"]]), r.choice(["My agent knows my wishes regarding dialysis and artificial nutrition.", "I do not want to be kept alive on machines.", ""]), dd, p["street"], p["cityline"])
    return t


def g_immunization_record(r, p):
    dd = p["date"]
    v = r.randint(0, 6)
    hb_vac = r.choice(["Engerix-B 40 mcg (2 x 20 mcg/mL)", "Recombivax HB dialysis formulation 40 mcg/mL", "Heplisav-B 20 mcg"])
    doses = [(dd - timedelta(days=x), hb_vac, r.choice(["L deltoid", "R deltoid"]), "%s%d" % (r.choice(["AHBV", "RHB", "HEP"]), r.randint(100, 999))) for x in (180, 150, 120, 0)]
    flu = [(date(y, r.randint(9, 11), r.randint(1, 28)), r.choice(["Influenza, inactivated quadrivalent", "Influenza high-dose", "Fluzone-type IIV"]), "deltoid", "FL%d" % r.randint(1000, 9999)) for y in range(max(2007, dd.year - 3), dd.year + 1) if date(y, 9, 1) < dd]
    pneu = [(dd - timedelta(days=r.randint(300, 2000)), r.choice(["PPSV23", "PCV13", "PCV20"]), "deltoid", "PN%d" % r.randint(100, 999))]
    allv = sorted(doses + flu + pneu)
    if dd.year >= 2021 and r.random() < 0.6:
        allv.append((date(2021, r.randint(1, 4), r.randint(1, 28)), "COVID-19 mRNA (Moderna-type)", "deltoid", "CV%d" % r.randint(1000, 9999)))
        allv.sort()
    titers = "Anti-HBs: %s mIU/mL on %s (%s)" % (r.choice(["<3.5", "6", "45", "212", ">1000"]), fmt(r, dd - timedelta(days=r.randint(20, 200)), "%m/%d/%Y"), r.choice(["non-responder - repeat series", "immune", "susceptible"]))
    if v == 0:
        t = "%s\nIMMUNIZATION RECORD\n%s\n\n%-12s %-48s %-10s %s\n%s\n\n%s\nTB screening: %s\n\nAdministered per standing order. VIS provided." % (
            p["unit"], pt_block(r, p, 1), "DATE", "VACCINE", "SITE", "LOT", "\n".join("%-12s %-48s %-10s %s" % (fmt(r, a, "%m/%d/%Y"), b, c, d) for a, b, c, d in allv), titers,
            r.choice(["IGRA negative %d" % (dd.year - 1), "PPD 0 mm", "CXR negative"]))
    elif v == 1:
        t = "HEPATITIS B VACCINE FLOW SHEET - DIALYSIS\nName: %s   DOB %s\nPre-vaccine: HBsAg neg, anti-HBs %s, anti-HBc neg\n\nSeries #%d\n%s\n\nPost-series anti-HBs (1-2 months after last dose): %s\nIf <10: give second series; if still <10 after 2 series = non-responder, test HBsAg monthly.\n" % (
            pname(p, 2), fmt(r, p["dob"]), r.choice(["<10", "0"]), r.choice([1, 2]), "\n".join("  Dose %d  %s  %s  %s  lot %s  given by %s" % (i, fmt(r, a, "%m/%d/%y"), b, c, d, r.choice(NURSE_FIRST)) for i, (a, b, c, d) in enumerate(doses, 1)),
            r.choice(["pending", "8 - non-responder", "132 - immune"]))
    elif v == 2:
        t = "Immunization History (state registry print)\n%s   %s\nRegistry ID %d\n\n%s\n\nForecast: %s\nPrinted %s" % (
            pname(p, 1), fmt(r, p["dob"], "%m/%d/%Y"), r.randint(10000000, 99999999), "\n".join("%s  %s" % (b, fmt(r, a, "%m/%d/%Y")) for a, b, c, d in allv),
            r.choice(["Influenza due", "Shingles recombinant (dose 1) due", "Tdap due", "Up to date"]), fmt(r, dd))
    elif v == 3:
        t = "%s\nTRANSPLANT CANDIDATE VACCINATION CHECKLIST\n%s\n\n[%s] Hepatitis B series / titer: %s\n[%s] Pneumococcal: %s\n[%s] Influenza this season\n[%s] Tdap within 10 years\n[%s] Recombinant zoster (x2)\n[%s] Varicella serology: %s\n[%s] MMR immunity\n[ ] Live vaccines must be completed >4 weeks before transplant\n\nCoordinator: %s  %s" % (
            p["txc"], pt_block(r, p, 0), r.choice("x "), titers, r.choice("x "), pneu[0][1], r.choice("x "), r.choice("x "), r.choice("x "), r.choice("x "), r.choice(["IgG positive", "negative - vaccinate"]), r.choice("x "),
            r.choice(NURSE_FIRST) + " " + r.choice(LAST), fmt(r, dd))
    elif v == 4:
        a, b, c, d = allv[-1]
        t = "%s\nVACCINE ADMINISTRATION RECORD\nPatient: %s   Chair %d\nDate: %s  Time: %s\nVaccine: %s   Manufacturer: %s\nLot: %s   Exp: %s\nDose: %s   Route: IM   Site: %s\nVIS edition date given: %s\nAdministered by: %s RN\nObserved 15 min: no reaction" % (
            p["unit"], pname(p, 1), p["chair"], fmt(r, a), tm(r), b, r.choice(["GSK", "Merck", "Sanofi", "Seqirus"]), d, fmt(r, a + timedelta(days=300), "%m/%Y"), r.choice(["1 mL", "0.5 mL", "2 x 1 mL"]), c,
            fmt(r, a - timedelta(days=400), "%m/%d/%Y"), r.choice(NURSE_FIRST) + " " + r.choice(LAST))
    elif v == 5:
        t = "%s\nAnnual Influenza Vaccination - Consent/Declination\n%s\nSeason %d-%d\n[%s] Received: %s, lot %s, %s\n[%s] Declined. Reason: %s\nStaff: %s" % (
            p["unit"], pname(p), dd.year, dd.year + 1, r.choice("x "), "influenza IIV4", "FL%d" % r.randint(1000, 9999), fmt(r, dd), r.choice(" x"), r.choice(["received elsewhere (pharmacy)", "personal preference", "allergy"]), r.choice(NURSE_FIRST))
    else:
        t = "Vaccines - %s (MRN %s)\n%s\n%s" % (pname(p), p["mrn"], "; ".join("%s %s" % (b.split(" (")[0], fmt(r, a, "%m/%y")) for a, b, c, d in allv), titers)
    return t


def g_registration_form(r, p):
    dd = fmt(r, p["date"])
    v = r.randint(0, 6)
    race = r.choice(["White", "Black or African American", "Asian", "American Indian/Alaska Native", "Other", "Declined"])
    eth = r.choice(["Not Hispanic or Latino", "Hispanic or Latino", "Declined"])
    emp = r.choice(["Retired", "Disabled", "Employed full-time", "Unemployed", "Employed part-time"])
    ms = r.choice(["Married", "Single", "Widowed", "Divorced"])
    if v == 0:
        t = "%s\nPATIENT ADMISSION / REGISTRATION\n\nLast name: %s    First: %s    MI: %s\nDOB: %s   Sex: %s   SSN: XXX-XX-%s\nAddress: %s\nCity/State/Zip: %s\nHome phone: %s   Cell: %s\nPreferred language: %s   Interpreter needed: %s\nRace: %s   Ethnicity: %s\nMarital status: %s   Employment: %s\n\nEmergency contact: %s   Relationship: %s   Phone: %s\n\nPrimary insurance: Medicare   MBI: %s   Part A eff: %s\nSecondary insurance: %s   Member ID: %s\n\nReferring nephrologist: %s\nPrimary care: %s\nAdmission date: %s   Modality: %s   Schedule: %s\n\nPatient signature ____________________  Date %s" % (
            p["unit"].upper(), p["last"], p["first"], p["mi"], fmt(r, p["dob"], "%m/%d/%Y"), p["sex"], p["ssn4"], p["street"], p["cityline"], p["phone"], phone(r), p["lang"], "Y" if p["lang"] != "English" else "N", race, eth, ms, emp,
            p["ec_name"], p["ec_rel"], p["ec_phone"], p["mbi"], fmt(r, p["esrd_start"].replace(day=1), "%m/%d/%Y"), p["insurer"], "%s%d" % (r.choice(["XJK", "MCD", "U", "BRH"]), r.randint(10000000, 99999999)),
            p["neph"].full(), p["pcp"].full(), dd, mod_text(p), p["sched"] if p["mod"] == "HD" else "n/a", dd)
    elif v == 1:
        t = "NEW PATIENT INFORMATION SHEET\n%s\n\nPlease print clearly.\n\nName: %s\nDate of birth: %s    Age: %d\nGender: [%s] M [%s] F\nAddress: %s, %s\nPhone: %s\nEmail: %s\nHow did you hear about us: %s\nPharmacy: %s\nDo you have an advance directive? %s\n\nResponsible party (if not patient): %s\nEmployer: %s\n\nI authorize release of information necessary to process insurance claims and assign benefits to the provider.\nSignature ______________________ Date %s" % (
            letterhead(r, p, None, 3), pname(p), fmt(r, p["dob"]), p["age"], "x" if p["sex"] == "M" else " ", "x" if p["sex"] == "F" else " ", p["street"], p["cityline"], p["phone"],
            r.choice(["none", "%s.%s@examplemail.com" % (p["first"].lower(), p["last"].lower())]), r.choice(["PCP referral", "hospital", "family"]), r.choice(PHARMACIES), r.choice(["Yes", "No", "Not sure"]),
            r.choice(["self", p["ec_name"]]), r.choice(["n/a", "retired", "county"]), dd)
    elif v == 2:
        t = "%s\nFACE SHEET\n\nPatient: %s            MRN: %s\nAcct: %s     Adm: %s %s     Type: %s\nDOB: %s  Age: %d  Sex: %s  Marital: %s\nAddr: %s %s\nPhone: %s\nRace: %s   Lang: %s   Religion: %s\n\nAttending: %s\nAdmitting Dx: %s\n\nGuarantor: %s   Rel: Self\nINS 1: MEDICARE PART A&B   ID %s\nINS 2: %s\n\nNOK: %s (%s) %s" % (
            p["hosp"].upper(), pname(p, 1), p["mrn"], p["acct"], fmt(r, p["date"], "%m/%d/%Y"), tm(r), r.choice(["INPATIENT", "OBSERVATION", "OUTPATIENT SURGERY"]), fmt(r, p["dob"], "%m/%d/%Y"), p["age"], p["sex"], ms,
            p["street"], p["cityline"], p["phone"], race, p["lang"], r.choice(["Baptist", "Catholic", "None", "Methodist", "Muslim"]), Clin(r).full(), event(r, p)["dx"].upper(), pname(p, 1), p["mbi"], p["insurer"].upper(), p["ec_name"], p["ec_rel"], p["ec_phone"])
    elif v == 3:
        t = "%s\nTRANSPLANT PROGRAM - REFERRAL INTAKE / DEMOGRAPHICS\n\nCandidate: %s   DOB %s\nHeight %d cm   Weight %.1f kg\nABO: %s\nDialysis start: %s   Unit: %s (%s)\nNephrologist: %s\nInsurance: Medicare (ESRD) + %s\nPreferred contact: %s   Best time: %s\nSupport person: %s (%s)\nTransportation: %s\nIntake coordinator: %s   Date %s" % (
            p["txc"], pname(p), fmt(r, p["dob"]), p["ht_cm"], p["wt"], r.choice(["O+", "A+", "B+", "unknown"]), fmt(r, p["esrd_start"]), p["unit"], p["unit_no"], p["neph"].full(), p["insurer"], p["phone"],
            r.choice(["mornings", "non-dialysis days", "after 3 pm"]), p["ec_name"], p["ec_rel"], r.choice(["own car", "family", "paratransit"]), r.choice(NURSE_FIRST) + " " + r.choice(LAST), dd)
    elif v == 4:
        t = "DIALYSIS FACILITY PATIENT PROFILE\n%s | CCN %s\n\n%s\n%s | %s\n%s  %s\n\nESRD dx date: %s   Primary cause: %s\nFirst dialysis: %s   Admitted to facility: %s\nModality: %s   Access: %s\nHBV status: %s\nIsolation: %s\nTransport: %s   Wheelchair: %s\nEmergency contact: %s %s" % (
            p["unit"], p["unit_no"], pname(p, 2), fmt(r, p["dob"]), p["sex"], p["street"], p["cityline"], fmt(r, p["esrd_start"]), p["cause"], fmt(r, p["esrd_start"]), dd, mod_text(p), p["access"],
            r.choice(["immune", "susceptible", "immune (natural)"]), r.choice(["no", "no", "HBV isolation room"]), r.choice(["self", "van", "family"]), r.choice(["Y", "N"]), p["ec_name"], p["ec_phone"])
    elif v == 5:
        t = "%s\nPATIENT DEMOGRAPHIC UPDATE FORM\nDate: %s\n\nName: %s   MRN: %s\n\nPlease update the following:\n[%s] Address -> %s, %s\n[%s] Phone -> %s\n[%s] Emergency contact -> %s (%s) %s\n[%s] Insurance -> %s\n[ ] Name change\n\nVerified ID: [x] photo ID [x] insurance card\nStaff initials: %s" % (
            p["org"], dd, pname(p), p["mrn"], r.choice("x "), p["street"], p["cityline"], r.choice("x "), p["phone"], r.choice("x "), p["ec_name"], p["ec_rel"], p["ec_phone"], r.choice("x "), p["insurer"], "".join(r.choice("ABCDEKLMRST") for _ in range(2)))
    else:
        t = "%s  -  Check-in\n%s | DOB %s | %s\nVisit: %s %s with %s\nCopay: $%d   Collected: %s\nInsurance verified: %s\nForms signed: HIPAA notice [x]  financial policy [x]  consent to treat [x]" % (
            p["org"], pname(p, 1), fmt(r, p["dob"], "%m/%d/%Y"), p["phone"], dd, tm(r), p["neph"].dr(), r.choice([0, 0, 20, 40]), r.choice(["Y", "N", "waived"]), r.choice(["Y", "Y - eligibility 271 received"]))
    return t


def g_insurance_card(r, p):
    v = r.randint(0, 6)
    name = "%s %s %s" % (p["first"].upper(), p["mi"], p["last"].upper())
    mid = "%s%d" % (r.choice(["XJK", "WPN", "ZGH", "UCA", "MCD"]), r.randint(100000000, 999999999))
    grp = "%d" % r.randint(10000, 999999)
    if v == 0:
        t = "MEDICARE                                  HEALTH INSURANCE\nName/Nombre\n%s\nMedicare Number/Numero de Medicare\n%s\nEntitled to/Con derecho a        Coverage starts/Cobertura empieza\nHOSPITAL (PART A)                 %s\nMEDICAL  (PART B)                 %s\n\n[back]\nAlways carry this card with you when you receive health care services.\n1-800-MEDICARE (1-800-555-%04d)  TTY 1-877-555-%04d" % (
            name, p["mbi"], fmt(r, p["esrd_start"].replace(day=1), "%m-%d-%Y"), fmt(r, p["esrd_start"].replace(day=1), "%m-%d-%Y"), r.randint(0, 9999), r.randint(0, 9999))
    elif v == 1:
        t = "%s\n%s\n\nMember: %s\nMember ID: %s\nGroup: %s\nPCP: %s\nPlan: %s\nRxBIN %06d  RxPCN %s  RxGRP %s\n\nOffice visit $%d  Specialist $%d  ER $%d\n\n--- BACK ---\nMembers: call %s\nProviders: eligibility & claims %s\nSubmit claims to: PO Box %d, %s\nThis card does not guarantee coverage." % (
            p["insurer"].upper(), r.choice(["Medicare Advantage", "ESRD Special Needs Plan (C-SNP)", "PPO", "HMO"]), name, mid, grp, p["pcp"].short(), r.choice(["Gold Plus", "Renal Care SNP", "Choice PPO"]),
            r.randint(0, 999999), r.choice(["MEDDADV", "RX123", "ADV"]), r.choice(["RX4412", "SNP01"]), r.choice([0, 10, 20]), r.choice([0, 25, 40]), r.choice([90, 120, 150]), phone(r), phone(r), r.randint(1000, 99999), r.choice(CITIES)[0])
    elif v == 2:
        t = "STATE MEDICAL ASSISTANCE\n%s\n\n%s\nID: %s\nDOB: %s   Sex: %s\nIssue date: %s\n\nBack: Present this card at each visit. Eligibility must be verified. Fraud hotline 1-800-555-%04d." % (
            r.choice(["Prairie State Medicaid", "Buckeye Medical Assistance Card", "Peach Health Medicaid"]), name, "%d" % r.randint(100000000000, 999999999999), fmt(r, p["dob"], "%m/%d/%Y"), p["sex"], fmt(r, p["date"]), r.randint(0, 9999))
    elif v == 3:
        t = "%s  Medicare Supplement\nPlan %s\n%s\nID %s\nEffective %s\n\nThis Medicare Supplement policy pays after Medicare. Providers: bill Medicare first; claims cross over automatically.\nCustomer service %s" % (
            r.choice(["Keystone Mutual", "Allegiant Senior", "BlueRidge"]), r.choice(["F", "G", "N"]), name, mid, fmt(r, p["date"] - timedelta(days=r.randint(30, 900)), "%m/%d/%Y"), phone(r))
    elif v == 4:
        t = "PRESCRIPTION DRUG PLAN (Medicare Part D)\n%s\n\nMember name: %s\nMember ID: %s\nRxBIN: %06d\nRxPCN: %s\nRxGroup: %s\nIssuer (80840) %d\n\nCMS %s-%03d\n\nPharmacist help desk %s" % (
            r.choice(["MedPoint Rx Plus (PDP)", "ValueScript Medicare Rx", "UnityCare Part D"]), name, mid, r.randint(0, 999999), r.choice(["MEDDPRIME", "PDPIND"]), r.choice(["RX7734", "PDP1"]), r.randint(1000000000, 9999999999), r.choice(["S5601", "S4802", "S7126"]), r.randint(1, 200), phone(r))
    elif v == 5:
        t = "SCANNED DOCUMENT - INSURANCE CARD (FRONT/BACK)\nScanned %s by %s\n\n[FRONT]\n%s\n%s\nSubscriber: %s\nID#  %s      Grp# %s\nEff: %s\nDependents: %s\n\n[BACK]\nPrecertification required for inpatient admission, dialysis services and transplant: call %s\nMental health: %s" % (
            fmt(r, p["date"]), r.choice(NURSE_FIRST), ocr(r, p["insurer"].upper(), 1), r.choice(["EMPLOYER GROUP PPO", "COMMERCIAL HMO"]), name if r.random() < 0.6 else "%s %s" % (p["ec_name"].upper(), "(SPOUSE)"), mid, grp,
            fmt(r, p["date"] - timedelta(days=r.randint(30, 700)), "%m/%d/%Y"), r.choice(["00", "01 02"]), phone(r), phone(r))
    else:
        t = "%s\nVETERANS / TRICARE-TYPE COVERAGE\n%s\nDoD/ID %d\nSponsor: %s\nValid through %s\n\nBack: Show this card with Medicare card. Bill Medicare first." % (
            r.choice(["Federal Health Benefit", "Uniformed Services Family Plan (sample)"]), name, r.randint(1000000000, 9999999999), r.choice(["SELF", p["ec_name"].upper()]), fmt(r, p["date"] + timedelta(days=r.randint(200, 1400)), "%m/%Y"))
    return t


GEN = {"discharge_summary": g_discharge_summary, "history_physical": g_history_physical, "progress_note": g_progress_note,
       "consult_note": g_consult_note, "operative_note": g_operative_note, "procedure_note": g_procedure_note,
       "lab_report": g_lab_report, "imaging_report": g_imaging_report, "pathology_report": g_pathology_report,
       "medication_list": g_medication_list, "prescription": g_prescription, "anesthesia_record": g_anesthesia_record,
       "correspondence": g_correspondence, "consent_form": g_consent_form, "referral_letter": g_referral_letter,
       "advance_directive": g_advance_directive, "ecg_report": g_ecg_report, "immunization_record": g_immunization_record,
       "registration_form": g_registration_form, "insurance_card": g_insurance_card, "nursing_note": g_nursing_note,
       "ed_note": g_ed_note, "transfer_summary": g_transfer_summary, "provider_orders": g_provider_orders,
       "discharge_instructions": g_discharge_instructions, "other": g_other}


def finish(r, p, text):
    """Scanner/OCR finishing: whitespace habits, stray marks and character noise."""
    if r.random() < 0.25:
        text = text.upper() if r.random() < 0.15 else text
    if r.random() < 0.2:
        text = "\n".join(l.rstrip() + (" " * r.randint(1, 6) if r.random() < 0.2 else "") for l in text.split("\n"))
    if r.random() < 0.12:
        text = r.choice(["SCANNED", "RECEIVED %s" % fmt(r, p["date"] + timedelta(days=r.randint(1, 30)), "%b %d %Y").upper(), "COPY", "~", "|"]) + "\n" + text
    if r.random() < 0.1:
        text += "\n" + r.choice(["Scanned by HIM %s" % fmt(r, p["date"] + timedelta(days=r.randint(1, 60)), "%m/%d/%Y"), "[illegible signature]", ".", "Pt initials ___"])
    level = r.choice([0, 0, 0.5, 1, 1, 1.5, 2, 2.5])
    return ocr(r, text, level)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    n = 0
    with open(a.out, "w", encoding="utf-8") as f:
        for i in range(a.per_type):
            for key in TYPES:
                p = make_patient(r)
                text = GEN[key](r, p)
                text = finish(r, p, text)
                n += 1
                f.write(json.dumps({"id": "dial-%d-%05d" % (a.seed, n), "label": key, "text": text}) + "\n")


if __name__ == "__main__":
    main()
