#!/usr/bin/env python3
"""Synthetic clinical documents: private tertiary-care teaching hospital, Pakistan (2008-2024).
All people, institutions, identifiers, addresses and phone numbers are invented.
Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse, json, random, datetime

TYPES = ["discharge_summary", "history_physical", "progress_note", "consult_note", "operative_note",
         "procedure_note", "lab_report", "imaging_report", "pathology_report", "medication_list",
         "prescription", "anesthesia_record", "correspondence", "consent_form", "referral_letter",
         "advance_directive", "ecg_report", "immunization_record", "registration_form", "insurance_card",
         "nursing_note", "ed_note", "transfer_summary", "provider_orders", "discharge_instructions", "other"]

# ----------------------------------------------------------------------------- pools
MALE = ["Muhammad Asif", "Imran", "Kashif", "Faisal", "Naveed", "Tariq", "Shahid", "Adnan", "Bilal", "Zeeshan",
        "Usman", "Hamza", "Waqas", "Junaid", "Farhan", "Sohail", "Arshad", "Rashid", "Khalid", "Abdul Rehman",
        "Ghulam Mustafa", "Iftikhar", "Sajid", "Babar", "Aamir", "Danish", "Saleem", "Muhammad Akram",
        "Nadeem", "Shakeel", "Qaiser", "Rizwan", "Abdul Ghaffar", "Mehboob", "Anwar", "Zahid", "Muhammad Yousuf",
        "Asad", "Haris", "Talha", "Fahad", "Noman", "Javed", "Ejaz", "Mushtaq", "Sarfraz", "Ahsan"]
FEMALE = ["Nasreen", "Shabana", "Rubina", "Sadia", "Ayesha", "Fatima", "Sana", "Hina", "Bushra", "Samina",
          "Farzana", "Kiran", "Mehwish", "Nadia", "Rabia", "Uzma", "Zubaida", "Parveen", "Tahira", "Amna",
          "Saima", "Khadija", "Naila", "Shazia", "Robina", "Sumaira", "Iqra", "Maryam", "Zainab", "Noor Jehan",
          "Kulsoom", "Rukhsana", "Yasmeen", "Asma", "Lubna", "Bilqees", "Sughra", "Anam", "Hafsa"]
SURN = ["Khan", "Ahmed", "Hussain", "Ali", "Qureshi", "Siddiqui", "Malik", "Butt", "Chaudhry", "Sheikh", "Baig",
        "Mirza", "Raza", "Abbasi", "Shah", "Awan", "Bhatti", "Memon", "Rajput", "Javed", "Iqbal", "Akhtar",
        "Zaidi", "Rizvi", "Ansari", "Jamali", "Soomro", "Niazi", "Khattak", "Durrani", "Gill", "Cheema",
        "Warraich", "Kazmi", "Naqvi", "Hashmi", "Lodhi", "Paracha", "Shaikh", "Bukhari", "Tareen", "Mughal"]

HOSPITALS = [
    dict(name="Rahmat Bibi Memorial Teaching Hospital", short="RBMTH", city="Karachi",
         addr="Plot ST-22, Shahrah-e-Nusrat, Block 11, Karachi-75530", ph="(021) 3498-7710", uan="111-726-628",
         college="Rahmat Bibi College of Medicine & Dentistry", mr="KR-{y}-{n6}", cnic="42{d3}"),
    dict(name="Gulnar Institute of Medical Sciences & Hospital", short="GIMS", city="Lahore",
         addr="17-B Canal View Avenue, Lahore-54600", ph="(042) 3577-2231", uan="111-446-700",
         college="Gulnar Medical & Dental College", mr="{n7}", cnic="35{d3}"),
    dict(name="Noor-ul-Huda Teaching Hospital", short="NHTH", city="Islamabad",
         addr="Plot 5, Service Road East, Sector H-17/3, Islamabad", ph="(051) 2841-660", uan="111-668-432",
         college="Noor-ul-Huda Institute of Health Sciences", mr="NH{n6}", cnic="61101"),
    dict(name="Karimabad General & Teaching Hospital", short="KGTH", city="Karachi",
         addr="C-41, Main Jahangir Shah Road, Karachi-74800", ph="(021) 3662-0419", uan="111-547-547",
         college="Karimabad Medical College", mr="{n2}-{n2}-{n2}", cnic="42{d3}"),
    dict(name="Bahar-e-Sehat Medical Complex", short="BSMC", city="Lahore",
         addr="88-C, Main Boulevard Faizabad Town, Lahore", ph="(042) 3615-8840", uan="111-224-636",
         college="Bahar-e-Sehat College of Medicine", mr="BS-{n5}", cnic="35{d3}"),
    dict(name="Qasim Latif Trust Hospital", short="QLTH", city="Islamabad",
         addr="Kashmir Highway Link, Sector G-16/1, Islamabad", ph="(051) 2290-1155", uan="111-775-775",
         college="Qasim Latif University of Health Sciences", mr="QL/{y2}/{n5}", cnic="37405"),
]

DEGREES = {
    "Medicine": ["MBBS, FCPS (Medicine)", "MBBS, MRCP (UK)", "MBBS, FCPS, FRCP (Edin)", "MBBS, MCPS, FCPS"],
    "General Surgery": ["MBBS, FCPS (Surgery)", "MBBS, FRCS (Glasg)", "MBBS, FCPS, FRCS"],
    "Cardiology": ["MBBS, FCPS (Cardiology)", "MBBS, FCPS (Med), FCPS (Cardio)", "MBBS, MRCP, FACC"],
    "Gastroenterology": ["MBBS, FCPS (Gastro)", "MBBS, MRCP, FCPS (Gastroenterology)"],
    "Obstetrics & Gynaecology": ["MBBS, FCPS (Obs & Gynae)", "MBBS, MCPS, FCPS (Gyn)", "MBBS, MRCOG"],
    "Orthopaedics": ["MBBS, FCPS (Ortho)", "MBBS, MS (Orthopaedics)", "MBBS, FRCS (Tr & Orth)"],
    "Urology": ["MBBS, FCPS (Urology)", "MBBS, MS (Urology)"],
    "Paediatrics": ["MBBS, DCH, FCPS (Paeds)", "MBBS, FCPS (Paediatrics)", "MBBS, MRCPCH"],
    "Neurology": ["MBBS, FCPS (Neurology)", "MBBS, MRCP, FCPS (Neuro)"],
    "Pulmonology": ["MBBS, FCPS (Pulmonology)", "MBBS, FCPS (Med), Dip. Chest"],
    "Nephrology": ["MBBS, FCPS (Nephrology)", "MBBS, MRCP, FCPS (Nephro)"],
    "Endocrinology": ["MBBS, FCPS (Medicine), MRCP (Endo)", "MBBS, FCPS (Endocrinology)"],
    "Anaesthesia": ["MBBS, FCPS (Anaesthesia)", "MBBS, DA, FCPS", "MBBS, FRCA"],
    "Radiology": ["MBBS, FCPS (Radiology)", "MBBS, DMRD, FCPS", "MBBS, FRCR"],
    "Pathology": ["MBBS, FCPS (Histopathology)", "MBBS, M.Phil (Histopath)", "MBBS, FCPS (Haematology)"],
    "Family Medicine": ["MBBS, MCPS (Family Medicine)", "MBBS, FCPS (FM)", "MBBS, Dip. Family Med"],
}

# ----------------------------------------------------------------------------- clinical cases
# pronoun placeholders: {he} {his} {him} {He} {His}
CASES = [
 dict(key="appendicitis", dx="Acute appendicitis", dept="General Surgery", sex="MF", age=(14, 42), ward="Surgical Unit-II",
      cc=[("Pain right lower abdomen", "2 days"), ("Vomiting", "1 day"), ("Low grade fever", "1 day")],
      hpi="Pain started around the umbilicus and shifted to the right iliac fossa. It is continuous, aggravated by movement, with 3-4 episodes of non-bilious non-projectile vomiting. Anorexia present. No urinary complaints.",
      pmh="No known comorbid.", exam="Abdomen: tenderness and guarding in RIF, rebound tenderness +ve, Rovsing sign +ve. Bowel sounds audible. Alvarado score 8/10.",
      vit=["fever", "tachy"], labs={"TLC": (13.5, 18.9), "Neutrophils": (80, 90)}, panels=["CBC", "RFT", "VIRAL", "URINE"],
      img=("Ultrasound", "Abdomen & Pelvis", "A non-compressible, blind-ending tubular structure measuring 9 mm in diameter is seen in the right iliac fossa with surrounding echogenic inflamed fat and minimal free fluid. A 6 mm appendicolith is noted at its base. Liver, gall bladder, kidneys unremarkable.", "Sonographic features of acute appendicitis with appendicolith."),
      meds_in=["Inj. Ceftriaxone 1 g IV BD", "Inj. Metronidazole 500 mg IV TDS", "Inj. Ketorolac 30 mg IV TDS", "Inj. Omeprazole 40 mg IV OD", "IVF Ringer Lactate 1000 ml 8 hourly"],
      meds_dc=[("Tab. Cefixime", "400 mg", "OD", 5), ("Tab. Metronidazole", "400 mg", "TDS", 5), ("Tab. Paracetamol", "500 mg x 2", "TDS", 5), ("Cap. Omeprazole", "20 mg", "OD", 7)],
      proc=dict(name="Laparoscopic appendicectomy", anes="GA", dur=50, findings="Inflamed, oedematous appendix, retrocaecal in position, with appendicolith at base. No perforation. Minimal reactive fluid in pelvis.",
                steps=["Patient in supine position, painted and draped.", "10 mm umbilical port by open Hasson technique, pneumoperitoneum created at 12 mmHg.", "5 mm ports in suprapubic and left iliac fossa.", "Mesoappendix divided with bipolar cautery.", "Base of appendix ligated with two endoloops and appendix divided.", "Specimen retrieved in endobag through umbilical port.", "Pelvis suctioned, haemostasis secured.", "Ports closed, sheath with Vicryl 1, skin with Prolene 3/0."],
                spec="Appendix", gross="Appendix measuring 6.5 x 0.9 cm with congested serosa and fibrinous exudate. Lumen contains a faecolith.", micro="Sections show transmural infiltration by neutrophils with mucosal ulceration and serositis. No granuloma or malignancy.", pdx="Acute suppurative appendicitis."),
      course="Underwent laparoscopic appendicectomy under GA. Post-op period uneventful. Orally allowed on POD-1, tolerated well. Drain not placed. Wounds healthy.",
      fu="Follow up in surgical OPD after 7 days for stitch removal.", ddx=["Mesenteric lymphadenitis", "Right ureteric colic", "Ovarian pathology (females)"],
      ecg="Sinus tachycardia, otherwise normal ECG"),
 dict(key="cholelithiasis", dx="Symptomatic cholelithiasis", dept="General Surgery", sex="FFM", age=(28, 62), ward="Surgical Unit-I",
      cc=[("Pain right upper abdomen", "6 months, off and on"), ("Dyspepsia and bloating", "1 year")],
      hpi="Recurrent episodes of colicky right hypochondrial pain radiating to the right shoulder, usually after fatty meals, each lasting 2-3 hours, relieved by analgesic injections from local GP. No jaundice, no fever, no clay coloured stools.",
      pmh="K/C/O hypertension for 5 years on Tab. Amlodipine 5 mg.", exam="Abdomen: soft, mild tenderness in right hypochondrium, Murphy sign negative. No palpable mass. No organomegaly.",
      vit=["htn_mild"], labs={}, panels=["CBC", "LFT", "RFT", "VIRAL", "COAG"],
      img=("Ultrasound", "Abdomen", "Liver is normal in size with normal echotexture. Gall bladder is distended and contains multiple mobile calculi, largest measuring 14 mm, with posterior acoustic shadowing. GB wall thickness 3 mm. CBD measures 4 mm. Pancreas, spleen and both kidneys are unremarkable.", "Cholelithiasis. No sonographic evidence of acute cholecystitis. CBD not dilated."),
      meds_in=["Inj. Ceftriaxone 1 g IV pre-op stat", "Inj. Nalbuphine 5 mg IV SOS", "Inj. Paracetamol 1 g IV 8 hourly", "Inj. Esomeprazole 40 mg IV OD", "Tab. Amlodipine 5 mg OD"],
      meds_dc=[("Tab. Paracetamol", "1 g", "TDS", 5), ("Cap. Esomeprazole", "40 mg", "OD", 14), ("Tab. Amlodipine", "5 mg", "OD", 30)],
      proc=dict(name="Laparoscopic cholecystectomy", anes="GA", dur=70, findings="Distended gall bladder with multiple stones, thick wall, adhesions with omentum. Calot's triangle clearly defined. Cystic duct normal calibre. Liver normal.",
                steps=["Supine position, under GA, painted and draped.", "Open technique umbilical 10 mm port, pneumoperitoneum 12-14 mmHg.", "Epigastric 10 mm and two 5 mm right subcostal ports placed under vision.", "Adhesions released; Calot's triangle dissected and critical view of safety achieved.", "Cystic duct and artery clipped (2 proximal, 1 distal) and divided.", "GB dissected off liver bed with hook diathermy and retrieved via epigastric port.", "Haemostasis secured, no bile leak. Ports closed under vision."],
                spec="Gall bladder", gross="Gall bladder measuring 8 x 3.5 cm, wall thickness 0.4 cm. Mucosa velvety. Multiple yellow-green faceted stones, largest 1.4 cm.", micro="Sections show gall bladder wall with mucosal hyperplasia, Rokitansky-Aschoff sinuses and chronic inflammatory infiltrate with muscular hypertrophy. No dysplasia or malignancy.", pdx="Chronic calculous cholecystitis."),
      course="Admitted through OPD for elective surgery. Underwent lap cholecystectomy. Uneventful recovery, orally allowed same evening. Discharged on 1st POD.",
      fu="Review in OPD after 1 week with histopathology report.", ddx=["Peptic ulcer disease", "Chronic pancreatitis"], ecg="Normal sinus rhythm. LVH by voltage criteria"),
 dict(key="dengue", dx="Dengue fever with thrombocytopenia (warning signs)", dept="Medicine", sex="MF", age=(16, 60), ward="Medical Unit-III",
      cc=[("Fever with chills", "4 days"), ("Body aches and headache", "4 days"), ("Gum bleeding", "1 day")],
      hpi="High grade fever up to 103 F, associated with severe body aches, retro-orbital pain and generalized weakness. Took Panadol from local clinic. Since yesterday {he} noticed bleeding from gums and red spots on legs. Decreased oral intake.",
      pmh="Not a known diabetic or hypertensive.", exam="Petechial rash over both lower limbs, flushed face. Chest clear. Abdomen soft, mild epigastric and right hypochondrial tenderness, no organomegaly. Tourniquet test positive.",
      vit=["fever", "tachy"], labs={"Platelets": (18, 55), "TLC": (2.1, 3.6), "HCT": (46, 52), "ALT": (110, 260), "AST": (150, 340)}, panels=["CBC", "LFT", "RFT", "DENGUE"],
      img=("Ultrasound", "Abdomen", "Liver is mildly enlarged (15.8 cm) with normal echotexture. Gall bladder wall is oedematous measuring 6 mm. Mild ascites and minimal right pleural effusion noted. Spleen normal.", "Gall bladder wall oedema, mild ascites and right pleural effusion, consistent with plasma leakage in dengue fever."),
      meds_in=["IVF Normal Saline 1000 ml @ 100 ml/hr", "Inj. Paracetamol 1 g IV SOS (for T > 100 F)", "Inj. Omeprazole 40 mg IV OD", "Tab. Motilium 10 mg TDS", "Strict intake/output charting", "CBC 12 hourly"],
      meds_dc=[("Tab. Paracetamol", "500 mg x 2", "TDS", 5), ("Cap. Omeprazole", "20 mg", "OD", 5), ("ORS sachet", "1 in 1 litre water", "SOS", 5)],
      proc=None, course="Managed conservatively with IV fluids as per warning-sign protocol. Platelet count dropped to nadir on day 5 then showed rising trend. No transfusion required. Afebrile for 48 hours at discharge.",
      fu="Repeat CBC after 3 days. Avoid NSAIDs and IM injections.", ddx=["Malaria", "Enteric fever", "Chikungunya"], ecg="Sinus tachycardia"),
 dict(key="typhoid", dx="Enteric fever (XDR Salmonella Typhi)", dept="Medicine", sex="MF", age=(8, 40), ward="Medical Unit-I",
      cc=[("Fever", "10 days"), ("Abdominal pain", "5 days"), ("Loose motions", "3 days")],
      hpi="Step-ladder type fever, initially low grade now up to 102-103 F, not relieved fully with antipyretics. Took Tab. Cipro and Inj. Ceftriaxone from local GP without improvement. Associated with generalized abdominal pain, anorexia, and 3-4 loose stools per day.",
      pmh="No comorbids. History of eating outside food.", exam="Coated tongue, relative bradycardia. Abdomen: mild diffuse tenderness, spleen just palpable. Chest clear.",
      vit=["fever"], labs={"TLC": (3.2, 5.0), "Platelets": (110, 160), "ALT": (60, 110), "CRP": (48, 120)}, panels=["CBC", "LFT", "TYPHOID", "CULTURE"],
      img=None, meds_in=["Inj. Meropenem 1 g IV 8 hourly", "Tab. Azithromycin 500 mg OD", "Inj. Paracetamol 1 g IV SOS", "Inj. Esomeprazole 40 mg IV OD", "IVF Dextrose saline 1000 ml 8 hourly"],
      meds_dc=[("Tab. Azithromycin", "500 mg", "OD", 7), ("Tab. Paracetamol", "500 mg x 2", "TDS", 5), ("Cap. Omeprazole", "20 mg", "OD", 7)],
      proc=None, course="Blood culture grew Salmonella Typhi, XDR pattern (sensitive to Meropenem & Azithromycin only). Meropenem continued for 7 days with oral Azithromycin. Fever settled on day 5 of therapy.",
      fu="Follow up in medical OPD after 1 week. Boiled water, hand hygiene, Typhoid conjugate vaccine for family members.", ddx=["Dengue fever", "Malaria", "Brucellosis", "Tuberculosis"], ecg="Sinus rhythm, rate 78 bpm"),
 dict(key="nstemi", dx="Non ST elevation myocardial infarction (NSTEMI)", dept="Cardiology", sex="MMF", age=(45, 75), ward="CCU",
      cc=[("Central chest pain", "6 hours"), ("Sweating", "6 hours"), ("Shortness of breath", "2 hours")],
      hpi="Sudden onset retrosternal heaviness at rest, radiating to left arm, 8/10 in severity, associated with diaphoresis and nausea. Not relieved by rest. {He} had exertional chest discomfort for last 2 weeks which {he} ignored.",
      pmh="K/C/O diabetes mellitus type 2 for 10 years, hypertension for 8 years. Ex-smoker (20 pack years).", exam="Anxious, sweaty. CVS: S1+S2 normal, no murmur. Chest: fine bibasal crepitations. No pedal oedema. JVP not raised.",
      vit=["htn", "tachy"], labs={"Troponin I": (1.8, 9.5), "RBS": (210, 320), "LDL": (140, 190), "HbA1c": (8.2, 10.1)}, panels=["CBC", "RFT", "CARDIAC", "LIPID", "SUGAR"],
      img=("Echocardiography", "Transthoracic (2D/M-mode/Doppler)", "LV size normal. Hypokinesia of mid to apical anterior wall and apex. LVEF visually estimated 40-45%. Grade I diastolic dysfunction. No significant valvular lesion. No pericardial effusion. IVC normal with normal collapse.", "Regional wall motion abnormality in LAD territory. Mildly impaired LV systolic function (EF 40-45%)."),
      meds_in=["Tab. Aspirin 300 mg stat then 75 mg OD", "Tab. Clopidogrel 600 mg stat then 75 mg OD", "Inj. Enoxaparin 60 mg SC BD", "Tab. Atorvastatin 80 mg HS", "Tab. Bisoprolol 2.5 mg OD", "Inj. Insulin Regular as per sliding scale", "Tab. Isosorbide mononitrate 20 mg BD"],
      meds_dc=[("Tab. Aspirin", "75 mg", "OD", 0), ("Tab. Clopidogrel", "75 mg", "OD", 0), ("Tab. Atorvastatin", "40 mg", "HS", 0), ("Tab. Bisoprolol", "2.5 mg", "OD", 0), ("Tab. Ramipril", "2.5 mg", "OD", 0), ("Tab. Metformin", "500 mg", "BD", 0), ("Tab. Sitagliptin", "50 mg", "OD", 0)],
      proc=dict(name="Coronary angiography and PCI to LAD", anes="LA", dur=45, kind="proc", findings="LMS normal. LAD: 90% proximal stenosis. LCx: 40% mid disease. RCA: dominant, mild irregularities. LVEDP 18 mmHg.",
                steps=["Right radial access with 6F sheath under local anaesthesia.", "Diagnostic angiography with TIG catheter.", "LAD engaged with EBU 3.5 guide; BMW wire crossed the lesion.", "Pre-dilated with 2.5 x 15 mm balloon.", "Drug eluting stent 3.0 x 28 mm deployed at 14 atm.", "Post-dilatation with NC balloon 3.25 mm. TIMI III flow achieved, no dissection.", "Sheath removed, TR band applied."], spec=None),
      course="Admitted in CCU, managed with dual antiplatelets, anticoagulation and statin. Coronary angiography on day 2 showed single vessel disease; PCI to proximal LAD done. Remained haemodynamically stable, no further chest pain.",
      fu="Cardiology OPD after 2 weeks. Do not stop Clopidogrel for 12 months. Cardiac rehab advice.", ddx=["Unstable angina", "Aortic dissection", "Pulmonary embolism"], ecg="Sinus tachycardia, ST depression 1-2 mm in V3-V6, I and aVL. No ST elevation."),
 dict(key="dka", dx="Diabetic ketoacidosis in known type 2 diabetic (precipitated by UTI)", dept="Medicine", sex="MF", age=(30, 70), ward="HDU / Medical Unit-II",
      cc=[("Vomiting", "2 days"), ("Generalized weakness and drowsiness", "1 day"), ("Burning micturition", "5 days")],
      hpi="Known diabetic on oral hypoglycaemics, non-compliant for last 1 month. Developed dysuria and frequency followed by repeated vomiting, abdominal pain and polyuria. Family noticed drowsiness since morning.",
      pmh="DM type 2 for 12 years, on Tab. Glucophage and Tab. Amaryl (irregular).", exam="Drowsy but arousable, GCS 13/15, dehydrated +++, Kussmaul breathing, acetone smell. Chest clear, abdomen soft with mild suprapubic tenderness.",
      vit=["tachy", "hypo", "tachypnoea"], labs={"RBS": (420, 560), "HCO3": (6, 12), "K": (5.2, 5.9), "Urea": (68, 110), "Creatinine": (1.6, 2.3), "TLC": (14, 19)}, panels=["CBC", "RFT", "SUGAR", "ABG", "URINE"],
      img=None, meds_in=["IVF Normal Saline 1 litre stat then as per DKA protocol", "Inj. Insulin Regular infusion 0.1 U/kg/hr", "KCl 20 mEq in each litre once K < 5.0", "Inj. Ceftriaxone 2 g IV OD", "Inj. Ondansetron 4 mg IV TDS", "Hourly CBG, 4 hourly electrolytes"],
      meds_dc=[("Inj. Insulin Mixtard 70/30", "20 units morning, 12 units evening", "BD", 0), ("Tab. Metformin", "500 mg", "BD", 0), ("Tab. Cefixime", "400 mg", "OD", 5), ("Tab. Paracetamol", "500 mg", "SOS", 0)],
      proc=None, course="Managed in HDU according to DKA protocol. Anion gap closed within 24 hours and patient shifted to subcutaneous insulin. Urine culture grew E. coli sensitive to ceftriaxone. Diabetic educator session given for insulin technique and hypoglycaemia.",
      fu="Endocrine / Medical OPD after 1 week with SMBG record.", ddx=["Hyperosmolar hyperglycaemic state", "Sepsis with lactic acidosis"], ecg="Sinus tachycardia, peaked T waves in V2-V4"),
 dict(key="cld", dx="Upper GI bleed secondary to oesophageal varices; chronic liver disease (HCV related), Child-Pugh B", dept="Gastroenterology", sex="MF", age=(38, 70), ward="Medical Unit-IV (GI)",
      cc=[("Vomiting of blood", "1 day"), ("Black tarry stools", "2 days"), ("Abdominal distension", "2 months")],
      hpi="Three episodes of haematemesis, fresh red blood approx 1 cup each, followed by melaena. Progressive abdominal distension and pedal swelling for 2 months. Anti-HCV positive 6 years ago, took interferon therapy partially.",
      pmh="HCV positive, treated incompletely. History of multiple injections from quacks. Previous blood transfusion twice.", exam="Pale, mild icterus, palmar erythema, spider naevi. Abdomen distended, shifting dullness +ve, spleen palpable 3 fingers. No flap.",
      vit=["tachy", "hypo"], labs={"Hb": (6.8, 8.5), "Platelets": (55, 90), "Albumin": (2.3, 2.9), "Bilirubin Total": (2.1, 3.4), "INR": (1.6, 2.0), "Anti-HCV": "Reactive"}, panels=["CBC", "LFT", "COAG", "RFT", "VIRAL"],
      img=("Ultrasound", "Abdomen", "Liver is shrunken in size with coarse echotexture and irregular nodular outline. Portal vein dilated measuring 14 mm. Spleen enlarged measuring 15.5 cm. Moderate ascites. Gall bladder wall thickened secondary to ascites. No focal lesion in liver.", "Chronic liver disease with portal hypertension, splenomegaly and moderate ascites."),
      meds_in=["Inj. Octreotide 50 mcg bolus then 50 mcg/hr infusion", "Inj. Ceftriaxone 1 g IV OD", "Inj. Pantoprazole 80 mg IV stat then 40 mg BD", "Transfuse 2 pints packed RBCs", "Inj. Vitamin K 10 mg IV OD x 3 days", "Syp. Lactulose 30 ml TDS", "Tab. Rifaximin 550 mg BD"],
      meds_dc=[("Tab. Propranolol", "10 mg", "BD", 0), ("Tab. Spironolactone", "100 mg", "OD", 0), ("Tab. Furosemide", "40 mg", "OD", 0), ("Syp. Lactulose", "20 ml", "TDS", 0), ("Tab. Rifaximin", "550 mg", "BD", 0), ("Cap. Esomeprazole", "40 mg", "OD", 14)],
      proc=dict(name="Upper GI endoscopy with endoscopic variceal band ligation", anes="Sedation", dur=25, kind="proc", findings="Oesophagus: four columns of large (grade III) varices with red wale signs, stigmata of recent bleed on one. Stomach: portal hypertensive gastropathy, mild. No gastric varices. Duodenum: normal D1 and D2.",
                steps=["Informed consent taken. Pharyngeal spray xylocaine, Inj. Midazolam 2 mg IV.", "Scope passed under vision.", "Six bands applied on oesophageal varices starting from GE junction upwards.", "No active bleed at end of procedure."], spec=None),
      course="Resuscitated with IV fluids and 2 units PRBCs. Octreotide infusion for 72 hours. EVBL done within 12 hours. No rebleed. Ascites managed with diuretics.",
      fu="Repeat EVBL after 2 weeks. GI OPD. HCV PCR quantitative for DAA therapy (Sofosbuvir/Daclatasvir).", ddx=["Peptic ulcer bleed", "Mallory-Weiss tear"], ecg="Sinus tachycardia, low voltage complexes"),
 dict(key="cap", dx="Community acquired pneumonia (right lower lobe), CURB-65 score 2", dept="Medicine", sex="MF", age=(50, 82), ward="Medical Unit-II",
      cc=[("Fever", "5 days"), ("Productive cough with yellowish sputum", "5 days"), ("Shortness of breath", "2 days")],
      hpi="Fever high grade with rigors, cough productive of thick yellow sputum, right sided pleuritic chest pain and progressive breathlessness, now at rest. Took Tab. Augmentin for 3 days without relief.",
      pmh="Hypertensive for 10 years. Non smoker. Exposed to biomass fuel (chulha) for years.", exam="Tachypnoeic. Chest: decreased air entry and bronchial breathing with coarse crepitations in right infrascapular and infra-axillary areas. Dull percussion note right base.",
      vit=["fever", "tachy", "tachypnoea", "hypoxia"], labs={"TLC": (15, 22), "Neutrophils": (82, 92), "CRP": (90, 210), "Urea": (48, 70)}, panels=["CBC", "RFT", "CRP", "CULTURE"],
      img=("X-Ray", "Chest PA view", "Homogeneous opacity with air bronchograms in the right lower zone obscuring the right hemidiaphragm; right costophrenic angle blunted. Left lung clear. Cardiac silhouette within normal limits. Bony cage intact.", "Right lower lobe consolidation with small right parapneumonic effusion."),
      meds_in=["Inj. Ceftriaxone 2 g IV OD", "Tab. Clarithromycin 500 mg BD", "O2 via nasal prongs 2-4 L/min to keep SpO2 > 92%", "Neb. Salbutamol + Ipratropium 6 hourly", "Inj. Paracetamol 1 g IV SOS", "Inj. Enoxaparin 40 mg SC OD"],
      meds_dc=[("Tab. Cefixime", "400 mg", "OD", 5), ("Tab. Clarithromycin", "500 mg", "BD", 5), ("Syp. Ambroxol", "10 ml", "TDS", 5), ("Tab. Amlodipine", "5 mg", "OD", 0)],
      proc=None, course="Treated with IV antibiotics and oxygen. Oxygen requirement settled by day 3. Sputum culture showed normal flora. Sputum AFB x 3 negative. Clinically improved and afebrile.",
      fu="Repeat chest X-ray after 6 weeks. Pneumococcal and influenza vaccine advised.", ddx=["Pulmonary tuberculosis", "Lung abscess", "Bronchogenic carcinoma"], ecg="Sinus tachycardia, rate 108"),
 dict(key="stroke", dx="Acute ischaemic stroke, left MCA territory", dept="Neurology", sex="MF", age=(50, 80), ward="Stroke Unit",
      cc=[("Weakness of right side of body", "8 hours"), ("Slurring of speech", "8 hours")],
      hpi="Woke up in the morning with weakness of right arm and leg and inability to speak clearly. Last seen normal at 11 pm last night. No headache, vomiting, seizure or loss of consciousness.",
      pmh="Hypertensive for 15 years, irregular with medication. Diabetic for 6 years.", exam="GCS 14/15 (E4V4M6), expressive aphasia. Right facial UMN palsy. Power right UL 1/5, right LL 2/5. Tone decreased, reflexes brisk, right plantar upgoing. NIHSS 14.",
      vit=["htn"], labs={"RBS": (180, 260), "LDL": (130, 170), "HbA1c": (7.6, 9.0)}, panels=["CBC", "RFT", "LIPID", "SUGAR", "COAG"],
      img=("CT", "Brain (plain)", "Ill-defined hypodensity involving the left fronto-parietal cortex and subcortical white matter in left MCA territory with loss of grey-white differentiation and effacement of adjacent sulci. Hyperdense left MCA sign. No haemorrhage. Ventricles normal. No midline shift.", "Acute infarct in left MCA territory. No intracranial haemorrhage."),
      meds_in=["Tab. Aspirin 300 mg OD (via NG)", "Tab. Atorvastatin 40 mg HS", "Inj. Enoxaparin 40 mg SC OD", "NG feed 200 ml 3 hourly", "Keep BP < 220/120 (permissive hypertension)", "Positioning, chest and limb physiotherapy"],
      meds_dc=[("Tab. Aspirin", "75 mg", "OD", 0), ("Tab. Clopidogrel", "75 mg", "OD", 21), ("Tab. Atorvastatin", "40 mg", "HS", 0), ("Tab. Amlodipine", "10 mg", "OD", 0), ("Tab. Metformin", "500 mg", "BD", 0)],
      proc=None, course="Presented outside thrombolysis window. Swallowing assessment failed initially; NG feeding for 4 days, then oral soft diet. Physiotherapy started. Power improved to 3/5 right UL and 4/5 right LL at discharge.",
      fu="Neurology OPD after 2 weeks. Continue physiotherapy. Carotid Doppler report review.", ddx=["Intracerebral haemorrhage", "Todd's palsy", "Hypoglycaemia"], ecg="Normal sinus rhythm, LVH with strain pattern"),
 dict(key="preeclampsia", dx="Primigravida at 37+2 weeks with severe pre-eclampsia", dept="Obstetrics & Gynaecology", sex="F", age=(19, 34), ward="Gynae Ward / Labour Room",
      cc=[("Headache", "2 days"), ("Swelling of feet", "1 week"), ("Blurring of vision", "since morning")],
      hpi="Booked case with irregular ANC visits. BP was noted 150/100 at last visit 1 week ago. Now presents with severe frontal headache, blurring of vision and epigastric discomfort. Foetal movements felt well. No leaking or bleeding PV.",
      pmh="No medical illness before pregnancy. LMP as per dates, EDD calculated.", exam="BP 170/110, oedema feet ++. P/A: fundal height corresponds to 36 weeks, cephalic, FHR 142/min regular. P/V: cervix posterior, firm, os closed. Bishop score 3. Urine albumin +++.",
      vit=["htn_severe"], labs={"Platelets": (95, 140), "ALT": (55, 90), "Uric acid": (6.8, 8.2), "Urine protein": "+++"}, panels=["CBC", "LFT", "RFT", "URINE", "COAG"],
      img=("Ultrasound", "Obstetric", "Single live intrauterine foetus in cephalic presentation. BPD 89 mm, FL 68 mm, AC 305 mm corresponding to 35+4 weeks. EFW 2.5 kg. Placenta fundal, grade III, clear of os. AFI 7 cm. Umbilical artery Doppler: raised S/D ratio, no AEDF.", "Single live foetus ~35-36 weeks, mild growth lag, reduced AFI, raised umbilical artery resistance."),
      meds_in=["Inj. Magnesium sulphate 4 g IV + 10 g IM loading, then 5 g IM 4 hourly (Pritchard regimen)", "Tab. Labetalol 200 mg TDS", "Tab. Nifedipine 10 mg SOS if BP > 160/110", "Strict input/output, Foley catheter", "Monitor reflexes, RR and urine output before each MgSO4 dose"],
      meds_dc=[("Tab. Labetalol", "200 mg", "BD", 0), ("Tab. Cefuroxime", "500 mg", "BD", 5), ("Tab. Iron + Folic acid (Ferrous fumarate)", "1 tab", "OD", 60), ("Tab. Calcium + Vit D", "1 tab", "OD", 60), ("Tab. Paracetamol", "500 mg x 2", "TDS", 5)],
      proc=dict(name="Emergency lower segment caesarean section (LSCS)", anes="SA", dur=55, findings="Delivered alive female baby, cephalic, weight 2.4 kg, APGAR 7/10 and 9/10 at 1 and 5 min. Liquor clear, reduced. Placenta and membranes delivered complete. Uterus, both tubes and ovaries normal.",
                steps=["Under spinal anaesthesia, patient in supine with left lateral tilt. Painted and draped. Foley in situ.", "Pfannenstiel incision, abdomen opened in layers.", "Lower uterine segment opened by transverse incision; baby delivered by cephalic extraction and handed over to paediatrician.", "Inj. Oxytocin 10 IU IV given; placenta delivered by controlled cord traction.", "Uterus closed in two layers with Vicryl 1. Haemostasis secured.", "Peritoneal toilet done, mops and instruments count correct.", "Rectus sheath with PDS loop, skin with subcuticular Prolene 3/0."],
                spec="Placenta", gross="Placenta weighing 380 g with 3-vessel cord of 30 cm. Maternal surface shows multiple firm pale areas (largest 2 cm).", micro="Villi show increased syncytial knots and distal villous hypoplasia. Areas of infarction. Decidual vessels show atherosis.", pdx="Placenta with features of maternal vascular malperfusion (infarcts, decidual arteriopathy), consistent with pre-eclampsia."),
      course="Admitted through ER, MgSO4 and antihypertensives started. In view of severe features and unfavourable cervix decision of emergency LSCS taken. MgSO4 continued for 24 hours post-partum. BP controlled on oral labetalol. Baby with mother, breastfeeding well.",
      fu="Gynae OPD after 1 week for stitch removal and BP check. Contraception counselling done.", ddx=["Gestational hypertension", "HELLP syndrome", "Eclampsia (impending)"], ecg="Normal sinus rhythm"),
 dict(key="nof", dx="Fracture neck of femur (left), displaced, Garden III", dept="Orthopaedics", sex="FM", age=(60, 88), ward="Orthopaedic Ward",
      cc=[("Fall in bathroom", "1 day"), ("Pain left hip and inability to bear weight", "1 day")],
      hpi="Slipped in bathroom and fell on left side. Unable to stand afterwards. No head injury, no loss of consciousness. Brought by family in ER.",
      pmh="Hypertensive, osteoporosis. Uses walking stick. Known case of knee osteoarthritis.", exam="Left lower limb shortened and externally rotated. Tenderness over left groin and greater trochanter. Distal pulses palpable, sensation intact. Active SLR not possible.",
      vit=["htn_mild"], labs={"Hb": (9.8, 11.2), "Vitamin D": (8, 16)}, panels=["CBC", "RFT", "COAG", "VIRAL", "SUGAR"],
      img=("X-Ray", "Pelvis AP with left hip lateral", "Displaced subcapital fracture of the left femoral neck with superior migration of the femoral shaft. Trabecular pattern disrupted. Osteopenic bones. Right hip unremarkable. Sacroiliac joints normal.", "Displaced subcapital fracture left neck of femur (Garden III). Osteopenia."),
      meds_in=["Skin traction left lower limb 3 kg", "Inj. Tramadol 50 mg IV 8 hourly", "Inj. Enoxaparin 40 mg SC OD", "Inj. Cefazolin 1 g IV pre-op stat", "Tab. Amlodipine 5 mg OD"],
      meds_dc=[("Tab. Celecoxib", "200 mg", "OD", 7), ("Inj. Enoxaparin", "40 mg SC", "OD", 21), ("Tab. Calcium + Vit D3", "1 tab", "BD", 90), ("Cap. Vitamin D3 (Cholecalciferol)", "200,000 IU", "SOS", 0), ("Tab. Amlodipine", "5 mg", "OD", 0)],
      proc=dict(name="Left cemented bipolar hemiarthroplasty", anes="SA", dur=95, findings="Displaced subcapital fracture neck of femur, osteoporotic bone. Femoral head diameter 45 mm. Acetabular cartilage healthy.",
                steps=["Under SA, patient in right lateral position. Painted and draped.", "Posterior (Moore) approach. Short external rotators tagged and released.", "Capsulotomy, femoral head extracted and sized (45 mm).", "Neck osteotomy refashioned 1.5 cm above lesser trochanter; canal prepared with rasps.", "Cement restrictor, cement inserted, femoral stem placed in 15 degrees anteversion.", "Bipolar head 45 mm applied, hip reduced. Stable in all positions. Leg length equal.", "Short rotators repaired, wound closed in layers over suction drain. Skin with staples."],
                spec="Femoral head", gross="Femoral head 4.5 cm in diameter with attached neck fragment. Cut surface shows fracture line with haemorrhage.", micro="Osteoporotic trabecular bone with fracture callus and haemorrhage. No neoplasm.", pdx="Femoral head with fracture changes; no malignancy identified."),
      course="Underwent hemiarthroplasty on day 2 of admission. Drain removed after 48 hours. Mobilised with walker on POD-2 under physiotherapist supervision. Wound healthy.",
      fu="Ortho OPD after 2 weeks for staple removal. Hip precautions explained.", ddx=["Intertrochanteric fracture", "Pubic rami fracture"], ecg="Normal sinus rhythm, first degree AV block"),
 dict(key="bph", dx="Benign prostatic hyperplasia with acute urinary retention", dept="Urology", sex="M", age=(58, 82), ward="Urology Ward",
      cc=[("Inability to pass urine", "12 hours"), ("Poor stream and nocturia", "1 year")],
      hpi="Progressive lower urinary tract symptoms for 1 year: frequency, nocturia 4-5 times, hesitancy, poor stream, terminal dribbling. Acute retention since last night; catheterised in ER with drainage of 900 ml.",
      pmh="Diabetic on oral medication. Had TB in young age, treated.", exam="Suprapubic fullness (before catheterisation). DRE: prostate grade II enlarged, smooth, firm, median sulcus obliterated, non-tender.",
      vit=[], labs={"PSA": (2.2, 3.6), "Creatinine": (1.2, 1.5)}, panels=["CBC", "RFT", "URINE", "SUGAR", "VIRAL"],
      img=("Ultrasound", "KUB with prostate", "Both kidneys normal in size with mild right hydronephrosis. Urinary bladder wall trabeculated, thickness 6 mm. Prostate enlarged measuring 5.1 x 4.6 x 4.9 cm, volume 62 cc with median lobe protrusion. Post-void residual 240 ml.", "Benign prostatic enlargement (62 cc) with trabeculated bladder and significant PVR."),
      meds_in=["Foley catheter 16 Fr on free drainage", "Tab. Tamsulosin 0.4 mg HS", "Inj. Ceftriaxone 1 g IV OD", "Tab. Gliclazide 80 mg BD"],
      meds_dc=[("Tab. Ciprofloxacin", "500 mg", "BD", 5), ("Tab. Tamsulosin", "0.4 mg", "HS", 30), ("Tab. Paracetamol", "500 mg x 2", "TDS", 5), ("Tab. Gliclazide", "80 mg", "BD", 0)],
      proc=dict(name="Transurethral resection of prostate (TURP)", anes="SA", dur=60, findings="Trilobar enlargement with large median lobe. Bladder trabeculated with small diverticula. Ureteric orifices normal. Urethra normal calibre.",
                steps=["Under SA in lithotomy, painted and draped.", "26 Fr continuous-flow resectoscope passed after urethral dilatation.", "Cystourethroscopy performed.", "Resection of median lobe followed by lateral lobes up to verumontanum.", "Haemostasis with cautery; chips evacuated with Ellik evacuator.", "3-way Foley 22 Fr placed, continuous bladder irrigation started."],
                spec="Prostatic chips", gross="Multiple grey-white tissue chips aggregate weight 28 g.", micro="Nodular hyperplasia of glands and fibromuscular stroma with corpora amylacea and patchy chronic prostatitis. No atypia or malignancy seen in sampled chips.", pdx="Benign prostatic hyperplasia with chronic prostatitis."),
      course="TURP done on 2nd day. CBI continued for 24 hours, urine cleared. Catheter removed on POD-3; voiding well with good stream.",
      fu="Urology OPD after 2 weeks with histopathology. Avoid straining, heavy lifting for 4 weeks.", ddx=["Carcinoma prostate", "Urethral stricture", "Neurogenic bladder"], ecg="Normal sinus rhythm"),
 dict(key="renalstone", dx="Right ureteric calculus (9 mm, lower ureter) with moderate hydronephrosis", dept="Urology", sex="MMF", age=(22, 55), ward="Urology Ward",
      cc=[("Severe right flank pain radiating to groin", "2 days"), ("Nausea and vomiting", "1 day")],
      hpi="Colicky pain in right loin radiating to right groin and testis/labia, associated with nausea, vomiting and burning micturition. Similar episode 1 year ago passed small stone. Lives in hot climate, low water intake.",
      pmh="Previous episode of renal colic. No comorbids.", exam="Right renal angle tenderness. Abdomen soft, no guarding.",
      vit=["tachy"], labs={"Creatinine": (1.1, 1.5), "Urine RBCs": "Plenty"}, panels=["CBC", "RFT", "URINE"],
      img=("CT", "KUB (non-contrast)", "A 9 x 6 mm calculus (HU 1100) in right distal ureter approximately 2 cm above the VUJ with proximal moderate hydroureteronephrosis and perinephric fat stranding. Left kidney shows two non-obstructing lower pole calculi 3-4 mm. Bladder unremarkable.", "Right distal ureteric calculus causing moderate obstruction. Small left renal calculi."),
      meds_in=["Inj. Diclofenac sodium 75 mg IM stat", "Inj. Nalbuphine 10 mg IV SOS", "Inj. Ceftriaxone 1 g IV OD", "IVF Ringer Lactate 1 L 8 hourly", "Tab. Tamsulosin 0.4 mg HS"],
      meds_dc=[("Tab. Diclofenac", "50 mg", "BD", 5), ("Tab. Ciprofloxacin", "500 mg", "BD", 5), ("Tab. Tamsulosin", "0.4 mg", "HS", 14), ("Syp. Potassium citrate (Cital)", "10 ml in water", "TDS", 30)],
      proc=dict(name="Right ureterorenoscopy (URS) with pneumatic lithotripsy and DJ stenting", anes="SA", dur=45, findings="Impacted 9 mm calculus right lower ureter with mucosal oedema. Stone fragmented completely. Upper tract clear on fluoroscopy.",
                steps=["Under SA in lithotomy, cystoscopy done.", "Guide wire passed into right ureter under fluoroscopic guidance.", "Semi-rigid ureteroscope 8/9.8 Fr introduced; stone visualised.", "Stone fragmented with pneumatic lithoclast; fragments retrieved with basket.", "DJ stent 6 Fr 26 cm placed over the wire; position confirmed on C-arm.", "Foley catheter 16 Fr placed."],
                spec="Stone fragments", gross="Multiple brownish hard calculus fragments, aggregate 0.8 x 0.5 cm.", micro="Chemical analysis: calcium oxalate monohydrate 80%, uric acid 20%.", pdx="Calcium oxalate / uric acid mixed calculus."),
      course="URS and DJ stenting done. Catheter removed next morning. Pain free. KUB X-ray confirms stent in position.",
      fu="DJ stent removal after 4 weeks (must not be forgotten). Increase water intake to 3 litres/day.", ddx=["Acute appendicitis", "Pyelonephritis", "Ectopic pregnancy (females)"], ecg="Normal sinus rhythm"),
 dict(key="age", dx="Acute gastroenteritis with moderate dehydration", dept="Paediatrics", sex="MF", age=(1, 6), ward="Paeds Ward",
      cc=[("Loose motions", "2 days"), ("Vomiting", "1 day"), ("Decreased urine output", "since morning")],
      hpi="Watery, non-bloody stools 8-10 episodes per day, large volume, with repeated vomiting, unable to keep ORS down. Irritable and thirsty. Mother gave home remedies and syrup from local pharmacy.",
      pmh="Immunisation up to date as per EPI. Birth history unremarkable. Weight for age on 25th centile.", exam="Irritable, sunken eyes, dry mucosa, skin pinch goes back slowly, capillary refill 3 sec. Abdomen soft, bowel sounds increased.",
      vit=["tachy", "fever_low"], labs={"Na": (129, 133), "K": (3.0, 3.3), "HCO3": (14, 18), "Urea": (40, 55)}, panels=["CBC", "RFT", "STOOL"],
      img=None, meds_in=["IVF Ringer Lactate 20 ml/kg bolus, then as per WHO Plan B/C", "Syp. Zinc sulphate 20 mg OD x 14 days", "Inj. Ondansetron 0.15 mg/kg IV SOS", "ORS (low osmolarity) after each stool", "Continue breastfeeding"],
      meds_dc=[("Syp. Zinc (Zincat)", "5 ml", "OD", 14), ("ORS sachet", "after each loose stool", "SOS", 5), ("Sachet Probiotic (Lactobacillus)", "1 sachet", "BD", 5)],
      proc=None, course="Rehydrated with IV fluids over 6 hours, then ORS. Electrolytes corrected. Tolerating orally, passing urine well, stool frequency decreased.",
      fu="Paeds OPD after 3 days. Return if blood in stool, persistent vomiting, lethargy or decreased urine.", ddx=["Cholera", "Bacillary dysentery", "Urinary tract infection"], ecg="Sinus tachycardia (age appropriate)"),
 dict(key="hernia", dx="Right indirect inguinal hernia, reducible", dept="General Surgery", sex="M", age=(25, 70), ward="Surgical Unit-I",
      cc=[("Swelling in right groin", "1 year"), ("Dragging pain on lifting weight", "3 months")],
      hpi="Swelling in right groin which appears on standing and coughing and disappears on lying down. Gradually increased in size, now reaching upper scrotum. No history of irreducibility or vomiting. Works as labourer.",
      pmh="Smoker 10 cigarettes/day. Chronic cough.", exam="Right inguinoscrotal swelling 6 x 4 cm, cough impulse +ve, reducible, deep ring occlusion test controls the swelling. Testes normal bilaterally. Left side normal.",
      vit=[], labs={}, panels=["CBC", "RFT", "VIRAL", "SUGAR", "COAG"],
      img=("Ultrasound", "Inguinoscrotal region", "Right inguinal canal shows a defect lateral to inferior epigastric vessels with herniation of omentum and bowel loops on Valsalva, extending into upper scrotum. Peristalsis seen. Both testes normal in size and echotexture.", "Right indirect inguinal hernia containing bowel and omentum."),
      meds_in=["Inj. Cefazolin 1 g IV at induction", "Inj. Ketorolac 30 mg IV 8 hourly", "Inj. Omeprazole 40 mg IV OD"],
      meds_dc=[("Tab. Cefuroxime", "500 mg", "BD", 5), ("Tab. Diclofenac potassium", "50 mg", "BD", 5), ("Cap. Omeprazole", "20 mg", "OD", 5)],
      proc=dict(name="Right inguinal hernioplasty (Lichtenstein tension-free mesh repair)", anes="SA", dur=55, findings="Indirect sac, moderate size, containing omentum. Posterior wall weak. Cord structures normal.",
                steps=["Under SA, supine. Painted and draped.", "Oblique incision 2 cm above and parallel to inguinal ligament.", "External oblique aponeurosis opened; ilioinguinal nerve identified and preserved.", "Cord mobilised; indirect sac dissected up to deep ring, contents reduced, sac transfixed and excised.", "Polypropylene mesh 15 x 7.5 cm fixed with Prolene 2/0 to pubic tubercle, inguinal ligament and conjoint tendon; tails crossed around cord.", "External oblique closed over cord with Vicryl 2/0. Skin with subcuticular Prolene."],
                spec="Hernial sac", gross="Membranous tissue 3 x 2 cm.", micro="Fibrocollagenous tissue lined by mesothelium with congested vessels. No malignancy.", pdx="Hernial sac, no significant pathology."),
      course="Underwent Lichtenstein repair under SA. Ambulated same evening. Discharged on POD-1.",
      fu="Stitch removal after 10 days. Avoid heavy lifting for 6 weeks. Quit smoking.", ddx=["Direct inguinal hernia", "Hydrocele", "Femoral hernia"], ecg="Normal sinus rhythm"),
 dict(key="breastca", dx="Carcinoma left breast (invasive ductal carcinoma), stage IIB", dept="General Surgery", sex="F", age=(35, 65), ward="Surgical Unit-III (Breast)",
      cc=[("Lump in left breast", "4 months")],
      hpi="Painless lump in left breast noticed while bathing, gradually increasing in size. No nipple discharge or skin changes. No bone pains, cough or jaundice. Mother's sister had breast cancer.",
      pmh="P4+0, all SVDs, breastfed all children. Menarche at 13. Not on hormonal contraception.", exam="Left breast upper outer quadrant: hard, irregular, non-tender lump 3.5 x 3 cm, mobile over chest wall, skin free. 2 mobile ipsilateral axillary lymph nodes. Right breast and axilla normal.",
      vit=[], labs={"ALP": (90, 130)}, panels=["CBC", "LFT", "RFT", "VIRAL"],
      img=("Mammography", "Bilateral mammogram with targeted ultrasound", "Left breast upper outer quadrant shows an irregular spiculated high density mass measuring 3.2 x 2.8 cm with associated pleomorphic microcalcifications. Ultrasound: irregular hypoechoic mass, taller than wide, with posterior shadowing. Two left axillary nodes with loss of fatty hilum, largest 1.5 cm. Right breast: scattered fibroglandular density, no suspicious lesion.", "Left breast mass, BI-RADS 5. Suspicious left axillary lymphadenopathy. Right breast BI-RADS 1."),
      meds_in=["Inj. Cefazolin 1 g IV at induction", "Inj. Nalbuphine 10 mg IV 6 hourly", "Inj. Paracetamol 1 g IV 8 hourly", "Inj. Enoxaparin 40 mg SC OD"],
      meds_dc=[("Tab. Cefuroxime", "500 mg", "BD", 7), ("Tab. Paracetamol", "1 g", "TDS", 5), ("Tab. Tramadol", "50 mg", "SOS", 5)],
      proc=dict(name="Left modified radical mastectomy (MRM)", anes="GA", dur=130, findings="Hard lump 3.5 cm upper outer quadrant left breast. Multiple enlarged axillary nodes level I & II. Pectoralis major not involved.",
                steps=["Under GA, supine with left arm abducted. Painted and draped.", "Elliptical (Stewart) incision encompassing nipple-areola complex and lump with 2 cm margin.", "Superior and inferior flaps raised.", "Breast dissected off pectoralis major along with fascia.", "Axillary dissection level I and II, preserving long thoracic and thoracodorsal nerves and axillary vein.", "Specimen oriented with sutures and sent for histopathology.", "Two suction drains placed (axilla and flap). Skin closed with staples."],
                spec="Left MRM specimen", gross="MRM specimen 22 x 16 x 5 cm with overlying skin ellipse and nipple. Tumour in upper outer quadrant 3.4 x 3.0 x 2.5 cm, grey-white, gritty, infiltrative. Closest (deep) margin 0.8 cm. 16 lymph nodes identified.", micro="Invasive ductal carcinoma, NOS, Nottingham grade 2 (tubules 3, pleomorphism 2, mitoses 1). Lymphovascular invasion present. DCIS component 10%. All margins free. 3 of 16 lymph nodes positive for metastatic carcinoma, largest deposit 1.2 cm, no extranodal extension.", pdx="Invasive ductal carcinoma, grade 2, pT2 pN1a. ER positive (Allred 8/8), PR positive (6/8), HER2 negative (1+)."),
      course="Core biopsy confirmed IDC. Metastatic workup negative. Underwent left MRM. Drains removed on POD-5 and POD-7. Case discussed in tumour board: adjuvant chemotherapy followed by radiotherapy and hormonal therapy.",
      fu="Oncology OPD for adjuvant chemotherapy (AC-T). Arm exercises as taught.", ddx=["Fibroadenoma", "Phyllodes tumour", "Fat necrosis"], ecg="Normal sinus rhythm"),
 dict(key="ckd", dx="End stage renal disease (diabetic nephropathy) with fluid overload; on maintenance haemodialysis", dept="Nephrology", sex="MF", age=(40, 75), ward="Nephrology Ward",
      cc=[("Shortness of breath", "3 days"), ("Swelling of body", "1 week"), ("Reduced urine output", "1 week")],
      hpi="CKD for 3 years, advised dialysis 2 months ago but family reluctant. Progressive anasarca and orthopnoea, now breathless at rest. Nausea and anorexia for 2 weeks.",
      pmh="DM for 18 years, HTN for 12 years. Diabetic retinopathy (laser done).", exam="Pale, puffy face, anasarca. JVP raised. Chest: bilateral basal crepitations. Pericardial rub absent. Asterixis present.",
      vit=["htn", "tachypnoea", "hypoxia"], labs={"Hb": (6.9, 8.4), "Urea": (210, 310), "Creatinine": (8.5, 12.4), "K": (5.8, 6.6), "HCO3": (12, 16), "Phosphate": (6.8, 8.5)}, panels=["CBC", "RFT", "VIRAL", "SUGAR"],
      img=("Ultrasound", "KUB", "Right kidney 8.4 cm, left kidney 8.1 cm. Both kidneys show raised cortical echogenicity with poor corticomedullary differentiation. No hydronephrosis or calculus. Bladder partially filled. Bilateral pleural effusion and mild ascites.", "Bilateral small echogenic kidneys consistent with chronic renal parenchymal disease."),
      meds_in=["Urgent haemodialysis via right IJV temporary catheter", "Inj. Furosemide 120 mg IV BD", "Inj. Calcium gluconate 10 ml IV stat", "Insulin-dextrose for hyperkalaemia", "Inj. Erythropoietin 4000 IU SC twice weekly", "Fluid restriction 1 L/day, low salt low potassium diet"],
      meds_dc=[("Tab. Amlodipine", "10 mg", "BD", 0), ("Tab. Calcium acetate", "667 mg", "TDS", 0), ("Inj. Erythropoietin", "4000 IU SC", "twice weekly", 0), ("Tab. Sodium bicarbonate", "500 mg", "TDS", 0), ("Inj. Insulin Glargine", "14 units", "HS", 0), ("Tab. Furosemide", "80 mg", "BD", 0)],
      proc=dict(name="Right internal jugular temporary haemodialysis catheter insertion (ultrasound guided)", anes="LA", dur=25, kind="proc", findings="Right IJV patent and compressible on ultrasound. Catheter 12 Fr 15 cm dual lumen placed; both lumens aspirating and flushing freely.",
                steps=["Informed consent from patient and attendant.", "Patient supine, Trendelenburg, head turned to left. Full sterile precautions.", "2% lignocaine local infiltration.", "Right IJV punctured under real-time ultrasound guidance at first attempt; Seldinger technique.", "Tract dilated and 12 Fr dual lumen catheter inserted to 15 cm and sutured.", "Heparin lock 5000 IU/ml as per lumen volume. Post procedure chest X-ray: tip at SVC-RA junction, no pneumothorax."], spec=None),
      course="Three sessions of haemodialysis with ultrafiltration. Breathlessness improved, oedema decreased. Counselled regarding permanent vascular access; AV fistula referral given. Registered in dialysis unit for twice weekly HD.",
      fu="Maintenance HD twice weekly (Mon/Thu). Vascular surgery OPD for AVF.", ddx=["Acute on chronic kidney injury", "Heart failure"], ecg="Sinus rhythm, tall tented T waves, LVH"),
 dict(key="htnfu", dx="Essential hypertension with dyslipidaemia (OPD follow-up)", dept="Family Medicine", sex="MF", age=(38, 72), ward="OPD", opd=True,
      cc=[("Occasional headache", "2 weeks"), ("Routine BP check", "")],
      hpi="Known hypertensive on Tab. Losartan 50 mg. Home BP readings 140-155/90-95. Occasional occipital headache in the morning. No chest pain, palpitations or visual complaints. Salt intake high. Little exercise.",
      pmh="HTN for 4 years. Father had MI at 55.", exam="BMI 29.4 kg/m2. CVS: S1+S2 normal, no murmur. Chest clear. Fundoscopy grade I changes. No pedal oedema.",
      vit=["htn_mild"], labs={"LDL": (150, 180), "Cholesterol": (230, 270), "TG": (190, 260)}, panels=["LIPID", "RFT", "SUGAR", "URINE"],
      img=None, meds_in=[], meds_dc=[("Tab. Losartan", "50 mg", "OD", 30), ("Tab. Amlodipine", "5 mg", "OD", 30), ("Tab. Rosuvastatin", "10 mg", "HS", 30)],
      proc=None, course="", fu="Review after 4 weeks with home BP chart and fasting lipid profile.", ddx=["Secondary hypertension"], ecg="Normal sinus rhythm, LVH by voltage criteria"),
 dict(key="t2dmfu", dx="Type 2 diabetes mellitus, uncontrolled, with peripheral neuropathy", dept="Endocrinology", sex="MF", age=(35, 70), ward="OPD", opd=True,
      cc=[("Burning feet", "3 months"), ("Increased thirst and urination", "1 month")],
      hpi="Diabetic for 9 years on Tab. Metformin 1 g BD and Tab. Glimepiride 2 mg. Fasting readings 180-220 mg/dl. Burning and tingling in both feet worse at night. Fasted during Ramzan without dose adjustment.",
      pmh="DM 9 years. No HTN. Cataract right eye.", exam="BMI 31. Feet: decreased monofilament sensation bilaterally up to ankles, vibration sense reduced. Dorsalis pedis palpable. No ulcer. Callus on left forefoot.",
      vit=[], labs={"HbA1c": (9.1, 11.2), "FBS": (170, 230), "Microalbumin": (45, 120)}, panels=["SUGAR", "RFT", "LIPID", "URINE"],
      img=None, meds_in=[], meds_dc=[("Tab. Metformin XR", "1000 mg", "BD", 30), ("Tab. Glimepiride", "2 mg", "OD", 30), ("Tab. Empagliflozin", "10 mg", "OD", 30), ("Cap. Pregabalin", "75 mg", "HS", 30), ("Tab. Methylcobalamin", "500 mcg", "TDS", 30)],
      proc=None, course="", fu="Follow up after 6 weeks with FBS/RBS chart and HbA1c in 3 months. Eye examination and foot care.", ddx=[], ecg="Normal sinus rhythm"),
 dict(key="tb", dx="Pulmonary tuberculosis (sputum smear / GeneXpert positive, rifampicin sensitive)", dept="Pulmonology", sex="MF", age=(18, 65), ward="Chest Ward (Isolation)",
      cc=[("Cough", "2 months"), ("Evening fever and night sweats", "1 month"), ("Weight loss", "2 months"), ("Blood in sputum", "1 week")],
      hpi="Cough initially dry, now productive with yellowish sputum and streaks of blood for one week. Evening rise of temperature with night sweats. Lost about 7 kg weight. Appetite decreased. Cousin in same house treated for TB last year.",
      pmh="No previous ATT. Not diabetic.", exam="Thin built, pale. Chest: bronchial breath sounds and coarse crepitations in right upper zone (infraclavicular area). No clubbing.",
      vit=["fever_low"], labs={"ESR": (70, 110), "Hb": (9.5, 10.8), "GeneXpert": "MTB detected, Rif resistance not detected"}, panels=["CBC", "LFT", "RFT", "AFB"],
      img=("X-Ray", "Chest PA view", "Patchy consolidation with a thick-walled cavity measuring 3.2 cm in the right upper zone with fibrotic strands and volume loss. Few nodular opacities in the left mid zone. No pleural effusion. Hila are prominent.", "Findings suggestive of active pulmonary tuberculosis with cavitation."),
      meds_in=["Tab. Myrin-P Forte (RHZE FDC) 4 tablets OD empty stomach", "Tab. Pyridoxine 25 mg OD", "Syp. Cough suppressant SOS", "Airborne isolation; mask for patient"],
      meds_dc=[("Tab. RHZE FDC (150/75/400/275)", "4 tablets", "OD", 60), ("Tab. Pyridoxine", "25 mg", "OD", 60), ("Tab. Multivitamin", "1 tab", "OD", 30)],
      proc=None, course="Registered with DOTS centre (TB No. allotted). Tolerated ATT without hepatotoxicity. Haemoptysis subsided. Family contact screening advised.",
      fu="DOTS follow up monthly. Sputum smear at end of 2nd month. LFTs after 2 weeks.", ddx=["Lung abscess", "Bronchogenic carcinoma", "Aspergilloma"], ecg="Normal sinus rhythm"),
]
CASE_BY = {c["key"]: c for c in CASES}
SURG = [c for c in CASES if c.get("proc") and c["proc"].get("kind") != "proc"]
INPT = [c for c in CASES if not c.get("opd")]

# ----------------------------------------------------------------------------- labs
# name: (unit, lo, hi, decimals)
LAB = {
 "Hb": ("g/dl", 12.0, 16.5, 1), "TLC": ("x10^9/L", 4.0, 11.0, 1), "Neutrophils": ("%", 40, 75, 0), "Lymphocytes": ("%", 20, 45, 0),
 "Monocytes": ("%", 2, 10, 0), "Eosinophils": ("%", 1, 6, 0), "Platelets": ("x10^9/L", 150, 400, 0), "HCT": ("%", 36, 48, 1),
 "MCV": ("fL", 80, 96, 1), "MCH": ("pg", 27, 33, 1), "RBC": ("x10^12/L", 4.2, 5.6, 2),
 "Urea": ("mg/dl", 15, 45, 0), "Creatinine": ("mg/dl", 0.6, 1.2, 2), "Na": ("mmol/L", 135, 145, 0), "K": ("mmol/L", 3.5, 5.1, 1),
 "Cl": ("mmol/L", 98, 107, 0), "HCO3": ("mmol/L", 22, 29, 0),
 "Bilirubin Total": ("mg/dl", 0.2, 1.1, 2), "ALT": ("U/L", 5, 40, 0), "AST": ("U/L", 5, 40, 0), "ALP": ("U/L", 40, 129, 0),
 "GGT": ("U/L", 8, 61, 0), "Albumin": ("g/dl", 3.5, 5.2, 1),
 "RBS": ("mg/dl", 80, 140, 0), "FBS": ("mg/dl", 70, 100, 0), "HbA1c": ("%", 4.0, 5.6, 1),
 "Troponin I": ("ng/ml", 0.0, 0.04, 2), "CK-MB": ("U/L", 0, 25, 0),
 "PT": ("sec", 11, 14, 1), "APTT": ("sec", 26, 36, 1), "INR": ("", 0.9, 1.2, 2),
 "Cholesterol": ("mg/dl", 120, 200, 0), "TG": ("mg/dl", 50, 150, 0), "HDL": ("mg/dl", 40, 60, 0), "LDL": ("mg/dl", 50, 100, 0),
 "CRP": ("mg/L", 0, 6, 1), "ESR": ("mm/1st hr", 0, 20, 0), "Uric acid": ("mg/dl", 3.4, 7.0, 1), "PSA": ("ng/ml", 0, 4.0, 2),
 "Vitamin D": ("ng/ml", 30, 100, 1), "Phosphate": ("mg/dl", 2.5, 4.5, 1), "Microalbumin": ("mg/g", 0, 30, 0),
 "pH": ("", 7.35, 7.45, 2), "pCO2": ("mmHg", 35, 45, 0), "pO2": ("mmHg", 80, 100, 0),
}
PANELS = {
 "CBC": ("COMPLETE BLOOD COUNT", ["Hb", "RBC", "HCT", "MCV", "MCH", "TLC", "Neutrophils", "Lymphocytes", "Monocytes", "Eosinophils", "Platelets"]),
 "RFT": ("RENAL FUNCTION TESTS / SERUM ELECTROLYTES", ["Urea", "Creatinine", "Na", "K", "Cl", "HCO3"]),
 "LFT": ("LIVER FUNCTION TESTS", ["Bilirubin Total", "ALT", "AST", "ALP", "GGT", "Albumin"]),
 "SUGAR": ("BLOOD SUGAR", ["RBS", "HbA1c"]), "CARDIAC": ("CARDIAC ENZYMES", ["Troponin I", "CK-MB"]),
 "COAG": ("COAGULATION PROFILE", ["PT", "APTT", "INR"]), "LIPID": ("LIPID PROFILE (FASTING)", ["Cholesterol", "TG", "HDL", "LDL"]),
 "CRP": ("INFLAMMATORY MARKERS", ["CRP", "ESR"]), "ABG": ("ARTERIAL BLOOD GASES", ["pH", "pCO2", "pO2", "HCO3"]),
}
QUAL = {
 "VIRAL": ("VIRAL MARKERS (SCREENING)", [("HBsAg (ICT/ELISA)", "Non-Reactive"), ("Anti-HCV (ICT/ELISA)", "Non-Reactive"), ("HIV I & II", "Non-Reactive")]),
 "DENGUE": ("DENGUE SEROLOGY", [("Dengue NS1 Antigen", "POSITIVE"), ("Dengue IgM", "Negative"), ("Dengue IgG", "Negative")]),
 "TYPHOID": ("TYPHOID SEROLOGY", [("Typhidot IgM", "POSITIVE"), ("Typhidot IgG", "Negative")]),
 "URINE": ("URINE DETAILED REPORT", [("Colour", "Yellow"), ("Appearance", "Clear"), ("Specific gravity", "1.015"), ("pH", "6.0"), ("Protein", "Nil"), ("Glucose", "Nil"), ("Ketones", "Nil"), ("Pus cells", "2-3 /HPF"), ("RBCs", "Nil"), ("Epithelial cells", "Few"), ("Casts", "Nil"), ("Crystals", "Nil")]),
 "STOOL": ("STOOL DETAILED REPORT", [("Consistency", "Watery"), ("Mucus", "Nil"), ("Blood", "Nil"), ("Pus cells", "4-6 /HPF"), ("RBCs", "Nil"), ("Ova / Cysts", "Not seen")]),
 "AFB": ("SPUTUM FOR AFB / GeneXpert", [("Ziehl-Neelsen stain (sample 1)", "AFB seen (2+)"), ("Ziehl-Neelsen stain (sample 2)", "AFB seen (1+)"), ("GeneXpert MTB/RIF", "MTB detected (medium). Rifampicin resistance NOT detected")]),
 "CULTURE": ("BLOOD CULTURE & SENSITIVITY", [("Specimen", "Blood (aerobic bottle)"), ("Incubation", "5 days, automated system")]),
}

# ----------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, r, label, cases=None):
        self.r = r
        self.label = label
        self.h_ = r.choice(HOSPITALS)
        self.case = r.choice(cases or CASES)
        c = self.case
        sx = r.choice(c["sex"])
        self.sex = sx
        self.age = r.randint(*c["age"])
        self.first = r.choice(MALE if sx == "M" else FEMALE)
        self.last = r.choice(SURN)
        self.name = self.first + " " + self.last if r.random() < 0.7 else self.first
        if self.age < 14:
            self.rel = ("S/O" if sx == "M" else "D/O")
        else:
            self.rel = "S/O" if sx == "M" else r.choice(["W/O", "W/O", "D/O"])
        self.guard = r.choice(MALE) + " " + r.choice(SURN)
        yr = r.randint(2008, 2024)
        self.date = datetime.date(yr, 1, 1) + datetime.timedelta(days=r.randint(0, 364))
        if self.case["key"] == "dengue":
            self.date = datetime.date(yr, r.choice([8, 9, 10, 11]), r.randint(1, 28))
        if c["key"] == "tb" and yr < 2012:
            self.date = self.date.replace(year=2012 + r.randint(0, 12))
        self.los = r.randint(2, 9)
        self.dc = self.date + datetime.timedelta(days=self.los)
        self.mr = self.mkid(self.h_["mr"])
        self.adm_no = r.choice(["IP-", "ADM-", "A", "IPD/"]) + str(r.randint(10000, 999999))
        self.cnic = self.mkcnic()
        self.phone = self.mobile()
        self.addr = self.mkaddr()
        self.dept = c["dept"]
        self.cons = self.doctor(self.dept, "cons")
        self.reg = self.doctor(self.dept, "reg")
        self.ho = self.doctor(self.dept, "ho")
        self.df = r.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "%d %B %Y", "%d/%m/%y", "%d-%b-%y", "ord"])
        self.hs = r.choice(["UC", "UC", "TC", "UL", "NUM", "DASH", "PLAIN", "STAR"])
        self.vit = self.mkvitals()
        self.wt = r.randint(9, 22) if self.age < 7 else r.randint(48, 95)
        self.labv = {}

    # ---- identities
    def mkid(self, pat):
        r = self.r
        out = pat
        for k, n in (("{n7}", 7), ("{n6}", 6), ("{n5}", 5), ("{n2}", 2), ("{n2}", 2), ("{n2}", 2)):
            while k in out:
                out = out.replace(k, "".join(str(r.randint(0, 9)) for _ in range(n)), 1)
        out = out.replace("{y2}", self.date.strftime("%y")).replace("{y}", str(self.date.year))
        return out

    def mkcnic(self):
        r = self.r
        p = self.h_["cnic"].replace("{d3}", "%03d" % r.randint(101, 299))
        last = r.choice("13579") if self.sex == "M" else r.choice("02468")
        return "%s-%07d-%s" % (p, r.randint(1000000, 9999999), last)

    def mobile(self):
        return "03%02d-%07d" % (self.r.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 21, 22, 33, 34, 35, 36, 41, 42, 45, 46]), self.r.randint(1000000, 9999999))

    def mkaddr(self):
        r = self.r
        city = self.h_["city"]
        if r.random() < 0.15:
            return "Village %s, Tehsil %s, District %s" % (r.choice(["Chak 42/GB", "Basti Noorpur", "Goth Allah Rakhio", "Mohallah Qadirabad", "Dhok Sayedan Kalan", "Chak 118/JB"]), r.choice(["Sadiqpur", "Nawabganj", "Kotli Saeedan", "Pindi Ghaib Khurd"]), r.choice(["Sheikhupura", "Thatta", "Attock", "Hafizabad", "Badin", "Okara"]))
        blocks = {"Karachi": ["House R-%d, Block %d, Gulzar Colony", "Flat %d, Noor Heights, Block %d, Rizvia Society Ext.", "House %d, Street %d, Sector 5-C, New Karachi", "A-%d, Block %d, Saima Garden"],
                  "Lahore": ["House %d, Street %d, Mohallah Rehmatpura", "%d-A, Block %d, Chinar Town", "House %d, Gali %d, Bilal Park", "%d-C, Phase %d, Mustafa Housing Scheme"],
                  "Islamabad": ["House %d, Street %d, Sector I-15/4", "Flat %d, Block %d, Gulshan-e-Khudadad", "House %d, Lane %d, Dhoke Kala Khan", "House %d, Street %d, Sector G-14/2"]}
        return (r.choice(blocks[city]) % (r.randint(1, 999), r.randint(1, 20))) + ", " + city

    def doctor(self, dept, level):
        r = self.r
        fem = r.random() < 0.35
        nm = "Dr. " + r.choice(FEMALE if fem else MALE) + " " + r.choice(SURN)
        if level == "cons":
            deg = r.choice(DEGREES.get(dept, ["MBBS, FCPS"]))
            t = r.choice(["Consultant", "Associate Professor", "Professor", "Assistant Professor", "Consultant & Head of Department"])
            return dict(dept=dept, name=nm, deg=deg, title=t, pmdc="%d%s" % (r.randint(1000, 79999), r.choice(["-P", "-S", "-N", "-D", ""])))
        if level == "reg":
            return dict(dept=dept, name=nm, deg="MBBS", title=r.choice(["Registrar", "Senior Registrar", "PGR (Year 3)", "PGR-IV", "Resident", "Medical Officer"]), pmdc="%d-P" % r.randint(30000, 110000))
        return dict(dept=dept, name=nm, deg="MBBS", title=r.choice(["House Officer", "HO", "Trainee Medical Officer", "House Surgeon", "Intern"]), pmdc="%d-P" % r.randint(60000, 140000))

    def mkvitals(self):
        r = self.r
        fl = self.case.get("vit", [])
        t = round(r.uniform(97.6, 98.8), 1); p = r.randint(72, 92); s = r.randint(112, 132); d = r.randint(70, 84)
        rr = r.randint(14, 20); sp = r.randint(96, 99)
        if "fever" in fl: t = round(r.uniform(100.6, 103.2), 1)
        if "fever_low" in fl: t = round(r.uniform(99.4, 100.4), 1)
        if "tachy" in fl: p = r.randint(104, 128)
        if "htn" in fl: s, d = r.randint(158, 190), r.randint(95, 110)
        if "htn_mild" in fl: s, d = r.randint(138, 156), r.randint(88, 96)
        if "htn_severe" in fl: s, d = r.randint(166, 182), r.randint(110, 118)
        if "hypo" in fl: s, d = r.randint(86, 100), r.randint(52, 64)
        if "tachypnoea" in fl: rr = r.randint(24, 32)
        if "hypoxia" in fl: sp = r.randint(86, 92)
        if self.age < 7:
            p += 25; rr += 10; s, d = r.randint(88, 104), r.randint(52, 66)
        return dict(t=t, p=p, bp="%d/%d" % (s, d), rr=rr, spo2=sp)

    # ---- formatting helpers
    def he(self, s):
        m = self.sex == "M"
        return (s.replace("{he}", "he" if m else "she").replace("{He}", "He" if m else "She")
                 .replace("{his}", "his" if m else "her").replace("{His}", "His" if m else "Her").replace("{him}", "him" if m else "her"))

    def d(self, dt=None, style=None):
        dt = dt or self.date
        st = style or self.df
        if st == "ord":
            n = dt.day
            suf = "th" if 11 <= n <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
            return "%d%s %s, %d" % (n, suf, dt.strftime("%B"), dt.year)
        return dt.strftime(st)

    def tm(self):
        r = self.r
        h, m = r.randint(0, 23), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        st = r.choice(["24", "hrs", "ampm"])
        if st == "24": return "%02d:%02d" % (h, m)
        if st == "hrs": return "%02d%02d hrs" % (h, m)
        return "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")

    def agesex(self, style=None):
        st = style or self.r.choice(["a", "b", "c", "d", "e"])
        s = self.sex
        if self.age < 2 and st in "ab":
            return "%d months / %s" % (self.r.randint(8, 23), s)
        return {"a": "%dY/%s" % (self.age, s), "b": "%d yrs / %s" % (self.age, "Male" if s == "M" else "Female"),
                "c": "%d/%s" % (self.age, s), "d": "%d years, %s" % (self.age, "male" if s == "M" else "female"),
                "e": "%d Y %s" % (self.age, s)}[st]

    def pick(self, *a):
        return self.r.choice(a)

    def h(self, titles, style=None):
        t = titles if isinstance(titles, str) else self.r.choice(titles)
        st = style or self.hs
        if st == "UC": return t.upper() + ":"
        if st == "TC": return t + ":"
        if st == "UL": return t.upper() + "\n" + "-" * len(t)
        if st == "NUM":
            self.__dict__["_n"] = self.__dict__.get("_n", 0) + 1
            return "%d. %s:" % (self._n, t.upper())
        if st == "DASH": return t + " -"
        if st == "STAR": return "** " + t.upper() + " **"
        return t

    def drname(self, who, with_deg=True):
        if with_deg and who.get("deg") and self.r.random() < 0.6:
            return "%s (%s)" % (who["name"], who["deg"])
        return who["name"]

    # ---- clinical text helpers
    def lab(self, k):
        if k in self.labv:
            return self.labv[k]
        unit, lo, hi, dec = LAB[k]
        ov = self.case["labs"].get(k)
        r = self.r
        if isinstance(ov, tuple):
            v = r.uniform(*ov)
        else:
            span = hi - lo
            v = r.uniform(lo + span * 0.15, hi - span * 0.15)
            if k == "Hb" and self.sex == "F": v = r.uniform(11.6, 13.4)
            if k == "Hb" and self.age < 7: v = r.uniform(10.8, 12.4)
        v = round(v, dec) if dec else int(round(v))
        flag = "H" if v > hi else ("L" if v < lo else "")
        self.labv[k] = (v, unit, lo, hi, flag)
        return self.labv[k]

    def labline(self, k, style=0):
        v, unit, lo, hi, flag = self.lab(k)
        if style == 0: return "%s %s" % (k, v)
        if style == 1: return "%s: %s %s%s" % (k, v, unit, (" (" + flag + ")") if flag else "")
        return "%s %s%s" % (k, v, "^" if flag == "H" else ("v" if flag == "L" else ""))

    def key_labs(self, n=5, style=0):
        ks = list(self.case["labs"].keys())
        ks = [k for k in ks if k in LAB]
        for p in self.case["panels"]:
            if p in PANELS:
                ks += [k for k in PANELS[p][1][:4] if k not in ks]
        return [self.labline(k, style) for k in ks[:n]]

    def vitals(self, style=None):
        v = self.vit
        st = style if style is not None else self.r.randint(0, 4)
        if st == 0: return "BP %s mmHg, Pulse %d/min, Temp %.1f F, RR %d/min, SpO2 %d%% on RA" % (v["bp"], v["p"], v["t"], v["rr"], v["spo2"])
        if st == 1: return "BP: %s\nPulse: %d bpm\nTemp: %.1f F\nR/R: %d/min\nSpO2: %d%%" % (v["bp"], v["p"], v["t"], v["rr"], v["spo2"])
        if st == 2: return "B.P %s  P %d  T %.1f\u00b0F  RR %d  O2 sat %d%%" % (v["bp"], v["p"], v["t"], v["rr"], v["spo2"])
        if st == 3: return "HR-%d, BP-%s, T-%.1f, RR-%d, Sats-%d%%" % (v["p"], v["bp"], v["t"], v["rr"], v["spo2"])
        return "Vitals: BP=%s, PR=%d/min, Temp=%.1f F (%.1f C), RR=%d, SpO2=%d%%" % (v["bp"], v["p"], v["t"], (v["t"] - 32) * 5 / 9, v["rr"], v["spo2"])

    def cc_lines(self, style=None):
        st = style if style is not None else self.r.randint(0, 3)
        out = []
        for i, (c, dur) in enumerate(self.case["cc"]):
            if st == 0: out.append("- %s%s" % (c, (" x " + dur) if dur else ""))
            elif st == 1: out.append("%d. %s%s" % (i + 1, c, (" for " + dur) if dur else ""))
            elif st == 2: out.append("%s%s" % (c, (" - " + dur) if dur else ""))
            else: out.append("c/o %s%s" % (c.lower(), (" since " + dur) if dur else ""))
        return out

    def opener(self):
        c = self.case
        r = self.r
        who = "%d year old %s" % (self.age, "male" if self.sex == "M" else "female") if self.age >= 2 else "%d month old %s" % (r.randint(8, 23), "boy" if self.sex == "M" else "girl")
        if self.age < 14 and self.age >= 2:
            who = "%d year old %s" % (self.age, "boy" if self.sex == "M" else "girl")
        pm = c["pmh"].rstrip(".")
        kco = ""
        if pm.lower().startswith("k/c/o") or "for" in pm.lower():
            kco = ", " + r.choice(["k/c/o", "known case of", "a known case of"]) + " " + pm.split(".")[0].replace("K/C/O ", "").replace("k/c/o ", "")
        pres = r.choice(["presented in ER with", "presented to OPD with", "came with", "was admitted with", "presented with"])
        if c.get("opd"): pres = r.choice(["came for follow up with", "presented in OPD with", "visited clinic with"])
        ccs = ", ".join("%s%s" % (a.lower(), (" for " + b) if b else "") for a, b in c["cc"])
        return "%s, %s%s, %s complaints of %s." % (self.name if r.random() < 0.4 else ("Mr. " + self.name if self.sex == "M" and self.age >= 18 else ("Mrs. " + self.name if self.sex == "F" and self.age >= 18 and self.rel == "W/O" else "Pt")), who, kco, pres, ccs)

    def med(self, m, style=None):
        name, dose, fq, days = m
        st = style if style is not None else self.r.randint(0, 3)
        urdu = {"OD": ["1+0+0", "1-0-0", "once daily", "OD", "subah"], "BD": ["1+0+1", "1-0-1", "twice daily", "BD", "subah shaam"],
                "TDS": ["1+1+1", "1-1-1", "three times a day", "TDS", "8 hourly"], "HS": ["0+0+1", "0-0-1", "at bedtime", "HS", "raat ko"],
                "SOS": ["SOS", "when required", "PRN", "SOS", "if needed"]}
        f = urdu.get(fq, [fq] * 5)
        fs = f[st] if st < len(f) else f[0]
        dd = (" x %d days" % days) if days else self.r.choice(["", " (continue)", " - to continue", " x 1 month"])
        if st == 3:
            return "%s %s %s%s" % (name, dose, fs, dd.replace("x ", "for "))
        return "%s %s   %s%s" % (name, dose, fs, dd)

    def meds(self, style=None, numbered=None):
        st = style if style is not None else self.r.randint(0, 4)
        num = numbered if numbered is not None else self.r.random() < 0.5
        out = []
        for i, m in enumerate(self.case["meds_dc"]):
            s = self.med(m, st)
            out.append(("%d. " % (i + 1) if num else "") + s)
        return out

# ----------------------------------------------------------------------------- page furniture
def letterhead(c, dept=True):
    h = c.h_
    r = c.r
    st = r.randint(0, 6)
    L = []
    if st == 0:
        L = [h["name"].upper(), h["addr"], "Ph: %s  UAN: %s" % (h["ph"], h["uan"])]
    elif st == 1:
        L = [h["name"], "(A project of %s Trust)" % h["name"].split()[0], h["addr"]]
    elif st == 2:
        L = [h["short"] + "  |  " + h["name"], "Affiliated with %s" % h["college"]]
    elif st == 3:
        L = ["%s   %s" % (h["name"].upper(), h["city"].upper()), "Tel: %s   Fax: %s" % (h["ph"], h["ph"][:-3] + "%03d" % r.randint(100, 999))]
    elif st == 4:
        L = [h["name"], h["city"]]
    elif st == 5:
        L = ["[logo]  " + h["name"].upper(), "Teaching Hospital of %s" % h["college"], "www.%s.org.pk" % h["short"].lower()]
    else:
        return []
    if dept and r.random() < 0.6:
        L.append("Department of " + c.dept if r.random() < 0.6 else c.dept.upper() + " UNIT")
    return L

def footer(c):
    r = c.r
    h = c.h_
    opts = [
        "Page 1 of 1", "Printed on: %s %s by user %s%d" % (c.d(c.dc), c.tm(), r.choice(["hmis", "reg", "nurse", "ipd"]), r.randint(10, 999)),
        "This is a computer generated document and does not require signature.",
        "%s | %s | UAN %s" % (h["short"], h["addr"], h["uan"]),
        "Not valid for court / medico-legal purposes.", "Form No. %s-%s-%02d  Rev %d" % (h["short"], r.choice(["MR", "CL", "NS", "OT"]), r.randint(1, 60), r.randint(1, 5)),
        "Confidential - for medical use only", "", "", ""]
    f = r.choice(opts)
    return [f] if f else []

def signoff(c, who=None, style=None):
    r = c.r
    who = who or c.r.choice([c.cons, c.reg, c.ho])
    st = style if style is not None else r.randint(0, 6)
    if st == 0: return ["", who["name"], who["deg"], who["title"] + (", " + who.get("dept", c.dept) if r.random() < 0.5 else "")]
    if st == 1: return ["", "Signature: ____________", "Name: " + who["name"], "Designation: " + who["title"]]
    if st == 2: return ["", "Sd/-", who["name"]]
    if st == 3: return ["", "%s  (%s)  PMDC # %s" % (who["name"], who["title"], who["pmdc"])]
    if st == 4: return ["", "Dr's Sign ______   Stamp", who["name"].upper()]
    if st == 5: return ["", "Seen & discussed with %s" % c.cons["name"], "%s / %s" % (who["name"], who["title"])]
    return ["", "(%s)" % who["name"]]

def demo(c, fields, style=None):
    r = c.r
    st = style if style is not None else r.randint(0, 5)
    lab = {
        "name": ["Name", "Patient Name", "Patient's Name", "Pt Name", "NAME"],
        "rel": ["S/O, D/O, W/O", "Father/Husband", "Guardian", "F/H Name"],
        "agesex": ["Age/Sex", "Age / Gender", "Age/Sex", "Age & Sex"],
        "mr": ["MR No", "MR #", "MRN", "Hospital No", "Reg. No", "MR Number", "Patient ID"],
        "adm": ["Adm No", "IP No", "Admission #", "Visit No"],
        "ward": ["Ward", "Ward/Bed", "Unit", "Location"],
        "cons": ["Consultant", "Under", "Admitting Consultant", "Primary Physician"],
        "date": ["Date", "Dated", "DATE"],
        "doa": ["DOA", "Date of Admission", "Admitted on", "Adm. Date"],
        "dod": ["DOD", "Date of Discharge", "Discharged on", "Disch. Date"],
        "cnic": ["CNIC", "CNIC No", "NIC #"], "phone": ["Contact", "Phone", "Cell #", "Mobile"],
        "addr": ["Address", "Residence", "Addr"],
    }
    val = {
        "name": c.name, "rel": c.guard, "agesex": c.agesex(), "mr": c.mr, "adm": c.adm_no,
        "ward": c.case["ward"] + (" / Bed %d" % r.randint(1, 40) if r.random() < 0.6 else ""),
        "cons": c.cons["name"], "date": c.d(), "doa": c.d(c.date), "dod": c.d(c.dc), "cnic": c.cnic,
        "phone": c.phone, "addr": c.addr,
    }
    items = [(r.choice(lab[f]), val[f]) for f in fields]
    if st == 5 and "rel" in fields:
        items = [(k, v) for k, v in items if k not in lab["rel"]]
        items[0] = (items[0][0], "%s %s %s" % (c.name, c.rel, c.guard))
    if st in (0, 5):
        return ["%s: %s" % kv for kv in items]
    if st == 1:
        out = []
        for i in range(0, len(items), 2):
            a = "%s : %s" % items[i]
            b = ("%s : %s" % items[i + 1]) if i + 1 < len(items) else ""
            out.append(a.ljust(44) + b)
        return out
    if st == 2:
        return ["   ".join("%s: %s" % kv for kv in items[i:i + 3]) for i in range(0, len(items), 3)]
    if st == 3:
        w = max(len(k) for k, _ in items)
        return ["| %s | %s |" % (k.ljust(w), v) for k, v in items]
    return ["%s - %s" % (k.upper(), v) for k, v in items]

def ocr(text, r):
    """light scanner/OCR artefacts"""
    lvl = r.random()
    if lvl < 0.45:
        return text
    rate = 0.002 if lvl < 0.8 else 0.008
    subs = {"l": "1", "O": "0", "I": "l", "e": "c", "m": "rn", ",": ".", "S": "5", "B": "8", "a": "o", "i": "l"}
    out = []
    for ch in text:
        x = r.random()
        if ch in subs and x < rate:
            out.append(subs[ch])
        elif ch == " " and x < rate / 2:
            out.append("  ")
        elif ch.isalpha() and x < rate / 6:
            continue
        else:
            out.append(ch)
    t = "".join(out)
    if r.random() < 0.25:
        lines = t.split("\n")
        i = r.randint(0, len(lines) - 1)
        lines.insert(i, r.choice(["", "|", ". .", "~", "'", "_ _ _"]))
        t = "\n".join(lines)
    return t

def paginate(c, lines, every=None):
    """insert page breaks with repeated header for long docs"""
    r = c.r
    if len(lines) < 45 or r.random() < 0.4:
        return lines
    every = every or r.randint(40, 60)
    total = (len(lines) + every - 1) // every
    out = []
    for i in range(0, len(lines), every):
        out += lines[i:i + every]
        pg = i // every + 1
        if pg < total:
            out += ["", r.choice(["Page %d of %d" % (pg, total), "-- %d --" % pg, "Page %d" % pg, "contd..."]), "\f",
                    r.choice(["%s   MR# %s" % (c.name, c.mr), "%s (cont.)" % c.h_["name"], "Patient: %s   %s" % (c.name, c.mr)]), ""]
    return out

# ----------------------------------------------------------------------------- shared clinical blocks
CONSULT = {
 "appendicitis": ("Medicine", "Pre-operative medical fitness; tachycardia", ["Tachycardia secondary to sepsis/pain, no cardiac cause.", "ECG sinus tachycardia. Fit for surgery from medical point of view (ASA I-E).", "Adequate hydration and analgesia."]),
 "cholelithiasis": ("Cardiology", "Pre-op cardiac fitness; hypertensive", ["BP controlled on amlodipine. ECG: LVH, no ischaemia.", "Echo: normal LV function, EF 60%.", "Low cardiac risk for intermediate risk surgery. Fit for GA. Continue amlodipine on morning of surgery."]),
 "dengue": ("Haematology", "Platelets < 30,000 with gum bleed", ["No indication of prophylactic platelet transfusion as no major bleed.", "Transfuse platelets only if active significant bleeding or count < 10,000.", "Monitor HCT 6 hourly; judicious fluids; avoid IM injections and NSAIDs."]),
 "typhoid": ("Infectious Diseases", "Persistent fever despite ceftriaxone", ["Culture confirms XDR S. Typhi.", "Stop ceftriaxone. Start Meropenem 1 g 8 hourly + Azithromycin 500 mg OD for 10-14 days.", "Screen for complications (perforation, GI bleed). Notify to district surveillance."]),
 "nstemi": ("Cardiology", "Raised troponin with chest pain, referred from Medicine ER", ["NSTEMI, GRACE score intermediate-high.", "Load with aspirin/clopidogrel, enoxaparin, high intensity statin.", "Early invasive strategy: CAG within 24-48 hours. Shift to CCU."]),
 "dka": ("Endocrinology", "Management of DKA and insulin initiation", ["DKA resolving. Start basal-bolus / premixed insulin after closure of anion gap, overlap IV insulin by 2 hours.", "Mixtard 70/30 20 units pre-breakfast and 12 units pre-dinner.", "Diabetes educator for insulin technique, SMBG and sick-day rules."]),
 "cld": ("Gastroenterology", "Haematemesis in a known HCV positive", ["Likely variceal bleed in decompensated CLD (Child B, MELD 16).", "Octreotide infusion, ceftriaxone prophylaxis, restrictive transfusion (target Hb 7-8).", "Urgent upper GI endoscopy planned within 12 hours."]),
 "cap": ("Pulmonology", "Hypoxia with RLL consolidation", ["Severe CAP, CURB-65 = 2. Continue ceftriaxone + clarithromycin.", "Sputum for AFB x 3 and GeneXpert to rule out TB.", "Diagnostic pleural tap if effusion increases. Repeat CXR in 48 hours."]),
 "stroke": ("Neurology", "Right sided weakness, CT shows left MCA infarct", ["Outside window for thrombolysis.", "Aspirin 300 mg for 2 weeks then 75 mg; statin. Permissive hypertension first 24 hours.", "Swallow assessment, NG if failed. Carotid Doppler and echo. Physiotherapy."]),
 "preeclampsia": ("Medicine", "Severe pre-eclampsia, BP control", ["Labetalol oral, titrate to target 140-150/90-100.", "MgSO4 seizure prophylaxis as per protocol; monitor reflexes and urine output.", "Watch for HELLP: repeat LFT, platelets, LDH 12 hourly."]),
 "nof": ("Cardiology", "Pre-op cardiac evaluation, elderly with HTN", ["ECG: first degree AV block, no acute changes. Echo: EF 55%, mild AS.", "Elevated but acceptable risk for urgent hip surgery. Avoid hypotension during SA.", "Continue amlodipine. Early mobilisation post-op."]),
 "bph": ("Medicine", "Diabetic for TURP, sugar control", ["RBS 190-230. Shift to sliding scale regular insulin on day of surgery.", "Hold gliclazide on morning of surgery.", "Fit for SA from medical side."]),
 "renalstone": ("Gynaecology", "Rule out gynae cause of right lower abdominal pain", ["No gynaecological cause found. Urine pregnancy test negative.", "TVS: normal uterus and adnexa.", "Back to urology for further management."]),
 "age": ("Paediatric Surgery", "Abdominal distension with vomiting", ["Abdomen soft, no features of intussusception or obstruction.", "Distension likely secondary to hypokalaemia/ileus.", "Correct potassium, no surgical intervention at present."]),
 "hernia": ("Pulmonology", "Chronic cough before hernia repair", ["Smoker's bronchitis, spirometry mild obstruction.", "Inhaled tiotropium, smoking cessation counselling.", "Optimised for surgery; SA preferred."]),
 "breastca": ("Oncology", "Post-MRM adjuvant therapy planning", ["pT2 pN1a, ER/PR positive, HER2 negative.", "Adjuvant AC x 4 followed by paclitaxel x 4, then chest wall RT.", "Tamoxifen / AI after chemotherapy for 5 years. Baseline echo before anthracycline."]),
 "ckd": ("Nephrology", "Fluid overload, hyperkalaemia, urea > 200", ["ESRD with uraemic symptoms and fluid overload - urgent HD indicated.", "Temporary IJV catheter, HD today with UF 2 litres.", "Counsel family for maintenance HD; AVF referral; hepatitis B vaccination."]),
 "htnfu": ("Cardiology", "Uncontrolled BP with family history of IHD", ["ECG LVH. Echo shows concentric LVH, normal EF.", "Add amlodipine 5 mg to losartan. Rosuvastatin 10 mg.", "ETT not required at present. Low salt diet, walk 30 min daily."]),
 "t2dmfu": ("Endocrinology", "Uncontrolled diabetes with neuropathy", ["HbA1c above target. Add SGLT2 inhibitor (empagliflozin).", "Pregabalin for neuropathic pain. Foot care education.", "Ramzan counselling before next Ramzan; annual eye exam."]),
 "tb": ("Pulmonology", "Cavitary lesion with haemoptysis", ["Smear positive PTB, GeneXpert Rif sensitive.", "Start category I ATT (2HRZE/4HR) weight based.", "Register with DOTS, contact tracing, LFTs at baseline and 2 weeks."]),
}

def pmh_lines(c):
    return [c.case["pmh"]]

def invest_block(c, n=6):
    r = c.r
    L = []
    st = r.randint(0, 2)
    L += c.key_labs(n, st)
    for k, v in c.case["labs"].items():
        if isinstance(v, str):
            L.append("%s: %s" % (k, v))
    if c.case.get("img") and r.random() < 0.8:
        m, reg, f, imp = c.case["img"]
        L.append("%s %s: %s" % (m, reg, imp))
    if r.random() < 0.5:
        L.append("ECG: " + c.case["ecg"])
    if st == 0 and r.random() < 0.5:
        return [", ".join(L[:n])] + L[n:]
    return L

GPE_NEG = ["pallor", "jaundice", "clubbing", "cyanosis", "koilonychia", "leukonychia", "lymphadenopathy", "oedema", "dehydration", "thyromegaly"]

def gpe(c):
    r = c.r
    f = c.case["exam"].lower()
    pos = []
    if "pale" in f or c.case["labs"].get("Hb"): pos.append("pallor +")
    if "icterus" in f: pos.append("jaundice +")
    if "dehydrat" in f: pos.append("dehydration ++")
    if "oedema" in f or "anasarca" in f: pos.append("pedal oedema ++")
    negs = [x for x in GPE_NEG if not any(x[:5] in p for p in pos)]
    r.shuffle(negs)
    negs = negs[:r.randint(4, 8)]
    s = r.choice(["No %s.", "No %s", "%s: absent", "Nil %s"]) % ", ".join(negs)
    return ((", ".join(pos) + ". ") if pos else "") + s

def sys_exam(c):
    r = c.r
    f = c.case["exam"]
    base = {"CVS": r.choice(["S1+S2+0", "S1 + S2 normal, no added sounds", "S1 S2 audible, no murmur"]),
            "Chest": r.choice(["B/L vesicular breathing, no added sounds", "Clear, equal air entry B/L", "NVB, no crackles"]),
            "Abdomen": r.choice(["Soft, non-tender, no visceromegaly", "Soft, NT, BS+", "Soft, non tender, gut sounds audible"]),
            "CNS": r.choice(["GCS 15/15, no focal deficit", "Conscious, oriented, no FND", "Grossly intact"])}
    L = ["Findings: " + f if r.random() < 0.3 else f]
    for k in r.sample(list(base.keys()), r.randint(2, 4)):
        if k.lower()[:4] not in f.lower()[:12]:
            L.append("%s: %s" % (k, base[k]))
    return L

def plan_lines(c):
    r = c.r
    L = list(c.case["meds_in"]) or [c.med(m, 0) for m in c.case["meds_dc"]]
    r.shuffle(L)
    L = L[:r.randint(3, len(L))] if len(L) > 3 else L
    extra = [r.choice(["Monitor vitals 4 hourly", "Vitals chart", "I/O charting"]), r.choice(["Relevant investigations sent", "Labs as advised", "Baseline investigations"])]
    if c.case.get("proc"):
        extra.append(r.choice(["Planned for " + c.case["proc"]["name"], "Consent for " + c.case["proc"]["name"].lower(), "Arrange " + c.case["proc"]["name"].split("(")[0].strip()]))
    return L + extra

def hcourse(c):
    return c.case["course"] or "Managed in OPD."

def dx_str(c):
    d = c.case["dx"]
    if c.r.random() < 0.3:
        d = d.split("(")[0].strip()
    return d

def sections(c, items, gap=True):
    """items: list of (titles, lines|str); returns lines"""
    L = []
    for t, body in items:
        if body is None or body == [] or body == "":
            continue
        hd = c.h(t)
        body = [body] if isinstance(body, str) else body
        if c.hs in ("TC", "DASH", "UC") and len(body) == 1 and len(body[0]) < 90 and c.r.random() < 0.5:
            L.append(hd + " " + body[0])
        else:
            L.append(hd)
            L += body
        if gap:
            L.append("")
    return L

# ----------------------------------------------------------------------------- discharge_summary
def g_discharge_summary(c):
    r = c.r; cs = c.case
    st = r.randint(0, 6)
    L = letterhead(c)
    proc = cs.get("proc")
    if st == 0:
        L += ["", r.choice(["DISCHARGE SUMMARY", "Discharge Summary", "PATIENT DISCHARGE SUMMARY", "SUMMARY OF HOSPITAL STAY"]), ""]
        L += demo(c, ["name", "rel", "agesex", "mr", "adm", "ward", "doa", "dod", "cons"])
        L += [""] + sections(c, [
            (["Diagnosis", "Final Diagnosis", "Discharge Diagnosis"], dx_str(c)),
            (["Presenting Complaints", "Chief Complaints", "Complaints on admission"], c.cc_lines()),
            (["History", "Brief History", "History of Present Illness"], c.he(cs["hpi"])),
            (["Examination", "Examination on admission", "O/E"], [c.vitals()] + [cs["exam"]]),
            (["Investigations", "Significant Investigations", "Lab / Radiology"], invest_block(c) if r.random() < 0.6 else sum([lab_table(c, pn, r.choice([0, 1])) + [""] for pn in [x for x in cs["panels"] if x in PANELS][:3]], []) + invest_block(c)[-2:]),
            (["Procedure", "Operation / Procedure performed", "Procedures"], (proc["name"] + " on " + c.d(c.date + datetime.timedelta(days=1))) if proc else None),
            (["Hospital Course", "Course in Hospital", "Treatment given & course"], hcourse(c)),
            (["Condition at Discharge", "Condition on discharge"], r.choice(["Stable", "Satisfactory, vitally stable", "Afebrile, ambulatory, tolerating orally", "Improved"])),
            (["Discharge Medications", "Medications on discharge", "Rx on Discharge"], c.meds()),
            (["Follow Up", "Follow-up", "Advice"], cs["fu"]),
        ])
        L += signoff(c, c.reg) + (["Consultant: " + c.cons["name"]] if r.random() < 0.6 else [])
    elif st == 1:
        L += ["", r.choice(["DISCHARGE CARD", "Discharge Slip", "DISCHARGE / LEAVE CARD"]), ""]
        L += demo(c, ["name", "agesex", "mr", "doa", "dod"], r.choice([1, 2]))
        L += ["", "Dx: " + dx_str(c), "", r.choice(["Tx given:", "Treatment received:", "Rx in ward:"])]
        L += ["  " + x for x in cs["meds_in"][:4]]
        L += ["", r.choice(["Advice on discharge:", "Rx:", "Take home medicines:"])] + c.meds(numbered=True)
        L += ["", r.choice(["F/U:", "Review:", "Next visit:"]) + " " + cs["fu"]]
        L += signoff(c, c.ho, r.choice([2, 6, 3]))
    elif st == 2:
        L += ["", c.d(c.dc), ""]
        hs = "He" if c.sex == "M" else "She"
        t = "%s, %s, %s %s, was admitted under the care of %s in %s on %s with %s. " % (c.name, c.agesex("d"), c.rel, c.guard, c.cons["name"], c.dept, c.d(c.date), ", ".join(a.lower() for a, _ in cs["cc"]))
        t += c.he(cs["hpi"]) + " "
        t += "On examination %s " % c.vitals(0) + cs["exam"]
        L += [r.choice(["Re: ", "Subject: ", "RE - "]) + c.name + " (MR# %s)" % c.mr, "", t, ""]
        L += ["Investigations revealed " + "; ".join(c.key_labs(5, 1)) + ".", ""]
        if cs.get("img"):
            L += ["%s %s showed: %s" % (cs["img"][0], cs["img"][1].lower(), cs["img"][3]), ""]
        L += [hcourse(c) + " %s was discharged on %s in %s condition with the diagnosis of %s." % (hs, c.d(c.dc), r.choice(["stable", "satisfactory", "good"]), cs["dx"]), ""]
        L += ["Medication on discharge:"] + c.meds() + ["", cs["fu"]]
        L += signoff(c, c.cons, 0)
    elif st == 3:
        L += ["", r.choice(["Sehat Sahulat Programme", "SEHAT CARD - PATIENT DISCHARGE SLIP", "Panel / Sehat Card Patient"]), r.choice(["DISCHARGE SUMMARY", "Discharge Report", ""]), ""]
        L += ["Card / Family No: %d%07d" % (r.randint(1, 9), r.randint(0, 9999999)), "Beneficiary CNIC: " + c.cnic, "Treatment package: %s-%03d (%s)" % (r.choice(["MED", "SUR", "GYN", "CAR", "URO", "ORT"]), r.randint(1, 240), c.dept)]
        L += demo(c, ["name", "agesex", "mr", "doa", "dod", "cons"], 1)
        L += ["", "Provisional diagnosis: " + dx_str(c), "Final diagnosis: " + cs["dx"]]
        if proc: L += ["Procedure: " + proc["name"]]
        L += ["", "Summary: " + hcourse(c), "", "Medicines given free of cost for 5 days (Y/N): Y", ""]
        L += ["Discharge medicines:"] + c.meds(numbered=True)
        L += ["", "Transport charges paid: Rs. %d" % r.choice([500, 1000, 1500, 2000]), "Follow-up date: " + c.d(c.dc + datetime.timedelta(days=r.choice([7, 10, 14]))), ""]
        L += ["Patient/Attendant thumb impression: ________     Hospital stamp & sign: ________"]
    elif st == 4:
        L += ["", r.choice(["SURGICAL DISCHARGE SUMMARY", "Discharge summary - Surgical Unit", "DISCHARGE NOTES"]), ""]
        L += demo(c, ["name", "agesex", "mr", "ward", "doa", "dod"])
        L += [""] + sections(c, [
            (["Diagnosis"], cs["dx"]),
            (["Operation", "Surgery done", "Procedure"], (proc["name"] if proc else "Conservative management")),
            (["Date of operation", "DOO"], c.d(c.date + datetime.timedelta(days=1)) if proc else None),
            (["Anaesthesia"], {"GA": "General", "SA": "Spinal", "LA": "Local", "Sedation": "IV sedation"}.get(proc["anes"]) if proc else None),
            (["Operative findings", "Per-op findings"], proc["findings"] if proc else None),
            (["Post-op course", "Post operative period"], hcourse(c)),
            (["Histopathology", "Biopsy"], r.choice(["Awaited", "Pending, to be collected from lab", proc.get("pdx") or "N/A"]) if proc and proc.get("spec") else None),
            (["Discharge treatment", "Medicines"], c.meds()),
            (["Instructions", "Advice"], [cs["fu"], r.choice(["Keep wound dry and clean.", "Dressing on alternate days.", "Stitch removal on 10th POD."])]),
        ])
        L += signoff(c)
    elif st == 5:
        how = r.choice(["LAMA (Left Against Medical Advice)", "DOR (Discharge on Request)", "Discharge on request due to financial constraints"])
        L += ["", r.choice(["DISCHARGE SUMMARY", "SUMMARY", "Discharge / LAMA summary"]), ""]
        L += demo(c, ["name", "rel", "agesex", "mr", "doa", "dod"], r.choice([0, 2]))
        L += ["", "Mode of discharge: " + how, "Diagnosis: " + cs["dx"], "", "Brief course:", c.opener() + " " + cs["course"].split(".")[0] + ".",
              "Patient's attendants were counselled in detail regarding the nature of illness and possible complications including risk to life. Despite counselling they insisted on %s." % r.choice(["taking the patient home", "shifting to another hospital near home", "discharge"]),
              "Risk explained in Urdu. Undertaking signed by %s (%s)." % (c.guard, r.choice(["father", "husband", "son", "brother"])), "", "Advised:"] + c.meds(numbered=True)[:4]
        L += ["Return to ER immediately in case of any deterioration."] + signoff(c, c.reg, 1)
    else:
        L += ["", "%s  -  %s" % (c.dept.upper(), r.choice(["Discharge Summary", "DISCHARGE SUMMARY", "Patient Summary"])), "=" * 50]
        L += demo(c, ["name", "mr", "agesex", "cnic", "doa", "dod", "cons", "ward"], 3)
        L += ["", "PRINCIPAL DIAGNOSIS      : " + cs["dx"], "SECONDARY DIAGNOSIS      : " + (c.case["pmh"] if "for" in cs["pmh"] else "Nil"), "PROCEDURES               : " + (proc["name"] if proc else "None"), ""]
        L += ["Summary of Investigations", "Test                 Admission    Discharge"]
        for k in [k for k in list(cs["labs"].keys()) if k in LAB][:5] + ["Hb", "Creatinine"]:
            v = c.lab(k)
            v2 = round(v[0] * r.uniform(0.85, 1.05) if v[4] else v[0], LAB[k][3] or None)
            L.append("%-20s %-12s %s" % (k, v[0], v2))
        L += ["", "Clinical Summary:", c.opener(), hcourse(c), "", "Discharge Plan:"] + c.meds(2, True) + ["", cs["fu"], ""]
        L += ["Prepared by: %s   Verified by: %s" % (c.ho["name"], c.cons["name"])]
    L += footer(c)
    return paginate(c, L)

# ----------------------------------------------------------------------------- history_physical
def g_history_physical(c):
    r = c.r; cs = c.case
    st = r.randint(0, 6)
    L = []
    obs = c.sex == "F" and c.age >= 16
    if st == 0:
        L += letterhead(c) + ["", r.choice(["ADMISSION HISTORY & EXAMINATION", "CLERKING SHEET", "HISTORY SHEET", "Case Record - Admission"]), ""]
        L += demo(c, ["name", "rel", "agesex", "mr", "ward", "doa", "addr", "cons"])
        L += ["Informant: " + r.choice(["Patient himself/herself", "Attendant (%s)" % c.guard, "Patient & family", "Mother"]), "Reliability: " + r.choice(["Good", "Reliable", "Fair"]), ""]
        L += sections(c, [
            (["Presenting Complaints", "Chief Complaints", "C/O"], c.cc_lines()),
            (["History of Presenting Illness", "HOPI", "History of Present Illness"], c.he(cs["hpi"])),
            (["Systemic Review", "Review of Systems"], r.choice(["Unremarkable apart from above.", "Appetite decreased, sleep disturbed. Bowel and bladder habits normal.", "CVS/Resp/GIT/GUT/CNS: N.A.D. except HOPI."])),
            (["Past Medical History", "Past History"], cs["pmh"]),
            (["Past Surgical History"], r.choice(["Nil", "No previous surgery", "Tooth extraction 2 yrs back", "Nil significant"])),
            (["Drug History", "Medication History"], r.choice(["As above", "Nil regular", "Takes " + cs["meds_dc"][0][0] + " irregularly", "Self-medication with painkillers"])),
            (["Allergies", "Drug allergies"], r.choice(["NKDA", "No known drug allergy", "Allergic to Sulpha drugs", "Penicillin (rash)"])),
            (["Family History"], r.choice(["Unremarkable", "Father diabetic, mother hypertensive", "Non-contributory", "Parents first cousins"])),
            (["Personal History", "Personal / Social History"], r.choice(["Non smoker. No naswar, paan or chaliya use.", "Smoker 1 pack/day for 20 yrs.", "Uses naswar. Sleep and appetite decreased.", "Married, %d children. Lives in joint family." % r.randint(1, 6)])),
            (["Socioeconomic History", "Socioeconomic status"], r.choice(["Lower middle class, %s" % r.choice(["shopkeeper", "driver", "labourer", "school teacher", "housewife"]), "Middle class", "Poor; Sehat card holder"])),
            (["Obstetric & Gynae History", "Obs/Gynae History"], ("G%dP%d, LMP: %s, cycles regular" % (r.randint(1, 6), r.randint(0, 5), r.choice(["2 weeks back", "not sure", "menopausal"]))) if obs and cs["key"] != "preeclampsia" else (cs["pmh"] if cs["key"] == "preeclampsia" else None)),
            (["General Physical Examination", "GPE", "General Examination"], [r.choice(["Young", "Middle aged", "Elderly"]) + " %s lying comfortably in bed, well oriented." % ("man" if c.sex == "M" else "woman"), c.vitals(r.choice([0, 2, 4])), gpe(c)]),
            (["Systemic Examination", "S/E"], sys_exam(c)),
            (["Provisional Diagnosis", "Impression", "Working Diagnosis"], dx_str(c)),
            (["Differential Diagnosis", "DDx"], [("%d. %s" % (i + 1, x)) for i, x in enumerate(cs["ddx"])]),
            (["Plan", "Management Plan", "Plan of Management"], plan_lines(c)),
        ])
        L += signoff(c, c.ho)
    elif st == 1:
        L += [r.choice(["Admission Note", "ADMISSION NOTES", "Ward Admission", "Admitted from ER"]) + "  " + c.d() + " " + c.tm(), ""]
        L += [c.opener() + " " + c.he(cs["hpi"]), "", "PMH: " + cs["pmh"], "", "O/E: " + c.vitals(3) + ". " + gpe(c), cs["exam"], ""]
        L += ["Labs: " + ", ".join(c.key_labs(5)), ""]
        L += ["Imp: " + dx_str(c), "", "Plan:"] + ["- " + x for x in plan_lines(c)]
        L += signoff(c, c.reg, r.choice([5, 6, 2]))
    elif st == 2 and cs.get("proc") and cs["proc"].get("kind") != "proc":
        L += letterhead(c) + ["", r.choice(["PRE-OPERATIVE ADMISSION PROFORMA", "Elective Admission - Surgical History Sheet", "H&P (Surgical)"]), ""]
        L += demo(c, ["name", "agesex", "mr", "ward", "doa"], 1)
        L += ["", "Admitted for: " + (cs["proc"]["name"] if cs.get("proc") else "evaluation"), "Via: " + r.choice(["OPD", "ER", "Referred from %s" % r.choice(["DHQ", "private clinic", "THQ hospital"])]), ""]
        L += sections(c, [(["Complaints"], c.cc_lines(2)), (["History"], c.he(cs["hpi"])), (["Co-morbids"], cs["pmh"]),
                          (["Examination"], [c.vitals(1), cs["exam"]]),
                          (["Pre-op investigations", "Workup"], c.key_labs(6, 1) + ["HBsAg / Anti-HCV / HIV: Non-reactive"]),
                          (["Fitness", "Anaesthesia fitness"], r.choice(["Fit for surgery under GA/SA (ASA %s)" % r.choice(["I", "II", "II"]), "PAC done, fit", "Awaiting medical fitness"])),
                          (["Plan"], ["NPO from midnight", "Consent", "Arrange %d pint(s) blood" % r.randint(1, 2), "Shave and prepare part", "Inj. antibiotic at induction"])])
        L += signoff(c, c.ho, r.choice([0, 1, 3]))
    elif st == 3 and c.age < 12:
        L += letterhead(c) + ["", "PAEDIATRIC ADMISSION RECORD", ""] + demo(c, ["name", "rel", "agesex", "mr", "doa", "addr"])
        L += [""] + sections(c, [(["Presenting complaints"], c.cc_lines()), (["HOPI"], c.he(cs["hpi"])),
            (["Birth History"], r.choice(["SVD at term, cried at birth, no NICU stay.", "LSCS at 38 weeks, birth weight 2.8 kg.", "Home delivery by dai, term."])),
            (["Feeding History"], r.choice(["Breastfed till 1 year, weaning at 6 months.", "Top feed from 2 months, bottle.", "On family diet."])),
            (["Immunization", "EPI Status"], r.choice(["Up to date as per EPI (card seen)", "Incomplete - missed measles", "Vaccinated, card not available"])),
            (["Developmental History"], "Milestones achieved as per age."),
            (["Examination"], ["Weight %d kg" % c.wt, c.vitals(2), cs["exam"], gpe(c)]),
            (["Diagnosis"], cs["dx"]), (["Plan"], plan_lines(c))])
        L += signoff(c, c.reg)
    elif st == 3:
        L += [r.choice(["History and Physical", "H&P", "Admission H&P"]), "", "Patient: %s   MRN: %s   DOB/Age: %s" % (c.name, c.mr, c.agesex("b")), "Attending: " + c.cons["name"], ""]
        L += sections(c, [("CC", ", ".join(a for a, _ in cs["cc"])), ("HPI", c.opener() + " " + c.he(cs["hpi"])), ("PMH", cs["pmh"]), ("PSH", r.choice(["None", "Non-contributory"])),
            ("Medications", [m[0] + " " + m[1] for m in cs["meds_dc"][:2]] if "for" in cs["pmh"] else "None"), ("Allergies", "NKDA"),
            ("Social History", r.choice(["Lives with family in %s. Non smoker." % c.h_["city"], "Smoker. No alcohol. Works as %s." % r.choice(["driver", "clerk", "farmer", "tailor"])])),
            ("Family History", "Non-contributory"), ("ROS", "Negative except as per HPI"),
            ("Physical Exam", [c.vitals(4), "General: " + gpe(c)] + sys_exam(c)),
            ("Labs/Imaging", c.key_labs(6, 1)), ("Assessment and Plan", [dx_str(c)] + ["- " + x for x in plan_lines(c)])], gap=False)
        L += signoff(c, c.reg, 3)
    elif st in (2, 4):
        L += [c.d() + "  " + c.tm(), ""] + c.cc_lines(3) + ["", c.he(cs["hpi"]), "", "k/c/o: " + cs["pmh"], "", "O/E"]
        L += [c.vitals(2), "GPE: " + gpe(c)] + sys_exam(c)
        L += ["", r.choice(["Imp:", "P/Dx:", "?"]) + " " + dx_str(c), "", r.choice(["Adv:", "Plan:", "Rx:"])] + ["  " + x for x in plan_lines(c)]
        L += ["", r.choice(["Adm under ", "Admit in ", "Admitted under "]) + c.cons["name"] + " / " + cs["ward"]]
        L += signoff(c, c.ho, 6)
    else:
        L += letterhead(c) + ["", r.choice(["INPATIENT ADMISSION FORM", "ADMISSION RECORD", "Form IPD-01"]), ""]
        L += demo(c, ["name", "rel", "agesex", "cnic", "phone", "addr", "mr", "adm", "doa", "ward", "cons"], 3)
        L += ["", "Mode of admission: [%s] OPD  [%s] ER  [ ] Transfer" % (("x", " ") if cs.get("opd") or r.random() < 0.4 else (" ", "x")), "MLC: [ ] Yes [x] No", "Payment: " + r.choice(["Self", "Panel (%s)" % r.choice(["Indus Valley Textiles", "Mehran Cement Ltd", "Northern Gas Co."]), "Sehat Card", "Zakat / Welfare"]), ""]
        L += ["Presenting complaints: " + "; ".join("%s (%s)" % x for x in cs["cc"]), "", "History: " + c.he(cs["hpi"]), "", "Past Hx: " + cs["pmh"], "", "Vitals on admission: " + c.vitals(0), "Examination: " + cs["exam"], "", "Provisional diagnosis: " + dx_str(c), "", "Admitting doctor: " + c.reg["name"]]
    L += footer(c)
    return paginate(c, L)

# ----------------------------------------------------------------------------- progress_note
def g_progress_note(c):
    r = c.r; cs = c.case
    st = r.randint(0, 6)
    day = r.randint(1, max(1, c.los - 1))
    dt = c.date + datetime.timedelta(days=day)
    L = []
    improving = r.random() < 0.75
    subj = r.choice(["Feeling better. ", "No fresh complaints. ", "Slept well. ", "Complains of mild pain. ", "Still weak. "]) if improving else r.choice(["Not feeling well. ", "Spiked fever last night. ", "Pain persists. "])
    if cs.get("opd") or st == 3:
        # outpatient follow-up
        L += letterhead(c) + ["", r.choice(["OPD FOLLOW-UP", "Follow up visit", "Consultation - Revisit", "CLINIC NOTE", ""]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], r.choice([1, 2]))
        L += ["", r.choice(["F/U visit.", "Follow-up visit. ", "Revisit."]) + " Known case of " + cs["dx"].split("(")[0].lower().strip() + ". " + (("Was admitted on %s for same, discharged %s. " % (c.d(c.date), c.d(c.dc))) if not cs.get("opd") else "")]
        L += ["S: " + subj + (c.he(cs["hpi"]).split(".")[0] + "." if cs.get("opd") else r.choice(["Compliant with medication.", "Missed medicines for few days.", "Tolerating medications well."])),
              "O: " + c.vitals(3) + (". Wt %d kg" % c.wt),
              "   " + cs["exam"].split(".")[0] + ".",
              "A: " + dx_str(c) + r.choice([" - improving", " - stable", " - not at target", ""]),
              "P:"] + ["  " + x for x in c.meds(r.choice([0, 1, 2]), False)] + ["  " + cs["fu"]]
        L += signoff(c, c.cons, r.choice([0, 3, 6]))
    elif st == 0:
        L += [r.choice(["PROGRESS NOTE", "Progress Notes", "Daily Progress Note", "Continuation sheet"]), "Date: %s   Time: %s" % (c.d(dt), c.tm()), "%s  |  %s  |  %s" % (c.name, c.mr, cs["ward"]), ""]
        L += [r.choice(["Day %d of admission" % (day + 1), "HD %d" % (day + 1), "Day-%d" % (day + 1)]), ""]
        L += ["S: " + subj + r.choice(["Tolerating diet.", "Orally allowed.", "Passed stool.", "Urine output adequate."]),
              "O: " + c.vitals(r.choice([0, 3])), "   " + r.choice(sys_exam(c)),
              "   Labs: " + ", ".join(c.key_labs(4, 2)),
              "A: " + dx_str(c) + (" - improving" if improving else " - not improving"),
              "P: " + r.choice(["Continue same treatment.", "Continue current management."])]
        L += ["   - " + x for x in r.sample(plan_lines(c), min(3, len(plan_lines(c))))]
        L += signoff(c, c.ho, r.choice([2, 5, 6]))
    elif st == 1:
        L += [r.choice(["Ward round", "CONSULTANT ROUND", "Morning round", "Round with Prof."]) + " - " + c.d(dt) + " " + c.tm(), "Seen by %s along with team." % c.cons["name"], ""]
        L += [c.name + ", " + c.agesex("c") + ", " + cs["dx"].split("(")[0].strip() + ", day %d." % (day + 1), subj, ""]
        L += [c.vitals(2), ""]
        L += [r.choice(["Plan as per consultant:", "Consultant advice:", "Instructions:"])]
        pl = [r.choice(["Continue antibiotics", "Continue IV fluids", "Encourage oral intake", "Chest physiotherapy", "Mobilise"]),
              r.choice(["Repeat CBC and RFTs tomorrow", "Send " + r.choice(list(cs["labs"].keys()) or ["CBC"]) + " repeat", "Chase pending reports"]),
              r.choice(["Counsel family regarding diagnosis", "Dietician referral", "Plan discharge in 24-48 hours if stable", "Inform if any deterioration"])]
        L += ["%d) %s" % (i + 1, x) for i, x in enumerate(pl)]
        L += signoff(c, c.reg, r.choice([2, 3, 6]))
    elif st == 2 and cs.get("proc"):
        pod = r.randint(1, 3)
        L += ["%s   POD-%d   %s" % (c.d(dt), pod, c.tm()), "s/p " + cs["proc"]["name"], ""]
        L += [r.choice(["Pt comfortable, pain controlled.", "Pain score 3/10.", "Mild pain at wound site."]), r.choice(["Passed flatus.", "Tolerating liquids.", "Not passed flatus yet."]),
              c.vitals(3), "Wound: " + r.choice(["dry, clean", "soakage minimal", "healthy, no discharge"]),
              "Drain: " + r.choice(["nil", "20 ml serous", "removed", "50 ml serosanguinous"]), "Urine: " + r.choice(["adequate", "1200 ml/24h", "catheter removed, voiding"]), ""]
        L += ["Plan: " + r.choice(["Allow orally, liquids then soft diet.", "Mobilise, chest physio, continue analgesia.", "Shift to oral medicines. Plan d/c tomorrow."])]
        L += signoff(c, c.ho, r.choice([2, 6]))
    elif st == 4 or st == 2:
        L += [r.choice(["CONTINUATION SHEET", "Doctor's Progress Notes", "CLINICAL NOTES", ""]), c.name + " " + c.mr, ""]
        for i in range(r.randint(3, 5)):
            d2 = c.date + datetime.timedelta(days=i)
            L += ["%s  %s" % (c.d(d2), c.tm())]
            if i == 0:
                L += ["Admitted with " + ", ".join(a.lower() for a, _ in cs["cc"]) + ". Workup sent. Plan as per admission notes."]
            else:
                L += [r.choice(["Pt stable. ", "Afebrile. ", "Vitally stable. ", "Feels better. ", "Fever spike 101F at night. "]) + r.choice(["Continue same.", "Labs reviewed.", "Seen by consultant, plan continued.", c.labline(r.choice([k for k in cs["labs"] if k in LAB] or ["Hb"]), 1) + ".", "Orally allowed."])]
            L += ["   -- " + r.choice([c.ho["name"], c.reg["name"], "HO", "PGR"]), ""]
    elif st == 5:
        L += ["%s  %s" % (c.d(dt), r.choice(["02:30 AM", "03:10 am", "2315 hrs", "11:45 PM", "0420 hrs"])), r.choice(["Night duty note", "Call by staff nurse", "On-call note", "Evening round"]), ""]
        L += [r.choice(["Called by nurse for ", "Seen for "]) + r.choice(["fever spike of 101.4 F.", "restlessness.", "pain at operation site.", "high BP reading.", "low urine output."]),
              c.vitals(3), r.choice(["Chest clear. Abdomen soft.", "No new findings.", "Cannula site healthy."]), "",
              "Action: " + r.choice(["Inj. Paracetamol 1 g IV given. Tepid sponging.", "Inj. Nalbuphine 5 mg IV stat.", "Fluid challenge 500 ml NS.", "Reassured. Monitor."]),
              r.choice(["Registrar informed.", "Will inform consultant in morning.", "Blood culture sent."])]
        L += signoff(c, c.ho, 6)
    else:
        L += [r.choice(["Progress Note", "Medical Unit - Daily Note", "INPATIENT NOTE"]) + " | " + c.d(dt), ""]
        L += ["Problem list:"]
        probs = [dx_str(c)] + ([p for p in cs["pmh"].split(".") if "for" in p][:1])
        L += ["%d. %s" % (i + 1, p.strip()) for i, p in enumerate(probs)]
        L += ["", "Overnight: " + subj, "Exam: " + c.vitals(3), "Results: " + "; ".join(c.key_labs(5, 1)), "", "Plan by problem:"]
        for i, p in enumerate(probs):
            L += ["#%d %s - %s" % (i + 1, p.strip().split(" ")[0], r.choice(["continue current Rx", "titrate medication", "repeat labs in AM", "monitor", "consult requested"]))]
        L += signoff(c, c.reg, 3)
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- consult_note
def g_consult_note(c):
    r = c.r; cs = c.case
    to, reason, op = CONSULT[cs["key"]]
    if to == c.dept:
        to = "Medicine" if c.dept != "Medicine" else "Cardiology"
    spec = c.doctor(to, "cons")
    st = r.randint(0, 5)
    L = []
    dt = c.date + datetime.timedelta(days=r.randint(0, 2))
    if st == 0:
        L += letterhead(c, False) + ["", r.choice(["REFERENCE / CONSULTATION FORM", "INTER-DEPARTMENTAL CALL", "Request for Consultation"]), ""]
        L += ["From: %s (%s)" % (c.dept, c.reg["name"]), "To: " + to, "Urgency: " + r.choice(["Routine", "Urgent", "Emergency"]), "Date/Time: %s %s" % (c.d(dt), c.tm())]
        L += demo(c, ["name", "agesex", "mr", "ward"], 2)
        L += ["", "Reason for reference: " + reason, "Brief: " + c.opener(), "", "-" * 40, r.choice(["REPLY", "Consultant's Opinion", "Reply to reference"]), ""]
        L += ["Patient seen and examined. Notes reviewed.", c.vitals(3)] + ["- " + x for x in op] + ["Will follow up." if r.random() < 0.5 else "Thanks for the call."]
        L += signoff(c, spec, r.choice([0, 3]))
    elif st == 1:
        L += letterhead(c, False) + ["", "Department of " + to, c.d(dt), ""]
        L += ["%s\n%s\n%s" % (c.cons["name"], c.cons["title"], c.dept), "", "Re: %s, %s, MR# %s" % (c.name, c.agesex("d"), c.mr), ""]
        L += ["Dear %s," % r.choice([c.cons["name"], "Colleague", "Dr. " + c.cons["name"].split()[-1]]), "",
              "Thank you for asking us to see this %s regarding %s. %s" % ("gentleman" if c.sex == "M" else "lady", reason.lower(), c.he(cs["hpi"])), "",
              "On examination: %s. %s" % (c.vitals(0), cs["exam"]), "", "Relevant results: " + ", ".join(c.key_labs(5, 1)) + ".", "",
              "Impression: " + cs["dx"], "", "Recommendations:"] + ["%d. %s" % (i + 1, x) for i, x in enumerate(op)]
        L += ["", "We will be happy to see %s again. Please do not hesitate to contact us." % ("him" if c.sex == "M" else "her"), "", "Yours sincerely,"] + signoff(c, spec, 0)[1:]
    elif st == 2:
        L += [r.choice(["%s CONSULTATION" % to.upper(), "Consult Note - %s" % to, "Specialist Opinion", "CONSULTATION REPORT"]), ""]
        L += demo(c, ["name", "agesex", "mr", "ward", "date"], r.choice([0, 1, 3]))
        L += ["Requesting physician: %s (%s)" % (c.cons["name"], c.dept), ""]
        L += sections(c, [(["Reason for consultation", "Question"], reason), (["History"], c.opener() + " " + c.he(cs["hpi"])),
                          (["Past history"], cs["pmh"]), (["Examination"], [c.vitals(), cs["exam"]]), (["Investigations reviewed"], invest_block(c)),
                          (["Assessment", "Impression"], cs["dx"]), (["Recommendations", "Suggestions", "Plan"], ["- " + x for x in op])])
        L += signoff(c, spec, r.choice([0, 1, 3]))
    elif st == 3:
        L += ["%s %s" % (c.d(dt), c.tm()), r.choice(["%s call" % to, "%s reference reply" % to, "Seen on call by %s team" % to]), ""]
        L += [r.choice(["Pt seen.", "Pt seen & examined.", "Case discussed with consultant."]) + " " + reason + ".", c.vitals(2)]
        L += [r.choice(["Imp:", "Opinion:", "A/P:"])] + ["> " + x for x in op]
        L += [r.choice(["Will review tomorrow.", "Re-call if needed.", "Thanks."])] + signoff(c, c.doctor(to, "reg"), r.choice([2, 3, 6]))
    elif st == 4:
        L += letterhead(c, False) + ["", r.choice(["PRE-OPERATIVE ASSESSMENT / FITNESS", "Medical fitness for surgery", "PRE-ANAESTHESIA CONSULTATION"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], 2)
        L += ["", "Proposed procedure: " + (cs["proc"]["name"] if cs.get("proc") else "N/A"), "Co-morbidities: " + cs["pmh"], "Vitals: " + c.vitals(0),
              "Airway: Mallampati %s, mouth opening adequate, neck movements free" % r.choice(["I", "II", "II", "III"]), "CVS/Resp: " + r.choice(["NAD", "Clear"]),
              "Investigations: " + ", ".join(c.key_labs(6, 0)), "", "ASA grade: " + r.choice(["I", "II", "II", "III"]), "Opinion:"] + ["  " + x for x in op]
        L += ["", r.choice(["FIT for surgery under GA/SA with above precautions.", "Fit for proposed procedure.", "Fit with high risk consent."])] + signoff(c, spec, 0)
    else:
        L += [r.choice(["Multidisciplinary Team Meeting", "TUMOUR BOARD / MDT", "Joint Clinic Opinion"]), "Date: " + c.d(dt), ""]
        L += ["Patient: %s  (%s)  MR: %s" % (c.name, c.agesex("c"), c.mr), "Presented by: " + c.reg["name"], "Attendance: %s (%s), %s (%s), %s (Radiology)" % (c.cons["name"], c.dept, spec["name"], to, c.doctor("Radiology", "cons")["name"]), ""]
        L += ["Summary: " + c.opener() + " " + hcourse(c), "", "Discussion: " + reason + ".", "", "Consensus / Recommendation:"] + ["%d. %s" % (i + 1, x) for i, x in enumerate(op)]
        L += ["", "Recorded by: " + c.ho["name"]]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- operative_note
def g_operative_note(c):
    r = c.r; cs = c.case; p = cs["proc"]
    st = r.randint(0, 5)
    an = c.doctor("Anaesthesia", "cons")
    asst = c.reg
    dop = c.date + datetime.timedelta(days=r.choice([0, 1, 1, 2]))
    anes = {"GA": r.choice(["General anaesthesia (ETT)", "GA", "General endotracheal"]), "SA": r.choice(["Spinal anaesthesia", "SA", "Sub-arachnoid block"]), "LA": "Local", "Sedation": "IV sedation"}[p["anes"]]
    ebl = r.choice(["minimal", "50 ml", "100 ml", "150 ml", "200 ml", "< 50 ml", "300 ml"])
    L = []
    if st == 0:
        L += letterhead(c) + ["", r.choice(["OPERATION NOTES", "OPERATIVE REPORT", "OT NOTES", "Operation Record"]), ""]
        L += demo(c, ["name", "agesex", "mr", "ward"], 1)
        L += ["Date of operation: %s   Time in: %s   Time out: %s" % (c.d(dop), c.tm(), c.tm()), ""]
        L += sections(c, [(["Surgeon", "Operating surgeon"], c.cons["name"]), (["Assistant(s)", "Assistants"], "%s, %s" % (asst["name"], c.ho["name"])),
                          (["Anaesthetist"], an["name"]), (["Anaesthesia"], anes), (["Pre-operative diagnosis", "Pre-op Dx"], cs["dx"].split("(")[0].strip()),
                          (["Post-operative diagnosis", "Post-op Dx"], r.choice(["Same", cs["dx"]])), (["Procedure", "Operation performed", "Operation"], p["name"]),
                          (["Findings", "Operative findings"], p["findings"]), (["Procedure details", "Description", "Steps"], p["steps"]),
                          (["Estimated blood loss", "EBL"], ebl), (["Drain"], r.choice(["None", "Suction drain No. 14", "Nil", "Tube drain in pelvis"])),
                          (["Specimen"], (p.get("spec") or "None") + (" sent for histopathology" if p.get("spec") else "")), (["Complications"], r.choice(["None", "Nil", "No intra-op complication"])),
                          (["Post-op instructions", "Post-operative orders"], ["Vitals half hourly x 2 hrs then 4 hourly", r.choice(["NPO till bowel sounds", "Orally sips after 6 hours", "Allow orally after 4 hrs"]), "Inj. antibiotics and analgesia as per chart"])])
        L += signoff(c, c.cons, r.choice([0, 1]))
    elif st == 1:
        L += [r.choice(["Operative note", "Operation note (dictated)", "OPERATION:"]) + " " + c.d(dop), ""]
        L += ["Patient %s, %s, MR %s." % (c.name, c.agesex("d"), c.mr), ""]
        t = "Under %s, %s. " % (anes.lower() if len(anes) > 3 else anes, " ".join(p["steps"]))
        L += ["Procedure: " + p["name"] + ".", "", t, "", "Findings: " + p["findings"], "", "Blood loss %s. %s. Patient shifted to recovery in stable condition." % (ebl, r.choice(["Instrument and mop count correct", "Counts correct", "Swab count complete"]))]
        L += signoff(c, c.cons, r.choice([0, 2, 3]))
    elif st == 2:
        L += ["%s %s" % (c.d(dop), c.tm()), r.choice(["Brief op note", "Post-op note", "OT note"]), ""]
        L += ["Procedure: " + p["name"], "Surgeon: " + c.cons["name"].replace("Dr. ", "Dr "), "Asst: " + asst["name"], "Anes: " + p["anes"], "Findings: " + p["findings"].split(". ")[0].rstrip(".") + ".",
              "EBL: " + ebl, "Specimen: " + (p.get("spec") or "nil"), "Complications: nil", "Condition: " + r.choice(["stable", "shifted to ward stable", "extubated, stable, to recovery"])]
        L += signoff(c, asst, r.choice([2, 6]))
    elif st == 3:
        L += letterhead(c, False) + ["", "OPERATION THEATRE RECORD", "OT No: %d      Case No: %d / %d" % (r.randint(1, 8), r.randint(1, 15), c.date.year), ""]
        L += demo(c, ["name", "rel", "agesex", "mr"], 3)
        L += ["", "Type of surgery:  [%s] Elective   [%s] Emergency" % ((" ", "x") if cs["key"] in ("appendicitis", "preeclampsia", "nof") else ("x", " ")),
              "WHO surgical safety checklist: Sign in [x] Time out [x] Sign out [x]", "Site marked: " + r.choice(["Yes", "N/A"]), "Antibiotic prophylaxis given: Yes (%s)" % r.choice(["Cefazolin 1 g", "Ceftriaxone 1 g", "Co-amoxiclav 1.2 g"]), ""]
        L += ["Operation: " + p["name"], "Surgeon: %s    Assistant: %s" % (c.cons["name"], asst["name"]), "Anaesthetist: %s   Anaesthesia: %s" % (an["name"], anes), "Scrub nurse: " + r.choice(FEMALE) + " " + r.choice(SURN), ""]
        L += ["Findings:", p["findings"], "", "Procedure:"] + ["%d. %s" % (i + 1, s) for i, s in enumerate(p["steps"])]
        L += ["", "Sponge/needle count: correct   Implants: " + r.choice(["Nil", "Mesh / stent / prosthesis - sticker attached"]), "Specimen to lab: " + (p.get("spec") or "Nil")]
        L += signoff(c, c.cons, 4)
    elif st == 4:
        L += [c.h_["name"], cs["ward"], "", r.choice(["SURGICAL PROCEDURE NOTE", "Operation Details", "Surgery Notes"]), ""]
        L += ["Name: %s   Age: %d   MR: %s   Date: %s" % (c.name, c.age, c.mr, c.d(dop)), ""]
        L += ["Indication: " + cs["dx"] + ".", "Consent: written informed consent taken%s." % r.choice(["", " from patient and husband", " in Urdu"]), "Anaesthesia: " + anes + ".", "Position: " + r.choice(["supine", "lithotomy", "lateral", "as required"]) + ".", ""]
        L += ["Operative steps:"] + ["  - " + s for s in p["steps"]]
        L += ["", "Intra-operative findings: " + p["findings"], "", "Duration: %d min. EBL %s." % (p["dur"] + r.randint(-10, 25), ebl), "", "Post-operative plan:"]
        L += ["  " + x for x in cs["meds_in"][:3]] + ["  " + cs["fu"]]
        L += signoff(c, c.cons, r.choice([0, 3]))
    else:
        L += [r.choice(["OT Register / Surgeon's Note", "Details of Operation", "OPERATIVE FINDINGS & PROCEDURE"]), ""]
        L += ["%s | %s | %s | %s" % (c.name, c.agesex("a"), c.mr, c.d(dop)), ""]
        L += ["Diagnosis: " + dx_str(c), "Surgery: " + p["name"], "Team: %s (Surgeon), %s (Asst), %s (Anaes)" % (c.cons["name"], asst["name"], an["name"]), ""]
        L += ["Per-operative findings:"] + ["  * " + x.strip().rstrip(".") + "." for x in p["findings"].split(". ") if x.strip()]
        L += ["", "Technique: " + " ".join(p["steps"][1:4]) + " ...", "Closure: " + p["steps"][-1], ""]
        L += ["Post op: " + r.choice(["Ward", "Recovery then ward", "ICU for observation", "HDU"])] + signoff(c, asst, 5)
    L += footer(c)
    return paginate(c, L)

# ----------------------------------------------------------------------------- procedure_note
PROCS = [
 dict(name="Upper GI endoscopy (OGD)", kind="endo", dept="Gastroenterology", ind="Dyspepsia and epigastric pain for 6 months, not responding to PPI; weight loss 3 kg", sed="Xylocaine spray, Inj. Midazolam 2 mg IV",
      sites=[("Oesophagus", "Normal mucosa. Z-line regular at 38 cm."), ("Stomach", "Patchy erythema and erosions in antrum. Fundus and body normal on retroflexion."), ("Duodenum", "D1 and D2 normal.")],
      imp="Erosive antral gastritis. CLO test positive. Biopsies taken from antrum and body (Sydney protocol).", rec="H. pylori eradication (PPI + Clarithromycin + Amoxicillin x 14 days). Await histopathology."),
 dict(name="Colonoscopy", kind="endo", dept="Gastroenterology", ind="Bleeding per rectum off and on for 3 months, age > 45", sed="Inj. Midazolam 3 mg, Inj. Nalbuphine 5 mg IV",
      sites=[("Rectum", "Grade II internal haemorrhoids on retroflexion."), ("Sigmoid colon", "6 mm sessile polyp at 25 cm, removed with cold snare, retrieved."), ("Descending / Transverse / Ascending colon", "Normal."), ("Caecum / TI", "Caecum reached, appendiceal orifice and ICV identified. TI intubated, normal.")],
      imp="Internal haemorrhoids. Sigmoid polyp - polypectomy done. Bowel prep: fair (BBPS 6).", rec="High fibre diet. Await histopathology of polyp. Repeat colonoscopy as per histology."),
 dict(name="ERCP with sphincterotomy and stone extraction", kind="endo", dept="Gastroenterology", ind="Obstructive jaundice, CBD stone 11 mm on MRCP", sed="Propofol sedation by anaesthetist",
      sites=[("Papilla", "Normal-looking major papilla in D2."), ("Cholangiogram", "Dilated CBD 13 mm with single filling defect 11 mm in distal CBD. Intrahepatic ducts mildly dilated."), ("Therapy", "Biliary sphincterotomy done. Stone extracted with balloon; occlusion cholangiogram clear. 10 Fr x 7 cm plastic stent placed.")],
      imp="Choledocholithiasis - stone extraction and biliary stenting.", rec="NPO 6 hours, then liquids. Serum amylase after 6 hours. Lap cholecystectomy in same admission or within 6 weeks."),
 dict(name="Lumbar puncture", kind="bed", dept="Medicine", ind="Fever, headache and neck stiffness for 3 days; suspected meningitis. CT brain normal, no papilloedema",
      steps=["Informed consent from attendant.", "Left lateral position, knees flexed.", "L3-L4 space identified, aseptic measures, 2% lignocaine infiltration.", "22G spinal needle introduced; CSF obtained at first attempt.", "Opening pressure 24 cm H2O.", "10 ml CSF collected in 3 sterile containers."],
      findings="CSF turbid. Sent for DR (cells, protein, glucose with concurrent blood glucose), Gram stain, culture, AFB and GeneXpert.", post="Lie flat for 2 hours. Neuro obs 2 hourly."),
 dict(name="Right internal jugular central venous catheter insertion", kind="bed", dept="Anaesthesia / ICU", ind="Septic shock on vasopressors; poor peripheral access",
      steps=["Consent from next of kin.", "Trendelenburg position, full sterile barrier precautions, chlorhexidine skin prep.", "Ultrasound guided puncture of right IJV with Seldinger technique.", "7 Fr triple lumen catheter inserted, fixed at 15 cm.", "All lumens aspirated and flushed."],
      findings="Single pass, no arterial puncture. Post procedure CXR: tip at cavo-atrial junction, no pneumothorax.", post="Line may be used. Daily line care. Review need daily."),
 dict(name="Diagnostic and therapeutic pleural aspiration", kind="bed", dept="Pulmonology", ind="Moderate right-sided pleural effusion, ? tuberculous",
      steps=["Consent taken.", "Patient sitting leaning forward on pillow.", "Site marked under ultrasound: right 8th ICS posterior axillary line.", "Aseptic technique, local lignocaine 2% 5 ml.", "Aspirated with 18G cannula and 3-way stopcock."],
      findings="900 ml straw coloured fluid aspirated. Samples sent for protein, LDH, glucose, ADA, cytology, cell count, Gram stain, AFB, C/S.", post="CXR post procedure. Observe for cough, breathlessness."),
 dict(name="Diagnostic and therapeutic abdominal paracentesis (ascitic tap)", kind="bed", dept="Gastroenterology", ind="Tense ascites in decompensated chronic liver disease; rule out SBP",
      steps=["Consent taken. Bladder emptied.", "Left iliac fossa site, aseptic measures, 2% lignocaine.", "Z-track technique with 16G cannula.", "Drained slowly under observation."],
      findings="4.5 litres straw coloured fluid removed. Sample sent for DR (TLC, neutrophils), albumin (SAAG), culture in blood culture bottles.", post="Inj. Albumin 20% 100 ml (8 g per litre removed). Monitor BP."),
 dict(name="Intra-articular injection, right knee", kind="bed", dept="Orthopaedics", ind="Primary osteoarthritis right knee (KL grade III) with effusion, not responding to NSAIDs and physiotherapy",
      steps=["Consent taken, side marked.", "Supine, knee slightly flexed. Superolateral approach.", "Povidone iodine and spirit prep; no-touch technique.", "20 ml clear synovial fluid aspirated.", "Inj. Triamcinolone 40 mg + 2 ml 2% lignocaine injected."],
      findings="Clear straw coloured synovial fluid, non-viscous. No blood.", post="Rest for 24-48 hours. Ice pack. Quadriceps exercises. Return if redness, fever."),
 dict(name="Flexible bronchoscopy with bronchoalveolar lavage", kind="endo", dept="Pulmonology", ind="Non-resolving right upper lobe pneumonia; sputum AFB negative x 3", sed="Lignocaine 2% topical, Inj. Midazolam 2 mg IV",
      sites=[("Vocal cords", "Mobile, normal."), ("Trachea / carina", "Normal, carina sharp."), ("Right bronchial tree", "Mucopurulent secretions from RUL apical segment; mucosa inflamed. No endobronchial growth."), ("Left bronchial tree", "Normal up to subsegmental level.")],
      imp="Inflamed RUL apical segment with secretions. BAL from RUL sent for AFB smear, GeneXpert, fungal and bacterial culture, and cytology.", rec="Await BAL results. Continue current antibiotics."),
 dict(name="Nerve conduction study and EMG (upper limbs)", kind="emg", dept="Neurology", ind="Numbness and tingling of right hand (thumb, index, middle fingers) for 6 months, worse at night",
      imp="Electrophysiological evidence of moderate right median neuropathy at the wrist (carpal tunnel syndrome). Left: mild. No evidence of cervical radiculopathy.", rec="Wrist splint at night. Consider local steroid injection / surgical release."),
 dict(name="Bone marrow aspiration and trephine biopsy", kind="bed", dept="Haematology", ind="Pancytopenia with splenomegaly, for evaluation",
      steps=["Consent taken.", "Left lateral position; right posterior superior iliac spine marked.", "Aseptic measures, local anaesthesia with 2% lignocaine 10 ml.", "Aspirate obtained with Salah needle; slides made at bedside.", "Trephine biopsy 1.8 cm core with Jamshidi needle, placed in formalin."],
      findings="Aspirate: particulate, adequate. Trephine core 1.8 cm.", post="Pressure dressing. Lie supine 30 minutes. Paracetamol SOS."),
 dict(name="Coronary angiography", kind="cath", dept="Cardiology", ind="Typical exertional angina, positive exercise tolerance test (Bruce stage II)",
      vessels=[("Left main", "Normal"), ("LAD", "70% stenosis in mid segment after D1"), ("LCx", "Non-dominant, minor luminal irregularities"), ("RCA", "Dominant, 50% proximal stenosis")],
      imp="Two vessel coronary artery disease (LAD, RCA). LV function preserved on ventriculogram (EF ~55%).", rec="Options discussed: PCI to LAD vs medical therapy. Heart team discussion. Continue DAPT, statin."),
]

def g_procedure_note(c):
    r = c.r
    use_case = c.case.get("proc") and c.case["proc"].get("kind") == "proc" and r.random() < 0.35
    if use_case:
        cp = c.case["proc"]
        p = dict(name=cp["name"], kind="bed", dept=c.dept, ind=c.case["dx"], steps=cp["steps"], findings=cp["findings"], post=c.case["fu"])
    else:
        p = r.choice(PROCS)
    op = c.doctor(p["dept"].split(" /")[0], "cons")
    st = r.randint(0, 5)
    L = []
    dt = c.d(c.date + datetime.timedelta(days=r.randint(0, 2)))
    if p["kind"] == "endo" and st < 3:
        L += letterhead(c, False) + [r.choice(["ENDOSCOPY SUITE", "GI Endoscopy Unit", "Bronchoscopy / Endoscopy Suite", ""]), "", r.choice(["PROCEDURE REPORT", "ENDOSCOPY REPORT", p["name"].upper(), "Report"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], r.choice([1, 2, 3]))
        L += ["Referring doctor: " + c.cons["name"], "Endoscopist: " + op["name"], "Instrument: " + r.choice(["Olympus GIF-Q150", "Olympus CF-H170L", "Pentax EG-2990i", "Fujinon EG-530WR", "Olympus BF-1T60"]), "Sedation: " + p["sed"], ""]
        L += ["Indication: " + p["ind"], "", "FINDINGS:" if st != 1 else "Findings"]
        for s, f in p["sites"]:
            L += ["%s: %s" % (s, f)] if st != 2 else [s.upper(), "  " + f]
        L += ["", r.choice(["IMPRESSION:", "Conclusion:", "Endoscopic diagnosis:"]), p["imp"], "", r.choice(["RECOMMENDATIONS:", "Plan:", "Advice:"]), p["rec"], "", "Images captured: %d" % r.randint(2, 8)]
        L += signoff(c, op, r.choice([0, 3]))
    elif p["kind"] == "endo":
        L += ["%s  %s" % (dt, c.tm()), p["name"] + " done by " + op["name"], "", "Ind: " + p["ind"], "Under " + p["sed"].lower()]
        L += ["Findings: " + " ".join("%s - %s" % (s, f) for s, f in p["sites"]), "Imp: " + p["imp"], "Plan: " + p["rec"]]
        L += signoff(c, c.reg, r.choice([2, 6]))
    elif p["kind"] == "emg":
        L += letterhead(c, False) + ["", r.choice(["NEUROPHYSIOLOGY LAB", "NCS / EMG REPORT", "Clinical Neurophysiology"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], 1) + ["Referred by: " + c.cons["name"], "Clinical: " + p["ind"], ""]
        L += ["MOTOR NERVE CONDUCTION", "Nerve/Site        Latency(ms)  Amp(mV)  CV(m/s)",
              "R Median  wrist   %.1f         %.1f      --" % (r.uniform(5.6, 6.8), r.uniform(3.5, 5.0)),
              "R Median  elbow   %.1f        %.1f      %d" % (r.uniform(9.8, 11.2), r.uniform(3.2, 4.8), r.randint(50, 56)),
              "L Median  wrist   %.1f         %.1f      --" % (r.uniform(4.2, 4.6), r.uniform(6.5, 9.0)),
              "R Ulnar   wrist   %.1f         %.1f      --" % (r.uniform(2.5, 3.1), r.uniform(8, 11)), "",
              "SENSORY NERVE CONDUCTION", "R Median (digit 2)  onset lat %.1f ms  amp %d uV  CV %d m/s" % (r.uniform(3.8, 4.4), r.randint(6, 11), r.randint(32, 38)),
              "R Ulnar (digit 5)   onset lat %.1f ms  amp %d uV  CV %d m/s" % (r.uniform(2.2, 2.6), r.randint(18, 30), r.randint(50, 58)), "",
              "NEEDLE EMG: R APB - few fibrillations, reduced recruitment. R FDI, biceps, deltoid, C5-C7 paraspinals - normal.", "", "INTERPRETATION:", p["imp"], "", "Recommendation: " + p["rec"]]
        L += signoff(c, op, 0)
    elif p["kind"] == "cath":
        L += letterhead(c, False) + ["", r.choice(["CARDIAC CATHETERISATION LABORATORY", "CATH LAB REPORT", "Invasive Cardiology"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], r.choice([1, 3]))
        L += ["Operator: " + op["name"], "Indication: " + p["ind"], "Access: " + r.choice(["Right radial 6F", "Right femoral 6F"]), "Contrast: Iohexol %d ml   Fluoro time: %.1f min" % (r.randint(60, 140), r.uniform(3, 9)), ""]
        L += ["CORONARY ANATOMY"] + ["%-12s %s" % v for v in p["vessels"]]
        L += ["", "LV gram: " + r.choice(["Normal wall motion", "Mild anterior hypokinesia"]) + ", LVEDP %d mmHg" % r.randint(8, 18), "", "CONCLUSION: " + p["imp"], "RECOMMENDATION: " + p["rec"], "Complications: None. Haemostasis with TR band / manual compression."]
        L += signoff(c, op, 3)
    elif st in (0, 1, 2):
        L += ([] if st == 2 else letterhead(c, False)) + ["", r.choice(["PROCEDURE NOTE", "Bedside Procedure Record", "Procedure Notes", "Note"]), ""]
        L += demo(c, ["name", "agesex", "mr", "ward"], r.choice([0, 2])) + ["Date/Time: %s %s" % (dt, c.tm()), ""]
        L += sections(c, [(["Procedure"], p["name"]), (["Indication"], p["ind"]), (["Performed by", "Operator"], "%s, supervised by %s" % (c.reg["name"], op["name"]) if r.random() < 0.6 else op["name"]),
                          (["Consent"], r.choice(["Written informed consent obtained", "Verbal and written consent from attendant", "Taken"])), (["Time-out"], r.choice(["Done", "Performed, patient identity confirmed", None])),
                          (["Technique", "Procedure details", "Description"], p["steps"]), (["Findings"], p["findings"]), (["Complications"], r.choice(["None", "Nil immediate", "None observed"])),
                          (["Post-procedure", "Post procedure instructions"], p["post"])])
        L += signoff(c, c.reg, r.choice([0, 1, 3]))
    else:
        L += ["%s %s" % (dt, c.tm()), ""]
        L += ["%s done under aseptic measures for %s. %s %s Pt tolerated well, no immediate complication. %s" % (p["name"], p["ind"].lower().split(";")[0], " ".join(p["steps"][1:]), p["findings"], p["post"])]
        L += signoff(c, c.reg, r.choice([2, 6, 3]))
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- lab_report
def lab_table(c, panel, st):
    title, tests = PANELS[panel]
    out = []
    if st == 0:
        out += [title, "%-22s %-10s %-10s %s" % ("Test", "Result", "Unit", "Reference Range"), "-" * 62]
        for k in tests:
            v, u, lo, hi, f = c.lab(k)
            out.append("%-22s %-10s %-10s %s - %s" % (k, str(v) + (" " + f if f else ""), u, lo, hi))
    elif st == 1:
        out += [title.title()]
        for k in tests:
            v, u, lo, hi, f = c.lab(k)
            out.append("  %s ........ %s %s   (%s-%s)%s" % (k, v, u, lo, hi, "  *" if f else ""))
    else:
        out += [title + ":"]
        out.append(" | ".join("%s %s%s" % (k, c.lab(k)[0], ("(" + c.lab(k)[4] + ")") if c.lab(k)[4] else "") for k in tests))
    return out

def qual_table(c, panel):
    title, rows = QUAL[panel]
    out = [title]
    cs = c.case
    for k, v in rows:
        if panel == "URINE":
            if k == "Protein" and "Urine protein" in cs["labs"]: v = cs["labs"]["Urine protein"]
            if k == "RBCs" and "Urine RBCs" in cs["labs"]: v = cs["labs"]["Urine RBCs"]
            if k == "Pus cells" and cs["key"] == "dka": v = "25-30 /HPF"
            if k == "Ketones" and cs["key"] == "dka": v = "+++"
            if k == "Glucose" and cs["key"] in ("dka", "t2dmfu"): v = "++"
        if panel == "VIRAL" and "Anti-HCV" in k and cs["labs"].get("Anti-HCV"): v = "REACTIVE (S/CO %.1f)" % c.r.uniform(8, 18)
        out.append("  %-34s %s" % (k, v))
    if panel == "CULTURE":
        if cs["key"] == "typhoid":
            out += ["  Organism isolated: Salmonella Typhi (growth after 48 hrs)", "  Sensitivity:",
                    "    Ampicillin            R", "    Chloramphenicol       R", "    Co-trimoxazole        R", "    Ciprofloxacin         R", "    Ceftriaxone           R",
                    "    Azithromycin          S", "    Meropenem             S", "  Comment: Extensively drug resistant (XDR) S. Typhi. Notifiable."]
        else:
            out += ["  Result: No growth after 5 days of incubation."]
    return out

def g_lab_report(c):
    r = c.r; cs = c.case
    st = r.randint(0, 6)
    L = []
    labno = "%s%d" % (r.choice(["L", "LAB-", "", "CL"]), r.randint(100000, 9999999))
    coll = c.date + datetime.timedelta(days=r.choice([0, 0, 1]))
    path = c.doctor("Pathology", "cons")
    pnls = [p for p in cs["panels"] if p in PANELS] or ["CBC"]
    qls = [p for p in cs["panels"] if p in QUAL]
    if st in (0, 1):
        L += [c.h_["name"].upper(), r.choice(["CLINICAL LABORATORY", "Department of Pathology & Laboratory Medicine", "DIAGNOSTIC LABORATORY SERVICES"]), c.h_["addr"], ""]
        L += demo(c, ["name", "agesex", "mr"], 1)
        L += ["Lab No: %s".ljust(30) % labno + "Ref. by: " + c.cons["name"], "Collected: %s %s   Reported: %s %s" % (c.d(coll), c.tm(), c.d(coll), c.tm()), "Specimen: " + r.choice(["Whole blood (EDTA) / Serum", "Blood", "Serum"]), ""]
        for p in r.sample(pnls, min(len(pnls), r.randint(1, 3))):
            L += lab_table(c, p, st) + [""]
        for q in qls[:1]:
            if r.random() < 0.5: L += qual_table(c, q) + [""]
        L += ["Results marked H/L or * are outside reference range.", "", r.choice(["Verified by:", "Electronically verified by", "Pathologist:"]) + " " + path["name"] + ", " + path["deg"]]
    elif st == 2 and qls:
        q = r.choice(qls)
        L += letterhead(c, False) + ["", r.choice(["MICROBIOLOGY / SEROLOGY REPORT", "Section: " + ("Microbiology" if q in ("CULTURE", "AFB") else "Immunology / Clinical Pathology"), "LABORATORY REPORT"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], r.choice([0, 2, 3])) + ["Lab #: " + labno, ""]
        L += qual_table(c, q) + [""]
        if q in ("DENGUE", "TYPHOID"): L += ["Method: Immunochromatographic (rapid) assay. Results should be correlated clinically."]
        L += ["", "Reported by: " + path["name"]]
    elif st == 3:
        L += [r.choice(["CUMULATIVE LAB REPORT", "Lab Trend", "Investigation Chart"]), "%s   %s   %s" % (c.name, c.mr, cs["ward"]), ""]
        ds = [c.date + datetime.timedelta(days=i) for i in range(r.randint(3, 5))]
        L += ["%-16s" % "Test" + "".join("%-12s" % c.d(d, "%d/%m") for d in ds)]
        tests = [k for k in cs["labs"] if k in LAB] + [k for k in PANELS[pnls[0]][1][:5]]
        seen = []
        for k in tests:
            if k in seen: continue
            seen.append(k)
            v, u, lo, hi, f = c.lab(k)
            vals = []
            for i, _ in enumerate(ds):
                if f == "H": x = v * (1 - 0.12 * i) if k != "HCT" else v - i
                elif f == "L": x = v * (1 + 0.18 * i)
                else: x = v * r.uniform(0.95, 1.05)
                if cs["key"] == "dengue" and k == "Platelets": x = [v * 1.6, v * 1.1, v, v * 1.4, v * 2.1][i]
                vals.append(round(x, LAB[k][3]) if LAB[k][3] else int(x))
            L.append("%-16s" % k + "".join("%-12s" % x for x in vals))
        L += ["", "(Values transcribed from lab reports by %s)" % c.ho["name"]]
    elif st == 4:
        L += ["%s  %s" % (c.d(coll), c.tm()), r.choice(["Labs:", "Bloods:", "Inv:", "Reports"])]
        for p in pnls[:3]:
            L += ["%s: %s" % (p, ", ".join("%s %s" % (k, c.lab(k)[0]) for k in PANELS[p][1][:6]))]
        L += [r.choice(["Informed to Reg.", "Seen.", "To be shown to consultant.", ""])]
    elif st == 5:
        q = r.choice([x for x in ["URINE", "STOOL", "VIRAL"]])
        L += letterhead(c, False) + ["", r.choice(["CLINICAL PATHOLOGY", "ROUTINE EXAMINATION", "Report"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], 1) + ["Sample No: " + labno, ""]
        L += qual_table(c, q) + ["", "Checked by: %s   Technologist: %s %s" % (path["name"], r.choice(MALE), r.choice(SURN))]
    else:
        if cs["key"] in ("dka", "ckd", "cap") or r.random() < 0.4:
            L += [r.choice(["BLOOD GAS ANALYSER", "ABG Report - ICU/ER Analyzer", "cobas b 221 / Patient Report"]), "Sample: Arterial   Temp 37.0 C   FiO2 %d%%" % r.choice([21, 28, 35, 40]), "Patient ID: " + c.mr, "Operator: " + r.choice(["ICU-RN", "ER-02", "tech"]), "Date: %s  %s" % (c.d(coll), c.tm()), ""]
            ph = 7.12 if cs["key"] == "dka" else (7.24 if cs["key"] == "ckd" else round(r.uniform(7.36, 7.44), 2))
            hco = c.lab("HCO3")[0]
            pc = 22 if cs["key"] == "dka" else (30 if cs["key"] == "ckd" else r.randint(35, 44))
            po = r.randint(58, 68) if cs["key"] in ("cap", "ckd") else r.randint(82, 100)
            L += ["pH       %.2f   [7.35-7.45]" % ph, "pCO2     %d mmHg   [35-45]" % pc, "pO2      %d mmHg   [80-100]" % po, "HCO3     %s mmol/L   [22-26]" % hco, "BE       %.1f" % ((hco - 24) * 1.1), "SO2      %d %%" % (88 if po < 70 else 97), "Na+ %d  K+ %s  Lac %.1f" % (c.lab("Na")[0], c.lab("K")[0], r.uniform(0.8, 3.2))]
        else:
            L += [c.h_["short"] + " LAB", "Pt: %s  %s" % (c.name, c.agesex("a")), "Ref: " + c.cons["name"], c.d(coll), ""]
            L += lab_table(c, pnls[-1], 2) + ["", "*** End of report ***"]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- imaging_report
IMGPOOL = [
 ("X-Ray", "Chest PA view", "Cough for 2 weeks", "Both lung fields are clear. Cardiac size within normal limits (CTR < 0.5). Both costophrenic angles are clear. Hila normal. Bony thorax unremarkable.", "Normal chest radiograph.", "MF"),
 ("X-Ray", "Right knee AP and lateral", "Knee pain, ? OA", "Reduced medial joint space with marginal osteophytes and subchondral sclerosis. No fracture. Soft tissues unremarkable.", "Osteoarthritic changes right knee (Kellgren-Lawrence grade III).", "MF"),
 ("Ultrasound", "Pelvis (transabdominal)", "Menorrhagia", "Uterus bulky measuring 11.2 x 6.8 x 6.1 cm with two intramural fibroids, largest 3.4 cm in posterior wall. Endometrial thickness 9 mm. Both ovaries normal. No free fluid.", "Bulky uterus with intramural fibroids.", "F"),
 ("CT", "Brain (plain)", "Headache, dizziness", "Brain parenchyma shows normal grey-white differentiation. No intra- or extra-axial haemorrhage, mass or midline shift. Ventricles and sulci normal for age. Posterior fossa structures normal.", "No acute intracranial abnormality.", "MF"),
 ("MRI", "Lumbosacral spine", "Low back pain radiating to left leg", "Normal lumbar lordosis. Desiccation of L4-L5 and L5-S1 discs. L4-L5: posterocentral and left paracentral disc protrusion indenting thecal sac and compressing left traversing L5 nerve root. L5-S1: diffuse bulge without root compression. Conus normal at L1.", "L4-L5 left paracentral disc protrusion compressing left L5 nerve root.", "MF"),
 ("Ultrasound", "Thyroid / neck", "Neck swelling", "Right lobe 5.2 x 2.1 cm with a 1.8 cm solid isoechoic nodule with smooth margins and peripheral halo, no microcalcification. Left lobe and isthmus normal. No cervical lymphadenopathy.", "Right thyroid nodule, TI-RADS 3. FNAC may be considered.", "FFM"),
 ("Doppler", "Left lower limb venous", "Swelling left leg, post-op", "Left common femoral and popliteal veins are non-compressible with echogenic intraluminal thrombus and absent colour flow. Right side normal.", "Acute deep vein thrombosis left femoropopliteal segment.", "MF"),
 ("HRCT", "Chest", "Fever, cough, SpO2 91% (COVID PCR positive)", "Bilateral peripheral and subpleural ground glass opacities with crazy paving in both lower lobes and right middle lobe. No pleural effusion. CT severity score 14/25.", "Findings consistent with COVID-19 pneumonia (CO-RADS 5), moderate severity.", "MF"),
 ("Echocardiography", "Transthoracic", "Palpitations", "Normal chamber dimensions. LVEF 60-65%. No RWMA. Valves structurally normal. Trivial MR, TR with PASP 24 mmHg. No pericardial effusion.", "Structurally normal heart with preserved LV function.", "MF"),
 ("Nuclear Medicine", "Thyroid scan (Tc-99m pertechnetate)", "Thyrotoxicosis", "Both thyroid lobes are enlarged with diffusely increased homogeneous tracer uptake. 20-minute uptake 12.4% (normal 0.4-4%). No cold or hot nodule.", "Diffuse toxic goitre (Graves' disease).", "FFM"),
 ("Nuclear Medicine", "Whole body bone scan (Tc-99m MDP)", "Carcinoma prostate staging", "Multiple foci of increased tracer uptake in thoracolumbar spine, pelvis and right 6th rib. Kidneys visualised.", "Multiple osseous metastases.", "M"),
]

def g_imaging_report(c):
    r = c.r; cs = c.case
    if cs.get("img") and r.random() < 0.6:
        mod, reg, fi, imp = cs["img"]; clin = cs["dx"].split("(")[0] if r.random() < 0.5 else ", ".join(a for a, _ in cs["cc"][:2])
    else:
        pool = [x for x in IMGPOOL if c.sex in x[5]]
        mod, reg, clin, fi, imp, _ = r.choice(pool)
        if mod == "HRCT" and c.date.year < 2020:
            c.date = c.date.replace(year=r.choice([2020, 2021]))
    rad = c.doctor("Radiology" if mod != "Echocardiography" else "Cardiology", "cons")
    st = r.randint(0, 5)
    L = []
    title = "%s %s" % (mod.upper(), reg.upper())
    if st == 0:
        L += letterhead(c, False) + [r.choice(["DEPARTMENT OF RADIOLOGY", "Imaging Services", "Department of Radiology & Medical Imaging"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], 1) + ["Referred by: " + c.cons["name"], "Exam: " + title, ""]
        L += sections(c, [(["Clinical information", "Clinical history", "Indication"], clin), (["Technique"], (r.choice(["Axial sections acquired; multiplanar reconstructions reviewed.", "Non-contrast study as per protocol."]) if mod in ("CT", "MRI", "HRCT") else r.choice(["Standard views / protocol.", None]))),
                          (["Comparison"], r.choice(["None available.", "No prior.", None])), (["Findings", "Report"], fi), (["Impression", "Conclusion", "Opinion"], imp)])
        L += signoff(c, rad, 0)
    elif st == 1:
        L += [c.h_["name"], "", title, "", "Name: %s   Age: %s   MR: %s   Date: %s" % (c.name, c.agesex("a"), c.mr, c.d()), ""]
        L += [s.strip() + "." for s in fi.split(".") if s.strip()]
        L += ["", r.choice(["IMPRESSION:", "Comments:", "CONCLUSION:"]), imp, "", r.choice(["Clinical correlation is suggested.", "Please correlate clinically.", "Follow-up advised if clinically indicated.", ""]), ""]
        L += [rad["name"], rad["deg"], r.choice(["Consultant Radiologist", "Radiologist", "Consultant Sonologist"])]
    elif st == 2:
        L += ["RIS/PACS Report  Acc#: %s%d" % (r.choice(["CT", "US", "XR", "MR", "NM", "RD"]), r.randint(100000, 999999)), "Patient: %s (%s)  ID: %s" % (c.name.upper(), c.agesex("c"), c.mr), "Study: %s   Study date: %s %s" % (title, c.d(), c.tm()), "Ordering: " + c.cons["name"], "Status: FINAL", ""]
        L += ["HISTORY: " + clin, "", "FINDINGS:", fi, "", "IMPRESSION:"] + ["%d. %s" % (i + 1, s.strip()) for i, s in enumerate(imp.split(". ")) if s.strip()]
        L += ["", "Electronically signed by %s on %s %s" % (rad["name"], c.d(), c.tm())]
    elif st == 3 and mod == "Echocardiography":
        L += letterhead(c, False) + ["", "ECHOCARDIOGRAPHY REPORT", ""] + demo(c, ["name", "agesex", "mr", "date"], 2)
        L += ["BSA: %.2f m2   Rhythm: %s   Image quality: %s" % (r.uniform(1.5, 2.0), r.choice(["Sinus", "Sinus tachycardia"]), r.choice(["Good", "Fair", "Suboptimal"])), ""]
        L += ["M-MODE / 2D", "  LVIDd %d mm   LVIDs %d mm   IVSd %d mm   PWd %d mm" % (r.randint(44, 54), r.randint(28, 38), r.randint(9, 13), r.randint(9, 12)), "  LA %d mm   Ao root %d mm   EF %s" % (r.randint(32, 42), r.randint(26, 33), "40-45%" if "40-45" in fi else "%d%%" % r.randint(55, 65)),
              "DOPPLER", "  MV E/A %.1f   E/e' %d   TR Vmax %.1f m/s" % (r.uniform(0.7, 1.4), r.randint(7, 15), r.uniform(2.0, 2.7)), "", "FINDINGS:", fi, "", "CONCLUSION:", imp]
        L += signoff(c, rad, 3)
    elif st == 3:
        L += [r.choice(["Ultrasound / X-ray report", "Radiology report", "Scan report"]), "%s %s" % (c.name, c.mr), "Exam: " + title, "Dated: " + c.d(), ""]
        L += ["Findings:"] + ["- " + s.strip() for s in fi.split(".") if s.strip()] + ["", "Impression: " + imp]
        L += signoff(c, rad, r.choice([2, 3]))
    elif st == 4:
        L += [c.d() + " " + c.tm(), r.choice(["Wet reading", "Preliminary report (resident)", "Verbal report received"]), "%s - %s" % (title, c.name), "", "Prelim: " + imp, r.choice(["Final report to follow.", "Discussed with ER team.", "Radiologist informed."])]
        L += signoff(c, c.doctor("Radiology", "reg"), r.choice([2, 6]))
    else:
        L += letterhead(c, False) + ["", title, "=" * len(title), ""]
        L += demo(c, ["name", "rel", "agesex", "mr", "date"], 3) + [""]
        L += ["Reason for exam: " + clin, "", fi, "", "OPINION: " + imp.upper() if r.random() < 0.5 else "OPINION: " + imp, "", "Dictated by %s / typed by %s" % (rad["name"], r.choice(["AK", "sf", "typist-3", "MI"]))]
        L += ["N.B: This report is an opinion and not a final diagnosis; it should be correlated with clinical findings."]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- pathology_report
PATHPOOL = [
 ("Gastric antral biopsy", "Multiple tiny grey-white tissue fragments, aggregate 0.5 cm. Entirely submitted.", "Antral mucosa with moderate chronic active inflammation, lymphoid aggregates and curved bacilli consistent with Helicobacter pylori on Giemsa stain. No intestinal metaplasia, dysplasia or malignancy.", "Chronic active gastritis, H. pylori associated.", "MF"),
 ("FNAC thyroid (right lobe nodule)", "Two passes with 23G needle; 6 smears prepared (air dried and alcohol fixed).", "Smears are moderately cellular showing follicular cells in sheets and macrofollicles with abundant colloid and scattered macrophages. No nuclear atypia.", "Benign follicular nodule (Bethesda category II).", "FFM"),
 ("Cervical lymph node excision biopsy", "Grey-tan nodular tissue 2.2 x 1.5 cm, cut surface shows areas of caseation.", "Lymph node with effaced architecture by multiple epithelioid cell granulomas with Langhans giant cells and central caseous necrosis. ZN stain shows occasional acid fast bacilli. No malignancy.", "Caseating granulomatous lymphadenitis, consistent with tuberculosis.", "MF"),
 ("Endometrial curettings", "Multiple fragments of brownish soft tissue, aggregate 2 x 1.5 cm.", "Endometrial glands with secretory changes and stromal predecidualisation. No hyperplasia, atypia or malignancy.", "Secretory endometrium.", "F"),
 ("Skin punch biopsy (forearm)", "Skin core 0.4 cm diameter, 0.6 cm depth.", "Epidermal hyperplasia, parakeratosis with Munro microabscesses, thinned suprapapillary plates and dilated dermal capillaries.", "Psoriasiform dermatitis, consistent with psoriasis vulgaris.", "MF"),
 ("Right breast lump excision", "Well circumscribed rubbery nodule 2.5 x 2 x 1.8 cm, cut surface grey-white, lobulated with slit-like spaces.", "Biphasic lesion with intracanalicular and pericanalicular pattern of bland ducts and cellular stroma. No atypia or malignancy.", "Fibroadenoma.", "F"),
 ("Cervical smear (Pap, conventional)", "Two slides received, fixed.", "Satisfactory for evaluation; endocervical component present. Superficial and intermediate squamous cells with mild inflammatory changes. No intraepithelial lesion.", "Negative for intraepithelial lesion or malignancy (NILM), inflammatory changes.", "F"),
 ("Colonic polyp (sigmoid) polypectomy", "Single sessile polyp 0.6 cm.", "Tubular adenoma with low-grade dysplasia. Stalk/base free of dysplasia.", "Tubular adenoma, low grade dysplasia, completely excised.", "MF"),
]

def g_pathology_report(c):
    r = c.r; cs = c.case
    p = cs.get("proc")
    if p and p.get("spec") and r.random() < 0.6:
        spec, gross, micro, dx = p["spec"] + " (" + p["name"] + ")", p["gross"], p["micro"], p["pdx"]
        clin = cs["dx"]
    else:
        spec, gross, micro, dx, sx = r.choice([x for x in PATHPOOL if c.sex in x[4]])
        clin = r.choice(["As per requisition", "Clinical details not provided", "? " + dx.split(",")[0].split("(")[0].lower(), "For histopathology"])
    pth = c.doctor("Pathology", "cons")
    acc = "%s-%d/%s" % (r.choice(["S", "H", "HP", "SP", "C"]), r.randint(100, 9999), c.date.strftime("%y"))
    st = r.randint(0, 5)
    rec = c.date + datetime.timedelta(days=r.randint(0, 2)); rep = rec + datetime.timedelta(days=r.randint(3, 10))
    L = []
    if st == 0:
        L += letterhead(c, False) + [r.choice(["DEPARTMENT OF HISTOPATHOLOGY", "SECTION OF HISTOPATHOLOGY", "Anatomical Pathology"]), "", r.choice(["SURGICAL PATHOLOGY REPORT", "HISTOPATHOLOGY REPORT", "Biopsy Report"]), ""]
        L += demo(c, ["name", "agesex", "mr"], 1) + ["Accession No: " + acc, "Received: %s   Reported: %s" % (c.d(rec), c.d(rep)), "Referring Clinician: " + c.cons["name"], ""]
        L += sections(c, [(["Specimen", "Nature of specimen"], spec), (["Clinical history", "Clinical details"], clin), (["Gross description", "Gross", "Macroscopy"], gross),
                          (["Microscopic description", "Microscopy"], micro), (["Diagnosis", "Final diagnosis"], dx.upper() if r.random() < 0.4 else dx)])
        L += signoff(c, pth, 0)
    elif st == 1:
        L += [c.h_["name"], "Histopathology", "", "Lab No. %s    Dated %s" % (acc, c.d(rep)), "Patient: %s  %s  %s" % (c.name, c.agesex("b"), c.mr), "Specimen: " + spec, "", "GROSS: " + gross, "", "MICRO: " + micro, "", "DIAGNOSIS:", "  " + spec + ":", "  - " + dx, ""]
        L += ["Blocks: %d   Slides: %d" % (r.randint(1, 12), r.randint(1, 14)), ""] + [pth["name"], pth["deg"], "Consultant Histopathologist"]
    elif st == 2 and "MRM" in spec:
        L += letterhead(c, False) + ["", "SYNOPTIC REPORT - BREAST CANCER RESECTION (CAP protocol)", ""] + demo(c, ["name", "agesex", "mr"], 2) + ["Accession: " + acc, ""]
        L += ["Procedure: Modified radical mastectomy", "Laterality: Left", "Tumour site: Upper outer quadrant", "Tumour size: 3.4 cm", "Histologic type: Invasive ductal carcinoma (NST)", "Nottingham grade: 2 (score 6/9)",
              "DCIS: Present, 10%", "Lymphovascular invasion: Present", "Margins: Uninvolved; closest deep 0.8 cm", "Lymph nodes: 3/16 positive, largest deposit 1.2 cm, no ENE", "pTNM: pT2 pN1a",
              "ER: Positive (Allred 8)", "PR: Positive (Allred 6)", "HER2/neu: Negative (1+)", "Ki-67: %d%%" % r.randint(15, 30), ""]
        L += signoff(c, pth, 3)
    elif st == 2 or st == 3:
        L += [r.choice(["Cytology / Histopathology report", "Report of Tissue Examination", "PATHOLOGY"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], 3)
        L += ["", "Ref by: %s, %s" % (c.cons["name"], c.dept), "Specimen: " + spec, "", "Macroscopic: " + gross, "Microscopic: " + micro, "", "Opinion: " + dx, "", r.choice(["Note: Kindly correlate clinically.", "Slides and blocks are retained for 10 years.", "Second opinion available on request."])]
        L += ["", pth["name"] + "  (" + pth["title"] + ")"]
    elif st == 4:
        L += letterhead(c, False) + ["", "ADDENDUM / AMENDED REPORT", "Ref original report %s dated %s" % (acc, c.d(rep)), ""] + demo(c, ["name", "mr"], 0)
        L += ["", "Specimen: " + spec, "", "Original diagnosis: " + dx, "", "Addendum: " + r.choice(["Deeper levels examined; findings unchanged.", "Special stains (PAS, ZN) performed - results incorporated above.", "Immunohistochemistry results appended. Diagnosis unchanged.", "Case reviewed in departmental consensus; diagnosis confirmed."]), ""]
        L += signoff(c, pth, 3)
    else:
        L += [c.h_["short"] + " PATHOLOGY LAB   " + acc, c.name + " / " + c.agesex("a") + " / " + c.mr, "Clinician: " + c.cons["name"], "", spec.upper(), "", "DX: " + dx, "", "Description:", gross, micro, "", "Reported: " + c.d(rep)]
        L += [pth["name"]]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- medication_list
def g_medication_list(c):
    r = c.r; cs = c.case
    st = r.randint(0, 5)
    home = [m for m in cs["meds_dc"] if m[3] == 0]
    new = [m for m in cs["meds_dc"] if m[3] > 0]
    if not home:
        home = [("Tab. Paracetamol", "500 mg", "SOS", 0)] if r.random() < 0.5 else []
    L = []
    if st == 0:
        L += letterhead(c, False) + ["", r.choice(["MEDICATION RECONCILIATION FORM", "Medicine Reconciliation (Admission)", "MED REC"]), ""]
        L += demo(c, ["name", "agesex", "mr", "ward", "doa"], 1) + ["Allergies: " + r.choice(["NKDA", "None known", "Sulfa", "Penicillin"]), "Source of information: " + r.choice(["Patient", "Attendant", "Previous prescription", "Medicine bag brought by family"]), ""]
        L += ["%-34s %-16s %-10s %-12s" % ("Home medication", "Dose", "Freq", "Action on admission"), "-" * 76]
        for m in (home or [("Nil regular medication", "-", "-", 0)]):
            L.append("%-34s %-16s %-10s %-12s" % (m[0], m[1], m[2], r.choice(["Continue", "Continue", "Hold", "Modify", "Stop"])))
        if r.random() < 0.5: L.append("%-34s %-16s %-10s %-12s" % (r.choice(["Tab. Panadol", "Herbal medicine (desi dawai)", "Tab. Calcium", "Syp. Multivitamin"]), "-", "SOS", "Stop"))
        L += ["", "Reconciled by: %s (Pharmacist) / %s (Doctor)" % (r.choice(FEMALE) + " " + r.choice(SURN), c.ho["name"]), "Date: " + c.d()]
    elif st == 1:
        L += [r.choice(["DRUG CHART", "Medication Administration Record", "TREATMENT CHART"]), "%s   %s   %s   Wt %d kg" % (c.name, c.mr, cs["ward"], c.wt), ""]
        L += ["%-46s %-8s %s" % ("Drug / Dose / Route", "Start", "Times")]
        for m in (cs["meds_in"] or [c.med(x, 3) for x in cs["meds_dc"]]):
            t = r.choice(["08-20", "08-16-24", "08", "22", "06-14-22", "SOS"])
            L.append("%-46s %-8s %s   %s" % (m[:46], c.d(c.date, "%d/%m"), t, " ".join(r.choice(["v", "x", "/", "\u2713"]) for _ in range(r.randint(2, 6)))))
        L += ["", "Nurse initials: %s   Doctor: %s" % (r.choice(["SN", "RN", "NA"]) + "-" + r.choice(FEMALE)[:3], c.ho["name"])]
    elif st == 2:
        L += [r.choice(["Current Medications", "Medicine list", "List of medications"]) + " (" + c.d() + ")", c.name + ", " + c.agesex("c"), ""]
        L += ["%d. %s" % (i + 1, c.med(m, r.choice([0, 2, 3]))) for i, m in enumerate(cs["meds_dc"])]
        L += ["", "Allergies: " + r.choice(["none", "NKDA", "Aspirin (wheeze)"])]
    elif st == 3:
        L += letterhead(c, False) + ["", "DISCHARGE MEDICATION RECONCILIATION", ""] + demo(c, ["name", "mr", "dod"], 2)
        L += ["", "A. NEW medicines started this admission:"] + (["   " + c.med(m, 2) for m in new] or ["   None"])
        L += ["B. CONTINUE home medicines:"] + (["   " + c.med(m, 2) for m in home] or ["   None (no regular medicines before admission)"])
        L += ["C. STOPPED:", "   " + r.choice(["None", "Tab. Glimepiride (hypoglycaemia risk)", "Tab. Diclofenac (renal)", "Herbal/unani medicines"]), "", "Counselled patient/attendant: Yes. Urdu medicine card given: Yes", "Pharmacist: " + r.choice(FEMALE) + " " + r.choice(SURN) + ", Pharm-D"]
    elif st == 4:
        L += ["PHARMACY - " + c.h_["short"], "Patient medication profile", "MR# %s  %s" % (c.mr, c.name), ""]
        for m in cs["meds_dc"]:
            L.append("%s | %s | %s | Qty %d | %s" % (m[0], m[1], m[2], (m[3] or 30) * {"OD": 1, "BD": 2, "TDS": 3, "HS": 1}.get(m[2], 1), r.choice(["Dispensed", "Dispensed", "Out of stock - substitute", "Patient own supply"])))
        L += ["", "Interaction check: " + r.choice(["No significant interaction", "Clopidogrel + omeprazole: prefer pantoprazole", "None flagged"])]
    else:
        L += [r.choice(["Meds brought from home (checked)", "Home meds:", "Pt's own medicines"]), c.d() + " " + c.tm(), ""]
        L += ["- " + m[0].replace("Tab. ", "T. ").replace("Cap. ", "C. ") + " " + m[1] + " " + m[2] for m in home] or ["Nil - not on any regular medicine"]
        L += [r.choice(["Compliance poor.", "Compliant.", "Takes from local pharmacy.", ""])] + signoff(c, c.ho, 6)
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- prescription
def g_prescription(c):
    r = c.r; cs = c.case
    st = r.randint(0, 5)
    doc = c.cons
    L = []
    if st == 0:
        L += [doc["name"], doc["deg"], doc["title"] + ", " + c.h_["name"], "Clinic: Room %d, %s OPD  |  Timings: %s" % (r.randint(1, 40), c.dept, r.choice(["Mon-Thu 5-8 pm", "Daily 2-5 pm", "Tue/Sat 10-1"])), "PMDC Reg. " + doc["pmdc"], "_" * 60]
        L += ["Name: %s      Age: %s      Date: %s" % (c.name, c.agesex("c"), c.d()), "Wt: %d kg   BP: %s   Pulse: %d" % (c.wt, c.vit["bp"], c.vit["p"]), ""]
        L += ["C/O: " + ", ".join(a.lower() for a, _ in cs["cc"]), "Dx: " + dx_str(c), "", "Rx"] + c.meds(r.choice([0, 1, 4]), True)
        L += ["", "Advice: " + r.choice(["Low salt diet. Walk daily.", "Plenty of fluids.", "Review with reports.", cs["fu"]]), "", "Next visit: " + c.d(c.date + datetime.timedelta(days=r.choice([7, 14, 30])))]
        L += ["", "Not valid for medico-legal purposes"]
    elif st == 1:
        L += [c.h_["name"].upper(), "OUT PATIENT DEPARTMENT", "OPD Slip No. %d   Token %d" % (r.randint(1000, 99999), r.randint(1, 120)), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], 2)
        L += ["", "Rx"] + ["  " + x for x in c.meds(0, False)] + ["", c.he("{He} has been explained dosage in Urdu.") if r.random() < 0.4 else ""]
        L += signoff(c, doc, 4)
    elif st == 2:
        L += ["Rx", ""]
        for m in cs["meds_dc"]:
            L += [m[0] + " " + m[1], "   " + c.med(m, r.choice([0, 1, 4])).split("   ")[-1].strip() + r.choice(["", " (khane ke baad)", " (khali pait)", " after meals", " before breakfast"])]
        L += ["", doc["name"]]
    elif st == 3:
        L += letterhead(c, False) + ["", r.choice(["DISCHARGE PRESCRIPTION", "Take-home medication prescription", "Pharmacy requisition"]), ""] + demo(c, ["name", "mr", "ward", "dod"], 1) + [""]
        L += ["S.No  Medicine                          Dose           Freq     Duration   Qty"]
        for i, m in enumerate(cs["meds_dc"]):
            dur = ("%d days" % m[3]) if m[3] else "1 month"
            q = (m[3] or 30) * {"OD": 1, "BD": 2, "TDS": 3, "HS": 1}.get(m[2], 1)
            L.append("%-5d %-33s %-14s %-8s %-10s %d" % (i + 1, m[0], m[1], m[2], dur, q))
        L += ["", "Prescriber: %s   Sign: ______" % c.reg["name"], "Dispensed by: ______ (Pharmacy)"]
    elif st == 4:
        L += [r.choice(["Family Clinic", "Evening Clinic", "Private Clinic"]) + " - " + doc["name"], doc["deg"], "Ph: " + c.mobile(), "-" * 40, c.d(), c.name + " " + c.agesex("a"), ""]
        L += ["BP " + c.vit["bp"], "", "R/"] + ["  " + c.med(m, 3) for m in cs["meds_dc"]]
        L += ["", "Tests: " + ", ".join(r.sample(["CBC", "LFTs", "RFTs", "HbA1c", "Lipid profile", "Urine R/E", "ECG", "X-ray chest", "Serum electrolytes"], 3)), "", r.choice(["Dawai waqt pe lein.", "Parhez: namak kam.", "Review after tests.", ""])]
    else:
        L += [c.h_["short"] + " OPD", "Date: %s   Time: %s" % (c.d(), c.tm()), "MR: %s   %s   %s" % (c.mr, c.name, c.agesex("a")), ""]
        L += ["Diagnosis: " + dx_str(c), "", "Medication:"]
        for m in cs["meds_dc"]:
            L.append("  %s %s - %s - %s" % (m[0], m[1], {"OD": "once a day", "BD": "twice a day", "TDS": "three times a day", "HS": "at night", "SOS": "if needed"}.get(m[2], m[2]), ("%d days" % m[3]) if m[3] else "continue"))
        L += ["", "Refills: %d" % r.randint(0, 2), "Signature: " + doc["name"]]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- anesthesia_record
def g_anesthesia_record(c):
    r = c.r; cs = c.case; p = cs["proc"]
    an = c.doctor("Anaesthesia", "cons")
    res = c.doctor("Anaesthesia", "reg")
    st = r.randint(0, 5)
    asa = r.choice(["I", "II", "II", "III"]) + ("E" if cs["key"] in ("appendicitis", "preeclampsia", "nof") else "")
    ga = p["anes"] == "GA"
    ind = ["Inj. Propofol %d mg" % r.randint(100, 180), "Inj. Nalbuphine %d mg" % r.choice([5, 10]), "Inj. Atracurium %d mg" % r.randint(25, 40)] if ga else ["Inj. Bupivacaine 0.5%% heavy %.1f ml" % r.choice([2.0, 2.2, 2.5, 2.8]), "%s G Quincke/Whitacre needle, L%d-L%d, sitting" % (r.choice(["25", "26", "27"]), 3, 4)]
    if ga and c.date.year < 2012 and r.random() < 0.5: ind[0] = "Inj. Thiopentone %d mg" % r.randint(250, 400)
    vit_rows = []
    bp_s, bp_d = [int(x) for x in c.vit["bp"].split("/")]
    t0 = r.randint(8, 14)
    for i in range(r.randint(5, 9)):
        vit_rows.append(("%02d:%02d" % (t0 + (i * 15) // 60, (i * 15) % 60), bp_s - r.randint(0, 25), bp_d - r.randint(0, 15), c.vit["p"] - r.randint(0, 15), r.randint(97, 100)))
    L = []
    if st == 1:
        L += [c.h_["short"] + " - DEPT. OF ANAESTHESIA", "ANAESTHESIA CHART  (Form AN-%02d)" % r.randint(1, 20), ""]
        L += ["Name %s   Age %d   Sex %s   Wt %d kg   MR %s" % (c.name, c.age, c.sex, c.wt, c.mr), "Date %s   OT %d   Elective/Emergency: %s" % (c.d(), r.randint(1, 6), "Emergency" if "E" in asa else "Elective"), "Operation: " + p["name"], ""]
        L += ["Pre-med: " + r.choice(["Nil", "Inj. Midazolam 1 mg IV", "Tab. Ranitidine 150 mg night before"]), "Monitoring: [x] ECG [x] NIBP [x] SpO2 [%s] EtCO2 [ ] IBP [ ] Temp" % ("x" if ga else " "),
              "Airway: [%s] ETT  [ ] LMA  [%s] Face mask/O2 prongs" % (("x", " ") if ga else (" ", "x")), "Technique: [%s] GA  [%s] SAB  [ ] Epidural  [ ] Block" % (("x", " ") if ga else (" ", "x")), ""]
        L += ["Drugs given:"] + ["  %s  at %s" % (x, vit_rows[0][0]) for x in ind]
        L += ["", "      " + "  ".join(v[0] for v in vit_rows), "SBP   " + "  ".join("%5d" % v[1] for v in vit_rows), "DBP   " + "  ".join("%5d" % v[2] for v in vit_rows), "HR    " + "  ".join("%5d" % v[3] for v in vit_rows), "SpO2  " + "  ".join("%5d" % v[4] for v in vit_rows)]
        L += ["", "Total IV fluids: %d ml   Blood loss: %d ml   Urine: %d ml" % (r.randint(800, 2000), r.randint(30, 400), r.randint(100, 500)), "Anaesthetist: " + res["name"] + "   Supervised by: " + an["name"]]
    elif st == 0:
        L += letterhead(c, False) + ["", r.choice(["ANAESTHESIA RECORD", "Anaesthetic Chart", "INTRA-OPERATIVE ANAESTHESIA RECORD"]), ""]
        L += demo(c, ["name", "agesex", "mr", "date"], 1) + ["Weight: %d kg   ASA: %s   NPO since: %s" % (c.wt, asa, r.choice(["midnight", "10 pm", "6 hrs", "8 hours"])), "Procedure: " + p["name"], "Surgeon: %s   Anaesthetist: %s / %s" % (c.cons["name"], an["name"], res["name"]), ""]
        L += ["PRE-OP: Airway MP %s, TMD > 6 cm, dentition %s. Allergies: %s. Co-morbid: %s" % (r.choice(["I", "II", "III"]), r.choice(["intact", "loose incisor", "dentures removed"]), r.choice(["NKDA", "nil"]), cs["pmh"]), ""]
        L += ["Technique: " + ("GA with ETT size %.1f cuffed, oral, fixed at %d cm. Grade %s laryngoscopy." % (r.choice([7.0, 7.5, 8.0]), r.choice([20, 21, 22]), r.choice(["I", "II"])) if ga else "Spinal anaesthesia. Block height T%d. Clear CSF, single attempt." % r.choice([6, 8, 10]))]
        L += ["Induction / drugs:"] + ["  " + x for x in ind] + ["  Inj. Ondansetron 4 mg", "  Inj. Dexamethasone 8 mg" if ga else "  Inj. Oxytocin 10 IU (after delivery)" if cs["key"] == "preeclampsia" else "  Inj. Ephedrine 6 mg x 2 for hypotension"]
        if ga: L += ["Maintenance: Isoflurane %.1f%% in O2/Air" % r.uniform(0.8, 1.5), "Reversal: Inj. Neostigmine 2.5 mg + Glycopyrrolate 0.4 mg"]
        L += ["", "Time   BP        HR   SpO2"] + ["%s  %d/%d   %d   %d" % v for v in vit_rows]
        L += ["", "Fluids: %s   Blood: %s   UOP: %d ml   EBL: %d ml" % (r.choice(["RL 1000 ml", "NS 500 + RL 1000 ml", "RL 1500 ml"]), r.choice(["nil", "nil", "1 unit PRBC"]), r.randint(100, 500), r.randint(30, 400)),
              "Events: " + r.choice(["Uneventful", "Transient hypotension treated with ephedrine", "Nil"]), "Recovery: Aldrete %d/10, shifted to %s" % (r.randint(8, 10), r.choice(["ward", "recovery", "HDU"]))]
        L += signoff(c, res, r.choice([3, 1]))
    elif st == 2:
        L += [r.choice(["PRE-ANAESTHESIA ASSESSMENT", "PAC (Pre-anaesthesia check-up)", "Pre-op anaesthesia clinic"]), c.d(), ""] + demo(c, ["name", "agesex", "mr"], 2)
        L += ["", "Planned surgery: " + p["name"], "H/o: " + cs["pmh"], "Previous anaesthesia: " + r.choice(["Nil", "GA for tonsillectomy in childhood, uneventful", "SA for LSCS, uneventful"]), "Exam: " + c.vitals(3), "Airway: MP %s, neck movements free, mouth opening 3 fingers" % r.choice(["I", "II", "III"]),
              "Labs: " + ", ".join(c.key_labs(6)), "", "ASA: " + asa, "Plan: " + {"GA": "GA with ETT", "SA": "Spinal anaesthesia", "LA": "LA with monitored care", "Sedation": "Sedation"}[p["anes"]], "Instructions: NPO 6 hrs solids, 2 hrs clear fluids. Continue antihypertensives with sip of water.", "High risk consent: " + r.choice(["Not required", "Taken"])]
        L += signoff(c, res, 3)
    elif st == 3:
        L += ["OT-%d   %s   %s" % (r.randint(1, 6), c.d(), p["name"]), c.name + " " + c.agesex("a") + " Wt %d" % c.wt, ""]
        L += ["ASA %s. %s." % (asa, "GA/ETT" if ga else "SAB")] + [x for x in ind] + ["Intraop stable." if r.random() < 0.6 else "Hypotension x1 - ephedrine 6 mg.", "Fluids %d ml. UOP %d." % (r.randint(800, 2000), r.randint(100, 500)), "Extubated awake, shifted to recovery." if ga else "Sensory level regressing, shifted to recovery."]
        L += signoff(c, res, 6)
    elif st == 4:
        L += letterhead(c, False) + ["", "POST-ANAESTHESIA CARE UNIT (RECOVERY) RECORD", ""] + demo(c, ["name", "mr", "date"], 1)
        L += ["Procedure: " + p["name"], "Anaesthesia: " + p["anes"], "Arrived in recovery at " + c.tm(), ""]
        L += ["Time   BP      HR   SpO2  Pain  Sedation"] + ["%s  %d/%d  %d   %d   %d/10  %d" % (v + (r.randint(0, 5), r.randint(0, 2))) for v in vit_rows[:5]]
        L += ["", "Aldrete score at discharge from PACU: %d/10" % r.randint(9, 10), "PONV: " + r.choice(["Nil", "1 episode, ondansetron given"]), "Analgesia: " + r.choice(["Inj. Nalbuphine 5 mg IV", "Inj. Ketorolac 30 mg IV", "Inj. Paracetamol 1 g IV"]), "Handed over to ward nurse: " + r.choice(FEMALE) + " " + r.choice(SURN)]
        L += signoff(c, res, 2)
    else:
        L += [c.h_["name"], "Department of Anaesthesiology", "", "Anaesthesia Summary"] + demo(c, ["name", "agesex", "mr", "date"], 0)
        L += sections(c, [(["Surgery"], p["name"]), (["ASA"], asa), (["Technique"], "General anaesthesia with endotracheal intubation" if ga else {"SA": "Subarachnoid block", "LA": "Local with MAC", "Sedation": "Conscious sedation (midazolam/propofol)"}[p["anes"]]),
                          (["Drugs"], ind), (["Monitoring"], "ECG, NIBP, SpO2" + (", EtCO2, temperature" if ga else "")), (["Duration"], "%d minutes" % (p["dur"] + r.randint(5, 30))),
                          (["Complications"], r.choice(["None", "Nil", "Difficult cannulation"])), (["Post-op analgesia"], r.choice(["Paracetamol + nalbuphine", "TAP block + paracetamol", "Ketorolac IV 8 hourly"]))])
        L += signoff(c, an, 0)
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- correspondence
def g_correspondence(c):
    r = c.r; cs = c.case
    st = r.randint(0, 6)
    L = letterhead(c) + ["", "Ref: %s/%s/%d" % (c.h_["short"], r.choice(["OPD", "MED", "SUR", "ADM"]), r.randint(100, 9999)), c.d(c.dc + datetime.timedelta(days=r.randint(1, 20))), ""]
    gp = "Dr. " + r.choice(MALE + FEMALE) + " " + r.choice(SURN)
    sal = r.choice(["Dear Dr. %s," % gp.split()[-1], "Dear Colleague,", "Respected Sir/Madam,", "Dear Doctor,"])
    if st == 0:
        L += [gp, r.choice(["%s Clinic" % gp.split()[1], "Family Health Clinic", "Medical Centre"]) + ", " + c.h_["city"], "", sal, "", "Re: %s, %s, MR# %s" % (c.name, c.agesex("d"), c.mr), ""]
        L += ["Thank you for referring this patient to our department. %s was admitted from %s to %s with %s." % ("He" if c.sex == "M" else "She", c.d(c.date), c.d(c.dc), cs["dx"].lower()), "", hcourse(c), "", "%s has been discharged on the following medications:" % ("He" if c.sex == "M" else "She")] + c.meds()
        L += ["", "We would be grateful if you could %s. %s" % (r.choice(["monitor the BP and renal function", "review the wounds", "check CBC in one week", "continue the follow-up"]), cs["fu"]), "", "With kind regards,"] + signoff(c, c.cons, 0)[1:]
    elif st == 1:
        L += ["To,", c.name, c.addr, "", "Subject: " + r.choice(["Appointment for follow-up", "Result of your investigations", "Missed appointment"]), "", "Dear %s %s," % ("Mr." if c.sex == "M" else "Ms.", c.name.split()[-1]), ""]
        L += [r.choice(["This is to inform you that your histopathology result is now available. Kindly visit %s OPD on %s with this letter and your file.",
                        "You were given an appointment in %s OPD which you could not attend. Please book a new appointment on %s by calling the UAN."]) % (c.dept, c.d(c.dc + datetime.timedelta(days=14))),
              "", "For any query, please call %s during office hours (9 am - 5 pm, Monday to Saturday)." % c.h_["uan"], "", "Regards,", "", "Patient Services / %s" % c.dept, c.h_["name"]]
    elif st == 2:
        L += [gp, "", sal, "", "Re: %s (%s) - reply to your referral dated %s" % (c.name, c.mr, c.d(c.date - datetime.timedelta(days=r.randint(3, 20)))), ""]
        L += ["I saw this %s in my clinic today. %s" % ("gentleman" if c.sex == "M" else "lady", c.he(cs["hpi"])), "", "Examination: " + cs["exam"], "", "My impression is " + cs["dx"].lower() + ". " + r.choice(CONSULT[cs["key"]][2]), "", "I have advised:"] + c.meds(2, True)
        L += ["", "I will see %s again in %s." % ("him" if c.sex == "M" else "her", r.choice(["2 weeks", "a month", "6 weeks", "3 months"])), "", "Yours sincerely,"] + signoff(c, c.cons, 0)[1:]
        L += ["", "cc: Patient"]
    elif st == 3:
        L += ["The Medical Superintendent", r.choice(["District Headquarter Hospital", "Civil Hospital", "Tehsil Headquarter Hospital"]) + " " + r.choice(["Mirpur Sakro", "Kot Addu", "Fateh Jang", "Chiniot"]), "", "Subject: Information regarding patient " + c.name, "", "Respected Sir,", ""]
        L += ["With reference to your letter No. %d dated %s, it is informed that the above named patient was treated at this hospital from %s to %s for %s. A copy of the discharge summary is enclosed." % (r.randint(100, 999), c.d(c.dc), c.d(c.date), c.d(c.dc), cs["dx"].lower()), "", "Regards,", "", "Medical Records Officer", c.h_["name"], "Encl: as above"]
    elif st == 4:
        L += ["Email printout", "From: %s@%s.org.pk" % (c.cons["name"].split()[1].lower(), c.h_["short"].lower()), "To: %s@gmail.com" % gp.split()[-1].lower(), "Sent: %s %s" % (c.d(), c.tm()), "Subject: %s - update" % c.name.split()[0], ""]
        L += ["Dear %s," % gp.split()[1], "", "Quick update on our common patient %s (MR %s). %s Latest: %s." % (c.name, c.mr, cs["course"].split(".")[0] + "." if cs["course"] else "", ", ".join(c.key_labs(3))), "", "Plan is: " + cs["fu"], "", "Regards,", c.cons["name"].split(" (")[0]]
    elif st == 5:
        L += ["To: " + r.choice(["HR Manager", "The Principal", "Administrator"]) + ", " + r.choice(["Sunrise Textile Mills", "Government Girls High School", "Al-Karim Traders", "Iqra Grammar School"]), "", "Subject: Medical update regarding " + c.name, "", "Dear Sir/Madam,", ""]
        L += ["At the request of the patient, this is to update you that %s is under treatment in our department for %s. %s is expected to be able to resume %s from %s, subject to review." % (c.name, cs["dx"].split("(")[0].lower().strip(), "He" if c.sex == "M" else "She", r.choice(["duties", "school", "light work"]), c.d(c.dc + datetime.timedelta(days=r.randint(7, 21)))),
              "", "This letter is issued with patient's consent.", ""] + signoff(c, c.cons, 0)[1:]
    else:
        L += [c.cons["name"], c.dept, "", sal, "", "Re: Inquiry regarding %s (MR %s)" % (c.name, c.mr), ""]
        L += ["This patient attended our %s today for %s. I would appreciate your review of the %s and advice regarding further management." % (r.choice(["clinic", "ER", "dialysis unit"]), cs["dx"].split("(")[0].lower().strip(), r.choice(["investigations", "imaging", "medications"])), "Relevant results: " + "; ".join(c.key_labs(4, 1)) + ".", "", "Thanks and regards,"] + signoff(c, c.doctor(r.choice(list(DEGREES.keys())), "cons"), 0)[1:]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- consent_form
def g_consent_form(c):
    r = c.r; cs = c.case
    p = cs.get("proc") or dict(name=r.choice(["Blood transfusion", "Central line insertion", "Lumbar puncture"]), anes="LA")
    st = r.randint(0, 6)
    risks = r.sample(["bleeding", "infection", "wound dehiscence", "injury to adjacent organs", "need for re-operation", "anaesthesia related complications", "DVT / pulmonary embolism", "conversion to open surgery", "death", "prolonged hospital stay", "need for ICU care", "blood transfusion reactions"], r.randint(4, 7))
    wit = r.choice(MALE) + " " + r.choice(SURN)
    rel = r.choice(["Husband", "Son", "Father", "Brother", "Self"])
    L = letterhead(c, False)
    if st == 0:
        L += ["", r.choice(["INFORMED CONSENT FOR OPERATION / PROCEDURE", "CONSENT FORM", "Consent for Surgery"]), ""] + demo(c, ["name", "rel", "agesex", "mr", "cnic"], 0) + [""]
        L += ["I, %s, hereby give my consent for %s to be performed by Dr. %s and team under %s anaesthesia." % (c.name if rel == "Self" else c.guard, p["name"], c.cons["name"].replace("Dr. ", ""), {"GA": "general", "SA": "spinal", "LA": "local", "Sedation": "sedation/local"}[p["anes"]]), "",
              "The nature of my disease (%s), the procedure, its benefits, alternatives and possible risks including %s have been explained to me in a language I understand (Urdu/%s)." % (cs["dx"].split("(")[0].strip().lower(), ", ".join(risks), r.choice(["Sindhi", "Punjabi", "Pashto", "English"])), "",
              "I also consent to any additional procedure which may be found necessary during the operation. I consent to the use of tissue removed for diagnosis and teaching.", "",
              "Signature / thumb impression of patient: ____________", "Name of consenting person (if not patient): %s   Relation: %s" % (c.guard if rel != "Self" else "-", rel), "CNIC: " + c.cnic, "Witness: %s   Sign: ______" % wit, "Doctor obtaining consent: %s   Date/Time: %s %s" % (c.reg["name"], c.d(), c.tm())]
    elif st == 1:
        L += ["", "ANAESTHESIA CONSENT", "(Urdu translation on reverse)", ""] + demo(c, ["name", "agesex", "mr", "date"], 2)
        L += ["", "Proposed anaesthesia: [%s] General  [%s] Spinal/Epidural  [%s] Regional  [%s] Sedation" % tuple("x" if p["anes"] == k else " " for k in ("GA", "SA", "LA", "Sedation")), "",
              "I understand that anaesthesia involves risks such as sore throat, nausea/vomiting, dental injury, headache, allergic reaction, awareness, nerve injury and rarely cardiac arrest or death.", "I have had the opportunity to ask questions and am satisfied with answers.", "",
              "Patient/Guardian: ____________  Anaesthetist: %s" % c.doctor("Anaesthesia", "reg")["name"]]
    elif st == 2:
        L += ["", r.choice(["CONSENT FOR BLOOD / BLOOD PRODUCT TRANSFUSION", "Blood Transfusion Consent"]), ""] + demo(c, ["name", "mr", "ward"], 1)
        L += ["", "Indication: " + r.choice(["Anaemia (Hb %s g/dl)" % c.lab("Hb")[0], "Active bleeding", "Peri-operative blood loss", "Thrombocytopenia with bleeding"]), "Product: " + r.choice(["Packed RBCs", "Platelets (mega unit)", "FFP", "Whole blood"]), "",
              "I have been explained that blood is screened for HBV, HCV, HIV, syphilis and malaria, but a small risk of infection and transfusion reactions remains. I give / refuse (strike out) consent.", "", "Sign: ______   Relation: %s   Doctor: %s   Date: %s" % (rel, c.ho["name"], c.d())]
    elif st == 3:
        L += ["", "HIGH RISK CONSENT", ""] + ["Patient: %s  %s  MR %s" % (c.name, c.agesex("c"), c.mr), ""]
        L += ["We, the attendants of the above patient, have been informed that the condition of the patient is serious (%s) and that the proposed %s carries high risk including %s. We accept the risk and will not hold the doctors or hospital responsible for any untoward outcome." % (cs["dx"].split("(")[0].strip(), p["name"].lower(), ", ".join(risks[:3])), "",
              "1. Name: %s   Relation: %s   CNIC: %s   Sign: ____" % (c.guard, rel, c.mkcnic()), "2. Name: %s   Relation: %s   Sign: ____" % (wit, r.choice(["Uncle", "Brother", "Cousin"])), "", "Counselled by: %s / %s" % (c.reg["name"], c.cons["name"]), c.d() + " " + c.tm()]
    elif st == 4:
        L += ["", "PATIENT CONSENT - GENERAL (ON ADMISSION)", ""] + demo(c, ["name", "mr", "doa"], 0)
        L += ["", "I consent to routine investigations, examination and treatment by the doctors of %s, including teaching activities by supervised students and trainees. I agree to follow hospital rules and to pay charges as per hospital policy / panel / Sehat Card entitlement. The hospital is not responsible for valuables." % c.h_["name"], "", "Signature of patient/guardian: __________  Date: %s" % c.d()]
    elif st == 5:
        L += ["", r.choice(["CONSENT FOR HIV TESTING", "Consent for Clinical Photography", "Consent for Endoscopy"]), ""] + ["Name: %s   MR: %s" % (c.name, c.mr), ""]
        L += ["The purpose of this %s has been explained to me. I understand my information will be kept confidential and I may withdraw consent at any time." % r.choice(["test", "photograph", "procedure"]), "", "[ ] I agree    [ ] I do not agree", "", "Patient sign: ______  Doctor: %s  Date: %s" % (c.reg["name"], c.d())]
    else:
        L += ["", "Ijazat Nama / CONSENT", ""] + ["Mareez ka naam (Patient name): " + c.name, "Walid/Shohar (Father/Husband): " + c.guard, "MR No: " + c.mr, ""]
        L += ["Main apni marzi se %s karwane ki ijazat deta/deti hoon. (I give consent of my own free will for %s.)" % (p["name"].lower(), p["name"].lower()), "Mujhe is ke fawaid aur khatraat samjha diye gaye hain. (Benefits and risks have been explained to me.)", "", "Dastakhat/Angootha: ______    Gawah (witness): %s" % wit, "Doctor: %s   Tareekh: %s" % (c.reg["name"], c.d())]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- referral_letter
def g_referral_letter(c):
    r = c.r; cs = c.case
    st = r.randint(0, 6)
    to_dept = CONSULT[cs["key"]][0]
    to = c.doctor(to_dept, "cons")
    gp = c.doctor("Family Medicine", "cons")
    L = []
    if st == 0:
        L += [gp["name"], gp["deg"], r.choice(["Al-Rehman Clinic", "Shifa Family Clinic", "Noor Medical Centre", "City Clinic"]) + ", " + c.addr.split(",")[-2].strip() + ", " + c.h_["city"], "Cell: " + c.mobile(), "", c.d(), "", "To,", "The Consultant %s" % cs["dept"], c.h_["name"], ""]
        L += ["Subject: Referral of patient %s" % c.name, "", "Respected Sir/Madam,", "", "I am referring %s, %s, who presented to me with %s. %s" % (c.name, c.agesex("d"), ", ".join(a.lower() for a, _ in cs["cc"]), c.he(cs["hpi"])), "",
              "I have started %s. Kindly see and manage accordingly." % r.choice(["symptomatic treatment", cs["meds_dc"][0][0] + " " + cs["meds_dc"][0][1], "IV fluids and analgesics"]), "", "Thanking you,", "", gp["name"]]
    elif st == 1:
        L += letterhead(c) + ["", r.choice(["REFERRAL FORM", "Referral Slip", "Inter-hospital Referral"]), ""] + demo(c, ["name", "rel", "agesex", "mr", "date"], 1)
        L += ["", "Referred from: %s (%s)" % (c.dept, c.cons["name"]), "Referred to: %s, %s" % (to_dept, r.choice([c.h_["name"], "Provincial Institute of Cardiology", "Institute of Kidney Diseases", "Cancer Hospital", "Children's Hospital"])), "Reason: " + CONSULT[cs["key"]][1], "",
              "Diagnosis: " + cs["dx"], "Treatment given: " + "; ".join(cs["meds_in"][:3]), "Investigations: " + ", ".join(c.key_labs(5)), "Condition at referral: " + r.choice(["Stable", "Vitally stable", "Serious"]), "Mode of transport: " + r.choice(["Ambulance with staff", "Own transport", "Edhi/Chhipa ambulance", "Rescue 1122"]), ""]
        L += signoff(c, c.reg, 1)
    elif st == 2:
        L += letterhead(c, False) + ["", c.d(), "", "%s\n%s, %s" % (to["name"], to["title"], to_dept), "", "Dear %s," % to["name"].replace("Dr. ", "Dr "), ""]
        L += ["Re: %s, %s, MR %s" % (c.name, c.agesex("d"), c.mr), "", "I would be grateful if you could see this %s who is under my care for %s. %s" % ("gentleman" if c.sex == "M" else "lady", cs["dx"].lower(), c.opener()), "",
              "The specific question is: %s." % CONSULT[cs["key"]][1].lower(), "", "Current medications:"] + c.meds(2, False) + ["", "Thank you for your help.", "", "Kind regards,"] + signoff(c, c.cons, 0)[1:]
    elif st == 3:
        L += [r.choice(["Ref to ", "Refer to ", "R/F "]) + to_dept + " OPD", c.d(), c.name + " " + c.agesex("a") + " " + c.mr, "", "k/c/o " + cs["dx"].split("(")[0].strip(), "Pls see & advise re: " + CONSULT[cs["key"]][1].lower(), "", r.choice(["Thanks", "Regards", "Thanks for seeing"])] + signoff(c, c.reg, 6)
    elif st == 4:
        L += letterhead(c, False) + ["", "REFERRAL UNDER SEHAT SAHULAT PROGRAMME", ""] + ["Beneficiary: %s   CNIC: %s" % (c.name, c.cnic), "Referring facility: %s" % r.choice(["BHU Chak 17", "RHC Kotla", "THQ Hospital Sadiqpur", "DHQ Hospital"]), "Referred to (empanelled): " + c.h_["name"], ""]
        L += ["Provisional diagnosis: " + dx_str(c), "Reason for referral: " + r.choice(["Specialist care not available", "Needs surgery", "ICU care required", "Diagnostic facility"]), "Vitals: " + c.vitals(0), "", "Referring MO: %s   Sign/Stamp: _____" % c.doctor("Medicine", "reg")["name"]]
    elif st == 5:
        L += [c.h_["name"], "Emergency Department", "", "REFERRAL / TRANSFER OUT NOTE", ""] + demo(c, ["name", "agesex", "mr", "date"], 2)
        L += ["", "Patient %s. Requires %s which is not available / no bed available at this facility. Patient referred to %s after telephonic discussion with %s." % (c.opener(), r.choice(["ICU bed", "cath lab", "paediatric surgery", "dialysis", "neurosurgery"]), r.choice(["Jinnah Road Trust Hospital", "Provincial Teaching Hospital", "Federal Government Polyclinic (fict.)"]), c.doctor(to_dept, "reg")["name"]), "", "Attendants counselled; agreed."] + signoff(c, c.reg, 3)
    else:
        L += ["To: %s (%s)" % (to["name"], to_dept), "From: %s" % c.cons["name"], "Date: " + c.d(), "", "Patient: %s  (%s)" % (c.name, c.agesex("c")), "Contact: " + c.phone, "", "Clinical summary:", c.he(cs["hpi"]), cs["exam"], "", "Working diagnosis: " + dx_str(c), "Request: " + CONSULT[cs["key"]][1], "", "Attached: " + ", ".join(r.sample(["lab reports", "CT films", "ECG", "discharge summary", "USG report", "old prescriptions"], 3))]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- advance_directive
def g_advance_directive(c):
    r = c.r; cs = c.case
    st = r.randint(0, 5)
    nok = c.guard
    rel = r.choice(["son", "husband", "brother", "daughter", "wife", "father"])
    L = letterhead(c, False)
    if st == 0:
        L += ["", r.choice(["DO NOT ATTEMPT RESUSCITATION (DNAR) ORDER", "DNR FORM", "DNAR Decision Form"]), ""] + demo(c, ["name", "agesex", "mr", "ward"], 1)
        L += ["", "Diagnosis: " + cs["dx"] + r.choice([" with multi-organ failure", " with poor prognosis", ", advanced"]), "",
              "In the event of cardiopulmonary arrest, cardiopulmonary resuscitation (CPR) should NOT be attempted.", "All other appropriate treatment including %s will continue." % r.choice(["antibiotics, fluids and analgesia", "oxygen and symptom control", "feeding and nursing care"]), "",
              "Decision discussed with: %s (%s) and family elders on %s. Family understands and agrees." % (nok, rel, c.d()), "Patient's capacity: " + r.choice(["Lacks capacity (GCS 8/15)", "Has capacity, involved in discussion", "Drowsy, unable to participate"]), "",
              "Senior clinician: %s    Sign: ____" % c.cons["name"], "Review date: " + c.d(c.date + datetime.timedelta(days=7)), "Next of kin sign/thumb: ______"]
    elif st == 1:
        L += ["", "ADVANCE HEALTH CARE DIRECTIVE / LIVING WILL", ""]
        L += ["I, %s, %s %s, holder of CNIC %s, residing at %s, being of sound mind, make this declaration voluntarily." % (c.name, c.rel, nok, c.cnic, c.addr), "",
              "1. If I suffer from an incurable and irreversible condition and two doctors certify that I am unlikely to recover, I do not wish to receive: [x] CPR  [x] mechanical ventilation  [%s] dialysis  [%s] tube feeding." % (r.choice(["x", " "]), r.choice(["x", " "])),
              "2. I wish to receive pain relief and comfort care, and to have my family and an Imam / religious scholar present if possible.", "3. I appoint %s (%s), Cell %s, to make medical decisions on my behalf if I cannot." % (nok, rel, c.mobile()), "",
              "Signature: ______   Date: %s" % c.d(), "Witness 1: %s %s  CNIC %s" % (r.choice(MALE), r.choice(SURN), c.mkcnic()), "Witness 2: %s %s" % (r.choice(MALE), r.choice(SURN)), "Attested by Oath Commissioner: ______"]
    elif st == 2:
        L += ["", "%s %s" % (c.d(), c.tm()), r.choice(["Family meeting note - goals of care", "GOALS OF CARE DISCUSSION", "Note: Limitation of treatment"]), ""]
        L += ["Present: %s (Consultant), %s, patient's %s %s and %d other family members." % (c.cons["name"], c.reg["name"], rel, nok, r.randint(1, 4)),
              "Explained current condition: %s; poor response to treatment; prognosis guarded." % cs["dx"].split("(")[0].strip(), "Family wishes: " + r.choice(["no CPR, no intubation; continue ward-based care", "no escalation to ICU; comfort measures", "full treatment except CPR"]) + ".",
              "Ceiling of care: " + r.choice(["Ward level", "NIV maximum", "HDU, no intubation"]), "DNR status documented in chart and nursing informed."] + signoff(c, c.reg, 5)
    elif st == 3:
        L += ["", "TREATMENT ESCALATION PLAN", ""] + demo(c, ["name", "mr", "date"], 2)
        L += ["", "For CPR:             [ ] Yes   [x] No", "For intubation/ICU:  [%s] Yes   [%s] No" % tuple(r.choice([("x", " "), (" ", "x")])), "For NIV:             [x] Yes   [ ] No", "For dialysis:        [%s] Yes   [%s] No" % tuple(r.choice([("x", " "), (" ", "x")])), "For antibiotics/IVF: [x] Yes   [ ] No", "",
              "Rationale: " + cs["dx"] + ", frailty, family wishes.", "Discussed with: " + nok + " (" + rel + ")", "Completed by: %s   Approved: %s" % (c.reg["name"], c.cons["name"])]
    elif st == 4:
        L += ["", r.choice(["REFUSAL OF TREATMENT / DECLARATION", "Informed refusal"]), ""] + ["Patient: %s   MR %s   Age %d" % (c.name, c.mr, c.age), ""]
        L += ["I, %s, have been advised %s. The benefits, risks and consequences of refusal (including risk to life) have been explained to me in Urdu. In advance, I refuse %s and any future resuscitation attempts, and I take full responsibility." % (c.name if c.age >= 18 else nok, r.choice(["ventilatory support", "blood transfusion", "haemodialysis", "intubation if needed"]), r.choice(["this treatment", "ICU admission", "mechanical ventilation"])), "",
              "Sign: ______   Witness: %s   Doctor: %s   Date: %s" % (nok, c.reg["name"], c.d())]
    else:
        L += ["", "Nomination of Health Care Proxy", ""] + ["Patient name: " + c.name, "CNIC: " + c.cnic, "MR: " + c.mr, ""]
        L += ["I hereby nominate my %s, %s, to take decisions regarding my medical treatment, including withholding or withdrawal of life-sustaining treatment, in case I become unable to decide for myself." % (rel, nok), "Preferences: " + r.choice(["No CPR in terminal illness.", "I wish to die at home if possible.", "I want all treatment except prolonged ventilation."]), "", "Sign of patient: ____   Sign of proxy: ____   Date: " + c.d()]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- ecg_report
def g_ecg_report(c):
    r = c.r; cs = c.case
    v = c.vit
    rate = v["p"] if "tachy" in cs["ecg"].lower() else r.randint(62, 96)
    pr = r.randint(210, 240) if "first degree" in cs["ecg"].lower() else r.randint(130, 190)
    qrs = r.randint(80, 104); qt = int(r.randint(385, 420) - (rate - 60) * 1.4); qtc = int(qt / ((60.0 / rate) ** 0.5))
    ax = (r.randint(-10, 80), r.randint(-20, 70), r.randint(0, 70))
    st = r.randint(0, 5)
    machine = r.choice(["GE MAC 2000", "Philips PageWriter TC30", "Nihon Kohden ECG-1250", "Schiller AT-102", "Edan SE-1200"])
    interp = cs["ecg"]
    L = []
    if st == 0:
        L += ["%s   %s   %s" % (c.name.upper(), c.agesex("a"), c.mr), "%s %s   %s" % (c.d(), c.tm(), c.h_["short"] + " " + r.choice(["ER", "CCU", "OPD", "Ward 4"])),
              "Vent. rate %d BPM" % rate, "PR interval %d ms" % pr, "QRS duration %d ms" % qrs, "QT/QTc %d/%d ms" % (qt, qtc), "P-R-T axes %d %d %d" % ax, "",
              interp, r.choice(["Abnormal ECG", "Borderline ECG", ""]) if "normal" not in interp.lower() else "Normal ECG", "Unconfirmed report - physician review required", "", "25 mm/s  10 mm/mV  0.05-150 Hz  50 Hz  " + machine]
    elif st == 1:
        L += letterhead(c, False) + ["", r.choice(["ECG REPORT", "ELECTROCARDIOGRAM", "Non-invasive Cardiology Lab - ECG"]), ""] + demo(c, ["name", "agesex", "mr", "date"], 1)
        L += ["Indication: " + r.choice(["Chest pain", "Pre-operative", "Palpitations", "Routine", "Follow up"]), "", "Rhythm: " + ("Sinus tachycardia" if rate > 100 else "Sinus rhythm"), "Rate: %d/min" % rate, "Axis: " + r.choice(["Normal", "Normal", "Left axis deviation"]),
              "PR: %d ms   QRS: %d ms   QTc: %d ms" % (pr, qrs, qtc), "ST-T: " + ("ST depression V3-V6" if "ST depression" in interp else r.choice(["No acute changes", "Non-specific T wave changes", "Normal"])), "", "Interpretation: " + interp]
        L += signoff(c, c.doctor("Cardiology", "cons"), 3)
    elif st == 2:
        L += [c.d() + " " + c.tm(), "ECG: " + interp.replace("Normal sinus rhythm", "NSR").replace("Sinus tachycardia", "ST") + (", rate %d" % rate), r.choice(["No acute ST-T changes.", "Compared with previous - no change.", "Shown to cardiology reg.", ""])] + signoff(c, c.ho, 6)
    elif st == 3:
        L += ["12 LEAD ECG", "ID: %s   Name: %s" % (c.mr, c.name), "Sex: %s   Age: %d   Ht: %d cm   Wt: %d kg" % (c.sex, c.age, r.randint(150, 182), c.wt), "Date: %s  Time: %s" % (c.d(), c.tm()), "",
              "HR: %d bpm   P: %d ms   PR: %d ms   QRS: %d ms   QT/QTcB: %d/%d ms   P/QRS/T: %d/%d/%d deg" % ((rate, r.randint(90, 115), pr, qrs, qt, qtc) + ax), "RV5/SV1: %.2f/%.2f mV" % (r.uniform(1.2, 3.2), r.uniform(0.6, 1.8)), "",
              "Diagnosis information:", "  " + interp, "", "Report confirmed by: ________", machine + " v" + r.choice(["2.1", "3.04", "1.9"])]
    elif st == 4:
        L += [r.choice(["Serial ECGs", "ECG chart (CCU)", "ECG follow-up"]), c.name + " / " + c.mr, ""]
        for i in range(r.randint(2, 4)):
            L.append("%s %s - %s" % (c.d(c.date + datetime.timedelta(hours=6 * i)), c.tm(), interp if i == 0 else r.choice((["Evolving changes, T inversion V2-V4", "ST segments improving"] if cs["key"] == "nstemi" else []) + ["No new changes", "Same as previous", "Rate now %d, no new changes" % r.randint(70, 96)])))
        L += signoff(c, c.reg, 2)
    else:
        L += [c.h_["name"], "Cardiology Department", "", "Reporting of ECG", "Patient: %s (%s)  MR %s" % (c.name, c.agesex("c"), c.mr), "Clinical: " + dx_str(c), "",
              "The tracing shows %s at a rate of %d per minute. The PR interval is %d ms and QRS duration is %d ms. The QTc is %d ms. %s" % ("sinus tachycardia" if rate > 100 else "sinus rhythm", rate, pr, qrs, qtc, interp + "."), "", "Opinion: " + interp]
        L += signoff(c, c.doctor("Cardiology", "cons"), 0)
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- immunization_record
EPI = [("At birth", ["BCG", "OPV-0", "Hep B-0"]), ("6 weeks", ["OPV-1", "Pentavalent-1", "PCV10-1", "Rota-1"]), ("10 weeks", ["OPV-2", "Pentavalent-2", "PCV10-2", "Rota-2"]),
       ("14 weeks", ["OPV-3", "Pentavalent-3", "PCV10-3", "IPV"]), ("9 months", ["Measles-1 (MR-1)", "TCV (Typhoid conjugate)"]), ("15 months", ["Measles-2 (MR-2)"])]

def g_immunization_record(c):
    r = c.r
    st = r.randint(0, 6)
    dob = c.date - datetime.timedelta(days=int(c.age * 365.25) + r.randint(0, 300))
    L = []
    if st in (0, 1):
        if c.age > 6:
            c.age = r.randint(1, 5); dob = c.date - datetime.timedelta(days=int(c.age * 365.25) + r.randint(0, 300))
        L += [r.choice(["EXPANDED PROGRAMME ON IMMUNIZATION (EPI)", "CHILD VACCINATION CARD", "Immunization Record - Paediatrics", "Vaccination Chart"]), c.h_["name"] + " - Vaccination Centre", ""]
        L += ["Child's name: " + c.first, "Father's name: " + c.guard, "Date of birth: " + c.d(dob), "Sex: " + c.sex, "EPI Reg. No: %d/%d" % (r.randint(1, 999), dob.year), "Address: " + c.addr, ""]
        offs = {"At birth": 0, "6 weeks": 42, "10 weeks": 70, "14 weeks": 98, "9 months": 274, "15 months": 456}
        age_days = (c.date - dob).days
        for visit, vs in EPI:
            if offs[visit] > age_days:
                L += ["%-10s %s: due %s" % (visit, ", ".join(vs), c.d(dob + datetime.timedelta(days=offs[visit])))]
                continue
            given = dob + datetime.timedelta(days=offs[visit] + r.randint(0, 20))
            if st == 0:
                L += ["%-10s " % visit + "  ".join("%s [%s]" % (v, c.d(given, "%d/%m/%y")) for v in vs)]
            else:
                for v in vs:
                    if "TCV" in v and given.year < 2019: continue
                    if "PCV" in v and given.year < 2013: continue
                    if "Rota" in v and given.year < 2017: continue
                    if "IPV" in v and given.year < 2015: continue
                    L.append("%-26s %-12s %s" % (v, c.d(given), r.choice(["LHW", "Vacc.", "EPI-" + str(r.randint(1, 9)), "v"])))
        L += ["", "Vitamin A drops: " + r.choice(["given", "given at 9m", "-"]), "Next due: " + r.choice(["as above", "15 months", "Polio campaign (NIDs)"])]
    elif st == 2:
        L += letterhead(c, False) + ["", "ADULT IMMUNIZATION RECORD", ""] + demo(c, ["name", "agesex", "mr", "cnic"], 1) + [""]
        L += ["Vaccine                 Dose   Date         Batch      Given by"]
        for v in r.sample(["Hepatitis B (Engerix-B)", "Tetanus toxoid (TT)", "Influenza (seasonal)", "Pneumococcal PCV13", "Pneumococcal PPSV23", "Typhoid conjugate (Typbar-TCV)", "COVID-19 (Sinopharm)"], 4):
            for dno in range(1, (3 if "Hepatitis" in v else 2 if "COVID" in v or "TT" in v else 1) + 1):
                L.append("%-23s %-6s %-12s %-10s %s" % (v, "#%d" % dno, c.d(c.date + datetime.timedelta(days=30 * dno * r.randint(1, 2))), "%s%d" % (r.choice(["AB", "K", "HB", "T"]), r.randint(1000, 99999)), r.choice(["SN Rukhsana", "SN Ayesha", "Vacc. Zahid", "RN"])))
    elif st == 3:
        if c.date.year < 2021: c.date = c.date.replace(year=r.choice([2021, 2022]))
        L += [r.choice(["COVID-19 VACCINATION CERTIFICATE", "NIMS / Vaccination certificate (printout)", "COVID-19 Immunization Record"]), "", "Name: " + c.name.upper(), "CNIC/Passport: " + c.cnic, "Date of birth: " + c.d(dob), ""]
        vac = r.choice(["Sinopharm (BBIBP-CorV)", "Sinovac (CoronaVac)", "Pfizer-BioNTech (Comirnaty)", "Moderna (Spikevax)", "CanSino (Convidecia)"])
        n = 1 if "CanSino" in vac else 2
        for i in range(n):
            L.append("Dose %d: %s   Date: %s   Centre: %s Mass Vaccination Centre" % (i + 1, vac, c.d(c.date + datetime.timedelta(days=28 * i)), c.h_["city"]))
        if r.random() < 0.5: L.append("Booster: Pfizer-BioNTech   Date: " + c.d(c.date + datetime.timedelta(days=200)))
        L += ["", "Certificate ID: %s-%d" % (r.choice(["PK", "CV"]), r.randint(10 ** 9, 10 ** 10 - 1)), "Verify via QR code / SMS to 1166"]
    elif st == 4:
        L += ["INTERNATIONAL CERTIFICATE OF VACCINATION OR PROPHYLAXIS", r.choice(["(Polio - for international travellers)", "(Meningococcal ACWY - Hajj/Umrah)", "(Yellow fever)"]), ""]
        L += ["This is to certify that %s, date of birth %s, sex %s, nationality Pakistani, national ID %s, has on the date indicated been vaccinated or received prophylaxis against:" % (c.name, c.d(dob), c.sex, c.cnic), ""]
        L += ["Disease: " + r.choice(["Poliomyelitis (bOPV/IPV)", "Meningococcal meningitis (ACWY conjugate)", "Yellow fever"]), "Date: " + c.d(), "Signature & professional status of supervising clinician: " + c.doctor("Medicine", "reg")["name"] + ", MO", "Manufacturer & batch: %s / %s%d" % (r.choice(["Sanofi", "GSK", "Serum Institute", "Bio Farma"]), r.choice(["M", "Y", "P"]), r.randint(10000, 99999)), "Valid from %s until %s" % (c.d(), c.d(c.date + datetime.timedelta(days=365))), "Official stamp of administering centre: ______"]
    elif st == 5 and c.sex == "F" and c.age >= 15:
        L += [r.choice(["Antenatal TT record", "Tetanus toxoid schedule (women of child-bearing age)"]), "Name: %s   W/O %s" % (c.name, c.guard), ""]
        for i in range(r.randint(2, 5)):
            L.append("TT-%d  %s  %s" % (i + 1, c.d(c.date + datetime.timedelta(days=[0, 28, 180, 365, 730][i])), r.choice(["given", "given - LHV", "given, left arm"])))
    else:
        L += [c.d() + " " + c.tm(), "Vaccination given in ward / OPD:", "  " + r.choice(["Inj. Hep B vaccine 20 mcg IM deltoid (dose 2)", "Inj. Anti-rabies vaccine (Verorab) 0.5 ml IM day 3 dose", "Inj. Tetanus toxoid 0.5 ml IM", "Inj. Influenza vaccine 0.5 ml IM"]),
              "Batch: %s%d  Expiry: %02d/%d" % (r.choice(["K", "V", "R"]), r.randint(1000, 99999), r.randint(1, 12), c.date.year + 2), "No immediate reaction. Observed 15 min."] + signoff(c, c.ho, 6)
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- registration_form
PANELCOS = ["Indus Valley Textile Mills Ltd", "Mehran Cement Company", "Northern Gas Distribution Co.", "Pak-Arab Fertilizer Works", "Karakoram Telecom (Pvt) Ltd", "Crescent Sugar Mills", "Sapphire Bank Ltd", "Ravi Steel Industries"]
INSCOS = ["Jubilant General Takaful", "Askari Shield Insurance", "Falcon Health Takaful", "Pak-Qatar Care Takaful", "Nishat Life Assurance (fict.)", "Habib Salamat Insurance"]

def g_registration_form(c):
    r = c.r
    st = r.randint(0, 5)
    dob = c.date - datetime.timedelta(days=int(c.age * 365.25) + r.randint(0, 300))
    pay = r.choice(["Self / Cash", "Panel - " + r.choice(PANELCOS), "Sehat Card", "Insurance - " + r.choice(INSCOS), "Zakat / Welfare", "Staff dependent"])
    L = letterhead(c, False)
    if st == 0:
        L += ["", r.choice(["PATIENT REGISTRATION FORM", "NEW PATIENT REGISTRATION", "Registration / Demographic Sheet"]), "(Please fill in CAPITAL letters)", ""]
        L += ["MR No (office use): " + c.mr, "Patient Name: " + c.name.upper(), "S/O, D/O, W/O: " + c.guard.upper(), "Date of Birth: %s   Age: %d" % (c.d(dob), c.age), "Gender: [%s] M  [%s] F" % (("x", " ") if c.sex == "M" else (" ", "x")),
              "Marital status: " + r.choice(["Married", "Single", "Widowed"]) if c.age > 17 else "Marital status: Single", "CNIC / B-Form: " + c.cnic, "Religion: " + r.choice(["Islam", "Islam", "Islam", "Christianity", "Hinduism"]),
              "Mobile: " + c.phone, "Alternate: " + c.mobile(), "Address: " + c.addr, "City: " + c.h_["city"], "Occupation: " + r.choice(["Housewife", "Labourer", "Govt employee", "Shopkeeper", "Student", "Retired", "Driver", "Farmer"]),
              "Next of kin: %s   Relation: %s   Phone: %s" % (c.guard, r.choice(["Father", "Husband", "Son", "Brother"]), c.mobile()), "Payment category: " + pay, "Referred by: " + r.choice(["Self", "Dr. " + r.choice(MALE) + " " + r.choice(SURN), "Website", "Friend/family"]), "",
              "Signature of patient/guardian: ______   Registration clerk: %s  Date: %s" % (r.choice(MALE)[:6] + str(r.randint(1, 50)), c.d())]
    elif st == 1:
        L += ["", "REGISTRATION SLIP", ""] + demo(c, ["name", "rel", "agesex", "mr", "cnic", "phone", "addr", "date"], r.choice([1, 3]))
        L += ["Clinic: " + c.dept + " OPD   Room: %d   Token: %d" % (r.randint(1, 30), r.randint(1, 150)), "Fee: Rs. %d  (%s)" % (r.choice([500, 800, 1000, 1500, 2000, 2500, 3000]), pay), "Cashier: " + r.choice(["C-01", "C-04", "cash3"])]
    elif st == 2:
        L += ["", "INPATIENT ADMISSION / REGISTRATION", ""]
        L += ["| Adm No      | %-28s| MR No   | %-14s|" % (c.adm_no, c.mr), "| Name        | %-28s| Age/Sex | %-14s|" % (c.name, c.agesex("c")), "| Guardian    | %-28s| CNIC    | %-14s|" % (c.guard, c.cnic),
              "| Ward/Bed    | %-28s| DOA     | %-14s|" % (c.case["ward"][:28], c.d()), "| Consultant  | %-28s| Dept    | %-14s|" % (c.cons["name"][:28], c.dept[:24]), "| Category    | %-28s| Room    | %-14s|" % (pay[:28], r.choice(["General", "Semi-private", "Private", "Deluxe"])), ""]
        L += ["Advance deposit: Rs. %d   Receipt No: %d" % (r.choice([0, 10000, 25000, 50000, 100000]), r.randint(10000, 999999)), "Emergency contact: " + c.mobile(), "I agree to abide by the hospital rules.  Sign: ______"]
    elif st == 3:
        L += ["", "Patient Information Update Form", ""] + ["MR#: " + c.mr, "Name: " + c.name, "", "Field to update: " + r.choice(["Mobile number", "Address", "Name spelling as per CNIC", "Panel company"]), "Old: " + c.mobile(), "New: " + c.phone, "Proof attached: CNIC copy", "Updated by: front desk   " + c.d()]
    elif st == 4:
        L += ["", "PAEDIATRIC REGISTRATION", ""] + ["Child name: " + c.first, "Father name: " + c.guard, "Mother name: " + r.choice(FEMALE) + " " + c.last, "DOB: " + c.d(dob), "Sex: " + c.sex, "B-Form No: " + c.cnic, "Father CNIC: " + c.mkcnic(), "Contact: " + c.phone, "Address: " + c.addr, "Payment: " + pay]
    else:
        L += ["", "EMERGENCY REGISTRATION", "Time: " + c.tm()] + ["ER No: E-%d" % r.randint(10000, 99999), "Name: " + (c.name if r.random() < 0.8 else "Unknown male/female (ID pending)"), "Approx age: %d" % c.age, "Sex: " + c.sex, "Brought by: " + r.choice(["Family", "Rescue 1122", "Edhi ambulance", "Police", "Self"]), "MLC: " + r.choice(["No", "No", "Yes - police informed"]), "Contact: " + c.phone, "Registered by: ER desk"]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- insurance_card
def g_insurance_card(c):
    r = c.r
    st = r.randint(0, 5)
    L = []
    until = c.date + datetime.timedelta(days=r.choice([365, 730]))
    if st == 0:
        L += ["[FRONT]", "SEHAT SAHULAT PROGRAMME", r.choice(["Government of Punjab", "Government of Khyber Pakhtunkhwa", "Prime Minister's National Health Programme", "Government of Pakistan"]), "SEHAT CARD", "",
              "Name: " + c.name.upper(), "CNIC: " + c.cnic, "Family members: %d" % r.randint(2, 9), "Card No: %d %04d %04d" % (r.randint(1, 9), r.randint(0, 9999), r.randint(0, 9999)), "", "[BACK]",
              "Coverage per family per year: Rs. %s" % r.choice(["720,000", "1,000,000", "600,000"]), "Secondary care / Priority treatment", "Cashless treatment at empanelled hospitals", "Helpline: 0800-%05d" % r.randint(10000, 99999), "Keep this card safe. Present CNIC at hospital."]
    elif st == 1:
        co = r.choice(INSCOS)
        L += ["-- front --", co.upper(), r.choice(["GROUP HEALTH TAKAFUL", "Group Hospitalization & Medical", "HEALTH INSURANCE CARD"]), "",
              "Member: " + c.name, "Employee ID: %s-%d" % (r.choice(["EMP", "E", "P"]), r.randint(1000, 99999)), "Company: " + r.choice(PANELCOS), "Policy No: %s/%d/%d" % (r.choice(["GH", "HLT", "GHT"]), c.date.year, r.randint(100, 9999)),
              "Relation: " + r.choice(["Self", "Spouse", "Child", "Parent"]), "Room entitlement: " + r.choice(["Private", "Semi-private", "General ward"]), "Valid upto: " + c.d(until), "", "-- back --",
              "For pre-authorization call 24/7: %s" % ("021-111-%03d-%03d" % (r.randint(100, 999), r.randint(100, 999))), "This card is valid only with CNIC. Non-transferable.", "Maternity: %s   OPD: %s" % (r.choice(["Covered", "Not covered"]), r.choice(["Covered up to Rs 30,000", "Not covered"]))]
    elif st == 2:
        L += ["%s - PANEL PATIENT CARD" % r.choice(PANELCOS).upper(), "Medical Department", "", "Card No: %d" % r.randint(10000, 999999), "Employee: " + (c.guard if c.age < 18 or c.rel == "W/O" else c.name), "Dependent: " + (c.name if c.age < 18 or c.rel == "W/O" else "Self"),
              "Designation: " + r.choice(["Supervisor", "Operator", "Officer Grade II", "Manager", "Clerk"]), "Panel hospital: " + c.h_["name"], "Blood group: " + r.choice(["A+", "B+", "O+", "AB+", "B-", "O-"]), "", "Authorised signatory: ______", "(Reverse) Please call HR medical cell before admission except emergencies."]
    elif st == 3:
        L += ["SCANNED COPY - INSURANCE CARD (FRONT & BACK)", "", r.choice(INSCOS), "Name " + c.name, "Cert # %d" % r.randint(100000, 9999999), "Plan " + r.choice(["Gold", "Silver", "Platinum", "Executive"]), "DOB " + c.d(c.date - datetime.timedelta(days=c.age * 365)), "Exp " + c.d(until, "%m/%Y"), "", "TPA: " + r.choice(["MedCare TPA", "Healthlink Services", "Claims Desk"]), "Network hospitals list on website."]
    elif st == 4:
        L += ["Sehat Card Plus", "Beneficiary Family Details", "", "Head of family: %s   CNIC %s" % (c.guard, c.mkcnic())]
        for i in range(r.randint(2, 6)):
            nm = r.choice(MALE + FEMALE) + " " + c.last
            L.append("%d. %-24s %s" % (i + 1, nm, r.choice(["Spouse", "Son", "Daughter", "Mother"])))
        L += ["%d. %-24s %s" % (7, c.name, "Member"), "", "Remaining balance: Rs %s" % "{:,}".format(r.randint(50, 1000) * 1000), "Printed at Sehat Card desk, " + c.h_["short"] + " " + c.d()]
    else:
        L += ["[card image - front]", r.choice(["STATE EMPLOYEES HEALTH SCHEME (fict.)", "PROVINCIAL EMPLOYEES SOCIAL SECURITY - MEDICAL CARD", "EOBI-linked Medical Card"]), "Name: " + c.name, "Reg No: %d-%d" % (r.randint(100, 999), r.randint(10000, 99999)), "Employer code: %d" % r.randint(1000, 9999), "Valid till " + c.d(until), "[back]", "If found please return to nearest office. Helpline " + "0800-%05d" % r.randint(10000, 99999)]
    return L

# ----------------------------------------------------------------------------- nursing_note
def g_nursing_note(c):
    r = c.r; cs = c.case
    st = r.randint(0, 6)
    nurse = "SN " + r.choice(FEMALE) + " " + r.choice(SURN) if r.random() < 0.8 else "Staff Nurse " + r.choice(MALE) + " " + r.choice(SURN)
    shift = r.choice(["Morning", "Evening", "Night"])
    L = []
    if st == 0:
        L += [r.choice(["NURSING NOTES", "Nurses' Progress Notes", "Nursing Care Record"]), "%s  %s  %s  Bed %d" % (c.name, c.mr, cs["ward"], r.randint(1, 40)), ""]
        for i in range(r.randint(3, 6)):
            L.append("%s  %s" % (c.tm(), r.choice(["Pt received from ER on stretcher, conscious, vitals checked.", "Vitals: " + c.vitals(3), "Medication given as per chart.", "IV line patent, fluids running.", "Pt slept comfortably.", "Attendant counselled about fall prevention.", "Sample sent to lab for " + r.choice(["CBC", "RFTs", "culture", "BSR"]), "Dr. informed about " + r.choice(["high temp", "low urine output", "pain", "BP"]) + ".", "Foley's catheter in place, urine clear.", "Oral intake encouraged.", "BSR %d mg/dl" % r.randint(110, 260)])))
        L += ["", nurse + " (" + shift + " shift)"]
    elif st == 1:
        L += [r.choice(["SHIFT HANDOVER (ISBAR)", "Nursing Handover", "Handover Note"]), "%s shift   %s" % (shift, c.d()), ""]
        L += ["I: %s, %s, %s, %s" % (c.name, c.agesex("c"), c.mr, cs["ward"]), "S: Admitted with " + dx_str(c) + ", day %d." % r.randint(1, 5), "B: " + cs["pmh"], "A: " + c.vitals(3) + ". Pain %d/10. %s" % (r.randint(0, 5), r.choice(["Ambulatory.", "Bedbound, turning 2 hourly.", "On O2 2L.", "Tolerating orally."])), "R: " + r.choice(["Continue monitoring, repeat labs due at 6 am.", "Watch for bleeding.", "Pending: ultrasound.", "Keep NPO after midnight for OT."])]
        L += ["Handed over by: " + nurse, "Received by: SN " + r.choice(FEMALE)]
    elif st == 2:
        L += [r.choice(["VITAL SIGNS CHART", "TPR Chart", "Observation chart"]), c.name + " / " + c.mr, "", "Time   Temp   Pulse  BP       RR  SpO2  Sign"]
        for i in range(r.randint(4, 8)):
            L.append("%02d:00  %.1f  %-5d  %-7s  %-3d %d%%   %s" % ((6 + 4 * i) % 24, c.vit["t"] - r.uniform(0, 1.5), c.vit["p"] - r.randint(0, 15), "%d/%d" % (int(c.vit["bp"].split("/")[0]) - r.randint(0, 20), int(c.vit["bp"].split("/")[1]) - r.randint(0, 10)), c.vit["rr"] - r.randint(0, 3), min(99, c.vit["spo2"] + r.randint(0, 4)), nurse.split()[1][:2]))
    elif st == 3:
        L += ["INTAKE / OUTPUT CHART", "Date: %s   Patient: %s   Bed: %d" % (c.d(), c.name, r.randint(1, 40)), "", "INTAKE:"]
        iv = r.randint(1000, 3000); oral = r.randint(200, 1500); uo = r.randint(400, 2500)
        L += ["  IV fluids: %d ml" % iv, "  Oral: %d ml" % oral, "  Total: %d ml" % (iv + oral), "OUTPUT:", "  Urine: %d ml" % uo, "  Drain: %s" % r.choice(["0", "50 ml", "nil"]), "  Vomitus: %s" % r.choice(["nil", "100 ml"]), "  Total: %d ml" % uo, "Balance: %+d ml" % (iv + oral - uo), "", "Sign: " + nurse]
    elif st == 4:
        L += [r.choice(["NURSING ADMISSION ASSESSMENT", "Initial Nursing Assessment"]), ""] + demo(c, ["name", "agesex", "mr", "ward", "doa"], 1)
        L += ["Arrived via: " + r.choice(["ER, on stretcher", "OPD, walking", "wheelchair"]), "Allergies: " + r.choice(["None known", "NKDA"]), "Vitals: " + c.vitals(0), "Weight: %d kg" % c.wt,
              "Morse fall risk score: %d (%s)" % (r.choice([15, 25, 45, 55]), r.choice(["low", "moderate", "high"])), "Braden score: %d" % r.randint(12, 22), "Pain (0-10): %d" % r.randint(0, 8), "Skin: " + r.choice(["intact", "intact", "stage I pressure area sacrum"]),
              "Diet: " + r.choice(["Normal", "Diabetic", "Soft", "NPO"]), "Patient/family oriented to ward, call bell, visiting hours: Yes", "ID band applied: Yes", "", "Nurse: " + nurse]
    elif st == 5 and cs.get("proc"):
        L += ["%s  %s" % (c.d(), c.tm()), "Pt shifted from OT to ward after %s. Conscious, %s. Vitals %s. %s. Drain %s. IV fluids %s. Post-op orders followed." % (cs["proc"]["name"] if cs.get("proc") else "procedure", r.choice(["drowsy but arousable", "oriented", "responding to verbal commands"]), c.vitals(3), r.choice(["Dressing dry", "Dressing soaked slightly, reinforced", "Wound site clean"]), r.choice(["draining serous fluid", "nil", "in situ"]), r.choice(["RL running", "DNS @ 100 ml/hr", "NS"])), "", "-- " + nurse]
    else:
        L += [r.choice(["Diabetic chart", "BSR MONITORING", "Sugar chart"]), c.name + "  " + c.mr, "", "Date       Time  BSR(mg/dl)  Insulin   Sign"]
        for i in range(r.randint(4, 8)):
            bsr = r.randint(110, 320)
            L.append("%-10s %-5s %-11d %-9s %s" % (c.d(c.date + datetime.timedelta(days=i // 3), "%d/%m"), ["08am", "01pm", "08pm"][i % 3], bsr, ("%du R" % (2 + (bsr - 150) // 50)) if bsr > 180 else "-", nurse.split()[1][:3]))
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- ed_note
def g_ed_note(c):
    r = c.r; cs = c.case
    st = r.randint(0, 5)
    tri = r.choice(["P1 (Red)", "P2 (Yellow)", "P2", "P3 (Green)", "ESI 2", "ESI 3"])
    disp = r.choice(["Admitted to " + cs["ward"], "Admit under " + c.dept, "Shifted to " + cs["ward"], "Referred to OT" if cs.get("proc") and cs["proc"].get("kind") != "proc" else "Admitted in ward"])
    L = []
    if st == 0:
        L += letterhead(c, False) + ["", r.choice(["EMERGENCY DEPARTMENT RECORD", "ER SHEET", "Accident & Emergency - Patient Record"]), ""] + demo(c, ["name", "rel", "agesex", "mr", "date"], 1)
        L += ["Arrival time: %s   Mode: %s   Triage: %s" % (c.tm(), r.choice(["Ambulance (1122)", "Walk-in", "Private car", "Rickshaw"]), tri), "MLC: " + r.choice(["No", "No", "No", "Yes - Police station informed"]), ""]
        L += sections(c, [(["Presenting complaint", "C/O"], c.cc_lines()), (["History"], c.he(cs["hpi"])), (["PMH"], cs["pmh"]), (["Examination", "O/E"], [c.vitals(), gpe(c), cs["exam"]]),
                          (["ER investigations"], c.key_labs(5) + (["ECG: " + cs["ecg"]] if r.random() < 0.6 else [])), (["ER management", "Treatment in ER"], cs["meds_in"][:4]), (["Impression"], dx_str(c)), (["Disposition"], disp)])
        L += signoff(c, c.doctor("Medicine", "reg"), r.choice([1, 3]))
    elif st == 1:
        L += ["ER  %s  %s" % (c.d(), c.tm()), "%s %s" % (c.name, c.agesex("a")), ""] + c.cc_lines(3) + ["", "O/E: " + c.vitals(3), cs["exam"], "", "Imp: " + dx_str(c), "", "In ER:"] + ["- " + x for x in cs["meds_in"][:3]] + ["", disp] + signoff(c, c.ho, 6)
    elif st == 2:
        L += [r.choice(["TRIAGE FORM", "Triage Assessment"]), "Time: " + c.tm(), "Name: %s  Age: %d  Sex: %s" % (c.name, c.age, c.sex), "Chief complaint: " + cs["cc"][0][0], "Vitals: " + c.vitals(0), "GCS: %d/15" % r.choice([15, 15, 14, 13]), "Pain score: %d/10" % r.randint(2, 9), "Triage category: " + tri, "Sent to: " + r.choice(["Resus bay", "Medical ER", "Surgical ER", "Paeds ER", "Gynae ER"]), "Triage nurse: SN " + r.choice(FEMALE)]
    elif st == 3:
        L += letterhead(c, False) + ["", "Emergency Physician Note", ""] + ["Patient: %s   MRN: %s   Age/Sex: %s" % (c.name, c.mr, c.agesex("b")), "Time seen: " + c.tm(), ""]
        L += ["HPI: " + c.opener() + " " + c.he(cs["hpi"]), "ROS: otherwise negative.", "PMH: " + cs["pmh"], "Exam: " + c.vitals(4) + "; " + cs["exam"], "MDM: " + r.choice(["Differential includes ", "Considered "]) + ", ".join(cs["ddx"] or ["-"]) + ". Labs and imaging ordered.", "Results: " + ", ".join(c.key_labs(5, 1)),
              "ED course: " + r.choice(["Symptoms improved with treatment.", "Remained haemodynamically stable.", "Required fluid resuscitation."]), "Diagnosis: " + cs["dx"], "Disposition: " + disp, "Condition: " + r.choice(["Stable", "Guarded", "Serious"])]
        L += signoff(c, c.doctor("Medicine", "cons"), 3)
    elif st == 4:
        L += [c.h_["short"] + " EMERGENCY", "MEDICO-LEGAL / ER SLIP" if r.random() < 0.3 else "ER SLIP", "No. %d" % r.randint(1000, 99999), c.d() + " " + c.tm(), ""]
        L += ["Name: %s %s %s   Age %d" % (c.name, c.rel, c.guard, c.age), "Address: " + c.addr, "Brought by: " + r.choice(["son", "husband", "neighbour", "Rescue 1122"]), "", "Complaint: " + ", ".join(a for a, _ in cs["cc"]), "Vitals: " + c.vitals(2), "Provisional Dx: " + dx_str(c), "Rx: " + "; ".join(cs["meds_in"][:3]), "Outcome: " + r.choice([disp, "Discharged from ER after observation", "LAMA"])] + signoff(c, c.ho, 4)
    else:
        L += [r.choice(["Emergency Department Discharge", "ER Visit Summary"]), ""] + demo(c, ["name", "agesex", "mr", "date"], 2)
        L += ["", "Seen in ER for: " + ", ".join(a.lower() for a, _ in cs["cc"]), "Findings: " + c.vitals(0), "Working diagnosis: " + dx_str(c), "Treatment given: " + "; ".join(cs["meds_in"][:2]), "Disposition: " + disp, "Time out of ER: " + c.tm()]
        L += signoff(c, c.reg, 3)
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- transfer_summary
def g_transfer_summary(c):
    r = c.r; cs = c.case
    st = r.randint(0, 5)
    frm, to = r.choice([("ICU", cs["ward"]), ("HDU", cs["ward"]), ("ER", "ICU"), (cs["ward"], "ICU"), ("CCU", "Cardiology step-down"), ("Recovery", "SICU")])
    ext = r.choice(["Provincial Teaching Hospital", "National Institute of Cardiovascular Sciences (fict.)", "Institute of Kidney Diseases (fict.)", "Civil Hospital", "Combined Military Hospital (fict.)", "Cancer Care Hospital (fict.)"])
    dt = c.date + datetime.timedelta(days=r.randint(1, 3))
    L = []
    if st == 0:
        L += letterhead(c) + ["", r.choice(["TRANSFER SUMMARY", "INTERNAL TRANSFER NOTE", "Transfer-out Summary"]), ""] + demo(c, ["name", "agesex", "mr", "cons"], 1)
        L += ["Transferred from: %s   To: %s   Date/Time: %s %s" % (frm, to, c.d(dt), c.tm()), ""]
        L += sections(c, [(["Diagnosis"], cs["dx"]), (["Reason for transfer"], r.choice(["Clinically improved, step-down care", "Requires ventilatory support", "Closer monitoring required", "Post-op monitoring"])),
                          (["Summary of stay"], c.opener() + " " + hcourse(c)), (["Current vitals"], c.vitals()), (["Lines / tubes"], r.choice(["Peripheral cannula L forearm (day 2)", "CVC R IJV, Foley catheter", "NG tube, Foley", "None"])),
                          (["Current medications"], cs["meds_in"]), (["Pending"], r.choice(["Culture report", "Echo", "Repeat electrolytes 6 pm", "Histopathology", "None"])), (["Code status"], r.choice(["Full code", "Full code", "DNR (documented)"]))])
        L += signoff(c, c.reg, r.choice([1, 3]))
    elif st == 1:
        L += letterhead(c) + ["", "INTER-HOSPITAL TRANSFER FORM", ""] + demo(c, ["name", "rel", "agesex", "mr", "cnic", "phone"], 3)
        L += ["", "Transferred to: " + ext, "Accepting doctor: %s (telephonically, %s)" % (c.doctor(c.dept, "reg")["name"], c.tm()), "Reason: " + r.choice(["Non-availability of ICU bed", "Specialised care (cath lab / dialysis / oncology)", "Patient's request - financial reasons", "Near to home town"]), "",
              "Diagnosis: " + cs["dx"], "Brief history: " + c.he(cs["hpi"]), "Treatment given: " + "; ".join(cs["meds_in"][:4]), "Investigations: " + ", ".join(c.key_labs(6)), "Condition at transfer: " + c.vitals(0), "Accompanied by: " + r.choice(["Nurse + driver", "Paramedic", "Attendants only", "Doctor (HO)"]), "Documents handed over: reports, films, this summary", ""]
        L += signoff(c, c.reg, 1)
    elif st == 2:
        L += ["%s %s" % (c.d(dt), c.tm()), r.choice(["Shifting note", "Transfer note", "Step-down note"]) + ": %s -> %s" % (frm, to), "", c.opener(), "Now: " + c.vitals(3) + ". " + r.choice(["Off inotropes for 24h.", "Off O2.", "Tolerating diet.", "Stable."]), "Continue: " + "; ".join(cs["meds_in"][:3]), "Plan: " + cs["fu"]] + signoff(c, c.ho, 6)
    elif st == 3:
        L += ["ICU DISCHARGE / TRANSFER SUMMARY", c.h_["name"], ""] + demo(c, ["name", "agesex", "mr"], 2) + ["ICU admission: %s   ICU discharge: %s" % (c.d(c.date), c.d(dt)), ""]
        L += ["Reason for ICU admission: " + cs["dx"], "APACHE II: %d" % r.randint(8, 24), "Organ support: " + r.choice(["NIV 2 days", "Mechanical ventilation 3 days, extubated", "Vasopressors (noradrenaline) 36 h", "None - monitoring only"]), "Key events: " + hcourse(c),
              "At transfer: " + c.vitals(0), "Recommendations for ward team:"] + ["  - " + x for x in [r.choice(["Chest physiotherapy", "Mobilise"]), "Repeat labs in AM", r.choice(["Wean O2 to keep SpO2 > 94%", "Monitor urine output", "Continue DVT prophylaxis"])]]
        L += signoff(c, c.doctor("Anaesthesia", "cons"), 0)
    elif st == 4:
        L += [c.h_["name"], "", "To,", "The Duty Doctor / Consultant", ext, "", "Subject: Transfer of patient %s (MR %s)" % (c.name, c.mr), "", "Respected Doctor,", ""]
        L += ["We are transferring the above named %s for further management. %s %s Currently %s." % ("gentleman" if c.sex == "M" else "lady", c.opener(), hcourse(c), c.vitals(0)), "", "Kindly accept and manage accordingly. Copies of all reports are attached.", "", "Regards,"] + signoff(c, c.cons, 0)[1:]
    else:
        L += ["HANDOFF - TRANSFER", "Pt: %s  %s  MR %s" % (c.name, c.agesex("c"), c.mr), "From %s to %s" % (frm, to), "Dx: " + dx_str(c), "Allergies: NKDA", "Vitals: " + c.vitals(3), "Access: " + r.choice(["PIV x2", "CVC", "PIV"]), "Diet: " + r.choice(["NPO", "soft", "normal", "NG feed"]), "Isolation: " + ("Airborne" if cs["key"] == "tb" else "No"), "Escort: nurse", "Received by: SN " + r.choice(FEMALE) + "  Time " + c.tm()]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- provider_orders
def g_provider_orders(c):
    r = c.r; cs = c.case
    st = r.randint(0, 5)
    orders = list(cs["meds_in"])
    L = []
    if st == 0:
        L += letterhead(c, False) + ["", r.choice(["DOCTOR'S ORDERS", "PHYSICIAN ORDER SHEET", "Treatment Orders"]), ""] + demo(c, ["name", "agesex", "mr", "ward"], 1) + ["Allergies: " + r.choice(["NKDA", "None"]), ""]
        L += ["Date/Time        Order                                                   Sign     Nurse"]
        t = c.tm()
        for o in (["Admit under " + c.cons["name"], "Diet: " + r.choice(["NPO", "Soft", "Diabetic", "Normal"]), "Vitals 4 hourly"] + orders + ["CBC, RFT, LFT, Electrolytes"]):
            L.append("%-16s %-55s %-8s %s" % (c.d() + " " + t if o.startswith("Admit") else '  "', o[:55], c.ho["name"].split()[1][:6], r.choice(["SN", "v", "done", ""])))
    elif st == 1:
        L += [r.choice(["ADMISSION ORDERS", "Admit orders", "Orders on admission"]), c.d() + " " + c.tm(), c.name + " / " + c.mr, ""]
        L += ["1. Admit: %s, under %s" % (cs["ward"], c.cons["name"]), "2. Condition: " + r.choice(["stable", "guarded", "serious"]), "3. Vitals: " + r.choice(["q4h", "hourly x 4 then 4 hourly", "as per routine"]), "4. Activity: " + r.choice(["bed rest", "ambulate as tolerated", "bed rest with bathroom privileges"]),
              "5. Diet: " + r.choice(["NPO", "clear liquids", "normal", "low salt, diabetic"]), "6. IV: " + r.choice(["RL @ 100 ml/hr", "NS 1 L 8 hourly", "Maintenance as per chart", "Saline lock"]), "7. Medications:"] + ["   - " + o for o in orders] + ["8. Labs: " + ", ".join(cs["panels"]), "9. Notify doctor if SBP < 90 or > 180, T > 101 F, SpO2 < 92%, UOP < 30 ml/hr"]
        L += signoff(c, c.reg, 3)
    elif st == 2 and cs.get("proc"):
        L += ["%s %s" % (c.d(), c.tm()), r.choice(["Post-op orders", "POST-OPERATIVE ORDERS"]) + (" - " + cs["proc"]["name"] if cs.get("proc") else ""), ""]
        L += ["- Shift to ward when Aldrete > 9", "- Vitals half hourly x 4, then hourly x 4, then 4 hourly", "- " + r.choice(["NPO x 6 hrs, then sips", "Allow orally after 4 hours", "Liquids after bowel sounds"]), "- IVF " + r.choice(["RL 1 L + DNS 1 L / 24 h", "DNS @ 80 ml/h"])] + ["- " + o for o in orders[:3]] + ["- Inj. Ondansetron 4 mg IV SOS", "- Chart I/O", "- Inform if drain > 100 ml/hr or BP < 90/60"]
        L += signoff(c, c.reg, 2)
    elif st in (2, 3):
        L += [r.choice(["Verbal / telephone order", "TELEPHONE ORDER"]), "Date/time: %s %s" % (c.d(), c.tm()), "Patient: %s  Bed %d" % (c.name, r.randint(1, 40)), "Ordered by: %s (telephonically)" % c.reg["name"], "Order: " + r.choice(["Give Inj. Paracetamol 1 g IV stat", "Increase IVF to 150 ml/hr", "Hold next dose of " + (cs["meds_dc"][0][0]), "Inj. Furosemide 40 mg IV stat", "Send repeat K+ now"]), "Read back: Yes", "Taken by: SN " + r.choice(FEMALE), "Counter-signed by doctor within 24 h: ______"]
    elif st == 4:
        L += ["ORDERS (continuation)  " + c.mr, ""]
        for i in range(r.randint(2, 4)):
            L.append(c.d(c.date + datetime.timedelta(days=i)) + " " + c.tm())
            L += ["  " + r.choice(["Stop ", "Continue ", "Start ", "Change to oral: "]) + r.choice(orders or ["Tab. Paracetamol 1 g TDS"]), "  " + r.choice(["Repeat CBC", "Remove Foley", "Ambulate", "Dressing change", "Repeat RBS", "Discharge in AM"])]
            L.append("     - " + r.choice([c.ho["name"], c.reg["name"]]))
    else:
        L += letterhead(c, False) + ["", "INVESTIGATION REQUEST / ORDER FORM", ""] + demo(c, ["name", "agesex", "mr", "ward", "date"], 2) + [""]
        tests = ["CBC", "ESR", "CRP", "LFTs", "RFTs", "Serum electrolytes", "PT/APTT/INR", "Blood C/S", "Urine R/E", "HbA1c", "Lipid profile", "Troponin I", "X-ray chest PA", "USG abdomen", "ECG", "HBsAg/Anti-HCV"]
        pick = set(r.sample(tests, 6))
        L += ["[%s] %s" % ("x" if t in pick else " ", t) for t in tests]
        L += ["", "Clinical info: " + dx_str(c), "Urgent: " + r.choice(["Yes", "No"]), "Requested by: " + c.ho["name"]]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- discharge_instructions
def g_discharge_instructions(c):
    r = c.r; cs = c.case
    st = r.randint(0, 5)
    red = r.sample(["fever more than 101 F", "increasing pain"] + (["redness or discharge from wound"] if cs.get("proc") else []) + [ "vomiting or unable to eat", "bleeding", "shortness of breath", "chest pain", "decreased urine", "black stools", "drowsiness or confusion", "swelling of legs"], 4)
    L = []
    if st == 0:
        L += letterhead(c, False) + ["", r.choice(["DISCHARGE INSTRUCTIONS", "Instructions for Home Care", "Patient Advice on Discharge"]), ""] + demo(c, ["name", "mr", "dod"], 2) + [""]
        L += sections(c, [(["Your diagnosis", "Diagnosis"], dx_str(c)), (["Medicines", "Your medicines"], c.meds(r.choice([2, 3]), True)), (["Diet"], r.choice(["Normal home diet.", "Low salt, low fat diet.", "Diabetic diet - avoid sugar, sweets, cold drinks.", "Soft diet for 1 week, plenty of fluids."])),
                          (["Activity"], r.choice(["Walk daily. Avoid lifting heavy weights for 6 weeks.", "Rest for 1 week then gradually resume activity.", "Bed to chair mobilisation with support."])),
                          (["Wound care"], r.choice(["Keep dressing dry. Change on alternate days.", "May bathe after 48 hours, pat dry."]) if cs.get("proc") else None),
                          (["Return to hospital / ER if", "Come back immediately if"], ["- " + x for x in red]), (["Follow-up", "Next appointment"], cs["fu"])])
        L += ["Helpline: " + c.h_["uan"]]
    elif st == 1:
        L += ["Advice on discharge:", ""] + c.meds(r.choice([0, 1, 4]), True) + ["", r.choice(["Parhez (diet): ", "Diet: "]) + r.choice(["namak kam, ghee kam", "sugar avoid", "plenty of water"]), "F/U: " + cs["fu"]] + signoff(c, c.ho, 6)
    elif st == 2:
        L += [c.h_["name"], r.choice(["Post-operative care at home", "After your operation"]), ""] + ["Name: %s   Operation: %s" % (c.name, cs["proc"]["name"] if cs.get("proc") else "N/A"), ""]
        L += ["1. Take medicines as written below.", "2. Keep the wound clean and dry. Stitches/staples to be removed on day %d in OPD." % r.choice([7, 10, 12, 14]), "3. You may take a shower after %d days." % r.choice([2, 3, 5]), "4. No heavy lifting, no driving for %d weeks." % r.choice([2, 4, 6]), "5. Resume prayers (namaz) sitting on chair initially." if r.random() < 0.5 else "5. Walk several times a day.", "6. Contact us if: " + ", ".join(red) + "."]
        L += ["", "Medicines:"] + c.meds(3, False) + ["", "Appointment: " + c.d(c.dc + datetime.timedelta(days=r.choice([7, 10, 14])))]
    elif st == 3:
        L += [r.choice(["Patient education leaflet", "INFORMATION FOR PATIENTS & FAMILIES"]), "", "Living with " + cs["dx"].split("(")[0].split(",")[0].strip(), ""]
        tips = {"dengue": ["Drink plenty of fluids (ORS, juices, soups).", "Use only paracetamol for fever; avoid Brufen/Disprin.", "Use mosquito repellents and nets, remove standing water."], "typhoid": ["Drink boiled/filtered water only.", "Wash hands with soap before eating.", "Complete the full course of antibiotics."],
                "nstemi": ["Never stop aspirin/clopidogrel without asking your cardiologist.", "Keep sublingual nitrate with you.", "Stop smoking. Walk 30 minutes daily."], "dka": ["Check sugar at home 3-4 times daily.", "Do not skip insulin even if not eating; call doctor.", "Carry sweets for low sugar."],
                "cld": ["Avoid painkillers like Brufen, Voltral.", "Low salt diet, no extra salt on food.", "Lactulose to pass 2-3 soft stools daily."], "ckd": ["Restrict water to 1 litre/day.", "Avoid bananas, dates, oranges, dried fruit (high potassium).", "Never miss dialysis."]}
        L += ["- " + t for t in tips.get(cs["key"], ["Take medicines regularly.", "Healthy diet, regular exercise.", "Keep follow-up appointments."])]
        L += ["", "Warning signs: " + ", ".join(red), "", "Patient: %s   MR: %s" % (c.name, c.mr), "Explained by: " + ("SN " + r.choice(FEMALE) if r.random() < 0.5 else c.ho["name"])]
    elif st == 4:
        L += ["DISCHARGE CHECKLIST & INSTRUCTIONS", c.name + " " + c.mr + " " + c.d(c.dc), ""]
        L += ["[x] Discharge summary given", "[x] Medicines explained", "[%s] Cannula removed" % "x", "[%s] Catheter removed" % r.choice(["x", " ", "N/A"]), "[x] Reports & films returned", "[x] Bill cleared / Sehat card settled", "", "Home instructions:", "  " + cs["fu"], "  Return if: " + "; ".join(red[:3]), "", "Nurse: SN " + r.choice(FEMALE) + "   Patient/attendant sign: ____"]
    else:
        L += ["%s - %s" % (c.h_["short"], c.dept), "Aap ki sehat ke liye hidayat (Instructions for your health)", ""]
        L += ["Name: " + c.name, "Bimari (diagnosis): " + dx_str(c), "", "Dawaiyan (medicines):"] + c.meds(4, True) + ["", "Kab wapas aayen (return if): " + ", ".join(red), "Agli mulaqat (next visit): " + c.d(c.dc + datetime.timedelta(days=r.choice([5, 7, 14])))]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- other
def g_other(c):
    r = c.r; cs = c.case
    st = r.randint(0, 10)
    L = []
    if st == 0:
        L += [c.h_["name"], "FAX", "", "To: %s   Fax: (0%d) %d" % (r.choice(["Claims Dept, " + r.choice(INSCOS), "Dr. " + r.choice(MALE) + " " + r.choice(SURN), "HR Medical Cell, " + r.choice(PANELCOS)]), r.choice([21, 42, 51]), r.randint(1000000, 9999999)), "From: Medical Records / " + c.dept, "Date: " + c.d(), "Pages (incl. cover): %d" % r.randint(2, 9), "Re: " + c.name + " / MR " + c.mr, "",
              "[ ] Urgent  [x] For review  [ ] Please reply", "", "Comments: " + r.choice(["Please find attached discharge summary and bills.", "Pre-authorization request attached.", "Reports as requested."]), "", "CONFIDENTIALITY NOTICE: This fax contains privileged medical information intended only for the addressee. If received in error, please notify us at " + c.h_["ph"] + " and destroy all copies."]
    elif st == 1:
        L += letterhead(c, False) + ["", r.choice(["MEDICAL CERTIFICATE", "SICK LEAVE CERTIFICATE", "TO WHOM IT MAY CONCERN"]), ""]
        L += ["This is to certify that %s %s %s, aged %d years, CNIC %s, was under my treatment for %s from %s to %s. %s is advised rest for %d days with effect from %s." % ("Mr." if c.sex == "M" else "Ms.", c.name, c.rel + " " + c.guard, c.age, c.cnic, cs["dx"].split("(")[0].lower().strip(), c.d(c.date), c.d(c.dc), "He" if c.sex == "M" else "She", r.choice([3, 5, 7, 10, 14, 21]), c.d(c.dc)), "",
              "This certificate is issued on the request of the patient for %s." % r.choice(["office record", "submission to employer", "university", "court attendance exemption"]), "", "Not valid for medico-legal purposes."] + signoff(c, c.cons, 0)
    elif st == 2:
        L += [c.h_["name"], "Patient Accounts", "", r.choice(["INTERIM BILL", "PROVISIONAL BILL", "Final Bill / Statement of Account"]), ""] + demo(c, ["name", "mr", "adm", "doa"], 1) + ["Category: " + r.choice(["Private", "Panel - " + r.choice(PANELCOS), "Sehat Card", "Self"]), ""]
        items = [("Room charges (%d days @ %d)" % (c.los, r.choice([3500, 6000, 9000, 15000])), 0), ("Consultant visits", r.randint(5, 40) * 1000), ("Laboratory", r.randint(3, 40) * 1000), ("Radiology", r.randint(2, 30) * 1000), ("Pharmacy", r.randint(5, 90) * 1000), ("OT / procedure charges", r.randint(0, 150) * 1000), ("Nursing & services", r.randint(2, 20) * 1000)]
        tot = 0
        for nm, amt in items:
            if amt == 0: amt = c.los * int(nm.split("@ ")[1].rstrip(")"))
            tot += amt
            L.append("%-36s Rs. %10s" % (nm, "{:,}".format(amt)))
        adv = r.choice([0, 20000, 50000])
        L += ["-" * 52, "%-36s Rs. %10s" % ("Total", "{:,}".format(tot)), "%-36s Rs. %10s" % ("Advance received", "{:,}".format(adv)), "%-36s Rs. %10s" % ("Balance payable", "{:,}".format(tot - adv)), "", "Cashier: ______  This is a system generated bill."]
    elif st == 3:
        L += letterhead(c, False) + ["", r.choice(["REQUEST FOR RELEASE OF MEDICAL INFORMATION", "Application for copy of medical record"]), ""]
        L += ["Patient: %s   MR: %s   CNIC: %s" % (c.name, c.mr, c.cnic), "Requested by: %s (%s)" % (r.choice([c.name, c.guard, "Advocate " + r.choice(MALE) + " " + r.choice(SURN), r.choice(INSCOS)]), r.choice(["self", "relative", "lawyer", "insurer"])), "Records requested: " + ", ".join(r.sample(["discharge summary", "lab reports", "imaging reports", "operative notes", "complete file", "bills"], 3)), "Period: %s to %s" % (c.d(c.date), c.d(c.dc)), "Purpose: " + r.choice(["Insurance claim", "Further treatment abroad", "Court case", "Employer reimbursement", "Personal record"]), "",
              "Authorization: I authorise release of the above records.  Sign: ______  Date: " + c.d(), "Fee deposited: Rs. %d   Receipt # %d" % (r.choice([500, 1000, 2000]), r.randint(1000, 99999)), "Approved by: Incharge Medical Records"]
    elif st == 4:
        co = r.choice(INSCOS + PANELCOS)
        L += [r.choice(["PRE-AUTHORIZATION REQUEST", "Request for Approval - Panel Patient", "Claim Form (Part B - Hospital)"]), "To: " + co, "From: Panel desk, " + c.h_["name"], ""]
        L += ["Patient: %s   Employee/Member ID: %d   Relation: %s" % (c.name, r.randint(10000, 999999), r.choice(["Self", "Spouse", "Child", "Parent"])), "Admission date: " + c.d(), "Diagnosis: " + cs["dx"], "ICD-10: " + r.choice(["K35.8", "K80.2", "A90", "A01.0", "I21.4", "E11.1", "I85.1", "J18.1", "I63.5", "O14.1", "S72.0", "N40", "N20.1", "A09", "K40.9", "C50.4", "N18.5", "I10", "E11.4", "A15.0"]),
              "Planned treatment: " + (cs["proc"]["name"] if cs.get("proc") else "Medical management"), "Estimated length of stay: %d days" % c.los, "Estimated cost: Rs. %s" % "{:,}".format(r.randint(40, 600) * 1000), "Room: " + r.choice(["Private", "Semi-private", "General"]), "",
              "Treating consultant: " + c.cons["name"], "", "Approval (insurer use): [ ] Approved  [ ] Query  [ ] Declined   Ref #______"]
    elif st == 5:
        L += letterhead(c, False) + ["", r.choice(["PATIENT SATISFACTION QUESTIONNAIRE", "Patient Health Questionnaire (PHQ-9)", "Pre-visit questionnaire"]), ""]
        if r.random() < 0.5:
            qs = ["Little interest or pleasure in doing things", "Feeling down, depressed or hopeless", "Trouble falling asleep", "Feeling tired", "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly", "Thoughts of self harm"]
            sc = [r.randint(0, 3) for _ in qs]
            L += ["Name: %s  MR: %s  Date: %s" % (c.name, c.mr, c.d()), "Over the last 2 weeks, how often have you been bothered by:"] + ["%d. %s  [%d]" % (i + 1, q, s) for i, (q, s) in enumerate(zip(qs, sc))] + ["Total score: %d" % sum(sc)]
        else:
            L += ["Ward/Clinic: " + cs["ward"], "Date: " + c.d(), ""] + ["%s:  %s" % (q, r.choice(["Excellent", "Good", "Average", "Poor"])) for q in ["Behaviour of doctors", "Nursing care", "Cleanliness", "Food", "Waiting time", "Billing process"]] + ["Would you recommend us? " + r.choice(["Yes", "No"]), "Comments: " + r.choice(["Staff was cooperative.", "Washrooms need cleaning.", "Very long wait in OPD.", "JazakAllah for good care.", ""])]
    elif st == 6:
        L += letterhead(c, False) + ["", r.choice(["LEAVING AGAINST MEDICAL ADVICE (LAMA) FORM", "LAMA / DOR Undertaking"]), ""]
        L += ["I, %s, %s of patient %s (MR %s), am taking the patient home against the advice of the treating doctors. I have been explained the diagnosis (%s) and that leaving may result in deterioration or death. I will not hold the hospital or doctors responsible." % (c.guard, r.choice(["father", "husband", "son", "brother"]), c.name, c.mr, cs["dx"].split("(")[0].strip()), "",
              "Sign/Thumb: ______  CNIC: %s   Date/time: %s %s" % (c.mkcnic(), c.d(), c.tm()), "Witness: ______", "Doctor: " + c.reg["name"]]
    elif st == 7:
        L += ["CLINICAL PHOTOGRAPHS - CAPTIONS", "%s  MR %s" % (c.name, c.mr), ""]
        for i in range(r.randint(2, 5)):
            L.append("Fig %d (%s): %s" % (i + 1, c.d(c.date + datetime.timedelta(days=i * 3)), r.choice(["Wound on POD-%d, healthy" % (i * 3 + 1), "Pre-operative view of lesion", "Pressure area sacrum, stage II", "Diabetic foot, plantar ulcer 2 x 1 cm", "Petechial rash lower limbs", "Specimen after excision, oriented"])))
        L += ["", "Consent for clinical photography on file. For teaching use only; face not shown."]
    elif st == 8:
        L += letterhead(c, False) + ["", r.choice(["APPLICATION FOR ZAKAT / PATIENT WELFARE ASSISTANCE", "Patient Welfare Society - Financial Assistance Form"]), ""]
        L += ["Applicant: %s   Relation to patient: %s" % (c.guard, r.choice(["father", "husband", "son"])), "Patient: %s   MR: %s   Ward: %s" % (c.name, c.mr, cs["ward"]), "Monthly household income: Rs. %s" % "{:,}".format(r.randint(12, 45) * 1000), "Family members: %d   Earning members: %d" % (r.randint(4, 11), r.randint(1, 2)), "Occupation: " + r.choice(["Daily wager", "Rickshaw driver", "Farmer (landless)", "Watchman", "Unemployed"]), "Amount requested: Rs. %s" % "{:,}".format(r.randint(10, 300) * 1000), "Purpose: " + r.choice(["Surgery charges", "Medicines", "Dialysis sessions", "Chemotherapy"]), "",
              "Verified by social welfare officer: ______   Recommended: [ ] Full [ ] Partial [ ] Not eligible", "Treating doctor remarks: " + cs["dx"].split("(")[0].strip() + " - treatment required."]
    elif st == 9:
        L += [c.h_["name"], "Medico-Legal Section", "", "To: SHO, Police Station " + r.choice(["Saddar", "City", "Model Town", "Industrial Area", "Cantt"]), "", "Subject: Information regarding MLC No. %d/%d" % (r.randint(1, 999), c.date.year), "",
              "It is to inform that %s %s %s, aged %d, was brought to the Emergency Department on %s at %s with history of %s. The patient has been examined and medico-legal report will be issued after receipt of radiology reports." % (c.name, c.rel, c.guard, c.age, c.d(), c.tm(), r.choice(["road traffic accident", "alleged assault", "fall from height", "alleged poisoning"])), "", "Casualty Medical Officer", c.reg["name"]]
    else:
        L += [r.choice(["APPOINTMENT CARD", "OPD File Cover", "Patient File - Index Sheet"]), c.h_["name"], ""] + ["Name: %s   MR: %s" % (c.name, c.mr), ""]
        for i in range(r.randint(3, 6)):
            L.append("%s   %s   %s" % (c.d(c.date + datetime.timedelta(days=30 * i)), r.choice([c.dept, "Lab", "Radiology", "Pharmacy", "Physiotherapy"]), r.choice(["Room 12", "Counter 3", "Seen", "Missed", "Rescheduled"])))
        L += ["", "Please bring this card and CNIC on every visit."]
    L += footer(c)
    return L

# ----------------------------------------------------------------------------- main
CASE_POOL = {
    "operative_note": SURG, "anesthesia_record": SURG, "discharge_summary": INPT, "history_physical": INPT, "ed_note": INPT,
    "transfer_summary": INPT, "nursing_note": INPT, "provider_orders": INPT, "consent_form": INPT,
}

def make_doc(label, r):
    c = Ctx(r, label, CASE_POOL.get(label))
    lines = globals()["g_" + label](c)
    # generic post-processing: strip leading blanks, occasional header/footer noise
    while lines and not lines[0].strip():
        lines.pop(0)
    text = "\n".join(l.rstrip() for l in lines).strip("\n")
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    if r.random() < 0.12:
        text = r.choice(["Scanned by CamScanner\n", "%s\n" % c.mr, "COPY\n", "DUPLICATE\n", ""]) + text
    if r.random() < 0.08:
        text += "\n" + r.choice(["Scanned by CamScanner", "Page 1", "- 1 -", "Received " + c.d(c.dc)])
    return ocr(text, r)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    docs = []
    for label in TYPES:
        for i in range(a.per_type):
            sub = random.Random(master.randrange(2 ** 62))
            docs.append((label, make_doc(label, sub)))
    order = list(range(len(docs)))
    master.shuffle(order)
    with open(a.out, "w", encoding="utf-8") as f:
        for n, idx in enumerate(order):
            label, text = docs[idx]
            f.write(json.dumps({"id": "pk%d-%05d" % (a.seed, n), "label": label, "text": text}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
