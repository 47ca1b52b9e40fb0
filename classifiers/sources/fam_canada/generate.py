#!/usr/bin/env python3
"""Synthetic clinical document generator -- Canadian provincial health region
(Ontario / British Columbia community hospitals and family practices, 2005-2023).

All people, places, institutions, identifiers and phone numbers are invented.
Standard library only.  Usage:
    python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime as dt
import json
import re
import random
import textwrap

TYPES = ["discharge_summary", "history_physical", "progress_note", "consult_note",
         "operative_note", "procedure_note", "lab_report", "imaging_report",
         "pathology_report", "medication_list", "prescription", "anesthesia_record",
         "correspondence", "consent_form", "referral_letter", "advance_directive",
         "ecg_report", "immunization_record", "registration_form", "insurance_card",
         "nursing_note", "ed_note", "transfer_summary", "provider_orders",
         "discharge_instructions", "other"]

# ----------------------------------------------------------------------------
# Invented reference data
# ----------------------------------------------------------------------------
MALE = ["James", "Robert", "Michael", "David", "Daniel", "Paul", "Kevin", "Brian", "Gordon",
        "Wayne", "Raymond", "Gerald", "Dennis", "Marcel", "Luc", "Andre", "Rajesh", "Harpreet",
        "Wei", "Jun", "Tomasz", "Antonio", "Giuseppe", "Manuel", "Ahmed", "Omar", "Kwame",
        "Douglas", "Stuart", "Clifford", "Trevor", "Darren", "Nathan", "Tyler", "Arjun", "Hiroshi",
        "Bernard", "Lloyd", "Keith", "Murray", "Ronald", "Sanjay", "Mehmet", "Pierre", "Ivan"]
FEMALE = ["Mary", "Linda", "Barbara", "Susan", "Karen", "Donna", "Carol", "Sharon", "Brenda",
          "Diane", "Lorraine", "Monique", "Sylvie", "Francine", "Priya", "Gurpreet", "Mei", "Ling",
          "Agnieszka", "Maria", "Lucia", "Fatima", "Amina", "Heather", "Tracy", "Kimberly", "Jessica",
          "Ashley", "Megan", "Doreen", "Gladys", "Irene", "Marjorie", "Evelyn", "Noreen", "Yvonne",
          "Sunita", "Anjali", "Rosa", "Elena", "Joan", "Beverley", "Shirley", "Nicole", "Hannah"]
SURN = ["MacKinnon", "Thibodeau", "Kowalczyk", "Ferreira", "Singh", "Grewal", "Chen", "Wong",
        "Lapointe", "Gagnon", "Morrison", "Fraser", "McAllister", "Bouchard", "Patel", "Sandhu",
        "Nguyen", "O'Brien", "Doucette", "Lindqvist", "Rossi", "Marchetti", "Haddad", "Okafor",
        "Szabo", "Petrenko", "Yamamoto", "Campbell", "Sutherland", "Beaulieu", "Hutchinson",
        "Dhillon", "Ramsay", "Kerr", "Van der Berg", "Dubois", "Ellison", "Pereira", "Lam",
        "Tremblay", "Whitfield", "Armstrong", "Boyd", "Caldwell", "Drummond", "Kaur", "Leblanc",
        "Novak", "Osei", "Pritchard", "Quinlan", "Rahman", "Stewart", "Tanaka", "Vaillancourt",
        "Wojcik", "Zhou", "Ahmadi", "Brennan", "Cormier", "Friesen", "Gill", "Hildebrand"]

REGIONS = {
    "ON": dict(prov="ON", provname="Ontario", plan="OHIP", area=["705", "905", "519", "613"],
               pc="KLNP",
               towns=["Port Elmsworth", "Hartsbridge", "Linden Falls", "Caldwell Bay", "Tamsworth",
                      "Greyston", "Millbrook Crossing", "Ashgrove"],
               hosp=["Grand Harbour Regional Health Centre", "St. Aldric's General Hospital",
                     "Linden Falls District Memorial Hospital", "Caldwell Bay Community Hospital",
                     "Tamsworth & District Health Centre"],
               tertiary="Queensford University Health Sciences Centre",
               clinics=["Linden Falls Family Health Team", "Harbourside Family Health Organization",
                        "Greyston Medical Associates", "Ashgrove Community Health Centre",
                        "Tamsworth Family Medicine Clinic"],
               lab=["Northway Medical Laboratories", "CommunityLab Diagnostics Inc."],
               img=["Harbourview Diagnostic Imaging", "Elmsworth X-Ray & Ultrasound"],
               home=["Home and Community Care Support Services - Lakeland", "Lakeland CCAC"],
               ltc=["Maplewood Manor", "Birchgrove Lodge Long-Term Care Home", "Heritage Pines LTC"],
               pharm=["Linden Falls Pharmacy", "Bayside Drug Mart", "Greyston Remedy Pharmacy"],
               privacy="PHIPA", college="CPSO", transfer="CritiCall-style Provincial Transfer Line"),
    "BC": dict(prov="BC", provname="British Columbia", plan="MSP", area=["250", "604", "778"],
               pc="V",
               towns=["Fraserbend", "Cedar Hollow", "Kinross Landing", "North Tamarack",
                      "Harrowgate Lake", "Silverdell", "Osprey Bay"],
               hosp=["Fraserbend Regional Hospital", "Cedar Hollow General Hospital",
                     "Kinross Landing Health Centre", "North Tamarack District Hospital",
                     "Harrowgate Lake Hospital"],
               tertiary="Pacific Crest University Hospital",
               clinics=["Cedar Hollow Medical Clinic", "Osprey Bay Family Practice",
                        "Silverdell Primary Care Network Clinic", "Fraserbend Community Health Clinic"],
               lab=["Coastal Range Laboratory Services", "Fraserbend Hospital Laboratory"],
               img=["Osprey Bay Medical Imaging", "Cedar Hollow Diagnostic Centre"],
               home=["Coastal Interior Health - Home Health Services", "Fraserbend Community Home Health"],
               ltc=["Heron's Rest Care Home", "Silverdell Lodge", "Tamarack Gardens Residential Care"],
               pharm=["Kinross Apothecary", "Cedar Hollow Drugs", "Osprey Bay Pharmacy"],
               privacy="FIPPA/PIPA", college="CPSBC", transfer="Patient Transfer Network"),
}
STREETS = ["Maple", "King", "Queen", "Lakeshore", "Pine", "Birch", "Victoria", "Dundas", "Water",
           "Church", "Railway", "Mill", "Cedar", "Harbour", "Hemlock", "Orchard", "Ridge", "Sumac",
           "Bluewater", "Heritage", "Fir", "Douglas", "Marine", "Alder", "Glenmore"]
STYPES = ["St.", "Street", "Rd.", "Road", "Ave.", "Avenue", "Dr.", "Cres.", "Crescent", "Blvd.", "Lane", "Way"]

SPECIALTIES = {
    "Cardiology": "FRCPC", "Respirology": "FRCPC", "Internal Medicine": "FRCPC",
    "General Surgery": "FRCSC", "Orthopaedic Surgery": "FRCSC", "Endocrinology": "FRCPC",
    "Neurology": "FRCPC", "Gastroenterology": "FRCPC", "Urology": "FRCSC", "Psychiatry": "FRCPC",
    "Geriatric Medicine": "FRCPC", "Nephrology": "FRCPC", "Plastic Surgery": "FRCSC",
    "Infectious Diseases": "FRCPC", "Dermatology": "FRCPC", "Obstetrics and Gynaecology": "FRCSC",
    "Anaesthesia": "FRCPC", "Radiology": "FRCPC", "Pathology": "FRCPC", "Emergency Medicine": "CCFP(EM)",
    "Family Medicine": "CCFP", "Physical Medicine and Rehabilitation": "FRCPC",
}

# Lab catalogue: name -> (lo, hi, unit, decimals, display range)
LABS = {
    "Hemoglobin": (120, 160, "g/L", 0, "120-160"), "WBC": (4.0, 11.0, "x10^9/L", 1, "4.0-11.0"),
    "Platelets": (150, 400, "x10^9/L", 0, "150-400"), "MCV": (80, 100, "fL", 0, "80-100"),
    "Neutrophils": (2.0, 7.5, "x10^9/L", 1, "2.0-7.5"),
    "Sodium": (135, 145, "mmol/L", 0, "135-145"), "Potassium": (3.5, 5.0, "mmol/L", 1, "3.5-5.0"),
    "Chloride": (98, 107, "mmol/L", 0, "98-107"), "Bicarbonate": (22, 29, "mmol/L", 0, "22-29"),
    "Urea": (2.5, 8.0, "mmol/L", 1, "2.5-8.0"), "Creatinine": (50, 110, "umol/L", 0, "50-110"),
    "eGFR": (60, 120, "mL/min/1.73m2", 0, ">60"), "Glucose, random": (3.6, 11.0, "mmol/L", 1, "3.6-11.0"),
    "Hemoglobin A1c": (4.0, 6.0, "%", 1, "4.0-6.0"), "ALT": (7, 40, "U/L", 0, "<40"),
    "ALP": (40, 120, "U/L", 0, "40-120"), "Bilirubin, total": (3, 20, "umol/L", 0, "<20"),
    "Albumin": (35, 50, "g/L", 0, "35-50"), "Lipase": (10, 60, "U/L", 0, "<60"),
    "Troponin I (hs)": (0, 14, "ng/L", 0, "<15"), "NT-proBNP": (20, 125, "ng/L", 0, "<125"),
    "TSH": (0.35, 5.0, "mIU/L", 2, "0.35-5.00"), "INR": (0.9, 1.1, "", 1, "0.9-1.1"),
    "CRP": (0, 8, "mg/L", 1, "<8.0"), "Lactate": (0.5, 2.2, "mmol/L", 1, "0.5-2.2"),
    "Ferritin": (30, 300, "ug/L", 0, "30-300"), "PSA": (0.2, 4.0, "ug/L", 2, "<4.00"),
    "Cholesterol, total": (3.5, 5.2, "mmol/L", 2, "<5.20"), "LDL cholesterol": (1.5, 3.4, "mmol/L", 2, "<3.50"),
    "HDL cholesterol": (1.0, 2.0, "mmol/L", 2, ">1.00"), "Triglycerides": (0.6, 1.7, "mmol/L", 2, "<1.70"),
    "Vitamin B12": (160, 700, "pmol/L", 0, ">150"), "Urine ACR": (0.2, 2.0, "mg/mmol", 1, "<2.0"),
}
LAB_GROUPS = {
    "CBC": ["Hemoglobin", "WBC", "Platelets", "MCV", "Neutrophils"],
    "Electrolytes": ["Sodium", "Potassium", "Chloride", "Bicarbonate"],
    "Renal": ["Urea", "Creatinine", "eGFR"],
    "Liver": ["ALT", "ALP", "Bilirubin, total", "Albumin"],
    "Lipids": ["Cholesterol, total", "LDL cholesterol", "HDL cholesterol", "Triglycerides"],
}

# ----------------------------------------------------------------------------
# Clinical scenarios (kept internally coherent)
# ----------------------------------------------------------------------------
def S(**kw):
    return kw

SCEN = {
 "chf": S(dx="acute on chronic congestive heart failure", short="CHF exacerbation", code="428",
   spec="Cardiology", cc="shortness of breath and leg swelling", ward="Medicine",
   hpi=["progressive exertional dyspnea over the past {n} days", "two-pillow orthopnea",
        "paroxysmal nocturnal dyspnea", "a weight gain of about {kg} kg", "increasing bilateral ankle swelling",
        "admits to dietary indiscretion over the holidays"],
   exam=["JVP elevated at 5 cm above the sternal angle", "bibasilar crackles to the mid zones",
         "2+ pitting edema to the mid-shin bilaterally", "S3 gallop", "sats 89% on room air"],
   labs={"NT-proBNP": (2400, 9800), "Creatinine": (112, 165), "Sodium": (129, 134), "eGFR": (35, 55), "Troponin I (hs)": (16, 40)},
   img=[("Chest X-ray PA and lateral", "Cardiomegaly. Upper lobe vascular redistribution and interstitial edema with Kerley B lines. Small bilateral pleural effusions.", "Findings consistent with congestive heart failure."),
        ("Transthoracic echocardiogram", "Dilated left ventricle with global hypokinesis. LVEF estimated 30-35%. Moderate functional mitral regurgitation. RVSP 48 mmHg.", "Moderately to severely reduced LV systolic function, LVEF 30-35%.")],
   home=["furosemide 40 mg PO daily", "bisoprolol 5 mg PO daily", "ramipril 5 mg PO daily", "spironolactone 12.5 mg PO daily"],
   new=["furosemide 40 mg IV BID, then 80 mg PO daily", "sacubitril-valsartan 24/26 mg PO BID (ramipril stopped, 36 h washout)", "dapagliflozin 10 mg PO daily"],
   course="He was diuresed with IV furosemide with net negative fluid balance of about {l} L and weight down {kg} kg. Renal function remained stable. Echo confirmed reduced ejection fraction and guideline-directed medical therapy was optimized.",
   plan=["daily weights, call if gain more than 2 kg in 3 days", "2 g sodium restriction and 1.5-2 L fluid restriction", "repeat lytes and creatinine in 1 week", "follow-up in Heart Function Clinic in 4-6 weeks"],
   ecg="Sinus rhythm, left bundle branch block, no acute ST changes", icu=False),
 "copd": S(dx="acute exacerbation of COPD", short="AECOPD", code="491", spec="Respirology",
   cc="worsening shortness of breath and cough", ward="Medicine",
   hpi=["increased dyspnea over {n} days", "increased sputum volume, now green", "wheeze", "a {py} pack-year smoking history",
        "using salbutamol every 2 hours with little relief"],
   exam=["diffuse expiratory wheeze", "prolonged expiratory phase", "use of accessory muscles", "sats 86% on room air, 92% on 2 L NP"],
   labs={"WBC": (11.5, 15.0), "CRP": (30, 90), "Bicarbonate": (30, 34)},
   img=[("Chest X-ray PA and lateral", "Hyperinflated lungs with flattened hemidiaphragms. No focal consolidation. No pneumothorax or effusion.", "Hyperinflation in keeping with COPD. No acute process.")],
   home=["tiotropium 18 mcg inhaled daily", "salbutamol 100 mcg 2 puffs q4h PRN", "fluticasone-salmeterol 250/50 1 inhalation BID"],
   new=["prednisone 40 mg PO daily x 5 days", "doxycycline 100 mg PO BID x 7 days", "ipratropium-salbutamol nebs q4h"],
   course="She was treated with bronchodilators, prednisone and doxycycline with gradual improvement. Oxygen was weaned to room air with ambulatory sats of 90%.",
   plan=["complete prednisone and doxycycline", "smoking cessation counselling; nicotine replacement offered", "pulmonary rehabilitation referral", "PFTs when stable"],
   ecg="Sinus tachycardia, rightward axis, P pulmonale", icu=False),
 "pna": S(dx="community-acquired pneumonia, right lower lobe", short="CAP", code="486", spec="Internal Medicine",
   cc="fever, productive cough and pleuritic chest pain", ward="Medicine",
   hpi=["fever and rigors for {n} days", "cough productive of rusty sputum", "right-sided pleuritic chest pain", "decreased appetite"],
   exam=["temperature 38.9", "crackles and bronchial breath sounds at the right base", "dullness to percussion right base"],
   labs={"WBC": (14.0, 21.0), "CRP": (120, 260), "Neutrophils": (11.0, 17.5), "Urea": (8.5, 12.0), "Lactate": (1.2, 2.6)},
   img=[("Chest X-ray PA and lateral", "Dense airspace consolidation in the right lower lobe with air bronchograms. Trace right pleural effusion. Heart size normal.", "Right lower lobe pneumonia. Follow-up radiograph in 6-8 weeks recommended to document resolution.")],
   home=[], new=["ceftriaxone 1 g IV q24h", "azithromycin 500 mg PO daily x 3 days", "amoxicillin-clavulanate 875/125 mg PO BID to complete 7 days"],
   course="He was started on ceftriaxone and azithromycin with defervescence by day 3. Blood cultures were negative. He was stepped down to oral amoxicillin-clavulanate.",
   plan=["complete antibiotics", "repeat chest X-ray in 6-8 weeks", "pneumococcal vaccine when recovered"], ecg="Sinus tachycardia, otherwise normal", icu=False),
 "af": S(dx="new-onset atrial fibrillation with rapid ventricular response", short="AF with RVR", code="427", spec="Cardiology",
   cc="palpitations and light-headedness", ward="Medicine",
   hpi=["sudden onset of palpitations {n} hours prior to presentation", "mild exertional dyspnea", "no syncope", "no chest pain"],
   exam=["irregularly irregular pulse at 130-140", "no murmurs", "clear chest"],
   labs={"TSH": (0.8, 3.0), "Troponin I (hs)": (5, 14)},
   img=[("Transthoracic echocardiogram", "Normal LV size with LVEF 55-60%. Mild left atrial enlargement (LA volume index 38 mL/m2). No significant valvular disease.", "Preserved LV function. Mild LA enlargement.")],
   home=["ramipril 5 mg PO daily"], new=["metoprolol 25 mg PO BID", "apixaban 5 mg PO BID"],
   course="Rate control was achieved with metoprolol. CHADS-65 positive given age and hypertension; anticoagulation with apixaban was started after discussion of bleeding risk.",
   plan=["continue apixaban 5 mg BID", "Holter monitor in 4 weeks to assess rate control", "outpatient cardiology follow-up to discuss rhythm control"],
   ecg="Atrial fibrillation with rapid ventricular response, rate 136, nonspecific ST-T changes", icu=False),
 "nstemi": S(dx="non-ST-elevation myocardial infarction", short="NSTEMI", code="410", spec="Cardiology",
   cc="retrosternal chest pain", ward="CCU",
   hpi=["retrosternal pressure radiating to the left arm beginning at rest", "diaphoresis and nausea", "pain lasted about {n} minutes and eased with nitroglycerin spray given by EMS"],
   exam=["no distress once pain-free", "normal heart sounds, no murmur", "chest clear", "no peripheral edema"],
   labs={"Troponin I (hs)": (180, 2400), "LDL cholesterol": (3.2, 4.4), "Hemoglobin A1c": (6.0, 6.9)},
   img=[("Transthoracic echocardiogram", "Hypokinesis of the inferior and inferolateral walls. LVEF 50%. No significant valvular disease.", "Inferolateral regional wall motion abnormality, LVEF 50%.")],
   home=["atorvastatin 20 mg PO daily"], new=["ASA 81 mg PO daily", "ticagrelor 90 mg PO BID", "atorvastatin 80 mg PO daily", "metoprolol 25 mg PO BID", "ramipril 2.5 mg PO daily", "nitroglycerin 0.4 mg SL PRN"],
   course="He was loaded with ASA and ticagrelor and heparinized. He was transferred to {tertiary} for angiography, which showed a 90% mid-circumflex stenosis treated with one drug-eluting stent, and returned to us the following day.",
   plan=["dual antiplatelet therapy for 12 months - do not interrupt without discussing with cardiology", "cardiac rehabilitation referral", "no driving for 1 week after PCI"],
   ecg="Sinus rhythm, 1 mm ST depression in V4-V6 and I, aVL", icu=False),
 "chole": S(dx="acute calculous cholecystitis", short="cholecystitis", code="574", spec="General Surgery",
   cc="right upper quadrant pain and vomiting", ward="Surgery", surg=True,
   hpi=["constant RUQ pain for {n} hours after a fatty meal", "radiation to the right scapula", "nausea and vomiting", "previous similar but shorter episodes"],
   exam=["tender RUQ with positive Murphy's sign", "no peritonitis", "temperature 38.1"],
   labs={"WBC": (12.0, 16.5), "ALT": (45, 90), "ALP": (110, 160), "Bilirubin, total": (15, 28), "Lipase": (20, 55)},
   img=[("Ultrasound abdomen", "Gallbladder distended with multiple shadowing gallstones, the largest 1.8 cm impacted at the neck. Wall thickened to 5 mm with pericholecystic fluid. Positive sonographic Murphy sign. CBD 4 mm.", "Findings consistent with acute calculous cholecystitis. No biliary dilatation.")],
   home=[], new=["piperacillin-tazobactam 3.375 g IV q6h", "hydromorphone 0.5-1 mg SC q3h PRN"],
   op=("Laparoscopic cholecystectomy", "general endotracheal",
       "Acutely inflamed, distended gallbladder with omental adhesions. Stone impacted in Hartmann's pouch. Critical view of safety obtained.",
       ["Open Hasson entry at the umbilicus and pneumoperitoneum to 12 mmHg", "Three 5 mm ports placed under vision", "Gallbladder decompressed with needle aspiration", "Adhesions taken down bluntly", "Hepatocystic triangle dissected to achieve the critical view of safety", "Cystic duct and artery clipped (2 proximal, 1 distal) and divided", "Gallbladder removed from the liver bed with hook cautery and retrieved in an Endocatch bag", "Hemostasis confirmed; irrigation", "Fascia at umbilicus closed with 0 Vicryl; skin with 4-0 Monocryl"],
       "Gallbladder", "20 mL"),
   path=("Gallbladder, cholecystectomy", "A gallbladder measuring 9.5 x 4.0 cm with a congested serosa. The wall measures up to 0.6 cm. Contains multiple yellow faceted stones up to 1.8 cm.", "Transmural acute inflammation with mucosal ulceration superimposed on chronic cholecystitis. Rokitansky-Aschoff sinuses present. No dysplasia.", "Acute on chronic cholecystitis with cholelithiasis. Negative for dysplasia and malignancy."),
   course="She underwent laparoscopic cholecystectomy on hospital day 2. Post-operative course was uncomplicated; diet advanced and pain controlled on oral analgesics.",
   plan=["no heavy lifting over 10 lb for 2 weeks", "staples/sutures per clinic", "follow up in surgical clinic in 2-3 weeks"], ecg="Normal sinus rhythm", icu=False),
 "appy": S(dx="acute appendicitis", short="appendicitis", code="540", spec="General Surgery",
   cc="abdominal pain migrating to the right lower quadrant", ward="Surgery", surg=True,
   hpi=["periumbilical pain starting {n} hours ago, now localized to the RLQ", "anorexia", "one episode of vomiting", "low-grade fever"],
   exam=["tenderness at McBurney's point", "rebound tenderness in the RLQ", "positive Rovsing's sign"],
   labs={"WBC": (12.5, 17.0), "Neutrophils": (9.5, 14.0), "CRP": (25, 80)},
   img=[("CT abdomen and pelvis with IV contrast", "The appendix is dilated to 12 mm with wall enhancement and periappendiceal fat stranding. Appendicolith at the base. No free air or drainable collection.", "Acute uncomplicated appendicitis with appendicolith.")],
   home=[], new=["cefazolin 2 g IV and metronidazole 500 mg IV pre-operatively"],
   op=("Laparoscopic appendectomy", "general endotracheal",
       "Inflamed, non-perforated appendix with fibrinous exudate at the tip. Small amount of reactive fluid in the pelvis.",
       ["Hasson entry at the umbilicus", "5 mm ports in the suprapubic and left lower quadrant positions", "Appendix identified and mesoappendix divided with LigaSure", "Base of appendix ligated with two Endoloops and divided", "Specimen retrieved in a bag", "Pelvis suctioned", "Port sites closed"],
       "Appendix", "minimal"),
   path=("Appendix, appendectomy", "An appendix measuring 6.8 cm in length and 1.1 cm in diameter with fibrinopurulent serosal exudate.", "Transmural neutrophilic infiltrate with mucosal ulceration and periappendicitis.", "Acute suppurative appendicitis with periappendicitis. No neoplasm identified."),
   course="Underwent laparoscopic appendectomy the evening of admission. Recovered well and discharged on post-op day 1.",
   plan=["acetaminophen and ibuprofen for pain", "no heavy lifting for 2 weeks", "follow-up with family physician in 2 weeks"], ecg="Normal sinus rhythm", icu=False),
 "hipfx": S(dx="left femoral neck fracture (displaced, subcapital) after mechanical fall", short="left hip fracture", code="820",
   spec="Orthopaedic Surgery", cc="left hip pain after a fall", ward="Orthopaedics", surg=True,
   hpi=["tripped on a mat at home and fell onto the left side", "unable to weight bear since", "no head strike or loss of consciousness", "lives alone, independent with a cane before the fall"],
   exam=["left leg shortened and externally rotated", "pain with any hip motion", "distal neurovascular status intact"],
   labs={"Hemoglobin": (98, 115), "Creatinine": (85, 125), "Vitamin B12": (180, 400)},
   img=[("X-ray left hip and pelvis", "Displaced subcapital fracture of the left femoral neck (Garden IV). Degenerative change of both hips. Osteopenia.", "Displaced left subcapital femoral neck fracture.")],
   home=["amlodipine 5 mg PO daily", "calcium carbonate 500 mg PO BID", "vitamin D3 1,000 IU PO daily"],
   new=["enoxaparin 40 mg SC daily x 28 days", "hydromorphone 1 mg PO q4h PRN", "acetaminophen 1 g PO QID", "alendronate 70 mg PO weekly"],
   op=("Left hip cemented hemiarthroplasty", "spinal anaesthetic with sedation",
       "Displaced subcapital fracture. Femoral head 47 mm. Good bone quality of the proximal femur.",
       ["Patient positioned right lateral decubitus on a pegboard", "Posterolateral approach", "Short external rotators and capsule tagged", "Femoral head extracted and sized at 47 mm", "Femoral neck osteotomy refined; canal prepared with broaches", "Cemented stem inserted with 47 mm bipolar head", "Hip reduced; stable through full range", "Capsule and rotators repaired through drill holes", "Layered closure and staples to skin"],
       "Femoral head", "300 mL"),
   path=("Femoral head, left", "A femoral head measuring 4.7 cm in diameter with an attached fragment of femoral neck.", "Fracture callus and hemorrhage. Osteopenic trabecular bone without neoplasm.", "Femoral head with fracture. No evidence of malignancy."),
   course="He underwent left hip hemiarthroplasty within 36 hours of admission. Post-operatively developed mild delirium which resolved. Mobilizing with a walker, weight bearing as tolerated.",
   plan=["weight bear as tolerated with walker", "hip precautions for 6 weeks", "staples out at 14 days", "enoxaparin for 28 days", "falls risk assessment and bone health follow-up with family physician"], ecg="Sinus rhythm, first-degree AV block", icu=False),
 "knee": S(dx="end-stage osteoarthritis of the right knee", short="right knee OA", code="715", spec="Orthopaedic Surgery",
   cc="right knee pain limiting walking", ward="Orthopaedics", surg=True,
   hpi=["right knee pain for {n} years, now at rest and at night", "walking tolerance reduced to one block", "failed physiotherapy, NSAIDs and two corticosteroid injections"],
   exam=["varus deformity of the right knee", "range of motion 5-100 degrees with crepitus", "medial joint line tenderness", "stable ligaments"],
   labs={}, img=[("X-ray right knee, standing AP, lateral and skyline", "Severe medial compartment joint space loss with bone-on-bone contact, subchondral sclerosis and marginal osteophytes. Moderate patellofemoral degeneration.", "Severe tricompartmental osteoarthritis, medial predominant.")],
   home=["naproxen 500 mg PO BID PRN", "acetaminophen 650 mg ER PO TID"],
   new=["rivaroxaban 10 mg PO daily x 14 days", "oxycodone 5 mg PO q4h PRN", "celecoxib 200 mg PO daily"],
   op=("Right total knee arthroplasty (cemented, posterior stabilized)", "spinal with adductor canal block",
       "Severe tricompartmental osteoarthritis with eburnated bone in the medial compartment. ACL deficient.",
       ["Tourniquet inflated to 300 mmHg", "Midline incision and medial parapatellar arthrotomy", "Intramedullary femoral guide; distal femoral cut at 5 degrees valgus", "Extramedullary tibial guide; proximal tibial resection", "Balanced flexion and extension gaps", "Trial components with good stability and patellar tracking", "Components cemented; polyethylene insert size 10 mm", "Periarticular local anaesthetic infiltration", "Closure in layers; staples to skin"],
       "None", "150 mL"),
   path=None,
   course="Underwent right total knee arthroplasty. Mobilized day 0 with physiotherapy. Range of motion 0-85 at discharge.",
   plan=["outpatient physiotherapy", "staples out at 2 weeks", "rivaroxaban for 14 days", "follow-up in 6 weeks with X-ray"], ecg="Normal sinus rhythm", icu=False),
 "dm": S(dx="type 2 diabetes mellitus, suboptimally controlled", short="T2DM", code="250", spec="Endocrinology",
   cc="poorly controlled blood sugars", ward="Medicine",
   hpi=["type 2 diabetes diagnosed {n} years ago", "polyuria and nocturia", "home glucose readings 10-16 mmol/L", "no hypoglycemia", "last eye exam over two years ago"],
   exam=["BMI 33", "reduced monofilament sensation at both great toes", "pedal pulses palpable", "no foot ulcers"],
   labs={"Hemoglobin A1c": (8.6, 10.4), "Glucose, random": (11.5, 16.0), "LDL cholesterol": (2.4, 3.3), "Urine ACR": (3.5, 12.0)},
   img=[], home=["metformin 1000 mg PO BID", "gliclazide MR 60 mg PO daily", "atorvastatin 20 mg PO daily"],
   new=["empagliflozin 10 mg PO daily", "semaglutide 0.25 mg SC weekly, increase to 0.5 mg after 4 weeks"],
   course="Seen in the diabetes clinic.", plan=["repeat A1c in 3 months", "diabetes education centre referral", "annual retinal screening", "sick-day medication guidance given (hold SGLT2i and metformin when unwell)"],
   ecg="Normal sinus rhythm", icu=False),
 "stroke": S(dx="left middle cerebral artery ischemic stroke", short="left MCA stroke", code="436", spec="Neurology",
   cc="sudden right-sided weakness and word-finding difficulty", ward="Stroke Unit",
   hpi=["sudden onset of right arm and face weakness while eating breakfast", "difficulty finding words", "last seen normal {n} hours before arrival", "no headache"],
   exam=["expressive aphasia", "right lower facial droop", "right arm drift, power 3/5", "NIHSS 7"],
   labs={"LDL cholesterol": (3.0, 4.2), "Hemoglobin A1c": (5.6, 6.4)},
   img=[("CT head non-contrast and CT angiogram head and neck", "No intracranial hemorrhage. Early loss of grey-white differentiation in the left insular ribbon (ASPECTS 9). CTA: 60-69% stenosis of the left proximal internal carotid artery. No large vessel occlusion.", "Early left MCA territory ischemia. Moderate left ICA stenosis. No hemorrhage."),
        ("Carotid Doppler ultrasound", "Left ICA peak systolic velocity 210 cm/s with heterogeneous plaque. Right ICA less than 50% stenosis.", "Left ICA stenosis 70-79% by velocity criteria.")],
   home=["hydrochlorothiazide 12.5 mg PO daily"], new=["ASA 81 mg PO daily", "clopidogrel 75 mg PO daily x 21 days", "atorvastatin 80 mg PO daily", "perindopril 4 mg PO daily"],
   course="Not a thrombolysis candidate given time from onset. Admitted to the stroke unit with swallowing screen, dual antiplatelet therapy and high-intensity statin. Vascular surgery consulted regarding left carotid endarterectomy.",
   plan=["dual antiplatelet for 21 days then ASA alone", "vascular surgery follow-up for carotid endarterectomy", "no driving until cleared by neurology", "outpatient stroke rehabilitation"],
   ecg="Normal sinus rhythm, left ventricular hypertrophy by voltage", icu=False),
 "colon": S(dx="adenocarcinoma of the ascending colon", short="colon cancer", code="153", spec="General Surgery",
   cc="positive FIT and iron-deficiency anemia", ward="Surgery", surg=True,
   hpi=["positive fecal immunochemical test through the provincial screening program", "fatigue over {n} months", "no overt rectal bleeding", "weight loss of 4 kg"],
   exam=["pallor", "abdomen soft, no palpable mass", "no lymphadenopathy", "no hepatomegaly"],
   labs={"Hemoglobin": (88, 104), "MCV": (68, 77), "Ferritin": (4, 14)},
   img=[("CT chest, abdomen and pelvis with contrast", "Irregular circumferential wall thickening of the ascending colon over 5 cm with adjacent subcentimetre pericolic nodes. Liver and lungs clear of metastatic disease.", "Ascending colon mass consistent with primary malignancy. No distant metastases.")],
   home=[], new=["ferrous fumarate 300 mg PO daily"],
   op=("Laparoscopic right hemicolectomy", "general endotracheal with TAP blocks",
       "Mass in the mid ascending colon, not invading adjacent structures. No peritoneal or liver metastases seen.",
       ["Ports placed under vision", "Medial-to-lateral dissection with high ligation of the ileocolic pedicle", "Right colon and hepatic flexure mobilized", "Extraction via a periumbilical incision with wound protector", "Stapled side-to-side ileocolic anastomosis; common enterotomy closed", "Mesenteric defect left open", "Fascia closed with looped PDS"],
       "Right colon and terminal ileum", "75 mL"),
   path=("Right colon and terminal ileum, right hemicolectomy", "Segment of terminal ileum (8 cm) and right colon (22 cm). In the ascending colon there is an ulcerated, circumferential tumour 4.6 x 4.0 cm, 9 cm from the ileocecal valve. Margins grossly clear.", "Moderately differentiated adenocarcinoma invading through the muscularis propria into pericolorectal tissue. Lymphovascular invasion not identified. 2 of 18 lymph nodes positive. Mismatch repair proteins intact.", "Adenocarcinoma of the ascending colon, moderately differentiated, pT3 pN1b. Margins negative."),
   course="Underwent laparoscopic right hemicolectomy. ERAS pathway; tolerating diet on day 2 and discharged on day 4.",
   plan=["medical oncology referral for adjuvant chemotherapy", "CEA in 4 weeks", "follow-up in surgical clinic in 2 weeks to review pathology"], ecg="Normal sinus rhythm", icu=False),
 "gib": S(dx="upper gastrointestinal bleed secondary to duodenal ulcer", short="UGIB", code="531", spec="Gastroenterology",
   cc="black stools and dizziness", ward="Medicine",
   hpi=["melena for {n} days", "presyncope on standing", "taking naproxen regularly for back pain", "no hematemesis"],
   exam=["pale", "HR 112, BP 98/60 lying", "melena on rectal exam", "abdomen soft, mild epigastric tenderness"],
   labs={"Hemoglobin": (68, 84), "Urea": (14, 22), "INR": (1.0, 1.2)},
   img=[], home=["naproxen 500 mg PO BID"], new=["pantoprazole 80 mg IV bolus then 8 mg/h infusion x 72 h", "pantoprazole 40 mg PO BID x 8 weeks"],
   course="He received 2 units packed red cells. Gastroscopy showed a 1.2 cm duodenal bulb ulcer with a visible vessel treated endoscopically. No rebleeding. Naproxen was discontinued. H. pylori biopsies positive; eradication therapy started.",
   plan=["avoid all NSAIDs", "complete H. pylori eradication therapy", "repeat CBC in 1 week", "urea breath test 4 weeks after therapy"], ecg="Sinus tachycardia", icu=False),
 "breast": S(dx="invasive ductal carcinoma of the left breast", short="left breast cancer", code="174", spec="General Surgery",
   cc="abnormal screening mammogram", ward="Day Surgery", surg=True,
   hpi=["abnormal screening mammogram through the provincial breast screening program", "no palpable lump noticed by the patient", "no nipple discharge", "no family history of breast or ovarian cancer"],
   exam=["vague thickening at 2 o'clock left breast, 5 cm from the nipple", "no axillary adenopathy", "right breast normal"],
   labs={}, img=[("Bilateral diagnostic mammogram and left breast ultrasound", "Left breast upper outer quadrant 2 o'clock, 5 cm FN: irregular spiculated hypoechoic mass 1.4 x 1.2 cm. Left axilla: no abnormal nodes. Right breast unremarkable.", "BI-RADS 5: highly suggestive of malignancy, left breast 2 o'clock. Ultrasound-guided core biopsy recommended.")],
   home=[], new=["letrozole 2.5 mg PO daily (after pathology review)"],
   op=("Left breast partial mastectomy with wire localization and sentinel lymph node biopsy", "general (LMA)",
       "Localization wire in satisfactory position. Two blue and hot sentinel nodes in the left axilla.",
       ["Technetium and isosulfan blue injected", "Curvilinear incision over the wire", "Wide local excision around the wire with 1 cm gross margin; specimen oriented with sutures", "Specimen radiograph confirmed clip and lesion", "Separate axillary incision; two sentinel nodes excised", "Cavity marked with clips; layered closure"],
       "Left breast partial mastectomy (oriented) and sentinel lymph nodes x2", "15 mL"),
   path=("Left breast, partial mastectomy; left axillary sentinel lymph nodes", "Oriented lumpectomy 6.5 x 5.0 x 3.2 cm with a firm stellate tumour 1.5 cm, closest to the superior margin (0.6 cm).", "Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1). No lymphovascular invasion. ER positive (95%), PR positive (70%), HER2 negative (IHC 1+).", "Invasive ductal carcinoma, grade 2, 1.5 cm, margins negative. Sentinel lymph nodes negative (0/2). pT1c pN0(sn)."),
   course="Day surgery partial mastectomy with sentinel node biopsy; discharged same day.",
   plan=["radiation oncology and medical oncology referrals", "review pathology in 2 weeks"], ecg="Normal sinus rhythm", icu=False),
 "uti": S(dx="urosepsis secondary to E. coli pyelonephritis", short="urosepsis", code="599", spec="Internal Medicine",
   cc="fever and confusion", ward="Medicine",
   hpi=["increasing confusion over {n} days reported by the LTC staff", "fever to 38.7", "foul-smelling urine", "reduced oral intake"],
   exam=["disoriented to time and place", "dry mucous membranes", "left costovertebral angle tenderness", "HR 108, BP 96/58"],
   labs={"WBC": (15.0, 22.0), "Creatinine": (130, 190), "Lactate": (2.3, 3.8), "eGFR": (25, 40), "Sodium": (146, 151)},
   img=[("Ultrasound kidneys and bladder", "No hydronephrosis. Kidneys normal in size. Post-void residual 60 mL.", "No obstructive uropathy.")],
   home=["donepezil 10 mg PO daily", "tamsulosin 0.4 mg PO daily"], new=["ceftriaxone 1 g IV q24h", "cefixime 400 mg PO daily to complete 10 days", "normal saline bolus 1 L then 100 mL/h"],
   course="Treated with IV fluids and ceftriaxone. Blood and urine cultures grew pan-sensitive E. coli. Delirium improved over 4 days and she returned to her baseline.",
   plan=["complete antibiotic course", "delirium precautions", "repeat creatinine in 1 week"], ecg="Sinus tachycardia, rate 106", icu=False),
 "cellulitis": S(dx="cellulitis of the left lower leg", short="LLE cellulitis", code="682", spec="Internal Medicine",
   cc="red, painful, swollen left leg", ward="Medicine",
   hpi=["redness spreading up the left shin over {n} days", "fever and chills", "tinea between the toes", "diabetic"],
   exam=["erythema, warmth and tenderness from the ankle to the knee, margins marked", "interdigital maceration left foot", "no crepitus or bullae"],
   labs={"WBC": (12.0, 15.5), "CRP": (60, 150)},
   img=[("Venous Doppler ultrasound left leg", "Normal compressibility and flow in the common femoral, femoral and popliteal veins. Subcutaneous edema of the calf.", "No deep vein thrombosis.")],
   home=["metformin 500 mg PO BID"], new=["cefazolin 2 g IV q8h", "cephalexin 500 mg PO QID to complete 10 days", "clotrimazole 1% cream BID between toes"],
   course="Treated with IV cefazolin with regression of erythema from the marked margins. Switched to oral cephalexin.",
   plan=["leg elevation", "treat tinea pedis", "return if spreading redness or fever"], ecg="Normal sinus rhythm", icu=False),
 "cts": S(dx="bilateral carpal tunnel syndrome, right worse than left", short="carpal tunnel syndrome", code="354", spec="Plastic Surgery",
   cc="numbness and tingling of both hands", ward="Day Surgery", surg=True,
   hpi=["nocturnal paresthesias in the thumb, index and middle fingers for {n} months", "dropping objects", "shaking the hands relieves symptoms", "works as a hairdresser"],
   exam=["positive Phalen's and Tinel's at both wrists", "mild thenar atrophy on the right", "two-point discrimination 7 mm in the right index finger"],
   labs={"TSH": (0.9, 3.5), "Hemoglobin A1c": (5.1, 5.8)},
   img=[], home=[], new=["wrist splints at night"],
   op=("Right open carpal tunnel release", "local anaesthetic (WALANT)",
       "Thickened transverse carpal ligament with an hourglass constriction of the median nerve. No mass.",
       ["Lidocaine 1% with epinephrine infiltrated", "Longitudinal palmar incision in line with the radial border of the ring finger", "Palmar fascia divided", "Transverse carpal ligament divided completely under direct vision", "Median nerve inspected and protected", "Skin closed with 4-0 nylon interrupted sutures"],
       "None", "minimal"),
   path=None,
   course="Day surgery carpal tunnel release.", plan=["keep dressing dry for 48 hours", "sutures out in 10-14 days", "left side release in 3 months if symptoms persist"],
   ecg="Normal sinus rhythm", icu=False),
 "dep": S(dx="major depressive disorder, recurrent, moderate", short="depression", code="311", spec="Psychiatry",
   cc="low mood and poor sleep", ward="Mental Health",
   hpi=["low mood for {n} months following a job loss", "early morning wakening", "anhedonia and poor concentration", "passive death wish without plan or intent", "PHQ-9 score 18"],
   exam=["casually dressed, psychomotor slowing", "mood 'down', affect constricted", "no psychotic features", "insight and judgement fair"],
   labs={"TSH": (1.0, 3.0), "Vitamin B12": (250, 600)},
   img=[], home=["citalopram 20 mg PO daily"], new=["sertraline 50 mg PO daily, increase to 100 mg after 2 weeks"],
   course="Assessed in the outpatient mental health clinic.", plan=["cross-taper citalopram to sertraline", "CBT referral", "safety plan reviewed; crisis line number provided", "follow-up in 4 weeks"],
   ecg="Normal sinus rhythm, QTc 428 ms", icu=False),
 "prostate": S(dx="adenocarcinoma of the prostate, Gleason 3+4=7 (Grade Group 2)", short="prostate cancer", code="185", spec="Urology",
   cc="elevated PSA", ward="Urology",
   hpi=["PSA rising from 4.1 to {psa} ug/L over 18 months", "mild nocturia x2", "no hematuria", "no bone pain"],
   exam=["prostate moderately enlarged with a firm nodule in the left lobe", "no inguinal adenopathy"],
   labs={"PSA": (6.5, 9.8)},
   img=[("MRI prostate (multiparametric)", "Prostate volume 46 mL. 1.1 cm lesion in the left peripheral zone at the mid gland with restricted diffusion and early enhancement. No extraprostatic extension. No pelvic adenopathy.", "PI-RADS 4 lesion left peripheral zone mid gland.")],
   home=["tamsulosin 0.4 mg PO daily"], new=[],
   path=("Prostate, needle core biopsies (12 cores, left and right)", "Twelve cores of tan tissue ranging from 0.8 to 1.6 cm, submitted in separate containers labelled A-L.", "Left mid and left base cores show infiltrating small glands with prominent nucleoli and a minor component of poorly formed glands. Perineural invasion present in one core. Right-sided cores benign.", "Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 3 of 6 left-sided cores (up to 40% of core). Right-sided cores benign."),
   course="Seen in urology clinic.", plan=["discussed active surveillance, radical prostatectomy and radiation", "bone scan not required for this risk group", "review in 4 weeks with decision"],
   ecg="Normal sinus rhythm", icu=False),
 "dementia": S(dx="mixed Alzheimer's and vascular dementia with recurrent falls", short="dementia with falls", code="290", spec="Geriatric Medicine",
   cc="memory decline and falls", ward="Medicine",
   hpi=["progressive short-term memory loss over {n} years", "three falls in the past six months", "getting lost while driving", "needs help with medications and finances"],
   exam=["MoCA 16/30 (lost points on delayed recall, visuospatial and orientation)", "orthostatic drop of 24 mmHg systolic", "timed up and go 22 seconds", "mild bradykinesia, no rigidity"],
   labs={"Vitamin B12": (170, 240), "TSH": (1.0, 4.0)},
   img=[("CT head non-contrast", "Generalized volume loss more than expected for age with disproportionate mesial temporal atrophy. Moderate periventricular white matter hypodensity in keeping with chronic small vessel ischemic change. No hemorrhage or mass.", "Atrophy and chronic small vessel ischemic change. No acute findings.")],
   home=["amlodipine 10 mg PO daily", "hydrochlorothiazide 25 mg PO daily", "lorazepam 1 mg PO qhs", "oxybutynin 5 mg PO BID"],
   new=["donepezil 5 mg PO daily, increase to 10 mg in 4 weeks", "vitamin B12 1,000 mcg PO daily"],
   course="Seen in geriatric outpatient clinic.", plan=["deprescribe lorazepam with a slow taper", "stop oxybutynin (anticholinergic)", "reduce antihypertensives given orthostasis", "driving reported to the Ministry as required", "home care referral for medication supervision", "discuss power of attorney for personal care"],
   ecg="Sinus rhythm, rate 58", icu=False),
}
MEDICAL_SCEN = ["chf", "copd", "pna", "af", "nstemi", "gib", "uti", "cellulitis", "stroke"]
SURG_SCEN = ["chole", "appy", "hipfx", "knee", "colon", "breast", "cts"]
OP_SCEN = [k for k, v in SCEN.items() if v.get("op")]
PATH_SCEN = [k for k, v in SCEN.items() if v.get("path")]
CLINIC_SCEN = ["dm", "dep", "prostate", "dementia", "af", "copd", "cts", "knee", "chf", "breast"]
ED_SCEN = ["chf", "copd", "pna", "af", "nstemi", "chole", "appy", "hipfx", "stroke", "gib", "uti", "cellulitis"]

COMORB = [("hypertension", "401", ["ramipril 10 mg PO daily", "amlodipine 5 mg PO daily"]),
          ("dyslipidemia", "272", ["rosuvastatin 10 mg PO daily"]),
          ("hypothyroidism", "244", ["levothyroxine 88 mcg PO daily"]),
          ("GERD", "530", ["pantoprazole 40 mg PO daily"]),
          ("osteoarthritis", "715", ["acetaminophen 500 mg 2 tabs PO QID PRN"]),
          ("gout", "274", ["allopurinol 200 mg PO daily"]),
          ("benign prostatic hyperplasia", "600", ["tamsulosin 0.4 mg PO qhs"]),
          ("osteoporosis", "733", ["alendronate 70 mg PO weekly", "vitamin D3 1,000 IU PO daily"]),
          ("depression", "311", ["escitalopram 10 mg PO daily"]),
          ("type 2 diabetes", "250", ["metformin 500 mg PO BID"]),
          ("chronic kidney disease stage 3a", "585", []),
          ("remote cholecystectomy", "", []), ("asthma", "493", ["budesonide-formoterol 200/6 1-2 puffs BID"]),
          ("sleep apnea on CPAP", "780", [])]
ALLERGIES = ["NKDA", "No known drug allergies", "Penicillin (rash)", "Sulfa (hives)", "Codeine (nausea)",
             "ASA (GI upset)", "Morphine (itch)", "Latex", "Cephalexin (rash)", "No known allergies", "Iodinated contrast (hives)"]

# ----------------------------------------------------------------------------
# Generic helpers
# ----------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def ch(r, seq):
    return seq[r.randrange(len(seq))]


def chance(r, p):
    return r.random() < p


def fdate(r, d, style=None):
    if style is None:
        style = r.randrange(9)
    m = MONTHS[d.month - 1]
    return [f"{d:%Y-%m-%d}", f"{m} {d.day}, {d.year}", f"{d:%d/%m/%Y}", f"{d.day:02d}-{m[:3]}-{d.year}",
            f"{d:%Y/%m/%d}", f"{d.day} {m[:3].upper()} {d.year}", f"{m[:3]} {d.day:02d}, {d.year}",
            f"{d.day} {m} {d.year}", f"{d:%Y-%b-%d}"][style % 9]


def ftime(r):
    return f"{r.randrange(24):02d}:{r.randrange(60):02d}"


def ftime2(r):
    return f"{r.randrange(24):02d}{r.choice(['00','05','10','15','20','30','35','40','45','50'])}"


def phone(r, reg):
    return f"({ch(r, reg['area'])}) 555-{r.randrange(100, 200):04d}"


def postal(r, reg):
    L = "ABCEGHJKLMNPRSTVXY"
    return f"{ch(r, reg['pc'])}{r.randrange(10)}{ch(r, L)} {r.randrange(10)}{ch(r, L)}{r.randrange(10)}"


def wrap(text, width=None, r=None):
    if width is None:
        width = 80 if r is None else ch(r, [72, 76, 80, 84, 90, 96])
    out = []
    for para in text.split("\n"):
        if len(para) <= width:
            out.append(para)
        else:
            out.extend(textwrap.wrap(para, width, break_long_words=False, subsequent_indent=""))
    return "\n".join(out)


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def join_and(items):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def hcn_for(r, prov):
    if prov == "ON":
        d = "".join(str(r.randrange(10)) for _ in range(10))
        vc = ch(r, ["AB", "KL", "XR", "MT", "HG", "PQ", "ZA", "CE", ""])
        return f"{d[:4]}-{d[4:7]}-{d[7:]}" + (f"-{vc}" if vc else ""), vc
    d = "9" + "".join(str(r.randrange(10)) for _ in range(9))
    return f"{d[:4]} {d[4:7]} {d[7:]}", ""


class Person:
    def __init__(self, r, sex=None, age=None):
        self.sex = sex or ch(r, "MF")
        self.first = ch(r, MALE if self.sex == "M" else FEMALE)
        self.middle = ch(r, MALE if self.sex == "M" else FEMALE) if chance(r, 0.4) else ""
        self.last = ch(r, SURN)

    @property
    def full(self):
        return f"{self.first} {self.last}"

    @property
    def lastfirst(self):
        return f"{self.last.upper()}, {self.first}" + (f" {self.middle[0]}." if self.middle else "")


class Doc:
    def __init__(self, r, spec, reg):
        p = Person(r)
        self.first, self.last, self.sex = p.first, p.last, p.sex
        self.spec = spec
        self.cred = "MD, " + SPECIALTIES.get(spec, "FRCPC")
        self.billing = f"{r.randrange(100000, 999999)}" if reg["prov"] == "ON" else f"{ch(r, 'ABCDEFGHJKLMNPRTVWXY0123456789')}{r.randrange(1000, 9999)}"
        self.college = f"{r.randrange(50000, 130000)}"
        self.phone = phone(r, reg)
        self.fax = phone(r, reg)

    @property
    def name(self):
        return f"Dr. {self.first} {self.last}"

    @property
    def short(self):
        return f"Dr. {self.last}"

    @property
    def init(self):
        return f"{self.first[0]}{self.last[0]}".upper()

    def sig(self, r):
        return ch(r, [f"{self.first} {self.last}, {self.cred}", f"Dr. {self.first[0]}. {self.last}, {self.cred.split(', ')[1]}",
                      f"{self.first[0]}. {self.last} MD", f"Dr. {self.first} {self.last}\n{self.spec}",
                      f"{self.first.upper()} {self.last.upper()}, M.D., {self.cred.split(', ')[1]}"])


class Ctx:
    """Everything about one fictitious patient encounter."""

    def __init__(self, r, scen=None, age=None):
        self.r = r
        self.reg = REGIONS["ON" if chance(r, 0.58) else "BC"]
        reg = self.reg
        self.skey = scen or ch(r, list(SCEN))
        self.s = SCEN[self.skey]
        lo, hi = 18, 94
        if self.skey in ("hipfx", "dementia", "uti", "chf"):
            lo = 66
        elif self.skey in ("copd", "nstemi", "af", "knee", "stroke", "colon", "prostate"):
            lo = 48
        elif self.skey in ("appy",):
            lo, hi = 16, 55
        elif self.skey in ("dep", "cts"):
            lo, hi = 22, 70
        sex = None
        if self.skey == "prostate":
            sex = "M"
        elif self.skey == "breast":
            sex = "F"
        self.p = Person(r, sex)
        self.year = r.randrange(2005, 2024)
        self.date = dt.date(self.year, r.randrange(1, 13), r.randrange(1, 29))
        self.age = age or r.randrange(lo, hi)
        self.dob = dt.date(self.date.year - self.age, r.randrange(1, 13), r.randrange(1, 29))
        if self.dob.replace(year=self.date.year) > self.date:
            self.age -= 1
        self.hcn, self.vc = hcn_for(r, reg["prov"])
        self.mrn = ch(r, ["", "M", "H", "0"]) + str(r.randrange(100000, 9999999))
        self.acct = str(r.randrange(10 ** 8, 10 ** 9))
        self.town = ch(r, reg["towns"])
        self.addr = f"{r.randrange(1, 2999)} {ch(r, STREETS)} {ch(r, STYPES)}"
        if chance(r, 0.2):
            self.addr = f"Unit {r.randrange(1, 40)}, " + self.addr
        self.postal = postal(r, reg)
        self.phone = phone(r, reg)
        self.hosp = ch(r, reg["hosp"])
        self.clinic = ch(r, reg["clinics"])
        self.gp = Doc(r, "Family Medicine", reg)
        self.spec = Doc(r, self.s["spec"], reg)
        self.other = Doc(r, ch(r, ["Internal Medicine", "Anaesthesia", "Radiology", "Emergency Medicine"]), reg)
        self.los = r.randrange(1, 9)
        self.adm = self.date
        self.dis = self.date + dt.timedelta(days=self.los)
        self.allergy = ch(r, ALLERGIES)
        self.comorb = r.sample(COMORB, r.randrange(0, 4))
        if self.skey == "prostate":
            self.comorb = [c for c in self.comorb if c[0] not in ("osteoporosis",)]
        if self.p.sex == "F":
            self.comorb = [c for c in self.comorb if c[0] != "benign prostatic hyperplasia"]
        self.home = []
        for c in self.comorb:
            self.home += c[2]
        self.home += self.s["home"]
        seen, hm = set(), []
        for m in self.home:
            k = m.split()[0]
            if k not in seen:
                seen.add(k)
                hm.append(m)
        self.home = hm
        self.new = list(self.s["new"])
        self.nok = Person(r)
        if self.nok.sex == "M":
            rels = ["son", "brother", "nephew", "friend", "spouse", "son"] + (["husband", "husband"] if self.p.sex == "F" else [])
        else:
            rels = ["daughter", "sister", "niece", "friend", "spouse", "daughter"] + (["wife", "wife"] if self.p.sex == "M" else [])
        self.nok_rel = ch(r, rels)
        self.nok_phone = phone(r, reg)
        self.pharm = ch(r, reg["pharm"])
        self.labvals = self.make_labs()

    # pronouns
    @property
    def he(self):
        return "he" if self.p.sex == "M" else "she"

    @property
    def his(self):
        return "his" if self.p.sex == "M" else "her"

    @property
    def him(self):
        return "him" if self.p.sex == "M" else "her"

    @property
    def mr(self):
        return ("Mr. " if self.p.sex == "M" else ch(self.r, ["Mrs. ", "Ms. "])) + self.p.last

    @property
    def man(self):
        if self.age < 18:
            return "boy" if self.p.sex == "M" else "girl"
        return ch(self.r, ["man", "gentleman", "male"]) if self.p.sex == "M" else ch(self.r, ["woman", "lady", "female"])

    @property
    def sexw(self):
        return "male" if self.p.sex == "M" else "female"

    def yo(self):
        return ch(self.r, [f"{self.age}-year-old", f"{self.age} year old", f"{self.age} yo", f"{self.age}-yr-old"])

    def fill(self, s):
        r = self.r
        s = re.sub(r"\b(He|She)\b", self.he.capitalize(), s)
        s = re.sub(r"\b(he|she)\b", self.he, s)
        s = s.replace("her baseline", self.his + " baseline")
        return s.format(n=r.randrange(2, 8), kg=r.randrange(2, 6), l=r.randrange(3, 7), py=r.randrange(25, 60),
                        psa=f"{self.labvals.get('PSA', (7.2,))[0]:.1f}", tertiary=self.reg["tertiary"])

    def new_dc(self):
        return [m for m in self.new if not re.search(r"\bIV\b|nebs|infusion|bolus|pre-operatively|SC q3h", m)]

    def dc_meds(self):
        new = self.new_dc()
        stopped = re.findall(r"\((\w+) stopped", " ".join(self.new))
        names = {m.split()[0] for m in new}
        drop = set(stopped) | names
        if self.skey == "gib":
            drop.add("naproxen")
        if self.skey == "dementia":
            drop |= {"lorazepam", "oxybutynin"}
        return [m for m in self.home if m.split()[0] not in drop] + new

    def hpi_list(self):
        return [self.fill(h) for h in self.s["hpi"]]

    def make_labs(self):
        r = self.r
        vals = {}
        for k, (lo, hi, unit, dec, rng) in LABS.items():
            if k in self.s["labs"]:
                a, b = self.s["labs"][k]
            else:
                a, b = lo + (hi - lo) * 0.15, hi - (hi - lo) * 0.15
                if k == "Hemoglobin" and self.p.sex == "F":
                    a, b = 118, 140
            v = round(r.uniform(a, b), dec)
            if dec == 0:
                v = int(v)
            flag = ""
            if k == "eGFR":
                flag = "L" if v < 60 else ""
            elif v > hi:
                flag = "H"
            elif v < lo:
                flag = "L"
            vals[k] = (v, flag)
        return vals

    def lab(self, k):
        v, f = self.labvals[k]
        return v, f, LABS[k][2], LABS[k][4]

    def labline(self, k, style=0):
        v, f, u, rng = self.lab(k)
        if style == 0:
            return f"{k} {v} {u}".strip()
        short = {"Hemoglobin": "Hb", "Platelets": "Plt", "Sodium": "Na", "Potassium": "K", "Creatinine": "Cr",
                 "Troponin I (hs)": "hsTnI", "Hemoglobin A1c": "A1c", "Bilirubin, total": "bili",
                 "LDL cholesterol": "LDL", "Glucose, random": "glucose", "Bicarbonate": "HCO3"}.get(k, k)
        return f"{short} {v}"

    def key_labs(self, n=None):
        keys = list(self.s["labs"].keys())
        base = ["Hemoglobin", "WBC", "Platelets", "Sodium", "Potassium", "Creatinine"]
        out = keys + [b for b in base if b not in keys]
        return out[:n] if n else out

    def pmh(self):
        return [c[0] for c in self.comorb]

    def dxlist(self):
        return [self.s["dx"]] + self.pmh()


def ocr_noise(r, text, level):
    """Introduce OCR-like character errors. level 0..3"""
    if level <= 0:
        return text
    rate = [0, 0.004, 0.012, 0.025][level]
    subs = {"l": ["1", "I", "|"], "I": ["l", "1"], "O": ["0", "Q"], "0": ["O"], "o": ["0", "c"], "e": ["c", "o"],
            "m": ["rn", "nn"], "n": ["ri", "u"], "a": ["e", "o"], "s": ["5"], "S": ["5", "$"], "1": ["l", "I"],
            ",": [".", ""], ".": [",", ""], "h": ["b", "li"], "u": ["ii", "v"], "c": ["e"], "t": ["l", "f"],
            "B": ["8"], "5": ["S"], "8": ["B"], "g": ["q", "9"], "rn": ["m"]}
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c != "\n" and r.random() < rate:
            if text[i:i + 2] == "rn" and r.random() < 0.5:
                out.append("m")
                i += 2
                continue
            if c in subs:
                out.append(ch(r, subs[c]))
            elif c == " ":
                out.append(ch(r, ["  ", "", " "]))
            elif r.random() < 0.3:
                out.append("")
            else:
                out.append(c)
        else:
            out.append(c)
        i += 1
    return "".join(out)


def fax_banner(r, c, page=1, pages=None, when=None):
    pages = pages or r.randrange(1, 6)
    d = (when or c.date) + dt.timedelta(days=r.randrange(0, 12))
    who = ch(r, [c.hosp, c.clinic, c.reg["lab"][0], c.gp.name, "Health Records"])
    return ch(r, [
        f"{d:%b %d %Y} {ftime(r)}   FROM: {who.upper()[:30]}   {phone(r, c.reg)}    TO: {phone(r, c.reg)[1:].replace(') ', '')}   P.{page:03d}/{pages:03d}",
        f"{d:%d/%m/%Y} {ftime(r)} FAX {phone(r, c.reg)}  {who}  #{r.randrange(1000, 9999)} P.{page}/{pages}",
        f"Received: {d:%b %d, %Y} {ftime(r)}; {phone(r, c.reg)} -> {who}; Page {page}",
        f"{d:%Y-%m-%d} {ftime(r)}  {who[:28]}  (FAX){phone(r, c.reg)}   PAGE {page} OF {pages}",
    ])


def paginate(r, text, c, lines_per=None, header=True):
    lines = text.split("\n")
    lp = lines_per or r.randrange(46, 62)
    if len(lines) <= lp:
        if chance(r, 0.35):
            return text + "\n\n" + ch(r, ["Page 1 of 1", "Page 1", "1/1", "- 1 -", ""])
        return text
    pages = [lines[i:i + lp] for i in range(0, len(lines), lp)]
    n = len(pages)
    hstyle = r.randrange(4)
    fstyle = r.randrange(5)
    out = []
    for i, pg in enumerate(pages, 1):
        if i > 1 and header:
            h = [f"{c.p.lastfirst}   MRN: {c.mrn}", f"Patient: {c.p.full}  DOB: {fdate(r, c.dob, 0)}",
                 f"RE: {c.p.first} {c.p.last.upper()}  (continued)", f"{c.p.last.upper()}, {c.p.first} - {c.hcn}"][hstyle]
            out.append(h)
            out.append("")
        out.extend(pg)
        foot = [f"Page {i} of {n}", f"- {i} -", f"Page {i}", f"{i}/{n}",
                f"CONFIDENTIAL - Page {i} of {n}"][fstyle]
        out.append("")
        out.append(foot)
        if i < n:
            out.append("")
    return "\n".join(out)


def conf_footer(r, c):
    return ch(r, [
        f"CONFIDENTIALITY NOTICE: This document contains personal health information protected under {c.reg['privacy']}. If you have received it in error please notify the sender at {phone(r, c.reg)} and destroy all copies.",
        "This information is confidential and intended only for the use of the individual or institution to which it is addressed.",
        "The contents of this report are privileged and confidential. Unauthorized disclosure is prohibited.",
        f"Confidential Patient Information - {c.hosp}",
        "",
    ])


def dictation(r, c, doc, d=None):
    d = d or c.date
    t = d + dt.timedelta(days=r.randrange(0, 3))
    job = r.randrange(100000, 9999999)
    ti = ch(r, ["mk", "jl", "sd", "tr", "ab", "cv", "pw", "ln"])
    return ch(r, [
        f"{doc.init}/{ti}\nD: {fdate(r, d, 0)} {ftime(r)}\nT: {fdate(r, t, 0)} {ftime(r)}\nJob #: {job}",
        f"D: {d:%d/%m/%Y}  T: {t:%d/%m/%Y}  {doc.init}/{ti}  Doc ID {job}",
        f"Dictated by: {doc.name}   Dictated: {fdate(r, d, 1)}   Transcribed: {fdate(r, t, 1)} ({ti})",
        f"Electronically signed by {doc.name} on {fdate(r, t, 0)} at {ftime(r)}",
        f"DICTATED BUT NOT READ - this report has not been reviewed by the dictating physician.\n{doc.init}:{ti}  D:{d:%m/%d/%y}  T:{t:%m/%d/%y}",
        f"Transcribed by: {ti.upper()}  Voice ID: {job}\nAuthenticated: {fdate(r, t, 5)}",
    ])


def letterhead(r, c, kind="hosp", doc=None):
    reg = c.reg
    if kind == "hosp":
        name = c.hosp
        lines = [name if chance(r, 0.5) else name.upper()]
        if chance(r, 0.7):
            lines.append(f"{r.randrange(10, 900)} {ch(r, STREETS)} {ch(r, STYPES)}, {c.town}, {reg['prov']} {postal(r, reg)}")
        if chance(r, 0.6):
            lines.append(f"Tel: {phone(r, reg)}   Fax: {phone(r, reg)}")
        if chance(r, 0.3):
            lines.append(ch(r, ["Health Records Department", "Department of Medicine", "Surgical Services",
                                "Diagnostic Imaging", "Ambulatory Care", "Patient Care Services"]))
        return "\n".join(lines)
    if kind == "clinic":
        lines = [c.clinic if chance(r, 0.5) else c.clinic.upper()]
        lines.append(f"{r.randrange(10, 900)} {ch(r, STREETS)} {ch(r, STYPES)}{ch(r, ['', ', Suite ' + str(r.randrange(100, 400))])}")
        lines.append(f"{c.town}, {reg['provname'] if chance(r, 0.4) else reg['prov']}  {postal(r, reg)}")
        lines.append(ch(r, [f"Phone {phone(r, reg)}  Fax {phone(r, reg)}", f"T {phone(r, reg)} | F {phone(r, reg)}",
                            f"Tel. {phone(r, reg)}"]))
        return "\n".join(lines)
    d = doc or c.spec
    lines = [f"{d.name}" + ch(r, [f", {d.cred}", f" {d.cred}", ""]), ch(r, [d.spec, f"Consultant in {d.spec}", f"{d.spec} - {c.hosp}", d.spec.upper()])]
    lines.append(f"{r.randrange(10, 900)} {ch(r, STREETS)} {ch(r, STYPES)}, {ch(r, ['Suite ', 'Unit ', '#'])}{r.randrange(101, 420)}")
    lines.append(f"{c.town}, {reg['prov']} {postal(r, reg)}")
    lines.append(f"Tel {d.phone}   Fax {d.fax}")
    return "\n".join(lines)


def sysf(r, c, system):
    k = c.skey
    abn = {"Resp": {"copd": "diffuse wheeze, prolonged expiration", "chf": "crackles to mid zones bilaterally", "pna": "crackles and bronchial BS R base"},
           "CVS": {"af": "irregularly irregular, no murmur", "chf": "S3 present, no murmur"},
           "Abdo": {"appy": "tender RLQ with guarding", "chole": "RUQ tender, Murphy's +", "gib": "soft, mild epigastric tenderness", "colon": "soft, no mass"},
           "Neuro": {"stroke": "R arm drift, expressive aphasia", "dementia": "disoriented to date, non-focal", "uti": "confused, non-focal"},
           "Ext": {"chf": "2+ pitting edema to mid-shin", "cellulitis": "L leg erythema and warmth", "hipfx": "L leg shortened, externally rotated"}}
    norm = {"Resp": ["AEBE, clear", "clear", "good air entry, no crackles"], "CVS": ["S1S2 normal, no murmur", "HS dual, regular", "regular, no murmurs"],
            "Abdo": ["soft, non-tender", "soft NT, BS+", "benign"], "Neuro": ["grossly intact", "non-focal", "A&O x3, non-focal"],
            "Ext": ["no edema", "calves soft, no edema", "warm, well perfused"]}
    return abn.get(system, {}).get(k) or ch(r, norm[system])


def pt_block(r, c, style=None, extra=True):
    style = r.randrange(8) if style is None else style
    d = c.date
    plan = c.reg["plan"]
    hcl = "HCN" if c.reg["prov"] == "ON" else "PHN"
    if style == 0:
        s = f"PATIENT: {c.p.lastfirst}\nDOB: {fdate(r, c.dob, 0)}   SEX: {c.p.sex}\n{hcl}: {c.hcn}\nMRN: {c.mrn}"
    elif style == 1:
        s = f"RE: {c.p.full}   DOB: {fdate(r, c.dob, 1)}   {plan}#: {c.hcn}"
    elif style == 2:
        s = f"Name: {c.p.last}, {c.p.first}        Chart #: {c.mrn}\nDate of Birth: {fdate(r, c.dob, 2)}   Age: {c.age}   Sex: {c.sexw.title()}\nHealth Card: {c.hcn}"
    elif style == 3:
        s = f"{c.p.lastfirst}  ({c.p.sex})  {fdate(r, c.dob, 0)}  MRN {c.mrn}  ACCT {c.acct}"
    elif style == 4:
        s = f"Patient Name: {c.p.first} {c.p.last.upper()}\nBirthdate: {fdate(r, c.dob, 3)}\n{'Health Number' if c.reg['prov']=='ON' else 'Personal Health Number'}: {c.hcn}\nAddress: {c.addr}, {c.town}, {c.reg['prov']} {c.postal}"
    elif style == 5:
        s = f"Re:  {c.p.lastfirst.title() if chance(r,0.5) else c.p.lastfirst}\n     DOB {fdate(r, c.dob, 2)}; {hcl} {c.hcn}\n     {c.addr}, {c.town}"
    elif style == 6:
        s = f"Pt: {c.p.full} | {c.age}{c.p.sex} | HN {c.hcn} | Hosp# {c.mrn}"
    else:
        s = f"NAME {c.p.lastfirst}\nMRN {c.mrn}    ENC {c.acct}\nDOB {fdate(r, c.dob, 5)}  AGE {c.age}Y  SEX {c.p.sex}\nLOC {ch(r, ['3W', '4 East', 'MED2', 'SURG', 'ICU', 'CCU', 'ORTHO', '2N'])}-{r.randrange(1, 40)}{ch(r, 'ABCD')}"
    return s


def cc_line(r, c, docs):
    names = [d.name for d in docs]
    if not names:
        return ""
    return ch(r, ["cc: ", "c.c. ", "CC: ", "Copy to: ", "cc:  "]) + ch(r, ["; ", ", ", "\n     "]).join(names)


def med_fmt(r, m, style):
    """m like 'metformin 1000 mg PO BID'"""
    if style == 0:
        return m
    if style == 1:
        return cap(m)
    if style == 2:
        return m.upper()
    parts = m.split()
    return parts[0].capitalize() + " " + " ".join(parts[1:])


def bullets(r, items, style=None):
    style = r.randrange(5) if style is None else style
    out = []
    for i, it in enumerate(items, 1):
        pre = ["- ", "* ", f"{i}. ", f"{i}) ", "  "][style]
        out.append(pre + cap(it))
    return "\n".join(out)


def vitals(r, c, style=0):
    sick = c.skey in ("pna", "uti", "gib", "copd", "chf", "cellulitis", "chole", "appy")
    hr = r.randrange(88, 118) if sick else r.randrange(58, 96)
    if c.skey == "af":
        hr = r.randrange(118, 150)
    bp = f"{r.randrange(92, 118)}/{r.randrange(52, 70)}" if c.skey in ("gib", "uti") else f"{r.randrange(108, 168)}/{r.randrange(60, 94)}"
    rr = r.randrange(18, 28) if c.skey in ("copd", "chf", "pna") else r.randrange(12, 20)
    t = round(r.uniform(36.2, 38.9 if c.skey in ('pna', 'uti', 'cellulitis', 'chole', 'appy') else 37.4), 1)
    sat = r.randrange(86, 93) if c.skey in ("chf", "copd", "pna") else r.randrange(94, 100)
    if style == 0:
        return f"BP {bp}, HR {hr}, RR {rr}, T {t}, SpO2 {sat}% {ch(r, ['RA', 'on room air', 'on 2L NP'])}"
    if style == 1:
        return f"T {t} C  P {hr}  R {rr}  BP {bp}  O2 sat {sat}%"
    return f"Vitals: Temp {t}; Pulse {hr}; Resp {rr}; BP {bp}; SaO2 {sat}%"

# ----------------------------------------------------------------------------
# Document generators
# ----------------------------------------------------------------------------
def meds_block(r, meds, style=None):
    style = r.randrange(4) if style is None else style
    if not meds:
        return "None."
    ms = r.randrange(4)
    return bullets(r, [med_fmt(r, m, ms) for m in meds], style)


def hpi_para(r, c, opener=True):
    h = c.hpi_list()
    rest = h[1:]
    r.shuffle(rest)
    h = h[:1] + rest
    pmh = c.pmh()
    s = ""
    if opener:
        s = ch(r, [f"{c.mr} is a {c.yo()} {c.man} ", f"This {c.yo()} {c.man} ", f"{c.p.first} is a pleasant {c.yo()} {c.man} ",
                   f"The patient is a {c.yo()} {c.sexw} "])
        s += (f"with a history of {join_and(pmh)} " if pmh else "with no significant past history ") + \
            ch(r, ["who presented with ", "who presents with ", "admitted with ", "seen today for ", "who comes in with "]) + c.s["cc"] + ". "
    s += cap(ch(r, [f"{c.he.capitalize()} describes ", "There is a history of ", "The history is of ", "Reports "])) + h[0] + ". "
    if len(h) > 1:
        s += ch(r, ["There is also ", "Also notes ", f"{c.he.capitalize()} reports ", "Associated with "]) + join_and(h[1:]) + ". "
    s += ch(r, ["No other complaints.", "Review of systems otherwise negative.", "", f"{c.he.capitalize()} denies any recent travel or sick contacts."])
    return s.strip()


def exam_text(r, c):
    ex = list(c.s["exam"])
    s = ch(r, ["On examination, ", "O/E: ", "Exam: ", "Physical examination revealed ", ""]) + vitals(r, c, r.randrange(3)) + ". "
    s += cap(join_and(ex)) + ". "
    if chance(r, 0.5):
        s += ch(r, ["Heart sounds normal.", "Abdomen soft.", "No focal neurological deficit.", "Chest otherwise clear."])
    return s


def exam_systems(r, c):
    ex = list(c.s["exam"])
    sysmap = [("General", ch(r, ["alert, oriented, in mild distress", "comfortable at rest", "pale, appears unwell", "well-appearing, NAD"])),
              ("Vitals", vitals(r, c, 1)),
              ("HEENT", ch(r, ["no pallor or icterus; mucous membranes moist", "normocephalic, PERRL, oropharynx clear", "dry mucous membranes"])),
              ("Neck", ch(r, ["no lymphadenopathy; JVP not seen", "supple, no thyromegaly", "JVP 3 cm ASA"])),
              ("CVS", sysf(r, c, "CVS")), ("Resp", sysf(r, c, "Resp")), ("Abdomen", sysf(r, c, "Abdo")),
              ("Extremities", sysf(r, c, "Ext")), ("Neuro", sysf(r, c, "Neuro"))]
    out = [f"{a}: {b}." for a, b in sysmap if chance(r, 0.85)]
    out.append("Pertinent: " + "; ".join(ex) + ".")
    return "\n".join(out)


def ros_block(r, c):
    items = [("Constitutional", ["no fever or weight loss", "fatigue", "night sweats denied"]), ("CVS", ["no chest pain", "no palpitations", "no syncope"]),
             ("Resp", ["no hemoptysis", "no cough", "chronic cough, unchanged"]), ("GI", ["no nausea, vomiting or change in bowel habit", "no melena or hematochezia"]),
             ("GU", ["no dysuria or hematuria", "nocturia x1"]), ("Neuro", ["no focal weakness", "no headache"]), ("MSK", ["chronic knee pain", "no joint swelling"]),
             ("Psych", ["mood OK", "no anxiety"]), ("Skin", ["no rashes"])]
    return "\n".join(f"{a}: {ch(r, b)}." for a, b in items if chance(r, 0.7))


def labs_text(r, c, n=None):
    keys = c.key_labs(n or r.randrange(3, 7))
    st = r.randrange(2)
    return ", ".join(c.labline(k, st) for k in keys) + "."


def img_text(r, c):
    if not c.s["img"]:
        return ""
    im = ch(r, c.s["img"])
    return f"{im[0]}: {im[2]}"


def g_discharge_summary(r, c):
    s = c.s
    L = r.randrange(7)
    mrp = c.spec if s.get("surg") or chance(r, 0.4) else c.other
    hc = c.fill(s["course"])
    if L == 0:
        t = [letterhead(r, c), "", ch(r, ["DISCHARGE SUMMARY", "DISCHARGE SUMMARY - FINAL", "Discharge Summary"]), "",
             pt_block(r, c, 0), f"ADMISSION DATE: {fdate(r, c.adm, 0)}", f"DISCHARGE DATE: {fdate(r, c.dis, 0)}",
             f"MOST RESPONSIBLE PHYSICIAN: {mrp.name}", f"FAMILY PHYSICIAN: {c.gp.name}", "",
             "MOST RESPONSIBLE DIAGNOSIS:", cap(s["dx"]) + ".", ""]
        if c.pmh():
            t += ["SECONDARY DIAGNOSES / COMORBIDITIES:", bullets(r, c.pmh()), ""]
        if s.get("op"):
            t += ["PROCEDURES:", f"{s['op'][0]} on {fdate(r, c.adm + dt.timedelta(days=1), 1)}.", ""]
        t += ["HISTORY OF PRESENT ILLNESS:", hpi_para(r, c), ""]
        if chance(r, 0.5):
            t += ["PHYSICAL EXAMINATION ON ADMISSION:", exam_systems(r, c), ""]
        t += ["HOSPITAL COURSE:", hc, ""]
        for d_ in c.pmh()[:3]:
            if chance(r, 0.6):
                t.append(f"{cap(d_)}: " + ch(r, ["remained stable; no changes to therapy.", "home medications were continued.", "no active issues during this admission.", "monitored, at baseline."]))
        t.append("")
        if chance(r, 0.6):
            t += ["INVESTIGATIONS:", labs_text(r, c) + " " + img_text(r, c), ""]
        t += ["DISCHARGE MEDICATIONS:", meds_block(r, c.dc_meds()), "", "FOLLOW-UP:", bullets(r, s["plan"]), "",
              mrp.sig(r), "", dictation(r, c, mrp, c.dis), "", cc_line(r, c, [c.gp])]
    elif L == 1:
        t = [letterhead(r, c, "spec", mrp), "", fdate(r, c.dis, 1), "", c.gp.name, c.clinic, c.town + ", " + c.reg["prov"], "",
             pt_block(r, c, 1), "", f"Dear {c.gp.short},", "",
             f"Your patient {c.p.full} was admitted to {c.hosp} under my care from {fdate(r, c.adm, 1)} to {fdate(r, c.dis, 1)} with {s['dx']}.", "",
             hpi_para(r, c), "", hc, "",
             ch(r, ["Discharge medications are as follows:", "Medications on leaving hospital:", "I have sent home the following medications:"]),
             meds_block(r, c.dc_meds(), 0), "",
             ch(r, ["I would be grateful if you could arrange the following:", "Plan:", "Recommendations for follow-up:"]), bullets(r, s["plan"], 0), "",
             ch(r, ["Thank you for allowing me to participate in the care of this patient.", "Thank you for your ongoing care of this patient.", "Please do not hesitate to contact me with any questions."]),
             "", ch(r, ["Yours sincerely,", "Sincerely,", "Yours truly,", "Regards,"]), "", "", mrp.sig(r), "", dictation(r, c, mrp, c.dis)]
    elif L == 2:
        t = [ch(r, [c.hosp.upper(), "HEALTH RECORDS"]), ch(r, ["CLINICAL RESUME", "Discharge Record", "PATIENT DISCHARGE REPORT"]), "",
             pt_block(r, c, 7), "", f"Admit: {fdate(r, c.adm, 5)}    Disch: {fdate(r, c.dis, 5)}    LOS: {c.los} d",
             f"Service: {s['ward']}    Disposition: {ch(r, ['Home', 'Home with home care', 'Home with family', 'Retirement residence', 'LTC home'])}", "",
             "Diagnoses", "--------", f"(M) {s['dx']}  [{s['code']}]"]
        for d in c.comorb:
            t.append(f"(1) {d[0]}  [{d[1] or '---'}]")
        t += ["", "Interventions", "-------------", s["op"][0] if s.get("op") else ch(r, ["None", "Nil", "N/A"]), "",
              "Summary of Course", "-----------------", hc, "",
              "Medication Changes", "------------------"]
        for m in c.new_dc():
            t.append("NEW: " + m)
        if c.home and chance(r, 0.5):
            t.append("CONTINUE: all other home medications unchanged")
        t += ["", "Pending at discharge: " + ch(r, ["None", "Blood cultures (no growth to date)", "Final pathology", "Nil"]), "",
              "Follow up: " + "; ".join(s["plan"]), "", f"Completed by: {mrp.name}", dictation(r, c, mrp, c.dis)]
    elif L == 3:
        t = [f"{c.hosp}", ch(r, ["Hospitalist Service", "Internal Medicine - CTU", "Family Practice Inpatient Service"]), "",
             ch(r, ["Discharge Summary", "Hospital Discharge Summary", ""]), pt_block(r, c, 6), "",
             "Reason for Admission:", cap(s["cc"]) + ".", "",
             "Diagnoses This Admission:", "1. " + cap(s["dx"])]
        for i, d in enumerate(c.pmh(), 2):
            t.append(f"{i}. {cap(d)}")
        t += ["", "Key Investigations:", labs_text(r, c)]
        if s["img"]:
            t += [f"- {im[0]}: {im[2]}" for im in s["img"]]
        t += ["", ch(r, ["Issues by Problem:", "Hospital Course by Problem:", "Problem List / Course:"]), f"# {cap(s['short'])}: {hc}"]
        for d in c.pmh()[:2]:
            t.append(f"# {cap(d)}: {ch(r, ['stable, no changes', 'home meds continued', 'at baseline'])}.")
        t += ["", "Medication Changes:", "NEW: " + ("; ".join(c.new_dc()) or "none"),
              "CHANGED: " + ch(r, ["none", "see above"]),
              "STOPPED: " + ch(r, ["none", "naproxen" if c.skey == "gib" else "none"]), "",
              "Pending Results: " + ch(r, ["none", "final blood cultures", "pathology"]), "",
              "Follow-up:", bullets(r, s["plan"], 0), "",
              "Code status: " + ch(r, ["Full code", "DNR", "Full resuscitation", "No CPR, no intubation"]), "",
              f"{mrp.name}  ({mrp.spec})", f"Signed {fdate(r, c.dis, 0)} {ftime(r)}"]
    elif L == 4:
        t = [letterhead(r, c), "", pt_block(r, c, 3), "",
             f"ADMITTED: {fdate(r, c.adm, 3)}", f"DISCHARGED: {fdate(r, c.dis, 3)}", f"ATTENDING: {mrp.name}", "",
             "DIAGNOSES:", f"1. {cap(s['dx'])}."] + [f"{i}. {cap(d)}." for i, d in enumerate(c.pmh(), 2)] + [
             "", f"This {c.yo()} {c.man} " + ch(r, ["was admitted via the emergency department", "was admitted from clinic", "was transferred from " + ch(r, c.reg['hosp'])]) + f" with {s['cc']}. " + hc, "",
             "On discharge " + c.he + " was " + ch(r, ["ambulating independently", "comfortable", "afebrile with stable vital signs", "tolerating diet"]) + ". " +
             "Medications at discharge: " + "; ".join(c.dc_meds()) + ". " +
             "Follow-up: " + "; ".join(s["plan"]) + ".", "", mrp.sig(r), dictation(r, c, mrp, c.dis), cc_line(r, c, [c.gp] + ([c.spec] if mrp is not c.spec else []))]
    elif L == 5:
        op = s.get("op") or ("conservative management", "", "", [], "", "")
        t = [c.hosp.upper(), ch(r, ["Department of Surgery", "Surgical Services", "Orthopaedic Surgery"]), "",
             ch(r, ["SURGICAL DISCHARGE SUMMARY", "Discharge Note", "Summary of Surgical Admission"]), "",
             pt_block(r, c, 2), f"Surgeon: {c.spec.name}", f"Admission: {fdate(r, c.adm, 2)}   Discharge: {fdate(r, c.dis, 2)}", "",
             f"Diagnosis: {cap(s['dx'])}", f"Operation: {op[0]} ({fdate(r, c.adm + dt.timedelta(days=1), 2)})", "",
             "Post-operative course: " + hc + " " + ch(r, ["Wound clean and dry.", "Incisions healing well.", "Afebrile throughout."]), "",
             "Pathology: " + (s["path"][3] if s.get("path") else ch(r, ["N/A", "not applicable", "pending"])), "",
             "Discharge Rx:", meds_block(r, c.new_dc() + ["acetaminophen 1 g PO q6h PRN"]), "",
             "Instructions:", bullets(r, s["plan"]), "", c.spec.sig(r), dictation(r, c, c.spec, c.dis)]
    else:
        t = [ch(r, [c.hosp, c.hosp.upper()]), ch(r, ["Short Stay Unit", "Clinical Decision Unit", "Medical Day Unit", "Observation Unit"]), "",
             ch(r, ["Brief Discharge Note", "Discharge Note - Short Stay", "Short Stay Discharge", ""]), "",
             f"Patient: {c.p.full}    HCN {c.hcn}", f"Date: {fdate(r, c.dis, 0)}", "",
             f"Dx: {s['short']}", "Course: " + ch(r, ["Observed overnight. ", "Less than 48 h stay. ", ""]) + hc.split(". ")[0] + ".",
             f"Labs: {labs_text(r, c, 3)}", "Disposition: home. " + ch(r, ["Stable for discharge.", "Pt agreeable with plan.", "Family aware."]),
             "Rx: " + ", ".join(c.new[-1:] or ["no new meds"]), "F/U: " + s["plan"][0] + ".", "", f"-- {c.other.name}"]
    return "\n".join(t)


def g_history_physical(r, c):
    s = c.s
    L = r.randrange(6)
    doc = c.other if not s.get("surg") else c.spec
    fh = ch(r, ["Father died of MI at 66. Mother had type 2 diabetes.", "Non-contributory.", "Mother - breast cancer at 70; father - stroke.", "No family history of premature CAD.", "Unknown - adopted."])
    sh = ch(r, [f"Lives with {c.nok_rel} in a bungalow in {c.town}. Independent with ADLs and IADLs. Ex-smoker, quit {r.randrange(1,30)} years ago. Alcohol: {r.randrange(0,10)} drinks per week.",
                f"Lives alone in an apartment. Retired {ch(r, ['teacher', 'millwright', 'nurse', 'farmer', 'trucker', 'accountant', 'postal worker'])}. Current smoker {r.randrange(5,30)} cig/day. Social EtOH.",
                f"Married, {r.randrange(0,5)} children. Works as a {ch(r, ['machinist', 'cashier', 'electrician', 'bookkeeper', 'logger', 'teacher'])}. Never smoker. No drug use.",
                f"Resides at {ch(r, c.reg['ltc'])}. Uses a walker. Requires assistance with bathing."])
    ros = ch(r, ["ROS otherwise negative.", "No fevers, chills, night sweats. No chest pain. No GI or GU complaints.", "Remainder of review of systems is unremarkable.", "As per HPI, otherwise negative x 10 systems."])
    imp = [cap(s["dx"])] + c.pmh()
    if L == 0:
        t = [letterhead(r, c), "", ch(r, ["ADMISSION HISTORY AND PHYSICAL", "HISTORY AND PHYSICAL EXAMINATION", "ADMISSION HISTORY & PHYSICAL"]), "",
             pt_block(r, c, 0), f"DATE OF ADMISSION: {fdate(r, c.adm, 0)}", f"ADMITTING PHYSICIAN: {doc.name}", f"FAMILY PHYSICIAN: {c.gp.name}", "",
             "CHIEF COMPLAINT:", cap(s["cc"]) + ".", "", "HISTORY OF PRESENT ILLNESS:", hpi_para(r, c), "",
             "PAST MEDICAL HISTORY:", bullets(r, c.pmh() or ["Nil significant"]), "",
             "MEDICATIONS:", meds_block(r, c.home), "", f"ALLERGIES: {c.allergy}", "",
             "SOCIAL HISTORY:", sh, "", "FAMILY HISTORY:", fh, "", "REVIEW OF SYSTEMS:", ros_block(r, c) if chance(r, 0.6) else ros, "",
             "PHYSICAL EXAMINATION:", exam_systems(r, c), "",
             "LABORATORY DATA:", labs_text(r, c), img_text(r, c), "",
             "IMPRESSION:", bullets(r, imp, 2), "", "PLAN:", bullets(r, c.new + s["plan"][:2], 2), "",
             doc.sig(r), dictation(r, c, doc)]
    elif L == 1:
        t = [f"{ch(r, ['Internal Medicine', 'Medicine', 'Hospitalist', 'GIM'])} Admission Note - {fdate(r, c.adm, 0)} {ftime(r)}", "",
             f"ID: {c.age}{c.p.sex}, {ch(r, ['lives w/ ' + c.nok_rel, 'lives alone', 'from LTC', 'independent at baseline'])}",
             f"CC: {s['cc']}", "", "HPI:", "- " + "\n- ".join(c.hpi_list()), "",
             "PMHx:", "\n".join("  " + p for p in c.pmh()) or "  nil", "", "Meds:", "\n".join("  " + m for m in c.home) or "  nil",
             f"All: {c.allergy}", "SHx: " + sh.split(".")[0], "", f"O/E: {vitals(r, c, 1)}", "  " + "\n  ".join(s["exam"]), "",
             "Ix: " + labs_text(r, c, 5), ("   " + img_text(r, c)) if s["img"] else "", "",
             "A/P:", f"{c.age}{c.p.sex} w/ {s['short']}"]
        for i, n in enumerate(c.new, 1):
            t.append(f"  {i}. {n}")
        t += ["  - " + p for p in s["plan"][:2]] + [f"  - VTE ppx: {ch(r, ['enoxaparin 40 mg SC daily', 'heparin 5000 u SC q12h', 'held - bleeding', 'mechanical'])}",
              f"  - Code status: {ch(r, ['FULL', 'DNR/DNI', 'Full code - discussed w/ pt'])}", "", f"{doc.name} / {ch(r, ['PGY2', 'PGY1', 'clerk', ''])}"]
    elif L == 2:
        surg = s.get("op")
        proc = surg[0] if surg else ch(r, ["colonoscopy", "cataract extraction", "hernia repair"])
        t = [c.hosp, ch(r, ["PRE-ADMISSION CLINIC", "Pre-Surgical Screening", "Pre-Operative Assessment Clinic"]), "",
             pt_block(r, c, 2), "", f"Planned procedure: {proc}", f"Surgeon: {c.spec.name}   Surgery date: {fdate(r, c.adm, 1)}", "",
             "History: " + hpi_para(r, c), "", "Past history: " + (", ".join(c.pmh()) or "unremarkable") + ".",
             "Previous anaesthetics: " + ch(r, ["GA for tonsillectomy as a child, uneventful", "none", "spinal for TURP, no issues", "C-section x2 under spinal"]) + ".",
             "Medications: " + ("; ".join(c.home) or "none") + ".", f"Allergies: {c.allergy}.", "",
             "Functional capacity: " + ch(r, ["> 4 METs, climbs 2 flights", "limited by pain, < 4 METs", "walks 2 blocks"]) + ".",
             "Exam: " + vitals(r, c) + ". Airway " + ch(r, ["Mallampati II", "MP 1, good mouth opening", "MP III, full dentures"]) + ". CVS/resp unremarkable. " + join_and(s["exam"][:2]) + ".", "",
             "Investigations: " + labs_text(r, c, 4) + " ECG: " + s["ecg"] + ".", "",
             "Assessment: ASA " + ch(r, ["II", "III", "II", "I"]) + ". Fit for proposed procedure.",
             "Instructions: " + ch(r, ["NPO after midnight. Hold ramipril morning of surgery.", "Clear fluids until 2 h pre-op. Take usual meds with sip of water except metformin.", "Hold anticoagulant 48 h pre-op as per surgeon."]), "",
             doc.sig(r)]
    elif L == 3:
        t = [letterhead(r, c), "", pt_block(r, c, 4), "", f"DATE: {fdate(r, c.adm, 1)}", "",
             "ADMITTING HISTORY: " + hpi_para(r, c) + " " + ("Past medical history includes " + join_and(c.pmh()) + ". " if c.pmh() else "") +
             ("Medications on admission are " + join_and(c.home) + ". " if c.home else "No regular medications. ") + f"Allergies: {c.allergy}. " + sh, "",
             "PHYSICAL EXAMINATION: " + (exam_text(r, c) if chance(r, 0.5) else "\n" + exam_systems(r, c)), "",
             "INVESTIGATIONS: " + labs_text(r, c) + " " + img_text(r, c), "",
             "IMPRESSION AND PLAN: " + f"This {c.yo()} {c.man} is admitted with {s['dx']}. " + "We will start " + join_and(c.new or ["supportive care"]) + ". " + cap(join_and(s["plan"][:2])) + ".", "",
             doc.sig(r), "", dictation(r, c, doc)]
    elif L == 4:
        t = [c.hosp.upper(), ch(r, ["PHYSICIAN ADMISSION ASSESSMENT", "ADMISSION RECORD - PHYSICIAN", "Form MR-112  Admission Assessment"]), "",
             f"Name: {c.p.lastfirst}          MRN: {c.mrn}", f"Date/Time: {fdate(r, c.adm, 0)} {ftime(r)}      Unit: {s['ward']}", "",
             f"Presenting complaint: {s['cc']}", "History: " + "; ".join(c.hpi_list()), "",
             "PMH: " + ("; ".join(c.pmh()) or "___"), f"Allergies: {c.allergy}", "Meds: see BPMH  [X]   listed below [ ]", "",
             "EXAM   General: ______ " + ch(r, ["alert", "drowsy", "NAD"]),
             "       CVS: " + sysf(r, c, "CVS") + "    Resp: " + sysf(r, c, "Resp"),
             "       Abdo: " + sysf(r, c, "Abdo") + "   Neuro: " + sysf(r, c, "Neuro"),
             "       Other: " + "; ".join(s["exam"]), "",
             "Dx: " + s["dx"], "", "Level of care:  [" + ch(r, ["X] Full   [ ] ", " ] Full   [X] "]) + "Modified   [ ] Comfort", "",
             "Plan: " + "; ".join(c.new + s["plan"][:1]), "", f"Physician signature: ________  {doc.name}"]
    else:
        t = [f"{ch(r, ['FAMILY MEDICINE INPATIENT SERVICE', 'Family Practice Admission', 'GP Admission Note'])}", c.hosp, "",
             pt_block(r, c, 5), "", f"{c.gp.name} admitting for {s['short']}. " + hpi_para(r, c, False), "",
             "Background: " + (", ".join(c.pmh()) or "healthy") + ". Meds as per pharmacy printout (reviewed). Allergy: " + c.allergy + ".", "",
             "Exam: " + exam_text(r, c), "", "Results: " + labs_text(r, c), "",
             "Impression: " + s["dx"] + ".", "Management:", bullets(r, c.new + s["plan"][:2], 0), "",
             "Discussed with patient and " + c.nok_rel + ". " + ch(r, ["Agreeable.", "Questions answered.", "Wishes to be full code."]), "", c.gp.sig(r)]
    return "\n".join(x for x in t if x is not None)


def g_progress_note(r, c):
    s = c.s
    L = r.randrange(7)
    d = c.date + dt.timedelta(days=r.randrange(0, 60))
    if L == 0:
        bill = ch(r, ["A007A", "A001A", "K005A", "A008A"]) if c.reg["prov"] == "ON" else ch(r, ["00100", "00120", "14076"])
        t = [letterhead(r, c, "clinic"), "", pt_block(r, c, 2), f"Visit date: {fdate(r, d, 0)}   Provider: {c.gp.name}", "",
             "S: " + ch(r, ["F/u ", "Here for f/u of ", "Review of ", "Pt returns re: "]) + s["short"] + ". " + ch(r, ["Feeling better.", "Some improvement.", "No change.", "Worse this week."]) + " " + c.hpi_list()[-1] + ".",
             "O: " + vitals(r, c, 1) + ". " + s["exam"][0] + ".",
             "A: " + s["short"] + ch(r, [" - improving", " - stable", " - not at target", ""]),
             "P: " + "; ".join(s["plan"][:3]), "", f"Billing: {bill}  Dx {s['code']}", f"Signed: {c.gp.name} {fdate(r, d, 0)}"]
    elif L == 1:
        day = r.randrange(2, 8)
        t = [f"{c.hosp}  -  {ch(r, ['Interdisciplinary Progress Notes', 'PROGRESS NOTES', 'Physician Progress Record'])}", pt_block(r, c, 3), "",
             f"{fdate(r, c.adm + dt.timedelta(days=day), 0)} {ftime2(r)}   {ch(r, ['Medicine', 'MD', 'Hospitalist', 'Surgery'])}  Day {day}",
             "S: " + ch(r, ["Feels better today. ", "Slept poorly. ", "No new complaints. ", "Pain controlled. "]) + ch(r, ["Eating well.", "Ambulating in hall.", "Some nausea o/n.", "BM yesterday."]),
             "O: " + vitals(r, c, 1), "   " + ch(r, s["exam"]) + ch(r, [" - improved", " - unchanged", ""]),
             "   Labs: " + labs_text(r, c, 4), "A/P:", f"  #{s['short']}: {ch(r, ['improving', 'slowly improving', 'stable', 'resolving'])}. " + ch(r, c.new or ['supportive']) + ".",
             ]
        for p in c.pmh()[:2]:
            t.append(f"  #{p}: {ch(r, ['stable', 'cont home meds', 'no issues'])}.")
        t += ["  Dispo: " + ch(r, ["home in 1-2 days", "await PT/OT assessment", "CCAC/home care referral sent", "pending bed at rehab"]), f"  {c.other.first[0]}. {c.other.last} MD"]
    elif L == 2:
        t = [letterhead(r, c, "spec"), "", ch(r, ["CLINIC NOTE", "Follow-up Visit", "Outpatient Clinic Note", "FOLLOW-UP NOTE"]), "",
             pt_block(r, c, 1), f"Date of visit: {fdate(r, d, 1)}", "",
             f"{c.mr} returns for follow-up of {s['dx']}. " + ch(r, [f"Since I last saw {c.him} {c.he} has been doing well. ", "Interval history is unremarkable. ", f"{c.he.capitalize()} has had some ongoing symptoms. "]) +
             ch(r, [f"{c.he.capitalize()} is tolerating {c.new[0].split()[0] if c.new else 'the medications'} without side effects.", "No new problems.", "Compliance has been good."]), "",
             "On examination today " + vitals(r, c) + ". " + cap(ch(r, s["exam"])) + ".", "",
             "Recent results: " + labs_text(r, c, 3), "",
             "Impression: " + cap(s["short"]) + ", " + ch(r, ["stable", "improving", "not yet at goal"]) + ".", "",
             "Plan: " + " ".join(cap(p) + "." for p in s["plan"][:3]) + " " + ch(r, ["Return in 3 months.", "I will see her again in 6 months.", "Follow-up in one year or sooner PRN."]), "",
             c.spec.sig(r), dictation(r, c, c.spec, d), cc_line(r, c, [c.gp])]
    elif L == 3:
        t = [f"{c.clinic} - {ch(r, ['EMR', 'Chart', 'Encounter'])} Printout", f"Printed {fdate(r, d + dt.timedelta(days=30), 0)}", "",
             f"{c.p.lastfirst}   DOB {fdate(r, c.dob, 0)}   {c.hcn}", "",
             f"Encounter Date: {fdate(r, d, 6)}", f"Provider: {ch(r, [c.gp.name, 'NP ' + Person(r).full, c.gp.name])}",
             f"Reason for visit: {ch(r, [s['short'], s['cc'], 'f/u bloodwork', 'med review'])}", "",
             "Vitals:", f"  BP {r.randrange(110,160)}/{r.randrange(60,95)}  HR {r.randrange(60,95)}  Wt {r.randrange(50,115)} kg", "",
             "History:", "  " + ch(r, c.hpi_list()) + ".", "  Meds reviewed: " + ", ".join(m.split()[0] for m in c.dc_meds()[:5]), "",
             "Exam:", "  " + ch(r, s["exam"]), "", "Assessment:", f"  {s['short']} ({s['code']})",
             "Plan:", bullets(r, s["plan"][:3], 0), "", "Next appt: " + ch(r, ["2 weeks", "1 month", "3 months", "PRN"])]
    elif L == 4:
        mod = ch(r, ["telephone", "video (OTN)" if c.reg["prov"] == "ON" else "video", "telephone"])
        d2 = dt.date(r.randrange(2020, 2024), r.randrange(1, 13), r.randrange(1, 28))
        t = [f"{ch(r, ['Virtual Care Visit', 'Telephone Visit', 'Virtual Visit Note', 'Phone f/u'])} - {fdate(r, d2, 0)}", "",
             f"Patient: {c.p.full}  ({c.age}{c.p.sex})", f"Modality: {mod}. Patient identity confirmed with DOB and health card number. Verbal consent for virtual care obtained.", "",
             f"Calling re: {s['short']}. " + ch(r, ["Doing OK at home.", "Reports improvement.", "Still symptomatic."]) + " " + ch(r, c.hpi_list()) + ".",
             "No red flags. " + ch(r, ["Reviewed recent labs with pt: " + labs_text(r, c, 3), "Home BP readings reviewed.", ""]), "",
             "Impression: " + s["short"] + ".", "Plan: " + "; ".join(s["plan"][:2]) + ". In-person visit if worsening.", "",
             f"Time spent: {r.randrange(8, 25)} min", f"-- {c.gp.name}"]
    elif L == 5:
        t = [ch(r, ["PROGRESS NOTES", "Physician Notes", "Progress Record"]) + "   " + c.hosp, f"{c.p.lastfirst}  #{c.mrn}", "", "Date/Time      Note", "-" * 60]
        dd = c.adm
        for k in range(r.randrange(2, 5)):
            dd = dd + dt.timedelta(days=1)
            t.append(f"{dd:%d/%m/%y} {ftime2(r)}  " + ch(r, ["Pt seen and examined. ", "Seen on rounds. ", "Reviewed. ", "Called to see pt re "]) +
                     ch(r, ["feels better", "c/o pain", "afebrile", "ate breakfast", "confused o/n", "mobilizing w/ PT"]) + ". " +
                     ch(r, s["exam"]) + ". " + ch(r, ["Cont same.", "Plan as per previous.", "Adjust analgesia.", "Lytes in AM.", "D/C planning."]) + f"  {c.other.first[0]}.{c.other.last}")
    else:
        t = [c.clinic, "", f"{fdate(r, d, 1)}", "", pt_block(r, c, 5), "",
             f"{c.age} {c.sexw} seen for {s['short']}.", "",
             "Subjective: " + hpi_para(r, c, False), "", "Objective: " + exam_text(r, c), "",
             "Assessment/Plan:", bullets(r, [s["short"]] + s["plan"][:2], 3), "",
             f"{c.gp.first} {c.gp.last}, MD CCFP"]
    return "\n".join(t)


def g_consult_note(r, c):
    s = c.s
    L = r.randrange(7)
    dr = c.spec
    if c.skey == "dep":
        L = ch(r, [0, 5, 1, 3])
    if c.skey == "dementia" and chance(r, 0.5):
        L = 6
    open_ = ch(r, [f"Thank you for asking me to see {c.mr}, a {c.yo()} {c.man}, in consultation regarding {s['short']}.",
                   f"Thank you for referring this pleasant {c.yo()} {c.man} for assessment of {s['cc']}.",
                   f"Thank you for asking me to see your patient {c.p.full} who was seen in my office today regarding {s['cc']}.",
                   f"Many thanks for the referral of {c.mr}, whom I saw today for evaluation of {s['short']}."])
    imp = f"{cap(s['dx'])}."
    rec = c.new + s["plan"]
    if L == 0:
        t = [letterhead(r, c, "spec"), "", fdate(r, c.date, 1), "", c.gp.name, c.clinic, f"{c.town}, {c.reg['prov']}", "",
             pt_block(r, c, 1), "", f"Dear {c.gp.short},", "", open_, "",
             ch(r, ["HISTORY:", "History of presenting illness:", ""]) , hpi_para(r, c, False), "",
             "Past medical history: " + (", ".join(c.pmh()) or "unremarkable") + ".",
             "Medications: " + ("; ".join(c.home) or "none") + ".", f"Allergies: {c.allergy}.", "",
             "On examination, " + vitals(r, c) + ". " + cap(join_and(s["exam"])) + ".", "",
             (("Investigations reviewed: " + labs_text(r, c) + " " + img_text(r, c)) if chance(r, 0.8) else ""), "",
             "IMPRESSION:", imp, "", ch(r, ["RECOMMENDATIONS:", "PLAN:", "Plan:"]), bullets(r, rec, 1), "",
             ch(r, ["Thank you for allowing me to participate in the care of this patient.", "Thank you for this interesting referral. I will keep you informed.", "I will see her back in follow-up as above." if c.p.sex == "F" else "I will see him back in follow-up as above."]),
             "", ch(r, ["Yours sincerely,", "Kind regards,", "Sincerely,"]), "", "", dr.sig(r), "", dictation(r, c, dr)]
    elif L == 1:
        t = [letterhead(r, c), "", ch(r, ["CONSULTATION REPORT", "CONSULTATION", "CONSULT NOTE"]), "", pt_block(r, c, 0),
             f"DATE OF CONSULTATION: {fdate(r, c.date, 0)}", f"CONSULTANT: {dr.name}, {dr.spec}", f"REFERRING PHYSICIAN: {ch(r, [c.gp.name, c.other.name])}", "",
             "REASON FOR CONSULTATION:", cap(s["cc"]) + ".", "", "HISTORY OF PRESENT ILLNESS:", hpi_para(r, c), "",
             "PAST MEDICAL HISTORY:", bullets(r, c.pmh() or ["None"]), "", "MEDICATIONS:", meds_block(r, c.home), "",
             f"ALLERGIES: {c.allergy}", "", "SOCIAL HISTORY:", ch(r, ["Lives with spouse. Non-smoker. Occasional alcohol.", "Widowed, lives alone. Ex-smoker.", "Married, works full-time. Never smoker."]), "",
             "REVIEW OF SYSTEMS:", ros_block(r, c), "", "PHYSICAL EXAMINATION:", exam_systems(r, c) if chance(r, 0.7) else exam_text(r, c), "",
             "INVESTIGATIONS:", labs_text(r, c) + " " + img_text(r, c), "", "IMPRESSION:", imp, "", "RECOMMENDATIONS:", bullets(r, rec, 2), "",
             dr.sig(r), dictation(r, c, dr), cc_line(r, c, [c.gp])]
    elif L == 2:
        t = [f"{dr.spec} Consult Note", f"{c.hosp} - {fdate(r, c.date, 0)} {ftime(r)}", "",
             f"Pt: {c.p.lastfirst}  {c.age}{c.p.sex}  MRN {c.mrn}", f"Consult requested by: {c.other.name} ({c.other.spec})",
             f"RFC: {ch(r, ['?', 'r/o', 'mgmt of', 'assist with'])} {s['short']}", "",
             "HPI: " + "; ".join(c.hpi_list()), "PMH: " + (", ".join(c.pmh()) or "nil"), "Meds: " + (", ".join(m.split()[0] for m in c.home) or "nil"),
             f"Allergies: {c.allergy}", "", "Exam: " + vitals(r, c, 1), "  " + "; ".join(s["exam"]), "",
             "Data: " + labs_text(r, c, 5), "   " + img_text(r, c), "",
             f"Impression: {c.age}{c.p.sex} with {s['dx']}.", "Recommendations:", bullets(r, rec, 3), "",
             ch(r, ["Thank you for this consult. We will follow along.", "Thanks for involving us. Will sign off; please re-consult PRN.", "Discussed with staff."]),
             f"{dr.name} / {ch(r, ['R2', 'R3', 'fellow', 'staff'])}  pager {r.randrange(1000, 9999)}"]
    elif L == 3:
        t = [letterhead(r, c, "spec"), "", f"{fdate(r, c.date, 7)}", "", f"{c.gp.name}", f"Fax: {c.gp.fax}", "",
             f"RE:  {c.p.full.upper()}", f"     DOB: {fdate(r, c.dob, 0)}", f"     {c.reg['plan']}: {c.hcn}", "",
             f"Dear {c.gp.first},", "",
             f"I saw {c.p.first} today in my office at your request. " + hpi_para(r, c, False), "",
             f"{c.his.capitalize()} past history is notable for {join_and(c.pmh()) or 'nothing of significance'}. {c.he.capitalize()} takes {join_and(c.home) or 'no regular medications'}.", "",
             "Examination: " + exam_text(r, c), "",
             f"In summary, I believe {c.he} has {s['dx']}. " + ("I have recommended " + join_and(rec[:3]) + ". " if rec else "") + ch(r, ["I will see her again in three months.", "I will arrange follow-up.", "I have not arranged follow-up but would be happy to see again."]), "",
             "Best regards,", "", dr.sig(r), "", dictation(r, c, dr)]
    elif L == 4:
        t = [c.hosp.upper(), ch(r, ["REQUEST FOR CONSULTATION / CONSULTATION REPORT", "Consultation Request and Report", "CONSULTATION RECORD"]), "",
             pt_block(r, c, 3), "", "---- REQUEST ----", f"To: {dr.spec}   From: {c.other.name}   Urgency: {ch(r, ['Urgent', 'Routine', 'Within 24 h'])}",
             f"Question: {ch(r, ['Please assess and advise re', 'Assistance with', 'Opinion re'])} {s['short']}", "",
             "---- REPORT ----", f"Seen {fdate(r, c.date, 0)} {ftime(r)}.", "History: " + hpi_para(r, c, False),
             "Exam: " + "; ".join(s["exam"]) + ".", "Impression: " + imp, "Recommendations: " + "; ".join(rec) + ".", "",
             f"Consultant: {dr.name}  Signature: ________"]
    elif L == 5:
        t = [letterhead(r, c, "spec"), "", ch(r, ["PSYCHIATRIC CONSULTATION", "Psychiatric Assessment", "MENTAL HEALTH CONSULTATION"]) if c.skey == "dep" else ch(r, ["Consultation", "Initial Assessment", "New Patient Consultation"]), "",
             pt_block(r, c, 2), f"Date seen: {fdate(r, c.date, 1)}", f"Referred by: {c.gp.name}", "",
             ("Identifying data / reason for referral: " if c.skey == "dep" else ch(r, ["Reason for referral: ", ""])) + open_, "", "History of presenting illness: " + hpi_para(r, c, False), "",
             "Past history: " + (", ".join(c.pmh()) or "none") + ".", "Medications: " + (", ".join(c.home) or "none") + ".",
             "Social: " + ch(r, ["Separated, lives alone, supportive sister.", "Married, two teenage children.", "Lives with partner; unemployed since spring."]), "",
             ("Mental status examination: " if c.skey == "dep" else "Examination: ") + "; ".join(s["exam"]) + ".", "",
             ("Risk assessment: passive SI, no plan or intent, protective factors include family. Low acute risk.\n" if c.skey == "dep" else "") +
             ("Formulation/Impression: " if c.skey == "dep" else ch(r, ["Impression: ", "Assessment: ", "Opinion: "])) + imp, "", "Plan:", bullets(r, rec, 0), "", dr.sig(r), dictation(r, c, dr)]
    else:
        t = [letterhead(r, c, "spec"), "", ch(r, ["COMPREHENSIVE GERIATRIC ASSESSMENT", "Geriatric Consultation", "Specialized Geriatric Services - Consultation"]), "",
             pt_block(r, c, 4), f"Date: {fdate(r, c.date, 1)}", f"Accompanied by: {c.nok.full} ({c.nok_rel})", "",
             "Reason for referral: " + s["cc"] + ".", "", "History: " + hpi_para(r, c, False), "",
             "Functional status: ADLs - " + ch(r, ["independent", "needs help bathing"]) + "; IADLs - " + ch(r, ["needs help with finances and medications", "dependent for shopping and meds"]) + ".",
             "Medications (" + str(len(c.home)) + "): " + ", ".join(c.home) + ".", "",
             "Examination: " + "; ".join(s["exam"]) + ".", "", "Impression: " + imp, "",
             "Recommendations:", bullets(r, rec, 2), "", dr.sig(r), "", dictation(r, c, dr), cc_line(r, c, [c.gp])]
    return "\n".join(t)

def g_operative_note(r, c):
    s = c.s
    name, anes, findings, steps, spec, ebl = s["op"]
    L = r.randrange(7)
    d = c.adm + dt.timedelta(days=r.randrange(0, 2))
    asst = ch(r, [Person(r).full + ", RN(EC)", "Dr. " + Person(r).full, Person(r).full + " (surgical resident)", "none", "Dr. " + Person(r).last + " (clinical clerk)"])
    an = Doc(r, "Anaesthesia", c.reg)
    post = s["dx"]
    pre = s["dx"] if chance(r, 0.6) else ch(r, [s["short"], "same", "as above"])
    comp = ch(r, ["None", "None apparent", "Nil", "No intraoperative complications"])
    cond = ch(r, ["stable", "satisfactory", "good", "stable to PACU", "stable to recovery room"])
    if L == 0:
        t = [letterhead(r, c), "", ch(r, ["OPERATIVE REPORT", "OPERATIVE REPORT", "REPORT OF OPERATION", "OPERATION RECORD"]), "",
             pt_block(r, c, 0), "", f"DATE OF OPERATION: {fdate(r, d, 0)}", f"SURGEON: {c.spec.name}", f"ASSISTANT: {asst}",
             f"ANESTHETIST: {an.name}", f"ANESTHESIA: {cap(anes)}", "", f"PREOPERATIVE DIAGNOSIS: {cap(pre)}", f"POSTOPERATIVE DIAGNOSIS: {cap(post)}",
             f"OPERATION PERFORMED: {name}", "", "INDICATIONS:", f"This {c.yo()} {c.man} presented with {s['cc']}. " + ch(r, ["Risks, benefits and alternatives were discussed and informed consent obtained.", "The risks including bleeding, infection and injury to adjacent structures were explained and the patient wished to proceed."]), "",
             "FINDINGS:", findings, "", "PROCEDURE IN DETAIL:",
             ch(r, ["The patient was brought to the operating room and placed supine. ", "After induction of anaesthesia and a surgical safety checklist pause, "]) +
             ch(r, ["Cefazolin 2 g IV was given prior to incision. ", "Preoperative antibiotics were administered. ", ""]) +
             "The area was prepped and draped in the usual sterile fashion. " + ". ".join(steps) + ". " +
             ch(r, ["Sponge and needle counts were correct x2.", "All counts were reported correct.", "Counts correct."]) + f" The patient tolerated the procedure well and was transferred to the recovery room in {cond} condition.", "",
             f"ESTIMATED BLOOD LOSS: {ebl}", f"SPECIMENS: {spec}", f"COMPLICATIONS: {comp}", "", c.spec.sig(r), dictation(r, c, c.spec, d), cc_line(r, c, [c.gp])]
    elif L == 1:
        t = [letterhead(r, c), "", pt_block(r, c, 3), "", f"Date: {fdate(r, d, 1)}", f"Surgeon: {c.spec.name}   Anaesthetist: {an.name}", "",
             f"OPERATION: {name.upper()}", "", f"DIAGNOSIS: {cap(post)}.", "", "FINDINGS: " + findings, "",
             "DESCRIPTION: " + " ".join(cap(x) + "." for x in steps), "", f"EBL {ebl}. " + ch(r, ["No drains.", "JP drain placed.", "Drain: none."]) + f" Complications: {comp.lower()}.", "",
             dictation(r, c, c.spec, d)]
    elif L == 2:
        t = [ch(r, ["BRIEF OPERATIVE NOTE", "Post-op Note", "Immediate Post-Operative Note", "Brief Op Note"]), f"{fdate(r, d, 0)} {ftime(r)}", "",
             f"Pt: {c.p.full}  MRN {c.mrn}", f"Pre-op dx: {s['short']}", f"Post-op dx: {ch(r, ['same', s['short'], post])}", f"Procedure: {name}",
             f"Surgeon: {c.spec.short}   Assist: {asst}", f"Anesthesia: {anes.split(' with')[0]}", f"{ch(r, ['Findings', 'Intra-op', 'Found', 'Findings'])}: {findings.split('. ')[0]}.",
             f"EBL: {ebl}", f"Fluids: {r.randrange(5, 25) * 100} mL RL", f"Drains: {ch(r, ['none', 'JP x1', 'nil'])}", f"Specimens: {spec}",
             f"Complications: {comp}", f"Condition: {cond}", f"Dispo: {ch(r, ['PACU then ward', 'PACU then home', 'PACU -> ' + s['ward']])}", "", f"{c.spec.first[0]}. {c.spec.last}"]
    elif L == 3:
        t = [letterhead(r, c), "", ch(r, ["SURGICAL PROCEDURE RECORD", "", "Operating Room Report"]), pt_block(r, c, 2), "",
             f"Procedure: {name}", f"Date of surgery: {fdate(r, d, 3)}", f"Primary surgeon: {c.spec.name}", "",
             f"Indications: {s['dx']} in a {c.yo()} {c.man}. " + ch(r, c.hpi_list()) + ".", "",
             "Technique:"] + [f"{i}. {cap(x)}." for i, x in enumerate(steps, 1)] + ["",
             f"Intraoperative findings: {findings}", "", f"Blood loss {ebl}; specimens: {spec.lower()}; complications: {comp.lower()}.", "",
             "Plan: " + "; ".join(s["plan"][:3]) + ".", "", c.spec.sig(r), "", dictation(r, c, c.spec, d)]
    elif L == 4:
        t = [c.hosp.upper(), "Department of " + c.spec.spec, "", pt_block(r, c, 7), "",
             f"NAME OF PROCEDURE: {name}", f"DATE: {fdate(r, d, 5)}", f"SURGEON: {c.spec.name}", f"ASSISTANT(S): {asst}",
             f"ANAESTHESIA: {anes}", f"ANTIBIOTIC: {ch(r, ['cefazolin 2 g IV', 'cefazolin 3 g IV (wt > 120 kg)', 'clindamycin 900 mg IV (penicillin allergy)'])}",
             f"TRANEXAMIC ACID: {ch(r, ['1 g IV', 'yes', 'not given'])}" if "arthroplasty" in name else f"VTE PROPHYLAXIS: {ch(r, ['SCDs', 'heparin 5000 units SC'])}",
             f"TOURNIQUET TIME: {r.randrange(45, 95)} min" if ("knee" in name.lower() or "carpal" in name.lower()) else "TOURNIQUET: N/A",
             f"IMPLANTS: {ch(r, ['see implant record', 'as per sticker sheet', 'cemented components - lot numbers on chart'])}" if "arthroplasty" in name else "IMPLANTS: none",
             "", ch(r, ["FINDINGS: ", "PATHOLOGY ENCOUNTERED: ", "INTRAOPERATIVE: "]) + findings, "", "PROCEDURE: " + ". ".join(steps) + ".", "",
             f"EBL: {ebl}   COMPLICATIONS: {comp}", "", "POST-OP PLAN: " + "; ".join(s["plan"]) + ".", "", c.spec.sig(r), dictation(r, c, c.spec, d)]
    elif L == 5:
        t = [letterhead(r, c, "spec"), "", fdate(r, d, 1), "", f"Dear {c.gp.short},", "",
             f"RE: {c.p.full}, DOB {fdate(r, c.dob, 0)}", "",
             f"I operated on your patient today at {c.hosp}. A summary of the operation follows.", "",
             f"Procedure: {name} under {anes}.", f"{ch(r, ['Findings', 'We found', 'At surgery'])}: {findings}",
             "Description: " + ". ".join(steps[:5]) + ", and the remainder of the procedure was completed in standard fashion.",
             f"Blood loss was {ebl} and there were no complications.", "",
             "Post-operative plan: " + "; ".join(s["plan"]) + ".", "", "Yours truly,", "", c.spec.sig(r), dictation(r, c, c.spec, d)]
    else:
        t = [f"{c.hosp} -- {ch(r, ['Perioperative Services', 'OR Record', 'Surgical Suite'])}", "", f"{c.p.lastfirst}   {c.hcn}   {c.age} y", "",
             f"{fdate(r, d, 0)}  In room {ftime(r)}  Incision {ftime(r)}  Close {ftime(r)}", f"Op: {name}", f"Surgeon {c.spec.name}; Anes {an.name}; Asst {asst}", "",
             "Safety checklist: briefing / time-out / debriefing completed.", "",
             "Dictation:", wrap(f"Indication: {s['short']}. Under {anes}, " + ". ".join(x[0].lower() + x[1:] for x in steps) + ". Findings: " + findings + f" EBL {ebl}. {comp}.", 88), "",
             f"Wound class: {ch(r, ['clean', 'clean-contaminated', 'contaminated'])}   Specimen to pathology: {spec}", "", f"-- {c.spec.name}"]
    return "\n".join(t)


PROCS = {
 "colonoscopy": dict(scen="colon", title=["COLONOSCOPY REPORT", "Endoscopy Report - Colonoscopy", "Lower GI Endoscopy"], ind="positive FIT; iron-deficiency anemia",
   sed="fentanyl 75 mcg IV, midazolam 3 mg IV", tech="The colonoscope was passed under direct vision to the cecum, identified by the appendiceal orifice and ileocecal valve. The terminal ileum was intubated. Withdrawal time was {w} minutes. Boston Bowel Preparation Scale 2-2-3 (7).",
   find="Ulcerated, partially obstructing circumferential mass in the ascending colon at 150 cm; biopsied (jar A) and tattooed distally with Spot. 6 mm sessile polyp in the sigmoid colon removed by cold snare (jar B). Small internal hemorrhoids. Otherwise normal to the cecum.",
   imp="Ascending colon mass, suspicious for malignancy. Sigmoid polyp removed.", rec="Await pathology. CT chest/abdomen/pelvis and CEA ordered. Urgent surgical referral.", comp="None", spec="Jar A: ascending colon mass biopsies; Jar B: sigmoid polyp"),
 "gastroscopy": dict(scen="gib", title=["GASTROSCOPY REPORT", "Upper Endoscopy (EGD)", "ENDOSCOPY REPORT"], ind="melena, hemoglobin drop",
   sed="fentanyl 50 mcg IV, midazolam 2 mg IV, topical xylocaine spray", tech="The gastroscope was passed easily into the esophagus and advanced to the second part of the duodenum. Retroflexion performed in the stomach.",
   find="Esophagus normal. Small amount of old blood in the stomach; gastric mucosa mildly erythematous in the antrum (biopsied for H. pylori). 12 mm ulcer in the anterior duodenal bulb with a non-bleeding visible vessel (Forrest IIa). Injected with 1:10,000 epinephrine 8 mL and two hemoclips applied with good hemostasis.",
   imp="Duodenal bulb ulcer with visible vessel - treated endoscopically.", rec="PPI infusion 72 h then pantoprazole 40 mg BID. Avoid NSAIDs. Await H. pylori biopsies.", comp="None", spec="Antral biopsies for H. pylori"),
 "paracentesis": dict(scen="chf", title=["Procedure Note - Paracentesis", "Paracentesis", "BEDSIDE PROCEDURE NOTE"], ind="tense ascites, dyspnea",
   sed="lidocaine 1% 8 mL local", tech="Ultrasound used to identify a large pocket in the left lower quadrant. Area prepped with chlorhexidine and draped. Time-out performed. 8 Fr catheter inserted using the Z-track technique.",
   find="{v} L of straw-coloured fluid drained. Albumin 25 g IV given. Samples sent for cell count, albumin, culture and cytology.", imp="Uncomplicated large-volume paracentesis.", rec="Monitor BP. Follow up cell count.", comp="None", spec="Ascitic fluid"),
 "thoracentesis": dict(scen="pna", title=["Thoracentesis Procedure Note", "PROCEDURE: THORACENTESIS", "Pleural tap"], ind="right pleural effusion, ?parapneumonic",
   sed="lidocaine 1% 10 mL local", tech="Patient seated leaning forward. Ultrasound-marked site in the right posterior 8th intercostal space. Consent obtained. Time-out. Chlorhexidine prep. Catheter-over-needle technique.",
   find="{v} L of cloudy yellow fluid removed. pH 7.28. Sent for LDH, protein, glucose, Gram stain, culture and cytology.", imp="Diagnostic and therapeutic thoracentesis. Post-procedure CXR: no pneumothorax.", rec="Await fluid analysis; consider chest tube if complicated effusion.", comp="None", spec="Pleural fluid"),
 "lp": dict(scen="stroke", title=["LUMBAR PUNCTURE", "Procedure note - LP", "Lumbar Puncture Note"], ind="headache and fever, rule out meningitis",
   sed="lidocaine 1% 3 mL", tech="Left lateral decubitus position. L3-L4 interspace identified. Sterile prep and drape. 22G Quincke spinal needle inserted on the second attempt.",
   find="Opening pressure 18 cm H2O. Clear, colourless CSF. 4 tubes collected (12 mL total): cell count, protein, glucose, Gram stain/culture, HSV PCR.", imp="Uncomplicated lumbar puncture.", rec="Bed rest for 1 hour as tolerated. Follow up CSF results.", comp="None", spec="CSF x4 tubes"),
 "knee_inj": dict(scen="knee", title=["Procedure: Knee Injection", "JOINT INJECTION", "Intra-articular injection"], ind="symptomatic right knee osteoarthritis",
   sed="none", tech="Verbal consent obtained after discussion of risks (infection, flare, skin depigmentation, transient glucose rise). Right knee prepped with chlorhexidine. Superolateral approach with 22G needle.",
   find="Aspirated {m} mL of clear yellow synovial fluid. Injected triamcinolone acetonide 40 mg with 4 mL lidocaine 1%. Band-aid applied.", imp="Uncomplicated intra-articular corticosteroid injection, right knee.", rec="Ice and relative rest for 48 h. Not more than 3-4 injections per year. Return if redness or fever.", comp="None", spec="None"),
 "cvc": dict(scen="uti", title=["Central Line Insertion", "PROCEDURE NOTE: CVC", "Central venous catheter insertion note"], ind="vasopressor requirement, poor peripheral access",
   sed="lidocaine 1% local", tech="Full barrier precautions (cap, mask, sterile gown, gloves, full drape). Chlorhexidine prep. Right internal jugular vein visualized with real-time ultrasound. Seldinger technique. Triple-lumen catheter inserted to 15 cm, all ports aspirate and flush.",
   find="Single pass. Guidewire removed intact and confirmed by nursing.", imp="Right IJ triple-lumen CVC. CXR: tip at cavoatrial junction, no pneumothorax.", rec="OK to use.", comp="None", spec="None"),
 "bronch": dict(scen="copd", title=["BRONCHOSCOPY REPORT", "Flexible Bronchoscopy", "Bronchoscopy"], ind="persistent right upper lobe opacity, hemoptysis",
   sed="fentanyl 50 mcg, midazolam 2 mg, topical lidocaine 2%", tech="The bronchoscope was passed via the mouth through a bite block. Vocal cords moved normally. Airways inspected to the subsegmental level bilaterally.",
   find="Mucosal irregularity and partial narrowing at the right upper lobe anterior segment. Endobronchial biopsies x5, brushings and BAL (60 mL instilled, 25 mL returned). Left side normal.", imp="Endobronchial abnormality RUL anterior segment; biopsied.", rec="Await pathology and cytology. Post-procedure CXR.", comp="Minor bleeding, settled with cold saline", spec="Endobronchial biopsies, brushings, BAL"),
 "cath": dict(scen="nstemi", title=["CARDIAC CATHETERIZATION REPORT", "Coronary Angiography and PCI", "CATH LAB REPORT"], ind="NSTEMI",
   sed="midazolam 1 mg, fentanyl 25 mcg; heparin 70 U/kg", tech="Right radial access with 6 Fr sheath. Selective left and right coronary angiography with JL3.5 and JR4 catheters. LV gram not performed (echo available).",
   find="Left main: normal. LAD: mild luminal irregularities. LCx: 90% stenosis mid-vessel, culprit, TIMI 2 flow. RCA: dominant, 30% proximal. Intervention: LCx predilated and stented with a 3.0 x 18 mm drug-eluting stent; 0% residual, TIMI 3 flow.", imp="Single-vessel CAD - culprit mid LCx treated with 1 DES.", rec="DAPT (ASA + ticagrelor) for 12 months. TR band per protocol. High-intensity statin.", comp="None", spec="None"),
 "emg": dict(scen="cts", title=["ELECTRODIAGNOSTIC REPORT", "EMG / Nerve Conduction Study", "NERVE CONDUCTION STUDIES AND EMG"], ind="hand paresthesias ?carpal tunnel syndrome",
   sed="none", tech="Skin temperature maintained above 32 C. Standard surface recording techniques.",
   find="TABLE", imp="Electrophysiologic evidence of a bilateral median neuropathy at the wrist (carpal tunnel syndrome), moderate on the right and mild on the left. No evidence of cervical radiculopathy or polyneuropathy.", rec="Splinting; surgical referral for the right side.", comp="None", spec="None"),
}


def emg_table(r):
    rows = [("Median motor (APB)", "R", f"{r.uniform(4.8, 6.2):.1f}", "<4.4", f"{r.uniform(5, 8):.1f}", f"{r.randrange(48, 55)}"),
            ("Median motor (APB)", "L", f"{r.uniform(4.2, 4.8):.1f}", "<4.4", f"{r.uniform(6, 9):.1f}", f"{r.randrange(50, 57)}"),
            ("Ulnar motor (ADM)", "R", f"{r.uniform(2.5, 3.2):.1f}", "<3.3", f"{r.uniform(8, 11):.1f}", f"{r.randrange(55, 62)}"),
            ("Median sensory (D2)", "R", f"{r.uniform(4.0, 4.6):.1f}", "<3.5", f"{r.uniform(5, 12):.0f}", f"{r.randrange(34, 40)}"),
            ("Median sensory (D2)", "L", f"{r.uniform(3.5, 3.9):.1f}", "<3.5", f"{r.uniform(12, 20):.0f}", f"{r.randrange(40, 46)}"),
            ("Ulnar sensory (D5)", "R", f"{r.uniform(2.6, 3.1):.1f}", "<3.1", f"{r.uniform(12, 25):.0f}", f"{r.randrange(50, 58)}")]
    out = ["Nerve / Site            Side  Lat(ms)  Norm   Amp   CV(m/s)", "-" * 60]
    for a, b, c1, d, e, f in rows:
        out.append(f"{a:<23} {b:<5} {c1:<8} {d:<6} {e:<5} {f}")
    out.append("")
    out.append("Needle EMG: R APB - no fibrillations; mild increase in MUP amplitude. R FDI, EDC, biceps, C5-T1 paraspinals - normal.")
    return "\n".join(out)


def g_procedure_note(r, c0):
    pk = ch(r, list(PROCS))
    P = PROCS[pk]
    c = Ctx(r, P["scen"])
    doc = c.spec if pk not in ("paracentesis", "thoracentesis", "cvc", "lp") else c.other
    if pk == "colonoscopy" or pk == "gastroscopy":
        doc = Doc(r, ch(r, ["Gastroenterology", "General Surgery"]), c.reg)
    if pk == "emg":
        doc = Doc(r, ch(r, ["Neurology", "Physical Medicine and Rehabilitation"]), c.reg)
    if pk == "knee_inj":
        doc = ch(r, [c.gp, Doc(r, "Physical Medicine and Rehabilitation", c.reg)])
    find = P["find"].format(v=r.randrange(2, 7), m=r.randrange(5, 40))
    if find == "TABLE":
        find = emg_table(r)
    tech = P["tech"].format(w=r.randrange(7, 16))
    d = c.date
    L = r.randrange(6)
    if L == 0:
        t = [letterhead(r, c), "", ch(r, P["title"]), "", pt_block(r, c, 0), f"Date of procedure: {fdate(r, d, 0)}",
             f"Performed by: {doc.name}", f"Referring: {c.gp.name}", "", f"INDICATION(S): {P['ind']}", f"SEDATION/ANESTHESIA: {P['sed']}", "",
             "CONSENT: " + ch(r, ["Informed consent obtained after discussion of risks, benefits and alternatives.", "Written consent on chart.", "Risks explained; patient agreed."]), "",
             "PROCEDURE/TECHNIQUE:", tech, "", "FINDINGS:", find, "", "IMPRESSION:", P["imp"], "", "RECOMMENDATIONS:", P["rec"], "",
             f"Complications: {P['comp']}", f"Specimens: {P['spec']}", "", doc.sig(r), dictation(r, c, doc)]
    elif L == 1:
        t = [f"{ch(r, P['title'])}   {fdate(r, d, 0)} {ftime(r)}", f"{c.p.full} / {c.mrn}", "",
             f"Indication: {P['ind']}.", "Consent obtained " + ch(r, ["(written)", "from patient", "from SDM by phone (" + c.nok_rel + ")"]) + ". Time-out completed. ",
             "Procedure: " + tech, "Result: " + find, f"Complications: {P['comp'].lower()}. Pt tolerated well.", "", f"{doc.short} " + ch(r, ["", "/ resident", "(staff)"])]
    elif L == 2:
        t = [c.hosp.upper(), ch(r, ["ENDOSCOPY UNIT", "Procedure Suite", "Ambulatory Procedures"]), "", ch(r, P["title"]), "",
             f"Patient: {c.p.lastfirst}     DOB: {fdate(r, c.dob, 0)}     HCN: {c.hcn}", f"Procedure date: {fdate(r, d, 3)}   Start {ftime(r)}   End {ftime(r)}",
             f"Endoscopist/Operator: {doc.name}   Nurse: {Person(r).full}, RN", f"ASA class: {ch(r, ['I', 'II', 'III'])}",
             f"Medications: {P['sed']}", "", f"Indications: {P['ind']}", "", f"Procedure details: {tech}", "", f"Findings: {find}", "",
             f"Impression: {P['imp']}", f"Plan: {P['rec']}", f"Specimens: {P['spec']}", f"Adverse events: {P['comp']}", "",
             ch(r, ["Report electronically signed.", f"Signed: {doc.name}", "*** Final ***"])]
    elif L == 3:
        t = [letterhead(r, c, "spec", doc), "", fdate(r, d, 1), "", f"Dear {c.gp.short},", "", f"Re: {c.p.full}, DOB {fdate(r, c.dob, 0)}", "",
             f"I saw {c.mr} today for {ch(r, P['title']).lower().replace('report', '').strip()} for {P['ind']}. {tech} {find}", "",
             f"Impression: {P['imp']} {P['rec']}", "", "Sincerely,", "", doc.sig(r), dictation(r, c, doc)]
    elif L == 4:
        t = [ch(r, ["PROCEDURE NOTE", "Procedure Record", "Bedside Procedure"]) + " - " + ch(r, P["title"]), pt_block(r, c, 6), "",
             f"[X] Indication documented: {P['ind']}", "[X] Consent signed", "[X] Time-out / patient ID verified", f"[{'X' if 'Ultrasound' in tech or 'ultrasound' in tech else ' '}] Ultrasound guidance",
             "[X] Hand hygiene / sterile technique", "", f"Anesthetic: {P['sed']}", f"Details: {tech}", f"Outcome: {find}",
             f"Complications: {P['comp']}", f"Post-procedure: {P['rec']}", "", f"Operator: {doc.name}   Date/time: {fdate(r, d, 0)} {ftime(r)}"]
    else:
        t = [c.hosp, f"Department of {doc.spec}", "", pt_block(r, c, 2), "", f"EXAMINATION: {ch(r, P['title'])}", f"DATE: {fdate(r, d, 5)}",
             f"CLINICAL INDICATION: {P['ind']}", "", f"{tech}", "", f"{find}", "", f"CONCLUSION: {P['imp']}", "", doc.sig(r), dictation(r, c, doc)]
    return "\n".join(t)


def lab_table(r, c, keys, style=0):
    out = []
    if style == 0:
        out.append(f"{'TEST':<24}{'RESULT':>10} {'FLAG':<5}{'UNITS':<16}{'REF. RANGE'}")
        for k in keys:
            v, f, u, rg = c.lab(k)
            out.append(f"{k:<24}{str(v):>10} {f:<5}{u:<16}{rg}")
    elif style == 1:
        for k in keys:
            v, f, u, rg = c.lab(k)
            out.append(f"{k}.{'.' * (26 - len(k))} {v} {('*' + f) if f else '  '} {u}   ({rg})")
    else:
        for k in keys:
            v, f, u, rg = c.lab(k)
            out.append(f"{k:<22}| {str(v) + (' ' + f if f else ''):<9}| {u:<14}| {rg}")
    return "\n".join(out)


def g_lab_report(r, c):
    L = r.randrange(7)
    lab = ch(r, c.reg["lab"])
    coll = c.date
    ct = ftime(r)
    rep = coll + dt.timedelta(days=r.randrange(0, 3))
    hdr = [lab.upper() if chance(r, 0.5) else lab,
           ch(r, [f"Licensed Medical Laboratory - {c.town}, {c.reg['prov']}", f"Laboratory Director: Dr. {Person(r).full}", f"Client Services {phone(r, c.reg)}"])]
    ordering = ch(r, [c.gp, c.spec, c.other])
    if L == 0:
        groups = r.sample(["CBC", "Electrolytes", "Renal", "Liver"], r.randrange(2, 4))
        t = hdr + ["", ch(r, ["FINAL REPORT", "Patient Report", "LABORATORY REPORT", "Final"]), "", pt_block(r, c, 2),
                   f"Ordering Physician: {ordering.name}  (#{ordering.billing})", f"cc: {c.gp.name}" if ordering is not c.gp else "",
                   f"Collected: {fdate(r, coll, 0)} {ct}   Received: {fdate(r, coll, 0)} {ftime(r)}   Reported: {fdate(r, rep, 0)} {ftime(r)}",
                   f"Accession: {ch(r, ['L', 'C', 'CH'])}{r.randrange(10 ** 6, 10 ** 7)}", ""]
        for g in groups:
            t += [ch(r, [g.upper(), f"*** {g} ***", g]), lab_table(r, c, LAB_GROUPS[g], 0), ""]
        if "Renal" in groups:
            t.append("eGFR calculated using the CKD-EPI equation. For patients of African ancestry no race correction is applied.")
        t += ["", ch(r, ["H = High  L = Low  C = Critical", "Flags: H high, L low", ""]), "*** END OF REPORT ***"]
    elif L == 1:
        dates = sorted({coll - dt.timedelta(days=r.randrange(0, 6)) for _ in range(4)})
        keys = c.key_labs(8)
        t = [c.hosp, ch(r, ["Cumulative Laboratory Report", "LAB CUMULATIVE SUMMARY", "Inpatient Results - Cumulative"]), pt_block(r, c, 7), ""]
        t.append(f"{'':<22}" + "".join(f"{d:%d%b}".ljust(10) for d in dates) + "Units     Ref")
        for k in keys:
            v, f, u, rg = c.lab(k)
            row = f"{k[:21]:<22}"
            for i, d in enumerate(dates):
                vv = v if i == len(dates) - 1 else round(v * r.uniform(0.88, 1.12), LABS[k][3])
                if LABS[k][3] == 0:
                    vv = int(vv)
                row += (str(vv) + (f if i == len(dates) - 1 and f else "")).ljust(10)
            t.append(row + u[:9].ljust(10) + rg)
        t += ["", f"Printed {fdate(r, rep, 0)} {ftime(r)} for {ordering.name}", "Page 1"]
    elif L == 2:
        org = ch(r, ["Escherichia coli", "Klebsiella pneumoniae", "Proteus mirabilis", "Enterococcus faecalis"])
        cnt = ch(r, [">100 x10^6 CFU/L", "10-100 x10^6 CFU/L", ">10^8 CFU/L"])
        abx = [("Ampicillin", ch(r, "RS")), ("Amoxicillin-clavulanate", "S"), ("Cefazolin", "S"), ("Ceftriaxone", "S"), ("Ciprofloxacin", ch(r, "SRS")),
               ("Nitrofurantoin", ch(r, "SS")), ("Trimethoprim-sulfamethoxazole", ch(r, "RSS")), ("Gentamicin", "S")]
        t = hdr + ["", ch(r, ["MICROBIOLOGY", "Microbiology Report", "CULTURE REPORT"]), "", pt_block(r, c, 0),
                   f"Source: {ch(r, ['Urine, midstream', 'Urine, catheter', 'Urine - MSU'])}", f"Collected: {fdate(r, coll, 0)} {ct}", f"Physician: {ordering.name}", "",
                   ch(r, ["Urinalysis: leukocyte esterase 3+, nitrite positive, WBC > 50/hpf.", "", "Urine R&M: WBC 20-50, RBC 5-10, bacteria many."]), "",
                   "CULTURE:", f"  {cnt} {org}", "", "SUSCEPTIBILITY:", f"  {'Antibiotic':<32}{org.split()[0][:10]}"]
        for a, sres in abx:
            t.append(f"  {a:<32}{sres}")
        t += ["", "S = Susceptible  I = Intermediate  R = Resistant", ch(r, ["Nitrofurantoin is for uncomplicated cystitis only.", "Please refer to local antibiogram.", ""]),
              "", f"Status: {ch(r, ['FINAL', 'Final', 'Preliminary - susceptibilities to follow'])}"]
    elif L == 3:
        keys = ch(r, [["Hemoglobin A1c", "Glucose, random"], LAB_GROUPS["Lipids"], ["Hemoglobin A1c", "Urine ACR", "Creatinine", "eGFR"], ["TSH"], ["PSA"], ["Ferritin", "Hemoglobin", "MCV"], ["Vitamin B12"]])
        t = hdr + ["", pt_block(r, c, 4), f"Requisition by: {ordering.name}   Collected {fdate(r, coll, 1)}", "", lab_table(r, c, keys, 1), ""]
        if "Hemoglobin A1c" in keys:
            t.append("A1c >= 6.5% is consistent with diabetes (Diabetes Canada). Target for most adults with diabetes <= 7.0%.")
        if "LDL cholesterol" in keys:
            t.append("LDL-C calculated (Martin/Hopkins). Non-HDL-C reported as total cholesterol minus HDL. Treatment targets per CCS dyslipidemia guidelines.")
        if "PSA" in keys:
            t.append("PSA testing for screening is not an insured service in Ontario unless clinically indicated." if c.reg["prov"] == "ON" else "PSA method: chemiluminescent immunoassay.")
        if "TSH" in keys:
            t.append("Free T4 is performed reflexively when TSH is outside the reference interval.")
        t += ["", ch(r, ["Final report.", "Result verified.", "-- END --"])]
    elif L == 4:
        inr = round(r.uniform(1.6, 3.8), 1)
        t = [ch(r, [lab, c.clinic]), ch(r, ["INR / Anticoagulation Result", "COAGULATION", "Point-of-care INR"]), "", pt_block(r, c, 1), "",
             f"Date: {fdate(r, coll, 0)}", f"INR: {inr}  {'H' if inr > 3.0 else ('L' if inr < 2.0 else '')}", "Therapeutic range: 2.0 - 3.0",
             f"PT: {round(inr * 11.2, 1)} s", "", "Current warfarin dose: " + ch(r, ["5 mg daily", "2.5 mg Mon/Fri, 5 mg other days", "4 mg daily"]),
             "New dose: " + ("no change" if 2.0 <= inr <= 3.0 else ch(r, ["hold x1 then decrease 10%", "increase weekly dose by 10%"])),
             f"Next INR: {fdate(r, coll + dt.timedelta(days=r.choice([7, 14, 28])), 0)}", "", f"Reviewed: {ordering.name}"]
    elif L == 5:
        ph = round(r.uniform(7.28, 7.46), 2)
        t = [c.hosp, ch(r, ["BLOOD GAS REPORT", "Arterial Blood Gas", "Critical Care Lab - ABG"]), pt_block(r, c, 3), "",
             f"Sample: {ch(r, ['Arterial', 'Venous', 'Arterial - R radial'])}   FiO2: {ch(r, ['0.21', '0.28', '0.35', '2 L NP'])}   Time {ftime(r)}", "",
             f"pH            {ph}        (7.35-7.45)", f"pCO2          {r.randrange(34, 62)} mmHg     (35-45)", f"pO2           {r.randrange(55, 95)} mmHg     (80-100)",
             f"HCO3          {r.randrange(22, 34)} mmol/L   (22-26)", f"Base excess   {r.randrange(-5, 8)}", f"Lactate       {c.lab('Lactate')[0]} mmol/L",
             f"Potassium     {c.lab('Potassium')[0]} mmol/L", "", f"Analyzer: {ch(r, ['GEM 4000', 'ABL 800', 'RAPIDPoint'])}   Operator: {ch(r, ['RT', 'RRT'])} {Person(r).last}"]
    else:
        res = "POSITIVE" if c.skey == "colon" or chance(r, 0.3) else "NEGATIVE"
        t = [ch(r, [lab, c.reg["lab"][0]]), ch(r, ["Fecal Immunochemical Test (FIT)", "FIT - Colorectal Cancer Screening", "FECAL IMMUNOCHEMICAL TEST"]), "",
             pt_block(r, c, 2), f"Collection date: {fdate(r, coll, 1)}   Received: {fdate(r, coll + dt.timedelta(days=2), 1)}", f"Primary care provider: {c.gp.name}", "",
             f"Result: {res}" + (f"   ({r.randrange(180, 900)} ng/mL; cut-off 175 ng/mL)" if res == "POSITIVE" else ""), "",
             ("An abnormal FIT requires follow-up colonoscopy, ideally within 8 weeks. The provincial screening program will also notify the patient by letter." if res == "POSITIVE"
              else "Normal result. Re-screening with FIT is recommended in 2 years for average-risk individuals aged 50-74.")]
    t = [x for x in t if x is not None]
    return "\n".join(t)

GENERIC_IMG = [
    ("Chest X-ray PA and lateral", "cough", "The lungs are clear. No consolidation, effusion or pneumothorax. Cardiomediastinal silhouette within normal limits. Mild degenerative change of the thoracic spine.", "No acute cardiopulmonary process."),
    ("Ultrasound abdomen", "abnormal liver enzymes", "Liver normal in size with diffusely increased echogenicity. No focal lesion. Gallbladder normal without stones. CBD 3 mm. Pancreas partially obscured by bowel gas. Kidneys normal. Spleen 10 cm.", "Hepatic steatosis. Otherwise normal."),
    ("Bone mineral density (DXA)", "postmenopausal, screening", "L1-L4 BMD 0.912 g/cm2, T-score -2.1. Left femoral neck BMD 0.642 g/cm2, T-score -2.6. Total hip T-score -2.0.", "Osteoporosis based on femoral neck T-score. 10-year fracture risk (CAROC): moderate. Follow-up DXA in 2-3 years."),
    ("X-ray right ankle, 3 views", "inversion injury, lateral malleolar tenderness", "Non-displaced transverse fracture of the distal fibula below the level of the syndesmosis (Weber A). Ankle mortise congruent. Soft tissue swelling laterally.", "Weber A distal fibular fracture."),
    ("X-ray lumbar spine", "chronic low back pain", "Five lumbar-type vertebral bodies. Multilevel degenerative disc disease, most marked at L4-5 and L5-S1 with disc space narrowing and osteophytes. Facet arthropathy lower lumbar spine. No fracture or listhesis.", "Degenerative changes of the lumbar spine."),
    ("Screening mammogram, bilateral", "routine screening, age 50-74", "Breast composition: scattered fibroglandular density (B). No suspicious mass, calcification or architectural distortion. Stable benign calcifications left breast.", "BI-RADS 2: Benign. Routine screening in 2 years."),
    ("Ultrasound pelvis (transabdominal and transvaginal)", "postmenopausal bleeding", "Uterus anteverted measuring 7.8 x 4.1 x 3.6 cm. Endometrial thickness 3 mm. Ovaries not enlarged. No adnexal mass or free fluid.", "Thin endometrium. No pelvic mass."),
    ("CT head without contrast", "fall, on anticoagulant", "No intracranial hemorrhage, mass effect or midline shift. Grey-white differentiation preserved. Mild periventricular white matter hypodensity. Ventricles proportionate to sulci. No skull fracture.", "No acute intracranial abnormality."),
    ("Myocardial perfusion imaging (Tc-99m sestamibi), exercise", "atypical chest pain", "Patient exercised 8 min 10 s on a Bruce protocol, reaching 89% of predicted heart rate. No chest pain. No ischemic ECG changes. Perfusion images show normal homogeneous tracer uptake. Gated LVEF 62%.", "Normal myocardial perfusion study. Low-risk scan."),
]


def g_imaging_report(r, c):
    L = r.randrange(7)
    if c.s["img"] and chance(r, 0.7):
        ex, find, imp = ch(r, c.s["img"])
        hx = c.s["cc"]
    else:
        ex, hx, find, imp = ch(r, GENERIC_IMG)
    if "echocardiogram" in ex.lower() and chance(r, 0.7):
        L = 2
    rad = Doc(r, "Radiology", c.reg)
    if "echo" in ex.lower():
        rad = Doc(r, "Cardiology", c.reg)
    site = ch(r, [c.hosp, ch(r, c.reg["img"])])
    d = c.date
    acc = f"{ch(r, ['DI', 'RAD', 'A', 'CT', 'US'])}{r.randrange(10 ** 6, 10 ** 8)}"
    comp = ch(r, ["None.", "None available.", f"{fdate(r, d - dt.timedelta(days=r.randrange(200, 2000)), 0)}.", "Prior study of " + fdate(r, d - dt.timedelta(days=r.randrange(30, 900)), 1) + "."])
    if L == 0:
        t = [site.upper(), ch(r, ["DIAGNOSTIC IMAGING REPORT", "Department of Diagnostic Imaging", "Medical Imaging"]), "",
             pt_block(r, c, 0), f"Referring Physician: {ch(r, [c.gp.name, c.spec.name])}", f"Accession #: {acc}", f"Exam Date: {fdate(r, d, 0)}", "",
             f"EXAMINATION: {ex.upper()}", "", f"CLINICAL HISTORY: {cap(hx)}.", "", f"COMPARISON: {comp}", "",
             "TECHNIQUE: " + ch(r, ["Standard protocol.", "Axial images with coronal and sagittal reformats.", "Routine views obtained.", "Real-time grayscale and Doppler imaging."]), "",
             "FINDINGS:", find, "", "IMPRESSION:", imp, "", f"Dictated by: {rad.name}", dictation(r, c, rad)]
    elif L == 1:
        t = [site, "", f"{c.p.lastfirst}    {c.hcn}    DOB {fdate(r, c.dob, 2)}", f"Ordered by {c.gp.name}", "",
             f"{ex.upper()}:", "", f"History: {hx}.", "", find, "", "IMPRESSION: " + imp, "", rad.sig(r), f"{fdate(r, d, 1)}"]
    elif L == 2:
        m_ = re.search(r"LVEF[^0-9]{0,12}(\d{2})", find)
        lvef = int(m_.group(1)) if m_ else r.choice([55, 60, 62])
        t = [site, ch(r, ["ECHOCARDIOGRAPHY LABORATORY", "Non-Invasive Cardiology", "Echo Lab"]), "", ch(r, ["TRANSTHORACIC ECHOCARDIOGRAM REPORT", "Echocardiography Report", "ECHO REPORT"]), "",
             pt_block(r, c, 3), f"Height {r.randrange(150, 190)} cm  Weight {r.randrange(52, 120)} kg  BSA {r.uniform(1.5, 2.3):.2f} m2   BP {r.randrange(105, 165)}/{r.randrange(60, 95)}   Rhythm: {ch(r, ['sinus', 'AF', 'sinus'])}",
             f"Indication: {hx}", f"Image quality: {ch(r, ['good', 'fair', 'technically difficult'])}", "",
             "MEASUREMENTS", f"  LVIDd {r.uniform(4.2, 6.4):.1f} cm   LVIDs {r.uniform(2.8, 5.1):.1f} cm   IVSd {r.uniform(0.8, 1.3):.1f} cm   LVPWd {r.uniform(0.8, 1.2):.1f} cm",
             f"  LA volume index {r.randrange(22, 48)} mL/m2   Ao root {r.uniform(2.8, 3.7):.1f} cm", f"  LVEF (biplane Simpson) {lvef}%", f"  E/A {r.uniform(0.7, 2.2):.1f}   E/e' {r.randrange(6, 17)}   TAPSE {r.randrange(15, 25)} mm",
             "", "FINDINGS", find if "echo" in ex.lower() else "Normal LV size and systolic function. No significant valvular disease.", "",
             "CONCLUSIONS", "1. " + (imp if "echo" in ex.lower() else "Normal study."), "2. " + ch(r, ["No pericardial effusion.", "Normal RV size and function.", "Estimated RVSP normal."]), "",
             f"Interpreted by: {rad.name}", f"Sonographer: {Person(r).full}, RDCS"]
    elif L == 3:
        t = [site, f"{ch(r, [c.town, c.reg['provname']])}", "", f"Patient: {c.p.full}", f"DOB: {fdate(r, c.dob, 0)}  Sex: {c.p.sex}", f"Exam: {ex}", f"Date of service: {fdate(r, d, 1)}",
             f"Physician: {c.gp.name}", f"cc: {c.spec.name}", "", "Report:", "", find, "", "Conclusion:", "", imp, "",
             f"{rad.name}, Radiologist", "Electronically signed " + fdate(r, d, 0)]
    elif L == 4:
        items = [x.strip() for x in imp.split(". ") if x.strip()]
        t = [site.upper(), "", pt_block(r, c, 7), "", f"PROCEDURE: {ex}", f"REASON FOR EXAM: {hx}", f"DATE: {fdate(r, d, 5)}  {ftime(r)}", "",
             "REPORT:", wrap(find, 80), "", "IMPRESSION:"] + [f"{i}. {x.rstrip('.')}." for i, x in enumerate(items, 1)] + [
             "", ch(r, ["Thank you for the referral.", "Findings communicated to the ordering physician by telephone.", ""]),
             f"Dictated by: {rad.name}", f"Transcribed: {ch(r, ['PS', 'VR', 'SD'])} - voice recognition, please excuse errors", f"Signed: {fdate(r, d, 0)}"]
    elif L == 5:
        t = [ch(r, c.reg["img"]), ch(r, ["Community imaging clinic - Independent Health Facility", "Outpatient Imaging"]), f"{phone(r, c.reg)}", "",
             f"To: {c.gp.name}", f"Re: {c.p.lastfirst}  HN {c.hcn}", f"Exam: {ex}   Date: {fdate(r, d, 2)}", "",
             f"Clinical information provided: {hx}", "", f"{find} {imp}", "", f"-- {rad.short}", "", "Images available on the regional PACS/viewer."]
    else:
        t = [c.hosp, "DIAGNOSTIC IMAGING", f"{ex.upper()}    ({acc})", "", f"{c.p.lastfirst}  {c.age}{c.p.sex}", "",
             f"Hx: {hx}", f"Comp: {comp}", "", f"Findings: {find}", "", f"Opinion: {imp}", "",
             f"Reported by {rad.name} on {fdate(r, d, 0)} at {ftime(r)}", ch(r, ["PRELIMINARY REPORT - subject to change", "FINAL", "Addendum: none"])]
    return "\n".join(t)


SMALL_PATH = [
    ("Skin, left cheek, shave biopsy", "A tan-white shave of skin 0.8 x 0.6 x 0.2 cm. Entirely submitted in one block.", "Nests of basaloid cells with peripheral palisading and retraction artefact extending into the dermis. Deep margin involved.", "Basal cell carcinoma, nodular type. Tumour extends to the deep margin."),
    ("Colon, sigmoid, polypectomy", "A single tan polypoid fragment 0.6 cm. Entirely submitted.", "Tubular architecture with low-grade dysplasia. No high-grade dysplasia. Stalk margin free.", "Tubular adenoma, low grade. Completely excised."),
    ("Endometrium, biopsy", "Scant tan-red mucoid fragments aggregating 0.5 cm. Entirely submitted.", "Atrophic endometrium with scant inactive glands. No hyperplasia or malignancy.", "Atrophic endometrium. Negative for hyperplasia and malignancy."),
    ("Stomach, antrum, biopsies", "Three tan fragments 0.2-0.3 cm.", "Chronic active gastritis. Helicobacter-like organisms identified on H&E, confirmed on immunostain.", "Chronic active gastritis, Helicobacter pylori positive. No intestinal metaplasia."),
    ("Skin, right forearm, excision", "An ellipse of skin 2.1 x 0.9 cm with a central pigmented lesion 0.5 cm. Tip margins submitted separately.", "Compound melanocytic proliferation with mild architectural atypia and no cytologic atypia. Margins clear by 2 mm.", "Compound dysplastic nevus with mild atypia, completely excised."),
]


def g_pathology_report(r, c):
    L = r.randrange(7)
    if c.s.get("path") and chance(r, 0.75):
        spec, gross, micro, dx = c.s["path"]
    else:
        spec, gross, micro, dx = ch(r, SMALL_PATH)
        if L == 2:
            L = 3
    path = Doc(r, "Pathology", c.reg)
    acc = f"{ch(r, ['S', 'SP', 'SH', 'CS'])}{str(c.year)[2:]}-{r.randrange(100, 39999):05d}"
    recv = c.date + dt.timedelta(days=1)
    sign = recv + dt.timedelta(days=r.randrange(2, 9))
    clin = ch(r, [c.s["dx"], c.s["short"], "? malignancy", "see requisition", c.s["cc"]])
    if "cervical" in spec.lower():
        L = 4
    if L == 0:
        t = [c.hosp.upper(), ch(r, ["Department of Laboratory Medicine", "Anatomical Pathology", "Laboratory Medicine and Pathology"]), "",
             ch(r, ["SURGICAL PATHOLOGY REPORT", "PATHOLOGY REPORT", "Surgical Pathology Consultation Report"]), "",
             pt_block(r, c, 0), f"Accession No: {acc}", f"Collected: {fdate(r, c.date, 0)}   Received: {fdate(r, recv, 0)}",
             f"Submitting Physician: {c.spec.name}", f"Copy to: {c.gp.name}", "", "CLINICAL INFORMATION:", cap(clin) + ".", "",
             "SPECIMEN:", spec, "", "GROSS DESCRIPTION:", f"Received in formalin labelled with the patient's name and \"{spec.split(',')[0].lower()}\". " + gross,
             f"Representative sections submitted in cassettes A1-A{r.randrange(3, 18)}. ({ch(r, ['gm', 'kt', 'jr', 'PA'])})", "",
             "MICROSCOPIC DESCRIPTION:", micro, "", "FINAL DIAGNOSIS:", f"{spec.upper()}:", "- " + dx, "",
             f"{path.name}, Pathologist", f"Electronically signed {fdate(r, sign, 0)} {ftime(r)}"]
    elif L == 1:
        t = [f"{ch(r, c.reg['lab'])} - Anatomic Pathology", "", f"{c.p.lastfirst}   DOB {fdate(r, c.dob, 0)}   {c.hcn}", f"Case: {acc}    Physician: {c.spec.name}", "",
             "FINAL DIAGNOSIS", "---------------", f"{spec}:", f"    {dx}", "", "COMMENT", "-------",
             ch(r, ["Findings discussed with Dr. " + c.spec.last + " on " + fdate(r, sign, 0) + ".", "Intradepartmental consultation obtained; agree.", "Clinical correlation recommended.", "None."]), "",
             "GROSS", "-----", gross, "", "MICROSCOPIC", "-----------", micro, "", f"Reported by: {path.name}   Date: {fdate(r, sign, 1)}"]
    elif L == 2:
        t = [c.hosp, "SYNOPTIC REPORT", f"{c.p.lastfirst}  {acc}", ""]
        if c.skey == "colon":
            t += ["Procedure: Right hemicolectomy", "Tumour site: Ascending colon", "Histologic type: Adenocarcinoma", "Histologic grade: G2, moderately differentiated",
                  "Tumour size: 4.6 cm", "Tumour extent: invades through muscularis propria into pericolorectal tissue", "Lymphovascular invasion: Not identified",
                  "Perineural invasion: Not identified", "Margins: Proximal, distal and radial margins uninvolved (radial 1.8 cm)", "Regional lymph nodes: 2 involved / 18 examined",
                  "Tumour deposits: Not identified", "Mismatch repair (IHC): MLH1, PMS2, MSH2, MSH6 retained", "Pathologic stage: pT3 pN1b"]
        elif c.skey == "breast":
            t += ["Procedure: Partial mastectomy with sentinel lymph node biopsy", "Specimen laterality: Left", "Tumour site: Upper outer quadrant, 2 o'clock",
                  "Histologic type: Invasive carcinoma of no special type (ductal)", "Tumour size: 15 mm", "Nottingham grade: 2 (3+2+1 = 6/9)",
                  "DCIS: present, intermediate grade, ~10%", "Margins: negative; closest superior 6 mm", "Lymphovascular invasion: not identified",
                  "Sentinel nodes: 0/2", "ER: Positive (95%, strong)  PR: Positive (70%)  HER2 IHC: 1+ (negative)", "pTNM: pT1c pN0(sn)"]
        else:
            t += [f"Specimen: {spec}", f"Diagnosis: {dx}", f"Microscopic: {micro}"]
        t += ["", f"{path.name}   ({fdate(r, sign, 0)})", "CAP-based synoptic template"]
    elif L == 3:
        t = [ch(r, ["PATHOLOGY", "Tissue Pathology Report", "Histopathology"]), f"Lab #: {acc}", "", pt_block(r, c, 2), f"Dr. {c.spec.last} / {c.gp.name}", "",
             f"Specimen: A. {spec}", f"Clinical: {clin}", "", "DIAGNOSIS:", f"A. {dx.upper() if chance(r, 0.4) else dx}", "",
             f"Gross: {gross}", "", f"Micro: {micro}", "", f"{path.sig(r)}", fdate(r, sign, 0)]
    elif L == 4:
        c2 = Ctx(r, "dm")
        c2.p = Person(r, "F")
        res = ch(r, ["NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY", "ATYPICAL SQUAMOUS CELLS OF UNDETERMINED SIGNIFICANCE (ASC-US)", "LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL)", "NEGATIVE FOR INTRAEPITHELIAL LESION OR MALIGNANCY"])
        t = [ch(r, c.reg["lab"]), ch(r, ["GYNECOLOGIC CYTOLOGY", "Cervical Cytology Report (Pap Test)", "CYTOPATHOLOGY"]), "",
             f"Patient: {c2.p.lastfirst}   DOB: {fdate(r, c2.dob, 0)}   {c2.hcn}", f"Collected: {fdate(r, c2.date, 0)}   Provider: {c2.gp.name}",
             f"Specimen: {ch(r, ['ThinPrep liquid-based', 'SurePath liquid-based', 'Conventional smear'])}", f"LMP: {ch(r, ['unknown', 'postmenopausal', fdate(r, c2.date - dt.timedelta(days=14), 0)])}", "",
             "SPECIMEN ADEQUACY: Satisfactory for evaluation; transformation zone component " + ch(r, ["present", "absent"]) + ".", "",
             "INTERPRETATION/RESULT:", res, "",
             "RECOMMENDATION: " + ("Routine screening per provincial guidelines." if "NEGATIVE" in res else ch(r, ["Repeat cytology in 6 months / HPV triage.", "Colposcopy referral recommended."])), "",
             f"Cytotechnologist: {Person(r).first[0]}{Person(r).last[0]}   Pathologist: {path.name if 'NEGATIVE' not in res else 'N/A'}", "The Pap test is a screening test; false negatives occur."]
    elif L == 5:
        t = [c.hosp, "", f"{acc}   {c.p.lastfirst}   ({c.age}{c.p.sex})", f"Received {fdate(r, recv, 3)}", "",
             f"{spec.upper()}", "", "  " + dx, "", "  Gross: " + gross, "  Micro: " + micro, "",
             ch(r, ["ADDENDUM: Immunohistochemistry results above were added on " + fdate(r, sign + dt.timedelta(days=3), 0) + ".", "Frozen section: not performed.", "Intraoperative consultation: not requested."]), "",
             f"/{path.name}/"]
    else:
        t = [c.hosp.upper(), "ANATOMICAL PATHOLOGY", "", pt_block(r, c, 7), "", f"Accession: {acc}", f"Requesting: {c.spec.name}", "",
             "Specimen(s) received:", f"  1. {spec}", "", "Clinical history:", f"  {clin}", "", "Diagnosis:", wrap(f"  {dx}", 80), "", "Gross description:", wrap("  " + gross, 80),
             "", "Microscopic description:", wrap("  " + micro, 80), "", "Verified: " + path.name + " " + fdate(r, sign, 0)]
    return "\n".join(t)


def din(r):
    return f"{r.randrange(0, 10)}{r.randrange(1000000, 9999999):07d}"[:8]


def g_medication_list(r, c):
    L = r.randrange(7)
    meds = c.dc_meds()
    if not meds:
        meds = ["acetaminophen 500 mg 1-2 tabs PO q6h PRN", "vitamin D3 1,000 IU PO daily"]
    d = c.date
    if L == 0:
        t = [c.hosp, ch(r, ["MEDICATION RECONCILIATION - ADMISSION", "Admission Medication Reconciliation", "Medication Reconciliation Form"]), "", pt_block(r, c, 3),
             f"Allergies: {c.allergy}", f"Sources: [X] patient  [{'X' if chance(r, .6) else ' '}] family  [X] {'DIS/ClinicalConnect' if c.reg['prov'] == 'ON' else 'PharmaNet'}  [{'X' if chance(r, .5) else ' '}] pharmacy", "",
             f"{'Home Medication':<36}{'Dose/Route/Freq':<26}{'Action'}", "-" * 76]
        for m in c.home or meds:
            p = m.split()
            act = ch(r, ["Continue", "Continue", "Hold", "Discontinue", "Modify"])
            if c.skey == "gib" and "naproxen" in m:
                act = "Discontinue - GI bleed"
            t.append(f"{p[0]:<36}{' '.join(p[1:]):<26}{act}")
        t += ["", f"Completed by: {Person(r).full}, RN   {fdate(r, d, 0)} {ftime(r)}", f"Reviewed by prescriber: {c.other.name}  ________"]
    elif L == 1:
        ph = c.pharm
        t = [ph.upper(), f"{r.randrange(10, 900)} {ch(r, STREETS)} {ch(r, STYPES)}, {c.town}, {c.reg['prov']}", f"Tel {phone(r, c.reg)}  Fax {phone(r, c.reg)}", "",
             ch(r, ["PATIENT MEDICATION PROFILE", "Patient Profile / Rx History", "Medication History Report"]), f"Printed: {fdate(r, d, 0)} {ftime(r)}", "",
             f"Patient: {c.p.lastfirst}  DOB: {fdate(r, c.dob, 0)}", f"{c.reg['plan']}/{'ODB' if c.reg['prov'] == 'ON' else 'PharmaCare'}: {c.hcn}", f"Allergies: {c.allergy}", "",
             f"{'Rx#':<9}{'Fill Date':<12}{'DIN':<10}{'Drug':<30}{'Qty':<6}{'Days':<5}{'Prescriber'}", "-" * 86]
        for m in meds:
            p = m.split()
            for k in range(r.randrange(1, 3)):
                fd = d - dt.timedelta(days=30 * k + r.randrange(0, 10))
                t.append(f"{r.randrange(100000, 999999):<9}{fd:%Y-%m-%d}  {din(r):<10}{(p[0] + ' ' + ' '.join(p[1:3]))[:29]:<30}{r.choice([30, 60, 90, 100, 180]):<6}{r.choice([30, 90, 100]):<5}{ch(r, [c.gp.last, c.spec.last])}")
        t += ["", "This profile reflects prescriptions filled at this pharmacy only."]
    elif L == 2:
        t = [c.clinic, "", f"{c.p.full}  ({c.age}{c.p.sex})   {c.hcn}", "", ch(r, ["Current Medications", "MEDICATION SUMMARY", "Active Medication List"]), ""]
        for m in meds:
            sd = d - dt.timedelta(days=r.randrange(20, 3000))
            t.append(f"  {cap(m):<50} started {fdate(r, sd, 0)}")
        t += ["", "Past/Inactive:", f"  {ch(r, ['hydrochlorothiazide 25 mg', 'ibuprofen 400 mg', 'amoxicillin 500 mg', 'zopiclone 7.5 mg'])} - stopped {fdate(r, d - dt.timedelta(days=r.randrange(100, 800)), 0)}", "",
              f"Allergies/Intolerances: {c.allergy}", f"Updated by {c.gp.name} on {fdate(r, d, 0)}"]
    elif L == 3:
        t = [c.hosp, ch(r, ["BEST POSSIBLE MEDICATION HISTORY (BPMH)", "Best Possible Medication History", "BPMH Form"]), "", pt_block(r, c, 0), "",
             "Sources of information (minimum 2):", f"  1. Patient interview   2. {'ClinicalConnect/DIS' if c.reg['prov'] == 'ON' else 'PharmaNet'} profile   3. {ch(r, ['Vial review', 'Community pharmacy - ' + c.pharm, 'Family - ' + c.nok_rel])}", "",
             f"{'#':<3}{'Medication':<28}{'Dose':<10}{'Route':<7}{'Frequency':<12}{'Last dose':<12}Comments"]
        for i, m in enumerate(meds, 1):
            p = m.split() + ["", "", "", ""]
            t.append(f"{i:<3}{p[0]:<28}{p[1] + p[2]:<10}{p[3]:<7}{' '.join(p[4:6]).strip():<12}{ch(r, ['today AM', 'yesterday', 'unknown', 'last night']):<12}{ch(r, ['', '', 'taking differently', 'pt not taking', 'blister pack'])}")
        t += ["", "OTC/natural products: " + ch(r, ["none", "omega-3, vitamin C", "melatonin 3 mg qhs PRN", "Tylenol PRN"]),
              f"Completed by: {Person(r).full}, {ch(r, ['Pharm Tech', 'RPh', 'RN'])}  Date {fdate(r, d, 0)}"]
    elif L == 4:
        home = ch(r, c.reg["ltc"])
        t = [home, ch(r, ["QUARTERLY MEDICATION REVIEW", "Physician's Quarterly Review", "Medication Review - Three Month"]), "",
             f"Resident: {c.p.lastfirst}   Room {r.randrange(100, 350)}   DOB {fdate(r, c.dob, 0)}", f"Attending: {c.gp.name}   Pharmacy: {c.pharm}", "",
             "Please review and indicate: C = continue  D = discontinue  M = modify", ""]
        for m in meds:
            t.append(f"[ {ch(r, ['C', 'C', 'C', 'D', 'M', ' '])} ]  {m}")
        t += ["", f"Diagnoses: {', '.join(c.dxlist())}", f"Allergies: {c.allergy}", "",
              "Physician signature: ____________   Date: ________", "Pharmacist signature: ____________", "Nurse: ____________ (reviewed with resident/SDM)"]
    elif L == 5:
        t = [ch(r, ["My Medication List", "MEDICATION RECORD - keep this with you", "Personal Medication Card"]), "", f"Name: {c.p.full}", f"Allergies: {c.allergy}",
             f"Doctor: {c.gp.name}  {c.gp.phone}", f"Pharmacy: {c.pharm}", ""]
        for m in meds:
            p = m.split()
            why = c.s["short"] if m in c.new else ch(r, ["blood pressure", "cholesterol", "stomach", "thyroid", "sugar", "pain", "heart"])
            t.append(f"- {p[0].capitalize()} {' '.join(p[1:3])}: take {' '.join(p[4:]) or 'as directed'}  (for {why})")
        t += ["", "Bring this list to every appointment.", f"Updated {fdate(r, d, 1)}"]
    else:
        t = [c.hosp, ch(r, ["DISCHARGE MEDICATION RECONCILIATION", "Medication Changes at Discharge", "Discharge Med Rec"]), pt_block(r, c, 6), "",
             "NEW medications:"] + ["  + " + m for m in c.new_dc()] + ["", "CHANGED medications:", "  ~ " + ch(r, ["none", (c.home[0] + " - dose decreased") if c.home else "none"]), "",
             "STOPPED medications:", "  x " + ch(r, ["none", "naproxen - do not take" if c.skey == "gib" else "none", "lorazepam - tapered off" if c.skey == "dementia" else "none"]), "",
             "CONTINUE unchanged:"] + ["  = " + m for m in c.home] + ["", f"Prescriber: {c.other.name}", f"Pharmacist review: {Person(r).full}, RPh", "Copy faxed to community pharmacy: " + c.pharm]
    return "\n".join(t)

def rx_parts(m):
    p = m.split()
    drug = p[0]
    strength = " ".join(p[1:3]) if len(p) > 2 else ""
    sig = " ".join(p[3:])
    return drug, strength, sig


def g_prescription(r, c):
    L = r.randrange(7)
    meds = (c.new or c.home or ["amoxicillin 500 mg PO TID x 7 days"])
    meds = r.sample(meds, min(len(meds), r.randrange(1, 4)))
    dr = ch(r, [c.gp, c.gp, c.spec])
    d = c.date
    lic = f"{c.reg['college']} #{dr.college}"
    if L == 0:
        drug, st, sig = rx_parts(meds[0])
        t = [letterhead(r, c, "clinic" if dr is c.gp else "spec", dr if dr is not c.gp else None), "", f"Name: {c.p.full}", f"Address: {c.addr}, {c.town}",
             f"Date: {fdate(r, d, 2)}", f"{c.reg['plan']}#: {c.hcn}" if chance(r, 0.6) else "", "",
             "Rx", "", f"   {drug.capitalize()} {st}", f"   Sig: {sig or 'as directed'}", f"   Mitte: {ch(r, ['30', '90', '100', '1 month supply', '3 months', '#60'])}",
             f"   Repeats: {ch(r, ['0', '1', '2', '3', 'x5', 'nil'])}", "", "[ ] No substitution", "", "", f"_________________________  {dr.name}", lic]
    elif L == 1:
        t = [f"{c.clinic}  |  {ch(r, ['EMR Prescription', 'Prescription', 'Rx'])}", "", f"Patient: {c.p.lastfirst}   DOB {fdate(r, c.dob, 0)}   HN {c.hcn}",
             f"Phone: {c.phone}", f"Allergies: {c.allergy}", f"Date: {fdate(r, d, 0)}", ""]
        for i, m in enumerate(meds, 1):
            drug, st, sig = rx_parts(m)
            t += [f"{i}. {drug.upper()} {st}", f"   {sig or 'Use as directed'}", f"   Qty: {r.choice([14, 28, 30, 60, 90, 100])}   Refills: {r.randrange(0, 6)}"
                  + (f"   LU code: {r.randrange(100, 500)}" if c.reg["prov"] == "ON" and chance(r, 0.3) else "")]
        t += ["", f"Prescriber: {dr.name}  {dr.cred}", f"{lic}  Billing #{dr.billing}", f"Tel {dr.phone}  Fax {dr.fax}", "", "Signature: ______________________"]
    elif L == 2:
        drug = ch(r, ["hydromorphone 1 mg tablet", "oxycodone 5 mg tablet", "morphine SR 15 mg tablet", "methylphenidate 10 mg tablet", "lorazepam 1 mg tablet"])
        qty = r.choice([20, 30, 40, 56, 60])
        words = {20: "twenty", 30: "thirty", 40: "forty", 56: "fifty-six", 60: "sixty"}[qty]
        if c.reg["prov"] == "BC":
            t = ["CONTROLLED PRESCRIPTION PROGRAM", "College of Physicians and Surgeons of British Columbia - duplicate prescription", f"Serial No. {ch(r, 'ABCDEFGH')}{r.randrange(100000, 999999)}", ""]
        else:
            t = [letterhead(r, c, "clinic"), "", "NARCOTIC / CONTROLLED SUBSTANCE PRESCRIPTION", ""]
        t += [f"Patient: {c.p.full}   DOB {fdate(r, c.dob, 0)}   PHN/HCN {c.hcn}", f"Address: {c.addr}, {c.town}", f"Date: {fdate(r, d, 0)}", "",
              f"Drug: {drug}", f"Directions: {ch(r, ['1 tab PO q4h PRN pain', '1-2 tabs PO q6h PRN', '1 tab PO q12h', '1 tab PO qhs PRN'])}",
              f"Quantity: {qty} ({words})", f"Part fill: {ch(r, ['dispense 7 days at a time', 'no', 'weekly dispense'])}", "Repeats: NIL", "",
              f"Prescriber: {dr.name}  {lic}", "Signature: ____________________", f"Pharmacy: {c.pharm}"]
    elif L == 3:
        t = [c.hosp, ch(r, ["DISCHARGE PRESCRIPTION", "Outpatient Prescription - Discharge", "Prescription"]), "", pt_block(r, c, 3), f"Date: {fdate(r, c.dis, 0)}", f"Allergies: {c.allergy}", ""]
        for m in (c.new_dc() or meds):
            drug, st, sig = rx_parts(m)
            t.append(f"- {drug} {st} {sig}  Disp: {ch(r, ['14 days', '30 days', '7 days', '28 tabs', '1 month'])}  Rpt: {r.randrange(0, 3)}")
        t += ["", "All other home medications: continue as before.", "", f"{c.other.name}  {c.reg['college']} {c.other.college}", "Signature ______________"]
    elif L == 4:
        t = [ch(r, ["FAXED PRESCRIPTION", "Prescription - Transmitted by Fax", "Rx by fax"]), f"To pharmacy: {c.pharm}  Fax {phone(r, c.reg)}", f"From: {dr.name}  Fax {dr.fax}", "",
             f"Patient: {c.p.full} ({fdate(r, c.dob, 0)})  {c.phone}", f"Date: {fdate(r, d, 1)}", ""]
        for m in meds:
            drug, st, sig = rx_parts(m)
            t.append(f"{drug.capitalize()} {st} - {sig or 'as directed'} - M: {r.choice([30, 60, 90])} - R: {r.randrange(0, 4)}")
        t += ["", "This prescription is sent directly to the pharmacy; the original will not be given to the patient and is kept in the chart.",
              "The prescriber attests this is the original and only transmission.", "", f"Signature ____________  {dr.name}  {lic}"]
    elif L == 5:
        m = meds[0]
        drug, st, sig = rx_parts(m)
        t = [c.pharm, ch(r, ["PRESCRIPTION RENEWAL REQUEST", "Refill Authorization Request", "Renewal Request - please fax back"]), f"To: {dr.name}   Fax: {dr.fax}", f"Date: {fdate(r, d, 0)}", "",
             f"Patient: {c.p.lastfirst}   DOB: {fdate(r, c.dob, 0)}", f"Last fill: {drug} {st}  {sig}   Qty {r.choice([30, 90, 100])}  Rx# {r.randrange(100000, 999999)}", "",
             "[ ] Authorized as written   Refills: ____", "[ ] Authorized with changes: _________________", "[ ] Not authorized - patient to book appointment", "",
             f"Prescriber response:  {ch(r, ['[X] Authorized, 3 refills', '[X] Authorized x 1 - needs appt', '[X] Patient to book appt'])}",
             "Signature: ____________   Date: ______", "", f"Pharmacist: {Person(r).full}, RPh   Tel {phone(r, c.reg)}"]
    else:
        item = ch(r, ["4-wheeled walker with seat and brakes", "Compression stockings, knee-high, 20-30 mmHg, 2 pairs", "Raised toilet seat and bath bench",
                      "Blood glucose test strips x 100, lancets x 100", "Custom foot orthotics", "CPAP supplies: mask and tubing", "Wrist splints, bilateral, neutral position"])
        t = [letterhead(r, c, "clinic"), "", f"Date: {fdate(r, d, 1)}", f"Patient: {c.p.full}   {c.hcn}", "", "Rx:", f"   {item}", "",
             f"Diagnosis: {c.s['short']}", "Duration of need: " + ch(r, ["permanent", "6 months", "long-term"]), "", f"{dr.name}", "__________________"]
    return "\n".join(x for x in t if x is not None)


def g_anesthesia_record(r, c):
    L = r.randrange(6)
    s = c.s
    an = Doc(r, "Anaesthesia", c.reg)
    op = s["op"][0] if s.get("op") else ch(r, ["Laparoscopic cholecystectomy", "Cystoscopy", "Hernia repair"])
    asa = ch(r, ["I", "II", "II", "III", "III", "IV"])
    d = c.adm + dt.timedelta(days=1)
    regional = "spinal" in (s.get("op") or ("", "general"))[1] or "local" in (s.get("op") or ("", "general"))[1]
    if L == 0:
        t = [c.hosp.upper(), ch(r, ["ANAESTHETIC RECORD", "ANESTHESIA RECORD", "Intraoperative Anaesthesia Record"]), "", pt_block(r, c, 3),
             f"Date: {fdate(r, d, 0)}   OR: {r.randrange(1, 9)}   Procedure: {op}", f"Anaesthetist: {an.name}   Surgeon: {c.spec.name}",
             f"ASA: {asa}   Wt {r.randrange(50, 120)} kg   Ht {r.randrange(150, 190)} cm   Allergies: {c.allergy}", "",
             f"Pre-op: NPO since {ftime(r)}  [X] Consent  [X] ID band  [X] Checklist", ""]
        if regional and chance(r, 0.7):
            t += [f"Technique: Spinal - {ch(r, ['25G', '27G'])} {ch(r, ['Whitacre', 'pencil-point'])}, L{ch(r, '234')}-{ch(r, '345')}, sitting, 1 pass",
                  f"  Bupivacaine 0.75% heavy {r.choice([1.4, 1.6, 1.8, 2.0])} mL + fentanyl 15 mcg + morphine 100 mcg. Level T10. Sedation: propofol infusion 25-50 mcg/kg/min."]
        else:
            t += [f"Induction {ftime(r)}: fentanyl {r.choice([100, 150, 200])} mcg, propofol {r.choice([120, 150, 180, 200])} mg, rocuronium {r.choice([40, 50, 60])} mg",
                  f"Airway: {ch(r, ['ETT 7.0 cuffed', 'ETT 7.5 cuffed', 'LMA #4', 'ETT 8.0'])} - Grade {ch(r, ['1', '1', '2'])} view, {ch(r, ['Mac 3', 'McGrath', 'Mac 4'])}, atraumatic",
                  f"Maintenance: {ch(r, ['sevoflurane 1.8-2.2%', 'desflurane 5-6%', 'TIVA propofol/remifentanil'])} in O2/air"]
        t += ["", "Time   HR   BP        SpO2  EtCO2  Notes"]
        hr, sbp = r.randrange(62, 90), r.randrange(110, 150)
        tm = r.randrange(7, 14) * 60 + r.choice([0, 15, 30])
        for k in range(r.randrange(6, 12)):
            hr += r.randrange(-6, 7)
            sbp += r.randrange(-12, 12)
            note = ch(r, ["", "", "", "incision", "phenylephrine 100 mcg", "ondansetron 4 mg", "dexamethasone 8 mg", "cefazolin 2 g", "hydromorphone 0.4 mg"])
            t.append(f"{tm // 60:02d}:{tm % 60:02d}  {hr:<4} {sbp}/{r.randrange(50, 85):<5} {r.randrange(95, 101):<5} {r.randrange(30, 42) if not regional else '--':<6} {note}")
            tm += r.choice([5, 10, 15])
        t += ["", f"Fluids: RL {r.randrange(5, 25) * 100} mL   EBL: {s['op'][5] if s.get('op') else '50 mL'}   UO: {ch(r, ['not measured', str(r.randrange(100, 500)) + ' mL'])}",
              f"Reversal: {ch(r, ['sugammadex 200 mg', 'neostigmine 2.5 mg / glyco 0.4 mg', 'N/A'])}", f"To PACU {ftime(r)}: stable, {ch(r, ['extubated, awake', 'spontaneously breathing', 'sedated, comfortable'])}", "", f"Signature: {an.name}"]
    elif L == 1:
        t = [c.hosp, ch(r, ["PRE-ANAESTHETIC ASSESSMENT", "Pre-Anesthesia Evaluation", "Anaesthesia Pre-operative Consultation"]), "", pt_block(r, c, 2), f"Proposed: {op}   Date {fdate(r, d, 0)}", "",
             "Medical history: " + (", ".join(c.pmh()) or "nil") + ".", "Medications: " + ("; ".join(c.home) or "nil") + ".", f"Allergies: {c.allergy}",
             "Previous GA: " + ch(r, ["uneventful", "PONV after hysterectomy", "none", "difficult IV access"]), "Family hx of anaesthetic problems: " + ch(r, ["none", "denies MH / pseudocholinesterase deficiency"]),
             "Smoking: " + ch(r, ["never", "ex", "current"]) + "   EtOH: " + ch(r, ["social", "none", "2-3/day"]), "",
             "AIRWAY: Mallampati " + ch(r, ["I", "II", "III"]) + ", TMD " + ch(r, [">6 cm", "3 FB"]) + ", mouth opening " + ch(r, ["normal", "3 FB"]) + ", neck ROM " + ch(r, ["full", "reduced extension"]) + ", dentition " + ch(r, ["own teeth", "upper denture", "loose lower incisor"]),
             "CVS: " + sysf(r, c, "CVS") + "   RESP: " + sysf(r, c, "Resp"), "",
             "Ix: " + labs_text(r, c, 4) + f" ECG: {s['ecg']}.", "", f"ASA {asa}" + ("E" if s.get("surg") and chance(r, 0.3) else ""),
             "Plan: " + ch(r, ["GA with ETT", "GA with LMA", "Spinal + sedation", "Regional block + GA"]) + ". " + ch(r, ["Multimodal analgesia.", "PONV prophylaxis.", "Risks discussed incl. sore throat, dental damage, awareness, PONV; consents."]), "", an.sig(r)]
    elif L == 2:
        t = [c.hosp, ch(r, ["POST ANAESTHETIC CARE UNIT (PACU) RECORD", "Recovery Room Record", "PACU Flowsheet"]), pt_block(r, c, 3), "",
             f"Procedure: {op}   Anaesthetic: {ch(r, ['GA', 'spinal', 'GA/LMA', 'regional'])}   Arrival {ftime(r)}", "",
             "Time   Aldrete  HR   BP       RR  SpO2  Pain(0-10)  Sedation"]
        for k in range(r.randrange(4, 8)):
            t.append(f"{ftime(r)}  {min(10, 6 + k):<8} {r.randrange(60, 100):<4} {r.randrange(105, 150)}/{r.randrange(55, 85):<4} {r.randrange(12, 20):<3} {r.randrange(93, 100):<5} {max(0, 7 - k):<11} {ch(r, ['1', '2', '1', '0'])}")
        t += ["", f"Meds given: hydromorphone {ch(r, ['0.2 mg IV x2', '0.4 mg IV x1'])}; ondansetron 4 mg IV", f"Dressing: {ch(r, ['dry and intact', 'small ooze, reinforced'])}",
              f"Discharge criteria met at {ftime(r)}. Discharged to {ch(r, ['ward', 'day surgery', s['ward']])} by {an.name}", f"RN: {Person(r).full}"]
    elif L == 3:
        t = [ch(r, ["ANAESTHESIA NOTE", "Anaesthesia Summary", "Anesthesia Procedure Note"]), f"{c.p.full}  {c.mrn}   {fdate(r, d, 1)}", "",
             f"{c.yo()} {c.sexw}, ASA {asa}, for {op}. " + ch(r, ["Uneventful induction.", "Rapid sequence induction (full stomach).", "Awake spinal then light sedation."]) + " " +
             ch(r, ["Easy mask ventilation. Grade 1 view.", "Videolaryngoscope used electively.", "No airway instrumentation."]) + " " +
             f"Hemodynamically stable throughout; {ch(r, ['one dose of phenylephrine', 'no vasopressors', 'ephedrine 10 mg x2'])}. " +
             f"Analgesia: {ch(r, ['fentanyl, hydromorphone, acetaminophen, ketorolac', 'spinal morphine + acetaminophen', 'TAP blocks with ropivacaine 0.25% 20 mL each side'])}. " +
             f"Emergence {ch(r, ['smooth', 'uneventful', 'some agitation, settled'])}. Transferred to PACU in stable condition.", "",
             "Post-op orders: " + ch(r, ["PCA hydromorphone per protocol", "standard PACU orders", "O2 to keep sats > 92%"]), "", an.sig(r)]
    elif L == 4:
        c2 = Ctx(r, "dm")
        c2.p = Person(r, "F")
        t = [c2.hosp, ch(r, ["LABOUR EPIDURAL RECORD", "Obstetrical Anaesthesia - Epidural Record", "Neuraxial Labour Analgesia"]), "",
             f"Patient: {c2.p.lastfirst}   MRN {c2.mrn}   G{r.randrange(1, 5)}P{r.randrange(0, 3)}   {r.randrange(37, 42)}+{r.randrange(0, 7)} wks",
             f"Date: {fdate(r, c2.date, 0)}   Request {ftime(r)}   Performed {ftime(r)}", f"Anaesthetist: {an.name}", "",
             "Consent: risks discussed (headache 1:100, failure, hypotension, nerve damage rare); verbal consent obtained.",
             f"Position: sitting   Level: L{ch(r, '234')}-{ch(r, '345')}   Needle: 17G Tuohy   LOR to saline at {r.randrange(4, 8)} cm   Catheter at {r.randrange(9, 13)} cm",
             "Test dose: lidocaine 2% with epi 3 mL - negative", f"Loading: bupivacaine 0.1% + fentanyl 2 mcg/mL {r.randrange(10, 16)} mL",
             f"Maintenance: PIEB {r.randrange(8, 11)} mL q{r.choice([40, 45, 60])} min, PCEA 5 mL lockout 10 min", "", f"Block: T{r.randrange(8, 11)} bilateral at 20 min. Maternal BP stable. FHR reassuring.", "",
             f"Removed: {fdate(r, c2.date + dt.timedelta(days=1), 0)} tip intact.", f"Signature {an.name}"]
    else:
        t = [c.hosp.upper(), "PERI-OPERATIVE ANAESTHESIA RECORD", "", f"NAME: {c.p.lastfirst}   DOB: {fdate(r, c.dob, 5)}   MRN: {c.mrn}", "",
             "PRE-OP CHECK:  ID [X]  Consent [X]  Site marked [X]  Allergies [X]  NPO [X]  Machine check [X]", f"Monitors: ECG, NIBP, SpO2, EtCO2{', temp' if chance(r, .5) else ''}{', BIS' if chance(r, .2) else ''}",
             f"IV: {ch(r, ['18G L hand', '20G R forearm', '16G L AC'])}", f"Positioning: {ch(r, ['supine, arms out', 'lateral', 'lithotomy', 'beach chair'])}, pressure points padded", "",
             "DRUGS:", f"  Midazolam {ch(r, ['1', '2'])} mg  Fentanyl {r.choice([50, 100, 150])} mcg  Propofol {r.choice([100, 150, 200])} mg",
             f"  Cefazolin 2 g at {ftime(r)}   Dexamethasone {r.choice([4, 8])} mg   Ondansetron 4 mg", f"  Tranexamic acid 1 g" if "arthroplasty" in op.lower() else "  Ketorolac 15 mg IV",
             "", f"Totals: Crystalloid {r.randrange(5, 20) * 100} mL   EBL {s['op'][5] if s.get('op') else '50 mL'}   Urine {ch(r, ['--', '200 mL'])}",
             f"Anaesthesia start {ftime(r)}  end {ftime(r)}", "", f"Anaesthesiologist: {an.name}   Code: {r.randrange(100, 999)}"]
    return "\n".join(t)


def g_correspondence(r, c):
    L = r.randrange(7)
    s = c.s
    d = c.date + dt.timedelta(days=r.randrange(20, 200))
    if L == 0:
        t = [letterhead(r, c, "spec"), "", fdate(r, d, 1), "", c.gp.name, c.clinic, "", pt_block(r, c, 1), "", f"Dear {c.gp.short},", "",
             f"I saw {c.mr} in follow-up today {ch(r, ['regarding', 'for', 'with respect to'])} {s['short']}. " +
             ch(r, [f"{c.he.capitalize()} is doing well overall.", f"{c.he.capitalize()} continues to have some symptoms.", "There have been no new issues since the last visit."]) + " " +
             ch(r, [f"{c.he.capitalize()} has tolerated the medication changes.", "Recent results were reviewed together.", ""]), "",
             "Current medications: " + ("; ".join(c.dc_meds()[:7]) or "none") + ".", "",
             "Plan: " + " ".join(cap(p) + "." for p in s["plan"][:3]), "", ch(r, ["I will see her again in six months.", "I have arranged to see him in 3 months.", "I have discharged the patient from my clinic but would be happy to see again."]), "",
             "Kind regards,", "", c.spec.sig(r), dictation(r, c, c.spec, d)]
    elif L == 1:
        t = [letterhead(r, c, "clinic"), "", fdate(r, d, 1), "", c.p.full, c.addr, f"{c.town}, {c.reg['prov']}  {c.postal}", "",
             f"Dear {c.mr},", "", ch(r, [f"I am writing to let you know that your recent {ch(r, ['blood tests', 'test results', 'bloodwork'])} were reviewed and are within normal limits. No further action is needed at this time.",
                                         "Our records show that you are due for your " + ch(r, ["colorectal cancer screening", "Pap test", "annual diabetes review", "blood pressure check"]) + ". Please call the office to book an appointment.",
                                         "We have tried to reach you by telephone regarding your recent results. Please call the office at your earliest convenience to arrange a follow-up visit.",
                                         "You missed your appointment on " + fdate(r, d - dt.timedelta(days=5), 1) + ". Please contact us to reschedule. Repeated missed appointments may result in a fee."]), "",
             "Sincerely,", "", c.gp.name, "on behalf of " + c.clinic]
    elif L == 2:
        t = [letterhead(r, c, "clinic"), "", fdate(r, d, 1), "", "TO WHOM IT MAY CONCERN", "", f"Re: {c.p.full}, DOB {fdate(r, c.dob, 1)}", "",
             ch(r, [f"This is to confirm that the above-named patient was seen in my office on {fdate(r, d, 1)} and is medically unable to work from {fdate(r, d, 1)} until {fdate(r, d + dt.timedelta(days=r.randrange(7, 60)), 1)} due to a medical condition.",
                    "The above patient is under my care and requires modified duties (no lifting over 10 kg, no prolonged standing) for the next 4 weeks.",
                    "Please excuse the above patient from jury duty due to ongoing medical issues."]), "",
             "Details of the diagnosis are confidential and will not be disclosed without the patient's written consent.", "", "Yours truly,", "", c.gp.sig(r),
             "", "Note: a fee for this letter is not covered by " + c.reg["plan"] + "."]
    elif L == 3:
        t = [c.clinic, "", fdate(r, d, 1), "", ch(r, ["Dear Patients,", "To all patients of " + c.gp.name + ",", "Dear " + c.p.first + ","]), "",
             f"After {r.randrange(18, 40)} years of practice in {c.town}, {c.gp.name} will be " + ch(r, ["retiring", "relocating", "reducing her practice" if c.gp.sex == "F" else "reducing his practice"]) + f" effective {fdate(r, d + dt.timedelta(days=90), 1)}. " +
             f"We are pleased to advise that Dr. {Person(r).full} will be assuming care of patients in the practice.", "",
             f"Your medical records will remain at the clinic. If you wish to transfer your records elsewhere, please complete a release form at the front desk.",
             ("You may also register with Health Care Connect (1-800-555-0134) to find a new family doctor." if c.reg["prov"] == "ON" else "You may also register with the Health Connect Registry to be matched with a new provider."), "",
             "Thank you for your trust over the years.", "", c.gp.name]
    elif L == 4:
        t = [ch(r, ["MEMO", "Fax Memo", "Physician to Physician"]), f"To: {c.spec.name}   Fax: {c.spec.fax}", f"From: {c.gp.name}   Fax: {c.gp.fax}", f"Date: {fdate(r, d, 0)}", f"Re: {c.p.full}  ({fdate(r, c.dob, 0)})", "",
             ch(r, [f"Hi {c.spec.first}, thanks for seeing this patient. Just a heads-up that the most recent {ch(r, ['creatinine', 'potassium', 'hemoglobin', 'INR'])} was abnormal ({labs_text(r, c, 2)}). I have held the relevant medication. Please advise if you would like anything else done before the appointment.",
                    f"Could you please expedite the appointment? {c.he.capitalize()} has deteriorated since my referral with {ch(r, c.hpi_list())}.",
                    f"Following up on my referral of {fdate(r, d - dt.timedelta(days=60), 0)}; we have not yet received an appointment date. Please confirm receipt."]), "",
             "Thanks,", c.gp.short]
    elif L == 5:
        t = [letterhead(r, c, "spec"), "", fdate(r, d, 1), "", f"Dear {c.gp.short},", "", f"RE:  {c.p.lastfirst}   DOB {fdate(r, c.dob, 0)}", "",
             f"{c.mr} was reviewed in the surgical clinic today, {ch(r, ['two', 'three', 'six'])} weeks following {(s.get('op') or ('surgery',))[0].lower()}. " +
             ch(r, ["Wound has healed well.", "Incisions are clean with no sign of infection.", "Staples were removed."]) + " " +
             (f"Pathology was reviewed with the patient: {s['path'][3]} " if s.get("path") else "") +
             ch(r, ["I have discharged the patient back to your care.", "Further follow-up as outlined below.", "I will see the patient back PRN."]), "",
             "Plan: " + "; ".join(s["plan"][-2:]) + ".", "", "Sincerely,", "", c.spec.sig(r), dictation(r, c, c.spec, d), cc_line(r, c, [c.gp])]
    else:
        prog = ch(r, ["ColonCancerCheck", "Breast Screening Program", "Cervical Screening Program"]) if c.reg["prov"] == "ON" else ch(r, ["BC Colon Screening Program", "Breast Screening Program"])
        t = [prog, ch(r, [f"{c.reg['provname']} Screening Programs", "Provincial Cancer Screening"]), "", fdate(r, d, 1), "", c.p.full, c.addr, f"{c.town} {c.reg['prov']} {c.postal}", "",
             f"Dear {c.p.first} {c.p.last},", "",
             ch(r, ["Our records show that you are due for cancer screening. Screening can find cancer early, when treatment works best. Please talk to your health care provider about getting a screening test.",
                    "Your recent screening test result was normal. We will send you a reminder when you are next due.",
                    "Your recent screening test result was abnormal. This does not mean you have cancer, but more tests are needed. Your health care provider has also been sent this result."]), "",
             "If you have questions please call " + phone(r, c.reg) + ".", "", "This letter was sent to you by the provincial screening program. " + f"Health care provider: {c.gp.name}"]
    return "\n".join(t)

def g_consent_form(r, c):
    L = r.randrange(8)
    s = c.s
    proc = s["op"][0] if s.get("op") else ch(r, ["Colonoscopy with possible biopsy/polypectomy", "Gastroscopy", "Cardiac catheterization and possible angioplasty/stent",
                                                 "Thoracentesis", "Bronchoscopy with biopsy", "Central venous catheter insertion"])
    dr = c.spec
    d = c.date
    sig = ["", "Signature of patient/SDM: ______________________   Date: ________  Time: ______",
           "Relationship (if SDM): ______________", "Witness: ______________________   Print name: ______________",
           f"Physician: ______________________   {dr.name}"]
    if L == 0:
        t = [c.hosp.upper(), ch(r, ["CONSENT TO TREATMENT / PROCEDURE", "CONSENT TO OPERATION, ANAESTHETIC AND OTHER PROCEDURES", "Consent for Surgery or Procedure"]),
             ch(r, ["Form 1092 (Rev. 03/14)", "HR-CN-01", f"Form #{r.randrange(100, 999)}-{r.randrange(10, 99)}", ""]), "", pt_block(r, c, 3), "",
             f"I, {c.p.full}, consent to the following procedure/treatment: {proc}", f"to be performed by Dr. {dr.last} and/or such associates, residents or assistants as may be required.", "",
             "The nature of the procedure, its expected benefits, material risks and side effects, alternative courses of action and the likely consequences of not having the procedure have been explained to me. I have had the opportunity to ask questions and they have been answered to my satisfaction.", "",
             "I also consent to such additional or alternative procedures as may be deemed necessary in the course of the above procedure, where it would be unreasonable to delay.", "",
             "I consent to the administration of anaesthetic as required.", "I consent to the disposal of any tissue removed, in accordance with hospital policy."] + sig
    elif L == 1:
        t = [c.hosp, ch(r, ["Consent for Transfusion of Blood and/or Blood Products", "BLOOD TRANSFUSION CONSENT", "Informed Consent - Blood Components"]), "", pt_block(r, c, 0), "",
             "I have been informed of the reasons for transfusion, the risks (including fever, allergic reaction, fluid overload, and rarely transmission of infection - risk of HIV approximately 1 in 21 million units, hepatitis C 1 in 13 million, hepatitis B 1 in 7.5 million) and the alternatives.", "",
             "This consent is valid for: [X] this admission  [ ] course of treatment ending ________", "",
             "[ ] I CONSENT to the transfusion of blood and blood products.", "[ ] I REFUSE transfusion of blood / the following products: ____________",
             "    (Patients refusing blood products should complete the Refusal of Blood Products Release.)", "",
             f"Physician obtaining consent: {ch(r, [dr.name, c.other.name])}"] + sig[1:]
    elif L == 2:
        rsk = ch(r, ["perforation (about 1 in 1,000, higher with polyp removal), bleeding (1 in 100-200 after polypectomy), missed lesions, reaction to sedation",
                     "bleeding, infection, injury to nearby structures, conversion to open surgery, bile leak, retained stones, blood clots"])
        t = [c.hosp, "Department of " + ch(r, ["Surgery", "Gastroenterology", "Medicine"]), "", "INFORMED CONSENT DISCUSSION", "", f"Patient: {c.p.full}  DOB {fdate(r, c.dob, 0)}  MRN {c.mrn}", f"Procedure: {proc}", "",
             f"Risks discussed: {rsk}.", "Benefits: diagnosis and treatment of " + s["short"] + ".", "Alternatives: " + ch(r, ["CT colonography", "non-operative management", "watchful waiting", "medical therapy"]) + ".", "",
             f"Interpreter used: {ch(r, ['No', 'No', 'Yes - ' + ch(r, ['Punjabi', 'Cantonese', 'Portuguese', 'Polish', 'French']) + ', ID #' + str(r.randrange(1000, 9999))])}",
             "Patient capable of consenting: Yes", "Patient verbalized understanding and wishes to proceed.", "", f"{dr.name}   {fdate(r, d, 0)} {ftime(r)}", "", "Patient signature ___________________"]
    elif L == 3:
        t = [c.hosp, ch(r, ["CONSENT BY SUBSTITUTE DECISION-MAKER", "Treatment Consent - Substitute Decision Maker", "SDM CONSENT"]),
             ("Health Care Consent Act, 1996" if c.reg["prov"] == "ON" else "Health Care (Consent) and Care Facility (Admission) Act"), "",
             f"Patient: {c.p.lastfirst}   MRN {c.mrn}", f"The patient has been found incapable with respect to the treatment below by {ch(r, [dr.name, c.other.name])} on {fdate(r, d, 1)}.", "",
             f"Treatment: {proc}", "", f"Substitute decision-maker: {c.nok.full}   Relationship: {c.nok_rel}   Tel {c.nok_phone}",
             "Basis of authority: " + ch(r, ["Attorney for personal care", "Spouse/partner", "Child", "Representative (Representation Agreement)"]), "",
             "I confirm I have been given information about the nature of the treatment, expected benefits, material risks, side effects and alternatives, and I give consent on behalf of the patient in accordance with the patient's known wishes / best interests.", "",
             "SDM signature: _____________________  Date: _______", "[ ] Consent obtained by telephone - witnessed by: ______________ RN"]
    elif L == 4:
        t = [c.hosp.upper(), "CONSENT TO ANAESTHESIA", "", pt_block(r, c, 2), "", f"Planned anaesthetic: {ch(r, ['general', 'spinal', 'regional block with sedation', 'general and/or regional'])}", "",
             "Common side effects: nausea/vomiting, sore throat, shivering, drowsiness.", "Uncommon: dental damage, awareness, headache after spinal, nerve injury (usually temporary).",
             "Rare but serious: severe allergic reaction, aspiration, stroke, heart attack, death.", "",
             "I understand the above and consent to the anaesthetic and to any additional anaesthetic procedures (e.g. arterial line, blood transfusion) the anaesthesiologist considers necessary.", "",
             "Patient: ________________   Anaesthesiologist: ________________   Date: ________"]
    elif L == 5:
        yr = r.randrange(2020, 2024)
        t = [c.clinic, ch(r, ["Consent to Use Electronic Communications", "Virtual Care Consent", "CONSENT FOR VIRTUAL CARE AND EMAIL COMMUNICATION"]), "",
             f"Patient name: {c.p.full}    DOB: {fdate(r, c.dob, 0)}", "",
             "The clinic offers care by telephone, video and secure email. Electronic communication carries risks: messages may be intercepted, misdirected or viewed by others with access to your device. Virtual care is not suitable for emergencies - call 911 or go to the nearest emergency department.", "",
             "[X] I consent to receive care by telephone/video.", f"[{'X' if chance(r, .6) else ' '}] I consent to communication by email at: {c.p.first.lower()}.{c.p.last.lower().replace(' ', '')}@example.ca", "",
             f"Signature: ____________   Date: {fdate(r, dt.date(yr, r.randrange(1, 13), r.randrange(1, 28)), 0)}"]
    elif L == 7:
        t = [c.hosp, ch(r, ["AUTHORIZATION FOR TREATMENT", "Agreement to Undergo Procedure", "Permission for Operation/Procedure"]), "", pt_block(r, c, 2), "",
             f"I hereby authorize {dr.name} and assistants to perform upon me: {proc}.", "",
             "Dr. " + dr.last + " has explained to me what will be done, why it is recommended, what the common and serious risks are, and what other choices I have. I understand no guarantee has been made about the result.", "",
             "I agree to receive an anaesthetic and any blood products that become necessary, except: ____________", "",
             f"Language used: {ch(r, ['English', 'French', 'English via interpreter'])}", "", "Patient or representative ____________  Date ______", f"Physician ____________ ({dr.name})", "Witness ____________"]
    else:
        t = [ch(r, ["PHOTOGRAPHY / RECORDING CONSENT", "Consent for Clinical Photography", "Consent - Teaching and Photographs"]), c.hosp, "",
             f"I, {c.p.full}, agree to photographs/video being taken of " + ch(r, ["my wound", "my skin lesion", "the operative site", "my hand"]) + " for:",
             "[X] my medical record", f"[{'X' if chance(r, .4) else ' '}] teaching of health professionals (identity concealed)", "[ ] publication", "",
             "I understand I may withdraw this consent at any time and my care will not be affected.", "", "Signed: ____________   Witness: ____________", f"Date: {fdate(r, d, 1)}"]
    return "\n".join(t)


def g_referral_letter(r, c):
    L = r.randrange(7)
    s = c.s
    d = c.date - dt.timedelta(days=r.randrange(10, 120))
    dr = c.spec
    urg = ch(r, ["Routine", "Urgent", "Semi-urgent", "Routine", "Urgent - please see within 2 weeks"])
    if L == 0:
        t = [letterhead(r, c, "clinic"), "", fdate(r, d, 1), "", dr.name, dr.spec, f"Fax: {dr.fax}", "", pt_block(r, c, 1), "",
             f"Dear {dr.short},", "",
             ch(r, [f"Thank you for seeing this pleasant {c.yo()} {c.man} with {s['cc']}.", f"I would appreciate your assessment of {c.mr}, a {c.yo()} {c.man} with {s['short']}.",
                    f"I am referring {c.p.first} for your opinion regarding {s['cc']}."]) + " " + hpi_para(r, c, False), "",
             "Past history: " + (", ".join(c.pmh()) or "unremarkable") + ".", "Medications: " + ("; ".join(c.home) or "none") + ".", f"Allergies: {c.allergy}.", "",
             ("Recent results: " + labs_text(r, c, 4) + " " + img_text(r, c)) if chance(r, 0.7) else "", "",
             ch(r, ["I would be grateful for your opinion and management.", "Please assess and treat as you see fit.", "Many thanks for your help with this patient."]), "",
             "Sincerely,", "", c.gp.sig(r), f"Billing # {c.gp.billing}"]
    elif L == 1:
        t = [c.clinic.upper(), ch(r, ["REFERRAL REQUEST", "Specialist Referral Form", "CONSULTATION REQUEST"]), "", f"Date: {fdate(r, d, 0)}", f"To: {dr.name} ({dr.spec})   Fax: {dr.fax}",
             f"From: {c.gp.name}   Billing #: {c.gp.billing}   Tel {c.gp.phone}   Fax {c.gp.fax}", "",
             f"Patient: {c.p.lastfirst}   DOB: {fdate(r, c.dob, 0)}   Sex: {c.p.sex}", f"{c.reg['plan']}: {c.hcn}" + (f"  Version: {c.vc}" if c.vc else ""), f"Address: {c.addr}, {c.town}  Phone: {c.phone}", "",
             f"Urgency: [{'X' if 'Urgent' in urg else ' '}] Urgent   [{'X' if urg == 'Routine' else ' '}] Routine   [{'X' if urg == 'Semi-urgent' else ' '}] Semi-urgent", "",
             f"Reason for referral: {s['short']} - {s['cc']}", f"Relevant history: {'; '.join(c.hpi_list())}", f"PMHx: {', '.join(c.pmh()) or 'nil'}",
             f"Current medications: {', '.join(c.home) or 'nil'}", f"Allergies: {c.allergy}", "", "Attached: [X] labs  [" + ch(r, ["X", " "]) + "] imaging  [ ] previous consult notes", "",
             "Patient aware of referral: Yes   Interpreter required: " + ch(r, ["No", "No", "Yes"]), "", "Signature: ______________"]
    elif L == 2:
        prog = ch(r, ["Central Intake - Hip and Knee Replacement", "Regional Rapid Access Clinic (MSK)", "Regional Cancer Program - Diagnostic Assessment Program",
                      "Central Intake - Endoscopy", "Rapid Access Chest Pain Clinic", "Stroke Prevention Clinic Referral"])
        t = [c.hosp, prog, ch(r, ["Fax completed form to " + phone(r, c.reg), "Incomplete referrals will be returned"]), "",
             f"Patient name: {c.p.full}   HCN/PHN: {c.hcn}   DOB: {fdate(r, c.dob, 0)}", f"Phone: {c.phone}   Alternate: {c.nok_phone}", f"Referring provider: {c.gp.name}  #{c.gp.billing}", "",
             f"Provisional diagnosis: {s['short']}", "Key clinical information: " + "; ".join(c.hpi_list()[:3]),
             f"Preferred surgeon/specialist: [ ] First available  [ ] {dr.name}", "Imaging completed within 12 months: " + ch(r, ["Yes - attached", "No", "Booked"]), "",
             "Patient consents to referral: [X]", f"Date: {fdate(r, d, 0)}   Signature: __________"]
    elif L == 3:
        t = [f"{fdate(r, d, 0)}", "", f"To: {ch(r, [dr.name, dr.spec + ' Clinic, ' + c.hosp])}", f"Re: {c.p.full} ({fdate(r, c.dob, 0)}) {c.hcn}", "",
             ch(r, [f"Please see for {s['short']}.", f"Referral for {s['cc']}.", f"Kindly assess - {s['short']}."]) + " " + ch(r, [f"Recent {labs_text(r, c, 2)}", "See attached results.", "Worsening despite initial management."]),
             "", f"Thanks, {c.gp.name}"]
    elif L == 4:
        ag = ch(r, c.reg["home"])
        t = [ag, ch(r, ["REFERRAL FOR HOME AND COMMUNITY CARE SERVICES", "Community Referral Form", "Home Care Services Request"]), "",
             f"Client: {c.p.lastfirst}   DOB {fdate(r, c.dob, 0)}   {c.hcn}", f"Address: {c.addr}, {c.town}   Phone: {c.phone}", f"Contact: {c.nok.full} ({c.nok_rel}) {c.nok_phone}", "",
             f"Diagnosis: {s['dx']}", "Services requested:", f"  [{'X' if chance(r, .6) else ' '}] Nursing - " + ch(r, ["wound care", "medication teaching", "IV antibiotics", "post-op assessment"]),
             f"  [{'X' if chance(r, .5) else ' '}] Personal support - bathing", f"  [{'X' if chance(r, .5) else ' '}] PT - mobility/falls", f"  [{'X' if chance(r, .4) else ' '}] OT - home safety",
             "  [ ] Social work   [ ] Dietitian", "", f"Start date: {fdate(r, c.dis, 0)}", f"Referring: {ch(r, [c.gp.name, c.other.name])}  Tel {phone(r, c.reg)}"]
    elif L == 5:
        svc = ch(r, ["Diabetes Education Program", "Outpatient Physiotherapy", "Cardiac Rehabilitation", "Pulmonary Rehabilitation", "Dietitian", "Falls Prevention Program"])
        t = [c.clinic, f"Referral to: {svc}", "", pt_block(r, c, 2), "", f"Diagnosis: {s['short']}", f"Goals: {ch(r, ['education and self-management', 'improve mobility', 'return to work', 'weight loss', 'exercise tolerance'])}",
             "Precautions: " + ch(r, ["none", "hip precautions", "target HR < 120", "hypoglycemia risk"]), "", "Relevant results: " + labs_text(r, c, 3), "",
             f"Referring clinician: {c.gp.name}", f"Date: {fdate(r, d, 0)}"]
    else:
        ed = Doc(r, "Emergency Medicine", c.reg)
        t = [c.hosp, "Emergency Department", "", f"{fdate(r, c.date, 0)}", "", f"Dear {dr.short} / {dr.spec} on call,", "",
             f"Re: {c.p.full}  DOB {fdate(r, c.dob, 0)}  MRN {c.mrn}", "",
             f"I saw this {c.yo()} {c.man} in the ED today with {s['cc']}. " + f"Working diagnosis is {s['short']}. " + "Vitals stable at discharge. " +
             ch(r, ["Would appreciate urgent outpatient follow-up in your clinic.", "Please see in rapid-access clinic this week.", "Patient instructed to return if worsening."]), "",
             f"ED investigations: {labs_text(r, c, 4)} {img_text(r, c)}", "", "Thank you,", ed.sig(r)]
    return "\n".join(t)


def g_advance_directive(r, c):
    L = r.randrange(7)
    d = c.date
    pt = c.p.full
    if L == 0 and c.reg["prov"] == "BC":
        L = 1
    if L == 1 and c.reg["prov"] == "ON":
        L = 0
    if L == 0:
        t = [ch(r, ["POWER OF ATTORNEY FOR PERSONAL CARE", "Power of Attorney for Personal Care", "Power of Attorney for Personal Care (Ontario)"]), "(Made in accordance with the Substitute Decisions Act, 1992)", "",
             f"1. I, {pt.upper()}, of {c.town}, Ontario, revoke any previous power of attorney for personal care made by me and APPOINT", "",
             f"   {c.nok.full}, my {c.nok_rel}, of {ch(r, c.reg['towns'])}, Ontario,", "", "   to be my attorney for personal care in accordance with the Substitute Decisions Act, 1992.", "",
             "2. INSTRUCTIONS / WISHES:", "   " + ch(r, ["I do not wish to receive CPR or mechanical ventilation if there is no reasonable expectation of recovery to a quality of life I would find acceptable.",
                                                     "I wish to be kept comfortable and do not wish my life to be prolonged by artificial means if I am terminally ill.",
                                                     "I wish all reasonable treatment to be provided."]), "",
             f"SIGNED at {c.town} this {d.day} day of {MONTHS[d.month - 1]}, {d.year}.", "", "_________________________  (signature)", "",
             "WITNESSES: (must not be the attorney, the attorney's spouse/partner or a child of the grantor)", "1. ______________________  Name: " + Person(r).full, "2. ______________________  Name: " + Person(r).full]
    elif L == 1:
        t = [ch(r, ["ADVANCE DIRECTIVE", "Advance Directive (British Columbia)", "My Advance Directive"]), "Health Care (Consent) and Care Facility (Admission) Act, Section 19.1", "",
             f"I, {pt}, born {fdate(r, c.dob, 1)}, of {c.addr}, {c.town}, B.C., make this advance directive. It gives instructions directly to my health care providers.", "",
             "I REFUSE consent to the following health care in the circumstances described:",
             "   - Cardiopulmonary resuscitation, if my heart stops.", "   - Mechanical ventilation, if I am unable to breathe on my own and recovery is not expected.",
             "   - Tube feeding, if I have a severe and irreversible brain injury or dementia and cannot eat.", "",
             "I CONSENT to the following: " + ch(r, ["medications for pain and comfort, even if they may shorten my life", "antibiotics for treatable infections", "hospital transfer only if needed for comfort"]), "",
             f"Signed: _____________  Date: {fdate(r, d, 1)}", "Witness 1: _____________   Witness 2: _____________", "", "(Keep a copy with your My Voice advance care planning guide.)"]
    elif L == 2:
        lvl = ch(r, ["M1", "M2", "M3", "C0", "C1", "C2"]) if c.reg["prov"] == "BC" else ch(r, ["Level 1 - Full resuscitation", "Level 2 - Medical management, no CPR, ICU ok", "Level 3 - Medical management, no CPR, no ICU", "Level 4 - Comfort care only"])
        t = [c.hosp, ch(r, ["MEDICAL ORDERS FOR SCOPE OF TREATMENT (MOST)", "GOALS OF CARE DESIGNATION", "Level of Care / Goals of Care Form"]), "", pt_block(r, c, 3), "",
             f"Designation: {lvl}", "", "CPR: " + ("Attempt" if lvl in ("M3", "Level 1 - Full resuscitation") else "Do NOT attempt"),
             f"Critical care/intubation: {ch(r, ['Yes', 'No', 'Discuss'])}", f"Transfer to acute care: {ch(r, ['Yes', 'Only if comfort needs not met', 'Yes'])}", "",
             f"Discussed with: [{'X' if chance(r, .5) else ' '}] patient  [{'X' if chance(r, .6) else ' '}] SDM/representative: {c.nok.full} ({c.nok_rel})",
             f"Patient's values/wishes: {ch(r, ['wants to be at home', 'does not want to be kept alive on machines', 'wants everything done while recovery possible', 'priority is comfort and family'])}", "",
             f"Physician: {c.gp.name if chance(r, .5) else c.other.name}   Signature ________   Date {fdate(r, d, 0)}", "Review: on admission, transfer, or change in condition."]
    elif L == 3:
        t = [ch(r, ["LIVING WILL", "Statement of Wishes", "My Wishes for Future Health Care"]), "", f"I, {pt}, being of sound mind, make this statement of my wishes regarding my future health care, to be used if I become incapable of making or communicating decisions.", "",
             f"If I am diagnosed with a terminal illness or I am permanently unconscious, I do not want treatments that would only prolong dying, including {ch(r, ['CPR, breathing machines and dialysis', 'resuscitation and feeding tubes', 'ICU admission'])}.", "",
             "I want to be kept comfortable and free of pain. " + ch(r, ["If possible I would like to die at home.", "I would like my spiritual advisor to be called.", "I would like my family present."]), "",
             f"I have discussed these wishes with {c.nok.full}, my {c.nok_rel}, who knows my values.", "", f"Dated: {fdate(r, d, 1)}", "Signature: _______________", "Witness: _______________"]
    elif L == 4:
        t = ["Ministry of Health", ch(r, ["DO NOT RESUSCITATE CONFIRMATION FORM", "Do Not Resuscitate Confirmation Form", "DNR CONFIRMATION"]), f"Form {ch(r, ['4348-64', 'DNR-C'])}  Serial # {r.randrange(1000000, 9999999)}", "",
             f"Patient's name: {pt}", f"Health number: {c.hcn}", "", "This form confirms that a plan of treatment for the above patient includes that paramedics and firefighters not initiate basic or advanced cardiopulmonary resuscitation.", "",
             "Check one:", "[ ] Physician  [ ] Registered Nurse  [ ] Nurse Practitioner", f"   {ch(r, [c.gp.name, c.other.name])}   Registration # {r.randrange(10000, 99999)}",
             "Confirmation based on: [" + ch(r, ["X] patient's expressed wish   [ ", " ] patient's expressed wish   [X"]) + "] SDM consent", "", f"Date: {fdate(r, d, 0)}   Signature: ________________"]
        if c.reg["prov"] == "BC":
            t[0] = "Province of British Columbia"
            t[1] = "NO CPR - Medical Order"
    elif L == 5:
        home = ch(r, c.reg["ltc"])
        t = [home, ch(r, ["ADVANCE CARE PLANNING CONVERSATION", "Advance Care Planning - Documentation", "ACP Care Conference Note"]), "", f"Resident: {c.p.lastfirst}  Rm {r.randrange(100, 300)}", f"Date: {fdate(r, d, 1)}", "",
             f"Present: resident, {c.nok.full} ({c.nok_rel}), {c.gp.name}, {Person(r).full} RN", "",
             f"Discussion: resident's current health ({c.s['short']}{', ' + ', '.join(c.pmh()) if c.pmh() else ''}) and likely course reviewed. " +
             ch(r, [f"Resident expressed {c.he} would not want to go to hospital unless for comfort.", "Family wish for transfer to hospital for treatable conditions.", f"Resident clear that {c.he} would not want CPR."]), "",
             f"Outcome: {ch(r, ['DNR, treat in home', 'DNR, transfer if needed', 'Full code for now', 'Comfort measures only'])}", "SDM confirmed: " + c.nok.full, "Plan to revisit at annual care conference or with change in status.", "", c.gp.sig(r)]
    else:
        t = [ch(r, ["REPRESENTATION AGREEMENT (Section 7)", "Representation Agreement", "Appointment of Representative"]) if c.reg["prov"] == "BC" else "Wallet card - Advance care plan", "",
             f"Adult: {pt}   DOB {fdate(r, c.dob, 0)}", f"Representative: {c.nok.full}, {c.nok_rel}   Tel {c.nok_phone}", f"Alternate: {Person(r).full}", "",
             "My representative may help me make, or make on my behalf, decisions about my personal care and routine management of financial affairs, and health care" + ch(r, [" including refusal of life support.", "."]), "",
             f"Signed {fdate(r, d, 1)}  ______________    Witness ______________"]
    return "\n".join(t)


def g_ecg_report(r, c):
    L = r.randrange(7)
    rhythm = c.s["ecg"]
    af = "fibrillation" in rhythm.lower()
    rate = r.randrange(118, 150) if af else (r.randrange(100, 118) if "tachy" in rhythm.lower() else r.randrange(54, 96))
    pr = "---" if af else str(r.randrange(140, 210) if "first-degree" not in rhythm else r.randrange(212, 260))
    qrs = r.randrange(124, 160) if "bundle" in rhythm else r.randrange(78, 110)
    qt = r.randrange(340, 420)
    qtc = int(qt / ((60 / rate) ** 0.5))
    ax = r.randrange(-30, 90)
    d = c.date
    dr = Doc(r, ch(r, ["Cardiology", "Internal Medicine"]), c.reg)
    if L == 0:
        t = [f"{c.p.lastfirst}   ID:{c.mrn}   {fdate(r, d, 5)} {ftime(r)}:{r.randrange(60):02d}", f"{fdate(r, c.dob, 5)} ({c.age} yr)   {c.sexw.title()}   {ch(r, ['Caucasian', 'Unknown', ''])}",
             f"Room: {r.randrange(1, 40)}   Loc: {r.randrange(1, 20)}   Option: {r.randrange(1, 40)}", "",
             f"Vent. rate     {rate} BPM", f"PR interval    {pr} ms", f"QRS duration   {qrs} ms", f"QT/QTc         {qt}/{qtc} ms", f"P-R-T axes     {'***' if af else r.randrange(20, 70)} {ax} {r.randrange(-10, 80)}", "",
             rhythm, ch(r, ["Abnormal ECG", "Borderline ECG", "Normal ECG" if "Normal" in rhythm else "Abnormal ECG"]),
             ch(r, ["When compared with ECG of " + fdate(r, d - dt.timedelta(days=r.randrange(90, 2000)), 5) + ", no significant change was found", "No previous ECGs available", ""]), "",
             f"Confirmed by {dr.last.upper()}, {dr.first.upper()} ({r.randrange(100, 999)}) on {d:%m/%d/%Y} {ftime(r)}", "", "25mm/s 10mm/mV 150Hz  " + ch(r, ["MAC5500", "PageWriter TC50", "ELI 250"])]
    elif L == 1:
        t = [c.hosp, ch(r, ["ELECTROCARDIOGRAM REPORT", "ECG Interpretation", "12-LEAD ECG REPORT"]), "", pt_block(r, c, 3), f"Date of tracing: {fdate(r, d, 0)}", f"Requested by: {ch(r, [c.gp.name, c.other.name])}", "",
             f"Rhythm: {rhythm.split(',')[0]}", f"Rate: {rate}/min", f"PR: {pr} ms   QRS: {qrs} ms   QTc: {qtc} ms", f"Axis: {ax} degrees", "",
             "Interpretation: " + rhythm + ".", "", f"Reported by: {dr.name}"]
    elif L == 2:
        mx, mn = rate + r.randrange(30, 60), max(38, rate - r.randrange(20, 35))
        t = [c.hosp, ch(r, ["HOLTER MONITOR REPORT", "24-Hour Ambulatory ECG", "Ambulatory ECG Monitoring Report"]), "", pt_block(r, c, 2), f"Hook-up: {fdate(r, d, 0)} {ftime(r)}   Duration: {ch(r, ['24 h', '48 h', '14 days (patch)'])}",
             f"Indication: {ch(r, ['palpitations', 'presyncope', 'AF rate control', 'post-stroke AF screening'])}", "",
             f"Underlying rhythm: {'atrial fibrillation' if af else 'sinus rhythm'}", f"Heart rate: min {mn}, mean {rate - 5 if af else rate}, max {mx} bpm",
             f"Ventricular ectopy: {r.randrange(0, 3000)} PVCs ({r.uniform(0, 2):.1f}% burden), {ch(r, ['no', '2', 'no'])} couplets, no VT",
             f"Supraventricular ectopy: {r.randrange(0, 800)} PACs; {ch(r, ['no', 'one 6-beat run of', 'no'])} SVT", f"Pauses: {ch(r, ['none > 2.0 s', 'longest 2.4 s (nocturnal)', 'none'])}",
             f"Diary events: {ch(r, ['palpitations x3 correlating with sinus rhythm', 'none recorded', 'dizziness - sinus rhythm 78'])}", "",
             "Conclusion: " + ("Persistent AF with " + ch(r, ["adequate", "suboptimal"]) + " rate control." if af else ch(r, ["Sinus rhythm with infrequent ectopy. No significant arrhythmia.", "Brief paroxysmal atrial fibrillation detected (burden < 1%)."])), "", dr.sig(r)]
    elif L == 3:
        t = [c.hosp, ch(r, ["EXERCISE STRESS TEST", "Graded Exercise Treadmill Test", "Treadmill ECG Report"]), "", pt_block(r, c, 0), f"Date: {fdate(r, d, 0)}", f"Indication: {ch(r, ['chest pain', 'pre-op assessment', 'post-MI risk stratification', 'exercise-induced dyspnea'])}",
             f"Medications: {', '.join(m.split()[0] for m in c.home[:4]) or 'nil'}", "", f"Protocol: Bruce   Duration: {r.randrange(4, 12)} min {r.randrange(0, 60)} s   METs: {r.uniform(5, 12):.1f}",
             f"Resting HR {r.randrange(60, 88)}  BP {r.randrange(115, 150)}/{r.randrange(65, 90)}", f"Peak HR {r.randrange(125, 170)} ({r.randrange(80, 98)}% predicted)  BP {r.randrange(150, 200)}/{r.randrange(65, 90)}",
             f"Reason stopped: {ch(r, ['fatigue', 'target HR achieved', 'dyspnea', 'chest discomfort'])}", f"Symptoms: {ch(r, ['none', 'mild chest tightness at peak', 'dyspnea'])}",
             f"ST changes: {ch(r, ['no significant ST deviation', '1.5 mm horizontal ST depression V4-V6 at peak, resolved at 3 min recovery', 'upsloping < 1 mm'])}", "Arrhythmias: " + ch(r, ["none", "occasional PVCs"]), "",
             "Conclusion: " + ch(r, ["Negative for ischemia at a good workload. Duke treadmill score +7 (low risk).", "Positive ECG response for ischemia; recommend further evaluation.", "Non-diagnostic - target HR not reached."]), "", dr.sig(r)]
    elif L == 4:
        t = [f"ECG {fdate(r, d, 0)} {ftime(r)}  - {c.p.full}", "", f"{rhythm}. Rate {rate}. " + ch(r, ["Normal axis.", f"Axis {ax}."]) + f" QRS {qrs} ms, QTc {qtc}. " +
             ch(r, ["No acute ischemic changes.", "Compared to previous: new changes as described.", "Unchanged from prior."]), "", f"{dr.init} / {fdate(r, d, 0)}"]
    elif L == 5:
        t = [ch(r, ["ECG", "12 LEAD", "Resting ECG"]) + "   " + ch(r, [c.hosp, "Emergency Dept"]), f"Name: {c.p.lastfirst}", f"MRN {c.mrn}   Age {c.age}   Sex {c.p.sex}",
             f"HR {rate}  PR {pr}  QRSd {qrs}  QT {qt}  QTcB {qtc}  Axis P/QRS/T {r.randrange(20, 70)}/{ax}/{r.randrange(0, 80)}", "", "*** Computer interpretation - unconfirmed ***",
             rhythm.upper(), ch(r, ["** ABNORMAL ECG **", "-- BORDERLINE ECG --", "** ABNORMAL ECG **"]), "", "MD reading: " + ch(r, ["agree", "agree with computer read", f"{rhythm.split(',')[0]}, no STEMI"]) + f"   {ch(r, [c.other.init, dr.init])}"]
    else:
        t = [dr.name, f"{dr.spec} - ECG reading service", "", f"Patient: {c.p.full}   HN {c.hcn}   Tracing date {fdate(r, d, 1)}", f"Ordering: {c.gp.name}", "",
             f"Findings: {rhythm}. Ventricular rate {rate} bpm. PR {pr} ms. QRS {qrs} ms. QT/QTc {qt}/{qtc} ms.", "",
             "Comparison: " + ch(r, ["none available", "compared to " + fdate(r, d - dt.timedelta(days=400), 1) + " - " + ch(r, ["no change", "new finding", "rate slower"])]), "",
             "Billing: " + ("G313" if c.reg["prov"] == "ON" else "00750") + " interpretation", ""]
    return "\n".join(t)

CHILD_VAX = [(0.17, "DTaP-IPV-Hib (Pediacel)"), (0.17, "Pneu-C-13"), (0.17, "Rotavirus"), (0.33, "DTaP-IPV-Hib"), (0.33, "Pneu-C-13"), (0.5, "DTaP-IPV-Hib"),
             (1.0, "MMR"), (1.0, "Men-C-C"), (1.0, "Pneu-C-13"), (1.5, "DTaP-IPV-Hib"), (1.5, "Varicella"), (4.5, "Tdap-IPV (Adacel-Polio)"), (4.5, "MMRV"),
             (12.5, "HPV-9"), (12.5, "Hepatitis B"), (12.5, "Men-C-ACYW-135"), (14.5, "Tdap (Adacel)")]
ADULT_VAX = ["Influenza (Fluzone High-Dose)", "Influenza (quadrivalent)", "Td (Td Adsorbed)", "Tdap (Boostrix)", "Pneu-P-23 (Pneumovax 23)", "Pneu-C-20",
             "Shingrix (RZV) dose 1", "Shingrix (RZV) dose 2", "Hepatitis B (Engerix-B)", "COVID-19 mRNA (Comirnaty)", "COVID-19 mRNA (Spikevax)"]


def lot(r):
    return f"{ch(r, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{ch(r, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{r.randrange(1000, 99999)}{ch(r, ['', 'A', 'AB'])}"


def g_immunization_record(r, c):
    L = r.randrange(7)
    site = ["L deltoid", "R deltoid", "L thigh", "R thigh", "LD", "RD", "oral"]
    if L in (0, 1):
        c.age = r.randrange(2, 18)
        c.dob = dt.date(c.year - c.age, r.randrange(1, 13), r.randrange(1, 28))
    if L == 0:
        t = [ch(r, ["IMMUNIZATION RECORD", "Ontario Immunization Record", "Record of Immunization"]), ch(r, ["(keep this record in a safe place)", "Yellow Card", "Public Health"]), "",
             f"Name: {c.p.full}", f"Date of birth: {fdate(r, c.dob, 0)}", f"Health card #: {c.hcn}", "", f"{'Vaccine':<28}{'Date':<13}{'Lot':<12}{'Site':<10}Given by"]
        for age, v in CHILD_VAX:
            vd = c.dob + dt.timedelta(days=int(age * 365.25) + r.randrange(0, 20))
            if vd > c.date:
                break
            t.append(f"{v:<28}{vd:%Y-%m-%d}   {lot(r):<12}{ch(r, site[:4]):<10}{ch(r, [c.gp.init, 'PHN', Person(r).first[0] + Person(r).last[0]])}")
        t += ["", "Report immunizations to your local public health unit as required under the Immunization of School Pupils Act."]
    elif L == 1:
        t = [ch(r, ["Immunization History Report", "Client Immunization Record", "IMMUNIZATION PROFILE"]), f"{ch(r, ['Lakeland', 'Tri-Rivers', 'Coastal Interior', 'North Shore Valley'])} Public Health", "",
             f"Client: {c.p.lastfirst}   DOB: {fdate(r, c.dob, 0)}   Client ID: {r.randrange(10 ** 7, 10 ** 8)}", f"Health number: {c.hcn}", f"Report date: {fdate(r, c.date, 0)}", "",
             "Agent                Trade name           Date administered   Dose  Provider/Org"]
        for age, v in CHILD_VAX:
            vd = c.dob + dt.timedelta(days=int(age * 365.25) + r.randrange(0, 30))
            if vd > c.date:
                break
            ag = v.split(" (")[0]
            tn = v.split("(")[1].rstrip(")") if "(" in v else ch(r, ["Pediacel", "Prevnar 13", "Priorix", "Varivax III", "Gardasil 9", "Rotateq", "Menjugate", "Recombivax"])
            t.append(f"{ag:<21}{tn:<21}{vd:%Y-%m-%d}          {ch(r, ['1', '2', '3', '4', 'B'])}     {ch(r, ['Public Health', c.clinic[:18], 'School clinic'])}")
        t += ["", "Forecast: " + ch(r, ["up to date", "Tdap due at 14-16 years", "HPV dose 2 due"]), "Suspension status: none"]
    elif L == 2:
        vac = ch(r, ["Influenza", "COVID-19"])
        d = dt.date(r.randrange(2010 if vac == "Influenza" else 2021, 2024), ch(r, [1, 10, 11, 12]) if vac == "Influenza" else r.randrange(1, 13), r.randrange(1, 28))
        t = [c.pharm, ch(r, ["Vaccine Administration Record", f"{vac} Immunization - Screening and Consent", "PHARMACIST IMMUNIZATION RECORD"]), "",
             f"Name: {c.p.full}  DOB: {fdate(r, c.dob, 0)}  {c.reg['plan']}: {c.hcn}", f"Phone: {c.phone}", "",
             "Screening:", "  Feeling unwell/fever today? N", "  Allergies to vaccine components (eggs, PEG, polysorbate)? N", "  Previous reaction to a vaccine? N",
             "  Bleeding disorder / anticoagulant? " + ch(r, ["N", "Y - pressure applied 2 min"]), "  Pregnant? " + ("N/A" if c.p.sex == "M" else "N"), "",
             f"Vaccine: {ch(r, ADULT_VAX[:2]) if vac == 'Influenza' else ch(r, ADULT_VAX[-2:])}   Lot {lot(r)}   Exp {fdate(r, d + dt.timedelta(days=200), 0)}",
             f"Dose: 0.5 mL IM {ch(r, site[:2])}   Date: {fdate(r, d, 0)} {ftime(r)}", "Observed 15 min: no reaction", "",
             f"Administered by: {Person(r).full}, RPh   Reg # {r.randrange(10000, 99999)}", f"Copy sent to family physician: {c.gp.name}"]
    elif L == 3:
        t = [c.clinic, "", f"{c.p.lastfirst}  ({fdate(r, c.dob, 0)})", ch(r, ["IMMUNIZATIONS", "Preventive Care - Immunizations", "Adult Immunization Record"]), ""]
        for v in r.sample(ADULT_VAX, r.randrange(4, 8)):
            vd = c.date - dt.timedelta(days=r.randrange(10, 4000))
            t.append(f"{fdate(r, vd, 0)}   {v:<32} {ch(r, site[:2])}  lot {lot(r)}  {ch(r, [c.gp.init, 'RN', 'NP', 'Pharm'])}")
        t += ["", "Tetanus due: " + fdate(r, c.date + dt.timedelta(days=r.randrange(300, 3000)), 0), "Declined: " + ch(r, ["none", "influenza 2019", "COVID booster"])]
    elif L == 4:
        t = [c.hosp, ch(r, ["OCCUPATIONAL HEALTH & SAFETY", "Employee Health Services", "Staff Health"]), ch(r, ["Employee Immunization Record", "Immunization and TB Screening Record"]), "",
             f"Employee: {c.p.full}   Employee #: {r.randrange(10000, 99999)}   Dept: {ch(r, ['Nursing 3W', 'Dietary', 'Lab', 'Environmental Services', 'ED'])}", "",
             f"Tuberculin skin test (2-step): {fdate(r, c.date - dt.timedelta(days=400), 0)}  0 mm;  {fdate(r, c.date - dt.timedelta(days=390), 0)}  {ch(r, ['0', '2', '0'])} mm  - NEGATIVE",
             f"Hepatitis B series: dose 1 {fdate(r, c.date - dt.timedelta(days=900), 0)}, dose 2 +1 mo, dose 3 +6 mo;  anti-HBs {r.randrange(12, 900)} IU/L (immune)",
             f"MMR: 2 documented doses   Varicella: {ch(r, ['immune by serology', '2 doses'])}", f"Tdap (adult): {fdate(r, c.date - dt.timedelta(days=r.randrange(100, 2500)), 0)}",
             f"Influenza {c.year}-{c.year + 1}: {ch(r, ['received ' + fdate(r, c.date, 0), 'declined - masking policy applies'])}", "", f"Reviewed: {Person(r).full}, RN, OHN"]
    elif L == 5:
        dest = ch(r, ["Kenya and Tanzania", "Peru", "India", "Vietnam and Cambodia", "Ghana", "Brazil"])
        t = [ch(r, ["TRAVEL HEALTH CLINIC", c.clinic + " - Travel Medicine"]), "", f"Traveller: {c.p.full}  DOB {fdate(r, c.dob, 0)}", f"Destination: {dest}   Departure: {fdate(r, c.date + dt.timedelta(days=30), 1)}", "",
             "Vaccines given today:", f"  Hepatitis A (Havrix 1440)  lot {lot(r)}  {ch(r, site[:2])}", f"  Typhoid (Typhim Vi)  lot {lot(r)}  {ch(r, site[:2])}",
             f"  {ch(r, ['Yellow fever (YF-VAX) - certificate issued', 'Rabies pre-exposure dose 1', 'Cholera/ETEC oral (Dukoral) - given to take home', 'Japanese encephalitis dose 1'])}", "",
             "Prescriptions: " + ch(r, ["atovaquone-proguanil 250/100 mg daily", "azithromycin 1 g stat for travellers' diarrhea", "none"]), "Note: travel vaccines are not insured by " + c.reg["plan"] + ".", "",
             f"Nurse: {Person(r).full}, RN"]
    else:
        d1 = dt.date(2021, r.randrange(3, 8), r.randrange(1, 28))
        t = [ch(r, [f"{c.reg['provname']} Ministry of Health", "Province of " + c.reg["provname"]]), ch(r, ["COVID-19 vaccination receipt", "COVID-19 Vaccine Record", "Proof of Vaccination"]), "",
             f"Name: {c.p.full}", f"Date of birth: {fdate(r, c.dob, 1)}", f"Health card number: {c.hcn[:4]} XXX XXX" if chance(r, .5) else "", ""]
        for i in range(r.randrange(2, 5)):
            vd = d1 + dt.timedelta(days=56 * i + r.randrange(0, 100) * (i > 1))
            t += [f"Dose {i + 1}: {ch(r, ['PFIZER-BIONTECH COMIRNATY mRNA', 'MODERNA SPIKEVAX mRNA', 'ASTRAZENECA VAXZEVRIA'] if i == 0 else ['PFIZER-BIONTECH COMIRNATY mRNA', 'MODERNA SPIKEVAX mRNA'])}",
                  f"  Date: {fdate(r, vd, 1)}   Lot: {lot(r)}", f"  Authorized organization: {ch(r, [c.hosp, c.pharm, 'Mass Immunization Clinic - ' + c.town])}"]
        t += ["", f"Receipt ID: {r.randrange(10 ** 9, 10 ** 10)}", "QR code: [scanned image]"]
    return "\n".join(x for x in t if x is not None)


def g_registration_form(r, c):
    L = r.randrange(7)
    d = c.date
    occ = ch(r, ["retired", "teacher", "welder", "homemaker", "nurse", "student", "self-employed", "truck driver", "unemployed"])
    lang = ch(r, ["English", "English", "French", "Punjabi", "Cantonese", "Portuguese", "Tagalog", "Italian"])
    if L == 0:
        t = [letterhead(r, c, "clinic"), "", ch(r, ["NEW PATIENT REGISTRATION", "Patient Registration Form", "Patient Information Sheet"]), "",
             f"Last name: {c.p.last}          First name: {c.p.first}          Middle: {c.p.middle}", f"Date of birth (YYYY/MM/DD): {c.dob:%Y/%m/%d}      Sex: {c.p.sex}",
             f"{'Health card #' if c.reg['prov'] == 'ON' else 'PHN'}: {c.hcn}    " + (f"Version code: {c.vc}   Expiry: {fdate(r, d + dt.timedelta(days=r.randrange(200, 1800)), 0)}" if c.reg["prov"] == "ON" else ""),
             f"Address: {c.addr}", f"City: {c.town}    Province: {c.reg['prov']}    Postal code: {c.postal}", f"Home phone: {c.phone}    Cell: {phone(r, c.reg)}",
             f"Email: {c.p.first.lower()}{r.randrange(10, 99)}@example.ca", f"Preferred language: {lang}    Occupation: {occ}", "",
             f"Emergency contact: {c.nok.full}   Relationship: {c.nok_rel}   Phone: {c.nok_phone}", f"Preferred pharmacy: {c.pharm}",
             f"Previous family doctor: {ch(r, ['Dr. ' + Person(r).full, 'none', 'walk-in clinics only'])}", "",
             "Medical conditions: " + (", ".join(c.pmh()) or "none"), f"Allergies: {c.allergy}", "",
             "I authorize the clinic to request my records from my previous physician.  Signature: __________  Date: " + fdate(r, d, 0)]
    elif L == 1:
        t = [c.hosp.upper(), ch(r, ["PATIENT REGISTRATION - FACE SHEET", "ADMISSION / REGISTRATION RECORD", "INPATIENT FACE SHEET"]), "",
             f"MRN: {c.mrn}      Account #: {c.acct}      Visit type: {ch(r, ['Inpatient', 'Day Surgery', 'Outpatient', 'Emergency'])}",
             f"Name: {c.p.lastfirst}", f"DOB: {fdate(r, c.dob, 5)}   Age: {c.age}   Sex: {c.p.sex}   Marital: {ch(r, ['M', 'S', 'W', 'D', 'CL'])}",
             f"Address: {c.addr}, {c.town}, {c.reg['prov']} {c.postal}", f"Phone: {c.phone}", "",
             f"Insurance: {c.reg['plan']}  #{c.hcn}" + (f"  VC {c.vc}" if c.vc else ""), f"Secondary: {ch(r, ['none', 'Maplecrest Life Group #' + str(r.randrange(10000, 99999)), 'Pacific Shield Benefits', 'WSIB claim' if c.reg['prov'] == 'ON' else 'WorkSafeBC claim'])}", "",
             f"Admit date/time: {fdate(r, c.adm, 5)} {ftime(r)}   Service: {c.s['ward']}   Bed: {ch(r, ['3W', '4E', '2N', 'ICU'])}-{r.randrange(1, 30)}",
             f"Attending: {c.spec.name}   Family MD: {c.gp.name}", f"Admitting dx: {c.s['short']}", "",
             f"Next of kin: {c.nok.full} ({c.nok_rel})  {c.nok_phone}", f"Religion: {ch(r, ['none', 'Catholic', 'United', 'Anglican', 'Sikh', 'Muslim', 'declined'])}   Language: {lang}",
             f"Registered by: {Person(r).first[0]}{Person(r).last[0]}  {fdate(r, c.adm, 0)} {ftime(r)}"]
    elif L == 2 and c.reg["prov"] == "ON":
        t = ["Ministry of Health", "Registration for Ontario Health Coverage", f"Form {ch(r, ['0265-82', '0265-82E'])}", "",
             "Section 1 - Applicant information", f"Surname: {c.p.last}   Given name(s): {c.p.first} {c.p.middle}", f"Date of birth: {c.dob:%Y %m %d}   Sex: {c.p.sex}",
             f"Residential address: {c.addr}, {c.town} ON {c.postal}", f"Mailing address: same", "",
             "Section 2 - Citizenship / Immigration status", "  " + ch(r, ["Canadian citizen - passport", "Permanent resident - PR card", "Work permit (6+ months)", "Returning resident"]), "",
             "Section 3 - Proof of residency: " + ch(r, ["driver's licence", "lease agreement", "bank statement"]), "Section 4 - Identity document: " + ch(r, ["passport", "birth certificate"]), "",
             "I declare that I will be physically present in Ontario for 153 days in any 12-month period.", "", f"Signature: __________   Date: {fdate(r, d, 0)}",
             "For ministry use only: ______"]
    elif L == 2:
        t = ["Ministry of Health - Medical Services Plan", "APPLICATION FOR ENROLMENT", "(Health Insurance BC)", "",
             f"Account holder: {c.p.last}, {c.p.first}   Birthdate: {c.dob:%Y-%m-%d}   Gender: {c.p.sex}", f"Home address: {c.addr}, {c.town} BC {c.postal}", f"Phone: {c.phone}",
             "Status in Canada: " + ch(r, ["Canadian citizen", "Permanent resident", "Temporary permit holder"]), "Date arrived in B.C.: " + fdate(r, d - dt.timedelta(days=r.randrange(20, 400)), 0),
             f"Spouse: {ch(r, ['none', Person(r).full])}   Children: {r.randrange(0, 3)}", "", "Wait period of up to three months applies to new residents.", "", f"Signature: __________   Date {fdate(r, d, 0)}"]
    elif L == 3:
        t = [c.clinic, ch(r, ["PATIENT ENROLMENT AND CONSENT TO RELEASE PERSONAL HEALTH INFORMATION", "Patient Enrolment Form", "Patient Attachment / Rostering Form"]), "",
             f"I, {c.p.full}, choose to enrol with Dr. {c.gp.first} {c.gp.last} (the physician) of {c.clinic}.", "",
             "I understand that by enrolling I am committing to seek primary care from this physician/team except in emergencies, when away from home, or for specialist referrals.", "",
             f"Health number: {c.hcn}   DOB: {fdate(r, c.dob, 0)}   Sex: {c.p.sex}", f"Address: {c.addr}, {c.town}, {c.reg['prov']} {c.postal}", "",
             "I consent to the release of my name, address, health number and enrolment information to the Ministry of Health.", "",
             f"Patient signature: __________   Date: {fdate(r, d, 0)}", f"Physician billing number: {c.gp.billing}"]
    elif L == 4:
        home = ch(r, c.reg["ltc"])
        t = [home, ch(r, ["RESIDENT ADMISSION RECORD", "Resident Information / Face Sheet", "Admission Data Sheet"]), "",
             f"Resident: {c.p.lastfirst}   Preferred name: {c.p.first}", f"Room: {r.randrange(100, 350)}{ch(r, 'AB')}   Admission date: {fdate(r, d, 0)}   From: {ch(r, [c.hosp, 'home', 'retirement home'])}",
             f"DOB: {fdate(r, c.dob, 0)}   {c.reg['plan']}: {c.hcn}", f"Attending physician: {c.gp.name}", f"Pharmacy: {c.pharm}", "",
             f"SDM/POA (care): {c.nok.full} - {c.nok_rel} - {c.nok_phone}", f"POA (property): {ch(r, [c.nok.full, 'Public Guardian and Trustee', 'none'])}", f"Funeral home: {ch(r, ['Kerr & Sons', 'Lakeview Funeral Home', 'Heritage Chapel', 'not specified'])}", "",
             f"Diagnoses: {', '.join(c.dxlist())}", f"Allergies: {c.allergy}", f"Code status: {ch(r, ['DNR', 'Full', 'DNR - see ACP'])}", f"Diet: {ch(r, ['regular', 'minced', 'diabetic', 'pureed, honey-thick fluids'])}"]
    elif L == 5:
        t = [c.hosp, ch(r, ["EMERGENCY REGISTRATION", "ED Registration", "Patient Registration - Emergency"]), "",
             f"Arrival: {fdate(r, d, 0)} {ftime(r)}   Mode: {ch(r, ['walk-in', 'ambulance', 'private vehicle', 'police'])}", f"Patient: {c.p.lastfirst}   DOB: {fdate(r, c.dob, 0)}   Sex {c.p.sex}",
             f"HCN/PHN: {c.hcn}   Card seen: {ch(r, ['Y', 'Y', 'N - to bring'])}", f"Address: {c.addr}, {c.town}", f"Phone: {c.phone}", f"Family MD: {ch(r, [c.gp.name, 'none', 'unattached'])}",
             f"Contact: {c.nok.full} ({c.nok_rel}) {c.nok_phone}", f"Visit #: {c.acct}", f"Reg clerk: {Person(r).first}"]
    else:
        t = [c.clinic, ch(r, ["PATIENT INFORMATION UPDATE", "Demographic Update Form", "Please check and correct your information"]), "",
             f"Name: {c.p.full}  DOB: {fdate(r, c.dob, 0)}", f"Health card: {c.hcn}  exp {fdate(r, d + dt.timedelta(days=r.randrange(30, 1000)), 0)}",
             f"Address on file: {c.addr}, {c.town}   [ ] correct  [X] changed to: {r.randrange(1, 999)} {ch(r, STREETS)} {ch(r, STYPES)}",
             f"Phone: {c.phone}   OK to leave message? [X] Y [ ] N", "Consent to email reminders: [ ] Y [X] N", f"Pharmacy: {c.pharm}", "", f"Date: {fdate(r, d, 0)}  Initials: ____"]
    return "\n".join(x for x in t if x is not None)


def g_insurance_card(r, c):
    L = r.randrange(7)
    iss = c.date - dt.timedelta(days=r.randrange(100, 1500))
    exp = iss + dt.timedelta(days=365 * 5)
    name_up = f"{c.p.first.upper()} {c.p.middle.upper()} {c.p.last.upper()}".replace("  ", " ")
    scan = ch(r, ["[scanned copy of card]", "Scanned: " + fdate(r, c.date, 0), "Copy of patient ID - front/back", "", "SCAN IMG_%04d" % r.randrange(1, 9999)])
    if c.reg["prov"] == "BC" and L in (0, 3):
        L = ch(r, [1, 6])
    if c.reg["prov"] == "ON" and L in (1, 6):
        L = ch(r, [0, 3])
    if L == 0:
        t = [scan, "--- FRONT ---", "Ontario", "Health  Santé", "", name_up, f"{c.hcn.replace('-', ' ')}", "", f"BORN/NÉ(E)  {c.dob:%Y-%m-%d}   SEX/SEXE {c.p.sex}",
             f"ISS/DÉL {iss:%Y-%m-%d}   EXP/EXP {exp:%Y-%m-%d}", "", "--- BACK ---", "Signature", "_________________", "This card is the property of the Government of Ontario.",
             "Cette carte est la propriété du gouvernement de l'Ontario.", f"{r.randrange(10 ** 9, 10 ** 10)}"]
    elif L == 1:
        t = [scan, "FRONT", "BC Services Card", "British Columbia", "", name_up, f"{c.addr.upper()}", f"{c.town.upper()} BC {c.postal}", "",
             f"DOB {c.dob:%Y-%b-%d}".upper(), f"EXPIRES {exp:%Y-%b-%d}".upper(), f"SEX {c.p.sex}", "", "BACK", f"PHN {c.hcn}", "Personal Health Number",
             "Use this card for access to health and government services.", "If found, drop in any mailbox.", f"{ch(r, 'ABCDEFGH')}{r.randrange(10 ** 7, 10 ** 8)}"]
    elif L == 2:
        ins = ch(r, ["MAPLECREST LIFE", "Pacific Shield Benefits", "Northern Star Group Insurance", "Great Harbour Assurance", "Trident Benefits Co."])
        t = [scan, f"{ins}", ch(r, ["Group Benefits", "Health & Dental", "Extended Health Care"]), "",
             f"Plan member: {name_up}", f"Group/Policy: {r.randrange(10000, 999999)}", f"ID/Certificate: {r.randrange(10 ** 7, 10 ** 9)}", f"Division: {r.randrange(1, 30):03d}",
             f"Dependents: {ch(r, ['01 spouse, 02-03 children', 'single', 'family'])}", "", "--- reverse ---", "Pharmacy claims: BIN 610" + str(r.randrange(100, 999)) + f"  Carrier {r.randrange(10, 99)}",
             f"Dentists: submit via CDAnet carrier {r.randrange(100000, 999999)}", f"Customer service: 1-800-555-{r.randrange(100, 200):04d}", "Travel emergency assistance: call collect " + phone(r, c.reg),
             "Present this card with your provincial health card."]
    elif L == 3:
        t = [scan, "ONTARIO HEALTH CARD", ch(r, ["(red and white)", ""]), "", f"{c.hcn.split('-')[0]} {c.hcn.split('-')[1]} {c.hcn.split('-')[2]}" if '-' in c.hcn else c.hcn, name_up,
             ch(r, ["", f"VERSION {c.vc}"]), "", "This card is not transferable.", "Ministry of Health"]
    elif L == 4:
        t = [scan, ch(r, ["VETERANS AFFAIRS CANADA", "Interim Federal Health Program - Certificate", "Non-Insured Health Benefits - Client ID"]), "", name_up,
             f"Client/UCI #: {r.randrange(10 ** 7, 10 ** 9)}", f"DOB: {c.dob:%Y-%m-%d}", f"Valid until: {fdate(r, exp, 0)}", "", "Providers: verify eligibility with the claims processor before providing service.", f"1-888-555-{r.randrange(100, 200):04d}"]
    elif L == 5:
        wc = "WSIB" if c.reg["prov"] == "ON" else "WorkSafeBC"
        t = [scan, f"{wc}", ch(r, ["Claim Information", "Worker's Claim Card", "Claim #"]), "", f"Worker: {name_up}", f"Claim number: {r.randrange(10 ** 7, 10 ** 8)}",
             f"Date of injury: {fdate(r, c.date - dt.timedelta(days=r.randrange(5, 200)), 0)}", f"Employer: {ch(r, ['Harbour Steel Fabricators', 'Valleyview Foods Ltd.', 'Northline Logging', 'Crescent Home Builders'])}",
             f"Adjudicator: {Person(r).full}  {phone(r, c.reg)}", "", "Bill " + wc + " directly for treatment related to this claim."]
    else:
        t = [scan, "CareCard", "British Columbia Medical Services Plan", "", name_up, f"PHN: {c.hcn}", f"BIRTHDATE {c.dob:%Y %m %d}", "",
             "This card must be presented when receiving medical services.", ch(r, ["(older CareCard format - replaced by BC Services Card)", ""])]
    t = [x for x in t if x is not None]
    return "\n".join(t)

def rn(r):
    p = Person(r)
    return ch(r, [f"{p.first[0]}. {p.last}, RN", f"{p.first} {p.last} RPN", f"{p.first[0]}{p.last[0]} RN", f"{p.full}, LPN", f"{p.last} RN"])


def dar(r, c, pain):
    opts = [(f"Pt c/o pain {pain}/10 at rest", "PRN hydromorphone 1 mg SC given, repositioned", f"pain {max(0, pain - 4)}/10 after 30 min"),
            ("Increased SOB on exertion, sats 88% RA", "HOB elevated, O2 via NP increased to 3 L, MD notified", "sats improved to 94%, RR 20"),
            ("Restless, pulling at IV line, disoriented to time", "Reoriented, family called to sit with pt, IV secured", "settled, resting with family at bedside"),
            ("Dressing saturated with serosanguinous drainage", "Dressing reinforced, MD notified", "no further strikethrough at 2 h check"),
            ("Unsteady gait when mobilizing to BR", "Bed alarm applied, non-slip socks, 1 assist for all transfers", "no falls this shift")]
    foc = ["Pain", "Shortness of breath", "Confusion", "Wound", "Fall risk"]
    i = r.randrange(len(opts))
    dd, aa, rr = opts[i]
    return foc[i], [f"D: {dd}. {vitals(r, c, 1)}.", f"A: {aa}.", f"R: {rr}."]


def g_nursing_note(r, c):
    L = r.randrange(7)
    s = c.s
    d = c.adm + dt.timedelta(days=r.randrange(0, 4))
    pain = r.randrange(0, 8)
    if L == 0:
        t = [f"{c.hosp} - {ch(r, ['Nursing Progress Notes', 'NURSING NOTES', 'Interdisciplinary Notes - Nursing'])}", pt_block(r, c, 3), "",
             f"{fdate(r, d, 0)}  {ch(r, ['0700-1900', '1900-0700', 'Days', 'Nights'])}",
             f"Pt {ch(r, ['alert and oriented x3', 'A&Ox2, confused to time', 'drowsy but rousable', 'A&O x4'])}. {vitals(r, c, 1)}. " +
             f"Pain {pain}/10 {ch(r, ['at incision', 'generalized', 'chest', 'L hip', 'abdomen'])}, {ch(r, ['PRN analgesia given with effect', 'declined PRN', 'repositioned'])}. " +
             f"{ch(r, ['Tolerating diet.', 'NPO for procedure.', 'Fluids encouraged.', 'Ate 50% of meals.'])} {ch(r, ['Voiding qs.', 'Foley draining clear yellow urine.', 'Incontinent x1, care given.'])} " +
             f"{ch(r, ['Ambulated in hall with walker x1 assist.', 'Up to chair with 1 assist.', 'Bedrest.', 'Independent in room.'])} " +
             f"{ch(r, ['IV patent, infusing NS at 75 mL/h.', 'Saline lock intact.', 'IV site clean, no redness.'])} {ch(r, ['Family visited.', 'Slept well.', 'Call bell within reach.', 'Bed alarm on.'])}", "", rn(r)]
    elif L == 1:
        foc, dl = dar(r, c, pain)
        foc2 = ch(r, [("Elimination", "No BM x3 days", "PEG 17 g PO given, fluids encouraged", "small BM this evening"),
                      ("Nutrition", "Poor intake, ate 25% of meals", "Dietitian referral sent, supplements offered", "drank 1 Ensure"),
                      ("Skin integrity", "Reddened sacrum, blanchable", "q2h turns, barrier cream applied", "will continue to monitor")])
        t = [c.hosp, ch(r, ["FOCUS CHARTING (DAR)", "Nursing Documentation - DAR", "Progress Notes"]), f"{c.p.lastfirst}  {c.mrn}", "",
             f"{fdate(r, d, 2)} {ftime2(r)}   FOCUS: {foc}",
             *dl, f"   {rn(r)}", "",
             f"{fdate(r, d, 2)} {ftime2(r)}   FOCUS: {foc2[0]}",
             f"D: {foc2[1]}.", f"A: {foc2[2]}.", f"R: {foc2[3]}.", f"   {rn(r)}"]
    elif L == 2:
        t = [c.hosp, ch(r, ["NURSING ADMISSION ASSESSMENT", "Admission Nursing History", "Patient Assessment - Nursing"]), "", pt_block(r, c, 0), f"Date: {fdate(r, c.adm, 0)} {ftime(r)}   From: {ch(r, ['ED', 'home', 'OR/PACU', 'transfer'])}", "",
             f"Reason for admission: {s['short']}", f"Allergies: {c.allergy}   ID band on [X]   Allergy band [{'X' if c.allergy not in ('NKDA', 'No known drug allergies', 'No known allergies') else ' '}]",
             f"Vitals: {vitals(r, c, 1)}   Wt {r.randrange(48, 120)} kg", "", "Neuro: " + sysf(r, c, "Neuro"), "Resp: " + sysf(r, c, "Resp"),
             "CVS: " + sysf(r, c, "CVS") + "; " + sysf(r, c, "Ext"), "GI: " + sysf(r, c, "Abdo"), "GU: " + ch(r, ["voiding", "foley"]),
             "Skin: " + ch(r, ["intact", "stage 2 PI sacrum", "bruising L hip", "incision dressing dry"]), "",
             f"Braden score: {r.randrange(12, 22)}   Morse fall score: {r.choice([15, 25, 45, 55, 75])}   CAM: {ch(r, ['negative', 'positive'])}",
             f"Valuables: {ch(r, ['sent home with family', 'glasses, hearing aids', 'none'])}   Dentures: {ch(r, ['upper', 'none', 'full'])}", "",
             "Home supports: " + ch(r, ["lives with spouse", "lives alone, no services", "home care 2x/week", "LTC resident"]), "", rn(r)]
    elif L == 3:
        ag = ch(r, c.reg["home"])
        t = [ag, ch(r, ["Community Nursing Visit Record", "HOME VISIT NOTE", "Visit Report - Nursing"]), "", f"Client: {c.p.full}   HN {c.hcn}", f"Visit date: {fdate(r, d + dt.timedelta(days=7), 0)}  Time in {ftime(r)} out {ftime(r)}", "",
             f"Reason for service: {ch(r, ['wound care', 'IV antibiotics', 'post-op assessment', 'medication management', 'drain care'])} - {s['short']}",
             f"Assessment: {vitals(r, c, 1)}. " + ch(r, ["Wound 3.2 x 1.1 cm, granulating, no odour, minimal serous exudate. Cleansed with NS, Aquacel Ag applied, covered with foam.",
                                                         "PICC site clean, dressing changed, cefazolin infusion via elastomeric pump started.", "Staples intact, incision well approximated, no erythema.",
                                                         "Blister pack reviewed, 2 doses missed this week. Teaching reinforced."]),
             f"Client/caregiver education: {ch(r, ['signs of infection', 'fall prevention', 'when to call', 'daily weights'])}.", f"Plan: next visit {ch(r, ['in 2 days', 'tomorrow', 'in 1 week', 'Monday/Wednesday/Friday'])}. Care coordinator updated.", "",
             rn(r), f"Agency: {ch(r, ['Tri-County Community Nursing', 'Bayshore-style Nursing Partners', 'Coastal Home Nursing Services'])}"]
    elif L == 4:
        home = ch(r, c.reg["ltc"])
        t = [home, "", f"Resident: {c.p.lastfirst}   Unit: {ch(r, ['Birch', 'Maple', 'Cedar', 'Oak', 'Willow'])} {r.randrange(100, 300)}", ""]
        dd = d
        for k in range(r.randrange(2, 5)):
            dd += dt.timedelta(hours=r.randrange(5, 20))
            t += [f"Effective Date: {fdate(r, dd, 0)} {ftime(r)}   Type: {ch(r, ['Nursing - General', 'Behaviour', 'Fall', 'Skin', 'Physician Notification'])}",
                  "  " + ch(r, ["Resident found sitting on floor beside bed at 0315. Denies hitting head. ROM all limbs WNL. Head-to-toe done, no injury noted. Vitals stable. Post-fall huddle held, hip protectors applied, POA notified.",
                                "Resident resistive with AM care, calmer with re-approach. Ate 75% breakfast. Fluids encouraged.",
                                f"Temp {round(r.uniform(37.6, 38.6), 1)}, new confusion, urine foul smelling. Physician notified, orders received for urine C&S. SDM informed.",
                                "Skin check complete. Coccyx intact. Heels offloaded.", "Slept well overnight. Checked q1h. Incontinent x1, brief changed."]),
                  f"  Author: {rn(r)}", ""]
    elif L == 5:
        t = [c.clinic, ch(r, ["Telephone Triage Note", "Nurse Phone Call", "TELEPHONE ENCOUNTER"]), "", f"{fdate(r, c.date, 0)} {ftime(r)}", f"Caller: {ch(r, ['patient', c.nok_rel + ' (' + c.nok.full + ')'])}   Re: {c.p.full} ({c.age}{c.p.sex})", "",
             f"Concern: {ch(r, c.hpi_list())}.", f"Assessment: {ch(r, ['no red flags', 'denies chest pain or SOB', 'afebrile per caller', 'symptoms worsening'])}.",
             "Advice: " + ch(r, ["booked same-day appointment", "advised to attend ED now", "home care advice given; call back if worse", "message to MD for Rx renewal"]) + ".",
             "Caller verbalized understanding.", "", rn(r)]
    else:
        t = [c.hosp, ch(r, ["Shift Assessment Flowsheet - Narrative", "Nursing Note", "24 HOUR NURSING RECORD"]), pt_block(r, c, 6), "",
             f"{ftime2(r)}  Received pt in bed. Report from {ch(r, ['night', 'day'])} RN. {ch(r, s['exam'])}.",
             f"{ftime2(r)}  VS: {vitals(r, c, 1)}. Meds given as per MAR.", f"{ftime2(r)}  {ch(r, ['Dr. ' + c.other.last + ' notified re: ', 'MD aware of '])}{ch(r, ['low BP', 'temp 38.4', 'decreased urine output', 'increased confusion'])}. {ch(r, ['Bolus ordered.', 'Blood cultures drawn.', 'Orders received.'])}",
             f"{ftime2(r)}  Pt resting. Family at bedside.", "", rn(r)]
    return "\n".join(t)


def g_ed_note(r, c):
    L = r.randrange(7)
    s = c.s
    ed = Doc(r, "Emergency Medicine", c.reg)
    ctas = ch(r, ["2", "3", "3", "2", "4"]) if c.skey not in ("nstemi", "stroke") else ch(r, ["1", "2"])
    arr = ch(r, ["ambulance", "walk-in", "EMS", "private vehicle"])
    dispo = ch(r, [f"Admit to {s['ward']} under {c.spec.name}", "Admit - internal medicine", f"Consult {s['spec']}", "Discharge home with follow-up"]) if c.skey not in ("nstemi", "stroke", "hipfx", "appy") else f"Admit / consult {s['spec']}"
    if L == 0:
        t = [c.hosp.upper(), ch(r, ["EMERGENCY DEPARTMENT RECORD", "EMERGENCY RECORD", "ED Physician Record"]), "", pt_block(r, c, 3),
             f"Arrival: {fdate(r, c.date, 0)} {ftime(r)}   Mode: {arr}   CTAS: {ctas}", f"Triage: {s['cc']}. {vitals(r, c, 1)}", "",
             f"HPI: {hpi_para(r, c)}", "", f"PMHx: {', '.join(c.pmh()) or 'nil'}   Meds: {', '.join(m.split()[0] for m in c.home) or 'nil'}   Allergies: {c.allergy}", "",
             f"Exam: {exam_text(r, c)}", "", f"Ix: {labs_text(r, c)}  ECG: {s['ecg']}.  {img_text(r, c)}", "",
             "ED course: " + ch(r, ["Given ", "Treated with ", "Received "]) + join_and(c.new[:2] or ["analgesia"]) + ". " + ch(r, ["Reassessed - improved.", "Symptoms settled.", "Remains stable."]), "",
             f"Dx: {s['dx']}", f"Dispo: {dispo}", "", ed.sig(r)]
    elif L == 1:
        t = [letterhead(r, c), "", ch(r, ["EMERGENCY PHYSICIAN REPORT", "EMERGENCY DEPARTMENT NOTE", "ED ASSESSMENT"]), pt_block(r, c, 0), f"DATE OF VISIT: {fdate(r, c.date, 1)}", "",
             "CHIEF COMPLAINT: " + cap(s["cc"]) + ".", "", "HISTORY: " + hpi_para(r, c), "", "PHYSICAL EXAMINATION: " + exam_text(r, c), "",
             "INVESTIGATIONS: " + labs_text(r, c) + " " + img_text(r, c), "", "IMPRESSION: " + cap(s["dx"]) + ".", "", "PLAN: " + dispo + ". " + cap(join_and(c.new[:2] or ["supportive care"])) + " started.", "",
             ed.sig(r), dictation(r, c, ed), cc_line(r, c, [c.gp])]
    elif L == 2:
        inj = ch(r, [("3 cm laceration, dorsum of left hand, from a kitchen knife", "Irrigated with NS, explored - no tendon involvement. Closed with 4 x 4-0 nylon simple interrupted under 1% lidocaine.", "Laceration left hand, repaired", "Sutures out in 10 days. Tetanus up to date."),
                     ("inversion injury right ankle playing soccer", "Ottawa ankle rules positive - X-ray: no fracture.", "Right ankle sprain (grade 2)", "RICE, air cast, ibuprofen. Physio if not improved in 2 weeks."),
                     ("sore throat and fever x 3 days", "Tonsillar exudate, tender anterior nodes, no cough. Centor 4. Rapid strep positive.", "Streptococcal pharyngitis", "Penicillin V 600 mg BID x 10 days."),
                     ("dysuria and frequency x 2 days", "Afebrile, no CVA tenderness. Urine dip: leuk +, nitrite +.", "Uncomplicated cystitis", "Nitrofurantoin 100 mg BID x 5 days."),
                     ("fall on outstretched hand, left wrist pain", "X-ray: minimally displaced distal radius fracture.", "Left distal radius fracture", "Closed reduction under hematoma block, backslab. Fracture clinic in 1 week.")])
        t = [c.hosp, ch(r, ["Emergency - Minor Treatment / Fast Track", "URGENT CARE RECORD", "ED - Ambulatory Zone"]), f"{c.p.lastfirst}   {c.hcn}   {c.age}{c.p.sex}",
             f"{fdate(r, c.date, 0)} {ftime(r)}   CTAS {ch(r, ['4', '5', '4'])}", "", f"CC: {inj[0]}", f"O/E: {inj[1]}", f"Dx: {inj[2]}", f"Plan: {inj[3]} F/U with family MD PRN.", "",
             f"{ed.short}  ({ch(r, ['EM', 'GP-Anes', 'locum'])})"]
    elif L == 3:
        rnn = rn(r)
        t = [c.hosp, "EMERGENCY DEPARTMENT", "", ch(r, ["TRIAGE ASSESSMENT", "Triage Note"]), f"Date/time: {fdate(r, c.date, 0)} {ftime(r)}   CTAS: {ctas}   Arrival: {arr}",
             f"Presenting complaint: {s['cc']}", f"Vitals: {vitals(r, c, 1)}   Pain {r.randrange(0, 10)}/10   GCS 15", f"Allergies: {c.allergy}", f"Triage RN: {rnn}", "",
             ch(r, ["PHYSICIAN ASSESSMENT", "MD Notes"]), f"Seen {ftime(r)}. " + hpi_para(r, c), f"Exam: {join_and(s['exam'])}.", f"Ix: {labs_text(r, c, 4)}",
             f"Impression: {s['short']}", f"Plan: {'; '.join(c.new[:2] or ['observe'])}. {dispo}.", "", ed.name]
    elif L == 4:
        t = [f"ED Physician Notes - {c.hosp}", f"{c.p.full} | {c.age}{c.p.sex} | MRN {c.mrn}", ""]
        tm = r.randrange(0, 20) * 60 + r.randrange(0, 60)
        notes = [f"Pt seen. {s['cc']}. " + "; ".join(c.hpi_list()[:2]) + ". " + "; ".join(s["exam"][:2]) + ".",
                 "Orders: CBC, lytes, Cr, " + ch(r, ["troponin x2", "lactate, blood cultures", "lipase, LFTs", "INR"]) + ", " + ch(r, ["CXR", "ECG", "CT", "US"]) + ".",
                 f"Results: {labs_text(r, c, 4)}", f"{img_text(r, c) or 'Imaging unremarkable.'}",
                 f"Reassessed - {ch(r, ['improved', 'pain controlled', 'still tachycardic'])}. D/w {c.spec.short} ({s['spec']}) - {ch(r, ['accepts for admission', 'will see in ED', 'agrees with plan'])}.",
                 f"Dx {s['short']}. {dispo}."]
        for n in notes:
            tm = (tm + r.randrange(10, 70)) % 1440
            t.append(f"{tm // 60:02d}:{tm % 60:02d}  {n}")
        t += ["", f"-- {ed.name}"]
    elif L == 5:
        t = [c.hosp, ch(r, ["EMERGENCY RECORD", "Emergency / Outpatient Record"]), f"Form ER-{r.randrange(10, 99)}", "",
             f"Name {c.p.lastfirst}   Chart # {c.mrn}", f"Date {fdate(r, c.date, 2)}   Time seen {ftime(r)}   Doctor on call: {ed.name}", "",
             f"Complaint: {s['cc']}", f"History: {'; '.join(c.hpi_list())}", f"Exam: T___ P___ BP___  {vitals(r, c, 1)}", f"   {'; '.join(s['exam'])}",
             f"Treatment: {'; '.join(c.new[:2] or ['nil'])}", f"Diagnosis: {s['short']}", f"Disposition: [{'X' if 'Admit' in dispo else ' '}] Admitted  [{'X' if 'Discharge' in dispo else ' '}] Home  [ ] Transferred  [ ] LWBS",
             f"Follow up: {c.gp.name}", "", "Physician signature ___________"]
    else:
        t = [c.hosp, "Emergency Medicine", "", f"{c.yo()} {c.sexw}, CTAS {ctas}, BIBA" if "ambul" in arr or "EMS" in arr else f"{c.yo()} {c.sexw}, CTAS {ctas}, self-presented", "",
             "Subjective: " + hpi_para(r, c, False), "Objective: " + exam_text(r, c), "Results: " + labs_text(r, c) + ((" " + img_text(r, c)) if s["img"] else ""), "",
             "Assessment: " + cap(s["dx"]) + ".", "Plan: " + dispo + ". " + ch(r, ["Pt and family agree.", "Return precautions discussed.", "Handover to oncoming EP."]), "", ed.sig(r)]
    return "\n".join(t)


def g_transfer_summary(r, c):
    L = r.randrange(6)
    s = c.s
    d = c.dis
    if L == 0:
        t = [c.hosp, ch(r, ["INTER-FACILITY TRANSFER FORM", "Patient Transfer Record", "Inter-Hospital Transfer Summary"]), "", pt_block(r, c, 3), "",
             f"Sending facility: {c.hosp}   Unit: {s['ward']}", f"Receiving facility: {c.reg['tertiary']}   Accepting MD: Dr. {Person(r).full} ({s['spec']})",
             f"{c.reg['transfer']} reference #: {r.randrange(10 ** 6, 10 ** 7)}", f"Transport: {ch(r, ['ACP land ambulance', 'CCP crew', 'air ambulance', 'non-urgent transfer'])}   Date/time: {fdate(r, d, 0)} {ftime(r)}", "",
             f"Reason for transfer: {ch(r, ['angiography/PCI', 'neurosurgical assessment', 'higher level of care', 'specialist service not available'])}",
             f"Diagnosis: {s['dx']}", f"Brief history: {hpi_para(r, c)}", f"Current status: {vitals(r, c, 1)}. {ch(r, ['Stable.', 'Pain-free.', 'On heparin infusion.'])}",
             f"Lines: {ch(r, ['PIV x2', 'PIV x1, foley', 'CVC R IJ'])}   O2: {ch(r, ['RA', '2 L NP'])}", f"Code status: {ch(r, ['Full', 'DNR'])}   Isolation: {ch(r, ['none', 'contact (MRSA)', 'droplet'])}",
             "Medications given: " + "; ".join(c.new[:3] or ["nil"]), "Sent with patient: [X] copy of chart  [X] imaging on PACS  [X] MAR  [ ] belongings", "", f"Transferring MD: {c.other.name}   RN: {rn(r)}"]
    elif L == 1:
        home = ch(r, c.reg["ltc"])
        t = [c.hosp, ch(r, ["TRANSFER OF CARE - NURSING", "Nursing Transfer Summary", "Transfer Record to Long-Term Care"]), "", f"Patient: {c.p.lastfirst}   DOB {fdate(r, c.dob, 0)}   HN {c.hcn}",
             f"Transferring to: {home}   Date: {fdate(r, d, 0)}", f"Admitted: {fdate(r, c.adm, 0)}  Reason: {s['short']}", "",
             f"Diagnoses: {', '.join(c.dxlist())}", f"Allergies: {c.allergy}", f"Code status: {ch(r, ['DNR', 'DNR - comfort measures', 'Full code'])}   SDM: {c.nok.full} ({c.nok_rel}) {c.nok_phone}", "",
             "Function: " + ch(r, ["1 assist with walker", "2 assist transfers, mechanical lift", "independent with cane"]) + "; continence: " + ch(r, ["continent", "incontinent of urine, briefs", "foley"]),
             "Cognition: " + ch(r, ["confused, pleasant", "A&O x3", "responsive behaviours in evenings - redirect"]), "Diet: " + ch(r, ["minced, thin fluids", "regular, diabetic", "pureed"]),
             "Skin: " + ch(r, ["intact", "stage 2 coccyx - foam dressing q3d", "healing incision L hip, staples out"]), "Last BM: " + fdate(r, d - dt.timedelta(days=1), 0), "",
             "Medications: see attached discharge MAR / med rec.", f"Last PRN: {ch(r, ['acetaminophen 1 g at 0800', 'none today', 'hydromorphone 0.5 mg at 0600'])}", "", f"Report called to {rn(r)} at {ftime(r)} by {rn(r)}"]
    elif L == 2:
        t = [c.hosp, ch(r, ["ICU TRANSFER NOTE", "Transfer Note - ICU to Ward", "Critical Care Transfer Summary"]), pt_block(r, c, 6), "",
             f"ICU admission: {fdate(r, c.adm, 0)}   Transfer to: {s['ward']} ({fdate(r, d, 0)})", f"Reason for ICU: {ch(r, ['septic shock requiring vasopressors', 'hypoxemic respiratory failure - BiPAP', 'post-op monitoring', 'DKA'])}", "",
             "ICU course by system:", f"  Neuro: {ch(r, ['intact', 'delirium resolved', 'CAM negative'])}", f"  Resp: {ch(r, ['weaned to 2 L NP', 'off BiPAP x 24 h'])}",
             f"  CVS: {ch(r, ['off norepinephrine since yesterday', 'stable, no pressors'])}", f"  Renal: {c.labline('Creatinine')} - {ch(r, ['improving', 'stable'])}", f"  ID: {'; '.join(c.new[:1] or ['none'])}", "",
             "Issues for ward team:", bullets(r, s["plan"][:2] + ["PT/OT assessment"], 0), "", f"ICU physician: {c.other.name}", f"Accepting: {c.spec.name}"]
    elif L == 3:
        home = ch(r, c.reg["ltc"])
        t = [home, ch(r, ["TRANSFER TO HOSPITAL", "Resident Transfer Form - Acute Care", "LTC to ED Transfer Record"]), "", f"Resident: {c.p.lastfirst}   DOB {fdate(r, c.dob, 0)}   {c.hcn}",
             f"Date/time: {fdate(r, c.date, 0)} {ftime(r)}   Sent to: {c.hosp} ED", f"Reason: {s['cc']}", f"Vitals at transfer: {vitals(r, c, 1)}", "",
             f"Baseline: {ch(r, ['ambulates with walker, oriented to person', 'wheelchair, needs 2 assist, verbal', 'independent, mild cognitive impairment'])}", f"Change from baseline: {ch(r, c.hpi_list())}",
             f"Advance directive: {ch(r, ['DNR - transfer for treatment', 'Full code', 'DNR'])}   SDM notified: {c.nok.full} at {ftime(r)}", f"Allergies: {c.allergy}",
             "Sent: [X] MAR  [X] face sheet  [X] ACP form  [ ] hearing aids  [X] glasses", "", f"Nurse: {rn(r)}   Physician notified: {c.gp.name}"]
    elif L == 4:
        t = [c.hosp, ch(r, ["TRANSFER SUMMARY - REHABILITATION", "Inpatient Rehabilitation - Acute Care Summary", "Summary for Restorative Care Admission", "Rehab Intake Summary"]), "", pt_block(r, c, 2), "",
             f"{ch(r, ['Transfer date', 'Date of move', 'Leaving acute care'])}: {fdate(r, d, 1)}   {ch(r, ['To', 'Receiving program', 'Destination'])}: {ch(r, [c.reg['hosp'][0] + ' - Rehab Unit', 'Regional Rehabilitation Centre', 'Restorative Care Unit'])}",
             f"Diagnosis: {s['dx']}", ("Surgery: " + s["op"][0] + " on " + fdate(r, c.adm + dt.timedelta(days=1), 1)) if s.get("op") else "Surgery: none", "",
             "Hospital course: " + c.fill(s["course"]), "", f"Weight bearing: {ch(r, ['WBAT', 'TTWB', 'FWB', 'N/A'])}   Precautions: {ch(r, ['posterior hip', 'none', 'sternal', 'falls'])}",
             f"Current mobility: {ch(r, ['walker 30 m with 1 assist', 'transfers with 1 assist', 'stairs not attempted'])}", "Rehab goals: " + ch(r, ["return home with spouse", "independent ambulation with walker", "return to retirement residence"]), "",
             "Medications:", meds_block(r, c.dc_meds()), "", c.other.sig(r)]
    else:
        t = [ch(r, ["TRANSFER OF SERVICE NOTE", "Off-Service Note", "Handover Note", "Change of MRP - Handover"]), c.hosp, f"{fdate(r, d, 0)}", "",
             f"Pt: {c.p.lastfirst} ({c.age}{c.p.sex}) bed {ch(r, ['3W', '4E', '5N'])}-{r.randrange(1, 30)}", f"{ch(r, ['Transferring', 'Outgoing', 'From'])}: {c.other.name} -> {ch(r, ['Receiving', 'Incoming', 'To'])}: {Doc(r, s['spec'], c.reg).name}", "",
             f"Summary: admitted {fdate(r, c.adm, 0)} with {s['short']}. " + c.fill(s["course"]), "", "Active issues:", bullets(r, [s["short"]] + c.pmh()[:2], 2), "",
             "To do:", bullets(r, s["plan"][:3], 0), "", f"Code: {ch(r, ['Full', 'DNR/DNI'])}"]
    return "\n".join(t)


def g_provider_orders(r, c):
    L = r.randrange(7)
    s = c.s
    dr = ch(r, [c.other, c.spec])
    d = c.adm
    box = lambda on: "[X]" if on else "[ ]"
    if L == 0:
        t = [c.hosp.upper(), ch(r, ["PHYSICIAN'S ORDERS", "ADMISSION ORDER SET", "PRESCRIBER ORDERS"]), f"{ch(r, ['General Medicine Admission', 'Pre-printed Order Set', 'Order Set'])} - {ch(r, ['Rev. 2011', 'v4 2016', 'Rev 09/2019'])}", "",
             pt_block(r, c, 3), f"Allergies: {c.allergy}   Wt {r.randrange(45, 120)} kg", "",
             f"{box(1)} Admit to: {s['ward']}   MRP: {dr.name}", f"{box(1)} Diagnosis: {s['short']}", f"{box(1)} Code status: {ch(r, ['Full', 'DNR', 'see goals of care form'])}",
             f"{box(1)} Vital signs q{ch(r, ['4', '6', '8'])}h  {box(c.skey in ('af', 'nstemi', 'chf', 'stroke'))} Cardiac monitoring  {box(c.skey == 'chf')} Daily weights  {box(c.skey in ('chf', 'uti', 'gib'))} Strict I&O",
             f"{box(1)} Activity: {ch(r, ['as tolerated', 'bedrest', 'up with assist'])}   Diet: {'NPO' if s.get('surg') else ('2 g Na, 1.5 L fluid restriction' if c.skey == 'chf' else ('NPO pending swallow screen' if c.skey == 'stroke' else ch(r, ['regular', 'diabetic' if 'type 2 diabetes' in c.pmh() else 'regular', 'as tolerated'])))}",
             f"{box(1)} IV: {ch(r, ['NS at 75 mL/h', 'saline lock', 'RL at 100 mL/h', 'NS + 20 mmol KCl at 80 mL/h'])}", "", "Investigations:",
             f"  {box(1)} CBC, lytes, urea, Cr in AM  {box(chance(r, .5))} INR  {box(c.skey in ('pna', 'uti', 'cellulitis'))} blood cultures x2  {box(c.skey in ('af', 'nstemi', 'chf', 'stroke') or chance(r, .3))} ECG", "", "Medications:"]
        for m in c.new + c.home[:3]:
            t.append(f"  {box(1)} {m}")
        t += [f"  {box(1)} VTE prophylaxis: {ch(r, ['enoxaparin 40 mg SC daily', 'heparin 5,000 units SC q12h', 'contraindicated - SCDs'])}", "  " + box(1) + " acetaminophen 650 mg PO q4h PRN (max 4 g/day)", "",
              f"Prescriber: {dr.name}  Signature ______  Date/time {fdate(r, d, 0)} {ftime(r)}", f"Transcribed by: {rn(r)}   Pharmacy verified: ____"]
    elif L == 1:
        op = s["op"][0] if s.get("op") else "procedure"
        t = [c.hosp, ch(r, ["POST-OPERATIVE ORDERS", "Post-op Order Set - " + c.spec.spec, "Surgical Post-Operative Orders"]), pt_block(r, c, 0), "",
             f"Procedure: {op}   Date: {fdate(r, d, 0)}", "", "1. Admit to " + s["ward"] + " / PACU per routine", f"2. VS q15 min x4, q1h x4, then q4h", f"3. Diet: {ch(r, ['sips to DAT', 'clear fluids, advance as tolerated', 'NPO until flatus'])}",
             f"4. Activity: {ch(r, ['ambulate this evening', 'WBAT with PT', 'dangle tonight, up in AM'])}", f"5. IV RL at {ch(r, ['100', '80', '125'])} mL/h, saline lock when drinking well",
             f"6. Analgesia: acetaminophen 1 g PO q6h; {ch(r, ['hydromorphone 1-2 mg PO q4h PRN', 'oxycodone 5-10 mg PO q4h PRN', 'PCA per APS'])}", "7. Ondansetron 4 mg IV q8h PRN nausea",
             f"8. {ch(r, ['Cefazolin 2 g IV q8h x 2 doses', 'No further antibiotics', 'Cefazolin 2 g IV q8h x 24 h'])}", f"9. {ch(r, ['Enoxaparin 40 mg SC daily starting POD1', 'Rivaroxaban 10 mg PO daily starting POD1', 'SCDs while in bed'])}",
             f"10. Labs: CBC, lytes POD1", "11. Incentive spirometry q1h while awake", "12. Resume home meds except " + ch(r, ["metformin x 48 h", "ramipril until eating", "none"]), "",
             f"{c.spec.name}   {fdate(r, d, 0)} {ftime(r)}"]
    elif L == 2:
        t = [c.hosp, ch(r, ["DOCTOR'S ORDERS", "Physician Order Sheet", "ORDERS"]), f"{c.p.lastfirst}   {c.mrn}   Rm {r.randrange(100, 500)}", f"Allergy: {c.allergy}", "", "Date/Time        Orders                                             Signature", "-" * 78]
        dd = d
        for k in range(r.randrange(2, 5)):
            dd += dt.timedelta(hours=r.randrange(4, 30))
            orders = r.sample([ch(r, c.new) if c.new else "acetaminophen 1 g PO q6h PRN", "lytes, Cr in AM", "d/c foley", "PT/OT consult", "increase diet as tolerated",
                               f"KCl 20 mmol PO x1", "CXR in AM", "d/c IV when PO intake adequate", "social work consult re: discharge", "hold metoprolol if HR < 55 or SBP < 95"], r.randrange(1, 4))
            t.append(f"{dd:%d/%m/%y} {ftime2(r)}   " + "; ".join(f"{i}) {o}" for i, o in enumerate(orders, 1)))
            t.append(f"{'':<17}{'':<51}{dr.first[0]}.{dr.last}")
            if chance(r, 0.4):
                t.append(f"{'':<17}T.O. read back - {rn(r)}")
    elif L == 3:
        tests = r.sample(["Hematology: CBC", "Glucose - fasting", "HbA1c", "Creatinine (eGFR)", "Sodium", "Potassium", "ALT", "Lipid assessment", "TSH", "Urinalysis", "Urine ACR", "Vitamin B12", "Ferritin", "PSA - insured", "INR"], r.randrange(4, 8))
        t = ["Ministry of Health", ch(r, ["Laboratory Requisition", "LABORATORY REQUISITION"]), f"Form {ch(r, ['4422-84', '4422-84 (2019/09)'])}" if c.reg["prov"] == "ON" else "Standard Outpatient Laboratory Requisition", "",
             f"Requisitioning clinician: {c.gp.name}  {c.gp.billing}", f"Clinician/Practitioner address: {c.clinic}, {c.town}", f"Copy to: {ch(r, ['', c.spec.name])}", "",
             f"Patient: {c.p.lastfirst}   Sex {c.p.sex}   DOB {c.dob:%Y %m %d}", f"Health number: {c.hcn}" + (f"   Version {c.vc}" if c.vc else ""), f"Address: {c.addr}, {c.town} {c.postal}   Tel {c.phone}", "",
             f"[{'X' if chance(r, .4) else ' '}] Fasting   Additional clinical info: {s['short']}", ""] + [f"[X] {x}" for x in tests] + ["", f"Clinician signature: ________   Date: {fdate(r, c.date, 0)}"]
    elif L == 4:
        ex = ch(r, GENERIC_IMG + [(im[0], c.s["cc"], im[1], im[2]) for im in c.s["img"]])
        t = [c.hosp if chance(r, .5) else ch(r, c.reg["img"]), ch(r, ["DIAGNOSTIC IMAGING REQUISITION", "Imaging Request", "Requisition - Medical Imaging"]), "",
             f"Patient: {c.p.full}  DOB {fdate(r, c.dob, 0)}  {c.hcn}  Tel {c.phone}", f"Exam requested: {ex[0]}", f"Clinical information / question: {ex[1]}; ?{ch(r, ['pathology', 'progression', 'fracture', 'cause'])}",
             f"Priority: {ch(r, ['Routine', 'Urgent (< 2 wk)', 'Emergent', 'P3'])}", f"Pregnant: {'N/A' if c.p.sex == 'M' else 'No'}   Contrast allergy: {'Yes' if 'contrast' in c.allergy else 'No'}   eGFR: {c.lab('eGFR')[0]}",
             f"Metal/pacemaker: {ch(r, ['No', 'No', 'Hip prosthesis'])}", "", f"Ordering: {c.gp.name}  #{c.gp.billing}   Fax results to {c.gp.fax}", f"Signature ______  {fdate(r, c.date, 0)}"]
    elif L == 5:
        home = ch(r, c.reg["ltc"])
        t = [home, ch(r, ["PHYSICIAN'S ORDERS", "Prescriber's Order Form", "Digiorder"]), "", f"Resident: {c.p.lastfirst}  Rm {r.randrange(100, 300)}", f"Allergies: {c.allergy}", "",
             f"{fdate(r, c.date, 0)} {ftime(r)}  " + ch(r, ["TELEPHONE ORDER: ", "Verbal order: ", ""]) + ch(r, ["Urine R&M, C&S. Push fluids. ", "Cephalexin 500 mg PO QID x 7 days. ", "Hold HCTZ x 3 days, recheck BP. ",
                                                                                                              "Acetaminophen 650 mg PO QID scheduled. ", "Chest X-ray (portable). ", "Discontinue lorazepam. "]) + ch(r, ["Notify if temp > 38. ", "Monitor. ", ""]),
             f"  Received by: {rn(r)} - read back and verified", f"  Physician: {c.gp.name}  co-signed ______ {fdate(r, c.date + dt.timedelta(days=r.randrange(1, 5)), 0)}", "",
             "Pharmacy: processed  ____  Second nurse check: ____"]
    else:
        ag = ch(r, c.reg["home"])
        t = [ag, ch(r, ["ORDERS FOR HOME CARE SERVICES", "Physician Orders - Community Nursing", "Treatment Orders"]), "", f"Client: {c.p.full}   HN {c.hcn}", f"Diagnosis: {s['dx']}", "",
             "Orders:", bullets(r, [ch(r, ["Wound care: cleanse with NS, pack with Iodoform 1/4 inch, cover with ABD; change daily", "IV cefazolin 2 g q24h with probenecid 1 g PO x 5 days via PICC",
                                        "Staple removal on POD 14", "Compression wraps bilateral legs, change twice weekly", "INR on " + fdate(r, c.date + dt.timedelta(days=5), 0)]),
                                     "Notify MD if temp > 38.0 or signs of infection", "PT for home exercise program"], 1), "",
             f"Physician: {ch(r, [c.gp.name, c.spec.name])}   Tel {phone(r, c.reg)}   Signature ______  {fdate(r, c.date, 0)}"]
    return "\n".join(t)


DI_TEXT = {
    "chf": ["Weigh yourself every morning after you urinate and before breakfast. Write it down.", "Call your doctor if you gain more than 2 kg (4 lb) in 2 days or 2.5 kg (5 lb) in a week.",
            "Limit salt (sodium) to less than 2,000 mg a day. Avoid canned soups, deli meats and fast food.", "Limit fluids to 1.5 to 2 litres a day unless told otherwise.", "Go to the emergency department if you are short of breath at rest or have chest pain."],
    "surg": ["Keep your incision clean and dry. You may shower after 48 hours; pat dry. Do not soak in a tub or swim for 2 weeks.", "Do not lift anything heavier than 10 lb (4.5 kg) for 2-4 weeks.",
             "Take acetaminophen (Tylenol) regularly for pain; take the stronger pain medicine only if needed. It may cause constipation - drink fluids and use a stool softener.",
             "Do not drive while taking opioid pain medicine.", "Call your surgeon or go to the emergency department if you have fever over 38.5 C, redness or drainage from the incision, vomiting, or pain that is getting worse."],
    "scope": ["You received sedation. For the rest of today do not drive, operate machinery, drink alcohol or sign legal documents.", "A responsible adult should stay with you tonight.",
              "Mild bloating and gas are normal. You may resume your usual diet.", "If polyps were removed, avoid ASA and anti-inflammatories for 7 days unless your doctor says otherwise.",
              "Go to the nearest emergency department for severe abdominal pain, more than a few tablespoons of blood from the rectum, fever or vomiting."],
    "head": ["You were assessed for a head injury (concussion). Rest for 24-48 hours, then slowly return to light activity.", "Avoid screens, alcohol and sports until symptoms are gone.",
             "Someone should stay with you for the first 24 hours.", "Return to the ED right away if you have repeated vomiting, worsening headache, confusion, seizure, weakness or trouble waking up."],
    "cast": ["Keep your cast/splint dry. Cover it with a plastic bag when showering.", "Elevate the limb above the level of your heart for the first 48-72 hours.", "Wiggle your fingers/toes often.",
             "Do not put anything inside the cast to scratch.", "Return if fingers/toes become numb, blue, cold or very swollen, or the pain is not controlled."],
    "gen": ["Take your medications as prescribed.", "Make an appointment to see your family doctor in 1 week.", "Return to the emergency department if your symptoms get worse or you have new concerns."],
}


def g_discharge_instructions(r, c):
    L = r.randrange(7)
    s = c.s
    kind = "surg" if s.get("surg") else ("chf" if c.skey == "chf" else "gen")
    if L == 3:
        kind = "scope"
    elif L == 4:
        kind = ch(r, ["head", "cast"])
    items = DI_TEXT[kind]
    dxline = {"scope": ch(r, ["colonoscopy", "gastroscopy", "endoscopy"]), "head": "minor head injury / concussion", "cast": ch(r, ["wrist fracture", "ankle fracture"])}.get(kind, s["short"])
    if L == 0:
        t = [c.hosp, ch(r, ["Going Home After Your Surgery", "GOING HOME: Information for Patients and Families", "Patient Discharge Information"]), "",
             f"Name: {c.p.full}", f"Surgery/Procedure: {(s.get('op') or (dxline,))[0]}", f"Date: {fdate(r, c.dis, 1)}", "", "Caring for yourself at home", ""] + \
            ["* " + x for x in items] + ["", "Follow-up appointment:", "  " + "; ".join(s["plan"][-2:]), "", f"Questions? Call the unit at {phone(r, c.reg)} (24 hours) or Health811/HealthLink BC 8-1-1."]
    elif L == 1:
        t = [c.hosp.upper(), ch(r, ["EMERGENCY DEPARTMENT - DISCHARGE INSTRUCTIONS", "ED Patient Instructions", "Emergency Discharge Sheet"]), "",
             f"Patient: {c.p.lastfirst}   Visit: {fdate(r, c.date, 0)}", f"Your diagnosis today: {dxline}", f"Seen by: {Doc(r, 'Emergency Medicine', c.reg).name}", "",
             "Instructions:"] + [f"  {i}. {x}" for i, x in enumerate(items, 1)] + ["", "Prescriptions given: " + (", ".join(m.split()[0] for m in c.new_dc()) or "none"),
             f"Follow up with: {c.gp.name} in {ch(r, ['2-3 days', '1 week', '48 hours'])}" + ch(r, ["", f" / {s['spec']} clinic - they will call you"]), "",
             "I have received and understand these instructions.  Patient/family signature: ____________"]
    elif L == 2:
        t = [c.hosp, ch(r, ["Heart Failure - Your Plan for Going Home", "HEART FUNCTION CLINIC - Self-care", "Living with Heart Failure"]) if kind == "chf" else ch(r, ["Your Discharge Plan", "My Discharge Plan", "Before you leave the hospital"]), "",
             f"Name: {c.p.full}    Date: {fdate(r, c.dis, 0)}", f"Why I was in hospital: {s['short']}", "", "My medicines:", "  NEW: " + ("; ".join(c.new_dc()) or "none"),
             "  STOP: " + ch(r, ["none", "naproxen (Aleve)" if c.skey == "gib" else "none"]), "  Keep taking my usual medicines unless listed above.", "", "What I need to do:"] + ["  [ ] " + x for x in items] + \
            ["", "My appointments:", f"  Family doctor - {c.gp.name} - within 7 days", f"  {s['spec']} - {ch(r, ['letter will be mailed', fdate(r, c.dis + dt.timedelta(days=r.randrange(10, 50)), 1)])}", "", "GREEN/YELLOW/RED zones: call 911 if in RED zone."]
    elif L == 3:
        t = [c.hosp + " - " + ch(r, ["Endoscopy Unit", "Day Procedure Unit"]), ch(r, ["AFTER YOUR ENDOSCOPY", "Post-Procedure Instructions", "Instructions after Colonoscopy/Gastroscopy"]), "",
             f"Patient: {c.p.full}   Date: {fdate(r, c.date, 0)}", f"Procedure: {dxline}   Physician: {Doc(r, 'Gastroenterology', c.reg).name}", ""] + ["- " + x for x in items] + \
            ["", f"Biopsies taken: {ch(r, ['Yes - results in 2-3 weeks to your family doctor', 'No'])}", "Findings were discussed with you: [X]", "", f"Endoscopy nurse line: {phone(r, c.reg)} (weekdays 0800-1600)"]
    elif L == 4:
        bil = chance(r, 0.35) and c.reg["prov"] == "ON"
        t = [c.hosp, ch(r, ["Head Injury Advice Sheet", "CAST CARE", "Emergency Department Patient Handout"]) + (" / Instructions au congé" if bil else ""), "", f"Name: {c.p.full}  {fdate(r, c.date, 0)}", f"Diagnosis: {dxline}", ""] + \
            ["* " + x for x in items] + (["", "Ces instructions sont disponibles en français sur demande."] if bil else []) + ["", f"Fracture clinic / follow-up: {ch(r, ['call ' + phone(r, c.reg) + ' for appointment in 7-10 days', 'family doctor in 1 week'])}"]
    elif L == 5:
        t = [f"{c.hosp}  -  {s['ward']}", "", f"Discharge date: {fdate(r, c.dis, 1)}", f"Patient: {c.p.first} {c.p.last}", "",
             f"You were in the hospital for {s['dx']}. " + " ".join(items[:3]), "", "Activity: " + ch(r, ["Walk every day, increasing slowly.", "Use your walker at all times.", "No driving for 1 week."]),
             "Diet: " + ch(r, ["Regular diet.", "Low-salt diet.", "Diabetic diet."]), "Bathing: " + ch(r, ["You may shower.", "Sponge bath until staples out."]), "", "Warning signs - get help right away if: " + items[-1].split("if ")[-1], "",
             f"Home care: {ch(r, ['a nurse will visit you at home - the agency will call you', 'not required', 'PT will call to arrange visits'])}.", f"Nurse: {rn(r)}"]
    else:
        t = [c.clinic if chance(r, .3) else c.hosp, ch(r, ["Patient Information", "Instructions", "What to do at home"]), "", f"For: {c.p.full}", ""] + \
            [x for x in items] + ["", "Questions? " + ch(r, ["Call 8-1-1 to speak with a registered nurse, 24/7.", f"Call the clinic at {phone(r, c.reg)}.", "Ask your pharmacist."])]
    return "\n".join(t)


def g_other(r, c):
    L = r.randrange(9)
    d = c.date
    if L == 0:
        frm = ch(r, [c.clinic, c.hosp + " Health Records", c.spec.name])
        t = [ch(r, ["FAX COVER SHEET", "Facsimile Transmission", "FAX", "fax"]), "", f"Date: {fdate(r, d, 0)}", f"To: {ch(r, [c.gp.name, c.spec.name, 'Health Records', c.pharm])}",
             f"Fax: {phone(r, c.reg)}", f"From: {frm}", f"Phone: {phone(r, c.reg)}   Fax: {phone(r, c.reg)}", f"Pages (incl. cover): {r.randrange(2, 14)}", "",
             f"Re: {ch(r, [c.p.full, 'patient records as requested', 'referral', 'consult report', 'lab results'])}", "",
             f"Comments: {ch(r, ['Please see attached.', 'Urgent - please review today.', 'As requested.', 'For your records.', 'Please fax back signed copy.'])}", "",
             f"CONFIDENTIALITY NOTICE: The information in this facsimile is confidential and may contain personal health information protected under {c.reg['privacy']}. If you have received this in error, please notify the sender immediately by telephone and destroy the document."]
    elif L == 1:
        t = [c.hosp if chance(r, .5) else c.clinic, ch(r, ["AUTHORIZATION FOR RELEASE OF PERSONAL HEALTH INFORMATION", "Consent to Disclose Personal Health Information", "Request for Access to Health Records"]), "",
             f"Patient: {c.p.full}   DOB: {fdate(r, c.dob, 0)}   HN: {c.hcn}", f"I authorize {ch(r, [c.hosp, c.clinic])} to release the following information:",
             f"  [{'X' if chance(r, .6) else ' '}] complete chart  [{'X' if chance(r, .5) else ' '}] consultation reports  [{'X' if chance(r, .5) else ' '}] imaging reports  [ ] laboratory",
             f"Dates of service: {fdate(r, d - dt.timedelta(days=700), 0)} to {fdate(r, d, 0)}",
             f"To: {ch(r, ['Smith Barrow LLP, Barristers & Solicitors', 'Maplecrest Life - Disability Claims', c.spec.name, 'myself', 'WSIB' if c.reg['prov'] == 'ON' else 'WorkSafeBC'])}",
             f"Purpose: {ch(r, ['legal proceedings', 'insurance claim', 'continuing care', 'personal use'])}", "",
             "I understand I may revoke this consent at any time except where information has already been released. A fee may apply as permitted by legislation.", "",
             "Signature: ____________   Date: __________", "Witness: ____________", "", "For office use: ID verified [ ]  Fee $____  Released by ____ on ____"]
    elif L == 2:
        q = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep, or sleeping too much", "Feeling tired or having little energy",
             "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating on things", "Moving or speaking slowly / being fidgety or restless", "Thoughts that you would be better off dead or of hurting yourself"]
        sc = [r.randrange(0, 4) for _ in q]
        t = [c.clinic, ch(r, ["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "PHQ-9", "Mood Questionnaire"]), "", f"Name: {c.p.full}   Date: {fdate(r, d, 0)}", "",
             "Over the last 2 weeks, how often have you been bothered by any of the following problems?", "(0 = not at all, 1 = several days, 2 = more than half the days, 3 = nearly every day)", ""]
        t += [f"{i}. {x} ........ {v}" for i, (x, v) in enumerate(zip(q, sc), 1)]
        t += ["", f"Total score: {sum(sc)}", "How difficult have these problems made it for you to do your work or get along with people? " + ch(r, ["Somewhat difficult", "Very difficult", "Not difficult at all"])]
    elif L == 3:
        fee = ch(r, [("Sick note", 20), ("Insurance form completion", 80), ("Transfer of medical records", 50), ("Missed appointment", 40), ("Driver's medical examination", 120), ("Camp/school form", 25)])
        t = [letterhead(r, c, "clinic"), "", ch(r, ["INVOICE - UNINSURED SERVICES", "Statement of Account", "RECEIPT"]), f"Invoice #: {r.randrange(1000, 99999)}   Date: {fdate(r, d, 0)}", "",
             f"Bill to: {c.p.full}, {c.addr}, {c.town}", "", f"Service: {fee[0]}    Amount: ${fee[1]:.2f}", f"HST: {'exempt' if chance(r, .7) else '$' + format(fee[1] * 0.13, '.2f')}",
             f"Total: ${fee[1]:.2f}", f"Paid: {ch(r, ['cash', 'debit', 'Visa', 'outstanding'])}", "", f"This service is not covered by {c.reg['plan']}. Fees are in accordance with the {'OMA' if c.reg['prov'] == 'ON' else 'Doctors of BC'} guide to uninsured services."]
    elif L == 4:
        wc = "WSIB" if c.reg["prov"] == "ON" else "WorkSafeBC"
        t = [wc, ch(r, ["Functional Abilities Form for Planning Early and Safe Return to Work", "Physician's Report (Form 8/11)", "Health Professional's Report"]), "",
             f"Worker: {c.p.full}   DOB {fdate(r, c.dob, 0)}   Claim #: {r.randrange(10 ** 7, 10 ** 8)}", f"Employer: {ch(r, ['Harbour Steel Fabricators', 'Valleyview Foods Ltd.', 'Northline Logging'])}",
             f"Date of injury: {fdate(r, d - dt.timedelta(days=r.randrange(3, 60)), 0)}   Date of exam: {fdate(r, d, 0)}", f"Injury: {ch(r, ['low back strain lifting boxes', 'right shoulder strain', 'laceration left hand', 'right wrist sprain'])}", "",
             "Abilities:", f"  Walking: {ch(r, ['full', 'up to 30 min'])}   Standing: {ch(r, ['full', 'up to 1 h'])}   Sitting: full", f"  Lifting floor to waist: {ch(r, ['up to 5 kg', 'up to 10 kg', 'none'])}",
             f"  Bending/twisting: {ch(r, ['limited', 'avoid'])}   Use of hands: {ch(r, ['full', 'no gripping R hand'])}", f"Restrictions expected to last: {ch(r, ['1-2 days', '3-7 days', '8-14 days', '14+ days'])}", "",
             f"Health professional: {c.gp.name}   Signature ______"]
    elif L == 5:
        t = [ch(r, ["TELEPHONE MESSAGE", "While You Were Out", "Phone Message"]), f"For: {ch(r, [c.gp.short, c.spec.short])}   Date: {fdate(r, d, 0)}   Time: {ftime(r)}",
             f"From: {ch(r, [c.p.full, c.nok.full + ' (' + c.nok_rel + ' of ' + c.p.full + ')', c.pharm, 'lab'])}", f"Phone: {phone(r, c.reg)}", "",
             f"Message: {ch(r, ['wants results of blood work', 'requesting refill of ' + (c.home[0].split()[0] if c.home else 'medication'), 'critical K 6.1 called by lab', 'needs form signed for insurance', 'asking about appointment with specialist'])}",
             f"[{'X' if chance(r, .5) else ' '}] Please call   [ ] Will call again   [{'X' if chance(r, .3) else ' '}] Urgent", f"Taken by: {Person(r).first}"]
    elif L == 6:
        t = [c.hosp, ch(r, ["Clinical Photography - Image Log", "Wound Photograph Record", "MEDIA ATTACHMENT"]), "", f"{c.p.lastfirst}  {c.mrn}", "",
             f"Image 1: {ch(r, ['left lower leg, anterior', 'sacrum', 'right hand, dorsal', 'abdominal incision'])} - taken {fdate(r, d, 0)} {ftime(r)} with ruler for scale",
             f"Image 2: {ch(r, ['same, lateral view', 'close-up of wound bed', 'after debridement'])}", "Consent on file: Yes", f"Photographer: {Person(r).full}", "",
             "[images stored in EMR media tab - not reproduced in this printout]"]
    elif L == 7:
        t = [c.reg["provname"] + " - " + ch(r, ["Ministry of Transportation", "RoadSafetyBC"]), ch(r, ["MEDICAL REPORT - Driver's Fitness", "Driver's Medical Examination Report", "Mandatory Report - Medical Condition"]), "",
             f"Driver: {c.p.full}   DOB {fdate(r, c.dob, 0)}   Licence #: {ch(r, 'ABCDEFGHKLMNPRS')}{r.randrange(1000, 9999)}-{r.randrange(10000, 99999)}-{r.randrange(10000, 99999)}", "",
             f"Condition: {ch(r, ['cognitive impairment', 'uncontrolled seizure', 'stroke with visual field defect', 'syncope of unknown cause', 'insulin-treated diabetes'])}",
             "In my opinion the patient " + ch(r, ["may pose a safety risk if driving", "is fit to drive", "requires further assessment"]) + ".", "",
             f"Reporting practitioner: {c.gp.name}  {c.reg['college']} #{c.gp.college}", f"Date: {fdate(r, d, 0)}   Signature ______"]
    else:
        t = [c.clinic, ch(r, ["NEW PATIENT HEALTH QUESTIONNAIRE", "Pre-visit Questionnaire", "Annual Health Review - Patient Form"]), "",
             f"Name: {c.p.full}   Date: {fdate(r, d, 0)}", "", "Do you smoke? " + ch(r, ["No", "Yes - 1/2 pack/day", "Quit 2010"]), "Alcohol (drinks/week): " + str(r.randrange(0, 15)),
             "Exercise: " + ch(r, ["walks daily", "none", "gym 3x/week"]), "Family history (check): [" + ch(r, ["X", " "]) + "] heart disease  [" + ch(r, ["X", " "]) + "] diabetes  [" + ch(r, ["X", " "]) + "] cancer",
             "Last Pap test / mammogram / colon screening: " + ch(r, ["2 years ago", "not sure", "up to date"]), "Concerns to discuss today: " + ch(r, ["tired all the time", "knee pain", "refills", "mole on back"]), "",
             "Thank you - please return to reception."]
    return "\n".join(t)


# ----------------------------------------------------------------------------
# Dispatch
# ----------------------------------------------------------------------------
GEN = {k: globals()["g_" + k] for k in TYPES}
SCEN_FOR = {
    "discharge_summary": MEDICAL_SCEN + SURG_SCEN[:5], "history_physical": MEDICAL_SCEN + SURG_SCEN[:5],
    "progress_note": list(SCEN), "consult_note": list(SCEN), "operative_note": OP_SCEN, "procedure_note": list(SCEN),
    "lab_report": list(SCEN), "imaging_report": list(SCEN), "pathology_report": PATH_SCEN + ["dm", "dep", "gib"],
    "medication_list": list(SCEN), "prescription": list(SCEN), "anesthesia_record": OP_SCEN, "correspondence": list(SCEN),
    "consent_form": list(SCEN), "referral_letter": CLINIC_SCEN + ["colon", "chole", "gib", "stroke"],
    "advance_directive": ["dementia", "chf", "copd", "stroke", "colon", "hipfx"], "ecg_report": list(SCEN),
    "immunization_record": list(SCEN), "registration_form": list(SCEN), "insurance_card": list(SCEN),
    "nursing_note": MEDICAL_SCEN + SURG_SCEN + ["dementia"], "ed_note": ED_SCEN, "transfer_summary": MEDICAL_SCEN + ["hipfx", "dementia", "colon"],
    "provider_orders": list(SCEN), "discharge_instructions": MEDICAL_SCEN + SURG_SCEN, "other": list(SCEN),
}
NOISY_FURNITURE_TYPES = set(TYPES)


MON = {m[:3].lower(): i for i, m in enumerate(MONTHS, 1)}


def latest_date(text, c):
    best = c.date
    cands = []
    for y, m, d in re.findall(r"\b(20[0-2]\d)[-/](\d\d)[-/](\d\d)\b", text):
        cands.append((int(y), int(m), int(d)))
    for d, m, y in re.findall(r"\b(\d\d)/(\d\d)/(20[0-2]\d)\b", text):
        cands.append((int(y), int(m), int(d)))
    for mo, d, y in re.findall(r"\b([A-Z][a-z]{2})[a-z]* (\d{1,2}), (20[0-2]\d)\b", text):
        if mo.lower() in MON:
            cands.append((int(y), MON[mo.lower()], int(d)))
    for d, mo, y in re.findall(r"\b(\d{1,2})[ -]([A-Za-z]{3})[A-Za-z]*[ -](20[0-2]\d)\b", text):
        if mo.lower() in MON:
            cands.append((int(y), MON[mo.lower()], int(d)))
    for y, m, d in cands:
        try:
            x = dt.date(y, m, d)
        except ValueError:
            continue
        if x > best and x <= c.date + dt.timedelta(days=900) and x.year <= 2024:
            best = x
    return best


def make_doc(seed, label, idx):
    r = random.Random(seed)
    c = Ctx(r, ch(r, SCEN_FOR[label]))
    text = GEN[label](r, c)
    # light cleanup: drop consecutive blank lines
    lines, prev = [], None
    for ln in text.split("\n"):
        ln = ln.rstrip()
        if ln == "" and prev == "":
            continue
        lines.append(ln)
        prev = ln
    text = "\n".join(lines).strip("\n")
    if chance(r, 0.6):
        text = wrap(text, r=r)
    # page furniture
    if chance(r, 0.35):
        text = paginate(r, text, c)
    if chance(r, 0.12):
        cf = conf_footer(r, c)
        if cf:
            text += "\n\n" + wrap(cf, r=r)
    if chance(r, 0.18):
        text = fax_banner(r, c, when=latest_date(text, c)) + "\n" + text
    if chance(r, 0.05):
        text += "\n" + ch(r, [f"Printed by: {Person(r).first[0]}{Person(r).last.lower()} {fdate(r, c.date + dt.timedelta(days=r.randrange(1, 900)), 0)} {ftime(r)}",
                              "SCANNED", "Scanned into chart " + fdate(r, c.date + dt.timedelta(days=r.randrange(1, 40)), 0), "ORIGINAL ON CHART"])
    lvl = ch(r, [0, 0, 1, 1, 1, 2, 2, 3])
    text = ocr_noise(r, text, lvl)
    return text


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    rows = []
    for label in TYPES:
        for i in range(a.per_type):
            s = master.getrandbits(64)
            rows.append({"id": f"cdn-{a.seed}-{label}-{i:04d}", "label": label, "text": make_doc(s, label, i)})
    master.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
