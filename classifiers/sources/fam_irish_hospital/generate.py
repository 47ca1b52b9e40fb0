#!/usr/bin/env python3
"""Synthetic Irish (HSE) hospital / GP clinical document generator.

All people, places, hospitals, insurers, identifiers and phone numbers are
invented.  Standard library only.  Deterministic for a given --seed.
"""
import argparse
import datetime
import json
import random

# ---------------------------------------------------------------- name pools
FIRST_M = ["Seán", "Sean", "Pádraig", "Patrick", "Ciarán", "Declan", "Eoin", "Cathal", "Michael", "John", "Tadhg",
           "Liam", "Dermot", "Brendan", "Colm", "Donal", "Fergal", "Kevin", "Noel", "Thomas", "Séamus", "Eamon",
           "Diarmuid", "Oisín", "Cian", "Conor", "Darragh", "Gerard", "Martin", "Christopher", "Aidan", "Ronan",
           "Paddy", "Joe", "Jimmy", "Francis", "Killian", "Fiachra", "Niall", "Enda", "Vincent", "Peadar"]
FIRST_F = ["Siobhán", "Siobhan", "Aoife", "Niamh", "Máire", "Mary", "Bridget", "Bríd", "Sinéad", "Orla", "Róisín",
           "Clodagh", "Deirdre", "Aisling", "Caoimhe", "Gráinne", "Eileen", "Margaret", "Kathleen", "Noreen",
           "Ciara", "Emer", "Fiona", "Úna", "Nuala", "Helen", "Patricia", "Teresa", "Catherine", "Josephine",
           "Maeve", "Sorcha", "Laura", "Sarah", "Anne", "Philomena", "Assumpta", "Elaine", "Tríona", "Majella"]
SURNAMES = ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "O'Neill", "Doyle",
            "McCarthy", "Gallagher", "O'Doherty", "Kennedy", "Lynch", "Murray", "Quinn", "Moore", "McLoughlin",
            "O'Carroll", "Connolly", "Daly", "Dunne", "Brennan", "Burke", "Collins", "Keane", "Fitzgerald",
            "Mac Giolla Phádraig", "Ó Súilleabháin", "Nic Dhonncha", "Ní Bhriain", "Fahy", "Hegarty", "Kinsella",
            "Tierney", "Mulcahy", "Cuddihy", "Corcoran", "Geraghty", "Moran", "Flanagan", "Hennessy", "Lenihan",
            "Scanlon", "Breathnach", "Costigan", "Durkan", "Fogarty", "Mannion", "Naughton", "Tuohy", "Whelan",
            "Kowalski", "Nowak", "Popescu", "da Silva", "Okafor", "Kazlauskas"]
TOWNS = ["Ballinacreagh", "Kilmorna", "Drumcarrig", "Carrowkeel Bridge", "Rathcullen", "Cloonbrack", "Tullyglass",
         "Knockmoyle Cross", "Ardnagreevagh", "Carrigmore", "Lisdrumman", "Ballyfarnon West", "Kilbrack",
         "Gortnahoon", "Moyvane Upper", "Dromkeen", "Castlecoote Bridge", "Annaghmore", "Glenbeigh Cross",
         "Shanvally", "Derrylea", "Cappaghmore", "Inchabeg", "Rossnakill", "Ballymacrea", "Clashganny", "Kilteelagh"]
COUNTIES = ["Galway", "Mayo", "Roscommon", "Clare", "Limerick", "Tipperary", "Cork", "Kerry", "Waterford",
            "Kilkenny", "Wexford", "Wicklow", "Kildare", "Meath", "Louth", "Cavan", "Monaghan", "Donegal", "Sligo",
            "Leitrim", "Longford", "Westmeath", "Offaly", "Laois", "Carlow"]
STREETS = ["Main Street", "Church Road", "Abbey View", "Glenview Park", "Marian Terrace", "Oakfield Drive",
           "The Crescent", "Bóthar na Trá", "Fairgreen", "Mill Lane", "Chapel Street", "Ard Mhuire", "Cois Abhann",
           "Hazelwood Grove", "St. Enda's Park", "Beechlawn", "Bridge Street", "The Paddocks", "Cnoc Álainn"]
HOSPITALS = [
    ("St. Colmcille's University Hospital", "Rathcullen", "Western Shore Hospital Group"),
    ("University Hospital Kilbrack", "Kilbrack", "South Midlands Hospital Group"),
    ("St. Brigid's General Hospital", "Carrigmore", "Western Shore Hospital Group"),
    ("Mercy Regional Hospital", "Ballinacreagh", "Southern Coast Hospitals"),
    ("Regional Hospital Drumcarrig", "Drumcarrig", "North-East Care Group"),
    ("Our Lady of the Rosary Hospital", "Tullyglass", "North-East Care Group"),
    ("St. Fiachra's Hospital", "Cloonbrack", "South Midlands Hospital Group"),
    ("Lisdrumman County Hospital", "Lisdrumman", "Southern Coast Hospitals"),
]
PRIVATE_HOSP = ["Sliabh Rua Private Clinic", "Beaconfield Private Hospital", "Harbourview Clinic",
                "St. Ita's Private Hospital"]
INSURERS = [("Éire Health Assurance", "EHA"), ("Cúram Health", "CH"), ("Meitheal Medical Cover", "MMC"),
            ("Harbour Health Insurance DAC", "HHI"), ("Tearmann Health", "TH")]
PLANS = ["Health Plus Essential", "PMI 14 11", "Company Care Select", "Family Plan Gold", "One Plan Standard",
         "Advantage 250", "Level 2 Hospital Cover", "Simply Connect Plus"]

SPECS = {
    "resp": ("Respiratory Medicine", "Consultant Respiratory Physician", False),
    "card": ("Cardiology", "Consultant Cardiologist", False),
    "gi": ("Gastroenterology", "Consultant Gastroenterologist", False),
    "gen": ("General Medicine", "Consultant Physician", False),
    "geri": ("Medicine for the Elderly", "Consultant Geriatrician", False),
    "neuro": ("Neurology", "Consultant Neurologist", False),
    "endo": ("Endocrinology & Diabetes", "Consultant Endocrinologist", False),
    "rheum": ("Rheumatology", "Consultant Rheumatologist", False),
    "surg": ("General Surgery", "Consultant General Surgeon", True),
    "ortho": ("Trauma & Orthopaedics", "Consultant Orthopaedic Surgeon", True),
    "uro": ("Urology", "Consultant Urologist", True),
    "breast": ("Breast Surgery", "Consultant Breast Surgeon", True),
    "obs": ("Obstetrics & Gynaecology", "Consultant Obstetrician & Gynaecologist", True),
    "paeds": ("Paediatrics", "Consultant Paediatrician", False),
    "ed": ("Emergency Medicine", "Consultant in Emergency Medicine", False),
    "anaes": ("Anaesthesia", "Consultant Anaesthetist", False),
    "rad": ("Radiology", "Consultant Radiologist", False),
    "path": ("Histopathology", "Consultant Histopathologist", False),
}

# ---------------------------------------------------------------- clinical scenarios
# text fields may use {he} {He} {his} {His} {him} {first} {name} {age} {man}
M = lambda d, s, f, r="PO": (d, s, f, r)
SCENARIOS = [
    dict(key="cap", spec="resp", ages=(45, 90), sex=None, ward=["St. Joseph's Ward", "Medical 2", "AMAU"],
         dx="Community-acquired pneumonia, right lower lobe", dx2="RLL pneumonia", curb="CURB-65 score 2",
         pc="productive cough, fevers and shortness of breath for 4 days",
         hpi=["{He} reports a 4 day history of cough productive of green sputum with rigors and pleuritic right-sided chest pain.",
              "{His} GP had started oral amoxicillin 48 hours prior with no improvement.",
              "No haemoptysis. No recent travel. No sick contacts."],
         exam=["Temp 38.6, HR 104, BP 118/70, RR 24, SpO2 91% on room air", "Coarse crackles right base with bronchial breathing",
               "HS I+II+0", "Abdomen soft, non-tender"],
         inv=["CXR: right lower lobe consolidation", "CRP 186", "WCC 16.2 (neut 14.1)", "Urea 8.9, creat 96",
              "Blood cultures: no growth at 5 days", "Urinary pneumococcal antigen positive"],
         labs={"CRP": 186, "WCC": 16.2, "Neut": 14.1, "Urea": 8.9},
         course=["{He} was commenced on IV co-amoxiclav and oral clarithromycin as per local guidelines.",
                 "{His} oxygen requirement settled by day 3 and {he} was stepped down to oral antibiotics.",
                 "Physiotherapy input for chest clearance. Mobilising independently prior to discharge."],
         meds=[M("Co-amoxiclav", "625mg", "TDS"), M("Clarithromycin", "500mg", "BD"), M("Paracetamol", "1g", "QDS PRN")],
         new=["Co-amoxiclav 625mg TDS to complete 7 days total", "Clarithromycin 500mg BD to complete 5 days"],
         pmh=["Hypertension", "Hypercholesterolaemia", "Ex-smoker (20 pack years)"],
         chronic=[M("Ramipril", "5mg", "OD"), M("Atorvastatin", "20mg", "nocte")],
         plan=["Complete course of oral antibiotics", "Repeat CXR in 6 weeks to ensure resolution",
               "GP review in 1 week", "Pneumococcal and influenza vaccination recommended"],
         fu="Repeat chest X-ray in 6 weeks"),
    dict(key="copd", spec="resp", ages=(55, 88), sex=None, ward=["St. Joseph's Ward", "Respiratory Unit", "Medical 1"],
         dx="Infective exacerbation of COPD", dx2="IECOPD", pc="increasing breathlessness and wheeze",
         hpi=["Known COPD (GOLD stage 3), {he} presented with a 5 day history of increased breathlessness, wheeze and change in sputum colour.",
              "Exercise tolerance reduced from 100 yards to room-bound.", "This is {his} third exacerbation in 12 months."],
         exam=["SpO2 86% on RA, RR 26, HR 98", "Widespread expiratory wheeze, reduced air entry bilaterally",
               "Using accessory muscles", "No peripheral oedema"],
         inv=["ABG on RA: pH 7.33, pCO2 6.8, pO2 7.4", "CXR: hyperexpanded lung fields, no consolidation", "CRP 54", "WCC 12.8"],
         labs={"CRP": 54, "WCC": 12.8},
         course=["Treated with nebulised salbutamol and ipratropium, oral prednisolone 40mg and oral doxycycline.",
                 "Controlled oxygen targeting saturations of 88-92%. Did not require NIV.",
                 "Reviewed by the respiratory CNS and inhaler technique checked."],
         meds=[M("Tiotropium (Spiriva Respimat)", "2.5mcg x2 puffs", "OD", "INH"), M("Seretide 500 Accuhaler", "1 puff", "BD", "INH"),
               M("Salbutamol inhaler", "100mcg 2 puffs", "PRN", "INH"), M("Prednisolone", "40mg", "OD")],
         new=["Prednisolone 40mg OD for 5 days then stop", "Doxycycline 100mg OD for 5 days"],
         pmh=["COPD", "Osteoporosis", "Current smoker 40 pack years", "Anxiety"],
         chronic=[M("Alendronic acid", "70mg", "once weekly"), M("Calcichew D3 Forte", "1 tab", "BD")],
         plan=["Pulmonary rehabilitation referral", "Smoking cessation advice given - referred to HSE Quit service",
               "Respiratory OPD 6-8 weeks", "Rescue pack discussed"], fu="Respiratory clinic in 8 weeks"),
    dict(key="nstemi", spec="card", ages=(48, 84), sex=None, ward=["CCU", "Coronary Care Unit", "Cardiology Step-down"],
         dx="Non-ST elevation myocardial infarction", dx2="NSTEMI", pc="central chest pain radiating to the left arm",
         hpi=["{He} developed central crushing chest pain at rest at approx 06:00, radiating to the left arm and jaw, associated with diaphoresis.",
              "Pain lasted about 40 minutes and eased with GTN.", "Risk factors: hypertension, hypercholesterolaemia, ex-smoker, father had MI aged 58."],
         exam=["BP 152/88, HR 84 reg, SpO2 97%", "HS I+II+0, no murmurs", "Chest clear", "No peripheral oedema"],
         inv=["ECG: ST depression V4-V6, no ST elevation", "hs-Troponin T 86 -> 412 ng/L", "Total cholesterol 6.4",
              "Coronary angiogram: 90% proximal LAD stenosis, treated with 1 x DES"],
         labs={"Trop": 412, "Chol": 6.4, "LDL": 4.2},
         course=["Loaded with aspirin 300mg and ticagrelor 180mg, commenced on fondaparinux.",
                 "Proceeded to coronary angiography on day 2 with PCI and drug-eluting stent to proximal LAD.",
                 "Echo: mildly impaired LV systolic function, EF 45-50%, anterior hypokinesis.", "Remained pain free post procedure."],
         meds=[M("Aspirin", "75mg", "OD"), M("Ticagrelor", "90mg", "BD"), M("Atorvastatin", "80mg", "nocte"),
               M("Bisoprolol", "2.5mg", "OD"), M("Ramipril", "2.5mg", "OD"), M("Lansoprazole", "30mg", "OD"),
               M("GTN spray", "400mcg", "PRN", "SL")],
         new=["Ticagrelor 90mg BD for 12 months", "Atorvastatin increased to 80mg", "Bisoprolol 2.5mg OD", "Ramipril 2.5mg OD"],
         pmh=["Hypertension", "Hypercholesterolaemia", "Ex-smoker"], chronic=[],
         plan=["Dual antiplatelet therapy for 12 months - do not stop without discussion with cardiology",
               "Cardiac rehabilitation referral sent", "U&E in 1 week after ramipril start", "No driving for 1 month"],
         fu="Cardiology OPD 6 weeks"),
    dict(key="af", spec="card", ages=(55, 90), sex=None, ward=["CCU", "Medical 3", "St. Anne's Ward"],
         dx="New onset atrial fibrillation with rapid ventricular response", dx2="AF with RVR", pc="palpitations and dizziness",
         hpi=["{He} describes a 2 day history of palpitations, light-headedness and reduced exercise tolerance.",
              "No chest pain or syncope. No history of thyroid disease.", "Alcohol 14 units/week."],
         exam=["HR 142 irregularly irregular, BP 128/76", "JVP not raised", "Chest clear", "No murmurs"],
         inv=["ECG: atrial fibrillation, ventricular rate 140bpm", "TSH 1.8", "Echo: structurally normal heart, LA mildly dilated, EF 55%",
              "CHA2DS2-VASc 3, HAS-BLED 1"], labs={"TSH": 1.8},
         course=["Rate controlled with bisoprolol, uptitrated to 5mg.", "Commenced on apixaban 5mg BD after discussion of stroke risk.",
                 "Rate 70-80 on telemetry prior to discharge."],
         meds=[M("Apixaban", "5mg", "BD"), M("Bisoprolol", "5mg", "OD"), M("Amlodipine", "5mg", "OD")],
         new=["Apixaban 5mg BD", "Bisoprolol 5mg OD"], pmh=["Hypertension", "Type 2 diabetes (diet controlled)"],
         chronic=[M("Amlodipine", "5mg", "OD")],
         plan=["Continue anticoagulation indefinitely", "Holter monitor as outpatient", "Consider rhythm control if symptomatic"],
         fu="Cardiology OPD 3 months"),
    dict(key="hf", spec="gen", ages=(65, 95), sex=None, ward=["St. Anne's Ward", "Medical 2", "St. Michael's Ward"],
         dx="Acute decompensated heart failure (HFrEF)", dx2="decompensated CCF", pc="worsening breathlessness and leg swelling",
         hpi=["{He} reports 2 weeks of progressive dyspnoea, orthopnoea (3 pillows) and PND.", "Bilateral leg swelling up to the knees.",
              "Weight up 5kg per the public health nurse."],
         exam=["SpO2 90% RA, HR 96, BP 104/62", "JVP raised 6cm", "Bibasal crepitations to mid-zones", "Pitting oedema to knees bilaterally"],
         inv=["NT-proBNP 8,420", "CXR: cardiomegaly, upper lobe diversion, bilateral small effusions", "Echo: EF 30%, global hypokinesis, moderate MR",
              "Creat 132, eGFR 41"], labs={"BNP": 8420, "Creat": 132, "eGFR": 41, "Na": 133},
         course=["Diuresed with IV furosemide 80mg BD with daily weights and fluid restriction 1.5L.", "Weight down 6.2kg over admission.",
                 "Renal function monitored closely; creatinine peaked at 148."],
         meds=[M("Furosemide", "40mg", "BD"), M("Bisoprolol", "2.5mg", "OD"), M("Sacubitril/valsartan (Entresto)", "24/26mg", "BD"),
               M("Spironolactone", "25mg", "OD"), M("Dapagliflozin", "10mg", "OD")],
         new=["Furosemide 40mg BD (increased from 40mg OD)", "Spironolactone 25mg OD", "Dapagliflozin 10mg OD"],
         pmh=["Ischaemic heart disease", "CABG 2011", "CKD stage 3", "Gout"], chronic=[M("Allopurinol", "100mg", "OD")],
         plan=["Daily weights - contact GP if weight up >2kg in 3 days", "U&E in 1 week", "Heart failure nurse follow-up"],
         fu="Heart Failure Clinic in 4 weeks"),
    dict(key="stroke", spec="geri", ages=(60, 92), sex=None, ward=["Stroke Unit", "Acute Stroke Unit", "St. Brendan's Ward"],
         dx="Left middle cerebral artery territory ischaemic stroke", dx2="L MCA infarct", pc="right-sided weakness and word-finding difficulty",
         hpi=["{He} was found by {his} daughter at 08:30 with right arm weakness and slurred speech; last seen well at 22:00 the night before.",
              "Outside thrombolysis window on arrival.", "No headache, no seizure activity."],
         exam=["NIHSS 7", "Expressive dysphasia", "Right upper limb power 2/5, lower limb 4/5", "Right facial droop, upper motor neurone pattern"],
         inv=["CT brain: established hypodensity L MCA territory, no haemorrhage", "CTA: no large vessel occlusion",
              "Carotid dopplers: <50% stenosis bilaterally", "72hr Holter: sinus rhythm"], labs={"Chol": 5.9, "LDL": 3.6},
         course=["Aspirin 300mg for 14 days then switched to clopidogrel 75mg.", "Swallow assessment by SLT - modified diet (IDDSI level 6).",
                 "MDT input from physiotherapy, OT and SLT.", "Good progress; power in arm improved to 4/5."],
         meds=[M("Clopidogrel", "75mg", "OD"), M("Atorvastatin", "80mg", "nocte"), M("Lansoprazole", "15mg", "OD"),
               M("Ramipril", "2.5mg", "OD")], new=["Clopidogrel 75mg OD", "Atorvastatin 80mg nocte"],
         pmh=["Hypertension", "Osteoarthritis"], chronic=[M("Paracetamol", "1g", "QDS PRN")],
         plan=["Transfer to rehabilitation unit", "Not to drive - DVLA/NDLS advice given", "BP target <130/80"],
         fu="Stroke clinic 3 months"),
    dict(key="ugib", spec="gi", ages=(40, 88), sex=None, ward=["St. Patrick's Ward", "Gastro Unit", "Medical 1"],
         dx="Upper GI bleed secondary to duodenal ulcer", dx2="DU bleed", pc="melaena and dizziness",
         hpi=["{He} reports 2 days of black tarry stools and an episode of coffee-ground vomiting this morning.",
              "Taking over-the-counter ibuprofen for back pain for 3 weeks.", "Glasgow-Blatchford score 11."],
         exam=["HR 112, BP 96/58 (postural drop)", "Pale", "Abdomen soft, mild epigastric tenderness", "PR: melaena on glove"],
         inv=["Hb 7.4 (baseline 13.1)", "Urea 18.2", "OGD: 1.5cm duodenal ulcer with visible vessel (Forrest IIa), adrenaline + clips applied",
              "CLO test positive"], labs={"Hb": 7.4, "Urea": 18.2, "MCV": 88},
         course=["Transfused 2 units red cells.", "OGD within 24 hours with endoscopic haemostasis.",
                 "IV pantoprazole infusion for 72 hours then oral PPI.", "No further bleeding; Hb stable at 9.2 on discharge."],
         meds=[M("Esomeprazole", "40mg", "BD"), M("Clarithromycin", "500mg", "BD"), M("Amoxicillin", "1g", "BD"),
               M("Ferrous fumarate", "305mg", "BD")],
         new=["Esomeprazole 40mg BD for 8 weeks then OD", "H. pylori eradication: amoxicillin 1g BD + clarithromycin 500mg BD for 14 days"],
         pmh=["Lumbar spondylosis", "Hypertension"], chronic=[M("Amlodipine", "10mg", "OD")],
         plan=["Avoid NSAIDs", "Repeat OGD in 8 weeks", "Urea breath test 4 weeks after eradication (off PPI 2 weeks)"],
         fu="Repeat OGD 8 weeks"),
    dict(key="uc", spec="gi", ages=(19, 60), sex=None, ward=["St. Patrick's Ward", "Gastro Unit"],
         dx="Ulcerative colitis (left-sided) - moderate flare", dx2="UC flare", pc="bloody diarrhoea and urgency",
         hpi=["{He} reports 3 weeks of bloody diarrhoea up to 8 times daily with urgency and nocturnal symptoms.",
              "Known left-sided UC diagnosed 2015, maintained on mesalazine.", "Stool cultures and C. difficile negative."],
         exam=["Afebrile, HR 92", "Abdomen soft, tender left iliac fossa", "No peritonism"],
         inv=["Faecal calprotectin 1,450", "CRP 38, albumin 32", "Flexible sigmoidoscopy: Mayo 2 colitis to 35cm"],
         labs={"CRP": 38, "Alb": 32, "Hb": 11.2}, course=["IV hydrocortisone 100mg QDS for 3 days with good response.",
                "Stool frequency reduced to 2-3/day, no blood.", "Switched to oral prednisolone 40mg with weaning regime."],
         meds=[M("Mesalazine (Pentasa)", "4g", "OD"), M("Prednisolone", "40mg", "OD, reduce by 5mg weekly"),
               M("Calcichew D3 Forte", "1 tab", "BD")],
         new=["Prednisolone 40mg reducing by 5mg/week", "Azathioprine to be considered - TPMT sent"],
         pmh=["Ulcerative colitis", "Iron deficiency"], chronic=[],
         plan=["IBD nurse contact details given", "Bloods weekly while on steroids", "Consider escalation to biologic if steroid dependent"],
         fu="IBD clinic 4 weeks"),
    dict(key="chole", spec="surg", ages=(25, 75), sex=None, ward=["St. Camillus Ward", "Surgical 1", "St. Luke's Ward"],
         dx="Acute calculous cholecystitis", dx2="acute cholecystitis", pc="right upper quadrant pain and vomiting",
         hpi=["{He} presented with 24 hours of constant RUQ pain radiating to the right shoulder tip with vomiting.",
              "Two previous similar but shorter episodes after fatty meals.", "No jaundice, no pale stools or dark urine."],
         exam=["Temp 38.1, HR 96", "Tender RUQ, Murphy's sign positive", "No palpable mass"],
         inv=["WCC 14.6, CRP 122", "Bilirubin 18, ALP 132, ALT 54", "US abdomen: thick-walled gallbladder (5mm) with pericholecystic fluid, multiple calculi, CBD 5mm"],
         labs={"WCC": 14.6, "CRP": 122, "Bili": 18, "ALP": 132, "ALT": 54},
         course=["Treated with IV co-amoxiclav, analgesia and IV fluids.", "Underwent laparoscopic cholecystectomy on the index admission (day 3).",
                 "Uneventful post-operative recovery, tolerating diet."],
         meds=[M("Paracetamol", "1g", "QDS"), M("Ibuprofen", "400mg", "TDS PRN with food"), M("Co-amoxiclav", "625mg", "TDS")],
         new=["Paracetamol 1g QDS", "Ibuprofen 400mg TDS PRN", "Co-amoxiclav 625mg TDS for 5 days"],
         pmh=["Nil of note"], chronic=[], plan=["Wound check at GP practice day 10", "Histology to be followed up at clinic",
                                              "Return to ED if fever, jaundice or worsening pain"], fu="Surgical OPD 6 weeks"),
    dict(key="appx", spec="surg", ages=(16, 55), sex=None, ward=["Surgical 2", "St. Luke's Ward"],
         dx="Acute appendicitis", dx2="appendicitis", pc="right iliac fossa pain",
         hpi=["{He} describes periumbilical pain starting 36 hours ago which migrated to the right iliac fossa.",
              "Associated anorexia and nausea, one episode of vomiting.", "Bowels opened normally yesterday. No urinary symptoms."],
         exam=["Temp 37.9, HR 100", "Tender RIF with guarding, Rovsing's positive", "Alvarado score 8"],
         inv=["WCC 15.1, CRP 88", "Urinalysis NAD", "Urinary beta-hCG negative", "CT abdomen: inflamed appendix 11mm, no perforation"],
         labs={"WCC": 15.1, "CRP": 88}, course=["Laparoscopic appendicectomy performed same night.", "Recovered well, discharged post-op day 2."],
         meds=[M("Paracetamol", "1g", "QDS PRN"), M("Ibuprofen", "400mg", "TDS PRN")], new=["Simple analgesia"],
         pmh=["Asthma (mild)"], chronic=[M("Salbutamol inhaler", "100mcg", "PRN", "INH")],
         plan=["Wound review by practice nurse at 7-10 days", "No heavy lifting 4 weeks"], fu="No routine follow-up; histology letter to GP"),
    dict(key="nof", spec="ortho", ages=(70, 98), sex=None, ward=["St. Martin's Ward", "Orthopaedic Ward", "Trauma Unit"],
         dx="Left intracapsular neck of femur fracture (Garden IV)", dx2="L #NOF", pc="fall at home with left hip pain, unable to weight bear",
         hpi=["{He} had a mechanical fall at home tripping over a rug, landing on {his} left side.", "No head injury, no LOC.",
              "Lives alone, independent with a stick, home help twice weekly."],
         exam=["Left leg shortened and externally rotated", "Pain on any hip movement", "Distal NV intact"],
         inv=["X-ray pelvis + L hip: displaced intracapsular fracture L NOF", "Hb 11.8", "CXR: no acute changes", "ECG: sinus rhythm"],
         labs={"Hb": 11.8}, course=["Left hip hemiarthroplasty performed day 1 under spinal anaesthesia.",
                "Ortho-geriatric review: bone health - vitamin D low, commenced on replacement.",
                "Mobilising with a zimmer frame with physiotherapy by day 3.", "Post-op delirium day 2, resolved."],
         meds=[M("Enoxaparin (Clexane)", "40mg", "OD", "SC"), M("Paracetamol", "1g", "QDS"), M("Oxycodone", "5mg", "4-6 hourly PRN"),
               M("Colecalciferol", "1000 IU", "OD"), M("Laxido", "1 sachet", "BD")],
         new=["Enoxaparin 40mg SC OD for 28 days", "Colecalciferol 1000IU OD", "Zoledronic acid to be given as outpatient"],
         pmh=["Osteoarthritis", "Hypertension", "Mild cognitive impairment"], chronic=[M("Amlodipine", "5mg", "OD")],
         plan=["Clips to be removed day 14 by PHN", "Full weight bearing as tolerated", "Falls prevention - OT home assessment"],
         fu="Fracture clinic 6 weeks with X-ray"),
    dict(key="dm", spec="endo", ages=(35, 80), sex=None, ward=["Medical 1", "St. Anne's Ward"],
         dx="Type 2 diabetes mellitus - suboptimal glycaemic control", dx2="T2DM", pc="poor glycaemic control, polyuria and weight loss",
         hpi=["{He} was diagnosed with type 2 diabetes in 2014 and is on metformin and gliclazide.",
              "HbA1c has risen from 58 to 86 mmol/mol over the past year.", "Reports polyuria, nocturia x3 and 4kg weight loss."],
         exam=["BMI 33", "BP 146/88", "Feet: monofilament sensation intact, pulses palpable", "Fundoscopy: per retinal screening"],
         inv=["HbA1c 86 mmol/mol", "Urine ACR 6.2", "eGFR 72", "LDL 2.9"], labs={"HbA1c": 86, "Gluc": 14.2, "LDL": 2.9},
         course=["Structured education offered (DESMOND-style programme)."],
         meds=[M("Metformin", "1g", "BD"), M("Gliclazide MR", "60mg", "OD"), M("Empagliflozin", "10mg", "OD"),
               M("Atorvastatin", "40mg", "nocte"), M("Ramipril", "5mg", "OD")],
         new=["Empagliflozin 10mg OD", "Consider GLP-1 agonist if HbA1c remains >58"],
         pmh=["Hypertension", "Obesity", "Fatty liver"], chronic=[],
         plan=["Repeat HbA1c in 3 months", "Diabetic Retinopathy Screening up to date", "Dietitian referral", "Sick day rules for SGLT2i explained"],
         fu="Diabetes clinic 4 months"),
    dict(key="pyelo", spec="gen", ages=(20, 85), sex="F", ward=["Medical 3", "AMAU", "St. Michael's Ward"],
         dx="Acute pyelonephritis (E. coli)", dx2="pyelonephritis", pc="fevers, rigors and left loin pain",
         hpi=["{He} reports 3 days of dysuria and frequency followed by left loin pain, fevers and rigors.",
              "One episode of vomiting. No haematuria.", "Not pregnant. Last UTI 2 years ago."],
         exam=["Temp 39.1, HR 110, BP 110/64", "Left renal angle tenderness", "Abdomen soft"],
         inv=["Urinalysis: leucocytes 3+, nitrites +", "MSU: E. coli >10^5 cfu/mL, sensitive to co-amoxiclav, gentamicin, nitrofurantoin; resistant to trimethoprim",
              "Blood cultures: E. coli", "US KUB: no hydronephrosis"], labs={"WCC": 17.3, "CRP": 212, "Creat": 104},
         course=["Commenced on IV gentamicin and co-amoxiclav.", "Defervesced within 48 hours.", "Stepped down to oral co-amoxiclav."],
         meds=[M("Co-amoxiclav", "625mg", "TDS"), M("Paracetamol", "1g", "QDS PRN")], new=["Co-amoxiclav 625mg TDS to complete 14 days"],
         pmh=["Hypothyroidism"], chronic=[M("Levothyroxine (Eltroxin)", "75mcg", "OD")],
         plan=["Complete 14 days antibiotics", "Repeat U&E with GP in 1 week"], fu="GP follow-up"),
    dict(key="cellulitis", spec="gen", ages=(30, 88), sex=None, ward=["AMAU", "Medical 2", "OPAT"],
         dx="Cellulitis of right lower limb", dx2="R leg cellulitis", pc="red, hot, swollen right leg",
         hpi=["{He} noticed redness over the right shin 3 days ago which has spread despite oral flucloxacillin from the GP.",
              "Associated fevers. Portal of entry likely tinea pedis.", "No calf pain."],
         exam=["Temp 38.2", "Erythema right shin to knee, marked with pen", "Warm, tender, no crepitus, no collection"],
         inv=["WCC 13.4, CRP 144", "Doppler right leg: no DVT"], labs={"WCC": 13.4, "CRP": 144},
         course=["IV flucloxacillin 2g QDS with limb elevation.", "Erythema receded within markings by day 3.", "Switched to oral therapy."],
         meds=[M("Flucloxacillin", "1g", "QDS"), M("Clotrimazole 1% cream", "apply", "BD", "TOP"), M("Paracetamol", "1g", "QDS PRN")],
         new=["Flucloxacillin 1g QDS to complete 10 days", "Clotrimazole cream to toe webs"], pmh=["Type 2 diabetes", "Obesity"],
         chronic=[M("Metformin", "500mg", "BD")], plan=["Leg elevation", "Treat tinea pedis"], fu="GP review 1 week"),
    dict(key="seizure", spec="neuro", ages=(18, 70), sex=None, ward=["Neurology Ward", "Medical 1"],
         dx="First generalised tonic-clonic seizure", dx2="first seizure", pc="witnessed collapse with jerking",
         hpi=["{His} partner witnessed {him} become unresponsive with stiffening followed by jerking of all four limbs for about 2 minutes.",
              "Tongue bitten (lateral), urinary incontinence, post-ictal confusion for 30 minutes.",
              "Sleep deprived recently, drank heavily the night before."],
         exam=["GCS 15 on arrival to ED", "Lateral tongue laceration", "Neurological examination normal", "Fundi normal"],
         inv=["CT brain: no acute intracranial abnormality", "MRI brain (outpatient): normal", "EEG: left temporal sharp waves",
              "Na 139, Ca 2.34, glucose 5.8"], labs={"CK": 640},
         course=["No further seizures during admission.", "Levetiracetam commenced after discussion with neurology given abnormal EEG."],
         meds=[M("Levetiracetam (Keppra)", "500mg", "BD")], new=["Levetiracetam 500mg BD"], pmh=["Migraine"], chronic=[],
         plan=["Must not drive - patient informed of Road Safety Authority / NDLS requirements", "Seizure safety advice given",
               "Epilepsy nurse specialist follow-up"], fu="Neurology OPD 3 months"),
    dict(key="luts", spec="uro", ages=(55, 85), sex="M", ward=["Urology Ward", "St. Luke's Ward"],
         dx="Benign prostatic hyperplasia with lower urinary tract symptoms", dx2="BPH / LUTS", pc="poor stream, frequency and nocturia",
         hpi=["He describes a 2 year history of hesitancy, poor stream, terminal dribbling and nocturia x4.", "IPSS 24, QoL score 5.",
              "One episode of acute urinary retention in March requiring catheterisation."],
         exam=["Abdomen soft, bladder not palpable", "DRE: smooth, benign-feeling prostate, estimated 50g"],
         inv=["PSA 3.1 ng/mL", "Flow rate: Qmax 7 mL/s, voided volume 210mL, PVR 180mL", "US KUB: prostate volume 58cc, no hydronephrosis"],
         labs={"PSA": 3.1}, course=["Underwent TURP; catheter removed day 2, voiding well with low residuals."],
         meds=[M("Tamsulosin", "400mcg", "OD"), M("Finasteride", "5mg", "OD")], new=["Tamsulosin 400mcg OD", "Finasteride 5mg OD"],
         pmh=["Hypertension", "Type 2 diabetes"], chronic=[M("Metformin", "1g", "BD"), M("Losartan", "50mg", "OD")],
         plan=["Listed for TURP", "Continue tamsulosin meanwhile"], fu="Urology OPD 3 months"),
    dict(key="breast", spec="breast", ages=(32, 75), sex="F", ward=["St. Catherine's Ward", "Surgical Day Ward"],
         dx="Left breast invasive ductal carcinoma, grade 2, ER positive, HER2 negative", dx2="L breast IDC",
         pc="a lump in the left breast",
         hpi=["She noticed a painless lump in the upper outer quadrant of the left breast 3 weeks ago.", "No nipple discharge or skin change.",
              "Mother had breast cancer aged 62. Nulliparous. Not on HRT."],
         exam=["2cm firm, mobile mass L breast 2 o'clock, 6cm from nipple", "No axillary lymphadenopathy", "Right breast normal"],
         inv=["Mammogram: 19mm spiculated mass L UOQ, M5", "US: 18mm irregular hypoechoic mass, U5; axilla normal",
              "Core biopsy: IDC grade 2, ER 8/8, PR 6/8, HER2 1+ (negative)"], labs={},
         course=["Discussed at breast MDM.", "Underwent wide local excision and sentinel lymph node biopsy as a day case."],
         meds=[M("Letrozole", "2.5mg", "OD")], new=["Adjuvant endocrine therapy to be started after radiotherapy"],
         pmh=["Hypothyroidism"], chronic=[M("Levothyroxine", "100mcg", "OD")],
         plan=["Referral to medical oncology and radiation oncology", "Breast care nurse follow-up", "Genetics referral given family history"],
         fu="Breast clinic 2 weeks with histology"),
    dict(key="ra", spec="rheum", ages=(30, 75), sex=None, ward=["Day Ward"], dx="Seropositive rheumatoid arthritis", dx2="RA",
         pc="painful swollen hands and early morning stiffness",
         hpi=["{He} describes 4 months of pain and swelling of the small joints of both hands with early morning stiffness lasting 2 hours.",
              "Fatigue. No rash, no mouth ulcers, no Raynaud's.", "Works as a secondary school teacher."],
         exam=["Synovitis of MCP 2,3 bilaterally and R wrist", "Tender joint count 8, swollen joint count 6", "DAS28-CRP 5.2"],
         inv=["RF positive (86), anti-CCP >300", "ESR 48, CRP 24", "X-ray hands/feet: periarticular osteopenia, no erosions",
              "Hepatitis B/C serology negative, CXR normal"], labs={"ESR": 48, "CRP": 24},
         course=["Intramuscular methylprednisolone 120mg given at clinic."],
         meds=[M("Methotrexate", "15mg", "ONCE WEEKLY (Mondays)"), M("Folic acid", "5mg", "once weekly (not on MTX day)"),
               M("Hydroxychloroquine", "200mg", "BD")], new=["Methotrexate 15mg once weekly", "Folic acid 5mg weekly", "Hydroxychloroquine 200mg BD"],
         pmh=["Nil significant"], chronic=[],
         plan=["FBC, U&E, LFTs every 2 weeks for 6 weeks then monthly", "Annual ophthalmology screening for hydroxychloroquine",
               "Avoid alcohol on methotrexate", "Flu and pneumococcal vaccines"], fu="Rheumatology OPD 3 months"),
    dict(key="pd", spec="neuro", ages=(58, 88), sex=None, ward=["Neurology Ward"], dx="Idiopathic Parkinson's disease", dx2="PD",
         pc="tremor of the right hand and slowing down",
         hpi=["{He} has noticed a resting tremor of the right hand for about 18 months, with smaller handwriting and slower walking.",
              "{His} wife says {he} has been acting out dreams.", "Constipation. No falls."],
         exam=["Asymmetric rest tremor R > L", "Cogwheel rigidity right wrist", "Bradykinesia on finger tapping", "Reduced arm swing R"],
         inv=["DaTscan: reduced uptake left putamen, consistent with nigrostriatal degeneration"], labs={},
         course=[], meds=[M("Co-beneldopa (Madopar) 62.5mg", "1 cap", "TDS"), M("Movicol", "1 sachet", "OD")],
         new=["Madopar 62.5mg TDS, increasing to 125mg TDS after 2 weeks"], pmh=["BPH", "Hypertension"],
         chronic=[M("Tamsulosin", "400mcg", "OD")], plan=["Parkinson's nurse specialist referral", "Physiotherapy"],
         fu="Movement disorders clinic 4 months"),
    dict(key="ida", spec="gi", ages=(50, 85), sex=None, ward=["Day Ward", "Endoscopy"], dx="Iron deficiency anaemia", dx2="IDA",
         pc="fatigue and iron deficiency anaemia on routine bloods",
         hpi=["{His} GP found Hb of 9.1 with ferritin 6 on bloods for fatigue.", "No overt GI bleeding. Mild change in bowel habit.",
              "No NSAID use. Coeliac serology negative."],
         exam=["Pale conjunctivae", "Abdomen soft, non-tender, no masses", "PR: brown stool, no masses"],
         inv=["Hb 9.1, MCV 72, ferritin 6", "OGD: mild gastritis", "Colonoscopy: 25mm sessile polyp in ascending colon, removed by EMR"],
         labs={"Hb": 9.1, "MCV": 72, "Ferritin": 6}, course=["Ferric carboxymaltose 1g IV given in the day ward."],
         meds=[M("Ferrous fumarate", "305mg", "BD")], new=["IV iron (ferric carboxymaltose 1000mg) given"],
         pmh=["Hypertension", "Hypercholesterolaemia"], chronic=[M("Atorvastatin", "20mg", "nocte"), M("Perindopril", "4mg", "OD")],
         plan=["Repeat FBC and ferritin in 8 weeks", "Surveillance colonoscopy in 3 years pending histology"], fu="GI OPD with histology"),
]

