#!/usr/bin/env python3
"""Synthetic home health / hospice chart document generator (all content fictitious).

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import random

# ----------------------------------------------------------------------------
# Name / place pools (invented)
# ----------------------------------------------------------------------------
FIRST_M = ["Harold", "Walter", "Eugene", "Raymond", "Clarence", "Donald", "Gerald", "Leonard", "Arthur", "Frank",
           "Vernon", "Lloyd", "Melvin", "Roy", "Earl", "Curtis", "Dale", "Wayne", "Howard", "Norman", "Luis",
           "Jose", "Dennis", "Larry", "Gary", "Kenneth", "Calvin", "Otis", "Herbert", "Chester", "Ramon", "Tyrone"]
FIRST_F = ["Dorothy", "Mildred", "Evelyn", "Lorraine", "Shirley", "Bernice", "Gladys", "Irene", "Marjorie", "Betty",
           "Frances", "Loretta", "Helen", "Joyce", "Darlene", "Phyllis", "Wanda", "Rosalie", "Carmen", "Maria",
           "Juanita", "Gloria", "Norma", "Edna", "Viola", "Opal", "Ruth", "Hazel", "Yolanda", "Beverly", "Agnes"]
LAST = ["Abernathy", "Bridwell", "Castellano", "Dunaway", "Eckert", "Fairbanks", "Gorski", "Halvorsen", "Ingram",
        "Jablonski", "Kettering", "Lindqvist", "Marchetti", "Nussbaum", "Oakley", "Pruitt", "Quintero", "Rasmussen",
        "Szymanski", "Tolliver", "Underhill", "Vasquez", "Whitcomb", "Yarbrough", "Zellner", "Ashcraft", "Benavides",
        "Coughlin", "Delacroix", "Emberton", "Fitzhugh", "Gutierrez", "Hollister", "Iverson", "Kowalczyk", "Lundgren",
        "McAllister", "Novak", "Okafor", "Pettibone", "Redfearn", "Sandoval", "Thibodeaux", "Vanderpool", "Wojcik",
        "Brannigan", "Crandall", "Dobrowski", "Esterhaus", "Garrity", "Haskell", "Kimbrough", "Larkspur", "Mayweather"]
STAFF_FIRST = ["Amanda", "Brittany", "Carla", "Danielle", "Erin", "Heather", "Jessica", "Kimberly", "Lindsey", "Megan",
               "Nicole", "Rachel", "Tamika", "Vanessa", "Aaron", "Brian", "Derek", "Jason", "Kevin", "Marcus", "Nathan",
               "Priya", "Sunil", "Wei", "Anh", "Olga", "Fatima", "Grace", "Holly", "Tricia", "Shawna", "Keisha"]
TOWNS = [("Harlow Falls", "OH", "437"), ("Cedar Bend", "IA", "522"), ("Port Aldridge", "MI", "494"),
         ("Millbrook Junction", "PA", "168"), ("Larkin Springs", "TN", "373"), ("West Tamsin", "KY", "421"),
         ("Brookhollow", "IN", "471"), ("Garnet Ridge", "MO", "654"), ("Silas Creek", "NC", "286"),
         ("New Oberlin", "WI", "539"), ("Pelham Crossing", "GA", "317"), ("Drayton Hills", "TX", "759")]
STREETS = ["Maple", "Sycamore", "County Road 14", "Old Mill", "Ridgeview", "Hawthorne", "Chestnut", "Lakeshore",
           "Pinecrest", "Quarry", "Depot", "Willow Bend", "Fairground", "Bluebird", "Orchard", "Township Line"]
ST_SUF = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way"]
AGENCIES = ["Riverbend Home Health & Hospice", "Heartland Valley Home Care", "Bluewater Hospice",
            "Sunrise Visiting Nurse Association", "Good Shepherd Home Health Services", "Meadowlark Hospice & Palliative Care",
            "Tri-County Home Health Agency", "Compass Rose Hospice", "Lantern Home Health, LLC", "Evergreen Hospice of the Valley"]
HOSPITALS = ["St. Brendan Regional Medical Center", "Cedar Bend Memorial Hospital", "Harlow Falls General Hospital",
             "Mercy Crossing Medical Center", "Port Aldridge Community Hospital", "Valley Methodist Hospital",
             "Larkin Springs Regional Health", "Good Samaritan Hospital of West Tamsin"]
CLINICS = ["Northside Family Medicine", "Lakeview Internal Medicine Associates", "Crossroads Primary Care",
           "Garnet Ridge Cardiology Group", "Valley Pulmonary & Sleep", "Summit Orthopaedic Specialists",
           "Riverside Oncology & Hematology", "Cedar Bend Wound Care Center", "Prairie Nephrology Associates"]
SNFS = ["Willowbrook Care Center", "Maple Terrace Rehabilitation", "The Laurels of Brookhollow", "Oak Haven Nursing & Rehab"]
PHARMS = ["Corner Drug", "Valley Apothecary", "MedExpress Pharmacy #214", "Hometown Pharmacy", "Hospice Rx Partners"]
PAYERS = [("Medicare Part A", "MED"), ("Medicare Part B", "MED"), ("Humana Gold Plus (HMO)", "MA"),
          ("AARP Medicare Advantage", "MA"), ("State Medicaid", "MCD"), ("Anthem Blue Cross PPO", "COM"),
          ("WellCare Medicare Advantage", "MA"), ("Aetna Medicare PPO", "MA"), ("Tricare for Life", "COM")]
SPECS = {"Family Medicine": "MD", "Internal Medicine": "MD", "Cardiology": "MD", "Pulmonology": "MD",
         "Oncology": "MD", "Orthopedic Surgery": "MD", "General Surgery": "MD", "Nephrology": "MD",
         "Hospice and Palliative Medicine": "MD", "Hospitalist": "MD", "Emergency Medicine": "MD",
         "Neurology": "MD", "Infectious Disease": "MD", "Anesthesiology": "MD", "Radiology": "MD",
         "Pathology": "MD", "Geriatrics": "DO", "Wound Care": "DO", "Psychiatry": "MD", "Gastroenterology": "MD",
         "Vascular Surgery": "MD", "Podiatry": "DPM"}


# ----------------------------------------------------------------------------
# Clinical condition profiles
# ----------------------------------------------------------------------------
def M(name, dose, route, freq, ind=""):
    return {"name": name, "dose": dose, "route": route, "freq": freq, "ind": ind}


CONDS = {
    "chf": dict(dx="Chronic systolic congestive heart failure", icd="I50.22", short="CHF", hospice=True, hh=True,
                meds=[M("Furosemide", "40 mg", "PO", "BID", "edema"), M("Carvedilol", "6.25 mg", "PO", "BID", "CHF"),
                      M("Lisinopril", "5 mg", "PO", "daily", "CHF/HTN"), M("Spironolactone", "25 mg", "PO", "daily", "CHF"),
                      M("Potassium chloride ER", "20 mEq", "PO", "daily", "supplement"), M("Aspirin", "81 mg", "PO", "daily", "CAD")],
                pmh=["Hypertension", "Coronary artery disease s/p CABG", "Atrial fibrillation", "CKD stage 3", "Hyperlipidemia"],
                sx=["dyspnea on exertion walking 10-15 feet", "orthopnea, sleeps in recliner", "bilateral lower extremity edema", "fatigue"],
                exam=["JVD present to angle of jaw", "fine bibasilar crackles", "2+ pitting edema bilateral lower extremities to mid-shin",
                      "irregularly irregular rhythm, 2/6 systolic murmur"],
                terminal=["NYHA class IV symptoms at rest", "EF 15-20% on most recent echo", "three hospitalizations in past 6 months",
                          "optimally treated with diuretics and vasodilators", "PPS 40%"],
                teach=["daily weights, report gain of 3 lb in a day or 5 lb in a week", "2 gram sodium diet", "fluid restriction 1.5 L/day",
                       "s/s of CHF exacerbation"],
                labs={"BNP": (1240, 2950), "Creatinine": (1.5, 2.2), "BUN": (32, 55), "Sodium": (129, 134)},
                img=("CHEST, 2 VIEWS", "Cardiomegaly. Pulmonary vascular congestion with small bilateral pleural effusions. No focal consolidation.",
                     "Cardiomegaly with mild pulmonary edema and small bilateral effusions."),
                hosp="acute on chronic systolic heart failure exacerbation"),
    "copd": dict(dx="Chronic obstructive pulmonary disease with acute exacerbation", icd="J44.1", short="COPD", hospice=True, hh=True,
                 meds=[M("Tiotropium", "18 mcg", "inhaled", "daily"), M("Fluticasone/salmeterol", "250/50 mcg 1 puff", "inhaled", "BID"),
                       M("Albuterol HFA", "2 puffs", "inhaled", "q4h PRN SOB"), M("Prednisone", "10 mg", "PO", "daily"),
                       M("Ipratropium-albuterol", "3 mL", "nebulized", "QID PRN"), M("Oxygen", "2 L/min", "nasal cannula", "continuous")],
                 pmh=["Tobacco use, 50 pack-years, quit 2011", "Hypertension", "Osteoporosis", "Anxiety", "GERD"],
                 sx=["shortness of breath with minimal exertion", "productive cough with white sputum", "decreased activity tolerance", "anxiety with dyspnea"],
                 exam=["diminished breath sounds bilaterally with scattered expiratory wheezes", "prolonged expiratory phase",
                       "pursed-lip breathing, uses accessory muscles", "SpO2 89-91% on 2 L NC"],
                 terminal=["dyspnea at rest despite bronchodilators", "FEV1 28% predicted", "resting hypoxemia on continuous O2",
                           "unintentional weight loss of 12 lb in 4 months", "recurrent ED visits for respiratory failure"],
                 teach=["energy conservation techniques", "proper inhaler/nebulizer technique", "oxygen safety - no smoking or open flame",
                        "pursed-lip breathing"],
                 labs={"WBC": (11.2, 14.8), "Glucose": (140, 210), "CO2": (31, 36)},
                 img=("CHEST, PA AND LATERAL", "Hyperinflated lungs with flattened hemidiaphragms. Biapical pleural-parenchymal scarring. No acute infiltrate.",
                      "Changes of COPD. No acute cardiopulmonary process."),
                 hosp="acute exacerbation of COPD with hypoxic respiratory failure"),
    "dementia": dict(dx="Alzheimer's disease, late onset, with behavioral disturbance", icd="G30.1", short="Alzheimer dementia", hospice=True, hh=False,
                     meds=[M("Donepezil", "10 mg", "PO", "at bedtime"), M("Memantine", "10 mg", "PO", "BID"),
                           M("Quetiapine", "25 mg", "PO", "at bedtime", "agitation"), M("Acetaminophen", "650 mg", "PO", "q6h PRN pain"),
                           M("Sertraline", "50 mg", "PO", "daily"), M("Lorazepam", "0.5 mg", "PO/SL", "q6h PRN anxiety")],
                     pmh=["Hypertension", "Osteoarthritis", "History of falls", "Urinary incontinence", "Dysphagia"],
                     sx=["nonverbal except for occasional single words", "dependent in all ADLs", "pockets food, coughs with thin liquids",
                         "sundowning with agitation in evenings"],
                     exam=["oriented to self only, does not follow commands", "contractures bilateral knees",
                           "Stage 2 pressure injury sacrum 1.5 x 1.0 cm", "weight 98 lb, down from 112 lb in 6 months"],
                     terminal=["FAST stage 7c", "unable to ambulate without assistance", "speech limited to fewer than 6 words",
                               "aspiration pneumonia in past 6 months", "weight loss greater than 10% in 6 months", "PPS 30%"],
                     teach=["aspiration precautions, upright 90 degrees for meals", "repositioning every 2 hours", "incontinence care and skin protection",
                            "caregiver stress and respite options"],
                     labs={"Albumin": (2.4, 2.9), "Hemoglobin": (9.8, 11.1), "Sodium": (147, 151)},
                     img=("CT HEAD WITHOUT CONTRAST", "Moderate to severe diffuse cerebral and cerebellar volume loss with ex vacuo ventricular dilatation. Chronic small vessel ischemic change. No hemorrhage or mass effect.",
                          "Advanced atrophy and chronic microvascular ischemic change. No acute intracranial abnormality."),
                     hosp="aspiration pneumonia"),
    "lungca": dict(dx="Malignant neoplasm of right upper lobe lung, stage IV", icd="C34.11", short="lung cancer", hospice=True, hh=False,
                   meds=[M("Morphine sulfate ER", "15 mg", "PO", "q12h"), M("Morphine oral solution 20 mg/mL", "5 mg (0.25 mL)", "SL", "q2h PRN pain/dyspnea"),
                         M("Dexamethasone", "4 mg", "PO", "daily"), M("Lorazepam", "0.5 mg", "SL", "q4h PRN anxiety"),
                         M("Senna-docusate", "8.6/50 mg 2 tabs", "PO", "BID"), M("Ondansetron ODT", "4 mg", "SL", "q8h PRN nausea")],
                   pmh=["Tobacco use, 40 pack-years", "COPD", "Brain metastases s/p whole brain radiation", "Malignant pleural effusion", "Hypertension"],
                   sx=["right chest wall pain rated 6/10", "dyspnea with conversation", "anorexia, taking sips and bites only", "sleeping 18-20 hours/day"],
                   exam=["cachectic, temporal wasting", "absent breath sounds right base", "PleurX catheter right chest, site clean and dry",
                         "1+ edema bilateral ankles"],
                   terminal=["metastatic disease to brain, bone and liver", "declined further chemotherapy", "progression on second-line therapy",
                             "PPS 30-40%", "weight loss of 22 lb over 3 months"],
                   teach=["pain management and use of PRN morphine", "bowel regimen with opioids", "signs of approaching death",
                          "PleurX drainage procedure"],
                   labs={"Calcium": (10.9, 12.1), "Albumin": (2.3, 2.9), "Hemoglobin": (8.9, 10.4), "Alk Phos": (210, 480)},
                   img=("CT CHEST WITH CONTRAST", "Spiculated 5.2 cm right upper lobe mass with encasement of the right upper lobe bronchus. Moderate right pleural effusion with nodular pleural thickening. Multiple lytic lesions in the thoracic spine and right 6th rib. Hypodense hepatic lesions, largest 2.8 cm.",
                        "Right upper lobe primary malignancy with malignant effusion, osseous and hepatic metastases, progressed from prior."),
                   hosp="malignant pleural effusion with intractable pain"),
    "pancca": dict(dx="Malignant neoplasm of head of pancreas", icd="C25.0", short="pancreatic cancer", hospice=True, hh=False,
                   meds=[M("Fentanyl transdermal", "25 mcg/hr patch", "TD", "q72h"), M("Oxycodone", "5 mg", "PO", "q4h PRN breakthrough pain"),
                         M("Pancrelipase", "24,000 units", "PO", "with meals"), M("Prochlorperazine", "10 mg", "PO", "q6h PRN nausea"),
                         M("Polyethylene glycol", "17 g", "PO", "daily"), M("Haloperidol", "0.5 mg", "PO", "q4h PRN agitation/nausea")],
                   pmh=["Biliary stent placement", "Type 2 diabetes", "Hypertension", "Depression"],
                   sx=["epigastric pain radiating to back", "nausea with early satiety", "jaundice and pruritus", "profound weakness"],
                   exam=["scleral icterus, jaundiced skin", "abdomen distended with shifting dullness", "RUQ tenderness", "cachexia"],
                   terminal=["metastatic to liver and peritoneum", "malignant ascites requiring paracentesis", "declines further chemotherapy",
                             "PPS 40%", "albumin 2.4"],
                   teach=["pain regimen, fentanyl patch rotation and disposal", "small frequent meals", "skin care for pruritus", "when to call hospice"],
                   labs={"Total bilirubin": (4.8, 11.2), "Alk Phos": (380, 760), "AST": (88, 190), "ALT": (70, 160), "Albumin": (2.1, 2.7)},
                   img=("CT ABDOMEN AND PELVIS WITH CONTRAST", "Ill-defined 4.1 cm hypoenhancing mass in the pancreatic head encasing the SMV. Biliary stent in place with pneumobilia. Multiple hepatic metastases. Moderate ascites and omental caking.",
                        "Pancreatic head malignancy with hepatic and peritoneal metastatic disease and moderate ascites."),
                   hosp="obstructive jaundice and malignant ascites"),
    "hipfx": dict(dx="Aftercare following surgery for displaced fracture of right femoral neck", icd="S72.001D", short="R hip fracture", hospice=False, hh=True,
                  meds=[M("Enoxaparin", "40 mg", "SubQ", "daily x 28 days", "DVT prophylaxis"), M("Oxycodone", "5 mg", "PO", "q6h PRN moderate pain"),
                        M("Acetaminophen", "1000 mg", "PO", "TID"), M("Docusate sodium", "100 mg", "PO", "BID"),
                        M("Calcium carbonate/vitamin D3", "600 mg/800 IU", "PO", "BID"), M("Amlodipine", "5 mg", "PO", "daily")],
                  pmh=["Osteoporosis", "Hypertension", "Macular degeneration", "Hypothyroidism"],
                  sx=["right hip pain 4/10 with activity", "unsteady gait", "requires walker for all mobility", "difficulty with LB dressing"],
                  exam=["right lateral hip incision with staples, well approximated, no drainage", "mild ecchymosis right thigh",
                        "RLE strength 3-/5 hip flexion", "posterior hip precautions maintained"],
                  terminal=[], teach=["posterior hip precautions", "fall prevention and home safety", "enoxaparin injection technique", "s/s of DVT and infection"],
                  labs={"Hemoglobin": (8.9, 10.2), "Hematocrit": (27, 31)},
                  img=("RIGHT HIP, 2 VIEWS", "Interval right hip hemiarthroplasty. Components in anatomic alignment. No periprosthetic fracture. Skin staples and soft tissue gas consistent with recent surgery.",
                       "Expected postoperative appearance of right hip hemiarthroplasty."),
                  hosp="right femoral neck fracture after mechanical fall"),
    "tka": dict(dx="Aftercare following left total knee arthroplasty", icd="Z47.1", short="L TKA", hospice=False, hh=True,
                meds=[M("Apixaban", "2.5 mg", "PO", "BID x 14 days", "DVT prophylaxis"), M("Oxycodone", "5 mg", "PO", "q4h PRN pain"),
                      M("Celecoxib", "200 mg", "PO", "daily"), M("Acetaminophen", "650 mg", "PO", "q6h"), M("Senna", "8.6 mg 2 tabs", "PO", "at bedtime"),
                      M("Metformin", "500 mg", "PO", "BID")],
                pmh=["Osteoarthritis bilateral knees", "Obesity, BMI 34", "Type 2 diabetes", "Obstructive sleep apnea on CPAP"],
                sx=["left knee pain 5/10", "knee stiffness", "limited tolerance for walking", "swelling left knee"],
                exam=["left anterior knee incision with Dermabond, no drainage, mild erythema at edges", "L knee AROM 8-82 degrees",
                      "moderate effusion left knee", "calf soft, non-tender"],
                terminal=[], teach=["home exercise program", "cryotherapy and elevation", "s/s of DVT/PE", "incision care"],
                labs={"Glucose": (150, 220), "Hemoglobin": (10.1, 11.4)},
                img=("LEFT KNEE, 3 VIEWS", "Left total knee arthroplasty components in satisfactory alignment without evidence of loosening or periprosthetic fracture. Postoperative soft tissue swelling and joint effusion.",
                     "Postoperative left TKA, satisfactory."), hosp="elective left total knee arthroplasty"),
    "dfu": dict(dx="Type 2 diabetes mellitus with foot ulcer", icd="E11.621", short="diabetic foot ulcer", hospice=False, hh=True,
                meds=[M("Insulin glargine", "28 units", "SubQ", "at bedtime"), M("Insulin lispro", "per sliding scale", "SubQ", "AC meals"),
                      M("Metformin", "1000 mg", "PO", "BID"), M("Gabapentin", "300 mg", "PO", "TID", "neuropathy"),
                      M("Cephalexin", "500 mg", "PO", "QID x 10 days", "cellulitis"), M("Atorvastatin", "40 mg", "PO", "at bedtime")],
                pmh=["Peripheral neuropathy", "Peripheral arterial disease", "Hypertension", "CKD stage 3a", "Diabetic retinopathy"],
                sx=["ulcer right plantar first metatarsal head", "decreased sensation both feet", "blood sugars 180s-260s", "drainage on sock"],
                exam=["full-thickness ulcer R plantar 1st MTH 2.4 x 1.8 x 0.4 cm, 80% red granulation, 20% yellow slough, moderate serosanguinous drainage",
                      "periwound callus, no undermining, no odor", "absent monofilament sensation bilateral feet", "DP pulses diminished bilaterally"],
                terminal=[], teach=["offloading with post-op shoe", "blood glucose monitoring and logs", "daily foot inspection", "s/s of wound infection"],
                labs={"Glucose": (198, 312), "HbA1c": (8.9, 11.4), "WBC": (9.8, 12.6)},
                img=("RIGHT FOOT, 3 VIEWS", "Soft tissue ulceration plantar to the first metatarsal head. No cortical erosion or periosteal reaction. Vascular calcifications.",
                     "Soft tissue ulcer without radiographic evidence of osteomyelitis. MRI is more sensitive if clinical concern persists."),
                hosp="cellulitis of right foot with diabetic ulcer"),
    "cva": dict(dx="Hemiplegia and hemiparesis following cerebral infarction affecting right dominant side", icd="I69.351", short="CVA with R hemiparesis",
                hospice=False, hh=True,
                meds=[M("Clopidogrel", "75 mg", "PO", "daily"), M("Atorvastatin", "80 mg", "PO", "at bedtime"), M("Lisinopril", "10 mg", "PO", "daily"),
                      M("Metoprolol tartrate", "25 mg", "PO", "BID"), M("Escitalopram", "10 mg", "PO", "daily"), M("Baclofen", "5 mg", "PO", "TID", "spasticity")],
                pmh=["Hypertension", "Hyperlipidemia", "Paroxysmal atrial fibrillation", "Tobacco use"],
                sx=["right sided weakness", "expressive aphasia, word-finding difficulty", "difficulty with toileting and dressing", "mild dysphagia"],
                exam=["RUE strength 2/5, RLE 3/5", "right facial droop", "tone increased R elbow flexors (MAS 1+)", "ambulates 25 ft with hemi-walker and min assist"],
                terminal=[], teach=["stroke warning signs (BE FAST)", "medication adherence", "safe transfers", "thickened liquids if ordered"],
                labs={"LDL": (112, 160)},
                img=("MRI BRAIN WITHOUT CONTRAST", "Acute/subacute infarct involving the left corona radiata and posterior limb of left internal capsule with restricted diffusion. Moderate chronic small vessel disease. No hemorrhage.",
                     "Left subcortical infarct. No hemorrhagic transformation."), hosp="acute left MCA territory ischemic stroke"),
    "esrd": dict(dx="End stage renal disease", icd="N18.6", short="ESRD", hospice=True, hh=False,
                 meds=[M("Sevelamer", "800 mg", "PO", "TID with meals"), M("Midodrine", "5 mg", "PO", "TID"),
                       M("Morphine oral solution 20 mg/mL", "2.5 mg", "SL", "q2h PRN dyspnea"), M("Haloperidol", "0.5 mg", "PO", "q6h PRN nausea"),
                       M("Hydroxyzine", "25 mg", "PO", "q8h PRN itching"), M("Lorazepam", "0.5 mg", "SL", "q6h PRN anxiety")],
                 pmh=["Diabetic nephropathy", "Type 2 diabetes", "Hypertension", "Peripheral vascular disease s/p R BKA", "Anemia of CKD"],
                 sx=["discontinued hemodialysis by patient choice", "pruritus", "decreasing urine output", "fatigue and confusion"],
                 exam=["lethargic but arousable", "uremic odor to breath", "2+ edema bilateral", "left forearm AV fistula with thrill"],
                 terminal=["elected to discontinue dialysis", "creatinine clearance < 10 mL/min", "anuric", "PPS 30%"],
                 teach=["expected course after stopping dialysis", "symptom management", "comfort measures", "funeral planning resources"],
                 labs={"Creatinine": (6.8, 10.4), "BUN": (78, 132), "Potassium": (5.6, 6.4), "Hemoglobin": (7.9, 9.2), "CO2": (15, 19)},
                 img=("RENAL ULTRASOUND", "Right kidney 8.1 cm, left kidney 7.9 cm with diffusely increased echogenicity and cortical thinning. No hydronephrosis. Bilateral simple cysts.",
                      "Small echogenic kidneys consistent with chronic medical renal disease."), hosp="uremia and volume overload"),
    "pna": dict(dx="Pneumonia, unspecified organism, with generalized weakness", icd="J18.9", short="pneumonia", hospice=False, hh=True,
                meds=[M("Amoxicillin-clavulanate", "875/125 mg", "PO", "BID x 7 days"), M("Guaifenesin", "600 mg", "PO", "BID PRN cough"),
                      M("Metoprolol succinate", "50 mg", "PO", "daily"), M("Levothyroxine", "75 mcg", "PO", "daily"),
                      M("Pantoprazole", "40 mg", "PO", "daily"), M("Albuterol HFA", "2 puffs", "inhaled", "q6h PRN")],
                pmh=["Hypertension", "Hypothyroidism", "GERD", "Mild cognitive impairment"],
                sx=["generalized weakness", "mild productive cough", "decreased appetite", "fatigue with ADLs"],
                exam=["coarse crackles right base, improving", "SpO2 94% on room air", "afebrile", "unsteady gait, needs standby assist"],
                terminal=[], teach=["complete antibiotic course", "incentive spirometer 10x/hour while awake", "hydration", "s/s of worsening infection"],
                labs={"WBC": (12.1, 16.9)},
                img=("CHEST, PORTABLE AP", "Patchy airspace opacity in the right lower lobe. No pneumothorax. Heart size normal.", "Right lower lobe pneumonia."),
                hosp="community acquired pneumonia"),
    "parkinson": dict(dx="Parkinson's disease", icd="G20", short="Parkinson disease", hospice=True, hh=True,
                      meds=[M("Carbidopa-levodopa", "25/100 mg 1.5 tabs", "PO", "QID"), M("Rasagiline", "1 mg", "PO", "daily"),
                            M("Midodrine", "2.5 mg", "PO", "TID", "orthostasis"), M("Polyethylene glycol", "17 g", "PO", "daily"),
                            M("Pimavanserin", "34 mg", "PO", "daily", "hallucinations"), M("Tamsulosin", "0.4 mg", "PO", "at bedtime")],
                      pmh=["Orthostatic hypotension", "Recurrent falls", "BPH", "Depression", "Constipation"],
                      sx=["freezing of gait", "frequent falls", "hypophonia", "visual hallucinations at night"],
                      exam=["masked facies, resting tremor R>L", "cogwheel rigidity bilateral UE", "shuffling gait with festination",
                            "orthostatic drop of 28 mmHg systolic"],
                      terminal=["bedbound for the past 2 months", "dysphagia with weight loss", "recurrent aspiration", "PPS 30%"],
                      teach=["medication timing, take levodopa on schedule", "fall prevention", "orthostatic precautions", "swallow strategies"],
                      labs={}, img=("CT HEAD WITHOUT CONTRAST", "Mild generalized volume loss. No acute hemorrhage, mass effect or extra-axial collection. Small left frontal scalp hematoma.",
                                    "No acute intracranial abnormality. Left frontal scalp soft tissue swelling."), hosp="fall with syncope"),
    "colonca": dict(dx="Malignant neoplasm of sigmoid colon, status post sigmoid colectomy with end colostomy", icd="C18.7", short="colon cancer s/p colostomy",
                    hospice=False, hh=True,
                    meds=[M("Oxycodone", "5 mg", "PO", "q6h PRN pain"), M("Acetaminophen", "650 mg", "PO", "q6h"), M("Enoxaparin", "40 mg", "SubQ", "daily"),
                          M("Ondansetron", "4 mg", "PO", "q8h PRN"), M("Losartan", "50 mg", "PO", "daily"), M("Loperamide", "2 mg", "PO", "PRN high output")],
                    pmh=["Hypertension", "Iron deficiency anemia", "Obesity"],
                    sx=["new colostomy, anxious about care", "incisional pain 3/10", "low appetite", "fatigue"],
                    exam=["midline incision with staples, small area of erythema inferior pole", "LLQ colostomy stoma beefy red, moist, budded 2 cm, os at center",
                          "peristomal skin intact", "soft formed stool in pouch"],
                    terminal=[], teach=["ostomy pouch change every 3-5 days", "peristomal skin care", "diet progression and hydration",
                                       "s/s of stoma complications"],
                    labs={"Hemoglobin": (9.4, 10.8), "CEA": (6.2, 14.0)},
                    img=("CT ABDOMEN AND PELVIS WITH CONTRAST", "Postoperative changes of sigmoid colectomy with left lower quadrant end colostomy. Small fluid collection in the pelvis measuring 3.1 x 2.0 cm without rim enhancement. No free air.",
                         "Expected postsurgical changes. Small pelvic fluid collection, likely postoperative seroma."), hosp="sigmoid colon cancer, elective resection"),
    "ftt": dict(dx="Adult failure to thrive with generalized debility", icd="R62.7", short="debility", hospice=True, hh=True,
                meds=[M("Mirtazapine", "7.5 mg", "PO", "at bedtime"), M("Acetaminophen", "500 mg", "PO", "q6h PRN"), M("Vitamin D3", "1000 IU", "PO", "daily"),
                      M("Omeprazole", "20 mg", "PO", "daily"), M("Nutritional supplement (Ensure)", "1 bottle", "PO", "TID"),
                      M("Metoprolol tartrate", "12.5 mg", "PO", "BID")],
                pmh=["Hypertension", "Macular degeneration", "Chronic kidney disease stage 3b", "Osteoarthritis", "Depression"],
                sx=["poor oral intake, eats < 25% of meals", "progressive weakness", "increased time in bed", "weight loss"],
                exam=["frail, temporal wasting", "BMI 17.4", "skin tear left forearm healing", "generalized weakness 3/5"],
                terminal=["BMI < 18", "weight loss of 15% over 6 months", "dependent in 5 of 6 ADLs", "PPS 40%"],
                teach=["nutritional supplementation", "fall prevention", "skin integrity", "caregiver support"],
                labs={"Albumin": (2.5, 3.0), "Prealbumin": (8, 13)},
                img=("CHEST, 2 VIEWS", "Heart size normal. Lungs clear. Osteopenia with chronic compression deformity T11.", "No acute cardiopulmonary disease."),
                hosp="dehydration and acute kidney injury"),
}
COND_KEYS = sorted(CONDS)
HOSPICE_KEYS = [k for k in COND_KEYS if CONDS[k]["hospice"]]
HH_KEYS = [k for k in COND_KEYS if CONDS[k]["hh"]]


# ----------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------
DATE_FMTS = ["%m/%d/%Y", "%m/%d/%Y", "%m/%d/%y", "%B %d, %Y", "%d-%b-%Y", "%Y-%m-%d", "%b %d, %Y"]


def rdate(r, y0=2007, y1=2024):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 20).toordinal()
    return dt.date.fromordinal(r.randint(start, end))


def phone(r):
    return "(%d) %03d-%04d" % (r.choice([555]), r.randint(200, 989), r.randint(0, 9999))


def person(r, sex=None):
    sex = sex or r.choice("MF")
    first = r.choice(FIRST_M if sex == "M" else FIRST_F)
    return first, r.choice("ABCDEFGHJKLMNPRSTW"), r.choice(LAST), sex


def staff(r, cred):
    return "%s %s, %s" % (r.choice(STAFF_FIRST), r.choice(LAST), cred)


def doctor(r, spec=None):
    spec = spec or r.choice(list(SPECS))
    cred = SPECS[spec]
    if spec in ("Family Medicine", "Internal Medicine", "Geriatrics") and r.random() < 0.25:
        cred = r.choice(["DO", "MD", "NP", "APRN, FNP-C"])
    f = r.choice(FIRST_M + FIRST_F + STAFF_FIRST)
    return {"name": "%s %s. %s" % (f, r.choice("ABCDEFGHJKLMNPRSTW"), r.choice(LAST)), "cred": cred, "spec": spec,
            "npi": "1%09d" % r.randint(0, 999999999)}


def drn(d):
    return "%s, %s" % (d["name"], d["cred"])


def addr(r):
    town, st, z = r.choice(TOWNS)
    return "%d %s %s" % (r.randint(12, 9870), r.choice(STREETS), r.choice(ST_SUF)), town, st, "%s%02d" % (z, r.randint(0, 99))


def pick(r, seq, k):
    seq = list(seq)
    k = min(k, len(seq))
    return r.sample(seq, k)


def vitals(r, cond=None):
    sbp = r.randint(96, 158)
    v = {"BP": "%d/%d" % (sbp, r.randint(54, 92)), "HR": r.randint(58, 108), "RR": r.randint(14, 24),
         "T": "%.1f" % r.uniform(97.0, 99.6), "SpO2": r.randint(89, 99), "Wt": r.randint(96, 248), "Pain": r.randint(0, 7)}
    if cond in ("copd", "lungca"):
        v["SpO2"] = r.randint(86, 93)
        v["RR"] = r.randint(20, 28)
    return v


class Doc:
    """Per-document context: patient, dates, clinicians, formatting choices."""

    def __init__(self, r, setting=None, cond=None):
        self.r = r
        if cond is None:
            if setting == "hospice":
                cond = r.choice(HOSPICE_KEYS)
            elif setting == "hh":
                cond = r.choice(HH_KEYS)
            else:
                cond = r.choice(COND_KEYS)
        self.ck = cond
        self.c = CONDS[cond]
        if setting is None:
            setting = "hospice" if (self.c["hospice"] and (not self.c["hh"] or r.random() < 0.5)) else "hh"
        self._setting = setting
        self.first, self.mi, self.last, self.sex = person(r)
        self.date = rdate(r)
        age = r.randint(62, 97)
        self.age = age
        self.dob = dt.date(self.date.year - age, r.randint(1, 12), r.randint(1, 28))
        if (self.date.month, self.date.day) < (self.dob.month, self.dob.day):
            self.age -= 1
        self.mrn = r.choice(["%07d", "MR%06d", "%08d", "00%06d", "H%07d"]) % r.randint(0, 999999)
        self.street, self.town, self.state, self.zip = addr(r)
        self.phone = phone(r)
        self.agency = r.choice(AGENCIES)
        self._fix_agency()
        self.ag_street, self.ag_town, self.ag_state, self.ag_zip = addr(r)
        self.ag_phone, self.ag_fax = phone(r), phone(r)
        self.hospital = r.choice(HOSPITALS)
        self.clinic = r.choice(CLINICS)
        self.pcp = doctor(r, r.choice(["Family Medicine", "Internal Medicine", "Geriatrics"]))
        self.df = r.choice(DATE_FMTS)
        self.he, self.him, self.his = ("he", "him", "his") if self.sex == "M" else ("she", "her", "her")
        self.Mr = "Mr." if self.sex == "M" else r.choice(["Mrs.", "Ms."])
        self.cg_first, _, _, cgsex = person(r)
        if cgsex == "F":
            self.cg_rel = r.choice(["daughter", "niece", "granddaughter", "daughter-in-law"] + (["wife"] if self.sex == "M" else ["sister"]))
        else:
            self.cg_rel = r.choice(["son", "nephew", "grandson", "son-in-law"] + (["husband"] if self.sex == "F" else ["brother"]))
        self.cg_name = "%s %s" % (self.cg_first, self.last if r.random() < 0.6 else r.choice(LAST))
        self.mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (r.randint(1, 9), r.choice("ACDEFGHJKMNPQRTUVWXY"), r.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                                r.randint(0, 9), r.choice("ACDEFGHJKMNPQRTUVWXY"), r.choice("ACDEFGHJKMNPQRTUVWXY0123456789"),
                                                r.randint(0, 9), r.choice("ACDEFGHJKMNPQRTUVWXY"), r.choice("ACDEFGHJKMNPQRTUVWXY"), r.randint(0, 9), r.randint(0, 9))
        self.hicn = "%03d-%02d-%04d%s" % (r.randint(100, 899), r.randint(10, 99), r.randint(1000, 9999), r.choice(["A", "A", "B", "D", "C1"]))
        self.medicare_id = self.mbi.replace("-", "") if self.date.year >= 2018 else self.hicn.replace("-", "")
        self.payer = r.choice(PAYERS)
        self.meds = list(self.c["meds"])
        extra = [M("Docusate", "100 mg", "PO", "BID PRN"), M("Melatonin", "3 mg", "PO", "at bedtime"), M("Omeprazole", "20 mg", "PO", "daily"),
                 M("Levothyroxine", "50 mcg", "PO", "daily"), M("Tamsulosin", "0.4 mg", "PO", "daily"), M("Vitamin B12", "1000 mcg", "PO", "daily"),
                 M("Atorvastatin", "20 mg", "PO", "daily"), M("Multivitamin", "1 tab", "PO", "daily")]
        names = {m["name"] for m in self.meds}
        for m in pick(r, extra, r.randint(0, 3)):
            if m["name"] not in names:
                self.meds.append(m)
        self.allergies = r.choice([["NKDA"], ["Penicillin (hives)"], ["Sulfa drugs (rash)"], ["Codeine (nausea)", "Latex"],
                                   ["NKDA"], ["Iodinated contrast (itching)"], ["No known allergies"], ["Morphine (itching)"] if cond not in ("lungca", "esrd") else ["NKDA"]])

    def _fix_agency(self):
        if self._setting == "hospice" and "Hospice" not in self.agency:
            self.agency = self.r.choice([a for a in AGENCIES if "Hospice" in a])
        elif self._setting == "hh" and not ("Home" in self.agency or "Visiting" in self.agency):
            self.agency = self.r.choice([a for a in AGENCIES if "Home" in a or "Visiting" in a])

    @property
    def setting(self):
        return self._setting

    @setting.setter
    def setting(self, value):
        """Force a setting; re-pick a compatible condition and agency if needed."""
        self._setting = value
        ok = self.c["hospice"] if value == "hospice" else self.c["hh"]
        if not ok:
            self.ck = self.r.choice(HOSPICE_KEYS if value == "hospice" else HH_KEYS)
            self.c = CONDS[self.ck]
            names = {m["name"] for m in self.c["meds"]}
            self.meds = list(self.c["meds"]) + [m for m in self.meds[6:] if m["name"] not in names]
        self._fix_agency()

    # formatting
    def d(self, date=None):
        return (date or self.date).strftime(self.df).replace(" 0", " ")

    def dd(self, days):
        return self.date + dt.timedelta(days=days)

    def name(self, style=None):
        style = style if style is not None else self.r.randint(0, 3)
        if style == 0:
            return "%s, %s %s" % (self.last.upper(), self.first.upper(), self.mi)
        if style == 1:
            return "%s %s. %s" % (self.first, self.mi, self.last)
        if style == 2:
            return "%s, %s" % (self.last, self.first)
        return "%s %s" % (self.first, self.last)

    def dob_s(self):
        return self.d(self.dob)

    def t(self):
        return "%02d:%02d" % (self.r.randint(6, 20), self.r.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50]))

    def medline(self, m, style=0):
        if style == 0:
            return "%s %s %s %s" % (m["name"], m["dose"], m["route"], m["freq"])
        if style == 1:
            return "%s %s, %s, %s%s" % (m["name"], m["dose"], m["route"], m["freq"], (" (" + m["ind"] + ")") if m["ind"] else "")
        if style == 2:
            return "%s - %s - %s - %s" % (m["name"].upper(), m["dose"], m["route"], m["freq"])
        return "%s %s take %s %s" % (m["name"], m["dose"], m["route"], m["freq"])

    def lab(self, name, lo, hi):
        lv = self.c["labs"].get(name)
        if lv:
            return round(self.r.uniform(*lv), 1)
        return round(self.r.uniform(lo, hi), 1)


def wrap(text, width=None, r=None):
    width = width or 88
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
            continue
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return "\n".join(out)


def sent(r, *opts):
    return r.choice(opts)


def heading(r, variants, style=None):
    h = r.choice(variants)
    style = style if style is not None else r.randint(0, 3)
    if style == 0:
        return h.upper() + ":"
    if style == 1:
        return h + ":"
    if style == 2:
        return h.upper()
    return h


def sig_block(r, who, date_s, kind=None):
    kind = kind if kind is not None else r.randint(0, 5)
    if kind == 0:
        return "Electronically signed by %s on %s %s" % (who, date_s, "%02d:%02d" % (r.randint(7, 21), r.randint(0, 59)))
    if kind == 1:
        return "_______________________________\n%s          Date: %s" % (who, date_s)
    if kind == 2:
        return "Signature: %s\nDate/Time: %s" % (who, date_s)
    if kind == 3:
        return "Dictated by: %s\nD: %s  T: %s\nJob #%d" % (who, date_s, date_s, r.randint(100000, 999999))
    if kind == 4:
        return "/s/ %s  %s" % (who, date_s)
    return "%s\n(signature on file)" % who


def fax_header(r, doc, pages=None):
    pages = pages or r.randint(1, 6)
    dts = doc.date.strftime("%b-%d-%Y") if r.random() < 0.5 else doc.date.strftime("%m/%d/%Y")
    src = r.choice([doc.hospital, doc.clinic, doc.agency, "HIM DEPT", "MEDICAL RECORDS"]).upper()
    return r.choice([
        "%s %02d:%02d  FROM:%s  TO:%s   P. %d/%d" % (dts, r.randint(7, 18), r.randint(0, 59), phone(r), phone(r), r.randint(1, pages), pages),
        "%s %s %02d:%02d%s  PAGE %03d" % (src[:24], dts, r.randint(1, 12), r.randint(0, 59), r.choice(["AM", "PM"]), r.randint(1, pages)),
        "Received: %s %d:%02d %s; %s -> %s; Page %d" % (dts, r.randint(1, 12), r.randint(0, 59), r.choice(["AM", "PM"]), phone(r), src[:20], r.randint(1, pages)),
    ])


OCR_SUBS = [("l", "1"), ("O", "0"), ("rn", "m"), ("cl", "d"), ("e", "c"), ("I", "l"), ("S", "5"), ("i", "í"), (".", ","), ("B", "8"), ("h", "b")]


def ocr_noise(r, text, level):
    if level <= 0:
        return text
    out_lines = []
    for line in text.split("\n"):
        if line and r.random() < level * 0.6:
            for _ in range(r.randint(1, 2)):
                a, b = r.choice(OCR_SUBS)
                idx = line.find(a, r.randint(0, max(0, len(line) - 1)))
                if idx >= 0:
                    line = line[:idx] + b + line[idx + len(a):]
        if line and r.random() < level * 0.15:
            p = r.randint(0, len(line))
            line = line[:p] + r.choice([" ", "  ", "'", "|", "~", ""]) + line[p:]
        if r.random() < level * 0.05:
            line = line.rstrip() + r.choice([" .", " ,", " _", " ;"])
        out_lines.append(line)
    return "\n".join(out_lines)


def furnish(r, doc, body, source=None):
    """Add page furniture (headers, footers, fax lines, page breaks) and OCR noise."""
    lines = body.split("\n")
    source = source or doc.agency
    # page breaks with repeating header/footer
    if len(lines) > 45 and r.random() < 0.6:
        per = r.randint(38, 55)
        chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
        n = len(chunks)
        hdr_style = r.randint(0, 3)
        out = []
        for i, ch in enumerate(chunks):
            if i > 0:
                if hdr_style == 0:
                    out.append("%s  (continued)" % doc.name(0))
                elif hdr_style == 1:
                    out.append("Patient: %s   MRN: %s   DOB: %s" % (doc.name(2), doc.mrn, doc.dob_s()))
                elif hdr_style == 2:
                    out.append(source)
                out.append("")
            out.extend(ch)
            out.append("")
            out.append(r.choice(["Page %d of %d" % (i + 1, n), "Page %d/%d" % (i + 1, n), "- %d -" % (i + 1), "%s  Page %d of %d" % (doc.name(2), i + 1, n)]))
            if i < n - 1:
                out.append("\f" if r.random() < 0.3 else "")
        lines = out
    elif r.random() < 0.45:
        lines.append("")
        lines.append(r.choice(["Page 1 of 1", "Page 1", "CONFIDENTIAL - contains protected health information",
                               "Printed %s by %s" % (doc.d(doc.dd(r.randint(0, 30))), r.choice(["jsmith", "HIM01", "kroberts", "intake2", "mrecords"])),
                               "%s | %s | Fax %s" % (source, doc.ag_phone, doc.ag_fax),
                               "Rev. %02d/%02d" % (r.randint(1, 12), r.randint(8, 23)),
                               "This document may contain confidential information. If received in error notify sender."]))
    if r.random() < 0.25:
        lines.insert(0, fax_header(r, doc))
    text = "\n".join(lines)
    level = r.choice([0, 0, 0.02, 0.05, 0.08, 0.12, 0.2])
    return ocr_noise(r, text, level)


def demo_block(r, doc, style=None, extra=True):
    style = style if style is not None else r.randint(0, 5)
    if style == 0:
        s = "Patient: %s\nDOB: %s    MRN: %s" % (doc.name(0), doc.dob_s(), doc.mrn)
    elif style == 1:
        s = "NAME: %s   DOB: %s   AGE: %d   SEX: %s\nACCT#: %d   MR#: %s" % (doc.name(0), doc.dob_s(), doc.age, doc.sex, r.randint(1000000, 9999999), doc.mrn)
    elif style == 2:
        s = "%s (%s)  %dy %s\nMedical Record #: %s" % (doc.name(2), doc.dob_s(), doc.age, "male" if doc.sex == "M" else "female", doc.mrn)
    elif style == 3:
        s = "Patient Name ______ %s\nDate of Birth ______ %s\nPatient ID ______ %s" % (doc.name(1), doc.dob_s(), doc.mrn)
    elif style == 4:
        s = "RE: %s\nDOB %s" % (doc.name(1), doc.dob_s())
    else:
        s = "%s | DOB %s | %s | MRN %s" % (doc.name(2), doc.dob_s(), doc.sex, doc.mrn)
    return s


def letterhead(r, name, street=None, town=None, st=None, z=None, ph=None, fax=None):
    if street is None:
        street, town, st, z = addr(r)
    ph = ph or phone(r)
    fax = fax or phone(r)
    style = r.randint(0, 3)
    if style == 0:
        return "%s\n%s, %s, %s %s\nPhone %s  Fax %s" % (name.upper(), street, town, st, z, ph, fax)
    if style == 1:
        return "%s\n%s\n%s, %s %s\nTel: %s | Fax: %s" % (name, street, town, st, z, ph, fax)
    if style == 2:
        return "%s  *  %s  *  %s, %s %s  *  %s" % (name, street, town, st, z, ph)
    return "%s\n%s %s" % (name, town, st)


def ag_head(r, doc):
    return letterhead(r, doc.agency, doc.ag_street, doc.ag_town, doc.ag_state, doc.ag_zip, doc.ag_phone, doc.ag_fax)


def dx_list(r, doc, n=None, codes=True):
    items = [(doc.c["dx"], doc.c["icd"])]
    pm = pick(r, doc.c["pmh"], n if n is not None else r.randint(2, 4))
    icdmap = {"Hypertension": "I10", "Hyperlipidemia": "E78.5", "Atrial fibrillation": "I48.91", "Type 2 diabetes": "E11.9",
              "Osteoporosis": "M81.0", "Depression": "F32.9", "GERD": "K21.9", "Hypothyroidism": "E03.9", "Anxiety": "F41.9",
              "COPD": "J44.9", "Osteoarthritis": "M19.90", "Obesity, BMI 34": "E66.9"}
    for p in pm:
        items.append((p, icdmap.get(p, "")))
    out = []
    fmt = r.choice(["%d. %s (%s)", "%d. %s - %s", "%d) %s  %s"])
    for i, (n_, c) in enumerate(items):
        if codes and c:
            out.append(fmt % (i + 1, n_, c))
        else:
            out.append(fmt.split(" %s")[0] % (i + 1) + " " + n_)
    return "\n".join(out)


def homebound(r):
    return r.choice([
        "Patient requires the assistance of another person and an assistive device to leave the home; leaving home requires considerable and taxing effort due to dyspnea and weakness.",
        "Homebound due to unsteady gait, high fall risk and need for walker plus standby assist; absences from home infrequent and for medical appointments only.",
        "Patient is confined to the home: requires wheelchair and 1-2 person assist for transfers; leaving home is medically contraindicated at this time.",
        "Leaving home requires a taxing effort secondary to pain, post-operative restrictions and need for assistance of one person.",
    ])


def pps(r, doc):
    return r.choice([30, 40, 40, 50]) if doc.setting == "hospice" else r.choice([50, 60, 70])


# ----------------------------------------------------------------------------
# Shared clinical narrative helpers
# ----------------------------------------------------------------------------
def hpi(r, doc, brief=False):
    c = doc.c
    sx = pick(r, c["sx"], 2 if brief else 3)
    pm = pick(r, c["pmh"], 2)
    opener = r.choice(["%s is a %d-year-old %s with a history of %s and %s who presents with %s.",
                       "This is a %d-year-old %s %s with PMH significant for %s and %s, here with %s." ,
                       "Patient is a %d yo %s w/ hx of %s, %s, admitted for %s."])
    sexw = "man" if doc.sex == "M" else "woman"
    if opener.startswith("%s is"):
        s = opener % (doc.Mr + " " + doc.last, doc.age, sexw, c["short"], pm[0].lower(), c["hosp"])
    elif opener.startswith("This"):
        s = opener % (doc.age, r.choice(["pleasant", "frail", "chronically ill-appearing", ""]).strip() or "", sexw, c["short"], pm[0].lower(), c["hosp"])
        s = s.replace("  ", " ")
    else:
        s = opener % (doc.age, "M" if doc.sex == "M" else "F", c["short"], pm[1].lower(), c["hosp"])
    if brief:
        return s
    s += " " + r.choice(["Over the past %d days %s has had %s and %s." % (r.randint(2, 10), doc.he, sx[0], sx[1]),
                         "Family reports %s and %s for about %d weeks." % (sx[0], sx[1], r.randint(1, 4)),
                         "%s reports %s, as well as %s." % (doc.he.capitalize(), sx[0], sx[1])])
    s += " " + r.choice(["Denies chest pain, fever or chills.", "No recent falls.", "%s lives with %s %s." % (doc.he.capitalize(), doc.his, doc.cg_rel),
                         "Of note, %s has had %d hospitalizations this year." % (doc.he, r.randint(1, 4)), ""])
    return s.strip()


def hospital_course(r, doc):
    c = doc.c
    k = doc.ck
    body = {
        "chf": "Patient was diuresed with IV furosemide 40-80 mg BID with net negative %.1f L. Weight decreased from %d to %d lb. Echo showed EF %d%%. Renal function was monitored and creatinine peaked at %.1f. Transitioned to oral diuretics on hospital day %d." % (
            r.uniform(3, 8), r.randint(180, 220), r.randint(165, 179), r.randint(15, 30), r.uniform(1.6, 2.4), r.randint(3, 5)),
        "copd": "Treated with IV methylprednisolone, scheduled nebulizers and azithromycin. Required BiPAP for the first %d hours, then weaned to 2 L nasal cannula. Steroids tapered to oral prednisone." % r.randint(12, 36),
        "dementia": "Treated with IV ampicillin-sulbactam for aspiration pneumonia. Speech therapy evaluation showed severe oropharyngeal dysphagia; family declined feeding tube after goals of care discussion with palliative care. Transitioned to comfort-focused care.",
        "lungca": "Underwent thoracentesis with removal of %d mL of exudative fluid, followed by tunneled pleural catheter placement by IR. Pain regimen was optimized with long-acting morphine. Oncology discussed that no further disease-directed therapy is recommended; patient elected hospice." % r.randint(900, 1800),
        "pancca": "GI performed ERCP with biliary stent exchange; bilirubin trended down from %.1f to %.1f. Paracentesis removed %.1f L. Oncology recommended best supportive care, and the patient and family chose hospice." % (r.uniform(12, 18), r.uniform(5, 9), r.uniform(3, 6)),
        "hipfx": "Orthopedics performed right hip hemiarthroplasty on hospital day 2. Postoperative course complicated by acute blood loss anemia requiring 1 unit PRBC. Worked with PT/OT; weight bearing as tolerated with posterior hip precautions.",
        "tka": "Underwent uncomplicated left TKA under spinal anesthesia. Pain controlled with multimodal regimen. PT initiated POD 0. Cleared for discharge home with home health PT.",
        "dfu": "Started on IV vancomycin and piperacillin-tazobactam; MRI negative for osteomyelitis. Podiatry performed bedside sharp debridement. Transitioned to oral cephalexin. Insulin regimen adjusted; A1c %.1f%%." % r.uniform(8.9, 11.4),
        "cva": "Outside tPA window. MRI confirmed left subcortical infarct. Started on aspirin then clopidogrel, high-intensity statin. Telemetry without atrial fibrillation. Speech therapy cleared for mechanical soft diet with thin liquids.",
        "esrd": "Nephrology and palliative care held family meetings. Patient, who has capacity, elected to withdraw from hemodialysis. Symptom management initiated. Discharged home with hospice.",
        "pna": "Treated with ceftriaxone and azithromycin, transitioned to oral amoxicillin-clavulanate. Blood cultures negative. Oxygen weaned to room air. PT recommended home health for deconditioning.",
        "parkinson": "Syncope workup including telemetry and orthostatics revealed significant orthostatic hypotension. Midodrine started. CT head without acute findings. PT/OT recommended home health services.",
        "colonca": "Underwent sigmoid colectomy with end colostomy. Diet advanced on POD 3. WOC nurse provided ostomy teaching. Pathology showed pT3N1a adenocarcinoma; oncology follow-up arranged.",
        "ftt": "IV fluids given for AKI with improvement in creatinine. Nutrition consulted. Family meeting held regarding goals of care.",
    }[k]
    return body


def exam_block(r, doc, style=None, v=None):
    v = v or vitals(r, doc.ck)
    ex = doc.c["exam"]
    style = style if style is not None else r.randint(0, 2)
    if style == 0:
        lines = ["Vitals: BP %s, HR %d, RR %d, Temp %s, SpO2 %d%%" % (v["BP"], v["HR"], v["RR"], v["T"], v["SpO2"]),
                 "General: %s" % r.choice(["alert, no acute distress", "frail elderly, resting in bed", "chronically ill-appearing", "awake, pleasant"]),
                 "HEENT: %s" % r.choice(["mucous membranes dry", "normocephalic, atraumatic, oral mucosa moist", "PERRL, anicteric"]) if doc.ck != "pancca" else "HEENT: scleral icterus",
                 "Lungs: %s" % (ex[1] if doc.ck in ("chf", "copd") else r.choice(["clear bilaterally", "diminished at bases"])),
                 "CV: %s" % r.choice(["regular rate and rhythm", "RRR, no murmur", "irregular rhythm"]),
                 "Abd: %s" % ("distended, shifting dullness" if doc.ck == "pancca" else "soft, nontender, nondistended"),
                 "Ext: %s" % r.choice(["no edema", "trace edema", ex[-1] if doc.ck == "chf" else "warm, well perfused"]),
                 "Other: " + "; ".join(pick(r, ex, 2))]
        return "\n".join(lines)
    if style == 1:
        return "BP %s  P %d  R %d  T %s  O2 sat %d%% %s. %s. %s." % (v["BP"], v["HR"], v["RR"], v["T"], v["SpO2"],
                                                                    r.choice(["RA", "on 2L", "on room air", ""]), ex[0].capitalize(), ex[1].capitalize())
    return "PHYSICAL EXAMINATION:\n  VS: T %s, BP %s, HR %d, RR %d, SpO2 %d%%\n  " % (v["T"], v["BP"], v["HR"], v["RR"], v["SpO2"]) + "\n  ".join(x.capitalize() for x in ex)


# ----------------------------------------------------------------------------
# discharge_summary
# ----------------------------------------------------------------------------
def gen_discharge_summary(r):
    L = r.randint(0, 6)
    doc = Doc(r, {2: "hh", 3: "hospice", 6: "hospice"}.get(L))
    adm = doc.dd(-r.randint(3, 9))
    hosp_doc = doctor(r, "Hospitalist")
    medlines = "\n".join("%d. %s" % (i + 1, doc.medline(m, r.randint(0, 3))) for i, m in enumerate(doc.meds))
    dispo = "home with hospice services (%s)" % doc.agency if doc.setting == "hospice" else "home with home health (%s) - SN/PT/OT" % doc.agency
    if L == 0:
        t = "%s\n%s\n\n%s\n\n%s\n\nADMISSION DATE: %s\nDISCHARGE DATE: %s\nATTENDING: %s\n\n" % (
            doc.hospital.upper(), r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY", "DEPARTMENT OF MEDICINE"]),
            demo_block(r, doc), r.choice(["", "cc: " + drn(doc.pcp)]), doc.d(adm), doc.d(), drn(hosp_doc))
        t += "ADMITTING DIAGNOSIS:\n%s\n\nDISCHARGE DIAGNOSES:\n%s\n\n" % (doc.c["hosp"].capitalize(), dx_list(r, doc, codes=False))
        t += "HISTORY OF PRESENT ILLNESS:\n%s\n\nHOSPITAL COURSE:\n%s %s\n%s\n\n" % (wrap(hpi(r, doc)), wrap(hospital_course(r, doc)),
                                                                         r.choice(["Patient was seen by case management and discharge planning.", "PT/OT evaluated the patient.", ""]), problem_paras(r, doc))
        if r.random() < 0.7:
            t += "PERTINENT LABORATORY DATA:\n%s\n\nIMAGING:\n%s: %s\n\n" % (lab_block(r, doc), doc.c["img"][0].title(), doc.c["img"][2])
        if r.random() < 0.5:
            t += "PHYSICAL EXAMINATION AT DISCHARGE:\n%s\n\n" % full_exam(r, doc)
        t += "CONDITION AT DISCHARGE: %s\n\nDISPOSITION: %s\n\nDISCHARGE MEDICATIONS:\n%s\n\n" % (r.choice(["Stable", "Fair", "Guarded", "Improved"]), dispo[0].upper() + dispo[1:], medlines)
        t += "FOLLOW UP:\n%s in %d-%d days.\n\nCODE STATUS: %s\n\n%s" % (drn(doc.pcp), r.randint(3, 7), r.randint(8, 14),
                                                                    "DNR/DNI" if doc.setting == "hospice" else r.choice(["Full code", "DNR", "Full"]),
                                                                    sig_block(r, drn(hosp_doc), doc.d(), 3))
    elif L == 1:
        t = "%s  %s\n%s\n\nDate of Admission: %s      Date of Discharge: %s\nLength of stay: %d days\nDischarging provider: %s\nPCP: %s\n\n" % (
            doc.hospital, r.choice(["Hospitalist Service", "Internal Medicine"]), demo_block(r, doc, 5), doc.d(adm), doc.d(), (doc.date - adm).days, drn(hosp_doc), drn(doc.pcp))
        t += "Principal Problem: %s\nActive Problems:\n  %s\n\n" % (doc.c["hosp"].capitalize(), "\n  ".join(pick(r, doc.c["pmh"], 3)))
        t += "Brief HPI:\n%s\n\nHospital Course by Problem:\n# %s\n%s\n%s\n\nConsultants: %s\nProcedures: %s\n\n" % (
            wrap(hpi(r, doc, True)), doc.c["short"].capitalize(), wrap(hospital_course(r, doc)), problem_paras(r, doc, r.randint(2, 4)),
            ", ".join(pick(r, ["Palliative care", "Cardiology", "Nephrology", "PT/OT", "Case management", "Wound care", "Nutrition"], 2)), r.choice(["None", "See hospital course", "Bedside procedures as above"]))
        t += "Pertinent Results:\n  Hgb %.1f, Cr %.1f, Na %d, K %.1f\n  %s: %s\n\n" % (doc.lab("Hemoglobin", 10.5, 13.5), doc.lab("Creatinine", 0.7, 1.3),
                                                                                  int(doc.lab("Sodium", 135, 144)), doc.lab("Potassium", 3.6, 4.9), doc.c["img"][0].title(), doc.c["img"][2])
        t += "Discharge Exam:\n%s\n\nDischarge Medications:\n%s\n\nAllergies: %s\n\nDisposition: %s\nDiet: %s\nActivity: %s\n\nTime spent on discharge: %d minutes\n\n%s" % (
            exam_block(r, doc, 0), "\n".join("- " + doc.medline(m, 1) for m in doc.meds), ", ".join(doc.allergies), dispo,
            r.choice(["2 g sodium", "Cardiac", "Carb controlled", "Regular as tolerated", "Mechanical soft, nectar thick liquids", "Comfort feeds"]),
            r.choice(["As tolerated", "WBAT with walker", "Up with assistance", "Bedrest / comfort"]), r.randint(31, 55), sig_block(r, drn(hosp_doc), doc.d(), 0))
    elif L == 2:
        doc.setting = "hh"
        visits = {d: r.randint(2, 14) for d in pick(r, ["SN", "PT", "OT", "HHA", "MSW", "ST"], r.randint(2, 4))}
        t = "%s\n\n%s\n\nTo: %s\nRe: %s   DOB %s\nStart of Care: %s   Discharge Date: %s\n\n" % (
            ag_head(r, doc), r.choice(["DISCHARGE SUMMARY - HOME HEALTH", "Summary of Care at Discharge", "Agency Discharge Notice to Physician", "Transfer/Discharge Summary"]),
            drn(doc.pcp), doc.name(1), doc.dob_s(), doc.d(doc.dd(-r.randint(20, 60))), doc.d())
        t += "Reason for discharge: %s\n\n" % r.choice(["Goals met", "Patient no longer homebound", "Patient/family request", "Admitted to hospice", "Moved out of service area", "Goals met, independent with HEP"])
        t += "Disciplines / visits provided: %s\n\n" % ", ".join("%s x%d" % kv for kv in visits.items())
        t += "Primary diagnosis: %s (%s)\n\nSummary of care provided:\n%s\n\n" % (doc.c["dx"], doc.c["icd"], wrap(
            "Skilled services focused on %s. Patient/caregiver were instructed in %s and %s and demonstrate understanding. %s" % (
                doc.c["short"], r.choice(doc.c["teach"]), r.choice(doc.c["teach"]),
                r.choice(["Gait improved from 25 ft with min assist to 200 ft with rolling walker, modified independent.",
                          "Wound decreased in size and is now closed.", "No hospitalizations during the episode.",
                          "Vital signs remained stable throughout the episode."]))))
        t += "Condition at discharge: %s\nMedications at discharge reviewed: %s\nFollow-up: patient to see %s within %d weeks.\n\n%s" % (
            r.choice(["Improved", "Stable", "Improved, goals partially met"]), r.choice(["yes, list sent", "Yes", "see attached medication profile"]),
            drn(doc.pcp), r.randint(1, 4), sig_block(r, staff(r, r.choice(["RN", "RN, BSN", "PT, DPT"])), doc.d(), r.choice([1, 2, 5])))
    elif L == 3:
        doc.setting = "hospice"
        reason = r.choice(["No longer terminally ill - extended prognosis", "Revocation of hospice benefit by patient", "Transferred to another hospice",
                           "Moved out of service area", "Discharged for cause"])
        t = "%s\n%s\n\nPatient: %s     MR# %s\nBenefit period: %d    Admission: %s    Live discharge date: %s\nAttending: %s\nHospice physician: %s\n\n" % (
            doc.agency.upper(), r.choice(["LIVE DISCHARGE SUMMARY", "Hospice Discharge Summary", "DISCHARGE FROM HOSPICE CARE", ""]),
            doc.name(2), doc.mrn, r.randint(1, 5), doc.d(doc.dd(-r.randint(90, 400))), doc.d(), drn(doc.pcp), drn(doctor(r, "Hospice and Palliative Medicine")))
        t += "Reason for discharge: %s\n\nTerminal diagnosis: %s (%s)\n\n" % (reason, doc.c["dx"], doc.c["icd"])
        t += "Summary:\n%s\n\n" % wrap("%s was admitted to hospice with %s. %s During the most recent benefit period %s weight has %s and PPS has been stable at %d%%. IDG reviewed and determined %s. Patient and family were notified %d days in advance and given the Notice of Medicare Non-Coverage as appropriate. Referral made to %s for ongoing follow-up." % (
            doc.name(3), doc.c["short"], "; ".join(pick(r, doc.c["terminal"] or ["decline"], 2)).capitalize() + ".", doc.his,
            r.choice(["stabilized", "increased 4 lb"]), pps(r, doc) + 10, "patient no longer meets eligibility criteria" if "extended" in reason else "discharge appropriate",
            r.randint(2, 5), drn(doc.pcp)))
        t += "Medications at discharge: see attached profile\nDME to be picked up: %s\n\n%s" % (r.choice(["hospital bed, O2 concentrator", "wheelchair", "none", "bedside commode, overbed table"]),
                                                                                              sig_block(r, staff(r, "RN"), doc.d(), r.randint(0, 5)))
    elif L == 4:
        snf = r.choice(SNFS)
        t = "%s\nShort Term Rehabilitation\n\n%s\n\nAdmitted: %s  Discharged: %s\n\nReason for stay: Rehab following %s\n\nCourse: %s\n\nFunctional status at discharge:\n  Transfers: %s\n  Ambulation: %s\n  ADLs: %s\n\nDischarge plan: %s\nMeds: %s\n\n%s" % (
            snf, demo_block(r, doc, 2), doc.d(doc.dd(-r.randint(10, 30))), doc.d(), doc.c["hosp"],
            wrap("Patient participated in skilled PT/OT 5x/week. " + r.choice(["Progress was slow but steady.", "Made good gains.", "Course complicated by UTI treated with nitrofurantoin."])),
            r.choice(["supervision", "min assist", "modified independent"]), r.choice(["150 ft with RW, CGA", "75 ft RW min assist", "household distances with cane"]),
            r.choice(["min assist LB dressing", "set-up for grooming, mod assist bathing", "supervision"]), dispo, "; ".join(doc.medline(m) for m in doc.meds[:5]),
            sig_block(r, drn(doctor(r, "Geriatrics")), doc.d()))
    elif L == 5:
        t = "%s\n\n%s\n\n%s\n\nDischarged %s to %s. %s\n\nDischarge diagnoses: %s; %s.\n\nMeds: %s.\n\nF/u %s 1 wk. Labs BMP in 1 week via home health.\n\n%s" % (
            doc.hospital, demo_block(r, doc, 1), r.choice(["D/C SUMMARY", "Brief Discharge Summary", "Discharge Note", ""]),
            doc.d(), dispo, wrap(hpi(r, doc, True) + " " + hospital_course(r, doc)), doc.c["hosp"], ", ".join(pick(r, doc.c["pmh"], 2)).lower(),
            ", ".join(doc.medline(m) for m in doc.meds), doc.pcp["name"], sig_block(r, drn(hosp_doc), doc.d(), r.randint(0, 5)))
    else:
        doc.setting = "hospice"
        t = "%s\n%s\n\nPatient: %s  DOB: %s\nDate of death: %s   Time: %s\nPlace of death: %s\nPronounced by: %s\n\n" % (
            ag_head(r, doc), r.choice(["Discharge Summary - Death", "DISCHARGE SUMMARY (EXPIRED)", "Final Summary of Hospice Care"]),
            doc.name(1), doc.dob_s(), doc.d(), doc.t(), r.choice(["Home", "Inpatient hospice unit", "Nursing facility", "Home, in own bed"]), staff(r, "RN"))
        t += "Length of stay: %d days\nTerminal diagnosis: %s\n\n%s\n\nFamily present: %s. Funeral home: %s Funeral Home notified. Bereavement follow-up assigned. Physician notified.\n\n%s" % (
            r.randint(2, 190), doc.c["dx"], wrap("Patient declined steadily over the final %d weeks with %s. Symptoms were managed with %s. Death was expected and peaceful." % (
                r.randint(1, 6), ", ".join(pick(r, doc.c["sx"], 2)), ", ".join(m["name"].lower() for m in doc.meds[:3]))),
            r.choice(["yes, %s and grandchildren" % doc.cg_rel, "%s at bedside" % doc.cg_rel, "none at time of death"]), r.choice(LAST),
            sig_block(r, staff(r, "RN"), doc.d()))
    return furnish(r, doc, t, doc.hospital if L in (0, 1, 5) else doc.agency)


def ros(r, doc):
    return r.choice([
        "A 10-point review of systems was obtained and is negative except as noted in the HPI.",
        "ROS: Constitutional: + fatigue, + weight loss. Resp: + dyspnea. CV: no chest pain. GI: no melena. GU: no dysuria. Neuro: no focal weakness. Psych: mood low.",
        "Review of systems unobtainable due to patient's cognitive status." if doc.ck == "dementia" else "ROS negative other than HPI.",
        "Constitutional: fatigue\nEyes: negative\nCardiovascular: %s\nRespiratory: %s\nGI: %s\nMusculoskeletal: %s\nSkin: %s" % (
            r.choice(["edema", "negative"]), r.choice(["dyspnea", "negative", "cough"]), r.choice(["poor appetite", "negative", "constipation"]),
            r.choice(["weakness", "joint pain"]), r.choice(["negative", "wound as noted"]))])


def social(r, doc):
    return "%s. %s. %s." % (r.choice(["Lives with %s %s" % (doc.his, doc.cg_rel), "Lives alone, %s nearby" % doc.cg_rel, "Widowed, lives with %s" % doc.cg_rel, "Resides in assisted living"]),
                            r.choice(["Former smoker", "Never smoker", "Quit tobacco 20 years ago", "Smokes 1/2 ppd"]),
                            r.choice(["No alcohol", "Occasional alcohol", "Denies drug use", "Retired %s" % r.choice(["machinist", "teacher", "farmer", "nurse", "postal worker", "bookkeeper"])]))


# ----------------------------------------------------------------------------
# history_physical
# ----------------------------------------------------------------------------
def gen_history_physical(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    md = doctor(r, r.choice(["Hospitalist", "Internal Medicine", "Hospice and Palliative Medicine", "Family Medicine"]))
    meds = "\n".join(doc.medline(m, r.randint(0, 2)) for m in doc.meds)
    if L == 0:
        t = "%s\n%s\n\n%s\nAdmission date: %s\nAttending physician: %s\nPrimary care: %s\n\n" % (
            doc.hospital.upper(), r.choice(["HISTORY AND PHYSICAL", "ADMISSION HISTORY & PHYSICAL", "H&P", "ADMISSION NOTE"]),
            demo_block(r, doc, 1), doc.d(), drn(md), drn(doc.pcp))
        t += "CHIEF COMPLAINT:\n%s\n\nHISTORY OF PRESENT ILLNESS:\n%s\n\nPAST MEDICAL HISTORY:\n%s\n\nPAST SURGICAL HISTORY:\n%s\n\n" % (
            r.choice(doc.c["sx"]).capitalize(), wrap(hpi(r, doc)), "\n".join(doc.c["pmh"]), r.choice(["Cholecystectomy", "Appendectomy, cataract extraction OU", "Hysterectomy" if doc.sex == "F" else "TURP", "None"]))
        t += "MEDICATIONS:\n%s\n\nALLERGIES: %s\n\nSOCIAL HISTORY: %s\n\nFAMILY HISTORY: %s\n\nREVIEW OF SYSTEMS:\n%s\n\n%s\n\n" % (
            meds, ", ".join(doc.allergies), social(r, doc), r.choice(["Noncontributory.", "Mother with diabetes, father with MI at 60.", "Unknown"]), ros(r, doc), "PHYSICAL EXAMINATION:\n" + full_exam(r, doc))
        t += "LABS/IMAGING:\n" + lab_block(r, doc) + "\n%s: %s\n\nASSESSMENT AND PLAN:\n1. %s - %s\n2. %s - continue home meds.\n3. DVT prophylaxis: %s\n4. Code status: %s\n\n%s" % (
            doc.c["img"][0].title(), doc.c["img"][2], doc.c["hosp"].capitalize(), r.choice(["admit to telemetry", "admit to medicine floor", "admit, observation status"]),
            r.choice(doc.c["pmh"]), r.choice(["heparin SQ", "enoxaparin", "SCDs"]), r.choice(["Full code", "DNR/DNI", "DNR, OK to intubate - discussed"]), sig_block(r, drn(md), doc.d(), r.choice([0, 3])))
    elif L == 1:
        doc.setting = "hospice"
        hmd = doctor(r, "Hospice and Palliative Medicine")
        t = "%s\n%s\n\n%s\nDate of visit: %s   Location: %s\nReferring physician: %s\n\n" % (
            ag_head(r, doc), r.choice(["Hospice Physician Admission Evaluation", "HOSPICE ADMISSION HISTORY AND PHYSICAL", "Initial Hospice Physician Visit", "Palliative/Hospice H&P"]),
            demo_block(r, doc, 0), doc.d(), r.choice(["Home", "Assisted living", "Inpatient unit", "SNF"]), drn(doc.pcp))
        t += "Terminal diagnosis: %s (%s)\nRelated conditions: %s\n\n" % (doc.c["dx"], doc.c["icd"], ", ".join(pick(r, doc.c["pmh"], 2)))
        t += "History:\n%s\n\nDisease trajectory / prognostic indicators:\n%s\n\n" % (wrap(hpi(r, doc)), "\n".join("- " + x for x in doc.c["terminal"] or ["decline"]))
        t += "Symptoms (ESAS): pain %d, dyspnea %d, nausea %d, anxiety %d, drowsiness %d, appetite %d\n\nExam:\n%s\n\nFunctional: PPS %d%%%s. ADLs: %s.\n\n" % (
            r.randint(0, 7), r.randint(0, 8), r.randint(0, 4), r.randint(0, 6), r.randint(2, 8), r.randint(4, 9), exam_block(r, doc, 0), pps(r, doc),
            ", FAST 7c" if doc.ck == "dementia" else "", r.choice(["dependent 6/6", "dependent in bathing, dressing, transferring", "needs assist 4/6"]))
        t += "Goals of care: %s\nCode status: DNR, %s\n\nPlan:\n- %s\n- Hospice aide %s\n- SW and chaplain visits offered\n- I certify prognosis of six months or less if disease runs its usual course.\n\n%s" % (
            r.choice(["comfort, remain at home", "avoid rehospitalization", "time with family, pain control"]), r.choice(["out-of-hospital DNR signed", "POLST on file"]),
            r.choice(["Continue " + doc.meds[0]["name"] + ", titrate for symptoms", "Comfort kit ordered", "Deprescribe statin and non-essential meds"]),
            r.choice(["3x/week", "2x/week", "5x/week"]), sig_block(r, drn(hmd), doc.d(), r.choice([0, 1, 2])))
    elif L == 2:
        snf = r.choice(SNFS)
        t = "%s - Admission History and Physical\n\n%s   Room %d%s\n\nDate: %s\n\nReason for admission: skilled rehab / nursing following %s at %s.\n\nHPI: %s\n\nPMH: %s\n\nMeds (from hospital discharge list): %s\n\nAllergies: %s\n\nExam: %s\n\nAssessment/Plan:\n%s\n\nFunctional: PT/OT eval and treat. Advance directive: %s.\n\n%s" % (
            snf, doc.name(2), r.randint(100, 340), r.choice("AB"), doc.d(), doc.c["hosp"], doc.hospital, wrap(hpi(r, doc)), "; ".join(doc.c["pmh"]),
            "; ".join(doc.medline(m) for m in doc.meds), ", ".join(doc.allergies), exam_block(r, doc, 1), dx_list(r, doc),
            r.choice(["DNR", "Full code", "POLST on chart"]), sig_block(r, drn(doctor(r, "Geriatrics")), doc.d()))
    elif L == 3:
        t = "%s\n\n%s\n%s\n\nS: %s\n\nPMH: %s\nPSH: %s\nSH: %s\nMeds: see list\nAll: %s\n\nO: %s\n\nA/P: %s. %s\n\n%s" % (
            doc.clinic, r.choice(["NEW PATIENT VISIT", "Comprehensive Exam", "New Patient - Establish Care", "Initial Visit"]), demo_block(r, doc, 5),
            wrap(hpi(r, doc)), ", ".join(doc.c["pmh"]), r.choice(["none", "appendectomy", "CABG", "hernia repair"]), social(r, doc), ", ".join(doc.allergies),
            exam_block(r, doc, 1), doc.c["short"].capitalize(), r.choice(["Refer to home health for skilled nursing and PT.", "Discussed hospice; family will consider.",
                                                                          "Labs ordered. RTC 4 weeks."]), sig_block(r, drn(doc.pcp), doc.d(), 0))
    elif L == 4:
        t = "%s\nPRE-PROCEDURE HISTORY & PHYSICAL UPDATE\n\n%s\n\nPlanned procedure: %s\nIndication: %s\n\nInterval history: %s\nH&P dated %s reviewed. %s\n\nAirway: Mallampati %s. Heart: %s. Lungs: %s.\nASA class: %s\n\nPatient is an appropriate candidate for the planned procedure and sedation.\n\n%s" % (
            doc.hospital, demo_block(r, doc, 0), r.choice(["Thoracentesis", "EGD", "Tunneled pleural catheter", "Paracentesis", "Port placement", "PICC"]),
            doc.c["short"], r.choice(["No changes.", "No interval change in condition.", "Mild increase in dyspnea."]), doc.d(doc.dd(-r.randint(1, 25))),
            r.choice(["I have examined the patient.", "Patient examined; no changes."]), r.choice(["II", "III"]), r.choice(["RRR", "irregular"]),
            r.choice(["clear", "diminished bases"]), r.choice(["II", "III", "IV"]), sig_block(r, drn(doctor(r)), doc.d(), 0))
    elif L == 5:
        t = "%s\n%s\n\nID/CC: %d%s w/ %s\n\nHPI\n%s\n\nPMHx\n%s\n\nMedications Prior to Admission\n%s\n\nAllergies\n%s\n\nSocial\n%s\n\nROS\n%s\n\nPhysical Exam\n%s\n\nData\nNa %d K %.1f Cl %d CO2 %d BUN %d Cr %.1f Glu %d\nWBC %.1f Hgb %.1f Plt %d\n\nImpression/Plan\n%s\n\n%s" % (
            doc.hospital, r.choice(["Admission H&P - Hospital Medicine", "Internal Medicine Admission Note", "HOSPITALIST ADMISSION"]),
            doc.age, doc.sex, doc.c["short"], wrap(hpi(r, doc)), "\n".join("- " + p for p in doc.c["pmh"]), meds, ", ".join(doc.allergies), social(r, doc), ros(r, doc),
            full_exam(r, doc), int(doc.lab("Sodium", 135, 144)), doc.lab("Potassium", 3.5, 5.0), r.randint(97, 108), int(doc.lab("CO2", 22, 29)),
            int(doc.lab("BUN", 10, 24)), doc.lab("Creatinine", 0.7, 1.3), int(doc.lab("Glucose", 80, 130)), doc.lab("WBC", 4.5, 10.5), doc.lab("Hemoglobin", 11, 14),
            r.randint(150, 400), "#" + doc.c["hosp"] + "\n  " + hospital_course(r, doc).split(".")[0] + ".\n#" + r.choice(doc.c["pmh"]) + "\n  continue home regimen\nFEN: " + r.choice(["cardiac diet", "NPO after MN", "regular"]) + "\nPPx: heparin SQ\nCode: " + r.choice(["full", "DNR/DNI"]) + "\nDispo: pending PT/OT eval",
            sig_block(r, drn(md), doc.d(), 0))
    else:
        t = "%s\n\nDATE OF ADMISSION: %s\n\n%s\n\nThe patient is a %d-year-old %s seen at the request of %s. %s\n\nPast history is significant for %s. %s Current medications are %s. Allergies: %s.\n\nOn examination, %s\n\nIMPRESSION: %s.\n\nPLAN: %s\n\n%s" % (
            doc.hospital, doc.d(), demo_block(r, doc, 4), doc.age, "gentleman" if doc.sex == "M" else "lady", drn(doc.pcp), wrap(hpi(r, doc)),
            ", ".join(doc.c["pmh"]).lower(), social(r, doc), ", ".join(m["name"].lower() + " " + m["dose"] for m in doc.meds), ", ".join(doc.allergies),
            wrap(exam_block(r, doc, 1)), doc.c["hosp"].capitalize(), wrap(r.choice(["Admit, IV therapy as above, consult case management for discharge planning with home health.",
                                                                                  "Admit for symptom control; palliative care consult; likely discharge with hospice."])),
            sig_block(r, drn(md), doc.d(), 3))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# progress_note (inpatient/outpatient MD notes, F2F, therapy visits, IDG, recert)
# ----------------------------------------------------------------------------
def gen_progress_note(r):
    doc = Doc(r)
    L = r.randint(0, 8)
    v = vitals(r, doc.ck)
    if L == 0:
        md = doctor(r, "Hospitalist")
        t = "%s\n%s  %s\n\nHospital day #%d\n\nS: %s\n\nO: %s\nI/O: %d/%d\nLabs: Cr %.1f, K %.1f, Hgb %.1f\n\nA/P:\n%d%s %s w/ %s\n- %s\n- %s\n- Dispo: %s\n\n%s" % (
            r.choice(["Progress Note", "Hospitalist Daily Note", "MEDICINE PROGRESS NOTE", doc.hospital]), demo_block(r, doc, 5), doc.d(), r.randint(2, 6),
            r.choice(["Feels a bit better today. ", "No acute events overnight. ", "Pt reports ongoing %s. " % r.choice(doc.c["sx"])]) + r.choice(["Tolerating diet.", "Slept poorly.", "Family at bedside."]),
            exam_block(r, doc, 1, v), r.randint(600, 1800), r.randint(900, 2600), doc.lab("Creatinine", 0.7, 1.3), doc.lab("Potassium", 3.5, 5.0), doc.lab("Hemoglobin", 10.5, 13.5),
            doc.age, doc.sex, doc.c["short"], doc.c["hosp"], hospital_course(r, doc).split(".")[0], r.choice(["Continue current management", "PT/OT following", "Palliative care following"]),
            r.choice(["home with HH when medically stable", "likely discharge tomorrow with hospice", "anticipate SNF vs home with HH"]), sig_block(r, drn(md), doc.d(), 0))
    elif L == 1:
        t = "%s\n\n%s\nVisit date: %s\nProvider: %s\n\nChief Complaint: %s\n\nHistory of Present Illness:\n%s\n\nCurrent Medications:\n%s\n\nVitals: BP %s | P %d | Wt %d lb | SpO2 %d%%\n\nExam:\n%s\n\nAssessment/Plan:\n%s\n\nReturn in %s.\n\n%s" % (
            doc.clinic, demo_block(r, doc, r.randint(0, 5)), doc.d(), drn(doc.pcp), r.choice(["Follow-up", "Hospital follow-up", "3 month f/u", "Recheck " + doc.c["short"]]),
            wrap("%s returns for follow-up of %s. %s Home health is %s." % (doc.name(3), doc.c["short"], r.choice(["Doing about the same.", "Reports improvement.", "Family reports decline."]),
                                                                          r.choice(["seeing %s weekly" % doc.him, "no longer involved", "starting next week"]))),
            "\n".join("  " + doc.medline(m) for m in doc.meds), v["BP"], v["HR"], v["Wt"], v["SpO2"], exam_block(r, doc, 1, v),
            dx_list(r, doc), r.choice(["4 weeks", "3 months", "2 weeks", "6 weeks"]), sig_block(r, drn(doc.pcp), doc.d(), r.choice([0, 4])))
    elif L == 2:
        doc.setting = "hh"
        f2f = doctor(r, r.choice(["Hospitalist", "Family Medicine", "Internal Medicine"]))
        t = "%s\n\n%s\n\nPatient: %s   DOB: %s\nDate of face-to-face encounter: %s\n\n" % (
            r.choice([doc.hospital, doc.clinic, ""]), r.choice(["FACE TO FACE ENCOUNTER", "Home Health Face-to-Face Encounter Documentation", "Physician Face-to-Face Attestation", "F2F ENCOUNTER NOTE"]),
            doc.name(1), doc.dob_s(), doc.d())
        t += "I certify that this patient is under my care and that I, or a nurse practitioner or physician assistant working with me, had a face-to-face encounter that meets the physician face-to-face encounter requirements with this patient on %s.\n\n" % doc.d()
        t += "The encounter with the patient was in whole, or in part, for the following medical condition, which is the primary reason for home health care: %s\n\n" % doc.c["dx"]
        t += "Based on my findings, the following services are medically necessary home health services:\n  [%s] Nursing  [%s] Physical therapy  [%s] Occupational therapy  [ ] Speech  [%s] HHA\n\n" % (
            "X", r.choice("X "), r.choice("X "), r.choice("X "))
        t += "Clinical findings supporting need for skilled services:\n%s\n\nHomebound status:\n%s\n\n%s" % (
            wrap("%s. Needs %s." % ("; ".join(pick(r, doc.c["exam"], 2)).capitalize(), " and ".join(pick(r, doc.c["teach"], 2)))), wrap(homebound(r)), sig_block(r, drn(f2f), doc.d(), r.choice([1, 2, 0])))
    elif L == 3:
        doc.setting = "hh"
        pt = staff(r, r.choice(["PT", "PT, DPT", "PTA", "MPT"]))
        t = "%s\n%s\n\nPatient: %s   MR#: %s\nVisit date: %s  Time in: %s  Time out: %s\nVisit type: %s\n\n" % (
            doc.agency, r.choice(["PHYSICAL THERAPY VISIT NOTE", "PT Visit", "Therapy Visit Note - PT", ""]), doc.name(2), doc.mrn, doc.d(), doc.t(), doc.t(),
            r.choice(["Routine visit", "Re-assessment (13th visit)", "Visit 4 of 8", "Recertification"]))
        t += "Vitals: BP %s  HR %d  SpO2 %d%%  Pain %d/10 %s\n\nSubjective: %s\n\n" % (v["BP"], v["HR"], v["SpO2"], v["Pain"], r.choice(["R hip", "L knee", "low back", "generalized"]),
                                                                                   r.choice(["\"I'm getting stronger.\"", "Pt reports 1 near-fall since last visit.", "Reports fatigue after shower yesterday.", "Caregiver reports pt walking to mailbox."]))
        t += "Functional status:\n  Bed mobility: %s\n  Transfers sit<>stand: %s\n  Gait: %d ft with %s, %s\n  Stairs: %s\n\nInterventions: %s\n\nTinetti: %d/28   TUG: %d sec\n\nAssessment: %s\n\nPlan: Continue PT %s per POC. Next visit %s.\n\n%s" % (
            r.choice(["SBA", "mod I", "min A"]), r.choice(["CGA", "SBA", "min A x1"]), r.randint(20, 300), r.choice(["RW", "4WW", "SPC", "hemi-walker"]),
            r.choice(["decreased step length", "antalgic", "wide BOS, slow cadence"]), r.choice(["not tested", "3 steps with rail, CGA", "12 steps step-to pattern"]),
            r.choice(["Ther ex: LE strengthening 2x10 (SAQ, heel slides, glute sets); gait training; balance training in parallel surfaces",
                      "Transfer training, HEP review, fall prevention education", "Gait training with RW over carpet/thresholds; standing balance"]),
            r.randint(8, 24), r.randint(12, 35), r.choice(["Progressing toward goals.", "Slow progress, limited by pain.", "Goals met for transfers; continue gait."]),
            r.choice(["2w3", "3w2", "1w4", "2w4"]), doc.d(doc.dd(r.randint(2, 5))), sig_block(r, pt, doc.d(), r.choice([0, 2, 5])))
    elif L == 4:
        ot = staff(r, r.choice(["OTR/L", "COTA/L", "OTR"]))
        t = "%s\nOccupational Therapy\n\n%s  |  %s\n\nS: %s\nO: Pt performed %s. UB dressing %s, LB dressing %s with %s. Toilet transfer %s to %s.\nA: %s\nP: %s\n\n%s" % (
            doc.agency, doc.name(2), doc.d(), r.choice(["Pt agreeable to tx.", "Pt reports increased fatigue.", "\"My shoulder is sore.\""]),
            r.choice(["bathroom ADL retraining", "grooming at sink in standing x 4 min", "shower transfer with tub bench"]),
            r.choice(["set-up", "SBA", "min A"]), r.choice(["mod A", "min A", "SBA"]), r.choice(["reacher and sock aid", "long-handled sponge", "AE"]),
            r.choice(["CGA", "SBA"]), r.choice(["raised toilet seat", "BSC over toilet"]), r.choice(["Improving activity tolerance.", "Requires cues for hip precautions.", "Safety awareness fair."]),
            r.choice(["Continue POC 2w3.", "Order shower chair.", "D/C OT next visit, goals met."]), sig_block(r, ot, doc.d(), r.choice([0, 2])))
    elif L == 5:
        doc.setting = "hospice"
        t = "%s\n%s\n\nMeeting date: %s\nPatient: %s   Benefit period %d, day %d\nDiagnosis: %s\n\n" % (
            doc.agency, r.choice(["INTERDISCIPLINARY GROUP (IDG) MEETING NOTE", "IDG/IDT Plan of Care Update", "Interdisciplinary Team Review", ""]), doc.d(),
            doc.name(2), r.randint(1, 6), r.randint(5, 85), doc.c["dx"])
        t += "Nursing: %s PPS %d%%. Pain managed with %s, rated %d/10. %s\n" % (r.choice(["Continued decline.", "Stable this period.", "Increased sleeping."]), pps(r, doc),
                                                                              doc.meds[0]["name"].lower(), r.randint(0, 5), r.choice(doc.c["sx"]).capitalize() + ".")
        t += "Social work: %s\nSpiritual care: %s\nAide: %s\nVolunteer: %s\nPhysician/Medical Director: %s\n\nPlan of care updates: %s\n\nAttendees: %s\n" % (
            r.choice(["Caregiver coping well; discussed respite.", "Funeral planning completed.", "Family conflict regarding goals; meeting scheduled."]),
            r.choice(["Pt finds comfort in prayer; Chaplain visit monthly.", "Declined chaplain services.", "Pastor from home church visiting."]),
            r.choice(["3x/wk bathing, skin intact.", "Increase to 5x/wk.", "Pt tolerating bed baths."]), r.choice(["none assigned", "weekly companion visits", "vigil volunteer on request"]),
            r.choice(["Continues to meet hospice eligibility.", "Agree with plan.", "Consider haloperidol for terminal agitation."]),
            r.choice(["no changes", "increase RN visits to 2x/wk", "added lorazepam PRN", "order hospital bed"]),
            ", ".join([staff(r, "RN"), staff(r, "MSW"), staff(r, "M.Div"), drn(doctor(r, "Hospice and Palliative Medicine"))]))
    elif L == 6:
        doc.setting = "hospice"
        hmd = doctor(r, "Hospice and Palliative Medicine")
        t = "%s\n\n%s\n\n%s\nBenefit period: %d   Period beginning: %s\n\n" % (
            doc.agency, r.choice(["Recertification Narrative", "PHYSICIAN NARRATIVE STATEMENT - RECERTIFICATION", "Hospice Face-to-Face Encounter (3rd benefit period)", "Benefit Period Recertification"]),
            demo_block(r, doc, 0), r.randint(2, 7), doc.d())
        t += wrap("%s is a %d year old with %s. Since the last certification %s. Current findings: %s. PPS %d%%. Weight %d lb (previously %d lb). %s In my clinical judgment the patient's life expectancy remains six months or less if the illness runs its normal course.\n\nI confirm that I composed this narrative based on my review of the patient's medical record and/or examination of the patient." % (
            doc.name(3), doc.age, doc.c["dx"].lower(), r.choice(["there has been ongoing decline", "the patient has had two infections", "intake has decreased further"]),
            "; ".join(pick(r, doc.c["terminal"] or doc.c["exam"], 3)), pps(r, doc), v["Wt"], v["Wt"] + r.randint(3, 15), r.choice(["MAC decreased from 22 to 19.5 cm.", "Now bedbound.", "Increased PRN use.", ""])))
        t += "\n\n%s" % sig_block(r, drn(hmd), doc.d(), r.choice([0, 1]))
    elif L == 7:
        who = r.choice([staff(r, "MSW"), staff(r, "LCSW"), staff(r, "M.Div, Chaplain"), staff(r, "BC, Bereavement Coordinator")])
        t = "%s\n%s  Date: %s\n\n%s\n\nVisit purpose: %s\n\n%s\n\nPlan: %s\n\n%s" % (
            doc.agency, doc.name(2), doc.d(), r.choice(["Psychosocial Visit", "Spiritual Care Note", "MSW Visit", ""]),
            r.choice(["routine psychosocial support", "advance care planning", "caregiver support", "spiritual assessment"]),
            wrap("Met with patient and %s %s in the home. %s %s" % (doc.his, doc.cg_rel, r.choice(["Caregiver tearful, states she is exhausted.", "Family is coping appropriately.", "Patient reflected on life review."]),
                                                                  r.choice(["Provided information on Medicaid waiver.", "Discussed funeral home options.", "Prayed with family at their request.", "Reviewed respite benefit."]))),
            r.choice(["Follow up in 2 weeks.", "Monthly visits.", "PRN"]), sig_block(r, who, doc.d(), r.choice([0, 2, 5])))
    else:
        t = "%s  %s\n\n%s\n%s\n\n%s\n\n%s\n\n%s" % (doc.clinic, doc.d(), demo_block(r, doc, 5), r.choice(["Telephone visit", "Telehealth follow-up", "Nurse practitioner visit - home", "Follow-up"]),
                                                 wrap("Pt seen for follow up of %s. %s Meds reviewed and reconciled. %s" % (doc.c["short"], r.choice(doc.c["sx"]).capitalize() + ".", r.choice(["Will continue HH.", "Labs next visit.", "Refilled meds."]))),
                                                 "Dx: " + doc.c["dx"] + " " + doc.c["icd"], sig_block(r, drn(doc.pcp), doc.d(), r.choice([0, 4])))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# consult_note
# ----------------------------------------------------------------------------
CONSULT_SPEC = {"chf": "Cardiology", "copd": "Pulmonology", "dementia": "Hospice and Palliative Medicine", "lungca": "Oncology",
                "pancca": "Gastroenterology", "hipfx": "Orthopedic Surgery", "tka": "Orthopedic Surgery", "dfu": "Wound Care",
                "cva": "Neurology", "esrd": "Nephrology", "pna": "Infectious Disease", "parkinson": "Neurology", "colonca": "Oncology", "ftt": "Geriatrics"}


def gen_consult_note(r):
    doc = Doc(r)
    spec = CONSULT_SPEC[doc.ck] if r.random() < 0.7 else r.choice(["Hospice and Palliative Medicine", "Psychiatry", "Wound Care"])
    cmd = doctor(r, spec)
    req = doctor(r, "Hospitalist")
    L = r.randint(0, 6)
    q = r.choice(["goals of care and symptom management", "management of %s" % doc.c["short"], "evaluation and recommendations", "hospice eligibility",
                  "wound evaluation" if spec == "Wound Care" else "medication management", "depression and agitation" if spec == "Psychiatry" else "prognosis"])
    rec = {"Cardiology": ["Continue GDMT as BP allows", "Diuretic titration to dry weight", "Not a candidate for advanced therapies; support palliative approach"],
           "Pulmonology": ["Continue LAMA/LABA/ICS", "Pulmonary rehab when able", "Home O2 2L continuous", "Prednisone taper over 5 days"],
           "Oncology": ["No further systemic therapy recommended", "Hospice referral appropriate", "Palliative radiation to painful bone lesion could be considered"],
           "Gastroenterology": ["ERCP with stent exchange", "Paracentesis PRN", "Pancreatic enzyme replacement"],
           "Orthopedic Surgery": ["WBAT RLE", "Posterior hip precautions x 6 weeks", "Staples out POD 14"],
           "Wound Care": ["Offload with total contact cast vs post-op shoe", "Collagen dressing with foam cover 3x/wk", "Vascular studies: ABI"],
           "Neurology": ["Continue antiplatelet and high-intensity statin", "Outpatient neuro follow up 6 weeks", "Adjust carbidopa-levodopa timing"],
           "Nephrology": ["Respect patient's decision to withdraw from dialysis", "Symptom management per palliative care", "Discontinue renal diet restrictions"],
           "Infectious Disease": ["Narrow to amoxicillin-clavulanate", "Total 7 days therapy", "No need for PICC"],
           "Hospice and Palliative Medicine": ["Recommend hospice referral", "DNR/DNI confirmed; POLST completed", "Morphine 2.5 mg SL q2h PRN dyspnea", "Family meeting held"],
           "Psychiatry": ["Start mirtazapine 7.5 mg qhs", "Avoid benzodiazepines if possible", "Patient lacks capacity for complex medical decisions"],
           "Geriatrics": ["Deprescribe nonessential meds", "Delirium precautions", "Nutrition consult"]}[spec]
    recs = "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(pick(r, rec, r.randint(2, len(rec)))))
    if L == 0:
        t = "%s\nDEPARTMENT OF %s\n\n%s\n\nDATE OF CONSULTATION: %s\nREQUESTING PHYSICIAN: %s\nCONSULTING PHYSICIAN: %s\nREASON FOR CONSULTATION: %s\n\nHISTORY OF PRESENT ILLNESS:\n%s\n\nPAST MEDICAL HISTORY: %s\n\nMEDICATIONS: %s\n\nALLERGIES: %s\n\nSOCIAL HISTORY: %s\n\nREVIEW OF SYSTEMS: %s\n\n%s\n\nIMPRESSION:\n%s\n\nRECOMMENDATIONS:\n%s\n\nThank you for this consultation. We will follow along.\n\n%s" % (
            doc.hospital.upper(), spec.upper(), demo_block(r, doc, 1), doc.d(), drn(req), drn(cmd), q.capitalize(), wrap(hpi(r, doc)), ", ".join(doc.c["pmh"]),
            ", ".join(m["name"] for m in doc.meds), ", ".join(doc.allergies), social(r, doc), ros(r, doc), "PHYSICAL EXAMINATION:\n" + full_exam(r, doc) + "\n\nDATA REVIEWED:\n" + lab_block(r, doc), dx_list(r, doc, 2, False), recs, sig_block(r, drn(cmd), doc.d(), 3))
    elif L == 1:
        t = "%s Consult Note\n%s   %s\n\nAsked by Dr. %s to see pt re: %s.\n\n%s\n\nExam: %s\n\nA: %s\nP:\n%s\n\n%s" % (
            spec, doc.name(2), doc.d(), req["name"].split()[-1], q, wrap(hpi(r, doc)), exam_block(r, doc, 1), doc.c["short"], recs, sig_block(r, drn(cmd), doc.d(), 0))
    elif L == 2:
        t = "%s\n\n%s\n\nDear Dr. %s,\n\nThank you for asking me to see %s in consultation regarding %s.\n\n%s\n\n%s\n\nOn examination today: %s\n\nMy impression is %s. I would recommend the following:\n%s\n\nI will see %s back in %d weeks. Please do not hesitate to call with questions.\n\nSincerely,\n\n%s\n%s" % (
            letterhead(r, r.choice(CLINICS)), doc.d(), doc.pcp["name"].split()[-1], doc.name(3), q, demo_block(r, doc, 4), wrap(hpi(r, doc)), exam_block(r, doc, 1),
            doc.c["dx"].lower(), recs, doc.him, r.randint(2, 12), drn(cmd), spec)
    elif L == 3:
        t = "%s\nPALLIATIVE CARE CONSULTATION\n\n%s\nDate: %s   Location: %s\nReferring: %s\n\nReason: %s\n\nHPI: %s\n\nSymptom assessment (ESAS 0-10): Pain %d | Tired %d | Nausea %d | Depression %d | Anxiety %d | Drowsy %d | Appetite %d | Wellbeing %d | SOB %d\n\nFunctional: PPS %d%%\nDecision maker: %s (%s)\nAdvance directives: %s\nCode status: %s\n\nGoals of care discussion: %s\n\nRecommendations:\n%s\n\nTime: %d minutes, >50%% counseling/coordination.\n\n%s" % (
            doc.hospital, demo_block(r, doc, 0), doc.d(), r.choice(["4 West", "ICU", "Oncology unit", "Clinic"]), drn(req), q, wrap(hpi(r, doc)),
            r.randint(0, 8), r.randint(3, 9), r.randint(0, 5), r.randint(0, 6), r.randint(0, 7), r.randint(2, 8), r.randint(3, 9), r.randint(3, 8), r.randint(0, 9),
            pps(r, doc), doc.cg_name, doc.cg_rel, r.choice(["HCPOA on file", "none, encouraged", "Living will on file"]), r.choice(["DNR/DNI", "Full code -> changed to DNR", "DNR, comfort care"]),
            wrap("Met with patient and %s. Reviewed illness trajectory. Patient values being at home and not suffering. Family agrees with transition to hospice." % doc.cg_rel),
            recs, r.choice([45, 60, 75, 90]), sig_block(r, drn(doctor(r, "Hospice and Palliative Medicine")), doc.d(), 0))
    elif L == 4:
        t = "%s\n%s\n\nINITIAL WOUND CONSULTATION\n%s   Date %s\n\nReferral source: %s\nWound: %s\nEtiology: %s\nDuration: %d weeks\n\nMeasurements (L x W x D): %.1f x %.1f x %.1f cm\nTissue: %d%% granulation, %d%% slough\nExudate: %s\nPeriwound: %s\nPain: %d/10\n\nABI R %.2f L %.2f\n\nPlan:\n%s\n\n%s" % (
            r.choice(CLINICS[7:8] + [doc.hospital + " Wound Center"]), letterhead(r, "Outpatient Wound Services"), doc.name(2), doc.d(), doc.agency,
            r.choice(["R plantar 1st MTH", "sacrum", "L heel", "R lateral malleolus"]), r.choice(["diabetic neuropathic", "pressure injury stage 3", "venous", "arterial"]),
            r.randint(2, 20), r.uniform(0.8, 4.5), r.uniform(0.6, 3.5), r.uniform(0.1, 1.2), r.randint(40, 90), r.randint(10, 40), r.choice(["moderate serosanguinous", "scant serous", "large purulent"]),
            r.choice(["callus", "macerated", "intact", "erythema 1 cm"]), r.randint(0, 6), r.uniform(0.6, 1.2), r.uniform(0.6, 1.2), recs, sig_block(r, drn(cmd), doc.d(), 0))
    elif L == 5:
        t = "CONSULTATION REPORT\n" if r.random() < 0.4 else ""
        t += "%s\n\nPATIENT: %s   DATE: %s\nATTENDING: %s   CONSULTANT: %s (%s)\n\n%s\n\nASSESSMENT AND PLAN:\n%s\n\n%s" % (
            doc.hospital, doc.name(0), doc.d(), drn(req), drn(cmd), spec, wrap("I was asked to see this %d year old for %s. %s %s" % (doc.age, q, hpi(r, doc), exam_block(r, doc, 1))),
            recs, sig_block(r, drn(cmd), doc.d(), r.randint(0, 5)))
    else:
        t = "%s e-Consult / Curbside response\n\nRe: %s (%s)\nQuestion from %s: %s?\n\nResponse: %s\n%s\n\n%s" % (
            spec, doc.name(1), doc.dob_s(), drn(doc.pcp), q.capitalize(), wrap("Chart reviewed including recent %s. %s" % (doc.c["img"][0].lower(), doc.c["img"][2])),
            recs, sig_block(r, drn(cmd), doc.d(), 0))
    return furnish(r, doc, t, doc.hospital)


# ----------------------------------------------------------------------------
# operative note / anesthesia / pathology share surgery catalog
# ----------------------------------------------------------------------------
SURGERIES = [
    dict(cond="hipfx", name="Right hip hemiarthroplasty, cemented", pre="Displaced right femoral neck fracture", spec="Orthopedic Surgery", anes="Spinal with MAC",
         steps="The patient was placed in the left lateral decubitus position. A posterior approach to the hip was used. The short external rotators were tagged and released. Capsulotomy performed. The femoral head was extracted and sized at %d mm. The canal was broached and a cemented stem was placed with a bipolar head. The hip was reduced and found to be stable through range of motion. Capsule and rotators were repaired through drill holes. Layered closure and staples.",
         spec_path="Femoral head, right", ebl=(200, 450), findings="Subcapital femoral neck fracture, Garden IV, osteoporotic bone."),
    dict(cond="tka", name="Left total knee arthroplasty", pre="Primary osteoarthritis, left knee", spec="Orthopedic Surgery", anes="Spinal with adductor canal block",
         steps="A tourniquet was applied to the left thigh. Medial parapatellar arthrotomy was performed. Distal femoral cut was made using intramedullary guide at %d degrees valgus. Tibial cut perpendicular to the mechanical axis. Trial components demonstrated good balance in flexion and extension. Final components cemented. Periarticular injection performed. Closure in layers with barbed suture and skin adhesive.",
         spec_path="Bone and cartilage, left knee", ebl=(100, 250), findings="Tricompartmental degenerative changes with full-thickness cartilage loss medial compartment."),
    dict(cond="colonca", name="Open sigmoid colectomy with end colostomy (Hartmann procedure)", pre="Sigmoid colon adenocarcinoma", spec="General Surgery", anes="General endotracheal",
         steps="A midline laparotomy was performed. The abdomen was explored; no liver lesions palpated. The sigmoid colon mass was mobilized along the white line of Toldt. The left ureter was identified and protected. The inferior mesenteric artery was ligated. The colon was divided proximally and distally with GIA staplers, %d cm margins. An end colostomy was matured in the left lower quadrant. Fascia closed with looped PDS, skin stapled.",
         spec_path="Sigmoid colon", ebl=(150, 400), findings="Circumferential mass in the sigmoid colon, no gross peritoneal disease."),
    dict(cond="dfu", name="Excisional debridement right foot ulcer with partial first metatarsal head resection", pre="Diabetic foot ulcer right plantar first metatarsal head, rule out osteomyelitis", spec="Podiatry", anes="MAC with local (ankle block)",
         steps="An ankle block was administered with %d cc of 1:1 mixture of lidocaine 1%% and bupivacaine 0.5%%. The ulcer was excised full thickness down to bone. Soft bone of the first metatarsal head was resected with sagittal saw and sent for pathology and culture. Wound irrigated with 3 L saline via pulse lavage. Wound left open, packed with moist gauze.",
         spec_path="Bone, first metatarsal head, right", ebl=(10, 40), findings="Probe-to-bone positive ulcer with soft, discolored bone at first metatarsal head."),
    dict(cond="lungca", name="Placement of right tunneled indwelling pleural catheter", pre="Recurrent malignant right pleural effusion", spec="General Surgery", anes="Local with moderate sedation",
         steps="Under ultrasound guidance the pleural space was accessed in the 6th intercostal space. A guidewire was placed. A subcutaneous tunnel was created and the catheter was passed through the tunnel. Peel-away sheath used to insert catheter into pleural space. %d mL of serosanguinous fluid drained. Incisions closed with nylon.",
         spec_path="Pleural fluid, right", ebl=(5, 20), findings="Large right effusion, serosanguinous fluid."),
    dict(cond="dementia", name="Percutaneous endoscopic gastrostomy tube placement", pre="Dysphagia with malnutrition", spec="Gastroenterology", anes="MAC",
         steps="The endoscope was advanced to the stomach. Transillumination and finger indentation identified a site. After local anesthetic, a needle and guidewire were passed and the %d French PEG was pulled through. Bumper at 3 cm at the skin.",
         spec_path=None, ebl=(0, 10), findings="Normal esophagus, mild gastritis."),
    dict(cond="pna", name="Laparoscopic cholecystectomy", pre="Symptomatic cholelithiasis", spec="General Surgery", anes="General endotracheal",
         steps="Pneumoperitoneum established via Hasson technique at the umbilicus. Three additional 5 mm ports placed. Critical view of safety obtained. Cystic duct and artery clipped and divided. Gallbladder removed from the liver bed with electrocautery and placed in an Endo Catch bag, extracted via umbilical port. Fascia closed with 0 Vicryl, %d mL local infiltrated.",
         spec_path="Gallbladder", ebl=(5, 30), findings="Distended gallbladder with multiple stones, mild chronic inflammation."),
    dict(cond="cva", name="Left carotid endarterectomy with patch angioplasty", pre="Symptomatic left internal carotid artery stenosis, 80%", spec="Vascular Surgery", anes="General endotracheal",
         steps="Incision along the anterior border of the sternocleidomastoid. Common, internal and external carotid arteries controlled. Heparin given. Shunt placed; cross-clamp time %d minutes. Arteriotomy and endarterectomy performed with good endpoint. Bovine pericardial patch angioplasty. Flow restored. Layered closure.",
         spec_path="Carotid plaque, left", ebl=(50, 150), findings="Ulcerated calcified plaque at the carotid bifurcation."),
]


def pick_surgery(r):
    s = r.choice(SURGERIES)
    return s, Doc(r, "hh" if CONDS[s["cond"]]["hh"] else "hospice", s["cond"])


def gen_operative_note(r):
    s, doc = pick_surgery(r)
    surg = doctor(r, s["spec"])
    asst = r.choice([drn(doctor(r, s["spec"])), staff(r, "PA-C"), "None", staff(r, "RNFA")])
    an = drn(doctor(r, "Anesthesiology"))
    ebl = r.randint(*s["ebl"])
    rng = {"sized": (42, 54), "valgus": (5, 7), "margins": (5, 15), "1:1": (10, 20), "pleural space. %d": (500, 1600), "French": (20, 24), "Vicryl": (10, 30), "cross-clamp": (18, 40)}
    lo, hi = next((v for k, v in rng.items() if k in s["steps"]), (3, 30))
    steps = s["steps"] % r.randint(lo, hi) if "%d" in s["steps"] else s["steps"]
    L = r.randint(0, 5)
    prep = r.choice(["The patient was identified in the preoperative holding area and the operative site was marked. ", "Informed consent was obtained. "]) + \
        r.choice(["The patient was brought to the operating room and placed supine. ", "Patient was taken to OR #%d. " % r.randint(1, 12)]) + \
        "After induction of %s anesthesia, the %s was prepped and draped in the usual sterile fashion. A time-out was performed. Preoperative antibiotics were given. " % (s["anes"].lower(), r.choice(["operative field", "extremity", "abdomen", "site"]))
    close = "Sponge and needle counts were correct x2. The patient tolerated the procedure well and was taken to %s in stable condition." % r.choice(["PACU", "the recovery room", "recovery"])
    if L == 0:
        t = "%s\nOPERATIVE REPORT\n\n%s\n\nDATE OF OPERATION: %s\nSURGEON: %s\nASSISTANT: %s\nANESTHESIOLOGIST: %s\nANESTHESIA: %s\n\nPREOPERATIVE DIAGNOSIS: %s\nPOSTOPERATIVE DIAGNOSIS: %s\nPROCEDURE PERFORMED: %s\n\nINDICATIONS: %s\n\nFINDINGS: %s\n\nDESCRIPTION OF PROCEDURE:\n%s\n\nESTIMATED BLOOD LOSS: %d mL\nFLUIDS: %d mL crystalloid\nSPECIMENS: %s\nDRAINS: %s\nCOMPLICATIONS: None\n\n%s" % (
            doc.hospital.upper(), demo_block(r, doc, 1), doc.d(), drn(surg), asst, an, s["anes"], s["pre"], r.choice(["Same", s["pre"]]), s["name"],
            wrap("%d-year-old with %s. Risks, benefits and alternatives including bleeding, infection, and anesthetic risk were discussed and the patient wished to proceed." % (doc.age, s["pre"].lower())),
            s["findings"], wrap(prep + steps + " " + close), ebl, r.randint(500, 2000), s["spec_path"] or "None", r.choice(["None", "Hemovac x1", "JP drain"]), sig_block(r, drn(surg), doc.d(), 3))
    elif L == 1:
        t = "Brief Op Note\n%s  %s\n\nPre-op dx: %s\nPost-op dx: same\nProcedure: %s\nSurgeon: %s\nAnesthesia: %s\nEBL: %d mL\nSpecimens: %s\nComplications: none\nDisposition: PACU, stable\n\n%s" % (
            doc.name(2), doc.d(), s["pre"], s["name"], drn(surg), s["anes"], ebl, s["spec_path"] or "none", sig_block(r, drn(surg), doc.d(), 0))
    elif L == 2:
        t = "%s\n%s\n\nSURGEON: %s    DATE: %s\n\nPROCEDURE: %s\n\nDIAGNOSIS: %s\n\nIMPLANTS: %s\n\nNARRATIVE:\n%s\n\nPOSTOPERATIVE PLAN: %s\n\n%s" % (
            doc.hospital, demo_block(r, doc, 5), drn(surg), doc.d(), s["name"].upper(), s["pre"],
            r.choice(["See implant log", "None", "Per implant record sheet"]), wrap(prep + steps + " " + close),
            r.choice(["Admit to ortho floor, DVT prophylaxis, PT POD 0.", "Clear liquids, advance as tolerated.", "Discharge home with home health nursing for wound care.", "Aspirin 81 mg, follow up 2 weeks."]),
            sig_block(r, drn(surg), doc.d(), r.choice([0, 3])))
    elif L == 3:
        t = "OPERATION REPORT\n\nName: %s\nHospital No: %s\nDate of surgery: %s\n\nOperation: %s\nSurgeon: %s   Assist: %s\n\n%s\n\nFindings: %s\n\n%s\nEBL %d cc.\n\n%s" % (
            doc.name(0), doc.mrn, doc.d(), s["name"], surg["name"], asst, "Anaesthetic: " + s["anes"], s["findings"], wrap(steps + " " + close), ebl, sig_block(r, drn(surg), doc.d(), 4))
    elif L == 4:
        t = "%s\n%s\n\nPATIENT: %s\nDOS: %s\n\n1. Preoperative diagnosis: %s.\n2. Postoperative diagnosis: %s.\n3. Procedure: %s.\n4. Surgeon: %s.\n5. Anesthesia: %s.\n6. EBL: %d mL.\n7. Complications: none apparent.\n8. Condition: stable.\n\nDetails of the procedure: %s\n\n%s" % (
            doc.hospital, r.choice(["Department of Surgery", "Surgical Services", ""]), doc.name(1), doc.d(), s["pre"], s["pre"], s["name"], drn(surg), s["anes"], ebl,
            wrap(prep + steps + " " + close), sig_block(r, drn(surg), doc.d(), r.choice([1, 3])))
    else:
        t = "%s\n\nOP NOTE - DICTATED\n%s %s\n\nThis is a %d yo %s who presents for %s for %s. %s\n\n%s\n\n%s" % (
            doc.hospital, doc.name(0), doc.mrn, doc.age, doc.sex, s["name"].lower(), s["pre"].lower(), wrap(prep), wrap(steps + " Findings: " + s["findings"] + " " + close + " EBL %d." % ebl),
            sig_block(r, drn(surg), doc.d(), 3))
    return furnish(r, doc, t, doc.hospital)


PROCS = [
    dict(cond="lungca", name="Thoracentesis, right, ultrasound guided", ind="Symptomatic right pleural effusion",
         body="Ultrasound identified a large free-flowing effusion. Site marked at the posterior axillary line, 8th intercostal space. Prepped with chlorhexidine. 1%% lidocaine 10 mL for local. Catheter introduced over needle; %d mL of %s fluid removed. Post-procedure ultrasound showed no pneumothorax.",
         fluid=["serosanguinous", "amber", "bloody"], spec="Fluid sent for cell count, LDH, protein, cytology."),
    dict(cond="pancca", name="Paracentesis, diagnostic and therapeutic", ind="Malignant ascites with abdominal distension",
         body="Ultrasound showed a large pocket in the left lower quadrant. After sterile prep and local anesthesia, a 5 Fr Yueh catheter was inserted. %d mL of %s fluid was removed. Albumin 25 g IV was given.",
         fluid=["straw-colored", "cloudy yellow", "blood-tinged"], spec="Sent for cell count, albumin, cytology."),
    dict(cond="pna", name="PICC line placement, right basilic vein", ind="IV antibiotics / poor peripheral access",
         body="Using ultrasound guidance and modified Seldinger technique, the right basilic vein was accessed on the first attempt. A %d cm 4 Fr single lumen power PICC was placed. Tip confirmed at cavoatrial junction by %s. Good blood return and flush.",
         fluid=["ECG tip confirmation", "chest x-ray"], spec=None),
    dict(cond="chf", name="Left heart catheterization with coronary angiography", ind="Cardiomyopathy, evaluate for ischemic etiology",
         body="Right radial artery access with 6 Fr sheath. Selective coronary angiography performed. LVEDP %d mmHg. Findings: %s. Ventriculography deferred.",
         fluid=["patent LIMA to LAD, occluded SVG to RCA with collaterals", "diffuse three-vessel disease, not amenable to revascularization"], spec=None),
    dict(cond="dfu", name="Bedside sharp excisional debridement, right foot", ind="Diabetic foot ulcer with nonviable tissue",
         body="Wound measured before debridement. Using #15 blade and curette, nonviable slough and callus were excised to bleeding subcutaneous tissue, depth %d mm. Hemostasis with pressure and silver nitrate. Post-debridement %s.",
         fluid=["2.6 x 2.0 x 0.5 cm", "2.2 x 1.9 x 0.4 cm"], spec="Deep tissue culture sent."),
    dict(cond="pancca", name="EGD with biliary stent exchange (ERCP)", ind="Malignant biliary obstruction, stent occlusion",
         body="Duodenoscope advanced to the second portion of the duodenum. Existing stent occluded with sludge, removed with snare. Cholangiogram showed %d cm distal CBD stricture. A 10 mm x 60 mm fully covered metal stent was placed with %s.",
         fluid=["good drainage of bile", "brisk drainage of dark bile"], spec=None),
    dict(cond="parkinson", name="EMG / nerve conduction study, bilateral lower extremities", ind="Numbness and weakness of feet",
         body="Peroneal motor amplitudes reduced, %d%% of lower limit of normal. Sural sensory responses %s bilaterally. Needle EMG of selected muscles shows chronic neurogenic changes distally.",
         fluid=["absent", "reduced"], spec=None),
    dict(cond="dementia", name="Lumbar puncture", ind="Altered mental status, rule out meningitis",
         body="Patient positioned in left lateral decubitus. L3-4 interspace identified. Under sterile conditions a 22 gauge spinal needle was inserted, attempt #%d. Opening pressure 16 cm H2O. %s CSF collected in 4 tubes.",
         fluid=["Clear, colorless", "Clear"], spec="Sent for cell count, glucose, protein, Gram stain, culture."),
    dict(cond="tka", name="Knee arthrocentesis and corticosteroid injection, right", ind="Right knee osteoarthritis with effusion",
         body="Superolateral approach. After sterile prep, ethyl chloride spray. %d mL of %s synovial fluid aspirated, then 40 mg triamcinolone with 4 mL 1%% lidocaine injected.",
         fluid=["clear yellow", "straw colored"], spec=None),
    dict(cond="copd", name="Flexible bronchoscopy with BAL", ind="Persistent right lower lobe infiltrate",
         body="Bronchoscope passed via the mouth. Airways examined to subsegmental level; %d areas of thick secretions suctioned from RLL. BAL performed in RLL with 120 mL instilled, %s returned.",
         fluid=["45 mL", "60 mL"], spec="BAL sent for cultures, AFB, fungal and cytology."),
    dict(cond="colonca", name="Colonoscopy", ind="Colon cancer surveillance via stoma",
         body="Colonoscope introduced through the colostomy and advanced to the cecum, identified by appendiceal orifice. Prep fair. %d small sessile polyps removed with cold snare. %s.",
         fluid=["No recurrence at anastomosis", "Internal hemorrhoids"], spec="Polyps to pathology."),
]


def gen_procedure_note(r):
    p = r.choice(PROCS)
    doc = Doc(r, None, p["cond"])
    md = doctor(r, r.choice(["Hospitalist", "Radiology", "Pulmonology", "Gastroenterology", "Cardiology"]) if "EMG" not in p["name"] else "Neurology")
    if "Knee" in p["name"]:
        n = r.randint(5, 60)
    elif "mL" in p["body"].split("%d")[1][:5]:
        n = r.randint(400, 1600) if "Thoracentesis" in p["name"] else r.randint(1500, 6000)
    elif "attempt" in p["body"]:
        n = r.randint(1, 3)
    else:
        n = r.randint(2, 35)
    body = p["body"] % (n, r.choice(p["fluid"]))
    L = r.randint(0, 6)
    if L == 5 and "PICC" not in p["name"]:
        L = r.choice([0, 1, 2, 3, 4, 6])
    comp = r.choice(["None", "None immediate", "No complications", "Minimal bleeding"])
    if L == 0:
        t = "%s\nPROCEDURE NOTE\n\n%s\nDate: %s\n\nProcedure: %s\nIndication: %s\nOperator: %s\nConsent: %s\nTime out: performed\n\nDescription:\n%s\n\n%s\nEBL: minimal\nComplications: %s\n\n%s" % (
            doc.hospital, demo_block(r, doc), doc.d(), p["name"], p["ind"], drn(md), r.choice(["Written, signed and in chart", "Obtained from patient", "Obtained from %s (HCPOA)" % doc.cg_rel]),
            wrap(body), p["spec"] or "Specimens: none", comp, sig_block(r, drn(md), doc.d(), 0))
    elif L == 1:
        t = "%s %s\n%s  %s\n\nPre-procedure dx: %s\nPost-procedure dx: same\nSedation: %s\nFindings/technique: %s\nComplications: %s\nPatient tolerated well.\n\n%s" % (
            p["name"], r.choice(["Note", "- bedside", ""]), doc.name(2), doc.d(), p["ind"], r.choice(["none, local only", "midazolam 2 mg IV, fentanyl 50 mcg IV", "moderate sedation by RN under my supervision", "MAC per anesthesia"]),
            wrap(body), comp, sig_block(r, drn(md), doc.d(), r.randint(0, 5)))
    elif L == 2:
        t = "%s\n%s\n\nPATIENT: %s  MRN: %s  DOB: %s\nDATE OF SERVICE: %s\nREFERRING: %s\nENDOSCOPIST/PHYSICIAN: %s\n\nINDICATIONS: %s\n\nMEDICATIONS: %s\n\nPROCEDURE: %s\n\nIMPRESSION: %s\n\nRECOMMENDATIONS: %s\n\n%s" % (
            doc.hospital.upper(), r.choice(["Procedure Report", "ENDOSCOPY/SPECIAL PROCEDURES", "Interventional Suite Report"]), doc.name(0), doc.mrn, doc.dob_s(), doc.d(), drn(doc.pcp), drn(md),
            p["ind"], r.choice(["Propofol per anesthesia", "Local 1% lidocaine", "Versed 2 mg, Fentanyl 50 mcg"]), wrap(body), r.choice(["Successful procedure", "As above", p["name"] + " without complication"]),
            r.choice(["Follow up results with ordering provider.", "Return to home health; resume diet.", "CXR if symptoms", "Follow up in clinic 2 weeks."]), sig_block(r, drn(md), doc.d(), 0))
    elif L == 3:
        t = "Procedure: %s\nDate/time: %s %s\nPerformed by: %s\nIndication: %s\n\n%s\n\nEstimated blood loss: <5 mL. Complications: %s. Specimens: %s\n\n%s" % (
            p["name"], doc.d(), doc.t(), drn(md), p["ind"], wrap("Risks, benefits and alternatives discussed; consent signed. Universal protocol followed. " + body), comp, p["spec"] or "none",
            sig_block(r, drn(md), doc.d(), 0))
    elif L == 4:
        t = "%s\n%s\n\nREPORT\n\nHISTORY: %s.\nTECHNIQUE / FINDINGS: %s\nCONCLUSION: %s\n\n%s" % (
            doc.hospital, demo_block(r, doc, 1), p["ind"], wrap(body), r.choice(["Technically successful.", "As above.", "See findings."]), sig_block(r, drn(md), doc.d(), 3))
    elif L == 5:
        t = "%s\n\nHome Infusion / Vascular Access Team\n%s\n\n%s\n\nLine type: %s\nExternal length: %d cm   Arm circumference: %d cm\nLot #%s\nPatient education provided regarding line care.\n\n%s" % (
            r.choice([doc.hospital, doc.agency]), demo_block(r, doc, 3), wrap(body), p["name"], r.randint(0, 4), r.randint(24, 36), r.randint(1000000, 9999999),
            sig_block(r, staff(r, "RN, VA-BC") if "PICC" in p["name"] else drn(md), doc.d(), 0))
    else:
        t = "%s, %s\n%s\n\n%s\n\n%s\n\n%s" % (doc.name(2), doc.dob_s(), doc.d(), p["name"].upper(), wrap(p["ind"] + ". " + body + " " + comp + "."), sig_block(r, drn(md), doc.d(), r.randint(0, 5)))
    return furnish(r, doc, t, doc.hospital)


def gen_anesthesia_record(r):
    s, doc = pick_surgery(r)
    an = doctor(r, "Anesthesiology")
    crna = staff(r, "CRNA")
    v = vitals(r)
    L = r.randint(0, 5)
    asa = r.choice(["II", "III", "III", "IV"])
    start = r.randint(7, 14)
    if L == 0:
        t = "%s\nANESTHESIA RECORD\n\n%s\nDate: %s   OR: %d\nProcedure: %s\nSurgeon: %s\nAnesthesiologist: %s   CRNA: %s\nASA: %s   Wt: %d kg  Ht: %d cm\nAllergies: %s\nNPO since: %s\n\nAnesthesia type: %s\n" % (
            doc.hospital, demo_block(r, doc, 1), doc.d(), r.randint(1, 14), s["name"], drn(doctor(r, s["spec"])), an["name"], crna, asa, r.randint(45, 110), r.randint(150, 185),
            ", ".join(doc.allergies), "%02d:00" % r.randint(20, 23), s["anes"])
        t += "\nTIME   BP       HR  SpO2  EtCO2  Notes\n"
        for i in range(r.randint(6, 14)):
            sbp = r.randint(92, 150)
            t += "%02d:%02d  %d/%d  %d  %d   %s    %s\n" % (start + i * 15 // 60, (i * 15) % 60, sbp, r.randint(48, 85), r.randint(55, 95), r.randint(94, 100),
                                                      r.choice(["32", "35", "38", "--"]), r.choice(["", "", "incision", "phenylephrine 100 mcg", "cefazolin 2 g", "ondansetron 4 mg", ""]))
        t += "\nAgents: %s\nFluids: LR %d mL   EBL %d mL   UOP %s\nAirway: %s\nLines: PIV x%d\nEmergence: %s. To PACU %02d:%02d.\n\n%s" % (
            r.choice(["Propofol 120 mg, rocuronium 50 mg, sevoflurane", "Bupivacaine 0.75% 1.6 mL intrathecal, propofol infusion", "Midazolam 1 mg, fentanyl 50 mcg, propofol 50 mcg/kg/min"]),
            r.randint(500, 2000), r.randint(*s["ebl"]), r.choice(["n/a", "200 mL", "350 mL"]), r.choice(["ETT 7.0, grade I view", "Nasal cannula 3 L", "LMA #4", "Simple mask"]),
            r.randint(1, 2), r.choice(["Smooth", "Uneventful", "Delayed, responded to reversal"]), start + 2, r.randint(0, 59), sig_block(r, drn(an), doc.d(), 0))
    elif L == 1:
        t = "PRE-ANESTHESIA EVALUATION\n%s\n\n%s\nScheduled: %s\n\nPMH: %s\nPrior anesthesia: %s\nMeds: %s\nAllergies: %s\n\nAirway: Mallampati %s, TMD >3 FB, %s\nHeart: %s   Lungs: %s\nLabs: Hgb %.1f, K %.1f, Cr %.1f%s\nEKG: %s\n\nASA %s\nPlan: %s. Risks discussed including %s. Patient/%s agree.\n\n%s" % (
            doc.hospital, demo_block(r, doc, 5), s["name"], ", ".join(doc.c["pmh"]), r.choice(["No complications", "PONV", "None"]), ", ".join(m["name"] for m in doc.meds),
            ", ".join(doc.allergies), r.choice(["II", "III"]), r.choice(["edentulous", "upper partial denture", "good dentition"]), r.choice(["RRR", "irregular"]),
            r.choice(["CTA", "diminished bases"]), doc.lab("Hemoglobin", 10.5, 14), doc.lab("Potassium", 3.5, 5), doc.lab("Creatinine", 0.7, 1.4),
            r.choice(["", ", INR 1.1", ", glucose 154"]), r.choice(["NSR", "AF, rate controlled", "sinus with 1st degree AVB"]), asa, s["anes"],
            r.choice(["sore throat, dental injury, aspiration, PONV", "hypotension, headache, nerve injury"]), doc.cg_rel, sig_block(r, drn(an), doc.d(), 0))
    elif L == 2:
        t = "%s\nPost-Anesthesia Care Unit Record\n\n%s  %s\nProcedure: %s\nArrival %02d:%02d  Report from %s\n\nAldrete on arrival %d/10, at discharge %d/10\nPain scores: %s\nMeds in PACU: %s\nN/V: %s\nDischarged to: %s at %02d:%02d\n\n%s" % (
            doc.hospital, doc.name(2), doc.d(), s["name"], start + 2, r.randint(0, 59), crna, r.randint(6, 8), r.randint(9, 10), ", ".join(str(r.randint(0, 8)) for _ in range(4)),
            r.choice(["hydromorphone 0.2 mg IV x2", "fentanyl 25 mcg x2", "none"]), r.choice(["none", "mild nausea, ondansetron given"]), r.choice(["4 West", "Ortho unit", "Surgical floor"]) if ("arthroplasty" in s["name"] or "colectomy" in s["name"] or "endarterectomy" in s["name"]) else r.choice(["Home with family", "Short stay", "4 West"]),
            start + 4, r.randint(0, 59), sig_block(r, staff(r, "RN"), doc.d(), 2))
    elif L == 3:
        t = "Anesthesia Post-op Note\n%s\n\n%s s/p %s under %s. %s. Vitals stable. No apparent anesthetic complications. %s.\n\n%s" % (
            demo_block(r, doc, 0), doc.name(3), s["name"].lower(), s["anes"].lower(), r.choice(["Awake and alert", "Drowsy but arousable", "Oriented, comfortable"]),
            r.choice(["Pain controlled", "Block still in effect", "Tolerating PO"]), sig_block(r, drn(an), doc.d(), 0))
    elif L == 4:
        t = "%s\nREGIONAL ANESTHESIA PROCEDURE NOTE\n%s  %s\n\nBlock: %s\nIndication: postoperative analgesia for %s\nMonitors: standard ASA\nSedation: midazolam %d mg\nTechnique: ultrasound-guided, in-plane, %d G needle. Negative aspiration. %s injected in divided doses.\nComplications: none\n\n%s" % (
            doc.hospital, doc.name(2), doc.d(), r.choice(["Adductor canal, single shot", "Spinal, L3-4", "Fascia iliaca", "Ankle block"]), s["name"].lower(), r.randint(1, 2), r.choice([21, 22, 25]),
            r.choice(["Ropivacaine 0.5% 20 mL", "Bupivacaine 0.25% 30 mL", "Hyperbaric bupivacaine 0.75% 1.6 mL"]), sig_block(r, drn(an), doc.d(), r.randint(0, 5)))
    else:
        t = "%s    %s\n\nANES START %02d%02d   SURG START %02d%02d   SURG END %02d%02d   ANES END %02d%02d\nPROC: %s\nASA %s   %s\n\nINDUCTION: %s\nMAINT: %s\nMEDS: %s\nIV FLUIDS: %d mL  EBL: %d\n\nVITALS q5min (summary): BP range %d-%d/%d-%d, HR %d-%d, SpO2 %d-100%%\n\n%s" % (
            doc.name(0), doc.mrn, start, 0, start, 25, start + 1, 40, start + 1, 55, s["name"], asa, s["anes"], r.choice(["IV smooth", "spinal, easy placement", "n/a"]),
            r.choice(["sevo 1.8%", "propofol gtt", "O2 via NC"]), r.choice(["cefazolin 2g, dexamethasone 4mg, ondansetron 4mg", "TXA 1g, cefazolin 2g, ketorolac 15mg"]),
            r.randint(600, 1800), r.randint(*s["ebl"]), r.randint(88, 100), r.randint(120, 160), r.randint(45, 55), r.randint(60, 90), r.randint(55, 65), r.randint(75, 100), r.randint(94, 97),
            sig_block(r, drn(an) + " / " + crna, doc.d(), 4))
    return furnish(r, doc, t, doc.hospital)


def gen_pathology_report(r):
    opts = [s for s in SURGERIES if s["spec_path"]] + [dict(cond="lungca", spec_path="Lung, right upper lobe, CT-guided core biopsy"), dict(cond="dfu", spec_path="Skin, left forearm, shave"),
                                                       dict(cond="colonca", spec_path="Colon polyps, cold snare")]
    s = r.choice(opts)
    doc = Doc(r, None, s["cond"])
    pth = doctor(r, "Pathology")
    sp = s["spec_path"]
    dx = {"Femoral head, right": ("Femoral head with subcapital fracture, hemorrhage and early callus; osteoporotic trabecular bone. No neoplasm.", "Received in formalin is a femoral head measuring %.1f x %.1f x %.1f cm with attached neck fragment. The articular surface shows focal cartilage thinning. Sectioned after decalcification."),
          "Bone and cartilage, left knee": ("Degenerative joint disease with eburnation and fibrocartilaginous metaplasia. Negative for inflammatory arthritis.", "Multiple fragments of bone and cartilage aggregating to %.1f x %.1f x %.1f cm. Representative sections after decalcification."),
          "Sigmoid colon": ("Invasive adenocarcinoma, moderately differentiated, invading through muscularis propria into pericolorectal tissue (pT3). Margins negative. Metastatic carcinoma in 2 of 17 lymph nodes (pN1b). Lymphovascular invasion present. MMR proteins intact.", "Segment of colon measuring %.1f cm in length and %.1f cm in circumference with an ulcerated mass %.1f cm."),
          "Bone, first metatarsal head, right": ("Acute and chronic osteomyelitis with bone necrosis. Margin: viable bone without inflammation.", "Fragment of bone %.1f x %.1f x %.1f cm, tan-yellow, with overlying soft tissue. Entirely submitted after decalcification."),
          "Pleural fluid, right": ("POSITIVE FOR MALIGNANT CELLS. Metastatic adenocarcinoma, consistent with lung primary (TTF-1 positive, CK7 positive, CK20 negative).", "Received %.0f mL of serosanguinous fluid. Cytospin and cell block prepared. %.1f %.1f"),
          "Gallbladder": ("Chronic cholecystitis with cholelithiasis. No dysplasia or malignancy.", "Gallbladder %.1f x %.1f cm, wall thickness %.1f cm, containing multiple yellow-green faceted stones."),
          "Carotid plaque, left": ("Atherosclerotic plaque with calcification and hemorrhage.", "Tan-yellow calcified plaque %.1f x %.1f x %.1f cm, decalcified and submitted."),
          "Lung, right upper lobe, CT-guided core biopsy": ("Non-small cell carcinoma, favor adenocarcinoma (TTF-1 and Napsin-A positive, p40 negative). PD-L1 (22C3) TPS 5%. Molecular studies sent.", "Three tan cores of tissue measuring %.1f, %.1f and %.1f cm. Entirely submitted in one cassette."),
          "Skin, left forearm, shave": ("Seborrheic keratosis, irritated. Margins clear.", "Tan-brown shave %.1f x %.1f cm, depth %.1f cm. Bisected and submitted."),
          "Colon polyps, cold snare": ("Tubular adenomas (x2), negative for high-grade dysplasia.", "Multiple tan soft tissue fragments aggregating %.1f x %.1f x %.1f cm.")}[sp]
    gross = dx[1] % (r.uniform(0.3, 48), r.uniform(0.2, 9), r.uniform(0.1, 6))
    acc = "%s%02d-%05d" % (r.choice(["S", "SP", "CY", "SG"]), doc.date.year % 100, r.randint(1, 40000))
    L = r.randint(0, 5)
    if L == 0:
        t = "%s\nDEPARTMENT OF PATHOLOGY AND LABORATORY MEDICINE\n\nSURGICAL PATHOLOGY REPORT\n\nAccession #: %s\n%s\nCollected: %s   Received: %s   Reported: %s\nSubmitting physician: %s\n\nSPECIMEN:\nA. %s\n\nCLINICAL HISTORY:\n%s\n\nFINAL DIAGNOSIS:\nA. %s:\n   - %s\n\nGROSS DESCRIPTION:\n%s\n\nMICROSCOPIC DESCRIPTION:\n%s\n\n%s" % (
            doc.hospital.upper(), acc, demo_block(r, doc, 1), doc.d(), doc.d(), doc.d(doc.dd(r.randint(1, 5))), drn(doctor(r)), sp, doc.c["short"].capitalize(), sp.upper(), dx[0],
            wrap("Received in formalin labeled with the patient's name and '%s'. " % sp.lower() + gross), r.choice(["Microscopic examination performed.", "Sections show findings as described in the diagnosis.", "See diagnosis."]),
            "I have personally reviewed the slides and rendered the final diagnosis.\n" + sig_block(r, drn(pth), doc.d(doc.dd(2)), 0))
    elif L == 1:
        t = "%s  |  %s\n%s\n\nDIAGNOSIS\n%s -\n%s\n\nCOMMENT\n%s\n\nGROSS\n%s\n\nCLINICAL INFORMATION: %s\n\n%s" % (
            r.choice(["Tri-State Pathology Associates", "Valley Reference Laboratory", doc.hospital]), acc, demo_block(r, doc, 5), sp, dx[0],
            r.choice(["Results discussed with Dr. %s on %s." % (doctor(r)["name"].split()[-1], doc.d()), "Immunostains performed with appropriate controls.", "None."]),
            wrap(gross), doc.c["short"], sig_block(r, drn(pth), doc.d(), 0))
    elif L == 2:
        t = "CYTOPATHOLOGY REPORT\n" if sp.startswith("Pleural") else r.choice(["PATHOLOGY CONSULTATION\n", ""])
        t += "%s\nCase: %s   Date of procedure: %s\n\nSource: %s\n\nInterpretation:\n%s\n\nSpecimen adequacy: %s\n\nDescription: %s\n\n%s" % (
            doc.name(0), acc, doc.d(), sp, dx[0], r.choice(["Satisfactory for evaluation", "Adequate"]), wrap(gross), sig_block(r, drn(pth), doc.d(), 1))
    elif L == 3:
        t = "%s\n\nPatient: %s    Sex: %s    DOB: %s\nPhysician: %s\nCase no: %s\nDate collected: %s\n\n* * * FINAL REPORT * * *\n\n%s\n\nDx: %s\n\nMicro: %s\nGross: %s\n\nCPT: 88305%s\n%s" % (
            doc.hospital, doc.name(2), doc.sex, doc.dob_s(), drn(doctor(r)), acc, doc.d(), sp, dx[0], r.choice(["Confirms diagnosis.", "Sections examined."]), wrap(gross),
            r.choice(["", ", 88311", ", 88342 x3"]), sig_block(r, drn(pth), doc.d(), r.choice([0, 4])))
    elif L == 4:
        t = "ADDENDUM REPORT\n\n%s\nAccession: %s\n\nOriginal diagnosis: %s\n\nAddendum: %s\n\n%s" % (
            demo_block(r, doc, 0), acc, dx[0], r.choice(["Additional immunohistochemistry supports the diagnosis.", "Molecular results: EGFR not detected; ALK negative; KRAS G12C detected.",
                                                        "Culture of bone grew MSSA (see microbiology).", "Specimen re-examined; no change in diagnosis."]), sig_block(r, drn(pth), doc.d(doc.dd(6)), 0))
    else:
        t = "%s\n%s\n\nSpecimen(s) received: %s\nPre-op dx: %s\n\nFINAL PATHOLOGIC DIAGNOSIS\n  %s\n\nSYNOPTIC SUMMARY (if applicable)\n  Procedure: %s\n  Margins: %s\n\nGross: %s\n\n%s" % (
            letterhead(r, "Pathology Services of " + doc.town), demo_block(r, doc, 2), sp, doc.c["short"], dx[0], r.choice(["Resection", "Biopsy", "Excision"]),
            r.choice(["Negative", "Not applicable", "Uninvolved"]), wrap(gross), sig_block(r, drn(pth), doc.d(), 0))
    return furnish(r, doc, t, doc.hospital)


# ----------------------------------------------------------------------------
# lab_report
# ----------------------------------------------------------------------------
PANELS = {
    "CBC": [("WBC", 4.0, 10.5, "K/uL"), ("RBC", 3.9, 5.4, "M/uL"), ("Hemoglobin", 12.0, 16.0, "g/dL"), ("Hematocrit", 36, 47, "%"),
            ("MCV", 80, 98, "fL"), ("Platelets", 150, 400, "K/uL"), ("RDW", 11.5, 14.5, "%")],
    "BMP": [("Sodium", 135, 145, "mmol/L"), ("Potassium", 3.5, 5.1, "mmol/L"), ("Chloride", 98, 107, "mmol/L"), ("CO2", 22, 29, "mmol/L"),
            ("BUN", 7, 25, "mg/dL"), ("Creatinine", 0.6, 1.3, "mg/dL"), ("Glucose", 70, 99, "mg/dL"), ("Calcium", 8.5, 10.2, "mg/dL")],
    "HEPATIC": [("Total bilirubin", 0.2, 1.2, "mg/dL"), ("AST", 10, 40, "U/L"), ("ALT", 7, 56, "U/L"), ("Alk Phos", 40, 129, "U/L"),
                ("Albumin", 3.5, 5.0, "g/dL"), ("Total protein", 6.0, 8.3, "g/dL")],
    "MISC": [("BNP", 0, 100, "pg/mL"), ("HbA1c", 4.0, 5.6, "%"), ("Magnesium", 1.6, 2.6, "mg/dL"), ("TSH", 0.4, 4.5, "uIU/mL"),
             ("PT", 11.0, 13.5, "sec"), ("INR", 0.9, 1.1, ""), ("Prealbumin", 18, 38, "mg/dL"), ("CEA", 0, 3.0, "ng/mL"), ("LDL", 0, 99, "mg/dL")],
}


def lab_rows(r, doc, panels):
    rows = []
    for p in panels:
        items = PANELS[p]
        if p == "MISC":
            keys = [k for k in ("BNP", "HbA1c", "CEA", "LDL", "Prealbumin") if k in doc.c["labs"]]
            items = [i for i in items if i[0] in keys] or pick(r, items, 2)
        for name, lo, hi, unit in items:
            if name in doc.c["labs"]:
                val = doc.lab(name, lo, hi)
            else:
                span = hi - lo
                val = r.uniform(lo + span * 0.1, hi - span * 0.1) if r.random() < 0.85 else r.uniform(lo - span * 0.15, hi + span * 0.15)
            flag = "H" if val > hi else ("L" if val < lo else "")
            if name in ("Sodium", "Chloride", "CO2", "BUN", "Glucose", "Platelets", "AST", "ALT", "Alk Phos", "BNP", "LDL", "Prealbumin"):
                vs = "%d" % round(val)
            else:
                vs = "%.1f" % val if name not in ("Creatinine", "INR", "TSH", "Potassium") else "%.2f" % val if name == "TSH" else "%.1f" % val
            rows.append((name, vs, flag, unit, "%g-%g" % (lo, hi)))
    return rows


def gen_lab_report(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    panels = r.choice([["CBC"], ["BMP"], ["CBC", "BMP"], ["BMP", "HEPATIC"], ["CBC", "BMP", "MISC"], ["MISC"], ["BMP", "HEPATIC", "MISC"]])
    rows = lab_rows(r, doc, panels)
    lab = r.choice(["Quest-Valley Diagnostics", "Tri-County Reference Lab", doc.hospital + " Laboratory", "Mobile Lab Services of " + doc.town, "LabWest Regional"])
    coll = doc.d()
    ordp = drn(doc.pcp)
    acc = "%s%d" % (r.choice(["A", "L", "", "W"]), r.randint(10000000, 99999999))
    if L == 0:
        t = "%s\n%s\n\nPATIENT: %s   DOB: %s   SEX: %s\nACCESSION: %s   COLLECTED: %s %s   REPORTED: %s\nORDERING: %s\n%s\n\n%-22s %-10s %-5s %-10s %s\n" % (
            lab.upper(), r.choice(["CLIA #%02dD%07d" % (r.randint(10, 99), r.randint(0, 9999999)), "Lab Director: " + drn(doctor(r, "Pathology"))]), doc.name(0), doc.dob_s(), doc.sex, acc, coll, doc.t(), doc.d(doc.dd(1)),
            ordp, r.choice(["Specimen drawn by home health RN", "Collected in home", "Fasting: N", ""]), "TEST", "RESULT", "FLAG", "UNITS", "REF RANGE")
        for n, vs, f, u, rr in rows:
            t += "%-22s %-10s %-5s %-10s %s\n" % (n, vs, f, u, rr)
        t += "\n%s" % r.choice(["*** END OF REPORT ***", "Results faxed to %s" % doc.agency, "H=High L=Low  C=Critical", ""])
    elif L == 1:
        t = "%s\n%s\n\n" % (lab, demo_block(r, doc, 5))
        for p in panels:
            t += "%s\n" % {"CBC": "COMPLETE BLOOD COUNT", "BMP": r.choice(["BASIC METABOLIC PANEL", "Chem 8", "BMP"]), "HEPATIC": "HEPATIC FUNCTION PANEL", "MISC": "OTHER"}[p]
            names = [i[0] for i in PANELS[p]]
            for n, vs, f, u, rr in rows:
                if n in names:
                    t += "  %s: %s %s %s  (ref %s)\n" % (n, vs, u, "[" + f + "]" if f else "", rr)
        t += "\nCollected %s  Ordered by %s\n" % (coll, ordp)
    elif L == 2:
        crit = [x for x in rows if x[2]]
        t = "CRITICAL / ABNORMAL RESULT NOTIFICATION\n\n" if crit and r.random() < 0.5 else ""
        t += "%s\nTo: %s   Fax %s\n\n%s\n\nDate collected: %s\n\n" % (lab, doc.agency, doc.ag_fax, demo_block(r, doc, 0), coll)
        for n, vs, f, u, rr in rows:
            t += "%s %s %s %s\n" % (n.ljust(20, "."), vs.rjust(7), (f or " ").ljust(2), u)
        if crit:
            t += "\nCalled to %s at %s, read back verified.\n" % (staff(r, "RN"), doc.t())
    elif L == 3:
        t = "Lab Results - %s\n%s  MRN %s\n\nComponent | Value | Ref Range | Flag\n" % (doc.hospital, doc.name(2), doc.mrn)
        for n, vs, f, u, rr in rows:
            t += "%s | %s %s | %s | %s\n" % (n, vs, u, rr, f or "-")
        t += "\nResulted: %s %s\nPerformed at: %s\n" % (doc.d(), doc.t(), doc.hospital + " Main Lab")
    elif L == 4:
        org = r.choice(["Staphylococcus aureus (MSSA)", "Escherichia coli", "Pseudomonas aeruginosa", "Mixed skin flora", "Enterococcus faecalis"])
        src = r.choice(["Wound, right foot", "Urine, clean catch", "Urine, catheter", "Wound, sacrum", "Sputum"])
        t = "%s\nMICROBIOLOGY\n\n%s\nSource: %s   Collected: %s\nOrdering: %s\n\nGram stain: %s\n\nCulture: %s\n  %s\n\nSusceptibility (MIC):\n" % (
            lab, demo_block(r, doc, 1), src, coll, ordp, r.choice(["Many PMNs, moderate gram positive cocci in clusters", "Few PMNs, gram negative rods", "No organisms seen"]),
            r.choice(["Heavy growth", ">100,000 CFU/mL", "Moderate growth"]), org)
        for ab in pick(r, ["Cefazolin", "Ciprofloxacin", "Clindamycin", "Doxycycline", "Nitrofurantoin", "Trimethoprim/Sulfa", "Vancomycin", "Ampicillin", "Ceftriaxone"], 6):
            t += "  %-20s %-6s %s\n" % (ab, r.choice(["<=0.5", "1", "2", ">=16", "<=10", "4"]), r.choice(["S", "S", "S", "R", "I"]))
        t += "\nFINAL %s\n" % doc.d(doc.dd(3))
    elif L == 5:
        inr = r.uniform(1.4, 4.2)
        t = "%s\nPT/INR - Point of Care\n\nPatient: %s\nDate: %s\nDevice: CoaguChek XS  Strip lot %d\nPT: %.1f sec\nINR: %.1f   (Therapeutic range 2.0-3.0)\nWarfarin dose: %s mg daily\nReported to: %s by phone %s\nNew orders: %s\n\n%s" % (
            doc.agency, doc.name(1), doc.d(), r.randint(100000, 999999), inr * 12.1, inr, r.choice(["2.5", "5", "3", "5 alt 2.5"]), ordp, doc.t(),
            r.choice(["no change, recheck 1 week", "hold x1 dose, then resume", "increase to 5 mg M/W/F", "recheck Monday"]), sig_block(r, staff(r, "RN"), doc.d(), 2))
    else:
        t = "%s  %s\n\n%s\n%s\n" % (lab, r.choice(["Cumulative Report", "Lab Summary", "Results Review"]), demo_block(r, doc, 2), "Date:            " + " ".join(doc.dd(-7 * i).strftime("%m/%d/%y").rjust(8) for i in (2, 1, 0)))
        for n, vs, f, u, rr in rows:
            try:
                base = float(vs)
            except ValueError:
                base = 1.0
            fm = "%8.1f" if "." in vs else "%8.0f"
            t += "%-16s %s %s %8s %s %s\n" % (n, fm % (base * r.uniform(0.85, 1.15)), fm % (base * r.uniform(0.9, 1.1)), vs, f, u)
    return furnish(r, doc, t, lab)


PROB_TEXT = {
    "Hypertension": ["BP controlled on home regimen.", "Antihypertensives held for soft pressures, resume as tolerated.", "BP elevated on admission, improved with pain control."],
    "Atrial fibrillation": ["Rate controlled. Anticoagulation discussed; risks outweigh benefits given fall risk.", "Continue rate control; CHA2DS2-VASc %d." ],
    "CKD stage 3": ["Creatinine near baseline. Avoid nephrotoxins, renally dose medications."],
    "Type 2 diabetes": ["Sliding scale insulin while inpatient; A1c reviewed.", "Hold metformin, resume at discharge."],
    "Depression": ["Continue SSRI. Mood stable.", "Patient tearful; chaplain and SW offered."],
    "Anemia of CKD": ["Hgb stable, no transfusion needed."],
    "Osteoporosis": ["Continue calcium/vitamin D; outpatient bisphosphonate discussion."],
    "Hypothyroidism": ["Continue levothyroxine; TSH within normal limits."],
}


def problem_paras(r, doc, n=3):
    out = []
    for p in pick(r, doc.c["pmh"], n):
        txt = r.choice(PROB_TEXT.get(p, ["Stable, continue home regimen.", "Chronic, no acute issues this admission.", "Monitored; no changes made.", "Not addressed this visit."]))
        if "%d" in txt:
            txt = txt % r.randint(3, 6)
        out.append(r.choice(["# %s: %s", "%s - %s", "%s: %s"]) % (p, txt))
    return "\n".join(out)


def full_exam(r, doc, v=None):
    v = v or vitals(r, doc.ck)
    ex = doc.c["exam"]
    sysl = [("Constitutional", r.choice(["Elderly, frail, in no acute distress", "Chronically ill appearing", "Alert, cooperative, mildly dyspneic"])),
            ("HEENT", "Scleral icterus, dry mucous membranes" if doc.ck == "pancca" else r.choice(["Normocephalic, atraumatic. Oropharynx clear.", "Dry mucous membranes. Poor dentition.", "EOMI, PERRL."])),
            ("Neck", r.choice(["Supple, no lymphadenopathy", ex[0] if doc.ck == "chf" else "No JVD", "No thyromegaly"])),
            ("Respiratory", ex[1] if doc.ck in ("chf", "copd") else r.choice(["Clear to auscultation bilaterally", "Diminished at bases", "Coarse breath sounds right base" if doc.ck == "pna" else "Unlabored"])),
            ("Cardiovascular", r.choice(["Regular rate and rhythm, no murmurs", "Irregularly irregular", "S1 S2 normal, 2/6 SEM at RUSB"])),
            ("Abdomen", "Distended with fluid wave, RUQ tender" if doc.ck == "pancca" else ex[1] if doc.ck == "colonca" else r.choice(["Soft, nontender, normoactive bowel sounds", "Soft, mildly distended, nontender"])),
            ("Extremities", ex[-1] if doc.ck in ("chf", "tka") else r.choice(["No edema, no cyanosis", "Trace bilateral ankle edema", "Warm, well perfused"])),
            ("Skin", ex[0] if doc.ck in ("dfu", "hipfx") else r.choice(["Warm and dry, no rashes", "Ecchymoses bilateral forearms", "Thin, fragile skin"])),
            ("Neuro", ex[0] if doc.ck in ("cva", "dementia", "parkinson") else r.choice(["Alert and oriented x3, no focal deficits", "Oriented to person and place", "Nonfocal"])),
            ("Psych", r.choice(["Appropriate mood and affect", "Flat affect", "Anxious", "Calm"]))]
    st = r.randint(0, 2)
    head = "Vitals: T %s  BP %s  HR %d  RR %d  SpO2 %d%%  Wt %d lb" % (v["T"], v["BP"], v["HR"], v["RR"], v["SpO2"], v["Wt"])
    if st == 0:
        return head + "\n" + "\n".join("%s: %s" % kv for kv in sysl)
    if st == 1:
        return head + "\n" + "\n".join("  %s: %s." % (k.upper(), v_) for k, v_ in sysl)
    return head + ". " + " ".join("%s: %s." % kv for kv in sysl)


def lab_block(r, doc):
    rows = lab_rows(r, doc, r.choice([["CBC", "BMP"], ["CBC", "BMP", "HEPATIC"], ["BMP", "MISC"], ["CBC", "BMP", "MISC"]]))
    st = r.randint(0, 2)
    if st == 0:
        return "\n".join("%-16s %s %s%s" % (n, vs, u, " (" + f + ")" if f else "") for n, vs, f, u, rr in rows)
    if st == 1:
        return ", ".join("%s %s%s" % (n, vs, "*" if f else "") for n, vs, f, u, rr in rows)
    return "\n".join("  " + "; ".join("%s %s" % (n, vs) for n, vs, f, u, rr in rows[i:i + 4]) for i in range(0, len(rows), 4))


# ----------------------------------------------------------------------------
# imaging_report
# ----------------------------------------------------------------------------
EXTRA_STUDIES = [
    ("ECHOCARDIOGRAM, TRANSTHORACIC", "chf", "Left ventricle is dilated with severe global hypokinesis. LVEF estimated %d%%. Grade III diastolic dysfunction. Moderate functional mitral regurgitation. RVSP %d mmHg. Small pericardial effusion.",
     "Severe LV systolic dysfunction."),
    ("VENOUS DUPLEX, LOWER EXTREMITY", "tka", "Compression and color Doppler of the common femoral, femoral, popliteal and calf veins. %s",
     "No evidence of deep venous thrombosis."),
    ("NM WHOLE BODY BONE SCAN", "lungca", "Multiple foci of increased radiotracer uptake in the thoracic spine, right ribs and pelvis, %d lesions total. %s",
     "Widespread osseous metastatic disease."),
    ("MODIFIED BARIUM SWALLOW", "dementia", "Delayed oral transit. Penetration with thin liquids and aspiration with %d of %s trials, silent.",
     "Severe oropharyngeal dysphagia with silent aspiration of thin liquids."),
    ("ABDOMINAL ULTRASOUND, LIMITED", "pancca", "Moderate volume ascites, deepest pocket %d cm. %s",
     "Moderate ascites, suitable for paracentesis."),
]


def gen_imaging_report(r):
    if r.random() < 0.3:
        st = r.choice(EXTRA_STUDIES)
        doc = Doc(r, None, st[1])
        fill = {"ECHO": (r.randint(15, 30), r.randint(38, 60)), "VENO": ("Veins fully compressible with normal phasic flow and augmentation.",),
                "NM W": (r.randint(4, 12), "No pathologic fracture on correlative imaging."), "MODI": (r.randint(2, 4), "5"), "ABDO": (r.randint(6, 12), "Marked to the left lower quadrant.")}[st[0][:4]]
        study, findings, impr = st[0], st[2] % fill, st[3]
    else:
        doc = Doc(r)
        study, findings, impr = doc.c["img"]
    rad = doctor(r, "Radiology" if "ECHO" not in study else "Cardiology")
    L = r.randint(0, 6)
    ind = r.choice([doc.c["short"], r.choice(doc.c["sx"]), doc.c["hosp"], "f/u " + doc.c["short"]])
    comp = r.choice(["None available.", "%s." % doc.d(doc.dd(-r.randint(30, 700))), "Prior study dated %s." % doc.d(doc.dd(-r.randint(30, 700))), "No prior studies for comparison."])
    tech = r.choice(["Standard protocol.", "Portable technique.", "Axial images with sagittal and coronal reformats.", "Images obtained in the patient's home by mobile unit." if "CHEST" in study or "HIP" in study or "KNEE" in study or "FOOT" in study else "Routine protocol."])
    if L == 0:
        t = "%s\nDEPARTMENT OF RADIOLOGY\n\n%s\nExam: %s\nDate of exam: %s\nOrdering physician: %s\nAccession: %d\n\nCLINICAL HISTORY: %s\n\nCOMPARISON: %s\n\nTECHNIQUE: %s\n\nFINDINGS:\n%s\n\nIMPRESSION:\n%s\n\n%s" % (
            doc.hospital.upper(), demo_block(r, doc, 1), study, doc.d(), drn(doc.pcp), r.randint(1000000, 9999999), ind, comp, tech, wrap(findings), impr, sig_block(r, drn(rad), doc.d(), 0))
    elif L == 1:
        t = "%s\n\n%s: %s\n\nHISTORY: %s\n\n%s\n\nIMPRESSION: %s\n\nDictated by %s  %s\nTranscribed %s" % (
            doc.name(0), study, doc.d(), ind, wrap(findings), impr, drn(rad), doc.d(), doc.d())
    elif L == 2:
        co = r.choice(["MobileX Imaging Services", "Portable Diagnostic Imaging LLC", "HomeRad Mobile X-Ray"])
        t = "%s\n%s\n\nPatient: %s  DOB: %s\nFacility/Location: %s\nReferring: %s\nDate of service: %s\n\n%s\n\nReason: %s\n\nReport: %s\n\nImpression:\n1. %s\n\n%s" % (
            co, r.choice(["Mobile Radiology Report", "Portable X-ray Report", ""]), doc.name(2), doc.dob_s(), r.choice(["Residence", r.choice(SNFS), "Assisted living"]),
            drn(doc.pcp), doc.d(), study, ind, wrap(findings), impr, sig_block(r, drn(rad), doc.d(), r.choice([0, 4])))
    elif L == 3:
        t = "EXAM: %s\nDATE: %s\nINDICATION: %s\nCOMPARISON: %s\nFINDINGS: %s\nIMPRESSION: %s\n\n%s\n%s" % (
            study, doc.d(), ind, comp, findings, impr, drn(rad), doc.hospital)
    elif L == 4:
        t = "%s\n%s\n\nPROCEDURE: %s\nReason for exam: %s\n\nReport:\n%s\n\nConclusion:\n%s\n\n%s\n\nThis report was electronically signed. Preliminary results were communicated to %s at %s." % (
            letterhead(r, r.choice(["Advanced Imaging of " + doc.town, doc.hospital + " Imaging Center", "Valley Open MRI & CT"])), demo_block(r, doc, 5), study, ind, wrap(findings), impr,
            sig_block(r, drn(rad), doc.d(), 0), r.choice(["Dr. " + doc.pcp["name"].split()[-1], "the ordering office"]), doc.t())
    elif L == 5:
        t = "%s\nRADIOLOGY REPORT - FINAL\n%s\n\n%s\n\nCLINICAL INDICATION: %s. %s\nTECHNIQUE: %s\n\n%s\n\nIMPRESSION:\n%s\n\nCritical result: %s\n\n%s" % (
            doc.hospital, "-" * 40, demo_block(r, doc, 3), ind.capitalize(), r.choice(["", "Pain.", "Evaluate."]), tech, wrap(findings), impr, r.choice(["No", "N/A", "No"]),
            sig_block(r, drn(rad), doc.d(), r.choice([0, 2])))
    else:
        t = "%s  %s  %s\n\n%s\n\n%s\n\nIMP: %s\n\nRead by: %s" % (doc.name(2), doc.mrn, doc.d(), study, wrap(findings), impr, drn(rad))
    return furnish(r, doc, t, doc.hospital)


# ----------------------------------------------------------------------------
# ecg_report
# ----------------------------------------------------------------------------
def gen_ecg_report(r):
    doc = Doc(r)
    rhythm = r.choice(["Normal sinus rhythm", "Sinus bradycardia", "Sinus tachycardia", "Atrial fibrillation with controlled ventricular response",
                       "Atrial fibrillation with rapid ventricular response", "Sinus rhythm with first degree AV block", "Sinus rhythm with PACs"])
    if doc.ck == "chf" and r.random() < 0.5:
        rhythm = "Atrial fibrillation with controlled ventricular response"
    hr = {"Normal sinus rhythm": r.randint(62, 96), "Sinus bradycardia": r.randint(44, 58), "Sinus tachycardia": r.randint(102, 128)}.get(rhythm, r.randint(64, 132) if "fibr" in rhythm else r.randint(60, 92))
    if "rapid" in rhythm:
        hr = r.randint(112, 146)
    pr = "---" if "fibr" in rhythm else str(r.randint(206, 280) if "first" in rhythm else r.randint(130, 198))
    qrs = r.randint(80, 150)
    qt = r.randint(360, 460)
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    axis = r.randint(-45, 95)
    extras = pick(r, ["Left axis deviation" if axis < -30 else "Normal axis", "Left bundle branch block" if qrs > 120 else "Nonspecific intraventricular conduction delay" if qrs > 110 else "",
                      "Low voltage QRS", "Q waves in inferior leads, consider old inferior infarct", "Nonspecific ST and T wave abnormality", "Left ventricular hypertrophy with repolarization abnormality",
                      "Poor R wave progression"], r.randint(1, 3))
    extras = [e for e in extras if e]
    interp = [rhythm] + extras
    overall = r.choice(["Abnormal ECG", "Borderline ECG", "ABNORMAL ECG"]) if extras else r.choice(["Normal ECG", "Otherwise normal ECG"])
    md = doctor(r, "Cardiology")
    L = r.randint(0, 5)
    if L == 0:
        t = "%s\n%s  ID:%s   %s %s\n%s   %d yr\n\nVent. rate      %d BPM\nPR interval     %s ms\nQRS duration    %d ms\nQT/QTc          %d/%d ms\nP-R-T axes      %s %d %d\n\n%s\n%s\n\n%s\nConfirmed by %s (%d) on %s\n" % (
            doc.hospital.upper(), doc.name(0), doc.mrn, doc.d(), doc.t(), "Male" if doc.sex == "M" else "Female", doc.age, hr, pr, qrs, qt, qtc,
            "***" if pr == "---" else str(r.randint(20, 70)), axis, r.randint(-20, 120), "\n".join(interp), overall,
            r.choice(["When compared with ECG of %s, no significant change was found" % doc.d(doc.dd(-r.randint(30, 600))), "No previous ECGs available", "Rate faster than prior"]),
            drn(md), r.randint(1000, 9999), doc.d(doc.dd(1)))
    elif L == 1:
        t = "12-LEAD ELECTROCARDIOGRAM INTERPRETATION\n\n%s\nDate: %s\nIndication: %s\n\nRate: %d  Rhythm: %s\nIntervals: PR %s, QRS %d, QTc %d\nAxis: %d degrees\n\nInterpretation: %s.\n\n%s" % (
            demo_block(r, doc, 1), doc.d(), r.choice(["pre-operative", "palpitations", "syncope", "dyspnea", doc.c["short"]]), hr, rhythm.lower(), pr, qrs, qtc, axis,
            "; ".join(interp) + ". " + overall, sig_block(r, drn(md), doc.d(), 0))
    elif L == 2:
        t = "%s\n\nEKG - %s\n\n%s. HR %d. %s. %s\n\n-- %s" % (
            doc.name(2), doc.d(), rhythm, hr, ", ".join(extras) or "No acute ST changes", r.choice(["Compared to prior: unchanged.", "No prior.", "New since last tracing."]), drn(md))
    elif L == 3:
        t = "%s\nCardiology Services\n\nRESTING ECG REPORT\nPatient: %s  MRN: %s  Age/Sex: %d%s\nRequested by: %s\nLocation: %s\n\nMeasurements:\n  HR %d bpm | PR %s | QRSd %d | QT %d | QTc(Bazett) %d | Axis %d\n\nComputer interpretation (unconfirmed): %s\n\nPhysician over-read: %s\n\n%s" % (
            doc.hospital, doc.name(2), doc.mrn, doc.age, doc.sex, drn(doc.pcp), r.choice(["ED", "4 West", "Clinic", "Pre-op"]), hr, pr, qrs, qt, qtc, axis,
            " / ".join(interp), r.choice(["Agree with computer interpretation.", "Agree.", "Atrial fibrillation confirmed; artifact in V1-V2." if "fibr" in rhythm else "Agree, no acute changes."]),
            sig_block(r, drn(md), doc.d(), r.choice([0, 4])))
    elif L == 4:
        t = "%s\nMobile Cardiac Services - in-home ECG\n\nName: %s   DOB: %s\nOrdering: %s   Performed at: residence\nTech: %s\n\nFindings: %s\nRate %d, PR %s, QRS %d, QT/QTc %d/%d\n\nRead by: %s  %s" % (
            r.choice(["HeartLine Mobile Diagnostics", "Portable Diagnostic Imaging LLC"]), doc.name(1), doc.dob_s(), drn(doc.pcp), staff(r, "CCT"), "; ".join(interp), hr, pr, qrs, qt, qtc, drn(md), doc.d(doc.dd(1)))
    else:
        t = "%s  %s  %s\n25mm/s 10mm/mV 150Hz  %s\n\nI     aVR   V1   V4\nII    aVL   V2   V5\nIII   aVF   V3   V6\nII (rhythm strip)\n\n%d BPM  %s  %d  %d/%d  %s %d %s\n\n%s\n%s\nUnconfirmed report" % (
            doc.name(0), doc.dob_s(), doc.d(), r.choice(["MAC 5500", "ELI 250", "PageWriter TC50"]), hr, pr, qrs, qt, qtc, "--", axis, "--", "\n".join(interp), overall)
    return furnish(r, doc, t, doc.hospital)


# ----------------------------------------------------------------------------
# medication_list
# ----------------------------------------------------------------------------
def gen_medication_list(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    meds = doc.meds
    if L == 0:
        t = "%s\n%s\n\n%s\nAllergies: %s\nPharmacy: %s  %s\nPhysician: %s\n\n%-34s %-14s %-8s %-18s %-6s %s\n" % (
            ag_head(r, doc), r.choice(["MEDICATION PROFILE", "Patient Medication Profile", "Medication Profile - Start of Care", "Drug Regimen Review"]),
            demo_block(r, doc, 0), ", ".join(doc.allergies), r.choice(PHARMS), phone(r), drn(doc.pcp), "MEDICATION", "DOSE", "ROUTE", "FREQUENCY", "N/C", "START")
        for m in meds:
            t += "%-34s %-14s %-8s %-18s %-6s %s\n" % (m["name"][:34], m["dose"][:14], m["route"][:8], m["freq"][:18], r.choice(["N", "C", "U", ""]), doc.d(doc.dd(-r.randint(0, 400))))
        t += "\nDrug regimen review completed: %s   Potential interactions/issues identified: %s\nPhysician notified: %s\n\n%s" % (
            r.choice(["Yes", "yes"]), r.choice(["None", "Duplicate therapy - two stool softeners", "Lorazepam + opioid: sedation risk, monitored", "No"]),
            r.choice(["N/A", "Yes, " + doc.d(), "Faxed for review"]), sig_block(r, staff(r, "RN"), doc.d(), 2))
    elif L == 1:
        doc.setting = "hospice"
        meds = doc.meds
        t = "%s\nHOSPICE MEDICATION PROFILE\n%s   Admit date: %s\nTerminal dx: %s\n\nRelated to terminal dx / covered by hospice:\n" % (doc.agency, doc.name(2), doc.d(), doc.c["dx"])
        for m in meds[:4]:
            t += "  [X] %s\n" % doc.medline(m, 1)
        t += "\nUnrelated / not covered (patient responsibility):\n"
        for m in meds[4:] or [M("Multivitamin", "1 tab", "PO", "daily")]:
            t += "  [ ] %s\n" % doc.medline(m, 1)
        t += "\nComfort kit (in home): morphine 20 mg/mL, lorazepam 0.5 mg, haloperidol 0.5 mg, atropine 1%% drops, bisacodyl supp, acetaminophen 650 mg supp\nDiscontinued: %s\n\nReviewed with %s (%s). %s" % (
            r.choice(["atorvastatin, aspirin", "metformin", "donepezil", "none"]), doc.cg_name, doc.cg_rel, sig_block(r, staff(r, "RN"), doc.d(), r.choice([0, 2])))
    elif L == 2:
        t = "%s\n%s\n\n%s\n\n" % (doc.hospital, r.choice(["Medication Reconciliation - Discharge", "DISCHARGE MEDICATION RECONCILIATION", "Home Medication List at Discharge"]), demo_block(r, doc, 5))
        for m in meds:
            act = r.choice(["CONTINUE", "CONTINUE", "NEW", "CHANGED", "CONTINUE"])
            t += "%s  %s\n     %s %s %s   Last dose: %s\n" % (act.ljust(9), m["name"], m["dose"], m["route"], m["freq"], r.choice(["today AM", "today", "---", doc.d()]))
        for s in pick(r, ["Ibuprofen 400 mg PRN", "Glipizide 5 mg daily", "Diphenhydramine 25 mg HS", "Aspirin 325 mg daily"], r.randint(0, 2)):
            t += "STOP       %s\n" % s
        t += "\nReconciled by: %s  %s\n" % (drn(doctor(r, "Hospitalist")), doc.d())
    elif L == 3:
        t = "%s\n%s  %s\n\nCurrent Outpatient Medications\n" % (doc.clinic, doc.name(2), doc.d())
        for m in meds:
            t += "- %s %s %s, Disp: %d, Rfl: %d\n" % (m["name"], m["dose"], m["freq"], r.choice([30, 60, 90, 180]), r.randint(0, 5))
        t += "\nPatient reports taking as prescribed. %s\n" % r.choice(["Uses pill organizer filled by daughter.", "Some doses missed.", "Pharmacy blister packs.", ""])
    elif L == 4:
        t = "%s\nMy Medicines\n\nName %s\nDoctor %s\n\n" % (r.choice(["", "Keep this list with you"]), doc.name(3), doc.pcp["name"])
        for m in meds:
            t += "%s %s - %s %s\n" % (m["name"].lower(), m["dose"], r.choice(["1 pill", "take", ""]), m["freq"].replace("BID", "2x a day").replace("daily", "every morning"))
        t += "\n%s" % r.choice(["allergic to %s" % doc.allergies[0], "Updated %s" % doc.d(), ""])
    elif L == 5:
        ph = r.choice(PHARMS)
        t = "%s\n%s\nPATIENT MEDICATION HISTORY REPORT\nPeriod: %s - %s\n\n%s\n\nRx#      Fill Date   Drug                          Qty  Days  Prescriber\n" % (
            ph.upper(), letterhead(r, ph), doc.d(doc.dd(-180)), doc.d(), demo_block(r, doc, 1))
        for m in meds:
            for _ in range(r.randint(1, 3)):
                t += "%-8d %-11s %-29s %-4d %-5d %s\n" % (r.randint(1000000, 9999999), doc.dd(-r.randint(0, 180)).strftime("%m/%d/%y"), (m["name"] + " " + m["dose"])[:29], r.choice([30, 60, 90]), 30, doc.pcp["name"].split()[-1])
    else:
        t = "Medication Administration Record\n%s   %s\nMonth: %s\n\n" % (doc.name(0), r.choice(SNFS), doc.date.strftime("%B %Y"))
        for m in meds[:5]:
            t += "%s %s %s %s\n   %s\n" % (m["name"], m["dose"], m["route"], m["freq"], " ".join(r.choice(["ab", "jk", "tm", "R", "H"]) for _ in range(r.randint(8, 16))))
        t += "\nCodes: R=refused H=held   Initials/Signature: %s\n" % staff(r, "LPN")
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# prescription
# ----------------------------------------------------------------------------
def gen_prescription(r):
    doc = Doc(r)
    md = r.choice([doc.pcp, doctor(r, "Hospice and Palliative Medicine"), doctor(r)])
    m = r.choice(doc.meds)
    qty = r.choice([14, 28, 30, 60, 90, 120])
    dea = "%s%s%07d" % (r.choice("ABFM"), md["name"].split()[-1][0], r.randint(0, 9999999))
    L = r.randint(0, 6)
    if L == 0:
        t = "%s\n%s\n%s\nNPI %s   DEA %s\n\nName: %s    DOB: %s\nAddress: %s, %s %s\nDate: %s\n\nRx\n%s %s\nSig: %s %s %s\nDisp: #%d (%s)\nRefills: %s\n\n[ ] Dispense as written    [X] Substitution permitted\n\n______________________ %s" % (
            md["name"] + ", " + md["cred"], r.choice([doc.clinic, "Hospice Medical Director"]), "%s, %s" % (doc.ag_town, doc.ag_state), md["npi"], dea,
            doc.name(1), doc.dob_s(), doc.street, doc.town, doc.state, doc.d(), m["name"], m["dose"], r.choice(["Take", "Give", "Use"]), m["route"], m["freq"], qty,
            num_words(qty), r.choice(["0", "1", "2", "PRN x1 yr", "NR"]), md["cred"])
    elif L == 1:
        t = "%s\nE-PRESCRIPTION CONFIRMATION\n\nTransmitted to: %s  Phone %s\nDate/Time: %s %s\nPrescriber: %s (NPI %s)\n\nPatient: %s  DOB %s\n\nMedication: %s %s\nDirections: %s %s\nQuantity: %d   Days supply: %d   Refills: %d\nNote to pharmacist: %s\n\nStatus: %s" % (
            doc.clinic, r.choice(PHARMS), phone(r), doc.d(), doc.t(), drn(md), md["npi"], doc.name(2), doc.dob_s(), m["name"], m["dose"], m["route"], m["freq"], qty, r.choice([7, 14, 30, 90]),
            r.randint(0, 5), r.choice(["Hospice patient - please deliver", "Patient on home health", "None", "Please package in blister pack"]), r.choice(["Accepted by pharmacy", "Sent", "Transmitted successfully"]))
    elif L == 2:
        doc.setting = "hospice"
        t = "%s\nHOSPICE COMFORT PACK / EMERGENCY KIT ORDER\nRx to: %s  Fax %s\n\n%s\nHospice dx: %s\n\n" % (doc.agency, "Hospice Rx Partners", phone(r), demo_block(r, doc, 0), doc.c["dx"])
        kit = ["Morphine sulfate oral concentrate 20 mg/mL, 30 mL: 5 mg (0.25 mL) SL q1h PRN pain or dyspnea",
               "Lorazepam 0.5 mg tab #10: 1 tab SL/PO q4h PRN anxiety or agitation",
               "Haloperidol 0.5 mg tab #10: 1 tab PO/SL q4h PRN nausea, delirium",
               "Atropine 1% ophthalmic solution 5 mL: 2 drops SL q4h PRN secretions",
               "Prochlorperazine 25 mg suppository #6: 1 PR q12h PRN nausea", "Bisacodyl 10 mg suppository #6: 1 PR daily PRN no BM x 3 days",
               "Acetaminophen 650 mg suppository #10: 1 PR q6h PRN fever/pain"]
        for i, k in enumerate(pick(r, kit, r.randint(4, 7))):
            t += "%d. %s\n" % (i + 1, k)
        t += "\nPrescriber: %s   DEA %s\nSignature ___________________   Date %s\n" % (drn(md), dea, doc.d())
    elif L == 3:
        item = r.choice(["Semi-electric hospital bed with half rails", "Oxygen concentrator 5 L with portable E tanks, 2 L/min continuous via NC", "Rolling walker, adult",
                         "Standard wheelchair 18\" with elevating leg rests", "Alternating pressure mattress overlay", "3-in-1 bedside commode", "Shower chair with back", "Hoyer lift with full body sling"])
        t = "%s\n\nDME PRESCRIPTION / DETAILED WRITTEN ORDER\n\nPatient: %s   DOB: %s   Medicare ID: %s\nItem: %s\nHCPCS: %s\nDiagnosis: %s (%s)\nLength of need: %s\nStart date: %s\n%s\nPhysician: %s   NPI %s\n\nSignature: ______________________  Date: ________" % (
            letterhead(r, doc.clinic), doc.name(1), doc.dob_s(), doc.medicare_id, item, r.choice(["E0260", "E1390", "E0143", "K0001", "E0277", "E0165", "E0240", "E0630"]), doc.c["dx"], doc.c["icd"],
            r.choice(["99 months (lifetime)", "12 months", "6 months"]), doc.d(), ("O2 sat on RA at rest: %d%%, tested %s" % (r.randint(82, 88), doc.d())) if "Oxygen" in item else "",
            drn(md), md["npi"])
    elif L == 4:
        t = "%s  %s\n%s\n\nFor: %s          Age: %d\nAddress: %s\nDate: %s\n\nR/ %s %s  #%s\n   %s %s %s\n\nRefill %s times\n\nDr. %s\nLic# %s" % (
            md["name"].split()[-1].upper(), md["cred"], r.choice([doc.clinic, doc.hospital]), doc.name(3), doc.age, doc.street + ", " + doc.town, doc.d(), m["name"], m["dose"], qty,
            r.choice(["i", "1", "one"]), m["route"].lower(), m["freq"], r.choice(["0", "1", "2", "3"]), md["name"], "%s%06d" % (doc.state, r.randint(0, 999999)))
    elif L == 5:
        ctrl = r.choice(["Oxycodone IR 5 mg tablet", "Morphine sulfate ER 15 mg tablet", "Hydromorphone 2 mg tablet", "Lorazepam 0.5 mg tablet"])
        t = "%s\nCONTROLLED SUBSTANCE PRESCRIPTION\n\n%s\nDOB: %s\n%s\n\n%s\nSig: 1 tab by mouth every %s\nQuantity: %d (%s) tablets\nNo refills\n\nICD-10: %s\nPDMP checked: %s\n\nPrescriber: %s\nDEA: %s   NPI: %s\nDate issued: %s\n\n(Security features: void pantograph, microprint border)" % (
            doc.clinic, doc.name(1), doc.dob_s(), doc.street + ", " + doc.town + ", " + doc.state, ctrl,
            "12 hours for pain (do not crush)" if "ER" in ctrl else ("6-8 hours as needed for anxiety" if "Lorazepam" in ctrl else "%d hours as needed for %s" % (r.choice([4, 6]), r.choice(["pain", "severe pain", "moderate to severe pain"]))), qty,
            num_words(qty), doc.c["icd"], r.choice(["Yes", "yes " + doc.d()]), drn(md), dea, md["npi"], doc.d())
    else:
        t = "%s\nFax Rx Request to Prescriber\n\nFrom: %s\nTo: %s  Fax %s\n\nPatient: %s  DOB %s\nRequested: %s %s %s %s  Qty %d\nLast filled %s\n\n[ ] Approved  refills: ___   [ ] Denied   [ ] Needs appointment\n\nPrescriber signature ________________ Date ______" % (
            r.choice(PHARMS), r.choice(PHARMS), drn(md), phone(r), doc.name(2), doc.dob_s(), m["name"], m["dose"], m["route"], m["freq"], qty, doc.d(doc.dd(-r.randint(20, 90))))
    return furnish(r, doc, t, doc.clinic)


def num_words(n):
    words = {14: "fourteen", 28: "twenty-eight", 30: "thirty", 60: "sixty", 90: "ninety", 120: "one hundred twenty"}
    return words.get(n, str(n))


# ----------------------------------------------------------------------------
# correspondence
# ----------------------------------------------------------------------------
def gen_correspondence(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    sal = r.choice(["Dear Dr. %s:", "Dear Dr. %s,", "Dr. %s -"]) % doc.pcp["name"].split()[-1]
    close = r.choice(["Sincerely,", "Respectfully,", "Thank you,", "Best regards,", "Warm regards,"])
    if L == 0:
        t = "%s\n\n%s\n\n%s\n%s\n\n%s\n\n%s\n\n%s\n\n%s" % (
            ag_head(r, doc), doc.d(), drn(doc.pcp), doc.clinic, sal,
            wrap("This letter is to update you on your patient %s (DOB %s), who is receiving %s services from our agency. Over the past %d weeks %s. %s We will continue per the current plan of care and will notify you of any significant change." % (
                doc.name(3), doc.dob_s(), "hospice" if doc.setting == "hospice" else "skilled home health", r.randint(1, 6),
                r.choice(["%s has shown steady improvement" % doc.he, "%s has had a gradual decline in function" % doc.he, "weights have been stable", "%s has been hospitalized once" % doc.he]),
                r.choice(["Vital signs have remained within parameters.", "We recommend a medication review at the next office visit.", "The family has expressed appreciation for your care."]))),
            close, sig_block(r, staff(r, r.choice(["RN, Clinical Manager", "RN, Director of Nursing", "RN, Case Manager"])), doc.d(), 5))
    elif L == 1:
        spec = doctor(r, CONSULT_SPEC[doc.ck])
        t = "%s\n\n%s\n\n%s\n%s\n\nRE: %s\nDOB: %s\nDate of visit: %s\n\n%s\n\n%s\n\n%s\n\n%s\n\ncc: %s" % (
            letterhead(r, r.choice(CLINICS)), doc.d(), drn(doc.pcp), doc.clinic, doc.name(1), doc.dob_s(), doc.d(doc.dd(-r.randint(1, 10))), sal,
            wrap("I had the pleasure of seeing %s in follow-up today for %s. %s On exam, %s. My impression is that %s is %s. I have %s. I will see %s again in %d months." % (
                doc.name(3), doc.c["short"], r.choice(doc.c["sx"]).capitalize() + ".", r.choice(doc.c["exam"]), doc.he, r.choice(["stable", "slowly declining", "improving"]),
                r.choice(["made no changes to the medications", "adjusted " + doc.meds[0]["name"].lower(), "recommended referral to home health", "discussed hospice as an option"]),
                doc.him, r.randint(1, 6))), close, drn(spec), doc.agency)
    elif L == 2:
        t = "%s\n\n%s\n\n%s\n%s\n%s, %s %s\n\nDear %s,\n\n%s\n\n%s\n\n%s" % (
            ag_head(r, doc), doc.d(), doc.cg_name, doc.street, doc.town, doc.state, doc.zip, doc.cg_name.split()[0],
            wrap(r.choice(["On behalf of all of us at %s, please accept our heartfelt sympathy on the death of your loved one, %s. It was a privilege to care for %s. In the coming months our bereavement team will mail information and will call to check in on you. Please know that support groups are held on the second Tuesday of each month at our office." % (doc.agency, doc.first, doc.him),
                           "We are writing to let you know that %s will be discharged from our services effective %s because %s. You have the right to an expedited review; see enclosed notice." % (doc.name(3), doc.d(doc.dd(2)), r.choice(["goals have been met", "the patient no longer meets eligibility criteria"])),
                           "This is a reminder that the annual memorial service will be held on %s at %s. You and your family are welcome." % (doc.d(doc.dd(30)), r.choice(["First Methodist Church", "our office", "the community center"]))])),
            close, staff(r, r.choice(["Bereavement Coordinator", "MSW", "Executive Director", "RN, Administrator"])))
    elif L == 3:
        t = "%s\n\n%s\n\nTo Whom It May Concern:\n\n%s\n\n%s\n\n%s\n%s" % (
            letterhead(r, doc.clinic), doc.d(),
            wrap("%s (DOB %s) is under my care for %s. Due to %s medical condition %s %s %s. Please %s." % (
                doc.name(1), doc.dob_s(), doc.c["short"], doc.his, doc.he, r.choice(["is unable to serve on jury duty", "is unable to travel at this time", "requires a caregiver at home", "is homebound"]),
                r.choice(["", "for the foreseeable future"]), r.choice(["excuse " + doc.him, "contact my office with any questions", "accept this letter as documentation"]))),
            close, drn(doc.pcp), doc.clinic)
    elif L == 4:
        t = "From: %s\nSent: %s %s\nTo: %s\nSubject: %s\n\n%s\n\n%s" % (
            staff(r, "RN"), doc.d(), doc.t(), drn(doc.pcp), r.choice(["Patient update - " + doc.last, "FYI " + doc.name(2), "Re: visit today"]),
            wrap("Dr. %s, just wanted to let you know %s. %s Please advise if you want any changes. Thanks." % (
                doc.pcp["name"].split()[-1], r.choice(["BP has been running %s" % vitals(r)["BP"], "wound is improving", "family is requesting a hospice evaluation", "weight up %d lb this week" % r.randint(2, 5)]),
                r.choice(doc.c["sx"]).capitalize() + ".")), staff(r, "RN"))
    elif L == 5:
        t = "%s\n\n%s\n\n%s\n\nRe: %s  DOB %s  Medicare ID %s\n\n%s\n\n%s\n\n%s" % (
            letterhead(r, doc.clinic), doc.d(), r.choice(["Medical Review Department", "Utilization Review", "Appeals Unit, " + doc.payer[0]]), doc.name(1), doc.dob_s(), doc.medicare_id,
            wrap("I am writing in support of continued %s for my patient. %s has %s with %s. Without these services %s is at high risk for rehospitalization. I respectfully request reconsideration of the denial dated %s." % (
                r.choice(["home health services", "hospice care", "coverage of oxygen"]), doc.name(3), doc.c["dx"].lower(), "; ".join(pick(r, doc.c["exam"], 2)), doc.he, doc.d(doc.dd(-r.randint(5, 40))))),
            close, drn(doc.pcp))
    else:
        t = "%s\nPatient Letter\n\n%s\n\nDear %s %s,\n\n%s\n\n%s\n%s" % (
            doc.clinic, doc.d(), doc.Mr, doc.last, wrap(r.choice(["Your recent lab results were reviewed. Your %s was %s. %s" % (
                r.choice(["kidney function", "blood count", "A1c"]), r.choice(["stable", "slightly abnormal", "improved"]), "No changes are needed at this time."),
                "We have been trying to reach you to schedule your follow-up appointment. Please call our office.", "Your home health agency has informed us that you have completed therapy. Congratulations!"])),
            close, drn(doc.pcp))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# consent_form
# ----------------------------------------------------------------------------
def sign_lines(r, doc, witness=True):
    s = "\n\n______________________________  Date: %s\nPatient or Legal Representative\n" % r.choice([doc.d(), "__________"])
    if r.random() < 0.5:
        s += "Printed name: %s   Relationship: %s\n" % r.choice([(doc.name(3), "self"), (doc.cg_name, doc.cg_rel), (doc.cg_name, "POA (%s)" % doc.cg_rel)])
    if witness:
        s += "\n______________________________  Date: %s\n%s\n" % (doc.d(), r.choice(["Witness", "Agency Representative", "Staff Signature / Title"]))
    return s


def gen_consent_form(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    if L == 0:
        doc.setting = "hospice"
        t = "%s\n\n%s\n\n%s\n\n" % (ag_head(r, doc), r.choice(["HOSPICE ELECTION STATEMENT", "Election of Medicare Hospice Benefit", "Hospice Benefit Election / Consent", "NOTICE OF ELECTION"]), demo_block(r, doc, 3))
        t += wrap("I, %s, elect to receive hospice care from %s under the Medicare/Medicaid hospice benefit effective %s. I have been given a full explanation of hospice care, and I understand that the care is palliative rather than curative and is directed at the relief of pain and symptoms related to my terminal illness (%s) and related conditions.\n\nI understand that by electing hospice I waive all rights to Medicare payment for services related to my terminal illness except those provided by the designated hospice or my attending physician. I may revoke this election at any time in writing.\n\nMy attending physician is: %s.\n\nI acknowledge that I have been informed of my right to request a written list of items, drugs and services that the hospice has determined are unrelated to my terminal illness (Patient Notification of Hospice Non-covered Items, Services and Drugs)." % (
            doc.name(3), doc.agency, doc.d(), doc.c["dx"].lower(), drn(doc.pcp)))
        t += sign_lines(r, doc)
    elif L == 1:
        doc.setting = "hh"
        items = ["CONSENT FOR TREATMENT: I consent to home health services as ordered by my physician, including skilled nursing, therapy and aide services.",
                 "RELEASE OF INFORMATION: I authorize the agency to release information to my physician, insurers and others involved in my care.",
                 "ASSIGNMENT OF BENEFITS: I assign payment of Medicare and other insurance benefits directly to the agency.",
                 "PATIENT RIGHTS: I have received a copy of the Patient Rights and Responsibilities and the agency complaint process (hotline %s)." % phone(r),
                 "OASIS: I have received the notice about privacy of my OASIS information.",
                 "EMERGENCY PLAN: I have been instructed on the emergency preparedness plan and my priority level (%d)." % r.randint(1, 3),
                 "FINANCIAL: I understand my estimated financial responsibility is $%d.00." % r.choice([0, 0, 20, 40])]
        t = "%s\n%s\n\nPatient: %s   MR# %s\n\n" % (doc.agency, r.choice(["Admission Consent and Agreement", "CONSENT FOR HOME HEALTH SERVICES", "Patient Service Agreement", "Form HH-102"]), doc.name(2), doc.mrn)
        for i, it in enumerate(pick(r, items, r.randint(4, 7))):
            t += "%d. %s  Initials: ____\n\n" % (i + 1, wrap(it))
        t += sign_lines(r, doc)
    elif L == 2:
        proc = r.choice([s["name"] for s in SURGERIES] + [p["name"] for p in PROCS])
        md = doctor(r)
        t = "%s\n%s\n\n%s\n\n" % (doc.hospital, r.choice(["CONSENT FOR OPERATION OR PROCEDURE", "Informed Consent for Surgical/Invasive Procedure", "AUTHORIZATION FOR PROCEDURE"]), demo_block(r, doc, 0))
        t += wrap("1. I authorize %s and such assistants as may be selected to perform the following procedure: %s.\n\n2. The nature and purpose of the procedure, possible alternative methods of treatment, the risks involved, and the possibility of complications have been explained to me. Risks include but are not limited to: %s.\n\n3. I consent to the administration of anesthesia/sedation as deemed advisable.\n\n4. I consent to the disposal of any tissue removed.\n\n5. I %s consent to the administration of blood products if needed." % (
            drn(md), proc, r.choice(["bleeding, infection, damage to nearby structures, need for further surgery, blood clots, death", "pneumothorax, bleeding, infection, re-accumulation of fluid", "pain, infection, failure to relieve symptoms"]),
            r.choice(["DO", "DO NOT"])))
        t += sign_lines(r, doc) + "\nPhysician attestation: I have explained the procedure.  ___________________ %s\n" % drn(md)
        if r.random() < 0.4:
            t += "Interpreter used: %s  ID# %d\n" % (r.choice(["Spanish", "none", "Vietnamese", "ASL"]), r.randint(1000, 9999))
    elif L == 3:
        t = "%s\nConsent for Transfusion of Blood or Blood Products\n\n%s\n\n%s%s" % (doc.hospital, demo_block(r, doc, 1), wrap(
            "I have been told that I may need a transfusion of blood or blood products. My physician has explained the reasons, the risks (such as fever, allergic reaction, and rarely transmission of infection), the benefits and the alternatives, including the option of refusing. This consent is valid for this admission / for a series of outpatient transfusions for up to %d months." % r.choice([3, 6, 12])),
            sign_lines(r, doc))
    elif L == 4:
        t = "%s\n%s\n\n%s\n\n%s%s" % (doc.agency, r.choice(["CONSENT FOR PHOTOGRAPHY - WOUND DOCUMENTATION", "Photo/Video Consent", "Consent to Photograph"]), demo_block(r, doc, 5), wrap(
            "I consent to photographs of my wound(s) being taken by agency staff for the purpose of documenting my condition and progress and communicating with my physician. Photographs will be stored in my secure medical record and will not be used for any other purpose without my written permission. I may withdraw this consent at any time."), sign_lines(r, doc, False))
    elif L == 5:
        t = "%s\nTelehealth / Remote Patient Monitoring Consent\n\nName: %s   DOB: %s\n\n%s\n\n[ ] I agree   [ ] I do not agree%s" % (
            doc.agency, doc.name(1), doc.dob_s(), wrap("You are being offered a remote monitoring device (scale, blood pressure cuff, pulse oximeter) that sends readings to our nurses daily. Readings are reviewed Monday-Friday during business hours. This is not an emergency service; call 911 in an emergency. The equipment must be returned at discharge. There is no charge to you."),
            sign_lines(r, doc))
    else:
        t = "%s\n\nANESTHESIA CONSENT\n\n%s  %s\n\nPlanned anesthesia: %s\n\n%s\n%s" % (
            doc.hospital, doc.name(2), doc.d(), r.choice(["General", "Spinal/epidural", "Monitored anesthesia care (sedation)", "Regional block"]),
            wrap("I understand that anesthesia involves risks including sore throat, hoarseness, damage to teeth, nausea, headache, nerve injury, awareness, allergic reaction, heart attack, stroke, brain damage and death. Alternative methods have been explained. No guarantees have been made."), sign_lines(r, doc))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# referral_letter
# ----------------------------------------------------------------------------
def gen_referral_letter(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    ref = r.choice([doc.pcp, doctor(r, "Hospitalist"), doctor(r, CONSULT_SPEC[doc.ck])])
    svc = "hospice" if doc.setting == "hospice" else "home health"
    if L == 0:
        t = "%s\n%s\n\nDate: %s\nTo: %s   Fax: %s\nFrom: %s\n\n%s\n\nServices requested: %s\nDiagnosis: %s (%s)\nReason for referral: %s\nHomebound: %s\nAllergies: %s\nCode status: %s\nContact: %s (%s) %s\n\nAttached: %s\n\n%s" % (
            doc.clinic if ref is doc.pcp else doc.hospital, r.choice(["REFERRAL FOR HOME HEALTH SERVICES" if svc == "home health" else "HOSPICE REFERRAL", "Referral Form", "Outgoing Referral"]),
            doc.d(), doc.agency, doc.ag_fax, drn(ref), demo_block(r, doc, 1),
            r.choice(["SN, PT, OT, HHA", "SN eval and treat, PT", "Hospice evaluation and admit", "SN for wound care, PT"]) if svc == "home health" else "Hospice evaluation and admission if appropriate",
            doc.c["dx"], doc.c["icd"], r.choice(doc.c["teach"]), r.choice(["Yes", "Y"]), ", ".join(doc.allergies), r.choice(["DNR", "Full code"]), doc.cg_name, doc.cg_rel, phone(r),
            r.choice(["H&P, med list, face sheet", "Discharge summary and orders", "Last 2 office notes", "Insurance card copy"]), sig_block(r, drn(ref), doc.d(), r.choice([1, 2])))
    elif L == 1:
        spec = doctor(r, CONSULT_SPEC[doc.ck])
        t = "%s\n\n%s\n\n%s\n%s\n\nRe: %s, DOB %s\n\nDear Dr. %s,\n\n%s\n\nCurrent medications: %s.\n\nThank you for seeing this patient.\n\nSincerely,\n\n%s" % (
            letterhead(r, doc.clinic), doc.d(), drn(spec), r.choice(CLINICS), doc.name(1), doc.dob_s(), spec["name"].split()[-1],
            wrap("I am referring %s, a %d-year-old with %s, for your evaluation and management. %s %s I would appreciate your recommendations regarding %s." % (
                doc.name(3), doc.age, doc.c["short"], hpi(r, doc, True), r.choice(doc.c["sx"]).capitalize() + " has been a concern.", r.choice(["further management", "prognosis", "whether additional therapy is indicated"]))),
            ", ".join(m["name"] + " " + m["dose"] for m in doc.meds), drn(doc.pcp))
    elif L == 2:
        t = "%s\nCase Management / Discharge Planning\n\nPOST-ACUTE REFERRAL\n\nSent via: %s\nTo: %s\nRequested start of care: %s\n\nPatient: %s  Room %d  DOB %s\nInsurance: %s  ID %s\nAnticipated discharge: %s\nDischarge address: %s, %s\n\nClinical summary: %s\n\nSkilled needs: %s\nF2F completed by: %s\nCase manager: %s  Phone %s" % (
            doc.hospital, r.choice(["fax", "Allscripts Care Portal", "electronic referral", "phone + fax"]), doc.agency, doc.d(doc.dd(1)), doc.name(2), r.randint(200, 680), doc.dob_s(), doc.payer[0], doc.medicare_id,
            doc.d(), doc.street, doc.town, wrap(hpi(r, doc, True) + " " + hospital_course(r, doc)), "; ".join(pick(r, doc.c["teach"], 2)), drn(doctor(r, "Hospitalist")),
            staff(r, r.choice(["RN, CCM", "LCSW"])), phone(r))
    elif L == 3:
        t = "Phone referral taken %s %s\n\nCaller: %s (%s)\nPt: %s  DOB %s  Phone %s\nAddress: %s, %s %s\nMD: %s\nDx: %s\nIns: %s\nRequest: %s\nNotes: %s\n\nIntake: %s" % (
            doc.d(), doc.t(), r.choice([doc.cg_name, staff(r, "RN, case manager"), "office of " + drn(doc.pcp)]), r.choice([doc.cg_rel, "hospital", "MD office"]), doc.name(2), doc.dob_s(), doc.phone,
            doc.street, doc.town, doc.state, drn(doc.pcp), doc.c["short"], doc.payer[0], r.choice(["hospice eval", "SOC SN/PT", "info visit", "re-admit to HH"]),
            r.choice(["Family wants pt to stay home", "Pt has dog in home", "Call daughter to schedule", "Needs O2 delivery first"]), staff(r, "Intake Coordinator"))
    elif L == 4:
        t = "%s\n\nReferral to Palliative Care / Hospice\n\n%s\n\nReason for referral (check all that apply):\n  [X] Serious illness: %s\n  [%s] Frequent hospitalizations\n  [%s] Uncontrolled symptoms\n  [%s] Goals of care discussion\n  [%s] Hospice eligibility evaluation\n\nPrognostic indicators: %s\n\nPatient/family aware of referral: %s\n\nReferring provider: %s  %s" % (
            doc.clinic, demo_block(r, doc, 5), doc.c["dx"], r.choice("X "), r.choice("X "), r.choice("X "), r.choice("X "), "; ".join(doc.c["terminal"] or doc.c["sx"][:2]),
            r.choice(["Yes", "Yes - daughter", "Not yet"]), drn(ref), doc.d())
    elif L == 5:
        t = "%s\n\n%s\n\n%s\n\nDear Colleague,\n\n%s\n\n%s" % (
            letterhead(r, doc.agency), doc.d(), "Re: " + doc.name(1),
            wrap("Our skilled nurse visiting %s has noted %s. We are requesting a referral for %s. Please sign the attached order if you agree." % (
                doc.name(3), r.choice(doc.c["exam"]), r.choice(["outpatient wound clinic evaluation", "podiatry", "cardiology follow-up", "palliative care consultation", "speech therapy swallow study"]))),
            sig_block(r, staff(r, "RN, Case Manager"), doc.d(), 5))
    else:
        t = "REFERRAL\n%s -> %s\n%s\nDx %s %s\nPriority: %s\nAuth #: %s\nNotes: %s\n%s" % (
            doc.clinic, r.choice(CLINICS), demo_block(r, doc, 5), doc.c["icd"], doc.c["short"], r.choice(["Routine", "Urgent", "Within 2 weeks"]), r.choice(["pending", "%d" % r.randint(10000000, 99999999), "not required"]),
            r.choice(doc.c["sx"]), sig_block(r, drn(ref), doc.d(), 0))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# advance_directive
# ----------------------------------------------------------------------------
def gen_advance_directive(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    agent = doc.cg_name
    alt = "%s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(LAST))
    if L == 0:
        t = "%s\n\n%s\n\n" % (r.choice(["LIVING WILL DECLARATION", "Declaration of a Desire for a Natural Death", "Directive to Physicians", "STATUTORY FORM"]), "State of " + doc.state)
        t += wrap("I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below.\n\nIf at any time I should have an incurable and irreversible condition caused by injury, disease or illness that my attending physician determines will result in death within a relatively short time, or if I am permanently unconscious, I direct that life-prolonging procedures be withheld or withdrawn, and that I be permitted to die naturally with only the administration of medication or procedures necessary to provide comfort.\n\nArtificially provided nutrition and hydration: %s\n\nIn the absence of my ability to give directions, it is my intention that this declaration be honored by my family and physicians as the final expression of my legal right to refuse medical treatment." % (
            doc.name(3), r.choice(["[X] I do not want  [ ] I want", "I DO NOT want tube feeding.", "[ ] I do not want  [X] I want for a trial period only"])))
        t += "\n\nSigned this %d day of %s, %d.\n\n______________________________\n%s\n%s, %s\n\nWITNESSES: The declarant is personally known to me and signed in my presence. I am not related by blood or marriage.\n\n_______________________  _______________________\n\nNOTARY: Subscribed and sworn before me on %s.  ________________ My commission expires %s" % (
            doc.date.day, doc.date.strftime("%B"), doc.date.year, doc.name(3), doc.town, doc.state, doc.d(), doc.d(doc.dd(1200)))
    elif L == 1:
        t = "%s\n\n" % r.choice(["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "Health Care Power of Attorney", "APPOINTMENT OF HEALTH CARE AGENT", "Medical Power of Attorney"])
        t += wrap("I, %s, of %s, %s, designate the following individual as my agent to make health care decisions for me if I am unable to make my own decisions:\n\nAgent: %s   Relationship: %s   Phone: %s\n\nAlternate agent: %s   Phone: %s\n\nMy agent is authorized to consent to, refuse, or withdraw any care, treatment, service or procedure, including life-sustaining treatment, to choose my physicians and facilities including hospice, and to have access to my medical records.\n\nSpecial instructions: %s\n\nThis power of attorney becomes effective upon my incapacity as determined by my attending physician." % (
            doc.name(3), doc.town, doc.state, agent, doc.cg_rel, phone(r), alt, phone(r),
            r.choice(["I do not want to be kept alive on machines if there is no reasonable hope of recovery.", "I wish to die at home if possible.", "None.", "I would like a priest to be called."])))
        t += "\n\n__________________________ Date %s\nPrincipal\n\nWitness 1 ____________________  Witness 2 ____________________" % doc.d()
    elif L == 2:
        t = "%s\nOUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER\n%s\n\nPatient name: %s\nDate of birth: %s   Sex: %s\n\n" % (
            "STATE OF " + doc.state, r.choice(["Form EMS-DNR-1", "Department of Health - Emergency Medical Services", ""]), doc.name(1), doc.dob_s(), doc.sex)
        t += wrap("I, the undersigned, being the patient or the patient's legal representative, direct that in the event of cardiac or respiratory arrest, no cardiopulmonary resuscitation (chest compressions, defibrillation, intubation, assisted ventilation or cardiac medications) be initiated by emergency medical services personnel or other health care providers. Comfort measures will be provided.")
        t += "\n\nPatient/representative signature ___________________ Date %s\n\nPhysician statement: I am the attending physician. The patient has a terminal condition: %s.\nPhysician: %s   License # %s   Phone %s\nSignature ______________________ Date %s\n\n%s" % (
            doc.d(), doc.c["dx"], drn(doc.pcp), "%s-%06d" % (doc.state, r.randint(0, 999999)), phone(r), doc.d(),
            r.choice(["KEEP THIS ORIGINAL WITH THE PATIENT. Photocopies are valid.", "POST ON REFRIGERATOR", "Bracelet issued: Y"]))
    elif L == 3:
        form = r.choice(["POLST", "MOLST", "POST", "MOST", "Physician Orders for Life-Sustaining Treatment"])
        a = r.choice(["[X] Attempt Resuscitation/CPR  [ ] Do Not Attempt Resuscitation/DNR", "[ ] Attempt Resuscitation/CPR  [X] Do Not Attempt Resuscitation/DNR (Allow Natural Death)"])
        b = r.choice(["[X] Comfort Measures Only", "[X] Limited Additional Interventions", "[X] Full Treatment"] if "[X] Attempt" in a else ["[X] Comfort Measures Only", "[X] Limited Additional Interventions"])
        t = "HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROVIDERS AS NECESSARY\n%s - %s\n\nLast name: %s   First: %s   DOB: %s\n\nSection A - CARDIOPULMONARY RESUSCITATION (patient has no pulse and is not breathing):\n%s\n\nSection B - MEDICAL INTERVENTIONS (patient has pulse and/or is breathing):\n%s\nAdditional orders: %s\n\nSection C - ARTIFICIALLY ADMINISTERED NUTRITION:\n%s\n\nSection D - DISCUSSED WITH: [%s] Patient  [%s] Health care agent/%s\n\nPhysician/NP/PA: %s  Phone %s\nSignature _______________ Date %s\n\nPatient or representative signature _______________\n\nSEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED" % (
            form, doc.state, doc.last, doc.first, doc.dob_s(), a, b, r.choice(["none", "no hospital transfer unless comfort needs cannot be met", "antibiotics for comfort only"]),
            r.choice(["[X] No artificial nutrition by tube", "[X] Long-term artificial nutrition by tube", "[X] Defined trial period of artificial nutrition by tube"]),
            r.choice("X "), r.choice("X "), doc.cg_rel, drn(r.choice([doc.pcp, doctor(r, "Hospice and Palliative Medicine")])), phone(r), doc.d())
    elif L == 4:
        t = "%s\nADVANCE DIRECTIVE ACKNOWLEDGEMENT\n\n%s\n\n" % (doc.agency, demo_block(r, doc, 3))
        opts = ["I have a Living Will", "I have a Durable Power of Attorney for Health Care", "I have an Out-of-Hospital DNR", "I have a POLST/MOLST",
                "I do not have an advance directive and have received written information", "I wish to execute an advance directive"]
        for o in opts:
            t += "[%s] %s\n" % (r.choice(["X", " ", " "]), o)
        t += "\nCopy provided to agency: %s\nLocation of documents in home: %s\nHealth care agent: %s (%s) %s\n\nI understand that care will not be conditioned on whether I have executed an advance directive.\n%s" % (
            r.choice(["Yes", "No - family to locate", "Yes, in chart"]), r.choice(["refrigerator", "kitchen drawer", "with daughter", "folder by bed"]), agent, doc.cg_rel, phone(r), sign_lines(r, doc))
    elif L == 5:
        t = "%s\n\nCode Status Order / Goals of Care Documentation\n\n%s\nDate: %s\n\nCode status: %s\nDecision made by: %s\nCapacity: %s\n\n%s\n\n%s" % (
            doc.hospital, demo_block(r, doc, 0), doc.d(), r.choice(["DNR/DNI - Comfort care", "DNR - Selective treatment", "DNR/DNI"]), r.choice(["patient", "HCPOA " + agent]),
            r.choice(["patient has capacity", "patient lacks capacity; surrogate used"]),
            wrap("Discussed prognosis of %s with patient and %s. Patient values comfort and being at home. Patient would not want CPR, intubation or ICU transfer. Living will and POA on file." % (doc.c["short"], doc.cg_rel)),
            sig_block(r, drn(doctor(r, "Hospitalist")), doc.d(), 0))
    else:
        t = "MY HEALTH CARE WISHES\n\nName: %s\n\n1. The person I want to make care decisions for me when I can't: %s (%s)\n\n2. The kind of medical treatment I want or don't want: %s\n\n3. How comfortable I want to be: %s\n\n4. How I want people to treat me: %s\n\n5. What I want my loved ones to know: %s\n\nSigned: ______________  Date: %s\nWitnessed: ______________  ______________" % (
            doc.name(3), agent, doc.cg_rel, r.choice(["No life support machines if I am dying.", "No feeding tube. No CPR.", "Try treatment but stop if it is not helping."]),
            r.choice(["I want medicine for pain even if it makes me sleepy.", "Keep my lips and mouth moist."]), r.choice(["I want to be at home with my dog.", "I want music and my family around."]),
            r.choice(["I love you all. Don't fight.", "I am at peace.", "Take care of your mother."]), doc.d())
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# immunization_record
# ----------------------------------------------------------------------------
VACCINES = [("Influenza, high-dose quadrivalent", "Fluzone High-Dose", "SAN", "90662"), ("Influenza, adjuvanted", "Fluad", "SEQ", "90694"),
            ("Pneumococcal conjugate PCV20", "Prevnar 20", "PFR", "90677"), ("Pneumococcal polysaccharide PPSV23", "Pneumovax 23", "MSD", "90732"),
            ("Pneumococcal conjugate PCV13", "Prevnar 13", "PFR", "90670"), ("Tdap", "Boostrix", "SKB", "90715"), ("Td", "Tenivac", "PMC", "90714"),
            ("Zoster recombinant", "Shingrix", "SKB", "90750"), ("Zoster live", "Zostavax", "MSD", "90736"), ("Hepatitis B", "Engerix-B", "SKB", "90746"),
            ("COVID-19 mRNA", "Pfizer-BioNTech", "PFR", "91300"), ("COVID-19 mRNA", "Moderna", "MOD", "91301"), ("RSV, adjuvanted", "Arexvy", "SKB", "90679")]


def vacc_hist(r, doc):
    out = []
    first = {"90677": 2022, "90670": 2012, "90750": 2018, "90736": 2006, "91300": 2021, "91301": 2021, "90679": 2023, "90694": 2016, "90662": 2010}
    avail = [v for v in VACCINES if first.get(v[3], 1995) <= doc.date.year]
    for _ in range(r.randint(3, 9)):
        v = r.choice(avail)
        y = r.randint(max(2000, doc.date.year - 15, first.get(v[3], 1995)), doc.date.year)
        if v[3] == "90736" and y > 2020:
            y = r.randint(2006, 2020)
        if "COVID" in v[0] and y < 2021:
            y = r.randint(2021, max(2021, doc.date.year))
        if "RSV" in v[0]:
            y = max(y, 2023)
        if "PCV20" in v[0]:
            y = max(y, 2022)
        if "Zostavax" in v[1]:
            y = min(y, 2019)
        d = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        if d > doc.date:
            d = doc.date
        out.append((d, v, "%s%d%s" % (r.choice(["U", "EK", "FL", "A", "3"]), r.randint(1000, 99999), r.choice(["A", "", "B", "AA"])), r.choice(["L deltoid", "R deltoid", "LD", "RD"])))
    out.sort(key=lambda x: x[0])
    return out


def gen_immunization_record(r):
    doc = Doc(r)
    hist = vacc_hist(r, doc)
    L = r.randint(0, 6)
    if L == 0:
        t = "%s IMMUNIZATION INFORMATION SYSTEM\nOfficial Immunization Record\n\n%s\nAddress: %s, %s %s\nPrinted: %s\n\nVACCINE                               DATE        DOSE  PROVIDER\n" % (
            doc.state, demo_block(r, doc, 2), doc.street, doc.town, doc.state, doc.d())
        for d, v, lot, site in hist:
            t += "%-37s %-11s %-5s %s\n" % (v[0][:37], d.strftime("%m/%d/%Y"), r.choice(["1", "2", "B", "--"]), r.choice([doc.clinic, r.choice(PHARMS), doc.agency])[:28])
        t += "\nRecommended / due: %s\n\nThis record is from the state registry and may not be complete." % r.choice(["Influenza (seasonal)", "Tdap/Td", "None at this time", "COVID-19 updated dose"])
    elif L == 1:
        t = "%s\nVaccine Administration Record\n\n%s\n\nScreening: %s\nVIS given: %s   VIS date: %s\n\n" % (doc.clinic, demo_block(r, doc, 0),
                                                                                                  r.choice(["no contraindications", "Reviewed, no fever, no prior reactions", "Egg allergy - none"]), r.choice(["Yes", "yes"]), doc.d(doc.dd(-r.randint(100, 900))))
        d, v, lot, site = hist[-1]
        t += "Vaccine: %s (%s)\nCVX/CPT: %s\nManufacturer: %s\nLot #: %s   Exp: %s\nDose: 0.5 mL IM  Site: %s\nAdministered by: %s   Date: %s\nObserved 15 min, no reaction.\n" % (
            v[0], v[1], v[3], v[2], lot, doc.d(doc.dd(r.randint(60, 400))), site, staff(r, r.choice(["RN", "LPN", "MA"])), doc.d())
    elif L == 2:
        doc.setting = "hh"
        t = "%s\nImmunization Status (OASIS)\n\n%s  SOC %s\n\nM1041 Influenza vaccine data collection period: %s\nM1046 Influenza vaccine received: %s\nM1051 Pneumococcal vaccine ever received: %s\nM1056 Reason PPV not received: %s\n\nOther immunizations reported by patient/family:\n" % (
            doc.agency, doc.name(2), doc.d(), r.choice(["0 - No", "1 - Yes"]), r.choice(["1 - Yes; received from your agency during this episode", "2 - Yes; received from your agency during a prior episode",
                                                                                      "3 - Yes; received from another health care provider", "4 - No; patient offered and declined"]),
            r.choice(["0 - No", "1 - Yes"]), r.choice(["--", "1 - Offered and declined", "3 - Not indicated"]))
        for d, v, lot, site in hist[:4]:
            t += "  %s  %s (per %s)\n" % (d.strftime("%Y"), v[0], r.choice(["patient", doc.cg_rel, "PCP records"]))
    elif L == 3:
        hist = [h for h in hist if "COVID" in h[1][0]] or [(dt.date(2021, r.randint(1, 12), r.randint(1, 28)), VACCINES[10], "EW%04d" % r.randint(0, 9999), "L deltoid")]
        t = "COVID-19 Vaccination Record Card\nPlease keep this record card, which includes medical information about the vaccines you have received.\n\n%s   %s   %s\nLast name  First name  MI\nDate of birth: %s   Patient number (medical record or IIS record number): %s\n\nVaccine      Product Name/Manufacturer   Date       Healthcare Professional or Clinic Site\n" % (
            doc.last, doc.first, doc.mi, doc.dob_s(), doc.mrn)
        for i, (d, v, lot, site) in enumerate(hist[:4]):
            t += "%s Dose    %s Lot %s   %s   %s\n" % (["1st", "2nd", "Other", "Other"][i], v[1], lot, d.strftime("%m/%d/%y"), r.choice(PHARMS + [doc.clinic]))
    elif L == 4:
        t = "%s\n%s  DOB %s\n\nImmunization History\n" % (doc.clinic, doc.name(2), doc.dob_s())
        for d, v, lot, site in hist:
            t += "- %s: %s%s\n" % (v[0], d.strftime("%m/%d/%Y"), r.choice(["", " (historical)", ", lot " + lot, ", " + site]))
        t += "\nDeclined: %s\n" % r.choice(["none", "Shingrix - cost", "influenza this season", "COVID booster"])
    elif L == 5:
        ph = r.choice(PHARMS)
        t = "%s\nIMMUNIZATION CERTIFICATE / NOTIFICATION TO PRIMARY CARE PROVIDER\n\nTo: %s   Fax %s\n\nYour patient %s (DOB %s) received the following at our pharmacy:\n\n" % (ph, drn(doc.pcp), phone(r), doc.name(1), doc.dob_s())
        d, v, lot, site = hist[-1]
        t += "%s  %s  Lot %s  %s  %s\nPharmacist: %s\nReported to state IIS: Yes\n" % (doc.d(), v[1], lot, site, "0.5 mL IM", staff(r, "RPh"))
    else:
        doc.setting = "hospice"
        t = "%s\nEmployee? No - PATIENT\nSeasonal Influenza Vaccine Documentation\n\nPatient %s   MR %s\nDate: %s\n\n[%s] Vaccine given in home by hospice RN\n[%s] Patient declined\n[%s] Already received this season (where: %s)\n\nLot %s   Site %s   Signature %s" % (
            doc.agency, doc.name(2), doc.mrn, doc.d(), r.choice("X "), r.choice(" X"), r.choice(" X"), r.choice(["pharmacy", "PCP", "--"]), hist[-1][2], hist[-1][3], staff(r, "RN"))
        t = t.replace("Employee? No - PATIENT\n", "" if r.random() < 0.7 else "Employee? No - PATIENT\n")
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# registration_form
# ----------------------------------------------------------------------------
def gen_registration_form(r):
    doc = Doc(r)
    L = r.randint(0, 5)
    emp = r.choice(["Retired", "Disabled", "Retired - self-employed"])
    mar = r.choice(["Widowed", "Married", "Divorced", "Single"])
    rel = r.choice(["Baptist", "Catholic", "Methodist", "Lutheran", "None", "Jewish", "Non-denominational"])
    race = r.choice(["White", "Black or African American", "Hispanic/Latino", "Asian", "American Indian", "Declined"])
    if L == 0:
        t = "%s\nFACE SHEET\n\nPatient Name: %s          MRN: %s   Acct: %d\nAddress: %s\n         %s, %s %s\nPhone: %s   DOB: %s   Age: %d   Sex: %s\nMarital: %s   Race: %s   Religion: %s   Language: %s\nSSN: XXX-XX-%04d\n\nAdmit Date: %s %s   Admit Type: %s   Service: %s\nAttending: %s\nPCP: %s\n\nGUARANTOR: %s   Rel: %s\nEMERGENCY CONTACT: %s (%s) %s\n\nPRIMARY INSURANCE: %s   Policy: %s   Group: %s\nSECONDARY: %s\n\nAdmitting Dx: %s" % (
            doc.hospital.upper(), doc.name(0), doc.mrn, r.randint(10000000, 99999999), doc.street, doc.town, doc.state, doc.zip, doc.phone, doc.dob_s(), doc.age, doc.sex, mar, race, rel,
            r.choice(["English", "Spanish", "English"]), r.randint(0, 9999), doc.d(), doc.t(), r.choice(["Emergency", "Elective", "Urgent"]), r.choice(["MED", "ORTH", "SURG", "HOSP"]),
            drn(doctor(r, "Hospitalist")), drn(doc.pcp), r.choice(["Self", doc.cg_name]), r.choice(["Self", doc.cg_rel]), doc.cg_name, doc.cg_rel, phone(r), doc.payer[0], doc.medicare_id,
            r.choice(["--", "%d" % r.randint(1000, 99999)]), r.choice(["AARP Medicare Supplement", "Medicaid", "None", "Mutual of Omaha Plan G"]), doc.c["hosp"])
    elif L == 1:
        t = "%s\n%s\n\n" % (doc.agency, r.choice(["INTAKE / REFERRAL FORM", "Patient Admission Information", "Client Registration", "Referral Intake Sheet"]))
        t += "Referral date: %s    Source: %s\nPatient: %s   DOB: %s   Sex: %s\nAddress: %s, %s, %s %s\nDirections: %s\nPhone: %s\nLives: %s\nPrimary caregiver: %s (%s) %s\n\nPrimary payer: %s   ID: %s\nSecondary payer: %s\nEligibility verified: %s by %s\n\nAttending MD: %s  NPI %s  Phone %s  Fax %s\nPrimary Dx: %s  %s\nServices: %s\nPets in home: %s   Smoker in home: %s   O2: %s\nFirearms in home: %s" % (
            doc.d(), r.choice([doc.hospital, doc.clinic, "Family", r.choice(SNFS)]), doc.name(2), doc.dob_s(), doc.sex, doc.street, doc.town, doc.state, doc.zip,
            r.choice(["2nd house past church on left, gravel drive", "Apt 3B, buzzer broken - call first", "Blue trailer behind main house", "Take CR 9 to mailbox with red flag"]),
            doc.phone, r.choice(["alone", "with spouse", "with " + doc.cg_rel]), doc.cg_name, doc.cg_rel, phone(r), doc.payer[0], doc.medicare_id,
            r.choice(["none", "Medicaid", "Medigap Plan F"]), doc.d(), r.choice(["Availity", "phone", "CWF/HETS"]), drn(doc.pcp), doc.pcp["npi"], phone(r), phone(r), doc.c["dx"], doc.c["icd"],
            r.choice(["SN/PT/OT/HHA", "Hospice - RN/HHA/MSW/Chap", "SN/PT", "SN only"]), r.choice(["dog", "2 cats", "none"]), r.choice(["No", "Yes - son"]), r.choice(["No", "Yes 2L"]), r.choice(["Declined to answer", "No", "Yes - locked"]))
    elif L == 2:
        t = "%s\nPATIENT REGISTRATION\nPlease print clearly\n\nLast name: %s   First: %s   MI: %s\nDate of birth: %s   Sex: [%s] M [%s] F\nStreet: %s\nCity/State/Zip: %s %s %s\nHome phone: %s   Cell: %s\nEmail: %s\nPreferred pharmacy: %s\nEmployer: %s\n\nEmergency contact: %s   Relationship: %s   Phone: %s\n\nINSURANCE\nPrimary: %s   Member ID: %s\nSubscriber: %s\n\nHow did you hear about us? %s\n\nSignature ___________________  Date %s" % (
            doc.clinic, doc.last, doc.first, doc.mi, doc.dob_s(), "X" if doc.sex == "M" else " ", "X" if doc.sex == "F" else " ", doc.street, doc.town, doc.state, doc.zip, doc.phone,
            r.choice(["--", phone(r)]), r.choice(["none", "%s%s%d@example.net" % (doc.first[0].lower(), doc.last.lower(), r.randint(1, 99))]), r.choice(PHARMS), emp, doc.cg_name, doc.cg_rel, phone(r),
            doc.payer[0], doc.medicare_id, r.choice(["self", doc.cg_name]), r.choice(["Hospital", "Friend", "Doctor referral", ""]), doc.d())
    elif L == 3:
        t = "%s\n\nDEMOGRAPHICS\n%s\n\nName............ %s\nDOB............. %s\nAge............. %d\nGender.......... %s\nAddress......... %s %s %s\nPhone........... %s\nMarital status.. %s\nLanguage........ %s\nInterpreter..... %s\nReligion........ %s\nFuneral home.... %s Funeral Home\nDPOA............ %s\n\nPAYER\n%s / %s\n\nADMISSION\nAdmit date: %s   Level of care: %s\nTeam: %s" % (
            doc.agency, "-" * 30, doc.name(2), doc.dob_s(), doc.age, "Male" if doc.sex == "M" else "Female", doc.street, doc.town, doc.state, doc.phone, mar,
            r.choice(["English", "Spanish"]), r.choice(["No", "N"]), rel, r.choice(LAST), doc.cg_name, doc.payer[0], doc.medicare_id, doc.d(),
            r.choice(["Routine home care", "General inpatient", "Continuous care", "Respite"]), r.choice(["North", "Team 2", "Blue", "East County"]))
    elif L == 4:
        t = "%s  Registration Update\n%s\n\nField            Old value               New value\nAddress          %s, %s   %s, %s\nPhone            %s          %s\nInsurance        %s     %s\n\nChanged by: %s   %s" % (
            doc.hospital, demo_block(r, doc, 5), doc.street, doc.town, addr(r)[0], doc.town, phone(r), doc.phone, r.choice(PAYERS)[0], doc.payer[0], r.choice(["reg01", "ADMIT3", "jwilson"]), doc.d())
    else:
        t = "%s\nOutpatient Encounter Form\n\nPt: %s  DOB %s  MRN %s\nVisit: %s  Dept: %s  Prov: %s\nIns: %s  ID %s  Copay $%d\nPt portion collected: $%d  [cash/check/card]\nHIPAA NPP given: %s   Consent on file: %s   AD on file: %s\nReg clerk: %s" % (
            doc.hospital, doc.name(2), doc.dob_s(), doc.mrn, doc.d(), r.choice(["IMAGING", "LAB", "CARDIOPULM", "INFUSION"]), drn(doc.pcp), doc.payer[0], doc.medicare_id, r.choice([0, 20, 35]),
            r.choice([0, 20]), r.choice(["Y", "N"]), r.choice(["Y", "Y", "N"]), r.choice(["Y", "N"]), r.choice(["KM", "TLW", "reg04"]))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# insurance_card
# ----------------------------------------------------------------------------
def gen_insurance_card(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    name = "%s %s %s" % (doc.first.upper(), doc.mi, doc.last.upper())
    if L in (0, 1):
        if doc.date.year >= 2018 or L == 0:
            if doc.date.year < 2018:
                doc.date = dt.date(r.randint(2018, 2024), r.randint(1, 12), r.randint(1, 28))
            t = "MEDICARE HEALTH INSURANCE\n\nName/Nombre\n%s\n\nMedicare Number/Numero de Medicare\n%s\n\nEntitled to/Con derecho a        Coverage starts/Cobertura empieza\nHOSPITAL (PART A)                 %s\nMEDICAL (PART B)                  %s\n" % (
                name, doc.mbi, doc.dob.replace(year=doc.dob.year + 65).strftime("%m-01-%Y"), doc.dob.replace(year=doc.dob.year + 65).strftime("%m-01-%Y"))
            if r.random() < 0.6:
                t += "\n[BACK]\nSign here: ______________\nQuestions: 1-800-%03d-%04d  TTY 1-877-%03d-%04d" % (r.randint(200, 999), r.randint(0, 9999), r.randint(200, 999), r.randint(0, 9999)) + "\nShow this card to your health care providers. Keep your Medicare number private."
        else:
            t = "MEDICARE  HEALTH INSURANCE\nSOCIAL SECURITY ACT\n\nNAME OF BENEFICIARY\n%s\nMEDICARE CLAIM NUMBER        SEX\n%s               %s\nIS ENTITLED TO               EFFECTIVE DATE\nHOSPITAL     (PART A)        %s\nMEDICAL      (PART B)        %s\n\nSIGN HERE ____________________" % (
                name, doc.hicn, "MALE" if doc.sex == "M" else "FEMALE", doc.dob.replace(year=doc.dob.year + 65).strftime("%m-01-%Y"), doc.dob.replace(year=doc.dob.year + 65).strftime("%m-01-%Y"))
    elif L == 2:
        plan = r.choice(["Humana Gold Plus (HMO)", "AARP Medicare Advantage Choice (PPO)", "WellCare Dual Access (HMO D-SNP)", "Aetna Medicare Eagle (PPO)", "Peak Health Medicare Select"])
        t = "%s\n%s\n\nMember: %s\nMember ID: %s%d\nGroup: %s\nPCP: %s\nPCP Phone: %s\n\nRxBIN %06d   RxPCN %s   RxGRP %s\nCopays: PCP $%d  SPEC $%d  ER $%d  UC $%d\n\nMedicareR\nPrescription Drug Coverage\n\n[BACK]\nMember Services: 1-800-%03d-%04d (TTY 711)\nProviders: submit claims to PO Box %d, %s, %s %s\nPrior auth: %s\nIn an emergency call 911 or go to the nearest ER.\n%s" % (
            plan, r.choice(["MEDICARE ADVANTAGE", "Medicare Advantage Plan", ""]), name, r.choice(["H", "M", "W", "U"]), r.randint(100000000, 999999999), r.choice(["X1234", "72201", "MAPD"]), drn(doc.pcp), phone(r),
            r.randint(0, 999999), r.choice(["MEDDADV", "ADV", "9999"]), r.choice(["RX5431", "HUMANA", "GRP01"]), r.choice([0, 5, 10]), r.choice([25, 35, 45]), r.choice([90, 95, 120]), r.choice([25, 40]),
            r.randint(200, 999), r.randint(0, 9999), r.randint(1000, 99999), r.choice(["Louisville", "Tampa", "Minneapolis"]), r.choice(["KY", "FL", "MN"]), "%05d" % r.randint(10000, 99999),
            phone(r), "H%04d-%03d" % (r.randint(1000, 9999), r.randint(1, 99)))
    elif L == 3:
        t = "STATE OF %s\n%s\nMEDICAL ASSISTANCE IDENTIFICATION CARD\n\n%s\nID: %010d\nDOB: %s\nIssue date: %s\n\n[BACK]\nThis card does not guarantee eligibility. Providers must verify eligibility before each service.\nProvider line: %s   Recipient line: %s" % (
            doc.state, r.choice(["Department of Human Services", "Medicaid Program", "Health Coverage"]), name, r.randint(0, 9999999999), doc.dob_s(), doc.d(), phone(r), phone(r))
    elif L == 4:
        t = "%s\n\nMEDICARE SUPPLEMENT\nPlan %s\n\nInsured: %s\nPolicy No. %d\nEffective: %s\n\nThis plan pays after Medicare. Submit claims to Medicare first; crossover is automatic.\nCustomer Service %s\n%s" % (
            r.choice(["Mutual Benefit Life", "Great Plains Insurance Co.", "Colonial Penn-style Senior Life", "United Heartland Health"]), r.choice(["F", "G", "N", "C"]), name, r.randint(100000000, 999999999),
            doc.d(doc.dd(-r.randint(100, 3000))), phone(r), r.choice(["", "[BACK] Not valid for prescription drugs.", "Underwritten by the issuing company."]))
    elif L == 5:
        t = "%s\n%s PPO\n\nSubscriber: %s\nID: %s%d\nGroup No: %d   Plan code %d\nBIN %06d  PCN %s\nDeductible $%d / OOP max $%d\n\n%s\n\nBack of card:\nPrecertification required for inpatient admissions, home health and hospice. Call %s.\nMental health: %s\nClaims: PO Box %d %s %s\n\nScanned %s by %s" % (
            r.choice(["Anthem Blue Cross", "Blue Prairie Health Plans", "Cornerstone Health Insurance", "Tricare For Life (secondary to Medicare)"]), r.choice(["Blue Access", "Open Access", "Choice Plus"]),
            name, r.choice(["XYZ", "JQW", "BPH", "YRH"]), r.randint(100000000, 999999999), r.randint(100000, 999999), r.randint(100, 999), r.randint(0, 999999), r.choice(["BC01", "ADV"]),
            r.choice([500, 1000, 2500]), r.choice([4000, 6500, 8000]), r.choice(["", "Dependents: 01", "PPO in-network"]), phone(r), phone(r), r.randint(1000, 99999),
            r.choice(["Columbus", "Atlanta", "Richmond"]), r.choice(["OH", "GA", "VA"]), doc.d(), r.choice(["intake", "frontdesk2", "KRM"]))
    else:
        t = "INSURANCE CARD COPY - FRONT AND BACK\n%s\nPatient: %s\n\n---- FRONT ----\n%s\nID %s\nName %s\nEff %s\n\n---- BACK ----\n%s\n\nCopy made by %s on %s" % (
            doc.agency, doc.name(2), doc.payer[0].upper(), doc.medicare_id, name, doc.d(doc.dd(-r.randint(30, 900))), r.choice(["Providers call 1-866-xxx for eligibility", "Claims: see website", "If found, return to member"]),
            r.choice(["intake", staff(r, "Intake")]), doc.d())
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# nursing_note
# ----------------------------------------------------------------------------
def chk(r, p=0.5):
    return "X" if r.random() < p else " "


def gen_nursing_note(r):
    doc = Doc(r)
    L = r.randint(0, 8)
    v = vitals(r, doc.ck)
    rn = staff(r, r.choice(["RN", "RN", "LPN", "RN, BSN", "LVN"]))
    if L == 0:
        t = "%s\n%s\n\n%s\nVisit date: %s   Time in %s  out %s\nVisit type: %s\n\n" % (
            ag_head(r, doc), r.choice(["SKILLED NURSING VISIT NOTE", "Skilled Nursing Visit", "SN VISIT", "Nursing Visit Record"]), demo_block(r, doc, 0), doc.d(), doc.t(), doc.t(),
            r.choice(["Routine", "PRN", "Recert", "Resumption of care"]))
        t += "VITAL SIGNS: T %s  P %d  R %d  BP %s (%s)  SpO2 %d%% %s  Wt %d lb\nPain: %d/10 %s\n\n" % (
            v["T"], v["HR"], v["RR"], v["BP"], r.choice(["L arm sitting", "R arm lying"]), v["SpO2"], r.choice(["RA", "on 2L"]), v["Wt"], v["Pain"], r.choice(["", "location: " + r.choice(["hip", "knee", "back", "chest wall"])]))
        t += "CARDIOPULMONARY: [%s] WNL [%s] crackles [%s] wheezes [%s] edema %s\nGI/GU: last BM %s, %s\nSKIN: %s\nNEURO: %s\n\n" % (
            chk(r), chk(r, 0.3), chk(r, 0.3), chk(r, 0.4), r.choice(["1+ BLE", "trace", ""]), doc.d(doc.dd(-r.randint(0, 3))), r.choice(["continent", "incontinent urine", "foley draining clear yellow"]),
            r.choice(["intact", doc.c["exam"][0] if doc.ck in ("dfu", "hipfx", "colonca", "tka") else "warm dry intact"]), r.choice(["A&Ox3", "A&Ox2, forgetful", "alert, confused to time"]))
        t += "SKILLED INTERVENTIONS / TEACHING:\n%s\n\nPATIENT RESPONSE: %s\n\nHOMEBOUND STATUS: %s\n\nCARE COORDINATION: %s\n\nPLAN: Next visit %s. %s\n\n%s" % (
            wrap("Assessed cardiopulmonary status and %s. Instructed patient/%s on %s. Medication reconciliation done; %s." % (doc.c["short"], doc.cg_rel, r.choice(doc.c["teach"]),
                                                                                                                         r.choice(["no changes", "pill organizer filled for week", "new order for " + doc.meds[0]["name"].lower() + " received"]))),
            r.choice(["Verbalized understanding", "Return demonstration satisfactory", "Needs reinforcement", "Partial understanding; will reinforce next visit"]), wrap(homebound(r)),
            r.choice(["Spoke with PT re: progress", "Called MD office with vitals, no new orders", "None this visit"]), doc.d(doc.dd(r.randint(2, 7))), r.choice(["", "Discharge planning in progress."]), sig_block(r, rn, doc.d(), r.choice([0, 2, 5])))
    elif L == 1:
        doc.setting = "hh"
        t = "%s\nOASIS-%s START OF CARE\n\n(M0010) CMS Certification Number: %02d%04d\n(M0020) Patient ID: %s\n(M0030) SOC Date: %s\n(M0040) Name: %s\n(M0066) Birth Date: %s\n(M0069) Gender: %s\n(M0090) Date Assessment Completed: %s\n(M0100) Reason: 1 - Start of care - further visits planned\n(M1005) Inpatient Discharge Date: %s\n(M1021) Primary Diagnosis: %s  %s\n(M1033) Risk for hospitalization: %s\n(M1100) Living arrangement: %s\n(M1242) Frequency of pain interfering: %d\n(M1311) Unhealed pressure ulcers: %d\n(M1400) Dyspnea: %d\n(M1610) Urinary incontinence: %d\n(M1800) Grooming: %d\n(M1810) Dress upper body: %d\n(M1820) Dress lower body: %d\n(M1830) Bathing: %d\n(M1840) Toilet transferring: %d\n(M1850) Transferring: %d\n(M1860) Ambulation/Locomotion: %d\n(M2001) Drug regimen review: %s\n\nGG0130/GG0170 self-care and mobility scored on separate page.\n\nNarrative: %s\n\nAssessing clinician: %s" % (
            doc.agency, r.choice(["C", "C1", "C2", "D", "E"]), r.randint(10, 52), r.randint(7000, 7999), doc.mrn, doc.d(), doc.name(2), doc.dob_s(), "1 - Male" if doc.sex == "M" else "2 - Female",
            doc.d(), doc.d(doc.dd(-r.randint(1, 5))), doc.c["icd"], doc.c["dx"], ", ".join(pick(r, ["1 - history of falls", "2 - unintentional weight loss", "3 - multiple hospitalizations", "5 - decline in mental status", "7 - currently taking 5 or more medications"], 3)),
            r.choice(["01 - lives alone, around the clock", "06 - lives with others, regular daytime", "10 - lives with others, occasional"]), r.randint(0, 4), r.randint(0, 2),
            r.randint(0, 4), r.randint(0, 2), r.randint(0, 3), r.randint(0, 3), r.randint(0, 3), r.randint(1, 6), r.randint(0, 4), r.randint(0, 4), r.randint(1, 5),
            r.choice(["0 - No issues found", "1 - Yes, issues found, physician contacted"]), wrap(hpi(r, doc, True) + " " + homebound(r)), rn)
    elif L == 2:
        doc.setting = "hospice"
        t = "%s\n%s\n\n%s   Date %s   Time %s-%s\nHospice dx: %s\nLevel of care: %s\n\nVS: BP %s  HR %d  RR %d  T %s  SpO2 %d%%\nPPS: %d%%   %s\nPain (%s): %s\nDyspnea: %s   Nausea: %s   Anxiety/agitation: %s\nIntake: %s\nBowels: last BM %s\nSkin: %s\nMAC: %.1f cm\n\nSymptom management: %s\n\nCaregiver: %s\n\nPlan: %s\n\n%s" % (
            doc.agency, r.choice(["RN Case Manager Visit", "HOSPICE NURSING VISIT", "Hospice Skilled Nursing Note", "RN Visit - Routine Home Care"]), doc.name(2), doc.d(), doc.t(), doc.t(), doc.c["dx"],
            r.choice(["Routine home care", "RHC", "Continuous home care - crisis"]), v["BP"], v["HR"], v["RR"], v["T"], v["SpO2"], pps(r, doc), "FAST 7c" if doc.ck == "dementia" else "",
            r.choice(["PAINAD", "0-10", "FLACC"]), r.choice(["0", "2/10", "4/10 to chest wall", "PAINAD 3 - grimacing with turning"]), r.choice(["mild with exertion", "none", "at rest, RR 26"]),
            r.choice(["none", "mild"]), r.choice(["none", "restless in evenings", "calm"]), r.choice(["sips and bites", "25% of meals", "1 Ensure daily", "refusing food"]), doc.d(doc.dd(-r.randint(0, 4))),
            r.choice(["intact, turned q2h", "stage 2 sacrum, foam dressing changed", "mottling bilateral knees", "dry, fragile"]), r.uniform(17, 24),
            wrap("%s PRN used %d times in past 24 h with good effect. %s" % (doc.meds[1]["name"], r.randint(0, 6), r.choice(["Reviewed comfort kit.", "Bowel regimen reinforced.", "Oral care with swabs demonstrated."]))),
            r.choice(["coping well", "tearful, support provided", "requesting more aide visits", "exhausted; respite discussed"]),
            r.choice(["Continue POC, next visit in 3 days", "Increase visits to 3x/wk", "Notify MD re: increased pain", "Report to IDG"]), sig_block(r, staff(r, "RN"), doc.d(), r.choice([0, 2])))
    elif L == 3:
        aide = staff(r, r.choice(["HHA", "CNA", "Hospice Aide"]))
        t = "%s\n%s\n\nClient: %s   Date: %s   Time in/out: %s / %s\n\n" % (doc.agency, r.choice(["HOME HEALTH AIDE VISIT NOTE", "Aide Care Plan / Visit Record", "HHA Visit"]), doc.name(2), doc.d(), doc.t(), doc.t())
        for task in ["Bed bath", "Tub/shower", "Sponge bath", "Shampoo", "Oral care", "Skin care/lotion", "Nail care (file only)", "Dress/undress", "Incontinence care", "Catheter care",
                     "Assist with ambulation", "Transfer", "Reposition q2h", "Change bed linens", "Light meal prep", "Empty commode"]:
            if r.random() < 0.6:
                t += "[%s] %s\n" % (r.choice(["X", "X", "R", "N/A"]), task)
        t += "\nObservations / concerns reported to RN: %s\nPatient signature: ______________\nAide: %s" % (r.choice(["none", "reddened area on L heel - told RN", "pt ate breakfast", "pt more sleepy than usual"]), aide)
    elif L == 4:
        t = "ON-CALL TELEPHONE NOTE\n%s\n\nDate/time of call: %s %s\nCaller: %s (%s)\nPatient: %s\n\nReason for call: %s\n\nAssessment/Advice: %s\n\nOutcome: %s\n\n%s" % (
            doc.agency, doc.d(), r.choice(["02:14", "22:40", "19:05", "03:30", "23:55"]), doc.cg_name, doc.cg_rel, doc.name(2),
            r.choice(["patient restless and moaning", "increased shortness of breath", "no BM x 4 days", "Foley not draining", "fall, no injury noted", "patient's breathing has changed"]),
            wrap(r.choice(["Instructed caregiver to give lorazepam 0.5 mg SL from comfort kit and reposition. Call back in 1 hour.", "Advised morphine 5 mg SL per orders; elevate HOB.",
                           "Instructed to give bisacodyl suppository; RN visit scheduled AM.", "Made visit to home."])),
            r.choice(["Caregiver called back, pt resting comfortably.", "On-call RN visited; Foley replaced, 600 mL return.", "Pt expired at 03:45; RN visited for pronouncement.", "Resolved."]),
            sig_block(r, staff(r, "RN"), doc.d(), 2))
    elif L == 5:
        t = "%s\nNURSING FLOWSHEET / SHIFT NOTE   %s\n\n%s  Rm %d\n\n%s\n\n%s" % (
            doc.hospital, r.choice(["0700-1900", "1900-0700", "Day shift", "Nights"]), doc.name(2), r.randint(200, 690),
            "\n".join("%s  %s" % (doc.t(), x) for x in pick(r, ["Assumed care. Pt A&O x%d. VSS." % r.randint(2, 4), "Pain %d/10, PRN %s given." % (r.randint(3, 8), doc.meds[1]["name"].lower()),
                                                               "Turned and repositioned. Skin intact except as charted.", "Ambulated in hall with PT, tolerated fair.", "Tele: %s." % r.choice(["SR 70s", "AF 80-100s"]),
                                                               "Family at bedside, questions answered.", "Voided %d mL." % r.randint(150, 500), "Up to chair for meals.", "Report given to oncoming RN."], 6)),
            sig_block(r, staff(r, "RN"), doc.d(), 0))
    elif L == 6:
        t = "%s\n\nDeath Visit / Pronouncement\n\nPatient: %s\nDate: %s  Time of death: %s (per family), pronounced %s\nFindings: no respirations, no apical pulse x 1 minute, pupils fixed and dilated.\nPresent: %s\nNotified: %s (MD), %s Funeral Home, hospice chaplain\nPostmortem care provided. Controlled substances destroyed with %s as witness: %s.\nDME pickup scheduled.\n\n%s" % (
            doc.agency, doc.name(1), doc.d(), doc.t(), doc.t(), r.choice([doc.cg_rel, "spouse and children", "facility staff"]), drn(doc.pcp), r.choice(LAST), doc.cg_rel,
            r.choice(["morphine 20 mg/mL ~18 mL, lorazepam 0.5 mg x 8 tabs", "fentanyl patches x3, oxycodone x 12"]), sig_block(r, staff(r, "RN"), doc.d(), 2))
    elif L == 7:
        t = "%s  SN note  %s\n\n%s\n\n%s" % (doc.name(2), doc.d(), wrap("%s. VS BP %s HR %d SpO2 %d%% wt %d. %s %s Instructed on %s, verbalized understanding. %s. RTC %s." % (
            r.choice(["Pt seen in home for SN visit", "SN visit made", "Arrived to find pt sitting in recliner"]), v["BP"], v["HR"], v["SpO2"], v["Wt"], r.choice(doc.c["exam"]).capitalize() + ".",
            r.choice(["Dressing changed per order, tolerated well.", "Venipuncture R AC for CBC/BMP, delivered to lab.", "Meds reviewed.", "Lungs " + r.choice(["clear", "diminished"]) + "."]),
            r.choice(doc.c["teach"]), r.choice(["No c/o", "MD notified", "Pt denies needs"]), r.choice(["3 days", "next week", "Friday"]))), rn)
    else:
        t = "%s\nWOUND ASSESSMENT / TREATMENT RECORD\n\n%s   %s\n\nWound #%d  Location: %s\nType: %s   Stage: %s\nSize (LxWxD): %.1f x %.1f x %.1f cm   Tunneling: %s   Undermining: %s\nWound bed: %d%% granulation %d%% slough\nDrainage: %s   Odor: %s\nPeriwound: %s\nTreatment: %s\nPhoto taken: %s\n\n%s" % (
            doc.agency, doc.name(2), doc.d(), r.randint(1, 3), r.choice(["sacrum", "R heel", "L lateral malleolus", "R plantar 1st MTH", "midline abdomen"]),
            r.choice(["pressure", "diabetic", "surgical", "venous"]), r.choice(["2", "3", "N/A", "unstageable"]), r.uniform(0.5, 5), r.uniform(0.4, 4), r.uniform(0, 1.5),
            r.choice(["none", "1 cm at 12:00"]), r.choice(["none", "0.5 cm 3-6 o'clock"]), r.randint(30, 100), r.randint(0, 50), r.choice(["scant serous", "moderate serosanguinous", "small"]),
            r.choice(["none", "none after cleansing", "mild"]), r.choice(["intact", "macerated", "erythema < 1 cm"]),
            r.choice(["NS cleanse, calcium alginate, bordered foam q3 days", "Collagen + foam 3x/wk", "Hydrocolloid q5 days", "Santyl nickel-thick, moist gauze daily"]),
            r.choice(["Yes", "No"]), sig_block(r, rn, doc.d(), 2))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# ed_note
# ----------------------------------------------------------------------------
def gen_ed_note(r):
    doc = Doc(r)
    L = r.randint(0, 5)
    v = vitals(r, doc.ck)
    edmd = doctor(r, "Emergency Medicine")
    cc = r.choice(doc.c["sx"] + ["fall", "shortness of breath", "altered mental status", "weakness"])
    dispo = r.choice(["Admit to hospitalist", "Discharged home with home health follow-up", "Admit to observation", "Discharged back to hospice care at home", "Transfer to " + r.choice(HOSPITALS)])
    if L == 0:
        t = "%s\nEMERGENCY DEPARTMENT RECORD\n\n%s\nArrival: %s %s   Mode: %s\nTriage level: ESI %d\n\nCHIEF COMPLAINT: %s\n\nHPI: %s\n\nROS: %s\nPMH: %s\nMeds: see list\nAllergies: %s\nSocial: %s\n\nPHYSICAL EXAM:\n%s\n\nED COURSE: %s\n\nMDM: %s\n\nDIAGNOSES:\n1. %s\n\nDISPOSITION: %s\nCondition: %s\n\n%s" % (
            doc.hospital.upper(), demo_block(r, doc, 1), doc.d(), doc.t(), r.choice(["EMS", "private vehicle", "wheelchair"]), r.randint(2, 4), cc.capitalize(), wrap(hpi(r, doc)), ros(r, doc),
            ", ".join(doc.c["pmh"]), ", ".join(doc.allergies), social(r, doc), full_exam(r, doc, v) + "\n\nLABS:\n" + lab_block(r, doc),
            wrap("%s. Labs and %s obtained. %s" % (r.choice(["IV access obtained", "Placed on cardiac monitor", "O2 applied"]), doc.c["img"][0].lower(), doc.c["img"][2])),
            wrap(r.choice(["Given the patient's comorbidities and presentation, admission is warranted.", "Patient improved in the ED. Discussed with home health agency.", "Patient is enrolled in hospice; discussed with hospice RN, family prefers return home."])),
            doc.c["hosp"].capitalize(), dispo, r.choice(["stable", "fair", "guarded"]), sig_block(r, drn(edmd), doc.d(), r.choice([0, 3])))
    elif L == 1:
        t = "TRIAGE NOTE  %s\n%s  %s\n\nCC: %s\nBP %s  HR %d  RR %d  T %s  SpO2 %d%%  Pain %d\nAllergies: %s\nFall risk: %s\nTriage narrative: %s\nESI %d  To room %d\n\n%s" % (
            doc.hospital, doc.name(2), doc.d(), cc, v["BP"], v["HR"], v["RR"], v["T"], v["SpO2"], v["Pain"], ", ".join(doc.allergies), r.choice(["High", "Moderate"]),
            wrap("Pt BIBA from home%s. %s. %s" % (r.choice(["", " (home health pt)", " - hospice pt, family requested transport"]), cc.capitalize(), r.choice(["Hx " + doc.c["short"] + ".", "Daughter at bedside."]))),
            r.randint(2, 4), r.randint(1, 30), sig_block(r, staff(r, "RN"), doc.d(), 0))
    elif L == 2:
        t = "%s Emergency Department - Provider Note\n%s\n\n%s\n\nHistory of Present Illness\n%s\n\nPhysical Exam\n%s\n\nResults\n%s\n\nProcedures: %s\n\nClinical Impression\n%s\n\nDisposition\n%s\n\n%s" % (
            doc.hospital, demo_block(r, doc, 5), "Chief complaint: " + cc, wrap(hpi(r, doc)), exam_block(r, doc, 0, v),
            "WBC %.1f  Hgb %.1f  Na %d  K %.1f  Cr %.1f  Trop <0.01\n%s: %s" % (doc.lab("WBC", 4.5, 10), doc.lab("Hemoglobin", 11, 14), int(doc.lab("Sodium", 135, 144)), doc.lab("Potassium", 3.6, 5), doc.lab("Creatinine", 0.7, 1.3), doc.c["img"][0].title(), doc.c["img"][2]),
            r.choice(["none", "laceration repair 2.5 cm forehead, 5 sutures", "Foley catheter placement", "none"]), doc.c["hosp"].capitalize(), dispo, sig_block(r, drn(edmd), doc.d(), 0))
    elif L == 3:
        t = "%s\nEMERGENCY PHYSICIAN RECORD - %s\n\nTime seen %s   Historian: %s\n\n[%s] nursing notes reviewed  [%s] old records reviewed  [%s] EMS run sheet\n\nHPI: %s\n\nExam: %s\n\nDDx: %s\n\nPlan/Course: %s\nDx: %s\nDispo: %s %s\n\n%s" % (
            doc.hospital, r.choice(["FALL/INJURY", "SOB", "GENERAL ILLNESS", "WEAKNESS"]), doc.t(), r.choice(["patient", "family", "EMS, patient poor historian"]), chk(r, 0.8), chk(r), chk(r),
            wrap(hpi(r, doc, True)), exam_block(r, doc, 1, v), r.choice(["CHF vs PNA vs ACS", "sepsis, UTI, dehydration", "fracture, syncope, dysrhythmia"]),
            wrap("Labs, CXR, EKG. %s. Reassessed at %s, improved." % (r.choice(["Furosemide 40 mg IV", "NS 1 L bolus", "DuoNeb x3, methylprednisolone 125 mg IV", "Morphine 4 mg IV"]), doc.t())),
            doc.c["hosp"], dispo, doc.t(), sig_block(r, drn(edmd), doc.d(), r.choice([0, 5])))
    elif L == 4:
        t = "ED Visit Summary faxed to %s\n\n%s\n%s\nVisit date: %s\n\nReason for visit: %s\nDiagnosis: %s\nTreatment: %s\nDisposition: %s\nFollow up: %s\n\nED provider: %s" % (
            doc.agency, doc.hospital, demo_block(r, doc, 0), doc.d(), cc, doc.c["hosp"], r.choice(["IV fluids, labs, imaging", "nebulizer treatments", "wound evaluation, cultures sent", "pain control"]),
            dispo, drn(doc.pcp) + " in 2-3 days", drn(edmd))
    else:
        t = "%s  ED\n%s, %dyo %s\n\n%s\n\nA/P: %s. %s\n\n%s" % (
            doc.hospital, doc.name(2), doc.age, doc.sex, wrap("%s. %s VS: BP %s, HR %d, SpO2 %d%%. %s." % (cc.capitalize(), hpi(r, doc, True), v["BP"], v["HR"], v["SpO2"], r.choice(doc.c["exam"]).capitalize())),
            doc.c["hosp"].capitalize(), dispo, sig_block(r, drn(edmd), doc.d(), 0))
    return furnish(r, doc, t, doc.hospital)


# ----------------------------------------------------------------------------
# transfer_summary
# ----------------------------------------------------------------------------
def gen_transfer_summary(r):
    doc = Doc(r)
    L = r.randint(0, 5)
    v = vitals(r, doc.ck)
    dest = r.choice([doc.hospital, r.choice(SNFS), r.choice(HOSPITALS), "inpatient hospice unit"])
    if L == 0:
        t = "%s\n%s\n\n%s\n\nTransfer date: %s   Time: %s\nFrom: %s\nTo: %s\nReason for transfer: %s\n\nDiagnoses:\n%s\n\nCode status: %s\nAllergies: %s\nIsolation: %s\n\nCurrent medications:\n%s\n\nLast VS: BP %s HR %d RR %d T %s SpO2 %d%%\nMental status: %s\nMobility: %s\nDiet: %s\nSkin: %s\nDevices: %s\n\nFamily/contact: %s (%s) %s\n\nReport called to: %s\n\n%s" % (
            doc.agency if r.random() < 0.5 else r.choice(SNFS), r.choice(["INTER-FACILITY TRANSFER FORM", "Patient Transfer Summary", "TRANSFER/REFERRAL RECORD", "Continuity of Care Document"]),
            demo_block(r, doc, 1), doc.d(), doc.t(), r.choice(["home", doc.agency, r.choice(SNFS)]), dest, r.choice([doc.c["hosp"], "uncontrolled pain", "respiratory distress", "fall with injury", "change in condition"]),
            dx_list(r, doc), r.choice(["DNR", "Full code", "DNR/DNI - POLST sent"]), ", ".join(doc.allergies), r.choice(["none", "contact - MRSA wound", "none"]),
            "\n".join("  " + doc.medline(m, 0) for m in doc.meds), v["BP"], v["HR"], v["RR"], v["T"], v["SpO2"], r.choice(["alert, oriented x3", "confused at baseline", "lethargic"]),
            r.choice(["1 assist w/ walker", "bedbound", "2 assist transfers"]), r.choice(["regular", "NAS/2 g Na", "mech soft, nectar thick", "NPO"]), r.choice(["intact", "stage 2 sacrum", "R foot ulcer, dressing intact"]),
            r.choice(["none", "O2 2L NC", "Foley", "PICC R arm", "PleurX R chest"]), doc.cg_name, doc.cg_rel, phone(r), staff(r, "RN"), sig_block(r, staff(r, "RN"), doc.d(), 2))
    elif L == 1:
        doc.setting = "hh"
        t = "%s\nOASIS TRANSFER TO INPATIENT FACILITY\n\n(M0020) ID %s   (M0040) %s\n(M0100) Reason for assessment: %s\n(M0906) Transfer date: %s\n(M2301) Emergent care: %s\n(M2310) Reason for emergent care: %s\n(M2410) Inpatient facility: %s\n(M2005) Medication intervention: %s\n\nNarrative: %s\n\nClinician: %s" % (
            doc.agency, doc.mrn, doc.name(2), r.choice(["6 - Transferred to inpatient facility - patient not discharged", "7 - Transferred - patient discharged from agency"]), doc.d(),
            r.choice(["1 - Yes, used hospital ED WITHOUT admission", "2 - Yes, used hospital ED WITH admission"]), r.choice(["Heart failure", "Respiratory infection", "Injury caused by fall", "Wound infection", "Other"]),
            r.choice(["1 - Hospital", "3 - Nursing home", "2 - Rehab facility"]), r.choice(["0 - No", "1 - Yes", "9 - NA"]),
            wrap("Agency notified by %s that patient admitted to %s on %s for %s. Will resume care upon discharge with new orders." % (doc.cg_rel, doc.hospital, doc.d(), doc.c["hosp"])), staff(r, "RN"))
    elif L == 2:
        doc.setting = "hospice"
        t = "%s\nHospice Transfer Summary - %s\n\n%s\n\nReceiving hospice: %s   Transfer effective: %s\nCurrent benefit period: %d, began %s\nTerminal dx: %s\nAttending: %s\n\nSummary of care: %s\n\nCurrent symptoms & management:\n%s\n\nDME in home: %s\nPsychosocial: %s\n\nRecords sent: POC, medication profile, election statement, CTI, last 2 IDG notes.\n\n%s" % (
            doc.agency, r.choice(["Change of Hospice Provider", "Patient Relocating", "Transfer"]), demo_block(r, doc, 0), r.choice(AGENCIES), doc.d(), r.randint(1, 5), doc.d(doc.dd(-r.randint(10, 80))),
            doc.c["dx"], drn(doc.pcp), wrap(hpi(r, doc, True) + " Patient relocating to live with %s in another county." % doc.cg_rel),
            "\n".join("- " + doc.medline(m, 1) for m in doc.meds[:4]), r.choice(["hospital bed, O2, wheelchair", "BSC, walker", "none"]), r.choice(["family supportive", "caregiver strain", "MSW follow-up recommended"]),
            sig_block(r, staff(r, "RN, Clinical Manager"), doc.d(), 2))
    elif L == 3:
        t = "%s\n\nSBAR HANDOFF - TRANSFER\n%s\n\nS: %s\nB: %s\nA: %s\nR: %s\n\nSent with patient: %s\n%s" % (
            doc.hospital if r.random() < 0.5 else doc.agency, demo_block(r, doc, 5), wrap("Transferring %s to %s for %s." % (doc.name(3), dest, r.choice([doc.c["hosp"], "higher level of care", "GIP symptom management"]))),
            wrap(hpi(r, doc, True)), "VS BP %s HR %d SpO2 %d%%. %s." % (v["BP"], v["HR"], v["SpO2"], r.choice(doc.c["exam"]).capitalize()),
            r.choice(["Continue symptom management; family at bedside.", "Monitor respiratory status.", "Needs IV antibiotics."]), r.choice(["MAR, face sheet, DNR", "meds from home, POLST", "transfer packet"]),
            sig_block(r, staff(r, "RN"), doc.d(), 0))
    elif L == 4:
        t = "%s\nPHYSICIAN TRANSFER NOTE\n\n%s\nDate: %s\nTransferring physician: %s\nAccepting physician: %s at %s\nReason: %s\n\nHospital course to date: %s\n\nCurrent status: %s\n\nPending studies: %s\nEMTALA: patient stable for transfer; risks/benefits discussed, consent obtained.\nMode: %s\n\n%s" % (
            doc.hospital, demo_block(r, doc, 1), doc.d(), drn(doctor(r, "Hospitalist")), drn(doctor(r)), r.choice(HOSPITALS), r.choice(["need for higher level of care", "specialty services not available", "patient/family request"]),
            wrap(hospital_course(r, doc)), exam_block(r, doc, 1, v), r.choice(["blood cultures", "none", "pathology"]), r.choice(["ALS ambulance", "BLS", "air"]), sig_block(r, drn(doctor(r, "Hospitalist")), doc.d(), 0))
    else:
        t = "Nursing Home to Hospital Transfer Form\n%s\n\nResident: %s  DOB %s\nSent to: %s   Date/time: %s %s\nKey clinical info: %s\nBaseline mental status: %s\nBaseline function: %s\nAdvance directive: %s\nContact: %s %s\nNurse: %s  Phone: %s" % (
            r.choice(SNFS), doc.name(2), doc.dob_s(), dest, doc.d(), doc.t(), r.choice(doc.c["sx"]), r.choice(["alert, oriented", "confused at baseline", "nonverbal"]),
            r.choice(["walks with walker", "wheelchair", "bedbound"]), r.choice(["DNR", "Full code", "POLST attached"]), doc.cg_name, phone(r), staff(r, "LPN"), phone(r))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# provider_orders
# ----------------------------------------------------------------------------
def gen_provider_orders(r):
    doc = Doc(r)
    L = r.randint(0, 6)
    md = r.choice([doc.pcp, doctor(r, "Hospice and Palliative Medicine") if doc.setting == "hospice" else doc.pcp])
    if L == 0:
        t = "%s\n%s\n\n%s\nPhysician: %s   Phone %s  Fax %s\nOrder date: %s   Type: %s\nReceived by: %s\n\nORDER:\n%s\n\nRead back and verified.\n\nPhysician signature: ____________________  Date: ______\nPlease sign and return within 48 hours via fax %s\n" % (
            ag_head(r, doc), r.choice(["PHYSICIAN ORDERS", "Interim Order", "Verbal/Telephone Order", "Supplemental Physician Order", "Order for Signature"]), demo_block(r, doc, 0),
            drn(md), phone(r), phone(r), doc.d(), r.choice(["Telephone", "Verbal", "Written", "Fax"]), staff(r, "RN"),
            wrap(r.choice(["Change wound care to R foot: cleanse with NS, apply calcium alginate, cover with bordered foam, change 3x/week and PRN soiling.",
                           "Increase furosemide to 60 mg PO BID x 3 days then resume 40 mg BID. BMP in 1 week by SN.",
                           "SN to draw CBC and BMP on %s." % doc.d(doc.dd(7)), "Add OT eval and treat for ADL retraining.",
                           "Start morphine oral solution 20 mg/mL, 5 mg SL q2h PRN pain or dyspnea.", "Discontinue atorvastatin, aspirin, and donepezil per goals of care.",
                           "Discharge from home health services; goals met.", "Hospice aide frequency increase to 5x/week x 2 weeks.",
                           "Foley catheter 16 Fr 10 mL balloon; change monthly and PRN; SN may irrigate PRN for occlusion."])),
            doc.ag_fax)
    elif L == 1:
        doc.setting = "hh"
        soc = doc.dd(-r.randint(0, 5))
        t = "Department of Health and Human Services / Centers for Medicare & Medicaid Services\nHOME HEALTH CERTIFICATION AND PLAN OF CARE\n\n"
        t += "1. Patient's HI Claim No.: %s   2. Start of care date: %s   3. Certification period: From %s To %s\n4. Medical record No.: %s   5. Provider No.: %02d%04d\n6. Patient's name and address: %s, %s, %s, %s %s\n7. Provider's name, address: %s, %s, %s %s\n8. Date of birth: %s   9. Sex: %s\n" % (
            doc.medicare_id, doc.d(soc), doc.d(soc), doc.d(soc + dt.timedelta(days=59)), doc.mrn, r.randint(10, 52), r.randint(7000, 7999), doc.name(2), doc.street, doc.town, doc.state, doc.zip,
            doc.agency, doc.ag_street, doc.ag_town, doc.ag_state, doc.dob_s(), doc.sex)
        t += "10. Medications: Dose/Frequency/Route (N)ew (C)hanged\n%s\n11. Principal diagnosis: %s %s\n12. Surgical procedure: %s\n13. Other pertinent diagnoses:\n%s\n14. DME and supplies: %s\n15. Safety measures: %s\n16. Nutritional req.: %s\n17. Allergies: %s\n18.A Functional limitations: %s\n18.B Activities permitted: %s\n19. Mental status: %s\n20. Prognosis: %s\n" % (
            "\n".join("    " + doc.medline(m) + r.choice(["", " (N)", " (C)", ""]) for m in doc.meds), doc.c["icd"], doc.c["dx"], r.choice(["N/A", "see 13"]), dx_list(r, doc),
            r.choice(["walker, BSC, shower chair", "wound supplies, glucometer", "O2 concentrator"]), r.choice(["fall precautions, bleeding precautions", "hip precautions, clear pathways", "O2 safety"]),
            r.choice(["2 g Na", "ADA 1800 cal", "regular"]), ", ".join(doc.allergies), r.choice(["ambulation, endurance", "endurance, dyspnea with minimal exertion", "paralysis, ambulation"]),
            r.choice(["walker, up as tolerated", "partial weight bearing", "transfer bed/chair"]), r.choice(["oriented", "forgetful", "oriented, depressed"]), r.choice(["Fair", "Good", "Guarded"]))
        t += "21. Orders for discipline and treatments:\n%s\n22. Goals/rehabilitation potential/discharge plans:\n%s\n23. Nurse's signature and date of verbal SOC: %s  %s\n24. Physician's name and address: %s, %s\n25. Date HHA received signed POT: ________\n26. I certify/recertify that this patient is confined to his/her home and needs intermittent skilled nursing care, physical therapy and/or speech therapy or continues to need occupational therapy. The patient is under my care, and I have authorized the services on this plan of care and will periodically review the plan.\n27. Attending physician's signature and date signed: ________________\n28. Anyone who misrepresents, falsifies, or conceals essential information required for payment of Federal funds may be subject to fine, imprisonment, or civil penalty under applicable Federal laws.\n\nForm CMS-485" % (
            wrap("SN %s: assess cardiopulmonary status, %s; teach %s. PT %s: gait and transfer training, therex, HEP. %s May draw labs as ordered. SN to notify MD for SBP > 160 or < 90, HR > 110, T > 100.5, wt gain > 3 lb/day." % (
                r.choice(["1w1, 2w3, 1w4", "2w4, 1w5", "1w9"]), doc.c["short"], "; ".join(doc.c["teach"][:2]), r.choice(["2w4", "3w3", "2w3"]), r.choice(["OT 1w4: ADL retraining.", "HHA 2w4 for bathing.", ""]))),
            wrap("Patient will %s by end of episode. Rehab potential %s. Discharge when goals met to care of self/family and PCP." % (r.choice(["ambulate 150 ft with RW independently", "verbalize s/s of exacerbation", "have healed wound"]), r.choice(["good", "fair"]))),
            staff(r, "RN"), doc.d(soc), drn(md), doc.clinic)
    elif L == 2:
        doc.setting = "hospice"
        hmd = doctor(r, "Hospice and Palliative Medicine")
        t = "%s\n%s\n\n%s\nBenefit period %d: %s through %s\n\nTerminal diagnosis: %s (%s)\nRelated diagnoses: %s\n\n" % (
            doc.agency, r.choice(["CERTIFICATION OF TERMINAL ILLNESS", "Physician Certification / Recertification for Hospice", "HOSPICE CTI"]), demo_block(r, doc, 0), r.choice([1, 2, 3, 4]),
            doc.d(), doc.d(doc.dd(r.choice([89, 59]))), doc.c["dx"], doc.c["icd"], ", ".join(pick(r, doc.c["pmh"], 2)))
        t += "I certify that this patient is terminally ill with a life expectancy of 6 months or less if the terminal illness runs its normal course.\n\nBrief narrative: %s\n\nAttestation: I confirm that I composed this narrative based on my review of the patient's medical record and/or my examination of the patient.\n\nHospice physician: %s  ________________ Date %s\nAttending physician: %s  ________________ Date %s\n%s" % (
            wrap("%d y/o with %s. %s. PPS %d%%." % (doc.age, doc.c["short"], "; ".join(pick(r, doc.c["terminal"] or ["functional decline"], 3)).capitalize(), pps(r, doc))),
            drn(hmd), doc.d(), drn(doc.pcp), r.choice(["________", doc.d()]), r.choice(["", "Face-to-face encounter performed %s by %s" % (doc.d(doc.dd(-r.randint(1, 20))), staff(r, "NP"))]))
    elif L == 3:
        hosp_doc = doctor(r, "Hospitalist")
        t = "%s\nADMISSION ORDERS\n%s\n\nAdmit to: %s   Status: %s\nAttending: %s\nDiagnosis: %s\nCondition: %s\nCode status: %s\nAllergies: %s\nVitals: %s\nActivity: %s\nDiet: %s\nIV: %s\nLabs: %s\nImaging: %s\nMedications:\n%s\nVTE prophylaxis: %s\nConsults: %s\n\n%s" % (
            doc.hospital, demo_block(r, doc, 5), r.choice(["Medicine", "Telemetry", "Ortho", "Oncology"]), r.choice(["Inpatient", "Observation"]), drn(hosp_doc), doc.c["hosp"],
            r.choice(["Stable", "Fair", "Guarded"]), r.choice(["Full", "DNR/DNI"]), ", ".join(doc.allergies), r.choice(["q4h", "per unit routine", "q4h x 24h then q shift"]),
            r.choice(["OOB to chair", "Bedrest", "Ambulate with assist"]), r.choice(["2 g Na cardiac", "NPO after midnight", "Regular", "Carb consistent"]), r.choice(["NS at 75 mL/hr", "saline lock", "LR 100 mL/hr"]),
            r.choice(["CBC, BMP in AM", "CBC, CMP, Mg, BNP", "BMP q12h"]), doc.c["img"][0].title(), "\n".join("  " + doc.medline(m) for m in doc.meds[:5]),
            r.choice(["heparin 5000 units SQ q8h", "enoxaparin 40 mg SQ daily", "SCDs"]), r.choice(["Palliative care", "PT/OT", "Case management", CONSULT_SPEC[doc.ck]]), sig_block(r, drn(hosp_doc), doc.d(), 0))
    elif L == 4:
        doc.setting = "hospice"
        t = "%s\nHOSPICE ADMISSION / STANDING ORDERS\n\n%s  DOB %s\nAdmit to hospice routine home care effective %s\nAttending physician: %s\n\n" % (doc.agency, doc.name(2), doc.dob_s(), doc.d(), drn(doc.pcp))
        for i, o in enumerate(["RN visits %s and PRN x 3 for symptom management" % r.choice(["1-2w9", "2w4, 1w5"]), "Hospice aide %s for personal care" % r.choice(["2w9", "3w9"]),
                               "MSW 1-2x/month and PRN", "Chaplain 1x/month and PRN, declined", "Volunteer as requested", "Bereavement services to family up to 13 months after death",
                               "May pronounce death", "Comfort kit per protocol", "Oxygen 2-4 L/min via NC PRN dyspnea", "DME: hospital bed, overbed table, BSC",
                               "Foley catheter PRN retention", "Do not transfer to hospital without contacting hospice"]):
            if r.random() < 0.75:
                t += "[%s] %s\n" % (r.choice(["X", "X", "X", " "]), o)
        t += "\n%s\n\nMedical Director: %s   Date ______\n" % ("Code status: DNR", drn(doctor(r, "Hospice and Palliative Medicine")))
    elif L == 5:
        t = "%s\nDISCHARGE ORDERS\n%s\n\nDischarge to: %s\nHome health: %s\nDME: %s\nFollow-up: %s in %d days\nActivity: %s\nDiet: %s\nWound care: %s\nLabs: %s\n\n%s" % (
            doc.hospital, demo_block(r, doc, 1), r.choice(["Home", "Home with services", "SNF"]), r.choice(["SN/PT/OT eval and treat - " + doc.agency, "Hospice - " + doc.agency, "none"]),
            r.choice(["rolling walker", "hospital bed", "none", "O2 2L NC continuous"]), drn(doc.pcp), r.randint(3, 14), r.choice(["as tolerated", "WBAT RLE, hip precautions"]),
            r.choice(["2 g sodium", "diabetic", "regular"]), r.choice(["none", "daily dressing change", "ostomy care per WOC"]), r.choice(["BMP 1 week via HH", "INR Friday", "none"]), sig_block(r, drn(doctor(r, "Hospitalist")), doc.d(), 0))
    else:
        t = "ORDERS PENDING SIGNATURE\n%s\nPrinted for: %s\nDate: %s\n\n%-10s %-28s %-12s %s\n" % (doc.agency, drn(md), doc.d(), "ORDER #", "PATIENT", "DATE", "DESCRIPTION")
        for _ in range(r.randint(4, 10)):
            p = Doc(r, doc.setting)
            t += "%-10d %-28s %-12s %s\n" % (r.randint(100000, 999999), p.name(2)[:28], p.date.strftime("%m/%d/%y"), r.choice(["Plan of Care", "Interim order", "Recert POC", "Discharge order", "Verbal order - meds", "F2F", "CTI"]))
        t += "\nPlease sign each order and return. Unsigned orders delay billing.\n%s" % staff(r, "Medical Records")
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# discharge_instructions
# ----------------------------------------------------------------------------
WARN = {"chf": "weight gain of more than 3 pounds in a day or 5 pounds in a week, increased swelling, shortness of breath lying flat",
        "copd": "increased shortness of breath, fever, change in sputum color, needing rescue inhaler more than every 4 hours",
        "hipfx": "increased hip pain, hip looks shortened or turned, redness or drainage from incision, calf pain or swelling",
        "tka": "fever over 101, increasing redness or drainage from the incision, calf pain, chest pain or trouble breathing",
        "dfu": "spreading redness, fever, foul odor, blood sugar over 300 or under 70",
        "cva": "sudden weakness, facial droop, slurred speech, severe headache - CALL 911",
        "pna": "fever over 101, worsening cough or breathing, confusion",
        "colonca": "stoma turns dark or black, no output for 24 hours, fever, wound opening",
        "parkinson": "falls, fainting, hallucinations getting worse, choking with meals"}


def gen_discharge_instructions(r):
    doc = Doc(r)
    L = r.randint(0, 5)
    warn = WARN.get(doc.ck, "pain that is not controlled, trouble breathing, fever, confusion")
    if L == 0:
        t = "%s\n%s\n\n%s\n\nYou were in the hospital for: %s\n\nWhat to do at home:\n- %s\n- %s\n- %s\n\nYour medicines:\n%s\n\nCall your doctor or %s if you have: %s.\n\nAppointments:\n  %s - within %d days. Phone %s\n\nHome health: %s will call you within 24-48 hours to schedule the first visit.\n\nI have received and understand these instructions.\nPatient/caregiver signature ______________  Nurse ______________  %s" % (
            doc.hospital, r.choice(["DISCHARGE INSTRUCTIONS", "Patient Discharge Instructions", "After Visit Summary", "Going Home Instructions"]), demo_block(r, doc, 2), doc.c["hosp"],
            *pick(r, doc.c["teach"] + ["Activity as tolerated", "Do not drive while taking pain medicine"], 3), "\n".join("  %s %s - %s" % (m["name"], m["dose"], m["freq"]) for m in doc.meds),
            doc.agency, warn, drn(doc.pcp), r.randint(3, 14), phone(r), doc.agency, doc.d())
    elif L == 1:
        doc.setting = "hh"
        t = "%s\n\n%s\n\nDear %s %s,\n\n%s\n\nKeep doing:\n%s\n\nWhen to call your doctor: %s\nIn an emergency call 911.\n\nOur phone number: %s (24 hours)\n\n%s" % (
            ag_head(r, doc), r.choice(["Your Discharge from Home Health", "Home Care Discharge Instructions", "Patient Discharge Teaching Record"]), doc.Mr, doc.last,
            wrap("You are being discharged from home health services on %s because you have met your goals. Congratulations on your progress!" % doc.d()),
            "\n".join("  * " + x for x in pick(r, doc.c["teach"] + ["your home exercise program daily", "take your medicines as ordered"], 3)), warn, doc.ag_phone, sig_block(r, staff(r, "RN"), doc.d(), 5))
    elif L == 2:
        t = "%s\nEmergency Department Discharge Instructions\n\n%s\nDiagnosis: %s\n\n%s\n\nReturn to the ER if: %s.\n\nFollow up with %s in %d days.\nPrescriptions given: %s\n\nProvider: %s\nDischarged by: %s at %s" % (
            doc.hospital, doc.name(1), r.choice(["Fall, contusion", doc.c["hosp"], "Urinary tract infection", "Dehydration"]), wrap(r.choice([
                "You were seen today for a fall. Your x-rays did not show a broken bone. Use ice 20 minutes at a time and take acetaminophen for pain.",
                "Your symptoms improved with treatment in the emergency department. Continue your home medicines.",
                "You have a urinary tract infection. Take the antibiotic until it is all gone even if you feel better."])), warn, drn(doc.pcp), r.randint(1, 5),
            r.choice(["none", "nitrofurantoin 100 mg BID x5d", "prednisone 40 mg x5d"]), drn(doctor(r, "Emergency Medicine")), staff(r, "RN"), doc.t())
    elif L == 3:
        t = "%s\nPost-Operative Instructions - %s\n\n%s\n\nIncision: %s\nBathing: %s\nActivity: %s\nPain: %s\nBlood clot prevention: %s\n\nCall the office at %s for: %s\n\nPost-op appointment: %s" % (
            r.choice(CLINICS[5:6] + [doc.hospital]), r.choice(["Hip", "Knee", "Abdominal surgery", "Foot"]), doc.name(3),
            r.choice(["Keep dry and covered for 7 days.", "Leave skin glue alone; it will peel off.", "Home health nurse will check it."]),
            r.choice(["Sponge bathe until staples are removed.", "May shower after 48 hours, pat dry. No tub baths.", "No soaking."]),
            r.choice(["Walk with walker. Follow hip precautions: no bending past 90 degrees, no crossing legs.", "Exercises 3 times daily.", "No lifting more than 10 lbs for 6 weeks."]),
            r.choice(["Take oxycodone only as needed. Use acetaminophen first.", "Ice and elevate."]), r.choice(["enoxaparin shots daily x 28 days", "apixaban 2.5 mg twice daily x 14 days", "aspirin 81 mg twice daily"]),
            phone(r), warn, doc.d(doc.dd(r.randint(10, 16))))
    elif L == 4:
        doc.setting = "hospice"
        t = "%s\n%s\n\n%s\n\n%s\n\nCall hospice FIRST, 24 hours a day: %s. Do not call 911.\n\n%s" % (
            doc.agency, r.choice(["What to Expect - Comfort Care Instructions for Family", "Caregiver Instructions", "When the Time Is Near"]), demo_block(r, doc, 4),
            wrap("As your loved one's illness progresses you may notice: more sleeping, less eating and drinking, confusion, changes in breathing with pauses, a rattling sound, cool and mottled hands and feet. These are expected. Use the comfort kit medicines as your nurse taught you: morphine for pain or breathlessness, lorazepam for restlessness, atropine drops for secretions. Moisten the mouth with swabs. Reposition every 2-3 hours. When death occurs, call the hospice nurse; you do not need to call 911 or the police."),
            doc.ag_phone, sig_block(r, staff(r, "RN"), doc.d(), 5))
    else:
        t = "AVS  %s  %s\n\n%s\n\nToday's visit: %s\nVitals: %s\nChanges to your medicines: %s\nNext steps: %s\n\nMyChart activation code: %s-%s" % (
            doc.clinic, doc.d(), doc.name(3), r.choice(["Follow-up", "Hospital follow-up", doc.c["short"]]), "BP %s, Wt %d" % (vitals(r)["BP"], vitals(r)["Wt"]),
            r.choice(["START " + doc.meds[0]["name"], "STOP aspirin", "No changes"]), r.choice(["Labs in 1 week", "Home health will continue", "See cardiology"]),
            "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# other
# ----------------------------------------------------------------------------
def gen_other(r):
    doc = Doc(r)
    L = r.randint(0, 9)
    if L == 0:
        t = "%s\n\n%s\n\nDate: %s\nTo: %s   Fax: %s   Phone: %s\nFrom: %s   Fax: %s   Phone: %s\nRe: %s\nPages (including cover): %d\n\n[%s] Urgent [%s] For review [%s] Please sign and return [%s] Please reply\n\nComments: %s\n\nCONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is strictly prohibited. If you have received this fax in error, please notify the sender immediately." % (
            ag_head(r, doc) if r.random() < 0.5 else letterhead(r, doc.clinic), r.choice(["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet", ""]), doc.d(),
            r.choice([drn(doc.pcp), doc.hospital + " HIM", doc.clinic]), phone(r), phone(r), r.choice([staff(r, "Medical Records"), staff(r, "RN"), "Intake"]), doc.ag_fax, doc.ag_phone,
            r.choice([doc.name(2), "Orders for signature", "Patient records request", "Referral"]), r.randint(2, 14), chk(r, 0.3), chk(r), chk(r), chk(r, 0.2),
            r.choice(["Please sign attached orders and fax back.", "Records as requested.", "Thank you!", "Please see attached POC for Dr. signature.", ""]))
    elif L == 1:
        t = "%s\nAUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION\n\nPatient: %s   DOB: %s\n\nI authorize: %s\nTo release to: %s\n\nInformation to be released:\n[%s] Discharge summary [%s] H&P [%s] Lab results [%s] Imaging [%s] Entire record [%s] Other: ______\nDates of service: %s to %s\nPurpose: %s\n\nI understand this authorization expires on %s. I may revoke it in writing. Information disclosed may be redisclosed by the recipient and no longer protected.\n\nSignature ______________  Date %s\nRelationship if not patient: %s\n\nFOR OFFICE USE: Request #%d   Fee: $%s   Sent %s" % (
            doc.hospital, doc.name(1), doc.dob_s(), doc.hospital, r.choice([doc.agency, "Law Office of " + r.choice(LAST) + " & " + r.choice(LAST), "Social Security Administration", "Self"]),
            chk(r), chk(r), chk(r), chk(r), chk(r, 0.3), chk(r, 0.2), doc.d(doc.dd(-r.randint(30, 400))), doc.d(), r.choice(["continuity of care", "legal", "disability claim", "personal"]),
            doc.d(doc.dd(365)), doc.d(), r.choice(["self", doc.cg_rel, "POA"]), r.randint(10000, 99999), r.choice(["0.00", "6.50", "25.00"]), doc.d(doc.dd(r.randint(1, 10))))
    elif L == 2:
        t = "%s\nPATIENT STATEMENT\n\nStatement date: %s   Account: %d\n%s\n%s\n%s, %s %s\n\nDate      Description                              Charges   Payments   Adj\n" % (
            doc.hospital if r.random() < 0.5 else doc.clinic, doc.d(), r.randint(1000000, 9999999), doc.name(3).upper(), doc.street, doc.town, doc.state, doc.zip)
        bal = 0
        for _ in range(r.randint(3, 7)):
            ch = r.choice([125, 248, 36, 410, 1825, 92])
            pay = round(ch * r.uniform(0.5, 0.8), 2)
            bal += ch - pay
            t += "%s  %-40s %8.2f  %8.2f   %s\n" % (doc.dd(-r.randint(10, 90)).strftime("%m/%d/%y"), r.choice(["OFFICE VISIT EST LVL 3", "XR CHEST 2V", "CBC W/ DIFF", "CMP", "ECHO COMPLETE", "ED VISIT LVL 4"]), ch, pay, r.choice(["MCR ADJ", "", "MCR PMT"]))
        t += "\nAMOUNT DUE: $%.2f\nPlease pay by %s. Questions? Call %s.\nPay online or detach and return the portion below.\n--------------------------------------------\nAmount enclosed $______" % (bal, doc.d(doc.dd(30)), phone(r))
    elif L == 3:
        t = "%s\n%s\n\nPlease rate your experience with our agency (1 = poor, 5 = excellent)\n\n" % (doc.agency, r.choice(["Patient Satisfaction Survey", "How Did We Do?", "Family Evaluation of Hospice Care", "Home Health Care Survey"]))
        for q in ["Staff treated you with courtesy and respect", "Staff explained things in a way that was easy to understand", "Staff arrived on time",
                  "You received help with pain", "Your calls were returned promptly", "You would recommend this agency to friends and family", "Overall rating of care"]:
            t += "%s   %s\n" % (q, r.choice(["1  2  3  4  [5]", "1  2  3  [4]  5", "[5]", "5", "4", "1  2  [3]  4  5"]))
        t += "\nComments: %s\n\nCompleted by: %s" % (r.choice(["Nurse Amanda was wonderful.", "Aide was late twice.", "Thank you for caring for mom.", "", "Could not reach after hours line"]), r.choice(["patient", "family member", ""]))
    elif L == 4:
        t = "%s\nPatient name: %s\nMedicare Number: %s\n\nNOTICE OF MEDICARE NON-COVERAGE\n\nThe Effective Date Coverage of Your Current %s Services Will End: %s\n\n%s\n\nYour Right to Appeal This Decision: If you think your services are ending too soon, you have the right to an immediate, independent medical review. Call your Quality Improvement Organization (QIO) at %s no later than noon of the day before the effective date.\n\nPlease sign below to indicate you received and understood this notice.\nSignature of Patient or Representative ______________  Date ______\n\nForm CMS 10123-NOMNC" % (
            doc.agency, doc.name(3), doc.medicare_id, r.choice(["Home Health", "Hospice", "Skilled Nursing"]), doc.d(doc.dd(2)),
            wrap("Your Medicare provider and/or health plan have determined that Medicare probably will not pay for your current services after the effective date indicated above. You may have to pay for any services you receive after that date."), phone(r))
    elif L == 5:
        t = "%s\nDELIVERY TICKET\n\nTicket #%d   Date: %s\nDeliver to: %s\n%s, %s\nPhone: %s\nOrdered by: %s\n\nQty  Item                                     Serial #\n" % (
            r.choice(["Valley Medical Equipment", "HomeCare DME Supply", "Apex Respiratory & Medical"]), r.randint(100000, 999999), doc.d(), doc.name(3), doc.street, doc.town, doc.phone, doc.agency)
        for it in pick(r, ["Semi-electric hospital bed", "Pressure redistribution mattress", "Oxygen concentrator 5L", "E cylinder x4 w/ regulator", "Bedside commode", "Overbed table",
                           "Wheelchair 18in w/ ELR", "Rolling walker", "Nebulizer compressor"], r.randint(1, 4)):
            t += "1    %-40s %s\n" % (it, "SN%08d" % r.randint(0, 99999999))
        t += "\nSetup and instruction completed. Oxygen safety reviewed.\nReceived by: ______________ (%s)\nDriver/Tech: %s" % (doc.cg_rel, staff(r, "CRT") if r.random() < 0.5 else r.choice(STAFF_FIRST))
    elif L == 6:
        t = "%s\nVISIT CALENDAR - %s\n\nPatient: %s\n\nSun Mon Tue Wed Thu Fri Sat\n" % (doc.agency, doc.date.strftime("%B %Y"), doc.name(2))
        for _ in range(4):
            t += " ".join(r.choice(["--- ", "SN  ", "PT  ", "HHA ", "OT  ", "SN/A", "MSW "]) for _ in range(7)) + "\n"
        t += "\nSN=Nurse PT=Physical Therapy HHA=Aide  Call %s to reschedule" % doc.ag_phone
    elif L == 7:
        t = "Wound photograph\n%s  %s\nLocation: %s  Wound #%d\nCaptured by: %s  Device: agency tablet\n[image]\nCaption: %s\nRuler in frame: cm" % (
            doc.name(2), doc.d(), r.choice(["R heel", "sacrum", "R plantar foot", "L shin"]), r.randint(1, 3), staff(r, "RN"), r.choice(["week 3, improving", "after debridement", "baseline at SOC", "post-op day 10"]))
    elif L == 8:
        t = "%s\nMISSED VISIT NOTIFICATION\n\nTo: %s   Fax %s\nPatient: %s\nDate of missed visit: %s   Discipline: %s\nReason: %s\nImpact on patient: %s\nPlan: %s\n\n%s" % (
            doc.agency, drn(doc.pcp), phone(r), doc.name(2), doc.d(), r.choice(["SN", "PT", "OT", "HHA"]),
            r.choice(["Patient refused visit", "Patient not home", "Patient at physician appointment", "Weather / roads impassable", "Patient in hospital"]),
            r.choice(["None anticipated", "Wound care delayed 1 day", "Family performed dressing change"]), r.choice(["Rescheduled", "Will visit tomorrow", "Physician notification only"]), staff(r, "RN, Clinical Manager"))
    else:
        t = "%s\nHOSPICE BEREAVEMENT RISK ASSESSMENT\n\nDeceased: %s   Date of death: %s\nPrimary bereaved: %s (%s)\nAddress: %s, %s\n\nRisk factors: %s\nProtective factors: %s\nRisk level: %s\nPlan: %s\n\n%s" % (
            doc.agency, doc.name(3), doc.d(), doc.cg_name, doc.cg_rel, doc.street, doc.town, ", ".join(pick(r, ["sudden decline", "caregiver for >1 year", "limited support", "history of depression", "multiple recent losses", "financial stress"], 2)),
            ", ".join(pick(r, ["strong faith community", "supportive family", "prior coping skills", "anticipated the death"], 2)), r.choice(["Low", "Moderate", "High"]),
            r.choice(["Mailings x13 months + calls at 1, 3, 6 months", "Refer to grief support group", "Counselor visit within 2 weeks"]), sig_block(r, staff(r, "MSW"), doc.d(), 5))
    return furnish(r, doc, t)


# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
GENERATORS = {
    "discharge_summary": gen_discharge_summary, "history_physical": gen_history_physical, "progress_note": gen_progress_note,
    "consult_note": gen_consult_note, "operative_note": gen_operative_note, "procedure_note": gen_procedure_note,
    "lab_report": gen_lab_report, "imaging_report": gen_imaging_report, "pathology_report": gen_pathology_report,
    "medication_list": gen_medication_list, "prescription": gen_prescription, "anesthesia_record": gen_anesthesia_record,
    "correspondence": gen_correspondence, "consent_form": gen_consent_form, "referral_letter": gen_referral_letter,
    "advance_directive": gen_advance_directive, "ecg_report": gen_ecg_report, "immunization_record": gen_immunization_record,
    "registration_form": gen_registration_form, "insurance_card": gen_insurance_card, "nursing_note": gen_nursing_note,
    "ed_note": gen_ed_note, "transfer_summary": gen_transfer_summary, "provider_orders": gen_provider_orders,
    "discharge_instructions": gen_discharge_instructions, "other": gen_other,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    r = random.Random(a.seed)
    docs = []
    for label in sorted(GENERATORS):
        for i in range(a.per_type):
            text = GENERATORS[label](r)
            text = "\n".join(line.rstrip() for line in text.split("\n")).strip("\n") + "\n"
            docs.append({"id": "hhh-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    r.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
