#!/usr/bin/env python3
"""Synthetic NHS-style (English hospital trust + GP practice) medical document generator.

Standard library only, deterministic for a given --seed.
All people, places, organisations and identifiers are fictitious.
NHS numbers use the 999 test range; telephone numbers use the Ofcom 01632 drama range.

Usage: python generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import json
import random
import sys
from datetime import date, datetime, timedelta

# ----------------------------------------------------------------------------
# Core pools
# ----------------------------------------------------------------------------
FIRST_M = ["Arthur", "Bernard", "Colin", "Derek", "Edward", "Frank", "Graham", "Harold", "Ian", "Jack",
           "Keith", "Leonard", "Malcolm", "Nigel", "Oliver", "Patrick", "Reginald", "Stanley", "Trevor",
           "Victor", "William", "Alfie", "Callum", "Dylan", "Ethan", "Harvey", "Kieran", "Liam", "Mohammed",
           "Rhys", "Tomasz", "Jamal", "Rajesh", "Declan", "Gareth", "Owain", "Stuart", "Barry", "Clive", "Dennis"]
FIRST_F = ["Agnes", "Beryl", "Carol", "Doreen", "Edna", "Florence", "Gladys", "Hilda", "Irene", "Joan",
           "Kathleen", "Linda", "Margaret", "Norma", "Pauline", "Rita", "Sheila", "Valerie", "Winifred",
           "Amelia", "Chloe", "Demi", "Ellie", "Freya", "Grace", "Hannah", "Isla", "Jasmine", "Keeley",
           "Leah", "Megan", "Niamh", "Poppy", "Priya", "Siobhan", "Aleksandra", "Fatima", "Bronwen", "Tracey", "Janet"]
SURNAMES = ["Ashenby", "Brackwater", "Cottersley", "Dunmorrow", "Elverstone", "Fenwhistle", "Gorringe-Vale",
            "Hollowbeck", "Inchmarsh", "Jessamond", "Kettleby", "Larchmont", "Mossingham", "Netherbrook",
            "Pellworth", "Quarrendon", "Rookwell", "Saltmarsh", "Thistlewood", "Umberleigh", "Vantwell",
            "Wrenfield", "Yarrowby", "Zellacombe", "Abbotsley", "Birchenough", "Candlewick", "Dewberry",
            "Farthingale", "Gladwish", "Hartsfoot", "Juniperly", "Kingsmead", "Merriwether", "Ottershaw",
            "Puddifoot", "Rushbrooke", "Sparrowhawk", "Tumbleton", "Wickenden", "Copperthwaite", "Dandridge",
            "Eastwold", "Foxbury", "Quillfeather", "Bramblecote", "Snodbury", "Pennywhistle", "Thackerby",
            "Oddingley", "Nettlefold", "Mardlebury", "Crumplehorn", "Wobbleton", "Fiddicombe"]
CLIN_SURNAMES = ["Okonkwo-Test", "Pemberwick", "Hadleigh-Rowe", "Sandiford", "Venkataraman-Fict", "Lockridge",
                 "MacAllister-Dee", "Fairweather", "Chaudhry-Lane", "Bellingham", "Oyelaran", "Strickmore",
                 "Whitacre", "Nandakumar", "Grimsditch", "Halloran", "Abernethy-Cole", "Trelawney", "Mistry-Vale",
                 "Kowalczyk-Ash", "Penhaligon", "Odugbesan", "Featherstonehaugh", "Ravensworth", "Tobin-Marsh",
                 "Ellacott", "Sutherby", "Amankwah", "Drinkwater", "Ffoulkes"]
TOWNS = [("Wexcombe", "WX"), ("Fenmoor", "FQ"), ("Thornvale", "TQV"), ("Hallowmere", "HQ"),
         ("Ashby Parva-on-Sea", "AQ"), ("Little Mardle", "MQ"), ("Upper Snodbury", "SQ"), ("Kettlewick", "KQ")]
STREETS = ["Larkspur Road", "Millbrook Lane", "Church Street", "Station Road", "Orchard Close", "The Crescent",
           "Victoria Terrace", "Cobbler's Lane", "Quayside Walk", "Foxglove Way", "Kingfisher Drive",
           "Mill Race Court", "Hawthorn Avenue", "Jubilee Gardens", "Nelson Street", "Tannery Row", "Beech Grove"]
TRUSTS = [("Wexcombe and Fenmoor Hospitals NHS Foundation Trust", ["Wexcombe General Hospital", "Fenmoor Community Hospital"]),
          ("Thornvale University Hospitals NHS Trust", ["Thornvale Royal Infirmary", "St Aldric's Hospital"]),
          ("Hallowmere Valley Healthcare NHS Trust", ["Hallowmere District General Hospital", "Kettlewick Memorial Hospital"]),
          ("North Mardle Acute Hospitals NHS Foundation Trust", ["Mardle Park Hospital", "Queen Adelaide Treatment Centre"])]
PRACTICES = ["Larkspur Road Surgery", "The Millbrook Medical Centre", "Quayside Health Centre", "Orchard Vale Practice",
             "Cobbler's Lane Surgery", "Kingfisher Family Practice", "The Old Tannery Medical Group",
             "Beech Grove Surgery", "Fenmoor Health Partnership", "Snodbury Village Surgery"]
WARDS = ["Ward 7B", "Ward 4A (Respiratory)", "AMU", "Ward 12 (Care of the Elderly)", "Nightingale Ward",
         "Surgical Assessment Unit", "CCU", "Elm Ward", "Ward 22 (Orthopaedics)", "Ward 9 (Gastro)",
         "Ward 3C (Stroke)", "Kingfisher Ward", "SDEC", "Ward 15 (General Surgery)", "Heron Ward"]

ALLERGIES = ["NKDA", "NKDA", "NKDA", "No known drug allergies", "Penicillin - rash", "Penicillin (anaphylaxis)",
             "Codeine - vomiting", "Trimethoprim - rash", "Elastoplast", "Latex", "Clarithromycin - GI upset",
             "Morphine - hallucinations", "Sulfonamides", "Ibuprofen - wheeze", "Nil known", "Chlorhexidine"]

# Medicines: (drug, strength, form, dose text, freq abbr, indication)
MEDS = [
    ("Amlodipine", "5 mg", "tablets", "5 mg", "OD", "hypertension"),
    ("Amlodipine", "10 mg", "tablets", "10 mg", "OD", "hypertension"),
    ("Ramipril", "2.5 mg", "capsules", "2.5 mg", "OD", "hypertension"),
    ("Ramipril", "5 mg", "capsules", "5 mg", "OD", "heart failure"),
    ("Lisinopril", "10 mg", "tablets", "10 mg", "OD", "hypertension"),
    ("Losartan", "50 mg", "tablets", "50 mg", "OD", "hypertension"),
    ("Bisoprolol fumarate", "2.5 mg", "tablets", "2.5 mg", "OD", "AF rate control"),
    ("Bisoprolol fumarate", "5 mg", "tablets", "5 mg", "OD", "IHD"),
    ("Atorvastatin", "20 mg", "tablets", "20 mg", "ON", "primary prevention"),
    ("Atorvastatin", "80 mg", "tablets", "80 mg", "ON", "secondary prevention"),
    ("Simvastatin", "40 mg", "tablets", "40 mg", "ON", "hypercholesterolaemia"),
    ("Aspirin dispersible", "75 mg", "tablets", "75 mg", "OD", "antiplatelet"),
    ("Clopidogrel", "75 mg", "tablets", "75 mg", "OD", "antiplatelet"),
    ("Ticagrelor", "90 mg", "tablets", "90 mg", "BD", "ACS"),
    ("Apixaban", "5 mg", "tablets", "5 mg", "BD", "AF anticoagulation"),
    ("Apixaban", "2.5 mg", "tablets", "2.5 mg", "BD", "AF anticoagulation"),
    ("Edoxaban", "60 mg", "tablets", "60 mg", "OD", "VTE treatment"),
    ("Rivaroxaban", "20 mg", "tablets", "20 mg", "OD with food", "AF anticoagulation"),
    ("Warfarin sodium", "1 mg", "tablets", "as per INR", "OD", "mechanical valve"),
    ("Furosemide", "40 mg", "tablets", "40 mg", "OM", "heart failure"),
    ("Bumetanide", "1 mg", "tablets", "1 mg", "OM", "oedema"),
    ("Spironolactone", "25 mg", "tablets", "25 mg", "OD", "heart failure"),
    ("Indapamide", "2.5 mg", "tablets", "2.5 mg", "OM", "hypertension"),
    ("Isosorbide mononitrate MR", "60 mg", "tablets", "60 mg", "OM", "angina"),
    ("Glyceryl trinitrate", "400 micrograms/dose", "sublingual spray", "1-2 puffs", "PRN", "chest pain"),
    ("Metformin", "500 mg", "tablets", "1 g", "BD", "type 2 diabetes"),
    ("Gliclazide", "80 mg", "tablets", "80 mg", "BD", "type 2 diabetes"),
    ("Sitagliptin", "100 mg", "tablets", "100 mg", "OD", "type 2 diabetes"),
    ("Dapagliflozin", "10 mg", "tablets", "10 mg", "OD", "type 2 diabetes / HF"),
    ("Empagliflozin", "10 mg", "tablets", "10 mg", "OD", "HFrEF"),
    ("Insulin glargine (Lantus)", "100 units/mL", "SoloStar pen", "22 units", "ON", "diabetes"),
    ("Humalog", "100 units/mL", "KwikPen", "per carb ratio", "TDS with meals", "type 1 diabetes"),
    ("Levothyroxine sodium", "100 micrograms", "tablets", "100 micrograms", "OM", "hypothyroidism"),
    ("Carbimazole", "20 mg", "tablets", "20 mg", "OD", "Graves' disease"),
    ("Omeprazole", "20 mg", "gastro-resistant capsules", "20 mg", "OD", "GORD"),
    ("Lansoprazole", "30 mg", "capsules", "30 mg", "OD", "gastroprotection"),
    ("Ranitidine", "150 mg", "tablets", "150 mg", "BD", "dyspepsia"),
    ("Senna", "7.5 mg", "tablets", "15 mg", "ON", "constipation"),
    ("Laxido", "13.8 g", "oral powder sachets", "1 sachet", "BD", "constipation"),
    ("Lactulose", "3.35 g/5 mL", "oral solution", "15 mL", "BD", "constipation"),
    ("Loperamide", "2 mg", "capsules", "2 mg", "PRN (max 16 mg/day)", "loose stools"),
    ("Mesalazine (Octasa)", "800 mg", "MR tablets", "2.4 g", "OD", "ulcerative colitis"),
    ("Paracetamol", "500 mg", "tablets", "1 g", "QDS", "pain"),
    ("Co-codamol", "30/500", "tablets", "2 tablets", "QDS PRN", "pain"),
    ("Codeine phosphate", "30 mg", "tablets", "30 mg", "QDS PRN", "pain"),
    ("Oramorph (morphine sulfate)", "10 mg/5 mL", "oral solution", "2.5-5 mg", "2-hourly PRN", "breakthrough pain"),
    ("Zomorph (morphine sulfate MR)", "10 mg", "capsules", "10 mg", "BD", "pain"),
    ("Oxycodone", "5 mg", "capsules", "5 mg", "4-hourly PRN", "pain"),
    ("Naproxen", "500 mg", "tablets", "500 mg", "BD", "osteoarthritis"),
    ("Ibuprofen", "400 mg", "tablets", "400 mg", "TDS with food", "pain"),
    ("Gabapentin", "300 mg", "capsules", "300 mg", "TDS", "neuropathic pain"),
    ("Pregabalin", "75 mg", "capsules", "75 mg", "BD", "neuropathic pain"),
    ("Amitriptyline", "10 mg", "tablets", "10 mg", "ON", "neuropathic pain"),
    ("Sertraline", "50 mg", "tablets", "50 mg", "OD", "depression"),
    ("Citalopram", "20 mg", "tablets", "20 mg", "OD", "anxiety"),
    ("Mirtazapine", "15 mg", "tablets", "15 mg", "ON", "depression"),
    ("Zopiclone", "3.75 mg", "tablets", "3.75 mg", "ON PRN", "insomnia"),
    ("Donepezil", "10 mg", "tablets", "10 mg", "ON", "Alzheimer's dementia"),
    ("Levetiracetam", "500 mg", "tablets", "500 mg", "BD", "epilepsy"),
    ("Sodium valproate MR (Epilim Chrono)", "500 mg", "tablets", "500 mg", "BD", "epilepsy"),
    ("Co-careldopa", "25/100", "tablets", "1 tablet", "TDS", "Parkinson's disease"),
    ("Salbutamol", "100 micrograms/dose", "pMDI", "2 puffs", "PRN", "asthma/COPD"),
    ("Fostair", "100/6", "pMDI", "2 puffs", "BD", "asthma"),
    ("Trimbow", "87/5/9", "pMDI", "2 puffs", "BD", "COPD"),
    ("Tiotropium (Spiriva Respimat)", "2.5 micrograms", "inhaler", "2 puffs", "OD", "COPD"),
    ("Carbocisteine", "375 mg", "capsules", "750 mg", "TDS", "COPD"),
    ("Montelukast", "10 mg", "tablets", "10 mg", "ON", "asthma"),
    ("Prednisolone", "5 mg", "tablets", "30 mg", "OM", "exacerbation"),
    ("Alendronic acid", "70 mg", "tablets", "70 mg", "once weekly", "osteoporosis"),
    ("Adcal-D3", "1.5 g/400 unit", "chewable tablets", "1 tablet", "BD", "bone protection"),
    ("Colecalciferol", "800 unit", "capsules", "800 units", "OD", "vitamin D deficiency"),
    ("Ferrous fumarate", "210 mg", "tablets", "210 mg", "BD", "iron deficiency"),
    ("Folic acid", "5 mg", "tablets", "5 mg", "OD", "folate deficiency"),
    ("Allopurinol", "100 mg", "tablets", "100 mg", "OD", "gout"),
    ("Colchicine", "500 micrograms", "tablets", "500 micrograms", "BD", "acute gout"),
    ("Methotrexate", "2.5 mg", "tablets", "15 mg", "once weekly (Mondays)", "rheumatoid arthritis"),
    ("Hydroxychloroquine", "200 mg", "tablets", "200 mg", "OD", "RA"),
    ("Tamsulosin MR", "400 micrograms", "capsules", "400 micrograms", "OD", "LUTS"),
    ("Finasteride", "5 mg", "tablets", "5 mg", "OD", "BPH"),
    ("Solifenacin", "5 mg", "tablets", "5 mg", "OD", "overactive bladder"),
    ("Nitrofurantoin MR", "100 mg", "capsules", "100 mg", "BD", "UTI"),
    ("Doxycycline", "100 mg", "capsules", "100 mg", "OD", "chest infection"),
    ("Amoxicillin", "500 mg", "capsules", "500 mg", "TDS", "chest infection"),
    ("Co-amoxiclav", "500/125", "tablets", "1 tablet", "TDS", "infection"),
    ("Flucloxacillin", "500 mg", "capsules", "1 g", "QDS", "cellulitis"),
    ("Clarithromycin", "500 mg", "tablets", "500 mg", "BD", "infection"),
    ("Metronidazole", "400 mg", "tablets", "400 mg", "TDS", "infection"),
    ("Cyclizine", "50 mg", "tablets", "50 mg", "TDS PRN", "nausea"),
    ("Ondansetron", "4 mg", "orodispersible tablets", "4 mg", "BD PRN", "nausea"),
    ("Enoxaparin", "40 mg/0.4 mL", "injection", "40 mg SC", "OD", "VTE prophylaxis"),
    ("Dalteparin", "5,000 units", "injection", "5,000 units SC", "OD", "VTE prophylaxis"),
    ("Hydroxocobalamin", "1 mg/mL", "injection", "1 mg IM", "every 3 months", "B12 deficiency"),
    ("Thiamine", "100 mg", "tablets", "100 mg", "TDS", "alcohol excess"),
    ("Chlordiazepoxide", "10 mg", "capsules", "reducing regime", "as per chart", "alcohol withdrawal"),
    ("Cetirizine", "10 mg", "tablets", "10 mg", "OD", "hay fever"),
    ("Hormone replacement (Evorel 50)", "50 micrograms/24 hours", "patches", "1 patch", "twice weekly", "menopause"),
    ("Microgynon 30", "", "tablets", "1 tablet", "OD (21/7)", "contraception"),
    ("Fluoxetine", "20 mg", "capsules", "20 mg", "OD", "depression"),
    ("Quetiapine", "25 mg", "tablets", "25 mg", "ON", "agitation"),
    ("Digoxin", "62.5 micrograms", "tablets", "62.5 micrograms", "OD", "AF"),
    ("Sando-K", "", "effervescent tablets", "2 tablets", "BD", "hypokalaemia"),
    ("Fortisip Compact", "125 mL", "bottles", "1 bottle", "BD", "malnutrition"),
    ("Diprobase", "", "cream", "apply", "PRN", "dry skin"),
    ("Timolol", "0.25%", "eye drops", "1 drop both eyes", "BD", "glaucoma"),
    ("Latanoprost", "50 micrograms/mL", "eye drops", "1 drop both eyes", "ON", "glaucoma"),
]

ACUTE_MEDS = {"Nitrofurantoin MR", "Doxycycline", "Amoxicillin", "Co-amoxiclav", "Flucloxacillin", "Clarithromycin", "Metronidazole",
              "Prednisolone", "Chlordiazepoxide", "Enoxaparin", "Dalteparin", "Oxycodone", "Ondansetron", "Cyclizine", "Sando-K"}
FEMALE_MEDS = {"Hormone replacement (Evorel 50)", "Microgynon 30"}
CHILD_OK_MEDS = {"Salbutamol", "Cetirizine", "Diprobase", "Montelukast", "Paracetamol", "Laxido", "Lactulose"}
SPEC_WARDS = {"Respiratory": ["Ward 4A (Respiratory)", "AMU", "Heron Ward"], "Cardiology": ["CCU", "Ward 7B", "AMU"],
              "Gastroenterology": ["Ward 9 (Gastro)", "AMU", "Elm Ward"], "General Surgery": ["Ward 15 (General Surgery)", "Surgical Assessment Unit", "Kingfisher Ward"],
              "Urology": ["Kingfisher Ward", "Ward 15 (General Surgery)"], "Orthopaedics": ["Ward 22 (Orthopaedics)", "Nightingale Ward"],
              "Stroke Medicine": ["Ward 3C (Stroke)"], "Care of the Elderly": ["Ward 12 (Care of the Elderly)", "Elm Ward"],
              "Paediatrics": ["Puffin Ward (Paediatrics)", "Children's Assessment Unit"], "Obstetrics & Gynaecology": ["Ward 2 (Gynaecology)", "Early Pregnancy Unit"],
              "Oncology": ["Ward 6 (Oncology)", "Acute Oncology Unit"], "Endocrinology": ["AMU", "Ward 7B"], "Renal": ["Ward 10 (Renal)", "AMU"]}
FREQ_EXPAND = {"OD": "once a day", "BD": "twice a day", "TDS": "three times a day", "QDS": "four times a day",
               "ON": "at night", "OM": "in the morning", "PRN": "when required"}

# Conditions: dict entries. spec, dx, pc, hpc, inv, course, plan, pmh, meds_new (indices by name), ward
CONDITIONS = [
    dict(spec="Respiratory", dx="Community-acquired pneumonia, right lower lobe (CURB-65 2)", short="CAP",
         pc="productive cough, fever and breathlessness for 4 days",
         hpc="Green sputum, pleuritic right-sided chest pain. Rigors at home. No haemoptysis. Normally walks to the shops.",
         inv=["CXR: right lower zone consolidation", "CRP 212", "WCC 16.4", "Urea 8.9", "Legionella/pneumococcal urinary antigens negative"],
         course="Treated with IV co-amoxiclav and oral clarithromycin, stepped down to oral at 48 h once afebrile. Required 2 L O2 initially, weaned to room air on day 3.",
         plan=["Complete 5 days total antibiotics", "Repeat CXR in 6 weeks to confirm resolution"],
         new_meds=["Co-amoxiclav", "Clarithromycin"], proc=None),
    dict(spec="Respiratory", dx="Infective exacerbation of COPD", short="IECOPD",
         pc="increasing SOB and wheeze, change in sputum colour",
         hpc="Known COPD (FEV1 42% predicted), ex-smoker 40 pack-years. Three exacerbations this year. Exercise tolerance now 20 yards.",
         inv=["ABG on air: pH 7.33, pCO2 7.1, pO2 7.8, HCO3 29", "CXR: hyperexpanded, no consolidation", "CRP 64"],
         course="Nebulised salbutamol and ipratropium, prednisolone 30 mg for 5 days and doxycycline. Did not require NIV. Target sats 88-92%.",
         plan=["Pulmonary rehab referral", "Review inhaler technique", "Rescue pack provided"],
         new_meds=["Prednisolone", "Doxycycline", "Carbocisteine"], proc=None),
    dict(spec="Cardiology", dx="NSTEMI", short="NSTEMI",
         pc="central crushing chest pain radiating to left arm, 45 min duration",
         hpc="Associated with sweating and nausea. Ongoing exertional tightness for 2 weeks. Smoker 20/day.",
         inv=["ECG: ST depression V4-V6", "hs-Troponin T 88 -> 412 ng/L", "Echo: mild LV impairment, inferolateral hypokinesia"],
         course="Loaded with aspirin and ticagrelor, fondaparinux. Inpatient angiogram: 90% mid-LAD stenosis, treated with 1 x DES. Uncomplicated radial access.",
         plan=["DAPT for 12 months", "Cardiac rehab", "Uptitrate bisoprolol and ramipril as tolerated"],
         new_meds=["Ticagrelor", "Aspirin dispersible", "Atorvastatin", "Bisoprolol fumarate", "Ramipril"], proc="coronary angiography and PCI to LAD"),
    dict(spec="Cardiology", dx="Atrial fibrillation with fast ventricular response", short="fast AF",
         pc="palpitations and light-headedness since yesterday",
         hpc="No chest pain. No previous episodes documented. CHA2DS2-VASc 3, ORBIT 1.",
         inv=["ECG: AF, ventricular rate 148", "TSH 1.9", "Echo: LA mildly dilated, EF 55%"],
         course="Rate controlled with bisoprolol, one dose of IV digoxin. Anticoagulated with apixaban after discussion of risks and benefits.",
         plan=["Cardiology OPD re rhythm vs rate control", "Annual U&E/FBC on DOAC"],
         new_meds=["Apixaban", "Bisoprolol fumarate"], proc=None),
    dict(spec="Cardiology", dx="Decompensated congestive cardiac failure (HFrEF, EF 30%)", short="CCF",
         pc="worsening breathlessness, orthopnoea and leg swelling",
         hpc="Three-pillow orthopnoea, PND. Weight up 6 kg in 2 weeks. Known IHD.",
         inv=["NT-proBNP 8,450", "CXR: cardiomegaly, upper lobe diversion, bilateral small effusions", "Echo: EF 30%, moderate MR"],
         course="IV furosemide 80 mg BD with daily weights and fluid restriction 1.5 L. Net negative 7 kg. Creatinine peaked at 142 then settled.",
         plan=["Heart failure nurse follow-up", "Repeat U&E in 1 week", "Consider sacubitril/valsartan in clinic"],
         new_meds=["Furosemide", "Spironolactone", "Empagliflozin"], proc=None),
    dict(spec="Gastroenterology", dx="Upper GI bleed secondary to duodenal ulcer", short="UGIB",
         pc="coffee-ground vomiting and melaena",
         hpc="On naproxen for knee pain. Glasgow-Blatchford score 11. Postural dizziness.",
         inv=["Hb 71 g/L (baseline 128)", "Urea 19.2", "OGD: 1.5 cm D1 ulcer with visible vessel, Forrest IIa"],
         course="Transfused 2 units RBC. OGD within 24 h with adrenaline injection and clips. IV PPI infusion 72 h. H. pylori CLO test positive.",
         plan=["H. pylori eradication", "Stop NSAIDs", "Repeat OGD at 8 weeks"],
         new_meds=["Omeprazole", "Amoxicillin", "Clarithromycin"], proc="OGD with haemostatic therapy"),
    dict(spec="Gastroenterology", dx="Acute severe ulcerative colitis flare", short="UC flare",
         pc="bloody diarrhoea 10 times per day",
         hpc="Known UC (left-sided) diagnosed 2016 on mesalazine. Nocturnal stools. Truelove and Witts severe.",
         inv=["CRP 96", "Albumin 28", "Stool MC&S and C. difficile negative", "AXR: no colonic dilatation"],
         course="IV hydrocortisone 100 mg QDS. Day 3 CRP 42, stool frequency 4/day. Flexible sigmoidoscopy: Mayo 3 disease. Converted to oral prednisolone.",
         plan=["Reducing prednisolone course", "IBD nurse follow-up", "Start azathioprine once TPMT back"],
         new_meds=["Prednisolone", "Mesalazine (Octasa)", "Adcal-D3"], proc="flexible sigmoidoscopy"),
    dict(spec="Gastroenterology", dx="Decompensated alcohol-related liver disease with ascites", short="ArLD",
         pc="abdominal distension and jaundice",
         hpc="Drinks 80 units/week. Increasing girth over 3 weeks. Mild confusion noted by wife.",
         inv=["Bilirubin 98", "INR 1.7", "Albumin 24", "Ascitic tap: WCC 120, no SBP", "USS: coarse liver, splenomegaly, moderate ascites"],
         course="Therapeutic paracentesis 6 L with HAS cover. Pabrinex and chlordiazepoxide regime. Seen by alcohol liaison nurse.",
         plan=["Spironolactone titration", "Hepatology clinic", "Variceal screening OGD"],
         new_meds=["Spironolactone", "Thiamine", "Lactulose"], proc="therapeutic paracentesis"),
    dict(spec="General Surgery", dx="Acute appendicitis", short="appendicitis",
         pc="RIF pain, anorexia and vomiting for 36 hours",
         hpc="Pain began periumbilical then migrated to RIF. Alvarado score 8.",
         inv=["WCC 15.1", "CRP 88", "Urine bHCG negative", "USS: non-compressible appendix 9 mm"],
         course="Laparoscopic appendicectomy on day of admission. Findings: inflamed non-perforated appendix. Uneventful recovery, eating and drinking.",
         plan=["Histology to be followed up", "Wound check at practice nurse day 10"],
         new_meds=["Paracetamol", "Ibuprofen"], proc="laparoscopic appendicectomy"),
    dict(spec="General Surgery", dx="Acute calculous cholecystitis", short="cholecystitis",
         pc="RUQ pain radiating to the back, fever",
         hpc="Previous episodes of biliary colic after fatty meals. Murphy's sign positive.",
         inv=["WCC 13.8", "Bilirubin 22", "ALP 160", "USS: thick-walled gallbladder with calculi, CBD 5 mm"],
         course="IV co-amoxiclav. Hot laparoscopic cholecystectomy on day 2 as per pathway. Drain removed day 1 post-op.",
         plan=["Low-fat diet advice", "Surgical OPD not required unless histology abnormal"],
         new_meds=["Paracetamol", "Codeine phosphate"], proc="laparoscopic cholecystectomy"),
    dict(spec="General Surgery", dx="Adhesional small bowel obstruction", short="SBO",
         pc="colicky abdominal pain, distension, bilious vomiting, absolute constipation",
         hpc="Previous open right hemicolectomy 2014. Not passed flatus for 2 days.",
         inv=["CT AP: dilated small bowel loops with transition point in RIF, no closed loop", "Lactate 1.4"],
         course="Managed conservatively: NBM, NG tube on free drainage, IV fluids. Gastrografin challenge: contrast in colon at 8 h. Diet reintroduced.",
         plan=["Return if further obstructive symptoms"],
         new_meds=["Laxido"], proc=None),
    dict(spec="Urology", dx="Obstructing 6 mm left VUJ calculus with AKI", short="ureteric colic",
         pc="left loin-to-groin pain",
         hpc="Sudden onset colicky pain, vomiting. Visible haematuria. Temp 38.2.",
         inv=["CT KUB: 6 mm left VUJ stone with hydronephrosis", "Creatinine 168", "Urine dip: blood +++, nitrites +"],
         course="Infected obstructed system - emergency left ureteric stent insertion under GA. IV gentamicin then oral co-amoxiclav per sensitivities.",
         plan=["Definitive ureteroscopy in 6 weeks", "Stent must not be left in longer than 3 months"],
         new_meds=["Tamsulosin MR", "Co-amoxiclav"], proc="cystoscopy and left JJ stent insertion"),
    dict(spec="Orthopaedics", dx="Left intracapsular neck of femur fracture (Garden IV)", short="#NOF",
         pc="fall at home, unable to weight bear",
         hpc="Mechanical fall tripping on rug. No LOC. Lives alone, mobile with stick. Left leg shortened and externally rotated.",
         inv=["XR left hip: displaced intracapsular #NOF", "Hb 118", "CK 410"],
         course="Left hemiarthroplasty (cemented) on day 1 under spinal. Orthogeriatric review: delirium screen negative, bone protection commenced. Mobilising with frame.",
         plan=["Clips out day 12-14", "Dalteparin for 28 days", "Bone health: alendronic acid after vit D loading"],
         new_meds=["Dalteparin", "Adcal-D3", "Paracetamol", "Alendronic acid"], proc="left cemented hemiarthroplasty"),
    dict(spec="Orthopaedics", dx="Right osteoarthritis knee - elective TKR", short="TKR",
         pc="elective admission for right total knee replacement",
         hpc="Long-standing right knee pain, night pain, failed conservative management. Oxford knee score 14.",
         inv=["XR right knee: tricompartmental OA, Kellgren-Lawrence 4", "Pre-op MRSA screen negative"],
         course="Right TKR under spinal with adductor canal block. Physio day 0. Stairs assessed. Wound clean, dry.",
         plan=["Physio as outpatient", "Aspirin 150 mg for 14 days VTE prophylaxis"],
         new_meds=["Paracetamol", "Oxycodone"], proc="right total knee replacement"),
    dict(spec="Stroke Medicine", dx="Left MCA territory ischaemic stroke", short="stroke",
         pc="sudden onset right arm weakness and expressive dysphasia",
         hpc="Witnessed onset at 08:10. FAST positive. NIHSS 9 on arrival. Not on anticoagulation.",
         inv=["CT head: early ischaemic change left insula", "CTA: left M1 occlusion", "Lipids: total chol 6.4"],
         course="Thrombolysed with alteplase at 09:02 and transferred for mechanical thrombectomy (TICI 2b). Repatriated. NIHSS 3 on discharge. SALT: normal diet.",
         plan=["Clopidogrel lifelong", "Stroke ESD team", "Not to drive for 1 month, inform DVLA if deficit persists"],
         new_meds=["Clopidogrel", "Atorvastatin"], proc=None),
    dict(spec="Care of the Elderly", dx="Delirium secondary to urinary tract infection", short="delirium/UTI",
         pc="acute confusion, reduced oral intake, two falls",
         hpc="Background mild dementia. Daughter reports fluctuating confusion over 3 days. 4AT score 8.",
         inv=["Urine culture: E. coli >10^5, sensitive to nitrofurantoin", "Na 131", "CT head: small vessel disease only"],
         course="Oral nitrofurantoin, encouraged fluids, delirium bundle. Confusion resolved to baseline by day 5. OT/PT: package of care restarted.",
         plan=["Memory clinic follow-up", "Medication review (anticholinergic burden)"],
         new_meds=["Nitrofurantoin MR"], proc=None),
    dict(spec="Endocrinology", dx="Diabetic ketoacidosis", short="DKA",
         pc="vomiting, abdominal pain and polyuria",
         hpc="Type 1 diabetes since age 12. Missed insulin during gastroenteritis. Kussmaul breathing.",
         inv=["pH 7.12", "Ketones 5.8", "Glucose 28.4", "K 5.6 -> 3.6"],
         course="FRIII as per JBDS protocol with potassium replacement. Ketones < 0.6 after 18 h. Converted to SC insulin. Seen by DSN.",
         plan=["Sick day rules reinforced", "Diabetes clinic 4 weeks"],
         new_meds=["Insulin glargine (Lantus)", "Humalog"], proc=None),
    dict(spec="Renal", dx="AKI stage 2 - pre-renal, secondary to diarrhoea and ACE inhibitor", short="AKI",
         pc="diarrhoea and vomiting, reduced urine output",
         hpc="Continued ramipril and metformin while unwell. Baseline creatinine 88.",
         inv=["Creatinine 264", "K 5.9", "Renal USS: normal sized kidneys, no hydronephrosis"],
         course="IV fluids, ACEi and metformin withheld. Creatinine improved to 121 on discharge.",
         plan=["Repeat U&E 1 week", "Restart ramipril once creatinine back to baseline"],
         new_meds=[], proc=None),
    dict(spec="Haematology", dx="Pulmonary embolism (bilateral segmental)", short="PE",
         pc="pleuritic chest pain and breathlessness",
         hpc="Long-haul flight 10 days ago. Right calf swelling. Wells score 6.",
         inv=["CTPA: bilateral segmental PE, no RV strain", "D-dimer 3,200", "Troponin negative"],
         course="Started on apixaban. Ambulatory pathway suitable after observation. Sats maintained on air.",
         plan=["Anticoagulate 3 months minimum then review", "Anticoagulation clinic"],
         new_meds=["Apixaban"], proc=None),
    dict(spec="Dermatology", dx="Right lower limb cellulitis", short="cellulitis",
         pc="red, hot, swollen right shin",
         hpc="Started 3 days ago after scratch. Eron class II. Tinea pedis between toes.",
         inv=["CRP 145", "WCC 14.2", "Leg marked at admission"],
         course="IV flucloxacillin then oral. Erythema receded within marked margin. Leg elevated.",
         plan=["Treat tinea pedis with topical terbinafine", "Complete 7 days antibiotics"],
         new_meds=["Flucloxacillin"], proc=None),
    dict(spec="Obstetrics & Gynaecology", dx="Right ectopic pregnancy", short="ectopic",
         pc="lower abdominal pain and PV spotting, 7/40 by dates",
         hpc="Positive pregnancy test last week. Shoulder tip pain today.",
         inv=["Serum bHCG 2,840", "TVUSS: right adnexal mass, moderate free fluid"],
         course="Laparoscopic right salpingectomy. Anti-D not required (Rh positive). Early pregnancy unit follow-up arranged.",
         plan=["Urine pregnancy test in 3 weeks", "Bereavement support information given"],
         new_meds=["Paracetamol", "Codeine phosphate"], proc="laparoscopic right salpingectomy"),
    dict(spec="Neurology", dx="First unprovoked generalised tonic-clonic seizure", short="first fit",
         pc="witnessed collapse with jerking of all four limbs",
         hpc="Tongue bitten, incontinent of urine, post-ictal for 20 min. No alcohol excess.",
         inv=["CT head: no acute abnormality", "ECG: sinus rhythm, normal QTc", "Bloods unremarkable"],
         course="Observed, no further seizures. Seen by first-fit team. Advice given.",
         plan=["First seizure clinic", "MRI brain and EEG requested", "DVLA: must not drive, patient to inform"],
         new_meds=[], proc=None),
    dict(spec="ENT", dx="Peritonsillar abscess (quinsy), left", short="quinsy",
         pc="sore throat, trismus and hot potato voice",
         hpc="Five days of worsening sore throat despite penicillin V from GP. Unable to swallow saliva.",
         inv=["CRP 120", "Monospot negative"],
         course="Needle aspiration yielded 4 mL pus. IV benzylpenicillin and metronidazole, single dose dexamethasone. Tolerating diet by day 2.",
         plan=["ENT OPD if recurrent - consider tonsillectomy"],
         new_meds=["Co-amoxiclav", "Paracetamol"], proc="aspiration of peritonsillar abscess"),
    dict(spec="Oncology", dx="Neutropenic sepsis post cycle 3 FEC-T (breast cancer)", short="neutropenic sepsis",
         pc="fever 38.6 and rigors, day 9 post chemotherapy",
         hpc="Right breast carcinoma on adjuvant chemotherapy. Called the acute oncology hotline.",
         inv=["Neutrophils 0.2", "Blood cultures: no growth at 48 h", "CXR clear"],
         course="Piperacillin-tazobactam within 1 h of arrival. Afebrile at 48 h, neutrophils recovered to 1.4. Switched to oral co-amoxiclav.",
         plan=["Oncology to review dose of next cycle", "GCSF with future cycles"],
         new_meds=["Co-amoxiclav"], proc=None),
    dict(spec="Paediatrics", dx="Bronchiolitis (RSV positive)", short="bronchiolitis",
         pc="coryza, cough, poor feeding, 4-month-old",
         hpc="Taking 50% of normal feeds. Two episodes of apnoea reported by parents. Born at term.",
         inv=["NPA: RSV positive", "Capillary gas: pCO2 6.2"],
         course="High-flow nasal cannula oxygen for 36 h, NG feeds. Weaned to air, feeding orally by day 4.",
         plan=["Safety-netting advice given to parents", "No routine follow-up"],
         new_meds=[], proc=None),
    dict(spec="Psychiatry liaison", dx="Paracetamol overdose (staggered), treated", short="overdose",
         pc="intentional ingestion of 32 x 500 mg paracetamol over 6 hours",
         hpc="Following argument with partner. Regrets actions. Weight 62 kg.",
         inv=["Paracetamol level 98 mg/L (timing uncertain)", "ALT 34", "INR 1.0"],
         course="Acetylcysteine (SNAP regime) completed. Post-infusion bloods normal. Reviewed by mental health liaison team - low immediate risk.",
         plan=["Crisis team contact within 72 h", "GP review within 1 week"],
         new_meds=[], proc=None),
]

DS_DAY_EVENTS = ["Admitted via the acute take and reviewed on the post-take ward round.", "Antibiotics rationalised following microbiology advice.",
                 "Spiked a temperature overnight; repeat cultures were negative.", "Oxygen weaned to room air.", "Cannula re-sited after phlebitis noted.",
                 "Reviewed by the physiotherapists, who commenced mobilisation with a frame.", "Occupational therapy kitchen assessment completed satisfactorily.",
                 "Developed hypokalaemia (K 3.1), replaced orally.", "Became mildly confused in the evening; delirium screen sent and bundle instituted.",
                 "Tolerating diet and fluids; IV fluids discontinued.", "Bowels opened after regular laxatives.", "Catheter removed and passed urine successfully.",
                 "Seen by the dietitian; oral nutritional supplements started.", "Family meeting held with the consultant to discuss prognosis and discharge plans.",
                 "Reviewed by the pharmacist; medicines reconciled and compliance aid requested.", "Renal function improving with IV fluids.",
                 "Wound inspected, clean and dry.", "Had a fall on the ward without injury; post-falls review completed.", "Switched from IV to oral antibiotics.",
                 "Repeat imaging showed improvement.", "Medically optimised; awaiting social care package.", "Package of care confirmed by the discharge coordinator.",
                 "Blood sugars running high on steroids; gliclazide started by the diabetes team.", "Echocardiogram performed (see results)."]
DS_SOCIAL = ["Prior to admission lived independently with no package of care.", "Discharged with a restarted package of care twice daily.",
             "Daughter lives nearby and visits daily.", "Mobility on discharge: walking with a rollator frame and supervision.",
             "Key safe in place; community alarm pendant worn.", "Carers informed of the discharge date and time.",
             "Transport home booked for the afternoon.", "Equipment delivered: commode and perching stool.", "Community rehabilitation team referral made.",
             "District nurses to visit for wound care and LMWH injections.", "Lives with husband who is the main carer.", "Patient declined a care package."]
DS_PROBLEMS = [
    ("Acute kidney injury", "Creatinine rose to a peak of {n1} umol/L (baseline approximately {n2}) on day 2, attributed to pre-renal causes in the context of sepsis and poor oral intake. Ramipril and metformin were withheld, IV fluids given and nephrotoxic drugs avoided. Renal function had improved by discharge but had not fully returned to baseline."),
    ("Hyponatraemia", "Sodium on admission was {n3} mmol/L. The patient was clinically euvolaemic and paired osmolalities were consistent with SIADH, possibly related to the underlying infection and citalopram. Fluid restriction to 1.2 litres was instituted with gradual improvement; citalopram has been switched to mirtazapine."),
    ("Delirium", "Hyperactive delirium developed on the second night, with agitation and pulling at the cannula. Managed with the trust delirium bundle, reorientation, a consistent bed space and treatment of constipation. Small doses of haloperidol were required on one occasion only. Cognition returned close to baseline per family report."),
    ("Falls and frailty", "Clinical Frailty Scale {n4}. Lying and standing blood pressure showed a significant postural drop, so doxazosin has been stopped. The physiotherapists worked on transfers and gait, and the occupational therapists recommended a perching stool and rails at home."),
    ("Anaemia", "Haemoglobin fell to {n5} g/L with a microcytic picture and low ferritin. No overt bleeding was reported. An iron infusion (ferric carboxymaltose 1 g) was given before discharge. Outpatient investigation of iron deficiency is recommended if not previously done."),
    ("Diabetes", "Capillary glucose ran between 12 and 20 mmol/L during steroid treatment. The diabetes specialist nurses reviewed and advised morning gliclazide, which should be reduced and stopped as the steroid course tapers. HbA1c {n6} mmol/mol."),
    ("Pressure damage", "A category 2 pressure ulcer was identified on the sacrum on admission (present on arrival). The tissue viability nurse advised a hybrid mattress, two-hourly repositioning and a foam dressing. District nurses have been asked to continue this care."),
    ("Nutrition", "MUST score {n7} on admission with approximately 6 kg weight loss over three months. The dietitian started oral nutritional supplements twice daily and a food chart. Refeeding bloods remained stable."),
    ("Atrial fibrillation", "New AF was noted on telemetry with rates up to 130, which settled with treatment of the infection and bisoprolol. CHA2DS2-VASc and bleeding risk were discussed with the patient and anticoagulation was started with apixaban."),
    ("Constipation", "The patient had not opened the bowels for five days on admission, likely contributing to reduced appetite and confusion. Regular macrogol and senna were started with good effect."),
    ("Urinary retention", "A bladder scan showed a residual volume of {n8} mL and a catheter was inserted. A trial without catheter on day 5 was successful after starting tamsulosin."),
    ("Advance care planning", "Given the overall trajectory, a conversation about future care was held with the patient and family. A ReSPECT form was completed recommending ward-based care with a focus on comfort if further deterioration occurs."),
]
PMH_POOL = ["Hypertension", "Type 2 diabetes (diet controlled)", "T2DM on metformin", "IHD - CABG x3 2012",
            "COPD", "Asthma", "AF on DOAC", "CKD stage 3a", "Hypothyroidism", "Osteoarthritis both knees",
            "Previous TIA 2019", "GORD", "Depression", "Anxiety", "Gout", "BPH", "Osteoporosis", "Hypercholesterolaemia",
            "Previous DVT", "Breast cancer 2015 - WLE + radiotherapy, in remission", "Mild cognitive impairment",
            "Appendicectomy as child", "TAH + BSO 2001", "Cholecystectomy", "Left TKR 2018", "Migraine",
            "Epilepsy - well controlled", "Parkinson's disease", "Macular degeneration", "Obstructive sleep apnoea on CPAP",
            "Rheumatoid arthritis", "Diverticular disease", "Hiatus hernia", "Glaucoma", "Psoriasis", "Iron deficiency anaemia"]

HP_ROS = [("CVS", ["no chest pain, no palpitations", "exertional chest tightness", "orthopnoea 2 pillows, ankle swelling", "nil"]),
          ("Resp", ["no cough", "productive cough, green sputum", "SOBOE 50 yds", "haemoptysis x1", "nil"]),
          ("GI", ["appetite reduced, no vomiting, BO normal", "nausea, vomiting x3", "constipated 5/7", "melaena x2", "no dysphagia, no weight loss"]),
          ("GU", ["no dysuria", "frequency and urgency", "nocturia x3", "reduced output", "nil"]),
          ("Neuro", ["no headache, no weakness", "intermittent headache", "numbness L hand", "dizzy on standing", "nil"]),
          ("MSK", ["joint pains knees", "no new issues", "back pain chronic", "nil"]),
          ("Skin", ["no rashes", "sacral soreness", "bruising arms", "nil"]),
          ("Constitutional", ["no fevers or night sweats", "wt loss ~5 kg / 3 months", "fatigue", "rigors"])]
HP_COLLATERAL = ["More confused than usual for 3 days.", "Normally manages own medication with a dosette box.", "Has not been eating well for a week.",
                 "Had a fall last month, not seen by anyone.", "Usually able to walk to the local shop.", "Drinking more alcohol since bereavement last year.",
                 "Found on the floor this morning by carers, unsure how long there.", "Baseline cognition: recognises family, some short-term memory loss."]
HP_PROBLEM_ACTIONS = ["monitor U&E daily", "IV fluids and review fluid status", "hold nephrotoxics", "slow correction, paired osmolalities", "falls bundle",
                      "pharmacy medicines reconciliation", "VRIII if BM > 12 x2", "haematinics and blood film", "CFS documented, PT/OT referral",
                      "CIWA scoring, Pabrinex", "early discharge planning", "treat as per trust guideline", "repeat in AM", "chase imaging report"]
EXAMS = {
    "gen": ["Alert and orientated, comfortable at rest", "Looks unwell, clammy", "Pale, mildly dehydrated",
            "Well-looking, talking in full sentences", "Drowsy but rousable", "Jaundiced", "Frail, cachectic"],
}


# ----------------------------------------------------------------------------
# Helpers
# ----------------------------------------------------------------------------
def ddmmyyyy(d):
    return d.strftime("%d/%m/%Y")


def hhmm(r):
    return "%02d:%02d" % (r.randint(0, 23), r.choice([0, 5, 10, 12, 15, 20, 25, 30, 35, 40, 45, 50, 55, 8, 17, 42]))


def nhs_number(r):
    return "999 %03d %04d" % (r.randint(0, 999), r.randint(0, 9999))


def hosp_number(r):
    return r.choice(["K", "RX", "H", "W", "T", "M"]) + "%06d" % r.randint(0, 999999) + r.choice(["", "", "X", "Z"])


def phone(r):
    return "01632 %06d" % r.randint(960000, 960999)


def gmc(r):
    return "%07d" % r.randint(9000000, 9999999)


def pick(r, seq, k=None):
    if k is None:
        return r.choice(seq)
    k = max(0, min(k, len(seq)))
    return r.sample(seq, k)


def maybe(r, p=0.5):
    return r.random() < p


class Person:
    def __init__(self, r, min_age=18, max_age=94, sex=None):
        self.sex = sex or r.choice(["M", "F"])
        self.first = r.choice(FIRST_M if self.sex == "M" else FIRST_F)
        self.middle = r.choice(FIRST_M if self.sex == "M" else FIRST_F) if maybe(r, 0.4) else ""
        self.surname = r.choice(SURNAMES)
        self.age = r.randint(min_age, max_age)
        self.title = ("Mr" if self.sex == "M" else r.choice(["Mrs", "Miss", "Ms", "Mrs"])) if self.age >= 16 else ("Master" if self.sex == "M" else "Miss")
        self.nhs = nhs_number(r)
        self.mrn = hosp_number(r)
        town, pc = r.choice(TOWNS)
        self.town = town
        self.address = "%d %s, %s" % (r.randint(1, 180), r.choice(STREETS), town)
        self.postcode = "%s%d %d%s" % (pc, r.randint(1, 19), r.randint(1, 9), "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        self.phone = phone(r) if maybe(r, 0.6) else "07700 9%05d" % r.randint(0, 99999)

    def set_dob(self, ref, r):
        self.dob = ref - timedelta(days=self.age * 365 + r.randint(0, 364))
        return self

    @property
    def full(self):
        return " ".join(x for x in [self.first, self.middle, self.surname] if x)

    @property
    def formal(self):
        return "%s %s %s" % (self.title, self.first, self.surname)

    @property
    def pas(self):
        return "%s, %s" % (self.surname.upper(), self.first)

    @property
    def he(self):
        return "he" if self.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.sex == "M" else "her"


class Ctx:
    """Shared context for one document."""

    def __init__(self, r, min_age=18, max_age=94, cond=None):
        self.r = r
        self.date = date(2018, 1, 1) + timedelta(days=r.randint(0, 2400))
        self.pt = Person(r, min_age, max_age).set_dob(self.date, r)
        self.trust, hosps = r.choice(TRUSTS)
        self.hospital = r.choice(hosps)
        self.practice = r.choice(PRACTICES)
        self.gp = "Dr %s %s" % (r.choice("ABCDEFGHJKLMNPRST"), r.choice(CLIN_SURNAMES))
        self.cons = "Dr %s" % r.choice(CLIN_SURNAMES)
        self.mr_cons = "Mr %s" % r.choice(CLIN_SURNAMES)
        self.reg = "Dr %s" % r.choice(CLIN_SURNAMES)
        self.sho = "Dr %s" % r.choice(CLIN_SURNAMES)
        self.ward = r.choice(WARDS)
        self.cond = cond or r.choice(CONDITIONS)
        self.allergy = r.choice(ALLERGIES)
        self.pmh = pick(r, PMH_POOL, r.randint(0, 5))
        pool = [m for m in MEDS if m[0] not in ACUTE_MEDS and not (self.pt.sex == "M" and m[0] in FEMALE_MEDS)]
        if self.pt.age < 16:
            pool = [m for m in pool if m[0] in CHILD_OK_MEDS]
        self.meds = pick(r, pool, r.randint(0, 9 if self.pt.age >= 16 else 2))
        if maybe(r, 0.75) and self.cond["spec"] in SPEC_WARDS:
            self.ward = r.choice(SPEC_WARDS[self.cond["spec"]])

    def clinician(self, grade=None):
        r = self.r
        grade = grade or r.choice(["FY1", "FY2", "CT1", "CT2", "ST3", "ST5", "SpR", "Registrar", "SHO", "Consultant"])
        return "Dr %s %s (%s)" % (r.choice("ABCDEFGHJKLMNPRSTW"), r.choice(CLIN_SURNAMES), grade)


def med_line(r, m, style=None):
    drug, strength, form, dose, freq, ind = m
    style = style if style is not None else r.randint(0, 5)
    if style == 0:
        return "%s %s %s" % (drug, dose, freq)
    if style == 1:
        f = FREQ_EXPAND.get(freq.split()[0], freq)
        return "%s %s %s - %s %s" % (drug, strength, form, dose, f)
    if style == 2:
        return ("%s %s %s" % (drug, strength.replace(" ", ""), form)).upper() + "  %s %s" % (dose, freq)
    if style == 3:
        return "%s %s %s (%s)" % (drug, dose, freq.lower(), ind)
    if style == 4:
        return "%s %s %s" % (drug.split(" (")[0], strength.replace(" ", ""), freq)
    return "%s %s, %s %s" % (drug, strength, dose, freq)


def telegraphic(text, sep="; "):
    """Re-render narrative sentences as a single run-on clause list (so sentences differ between document types)."""
    parts = [p.strip().rstrip(".") for p in text.replace(". ", ".|").split("|") if p.strip()]
    parts = [p[0].lower() + p[1:] if p[:2] != p[:2].upper() else p for p in parts]
    return sep.join(parts)


def find_med(name):
    for m in MEDS:
        if m[0] == name:
            return m
    return None


def header_block(r, ctx, style=None, fields=("name", "dob", "nhs", "mrn")):
    """Patient identification block - several renderings."""
    pt = ctx.pt
    style = r.randint(0, 4) if style is None else style
    vals = {
        "name": ("Name", pt.full if maybe(r) else pt.pas),
        "dob": ("DOB", ddmmyyyy(pt.dob)),
        "nhs": ("NHS No", pt.nhs),
        "mrn": (r.choice(["Hosp No", "MRN", "Unit No", "Hospital No", "K No"]), pt.mrn),
        "addr": ("Address", "%s %s" % (pt.address, pt.postcode)),
        "sex": ("Sex", pt.sex),
        "gp": ("GP", "%s, %s" % (ctx.gp, ctx.practice)),
    }
    items = [vals[f] for f in fields]
    if style == 0:
        return "\n".join("%s: %s" % kv for kv in items)
    if style == 1:
        return " | ".join("%s: %s" % kv for kv in items)
    if style == 2:
        return "\n".join("%-10s %s" % (k.upper(), v) for k, v in items)
    if style == 3:
        # addressograph sticker style
        return "[ %s   %s ]\n[ DOB %s  (%dy) %s ]\n[ NHS %s   %s ]" % (
            pt.pas, pt.mrn, ddmmyyyy(pt.dob), pt.age, pt.sex, pt.nhs, ctx.hospital.split()[0])
    return "Patient: %s   DOB: %s   NHS: %s   %s" % (pt.full, ddmmyyyy(pt.dob), pt.nhs, pt.mrn)


def scan_wrap(r, text, ctx=None, pages=True):
    """Add print/scan artefacts: page numbers, print stamps, fax banners, mild OCR noise."""
    lines = text.split("\n")
    if ctx is not None and maybe(r, 0.15):
        lines.insert(0, "%s %s  FROM: %s  TO: %s   P.%02d" % (
            ddmmyyyy(ctx.date), hhmm(r), phone(r), phone(r), r.randint(1, 4)))
    if pages and maybe(r, 0.35):
        n = r.randint(1, 3)
        lines.append("")
        lines.append(r.choice(["Page 1 of %d" % n, "- 1 -", "Pg 1/%d" % n, "Page %d" % n]))
    if ctx is not None and maybe(r, 0.25):
        lines.append(r.choice(["Printed %s %s by %s" % (ddmmyyyy(ctx.date + timedelta(days=r.randint(0, 40))), hhmm(r),
                                                         "".join(r.choice("ABCDEFGHJKLMNPRSTW") for _ in range(3)) + str(r.randint(10, 99))),
                               "SCANNED %s" % ddmmyyyy(ctx.date + timedelta(days=r.randint(0, 20))),
                               "Document ref: %s/%06d" % (r.choice(["EDM", "DOC", "MR", "SCN"]), r.randint(0, 999999))]))
    out = "\n".join(lines)
    if maybe(r, 0.15):
        out = ocr_noise(r, out)
    return out


def ocr_noise(r, s):
    subs = {"l": "1", "O": "0", "rn": "m", "I": "l", "e": "c", ",": ".", "S": "5"}
    chars = list(s)
    n = max(1, len(chars) // r.randint(250, 600))
    for _ in range(n):
        i = r.randrange(len(chars))
        c = chars[i]
        if c in subs:
            chars[i] = subs[c]
        elif c == " " and maybe(r, 0.5):
            chars[i] = "  "
    return "".join(chars)


def sig_block(r, name, role, extra=True):
    lines = []
    if maybe(r, 0.3):
        lines.append(r.choice(["Signed:", "Sig:", "Signature ________", "(signed)"]))
    lines.append(name)
    lines.append(role)
    if extra and maybe(r, 0.5):
        lines.append(r.choice(["GMC %s" % gmc(r), "Bleep %d" % r.randint(1000, 4999), "Ext %d" % r.randint(2000, 7999),
                               "GMC No. %s" % gmc(r)]))
    return "\n".join(lines)


def title_or_none(r, titles, p_none=0.15):
    if maybe(r, p_none):
        return None
    t = r.choice(titles)
    st = r.randint(0, 3)
    if st == 0:
        return t.upper()
    if st == 1:
        return t
    if st == 2:
        return "*** %s ***" % t.upper()
    return t + "\n" + "=" * len(t)


def join_blocks(blocks):
    return "\n\n".join(b for b in blocks if b)


def obs_set(r, unwell=False):
    if unwell:
        return dict(hr=r.randint(96, 135), sbp=r.randint(85, 110), dbp=r.randint(45, 70), rr=r.randint(20, 30),
                    sats=r.randint(88, 95), temp=round(r.uniform(37.6, 39.4), 1), o2=r.choice(["2L NC", "4L NC", "28% venturi", "RA"]))
    return dict(hr=r.randint(58, 98), sbp=r.randint(108, 162), dbp=r.randint(60, 92), rr=r.randint(12, 19),
                sats=r.randint(94, 100), temp=round(r.uniform(36.0, 37.5), 1), o2="RA")


def obs_text(r, o, style=None):
    style = r.randint(0, 3) if style is None else style
    if style == 0:
        return "HR %d, BP %d/%d, RR %d, SpO2 %d%% %s, T %.1f" % (o["hr"], o["sbp"], o["dbp"], o["rr"], o["sats"], o["o2"], o["temp"])
    if style == 1:
        return "Obs: P %d  BP %d/%d  RR %d  Sats %d%% on %s  Temp %.1f" % (o["hr"], o["sbp"], o["dbp"], o["rr"], o["sats"], o["o2"], o["temp"])
    if style == 2:
        return "T %.1f | HR %d reg | BP %d/%d | RR %d | O2 sat %d (%s)" % (o["temp"], o["hr"], o["sbp"], o["dbp"], o["rr"], o["sats"], o["o2"])
    news = r.randint(0, 7)
    return "NEWS2 %d (HR %d, BP %d/%d, RR %d, SpO2 %d%%, %s, T %.1f)" % (news, o["hr"], o["sbp"], o["dbp"], o["rr"], o["sats"], o["o2"], o["temp"])


def sentence_case_list(items, numbered=True, bullet="-"):
    if numbered:
        return "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(items))
    return "\n".join("%s %s" % (bullet, x) for x in items)


def trust_header(r, ctx, dept=None):
    lines = []
    if maybe(r, 0.7):
        lines.append(ctx.trust if maybe(r, 0.6) else ctx.hospital)
    if dept and maybe(r, 0.8):
        lines.append(dept)
    if maybe(r, 0.3):
        lines.append("%s, %s  Tel %s" % (ctx.hospital, ctx.pt.town, phone(r)))
    return "\n".join(lines) if lines else None


# ----------------------------------------------------------------------------
# Document generators
# ----------------------------------------------------------------------------
def gen_discharge_summary(r):
    ctx = Ctx(r, 20, 96)
    c, pt = ctx.cond, ctx.pt
    if c["spec"] == "Paediatrics":
        ctx = Ctx(r, 0, 1, cond=c)
        pt = ctx.pt
    adm = ctx.date
    los = r.randint(1, 16)
    long_ = maybe(r, 0.35)
    complex_ = long_ and maybe(r, 0.45)
    if complex_:
        los = max(los, r.randint(8, 14))
    dis = adm + timedelta(days=los)
    title = title_or_none(r, ["Discharge Summary", "Inpatient Discharge Summary", "Immediate Discharge Letter (IDL)",
                              "Electronic Discharge Notification", "DISCHARGE LETTER TO GP", "Discharge Summary - Medicine",
                              "TTO / Discharge Summary"], 0.12)
    blocks = [trust_header(r, ctx), title, header_block(r, ctx, fields=("name", "dob", "nhs", "mrn", "addr") if maybe(r) else ("name", "dob", "nhs"))]
    admin = ["Date of admission: %s" % ddmmyyyy(adm), "Date of discharge: %s" % ddmmyyyy(dis),
             "%s: %s" % (r.choice(["Ward", "Discharging ward", "Ward/Unit"]), ctx.ward),
             "%s: %s" % (r.choice(["Consultant", "Responsible consultant", "Named consultant"]), ctx.cons if c["proc"] is None else ctx.mr_cons),
             "Specialty: %s" % c["spec"]]
    if maybe(r, 0.5):
        admin.append("Method of admission: %s" % r.choice(["Emergency via A&E", "GP referral to AMU", "Elective", "Via SDEC", "Transfer from %s" % r.choice(TRUSTS)[1][0]]))
    if maybe(r, 0.4):
        admin.append("Discharge destination: %s" % r.choice(["Usual residence", "Home with POC", "Nursing home", "Residential home", "Community hospital (step-down)"]))
    blocks.append("\n".join(admin))
    secondary = pick(r, ctx.pmh, min(len(ctx.pmh), r.randint(0, 3)))
    diag = "%s:\n%s" % (r.choice(["Primary diagnosis", "Diagnosis", "Main condition treated", "DIAGNOSES"]), c["dx"])
    if secondary:
        diag += "\n%s:\n%s" % (r.choice(["Co-morbidities", "Secondary diagnoses", "Other active problems"]),
                                sentence_case_list(secondary, numbered=maybe(r)))
    sections = [diag]
    sections.append("%s:\n%s" % (r.choice(["Presenting complaint", "Presentation", "Reason for admission"]),
                                 "%s" % (c["pc"][0].upper() + c["pc"][1:] + ".")))
    course = c["course"]
    if maybe(r, 0.5):
        course += " " + r.choice(["Seen by physiotherapy who were happy for discharge.",
                                  "VTE prophylaxis given throughout the admission.",
                                  "Patient and family updated prior to discharge.",
                                  "Observations stable for over 24 hours prior to discharge.",
                                  "Medically optimised from day %d; delayed awaiting package of care." % r.randint(2, 6),
                                  "Was reviewed by the %s team during the admission." % r.choice(["diabetes", "tissue viability", "dietetic", "palliative care", "frailty"])])
    sections.append("%s:\n%s" % (r.choice(["Clinical summary", "Summary of admission", "Hospital course", "Clinical narrative", "Progress"]), course))
    if long_:  # long-form: day by day narrative + results table + social
        days = []
        evs = list(DS_DAY_EVENTS)
        r.shuffle(evs)
        for dn in range(1, min(max(los, 3), r.randint(8, 12) if complex_ else r.randint(3, 8)) + 1):
            start = (dn * 3) % len(evs)
            days.append("Day %d (%s): %s" % (dn, ddmmyyyy(adm + timedelta(days=dn - 1)), " ".join(evs[start: start + r.randint(2 if complex_ else 1, 3)]) or evs[0]))
        sections.append(r.choice(["Detailed course", "Day-by-day summary", "Inpatient timeline"]) + ":\n" + "\n".join(days))
        rows = ["%-14s %-12s %-12s" % ("", "Admission", "Discharge")]
        for nm, lo, hi in [("Hb", 70, 150), ("WCC", 3, 20), ("Plt", 90, 450), ("Na", 125, 145), ("K", 3.1, 5.8), ("Urea", 3, 25), ("Creat", 50, 280), ("CRP", 1, 300), ("Alb", 22, 45)]:
            if maybe(r, 0.8):
                a, b = r.uniform(lo, hi), r.uniform(lo, hi)
                f = "%.1f" if isinstance(lo, float) else "%d"
                rows.append("%-14s %-12s %-12s" % (nm, f % a, f % b))
        sections.append("Blood results:\n" + "\n".join(rows))
        sections.append("%s:\n%s" % (r.choice(["Functional and social status", "Social circumstances", "Discharge planning"]), " ".join(pick(r, DS_SOCIAL, r.randint(2, 4)))))
        if complex_ or maybe(r, 0.4):
            nums = dict(n1=r.randint(150, 320), n2=r.randint(60, 110), n3=r.randint(118, 128), n4=r.randint(5, 7), n5=r.randint(68, 92), n6=r.randint(50, 95),
                        n7=r.randint(2, 4), n8=r.randint(600, 1400))
            pl = []
            for head, txt in pick(r, DS_PROBLEMS, r.randint(6, 10) if complex_ else r.randint(2, 5)):
                pl.append("%s\n%s" % (head if maybe(r) else head.upper(), txt.format(**nums)))
            sections.append(r.choice(["Problems addressed during admission", "Other issues this admission", "Issue-based summary"]) + ":\n\n" + "\n\n".join(pl))
    if maybe(r, 0.8):
        sections.append("%s:\n%s" % (r.choice(["Investigations", "Key results", "Relevant investigations"]),
                                     sentence_case_list(c["inv"], numbered=False, bullet=r.choice(["-", "*", "\u2022"]))))
    if c["proc"] and maybe(r, 0.85):
        sections.append("Procedures: %s (%s)" % (c["proc"], ddmmyyyy(adm + timedelta(days=r.randint(0, max(0, los - 1))))))
    # medications
    style = r.randint(0, 5)
    tto = []
    for name in c["new_meds"]:
        m = find_med(name)
        if m:
            tto.append((m, "NEW"))
    for m in ctx.meds:
        tto.append((m, r.choice(["Unchanged", "Unchanged", "Unchanged", "Dose changed", "Continue"])))
    if tto:
        mlines = []
        for m, st in tto:
            if maybe(r, 0.5):
                mlines.append("%-55s %s" % (med_line(r, m, style), st))
            else:
                mlines.append(med_line(r, m, style) + ("  [%s]" % st if st != "Unchanged" else ""))
        sections.append("%s:\n%s" % (r.choice(["Medications on discharge", "TTO", "Discharge medication", "MEDICATION ON DISCHARGE (TTO)"]),
                                     "\n".join(mlines)))
    if maybe(r, 0.4):
        stopped = r.choice(["Naproxen - stopped due to GI bleed", "Ramipril - withheld, AKI", "Metformin - held, restart when eating",
                            "Amitriptyline - stopped (falls risk)", "Simvastatin - switched to atorvastatin", "Zopiclone - stopped"])
        sections.append("Medications stopped: %s" % stopped)
    sections.append("Allergies: %s" % ctx.allergy)
    gp_actions = list(c["plan"])
    if maybe(r, 0.5):
        gp_actions.append(r.choice(["Please check U&E in 1 week", "Please review BP in 2 weeks", "Please arrange repeat FBC in 4 weeks",
                                    "Please continue to monitor weight", "No GP action required"]))
    sections.append("%s:\n%s" % (r.choice(["Actions for GP", "GP to action", "Follow-up / plan", "Plan", "Recommendations to GP"]),
                                 sentence_case_list(gp_actions, numbered=maybe(r, 0.6))))
    if maybe(r, 0.5):
        sections.append("Follow-up: %s" % r.choice(["%s clinic in %d weeks (hospital to arrange)" % (c["spec"], r.randint(2, 12)),
                                                    "None by hospital", "Virtual clinic review with results", "GP follow-up only"]))
    if maybe(r, 0.4):
        sections.append("Information given to patient: %s" % r.choice(["Diagnosis and medication changes discussed with patient.",
                                                                       "Patient aware of diagnosis; leaflet provided.",
                                                                       "Discussed with patient and daughter."]))
    if maybe(r, 0.3):
        sections.append("Resuscitation status: %s" % r.choice(["For full escalation", "DNACPR in place - original form travelled with patient", "Not discussed"]))
    # vary order of middle sections
    mid = sections[1:-2]
    if maybe(r, 0.3):
        r.shuffle(mid)
    sections = [sections[0]] + mid + sections[-2:]
    blocks.extend(sections)
    blocks.append("%s\n%s" % (r.choice(["Completed by:", "Discharging doctor:", "Author:", "Summary written by"]), ctx.clinician(r.choice(["FY1", "FY1", "FY2", "CT1", "SHO"]))))
    if maybe(r, 0.4):
        blocks.append("cc: %s, %s" % (ctx.gp, ctx.practice) + (" ; Patient" if maybe(r) else ""))
    return scan_wrap(r, join_blocks(blocks), ctx)


def gen_history_physical(r):
    ctx = Ctx(r, 18, 97)
    c, pt = ctx.cond, ctx.pt
    if c["spec"] == "Paediatrics":
        c = ctx.cond = CONDITIONS[r.randint(0, 10)]
    title = title_or_none(r, ["Admission Clerking", "MEDICAL CLERKING", "Surgical Admission Clerking", "Clerking - AMU",
                              "History & Examination", "Post-take clerking proforma", "ADMISSION H&E", "Acute Medical Take - Clerking"], 0.15)
    t = hhmm(r)
    blocks = [title, header_block(r, ctx), "Date/time: %s %s   Seen by: %s   Location: %s" % (
        ddmmyyyy(ctx.date), t, ctx.clinician(r.choice(["FY1", "FY2", "CT1", "SHO", "ST3", "ACP"])), r.choice(["AMU", "ED majors", "SAU", "Resus", ctx.ward]))]
    if maybe(r, 0.4):
        blocks.append("Source of referral: %s" % r.choice(["GP", "ED", "Self via 111", "Ambulance", "OPD"]))
    age_sex = "%dy%s" % (pt.age, pt.sex)
    pc = "PC: %s" % c["pc"] if maybe(r) else "Presenting complaint:\n%s %s" % (age_sex, c["pc"])
    blocks.append(pc)
    hpc = c["hpc"]
    extra = pick(r, ["No recent travel.", "No sick contacts.", "Eating and drinking less than usual.", "Denies weight loss.",
                     "No urinary symptoms.", "Bowels opened normally yesterday.", "Pain score %d/10." % r.randint(3, 10),
                     "Took paracetamol with little effect.", "Symptoms worse on lying flat.", "Nil similar before.",
                     "Called 999 as family worried."], r.randint(1, 4))
    blocks.append("HPC:\n%s %s" % (hpc, " ".join(extra)))
    pmh = ctx.pmh or ["Nil of note"]
    blocks.append("%s:\n%s" % (r.choice(["PMH", "PMHx", "Past medical history"]), "\n".join("- " + x for x in pmh)))
    meds = [med_line(r, m, r.choice([0, 4])) for m in ctx.meds] or ["Nil regular"]
    blocks.append("%s:\n%s" % (r.choice(["DH", "Drug history", "Medications"]), "\n".join(meds)))
    blocks.append("Allergies: %s" % ctx.allergy)
    sh = [r.choice(["Lives alone in bungalow", "Lives with wife in house", "Lives with husband, 2-storey house", "Residential home",
                    "Nursing home resident", "Lives with partner and 2 children", "Sheltered accommodation with warden"]),
          r.choice(["Independent with ADLs", "POC BD", "POC QDS", "Mobile with frame", "Mobile with 1 stick", "Independent, still drives"]),
          r.choice(["Never smoker", "Ex-smoker (%d pack-years)" % r.randint(5, 60), "Current smoker %d/day" % r.randint(5, 30)]),
          r.choice(["Alcohol: nil", "Alcohol: %d units/wk" % r.randint(2, 40), "EtOH occasional", "Alcohol: 1 bottle wine/day"])]
    blocks.append("SH: " + ". ".join(sh) if maybe(r) else "Social history:\n" + "\n".join(sh))
    if maybe(r, 0.6):
        blocks.append("FH: %s" % r.choice(["Nil relevant", "Father MI aged 52", "Mother breast Ca", "Brother T2DM", "NK - adopted", "Sister - bowel cancer aged 60"]))
    if maybe(r, 0.35):
        ros = []
        for sysname, opts in HP_ROS:
            ros.append("%s: %s" % (sysname, r.choice(opts)))
        blocks.append("SYSTEMIC ENQUIRY\n" + "\n".join(ros))
        if maybe(r, 0.6):
            blocks.append("Collateral (%s, by phone): %s" % (r.choice(["daughter", "son", "wife", "husband", "care home manager", "neighbour"]),
                                                            " ".join(pick(r, HP_COLLATERAL, r.randint(2, 4)))))
    elif maybe(r, 0.5):
        blocks.append("Systems review: %s" % r.choice(["otherwise unremarkable", "nil else of note", "weight loss 4 kg over 2 months, night sweats",
                                                        "mild ankle swelling; no chest pain", "NAD"]))
    o = obs_set(r, unwell=maybe(r, 0.4))
    exam = ["O/E: %s" % r.choice(EXAMS["gen"]), obs_text(r, o)]
    exam.append("CVS: %s" % r.choice(["HS I+II+0", "HS I + II + 0, CRT <2s", "irregularly irregular, HS normal", "ESM 3/6 radiating to carotids", "JVP not raised, HS I+II"]))
    exam.append("RS: %s" % r.choice(["chest clear", "good AE bilaterally, no added sounds", "coarse creps R base, bronchial breathing",
                                     "widespread expiratory wheeze", "bibasal fine creps", "reduced AE L base, dull to percussion"]))
    exam.append("Abdo: %s" % r.choice(["SNT, BS+", "soft, tender RIF with guarding, Rovsing's +ve", "distended, tympanic, high-pitched BS",
                                       "soft, tender RUQ, Murphy's +ve", "shifting dullness, no organomegaly", "soft, non-tender, no masses. PR deferred"]))
    exam.append("Neuro: %s" % r.choice(["GCS 15, grossly intact", "GCS 14 (E4 V4 M6)", "R arm power 2/5, expressive dysphasia", "PERLA, no focal deficit", "not formally assessed"]))
    if maybe(r, 0.4):
        exam.append("Calves: %s" % r.choice(["SNT", "R calf swollen, tender", "no oedema"]))
    blocks.append("\n".join(exam))
    if maybe(r, 0.8):
        blocks.append("%s:\n%s" % (r.choice(["Ix", "Investigations", "Results so far"]), "\n".join(c["inv"][: r.randint(1, len(c["inv"]))])))
    imp = "%s:\n%s" % (r.choice(["Impression", "Imp", "Working diagnosis", "Dx"]), c["short"] if maybe(r) else c["dx"])
    if maybe(r, 0.5):
        imp += "\nDDx: %s" % ", ".join(pick(r, ["sepsis", "PE", "ACS", "pyelonephritis", "biliary colic", "viral illness", "anxiety",
                                                "musculoskeletal pain", "pericarditis", "malignancy", "diverticulitis"], 2))
    blocks.append(imp)
    plan = pick(r, ["Bloods incl FBC, U&E, LFT, CRP, coag, G&S", "Blood cultures x2", "IV fluids 1 L Hartmann's over 8 h",
                    "Sepsis 6 completed", "NBM, IV fluids", "Analgesia as per chart", "CXR", "Repeat ECG in 1 h",
                    "Catheterise, strict fluid balance", "VTE assessment done - enoxaparin", "Refer to %s on-call" % c["spec"].lower(),
                    "Discuss with reg", "Obs 4-hourly, escalate if NEWS >= 5", "Review in AM with results", "For post-take WR",
                    "Falls assessment", "Lying/standing BP"], r.randint(3, 7))
    blocks.append("Plan:\n" + sentence_case_list(plan, numbered=maybe(r, 0.6)))
    if maybe(r, 0.3):
        probs = [c["short"]] + pick(r, ["AKI", "hyponatraemia", "falls", "polypharmacy", "poor diabetic control", "anaemia", "frailty", "alcohol excess", "social - lives alone"], r.randint(1, 4))
        pl = []
        for i, pr_ in enumerate(probs, 1):
            pl.append("%d. %s\n   - %s" % (i, pr_, "\n   - ".join(pick(r, HP_PROBLEM_ACTIONS, r.randint(1, 3)))))
        blocks.append("Problem list:\n" + "\n".join(pl))
    if maybe(r, 0.4):
        blocks.append("Escalation: %s" % r.choice(["full escalation", "ward-based care, not for ITU", "DNACPR discussed with patient - for CPR"]))
    blocks.append(sig_block(r, ctx.clinician(), r.choice(["Medical SHO", "Surgical FY1", "AMU clerking doctor", "On-call SHO"])))
    return scan_wrap(r, join_blocks(blocks), ctx)


def gen_progress_note(r):
    ctx = Ctx(r, 18, 97)
    c, pt = ctx.cond, ctx.pt
    kind = r.randint(0, 4)
    dt = "%s %s" % (ddmmyyyy(ctx.date + timedelta(days=r.randint(1, 6))), hhmm(r))
    blocks = []
    if kind == 0:  # consultant ward round
        blocks.append(r.choice(["WR - %s" % ctx.cons, "Consultant WR (%s)" % ctx.cons, "Post-take WR", "PTWR %s" % ctx.cons, "Ward round"]) + "  " + dt)
        if maybe(r, 0.4):
            blocks.append(header_block(r, ctx, style=1, fields=("name", "mrn")))
        blocks.append("Day %d of admission. %s" % (r.randint(1, 12), c["short"]))
        s = r.choice(["Feels better today.", "Pt reports less pain.", "Overnight: spiked temp 38.1, cultures sent.", "Slept well, eating small amounts.",
                      "Still breathless on exertion.", "Confused overnight per nursing staff.", "Passing flatus, no BO yet."])
        blocks.append("S: %s" % s)
        o = obs_set(r, maybe(r, 0.3))
        blocks.append("O: %s\n%s" % (obs_text(r, o), r.choice(["Chest - improved AE R base", "Abdo soft, mildly tender", "Wound clean and dry",
                                                                "Calves SNT", "Mild pedal oedema", "Alert, orientated x3"])))
        if maybe(r):
            blocks.append("Bloods: Hb %d, WCC %.1f, CRP %d, Cr %d, K %.1f" % (r.randint(80, 150), r.uniform(4, 18), r.randint(3, 250), r.randint(55, 240), r.uniform(3.2, 5.6)))
        blocks.append("A: %s - %s" % (c["short"], r.choice(["improving", "slow improvement", "static", "deteriorating", "resolving"])))
        plan = pick(r, ["Continue current abx", "IV to oral switch", "Mobilise with physio", "Remove cannula", "Repeat bloods tomorrow",
                        "Chase echo", "OT assessment", "Medically fit for discharge pending TTO", "Stop IV fluids", "Increase furosemide to 80 mg BD",
                        "Daily weights", "Refer to dietitian", "Update family", "Start weaning O2"], r.randint(2, 6))
        blocks.append("P:\n" + "\n".join("- " + p for p in plan))
        blocks.append(r.choice(["%s FY1 for %s" % (ctx.sho, ctx.cons), "Entry by %s" % ctx.clinician("FY1"), ctx.sho + " (FY2)"]))
    elif kind == 1:  # called to review
        blocks.append(r.choice(["SHO review", "Night F1 review", "Bleeped by nursing staff", "Called to see pt", "H@N review"]) + " %s" % dt)
        reason = r.choice(["NEWS 6 - tachycardic and febrile", "chest pain", "fall on ward - unwitnessed", "low urine output < 0.5 mL/kg/h x 4h",
                           "hypoglycaemia BM 2.9", "agitation, pulling at cannula", "drop in sats to 89%"])
        blocks.append("Asked to review re %s." % reason)
        o = obs_set(r, True)
        blocks.append(obs_text(r, o))
        blocks.append(r.choice(["O/E alert, chest clear, abdo SNT", "O/E no head injury, no new bruising, moving all limbs", "O/E warm peripheries, HS normal",
                                "Drowsy but rousable, BM now 6.1 after glucogel", "Bibasal creps, JVP raised"]))
        blocks.append("Imp: %s" % r.choice(["?HAP", "?sepsis - source unclear", "likely fluid overload", "delirium", "hypovolaemia", "mechanical fall, no injury"]))
        blocks.append("Plan: " + "; ".join(pick(r, ["bloods + cultures", "fluid challenge 500 mL", "ECG - no acute change", "CXR portable",
                                                    "furosemide 40 mg IV stat", "hold antihypertensives", "neuro obs 1-hourly for 24h", "inform day team",
                                                    "escalate to reg if NEWS > 7", "1:1 nursing"], r.randint(2, 5))))
        blocks.append(ctx.clinician(r.choice(["FY1", "FY2", "CT1"])))
    elif kind == 2:  # follow-up clinic entry
        blocks.append(r.choice(["%s Clinic - follow up" % c["spec"], "OPD follow-up", "Review clinic", "Telephone clinic", "FU clinic entry"]))
        blocks.append("%s   %s" % (header_block(r, ctx, style=1, fields=("name", "nhs")), ddmmyyyy(ctx.date)))
        blocks.append("Seen %d %s post %s." % (r.randint(2, 12), r.choice(["weeks", "months"]), c["short"]))
        blocks.append(r.choice(["Doing well, back to normal activities.", "Ongoing fatigue, improving slowly.", "No further episodes.",
                                "Some residual symptoms, managing.", "Reports good adherence with medication."]))
        if maybe(r):
            blocks.append("BP %d/%d, weight %.1f kg" % (r.randint(110, 165), r.randint(60, 95), r.uniform(48, 120)))
        blocks.append("Plan: %s" % r.choice(["discharge to GP", "review 6 months", "repeat bloods and see with results", "continue current treatment",
                                             "add to waiting list", "PIFU - patient initiated follow-up for 12 months"]))
        blocks.append(ctx.clinician(r.choice(["Consultant", "SpR", "CNS"])))
    elif kind == 3:  # MDT style daily issues list
        blocks.append(r.choice(["Daily review", "Medical review", "Registrar WR", "Weekend review"]) + " " + dt)
        issues = [c["short"], r.choice(["AKI", "hypokalaemia", "delirium", "constipation", "poor oral intake", "pressure area", "anaemia"])]
        for i, iss in enumerate(issues, 1):
            blocks.append("%d) %s - %s" % (i, iss, r.choice(["improving, continue", "monitor", "replace K PO", "laxatives", "encourage diet, MUST 2",
                                                              "TVN referral", "repeat Hb tomorrow", "stable"])))
        blocks.append("TTO: %s   EDD: %s" % (r.choice(["not yet", "written", "pending pharmacy"]), ddmmyyyy(ctx.date + timedelta(days=r.randint(2, 9)))))
        blocks.append(ctx.reg + " " + r.choice(["StR", "Reg", "ST4"]))
    else:  # brief entry
        blocks.append(dt + "  " + r.choice(["WR", "Review", "Medical entry", "Ward round (%s)" % ctx.cons.split()[-1]]))
        blocks.append(header_block(r, ctx, style=1, fields=("name", "mrn")))
        blocks.append("Known %s. %s" % (c["short"], obs_text(r, obs_set(r))))
        blocks.append(r.choice(["Seen on WR with %s." % ctx.cons, "Brief review."]) + " " + r.choice([
            "Stable. Plan as above.", "Afebrile 48h. Switch to oral abx. ?home tomorrow.", "Mobilising well. MFFD.",
            "Family meeting arranged for Thursday.", "Awaiting bed at community hospital.", "For discharge today."]))
        blocks.append(ctx.sho)
    return scan_wrap(r, join_blocks(blocks), ctx, pages=False)


CONSULT_HX = ["On direct questioning reports intermittent symptoms over the past few months.", "Notes and previous clinic letters reviewed.",
              "Nursing staff report no overnight concerns.", "No previous input from our service.", "Seen by our team in 2019 - discharged at that time.",
              "Collateral from the ward team: progressively less mobile.", "Drug chart reviewed including PRN use over the last 72 hours."]
CONSULT_DISC = ["The overall picture is most in keeping with the impression above.", "Alternative diagnoses have been considered but seem less likely.",
                "I have explained this to the patient, who is in agreement with the plan.", "There is no indication for transfer to our ward at present.",
                "The balance of risk favours a conservative approach for now.", "If the patient deteriorates the threshold for re-referral should be low.",
                "We would be happy to see the patient in clinic after discharge.", "This has been discussed with our consultant on call, who agrees."]
SPECIALIST_OPINIONS = {
    "Cardiology": (["Troponin rise likely type 2 MI secondary to sepsis", "Paroxysmal AF", "Moderate aortic stenosis, not the cause of syncope",
                    "Pericarditis"], ["Continue bisoprolol", "Echo as outpatient", "Not for angiography at present", "Colchicine 500 micrograms BD for 3 months",
                                      "24 h tape", "Anticoagulate if no contraindication"]),
    "Gastroenterology": (["Iron deficiency anaemia - needs bidirectional endoscopy", "Drug-induced liver injury", "C. difficile colitis",
                          "Refeeding risk"], ["OGD on next list", "Stop co-amoxiclav", "Oral vancomycin 125 mg QDS 10 days", "IV iron", "Liver screen"]),
    "Renal": (["AKI stage 3 - likely ATN", "Hyperkalaemia secondary to ACEi/spironolactone"], ["Strict fluid balance", "Daily U&E",
                                                                                              "Avoid nephrotoxics", "Renal USS", "No indication for RRT currently"]),
    "Diabetes & Endocrinology": (["Steroid-induced hyperglycaemia", "Hyponatraemia - SIADH", "Adrenal insufficiency"],
                                 ["Gliclazide 40 mg mane, titrate", "Fluid restrict 1 L", "Short Synacthen test", "Paired serum/urine osmolality"]),
    "Microbiology": (["Staph aureus bacteraemia", "ESBL E. coli urosepsis"], ["IV flucloxacillin 2 g QDS for minimum 14 days", "TTE then TOE",
                                                                             "Meropenem 1 g TDS", "Remove PICC line", "Repeat blood cultures at 48-72 h"]),
    "Haematology": (["Heparin-induced thrombocytopenia unlikely (4T score 2)", "Macrocytic anaemia - B12 deficiency"],
                    ["Continue LMWH", "Loading hydroxocobalamin", "Blood film", "No need for transfusion"]),
    "Orthogeriatrics": (["Frailty, CFS 6", "Falls with postural hypotension"], ["Stop doxazosin", "Lying/standing BP", "Bone protection",
                                                                                 "Delirium prevention measures"]),
    "Psychiatry liaison": (["Low mood, no active suicidal intent", "Delirium rather than primary psychiatric illness"],
                           ["No detention under MHA required", "Community mental health team referral", "Avoid benzodiazepines"]),
    "Palliative Care": (["Symptom control - end of life care likely", "Breathlessness from malignant effusion"],
                        ["Anticipatory medications prescribed", "Syringe driver if unable to take orals", "Discuss preferred place of death"]),
    "General Surgery": (["No acute surgical pathology", "Possible ischaemic colitis"], ["CT abdomen with contrast", "Keep NBM",
                                                                                      "Surgical team will review again tomorrow", "Not for operative intervention"]),
    "Dermatology": (["Drug eruption - likely secondary to allopurinol", "Venous eczema"], ["Stop allopurinol", "Dermovate ointment BD to trunk",
                                                                                          "Emollients liberally"]),
}


def gen_consult_note(r):
    ctx = Ctx(r, 25, 95)
    pt = ctx.pt
    spec = r.choice(list(SPECIALIST_OPINIONS))
    imps, recs = SPECIALIST_OPINIONS[spec]
    imp = r.choice(imps)
    title = title_or_none(r, ["%s Opinion" % spec, "Inpatient Referral - %s Review" % spec, "%s consult" % spec,
                              "Specialist Review: %s" % spec, "REFERRAL RESPONSE - %s" % spec.upper(), "%s liaison note" % spec], 0.2)
    dt = ddmmyyyy(ctx.date)
    blocks = [title]
    if maybe(r, 0.6):
        blocks.append(header_block(r, ctx, fields=("name", "dob", "mrn")))
    blocks.append(r.choice(["Seen on %s at request of %s (%s)." % (ctx.ward, ctx.cons, r.choice(["Medicine", "Surgery", "Orthopaedics", "COTE"])),
                            "Thank you for this referral. Patient seen on %s, %s." % (ctx.ward, dt),
                            "Referred by: %s   Date seen: %s   Ward: %s" % (ctx.reg, dt, ctx.ward),
                            "%s review %s - %s" % (spec, dt, ctx.ward)]))
    blocks.append("%s: %s" % (r.choice(["Reason for referral", "Question asked", "Q", "Referral question"]),
                              r.choice(["advice re management", "please assess ?%s" % imp.split(" -")[0].lower(), "abnormal results - please advise",
                                        "suitability for procedure", "ongoing symptoms despite treatment"])))
    bg = ["%d%s, admitted %s with %s." % (pt.age, pt.sex, ddmmyyyy(ctx.date - timedelta(days=r.randint(1, 10))), ctx.cond["short"])]
    if ctx.pmh:
        bg.append("Background: " + ", ".join(ctx.pmh) + ".")
    blocks.append("\n".join(bg))
    if maybe(r, 0.5) and ctx.meds:
        blocks.append("Current meds reviewed on drug chart: " + ", ".join(m[0].split(" (")[0] for m in ctx.meds))
    if maybe(r, 0.8):
        blocks.append(r.choice(["On review:", "Findings:", "Examination:", "O/E"]) + " " + obs_text(r, obs_set(r, maybe(r, 0.3))) + ". " +
                      r.choice(["Comfortable at rest.", "No peripheral oedema.", "Mildly tender epigastrium.", "Rash on trunk, non-blanching absent.",
                                "Chest clear.", "Flat affect, good eye contact."]))
    if maybe(r, 0.6):
        blocks.append("Relevant results: " + "; ".join(pick(r, ["Hb 94", "Na 124", "K 6.1", "Cr 310 (baseline 95)", "CRP 180", "Trop 64 -> 71",
                                                                "ALT 640", "Ferritin 9", "B12 88", "Platelets 62", "Lactate 3.1"], r.randint(2, 4))))
    if maybe(r, 0.35):
        blocks.append("History:\nAdmitted with %s (%s). Inpatient management to date: %s. %s" % (ctx.cond["pc"], ctx.cond["short"], telegraphic(ctx.cond["course"]), " ".join(pick(r, CONSULT_HX, r.randint(2, 4)))))
    blocks.append("%s:\n%s" % (r.choice(["Impression", "Opinion", "Assessment", "Imp"]), imp))
    if maybe(r, 0.35):
        blocks.append("Discussion:\n" + " ".join(pick(r, CONSULT_DISC, r.randint(2, 5))))
    rec = pick(r, recs, r.randint(2, len(recs)))
    blocks.append("%s:\n%s" % (r.choice(["Recommendations", "Plan / advice", "Suggest", "Advice"]), sentence_case_list(rec, numbered=maybe(r))))
    blocks.append(r.choice(["Happy to be re-contacted if any concerns.", "We will review again on Monday.", "Will sign off - please re-refer if needed.",
                            "Discussed with %s consultant." % spec.lower(), "Please contact via switchboard for %s on-call." % spec]))
    blocks.append(sig_block(r, ctx.clinician(r.choice(["SpR", "ST6", "Consultant", "Registrar"])), "%s" % spec))
    return scan_wrap(r, join_blocks(blocks), ctx)


OPERATIONS = [
    dict(name="Laparoscopic appendicectomy", spec="General Surgery", ind="Acute appendicitis",
         steps=["Open Hasson entry at umbilicus, 12 mm port", "5 mm ports suprapubic and LIF", "Appendix identified, mesoappendix divided with diathermy",
                "Base secured with 2 x Endoloops", "Appendix removed in retrieval bag", "Washout RIF and pelvis with 1 L saline"],
         finds=["Inflamed appendix, no perforation", "Gangrenous tip, localised pus in pelvis", "Perforated appendix, faecolith"]),
    dict(name="Laparoscopic cholecystectomy", spec="General Surgery", ind="Symptomatic gallstones",
         steps=["4-port technique", "Calot's triangle dissected", "Critical view of safety obtained", "Cystic duct and artery clipped (2 proximal, 1 distal) and divided",
                "Gallbladder removed from liver bed with diathermy", "Haemostasis checked", "Specimen extracted via umbilical port in bag"],
         finds=["Thick-walled GB with multiple stones", "Adhesions omentum to GB", "Empyema of gallbladder"]),
    dict(name="Right inguinal hernia repair (Lichtenstein)", spec="General Surgery", ind="Symptomatic right inguinal hernia",
         steps=["Skin crease incision", "External oblique opened", "Cord mobilised, ilioinguinal nerve preserved", "Indirect sac dissected and reduced",
                "Prolene mesh sutured to inguinal ligament with 2/0 Prolene", "EO closed with 2/0 Vicryl"],
         finds=["Indirect hernia, sac reduced", "Direct hernia, wide neck", "Pantaloon hernia"]),
    dict(name="Right cemented hemiarthroplasty", spec="Trauma & Orthopaedics", ind="Displaced intracapsular #NOF",
         steps=["Left lateral position", "Lateral (Hardinge) approach", "Femoral head removed and measured", "Canal prepared, cement restrictor inserted",
                "Cemented Exeter stem with unipolar head", "Stable through range", "Layered closure, clips to skin"],
         finds=["Displaced subcapital fracture", "Osteoporotic bone"]),
    dict(name="Left total knee replacement", spec="Trauma & Orthopaedics", ind="End-stage OA left knee",
         steps=["Tourniquet inflated 300 mmHg", "Medial parapatellar approach", "Intramedullary femoral alignment, 5 degrees valgus",
                "Extramedullary tibial jig", "Trial components - balanced in flexion and extension", "Cemented components implanted",
                "LIA 100 mL infiltrated", "Closure with Stratafix, skin glue"],
         finds=["Tricompartmental OA", "Grade IV changes medial compartment"]),
    dict(name="Open reduction and internal fixation, right distal radius", spec="Trauma & Orthopaedics", ind="Displaced intra-articular distal radius fracture",
         steps=["Arm table, tourniquet", "Volar Henry approach", "Pronator quadratus elevated", "Fracture reduced under II",
                "Volar locking plate applied", "Screen - satisfactory position", "Closure 3/0 Monocryl"],
         finds=["Dorsally comminuted fracture", "Articular step 2 mm"]),
    dict(name="Emergency laparotomy, Hartmann's procedure", spec="General Surgery", ind="Perforated sigmoid diverticulitis with faecal peritonitis",
         steps=["Midline laparotomy", "Four-quadrant washout", "Sigmoid mobilised", "Divided with linear stapler", "End colostomy LIF",
                "Drain to pelvis", "Mass closure with looped PDS"],
         finds=["Faecal peritonitis", "Perforated sigmoid, Hinchey IV"]),
    dict(name="TURP", spec="Urology", ind="BPH with recurrent retention",
         steps=["Lithotomy", "26Fr resectoscope", "Bilateral ureteric orifices identified", "Bipolar resection from bladder neck to verumontanum",
                "Chips evacuated", "Haemostasis", "3-way catheter, irrigation"],
         finds=["Trilobar prostate, occlusive", "Trabeculated bladder"]),
    dict(name="Total abdominal hysterectomy and bilateral salpingo-oophorectomy", spec="Gynaecology", ind="Symptomatic fibroid uterus",
         steps=["Pfannenstiel incision", "Round ligaments divided", "Ovarian pedicles ligated", "Uterine arteries clamped and ligated", "Vault closed",
                "Rectus sheath closed with loop nylon"],
         finds=["Bulky 16-week size fibroid uterus", "Normal ovaries"]),
    dict(name="Elective lower segment caesarean section", spec="Obstetrics", ind="Breech presentation at 39/40",
         steps=["Spinal anaesthesia", "Pfannenstiel incision", "Lower segment uterine incision", "Baby delivered breech", "Placenta delivered CCT",
                "Uterus closed in 2 layers", "Skin subcuticular"],
         finds=["Live female infant", "Apgars 9 and 10", "Normal tubes and ovaries"]),
    dict(name="Tonsillectomy (bilateral)", spec="ENT", ind="Recurrent tonsillitis (7 episodes/year)",
         steps=["Boyle-Davis gag", "Cold steel dissection", "Haemostasis with bipolar", "Fossae checked"],
         finds=["Large cryptic tonsils"]),
    dict(name="Excision of lesion left cheek with full-thickness skin graft", spec="Plastic Surgery", ind="BCC left cheek",
         steps=["Marked with 4 mm margins", "Excised to subcutaneous fat", "FTSG harvested from left supraclavicular area", "Graft sutured with 5/0 Prolene",
                "Tie-over bolster"], finds=["Nodular lesion 12 mm"]),
    dict(name="Right carotid endarterectomy", spec="Vascular Surgery", ind="Symptomatic 80% right ICA stenosis",
         steps=["Under GA with shunt", "Longitudinal neck incision", "Heparin 5,000 units IV", "Arteriotomy, plaque removed", "Dacron patch closure",
                "Drain"], finds=["Ulcerated plaque at bifurcation"]),
]


def gen_operative_note(r):
    ctx = Ctx(r, 18, 92)
    op = r.choice(OPERATIONS)
    if op["spec"] in ("Obstetrics",):
        ctx.pt = Person(r, 22, 42, sex="F").set_dob(ctx.date, r)
    if op["spec"] == "Gynaecology":
        ctx.pt = Person(r, 38, 70, sex="F").set_dob(ctx.date, r)
    title = title_or_none(r, ["Operation Note", "OPERATION NOTE", "Op note", "Operative Record", "Theatre Operation Note", "Surgical Procedure Record"], 0.12)
    blocks = [trust_header(r, ctx, r.choice(["Theatres", "Main Theatres", "Day Surgery Unit", "Theatre %d" % r.randint(1, 12)])), title,
              header_block(r, ctx)]
    surgeon = "Mr %s" % r.choice(CLIN_SURNAMES) if maybe(r, 0.7) else "Ms %s" % r.choice(CLIN_SURNAMES)
    meta = ["Date: %s" % ddmmyyyy(ctx.date), "Surgeon: %s (%s)" % (surgeon, r.choice(["Consultant", "SpR ST6", "Fellow"])),
            "Assistant: %s" % r.choice([ctx.clinician("CT2"), ctx.clinician("FY2"), "Nil", ctx.clinician("ST3")]),
            "Anaesthetist: %s" % ctx.clinician("Consultant"),
            "Anaesthetic: %s" % r.choice(["GA", "GA + LMA", "GA + ETT", "Spinal", "Spinal + sedation", "LA", "GA + TAP blocks", "Regional block"])]
    if maybe(r, 0.6):
        meta.append("Urgency: %s" % r.choice(["Elective", "Emergency (NCEPOD 2)", "Urgent (NCEPOD 3)", "Expedited"]))
    blocks.append("\n".join(meta))
    blocks.append("%s: %s" % (r.choice(["Procedure", "Operation", "Operation performed"]), op["name"]))
    blocks.append("%s: %s" % (r.choice(["Indication", "Diagnosis", "Pre-op diagnosis"]), op["ind"]))
    if maybe(r, 0.5):
        blocks.append("WHO checklist completed. %s" % r.choice(["Site marked.", "Antibiotic prophylaxis: cefuroxime 1.5 g + metronidazole 500 mg IV at induction.",
                                                              "Co-amoxiclav 1.2 g IV on induction.", "Teicoplanin 400 mg + gentamicin at induction.", "No antibiotics required."]))
    blocks.append("%s:\n%s" % (r.choice(["Findings", "Operative findings", "FINDINGS"]), "\n".join(pick(r, op["finds"], r.randint(1, len(op["finds"]))))))
    steps = op["steps"]
    if maybe(r, 0.5):
        proc = "\n".join("- " + s for s in steps)
    elif maybe(r):
        proc = "\n".join("%d. %s" % (i + 1, s) for i, s in enumerate(steps))
    else:
        proc = ". ".join(steps) + "."
    blocks.append("%s:\n%s" % (r.choice(["Procedure", "Details", "Description", "Procedure details"]), proc))
    closure = r.choice(["Closure: 3/0 Monocryl subcuticular, Dermabond", "Skin: clips", "Closure: 2/0 Vicryl to sheath, 4/0 Monocryl to skin",
                        "Port sites closed with 3/0 Monocryl and glue", "Closure: interrupted 3/0 nylon"])
    blocks.append(closure)
    blocks.append("EBL: %s" % r.choice(["minimal", "<50 mL", "150 mL", "300 mL", "500 mL", "negligible"]))
    if maybe(r, 0.7):
        blocks.append("Specimen: %s" % r.choice(["sent for histology", "Yes - histo", "None", "to histopathology (routine)", "Tissue to lab, swabs for MC&S"]))
    if maybe(r, 0.6):
        blocks.append("Implants: %s" % r.choice(["See implant sticker sheet", "None", "Mesh lot %s" % r.randint(10000, 99999), "See theatre record"]))
    po = pick(r, ["Routine obs", "Eat and drink as tolerated", "Mobilise as able", "FBC in AM", "VTE: enoxaparin 40 mg OD from 6 h post-op",
                  "TEDS", "Regular paracetamol + PRN oxycodone", "Wound check day 2", "Clips out day 10-14 with practice nurse", "Catheter out day 1",
                  "Home today if passes urine", "Follow-up 6 weeks in clinic", "Check X-ray", "Full weight bearing", "Drain out when < 50 mL/24h"], r.randint(3, 7))
    blocks.append("%s:\n%s" % (r.choice(["Post-op instructions", "Post-operative plan", "Post op", "Plan"]), "\n".join("- " + x for x in po)))
    blocks.append(sig_block(r, surgeon, r.choice(["Consultant %s" % op["spec"], op["spec"]])))
    return scan_wrap(r, join_blocks(blocks), ctx)


def _proc_ogd(r, ctx):
    ind = r.choice(["dyspepsia age > 55", "IDA", "dysphagia", "melaena", "surveillance Barrett's", "weight loss", "variceal screening"])
    sed = r.choice(["Xylocaine throat spray only", "Midazolam 2 mg IV", "Midazolam 3 mg + fentanyl 50 micrograms", "Unsedated"])
    findings = pick(r, ["Normal oesophagus", "LA grade B oesophagitis", "Small hiatus hernia (2 cm)", "C2M4 Barrett's segment - biopsies per Seattle protocol",
                        "Grade 1 oesophageal varices, no red signs", "Gastric erosions in antrum", "Healed DU scar", "Normal D1 and D2",
                        "Clean-based 8 mm gastric ulcer - biopsied", "Stricture at OGJ dilated to 15 mm with CRE balloon"], r.randint(2, 4))
    return ("Oesophago-gastro-duodenoscopy (OGD)", ind, sed, findings,
            ["CLO test: %s" % r.choice(["positive", "negative", "not taken"]), "Biopsies: %s" % r.choice(["D2 x4 for coeliac", "gastric antrum/body", "none"])])


def _proc_colon(r, ctx):
    ind = r.choice(["change in bowel habit", "FIT 148", "bowel cancer screening (BCSP)", "IBD assessment", "polyp surveillance", "PR bleeding"])
    sed = r.choice(["Midazolam 2 mg + fentanyl 50 micrograms", "Entonox", "None"])
    findings = pick(r, ["Caecum reached - appendix orifice and ICV identified", "TI intubated - normal", "Sigmoid diverticulosis",
                        "6 mm sessile polyp transverse colon - cold snare, retrieved", "15 mm pedunculated polyp sigmoid - hot snare, clip applied",
                        "Small internal haemorrhoids", "Patchy erythema and loss of vascular pattern rectum (Mayo 1)", "Tattoo placed distal to lesion",
                        "Fungating circumferential lesion at 25 cm - biopsied, tattooed"], r.randint(2, 4))
    return ("Colonoscopy", ind, sed, findings, ["Bowel prep: Boston %d" % r.randint(4, 9), "Withdrawal time %d min" % r.randint(6, 18),
                                                "Comfort score %d/5" % r.randint(1, 4)])


def _proc_lp(r, ctx):
    return ("Lumbar puncture", r.choice(["?SAH - CT negative > 6 h", "?meningitis", "?IIH - opening pressure", "?GBS"]),
            "LA: 1% lidocaine 5 mL", ["Left lateral position", "L3/4 space", "22G atraumatic needle", "Clear CSF",
                                     "Opening pressure %d cmH2O" % r.randint(8, 38), "%d attempts" % r.randint(1, 3)],
            ["Samples: MC&S, protein, glucose (paired serum), xanthochromia (protected from light)", "Lie flat not required; encourage fluids"])


def _proc_ascitic(r, ctx):
    vol = r.randint(3, 9)
    return ("Therapeutic paracentesis (ascitic drain)", "Tense ascites, symptomatic", "LA 1% lidocaine 10 mL",
            ["USS-marked left iliac fossa", "Aseptic technique", "Bonanno/Rocket drain inserted", "Straw-coloured fluid",
             "Drained %d L over 6 h" % vol, "Human albumin solution 20%%: %d x 100 mL" % max(1, int(vol * 8 / 100 * 1.25))],
            ["Samples for cell count, MC&S, albumin, cytology", "Drain to be removed by %s" % hhmm(r), "Obs 1-hourly during drainage"])


def _proc_chest_drain(r, ctx):
    return ("Chest drain insertion (Seldinger)", r.choice(["Right pleural effusion", "Left pneumothorax (2.5 cm at hilum)", "Empyema"]),
            "LA 1% lidocaine 10 mL", ["Bedside USS - %s" % r.choice(["large anechoic effusion", "no sliding"]), "Triangle of safety, 5th ICS MAL",
                                     "12Fr drain", "Sutured and dressed", "Swinging and bubbling" if maybe(r) else "Drained %d mL serous fluid" % r.randint(400, 1500)],
            ["CXR post insertion: tip satisfactory", "Do not drain > 1.5 L in first hour", "Pleural fluid: pH, protein, LDH, MC&S, cytology"])


def _proc_cvc(r, ctx):
    return ("Central venous catheter insertion", r.choice(["Vasopressor requirement", "Poor peripheral access", "TPN"]),
            "LA 2% lidocaine", ["Right IJV", "USS-guided, real-time", "Full aseptic precautions", "Triple-lumen, 16 cm at skin",
                                "All lumens aspirate and flush", "Guidewire removed and confirmed"],
            ["CXR: tip at cavo-atrial junction, no PTX", "OK to use"])


def _proc_joint(r, ctx):
    j = r.choice(["right knee", "left knee", "left shoulder", "right ankle"])
    return ("Joint aspiration +/- injection: %s" % j, r.choice(["?septic arthritis", "effusion, ?gout", "OA - therapeutic injection"]),
            "LA 1% lidocaine", ["Aseptic no-touch technique", "Superolateral approach" if "knee" in j else "Posterior approach",
                                "Aspirated %d mL %s fluid" % (r.randint(5, 60), r.choice(["turbid yellow", "straw-coloured", "blood-stained"])),
                                r.choice(["Depo-Medrone 40 mg injected", "No steroid given pending crystals/culture"])],
            ["Fluid sent for MC&S and crystals", "Rest 24 h"])


def _proc_dccv(r, ctx):
    return ("Elective DC cardioversion", "Persistent AF > 3 weeks anticoagulated", "Propofol by anaesthetist",
            ["INR/DOAC adherence confirmed 3 weeks", "Synchronised biphasic shocks", "%d J then %d J" % (r.choice([120, 150]), 200),
             r.choice(["Restored sinus rhythm", "Remains in AF after 3 shocks"])], ["12-lead ECG post procedure", "Continue anticoagulation >= 4 weeks"])


def _proc_bronch(r, ctx):
    return ("Flexible bronchoscopy", r.choice(["Non-resolving RUL consolidation", "Haemoptysis", "?endobronchial lesion"]),
            "Midazolam 2 mg, lidocaine 2% spray", ["Vocal cords normal", "Trachea and carina normal", r.choice(["Endobronchial tumour RUL orifice - biopsied x5", "Mucopurulent secretions RLL",
                                                                                                            "No endobronchial abnormality"]),
                                                   "BAL from RUL 120 mL instilled"], ["Samples: cytology, MC&S, AFB", "NBM 2 h"])


def _proc_bm(r, ctx):
    return ("Bone marrow aspirate and trephine", r.choice(["Pancytopenia", "?myeloma - paraprotein 32 g/L", "Staging lymphoma"]),
            "LA 1% lidocaine 10 mL + Entonox", ["Left posterior iliac crest", "Aspirate - particulate", "Trephine core 18 mm"],
            ["Samples: morphology, flow, cytogenetics", "Pressure applied, no bleeding"])


PROCS = [_proc_ogd, _proc_colon, _proc_lp, _proc_ascitic, _proc_chest_drain, _proc_cvc, _proc_joint, _proc_dccv, _proc_bronch, _proc_bm]


def gen_procedure_note(r):
    ctx = Ctx(r, 18, 92)
    f = r.choice(PROCS)
    name, ind, anaes, findings, post = f(r, ctx)
    endo = f in (_proc_ogd, _proc_colon, _proc_bronch)
    blocks = []
    if endo and maybe(r, 0.6):
        blocks.append(trust_header(r, ctx, r.choice(["Endoscopy Unit", "Endoscopy Suite", "Bronchoscopy Unit"])))
        blocks.append(r.choice(["ENDOSCOPY REPORT", "Endoscopy Report", "Procedure Report", name.upper()]))
    else:
        blocks.append(title_or_none(r, ["Procedure note", "PROCEDURE NOTE", "%s" % name, "Bedside procedure", "Procedure: %s" % name], 0.15))
    blocks.append(header_block(r, ctx))
    meta = ["Date: %s  Time: %s" % (ddmmyyyy(ctx.date), hhmm(r)), "Operator: %s" % ctx.clinician(r.choice(["ST4", "ST6", "Consultant", "CT2", "Nurse Endoscopist"]))]
    if maybe(r, 0.5):
        meta.append("Supervisor: %s" % r.choice(["N/A", ctx.cons, "Independent"]))
    blocks.append("\n".join(meta))
    blocks.append("Procedure: %s" % name)
    blocks.append("Indication: %s" % ind)
    if maybe(r, 0.8):
        blocks.append("Consent: %s" % r.choice(["written, consent form 1", "verbal", "form 4 - best interests", "written, risks explained incl bleeding, infection, perforation"]))
    blocks.append("%s: %s" % (r.choice(["Sedation/analgesia", "Anaesthesia", "LA/sedation"]), anaes))
    if maybe(r, 0.5):
        blocks.append("Checks: %s" % r.choice(["Plt %d, INR %.1f" % (r.randint(90, 400), r.uniform(0.9, 1.4)), "Anticoagulation held 48 h", "LMWH held this morning", "Safety checklist completed"]))
    fl = "\n".join("- " + x for x in findings) if maybe(r) else ". ".join(findings) + "."
    blocks.append("%s:\n%s" % (r.choice(["Findings", "Procedure / findings", "Technique & findings", "Description"]), fl))
    if maybe(r, 0.6):
        blocks.append("Complications: %s" % r.choice(["none", "Nil immediate", "Minor bleeding - settled with pressure", "Vasovagal - resolved", "None apparent"]))
    blocks.append("%s:\n%s" % (r.choice(["Post-procedure", "Plan", "Aftercare", "Follow up"]), "\n".join(post)))
    if endo and maybe(r, 0.5):
        blocks.append("Follow up: %s" % r.choice(["results to referrer", "repeat in 3 years", "OPD with histology", "discharge to GP", "MDT discussion"]))
    blocks.append(sig_block(r, "", "", extra=True).strip() if maybe(r, 0.3) else ctx.reg)
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Lab reports -------------------------------------------------
LAB_PANELS = {
    "FBC": [("Haemoglobin", "g/L", 115, 165, 60, 180), ("White cell count", "x10^9/L", 4.0, 11.0, 1.0, 28.0), ("Platelets", "x10^9/L", 150, 400, 20, 700),
            ("Red cell count", "x10^12/L", 3.8, 5.8, 2.5, 6.5), ("Haematocrit", "L/L", 0.36, 0.46, 0.22, 0.55), ("MCV", "fL", 80, 100, 62, 118),
            ("MCH", "pg", 27, 32, 19, 38), ("Neutrophils", "x10^9/L", 2.0, 7.5, 0.1, 24.0), ("Lymphocytes", "x10^9/L", 1.0, 4.0, 0.3, 6.0),
            ("Monocytes", "x10^9/L", 0.2, 1.0, 0.1, 2.0), ("Eosinophils", "x10^9/L", 0.0, 0.4, 0.0, 1.5)],
    "U&E": [("Sodium", "mmol/L", 133, 146, 118, 155), ("Potassium", "mmol/L", 3.5, 5.3, 2.6, 6.8), ("Urea", "mmol/L", 2.5, 7.8, 1.5, 38),
            ("Creatinine", "umol/L", 59, 104, 40, 600), ("eGFR", "mL/min/1.73m2", 90, 999, 6, 90)],
    "LFT": [("Bilirubin", "umol/L", 0, 21, 3, 180), ("ALT", "IU/L", 0, 40, 6, 900), ("ALP", "IU/L", 30, 130, 25, 800),
            ("Albumin", "g/L", 35, 50, 18, 52), ("Total protein", "g/L", 60, 80, 45, 95), ("GGT", "IU/L", 0, 55, 8, 700)],
    "Bone": [("Adjusted calcium", "mmol/L", 2.20, 2.60, 1.80, 3.20), ("Phosphate", "mmol/L", 0.80, 1.50, 0.4, 2.6), ("Magnesium", "mmol/L", 0.70, 1.00, 0.35, 1.3)],
    "CRP": [("C-reactive protein", "mg/L", 0, 5, 1, 350)],
    "Coag": [("Prothrombin time", "s", 9.5, 13.0, 9.0, 40), ("INR", "", 0.8, 1.2, 0.8, 6.5), ("APTT", "s", 25, 36, 22, 80), ("Fibrinogen", "g/L", 1.5, 4.0, 0.7, 7)],
    "Lipids": [("Total cholesterol", "mmol/L", 0, 5.0, 2.8, 9.5), ("HDL cholesterol", "mmol/L", 1.0, 99, 0.6, 2.4), ("Non-HDL cholesterol", "mmol/L", 0, 4.0, 1.5, 7.5),
               ("Triglycerides", "mmol/L", 0, 1.7, 0.5, 7.0), ("Total:HDL ratio", "", 0, 4.0, 2.0, 9.0)],
    "HbA1c": [("HbA1c (IFCC)", "mmol/mol", 20, 41, 30, 120)],
    "TFT": [("TSH", "mU/L", 0.27, 4.2, 0.01, 45), ("Free T4", "pmol/L", 12, 22, 5, 55)],
    "Haematinics": [("Ferritin", "ug/L", 30, 400, 3, 1500), ("Vitamin B12", "ng/L", 197, 771, 80, 1500), ("Serum folate", "ug/L", 3.9, 26.8, 1.5, 30)],
    "Cardiac": [("hs-Troponin T", "ng/L", 0, 14, 3, 2000), ("NT-proBNP", "ng/L", 0, 400, 30, 20000)],
    "Misc": [("Lactate", "mmol/L", 0.5, 2.2, 0.5, 9.0), ("Amylase", "IU/L", 28, 100, 20, 3000), ("CK", "IU/L", 40, 320, 30, 20000), ("Glucose (random)", "mmol/L", 3.5, 7.8, 2.2, 32), ("Urate", "umol/L", 200, 430, 150, 700)],
    "PSA": [("PSA (total)", "ug/L", 0, 4.5, 0.2, 60)],
}
LAB_COMMENTS = ["Sample haemolysed - potassium may be falsely elevated. Please repeat if clinically indicated.",
                "eGFR calculated using CKD-EPI. Not valid in AKI.",
                "Critical result phoned to ward %s at %s by BMS.",
                "HbA1c >= 48 mmol/mol is consistent with a diagnosis of diabetes.",
                "Results suggest iron deficiency. Suggest investigate cause.",
                "Please note change in reference range from 01/04.",
                "Troponin above 99th centile. Interpret in clinical context; consider repeat at 3 h.",
                "TSH suppressed with raised FT4 - consistent with hyperthyroidism.",
                "Lipaemic sample.", "Insufficient sample for magnesium.", "Repeat sample received - previous sample clotted.",
                "Film reviewed by haematology BMS: no blasts seen.",
                "Reduced eGFR - consider dose adjustment of renally cleared drugs."]


def _lab_value(r, low, high, mn, mx, abnormal):
    if abnormal:
        v = r.uniform(mn, mx)
    else:
        hi = high if high < 900 else max(low * 1.3, low + 20)
        v = r.uniform(low + (hi - low) * 0.1, hi - (hi - low) * 0.1) if hi > low else low
    return v


def _fmt(v, low):
    if isinstance(low, float) and ("%.2f" % low)[-1] != "0":
        return "%.2f" % v
    if isinstance(low, float) or v < 10:
        if v < 1:
            return "%.2f" % v
        return "%.1f" % v
    return "%d" % round(v)


def gen_lab_report(r):
    ctx = Ctx(r, 18, 95)
    pt = ctx.pt
    panels = pick(r, list(LAB_PANELS), r.randint(1, 5))
    if maybe(r, 0.4) and "U&E" not in panels:
        panels.insert(0, "U&E")
    lab = r.choice(["Blood Sciences", "Department of Clinical Biochemistry", "Pathology Services - Blood Sciences", "Haematology & Biochemistry",
                    "%s Pathology Laboratory" % ctx.hospital.split()[0]])
    title = title_or_none(r, ["LABORATORY REPORT", "Cumulative Report", "Clinical Biochemistry Report", "Pathology Results", "Test Results",
                              "BLOOD SCIENCES REPORT"], 0.25)
    blocks = [trust_header(r, ctx, lab), title]
    blocks.append(header_block(r, ctx, fields=r.choice([("name", "dob", "nhs", "mrn"), ("name", "dob", "sex", "nhs"), ("name", "nhs", "gp")])))
    coll = datetime(ctx.date.year, ctx.date.month, ctx.date.day, r.randint(6, 20), r.randint(0, 59))
    rec = coll + timedelta(minutes=r.randint(20, 600))
    auth = rec + timedelta(minutes=r.randint(30, 1400))
    src = r.choice(["%s" % ctx.practice, ctx.ward, "ED", "AMU", "OPD - %s" % ctx.cond["spec"], "Phlebotomy OPD"])
    meta = ["Specimen No: %s%s%06d" % (r.choice(["B", "H", "C", "Z"]), str(ctx.date.year)[2:], r.randint(0, 999999)),
            "Collected: %s" % coll.strftime("%d/%m/%Y %H:%M"), "Received: %s" % rec.strftime("%d/%m/%Y %H:%M"),
            "Requested by: %s" % (ctx.gp if "Surgery" in src or "Practice" in src or "Centre" in src else ctx.cons), "Location: %s" % src]
    if maybe(r, 0.4):
        meta.append("Clinical details: %s" % r.choice(["tired all the time", "?infection", "routine monitoring", "on DOAC - annual bloods", "CKD monitoring",
                                                       ctx.cond["short"], "pre-op", "weight loss", "LUTS", "diabetic review"]))
    blocks.append("\n".join(meta) if maybe(r) else "   ".join(meta))
    tab_style = r.randint(0, 2)
    n_abn = 0
    for p in panels:
        rows = LAB_PANELS[p]
        if p == "FBC" and maybe(r, 0.4):
            rows = rows[:4] + rows[7:9]
        lines = []
        if tab_style == 0:
            lines.append(r.choice([p, p.upper(), "%s:" % p, "-- %s --" % p]))
            if maybe(r, 0.5):
                lines.append("%-22s %10s  %-14s %s" % ("Test", "Result", "Units", "Ref range"))
        else:
            lines.append("[%s]" % p)
        for name, unit, low, high, mn, mx in rows:
            ab = maybe(r, 0.2)
            v = _lab_value(r, low, high, mn, mx, ab)
            if name == "eGFR":
                v = r.randint(8, 90)
                sval = ">90" if v >= 89 and maybe(r) else str(v)
                flag = "L" if v < 60 else ""
                rng = ">90"
            else:
                sval = _fmt(v, low)
                v = float(sval)
                flag = "H" if v > high else ("L" if v < low else "")
                if high >= 99:
                    rng = ">%s" % low
                elif low == 0:
                    rng = "<%s" % high
                else:
                    rng = "%s - %s" % (low, high)
            if flag:
                n_abn += 1
            if tab_style == 0:
                lines.append("%-22s %10s %-2s %-14s %s" % (name, sval, flag, unit, rng))
            elif tab_style == 1:
                lines.append("%s  %s %s  (%s)%s" % (name, sval, unit, rng, "  *" + flag if flag else ""))
            else:
                lines.append("%s: %s%s %s" % (name.upper(), sval, " [%s]" % flag if flag else "", unit))
        blocks.append("\n".join(lines))
    cm = []
    if n_abn and maybe(r, 0.6):
        c = r.choice(LAB_COMMENTS)
        if "%s" in c:
            c = c % (ctx.ward, hhmm(r))
        cm.append(c)
    if maybe(r, 0.15):
        cm.append("Further tests to follow.")
    if cm:
        blocks.append("Comment:\n" + "\n".join(cm))
    blocks.append("%s: %s   %s" % (r.choice(["Authorised", "Validated", "Reported"]), auth.strftime("%d/%m/%Y %H:%M"),
                                   r.choice(["Electronically authorised", "BMS %s" % r.choice(CLIN_SURNAMES), "Dr %s, Consultant Chemical Pathologist" % r.choice(CLIN_SURNAMES), ""])))
    if maybe(r, 0.3):
        blocks.append(r.choice(["*** END OF REPORT ***", "Report status: FINAL", "Report status: PARTIAL - further results to follow", "UKAS accredited medical laboratory No. %04d" % r.randint(8000, 9999)]))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Imaging ----------------------------------------------------
IMAGING = [
    ("XR Chest PA", "CXR", ["?consolidation", "SOB", "cough 3/52, smoker", "pre-op", "post chest drain"],
     [["The heart size is normal.", "Cardiothoracic ratio is at the upper limit of normal.", "The heart is enlarged (CTR 0.6)."],
      ["The lungs are clear.", "There is airspace opacification in the right lower zone in keeping with consolidation.",
       "Bilateral perihilar haziness and upper lobe venous diversion, consistent with pulmonary oedema.",
       "A 2 cm rounded opacity projects over the left mid zone.", "Hyperexpanded lungs with flattened hemidiaphragms."],
      ["No pleural effusion.", "Small bilateral pleural effusions.", "Blunting of the left costophrenic angle.", "No pneumothorax."],
      ["No acute bony abnormality.", "Old healed left rib fractures.", "Sternotomy wires in situ."]],
     ["No acute cardiopulmonary abnormality.", "Right lower zone consolidation. Suggest follow-up film in 6 weeks to ensure resolution.",
      "Features of fluid overload.", "Left mid zone nodule - CT chest recommended. Flagged via the alerts system."]),
    ("CT Head (non-contrast)", "CT head", ["fall on DOAC, head injury", "acute confusion", "sudden onset headache", "?stroke, onset 07:30"],
     [["No intracranial haemorrhage.", "There is a 6 mm acute left convexity subdural haematoma without midline shift.",
       "Hypodensity in the left MCA territory with loss of grey-white differentiation at the insular ribbon."],
      ["Periventricular white matter low attenuation consistent with small vessel disease.", "Generalised involutional change appropriate to age."],
      ["Ventricles and sulci are normal in size.", "The basal cisterns are patent."],
      ["No skull vault fracture.", "Visualised paranasal sinuses and mastoid air cells are clear."]],
     ["No acute intracranial abnormality.", "Small acute left subdural haematoma - discuss with neurosurgery.",
      "Early established left MCA infarct. ASPECTS 7.", "Chronic small vessel disease. No acute findings."]),
    ("CT Abdomen and Pelvis with contrast", "CT AP", ["RIF pain, raised CRP", "?perforation", "weight loss, IDA", "?collection post-op", "LIF pain, ?diverticulitis"],
     [["The liver, spleen, pancreas and adrenals are unremarkable.", "Multiple hypodense liver lesions, the largest 3.2 cm in segment VI, suspicious for metastases."],
      ["Thickened sigmoid colon with pericolic fat stranding and a 3 cm locule of extraluminal gas.", "Dilated appendix (12 mm) with periappendiceal fat stranding.",
       "Irregular circumferential mural thickening of the caecum.", "No free gas."],
      ["Kidneys enhance symmetrically. No hydronephrosis.", "Bladder is unremarkable."],
      ["No lymphadenopathy.", "No free fluid.", "Degenerative changes in the lumbar spine."]],
     ["Acute complicated sigmoid diverticulitis with localised perforation. No abscess.", "Acute appendicitis.",
      "Caecal mass with liver metastases - likely primary colorectal malignancy. Refer to colorectal MDT.", "No acute abnormality to explain symptoms."]),
    ("CT Pulmonary Angiogram", "CTPA", ["pleuritic chest pain, raised D-dimer", "?PE, Wells 5", "tachycardia, hypoxia post-op"],
     [["Good opacification of the pulmonary arteries.", "Suboptimal contrast bolus timing limits assessment of subsegmental vessels."],
      ["Filling defects in the right lower lobe segmental and subsegmental arteries.", "No filling defect to suggest pulmonary embolus.",
       "Saddle embolus at the bifurcation extending into both main pulmonary arteries."],
      ["RV:LV ratio less than 1.", "RV:LV ratio 1.3 with reflux of contrast into the IVC suggesting right heart strain."],
      ["Lungs: minor dependent atelectasis.", "Small left pleural effusion."]],
     ["Right lower lobe segmental PE. No CT evidence of right heart strain.", "No pulmonary embolus.", "Large saddle PE with right heart strain - discussed with the on-call medical registrar at %s."]),
    ("MRI Lumbar Spine", "MRI L spine", ["back pain radiating to L leg, ?cauda equina", "sciatica 12/52", "urinary retention, saddle numbness"],
     [["Normal lumbar lordosis.", "There are 5 lumbar type vertebrae."],
      ["L4/5: broad-based disc bulge with a superimposed left paracentral protrusion compressing the traversing left L5 nerve root.",
       "L5/S1: large central disc extrusion causing severe canal stenosis and compression of the cauda equina.", "Multilevel facet joint arthropathy L3-S1."],
      ["The conus terminates normally at L1.", "No marrow signal abnormality."]],
     ["Left L4/5 disc protrusion with L5 nerve root compression.", "Large L5/S1 central disc extrusion with cauda equina compression - urgent neurosurgical referral. Phoned to ED.",
      "Degenerative changes, no neural compromise."]),
    ("US Abdomen", "USS abdo", ["deranged LFTs", "RUQ pain", "?gallstones", "abnormal LFTs, alcohol excess"],
     [["The liver is of normal size with a smooth outline and homogeneous echotexture.", "The liver is bright and echogenic in keeping with fatty infiltration.",
       "Coarse liver echotexture with nodular outline."],
      ["Multiple mobile gallstones. Gallbladder wall not thickened.", "Gallbladder wall thickened (5 mm) with pericholecystic fluid; sonographic Murphy's positive.",
       "The gallbladder is normal."],
      ["CBD measures 4 mm.", "CBD dilated at 9 mm."], ["Kidneys normal in size with no hydronephrosis. Spleen 11 cm."]],
     ["Cholelithiasis without cholecystitis.", "Acute calculous cholecystitis.", "Hepatic steatosis.", "Features of cirrhosis with splenomegaly."]),
    ("US Doppler Lower Limb Veins (Right)", "DVT scan", ["swollen R calf, Wells 2", "?DVT"],
     [["The common femoral, femoral and popliteal veins are compressible with normal flow.", "Non-compressible right popliteal vein with echogenic thrombus extending into the posterior tibial veins."],
      ["A 4 cm Baker's cyst is noted in the popliteal fossa."]],
     ["No evidence of proximal DVT.", "Right popliteal DVT.", "Ruptured Baker's cyst. No DVT."]),
    ("XR Left Hip and Pelvis", "XR hip", ["fall, unable to weight bear", "hip pain"],
     [["Displaced intracapsular fracture of the left femoral neck.", "No fracture seen.", "Undisplaced fracture of the left superior pubic ramus."],
      ["Moderate osteoarthritic change in both hip joints."], ["Bones are osteopenic."]],
     ["Left intracapsular NOF fracture.", "No acute bony injury - if clinical concern persists consider CT/MRI.", "Left pubic ramus fracture."]),
    ("Transthoracic Echocardiogram", "TTE", ["new murmur", "breathlessness, raised BNP", "AF - structural assessment", "post-MI"],
     [["LV: normal size; LVEF %d%% (biplane Simpson's).", "LV: dilated (LVIDd 6.4 cm), severely impaired systolic function, EF %d%%."],
      ["RV normal size and function, TAPSE 2.1 cm.", "RV dilated, TAPSE 1.3 cm."],
      ["Aortic valve: trileaflet, calcified, Vmax 4.2 m/s, mean gradient 44 mmHg, AVA 0.8 cm2.", "Mitral valve: mild regurgitation.", "Valves structurally normal."],
      ["LA mildly dilated (LAVi 38 mL/m2).", "No pericardial effusion.", "IVC < 2.1 cm with > 50% collapse."]],
     ["Normal biventricular function.", "Severe aortic stenosis - refer to cardiology for consideration of TAVI.", "Severe LV systolic dysfunction."]),
    ("Mammogram (bilateral) - symptomatic", "mammo", ["L breast lump 2/52"],
     [["The breasts are predominantly fatty.", "Heterogeneously dense breast tissue."],
      ["Spiculated 18 mm mass in the left upper outer quadrant.", "No suspicious mass, calcification or architectural distortion."],
      ["Left axillary node with cortical thickening."]],
     ["M5 - highly suspicious of malignancy. US-guided core biopsy performed today.", "M1 - normal.", "M3 - indeterminate, further assessment."]),
]


def gen_imaging_report(r):
    ctx = Ctx(r, 18, 95)
    exam, short, clins, findgroups, concl = r.choice(IMAGING)
    title = title_or_none(r, ["Radiology Report", "RADIOLOGY REPORT", "Diagnostic Imaging Report", "Imaging Report", "Department of Radiology", short], 0.3)
    if exam.startswith("Transthoracic"):
        title = title_or_none(r, ["Echocardiography Report", "ECHO REPORT", "Cardiac Physiology - Echocardiogram"], 0.2)
    blocks = [trust_header(r, ctx, r.choice(["Imaging Department", "Radiology", "Cardiac Investigations Unit" if "Echo" in exam else "X-ray Department"])), title]
    blocks.append(header_block(r, ctx))
    meta = ["Examination: %s" % exam, "Date of exam: %s" % ddmmyyyy(ctx.date), "Accession No: %s%08d" % (r.choice(["RAD", "WX", "RXI", "A"]), r.randint(0, 99999999)),
            "Referrer: %s" % r.choice([ctx.gp, ctx.cons, ctx.clinician("FY1"), "ED"])]
    if maybe(r, 0.5):
        r.shuffle(meta)
    blocks.append("\n".join(meta))
    blocks.append("%s: %s" % (r.choice(["Clinical details", "Clinical information", "Clinical Hx", "History"]), r.choice(clins)))
    if maybe(r, 0.4) and "CT" in exam:
        blocks.append("Technique: %s" % r.choice(["Axial images with coronal and sagittal reformats.", "Portal venous phase following 100 mL Omnipaque 350.",
                                                  "Non-contrast axial acquisition.", "CTPA protocol."]))
    if maybe(r, 0.4):
        blocks.append("Comparison: %s" % r.choice(["None available.", "Previous study %s." % ddmmyyyy(ctx.date - timedelta(days=r.randint(30, 900))), "No prior imaging."]))
    fs = []
    for g in findgroups:
        s = r.choice(g)
        if "%d" in s:
            s = s % r.randint(20, 65)
        fs.append(s)
    fhead = r.choice(["Findings:", "Report:", "FINDINGS", ""])
    blocks.append((fhead + "\n" if fhead else "") + ("\n".join(fs) if maybe(r) else " ".join(fs)))
    cc = r.choice(concl)
    if "%s" in cc:
        cc = cc % hhmm(r)
    blocks.append("%s\n%s" % (r.choice(["Conclusion:", "Impression:", "IMPRESSION", "Summary:", "Opinion:"]), cc))
    rep = "Dr %s" % r.choice(CLIN_SURNAMES)
    blocks.append(r.choice(["Reported by: %s, Consultant Radiologist  %s" % (rep, ddmmyyyy(ctx.date)),
                            "%s\nConsultant Radiologist  GMC %s" % (rep, gmc(r)),
                            "Verified by %s (%s) on %s %s" % (rep, r.choice(["StR", "Consultant", "Reporting Radiographer"]), ddmmyyyy(ctx.date + timedelta(days=r.randint(0, 3))), hhmm(r)),
                            "Performed by: %s, Cardiac Physiologist" % rep if "Echo" in exam else "Reported: %s" % rep]))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Histopathology --------------------------------------------
HISTO = [
    ("Appendix", "Appendix measuring 62 x 8 mm with a congested serosa. Bisected longitudinally, tip and transverse sections submitted.",
     ["Transmural neutrophilic infiltrate with mucosal ulceration and serositis. No granulomas, dysplasia or neoplasia.",
      "Normal appendix with lymphoid hyperplasia. No acute inflammation."],
     ["Acute suppurative appendicitis with periappendicitis.", "Appendix within normal limits."]),
    ("Gallbladder", "Gallbladder 85 x 35 mm, wall thickness up to 6 mm. Contains multiple faceted yellow-green stones.",
     ["Chronic inflammation with Rokitansky-Aschoff sinuses and mural fibrosis. No dysplasia.", "Acute on chronic cholecystitis with mucosal ulceration."],
     ["Chronic cholecystitis and cholelithiasis.", "Acute on chronic cholecystitis. No malignancy."]),
    ("Skin, left cheek (excision)", "Ellipse of skin 18 x 9 x 5 mm bearing a pearly nodule 7 mm. Inked, transversely sliced, all embedded.",
     ["Nodules of basaloid cells with peripheral palisading and retraction artefact. Nearest peripheral margin 1.8 mm, deep margin 2.5 mm.",
      "Full-thickness atypia of keratinocytes with invasion into reticular dermis to 3.1 mm. Well differentiated. No perineural invasion."],
     ["Nodular basal cell carcinoma, completely excised.", "Well differentiated squamous cell carcinoma, pT1, completely excised (RCPath dataset)."]),
    ("Colon polyp x2 (transverse, sigmoid)", "A: Polyp 6 mm. B: Pedunculated polyp 14 mm, stalk 5 mm, inked.",
     ["A: Tubular adenoma with low-grade dysplasia. B: Tubulovillous adenoma with low-grade dysplasia, stalk margin clear.",
      "A: Hyperplastic polyp. B: Tubular adenoma with focal high-grade dysplasia, completely excised."],
     ["A: Tubular adenoma, LGD. B: Tubulovillous adenoma, LGD, excised.", "A: Hyperplastic polyp. B: Tubular adenoma with HGD, excised."]),
    ("Breast core biopsy, left 2 o'clock (US-guided, 14G x 3)", "Three cores of pale tissue, up to 15 mm. All embedded.",
     ["Infiltrating carcinoma of no special type, grade 2 in cores. No DCIS seen. ER 8/8, PR 7/8, HER2 1+ (negative).",
      "Fibroadenoma. No atypia."],
     ["B5b - invasive carcinoma NST, grade 2, ER positive, HER2 negative.", "B2 - benign, fibroadenoma."]),
    ("Prostate biopsies (transperineal, 12 cores)", "Twelve cores in labelled pots, 8-17 mm.",
     ["Acinar adenocarcinoma in 5/12 cores (left side), max core length 7 mm, Gleason 3+4=7 (pattern 4 approx 20%). No perineural invasion.",
      "Benign prostatic tissue with chronic inflammation. No malignancy."],
     ["Prostatic adenocarcinoma, Gleason 3+4=7, ISUP Grade Group 2.", "Benign prostatic tissue."]),
    ("Endometrial pipelle biopsy", "Fragments of tan tissue in aggregate 12 x 8 x 2 mm.",
     ["Proliferative-type endometrium. No atypical hyperplasia or malignancy.", "Complex endometrial hyperplasia with atypia (EIN)."],
     ["Benign proliferative endometrium.", "Atypical hyperplasia/EIN - refer to gynae oncology MDT."]),
    ("Duodenal biopsies (D2 x4)", "Four fragments 2-3 mm.",
     ["Villous atrophy (Marsh 3b) with crypt hyperplasia and increased intraepithelial lymphocytes (>40/100 enterocytes).", "Normal villous architecture."],
     ["Features consistent with coeliac disease - correlate with serology.", "No histological evidence of coeliac disease."]),
    ("Thyroid FNA, right lobe nodule (cytology)", "Two air-dried and two alcohol-fixed slides, plus LBC.",
     ["Moderately cellular sample with colloid and benign follicular cells in flat sheets.", "Cellular sample with microfollicular architecture and scant colloid."],
     ["Thy2 - non-neoplastic.", "Thy3f - follicular lesion; recommend diagnostic lobectomy (MDT)."]),
    ("Pleural fluid (cytology)", "250 mL blood-stained fluid. Cytospins and cell block prepared.",
     ["Numerous atypical epithelioid cells in clusters; immunostains positive for BerEP4 and TTF-1.", "Reactive mesothelial cells and lymphocytes only."],
     ["Malignant cells present - metastatic adenocarcinoma, likely lung primary.", "No malignant cells identified."]),
]


def gen_pathology_report(r):
    ctx = Ctx(r, 20, 90)
    spec, macro, micros, concls = r.choice(HISTO)
    i = r.randrange(len(micros))
    if "Breast" in spec or "Endometrial" in spec:
        ctx.pt = Person(r, 30, 85, sex="F").set_dob(ctx.date, r)
    if "Prostate" in spec:
        ctx.pt = Person(r, 50, 85, sex="M").set_dob(ctx.date, r)
    cyto = "cytology" in spec.lower()
    title = title_or_none(r, ["Histopathology Report", "CELLULAR PATHOLOGY REPORT", "Cytopathology Report" if cyto else "Surgical Pathology Report",
                              "Department of Cellular Pathology", "HISTOLOGY"], 0.15)
    blocks = [trust_header(r, ctx, r.choice(["Cellular Pathology", "Histopathology Department", "Pathology Services"])), title, header_block(r, ctx)]
    rec = ctx.date + timedelta(days=r.randint(0, 2))
    blocks.append("\n".join(["Lab No: %s%s/%05d" % (r.choice(["H", "C", "HS", "CY" if cyto else "S"]), str(ctx.date.year)[2:], r.randint(0, 99999)),
                             "Date taken: %s   Date received: %s" % (ddmmyyyy(ctx.date), ddmmyyyy(rec)),
                             "Consultant: %s   Location: %s" % (r.choice([ctx.mr_cons, ctx.cons]), r.choice(["Endoscopy", "Theatres", "Dermatology OPD", "Breast Unit", ctx.ward]))]))
    if maybe(r, 0.7):
        blocks.append("Clinical details: %s" % r.choice(["?malignancy", "as per request form", "lesion - excise", "symptomatic", "screening", "recurrent episodes", "see specimen"]))
    blocks.append("Specimen: %s" % spec)
    blocks.append("%s:\n%s" % (r.choice(["Macroscopic description", "Macroscopy", "MACRO", "Gross"]), macro + (" (%s)" % r.choice(["AB", "CK", "JP"]) if maybe(r, 0.4) else "")))
    blocks.append("%s:\n%s" % (r.choice(["Microscopic description", "Microscopy", "MICRO", "Histology"]), micros[i]))
    blocks.append("%s:\n%s" % (r.choice(["Conclusion", "DIAGNOSIS", "Summary", "Final diagnosis"]), concls[i]))
    if maybe(r, 0.5):
        blocks.append("SNOMED: %s %s" % (r.choice(["T66000", "T57000", "T02120", "T67000", "T04000", "T77100"]), r.choice(["M40000", "M81403", "M80903", "M00100", "M72170"])))
    if maybe(r, 0.3):
        blocks.append(r.choice(["Discussed at %s MDT." % r.choice(["colorectal", "skin", "breast", "urology"]), "Supplementary report to follow.",
                                "Reviewed by second pathologist.", "Block retained for molecular testing."]))
    blocks.append("Reported by: Dr %s, Consultant Histopathologist   %s" % (r.choice(CLIN_SURNAMES), ddmmyyyy(rec + timedelta(days=r.randint(2, 12)))))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Medicines lists --------------------------------------------
def gen_medication_list(r):
    ctx = Ctx(r, 30, 98)
    meds = pick(r, MEDS, r.randint(3, 14))
    kind = r.randint(0, 2)
    blocks = []
    if kind == 0:  # pharmacy medicines reconciliation
        blocks.append(title_or_none(r, ["Medicines Reconciliation", "MEDICINES RECONCILIATION - PHARMACY", "Pharmacy Drug History",
                                        "Medication Reconciliation Record"], 0.1))
        blocks.append(header_block(r, ctx))
        blocks.append("Ward: %s   Date: %s" % (ctx.ward, ddmmyyyy(ctx.date)))
        blocks.append("Sources: " + ", ".join(pick(r, ["SCR", "GP repeat list (faxed)", "Patient", "Patient's own drugs (PODs)", "Daughter",
                                                      "Care home MAR chart", "Community pharmacy", "Blister pack (dosette)"], r.randint(2, 3))))
        blocks.append("Allergies/ADRs: %s (%s)" % (ctx.allergy, r.choice(["confirmed with patient", "per SCR", "not confirmed"])))
        rows = ["%-40s %-18s %s" % ("Medicine / dose", "Frequency", "Status")]
        for m in meds:
            st = r.choice(["Charted", "Charted", "Not charted - ?omission", "Withheld (AKI)", "Dose discrepancy - query", "PODs - ok to use", "Stopped on admission"])
            rows.append("%-40s %-18s %s" % ((m[0].split(" (")[0] + " " + m[3])[:40], m[4], st))
        blocks.append("\n".join(rows))
        if maybe(r, 0.6):
            blocks.append("Comments: %s" % r.choice(["Compliance aid - weekly blister from community pharmacy.", "Patient self-administers inhalers; technique poor.",
                                                     "Adherence reported as good.", "Discrepancy with warfarin dose - yellow book seen, 3 mg/4 mg alternate.",
                                                     "Dr informed of omissions.", "Recommend review of anticholinergic burden."]))
        blocks.append("%s\n%s" % (r.choice(["Pharmacist:", "Completed by:", "Pharmacy technician:"]), "%s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(CLIN_SURNAMES))) +
                      "  " + r.choice(["Band 7", "Band 6", "Pharm Tech", "MRPharmS"]))
    elif kind == 1:  # GP repeat medication printout / repeat slip
        blocks.append(title_or_none(r, ["Repeat Medication", "REPEAT PRESCRIPTION REQUEST", "Current Medication", "Medication Summary",
                                        "Your repeat medicines"], 0.1))
        blocks.append(ctx.practice)
        blocks.append(header_block(r, ctx, style=r.choice([0, 1, 4]), fields=("name", "dob", "nhs")))
        lines = []
        for m in meds:
            last = ctx.date - timedelta(days=r.randint(1, 80))
            qty = r.choice([28, 56, 84, 30, 60, 100, 1])
            if maybe(r):
                lines.append("[ ] %s %s %s  -  %s  (%d)  Last issued %s  Issues %d/%d" % (
                    m[0], m[1], m[2], ("%s %s" % (m[3], FREQ_EXPAND.get(m[4].split()[0], m[4]))).upper(), qty, ddmmyyyy(last), r.randint(1, 6), r.choice([6, 12])))
            else:
                lines.append("%s %s %s\n    %s   Qty: %d   Review: %s" % (m[0], m[1], m[2], m[3] + " " + m[4], qty, ddmmyyyy(ctx.date + timedelta(days=r.randint(30, 365)))))
        blocks.append("\n".join(lines))
        if maybe(r, 0.6):
            blocks.append(r.choice(["Medication review due: %s" % ddmmyyyy(ctx.date + timedelta(days=r.randint(10, 200))),
                                    "Please tick items required and allow 2 working days.", "Acute items not shown.",
                                    "Requests can be made via the NHS App."]))
    else:  # hospital/community list
        blocks.append(title_or_none(r, ["Current Medications", "Medication list", "Drug list - as of %s" % ddmmyyyy(ctx.date), "MAR summary"], 0.2))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs")))
        style = r.randint(0, 5)
        blocks.append("\n".join("%d) %s" % (i + 1, med_line(r, m, style)) for i, m in enumerate(meds)))
        if maybe(r, 0.5):
            blocks.append("PRN:\n" + "\n".join(med_line(r, m, style) for m in pick(r, [x for x in MEDS if "PRN" in x[4]], 2)))
        blocks.append("Allergies: %s" % ctx.allergy)
        if maybe(r, 0.5):
            blocks.append("Checked by %s %s" % (r.choice(["RN", "Pharmacist", "Dr"]), r.choice(CLIN_SURNAMES)))
    return scan_wrap(r, join_blocks(blocks), ctx)


def gen_prescription(r):
    ctx = Ctx(r, 1, 95)
    pt = ctx.pt
    kind = r.randint(0, 3)
    blocks = []
    items = pick(r, MEDS, r.randint(1, 4))
    if kind == 0:  # FP10
        blocks.append(r.choice(["FP10SS", "FP10NC", "NHS PRESCRIPTION - FP10", "FP10SS0105"]) + (" %s" % r.randint(10000000, 99999999) if maybe(r) else ""))
        blocks.append("Pharmacy Stamp: ____________")
        blocks.append("Age: %d   D.o.B. %s" % (pt.age, ddmmyyyy(pt.dob)))
        blocks.append("Title, Forename, Surname & Address\n%s\n%s\n%s" % (pt.formal, pt.address, pt.postcode))
        blocks.append("NHS Number: %s" % pt.nhs)
        blocks.append("Number of days' treatment N.B. Ensure dose is stated: %d" % r.choice([7, 14, 28, 56]))
        lines = []
        for m in items:
            q = r.choice([7, 14, 21, 28, 56, 84, 100])
            lines.append("%s %s %s\n%s %s\nQuantity: %d %s" % (m[0], m[1], m[2], m[3], FREQ_EXPAND.get(m[4].split()[0], m[4]), q, r.choice(["tablet", "capsule", "x 1", "pack"])))
        blocks.append("\n\n".join(lines))
        blocks.append("Signature of Prescriber ............  Date %s" % ddmmyyyy(ctx.date))
        blocks.append("%s\n%s\n%s  Tel: %s" % (ctx.gp, ctx.practice, pt.town, phone(r)))
        if maybe(r, 0.4):
            blocks.append("*** %d items - no further items on this form ***" % len(items))
    elif kind == 1:  # hospital outpatient prescription
        blocks.append(trust_header(r, ctx, "Pharmacy Department"))
        blocks.append(r.choice(["OUTPATIENT PRESCRIPTION", "Hospital Prescription (FP10HP)", "Outpatient Prescription Form", "HOSPITAL OUTPATIENT Rx"]))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "mrn", "addr")))
        blocks.append("Clinic: %s   Consultant: %s" % (r.choice(["Rheumatology", "Dermatology", "Gastro", "Respiratory", "Urology", "Fracture clinic"]), ctx.cons))
        blocks.append("Allergies: %s   Weight: %s" % (ctx.allergy, r.choice(["%d kg" % r.randint(45, 120), "n/k"])))
        rows = ["%-36s %-12s %-14s %-10s %s" % ("Drug (approved name)", "Dose", "Route/Freq", "Duration", "Qty")]
        for m in items:
            rows.append("%-36s %-12s %-14s %-10s %s" % ((m[0] + " " + m[1])[:36], m[3][:12], ("PO " + m[4])[:14], r.choice(["7 days", "14 days", "1 month", "3 months", "stat"]),
                                                        r.choice(["28", "OP", "56", "1 pack", "30"])))
        blocks.append("\n".join(rows))
        blocks.append("Prescriber: %s   Bleep %d   Date %s" % (ctx.clinician(r.choice(["SpR", "Consultant", "ST3"])), r.randint(1000, 4999), ddmmyyyy(ctx.date)))
        blocks.append("Pharmacy use: screened ____  dispensed ____  checked ____")
    elif kind == 2:  # controlled drug prescription
        cds = [("Morphine sulfate 10 mg/5 mL oral solution", "2.5 mg to 5 mg every 2 hours when required for pain", "100 mL (one hundred millilitres)"),
               ("Oxycodone 5 mg capsules", "5 mg every 4 hours when required", "56 (fifty-six) capsules"),
               ("Zomorph 10 mg modified-release capsules", "10 mg twice a day", "56 (fifty-six) capsules"),
               ("Buprenorphine 10 micrograms/hour transdermal patch (Butec)", "Apply ONE patch every 7 days", "4 (four) patches"),
               ("Diamorphine 10 mg injection", "2.5 mg to 5 mg SC 1-hourly as required", "10 (ten) ampoules")]
        d = r.choice(cds)
        blocks.append(r.choice(["CONTROLLED DRUG PRESCRIPTION", "FP10 - Schedule 2 CD", "Controlled Drug - Community Prescription"]))
        blocks.append("Patient: %s\n%s %s\nNHS: %s" % (pt.formal, pt.address, pt.postcode, pt.nhs))
        blocks.append("Rx\n%s\nDose: %s\nTotal quantity: %s" % (d[0], d[1], d[2]))
        blocks.append("Prescriber: %s  %s\nPrescriber address: %s, %s\nDate: %s" % (ctx.gp, ctx.practice, ctx.practice, pt.town, ddmmyyyy(ctx.date)))
        blocks.append(r.choice(["Valid for 28 days from date of signing.", "Collector ID checked: Y / N", "For palliative care - anticipatory medication"]))
    else:  # private/ handwritten style Rx / dental / community pharmacy
        blocks.append(r.choice(["Rx", "PRESCRIPTION", "Private Prescription", "Prescription - Minor Injuries Unit"]))
        blocks.append("%s   DOB %s" % (pt.formal, ddmmyyyy(pt.dob)))
        for m in items:
            blocks.append("%s %s\nSig: %s %s\nDisp: %s" % (m[0], m[1], m[3], m[4], r.choice(["1 OP", "x28", "x14", "2/52", "1/12"])))
        blocks.append("%s   %s" % (ddmmyyyy(ctx.date), ctx.clinician(r.choice(["GP", "ANP", "Consultant"]))))
    return scan_wrap(r, join_blocks(blocks), ctx, pages=False)


def gen_anesthesia_record(r):
    ctx = Ctx(r, 18, 92)
    pt = ctx.pt
    op = r.choice(OPERATIONS)
    title = title_or_none(r, ["Anaesthetic Record", "ANAESTHETIC CHART", "Anaesthesia Record", "Intra-operative Anaesthetic Record",
                              "Anaesthetic Record (Theatres)"], 0.1)
    blocks = [title, header_block(r, ctx)]
    w = r.randint(48, 125)
    h = r.randint(150, 192)
    pre = ["Date: %s   Theatre %d   Procedure: %s" % (ddmmyyyy(ctx.date), r.randint(1, 14), op["name"]),
           "Wt %d kg  Ht %d cm  BMI %.1f" % (w, h, w / (h / 100) ** 2),
           "ASA %s%s" % (r.choice(["1", "2", "2", "3", "3", "4"]), r.choice(["", "", "E"])),
           "PMH: %s" % (", ".join(ctx.pmh) if ctx.pmh else "nil"),
           "Allergies: %s" % ctx.allergy,
           "Airway: Mallampati %d, mouth opening %s, neck %s, dentition %s" % (r.randint(1, 3), r.choice(["> 3 FB", "good", "limited"]), r.choice(["full ROM", "reduced extension"]),
                                                                                 r.choice(["own teeth", "upper denture removed", "crowns UR1", "edentulous"])),
           "Fasted: food %s, clear fluids %s" % (r.choice(["since 02:00", "> 6 h", "since midnight", "NBM 12h"]), r.choice(["06:30", "> 2 h", "07:00", "NBM"]))]
    blocks.append(r.choice(["PRE-OP", "Pre-operative assessment", "Pre-op:"]) + "\n" + "\n".join(pre))
    tech = r.choice(["GA", "GA + regional", "Spinal", "Spinal + sedation", "GA RSI"])
    ind = []
    if "GA" in tech:
        ind.append("Induction: %s" % r.choice(["propofol %d mg, fentanyl %d micrograms" % (r.randint(100, 250), r.choice([50, 100, 150])),
                                              "RSI: thiopental 350 mg, rocuronium %d mg" % r.randint(50, 100),
                                              "propofol TCI (Marsh), remifentanil TCI", "propofol 150 mg, alfentanil 500 micrograms, atracurium 40 mg"]))
        ind.append("Airway: %s" % r.choice(["i-gel size %d" % r.choice([3, 4, 5]), "ETT %.1f cuffed, grade %d view, Mac 3 blade" % (r.choice([7.0, 7.5, 8.0, 8.5]), r.randint(1, 2)),
                                           "LMA Supreme 4", "Videolaryngoscope (McGrath), ETT 7.5, Cormack-Lehane 1"]))
        ind.append("Maintenance: %s" % r.choice(["sevoflurane in O2/air, MAC 0.9-1.1", "desflurane", "TIVA propofol/remifentanil", "sevo/O2/air"]))
        ind.append("Ventilation: %s" % r.choice(["SV", "IPPV VT %d mL, PEEP 5" % r.randint(380, 560), "PCV"]))
    if "Spinal" in tech or "regional" in tech:
        ind.append("Regional: %s" % r.choice(["Spinal L3/4, 25G Whitacre, 0.5%% heavy bupivacaine %.1f mL + diamorphine 300 micrograms" % r.uniform(2.2, 3.0),
                                             "Adductor canal block, USS-guided, 20 mL 0.25% levobupivacaine",
                                             "Bilateral TAP blocks 2 x 20 mL 0.25% levobupivacaine", "Fascia iliaca block 30 mL 0.25% levobupivacaine",
                                             "Interscalene block, 15 mL 0.5% levobupivacaine"]))
    blocks.append("Technique: %s\n%s" % (tech, "\n".join(ind)))
    drugs = pick(r, ["Ondansetron 4 mg IV", "Dexamethasone 6.6 mg IV", "Paracetamol 1 g IV", "Parecoxib 40 mg IV", "Morphine %d mg IV" % r.randint(2, 10),
                     "Cefuroxime 1.5 g IV", "Co-amoxiclav 1.2 g IV", "Tranexamic acid 1 g IV", "Metaraminol %.1f mg boluses (total)" % r.uniform(0.5, 6),
                     "Phenylephrine infusion", "Glycopyrronium 200 micrograms", "Sugammadex 200 mg", "Neostigmine 2.5 mg/glycopyrronium 500 micrograms",
                     "Ephedrine 6 mg x2", "Cyclizine 50 mg IV", "Oxytocin 5 units slow IV"], r.randint(3, 8))
    blocks.append("Drugs given:\n" + "\n".join("- " + d for d in drugs))
    t0 = datetime(2000, 1, 1, r.randint(8, 16), r.choice([0, 15, 30, 45]))
    rows = ["Time   HR   BP       SpO2  EtCO2  Agent"]
    hr, sbp = r.randint(60, 95), r.randint(110, 160)
    for k in range(r.randint(4, 12)):
        t = t0 + timedelta(minutes=10 * k)
        hr += r.randint(-8, 8)
        sbp += r.randint(-15, 12)
        sbp = max(80, min(185, sbp))
        rows.append("%s  %3d  %3d/%-3d  %3d   %4.1f  %s" % (t.strftime("%H:%M"), hr, sbp, int(sbp * r.uniform(0.5, 0.65)), r.randint(95, 100), r.uniform(4.0, 5.8),
                                                         r.choice(["sevo 2.0", "sevo 1.8", "TIVA", "-", "des 5.5"]) if "GA" in tech else "-"))
    blocks.append(r.choice(["Monitoring (10-min intervals)", "Intra-op obs", "Vital signs"]) + ":\n" + "\n".join(rows))
    fl = ["Fluids: %s" % r.choice(["Hartmann's %d mL" % r.choice([500, 1000, 1500, 2000]), "0.9% saline 1 L", "Plasma-Lyte 148 1.5 L"]),
          "EBL %s" % r.choice(["< 100 mL", "250 mL", "400 mL", "minimal"]), "UO %s" % r.choice(["not catheterised", "%d mL" % r.randint(50, 600)])]
    blocks.append("   ".join(fl))
    if maybe(r, 0.6):
        blocks.append("Lines: %s" % r.choice(["18G L hand", "20G R ACF, 16G L forearm", "Arterial line R radial", "18G x2"]))
    if maybe(r, 0.5):
        blocks.append("Warming: %s   Position: %s   Pressure areas checked" % (r.choice(["Bair Hugger", "Inditherm", "fluid warmer + forced air"]),
                                                                          r.choice(["supine", "lateral", "lithotomy", "beach chair", "prone"])))
    blocks.append("%s:\n%s" % (r.choice(["Recovery instructions", "Post-op", "Handover to recovery"]),
                              "\n".join(pick(r, ["O2 2-4 L via NC until sats > 94% on air", "PCA morphine 1 mg bolus, 5 min lockout",
                                                  "Oramorph 10 mg PRN", "Ondansetron 4 mg PRN", "IV fluids as charted", "Obs as per protocol",
                                                  "Oxycodone 5 mg PO PRN", "Encourage oral intake", "Discharge from recovery when criteria met",
                                                  "Check Hb post-op"], r.randint(2, 5)))))
    blocks.append("Anaesthetist: %s" % ctx.clinician(r.choice(["Consultant", "ST5", "ST3", "SAS"])) + ("   ODP: %s" % r.choice(CLIN_SURNAMES) if maybe(r) else ""))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Correspondence ---------------------------------------------
def _letterhead(r, ctx, dept):
    lines = [ctx.trust]
    lines.append(dept)
    lines.append(ctx.hospital)
    if maybe(r, 0.7):
        lines.append("%s, %s %s%d %d%s" % (r.choice(["Hospital Road", "Infirmary Lane", "Abbey Way", "Queens Drive"]), ctx.pt.town,
                                            ctx.pt.postcode[:2], r.randint(1, 9), r.randint(1, 9), r.choice(["AB", "QT", "ZZ", "XW"])))
    if maybe(r, 0.7):
        lines.append("Tel: %s   %s" % (phone(r), r.choice(["Secretary: %s" % phone(r), "Fax: %s" % phone(r), "Email: wfh.%s@nhs.invalid" % dept.split()[0].lower()])))
    return "\n".join(lines)


CLINIC_OPENERS = ["I reviewed {first} in the {spec} clinic today.",
                  "Many thanks for asking me to see {title} {sur}, whom I met in clinic on {date}.",
                  "{title} {sur} attended the {spec} follow-up clinic today, accompanied by {acc}.",
                  "It was a pleasure to see {first} again in clinic.",
                  "I spoke to {title} {sur} by telephone today as planned.",
                  "I saw this {age}-year-old {gender} today following {his} recent admission with {short}."]
CLINIC_MIDDLES = ["{He_} tells me that things have settled considerably since we last met.",
                  "{He_} continues to experience intermittent symptoms, particularly in the evenings.",
                  "Unfortunately {he} has had a further episode since the last appointment, which {he} managed at home.",
                  "On examination today {he} looked well. {obs}.",
                  "We went through the results of the recent investigations together.",
                  "I explained that the findings are reassuring and that no further tests are needed at this stage.",
                  "We had a long discussion about the options, including the risks and benefits of each.",
                  "{His_} weight today was {wt} kg, which is stable.",
                  "{He_} has been tolerating the new medication without side effects.",
                  "{He_} reported some nausea after starting the tablets, which has now improved.",
                  "I note that {his} HbA1c has improved to {a1c} mmol/mol.",
                  "{He_} remains independent and is back to walking {dist} daily.",
                  "I have reassured {him} that this is a common and benign finding.",
                  "{He_} is keen to avoid surgery if at all possible.",
                  "{His_} appetite has returned and {he} has regained some of the weight lost.",
                  "{He_} has not needed to use the rescue medication at all.",
                  "{He_} is sleeping better and reports improved energy levels.",
                  "There have been no further admissions to hospital.",
                  "{He_} has occasional light-headedness on standing, but no falls.",
                  "I have asked {him} to keep a symptom diary for the next few weeks.",
                  "{He_} has returned to work on a phased basis.",
                  "{He_} is understandably anxious about the diagnosis and we spent some time going through it.",
                  "Chest auscultation was unremarkable and there was no peripheral oedema.",
                  "Abdominal examination today was entirely benign.",
                  "{He_} demonstrated good inhaler technique.",
                  "{His_} home blood pressure readings average around {obs2}.",
                  "The most recent blood tests show stable renal function and a normal full blood count.",
                  "I have explained the red flag symptoms which should prompt earlier contact with the team.",
                  "We discussed lifestyle measures including weight reduction, alcohol and regular exercise.",
                  "{He_} would like to think about the options before deciding, which I think is very reasonable."]
CLINIC_CLOSERS = ["I have not arranged a further appointment but would be happy to see {him} again should the need arise.",
                  "I will see {him} again in {n} months with repeat bloods beforehand.",
                  "I have discharged {him} back to your care.",
                  "We will write again once the results are available.",
                  "I have added {him} to the waiting list; the anticipated wait is currently {n} weeks.",
                  "Please do not hesitate to get in touch if you have any concerns in the meantime."]


def _fill(s, ctx, extra=None):
    pt = ctx.pt
    r = ctx.r
    d = dict(first=pt.first, title=pt.title, sur=pt.surname, spec=ctx.cond["spec"], date=ddmmyyyy(ctx.date), acc=r.choice(["his wife", "her husband", "a carer", "her daughter", "his son", "a friend"]),
             age=pt.age, gender="man" if pt.sex == "M" else "woman", his=pt.his, him=pt.him, he=pt.he, He_=pt.he.capitalize(), His_=pt.his.capitalize(),
             short=ctx.cond["short"], obs="BP %d/%d, pulse %d regular" % (r.randint(110, 165), r.randint(60, 95), r.randint(55, 95)),
             wt=r.randint(48, 118), obs2="%d/%d" % (r.randint(118, 150), r.randint(68, 90)), a1c=r.randint(44, 78), dist=r.choice(["a mile", "the dog", "to the shops", "30 minutes"]), n=r.randint(2, 18))
    if extra:
        d.update(extra)
    return s.format(**d)


def gen_correspondence(r):
    ctx = Ctx(r, 18, 94)
    pt, c = ctx.pt, ctx.cond
    if c["spec"] == "Paediatrics":
        c = ctx.cond = CONDITIONS[0]
    kind = r.choice(["gp", "gp", "gp", "patient", "patient_results", "gp_short"])
    dept = "Department of %s" % c["spec"] if maybe(r) else "%s Outpatients" % c["spec"]
    blocks = []
    if maybe(r, 0.85):
        blocks.append(_letterhead(r, ctx, dept))
    ref = "Our ref: %s/%s/%s" % ("".join(w[0] for w in ctx.cons.split()[1:]).upper() + r.choice(["JT", "KM", "SB"]), r.choice(["cl", "sec", "typ"]), pt.mrn)
    if maybe(r, 0.7):
        blocks.append(ref + ("\nNHS No: %s" % pt.nhs if maybe(r) else ""))
    dd = ctx.date
    blocks.append(r.choice(["Date dictated: %s\nDate typed: %s" % (ddmmyyyy(dd), ddmmyyyy(dd + timedelta(days=r.randint(1, 14)))),
                            "Clinic date: %s" % ddmmyyyy(dd), ddmmyyyy(dd + timedelta(days=r.randint(0, 10)))]))
    if kind.startswith("gp"):
        blocks.append("%s\n%s\n%s" % (ctx.gp, ctx.practice, pt.town))
        blocks.append("Dear %s," % (ctx.gp.split(" ")[0] + " " + ctx.gp.split(" ")[-1]) if maybe(r, 0.8) else "Dear Colleague,")
        blocks.append("Re: %s  DOB %s\n%s %s" % (pt.formal if maybe(r) else pt.pas, ddmmyyyy(pt.dob), pt.address, pt.postcode) + ("\nNHS No: %s  Hosp No: %s" % (pt.nhs, pt.mrn) if maybe(r) else ""))
        if kind == "gp" and maybe(r, 0.75):
            dx = [c["dx"]] + pick(r, ctx.pmh, min(len(ctx.pmh), 2))
            blocks.append("%s:\n%s" % (r.choice(["Diagnosis", "Diagnoses", "Problems"]), sentence_case_list(dx)))
            if ctx.meds and maybe(r):
                blocks.append("%s:\n%s" % (r.choice(["Current medication", "Medication"]), "\n".join(med_line(r, m, 0) for m in ctx.meds)))
            pl_ = [x[0].lower() + x[1:] if x[:2] != x[:2].upper() else x for x in c["plan"]]
            blocks.append("%s: %s." % (r.choice(["Plan", "Management plan", "Actions"]), ", ".join(pl_[:-1]) + (" and " if len(pl_) > 1 else "") + pl_[-1]))
        paras = [_fill(r.choice(CLINIC_OPENERS), ctx)]
        if kind == "gp":
            mids = pick(r, CLINIC_MIDDLES, r.randint(2, 14))
            k = r.randint(1, 3)
            step = max(1, len(mids) // k)
            for j in range(0, len(mids), step):
                paras.append(" ".join(_fill(m, ctx) for m in mids[j:j + step]))
            if maybe(r, 0.6):
                paras.append("By way of background, %s was admitted under %s with %s, and %s management included the following: %s." % (pt.he, ctx.cons, c["dx"].lower(), pt.his, telegraphic(c["course"])))
            if maybe(r, 0.5):
                paras.append("Investigations: " + "; ".join(c["inv"]) + ".")
            if maybe(r, 0.5):
                paras.append(r.choice(["I would be grateful if you could", "Could I ask that you", "Please could you"]).replace("I would be grateful if you could", "Grateful if you would") + " " +
                             r.choice(["check %s renal function in a fortnight." % pt.his, "increase the ramipril to 5 mg once daily if BP remains above target.",
                                       "continue the current dose and review at the annual check.", "arrange a repeat FBC in 6 weeks."]))
        else:
            paras.append(_fill(r.choice(CLINIC_MIDDLES), ctx))
        paras.append(_fill(r.choice(CLINIC_CLOSERS), ctx))
        blocks.append("\n\n".join(paras))
        blocks.append("Yours sincerely,")
    else:
        blocks.append("%s\n%s\n%s" % (pt.formal, pt.address, pt.postcode))
        blocks.append("Dear %s %s," % (pt.title, pt.surname))
        if kind == "patient":
            paras = [r.choice(["I am writing to you following your appointment in the %s clinic on %s, as it is our practice to write directly to patients." % (c["spec"], ddmmyyyy(dd)),
                               "Thank you for coming to see me in clinic. This letter summarises what we discussed.",
                               "It was good to meet you at the %s clinic. I have written this letter to you, with a copy to your GP." % c["spec"]])]
            paras.append("Your diagnosis: %s." % c["dx"])
            paras.append(r.choice(["We talked about what this means for you and how it can be treated.",
                                   "You told me that you have been feeling much better since leaving hospital.",
                                   "You explained that your main worry was whether the problem would come back."]) + " " +
                         r.choice(["I was pleased to hear that your breathing has improved.", "Your examination today was normal.",
                                   "Your blood pressure today was a little high, so I have asked your GP to keep an eye on this.",
                                   "Your scan results were reassuring."]))
            paras.append("What happens next:\n" + "\n".join("- " + p for p in c["plan"]))
            paras.append(r.choice(["If you have any questions about this letter, please ring my secretary on %s." % phone(r),
                                   "If your symptoms get worse, please contact your GP or call NHS 111.",
                                   "You do not need to do anything else at the moment."]))
        else:
            test = r.choice(["blood tests", "CT scan", "ultrasound scan", "biopsy", "MRI scan", "24-hour heart monitor"])
            paras = ["I am writing to let you know the results of your recent %s." % test,
                     r.choice(["I am pleased to tell you that the results were normal.", "The results showed a minor abnormality which does not need any treatment.",
                               "The result shows that your iron level is low, and I have asked your GP to prescribe iron tablets.",
                               "The %s showed some changes which we would like to discuss with you in clinic; an appointment will be sent to you." % test]),
                     r.choice(["You do not need any further appointments with us.", "We will see you again in clinic in %d months." % r.randint(3, 12),
                               "Your GP has been sent a copy of this letter."])]
        blocks.append("\n\n".join(paras))
        blocks.append(r.choice(["Yours sincerely,", "With best wishes,", "Kind regards,"]))
    blocks.append("\n".join([r.choice([ctx.cons, ctx.mr_cons]), "Consultant %s" % r.choice([c["spec"], "Physician", "Surgeon"]) if maybe(r, 0.8) else "Specialty Registrar to %s" % ctx.cons]))
    if maybe(r, 0.5):
        blocks.append(r.choice(["Dictated but not signed to avoid delay", "Electronically signed", "Dictated by %s, typed by %s" % (ctx.cons, r.choice(FIRST_F))]))
    if maybe(r, 0.6):
        blocks.append("cc: " + ", ".join(pick(r, ["Patient", ctx.gp, "%s clinical nurse specialist" % c["spec"], "Hospital notes", ctx.cons], r.randint(1, 3))))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Consent --------------------------------------------------
CONSENT_PROCS = [
    ("Laparoscopic cholecystectomy +/- open", "Relief of biliary pain and prevention of complications of gallstones",
     ["bleeding", "infection", "bile leak (1%)", "bile duct injury (1 in 500)", "conversion to open", "retained stones", "DVT/PE", "shoulder tip pain"]),
    ("Colonoscopy +/- biopsy +/- polypectomy", "Diagnosis of cause of symptoms, removal of polyps",
     ["bleeding (1 in 100 with polypectomy)", "perforation (1 in 1,000)", "missed lesion", "reaction to sedation", "incomplete examination"]),
    ("Right total hip replacement", "Pain relief, improved mobility",
     ["infection (1%)", "dislocation", "leg length discrepancy", "DVT/PE", "nerve injury", "fracture", "need for revision", "death (rare)"]),
    ("Elective caesarean section", "Safe delivery of baby",
     ["bleeding requiring transfusion", "infection", "bladder/bowel injury", "wound problems", "laceration to baby", "future placental problems"]),
    ("Cystoscopy and insertion of ureteric stent", "Drainage of obstructed kidney",
     ["haematuria", "UTI/sepsis", "stent symptoms", "failure to insert stent", "need for nephrostomy"]),
    ("Coronary angiogram +/- angioplasty and stenting", "Diagnosis and treatment of coronary artery disease",
     ["bruising at puncture site", "bleeding", "kidney injury from contrast", "heart attack (1 in 1,000)", "stroke (1 in 1,000)", "emergency CABG", "death (1 in 2,000)"]),
    ("Cataract surgery (phacoemulsification + IOL), left eye", "Improved vision",
     ["posterior capsule rupture (2%)", "infection (endophthalmitis 1 in 1,000)", "raised pressure", "retinal detachment", "need for glasses"]),
    ("Excision of skin lesion, back", "Diagnosis and removal of lesion", ["scarring", "bleeding", "infection", "wound dehiscence", "incomplete excision"]),
    ("Blood transfusion", "Correction of anaemia", ["transfusion reaction", "fluid overload", "infection (very rare)"]),
    ("Lumbar puncture", "Diagnosis", ["headache", "back pain", "infection", "bleeding", "failed procedure"]),
]


def gen_consent_form(r):
    ctx = Ctx(r, 16, 95)
    pt = ctx.pt
    proc, ben, risks = r.choice(CONSENT_PROCS)
    form = r.choice([1, 1, 1, 2, 4, 3])
    if form == 2:
        ctx.pt = pt = Person(r, 1, 15).set_dob(ctx.date, r)
        proc, ben, risks = r.choice([("Tonsillectomy", "Reduction in frequency of tonsillitis", ["bleeding (1 in 30)", "infection", "pain", "damage to teeth"]),
                                     ("Grommet insertion (bilateral)", "Improved hearing", ["discharge", "perforation", "early extrusion"]),
                                     ("Circumcision", "Treatment of phimosis", ["bleeding", "infection", "cosmetic concerns"]),
                                     ("Manipulation under anaesthesia, left forearm fracture", "Improved alignment", ["loss of position", "need for wires", "stiffness"])])
    titles = {1: ["Consent Form 1", "PATIENT AGREEMENT TO INVESTIGATION OR TREATMENT", "Consent Form 1 - Patient agreement to investigation or treatment"],
              2: ["Consent Form 2", "Parental agreement to investigation or treatment for a child or young person"],
              3: ["Consent Form 3", "Patient/parental agreement to investigation or treatment (procedures where consciousness not impaired)"],
              4: ["Consent Form 4", "Form for adults who lack the capacity to consent to investigation or treatment"]}
    blocks = [trust_header(r, ctx), title_or_none(r, titles[form], 0.05), header_block(r, ctx, fields=("name", "dob", "nhs", "mrn"))]
    if maybe(r, 0.5):
        blocks.append("Special requirements: %s" % r.choice(["none", "interpreter - Polish", "hearing impaired", "large print", "BSL interpreter"]))
    blocks.append("Name of proposed procedure or course of treatment (include brief explanation if medical term not clear):\n%s" % proc)
    blocks.append("Responsible health professional: %s" % r.choice([ctx.mr_cons, ctx.cons]))
    st = ["Statement of health professional (to be filled in by health professional with appropriate knowledge of proposed procedure, as specified in consent policy)",
          "I have explained the procedure to the %s. In particular, I have explained:" % ("patient" if form != 2 else "child and his or her parent(s)"),
          "The intended benefits: %s" % ben,
          "Serious or frequently occurring risks: %s" % ", ".join(pick(r, risks, r.randint(3, len(risks))))]
    if maybe(r, 0.7):
        st.append("Any extra procedures which may become necessary during the procedure: %s" % r.choice(["blood transfusion", "conversion to open", "none", "other procedure: stoma"]))
    st.append("I have also discussed what the procedure is likely to involve, the benefits and risks of any available alternative treatments (including no treatment) and any particular concerns of this patient.")
    st.append("[%s] The following leaflet has been provided: %s" % (r.choice(["x", "X", "/"]), r.choice(["PIL-%03d" % r.randint(1, 400), "EIDO leaflet", "trust leaflet", "none"])))
    st.append("This procedure will involve: [%s] general and/or regional anaesthesia  [%s] local anaesthesia  [%s] sedation" % tuple(r.choice(["x", " "]) for _ in range(3)))
    st.append("Signed: ____________  Date: %s\nName (PRINT): %s   Job title: %s" % (ddmmyyyy(ctx.date), ctx.reg.upper(), r.choice(["SpR", "Consultant", "ST4", "CT2", "Nurse Endoscopist"])))
    blocks.append("\n".join(st))
    if maybe(r, 0.3):
        blocks.append("Statement of interpreter: I have interpreted the information above to the patient to the best of my ability. Signed ______ Name %s %s" % (r.choice(FIRST_F), r.choice(SURNAMES)))
    if form == 4:
        blocks.append("Assessment of capacity: The patient is unable to %s information material to the decision." % r.choice(["understand", "retain", "use and weigh", "communicate a decision about"]))
        blocks.append("Best interests decision: %s" % r.choice(["Discussed with daughter (LPA for health not registered). Procedure in patient's best interests.",
                                                                "No family - IMCA involved (%s %s)." % (r.choice(FIRST_F), r.choice(SURNAMES)),
                                                                "Consultation with care home staff and son."]))
        blocks.append("Signed (health professional): ______  %s   Date %s" % (ctx.cons, ddmmyyyy(ctx.date)))
    else:
        who = "Patient" if form != 2 else "Parent"
        blocks.append("Statement of %s\nPlease read this form carefully. I agree to the procedure or course of treatment described on this form.%s\nSigned: ______ (%s)   Date: %s" % (
            who.lower(), " I understand that you cannot give me a guarantee that a particular person will perform the procedure." if maybe(r) else "",
            pt.full if form != 2 else "%s %s" % (r.choice(FIRST_F + FIRST_M), pt.surname), ddmmyyyy(ctx.date - timedelta(days=r.randint(0, 30)))))
        if maybe(r, 0.6):
            blocks.append("Confirmation of consent (to be completed by a health professional when the patient is admitted for the procedure, if the patient has signed the form in advance)\nOn behalf of the team treating the patient, I have confirmed with the patient that he/she has no further questions and wishes the procedure to go ahead.\nSigned ____ Date %s" % ddmmyyyy(ctx.date + timedelta(days=r.randint(0, 40))))
    if maybe(r, 0.3):
        blocks.append("Copy accepted by patient: yes / no (please circle)")
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Referral letters ------------------------------------------
REFERRAL_REASONS = [
    ("Gastroenterology", "Suspected lower GI cancer", True, "change in bowel habit to looser stools for 8 weeks with FIT %d ug Hb/g", ["FIT", "Hb 108", "Ferritin 11"]),
    ("Breast Surgery", "Suspected breast cancer", True, "discrete hard lump left breast upper outer quadrant, approx 2 cm, first noticed 3 weeks ago", []),
    ("Urology", "Suspected urological cancer", True, "visible haematuria without UTI, aged over 45", ["PSA 3.1", "urine culture negative"]),
    ("Dermatology", "Suspected skin cancer", True, "changing pigmented lesion on right calf, weighted 7-point checklist score 5", []),
    ("Respiratory", "Suspected lung cancer", True, "unexplained haemoptysis in ex-smoker aged over 40, CXR suggestive of right hilar mass", ["CXR report attached"]),
    ("Cardiology", "Palpitations / ?arrhythmia", False, "episodic palpitations with presyncope, ECG shows short PR and delta wave", ["ECG", "TSH normal"]),
    ("Rheumatology", "?Inflammatory arthritis", False, "symmetrical small joint synovitis of hands for 3 months, early morning stiffness 2 hours", ["RF positive", "anti-CCP 340", "CRP 32"]),
    ("Orthopaedics", "Knee OA - consideration of TKR", False, "severe right knee pain limiting walking to 100 yards despite physio, weight loss and analgesia", ["XR: severe medial OA"]),
    ("ENT", "Unilateral hearing loss", False, "gradual left-sided hearing loss with tinnitus over 6 months", ["Rinne/Weber consistent with SNHL"]),
    ("Gynaecology", "Post-menopausal bleeding", True, "two episodes of PMB, not on HRT", ["TVUSS arranged - ET 7 mm"]),
    ("Memory Assessment Service", "Cognitive decline", False, "progressive short-term memory problems over 18 months, 6CIT 14", ["Dementia screen bloods normal", "B12 normal"]),
    ("Neurology", "Recurrent headaches", False, "new daily persistent headache, normal neuro exam and fundi, no red flags", []),
    ("MSK Physiotherapy", "Chronic low back pain", False, "mechanical low back pain 4 months, no red flags, STarT Back medium risk", []),
    ("Endocrinology", "Hypercalcaemia", False, "adjusted calcium 2.81 with PTH 9.2 (inappropriately normal/high)", ["Vit D 48", "eGFR 71"]),
    ("Paediatrics", "Faltering growth", False, "weight dropped from 50th to 9th centile over 6 months, loose stools", ["TTG positive"]),
]


def gen_referral_letter(r):
    ctx = Ctx(r, 20, 90)
    pt = ctx.pt
    spec, reason, tww, detail, res = r.choice(REFERRAL_REASONS)
    if spec == "Paediatrics":
        ctx.pt = pt = Person(r, 1, 12).set_dob(ctx.date, r)
    if spec in ("Breast Surgery", "Gynaecology"):
        ctx.pt = pt = Person(r, 35, 85, sex="F").set_dob(ctx.date, r)
    if "%d" in detail:
        detail = detail % r.randint(12, 400)
    blocks = []
    if tww and maybe(r, 0.6):
        blocks.append(r.choice(["SUSPECTED CANCER REFERRAL - 2 WEEK WAIT", "Urgent Suspected Cancer Referral Form (NG12)", "2WW Referral: %s" % reason,
                                "FAST TRACK REFERRAL"]))
        blocks.append("Referral to: %s, %s\nDate of decision to refer: %s" % (spec, ctx.hospital, ddmmyyyy(ctx.date)))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs", "addr", "sex")))
        blocks.append("Patient telephone: %s   Interpreter required: %s" % (pt.phone, r.choice(["No", "No", "Yes - Urdu", "Yes - Polish"])))
        blocks.append("Patient has been informed this is a suspected cancer referral: [x] Yes\nPatient available for appointment in next 14 days: [%s] Yes" % r.choice(["x", " "]))
        crit = ["[x] %s" % reason, "[%s] Unexplained weight loss" % r.choice(["x", " "]), "[%s] Abnormal examination finding" % r.choice(["x", " "]),
                "[ ] Other - please specify"]
        blocks.append("Referral criteria (tick):\n" + "\n".join(crit))
        blocks.append("Clinical information:\n%s." % detail[0].upper() + detail[1:] + (" Performance status WHO %d." % r.randint(0, 2) if maybe(r) else ""))
        if res:
            blocks.append("Relevant results: " + ", ".join(res))
        blocks.append("Anticoagulants: %s   Diabetic: %s   Mobility: %s" % (r.choice(["No", "Apixaban", "Warfarin"]), r.choice(["No", "Yes - metformin"]),
                                                                            r.choice(["Independent", "Wheelchair", "Frame"])))
        blocks.append("Referring GP: %s, %s  Tel %s" % (ctx.gp, ctx.practice, phone(r)))
    else:
        blocks.append(ctx.practice + ("\n%s\nTel: %s" % (pt.town, phone(r)) if maybe(r) else ""))
        if maybe(r, 0.5):
            blocks.append(r.choice(["e-Referral Service - UBRN %012d" % r.randint(0, 10 ** 12 - 1), "Referral letter", "REFERRAL", "Priority: %s" % r.choice(["Routine", "Urgent"])]))
        blocks.append(ddmmyyyy(ctx.date))
        blocks.append(r.choice(["Dear Colleague,", "Dear Doctor,", "Dear %s Team," % spec, "Dear Dr %s," % r.choice(CLIN_SURNAMES)]))
        blocks.append("Re: %s, DOB %s, NHS %s\n%s %s" % (pt.formal, ddmmyyyy(pt.dob), pt.nhs, pt.address, pt.postcode))
        p = [r.choice(["I would be grateful if you could see this %d-year-old %s with %s." % (pt.age, "gentleman" if pt.sex == "M" else "lady", detail),
                       "Thank you for seeing %s, who presents with %s." % (pt.first, detail),
                       "I would value your opinion on %s %s, who has %s." % (pt.title, pt.surname, detail),
                       "Please could you assess this patient regarding %s. In brief, %s has %s." % (reason.lower(), pt.he, detail)])]
        if maybe(r, 0.7):
            p.append(r.choice(["Examination in surgery was otherwise unremarkable.", "%s is otherwise fit and well." % pt.he.capitalize(),
                               "This is having a significant impact on %s quality of life and %s work." % (pt.his, pt.his),
                               "I have tried first-line measures in primary care without benefit.",
                               "%s is anxious and would appreciate an early appointment." % pt.he.capitalize()]))
        if res and maybe(r, 0.8):
            p.append("Recent investigations: " + "; ".join(res) + ".")
        if maybe(r, 0.5):
            p.append(r.choice(["Many thanks for your help.", "Thank you in anticipation.", "I look forward to hearing your opinion."]))
        blocks.append("\n\n".join(p))
        if maybe(r, 0.7):
            auto = ["--- Attached from clinical system ---", "Problems:"] + ["  %s" % x for x in (ctx.pmh or ["No active problems"])]
            auto += ["Medication:"] + ["  %s" % med_line(r, m, 2) for m in ctx.meds] + ["Allergies: %s" % ctx.allergy]
            if maybe(r):
                auto.append("Last BP: %d/%d (%s)  BMI %.1f  Smoking: %s" % (r.randint(110, 170), r.randint(60, 100), ddmmyyyy(ctx.date - timedelta(days=r.randint(0, 200))),
                                                                            r.uniform(18, 42), r.choice(["never", "ex", "current"])))
            blocks.append("\n".join(auto))
        blocks.append(r.choice(["Yours sincerely,", "Yours faithfully,", "Best wishes,", "Kind regards,"]) + "\n\n" + ctx.gp + ("\nGP Partner" if maybe(r) else "\nSalaried GP"))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Advance directives ---------------------------------------
def gen_advance_directive(r):
    ctx = Ctx(r, 45, 99)
    pt = ctx.pt
    kind = r.choice(["respect", "dnacpr", "adrt", "lpa", "respect", "dnacpr"])
    blocks = []
    rel = r.choice(["daughter", "son", "wife", "husband", "niece", "partner", "friend"])
    rel_name = "%s %s" % (r.choice(FIRST_F + FIRST_M), r.choice([pt.surname, r.choice(SURNAMES)]))
    if kind == "respect":
        blocks.append(r.choice(["ReSPECT", "ReSPECT - Recommended Summary Plan for Emergency Care and Treatment", "RESPECT FORM"]) + ("  (version 3)" if maybe(r) else ""))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs", "addr")))
        blocks.append("1. This plan belongs to: %s   Date completed: %s" % (pt.full, ddmmyyyy(ctx.date)))
        blocks.append("2. Shared understanding of my health and current condition\nSummary of relevant information for this plan: %s; %s.\nOther relevant planning documents: %s" % (
            ctx.cond["dx"], ", ".join(ctx.pmh) or "frailty", r.choice(["None known", "LPA health and welfare - see section 7", "ADRT held by GP", "Advance statement"])))
        blocks.append("3. What matters to me in decisions about my treatment and care:\n%s" % r.choice([
            "Being at home with my cat. I do not want to go back into hospital if it can be avoided.",
            "Living as long as possible, even if it means time in hospital.", "Staying comfortable and being with my family at the end.",
            "I would like to be kept pain free. My faith is important to me."]))
        pos = r.randint(0, 2)
        blocks.append("4. Clinical recommendations for emergency care and treatment\n[%s] Prioritise extending life   [%s] Balance extending life with comfort and valued outcomes   [%s] Prioritise comfort\n%s" % (
            "x" if pos == 0 else " ", "x" if pos == 1 else " ", "x" if pos == 2 else " ",
            r.choice(["For ward-based care including IV antibiotics; not for ICU or intubation.", "Treat reversible causes. Not for NIV.",
                      "For symptom control only; avoid hospital admission.", "Full active treatment appropriate."])))
        cpr = r.choice(["CPR attempts recommended", "CPR attempts NOT recommended"])
        blocks.append("CPR: %s   Signed: %s" % (cpr, ctx.cons))
        blocks.append("5. Capacity and representation at time of completion\nDoes the person have sufficient capacity to participate in making the recommendations? %s" % r.choice(["Yes", "No - best interests with %s (%s)" % (rel, rel_name)]))
        blocks.append("6. Involvement in making this plan: %s" % r.choice(["discussed with the person and their %s" % rel, "person has chosen not to be involved in the discussion", "discussed with welfare attorney"]))
        blocks.append("7. Clinicians' signatures\n%s   %s   %s\nSenior responsible clinician: %s" % (ctx.clinician(r.choice(["ST4", "GP", "Consultant"])), gmc(r), ddmmyyyy(ctx.date), ctx.cons))
        blocks.append("8. Emergency contacts: %s (%s) %s" % (rel_name, rel, phone(r)))
        if maybe(r, 0.5):
            blocks.append("9. Form reviewed: %s" % ddmmyyyy(ctx.date + timedelta(days=r.randint(30, 360))))
    elif kind == "dnacpr":
        blocks.append(r.choice(["DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION", "DNACPR", "Adult DNACPR Decision Form", "Do Not Attempt CPR - Adults aged 16 and over"]))
        blocks.append("In the event of cardiac or respiratory arrest no attempts at cardiopulmonary resuscitation (CPR) will be made. All other appropriate treatment and care will be provided.")
        blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs", "addr")))
        blocks.append("Date of DNACPR decision: %s" % ddmmyyyy(ctx.date))
        blocks.append("1. Does the patient have capacity to make and communicate decisions about CPR? %s" % r.choice(["YES", "NO"]))
        blocks.append("2. Summary of the main clinical problems and reasons why CPR would be inappropriate, unsuccessful or not in the patient's best interests:\n%s" % r.choice([
            "Advanced frailty (CFS 8), end-stage heart failure. CPR would not be successful.", "Metastatic lung cancer, deteriorating despite treatment.",
            "Patient has expressed a clear wish not to receive CPR.", "Severe COPD with type 2 respiratory failure, housebound. Very low chance of survival."]))
        blocks.append("3. Summary of communication with patient: %s" % r.choice(["Discussed; patient in agreement.", "Patient lacks capacity.", "Patient did not wish to discuss; decision explained."]))
        blocks.append("4. Summary of communication with relatives/welfare attorney: Discussed with %s (%s) by telephone on %s." % (rel_name, rel, ddmmyyyy(ctx.date)))
        blocks.append("5. Healthcare professional completing this form:\nName: %s   Position: %s   Date: %s   Time: %s" % (ctx.reg, r.choice(["SpR", "ST5", "GP", "ANP"]), ddmmyyyy(ctx.date), hhmm(r)))
        blocks.append("6. Review and endorsement by most senior health professional:\nSignature ______  Name %s  Date %s" % (ctx.cons, ddmmyyyy(ctx.date + timedelta(days=r.randint(0, 2)))))
        blocks.append("Review date (if appropriate): %s" % r.choice(["Indefinite", "Not for review", ddmmyyyy(ctx.date + timedelta(days=r.randint(30, 180)))]))
    elif kind == "adrt":
        blocks.append(r.choice(["Advance Decision to Refuse Treatment", "ADVANCE DECISION TO REFUSE TREATMENT (ADRT)", "My Advance Decision"]))
        blocks.append("Name: %s\nDate of birth: %s\nAddress: %s %s\nNHS number: %s" % (pt.full, ddmmyyyy(pt.dob), pt.address, pt.postcode, pt.nhs))
        blocks.append("GP: %s, %s" % (ctx.gp, ctx.practice))
        blocks.append("Diagnosis/conditions: %s" % ", ".join([ctx.cond["dx"]] + ctx.pmh[:2]))
        refusals = pick(r, [("Cardiopulmonary resuscitation", "if my heart or breathing stops"),
                            ("Artificial ventilation (including non-invasive)", "if I am unable to breathe on my own, EVEN IF MY LIFE IS AT RISK as a result"),
                            ("Artificial nutrition and hydration via feeding tube", "if I am unable to swallow safely, even if my life is at risk"),
                            ("Intravenous antibiotics", "for a life-threatening infection once I can no longer recognise my family"),
                            ("Renal dialysis", "in any circumstances")], r.randint(1, 4))
        rows = ["Treatment I refuse | Circumstances in which I refuse it"] + ["%s | %s" % x for x in refusals]
        blocks.append("\n".join(rows))
        blocks.append("I make this decision while I have capacity. I understand that refusing these treatments may result in my death. This decision applies even if my life is at risk.")
        blocks.append("Signed: ______ (%s)   Date: %s\nWitness: %s %s, %s  Signed ______" % (pt.full, ddmmyyyy(ctx.date), r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES), r.choice(STREETS)))
        blocks.append("People I would like to be contacted: %s (%s) %s" % (rel_name, rel, phone(r)))
        if maybe(r, 0.5):
            blocks.append("Copies held by: GP, %s, Ambulance Service (flagged)" % rel)
    else:
        blocks.append(r.choice(["Lasting power of attorney for health and care decisions", "LPA - Health and Welfare (LP1H)", "Copy of registered Lasting Power of Attorney"]))
        if maybe(r, 0.6):
            blocks.append("Validated copy - Office of the Public Guardian reference %s-%04d-%04d" % (r.choice(["7000", "M"]), r.randint(0, 9999), r.randint(0, 9999)))
        blocks.append("Section 1 - The donor\n%s %s  DOB %s\n%s %s" % (pt.title, pt.full, ddmmyyyy(pt.dob), pt.address, pt.postcode))
        att = [rel_name, "%s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES))]
        blocks.append("Section 2 - The attorneys\n" + "\n".join("%d. %s  (%s)" % (i + 1, a, r.choice(["child", "spouse", "friend", "sibling"])) for i, a in enumerate(att[: r.randint(1, 2)])))
        blocks.append("Section 3 - How should your attorneys make decisions?\n[%s] Jointly and severally  [%s] Jointly" % (r.choice(["x", " "]), " "))
        blocks.append("Section 5 - Life-sustaining treatment\n%s" % r.choice(["Option A - I give my attorneys authority to give or refuse consent to life-sustaining treatment on my behalf.",
                                                                              "Option B - I do not give my attorneys authority to give or refuse consent to life-sustaining treatment."]))
        if maybe(r, 0.6):
            blocks.append("Preferences: %s" % r.choice(["I would prefer to live near my family.", "I would like to remain at home for as long as possible.",
                                                        "I am a vegetarian.", "I would like to be cared for in a hospice at the end of my life."]))
        blocks.append("Registered: %s   Scanned into hospital record %s" % (ddmmyyyy(ctx.date - timedelta(days=r.randint(100, 2000))), ddmmyyyy(ctx.date)))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- ECG ---------------------------------------------------------
ECG_INTERPS = [
    (["Sinus rhythm", "Normal ECG"], "normal", (55, 95)),
    (["Sinus tachycardia", "Otherwise normal ECG"], "abn", (101, 135)),
    (["Sinus bradycardia", "First degree AV block"], "abn", (42, 58)),
    (["Atrial fibrillation with rapid ventricular response", "Nonspecific ST abnormality"], "abn", (110, 160)),
    (["Atrial fibrillation with controlled ventricular response"], "abn", (65, 95)),
    (["Sinus rhythm", "Left bundle branch block"], "abn", (60, 90)),
    (["Sinus rhythm", "Right bundle branch block", "Left anterior fascicular block"], "abn", (60, 90)),
    (["Sinus rhythm", "ST elevation consider inferior injury or acute infarct", "** ** ACUTE MI / STEMI ** **"], "abn", (60, 110)),
    (["Sinus rhythm", "Left ventricular hypertrophy with repolarisation abnormality"], "abn", (55, 85)),
    (["Sinus rhythm with premature ventricular complexes", "Borderline ECG"], "borderline", (60, 95)),
    (["Atrial flutter with 2:1 AV conduction"], "abn", (140, 155)),
    (["Sinus rhythm", "Prolonged QT"], "abn", (55, 85)),
    (["Paced rhythm (ventricular)", "No further rhythm analysis attempted"], "abn", (60, 72)),
    (["Sinus rhythm", "Inferior Q waves, age undetermined", "Abnormal ECG"], "abn", (55, 85)),
]


def gen_ecg_report(r):
    ctx = Ctx(r, 16, 97)
    pt = ctx.pt
    interp, cls, (lo, hi) = r.choice(ECG_INTERPS)
    rate = r.randint(lo, hi)
    af = "fibrillation" in interp[0] or "flutter" in interp[0] or "Paced" in interp[0]
    pr = None if af else r.randint(120, 260 if "First degree" in " ".join(interp) else 200)
    qrs = r.randint(124, 168) if any("bundle" in x or "Paced" in x for x in interp) else r.randint(76, 110)
    qtc = r.randint(485, 540) if "Prolonged QT" in interp else r.randint(385, 455)
    qt = int(qtc * ((60.0 / rate) ** 0.5))
    blocks = []
    style = r.randint(0, 2)
    if style == 0:  # machine printout
        blocks.append("%s  %s   ID: %s" % (pt.pas, ddmmyyyy(ctx.date) + " " + hhmm(r), pt.mrn))
        blocks.append("%s   %s   %d cm  %d kg   %s" % (ddmmyyyy(pt.dob), "%d yr" % pt.age, r.randint(150, 190), r.randint(45, 120), "Male" if pt.sex == "M" else "Female"))
        blocks.append("Loc: %s   Room: %s   Option: %d" % (r.choice(["ED", "CCU", "AMU", "OPD", "Pre-op"]), r.randint(1, 30), r.randint(1, 40)))
        meas = ["Vent. rate %d BPM" % rate, "PR interval %s ms" % (pr if pr else "*"), "QRS duration %d ms" % qrs, "QT/QTc %d/%d ms" % (qt, qtc),
                "P-R-T axes %s %d %d" % ("*" if af else str(r.randint(-10, 80)), r.randint(-60, 100), r.randint(-40, 110))]
        blocks.append("\n".join(meas))
        blocks.append("\n".join(interp))
        blocks.append(r.choice(["Unconfirmed report", "Confirmed by: %s on %s" % (ctx.cons, ddmmyyyy(ctx.date)), "UNCONFIRMED - Requires physician review"]))
        blocks.append("25 mm/s  10 mm/mV  %s  %s" % (r.choice(["0.05-150 Hz", "0.5-40 Hz", "0.15-100 Hz"]), r.choice(["MAC5500", "PageWriter TC50", "CP 150", "ELI 280"])))
        if maybe(r, 0.5):
            blocks.append("Handwritten: %s" % r.choice(["reviewed - no acute change vs previous", "d/w reg - for repeat in 30 min", "NSTEMI pathway", "No STE. Trop sent.",
                                                         "AF new - for DOAC", "seen %s %s" % (hhmm(r), ctx.clinician("FY2"))]))
    elif style == 1:  # physiologist/cardiologist report
        blocks.append(trust_header(r, ctx, r.choice(["Cardiac Physiology", "Cardiology Department", "Cardiorespiratory Unit"])))
        blocks.append(r.choice(["12-LEAD ECG REPORT", "ECG Report", "Resting 12-lead Electrocardiogram", "Electrocardiogram"]))
        blocks.append(header_block(r, ctx))
        blocks.append("Date recorded: %s   Indication: %s" % (ddmmyyyy(ctx.date), r.choice(["chest pain", "palpitations", "syncope", "pre-op assessment", "annual review - on amiodarone",
                                                                                      "hypertension", "breathlessness", "drug monitoring (QTc)"])))
        blocks.append("Rhythm: %s\nRate: %d bpm\nPR: %s\nQRS: %d ms\nQTc: %d ms (Bazett)\nAxis: %s" % (
            interp[0], rate, "%d ms" % pr if pr else "n/a", qrs, qtc, r.choice(["normal", "left axis deviation", "right axis deviation", "+%d degrees" % r.randint(0, 90)])))
        blocks.append("%s: %s" % (r.choice(["Conclusion", "Report", "Interpretation"]), "; ".join(interp[1:]) if len(interp) > 1 else interp[0]))
        if maybe(r, 0.5):
            blocks.append("Compared with ECG of %s: %s" % (ddmmyyyy(ctx.date - timedelta(days=r.randint(60, 1500))), r.choice(["no significant change", "new since", "rate now slower"])))
        blocks.append("Reported by: %s %s, %s" % (r.choice(FIRST_F + FIRST_M), r.choice(CLIN_SURNAMES), r.choice(["Cardiac Physiologist", "Consultant Cardiologist", "Clinical Scientist"])))
    else:  # brief ED-type ECG interpretation sticker
        blocks.append(r.choice(["ECG", "ECG interpretation", "ECG review sticker"]))
        blocks.append("%s   %s %s" % (header_block(r, ctx, style=1, fields=("name", "mrn")), ddmmyyyy(ctx.date), hhmm(r)))
        blocks.append("Rate %d  Rhythm %s  Axis %s\nPR %s  QRS %d  QTc %d\nST: %s  T waves: %s" % (
            rate, "irreg" if af else "reg", r.choice(["N", "LAD", "RAD"]), pr or "-", qrs, qtc, r.choice(["isoelectric", "elevation II, III, aVF", "depression V4-6", "no acute change"]),
            r.choice(["normal", "inverted V1-3", "flattened", "peaked"])))
        blocks.append("Interpretation: %s" % ", ".join(interp))
        blocks.append("Reviewed by %s   Time to ECG from arrival: %d min" % (ctx.clinician(r.choice(["ST4", "FY2", "Consultant", "ANP"])), r.randint(3, 45)))
    return scan_wrap(r, join_blocks(blocks), ctx, pages=False)


# ---------------- Immunisation ---------------------------------------------
CHILD_SCHEDULE = [("8 weeks", ["6-in-1 (DTaP/IPV/Hib/HepB) Infanrix hexa", "Rotavirus (Rotarix) - oral", "MenB (Bexsero)"]),
                  ("12 weeks", ["6-in-1 (DTaP/IPV/Hib/HepB) Infanrix hexa", "PCV (Prevenar 13)", "Rotavirus (Rotarix) - oral"]),
                  ("16 weeks", ["6-in-1 (DTaP/IPV/Hib/HepB) Infanrix hexa", "MenB (Bexsero)"]),
                  ("1 year", ["Hib/MenC (Menitorix)", "MMR (Priorix)", "PCV booster (Prevenar 13)", "MenB booster (Bexsero)"]),
                  ("3 years 4 months", ["4-in-1 pre-school booster (Boostrix-IPV)", "MMR 2nd dose (MMRVaxPRO)"])]
ADULT_VACC = [("Influenza (inactivated, QIVe)", "L deltoid IM"), ("Influenza (aTIV, adjuvanted)", "R deltoid IM"), ("COVID-19 (Comirnaty)", "L deltoid IM"),
              ("COVID-19 (Spikevax)", "R deltoid IM"), ("Pneumococcal polysaccharide (PPV23)", "R deltoid IM"), ("Shingles (Shingrix) dose 1", "L deltoid IM"),
              ("Shingles (Shingrix) dose 2", "L deltoid IM"), ("Td/IPV (Revaxis)", "L deltoid IM"), ("Hepatitis B (Engerix B) dose 1", "R deltoid IM"),
              ("Hepatitis B (Engerix B) dose 2", "R deltoid IM"), ("Hepatitis A (Havrix Monodose)", "L deltoid IM"), ("Typhoid (Typhim Vi)", "R deltoid IM"),
              ("Pertussis (Boostrix-IPV) - antenatal", "L deltoid IM"), ("RSV (Abrysvo)", "L deltoid IM"), ("HPV (Gardasil 9)", "L deltoid IM")]


def _batch(r):
    return "%s%s%d%s" % (r.choice(["AB", "HX", "FK", "EW", "N0", "GT", "Z"]), r.randint(10, 99), r.randint(100, 999), r.choice(["A", "B", "", "AC"]))


def gen_immunization_record(r):
    kind = r.choice(["child", "adult", "occ", "travel", "adult"])
    if kind == "child":
        ctx = Ctx(r, 1, 6)
    else:
        ctx = Ctx(r, 18, 92)
    pt = ctx.pt
    blocks = []
    if kind == "child":
        blocks.append(title_or_none(r, ["Childhood Immunisation Record", "IMMUNISATION HISTORY", "Vaccination record (PCHR/Red Book copy)", "Child Health - Immunisations"], 0.1))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs", "gp")))
        rows = ["%-12s %-46s %-10s %-10s %s" % ("Due", "Vaccine", "Date", "Batch", "Site / Given by")]
        dob = pt.dob
        offs = {"8 weeks": 56, "12 weeks": 84, "16 weeks": 112, "1 year": 365, "3 years 4 months": 1217}
        for due, vs in CHILD_SCHEDULE:
            d = dob + timedelta(days=offs[due] + r.randint(0, 20))
            if d > ctx.date:
                break
            for v in vs:
                if maybe(r, 0.05):
                    rows.append("%-12s %-46s %-10s %-10s %s" % (due, v, "DECLINED", "-", "parent declined"))
                    continue
                rows.append("%-12s %-46s %-10s %-10s %s" % (due, v, ddmmyyyy(d), _batch(r), r.choice(["L thigh", "R thigh", "oral", "L arm", "R arm"]) + " / " + r.choice(["PN", "HV", "RN"]) + " " + r.choice(CLIN_SURNAMES)[:8]))
        blocks.append("\n".join(rows))
        if maybe(r, 0.5):
            blocks.append(r.choice(["Paracetamol advice given after MenB.", "Next due: pre-school booster at 3y4m.", "Child Health Information Service notified.", "No adverse reactions reported."]))
    elif kind == "occ":
        blocks.append(r.choice(["Occupational Health - Immunisation Record", "STAFF IMMUNISATION STATUS", "Occupational Health Clearance - Immunity Summary"]))
        blocks.append("Employee: %s   DOB: %s   Staff No: %d\nRole: %s   Dept: %s" % (pt.full, ddmmyyyy(pt.dob), r.randint(100000, 999999),
                                                                                  r.choice(["Staff Nurse", "HCA", "FY1", "Physiotherapist", "Porter", "Midwife"]), ctx.ward))
        rows = ["Hepatitis B: course completed %s; anti-HBs %d mIU/mL (%s) - %s" % (ddmmyyyy(ctx.date - timedelta(days=r.randint(60, 3000))), r.randint(5, 1000), ddmmyyyy(ctx.date - timedelta(days=r.randint(10, 50))), r.choice(["responder", "booster given", "non-responder - further course"])),
                "MMR: 2 documented doses" if maybe(r) else "Measles IgG: positive",
                "Varicella: %s" % r.choice(["history of chickenpox", "VZV IgG positive", "2 doses Varivax"]),
                "BCG: scar seen" if maybe(r) else "BCG: not seen; IGRA negative %s" % ddmmyyyy(ctx.date - timedelta(days=r.randint(10, 90))),
                "Influenza: %s given %s" % (r.choice(["QIVc", "QIVe"]), ddmmyyyy(ctx.date - timedelta(days=r.randint(0, 120)))),
                "EPP clearance: %s" % r.choice(["not required", "cleared - HIV/HCV/HBsAg negative", "pending"])]
        blocks.append("\n".join(rows))
        blocks.append("Fit for role: %s   OH Nurse: %s %s" % (r.choice(["Yes", "Yes - with restrictions", "Pending"]), r.choice(FIRST_F), r.choice(CLIN_SURNAMES)))
    else:
        blocks.append(title_or_none(r, ["Immunisations", "Vaccination History", "Immunisation record - %s" % ctx.practice, "Travel Clinic Record" if kind == "travel" else "Vaccinations given"], 0.15))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs")))
        if kind == "travel":
            blocks.append("Destination: %s   Departure: %s   Duration: %s" % (r.choice(["Kenya", "Thailand and Vietnam", "India (Kerala)", "Peru", "Ghana", "Nepal"]),
                                                                          ddmmyyyy(ctx.date + timedelta(days=r.randint(14, 70))), r.choice(["2 weeks", "3 weeks", "1 month", "6 months"])))
        pool = [v for v in ADULT_VACC if not ("COVID" in v[0] and ctx.date.year < 2021)]
        chosen = pick(r, pool, r.randint(2, 8))
        covid_start = date(2021, 1, 1)
        pairs = []
        for v in chosen:
            if "COVID" in v[0]:
                d = covid_start + timedelta(days=r.randint(0, max(0, (ctx.date - covid_start).days)))
            else:
                d = ctx.date - timedelta(days=r.randint(0, 3000))
            pairs.append((d, v))
        pairs.sort()
        chosen = [v for d, v in pairs]
        dates = [d for d, v in pairs]
        rows = []
        for (v, site), d in zip(chosen, dates):
            if maybe(r):
                rows.append("%s  %s  Batch %s  Exp %s  %s  Given by: %s" % (ddmmyyyy(d), v, _batch(r), (d + timedelta(days=r.randint(90, 500))).strftime("%m/%Y"), site,
                                                                         r.choice(["Practice Nurse", "HCA", "Pharmacist", "GP"]) + " " + r.choice(CLIN_SURNAMES)))
            else:
                rows.append("%s - %s (%s) %s" % (ddmmyyyy(d), v, site, r.choice(["", "[outside agency]", "[community pharmacy]", "consent verbal"])))
        blocks.append("\n".join(rows))
        if kind == "travel":
            blocks.append("Malaria advice: %s\nBite avoidance and food/water hygiene discussed." % r.choice(["atovaquone/proguanil - private Rx", "not required", "doxycycline 100 mg daily"]))
        if maybe(r, 0.4):
            blocks.append(r.choice(["Eligible for autumn booster.", "Pneumococcal: declined %s" % ddmmyyyy(ctx.date), "No reactions recorded.", "Next Shingrix due in 2 months."]))
    return scan_wrap(r, join_blocks(blocks), ctx, pages=False)


# ---------------- Registration ---------------------------------------------
def gen_registration_form(r):
    ctx = Ctx(r, 0, 90)
    pt = ctx.pt
    kind = r.choice(["gms1", "gms1", "newpt", "hospital"])
    blocks = []
    if kind == "gms1":
        blocks.append(r.choice(["GMS1", "Family Doctor Services Registration (GMS1)", "GP REGISTRATION FORM", "Registering with a GP surgery"]))
        blocks.append("Patient's details - please complete in BLOCK CAPITALS and tick as appropriate")
        blocks.append("\n".join(["Surname: %s" % pt.surname.upper(), "First names: %s" % (pt.first + " " + pt.middle).strip().upper(), "Previous surname(s): %s" % r.choice(["", "N/A", r.choice(SURNAMES).upper()]),
                                 "Title: %s   [%s] Male  [%s] Female" % (pt.title, "x" if pt.sex == "M" else " ", "x" if pt.sex == "F" else " "),
                                 "Date of birth: %s   NHS No: %s" % (ddmmyyyy(pt.dob), pt.nhs if maybe(r, 0.7) else ""), "Town and country of birth: %s" % r.choice(["%s, UK" % pt.town, "Lagos, Nigeria", "Krakow, Poland", "Leeds, England", "Karachi, Pakistan", "Dublin, Ireland"]),
                                 "Home address: %s" % pt.address, "Postcode: %s   Tel: %s" % (pt.postcode, pt.phone)]))
        blocks.append("Please help us trace your previous medical records by providing the following information\nPrevious address in UK: %s\nName of previous doctor while at that address: %s\nAddress of previous doctor: %s" % (
            r.choice(["%d %s, %s" % (r.randint(1, 90), r.choice(STREETS), r.choice(TOWNS)[0]), "N/A"]), "Dr %s" % r.choice(CLIN_SURNAMES), r.choice(PRACTICES)))
        blocks.append("If you are returning from the armed forces: Service/Personnel number ______  Enlistment date ______")
        blocks.append("If you are registering a child under 5: [ ] I wish the child to be registered with the doctor named below for child health surveillance")
        blocks.append("NHS Organ Donor registration: [%s] I want to register my decision\nDo you wish to be a blood donor? [%s]" % (r.choice(["x", " "]), r.choice(["Yes", "No"])))
        blocks.append("Signature on behalf of patient: ______   Date: %s" % ddmmyyyy(ctx.date))
        blocks.append("For practice use: Registered with %s   Date: %s   HA code ______" % (ctx.gp, ddmmyyyy(ctx.date + timedelta(days=r.randint(0, 7)))))
    elif kind == "newpt":
        blocks.append(r.choice(["New Patient Questionnaire", "NEW PATIENT HEALTH QUESTIONNAIRE", "%s - New Patient Registration" % ctx.practice]))
        blocks.append("Name: %s   DOB: %s   Mobile: %s   Email: %s.%s@example.invalid" % (pt.full, ddmmyyyy(pt.dob), pt.phone, pt.first.lower(), pt.surname.lower()))
        blocks.append("Ethnicity: %s   Main language: %s   Interpreter needed: %s" % (r.choice(["White British", "Asian British - Indian", "Black British - Caribbean", "Mixed", "White - other", "Prefer not to say"]),
                                                                                   r.choice(["English", "Polish", "Urdu", "Romanian", "Welsh"]), r.choice(["No", "No", "Yes"])))
        blocks.append("Next of kin: %s %s (%s) %s" % (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES), r.choice(["spouse", "mother", "son", "friend"]), phone(r)))
        blocks.append("Height: %d cm  Weight: %d kg\nSmoking: %s\nAlcohol units per week: %s\nExercise: %s" % (r.randint(150, 195), r.randint(45, 130), r.choice(["never", "ex-smoker", "%d/day" % r.randint(2, 30), "vape"]),
                                                                                                           r.choice(["0", "1-7", "8-14", "15-30", ">30"]), r.choice(["none", "1-2 times a week", "daily"])))
        blocks.append("Current medical conditions: %s\nRegular medication: %s\nAllergies: %s" % (", ".join(ctx.pmh) or "none",
                                                                                                   ", ".join(m[0] + " " + m[1] for m in ctx.meds[:4]) or "none", ctx.allergy))
        blocks.append("Carer: %s   Armed forces veteran: %s" % (r.choice(["No", "Yes - for mother", "I have a carer"]), r.choice(["No", "Yes"])))
        if maybe(r, 0.5):
            blocks.append("Consent to share Summary Care Record with additional information: [%s] Yes  [ ] No" % r.choice(["x", " "]))
        blocks.append("Online access (NHS App) requested: %s   Signed ______  %s" % (r.choice(["Yes", "No"]), ddmmyyyy(ctx.date)))
    else:
        blocks.append(r.choice(["Patient Registration - PAS", "HOSPITAL PATIENT REGISTRATION", "Patient Details Form", "Demographics update form"]))
        blocks.append(ctx.hospital)
        blocks.append("\n".join(["Hospital number: %s" % pt.mrn, "NHS number: %s (verified via PDS: %s)" % (pt.nhs, r.choice(["Y", "N"])), "Surname: %s" % pt.surname, "Forename: %s" % pt.first,
                                 "DOB: %s   Sex: %s" % (ddmmyyyy(pt.dob), pt.sex), "Address: %s, %s" % (pt.address, pt.postcode), "Tel: %s" % pt.phone,
                                 "Registered GP: %s, %s" % (ctx.gp, ctx.practice), "Religion: %s" % r.choice(["C of E", "Roman Catholic", "Muslim", "None", "Sikh", "Not stated"]),
                                 "NOK: %s %s, %s, %s" % (r.choice(FIRST_F + FIRST_M), r.choice(SURNAMES), r.choice(["wife", "husband", "daughter", "son"]), phone(r)),
                                 "Overseas visitor status: %s" % r.choice(["Ordinarily resident", "Exempt", "Chargeable - refer to OVM team"]),
                                 "Registered by: %s  %s" % (r.choice(["Reception", "ED clerk", "Ward clerk"]), ddmmyyyy(ctx.date))]))
    return scan_wrap(r, join_blocks(blocks), ctx, pages=False)


# ---------------- Insurance card ---------------------------------------------
INSURERS = [("Brightmere Health", "0800 0%06d"), ("Albion Medical Assurance", "0345 0%06d"), ("Harbourline Healthcare", "0800 8%06d"),
            ("Saxonford Private Medical", "0333 0%06d"), ("Kestrel Vale Health Insurance", "0800 2%06d"), ("Northlight Health Cover", "0345 6%06d")]


def gen_insurance_card(r):
    ctx = Ctx(r, 0, 85)
    pt = ctx.pt
    ins, ph = r.choice(INSURERS)
    tel = ph % r.randint(0, 999999)
    mem = "%s%08d" % ("".join(w[0] for w in ins.split()[:2]).upper(), r.randint(0, 99999999))
    start = ctx.date - timedelta(days=r.randint(0, 300))
    blocks = []
    if maybe(r, 0.6):
        blocks.append(r.choice(["COPY OF MEMBERSHIP CARD", "[Scanned: insurance card - front]", "Private patient - insurance details (copy)", "Photocopy of card attached"]))
    front = [ins.upper() if maybe(r) else ins]
    if maybe(r, 0.5):
        front.append(r.choice(["Private Medical Insurance", "Membership Card", "Health Plan", "Corporate Healthcare Scheme"]))
    front.append("Member: %s" % (pt.formal.upper() if maybe(r) else pt.full))
    front.append("%s: %s" % (r.choice(["Membership no", "Member No.", "Policy number"]), mem))
    if maybe(r, 0.7):
        front.append("Scheme: %s" % r.choice(["%s Corporate" % r.choice(["Fenmoor Logistics Ltd", "Wexcombe Borough Council", "Thornvale Engineering plc"]), "Personal Plan", "Comprehensive", "Core + Outpatient 1000"]))
    if maybe(r, 0.6):
        front.append("Valid from %s to %s" % (start.strftime("%m/%y"), (start + timedelta(days=365)).strftime("%m/%y")))
    if maybe(r, 0.5):
        front.append("Excess: £%d" % r.choice([0, 100, 150, 250, 500]))
    if maybe(r, 0.4):
        front.append("Date of birth: %s" % ddmmyyyy(pt.dob))
    blocks.append("\n".join(front))
    if maybe(r, 0.75):
        back = [r.choice(["[Back of card]", "REVERSE", "--- reverse ---"])]
        back.append("Claims & pre-authorisation: %s" % tel)
        back += pick(r, ["Please call us before any treatment to check your cover.", "24-hour GP line: %s" % (ph % r.randint(0, 999999)),
                         "Mental health support line available 24/7.", "This card remains the property of %s and must be returned on request." % ins,
                         "Not valid for NHS treatment.", "Hospital list: %s" % r.choice(["Key", "Extended", "Partnership"]),
                         "Authorisation code required for all outpatient consultations."], r.randint(1, 4))
        blocks.append("\n".join(back))
    if maybe(r, 0.4):
        blocks.append("Auth no: %s  obtained %s by %s (private patients office)" % (r.randint(1000000, 9999999), ddmmyyyy(ctx.date), r.choice(FIRST_F)))
    return scan_wrap(r, join_blocks(blocks), None, pages=False)


# ---------------- Nursing notes ---------------------------------------------
def gen_nursing_note(r):
    ctx = Ctx(r, 18, 99)
    pt = ctx.pt
    kind = r.choice(["eval", "eval", "obs", "careplan", "risk", "fluid"])
    blocks = []
    nurse = "%s %s" % (r.choice(FIRST_F + FIRST_M), r.choice(CLIN_SURNAMES))
    grade = r.choice(["RN", "SN", "Staff Nurse", "Sister", "Charge Nurse", "HCA", "Student Nurse (countersigned)", "Band 5 RN"])
    if kind == "eval":
        blocks.append(title_or_none(r, ["Nursing notes", "Nursing Evaluation", "Nursing record", "Shift evaluation"], 0.4))
        if maybe(r, 0.6):
            blocks.append(header_block(r, ctx, style=r.choice([1, 3]), fields=("name", "mrn")))
        for _ in range(r.randint(1, 3) if maybe(r, 0.7) else r.randint(4, 8)):
            shift = r.choice(["Day", "Night", "Early", "Late", "LD", "N"])
            d = ctx.date + timedelta(days=r.randint(0, 4))
            ent = ["%s %s %s" % (ddmmyyyy(d), hhmm(r), r.choice(["", "(%s)" % shift]))]
            ent.append(r.choice(["Pt settled overnight, slept in short naps.", "Pt alert and orientated, pleasant on approach.", "Pt remains confused at times, reorientated frequently.",
                                 "Pt c/o pain %d/10 to %s, PRN analgesia given with good effect." % (r.randint(3, 8), r.choice(["abdomen", "L hip", "back", "wound site"])),
                                 "Pt low in mood today, time spent talking.", "Pt independent with ADLs; walked to bathroom with frame and supervision."]))
            ent.append("Obs: " + obs_text(r, obs_set(r, maybe(r, 0.2)), 1).replace("Obs: ", "") + ", NEWS %d" % r.randint(0, 5))
            ent.append(r.choice(["Diet: eating 1/2 of meals, encouraged.", "Tolerating diet and fluids well.", "NBM for theatre from 02:00, IVI running.", "Food chart commenced.", "Pureed diet level 4 as per SALT."]))
            ent.append(r.choice(["PU x3 via urinal, fluid balance positive.", "Catheter draining well, clear urine.", "BNO x3 days - laxatives given.", "BO type 6 stool x2, sample sent.", "Incontinent of urine x1, pad changed, skin intact."]))
            ent.append(r.choice(["Pressure areas intact, 2-hourly repositioning.", "Skin bundle in place, sacrum blanching erythema.", "Grade 2 PU L heel - TVN referral done, dressings applied.", "Waterlow %d - air mattress in situ." % r.randint(10, 25)]))
            if maybe(r, 0.5):
                ent.append(r.choice(["Family visited and updated.", "Daughter phoned, updated with pt consent.", "Dr informed of BP %d/%d - to review." % (r.randint(80, 95), r.randint(40, 60)),
                                     "IV abx given as prescribed.", "Cannula R hand, VIP 0, dated.", "Bed rails risk assessment - not required.", "Call bell within reach."]))
            ent.append("%s %s" % (nurse if maybe(r) else nurse.split()[0][0] + ". " + nurse.split()[1], grade))
            blocks.append("\n".join(ent) if maybe(r) else " ".join(ent))
    elif kind == "obs":
        blocks.append(r.choice(["NEWS2 Observation Chart", "OBSERVATION CHART", "Vital signs record", "Obs chart (printout)"]))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "mrn")) + "\nWard: %s   Scale: %s" % (ctx.ward, r.choice(["1", "1", "2 (target 88-92%)"])))
        rows = ["Date/Time          RR  SpO2  O2     BP       HR   ACVPU  Temp  NEWS  Init"]
        t = datetime(ctx.date.year, ctx.date.month, ctx.date.day, r.randint(0, 6), 0)
        for _ in range(r.randint(4, 12)):
            o = obs_set(r, maybe(r, 0.25))
            rr_, news = o["rr"], r.randint(0, 7)
            rows.append("%s  %3d  %3d   %-6s %3d/%-3d  %3d  %-5s  %4.1f  %3d   %s" % (t.strftime("%d/%m/%Y %H:%M"), rr_, o["sats"], o["o2"][:6], o["sbp"], o["dbp"], o["hr"],
                                                                             r.choice(["A", "A", "A", "C", "V"]), o["temp"], news, "".join(r.choice("ABCDEFGHJKLMNPRS") for _ in range(2))))
            t += timedelta(hours=r.choice([1, 2, 4, 4, 6]))
        blocks.append("\n".join(rows))
        if maybe(r, 0.6):
            blocks.append(r.choice(["NEWS >= 5: escalated to nurse in charge and FY1 at %s." % hhmm(r), "Obs frequency increased to hourly.", "Pain scores recorded separately.",
                                    "BM %s mmol/L pre-breakfast" % round(r.uniform(3.5, 18), 1)]))
    elif kind == "careplan":
        cp = r.choice([("Falls", ["Bed in lowest position", "Call bell within reach", "Non-slip socks", "Bay nursing / cohort", "Lying and standing BP", "Walking aid within reach"]),
                       ("Pressure ulcer prevention (SSKIN)", ["Surface: dynamic air mattress", "Skin inspection each shift", "Keep moving: 2-hourly turns", "Incontinence: barrier cream", "Nutrition: MUST score and dietitian"]),
                       ("Nutrition", ["MUST score %d" % r.randint(1, 4), "Weekly weight", "Food and fluid chart", "Red tray", "Supplement drinks BD", "Dietitian referral"]),
                       ("Catheter care (CAUTI)", ["Reason for catheter documented", "Daily meatal hygiene", "Bag below bladder level", "Review need daily - TWOC planned"]),
                       ("Delirium", ["Orientation aids (clock, calendar)", "Glasses/hearing aids in use", "Avoid bed moves", "Sleep hygiene", "This is Me document completed"])])
        blocks.append(r.choice(["Nursing Care Plan: %s" % cp[0], "CARE PLAN - %s" % cp[0].upper(), "Individualised care plan (%s)" % cp[0]]))
        blocks.append(header_block(r, ctx, fields=("name", "mrn")))
        blocks.append("Identified need: %s   Date: %s" % (r.choice(["at risk", "high risk", "actual problem"]), ddmmyyyy(ctx.date)))
        blocks.append("Goal: %s" % r.choice(["Patient will remain free from harm during admission.", "Maintain skin integrity.", "Maintain adequate nutritional intake.", "Minimise risk of infection."]))
        blocks.append("Interventions:\n" + "\n".join("[ ] %s" % x for x in pick(r, cp[1], r.randint(3, len(cp[1])))))
        blocks.append("Evaluated: %s - %s   %s %s" % (ddmmyyyy(ctx.date + timedelta(days=r.randint(1, 5))), r.choice(["ongoing", "goal met", "continue", "reviewed, no change"]), nurse, grade))
    elif kind == "risk":
        blocks.append(r.choice(["Nursing Admission Assessment", "Admission risk assessments", "Nursing assessment on admission"]))
        blocks.append(header_block(r, ctx))
        blocks.append("\n".join(["Admitted from: %s   Time: %s" % (r.choice(["ED", "home", "AMU", "theatres"]), hhmm(r)),
                                 "Waterlow: %d" % r.randint(5, 28), "MUST: %d" % r.randint(0, 4), "Falls risk (FRAT): %s" % r.choice(["low", "medium", "high"]),
                                 "VTE assessed by medics: %s" % r.choice(["Y", "N"]), "Moving & handling: %s" % r.choice(["independent", "1 + frame", "2 + hoist"]),
                                 "Cognition: %s" % r.choice(["no concerns", "known dementia", "4AT %d" % r.randint(0, 8)]), "Property: %s" % r.choice(["glasses, phone", "dentures (upper)", "hearing aid L", "wallet - sent home with son"]),
                                 "ID band x2 applied, allergy band: %s" % ("red" if "NKDA" not in ctx.allergy and "No known" not in ctx.allergy and "Nil" not in ctx.allergy else "n/a"),
                                 "MRSA screen: sent  CPE screen: %s" % r.choice(["sent", "not indicated"])]))
        blocks.append("Completed by %s, %s" % (nurse, grade))
    else:
        blocks.append(r.choice(["Fluid Balance Chart", "24 HOUR FLUID BALANCE", "Input/Output chart"]))
        blocks.append(header_block(r, ctx, fields=("name", "mrn")) + "   Date: %s" % ddmmyyyy(ctx.date))
        rows = ["Time   Oral   IV          Urine   Other"]
        ti, to = 0, 0
        for h in range(8, 32, r.choice([2, 3, 4])):
            o = r.choice([0, 0, 100, 150, 200, 250])
            iv = r.choice([0, 0, 125, 250])
            u = r.choice([0, 0, 50, 100, 150, 200, 300])
            ti += o + iv
            to += u
            rows.append("%02d:00  %4d   %4d        %4d    %s" % (h % 24, o, iv, u, r.choice(["", "", "", "vomit 100", "NG 50"])))
        blocks.append("\n".join(rows))
        blocks.append("Total in: %d mL   Total out: %d mL   Balance: %+d mL" % (ti, to, ti - to))
        blocks.append(r.choice(["Target: positive balance", "Fluid restriction 1.5 L/24h", "Urine output < 0.5 mL/kg/h - Dr aware", "Encourage oral fluids"]) + "  " + nurse)
    return scan_wrap(r, join_blocks(blocks), ctx, pages=False)


# ---------------- ED notes ---------------------------------------------------
ED_PRESENTATIONS = [
    ("fall", "Fall at home, ?hip injury", "tripped over rug, landed on R side. No head injury, no LOC. Not on anticoagulants.", "R wrist tender distal radius, NV intact", "Colles' fracture R wrist", "Manipulated under haematoma block, backslab. Fracture clinic 1/52."),
    ("head", "Head injury", "hit head on cupboard, brief LOC ?10 sec. On apixaban. 1 vomit.", "GCS 15, 3 cm laceration occiput, no focal neuro", "Head injury on DOAC", "CT head within 8 h per NICE - NAD. Wound glued. Head injury advice."),
    ("cp", "Chest pain", "central chest tightness at rest 40 min, radiating to jaw.", "HS normal, chest clear", "?ACS", "ECG, serial troponin. Aspirin 300 mg given. Referred to medics."),
    ("abdo", "Abdominal pain", "RIF pain 24 h, vomited x2, anorexic.", "tender RIF, guarding, Rovsing's +ve", "?appendicitis", "IV access, bloods, analgesia, NBM. Referred to surgical SHO."),
    ("sob", "SOB", "3 days worsening SOB and productive cough. Known COPD.", "wheeze throughout, RR 26", "IECOPD", "Back-to-back nebs, pred 30 mg, doxy. ABG. Referred to medics."),
    ("ankle", "Injured ankle", "inversion injury playing 5-a-side football.", "swelling lateral malleolus, able to weight bear 4 steps, Ottawa negative", "Ankle sprain", "RICE advice, analgesia, discharged with leaflet."),
    ("alcohol", "Intoxicated", "found on street by police, smells of alcohol.", "GCS 13 improving, no head injury visible", "Alcohol intoxication", "Observed, GCS 15 at 04:00. Alcohol liaison referral. Discharged with friend."),
    ("lac", "Laceration", "cut L hand on kitchen knife.", "2 cm lac thenar eminence, FDP/FDS intact, sensation intact", "Simple hand laceration", "Washed out, 3 x 5/0 Ethilon. ROS 10 days at practice nurse."),
    ("uti", "Confusion/?UTI", "NH resident, 2 days increased confusion, urine offensive.", "dry mucous membranes, suprapubic tenderness", "?urosepsis", "Sepsis 6. IV gent per trust guideline. Referred to medics."),
    ("child", "Febrile child", "2-year-old, fever 39 for 2 days, coryza, eating less.", "red bulging L TM, no rash, CRT < 2 s", "Acute otitis media", "Traffic light green. Calpol/ibuprofen advice. Safety net given to mum."),
    ("dvt", "Swollen leg", "L calf swelling 5 days, recent long-haul flight.", "L calf 3 cm > R, tender", "?DVT", "Wells 2. D-dimer raised. Apixaban loading, DVT clinic tomorrow."),
    ("back", "Back pain", "acute LBP lifting boxes.", "paraspinal tenderness, SLR negative, perianal sensation intact, no retention", "Mechanical back pain", "Analgesia, advice, no red flags. GP if not improving."),
]


def gen_ed_note(r):
    pres = r.choice(ED_PRESENTATIONS)
    ctx = Ctx(r, 2, 4) if pres[0] == "child" else Ctx(r, 16, 96)
    pt = ctx.pt
    blocks = []
    arr = hhmm(r)
    title = title_or_none(r, ["Emergency Department Record", "A&E CASCARD", "ED Clinician Notes", "Emergency Department - Clinical Record", "A&E Notes", "ED attendance"], 0.25)
    blocks.append(title)
    blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs", "mrn")))
    meta = ["Arrived: %s %s" % (ddmmyyyy(ctx.date), arr), "Mode: %s" % r.choice(["Ambulance", "Walk-in", "Self", "Police", "HEMS"]),
            "Triage cat: %d (%s)" % (r.randint(2, 4), r.choice(["Manchester", "MTS"])), "Area: %s" % r.choice(["Majors", "Minors", "Resus", "Paeds ED", "UTC", "RAT"])]
    if maybe(r, 0.5):
        meta.append("Triage nurse: %s" % r.choice(CLIN_SURNAMES))
    blocks.append("   ".join(meta) if maybe(r) else "\n".join(meta))
    blocks.append("%s: %s" % (r.choice(["PC", "Presenting complaint", "Complaint"]), pres[1]))
    blocks.append("%s: %s %s" % (r.choice(["HPC", "Hx", "History"]), pres[2], r.choice(["", "No other symptoms.", "Took paracetamol at home.", "Pain %d/10." % r.randint(2, 10)])))
    if pres[0] != "child":
        blocks.append("PMH: %s\nDH: %s\nAllergies: %s" % (", ".join(ctx.pmh) or "nil", ", ".join(m[0].split(" (")[0] for m in ctx.meds) or "nil", ctx.allergy))
        if maybe(r, 0.5):
            blocks.append("SH: %s" % r.choice(["lives alone, independent", "lives with partner", "NH resident", "works as a %s" % r.choice(["plumber", "teacher", "delivery driver", "nurse"])]))
    else:
        blocks.append("Immunisations up to date. Born term. No PMH. NKDA. Lives with mum and dad.")
    o = obs_set(r, pres[0] in ("uti", "sob", "child"))
    blocks.append(r.choice(["O/E", "Exam", "Examination"]) + ": " + obs_text(r, o) + "\n" + pres[3])
    if maybe(r, 0.7):
        blocks.append("Ix: %s" % ", ".join(pick(r, ["ECG - SR, no ischaemic change", "VBG - lac 1.2", "Bloods sent", "BM 6.4", "Urine dip: leuc +++ nit +", "XR - see report",
                                                     "Trop T 9", "CXR - no consolidation", "bHCG neg", "D-dimer 1,240"], r.randint(1, 4))))
    blocks.append("%s: %s" % (r.choice(["Dx", "Impression", "Diagnosis", "Imp"]), pres[4]))
    blocks.append("%s: %s" % (r.choice(["Plan", "Mx", "Management"]), pres[5]))
    blocks.append("Disposal: %s   Time: %s" % (r.choice(["Discharged home", "Admitted - AMU", "Admitted - SAU", "Referred to specialty", "Discharged - GP f/u", "Fracture clinic", "Left before treatment complete"]), hhmm(r)))
    if maybe(r, 0.4):
        blocks.append(r.choice(["Safeguarding: no concerns.", "Safeguarding: child protection register checked - not known.", "Capacity: has capacity for this decision.",
                                "Info leaflet given. Advised to return if worse.", "4-hour breach: bed wait."]))
    blocks.append("Seen by: %s  %s" % (ctx.clinician(r.choice(["ST4 EM", "FY2", "ED SHO", "ENP", "ACP", "ED Consultant", "CT3 ACCS"])), hhmm(r)))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Transfer summary ------------------------------------------
def gen_transfer_summary(r):
    ctx = Ctx(r, 18, 96)
    pt, c = ctx.pt, ctx.cond
    kind = r.choice(["inter", "ward", "icu", "community"])
    other_trust, other_hosps = r.choice([t for t in TRUSTS if t[0] != ctx.trust])
    dest = {"inter": "%s (%s)" % (other_hosps[0], r.choice(["tertiary neurosurgery", "regional cardiac centre", "specialist burns unit", "vascular hub", "hepatobiliary unit"])),
            "ward": r.choice([w for w in WARDS if w != ctx.ward]),
            "icu": r.choice(["Ward 7B (step-down from ITU)", "HDU -> %s" % ctx.ward, "Critical Care Outreach handover: ITU to %s" % ctx.ward]),
            "community": r.choice(["%s Community Hospital - rehab bed" % r.choice(["Fenmoor", "Kettlewick", "Little Mardle"]), "Intermediate care unit", "Discharge to assess bed - %s Lodge" % r.choice(SURNAMES)])}[kind]
    title = title_or_none(r, ["Transfer Summary", "INTER-HOSPITAL TRANSFER FORM", "Patient Transfer Letter", "Ward Transfer Checklist", "Transfer of Care", "Step-down summary",
                              "Interhospital Transfer - Clinical Handover"], 0.15)
    blocks = [trust_header(r, ctx), title, header_block(r, ctx, fields=("name", "dob", "nhs", "mrn"))]
    blocks.append("From: %s, %s\nTo: %s\nDate of transfer: %s  %s" % (ctx.ward, ctx.hospital, dest, ddmmyyyy(ctx.date), hhmm(r)))
    if kind == "inter":
        blocks.append("Accepting clinician: %s (%s)   Referral ref: %s" % ("Dr %s" % r.choice(CLIN_SURNAMES), r.choice(["SpR", "Consultant"]), r.randint(10000, 99999)))
        blocks.append("Transfer: %s, escort: %s" % (r.choice(["blue-light ambulance", "routine ambulance", "critical care transfer team"]), r.choice(["anaesthetist + ODP", "RN", "none required"])))
    sbar = maybe(r, 0.5)
    if sbar:
        blocks.append("S - Situation:\n%d%s with %s, transferring for %s." % (pt.age, pt.sex, c["dx"][0].lower() + c["dx"][1:] if c["dx"][:2] != c["dx"][:2].upper() else c["dx"], r.choice(["specialist management", "ongoing rehabilitation", "step-down care", "bed capacity", "surgical intervention"])))
        blocks.append("B - Background:\nPresented with %s. PMH: %s." % (c["pc"], ", ".join(ctx.pmh) or "nil significant"))
        blocks.append("A - Assessment:\n%s\nCourse: %s" % (obs_text(r, obs_set(r, maybe(r, 0.3))), telegraphic(c["course"], " -> ")))
        blocks.append("R - Recommendation:\n" + "; ".join(c["plan"] + pick(r, ["daily bloods", "continue IV antibiotics until day 5", "PT/OT goals: transfers with 1", "weekly weight"], 2)))
    else:
        blocks.append("Reason for admission: %s\nDiagnosis: %s" % (c["pc"], c["dx"]))
        blocks.append("Summary: %s" % telegraphic(c["course"], r.choice(["; ", " / ", " -> "])))
        blocks.append("Current status: %s" % obs_text(r, obs_set(r)))
        blocks.append("Outstanding issues / plan: " + " // ".join(c["plan"]))
    if maybe(r, 0.3):
        tl = []
        evs = list(DS_DAY_EVENTS)
        r.shuffle(evs)
        for k in range(r.randint(3, 8)):
            tl.append("%s - %s" % (ddmmyyyy(ctx.date - timedelta(days=8 - k)), evs[k]))
        blocks.append("Admission timeline:\n" + "\n".join(tl))
    meds = [med_line(r, m, 0) for m in ctx.meds] + [med_line(r, find_med(n), 0) for n in c["new_meds"] if find_med(n)]
    if meds:
        blocks.append("Current medications (drug chart travels with patient):\n" + "\n".join(meds))
    checklist = ["Allergies: %s" % ctx.allergy,
                 "Infection status: MRSA %s, CPE %s, C. diff %s, COVID %s" % (r.choice(["neg", "pos - decolonisation", "pending"]), r.choice(["neg", "not screened"]), r.choice(["neg", "n/a"]), r.choice(["neg (LFT)", "PCR neg", "not tested"])),
                 "Resuscitation status: %s" % r.choice(["For CPR", "DNACPR - original form with patient", "ReSPECT in notes"]),
                 "Lines: %s" % r.choice(["PVC L forearm (day 2)", "PICC R arm", "none", "CVC R IJ - remove before transfer", "urinary catheter (inserted %s)" % ddmmyyyy(ctx.date - timedelta(days=r.randint(1, 6)))]),
                 "Mobility: %s" % r.choice(["independent", "1 + frame", "hoist", "bed-bound"]),
                 "Skin: %s" % r.choice(["intact", "grade 2 sacrum", "moisture lesion buttocks"]),
                 "Capacity: %s" % r.choice(["has capacity", "lacks capacity re discharge - DoLS applied", "fluctuating"]),
                 "Property: %s" % r.choice(["with patient", "none", "wedding ring, glasses"]),
                 "Next of kin informed: %s" % r.choice(["Yes", "Yes - daughter", "No - unable to contact"])]
    blocks.append("\n".join(pick(r, checklist, r.randint(4, len(checklist)))))
    blocks.append("Handover given by %s to %s at %s" % (r.choice(["%s (RN)" % r.choice(CLIN_SURNAMES), ctx.clinician("FY1")]), r.choice(["%s (RN)" % r.choice(CLIN_SURNAMES), "receiving team"]), hhmm(r)))
    return scan_wrap(r, join_blocks(blocks), ctx)


# ---------------- Provider orders -------------------------------------------
def gen_provider_orders(r):
    ctx = Ctx(r, 18, 96)
    pt = ctx.pt
    kind = r.choice(["drugchart", "drugchart", "radreq", "bloodreq", "fluids", "transfusion", "instructions"])
    blocks = []
    presc = "%s %s" % (r.choice(["Dr", "Dr", "Nurse Prescriber"]), r.choice(CLIN_SURNAMES))
    if kind == "drugchart":
        blocks.append(r.choice(["Inpatient Prescription and Administration Record", "DRUG CHART", "Medication chart - orders", "ePMA prescription list"]))
        blocks.append(header_block(r, ctx) + "\nWeight: %d kg   Ward: %s   Allergies: %s" % (r.randint(45, 130), ctx.ward, ctx.allergy))
        once = ["%s  %s  stat  given %s" % (x, ddmmyyyy(ctx.date), hhmm(r)) for x in pick(r, ["Furosemide 40 mg IV", "Ondansetron 4 mg IV", "Paracetamol 1 g PO",
                                                                                               "Co-amoxiclav 1.2 g IV", "Prednisolone 40 mg PO", "Magnesium sulfate 2 g IV over 20 min",
                                                                                               "Vitamin K 10 mg IV", "Pabrinex I+II 2 pairs IV"], r.randint(0, 2))]
        if once:
            blocks.append("ONCE ONLY:\n" + "\n".join(once))
        reg = []
        for m in pick(r, MEDS, r.randint(3, 9)):
            times = {"OD": "08", "OM": "08", "BD": "08 / 18", "TDS": "08 / 14 / 22", "QDS": "06 / 12 / 18 / 22", "ON": "22"}.get(m[4].split()[0], "08")
            reg.append("%-36s %-14s %-5s %-18s start %s  %s" % ((m[0] + " " + m[3])[:36], m[4][:14], r.choice(["PO", "PO", "IV", "SC", "INH", "PR"]) if m[2] != "injection" else "SC",
                                                            times, ddmmyyyy(ctx.date), presc))
        blocks.append("REGULAR:\n" + "\n".join(reg))
        prn = pick(r, ["Paracetamol 1 g PO/IV 4-6 hourly max 4 g/24h - pain/fever", "Oramorph 2.5-5 mg PO 2-hourly - pain", "Cyclizine 50 mg PO/IV/IM 8-hourly - nausea",
                       "Salbutamol 2.5 mg NEB 4-hourly - wheeze", "Senna 15 mg PO ON - constipation", "Lorazepam 0.5 mg PO max 2 mg/24h - agitation",
                       "GTN spray 2 puffs SL - chest pain", "Glucogel 1 tube PO - BM < 4"], r.randint(2, 4))
        blocks.append("AS REQUIRED:\n" + "\n".join(prn))
        blocks.append("VTE: %s" % r.choice(["Enoxaparin 40 mg SC 18:00", "Dalteparin 5,000 units SC OD", "Contraindicated - active bleeding", "Already anticoagulated", "TEDS only"]))
        if maybe(r, 0.5):
            blocks.append("Oxygen: target sats %s via %s" % (r.choice(["94-98%", "88-92%"]), r.choice(["nasal cannulae", "venturi", "any device"])))
        if maybe(r, 0.4):
            blocks.append("Antimicrobial review date: %s  Indication: %s" % (ddmmyyyy(ctx.date + timedelta(days=2)), r.choice(["CAP", "UTI", "cellulitis", "intra-abdominal sepsis"])))
    elif kind == "radreq":
        blocks.append(r.choice(["Radiology Request", "IMAGING REQUEST FORM", "Request for X-ray / Imaging examination", "Order: Radiology"]))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "mrn", "nhs")))
        ex = r.choice(["CT head non-contrast", "XR chest (portable)", "US abdomen", "CT abdomen/pelvis (portal venous)", "MRI lumbar spine", "CTPA", "XR L hip + pelvis", "US renal tract"])
        blocks.append("Examination requested: %s\nUrgency: %s\nPregnant? %s   eGFR: %s   Metformin: %s" % (ex, r.choice(["Routine", "Urgent", "Within 1 h", "Next list"]),
                                                                                                 r.choice(["N/A", "No", "LMP %s" % ddmmyyyy(ctx.date - timedelta(days=r.randint(5, 25)))]), r.randint(25, 90), r.choice(["Y", "N"])))
        blocks.append("Clinical details / question to be answered: %s" % r.choice(["?PE - Wells 5, D-dimer raised", "fall on DOAC - ?bleed", "deranged LFTs ?obstruction",
                                                                                   "?collection day 5 post hemicolectomy", "red flag back pain, ?cord compression", "post line insertion - tip position?"]))
        blocks.append("Mobility: %s   Oxygen: %s   Infection risk: %s" % (r.choice(["walking", "chair", "bed"]), r.choice(["No", "2L"]), r.choice(["none", "MRSA"])))
        blocks.append("IR(ME)R referrer: %s   Bleep %d   %s" % (ctx.clinician(r.choice(["FY1", "FY2", "ST3"])), r.randint(1000, 4999), ddmmyyyy(ctx.date)))
        if maybe(r, 0.5):
            blocks.append("Justified by: %s (Radiographer)   Protocol: %s" % (r.choice(CLIN_SURNAMES), r.choice(["standard", "CTPA", "non-con", "with contrast"])))
    elif kind == "bloodreq":
        blocks.append(r.choice(["Pathology Request", "ICE Order - Blood Sciences", "Blood test request form", "Phlebotomy request"]))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs")))
        tests = pick(r, ["FBC", "U&E", "LFT", "CRP", "Bone profile", "Magnesium", "Coag screen", "G&S", "Crossmatch 2 units", "HbA1c", "Lipids", "TFT", "Ferritin/B12/folate",
                         "Troponin (0 and 3 h)", "Blood cultures", "Lactate", "Amylase", "Digoxin level (6 h post dose)", "Gentamicin level", "INR"], r.randint(2, 8))
        blocks.append("Tests:\n" + "\n".join("[x] " + t for t in tests))
        blocks.append("Clinical details: %s   Fasting: %s\nSample type: %s   Priority: %s" % (r.choice(["pyrexia", "pre-op", "on abx", "monitoring", "AKI", "chest pain"]), r.choice(["Y", "N"]),
                                                                                            r.choice(["SST + EDTA", "Citrate", "EDTA", "mixed"]), r.choice(["Routine", "Urgent", "Tomorrow AM bloods"])))
        blocks.append("Requested by: %s   Date/time: %s %s" % (ctx.clinician("FY1"), ddmmyyyy(ctx.date), hhmm(r)))
    elif kind == "fluids":
        blocks.append(r.choice(["IV Fluid Prescription Chart", "INTRAVENOUS FLUID PRESCRIPTION", "Fluid orders"]))
        blocks.append(header_block(r, ctx, fields=("name", "mrn")) + "   Wt %d kg" % r.randint(45, 120))
        rows = []
        for i in range(r.randint(1, 4)):
            rows.append("%d. %s  %s  over %s  %s" % (i + 1, r.choice(["0.9% sodium chloride", "Hartmann's", "0.18% NaCl/4% glucose + 20 mmol KCl", "5% glucose", "Plasma-Lyte 148", "0.9% NaCl + 40 mmol KCl"]),
                                                   r.choice(["500 mL", "1000 mL", "250 mL bolus"]), r.choice(["15 min", "4 h", "8 h", "10 h", "12 h"]), presc))
        blocks.append("\n".join(rows))
        blocks.append("Indication: %s   Review U&E: %s" % (r.choice(["maintenance", "resuscitation", "replacement - GI losses", "NBM"]), r.choice(["daily", "AM", "6 h"])))
    elif kind == "transfusion":
        blocks.append(r.choice(["Blood Component Prescription", "TRANSFUSION REQUEST & PRESCRIPTION", "Blood transfusion order"]))
        blocks.append(header_block(r, ctx))
        blocks.append("Indication: %s   Pre-transfusion Hb: %d g/L   Plt: %d" % (r.choice(["symptomatic anaemia", "GI bleed", "post-op anaemia", "MDS - regular transfusion"]), r.randint(55, 79), r.randint(20, 300)))
        blocks.append("Component: %s\nNumber of units: %d\nRate: %s\nSpecial requirements: %s" % (r.choice(["Red cells", "Platelets (1 ATD)", "FFP 15 mL/kg"]), r.randint(1, 3),
                                                                                                 r.choice(["over 2 h each", "over 3 h each", "over 30 min"]), r.choice(["none", "irradiated", "CMV negative", "HEV negative"])))
        blocks.append("Furosemide 20 mg PO with 2nd unit: %s   Consent for transfusion documented: Yes\nPrescriber: %s  %s" % (r.choice(["Yes", "No"]), presc, ddmmyyyy(ctx.date)))
    else:
        blocks.append(r.choice(["Medical Orders", "Post-op orders", "Admission orders", "Instructions for nursing staff", "Escalation plan and orders"]))
        blocks.append(header_block(r, ctx, fields=("name", "mrn")))
        blocks.append("\n".join("- " + x for x in pick(r, ["Obs 4-hourly (hourly if NEWS >= 5)", "Strict fluid balance", "Daily weights", "NBM from midnight for theatre", "Sips only",
                                                            "Free fluids, light diet", "Bed rest for 4 h then mobilise", "Neuro obs hourly x 12", "Capillary BM QDS + 03:00",
                                                            "Catheterise - hourly urine output", "Call doctor if SBP < 90 or UO < 30 mL/h", "Sit out in chair", "TWOC tomorrow AM",
                                                            "Remove drain if < 50 mL", "Cardiac monitoring", "Lying/standing BP daily", "Swallow screen before oral intake"], r.randint(4, 9))))
        blocks.append("Escalation: %s" % r.choice(["for full escalation", "ward-based ceiling of care", "for NIV but not intubation"]))
        blocks.append("%s  %s %s" % (ctx.clinician(r.choice(["FY1", "CT1", "ST3"])), ddmmyyyy(ctx.date), hhmm(r)))
    return scan_wrap(r, join_blocks(blocks), ctx, pages=False)


# ---------------- Discharge instructions ------------------------------------
LEAFLETS = [
    ("Advice after a head injury", [
        ("What to expect", ["You may have a mild headache, feel sick (without vomiting), dizzy or irritable for a few days.",
                            "Some people find it hard to concentrate or have trouble sleeping. These problems usually settle within 2 weeks."]),
        ("Things you should do", ["Have an adult stay with you for the first 24 hours.", "Rest and avoid stressful situations.", "Take paracetamol for headache - do not take sleeping tablets unless a doctor has said so."]),
        ("Things you should not do", ["Do not drink alcohol until you feel better.", "Do not play contact sports for at least 3 weeks.", "Do not drive until you feel you have fully recovered."]),
        ("Come straight back to A&E or call 999 if you have", ["unconsciousness or lack of full consciousness", "any confusion or drowsiness", "vomiting", "problems understanding or speaking",
                                                                  "weakness in one or more arms or legs", "clear fluid coming out of your ear or nose", "a fit (seizure)"])]),
    ("Going home after your laparoscopic (keyhole) surgery", [
        ("Pain", ["It is normal to have some pain in your tummy and shoulder tip for a few days.", "Take your painkillers regularly for the first 3-5 days."]),
        ("Your wounds", ["Your wounds are closed with dissolvable stitches and glue.", "You can shower after 48 hours; pat the wounds dry.", "Avoid baths and swimming for 2 weeks."]),
        ("Activity", ["Walk a little more each day.", "Avoid heavy lifting (more than a full kettle) for 4 weeks.", "Most people return to office work after 1-2 weeks."]),
        ("Driving", ["You should not drive until you can do an emergency stop without pain - usually 1-2 weeks. Check with your insurer."]),
        ("Contact the ward or your GP if", ["your wound becomes red, hot, swollen or leaks pus", "you have a temperature above 38C", "you cannot pass urine", "pain gets worse rather than better"])]),
    ("Caring for your plaster cast", [
        ("For the first 48 hours", ["Keep your arm raised above the level of your heart as much as possible.", "Move your fingers and thumb regularly to help the swelling go down."]),
        ("Looking after the cast", ["Keep the cast dry - use a cast protector or plastic bag when washing.", "Do not push anything down the cast to scratch.", "Do not cut or remove the cast yourself."]),
        ("Return to the Emergency Department if", ["your fingers become blue, white, very swollen or numb", "pain is increasing and not controlled by painkillers", "the cast feels too tight, cracked or soft",
                                                   "there is a bad smell or discharge from the cast"]),
        ("Fracture clinic", ["You will be contacted with an appointment for the Virtual Fracture Clinic within 72 hours."])]),
    ("After your colonoscopy", [
        ("Today", ["You may feel bloated or have wind pains - walking around helps.", "If you had sedation, a responsible adult must stay with you for 12 hours.",
                   "Do not drive, operate machinery, sign legal documents or drink alcohol for 24 hours after sedation."]),
        ("Eating and drinking", ["You can eat and drink normally unless told otherwise.", "If you had polyps removed, a small amount of blood in your stool is common for a few days."]),
        ("Results", ["Any biopsy results will be sent to you and your GP within 4-6 weeks."]),
        ("Seek help urgently if you have", ["severe tummy pain", "passing large amounts of blood", "a high temperature", "black tarry stools"])]),
    ("Going home after a chest infection (pneumonia)", [
        ("Recovery", ["It can take several weeks to feel back to normal.", "A cough may continue for up to 6 weeks and tiredness for longer."]),
        ("Your antibiotics", ["Please finish the full course of antibiotics even if you feel better."]),
        ("Helping yourself", ["Drink plenty of fluids.", "Stop smoking - ask your pharmacist about free support.", "Have your flu and pneumococcal vaccines."]),
        ("Follow-up", ["You may be asked to have a repeat chest X-ray in about 6 weeks."]),
        ("Get help if", ["you become more breathless", "you are coughing up blood", "you feel confused or very drowsy", "your temperature comes back"])]),
    ("Information for patients starting a blood thinner (anticoagulant)", [
        ("About your medicine", ["Take your tablet at the same time each day.", "Do not stop taking it unless your doctor tells you to.", "Carry your anticoagulant alert card at all times."]),
        ("Other medicines", ["Avoid anti-inflammatory painkillers such as ibuprofen and naproxen.", "Tell your dentist and pharmacist that you take a blood thinner."]),
        ("Bleeding", ["Minor bruising is common.", "Seek urgent help if you have black stools, vomit blood, blood in your urine or a severe headache, or after any significant head injury."])]),
    ("Going home after your hip fracture operation", [
        ("Exercises", ["Continue the exercises your physiotherapist has shown you three times a day.", "Use your walking frame at all times until advised otherwise."]),
        ("Preventing falls", ["Remove loose rugs and trailing wires.", "Wear well-fitting slippers or shoes.", "Use a night light."]),
        ("Your clips", ["Your clips need removing by the practice nurse on day %d after the operation."]),
        ("Blood clot prevention", ["You will need daily injections for 28 days; the nurse has shown you or your carer how to do these."]),
        ("Contact us if", ["your calf becomes painful or swollen", "you become short of breath", "your wound oozes or the leg becomes hot and red"])]),
    ("Advice after a sprained ankle", [
        ("For the first 48-72 hours (PRICE)", ["Protect the ankle from further injury.", "Rest, but keep gently moving the toes.", "Ice for 15-20 minutes every 2-3 hours (wrap the ice in a towel).",
                                                "Elevate the leg above hip level when sitting."]),
        ("After 72 hours", ["Start gentle walking as pain allows.", "Most sprains improve within 2 weeks but full recovery can take up to 8 weeks."]),
        ("See a doctor if", ["you cannot put any weight on the foot after 3 days", "the pain is getting worse", "the foot becomes cold or numb"])]),
    ("Looking after your urinary catheter at home", [
        ("Daily care", ["Wash around the catheter with soap and water once a day.", "Always wash your hands before and after touching the catheter or bag.", "Keep the drainage bag below the level of your bladder."]),
        ("Drinking", ["Aim to drink 1.5-2 litres of fluid a day unless your doctor has told you otherwise."]),
        ("Your district nurse", ["The district nurses have been asked to visit you within 48 hours."]),
        ("Call the district nurse or NHS 111 if", ["urine stops draining", "you have a fever or shivering", "there is blood or clots in the bag", "the catheter falls out"])]),
]


LEAFLET_GENERIC = [
    ("Pain relief at home", "Simple painkillers such as paracetamol work best when taken regularly. Always read the label and do not take more than the recommended dose. If you have been given stronger painkillers, these can make you constipated and drowsy, so drink plenty of fluids and do not drive while taking them."),
    ("Returning to work", "How soon you can return to work depends on the type of job you do. Most people with desk jobs can go back sooner than those with heavy manual work. The ward can provide a fit note for your first two weeks; after that please speak to your GP."),
    ("Washing and bathing", "You may shower as normal unless you have been told otherwise. Avoid soaking in a bath until your wound has fully healed. Use a clean towel and pat the area dry rather than rubbing."),
    ("Eating and drinking", "A healthy balanced diet with plenty of fruit, vegetables and fibre will help your recovery. Aim to drink around six to eight glasses of fluid each day unless you are on a fluid restriction."),
    ("Travel and holidays", "If you are planning to fly within the next six weeks, please ask your doctor for advice first, as there may be an increased risk of blood clots after a stay in hospital."),
    ("Sex and relationships", "You can resume sexual activity when you feel comfortable to do so. If you have any worries please talk to your GP or the specialist nurse."),
    ("Smoking", "Stopping smoking will speed up your recovery and reduce the risk of complications. Free help is available from your local stop smoking service or your community pharmacy."),
    ("Your feedback", "We would like to hear about your experience. You may receive a text message asking you to complete the Friends and Family Test. Compliments and concerns can also be raised with PALS (Patient Advice and Liaison Service)."),
    ("Fit note", "If you need a fit note (sick note) for your employer, please ask the nurse before you leave the ward."),
    ("Sick day rules", "If you become unwell with vomiting, diarrhoea or a fever and cannot keep fluids down, some medicines may need to be paused temporarily. Please check with your pharmacist or GP."),
]


def gen_discharge_instructions(r):
    ctx = Ctx(r, 16, 95)
    pt = ctx.pt
    title, sections = r.choice(LEAFLETS)
    blocks = []
    if maybe(r, 0.6):
        blocks.append(ctx.trust)
    if maybe(r, 0.2):
        blocks.append("Patient information")
    blocks.append(title if maybe(r, 0.85) else title.upper())
    if maybe(r, 0.5):
        blocks.append("Name: %s   Date of discharge: %s   Ward/Dept: %s" % (pt.full, ddmmyyyy(ctx.date), r.choice([ctx.ward, "Emergency Department", "Day Surgery Unit", "Fracture Clinic", "Endoscopy Unit"])))
    if maybe(r, 0.5):
        blocks.append(r.choice(["This leaflet explains how to look after yourself when you go home.", "Please read this information carefully and keep it somewhere safe.",
                                "We hope this leaflet answers some of the questions you may have. If you have any other questions, please ask a member of staff."]))
    secs = list(sections)
    if maybe(r, 0.3):
        secs = secs[: r.randint(2, len(secs))]
    for head, items in secs:
        items = [i % r.randint(10, 14) if "%d" in i else i for i in items]
        if maybe(r, 0.5):
            bul = r.choice(["- ", "\u2022 ", "* "])
            blocks.append("%s\n%s" % (head, "\n".join(bul + i for i in items)))
        else:
            blocks.append("%s\n%s" % (head.upper() if maybe(r, 0.3) else head, " ".join(i[0].upper() + i[1:] + ("" if i.endswith(".") else ".") for i in items)))
    if maybe(r, 0.45):
        for head, txt in pick(r, LEAFLET_GENERIC, r.randint(2, 6)):
            blocks.append("%s\n%s" % (head, txt))
    if maybe(r, 0.5):
        blocks.append("Your medicines: %s" % ", ".join(med_line(r, m, 1) for m in pick(r, MEDS, r.randint(1, 3))))
    if maybe(r, 0.5):
        blocks.append("Your follow-up: %s" % r.choice(["none needed", "GP review in 1 week", "clinic appointment will be posted to you", "telephone call from the nurse in 2 days",
                                                      "stitches out at your GP practice in 10 days"]))
    blocks.append("%s\n%s: %s (24 hours)\n%s" % (r.choice(["Contact details", "Who to contact", "Useful numbers"]), r.choice(["Ward", "Emergency Department", "Day Surgery Unit", "Nurse advice line"]),
                                              phone(r), r.choice(["For urgent advice out of hours call NHS 111. In an emergency dial 999.", "If you need urgent help, call NHS 111 or in an emergency 999.",
                                                                   "Outside these times contact NHS 111."])))
    if maybe(r, 0.6):
        blocks.append("Leaflet ref: %s-%03d   Version %d   Review date: %s" % (r.choice(["PIL", "PI", "ED", "SURG"]), r.randint(1, 500), r.randint(1, 6), (ctx.date + timedelta(days=r.randint(200, 900))).strftime("%m/%Y")))
    if maybe(r, 0.3):
        blocks.append("If you need this information in another language or format, please ask.")
    return scan_wrap(r, join_blocks(blocks), None)


# ---------------- Other -------------------------------------------------------
def gen_other(r):
    ctx = Ctx(r, 1, 95)
    pt = ctx.pt
    kind = r.choice(["fax", "tearoff", "food", "physio", "invoice", "transport", "property"])
    blocks = []
    if kind == "fax":
        blocks.append(r.choice(["FAX", "FACSIMILE TRANSMISSION", "Fax cover sheet", "SAFE HAVEN FAX"]))
        blocks.append("To: %s\nFax: %s\nFrom: %s\nFax: %s\nTel: %s\nDate: %s\nPages (including cover): %d" % (
            r.choice([ctx.practice, "%s pharmacy" % ctx.hospital, "District Nursing Team", "Medical Records", "Dr %s's secretary" % r.choice(CLIN_SURNAMES)]), phone(r),
            r.choice(["%s - %s" % (ctx.ward, ctx.hospital), ctx.practice, "Discharge Lounge", "Pharmacy Dept"]), phone(r), phone(r), ddmmyyyy(ctx.date), r.randint(1, 8)))
        blocks.append("Re: %s" % r.choice(["patient details as attached", "TTO", "repeat prescription request", "urgent - please action today", "results"]))
        if maybe(r, 0.6):
            blocks.append(r.choice(["Please confirm receipt by telephone.", "Message: please see attached for your records.", "Comments: FAO duty doctor."]))
        blocks.append("CONFIDENTIALITY NOTICE: The information in this fax is confidential and intended only for the named recipient. If received in error please telephone the sender and destroy the document.")
    elif kind == "tearoff":
        blocks.append(r.choice(["Please detach and return this slip", "- - - - - - - - - - - - cut here - - - - - - - - - - - -", "REPLY SLIP", "Appointment confirmation"]))
        blocks.append("Patient: %s   Hosp no: %s" % (pt.full, pt.mrn))
        blocks.append("Clinic: %s   Date: %s   Time: %s" % (r.choice(["Cardiology", "Fracture Clinic", "Diabetes Eye Screening", "Audiology", "Orthoptics", "Dermatology"]),
                                                         ddmmyyyy(ctx.date + timedelta(days=r.randint(7, 90))), hhmm(r)))
        blocks.append("[ ] I will attend this appointment\n[ ] I cannot attend - please offer another date\n[ ] I no longer require this appointment")
        blocks.append("Signed ______  Date ______  Contact no. ______")
        if maybe(r, 0.6):
            blocks.append("Return to: Outpatient Bookings, %s, Freepost %s%04d" % (ctx.hospital, r.choice(["RTKX", "RRZB", "WXAB"]), r.randint(0, 9999)))
    elif kind == "food":
        blocks.append(r.choice(["Food Record Chart", "FOOD AND FLUID CHART", "Nutrition intake chart (3-day)"]))
        blocks.append("%s   Ward %s   Date %s" % (header_block(r, ctx, style=1, fields=("name", "mrn")), ctx.ward, ddmmyyyy(ctx.date)))
        rows = ["Meal          Food offered                         Amount eaten  Init"]
        for meal, foods in [("Breakfast", ["Porridge", "Weetabix + milk", "Toast x2 + butter", "Scrambled egg"]), ("Mid-am", ["Fortisip", "Biscuits", "Tea with sugar"]),
                            ("Lunch", ["Soup + roll", "Cottage pie + veg", "Fish in sauce, mash", "Sandwich (ham)"]), ("Pudding", ["Jelly + ice cream", "Rice pudding", "Sponge + custard"]),
                            ("Supper", ["Jacket potato + beans", "Macaroni cheese", "Soup"]), ("Snack", ["Malted milk drink", "Yoghurt"])]:
            if maybe(r, 0.85):
                rows.append("%-13s %-36s %-13s %s" % (meal, r.choice(foods), r.choice(["all", "3/4", "1/2", "1/4", "none", "refused", "2 mouthfuls"]), "".join(r.choice("ABCDEFGHJKLMNPRS") for _ in range(2))))
        blocks.append("\n".join(rows))
        blocks.append("Fluids total: %d mL   Supplements: %s   MUST: %d" % (r.randint(300, 2000), r.choice(["Fortisip BD", "none", "Ensure TDS"]), r.randint(0, 4)))
    elif kind == "physio":
        blocks.append(r.choice(["Physiotherapy Home Exercise Programme", "YOUR EXERCISES", "Physiotherapy Department - Exercise Sheet", "Knee exercises after your operation"]))
        blocks.append("Name: %s   Physio: %s %s   Tel: %s" % (pt.full, r.choice(FIRST_F + FIRST_M), r.choice(CLIN_SURNAMES), phone(r)))
        ex = pick(r, [("Static quads", "Lying with your leg straight, tighten the muscle on the front of your thigh and push the back of your knee down. Hold 5 seconds."),
                      ("Heel slides", "Lying on your back, slide your heel towards your bottom, bending your knee as far as comfortable. Slowly straighten."),
                      ("Straight leg raise", "Tighten your thigh, then lift your leg 10 cm off the bed. Hold 5 seconds and lower slowly."),
                      ("Ankle pumps", "Point your feet up and down briskly."),
                      ("Sit to stand", "From a firm chair, lean forward and stand up without using your hands if you can."),
                      ("Shoulder pendulum", "Lean forward supported on a table and let your arm hang. Gently swing it in small circles."),
                      ("Pelvic tilt", "Lying with knees bent, flatten your back into the bed by tightening your tummy muscles."),
                      ("Calf raises", "Holding a support, rise up onto your toes then lower slowly."),
                      ("Bridging", "Lying with knees bent, lift your bottom off the bed. Hold 5 seconds.")], r.randint(3, 6))
        for i, (n, d) in enumerate(ex, 1):
            blocks.append("%d. %s\n%s\nRepeat %d times, %d times a day." % (i, n, d, r.choice([5, 8, 10, 15]), r.choice([2, 3, 4])))
        blocks.append(r.choice(["Stop any exercise that causes sharp pain and let your physiotherapist know.", "Some discomfort is normal; ice may help afterwards.", "Bring this sheet to your next appointment."]))
    elif kind == "invoice":
        blocks.append(r.choice(["INVOICE", "Private Patients - Invoice", "Overseas Visitors - Invoice for NHS Treatment", "Statement of account"]))
        blocks.append("%s\nPrivate Patients Office, %s\nVAT reg no: %d %04d %02d" % (ctx.trust, ctx.hospital, r.randint(100, 999), r.randint(0, 9999), r.randint(0, 99)))
        blocks.append("Invoice no: INV%07d   Date: %s\nBill to: %s, %s %s\nPatient: %s   Hospital no: %s" % (r.randint(0, 9999999), ddmmyyyy(ctx.date), pt.formal, pt.address, pt.postcode, pt.full, pt.mrn))
        items = pick(r, [("Outpatient consultation (new)", 250), ("Outpatient consultation (follow-up)", 160), ("MRI scan - one area", 560), ("Day case - cataract (left eye)", 2450),
                         ("Bed day - ward", 680), ("Blood tests (profile)", 95), ("Physiotherapy session", 75), ("CT abdomen/pelvis", 640), ("ED attendance", 290), ("Theatre fee", 1800)], r.randint(1, 5))
        tot = 0
        rows = ["Description                               Qty   Amount"]
        for d, p in items:
            q = r.randint(1, 3) if "Bed" in d else 1
            rows.append("%-40s %3d   £%.2f" % (d, q, p * q))
            tot += p * q
        blocks.append("\n".join(rows))
        blocks.append("TOTAL DUE: £%.2f\nPayment terms: %d days. Pay by BACS sort code 99-%02d-%02d account %08d, quoting invoice number." % (tot, r.choice([14, 28, 30]), r.randint(0, 99), r.randint(0, 99), r.randint(0, 99999999)))
        if maybe(r, 0.4):
            blocks.append("Insurer: %s, policy %s (excess payable by patient)" % (r.choice(INSURERS)[0], r.randint(10000000, 99999999)))
    elif kind == "transport":
        blocks.append(r.choice(["Patient Transport Booking", "NON-EMERGENCY PATIENT TRANSPORT REQUEST", "Transport booking form"]))
        blocks.append(header_block(r, ctx, fields=("name", "dob", "nhs", "addr")))
        blocks.append("Journey: %s -> %s\nDate: %s   Ready time: %s\nMobility: %s\nEscort: %s   Oxygen: %s\nBooking ref: %s" % (
            ctx.hospital, r.choice(["home", "%s Care Home" % r.choice(SURNAMES), ctx.hospital]), ddmmyyyy(ctx.date), hhmm(r),
            r.choice(["walker (W1)", "chair (C1)", "stretcher (S)", "wheelchair own"]), r.choice(["No", "Yes - wife"]), r.choice(["No", "2 L"]), "PTS%06d" % r.randint(0, 999999)))
        blocks.append("Booked by: %s, ward clerk" % r.choice(FIRST_F))
    else:
        blocks.append(r.choice(["Patient Property Record", "PATIENTS' PROPERTY AND VALUABLES", "Property disclaimer"]))
        blocks.append(header_block(r, ctx, fields=("name", "mrn")) + "   Ward: %s" % ctx.ward)
        items = pick(r, ["Mobile phone (black) + charger", "Wallet containing £%d.%02d" % (r.randint(0, 80), r.randint(0, 99)), "Glasses (reading)", "Hearing aid (L)", "Upper denture",
                         "Yellow metal wedding band", "Walking stick", "Watch", "Handbag (brown)", "Bank card x2", "Keys"], r.randint(2, 6))
        blocks.append("\n".join("- " + i for i in items))
        blocks.append("Valuables sent to cashier's office: %s\nPatient signature ______ Staff signature ______ Witness ______  %s" % (r.choice(["Yes, envelope no. %d" % r.randint(1000, 9999), "No"]), ddmmyyyy(ctx.date)))
    return scan_wrap(r, join_blocks(blocks), ctx if kind != "physio" else None, pages=False)


# ----------------------------------------------------------------------------
GENERATORS = {
    "discharge_summary": gen_discharge_summary,
    "history_physical": gen_history_physical,
    "progress_note": gen_progress_note,
    "consult_note": gen_consult_note,
    "operative_note": gen_operative_note,
    "procedure_note": gen_procedure_note,
    "lab_report": gen_lab_report,
    "imaging_report": gen_imaging_report,
    "pathology_report": gen_pathology_report,
    "medication_list": gen_medication_list,
    "prescription": gen_prescription,
    "anesthesia_record": gen_anesthesia_record,
    "correspondence": gen_correspondence,
    "consent_form": gen_consent_form,
    "referral_letter": gen_referral_letter,
    "advance_directive": gen_advance_directive,
    "ecg_report": gen_ecg_report,
    "immunization_record": gen_immunization_record,
    "registration_form": gen_registration_form,
    "insurance_card": gen_insurance_card,
    "nursing_note": gen_nursing_note,
    "ed_note": gen_ed_note,
    "transfer_summary": gen_transfer_summary,
    "provider_orders": gen_provider_orders,
    "discharge_instructions": gen_discharge_instructions,
    "other": gen_other,
}


def tidy(text):
    lines = [ln.rstrip() for ln in text.split("\n")]
    out, blank = [], 0
    for ln in lines:
        if not ln.strip():
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return "\n".join(out).strip() + "\n"


def generate(seed, per_type):
    docs = []
    for label, fn in GENERATORS.items():
        seen = set()
        i = 0
        attempt = 0
        while i < per_type and attempt < per_type * 50:
            r = random.Random("%s|%s|%d" % (seed, label, attempt))
            attempt += 1
            text = tidy(fn(r))
            if text in seen:
                continue
            seen.add(text)
            docs.append({"id": "nhs-%s-s%s-%04d" % (label, seed, i), "label": label, "text": text})
            i += 1
    return docs


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args(argv)
    docs = generate(a.seed, a.per_type)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    stats = {}
    for d in docs:
        stats.setdefault(d["label"], []).append(len(d["text"].split()))
    print("%-24s %5s %8s %6s %6s" % ("label", "n", "avg_wds", "min", "max"), file=sys.stderr)
    for k, v in stats.items():
        print("%-24s %5d %8.1f %6d %6d" % (k, len(v), sum(v) / len(v), min(v), max(v)), file=sys.stderr)
    print("total %d documents -> %s" % (len(docs), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