LAB_DEF = [  # name, label, unit, lo, hi, decimals
    ("Hb", "Haemoglobin", "g/dL", 12.0, 16.5, 1), ("WCC", "White cell count", "x10^9/L", 4.0, 11.0, 1),
    ("Plt", "Platelets", "x10^9/L", 150, 400, 0), ("Neut", "Neutrophils", "x10^9/L", 2.0, 7.5, 1),
    ("Lymph", "Lymphocytes", "x10^9/L", 1.0, 4.0, 1), ("MCV", "MCV", "fL", 80, 100, 0),
    ("Na", "Sodium", "mmol/L", 135, 145, 0), ("K", "Potassium", "mmol/L", 3.5, 5.1, 1),
    ("Urea", "Urea", "mmol/L", 2.5, 7.8, 1), ("Creat", "Creatinine", "umol/L", 45, 110, 0),
    ("eGFR", "eGFR", "mL/min/1.73m2", 60, 120, 0), ("Bili", "Bilirubin (total)", "umol/L", 0, 21, 0),
    ("ALT", "ALT", "U/L", 0, 41, 0), ("ALP", "Alkaline phosphatase", "U/L", 40, 130, 0), ("GGT", "Gamma GT", "U/L", 0, 60, 0),
    ("Alb", "Albumin", "g/L", 35, 50, 0), ("CRP", "C-reactive protein", "mg/L", 0, 5, 0),
]
EXTRA_LABS = {"HbA1c": ("HbA1c (IFCC)", "mmol/mol", 20, 42, 0), "Gluc": ("Glucose", "mmol/L", 3.9, 6.0, 1),
              "TSH": ("TSH", "mIU/L", 0.27, 4.2, 2), "Trop": ("hs-Troponin T", "ng/L", 0, 14, 0),
              "BNP": ("NT-proBNP", "pg/mL", 0, 400, 0), "Chol": ("Total cholesterol", "mmol/L", 0, 5.0, 1),
              "LDL": ("LDL cholesterol", "mmol/L", 0, 3.0, 1), "Ferritin": ("Ferritin", "ug/L", 15, 300, 0),
              "PSA": ("PSA (total)", "ng/mL", 0, 4.0, 1), "ESR": ("ESR", "mm/hr", 0, 20, 0), "CK": ("Creatine kinase", "U/L", 25, 200, 0)}


