#!/usr/bin/env python3
"""Synthetic Hong Kong public-hospital style clinical documents (entirely fictitious).

Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
Standard library only. Deterministic for a given seed.
"""
import argparse
import json
import random
import datetime

# ----------------------------------------------------------------------------
# Pools (all invented)
# ----------------------------------------------------------------------------
SURN = ["CHAN", "WONG", "LEE", "CHEUNG", "LAU", "NG", "LEUNG", "HO", "YEUNG", "TSANG", "CHOW",
        "LAM", "CHU", "TSE", "KWOK", "YIP", "FUNG", "LO", "MAK", "TANG", "SO", "CHENG", "LAI",
        "KWAN", "YU", "POON", "SIU", "TAM", "AU", "HUI", "MAN", "CHIU", "LUK", "KO", "YUEN",
        "SHUM", "TONG", "FONG", "CHOI", "WAN", "LING", "PANG", "KAN", "TO", "LUI", "MOK", "SZE",
        "CHING", "KONG", "WU", "HUNG", "CHUNG", "LIU", "YAU"]
G1 = ["Tai", "Siu", "Ka", "Wai", "Chi", "Kwok", "Yuk", "Mei", "Man", "Sze", "Hoi", "Wing", "Kin",
      "Pui", "Lai", "Chun", "Shuk", "Kam", "Yee", "Hon", "Tsz", "Cheuk", "Ho", "Sau", "Fung",
      "Kit", "Ming", "Yan", "Ching", "Wah", "Suet", "Oi", "Kwai", "Hing", "Lok", "Chung"]
G2 = ["Man", "Ming", "Wai", "Keung", "Fong", "Ling", "Yee", "Kit", "Hung", "Kuen", "Lam", "Ying",
      "Chu", "Sum", "Fai", "Wah", "Yan", "Hei", "Lun", "Tak", "Mui", "Han", "Kei", "Shan",
      "Bun", "Choi", "Yin", "Po", "Sang", "Nam", "Ting", "Wun"]
ENG_M = ["Peter", "David", "Kenneth", "Raymond", "Michael", "Eric", "Tony", "Alan", "Stephen",
         "Patrick", "Vincent", "Johnny", "Dickson", "Ivan", "Samuel", "Gordon", "Wilson"]
ENG_F = ["Mary", "Alice", "Winnie", "Eva", "Carmen", "Joyce", "Candy", "Shirley", "Fanny",
         "Priscilla", "Queenie", "Bonnie", "Teresa", "Kitty", "Vivian", "Maggie", "Connie"]
NONLOCAL = [("SANTOS", "Maria Lourdes"), ("RAHMAN", "Abdul"), ("SINGH", "Harpreet"),
            ("DELA CRUZ", "Joy"), ("PUTRI", "Siti Nur"), ("GURUNG", "Ram Bahadur"),
            ("ZHANG", "Xiaoli"), ("SMITH", "Jonathan"), ("KHAN", "Imran")]

HOSP = ["Kwun Ling Hospital", "Tai Hang Shan Hospital", "Sha Lok Eastern Hospital",
        "Pak Tin Wai Hospital", "Tsing Wan General Hospital", "Lok Shan Hospital",
        "Fu Mei Hospital", "Shek Hang Memorial Hospital", "Wo Kei United Hospital",
        "Ma On Lung Hospital"]
CONV_HOSP = ["Sai Shan Convalescent Hospital", "Wing Lok Rehabilitation Hospital",
             "Hing Tin Chronic Care Hospital", "Tsz Yuen Hospital (Convalescent)"]
CLUSTERS = ["Harbour East Cluster", "Lion Ridge Cluster", "Coastal New Territories Cluster",
            "Kowloon Hillside Cluster", "Island South Cluster"]
GOPC = ["Sheung Wo GOPC", "Tin Lok General Out-patient Clinic", "Pak Fung Jockey Club GOPC",
        "Kau Tong Family Medicine Clinic", "Hing Wah GOPC", "Lok Mun Health Centre (GOPC)",
        "Wo Mei Family Medicine Centre"]
DISTRICTS = ["Lok Wan", "Tsz Shan", "Sai Hang", "Kau Tong", "Wo Mei", "Pak Shek", "Hing Tin",
             "Tai Lung", "Sheung Fung", "Ma Kok", "Chuk Wan", "Fu Shing"]
ESTATES = ["Lok Wah", "Hing Shing", "Fu Yat", "Kwong Tai", "Wing Fai", "Yan Tin", "Shun On",
           "Tsui Lam", "Po Hei", "On Kwai", "Chung Mei", "Sau Wo"]
EST_KIND = ["Estate", "Court", "Garden", "Tsuen", "Centre", "Mansion", "Building"]
STREETS = ["Kwong Fuk Road", "Shek Lok Street", "Tai Ping Lane", "Hing Wah Road",
           "Yuet Wo Street", "Ma Tau Kok Path", "Lok Yan Road", "Fu Shan Street"]
INSURERS = ["Pearl Harbour Assurance", "Jade Lion Insurance (Asia) Ltd", "Victoria Peak Mutual",
            "Orient Crest Health Insurance", "Golden Bauhinia Life & Health",
            "Silver Junk Medical Benefits Ltd"]
EMPLOYERS = ["Kam Fung Logistics Ltd", "Wing Hing Trading Co.", "Tak Lee Catering Group",
             "Harbourfront Property Management Ltd", "Shun Cheong Construction Co. Ltd",
             "Lucky Star Securities Ltd", "Ming Yuet Restaurant"]

DEPT_NAMES = {
    "M&G": ["Department of Medicine & Geriatrics", "Medicine and Geriatrics", "Dept of Medicine",
            "MEDICINE & GERIATRICS"],
    "SURG": ["Department of Surgery", "Surgical Department", "SURGERY", "Dept. of Surgery"],
    "O&T": ["Department of Orthopaedics & Traumatology", "Orthopaedics & Traumatology", "O&T"],
    "ENT": ["Department of Ear, Nose & Throat", "ENT Department", "Otorhinolaryngology"],
    "URO": ["Department of Surgery (Urology Division)", "Urology Team, Dept of Surgery"],
    "CARD": ["Department of Medicine (Cardiology)", "Cardiac Medical Unit"],
    "FM": ["Department of Family Medicine & Primary Health Care", "Family Medicine"],
    "O&G": ["Department of Obstetrics & Gynaecology", "O&G Department"],
    "PAED": ["Department of Paediatrics & Adolescent Medicine", "Paediatrics"],
}
RANKS = ["Intern", "MO", "Resident", "AC", "SMO", "Consultant", "RS", "Med Officer",
         "Associate Consultant", "Resident Specialist"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ----------------------------------------------------------------------------
# Labs reference table: name -> (unit, lo, hi, decimals, panel)
# ----------------------------------------------------------------------------
LABREF = {
    "Hb": ("g/dL", 11.5, 15.5, 1, "CBC"), "WBC": ("x10^9/L", 3.7, 9.2, 1, "CBC"),
    "Plt": ("x10^9/L", 150, 380, 0, "CBC"), "MCV": ("fL", 82, 98, 0, "CBC"),
    "Neut": ("x10^9/L", 1.7, 5.8, 1, "CBC"), "Lymph": ("x10^9/L", 1.0, 3.1, 1, "CBC"),
    "Na": ("mmol/L", 136, 145, 0, "RFT"), "K": ("mmol/L", 3.5, 5.1, 1, "RFT"),
    "Urea": ("mmol/L", 2.9, 8.0, 1, "RFT"), "Creat": ("umol/L", 49, 104, 0, "RFT"),
    "eGFR": ("mL/min/1.73m2", 60, 120, 0, "RFT"),
    "Alb": ("g/L", 35, 50, 0, "LFT"), "Bili": ("umol/L", 4, 23, 0, "LFT"),
    "ALP": ("IU/L", 42, 110, 0, "LFT"), "ALT": ("IU/L", 8, 58, 0, "LFT"),
    "Glucose": ("mmol/L", 3.9, 7.7, 1, "GLU"), "HbA1c": ("%", 4.0, 6.0, 1, "DM"),
    "CRP": ("mg/L", 0, 5, 1, "INF"), "Amylase": ("IU/L", 30, 118, 0, "AMY"),
    "TnT": ("ng/L", 0, 14, 0, "CARD"), "CK": ("IU/L", 26, 192, 0, "CARD"),
    "INR": ("", 0.9, 1.1, 2, "CLOT"), "APTT": ("sec", 27.0, 37.0, 1, "CLOT"),
    "LDL": ("mmol/L", 0, 2.6, 1, "LIPID"), "TC": ("mmol/L", 0, 5.2, 1, "LIPID"),
    "TG": ("mmol/L", 0, 1.7, 1, "LIPID"), "HDL": ("mmol/L", 1.0, 9.9, 1, "LIPID"),
    "AFP": ("ug/L", 0, 10, 1, "TM"), "CEA": ("ug/L", 0, 5, 1, "TM"),
    "Urate": ("mmol/L", 0.20, 0.42, 2, "URATE"), "PSA": ("ug/L", 0, 4, 2, "TM"),
    "Lactate": ("mmol/L", 0.5, 2.2, 1, "GAS"), "BNP": ("pg/mL", 0, 100, 0, "CARD"),
}
PANELS = {
    "CBC": ["Hb", "WBC", "Neut", "Lymph", "Plt", "MCV"],
    "RFT": ["Na", "K", "Urea", "Creat", "eGFR"],
    "LFT": ["Alb", "Bili", "ALP", "ALT"],
    "CLOT": ["INR", "APTT"],
    "LIPID": ["TC", "TG", "HDL", "LDL"],
}

# ----------------------------------------------------------------------------
# Clinical scenarios (coherent bundles)
# ----------------------------------------------------------------------------
def M(drug, dose, freq, route="", dur=""):
    return {"drug": drug, "dose": dose, "freq": freq, "route": route, "dur": dur}

SCEN = [
    dict(key="nstemi", dx="Non-ST elevation myocardial infarction", abbr="NSTEMI", dept="M&G",
         icd="410.71", age=(55, 85), cc="central chest pain for 3 hours",
         hpi=["Central chest tightness at rest radiating to L arm, ~3 hrs before arrival",
              "Associated with sweating and SOB, no syncope",
              "Similar exertional discomfort on climbing stairs x 2 weeks"],
         pmh=["HT on GOPC FU", "DM on oral hypoglycaemic agents", "Hyperlipidaemia"],
         exam=["Alert, mildly diaphoretic", "HS: S1 S2 normal, no murmur", "Chest clear",
               "No ankle oedema"],
         labs={"TnT": (85, 900), "CK": (180, 600), "Glucose": (8, 13)},
         ecg="nstemi", img=("XR", "Chest PA", "Heart size normal. Lungs clear. No pleural effusion.",
                           "No active lung lesion."),
         meds=[M("Aspirin", "80mg", "daily"), M("Clopidogrel", "75mg", "daily"),
               M("Atorvastatin", "40mg", "nocte"), M("Metoprolol", "25mg", "bd"),
               M("Isosorbide mononitrate", "30mg", "daily"), M("Metformin", "500mg", "bd"),
               M("Amlodipine", "5mg", "daily")],
         inpt=["Fondaparinux 2.5mg sc daily", "Aspirin 300mg loading then 80mg daily",
               "Clopidogrel 300mg loading then 75mg daily", "GTN 0.5mg SL prn"],
         proc="cath", course=["Admitted to CCU, chest pain subsided with medical treatment",
                              "Troponin peaked and downtrended", "Coronary angiogram showed "
                              "severe mid LAD stenosis, PCI with 1 DES done",
                              "Uneventful post-PCI, ambulated well"],
         fu="Cardiac clinic in 6 weeks", other=["DM", "HT", "HL"]),
    dict(key="cap", dx="Community acquired pneumonia, right lower zone", abbr="CAP", dept="M&G",
         icd="486", age=(60, 95), cc="fever and productive cough for 4 days",
         hpi=["Fever up to 38.8C with chills, cough with yellowish sputum x 4 days",
              "Increasing SOB on exertion", "Reduced oral intake, no chest pain"],
         pmh=["HT", "Old CVA with residual L weakness, walks with stick"],
         exam=["T 38.5C, SpO2 93% RA", "Crepitations over R lower zone",
               "Abd soft, non-tender", "GCS 15/15"],
         labs={"WBC": (12.5, 19), "Neut": (10, 16), "CRP": (60, 220), "Urea": (8.5, 12)},
         ecg="sinus_tachy", img=("XR", "Chest AP (portable)",
                                 "Consolidation in the right lower zone with air bronchogram. "
                                 "Costophrenic angles clear. Heart size not enlarged.",
                                 "Right lower zone pneumonia."),
         meds=[M("Amoxicillin-clavulanate (Augmentin)", "375mg", "tds", dur="x 5 days"),
               M("Paracetamol", "500mg-1g", "qid prn"), M("Amlodipine", "5mg", "daily"),
               M("Aspirin", "80mg", "daily"), M("Bromhexine", "8mg", "tds")],
         inpt=["IV Augmentin 1.2g q8h", "Klacid 500mg bd", "O2 via NC 2L/min", "IVF NS 1L q12h"],
         proc=None, course=["Treated with IV Augmentin + Klacid", "Fever subsided by day 3",
                            "Sputum culture: normal flora", "Stepped down to oral antibiotic, "
                            "walking with stick as baseline"],
         fu="GOPC FU as scheduled; CXR repeat in 6 weeks", other=["HT", "Old CVA"]),
    dict(key="aecopd", dx="Acute exacerbation of COPD", abbr="AECOPD", dept="M&G", icd="491.21",
         age=(62, 90), cc="worsening shortness of breath for 2 days",
         hpi=["SOB increasing x 2 days, now SOBOE on walking 10 steps", "More sputum, greenish",
              "Ex-smoker 40 pack-years, quit 5 years ago", "Home O2 not used"],
         pmh=["COPD (FEV1 45% predicted)", "BPH"],
         exam=["RR 26, SpO2 86% RA", "Use of accessory muscles", "Bilateral expiratory wheeze",
               "No leg swelling"],
         labs={"WBC": (10, 14), "CRP": (20, 80)}, ecg="sinus_tachy",
         img=("XR", "Chest PA", "Hyperinflated lungs with flattened diaphragms. No focal "
              "consolidation. No pneumothorax.", "Hyperinflation compatible with COPD. No "
              "consolidation."),
         meds=[M("Tiotropium (Spiriva Respimat)", "2 puffs", "daily", "inh"),
               M("Salmeterol/fluticasone (Seretide) 50/250", "1 puff", "bd", "inh"),
               M("Salbutamol MDI", "2 puffs", "q4h prn", "inh"),
               M("Prednisolone", "30mg", "daily", dur="x 3 more days"),
               M("Doxycycline", "100mg", "daily", dur="x 5 days"), M("Tamsulosin", "0.4mg", "nocte")],
         inpt=["Nebulised Ventolin + Atrovent q4h", "IV hydrocortisone 100mg q8h",
               "Controlled O2 24% venturi, keep SpO2 88-92%", "NIV standby"],
         proc="abg", course=["ABG on arrival pH 7.33 pCO2 7.1 kPa, improved with nebuliser and "
                             "controlled O2", "NIV not required", "Steroid converted to oral "
                             "prednisolone", "Physio and pulmonary rehab referral"],
         fu="Chest clinic in 8 weeks", other=["BPH"]),
    dict(key="chole", dx="Acute calculous cholecystitis", abbr="Acute cholecystitis", dept="SURG",
         icd="574.00", age=(35, 80), cc="RUQ pain for 1 day with fever",
         hpi=["Constant RUQ pain since last night after oily meal", "Fever and vomiting x 2",
              "No jaundice, no tea-coloured urine", "Similar milder episode 6 months ago"],
         pmh=["Nil significant", "Gallstones noted on private USG 2 yrs ago"],
         exam=["T 38.1C", "Tender RUQ with Murphy's sign positive", "No guarding elsewhere",
               "Not jaundiced"],
         labs={"WBC": (11.5, 17), "CRP": (40, 150), "ALP": (100, 160), "Bili": (15, 30)},
         ecg="normal", img=("US", "Abdomen (HBS)",
                            "Distended gallbladder with wall thickening (5mm) and multiple "
                            "gallstones, the largest 1.8cm impacted at the neck. Pericholecystic "
                            "fluid. Sonographic Murphy's sign positive. CBD 5mm, not dilated. "
                            "Liver, pancreas and spleen unremarkable.",
                            "Features of acute calculous cholecystitis. CBD not dilated."),
         meds=[M("Paracetamol", "1g", "qid prn"), M("Amoxicillin-clavulanate", "375mg", "tds",
               dur="x 5 days"), M("Lactulose", "10ml", "bd prn")],
         inpt=["NPO", "IV Rocephin 1g daily + IV Flagyl 500mg q8h", "IV fluid D5 + NS",
               "IM pethidine 50mg q4h prn"],
         op=dict(name="Laparoscopic cholecystectomy", anaes="GA",
                 findings="Inflamed gallbladder with omental adhesions, multiple stones, "
                          "impacted stone at Hartmann's pouch. Critical view of safety achieved.",
                 steps=["Open Hasson technique at umbilicus, pneumoperitoneum 12mmHg",
                        "3 further ports (10mm epigastric, 5mm x 2 right subcostal)",
                        "Adhesiolysis, Calot's triangle dissected",
                        "Cystic duct and cystic artery clipped (Hem-o-lok) and divided",
                        "GB dissected off liver bed with diathermy, retrieved in Endobag",
                        "Haemostasis checked, irrigation, ports removed under vision",
                        "Fascia of umbilical port closed with Vicryl 0, skin with Monocryl 4/0"],
                 specimen="Gallbladder", ebl="minimal", drain="No drain"),
         path=dict(spec="Gallbladder", gross="A gallbladder measuring 85 x 35 x 25mm, serosa "
                   "congested. Wall thickness up to 6mm. Contains 12 mixed stones, largest 18mm.",
                   micro="Sections show transmural acute inflammation with neutrophilic "
                   "infiltrate, mucosal ulceration and Rokitansky-Aschoff sinuses. No "
                   "dysplasia or malignancy.", dx="Gallbladder, cholecystectomy: acute on "
                   "chronic calculous cholecystitis. No malignancy."),
         course=["Treated with IV antibiotics", "Early lap cholecystectomy performed",
                 "Resumed diet POD1, wound clean"],
         fu="SOPC (Surgery) in 6 weeks with pathology", other=[]),
    dict(key="appx", dx="Acute appendicitis", abbr="AA", dept="SURG", icd="540.9", age=(14, 55),
         cc="RIF pain for 1 day", hpi=["Periumbilical pain shifting to RIF since yesterday",
                                       "Anorexia, nausea, vomited once", "No urinary symptoms"],
         pmh=["Good past health"], exam=["T 37.9C", "RIF tenderness with rebound",
                                         "Rovsing's sign positive", "Bowel sounds present"],
         labs={"WBC": (11, 16), "Neut": (9, 13), "CRP": (20, 90)}, ecg="normal",
         img=("CT", "Abdomen and pelvis with contrast", "Dilated appendix measuring 11mm with "
              "wall enhancement and periappendiceal fat stranding. Appendicolith at the base. No "
              "free gas. No abscess.", "Acute appendicitis with appendicolith. No perforation."),
         meds=[M("Paracetamol", "500mg", "qid prn"), M("Tramadol", "50mg", "tds prn")],
         inpt=["NPO", "IV Augmentin 1.2g q8h", "IVF NS/D5 alternate 1 pint q6h"],
         op=dict(name="Laparoscopic appendicectomy", anaes="GA",
                 findings="Acutely inflamed, non-perforated appendix, retrocaecal, with "
                          "appendicolith. Minimal turbid fluid in pelvis.",
                 steps=["3-port technique (umbilical 10mm, suprapubic 5mm, LIF 5mm)",
                        "Mesoappendix divided with diathermy and Hem-o-lok",
                        "Base secured with Endoloop x 2, appendix divided",
                        "Retrieved in specimen bag, pelvis irrigated and sucked dry",
                        "Wounds closed"], specimen="Appendix", ebl="<20ml", drain="No drain"),
         path=dict(spec="Appendix", gross="An appendix 65mm long, 10mm in diameter, serosa "
                   "dull with fibrinous exudate. Faecolith in lumen.",
                   micro="Transmural neutrophilic infiltrate with mucosal ulceration and "
                   "serositis. No neoplasm.", dx="Appendix: acute suppurative appendicitis."),
         course=["Emergency lap appendicectomy done on day of admission",
                 "Resumed diet POD1", "Afebrile, wound clean"],
         fu="SOPC in 4-6 weeks; wound check at GOPC/Nurse clinic in 1 week", other=[]),
    dict(key="nof", dx="Fracture neck of left femur (displaced, Garden IV)", abbr="# NOF L",
         dept="O&T", icd="820.8", age=(70, 98), cc="fall at home with L hip pain",
         hpi=["Slipped in bathroom at home this morning, landed on L side",
              "Unable to weight bear afterwards", "No head injury, no LOC",
              "Premorbid: walks with frame indoors, lives with maid"],
         pmh=["HT", "Osteoarthritis knees", "Mild dementia"],
         exam=["L lower limb shortened and externally rotated", "Tender L groin",
               "Distal NV intact"],
         labs={"Hb": (9.8, 11.4)}, ecg="af", img=("XR", "Pelvis AP and L hip lateral",
                                                  "Displaced subcapital fracture of left femoral "
                                                  "neck. No other fracture. Degenerative changes "
                                                  "of lumbar spine noted.",
                                                  "Displaced L NOF fracture."),
         meds=[M("Paracetamol", "1g", "qid"), M("Calcium carbonate + Vit D (Caltrate D)", "1 tab",
               "daily"), M("Alendronate", "70mg", "weekly"), M("Amlodipine", "5mg", "daily"),
               M("Lactulose", "15ml", "bd"), M("Enoxaparin", "40mg", "daily", "sc", "x 2 weeks")],
         inpt=["Skin traction 2kg", "Clexane 40mg sc daily", "IM/IV analgesia prn"],
         op=dict(name="Left bipolar hemiarthroplasty (cemented)", anaes="SA",
                 findings="Displaced subcapital fracture. Femoral head diameter 45mm. Stable "
                          "hip in full ROM.",
                 steps=["Right lateral position, posterior approach",
                        "Short external rotators and capsule released and tagged",
                        "Femoral head extracted and sized 45mm", "Neck cut revised, canal prepared",
                        "Cemented stem size 3 inserted with 45mm bipolar head",
                        "Reduced, stable, capsule and rotators repaired through drill holes",
                        "Closed in layers"], specimen="Femoral head", ebl="300ml",
                 drain="Redivac drain x1", implant="Cemented femoral stem size 3, bipolar head 45mm"),
         path=dict(spec="Left femoral head", gross="A femoral head 45mm in diameter with "
                   "attached neck fragment. Articular cartilage smooth.",
                   micro="Fractured trabecular bone with haemorrhage and early callus. "
                   "Osteoporotic bone. No tumour.", dx="Left femoral head: fracture with "
                   "osteoporosis. No evidence of pathological fracture."),
         course=["Hemiarthroplasty on day 2", "Post-op Hb 8.9, transfused 1 unit PRC",
                 "Physio started walking with frame", "Transferred to convalescent hospital "
                 "for rehab"], fu="Fracture clinic (FU O&T) in 6 weeks", other=["AF", "HT"]),
    dict(key="stroke", dx="Acute ischaemic stroke (R MCA territory, lacunar infarct)",
         abbr="Ischaemic stroke", dept="M&G", icd="434.91", age=(55, 90),
         cc="left sided weakness since morning", hpi=["Woke up with L arm and leg weakness",
                                                    "Slurred speech noted by daughter",
                                                    "Last seen normal at 23:00 last night"],
         pmh=["HT", "DM", "Smoker 20 cig/day"],
         exam=["GCS 15/15, dysarthria", "L hemiparesis power 3/5 UL, 4-/5 LL",
               "L facial weakness (UMN)", "Plantar L upgoing"],
         labs={"Glucose": (8, 14), "HbA1c": (7.5, 9.5), "LDL": (3.0, 4.5)}, ecg="normal",
         img=("CT", "Brain (plain)", "Small hypodensity in the right internal capsule "
              "posterior limb. No intracranial haemorrhage. No mass effect. Ventricles and "
              "sulci age appropriate.", "Acute/subacute lacunar infarct in R internal capsule. "
              "No haemorrhage."),
         meds=[M("Aspirin", "80mg", "daily"), M("Atorvastatin", "20mg", "nocte"),
               M("Metformin", "500mg", "bd"), M("Gliclazide", "80mg", "bd"),
               M("Amlodipine", "5mg", "daily"), M("Lisinopril", "10mg", "daily")],
         inpt=["Aspirin 160mg daily x 2 weeks", "Stroke observation chart", "DAT swallow screen"],
         proc=None, course=["Outside thrombolysis window", "Swallow assessed by ST, on "
                            "minced diet", "Intensive OT/PT", "Transferred to rehab ward"],
         fu="Neurology / M&G SOPC in 3 months", other=["DM", "HT"]),
    dict(key="ugib", dx="Upper GI bleeding due to duodenal ulcer (Forrest IIa)", abbr="UGIB - DU",
         dept="M&G", icd="532.40", age=(40, 88), cc="tarry stool for 2 days",
         hpi=["Passed black tarry stool x 3 in 2 days", "Dizziness on standing",
              "Took OTC NSAID for knee pain for 2 weeks", "No haematemesis"],
         pmh=["OA knees", "Nil else"], exam=["Pale, BP 98/60, P 110", "Abd soft, mild epigastric "
                                             "tenderness", "PR: melaena"],
         labs={"Hb": (6.5, 8.5), "Urea": (12, 22)}, ecg="sinus_tachy",
         img=("XR", "Chest erect", "No free gas under diaphragm. Lungs clear.",
              "No pneumoperitoneum."),
         meds=[M("Esomeprazole", "40mg", "bd", dur="x 8 weeks then daily"),
               M("Ferrous sulphate", "300mg", "bd"), M("Paracetamol", "500mg", "qid prn")],
         inpt=["IV esomeprazole 80mg bolus then 8mg/hr infusion", "Transfuse 2 units PRC",
               "NPO, IVF", "Urgent OGD"],
         proc="ogd", course=["OGD: DU with visible vessel, adrenaline injection + heater probe",
                             "No rebleeding, Hb stable after 2 units PRC", "H. pylori CLO test "
                             "positive, triple therapy given", "NSAID stopped"],
         fu="GI clinic in 8 weeks for repeat OGD", other=["OA knees"]),
    dict(key="dm", dx="Type 2 diabetes mellitus, suboptimal control", abbr="T2DM", dept="FM",
         icd="250.02", age=(45, 80), cc="FU DM and HT", hpi=["On FU GOPC for DM and HT",
                                                            "No hypo symptoms", "Polyuria at night",
                                                            "Diet compliance fair"],
         pmh=["HT", "Hyperlipidaemia"], exam=["BMI 27.4", "BP 148/86", "Feet: pulses present, "
                                              "monofilament intact"],
         labs={"HbA1c": (8.0, 10.5), "Glucose": (9, 14), "LDL": (2.7, 3.8)}, ecg="normal",
         img=("US", "Kidneys", "Both kidneys normal in size with normal corticomedullary "
              "differentiation. No hydronephrosis. No stones.", "Unremarkable renal USG."),
         meds=[M("Metformin", "850mg", "bd"), M("Gliclazide", "80mg", "bd"),
               M("Amlodipine", "10mg", "daily"), M("Enalapril", "10mg", "bd"),
               M("Simvastatin", "20mg", "nocte"), M("Aspirin", "80mg", "daily")],
         inpt=[], proc=None, course=[], fu="GOPC in 16 weeks with blood test (RMP)",
         other=["HT", "HL"]),
    dict(key="chf", dx="Congestive heart failure, decompensated", abbr="CHF", dept="M&G",
         icd="428.0", age=(65, 95), cc="SOB and leg swelling for 1 week",
         hpi=["Progressive SOBOE, now 2-pillow orthopnoea and PND", "Bilateral ankle swelling",
              "Poor drug compliance, ran out of frusemide"],
         pmh=["IHD", "AF on warfarin", "CKD stage 3"],
         exam=["Bibasal crepitations", "JVP raised", "Pitting oedema to mid-shin",
               "Irregularly irregular pulse"],
         labs={"BNP": (800, 3000), "Creat": (130, 190), "eGFR": (30, 48), "INR": (1.8, 2.6)},
         ecg="af", img=("XR", "Chest AP", "Cardiomegaly (CTR 0.62). Upper lobe diversion and "
                        "bilateral small pleural effusions. Kerley B lines.",
                        "Cardiomegaly with pulmonary oedema and bilateral effusions."),
         meds=[M("Frusemide", "40mg", "bd"), M("Warfarin", "as per INR chart", "daily"),
               M("Bisoprolol", "2.5mg", "daily"), M("Spironolactone", "25mg", "daily"),
               M("Atorvastatin", "20mg", "nocte"), M("Potassium chloride (Slow-K)", "600mg", "bd")],
         inpt=["IV frusemide 40mg bd", "Fluid restriction 1L/day", "Daily BW, I/O chart"],
         proc="echo", course=["Diuresed with IV frusemide, BW down 3.5kg",
                              "Echo: LVEF 35%, moderate MR", "Converted to oral diuretics",
                              "Heart failure nurse education"],
         fu="M&G SOPC 4 weeks; HF nurse clinic 2 weeks", other=["AF", "IHD", "CKD3"]),
    dict(key="uti", dx="Urinary tract infection / urosepsis (E. coli)", abbr="UTI", dept="M&G",
         icd="599.0", age=(70, 99), cc="fever and confusion for 1 day",
         hpi=["OAH resident, fever and more confused per OAH staff", "Reduced oral intake",
              "Foul-smelling urine", "Bedbound, on diaper"],
         pmh=["Dementia", "Old CVA", "DM on diet control"],
         exam=["T 38.9C, BP 102/58", "Disoriented, GCS E3V4M6", "Suprapubic tenderness",
               "Chest clear"],
         labs={"WBC": (13, 20), "CRP": (80, 250), "Creat": (110, 170), "Lactate": (2.3, 3.5)},
         ecg="sinus_tachy", img=("XR", "Chest AP (sitting)", "No consolidation. Heart size "
                                 "normal.", "No active lung lesion."),
         meds=[M("Cefuroxime (Zinnat)", "250mg", "bd", dur="x 7 days"),
               M("Paracetamol", "500mg", "qid prn"), M("Donepezil", "5mg", "nocte")],
         inpt=["IV ceftriaxone 2g daily", "IVF NS 1.5L/day", "Blood and urine C/ST"],
         proc=None, course=["Urine culture: E. coli >10^5 cfu/mL sensitive to ceftriaxone",
                            "Blood culture: E. coli", "Fever settled, mentation back to "
                            "baseline", "Stepped down to oral cefuroxime"],
         fu="Back to OAH; CGAT FU", other=["Dementia", "Old CVA"]),
    dict(key="crc", dx="Carcinoma of sigmoid colon", abbr="Ca sigmoid", dept="SURG",
         icd="153.3", age=(50, 82), cc="per rectal bleeding and change in bowel habit",
         hpi=["PR bleeding mixed with stool x 2 months", "Alternating constipation and "
              "diarrhoea", "Weight loss 4kg", "Positive FIT from screening"],
         pmh=["HT"], exam=["Mild pallor", "Abd soft, no mass", "PR: no mass within reach"],
         labs={"Hb": (9.0, 11), "CEA": (6, 25), "MCV": (70, 78)}, ecg="normal",
         img=("CT", "Thorax, abdomen and pelvis with contrast", "Irregular circumferential wall "
              "thickening of the sigmoid colon over 4cm segment with pericolic fat stranding. "
              "A few pericolic lymph nodes up to 8mm. No liver metastasis. Lungs clear.",
              "Sigmoid carcinoma, radiological T3N1. No distant metastasis."),
         meds=[M("Paracetamol", "1g", "qid prn"), M("Lactulose", "10ml", "bd"),
               M("Amlodipine", "5mg", "daily")],
         inpt=["Bowel prep", "IV Augmentin at induction", "ERAS pathway"],
         proc="colonoscopy",
         op=dict(name="Laparoscopic anterior resection", anaes="GA",
                 findings="Tumour at sigmoid colon, not fixed. No liver or peritoneal "
                          "metastasis. No ascites.",
                 steps=["Modified Lloyd-Davies position, 5 ports",
                        "Medial-to-lateral mobilisation, IMA ligated at origin",
                        "Splenic flexure partially mobilised",
                        "Rectum transected with linear stapler below tumour",
                        "Specimen exteriorised via Pfannenstiel incision, proximal division",
                        "Circular stapled end-to-end colorectal anastomosis (29mm)",
                        "Air leak test negative, donuts complete", "Drain to pelvis, wounds closed"],
                 specimen="Sigmoid colon and upper rectum", ebl="100ml", drain="Pelvic drain x1"),
         path=dict(spec="Sigmoid colon (anterior resection)", gross="A segment of colon 210mm "
                   "long with an ulcerated tumour 42 x 35mm, 60mm from the distal margin.",
                   micro="Moderately differentiated adenocarcinoma invading through muscularis "
                   "propria into pericolic fat. Lymphovascular invasion present. 2 of 17 "
                   "lymph nodes show metastatic carcinoma. Margins clear. MMR proteins "
                   "retained.", dx="Sigmoid colon: moderately differentiated adenocarcinoma, "
                   "pT3 pN1b. Margins clear."),
         course=["Lap anterior resection performed", "ERAS, resumed diet POD2",
                 "Drain removed POD3", "Discharged POD5"],
         fu="SOPC Surgery 2 weeks with pathology; Oncology referral", other=["HT"]),
    dict(key="hcc", dx="Hepatocellular carcinoma with chronic hepatitis B", abbr="HCC",
         dept="SURG", icd="155.0", age=(45, 80), cc="liver lesion on surveillance",
         hpi=["Chronic HBV carrier on entecavir", "New 3cm liver nodule on surveillance USG",
              "Asymptomatic", "AFP rising"],
         pmh=["Chronic hepatitis B", "Child-Pugh A"], exam=["Not jaundiced", "No stigmata of CLD",
                                                           "Abd soft, no ascites"],
         labs={"AFP": (40, 900), "ALT": (40, 80), "Plt": (110, 145)}, ecg="normal",
         img=("CT", "Liver (triphasic)", "A 3.2cm arterially enhancing lesion in segment VI "
              "with washout in the portal venous phase. Background liver shows nodular "
              "contour. No portal vein thrombosis. No ascites.",
              "LI-RADS 5 lesion in segment VI compatible with HCC. Cirrhotic liver."),
         meds=[M("Entecavir", "0.5mg", "daily"), M("Paracetamol", "500mg", "qid prn")],
         inpt=["Pre-op ICG clearance", "Vit K"], proc="rfa", course=["Discussed at HCC MDT",
                                                                     "RFA / resection offered"],
         fu="HBP clinic 4 weeks with CT and AFP", other=["Chronic HBV"]),
    dict(key="bph", dx="Acute retention of urine secondary to BPH", abbr="AROU / BPH",
         dept="URO", icd="600.01", age=(60, 90), cc="unable to pass urine for 10 hours",
         hpi=["LUTS: nocturia x4, poor stream, hesitancy for 2 years", "Unable to void since "
              "early morning, suprapubic pain", "No haematuria"],
         pmh=["HT", "DM"], exam=["Palpable bladder to umbilicus", "PR: smooth enlarged prostate "
                                 "~50g, no nodule"],
         labs={"PSA": (4.5, 9), "Creat": (100, 140)}, ecg="normal",
         img=("US", "Urinary system", "Both kidneys normal size, no hydronephrosis. Prostate "
              "enlarged, volume approx 58mL, with intravesical protrusion. Post-void residual "
              "320mL.", "Prostatomegaly with significant PVR."),
         meds=[M("Tamsulosin (Harnal OCAS)", "0.4mg", "nocte"), M("Finasteride", "5mg", "daily"),
               M("Amlodipine", "5mg", "daily"), M("Metformin", "500mg", "bd")],
         inpt=["Foley catheter 16Fr inserted, drained 900ml", "Tamsulosin 0.4mg nocte"],
         op=dict(name="Transurethral resection of prostate (TURP)", anaes="SA",
                 findings="Trilobar prostatic hypertrophy with obstructing median lobe. "
                          "Trabeculated bladder, no stone, no tumour. Verumontanum preserved.",
                 steps=["Lithotomy position, cystourethroscopy", "Bipolar resection of median "
                        "and lateral lobes with saline irrigation", "Chips evacuated with Ellik",
                        "Haemostasis achieved", "3-way Foley 22Fr with continuous bladder "
                        "irrigation"], specimen="Prostatic chips", ebl="150ml",
                 drain="3-way Foley, CBI"),
         path=dict(spec="Prostatic chips (TURP)", gross="Multiple grey-white chips weighing "
                   "28g in aggregate.", micro="Nodular hyperplasia of glandular and stromal "
                   "elements with chronic inflammation. No malignancy identified in all "
                   "submitted material.", dx="Prostate, TURP: benign prostatic hyperplasia."),
         proc=None, course=["TWOC failed x1", "TURP done", "CBI off POD1, catheter off POD2, "
                            "voided well with PVR 40ml"],
         fu="Urology clinic 6 weeks", other=["HT", "DM"]),
    dict(key="npc", dx="Nasopharyngeal carcinoma (undifferentiated), stage III", abbr="NPC",
         dept="ENT", icd="147.9", age=(35, 65), cc="painless neck lump and blood-stained "
         "nasal discharge", hpi=["Painless L upper neck lump x 3 months", "Blood-stained "
                                 "post-nasal drip in mornings", "L ear blockage", "Family history: "
                                 "uncle had NPC"],
         pmh=["Good past health"], exam=["L level II LN 3cm, firm, non-tender",
                                         "L middle ear effusion", "Nasoendoscopy: exophytic "
                                         "mass L fossa of Rosenmuller"],
         labs={}, ecg="normal", img=("MRI", "Nasopharynx and neck", "Enhancing mass in the left "
                                     "fossa of Rosenmuller extending to the left "
                                     "parapharyngeal space. Left retropharyngeal and level II "
                                     "nodes, largest 28mm. No skull base erosion.",
                                     "Left NPC with parapharyngeal extension and nodal "
                                     "metastasis (T2N2)."),
         meds=[M("Paracetamol", "500mg", "qid prn"), M("Benzydamine gargle (Difflam)", "15ml",
               "qid")], inpt=[], proc="naso",
         path=dict(spec="Biopsy of nasopharynx, left", gross="Multiple tan fragments "
                   "aggregating 6 x 5 x 2mm.", micro="Sheets of undifferentiated malignant cells "
                   "with vesicular nuclei and prominent nucleoli in lymphoid stroma. EBER in-"
                   "situ hybridisation positive. Pan-CK positive.",
                   dx="Nasopharynx, biopsy: undifferentiated carcinoma (non-keratinizing), "
                   "EBER positive."),
         course=["Biopsy confirmed NPC", "Staging PET-CT arranged", "Referred to Clinical "
                 "Oncology for concurrent chemoradiotherapy"],
         fu="ENT / Clinical Oncology joint clinic", other=[]),
    dict(key="gout", dx="Acute gouty arthritis, right 1st MTP joint", abbr="Gout", dept="FM",
         icd="274.01", age=(35, 75), cc="painful swollen R big toe for 2 days",
         hpi=["Sudden onset severe pain and swelling R big toe", "After seafood banquet and "
              "beer", "Previous similar attack 1 year ago"],
         pmh=["HT", "Hyperuricaemia"], exam=["R 1st MTPJ red, warm, swollen, very tender",
                                             "Afebrile"],
         labs={"Urate": (0.50, 0.65)}, ecg="normal",
         img=("XR", "Right foot AP and oblique", "Soft tissue swelling around the first MTP "
              "joint. Small punched-out erosion with overhanging edge at the first metatarsal "
              "head. Joint space preserved.", "Features suggestive of gout."),
         meds=[M("Colchicine", "0.5mg", "bd", dur="x 1 week"), M("Naproxen", "250mg", "tds pc",
               dur="x 5 days"), M("Omeprazole", "20mg", "daily"), M("Amlodipine", "5mg", "daily")],
         inpt=[], proc="joint", course=[], fu="GOPC 4 weeks, consider allopurinol after attack "
         "settles", other=["HT"]),
]
SCEN_BY = {s["key"]: s for s in SCEN}
OP_SCEN = [s for s in SCEN if s.get("op")]
PATH_SCEN = [s for s in SCEN if s.get("path")]
INPT_SCEN = [s for s in SCEN if s["dept"] != "FM"]

# ----------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------
class G:
    """Generator context holding the RNG."""
    def __init__(self, rng):
        self.r = rng

    def pick(self, seq):
        return self.r.choice(seq)

    def maybe(self, p=0.5):
        return self.r.random() < p

    def ri(self, a, b):
        return self.r.randint(a, b)

    def sample(self, seq, k):
        k = max(0, min(k, len(seq)))
        return self.r.sample(list(seq), k)

    def digits(self, n):
        return "".join(str(self.r.randint(0, 9)) for _ in range(n))


def fmt_date(g, d, style=None):
    if style is None:
        style = g.ri(0, 5)
    if style == 0:
        return d.strftime("%d/%m/%Y")
    if style == 1:
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 2:
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == 3:
        return d.strftime("%Y-%m-%d")
    if style == 4:
        return d.strftime("%d/%m/%y")
    return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1].upper(), d.year)


