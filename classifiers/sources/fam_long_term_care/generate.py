#!/usr/bin/env python3
"""Synthetic skilled-nursing / long-term-care chart documents (entirely fictitious).

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse, json, random, textwrap
from datetime import date, timedelta

FF = ["Dorothy", "Margaret", "Helen", "Ruth", "Betty", "Shirley", "Joan", "Evelyn", "Lois", "Marjorie", "Irene",
      "Gladys", "Bernice", "Louise", "Phyllis", "Carol", "Judith", "Barbara", "Patricia", "Geraldine", "Wilma",
      "Norma", "Arlene", "Rosemary", "Delores", "Frances", "Lucille", "Marian", "Thelma", "Beverly", "Janet",
      "Maxine", "Eleanor", "Agnes", "Doris", "Vera", "Opal", "Connie", "Linda", "Rosa", "Mae", "Hazel"]
MF = ["Harold", "Walter", "Eugene", "Raymond", "Donald", "Kenneth", "Robert", "Gerald", "Leonard", "Frank",
      "Clarence", "Howard", "Norman", "Arthur", "Ralph", "Earl", "Melvin", "Russell", "Vernon", "Lloyd", "Stanley",
      "Wayne", "Dale", "Roger", "Dennis", "Francis", "Herbert", "Louis", "Chester", "Alvin", "Jose", "Calvin",
      "Wendell", "Otis", "Milton", "Floyd", "Glenn", "Virgil"]
LN = ["Abernathy", "Bellweather", "Castellano", "Dunmore", "Eckhart", "Fairbanks", "Gustafson", "Haverty", "Iverson",
      "Jablonski", "Kettering", "Lindqvist", "Marchetti", "Novak", "Ostrander", "Pelletier", "Quinlan", "Rasmussen",
      "Sorensen", "Thibodeaux", "Underhill", "Vanderpool", "Whitcombe", "Yablonski", "Zielinski", "Amsden", "Brogan",
      "Culpepper", "Delacroix", "Esterly", "Fenwick", "Grabowski", "Holloway", "Ingram", "Jessup", "Kowalczyk",
      "Lachance", "McGillicuddy", "Nyquist", "Okafor", "Pruitt", "Rinaldi", "Schoenfeld", "Tolliver", "Upshaw",
      "Vasquez-Orr", "Wojcik", "Hargrove", "Blevins", "Ruiz", "Tran", "Mendoza", "Washington", "Pham", "Kaminski",
      "O'Dell", "Strickland", "Haldane", "Moorcroft", "Pettibone", "Szymanski", "Albrecht", "Beaulieu", "Carver"]
STAFF_F = ["Anjali", "Rebecca", "Tamika", "Keisha", "Megan", "Priya", "Stacy", "Heather", "Lauren", "Maria", "Nicole",
           "Amber", "Christine", "Olga", "Fatima", "Jennifer", "Carla", "Denise", "Yolanda", "Grace", "Hannah", "Mei"]
STAFF_M = ["Ravi", "Michael", "Samuel", "David", "Tomasz", "Kwame", "Brian", "Luis", "Aaron", "Nathan", "Omar",
           "Victor", "Paul", "Stephen", "Hiroshi", "Gregory", "Marcus", "Daniel", "Ivan", "Jeffrey"]
TOWNS = ["Harlow Springs", "East Vandermeer", "Port Calloway", "Brindle Creek", "Ashcombe", "Wexford Hills",
         "North Tamsen", "Glenmoor", "Fallowfield", "Stony Lanark", "Pemberton Falls", "Orlen", "Kessling",
         "Marlow Bend", "Dunhaven", "Quarry Hill"]
STATES = ["OH", "PA", "MI", "IN", "WI", "MN", "IA", "MO", "NY", "NC", "GA", "TN", "KY", "IL", "VA", "OR", "WA", "TX"]
STREETS = ["Maple", "Cedar", "Orchard", "Lakeview", "Hillcrest", "Willow", "Birch", "Sycamore", "Old Mill", "Church",
           "Prospect", "Ridge", "Meadowbrook", "Chestnut", "Garfield", "Linden", "Harmon", "Clover"]
FAC_NAMES = ["Willow Crest Health & Rehabilitation Center", "Maple Terrace Skilled Nursing and Rehab",
             "St. Brendan's Care Center", "Oakhaven Post-Acute", "Riverside Manor Nursing & Rehabilitation",
             "The Pines at {town}", "Lakeview Gardens Transitional Care", "Heritage Hill Senior Living & Rehab",
             "{town} Nursing and Rehabilitation Center", "Good Shepherd Lutheran Home", "Cedar Ridge Care Center",
             "Brookside Commons Health Campus", "Sunnyfield Long Term Care", "Evergreen Place Skilled Care"]
HOSP_NAMES = ["{town} Regional Medical Center", "St. Aldric Memorial Hospital", "{town} Community Hospital",
              "Vandermeer University Hospital", "Calloway General Hospital", "Mercy Ridge Medical Center",
              "Holy Trinity Hospital", "Northbrook Methodist Hospital"]
UNITS = ["Rehab Unit 2 West", "Magnolia Hall", "Birch Wing", "Short Stay Unit", "Long Term Care - North",
         "Memory Care (Secure)", "Station 1", "Station 2", "East Hall", "Transitional Care Unit", "Cottage C"]
EHR = ["CareTrack LTC", "MedLogic EHR", "NurseWorks Clinical", "ResiChart", "SNF-Link", "ClinView",
       "TransitionPoint", "AxisCare Records"]


def rphone(r, ac=None):
    ac = ac or r.choice(["216", "330", "412", "517", "317", "608", "612", "319", "314", "585", "919", "615", "503"])
    return "(%s) 555-%04d" % (ac, r.randint(100, 199))


def sname(r, cred, sex=None):
    sex = sex or r.choice("FM")
    f = r.choice(STAFF_F if sex == "F" else STAFF_M)
    return "%s %s, %s" % (f, r.choice(LN), cred) if cred else "%s %s" % (f, r.choice(LN))


def addr(r):
    return "%d %s %s" % (r.randint(12, 9800), r.choice(STREETS), r.choice(["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct"]))


def mkplace(r, pool, kind):
    town = r.choice(TOWNS)
    st = r.choice(STATES)
    ac = r.choice(["216", "330", "412", "517", "317", "608", "612", "319", "314", "585", "919", "615", "503"])
    return {"name": r.choice(pool).format(town=town), "addr": addr(r), "town": town, "st": st,
            "zip": "%05d" % r.randint(10000, 99899), "phone": rphone(r, ac), "fax": rphone(r, ac), "kind": kind}


def D(d, style=0):
    if style == 0: return d.strftime("%m/%d/%Y")
    if style == 1: return d.strftime("%m/%d/%y")
    if style == 2: return d.strftime("%B %d, %Y").replace(" 0", " ")
    if style == 3: return d.strftime("%d-%b-%Y").upper()
    if style == 4: return d.strftime("%Y-%m-%d")
    return "%d/%d/%s" % (d.month, d.day, d.strftime("%Y"))


def T(r):
    return "%02d:%02d" % (r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def T12(r, lo=7, hi=18):
    h = r.randint(lo, hi)
    return "%d:%02d %s" % (h if h <= 12 else h - 12, r.randint(0, 59), "AM" if h < 12 else "PM")


# ----------------------------------------------------------------------------- clinical content
# med tuple: (drug, dose, route, frequency, indication)
SCENARIOS = [
    dict(key="hip", dx="closed {side} intertrochanteric femur fracture s/p fall",
         short="{side} hip fx s/p IMN", icd="S72.14{sd}D", rehab=True,
         hpi="{He} sustained a mechanical fall at home while walking to the bathroom at night, with immediate {side} hip pain and inability to bear weight. X-rays in the ED showed a displaced intertrochanteric fracture. Orthopedics took {him} to the OR on hospital day 2 for intramedullary nailing. Post-op course notable for acute blood loss anemia (Hgb nadir 8.1) and mild post-op delirium that has since cleared.",
         course="Underwent {side} hip cephalomedullary nail without complication. Post-op Hgb nadir 8.1, not transfused. Mild delirium post-op managed non-pharmacologically. Worked with PT, ambulating 15 ft with rolling walker and moderate assist. WBAT {side} lower extremity.",
         exam="{Side} hip with lateral incision, staples intact, no erythema or drainage. Mild ecchymosis thigh. Calves soft, nontender.",
         meds=[("enoxaparin", "40 mg", "SC", "daily", "DVT prophylaxis x 28 days post-op"),
               ("oxycodone", "5 mg", "PO", "q4h PRN moderate-severe pain", "pain"),
               ("acetaminophen", "650 mg", "PO", "q6h", "pain"),
               ("docusate sodium", "100 mg", "PO", "BID", "constipation"),
               ("senna", "8.6 mg", "PO", "at bedtime", "constipation")],
         plan=["PT/OT 5x/week, WBAT {side} LE, posterior hip precautions not required (nail)",
               "Staple removal POD 14, ortho follow-up 2 weeks with x-ray",
               "Enoxaparin 40 mg SC daily to complete 28 days",
               "Pain: scheduled APAP, oxycodone PRN; bowel regimen",
               "Fall precautions, low bed, call light within reach",
               "Recheck CBC in 1 week for acute blood loss anemia"],
         surgery="hipnail", labs={"HGB": (8.1, 9.8), "WBC": (7, 10.5)}),
    dict(key="chf", dx="acute on chronic systolic heart failure (EF 30%)", short="CHF exacerbation", icd="I50.23",
         rehab=True,
         hpi="{He} presented to the hospital with 1 week of progressive dyspnea on exertion, orthopnea and 4 kg weight gain with bilateral leg edema. BNP 1,840. CXR with pulmonary vascular congestion and small bilateral effusions. Diuresed with IV furosemide, net negative 5.2 L. Echo EF 30% with global hypokinesis. Discharge weight {dwt} lb.",
         course="Diuresed with IV furosemide 40 mg BID then transitioned to oral. Net -5.2 L. Creatinine bumped from 1.2 to 1.6 then improved to 1.4. Carvedilol continued, lisinopril resumed at lower dose. Echo EF 30%.",
         exam="JVP ~8 cm. Fine bibasilar crackles. 1+ pitting edema bilateral shins. Regular rate, S1 S2, no S3 appreciated.",
         meds=[("furosemide", "40 mg", "PO", "daily", "heart failure"),
               ("carvedilol", "6.25 mg", "PO", "BID with meals", "heart failure"),
               ("lisinopril", "5 mg", "PO", "daily", "heart failure/HTN"),
               ("spironolactone", "12.5 mg", "PO", "daily", "heart failure"),
               ("potassium chloride ER", "10 mEq", "PO", "daily", "hypokalemia prevention")],
         plan=["Daily weights before breakfast; notify provider for gain >2 lb/day or 5 lb/week",
               "2 g sodium diet, 1.5 L fluid restriction", "BMP in 3-5 days (K, creatinine on diuretic/ACEi/MRA)",
               "Continue GDMT; hold carvedilol for HR <55 or SBP <95", "Cardiology follow-up 2-4 weeks",
               "PT/OT for endurance, monitor SpO2 with activity"],
         surgery=None, labs={"BNP": (600, 1900), "CREAT": (1.3, 1.7)}),
    dict(key="pna", dx="community-acquired pneumonia, right lower lobe", short="RLL pneumonia", icd="J18.9",
         rehab=True,
         hpi="{He} was admitted with fever to 101.8, productive cough and hypoxia (SpO2 86% on room air). CXR showed right lower lobe consolidation. Treated with IV ceftriaxone and azithromycin, then transitioned to oral amoxicillin-clavulanate. Oxygen weaned to 2 L nasal cannula. Deconditioned, unable to return home safely.",
         course="Treated with ceftriaxone 1 g IV daily and azithromycin x 3 days, transitioned to amoxicillin-clavulanate. Blood cultures no growth. Weaned to 2 L NC. Speech evaluation: mechanical soft diet, thin liquids.",
         exam="Decreased breath sounds and scattered rhonchi right base. No accessory muscle use. SpO2 94% on 2 L NC.",
         meds=[("amoxicillin-clavulanate", "875-125 mg", "PO", "BID x 4 more days", "pneumonia"),
               ("albuterol-ipratropium", "3 mL", "nebulized", "q6h PRN wheeze/SOB", "dyspnea"),
               ("guaifenesin", "600 mg", "PO", "BID PRN cough", "cough")],
         plan=["Complete antibiotic course (stop date noted on MAR)", "Wean O2 to keep SpO2 >= 90%",
               "Incentive spirometry 10x/hour while awake", "Repeat CXR in 6 weeks to document resolution",
               "Aspiration precautions, HOB >30 degrees", "PT/OT/ST evaluate and treat"],
         surgery=None, labs={"WBC": (11.5, 15.2)}),
    dict(key="cva", dx="acute ischemic stroke, left MCA territory, with right hemiparesis and dysphagia",
         short="L MCA CVA w/ R hemiparesis", icd="I63.512", rehab=True,
         hpi="{He} was found by family with right-sided weakness and slurred speech; last known well >6 hours so not a tPA candidate. MRI brain confirmed acute left MCA infarct. CTA without large vessel occlusion amenable to thrombectomy. Telemetry without atrial fibrillation. Passed modified barium swallow for dysphagia 2 diet with nectar-thick liquids.",
         course="MRI: acute L MCA infarct. Not a tPA/thrombectomy candidate. Started aspirin and clopidogrel x 21 days, then aspirin alone; high intensity statin. LDL 142, A1c 6.8. Dysphagia diet per SLP.",
         exam="Expressive aphasia, follows 1-step commands. Right facial droop. RUE 2/5, RLE 3/5, left side 5/5. Sensation grossly intact.",
         meds=[("aspirin", "81 mg", "PO", "daily", "secondary stroke prevention"),
               ("clopidogrel", "75 mg", "PO", "daily x 21 days then stop", "secondary stroke prevention"),
               ("atorvastatin", "80 mg", "PO", "at bedtime", "hyperlipidemia/stroke")],
         plan=["PT/OT/SLP 5-6x/week", "Dysphagia 2 (mechanical soft) diet, nectar-thick liquids, 1:1 supervision at meals",
               "Aspirin + clopidogrel through day 21 then aspirin alone", "Neurology follow-up 6-8 weeks",
               "Permissive BP now past; goal BP <130/80", "Depression screening (PHQ-9) post stroke"],
         surgery=None, labs={"LDL": (120, 160)}),
    dict(key="uti", dx="sepsis due to E. coli urinary tract infection, resolved", short="urosepsis, resolved",
         icd="A41.51", rehab=True,
         hpi="{He} presented with confusion, fever 102.1 and hypotension (82/50) responsive to 30 mL/kg crystalloid. Urine culture grew >100,000 CFU/mL E. coli sensitive to cephalosporins. Blood cultures 1 of 2 with E. coli. Mental status has returned to near baseline per family.",
         course="Sepsis from E. coli pyelonephritis with bacteremia. Received ceftriaxone IV, narrowed to cephalexin per sensitivities. Lactate cleared. AKI (creat 2.1) resolved to 1.1 with fluids.",
         exam="No CVA tenderness. Suprapubic area nontender. Alert, oriented to person and place.",
         meds=[("cephalexin", "500 mg", "PO", "q6h x 5 more days", "E. coli UTI/bacteremia"),
               ("phenazopyridine", "100 mg", "PO", "TID PRN dysuria x 2 days", "dysuria")],
         plan=["Complete 14-day total antibiotic course for bacteremia", "Encourage fluids 1.5-2 L/day",
               "Monitor for recurrent delirium (CAM daily x 1 week)", "BMP and CBC in 1 week",
               "Avoid indwelling catheter; timed voiding q2-3h", "PT/OT for deconditioning"],
         surgery=None, labs={"WBC": (9.5, 12.8), "CREAT": (1.0, 1.3)}),
    dict(key="copd", dx="acute exacerbation of COPD with chronic hypoxic respiratory failure", short="COPD exacerbation",
         icd="J44.1", rehab=True,
         hpi="{He} has severe COPD (FEV1 38% predicted) on home O2 2 L at night, admitted with increased dyspnea, wheeze and sputum purulence. Treated with nebulized bronchodilators, IV methylprednisolone then prednisone taper, and doxycycline. No ICU stay, no BiPAP required.",
         course="Treated with duonebs, steroids and doxycycline x 5 days. Required 3 L NC at peak, now on 2 L continuous. Ambulatory SpO2 desaturates to 87% on 2 L.",
         exam="Diffuse expiratory wheeze, prolonged expiratory phase. Pursed-lip breathing. No edema.",
         meds=[("prednisone", "20 mg", "PO", "daily x 3 days then 10 mg x 3 days then stop", "COPD exacerbation"),
               ("tiotropium", "18 mcg", "inhaled", "daily", "COPD"),
               ("fluticasone-salmeterol", "250/50 mcg", "inhaled", "1 puff BID", "COPD"),
               ("albuterol HFA", "90 mcg", "inhaled", "2 puffs q4h PRN", "dyspnea")],
         plan=["O2 2 L NC continuous, titrate to SpO2 88-92%", "Finish prednisone taper",
               "Rinse mouth after inhaled steroid", "Pulmonary rehab-type exercise with PT, energy conservation",
               "Pulmonology follow-up 4 weeks", "Fingerstick glucose BID while on steroids"],
         surgery=None, labs={"GLU": (150, 230)}),
    dict(key="tka", dx="{side} knee osteoarthritis s/p elective total knee arthroplasty", short="s/p {side} TKA",
         icd="Z96.65{sd2}", rehab=True,
         hpi="{He} underwent elective {side} total knee arthroplasty for end-stage osteoarthritis. Post-op course uncomplicated aside from pain control. Discharged to SNF for rehabilitation as {he} lives alone with stairs to enter.",
         course="Uncomplicated {side} TKA under spinal anesthesia with adductor canal block. POD1 ambulated 20 ft. Hgb 10.9. DVT prophylaxis with apixaban 2.5 mg BID x 14 days.",
         exam="{Side} knee with midline incision, dressing clean and dry, moderate effusion, ROM 5-75 degrees. Calves soft.",
         meds=[("apixaban", "2.5 mg", "PO", "BID x 14 days", "DVT prophylaxis"),
               ("oxycodone", "5 mg", "PO", "q4h PRN pain", "post-op pain"),
               ("acetaminophen", "1000 mg", "PO", "q8h", "pain"),
               ("polyethylene glycol", "17 g", "PO", "daily", "constipation")],
         plan=["PT/OT BID as tolerated; goal knee flexion 90 degrees before discharge",
               "Ice and elevation after therapy", "Dressing change per ortho protocol; staples out POD 14",
               "Complete apixaban prophylaxis course", "Ortho follow-up in 2 weeks"],
         surgery="tka", labs={"HGB": (9.6, 11.2)}),
    dict(key="cell", dx="{side} lower extremity cellulitis with venous stasis", short="{side} LE cellulitis",
         icd="L03.11{sd3}", rehab=True,
         hpi="{He} was admitted with spreading erythema, warmth and swelling of the {side} lower leg with fever. Treated with IV cefazolin with improvement of erythema, now receding from marked borders. Venous duplex negative for DVT.",
         course="IV cefazolin x 4 days then transitioned to oral cephalexin. Duplex negative for DVT. Erythema receding.",
         exam="{Side} lower leg erythema to mid-shin, receding within marked borders, warm, 1+ edema, no fluctuance. Chronic hemosiderin staining bilaterally.",
         meds=[("cephalexin", "500 mg", "PO", "QID x 6 more days", "cellulitis"),
               ("furosemide", "20 mg", "PO", "daily", "edema")],
         plan=["Complete antibiotic course", "Elevate leg when seated", "Mark borders and monitor daily",
               "Compression once infection resolved", "Skin care with emollient BID"],
         surgery=None, labs={"WBC": (10.5, 13.0)}),
    dict(key="ltc", dx="Alzheimer's dementia, late onset, moderate, with behavioral disturbance", short="dementia (LTC)",
         icd="G30.1", rehab=False,
         hpi="{He} is a long-term resident with progressive Alzheimer's dementia, dependent for most ADLs, ambulates with staff assistance or wheelchair. Intermittent exit-seeking and evening agitation documented by staff. Weight stable. No falls this month.",
         course="Long-stay resident; no recent hospitalization.",
         exam="Pleasant, oriented to self only. Follows simple commands. Moves all extremities. Skin intact per nursing.",
         meds=[("donepezil", "10 mg", "PO", "at bedtime", "dementia"),
               ("memantine", "10 mg", "PO", "BID", "dementia"),
               ("acetaminophen", "650 mg", "PO", "q6h PRN pain", "pain")],
         plan=["Continue non-pharmacologic behavior interventions per care plan",
               "GDR of psychotropics considered - see below", "Monthly weights, nutrition supplements if loss >5%",
               "Continue current code status as documented", "Annual labs: CBC, CMP, TSH"],
         surgery=None, labs={}),
    dict(key="ltc2", dx="history of CVA with left hemiparesis, long-term care", short="long-stay, old CVA",
         icd="I69.354", rehab=False,
         hpi="{He} is a long-term care resident with residual left hemiparesis from a prior right MCA stroke, wheelchair-level, requires extensive assist of 1-2 for transfers. Eats independently after setup. Staff report no acute changes.",
         course="Long-stay resident; no recent hospitalization.",
         exam="Left hemiparesis, LUE contracture at elbow, LLE 2/5. Right side 5/5. Speech clear.",
         meds=[("aspirin", "81 mg", "PO", "daily", "secondary stroke prevention"),
               ("atorvastatin", "40 mg", "PO", "daily", "hyperlipidemia"),
               ("baclofen", "5 mg", "PO", "TID", "spasticity")],
         plan=["Splint to LUE per OT schedule, skin checks under splint", "Reposition q2h when in bed",
               "Continue restorative nursing program", "Annual labs due", "Monthly weights"],
         surgery=None, labs={}),
]

COMORB = [
    dict(k="htn", dx="Hypertension", icd="I10", meds=[("amlodipine", "5 mg", "PO", "daily", "hypertension")]),
    dict(k="dm", dx="Type 2 diabetes mellitus", icd="E11.9",
         meds=[("metformin", "500 mg", "PO", "BID with meals", "diabetes"),
               ("insulin glargine", "12 units", "SC", "at bedtime", "diabetes"),
               ("insulin lispro", "per sliding scale", "SC", "AC & HS", "hyperglycemia")]),
    dict(k="af", dx="Chronic atrial fibrillation", icd="I48.20",
         meds=[("apixaban", "5 mg", "PO", "BID", "atrial fibrillation"),
               ("metoprolol tartrate", "25 mg", "PO", "BID", "rate control")]),
    dict(k="hypot", dx="Hypothyroidism", icd="E03.9",
         meds=[("levothyroxine", "75 mcg", "PO", "daily before breakfast", "hypothyroidism")]),
    dict(k="ckd", dx="Chronic kidney disease, stage 3b", icd="N18.32", meds=[]),
    dict(k="gerd", dx="GERD", icd="K21.9", meds=[("pantoprazole", "40 mg", "PO", "daily", "GERD")]),
    dict(k="dep", dx="Major depressive disorder, recurrent", icd="F33.1",
         meds=[("sertraline", "50 mg", "PO", "daily", "depression")]),
    dict(k="op", dx="Osteoporosis", icd="M81.0",
         meds=[("cholecalciferol", "1000 units", "PO", "daily", "osteoporosis"),
               ("calcium carbonate", "500 mg", "PO", "BID", "osteoporosis")]),
    dict(k="pd", dx="Parkinson's disease", icd="G20",
         meds=[("carbidopa-levodopa", "25/100 mg", "PO", "TID (0800-1200-1600)", "Parkinson's disease")]),
    dict(k="bph", dx="Benign prostatic hyperplasia", icd="N40.1", male=True,
         meds=[("tamsulosin", "0.4 mg", "PO", "daily after supper", "BPH")]),
    dict(k="hld", dx="Hyperlipidemia", icd="E78.5", meds=[("atorvastatin", "40 mg", "PO", "at bedtime", "hyperlipidemia")]),
    dict(k="oa", dx="Osteoarthritis, multiple sites", icd="M15.9",
         meds=[("diclofenac 1% gel", "2 g", "topical", "QID to knees", "osteoarthritis")]),
    dict(k="anem", dx="Iron deficiency anemia", icd="D50.9",
         meds=[("ferrous sulfate", "325 mg", "PO", "daily", "anemia")]),
    dict(k="insom", dx="Insomnia", icd="G47.00", meds=[("melatonin", "3 mg", "PO", "at bedtime", "sleep")]),
    dict(k="cons", dx="Chronic constipation", icd="K59.09",
         meds=[("polyethylene glycol", "17 g", "PO", "daily", "constipation")]),
    dict(k="mci", dx="Mild neurocognitive disorder", icd="G31.84", meds=[]),
    dict(k="pvd", dx="Peripheral arterial disease", icd="I73.9", meds=[("cilostazol", "50 mg", "PO", "BID", "PAD")]),
]

ALLERGIES = [["NKDA"], ["NKDA"], ["No known drug allergies"], ["Penicillin (rash)"], ["Sulfa drugs (hives)"],
             ["Codeine (nausea/vomiting)"], ["Latex"], ["Morphine (confusion)", "Iodinated contrast (hives)"],
             ["Ciprofloxacin (tendon pain)"], ["Lisinopril (cough)"], ["Penicillin (anaphylaxis)", "Adhesive tape"]]
CODES = ["Full Code", "DNR/DNI", "DNR - Do Not Resuscitate", "Full Code", "DNR, selective treatment (POLST on file)",
         "DNR / comfort focused"]
RELS = ["daughter", "son", "wife", "husband", "niece", "nephew", "granddaughter", "sister", "son-in-law", "friend"]


class Pt(object):
    pass


def make_patient(r):
    p = Pt()
    p.sex = "F" if r.random() < 0.62 else "M"
    p.first = r.choice(FF if p.sex == "F" else MF)
    p.mi = r.choice("ABCDEFGHJKLMNRSTW")
    p.last = r.choice(LN)
    p.age = r.randint(66, 98) if r.random() < 0.9 else r.randint(52, 65)
    y = r.randint(2006, 2024)
    p.date = date(y, r.randint(1, 12), r.randint(1, 28))
    p.dob = date(y - p.age, r.randint(1, 12), r.randint(1, 28))
    if (p.dob.month, p.dob.day) > (p.date.month, p.date.day):
        p.dob = date(p.dob.year - 1, p.dob.month, p.dob.day)
    p.mrn = r.choice(["%06d", "%07d", "A%06d", "%08d", "R%05d"]) % r.randint(10000, 9999999) if True else ""
    p.hmrn = "%d" % r.randint(10000000, 99999999)
    p.acct = "%d" % r.randint(100000000, 999999999)
    p.room = "%d%02d-%s" % (r.randint(1, 3), r.randint(1, 40), r.choice("ABW"))
    p.unit = r.choice(UNITS)
    p.fac = mkplace(r, FAC_NAMES, "snf")
    p.hosp = mkplace(r, HOSP_NAMES, "hosp")
    p.md = sname(r, r.choice(["MD", "MD", "DO", "MD"]))
    p.np = sname(r, r.choice(["APRN, FNP-C", "NP", "AGPCNP-BC", "CRNP", "PA-C", "FNP-BC"]), "F" if r.random() < .8 else "M")
    p.hmd = sname(r, r.choice(["MD", "DO"]))
    p.pcp = sname(r, r.choice(["MD", "DO"]))
    p.don = sname(r, "RN, DON")
    p.scen = dict(r.choice(SCENARIOS))
    p.side = r.choice(["right", "left"])
    sd = {"right": "1", "left": "2"}[p.side]
    p.fmt = dict(side=p.side, Side=p.side.capitalize(), sd=sd, sd2=sd, sd3=sd,
                 He="He" if p.sex == "M" else "She", he="he" if p.sex == "M" else "she",
                 him="him" if p.sex == "M" else "her", his="his" if p.sex == "M" else "her",
                 His="His" if p.sex == "M" else "Her", dwt=r.randint(130, 220))
    for k in ("dx", "short", "icd", "hpi", "course", "exam"):
        p.scen[k] = p.scen[k].format(**p.fmt)
    p.scen["plan"] = [x.format(**p.fmt) for x in p.scen["plan"]]
    pool = [c for c in COMORB if not (c.get("male") and p.sex == "F")]
    p.comorb = r.sample(pool, r.randint(2, 5))
    keys = set(c["k"] for c in p.comorb)
    meds = []
    seen = set()
    for m in p.scen["meds"]:
        if m[0] == "enoxaparin" and "af" in keys: continue
        if m[0] == "apixaban" and "af" in keys: continue
        meds.append(m); seen.add(m[0])
    for c in p.comorb:
        for m in c["meds"]:
            if m[0] in seen: continue
            if m[0] == "metoprolol tartrate" and "carvedilol" in seen: continue
            meds.append(m); seen.add(m[0])
    p.meds = meds
    p.allergies = r.choice(ALLERGIES)
    p.code = r.choice(CODES)
    p.rehab = p.scen["rehab"]
    if p.rehab:
        p.admit = p.date - timedelta(days=r.randint(1, 30))
    else:
        p.admit = p.date - timedelta(days=r.randint(200, 2600))
    p.hosp_dc = p.admit if p.rehab else p.date - timedelta(days=r.randint(1, 20))
    p.hosp_admit = p.hosp_dc - timedelta(days=r.randint(3, 9))
    p.contact = "%s %s" % (r.choice(FF + MF), r.choice([p.last, p.last, r.choice(LN)]))
    p.crel = r.choice(RELS)
    p.cphone = rphone(r)
    p.home = addr(r) + ", " + r.choice(TOWNS) + ", " + p.fac["st"] + " " + "%05d" % r.randint(10000, 99899)
    p.wt = r.randint(105, 235)
    p.ht = r.randint(59, 73) if p.sex == "F" else r.randint(64, 75)
    p.Mr = "Mr." if p.sex == "M" else r.choice(["Mrs.", "Ms."])
    p.payer = r.choice(["Medicare A", "Medicare A", "Medicare Advantage", "Medicaid", "Private pay", "Medicare A / Medicaid"]) if p.rehab else r.choice(["Medicaid", "Medicaid", "Private pay", "Medicaid pending", "LTC insurance"])
    p.ssn4 = "%04d" % r.randint(1, 9999)
    p.pharm = "%s Long Term Care Pharmacy" % r.choice(["Keystone", "Allied", "Summit", "Tri-County", "Lakeshore", "Beacon"])
    p.ehr = r.choice(EHR)
    p.lang = r.choice(["English"] * 8 + ["Spanish", "Polish", "Vietnamese"])
    p.race = r.choice(["White", "White", "Black or African American", "Asian", "Hispanic/Latino", "Declined"])
    p.relig = r.choice(["Catholic", "Lutheran", "Methodist", "Baptist", "None", "Jewish", "Not stated"])
    p.marital = r.choice(["Widowed", "Widowed", "Married", "Divorced", "Single"])
    return p


def H(p, k):
    return p.fmt[k]


def name(p, style=0):
    if style == 0: return "%s %s" % (p.first, p.last)
    if style == 1: return "%s, %s" % (p.last.upper(), p.first.upper())
    if style == 2: return "%s, %s %s" % (p.last, p.first, p.mi)
    if style == 3: return "%s %s. %s" % (p.first, p.mi, p.last)
    return "%s %s" % (p.Mr, p.last)


def age_sex(p, style=0):
    sx = {"F": ["female", "F", "woman", "lady"], "M": ["male", "M", "man", "gentleman"]}[p.sex]
    if style == 0: return "%d-year-old %s" % (p.age, sx[0])
    if style == 1: return "%d yo %s" % (p.age, sx[1])
    if style == 2: return "%d y/o %s" % (p.age, sx[0])
    return "%d-year-old %s" % (p.age, sx[2])


def med_line(m, style=0):
    d, dose, rt, fq, ind = m
    if style == 0: return "%s %s %s %s" % (d, dose, rt, fq)
    if style == 1: return "%s %s %s %s (%s)" % (d.capitalize(), dose, rt, fq, ind)
    if style == 2: return "%-26s %-14s %-9s %s" % (d.upper(), dose, rt, fq)
    if style == 3: return "%s %s - %s %s - for %s" % (d, dose, rt, fq, ind)
    return "%s %s, %s, %s" % (d.capitalize(), dose, rt, fq)


def diag_list(p, r, n=None, codes=None):
    codes = r.random() < 0.5 if codes is None else codes
    items = [(p.scen["dx"], p.scen["icd"])] + [(c["dx"], c["icd"]) for c in p.comorb]
    if n: items = items[:n]
    return [("%s (%s)" % (a, b) if codes else a) for a, b in items]


def vitals(r, p):
    s = p.scen["key"]
    v = {"T": round(r.uniform(97.0, 98.9), 1), "HR": r.randint(60, 92), "RR": r.choice([16, 16, 18, 18, 20]),
         "SBP": r.randint(108, 152), "DBP": r.randint(58, 86), "SpO2": r.randint(93, 99), "O2": "RA",
         "WT": p.wt, "PAIN": r.choice([0, 0, 1, 2, 3, 4, 5])}
    if s in ("pna", "copd"): v["SpO2"] = r.randint(90, 95); v["O2"] = "2 L NC"
    if s == "pna": v["T"] = round(r.uniform(97.8, 99.6), 1)
    if s in ("hip", "tka"): v["PAIN"] = r.randint(2, 7)
    if "af" in [c["k"] for c in p.comorb]: v["HR"] = r.randint(68, 104)
    return v


def vit_str(v, style=0):
    if style == 0:
        return "T %.1f  BP %d/%d  HR %d  RR %d  SpO2 %d%% %s" % (v["T"], v["SBP"], v["DBP"], v["HR"], v["RR"], v["SpO2"], v["O2"])
    if style == 1:
        return "Temp: %.1f F, Pulse: %d, Resp: %d, BP: %d/%d, O2 sat: %d%% on %s, Wt: %d lbs" % (
            v["T"], v["HR"], v["RR"], v["SBP"], v["DBP"], v["SpO2"], v["O2"], v["WT"])
    if style == 2:
        return "VS: %.1f-%d-%d  %d/%d  %d%% %s" % (v["T"], v["HR"], v["RR"], v["SBP"], v["DBP"], v["SpO2"], v["O2"])
    return "BP %d/%d, P %d, R %d, T %.1f, sat %d%% %s, pain %d/10" % (
        v["SBP"], v["DBP"], v["HR"], v["RR"], v["T"], v["SpO2"], v["O2"], v["PAIN"])


LABDEF = {  # key: (name, unit, lo, hi, typical lo, typical hi, decimals)
    "WBC": ("WBC", "K/uL", 4.0, 10.8, 5.0, 9.5, 1), "HGB": ("Hemoglobin", "g/dL", 12.0, 16.0, 10.8, 13.8, 1),
    "HCT": ("Hematocrit", "%", 36.0, 46.0, 33, 42, 1), "PLT": ("Platelets", "K/uL", 150, 400, 160, 340, 0),
    "NA": ("Sodium", "mmol/L", 135, 145, 134, 142, 0), "K": ("Potassium", "mmol/L", 3.5, 5.1, 3.6, 5.0, 1),
    "CL": ("Chloride", "mmol/L", 98, 107, 98, 106, 0), "CO2": ("CO2", "mmol/L", 22, 29, 22, 29, 0),
    "BUN": ("BUN", "mg/dL", 7, 20, 12, 28, 0), "CREAT": ("Creatinine", "mg/dL", 0.6, 1.2, 0.7, 1.3, 2),
    "GLU": ("Glucose", "mg/dL", 70, 99, 82, 138, 0), "CA": ("Calcium", "mg/dL", 8.5, 10.2, 8.5, 9.8, 1),
    "ALB": ("Albumin", "g/dL", 3.5, 5.0, 2.9, 3.9, 1), "BNP": ("BNP", "pg/mL", 0, 100, 40, 300, 0),
    "TSH": ("TSH", "uIU/mL", 0.45, 4.5, 0.8, 4.2, 2), "A1C": ("Hemoglobin A1c", "%", 4.0, 5.6, 5.6, 8.1, 1),
    "LDL": ("LDL Cholesterol", "mg/dL", 0, 99, 60, 130, 0), "INR": ("INR", "", 0.9, 1.1, 0.9, 1.1, 1),
    "MG": ("Magnesium", "mg/dL", 1.7, 2.4, 1.7, 2.3, 1), "VITD": ("Vitamin D, 25-OH", "ng/mL", 30, 100, 14, 42, 0),
}


def labval(r, p, k):
    nm, u, lo, hi, tl, th, dec = LABDEF[k]
    rng = p.scen["labs"].get(k)
    keys = [c["k"] for c in p.comorb]
    if rng: tl, th = rng
    elif k == "CREAT" and "ckd" in keys: tl, th = 1.4, 2.0
    elif k == "GLU" and "dm" in keys: tl, th = 120, 240
    elif k == "A1C" and "dm" in keys: tl, th = 6.6, 8.9
    elif k == "HGB" and "anem" in keys: tl, th = 9.2, 11.0
    v = round(r.uniform(tl, th), dec)
    if dec == 0: v = int(v)
    flag = "H" if v > hi else ("L" if v < lo else "")
    return nm, v, u, "%s-%s" % (lo, hi) if k not in ("BNP", "LDL") else "<%s" % hi, flag


def letterhead(r, place, style=None):
    style = r.randint(0, 4) if style is None else style
    n, a = place["name"], "%s, %s, %s %s" % (place["addr"], place["town"], place["st"], place["zip"])
    if style == 0: return "%s\n%s\nPhone %s   Fax %s" % (n, a, place["phone"], place["fax"])
    if style == 1: return "%s\n%s\n%s\nTel: %s | Fax: %s" % (n.upper(), place["addr"], "%s, %s %s" % (place["town"], place["st"], place["zip"]), place["phone"], place["fax"])
    if style == 2: return "%s  *  %s  *  %s" % (n, a, place["phone"])
    if style == 3: return "   " + n + "\n   " + "-" * len(n) + "\n   " + a
    return n.upper()


def fax_header(r, p, pg=None, tot=None):
    tot = tot or r.randint(2, 14)
    pg = pg or r.randint(1, tot)
    src = r.choice([p.hosp, p.fac])
    style = r.randint(0, 3)
    d = p.date
    if style == 0:
        return "%s %s  FROM: %s  %s   TO: %s   P.%03d/%03d" % (D(d, 1), T(r), src["fax"], src["name"][:24].upper(), r.choice([p.fac, p.hosp])["fax"], pg, tot)
    if style == 1:
        return "%s %s    %s    #%d P. %d/%d" % (d.strftime("%b/%d/%Y").upper(), T12(r), src["fax"], r.randint(1000, 9999), pg, tot)
    if style == 2:
        return "Received: %s %s; From: %s -> %s; Page %d of %d" % (D(d, 0), T(r), src["fax"], "FAX SERVER", pg, tot)
    return "%s  %s   %s   PAGE %02d" % (d.strftime("%m-%d-'%y"), T(r), src["name"][:20].upper(), pg)


def footer(r, p):
    c = r.randint(0, 6)
    if c == 0: return "Printed %s %s by %s                Page 1 of 1" % (D(p.date), T(r), sname(r, "").split()[0].lower())
    if c == 1: return "%s | %s | DOB %s | MRN %s" % (p.ehr, name(p, 2), D(p.dob), p.mrn)
    if c == 2: return "CONFIDENTIAL: This document contains protected health information."
    if c == 3: return "Resident: %s     Rm: %s     Physician: %s" % (name(p, 2), p.room, p.md)
    if c == 4: return "%s  v%d.%d   Pg 1" % (p.ehr, r.randint(4, 12), r.randint(0, 9))
    return ""


SUBS = [("l", "1"), ("I", "l"), ("O", "0"), ("rn", "m"), ("m", "rn"), ("e", "c"), (".", ","), ("S", "5"),
        ("cl", "d"), ("ti", "fi"), ("h", "b"), ("a", "o"), ("i", "l"), (",", "."), ("B", "8"), ("fl", "f1"), ("u", "ii")]


def ocr(r, text, level):
    if level <= 0: return text
    out = []
    for line in text.split("\n"):
        if line.strip() and r.random() < level:
            for _ in range(r.randint(1, 2)):
                a, b = r.choice(SUBS)
                idx = [i for i in range(len(line)) if line.startswith(a, i)]
                if idx:
                    i = r.choice(idx)
                    line = line[:i] + b + line[i + len(a):]
        if line.strip() and r.random() < level * 0.3:
            i = r.randint(0, len(line))
            line = line[:i] + r.choice([" ", "  ", "", "'", "|", "."]) + line[i:]
        if r.random() < level * 0.05:
            out.append(r.choice(["", ".", "|", "_", "  ~", "' ,"]))
        out.append(line.rstrip() if r.random() < 0.8 else line)
    return "\n".join(out)


def wrap(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) > width:
            ind = len(line) - len(line.lstrip())
            out.extend(textwrap.wrap(line, width, subsequent_indent=" " * min(ind, 6)) or [""])
        else:
            out.append(line)
    return "\n".join(out)


def paginate(r, text, p, every=None):
    lines = text.split("\n")
    every = every or r.randint(48, 62)
    if len(lines) <= every: return text
    chunks = [lines[i:i + every] for i in range(0, len(lines), every)]
    n = len(chunks)
    hs = r.randint(0, 2)
    out = []
    for i, ch in enumerate(chunks):
        if i > 0:
            if hs == 0: out.append("%s  MRN: %s  DOB: %s" % (name(p, 1), p.mrn, D(p.dob)))
            elif hs == 1: out.append("Patient: %s (cont.)" % name(p, 2))
            out.append("")
        out.extend(ch)
        out.append("")
        out.append("Page %d of %d" % (i + 1, n) if hs != 2 else "- %d -" % (i + 1))
        out.append("")
    return "\n".join(out)


def sig(r, who, d=None, style=None):
    style = r.randint(0, 5) if style is None else style
    ds = D(d) if d else ""
    if style == 0: return "Electronically signed by %s on %s %s" % (who, ds, T(r))
    if style == 1: return "_______________________________\n%s          Date: %s" % (who, ds)
    if style == 2: return "%s\n%s" % (r.choice(["/s/ ", "Signed: ", "", "e-signed: "]) + who, ds)
    if style == 3: return "Dictated by: %s\nD: %s  T: %s\nJob #%d / Doc #%d" % (who, D(d, 1) if d else "", D(d + timedelta(days=r.randint(0, 2)), 1) if d else "", r.randint(100000, 999999), r.randint(1000000, 9999999))
    if style == 4: return "-- %s" % who
    return "Signature: %s\nDate/Time: %s %s" % (who, ds, T(r))


def hdr_block(r, p, style=None, hosp=False):
    style = r.randint(0, 5) if style is None else style
    fac = p.hosp if hosp else p.fac
    mrn = p.hmrn if hosp else p.mrn
    if style == 0:
        return "Patient: %s    DOB: %s    MRN: %s\nDate of Service: %s" % (name(p, 2), D(p.dob), mrn, D(p.date))
    if style == 1:
        return "NAME: %s\nDOB: %s   AGE: %d   SEX: %s\nMR#: %s   %s: %s" % (name(p, 1), D(p.dob), p.age, p.sex, mrn, "ROOM" if not hosp else "ACCT", p.room if not hosp else p.acct)
    if style == 2:
        return "Resident: %s   Room/Bed: %s   Unit: %s\nAdmit: %s   Attending: %s" % (name(p, 2), p.room, p.unit, D(p.admit), p.md)
    if style == 3:
        return "%s | %s | %d%s | %s" % (name(p, 1), D(p.dob, 4), p.age, p.sex, mrn)
    if style == 4:
        return "RE: %s\nDOB: %s" % (name(p, 0), D(p.dob, 2))
    return "%s\n%s   (%s)   #%s" % (fac["name"], name(p, 2), D(p.dob), mrn)


def hx(r, style):
    """heading formatter: returns function mapping label -> heading text"""
    def f(lbl):
        if style == 0: return lbl.upper() + ":"
        if style == 1: return lbl + ":"
        if style == 2: return lbl.upper() + "\n" + "-" * len(lbl)
        if style == 3: return "[" + lbl + "]"
        if style == 4: return "** " + lbl.upper() + " **"
        return lbl.upper()
    return f


def ros_block(r, p, style=0):
    systems = ["Constitutional", "Eyes", "ENT", "Cardiovascular", "Respiratory", "GI", "GU", "Musculoskeletal",
               "Skin", "Neuro", "Psych", "Heme/Lymph", "Endocrine"]
    pos = {"hip": "Musculoskeletal", "tka": "Musculoskeletal", "chf": "Cardiovascular", "pna": "Respiratory",
           "copd": "Respiratory", "cva": "Neuro", "uti": "GU", "cell": "Skin", "ltc": "Psych", "ltc2": "Neuro"}[p.scen["key"]]
    if style == 0:
        return "\n".join("%s: %s" % (s, ("positive - see HPI" if s == pos else r.choice(["negative", "neg", "denies", "no complaints", "negative"]))) for s in systems[:r.randint(8, 13)])
    if style == 1:
        return "\n".join("%-16s [%s] WNL  [%s] see HPI" % (s, " " if s == pos else "x", "x" if s == pos else " ") for s in systems)
    return "%s per HPI. %s" % (pos, r.choice(["All other systems reviewed and negative.", "10-point ROS otherwise negative.",
                                             "Remainder of ROS negative or limited by cognition.", "Unable to obtain full ROS due to cognitive impairment; per nursing no new complaints."]))


def exam_block(r, p, v, style=0):
    cogn = "oriented to self only" if p.scen["key"] == "ltc" or "mci" in [c["k"] for c in p.comorb] and r.random() < .5 else "alert and oriented x3"
    rows = [("General", r.choice(["elderly %s resting in bed, NAD" % ("man" if p.sex == "M" else "woman"), "seated in wheelchair, no acute distress", "frail, pleasant, in no distress", "well-groomed, NAD"])),
            ("HEENT", r.choice(["NC/AT, MMM, oropharynx clear", "PERRL, EOMI, mucosa moist", "dentures in place, mucous membranes moist"])),
            ("Neck", r.choice(["supple, no JVD", "supple", "no lymphadenopathy, no JVD"])),
            ("CV", "irregularly irregular, rate controlled" if "af" in [c["k"] for c in p.comorb] else r.choice(["RRR, no murmur", "regular rate and rhythm, II/VI systolic murmur LUSB", "S1S2 regular, no m/r/g"])),
            ("Lungs", r.choice(["CTA bilaterally", "clear anteriorly, diminished bases", "no wheezes or rales"]) if p.scen["key"] not in ("pna", "copd", "chf") else p.scen["exam"]),
            ("Abdomen", r.choice(["soft, NT/ND, +BS", "soft, nontender, bowel sounds present", "obese, soft, nontender"])),
            ("Ext", p.scen["exam"] if p.scen["key"] in ("hip", "tka", "cell") else r.choice(["no edema", "trace bilateral ankle edema", "no cyanosis, clubbing or edema"])),
            ("Skin", r.choice(["warm, dry, intact", "intact, sacrum without breakdown", "stage 2 pressure injury sacrum 1.5 x 1.0 cm, clean base", "senile purpura forearms"])),
            ("Neuro", p.scen["exam"] if p.scen["key"] in ("cva", "ltc2") else "%s, moves all extremities, speech clear" % cogn),
            ("Psych", r.choice(["calm, cooperative", "pleasant, mood euthymic", "flat affect", "mildly anxious"]))]
    if style == 0: return "\n".join("%s: %s" % a for a in rows)
    if style == 1: return "\n".join("  %-9s %s" % (a[0].upper(), a[1]) for a in rows)
    return " ".join("%s: %s." % (a[0], a[1].rstrip(".")) for a in rows)


def render(r, p, text, hosp_origin=False):
    """apply scan/OCR artefacts"""
    if r.random() < 0.35:
        text = wrap(text, r.randint(68, 96))
    if r.random() < 0.25:
        text = fax_header(r, p) + "\n" + text
    if r.random() < 0.3:
        f = footer(r, p)
        if f: text = text + "\n\n" + f
    if r.random() < 0.35:
        text = paginate(r, text, p)
    lvl = r.choice([0, 0, 0, 0.03, 0.05, 0.08, 0.12, 0.2])
    return ocr(r, text, lvl)


def lab_table(r, p, title=True):
    ks = ["WBC", "HGB", "HCT", "PLT", "NA", "K", "CL", "CO2", "BUN", "CREAT", "GLU", "CA", "ALB"] + r.sample(["MG", "TSH", "BNP", "INR", "A1C"], 2)
    out = ["Pertinent laboratory data:" if title else ""]
    for k in ks:
        nm, v, u, rg, fl = labval(r, p, k)
        out.append("  %-16s %-8s %-2s %s" % (nm, v, fl, u))
    return "\n".join(x for x in out if x)


def therapy_summary(r, p):
    pt = "PT: gait %d ft with %s, %s assist; transfers %s; stairs %s." % (r.randint(10, 250), r.choice(["rolling walker", "hemi-walker", "quad cane", "no device"]), r.choice(["min", "mod", "CGA", "SBA"]), r.choice(["min assist", "SBA", "mod assist x1"]), r.choice(["not attempted", "4 steps with rail, CGA", "12 steps with rail, SBA"]))
    ot = "OT: LB dressing %s, toileting %s, grooming %s seated at sink." % (r.choice(["mod A", "min A", "SBA with reacher"]), r.choice(["min A", "CGA", "mod A"]), r.choice(["set-up", "independent"]))
    st = "SLP: %s" % r.choice(["cognitive-linguistic tx, SLUMS %d/30" % r.randint(12, 27), "dysphagia tx, tolerating mech soft/thin", "not indicated"])
    return "\n".join([pt, ot, st])


def imaging_summary(r, p):
    k = p.scen["key"]
    return {"hip": "X-ray %s hip: intertrochanteric fracture; post-op films with satisfactory alignment of IM nail." % p.side, "chf": "CXR: cardiomegaly, vascular congestion, small bilateral effusions. TTE: LVEF 30%, global hypokinesis.",
            "pna": "CXR: RLL consolidation.", "cva": "MRI brain: acute L MCA infarct. CTA head/neck: no LVO, 40% R ICA stenosis. TTE: EF 55%, no thrombus.", "uti": "CT A/P: mild L perinephric stranding, no hydronephrosis or stone.",
            "copd": "CXR: hyperinflation, no infiltrate.", "tka": "Post-op knee films: components well positioned.", "cell": "Venous duplex %s LE: no DVT." % p.side}.get(k, "None this admission.")


# ============================================================================= document types
def meds_block(r, p, style=None, meds=None):
    style = r.randint(0, 4) if style is None else style
    meds = p.meds if meds is None else meds
    if style == 2:
        return "\n".join(med_line(m, 2) for m in meds)
    num = r.random() < 0.5
    return "\n".join(("%d. " % (i + 1) if num else "- ") + med_line(m, style) for i, m in enumerate(meds))


def g_discharge_summary(r, p):
    lay = r.randint(0, 6)
    h = hx(r, r.randint(0, 5))
    dx = diag_list(p, r)
    hd = p.hosp_dc
    los = (p.hosp_dc - p.hosp_admit).days
    fu = ["PCP/SNF attending within 7 days", "Orthopedics 2 weeks" if p.scen["key"] in ("hip", "tka") else "Cardiology 2-4 weeks" if p.scen["key"] == "chf" else "Neurology 6-8 weeks" if p.scen["key"] == "cva" else "Pulmonology 4 weeks" if p.scen["key"] == "copd" else "PCP 1-2 weeks after SNF discharge"]
    if lay == 0:  # classic hospital discharge summary
        t = [letterhead(r, p.hosp), "", r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY", "Physician Discharge Summary"]), "",
             "Patient Name: %s        MRN: %s" % (name(p, 1), p.hmrn), "DOB: %s        Account #: %s" % (D(p.dob), p.acct),
             "Admission Date: %s" % D(p.hosp_admit), "Discharge Date: %s" % D(hd), "Attending Physician: %s" % p.hmd,
             "Discharge Disposition: %s" % r.choice(["Skilled nursing facility", "SNF - %s" % p.fac["name"], "Transfer to SNF for short-term rehab"]), "",
             h("Principal Diagnosis"), dx[0], "", h("Secondary Diagnoses"), "\n".join(dx[1:]), "",
             h("Hospital Course"), p.scen["course"], "", h("Procedures"),
             "%s" % ({"hip": "%s hip cephalomedullary nail" % p.side.capitalize(), "tka": "%s total knee arthroplasty" % p.side.capitalize()}.get(p.scen["key"], "None")), "",
             h("Condition at Discharge"), r.choice(["Stable", "Fair, improved", "Stable, improved"]), "",
             (h("Pertinent Results") + "\n" + lab_table(r, p, False) + "\n" + imaging_summary(r, p) + "\n") if r.random() < .6 else "",
             (h("Functional Status") + "\n" + therapy_summary(r, p) + "\n") if r.random() < .5 else "",
             h("Discharge Medications"), meds_block(r, p), "", h("Allergies"), ", ".join(p.allergies), "",
             h("Follow-up"), "\n".join(fu), "", h("Code Status"), p.code, "", sig(r, p.hmd, hd)]
    elif lay == 1:  # dictated narrative
        t = [p.hosp["name"].upper(), "", "DATE OF ADMISSION: %s" % D(p.hosp_admit, 0), "DATE OF DISCHARGE: %s" % D(hd, 0), "",
             "ADMITTING DIAGNOSIS: %s." % p.scen["short"], "DISCHARGE DIAGNOSES:", "\n".join("%d.  %s." % (i + 1, d) for i, d in enumerate(dx)), "",
             "HISTORY OF PRESENT ILLNESS:  The patient is a %s who %s" % (age_sex(p), p.scen["hpi"][0].lower() + p.scen["hpi"][1:]), "",
             "HOSPITAL COURSE:  %s  The patient was seen by physical therapy and occupational therapy who recommended short-term rehabilitation at a skilled facility.  Case management arranged placement at %s." % (p.scen["course"], p.fac["name"]), "",
             ("LABORATORY DATA:  " + "; ".join("%s %s" % labval(r, p, k)[:2] for k in ["WBC", "HGB", "PLT", "NA", "K", "BUN", "CREAT", "GLU"]) + ".  " + imaging_summary(r, p) + "\n") if r.random() < .7 else "",
             "DISCHARGE MEDICATIONS:  " + "; ".join(med_line(m) for m in p.meds) + ".", "",
             "DISPOSITION:  Skilled nursing facility.  Diet %s.  Activity as tolerated with assistance.  Follow up as above." % r.choice(["cardiac", "regular", "consistent carbohydrate", "dysphagia 2 with nectar-thick liquids" if p.scen["key"] == "cva" else "regular"]), "",
             sig(r, p.hmd, hd, 3), "cc: %s; %s" % (p.pcp, p.fac["name"])]
    elif lay == 2:  # SNF discharge to home
        dcd = p.date
        t = [p.fac["name"], r.choice(["Discharge Summary - Skilled Services", "DISCHARGE SUMMARY", "Recapitulation of Stay", "Physician Discharge Note"]), hdr_block(r, p, 2), "",
             "Date of discharge: %s    Length of stay: %d days" % (D(dcd), (dcd - p.admit).days + r.randint(5, 20)),
             "Discharged to: %s" % r.choice(["home with spouse, home health PT/OT/RN", "home alone with home health and family check-ins", "assisted living (%s)" % r.choice(["Briarwood AL", "The Gables", "Sunrise Court"]), "daughter's home with outpatient PT"]), "",
             h("Reason for SNF admission"), p.scen["dx"], "", h("Summary of stay"),
             "%s %s was admitted from %s following hospitalization %s to %s. %s Therapy progress: %s. No falls during stay. %s" % (
                 p.Mr, p.last, p.hosp["name"], D(p.hosp_admit), D(p.hosp_dc), r.choice(["Course was uneventful.", "Course complicated by constipation, resolved with bowel regimen.", "Had one episode of hypoglycemia (62) with insulin adjusted.", "Brief UTI treated with nitrofurantoin."]),
                 r.choice(["ambulating 150 ft with rolling walker, supervision", "transfers independent, ambulating household distances with cane", "stairs x 4 with rail and SBA", "modified independent with ADLs"]),
                 r.choice(["Skin intact at discharge.", "Surgical incision healed, staples removed.", "Stage 2 sacral area healed."])), "",
             therapy_summary(r, p) if r.random() < .6 else "", "",
             h("Functional status at discharge"), "Self-care (GG0130): %s\nMobility (GG0170): %s" % (r.choice(["05 setup", "04 supervision", "06 independent"]), r.choice(["04 supervision", "05 setup", "03 partial/moderate assist"])), "",
             h("Medications at discharge"), meds_block(r, p), "", h("Follow-up"), "\n".join(fu), "", sig(r, r.choice([p.md, p.np]), dcd)]
    elif lay == 3:  # death summary
        dd = p.date
        t = [p.fac["name"], "", r.choice(["DEATH SUMMARY", "Discharge Summary (Expired)", "Summary - Resident Expired", "Final Note"]), "",
             "Resident: %s   DOB %s   Room %s" % (name(p, 2), D(p.dob), p.room), "Admission: %s     Date of death: %s  Time: %s" % (D(p.admit), D(dd), T(r)), "",
             "%s %s was a %s admitted for %s with comorbidities including %s. Code status %s. Over the past %s %s had %s. Goals of care discussed with %s (%s), who elected comfort-focused care with %s involvement." % (
                 p.Mr, p.last, age_sex(p), p.scen["short"], ", ".join(c["dx"].lower() for c in p.comorb), p.code, r.choice(["week", "several days", "month"]), H(p, "he"),
                 r.choice(["progressive decline in oral intake and increased somnolence", "recurrent aspiration and fevers", "declining function and weight loss of 9% in 30 days"]), p.contact, p.crel, r.choice(["hospice", "palliative care", "hospice (%s Hospice)" % r.choice(TOWNS)])), "",
             "Nursing found the resident without respirations at %s. Death pronounced by %s. No heartbeat on auscultation for 60 seconds, pupils fixed. Family notified. %s" % (T(r), r.choice(["RN per facility policy", p.np, p.md]), r.choice(["Medical examiner not notified - expected death.", "Funeral home: %s Funeral Home." % r.choice(LN)])), "",
             "Cause of death: %s\nContributing: %s" % (r.choice(["Failure to thrive in setting of advanced dementia", "Heart failure", "Aspiration pneumonia", "Complications of " + p.scen["short"]]), ", ".join(c["dx"] for c in p.comorb[:2])), "", sig(r, p.md, dd)]
    elif lay == 4:  # checklist form
        t = [letterhead(r, p.fac, 4), "Form SNF-DC-%d   Discharge / Post-Discharge Plan of Care" % r.randint(10, 99), "", hdr_block(r, p, 1), "",
             "Discharge date: %s   Time: %s" % (D(p.date), T12(r)),
             "Discharge to:  [%s] Home  [%s] Home w/ HH  [%s] ALF  [%s] Other facility  [ ] Hospital" % tuple(r.sample(["X", " ", " ", " "], 4)),
             "Accompanied by: %s (%s)" % (p.contact, p.crel), "Primary Dx: %s" % p.scen["dx"], "",
             "Medications reconciled with resident/family:  [X] Yes  [ ] No", "Prescriptions given:  [X] Yes  [ ] N/A",
             "Home health agency: %s Home Care   Phone %s" % (r.choice(["Visiting Angels of", "Comfort", "Lakeshore", "Summit"]), rphone(r)),
             "DME: %s" % ", ".join(r.sample(["rolling walker", "shower chair", "raised toilet seat", "wheelchair", "hospital bed", "grab bars"], 3)), "",
             "Summary of stay / course:", "  " + r.choice(["Progressed well with therapy. Goals met.", "Partial goals met; family able to assist at home.", "Resident chose to discharge against recommendation for further therapy (AMA form signed)."]), "",
             "Discharge medications: see attached reconciliation (%d items)" % len(p.meds), "",
             "Physician signature: %s   Date: %s" % (p.md, D(p.date)), "Nurse signature: %s" % sname(r, "RN")]
    elif lay == 5:  # NP short
        t = ["%s - %s" % (p.np.split(",")[0], r.choice(["Discharge Visit", "SNF discharge", "D/C note"])), "Date: %s" % D(p.date, 5), "", "%s, %s" % (name(p, 0), age_sex(p, 1)), "",
             "Seen today for discharge from skilled rehab. Admitted %s after %s. %s" % (D(p.admit, 1), p.scen["short"], r.choice(["Feels ready to go home.", "Pt eager for discharge.", "Family at bedside."])),
             "Vitals stable: " + vit_str(vitals(r, p), 2), "Exam unchanged from prior, " + p.scen["exam"].split(".")[0].lower() + ".", "",
             "A/P:", "\n".join("- " + x for x in [p.scen["short"] + ": goals met, d/c home with HH"] + ["%s stable, continue home regimen" % c["dx"] for c in p.comorb[:3]]),
             "- Med rec done, %d meds, no controlled substances dispensed" % len(p.meds) if r.random() < .5 else "- Oxycodone: 3 day supply given, PDMP checked",
             "- F/u " + fu[0], ">30 min spent on discharge day management.", "", p.np]
    else:  # faxed hospitalist summary w/ numbered problem list
        t = [p.hosp["name"] + " - Hospitalist Service", "", "Discharge Summary  (Final)", "%s   DOB %s   %s   Adm %s  D/C %s  LOS %d" % (name(p, 2), D(p.dob, 1), p.hmrn, D(p.hosp_admit, 1), D(hd, 1), los), "",
             "Brief HPI: " + p.scen["hpi"], "", "Problem-based hospital course:"]
        t += ["#%d %s - %s" % (i + 1, d, (p.scen["course"] if i == 0 else r.choice(["stable, home meds continued", "continued", "no changes", "monitored, at baseline"]))) for i, d in enumerate(diag_list(p, r, codes=False))]
        t += ["", "Pertinent results: " + ", ".join("%s %s" % (labval(r, p, k)[0], labval(r, p, k)[1]) for k in ["WBC", "HGB", "CREAT", "NA"]) if r.random() < .5 else lab_table(r, p), "Imaging: " + imaging_summary(r, p),
              "Consults: %s" % r.choice(["Orthopedics, PT/OT", "Cardiology", "Neurology, SLP", "ID", "None"]), "",
              "Meds changed: NEW %s; STOPPED %s" % (p.meds[0][0], r.choice(["ibuprofen", "glipizide", "hydrochlorothiazide", "none", "lorazepam"])),
              "Full discharge med list:", meds_block(r, p, 0), "", "Pending at discharge: %s" % r.choice(["none", "blood cultures (final)", "TSH", "urine culture"]), "",
              "Time spent on discharge >30 min.", sig(r, p.hmd, hd, 0)]
    return "\n".join(t)


def g_history_physical(r, p):
    lay = r.randint(0, 6)
    h = hx(r, r.randint(0, 5))
    v = vitals(r, p)
    dx = diag_list(p, r)
    pmh = [c["dx"] for c in p.comorb] + r.sample(["cholecystectomy", "cataract extraction OU", "appendectomy remote", "TAH", "tonsillectomy", "hernia repair", "CABG x3 2004", "colon polyps"], r.randint(1, 3))
    soc = "%s. %s. Tobacco: %s. Alcohol: %s. Prior to admission lived %s." % (p.marital, r.choice(["Retired teacher", "Retired machinist", "Former farmer", "Retired nurse", "Worked at the paper mill", "Homemaker"]), r.choice(["never", "former, quit 1990", "40 pack-years, quit 2005", "current 1/2 ppd"]), r.choice(["none", "rare", "1-2 beers/week"]), r.choice(["alone in a 2-story house", "with spouse in a ranch home", "with daughter", "in independent living apartment"]))
    fh = r.choice(["Noncontributory.", "Mother - stroke; father - MI.", "Non-contributory at this age.", "Sister with breast cancer."])
    if p.rehab:
        reason = "Admitted to SNF for skilled therapy and nursing following hospitalization for %s." % p.scen["short"]
    else:
        reason = "Readmission to long-term care after brief hospitalization." if r.random() < .5 else "Annual comprehensive H&P, long-stay resident."
    assess = []
    for i, d in enumerate(dx):
        assess.append("%d. %s" % (i + 1, d))
        if i == 0:
            assess += ["   - " + x for x in p.scen["plan"][:r.randint(3, 6)]]
        else:
            assess.append("   - " + r.choice(["continue current medications", "stable, monitor", "continue home regimen", "labs in AM", "at goal"]))
    if lay == 0:
        t = [letterhead(r, p.fac), "", r.choice(["ADMISSION HISTORY AND PHYSICAL", "History & Physical", "H&P - SNF Admission", "ADMISSION H&P"]), hdr_block(r, p), "",
             h("Chief Complaint"), r.choice(["Rehab after " + p.scen["short"], "Weakness", "\"I want to get strong enough to go home\"", p.scen["short"]]), "",
             h("History of Present Illness"), "%s %s is a %s %s %s" % (p.Mr, p.last, age_sex(p), "who is admitted from %s." % p.hosp["name"], p.scen["hpi"]), "",
             h("Past Medical History"), "\n".join("- " + x for x in pmh), "", h("Medications"), meds_block(r, p), "",
             h("Allergies"), ", ".join(p.allergies), "", h("Social History"), soc, "", h("Family History"), fh, "",
             h("Review of Systems"), ros_block(r, p, r.randint(0, 2)), "", h("Physical Exam"), vit_str(v, 1), exam_block(r, p, v, 0), "",
             (h("Data Reviewed") + "\n" + lab_table(r, p, False) + "\n" + imaging_summary(r, p) + "\n") if r.random() < .7 else "",
             (h("Functional Status / Therapy") + "\n" + therapy_summary(r, p) + "\n") if p.rehab and r.random() < .6 else "",
             h("Assessment and Plan"), "\n".join(assess), "", "Code status: %s, discussed with %s." % (p.code, r.choice(["patient", "patient and %s" % p.crel, "HCPOA (%s)" % p.crel])),
             "Prognosis for rehab: %s." % r.choice(["good", "fair", "guarded"]), "", sig(r, p.md, p.date)]
    elif lay == 1:  # NP initial comprehensive visit
        t = ["%s  -  Provider Note" % p.fac["name"], "Visit type: %s   CPT %s" % (r.choice(["Initial Nursing Facility Care", "Initial comprehensive visit"]), r.choice(["99304", "99305", "99306"])), "%s   DOS: %s" % (name(p, 2), D(p.date)), "",
             "CC/Reason for visit: " + reason, "", "HPI: " + p.scen["hpi"] + " " + r.choice(["Today reports pain controlled.", "No complaints this am.", "Slept poorly, otherwise ok.", "Per nursing, ate 50% of breakfast."]), "",
             "PMH: " + "; ".join(pmh), "PSH: see PMH", "Meds (reviewed with hospital d/c list and MAR):", meds_block(r, p, 0), "ALL: " + ", ".join(p.allergies), "SH: " + soc, "FH: " + fh, "",
             "ROS: " + ros_block(r, p, 2), "", "Vitals: " + vit_str(v, 0), "PE:", exam_block(r, p, v, 1), "",
             ("Labs reviewed: " + ", ".join("%s %s%s" % (labval(r, p, k)[0], labval(r, p, k)[1], "") for k in ["HGB", "WBC", "CREAT", "K"])) if r.random() < .5 else lab_table(r, p), "",
             "Hospital records reviewed: " + imaging_summary(r, p), "Therapy evaluations:\n" + therapy_summary(r, p) if p.rehab and r.random() < .5 else "", "",
             "Assessment/Plan:", "\n".join(assess), "", "Advance care planning: %s" % p.code, "", p.np, "Collaborating physician: " + p.md]
    elif lay == 2:  # hospital H&P incoming
        t = [p.hosp["name"], "Internal Medicine Admission H&P", "", hdr_block(r, p, 1, hosp=True), "Date of admission: %s" % D(p.hosp_admit), "Source: %s" % r.choice(["ED", "ED via EMS", "direct admit"]), "",
             "CC: " + r.choice(["fall", "SOB", "fever and confusion", "leg redness", "weakness"]) if p.scen["key"] not in ("tka",) else "CC: elective surgery", "",
             "HPI: " + p.scen["hpi"].split(".")[0] + ". " + p.scen["hpi"].split(".")[1] + ".", "",
             "PMH: " + ", ".join(pmh), "Home meds: " + ", ".join(med_line(m) for m in p.meds if m not in p.scen["meds"]), "Allergies: " + ", ".join(p.allergies), "Social: " + soc, "",
             "ROS:", ros_block(r, p, 0), "", "Exam: " + vit_str(v, 3), exam_block(r, p, v, 2), "",
             "Assessment: %s admitted with %s." % (age_sex(p, 1), p.scen["short"]), "Plan:", "\n".join("- " + x for x in r.sample(["admit to medicine, telemetry", "IV fluids", "consult orthopedics", "blood cultures x2", "VTE ppx", "PT/OT eval", "NPO after midnight", "CXR, UA, lactate"], 4)),
             "Code: " + p.code, "", sig(r, p.hmd, p.hosp_admit, 0)]
    elif lay == 3:  # brief admission note
        t = ["ADMIT NOTE  %s  %s" % (D(p.date, 1), T12(r)), "%s  Rm %s" % (name(p, 1), p.room), "",
             "%s from %s s/p %s. %s" % (age_sex(p, 1), p.hosp["name"].split(" ")[0] + " " + r.choice(["RMC", "Hosp", "Mem"]), p.scen["short"], p.scen["course"]), "",
             "PMH " + ", ".join(c["dx"] for c in p.comorb), "All " + "/".join(p.allergies), "", vit_str(v, 2), exam_block(r, p, v, 2), "",
             "Imp/Plan", "\n".join(assess), "", "Med rec completed against hospital DC list. %s" % r.choice(["No discrepancies.", "Hospital omitted home levothyroxine - resumed.", "Clarified insulin dose with hospital pharmacy.", ""]),
             p.code + ".", "", p.md.split(",")[0]]
    elif lay == 4:  # dictated narrative
        t = [p.fac["name"].upper(), "ATTENDING PHYSICIAN ADMISSION EVALUATION", "", "RESIDENT:  %s     ROOM:  %s" % (name(p, 1), p.room), "DATE OF EVALUATION:  %s" % D(p.date, 2), "",
             "This %s is seen today on admission to %s.  %s  %s past medical history is significant for %s.  %s is on the following medications: %s.  Allergies: %s." % (
                 age_sex(p, 3), p.unit, p.scen["hpi"], H(p, "His"), ", ".join(c["dx"].lower() for c in p.comorb), H(p, "He"), ", ".join(med_line(m) for m in p.meds), ", ".join(p.allergies)), "",
             "SOCIAL HISTORY:  " + soc + "  FAMILY HISTORY:  " + fh, "", "REVIEW OF SYSTEMS:  " + ros_block(r, p, 2), "",
             ("LABORATORY:  " + "; ".join("%s %s" % labval(r, p, k)[:2] for k in ["WBC", "HGB", "NA", "K", "CREAT", "GLU", "ALB"]) + ".  " + imaging_summary(r, p) + "\n") if r.random() < .6 else "",
             "On examination, %s.  %s" % (vit_str(v, 3), exam_block(r, p, v, 2)), "",
             "IMPRESSION:", "\n".join("%d.  %s" % (i + 1, d) for i, d in enumerate(dx)), "",
             "PLAN:  " + "  ".join(x[0].upper() + x[1:] + "." for x in p.scen["plan"]) + "  Code status %s." % p.code, "", sig(r, p.md, p.date, 3)]
    elif lay == 5:  # form style with checkboxes
        t = [letterhead(r, p.fac, 4), "PHYSICIAN ADMISSION HISTORY & PHYSICAL EXAMINATION   (Form MR-%d Rev %d/%02d)" % (r.randint(100, 400), r.randint(1, 12), r.randint(5, 22)), "", hdr_block(r, p, 1), "",
             "Admitted from:  [%s] Hospital  [%s] Home  [ ] Other facility" % ("X" if p.rehab else " ", " " if p.rehab else "X"), "Admission diagnosis: " + p.scen["dx"], "",
             "History of present illness:", "  " + p.scen["hpi"], "", "Past history:  " + "; ".join(pmh), "", "ROS:", ros_block(r, p, 1), "",
             "Physical examination:", "  Ht %d in   Wt %d lb   %s" % (p.ht, p.wt, vit_str(v, 0)), exam_block(r, p, v, 1), "",
             "Mental status:  [ ] Alert/oriented  [%s] Confused  [ ] Lethargic" % ("X" if p.scen["key"] == "ltc" else " "), "Rehabilitation potential:  [%s] Good  [%s] Fair  [%s] Poor" % tuple(r.sample(["X", " ", " "], 3)),
             "Diagnoses:", "\n".join("  " + d for d in dx), "", "Orders: see physician order sheet", "Resident may participate in activities:  [X] Yes  [ ] No",
             "Advance directives on chart:  [X] Yes  [ ] No    Code: " + p.code, "", "Physician: %s    Date: %s" % (p.md, D(p.date))]
    else:  # annual H&P long stay
        t = ["%s     Annual History & Physical" % p.fac["name"] if r.random() < .5 else p.fac["name"], hdr_block(r, p, 2), "",
             "Resident has resided at this facility since %s. %s" % (D(p.admit, 2), p.scen["hpi"] if not p.rehab else "Admitted for rehab after " + p.scen["short"] + "."),
             "Interval events past year: %s." % r.choice(["one fall without injury", "no hospitalizations", "treated for UTI x1", "weight loss 4 lb", "none significant"]), "",
             "Active problems:", "\n".join("  " + d for d in dx), "", "Current medications:", meds_block(r, p, 4), "",
             "Exam: " + vit_str(v, 1), exam_block(r, p, v, 0), "", "Cognition: BIMS %d/15.  PHQ-9: %d.  Falls risk: %s." % (r.randint(3, 15), r.randint(0, 12), r.choice(["high", "moderate"])), "",
             "Plan:", "\n".join("- " + x for x in p.scen["plan"]), "- Immunizations reviewed (influenza, pneumococcal).", "- Code status reviewed: " + p.code, "", sig(r, p.md, p.date)]
    return "\n".join(t)


def g_progress_note(r, p):
    lay = r.randint(0, 6)
    v = vitals(r, p)
    keys = [c["k"] for c in p.comorb]
    acute = r.choice([("nursing reports new cough and low-grade temp 99.8", "Possible URI vs early aspiration. CXR mobile ordered, CBC/BMP, encourage fluids, recheck in 48 h."),
                      ("unwitnessed fall in room last night, found sitting on floor", "Fall without apparent injury. Neuro checks x72h completed per protocol, no anticoag changes, PT screen, check orthostatics, review meds for fall risk."),
                      ("increased confusion x2 days", "Acute change in mental status, r/o infection/metabolic. UA with C&S if symptomatic, BMP, CBC. Hold sedating meds. CAM positive."),
                      ("blood sugars 250-320 past 3 days", "Hyperglycemia. Increase glargine by 2 units, continue SSI. Check A1c."),
                      ("new redness on sacrum", "Stage 1 pressure injury sacrum. Offload, turn q2h, barrier cream, dietitian consult."),
                      ("2 lb weight gain and increased ankle edema", "Volume overload. Increase furosemide x3 days, BMP Friday, daily weights."),
                      ("refusing meals, weight down 6 lb in 30 days", "Weight loss. Dietitian, add supplement BID, weekly weights, consider mirtazapine if mood component.")])
    monthly = (not p.rehab) or r.random() < .4
    if lay == 0:  # SOAP monthly
        t = [p.fac["name"], r.choice(["Physician Progress Note", "PROGRESS NOTE", "Monthly Visit", "Routine Visit"]), hdr_block(r, p, r.randint(0, 3)), "",
             "S: " + ("Routine %s visit. " % r.choice(["monthly", "30-day", "60-day regulatory"]) if monthly else "Follow-up of rehab progress. ") + r.choice(["Resident without complaints.", "Reports mild pain with therapy.", "Staff report good appetite.", "Per nursing, occasional evening agitation, redirectable."]),
             "O: " + vit_str(v, r.randint(0, 3)), exam_block(r, p, v, 2), "Labs: " + r.choice(["none new", "BMP %s reviewed - creat %s" % (D(p.date - timedelta(days=3), 1), labval(r, p, "CREAT")[1]), "CBC: Hgb %s" % labval(r, p, "HGB")[1]]),
             "A/P:", "\n".join("%d) %s - %s" % (i + 1, d, r.choice(["stable", "continue", "monitor", "controlled, no change"]) if i else p.scen["plan"][0]) for i, d in enumerate(diag_list(p, r, codes=False))),
             "GDR: %s" % r.choice(["not clinically indicated at this time", "sertraline reduction attempted previously with worsening mood - contraindicated", "N/A - no psychotropics"]) if monthly else "",
             "", sig(r, p.md, p.date)]
    elif lay == 1:  # acute visit
        t = ["%s   %s   %s" % (p.fac["name"], D(p.date), T12(r)), "Seen at request of nursing: " + acute[0] + ".", "",
             "%s %s is a %s with %s. %s" % (p.Mr, p.last, age_sex(p), ", ".join(c["dx"].lower() for c in p.comorb), r.choice(["Seen in room.", "Seen at nurses station.", "Seen in bed with CNA present."])),
             "Vitals: " + vit_str(v, 3), "Exam: " + exam_block(r, p, v, 2), "", "Assessment/Plan: " + acute[1], "Discussed with charge nurse and %s (%s) by phone." % (p.contact, p.crel), "", p.np if r.random() < .6 else p.md]
    elif lay == 2:  # EHR templated with CPT
        t = ["%s" % p.ehr, "Encounter: Subsequent Nursing Facility Care   CPT %s" % r.choice(["99307", "99308", "99309", "99310"]), "Patient: %s  (%s)  DOB %s" % (name(p, 2), p.mrn, D(p.dob)), "Provider: %s   Location: %s, %s" % (p.np, p.fac["name"], p.room), "DOS: %s" % D(p.date, 4), "",
             "Chief Complaint", "  " + r.choice([p.scen["short"] + " follow up", "medication review", acute[0]]), "History of Present Illness", "  " + p.scen["hpi"].split(". ")[0] + ". " + r.choice(["Doing well.", "Progressing in therapy.", "Denies chest pain or SOB.", "Sleeping well."]),
             "Review of Systems", "  " + ros_block(r, p, 2), "Vital Signs", "  " + vit_str(v, 1), "Physical Exam", exam_block(r, p, v, 1),
             "Assessment", "\n".join("  %s" % d for d in diag_list(p, r, codes=True)), "Plan", "\n".join("  - " + x for x in r.sample(p.scen["plan"], 3)), "Medications reviewed and reconciled.", "", sig(r, p.np, p.date, 0)]
    elif lay == 3:  # terse handwritten transcription
        t = ["%s  MD visit" % D(p.date, 5), "%s rm %s" % (p.last, p.room), "", r.choice(["Pt seen + examined.", "Seen & chart reviewed.", "Pt seen, sitting up in w/c."]), " " + vit_str(v, 2),
             " Lungs " + r.choice(["clear", "few crackles bases", "diminished"]) + ", hrt " + r.choice(["RRR", "irreg irreg"] if "af" in keys else ["RRR"]) + ", abd soft, ext " + r.choice(["no edema", "tr edema"]),
             " " + r.choice(["Stable.", "Improving.", "No change."]), "Plan: cont same." + r.choice(["", " BMP next wk.", " D/C foley.", " Advance diet.", " OK for LOA w/ family."]), "", "   " + p.md.split(",")[0].split()[1] + r.choice(["", " MD"])]
    elif lay == 4:  # hospital daily progress
        hdn = r.randint(2, 6)
        t = [p.hosp["name"] + " - Hospital Medicine", "Progress Note  Hospital Day #%d" % hdn, "%s  MRN %s  Rm %d" % (name(p, 2), p.hmrn, r.randint(300, 799)), "Date: %s" % D(p.hosp_admit + timedelta(days=hdn - 1)), "",
             "Subjective: " + r.choice(["No acute events overnight.", "Pain better controlled.", "Slept ok, mild confusion per RN overnight.", "Tolerating diet."]),
             "Objective: Tmax %.1f  %s  I/O %d/%d" % (v["T"] + .3, vit_str(v, 2), r.randint(900, 2000), r.randint(800, 2600)), exam_block(r, p, v, 2),
             "Labs: " + "  ".join("%s %s%s" % (labval(r, p, k)[0], labval(r, p, k)[1], "") for k in ["WBC", "HGB", "NA", "K", "CREAT"]), "",
             "A/P: %s %s" % (age_sex(p, 1), "with " + p.scen["short"]), "\n".join("# " + x for x in p.scen["plan"][:3]), "Dispo: SNF when bed available; CM following.", "", sig(r, p.hmd, p.hosp_admit + timedelta(days=hdn - 1), 0)]
    elif lay == 5:  # outpatient follow up clinic
        spec = {"hip": "Orthopaedics", "tka": "Orthopaedics", "chf": "Heart Failure Clinic", "cva": "Neurology", "copd": "Pulmonary", "pna": "Internal Medicine"}.get(p.scen["key"], "Geriatrics")
        t = [letterhead(r, p.hosp, r.randint(0, 3)), "%s Clinic - Follow-up Visit" % spec, "", "Patient: %s   DOB: %s" % (name(p, 0), D(p.dob)), "Visit date: %s" % D(p.date, 2), "Accompanied by: facility aide; resides at %s" % p.fac["name"], "",
             "Interval history: Seen %d weeks ago. %s" % (r.randint(2, 8), r.choice(["Doing well at rehab.", "Some pain with therapy.", "No new problems."])), "",
             "Exam: " + vit_str(v, 1), p.scen["exam"], "", "Impression: " + p.scen["dx"] + r.choice([", healing appropriately.", ", improving.", ", stable."]), "",
             "Recommendations:", "\n".join("  - " + x for x in r.sample(p.scen["plan"], 2)), "  - Return %s." % r.choice(["in 6 weeks", "in 3 months", "PRN"]), "", sig(r, sname(r, "MD"), p.date, 2)]
    else:  # problem oriented narrative long stay
        t = [r.choice(["Nursing Home Visit", "LTC Physician Note", "Follow-Up", "Visit Note"]) + " - " + D(p.date, 2), "Resident: %s (%s), %s" % (name(p, 0), p.room, age_sex(p, 2)), "",
             "%s is seen for %s. Chart, MAR, weights and nursing notes reviewed. %s" % (p.first, r.choice(["regulatory visit", "follow-up", "routine visit and med review"]), r.choice(["No acute events since last visit.", "One fall on %s without injury." % D(p.date - timedelta(days=9), 1), "Had an episode of loose stools, C. diff negative."])),
             "Weights: %d -> %d lb. Intake 50-75%%." % (p.wt + r.randint(-3, 3), p.wt), "", vit_str(v, 0), ""]
        for i, c in enumerate([None] + p.comorb):
            if c is None: t.append("%s - %s" % (p.scen["dx"].capitalize(), r.choice(p.scen["plan"])))
            else: t.append("%s - %s" % (c["dx"], r.choice(["stable on current regimen.", "at goal.", "no changes.", "will recheck labs next month."])))
        t += ["", "Code status %s. Next visit ~30 days." % p.code, p.md]
    return "\n".join(x for x in t if x is not None)


def g_consult_note(r, p):
    lay = r.randint(0, 6)
    v = vitals(r, p)
    c = r.choice([
        ("Psychiatry", "increased agitation and resistance to care, evaluation of psychotropic regimen",
         "Major neurocognitive disorder due to Alzheimer's disease with behavioral disturbance; depression, recurrent",
         ["Continue sertraline; may increase to 75 mg daily if no improvement in 4 weeks", "Avoid benzodiazepines; discontinue lorazepam PRN",
          "Non-pharmacologic interventions: consistent caregivers, structured afternoon activity, music", "No antipsychotic indicated at this time; behaviors are not dangerous",
          "Re-evaluate in 4-6 weeks; GDR review per regulations"]),
        ("Wound Care", "non-healing sacral pressure injury",
         "Stage 3 pressure injury sacrum, 3.2 x 2.4 x 0.4 cm, 80% granulation, 20% slough, moderate serous exudate",
         ["Cleanse with NS, apply calcium alginate to wound bed, cover with bordered foam, change daily and PRN", "Low air loss mattress", "Turn q2h, limit sitting to 1 hour",
          "Protein supplement BID, multivitamin, zinc x 14 days", "Weekly measurements; will follow weekly"]),
        ("Cardiology", "heart failure management and atrial fibrillation",
         "Chronic systolic heart failure, NYHA class III; paroxysmal atrial fibrillation, CHA2DS2-VASc 5",
         ["Continue carvedilol, uptitrate to 12.5 mg BID if HR >65 and SBP >100", "Continue anticoagulation", "Daily weights; furosemide 40 mg extra dose for 3 lb gain",
          "BMP in 1 week", "Follow-up in cardiology clinic 6 weeks"]),
        ("Palliative Care", "goals of care in setting of functional decline and poor oral intake",
         "Advanced dementia FAST 7a; dysphagia; weight loss 11% in 6 months; hospice eligible",
         ["Family elects comfort-focused care; POLST updated to DNR/limited interventions", "No feeding tube, comfort feeds as tolerated",
          "Discontinue statin, donepezil and memantine", "Morphine 2.5 mg SL q2h PRN dyspnea/pain", "Refer to hospice for evaluation"]),
        ("Infectious Disease", "recurrent UTIs and positive urine culture",
         "Asymptomatic bacteriuria; no evidence of active UTI",
         ["Do not treat asymptomatic bacteriuria", "Do not send UA/culture without localizing symptoms or fever", "Discontinue cephalexin",
          "Hydration, timed voiding", "Antimicrobial stewardship education given to nursing"]),
        ("Podiatry", "routine foot care, dystrophic nails and diabetic foot exam",
         "Onychomycosis with dystrophic nails x10; diabetic peripheral neuropathy; no ulceration",
         ["Debridement of nails x10 performed", "Heel protectors in bed", "Monofilament absent bilaterally - diabetic shoes", "Return 9-10 weeks"]),
        ("Nephrology", "worsening renal function",
         "CKD stage 3b, likely diabetic/hypertensive; AKI on CKD, prerenal",
         ["Hold lisinopril x 1 week", "Avoid NSAIDs", "Renally dose medications; change metformin to 500 mg daily", "BMP twice weekly x 2 weeks"]),
    ])
    spec, reason, imp, recs = c
    doc = sname(r, r.choice(["MD", "DO", "DPM" if spec == "Podiatry" else "MD", "PMHNP-BC" if spec == "Psychiatry" else "MD", "CWS" if spec == "Wound Care" else "MD"]))
    h = hx(r, r.randint(0, 5))
    if lay == 0:
        t = [r.choice(["%s Associates" % spec, "%s Consultation Service" % spec, p.fac["name"]]), r.choice(["CONSULTATION", "Consultation Report", "Initial Consult", "Consult Note"]), hdr_block(r, p), "",
             "Requesting physician: %s" % p.md, "Consultant: %s (%s)" % (doc, spec), "", h("Reason for Consultation"), reason.capitalize() + ".", "",
             h("History of Present Illness"), "%s %s is a %s residing at %s. %s" % (p.Mr, p.last, age_sex(p), p.fac["name"], p.scen["hpi"]), "",
             h("Past Medical History"), ", ".join(c["dx"] for c in p.comorb), "", h("Medications"), meds_block(r, p, 0), "", h("Allergies"), ", ".join(p.allergies), "",
             h("Examination"), vit_str(v, 0), exam_block(r, p, v, 0), "", (h("Data") + "\n" + lab_table(r, p, False) + "\n") if r.random() < .5 else "", h("Impression"), imp, "", h("Recommendations"), "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(recs)), "",
             "Thank you for this consultation.", sig(r, doc, p.date)]
    elif lay == 1:  # letter-style
        t = [letterhead(r, p.hosp), "", D(p.date, 2), "", p.md, p.fac["name"], p.fac["addr"], "", "RE: %s   DOB: %s" % (name(p, 0), D(p.dob)), "",
             "Dear Dr. %s," % p.md.split(",")[0].split()[-1], "",
             "Thank you for asking me to see %s %s in consultation regarding %s. As you know, %s is a %s with %s." % (p.Mr, p.last, reason, H(p, "he"), age_sex(p), ", ".join(c["dx"].lower() for c in p.comorb)),
             "", "On examination today: %s %s" % (vit_str(v, 3), exam_block(r, p, v, 2)), "",
             "My impression is %s." % (imp[0].lower() + imp[1:]), "", "I would recommend the following: " + " ".join("(%d) %s." % (i + 1, x) for i, x in enumerate(recs)), "",
             "I will be happy to follow along. Please do not hesitate to call with questions.", "", "Sincerely,", "", doc, spec]
    elif lay == 2:  # telepsych/MSE
        t = ["TELEHEALTH %s EVALUATION" % ("PSYCHIATRIC" if spec == "Psychiatry" else spec.upper()), "Platform: secure video; nurse present at bedside (%s)" % sname(r, "LPN"), "Patient: %s   Facility: %s   DOS: %s" % (name(p, 2), p.fac["name"], D(p.date)), "",
             "ID/Reason: %s referred for %s." % (age_sex(p, 1), reason), "Collateral from staff: " + r.choice(["behaviors primarily 3-7 pm", "resident striking out during showers", "poor sleep, up most of the night", "tearful, isolating in room"]), "",
             "MSE: Appearance - %s. Behavior - %s. Speech - %s. Mood - \"%s\". Affect - %s. Thought process - %s. Thought content - denies SI/HI, %s. Cognition - %s. Insight/judgment - %s." % (
                 r.choice(["casually dressed, groomed", "disheveled", "in wheelchair, appropriate"]), r.choice(["cooperative", "guarded", "restless"]), r.choice(["normal rate", "soft, sparse"]),
                 r.choice(["okay", "tired", "I want to go home"]), r.choice(["constricted", "full", "anxious"]), r.choice(["tangential", "linear", "circumstantial"]), r.choice(["no AVH", "possible visual hallucinations at night"]),
                 "BIMS %d/15" % r.randint(3, 14), r.choice(["poor", "limited", "fair"])), "",
             "PHQ-9 / GDS: %d" % r.randint(2, 16), "Dx: " + imp, "Plan:", "\n".join("- " + x for x in recs), "", "Total time %d min, >50%% coordination with nursing." % r.choice([25, 30, 40, 45]), doc]
    elif lay == 3:  # brief form
        t = ["%s CONSULT" % spec.upper(), "%s   %s   Rm %s" % (name(p, 1), D(p.date, 1), p.room), "Ref by: %s" % p.md, "", "Reason: " + reason, "Findings: " + imp, "Rx: " + "; ".join(recs), "", doc]
    elif lay == 4:  # palliative style goals of care
        t = [p.fac["name"] + " - %s Consult" % spec, "Date: %s" % D(p.date, 2), "%s, %s" % (name(p, 0), age_sex(p, 0)), "",
             "Reason for consult: " + reason, "Participants: %s (%s), %s, social services, %s" % (p.contact, p.crel, p.np, doc.split(",")[0]), "",
             "Background: " + p.scen["hpi"], "", "Functional status: %s. PPS %d%%." % (r.choice(["bed-bound", "wheelchair with 2-person assist", "ambulates 20 ft with walker"]), r.choice([30, 40, 50, 60])),
             "Symptoms: pain %d/10, dyspnea %s, appetite %s." % (v["PAIN"], r.choice(["none", "mild"]), r.choice(["poor", "fair"])), "",
             "Discussion: We reviewed %s's illness trajectory. Family understands %s. Values: %s." % (p.first, r.choice(["that improvement is not expected", "the serious nature of the illness"]), r.choice(["comfort and being with family", "avoiding hospital transfers", "maintaining dignity"])), "",
             "Impression: " + imp, "Recommendations:", "\n".join("  * " + x for x in recs), "", "Time: %d minutes, of which >50%% counseling." % r.choice([60, 75, 90]), sig(r, doc, p.date)]
    elif lay == 5:  # numbered + headers hospital ID style
        t = [p.hosp["name"], "%s Consultation" % spec, "%s  MRN %s  Date %s" % (name(p, 2), p.hmrn, D(p.date)), "Requesting: %s for %s" % (p.md, reason), "",
             "HPI: " + p.scen["hpi"], "ROS: " + ros_block(r, p, 2), "PMH: " + "; ".join(c["dx"] for c in p.comorb), "Allergies: " + ", ".join(p.allergies), "Meds: " + ", ".join(m[0] for m in p.meds), "",
             "PE: " + vit_str(v, 2) + " " + exam_block(r, p, v, 2), "", "Data: " + ", ".join("%s %s" % (labval(r, p, k)[0], labval(r, p, k)[1]) for k in ["WBC", "CREAT", "HGB"]), "",
             "Assessment: " + imp, "", "Recommendations:"] + ["%d. %s" % (i + 1, x) for i, x in enumerate(recs)] + ["", "Discussed with primary team. Will sign off / follow as needed.", sig(r, doc, p.date, 0)]
    else:  # podiatry/wound weekly SOAP
        t = ["%s - %s Services" % (r.choice(["Mobile", "Extended Care", "Regional"]), spec), "Facility: %s" % p.fac["name"], "Pt: %s DOB %s" % (name(p, 2), D(p.dob, 1)), "DOS %s" % D(p.date, 1), "",
             "CC: " + reason, "S: " + r.choice(["Pt without complaint.", "Staff requested eval.", "Pt unable to provide history."]), "O: " + imp, "A: " + imp.split(";")[0], "P: " + "; ".join(recs), "", "Signed " + doc]
    return "\n".join(t)


def surgery_for(r, p):
    k = p.scen.get("surgery")
    side = p.side
    ops = {
        "hipnail": dict(name="%s hip intramedullary nail fixation (cephalomedullary nail)" % side.capitalize(), pre="%s intertrochanteric femur fracture" % side.capitalize(),
                        spec="Orthopaedic Surgery", anes=r.choice(["General endotracheal", "Spinal with MAC"]), ebl=r.choice([100, 150, 200, 250]),
                        desc="The patient was positioned supine on the fracture table with the %s leg in traction and the contralateral leg in a well-leg holder. Closed reduction was obtained under fluoroscopy with gentle traction and internal rotation. The %s hip was prepped and draped in usual sterile fashion. A time-out was performed. A 3 cm incision was made proximal to the greater trochanter. The entry point was established with a guide pin under fluoroscopy, and the proximal femur was opened with the entry reamer. A %d x %d mm cephalomedullary nail was inserted. The lag screw guide pin was placed center-center in the femoral head with tip-apex distance under 25 mm, and the %d mm lag screw was inserted. The nail was locked distally with one screw. Final fluoroscopic images confirmed reduction and hardware position. Wounds were irrigated and closed in layers with 0 Vicryl, 2-0 Vicryl and staples." % (side, side, r.choice([10, 11]), r.choice([170, 180, 200]), r.choice([90, 95, 100])),
                        implant="Cephalomedullary nail, lag screw, distal interlocking screw"),
        "tka": dict(name="%s total knee arthroplasty" % side.capitalize(), pre="%s knee primary osteoarthritis" % side.capitalize(), spec="Orthopaedic Surgery", anes="Spinal with adductor canal block", ebl=r.choice([100, 150, 200]),
                    desc="After spinal anesthesia and adductor canal block, a tourniquet was placed on the %s thigh. A midline incision and medial parapatellar arthrotomy were performed. Osteophytes were removed. The distal femoral cut was made with an intramedullary guide at 5 degrees valgus, and the proximal tibia was cut perpendicular to the mechanical axis with an extramedullary guide. Flexion and extension gaps were balanced. Trial components showed good stability and full extension. Final cemented components were implanted. The patella was resurfaced. Periarticular injection was performed. The arthrotomy was closed with barbed suture, subcutaneous layer with 2-0 Vicryl and skin with staples." % side,
                    implant="Cemented femoral, tibial and patellar components, polyethylene insert %d mm" % r.choice([10, 11, 12])),
    }
    if k in ops: return ops[k]
    return r.choice([
        dict(name="Excisional debridement of sacral pressure injury including subcutaneous tissue and muscle", pre="Stage 4 sacral pressure injury with necrosis", spec="General Surgery", anes="MAC", ebl=r.choice([25, 50, 75]),
             desc="The patient was placed in the left lateral decubitus position. The sacral wound measuring approximately 6 x 5 cm was prepped and draped. Necrotic eschar and nonviable subcutaneous tissue and fascia were sharply excised with scalpel and curette down to bleeding viable tissue. Bone was palpable at the base but appeared intact; a bone specimen was sent for pathology and culture. Hemostasis with electrocautery. Wound packed with saline-moistened gauze and a negative pressure dressing was applied at 125 mmHg.", implant="None"),
        dict(name="Left below-knee amputation", pre="Left foot gangrene with peripheral arterial disease", spec="Vascular Surgery", anes="General endotracheal", ebl=r.choice([150, 200, 300]),
             desc="A long posterior flap was marked approximately 12 cm distal to the tibial tubercle. Skin and subcutaneous tissue were incised. The anterior compartment was divided, the anterior tibial vessels ligated. The tibia was transected with a power saw and beveled anteriorly; the fibula was divided 1 cm proximal. The posterior tibial and peroneal vessels were suture ligated, and the tibial nerve was placed on gentle traction and sharply divided. The specimen was passed off. The fascia was closed with 0 Vicryl, skin with staples. A soft dressing and knee immobilizer were applied.", implant="None"),
        dict(name="Laparoscopic cholecystectomy", pre="Acute calculous cholecystitis", spec="General Surgery", anes="General endotracheal", ebl=r.choice([10, 20, 25]),
             desc="Pneumoperitoneum established via Hasson technique at the umbilicus. Three additional 5 mm ports placed. The gallbladder was distended and inflamed with omental adhesions, which were taken down bluntly. The critical view of safety was obtained. The cystic duct and artery were clipped and divided. The gallbladder was removed from the liver bed with electrocautery and extracted in a bag. Hemostasis confirmed. Ports removed under direct vision, fascia at umbilicus closed.", implant="None"),
        dict(name="Percutaneous endoscopic gastrostomy tube placement", pre="Oropharyngeal dysphagia after stroke", spec="General Surgery", anes="Moderate sedation", ebl=5,
             desc="The endoscope was passed into the stomach. Transillumination and finger indentation identified the site in the left upper quadrant. Using the pull technique, a 20 Fr PEG tube was placed and secured at 3 cm at the skin. Repeat endoscopy confirmed bumper position without tension.", implant="20 Fr PEG"),
    ])


def g_operative_note(r, p):
    s = surgery_for(r, p)
    lay = r.randint(0, 5)
    surg = sname(r, "MD")
    asst = r.choice(["None", sname(r, "PA-C"), sname(r, "MD") + " (resident)", sname(r, "RNFA")])
    od = p.hosp_admit + timedelta(days=1)
    comp = r.choice(["None", "None apparent", "No immediate complications"])
    h = hx(r, r.choice([0, 0, 1, 4, 5]))
    if lay == 0:
        t = [letterhead(r, p.hosp), "", r.choice(["OPERATIVE REPORT", "OPERATIVE NOTE", "Operative Report", "REPORT OF OPERATION"]), hdr_block(r, p, 1, hosp=True), "",
             "DATE OF SURGERY: %s" % D(od), "%s %s" % (h("Preoperative Diagnosis"), s["pre"]), "%s %s" % (h("Postoperative Diagnosis"), r.choice(["Same", s["pre"]])),
             "%s %s" % (h("Procedure"), s["name"]), "%s %s" % (h("Surgeon"), surg), "%s %s" % (h("Assistant"), asst), "%s %s" % (h("Anesthesia"), s["anes"]),
             "%s %d mL" % (h("Estimated Blood Loss"), s["ebl"]), "%s %s" % (h("Complications"), comp), "%s %s" % (h("Implants"), s["implant"]), "%s %s" % (h("Specimens"), r.choice(["None", "As noted, to pathology"])),
             "%s %s" % (h("Drains"), r.choice(["None", "None", "Hemovac x1"])), "", h("Indications"),
             "%s %s is a %s with %s. Risks, benefits and alternatives including bleeding, infection, DVT/PE, anesthesia risk, and death were discussed and consent was obtained." % (p.Mr, p.last, age_sex(p), s["pre"].lower()), "",
             h("Description of Procedure"), "The patient was identified in the preoperative area and the operative site was marked. Preoperative antibiotics were given within 60 minutes of incision. " + s["desc"] + " Sponge and needle counts were correct. The patient tolerated the procedure well and was transferred to PACU in stable condition.", "",
             sig(r, surg, od, r.choice([0, 3]))]
    elif lay == 1:  # dictated run-on
        t = ["%s   DEPARTMENT OF SURGERY" % p.hosp["name"].upper(), "", "PATIENT: %s   MR#: %s" % (name(p, 1), p.hmrn), "DATE: %s" % D(od, 0), "SURGEON: %s" % surg, "",
             "PROCEDURE PERFORMED:  %s." % s["name"], "", "INDICATIONS FOR PROCEDURE:  This is a %s who presented with %s.  After discussion of risks and benefits, the patient and %s elected to proceed." % (age_sex(p, 2), s["pre"].lower(), p.crel), "",
             "DESCRIPTION OF PROCEDURE:  The patient was brought to the operating room and placed supine on the operating table.  %s anesthesia was induced without difficulty.  %s  Estimated blood loss %d mL.  %s.  The patient was awakened and taken to the recovery room in stable condition." % (s["anes"], s["desc"], s["ebl"], comp), "",
             sig(r, surg, od, 3)]
    elif lay == 2:  # brief op note
        t = ["BRIEF OP NOTE" if r.random() < .5 else "Immediate Post-Operative Note", "%s  %s" % (name(p, 2), D(od, 1)), "",
             "Pre-op dx: " + s["pre"], "Post-op dx: same", "Procedure: " + s["name"], "Surgeon: " + surg, "Asst: " + asst, "Anesth: " + s["anes"], "EBL: %d cc" % s["ebl"], "Fluids: %d mL LR" % r.choice([600, 800, 1000, 1200]),
             "UOP: %s" % r.choice(["n/a", "250 mL", "150 mL"]), "Specimen: " + r.choice(["none", "to path"]), "Drains: none", "Findings: " + r.choice(["as expected", "see full op report", "good reduction", "viable tissue at margins"]),
             "Complications: " + comp, "Condition: stable to PACU", "", surg.split(",")[0]]
    elif lay == 3:  # numbered fields form
        t = ["%s\nSURGICAL SERVICES - OPERATIVE RECORD" % p.hosp["name"], "Pt: %s   Acct %s   DOS %s" % (name(p, 2), p.acct, D(od, 4)), "",
             "1. Pre-procedure diagnosis: " + s["pre"], "2. Post-procedure diagnosis: " + s["pre"], "3. Operation: " + s["name"], "4. Surgeon(s): %s; Assistant: %s" % (surg, asst), "5. Anesthesia type: %s  Anesthesiologist: %s" % (s["anes"], sname(r, "MD")),
             "6. Findings: " + r.choice(["consistent with preoperative diagnosis", "as described below", "no unexpected findings"]), "7. EBL: %d mL" % s["ebl"], "8. Specimens: %s" % r.choice(["none", "sent"]),
             "9. Implants: " + s["implant"], "10. Complications: " + comp, "11. Disposition: PACU, stable", "", "Narrative:", s["desc"], "", sig(r, surg, od, 0)]
    elif lay == 4:  # EHR op note with attestation
        t = [r.choice(["Op Note", "Surgical Procedure Note", "Operative Note - Final"]), "Service: %s" % s["spec"], "Patient: %s | DOB %s | MRN %s" % (name(p, 0), D(p.dob), p.hmrn), "Date of Service: %s" % D(od), "",
             "Procedure(s): " + s["name"], "Diagnosis: " + s["pre"], "Surgeon: %s   Assistant: %s" % (surg, asst), "Anesthesia: " + s["anes"], "Wound class: " + r.choice(["I - clean", "II - clean-contaminated", "III - contaminated"]), "",
             "Details: " + s["desc"], "", "EBL: %d mL. Complications: %s." % (s["ebl"], comp), "Attestation: I was present and scrubbed for the entire procedure.", sig(r, surg, od, 0)]
    else:  # older typed style
        t = ["%s" % p.hosp["name"], "", "NAME: %s          ROOM: %d" % (name(p, 1), r.randint(200, 600)), "SURGEON: %s" % surg.upper(), "DATE OF OPERATION: %s" % D(od, 2).upper(), "",
             "OPERATION:  " + s["name"].upper(), "", "ANESTHESIA:  " + s["anes"], "", "FINDINGS AND PROCEDURE:", s["desc"], "", "The patient tolerated the procedure well. Blood loss was approximately %d cc." % s["ebl"], "",
             surg.upper(), "%s/%s" % ("".join(x[0] for x in surg.split(",")[0].split()).lower(), r.choice(["mt", "jk", "dl", "ab"])), "D: %s T: %s" % (D(od, 1), D(od + timedelta(days=1), 1))]
    return "\n".join(t)


def g_procedure_note(r, p):
    lay = r.randint(0, 6)
    v = vitals(r, p)
    who = r.choice([p.np, p.md, sname(r, "MD")])
    h = hx(r, r.randint(0, 4))
    if lay == 0:  # generic bedside template
        proc = r.choice([("Suprapubic catheter exchange", "chronic urinary retention", "The existing 16 Fr catheter was removed after deflating the balloon. The tract was cleansed with chlorhexidine. A new 16 Fr silicone catheter was inserted without resistance with return of clear yellow urine and balloon inflated with 10 mL sterile water."),
                         ("Cerumen removal, bilateral", "impacted cerumen with decreased hearing", "Bilateral ears irrigated with warm water after 3 days of carbamide peroxide. Large cerumen plugs removed with curette. TMs visualized and intact afterwards."),
                         ("Gastrostomy tube replacement", "dislodged G-tube", "The tract was inspected, patent. A 20 Fr balloon gastrostomy tube was lubricated and inserted through the existing stoma; balloon inflated with 7 mL water. Placement confirmed with aspiration of gastric contents and free flow of water flush."),
                         ("Incision and drainage of abscess", "abscess of the right upper back", "After local anesthesia with 1% lidocaine 4 mL, a 1 cm incision was made over the fluctuant area. Approximately 3 mL of purulent material expressed and sent for culture. Loculations broken up; packed with iodoform gauze.")])
        t = [p.fac["name"], r.choice(["PROCEDURE NOTE", "Bedside Procedure Note", "Procedure"]), hdr_block(r, p, r.randint(0, 3)), "",
             h("Procedure") + " " + proc[0], h("Indication") + " " + proc[1], h("Consent") + " " + r.choice(["Verbal and written consent from patient.", "Consent obtained from HCPOA (%s) by phone, witnessed by RN." % p.contact]),
             h("Time out") + " performed, correct patient/site confirmed.", "", h("Description") + " " + proc[2], "", h("Complications") + " None. Patient tolerated well.", "EBL: minimal", "", sig(r, who, p.date)]
    elif lay == 1:  # endoscopy report
        t = [p.hosp["name"] + " Endoscopy Unit", "", r.choice(["Procedure Report", "EGD Report", "Upper Endoscopy"]), "Patient Name: %s   MRN: %s   Date of Birth: %s" % (name(p, 2), p.hmrn, D(p.dob)), "Procedure Date: %s   Room: Endo %d" % (D(p.date), r.randint(1, 4)),
             "Referring MD: %s" % p.md, "", "Procedure: Upper GI endoscopy", "Indications: %s" % r.choice(["Melena, anemia (Hgb 7.9)", "Dysphagia", "Iron deficiency anemia", "Coffee-ground emesis"]),
             "Medications: Monitored anesthesia care (propofol)", "ASA Grade: III", "", "Procedure: After obtaining informed consent, the endoscope was passed under direct vision. The scope was advanced to the second part of the duodenum. The patient tolerated the procedure well.", "",
             "Findings:", "\n".join("  - " + x for x in r.sample(["LA Grade B esophagitis in the distal esophagus", "Small hiatal hernia", "Non-bleeding gastric ulcer 8 mm with clean base in the antrum; biopsied", "Erythematous mucosa in the antrum; biopsies taken for H. pylori", "Normal duodenum"], 3)), "",
             "Impression:", "  See findings.", "Recommendations:", "  - PPI twice daily x 8 weeks\n  - Await pathology\n  - Repeat EGD in 8-12 weeks\n  - Resume diet", "", sig(r, sname(r, "MD"), p.date, 0), "Number of specimens: %d" % r.randint(1, 3)]
    elif lay == 2:  # PICC
        t = ["VASCULAR ACCESS TEAM", "PICC Insertion Record", "%s  DOB %s  Location: %s Rm %s" % (name(p, 2), D(p.dob, 1), p.fac["name"], p.room), "Date: %s  Time: %s" % (D(p.date), T(r)), "",
             "Indication: IV antibiotics (%s) x %d weeks" % (r.choice(["ertapenem", "vancomycin", "cefazolin", "daptomycin"]), r.choice([2, 4, 6])), "Device: %s Fr %s-lumen power PICC" % (r.choice(["4", "5"]), r.choice(["single", "double"])),
             "Vein: %s %s, vein diameter %.1f mm" % (r.choice(["right", "left"]), r.choice(["basilic", "brachial"]), r.uniform(3.5, 5.5)), "Arm circumference: %d cm" % r.randint(24, 34), "Total length: %d cm, external %d cm" % (r.randint(38, 46), r.randint(0, 2)),
             "Insertion: ultrasound guided, modified Seldinger, maximal sterile barrier, chlorhexidine prep. Attempts x%d." % r.choice([1, 1, 2]), "Tip confirmation: %s" % r.choice(["ECG-guided, maximal P wave, tip at cavoatrial junction", "CXR - tip at lower SVC"]),
             "Blood return: brisk, flushes easily. Secured with StatLock-type device and CHG dressing.", "Complications: none", "", "Inserted by: " + sname(r, "RN, VA-BC")]
    elif lay == 3:  # joint injection short
        jt = r.choice(["right knee", "left knee", "right shoulder (subacromial)"])
        t = ["%s   %s" % (D(p.date, 1), p.fac["name"]), "Procedure: %s joint injection" % jt, "", "%s with %s pain, %s." % (age_sex(p, 1), jt, r.choice(["failed topical diclofenac and APAP", "OA on x-ray", "limiting therapy participation"])),
             "Consent obtained. Site marked. Time-out. Prepped with chlorhexidine. Using %s approach, 40 mg triamcinolone + 4 mL 1%% lidocaine injected without resistance. %s Band-aid applied." % (r.choice(["superolateral", "anteromedial", "posterior"]), r.choice(["Aspirated 10 mL clear yellow fluid prior.", "No effusion aspirated.", ""])),
             "Tolerated well, no complications. Post-injection instructions given to nursing: ice PRN, monitor glucose (steroid)." , "", who]
    elif lay == 4:  # EMG/NCS
        t = ["%s Neurodiagnostic Laboratory" % p.hosp["name"], "ELECTRODIAGNOSTIC STUDY REPORT", "Patient: %s  Age: %d  Sex: %s  Date: %s" % (name(p, 2), p.age, p.sex, D(p.date)), "Referring: %s" % p.md, "History: %s" % r.choice(["numbness bilateral feet, DM", "right hand numbness and weakness", "leg weakness"]), "",
             "NERVE CONDUCTION STUDIES", "Nerve/Site        Lat(ms)  Amp    CV(m/s)", ]
        for n in ["R Median motor", "R Ulnar motor", "R Peroneal motor", "R Tibial motor", "R Sural sensory", "R Median sensory"]:
            t.append("%-17s %-8s %-6s %s" % (n, "%.1f" % r.uniform(2.5, 5.5), "%.1f" % r.uniform(0.8, 9.0), r.choice(["%d" % r.randint(32, 52), "NR"]) ))
        t += ["", "NEEDLE EMG: selected muscles R leg - %s" % r.choice(["chronic neurogenic changes distally", "normal", "fibrillations in tibialis anterior"]), "",
              "IMPRESSION: %s" % r.choice(["Electrodiagnostic evidence of a length-dependent sensorimotor axonal polyneuropathy, moderate.", "Moderate right median neuropathy at the wrist (carpal tunnel syndrome).", "Normal study."]), "", sig(r, sname(r, "MD"), p.date, 2)]
    elif lay == 5:  # cardiac cath
        t = [p.hosp["name"] + " Cardiac Catheterization Laboratory", "CARDIAC CATHETERIZATION REPORT", hdr_block(r, p, 1, hosp=True), "",
             "Procedures: Left heart catheterization, selective coronary angiography, LV gram", "Indication: %s" % r.choice(["NSTEMI", "new cardiomyopathy EF 30%", "abnormal stress test"]), "Access: %s radial, 6 Fr" % r.choice(["right", "left"]),
             "Sedation: midazolam 1 mg, fentanyl 25 mcg", "Contrast: %d mL" % r.randint(60, 140), "", "Hemodynamics: AO %d/%d, LVEDP %d mmHg" % (r.randint(100, 150), r.randint(55, 80), r.randint(12, 28)), "",
             "Coronary anatomy:", "  LM: normal", "  LAD: %s" % r.choice(["mild luminal irregularities", "70% proximal stenosis", "diffuse 40-50% disease"]), "  LCx: %s" % r.choice(["normal", "90% OM1"]), "  RCA: %s" % r.choice(["dominant, 30% mid", "chronic total occlusion with left-to-right collaterals"]), "",
             "Conclusions: %s" % r.choice(["Nonobstructive CAD. Medical therapy.", "Multivessel CAD - refer for CT surgery evaluation, though high risk given frailty.", "Single vessel disease, treated with DES x1."]), "", sig(r, sname(r, "MD, FACC"), p.date, 0)]
    else:  # thoracentesis / paracentesis / LP
        kind = r.choice(["Thoracentesis, right, ultrasound-guided", "Paracentesis, diagnostic and therapeutic", "Lumbar puncture"])
        out = {"Thoracentesis, right, ultrasound-guided": "1,100 mL straw-colored fluid removed; post-procedure CXR no pneumothorax.",
               "Paracentesis, diagnostic and therapeutic": "4.2 L cloudy yellow ascites removed; albumin 25 g IV given.",
               "Lumbar puncture": "Opening pressure 16 cm H2O. 12 mL clear CSF collected in 4 tubes."}[kind]
        t = [kind.upper() if r.random() < .5 else "Procedure: " + kind, "%s | %s | %s" % (name(p, 0), D(p.dob), D(p.date)), "Operator: " + sname(r, "MD"), "",
             "Indication: " + r.choice(["effusion of unclear etiology", "symptomatic", "evaluate for infection", "altered mental status with fever"]), "Informed consent: obtained from %s" % r.choice(["patient", "HCPOA"]), "Pre-procedure INR %.1f, Plt %d" % (r.uniform(1.0, 1.4), r.randint(140, 320)), "",
             "Technique: Patient positioned, site identified%s, prepped and draped sterilely, local anesthesia with 1%% lidocaine. %s" % (" with ultrasound" if "ultrasound" in kind.lower() or "Para" in kind else "", out),
             "Samples sent: cell count, %s, culture, cytology" % r.choice(["protein/glucose", "LDH/protein", "gram stain"]), "Complications: none", "", sig(r, sname(r, "MD"), p.date, 0)]
    return "\n".join(t)


LABCO = ["Meridian Reference Laboratories", "TriState Clinical Lab", "Northfield Diagnostics", "Lakeshore Mobile Lab Services", "Apex Pathology & Lab Partners"]


def g_lab_report(r, p):
    lay = r.randint(0, 6)
    lab = r.choice(LABCO)
    coll = p.date - timedelta(days=r.randint(0, 2))
    acc = "%s%d" % (r.choice(["L", "A", "25-", "CH"]), r.randint(100000, 9999999))
    panels = {"CBC": ["WBC", "HGB", "HCT", "PLT"], "BMP": ["NA", "K", "CL", "CO2", "BUN", "CREAT", "GLU", "CA"]}
    if lay in (0, 1, 5):
        sel = r.choice([["CBC", "BMP"], ["BMP"], ["CBC"], ["CBC", "BMP", "X"]])
        rows = []
        for pn in sel:
            ks = panels.get(pn, r.sample(["ALB", "MG", "TSH", "BNP", "A1C", "VITD", "INR"], 2))
            rows.append((pn if pn != "X" else "ADDITIONAL", [labval(r, p, k) for k in ks]))
    if lay == 0:  # reference lab column report
        t = [lab.upper(), "%s  |  CLIA #%02dD%07d  |  Lab Director: %s" % (r.choice(TOWNS), r.randint(10, 52), r.randint(1000000, 9999999), sname(r, "MD")), "",
             "PATIENT: %-28s  ACCESSION: %s" % (name(p, 1), acc), "DOB: %-10s  AGE: %-3d SEX: %s   CLIENT: %s" % (D(p.dob), p.age, p.sex, p.fac["name"][:30]),
             "PHYSICIAN: %-24s  ROOM: %s" % (p.md, p.room), "COLLECTED: %s %s   RECEIVED: %s %s   REPORTED: %s %s" % (D(coll, 1), T(r), D(coll, 1), T(r), D(p.date, 1), T(r)), "",
             "%-26s %-10s %-5s %-14s %s" % ("TEST", "RESULT", "FLAG", "REF RANGE", "UNITS"), "-" * 70]
        for pn, rs in rows:
            t.append(pn)
            for nm, vv, u, rg, fl in rs:
                t.append("  %-24s %-10s %-5s %-14s %s" % (nm, vv, fl, rg, u))
        t += ["", "FINAL REPORT", "*** END OF REPORT ***"]
    elif lay == 1:  # flowsheet-ish hospital cumulative
        dates = sorted([p.hosp_admit + timedelta(days=i) for i in r.sample(range(0, 6), 3)])
        t = [p.hosp["name"] + " Laboratory", "Cumulative Results Report", "%s   %s   Acct %s" % (name(p, 2), p.hmrn, p.acct), "",
             "%-16s" % "" + "".join("%-12s" % D(d, 1) for d in dates) + "Ref"]
        for pn, rs in rows:
            for nm, vv, u, rg, fl in rs:
                vals = [labval(r, p, [k for k in LABDEF if LABDEF[k][0] == nm][0])[1] for _ in dates]
                t.append("%-16s" % nm[:15] + "".join("%-12s" % x for x in vals) + rg)
        t += ["", "H=High L=Low C=Critical  *=Corrected", "Printed %s" % D(p.hosp_dc)]
    elif lay == 2:  # culture and sensitivity
        org = r.choice(["Escherichia coli", "Klebsiella pneumoniae", "Proteus mirabilis", "Enterococcus faecalis", "Staphylococcus aureus (MRSA)"])
        src = r.choice(["Urine, clean catch", "Urine, straight cath", "Wound, sacrum", "Urine, indwelling catheter"])
        drugs = ["Ampicillin", "Amoxicillin/Clavulanate", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "Nitrofurantoin", "Trimethoprim/Sulfa", "Gentamicin", "Vancomycin", "Doxycycline"]
        t = [lab, "MICROBIOLOGY", "", "Patient: %s   DOB: %s   Facility: %s" % (name(p, 2), D(p.dob), p.fac["name"]), "Order #: %s   Ordering: %s" % (acc, p.np), "Source: %s   Collected: %s" % (src, D(coll)), "",
             "CULTURE, %s" % ("URINE" if "Urine" in src else "AEROBIC"), "Status: FINAL  %s" % D(p.date), "", "Result: %s CFU/mL %s" % (r.choice([">100,000", "50,000-100,000"]), org) if "Urine" in src else "Result: Moderate growth %s" % org, "",
             "SUSCEPTIBILITY (MIC, ug/mL)", "%-26s %-8s %s" % ("Antibiotic", "MIC", "Interp")]
        for d in r.sample(drugs, 7):
            s = r.choice(["S", "S", "S", "R", "I"])
            t.append("%-26s %-8s %s" % (d, r.choice(["<=2", "<=1", "4", ">=32", "<=16", "8", "<=0.25"]), s))
        t += ["", "S=Susceptible I=Intermediate R=Resistant", r.choice(["Previous report called to %s RN at %s." % (sname(r, ""), T(r)), "Contact precautions recommended." if "MRSA" in org else ""])]
    elif lay == 3:  # urinalysis
        t = [r.choice([lab, p.hosp["name"] + " Lab"]), "URINALYSIS WITH REFLEX TO MICROSCOPY", "%s   %s   %s" % (name(p, 1), D(p.dob), p.mrn), "Collected %s   Reported %s" % (D(coll), D(p.date)), ""]
        pos = r.random() < .6
        for k, vv in [("Color", r.choice(["Yellow", "Amber", "Straw"])), ("Clarity", "Cloudy" if pos else "Clear"), ("Specific gravity", "1.0%02d" % r.randint(5, 28)), ("pH", r.choice(["5.0", "6.0", "6.5", "7.0"])),
                      ("Protein", r.choice(["Negative", "Trace", "1+"])), ("Glucose", "Negative"), ("Ketones", "Negative"), ("Blood", r.choice(["Negative", "Small", "Moderate"])),
                      ("Nitrite", "Positive" if pos else "Negative"), ("Leukocyte esterase", r.choice(["Large", "Moderate"]) if pos else "Negative"), ("WBC /hpf", r.choice(["20-50", ">50", "10-20"]) if pos else "0-2"),
                      ("RBC /hpf", r.choice(["0-2", "3-5", "5-10"])), ("Bacteria", r.choice(["Many", "Moderate"]) if pos else "None seen"), ("Squamous epithelial", r.choice(["Few", "Rare"]))]:
            t.append("%-22s %s" % (k, vv))
        t += ["", "Culture reflexed: %s" % ("Yes" if pos else "No")]
    elif lay == 4:  # INR / anticoag point of care log
        t = [p.fac["name"], r.choice(["PT/INR Point of Care Results", "Anticoagulation Flow Sheet - Warfarin", "Coagulation Results"]), "Resident: %s   Rm %s" % (name(p, 2), p.room), "Goal INR: 2.0-3.0   Indication: %s" % r.choice(["atrial fibrillation", "DVT", "mechanical valve (2.5-3.5)"]), "",
             "%-12s %-6s %-18s %-12s %s" % ("Date", "INR", "Warfarin dose", "Next INR", "By")]
        d = p.date - timedelta(days=45)
        for i in range(r.randint(4, 8)):
            d = d + timedelta(days=r.randint(3, 7))
            t.append("%-12s %-6s %-18s %-12s %s" % (D(d, 1), "%.1f" % r.uniform(1.6, 3.4), "%s mg daily" % r.choice(["2.5", "3", "4", "5", "2.5/5 alt"]), D(d + timedelta(days=7), 1), sname(r, "").split()[0][0] + sname(r, "").split()[1][0]))
        t += ["", "Provider reviewed: %s" % p.np]
    elif lay == 5:  # facility-printed lab summary / portal style
        t = ["Lab Results - %s" % name(p, 0), "Ordered by: %s    Performing lab: %s" % (p.np, lab), "Collection date: %s" % D(coll, 2), ""]
        for pn, rs in rows:
            t.append(pn + " Panel")
            for nm, vv, u, rg, fl in rs:
                t.append("   %s: %s %s   (normal %s)%s" % (nm, vv, u, rg, "  ** " + {"H": "HIGH", "L": "LOW"}[fl] if fl else ""))
            t.append("")
        t += ["Reviewed - %s  %s" % (r.choice(["no changes", "repeat in 1 week", "notify family", "see orders"]), p.np.split(",")[0])]
    else:  # chemistry/A1c/lipid/TSH panel
        ks = r.sample(["A1C", "TSH", "LDL", "VITD", "ALB", "MG"], 4)
        t = [letterhead(r, {"name": lab, "addr": addr(r), "town": r.choice(TOWNS), "st": p.fac["st"], "zip": "%05d" % r.randint(10000, 99999), "phone": rphone(r), "fax": rphone(r)}, 0), "",
             "Patient Name: %s" % name(p, 2), "Patient ID: %s     Specimen: %s" % (p.mrn, acc), "Ordering Provider: %s" % p.md, "Date Collected: %s  Fasting: %s" % (D(coll), r.choice(["Y", "N", "Unknown"])), ""]
        for k in ks:
            nm, vv, u, rg, fl = labval(r, p, k)
            t.append("%s\n     Result: %s %s   Reference: %s %s   %s" % (nm, vv, u, rg, u, fl and "Abnormal" or "Normal"))
        t += ["", "Test performed at %s. Results should be interpreted in clinical context." % lab]
    return "\n".join(t)


def g_imaging_report(r, p):
    lay = r.randint(0, 6)
    rad = sname(r, "MD")
    k = p.scen["key"]
    if lay == 0:  # mobile x-ray
        ex = r.choice(["CHEST 1 VIEW (PORTABLE)", "CHEST 2 VIEWS", "%s HIP 2 VIEWS" % p.side.upper(), "PELVIS AP", "ABDOMEN (KUB)", "%s ANKLE 3 VIEWS" % r.choice(["RIGHT", "LEFT"])])
        find = {"CHEST": r.choice(["Right lower lobe airspace opacity, improving compared to prior." if k == "pna" else "No focal consolidation. No effusion or pneumothorax.", "Cardiomegaly with mild pulmonary vascular congestion. Small bilateral pleural effusions." if k == "chf" else "Heart size upper normal. Lungs clear.", "Hyperinflated lungs with flattened diaphragms. No acute infiltrate." if k == "copd" else "Mild bibasilar atelectasis."]),
                "HIP": "Intramedullary nail with lag screw traversing intertrochanteric fracture in near-anatomic alignment. No hardware complication." if k == "hip" else "No acute fracture or dislocation. Moderate degenerative joint space narrowing.",
                "PELVIS": "No acute fracture. Degenerative changes lower lumbar spine and both hips. Osteopenia.",
                "ABDOMEN": r.choice(["Moderate stool burden throughout the colon. No dilated loops.", "Nonobstructive bowel gas pattern."]),
                "ANKLE": "No acute fracture. Soft tissue swelling laterally. Osteopenia."}
        key = [x for x in find if x in ex][0]
        t = [r.choice(["%s Mobile Diagnostics" % r.choice(TOWNS), "Portable X-Ray Services of %s" % p.fac["st"], "MobileRad Imaging Group"]), "Portable Radiology Report", "",
             "Patient: %s   DOB: %s   Facility: %s   Rm: %s" % (name(p, 2), D(p.dob), p.fac["name"], p.room), "Ordering: %s   Exam date: %s" % (p.np, D(p.date)), "Reason: %s" % r.choice(["cough, r/o pneumonia", "fall", "pain", "post-op follow-up", "constipation, distention", "SOB"]), "",
             "EXAM: " + ex, "", "FINDINGS: " + find[key], "", "IMPRESSION: " + find[key].split(".")[0] + ".", "", "Read by: %s  %s" % (rad, D(p.date)), "Report faxed to facility %s" % p.fac["fax"]]
    elif lay == 1:  # CT head
        t = [p.hosp["name"] + " Department of Radiology", "", "EXAM: CT HEAD WITHOUT CONTRAST", "DATE: %s   ACC#: %d" % (D(p.date), r.randint(1000000, 9999999)), "PATIENT: %s   MRN: %s   DOB: %s" % (name(p, 1), p.hmrn, D(p.dob)), "",
             "CLINICAL HISTORY: %s" % r.choice(["Fall from bed, on anticoagulation", "Altered mental status", "Unwitnessed fall, headache", "Right-sided weakness"]), "",
             "TECHNIQUE: Axial images obtained from the skull base to the vertex without IV contrast. Coronal and sagittal reformats. Dose reduction techniques were used.", "",
             "COMPARISON: %s" % r.choice(["None.", "CT head %s." % D(p.date - timedelta(days=400)), "MRI brain %s." % D(p.hosp_admit)]), "",
             "FINDINGS:", "There is no acute intracranial hemorrhage, mass effect, or midline shift. %s Periventricular white matter hypodensities consistent with chronic small vessel ischemic disease. Generalized volume loss. The ventricles are proportionate to sulci. Calvarium intact. Mastoids and paranasal sinuses clear." % ("Evolving hypodensity in the left MCA territory consistent with known recent infarct." if k == "cva" else r.choice(["No acute territorial infarct.", "Old right MCA infarct with encephalomalacia." if k == "ltc2" else "Gray-white differentiation preserved."])),
             "", "IMPRESSION:", "1. No acute intracranial hemorrhage or fracture.", "2. Chronic microvascular ischemic changes and atrophy.", "", sig(r, rad, p.date, 0)]
    elif lay == 2:  # echo
        ef = 30 if k == "chf" else r.choice([55, 60, 60, 45])
        t = [p.hosp["name"] + " - Echocardiography Laboratory", "TRANSTHORACIC ECHOCARDIOGRAM REPORT", "Name: %s   DOB: %s   Ht: %d in   Wt: %d lb   BSA: %.2f m2" % (name(p, 2), D(p.dob), p.ht, p.wt, r.uniform(1.5, 2.2)), "Date: %s   Indication: %s   Sonographer: %s" % (D(p.hosp_admit + timedelta(days=1)), r.choice(["dyspnea", "CHF", "stroke - source", "murmur"]), sname(r, "RDCS")), "",
             "MEASUREMENTS", "LVIDd  %.1f cm   LVIDs  %.1f cm   IVSd %.1f cm   PWd %.1f cm" % (r.uniform(4.2, 6.5), r.uniform(3.0, 5.4), r.uniform(0.8, 1.4), r.uniform(0.8, 1.3)), "LA volume index %d mL/m2   Ao root %.1f cm" % (r.randint(25, 52), r.uniform(2.8, 3.7)),
             "LVEF (biplane): %d%%   E/e' %d   TAPSE %.1f cm   RVSP %d mmHg" % (ef, r.randint(8, 18), r.uniform(1.5, 2.4), r.randint(25, 50)), "",
             "FINDINGS", "Left ventricle: %s" % ("Dilated with global hypokinesis; moderately to severely reduced systolic function." if ef < 40 else "Normal size, normal wall motion; %s." % ("preserved systolic function" if ef >= 50 else "mildly reduced function")),
             "Right ventricle: %s" % r.choice(["Normal size and function.", "Mildly reduced systolic function."]), "Valves: %s" % r.choice(["Mild mitral regurgitation. Aortic sclerosis without stenosis.", "Moderate MR. Mild TR.", "Trace MR/TR."]), "Pericardium: no effusion.",
             "", "CONCLUSIONS", "1. LVEF %d%%." % ef, "2. %s" % r.choice(["Grade II diastolic dysfunction.", "Grade I diastolic dysfunction.", "No intracardiac thrombus seen; agitated saline negative." if k == "cva" else "Biatrial enlargement."]), "", "Interpreting physician: %s" % sname(r, "MD, FASE")]
    elif lay == 3:  # venous duplex
        sd = p.side if k in ("cell", "hip", "tka") else r.choice(["right", "left"])
        pos = r.random() < .25
        t = ["VASCULAR LABORATORY", "%s Lower Extremity Venous Duplex" % sd.capitalize(), "%s  %s  %s" % (name(p, 2), D(p.dob, 1), D(p.date, 1)), "Indication: %s leg swelling%s" % (sd, r.choice(["", " and pain", " post-op"])), "",
             "Technique: Real-time B-mode with compression, color and spectral Doppler of the common femoral, femoral, popliteal, posterior tibial and peroneal veins.", "",
             "Findings: %s" % ("Non-compressible popliteal and posterior tibial veins with echogenic intraluminal thrombus, consistent with acute DVT." if pos else "All visualized deep veins are fully compressible with normal phasic flow and augmentation. No intraluminal thrombus."), r.choice(["Incidental Baker's cyst 2.1 cm.", "Subcutaneous edema calf.", ""]), "",
             "Impression: %s" % ("Acute deep vein thrombosis %s popliteal and tibial veins. Findings called to %s at %s." % (sd, p.np, T(r)) if pos else "No evidence of deep vein thrombosis in the %s lower extremity." % sd), "", rad]
    elif lay == 4:  # modified barium swallow
        t = [p.hosp["name"], "RADIOLOGY / SPEECH PATHOLOGY", "Modified Barium Swallow Study (Videofluoroscopic)", hdr_block(r, p, 3, hosp=True), "Date: %s" % D(p.date), "Clinicians: %s; %s" % (sname(r, "CCC-SLP"), rad), "",
             "History: %s. Referred for %s." % (p.scen["short"], r.choice(["coughing with meals", "diet upgrade", "weight loss, pocketing"])), "",
             "Consistencies tested: thin liquid (cup, straw), nectar-thick, honey-thick, puree, mechanical soft, cracker.", "",
             "Oral phase: %s" % r.choice(["reduced bolus control, premature spillage", "prolonged mastication, oral residue", "WFL"]), "Pharyngeal phase: %s" % r.choice(["delayed swallow initiation to the pyriform sinuses; silent aspiration of thin liquids (PAS 8)", "penetration with thin liquids cleared spontaneously (PAS 2)", "moderate vallecular residue cleared with second swallow"]),
             "Esophageal screen: %s" % r.choice(["unremarkable", "slow clearance, not fully assessed"]), "", "Impression: %s oropharyngeal dysphagia." % r.choice(["Mild", "Moderate", "Moderate-severe"]),
             "Recommendations: %s; meds %s; upright 90 degrees; chin tuck with liquids; ST follow-up." % (r.choice(["Dysphagia 2 diet, nectar-thick liquids", "Regular diet, thin liquids by cup with small sips", "Puree, honey-thick liquids"]), r.choice(["whole in puree", "crushed in puree"]))]
    elif lay == 5:  # DEXA / US abdomen / renal US
        which = r.choice(["DEXA", "RENAL", "RUQ"])
        if which == "DEXA":
            body = ["EXAM: DXA BONE DENSITOMETRY", "", "Lumbar spine L1-L4: BMD %.3f g/cm2, T-score %.1f" % (r.uniform(.7, 1.0), r.uniform(-3.5, -1.0)), "Left femoral neck: BMD %.3f g/cm2, T-score %.1f" % (r.uniform(.5, .8), r.uniform(-3.6, -1.5)), "Total hip: T-score %.1f" % r.uniform(-3.2, -1.2), "", "IMPRESSION: Osteoporosis per WHO criteria. FRAX 10-yr hip fracture probability %.1f%%." % r.uniform(3, 12)]
        elif which == "RENAL":
            body = ["EXAM: US RENAL COMPLETE", "", "Right kidney %.1f cm, left kidney %.1f cm. %s No hydronephrosis. Bladder: %s" % (r.uniform(8.5, 11), r.uniform(8.5, 11), r.choice(["Increased cortical echogenicity bilaterally.", "Simple cyst right lower pole 1.8 cm."]), r.choice(["post-void residual 320 mL", "decompressed", "unremarkable"])), "", "IMPRESSION: Echogenic kidneys consistent with medical renal disease. No obstruction."]
        else:
            body = ["EXAM: US ABDOMEN LIMITED (RUQ)", "", "Gallbladder contains multiple shadowing stones, wall 2 mm, no pericholecystic fluid; sonographic Murphy sign %s. CBD 5 mm. Liver normal echotexture." % r.choice(["negative", "equivocal"]), "", "IMPRESSION: Cholelithiasis without sonographic evidence of acute cholecystitis."]
        t = [letterhead(r, p.hosp, r.randint(0, 3)), "", "Patient: %s     DOB: %s     Exam Date: %s" % (name(p, 2), D(p.dob), D(p.date)), "Referring: %s     Accession: %d" % (p.md, r.randint(10 ** 6, 10 ** 7))] + body + ["", sig(r, rad, p.date, 0)]
    else:  # nuclear stress / old style typed
        t = [p.hosp["name"].upper() + "   NUCLEAR MEDICINE", "", "%s        %s" % (name(p, 1), D(p.date, 3)), "", "PHARMACOLOGIC MYOCARDIAL PERFUSION IMAGING (REGADENOSON)", "",
             "Indication: %s.  Resting ECG %s.  Regadenoson 0.4 mg IV administered; HR %d to %d, BP %d/%d to %d/%d.  %s" % (r.choice(["chest pain", "pre-operative risk stratification", "dyspnea"]), r.choice(["sinus rhythm", "atrial fibrillation", "LBBB"]), r.randint(60, 75), r.randint(80, 100), r.randint(120, 150), r.randint(60, 80), r.randint(110, 140), r.randint(55, 75), r.choice(["Mild flushing.", "No symptoms.", "Dyspnea resolved spontaneously."])), "",
             "Rest and stress SPECT images with Tc-99m tetrofosmin.  %s  Gated EF %d%%." % (r.choice(["Normal perfusion without ischemia or infarct.", "Small fixed inferior defect consistent with scar, no ischemia.", "Moderate reversible defect in the anterior wall consistent with ischemia."]), r.randint(30, 65)), "",
             "IMPRESSION: See above.", "", rad.upper()]
    return "\n".join(t)


def g_pathology_report(r, p):
    lay = r.randint(0, 5)
    path = sname(r, "MD")
    acc = "%s%02d-%05d" % (r.choice(["S", "SP", "SG"]), p.date.year % 100, r.randint(1, 40000))
    cases = [
        ("Femoral head, %s, hemiarthroplasty" % p.side, "Received in formalin labeled with the patient's name and 'femoral head' is a femoral head measuring %.1f x %.1f x %.1f cm with attached neck. There is a fracture through the subcapital region. The articular surface shows focal eburnation. Representative sections submitted after decalcification." % (r.uniform(4.2, 5.2), r.uniform(4.0, 5.0), r.uniform(3.5, 5.0)),
         "Femoral head, %s, resection:\n  - Fracture with associated hemorrhage and early reparative changes.\n  - Osteoporotic trabecular bone.\n  - Degenerative joint disease, mild.\n  - No evidence of neoplasm." % p.side),
        ("Skin, %s, shave biopsy" % r.choice(["left nasal ala", "right cheek", "scalp vertex", "right forearm"]), "Received in formalin is a tan-pink shave of skin measuring %.1f x %.1f x 0.1 cm. Inked, bisected, entirely submitted in one cassette." % (r.uniform(0.4, 1.2), r.uniform(0.3, 0.9)),
         r.choice(["Basal cell carcinoma, nodular type, extending to the deep margin.", "Squamous cell carcinoma, well differentiated, invasive; peripheral margin involved.", "Seborrheic keratosis, irritated. No malignancy.", "Actinic keratosis with focal extension to margin."])),
        ("Bone, sacrum, debridement", "Received in formalin are multiple fragments of bone and soft tissue aggregating to %.1f x %.1f x %.1f cm. Submitted after decalcification." % (r.uniform(1, 3), r.uniform(1, 2), r.uniform(.5, 1.5)),
         r.choice(["Acute and chronic osteomyelitis with necrotic bone fragments.", "Reactive bone with overlying granulation tissue and acute inflammation; no definite osteomyelitis."])),
        ("Stomach, antrum, biopsy", "Received in formalin are %d tan soft tissue fragments measuring 0.2 to 0.4 cm, entirely submitted." % r.randint(2, 5),
         r.choice(["Chronic active gastritis with Helicobacter pylori organisms identified (confirmed by immunostain).", "Mild chronic inactive gastritis. No H. pylori identified on immunostain. No intestinal metaplasia or dysplasia."])),
        ("Left lower extremity, below-knee amputation", "Received fresh is a left lower extremity amputated below the knee, %d cm from the proximal resection margin to the heel. The 1st and 2nd toes are black and mummified. Vessels examined at the proximal margin show calcified atherosclerotic plaque." % r.randint(30, 42),
         "Left lower leg, below-knee amputation:\n  - Dry gangrene of the forefoot.\n  - Severe atherosclerosis with calcification of the popliteal and tibial arteries.\n  - Viable skin and skeletal muscle at the proximal margin.\n  - Bone margin negative for osteomyelitis."),
        ("Gallbladder, cholecystectomy", "The specimen consists of a %.1f cm gallbladder with a hemorrhagic serosa. The wall is up to 0.5 cm thick. Multiple yellow-green faceted stones." % r.uniform(6, 10),
         "Gallbladder: acute and chronic cholecystitis with cholelithiasis. Negative for dysplasia or malignancy."),
    ]
    if p.scen["key"] == "hip" and r.random() < .6: c = cases[0]
    else: c = r.choice(cases)
    spec, gross, dx = c
    if lay == 0:
        t = [p.hosp["name"] + " - Department of Pathology", r.choice(["SURGICAL PATHOLOGY REPORT", "Surgical Pathology", "PATHOLOGY REPORT"]), "", "Patient: %s   MRN: %s   DOB: %s (Age %d)" % (name(p, 1), p.hmrn, D(p.dob), p.age), "Accession #: %s   Collected: %s   Received: %s" % (acc, D(p.date - timedelta(days=2)), D(p.date - timedelta(days=2))),
             "Submitting physician: %s" % sname(r, "MD"), "", "FINAL DIAGNOSIS:", dx, "", "CLINICAL HISTORY:", p.scen["short"] if "Femoral" in spec else r.choice(["Lesion, r/o malignancy", "Rule out osteomyelitis", "Not provided"]), "",
             "SPECIMEN:", "A. " + spec, "", "GROSS DESCRIPTION:", "A. " + gross + " (%s)" % "".join(x[0] for x in sname(r, "").split()), "", "MICROSCOPIC DESCRIPTION:", r.choice(["Microscopic examination performed; findings support the above diagnosis.", "See diagnosis.", "Sections show the features described above."]), "",
             "I attest that I personally reviewed the slides and rendered the diagnosis.", sig(r, path, p.date, 0)]
    elif lay == 1:  # dermpath letter-style
        t = [r.choice(["%s Dermatopathology" % r.choice(TOWNS), "Cutis Pathology Associates", "Clear Margin Dermpath Lab"]), "", "%s   |   Accession %s" % (name(p, 2), acc), "Sex: %s  Age: %d  Received: %s" % (p.sex, p.age, D(p.date)), "Client: %s (visiting dermatology)" % p.fac["name"], "",
             "DIAGNOSIS:", "  " + spec.upper() + ":", "  " + dx.replace("\n", "\n  "), "", "Comment: %s" % r.choice(["Re-excision or Mohs surgery may be considered if clinically indicated.", "Correlate clinically.", "Findings discussed with Dr. %s on %s." % (r.choice(LN), D(p.date, 1))]), "",
             "Gross: " + gross, "", "%s, Dermatopathologist" % path]
    elif lay == 2:  # compact EHR
        t = ["Pathology Result", "Specimen: " + spec, "Collected: %s   Resulted: %s   Status: Final" % (D(p.date - timedelta(days=3), 1), D(p.date, 1)), "Patient: %s  DOB %s" % (name(p, 0), D(p.dob, 1)), "", "Diagnosis", dx, "", "Gross", gross, "", "Pathologist: " + path]
    elif lay == 3:  # typed older
        t = ["%s\nLABORATORY OF ANATOMIC PATHOLOGY" % p.hosp["name"].upper(), "", "NAME: %s        PATH NO.: %s" % (name(p, 1), acc), "ROOM: %d   PHYSICIAN: %s" % (r.randint(200, 600), sname(r, "MD").upper()), "DATE: %s" % D(p.date, 3), "",
             "TISSUE: " + spec.upper(), "", "GROSS: " + gross.upper(), "", "DIAGNOSIS:  " + dx.upper(), "", path.upper() + "/" + r.choice(["kl", "mb", "rt"])]
    elif lay == 4:  # cytology alt
        t = ["CYTOPATHOLOGY REPORT", "%s  %s  Acc %s" % (name(p, 2), D(p.dob), "C%02d-%04d" % (p.date.year % 100, r.randint(1, 9000))), "Specimen: %s" % r.choice(["Pleural fluid, right", "Urine, voided", "Peritoneal fluid"]), "Volume: %d mL, %s" % (r.randint(20, 900), r.choice(["cloudy yellow", "clear", "blood-tinged"])), "",
             "Adequacy: Satisfactory for evaluation.", "", "INTERPRETATION:", r.choice(["NEGATIVE FOR MALIGNANT CELLS. Reactive mesothelial cells and mixed inflammatory cells.", "Negative for high-grade urothelial carcinoma (Paris category II).", "ATYPICAL CELLS PRESENT; see comment. Cell block immunostains pending."]), "",
             "Cytotechnologist: %s   Pathologist: %s   %s" % (sname(r, "CT(ASCP)"), path, D(p.date))]
    else:  # with synoptic-ish addendum
        t = [p.hosp["name"] + " Pathology", "Case: %s" % acc, "Patient: %s   Sex/Age: %s/%d   Loc: %s" % (name(p, 2), p.sex, p.age, r.choice(["OR", "Endo", "Outpt"])), "Procedure date: %s" % D(p.date - timedelta(days=2)), "",
             "Diagnosis:", "  " + spec + ":", "  " + dx.replace("\n", "\n  "), "", "Intraoperative consultation: %s" % r.choice(["none", "frozen section - margin negative (%s)" % path.split(",")[0]]), "",
             "Gross description:", "  " + gross, "", "Addendum (%s): %s" % (D(p.date + timedelta(days=1), 1), r.choice(["Bone culture: see microbiology.", "Decalcified sections reviewed; diagnosis unchanged.", "Immunostain results as above."])), "", sig(r, path, p.date, 0)]
    return "\n".join(t)


def g_medication_list(r, p):
    lay = r.randint(0, 6)
    if lay == 0:  # admission med rec 3 column
        home = [m for m in p.meds if m not in p.scen["meds"]]
        t = [p.fac["name"], r.choice(["Admission Medication Reconciliation", "MEDICATION RECONCILIATION - ADMISSION", "Med Rec"]), hdr_block(r, p, 2), "Sources: hospital discharge list, %s, pharmacy fill history" % r.choice(["patient interview", "family (%s)" % p.crel, "home bottles"]), "",
             "%-32s %-10s %-10s %s" % ("Medication / dose / frequency", "Pre-hosp", "Hosp D/C", "SNF action"), "-" * 74]
        for m in p.meds:
            t.append("%-32s %-10s %-10s %s" % ((m[0] + " " + m[1])[:31], "Y" if m in home else "-", "Y", r.choice(["Continue", "Continue", "Continue", "Modify - see order"])))
        for extra in r.sample(["ibuprofen 400 mg", "lorazepam 0.5 mg", "diphenhydramine 25 mg", "glipizide 5 mg", "multivitamin", "fish oil 1000 mg"], 2):
            t.append("%-32s %-10s %-10s %s" % (extra, "Y", "-", r.choice(["Discontinue", "Hold", "Discontinue - Beers list"])))
        t += ["", "Reconciled by: %s   Date: %s" % (sname(r, "RN"), D(p.admit)), "Reviewed/approved: %s" % p.md]
    elif lay == 1:  # MAR grid
        mon = p.date.replace(day=1)
        t = ["MEDICATION ADMINISTRATION RECORD", "%s   %s   Month: %s" % (p.fac["name"], p.unit, mon.strftime("%B %Y")), "Resident: %s   Rm %s   Physician: %s   Allergies: %s" % (name(p, 2), p.room, p.md, ", ".join(p.allergies)), "Dx: %s" % "; ".join(diag_list(p, r, 3, False)), "",
             "%-40s %-6s " % ("MEDICATION", "HOUR") + " ".join("%2d" % d for d in range(1, 16))]
        for m in p.meds:
            times = {"daily": ["0900"], "BID": ["0900", "2100"], "TID": ["0800", "1400", "2000"], "QID": ["0800", "1200", "1600", "2000"], "at bedtime": ["2100"]}
            tt = next((v for kk, v in times.items() if kk in m[3]), ["PRN"])
            for j, hh in enumerate(tt):
                lbl = (m[0] + " " + m[1] + " " + m[2] + " " + m[3])[:40] if j == 0 else ""
                cells = ["  " if hh == "PRN" else r.choice(["JK", "MB", "TR", "LS", "AW"]) if r.random() > .03 else r.choice([" R", " H"]) for _ in range(15)]
                t.append("%-40s %-6s " % (lbl, hh) + " ".join(cells))
        t += ["", "Codes: R=refused H=held (see notes) L=LOA", "Nurse initials/signature: JK %s  MB %s  TR %s" % (sname(r, "LPN"), sname(r, "RN"), sname(r, "LPN"))]
    elif lay == 2:  # patient-friendly discharge list
        t = ["Your Medication List", "%s  (DOB %s)" % (name(p, 0), D(p.dob)), "Updated %s by %s" % (D(p.date, 2), p.fac["name"]), "", "Take these medicines:"]
        for m in p.meds:
            t.append("  * %s %s - %s %s\n      What it's for: %s" % (m[0].upper(), m[1], {"PO": "by mouth", "SC": "inject under skin", "inhaled": "inhale", "topical": "apply to skin", "nebulized": "by nebulizer"}.get(m[2], m[2]), m[3], m[4]))
        t += ["", "STOP taking: %s" % r.choice(["ibuprofen (Advil/Motrin)", "lorazepam", "your old dose of lisinopril 20 mg", "nothing stopped"]), "", "Bring this list to every appointment."]
    elif lay == 3:  # pharmacy profile printout
        t = [p.pharm.upper(), "ACTIVE MEDICATION PROFILE", "Facility: %s  Station: %s" % (p.fac["name"], p.unit), "Patient: %s  ID %s  DOB %s  Wt %d lb" % (name(p, 1), p.mrn, D(p.dob), p.wt), "Allergies: %s" % "; ".join(p.allergies), "",
             "%-8s %-30s %-22s %-10s %s" % ("Rx#", "Drug", "Sig", "Start", "Prescriber")]
        for m in p.meds:
            t.append("%-8d %-30s %-22s %-10s %s" % (r.randint(1000000, 9999999), (m[0] + " " + m[1])[:30], (m[2] + " " + m[3])[:22], D(p.admit - timedelta(days=r.randint(0, 300)) if not p.rehab else p.admit, 1), p.md.split(",")[0].split()[-1].upper()))
        t += ["", "Total active orders: %d" % len(p.meds), "Printed %s" % D(p.date)]
    elif lay == 4:  # home med list from family / handwritten transcribed
        t = [r.choice(["Mom's meds", "Medications - %s" % p.first, "List of medicines", "MEDS (from home)"]), ""]
        for m in p.meds:
            if m in p.scen["meds"]: continue
            t.append("%s %s %s" % (m[0].capitalize(), m[1], r.choice([m[3], m[3].replace("daily", "1x day").replace("BID", "2x a day"), "morning", ""])))
        t += [r.choice(["Tylenol as needed", "Vitamin D", "eye drops both eyes", "stool softener"]), "", r.choice(["Dr. %s is her heart dr" % r.choice(LN), "Pharmacy: %s Drug %s" % (r.choice(LN), rphone(r)), ""])]
    elif lay == 5:  # meds sent with resident on transfer / discharge reconciliation table
        t = [p.fac["name"] + "    Discharge Medication Reconciliation", "Resident: %s   Discharge date: %s   To: %s" % (name(p, 2), D(p.date), r.choice(["home", "hospital", "%s" % p.hosp["name"]])), "",
             "| Medication | Dose | Route | Frequency | Last dose given | Continue? |", "|---|---|---|---|---|---|"]
        for m in p.meds:
            t.append("| %s | %s | %s | %s | %s %s | %s |" % (m[0], m[1], m[2], m[3], D(p.date, 1), T(r), r.choice(["Yes", "Yes", "Yes", "No - completed"])))
        t += ["", "Controlled substances sent: %s" % r.choice(["none", "oxycodone 5 mg x 6 tabs (count verified by 2 nurses)"]), "Nurse: %s   Resident/rep: %s" % (sname(r, "RN"), p.contact)]
    else:  # pharmacist medication regimen review
        t = ["Consultant Pharmacist Medication Regimen Review", "%s   Review date: %s" % (p.fac["name"], D(p.date)), "Resident: %s  Rm %s" % (name(p, 2), p.room), "",
             "Current regimen reviewed (%d scheduled, %d PRN):" % (len([m for m in p.meds if "PRN" not in m[3]]), len([m for m in p.meds if "PRN" in m[3]])), meds_block(r, p, 3), "",
             "Findings: %s" % r.choice(["No irregularities noted.", "PPI > 8 weeks without documented indication - consider taper.", "Duplicate laxative therapy.", "No recent TSH on levothyroxine.", "Recommend renal dose adjustment (CrCl ~32 mL/min)."]),
             "Physician response:  [ ] Accept  [ ] Decline  [ ] Other ______", "", "%s, PharmD" % sname(r, "").strip()]
    return "\n".join(t)


def g_prescription(r, p):
    lay = r.randint(0, 6)
    pres = r.choice([p.md, p.np])
    dea = "%s%s%07d" % (r.choice("ABFM"), p.last[0] if r.random() < .3 else pres.split(",")[0].split()[-1][0], r.randint(0, 9999999))
    npi = "%010d" % r.randint(1000000000, 1999999999)
    ctrl = [m for m in p.meds if m[0] in ("oxycodone",)] or [("oxycodone", "5 mg", "PO", "q6h PRN severe pain", "pain"), ("lorazepam", "0.5 mg", "PO", "q8h PRN anxiety", "anxiety"), ("tramadol", "50 mg", "PO", "q6h PRN pain", "pain")]
    m = r.choice(p.meds)
    if lay == 0:  # CII hard script for LTC pharmacy
        c = ctrl[0] if r.random() < .7 else r.choice(ctrl)
        qty = r.choice([30, 42, 60, 84])
        t = [pres.split(",")[0] + ", " + pres.split(",")[-1].strip(), "%s" % p.fac["name"], p.fac["addr"] + ", " + p.fac["town"] + ", " + p.fac["st"], "DEA# %s   NPI %s" % (dea, npi), "",
             "Patient: %s        Date: %s" % (name(p, 0), D(p.date)), "Address: %s" % (p.fac["addr"] + " (LTCF resident)"), "DOB: %s" % D(p.dob), "",
             "Rx: %s %s tablet" % (c[0].capitalize(), c[1]), "Sig: Take 1 tab %s %s" % (c[2], c[3]), "Disp: %d (%s) tablets" % (qty, {30: "thirty", 42: "forty-two", 60: "sixty", 84: "eighty-four"}[qty]), "Refills: 0",
             "Diagnosis: %s" % p.scen["short"], "Patient is a resident of a long-term care facility.", "", "_____________________________  (signature)", "Substitution permitted"]
    elif lay == 1:  # e-prescription printout
        t = ["ePrescription - Transmitted", "To: %s  NCPDP %d  Fax %s" % (p.pharm, r.randint(1000000, 9999999), rphone(r)), "From: %s  NPI %s" % (pres, npi), "Sent: %s %s   Status: %s" % (D(p.date), T(r), r.choice(["Accepted by pharmacy", "Transmitted", "Verified"])), "",
             "Patient: %s  DOB %s  Gender %s" % (name(p, 2), D(p.dob), p.sex), "", "Medication: %s %s %s" % (m[0], m[1], r.choice(["tablet", "capsule", "solution", ""])), "Sig: %s %s" % (m[2], m[3]), "Quantity: %d  Days supply: %d  Refills: %d" % (r.choice([30, 60, 90]), r.choice([30, 90]), r.randint(0, 5)),
             "Substitutions allowed: Yes", "Note to pharmacist: %s" % r.choice(["LTC - blister pack", "new start", "dose change - d/c previous", "none"])]
    elif lay == 2:  # Rx pad
        t = [letterhead(r, p.fac, 3), "", "Name %s          Age %d" % (name(p, 0), p.age), "Address %s    Date %s" % (p.fac["addr"], D(p.date, 1)), "", "Rx", "   %s %s" % (m[0], m[1]), "   Sig: %s %s" % (m[2], m[3]), "   #%s" % r.choice(["30", "60", "90", "1 box", "1 inhaler"]), "", "Refill  0 1 2 3 4 5 PRN", "", "__________________ M.D.", "%s  Lic. #%d" % (pres, r.randint(10000, 99999))]
    elif lay == 3:  # DME prescription
        item = r.choice(["Rolling walker, adult, with 5\" wheels", "Standard wheelchair 18\" with elevating leg rests and cushion", "Semi-electric hospital bed with half rails", "Bedside commode", "Shower chair with back", "Home oxygen concentrator 2 L/min continuous, portable tanks"])
        t = ["DURABLE MEDICAL EQUIPMENT ORDER / PRESCRIPTION", "Patient: %s   DOB: %s" % (name(p, 2), D(p.dob)), "Address: %s" % p.home, "Phone: %s" % p.cphone, "Insurance: %s" % p.payer, "",
             "Item: %s" % item, "HCPCS: %s" % r.choice(["E0143", "K0001", "E0260", "E0165", "E1390", "E0240"]), "Diagnosis: %s (%s)" % (p.scen["dx"], p.scen["icd"]), "Length of need: %s" % r.choice(["99 months (lifetime)", "6 months", "12 months"]),
             "Medical necessity: %s" % r.choice(["Mobility limitation impairs ADLs in the home; able to safely use device.", "Requires positioning not feasible in ordinary bed.", "Resting SpO2 87%% on room air %s." % D(p.date, 1)]), "",
             "Face-to-face encounter date: %s" % D(p.date - timedelta(days=r.randint(1, 20)), 1), "Prescriber: %s   NPI: %s" % (pres, npi), "Signature ______________________  Date %s" % D(p.date, 1)]
    elif lay == 4:  # discharge scripts bundle
        t = ["%s\nDischarge Prescriptions" % p.fac["name"], "%s   DOB %s" % (name(p, 0), D(p.dob, 1)), ""]
        for i, mm in enumerate(r.sample(p.meds, min(len(p.meds), r.randint(2, 4)))):
            t += ["%d) %s %s" % (i + 1, mm[0].capitalize(), mm[1]), "   %s %s   Qty %d   RF %d" % (mm[2], mm[3], r.choice([30, 60, 90]), r.randint(0, 3))]
        t += ["", "Prescriber: %s   DEA %s" % (pres, dea), "Date: %s" % D(p.date)]
    elif lay == 5:  # faxed CII emergency / telephone order to pharmacy
        c = r.choice(ctrl)
        t = ["FAX TO: %s   Fax %s" % (p.pharm, rphone(r)), "FROM: %s, %s" % (p.fac["name"], p.unit), "", "PRESCRIPTION FOR LONG TERM CARE FACILITY RESIDENT", "Resident: %s   DOB: %s   Room: %s" % (name(p, 2), D(p.dob), p.room), "Allergies: %s" % ", ".join(p.allergies), "",
             "%s %s  %s %s" % (c[0].capitalize(), c[1], c[2], c[3]), "Quantity: %d   (%s day supply)" % (r.choice([20, 30, 40]), r.choice(["5", "7", "10"])), "Indication: %s" % c[4], "", "Prescriber: %s" % pres, "DEA: %s" % dea, "Signature: ______________________", "Date: %s" % D(p.date)]
    else:  # antibiotic script short with stop date
        ab = r.choice([("nitrofurantoin monohydrate/macrocrystals", "100 mg", "PO", "BID x 5 days"), ("cephalexin", "500 mg", "PO", "QID x 7 days"), ("doxycycline hyclate", "100 mg", "PO", "BID x 7 days"), ("amoxicillin", "500 mg", "PO", "TID x 5 days")])
        t = ["Rx  %s" % D(p.date, 5), "%s  (%s)" % (name(p, 0), D(p.dob, 5)), "", "%s %s" % (ab[0], ab[1]), "%s %s" % (ab[2], ab[3]), "Stop date: %s" % D(p.date + timedelta(days=int(ab[3].split("x ")[1].split()[0])), 1), "Disp: QS", "", "Dx: %s" % r.choice(["UTI", "cellulitis", "bronchitis"]), pres]
    return "\n".join(t)


def g_anesthesia_record(r, p):
    lay = r.randint(0, 5)
    s = surgery_for(r, p)
    an = sname(r, "MD")
    crna = sname(r, "CRNA")
    od = p.hosp_admit + timedelta(days=1)
    asa = r.choice(["III", "III", "IV", "II"])
    v = vitals(r, p)
    airway = "Mallampati %s, TMD >3 FB, mouth opening adequate, %s" % (r.choice(["II", "III"]), r.choice(["upper dentures", "edentulous", "poor dentition", "own teeth"]))
    if lay == 0:  # intraop record with timeline
        st = r.randint(7, 14)
        t = [p.hosp["name"] + "  ANESTHESIA RECORD", "Patient: %s   MRN %s   Age %d   Wt %d kg   Ht %d cm" % (name(p, 2), p.hmrn, p.age, int(p.wt / 2.2), int(p.ht * 2.54)), "Date %s   OR %d   ASA %s   Procedure: %s" % (D(od), r.randint(1, 12), asa, s["name"]),
             "Anesthesiologist: %s   CRNA: %s" % (an, crna), "Technique: %s" % s["anes"], "Allergies: %s   NPO since %s" % (", ".join(p.allergies), r.choice(["MN", "2200", "0400 clears"])), "",
             "TIME   " + "  ".join("%02d:%02d" % (st + (i * 15) // 60, (i * 15) % 60) for i in range(8))]
        for lab, lo, hi in [("SBP ", 90, 150), ("DBP ", 45, 80), ("HR  ", 55, 95), ("SpO2", 94, 100), ("EtCO2", 32, 40)]:
            t.append("%-6s " % lab + "  ".join("%5d" % r.randint(lo, hi) for _ in range(8)))
        mins = [0]
        for _ in range(4): mins.append(mins[-1] + r.randint(8, 45))
        ga = "General" in s["anes"]; sp = "Spinal" in s["anes"]
        drugs = ("propofol %d mg, fentanyl %d mcg, rocuronium %d mg, cefazolin 2 g, ondansetron 4 mg, dexamethasone 4 mg, sugammadex 200 mg" % (r.choice([80, 100, 120]), r.choice([50, 100]), r.choice([30, 40, 50]))) if ga else \
            ("bupivacaine 0.75%% %.1f mL spinal, propofol infusion 25-50 mcg/kg/min, cefazolin 2 g, phenylephrine %d mcg total" % (r.choice([1.4, 1.6]), r.choice([200, 300, 400]))) if sp else \
            ("midazolam 1 mg, fentanyl 50 mcg, propofol %d mg total in divided doses" % r.randint(40, 150))
        t += ["", "Events: %s Anesthesia start; %s Induction; %s Incision; %s Closing; %s Out of room" % tuple("%02d:%02d" % (st + m // 60, m % 60) for m in mins),
              "Drugs: %s" % drugs,
              "Fluids: LR %d mL   EBL %d mL   UO %s" % (r.choice([700, 900, 1100]), s["ebl"], r.choice(["n/a", "200 mL"])), "Airway: %s" % (r.choice(["ETT 7.0 oral, grade I view, MAC 3", "ETT 7.5, VL grade I", "LMA #4"]) if ga else "natural airway, O2 via simple face mask"), "", "Signed: %s / %s" % (an, crna)]
    elif lay == 1:  # pre-anesthesia evaluation
        t = ["PRE-ANESTHESIA EVALUATION", "%s  %s" % (p.hosp["name"], D(od)), "%s, %s   DOB %s" % (name(p, 2), age_sex(p, 1), D(p.dob)), "Planned procedure: " + s["name"], "",
             "PMH: " + "; ".join(c["dx"] for c in p.comorb), "Prior anesthesia: %s" % r.choice(["GA for cholecystectomy, no problems", "none", "PONV with prior surgery", "spinal for TURP, uneventful"]), "Meds: " + ", ".join(m[0] for m in p.meds),
             "Allergies: " + ", ".join(p.allergies), "Functional capacity: %s" % r.choice(["<4 METs", "unable to assess", "~4 METs"]), "", "Airway: " + airway, "Heart: " + r.choice(["RRR", "irregular"]), "Lungs: " + r.choice(["clear", "diminished bases"]),
             "Labs: Hgb %s, K %s, Cr %s, INR %s" % (labval(r, p, "HGB")[1], labval(r, p, "K")[1], labval(r, p, "CREAT")[1], labval(r, p, "INR")[1]), "ECG: %s" % r.choice(["NSR, LAFB", "AF rate 82", "sinus brady 56"]), "",
             "ASA class: %s" % asa, "Plan: %s" % s["anes"], "Risks discussed including %s. Consent signed. %s." % (r.choice(["sore throat, dental injury, PONV, awareness, cardiopulmonary complications", "post-operative delirium, hypotension, headache"]), p.code + " status addressed - %s" % r.choice(["suspended for OR", "maintained with limitations"])), "", an]
    elif lay == 2:  # PACU record
        t = ["POST ANESTHESIA CARE UNIT RECORD", "%s   %s" % (name(p, 1), D(od)), "Procedure: %s   Anesthesia: %s" % (s["name"], s["anes"]), "Arrival %s  Report from %s" % (T(r), crna), "",
             "%-6s %-8s %-4s %-4s %-5s %-5s %s" % ("Time", "BP", "HR", "RR", "SpO2", "Pain", "Aldrete")]
        for i in range(5):
            t.append("%-6s %-8s %-4d %-4d %-5d %-5d %d" % ("+%dm" % (i * 15), "%d/%d" % (r.randint(100, 150), r.randint(55, 80)), r.randint(60, 95), r.randint(12, 20), r.randint(93, 100), r.randint(0, 6), min(10, 7 + i)))
        t += ["", "Meds: %s" % r.choice(["hydromorphone 0.2 mg IV x2", "fentanyl 25 mcg IV x1, ondansetron 4 mg", "none"]), "Discharge criteria met at %s; to %s" % (T(r), r.choice(["floor", "ortho unit", "step-down"])), "PACU RN: %s" % sname(r, "RN")]
    elif lay == 3:  # spinal procedure note in anesthesia
        t = ["Anesthesia Procedure Note - Neuraxial", "%s | %s | %s" % (name(p, 2), p.hmrn, D(od)), "Indication: surgical anesthesia for %s" % s["name"], "Position: sitting", "Prep: chlorhexidine, sterile drape",
             "Level: L%d-L%d, midline approach, %s gauge Whitacre needle, %d attempt(s)" % (r.choice([3, 2]), r.choice([4, 3]), r.choice(["25", "24"]), r.choice([1, 1, 2])), "CSF: clear, free flow", "Medication: bupivacaine 0.75%% in dextrose %.1f mL + fentanyl 15 mcg" % r.choice([1.4, 1.6, 1.8]),
             "Sensory level T%d at 10 min" % r.choice([8, 10, 10, 6]), "Complications: none; %s" % r.choice(["hypotension treated with phenylephrine", "no paresthesia", "no heme"]), "", an]
    elif lay == 4:  # MAC for endoscopy brief
        t = ["ANESTHESIA RECORD - MAC", "Pt %s  %s  ASA %s" % (name(p, 2), D(p.date, 1), asa), "Procedure: %s" % r.choice(["EGD", "Colonoscopy", "PEG placement", "TEE"]), "O2 via nasal cannula 2-4 L, EtCO2 monitored",
             "Propofol total %d mg; lidocaine 40 mg" % r.randint(60, 220), "Start %s  End %s" % (T(r), T(r)), "Vitals stable throughout. Lowest SpO2 %d%%, lowest SBP %d." % (r.randint(88, 96), r.randint(85, 110)), "No airway intervention required.", "", crna, "Supervising: " + an]
    else:  # OCR'd grid w/ checkboxes
        t = ["%s" % p.hosp["name"].upper(), "INTRAOPERATIVE ANESTHESIA RECORD   Form AN-%d" % r.randint(10, 99), "", "[%s] GA  [%s] Regional  [%s] MAC    ASA: %s  [ ]E" % ("X" if "General" in s["anes"] else " ", "X" if "Spinal" in s["anes"] else " ", "X" if "MAC" in s["anes"] or "sedation" in s["anes"] else " ", asa),
             "Monitors: [X] ECG [X] NIBP [X] SpO2 [%s] EtCO2 [X] Temp  [ ] A-line" % ("X" if "General" in s["anes"] else " "), "Patient: %s   Rm %d" % (name(p, 1), r.randint(1, 14)), "Proc: %s" % s["name"], "",
             "Induction: %s" % r.choice(["IV smooth", "N/A spinal", "IV rapid sequence"]), "Positioning: %s, pressure points padded" % r.choice(["supine", "lateral", "fracture table"]), "Eyes: taped", "",
             "I/O: Crystalloid %d  Blood 0  EBL %d  Urine %s" % (r.choice([800, 1000, 1200]), s["ebl"], r.choice(["--", "150"])), "Temp end: %.1f C" % r.uniform(35.8, 36.9), "", "Anesthesia: %s" % an]
    return "\n".join(t)


def g_correspondence(r, p):
    lay = r.randint(0, 6)
    fam = p.contact
    if lay == 0:  # physician to family update
        t = [letterhead(r, p.fac), "", D(p.date, 2), "", fam, addr(r), "%s, %s %05d" % (r.choice(TOWNS), p.fac["st"], r.randint(10000, 99899)), "",
             "Dear %s %s," % (r.choice(["Mr.", "Ms.", "Mrs."]), fam.split()[-1]) if r.random() < .6 else "Dear %s," % fam.split()[0], "",
             "I am writing to update you on your %s's condition. %s %s continues to %s. %s" % ({"daughter": "mother" if p.sex == "F" else "father", "son": "mother" if p.sex == "F" else "father"}.get(p.crel, "family member"), p.Mr, p.last,
                                                                                       r.choice(["make steady progress with therapy", "have good days and bad days", "be medically stable", "slowly decline in appetite and energy"]), r.choice(["Recent labs were reassuring.", "We adjusted one blood pressure medication.", "We have started a nutritional supplement twice a day.", "We treated a urinary infection last week."])), "",
             "I would welcome the chance to talk at the next care plan meeting on %s, or you may call the nurses' station at %s." % (D(p.date + timedelta(days=r.randint(5, 20)), 2), p.fac["phone"]), "",
             r.choice(["Sincerely,", "Warm regards,", "Respectfully,"]), "", p.md]
    elif lay == 1:  # SNF to PCP on discharge
        t = [p.fac["name"], "Attending Physician Office", "", "Date: %s" % D(p.date), "To: %s" % p.pcp, "Re: %s (DOB %s)" % (name(p, 0), D(p.dob)), "",
             "Dear Dr. %s:" % p.pcp.split(",")[0].split()[-1], "", "Your patient was discharged from our facility on %s after a %d-day rehabilitation stay following %s. %s %s" % (D(p.date, 2), (p.date - p.admit).days + 10, p.scen["short"], r.choice(["She" if p.sex == "F" else "He", "The patient"]) + " returned home with home health services.", r.choice(["Medication changes are listed below.", "Please note the following changes.", ""])),
             "", "Medications on discharge:", meds_block(r, p, 0), "", "Items for follow-up: %s" % "; ".join(r.sample(p.scen["plan"], 2)), "", "Thank you for allowing us to participate in the care of your patient.", "", p.md]
    elif lay == 2:  # results letter to patient/resident
        t = [letterhead(r, p.hosp, r.randint(0, 2)), "", D(p.date, 2), "", name(p, 0), "c/o %s, Room %s" % (p.fac["name"], p.room), "", "Dear %s %s," % (p.Mr, p.last), "",
             "Your recent %s showed %s. %s" % (r.choice(["blood tests", "bone density scan", "imaging study", "colon biopsy"]), r.choice(["no worrisome findings", "results within the expected range for you", "mild anemia, which we will recheck", "findings consistent with osteoporosis"]), r.choice(["No changes to your treatment are needed at this time.", "We have sent recommendations to your facility physician.", "Please discuss with your doctor at your next visit."])), "",
             "If you have any questions please call our office at %s." % p.hosp["phone"], "", "Sincerely,", sname(r, "MD"), r.choice(["Internal Medicine", "Endocrinology", "Gastroenterology", "Orthopaedics"])]
    elif lay == 3:  # care plan meeting invite from social services
        t = [p.fac["name"], p.fac["addr"], "", D(p.date, 2), "", "Dear %s," % fam, "", "You are invited to attend the %s care conference for %s %s on %s at %s in the %s. The interdisciplinary team (nursing, therapy, dietary, activities and social services) will review %s progress and plan of care. You may also participate by telephone; please call %s to arrange." % (
            r.choice(["quarterly", "initial", "annual", "significant-change"]), p.Mr, p.last, D(p.date + timedelta(days=r.randint(3, 14)), 2), T12(r, 9, 15), r.choice(["2nd floor conference room", "family room", "library"]), H(p, "his"), p.fac["phone"]), "",
             "Sincerely,", "", sname(r, "MSW"), "Director of Social Services"]
    elif lay == 4:  # portal message/email
        t = ["From: %s <%s@%s.example.org>" % (sname(r, ""), r.choice(["nurse", "np", "ss"]) + str(r.randint(1, 99)), r.choice(["willowcrest", "oakhaven", "ltcmail", "mapleterrace"])), "To: %s" % fam, "Sent: %s %s" % (D(p.date, 2), T12(r)), "Subject: %s" % r.choice(["Update on your mom" if p.sex == "F" else "Update on your dad", "Re: question about meds", "lab results", "visit today"]), "",
             "Hi %s," % fam.split()[0], "", r.choice(["Just letting you know %s had a quiet night and ate most of breakfast." % p.first, "The doctor saw %s today and wants to recheck a blood count next week." % p.first, "We received the hospital records you asked about and they are now in the chart.", "%s's new walker arrived and therapy is working with %s on it." % (p.first, H(p, "him"))]), "",
             "Please call with any questions.", "", "Thanks,", sname(r, r.choice(["RN", "LPN", "NP", ""])).strip(", "), p.fac["name"]]
    elif lay == 5:  # to whom it may concern
        t = [letterhead(r, p.fac), "", D(p.date, 2), "", "To Whom It May Concern:", "", "%s %s (DOB %s) has been a resident of %s since %s under my care. Due to %s and related conditions, %s requires 24-hour skilled nursing care and is unable to %s. %s" % (
            p.Mr, name(p, 0), D(p.dob), p.fac["name"], D(p.admit, 2), p.scen["dx"], H(p, "he"), r.choice(["manage personal finances or legal matters", "travel", "appear in court", "live independently"]), r.choice(["This condition is not expected to improve.", "Please excuse from jury duty.", "Please contact my office with questions."])), "",
             "Sincerely,", "", p.md, "Attending Physician"]
    else:  # specialist follow-up letter back to attending
        t = [letterhead(r, p.hosp), "", D(p.date, 2), "", "%s\n%s" % (p.md, p.fac["name"]), "", "Re: %s, DOB %s" % (name(p, 0), D(p.dob)), "",
             "Dear %s," % p.md.split(",")[0], "", "I saw %s in follow-up today. %s Plan: %s. I will see %s back in %s." % (p.first, r.choice(["Incision healed, x-rays show stable fixation.", "Weight is down 3 lb, volume status improved.", "Neuro exam is improving.", "Lung exam is clear."]), r.choice(p.scen["plan"]).lower(), H(p, "him"), r.choice(["6 weeks", "3 months", "6 months"])), "",
             "Best regards,", "", sname(r, "MD"), "cc: %s" % p.pcp]
    return "\n".join(t)


def g_consent_form(r, p):
    lay = r.randint(0, 7)
    rep = p.contact
    wit = sname(r, r.choice(["RN", "LPN", "MSW"]))
    signer = r.choice(["Resident", "Responsible party / POA (%s)" % rep])
    sigs = ["", "Signature of resident or legal representative: ______________________  Date: %s" % D(p.date), "Relationship if not resident: %s" % (p.crel if "POA" in signer else "________"), "Witness: %s  Date: %s" % (wit, D(p.date))]
    if lay == 0:  # psychotropic consent
        drug = r.choice([("sertraline", "depression", "nausea, diarrhea, dizziness, falls, low sodium"), ("quetiapine", "psychosis with distressing hallucinations", "sedation, falls, weight gain, increased risk of death in elderly persons with dementia (FDA boxed warning)"), ("mirtazapine", "depression with poor appetite", "sedation, weight gain, dizziness"), ("trazodone", "insomnia", "sedation, orthostatic hypotension, falls")])
        t = [p.fac["name"], "INFORMED CONSENT FOR PSYCHOTROPIC MEDICATION", "", "Resident: %s   Room: %s   DOB: %s" % (name(p, 2), p.room, D(p.dob)), "",
             "Medication: %s   Dose: %s   Prescriber: %s" % (drug[0], r.choice(["25 mg", "50 mg", "7.5 mg", "12.5 mg"]), p.md), "Target behaviors / diagnosis: %s" % drug[1], "",
             "I have been informed of the reason for this medication, the expected benefits, the possible side effects including %s, and alternatives including non-drug approaches. I understand a gradual dose reduction will be attempted unless clinically contraindicated. I may withdraw consent at any time." % drug[2], "",
             "[ ] I consent   [ ] I decline", "Consent obtained by: [ ] in person  [ ] telephone (two nurses)"] + sigs
    elif lay == 1:  # vaccine consent
        vac = r.choice(["Influenza (inactivated)", "Pneumococcal conjugate (PCV20)", "Pneumococcal polysaccharide (PPSV23)", "COVID-19 (updated formula)", "Tdap", "Recombinant zoster"])
        t = [letterhead(r, p.fac, 4), "%s VACCINE CONSENT / DECLINATION" % vac.split(" (")[0].upper(), "Season/Date: %s" % D(p.date), "Name: %s   DOB: %s   Room: %s" % (name(p, 0), D(p.dob), p.room), "",
             "I have received and read (or had explained to me) the Vaccine Information Statement dated %s for %s. I understand the benefits and risks." % (D(p.date - timedelta(days=r.randint(100, 700)), 1), vac), "",
             "Screening:  Allergy to vaccine components? [ ]Y [X]N   Prior reaction? [ ]Y [X]N   Guillain-Barre history? [ ]Y [X]N   Currently ill with fever? [ ]Y [X]N", "",
             "[%s] I CONSENT to receive the vaccine." % r.choice(["X", "X", " "]), "[ ] I DECLINE. Reason: ____________", ""] + sigs[1:]
    elif lay == 2:  # admission consent for treatment
        t = [p.fac["name"].upper(), "CONSENT TO TREATMENT AND AUTHORIZATION", "", "Resident name: %s" % name(p, 0), "Admission date: %s" % D(p.admit), "",
             "1. Consent for care. I consent to routine nursing care, medical treatment ordered by the attending physician, diagnostic tests, rehabilitation services and emergency care as deemed necessary.",
             "2. Release of information. I authorize the facility to release medical information to payers, the attending physician, consultants, pharmacy and hospitals as needed for treatment and payment.",
             "3. Personal property. The facility is not responsible for personal items not placed in the facility safe.", "4. Photographs. I %s consent to photographs for identification and wound documentation." % r.choice(["do", "do not"]),
             "5. Assignment of benefits to %s." % p.fac["name"]] + sigs
    elif lay == 3:  # bed rail consent
        t = [p.fac["name"], "Bed Rail / Assistive Device Informed Consent", "%s   Rm %s" % (name(p, 2), p.room), "", "Device: %s" % r.choice(["1/4 side rails bilateral (upper)", "half rail right side", "grab bar / assist bar"]), "Purpose: %s" % r.choice(["assist with bed mobility and transfers", "positioning"]),
             "Alternatives tried: low bed, floor mat, frequent rounding, positioning wedges", "Risks explained: entrapment, falls from climbing over rails, skin injury, restricted movement.", "This device is not used as a restraint.", "Reassessed quarterly and with change in condition.", ""] + sigs
    elif lay == 4:  # procedure consent (hospital)
        proc = r.choice(["Transfusion of blood products", "Insertion of peripherally inserted central catheter (PICC)", "Upper endoscopy with possible biopsy", r.choice(["Right", "Left"]) + " hip surgery (open reduction internal fixation)", "Paracentesis"])
        t = [p.hosp["name"], "INFORMED CONSENT FOR PROCEDURE", "Patient: %s   MRN: %s" % (name(p, 1), p.hmrn), "", "I authorize Dr. %s and associates to perform: %s." % (sname(r, "").split()[-1], proc), "",
             "The nature and purpose of the procedure, the risks (including bleeding, infection, injury to surrounding structures, reaction to medications, and rarely death), benefits and alternatives, including no treatment, have been explained to me. I have had the opportunity to ask questions.", "",
             "Anesthesia/sedation: %s" % r.choice(["local", "moderate sedation", "general/spinal per anesthesia consent"]), "Blood products: [X] accept [ ] refuse", "", "Patient/representative: ____________  Date/Time: %s %s" % (D(p.date, 1), T(r)), "Physician: ____________  %s" % sname(r, "MD"), "Interpreter: %s" % ("N/A" if p.lang == "English" else p.lang + " #%d" % r.randint(1000, 9999))]
    elif lay == 5:  # photo consent
        t = ["Authorization for Photography", p.fac["name"], "", "I, %s, %s, authorize %s to photograph %s for the purposes of: [X] wound documentation  [ ] identification  [ ] facility newsletter/activities." % (rep if r.random() < .5 else name(p, 0), r.choice(["acting on behalf of the resident", "being the resident"]), p.fac["name"], r.choice(["me", "the resident named above"])), "",
             "Photographs will be stored in the medical record and will not be released without authorization except as permitted by law.", ""] + sigs
    elif lay == 6:  # telehealth consent
        t = ["CONSENT FOR TELEHEALTH SERVICES", "Patient: %s     DOB: %s     Location: %s" % (name(p, 0), D(p.dob), p.fac["name"]), "",
             "I agree to receive health services by real-time audio/video with a remote provider. I understand that: (a) a facility staff member may be present to assist; (b) there are technical risks including interruption of service; (c) my information is protected under privacy law; (d) I may decline and request an in-person visit.", "",
             "Verbal consent given: [X]   Date %s   Obtained by: %s" % (D(p.date, 1), wit)]
    else:  # refusal / informed refusal
        what = r.choice(["transfer to hospital", "physical therapy", "insulin injections", "dialysis evaluation", "wound debridement"])
        t = [p.fac["name"], "Informed Refusal of Treatment / Release of Responsibility", "", "Resident: %s   Date: %s" % (name(p, 2), D(p.date)), "", "I have been advised by %s that %s is recommended because of %s. The risks of refusing, including worsening condition and possible death, have been explained. I refuse this treatment of my own free will and release the facility and physicians from responsibility for consequences." % (p.np, what, p.scen["short"]), ""] + sigs
    return "\n".join(t)


def g_referral_letter(r, p):
    lay = r.randint(0, 6)
    spec = r.choice(["Dermatology", "Ophthalmology", "Urology", "Gastroenterology", "Cardiology", "Orthopaedics", "Audiology", "Neurology", "Wound Clinic", "Hospice"])
    reason = {"Dermatology": "evaluation of enlarging pigmented lesion on the %s" % r.choice(["left cheek", "scalp", "right forearm"]), "Ophthalmology": "decreased vision, possible cataract, diabetic eye exam",
              "Urology": "recurrent urinary retention, PVR 350 mL", "Gastroenterology": "iron deficiency anemia with heme-positive stool", "Cardiology": "new murmur and syncope episode",
              "Orthopaedics": "%s knee pain limiting therapy" % p.side, "Audiology": "hearing loss, hearing aid evaluation", "Neurology": "tremor and gait decline", "Wound Clinic": "non-healing %s heel ulcer" % p.side,
              "Hospice": "progressive decline, prognosis likely < 6 months"}[spec]
    if lay == 0:
        t = [letterhead(r, p.fac), "", D(p.date, 2), "", "%s Department" % spec, r.choice([p.hosp["name"], "%s %s Associates" % (r.choice(TOWNS), spec)]), "", "RE: Referral - %s, DOB %s" % (name(p, 0), D(p.dob)), "",
             "Dear Colleague,", "", "I am referring my patient, a %s residing at our facility, for %s. %s Relevant history includes %s. Current medications are enclosed. Allergies: %s." % (age_sex(p), reason, p.scen["hpi"].split(". ")[0] + ".", ", ".join(c["dx"].lower() for c in p.comorb), ", ".join(p.allergies)), "",
             "Transportation will be arranged by the facility; %s will accompany when possible. Please fax your recommendations to %s." % (p.contact, p.fac["fax"]), "", "Thank you,", "", p.md]
    elif lay == 1:  # referral form fax
        t = ["REFERRAL / REQUEST FOR CONSULTATION", "Date: %s   Priority: %s" % (D(p.date), r.choice(["Routine", "Urgent", "Within 2 weeks"])), "", "Referring provider: %s   Phone %s  Fax %s" % (p.np, p.fac["phone"], p.fac["fax"]), "Referred to: %s - %s" % (spec, sname(r, "MD")), "",
             "Patient: %s  DOB: %s  Sex: %s" % (name(p, 2), D(p.dob), p.sex), "Insurance: %s  ID: %s" % (p.payer, "%d%s" % (r.randint(100000000, 999999999), r.choice("AB"))), "Facility: %s  Rm %s" % (p.fac["name"], p.room), "",
             "Reason for referral: %s" % reason, "ICD-10: %s" % r.choice([p.scen["icd"], "R31.9", "N39.0", "D50.9"]), "Question to consultant: %s" % r.choice(["Please evaluate and treat", "Biopsy?", "Further work-up recommended?", "Eval and manage; please send notes"]), "",
             "Attached: [X] med list [X] recent labs [ ] imaging [X] face sheet", "Signature: %s" % p.np]
    elif lay == 2:  # hospice referral
        t = ["%s Hospice & Palliative Care - Referral Intake" % r.choice(TOWNS), "Date received: %s  %s" % (D(p.date), T12(r)), "Referral source: %s, %s" % (p.np, p.fac["name"]), "",
             "Patient: %s  Age %d  Rm %s" % (name(p, 0), p.age, p.room), "Primary hospice diagnosis: %s" % r.choice(["Alzheimer's dementia, FAST 7", "Heart failure, NYHA IV", "COPD, end stage", "Adult failure to thrive"]), "Code: %s" % p.code,
             "Decision maker: %s (%s) %s" % (p.contact, p.crel, p.cphone), "Supporting info: weight loss %d%% 6 mo, PPS %d%%, %s." % (r.randint(6, 15), r.choice([30, 40]), r.choice(["2 hospitalizations in 6 months", "recurrent aspiration", "dependent in all ADLs"])),
             "Physician certification: attending %s agrees to certify." % p.md, "Family aware of referral: Yes"]
    elif lay == 3:  # short note
        t = ["%s" % D(p.date, 5), "", "Please see %s %s for %s." % (p.Mr, p.last, reason), "Thanks - %s" % p.md.split(",")[0], "", "Pt: %s DOB %s" % (name(p, 2), D(p.dob, 1)), "%s  ph %s  fax %s" % (p.fac["name"], p.fac["phone"], p.fac["fax"])]
    elif lay == 4:  # home health referral from SNF
        t = ["HOME HEALTH REFERRAL", "To: %s Home Health  Fax %s" % (r.choice(["Comfort", "Summit", "Lakeshore", "Riverbend"]), rphone(r)), "From: %s discharge planner %s" % (p.fac["name"], sname(r, "")), "",
             "Patient: %s  DOB %s  Phone %s" % (name(p, 0), D(p.dob), p.cphone), "Discharge address: %s" % p.home, "Anticipated SOC: %s" % D(p.date + timedelta(days=2)), "",
             "Services requested: %s" % ", ".join(r.sample(["SN", "PT", "OT", "ST", "HHA", "MSW"], 3)), "Skilled need: %s" % r.choice(["medication management/teaching new anticoagulant", "wound care", "CHF teaching and monitoring", "gait and safety training"]),
             "Homebound status: %s" % r.choice(["requires walker and assist of one, taxing effort to leave home", "leaving home requires considerable effort, SOB with 50 ft"]), "Face-to-face: %s on %s" % (p.np, D(p.date, 1)), "Primary dx: %s" % p.scen["dx"], "Orders signed by: %s (will follow: %s)" % (p.md, p.pcp)]
    elif lay == 5:  # outpatient therapy referral
        t = [p.fac["name"] + " Rehabilitation Department", "Referral for Outpatient Therapy", "", "Name: %s   DOB: %s" % (name(p, 0), D(p.dob)), "Diagnosis: %s" % p.scen["dx"], "",
             "[%s] PT  [%s] OT  [%s] Speech" % tuple(r.choice(["X", " "]) for _ in range(3)), "Frequency: %dx/week x %d weeks" % (r.choice([2, 3]), r.choice([4, 6, 8])), "Precautions: %s" % r.choice(["fall risk", "WBAT", "cardiac", "aspiration"]), "Goals: %s" % r.choice(["community ambulation with cane", "independent IADLs", "improve swallow safety"]), "", "Physician: %s   NPI %010d" % (p.md, r.randint(10 ** 9, 2 * 10 ** 9 - 1))]
    else:  # dictated letter specialist to specialist
        t = [p.hosp["name"], "Department of %s" % r.choice(["Internal Medicine", "Geriatrics"]), "", D(p.date, 2), "", "Dr. %s" % sname(r, "").split()[-1], "%s Clinic" % spec, "",
             "Re: %s" % name(p, 3), "", "Dear Dr. %s," % sname(r, "").split()[-1], "", "Thank you for seeing this pleasant %s, whom I follow at %s, for %s. In brief, %s" % (age_sex(p), p.fac["name"], reason, p.scen["hpi"][0].lower() + p.scen["hpi"][1:]), "",
             "Medications: " + "; ".join(med_line(m) for m in p.meds), "", "I would appreciate your assessment and recommendations.", "", "Yours sincerely,", "", sname(r, "MD"), "Enc."]
    return "\n".join(t)


def g_advance_directive(r, p):
    lay = r.randint(0, 5)
    agent = p.contact
    cpr = "DNR" in p.code or "comfort" in p.code
    st = p.fac["st"]
    if lay == 0:  # POLST
        t = ["HIPAA PERMITS DISCLOSURE OF POLST TO OTHER HEALTH CARE PROVIDERS AS NECESSARY", r.choice(["Physician Orders for Life-Sustaining Treatment (POLST)", "PORTABLE MEDICAL ORDERS", "Medical Orders for Scope of Treatment"]),
             "First follow these orders, then contact physician/NP/PA. A copy of the signed form is legal. Any section not completed implies full treatment for that section.", "",
             "Patient Last Name: %s   First: %s   MI: %s   DOB: %s" % (p.last, p.first, p.mi, D(p.dob)), "",
             "A. CARDIOPULMONARY RESUSCITATION (CPR): Patient has no pulse and is not breathing.", "  [%s] Attempt Resuscitation/CPR   [%s] Do Not Attempt Resuscitation/DNR" % (" " if cpr else "X", "X" if cpr else " "), "",
             "B. MEDICAL INTERVENTIONS: Patient has pulse and/or is breathing.", "  [%s] Comfort Measures Only  [%s] Limited Additional Interventions  [%s] Full Treatment" % (("X", " ", " ") if "comfort" in p.code else ((" ", "X", " ") if cpr else (" ", " ", "X"))),
             "  Additional orders: %s" % r.choice(["No hospital transfer unless comfort needs cannot be met", "Trial of IV fluids OK", "", "No dialysis"]), "",
             "C. ARTIFICIALLY ADMINISTERED NUTRITION:", "  [%s] No artificial nutrition  [%s] Trial period  [%s] Long-term artificial nutrition" % tuple(r.sample(["X", " ", " "], 3)), "",
             "D. Discussed with: [%s] Patient  [%s] Health care agent (%s)" % ("X" if p.scen["key"] != "ltc" else " ", "X" if p.scen["key"] == "ltc" else " ", agent), "Signature of physician/NP/PA: ______________  Print: %s   Date: %s" % (r.choice([p.md, p.np]), D(p.date)), "Signature of patient or legal representative: ______________",
             "", "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED"]
    elif lay == 1:  # living will
        t = ["LIVING WILL DECLARATION", "State of %s" % st, "", "Declaration made this %s day of %s, %d." % (r.choice(["1st", "3rd", "12th", "21st", "28th"]), p.date.strftime("%B"), p.date.year - r.randint(0, 12)), "",
             "I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below:" % name(p, 3), "",
             "If at any time I should have an incurable and irreversible injury, disease, or illness judged to be a terminal condition by my attending physician, or if I am permanently unconscious, I direct that life-sustaining procedures be withheld or withdrawn, and that I be permitted to die naturally with only the administration of medication, nutrition or the performance of any medical procedure deemed necessary to provide me with comfort care.", "",
             "Artificial nutrition and hydration: I %s." % r.choice(["DO NOT want tube feeding", "want tube feeding only for a limited trial", "leave this decision to my agent"]), "",
             "Signed: ______________________", "Address: %s" % p.home, "", "WITNESSES: The declarant is personally known to me and I believe %s to be of sound mind. I am not related by blood or marriage and not entitled to any portion of the estate." % H(p, "him"),
             "Witness 1: %s" % sname(r, ""), "Witness 2: %s" % sname(r, ""), "", "NOTARY: Subscribed and sworn before me ______  My commission expires %s" % D(p.date + timedelta(days=900), 1)]
    elif lay == 2:  # durable POA for healthcare
        t = ["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "", "1. DESIGNATION OF AGENT. I, %s, designate %s, my %s, of %s, phone %s, as my agent to make health care decisions for me." % (name(p, 0), agent, p.crel, r.choice(TOWNS), p.cphone),
             "2. ALTERNATE AGENT. If my agent is not available: %s %s." % (r.choice(FF + MF), r.choice(LN)), "3. AGENT'S AUTHORITY. My agent is authorized to make all health care decisions for me, including decisions to provide, withhold or withdraw artificial nutrition and hydration and all other forms of health care to keep me alive, except as I state here: %s" % r.choice(["none", "no feeding tube", "no dialysis", "I do not want to be placed on a ventilator long term"]),
             "4. WHEN AGENT'S AUTHORITY BECOMES EFFECTIVE. My agent's authority becomes effective when my primary physician determines that I am unable to make my own health care decisions.", "5. ORGAN DONATION: %s" % r.choice(["No", "Any needed organs", "Eyes/tissue only"]), "",
             "Signed %s   ______________________ (principal)" % D(p.date - timedelta(days=r.randint(30, 3000)), 2), "Witness: %s    Witness: %s" % (sname(r, ""), sname(r, "")), "",
             "Physician determination of incapacity (%s): %s" % (D(p.date, 1), r.choice(["Resident lacks capacity to make healthcare decisions. - " + p.md, "Not activated."]))]
    elif lay == 3:  # out-of-hospital DNR
        t = ["%s OUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER" % st, "", "Person's full legal name: %s" % name(p, 3), "Date of birth: %s   Gender: %s" % (D(p.dob), p.sex), "",
             "As attending physician I have determined the above person is %s and I hereby order that cardiopulmonary resuscitation (chest compressions, artificial ventilation, defibrillation, intubation, and cardiac drugs) NOT be initiated." % r.choice(["in a terminal condition", "a qualified patient", "of an age and condition where CPR would be non-beneficial"]), "",
             "Physician name: %s  License #: %d  Phone: %s" % (p.md, r.randint(10000, 99999), p.fac["phone"]), "Physician signature: ______________   Date: %s" % D(p.date), "", "Person/legal representative signature: ______________", "", "Bracelet issued: [%s] Yes  ID# %d" % (r.choice(["X", " "]), r.randint(100000, 999999))]
    elif lay == 4:  # facility advance directive acknowledgment / code status form
        t = [p.fac["name"], "ADVANCE DIRECTIVE / CODE STATUS DETERMINATION", "", "Resident: %s  Rm %s  Admit %s" % (name(p, 2), p.room, D(p.admit)), "",
             "Resident has: [%s] Living Will  [%s] HC POA  [%s] POLST/MOLST  [%s] None - information provided" % tuple(r.choice(["X", " "]) for _ in range(4)), "Health care agent: %s (%s)  %s" % (agent, p.crel, p.cphone), "",
             "Code status elected: %s" % p.code, "Hospitalization: [%s] Yes if needed  [%s] Only if comfort cannot be maintained" % ((" ", "X") if cpr else ("X", " ")), "Antibiotics: [%s] Yes  [%s] Comfort only" % ("X", " "), "Feeding tube: [ ] Yes  [X] No", "IV fluids: [X] Trial  [ ] No", "",
             "Discussion: %s" % r.choice(["Resident expressed wishes clearly.", "Resident unable to participate due to dementia; discussed with agent by phone.", "Reviewed at quarterly care conference, no changes."]), "",
             "Physician: %s   Date: %s" % (p.md, D(p.date)), "Social worker: %s" % sname(r, "LSW")]
    else:  # values worksheet
        t = ["My Care Wishes  -  a personal values worksheet", "Name: %s     Date completed: %s" % (name(p, 0), D(p.date - timedelta(days=r.randint(10, 900)), 2)), "",
             "What matters most to me: %s" % r.choice(["being with my family and my church", "being comfortable and not in pain", "staying in my own bed, not going back to the hospital", "my garden and my cat"]),
             "If I could no longer recognize my family, I would want: %s" % r.choice(["comfort care only", "my daughter to decide", "to be kept clean and comfortable, no machines"]),
             "I would NOT want: %s" % ", ".join(r.sample(["CPR", "breathing machine", "feeding tube", "dialysis", "more hospital stays"], 2)), "I choose as my spokesperson: %s (%s)" % (agent, p.crel),
             "Spiritual needs: %s" % r.choice(["visit from Father %s" % r.choice(LN), "pastor from %s Lutheran" % r.choice(TOWNS), "none"]), "", "Signature __________________   Witness __________________"]
    return "\n".join(t)


def g_ecg_report(r, p):
    lay = r.randint(0, 5)
    af = "af" in [c["k"] for c in p.comorb]
    rate = r.randint(68, 110) if af else r.randint(52, 96)
    pr = 0 if af else r.randint(140, 230)
    qrs = r.choice([84, 92, 98, 104, 124, 138])
    qt = r.randint(360, 460)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axis = r.randint(-45, 90)
    rhythm = "Atrial fibrillation with controlled ventricular response" if af else ("Sinus bradycardia" if rate < 60 else "Sinus tachycardia" if rate > 100 else "Normal sinus rhythm")
    extra = []
    if pr > 200: extra.append("First degree AV block")
    if qrs >= 120: extra.append(r.choice(["Right bundle branch block", "Left bundle branch block"]))
    if axis < -30: extra.append("Left axis deviation")
    extra += r.sample(["Nonspecific ST-T wave abnormality", "Low voltage QRS", "Possible left atrial enlargement", "Inferior Q waves, age undetermined", "Premature ventricular complexes"], r.randint(0, 2))
    interp = [rhythm] + extra + [r.choice(["Abnormal ECG", "Borderline ECG", "Otherwise normal ECG"]) if extra else "Normal ECG"]
    if lay == 0:  # machine printout
        t = ["%s  %s" % (name(p, 1), D(p.date, 3)), "ID:%s   %d yr   %s   %s" % (p.mrn, p.age, "Female" if p.sex == "F" else "Male", r.choice(["Caucasian", "Unknown", ""])), "%s %s   Loc:%d  Room:%s" % (D(p.date, 1), T(r), r.randint(1, 40), p.room), "",
             "Vent. rate      %3d BPM" % rate, "PR interval     %s ms" % ("*" if af else "%3d" % pr), "QRS duration    %3d ms" % qrs, "QT/QTc      %d/%d ms" % (qt, qtc), "P-R-T axes    %s %d %d" % ("*" if af else str(r.randint(20, 70)), axis, r.randint(-20, 90)), "",
             "\n".join(interp), "", r.choice(["When compared with ECG of %s, no significant change" % D(p.date - timedelta(days=r.randint(60, 900)), 3), "No previous ECGs available", "Unconfirmed report", "Confirmed by %s on %s" % (sname(r, "MD"), D(p.date, 1))]),
             "", "25mm/s  10mm/mV  150Hz  %s" % r.choice(["12SL v%d" % r.randint(200, 260), "Filter 40Hz", "LOC 00003-0002"])]
    elif lay == 1:  # mobile ECG service
        t = [r.choice(["CardioMobile Diagnostics", "%s Portable EKG Service" % r.choice(TOWNS), "TeleHeart ECG Reading Center"]), "12-LEAD ECG INTERPRETATION", "", "Facility: %s   Fax: %s" % (p.fac["name"], p.fac["fax"]), "Patient: %s   DOB: %s   Ordering: %s" % (name(p, 2), D(p.dob), p.np),
             "Date/time of tracing: %s %s   Reason: %s" % (D(p.date), T(r), r.choice(["chest pain", "bradycardia", "annual", "pre-op", "QTc monitoring on citalopram", "palpitations", "fall"])), "",
             "Rate %d, PR %s, QRS %d, QT/QTc %d/%d, Axis %d" % (rate, "--" if af else pr, qrs, qt, qtc, axis), "", "INTERPRETATION: " + "; ".join(interp) + ".", "", "Reading cardiologist: %s" % sname(r, "MD, FACC"), "STAT results phoned to facility at %s" % T(r)]
    elif lay == 2:  # physician over-read brief
        t = ["EKG %s" % D(p.date, 1), "%s, rm %s" % (name(p, 0), p.room), "", "%s, rate ~%d. %s. QTc %d. %s" % (rhythm.replace("Normal sinus rhythm", "NSR"), rate, ", ".join(extra) if extra else "No acute ST changes", qtc, r.choice(["Unchanged from prior.", "New compared with %s." % D(p.date - timedelta(days=200), 1), "No prior for comparison."])), "", "- " + p.md.split(",")[0]]
    elif lay == 3:  # hospital cardiology report
        t = [p.hosp["name"] + " Cardiology", "ELECTROCARDIOGRAM REPORT", hdr_block(r, p, 1, hosp=True), "", "Acquired: %s %s   Location: %s" % (D(p.date), T(r), r.choice(["ED", "3 West", "Tele 4", "Pre-admission testing"])), "",
             "Measurements:", "  Heart rate: %d bpm" % rate, "  PR: %s ms" % ("n/a" if af else pr), "  QRS: %d ms" % qrs, "  QT: %d ms   QTc (Bazett): %d ms" % (qt, qtc), "  Axis: P %s  QRS %d  T %d" % ("n/a" if af else r.randint(20, 70), axis, r.randint(-20, 90)), "",
             "Diagnosis:", "\n".join("  " + x for x in interp), "", "Electronically confirmed by %s %s" % (sname(r, "MD"), D(p.date))]
    elif lay == 4:  # rhythm strip nursing
        t = [p.fac["name"], "Rhythm Strip Interpretation", "Resident: %s   Date: %s  Time: %s" % (name(p, 2), D(p.date), T(r)), "Lead II, 6-second strip", "",
             "Rate: %d   Rhythm: %s   P waves: %s   PR: %s   QRS: %.2f sec" % (rate, "irregularly irregular" if af else "regular", "absent, fibrillatory baseline" if af else "upright, 1:1", "--" if af else "%.2f sec" % (pr / 1000.0), qrs / 1000.0), "Interpretation: %s" % rhythm, "",
             "Strip mounted in chart. Provider %s notified: %s" % (p.np, r.choice(["no new orders", "obtain 12-lead", "continue current meds"])), "Nurse: %s" % sname(r, "RN")]
    else:  # holter summary
        t = ["HOLTER MONITOR REPORT", "Patient: %s  DOB %s" % (name(p, 0), D(p.dob)), "Hookup: %s   Duration: %d h" % (D(p.date - timedelta(days=2)), r.choice([24, 48])), "Indication: %s" % r.choice(["syncope", "palpitations", "falls", "bradycardia"]), "",
             "Total beats: %d" % r.randint(80000, 160000), "Min HR %d at %s, Max HR %d at %s, Avg HR %d" % (r.randint(38, 55), T(r), r.randint(100, 150), T(r), rate), "Ventricular ectopy: %d PVCs (%.1f%%), %d couplets, %s" % (r.randint(10, 4000), r.uniform(0, 4), r.randint(0, 30), r.choice(["no VT", "1 run NSVT 5 beats"])),
             "Supraventricular: %s" % ("AF throughout, burden 100%" if af else r.choice(["rare PACs", "3 runs SVT, longest 8 beats", "paroxysmal AF 6% burden"])), "Pauses: %s" % r.choice(["none > 2.5 s", "longest 3.1 s at 03:12 during sleep"]), "Patient diary: %s" % r.choice(["no entries", "dizziness x1 correlating with sinus rhythm"]), "",
             "Conclusion: %s" % r.choice(["No significant arrhythmia to explain symptoms.", "Findings as above; recommend cardiology review.", "AF with adequate rate control."]), sig(r, sname(r, "MD"), p.date, 2)]
    return "\n".join(t)


def g_immunization_record(r, p):
    lay = r.randint(0, 5)
    y = p.date.year
    lot = lambda: "%s%d%s" % (r.choice(["UJ", "AX", "K0", "3C", "FL", "PN"]), r.randint(100, 999), r.choice("ABCDEFGH"))
    mfr = lambda: r.choice(["Mfr A", "Sanofi", "Seqirus", "GSK", "Merck", "Pfizer", "Moderna"])
    flu = [(date(yy, r.randint(9, 11), r.randint(1, 28)), "Influenza, %s" % r.choice(["high-dose", "adjuvanted", "quadrivalent"])) for yy in range(max(2005, y - r.randint(2, 6)), y + (1 if p.date.month >= 10 else 0))]
    pneu = [(date(y - r.randint(1, 8), r.randint(1, 12), r.randint(1, 28)), r.choice(["PPSV23", "PCV13", "PCV20"] if y >= 2022 else ["PPSV23", "PCV13"] if y >= 2015 else ["PPSV23"]))]
    other = []
    if r.random() < .6: other.append((date(y - r.randint(1, 9), r.randint(1, 12), r.randint(1, 28)), "Td/Tdap"))
    if y >= 2018 and r.random() < .5: other.append((date(y - r.randint(0, 2), r.randint(1, 12), r.randint(1, 28)), "Zoster recombinant, dose %d" % r.randint(1, 2)))
    if y >= 2021: other += [(date(2021, r.randint(1, 3), r.randint(1, 28)), "COVID-19 mRNA, dose 1"), (date(2021, r.randint(4, 5), r.randint(1, 28)), "COVID-19 mRNA, dose 2")]
    if y >= 2022 and r.random() < .7: other.append((date(min(y, 2023), 10, r.randint(1, 28)), "COVID-19 %s" % r.choice(["bivalent booster", "updated vaccine"])))
    allv = sorted([x for x in flu + pneu + other if x[0] <= p.date], key=lambda x: x[0])
    if lay == 0:  # facility table
        t = [p.fac["name"], r.choice(["IMMUNIZATION RECORD", "Resident Immunization History", "Vaccination Record"]), "Resident: %s  DOB: %s  Rm %s" % (name(p, 2), D(p.dob), p.room), "",
             "%-12s %-32s %-10s %-8s %-10s %s" % ("Date", "Vaccine", "Lot", "Site", "Mfr", "Given by")]
        for d, vname in allv:
            t.append("%-12s %-32s %-10s %-8s %-10s %s" % (D(d, 1), vname, lot(), r.choice(["L delt", "R delt", "LD", "RD"]), mfr(), r.choice(["hx - per record", sname(r, "RN").split(",")[0], sname(r, "LPN").split(",")[0], "outside provider"])))
        t += ["", "Declinations on file: %s" % r.choice(["none", "influenza %d" % (y - 1), "COVID-19 booster"])]
    elif lay == 1:  # state registry printout
        t = ["%s IMMUNIZATION INFORMATION SYSTEM" % p.fac["st"], "Official Immunization Record   Printed: %s" % D(p.date), "", "Client: %s   DOB: %s   Gender: %s   Client ID: %d" % (name(p, 1), D(p.dob), p.sex, r.randint(1000000, 9999999)), "Address: %s" % p.home, "",
             "VACCINE GROUP        DATE ADMINISTERED   DOSE   PROVIDER"]
        for d, vname in allv:
            t.append("%-20s %-19s %-6s %s" % (vname.split(",")[0].upper()[:20], D(d), r.choice(["1", "2", "--", "B"]), r.choice([p.fac["name"][:22], "Pharmacy", "Historical", p.hosp["name"][:22]])))
        t += ["", "Recommended vaccines due: %s" % r.choice(["Influenza (current season)", "None at this time", "Zoster dose 2", "COVID-19 updated dose"]), "This record is valid without signature."]
    elif lay == 2:  # single influenza admin record
        d = date(y, r.randint(9, 12), r.randint(1, 28)) if p.date.month >= 9 else date(y - 1, r.randint(9, 12), r.randint(1, 28))
        t = ["%d-%d Influenza Vaccine Administration" % (d.year, d.year + 1), p.fac["name"], "", "Name: %s   DOB: %s   Unit: %s" % (name(p, 0), D(p.dob), p.unit), "Consent on file: Yes (%s)" % r.choice(["resident", "POA"]),
             "Vaccine: %s  0.%s mL IM" % (r.choice(["Influenza HD quadrivalent", "Influenza adjuvanted trivalent", "Influenza inactivated"]), r.choice(["5", "7"])), "Lot: %s  Exp: %s" % (lot(), D(d + timedelta(days=240), 1)), "Site: %s deltoid" % r.choice(["L", "R"]),
             "Date given: %s  Time: %s" % (D(d), T(r)), "VIS date: %s" % D(date(d.year - 1, 8, r.randint(1, 28)), 1), "Observed 15 min: no reaction", "Administered by: %s" % sname(r, "LPN")]
    elif lay == 3:  # TB screening
        d1 = p.admit + timedelta(days=r.randint(0, 2))
        t = [p.fac["name"], "TUBERCULOSIS SCREENING RECORD", "Resident: %s   Admit: %s" % (name(p, 2), D(p.admit)), "", "Symptom screen: cough >3 wk [N]  fever [N]  night sweats [N]  weight loss [%s]  hemoptysis [N]" % r.choice(["N", "Y - see note"]), "",
             "Two-step TST (Mantoux, 5 TU PPD 0.1 mL intradermal):", "  Step 1  placed %s  L forearm  lot %s  read %s  induration %d mm" % (D(d1, 1), lot(), D(d1 + timedelta(days=2), 1), r.choice([0, 0, 0, 2, 5])),
             "  Step 2  placed %s  R forearm  lot %s  read %s  induration %d mm" % (D(d1 + timedelta(days=r.randint(7, 21)), 1), lot(), D(d1 + timedelta(days=r.randint(9, 23)), 1), r.choice([0, 0, 3])), "" if r.random() < .5 else "  IGRA (QuantiFERON): negative %s" % D(d1, 1),
             "Chest x-ray (if positive): N/A", "Interpretation: %s" % r.choice(["Negative", "Negative - no further testing"]), "Nurse: %s" % sname(r, "RN")]
    elif lay == 4:  # COVID/ vaccination card transcription
        if y < 2021:
            t = ["Pneumococcal Vaccination Status Assessment", "%s  %s" % (name(p, 2), D(p.date)), "", "Prior pneumococcal: %s on %s" % (pneu[0][1], D(pneu[0][0], 1)), "Eligible for additional dose: %s" % r.choice(["Yes - PCV13 offered", "No - up to date"]), "Offered: %s   Response: %s" % (D(p.date, 1), r.choice(["accepted", "declined by POA"])), "Education provided: Yes", sname(r, "RN, ICP")]
        else:
            t = ["COVID-19 Vaccination Record Card (copy)", "Last name: %s   First: %s   MI: %s" % (p.last, p.first, p.mi), "DOB: %s   Patient #: %s" % (D(p.dob, 1), p.mrn), "", "Vaccine        Product/Lot       Date        Healthcare professional or clinic site"]
            for d, vname in allv:
                if "COVID" in vname:
                    t.append("%-14s %-17s %-11s %s" % (vname.split(",")[-1].strip()[:14], "%s %s" % (r.choice(["Pfz", "Mod"]), lot()), D(d, 1), r.choice([p.fac["name"][:25], "pharmacy clinic"])))
            t += ["", "Please keep this record card."]
    else:  # narrative summary in nursing admission
        t = ["Immunization review - %s" % D(p.date, 2), "Resident %s (%s)" % (name(p, 0), p.room), ""] + ["- %s: %s" % (vname, D(d, 5)) for d, vname in allv[-6:]] + [
            "", "Source: %s" % r.choice(["state registry", "hospital record", "family report", "prior facility"]), "Plan: %s" % r.choice(["offer influenza when available", "up to date", "offer PCV20", "COVID booster clinic next week"]), sname(r, "RN")]
    return "\n".join(t)


def g_registration_form(r, p):
    lay = r.randint(0, 5)
    pol = "%d%s" % (r.randint(100000000, 999999999), r.choice(["A", "B", "C1"]))
    mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJK0123456789"), r.randint(0, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJK"), r.randint(0, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJK"), r.randint(0, 9), r.randint(0, 9))
    if lay == 0:  # admission face sheet
        t = [p.fac["name"], "RESIDENT FACE SHEET / ADMISSION RECORD", "", "Resident #: %s   Name: %s   Room: %s  %s" % (p.mrn, name(p, 2), p.room, p.unit), "DOB: %s  Age: %d  Sex: %s  Marital: %s" % (D(p.dob), p.age, p.sex, p.marital),
             "SSN: XXX-XX-%s   Religion: %s   Race: %s   Language: %s" % (p.ssn4, p.relig, p.race, p.lang), "Previous address: %s" % p.home, "Admission date: %s   Admitted from: %s" % (D(p.admit), p.hosp["name"] if p.rehab else "Home"), "",
             "PAYER: %s   Medicare #: %s   Medicaid #: %s" % (p.payer, mbi, r.choice(["", "%d" % r.randint(10 ** 9, 10 ** 10 - 1), "pending"])), "", "RESPONSIBLE PARTY / EMERGENCY CONTACTS:", "  1. %s (%s) %s  POA-HC: %s" % (p.contact, p.crel, p.cphone, r.choice(["Y", "N"])), "  2. %s %s (%s) %s" % (r.choice(FF + MF), r.choice(LN), r.choice(RELS), rphone(r)), "",
             "Attending: %s   Phone: %s" % (p.md, rphone(r)), "Pharmacy: %s   Dentist: %s   Funeral home: %s" % (p.pharm, sname(r, "DDS"), r.choice(LN) + " Funeral Home"), "", "DIAGNOSES (ICD-10):", "\n".join("  " + d for d in diag_list(p, r, codes=True)), "", "Allergies: " + ", ".join(p.allergies), "Code status: " + p.code]
    elif lay == 1:  # hospital registration
        t = [p.hosp["name"] + " - Patient Registration", "Account: %s   MRN: %s   Encounter type: %s" % (p.acct, p.hmrn, r.choice(["Inpatient", "Emergency", "Observation", "Outpatient"])), "Arrival: %s %s" % (D(p.hosp_admit), T(r)), "",
             "PATIENT", "  Name: %s" % name(p, 1), "  DOB: %s  Sex: %s  SSN: ***-**-%s" % (D(p.dob), p.sex, p.ssn4), "  Address: %s" % (p.fac["addr"] + ", " + p.fac["town"] if not p.rehab else p.home), "  Phone: %s  Language: %s" % (p.cphone, p.lang), "",
             "GUARANTOR", "  %s (%s)" % (name(p, 0) if r.random() < .5 else p.contact, "Self" if r.random() < .5 else p.crel), "", "PRIMARY INSURANCE", "  %s   Member ID: %s" % ("MEDICARE PART A/B" if "Medicare" in p.payer else p.payer.upper(), mbi), "SECONDARY", "  %s" % r.choice(["MEDICAID", "AARP SUPPLEMENT", "NONE", "TRICARE FOR LIFE"]), "",
             "Next of kin: %s, %s, %s" % (p.contact, p.crel, p.cphone), "Advance directive on file: %s" % r.choice(["Y", "N"]), "Registrar: %s" % r.choice(["jmt", "klb", "reg04", "ddavis"])]
    elif lay == 2:  # patient info sheet handwritten-ish
        t = ["PATIENT INFORMATION", "(please print)", "", "Last name: %s     First: %s     MI: %s" % (p.last, p.first, p.mi), "Birthdate: %s    [%s] M  [%s] F" % (D(p.dob, 5), "X" if p.sex == "M" else " ", "X" if p.sex == "F" else " "), "Address: %s" % p.home, "Home phone: %s    Cell: ______" % p.cphone,
             "Marital status: %s" % p.marital, "Employer: %s" % r.choice(["retired", "Retired", "n/a"]), "Emergency contact: %s  Relationship: %s  Phone: %s" % (p.contact, p.crel, p.cphone), "", "Primary insurance: %s   ID: %s   Group: %s" % (r.choice(["Medicare", "Medicare Adv", "Medicaid"]), mbi if r.random() < .5 else pol, r.choice(["", "G%d" % r.randint(1000, 99999)])),
             "Subscriber: self", "Pharmacy: %s" % r.choice(["%s Drug" % r.choice(LN), "facility"]), "", "Signature ______________   Date %s" % D(p.date, 5)]
    elif lay == 3:  # outpatient clinic registration with HIPAA ack
        t = [letterhead(r, p.hosp, 2), "New Patient Registration", "", "Patient name: %s" % name(p, 3), "DOB %s   Age %d   Sex %s   Preferred name: %s" % (D(p.dob), p.age, p.sex, p.first), "Residence: [X] Nursing facility: %s   Rm %s" % (p.fac["name"], p.room), "Facility phone/fax: %s / %s" % (p.fac["phone"], p.fac["fax"]),
             "Referring physician: %s" % p.md, "Primary care: %s" % p.pcp, "Insurance: %s  Policy %s" % (p.payer, pol), "Authorization #: %s" % r.choice(["N/A", "AUTH%d" % r.randint(100000, 999999)]), "",
             "I acknowledge receipt of the Notice of Privacy Practices: [X]", "Financial responsibility acknowledged: [X]", "Signed by: %s for patient" % p.contact]
    elif lay == 4:  # census/admission intake (MDS-style identification)
        t = ["ADMISSION INTAKE - IDENTIFICATION INFORMATION", p.fac["name"], "", "A0500  Legal name: %s, %s %s" % (p.last, p.first, p.mi), "A0800  Gender: %s" % ("1. Male" if p.sex == "M" else "2. Female"), "A0900  Birth date: %s" % D(p.dob), "A1000  Race/Ethnicity: %s" % p.race,
             "A1100  Language: %s   Interpreter needed: %s" % (p.lang, "No" if p.lang == "English" else "Yes"), "A1200  Marital status: %s" % p.marital, "A1600  Entry date: %s" % D(p.admit), "A1700  Type of entry: %s" % r.choice(["1. Admission", "2. Reentry"]), "A1800  Entered from: %s" % ("03. Acute hospital" if p.rehab else "01. Community"),
             "A0600  Medicare number: %s" % mbi, "A0700  Medicaid number: %s" % r.choice(["+", "N", "%d" % r.randint(10 ** 8, 10 ** 9)]), "", "Completed by: %s, Admissions Coordinator   %s" % (sname(r, ""), D(p.admit))]
    else:  # demographics update form
        t = [p.fac["name"], "Resident Demographic Update", "Date: %s" % D(p.date), "", "Resident: %s  Rm %s" % (name(p, 0), p.room), "", "Field changed           Old value                  New value",
             "Responsible party phone  %-26s %s" % (rphone(r), p.cphone), "Payer source             %-26s %s" % (r.choice(["Medicare A", "Private pay"]), p.payer), "Room                     %-26s %s" % ("%d%02d-%s" % (r.randint(1, 3), r.randint(1, 40), r.choice("AB")), p.room), "", "Entered by: %s (business office)" % sname(r, "")]
    return "\n".join(t)


def g_insurance_card(r, p):
    lay = r.randint(0, 6)
    nm = name(p, 0).upper()
    mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJK0123456789"), r.randint(0, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJK"), r.randint(0, 9), r.choice("ACDEFGHJK"), r.choice("ACDEFGHJK"), r.randint(0, 9), r.randint(0, 9))
    plan = r.choice(["Keystone Senior Advantage", "BrightPath Medicare Plus", "Heartland Health Elite (HMO)", "UnityCare Gold PPO", "Lakeside Senior Choice"])
    mid = "%s%d" % (r.choice(["XJK", "M", "W", "HS", "U"]), r.randint(10000000, 99999999))
    if lay == 0:  # Medicare red white blue
        old = p.date.year < 2019 and r.random() < .8
        num = ("%03d-%02d-%s%s" % (r.randint(100, 899), r.randint(10, 99), p.ssn4, r.choice(["A", "B", "D"]))) if old else mbi
        t = ["[front]", "MEDICARE", "HEALTH INSURANCE", "", "Name/Nombre", nm, "", "Medicare Number/Número de Medicare" if not old else "MEDICARE CLAIM NUMBER     SEX", num + ("" if not old else "          " + ("MALE" if p.sex == "M" else "FEMALE")), "",
             "Entitled to/Con derecho a      Coverage starts/Cobertura empieza" if not old else "IS ENTITLED TO             EFFECTIVE DATE", "HOSPITAL (PART A)              %s" % D(date(p.dob.year + 65, p.dob.month, 1), 1 if old else 0), "MEDICAL (PART B)               %s" % D(date(p.dob.year + 65, p.dob.month, 1), 1 if old else 0)]
        if r.random() < .5: t += ["", "[back]", "Questions? 1-800-555-0142", "TTY: 1-877-555-0188", "Sign here ______________"]
    elif lay == 1:  # MA card front/back
        t = ["FRONT", plan, "Member: %s" % nm, "Member ID: %s" % mid, "Group: %d   Plan: H%04d-%03d" % (r.randint(10000, 99999), r.randint(1000, 9999), r.randint(1, 99)), "PCP: %s" % p.pcp, "Copays: PCP $%d  Spec $%d  ER $%d  SNF days 1-20 $0" % (r.choice([0, 5, 10]), r.choice([20, 35, 45]), r.choice([90, 100, 120])),
             "RxBIN %06d  RxPCN %s  RxGRP %s" % (r.randint(1, 999999), r.choice(["MEDDPRIME", "ADV", "PARTD"]), r.choice(["RX%d" % r.randint(1000, 9999), "SNRX"])), "MedicareR Prescription Drug Coverage", "", "BACK", "Member Services: 1-800-555-%04d (TTY 711)" % r.randint(100, 199),
             "Providers: prior authorization required for SNF admission: 1-800-555-%04d" % r.randint(100, 199), "Claims: PO Box %d, %s, %s %05d" % (r.randint(1000, 99999), r.choice(TOWNS), r.choice(STATES), r.randint(10000, 99999)), "Payer ID %05d" % r.randint(10000, 99999)]
    elif lay == 2:  # Medicaid
        t = ["%s MEDICAID" % p.fac["st"], r.choice(["Department of Human Services", "Health Care Program", "Medical Assistance Identification Card"]), "", nm, "ID# %d" % r.randint(10 ** 9, 10 ** 10 - 1), "DOB %s   Issued %s" % (D(p.dob), D(p.date - timedelta(days=r.randint(30, 900)))), "", "This card does not guarantee eligibility. Providers must verify eligibility before service.", "Provider hotline 1-800-555-%04d" % r.randint(100, 199)]
    elif lay == 3:  # Part D card
        t = [r.choice(["SilverScript-like", "RxShield Plus", "ClearRx Part D", "MedWise PDP"]) + " (PDP)", "MedicareR Prescription Drug Coverage", "", "Name: %s" % nm, "ID: %s" % mid, "RxBIN: %06d" % r.randint(1, 999999), "RxPCN: %s" % r.choice(["MEDDPRIME", "CTRXMEDD", "PDP01"]), "RxGRP: %s" % r.choice(["RX8834", "PDPIND", "LTCGRP"]), "Issuer (80840) %d" % r.randint(10 ** 9, 10 ** 10 - 1), "",
             "Pharmacist help desk: 1-800-555-%04d" % r.randint(100, 199), "Effective %s" % D(date(p.date.year, 1, 1))]
    elif lay == 4:  # supplement
        t = ["Medicare Supplement Insurance - Plan %s" % r.choice(["F", "G", "N", "C"]), r.choice(["Cornerstone Mutual", "Guardian Fraternal Life", "Prairie States Insurance Co."]), "", "Insured: %s" % nm, "Certificate No.: %d" % r.randint(10 ** 7, 10 ** 8), "Effective date: %s" % D(p.date - timedelta(days=r.randint(400, 5000))), "",
             "Present this card with your Medicare card.", "Claims are automatically crossed over from Medicare.", "Customer Service 1-800-555-%04d" % r.randint(100, 199)]
    elif lay == 5:  # scanned both sides with OCR bleed & copy label
        t = ["COPY OF INSURANCE CARD - FRONT AND BACK", "Resident: %s  Rm %s   Scanned %s by admissions" % (name(p, 2), p.room, D(p.admit, 1)), "", "----- front -----", plan.upper(), nm + "    ID " + mid, "Eff %s" % D(date(p.date.year, 1, 1), 1), "----- back -----", "Hospital/SNF precert: 1-800-555-%04d" % r.randint(100, 199), "Behavioral health: 1-800-555-%04d" % r.randint(100, 199), "Submit claims electronically Payer ID %05d" % r.randint(10000, 99999)]
    else:  # VA/other
        t = [r.choice(["TRICARE FOR LIFE", "VETERANS HEALTH IDENTIFICATION CARD", "RAILROAD RETIREMENT BOARD - MEDICARE"]), "", nm, "Member ID %s" % mid if r.random() < .5 else "ID %d" % r.randint(10 ** 9, 10 ** 10 - 1), r.choice(["SERVICE CONNECTED", "", "Plan: %s" % r.choice(["A", "B", "Standard"])]), "DOB %s" % D(p.dob), "", "[reverse]", "For emergencies call 911. Notify within 72 hours of emergency care.", "Customer line 1-8OO-555-%04d" % r.randint(100, 199)]
    return "\n".join(t)


def g_nursing_note(r, p):
    lay = r.randint(0, 7)
    v = vitals(r, p)
    nurse = sname(r, r.choice(["LPN", "RN", "RN", "LPN"]), "F" if r.random() < .85 else "M")
    shift = r.choice(["Day", "Evening", "Night", "7a-3p", "3p-11p", "11p-7a", "7p-7a"])
    if lay == 0:  # narrative shift note
        t = ["%s %s  %s" % (D(p.date, 1), T(r), r.choice(["Nurses Note", "Nursing Progress Note", "Shift Note", "Note Text:"])),
             "Resident %s. %s. %s Vitals %s. %s %s %s" % (r.choice(["alert and verbally responsive", "resting in bed with eyes closed, arouses easily", "up in w/c in dayroom", "alert, pleasantly confused"]), r.choice(["Denies pain", "Reports pain %d/10 to %s, PRN given with good effect" % (v["PAIN"], p.side + " hip" if p.scen["key"] == "hip" else "back")]),
                                                  r.choice(["Lungs clear bilaterally.", "Lung sounds diminished in bases.", "Resp even and unlabored."]), vit_str(v, 2), r.choice(["Ate 75% of supper.", "Ate 25% of meal, supplement given.", "Tolerating diet."]), r.choice(["Incontinent of bladder x1, peri-care given.", "Voiding without difficulty.", "No BM this shift, last BM %s." % D(p.date - timedelta(days=2), 1)]), r.choice(["Call light within reach. Will continue to monitor.", "Bed in low position. Safety maintained.", "Turned and repositioned q2h."])),
             "   " + nurse]
    elif lay == 1:  # skilled Medicare charting by systems
        t = [p.fac["name"], "SKILLED NURSING DOCUMENTATION - %s" % shift, "%s   Rm %s   %s" % (name(p, 2), p.room, D(p.date)), "Skilled reason: %s" % r.choice(["observation/assessment", "management of care plan", "teaching/training", "IV therapy", "wound care"]), "",
             "Neuro: %s" % r.choice(["A&O x3", "A&O x1-2, baseline", "alert, forgetful"]), "Cardio: %s, apical %d, %s edema" % (r.choice(["regular", "irregular"]), v["HR"], r.choice(["no", "1+ BLE", "trace"])), "Resp: %s, SpO2 %d%% %s" % (r.choice(["clear", "diminished bases", "scattered rhonchi"]), v["SpO2"], v["O2"]),
             "GI: %s, last BM %s" % (r.choice(["BS x4", "abd soft nontender"]), D(p.date - timedelta(days=r.randint(0, 3)), 1)), "GU: %s" % r.choice(["continent", "incontinent, briefs", "voiding qs"]), "Skin: %s" % r.choice(["intact", p.scen["exam"].split(".")[0], "stage 2 sacrum - see wound record"]),
             "Pain: %d/10, %s" % (v["PAIN"], r.choice(["scheduled APAP", "oxycodone 5 mg given 1400 with relief 2/10 at 1500", "none"])), "Mobility: %s" % r.choice(["RW w/ assist x1", "transfers w/ 2 assist", "w/c level"]), "Teaching: %s" % r.choice(["daily weights/low sodium diet", "inhaler technique", "hip precautions", "fall prevention"]), "", vit_str(v, 1), "", nurse]
    elif lay == 2:  # fall incident note
        loc = r.choice(["bathroom", "beside bed", "hallway near room", "dining room"])
        t = [r.choice(["INCIDENT NOTE", "Fall - Nursing Documentation", "Event Note", "Post-Fall Assessment"]), "Date/time of event: %s %s   Location: %s" % (D(p.date), T(r), loc), "Resident: %s  Rm %s" % (name(p, 2), p.room), "",
             "Description: %s" % r.choice(["Resident found sitting on floor %s. States \"I was trying to go to the bathroom.\"" % loc, "Unwitnessed fall; resident found lying on left side on floor.", "Witnessed by CNA - resident slid from wheelchair to floor during transfer.", "Resident lost balance while ambulating with walker; staff assisted to floor."]),
             "Assessment: No apparent injury. ROM all extremities at baseline. %s. Neuro checks initiated%s. VS: %s." % (r.choice(["Skin tear 2 cm L forearm, steri-strips applied", "No skin impairment", "Small bruise R elbow"]), " (head strike unknown/on anticoagulant)" if r.random() < .5 else "", vit_str(v, 2)),
             "Footwear: %s. Call light: %s. Bed: %s." % (r.choice(["non-skid socks", "barefoot", "shoes"]), r.choice(["within reach", "not in reach"]), r.choice(["low position", "not in low position"])), "Notified: %s at %s; %s (%s) at %s." % (p.np, T(r), p.contact, p.crel, T(r)),
             "Interventions: %s" % r.choice(["toileting schedule q2h and hs", "bed alarm placed", "PT referral for strength/balance", "medication review requested"]), "", nurse]
    elif lay == 3:  # SBAR change in condition
        t = ["SBAR Communication - Change in Condition", "%s   %s" % (name(p, 0), D(p.date)), "", "S: %s" % r.choice(["Temp 100.9, new cough", "Increased confusion since yesterday", "BP 88/50, lethargic", "Blood sugar 48, treated", "Decreased intake x3 days"]),
             "B: %s, dx %s. Code status %s. Allergies %s." % (age_sex(p, 1), p.scen["short"], p.code, ", ".join(p.allergies)), "A: " + vit_str(v, 3) + ". " + r.choice(["Lungs crackles R base.", "Mucous membranes dry.", "Alert x1, baseline x2."]),
             "R: %s" % r.choice(["Requesting eval/orders", "Request CBC, BMP, CXR", "Suggest transfer to ED"]), "", "Provider response: %s  (%s at %s)" % (r.choice(["CBC/BMP in AM, push fluids, recheck vitals q4h", "Send to ED for evaluation", "UA C&S, start IVF hypodermoclysis", "Mobile CXR stat"]), p.np, T(r)), "Family notified: %s" % p.contact, nurse]
    elif lay == 4:  # wound care nursing
        L, W, Dd = round(r.uniform(0.5, 5.0), 1), round(r.uniform(0.4, 4.0), 1), round(r.uniform(0.1, 1.2), 1)
        t = [r.choice(["Weekly Skin/Wound Assessment", "Wound Care Note", "Pressure Injury Documentation"]), "%s   %s" % (name(p, 2), D(p.date)), "",
             "Site: %s   Type: %s   Stage: %s" % (r.choice(["sacrum", "coccyx", "L heel", "R heel", "R ischium", p.side + " hip incision"]), r.choice(["pressure", "surgical", "venous", "arterial"]), r.choice(["2", "3", "DTI", "unstageable", "N/A"])),
             "Size: %.1f x %.1f x %.1f cm   Tunneling/undermining: %s" % (L, W, Dd, r.choice(["none", "2 cm at 12 o'clock"])), "Bed: %d%% granulation, %d%% slough  Exudate: %s  Odor: %s" % (r.choice([50, 70, 90, 100]), r.choice([0, 10, 30]), r.choice(["scant serous", "moderate serosanguineous", "none"]), r.choice(["none", "none", "mild"])),
             "Periwound: %s" % r.choice(["intact", "macerated", "erythema < 1 cm"]), "Treatment: %s" % r.choice(["cleanse NS, hydrocolloid q3 days", "alginate + foam daily", "skin prep to heel, offload", "collagenase to slough, gauze daily"]), "Progress: %s" % r.choice(["improving", "stable", "declining - provider notified"]), "", nurse]
    elif lay == 5:  # behavior note
        t = ["%s %s Behavior Note" % (D(p.date, 1), T(r)), "Resident %s %s. %s. Interventions: %s. Outcome: %s. %s" % (p.first, r.choice(["exit seeking at front door", "yelling out repeatedly", "refused AM care and medications", "striking at staff during incontinence care", "wandering into other residents' rooms"]),
                                                               r.choice(["Possible trigger: noise at shift change", "No identified trigger", "Toileting need identified"]), r.choice(["redirected to activity room, offered snack", "re-approached in 15 minutes", "1:1 with CNA, music", "toileted and offered fluids"]),
                                                               r.choice(["effective", "partially effective", "ineffective, PRN not available - provider notified"]), r.choice(["Will monitor.", "Care plan updated.", ""])), "-" + nurse]
    elif lay == 6:  # admission nursing assessment (short)
        t = [p.fac["name"], "Nursing Admission Note", "%s arrived at %s via %s from %s accompanied by %s." % (name(p, 0), T12(r), r.choice(["wheelchair van", "ambulance stretcher", "private car"]), p.hosp["name"], r.choice(["family", "EMS", "no one"])),
             "Dx: %s. Allergies: %s. Code: %s." % (p.scen["dx"], ", ".join(p.allergies), p.code), "VS " + vit_str(v, 0) + ". Wt %d lb." % p.wt, "Skin check with 2 nurses: %s." % r.choice(["intact", "bruising bilateral arms", "stage 2 coccyx 1 x 1 cm", p.scen["exam"].split(".")[0]]),
             "Oriented to room, call light and unit. Bed low, mat at bedside. Meds verified with NP. Pharmacy notified.", "Belongings inventory completed.", nurse]
    else:  # late entry / brief
        t = ["LATE ENTRY for %s %s" % (D(p.date - timedelta(days=1), 1), r.choice(["1400", "2230", "0300"])) if r.random() < .4 else "%s %s" % (D(p.date, 5), shift),
             r.choice(["Res slept well at intervals. No c/o. Incont care x2. Turned q2h.", "Res to dialysis at 0545, returned 1130, access site without bleeding.", "Abx day %d/7 cephalexin, no adverse effects noted, afebrile." % r.randint(2, 6),
                       "Family visited, took res to courtyard. Res in good spirits.", "O2 2L NC in place, sats 92-95%. No SOB noted.", "Foley draining clear yellow urine, 600 mL emptied."]), nurse.split(",")[0] + " " + nurse.split(",")[1]]
    return "\n".join(t)


def g_ed_note(r, p):
    lay = r.randint(0, 5)
    v = vitals(r, p)
    edmd = sname(r, r.choice(["MD", "DO", "PA-C"]))
    cc = r.choice([
        ("Fall", "unwitnessed fall at nursing facility, found on floor by staff", "CT head negative, CT c-spine negative, %s hip x-ray negative" % r.choice(["right", "left"]), "Fall, mechanical; contusion of %s" % r.choice(["forehead", "left elbow", "right hip"]), "Return to facility. Neuro checks. Acetaminophen for pain."),
        ("Altered mental status", "increased confusion and somnolence over 2 days per facility", "UA positive nitrite/LE, WBC 13.2, Na 131, lactate 1.4", "Acute metabolic encephalopathy due to UTI", "Ceftriaxone 1 g IV given. Admit to medicine / observation."),
        ("Shortness of breath", "worsening dyspnea and hypoxia to 86% at facility", "CXR with interstitial edema, BNP 1,420, troponin 0.03", "Acute on chronic heart failure exacerbation", "Furosemide 40 mg IV. Admit to telemetry."),
        ("G-tube dislodged", "PEG tube fell out approximately 3 hours ago", "Gastrografin study confirmed intragastric position of new tube", "Dislodged gastrostomy tube, replaced", "Return to facility, resume feeds."),
        ("Hypoglycemia", "fingerstick 38 at facility, D50 given by EMS", "Glucose 112 after treatment, creatinine 1.9 (baseline 1.3)", "Hypoglycemia due to insulin, AKI", "Observe, reduce glargine, hold metformin."),
        ("Fever", "temperature 102.3 with cough at facility", "CXR RLL infiltrate, WBC 15.1, lactate 2.4", "Pneumonia, sepsis", "Cultures, IV fluids 30 mL/kg, cefepime/vancomycin. Admit."),
    ])
    arrive = "via %s from %s" % (r.choice(["EMS", "ALS ambulance", "BLS", "facility van"]), p.fac["name"])
    if lay == 0:  # full ED provider note
        t = [p.hosp["name"] + " Emergency Department", r.choice(["ED Provider Note", "EMERGENCY DEPARTMENT REPORT", "Emergency Physician Record"]), hdr_block(r, p, 1, hosp=True), "Arrival: %s %s  %s" % (D(p.date), T(r), arrive), "",
             "CHIEF COMPLAINT: %s" % cc[0], "", "HPI: %s presents %s with %s. History limited by %s; obtained from facility paperwork and EMS. %s" % (age_sex(p, 2), arrive, cc[1], r.choice(["dementia", "patient's confusion", "hearing impairment"]), r.choice(["On anticoagulation." if "af" in [c["k"] for c in p.comorb] else "Not anticoagulated.", "No reported vomiting.", "Code status DNR per POLST." if "DNR" in p.code else "Full code."])), "",
             "PMH: " + ", ".join(c["dx"] for c in p.comorb) + ", " + p.scen["short"], "Meds: per facility MAR (attached)", "Allergies: " + ", ".join(p.allergies), "", "ROS: " + ros_block(r, p, 2), "",
             "PHYSICAL EXAM:", "Vitals: " + vit_str(v, 1), exam_block(r, p, v, 1), "", "ED COURSE / MDM: Differential included %s. Workup: %s. %s" % (r.choice(["infection, electrolyte derangement, intracranial process", "fracture, ICH, syncope", "CHF, pneumonia, PE, ACS"]), cc[2], cc[4]), "",
             "DIAGNOSIS: %s" % cc[3], "DISPOSITION: %s" % ("Admitted" if "Admit" in cc[4] else "Discharged back to %s" % p.fac["name"]), "", sig(r, edmd, p.date, 0)]
    elif lay == 1:  # short template
        t = ["ED Note  %s" % D(p.date, 1), "Pt: %s  %d%s  MRN %s" % (name(p, 2), p.age, p.sex, p.hmrn), "CC: %s" % cc[0], "HPI: %s" % cc[1], "Exam: %s" % vit_str(v, 2), "Results: %s" % cc[2], "Imp: %s" % cc[3], "Plan: %s" % cc[4], edmd]
    elif lay == 2:  # triage + provider combined printout
        t = ["%s  EMERGENCY" % p.hosp["name"].upper(), "Triage %s %s   ESI %d   Triage RN: %s" % (D(p.date, 1), T(r), r.choice([2, 3, 3, 4]), sname(r, "RN")), "Complaint: %s   Pain %d/10" % (cc[0], v["PAIN"]), "Arrival mode: %s" % arrive, vit_str(v, 0), "",
             "Provider evaluation %s" % T(r), "History: %s. Facility reports %s. Baseline per facility: %s." % (cc[1], r.choice(["no recent med changes", "started antibiotic 2 days ago", "was at baseline yesterday"]), r.choice(["ambulates with walker, oriented x2", "wheelchair, oriented to self", "independent, A&O x3"])),
             "Exam: " + exam_block(r, p, v, 2), "Labs/imaging: " + cc[2], "Clinical impression: " + cc[3], "Disposition/plan: " + cc[4], "Condition: %s" % r.choice(["stable", "fair", "improved"]), "", sig(r, edmd, p.date, 5)]
    elif lay == 3:  # dictated
        t = ["EMERGENCY ROOM REPORT", "", "PATIENT: %s" % name(p, 1), "DATE OF SERVICE: %s" % D(p.date, 0), "ATTENDING: %s" % edmd.upper(), "",
             "The patient is a %s who resides at %s and is brought in %s for %s.  %s" % (age_sex(p), p.fac["name"], arrive.split(" from")[0], cc[1], p.scen["hpi"].split(". ")[0] + "."), "",
             "PHYSICAL EXAMINATION:  %s.  %s" % (vit_str(v, 3), exam_block(r, p, v, 2)), "", "LABORATORY AND IMAGING:  %s." % cc[2], "", "ASSESSMENT:  %s." % cc[3], "", "PLAN:  %s" % cc[4], "", sig(r, edmd, p.date, 3)]
    elif lay == 4:  # ED discharge-to-facility summary w/ critical care none
        t = [p.hosp["name"], "Emergency Department - Provider Documentation", "Patient %s (DOB %s) Visit %s" % (name(p, 0), D(p.dob), D(p.date)), "",
             "History of Present Illness", cc[1].capitalize() + ". " + r.choice(["Denies chest pain.", "Unable to provide reliable history.", "Family at bedside corroborates."]), "", "Medical Decision Making", "Data reviewed: %s. Old records from facility reviewed. Discussed with %s at facility." % (cc[2], p.np), "Risk: %s" % r.choice(["moderate", "high - decision regarding hospitalization"]), "",
             "Impression", "  1. " + cc[3], "  2. " + r.choice([c["dx"] for c in p.comorb]), "", "Plan", "  " + cc[4], "  Records faxed to %s at %s." % (p.fac["name"], p.fac["fax"]), "", edmd]
    else:  # APP note with attestation
        t = ["Emergency Medicine APP Note", "Patient: %s   Age/Sex: %d/%s   Date: %s" % (name(p, 2), p.age, p.sex, D(p.date)), "Supervising physician: %s" % sname(r, "MD"), "", "Chief complaint: %s" % cc[0], "Subjective: %s" % cc[1],
             "Objective: %s | %s" % (vit_str(v, 0), exam_block(r, p, v, 2)), "Results: %s" % cc[2], "Assessment: %s" % cc[3], "Plan: %s" % cc[4], "", "Attending attestation: I personally evaluated the patient and agree with the above. - %s" % sname(r, "MD"), edmd]
    return "\n".join(t)


def g_transfer_summary(r, p):
    lay = r.randint(0, 5)
    v = vitals(r, p)
    reason = r.choice(["change in mental status", "hypoxia SpO2 84% on 3 L", "fall with hip pain and shortening", "fever 102.4 and hypotension", "chest pain", "GI bleed - melena, Hgb 7.1"])
    if lay == 0:  # SNF -> hospital acute care transfer form
        t = [p.fac["name"], r.choice(["Nursing Home to Hospital Transfer Form", "ACUTE CARE TRANSFER DOCUMENT", "Interfacility Transfer Form"]), "", "Resident: %s   DOB: %s   Rm: %s" % (name(p, 2), D(p.dob), p.room), "Sent to: %s ED   Date/time: %s %s   Via: %s" % (p.hosp["name"], D(p.date), T(r), r.choice(["911 ALS", "BLS non-emergent", "facility van"])),
             "Code status: %s   POLST sent: [X]" % p.code, "HCP/Contact: %s (%s) %s  Notified: [X]" % (p.contact, p.crel, p.cphone), "", "Reason for transfer: %s" % reason, "Key clinical info: %s" % r.choice(["New onset at %s; baseline is A&O x2 and ambulatory with walker." % T12(r), "Similar episode 3 months ago.", "Family requests evaluation."]),
             "Vitals at transfer: %s" % vit_str(v, 0), "Baseline mental status: %s   Baseline function: %s" % (r.choice(["alert, oriented x2", "oriented to self", "A&O x3"]), r.choice(["ambulates with RW", "w/c, 1 assist transfers", "bedbound"])), "",
             "Diagnoses: %s" % "; ".join(diag_list(p, r, codes=False)), "Allergies: %s" % ", ".join(p.allergies), "Isolation: %s" % r.choice(["none", "contact - MRSA", "contact - C. diff (resolved)"]), "Last dose anticoagulant: %s" % r.choice(["n/a", "apixaban 0900 today"]), "",
             "Documents sent: [X] med list [X] face sheet [X] recent labs [ ] H&P [X] advance directives", "Nurse: %s  Phone %s   Physician notified: %s" % (sname(r, "RN"), p.fac["phone"], p.np)]
    elif lay == 1:  # hospital -> SNF continuity of care
        t = [p.hosp["name"], r.choice(["Continuity of Care Document", "PATIENT TRANSFER SUMMARY", "Inter-facility Transfer Summary (Hospital to SNF)", "Nursing Transfer Summary"]), hdr_block(r, p, 1, hosp=True), "", "Transfer to: %s   Accepting: %s" % (p.fac["name"], p.md), "Transfer date: %s   Mode: %s" % (D(p.hosp_dc), r.choice(["wheelchair van", "stretcher transport"])), "",
             "Admitting dx: %s" % p.scen["short"], "Hospital course (brief): %s" % p.scen["course"], "", "Active issues at transfer:"] + ["  - " + x for x in p.scen["plan"][:4]] + [
             "", "Last vitals: %s" % vit_str(v, 1), "Diet: %s" % r.choice(["cardiac 2 g Na", "regular", "consistent carb", "dysphagia 2, nectar-thick"]), "Activity: %s" % r.choice(["WBAT with walker", "OOB with assist", "up in chair TID"]), "Lines: %s" % r.choice(["PIV removed", "PICC R arm for IV abx", "none"]), "Foley: %s" % r.choice(["removed %s, voided" % D(p.hosp_dc - timedelta(days=1), 1), "none"]), "Last BM: %s" % D(p.hosp_dc - timedelta(days=r.randint(0, 3)), 1),
             "Skin: %s" % r.choice(["intact", "stage 1 sacrum", "incision with staples"]), "", "Medications last given:"] + ["  %s - last %s %s" % (med_line(m, 0), D(p.hosp_dc, 1), r.choice(["0900", "1300", "0800", "2100 (prior)"])) for m in p.meds[:6]] + ["", "RN report called to %s at %s by %s" % (sname(r, "LPN"), T(r), sname(r, "RN"))]
    elif lay == 2:  # transfer to another facility (LTC)
        t = [p.fac["name"], "Resident Transfer / Discharge Summary to Receiving Facility", "", "Resident: %s   DOB %s" % (name(p, 0), D(p.dob)), "Receiving facility: %s" % mkplace(r, FAC_NAMES, "snf")["name"], "Reason: %s" % r.choice(["closer to family", "Medicaid bed availability", "needs secure memory care unit", "payer change"]), "",
             "Diagnoses:", "\n".join("  " + d for d in diag_list(p, r)), "", "Functional status: %s; %s; %s" % (r.choice(["extensive assist ADLs", "limited assist ADLs"]), r.choice(["continent", "incontinent B&B"]), r.choice(["feeds self", "needs feeding assist"])), "Cognition: BIMS %d/15" % r.randint(2, 15),
             "Behaviors: %s" % r.choice(["none", "exit seeking - wander guard", "verbal outbursts evenings"]), "Medications: see attached MAR (%d orders)" % len(p.meds), "Immunizations: influenza %s, pneumococcal on file" % p.date.year, "TB: negative %s" % D(p.admit, 1), "", "Prepared by: %s" % sname(r, "RN, MDS Coordinator")]
    elif lay == 3:  # brief NP transfer note
        t = ["Transfer Note - %s" % D(p.date, 2), "%s (%s), %s" % (name(p, 0), p.room, age_sex(p, 1)), "", "Called by nursing for %s. On my evaluation %s. Given %s and code status %s, after discussion with %s, decision made to transfer to %s ED for further evaluation." % (reason, vit_str(v, 3), p.scen["short"], p.code, p.contact, p.hosp["name"]),
             "Report called to ED charge RN. Transfer packet sent.", "", p.np]
    elif lay == 4:  # SBAR transfer communication (INTERACT-like)
        t = ["SBAR - Acute Change in Condition / Transfer", "Facility: %s  Unit: %s" % (p.fac["name"], p.unit), "Resident: %s  Age %d" % (name(p, 2), p.age), "",
             "SITUATION: %s" % reason, "BACKGROUND: Primary dx %s; other: %s. Meds: %s." % (p.scen["short"], ", ".join(c["dx"] for c in p.comorb[:3]), ", ".join(m[0] for m in p.meds[:5])),
             "ASSESSMENT: %s. Functional baseline: %s." % (vit_str(v, 3), r.choice(["independent w/ walker", "1 assist", "total care"])), "REQUEST: transfer for evaluation", "", "Advance directive: %s" % p.code, "Sent with: %s" % r.choice(["glasses, hearing aids", "dentures", "nothing"]), sname(r, "RN")]
    else:  # EMS/transport sheet
        t = ["PATIENT TRANSFER RECORD - TRANSPORT", "From: %s (Rm %s)" % (p.fac["name"], p.room), "To: %s" % p.hosp["name"], "Date: %s   Pickup: %s  Arrival: %s" % (D(p.date, 1), T(r), T(r)), "", "Patient: %s  DOB %s  Wt %d lb" % (name(p, 1), D(p.dob, 1), p.wt),
             "Reason: %s" % reason, "Mobility: %s   O2: %s" % (r.choice(["non-ambulatory", "ambulatory w/ assist"]), v["O2"]), "Precautions: %s" % r.choice(["fall", "aspiration", "contact", "none"]), "DNR paperwork: %s" % ("with patient" if "DNR" in p.code else "N/A - full code"),
             "Belongings sent: %s" % r.choice(["none", "glasses", "hearing aids x2", "upper denture"]), "Sending nurse: %s   Receiving: %s" % (sname(r, "LPN"), sname(r, "RN"))]
    return "\n".join(t)


def g_provider_orders(r, p):
    lay = r.randint(0, 6)
    ordr = r.choice([p.md, p.np])
    if lay == 0:  # SNF admission orders
        t = [p.fac["name"], r.choice(["ADMISSION ORDERS", "Physician Admission Orders", "Admit Orders - Short Stay"]), hdr_block(r, p, 2), "",
             "1. Admit to %s under care of %s" % (p.unit, p.md), "2. Diagnosis: %s" % p.scen["dx"], "3. Code status: %s" % p.code, "4. Allergies: %s" % ", ".join(p.allergies),
             "5. Vitals: q shift x 72 h then daily%s" % (", daily weights" if p.scen["key"] == "chf" else ""), "6. Diet: %s" % r.choice(["NAS 2 g sodium, 1500 mL fluid restriction" if p.scen["key"] == "chf" else "regular", "consistent carbohydrate", "dysphagia 2, nectar-thick liquids" if p.scen["key"] == "cva" else "mechanical soft"]),
             "7. Activity: %s" % r.choice(["WBAT %s LE with RW" % p.side if p.scen["key"] in ("hip", "tka") else "as tolerated with assist", "OOB to chair TID"]), "8. PT/OT%s eval and treat" % ("/ST" if p.scen["key"] == "cva" else ""), "9. Labs: CBC, BMP on %s" % D(p.date + timedelta(days=r.randint(2, 6)), 1),
             "10. Medications:"] + ["     " + med_line(m, 0) for m in p.meds] + ["11. May crush medications unless contraindicated", "12. May have pharmacy substitute generics", "13. Fall precautions; skin assessment weekly", "", "Verbal order read back: [X]", sig(r, ordr, p.date, 1)]
    elif lay == 1:  # telephone order
        ords = r.sample(["Cephalexin 500 mg PO QID x 7 days for cellulitis", "BMP and CBC in AM", "Mobile CXR 2 views r/o pneumonia", "Increase furosemide to 40 mg PO BID x 3 days then resume 40 mg daily", "Hold metoprolol for HR < 55 or SBP < 100",
                         "Discontinue foley catheter", "Acetaminophen 650 mg PO q6h PRN pain/fever, max 3 g/day", "Speech therapy eval for coughing with meals", "Wound consult sacrum", "Neuro checks q15min x1h, q1h x4h, q4h x24h per protocol"], r.randint(1, 3))
        t = [r.choice(["TELEPHONE ORDER", "Telephone/Verbal Order", "T.O./V.O."]), "%s   Rm %s" % (name(p, 2), p.room), "Date: %s  Time: %s" % (D(p.date), T(r)), ""] + ["%s" % o for o in ords] + ["", "T.O. %s / %s  read back and verified" % (ordr, sname(r, r.choice(["RN", "LPN"]))), "Physician signature: _____________  Date: ______"]
    elif lay == 2:  # monthly physician order recap sheet
        t = [p.fac["name"], "PHYSICIAN'S ORDERS - MONTHLY RECAPITULATION   %s" % p.date.strftime("%B %Y").upper(), "Resident: %s   Rm %s   Physician: %s" % (name(p, 1), p.room, p.md), "Dx: %s" % "; ".join(diag_list(p, r, 4)), "Allergies: %s   Code: %s" % (", ".join(p.allergies), p.code), "",
             "ORDER                                                       START DATE"]
        for m in p.meds:
            t.append("%-60s %s" % (med_line(m, 4)[:60], D(p.admit + timedelta(days=r.randint(0, 10)), 1)))
        t += ["%-60s %s" % ("Diet: " + r.choice(["regular", "NAS", "CCHO", "mech soft"]), D(p.admit, 1)), "%-60s %s" % ("Weights monthly" if not p.rehab else "Weights weekly x4", D(p.admit, 1)), "%-60s %s" % ("May go out on pass with responsible party with meds", D(p.admit, 1)), "%-60s %s" % ("Podiatry, dental, optometry, audiology PRN", D(p.admit, 1)),
              "", "Reviewed and renewed. These orders are effective until changed.", "Physician: ________________  Date: ______", "Nurse reviewer 1: ______ Nurse reviewer 2: ______"]
    elif lay == 3:  # lab/diagnostic order requisition
        t = ["LABORATORY REQUISITION", "Client: %s   Account %d" % (p.fac["name"], r.randint(10000, 99999)), "Patient: %s   DOB %s   Sex %s   Rm %s" % (name(p, 2), D(p.dob), p.sex, p.room), "Draw date: %s  [%s] Fasting  [ ] STAT  [X] Routine" % (D(p.date), r.choice(["X", " "])), "Ordering: %s  NPI %010d" % (ordr, r.randint(10 ** 9, 2 * 10 ** 9 - 1)), "",
             "[%s] CBC w/ diff   [%s] BMP   [%s] CMP   [%s] Mg   [%s] TSH   [%s] HbA1c   [%s] Lipid   [%s] PT/INR   [%s] UA C&S   [%s] Vit D" % tuple(r.choice(["X", " ", " "]) for _ in range(10)), "",
             "ICD-10: %s" % ", ".join(c["icd"] for c in p.comorb[:3]), "Bill to: %s" % r.choice(["Medicare B", "Facility (Part A)", "Medicaid"])]
    elif lay == 4:  # hospital discharge orders for SNF
        t = [p.hosp["name"], "Discharge Orders - Transfer to Skilled Nursing Facility", hdr_block(r, p, 0, hosp=True), "", "Discharge to: %s" % p.fac["name"], "Condition: %s" % r.choice(["stable", "fair"]),
             "Diet: %s" % r.choice(["cardiac", "regular", "diabetic"]), "Activity: %s" % r.choice(["as tolerated", "WBAT", "up with assist"]), "Nursing: %s" % "; ".join(r.sample(["daily weights", "incentive spirometry", "staple removal POD 14", "fingersticks AC/HS", "O2 to keep SpO2 > 90%", "monitor incision"], 3)),
             "Therapy: PT/OT evaluate and treat", "Labs: %s" % r.choice(["CBC, BMP in 3 days", "BMP in 1 week", "none"]), "Code: %s" % p.code, "", "Medications:"] + ["  " + med_line(m, 1) for m in p.meds] + ["", sig(r, p.hmd, p.hosp_dc, 0)]
    elif lay == 5:  # hospice admission orders
        t = ["%s Hospice - Plan of Care Orders" % r.choice(TOWNS), "Patient: %s  Location: %s Rm %s" % (name(p, 0), p.fac["name"], p.room), "Hospice dx: %s" % r.choice(["Alzheimer's disease", "CHF", "COPD", "adult failure to thrive"]), "Date: %s" % D(p.date), "",
             "Comfort kit orders:", "  Morphine sulfate 20 mg/mL: 0.25 mL (5 mg) SL q1h PRN pain or dyspnea", "  Lorazepam 0.5 mg SL q4h PRN anxiety", "  Haloperidol 0.5 mg PO/SL q4h PRN agitation/nausea", "  Atropine 1% 2 drops SL q4h PRN secretions", "  Bisacodyl 10 mg PR daily PRN constipation", "",
             "Discontinue: %s" % ", ".join(m[0] for m in p.meds if m[0] in ("atorvastatin", "donepezil", "memantine", "calcium carbonate", "cholecalciferol", "ferrous sulfate")) or "none", "No hospital transfer without hospice notification", "RN visits %dx/week, aide %dx/week" % (r.choice([1, 2]), r.choice([2, 3, 5])), "", "Hospice physician: %s" % sname(r, "MD")]
    else:  # short handwritten orders
        t = ["ORDERS  %s" % D(p.date, 5), "%s #%s" % (p.last.upper(), p.mrn), ""] + ["%d) %s" % (i + 1, x) for i, x in enumerate(r.sample(["d/c oxycodone", "APAP 650 q6 PRN", "UA w/ reflex C&S", "CBC/BMP Mon", "PT/OT to eval", "Bladder scan q shift x 3 days, straight cath if > 400 mL", "↑ glargine to 14 u qHS", "Ensure 1 can BID", "Mirtazapine 7.5 mg qHS", "Wt weekly"], r.randint(2, 4)))] + ["", ordr.split(",")[0]]
    return "\n".join(t)


def g_discharge_instructions(r, p):
    lay = r.randint(0, 5)
    k = p.scen["key"]
    warn = {"chf": "weight gain of more than 2 pounds in a day or 5 pounds in a week, more shortness of breath, swelling", "hip": "increased hip pain, redness or drainage from the incision, calf pain or swelling, fever over 101",
            "tka": "increased knee redness, drainage, fever, calf pain or swelling", "pna": "fever, worsening cough, trouble breathing", "cva": "new weakness, numbness, trouble speaking, facial droop - CALL 911",
            "copd": "worsening shortness of breath, needing rescue inhaler more often, fever", "uti": "fever, burning with urination, confusion", "cell": "spreading redness, fever, red streaks"}.get(k, "fever, falls, new confusion")
    if lay == 0:  # SNF to home
        t = [p.fac["name"], r.choice(["Discharge Instructions", "Going Home Instructions", "Resident Discharge Plan & Instructions"]), "", "Name: %s    Discharge date: %s" % (name(p, 0), D(p.date, 2)), "",
             "Your diagnosis: %s" % p.scen["dx"], "", "Diet: %s" % r.choice(["Low salt (2,000 mg sodium) diet. Limit fluids to 6 cups per day." if k == "chf" else "Regular diet.", "Diabetic diet - avoid sweets and sugary drinks.", "Soft foods, thickened liquids as taught by speech therapy." if k == "cva" else "Regular diet, drink plenty of fluids."]),
             "Activity: %s" % r.choice(["Walk with your walker at all times. Do your home exercises twice a day.", "No driving until cleared by your doctor.", "Increase activity slowly."]), "", "Medications: see attached medication list. Take only medicines on this list.", "",
             "Follow-up appointments:", "  %s - %s" % (p.pcp, r.choice(["within 7 days", "call to schedule within 1 week"])), "  Home health will call within 48 hours to set up the first visit.", "", "Call your doctor if you have: %s." % warn, "", "I have received and understand these instructions.",
             "Resident/caregiver: ________________   Nurse: %s" % sname(r, "RN")]
    elif lay == 1:  # hospital AVS
        t = ["After Visit Summary", p.hosp["name"], "%s   DOB: %s" % (name(p, 0), D(p.dob)), "You were in the hospital %s - %s." % (D(p.hosp_admit, 2), D(p.hosp_dc, 2)), "", "Why you were in the hospital: %s" % p.scen["short"], "",
             "What's next: You are going to %s for rehabilitation." % p.fac["name"], "", "START taking:"] + ["  " + med_line(m, 3) for m in p.scen["meds"]] + ["CONTINUE taking:"] + ["  " + med_line(m, 3) for m in p.meds if m not in p.scen["meds"]][:6] + [
             "", "Warning signs: %s." % warn, "", "Questions? Call %s." % p.hosp["phone"]]
    elif lay == 2:  # home exercise program
        t = ["HOME EXERCISE PROGRAM", "%s   Therapist: %s" % (name(p, 0), sname(r, r.choice(["PT, DPT", "PTA", "OTR/L"]))), "Date: %s" % D(p.date), "Do these exercises %s." % r.choice(["2 times a day", "once daily", "3 times a day"]), ""]
        ex = r.sample(["Ankle pumps - 20 reps", "Quad sets - hold 5 sec, 10 reps", "Heel slides - 10 reps", "Seated knee extension (long arc quad) - 10 reps", "Sit to stand from chair with arms - 5-10 reps", "Standing marching at counter - 10 each leg", "Straight leg raise - 10 reps", "Glute squeezes - 10 reps", "Standing hip abduction at counter - 10 each"], 5)
        t += ["%d. %s" % (i + 1, e) for i, e in enumerate(ex)] + ["", "Precautions: %s" % r.choice(["Weight bearing as tolerated", "Stop if you have chest pain or dizziness", "Use walker for all walking"]), "Stop and call if pain is severe."]
    elif lay == 3:  # condition-specific teaching sheet
        t = [r.choice(["Living with Heart Failure", "Caring for Your Incision", "Stroke: What You Need to Know", "COPD Action Plan", "Preventing Falls at Home"]) if r.random() < .5 else "Patient Education", "Prepared for: %s" % name(p, 0), "",
             "GREEN ZONE (doing well): %s" % r.choice(["no new shortness of breath, weight stable", "incision dry, pain controlled"]), "YELLOW ZONE (call your doctor today): %s" % warn, "RED ZONE (call 911): %s" % r.choice(["struggling to breathe, chest pain, fainting", "confusion, can't wake up", "sudden weakness, slurred speech"]), "",
             "Weigh yourself every morning after using the bathroom and write it down." if k == "chf" else "Keep the area clean and dry. You may shower after %s." % D(p.date + timedelta(days=r.randint(1, 10)), 2), "", "Education provided by %s; teach-back: %s" % (sname(r, "RN"), r.choice(["verbalized understanding", "needs reinforcement", "daughter verbalized understanding"]))]
    elif lay == 4:  # wound care at home
        t = ["Wound Care Instructions for Home", "%s  %s" % (name(p, 0), D(p.date)), "", "Location: %s" % r.choice(["sacrum", "%s heel" % p.side, "%s lower leg" % p.side, "%s hip incision" % p.side]),
             "1. Wash hands.\n2. Remove old dressing.\n3. Clean wound with normal saline.\n4. Apply %s.\n5. Cover with %s.\n6. Change every %s and as needed if soiled." % (r.choice(["thin layer of medihoney", "silver alginate cut to fit", "skin protectant to edges"]), r.choice(["bordered foam dressing", "dry gauze and paper tape"]), r.choice(["day", "other day", "3 days"])),
             "Supplies sent: %s" % r.choice(["5 day supply", "none - order via home health"]), "Call if: increased redness, foul odor, fever, more drainage.", sname(r, "RN, WCC")]
    else:  # checkbox form
        t = [letterhead(r, p.fac, 4), "DISCHARGE INSTRUCTION SHEET   Form N-%d" % r.randint(100, 999), "Resident: %s  DOB %s  D/C date %s" % (name(p, 2), D(p.dob), D(p.date)), "",
             "Discharged to: [%s] Home  [%s] Assisted living  [ ] Other" % ("X", " "), "Diet: [%s] Regular [%s] Cardiac [%s] Diabetic [%s] Mech soft  Liquids: %s" % (tuple(r.sample(["X", " ", " ", " "], 4)) + (r.choice(["thin", "nectar"]),)), "Activity: [X] As tolerated [ ] Bedrest  Assistive device: %s" % r.choice(["RW", "cane", "w/c", "none"]),
             "Bathing: %s" % r.choice(["may shower", "sponge bath until cleared"]), "Medications reviewed with: %s" % r.choice(["resident", p.contact]), "Prescriptions: [X] sent to %s Pharmacy" % r.choice(LN), "Follow-up: %s on %s" % (p.pcp, D(p.date + timedelta(days=r.randint(3, 14)), 1)),
             "Home health: %s" % r.choice(["Yes", "No"]), "Equipment: %s" % r.choice(["RW", "shower chair", "none"]), "Signs to report: %s" % warn, "", "Signatures: Resident/Rep ______  Nurse ______"]
    return "\n".join(t)


def g_other(r, p):
    lay = r.randint(0, 11)
    if lay == 0:  # fax cover
        t = [letterhead(r, r.choice([p.fac, p.hosp]), r.randint(0, 4)), "", r.choice(["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet"]), "", "Date: %s" % D(p.date), "To: %s" % r.choice([p.md, p.pharm, "Medical Records", "Admissions", p.hosp["name"] + " Case Management"]), "Fax: %s" % rphone(r), "From: %s" % sname(r, ""), "Pages (including cover): %d" % r.randint(2, 18), "",
             "Re: %s" % r.choice(["%s - records request" % name(p, 0), "Referral packet", "Signed orders", "Clinicals for review", "Lab results"]), "[ ] Urgent  [X] For review  [ ] Please reply", "",
             "CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying, or distribution is prohibited. Please notify the sender immediately and destroy the documents."]
    elif lay == 1:  # release of information request
        t = ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "", "Patient name: %s   DOB: %s" % (name(p, 0), D(p.dob)), "I authorize: %s" % r.choice([p.fac["name"], p.hosp["name"]]), "To release to: %s" % r.choice(["%s, Attorney at Law" % sname(r, ""), p.contact, r.choice(LN) + " Life Insurance Co.", "Social Security Administration"]), "",
             "Information to be released: [%s] Entire record  [%s] Discharge summary  [%s] Lab/x-ray  [ ] Psychotherapy notes" % tuple(r.sample(["X", " ", "X"], 3)), "Dates of service: %s to %s" % (D(p.admit, 1), D(p.date, 1)), "Purpose: %s" % r.choice(["legal", "personal", "insurance claim", "continuity of care", "disability determination"]), "",
             "This authorization expires on %s. I may revoke it in writing. Information disclosed may be re-disclosed by the recipient." % D(p.date + timedelta(days=365), 1), "", "Signature ____________  Relationship: %s  Date %s" % (r.choice(["self", p.crel]), D(p.date, 1))]
    elif lay == 2:  # billing statement
        t = [p.fac["name"], "STATEMENT OF ACCOUNT", "Statement date: %s   Account: %s" % (D(p.date), p.mrn), "Resident: %s   Responsible party: %s" % (name(p, 0), p.contact), "", "%-12s %-40s %10s" % ("Date", "Description", "Amount")]
        bal = 0.0
        for i in range(r.randint(3, 7)):
            amt = round(r.choice([r.uniform(-2500, -50), r.uniform(20, 9000)]), 2)
            bal += amt
            t.append("%-12s %-40s %10.2f" % (D(p.date - timedelta(days=30 - i * 4), 1), r.choice(["Room & board - private", "Medicare coinsurance day 21+", "Pharmacy - non-covered", "Beauty shop", "Payment - thank you", "Medicaid patient liability", "Cable TV", "Incontinence supplies"]), amt))
        t += ["", "BALANCE DUE: $%.2f" % abs(bal), "Please remit to Business Office. Questions: %s" % p.fac["phone"]]
    elif lay == 3:  # photo caption / wound photo log
        t = ["Wound Photograph Documentation", "Resident: %s  Rm %s" % (name(p, 2), p.room), "Photo date: %s  Time: %s   Camera/device: facility tablet #%d" % (D(p.date), T(r), r.randint(1, 6)), "", "[image]", "Caption: %s, %s, measuring ruler in frame, %s" % (r.choice(["sacrum", "left heel", "right lateral malleolus", "surgical incision %s hip" % p.side]), r.choice(["week %d" % r.randint(1, 8), "initial", "post-debridement"]), r.choice(["patient label in view", "consent on file"])), "Photographed by: %s" % sname(r, "RN")]
    elif lay == 4:  # NOMNC / notice
        t = ["Notice of Medicare Non-Coverage", "Patient name: %s    Patient number: %s" % (name(p, 0), p.mrn), "", "THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT SKILLED NURSING SERVICES WILL END: %s" % D(p.date + timedelta(days=2), 2), "",
             "Your Medicare provider and/or health plan have determined that Medicare probably will not pay for your current skilled services after the effective date indicated above. You may have to pay for any services you receive after that date.", "",
             "Your right to an immediate, independent medical review (appeal): You have the right to an immediate, independent medical review of the decision to end Medicare coverage. Call your Quality Improvement Organization at 1-888-555-%04d no later than noon of the day before the effective date." % r.randint(100, 199), "",
             "Signature of patient or representative ____________   Date %s" % D(p.date, 1)]
    elif lay == 5:  # resident questionnaire / preferences
        t = ["Resident Preference Interview", p.fac["name"], "Resident: %s   Date: %s   Interviewer: %s" % (name(p, 0), D(p.date), sname(r, "")), ""]
        qs = ["How important is it to you to choose what clothes to wear?", "...to take care of your personal belongings?", "...to choose between a tub bath, shower, bed bath?", "...to have snacks available between meals?", "...to have family or close friend involved in discussions about your care?", "...to listen to music you like?", "...to go outside when the weather is good?", "...to participate in religious services?"]
        for q in r.sample(qs, 6):
            t.append("%s  %s" % (q, r.choice(["1. Very important", "2. Somewhat important", "3. Not very important", "4. Not important at all", "9. No response"])))
        t += ["", "Comments: %s" % r.choice(["prefers showers in evening", "likes country music", "Catholic - communion Sundays", "none"])]
    elif lay == 6:  # personal inventory
        t = [p.fac["name"], "RESIDENT PERSONAL INVENTORY", "Resident: %s  Rm %s  Date: %s" % (name(p, 2), p.room, D(p.admit)), "", "Qty  Item"]
        for it in r.sample(["pants", "shirts", "nightgowns", "socks (pr)", "shoes (pr)", "eyeglasses", "hearing aid R", "upper denture", "wedding ring (yellow metal)", "TV 32 in", "recliner", "afghan", "cell phone", "rosary", "electric razor"], 7):
            t.append("%-4d %s" % (r.randint(1, 6), it))
        t += ["", "Items labeled with name: [X]", "Resident/family signature ________  Staff: %s" % sname(r, "CNA")]
    elif lay == 7:  # bed hold notice
        t = [p.fac["name"], "NOTICE OF BED-HOLD POLICY AND RETURN", "", "Resident: %s   Date of transfer: %s" % (name(p, 0), D(p.date)), "",
             "You are being transferred to %s. Under state law, Medicaid will pay to hold the bed for up to %d days per year for hospital stays. Private pay residents may hold the bed at the daily rate of $%d. If you do not choose to hold the bed, you will be readmitted to the first available semi-private bed." % (p.hosp["name"], r.choice([0, 10, 15, 30]), r.randint(260, 480)), "",
             "[%s] I wish to hold the bed   [%s] I do not wish to hold the bed" % tuple(r.sample(["X", " "], 2)), "Responsible party: %s   Notified by phone at %s by %s" % (p.contact, T(r), sname(r, "RN"))]
    elif lay == 8:  # grievance form
        t = ["GRIEVANCE / CONCERN FORM", p.fac["name"], "Date received: %s   Received by: %s" % (D(p.date), sname(r, "")), "Resident: %s  Rm %s" % (name(p, 0), p.room), "Reported by: %s (%s)" % (p.contact, p.crel), "",
             "Concern: %s" % r.choice(["Missing hearing aid since laundry day.", "Call light not answered for 40 minutes on night shift.", "Food served cold at supper.", "Resident's glasses broken.", "Roommate TV too loud at night."]), "",
             "Investigation/Action taken: %s" % r.choice(["Room searched, item found in laundry.", "Staff education on call light response.", "Dietary manager met with family.", "Replacement ordered at facility expense."]), "Resolved: %s   Family satisfied: %s" % (D(p.date + timedelta(days=r.randint(1, 5)), 1), r.choice(["Yes", "Yes", "Partially"])), "Administrator: %s" % sname(r, "NHA")]
    elif lay == 9:  # arbitration / admission agreement excerpt
        t = ["ADMISSION AGREEMENT - SIGNATURE PAGE", p.fac["name"], "", "Resident: %s" % name(p, 0), "Responsible party: %s" % p.contact, "",
             "By signing below, the Resident and/or Representative acknowledge receipt of: Resident Rights; Facility Rules; Notice of Privacy Practices; Bed-hold Policy; Personal Funds Account information; Charges for services not covered.", "",
             "Voluntary Arbitration Agreement: [ ] Accept  [%s] Decline  (not a condition of admission)" % r.choice(["X", " "]), "", "Resident/Rep ______________ Date %s" % D(p.admit, 1), "Facility representative: %s" % sname(r, "")]
    elif lay == 10:  # dietary/nutrition screening
        t = ["Dietary Admission Screening / Food Preferences", "%s  Rm %s  %s" % (name(p, 2), p.room, D(p.admit)), "", "Ht %d in   Wt %d lb   IBW %d lb   BMI %.1f" % (p.ht, p.wt, 100 + (p.ht - 60) * 5 if p.sex == "F" else 106 + (p.ht - 60) * 6, p.wt * 703.0 / (p.ht * p.ht)),
             "Diet order: %s" % r.choice(["regular", "NAS", "CCHO", "mech soft"]), "Likes: %s" % ", ".join(r.sample(["coffee black", "oatmeal", "chicken", "ice cream", "tea with sugar", "fish on Friday", "pie"], 3)), "Dislikes: %s" % ", ".join(r.sample(["liver", "spicy food", "broccoli", "pork", "milk"], 2)),
             "Adaptive equipment: %s" % r.choice(["none", "built-up spoon", "plate guard", "lidded cup"]), "Supplements: %s" % r.choice(["none", "health shake BID", "protein powder"]), "Dietary manager: %s" % sname(r, "CDM")]
    else:  # visitor / leave of absence log
        t = ["LEAVE OF ABSENCE SIGN-OUT", p.fac["name"], "Resident: %s   Rm %s" % (name(p, 0), p.room), "", "%-10s %-8s %-8s %-24s %s" % ("Date", "Out", "In", "Taken by", "Meds sent")]
        for i in range(r.randint(2, 5)):
            d = p.date - timedelta(days=i * r.randint(3, 9))
            t.append("%-10s %-8s %-8s %-24s %s" % (D(d, 1), T12(r, 9, 12), T12(r, 13, 19), p.contact if r.random() < .6 else sname(r, ""), r.choice(["none", "noon meds", "inhaler"])))
        t += ["", "Responsible party agrees to return resident and medications as listed."]
    return "\n".join(t)


GENS = {
    "discharge_summary": g_discharge_summary, "history_physical": g_history_physical, "progress_note": g_progress_note,
    "consult_note": g_consult_note, "operative_note": g_operative_note, "procedure_note": g_procedure_note,
    "lab_report": g_lab_report, "imaging_report": g_imaging_report, "pathology_report": g_pathology_report,
    "medication_list": g_medication_list, "prescription": g_prescription, "anesthesia_record": g_anesthesia_record,
    "correspondence": g_correspondence, "consent_form": g_consent_form, "referral_letter": g_referral_letter,
    "advance_directive": g_advance_directive, "ecg_report": g_ecg_report, "immunization_record": g_immunization_record,
    "registration_form": g_registration_form, "insurance_card": g_insurance_card, "nursing_note": g_nursing_note,
    "ed_note": g_ed_note, "transfer_summary": g_transfer_summary, "provider_orders": g_provider_orders,
    "discharge_instructions": g_discharge_instructions, "other": g_other,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    n = 0
    with open(a.out, "w", encoding="utf-8") as fh:
        for label in sorted(GENS):
            for i in range(a.per_type):
                p = make_patient(r)
                text = GENS[label](r, p)
                text = render(r, p, text)
                rec = {"id": "ltc-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
    print("wrote %d documents to %s" % (n, a.out))


if __name__ == "__main__":
    main()