def ordinal(n):
    return str(n) + ("th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def fd(d, style=None, rng=None):
    if style is None:
        style = rng.choice(["dmy", "dmy", "dot", "long", "long2", "abbr", "short", "iso"])
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "dot":
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    if style == "long":
        return "%s %s %d" % (ordinal(d.day), MONTHS[d.month - 1], d.year)
    if style == "long2":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "abbr":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "short":
        return "%d/%d/%02d" % (d.day, d.month, d.year % 100)
    return d.isoformat()


class Person:
    pass


class Ctx:
    """Everything one document needs: rng, patient, hospital, clinicians, scenario, dates."""

    def __init__(self, rng, scen=None):
        self.r = rng
        R = rng
        self.year = R.randint(2008, 2024)
        self.date = datetime.date(self.year, R.randint(1, 12), R.randint(1, 28))
        self.scen = scen or R.choice(SCENARIOS)
        s = self.scen
        sex = s.get("sex") or R.choice("MF")
        p = Person()
        p.sex = sex
        p.first = R.choice(FIRST_M if sex == "M" else FIRST_F)
        p.last = R.choice(SURNAMES)
        if sex == "F" and R.random() < 0.15:
            p.last = R.choice(["Ní", "Nic"]) + " " + R.choice(["Bhriain", "Dhonncha", "Mhurchú", "Cheallaigh", "Fhlannagáin"])
        lo, hi = s["ages"]
        p.age = R.randint(lo, hi)
        p.dob = datetime.date(self.year - p.age, R.randint(1, 12), R.randint(1, 28))
        if (p.dob.month, p.dob.day) > (self.date.month, self.date.day):
            p.age -= 1
        p.title = "Mr" if sex == "M" else R.choice(["Mrs", "Ms", "Ms", "Miss"] if p.age < 40 else ["Mrs", "Mrs", "Ms"])
        p.name = p.first + " " + p.last
        p.addr = [("%d %s" % (R.randint(1, 88), R.choice(STREETS))) if R.random() < 0.6 else R.choice(
            ["Carrowbeg", "Lisheen", "Gortaganny", "Cloonfad", "Ballyroe", "Derryhick", "Knocknagree Upper"]),
                  R.choice(TOWNS), "Co. " + R.choice(COUNTIES)]
        if R.random() < 0.3:
            p.addr.append("%s%02d %s%s%s%s" % (R.choice("ADFHKNPRTVWXY"), R.randint(10, 99), R.choice("ACDEFHKNPRTVWXY"),
                                             R.randint(1, 9), R.choice("ACDEFHKNPRTVWXY"), R.randint(1, 9)))
        p.mrn = R.choice(["%07d" % R.randint(100000, 9999999), "H%06d" % R.randint(1, 999999), "%06d" % R.randint(100000, 999999)])
        p.ppsn = "%07d%s%s" % (R.randint(1000000, 9999999), R.choice("ABCDEFGHJKLMNPQRSTVWX"), R.choice(["A", "W", "B", ""]))
        p.mcard = "%d%s" % (R.randint(1000000, 9999999), R.choice("ABCDEFGHJKLMNPRSTWX"))
        p.gms = R.random() < 0.55
        p.phone = "08%d %03d %04d" % (R.choice([3, 5, 6, 7, 9]), R.randint(100, 999), R.randint(0, 9999))
        p.land = "(0%d) %d%02d %04d" % (R.randint(21, 99), R.randint(2, 9), R.randint(0, 99), R.randint(0, 9999))
        p.nok_name = R.choice(FIRST_M + FIRST_F) + " " + (p.last if R.random() < 0.7 else R.choice(SURNAMES))
        p.nok_rel = R.choice(["Husband", "Wife", "Son", "Daughter", "Partner", "Sister", "Brother", "Niece"])
        p.occupation = R.choice(["retired farmer", "retired teacher", "nurse", "postman", "shop assistant", "carpenter",
                                 "civil servant", "lorry driver", "homemaker", "retired Garda", "accountant", "student",
                                 "bus driver", "electrician", "SNA", "retired publican", "software developer", "chef"])
        self.p = p
        self.hosp, self.town, self.group = R.choice(HOSPITALS)
        self.hosp_county = R.choice(COUNTIES)
        self.hosp_phone = "(0%d) %d%02d %04d" % (R.randint(21, 99), R.randint(2, 9), R.randint(0, 99), R.randint(0, 9999))
        self.spec_key = s["spec"]
        self.spec, self.ctitle, self.surg = SPECS[s["spec"]]
        self.cons = self.clinician(self.surg, consultant=True)
        self.reg = self.clinician(False)
        self.gp = self.clinician(False, gp=True)
        self.gp_practice = R.choice(["The Surgery", "%s Medical Centre" % R.choice(TOWNS), "%s Family Practice" % R.choice(TOWNS),
                                     "Primary Care Centre", "Health Centre", "%s Clinic" % R.choice(["Riverside", "Abbey", "Fairgreen", "Millbrook"])])
        self.gp_addr = [R.choice(STREETS), R.choice(TOWNS), "Co. " + self.p.addr[-1].split()[-1] if self.p.addr[-1].startswith("Co.") else "Co. " + R.choice(COUNTIES)]
        self.gp_phone = "(0%d) %d%02d %04d" % (R.randint(21, 99), R.randint(2, 9), R.randint(0, 99), R.randint(0, 9999))
        pr = "he" if sex == "M" else "she"
        self.fmt = dict(he=pr, He=pr.capitalize(), his="his" if sex == "M" else "her", His="His" if sex == "M" else "Her",
                        him="him" if sex == "M" else "her", first=p.first, name=p.name, age=p.age,
                        man="gentleman" if sex == "M" else "lady", title=p.title, last=p.last)

    def clinician(self, surg=False, consultant=False, gp=False):
        R = self.r
        c = Person()
        c.sex = R.choice("MF")
        c.first = R.choice(FIRST_M if c.sex == "M" else FIRST_F)
        c.last = R.choice(SURNAMES)
        if R.random() < 0.15:
            c.first, c.last = R.choice([("Ahmed", "Khalid"), ("Priya", "Raman"), ("Tomasz", "Wiśniewski"), ("Chidi", "Eze"),
                                        ("Mohammed", "Al-Rashid"), ("Anjali", "Menon"), ("Kwame", "Boateng"), ("Elena", "Petrova")])
        if surg and consultant:
            c.hon = "Mr" if c.sex == "M" else R.choice(["Ms", "Miss"])
        elif consultant and R.random() < 0.12:
            c.hon = "Prof."
        else:
            c.hon = "Dr"
        c.name = "%s %s %s" % (c.hon, c.first, c.last)
        c.short = "%s %s" % (c.hon, c.last)
        c.init = (c.first[0] + c.last.replace("'", "").replace(" ", "")[0]).upper()
        c.mcrn = str(R.randint(10000, 499999))
        c.quals = R.choice(["MB BCh BAO", "MB BCh BAO MRCPI", "MB BCh BAO FRCSI", "MB MRCPI", "MD FRCPI", "MICGP",
                            "MB BCh BAO MICGP", "FRCS (Ed)", "MCh FRCSI"]) if not gp else R.choice(["MICGP", "MB BCh BAO MICGP DCH", "MRCGP", "MB MICGP"])
        return c

    def f(self, s):
        return s.format(**self.fmt)

    def ch(self, seq):
        return self.r.choice(seq)

    def d(self, style=None, delta=0):
        return fd(self.date + datetime.timedelta(days=delta), style, self.r)

    def dob(self, style=None):
        return fd(self.p.dob, style, self.r)

    def hosp_header(self, dept=None):
        R = self.r
        dept = dept or self.spec
        lay = R.randrange(5)
        if lay == 0:
            return "%s\n%s, Co. %s\nTel: %s" % (self.hosp.upper(), self.town, self.hosp_county, self.hosp_phone)
        if lay == 1:
            return "Feidhmeannacht na Seirbhíse Sláinte\nHealth Service Executive\n%s\nDepartment of %s" % (self.hosp, dept)
        if lay == 2:
            return "%s | %s\n%s\n%s, Co. %s   Ph %s" % (self.group, "HSE", self.hosp, self.town, self.hosp_county, self.hosp_phone)
        if lay == 3:
            return "DEPARTMENT OF %s\n%s" % (dept.upper(), self.hosp)
        return "%s\n%s\n%s   Fax: %s" % (self.hosp, dept, self.hosp_phone, self.hosp_phone[:-4] + "%04d" % R.randint(0, 9999))

    def pt_block(self, style=None):
        p, R = self.p, self.r
        style = R.randrange(5) if style is None else style
        if style == 0:
            return "Patient: %s\nDOB: %s\nMRN: %s" % (p.name, self.dob(), p.mrn)
        if style == 1:
            return "Re: %s %s, D.O.B. %s\n%s" % (p.title, p.name, self.dob(), ", ".join(p.addr))
        if style == 2:
            return "NAME: %s, %s    HOSP NO: %s\nDOB: %s   SEX: %s" % (p.last.upper(), p.first, p.mrn, self.dob("dmy"), p.sex)
        if style == 3:
            return "%s (%s)  MRN %s\n%s" % (p.name, self.dob("dmy"), p.mrn, "\n".join(p.addr))
        return "Name: %s %s\nAddress: %s\nDate of Birth: %s    Chart No.: %s" % (p.title, p.name, ", ".join(p.addr), self.dob(), p.mrn)

    def gp_block(self):
        return "%s\n%s\n%s" % (self.gp.name, self.gp_practice, "\n".join(self.gp_addr))

    def med_line(self, m, style=0):
        d, s, f, r = m
        if style == 0:
            return "%s %s %s" % (d, s, f)
        if style == 1:
            return "%-34s %-14s %-6s %s" % (d, s, r, f)
        return "%s %s %s %s" % (d, s, r if r != "PO" else "po", f.lower())

    def all_meds(self):
        seen, out = set(), []
        for m in self.scen["meds"] + self.scen["chronic"]:
            if m[0] not in seen:
                seen.add(m[0])
                out.append(m)
        return out

    def lab_val(self, key):
        R = self.r
        ov = self.scen["labs"]
        if key in ov:
            return ov[key]
        for k, lab, u, lo, hi, dp in LAB_DEF:
            if k == key:
                v = R.uniform(lo + (hi - lo) * 0.15, hi - (hi - lo) * 0.15) if key != "CRP" else R.uniform(0.5, 4.5)
                if key == "eGFR":
                    return ">90" if self.p.age < 60 else R.randint(60, 89)
                return round(v, dp) if dp else int(round(v))
        k = EXTRA_LABS[key]
        v = R.uniform(k[2] + (k[3] - k[2]) * 0.2, k[3] * 0.85)
        return round(v, k[4]) if k[4] else int(round(v))

    def sig(self, who=None, letter=True):
        c = who or self.cons
        R = self.r
        lines = []
        if letter:
            lines.append(R.choice(["Yours sincerely,", "Yours sincerely", "Kind regards,", "Yours faithfully,", "With best wishes,",
                                   "Many thanks,", "Le dea-mhéin,"]))
            lines.append(R.choice(["", "", "____________________", "[signature]", "(signed)"]))
        lines.append(c.name + ("" if R.random() < 0.5 else ", " + c.quals))
        lines.append(self.ctitle if c is self.cons else R.choice(["Specialist Registrar", "SpR in " + self.spec, "Registrar to " + self.cons.short,
                                                                   "SHO", "NCHD", "Senior House Officer"]))
        if R.random() < 0.4:
            lines.append("MCRN: %s" % c.mcrn)
        return "\n".join(l for l in lines if l is not None)


def pick_scen(rng, keys):
    return rng.choice([s for s in SCENARIOS if s["key"] in keys])


# ---------------------------------------------------------------- OCR / page furniture
OCR_SUBS = [("l", "1"), ("I", "l"), ("O", "0"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("cl", "d"), ("h", "b"), (".", ","),
            ("S", "5"), ("o", "0"), ("i", "í"), (",", "."), ("t", "f"), ("fi", "ﬁ")]


def ocr_noise(text, rng, rate):
    out = []
    i = 0
    n = len(text)
    while i < n:
        if rng.random() < rate and text[i] != "\n":
            a, b = rng.choice(OCR_SUBS)
            if text.startswith(a, i):
                out.append(b)
                i += len(a)
                continue
            k = rng.random()
            if k < 0.25:
                i += 1
                continue
            if k < 0.4:
                out.append(text[i] + " ")
                i += 1
                continue
        out.append(text[i])
        i += 1
    return "".join(out)


def finalize(text, c, label):
    R = c.r
    p = c.p
    lines = text.split("\n")
    # page breaks for long documents
    if len(lines) > 45 and R.random() < 0.7:
        npages = len(lines) // 40 + 1
        chunk = len(lines) // npages + 1
        pages = [lines[i:i + chunk] for i in range(0, len(lines), chunk)]
        out = []
        for pi, pg in enumerate(pages):
            if pi > 0:
                out.append(R.choice(["", "\f"]) + R.choice([
                    "%s  %s  MRN %s   (cont.)" % (c.hosp, p.name, p.mrn), "Re: %s  DOB %s" % (p.name, c.dob("dmy")),
                    "- %d -" % (pi + 1), "%s / %s" % (p.last.upper(), p.mrn), ""]))
            out.extend(pg)
            out.append(R.choice(["Page %d of %d" % (pi + 1, len(pages)), "%d/%d" % (pi + 1, len(pages)), "Page %d" % (pi + 1), ""]))
        lines = out
    elif R.random() < 0.3:
        lines.append(R.choice(["Page 1 of 1", "1", "Page 1", "-- end of report --"]))
    if R.random() < 0.12:
        lines.insert(0, "%s %02d:%02d  FROM: %s  TO: %s   P.%03d/%03d" % (
            c.d("dmy"), R.randint(8, 18), R.randint(0, 59), c.hosp_phone, c.gp_phone, 1, R.randint(1, 4)))
    if R.random() < 0.15:
        lines.append(R.choice(["CONFIDENTIAL - This document contains patient identifiable information.",
                               "Printed %s by %s%s" % (c.d("dmy", R.randint(0, 400)), c.r.choice("abcdefghjkmnprstw"), c.r.randint(100, 999)),
                               "HSE %s - %s" % (c.group, c.hosp), "Scanned %s" % c.d("dmy", R.randint(1, 30))]))
    text = "\n".join(lines)
    roll = R.random()
    if roll < 0.45:
        text = ocr_noise(text, R, R.choice([0.002, 0.004, 0.008, 0.015]))
    if R.random() < 0.1:
        text = text.upper() if R.random() < 0.2 else text
    return text


# ---------------------------------------------------------------- shared letter pieces
def dict_footer(c, who=None):
    R = c.r
    who = who or c.cons
    typist = R.choice("abcdefghjklmnoprst") + R.choice("abcdefghjklmnoprst")
    opts = [
        "%s/%s" % (who.init, typist),
        "Dictated but not read by %s.  Typed: %s" % (who.short, c.d("dmy", R.randint(1, 14))),
        "Dict: %s   Typed: %s   %s/%s" % (c.d("dmy"), c.d("dmy", R.randint(2, 21)), who.init, typist.upper()),
        "Dictated %s, transcribed %s. Electronically signed in absence." % (c.d("dot"), c.d("dot", R.randint(1, 10))),
        "Dictated by %s, not signed to avoid delay" % who.name,
        "",
    ]
    return R.choice(opts)


def cc_line(c, extra=None):
    R = c.r
    p = c.p
    opts = ["cc: %s, %s" % (c.gp.name, c.gp_practice), "c.c. Patient", "cc: %s %s, %s" % (p.title, p.name, ", ".join(p.addr[:2])),
            "CC: GP\n    Patient", "Copy to: %s" % c.gp.name, "c.c. Chart", ""]
    if extra:
        opts.append("cc: " + extra)
    return R.choice(opts)


def salutation_gp(c):
    R = c.r
    return R.choice(["Dear %s," % c.gp.short, "Dear Dr %s," % c.gp.last, "Dear %s," % c.gp.first, "Dear Doctor,",
                     "Dear Colleague,", "Dear Dr. %s" % c.gp.last])


def re_line(c):
    R = c.r
    p = c.p
    opts = ["Re: %s, DOB %s, %s" % (p.name, c.dob(), ", ".join(p.addr[:2])),
            "RE: %s %s  (D.O.B. %s)  MRN: %s" % (p.title, p.name.upper(), c.dob("dmy"), p.mrn),
            "Re:  %s\n      %s\n      DOB: %s" % (p.name, "\n      ".join(p.addr), c.dob()),
            "Patient: %s   Hosp. No. %s   DOB %s" % (p.name, p.mrn, c.dob("dot")),
            "RE: %s - %s" % (p.name, c.dob("dmy"))]
    return R.choice(opts)


def dx_block(c, head=None):
    R = c.r
    s = c.scen
    head = head or R.choice(["Diagnosis:", "DIAGNOSES:", "Problem list:", "Diagnosis", "Impression:", "Dx:"])
    items = [s["dx"]] + [x for x in s["pmh"] if R.random() < 0.8]
    if R.random() < 0.5:
        return head + "\n" + "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))
    return head + " " + "; ".join(items)


def meds_block(c, head=None, style=None):
    R = c.r
    head = head or R.choice(["Medications:", "Current medications:", "MEDICATIONS", "Meds:", "Medication:", "Rx:"])
    style = R.randrange(3) if style is None else style
    ms = c.all_meds()
    if style == 0:
        return head + "\n" + "\n".join("- " + c.med_line(m, 0) for m in ms)
    if style == 1:
        return head + "\n" + "\n".join("%d. %s" % (i + 1, c.med_line(m, 2)) for i, m in enumerate(ms))
    return head + " " + ", ".join(c.med_line(m, 0) for m in ms) + "."


def social(c):
    R = c.r
    p = c.p
    f = c.fmt
    bits = [R.choice(["Lives with %s %s." % (f["his"], R.choice(["husband", "wife", "partner", "daughter", "son"])), "Lives alone.",
                      "Lives with family in %s." % p.addr[1], "Lives in a bungalow, independent with ADLs."]),
            R.choice(["Non-smoker.", "Ex-smoker, %d pack years." % R.randint(5, 50), "Smokes %d cigarettes/day." % R.randint(5, 25),
                      "Never smoked."]),
            R.choice(["Alcohol: %d units/week." % R.randint(0, 30), "Drinks socially.", "Teetotal.", "Occasional alcohol."])]
    if R.random() < 0.5:
        bits.append("Works as a %s." % p.occupation if "retired" not in p.occupation else "%s." % p.occupation.capitalize())
    return " ".join(bits)


def allergies(c):
    return c.ch(["NKDA", "No known drug allergies", "Penicillin - rash", "NKDA.", "Allergies: nil known", "ALLERGY: Codeine (vomiting)",
                 "Nil known allergies", "Sulfa drugs - hives", "NKDA"])


def vitals(c):
    R = c.r
    return "BP %d/%d  HR %d  RR %d  Temp %.1f  SpO2 %d%% %s" % (R.randint(105, 165), R.randint(58, 95), R.randint(58, 110), R.randint(12, 24),
                                                             R.uniform(36.1, 37.8), R.randint(92, 99), R.choice(["RA", "on room air", "on 2L NP"]))


# ---------------------------------------------------------------- discharge summary
def gen_discharge_summary(c):
    R = c.r
    s = c.scen
    p = c.p
    los = R.randint(2, 14)
    adm = c.d("dmy", -los)
    dis = c.d("dmy")
    lay = R.randrange(7)
    course = " ".join(c.f(x) for x in s["course"]) or "Symptoms improved with treatment."
    if lay == 0:
        t = [c.hosp_header(), "", R.choice(["DISCHARGE SUMMARY", "Discharge Summary", "INPATIENT DISCHARGE LETTER", "Discharge Communication"]),
             "", c.pt_block(), "GP: %s, %s" % (c.gp.name, c.gp_practice), "Consultant: %s (%s)" % (c.cons.name, c.spec),
             "Ward: %s" % R.choice(s["ward"]), "Date of Admission: %s      Date of Discharge: %s" % (adm, dis), "",
             "Principal Diagnosis: %s" % s["dx"], "Secondary Diagnoses: %s" % ", ".join(s["pmh"]), "",
             "Presenting Complaint:", c.f("%s presented with %s." % ("{He}", s["pc"])), "",
             "Clinical Course:", course, "", "Investigations:", "\n".join("- " + x for x in s["inv"]), "",
             meds_block(c, "Medications on Discharge:", 1), "", "Changes to medication:", "\n".join("* NEW: " + x for x in s["new"]), "",
             "Allergies: " + allergies(c), "", "Follow-up / Plan:", "\n".join("- " + x for x in s["plan"]),
             "Follow-up appointment: " + s["fu"], "", "Completed by: %s (%s)  Bleep %d" % (c.reg.name, R.choice(["SHO", "Intern", "Registrar"]), R.randint(100, 899)),
             "For %s" % c.cons.name]
    elif lay == 1:  # letter-style discharge
        t = [c.hosp_header(), "", c.d("long"), "", c.gp_block(), "", re_line(c), "", salutation_gp(c), "",
             c.f("I am writing to let you know that {first} was discharged from %s under the care of %s on %s, having been admitted on %s with %s." % (
                 c.hosp, c.cons.short, dis, adm, s["pc"])), "",
             "Diagnosis: " + s["dx2"], "", c.f(" ".join(s["hpi"][:2])), "", course, "",
             "Relevant results: " + "; ".join(s["inv"]) + ".", "",
             "Discharge medications: " + ", ".join(c.med_line(m) for m in c.all_meds()) + ".", "",
             "I would be grateful if you could " + R.choice(["arrange", "kindly organise", "follow up on"]) + " the following: " + "; ".join(s["plan"]).lower() + ".",
             "We will see {0} again in {1}.".format(c.fmt["him"], s["fu"].lower().replace("opd", "clinic")), "", c.sig(c.reg), "", dict_footer(c, c.reg)]
    elif lay == 2:  # terse EPR-generated
        t = ["*** ELECTRONIC DISCHARGE SUMMARY ***" if R.random() < 0.5 else "iPMS Discharge Summary",
             "%s | %s | %s | %s" % (p.last.upper() + ", " + p.first, p.mrn, c.dob("dmy"), p.sex),
             "Adm: %s  Disch: %s  LOS: %d days  Spec: %s  Cons: %s" % (adm, dis, los, c.spec, c.cons.short),
             "Discharge destination: %s" % R.choice(["Home", "Home with PHN", "Nursing home", "Community hospital", "Home with family"]),
             "-" * 60, "DX: " + s["dx"], "COMORBIDITIES: " + ", ".join(s["pmh"]), "PROCEDURES: " + R.choice(["None", s["inv"][-1].split(":")[0]]),
             "-" * 60, "SUMMARY:", course, "", "MEDS ON DISCHARGE:", "\n".join(c.med_line(m, 1) for m in c.all_meds()),
             "MEDS STOPPED: " + R.choice(["Nil", "Ibuprofen", "Amoxicillin (GP)", "None"]), "", "GP ACTIONS:", "\n".join("[ ] " + x for x in s["plan"]),
             "", "Signed: %s  %s" % (c.reg.name, dis)]
    elif lay == 3:  # nurse-led / short form
        t = [c.hosp, R.choice(["Patient Discharge Summary", "Discharge Notification to GP", "DISCHARGE NOTE"]), "",
             "Name: %s   DOB: %s   MRN: %s" % (p.name, c.dob(), p.mrn), "Admitted: %s  Discharged: %s" % (adm, dis),
             "Admitting consultant: %s" % c.cons.name, "", "Reason for admission: " + s["pc"], "Diagnosis: " + s["dx"], "",
             "Treatment: " + "; ".join(s["new"]), "", "Follow-up: " + s["fu"], "PHN referral: " + R.choice(["Yes", "No", "N/A"]),
             "Prescription given: Yes", "Discharge letter given to patient: " + R.choice(["Yes", "Yes - copy posted to GP"]), "",
             "Signed ____________  (%s)" % c.reg.name]
    elif lay == 4:  # headings abbreviated
        t = [c.hosp_header(), "", c.pt_block(3), "", "Dear %s," % c.gp.short, "", "DOA: %s   DOD: %s" % (adm, dis), "",
             "Dx:", "1. " + s["dx2"], "", "PC: " + s["pc"], "HPC: " + c.f(" ".join(s["hpi"])), "PMH: " + ", ".join(s["pmh"]),
             "O/E: " + "; ".join(s["exam"]), "Ix: " + "; ".join(s["inv"]), "Mx / course: " + course, "",
             "D/C meds:", "\n".join(c.med_line(m, 2) for m in c.all_meds()), "", "Plan:", "\n".join("- " + x for x in s["plan"]),
             "", "Regards,", c.reg.name, "%s to %s" % (R.choice(["Reg", "SHO", "SpR"]), c.cons.short), dict_footer(c, c.reg)]
    elif lay == 5:  # tabular sections with colons and caps
        t = ["%s - %s" % (c.hosp.upper(), c.spec.upper()), "", "SUMMARY OF INPATIENT EPISODE", "",
             "Surname: %s    Forename: %s" % (p.last, p.first), "Address: %s" % ", ".join(p.addr), "D.O.B.: %s   Hospital No.: %s" % (c.dob(), p.mrn),
             "Medical Card: %s" % ("Yes - " + p.mcard if p.gms else "No"), "", "ADMISSION DATE: %s" % adm, "DISCHARGE DATE: %s" % dis, "",
             "FINAL DIAGNOSIS", s["dx"], "", "HISTORY", c.f(" ".join(s["hpi"])), "", "EXAMINATION", "\n".join(s["exam"]), "",
             "INVESTIGATIONS", "\n".join(s["inv"]), "", "PROGRESS", course, "", meds_block(c, "DISCHARGE MEDICATIONS", 0), "",
             "FOLLOW UP", s["fu"], "", c.sig(letter=False)]
    else:  # day case summary
        t = [c.hosp, "Day Case Discharge Record" if R.random() < 0.5 else "Day Ward - Summary", "", c.pt_block(0),
             "Date: %s" % dis, "Procedure / Treatment: " + s["inv"][-1], "Indication: " + s["dx2"], "",
             "Outcome: " + R.choice(["Uneventful.", "No complications.", "Tolerated well, discharged same day."]), "",
             "Advice: " + R.choice(["Nil by mouth restrictions lifted.", "Driving not permitted for 24 hours after sedation.", "Resume normal diet."]),
             "Medications: unchanged, plus " + s["new"][0], "Follow-up: " + s["fu"], "", "Nurse: %s   Doctor: %s" % (R.choice(FIRST_F), c.reg.name)]
    return "\n".join(t)


# ---------------------------------------------------------------- history & physical
def gen_history_physical(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(6)
    hpi = c.f(" ".join(s["hpi"]))
    ros = R.choice(["No weight loss, no night sweats.", "Systems review otherwise unremarkable.", "ROS: nil else of note.",
                    "No chest pain, no palpitations, no urinary symptoms, bowels regular."])
    fh = R.choice(["FHx: father IHD.", "Family history: nil of note.", "Mother - T2DM. Father deceased (CVA).", "FH: NC"])
    if lay == 0:
        t = [c.hosp, R.choice(["ADMISSION NOTE", "Medical Admission", "Admission Clerking", "ACUTE MEDICAL ADMISSION"]), "",
             c.pt_block(), "Date/Time: %s %02d:%02d" % (c.d("dmy"), R.randint(0, 23), R.randint(0, 59)),
             "Admitting team: %s (%s)" % (c.cons.short, c.spec), "Source: " + R.choice(["ED", "GP referral", "AMAU", "OPD"]), "",
             "PC: " + s["pc"], "", "HPC: " + hpi, "", ros, "", "PMH:", "\n".join("- " + x for x in s["pmh"]), "",
             meds_block(c, "DHx:"), "Allergies: " + allergies(c), "", "SHx: " + social(c), fh, "", "O/E:", "\n".join(s["exam"]), "",
             "Ix:", "\n".join(s["inv"][:3]), "", "Imp: " + s["dx2"], "", "Plan:", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(
                 s["new"] + [R.choice(["Bloods mane", "Obs 4 hourly", "VTE prophylaxis as per chart", "Fluid balance chart"]), "Review with consultant on PTWR"])),
             "", "%s, %s  bleep %d" % (c.reg.name, R.choice(["SHO", "Reg", "Intern"]), R.randint(100, 899))]
    elif lay == 1:  # SOAP-ish typed
        t = ["History and Physical Examination", "%s - %s" % (c.hosp, c.spec), "", "%s, %d year old %s, %s" % (p.name, p.age, "male" if p.sex == "M" else "female", p.occupation),
             "", "Chief complaint: " + s["pc"], "", "History of present illness:", hpi, "", "Past medical history: " + ", ".join(s["pmh"]) + ".",
             "Medications: " + ", ".join(c.med_line(m) for m in c.scen["chronic"]) if s["chronic"] else "Medications: nil regular.",
             "Allergies: " + allergies(c), "Social: " + social(c), "Family: " + fh, "", "Physical examination:", "General: " + R.choice(
                 ["alert, comfortable at rest", "unwell looking", "pale, clammy", "well, orientated x3"]),
             "Vitals: " + vitals(c), "\n".join(s["exam"]), "", "Assessment: " + s["dx"], "Plan: " + "; ".join(s["plan"][:2] + s["new"][:1]), "",
             "Signed %s  %s" % (c.reg.name, c.d("dmy"))]
    elif lay == 2:  # surgical clerking
        t = [c.hosp_header("Surgery"), "", "Surgical Admission - %s" % R.choice(["On Call", "Elective", "Emergency"]), c.pt_block(2), "",
             "Presenting complaint", "  " + s["pc"], "History", "  " + hpi, "Previous surgical history", "  " + R.choice(["Nil", "Appendicectomy as child", "Tonsillectomy", "C-section x2"]),
             "PMH", "  " + ", ".join(s["pmh"]), "Drugs", "  " + ", ".join(m[0] for m in c.all_meds()), "Allergies", "  " + allergies(c),
             "Social", "  " + social(c), "", "Examination", "  " + vitals(c), "\n".join("  " + x for x in s["exam"]), "",
             "Impression", "  " + s["dx2"], "Management", "\n".join("  - " + x for x in ["NBM", "IV fluids", "Analgesia", "Bloods incl G&H"] + s["new"][:1]),
             "", "Discussed with %s" % c.cons.short, c.reg.name]
    elif lay == 3:  # handwritten-transcribed style, brief
        t = ["%s   %s" % (c.d("short"), R.choice(["ED", "AMAU", "MAU", "Ward"])), "Med reg admission", "", "%d%s %s" % (p.age, p.sex, s["pc"]),
             "", c.f(s["hpi"][0]), "", "PMHx: " + " / ".join(s["pmh"]), "Rx: " + " / ".join(m[0].split()[0] for m in c.all_meds()), allergies(c),
             "", "OE  " + vitals(c), " ".join(s["exam"]), "", "Ix  " + "  ".join(s["inv"][:2]), "", "Imp  ?" + s["dx2"], "",
             "P  " + "\n   ".join(s["new"] + ["Rv mane"]), "", c.reg.short + " " + c.reg.mcrn]
    elif lay == 4:  # elective pre-admission H&P
        t = [c.hosp, R.choice(["Pre-Admission Assessment", "Elective Admission - History & Examination", "PRE-OPERATIVE ASSESSMENT CLINIC"]), "",
             c.pt_block(4), "", "Planned procedure: %s" % R.choice(["as per waiting list", s["inv"][-1].split(":")[0]]), "Consultant: %s" % c.cons.name, "",
             "Indication: " + s["dx"], "Symptom history: " + hpi, "", "Cardiovascular: " + R.choice(["nil", "HTN controlled", "no angina, ET > 2 flights"]),
             "Respiratory: " + R.choice(["nil", "mild asthma", "no OSA symptoms, STOP-BANG 2"]), "Previous anaesthetics: " + R.choice(["GA 2005 - no problems", "nil", "PONV"]),
             "", "Medications:", "\n".join(c.med_line(m, 1) for m in c.all_meds()), "Allergies: " + allergies(c), "",
             "Examination: " + vitals(c) + ". Airway Mallampati %d. " % R.randint(1, 3) + "Heart sounds normal. Chest clear.",
             "Weight %dkg  Height %.2fm" % (R.randint(55, 115), R.uniform(1.5, 1.9)), "", "Bloods: FBC, U&E, G&H sent. ECG done.",
             "MRSA swabs: taken", "", "Fit for procedure: Yes", "%s" % c.reg.name]
    else:  # paediatric-ish / geriatric comprehensive
        t = [c.hosp_header(), "", "Patient: %s   Age: %d   Hosp No: %s" % (p.name, p.age, p.mrn), "Date of admission: " + c.d(), "",
             "Reason for admission", s["pc"], "", "History of presenting complaint", hpi, ros, "", "Background",
             "\n".join("%s" % x for x in s["pmh"]), "", "Medication prior to admission", "\n".join(c.med_line(m) for m in s["chronic"]) or "None",
             "", "Allergies", allergies(c), "", "Functional / social history", social(c), R.choice(["Mobility: independent", "Mobility: stick outdoors", "Home help 1hr daily"]),
             "", "On examination", vitals(c), "\n".join(s["exam"]), "", "Initial results", "\n".join(s["inv"]), "",
             "Working diagnosis", s["dx"], "", "Management plan", "\n".join(s["new"]), "Escalation: " + R.choice(["Full", "For ward-based care", "DNAR discussed - for full active treatment"]),
             "", c.sig(c.reg, letter=False)]
    return "\n".join(t)


# ---------------------------------------------------------------- progress note
def gen_progress_note(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(7)
    day = R.randint(1, 8)
    if lay == 0:  # ward round SOAP
        t = ["%s  %02d:%02d  %s" % (c.d("dmy"), R.randint(7, 12), R.randint(0, 59), R.choice(["WR", "Cons WR", "PTWR", "Ward round"])),
             "%s (%s)" % (c.cons.short, c.spec), "Day %d - %s" % (day, s["dx2"]), "",
             "S: " + R.choice(["Feels better today.", "Slept poorly.", "No new complaints.", "Pain improved, eating a little more."]),
             "O: " + vitals(c), "   " + R.choice(s["exam"]), "   Bloods: " + R.choice(["CRP down", "Hb stable", "U&E ok", "awaited"]),
             "A: " + s["dx2"] + " - " + R.choice(["improving", "slow progress", "clinically stable", "responding to treatment"]),
             "P: " + "\n   ".join([R.choice(s["new"]), R.choice(["Cont. current mx", "Step down to oral abx", "Repeat bloods mane", "PT/OT input", "Aim d/c 24-48h"])]),
             "", "%s  (%s)  MCRN %s" % (c.reg.name, R.choice(["SHO", "Reg", "Intern"]), c.reg.mcrn)]
    elif lay == 1:  # review clinic letter to GP
        t = [c.hosp_header(), "", "%s Review Clinic   %s" % (c.spec, c.d("long")), "", c.gp_block(), "", re_line(c), "", salutation_gp(c), "",
             "Diagnosis: " + s["dx2"], "", c.f(R.choice(["I reviewed {first} in the clinic today.", "{first} attended for review today.",
                                                         "I had the pleasure of seeing {first} again at the review clinic."])) + " " +
             c.f(R.choice(["{He} is doing well since last seen.", "{He} reports some improvement.", "Things have been stable since {his} last visit.",
                           "Unfortunately {he} continues to have symptoms."])), "",
             c.f(R.choice(s["hpi"])), "", "On examination " + "; ".join(s["exam"][:2]).lower() + ".", "",
             "Recent results: " + "; ".join(s["inv"][:2]) + ".", "", "Plan: " + " ".join(s["plan"][:3]), "",
             R.choice(["I will see {0} again in {1}.", "Review in {1}.", "We will arrange follow up in {1}."]).format(c.fmt["him"], R.choice(["3 months", "6 months", "12 months", "6 weeks"])),
             "", c.sig(), "", dict_footer(c), cc_line(c)]
    elif lay == 2:  # GP consultation entry (Socrates/Healthone style)
        t = ["Consultation   %s   %s" % (c.d("dmy"), c.gp.short), "Type: " + R.choice(["Surgery", "Phone", "Video", "Home visit"]), "",
             "%s (%d), %s" % (p.name, p.age, "GMS " + p.mcard if p.gms else "Private"), "",
             "Hx: " + R.choice(["f/u", "review", "post d/c review", "bloods result"]) + " " + s["dx2"] + ". " + c.f(R.choice(s["hpi"])),
             "Ex: " + vitals(c).split("  ")[0] + ". " + R.choice(s["exam"]),
             "Dx: " + s["dx2"], "Rx: " + "; ".join(c.med_line(m) for m in c.all_meds()[:2]),
             "Plan: " + R.choice(["rv 2/52", "rv prn", "bloods 1/52", "await OPD", "repeat script x3/12"]), "",
             R.choice(["Fee: GMS", "Fee: €60", "Fee: €65 paid", "CDM review", ""])]
    elif lay == 3:  # nursing-free narrative ward note handwritten style
        t = [c.d("dot") + " " + "%02d%02d" % (R.randint(12, 23), R.randint(0, 59)), R.choice(["Med SHO on call", "Surg reg", "Called to see pt"]),
             "Asked to review re: " + R.choice(["temp spike 38.4", "low BP", "new confusion", "poor urine output", "chest pain"]),
             "", "Pt " + R.choice(["comfortable", "alert", "drowsy but rousable"]) + ". " + vitals(c), R.choice(s["exam"]), "",
             "Imp: ?" + R.choice(["sepsis", "dehydration", "related to " + s["dx2"], "hospital-acquired infection"]),
             "Plan:", "- " + R.choice(["Blood cultures x2", "ECG", "Fluid bolus 500ml NaCl", "Urinalysis + MSU"]), "- " + R.choice(["Bloods incl lactate", "Increase obs to hourly", "Escalate if NEWS >=7"]),
             "- Handover to day team", "", c.reg.short + " #" + str(R.randint(100, 899))]
    elif lay == 4:  # outpatient follow-up letter to patient (later years)
        t = [c.hosp, "%s Outpatients" % c.spec, "", c.d("long"), "", "%s %s" % (p.title, p.name), "\n".join(p.addr), "",
             "Dear %s %s," % (p.title, p.last), "", "I am writing to you following your review at the %s clinic on %s." % (c.spec.lower(), c.d()),
             c.f("As we discussed, your {0} is {1}.".format(s["dx2"], R.choice(["under good control", "improving", "stable", "still causing some symptoms"]))),
             "", "Your results: " + "; ".join(s["inv"][:2]) + ".", "", "We agreed the following:", "\n".join("- " + x for x in s["plan"]), "",
             "Your medications are: " + ", ".join(c.med_line(m) for m in c.all_meds()) + ".", "",
             "We will see you again in %s. If you have any concerns before then please contact the clinic on %s." % (R.choice(["3 months", "6 months", "a year"]), c.hosp_phone),
             "", c.sig(), "", "cc: %s, %s" % (c.gp.name, c.gp_practice)]
    elif lay == 5:  # problem-based outpatient note
        t = ["OPD NOTE  %s" % c.d("dmy"), "Clinic: %s (%s)" % (c.spec, R.choice(["Mon AM", "Tue PM", "Thurs", "Fri AM review"])),
             "Seen by: %s" % c.reg.name, "", "%s  %s  %s" % (p.name, p.mrn, c.dob("dmy")), "", "#1 " + s["dx2"],
             "   " + c.f(R.choice(s["hpi"])), "   " + R.choice(s["exam"]), "   Plan: " + R.choice(s["plan"]),
             "#2 " + (s["pmh"][0] if s["pmh"] else "Nil"), "   stable", "", "Meds reviewed: " + R.choice(["no changes", "as per list", "see letter"]),
             "RTC " + R.choice(["3/12", "6/12", "12/12", "6/52", "PRN"])]
    else:  # registrar dictated review, minimal headings
        t = [c.hosp_header(), "", "Date of clinic: %s" % c.d(), "Seen by: %s, %s" % (c.reg.name, R.choice(["SpR", "Registrar", "Clinical Fellow"])), "",
             c.pt_block(1), "", salutation_gp(c), "",
             c.f("{first} is a {age} year old %s with %s who returns for follow-up." % (c.fmt["man"], s["dx"].lower())),
             c.f("Since {his} last visit {he} %s." % R.choice(["has had no further admissions", "has been well", "had one further episode",
                                                             "has noticed some improvement"])), "",
             "Current treatment: " + ", ".join(c.med_line(m) for m in c.all_meds()) + ".", "",
             "Today " + vitals(c) + ". " + R.choice(s["exam"]) + ".", "",
             R.choice(["I have made no changes to treatment.", "I have increased the dose as above.", "Plan as below."]) + " " + " ".join(s["plan"][:2]), "",
             "Review: %s." % s["fu"], "", c.sig(c.reg), dict_footer(c, c.reg)]
    return "\n".join(t)


# ---------------------------------------------------------------- consult note
def gen_consult_note(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(7)
    hpi = c.f(" ".join(s["hpi"]))
    if lay == 0:  # new patient clinic letter to GP
        t = [c.hosp_header(), "", c.d("long"), "", c.gp_block(), "", re_line(c), "", salutation_gp(c), "",
             R.choice(["Many thanks for referring", "Thank you for referring", "Thank you for asking me to see", "I saw"]) +
             c.f(" this pleasant {age} year old %s %s at the %s clinic today with %s." % (
                 c.fmt["man"], R.choice(["", "", "(" + p.occupation + ")"]), c.spec.lower(), s["pc"])).replace("  ", " "), "",
             R.choice(["Diagnosis:", "Impression:", "Problems:"]), "1. " + s["dx2"], "", hpi, "", "Past history: " + ", ".join(s["pmh"]) + ".",
             meds_block(c), "Allergies: " + allergies(c), "", social(c), "", "On examination " + "; ".join(s["exam"]).lower() + ".", "",
             "Investigations: " + "; ".join(s["inv"]) + ".", "",
             c.f(R.choice(["In summary, {first} has ", "I think {he} has ", "The picture is in keeping with "])) + s["dx"].lower() + ". " +
             R.choice(["I have explained this to {0}.", "I discussed the diagnosis with {0} at length.", "{1} understands the plan."]).format(c.fmt["him"], c.fmt["He"]),
             "", "Plan:", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(s["new"] + s["plan"])), "", c.sig(), "", dict_footer(c), cc_line(c)]
    elif lay == 1:  # inpatient consult request/response
        ref = c.clinician(False)
        t = [c.hosp, R.choice(["INPATIENT CONSULTATION", "Consult Request / Reply", "CONSULTATION RECORD"]), "",
             "Patient: %s   MRN: %s   Ward: %s   Bed %d" % (p.name, p.mrn, R.choice(["St. Joseph's", "Surgical 2", "St. Martin's", "ICU"]), R.randint(1, 30)),
             "Requesting team: %s (%s)" % (ref.short, R.choice(["Orthopaedics", "General Surgery", "General Medicine", "Geriatrics"])),
             "Consulting service: %s" % c.spec, "Question: " + R.choice(["Please advise re management", "?" + s["dx2"] + " - please review",
                                                                         "Kindly see and advise"]), "Urgency: " + R.choice(["Routine", "Urgent", "Same day"]), "",
             "REPLY  %s  %02d:%02d" % (c.d("dmy"), R.randint(9, 18), R.randint(0, 59)), "Thank you for this consult.", "", "History: " + hpi,
             "Exam: " + "; ".join(s["exam"]), "Results: " + "; ".join(s["inv"][:3]), "", "Impression: " + s["dx"], "",
             "Recommendations:", "\n".join("%d) %s" % (i + 1, x) for i, x in enumerate(s["new"] + s["plan"][:2])),
             "We will " + R.choice(["follow up", "review again tomorrow", "sign off - happy to be re-contacted", "arrange OPD follow-up"]) + ".", "",
             c.reg.name + " for " + c.cons.name + " (%s)" % c.spec]
    elif lay == 2:  # private rooms consultation letter
        ph = R.choice(PRIVATE_HOSP)
        t = [c.cons.name + ", " + c.cons.quals, c.ctitle, "Consulting Rooms, %s" % ph, "%s, Co. %s" % (R.choice(TOWNS), R.choice(COUNTIES)),
             "Tel %s   Secretary: %s" % (c.hosp_phone, R.choice(FIRST_F)), "", c.d("long2"), "", "%s\n%s" % (c.gp.name, "\n".join(c.gp_addr)), "",
             "Re: %s, %s" % (p.name, c.dob()), "", salutation_gp(c), "",
             c.f("Thank you for sending {first} to see me privately."), hpi, "", c.f("{His} background includes %s." % ", ".join(s["pmh"]).lower()),
             "Examination: " + "; ".join(s["exam"]) + ".", "", c.f("My impression is of %s." % s["dx"].lower()),
             R.choice(["I have arranged the following:", "Plan:", "I have suggested:"]), "\n".join("- " + x for x in s["plan"]), "",
             R.choice(["With kind regards.", "Best wishes,"]), "", c.cons.name, "", R.choice(["Insurance: " + R.choice(INSURERS)[0], "Self-pay", ""])]
    elif lay == 3:  # structured new patient consultation
        t = [c.hosp_header(), "", R.choice(["NEW PATIENT CONSULTATION", "Specialist Consultation", "First Attendance"]), "", c.pt_block(),
             "Referred by: %s" % c.gp.name, "Date seen: %s" % c.d(), "Seen by: %s" % c.cons.name, "",
             "REASON FOR REFERRAL", s["pc"], "", "HISTORY", hpi, "", "PAST MEDICAL HISTORY", "\n".join(s["pmh"]), "",
             "MEDICATIONS", "\n".join(c.med_line(m) for m in s["chronic"]) or "Nil", "", "ALLERGIES", allergies(c), "",
             "SOCIAL", social(c), "", "EXAMINATION", "\n".join(s["exam"]), "", "INVESTIGATIONS", "\n".join(s["inv"]), "",
             "ASSESSMENT", s["dx"], "", "RECOMMENDATIONS", "\n".join(s["new"] + s["plan"]), "", c.sig(letter=False)]
    elif lay == 4:  # letter to patient with cc GP (later years)
        t = [c.hosp, "%s Department" % c.spec, "", c.d("long2"), "", "%s %s" % (p.title, p.name), "\n".join(p.addr), "",
             "Dear %s," % (p.first if R.random() < 0.4 else p.title + " " + p.last), "",
             "It was good to meet you at the %s clinic on %s. As agreed, I am writing to you directly with a summary of our consultation, and I have sent a copy to your GP, %s." % (
                 c.spec.lower(), c.d(), c.gp.short), "", "What we discussed", "You came to see us because of " + s["pc"] + ". " + c.f(s["hpi"][0]).replace("{", ""),
             "", "What we found", "; ".join(s["exam"][:2]) + ". " + "; ".join(s["inv"][:2]) + ".", "",
             "Diagnosis", "I believe you have " + s["dx"].lower() + ".", "", "What happens next", "\n".join("- " + x for x in s["plan"]), "",
             c.sig(), "", "cc: %s" % c.gp.name]
    elif lay == 5:  # brief registrar consult, minimal headings
        t = ["%s consult  %s" % (c.spec, c.d("short")), "", "Asked to see %d%s re %s." % (p.age, p.sex, s["pc"]), "", c.f(s["hpi"][0]), c.f(s["hpi"][-1]),
             "Bg: " + ", ".join(s["pmh"]), "", "OE " + ", ".join(s["exam"][:3]), "", "Imp: " + s["dx2"], "", "Rec:", "\n".join("  - " + x for x in s["new"][:2] + s["plan"][:1]),
             "", "D/w " + c.cons.short, c.reg.name + " " + c.spec + " SpR  bleep " + str(R.randint(100, 899))]
    else:  # tertiary referral opinion letter to consultant colleague
        col = c.clinician(False, consultant=True)
        t = [c.hosp_header(), "", c.d("long"), "", col.name, "Consultant Physician", R.choice([h[0] for h in HOSPITALS]), "",
             re_line(c), "", "Dear %s," % R.choice([col.first, col.short]), "",
             c.f("Thank you for asking me to see {first} in consultation regarding %s." % s["pc"]),
             hpi, "", "Examination: " + "; ".join(s["exam"]) + ".", "Investigations: " + "; ".join(s["inv"]) + ".", "",
             "Opinion: " + s["dx"] + ". " + " ".join(s["plan"][:2]), "", "Happy to discuss. " + R.choice(["", "I will keep you informed."]),
             "", c.sig(), "", cc_line(c)]
    return "\n".join(t)


# ---------------------------------------------------------------- correspondence
def gen_correspondence(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(7)
    head = [c.hosp_header(), "", c.d("long")]
    if lay == 0:  # results letter to GP
        t = head + ["", c.gp_block(), "", re_line(c), "", salutation_gp(c), "",
                    c.f("Just a brief note to update you on {first}'s results since {he} was seen in the clinic."),
                    "", "\n".join("- " + x for x in s["inv"]), "",
                    R.choice(["These are reassuring and no further action is required at present.", "I have written to {0} to explain.".format(c.fmt["him"]),
                              "In light of these I have brought forward {0} appointment.".format(c.fmt["his"]), "I would be grateful if you could repeat bloods in 4 weeks."]),
                    "", c.sig(), dict_footer(c)]
    elif lay == 1:  # DNA letter
        t = head + ["", c.gp_block(), "", re_line(c), "", salutation_gp(c), "",
                    c.f("{first} did not attend {his} %s appointment on %s. This is the %s missed appointment." % (
                        c.spec.lower(), c.d(), R.choice(["first", "second", "third"]))),
                    R.choice(["In line with hospital policy, I have discharged {0} back to your care. Please re-refer if needed.".format(c.fmt["him"]),
                              "We will send one further appointment.", "We have tried to contact {0} by phone without success.".format(c.fmt["him"])]),
                    "", R.choice(["Yours sincerely,", "Regards,"]), "", "Outpatient Services Department", "pp " + c.cons.short]
    elif lay == 2:  # appointment / waiting list letter to patient
        t = [c.hosp, "Outpatient Appointments Office", "Tel: " + c.hosp_phone, "", c.d("long2"), "", "%s %s" % (p.title, p.name), "\n".join(p.addr), "",
             "Our Ref: %s/%s" % (p.mrn, R.randint(100, 999)), "", "Dear %s %s," % (p.title, p.last), "",
             R.choice(["An appointment has been made for you to attend the %s Clinic as follows:" % c.spec,
                       "We are writing to confirm that you remain on the waiting list for %s outpatients." % c.spec]),
             "", "Date: %s   Time: %02d:%s" % (c.d("long2", R.randint(14, 120)), R.randint(8, 15), R.choice(["00", "15", "30", "45"])),
             "Consultant: %s" % c.cons.name, "Location: %s, %s" % (R.choice(["OPD 2", "Outpatients Dept, Ground Floor", "Clinic B", "Block 4"]), c.hosp), "",
             "Please bring a list of your current medications and your Medical Card (if applicable).",
             "If you are unable to attend, please let us know at least 48 hours in advance so the appointment can be offered to another patient.",
             "", "Yours sincerely,", "", "Appointments Office"]
    elif lay == 3:  # letter between consultants (onward referral handled as correspondence / update)
        col = c.clinician(True, consultant=True)
        t = head + ["", col.name, R.choice(["Consultant Surgeon", "Consultant Physician", "Consultant Radiologist"]), c.hosp, "",
                    re_line(c), "", "Dear %s," % col.first, "",
                    c.f("Thank you for your letter regarding {first}. I was interested to read of %s." % s["inv"][-1].lower()),
                    c.f("As you know {he} remains under our follow-up for %s. %s" % (s["dx2"], R.choice(s["course"] or s["hpi"]))),
                    "", R.choice(["I agree with your plan.", "I have no objection to proceeding.", "We can discuss at the MDM on Thursday."]),
                    "", "With best wishes,", "", c.cons.name, c.ctitle, "", cc_line(c)]
    elif lay == 4:  # letter to patient with results (copy GP)
        t = head + ["", "%s %s" % (p.title, p.name), "\n".join(p.addr), "", "Dear %s %s," % (p.title, p.last), "",
                    "I am writing to let you know the results of the tests we arranged.", "",
                    "\n".join("- " + x for x in s["inv"][:2]), "",
                    R.choice(["These results are as we expected and do not change our plan.", "I would like to see you sooner to discuss these results; my secretary will contact you.",
                              "These are normal and there is nothing to worry about."]), "",
                    "If you have any questions please contact my secretary on %s." % c.hosp_phone, "", c.sig(), "", "cc: " + c.gp.name]
    elif lay == 5:  # GP letter to hospital chasing appointment / info
        t = [c.gp_practice, "\n".join(c.gp_addr), "Tel: " + c.gp_phone, "", c.d(), "", "Medical Records / %s" % c.cons.short, c.hosp, "",
             "Re: %s  DOB %s" % (p.name, c.dob()), "", "Dear %s," % R.choice([c.cons.short, "Sir/Madam", "Colleague"]), "",
             R.choice(["I would be grateful for an update on this patient's appointment. ",
                       "Could you please forward a copy of the discharge summary for the above patient? ",
                       "I am writing to expedite this patient's appointment. "]) +
             c.f("{He} was referred on %s with %s and {his} symptoms have worsened." % (c.d("dmy", -R.randint(60, 300)), s["pc"])),
             "", "Many thanks,", "", c.gp.name, c.gp.quals]
    else:  # email-style / fax internal memo
        t = ["From: %s <%s.%s@%s.ie>" % (c.cons.name, c.cons.first.lower()[:1], c.cons.last.lower().replace("'", "").replace(" ", ""), R.choice(["hse-example", "hospital-mail", "hsemail"])),
             "To: %s" % c.gp.name, "Sent: %s %02d:%02d" % (c.d("long2"), R.randint(8, 19), R.randint(0, 59)),
             "Subject: %s - %s" % (p.name, R.choice(["update", "results", "plan", "query re medication"])), "",
             "Hi %s," % c.gp.first, "", c.f("Quick update on {first} (DOB %s). " % c.dob("dmy")) + R.choice(s["course"] or s["hpi"]).format(**c.fmt),
             "Plan is " + "; ".join(s["plan"][:2]).lower() + ".", "", "Thanks, " + c.cons.first, "", c.ctitle + ", " + c.hosp]
    return "\n".join(t)


# ---------------------------------------------------------------- referral letter
def gen_referral_letter(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(7)
    urg = R.choice(["Routine", "Soon", "Urgent", "URGENT", "Semi-urgent"])
    gp_head = [c.gp_practice, "\n".join(c.gp_addr), "Tel: %s  Fax: %s" % (c.gp_phone, c.gp_phone[:-2] + "%02d" % R.randint(0, 99))]
    if lay == 0:
        t = gp_head + ["", c.d("long"), "", "%s\n%s\n%s" % (c.cons.name, c.ctitle, c.hosp), "", re_line(c), "",
                       "Dear %s," % R.choice([c.cons.short, "Colleague", "Doctor"]), "",
                       c.f("I would be grateful if you would see this {age} year old %s who presents with %s." % (c.fmt["man"], s["pc"])),
                       c.f(" ".join(s["hpi"][:2])), "", "PMH: " + ", ".join(s["pmh"]), meds_block(c, "Current medication:"), "Allergies: " + allergies(c), "",
                       "Many thanks for your help with this patient.", "", "Yours sincerely,", "", c.gp.name, c.gp.quals, "MCRN " + c.gp.mcrn]
    elif lay == 1:  # Healthlink electronic referral
        t = ["Healthlink - Electronic Referral" if R.random() < 0.5 else "e-Referral (Outpatient)", "Message ID: HL%09d" % R.randint(0, 999999999),
             "Date sent: %s %02d:%02d" % (c.d("dmy"), R.randint(8, 18), R.randint(0, 59)), "", "To: %s, %s" % (c.spec, c.hosp),
             "Consultant: %s" % R.choice([c.cons.name, "Next available"]), "Urgency: %s" % urg, "", "PATIENT DETAILS",
             "Name: %s %s   DOB: %s   Gender: %s" % (p.title, p.name, c.dob("dmy"), "Male" if p.sex == "M" else "Female"),
             "Address: %s" % ", ".join(p.addr), "Phone: %s" % p.phone, "Medical card: %s" % (p.mcard if p.gms else "None"), "PPSN: %s" % p.ppsn, "",
             "REFERRER", "%s, %s   GP Medical Council No. %s" % (c.gp.name, c.gp_practice, c.gp.mcrn), "", "REASON FOR REFERRAL", c.f(s["pc"] + ". " + " ".join(s["hpi"])),
             "", "RELEVANT HISTORY", "\n".join(s["pmh"]), "", "MEDICATIONS", "\n".join(c.med_line(m) for m in s["chronic"]) or "None", "",
             "ALLERGIES", allergies(c), "", "INTERPRETER REQUIRED: " + R.choice(["No", "No", "Yes - Polish", "Yes - Lithuanian"])]
    elif lay == 2:  # handwritten brief
        t = [c.gp.name, c.gp_practice + ", " + c.gp_addr[1], "", c.d("short"), "", "Dear Dr,", "",
             c.f("Pls see {age}%s c/o %s. %s ?%s. Thanks." % (p.sex, s["pc"], s["hpi"][0], s["dx2"])), "", c.gp.short]
    elif lay == 3:  # ED referral
        t = gp_head + ["", c.d("dmy"), "", "To: The Doctor on Call, Emergency Department, %s" % c.hosp, "", "Re: %s, %s" % (p.name, c.dob()), "",
                       "Dear Doctor,", "", c.f("Thank you for seeing this {age} year old %s urgently with %s." % (c.fmt["man"], s["pc"])),
                       "O/E: " + vitals(c) + ". " + s["exam"][0] + ".", c.f("I am concerned about %s. {He} has been given %s." % (
                           s["dx2"], R.choice(["paracetamol 1g", "aspirin 300mg", "nothing", "first dose of antibiotic"]))),
                       "", "PMH: " + ", ".join(s["pmh"]), "Meds: " + ", ".join(m[0] for m in c.all_meds()), "", "Yours,", c.gp.name]
    elif lay == 4:  # internal consultant-to-consultant referral
        col = c.clinician(False, consultant=True)
        t = [c.hosp_header(c.spec), "", c.d("long"), "", c.cons.name, c.ctitle, "", re_line(c), "", "Dear %s," % c.cons.first, "",
             c.f("I would be grateful for your opinion on {first}, who attends my clinic with %s. %s" % (
                 R.choice(s["pmh"]).lower(), R.choice(["Recently however ", "Of late "]) + "{he} has developed " + s["pc"] + ".")), "",
             "Recent investigations: " + "; ".join(s["inv"][:2]), "", "Many thanks for seeing {0}.".format(c.fmt["him"]), "", "Kind regards,", "",
             col.name, R.choice(["Consultant Physician", "Consultant Geriatrician", "Consultant Surgeon"])]
    elif lay == 5:  # cancer rapid access form
        t = ["HSE / National Cancer Control Programme", R.choice(["Rapid Access Clinic Referral Form", "Symptomatic Breast Disease - GP Referral",
                                                              "Rapid Access Lung/Prostate Clinic Referral"]), "", "Hospital: %s" % c.hosp,
             "Patient name: %s        DOB: %s" % (p.name, c.dob("dmy")), "Address: %s" % ", ".join(p.addr), "Tel: %s   Mobile: %s" % (p.land, p.phone),
             "Medical card: [%s]  Private: [%s]" % ("X" if p.gms else " ", " " if p.gms else "X"), "",
             "Referral criteria (tick):", "[X] " + s["pc"], "[ ] Other: ________", "", "Clinical details: " + c.f(" ".join(s["hpi"])), "",
             "Urgent: " + urg, "GP: %s   Stamp: %s" % (c.gp.name, c.gp_practice), "Signature: ____________   Date: %s" % c.d("dmy")]
    else:  # physio/allied health referral from consultant
        t = [c.hosp, "Referral to " + R.choice(["Physiotherapy", "Occupational Therapy", "Dietetics", "Speech & Language Therapy", "Community Services"]), "",
             c.pt_block(0), "Referring clinician: %s" % c.reg.name, "Consultant: %s" % c.cons.short, "Diagnosis: %s" % s["dx2"], "",
             "Reason: " + R.choice(["Please assess and treat", "Functional assessment prior to discharge", "Dietary advice", "Swallow assessment"]),
             "Relevant information: " + c.f(s["hpi"][0]), "Precautions: " + R.choice(["None", "Falls risk", "WBAT", "Anticoagulated"]),
             "", "Signed: %s  Date: %s" % (c.reg.short, c.d("dmy"))]
    return "\n".join(t)


# ---------------------------------------------------------------- operations
OPS = [
    dict(name="Laparoscopic cholecystectomy", spec="surg", scen="chole", ind="Symptomatic gallstones / acute cholecystitis", anaes="GA",
         find=["Inflamed, oedematous gallbladder with omental adhesions", "Multiple small calculi", "Critical view of safety obtained"],
         steps=["Open Hasson entry at umbilicus, pneumoperitoneum to 12mmHg", "3 further 5mm ports under vision",
                "Adhesions taken down, Calot's triangle dissected", "Cystic duct and artery identified, clipped x3 and divided",
                "Gallbladder dissected off liver bed with diathermy", "Haemostasis checked, washout", "GB retrieved in Endobag via umbilical port"],
         close="Umbilical fascia 0 PDS, skin 4/0 Monocryl subcuticular, Dermabond", ebl="<50mL", spec_sent="Gallbladder for histology",
         post="Diet as tolerated, home tomorrow if well", consent_risks="bleeding, infection, bile leak, bile duct injury, conversion to open, retained stones, DVT/PE"),
    dict(name="Laparoscopic appendicectomy", spec="surg", scen="appx", ind="Acute appendicitis", anaes="GA",
         find=["Acutely inflamed retrocaecal appendix, no perforation", "Small amount of turbid fluid in pelvis", "Meckel's diverticulum not seen"],
         steps=["Open umbilical entry, 10mm port", "5mm ports suprapubic and LIF", "Mesoappendix divided with diathermy",
                "Base of appendix secured with 2 x Endoloops", "Appendix removed in bag", "Pelvic washout with warm saline"],
         close="0 Vicryl to fascia, 3/0 Monocryl to skin", ebl="minimal", spec_sent="Appendix",
         post="Free fluids then diet, IV antibiotics x24h", consent_risks="bleeding, infection, collection, port-site hernia, conversion to open"),
    dict(name="Open right inguinal hernia repair (Lichtenstein, mesh)", spec="surg", scen=None, ind="Symptomatic right inguinal hernia", anaes="GA",
         find=["Indirect inguinal hernia with moderate sac", "Cord structures healthy"],
         steps=["Right groin skin crease incision", "External oblique opened in line of fibres, ilioinguinal nerve preserved",
                "Indirect sac dissected off cord and reduced", "Prolene mesh fashioned and secured with 2/0 Prolene to inguinal ligament and conjoint tendon",
                "Local anaesthetic infiltrated (20mL 0.5% bupivacaine)"], close="External oblique 2/0 Vicryl, Scarpa's 3/0 Vicryl, skin 3/0 Monocryl",
         ebl="minimal", spec_sent="None", post="Day case discharge, no heavy lifting 6 weeks",
         consent_risks="bleeding, infection, chronic groin pain, recurrence, testicular swelling/atrophy, numbness"),
    dict(name="Left hip hemiarthroplasty (cemented)", spec="ortho", scen="nof", ind="Displaced intracapsular L NOF fracture", anaes="Spinal",
         find=["Displaced subcapital fracture", "Femoral head size 47mm"],
         steps=["Lateral decubitus position, lateral approach (modified Hardinge)", "Femoral head extracted and sized",
                "Neck cut, canal prepared and broached", "Cemented stem inserted with unipolar head, reduced",
                "Stable through full range of motion", "Gluteus medius repaired with Ethibond"], close="Vicryl to fascia and fat, clips to skin",
         ebl="350mL", spec_sent="Femoral head - not sent", post="FWB as tolerated, posterior hip precautions not required, check X-ray, Hb day 1",
         consent_risks="bleeding, infection, dislocation, leg length discrepancy, fat embolism/bone cement implantation syndrome, DVT/PE, death"),
    dict(name="Right total knee replacement", spec="ortho", scen=None, ind="End-stage right knee osteoarthritis", anaes="Spinal + adductor canal block",
         find=["Tricompartmental OA, grade IV changes medial compartment", "Large osteophytes", "ACL deficient"],
         steps=["Tourniquet inflated 300mmHg", "Midline incision, medial parapatellar arthrotomy", "Intramedullary femoral and extramedullary tibial guides",
                "Bone cuts performed, balanced in flexion and extension", "Trial components - good stability, full extension",
                "Cemented components inserted, patella not resurfaced", "Periarticular LA infiltration"],
         close="Layered closure, 0 Vicryl, 2/0 Vicryl, clips", ebl="200mL", spec_sent="None", post="Mobilise day 0 with physio, VTE prophylaxis 14 days",
         consent_risks="bleeding, infection, stiffness, ongoing pain, nerve injury, DVT/PE, need for revision"),
    dict(name="Transurethral resection of prostate (TURP)", spec="uro", scen="luts", ind="BPH with LUTS / retention", anaes="Spinal",
         find=["Trilobar prostatic enlargement, occlusive", "Bladder trabeculated, no tumour or stones", "Ureteric orifices normal"],
         steps=["Lithotomy, 26Fr resectoscope inserted", "Bipolar resection of median and lateral lobes to capsule", "Verumontanum preserved",
                "Chips evacuated with Ellik evacuator", "Haemostasis"], close="22Fr 3-way catheter, irrigation", ebl="minimal",
         spec_sent="Prostate chips", post="Irrigate until clear, TWOC day 2", consent_risks="bleeding, infection, retrograde ejaculation, incontinence, stricture, TUR syndrome"),
    dict(name="Left wide local excision and sentinel lymph node biopsy", spec="breast", scen="breast", ind="L breast IDC", anaes="GA",
         find=["Wire localised lesion L UOQ", "2 blue and hot sentinel nodes in L axilla"],
         steps=["Pre-op Tc99 injection and 2mL Patent Blue", "Curvilinear incision over lesion, WLE with 1cm margin",
                "Specimen orientated with sutures and X-rayed - lesion and wire in specimen", "Separate axillary incision, 2 SLNs retrieved (counts 1200 and 340)"],
         close="3/0 Vicryl deep, 4/0 Monocryl subcuticular", ebl="minimal", spec_sent="WLE L breast (orientated: long lateral, short superior) + SLN x2",
         post="Day case, breast care nurse follow-up", consent_risks="bleeding, infection, seroma, need for re-excision, lymphoedema, blue discoloration"),
    dict(name="Lower segment Caesarean section", spec="obs", scen=None, ind="Failure to progress in labour at 9cm", anaes="Spinal (topped-up epidural)",
         find=["Live male infant, cephalic, OA position", "Liquor clear", "Normal uterus, tubes and ovaries"],
         steps=["Pfannenstiel incision", "Lower segment transverse uterine incision", "Baby delivered at 14:22, Apgars 9 and 10",
                "Placenta delivered by CCT, complete", "Syntocinon 5iu IV", "Uterus closed in 2 layers with 1 Vicryl"],
         close="Rectus sheath 1 PDS, skin 3/0 Monocryl subcuticular", ebl="650mL", spec_sent="None", post="Routine post-CS care, Clexane 40mg",
         consent_risks="bleeding, infection, injury to bladder/bowel, VTE, future pregnancy implications"),
    dict(name="Right carpal tunnel decompression", spec="ortho", scen=None, ind="Right carpal tunnel syndrome (NCS confirmed)", anaes="Local anaesthetic",
         find=["Thickened transverse carpal ligament", "Median nerve compressed with hourglass deformity"],
         steps=["Arm tourniquet", "Longitudinal incision in line with radial border of ring finger", "TCL divided under direct vision",
                "Median nerve visualised and protected"], close="4/0 Ethilon interrupted", ebl="nil", spec_sent="None",
         post="Elevate, sutures out 10-14 days at GP", consent_risks="infection, scar tenderness, incomplete relief, CRPS, nerve injury"),
]


def op_ctx(rng):
    op = rng.choice(OPS)
    scen = None
    if op["scen"]:
        scen = [s for s in SCENARIOS if s["key"] == op["scen"]][0]
    else:
        scen = dict(pick_scen(rng, ["cap", "dm", "af"]))
        scen["spec"] = op["spec"]
        scen["dx"] = op["ind"]
        scen["dx2"] = op["ind"]
        if op["spec"] == "obs":
            scen["sex"] = "F"
            scen["ages"] = (22, 42)
        else:
            scen["ages"] = (30, 80)
    c = Ctx(rng, scen)
    return c, op


def gen_operative_note(c0):
    c, op = op_ctx(c0.r)
    R = c.r
    p = c.p
    lay = R.randrange(7)
    asst = c.clinician(False)
    an = c.clinician(False, consultant=True)
    t0 = "%02d:%02d" % (R.randint(8, 17), R.choice([0, 15, 30, 45]))
    if lay == 0:
        t = [c.hosp, R.choice(["OPERATION NOTE", "Operative Note", "OPERATION RECORD", "Theatre Record - Operation"]), "", c.pt_block(2),
             "Date: %s   Theatre: %d   Start: %s" % (c.d("dmy"), R.randint(1, 6), t0), "Surgeon: %s" % c.cons.name, "Assistant: %s" % asst.name,
             "Anaesthetist: %s" % an.name, "Anaesthesia: %s" % op["anaes"], "", "Procedure: %s" % op["name"], "Indication: %s" % op["ind"], "",
             "Findings:", "\n".join("- " + x for x in op["find"]), "", "Procedure:", "\n".join("- " + x for x in op["steps"]), "",
             "Closure: %s" % op["close"], "EBL: %s" % op["ebl"], "Specimens: %s" % op["spec_sent"], "Drains: %s" % R.choice(["None", "Robinson drain", "Nil"]),
             "", "Post-op instructions:", op["post"], "VTE: " + R.choice(["TEDs + Clexane 40mg SC OD", "as per chart", "mechanical only"]), "",
             "Signed: %s" % R.choice([c.cons.name, asst.name])]
    elif lay == 1:  # narrative dictated
        t = [c.hosp_header(), "", "Patient: %s  MRN %s" % (p.name, p.mrn), "Date of operation: %s" % c.d("long"), "", "OPERATION: " + op["name"].upper(),
             "SURGEON: %s    ASSISTANT: %s" % (c.cons.name, asst.name), "", c.f("{first} was brought to theatre and, following %s, " % op["anaes"].lower()) +
             "was positioned and prepped and draped in the usual sterile fashion. WHO safety checklist completed. " +
             R.choice(["Prophylactic cefazolin 2g IV given at induction. ", "Co-amoxiclav 1.2g IV at induction. ", ""]) +
             ". ".join(op["steps"]) + ".", "", "Findings were of " + "; ".join(op["find"]).lower() + ".", "",
             "Closure with " + op["close"] + ". Estimated blood loss " + op["ebl"] + ".", "", "Plan: " + op["post"] + ".", "", dict_footer(c)]
    elif lay == 2:  # tick-box form
        t = ["%s - THEATRE" % c.hosp.upper(), "Operation Note (Form TH-%02d)" % R.randint(1, 40), "", "Patient label: %s / %s / %s" % (p.name, p.mrn, c.dob("dmy")),
             "Elective [%s]   Emergency [%s]" % (("X", " ") if R.random() < 0.5 else (" ", "X")), "Procedure: " + op["name"],
             "Surgeon: " + c.cons.short + "   Asst: " + asst.short, "Anaes: " + op["anaes"], "Antibiotic prophylaxis: [X] Yes  [ ] No",
             "Tourniquet: " + R.choice(["N/A", "%d min" % R.randint(30, 90)]), "Findings: " + "; ".join(op["find"]),
             "Description: " + "; ".join(op["steps"][:4]) + " ...", "Closure: " + op["close"], "Blood loss: " + op["ebl"],
             "Implants: " + R.choice(["see sticker sheet", "N/A", "Yes - stickers attached"]), "Histology: " + op["spec_sent"],
             "Post-op orders: " + op["post"], "", "Signature: __________   Print: %s" % c.reg.name]
    elif lay == 3:  # brief registrar op note
        t = [c.d("dmy") + "  " + R.choice(["Theatre 3", "Emergency theatre", "Day Surgery Unit"]), "Op: " + op["name"], "S: %s  A: %s  An: %s (%s)" % (
            c.reg.short, asst.short, an.short, op["anaes"]), "", "Ind: " + op["ind"], "F: " + "; ".join(op["find"]), "P: " + " / ".join(op["steps"]),
             "C: " + op["close"], "EBL " + op["ebl"], "", "Post op:", "- " + op["post"], "- Analgesia as charted", "- Review on PTWR", "", c.reg.name]
    elif lay == 4:  # private hospital with procedure codes
        t = [R.choice(PRIVATE_HOSP), "Operation Report", "", "Patient: %s    DOB: %s" % (p.name, c.dob()), "Insurer: %s   Membership: %s" % (
            R.choice(INSURERS)[0], R.randint(10000000, 99999999)), "Date: %s" % c.d(), "Surgeon: %s" % c.cons.name, "Procedure code(s): %d%02d" % (
                 R.randint(1000, 9999), R.randint(0, 99)), "", "Pre-operative diagnosis: " + op["ind"], "Post-operative diagnosis: " + R.choice(["Same", op["ind"]]),
             "Operation performed: " + op["name"], "", "Operative findings", "\n".join(op["find"]), "", "Technique", "\n".join(op["steps"]), op["close"] + ".", "",
             "Complications: None", "Disposition: Recovery in stable condition", "", c.cons.name]
    elif lay == 5:  # numbered narrative
        t = [c.hosp_header("Surgery"), "", c.pt_block(), "", "Date: " + c.d(), "Operation: " + op["name"], "Surgeon: " + c.cons.name, "", "Procedure details:"]
        t += ["%d. %s." % (i + 1, x) for i, x in enumerate(["Time out performed"] + op["steps"] + ["Closure: " + op["close"]])]
        t += ["", "Findings: " + ". ".join(op["find"]) + ".", "Specimen: " + op["spec_sent"], "", "Post-operative plan:", op["post"], "", c.reg.name + " for " + c.cons.short]
    else:  # day surgery combined record
        t = [c.hosp, "Day Surgery Unit", "", "%s  %s" % (p.name, p.mrn), "", "PROCEDURE RECORD", "Procedure: " + op["name"], "Side: " + R.choice(["Right", "Left", "N/A"]),
             "Anaesthetic: " + op["anaes"], "Consultant: " + c.cons.short, "Operating surgeon: " + R.choice([c.cons.short, c.reg.short]), "",
             "Op details: " + ". ".join(op["steps"]) + ".", "Findings: " + ". ".join(op["find"]) + ".", "", "Discharge criteria met: [ ]", "GP letter: [X] given",
             "Follow-up: " + R.choice(["OPD 6 weeks", "Wound check GP 10 days", "Histology by letter"]), "", "Signed ______"]
    return "\n".join(t)


# ---------------------------------------------------------------- anaesthesia record
def gen_anesthesia_record(c0):
    c, op = op_ctx(c0.r)
    R = c.r
    p = c.p
    an = c.clinician(False, consultant=True)
    lay = R.randrange(6)
    asa = R.randint(1, 4)
    wt = R.randint(50, 115)
    ga = op["anaes"].startswith("GA")
    drugs = (["Propofol %dmg" % R.choice([120, 150, 180, 200]), "Fentanyl %dmcg" % R.choice([50, 100, 150]),
              R.choice(["Rocuronium %dmg" % R.choice([40, 50, 60]), "Atracurium 35mg", "No relaxant - LMA"]),
              "Sevoflurane in O2/air", "Ondansetron 4mg", "Dexamethasone 6.6mg", "Paracetamol 1g IV"] if ga else
             ["Spinal: 0.5%% heavy bupivacaine %.1fmL + fentanyl 15mcg at L3/4, 25G Whitacre" % R.choice([2.4, 2.6, 2.8, 3.0]),
              "Midazolam 1mg", "Phenylephrine infusion", "Ondansetron 4mg"])
    if op["anaes"] == "Local anaesthetic":
        drugs = ["Local anaesthetic by surgeon: 1% lidocaine 10mL", "No sedation"]
    obs = []
    h, m = R.randint(8, 15), 0
    for i in range(R.randint(4, 9)):
        obs.append("%02d:%02d  HR %d  BP %d/%d  SpO2 %d  EtCO2 %s" % (h, m, R.randint(55, 95), R.randint(95, 140), R.randint(50, 85), R.randint(96, 100),
                                                                  "%.1f" % R.uniform(4.2, 5.6) if ga else "-"))
        m += R.choice([5, 10, 15])
        if m >= 60:
            h, m = h + 1, m - 60
    if lay == 0:
        t = [c.hosp, "ANAESTHETIC RECORD", "", "%s   MRN %s   DOB %s   Wt %dkg" % (p.name, p.mrn, c.dob("dmy"), wt), "Date: %s  Theatre %d" % (c.d("dmy"), R.randint(1, 6)),
             "Procedure: %s" % op["name"], "Surgeon: %s   Anaesthetist: %s" % (c.cons.short, an.name), "", "PRE-OP: ASA %d   Fasted: %s   Allergies: %s" % (
                 asa, R.choice(["Yes (solids 02:00, clear 06:00)", "Yes > 6h"]), allergies(c)), "Airway: Mallampati %d, mouth opening >3FB, TMD >6cm" % R.randint(1, 3), "",
             "TECHNIQUE: " + op["anaes"], "Airway device: " + (R.choice(["ETT 7.0 cuffed, grade 1 view", "i-gel size 4", "LMA size 4", "ETT 8.0, grade 2, bougie"]) if ga else "N/A - spontaneous, O2 via FM"),
             "", "DRUGS:", "\n".join("  " + x for x in drugs), "", "FLUIDS: Hartmann's %dmL" % R.choice([500, 1000, 1500]), "EBL: " + op["ebl"], "",
             "MONITORING (5-min intervals):", "\n".join(obs), "", "Post-op: Recovery handover. Analgesia: paracetamol 1g QDS, %s" % R.choice(
                 ["oxycodone 5mg PRN", "PCA morphine", "ibuprofen 400mg TDS"]), "PONV: ondansetron PRN", "Signed: " + an.name]
    elif lay == 1:  # pre-op assessment form
        t = [c.hosp_header("Anaesthesia"), "", "Pre-Anaesthetic Assessment", "", c.pt_block(0), "Proposed: %s (%s)" % (op["name"], c.cons.short), "",
             "PMH: " + ", ".join(c.scen["pmh"]), "Meds: " + ", ".join(m[0] for m in c.scen["chronic"]) if c.scen["chronic"] else "Meds: nil", "Allergies: " + allergies(c),
             "Prev GA: " + R.choice(["uneventful", "PONV", "none", "difficult cannulation"]), "FHx anaesthetic problems: " + R.choice(["none", "nil known"]),
             "Exercise tolerance: " + R.choice(["good", "2 flights of stairs", "limited by knee pain", "50 yards"]), "", "Exam: Wt %dkg, BMI %d, " % (wt, R.randint(20, 38)) + vitals(c),
             "Airway: MP %d, neck ext full, dentition %s" % (R.randint(1, 3), R.choice(["own teeth", "upper denture", "caps"])), "",
             "Ix: Hb %.1f, K %.1f, Cr %d, ECG %s" % (R.uniform(11, 15), R.uniform(3.7, 4.9), R.randint(55, 110), R.choice(["SR", "SR, LAD", "AF rate controlled"])),
             "", "ASA: %d" % asa, "Plan: " + op["anaes"] + ", " + R.choice(["standard monitoring", "arterial line", "post-op HDU bed"]),
             "Consent for anaesthesia discussed incl. " + R.choice(["sore throat, dental damage, PONV, awareness", "headache, failure of block, hypotension"]), "", an.name]
    elif lay == 2:  # recovery/PACU record
        t = [c.hosp, "Post Anaesthetic Care Unit (Recovery) Record", "", "%s  %s" % (p.name, p.mrn), "Procedure: " + op["name"], "Anaesthetic: " + op["anaes"], "",
             "Time in: %02d:%02d   Time out: %02d:%02d" % (h, m, h + 1, R.randint(0, 59)), "Airway on arrival: " + R.choice(["Own", "LMA in situ - removed 10 min", "Guedel"]),
             "", "\n".join(obs[:4]), "", "Pain score: " + "/".join(str(R.randint(0, 6)) for _ in range(3)), "PONV: " + R.choice(["Nil", "Nausea - ondansetron given"]),
             "Analgesia given: " + R.choice(["Morphine 2mg IV x2", "Oxycodone 5mg PO", "Fentanyl 25mcg IV"]), "Aldrete score at discharge: %d" % R.randint(9, 10),
             "Discharge to: " + R.choice(["Ward", "Day ward", "HDU"]), "", "Recovery nurse: %s %s   Anaesthetist: %s" % (R.choice(FIRST_F), R.choice(SURNAMES)[0], an.short)]
    elif lay == 3:  # chart-like tabular with codes
        t = ["ANAES CHART   %s" % c.d("dot"), "Pt: %s (%s)  ASA %d  %dkg" % (p.name, p.mrn, asa, wt), "Op: " + op["name"], "Anaes: " + an.short + "   Surg: " + c.cons.short, "",
             "Induction %02d:%02d   Knife %02d:%02d   End %02d:%02d" % (h, 0, h, 10, h + 1, 20), "", "Time  | HR | SBP | DBP | SpO2"]
        for o in obs:
            parts = o.split()
            t.append("%s | %s | %s | %s | %s" % (parts[0], parts[2], parts[4].split("/")[0], parts[4].split("/")[1], parts[6]))
        t += ["", "Drugs: " + "; ".join(drugs), "Lines: " + R.choice(["18G L hand", "20G R ACF", "18G x2"]), "Warming: Bair Hugger", "Position: " + R.choice(["Supine", "Lateral", "Lithotomy"]),
              "Eyes taped, pressure areas checked", "WHO checklist: complete"]
    elif lay == 4:  # regional block record
        t = [c.hosp, "Regional Anaesthesia / Block Record", "", c.pt_block(2), "Date: " + c.d(), "Block: " + R.choice(["Adductor canal block", "Fascia iliaca block", "Interscalene block", "TAP block bilateral", "Spinal"]),
             "Side: " + R.choice(["Right", "Left", "Bilateral"]), "Indication: analgesia for " + op["name"], "Consent: verbal [X]  Stop before you block: [X]",
             "Technique: US guided, in-plane, 22G 50mm needle", "LA: " + R.choice(["20mL 0.25% levobupivacaine", "30mL 0.2% ropivacaine", "15mL 0.5% bupivacaine"]),
             "Complications: none, no paraesthesia, aspiration negative", "Sedation: " + R.choice(["nil", "midazolam 1mg"]), "", "Performed by: " + an.name]
    else:  # narrative anaesthetic note in chart
        t = [c.d("dmy") + "  Anaesthesia note", "", c.f("{age}%s for %s. ASA %d." % (p.sex, op["name"], asa)), "Pre-op: " + ", ".join(c.scen["pmh"]) + ". " + allergies(c) + ".",
             "Anaesthetic: " + op["anaes"] + ". " + "; ".join(drugs) + ".", "Intra-op: haemodynamically stable, EBL " + op["ebl"] + ", Hartmann's 1L.",
             "Uneventful emergence. To recovery with O2 2L NP.", "", "Post-op: " + R.choice(["Standard ward obs", "PCA for 24h", "Regular paracetamol + PRN oxycodone"]),
             an.name + " (%s)" % R.choice(["Consultant Anaesthetist", "Anaesthetic SpR", "Anaesthetic Registrar"])]
    return "\n".join(t)


# ---------------------------------------------------------------- procedures
PROCS = [
    dict(name="Oesophagogastroduodenoscopy (OGD)", kind="endo", scen="ugib", ind="Melaena, Hb drop", scope="GIF-HQ190",
         find=["Oesophagus: normal, Z-line at 39cm", "Stomach: mild antral erythema, CLO taken", "Duodenum: 15mm ulcer posterior wall D1 with visible vessel (Forrest IIa)"],
         ther="Adrenaline 1:10,000 8mL injected, 2 x haemoclips applied. Haemostasis achieved.", dx="Duodenal ulcer with visible vessel - treated",
         plan="IV PPI infusion 72h, H. pylori eradication if CLO positive, repeat OGD 8 weeks"),
    dict(name="Colonoscopy", kind="endo", scen="ida", ind="Iron deficiency anaemia", scope="CF-HQ190L",
         find=["Caecum reached, appendix orifice and ileocaecal valve identified", "Ascending colon: 25mm sessile polyp (Paris 0-Is), NICE 2",
               "Scattered sigmoid diverticula", "Rectum normal on retroflexion"], ther="Polyp removed by EMR (lifted with Eleview), retrieved. 2 clips to defect.",
         dx="Ascending colon polyp - EMR; sigmoid diverticulosis", plan="Await histology; surveillance per BSG guidelines"),
    dict(name="Flexible sigmoidoscopy", kind="endo", scen="uc", ind="Bloody diarrhoea, known UC", scope="CF-H190L",
         find=["Continuous inflammation from anal verge to 35cm with loss of vascular pattern, erythema, friability and erosions (Mayo 2)",
               "Normal mucosa proximal to 35cm"], ther="Biopsies taken x6 for histology and CMV.", dx="Active left-sided ulcerative colitis, Mayo 2",
         plan="IV steroids as per IBD team"),
    dict(name="Flexible bronchoscopy with BAL", kind="bronch", scen="cap", ind="Non-resolving right lower lobe consolidation", scope="BF-1TH190",
         find=["Vocal cords normal", "Trachea and carina normal", "Left bronchial tree normal to subsegmental level",
               "Right lower lobe: mucosal oedema, purulent secretions, no endobronchial lesion"], ther="BAL RLL 120mL instilled, 45mL returned. Sent for MC&S, AFB, cytology.",
         dx="No endobronchial lesion. Purulent secretions RLL.", plan="Await BAL results"),
    dict(name="Lumbar puncture", kind="bed", scen="seizure", ind="Headache and fever, ?meningitis", scope=None,
         find=["Opening pressure 18 cmH2O", "Clear colourless CSF", "3 bottles sent: cell count, glucose/protein, MC&S, viral PCR"],
         ther="Left lateral position, L3/4 interspace, 22G Quincke needle, 1 attempt, 5mL 1% lidocaine.", dx="Uncomplicated LP",
         plan="Lie flat 1 hour, paired serum glucose sent"),
    dict(name="Right knee joint aspiration and injection", kind="bed", scen="ra", ind="Painful effusion R knee", scope=None,
         find=["30mL straw-coloured synovial fluid aspirated", "Sent for crystals, cell count and culture"],
         ther="Aseptic technique, lateral suprapatellar approach. 40mg triamcinolone (Kenalog) + 2mL 1% lidocaine injected.", dx="R knee effusion - aspirated and injected",
         plan="Rest 24-48h, return if red/hot joint"),
    dict(name="Ultrasound-guided right internal jugular central line", kind="bed", scen="cap", ind="Inotropes / difficult access", scope=None,
         find=["Patent compressible RIJ on US", "Seldinger technique, 1st pass", "Blood aspirated from all 3 lumens"],
         ther="Full aseptic technique, 2% chlorhexidine, 7Fr 3-lumen 16cm catheter, sutured at 14cm.", dx="RIJ CVC inserted",
         plan="CXR: tip at cavo-atrial junction, no pneumothorax - OK to use"),
    dict(name="Coronary angiogram +/- PCI", kind="cath", scen="nstemi", ind="NSTEMI", scope=None,
         find=["LMS: normal", "LAD: 90% proximal stenosis", "LCx: minor irregularities", "RCA: dominant, 30% mid stenosis", "LVEDP 16mmHg"],
         ther="6Fr right radial access. PCI to proximal LAD with 3.0 x 18mm DES, post-dilated with 3.5 NC balloon. TIMI 3 flow. TR band applied.",
         dx="Single vessel CAD - PCI to LAD", plan="DAPT 12 months (aspirin + ticagrelor), secondary prevention"),
    dict(name="Nerve conduction studies and EMG", kind="neurophys", scen=None, ind="Numbness and tingling right hand", scope=None,
         find=["Right median sensory: prolonged peak latency 4.6ms, reduced SNAP", "Right median motor: DML 5.8ms, CMAP normal", "Ulnar studies normal",
               "EMG R APB: no active denervation"], ther="", dx="Moderate right carpal tunnel syndrome", plan="Refer for surgical decompression"),
    dict(name="Ultrasound-guided pleural aspiration", kind="bed", scen="hf", ind="Right pleural effusion", scope=None,
         find=["Large anechoic R effusion on US", "1,200mL straw-coloured fluid aspirated"], ther="Aseptic technique, 8th ICS posterior axillary line, 10mL 1% lidocaine.",
         dx="Therapeutic and diagnostic pleural aspiration", plan="Fluid sent for protein, LDH, pH, cytology, MC&S. CXR post procedure."),
    dict(name="Abdominal paracentesis", kind="bed", scen=None, ind="Tense ascites - alcohol related liver disease", scope=None,
         find=["5.5L straw-coloured ascitic fluid drained"], ther="US marked LIF, 5Fr drain inserted, 20% HAS 100mL per 2.5L removed.",
         dx="Large volume paracentesis", plan="Drain out at 6 hours, ascitic WCC/culture sent"),
]


def proc_ctx(rng):
    pr = rng.choice(PROCS)
    if pr["scen"]:
        scen = [s for s in SCENARIOS if s["key"] == pr["scen"]][0]
    else:
        scen = dict(pick_scen(rng, ["dm", "af", "ra"]))
        scen["dx2"] = pr["ind"]
    c = Ctx(rng, scen)
    return c, pr


def gen_procedure_note(c0):
    c, pr = proc_ctx(c0.r)
    R = c.r
    p = c.p
    lay = R.randrange(6)
    if pr["kind"] == "endo" and lay in (0, 1):
        bbps = R.choice(["BBPS 3/3/3 = 9", "BBPS 2/2/3 = 7", "Boston 2/2/2", "Adequate", "Poor - liquid stool right colon"])
        t = [c.hosp, R.choice(["Endoscopy Unit", "ENDOSCOPY REPORT", "Gastrointestinal Endoscopy Suite"]), "", c.pt_block(),
             "Date: %s   Room %d" % (c.d("dmy"), R.randint(1, 3)), "Endoscopist: %s   Nurses: %s, %s" % (c.cons.name, R.choice(FIRST_F), R.choice(FIRST_F)),
             "Referring: %s" % R.choice([c.gp.name, "Inpatient - " + c.cons.short]), "Procedure: " + pr["name"], "Indication: " + pr["ind"],
             "Instrument: Olympus %s" % pr["scope"], "Sedation: " + R.choice(["Midazolam 2mg, fentanyl 50mcg", "Midazolam 3mg", "Throat spray only", "Entonox", "Propofol (anaesthetist)"]),
             "Comfort score: %d/5" % R.randint(1, 3), ("Bowel prep: %s   Caecal intubation time: %d min   Withdrawal time: %d min" % (bbps, R.randint(4, 15), R.randint(7, 15)))
             if "olon" in pr["name"] else "Extent: D2", "", "FINDINGS:", "\n".join(pr["find"]), "", "Therapy: " + pr["ther"], "",
             "DIAGNOSIS: " + pr["dx"], "", "Recommendations: " + pr["plan"], "Histology: " + R.choice(["Yes", "Yes - %d pots" % R.randint(1, 4), "No"]),
             "Follow-up: " + R.choice(["Letter to GP", "OPD", "Return to ward"]), "", "Report generated: %s %02d:%02d" % (c.d("dmy"), R.randint(9, 17), R.randint(0, 59))]
    elif lay == 0 or lay == 1:
        t = [c.hosp_header(), "", R.choice(["PROCEDURE NOTE", "Procedure record", "Bedside Procedure Documentation"]), "", c.pt_block(0),
             "Date/time: %s %02d:%02d" % (c.d("dmy"), R.randint(8, 22), R.randint(0, 59)), "Procedure: " + pr["name"], "Operator: %s   Supervisor: %s" % (c.reg.name, c.cons.short),
             "Indication: " + pr["ind"], "Consent: " + R.choice(["Written", "Verbal", "Form 3 signed", "Written - risks explained incl. bleeding, infection"]),
             "Pre-procedure checks: INR %.1f, Plt %d, allergy checked" % (R.uniform(0.9, 1.3), R.randint(150, 350)), "", "Technique: " + (pr["ther"] or "Standard technique."), "",
             "Findings:", "\n".join(pr["find"]), "", "Complications: " + R.choice(["None", "Nil immediate", "Minor bleeding - pressure applied"]), "",
             "Plan: " + pr["plan"], "", "Signed: " + c.reg.name]
    elif lay == 2:  # short handwritten-style
        t = [c.d("short") + " " + "%02d:%02d" % (R.randint(8, 22), R.randint(0, 59)), pr["name"].split("(")[0].strip(), "Ind: " + pr["ind"],
             "Consent obtained. Aseptic technique.", pr["ther"] or "", "; ".join(pr["find"]), "No immediate complications.", "Plan: " + pr["plan"], c.reg.short]
    elif lay == 3 and pr["kind"] in ("cath", "neurophys", "bronch"):
        title = {"cath": "CARDIAC CATHETERISATION LABORATORY REPORT", "neurophys": "Clinical Neurophysiology Report", "bronch": "Bronchoscopy Report"}[pr["kind"]]
        t = [c.hosp, title, "", "Name: %s   DOB: %s   MRN: %s" % (p.name, c.dob(), p.mrn), "Date of study: %s" % c.d(), "Referred by: %s" % c.cons.short,
             "Clinical question: " + pr["ind"], "", R.choice(["Procedure details:", "Technique:", "Study:"]), pr["ther"] or "Standard protocol NCS/EMG, skin temp >32C.", "",
             "Results:", "\n".join("  " + x for x in pr["find"]), "", R.choice(["Conclusion:", "Summary:", "Impression:"]), pr["dx"], "",
             "Recommendation: " + pr["plan"], "", R.choice([c.cons.name, c.clinician(False, True).name]), R.choice(["Consultant Cardiologist", "Consultant Neurophysiologist", "Consultant Respiratory Physician"])
             if pr["kind"] != "cath" else "Interventional Cardiologist"]
    elif lay == 4:  # letter to GP after day procedure
        t = [c.hosp_header(), "", c.d("long"), "", c.gp_block(), "", re_line(c), "", salutation_gp(c), "",
             c.f("{first} attended today for %s for %s." % (pr["name"].lower(), pr["ind"].lower())), "This showed " + "; ".join(pr["find"]).lower() + ".",
             pr["ther"], "", "Conclusion: " + pr["dx"], "Plan: " + pr["plan"], "", c.sig(), dict_footer(c)]
    else:  # checklist style
        t = [c.hosp, "Procedure Checklist & Note - %s" % pr["name"], "", "Patient ID confirmed [X]  Allergies [X]  Site marked [%s]" % R.choice(["X", "N/A"]),
             "Anticoagulation held [%s]  Bloods reviewed [X]" % R.choice(["X", "N/A"]), "Consent form signed [X]", "", "Patient: %s  %s" % (p.name, p.mrn),
             "Operator: " + c.reg.name, "Assistant: " + R.choice(FIRST_F) + " (CNM)", "", "Details: " + (pr["ther"] or "-"), "Findings: " + "; ".join(pr["find"]),
             "Samples: " + R.choice(["sent", "Yes", "N/A"]), "Complications: none", "Post-procedure: " + pr["plan"], "", "Time completed: %02d:%02d" % (R.randint(8, 20), R.randint(0, 59))]
    return "\n".join(t)


# ---------------------------------------------------------------- consent form
def gen_consent_form(c0):
    R = c0.r
    if R.random() < 0.7:
        c, op = op_ctx(R)
        name, risks = op["name"], op["consent_risks"]
    else:
        c, pr = proc_ctx(R)
        name, risks = pr["name"], R.choice(["bleeding, perforation, infection, missed lesion, reaction to sedation",
                                            "bleeding, infection, pain, post-procedure headache", "pneumothorax, bleeding, infection, arterial puncture"])
    p = c.p
    lay = R.randrange(6)
    if lay == 0:  # HSE national consent form style
        t = ["HSE", R.choice(["Consent Form for Surgical/Medical Procedures", "CONSENT TO TREATMENT / INVESTIGATION", "Patient Agreement to Investigation or Treatment"]),
             "Form %s" % R.choice(["1", "C1", "QPSD-CF-01", "NCP-01"]), "", "Hospital: %s" % c.hosp, "Patient's surname: %s   First name: %s" % (p.last, p.first),
             "DOB: %s   MRN: %s" % (c.dob("dmy"), p.mrn), "Responsible consultant: %s" % c.cons.name, "", "Name of proposed procedure (include side/site):", "   " + name, "",
             "STATEMENT OF HEALTH PROFESSIONAL", "I have explained the procedure to the patient, in particular:", "Intended benefits: " + R.choice(["relief of symptoms", "diagnosis and treatment", "cure / diagnosis"]),
             "Serious or frequently occurring risks: " + risks, "Any extra procedures which may become necessary: " + R.choice(["blood transfusion", "conversion to open", "none anticipated"]),
             "I have discussed alternatives including no treatment.", "", "Signed: ____________  Name: %s   Job title: %s   Date: %s" % (c.reg.name, R.choice(["Registrar", "SpR", "Consultant"]), c.d("dmy")),
             "", "STATEMENT OF PATIENT", "I agree to the procedure described above. I understand that you cannot give me a guarantee that a particular person will perform the procedure, who will however have appropriate experience.",
             "I have been told about additional procedures which may become necessary.", "", "Patient signature: ____________   Date: %s" % c.d("dmy"),
             "", "Interpreter (if applicable): ________", "Confirmation of consent (on day of procedure): ____________"]
    elif lay == 1:  # short endoscopy consent
        t = [c.hosp, "Endoscopy / Day Procedure Consent", "", "%s   %s   %s" % (p.name, c.dob("dmy"), p.mrn), "", "Procedure: " + name,
             "Sedation: [X] Yes  [ ] No", "", "I confirm that the nature, purpose and risks (" + risks + ") have been explained to me and I consent to the procedure.",
             "I understand I must not drive, operate machinery or sign legal documents for 24 hours after sedation.", "", "Patient: ____________", "Doctor: ____________ (%s)" % c.reg.short,
             "Date: " + c.d("dmy")]
    elif lay == 2:  # narrative consent note in chart
        t = [c.d("dmy") + "  Consent discussion", "", "Discussed %s with %s %s%s." % (name, p.title, p.last, R.choice(["", " and " + p.nok_rel.lower()])),
             "Risks explained: " + risks + ".", "Benefits and alternatives (incl. conservative management) discussed.", "Patient leaflet given.",
             "Patient has capacity, questions answered, wishes to proceed. Form signed.", "", c.reg.name + " " + c.reg.mcrn]
    elif lay == 3:  # private hospital consent with insurance note
        t = [R.choice(PRIVATE_HOSP), "CONSENT FOR OPERATION / PROCEDURE AND ANAESTHESIA", "", "I, %s, of %s" % (p.name, ", ".join(p.addr)),
             "hereby consent to undergo the following operation/procedure: %s" % name, "the nature and effect of which have been explained to me by %s." % c.cons.name, "",
             "I also consent to the administration of " + R.choice(["general", "local", "regional or general"]) + " anaesthesia.",
             "I understand the risks include: " + risks + ".", "I consent to the retention/disposal of any tissue removed, and its use for audit and teaching (delete if not agreed).", "",
             "Signed (patient): __________________  Date: %s" % c.d("dmy"), "Witness: __________________", "Consultant: __________________"]
    elif lay == 4:  # consent for blood transfusion / anaesthesia specific
        t = [c.hosp, R.choice(["Consent for Blood Transfusion", "Anaesthetic Consent", "Consent - Regional Anaesthesia"]), "", c.pt_block(2), "",
             "Information leaflet provided: [X]", "Risks discussed: " + R.choice(["transfusion reaction, infection (very rare), fluid overload", "sore throat, PONV, dental damage, awareness",
                                                                                "headache, hypotension, nerve damage (rare)"]),
             "Alternatives discussed: [X]", "Patient consents: Yes / No", "", "Signed: __________  Date: " + c.d("dmy"), "Clinician: " + c.reg.name]
    else:  # parental/child or lacks capacity form
        t = [c.hosp, R.choice(["Consent Form - Parent/Guardian", "Record of Decision - Patient Lacking Capacity (Assisted Decision-Making Act)",
                               "Consent Form 4"]), "", "Patient: %s   DOB %s" % (p.name, c.dob()), "Procedure: " + name, "",
             "Assessment of capacity: " + R.choice(["Patient unable to retain information due to delirium", "Parent has parental responsibility", "N/A"]),
             "Discussed with: %s (%s)" % (p.nok_name, p.nok_rel), "Risks: " + risks, "Decision: proceed in best interests / with will and preferences considered", "",
             "Clinician: %s  Signature: ______  Date: %s" % (c.cons.name, c.d("dmy")), "Second clinician: ______"]
    return "\n".join(t)


# ---------------------------------------------------------------- imaging
IMG = [
    dict(mod="XR", exam="Chest X-ray PA", scen="cap", hist="Cough, fever, ?consolidation", tech="",
         find=["There is airspace opacification in the right lower zone with air bronchograms, obscuring the right hemidiaphragm.",
               "No pleural effusion. Heart size within normal limits.", "No pneumothorax. Bones unremarkable."],
         concl="Right lower lobe consolidation consistent with pneumonia. Recommend follow-up radiograph in 6 weeks to document resolution."),
    dict(mod="XR", exam="Chest X-ray AP (portable)", scen="hf", hist="SOB, ?fluid overload", tech="",
         find=["Cardiomegaly (CTR 0.6, AP film limits assessment).", "Upper lobe blood diversion and perihilar haze.", "Small bilateral pleural effusions with Kerley B lines."],
         concl="Appearances consistent with pulmonary oedema / cardiac failure."),
    dict(mod="CT", exam="CT Brain (non-contrast)", scen="stroke", hist="R sided weakness, dysphasia. Onset unknown.", tech="Axial images acquired without IV contrast.",
         find=["There is an area of low attenuation with loss of grey-white differentiation in the left MCA territory involving the left insula and frontal operculum.",
               "No intracranial haemorrhage. No mass effect or midline shift.", "Ventricles and sulci are age-appropriate. Periventricular small vessel ischaemic change."],
         concl="Established left MCA territory infarct. No haemorrhage."),
    dict(mod="CT", exam="CT Abdomen and Pelvis with contrast", scen="appx", hist="RIF pain, raised WCC, ?appendicitis", tech="Portal venous phase imaging following 100mL Omnipaque 350.",
         find=["The appendix is dilated measuring 11mm with wall enhancement and periappendiceal fat stranding.", "No appendicolith. No free gas or drainable collection.",
               "Liver, spleen, pancreas, adrenals and kidneys are unremarkable.", "No lymphadenopathy. Bladder normal."],
         concl="Acute uncomplicated appendicitis."),
    dict(mod="US", exam="Ultrasound Abdomen", scen="chole", hist="RUQ pain, Murphy's +ve, raised WCC", tech="",
         find=["The gallbladder is distended with wall thickening of 5mm and a small amount of pericholecystic fluid.", "Multiple mobile calculi, the largest 14mm. Sonographic Murphy's sign positive.",
               "CBD measures 5mm. No intrahepatic duct dilatation.", "Liver normal in size and echotexture. Pancreas obscured by bowel gas.", "Both kidneys normal. No free fluid."],
         concl="Findings consistent with acute calculous cholecystitis. No biliary dilatation."),
    dict(mod="XR", exam="X-ray Pelvis and Left Hip", scen="nof", hist="Fall, shortened externally rotated L leg", tech="",
         find=["There is a displaced subcapital fracture of the left femoral neck.", "No other fracture identified. Degenerative changes both hips.", "Vascular calcification noted."],
         concl="Displaced left intracapsular neck of femur fracture."),
    dict(mod="MRI", exam="MRI Brain with and without gadolinium", scen="seizure", hist="First seizure. Abnormal EEG (L temporal).", tech="Sagittal T1, axial T2, FLAIR, DWI, SWI, coronal high-resolution T2 through hippocampi, post-contrast T1.",
         find=["The hippocampi are symmetrical in size and signal.", "No mesial temporal sclerosis. No cortical dysplasia identified.", "No restricted diffusion, haemorrhage or abnormal enhancement.", "Normal flow voids."],
         concl="Normal MRI brain. No structural epileptogenic lesion identified."),
    dict(mod="MG", exam="Bilateral Mammogram + Left Breast Ultrasound", scen="breast", hist="Palpable lump L breast UOQ. FHx breast ca.", tech="CC and MLO views both breasts. Targeted US left breast and axilla.",
         find=["Breast composition: heterogeneously dense (ACR C).", "Left: 19mm spiculated mass at 2 o'clock, corresponding to the palpable abnormality. On US an 18mm irregular hypoechoic mass with posterior shadowing (U5).",
               "Left axilla: normal appearing lymph nodes.", "Right breast: no suspicious mass, calcification or distortion."],
         concl="Left breast mass highly suspicious of malignancy (M5 U5). US-guided core biopsy performed today. BI-RADS 5."),
    dict(mod="ECHO", exam="Transthoracic Echocardiogram", scen="hf", hist="Decompensated heart failure", tech="2D, M-mode, colour and spectral Doppler. Image quality fair.",
         find=["LV dilated (LVIDd 6.2cm) with global hypokinesis. Biplane EF 30%.", "Moderate functional mitral regurgitation.", "RV normal size, TAPSE 16mm.",
               "LA dilated (LAVI 48mL/m2). Estimated PASP 45mmHg.", "IVC dilated with <50% collapse. Small pericardial effusion not seen."],
         concl="Dilated LV with severely impaired systolic function (EF 30%). Moderate MR. Raised filling pressures."),
    dict(mod="DXA", exam="DEXA Bone Densitometry", scen="nof", hist="Fragility fracture, ?osteoporosis", tech="Lumbar spine L1-L4 and left femur (right hip prosthesis).",
         find=["Lumbar spine L1-L4 BMD 0.782 g/cm2, T-score -2.8, Z-score -1.1.", "Left femoral neck BMD 0.561 g/cm2, T-score -3.1.", "Total hip T-score -2.6."],
         concl="Osteoporosis (WHO criteria). FRAX 10-year major osteoporotic fracture risk 28%. Treatment recommended."),
    dict(mod="CT", exam="CT Pulmonary Angiogram", scen="af", hist="SOB, tachycardia, ?PE. Wells score 4.5", tech="Bolus-tracked CTPA, 60mL Omnipaque 350.",
         find=["Good opacification of pulmonary arteries. No filling defect to subsegmental level.", "No consolidation or effusion. Mild emphysema.", "Heart size normal. No pericardial effusion."],
         concl="No pulmonary embolism."),
    dict(mod="US", exam="Ultrasound Kidneys, Ureters, Bladder", scen="luts", hist="LUTS, raised PVR", tech="",
         find=["Right kidney 10.8cm, left 11.2cm, normal cortical thickness, no hydronephrosis or calculi.", "Prostate enlarged, volume 58cc, with intravesical protrusion.",
               "Pre-void bladder volume 420mL; post-void residual 180mL.", "Bladder wall trabeculated."], concl="Prostatomegaly with significant post-void residual. No hydronephrosis."),
    dict(mod="MRI", exam="MRI Lumbar Spine", scen="ugib", hist="Chronic low back pain with R sciatica", tech="Sagittal T1, T2, STIR; axial T2 L3-S1.",
         find=["Normal lumbar lordosis. Conus terminates at L1.", "L4/5: disc desiccation with broad-based disc bulge and R paracentral protrusion contacting the traversing R L5 nerve root.",
               "L5/S1: mild facet arthropathy, no neural compromise.", "No marrow signal abnormality."], concl="L4/5 right paracentral disc protrusion contacting the right L5 nerve root."),
    dict(mod="NM", exam="DaTscan (ioflupane I-123 SPECT)", scen="pd", hist="Asymmetric tremor, ?idiopathic PD vs essential tremor", tech="185MBq I-123 ioflupane IV after thyroid blockade; SPECT at 4 hours.",
         find=["Reduced tracer uptake in the left putamen with relative preservation of caudate (\"comma\" to \"full stop\").", "Mildly reduced right posterior putamen uptake."],
         concl="Abnormal scan consistent with presynaptic dopaminergic deficit, supporting a diagnosis of Parkinsonian syndrome."),
]


def gen_imaging_report(c0):
    R = c0.r
    im = R.choice(IMG)
    c = Ctx(R, [s for s in SCENARIOS if s["key"] == im["scen"]][0])
    p = c.p
    rad = c.clinician(False, consultant=True)
    radt = "Consultant Radiologist" if im["mod"] not in ("ECHO",) else R.choice(["Chief Cardiac Physiologist", "Consultant Cardiologist"])
    acc = "%s%08d" % (R.choice(["RAD", "ACC", "NIM", ""]), R.randint(0, 99999999))
    lay = R.randrange(7)
    if lay == 0:  # NIMIS style
        t = ["%s - Department of Radiology" % c.hosp, "", "Patient: %s   DOB: %s   MRN: %s" % (p.name, c.dob("dmy"), p.mrn), "Accession: %s   Exam date: %s" % (acc, c.d("dmy")),
             "Referrer: %s   Location: %s" % (R.choice([c.cons.short, c.gp.name]), R.choice(["ED", "OPD", "GP", R.choice(c.scen["ward"])])), "",
             "Examination: " + im["exam"], "", "Clinical details: " + im["hist"], "", ("Technique: " + im["tech"]) if im["tech"] else "",
             "Findings:", "\n".join(im["find"]), "", "Conclusion:", im["concl"], "", "Reported by: %s, %s" % (rad.name, radt),
             "Report verified: %s %02d:%02d" % (c.d("dmy", R.randint(0, 2)), R.randint(8, 20), R.randint(0, 59))]
    elif lay == 1:  # all caps header, short
        t = [im["exam"].upper(), "", "CLINICAL HISTORY: " + im["hist"], "", ("TECHNIQUE: " + im["tech"]) if im["tech"] else "", "REPORT:", " ".join(im["find"]), "",
             "IMPRESSION: " + im["concl"], "", "DR %s %s" % (rad.first.upper(), rad.last.upper()), c.d("abbr")]
    elif lay == 2:  # letter-style report to GP (private imaging)
        t = [R.choice(["%s Imaging Centre" % R.choice(TOWNS), "%s Radiology" % R.choice(PRIVATE_HOSP), "Medical Imaging Services Ltd"]), "", c.d("long"), "",
             "To: %s, %s" % (c.gp.name, c.gp_practice), "", "Patient: %s %s (DOB %s)" % (p.title, p.name, c.dob()), "Examination: %s   Date: %s" % (im["exam"], c.d()), "",
             "Dear Doctor,", "", "Thank you for referring this patient. History: %s." % im["hist"], "", "\n".join(im["find"]), "", "OPINION: " + im["concl"], "",
             "Kind regards,", rad.name, radt]
    elif lay == 3:  # echo/physiology table style
        t = [c.hosp, "%s Report" % ("Cardiac Investigations - Echocardiography" if im["mod"] == "ECHO" else im["exam"]), "", c.pt_block(2),
             "Height %dcm  Weight %dkg  BSA %.2f" % (R.randint(150, 190), R.randint(55, 110), R.uniform(1.5, 2.2)) if im["mod"] in ("ECHO", "DXA") else "Modality: " + im["mod"],
             "Indication: " + im["hist"], "", "Measurements / Findings:"] + ["  %d. %s" % (i + 1, x) for i, x in enumerate(im["find"])] + [
             "", "Summary: " + im["concl"], "", "Performed by: %s %s" % (R.choice(FIRST_F), R.choice(SURNAMES)), "Reported by: " + rad.name]
    elif lay == 4:  # prelim/addendum
        t = ["*** %s ***" % R.choice(["PRELIMINARY REPORT", "FINAL REPORT", "ADDENDUM"]), "", "%s | %s | %s" % (p.name, p.mrn, im["exam"]),
             "Requested by %s on %s" % (c.reg.short, c.d("dmy")), "", "Hx: " + im["hist"], "", "Findings: " + " ".join(im["find"]), "",
             "Conclusion: " + im["concl"], "", R.choice(["Discussed with requesting team by phone at %02d:%02d." % (R.randint(8, 23), R.randint(0, 59)), "Urgent result - communicated.", ""]),
             "", rad.name + " (" + R.choice(["Consultant Radiologist", "Radiology SpR", "Radiology Registrar"]) + ")"]
    elif lay == 5:  # compact PACS printout
        t = ["%s   %s   %s" % (c.hosp, c.d("iso"), acc), "%s, %s  %s  %s" % (p.last.upper(), p.first, p.sex, c.dob("dmy")), "-" * 50, im["exam"],
             "Ref: %s" % c.gp.name if R.random() < 0.5 else "Ref: %s" % c.cons.name, "", "Clinical: " + im["hist"], "", "\n".join(im["find"]), "", im["concl"], "-" * 50,
             "Electronically signed by %s" % rad.name]
    else:  # comparison style
        t = [c.hosp_header("Radiology"), "", "Name: %s  Hosp No: %s" % (p.name, p.mrn), "Exam: " + im["exam"], "Date: " + c.d(), "",
             "Indication: " + im["hist"], "Comparison: " + R.choice(["None available.", "Previous study %s." % c.d("dmy", -R.randint(60, 900)), "No prior imaging on PACS."]), "",
             im["tech"], "", "\n".join(im["find"]), "", "IMPRESSION:", "1. " + im["concl"], "", rad.name, "MB FFR RCSI" if R.random() < 0.5 else "FFRRCSI"]
    return "\n".join(x for x in t if x is not None)


# ---------------------------------------------------------------- pathology
PATH = [
    dict(spec="Gallbladder", scen="chole", clin="Acute cholecystitis, lap chole", macro="Gallbladder 85 x 35mm, wall thickened up to 6mm, serosa congested. Contains multiple faceted yellow-green calculi up to 14mm. Mucosa ulcerated. Representative sections, cassettes A1-A3.",
         micro="Sections show gallbladder wall with mucosal ulceration, transmural acute inflammation with neutrophils, oedema and haemorrhage on a background of chronic cholecystitis with Rokitansky-Aschoff sinuses. No dysplasia or malignancy.",
         dx="Gallbladder: acute on chronic calculous cholecystitis. No evidence of malignancy.", snomed="T57000 M41000"),
    dict(spec="Appendix", scen="appx", clin="Acute appendicitis", macro="Appendix 65mm long, 10mm max diameter. Serosa dull with fibrinous exudate. Lumen contains pus. Tip and transverse sections embedded.",
         micro="There is transmural acute inflammation with mucosal ulceration and periappendiceal serositis. No perforation identified. No neoplasia.",
         dx="Appendix: acute suppurative appendicitis with periappendicitis. No neoplasia.", snomed="T66000 M41000"),
    dict(spec="Colonic polyp, ascending colon (EMR)", scen="ida", clin="IDA. 25mm sessile polyp ascending colon, EMR", macro="Multiple fragments of tan polypoid tissue, aggregate 28 x 20 x 6mm. All embedded.",
         micro="Sections show a tubulovillous adenoma with low-grade dysplasia. No high-grade dysplasia or invasive malignancy seen. Piecemeal resection - margins cannot be assessed.",
         dx="Ascending colon polyp (EMR): tubulovillous adenoma, low-grade dysplasia. Piecemeal excision.", snomed="T67200 M82630"),
    dict(spec="Left breast core biopsy (US-guided, 14G x 3)", scen="breast", clin="L breast 2 o'clock mass, M5 U5", macro="Three cores of white tissue, 12-16mm. All embedded.",
         micro="Cores infiltrated by invasive carcinoma of no special type, forming nests and cords. Tubule formation 3, nuclear pleomorphism 2, mitoses 1 (score 6). No lymphovascular invasion in cores. Associated DCIS intermediate grade.\nER: positive, Allred 8/8. PR: positive, Allred 6/8. HER2 (IHC): 1+ (negative).",
         dx="Left breast core: invasive ductal carcinoma (NST), grade 2. ER positive, PR positive, HER2 negative. B5b.", snomed="T04000 M85003"),
    dict(spec="Gastric and duodenal biopsies", scen="ugib", clin="DU bleed. Antral gastritis. CLO positive", macro="A: Antrum - 2 fragments 3mm. B: Body - 2 fragments 3mm. All embedded.",
         micro="A & B: Chronic active gastritis with numerous Helicobacter-like organisms confirmed on immunohistochemistry. No intestinal metaplasia, dysplasia or malignancy.",
         dx="Antrum and body: H. pylori-associated chronic active gastritis.", snomed="T63000 M43000"),
    dict(spec="Prostate chips (TURP)", scen="luts", clin="BPH. TURP.", macro="Multiple pale grey-tan chips weighing 32g in aggregate. 12 cassettes submitted (representative).",
         micro="Nodular hyperplasia of glandular and stromal elements with chronic inflammation. No evidence of malignancy in sections examined.",
         dx="Prostate (TURP): benign prostatic hyperplasia. No malignancy.", snomed="T77100 M72000"),
    dict(spec="Skin ellipse, left cheek", scen="dm", clin="Pearly nodule L cheek ?BCC", macro="Ellipse of skin 14 x 7 x 4mm bearing a 5mm pearly nodule. Inked, transversely sliced, all embedded.",
         micro="Nodular basal cell carcinoma composed of islands of basaloid cells with peripheral palisading and retraction artefact, arising from the epidermis. Excision complete: peripheral margin 2mm, deep margin 1.5mm.",
         dx="Skin, left cheek: nodular basal cell carcinoma, completely excised.", snomed="T02120 M80903"),
    dict(spec="Colonic biopsies, rectum and sigmoid", scen="uc", clin="Known UC, flare. Mayo 2 to 35cm", macro="A: Rectum - 3 fragments. B: Sigmoid - 3 fragments. All embedded.",
         micro="Diffuse architectural distortion, basal plasmacytosis and crypt abscesses with active cryptitis. No granulomas. CMV immunostain negative. No dysplasia.",
         dx="Rectum and sigmoid: chronic active colitis, moderately active, consistent with ulcerative colitis. CMV negative. No dysplasia.", snomed="T67000 M43000"),
]


def gen_pathology_report(c0):
    R = c0.r
    pa = R.choice(PATH)
    c = Ctx(R, [s for s in SCENARIOS if s["key"] == pa["scen"]][0])
    p = c.p
    path = c.clinician(False, consultant=True)
    lab = "%s%02d/%05d" % (R.choice(["H", "S", "HP", "SP"]), c.year % 100, R.randint(1, 40000))
    lay = R.randrange(6)
    rec = c.d("dmy", -R.randint(2, 10))
    if lay == 0:
        t = ["%s" % c.hosp, "Department of Histopathology", "", "Lab No: %s" % lab, c.pt_block(2), "Clinician: %s  Location: %s" % (c.cons.short, R.choice(c.scen["ward"])),
             "Date received: %s   Date reported: %s" % (rec, c.d("dmy")), "", "SPECIMEN: " + pa["spec"], "", "CLINICAL DETAILS: " + pa["clin"], "",
             "MACROSCOPY:", pa["macro"], "", "MICROSCOPY:", pa["micro"], "", "DIAGNOSIS:", pa["dx"], "", "SNOMED: " + pa["snomed"], "",
             "Reported by: %s, %s" % (path.name, "Consultant Histopathologist")]
    elif lay == 1:  # conclusion first
        t = ["HISTOPATHOLOGY REPORT - %s" % lab, "%s  /  %s  /  %s" % (p.name, p.mrn, c.dob("dmy")), "", "CONCLUSION: " + pa["dx"], "", "Specimen: " + pa["spec"],
             "Clinical: " + pa["clin"], "Macro: " + pa["macro"], "Micro: " + pa["micro"], "", "Authorised %s by %s" % (c.d("dmy"), path.name)]
    elif lay == 2:  # cancer synoptic (for breast) or regular
        t = [c.hosp_header("Laboratory Medicine - Cellular Pathology"), "", "Patient: %s   MRN: %s" % (p.name, p.mrn), "Requesting clinician: %s" % c.cons.name, "Specimen ID: %s" % lab, "",
             "Specimen type: " + pa["spec"], "Clinical information provided: " + pa["clin"], "", "Gross description", pa["macro"], "", "Histology", pa["micro"], "",
             "Final Diagnosis", "  " + pa["dx"], "", R.choice(["Case discussed at MDM.", "Intradepartmental consultation with %s." % c.clinician(False, True).short, ""]),
             "", path.name, "MB FRCPath"]
    elif lay == 3:  # brief result slip / GP copy
        t = ["%s Laboratory" % c.hosp, "Histology result", "", "%s  DOB %s" % (p.name, c.dob("dmy")), "Requested by: %s" % R.choice([c.gp.name, c.cons.name]), "Lab ref: %s" % lab, "",
             "Specimen: " + pa["spec"], "Result: " + pa["dx"], "", "Full report available on request."]
    elif lay == 4:  # upper case continuous
        t = ["PATHOLOGY", "NAME %s %s   HN %s   SEX %s   AGE %d" % (p.last.upper(), p.first.upper(), p.mrn, p.sex, p.age), "LAB NO %s   COLLECTED %s" % (lab, rec),
             "", "NATURE OF SPECIMEN", pa["spec"].upper(), "", "CLINICAL NOTES", pa["clin"], "", "MACROSCOPIC DESCRIPTION", pa["macro"], "",
             "MICROSCOPIC DESCRIPTION", pa["micro"], "", "SUMMARY", pa["dx"], "", "Pathologist: " + path.short, "Supplementary report: " + R.choice(["to follow", "none", "N/A"])]
    else:  # cytology variant / frozen-section / letter
        t = [c.hosp, "Histopathology / Cytopathology", "", "Our ref %s    Your ref %s" % (lab, p.mrn), "", "Dear %s," % c.cons.short, "",
             "Re: %s (DOB %s)" % (p.name, c.dob()), "", "The specimen received (%s) shows:" % pa["spec"].lower(), pa["micro"], "", "In summary: " + pa["dx"], "",
             "Yours sincerely,", path.name, "Consultant Histopathologist"]
    return "\n".join(t)


# ---------------------------------------------------------------- lab report
def lab_rows(c, keys):
    rows = []
    for k in keys:
        v = c.lab_val(k)
        for kk, lab, u, lo, hi, dp in LAB_DEF:
            if kk == k:
                break
        else:
            lab, u, lo, hi, dp = EXTRA_LABS[k]
        flag = ""
        if isinstance(v, (int, float)):
            flag = "H" if v > hi else ("L" if v < lo else "")
        rng = "(%s-%s)" % (lo, hi) if lo else "(<%s)" % hi
        rows.append((lab, v, u, rng, flag))
    return rows


def gen_lab_report(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(7)
    panels = {"FBC": ["Hb", "WCC", "Plt", "Neut", "Lymph", "MCV"], "U&E": ["Na", "K", "Urea", "Creat", "eGFR"],
              "LFT": ["Bili", "ALT", "ALP", "GGT", "Alb"], "CRP": ["CRP"]}
    extra = [k for k in s["labs"] if k in EXTRA_LABS]
    chosen = R.sample(list(panels), R.randint(1, 4))
    keys = []
    for k in chosen:
        keys += panels[k]
    keys += extra
    rows = lab_rows(c, keys)
    coll = "%s %02d:%02d" % (c.d("dmy"), R.randint(6, 22), R.randint(0, 59))
    labno = "%d%s%06d" % (c.year % 100, R.choice("BCHX"), R.randint(0, 999999))
    if lay == 0:
        t = ["%s - Laboratory Medicine" % c.hosp, "Clinical Biochemistry / Haematology", "", "Patient: %s   DOB: %s   Sex: %s" % (p.name, c.dob("dmy"), p.sex),
             "MRN: %s   Location: %s   Requested by: %s" % (p.mrn, R.choice(s["ward"] + ["GP", "OPD"]), R.choice([c.cons.short, c.gp.short])),
             "Specimen: %s   Collected: %s   Received: %s" % (labno, coll, c.d("dmy")), "", "%-26s %-10s %-14s %-16s %s" % ("Test", "Result", "Units", "Ref. range", "Flag")]
        t += ["%-26s %-10s %-14s %-16s %s" % r for r in rows]
        t += ["", "Authorised by: %s, Senior Medical Scientist" % R.choice(FIRST_F + FIRST_M), "*** END OF REPORT ***"]
    elif lay == 1:  # GP practice lab result import (Healthlink)
        t = ["Healthlink Lab Result", "From: %s Laboratory" % c.hosp, "To: %s" % c.gp.name, "Patient: %s (%s)" % (p.name, c.dob("dmy")), "Received: %s" % c.d("dmy", 1), ""]
        t += ["%s: %s %s %s%s" % (r[0], r[1], r[2], r[3], "  *" + r[4] if r[4] else "") for r in rows]
        t += ["", "Comment: " + R.choice(["Haemolysed sample - K may be spuriously raised.", "Please interpret eGFR with caution.", "", "Result phoned to practice."]),
              "", "Action: " + R.choice(["Normal - no action", "Contact patient", "Discuss with doctor", "Repeat 3/12"]), "Filed by: " + c.gp.short]
    elif lay == 2:  # microbiology
        org = R.choice(["Escherichia coli", "Staphylococcus aureus", "Klebsiella pneumoniae", "No growth", "Mixed growth"])
        t = [c.hosp, "MICROBIOLOGY REPORT", "", c.pt_block(2), "Lab No: %s" % labno, "Specimen: %s" % R.choice(["Mid-stream urine", "Blood culture (aerobic + anaerobic)", "Sputum", "Wound swab", "Stool"]),
             "Collected: %s" % coll, "", "Microscopy: " + R.choice(["WBC >100/uL, RBC 10-50/uL, epithelial cells scanty", "Gram stain: Gram negative bacilli", "Pus cells ++"]),
             "Culture: " + org + (" >10^5 cfu/mL" if org not in ("No growth", "Mixed growth") else ""), ""]
        if org not in ("No growth", "Mixed growth"):
            t += ["Sensitivities:"] + ["  %-20s %s" % (a, R.choice("SSSR")) for a in R.sample(["Amoxicillin", "Co-amoxiclav", "Nitrofurantoin", "Trimethoprim", "Gentamicin",
                                                                                                "Ciprofloxacin", "Flucloxacillin", "Cefalexin", "Piperacillin/tazobactam"], 5)]
        t += ["", "Comment: " + R.choice(["Please correlate clinically.", "Probable contaminant if single bottle.", "Consultant Microbiologist available for advice on ext. %d." % R.randint(2000, 5999), ""])]
    elif lay == 3:  # cumulative table
        d3 = [c.d("dot", -i * R.randint(1, 3)) for i in range(3)][::-1]
        t = ["CUMULATIVE REPORT", "%s  %s  %s" % (p.name, p.mrn, c.hosp), "", "%-22s %10s %10s %10s" % ("", d3[0], d3[1], d3[2])]
        for r in rows:
            v = r[1]
            if isinstance(v, (int, float)):
                vs = [round(v * R.uniform(0.8, 1.25), 1) for _ in range(2)] + [v]
            else:
                vs = [v, v, v]
            t.append("%-22s %10s %10s %10s  %s" % (r[0][:22], vs[0], vs[1], vs[2], r[2]))
        t += ["", "Printed: %s" % c.d("dmy", 1)]
    elif lay == 4:  # coag / INR anticoag clinic
        inr = round(R.uniform(1.6, 3.8), 1)
        t = [c.hosp, "Anticoagulation Clinic - INR Result", "", "Name: %s   DOB: %s" % (p.name, c.dob()), "Indication: %s   Target INR: 2.0-3.0" % R.choice(["AF", "DVT", "Mechanical MVR (2.5-3.5)"]),
             "Date: %s" % c.d(), "", "INR: %.1f" % inr, "PT: %.1f sec   APTT: %d sec" % (inr * 11.5, R.randint(26, 38)), "",
             "Warfarin dose: %s" % R.choice(["3mg daily", "4mg Mon/Wed/Fri, 3mg other days", "5mg daily"]), "Next INR: %s" % c.d("dmy", R.choice([7, 14, 28])),
             "Checked by: %s, CNM" % R.choice(FIRST_F)]
    elif lay == 5:  # terse printout, one-line per panel
        t = ["LAB %s  %s  %s/%s" % (labno, coll, p.last.upper(), p.first.upper()), ""]
        for k in chosen:
            t.append(k + ": " + ", ".join("%s %s%s" % (r[0].split()[0], r[1], "(%s)" % r[4] if r[4] else "") for r in rows if r[0] in [x[0] for x in lab_rows(c, panels[k])]))
        if extra:
            t.append("Other: " + ", ".join("%s %s %s" % (r[0], r[1], r[2]) for r in rows[-len(extra):]))
        t += ["", "Req: " + c.reg.short]
    else:  # special chemistry / endocrine
        tests = [("HbA1c (IFCC)", c.lab_val("HbA1c"), "mmol/mol", "(20-42)"), ("TSH", c.lab_val("TSH"), "mIU/L", "(0.27-4.2)"),
                 ("Free T4", round(R.uniform(11, 21), 1), "pmol/L", "(12-22)"), ("Vitamin B12", R.randint(190, 700), "ng/L", "(197-771)"),
                 ("Folate", round(R.uniform(3, 15), 1), "ug/L", "(>3.9)"), ("Ferritin", c.lab_val("Ferritin"), "ug/L", "(15-300)"), ("25-OH Vitamin D", R.randint(20, 90), "nmol/L", "(>50)")]
        t = [c.hosp_header("Clinical Chemistry"), "", c.pt_block(0), "Sample: %s  Collected %s" % (labno, coll), "", "ENDOCRINOLOGY / HAEMATINICS"]
        t += ["  %-18s %-8s %-9s %s" % x for x in R.sample(tests, R.randint(3, 6))]
        t += ["", "Report status: FINAL", "Validated by: %s" % R.choice(["MS", "CB", "AOC", "JK"]) + str(R.randint(10, 99))]
    return "\n".join(t)


# ---------------------------------------------------------------- medication list
def gen_medication_list(c):
    R = c.r
    s = c.scen
    p = c.p
    ms = c.all_meds()
    lay = R.randrange(6)
    if lay == 0:  # medicines reconciliation form
        t = [c.hosp, R.choice(["MEDICATION RECONCILIATION FORM", "Medicines Reconciliation - Admission", "Pharmacy Medication History"]), "", c.pt_block(2),
             "Sources used: " + ", ".join(R.sample(["Patient", "GP list (faxed)", "Community pharmacy", "Family", "Own medicines", "Previous discharge letter"], 3)), "",
             "%-32s %-10s %-10s %-16s %s" % ("Medication", "Dose", "Route", "Frequency", "Action on admission")]
        for m in ms:
            t.append("%-32s %-10s %-10s %-16s %s" % (m[0], m[1], m[3], m[2], R.choice(["Continue", "Continue", "Withhold", "Changed", "Continue"])))
        t += ["", "Allergies: " + allergies(c), "Discrepancies identified: " + R.choice(["None", "1 - dose of %s clarified with GP" % ms[0][0], "Omission corrected"]),
              "", "Pharmacist: %s %s, MPSI   Date: %s" % (R.choice(FIRST_F + FIRST_M), R.choice(SURNAMES), c.d("dmy"))]
    elif lay == 1:  # GP repeat list printout
        t = [c.gp_practice, "\n".join(c.gp_addr), "", "REPEAT MEDICATION LIST", "Patient: %s   DOB %s   %s" % (p.name, c.dob("dmy"), "GMS: " + p.mcard if p.gms else "DPS"), "Printed: %s" % c.d(), ""]
        for m in ms:
            t.append("%s %s - %s %s   (last issued %s, %d issues)" % (m[0], m[1], m[2], "" if m[3] == "PO" else m[3], c.d("dmy", -R.randint(1, 40)), R.randint(1, 12)))
        t += ["", "Acute (last 3 months): " + R.choice(["Amoxicillin 500mg TDS x5d", "Nil", "Prednisolone 30mg x5d"]), "Review date: %s" % c.d("dmy", 180)]
    elif lay == 2:  # patient-held medication card
        t = ["MY MEDICINES", "", "Name: %s" % p.name, "GP: %s  Tel %s" % (c.gp.short, c.gp_phone), "Pharmacy: %s Pharmacy, %s" % (R.choice(SURNAMES), R.choice(TOWNS)), "Allergies: " + allergies(c), "",
             "Medicine | What it's for | Morning | Lunch | Evening | Bed"]
        for m in ms:
            f = m[2].upper()
            slots = ["1" if "OD" in f or "BD" in f or "TDS" in f or "QDS" in f else "", "1" if "TDS" in f or "QDS" in f else "", "1" if "BD" in f or "TDS" in f or "QDS" in f else "",
                     "1" if "NOCTE" in f or "QDS" in f else ""]
            t.append("%s %s | %s | %s" % (m[0], m[1], R.choice(["heart", "blood pressure", "stomach", "pain", "breathing", "bones", "water tablet", "?"]), " | ".join(slots)))
        t += ["", "Updated: " + c.d()]
    elif lay == 3:  # discharge medication section / kardex transcription
        t = ["Drug Kardex transcription - %s" % c.d("dmy"), "%s  %s  Ward: %s" % (p.name, p.mrn, R.choice(s["ward"])), "Wt %dkg  Allergy: %s" % (R.randint(50, 110), allergies(c)), "",
             "REGULAR"] + ["  %s  %s  %s  %s  Start %s  Dr %s" % (m[0], m[1], m[3], m[2], c.d("dmy", -R.randint(0, 5)), c.reg.last) for m in ms] + [
             "", "PRN", "  Paracetamol 1g PO QDS PRN (max 4g/24h)", "  Ondansetron 4mg IV/PO TDS PRN", "", "ONCE ONLY", "  " + R.choice(["Furosemide 40mg IV", "Vitamin K 10mg IV", "Ceftriaxone 2g IV"])]
    elif lay == 4:  # brief list in letter
        t = [c.hosp_header(), "", "Re: %s  %s" % (p.name, c.dob()), "", "Current medication list as of %s:" % c.d()]
        t += ["%d. %s" % (i + 1, c.med_line(m, 0)) for i, m in enumerate(ms)]
        t += ["", "Stopped: " + R.choice(["Ibuprofen (GI bleed)", "Nil", "Gliclazide (hypos)", "Amlodipine (ankle oedema)"]), "Changes made: " + "; ".join(s["new"]), "", c.sig(letter=False)]
    else:  # nursing home MAR summary
        t = [R.choice(["%s Nursing Home" % R.choice(TOWNS), "St. %s's Community Nursing Unit" % R.choice(["Ita", "Enda", "Brigid", "Kieran"])]), "Medication Administration Record - summary", "",
             "Resident: %s   Room %d   DOB %s" % (p.name, R.randint(1, 60), c.dob("dmy")), "GP: " + c.gp.name, ""]
        for m in ms:
            t.append("%s %s %s  - %s" % (m[0], m[1], m[2], R.choice(["given", "given", "refused x1", "withheld - sleeping"])))
        t += ["", "Pharmacist review: %s" % c.d("dmy"), "Nurse in charge: %s %s RGN" % (R.choice(FIRST_F), R.choice(SURNAMES))]
    return "\n".join(t)


# ---------------------------------------------------------------- prescription
def gen_prescription(c):
    R = c.r
    p = c.p
    ms = c.all_meds()
    lay = R.randrange(6)
    sel = R.sample(ms, min(len(ms), R.randint(1, 4)))
    if lay == 0:  # GMS prescription form
        t = ["GENERAL MEDICAL SERVICES", "HSE Primary Care Reimbursement Service", "PRESCRIPTION FORM", "", "Doctor No: %d   %s" % (R.randint(10000, 99999), c.gp.name),
             "Patient: %s   Card No: %s   DOB %s" % (p.name, p.mcard, c.dob("dmy")), "Address: %s" % ", ".join(p.addr), "", "Rx"]
        t += ["  %s %s  %s  Mitte: %s" % (m[0], m[1], m[2], R.choice(["28", "1/12", "56", "84 (3 months)", "1 pack"])) for m in sel]
        t += ["", "Repeat x %d" % R.randint(0, 5), "Signature: __________   Date: %s" % c.d("dmy")]
    elif lay == 1:  # hospital outpatient prescription
        t = [c.hosp, "OUTPATIENT / DISCHARGE PRESCRIPTION", "", c.pt_block(2), "Medical card: %s" % ("Yes" if p.gms else "No"), "Allergies: " + allergies(c), "",
             "%-30s %-10s %-8s %-12s %s" % ("Drug (generic)", "Dose", "Route", "Frequency", "Duration")]
        t += ["%-30s %-10s %-8s %-12s %s" % (m[0], m[1], m[3], m[2], R.choice(["28 days", "Continue", "5 days", "1 month", "3 months"])) for m in sel]
        t += ["", "Prescriber: %s   MCRN %s   Bleep %d" % (c.reg.name, c.reg.mcrn, R.randint(100, 899)), "Date: " + c.d("dmy"), "Pharmacy use: ____"]
    elif lay == 2:  # private script, handwritten-ish
        t = [c.gp.name + ", " + c.gp.quals, c.gp_practice + ", " + ", ".join(c.gp_addr[1:]), "Tel %s" % c.gp_phone, "", "Name: %s" % p.name, "Addr: %s" % p.addr[1], "Date: %s" % c.d("short"), "", "Rx"]
        for m in sel:
            t += ["  %s %s" % (m[0], m[1]), "     Sig: %s" % m[2].lower(), "     Mitte: %s" % R.choice(["1/12", "28/7", "3/12", "x1"])]
        t += ["", R.choice(["Repeat x2", "Repeat monthly x6", "No repeats", ""]), "", "__________ " + c.gp.short]
    elif lay == 3:  # controlled drug script
        t = [c.hosp, "PRESCRIPTION - CONTROLLED DRUG (Schedule 2/3)", "", "Patient: %s, %s" % (p.name, ", ".join(p.addr)), "",
             "Drug: %s" % R.choice(["Oxycodone hydrochloride 5mg capsules", "Morphine sulfate 10mg/5mL oral solution", "Tapentadol 50mg tablets"]),
             "Dose: %s" % R.choice(["5mg four to six hourly when required", "one capsule every 6 hours PRN"]), "Total quantity: %s (%s)" % R.choice([("twenty", "20"), ("fourteen", "14"), ("thirty", "30")]),
             "", "Prescriber: %s, %s   MCRN %s" % (c.reg.name, c.spec, c.reg.mcrn), "Signature: ______   Date: %s" % c.d("long2")]
    elif lay == 4:  # ePrescription/Healthmail
        t = ["ePrescription via Healthmail", "From: %s <%s@healthmail-example.ie>" % (c.gp.name, c.gp.last.lower().replace("'", "").replace(" ", "")),
             "To: %s Pharmacy" % R.choice(SURNAMES), "Date: %s" % c.d("long2"), "", "Patient: %s  DOB %s  Ph %s" % (p.name, c.dob("dmy"), p.phone),
             "Scheme: %s" % ("GMS " + p.mcard if p.gms else R.choice(["DPS", "Private", "LTI"])), ""]
        t += ["%d) %s %s %s, %s" % (i + 1, m[0], m[1], m[2], R.choice(["supply 1 month", "x 28", "x 3 months"])) for i, m in enumerate(sel)]
        t += ["", "Dr %s" % c.gp.last, "MCRN " + c.gp.mcrn]
    else:  # single-item antibiotic/acute script
        m = sel[0]
        t = [c.gp_practice, "", c.d("dmy"), "", p.title + " " + p.name, "", "Rx  %s %s %s" % (m[0], m[1], m[2]), "    %s" % R.choice(["x 5 days", "x 7 days", "x 1 month", "as directed"]),
             "", R.choice(["Generic substitution permitted", "Do not substitute", ""]), "", c.gp.short]
    return "\n".join(t)


# ---------------------------------------------------------------- advance directive
def gen_advance_directive(c):
    R = c.r
    p = c.p
    lay = R.randrange(6)
    c.p.age = max(p.age, 60)
    if lay == 0:  # Think Ahead-style form
        t = [R.choice(["THINK AHEAD - Planning for end of life care", "Advance Healthcare Directive", "My Care Preferences"]), "", "Section 1 - Personal details",
             "Name: %s   DOB: %s" % (p.name, c.dob()), "Address: %s" % ", ".join(p.addr), "PPSN: %s" % p.ppsn, "", "Section 2 - My care preferences",
             R.choice(["If I become seriously ill with no reasonable prospect of recovery, I wish to be kept comfortable and not to receive CPR.",
                       "I would like to be cared for at home if possible.", "I do not wish to be artificially fed through a tube."]),
             "Preferred place of care: " + R.choice(["Home", "Hospice", "Nursing home", "Hospital"]), "Religious/spiritual wishes: " + R.choice(["Roman Catholic - please call the priest", "None", "Church of Ireland", "Humanist"]),
             "", "Section 3 - Designated healthcare representative", "Name: %s  Relationship: %s  Tel: %s" % (p.nok_name, p.nok_rel, p.phone), "",
             "Section 4 - Organ donation: " + R.choice(["Yes", "No", "Undecided"]), "", "Signed: __________  Date: %s" % c.d("dmy"), "Witness 1: __________", "Witness 2: __________"]
    elif lay == 1:  # ADMCA statutory AHD
        t = ["ADVANCE HEALTHCARE DIRECTIVE", "(Assisted Decision-Making (Capacity) Act 2015, Part 8)", "", "I, %s, of %s, born %s," % (p.name, ", ".join(p.addr), c.dob("long")),
             "being over 18 years and having capacity, make this advance healthcare directive.", "", "Treatment refusals:",
             "1. I refuse cardiopulmonary resuscitation in all circumstances where my heart or breathing stops.", "2. I refuse " + R.choice(["mechanical ventilation", "renal dialysis", "blood transfusion", "PEG feeding"]) + " even if my life is at risk.",
             "", "Requests: I request that my pain be controlled even if this may shorten my life.", "", "Designated Healthcare Representative: %s (%s)" % (p.nok_name, p.nok_rel),
             "", "Signature of directive-maker: ______________  Date: %s" % c.d("dmy"), "Witness (not a family member): ______________", "Witness: ______________"]
    elif lay == 2:  # DNACPR form in hospital
        t = [c.hosp, R.choice(["DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR) ORDER", "DNAR Decision Form", "Resuscitation Status Form"]), "", c.pt_block(2), "",
             "Decision: CPR should NOT be attempted. All other appropriate treatment to continue.", "Reason: " + R.choice(["CPR unlikely to be successful due to " + c.scen["dx2"],
                                                                                                                         "Patient's expressed wish", "Frailty and multimorbidity"]),
             "Discussed with patient: " + R.choice(["Yes", "No - lacks capacity"]), "Discussed with family: Yes - %s (%s)" % (p.nok_name, p.nok_rel),
             "Review date: " + R.choice(["Indefinite", c.d("dmy", 30)]), "", "Senior clinician: %s   Signature ______  %s" % (c.cons.name, c.d("dmy"))]
    elif lay == 3:  # chart note re ceiling of care
        t = [c.d("dmy") + "  Ceiling of care / advance care planning discussion", "", "Present: %s, %s (%s), CNM %s" % (c.cons.short, p.nok_name, p.nok_rel, R.choice(FIRST_F)), "",
             c.f("Discussed {first}'s condition (%s) and prognosis." % c.scen["dx2"]), c.f("{He} has previously expressed a wish not to be resuscitated and to avoid ICU."),
             "Agreed: not for CPR, not for intubation/ICU. For ward-based care incl. antibiotics and fluids.", "Family in agreement.", "", c.reg.name]
    elif lay == 4:  # Enduring power of attorney notice (legal)
        t = ["ENDURING POWER OF ATTORNEY - NOTICE / HEALTHCARE DECISIONS", "", "Donor: %s, %s" % (p.name, ", ".join(p.addr)),
             "Attorney: %s (%s)" % (p.nok_name, p.nok_rel), "Solicitor: %s %s & Co., %s" % (R.choice(FIRST_M), R.choice(SURNAMES), R.choice(TOWNS)), "",
             "Personal care decisions authorised: where I shall reside; with whom I shall live; my diet; consent to routine healthcare.",
             "This power does not extend to refusing life-sustaining treatment.", "", "Registered: %s" % c.d("long2")]
    else:  # patient-written letter
        t = [", ".join(p.addr), c.d("long2"), "", "To whom it may concern,", "",
             "I, %s, want to put in writing my wishes about my care. If I am ever very ill and cannot speak for myself, I do not want to be kept alive on machines." % p.name,
             "I would like to die at home if possible. I want my %s %s to speak for me." % (p.nok_rel.lower(), p.nok_name.split()[0]), "", "Signed, %s" % p.name,
             "Witnessed by: %s, %s" % (c.gp.name, c.gp_practice)]
    return "\n".join(t)


# ---------------------------------------------------------------- ECG
def gen_ecg_report(c):
    R = c.r
    p = c.p
    k = c.scen["key"]
    if k == "af":
        rhythm, rate, interp = "Atrial fibrillation", R.randint(110, 150), "Atrial fibrillation with rapid ventricular response. Non-specific ST-T changes."
    elif k == "nstemi":
        rhythm, rate, interp = "Sinus rhythm", R.randint(70, 95), "Sinus rhythm. ST depression 1-2mm V4-V6, I, aVL. Consistent with anterolateral ischaemia."
    else:
        rhythm, rate = "Sinus rhythm", R.randint(55, 100)
        interp = R.choice(["Sinus rhythm. Normal ECG.", "Sinus rhythm. Left axis deviation.", "Sinus rhythm. First degree AV block.", "Sinus rhythm. RBBB. No acute changes.",
                           "Sinus bradycardia. Otherwise normal."])
    pr = "-" if rhythm.startswith("Atrial") else str(R.randint(140, 220))
    qrs, qt = R.randint(80, 130), R.randint(360, 440)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    axis = R.randint(-40, 90)
    lay = R.randrange(6)
    if lay == 0:  # machine printout
        t = ["%s   %s %02d:%02d:%02d" % (p.name.upper(), c.d("dmy"), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "ID: %s  %d yrs  %s  %dcm %dkg" % (p.mrn, p.age, "Male" if p.sex == "M" else "Female", R.randint(150, 190), R.randint(50, 110)),
             "Vent. rate %d BPM" % rate, "PR interval %s ms" % pr, "QRS duration %d ms" % qrs, "QT/QTc %d/%d ms" % (qt, qtc), "P-R-T axes %s %d %d" % ("*" if pr == "-" else R.randint(0, 70), axis, R.randint(0, 80)),
             "", interp.upper().replace(". ", "\n"), R.choice(["Abnormal ECG", "Borderline ECG", "Normal ECG" if "Normal" in interp else "Abnormal ECG"]), "Unconfirmed Diagnosis" if R.random() < 0.5 else "Confirmed by: " + c.cons.short,
             "", "25mm/s 10mm/mV 150Hz  %s  Loc:%d" % (R.choice(["MAC5500", "PageWriter TC50", "CP 150"]), R.randint(1, 30))]
    elif lay == 1:  # cardiology department report
        t = [c.hosp, "Cardiac Investigations Department", "12-LEAD ECG REPORT", "", c.pt_block(0), "Requested by: %s" % c.reg.short, "Indication: %s" % c.scen["pc"], "",
             "Rhythm: %s   Rate: %d bpm" % (rhythm, rate), "PR: %s ms   QRS: %d ms   QTc: %d ms   Axis: %d deg" % (pr, qrs, qtc, axis), "", "Interpretation: " + interp, "",
             "Reported by: %s, %s" % (c.cons.name, "Consultant Cardiologist"), c.d()]
    elif lay == 2:  # handwritten in notes
        t = [c.d("short") + " ECG", "%s, rate %d, axis %s" % ("SR" if rhythm.startswith("Sinus") else "AF", rate, R.choice(["normal", "LAD", "N"])),
             "PR %s, QRS %d, QTc %d" % (pr, qrs, qtc), interp.split(". ", 1)[-1], "c/w " + R.choice(["previous", "old ECG - no change", "no previous available"]), c.reg.short]
    elif lay == 3:  # Holter / ambulatory
        t = [c.hosp, R.choice(["24 Hour Holter Monitor Report", "Ambulatory ECG (72h) Report"]), "", "Patient: %s  DOB %s  MRN %s" % (p.name, c.dob(), p.mrn), "Hook-up: %s  Duration: %dh" % (c.d("dmy"), R.choice([24, 48, 72])), "",
             "Underlying rhythm: %s" % rhythm, "Heart rate: min %d, mean %d, max %d bpm" % (R.randint(40, 60), rate, R.randint(110, 170)),
             "Ventricular ectopics: %d (isolated)" % R.randint(0, 900), "Supraventricular ectopics: %d" % R.randint(0, 1500), "Pauses >2.5s: %s" % R.choice(["none", "1 (2.7s, nocturnal)"]),
             "Patient diary: " + R.choice(["palpitations at 14:20 - corresponds to sinus tachycardia", "no symptoms recorded", "dizziness 09:10 - sinus rhythm"]), "",
             "Conclusion: " + R.choice(["Paroxysmal AF burden 12%.", "No significant arrhythmia.", "Frequent SVEs, brief runs of SVT (max 8 beats)."]), "", "Cardiac physiologist: " + R.choice(FIRST_F + FIRST_M)]
    elif lay == 4:  # exercise stress test
        t = [c.hosp, "Exercise Tolerance Test", "", c.pt_block(2), "Protocol: Bruce   Indication: chest pain ?angina", "", "Resting: %s, HR %d, BP %d/%d" % (rhythm, rate, R.randint(110, 150), R.randint(60, 90)),
             "Exercise duration: %d min %02d s (stage %d)" % (R.randint(4, 12), R.randint(0, 59), R.randint(2, 4)), "Max HR: %d (%d%% of predicted)" % (R.randint(120, 170), R.randint(75, 98)),
             "Reason for stopping: " + R.choice(["fatigue", "target HR achieved", "chest pain", "ST depression"]), "ST changes: " + R.choice(["none", "1.5mm horizontal ST depression V5-6 at stage 3"]),
             "", "Conclusion: " + R.choice(["Negative for inducible ischaemia at a good workload.", "Positive test - recommend angiography."]), "", c.cons.name]
    else:  # ED ECG stamp sheet
        t = ["ECG REVIEW STAMP", "Name: %s   Time: %02d:%02d" % (p.name, R.randint(0, 23), R.randint(0, 59)), "Rate: %d   Rhythm: %s" % (rate, rhythm),
             "Axis: %s   PR: %s   QRS: %d   QT: %d" % (axis, pr, qrs, qtc), "ST/T: " + R.choice(["no acute changes", "see below", "ST depression lateral"]),
             "STEMI: No", "Seen by ED doctor: %s   Time: %02d:%02d" % (c.reg.short, R.randint(0, 23), R.randint(0, 59)), "Comment: " + interp]
    return "\n".join(t)


# ---------------------------------------------------------------- immunization record
def gen_immunization_record(c):
    R = c.r
    p = c.p
    lay = R.randrange(6)
    if lay in (0, 1):  # childhood schedule
        dob = c.p.dob = datetime.date(R.randint(2008, 2022), R.randint(1, 12), R.randint(1, 28))
        sched = [(60, "6 in 1 (DTaP/IPV/Hib/HepB)", "PCV", "MenB", "Rotavirus"), (120, "6 in 1", "MenB", "Rotavirus"), (180, "6 in 1", "PCV", "MenC"),
                 (365, "MMR", "MenB"), (395, "Hib/MenC", "PCV"), (365 * 4 + 200, "4 in 1 (DTaP/IPV)", "MMR")]
        t = [R.choice(["Childhood Immunisation Record", "HSE National Immunisation Office - Immunisation Passport", "Vaccination Record - Child Health"]), "",
             "Child: %s   DOB: %s   Sex: %s" % (p.name, fd(dob, "dmy"), p.sex), "Parent/Guardian: %s" % p.nok_name, "GP: %s, %s" % (c.gp.name, c.gp_practice), ""]
        if lay == 0:
            t.append("%-12s %-34s %-12s %-10s %s" % ("Age", "Vaccine", "Date given", "Batch", "Site"))
        for days, *vs in sched:
            d = dob + datetime.timedelta(days=days + R.randint(0, 20))
            if d > datetime.date(2024, 12, 31):
                break
            for v in vs:
                if lay == 0:
                    t.append("%-12s %-34s %-12s %-10s %s" % ("%d mths" % (days // 30) if days < 1000 else "4-5 yrs", v, fd(d, "dmy"), "%s%05d" % (R.choice(["A", "B", "X", "N"]), R.randint(0, 99999)),
                                                               R.choice(["L thigh", "R thigh", "L arm", "R arm", "oral"])))
                else:
                    t.append("%s - %s - given by %s (%s)" % (fd(d, "dot"), v, R.choice([c.gp.short, "PN " + R.choice(FIRST_F)]), "batch " + str(R.randint(10000, 99999))))
        t += ["", "Next due: " + R.choice(["Junior infants (school team)", "See schedule", "HPV - 1st year secondary school"])]
    elif lay == 2:  # adult flu/COVID/pneumo
        t = [c.gp_practice, "Vaccination History", "", "%s  DOB %s  %s" % (p.name, c.dob("dmy"), "GMS" if p.gms else "Private"), ""]
        for y in sorted(R.sample(range(2010, 2025), 5)):
            t.append("%s  Influenza (seasonal) %s  batch %s  L deltoid  %s" % (fd(datetime.date(y, R.choice([9, 10, 11]), R.randint(1, 28)), "dmy"), R.choice(["QIV", "Influvac Tetra", "LAIV"]), R.randint(10000, 99999), c.gp.short))
        t += ["%s  Pneumococcal polysaccharide (PPV23)" % c.d("dmy", -R.randint(100, 3000)), "%s  COVID-19 mRNA booster" % fd(datetime.date(2022, R.randint(1, 12), 5), "dmy"), "", "Consent obtained verbally. No adverse reactions recorded."]
    elif lay == 3:  # healthcare worker occ health
        t = [c.hosp, "Occupational Health Department", "Staff Immunisation Record", "", "Employee: %s   Staff No: %d   Dept: %s" % (p.name, R.randint(10000, 99999), R.choice(["Nursing", "Catering", "Radiology", "NCHD"])), "",
             "Hepatitis B: dose 1 %s, dose 2 %s, dose 3 %s" % (c.d("dmy", -400), c.d("dmy", -370), c.d("dmy", -220)), "Anti-HBs: %d IU/L (%s)" % (R.randint(10, 1000), "responder"),
             "MMR: 2 doses documented", "Varicella: IgG positive", "BCG: scar present", "TB screening (IGRA): %s" % R.choice(["negative", "indeterminate - repeat"]), "Influenza %d: given" % c.year, "",
             "Occupational Health Nurse: %s %s" % (R.choice(FIRST_F), R.choice(SURNAMES))]
    elif lay == 4:  # travel clinic
        t = ["%s Travel Health Clinic" % R.choice(TOWNS), "", "Name: %s  DOB %s" % (p.name, c.dob()), "Destination: %s, %d weeks" % (R.choice(["Thailand", "Kenya", "Peru", "India", "Vietnam"]), R.randint(2, 12)), "",
             "Vaccines administered:", "- Hepatitis A (Havrix 1440) L deltoid", "- Typhoid (Typhim Vi) R deltoid", "- " + R.choice(["Tdap-IPV booster", "Rabies (pre-exposure) dose 1", "Yellow fever (certificate issued)"]),
             "", "Malaria advice: " + R.choice(["Atovaquone/proguanil prescribed", "Not required", "Doxycycline"]), "Next dose due: " + c.d("dmy", 28), "Nurse: " + R.choice(FIRST_F)]
    else:  # school vaccination consent/record
        t = ["HSE School Immunisation Programme", R.choice(["HPV Vaccine", "Tdap and MenACWY - 1st Year", "4 in 1 and MMR - Junior Infants"]), "", "Student: %s   DOB: %s" % (p.name, c.dob("dmy")),
             "School: Scoil %s, %s" % (R.choice(["Mhuire", "Bhríde", "Naomh Pádraig", "Colmcille"]), R.choice(TOWNS)), "Class: " + R.choice(["1st Year", "Junior Infants", "2nd Year"]), "",
             "Parent consent: [X] Yes   Signed: %s" % p.nok_name, "Medical conditions/allergies: " + R.choice(["none", "asthma", "egg allergy"]), "", "FOR HSE USE: Date given %s  Batch %d  Arm %s  Nurse %s" % (
                 c.d("dmy"), R.randint(10000, 99999), R.choice(["L", "R"]), R.choice(FIRST_F))]
    return "\n".join(t)


# ---------------------------------------------------------------- registration form
def gen_registration_form(c):
    R = c.r
    p = c.p
    ins = R.choice(INSURERS)
    lay = R.randrange(6)
    yn = lambda b: "[X] Yes  [ ] No" if b else "[ ] Yes  [X] No"
    if lay == 0:  # hospital PAS registration
        t = [c.hosp, R.choice(["PATIENT REGISTRATION FORM", "New Patient Registration", "Admissions Office - Patient Details"]), "",
             "Surname: %s        Forename(s): %s" % (p.last, p.first), "Title: %s   Sex: %s   DOB: %s" % (p.title, p.sex, c.dob("dmy")),
             "Address: %s" % "\n         ".join(p.addr), "Tel (home): %s   Mobile: %s" % (p.land, p.phone), "PPSN: %s" % p.ppsn,
             "Marital status: %s   Religion: %s" % (R.choice(["Married", "Single", "Widowed", "Separated"]), R.choice(["RC", "C of I", "None", "Muslim", "Orthodox", "Not stated"])),
             "Occupation: %s" % p.occupation, "Place of birth: %s" % R.choice(["Ireland", "Ireland", "Poland", "UK", "Lithuania", "Nigeria", "Brazil"]), "",
             "Next of kin: %s (%s)  Tel: %s" % (p.nok_name, p.nok_rel, p.phone[:-4] + "%04d" % R.randint(0, 9999)), "GP: %s, %s" % (c.gp.name, c.gp_practice), "",
             "Medical card: %s  No: %s  Expiry: %s" % (yn(p.gms), p.mcard if p.gms else "", c.d("dmy", 700) if p.gms else ""),
             "Private health insurance: %s  Insurer: %s  Policy no: %s" % (yn(not p.gms), ins[0] if not p.gms else "", "%08d" % R.randint(0, 99999999) if not p.gms else ""),
             "Patient status: %s" % R.choice(["Public", "Private", "Public (Section 45)"]), "", "MRN assigned: %s" % p.mrn, "Registered by: %s   Date: %s" % (R.choice(FIRST_F), c.d("dmy"))]
    elif lay == 1:  # GP practice new patient form
        t = [c.gp_practice, "NEW PATIENT REGISTRATION", "Welcome to the practice! Please complete in BLOCK CAPITALS.", "",
             "Full name: %s" % p.name.upper(), "Date of birth: %s" % c.dob("dmy"), "Address: %s" % ", ".join(p.addr).upper(), "Mobile: %s   Email: %s.%s@example-mail.ie" % (
                 p.phone, p.first.lower()[:3], p.last.lower().replace("'", "").replace(" ", "")[:6]), "Previous GP: %s, %s" % (c.clinician(gp=True).name, R.choice(TOWNS)), "",
             "Medical card / GP visit card: %s" % (p.mcard if p.gms else "No"), "Smoker: %s   Alcohol units/wk: %d" % (R.choice(["Y", "N", "Ex"]), R.randint(0, 25)),
             "Medical conditions: %s" % ", ".join(c.scen["pmh"]), "Regular medications: %s" % ", ".join(m[0] for m in c.scen["chronic"]) or "none", "Allergies: %s" % allergies(c), "",
             "I consent to the transfer of my medical records from my previous GP. [X]", "I consent to receiving appointment reminders by SMS. [X]", "", "Signature: __________   Date: %s" % c.d("dmy")]
    elif lay == 2:  # ED triage registration slip
        t = ["EMERGENCY DEPARTMENT - REGISTRATION", c.hosp, "", "Attendance no: ED%d%06d" % (c.year % 100, R.randint(0, 999999)), "Arrival: %s %02d:%02d   Mode: %s" % (
            c.d("dmy"), R.randint(0, 23), R.randint(0, 59), R.choice(["Ambulance", "Walk-in", "Private car", "Garda"])), "", "%s, %s (%s)   DOB %s   MRN %s" % (p.last.upper(), p.first, p.sex, c.dob("dmy"), p.mrn),
             "%s" % ", ".join(p.addr), "NOK: %s %s" % (p.nok_name, p.phone), "GP: %s" % c.gp.name, "Referral: %s" % R.choice(["GP letter", "Self", "NAS"]),
             "Payment: %s" % R.choice(["Medical card - exempt", "€100 ED charge - paid", "€100 charge - invoice", "GP referral letter - exempt"]), "Presenting complaint (per reception): %s" % c.scen["pc"]]
    elif lay == 3:  # demographic update / key-value
        t = ["PATIENT DEMOGRAPHICS", "=" * 40, "Hospital number ..... %s" % p.mrn, "Name ................ %s %s" % (p.title, p.name), "Date of birth ....... %s" % c.dob(),
             "Gender .............. %s" % ("Male" if p.sex == "M" else "Female"), "Address ............. %s" % ", ".join(p.addr), "Phone ............... %s" % p.phone,
             "PPS No .............. %s" % p.ppsn, "IHI ................. %d" % R.randint(10 ** 9, 10 ** 10 - 1), "GP .................. %s" % c.gp.name,
             "Eligibility ......... %s" % ("GMS" if p.gms else "Private/Insured"), "Language ............ %s" % R.choice(["English", "Irish", "Polish", "Portuguese"]),
             "Interpreter ......... %s" % R.choice(["No", "No", "Yes"]), "=" * 40, "Last updated %s by %s" % (c.d("dmy"), R.choice(["admissions", "OPD reception", "ED clerk"]))]
    elif lay == 4:  # private hospital admission form
        t = [R.choice(PRIVATE_HOSP), "ADMISSION FORM & UNDERTAKING", "", "Name: %s   DOB %s" % (p.name, c.dob()), "Address: %s" % ", ".join(p.addr), "Phone: %s" % p.phone,
             "Consultant: %s" % c.cons.name, "Admission date: %s   Procedure: as booked" % c.d(), "", "Insurance company: %s   Plan: %s" % (ins[0], R.choice(PLANS)),
             "Membership no: %s%d" % (ins[1], R.randint(1000000, 9999999)), "Policy holder: %s" % R.choice([p.name, p.nok_name]), "",
             "I undertake to pay any charges not covered by my insurer, including excess and shortfall.", "Signature: ________   Date: %s" % c.d("dmy")]
    else:  # maternity booking
        t = [c.hosp, "Maternity Booking Registration", "", "Name: %s  DOB %s  Age %d" % (p.name, c.dob("dmy"), p.age), "Address: %s" % ", ".join(p.addr), "Partner: %s" % p.nok_name,
             "G%dP%d   LMP: %s   EDD: %s" % (R.randint(1, 5), R.randint(0, 3), c.d("dmy", -70), c.d("dmy", 210)), "Scheme: Maternity & Infant Care Scheme - GP %s" % c.gp.name,
             "Care pathway: " + R.choice(["Public - combined care", "Semi-private", "Private", "Midwife-led (DOMINO)"]), "Booking bloods: sent", "", "Midwife: %s" % R.choice(FIRST_F)]
    return "\n".join(t)


# ---------------------------------------------------------------- insurance card / paperwork
def gen_insurance_card(c):
    R = c.r
    p = c.p
    ins = R.choice(INSURERS)
    memno = "%s%d" % (R.choice(["", ins[1]]), R.randint(10000000, 99999999))
    lay = R.randrange(7)
    if lay == 0:  # card front/back
        t = ["[FRONT]", ins[0].upper(), "", "%s %s" % (p.first.upper(), p.last.upper()), "Membership No. %s" % memno, "Plan: %s" % R.choice(PLANS), "Valid from: %s" % c.d("dmy"),
             "", "[BACK]", "If found please return to %s, PO Box %d, %s." % (ins[0], R.randint(100, 999), R.choice(TOWNS)), "Hospital admissions / pre-authorisation: 1850 %03d %03d" % (R.randint(0, 999), R.randint(0, 999)),
             "24hr Nurse & Midwife line: 1800 %03d %03d" % (R.randint(0, 999), R.randint(0, 999)), "This card remains the property of %s." % ins[0], "Signature ____________"]
    elif lay == 1:  # medical card
        t = ["FEIDHMEANNACHT NA SEIRBHÍSE SLÁINTE", "HEALTH SERVICE EXECUTIVE", R.choice(["MEDICAL CARD", "GP VISIT CARD"]), "", "Name: %s" % p.name.upper(), "DOB: %s" % c.dob("dmy"),
             "Card No: %s" % p.mcard, "Doctor: %s" % c.gp.name, "Valid to: %s" % c.d("dmy", R.randint(300, 1100)), "", "[reverse]", "This card entitles the holder to services under the GMS scheme.",
             "Present this card at your pharmacy and GP.", "PCRS Information: 1890 %03d %03d" % (R.randint(0, 999), R.randint(0, 999))]
    elif lay == 2:  # scan of card, OCR jumble
        t = [ins[1] + "  " + ins[0], "%s   %s" % (memno, p.last.upper()), "%s %s  DOB %s" % (p.first.upper(), p.last.upper(), c.dob("dot")), R.choice(PLANS).upper(),
             "Group %d" % R.randint(100, 9999) if R.random() < 0.5 else "Individual", "www.%s.example.ie" % ins[1].lower(), "---", "Claims: Cl %d" % R.randint(1000, 9999)]
    elif lay == 3:  # in-patient claim form
        t = [ins[0], R.choice(["IN-PATIENT CLAIM FORM", "Hospital Claim Form - Part A (Member)", "Claim Form: Consultant & Hospital Charges"]), "", "SECTION 1 - MEMBER DETAILS",
             "Member name: %s   Membership no: %s" % (p.name, memno), "Date of birth: %s   Address: %s" % (c.dob("dmy"), ", ".join(p.addr)), "",
             "SECTION 2 - ACCIDENT/INJURY", "Was treatment as a result of an accident? " + R.choice(["No", "Yes - fall at home"]), "If yes, is a claim being made against a third party? No",
             "", "SECTION 3 - HOSPITAL", "Hospital: %s   Date admitted: %s   Discharged: %s" % (c.hosp, c.d("dmy", -4), c.d("dmy")), "Consultant: %s" % c.cons.name, "",
             "SECTION 4 - DECLARATION", "I authorise the hospital and consultant to release medical information to %s for the purpose of this claim." % ins[0],
             "Signature: __________  Date: %s" % c.d("dmy"), "", "SECTION 5 - CONSULTANT'S STATEMENT", "Diagnosis: %s   ICD-10: %s%02d.%d" % (c.scen["dx2"], R.choice("IJKNKMS"), R.randint(10, 99), R.randint(0, 9)),
             "Date of first symptoms: %s   Procedure code: %d" % (c.d("dmy", -R.randint(10, 200)), R.randint(1000, 9999)), "Consultant signature: __________"]
    elif lay == 4:  # pre-authorisation letter
        t = [ins[0], "Pre-Approval Confirmation", "", c.d("long2"), "", "%s %s" % (p.title, p.name), "\n".join(p.addr), "", "Membership number: %s" % memno, "",
             "Dear %s %s," % (p.title, p.last), "", "We are pleased to confirm that the following treatment is covered under your plan, %s:" % R.choice(PLANS),
             "Procedure: %s   Hospital: %s   Consultant: %s" % (R.choice([o["name"] for o in OPS]), R.choice(PRIVATE_HOSP), c.cons.name),
             "Excess applicable: €%d" % R.choice([0, 75, 150, 250, 500]), "", "This approval is valid for 90 days.", "", "Member Services"]
    elif lay == 5:  # statement of benefits / remittance
        t = [ins[0], "Statement of Claim Benefit", "", "Member: %s   No: %s" % (p.name, memno), "Claim ref: CL%09d" % R.randint(0, 999999999), ""]
        tot = 0
        for item in R.sample(["Consultant fee", "Anaesthetist fee", "Hospital accommodation", "Radiology", "Pathology", "Day case charge"], 3):
            amt = R.randint(80, 3000)
            tot += amt
            t.append("%-26s €%8.2f   Paid €%8.2f" % (item, amt, amt * R.choice([1, 1, 0.8])))
        t += ["", "Total claimed: €%.2f" % tot, "Payment issued to provider %s" % c.d("dmy", 30), "Queries: Claims Dept, %s" % ins[0]]
    else:  # hospital insurance verification sheet
        t = [c.hosp, "Private Insurance Details / Patient Status Form", "", "Patient: %s   MRN %s" % (p.name, p.mrn), "Insurer: %s   Scheme: %s" % (ins[0], R.choice(PLANS)), "Member no: %s" % memno,
             "Patient elects to be treated as: [X] Private  [ ] Public", "Copy of card taken (front & back): [X]", "Insurer contacted / eligibility verified: %s" % R.choice(["Yes", "Pending"]),
             "", "Patient signature: __________", "Patient Liaison Officer: %s %s" % (R.choice(FIRST_F), R.choice(SURNAMES))]
    return "\n".join(t)


# ---------------------------------------------------------------- nursing note
def gen_nursing_note(c):
    R = c.r
    s = c.scen
    p = c.p
    rn = "%s %s" % (R.choice(FIRST_F + FIRST_M[:8]), R.choice(SURNAMES))
    pin = "NMBI %d" % R.randint(10000, 199999)
    lay = R.randrange(7)
    shift = R.choice(["Day", "Night", "Late"])
    if lay == 0:  # narrative nursing note
        t = ["%s %s  Nursing note (%s)" % (c.d("dmy"), "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)), shift), "",
             c.f("{first} %s. %s" % (R.choice(["slept well overnight", "had a settled day", "was restless at times", "mobilised to the bathroom with assistance of one"]),
                                    R.choice(["Obs stable, NEWS 1.", "NEWS 3 at 02:00 - SHO informed.", "Afebrile.", "Obs within normal parameters."]))),
             R.choice(["Tolerating diet and fluids.", "Poor oral intake - encouraged.", "IV fluids running at 83ml/hr.", "NBM from midnight for theatre."]),
             R.choice(["Analgesia given with good effect.", "Pain score 2/10.", "C/o pain 6/10 - PRN oxycodone given."]), R.choice(["PU in toilet.", "Catheter draining well.", "BNO."]),
             R.choice(["Pressure areas intact.", "Waterlow 14 - 2 hourly turns.", "Skin intact."]), "Family visited." if R.random() < 0.5 else "",
             "Plan: " + R.choice(["continue care as per care plan", "awaiting OT assessment", "for discharge tomorrow if well", "repeat bloods in AM"]), "", rn + " RGN  " + pin]
    elif lay == 1:  # SBAR handover
        t = ["ISBAR HANDOVER", "Identify: %s, %s, %s, Bed %d" % (rn, R.choice(s["ward"]), p.name, R.randint(1, 28)), "Situation: %s" % s["dx2"],
             "Background: admitted %s with %s. PMH %s." % (c.d("dmy", -R.randint(1, 6)), s["pc"], ", ".join(s["pmh"][:2])), "Assessment: " + vitals(c) + " NEWS %d." % R.randint(0, 5),
             "Recommendation: " + R.choice(["continue obs 4hrly", "review by team re IV abx", "MEWS/NEWS escalation if >=5", "for bloods in AM"]), "Read-back: done"]
    elif lay == 2:  # obs chart transcription
        t = [c.hosp, "Observation Chart / INEWS", "%s  %s  Ward: %s" % (p.name, p.mrn, R.choice(s["ward"])), "", "Time  | RR | SpO2 | O2  | Temp | HR  | BP      | ACVPU | Score"]
        for i in range(R.randint(4, 8)):
            t.append("%02d:00 | %2d | %3d  | %s | %.1f | %3d | %d/%d | A     | %d" % ((6 + i * 4) % 24, R.randint(12, 24), R.randint(90, 99), R.choice(["RA ", "2L ", "RA "]), R.uniform(36.2, 38.4),
                                                                           R.randint(60, 115), R.randint(100, 160), R.randint(55, 90), R.randint(0, 5)))
        t += ["", "Escalation: " + R.choice(["not required", "Dr informed at 14:00", "CNM aware"]), "Initials: " + "".join(x[0] for x in rn.split())]
    elif lay == 3:  # admission nursing assessment
        t = [c.hosp, "Nursing Admission Assessment", "", c.pt_block(0), "Admitted from: %s   Date: %s" % (R.choice(["ED", "home", "OPD", "nursing home"]), c.d("dmy")),
             "Reason for admission: " + s["pc"], "Allergies: " + allergies(c) + "  (red armband: %s)" % R.choice(["N/A", "applied"]), "",
             "Activities of living:", "  Breathing: " + R.choice(["no difficulty", "SOB on exertion", "O2 2L"]), "  Eating/drinking: " + R.choice(["independent", "needs assistance", "MUST 1"]),
             "  Elimination: " + R.choice(["continent", "occasional incontinence", "catheter"]), "  Mobility: " + R.choice(["independent", "zimmer frame", "assistance x1", "bed-bound"]),
             "  Sleep: " + R.choice(["normal", "poor"]), "  Communication: " + R.choice(["no issues", "HOH - hearing aid R", "dysphasic"]), "",
             "Risk assessments: Falls %s  Waterlow %d  MUST %d  VTE done" % (R.choice(["high", "low", "medium"]), R.randint(5, 20), R.randint(0, 2)),
             "Property: " + R.choice(["glasses, phone, dentures", "nil", "wallet sent home with family"]), "", rn + " RGN"]
    elif lay == 4:  # PHN / community nursing visit
        t = ["Public Health Nursing Service - %s Health Centre" % R.choice(TOWNS), "Home visit record", "", "Client: %s   %s" % (p.name, ", ".join(p.addr[:2])), "Date: %s" % c.d(), "",
             "Visit for: " + R.choice(["wound care", "post-discharge review", "clip removal", "medication check", "assessment for home support"]),
             c.f("{first} seen at home. " + R.choice(["Wound clean and dry, clips removed, steristrips applied.", "Coping well, {his} daughter calls daily.",
                                                     "Swelling of ankles noted - advised to contact GP.", "Home help hours increased to 1hr daily."])),
             "Next visit: " + R.choice(["1 week", "2/52", "PRN", "Thursday"]), "", rn + ", PHN"]
    elif lay == 5:  # brief shift note
        t = [c.d("short") + " " + shift.upper(), "Pt " + R.choice(["alert + orientated", "confused at times", "comfortable"]) + ", " + R.choice(["obs stable", "afebrile", "NEWS 0"]) + ".",
             R.choice(["IV abx given as per kardex.", "Meds given.", "Insulin as per chart."]), R.choice(["Diet ++", "poor appetite", "NBM"]) + ", " + R.choice(["PU++", "catheter patent", "BO x1"]) + ".",
             R.choice(["Mobilising with frame.", "Assisted to chair.", "Bedrest."]), "".join(x[0] for x in rn.split()) + " S/N"]
    else:  # wound/care plan evaluation
        t = [c.hosp, R.choice(["Wound Assessment Chart", "Care Plan Evaluation", "Falls Prevention Care Plan"]), "", "Patient: %s  MRN %s" % (p.name, p.mrn), "Date: %s" % c.d("dmy"), "",
             "Problem: " + R.choice(["Surgical wound", "Risk of falls", "Pressure ulcer category 2 sacrum", "Cannula site"]), "Goal: " + R.choice(["heal without infection", "remain free from falls", "prevent deterioration"]),
             "Intervention: " + R.choice(["Mepore dressing changed, site clean", "bed alarm, low bed, non-slip socks", "2hrly repositioning, Aderma dressing"]),
             "Evaluation: " + R.choice(["improving", "no change", "goal met"]), "", "Signed " + rn + " " + pin]
    return "\n".join(x for x in t if x != "")


# ---------------------------------------------------------------- ED note
def gen_ed_note(c):
    R = c.r
    s = c.scen
    p = c.p
    mts = R.choice(["1 - Immediate (red)", "2 - Very urgent (orange)", "3 - Urgent (yellow)", "4 - Standard (green)"])
    arr = "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59))
    lay = R.randrange(6)
    dispo = R.choice(["Admit under %s (%s)" % (c.spec, c.cons.short), "Discharge home with GP follow-up", "Refer to %s on call - accepted" % c.spec, "AMAU for review"])
    if lay == 0:  # ED record
        t = [c.hosp, "EMERGENCY DEPARTMENT RECORD", "", c.pt_block(2), "Arrival: %s %s   Mode: %s" % (c.d("dmy"), arr, R.choice(["Ambulance (NAS)", "Walk-in", "Car"])),
             "Triage (MTS): %s   Triage nurse: %s" % (mts, R.choice(FIRST_F)), "Triage note: " + s["pc"] + ". " + vitals(c), "", "Seen by: %s at %02d:%02d" % (c.reg.name, R.randint(0, 23), R.randint(0, 59)),
             "", "HPC: " + c.f(" ".join(s["hpi"])), "PMH: " + ", ".join(s["pmh"]), "Meds: " + ", ".join(m[0] for m in s["chronic"]) if s["chronic"] else "Meds: nil", "Allergies: " + allergies(c), "",
             "O/E: " + "; ".join(s["exam"]), "", "Ix: " + "; ".join(s["inv"][:3]), "", "Dx: " + s["dx2"], "Rx in ED: " + "; ".join(R.sample(
                 ["IV paracetamol 1g", "IV fluids 1L Hartmann's", "Morphine 5mg IV", "Ondansetron 4mg IV", "O2 via NP", "IV antibiotics as per guidelines"], 3)),
             "Disposition: " + dispo, "", "%s  MCRN %s" % (c.reg.name, c.reg.mcrn)]
    elif lay == 1:  # ED triage sheet
        t = ["ED TRIAGE", "%s   %s   %s" % (p.name, c.dob("dmy"), p.mrn), "Time: %s   Category: %s" % (arr, mts), "Discriminator: " + R.choice(["Severe pain", "SpO2 <95%", "Hot adult", "Moderate pain", "Abnormal pulse"]),
             "Presenting complaint: " + s["pc"], "Obs: " + vitals(c), "Pain score: %d/10" % R.randint(0, 10), "GCS: 15", "BM: %.1f" % R.uniform(4.5, 12), "Allergies: " + allergies(c),
             "Bloods: %s   ECG: %s   Cannula: %s" % (R.choice(["taken", "no"]), R.choice(["done", "N/A"]), R.choice(["18G L ACF", "no"])), "Triage nurse: %s %s" % (R.choice(FIRST_F), R.choice(SURNAMES))]
    elif lay == 2:  # ED discharge letter to GP
        t = [c.hosp, "Emergency Department", "", c.d("long"), "", "Dear %s," % c.gp.short, "", "Re: %s, DOB %s" % (p.name, c.dob()), "",
             c.f("{first} attended the Emergency Department on %s with %s." % (c.d(), s["pc"])), "Diagnosis: " + s["dx2"], "Treatment: " + "; ".join(s["new"][:2]), "",
             "Outcome: " + R.choice(["Discharged home.", "Admitted.", "Left before completion of treatment."]), "Follow-up: " + R.choice(["GP review 48-72 hours", s["fu"], "Fracture clinic", "Return if worse"]),
             "", "Yours sincerely,", c.reg.name, "ED %s" % R.choice(["Registrar", "SHO", "Consultant"])]
    elif lay == 3:  # minor injuries
        inj = R.choice([("laceration L hand", "wound cleaned, 4 x 4/0 Ethilon sutures, tetanus up to date", "ROS 7-10 days at GP"),
                        ("inversion injury R ankle", "Ottawa rules negative, no X-ray. Tubigrip, RICE", "physio referral"),
                        ("FOOSH L wrist", "X-ray: undisplaced distal radius fracture. Backslab applied", "Fracture clinic 1 week")])
        t = [c.hosp + " - Injury Unit", "", "%s  %d%s  %s" % (p.name, p.age, p.sex, c.d("dmy")), "PC: " + inj[0], "Mechanism: " + R.choice(["fall", "sport (GAA)", "DIY", "work"]),
             "O/E: " + R.choice(["NV intact", "tender, swelling", "no bony tenderness"]), "Mx: " + inj[1], "F/U: " + inj[2], "", R.choice(["ANP", "Dr"]) + " " + R.choice(SURNAMES)]
    elif lay == 4:  # resus/trauma narrative
        t = ["%s  ED Consultant note" % c.d("dot"), "", c.f("{age}%s BIBA with %s. " % (p.sex, s["pc"])) + R.choice(["Pre-alert received.", "NAS handover: " + vitals(c)]),
             "A: patent  B: " + R.choice(["RR 24, sats 92%", "clear"]) + "  C: " + R.choice(["HR 110, BP 100/60", "stable"]) + "  D: GCS 15, BM 6.2  E: " + R.choice(["no rash", "temp 38.4"]),
             "", "Imp: " + s["dx2"], "Plan: " + "; ".join(s["new"][:2] + ["discuss with " + c.spec]), "Sepsis 6: " + R.choice(["completed", "N/A"]), "", c.cons.name]
    else:  # EDIS printout
        t = ["EDIS - Clinical Summary", "Attendance: %s   %s %s" % (R.randint(100000, 999999), c.d("dmy"), arr), "Patient: %s (%s) %s" % (p.name, p.sex, c.dob("dmy")),
             "Triage cat: %s" % mts[0], "Complaint: %s" % s["pc"], "Clinician: %s" % c.reg.name, "Diagnosis: %s" % s["dx2"], "Investigations: %s" % ", ".join(R.sample(["FBC", "U&E", "CRP", "CXR", "ECG", "VBG", "Troponin", "Urinalysis"], 4)),
             "Outcome: %s" % dispo, "Time in dept: %dh %02dm" % (R.randint(2, 22), R.randint(0, 59)), "PET breach: %s" % R.choice(["Yes", "No"])]
    return "\n".join(t)


# ---------------------------------------------------------------- transfer summary
def gen_transfer_summary(c):
    R = c.r
    s = c.scen
    p = c.p
    dest = R.choice(["%s Community Hospital" % R.choice(TOWNS), "St. %s's Rehabilitation Unit" % R.choice(["Enda", "Fiachra", "Ita"]), R.choice([h[0] for h in HOSPITALS if h[0] != c.hosp]),
                     "%s Nursing Home" % R.choice(TOWNS), "ICU", "Tertiary centre - %s" % R.choice([h[0] for h in HOSPITALS])])
    lay = R.randrange(6)
    course = " ".join(c.f(x) for x in s["course"])
    if lay == 0:
        t = [c.hosp, R.choice(["INTER-HOSPITAL TRANSFER FORM", "Transfer Letter", "Patient Transfer Summary"]), "", c.pt_block(2), "Transferring from: %s, %s" % (R.choice(s["ward"]), c.hosp),
             "Transferring to: %s" % dest, "Accepting clinician: %s" % c.clinician(False, True).name, "Date/time: %s %02d:%02d" % (c.d("dmy"), R.randint(8, 20), R.randint(0, 59)), "",
             "Reason for transfer: " + R.choice(["Rehabilitation", "Specialist care", "Step-down / convalescence", "Repatriation to local hospital", "Bed availability"]), "",
             "Diagnosis: " + s["dx"], "Course: " + course, "", meds_block(c, "Current medications:", 1), "Allergies: " + allergies(c), "Infection status: " + R.choice(["MRSA neg", "CPE screen neg", "MRSA positive - contact precautions", "VRE screen pending"]),
             "Resus status: " + R.choice(["For full resuscitation", "DNACPR - form attached"]), "", "Escort: " + R.choice(["Nurse", "None", "Paramedic", "Doctor + nurse"]), "Signed: " + c.reg.name]
    elif lay == 1:  # nursing transfer letter
        t = [c.hosp, "Nursing Transfer Letter", "", "Patient: %s  DOB %s  MRN %s" % (p.name, c.dob(), p.mrn), "To: %s" % dest, "", "Diagnosis: " + s["dx2"],
             "Mobility: " + R.choice(["zimmer frame + assistance x1", "independent", "hoist"]), "Diet: " + R.choice(["normal", "IDDSI level 6 soft & bite-sized", "diabetic"]),
             "Continence: " + R.choice(["continent", "pads", "urinary catheter inserted %s" % c.d("dmy", -4)]), "Skin: " + R.choice(["intact", "grade 2 sacral sore - dressing Allevyn"]),
             "Cognition: " + R.choice(["alert + orientated", "mild confusion at night", "AMT 6/10"]), "Last meds given: %02d:00" % R.randint(8, 22), "Belongings: sent with patient", "",
             "Nurse: %s %s, CNM2" % (R.choice(FIRST_F), R.choice(SURNAMES)), "Contact: %s ext %d" % (c.hosp_phone, R.randint(2000, 5999))]
    elif lay == 2:  # ICU step-down / critical care
        t = ["CRITICAL CARE TRANSFER SUMMARY", "%s | %s | %s" % (p.name, p.mrn, c.hosp), "ICU admission: %s   Step-down: %s" % (c.d("dmy", -R.randint(2, 9)), c.d("dmy")), "",
             "Reason for ICU: " + R.choice(["type 2 respiratory failure", "septic shock secondary to " + s["dx2"], "post-op monitoring"]), "Organ support: " + R.choice(["NIV 3 days", "noradrenaline 48h", "intubated 4 days"]),
             "Lines: " + R.choice(["CVC removed", "PICC in situ", "art line removed"]), "Microbiology: " + R.choice(["E. coli bacteraemia", "BAL no growth", "MRSA screen neg"]),
             "Current issues:", "1. " + s["dx2"], "2. " + R.choice(["ICU-acquired weakness", "delirium resolved", "AKI recovering"]), "", "Plan for ward: " + "; ".join(s["plan"][:2]),
             "ICU outreach follow-up: yes", "", c.reg.name + ", ICU Registrar"]
    elif lay == 3:  # letter to nursing home / community hospital
        t = [c.hosp_header(), "", c.d("long"), "", "The Director of Nursing / Medical Officer", dest, "", re_line(c), "", "Dear Colleague,", "",
             c.f("{first} is being transferred to your care today following an admission with %s." % s["dx"].lower()), course, "",
             "Medications: " + ", ".join(c.med_line(m) for m in c.all_meds()) + ".", "Outstanding issues: " + "; ".join(s["plan"]), "", c.sig(c.reg), dict_footer(c, c.reg)]
    elif lay == 4:  # NAS / ambulance transfer request
        t = ["National Ambulance Service - Inter-Facility Transfer Request", "", "From: %s   To: %s" % (c.hosp, dest), "Patient: %s  %dyo  %s" % (p.name, p.age, p.sex),
             "Diagnosis: " + s["dx2"], "Acuity: " + R.choice(["Level 1 - stable", "Level 2 - monitored", "Level 3 - critical"]), "Oxygen: " + R.choice(["nil", "2L NP", "35% venturi"]),
             "Infusions: " + R.choice(["nil", "IV fluids", "heparin infusion"]), "Escort required: " + R.choice(["No", "Nurse", "Anaesthetist"]), "Bed confirmed: Yes - %s" % R.choice(["Ward 5", "CCU bed 3", "Rehab unit"]),
             "Requested by: %s   Time: %02d:%02d" % (c.reg.name, R.randint(0, 23), R.randint(0, 59))]
    else:  # compact
        t = ["TRANSFER NOTE %s" % c.d("dmy"), "%s (%s) -> %s" % (p.name, p.mrn, dest), "Dx: " + s["dx2"], "Hx: " + c.f(s["hpi"][0]), "Inpatient course: " + course,
             "Meds: see kardex (copy attached)", "Pending: " + R.choice(["histology", "repeat bloods", "echo", "nil"]), "Handed over to: %s by phone" % c.clinician().name, c.reg.short]
    return "\n".join(t)


# ---------------------------------------------------------------- provider orders
def gen_provider_orders(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(6)
    ts = "%s %02d:%02d" % (c.d("dmy"), R.randint(0, 23), R.randint(0, 59))
    if lay == 0:  # admission orders
        t = [c.hosp, R.choice(["ADMISSION ORDERS", "Medical Orders", "Doctor's Orders"]), "", c.pt_block(2), "Admit to: %s under %s" % (R.choice(s["ward"]), c.cons.short), "Diagnosis: " + s["dx2"],
             "Condition: " + R.choice(["stable", "fair", "guarded"]), "Resus: " + R.choice(["Full", "DNACPR"]), "Allergies: " + allergies(c), "",
             "Obs: " + R.choice(["4 hourly + NEWS", "hourly x 4 then 4 hourly", "QDS"]), "Activity: " + R.choice(["as tolerated", "bed rest", "mobilise with PT"]),
             "Diet: " + R.choice(["NBM", "normal", "diabetic", "clear fluids"]), "IV: " + R.choice(["0.9% NaCl 1L 8 hourly", "Hartmann's 1L 8hrly", "saline lock"]),
             "Meds:"] + ["  " + x for x in s["new"]] + ["  VTE: enoxaparin 40mg SC OD", "Labs: FBC, U&E, LFT, CRP mane", "Imaging: " + R.choice(["CXR", "US abdo", "none"]), "",
                                                      "Signed: %s  %s" % (c.reg.name, ts)]
    elif lay == 1:  # lab/radiology request form
        t = [c.hosp, R.choice(["RADIOLOGY REQUEST", "Request for Imaging", "LABORATORY REQUEST FORM"]), "", "Patient: %s   DOB: %s   MRN: %s" % (p.name, c.dob("dmy"), p.mrn),
             "Location: %s   Consultant: %s" % (R.choice(s["ward"] + ["OPD", "GP"]), c.cons.short), "Examination/test requested: " + R.choice(["CT thorax/abdo/pelvis with contrast", "US abdomen", "FBC, U&E, LFT, CRP, coag", "MRI brain", "Blood cultures x2"]),
             "Clinical details: " + s["pc"] + ". ?" + s["dx2"], "Pregnancy status: " + ("N/A" if p.sex == "M" else R.choice(["not pregnant", "LMP 2/52"])), "eGFR: " + str(R.randint(45, 100)),
             "Metformin: " + R.choice(["No", "Yes"]), "Urgency: " + R.choice(["Routine", "Urgent", "Today"]), "", "Requesting doctor: %s   Bleep %d   Date %s" % (c.reg.name, R.randint(100, 899), c.d("dmy"))]
    elif lay == 2:  # telephone/verbal order
        t = ["%s  Telephone order" % ts, "Ordered by: %s (%s)" % (c.reg.name, c.spec), "Taken by: %s %s RGN" % (R.choice(FIRST_F), R.choice(SURNAMES)), "Patient: %s %s" % (p.name, p.mrn), "",
             "Order: " + R.choice(["Give furosemide 40mg IV stat", "Hold next dose of ramipril", "Increase fluids to 125ml/hr", "Give paracetamol 1g IV", "Repeat K+ at 18:00"]),
             "Read back and confirmed: Yes", "To be countersigned within 24h: __________"]
    elif lay == 3:  # post-op orders
        t = ["POST-OPERATIVE ORDERS", "%s  %s" % (p.name, p.mrn), "Procedure: %s" % R.choice([o["name"] for o in OPS]), "", "1. Obs: qtr hourly x4, half hourly x4, then hourly", "2. Analgesia: paracetamol 1g IV QDS; oxycodone 5mg PO 4 hrly PRN",
             "3. Antiemetic: ondansetron 4mg IV TDS PRN", "4. IVF: Hartmann's 1L over 8 hrs", "5. Diet: " + R.choice(["sips then free fluids", "diet as tolerated", "NBM until review"]),
             "6. VTE: TEDs + enoxaparin 40mg SC at 18:00", "7. Drain: " + R.choice(["N/A", "measure output, remove day 1"]), "8. Bloods in AM: FBC, U&E", "9. Mobilise " + R.choice(["day 0 with physio", "day 1"]),
             "", c.reg.name + " " + ts]
    elif lay == 4:  # CPOE style order list
        t = ["ORDER SUMMARY - %s" % c.hosp, "%s | %s | %s" % (p.name, p.mrn, R.choice(s["ward"])), "-" * 56, "%-10s %-34s %s" % ("Status", "Order", "Ordered by")]
        orders = ["FBC", "U&E", "CRP", "Blood cultures", "CXR PA", "ECG 12-lead", "Physiotherapy referral", "Dietitian referral", "Fluid balance chart", "Daily weights",
                  "Glucose monitoring QDS", "Urinalysis"] + s["new"]
        for o in R.sample(orders, R.randint(5, 9)):
            t.append("%-10s %-34s %s" % (R.choice(["Active", "Completed", "Pending", "Cancelled"]), o[:34], c.reg.short))
        t += ["-" * 56, "Printed " + ts]
    else:  # discharge/TTO order
        t = [c.hosp, "TTO / Discharge Medication Order", "", c.pt_block(0), "Discharge date: " + c.d("dmy"), ""]
        t += ["%s %s %s %s  Qty: %s" % (m[0], m[1], m[3], m[2], R.choice(["14 days", "28 days", "Own supply"])) for m in c.all_meds()]
        t += ["", "Prescriber: %s  MCRN %s" % (c.reg.name, c.reg.mcrn), "Pharmacist check: ______  Nurse check: ______"]
    return "\n".join(t)


# ---------------------------------------------------------------- discharge instructions
def gen_discharge_instructions(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(6)
    warn = {"chole": "fever, yellowing of the skin or eyes, worsening abdominal pain", "appx": "fever, wound redness or discharge, worsening pain",
            "nof": "increasing hip pain, calf swelling, wound oozing", "nstemi": "chest pain not relieved by GTN spray, breathlessness",
            "hf": "weight gain of more than 2kg in 3 days, increasing breathlessness", "seizure": "another seizure lasting over 5 minutes",
            "stroke": "new weakness, numbness, facial droop or speech difficulty (think FAST)", "ugib": "black stools, vomiting blood, dizziness"}.get(s["key"], "fever, worsening symptoms, or if you feel unwell")
    if lay == 0:  # patient leaflet style
        t = [c.hosp, R.choice(["Information for you on leaving hospital", "Going Home - Patient Advice", "DISCHARGE ADVICE"]), "", "Name: %s" % p.name, "Date: %s" % c.d(), "",
             "You were in hospital with: %s" % s["dx2"], "", "Your medicines:"] + ["  - %s" % c.med_line(m) for m in c.all_meds()] + [
             "", "What you should do:"] + ["  - %s" % x for x in s["plan"]] + ["", "Get help: contact your GP or return to the Emergency Department if you have %s." % warn,
                                                                              "In an emergency call 999 or 112.", "", "Your next appointment: %s" % s["fu"]]
    elif lay == 1:  # wound care sheet
        t = [c.hosp, "Day Surgery - Post-Operative Instructions", "", "Patient: %s" % p.name, "Procedure: %s" % R.choice([o["name"] for o in OPS]), "",
             "- You must not drive for 24 hours after your anaesthetic.", "- Keep the wound clean and dry for 48 hours, then you may shower.",
             "- Stitches/clips: %s" % R.choice(["dissolvable - no removal needed", "to be removed by your practice nurse on day 10", "PHN will visit"]),
             "- Pain relief: paracetamol 1g four times a day and ibuprofen 400mg three times a day with food, if needed.", "- Return to work: %s" % R.choice(["1 week", "2 weeks", "4-6 weeks"]),
             "", "Contact the Day Ward on %s (08:00-20:00) or your GP if you notice %s." % (c.hosp_phone, warn), "", "Nurse discharging: %s" % R.choice(FIRST_F)]
    elif lay == 2:  # condition-specific (HF/AF etc) checklist
        t = [c.spec + " Service - " + c.hosp, "Your discharge checklist", "", "[X] I know why I was in hospital (%s)" % s["dx2"], "[X] I have my prescription and understand my medicines",
             "[X] I know about my follow-up: %s" % s["fu"], "[X] I have been given the %s" % R.choice(["heart failure diary", "inhaler technique leaflet", "IBD nurse phone number", "seizure safety leaflet"]),
             "[ ] I have arranged transport home", "", "Warning signs: " + warn, "", "Patient signature: ________   Nurse: ________"]
    elif lay == 3:  # ED head injury / generic ED advice
        t = ["EMERGENCY DEPARTMENT", c.hosp, R.choice(["Advice following your visit", "Discharge Advice Sheet"]), "", "You have been seen today with: %s" % s["pc"], "",
             "Please return immediately if you experience: %s." % warn, "Rest and drink plenty of fluids.", "Take your medication as prescribed.",
             "See your GP within %s." % R.choice(["2-3 days", "one week", "48 hours"]), "", "ED phone: %s" % c.hosp_phone]
    elif lay == 4:  # anticoag/ new med instructions
        m = c.all_meds()[0]
        t = [c.hosp, "Pharmacy Department", "Information about your new medicine", "", "Patient: %s" % p.name, "Medicine: %s %s" % (m[0], m[1]), "How to take: %s" % m[2], "",
             "Important:", "- Do not stop this medicine unless advised by your doctor.", "- Tell your dentist and pharmacist you take this medicine.",
             "- " + R.choice(["Avoid anti-inflammatory painkillers such as ibuprofen.", "Carry your alert card at all times.", "Have blood tests as arranged by your GP."]), "",
             "If you miss a dose: " + R.choice(["take it as soon as you remember unless it is nearly time for the next dose.", "do not double up."]), "", "Pharmacist: %s, MPSI" % R.choice(FIRST_F + FIRST_M)]
    else:  # Irish/English bilingual brief
        t = ["Ospidéal / Hospital: %s" % c.hosp, "Treoracha Scaoilte / Discharge Instructions", "", "Ainm / Name: %s" % p.name, "Dáta / Date: %s" % c.d("dmy"), "",
             "Diagnosis: %s" % s["dx2"], "Activity: %s" % R.choice(["gentle walking, increase daily", "no heavy lifting for 6 weeks", "no driving for 1 month"]),
             "Diet: %s" % R.choice(["normal", "low salt, fluid limit 1.5L/day", "low fat", "soft"]), "Follow-up: %s" % s["fu"], "Warning signs: %s" % warn, "", "Signed: %s" % c.reg.short]
    return "\n".join(t)


# ---------------------------------------------------------------- other
def gen_other(c):
    R = c.r
    s = c.scen
    p = c.p
    lay = R.randrange(10)
    if lay == 0:  # fax cover sheet
        t = [R.choice([c.hosp, c.gp_practice]), "FAX / FACSIMILE TRANSMISSION", "", "To: %s" % R.choice([c.gp.name, "Medical Records", "Bed Management", c.cons.short]),
             "Fax: %s" % c.gp_phone, "From: %s" % R.choice([c.reg.name, "Ward Clerk, " + R.choice(s["ward"]), "Medical Secretary to " + c.cons.short]), "Date: %s" % c.d("dmy"),
             "No. of pages (incl. cover): %d" % R.randint(2, 8), "Re: %s" % R.choice(["Patient information", p.name, "Urgent - results", "Referral"]), "",
             "Message: " + R.choice(["Please find attached as discussed.", "For your information.", "Please call on receipt.", ""]), "",
             "CONFIDENTIALITY NOTICE: The information in this facsimile is confidential and intended only for the named recipient. If you have received this in error please notify the sender immediately and destroy all copies."]
    elif lay == 1:  # FOI / data access request
        t = [R.choice(["FREEDOM OF INFORMATION REQUEST", "Data Subject Access Request (GDPR Article 15)", "Request for Access to Medical Records"]), "", "To: FOI Officer / Data Protection Officer, %s" % c.hosp, "",
             "Name: %s   DOB: %s   MRN (if known): %s" % (p.name, c.dob("dmy"), p.mrn), "Address: %s" % ", ".join(p.addr), "",
             "Records requested: " + R.choice(["All records relating to my attendance from %d to %d" % (c.year - 2, c.year), "ED notes and X-ray reports for %s" % c.d(), "Full medical chart"]),
             "Format: " + R.choice(["paper copy", "electronic (encrypted email)", "CD for imaging"]), "Proof of identity enclosed: [X] passport  [ ] driving licence", "",
             "Signed: __________   Date: %s" % c.d("dmy"), "", "FOR OFFICE USE: Received %s  Ref FOI/%d/%04d  Due %s" % (c.d("dmy", 2), c.year, R.randint(1, 9999), c.d("dmy", 30))]
    elif lay == 2:  # solicitor letter
        t = ["%s %s & Co. Solicitors" % (R.choice(FIRST_M), R.choice(SURNAMES)), "%s, %s, Co. %s" % (R.choice(STREETS), R.choice(TOWNS), R.choice(COUNTIES)), "Our ref: %s/%d" % ("".join(R.choice("ABCDEFGHJKLMNPRST") for _ in range(3)), R.randint(100, 9999)), "",
             c.d("long2"), "", "The Medical Records Department", c.hosp, "", "Re: Our client %s, DOB %s" % (p.name, c.dob()), "", "Dear Sir/Madam,", "",
             "We act on behalf of the above named in connection with " + R.choice(["a road traffic accident on %s" % c.d("dmy", -R.randint(30, 400)), "an accident at work", "a personal injuries claim"]) + ".",
             "We enclose our client's signed authority and would be obliged if you would furnish us with copies of all records, including ED notes and radiology, relating to our client's attendance.",
             "We undertake to discharge your reasonable fee.", "", "Yours faithfully,", "", "__________", "%s %s & Co." % (R.choice(FIRST_M), R.choice(SURNAMES))]
    elif lay == 3:  # statement of account / bill
        tot = 0
        t = [c.hosp, "Finance Department - Patient Accounts", "STATEMENT OF ACCOUNT", "", "%s %s" % (p.title, p.name), "\n".join(p.addr), "", "Account no: %d   Date: %s" % (R.randint(10 ** 6, 10 ** 7), c.d("dmy")), ""]
        for item in R.sample(["Emergency Department charge", "Inpatient charge (per day, max 10 days)", "Private accommodation", "Day case charge", "Outpatient charge"], 2):
            amt = R.choice([100, 80, 800, 813, 100, 1000])
            tot += amt
            t.append("%-44s €%9.2f" % (item, amt))
        t += ["", "%-44s €%9.2f" % ("Balance due", tot), "", "Payment may be made online, by phone or at the cash office. If you hold a medical card please forward a copy to have these charges waived."]
    elif lay == 4:  # patient questionnaire
        t = [c.hosp + " - " + c.spec, R.choice(["Patient Questionnaire", "Pre-clinic Questionnaire", "Health Questionnaire"]), "", "Name: %s  DOB %s" % (p.name, c.dob("dmy")), ""]
        qs = ["Do you smoke? Y / N", "How many units of alcohol per week? ____", "Do you have any allergies? ____", "Have you had a fall in the past year? Y / N",
              "Do you get short of breath climbing stairs? Y / N", "Over the last 2 weeks, how often have you felt down or hopeless? 0 1 2 3",
              "Rate your pain today (0-10): ____", "Do you have difficulty passing urine? Y / N", "Do you wake at night to pass urine? How many times? ____",
              "Have you noticed any weight loss? Y / N"]
        for i, q in enumerate(R.sample(qs, 7)):
            ans = R.choice(["Y", "N", "N", str(R.randint(0, 10)), "none", "2"])
            t.append("%d. %s   Answer: %s" % (i + 1, q, ans))
        t += ["", "Thank you. Please hand this form to reception."]
    elif lay == 5:  # medical certificate / social welfare
        t = [R.choice(["Department of Social Protection - Medical Certificate", "MEDICAL CERTIFICATE", "Certificate of Fitness / Unfitness for Work"]), "",
             "I certify that I examined %s, %s, on %s." % (p.name, ", ".join(p.addr[:2]), c.d()), "In my opinion %s is unfit for work due to: %s" % (c.fmt["he"], R.choice([s["dx2"], "illness", "post-operative recovery"])),
             "Expected duration: %s" % R.choice(["1 week", "2 weeks", "4 weeks", "until review"]), "PPSN: %s" % p.ppsn, "", "Doctor: %s   MCRN %s" % (c.gp.name, c.gp.mcrn), "Stamp: %s" % c.gp_practice]
    elif lay == 6:  # medical card application / HSE form
        t = ["HSE", R.choice(["Application for a Medical Card or GP Visit Card (MC1)", "Nursing Home Support Scheme - Care Needs Assessment", "Long Term Illness Scheme - Application"]), "",
             "Part 1 - Applicant details", "Surname: %s   First name: %s   PPSN: %s" % (p.last, p.first, p.ppsn), "Address: %s" % ", ".join(p.addr), "Marital status: %s" % R.choice(["Married", "Single", "Widowed"]),
             "", "Part 2 - Income (weekly gross)", "Social welfare payment: €%d.%02d" % (R.randint(200, 400), R.randint(0, 99)), "Other income: €%d" % R.randint(0, 300), "",
             "Part 3 - GP details / medical evidence", "Chosen GP: %s, %s" % (c.gp.name, c.gp_practice), "Medical conditions: %s" % ", ".join(s["pmh"] + [s["dx2"]]), "",
             "Declaration: I declare the information given is true and complete.", "Signature: ________  Date: %s" % c.d("dmy")]
    elif lay == 7:  # clinical photography caption
        t = ["Medical Illustration / Clinical Photography", c.hosp, "", "Patient: %s   MRN %s" % (p.name, p.mrn), "Date taken: %s" % c.d("dmy"), "Requested by: %s" % c.cons.short,
             "Images: %d" % R.randint(1, 8), "Site: " + R.choice(["right lower leg - anterior", "sacrum", "left hand dorsum", "abdominal wound"]), "Caption: " + R.choice(["pre-treatment", "day 5", "wound at 2 weeks post-op", "with measuring scale"]),
             "Consent for photography: [X] clinical record  [ ] teaching  [ ] publication", "Photographer: %s" % R.choice(FIRST_F + FIRST_M)]
    elif lay == 8:  # release of information / consent to share
        t = [c.hosp, "AUTHORITY TO RELEASE MEDICAL INFORMATION", "", "I, %s (DOB %s), authorise %s to release the following information:" % (p.name, c.dob("dmy"), c.hosp),
             "[ ] Complete record  [X] Discharge summary  [X] Investigation results  [ ] Other", "To: %s" % R.choice([R.choice(INSURERS)[0], "%s & Co. Solicitors" % R.choice(SURNAMES), "Department of Social Protection", "my employer's occupational health"]),
             "Purpose: " + R.choice(["insurance claim", "legal proceedings", "illness benefit", "pre-employment assessment"]), "This authority is valid for 6 months.", "",
             "Signature: _________  Date: %s" % c.d("dmy"), "Witness: _________"]
    else:  # NDLS driving medical report / compliments / misc admin
        t = [R.choice(["National Driver Licence Service - Medical Report Form (D501)", "Fitness to Drive - Medical Report"]), "", "Applicant: %s   DOB: %s" % (p.name, c.dob("dmy")),
             "Licence category: %s" % R.choice(["B", "B, W", "C, D (Group 2)"]), "Conditions: " + s["dx2"], "Visual acuity: R 6/%d  L 6/%d" % (R.choice([6, 9, 12]), R.choice([6, 9, 12])),
             "Fit to drive: " + R.choice(["Yes", "Yes - review in 1 year", "No - 6 months off driving"]), "", "Registered medical practitioner: %s  MCRN %s" % (c.gp.name, c.gp.mcrn), "Date: %s" % c.d("dmy")]
    return "\n".join(t)


# ---------------------------------------------------------------- driver
GENERATORS = {
    "discharge_summary": gen_discharge_summary, "history_physical": gen_history_physical, "progress_note": gen_progress_note,
    "consult_note": gen_consult_note, "operative_note": gen_operative_note, "procedure_note": gen_procedure_note, "lab_report": gen_lab_report,
    "imaging_report": gen_imaging_report, "pathology_report": gen_pathology_report, "medication_list": gen_medication_list,
    "prescription": gen_prescription, "anesthesia_record": gen_anesthesia_record, "correspondence": gen_correspondence,
    "consent_form": gen_consent_form, "referral_letter": gen_referral_letter, "advance_directive": gen_advance_directive,
    "ecg_report": gen_ecg_report, "immunization_record": gen_immunization_record, "registration_form": gen_registration_form,
    "insurance_card": gen_insurance_card, "nursing_note": gen_nursing_note, "ed_note": gen_ed_note, "transfer_summary": gen_transfer_summary,
    "provider_orders": gen_provider_orders, "discharge_instructions": gen_discharge_instructions, "other": gen_other,
}
ECG_SCEN = ["af", "nstemi", "af", "nstemi", "hf", "stroke", "cap", "seizure", "dm"]


def make_doc(rng, label):
    scen = None
    if label == "ecg_report":
        scen = pick_scen(rng, ECG_SCEN)
    elif label == "immunization_record":
        scen = pick_scen(rng, ["cap", "copd", "dm", "appx"])
    c = Ctx(rng, scen)
    text = GENERATORS[label](c)
    if label in ("discharge_summary", "history_physical", "transfer_summary", "consult_note") and rng.random() < 0.35:
        rows = lab_rows(c, ["Hb", "WCC", "Plt", "Na", "K", "Urea", "Creat", "eGFR", "Bili", "ALT", "ALP", "Alb", "CRP"])
        days = [c.d("dot", -i) for i in (rng.randint(3, 6), rng.randint(1, 2), 0)]
        app = [rng.choice(["Laboratory results (auto-inserted):", "RESULTS", "Bloods:", "Appendix - investigations"]),
               "%-20s %9s %9s %9s" % ("", days[0], days[1], days[2])]
        for r in rows:
            v = r[1]
            vs = [round(v * rng.uniform(0.85, 1.2), 1) if isinstance(v, (int, float)) else v for _ in range(2)] + [v]
            app.append("%-20s %9s %9s %9s  %s" % (r[0][:20], vs[0], vs[1], vs[2], r[2]))
        text += "\n\n" + "\n".join(app)
    # tidy: collapse runs of >2 blank lines
    lines = [l.rstrip() for l in text.split("\n")]
    out = []
    for l in lines:
        if l == "" and len(out) >= 2 and out[-1] == "" and out[-2] == "":
            continue
        out.append(l)
    text = "\n".join(out).strip("\n")
    return finalize(text, c, label)


def main():
    ap = argparse.ArgumentParser(description="Generate synthetic Irish hospital/GP clinical documents (JSONL).")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    docs = []
    for label in sorted(GENERATORS):
        for i in range(a.per_type):
            docs.append({"id": "ie-%d-%s-%04d" % (a.seed, label, i), "label": label, "text": make_doc(rng, label)})
    rng.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