def fmt_time(g, h=None, m=None, colon=None):
    h = g.ri(0, 23) if h is None else h
    m = g.ri(0, 59) if m is None else m
    if colon is None:
        colon = g.maybe(0.7)
    return ("%02d:%02d" % (h, m)) if colon else ("%02d%02d" % (h, m))


class Patient:
    pass


def make_patient(g, scen=None, age=None):
    p = Patient()
    if scen and age is None:
        lo, hi = scen.get("age", (20, 90))
        age = g.ri(lo, hi)
    p.age = age if age is not None else g.ri(18, 92)
    p.sex = g.pick(["M", "F"])
    if scen and scen["key"] == "bph":
        p.sex = "M"
    if g.maybe(0.06):
        sur, giv = g.pick(NONLOCAL)
        p.surname, p.given, p.eng = sur, giv, ""
    else:
        p.surname = g.pick(SURN)
        p.given = g.pick(G1) + " " + g.pick(G2)
        p.eng = ""
        if g.maybe(0.22) and p.age < 70:
            p.eng = g.pick(ENG_M if p.sex == "M" else ENG_F)
    p.hkid = "%s%s%s(%s)" % (g.pick("ZYXWV"), g.pick("ABCDEFGHKMPRSTU") if g.maybe(0.15) else "",
                             g.digits(6), g.pick("0123456789A"))
    p.hn = "HN%s%s" % (g.digits(8), g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
    p.phone = g.pick("2356") + g.digits(7)
    p.mobile = g.pick("5679") + g.digits(7)
    flat = "Flat %s, %d/F" % (g.pick("ABCDEFGH") if g.maybe(0.4) else str(g.ri(1, 40)).zfill(2),
                              g.ri(1, 38))
    if g.maybe(0.6):
        p.address = "%s, %s House, %s %s, %s" % (flat, g.pick(["Wah", "Fuk", "Lok", "Hing", "Tak", "Shun"]) + " " + g.pick(["Yan", "On", "Mei", "Kwai", "Ching"]),
                                                 g.pick(ESTATES), "Estate", g.pick(DISTRICTS))
    else:
        p.address = "%s, Block %s, %s %s, %d %s, %s" % (flat, g.pick("1234567ABCDE"), g.pick(ESTATES),
                                                       g.pick(EST_KIND), g.ri(1, 288), g.pick(STREETS), g.pick(DISTRICTS))
    p.nok_name = "%s %s %s" % (g.pick(SURN), g.pick(G1), g.pick(G2))
    p.nok_rel = g.pick(["Son", "Daughter", "Wife", "Husband", "Mother", "Sister", "Brother",
                        "Daughter-in-law", "Nephew"])
    p.nok_phone = g.pick("569") + g.digits(7)
    return p


def pname(g, p, style=None):
    if style is None:
        style = g.ri(0, 5)
    full = p.surname + " " + p.given
    if style == 0:
        return full.upper()
    if style == 1:
        return "%s, %s" % (p.surname.upper(), p.given.upper())
    if style == 2:
        return (p.eng + " " if p.eng else "") + p.surname.upper() + " " + p.given
    if style == 3:
        return p.surname.capitalize() + " " + p.given.replace(" ", "-", 1).capitalize() if " " in p.given else full.title()
    if style == 4:
        return "%s %s" % (p.surname.upper(), p.given)
    return full.upper()


def title_of(p):
    return "Mr." if p.sex == "M" else "Ms."


def hisher(p):
    return "his" if p.sex == "M" else "her"


def heshe(p):
    return "he" if p.sex == "M" else "she"


def dob_of(g, p, ref):
    y = ref.year - p.age
    try:
        return datetime.date(y, g.ri(1, 12), g.ri(1, 28))
    except ValueError:
        return datetime.date(y, 1, 1)


def rand_date(g, y0=2006, y1=2024):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(g.ri(start, end))


def doctor(g, rank=None, initials=None):
    sur = g.pick(SURN)
    a, b = g.pick(G1), g.pick(G2)
    st = g.ri(0, 4) if initials is None else (1 if initials else 0)
    if st == 0:
        n = "Dr. %s %s %s" % (sur, a, b)
    elif st == 1:
        n = "Dr %s.%s. %s" % (a[0], b[0], sur.capitalize())
    elif st == 2:
        n = "Dr %s %s %s" % (sur.capitalize(), a, b.lower())
    elif st == 3:
        n = "Dr. %s %s" % (g.pick(ENG_M + ENG_F), sur.upper())
    else:
        n = "Dr %s %s-%s" % (sur.upper(), a, b.lower())
    return n


def nurse(g):
    return g.pick(["RN", "APN", "EN", "NO", "WM", "RN", "RN"]) + " " + g.pick(SURN) + " " + \
        g.pick(G1)[0] + "." + g.pick(G2)[0] + "."


def hosp_header(g, hosp, dept=None, cluster=True):
    st = g.ri(0, 4)
    lines = []
    if st == 0:
        lines = ["HOSPITAL AUTHORITY", hosp.upper()]
    elif st == 1:
        lines = [hosp, g.pick(CLUSTERS) if cluster else ""]
    elif st == 2:
        lines = ["%s  (%s)" % (hosp.upper(), g.pick(CLUSTERS))]
    elif st == 3:
        lines = ["Hospital Authority - " + hosp]
    else:
        lines = [hosp.upper(), "%d %s, %s" % (g.ri(1, 300), g.pick(STREETS), g.pick(DISTRICTS)),
                 "Tel: %s  Fax: %s" % (g.pick("23") + g.digits(7), g.pick("23") + g.digits(7))]
    if dept:
        lines.append(dept)
    return [l for l in lines if l]


def cms_header(g, title=None):
    opts = ["Clinical Management System", "CMS  -  Clinical Management System",
            "CMS III", "Clinical Management System (CMS)", "ePR - Electronic Patient Record",
            "CLINICAL MANAGEMENT SYSTEM"]
    out = [g.pick(opts)]
    if title:
        out.append(title)
    return out


def pt_label(g, p, ref, hn=True, compact=None):
    """Patient ID label (sticker) block."""
    dob = dob_of(g, p, ref)
    if compact is None:
        compact = g.ri(0, 3)
    if compact == 0:
        return ["%s   %s/%d" % (pname(g, p, 0), p.sex, p.age),
                "%s   %s" % (p.hkid, p.hn if hn else ""),
                "DOB: %s" % fmt_date(g, dob, 0)]
    if compact == 1:
        return ["Name: %s" % pname(g, p), "Sex/Age: %s/%dY" % (p.sex, p.age),
                "HKID No.: %s" % p.hkid, "Hosp No.: %s" % p.hn]
    if compact == 2:
        return ["Patient: %s (%s)  %s  %dy  HKID: %s" % (pname(g, p, 1), p.hn, p.sex, p.age, p.hkid)]
    return ["%-34s Sex: %s   Age: %d" % ("Patient Name: " + pname(g, p, 0), p.sex, p.age),
            "%-34s Case No.: %s" % ("HKID: " + p.hkid, p.hn),
            "D.O.B.: %s" % fmt_date(g, dob, 1)]


def footer(g, p, ref, page=1, pages=1):
    st = g.ri(0, 5)
    who = g.pick(["%s" % g.pick(SURN).lower() + g.digits(3), "PC" + g.digits(4), "WKS" + g.digits(3)])
    if st == 0:
        return ["", "Page %d of %d" % (page, pages)]
    if st == 1:
        return ["", "Printed on %s %s by %s    Page %d/%d" % (fmt_date(g, ref, 0), fmt_time(g), who, page, pages)]
    if st == 2:
        return ["", "-" * 60, "%s  %s   Confidential    P.%d" % (pname(g, p, 0), p.hn, page)]
    if st == 3:
        return ["", "*** END OF REPORT ***"]
    if st == 4:
        return ["", "Print Date/Time: %s %s  Location: %s" % (fmt_date(g, ref, 1), fmt_time(g), g.pick(["Ward 7B", "SOPC Rm 12", "AED", "MRO", "GOPC counter 3"]))]
    return []


def ward(g, dept):
    base = {"M&G": ["Ward %d%s" % (g.ri(3, 12), g.pick("ABCDEFGH")), "MED %d" % g.ri(1, 9), "Acute Medical Ward", "CCU"],
            "SURG": ["Ward %d%s (Surgical)" % (g.ri(3, 12), g.pick("ABC")), "SURG Ward %d" % g.ri(1, 8), "EMW (Surg)"],
            "O&T": ["Ward %d%s (O&T)" % (g.ri(3, 12), g.pick("ABCD")), "Ortho Ward %d" % g.ri(1, 6)],
            "URO": ["Ward %d%s (Uro)" % (g.ri(3, 12), g.pick("AB"))],
            "ENT": ["Ward %d%s (ENT)" % (g.ri(3, 12), g.pick("AB"))],
            "CARD": ["CCU", "Cardiac Ward %d" % g.ri(1, 4)],
            "FM": ["GOPC"]}
    return g.pick(base.get(dept, ["Ward %d%s" % (g.ri(3, 12), g.pick("ABC"))]))


def dept_name(g, code):
    return g.pick(DEPT_NAMES.get(code, DEPT_NAMES["M&G"]))


def med_line(g, m, style=None):
    if style is None:
        style = g.ri(0, 4)
    route = m["route"] or "po"
    dur = (" " + m["dur"]) if m["dur"] else ""
    if style == 0:
        return "%s %s %s%s" % (m["drug"], m["dose"], m["freq"], dur)
    if style == 1:
        return "%s %s %s %s%s" % (m["drug"].upper(), m["dose"], route, m["freq"], dur)
    if style == 2:
        return "%-40s %-10s %-8s %s" % (m["drug"], m["dose"], m["freq"].upper(), route.upper())
    if style == 3:
        return "%s - %s %s %s%s" % (m["drug"].split(" (")[0], m["dose"], route, m["freq"], dur)
    return "%s %s %s" % (m["drug"].split(" (")[0].lower(), m["dose"], m["freq"])


def vitals(g, scen=None, style=None):
    key = scen["key"] if scen else ""
    t = round(g.r.uniform(36.2, 37.2), 1)
    sbp, dbp, hr, spo2, rr = g.ri(110, 150), g.ri(60, 90), g.ri(64, 92), g.ri(96, 99), g.ri(14, 18)
    if key in ("cap", "uti", "chole"):
        t = round(g.r.uniform(37.9, 39.2), 1); hr = g.ri(96, 118)
    if key in ("cap", "aecopd", "chf"):
        spo2 = g.ri(86, 93); rr = g.ri(20, 28)
    if key == "ugib":
        sbp, dbp, hr = g.ri(88, 104), g.ri(50, 64), g.ri(102, 124)
    if key in ("nof", "chf"):
        hr = g.ri(88, 118)
    if style is None:
        style = g.ri(0, 3)
    if style == 0:
        return "BP %d/%d  P %d  T %.1f  SpO2 %d%% RA  RR %d" % (sbp, dbp, hr, t, spo2, rr)
    if style == 1:
        return "T %.1fC, BP %d/%d mmHg, HR %d/min, RR %d, SaO2 %d%% (room air)" % (t, sbp, dbp, hr, rr, spo2)
    if style == 2:
        return "BP: %d/%d   Pulse: %d   Temp: %.1f   SpO2: %d%%   H'stix: %.1f" % (sbp, dbp, hr, t, spo2, g.r.uniform(5, 12))
    return "Vitals: %d/%d, %d bpm, %.1f C, %d%%" % (sbp, dbp, hr, t, spo2)


def lab_value(g, name, scen=None):
    unit, lo, hi, dec, _ = LABREF[name]
    ov = (scen or {}).get("labs", {}).get(name)
    if ov:
        v = g.r.uniform(ov[0], ov[1])
    else:
        span = hi - lo
        v = g.r.uniform(lo + 0.1 * span, hi - 0.1 * span) if hi < 9 or name != "HDL" else g.r.uniform(1.0, 1.8)
        if name == "CRP":
            v = g.r.uniform(0.3, 4.5)
        if name in ("TnT",):
            v = g.r.uniform(3, 12)
    flag = ""
    if name == "HDL":
        flag = "L" if v < lo else ""
    elif v > hi:
        flag = "H"
    elif v < lo:
        flag = "L"
    if dec == 0:
        s = str(int(round(v)))
    else:
        s = ("%." + str(dec) + "f") % v
    if name == "eGFR" and v > 90:
        s = ">90"; flag = ""
    ref = ("%s - %s" % (lo, hi)) if name not in ("CRP", "TnT", "LDL", "TC", "TG", "AFP", "CEA", "PSA", "BNP") else ("<%s" % hi)
    if name == "HDL":
        ref = ">1.0"
    return s, flag, unit, ref


def ocr_noise(g, text, level=None):
    if level is None:
        level = g.pick([0, 0, 1, 1, 1, 2])
    if level == 0:
        return text
    rate = 0.004 if level == 1 else 0.012
    subs = {"l": "1", "O": "0", "o": "0", "I": "l", "S": "5", "e": "c", "m": "rn", "rn": "m",
            ",": ".", ".": ",", "i": "l", "B": "8", "h": "b", "a": "o"}
    out = []
    r = g.r
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch != "\n" and r.random() < rate:
            k = r.random()
            if k < 0.55 and ch in subs:
                out.append(subs[ch])
            elif k < 0.7:
                pass  # dropped char
            elif k < 0.8:
                out.append(ch + " ")
            elif k < 0.9:
                out.append(ch + r.choice(["'", "`", ".", "|", "~"]))
            else:
                out.append(ch)
        else:
            out.append(ch)
        i += 1
    res = "".join(out)
    if level == 2 and r.random() < 0.5:
        lines = res.split("\n")
        lines = [(" " * r.randint(1, 3) + l) if r.random() < 0.1 else l for l in lines]
        res = "\n".join(lines)
    return res


def paginate(g, lines, p, ref, max_lines=None):
    """Insert page furniture into long documents."""
    if max_lines is None:
        max_lines = g.ri(45, 60)
    if len(lines) <= max_lines or g.maybe(0.3):
        return lines
    pages = (len(lines) + max_lines - 1) // max_lines
    out = []
    style = g.ri(0, 2)
    for i in range(pages):
        chunk = lines[i * max_lines:(i + 1) * max_lines]
        if i > 0:
            if style == 0:
                out.append("%s   %s   (cont'd)" % (pname(g, p, 0), p.hn))
            elif style == 1:
                out.append("Patient: %s    HKID: %s" % (pname(g, p, 0), p.hkid))
            out.append("")
        out.extend(chunk)
        if style == 2:
            out.append("- %d -" % (i + 1))
        else:
            out.append("Page %d of %d" % (i + 1, pages))
        if i < pages - 1:
            out.append("\f")
    return out


def sig_block(g, name=None, rank=None, dept=None, style=None):
    name = name or doctor(g)
    rank = rank or g.pick(RANKS)
    if style is None:
        style = g.ri(0, 4)
    if style == 0:
        return ["", "_________________", name, rank + ((", " + dept) if dept else "")]
    if style == 1:
        return ["", "%s (%s)" % (name, rank)]
    if style == 2:
        return ["", "Signed: %s" % name, "Rank: %s" % rank, "Code: %s" % g.digits(5)]
    if style == 3:
        return ["", "(Electronically signed) %s %s" % (name, rank)]
    return ["", name, rank, dept or ""]


def bullets(g, items, style=None):
    if style is None:
        style = g.ri(0, 3)
    if style == 0:
        return ["- " + x for x in items]
    if style == 1:
        return ["%d. %s" % (i + 1, x) for i, x in enumerate(items)]
    if style == 2:
        return ["  " + x for x in items]
    return ["%d) %s" % (i + 1, x) for i, x in enumerate(items)]


def abbrev_sentence(g, s):
    """Occasionally compress text the way clinicians write."""
    if g.maybe(0.5):
        reps = [("shortness of breath", "SOB"), ("with", "c/"), ("without", "s/"),
                ("history", "hx"), ("patient", "pt"), ("bilateral", "B/L"), ("Left", "L"),
                ("Right", "R"), (" and ", " & "), ("weeks", "/52"), ("days", "/7")]
        for a, b in reps:
            if g.maybe(0.5):
                s = s.replace(a, b)
    return s


def dx_text(g, scen):
    return g.pick([scen["dx"], scen["abbr"], scen["dx"]])


def ctx(g, scen=None, ref=None):
    scen = scen or g.pick(SCEN)
    ref = ref or rand_date(g)
    c = {"s": scen, "p": make_patient(g, scen), "d": ref, "hosp": g.pick(HOSP),
         "dept": scen["dept"] if scen["dept"] != "FM" else g.pick(["FM", "M&G"])}
    return c


# ----------------------------------------------------------------------------
# Document generators
# ----------------------------------------------------------------------------
def los_dates(g, c):
    adm = c["d"]
    dis = adm + datetime.timedelta(days=g.ri(2, 14))
    return adm, dis


def extra_results(g, s):
    """Longer appendix of results, used to make some documents run to several pages."""
    out = ["", g.pick(["INVESTIGATION RESULTS", "Investigations:", "Results during admission", "Significant investigations"])]
    names = PANELS["CBC"] + PANELS["RFT"] + PANELS["LFT"] + [k for k in s["labs"] if k not in PANELS["CBC"] + PANELS["RFT"] + PANELS["LFT"]]
    out += lab_table(g, names, s, g.ri(0, 2))
    m = s["img"]
    out += ["", "%s %s:" % (m[0], m[1]), "  " + m[2], "  Impression: " + m[3]]
    if s.get("path") and g.maybe(0.6):
        out += ["", "Histology: " + s["path"]["dx"]]
    out += ["", "Problems addressed:"] + bullets(g, [s["abbr"]] + s["other"] + [g.pick(["Constipation", "Insomnia", "Hypokalaemia, replaced", "Delirium, resolved", "Fall risk"])], 1)
    return out


def gen_discharge_summary(g):
    c = ctx(g, g.pick(INPT_SCEN))
    s, p = c["s"], c["p"]
    adm, dis = los_dates(g, c)
    dstyle = g.ri(0, 5)
    D = lambda d: fmt_date(g, d, dstyle)
    L = []
    lay = g.ri(0, 6)
    author = doctor(g)
    meds = s["meds"]
    if lay == 0:  # CMS discharge summary printout
        L += cms_header(g, g.pick(["Discharge Summary", "DISCHARGE SUMMARY", "Discharge Summary (Final)"]))
        L += hosp_header(g, c["hosp"], dept_name(g, c["dept"]))
        L += pt_label(g, p, adm)
        L += ["", "Admission Date: %s      Discharge Date: %s" % (D(adm), D(dis)),
              "Specialty: %s   Ward: %s" % (c["dept"], ward(g, c["dept"])),
              "Source of Referral: %s" % g.pick(["AED", "SOPC", "GOPC", "Private doctor", "OAH"]), "",
              "Principal Diagnosis:", "  %s  [ICD-9-CM %s]" % (s["dx"], s["icd"])]
        if s["other"]:
            L += ["Other Diagnoses:"] + ["  " + x for x in s["other"]]
        if s.get("op"):
            L += ["Procedures/Operations:", "  %s (%s)" % (s["op"]["name"], D(adm + datetime.timedelta(days=1)))]
        L += ["", "Progress:"] + bullets(g, s["course"]) + ["", "Discharge Medication:"]
        L += ["  " + med_line(g, m) for m in meds]
        L += ["", "Follow-up: " + s["fu"], "Discharge Destination: %s" % g.pick(["Home", "Home with family", "OAH", "Convalescent hospital"])]
        L += sig_block(g, author, g.pick(["MO", "Resident"]), c["dept"])
    elif lay == 1:  # Letter-style to GOPC / family doctor
        L += hosp_header(g, c["hosp"], dept_name(g, c["dept"]))
        L += ["", D(dis), "", "Dear Doctor,", "",
              "Re: %s  (%s)  %s/%d" % (pname(g, p), p.hkid, p.sex, p.age), "",
              "The above patient was admitted to our ward from %s to %s for %s." % (D(adm), D(dis), s["cc"]),
              "", "Diagnosis: %s" % s["dx"]]
        L += ["", "%s %s" % (title_of(p), p.surname.capitalize()) + " " + "; ".join(x[0].lower() + x[1:] for x in s["course"]) + "."]
        L += ["", "Medication on discharge:"] + bullets(g, [med_line(g, m, 0) for m in meds])
        L += ["", "%s will be followed up at %s. Kindly continue the management. Thank you." % (heshe(p).capitalize(), s["fu"]),
              "", "Yours sincerely,"] + sig_block(g, author, g.pick(["Medical Officer", "Resident", "Associate Consultant"]), dept_name(g, c["dept"]), 4)
    elif lay == 2:  # Abbreviated intern D/S
        L += ["D/S  %s  %s  %s" % (p.hn, pname(g, p, 0), c["dept"]),
              "Adm %s  D/C %s  (LOS %d d)" % (D(adm), D(dis), (dis - adm).days),
              "Dx: " + s["abbr"], "Hx: " + abbrev_sentence(g, s["hpi"][0])]
        L += ["Ix: " + "; ".join("%s %s" % (k, lab_value(g, k, s)[0]) for k in list(s["labs"].keys())[:4])] if s["labs"] else []
        L += ["Course:"] + ["- " + abbrev_sentence(g, x) for x in s["course"]]
        L += ["D/C meds:"] + [med_line(g, m, 4) for m in meds]
        L += ["FU: " + s["fu"], "", author + " " + g.pick(["(Intern)", "(MO)", "INT"])]
    elif lay == 3:  # Surgical structured
        L += [c["hosp"].upper(), g.pick(["SUMMARY OF HOSPITALISATION", "Discharge Record", "Episode Summary", ""])]
        L += pt_label(g, p, adm, compact=3)
        L += ["", "Date of Admission : " + D(adm), "Date of Discharge : " + D(dis),
              "Consultant in charge : " + doctor(g, initials=True), "",
              "DIAGNOSIS", "-" * 9, s["dx"], ""]
        L += ["PRESENTING COMPLAINT", s["cc"].capitalize(), "", "INVESTIGATIONS"]
        m = s["img"]
        L += ["%s %s: %s" % (m[0], m[1], m[3])]
        if s.get("op"):
            L += ["", "OPERATION", "%s on %s under %s" % (s["op"]["name"], D(adm + datetime.timedelta(days=g.ri(0, 2))), s["op"]["anaes"])]
            L += ["Findings: " + s["op"]["findings"]]
        L += ["", "HOSPITAL COURSE"] + [" ".join(s["course"]) + "."]
        L += ["", "DISCHARGE MEDICATIONS"] + [med_line(g, m, 2) for m in meds]
        L += ["", "FOLLOW UP", s["fu"]] + sig_block(g, author, None, None, 0)
    elif lay == 4:  # Geriatric / narrative with functional status
        L += hosp_header(g, c["hosp"]) + [""]
        L += ["Name: %s     HN: %s     Age/Sex: %d/%s" % (pname(g, p, 0), p.hn, p.age, p.sex)]
        L += ["Adm: %s  ->  Discharged: %s" % (D(adm), D(dis)), ""]
        L += ["Diagnoses:"] + bullets(g, [s["dx"]] + s["other"], 1)
        L += ["", "Summary:", " ".join(s["hpi"][:2]) + ". " + " ".join(s["course"]) + "."]
        L += ["", "Functional status on discharge: %s" % g.pick(["walks with stick independently", "walking frame with 1 assist", "chairbound, assisted transfer", "independent in ADL"]),
              "Barthel Index: %d/100 (admission %d)" % (g.ri(45, 95), g.ri(20, 60)),
              "Diet: %s" % g.pick(["Normal diet", "Minced diet, thickened fluid", "DM diet", "Low salt diet"]),
              "Allergy: %s" % g.pick(["NKDA", "Penicillin (rash)", "No known drug allergy", "Sulpha"]), ""]
        L += ["Drugs on discharge:"] + [med_line(g, m, 3) for m in meds]
        L += ["", "Follow up arrangement: " + s["fu"], "CGAT / Community nurse referral: %s" % g.pick(["Yes", "No", "N/A"])]
        L += sig_block(g, author, None, None, 2)
    elif lay == 5:  # Discharge summary with ICD coding table and lab table
        L += ["%s   %s" % (c["hosp"], g.pick(["Medical Records Office", "Discharge summary - coded", "Inpatient Discharge Summary"]))]
        L += pt_label(g, p, adm, compact=0)
        L += ["Episode: %s%s" % (g.pick(["HN", "EP"]), g.digits(9)), ""]
        L += ["Code      Description", "%-9s %s  (Principal)" % (s["icd"], s["dx"])]
        for o in s["other"]:
            L += ["%-9s %s" % (g.pick(["401.9", "250.00", "272.4", "427.31", "414.01", "585.3", "294.10", "V12.54", "600.00"]), o)]
        L += ["", "Significant results:"]
        for k in list(s["labs"].keys())[:5]:
            v, f, u, r = lab_value(g, k, s)
            L += ["  %-8s %-8s %-2s %s" % (k, v, f, u)]
        L += ["", "Clinical summary: " + "; ".join(s["course"])]
        L += ["", "Discharge drugs:"] + ["  " + med_line(g, m, 1) for m in meds]
        L += ["", "Appointment: " + s["fu"], "Sick leave: %s" % g.pick(["N/A", "%d days granted" % g.ri(3, 28), "not required"])]
        L += sig_block(g, author, None, None, 3)
    else:  # Minimal handwritten-like
        L += [g.pick(["Discharge Note", "D/C summary", "Discharge", "Summary"]) + " - " + D(dis)]
        L += ["%s (%s)" % (pname(g, p, 2), p.hkid)]
        L += ["Adm " + D(adm) + " for " + s["cc"], "Dx: " + s["abbr"] + (" / " + ", ".join(s["other"]) if s["other"] else "")]
        L += [abbrev_sentence(g, x) for x in s["course"]]
        L += ["Home meds: " + ", ".join(med_line(g, m, 4) for m in meds), "FU " + s["fu"], "", author]
    if lay in (0, 3, 4, 5) and g.maybe(0.55):
        L += extra_results(g, s)
    L += footer(g, p, dis)
    return "\n".join(paginate(g, L, p, dis))


def gen_history_physical(g):
    c = ctx(g, g.pick(INPT_SCEN))
    s, p = c["s"], c["p"]
    d = c["d"]
    L = []
    lay = g.ri(0, 6)
    smoke = g.pick(["Non-smoker, non-drinker", "Ex-smoker, social drinker", "Smoker 1 ppd x 30 yrs", "NS/ND", "Nonsmoker, drinks occasionally"])
    live = g.pick(["Lives with wife in PRH", "Lives alone in public housing, CSSA", "Lives with son and FDH", "OAH resident", "Lives with family, 3/F walk-up", "Lives with husband, lift-landing"])
    adl = g.pick(["ADL independent", "Walks unaided, ADL-I", "Walks with stick outdoor", "Chairbound, ADL-D", "Walking frame indoor"])
    allergy = g.pick(["NKDA", "Allergy: nil known", "ADR: Penicillin - rash", "No known drug allergy", "Allergic to aspirin?? (pt not sure)"])
    dh = [med_line(g, m, 4) for m in g.sample(s["meds"], g.ri(1, 4))]
    if lay == 0:  # intern admission note, abbreviated
        L += ["%s %s  Adm note (Intern)" % (fmt_date(g, d, 4), fmt_time(g))]
        L += ["%s/%d  from %s" % (p.sex, p.age, g.pick(["AED", "SOPC", "OAH via AED", "GOPC referral"]))]
        L += ["PMH: " + ", ".join(s["pmh"]), "DH: " + "; ".join(dh), allergy, "SH: " + smoke + ". " + live, ""]
        L += ["C/O " + s["cc"]] + ["- " + abbrev_sentence(g, x) for x in s["hpi"]]
        L += ["", "P/E:", vitals(g, s, 0)] + ["  " + x for x in s["exam"]]
        L += ["", "Ix: " + ", ".join("%s %s%s" % (k, lab_value(g, k, s)[0], " (" + lab_value(g, k, s)[1] + ")" if lab_value(g, k, s)[1] else "") for k in list(s["labs"].keys())[:3])]
        L += ["%s: %s" % (s["img"][0], s["img"][3])]
        L += ["", "Imp: " + s["abbr"], "Plan:"] + bullets(g, s["inpt"] or ["Observe", "Ix as above"], 1)
        L += ["", doctor(g) + " (Intern)"]
    elif lay == 1:  # CMS structured Admission Note
        L += cms_header(g, g.pick(["Admission Note", "ADMISSION NOTE", "Clinical Note - Admission"]))
        L += pt_label(g, p, d, compact=g.ri(0, 3))
        L += ["Specialty: %s   Ward/Bed: %s / %d" % (c["dept"], ward(g, c["dept"]), g.ri(1, 40)),
              "Note date: %s %s" % (fmt_date(g, d, 0), fmt_time(g)), "",
              "Chief Complaint:", "  " + s["cc"].capitalize(), "",
              "History of Present Illness:"] + ["  " + x + "." for x in s["hpi"]]
        L += ["", "Past Medical History:"] + ["  " + x for x in s["pmh"]]
        L += ["", "Drug History:"] + ["  " + x for x in dh] + ["", "Allergy: " + allergy]
        L += ["", "Social History:", "  " + smoke + "; " + live + "; " + adl]
        L += ["", "Physical Examination:", "  " + vitals(g, s, 1)] + ["  " + x for x in s["exam"]]
        L += ["", "Systems review:"] + ["  %s: %s" % (k, g.pick(v)) for k, v in [("CVS", ["no chest pain, no palpitation", "SOBOE"]), ("Resp", ["no cough", "chronic cough"]), ("GI", ["appetite fair, BO normal", "constipated"]), ("GU", ["no dysuria", "nocturia x2"]), ("CNS", ["no weakness", "no headache"])]]
        if g.maybe(0.5):
            L += extra_results(g, s)
        L += ["", "Impression:", "  " + s["dx"], "", "Management Plan:"] + bullets(g, s["inpt"] or ["Conservative treatment"], 0)
        L += sig_block(g, None, g.pick(["MO", "Resident", "Intern"]), c["dept"], 3)
    elif lay == 2:  # surgical clerking
        L += [g.pick(["SURGICAL CLERKING", "Surgical admission", "Clerking sheet", "EMW clerking"]), "Date: " + fmt_date(g, d)]
        L += pt_label(g, p, d, compact=0)
        L += ["", "Presenting c/o: " + s["cc"]]
        L += ["HPI: " + ". ".join(abbrev_sentence(g, x) for x in s["hpi"]) + "."]
        L += ["PHx: " + ("; ".join(s["pmh"])), "Op hx: " + g.pick(["nil", "LSCS 1998", "hernia repair 2003", "Nil previous operation"]),
              "Meds: " + (", ".join(dh) if dh else "nil"), "Allergy: " + allergy, "LMP: " + (g.pick(["menopause", "2/52 ago", "N/A"]) if p.sex == "F" else "N/A"), ""]
        L += ["O/E:", vitals(g, s, 3), "Abd: " + "; ".join(s["exam"][1:]), "Chest: clear, HS dual no murmur", ""]
        L += ["Ix:", "  CBC/RFT/LFT/Clotting/T&S sent", "  " + s["img"][0] + " " + s["img"][1] + " - " + s["img"][3], ""]
        L += ["Impression: ?" + s["abbr"] if g.maybe(0.4) else "Impression: " + s["abbr"], "Plan:"] + bullets(g, s["inpt"] + ["Consent for %s" % s["op"]["name"] if s.get("op") else "Observe"], 3)
        L += ["", doctor(g) + " / " + g.pick(["Surg MO", "Intern (Surg)", "HST"])]
    elif lay == 3:  # geriatric admission with function
        L += hosp_header(g, c["hosp"], "Department of Medicine & Geriatrics")
        L += ["", "ADMISSION ASSESSMENT (%s)" % g.pick(["Geriatric", "M&G", "Acute"]), ""]
        L += ["%s  %s  %d%s" % (pname(g, p, 0), p.hkid, p.age, p.sex)]
        L += ["Informant: %s (%s) and %s" % (g.pick(["patient", "daughter", "OAH staff"]), p.nok_rel.lower(), g.pick(["old records", "CMS", "referral letter"]))]
        L += ["", "Premorbid: " + adl + "; " + live, "Cognition: " + g.pick(["AMT 8/10", "AMT 4/10, known dementia", "MMSE 24/30", "alert and oriented"]),
              "Continence: " + g.pick(["continent", "on diaper", "urge incontinence"]), ""]
        L += ["HPI:"] + ["  " + x for x in s["hpi"]]
        L += ["PMH:"] + bullets(g, s["pmh"], 1) + ["Drugs: " + ", ".join(dh), allergy, ""]
        L += ["Exam: " + vitals(g, s, 1)] + ["  " + x for x in s["exam"]]
        L += ["  Pressure area: " + g.pick(["intact", "stage 1 over sacrum", "stage 2 L heel"]), "", "Assessment: " + s["dx"]]
        L += ["Plan: " + "; ".join(s["inpt"] or ["supportive"]) + "; PT/OT referral; MSW if needed", "Resus status: " + g.pick(["Full", "DNACPR discussed with family - agreed", "For full active treatment"])]
        L += sig_block(g, None, "MO", "M&G", 1)
    elif lay == 4:  # O&T / elective admission pre-op
        L += [c["hosp"].upper() + " - " + dept_name(g, c["dept"]), g.pick(["Pre-operative Admission", "Elective Admission Note", "Admission record", ""])]
        L += pt_label(g, p, d, compact=1)
        L += ["", "Admitted for: " + (s["op"]["name"] if s.get("op") else "management of " + s["abbr"]),
              "Background: " + ", ".join(s["pmh"]), "", "History:", "  " + " ".join(x + "." for x in s["hpi"])]
        L += ["", "Examination:", "  GC fair, " + vitals(g, s, 2)] + ["  " + x for x in s["exam"]]
        L += ["", "Pre-op Ix: CBC, RFT, clotting, T&S, ECG, CXR - %s" % g.pick(["reviewed, NAD", "Hb low - for correction", "pending"]),
              "Anaesthetic assessment: ASA %s" % g.pick(["I", "II", "II", "III"]), "Fasting from midnight, consent to be signed"]
        L += ["", "Dx: " + s["dx"]] + sig_block(g, None, g.pick(["MO", "Resident"]), None, 0)
    elif lay == 5:  # Dictated long H&P
        L += hosp_header(g, c["hosp"], dept_name(g, c["dept"]))
        L += ["", "HISTORY AND PHYSICAL EXAMINATION" if g.maybe(0.5) else "Clinical notes", ""]
        L += ["Patient: %s, %d-year-old %s, HN %s" % (pname(g, p, 2), p.age, "man" if p.sex == "M" else "woman", p.hn), ""]
        L += ["This %d-year-old %s with a history of %s presented with %s. %s." % (p.age, "gentleman" if p.sex == "M" else "lady", ", ".join(s["pmh"]).lower(), s["cc"], ". ".join(s["hpi"]))]
        L += ["", "%s is %s. %s. %s." % (heshe(p).capitalize(), smoke.lower(), live, adl)]
        L += ["", "On examination, " + vitals(g, s, 1) + ". " + ". ".join(s["exam"]) + "."]
        L += ["", "Investigations: " + "; ".join("%s %s %s" % (k, lab_value(g, k, s)[0], lab_value(g, k, s)[2]) for k in list(s["labs"].keys())[:4]) + ". " + s["img"][1] + ": " + s["img"][3]]
        L += ["", "Impression: " + s["dx"] + ".", "", "Plan: " + "; ".join(s["inpt"] or ["observe"]) + "."]
        L += sig_block(g, None, None, None, 4)
    else:  # Night admission short
        L += ["[%s %s] %s" % (fmt_date(g, d, 0), fmt_time(g, g.ri(0, 5)), g.pick(["Night adm", "Admission", "Adm (on-call)", "New case"]))]
        L += ["%s %s/%d %s" % (p.hn, p.sex, p.age, g.pick(["", "bed " + str(g.ri(1, 40))]))]
        L += ["Known " + ", ".join(s["pmh"]) + ". " + allergy, "Now " + s["cc"]]
        L += ["- " + abbrev_sentence(g, x) for x in s["hpi"][:2]]
        L += ["OE " + vitals(g, s, 3), "   " + ", ".join(s["exam"])]
        L += ["A: " + s["abbr"], "P: " + ", ".join(s["inpt"][:3] or ["obs"]) + ", r/v by day team", doctor(g, initials=True)]
    L += footer(g, p, d)
    return "\n".join(paginate(g, L, p, d))


def gen_progress_note(g):
    c = ctx(g)
    s, p = c["s"], c["p"]
    d = c["d"]
    L = []
    lay = g.ri(0, 6)
    if s["dept"] == "FM" and lay in (0, 1, 2):
        lay = g.pick([3, 4])
    if lay == 0:  # ward round SOAP
        day = g.ri(1, 8)
        L += ["%s  %s" % (fmt_date(g, d, g.pick([0, 4])), g.pick(["WR", "Ward round", "AM round", "Consultant round", "MO round"]))]
        L += ["(%s, %s)" % (doctor(g, initials=True), g.pick(["AC", "Cons", "SMO", "MO"]))]
        L += ["D%d %s" % (day, s["abbr"]) + (" / POD%d" % (day - 1) if s.get("op") and day > 1 else "")]
        L += ["S: " + g.pick(["feels better", "no complaint", "still some pain", "slept well", "SOB improving", "c/o mild nausea"])]
        L += ["O: " + vitals(g, s, 3), "   " + g.pick(s["exam"])]
        if s["labs"]:
            k = g.pick(list(s["labs"].keys()))
            L += ["   %s today %s" % (k, lab_value(g, k, s)[0])]
        L += ["A: " + g.pick(["improving", "stable", "slow progress", "static"]) + " " + s["abbr"]]
        L += ["P: " + g.pick(["cont same", "step down Abx", "mobilise, PT", "check RFT tmr", "plan D/C tmr if stable", "FU C/ST"])]
    elif lay == 1:  # multiple-day continuation sheet
        L += [g.pick(["PROGRESS SHEET", "Continuation Sheet", "Clinical Notes (cont.)", "Medical Record - Progress"])]
        L += pt_label(g, p, d, compact=0) + [""]
        for i in range(g.ri(2, 5)):
            dd = d + datetime.timedelta(days=i)
            L += ["%s %s" % (fmt_date(g, dd, 0), fmt_time(g)), "  " + g.pick(["WR:", "MO:", "Intern:", "Call:", ""]) + " " + abbrev_sentence(g, g.pick(s["course"] or s["hpi"]))]
            L += ["  " + vitals(g, s, g.ri(0, 3))]
            L += ["  Plan: " + g.pick(["cont", "same", "r/v tmr", "PT/OT", "chase result", "D/C planning", "review drug"]), "  " + doctor(g, initials=True), ""]
    elif lay == 2:  # on-call night note
        L += ["%s %s" % (fmt_date(g, d, 4), fmt_time(g, g.ri(0, 6))), g.pick(["Called by RN for", "On-call note: called for", "Night call -", "Asked to see pt for"]) + " " + g.pick(["desaturation", "fever 38.5", "chest discomfort", "agitation", "low BP 88/50", "hypoglycaemia H'stix 3.1", "fall in ward (no injury)"])]
        L += ["Known " + s["abbr"], "Seen: " + vitals(g, s, 0), "  alert, " + g.pick(s["exam"])]
        L += ["Imp: " + g.pick(["?sepsis", "likely transient", "?fluid overload", "delirium", "?ACS - ECG no change"])]
        L += ["Mx: " + g.pick(["blood C/ST x2, CXR, start Abx", "IV frusemide 20mg stat", "NS 250ml fast", "D50 20ml stat, recheck H'stix", "ECG & TnT, r/v"]), "Inform day team.", doctor(g) + " (MO on call)"]
    elif lay == 3:  # SOPC follow up
        L += hosp_header(g, c["hosp"], g.pick(["Specialist Out-patient Clinic", "SOPC", "Medical Specialist Clinic", "Surgical OPD"]))
        L += pt_label(g, p, d, compact=2)
        L += ["Attendance: %s   %s   Follow-up" % (fmt_date(g, d, 1), g.pick(["Rm 5", "Rm 12", "Clinic B", "Consultation room 3"])), ""]
        L += ["Dx: " + s["dx"]] + ["    " + o for o in s["other"]]
        L += ["", g.pick(["Hx:", "Progress:", "S:", ""]) + " " + g.pick(["Well since last FU.", "Occasional symptoms.", "No new complaint.", "Compliant with meds."]) + " " + g.pick(["No chest pain.", "Walking well.", "Appetite ok.", "Weight stable."])]
        L += ["O/E: " + vitals(g, s, g.ri(0, 3))]
        ks = list(s["labs"].keys())[:3] or ["Hb", "Creat"]
        L += ["Blood (%s): " % fmt_date(g, d - datetime.timedelta(days=g.ri(7, 20)), 4) + ", ".join("%s %s" % (k, lab_value(g, k, s)[0]) for k in ks)]
        L += ["", "Mx:"] + bullets(g, ["Continue " + ", ".join(m["drug"].split(" (")[0] for m in s["meds"][:3]), g.pick(["Blood x RFT/LFT before next FU", "Repeat imaging in 6/12", "Counselled on diet and exercise", "Refer dietitian"]), "FU " + g.pick(["3/12", "4 months", "6/12", "16 weeks"])], 0)
        L += ["", doctor(g) + " (" + g.pick(["AC", "MO", "Cons", "RS"]) + ")"]
    elif lay == 4:  # GOPC episodic/chronic FU
        s2 = SCEN_BY[g.pick(["dm", "gout", "dm", "aecopd"])]
        p = make_patient(g, s2)
        L += [g.pick(GOPC), g.pick(["Consultation Notes", "Clinical Note", "", "Episodic/Chronic FU"])]
        L += ["%s  %s  %s/%d" % (pname(g, p, 0), p.hkid, p.sex, p.age), "Date: %s  Doctor: %s" % (fmt_date(g, d, 0), doctor(g)), ""]
        L += ["Problem: " + ", ".join([s2["abbr"]] + s2["other"])]
        L += ["S: " + ". ".join(abbrev_sentence(g, x) for x in s2["hpi"][:2])]
        L += ["O: " + vitals(g, s2, 2), "   " + "; ".join(s2["exam"])]
        if s2["labs"]:
            L += ["   Lab: " + ", ".join("%s %s" % (k, lab_value(g, k, s2)[0]) for k in s2["labs"])]
        L += ["A: " + s2["dx"], "P: " + g.pick(["Titrate ", "Cont "]) + ", ".join(med_line(g, m, 4) for m in s2["meds"][:3])]
        L += ["   " + g.pick(["Drug refill 16/52", "RMP bloods next FU", "Advised low purine diet", "Refer DM nurse / RAMP-DM", "Smoking cessation advice"])]
        L += ["   Sick leave: " + g.pick(["nil", "%d day(s)" % g.ri(1, 3)]), "   FU: " + s2["fu"]]
    elif lay == 5:  # ICU / HDU style systems note
        L += [g.pick(["ICU Progress Note", "HDU daily review", "ICU - Daily", "Intensive Care Unit"]) + "   " + fmt_date(g, d, 1)]
        L += ["%s  Bed %d  %s" % (pname(g, p, 0), g.ri(1, 20), p.hn), "Dx: " + s["dx"], ""]
        L += ["CNS: " + g.pick(["GCS 15", "sedated, RASS -2", "GCS E4VtM6"]), "CVS: " + vitals(g, s, 3) + ", " + g.pick(["no inotrope", "on noradrenaline 0.05mcg/kg/min", "weaned off NA"]),
              "Resp: " + g.pick(["NC 2L", "on NIV IPAP 12 EPAP 5", "ventilated SIMV FiO2 0.35 PEEP 5", "extubated yesterday, HFNC 40L 40%"]),
              "Renal: UO %d ml/24h, Cr %s" % (g.ri(800, 2200), lab_value(g, "Creat", s)[0]), "GI: " + g.pick(["NG feeding", "NPO", "diet resumed"]),
              "ID: " + g.pick(["Tazocin D3", "Augmentin D4", "afebrile", "C/ST pending"]), "Lines: " + g.pick(["R IJ CVC D3", "A-line L radial", "PIV only"]), ""]
        L += ["Plan: " + g.pick(["step down to ward", "wean ventilator", "cont support", "SBT today"]), doctor(g) + " / ICU"]
    else:  # free-text narrative follow-up
        L += ["%s - %s" % (fmt_date(g, d, 2), g.pick(["Follow-up", "Review", "Progress", "Clinic note"]))]
        L += ["%s %s (%s) returns for review of %s." % (title_of(p), pname(g, p, 3), p.hn, s["abbr"])]
        L += [" ".join(s["course"][:2]) + "." if s["course"] else "Symptoms stable."]
        L += ["Examination today: " + vitals(g, s, 1) + ". " + g.pick(s["exam"]) + "."]
        L += ["Plan: continue current regimen (" + ", ".join(m["drug"].split(" (")[0] for m in s["meds"][:3]) + "). Review " + s["fu"] + "."]
        L += ["", doctor(g)]
    L += footer(g, p, d)
    return "\n".join(L)


CONSULT_SPECS = {
    "nstemi": "Cardiology", "cap": "Respiratory", "aecopd": "Respiratory", "chole": "Surgery",
    "appx": "Surgery", "nof": "Orthopaedics", "stroke": "Neurology", "ugib": "Gastroenterology",
    "dm": "Endocrinology", "chf": "Cardiology", "uti": "Infectious Disease", "crc": "Clinical Oncology",
    "hcc": "Hepatobiliary Surgery", "bph": "Urology", "npc": "Clinical Oncology", "gout": "Rheumatology",
}


def gen_consult_note(g):
    c = ctx(g)
    s, p = c["s"], c["p"]
    d = c["d"]
    spec = CONSULT_SPECS[s["key"]]
    if g.maybe(0.25):
        spec = g.pick(["Psychiatry (C-L)", "Geriatrics (CGAT)", "Renal", "Palliative Care", "Endocrine"])
    req = g.pick(["M&G", "SURG", "O&T", "ENT", "URO"])
    L = []
    lay = g.ri(0, 6)
    cons = doctor(g)
    adv = {
        "Psychiatry (C-L)": ["Adjustment disorder with depressed mood, no active suicidal idea", "Start sertraline 25mg daily", "Psychiatry SOPC FU after discharge"],
        "Geriatrics (CGAT)": ["Multiple comorbidities, fall risk high", "Review polypharmacy, stop sedatives", "CGAT FU at OAH after discharge"],
        "Renal": ["AKI likely pre-renal on CKD", "Hydrate, avoid nephrotoxics", "Repeat RFT in 48 hours"],
        "Palliative Care": ["Symptom control discussed, family aware of prognosis", "Morphine syrup 2.5mg q4h prn for dyspnoea", "Palliative home care referral"],
        "Endocrine": ["Stress hyperglycaemia on background DM", "Insulin sliding scale, basal Insulatard 8 units nocte", "DM nurse education"],
    }.get(spec, ["Agree with diagnosis of " + s["abbr"], "Suggest " + "; ".join(s["inpt"][:2] or ["continue current management"]), "Will follow up in " + s["fu"]])
    if lay == 0:  # consultation reply form
        L += hosp_header(g, c["hosp"]) + ["", g.pick(["CONSULTATION SHEET", "Inter-departmental Consultation", "Consultation Request / Reply", "REQUEST FOR CONSULTATION"])]
        L += pt_label(g, p, d, compact=1)
        L += ["", "To: %s team     From: %s, %s" % (spec, req, ward(g, req)), "Urgency: " + g.pick(["Routine", "Urgent", "Within 24 hours", "Non-urgent"])]
        L += ["Reason for consultation: " + g.pick(["Please assess and advise on management", "Pls see for " + s["abbr"], "Kindly r/v and advise", "?" + s["abbr"] + " - pls advise"])]
        L += ["Requested by: " + doctor(g) + " (" + g.pick(["MO", "Intern"]) + ")  " + fmt_date(g, d, 0), "", "-" * 40, "REPLY:", "Seen on " + fmt_date(g, d, 0) + " " + fmt_time(g)]
        L += ["Hx noted. " + g.pick(s["hpi"]) + "."] + ["O/E " + "; ".join(s["exam"][:2])] + ["Imp/Advice:"] + bullets(g, adv, 1)
        L += sig_block(g, cons, g.pick(["AC", "MO", "Cons", "SMO"]), spec, 1)
    elif lay == 1:  # consultant letter format
        L += hosp_header(g, c["hosp"], spec + g.pick([" Unit", " Team", " Division", ""])) + ["", fmt_date(g, d, 2), ""]
        L += ["Dr %s" % g.pick(SURN).capitalize(), "%s, %s" % (req, ward(g, req)), "", "Dear Colleague,", "",
              "Re: %s, %s/%d, %s" % (pname(g, p), p.sex, p.age, p.hkid), "",
              "Thank you for asking me to see this %d-year-old %s with %s." % (p.age, "man" if p.sex == "M" else "lady", ", ".join(s["pmh"]).lower()),
              "History: " + ". ".join(s["hpi"]) + ".", "On examination " + ". ".join(s["exam"]).lower() + ".", ""]
        L += ["Impression: " + (s["dx"] if spec == CONSULT_SPECS[s["key"]] else adv[0]), "", "Recommendations:"] + bullets(g, adv[1:] + [g.pick(["Happy to take over if needed", "We will review again in 2-3 days", "Please do not hesitate to contact us"])], 0)
        L += ["", "Yours sincerely,"] + sig_block(g, cons, g.pick(["Consultant", "Associate Consultant"]), spec, 4)
    elif lay == 2:  # brief scribbled consult
        L += ["%s %s  %s consult" % (fmt_date(g, d, 4), fmt_time(g), g.pick([spec.split(" ")[0], spec[:4].upper()]))]
        L += ["Called re " + s["abbr"] + ". Pt seen.", abbrev_sentence(g, g.pick(s["hpi"])), "OE " + vitals(g, s, 3)]
        L += ["Imp: " + adv[0]] + ["- " + a for a in adv[1:]] + [cons + " (" + g.pick(["MO", "HST", "Resident"]) + ")"]
    elif lay == 3:  # CGAT / geriatric structured
        L += ["COMMUNITY GERIATRIC ASSESSMENT TEAM" if g.maybe(0.5) else "Geriatric Consultation", c["hosp"]]
        L += pt_label(g, p, d, compact=0)
        L += ["", "Referring: %s  Date: %s" % (ward(g, req), fmt_date(g, d, 1)), "Problem list:"] + bullets(g, [s["abbr"]] + s["other"] + [g.pick(["Recurrent falls", "Poor appetite", "Cognitive decline"])], 1)
        L += ["Functional: Barthel %d/100; MBI %d; AMT %d/10" % (g.ri(20, 90), g.ri(20, 90), g.ri(3, 10)), "Social: " + g.pick(["OAH", "Lives with elderly spouse", "Lives alone, home help"])]
        L += ["Recommendations:"] + bullets(g, adv + ["Fall precaution", "Review at Geriatric Day Hospital"], 0)
        L += sig_block(g, cons, "Geriatrician", None, 2)
    elif lay == 4:  # psych C-L structured
        L += [g.pick(["Psychiatric Consultation-Liaison", "C-L PSYCHIATRY", "Psychiatry consultation record"]), "Ward: " + ward(g, req) + "  Date: " + fmt_date(g, d)]
        L += ["Patient: %s (%s)" % (pname(g, p), p.hn), "Reason: " + g.pick(["low mood after diagnosis", "agitation at night", "expressed suicidal idea to nurse", "insomnia"]), ""]
        L += ["MSE: " + g.pick(["casually dressed, good rapport, mood 'down', affect restricted, no psychotic features", "disoriented to time, fluctuating attention - consistent with delirium", "calm, euthymic, denies SI/SH"]),
              "Risk: " + g.pick(["low", "low to moderate", "suicide risk low, no plan"]), "Medical: " + s["dx"], ""]
        L += ["Impression: " + g.pick(["Adjustment disorder", "Delirium superimposed on dementia", "Major depressive episode, mild", "Insomnia"]), "Plan: " + g.pick(["Sertraline 25mg daily", "Quetiapine 12.5mg nocte prn agitation", "Zopiclone 3.75mg nocte prn", "Supportive counselling"]) + "; " + g.pick(["psych SOPC FU", "re-consult prn", "follow up in ward 1 week"])]
        L += ["", cons + " / Psychiatry " + g.pick(["MO", "RS", "AC"])]
    elif lay == 5:  # e-consultation CMS reply
        L += cms_header(g, "Consultation Reply") + pt_label(g, p, d, compact=2)
        L += ["Request ID: CS%s  Requested: %s  Replied: %s" % (g.digits(8), fmt_date(g, d, 3), fmt_date(g, d + datetime.timedelta(days=g.ri(0, 2)), 3))]
        L += ["Consulting specialty: " + spec, "", "Findings:", "  " + " ".join(s["exam"]), "  Relevant Ix: " + s["img"][3], "", "Opinion:"] + ["  " + a for a in adv]
        L += ["", "Reply by: " + cons + "  " + g.pick(["AC", "MO", "Consultant"])]
    else:  # narrative dictation
        L += [spec.upper() + " CONSULTATION", ""]
        L += ["%s is a %d-year-old %s admitted under %s on %s with %s. We were consulted regarding %s." % (pname(g, p, 3), p.age, "man" if p.sex == "M" else "woman", req, fmt_date(g, d - datetime.timedelta(days=g.ri(1, 5)), 2), s["cc"], g.pick(["further management", s["abbr"], "risk assessment"]))]
        L += ["", "Past history includes " + ", ".join(s["pmh"]) + ". Current medications: " + ", ".join(m["drug"].split(" (")[0] for m in s["meds"][:4]) + "."]
        L += ["", "On review: " + vitals(g, s, 1) + ". " + ". ".join(s["exam"]) + "."]
        L += ["", "Assessment and plan:"] + ["%d. %s." % (i + 1, a) for i, a in enumerate(adv)]
        L += ["", "Thank you for this consultation.", cons]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_operative_note(g):
    c = ctx(g, g.pick(OP_SCEN))
    s, p = c["s"], c["p"]
    d = c["d"]
    op = s["op"]
    surg, asst, anae = doctor(g), doctor(g), doctor(g)
    L = []
    lay = g.ri(0, 6)
    start = g.ri(8, 20)
    if lay == 0:  # OT record form
        L += hosp_header(g, c["hosp"]) + ["", g.pick(["OPERATION RECORD", "Operation Record", "OPERATION NOTE", "Operating Theatre Record"])]
        L += pt_label(g, p, d, compact=3)
        L += ["", "Date of Operation: %s   OT: %s   Session: %s" % (fmt_date(g, d, 0), g.pick(["OT 3", "OT 7", "EOT", "Day Surgery OT 1"]), g.pick(["Elective", "Emergency", "Emergency (Cat B)"]))]
        L += ["Surgeon: " + surg, "Assistant: " + asst, "Anaesthetist: " + anae, "Anaesthesia: " + op["anaes"]]
        L += ["", "Pre-operative Diagnosis: " + s["dx"], "Post-operative Diagnosis: " + g.pick(["Same", s["dx"], "As above"]), "Operation: " + op["name"], ""]
        L += ["Findings:", "  " + op["findings"], "", "Procedure:"] + bullets(g, op["steps"], 1)
        L += ["", "Estimated blood loss: " + op["ebl"], "Drain: " + op["drain"], "Specimen: " + op["specimen"] + " sent for histology"]
        if op.get("implant"):
            L += ["Implant: " + op["implant"] + "  Lot: " + g.digits(8)]
        L += ["", "Post-op instructions:"] + bullets(g, [g.pick(["Resume diet when BS+", "Sips of water 6 hrs post-op", "NPO until r/v"]), "Analgesics as charted", g.pick(["Mobilise POD1", "Chest physio", "DVT prophylaxis"])], 0)
        L += sig_block(g, surg, g.pick(["AC", "Cons", "MO", "SMO"]), c["dept"], 0)
    elif lay == 1:  # dictated narrative
        L += [c["hosp"], dept_name(g, c["dept"]), ""]
        L += ["Patient: %s   HN: %s" % (pname(g, p), p.hn), "Date: " + fmt_date(g, d, 2), ""]
        L += ["PROCEDURE: " + op["name"], "SURGEON: %s   ASSISTANT: %s" % (surg, asst), "ANAESTHESIA: " + {"GA": "General anaesthesia with endotracheal intubation", "SA": "Spinal anaesthesia"}[op["anaes"]], ""]
        L += ["INDICATION: " + s["dx"] + ". " + s["hpi"][0] + ".", ""]
        L += ["DESCRIPTION: The patient was placed in position and the operative field was cleansed and draped in the usual sterile fashion. " + " ".join(x + "." for x in op["steps"]) + " The patient tolerated the procedure well.", ""]
        L += ["FINDINGS: " + op["findings"], "", "EBL: %s. Specimen: %s. %s." % (op["ebl"], op["specimen"], op["drain"])]
        L += ["", "Dictated by " + surg + " " + g.pick(["(not proofread)", "", "- D/T %s" % fmt_date(g, d, 0)])]
    elif lay == 2:  # handwritten brief
        L += ["Op note %s" % fmt_date(g, d, 4), "%s %s/%d" % (pname(g, p, 0), p.sex, p.age)]
        L += ["Op: " + op["name"], "S: %s  A: %s  %s" % (surg.split(" ", 1)[1], asst.split(" ", 1)[1], op["anaes"]), "F: " + abbrev_sentence(g, op["findings"])]
        L += ["Pr:"] + ["- " + abbrev_sentence(g, x) for x in op["steps"][:g.ri(3, len(op["steps"]))]] + ["EBL " + op["ebl"], op["drain"], "Spec -> HP", "PO: " + g.pick(["vitals q1h x4", "NPO, IVF", "DAT"]) + ", analgesia", surg]
    elif lay == 3:  # CMS OT system printout with times
        L += cms_header(g, "OT Management System - Operation Record") + pt_label(g, p, d, compact=2)
        L += ["", "Case ID: OT%s    Priority: %s" % (g.digits(7), g.pick(["Elective", "Emergency", "Day case"]))]
        L += ["Time in OT: %s  Anaes start: %s  Knife to skin: %s  Op end: %s  Out: %s" % (fmt_time(g, start, 5), fmt_time(g, start, 10), fmt_time(g, start, 35), fmt_time(g, start + 1, 40), fmt_time(g, start + 2, 0))]
        L += ["Team: " + ", ".join([surg, asst]) + "; Anaes: " + anae + "; Scrub: " + nurse(g)]
        L += ["Surgical Safety Checklist: Sign in / Time out / Sign out - completed", "Antibiotic prophylaxis: " + g.pick(["Augmentin 1.2g IV", "Cefazolin 2g IV", "Nil"]) + " at induction", ""]
        L += ["Procedure performed: " + op["name"], "Operative findings: " + op["findings"], "Operative details:"] + ["  " + x for x in op["steps"]]
        L += ["Swab/instrument count correct.", "Specimen(s): " + op["specimen"], "Blood loss: " + op["ebl"]]
        L += sig_block(g, surg, None, None, 3)
    elif lay == 4:  # O&T style with implants & post-op
        L += [dept_name(g, c["dept"]).upper(), c["hosp"], ""]
        L += pt_label(g, p, d, compact=1)
        L += ["Date: " + fmt_date(g, d, 1), "Diagnosis: " + s["dx"], "Operation: " + op["name"], "Surgeons: " + surg + " / " + asst, "Anaesthesia: " + op["anaes"] + (" + " + g.pick(["femoral nerve block", "LMA sedation", "PCA"]) if g.maybe(0.3) else "")]
        L += ["Tourniquet: " + g.pick(["N/A", "not used", "%d min" % g.ri(40, 90)]), "Position: " + g.pick(["Supine", "Lateral", "Lithotomy", "Modified Lloyd-Davies"]), ""]
        L += ["Details:"] + [x + "." for x in op["steps"]] + ["", "Findings: " + op["findings"]]
        if op.get("implant"):
            L += ["Implants: " + op["implant"]]
        L += ["Closure: " + g.pick(["Vicryl 1, 2/0, staples", "Monocryl subcuticular", "Nylon interrupted", "layers"]), "Post-op: " + g.pick(["Check X-ray", "WBAT with frame", "NWB x 6/52", "CBI, r/v Hb"]), "", surg]
    elif lay == 5:  # operation summary with numbered sections
        L += ["%s  |  %s" % (c["hosp"], g.pick(["Surgical Operation Report", "Report of Operation", "Op Record"])), ""]
        L += ["1. Patient: %s, %d%s, %s" % (pname(g, p, 4), p.age, p.sex, p.hkid), "2. Date/Time: %s %s" % (fmt_date(g, d, 0), fmt_time(g, start)), "3. Diagnosis: " + s["dx"],
              "4. Operation: " + op["name"], "5. Operators: " + surg + "; " + asst, "6. Anaesthesia: %s (%s)" % (op["anaes"], anae), "7. Findings: " + op["findings"],
              "8. Procedure: " + "; ".join(op["steps"]), "9. Complications: " + g.pick(["Nil", "None", "Nil intra-op complication"]), "10. EBL: " + op["ebl"], "11. Specimen: " + op["specimen"], "12. Post-op plan: " + g.pick(["as per protocol", "Ward care, DAT POD1", "ICU overnight"])]
        L += sig_block(g, surg, None, None, 2)
    else:  # Day surgery / short with check boxes
        L += [g.pick(["Day Surgery Centre", "Ambulatory Surgery Unit", "Operating Theatre"]) + " - " + c["hosp"]]
        L += pt_label(g, p, d, compact=0)
        L += ["[x] Elective  [ ] Emergency", "[%s] GA  [%s] SA  [ ] LA" % ("x" if op["anaes"] == "GA" else " ", "x" if op["anaes"] == "SA" else " ")]
        L += ["Procedure: " + op["name"], "Indication: " + s["abbr"], "Operative findings: " + op["findings"], "Technique: " + "; ".join(op["steps"][:3]) + "; ...", "Specimen to lab: [x] Yes  HP", "Complication: [x] Nil", "Surgeon: " + surg]
    L += footer(g, p, d)
    return "\n".join(paginate(g, L, p, d))


PROCS = {
    "ogd": ("Oesophagogastroduodenoscopy (OGD)", ["Oesophagus: normal mucosa, Z-line at 38cm", "Stomach: altered blood in fundus, antral erythema", "Duodenum: 1.2cm ulcer at anterior wall of D1 with visible vessel (Forrest IIa)"],
            "Adrenaline 1:10000 8ml injected around ulcer, heater probe 30J x 4; haemostasis achieved. CLO test taken.", "DU with NBVV, endoscopic haemostasis done"),
    "colonoscopy": ("Colonoscopy", ["Caecum reached, ileocaecal valve and appendiceal orifice identified", "Circumferential ulcerated tumour at sigmoid colon 25cm from anal verge, scope passable", "Two 4mm sessile polyps in transverse colon - cold snare polypectomy", "Bowel preparation fair (BBPS 6)"],
                    "Multiple biopsies taken from tumour. Tattoo (SPOT) injected distal to lesion.", "Sigmoid tumour, suspicious of malignancy; colonic polyps removed"),
    "cath": ("Coronary angiogram +/- PCI", ["LM: normal", "LAD: 90% stenosis at mid segment", "LCx: minor irregularities", "RCA: dominant, 30% proximal stenosis"],
             "PCI to mid LAD: predilated with 2.5mm balloon, DES 3.0 x 24mm deployed at 14atm, TIMI III flow. Right radial access, TR band applied.", "Single vessel CAD (LAD), PCI with 1 DES"),
    "abg": ("Arterial blood gas sampling / arterial line", ["Modified Allen's test normal", "R radial artery punctured at first attempt"],
            "ABG: pH 7.33, pCO2 7.1 kPa, pO2 7.8 kPa, HCO3 28. Pressure applied 5 min.", "Compensated type 2 respiratory failure"),
    "echo": ("Transthoracic echocardiogram", ["LV dilated, global hypokinesia, LVEF ~35% (Simpson's)", "Moderate MR", "Mild TR, PASP 45mmHg", "No pericardial effusion"],
             "Study performed at bedside, fair windows.", "Dilated cardiomyopathy picture with impaired LV systolic function"),
    "rfa": ("Percutaneous radiofrequency ablation of liver tumour", ["3.2cm segment VI lesion targeted under US guidance"],
            "Cool-tip electrode, 2 overlapping ablations, 12 min each. Track ablated on withdrawal.", "Technically successful RFA"),
    "naso": ("Flexible nasoendoscopy and biopsy", ["Exophytic mass over L fossa of Rosenmuller", "R side clear", "Vocal cords mobile"],
             "Topical Co-phenylcaine spray. 3 punch biopsies from L FOR. Haemostasis with adrenaline pledget.", "Suspicious NPC, biopsy taken"),
    "joint": ("Aspiration and injection of joint", ["Swollen R 1st MTPJ"], "Aseptic technique, 23G needle, 0.5ml cloudy fluid aspirated for crystals. Triamcinolone 10mg injected.", "Crystal arthropathy, aspirate sent"),
    "cvc": ("Central venous catheter insertion", ["US-guided R internal jugular vein, patent and compressible"], "Seldinger technique, 7Fr triple lumen catheter, secured at 15cm. Blood aspirated from all lumens. Post-procedure CXR: tip at SVC/RA junction, no pneumothorax.", "R IJ CVC in situ"),
    "lp": ("Lumbar puncture", ["L3/4 interspace, left lateral position"], "22G spinal needle, clear CSF, opening pressure 16 cmH2O. CSF sent for cell count, protein, glucose, Gram stain and culture.", "LP done, atraumatic"),
    "tap": ("Diagnostic and therapeutic pleural tapping", ["R pleural effusion, USG marked at 8th ICS posterior axillary line"], "LA 2% lignocaine 5ml, 1000ml straw-coloured fluid drained. Fluid sent for LDH, protein, glucose, cytology, AFB and C/ST.", "R pleural effusion tapped"),
    "bronch": ("Flexible bronchoscopy with BAL", ["Vocal cords normal", "Endobronchial lesion not seen", "Purulent secretions in RLL bronchi"], "BAL 100ml from RLL, return 45ml. Sent for C/ST, AFB, fungal, cytology.", "Purulent bronchitis RLL, no endobronchial lesion"),
    "ncs": ("Nerve conduction study / EMG", ["R median sensory latency 4.6ms (prolonged), SNAP amplitude reduced", "R median motor distal latency 5.2ms", "Ulnar nerves normal", "EMG of APB: no denervation"], "Study performed at room temperature, skin temp 32C.", "Electrophysiological evidence of moderate R carpal tunnel syndrome"),
    "paracentesis": ("Abdominal paracentesis", ["Tense ascites, USG-guided LIF"], "Drained 4L straw-coloured fluid, albumin 20% 100ml given. Fluid for SAAG, cell count, culture.", "Therapeutic paracentesis done"),
}


def gen_procedure_note(g):
    pk = g.pick(list(PROCS.keys()))
    scen_for = {"ogd": "ugib", "colonoscopy": "crc", "cath": "nstemi", "abg": "aecopd", "echo": "chf", "rfa": "hcc", "naso": "npc", "joint": "gout"}
    s = SCEN_BY.get(scen_for.get(pk), g.pick(INPT_SCEN))
    c = ctx(g, s)
    p, d = c["p"], c["d"]
    name, finds, tech, imp = PROCS[pk]
    op = doctor(g)
    indic = s["abbr"] if pk in scen_for else g.pick(["sepsis, ?meningitis" if pk == "lp" else "", "pleural effusion for Ix" if pk == "tap" else "", "poor venous access, TPN" if pk == "cvc" else "", "non-resolving pneumonia" if pk == "bronch" else "", "numbness R hand" if pk == "ncs" else "", "tense ascites, cirrhosis" if pk == "paracentesis" else ""]) or "as per primary team"
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # endoscopy unit report
        L += [c["hosp"], g.pick(["Endoscopy Centre", "Endoscopy Unit", "GI Endoscopy", "Procedure Room"]) + " - " + g.pick(["Report", "Examination Report", ""]), ""]
        L += pt_label(g, p, d, compact=3)
        L += ["Date: %s    Room: %s" % (fmt_date(g, d, 0), g.pick(["E1", "E2", "Bedside", "Cath Lab 2"])), "Procedure: " + name, "Endoscopist/Operator: " + op, "Indication: " + indic,
              "Sedation: " + g.pick(["Midazolam 2mg + pethidine 25mg IV", "Nil (topical only)", "Propofol by anaesthetist", "LA"]), "Consent: signed", ""]
        L += ["FINDINGS:"] + ["  " + f for f in finds] + ["", "THERAPEUTIC / TECHNIQUE:", "  " + tech, "", "CONCLUSION: " + imp, "", "Recommendations: " + g.pick(["NPO 6 hrs then fluid diet", "PPI infusion x 72h", "Await histology", "Observe vitals q1h x 4"])]
        L += sig_block(g, op, None, None, 3)
    elif lay == 1:  # bedside procedure note (MO)
        L += ["%s %s  %s" % (fmt_date(g, d, 4), fmt_time(g), g.pick(["Procedure note", "Proc:", "Bedside procedure", ""]))]
        L += ["%s done by %s" % (name, op), "Ind: " + indic, "Consent obtained. " + g.pick(["Time-out done.", "Aseptic technique.", "Full sterile precautions."])]
        L += [abbrev_sentence(g, f) for f in finds] + [abbrev_sentence(g, tech), "Complication: " + g.pick(["nil", "none", "minimal bleeding, stopped with pressure"]), "Post-proc: " + g.pick(["CXR ordered", "vitals q1h", "bed rest 2h", "monitor site"])]
    elif lay == 2:  # cath lab structured
        L += [g.pick(["CARDIAC CATHETERISATION LABORATORY", "Cath Lab Report", "Diagnostic / Interventional Procedure Report"]), c["hosp"], ""]
        L += ["Name: %s  Age/Sex: %d/%s  HN: %s" % (pname(g, p, 0), p.age, p.sex, p.hn), "Date: " + fmt_date(g, d, 1), ""]
        L += ["Procedure: " + name, "Access: " + g.pick(["R radial 6Fr", "R femoral 6Fr", "US-guided", "N/A"]), "Contrast: " + g.pick(["Omnipaque 350 120ml", "N/A", "Iopamidol 80ml"]), "Fluoro time: %.1f min" % g.r.uniform(2, 20), ""]
        L += ["Results:"] + ["  %-3d %s" % (i + 1, f) for i, f in enumerate(finds)] + ["", "Intervention: " + tech, "", "Summary: " + imp, "Operator: " + op + "   Assistant: " + doctor(g)]
    elif lay == 3:  # neurophysiology / diagnostic style
        L += [g.pick(["Neurophysiology Laboratory", "Diagnostic Procedure Report", "Clinical Investigation Report", "Special Investigation"]) + "  " + c["hosp"]]
        L += pt_label(g, p, d, compact=1)
        L += ["Referred by: " + doctor(g) + " (" + g.pick(["M&G", "SOPC", "O&T"]) + ")", "Clinical question: " + indic, "Test: " + name, "", "Observations:"] + ["  * " + f for f in finds] + ["  Technical note: " + tech, "", "Interpretation: " + imp]
        L += sig_block(g, op, None, None, 0)
    elif lay == 4:  # checklist form
        L += [name.upper() + " RECORD" if g.maybe(0.5) else "PROCEDURE RECORD", ""]
        L += pt_label(g, p, d, compact=0)
        L += ["Date/Time: %s %s" % (fmt_date(g, d), fmt_time(g)), "Operator: " + op + "  Supervised by: " + g.pick(["N/A", doctor(g)])]
        L += ["[x] Consent  [x] Patient identified  [x] Site marked/confirmed  [%s] Coagulation checked (INR %s)" % (g.pick("x "), lab_value(g, "INR")[0]), "[x] Hand hygiene [x] Sterile gown/gloves [x] Chlorhexidine skin prep", ""]
        L += ["Details: " + tech, "Findings: " + "; ".join(finds), "Specimens: " + g.pick(["sent", "nil", "as above"]), "Complications: " + g.pick(["Nil", "No immediate complication"]), "", op]
    else:  # narrative letter-like
        L += ["%s - %s" % (name, fmt_date(g, d, 2)), "", "%s %s (%s, %d y) underwent %s today for %s. %s %s %s" % (title_of(p), pname(g, p, 3), p.hn, p.age, name.lower(), indic, " ".join(f + "." for f in finds), tech, "Impression: " + imp + ".")]
        L += ["", "Post-procedure advice given. " + g.pick(["Patient tolerated well.", "Stable afterwards.", "Result to be reviewed at clinic."]), "", op + ", " + g.pick(["MO", "AC", "Consultant", "Resident"])]
    L += footer(g, p, d)
    return "\n".join(L)


def lab_table(g, names, s, style):
    out = []
    for k in names:
        v, f, u, r = lab_value(g, k, s)
        if style == 0:
            out.append("%-12s %8s %-2s %-16s (%s)" % (k, v, f, u, r))
        elif style == 1:
            out.append("%-18s: %s %s %s" % (k, v, u, ("*" + f) if f else ""))
        else:
            out.append("%s%s  %s  [%s] %s" % (k, " " * (10 - len(k)), v, r, f))
    return out


def gen_lab_report(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    L = []
    lay = g.ri(0, 6)
    labno = "%s%s" % (g.pick(["CP", "HM", "MB", "L", "PA"]), g.digits(9))
    coll = "%s %s" % (fmt_date(g, d, 0), fmt_time(g))
    hdr = [c["hosp"].upper(), g.pick(["DEPARTMENT OF PATHOLOGY", "Department of Clinical Pathology", "Pathology Laboratory", "Laboratory Information System"])]
    if lay == 0:  # chem path panel
        L += hdr + [g.pick(["Chemical Pathology", "CLINICAL CHEMISTRY", "Biochemistry"]), ""]
        L += pt_label(g, p, d, compact=3)
        L += ["Lab No: " + labno + "   Specimen: " + g.pick(["Clotted blood", "Heparinised blood", "Serum"]), "Collected: " + coll + "   Received: " + fmt_time(g) + "   Reported: " + fmt_date(g, d, 0),
              "Requested by: %s   Location: %s" % (doctor(g, initials=True), ward(g, c["dept"])), ""]
        names = PANELS["RFT"] + PANELS["LFT"] + [k for k in s["labs"] if k not in PANELS["RFT"] + PANELS["LFT"] + PANELS["CBC"]]
        L += ["Test                Result  Flag Units            Ref. range", "-" * 62] + lab_table(g, names, s, 0)
        L += ["", "Comment: " + g.pick(["", "Haemolysed sample, K may be falsely elevated.", "Please interpret with clinical findings.", "eGFR calculated by CKD-EPI equation."])]
    elif lay == 1:  # haematology
        L += hdr + ["HAEMATOLOGY", ""] + pt_label(g, p, d, compact=1)
        L += ["Specimen: EDTA blood   Lab no.: " + labno, "Collected " + coll, ""]
        L += lab_table(g, PANELS["CBC"] + (PANELS["CLOT"] if g.maybe(0.5) else []), s, 1)
        L += ["", "Blood film: " + g.pick(["not indicated", "hypochromic microcytic red cells", "neutrophilia with left shift", "normochromic normocytic"])]
    elif lay == 2:  # microbiology culture
        org = {"uti": "Escherichia coli", "cap": "Streptococcus pneumoniae", "aecopd": "Haemophilus influenzae", "chole": "Klebsiella pneumoniae"}.get(s["key"], g.pick(["Staphylococcus aureus", "Escherichia coli", "Mixed growth", "No growth"]))
        spec = {"uti": "Urine (MSU/catheter)", "cap": "Sputum", "aecopd": "Sputum"}.get(s["key"], g.pick(["Blood culture (aerobic + anaerobic)", "Wound swab", "Urine"]))
        L += hdr + [g.pick(["MICROBIOLOGY", "Clinical Microbiology & Infection Control", "Microbiology Report"]), ""] + pt_label(g, p, d, compact=0)
        L += ["Specimen: " + spec, "Lab no: " + labno + "   Collected: " + coll, "Clinical info: " + g.pick([s["abbr"], "fever", "?sepsis", ""]), ""]
        if org in ("No growth", "Mixed growth"):
            L += ["Culture: " + org + (" after 5 days incubation" if org == "No growth" else " of >= 3 organisms, suggestive of contamination")]
        else:
            L += ["Gram stain: " + g.pick(["Gram negative bacilli", "Gram positive cocci in pairs", "Pus cells ++"]), "Culture: " + org + " " + g.pick([">10^5 cfu/mL", "heavy growth", "isolated"]), "", "Sensitivity:          " + org.split()[0]]
            for ab in g.sample(["Ampicillin", "Amoxicillin-clavulanate", "Cefuroxime", "Ceftriaxone", "Ciprofloxacin", "Nitrofurantoin", "Gentamicin", "Co-trimoxazole", "Erythromycin", "Cloxacillin", "Meropenem", "Piperacillin-tazobactam"], g.ri(5, 8)):
                L += ["  %-22s %s" % (ab, g.pick(["S", "S", "S", "R", "I"]))]
        L += ["", g.pick(["Final report", "Preliminary report - final to follow", "Report authorised by: Microbiologist"])]
    elif lay == 3:  # cumulative report
        L += cms_header(g, g.pick(["Lab Result Enquiry - Cumulative", "Cumulative Report", "Result Summary"])) + pt_label(g, p, d, compact=2)
        names = list(dict.fromkeys(PANELS["RFT"][:4] + list(s["labs"].keys())[:4] + ["Hb", "WBC"]))
        dates = [d + datetime.timedelta(days=i) for i in range(g.ri(3, 5))]
        L += ["", "%-10s" % "Test" + "".join("%-11s" % fmt_date(g, x, 4) for x in dates)]
        for k in names:
            L += ["%-10s" % k + "".join("%-11s" % (lab_value(g, k, s)[0] + lab_value(g, k, s)[1]) for _ in dates)]
        L += ["", "H = high, L = low. Units as per individual report."]
    elif lay == 4:  # GOPC RMP / DM bloods
        s2 = SCEN_BY["dm"]
        L += [g.pick(GOPC) + " - " + g.pick(["Risk Assessment (RAMP) Blood Results", "Laboratory Results", "Blood Test Report"]), ""]
        L += ["%s  %s  %d/%s" % (pname(g, p, 0), p.hkid, p.age, p.sex), "Sample date: " + fmt_date(g, d), ""]
        L += lab_table(g, ["Glucose", "HbA1c"] + PANELS["LIPID"] + ["Creat", "eGFR", "K"], s2, g.ri(0, 2))
        L += ["Urine ACR: %.1f mg/mmol %s" % (g.r.uniform(0.5, 12), g.pick(["", "H"])), "", "Fasting: " + g.pick(["Yes", "Y", "Not stated"])]
    elif lay == 5:  # coagulation / cardiac short slip
        L += [c["hosp"] + " Lab  " + labno, "%s %s %s" % (pname(g, p, 0), p.hn, ward(g, c["dept"]))]
        names = g.pick([["TnT", "CK"], ["INR", "APTT"], ["CRP", "Lactate"], ["Amylase", "Glucose"], ["AFP", "CEA"], ["Urate", "Creat"]])
        L += ["Coll: " + coll] + lab_table(g, names, s, 2) + ["Validated: " + g.pick(["MLT", "SMLT", "Pathologist"]) + " " + g.pick(SURN)]
    else:  # Urine / body fluid / serology
        L += hdr + ["", g.pick(["Urinalysis", "Serology / Virology", "Body Fluid Analysis"]), ""] + pt_label(g, p, d, compact=1)
        if g.maybe(0.5):
            L += ["Urine routine:", "  Colour: yellow  Appearance: " + g.pick(["clear", "turbid"]), "  pH %.1f  SG 1.0%d" % (g.r.uniform(5, 7.5), g.ri(10, 30)), "  Protein: " + g.pick(["neg", "trace", "1+"]), "  Glucose: " + g.pick(["neg", "2+"]), "  WBC: " + g.pick(["0-2 /HPF", ">100 /HPF", "10-20 /HPF"]), "  RBC: " + g.pick(["0-2 /HPF", "5-10 /HPF"]), "  Nitrite: " + g.pick(["neg", "pos"])]
        else:
            L += ["HBsAg: " + ("Reactive" if s["key"] == "hcc" else g.pick(["Non-reactive", "Non-reactive", "Reactive"])), "Anti-HCV: Non-reactive", "Anti-HIV 1/2 (with consent): " + g.pick(["Non-reactive", "Not tested"]), "Syphilis (RPR): Non-reactive"]
        L += ["", "Reported " + fmt_date(g, d + datetime.timedelta(days=1), 0)]
    L += footer(g, p, d)
    return "\n".join(L)


EXTRA_IMG = [
    ("XR", "Chest PA", "Lungs are clear. Heart size is normal. No pleural effusion. Bony thorax intact.", "No active lung lesion."),
    ("XR", "Right wrist AP/lateral", "Transverse fracture of the distal radial metaphysis with dorsal angulation and shortening. Ulnar styloid fracture.", "Colles' fracture, right."),
    ("MRI", "Lumbar spine", "Disc desiccation at L4/5 and L5/S1. L4/5 broad-based disc bulge with left paracentral protrusion compressing the traversing L5 nerve root. Moderate spinal canal stenosis.", "L4/5 disc protrusion with L L5 root compression."),
    ("US", "Thyroid", "Right lobe 1.8cm well-defined isoechoic nodule with peripheral halo, no microcalcification. Left lobe unremarkable.", "Right thyroid nodule, TI-RADS 3. FNAC may be considered."),
    ("NM", "Bone scan (Tc-99m MDP)", "No abnormal focal increased tracer uptake to suggest bony metastasis. Degenerative uptake at both knees and lower lumbar spine.", "No scintigraphic evidence of bone metastasis."),
    ("MMG", "Bilateral mammogram", "Heterogeneously dense breasts. No suspicious mass, architectural distortion or microcalcification.", "BI-RADS 1, negative."),
    ("ECHO", "Transthoracic echocardiogram", "LVIDd 4.8cm, IVSd 1.1cm, LVEF 62% (M-mode). Normal regional wall motion. Mild MR. Aortic valve trileaflet, no AS. RVSP 28mmHg. No pericardial effusion.", "Normal LV systolic function. Mild MR."),
]


def gen_imaging_report(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    img = s["img"] if g.maybe(0.65) else g.pick(EXTRA_IMG)
    mod, region, findings, imp = img
    rad = doctor(g)
    acc = "%s%s" % (g.pick(["RAD", "XR", "CT", "AC", ""]), g.digits(9))
    modname = {"XR": "X-RAY", "CT": "COMPUTED TOMOGRAPHY", "MRI": "MAGNETIC RESONANCE IMAGING", "US": "ULTRASOUND", "NM": "NUCLEAR MEDICINE", "MMG": "MAMMOGRAPHY", "ECHO": "ECHOCARDIOGRAPHY"}[mod]
    clin = g.pick([s["cc"], "?" + s["abbr"], s["abbr"], "r/o " + s["abbr"], "FU", "pre-op"]) if img == s["img"] else g.pick(["pain", "FU", "screening", "?pathology", "as per clinic"])
    L = []
    lay = g.ri(0, 6)
    if lay == 0:  # formal department report
        L += hosp_header(g, c["hosp"], g.pick(["Department of Radiology", "DEPARTMENT OF RADIOLOGY & IMAGING", "Department of Diagnostic Radiology", "Department of Radiology and Nuclear Medicine"])) + [""]
        L += pt_label(g, p, d, compact=3)
        L += ["Exam: %s %s    Date: %s    Acc No: %s" % (mod, region, fmt_date(g, d, 0), acc), "Referring: %s (%s)" % (doctor(g, initials=True), c["dept"]), ""]
        L += ["CLINICAL INFORMATION:", clin, "", "TECHNIQUE:", g.pick(["Standard views.", "Contrast-enhanced axial images with coronal reformats.", "Routine protocol.", "Plain and post-contrast sequences."]), "", "FINDINGS:", findings, "", "IMPRESSION:", imp]
        L += ["", "Reported by: " + rad + ", " + g.pick(["Radiologist", "Resident Specialist (Radiology)", "Consultant Radiologist", "FHKCR, FHKAM (Radiology)"])]
    elif lay == 1:  # short CXR style
        L += ["%s  %s" % (mod, region), "%s  %s  %s" % (pname(g, p, 0), p.hn, fmt_date(g, d, 4))]
        L += ["", findings, "", imp if g.maybe(0.5) else "", rad]
    elif lay == 2:  # RIS printout
        L += ["RADIOLOGY INFORMATION SYSTEM" if g.maybe(0.5) else "RIS/PACS Report", c["hosp"], "-" * 50]
        L += ["Patient Name : " + pname(g, p, 1), "HKID         : " + p.hkid, "Sex/Age      : %s/%d" % (p.sex, p.age), "Accession    : " + acc, "Examination  : " + modname + " - " + region, "Exam date    : " + fmt_date(g, d, 1), "Status       : " + g.pick(["FINAL", "Verified", "Preliminary"]), "-" * 50]
        L += ["History: " + clin, "", "Report:", findings, "", "Conclusion: " + imp, "", "Comparison: " + g.pick(["None available.", "Previous study dated %s." % fmt_date(g, d - datetime.timedelta(days=g.ri(60, 900)), 0), "Nil"]), "", rad + "  (verified %s %s)" % (fmt_date(g, d, 0), fmt_time(g))]
    elif lay == 3:  # echo / measurement type
        if mod != "ECHO":
            img = EXTRA_IMG[6] if s["key"] != "chf" else ("ECHO", "Transthoracic echocardiogram", "LVIDd 6.2cm, LVIDs 5.1cm, LVEF 35% (Simpson's biplane). Global hypokinesia. Moderate functional MR. LA dilated 4.9cm. RVSP 45mmHg. IVC dilated with <50% collapse.", "Dilated LV with moderately impaired systolic function. Moderate MR. Pulmonary hypertension.")
            mod, region, findings, imp = img
        L += [g.pick(["ECHOCARDIOGRAPHY REPORT", "Cardiac Diagnostic Unit - Echo", "Non-invasive Cardiac Laboratory"]), c["hosp"], ""]
        L += ["Name: %s   HN: %s   Age: %d   Sex: %s" % (pname(g, p, 0), p.hn, p.age, p.sex), "Ht %d cm  Wt %d kg  BSA %.2f m2" % (g.ri(150, 178), g.ri(45, 85), g.r.uniform(1.4, 1.9)), "Rhythm: " + g.pick(["SR", "AF"]) + "  Image quality: " + g.pick(["good", "fair", "suboptimal"]), ""]
        L += ["Measurements:"] + ["  " + x.strip() for x in findings.split(".") if x.strip()] + ["", "Conclusion:", "  " + imp, "", "Sonographer: " + nurse(g).split(" ", 1)[1] + "   Cardiologist: " + rad]
    elif lay == 4:  # ultrasound report with organs list
        L += [c["hosp"] + " - " + g.pick(["Ultrasound Unit", "Imaging", "X-ray Department"]), "", "%s (%s) %d%s" % (pname(g, p), p.hkid, p.age, p.sex), "Examination: " + region + " (" + mod + ")", "Date: " + fmt_date(g, d), "Clinical details: " + clin, ""]
        for sent in [x.strip() for x in findings.split(". ") if x.strip()]:
            L += [sent.rstrip(".") + "."]
        L += ["", "Opinion: " + imp, "", g.pick(["Dr " + rad.split(" ", 1)[1], rad])]
    elif lay == 5:  # NM / special with tracer info
        L += ["NUCLEAR MEDICINE" if mod == "NM" else modname, c["hosp"], ""]
        L += pt_label(g, p, d, compact=0) + ["", "Study: " + region, "Radiopharmaceutical/Contrast: " + g.pick(["Tc-99m MDP 740 MBq IV", "Omnipaque 300, 80ml IV", "Gadolinium 7.5ml IV", "N/A"]), "Indication: " + clin, ""]
        L += ["Findings:", "  " + findings, "", "Impression:", "  1. " + imp] + (["  2. " + g.pick(["Incidental small renal cyst.", "Mild degenerative changes.", "No other significant finding."])] if g.maybe(0.6) else [])
        L += ["", "Reporting physician: " + rad, "Date of report: " + fmt_date(g, d + datetime.timedelta(days=g.ri(0, 3)), 0)]
    else:  # addendum/verbal report
        L += ["%s REPORT - %s" % (mod, region), "Pt: %s  HN %s" % (pname(g, p, 4), p.hn), ""]
        L += [g.pick(["Preliminary report (verbal to ward MO %s at %s):" % (doctor(g, initials=True), fmt_time(g)), "Report:", "Findings:"]), findings, "", "IMP: " + imp]
        if g.maybe(0.5):
            L += ["", "ADDENDUM (%s): " % fmt_date(g, d + datetime.timedelta(days=1), 0) + g.pick(["Reviewed with prior study, findings unchanged.", "Case discussed at MDT.", "Result communicated to referring clinician."])]
        L += ["", rad]
    L += footer(g, p, d)
    return "\n".join(L)


CYTO = [
    ("Fine needle aspiration, right thyroid nodule", "Smears are moderately cellular showing benign follicular cells in honeycomb sheets with colloid and a few macrophages.", "Benign (Bethesda category II), consistent with colloid nodule."),
    ("Pleural fluid", "Cytospin shows reactive mesothelial cells, lymphocytes and macrophages. No malignant cells seen.", "Negative for malignant cells."),
    ("Cervical smear (liquid-based)", "Satisfactory for evaluation. Transformation zone component present.", "Negative for intraepithelial lesion or malignancy (NILM)."),
    ("FNA, left neck lymph node", "Clusters of malignant epithelial cells with large vesicular nuclei and prominent nucleoli in lymphoid background.", "Metastatic undifferentiated carcinoma, suggest nasopharyngeal primary."),
]


def gen_pathology_report(g):
    cyto = g.maybe(0.3)
    s = g.pick(PATH_SCEN)
    c = ctx(g, s)
    p, d = c["p"], c["d"]
    pa = s["path"]
    if cyto:
        spec, micro, dxx = g.pick(CYTO)
        gross = "%d ml %s received" % (g.ri(2, 200), g.pick(["fluid", "cloudy fluid"])) if "fluid" in spec.lower() else "%d air-dried and %d alcohol-fixed slides received." % (g.ri(1, 4), g.ri(1, 4))
        clin = g.pick(["nodule", "effusion ?cause", "screening", "neck mass"])
    else:
        spec, gross, micro, dxx, clin = pa["spec"], pa["gross"], pa["micro"], pa["dx"], s["dx"]
    pn = "%s%02d-%s" % (g.pick(["S", "HS", "C", "P"]), d.year % 100, g.digits(5))
    path = doctor(g)
    L = []
    lay = g.ri(0, 5)
    if lay == 0:
        L += hosp_header(g, c["hosp"], g.pick(["Department of Pathology", "Anatomical Pathology", "DEPARTMENT OF CLINICAL PATHOLOGY"])) + ["", g.pick(["SURGICAL PATHOLOGY REPORT", "Histopathology Report", "CYTOLOGY REPORT" if cyto else "HISTOLOGY REPORT"])]
        L += pt_label(g, p, d, compact=3) + ["Path No.: " + pn, "Date received: " + fmt_date(g, d, 0) + "   Date reported: " + fmt_date(g, d + datetime.timedelta(days=g.ri(2, 7)), 0), "Clinician: " + doctor(g, initials=True), ""]
        L += ["SPECIMEN:", "  " + spec, "", "CLINICAL HISTORY:", "  " + clin, "", "MACROSCOPIC:", "  " + gross, "", "MICROSCOPIC:", "  " + micro, "", "DIAGNOSIS:", "  " + dxx]
        L += sig_block(g, path, "Pathologist", None, 1)
    elif lay == 1:
        L += ["%s   Lab No. %s" % (c["hosp"], pn), "%s  %s  %s/%d" % (pname(g, p, 0), p.hn, p.sex, p.age), ""]
        L += ["Specimen: " + spec, "Clinical: " + clin, "", "Gross: " + gross, "", "Micro: " + micro, "", "DX: " + dxx.upper()]
        L += ["", path + " / " + path.split(" ")[-1][:2].upper() + g.digits(2)]
    elif lay == 2:  # synoptic (for cancer) or structured
        L += [g.pick(["ANATOMICAL PATHOLOGY", "Histopathology"]) + " - " + c["hosp"], ""] + pt_label(g, p, d, compact=1) + ["Accession: " + pn, ""]
        L += ["FINAL DIAGNOSIS", dxx, "", "COMMENT", g.pick(["Results conveyed to Dr %s by phone." % g.pick(SURN).capitalize(), "Please correlate clinically.", "Reviewed at departmental consensus meeting.", ""])]
        if s["key"] == "crc" and not cyto:
            L += ["", "SYNOPTIC REPORT (Colorectal)", "  Tumour site: sigmoid colon", "  Histologic type: adenocarcinoma", "  Grade: moderately differentiated", "  Depth: pT3", "  Nodes: 2/17 positive (pN1b)", "  Margins: proximal, distal, radial clear", "  LVI: present   PNI: absent", "  MMR IHC: MLH1/PMS2/MSH2/MSH6 retained"]
        L += ["", "GROSS DESCRIPTION", gross, "", "MICROSCOPIC DESCRIPTION", micro] + sig_block(g, path, g.pick(["Consultant Pathologist", "AC (Pathology)"]), None, 3)
    elif lay == 3:  # frozen section / intraoperative + final
        L += ["Pathology Report (Final)" if g.maybe(0.5) else "Histology", "%s, %s" % (pname(g, p, 1), p.hkid), "Ref no: " + pn, ""]
        L += ["Specimen labelled '%s'" % spec.lower(), "", "Intra-operative consultation: " + g.pick(["N/A", "Not requested", "Frozen section: benign, final to follow"]), "", gross, "", micro, "", "Diagnosis:", "  " + dxx, "", "Reported by " + path]
    elif lay == 4:  # cytology form style
        L += [g.pick(["CYTOLOGY", "Non-gynaecological Cytology", "Gynae Cytology"]) + " REPORT", c["hosp"], ""] + pt_label(g, p, d, compact=0)
        L += ["Cyto No.: " + pn, "Specimen type: " + spec, "Adequacy: " + g.pick(["Satisfactory", "Satisfactory but limited by blood", "Adequate"]), "", "Findings: " + micro, "", "Interpretation: " + dxx, "", "Cytotechnologist: " + nurse(g).split(" ", 1)[1] + "    Pathologist: " + path]
    else:  # letter-like
        L += [c["hosp"], "Department of Pathology", "", fmt_date(g, d + datetime.timedelta(days=3), 2), "", "Re: %s (%s)" % (pname(g, p), p.hn), "", "Specimen: " + spec + " received on " + fmt_date(g, d, 2) + ".", "", "Report:", micro, "", "Conclusion: " + dxx, "", path]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_medication_list(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    meds = list(s["meds"])
    allergy = g.pick(["NKDA", "No known drug allergy", "Penicillin (rash, 2009)", "Aspirin - GI upset (ADR)", "Allergy: Sulfonamide", "Nil"])
    L = []
    lay = g.ri(0, 6)
    if lay == 0:  # admission med rec by pharmacist
        L += hosp_header(g, c["hosp"], g.pick(["Pharmacy Department", "Department of Pharmacy"])) + ["", g.pick(["MEDICATION RECONCILIATION", "Medication Reconciliation Form", "Pre-admission Medication Record"])]
        L += pt_label(g, p, d, compact=1) + ["Allergy/ADR: " + allergy, "Sources: " + ", ".join(g.sample(["Patient", "Family", "CMS drug profile", "Drug bag", "OAH MAR", "Private doctor's list"], 3)), ""]
        L += ["%-38s %-12s %-10s %s" % ("Pre-admission medication", "Dose", "Freq", "Action on admission")]
        for m in meds:
            L += ["%-38s %-12s %-10s %s" % (m["drug"].split(" (")[0][:38], m["dose"], m["freq"], g.pick(["Continue", "Continue", "Withhold", "Dose changed", "Stop"]))]
        if g.maybe(0.5):
            L += ["%-38s %-12s %-10s %s" % (g.pick(["Chinese herbal medicine", "Glucosamine (OTC)", "Calcium (OTC)", "Fish oil (OTC)"]), "-", "daily", "Advise withhold")]
        L += ["", "Discrepancies: " + g.pick(["Nil", "1 - dose of " + meds[0]["drug"].split(" (")[0] + " differs from CMS, clarified with patient", "Pt not taking " + meds[-1]["drug"].split(" (")[0] + " for 2 months"]), "", "Pharmacist: " + g.pick(SURN) + " " + g.pick(G1) + "  Date: " + fmt_date(g, d)]
    elif lay == 1:  # CMS drug profile printout
        L += cms_header(g, g.pick(["Medication Profile", "Drug Profile (Current)", "MOE - Medication Order Record"])) + pt_label(g, p, d, compact=2) + ["ADR/Allergy: " + allergy, ""]
        L += ["No. Drug / Dosage / Route / Freq                          Start       Duration  Prescriber"]
        for i, m in enumerate(meds):
            L += ["%-3d %-52s %-11s %-9s %s" % (i + 1, med_line(g, m, 3)[:52], fmt_date(g, d - datetime.timedelta(days=g.ri(0, 400)), 4), g.pick(["16 wk", "112 d", "ongoing", "8 wk", "4 wk"]), g.pick(SURN))]
    elif lay == 2:  # patient held list
        L += [g.pick(["My Medication List", "Drug list (for patient)", "List of Medications", "Medication Card"]), "Name: " + pname(g, p, 2), "Updated: " + fmt_date(g, d), ""]
        for m in meds:
            L += ["[ ] " + m["drug"].split(" (")[0] + " " + m["dose"] + " - " + {"daily": "once a day", "bd": "twice a day", "tds": "three times a day", "nocte": "at night", "qid prn": "up to 4 times a day when needed", "weekly": "once a week"}.get(m["freq"], m["freq"]) + " (" + g.pick(["for blood pressure", "for sugar", "for heart", "for pain", "for stomach", "for cholesterol", "as directed"]) + ")"]
        L += ["", "Bring this list to every clinic visit.", "Allergy: " + allergy]
    elif lay == 3:  # discharge med rec table (changes)
        L += [c["hosp"], g.pick(["Discharge Medication Reconciliation", "Medication changes on discharge", "Drug chart review at discharge"]), ""] + pt_label(g, p, d, compact=0)
        L += ["", "NEW:"] + ["  + " + med_line(g, m, 0) for m in meds[:2]]
        L += ["CONTINUED:"] + ["  = " + med_line(g, m, 0) for m in meds[2:]]
        L += ["STOPPED:", "  - " + g.pick(["Diclofenac (GI bleed)", "Nifedipine retard (changed)", "Diazepam (fall risk)", "nil"])]
        L += ["", "Reconciled by: " + doctor(g) + " / Pharmacist " + g.pick(SURN)]
    elif lay == 4:  # MAR-like inpatient current meds
        L += [g.pick(["INPATIENT MEDICATION ADMINISTRATION RECORD", "IPMOE - Current orders", "Drug Chart (Regular)"]), ward(g, c["dept"]) + "   Bed %d" % g.ri(1, 40)]
        L += pt_label(g, p, d, compact=0) + ["Wt: %d kg   Allergy: %s" % (g.ri(40, 85), allergy), ""]
        for x in s["inpt"] + [med_line(g, m, 1) for m in meds[:3]]:
            L += ["%-50s  %s" % (x[:50], "  ".join(g.pick(["08", "12", "18", "22", "prn"]) for _ in range(g.ri(1, 3))))]
        L += ["", "Verified by pharmacist: " + g.pick(["Y", "pending"])]
    elif lay == 5:  # GOPC chronic drug list short
        L += [g.pick(GOPC) + " - " + g.pick(["Chronic drug list", "Repeat medication", "Drug record"]), pname(g, p, 0) + "  " + p.hkid]
        L += [med_line(g, m, 4) for m in meds] + ["Refill x %d weeks  Next FU %s" % (g.pick([12, 16, 20]), fmt_date(g, d + datetime.timedelta(weeks=16), 0))]
    else:  # OAH medication list (faxed)
        L += ["%s %s Care Home" % (g.pick(ESTATES), g.pick(["Elderly", "Rehabilitation", "Nursing"])), "RESIDENT MEDICATION LIST (faxed to %s)" % c["hosp"], ""]
        L += ["Resident: " + pname(g, p, 0) + "   Bed: " + g.pick("ABCD") + str(g.ri(1, 60)), "HKID: " + p.hkid, ""]
        L += ["Time   Medication"] + ["%s  %s" % (g.pick(["0800", "1200", "1800", "2100"]), med_line(g, m, 0)) for m in meds]
        L += ["", "Checked by: " + nurse(g), "Date: " + fmt_date(g, d)]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_prescription(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    meds = g.sample(s["meds"], g.ri(1, len(s["meds"])))
    L = []
    lay = g.ri(0, 6)
    wks = g.pick([1, 2, 4, 8, 12, 16])
    if lay == 0:  # CMS printed prescription
        L += hosp_header(g, c["hosp"] if s["dept"] != "FM" else g.pick(GOPC)) + ["", g.pick(["PRESCRIPTION", "Prescription", "Rx", "Medication Order - Outpatient"])]
        L += pt_label(g, p, d, compact=3) + ["Date: " + fmt_date(g, d) + "   Specialty: " + c["dept"] + "   Allergy: " + g.pick(["NKDA", "Penicillin"]), ""]
        for i, m in enumerate(meds):
            L += ["%d. %s" % (i + 1, med_line(g, m, 1)), "     for %d weeks   Qty: %d %s" % (wks, g.ri(14, 120), g.pick(["TAB", "CAP", "BOT", "TUBE"]))]
        L += ["", "Total items: %d" % len(meds)] + sig_block(g, None, None, None, 2)
    elif lay == 1:  # handwritten style
        L += ["Rx   " + fmt_date(g, d, 4), pname(g, p, 0) + " " + str(p.age) + p.sex]
        L += ["  " + med_line(g, m, 4) + " x" + str(wks) + "/52" for m in meds] + ["", "   " + doctor(g, initials=True)]
    elif lay == 2:  # discharge prescription
        L += [c["hosp"] + " Pharmacy", g.pick(["Discharge Prescription", "TTO (To Take Out)", "Discharge Drugs"])] + pt_label(g, p, d, compact=1) + [""]
        L += ["%-40s %-8s %-8s %-8s %s" % ("Drug", "Dose", "Route", "Freq", "Duration")]
        for m in meds:
            L += ["%-40s %-8s %-8s %-8s %s" % (m["drug"].split(" (")[0][:40], m["dose"], m["route"] or "PO", m["freq"], m["dur"] or "%d days" % (7 * wks))]
        L += ["", "Dispensed by: " + g.pick(SURN) + "  Checked: " + g.pick(SURN)]
    elif lay == 3:  # DDA / controlled drug
        L += [g.pick(["DANGEROUS DRUG PRESCRIPTION", "Prescription for Dangerous Drugs", "DD Rx"]), c["hosp"], ""] + pt_label(g, p, d, compact=1) + ["Address: " + p.address, ""]
        dd = g.pick([("Morphine sulphate oral solution", "5mg (2.5ml)", "q4h prn", "two hundred and fifty millilitres (250ml)"), ("Oxycodone CR", "10mg", "q12h", "twenty-eight (28) tablets"), ("Fentanyl patch", "12mcg/hr", "every 72 hours", "five (5) patches")])
        L += ["Drug: " + dd[0], "Dose: " + dd[1] + "  " + dd[2], "Total quantity: " + dd[3], "Indication: " + g.pick(["cancer pain", "post-op pain", "dyspnoea (palliative)"]), ""] + sig_block(g, None, None, None, 0) + ["Reg. No.: M" + g.digits(5)]
    elif lay == 4:  # drug refill slip GOPC
        L += [g.pick(GOPC), g.pick(["Drug Refill", "Repeat Prescription", "Medication Refill Slip"]), "%s  %s" % (pname(g, p, 0), p.hkid), ""]
        L += ["* " + med_line(g, m, 0) for m in meds] + ["", "Dispense: %d weeks   Refill no.: %d of %d" % (wks, g.ri(1, 2), 2), "Collect at: Pharmacy window " + str(g.ri(1, 6))]
    elif lay == 5:  # eye/topical/paeds
        L += [c["hosp"], "Prescription / 處方" if g.maybe(0.2) else "Prescription Form", "Name: " + pname(g, p) + "   Wt: %d kg" % g.ri(10, 80)]
        L += [g.pick(["Chloramphenicol 0.5% eye drops 1 drop QID both eyes x 1/52", "Fusidic acid 2% cream topical tds x 1/52", "Paracetamol syrup 120mg/5ml 10ml q6h prn fever", "Betamethasone valerate 0.1% cream bd thin layer", "Mupirocin ointment tds"])]
        L += [med_line(g, m, 0) for m in meds[:1]] + ["", "Dr " + g.pick(SURN).capitalize() + "   " + fmt_date(g, d)]
    else:  # e-prescription with fee note
        L += cms_header(g, "Outpatient Prescription") + ["Pt: " + pname(g, p, 1) + "  Case: " + p.hn + "  Payment: " + g.pick(["EP", "CSSA - waived", "NEP", "Medical fee waiver", "Civil Servant"]), ""]
        for m in meds:
            L += ["%s %s %s %s  [%d days]" % (m["drug"].split(" (")[0].upper(), m["dose"], (m["route"] or "ORAL").upper(), m["freq"].upper(), 7 * wks)]
        L += ["", "Drug charge: $%d per item (%s)" % (g.pick([15, 5, 0]), g.pick(["SFI not applicable", "standard", "waived"])), "Prescriber: " + doctor(g)]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_anesthesia_record(g):
    s = g.pick(OP_SCEN) if g.maybe(0.8) else g.pick(SCEN)
    c = ctx(g, s)
    p, d = c["p"], c["d"]
    opname = s["op"]["name"] if s.get("op") else g.pick(["OGD under MAC", "Colonoscopy under sedation", "Cardioversion (DC)"])
    atype = s["op"]["anaes"] if s.get("op") else "MAC"
    an = doctor(g)
    asa = g.pick(["I", "II", "II", "III", "III E", "II E"])
    wt = g.ri(42, 88)
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # pre-anaesthetic assessment
        L += hosp_header(g, c["hosp"], g.pick(["Department of Anaesthesia", "Anaesthesiology & Operating Services", "Dept of Anaesthesia & Intensive Care"])) + ["", g.pick(["PRE-ANAESTHETIC ASSESSMENT", "Pre-operative Anaesthetic Evaluation", "Anaesthetic Assessment Clinic"])]
        L += pt_label(g, p, d, compact=1) + ["Proposed operation: " + opname, "Date of op: " + fmt_date(g, d), ""]
        L += ["Hx: " + ", ".join(s["pmh"]), "Previous GA: " + g.pick(["nil", "uneventful", "PONV"]), "FHx of anaesthetic problem: nil", "Exercise tolerance: " + g.pick(["> 2 flights", "1 flight", "limited, walks indoors"]), "Fasting: " + g.pick(["from 0000", "NPO since last night"])]
        L += ["", "Airway: Mallampati %s, TMD > 6cm, mouth opening %s, neck ROM full, dentition: %s" % (g.pick(["I", "II", "III"]), g.pick(["3FB", "adequate"]), g.pick(["own", "loose incisor", "upper denture"]))]
        L += ["CVS: " + vitals(g, s, 3), "Resp: " + g.pick(["clear", "scattered wheeze", "clear, SpO2 97%"]), "Ix: Hb %s, K %s, Cr %s, ECG %s" % (lab_value(g, "Hb", s)[0], lab_value(g, "K", s)[0], lab_value(g, "Creat", s)[0], g.pick(["SR", "AF rate controlled", "NAD"]))]
        L += ["", "ASA: " + asa, "Plan: " + {"GA": "GA + ETT, PCA morphine post-op", "SA": "Spinal anaesthesia +/- sedation", "MAC": "Monitored anaesthesia care, propofol TCI"}[atype], "Risks explained (sore throat, PONV, dental injury, awareness, aspiration); patient agreed."]
        L += sig_block(g, an, None, None, 1)
    elif lay == 1:  # intra-op chart with time grid
        L += [g.pick(["ANAESTHETIC RECORD", "Intra-operative Anaesthesia Record", "ANAESTHESIA CHART"]), c["hosp"] + "  OT " + str(g.ri(1, 9))] + pt_label(g, p, d, compact=0)
        L += ["Wt %dkg  ASA %s  Op: %s" % (wt, asa, opname), "Anaesthetist: " + an + "   Surgeon: " + doctor(g), ""]
        L += ["Induction: " + g.pick(["Propofol %dmg, fentanyl %dmcg, rocuronium %dmg" % (g.ri(80, 160), g.ri(50, 150), g.ri(30, 60)), "RSI: propofol, suxamethonium 100mg", "Spinal: 0.5%% heavy bupivacaine %.1fml + fentanyl 15mcg at L3/4, 25G Whitacre" % g.r.uniform(2.0, 3.0)])]
        L += ["Airway: " + g.pick(["ETT 7.0 cuffed @21cm, grade 1 view", "ETT 7.5 @22cm, Macintosh 3, C&L 2", "LMA size 4", "Face mask / nasal O2 (spinal)"])]
        L += ["Maintenance: " + g.pick(["Sevoflurane 1 MAC in O2/air", "Desflurane / air", "Propofol TCI 3mcg/ml", "N/A"]), ""]
        L += ["Time   HR   SBP/DBP  SpO2  EtCO2"]
        t0 = g.ri(8, 16)
        for i in range(g.ri(5, 9)):
            L += ["%s  %3d  %3d/%-3d  %3d   %s" % (fmt_time(g, t0 + (i * 15) // 60, (i * 15) % 60), g.ri(58, 95), g.ri(95, 145), g.ri(50, 85), g.ri(96, 100), g.ri(30, 40) if atype == "GA" else "-")]
        L += ["", "Fluids: Hartmann's %dml   Blood: %s   UO: %s" % (g.ri(500, 2000), g.pick(["nil", "1 unit PRC"]), g.pick(["catheterised, 200ml", "N/A"])), "Drugs: " + ", ".join(g.sample(["ondansetron 4mg", "dexamethasone 4mg", "paracetamol 1g IV", "morphine 5mg", "phenylephrine 100mcg x3", "Augmentin 1.2g", "neostigmine/glyco"], 4)), "Reversal/extubation: " + g.pick(["smooth", "uneventful, to PACU", "sugammadex 200mg, extubated awake"])]
    elif lay == 2:  # PACU / recovery record
        L += [g.pick(["POST-ANAESTHESIA CARE UNIT", "Recovery Room Record", "PACU Discharge Checklist"]), c["hosp"]] + pt_label(g, p, d, compact=2)
        L += ["Arrival: %s  Op: %s  Anaes: %s" % (fmt_time(g), opname, atype), ""]
        L += ["Aldrete score on arrival: %d  on discharge: %d" % (g.ri(6, 8), g.ri(9, 10)), "Pain score: %d/10 -> %d/10" % (g.ri(3, 8), g.ri(0, 3)), "PONV: " + g.pick(["nil", "mild nausea, ondansetron given"]), "Block level (if SA): " + (g.pick(["T10", "T8 regressing"]) if atype == "SA" else "N/A"), "Analgesia: " + g.pick(["PCA morphine 1mg/5min lockout", "IV morphine 2mg x2", "Paracetamol IV"]), ""]
        L += ["Discharged to ward at %s by %s. Handover to %s." % (fmt_time(g), nurse(g), nurse(g))]
    elif lay == 3:  # short summary in notes
        L += ["Anaes note %s" % fmt_date(g, d, 4), "%s for %s" % (atype, opname), "ASA %s, Wt %dkg, %s" % (asa, wt, g.pick(["uneventful", "difficult IV access", "transient hypotension treated with phenylephrine"])), g.pick(["ETT 7.0", "LMA #4", "SA L3/4 single shot"]) + ", EBL " + (s["op"]["ebl"] if s.get("op") else "nil"), "Post-op: " + g.pick(["PCA", "oral analgesia", "to ICU"]), an]
    elif lay == 4:  # sedation record for procedure
        L += [g.pick(["PROCEDURAL SEDATION RECORD", "Sedation Monitoring Record", "Conscious Sedation Chart"]), c["hosp"] + " - " + g.pick(["Endoscopy Centre", "Radiology", "Cath Lab"])] + pt_label(g, p, d, compact=1)
        L += ["Procedure: " + g.pick(["OGD", "Colonoscopy", "ERCP", "TEE"]), "Pre-sedation: ASA %s, airway normal, fasted %d hrs" % (asa, g.ri(6, 12)), "Drugs: midazolam %dmg IV, pethidine %dmg IV" % (g.ri(1, 4), g.pick([0, 25, 50])), "O2 via nasal cannula 2L/min", ""]
        L += ["Time    BP       HR   SpO2  Sedation score"] + ["%s   %d/%d   %d   %d    %d" % (fmt_time(g), g.ri(100, 150), g.ri(55, 85), g.ri(58, 100), g.ri(95, 100), g.ri(1, 3)) for _ in range(g.ri(3, 6))]
        L += ["Recovery: alert, discharge criteria met at " + fmt_time(g), "Monitored by: " + nurse(g)]
    else:  # labor epidural / regional block record
        L += [g.pick(["REGIONAL ANAESTHESIA RECORD", "Nerve Block Record", "Epidural Record"]), c["hosp"]] + pt_label(g, p, d, compact=0)
        L += ["Indication: " + g.pick(["analgesia for " + opname, "post-op analgesia", "hip fracture pain (fascia iliaca block)"]), "Consent: verbal/written", "Technique: " + g.pick(["US-guided fascia iliaca block, 0.25% levobupivacaine 30ml", "Thoracic epidural T9/10, 18G Tuohy, LOR to saline at 5cm, catheter 4cm in space", "US-guided femoral nerve block, 0.5% ropivacaine 20ml"])]
        L += ["Test dose: " + g.pick(["negative", "N/A"]), "Complications: " + g.pick(["nil", "none"]), "Block assessment at 30 min: " + g.pick(["effective", "partial", "good sensory block"]), "", an + " (" + g.pick(["AC", "MO", "Resident"]) + " Anaesthesia)"]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_correspondence(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    L = []
    lay = g.ri(0, 6)
    me = doctor(g)
    if lay == 0:  # SOPC reply to referring GOPC doctor
        L += hosp_header(g, c["hosp"], dept_name(g, c["dept"])) + ["", "Our ref: %s/%s" % (c["dept"], g.digits(5)), fmt_date(g, d, 2), "", "Dr. %s" % g.pick(SURN).capitalize(), g.pick(GOPC), ""]
        L += ["Dear Dr. %s," % g.pick(SURN).capitalize(), "", "Re: %s  %s" % (pname(g, p), p.hkid), "", "Thank you for referring the above patient, who was seen in our clinic on %s." % fmt_date(g, d, 2)]
        L += ["%s was found to have %s. %s" % (heshe(p).capitalize(), s["dx"].lower(), g.pick(["We have arranged further investigations.", "Management has been optimised.", "We will continue to follow up in our clinic.", "We have discharged the patient back to your care."]))]
        L += ["Current medications: " + ", ".join(med_line(g, m, 4) for m in s["meds"][:4]) + "."]
        L += ["", "Thank you for your continued care.", "", "Yours sincerely,"] + sig_block(g, me, g.pick(["Associate Consultant", "Consultant", "Resident Specialist"]), None, 4)
    elif lay == 1:  # letter to patient about result / appointment
        L += [c["hosp"], g.pick(["Specialist Out-patient Department", "Central Appointment Office", "Patient Relations Office"]), "", fmt_date(g, d, 2), "", title_of(p) + " " + pname(g, p, 3), p.address, ""]
        L += ["Dear %s %s," % (title_of(p), p.surname.capitalize()), ""]
        L += [g.pick(["We would like to inform you that your appointment at the %s clinic originally scheduled on %s has been rescheduled to %s at %s due to operational reasons." % (c["dept"], fmt_date(g, d, 2), fmt_date(g, d + datetime.timedelta(days=g.ri(14, 60)), 2), fmt_time(g, g.ri(9, 16), g.pick([0, 15, 30, 45]))),
                      "Your recent test results were reviewed by the doctor. Please attend the clinic earlier on %s to discuss the results and further management." % fmt_date(g, d + datetime.timedelta(days=g.ri(7, 21)), 2),
                      "Our records show that you did not attend your appointment on %s. Please contact us at %s to arrange another appointment." % (fmt_date(g, d, 2), g.pick("23") + g.digits(7))])]
        L += ["", "Please bring along this letter, your HKID card and appointment slip.", "If you have any enquiries, please call %s during office hours." % (g.pick("23") + g.digits(7)), "", "Yours faithfully,", "", "(" + g.pick(SURN) + " " + g.pick(G1) + ")", "for Hospital Chief Executive"]
    elif lay == 2:  # insurance medical report
        ins = g.pick(INSURERS)
        L += hosp_header(g, c["hosp"], dept_name(g, c["dept"])) + ["", "PRIVATE & CONFIDENTIAL", "", fmt_date(g, d + datetime.timedelta(days=g.ri(20, 90)), 2), "", "Claims Department", ins, "%d/F, %s Tower, %d %s" % (g.ri(3, 40), g.pick(ESTATES), g.ri(1, 200), g.pick(STREETS)), ""]
        L += ["Dear Sir/Madam,", "", "MEDICAL REPORT", "Re: %s (HKID %s)   Policy No.: %s" % (pname(g, p), p.hkid, g.pick(["PH", "JL", "VP"]) + g.digits(9)), ""]
        L += ["With the patient's written consent dated %s, I am pleased to provide the following report." % fmt_date(g, d + datetime.timedelta(days=g.ri(5, 30)), 2), ""]
        L += ["The patient attended our hospital on %s with %s. %s" % (fmt_date(g, d, 2), s["cc"], ". ".join(s["hpi"][:2]) + "."), "", "Diagnosis: " + s["dx"] + ".", "Treatment: " + ("; ".join(s["course"]) if s["course"] else "medical treatment as outpatient") + "."]
        L += ["Hospitalisation: %s to %s." % (fmt_date(g, d, 2), fmt_date(g, d + datetime.timedelta(days=g.ri(2, 10)), 2)), "Pre-existing condition: " + g.pick(["Not known to us before this episode.", "The patient had " + ", ".join(s["pmh"]) + ".", "No record of prior attendance for this condition."]), "Prognosis: " + g.pick(["good", "fair", "guarded; regular follow-up required"]) + ".", ""]
        L += ["The medical report fee of HK$%d has been settled." % g.pick([660, 875, 1100, 1350]), "", "Yours faithfully,"] + sig_block(g, me, g.pick(["Consultant", "Associate Consultant"]), None, 4)
    elif lay == 3:  # internal memo / email
        L += ["MEMO", "To: " + g.pick(["Ward Manager, " + ward(g, c["dept"]), "COS (%s)" % c["dept"], "Dr " + g.pick(SURN).capitalize(), "Infection Control Team"]), "From: " + me + ", " + c["dept"], "Date: " + fmt_date(g, d), "Subject: " + g.pick(["Patient %s (%s)" % (pname(g, p, 0), p.hn), "Follow-up of incident", "Transfer arrangement", "Isolation precaution"]), "-" * 40]
        L += [g.pick(["Please note that the above patient requires contact precautions (MRSA carrier).", "The family has requested a meeting regarding care plan; please arrange with MSW.", "Please arrange the above patient for early %s clinic review as discussed." % c["dept"], "For your information, the AIRS report has been filed regarding the fall on %s." % fmt_date(g, d, 0)])]
        L += ["", "Thanks,", me.split(" ", 1)[1]]
    elif lay == 4:  # letter to solicitor / court? keep clinical: to another hospital requesting records
        L += hosp_header(g, c["hosp"]) + ["", fmt_date(g, d, 2), "", "Medical Records Officer", g.pick(HOSP), "", "Dear Sir/Madam,", "", "Re: Request for clinical information - %s (%s)" % (pname(g, p, 0), p.hkid), ""]
        L += ["The captioned patient is currently under our care for %s. I would be grateful if you could provide copies of %s during %s admission to your hospital in %d." % (s["abbr"], g.pick(["the discharge summary and operation record", "the imaging reports", "the pathology report"]), hisher(p), d.year - g.ri(1, 5)), "", "Consent from the patient is attached.", "", "Thank you for your assistance.", "", "Yours faithfully,", "", me, g.pick(RANKS)]
    elif lay == 5:  # thank-you / reply to patient compliment or to family
        L += [c["hosp"], "", fmt_date(g, d, 2), "", "Dear %s %s," % (g.pick(["Mr.", "Ms.", "Mrs."]), p.nok_name.split()[0].capitalize()), ""]
        L += [g.pick(["Thank you for your letter regarding the care of your %s, %s, in our ward." % (p.nok_rel.lower() if p.nok_rel in ("Mother",) else "relative", pname(g, p, 3)), "We refer to your enquiry dated %s about the treatment received by %s." % (fmt_date(g, d, 2), pname(g, p, 3))])]
        L += ["%s was admitted with %s. %s" % (pname(g, p, 3), s["cc"], " ".join(s["course"][:2]) + "." if s["course"] else ""), "We hope this clarifies the situation. Should you have further questions, please contact our Patient Relations Officer at %s." % (g.pick("23") + g.digits(7)), "", "Yours sincerely,", "", me, "Department of " + g.pick(["Medicine", "Surgery", "Orthopaedics & Traumatology"])]
    else:  # letter to employer / school - fitness
        L += hosp_header(g, c["hosp"]) + ["", fmt_date(g, d, 2), "", "To whom it may concern", "", "Re: %s (HKID: %s)" % (pname(g, p), p.hkid), ""]
        L += ["This is to certify that the above-named has been under our care for %s since %s." % (s["abbr"], fmt_date(g, d - datetime.timedelta(days=g.ri(10, 300)), 2)), g.pick(["%s is fit to resume light duties from %s." % (heshe(p).capitalize(), fmt_date(g, d + datetime.timedelta(days=7), 2)), "%s should avoid heavy lifting for 6 weeks." % heshe(p).capitalize(), "%s requires regular follow-up at our clinic about every 3 months." % heshe(p).capitalize()])]
        L += ["", "Thank you.", ""] + sig_block(g, me, None, None, 4)
    L += footer(g, p, d)
    return "\n".join(L)


RISKS = {
    "Laparoscopic cholecystectomy": ["bleeding", "bile leak", "bile duct injury (0.3-0.5%)", "conversion to open operation", "wound infection", "retained stone"],
    "Laparoscopic appendicectomy": ["bleeding", "wound infection", "intra-abdominal abscess", "conversion to open", "injury to bowel"],
    "Left bipolar hemiarthroplasty (cemented)": ["infection", "dislocation", "periprosthetic fracture", "DVT/PE", "bone cement implantation syndrome", "leg length discrepancy"],
    "Laparoscopic anterior resection": ["anastomotic leak (3-10%)", "bleeding", "stoma", "ureteric injury", "sexual/urinary dysfunction", "conversion to open"],
    "Transurethral resection of prostate (TURP)": ["bleeding requiring transfusion", "retrograde ejaculation", "urethral stricture", "TUR syndrome", "incontinence"],
}


def gen_consent_form(g):
    kind = g.pick(["op", "op", "proc", "blood", "anaes", "hiv", "photo", "research"])
    s = g.pick(OP_SCEN) if kind == "op" else g.pick(SCEN)
    c = ctx(g, s)
    p, d = c["p"], c["d"]
    formno = "%s-%s%s" % (g.pick(["HA", "MR", "CON", "HAF"]), g.pick(["", "F"]), g.digits(3))
    if kind == "op":
        what, risks = s["op"]["name"], RISKS.get(s["op"]["name"], ["bleeding", "infection"])
    elif kind == "proc":
        what = g.pick(["OGD +/- haemostasis", "Colonoscopy +/- polypectomy", "Coronary angiogram +/- PCI", "Pleural tapping", "Central venous catheter insertion"])
        risks = ["bleeding", "perforation (rare)", "infection", "reaction to sedation/contrast", "failure of procedure"]
    elif kind == "blood":
        what, risks = "Transfusion of blood and/or blood products", ["febrile reaction", "allergic reaction", "haemolytic reaction (rare)", "transfusion-transmitted infection (very rare)", "fluid overload"]
    elif kind == "anaes":
        what, risks = "General / regional anaesthesia", ["sore throat", "nausea and vomiting", "dental damage", "awareness (rare)", "nerve injury", "drug allergy"]
    elif kind == "hiv":
        what, risks = "HIV antibody testing", ["result will be kept confidential", "a negative result may not exclude recent infection (window period)"]
    elif kind == "photo":
        what, risks = "Clinical photography / video recording", ["images kept in medical record", "may be used for teaching with identity concealed"]
    else:
        what, risks = "Participation in clinical study '%s'" % g.pick(["Early mobilisation after hip fracture surgery", "Telephone follow-up for heart failure", "Probiotic for antibiotic-associated diarrhoea"]), ["randomisation", "extra blood tests", "you may withdraw at any time without affecting your treatment"]
    doc = doctor(g)
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # HA standard consent form
        L += ["HOSPITAL AUTHORITY", c["hosp"], "", g.pick(["CONSENT FORM FOR OPERATION / PROCEDURE", "Consent to Operation / Procedure / Treatment", "Form of Consent"]), "(Form %s)" % formno, ""]
        L += pt_label(g, p, d, compact=0)
        L += ["", "PART A  (To be completed by doctor)", "Name of operation/procedure: " + what, "Side (if applicable): " + g.pick(["Left", "Right", "N/A"]), "Type of anaesthesia: " + g.pick(["GA", "SA", "LA", "Sedation", "N/A"]), ""]
        L += ["I have explained the nature, purpose, benefits, risks and alternatives of the procedure to the patient/guardian, including:"] + ["  - " + r for r in risks]
        L += ["", "Doctor's signature: ____________   Name: %s   Rank: %s   Date: %s" % (doc, g.pick(RANKS), fmt_date(g, d, 0)), ""]
        L += ["PART B  (To be completed by patient/guardian)", "I confirm that the doctor has explained to me the above procedure. I understand that there is no guarantee that a particular person will perform the procedure. I consent to any additional procedure that is necessary in an emergency to save my life or prevent serious harm.", "", "Signature: ____________   Name: %s   Date: %s" % (pname(g, p, 0), fmt_date(g, d, 0)), "", "Interpreter (if any): " + g.pick(["N/A", "Cantonese", "Putonghua", "Tagalog"]), "Witness: " + nurse(g)]
    elif lay == 1:  # short procedure consent
        L += [c["hosp"] + "   " + formno, g.pick(["Consent for Procedure", "Patient Consent", "Endoscopy Consent"]), ""]
        L += ["Patient: %s   HKID: %s" % (pname(g, p), p.hkid), "Procedure: " + what, "", "Risks explained: " + ", ".join(risks) + ".", "Alternatives: " + g.pick(["conservative treatment", "imaging", "no treatment"]), "", "[x] I agree to the procedure.", "[ ] I do not agree.", "", "Patient/relative sign: ______  (" + g.pick(["patient", "son", "daughter", "wife"]) + ")", "Doctor: " + doc + "   " + fmt_date(g, d)]
    elif lay == 2:  # blood transfusion style with refusal option
        L += ["%s  Form No. %s" % (c["hosp"], formno), g.pick(["CONSENT FOR BLOOD TRANSFUSION", "Consent / Refusal - Blood and Blood Products", "INFORMED CONSENT"]), ""] + pt_label(g, p, d, compact=1)
        L += ["", "Treatment: " + what, "Reason: " + g.pick([s["abbr"], "anaemia", "expected blood loss during operation"]), "", "Benefits: " + g.pick(["improve oxygen delivery", "correct anaemia", "replace blood loss"]), "Possible risks:"] + bullets(g, risks, 1)
        L += ["", "I have read / been explained the information leaflet (%s) and had the opportunity to ask questions." % g.pick(["BT-01", "Patient Information on Transfusion", "HA-PIS-12"]), "", "[x] I consent      [ ] I refuse and understand the consequences", "", "Signature of patient: _______   Date: " + fmt_date(g, d, 0), "Signature of doctor: _______   " + doc]
    elif lay == 3:  # guardian consent / patient unable
        L += [c["hosp"], "CONSENT FORM - PATIENT LACKING CAPACITY / MINOR", "Form " + formno, ""]
        L += ["Patient: " + pname(g, p, 0) + " (" + p.hkid + ")", "Procedure: " + what, "", "Reason patient unable to consent: " + g.pick(["advanced dementia", "under 18 years of age", "unconscious", "delirium"]), ""]
        L += ["Statement of doctor: The treatment is in the best interest of the patient. I have discussed with the family: " + ", ".join(risks) + ".", "", "Statement of relative/guardian: I, %s (%s), agree with the above." % (p.nok_name, p.nok_rel), "Tel: " + p.nok_phone, "", "Second doctor's opinion (if applicable): " + doctor(g), "Doctor: " + doc + "   Date/time: %s %s" % (fmt_date(g, d, 0), fmt_time(g))]
    elif lay == 4:  # research consent / info sheet
        L += ["PARTICIPANT CONSENT FORM" if kind == "research" else "CONSENT", "Study/Treatment: " + what, "Principal Investigator / Doctor: " + doc, "Clinical Research Ethics Committee Ref: " + g.pick(["CRE-", "KC/", "HKEC-"]) + str(d.year) + "-" + g.digits(4), ""]
        L += ["1. I confirm that I have read and understood the information sheet.", "2. I understand: " + "; ".join(risks) + ".", "3. I agree that my medical records may be looked at by responsible individuals.", "4. I agree to take part.", "", "Name of participant: " + pname(g, p, 2), "Signature: ________   Date: " + fmt_date(g, d), "Person taking consent: " + doctor(g)]
    else:  # anaesthesia/photography consent short with tick boxes
        L += [g.pick(["Anaesthesia Consent", "Consent for Clinical Photography", "Consent to Treatment", "CONSENT"]) + "  (" + formno + ")", pname(g, p, 1) + "  " + p.hn, ""]
        L += ["I, the undersigned, agree to undergo " + what.lower() + "."]
        for r in risks:
            L += ["[%s] %s" % (g.pick(["x", "v", "x"]), r.capitalize())]
        L += ["", "Patient ___________  Witness ___________", "Explained by " + doc + " on " + fmt_date(g, d, 1)]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_referral_letter(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    to = {"nstemi": "Cardiology", "cap": "Medical", "aecopd": "Chest / Respiratory", "chole": "Surgical", "appx": "Surgical", "nof": "Orthopaedic", "stroke": "Neurology", "ugib": "GI / Medical", "dm": "Endocrine / DM", "chf": "Cardiac", "uti": "Medical", "crc": "Surgical (Colorectal)", "hcc": "Hepatobiliary", "bph": "Urology", "npc": "ENT", "gout": "Rheumatology"}[s["key"]]
    me = doctor(g)
    L = []
    lay = g.ri(0, 6)
    if lay == 0:  # GOPC -> SOPC standard referral
        L += [g.pick(GOPC), g.pick(["Referral Letter", "REFERRAL", "Referral to Specialist Out-patient Clinic", ""]), ""]
        L += ["To: " + to + " SOPC, " + c["hosp"], "Date: " + fmt_date(g, d), "Triage requested: " + g.pick(["Routine", "Urgent", "Semi-urgent"]), ""]
        L += ["Dear Doctor,", "", "Re: %s  %s/%d  HKID %s" % (pname(g, p), p.sex, p.age, p.hkid), "", "Thank you for seeing the above patient who %s." % g.pick(["presented with " + s["cc"], "is known to have " + ", ".join(s["pmh"]).lower()])]
        L += [". ".join(s["hpi"]) + ".", "O/E: " + "; ".join(s["exam"]) + "."]
        if s["labs"]:
            L += ["Blood: " + ", ".join("%s %s %s" % (k, lab_value(g, k, s)[0], lab_value(g, k, s)[2]) for k in list(s["labs"].keys())[:3])]
        L += ["Current meds: " + ", ".join(med_line(g, m, 4) for m in s["meds"][:4]), "", "?" + s["abbr"] + ". Kindly assess and manage.", "", "Yours faithfully,"] + sig_block(g, me, "Medical Officer (Family Medicine)", None, 4)
    elif lay == 1:  # AED -> SOPC referral slip
        L += [c["hosp"] + " - Accident & Emergency Department", g.pick(["Referral to SOPC", "A&E Referral Slip", "Referral for Early SOPC Appointment"]), ""] + pt_label(g, p, d, compact=2)
        L += ["Referred to: " + to + " SOPC", "Attendance date: " + fmt_date(g, d), "Dx: " + s["abbr"], "Hx: " + abbrev_sentence(g, s["hpi"][0]), "Tx given in AED: " + g.pick(["analgesics", "IV fluid", "Observation", "Backslab"]), "Request: " + g.pick(["early appointment please", "pls assess", "FU"]), "", me + " (AED MO)"]
    elif lay == 2:  # private GP -> HA AED/SOPC
        gp = g.pick(SURN).capitalize()
        L += ["Dr. %s %s %s" % (gp, g.pick(G1), g.pick(G2)), "MBBS (HK), " + g.pick(["FHKCFP", "DCH", "DFM (CUHK)", "MRCP (UK)"]), "%d/F, %s %s, %d %s, %s" % (g.ri(1, 20), g.pick(ESTATES), g.pick(["Commercial Building", "Centre", "Plaza"]), g.ri(1, 300), g.pick(STREETS), g.pick(DISTRICTS)), "Tel: " + g.pick("23") + g.digits(7), "", fmt_date(g, d, 2), ""]
        L += ["Dear Colleague,", "", "Re: %s, age %d" % (pname(g, p, 2), p.age), "", "I would be grateful if you could see this patient for %s." % s["cc"], " ".join(x + "." for x in s["hpi"][:2]), g.pick(["I have started %s." % med_line(g, s["meds"][0], 0), "No treatment was given.", "Investigations were not done in my clinic."]), "", "Thank you for your kind attention.", "", "Yours sincerely,", "", "Dr. " + gp]
    elif lay == 3:  # inter-specialty ePR referral form
        L += cms_header(g, g.pick(["e-Referral", "Referral Form (SOPC New Case)", "Electronic Referral"])) + pt_label(g, p, d, compact=1)
        L += ["From: %s  %s" % (c["dept"], g.pick(["Ward", "SOPC", "GOPC"])), "To: " + to, "Priority: " + g.pick(["P1 (urgent)", "P2 (semi-urgent)", "Routine"]), "", "Clinical summary:", "  " + s["dx"] + " - " + "; ".join(s["hpi"][:2]), "PMH: " + ", ".join(s["pmh"]), "Investigations: " + s["img"][3], "Question: " + g.pick(["Please advise further management", "Suitability for surgery?", "Pls take over FU", "Pls co-manage"]), "", "Referring doctor: " + me + "   Contact: " + g.digits(4)]
    elif lay == 4:  # allied health referral
        disc = g.pick(["Physiotherapy", "Occupational Therapy", "Dietitian", "Medical Social Worker", "Speech Therapy", "Podiatry", "Clinical Psychology"])
        L += [c["hosp"], g.pick(["REFERRAL TO ALLIED HEALTH", "Allied Health Referral Form", "Referral Slip"]) + " - " + disc, ""] + pt_label(g, p, d, compact=0)
        L += ["Diagnosis: " + s["dx"], "Reason for referral: " + {"Physiotherapy": "mobility training / chest physio", "Occupational Therapy": "ADL assessment, home safety", "Dietitian": "diet counselling (DM / low salt)", "Medical Social Worker": "financial support, discharge placement", "Speech Therapy": "swallowing assessment", "Podiatry": "DM foot care", "Clinical Psychology": "adjustment / low mood"}[disc], "Precautions: " + g.pick(["fall risk", "WBAT", "NWB L leg", "nil"]), "Urgency: " + g.pick(["routine", "before discharge", "urgent"]), "", me + "  " + fmt_date(g, d)]
    elif lay == 5:  # referral to oncology / MDT
        L += hosp_header(g, c["hosp"], dept_name(g, c["dept"])) + ["", fmt_date(g, d, 2), "", "Dr %s" % g.pick(SURN).capitalize(), "Department of Clinical Oncology", g.pick(HOSP), "", "Dear Dr %s," % g.pick(SURN).capitalize(), ""]
        L += ["Re: %s (%s)" % (pname(g, p), p.hn), "", "I am writing to refer this %d-year-old %s with newly diagnosed %s for your consideration of %s." % (p.age, "gentleman" if p.sex == "M" else "lady", s["dx"].lower(), g.pick(["adjuvant therapy", "definitive chemoradiotherapy", "further oncological management"]))]
        if s.get("path"):
            L += ["Histology: " + s["path"]["dx"]]
        L += ["Imaging: " + s["img"][3], "ECOG performance status: " + str(g.ri(0, 2)) + ".", "", "The diagnosis has been explained to the patient and family. Thank you.", "", "Yours sincerely,"] + sig_block(g, me, None, None, 4)
    else:  # brief handwritten referral note
        L += ["Ref to " + to + " " + g.pick(["SOPC", "team", "MO on call"]), fmt_date(g, d, 4), pname(g, p, 0) + " " + p.sex + "/" + str(p.age), "Pls see for " + s["cc"] + ".", abbrev_sentence(g, "; ".join(s["exam"][:2])), "?" + s["abbr"], "Thx. " + me.split(" ", 1)[1]]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_advance_directive(g):
    s = SCEN_BY[g.pick(["chf", "stroke", "uti", "aecopd", "hcc", "crc", "npc"])]
    c = ctx(g, s)
    p, d = c["p"], c["d"]
    p.age = max(p.age, 60)
    doc, wit = doctor(g), doctor(g)
    cond = g.pick(["terminally ill", "in a state of irreversible coma", "in a persistent vegetative state", "suffering from an end-stage irreversible life-limiting condition"])
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # AD form style
        L += [g.pick(["ADVANCE DIRECTIVE", "Advance Directive Form", "Advance Directive (for refusal of life-sustaining treatment)"]), c["hosp"], ""]
        L += ["Part 1: Personal details", "Name: " + pname(g, p, 0), "HKID No.: " + p.hkid, "Sex: %s   Date of birth: %s" % (p.sex, fmt_date(g, dob_of(g, p, d), 0)), "Address: " + p.address, ""]
        L += ["Part 2: Background", "I, %s, being 18 years old or above, make this advance directive of my own free will." % pname(g, p, 0), "I understand the purpose of this directive. I have been diagnosed with " + s["dx"].lower() + ".", ""]
        L += ["Part 3: Specification of the medical conditions and treatment refused", "If I become %s, I do not wish to receive the following life-sustaining treatment:" % cond]
        L += ["  [x] Cardiopulmonary resuscitation", "  [%s] Mechanical ventilation" % g.pick("x "), "  [%s] Artificial nutrition and hydration (tube feeding)" % g.pick("x "), "  [%s] Dialysis" % g.pick("x "), "", "I understand that basic care and palliative care will continue."]
        L += ["", "Part 4: Witnesses", "Witness 1 (registered medical practitioner): " + doc, "Witness 2: " + g.pick([wit, p.nok_name + " (not beneficiary)"]), "Date: " + fmt_date(g, d), "", "Signature of maker: ____________"]
    elif lay == 1:  # DNACPR form for non-hospitalised patients
        L += ["HOSPITAL AUTHORITY", g.pick(["DO-NOT-ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR) FORM", "DNACPR Form for Non-hospitalised Patients"]), "Form " + g.pick(["DNACPR-NH", "ACP-02"]), ""]
        L += pt_label(g, p, d, compact=1) + ["", "Underlying condition: " + s["dx"], "Basis of decision: " + g.pick(["valid advance directive", "patient lacking capacity - best interest decision with family consensus", "patient's own wish"]), ""]
        L += ["Do not attempt CPR in the event of cardiopulmonary arrest.", "Other treatment and comfort care should continue.", "", "Attending doctor: %s   Rank: %s   Date: %s" % (doc, g.pick(["Consultant", "AC"]), fmt_date(g, d, 0)), "Second doctor: %s" % wit, "Review date: " + fmt_date(g, d + datetime.timedelta(days=365), 0)]
    elif lay == 2:  # ACP discussion note
        L += ["%s  %s" % (fmt_date(g, d, 4), g.pick(["ACP discussion", "Advance Care Planning", "Family meeting - ACP", "End-of-life care discussion"]))]
        L += ["Present: pt, %s (%s), %s, MSW %s, %s" % (p.nok_name, p.nok_rel.lower(), doc, g.pick(SURN), nurse(g)), "Background: " + s["dx"] + "; " + ", ".join(s["other"] or s["pmh"])]
        L += ["Discussed: disease trajectory, prognosis " + g.pick(["months", "limited", "uncertain"]) + ", pt's values - " + g.pick(["wishes to stay comfortable at home", "does not want intubation", "wants to avoid suffering"]), "Consensus:"] + bullets(g, ["DNACPR", g.pick(["No intubation / ICU", "NIV as ceiling", "Trial of NIV acceptable"]), "Continue antibiotics / comfort care", "Consider AD signing at next FU"], 1)
        L += ["", "DNACPR form signed: " + g.pick(["Yes", "Not yet, family to consider"]), doc]
    elif lay == 3:  # ward DNACPR order
        L += [c["hosp"] + " - " + ward(g, c["dept"]), g.pick(["RESUSCITATION STATUS ORDER", "Limitation of Treatment Record", "DNACPR ORDER (IN-PATIENT)"]), ""] + pt_label(g, p, d, compact=0)
        L += ["", "Resuscitation status: [x] Not for CPR   [%s] Not for intubation   [%s] Not for ICU" % (g.pick("x "), g.pick("x ")), "Rationale: " + g.pick(["CPR medically futile", "patient's prior expressed wish", "poor premorbid, family agreed"]), "Discussed with: " + p.nok_rel + " " + p.nok_name + " on " + fmt_date(g, d, 0), "Decision by: " + doc + " (" + g.pick(["AC", "Consultant"]) + ")", "Valid for this admission only."]
    elif lay == 4:  # letter/statement from patient (free text)
        L += ["To my doctors and family,", "", "I, %s (HKID %s), wish to state that if I am %s, I do not want %s." % (pname(g, p, 2), p.hkid, cond, g.pick(["to be kept alive by machines", "CPR or tube feeding", "any treatment that only prolongs dying"])), "I would like to " + g.pick(["die at home if possible", "have my pain controlled", "be with my family"]) + ".", "", "Signed: ____________   " + fmt_date(g, d, 2), "Witnessed by: " + doc + " and " + p.nok_name]
    else:  # AD register / CMS alert
        L += cms_header(g, g.pick(["Alert - Advance Directive", "ACP / AD record", "Patient Alert"])) + pt_label(g, p, d, compact=2)
        L += ["Alert type: " + g.pick(["Advance Directive on file", "DNACPR (non-hospitalised) valid", "ACP completed"]), "Effective: " + fmt_date(g, d, 3), "Document location: " + g.pick(["scanned to ePR", "original with patient", "MRO file"]), "Entered by: " + doc, "Remarks: refuse " + g.pick(["CPR, intubation", "CPR, ANH", "all life-sustaining treatment"]) + " when " + cond]
    L += footer(g, p, d)
    return "\n".join(L)


ECG_DX = {
    "normal": ("Sinus rhythm", (60, 95), ["Normal ECG", "Within normal limits", "Sinus rhythm. No acute ST-T change."]),
    "sinus_tachy": ("Sinus tachycardia", (101, 125), ["Sinus tachycardia, otherwise normal ECG", "Sinus tachycardia. Nonspecific T wave flattening."]),
    "af": ("Atrial fibrillation", (80, 130), ["Atrial fibrillation with moderate ventricular response", "AF, nonspecific ST-T changes", "Atrial fibrillation. Left axis deviation."]),
    "nstemi": ("Sinus rhythm", (70, 100), ["ST depression 1-2mm in V4-V6, I, aVL - consider anterolateral ischaemia", "Sinus rhythm. ST depression lateral leads. Abnormal ECG.", "T wave inversion V2-V5, suggest ischaemia"]),
}


def gen_ecg_report(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    ek = s["ecg"] if g.maybe(0.8) else g.pick(list(ECG_DX.keys()))
    rhythm, (lo, hi), interps = ECG_DX[ek]
    hr = g.ri(lo, hi)
    pr = "---" if ek == "af" else str(g.ri(130, 200))
    qrs, qt = g.ri(76, 112), g.ri(340, 420)
    qtc = int(qt / ((60.0 / hr) ** 0.5))
    ax = (g.ri(20, 80) if g.maybe(0.8) else g.ri(-40, 0), g.ri(-10, 80), g.ri(10, 80))
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # machine printout
        L += ["%s   %s   %d yr   %s" % (pname(g, p, 0), p.hn, p.age, "Male" if p.sex == "M" else "Female"), "%s %s   %s" % (fmt_date(g, d, 5), fmt_time(g), g.pick(["AED", ward(g, c["dept"]), "SOPC", "Cardiac Dx"]))]
        L += ["Vent. rate     %3d BPM" % hr, "PR interval    %s ms" % pr, "QRS duration   %3d ms" % qrs, "QT/QTc    %d/%d ms" % (qt, qtc), "P-R-T axes  %s %d %d" % ("***" if ek == "af" else str(ax[0]), ax[1], ax[2])]
        L += ["", rhythm] + [g.pick(interps)] + [g.pick(["Abnormal ECG" if ek != "normal" else "Normal ECG", "", "When compared with ECG of %s, no significant change" % fmt_date(g, d - datetime.timedelta(days=g.ri(30, 800)), 5)])]
        L += ["", g.pick(["Unconfirmed report.", "Confirmed by: " + doctor(g), "UNCONFIRMED ANALYSIS - REQUIRES PHYSICIAN REVIEW"]), "25 mm/s  10 mm/mV  %s  0.05-150 Hz" % g.pick(["4x2.5x3_25_R1", "12SL v241", "W"])]
    elif lay == 1:  # cardiology interpretation report
        L += hosp_header(g, c["hosp"], g.pick(["Cardiac Diagnostic Unit", "ECG Laboratory", "Non-invasive Cardiac Lab"])) + ["", g.pick(["12-LEAD ECG REPORT", "Electrocardiogram Interpretation", "ECG REPORT"])] + pt_label(g, p, d, compact=1)
        L += ["Indication: " + g.pick([s["cc"], "pre-op", "palpitation", "routine", "chest pain"]), "", "Rhythm: " + rhythm, "Rate: %d /min" % hr, "PR: %s ms   QRS: %d ms   QTc: %d ms" % (pr, qrs, qtc), "Axis: %d degrees" % ax[1], "", "Interpretation: " + g.pick(interps), "", "Reported by: " + doctor(g) + " (Cardiology)"]
    elif lay == 2:  # note-style ECG read
        L += ["ECG %s %s" % (fmt_date(g, d, 4), fmt_time(g)), "%s %s" % ({"Sinus rhythm": "SR", "Sinus tachycardia": "ST", "Atrial fibrillation": "AF"}[rhythm], hr), g.pick(["no ST change", "ST dep V4-6" if ek == "nstemi" else "no acute ischaemic change", "QTc %d" % qtc, "LVH by voltage?"]), g.pick(["c/w previous", "new compared with old ECG", ""]), doctor(g, initials=True)]
    elif lay == 3:  # Holter report
        L += [g.pick(["24-HOUR HOLTER MONITORING REPORT", "Ambulatory ECG (Holter) Report", "Holter Monitor Study"]), c["hosp"], ""] + pt_label(g, p, d, compact=0)
        tot = g.ri(80000, 120000)
        L += ["Recording duration: %d h %02d min" % (g.ri(22, 24), g.ri(0, 59)), "Indication: " + g.pick(["palpitation", "syncope", "dizziness", "AF rate control"]), "", "Total beats: %d" % tot, "Heart rate: min %d, mean %d, max %d bpm" % (g.ri(40, 60), g.ri(65, 85), g.ri(100, 150)), "Ventricular ectopics: %d (%s)" % (g.ri(0, 2000), g.pick(["isolated", "occasional couplets"])), "Supraventricular ectopics: %d" % g.ri(0, 3000), "Pauses > 2.5s: %s" % g.pick(["nil", "1 (2.8s at 03:14, sinus arrest)"]), "AF burden: " + ("100%" if ek == "af" else g.pick(["0%", "nil", "2% (paroxysmal)"])), "Diary events: " + g.pick(["palpitation at %s correlated with SVEs" % fmt_time(g), "nil symptoms recorded", "dizziness - sinus rhythm"]), "", "Conclusion: " + g.pick(["No significant arrhythmia.", "Paroxysmal AF detected.", "Frequent SVEs, no sustained arrhythmia.", "Rate-controlled AF."]), "", doctor(g) + ", Cardiologist"]
    elif lay == 4:  # exercise treadmill test
        L += [g.pick(["EXERCISE STRESS TEST", "Treadmill Exercise ECG", "ETT REPORT"]), c["hosp"]] + pt_label(g, p, d, compact=2)
        p.age = min(p.age, g.ri(45, 78))
        pos = ek == "nstemi" or g.maybe(0.2)
        L += ["Age: %d" % p.age, "Protocol: Bruce", "Exercise time: %d min %02d s   Stage reached: %d   METs: %.1f" % (g.ri(4, 11), g.ri(0, 59), g.ri(2, 4), g.r.uniform(5, 12)), "Resting HR %d, BP %d/%d; Peak HR %d (%d%% THR), BP %d/%d" % (g.ri(60, 85), g.ri(110, 140), g.ri(65, 85), g.ri(130, 165), g.ri(80, 98), g.ri(150, 200), g.ri(70, 95)), "Reason for termination: " + g.pick(["fatigue", "target HR achieved", "chest discomfort", "leg tiredness"]), "Symptoms: " + g.pick(["nil", "mild chest tightness at stage 3"]), "ST changes: " + ("1.5mm horizontal ST depression V4-V6 at peak, resolved at 3 min recovery" if pos else "no significant ST deviation"), "", "Conclusion: " + ("Positive ETT for myocardial ischaemia." if pos else g.pick(["Negative for inducible ischaemia at adequate workload.", "Equivocal - submaximal test."])), "Supervising physician: " + doctor(g)]
    else:  # tabulated ECG request/report form
        L += [g.pick(["ECG Request / Report", "ELECTROCARDIOGRAM", "Resting ECG"]) + " - " + c["hosp"], ""]
        L += ["Name: %-30s Age/Sex: %d/%s" % (pname(g, p, 0), p.age, p.sex), "HN: %-32s Location: %s" % (p.hn, g.pick(["AED", "Ward", "SOPC"])), "Medications: " + ", ".join(m["drug"].split(" (")[0] for m in s["meds"][:3]), "", "HR  | PR  | QRS | QT/QTc  | Axis", "%-3d | %-3s | %-3d | %d/%d | %d" % (hr, pr, qrs, qt, qtc, ax[1]), "", "Rhythm: " + rhythm, "Comment: " + g.pick(interps), "Technician: " + nurse(g).split(" ", 1)[1]]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_immunization_record(g):
    c = ctx(g)
    p, d = c["p"], c["d"]
    L = []
    lay = g.ri(0, 5)
    lot = lambda: g.pick(["A", "B", "K", "T", "X"]) + g.digits(5) + g.pick(["", "A", "B"])
    if lay == 0:  # childhood immunisation record
        p.age = g.ri(1, 12)
        dob = dob_of(g, p, d)
        L += [g.pick(["IMMUNISATION RECORD", "Childhood Immunisation Record", "Vaccination Record (Child)"]), g.pick(["Maternal and Child Health Centre", "%s MCHC" % g.pick(DISTRICTS), "Paediatric Clinic"]), ""]
        L += ["Name of child: " + pname(g, p, 0), "Date of birth: " + fmt_date(g, dob, 0), "Birth cert./HKID No.: " + p.hkid, ""]
        sched = [("BCG", 0), ("Hepatitis B (1st)", 0), ("Hepatitis B (2nd)", 30), ("DTaP-IPV (1st)", 60), ("PCV (1st)", 60), ("DTaP-IPV (2nd)", 120), ("PCV (2nd)", 120), ("Hepatitis B (3rd)", 180), ("DTaP-IPV (3rd)", 180), ("MMR (1st)", 365), ("Varicella (1st)", 365), ("PCV (booster)", 365), ("DTaP-IPV (booster)", 540), ("MMRV (2nd)", 2190)]
        L += ["Vaccine                  Date given     Batch No.   Given by"]
        for v, dd in sched:
            gd = dob + datetime.timedelta(days=dd + g.ri(0, 10))
            if gd <= d:
                L += ["%-24s %-14s %-11s %s" % (v, fmt_date(g, gd, 0), lot(), g.pick(["RN", "EN", "NO"]) + " " + g.pick(SURN)[:1] + g.pick(SURN)[:1])]
    elif lay == 1:  # seasonal influenza vaccination record
        L += [g.pick(GOPC), g.pick(["Seasonal Influenza Vaccination Record", "Government Vaccination Programme - Record", "Flu vaccine administration"]), ""]
        L += ["Name: %s   HKID: %s   Age: %d" % (pname(g, p, 0), p.hkid, max(p.age, 65)), "Eligibility: " + g.pick(["Elderly >= 65", "Chronic medical problem", "Healthcare worker", "Pregnant woman"]), ""]
        for y in range(d.year - g.ri(0, 3), d.year + 1):
            L += ["%d/%d season  %s  %s  Lot %s  %s  %s" % (y, (y + 1) % 100, g.pick(["QIV", "Inactivated influenza vaccine (QIV)", "TIV"]), "0.5ml IM " + g.pick(["L deltoid", "R deltoid"]), lot(), fmt_date(g, datetime.date(y, g.pick([10, 11, 12]), g.ri(1, 28)), 0), nurse(g))]
        L += ["PCV13 / PPV23: " + g.pick(["given %d" % (d.year - 2), "not yet", "PPV23 given %d" % (d.year - 3)]), "", "Observed 15 minutes post-vaccination, no adverse reaction."]
    elif lay == 2:  # COVID vaccination record
        dd = datetime.date(g.pick([2021, 2022]), g.ri(3, 12), g.ri(1, 28))
        L += [g.pick(["COVID-19 VACCINATION RECORD", "Vaccination Record - COVID-19", "Record of COVID-19 Vaccination"]), ""]
        L += ["Name: " + pname(g, p, 1), "ID document: " + p.hkid[:4] + "XXX(X)", "", "Dose  Date         Vaccine                       Venue"]
        brand = g.pick(["Comirnaty (BioNTech)", "CoronaVac (Sinovac)"])
        for i in range(g.ri(2, 4)):
            L += ["%d     %s  %-28s  %s" % (i + 1, fmt_date(g, dd + datetime.timedelta(days=i * g.ri(28, 120)), 0), brand if i < 2 else g.pick(["Comirnaty (BioNTech)", "Comirnaty Bivalent"]), g.pick(["Community Vaccination Centre, " + g.pick(DISTRICTS), g.pick(GOPC), c["hosp"] + " staff clinic"]))]
        L += ["", "QR code: [image]", "Record generated: " + fmt_date(g, d, 0)]
    elif lay == 3:  # staff occupational health HepB
        L += [c["hosp"] + " - " + g.pick(["Staff Clinic", "Occupational Health", "Staff Health Service"]), g.pick(["Hepatitis B Vaccination & Serology Record", "Staff Immunisation Record"]), ""]
        L += ["Staff name: " + pname(g, p, 2), "Staff no.: " + g.digits(6) + "   Department: " + g.pick(["Nursing (M&G)", "AED", "O&T", "Pathology"]), ""]
        base = d - datetime.timedelta(days=g.ri(200, 3000))
        for i, dd in enumerate([0, 30, 180]):
            L += ["HBV dose %d: %s  Engerix-B 20mcg IM  Lot %s" % (i + 1, fmt_date(g, base + datetime.timedelta(days=dd), 1), lot())]
        L += ["Anti-HBs (post): %d mIU/mL  (%s)" % (g.ri(5, 900), g.pick(["responder", "responder", "non-responder - repeat course"])), "MMR: " + g.pick(["immune (IgG positive)", "2 doses documented"]), "Varicella: " + g.pick(["history of chickenpox", "IgG positive"]), "Influenza: " + str(d.year), "", "Checked by: " + nurse(g)]
    elif lay == 4:  # AED tetanus record / note
        L += ["%s %s  AED" % (fmt_date(g, d, 4), fmt_time(g)), pname(g, p, 0) + " " + p.hn, "Wound: " + g.pick(["laceration R hand 3cm (kitchen knife)", "dog bite L leg", "abrasion both knees (fall)", "rusty nail puncture R foot"]), "Tetanus status: " + g.pick(["last dose unknown", "> 10 years", "incomplete primary course"]), "Given: " + g.pick(["ADT (Td) 0.5ml IM L deltoid", "Tetanus toxoid 0.5ml IM + TIG 250 IU", "Td 0.5ml IM"]), "Lot: " + lot() + "  Exp: " + fmt_date(g, d + datetime.timedelta(days=400), 4), "Given by: " + nurse(g)]
    else:  # CMS vaccination history printout
        L += cms_header(g, g.pick(["Vaccination History", "eHR Vaccination Record", "Immunisation Summary"])) + pt_label(g, p, d, compact=2) + [""]
        L += ["%-12s %-30s %-8s %s" % ("Date", "Vaccine", "Dose", "Source")]
        for _ in range(g.ri(3, 7)):
            dd = d - datetime.timedelta(days=g.ri(0, 4000))
            L += ["%-12s %-30s %-8s %s" % (fmt_date(g, dd, 0), g.pick(["Influenza (QIV)", "PPV23", "PCV13", "Td booster", "Hepatitis B", "COVID-19 mRNA", "Herpes zoster (recombinant)"]), g.pick(["1", "2", "single", "booster"]), g.pick(["HA", "DH", "Private (eHRSS)", "GOPC"]))]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_registration_form(g):
    c = ctx(g)
    p, d = c["p"], c["d"]
    dob = dob_of(g, p, d)
    cat = g.pick(["Eligible Person (EP)", "Non-eligible Person (NEP)", "EP - CSSA", "EP - Civil Servant", "EP - Hospital Authority staff"])
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # AED registration
        L += [c["hosp"].upper(), g.pick(["ACCIDENT & EMERGENCY DEPARTMENT - REGISTRATION", "A&E Registration Record", "Emergency Registration"]), ""]
        L += ["Attendance No.: AE%s   Date: %s  Time: %s" % (g.digits(8), fmt_date(g, d, 0), fmt_time(g)), "Name (Eng): " + pname(g, p, 0), "Chinese name: ______", "HKID/Doc No.: " + p.hkid, "Sex: %s   DOB: %s   Age: %d" % (p.sex, fmt_date(g, dob, 0), p.age), "Address: " + p.address, "Tel: " + p.mobile, ""]
        L += ["Mode of arrival: " + g.pick(["Ambulance", "Walk-in", "Private car", "Police"]), "Accompanied by: " + g.pick(["self", p.nok_rel.lower(), "OAH staff", "colleague"]), "Payment: " + cat + "   Fee: HK$" + g.pick(["180", "0 (waived)", "1230", "120"]), "Registration clerk: " + g.pick(SURN) + " " + g.digits(3)]
    elif lay == 1:  # SOPC new case registration form
        L += hosp_header(g, c["hosp"]) + [g.pick(["PATIENT REGISTRATION FORM", "Registration of Particulars", "New Patient Registration (SOPC)"]), ""]
        L += ["1. Surname: " + p.surname, "2. Given name: " + p.given, "3. Other name (alias): " + (p.eng or "-"), "4. Sex: [%s] M  [%s] F" % ("x" if p.sex == "M" else " ", "x" if p.sex == "F" else " "), "5. Date of birth: " + fmt_date(g, dob, 0), "6. Identity document: HKID  No. " + p.hkid, "7. Residential address: " + p.address, "8. Contact tel.: (home) %s  (mobile) %s" % (p.phone, p.mobile), "9. Occupation: " + g.pick(["retired", "housewife", "clerk", "construction worker", "student", "driver", "unemployed"]), "10. Marital status: " + g.pick(["married", "single", "widowed", "divorced"]), "11. Next of kin: %s (%s) tel %s" % (p.nok_name, p.nok_rel, p.nok_phone), "12. Language preference: " + g.pick(["Cantonese", "English", "Putonghua", "Hakka", "Chiu Chow"]), ""]
        L += ["Declaration: I declare the above information is true and correct. I agree that the information may be used for medical and administrative purposes.", "Signature: ______   Date: " + fmt_date(g, d)]
    elif lay == 2:  # inpatient admission form
        L += [g.pick(["ADMISSION FORM", "In-patient Admission Record", "Admission / Registration"]), c["hosp"], ""] + pt_label(g, p, d, compact=3)
        L += ["Admission date/time: %s %s" % (fmt_date(g, d), fmt_time(g)), "Specialty: %s   Ward: %s   Bed: %d" % (c["dept"], ward(g, c["dept"]), g.ri(1, 40)), "Admission type: " + g.pick(["Emergency via AED", "Elective (waiting list)", "Transfer-in"]), "Class: " + g.pick(["General ward", "Private (1st class)", "Semi-private (2nd class)"]), "Patient category: " + cat, "Religion: " + g.pick(["nil", "Christian", "Buddhist", "Catholic"]), "Contact person: %s (%s) %s" % (p.nok_name, p.nok_rel, p.nok_phone), "Deposit: " + g.pick(["N/A", "HK$%d (NEP)" % g.pick([39000, 75000, 19800])])]
    elif lay == 3:  # update of particulars
        L += [g.pick(["APPLICATION FOR UPDATE OF PATIENT PARTICULARS", "Change of Personal Particulars", "Update of Contact Information"]), c["hosp"], ""]
        L += ["Patient name: " + pname(g, p, 0) + "    HKID: " + p.hkid, "", "Item to be updated:", "[x] Address -> " + p.address, "[%s] Telephone -> %s" % (g.pick("x "), p.mobile), "[ ] Name", "[%s] Next-of-kin -> %s %s" % (g.pick("x "), p.nok_name, p.nok_phone), "", "Supporting document checked: " + g.pick(["HKID card", "Address proof", "nil"]), "Applicant: " + g.pick(["patient", p.nok_rel.lower()]), "Date: " + fmt_date(g, d), "Processed by: " + g.pick(SURN) + " (MRO)"]
    elif lay == 4:  # GOPC booking / registration slip
        L += [g.pick(GOPC), g.pick(["Telephone Appointment - Registration", "Registration Slip", "Attendance record"]), ""]
        L += ["Name: " + pname(g, p, 0), "HKID: " + p.hkid, "Age: %d   Sex: %s" % (p.age, p.sex), "Session: %s  %s" % (fmt_date(g, d, 1), g.pick(["AM", "PM", "Evening"])), "Ticket no.: %d" % g.ri(1, 120), "Fee: $" + g.pick(["50", "0 (waiver)", "445 (NEP)"]), "Elderly Health Care Voucher: " + g.pick(["N/A", "not applicable in GOPC"])]
    else:  # Non-EP / visitor registration with payment
        sur, giv = g.pick(NONLOCAL)
        L += [c["hosp"], "REGISTRATION - NON-ELIGIBLE PERSON", ""]
        L += ["Name: %s %s" % (sur, giv), "Travel document: " + g.pick(["Passport ", "Two-way permit ", "Visa "]) + g.pick("EGPKS") + g.digits(8), "Nationality: " + g.pick(["Philippines", "Indonesia", "Nepal", "Mainland China", "United Kingdom", "Pakistan"]), "Local address: " + p.address, "Tel: " + p.mobile, "Employer (if FDH): " + g.pick(EMPLOYERS + ["Mr/Ms " + g.pick(SURN)]), "", "Charges explained: [x] Yes   Deposit paid: HK$%d   Receipt no.: %s" % (g.pick([1230, 5000, 39000]), g.digits(10)), "Insurance: " + g.pick(["nil", g.pick(INSURERS)])]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_insurance_card(g):
    p = make_patient(g)
    d = rand_date(g)
    ins = g.pick(INSURERS)
    pol = g.pick(["GM", "PH", "IN", "HC"]) + g.digits(8)
    mem = g.digits(3) + "-" + g.digits(6) + "-" + g.digits(2)
    exp = datetime.date(d.year + g.ri(0, 2), g.ri(1, 12), 28)
    hotline = g.pick("23") + g.digits(3) + " " + g.digits(4)
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # group medical card front/back
        L += ["[FRONT]", ins.upper(), g.pick(["GROUP MEDICAL CARD", "Medical Card", "Healthcare Member Card"]), "", "Member: " + pname(g, p, 2), "Member No.: " + mem, "Company: " + g.pick(EMPLOYERS), "Plan: " + g.pick(["A", "B", "Executive", "Staff Plan 2"]), "Valid thru: %02d/%d" % (exp.month, exp.year % 100), "", "[BACK]", "This card is the property of %s and must be returned upon request." % ins, "Present this card with HKID at network clinics.", "Clinic network enquiry: " + hotline, "24-hour Medical Hotline: " + g.pick("23") + g.digits(7), "Not valid for in-patient admission without prior approval."]
    elif lay == 1:  # individual health insurance card
        L += [ins, "HEALTH INSURANCE", "", pname(g, p, 0), "Policy No. " + pol, "Effective " + fmt_date(g, d, 0) + "   Expiry " + fmt_date(g, exp, 0), "Room class: " + g.pick(["Ward", "Semi-private", "Private"]), "", "---- reverse ----", "Cashless arrangement available at participating hospitals.", "Customer service: " + hotline, "Emergency assistance (outside HK): +852 " + g.digits(4) + " " + g.digits(4)]
    elif lay == 2:  # VHIS style certified plan
        L += ["%s" % ins, g.pick(["VHIS Certified Plan", "Voluntary Health Insurance - Certified Plan", "Flexi Medical Plan"]), "Plan code: " + g.pick(["F1", "S2", "FL-8"]) + g.digits(3), "Insured: " + pname(g, p, 1), "HKID: " + p.hkid[:4] + "****", "Policy: " + pol, "", "(back) Pre-authorisation required for elective admission. Fax: " + g.pick("23") + g.digits(7), "Signature of cardholder: ________"]
    elif lay == 3:  # civil service / HA staff medical benefits eligibility card
        L += [g.pick(["MEDICAL BENEFITS ELIGIBILITY CARD", "Staff Medical Benefits Card", "Eligible Dependant Card"]), g.pick(["Hospital Authority - Staff Medical Benefits", "Civil Service Medical and Dental Benefits"]), "", "Name: " + pname(g, p, 0), "ID No.: " + p.hkid, "Relationship to staff: " + g.pick(["Self", "Spouse", "Child", "Parent"]), "Staff no.: " + g.digits(6), "Valid until: " + fmt_date(g, exp, 0), "", "BACK: Please present this card with identity document when attending public clinics/hospitals. Misuse is an offence."]
    elif lay == 4:  # medical fee waiver certificate
        L += [g.pick(["MEDICAL FEE WAIVER", "Certificate of Medical Fee Waiver", "Waiver of Medical Charges"]), "Hospital Authority / Social Welfare", "", "Name: " + pname(g, p, 0), "HKID: " + p.hkid, "Waiver no.: MW" + g.digits(8), "Type: " + g.pick(["One-off", "Time-limited (12 months)", "CSSA recipient", "Old Age Living Allowance (higher)"]), "Valid: %s to %s" % (fmt_date(g, d, 0), fmt_date(g, exp, 0)), "Issuing office: " + g.pick(["MSW Unit, ", "Medical Social Services, "]) + g.pick(HOSP), "", "(reverse) This waiver covers public hospital and clinic charges only."]
    else:  # scanned photocopy with OCR mess
        L += ["COPY", ins.upper() + "   " + g.pick(["MEDICAL", "HOSPITAL & SURGICAL", "OUTPATIENT"]), pname(g, p, 0) + "       " + mem, "Emp: " + g.pick(EMPLOYERS) + "     Grp " + g.digits(5), "Exp %02d/%02d" % (exp.month, exp.year % 100), "", "GP  HK$%d/visit  SP  HK$%d/visit  co-pay %d%%" % (g.pick([0, 50, 80]), g.pick([100, 150, 200]), g.pick([0, 10, 20])), "Hotline " + hotline, "", "[front/back scanned on same page]"]
    return "\n".join(L)


def gen_nursing_note(g):
    c = ctx(g, g.pick(INPT_SCEN))
    s, p, d = c["s"], c["p"], c["d"]
    L = []
    lay = g.ri(0, 6)
    shifts = ["A shift", "P shift", "N shift"]
    if lay == 0:  # shift kardex
        L += [g.pick(["NURSING RECORD", "Nursing Kardex", "Nursing Progress Notes", ""]), ward(g, c["dept"]) + "  Bed " + str(g.ri(1, 40))] + pt_label(g, p, d, compact=0) + [""]
        for sh in g.sample(shifts, g.ri(1, 3)):
            L += ["%s %s" % (fmt_date(g, d, 4), sh), "  Conscious, " + g.pick(["alert", "drowsy but rousable", "confused at times"]) + ". " + vitals(g, s, 0), "  " + g.pick(["Tolerated diet.", "NPO, IVF running.", "Appetite poor.", "Assisted feeding."]), "  " + g.pick(["Slept well.", "Complained of pain, analgesic given as per MO.", "Wound dressing dry and clean.", "Turned 2 hourly.", "Ambulated with frame x 1 assist."]), "  Urine " + g.pick(["passed", "via Foley, clear", "on diaper"]) + ". BO " + g.pick(["yes", "not yet", "x1"]), "  " + nurse(g), ""]
    elif lay == 1:  # admission nursing assessment
        L += [g.pick(["NURSING ADMISSION ASSESSMENT", "Patient Admission Assessment (Nursing)", "Initial Nursing Assessment"]), c["hosp"]] + pt_label(g, p, d, compact=1)
        L += ["Admitted: %s %s from %s" % (fmt_date(g, d), fmt_time(g), g.pick(["AED", "SOPC", "OT", "other hospital"])), "Allergy: " + g.pick(["NKDA", "Penicillin"]), "Ht %d cm  Wt %d kg" % (g.ri(145, 180), g.ri(38, 90)), vitals(g, s, 2), "", "Morse Fall Scale: %d (%s)" % (g.ri(15, 85), g.pick(["low", "moderate", "high risk"])), "Braden Scale: %d" % g.ri(10, 22), "MST (nutrition): %d" % g.ri(0, 4), "Pain score: %d/10" % g.ri(0, 8), "Skin: " + g.pick(["intact", "stage 1 PI sacrum", "bruises over limbs"]), "Continence: " + g.pick(["continent", "incontinent of urine", "Foley in situ"]), "Belongings: " + g.pick(["kept by relative", "denture x1, spectacles", "nil valuables"]), "", "Orientation to ward done. Call bell within reach.", nurse(g)]
    elif lay == 2:  # wound care note
        L += ["%s %s %s" % (fmt_date(g, d, 0), fmt_time(g), g.pick(["Wound care", "Dressing record", "Wound assessment"])), "Site: " + g.pick(["abdominal port sites", "L hip incision", "sacral pressure injury", "umbilical wound", "R leg cellulitis"]), "Size: %d x %d cm, depth %s" % (g.ri(1, 12), g.ri(1, 5), g.pick(["superficial", "0.5cm", "N/A"])), "Exudate: " + g.pick(["nil", "small serous", "moderate serosanguinous"]), "Wound bed: " + g.pick(["healing well", "granulating 80%", "slough 20%"]), "Surrounding skin: " + g.pick(["intact", "mild erythema", "macerated"]), "Dressing: " + g.pick(["dry dressing", "Aquacel Ag + foam", "Opsite", "NS cleansing + gauze"]), "Next change: " + g.pick(["daily", "every 3 days", "prn soaked"]), nurse(g)]
    elif lay == 3:  # narrative event note
        L += ["%s %s" % (fmt_date(g, d, 4), fmt_time(g))]
        L += [g.pick(["Pt found sitting on floor beside bed at ", "Pt agitated, pulling IV line at ", "Pt c/o chest discomfort at ", "Pt desaturated to 88% at "]) + fmt_time(g) + ". " + vitals(g, s, 3) + ". " + g.pick(["No obvious injury.", "MO informed and attended.", "O2 via NC 2L started.", "Reassured."]), g.pick(["Family informed.", "AIRS reported.", "Restrainer applied after assessment, consent from relative obtained.", "ECG done, shown to MO."]), nurse(g)]
    elif lay == 4:  # I/O + observation chart transcribed
        L += [g.pick(["INTAKE / OUTPUT CHART", "Fluid Balance Chart", "24-hr I/O record"]), pname(g, p, 0) + "  " + p.hn, "Date: " + fmt_date(g, d), ""]
        L += ["Time   Oral  IV    Urine  Other"]
        tin, tout = 0, 0
        for h in range(6, 30, 4):
            a, b, u = g.ri(0, 250), g.pick([0, 125, 250]), g.ri(50, 400)
            tin += a + b; tout += u
            L += ["%02d00   %-5d %-5d %-6d %s" % (h % 24, a, b, u, g.pick(["", "", "vomit 100", "drain 30"]))]
        L += ["Total in: %d ml   Total out: %d ml   Balance: %+d ml" % (tin, tout, tin - tout), "BW: %.1f kg" % g.r.uniform(40, 85), nurse(g)]
    elif lay == 5:  # handover SBAR
        L += [g.pick(["Handover (ISBAR)", "Shift handover", "Nursing handover note"]), "I: %s, %d%s, bed %d" % (pname(g, p, 0), p.age, p.sex, g.ri(1, 40)), "S: " + s["abbr"] + ", " + g.pick(["stable", "febrile this PM", "pain controlled"]), "B: " + ", ".join(s["pmh"]), "A: " + vitals(g, s, 3) + "; " + g.pick(["IVF running", "on O2 2L", "Foley in situ", "NPO for OT tmr"]), "R: " + g.pick(["monitor vitals q4h", "chase blood result", "for OT tmr AM, consent signed", "fall precaution"]), nurse(g) + " -> " + nurse(g)]
    else:  # restraint / pressure area chart
        L += [g.pick(["RESTRAINT MONITORING RECORD", "Pressure Area Care Chart", "Neuro observation chart"]), ward(g, c["dept"])] + pt_label(g, p, d, compact=2)
        for _ in range(g.ri(3, 6)):
            L += ["%s  %s  %s  %s" % (fmt_time(g), g.pick(["position L lat", "position R lat", "supine", "sitting out"]), g.pick(["skin intact", "circulation good", "GCS 15", "pupils 3mm R+ L+"]), g.pick(SURN)[:2] + g.digits(2))]
        L += ["Reason: " + g.pick(["prevent removal of NG tube", "high fall risk", "pressure injury prevention"]), "Reviewed by: " + nurse(g)]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_ed_note(g):
    c = ctx(g, g.pick(SCEN) if g.maybe(0.7) else None)
    s, p, d = c["s"], c["p"], c["d"]
    tri = g.pick(["1 (Critical)", "2 (Emergency)", "3 (Urgent)", "3 (Urgent)", "4 (Semi-urgent)", "5 (Non-urgent)"])
    minor = g.maybe(0.25)
    mc = g.pick([("laceration L index finger by knife", "3cm clean laceration, tendon intact, NV intact", "Toilet and suture 4 stitches Nylon 5/0, ADT", "Laceration L index finger"),
                 ("R ankle sprain after missing step", "swelling lat malleolus, Ottawa rule -ve", "RICE, crepe bandage, analgesics", "R ankle sprain"),
                 ("fever and sore throat 2 days", "injected throat, no exudate", "Panadol, Strepsils", "URTI"),
                 ("head injury after fall, no LOC", "GCS 15, small scalp haematoma, no neuro deficit", "Head injury advice, discharge with relative", "Minor head injury")])
    doc = doctor(g)
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # AED card
        L += [c["hosp"].upper(), g.pick(["ACCIDENT & EMERGENCY DEPARTMENT", "A&E Department", "Emergency Medicine Department"]), g.pick(["A&E Record", "Consultation Record", ""])]
        L += pt_label(g, p, d, compact=3) + ["Attn No.: " + g.digits(9) + "  Arrival: %s %s  Triage cat: %s" % (fmt_date(g, d, 0), fmt_time(g), tri), ""]
        L += ["Triage: " + (mc[0] if minor else s["cc"]) + ". " + vitals(g, None if minor else s, 2), "", "C/O: " + (mc[0] if minor else s["cc"])]
        if not minor:
            L += ["Hx: " + "; ".join(abbrev_sentence(g, x) for x in s["hpi"]), "PMH: " + ", ".join(s["pmh"]), "O/E: " + "; ".join(s["exam"]), "Ix: " + g.pick(["ECG, CXR, bloods", s["img"][0] + " " + s["img"][1] + " - " + s["img"][3], "H'stix, ECG"])]
            L += ["Dx: " + s["abbr"], "Tx: " + "; ".join(s["inpt"][:2] or ["analgesic"]), "Disposal: Admit " + s["dept"] + " (" + ward(g, s["dept"]) + ")"]
        else:
            L += ["O/E: " + mc[1], "Dx: " + mc[3], "Tx: " + mc[2], "Disposal: Discharged, FU " + g.pick(["GOPC", "AED review 2/7", "nil", "SOPC"])]
        L += ["Sick leave: " + g.pick(["nil", "%d days" % g.ri(1, 5)]), "", doc + " (AED " + g.pick(["MO", "Resident", "AC"]) + ")"]
    elif lay == 1:  # triage note only
        L += [g.pick(["TRIAGE RECORD", "Triage Assessment", "AED Triage"]), "%s  %s  %s/%d" % (pname(g, p, 0), p.hkid, p.sex, p.age), "Arrival: %s  %s  by %s" % (fmt_date(g, d, 4), fmt_time(g), g.pick(["ambulance", "walk-in", "taxi"])), "Chief complaint: " + (mc[0] if minor else s["cc"]), vitals(g, None if minor else s, 0), "GCS: %d   Pain: %d/10" % (g.pick([15, 15, 14, 13]), g.ri(0, 9)), "Triage category: " + tri, "Area: " + g.pick(["Resus", "Cubicle", "Ambulatory", "EMW/EMSU"]), "Triage nurse: " + nurse(g)]
    elif lay == 2:  # free-text ED physician note
        L += ["%s %s AED" % (fmt_date(g, d, 4), fmt_time(g))]
        if minor:
            L += [mc[0] + ".", "OE " + mc[1] + ".", "Imp: " + mc[3], "Mx: " + mc[2], "D/C. Return if worse."]
        else:
            L += ["%d%s, known %s, c/o %s." % (p.age, p.sex, ", ".join(s["pmh"]), s["cc"])] + [abbrev_sentence(g, x) for x in s["hpi"]]
            L += ["OE: " + vitals(g, s, 3), "  " + "; ".join(s["exam"])]
            L += ["Imp: " + s["abbr"], "Plan: " + "; ".join(s["inpt"][:3] or ["obs"]) + "; admit " + s["dept"]]
        L += [doc]
    elif lay == 3:  # EMW / observation ward
        L += [g.pick(["EMERGENCY MEDICINE WARD", "EMSU Observation Record", "Short stay (EMW) note"]), c["hosp"]] + pt_label(g, p, d, compact=2)
        L += ["Admitted to EMW at %s for %s" % (fmt_time(g), g.pick(["observation", "pain control", "serial TnT", "IV antibiotic", "hydration"])), "Working dx: " + (mc[3] if minor else s["abbr"]), "Obs: " + vitals(g, None if minor else s, 1), "Progress: " + g.pick(["symptoms improved", "repeat TnT static", "tolerated oral intake", "mobilising"]), "Outcome: " + g.pick(["Discharged home", "Transfer to " + s["dept"] + " ward", "Discharged with SOPC FU"]), doc]
    elif lay == 4:  # trauma form
        L += [g.pick(["TRAUMA TEAM RECORD", "Trauma Assessment", "Major Trauma Call"]), c["hosp"] + " AED  " + fmt_date(g, d), "Patient: " + pname(g, p, 0) + " " + p.sex + "/" + str(p.age)]
        L += ["Mechanism: " + g.pick(["fall from height 3m at construction site", "pedestrian hit by minibus", "motorcycle vs car", "fall down 10 stairs"]), "Primary survey:", "  A: patent, c-collar", "  B: RR %d, SpO2 %d%%, AE equal" % (g.ri(14, 30), g.ri(90, 99)), "  C: BP %d/%d, P %d, FAST %s" % (g.ri(80, 140), g.ri(50, 90), g.ri(70, 130), g.pick(["negative", "positive Morison's pouch"])), "  D: GCS %d, pupils equal reactive" % g.ri(8, 15), "  E: " + g.pick(["abrasion over L chest", "deformed R forearm", "scalp laceration 5cm"]), "Secondary survey: " + g.pick(["tender L ribs 6-8", "pelvis stable", "no spinal tenderness"]), "Ix: CT " + g.pick(["brain + C-spine", "pan-scan", "thorax/abdomen"]), "Disposal: " + g.pick(["ICU", "OT", "admit O&T", "admit SURG", "NSU"]), "Trauma team leader: " + doc]
    else:  # AED discharge summary slip for GP
        L += [c["hosp"] + " AED  -  " + g.pick(["Discharge Memo", "Information for Family Doctor", "AED memo"]), "", "Name: " + pname(g, p) + "   HKID: " + p.hkid, "Date: " + fmt_date(g, d), "", "Diagnosis: " + (mc[3] if minor else s["abbr"]), "Treatment: " + (mc[2] if minor else "; ".join(s["inpt"][:2] or ["symptomatic"])), "Medication given: " + g.pick(["Panadol 500mg qid prn x 3/7", "Augmentin 375mg tds x 5/7", "Arcoxia 60mg daily x 5/7", "nil"]), "Follow-up: " + g.pick(["GOPC / family doctor", "SOPC as arranged", "return AED if worse"]), "", doc]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_transfer_summary(g):
    s = g.pick(INPT_SCEN)
    c = ctx(g, s)
    p, d = c["p"], c["d"]
    dest = g.pick(CONV_HOSP + HOSP)
    if dest == c["hosp"]:
        dest = g.pick(CONV_HOSP)
    doc = doctor(g)
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # inter-hospital transfer to convalescent
        L += hosp_header(g, c["hosp"], dept_name(g, c["dept"])) + ["", g.pick(["INTER-HOSPITAL TRANSFER FORM", "Transfer Summary", "Transfer-out Record", "Transfer letter"]), ""]
        L += pt_label(g, p, d, compact=1) + ["From: %s, %s" % (c["hosp"], ward(g, c["dept"])), "To: %s (%s)" % (dest, g.pick(["Rehab ward", "Medical ward", "Convalescent ward", "Infirmary"])), "Date of transfer: " + fmt_date(g, d), "Accepting doctor: " + doctor(g), ""]
        L += ["Diagnosis: " + s["dx"], "Comorbidities: " + ", ".join(s["pmh"]), "Course: " + "; ".join(s["course"]), "", "Current medications:"] + ["  " + med_line(g, m) for m in s["meds"]]
        L += ["", "Functional status: " + g.pick(["walks with frame 1 assist", "chairbound", "independent"]), "Diet: " + g.pick(["normal", "minced", "NG feeding 1500kcal"]), "Lines/tubes: " + g.pick(["nil", "Foley", "NG tube", "PICC"]), "Infection control: " + g.pick(["nil", "MRSA carrier - contact precaution", "CRE screen pending"]), "Resus status: " + g.pick(["Full", "DNACPR", "Not for ICU"]), "Aim of transfer: " + g.pick(["rehabilitation", "step-down care", "continue antibiotics", "await OAH placement"])]
        L += sig_block(g, doc, None, None, 0)
    elif lay == 1:  # ICU -> ward step down
        L += [g.pick(["ICU TRANSFER-OUT SUMMARY", "Step-down summary (ICU to ward)", "ICU Discharge / Transfer Note"]), c["hosp"] + " ICU", ""] + pt_label(g, p, d, compact=0)
        L += ["ICU admission: %s   Transfer: %s" % (fmt_date(g, d - datetime.timedelta(days=g.ri(2, 8)), 0), fmt_date(g, d, 0)), "Reason for ICU: " + g.pick(["septic shock", "type 2 respiratory failure requiring NIV", "post-op monitoring", "massive GI bleeding"]), "Primary dx: " + s["dx"], "ICU course: " + g.pick(["intubated 3 days, extubated uneventfully", "on NA up to 0.2mcg/kg/min, weaned", "NIV for 48h", "2 units PRC, no rebleed"]), "Current: " + vitals(g, s, 1), "Outstanding: " + g.pick(["C/ST pending", "wean O2", "chest physio", "recheck Hb tmr"]), "Lines: " + g.pick(["CVC removed", "A-line removed", "PICC in situ"]), "Receiving team: " + s["dept"] + " " + ward(g, s["dept"]), doc + " (ICU)"]
    elif lay == 2:  # handwritten brief transfer note between wards
        L += ["%s %s  T/F note" % (fmt_date(g, d, 4), fmt_time(g)), "T/F from %s to %s" % (ward(g, c["dept"]), g.pick(["rehab ward", "%s ward" % g.pick(["SURG", "O&T", "M&G"]), dest])), "Dx: " + s["abbr"], "Issues:"] + bullets(g, s["course"][:3] or ["stable"], 1) + ["Meds as per MAR", "Pls FU: " + g.pick(["Hb", "RFT", "wound", "C/ST"]), doc]
    elif lay == 3:  # transfer to OAH / community (nursing transfer)
        L += [g.pick(["NURSING TRANSFER FORM", "Discharge/Transfer Record to Residential Care Home", "Continuity of Care Form"]), c["hosp"], ""] + pt_label(g, p, d, compact=1)
        L += ["Transfer to: %s %s Care Home" % (g.pick(ESTATES), g.pick(["Elderly", "Nursing"])), "Date: " + fmt_date(g, d), "Diagnosis: " + s["abbr"], "Mobility: " + g.pick(["bedbound", "wheelchair", "frame"]), "Feeding: " + g.pick(["oral, minced", "NG tube (changed %s)" % fmt_date(g, d, 0), "assisted"]), "Continence: " + g.pick(["diaper", "Foley (changed %s)" % fmt_date(g, d, 0)]), "Skin: " + g.pick(["intact", "stage 2 sacral PI, dressing daily"]), "Community nurse referral: " + g.pick(["yes", "no"]), "Next appointment: " + s["fu"], "Nurse: " + nurse(g)]
    elif lay == 4:  # receiving hospital request / acceptance
        L += [dest, g.pick(["Transfer-in Acceptance", "Record of Inter-hospital Transfer Request"]), ""]
        L += ["Referring hospital: " + c["hosp"], "Patient: %s, %d/%s, %s" % (pname(g, p, 0), p.age, p.sex, p.hkid), "Dx: " + s["dx"], "Reason: " + g.pick(["rehab", "bed situation", "specialist service (Neurosurgery/Cardiothoracic)", "patient's residence district"]), "Accepted by: " + doctor(g) + " on " + fmt_date(g, d), "Transport: " + g.pick(["NEATS", "Ambulance (AD&T)", "HA transport"]), "Escort: " + g.pick(["nil", "nurse", "doctor + nurse"])]
    else:  # narrative transfer letter
        L += hosp_header(g, c["hosp"]) + ["", fmt_date(g, d, 2), "", "Dear Colleague,", "", "Re: %s  %s" % (pname(g, p), p.hn), ""]
        L += ["We are transferring this patient to your care at %s for %s." % (dest, g.pick(["rehabilitation", "further management", "convalescence"])), "%s was admitted on %s with %s, diagnosed as %s. %s." % (heshe(p).capitalize(), fmt_date(g, d - datetime.timedelta(days=g.ri(3, 12)), 2), s["cc"], s["dx"].lower(), ". ".join(s["course"]) if s["course"] else "Treated conservatively"), "Medications: " + ", ".join(med_line(g, m, 4) for m in s["meds"]) + ".", "Follow-up: " + s["fu"] + ".", "", "Thank you.", "", doc]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_provider_orders(g):
    c = ctx(g, g.pick(INPT_SCEN))
    s, p, d = c["s"], c["p"], c["d"]
    doc = doctor(g)
    L = []
    lay = g.ri(0, 5)
    if lay == 0:  # admission orders
        L += [g.pick(["DOCTOR'S ORDER SHEET", "Medical Orders", "Admission Orders", "Physician's Orders"]), ward(g, c["dept"])] + pt_label(g, p, d, compact=0) + ["Date/time: %s %s" % (fmt_date(g, d), fmt_time(g)), ""]
        L += bullets(g, ["Admit " + c["dept"] + " under Dr " + g.pick(SURN).capitalize(), "Vitals " + g.pick(["q4h", "q1h x 4 then q4h", "q2h"]), "Diet: " + g.pick(["NPO", "DAT", "DM diet", "low salt diet", "fluid diet"]), "I/O chart", "H'stix " + g.pick(["tds", "qid", "ac & hs"]) if g.maybe(0.5) else "Fall precaution"] + s["inpt"] + ["Blood x CBC, RFT, LFT, clotting, " + g.pick(["T&S", "CRP", "TnT", "Ca/PO4"]), g.pick(["CXR", "ECG", "USG"])], 1)
        L += ["", doc + " " + g.pick(["(Intern)", "(MO)"]), "Transcribed by: " + nurse(g)]
    elif lay == 1:  # post-op orders
        op = s["op"]["name"] if s.get("op") else "procedure"
        L += [g.pick(["POST-OPERATIVE ORDERS", "Post-op Instructions", "Orders after operation"]), "Operation: " + op, pname(g, p, 0) + "  " + p.hn, ""]
        L += bullets(g, ["Vitals q15min x 1h, q30min x 2h, then q1h x 4", "Keep SpO2 > 94%, O2 via NC 2L", "IVF: " + g.pick(["Hartmann's 1L q8h", "NS/D5 alt 1L q8h", "D5NS 80ml/h"]), "Analgesia: " + g.pick(["PCA morphine 1mg bolus, 5min lockout", "Paracetamol 1g IV q6h + tramadol 50mg q6h prn", "IM pethidine 50mg q4h prn"]), "Antiemetic: ondansetron 4mg IV q8h prn", g.pick(["Sips of water 6h post-op", "NPO till r/v", "Resume diet when BS+"]), "Check Hb " + g.pick(["tmr AM", "in 6h"]), g.pick(["Remove Foley POD1", "Drain output chart", "CBI until clear"]), "DVT prophylaxis: " + g.pick(["TEDS + IPC", "Clexane 40mg sc daily from POD1", "early mobilisation"])], 1)
        L += ["", "Surgeon: " + doc]
    elif lay == 2:  # IV fluid / insulin sliding scale chart
        L += [g.pick(["INSULIN SLIDING SCALE ORDER", "Intravenous Fluid Prescription", "IV Infusion Order Chart"]), pname(g, p, 0) + "  " + p.hkid + "  " + ward(g, c["dept"]), ""]
        if g.maybe(0.5):
            L += ["H'stix (mmol/L)   Actrapid (units sc)", "< 4              Hold, D50 20ml, inform MO", "4 - 8            0", "8.1 - 12         2", "12.1 - 16        4", "16.1 - 20        6", "> 20             8 and inform MO", "", "Check H'stix " + g.pick(["qid", "ac & hs", "q4h"])]
        else:
            L += ["Bag  Fluid                 Additive      Vol    Rate     Start"]
            for i in range(g.ri(2, 5)):
                L += ["%d    %-20s  %-12s  %dml  %s  %s" % (i + 1, g.pick(["NS", "D5", "D5NS", "Hartmann's", "D10"]), g.pick(["KCl 10mmol", "KCl 20mmol", "-", "-"]), g.pick([500, 1000]), g.pick(["q8h", "q6h", "80ml/h", "q12h"]), fmt_time(g))]
        L += ["", "Ordered by: " + doc + "  " + fmt_date(g, d)]
    elif lay == 3:  # CMS order entry printout
        L += cms_header(g, g.pick(["Order Entry - Active Orders", "IPMOE Order Summary", "Investigation Requests"])) + pt_label(g, p, d, compact=2) + [""]
        L += ["Order#      Type     Description                              Status    Ordered"]
        items = [("LAB", "CBC, RFT, LFT"), ("LAB", "Blood culture x2"), ("RAD", s["img"][0] + " " + s["img"][1]), ("MED", s["inpt"][0] if s["inpt"] else "Paracetamol 1g q6h"), ("NUR", "Vitals q4h"), ("DIET", g.pick(["DAT", "NPO", "Low salt"])), ("CON", "Refer PT"), ("LAB", "TnT 0h/3h" if s["key"] == "nstemi" else "CRP")]
        for t, desc in g.sample(items, g.ri(4, 8)):
            L += ["%-11s %-8s %-40s %-9s %s" % (g.digits(9), t, desc[:40], g.pick(["Active", "Done", "Pending", "Collected"]), fmt_time(g))]
        L += ["", "Ordering MO: " + doc]
    elif lay == 4:  # handwritten order entries with times
        L += ["Orders " + fmt_date(g, d, 4)]
        for _ in range(g.ri(3, 7)):
            L += ["%s  %s  %s" % (fmt_time(g, colon=False), g.pick(["Start ", "Stop ", "Give ", "Change ", "Check ", "Please "]) + g.pick(s["inpt"] + ["frusemide 40mg IV stat", "NS 500ml over 2h", "CXR portable", "KCl 600mg bd x 2 doses", "Off O2, keep SpO2 >92%", "TWOC", "MO r/v if SBP <90", "H'stix qid", "ECG stat"]), doc.split(" ")[-1])]
    else:  # discharge / TTO order and investigation request form
        L += [c["hosp"], g.pick(["Request for Investigation", "Radiology Request Form", "Laboratory Request"]), ""] + pt_label(g, p, d, compact=1)
        L += ["Exam/test requested: " + g.pick([s["img"][0] + " " + s["img"][1], "CBC, RFT, LFT, HbA1c", "Blood C/ST x 2", "Urine C/ST"]), "Clinical information: " + s["cc"] + "; " + s["abbr"], "Urgency: " + g.pick(["Urgent", "Routine", "Today"]), "Contrast allergy: " + g.pick(["No", "N/A"]), "eGFR: " + lab_value(g, "eGFR", s)[0], "LMP (if female 12-55): " + ("N/A" if p.sex == "M" else g.pick(["menopause", "2 weeks ago"])), "Requesting doctor: %s   Pager: %s" % (doc, g.digits(4))]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_discharge_instructions(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    L = []
    lay = g.ri(0, 6)
    if lay == 0:  # disease-specific advice leaflet
        topic = {"chole": "after Laparoscopic Cholecystectomy", "appx": "after Appendicectomy", "nof": "after Hip Fracture Operation", "nstemi": "after Heart Attack", "chf": "for Heart Failure", "aecopd": "for COPD", "bph": "after TURP", "crc": "after Bowel Operation"}.get(s["key"], "on Discharge")
        L += [c["hosp"], "Patient Information - Advice " + topic, ""]
        tips = {"chole": ["You may shower 48 hours after operation. Keep wounds dry.", "Avoid heavy lifting for 4 weeks.", "Low fat diet may reduce bloating.", "Return if fever, jaundice or increasing abdominal pain."],
                "nof": ["Do not cross your legs or bend hip beyond 90 degrees for 6 weeks.", "Use walking frame as taught by physiotherapist.", "Prevent falls: keep floor dry, use night light.", "Continue calcium and vitamin D."],
                "nstemi": ["Take aspirin and clopidogrel every day. Do not stop without doctor's advice.", "Use GTN under the tongue for chest pain; call 999 if pain persists > 15 min.", "Join cardiac rehabilitation programme.", "Stop smoking."],
                "chf": ["Weigh yourself every morning. Inform clinic if gain > 2kg in 3 days.", "Limit fluid to 1-1.5 litres a day.", "Low salt diet.", "Take frusemide in the morning."],
                "aecopd": ["Use inhalers as taught; rinse mouth after steroid inhaler.", "Pursed-lip breathing.", "Avoid smoking and smoky places.", "Influenza and pneumococcal vaccination recommended."]}.get(s["key"], ["Take medicine as prescribed.", "Rest adequately and resume activities gradually.", "Attend follow-up as scheduled.", "Seek medical attention if symptoms worsen."])
        L += bullets(g, tips, 1) + ["", "Enquiry (24 hours): Ward %s  Tel %s" % (ward(g, c["dept"]), g.pick("23") + g.digits(7))]
    elif lay == 1:  # head injury advice card
        L += [g.pick(["HEAD INJURY ADVICE", "Advice for Head Injury Patients", "Head Injury Instruction Sheet"]), c["hosp"] + " Accident & Emergency Department", ""]
        L += ["Name: " + pname(g, p), "", "You have been examined and no serious injury found. Please have a responsible adult stay with you for the next 24 hours.", "Return to the A&E Department immediately if any of the following occurs:"] + bullets(g, ["Drowsiness or difficulty in waking up", "Severe headache or repeated vomiting", "Confusion or abnormal behaviour", "Weakness or numbness of limbs", "Fits (convulsions)", "Clear fluid or blood from nose or ears"], 0)
        L += ["", "Do not drink alcohol or take sedatives. Paracetamol may be taken for pain.", "Received by: __________ (relationship: ______)"]
    elif lay == 2:  # discharge checklist with appointments
        L += [g.pick(["DISCHARGE CHECKLIST", "Discharge Information", "Information on Discharge"]), ward(g, c["dept"]) + "  " + c["hosp"]] + pt_label(g, p, d, compact=0) + [""]
        L += ["Discharge date: " + fmt_date(g, d), "[x] Medications explained (%d items)" % len(s["meds"]), "[x] Follow-up appointment: " + s["fu"] + " on " + fmt_date(g, d + datetime.timedelta(days=g.ri(14, 60)), 1), "[%s] Sick leave certificate given (%d days)" % (g.pick("x "), g.ri(3, 21)), "[%s] Wound care - dressing at %s" % (g.pick("x "), g.pick(GOPC)), "[x] Belongings returned", "[%s] Community nurse arranged" % g.pick("x "), "[ ] Blood test before FU", "", "Nurse: " + nurse(g) + "   Patient/relative: _______"]
    elif lay == 3:  # medication instructions
        L += [g.pick(["How to take your medicines", "Medication Instructions", "Drug Instruction Sheet"]), pname(g, p, 2) + " - " + fmt_date(g, d, 2), ""]
        for m in s["meds"]:
            L += ["%s %s" % (m["drug"].split(" (")[0], m["dose"]), "   " + {"daily": "Take once daily in the morning.", "bd": "Take twice daily (morning and evening).", "tds": "Take three times daily after meals.", "nocte": "Take at bedtime.", "weekly": "Take once a week with a full glass of water, stay upright for 30 minutes."}.get(m["freq"], "Take %s as directed." % m["freq"]) + (" " + m["dur"] if m["dur"] else "")]
        L += ["", "Do not stop your medicines without consulting your doctor.", "Pharmacy enquiry: " + g.pick("23") + g.digits(7)]
    elif lay == 4:  # wound/catheter care short slip
        L += [g.pick(["Wound Care Advice", "Catheter Care at Home", "Care of Stitches", "Plaster Cast Advice"]), ""]
        L += [g.pick(["Keep the wound clean and dry. Change dressing at clinic on %s." % fmt_date(g, d + datetime.timedelta(days=3), 0), "Keep the urine bag below bladder level. Drink 1.5-2L water daily unless restricted.", "Stitches to be removed in %d days at GOPC / nurse clinic." % g.ri(7, 14), "Keep the cast dry. Elevate limb. Move fingers frequently."]), "Seek medical help if: " + g.pick(["redness, swelling, pus or fever", "no urine drained for 4 hours, blood clots", "increasing pain, numbness or colour change of fingers"]) + ".", "", pname(g, p, 0) + "  " + fmt_date(g, d)]
    elif lay == 5:  # appointment slip
        L += [c["hosp"], g.pick(["APPOINTMENT SLIP", "Follow-up Appointment", "Booking Slip"]), ""]
        L += ["Name: " + pname(g, p, 0), "HKID: " + p.hkid[:4] + "XXX(X)", "Clinic: " + g.pick([c["dept"] + " SOPC", "Fracture Clinic", "Nurse Clinic", "Geriatric Day Hospital", "Cardiac Rehab"]), "Date: %s  Time: %s" % (fmt_date(g, d + datetime.timedelta(days=g.ri(14, 120)), 1), fmt_time(g, g.ri(8, 16), g.pick([0, 15, 30, 45]))), "Venue: Block %s, %d/F" % (g.pick("ABCDEFGHJK"), g.ri(1, 8)), "Please arrive 15 minutes early. Blood taking: " + g.pick(["on arrival", "1 week before", "not required"]), "Bring all your medicines and this slip."]
    else:  # narrative instructions by doctor
        L += ["Discharge advice given to pt and %s:" % p.nok_rel.lower()]
        L += bullets(g, ["Dx explained: " + s["abbr"], "Medications: " + ", ".join(m["drug"].split(" (")[0] for m in s["meds"][:4]), g.pick(["Low salt, low fat diet", "DM diet", "Soft diet x 1/52", "Normal diet"]), g.pick(["Avoid strenuous exercise x 4/52", "Gradual mobilisation", "Avoid driving x 2/52"]), "Return to AED if " + g.pick(["chest pain", "fever > 38", "bleeding", "worsening SOB"]), "FU: " + s["fu"]], 0) + [doctor(g, initials=True)]
    L += footer(g, p, d)
    return "\n".join(L)


def gen_other(g):
    c = ctx(g)
    s, p, d = c["s"], c["p"], c["d"]
    L = []
    lay = g.ri(0, 8)
    if lay == 0:  # fax cover sheet
        L += [c["hosp"], g.pick(["FAX", "FACSIMILE TRANSMISSION", "Fax Cover Sheet"]), ""]
        L += ["To: " + g.pick(HOSP + GOPC) + " (" + g.pick(["MRO", "Ward", "SOPC", "Dr " + g.pick(SURN).capitalize()]) + ")", "Fax no.: " + g.pick("23") + g.digits(7), "From: " + dept_name(g, c["dept"]), "Date: " + fmt_date(g, d), "No. of pages (incl. cover): %d" % g.ri(2, 8), "Re: " + g.pick(["patient record", "transfer documents", "urgent result", "appointment"]), "", "CONFIDENTIALITY NOTICE: This fax contains confidential information intended only for the addressee. If received in error, please notify the sender immediately and destroy all copies."]
    elif lay == 1:  # sick leave certificate
        days = g.ri(1, 14)
        L += [c["hosp"] if g.maybe(0.6) else g.pick(GOPC), g.pick(["SICK LEAVE CERTIFICATE", "Medical Certificate", "Certificate of Sick Leave"]), "No. SL" + g.digits(7), ""]
        L += ["This is to certify that %s (HKID: %s) attended %s on %s and is advised to take sick leave for %d day(s) from %s to %s inclusive." % (pname(g, p, 0), p.hkid, g.pick(["this clinic", "our department", "the A&E Department"]), fmt_date(g, d, 2), days, fmt_date(g, d, 2), fmt_date(g, d + datetime.timedelta(days=days - 1), 2))]
        L += ["Diagnosis: " + g.pick([s["abbr"], "URTI", "gastroenteritis", "back strain", "(not disclosed at patient's request)"]), "", "Medical Officer: " + doctor(g), "(Official chop)"]
    elif lay == 2:  # attendance certificate
        L += [c["hosp"], g.pick(["ATTENDANCE CERTIFICATE", "Certificate of Attendance"]), ""]
        L += ["This is to certify that %s attended %s on %s from %s to %s." % (pname(g, p, 3), g.pick(["the Specialist Out-patient Clinic", "the hospital", "the A&E Department", "the Day Hospital"]), fmt_date(g, d, 2), fmt_time(g, g.ri(8, 12), 0), fmt_time(g, g.ri(13, 17), 30)), g.pick(["", "Accompanied by: " + p.nok_name + " (" + p.nok_rel.lower() + ")"]), "", "Issued by: " + g.pick(SURN) + " " + g.pick(G1) + " (clerical staff)", fmt_date(g, d, 0)]
    elif lay == 3:  # data access request
        L += ["HOSPITAL AUTHORITY", g.pick(["DATA ACCESS REQUEST FORM", "Application for Copy of Medical Records", "Request for Release of Medical Information"]), "(under the Personal Data (Privacy) Ordinance)" if g.maybe(0.5) else "", ""]
        L += ["Section I - Data subject", "Name: " + pname(g, p, 0), "HKID: " + p.hkid, "Contact: " + p.mobile, "", "Section II - Requestor: " + g.pick(["Data subject", "Relevant person (" + p.nok_rel.lower() + ")", "Solicitor (with authorisation)", "Insurance company (with consent)"]), "", "Section III - Data requested:", "[%s] Discharge summary  [%s] Medical report  [%s] Imaging CD  [%s] Lab reports" % tuple(g.pick("x ") for _ in range(4)), "Period: %s to %s" % (fmt_date(g, d - datetime.timedelta(days=g.ri(30, 700)), 0), fmt_date(g, d, 0)), "Purpose: " + g.pick(["insurance claim", "personal record", "legal proceedings", "overseas medical treatment"]), "", "Fee: HK$%d   Receipt no.: %s" % (g.pick([80, 160, 560, 1100]), g.digits(10)), "Signature: _______   Date: " + fmt_date(g, d)]
    elif lay == 4:  # patient questionnaire (PHQ-9/GDS etc.)
        q = g.pick(["PHQ-9", "GDS-15", "Falls risk questionnaire", "Pre-visit health questionnaire"])
        L += [q + (" - Patient Health Questionnaire" if q == "PHQ-9" else ""), pname(g, p, 0) + "  " + fmt_date(g, d), ""]
        items = {"PHQ-9": ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep", "Feeling tired or having little energy", "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly", "Thoughts that you would be better off dead"],
                 "GDS-15": ["Are you basically satisfied with your life?", "Have you dropped many of your activities?", "Do you feel that your life is empty?", "Do you often get bored?", "Are you in good spirits most of the time?", "Do you feel happy most of the time?", "Do you feel helpless?"],
                 "Falls risk questionnaire": ["Have you fallen in the past year?", "Do you use a walking aid?", "Do you feel unsteady when walking?", "Do you take sleeping pills?", "Do you need to rush to the toilet?"],
                 "Pre-visit health questionnaire": ["Do you smoke?", "Do you drink alcohol?", "Do you exercise 3 times a week?", "Any drug allergy?", "Any change in weight?"]}[q]
        tot = 0
        for i, it in enumerate(items):
            a = g.ri(0, 3) if q == "PHQ-9" else g.pick(["Yes", "No"])
            tot += a if isinstance(a, int) else 0
            L += ["%d. %s  [%s]" % (i + 1, it, a)]
        if q == "PHQ-9":
            L += ["", "Total score: %d" % tot]
    elif lay == 5:  # financial statement / bill
        L += [c["hosp"], g.pick(["STATEMENT OF ACCOUNT", "Interim Bill", "Hospital Charges - Invoice"]), ""]
        L += ["Patient: %s   Case: %s" % (pname(g, p, 0), p.hn), "Category: " + g.pick(["Non-eligible person", "Private patient (2nd class)", "Eligible person"]), "Bill no.: INV" + g.digits(9) + "   Date: " + fmt_date(g, d), ""]
        tot = 0
        for it, amt in [("Maintenance %d day(s)" % g.ri(1, 10), g.pick([5100, 24400, 300, 120])), ("Operation / procedure", g.pick([0, 14000, 43000])), ("Investigations", g.pick([0, 1850, 3200])), ("Drugs", g.pick([0, 480, 1260])), ("Attendance fee", g.pick([0, 180, 1230]))]:
            tot += amt
            L += ["%-32s HK$ %9s" % (it, "{:,}".format(amt))]
        L += ["-" * 46, "%-32s HK$ %9s" % ("TOTAL", "{:,}".format(tot)), "Less deposit: HK$" + "{:,}".format(g.pick([0, 5000, 39000])), "", "Payment may be made by cash, EPS, cheque or at PPS. Enquiry: Shroff office."]
    elif lay == 6:  # clinical photograph captions
        L += [g.pick(["Clinical Photography", "Medical Illustration Unit", "Wound Photo Record"]) + " - " + c["hosp"], pname(g, p, 0) + "  " + p.hn, ""]
        for i in range(g.ri(2, 5)):
            L += ["Photo %d (%s): %s" % (i + 1, fmt_date(g, d + datetime.timedelta(days=i * 7), 0), g.pick(["sacral pressure injury, scale ruler included", "L foot diabetic ulcer, plantar view", "post-op wound, POD 7", "skin rash over trunk", "R knee swelling, anterior view"]))]
        L += ["", "Consent for photography: on file", "Photographer: " + g.pick(SURN)]
    elif lay == 7:  # MSW / complaint / lost property forms
        L += [g.pick(["Medical Social Services - Intake Record", "Application for Charitable Fund", "Property Record (Patient Belongings)"]), c["hosp"], ""]
        L += ["Patient: %s (%s)" % (pname(g, p, 0), p.hkid), "Ward: " + ward(g, c["dept"])]
        L += [g.pick(["Problem: financial hardship, lives alone, needs home help service", "Item requested: %s (HK$%d)" % (g.pick(["wheelchair", "walking frame", "portable O2 concentrator", "hearing aid"]), g.ri(800, 9000)), "Items: wallet x1 (HK$%d), mobile phone x1, keys, octopus card" % g.ri(20, 800)]), "Handled by: " + g.pick(SURN) + " " + g.pick(["MSW", "clerk", "RN"]), "Date: " + fmt_date(g, d)]
    else:  # chart cover / index / barcode label sheet
        L += [c["hosp"], g.pick(["MEDICAL RECORD - FILE COVER", "Record Index Sheet", "Label Sheet"]), ""] + pt_label(g, p, d, compact=0)
        L += ["Episodes:"] + ["  %s  %s  %s" % (fmt_date(g, d - datetime.timedelta(days=g.ri(0, 3000)), 0), g.pick(["AED", "IP", "SOPC", "GOPC"]), g.pick(["M&G", "SURG", "O&T", "FM"])) for _ in range(g.ri(2, 6))]
        L += ["", "Alerts: " + g.pick(["G6PD deficiency", "Drug allergy - penicillin", "nil", "DNACPR on file"]), "Barcode: *" + p.hn + "*"]
    L += footer(g, p, d)
    return "\n".join([x for x in L if x is not None])


# ----------------------------------------------------------------------------
GENS = {
    "discharge_summary": gen_discharge_summary, "history_physical": gen_history_physical,
    "progress_note": gen_progress_note, "consult_note": gen_consult_note,
    "operative_note": gen_operative_note, "procedure_note": gen_procedure_note,
    "lab_report": gen_lab_report, "imaging_report": gen_imaging_report,
    "pathology_report": gen_pathology_report, "medication_list": gen_medication_list,
    "prescription": gen_prescription, "anesthesia_record": gen_anesthesia_record,
    "correspondence": gen_correspondence, "consent_form": gen_consent_form,
    "referral_letter": gen_referral_letter, "advance_directive": gen_advance_directive,
    "ecg_report": gen_ecg_report, "immunization_record": gen_immunization_record,
    "registration_form": gen_registration_form, "insurance_card": gen_insurance_card,
    "nursing_note": gen_nursing_note, "ed_note": gen_ed_note,
    "transfer_summary": gen_transfer_summary, "provider_orders": gen_provider_orders,
    "discharge_instructions": gen_discharge_instructions, "other": gen_other,
}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    g = G(rng)
    recs = []
    for label in sorted(GENS):
        for i in range(a.per_type):
            text = GENS[label](g)
            lines = [l.rstrip() for l in text.split("\n")]
            # collapse runs of blank lines
            out, blank = [], 0
            for l in lines:
                blank = blank + 1 if not l.strip() else 0
                if blank <= 1:
                    out.append(l)
            text = "\n".join(out).strip("\n")
            text = ocr_noise(g, text)
            recs.append({"id": "hk-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": text})
    rng.shuffle(recs)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
