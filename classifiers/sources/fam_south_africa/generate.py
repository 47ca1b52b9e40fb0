#!/usr/bin/env python3
"""Synthetic (entirely fictitious) South African private-hospital clinical documents.

Standard library only.  Usage:
    python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
All people, practices, hospitals, schemes, numbers and addresses are invented.
"""
import argparse
import datetime
import json
import random

LABELS = ["discharge_summary", "history_physical", "progress_note", "consult_note",
          "operative_note", "procedure_note", "lab_report", "imaging_report",
          "pathology_report", "medication_list", "prescription", "anesthesia_record",
          "correspondence", "consent_form", "referral_letter", "advance_directive",
          "ecg_report", "immunization_record", "registration_form", "insurance_card",
          "nursing_note", "ed_note", "transfer_summary", "provider_orders",
          "discharge_instructions", "other"]

MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]

FIRST_M = ["Johan", "Pieter", "Thabo", "Sipho", "Bongani", "Mandla", "Rajesh", "Pravin",
           "Mohammed", "Yusuf", "Michael", "David", "Andile", "Lwazi", "Tshepo", "Kagiso",
           "Hendrik", "Francois", "Gert", "Themba", "Sibusiso", "Neil", "Craig", "Riaan",
           "Kevin", "Ashwin", "Vusi", "Lethabo", "Mzwandile", "Ebrahim", "Willem", "Jacobus",
           "Siyabonga", "Kabelo", "Nkosinathi", "Deon", "Shaun", "Dylan", "Junaid", "Vikash"]
FIRST_F = ["Annelie", "Marietjie", "Nomvula", "Thandeka", "Zanele", "Lindiwe", "Priya",
           "Kavitha", "Fatima", "Aisha", "Sarah", "Jennifer", "Nokuthula", "Palesa",
           "Refilwe", "Busisiwe", "Elize", "Charlene", "Sunette", "Nadia", "Shireen",
           "Thembeka", "Ntombi", "Karabo", "Lerato", "Michelle", "Leigh-Anne", "Yolandi",
           "Sindisiwe", "Anushka", "Rookaya", "Carmen", "Elsabe", "Nompumelelo", "Tracey"]
SURN = ["van der Merwe", "Botha", "Pretorius", "Nel", "du Plessis", "Naidoo", "Pillay",
        "Govender", "Moodley", "Reddy", "Dlamini", "Nkosi", "Ndlovu", "Mthembu", "Khumalo",
        "Zulu", "Mokoena", "Molefe", "Mahlangu", "Sithole", "Smith", "Jacobs", "Williams",
        "Adams", "Petersen", "Hendricks", "Moosa", "Patel", "Cassim", "Fourie", "Venter",
        "Steyn", "Coetzee", "Kruger", "Radebe", "Ngcobo", "Mabaso", "Maharaj", "Singh",
        "Erasmus", "Swanepoel", "Olivier", "Booysen", "Mkhize", "Xaba", "Cele", "Bhengu",
        "Sibiya", "Tshabalala", "Makhubela", "Januarie", "Fortuin", "Isaacs", "Daniels",
        "Maseko", "Nxumalo", "Chetty", "Padayachee", "Rossouw", "Malan", "de Villiers",
        "Bezuidenhout", "Ntuli", "Qwabe", "Mostert", "Hattingh", "Sokhela", "Lategan"]

CITIES = {
    "JHB": {"code": "011", "name": "Johannesburg", "prov": "Gauteng",
            "subs": ["Rosebank", "Parktown", "Sandton", "Randburg", "Bryanston", "Northcliff",
                     "Melville", "Kensington", "Fourways", "Bedfordview", "Houghton", "Linden",
                     "Soweto", "Roodepoort", "Edenvale"],
            "streets": ["Jan Smuts Avenue", "Oxford Road", "Rivonia Road", "Beyers Naude Drive",
                        "Republic Road", "Louis Botha Avenue", "Empire Road", "Main Road",
                        "William Nicol Drive", "Malibongwe Drive"],
            "hosp": ["Parkhurst Ridge Hospital", "Kyalami Heights Private Hospital",
                     "Melrose Vale Clinic", "Northcliff Gardens Hospital",
                     "Bryanston Oaks Medical Centre"],
            "pc": ["2196", "2193", "2191", "2194", "2195", "2021", "2092"]},
    "CPT": {"code": "021", "name": "Cape Town", "prov": "Western Cape",
            "subs": ["Rondebosch", "Claremont", "Bellville", "Durbanville", "Sea Point",
                     "Gardens", "Tokai", "Milnerton", "Kenilworth", "Pinelands", "Plumstead",
                     "Somerset West", "Parow", "Goodwood"],
            "streets": ["Main Road", "Voortrekker Road", "Kloof Street", "Durban Road",
                        "Belvedere Road", "Wellington Road", "Koeberg Road", "Tygervalley Road",
                        "Klipfontein Road", "Rosmead Avenue"],
            "hosp": ["Kloofnek Private Hospital", "Durbanville Oaks Hospital",
                     "Bellville Heights Clinic", "Southern Peninsula Medical Centre",
                     "Claremont Vale Hospital"],
            "pc": ["7700", "7708", "7530", "7550", "8005", "8001", "7945"]},
    "DBN": {"code": "031", "name": "Durban", "prov": "KwaZulu-Natal",
            "subs": ["Umhlanga", "Berea", "Musgrave", "Westville", "Morningside", "Glenwood",
                     "Durban North", "Pinetown", "Chatsworth", "Overport", "Kloof", "Ballito",
                     "Amanzimtoti", "Phoenix"],
            "streets": ["Florida Road", "Musgrave Road", "Umhlanga Rocks Drive",
                        "Jan Hofmeyr Road", "Che Guevara Road", "Peter Mokaba Road",
                        "Problem Mkhize Road", "Chris Hani Road", "Sarnia Road", "Ridge Road"],
            "hosp": ["Umhlanga Ridge Private Hospital", "Berea Park Hospital",
                     "Westville Gardens Hospital", "Musgrave Heights Clinic",
                     "Glenwood Crescent Medical Centre"],
            "pc": ["4001", "4319", "4630", "3629", "4051", "4091", "4068"]},
}
GROUPS = ["Meridia Hospital Group", "Umoya Private Hospitals", "Kransberg Healthcare",
          "Sable Health Hospitals", "Protea Crest Healthcare"]
SCHEMES = [("Protea Health Medical Scheme", ["Classic Comprehensive", "Essential Saver", "Core Hospital Plan"], "0860 776 832"),
           ("Umbrella Medical Aid Society", ["Executive", "Standard Savings", "Value Network"], "0861 224 509"),
           ("Sentinel Medical Scheme", ["Platinum", "Gold Option", "Hospital Standard"], "0860 113 477"),
           ("Baobab Health Fund", ["Primary", "Comprehensive", "Network Saver"], "0861 902 155"),
           ("Fynbos Medical Scheme", ["Select", "Elect 200", "Blue Option"], "0860 445 218"),
           ("Ikhaya Medical Aid", ["Ikhaya Care", "Ikhaya Plus", "Ikhaya Hospital"], "0800 602 774"),
           ("Highveld Medical Scheme", ["HS Comprehensive", "HS Hospital Plan", "HS Saver"], "0861 330 981"),
           ("Kgotla Health Cover", ["Kgotla Essential", "Kgotla Complete", "Kgotla Start"], "0860 518 603")]
ADMINS = ["Medscheme-Alpha Administrators", "Tshwane Claims Administrators (Pty) Ltd",
          "Coastline Health Administrators", "Interhealth Admin Services"]
LABS = ["Highveld Pathology Inc.", "Kloof Coastal Pathologists", "Du Toit Naidoo & Partners Pathologists",
        "Van Rensburg Moolla Laboratories", "Berea Pathology Services", "Peninsula Path Lab Inc."]
RADS = ["Morningside Radiology Inc.", "Cape Imaging Partners", "Berea Radiology Associates",
        "Drs Botha, Khan & Partners Radiologists", "Highveld Diagnostic Imaging", "Atlantic Radiology"]
AMBUL = ["RapidMed Emergency Services", "Lifeline Response Ambulance", "Siyaphila Paramedics", "CoastCare EMS"]

SPEC = {
    "Physician": ("Specialist Physician", ["FCP(SA)", "MMed(Int Med)"]),
    "Cardiologist": ("Cardiologist", ["FCP(SA) Cert Cardiology(SA) Phys", "MMed(Med) Cardiology"]),
    "Surgeon": ("General Surgeon", ["FCS(SA)", "MMed(Surg)"]),
    "Orthopaedic": ("Orthopaedic Surgeon", ["FC Orth(SA)", "MMed(Orth)"]),
    "Pulmonologist": ("Pulmonologist", ["FCP(SA) Cert Pulmonology(SA)"]),
    "Neurologist": ("Neurologist", ["FCNeurol(SA)", "MMed(Neur)"]),
    "Obstetrician": ("Obstetrician & Gynaecologist", ["FCOG(SA)", "MMed(O&G)"]),
    "Paediatrician": ("Paediatrician", ["FCPaed(SA)", "DCH(SA)", "MMed(Paed)"]),
    "Urologist": ("Urologist", ["FC Urol(SA)", "MMed(Urol)"]),
    "Gastroenterologist": ("Gastroenterologist", ["FCP(SA) Cert Gastroenterology(SA)"]),
    "Anaesthetist": ("Specialist Anaesthesiologist", ["FCA(SA)", "DA(SA)", "MMed(Anaes)"]),
    "Radiologist": ("Diagnostic Radiologist", ["FCRad(Diag)(SA)", "MMed(Rad D)"]),
    "Pathologist": ("Anatomical Pathologist", ["FCPath(SA) Anat", "MMed(Anat Path)"]),
    "ClinPath": ("Clinical Pathologist", ["FCPath(SA) Chem", "MMed(Clin Path)"]),
    "GP": ("General Practitioner", ["", "DipPEC(SA)", "DA(SA)", "DCH(SA)"]),
    "EM": ("Emergency Medicine Specialist", ["FCEM(SA)", "MMed(EM)"]),
    "Intensivist": ("Intensivist", ["FCA(SA) Cert Crit Care(SA)", "FCP(SA) Crit Care"]),
}
UNIS = ["(Wits)", "(UCT)", "(Pret)", "(UKZN)", "(Stell)", "(UFS)", "(Natal)", "(Medunsa)"]


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def fmt_date(d, f):
    if f == 0:
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if f == 1:
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if f == 2:
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if f == 3:
        return "%02d-%s-%d" % (d.day, MON[d.month - 1][:3], d.year)
    if f == 4:
        return "%d-%02d-%02d" % (d.year, d.month, d.day)
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


def rdate(r, a=2006, b=2023):
    s = datetime.date(a, 1, 1).toordinal()
    e = datetime.date(b, 12, 31).toordinal()
    return datetime.date.fromordinal(r.randint(s, e))


def tm(r, style=None, lo=0, hi=23):
    h = r.randint(lo, hi)
    m = r.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, r.randint(0, 59)])
    st = style if style is not None else r.randint(0, 2)
    if st == 0:
        return "%02d:%02d" % (h, m)
    if st == 1:
        return "%02dh%02d" % (h, m)
    return "%02d%02d" % (h, m)


def phone(r, code):
    return "(%s) %d%02d %04d" % (code, r.randint(2, 9), r.randint(10, 99), r.randint(0, 9999))


def cell(r):
    return "0%d%d %03d %04d" % (r.choice([6, 7, 8]), r.randint(1, 9), r.randint(100, 999), r.randint(0, 9999))


def person(r, sex=None):
    sex = sex or r.choice("MF")
    first = r.choice(FIRST_M if sex == "M" else FIRST_F)
    return sex, first, r.choice(SURN)


def initials(r, first):
    extra = r.choice(["", "", r.choice("ABCDEGHJKLMNPRST")])
    return first[0] + ("." + extra if extra else "")


def make_doctor(r, spec, city):
    sex, first, sur = person(r)
    title, quals = SPEC[spec]
    q = r.choice(["MBChB", "MBBCh", "MB ChB"]) + " " + r.choice(UNIS)
    qq = r.choice(quals)
    if qq:
        q += " " + qq
    cd = CITIES[city]
    name_short = "Dr %s %s" % (initials(r, first), sur)
    return {"name": name_short, "full": "Dr %s %s" % (first, sur), "sur": sur, "first": first,
            "sex": sex, "title": title, "quals": q, "spec": spec,
            "prno": "%07d" % r.randint(100000, 9999999),
            "hpcsa": "MP %07d" % r.randint(100000, 999999),
            "rooms": "Suite %d, %s Medical Suites" % (r.randint(1, 420), r.choice(cd["subs"])),
            "street": "%d %s" % (r.randint(1, 400), r.choice(cd["streets"])),
            "sub": r.choice(cd["subs"]), "tel": phone(r, cd["code"]), "fax": phone(r, cd["code"]),
            "email": "%s@%s%s.co.za" % (r.choice(["rooms", "reception", "admin", "info", "accounts"]),
                                         sur.lower().replace(" ", ""), r.choice(["med", "rooms", "practice", "inc", "dr"]))}

# ---------------------------------------------------------------------------
# Clinical scenarios.  Each one is internally coherent.
# meds: (drug, dose, route, freq, duration)
# ---------------------------------------------------------------------------
CASES = [
    dict(key="cap", dx="Community-acquired pneumonia, right lower lobe", icd="J18.9", spec="Physician",
         age=(28, 84), sex=None, los=(3, 7), ward="Medical Ward",
         pc="productive cough, fever and right-sided pleuritic chest pain for 4 days",
         hpi="{Pt} presents with a 4 day history of cough productive of rusty sputum, fevers with rigors and right-sided pleuritic chest pain. Progressive shortness of breath since yesterday. No haemoptysis. Saw GP 2 days ago and was started on amoxicillin with no improvement.",
         pmh=["Hypertension", "Ex-smoker (20 pack-years)"], chronic=[("Amlodipine", "5 mg", "po", "daily", "")],
         vit=("38.7", "112", "118/72", "26", "89% on room air"),
         exam=["Looks unwell, flushed, mildly dyspnoeic at rest", "Reduced expansion R base, dull to percussion, bronchial breathing and coarse crepitations R lower zone", "HS I+II, no murmurs", "Abdomen soft, non-tender"],
         inv=["CXR: right lower lobe consolidation, no effusion", "WCC 17.2, neutrophilia", "CRP 186", "Blood cultures x2 taken", "Sputum MC&S sent; GeneXpert MTB negative"],
         course="Treated with IV ceftriaxone and azithromycin, oxygen via nasal prongs and chest physiotherapy. Fever settled by day 3 and oxygen weaned. CRP down to 42 on day 4. Blood cultures no growth. Stepped down to oral antibiotics.",
         meds_in=[("Ceftriaxone", "1 g", "IV", "daily", ""), ("Azithromycin", "500 mg", "IV", "daily", ""), ("Paracetamol", "1 g", "IV", "6 hourly", ""), ("Enoxaparin", "40 mg", "SC", "daily", "")],
         meds_dc=[("Amoxicillin/clavulanic acid", "875/125 mg", "po", "bd", "5 days"), ("Paracetamol", "1 g", "po", "6 hourly prn", "5 days"), ("Amlodipine", "5 mg", "po", "daily", "chronic")],
         plan=["Complete oral antibiotics", "Review in rooms in 2 weeks", "Repeat CXR in 6 weeks to confirm resolution", "Influenza and pneumococcal vaccination advised"],
         labs={"WCC": (14, 22), "Neutrophils": (11, 19), "CRP": (120, 260)}, ecg="stach", img="cxr_pneumonia", op=None),
    dict(key="nstemi", dx="Non-ST elevation myocardial infarction", icd="I21.4", spec="Cardiologist",
         age=(42, 80), sex=None, los=(3, 6), ward="Coronary Care Unit",
         pc="central chest pain radiating to the left arm for 2 hours",
         hpi="{Pt} developed central crushing chest pain at rest this morning, radiating to the left arm and jaw, associated with sweating and nausea. Pain lasted approximately 2 hours and was partially relieved by sublingual GTN given by the paramedics. Known hypertensive and dyslipidaemic, current smoker 15 cigarettes/day. Father had an MI at 52.",
         pmh=["Hypertension", "Dyslipidaemia", "Current smoker"], chronic=[("Enalapril", "10 mg", "po", "bd", ""), ("Simvastatin", "20 mg", "po", "nocte", "")],
         vit=("36.6", "96", "158/94", "20", "96% on room air"),
         exam=["Anxious, diaphoretic", "HS I+II, no murmurs, JVP not raised", "Chest clear, no basal crackles", "Peripheral pulses present and equal"],
         inv=["ECG: ST depression 1-2 mm V4-V6, I and aVL", "hs-Troponin T 412 ng/L (ref <14), repeat 988 ng/L", "Total cholesterol 6.8, LDL 4.6", "Echo: hypokinesia of anterior wall, EF 48%"],
         course="Loaded with aspirin and ticagrelor, started on enoxaparin. Coronary angiogram on day 2 showed a 90% proximal LAD stenosis which was stented with a drug-eluting stent. Uncomplicated recovery, mobilised on day 3. Smoking cessation counselling given.",
         meds_in=[("Aspirin", "100 mg", "po", "daily", ""), ("Ticagrelor", "90 mg", "po", "bd", ""), ("Enoxaparin", "1 mg/kg", "SC", "bd", ""), ("Atorvastatin", "80 mg", "po", "nocte", ""), ("Bisoprolol", "2.5 mg", "po", "daily", "")],
         meds_dc=[("Aspirin", "100 mg", "po", "daily", "lifelong"), ("Ticagrelor", "90 mg", "po", "bd", "12 months"), ("Atorvastatin", "80 mg", "po", "nocte", "chronic"), ("Bisoprolol", "5 mg", "po", "daily", "chronic"), ("Perindopril", "4 mg", "po", "daily", "chronic"), ("Glyceryl trinitrate", "0.4 mg", "SL", "prn chest pain", "")],
         plan=["Cardiac rehabilitation programme", "Do NOT stop ticagrelor without discussing with cardiologist", "Stop smoking", "Follow-up in rooms in 4-6 weeks with lipogram"],
         labs={"Troponin T": (300, 1200), "Cholesterol": (6.0, 7.5), "LDL": (4.0, 5.2)}, ecg="st_dep", img="echo_lv", op="pci"),
    dict(key="appx", dx="Acute appendicitis", icd="K35.8", spec="Surgeon",
         age=(12, 55), sex=None, los=(1, 4), ward="Surgical Ward",
         pc="abdominal pain moving to the right iliac fossa, nausea and anorexia for 24 hours",
         hpi="{Pt} complains of peri-umbilical pain which started yesterday afternoon and has since localised to the right iliac fossa. Associated nausea, one episode of vomiting and loss of appetite. No diarrhoea, no urinary symptoms. No previous abdominal surgery.",
         pmh=["Nil significant"], chronic=[],
         vit=("37.9", "98", "126/78", "18", "98% on room air"),
         exam=["Mildly dehydrated, uncomfortable", "Tender RIF with guarding, rebound positive, Rovsing's sign positive", "No masses, bowel sounds present", "Chest clear, HS normal"],
         inv=["WCC 14.8, CRP 96", "Urine dipstix: NAD", "US abdomen: non-compressible, thickened appendix 9 mm with periappendiceal fluid"],
         course="Taken to theatre the same evening for laparoscopic appendicectomy. Findings of an acutely inflamed, non-perforated appendix. Uneventful post-operative recovery, tolerating diet on day 1.",
         meds_in=[("Cefuroxime", "1.5 g", "IV", "8 hourly", ""), ("Metronidazole", "500 mg", "IV", "8 hourly", ""), ("Paracetamol", "1 g", "IV", "6 hourly", ""), ("Morphine", "5 mg", "IM", "4 hourly prn", "")],
         meds_dc=[("Amoxicillin/clavulanic acid", "875/125 mg", "po", "bd", "5 days"), ("Paracetamol", "1 g", "po", "6 hourly", "5 days"), ("Tramadol", "50 mg", "po", "8 hourly prn", "3 days")],
         plan=["Wound check and removal of sutures at 10 days", "No heavy lifting for 2 weeks", "Follow-up in rooms with histology"],
         labs={"WCC": (12, 18), "Neutrophils": (9, 15), "CRP": (40, 140)}, ecg="normal", img="us_appx", op="lap_appx"),
    dict(key="chole", dx="Acute calculous cholecystitis", icd="K80.0", spec="Surgeon",
         age=(30, 75), sex=None, los=(2, 5), ward="Surgical Ward",
         pc="right upper quadrant pain, vomiting and fever for 2 days",
         hpi="{Pt} presents with constant right upper quadrant pain radiating to the right shoulder tip since two days, worse after fatty meals, with vomiting and fever. Previous similar but self-limiting episodes over the past 6 months. No jaundice, no pale stools or dark urine.",
         pmh=["Obesity (BMI 34)", "Type 2 diabetes mellitus"], chronic=[("Metformin", "850 mg", "po", "bd", "")],
         vit=("38.2", "104", "134/82", "20", "97% on room air"),
         exam=["Not jaundiced, obese", "Tender RUQ with positive Murphy's sign, no palpable mass", "Chest clear, HS normal"],
         inv=["WCC 13.6, CRP 148", "LFT: ALP 142, GGT 96, bilirubin 18, ALT 54", "Lipase normal", "US: thick-walled gallbladder (5 mm) with multiple calculi, positive sonographic Murphy's, CBD 5 mm"],
         course="Treated with IV antibiotics and analgesia. Laparoscopic cholecystectomy performed on day 2 of admission. Post-operative course uncomplicated; drain removed day 1.",
         meds_in=[("Ceftriaxone", "2 g", "IV", "daily", ""), ("Metronidazole", "500 mg", "IV", "8 hourly", ""), ("Paracetamol", "1 g", "IV", "6 hourly", ""), ("Pethidine", "75 mg", "IM", "4 hourly prn", "")],
         meds_dc=[("Paracetamol", "1 g", "po", "6 hourly prn", "7 days"), ("Ibuprofen", "400 mg", "po", "8 hourly with food", "5 days"), ("Metformin", "850 mg", "po", "bd", "chronic")],
         plan=["Low fat diet for 2 weeks", "Sutures to be removed at GP on day 10", "Follow-up in rooms in 2 weeks"],
         labs={"WCC": (11, 16), "CRP": (80, 220), "ALP": (110, 190), "GGT": (60, 160), "ALT": (40, 90)}, ecg="normal", img="us_gb", op="lap_chole"),
    dict(key="dka", dx="Diabetic ketoacidosis in type 1 diabetes mellitus", icd="E10.1", spec="Physician",
         age=(14, 45), sex=None, los=(3, 6), ward="High Care",
         pc="vomiting, abdominal pain, polyuria and polydipsia for 3 days",
         hpi="Known type 1 diabetic since age 11 on basal-bolus insulin. {Pt} reports 3 days of polyuria, polydipsia, nausea and vomiting with vague abdominal pain. Has missed several insulin doses as was 'not eating'. No fever. Mild dysuria for one week.",
         pmh=["Type 1 diabetes mellitus (diagnosed age 11)"], chronic=[("Insulin glargine", "22 units", "SC", "nocte", ""), ("Insulin aspart", "6-8 units", "SC", "tds with meals", "")],
         vit=("37.1", "118", "102/64", "30 (Kussmaul)", "99% on room air"),
         exam=["Drowsy but rousable, GCS 14/15, dry mucous membranes, ketotic breath", "Deep sighing respiration, chest clear", "Abdomen diffusely tender, no guarding"],
         inv=["Glucose 32.4 mmol/L", "VBG: pH 7.08, HCO3 7, base excess -22", "Serum ketones 5.8 mmol/L", "K 5.6, Na 131, creatinine 128", "Urine: leucocytes 2+, nitrite positive"],
         course="Admitted to high care. Managed with DKA protocol: IV fluids, fixed-rate insulin infusion and potassium replacement. Ketoacidosis resolved within 22 hours. Converted to subcutaneous basal-bolus regime. Urine culture grew E. coli sensitive to nitrofurantoin. Seen by diabetes educator and dietitian.",
         meds_in=[("Insulin (Actrapid) infusion", "0.1 units/kg/h", "IV", "as per DKA protocol", ""), ("Sodium chloride 0.9%", "1 L", "IV", "as per protocol", ""), ("Potassium chloride", "20 mmol/L", "IV", "in each litre", ""), ("Enoxaparin", "40 mg", "SC", "daily", "")],
         meds_dc=[("Insulin glargine", "24 units", "SC", "nocte", "chronic"), ("Insulin aspart", "6-10 units", "SC", "tds with meals", "chronic"), ("Nitrofurantoin", "100 mg", "po", "bd", "5 days")],
         plan=["Sick-day rules explained", "Glucose and ketone monitoring 4 times daily", "Follow-up with physician in 2 weeks", "HbA1c at follow-up"],
         labs={"Glucose": (24, 38), "Potassium": (5.2, 6.1), "Sodium": (128, 133), "Bicarbonate": (5, 10), "Creatinine": (105, 150), "HbA1c": (10.5, 13.8)}, ecg="stach", img=None, op=None),
    dict(key="nof", dx="Fracture neck of femur, left (displaced subcapital)", icd="S72.0", spec="Orthopaedic",
         age=(68, 94), sex="F", los=(5, 10), ward="Orthopaedic Ward",
         pc="fall at home with left hip pain and inability to bear weight",
         hpi="{Pt} tripped over a rug at home last night and fell onto the left side. Unable to get up or bear weight since. No loss of consciousness, no head injury. Lives alone in a retirement village, independent with a walking stick.",
         pmh=["Hypertension", "Osteoporosis", "Hypothyroidism"], chronic=[("Hydrochlorothiazide", "12.5 mg", "po", "daily", ""), ("Levothyroxine", "100 mcg", "po", "daily", ""), ("Alendronate", "70 mg", "po", "weekly", "")],
         vit=("36.4", "88", "146/80", "16", "95% on room air"),
         exam=["Elderly, in pain, alert and orientated", "Left leg shortened and externally rotated; pain on any hip movement", "Distal pulses present, sensation intact", "Skin intact, no pressure areas"],
         inv=["X-ray pelvis and L hip: displaced subcapital fracture L femoral neck (Garden IV)", "Hb 11.2, U&E normal", "ECG: sinus rhythm, LVH by voltage", "CXR: no active disease"],
         course="Optimised pre-operatively and taken to theatre within 24 hours for a left bipolar hemiarthroplasty under spinal anaesthesia. Post-operative Hb 9.4, not transfused. Mobilised with physiotherapy using a walking frame from day 2. Transferred to sub-acute facility for rehabilitation.",
         meds_in=[("Cefazolin", "1 g", "IV", "8 hourly", "24 h"), ("Enoxaparin", "40 mg", "SC", "daily", ""), ("Paracetamol", "1 g", "po", "6 hourly", ""), ("Tramadol", "50 mg", "po", "8 hourly prn", "")],
         meds_dc=[("Enoxaparin", "40 mg", "SC", "daily", "35 days"), ("Paracetamol", "1 g", "po", "6 hourly", "2 weeks"), ("Calcium carbonate + vitamin D3", "600 mg/400 IU", "po", "bd", "chronic"), ("Levothyroxine", "100 mcg", "po", "daily", "chronic"), ("Hydrochlorothiazide", "12.5 mg", "po", "daily", "chronic")],
         plan=["Full weight bearing with walking frame", "Hip precautions", "Staples out at 14 days", "Follow-up in rooms at 6 weeks with X-ray"],
         labs={"Haemoglobin": (9.0, 11.4)}, ecg="lvh", img="xr_hip", op="hemi"),
    dict(key="copd", dx="Acute exacerbation of chronic obstructive pulmonary disease", icd="J44.1", spec="Pulmonologist",
         age=(55, 85), sex=None, los=(3, 7), ward="Medical Ward",
         pc="worsening shortness of breath, wheeze and increased purulent sputum for 5 days",
         hpi="Known COPD (GOLD 3) with a 45 pack-year smoking history. {Pt} reports increasing dyspnoea over 5 days, now breathless on minimal exertion, with a change in sputum colour to green and increased volume. Two previous admissions in the past year. Home oxygen not in use.",
         pmh=["COPD", "Hypertension", "Ex-smoker, stopped 2 years ago"], chronic=[("Tiotropium", "18 mcg", "inh", "daily", ""), ("Salbutamol MDI", "200 mcg", "inh", "prn", ""), ("Losartan", "50 mg", "po", "daily", "")],
         vit=("37.6", "106", "142/86", "28", "86% on room air"),
         exam=["Tachypnoeic, using accessory muscles, pursed-lip breathing", "Hyperinflated chest, widespread expiratory wheeze, poor air entry bilaterally", "HS soft, no peripheral oedema"],
         inv=["ABG on 2L O2: pH 7.34, pCO2 7.1 kPa, pO2 8.2 kPa", "WCC 12.1, CRP 48", "CXR: hyperinflation, no consolidation or pneumothorax"],
         course="Managed with controlled oxygen (target sats 88-92%), nebulised bronchodilators, oral prednisone and doxycycline. Did not require non-invasive ventilation. Gradual improvement, off oxygen on day 4. Inhaler technique reviewed.",
         meds_in=[("Salbutamol/ipratropium nebs", "2.5 mg/500 mcg", "neb", "4 hourly", ""), ("Prednisone", "40 mg", "po", "daily", ""), ("Doxycycline", "100 mg", "po", "daily", ""), ("Enoxaparin", "40 mg", "SC", "daily", "")],
         meds_dc=[("Prednisone", "40 mg", "po", "daily", "2 more days"), ("Doxycycline", "100 mg", "po", "daily", "3 more days"), ("Budesonide/formoterol 160/4.5", "2 puffs", "inh", "bd", "chronic"), ("Tiotropium", "18 mcg", "inh", "daily", "chronic"), ("Salbutamol MDI", "200 mcg", "inh", "prn", "chronic"), ("Losartan", "50 mg", "po", "daily", "chronic")],
         plan=["Pulmonary rehabilitation referral", "Spirometry when stable", "Annual flu vaccine", "Follow-up in 3 weeks"],
         labs={"WCC": (10.5, 13.5), "CRP": (25, 70)}, ecg="stach", img="cxr_copd", op=None),
    dict(key="stroke", dx="Acute ischaemic stroke, right middle cerebral artery territory", icd="I63.9", spec="Neurologist",
         age=(50, 88), sex=None, los=(5, 12), ward="Stroke Unit",
         pc="sudden onset left-sided weakness and slurred speech",
         hpi="{Pt} was found by family at 07h00 with weakness of the left arm and leg and slurred speech; last seen well at 22h00 the previous night. No headache, no seizure activity. Known hypertensive, poorly compliant with medication.",
         pmh=["Hypertension", "Type 2 diabetes mellitus"], chronic=[("Amlodipine", "10 mg", "po", "daily", ""), ("Metformin", "500 mg", "po", "bd", "")],
         vit=("36.8", "82", "178/102", "16", "97% on room air"),
         exam=["GCS 15/15, dysarthric, left facial droop (UMN)", "Left hemiparesis: power 2/5 arm, 3/5 leg, left upper limb hyperreflexia, left plantar upgoing", "Left sensory inattention", "NIHSS 9", "HS irregular? - ECG done: SR"],
         inv=["CT brain: early hypodensity right MCA territory, no haemorrhage", "Carotid Doppler: <50% stenosis bilaterally", "HbA1c 8.4%, LDL 3.9", "Echo: no intracardiac thrombus"],
         course="Outside thrombolysis window (wake-up stroke). Started on aspirin and high-intensity statin. Blood pressure permissively managed for 48 hours then antihypertensives reintroduced. Swallow assessment passed on day 2. Intensive physiotherapy, OT and speech therapy. Improved to power 4/5 on the left.",
         meds_in=[("Aspirin", "300 mg", "po", "daily", "14 days"), ("Atorvastatin", "40 mg", "po", "nocte", ""), ("Enoxaparin", "40 mg", "SC", "daily", ""), ("Metformin", "500 mg", "po", "bd", "")],
         meds_dc=[("Aspirin", "100 mg", "po", "daily", "chronic"), ("Atorvastatin", "40 mg", "po", "nocte", "chronic"), ("Amlodipine", "10 mg", "po", "daily", "chronic"), ("Perindopril", "4 mg", "po", "daily", "chronic"), ("Metformin", "850 mg", "po", "bd", "chronic")],
         plan=["In-patient rehabilitation", "BP target <130/80", "No driving until cleared", "Neurology follow-up in 6 weeks"],
         labs={"HbA1c": (7.8, 9.2), "LDL": (3.4, 4.4), "Glucose": (8.5, 12.5)}, ecg="normal", img="ct_brain_stroke", op=None),
    dict(key="tbhiv", dx="Pulmonary tuberculosis (drug-sensitive) with HIV infection", icd="A15.0", spec="Physician",
         age=(22, 58), sex=None, los=(4, 9), ward="Medical Ward (isolation)",
         pc="cough for 6 weeks, night sweats and weight loss of 8 kg",
         hpi="{Pt} presents with a 6 week history of productive cough, drenching night sweats, intermittent fevers and 8 kg weight loss. Tested HIV positive 3 years ago but defaulted ART in 2020. No known TB contacts. Works as a bus driver.",
         pmh=["HIV infection (diagnosed 3 years ago, defaulted ART)", "No previous TB"], chronic=[],
         vit=("38.1", "104", "108/66", "22", "93% on room air"),
         exam=["Wasted, BMI 18.1, pale, oral candida", "Small cervical lymph nodes bilaterally", "Crackles right upper zone", "No hepatosplenomegaly"],
         inv=["Sputum GeneXpert Ultra: MTB detected, rifampicin resistance NOT detected", "CD4 count 186 cells/uL, HIV viral load 84 000 copies/mL", "CXR: right upper lobe cavitating consolidation", "Hb 9.8, ALT 28, creatinine 74", "CrAg negative"],
         course="Started on fixed-dose RHZE, cotrimoxazole prophylaxis and pyridoxine. Isolated in a negative-pressure room. Tolerated treatment well; LFTs remained normal. ART to be commenced at 2 weeks of TB treatment. Counselled extensively on adherence. TB notification submitted.",
         meds_in=[("Rifampicin/isoniazid/pyrazinamide/ethambutol (RHZE)", "4 tablets", "po", "daily", ""), ("Cotrimoxazole", "960 mg", "po", "daily", ""), ("Pyridoxine", "25 mg", "po", "daily", ""), ("Fluconazole", "200 mg", "po", "daily", "14 days")],
         meds_dc=[("RHZE fixed-dose combination", "4 tablets", "po", "daily before breakfast", "2 months intensive phase"), ("Cotrimoxazole", "960 mg", "po", "daily", "until CD4 >200"), ("Pyridoxine", "25 mg", "po", "daily", "6 months"), ("Fluconazole", "200 mg", "po", "daily", "7 more days")],
         plan=["Start tenofovir/lamivudine/dolutegravir (TLD) in 2 weeks - dolutegravir 50 mg bd while on rifampicin", "LFT and FBC in 2 weeks", "Contact tracing of household", "Sputum smear at end of month 2"],
         labs={"Haemoglobin": (8.8, 10.4), "CRP": (60, 130), "CD4": (120, 240)}, ecg="stach", img="cxr_tb", op=None),
    dict(key="pyelo", dx="Acute pyelonephritis", icd="N10", spec="Physician",
         age=(19, 65), sex="F", los=(2, 5), ward="Medical Ward",
         pc="fever, rigors, left loin pain and dysuria for 2 days",
         hpi="{Pt} reports 2 days of dysuria and frequency followed by high fevers, rigors and left loin pain. Vomiting x3 today, unable to keep oral medication down. LMP 2 weeks ago; pregnancy test negative.",
         pmh=["Recurrent UTIs"], chronic=[],
         vit=("39.2", "114", "104/60", "20", "98% on room air"),
         exam=["Febrile, flushed, mildly dehydrated", "Left renal angle tenderness, suprapubic tenderness", "Chest clear, HS normal"],
         inv=["Urine dipstix: leucocytes 3+, nitrites positive, blood 2+", "Urine MC&S: E. coli >10^5 cfu/mL, sensitive to ceftriaxone and ciprofloxacin, resistant to ampicillin", "WCC 16.4, CRP 212, creatinine 82", "US kidneys: no hydronephrosis"],
         course="Treated with IV ceftriaxone and IV fluids. Defervesced within 48 hours. Switched to oral ciprofloxacin according to sensitivities.",
         meds_in=[("Ceftriaxone", "1 g", "IV", "daily", ""), ("Paracetamol", "1 g", "IV", "6 hourly", ""), ("Metoclopramide", "10 mg", "IV", "8 hourly prn", "")],
         meds_dc=[("Ciprofloxacin", "500 mg", "po", "bd", "7 days"), ("Paracetamol", "1 g", "po", "6 hourly prn", "5 days")],
         plan=["Complete antibiotics", "Good fluid intake", "Return if fever recurs", "Urology opinion if further recurrence"],
         labs={"WCC": (13, 19), "CRP": (150, 260), "Neutrophils": (10, 16)}, ecg="stach", img="us_kidney", op=None),
    dict(key="gastro", dx="Acute gastroenteritis with moderate dehydration", icd="A09", spec="Paediatrician",
         age=(1, 6), sex=None, los=(1, 3), ward="Paediatric Ward",
         pc="diarrhoea and vomiting for 2 days",
         hpi="{Pt} presents with watery non-bloody diarrhoea (8-10 stools per day) and vomiting for 2 days. Decreased urine output (2 wet nappies today). Attends creche where other children have been ill. Immunisations up to date per Road to Health booklet.",
         pmh=["Nil, born at term, NVD"], chronic=[],
         vit=("38.0", "148", "", "32", "98% on room air"),
         exam=["Irritable, sunken eyes, dry mucous membranes, skin pinch slow", "Capillary refill 3 seconds", "Abdomen soft, hyperactive bowel sounds, no masses", "Weight 13.2 kg (pre-illness 14.0 kg)"],
         inv=["Na 134, K 3.3, urea 7.8, creatinine 42", "Stool: rotavirus antigen positive", "Glucose 4.6"],
         course="Rehydrated with IV Plasmalyte B / half Darrows with dextrose over 24 hours, then oral rehydration solution. Vomiting settled, tolerating feeds. Good urine output.",
         meds_in=[("Half Darrows with 5% dextrose", "maintenance + deficit", "IV", "continuous", ""), ("Ondansetron", "0.15 mg/kg", "IV", "once", ""), ("Paracetamol syrup", "15 mg/kg", "po", "6 hourly prn", "")],
         meds_dc=[("Oral rehydration solution", "after every loose stool", "po", "prn", ""), ("Zinc sulphate", "20 mg", "po", "daily", "14 days"), ("Paracetamol syrup 120 mg/5 mL", "7.5 mL", "po", "6 hourly prn", "")],
         plan=["Continue normal feeds", "Danger signs explained to mother", "Follow-up with paediatrician or GP in 2-3 days"],
         labs={"Potassium": (3.0, 3.4), "Urea": (7.2, 9.5), "Sodium": (131, 135)}, ecg="stach", img=None, op=None),
    dict(key="preec", dx="Severe pre-eclampsia at 35 weeks gestation; delivered by caesarean section", icd="O14.1", spec="Obstetrician",
         age=(21, 41), sex="F", los=(3, 5), ward="Maternity Ward",
         pc="headache, swelling of feet and raised blood pressure at 35 weeks",
         hpi="G2P1 at 35+2 weeks by early scan. Referred from antenatal visit with BP 168/112 and proteinuria 3+. Complains of frontal headache and blurred vision since this morning. No epigastric pain. Good fetal movements. Previous pregnancy normal vaginal delivery.",
         pmh=["G2P1", "No chronic hypertension"], chronic=[("Ferrous sulphate", "200 mg", "po", "daily", ""), ("Folic acid", "5 mg", "po", "daily", "")],
         vit=("36.9", "92", "168/112", "18", "98% on room air"),
         exam=["Facial and pedal oedema, brisk reflexes with 2 beats clonus", "Fundus 34 cm, cephalic, CTG reactive", "Chest clear"],
         inv=["Urine protein:creatinine ratio 0.58", "Platelets 112, ALT 46, LDH 398, creatinine 78, urate 0.42", "CTG: reactive, baseline 140 bpm"],
         course="Stabilised with magnesium sulphate (Pritchard regime) and oral nifedipine. Betamethasone given. In view of persistent severe hypertension and symptoms, delivered by emergency lower segment caesarean section under spinal anaesthesia: live male infant, Apgar 8/10, weight 2 410 g, admitted to NICU for observation. BP controlled post-partum.",
         meds_in=[("Magnesium sulphate", "4 g IV loading then 1 g/h", "IV", "continuous for 24 h", ""), ("Nifedipine", "10 mg", "po", "stat, repeat 30 min", ""), ("Betamethasone", "12 mg", "IM", "24 hourly x2", "")],
         meds_dc=[("Methyldopa", "500 mg", "po", "tds", "until review"), ("Nifedipine XL", "30 mg", "po", "daily", "until review"), ("Paracetamol", "1 g", "po", "6 hourly prn", "7 days"), ("Ibuprofen", "400 mg", "po", "8 hourly prn", "5 days"), ("Ferrous sulphate", "200 mg", "po", "daily", "6 weeks")],
         plan=["BP check at GP/clinic within 3 days", "Post-natal visit at 6 weeks", "Wound care explained", "Aspirin from 12 weeks in future pregnancies"],
         labs={"Platelets": (95, 135), "ALT": (40, 70), "Urate": (0.38, 0.48)}, ecg="normal", img="us_obs", op="lscs"),
    dict(key="breast", dx="Invasive carcinoma of the left breast (upper outer quadrant)", icd="C50.4", spec="Surgeon",
         age=(38, 76), sex="F", los=(1, 2), ward="Surgical Ward",
         pc="painless lump in the left breast noticed 6 weeks ago",
         hpi="{Pt} noticed a painless lump in the left breast 6 weeks ago. No nipple discharge or skin changes. Mammogram and ultrasound showed a 22 mm BIRADS 5 lesion; core biopsy confirmed invasive carcinoma of no special type, ER/PR positive, HER2 negative. Maternal aunt had breast cancer. BRCA testing discussed.",
         pmh=["Hypertension"], chronic=[("Losartan", "50 mg", "po", "daily", "")],
         vit=("36.5", "78", "132/84", "14", "99% on room air"),
         exam=["Well, anxious", "2 x 2 cm firm, irregular mass L breast UOQ, 2 o'clock, mobile, no skin tethering", "No palpable axillary or supraclavicular nodes", "Right breast normal"],
         inv=["Mammogram: 22 mm spiculated mass L UOQ, BIRADS 5", "Core biopsy: invasive carcinoma NST grade 2, ER 8/8, PR 6/8, HER2 1+", "Staging CT chest/abdomen: no metastases"],
         course="Discussed at the multidisciplinary breast meeting. Underwent left wide local excision with sentinel lymph node biopsy (dual technique). Uneventful recovery, discharged day 1 with drain-free wound.",
         meds_in=[("Cefazolin", "2 g", "IV", "at induction", ""), ("Paracetamol", "1 g", "po", "6 hourly", ""), ("Tramadol", "50 mg", "po", "6 hourly prn", "")],
         meds_dc=[("Paracetamol", "1 g", "po", "6 hourly prn", "7 days"), ("Tramadol", "50 mg", "po", "8 hourly prn", "5 days"), ("Losartan", "50 mg", "po", "daily", "chronic")],
         plan=["Follow-up in rooms in 10 days for histology", "Referral to oncologist for adjuvant therapy", "Wear supportive bra day and night"],
         labs={}, ecg="normal", img="mammo", op="wle"),
    dict(key="knee", dx="Primary osteoarthritis, right knee", icd="M17.1", spec="Orthopaedic",
         age=(55, 82), sex=None, los=(3, 5), ward="Orthopaedic Ward",
         pc="progressive right knee pain limiting walking distance to 100 m",
         hpi="{Pt} has a 5 year history of worsening right knee pain, now present at rest and at night, with walking distance limited to about 100 metres. Failed conservative management including analgesics, weight loss, physiotherapy and two intra-articular steroid injections.",
         pmh=["Hypertension", "Obesity"], chronic=[("Amlodipine", "5 mg", "po", "daily", ""), ("Celecoxib", "200 mg", "po", "daily", "")],
         vit=("36.6", "74", "138/86", "14", "98% on room air"),
         exam=["Antalgic gait", "R knee: varus deformity, small effusion, crepitus, ROM 5-105 degrees, medial joint line tenderness", "Ligaments stable, neurovascularly intact"],
         inv=["X-ray R knee (standing): tricompartmental OA with severe medial joint space loss, osteophytes, subchondral sclerosis", "FBC, U&E normal", "MRSA nasal swab negative"],
         course="Elective right total knee replacement under spinal anaesthesia with adductor canal block. CPM and physiotherapy from day 1, achieved 90 degrees flexion. Wound clean and dry.",
         meds_in=[("Cefazolin", "1 g", "IV", "8 hourly", "24 h"), ("Tranexamic acid", "1 g", "IV", "at induction", ""), ("Rivaroxaban", "10 mg", "po", "daily", ""), ("Oxycodone", "5 mg", "po", "6 hourly prn", "")],
         meds_dc=[("Rivaroxaban", "10 mg", "po", "daily", "14 days"), ("Paracetamol", "1 g", "po", "6 hourly", "2 weeks"), ("Tramadol", "50 mg", "po", "8 hourly prn", "7 days"), ("Amlodipine", "5 mg", "po", "daily", "chronic")],
         plan=["Outpatient physiotherapy 3x/week", "Wound check day 10-14", "Follow-up X-ray at 6 weeks"],
         labs={}, ecg="normal", img="xr_knee", op="tkr"),
    dict(key="renal", dx="Left ureteric calculus with renal colic", icd="N20.1", spec="Urologist",
         age=(22, 65), sex=None, los=(1, 3), ward="Surgical Ward",
         pc="severe colicky left loin to groin pain with vomiting",
         hpi="{Pt} developed sudden severe colicky pain in the left loin radiating to the groin at 04h00 this morning, with nausea and vomiting. Unable to get comfortable. Noted pink urine. One previous episode of renal colic 3 years ago, passed spontaneously.",
         pmh=["Previous renal colic"], chronic=[],
         vit=("36.9", "92", "148/90", "18", "99% on room air"),
         exam=["Restless, in severe pain", "Left renal angle tenderness, abdomen soft", "No peritonism"],
         inv=["Urine dipstix: blood 3+, leucocytes trace, nitrites negative", "CT KUB: 7 mm calculus left vesico-ureteric junction with mild hydronephrosis", "Creatinine 96, WCC 9.8"],
         course="Analgesia with IV diclofenac and opioids. Ongoing pain and stone unlikely to pass spontaneously; underwent left rigid ureteroscopy, laser lithotripsy and insertion of a JJ stent. Stone fragments sent for analysis.",
         meds_in=[("Diclofenac", "75 mg", "IM", "12 hourly", ""), ("Morphine", "5 mg", "IV", "4 hourly prn", ""), ("Metoclopramide", "10 mg", "IV", "8 hourly prn", "")],
         meds_dc=[("Tamsulosin", "0.4 mg", "po", "daily", "until stent removal"), ("Diclofenac", "50 mg", "po", "tds with food", "5 days"), ("Paracetamol", "1 g", "po", "6 hourly prn", "5 days"), ("Ciprofloxacin", "500 mg", "po", "bd", "3 days")],
         plan=["JJ stent removal in 2-3 weeks (booked)", "Drink 2.5-3 L water daily", "Stone analysis and metabolic work-up"],
         labs={"Creatinine": (92, 125)}, ecg="normal", img="ct_kub", op="urs"),
    dict(key="af", dx="Atrial fibrillation with rapid ventricular response, new onset", icd="I48.9", spec="Cardiologist",
         age=(55, 86), sex=None, los=(2, 4), ward="Medical High Care",
         pc="palpitations and shortness of breath for 12 hours",
         hpi="{Pt} presents with sudden onset irregular palpitations since last night, associated with mild shortness of breath and light-headedness. No chest pain, no syncope. Known hypertensive. Drinks alcohol socially, more over the festive weekend.",
         pmh=["Hypertension", "Hypercholesterolaemia"], chronic=[("Amlodipine", "10 mg", "po", "daily", ""), ("Rosuvastatin", "10 mg", "po", "daily", "")],
         vit=("36.7", "148 irregularly irregular", "134/88", "22", "95% on room air"),
         exam=["Anxious", "Pulse irregularly irregular, HS variable intensity, no murmurs", "Fine bibasal crackles", "No oedema"],
         inv=["ECG: atrial fibrillation, ventricular rate 146/min", "TSH 1.8, K 4.1, Mg 0.82", "Echo: LA 44 mm, EF 55%, no significant valvular disease", "CHA2DS2-VASc 3, HAS-BLED 1"],
         course="Rate controlled with IV then oral bisoprolol. Anticoagulated with rivaroxaban. Reverted spontaneously to sinus rhythm on day 2. Alcohol reduction advised.",
         meds_in=[("Bisoprolol", "5 mg", "po", "daily", ""), ("Rivaroxaban", "20 mg", "po", "daily with evening meal", ""), ("Amlodipine", "5 mg", "po", "daily", "")],
         meds_dc=[("Rivaroxaban", "20 mg", "po", "daily with food", "chronic"), ("Bisoprolol", "5 mg", "po", "daily", "chronic"), ("Amlodipine", "5 mg", "po", "daily", "chronic"), ("Rosuvastatin", "10 mg", "po", "daily", "chronic")],
         plan=["Holter monitor in 4 weeks", "Review in cardiology rooms in 6 weeks", "Bleeding precautions explained"],
         labs={}, ecg="af", img="echo_af", op=None),
    dict(key="hf", dx="Acute decompensated heart failure (dilated cardiomyopathy)", icd="I50.0", spec="Physician",
         age=(40, 85), sex=None, los=(4, 9), ward="Medical Ward",
         pc="increasing shortness of breath, orthopnoea and leg swelling for 2 weeks",
         hpi="{Pt} has a 2 week history of progressive dyspnoea, now on minimal exertion, 3-pillow orthopnoea and paroxysmal nocturnal dyspnoea, with bilateral leg swelling. Known dilated cardiomyopathy (EF 30% in 2019). Ran out of furosemide 3 weeks ago.",
         pmh=["Dilated cardiomyopathy", "Hypertension", "Gout"], chronic=[("Furosemide", "40 mg", "po", "daily", ""), ("Carvedilol", "12.5 mg", "po", "bd", ""), ("Enalapril", "10 mg", "po", "bd", ""), ("Spironolactone", "25 mg", "po", "daily", "")],
         vit=("36.5", "108", "112/76", "26", "90% on room air"),
         exam=["Dyspnoeic at rest, JVP raised 6 cm", "Displaced apex, S3 gallop, pansystolic murmur at apex", "Bibasal crackles to mid-zones", "Pitting oedema to the knees, tender hepatomegaly 3 cm"],
         inv=["NT-proBNP 8 420 pg/mL", "CXR: cardiomegaly, upper lobe diversion, bilateral small effusions", "Na 132, K 4.6, creatinine 128", "Echo: dilated LV, EF 25%, moderate functional MR"],
         course="IV furosemide with good diuresis (net negative 6.2 L). Weight down from 84 to 78 kg. Renal function stable. Medication optimised; education on fluid restriction and daily weights.",
         meds_in=[("Furosemide", "80 mg", "IV", "bd", ""), ("Carvedilol", "6.25 mg", "po", "bd", ""), ("Enalapril", "5 mg", "po", "bd", ""), ("Spironolactone", "25 mg", "po", "daily", ""), ("Enoxaparin", "40 mg", "SC", "daily", "")],
         meds_dc=[("Furosemide", "80 mg", "po", "mane", "chronic"), ("Carvedilol", "12.5 mg", "po", "bd", "chronic"), ("Enalapril", "10 mg", "po", "bd", "chronic"), ("Spironolactone", "25 mg", "po", "daily", "chronic"), ("Allopurinol", "100 mg", "po", "daily", "chronic")],
         plan=["Fluid restriction 1.5 L/day, salt restriction", "Daily weights - call if gain >2 kg in 3 days", "U&E in 1 week", "Follow-up in 2 weeks"],
         labs={"Sodium": (129, 134), "Creatinine": (115, 150), "NT-proBNP": (4000, 12000)}, ecg="lbbb", img="cxr_hf", op=None),
]

# ---------------------------------------------------------------------------
# Lab reference data: name -> (unit, ref_lo, ref_hi, decimals, panel)
# ---------------------------------------------------------------------------
LABT = {
    "Haemoglobin": ("g/dL", 12.0, 16.5, 1, "FBC"), "WCC": ("x10^9/L", 4.0, 10.0, 2, "FBC"),
    "RCC": ("x10^12/L", 3.8, 5.5, 2, "FBC"), "Haematocrit": ("L/L", 0.36, 0.50, 2, "FBC"),
    "MCV": ("fL", 79, 98, 1, "FBC"), "MCH": ("pg", 27, 33, 1, "FBC"), "RDW": ("%", 11.5, 14.5, 1, "FBC"),
    "Platelets": ("x10^9/L", 150, 450, 0, "FBC"), "Neutrophils": ("x10^9/L", 2.0, 7.5, 2, "FBC"),
    "Lymphocytes": ("x10^9/L", 1.0, 3.5, 2, "FBC"), "Monocytes": ("x10^9/L", 0.2, 0.9, 2, "FBC"),
    "Sodium": ("mmol/L", 136, 145, 0, "UE"), "Potassium": ("mmol/L", 3.5, 5.1, 1, "UE"),
    "Chloride": ("mmol/L", 98, 107, 0, "UE"), "Bicarbonate": ("mmol/L", 23, 29, 0, "UE"),
    "Urea": ("mmol/L", 2.1, 7.1, 1, "UE"), "Creatinine": ("umol/L", 49, 104, 0, "UE"),
    "Total bilirubin": ("umol/L", 5, 21, 0, "LFT"), "ALT": ("U/L", 7, 35, 0, "LFT"),
    "AST": ("U/L", 13, 35, 0, "LFT"), "ALP": ("U/L", 42, 98, 0, "LFT"), "GGT": ("U/L", 0, 40, 0, "LFT"),
    "Total protein": ("g/L", 60, 78, 0, "LFT"), "Albumin": ("g/L", 35, 52, 0, "LFT"),
    "CRP": ("mg/L", 0, 10, 0, "CRP"), "Glucose": ("mmol/L", 3.9, 7.8, 1, "GLU"),
    "HbA1c": ("%", 4.0, 6.0, 1, "GLU"), "Troponin T": ("ng/L", 0, 14, 0, "CARD"),
    "NT-proBNP": ("pg/mL", 0, 125, 0, "CARD"), "CK": ("U/L", 30, 200, 0, "CARD"),
    "Cholesterol": ("mmol/L", 0, 5.0, 1, "LIP"), "LDL": ("mmol/L", 0, 3.0, 1, "LIP"),
    "HDL": ("mmol/L", 1.2, 9.9, 2, "LIP"), "Triglycerides": ("mmol/L", 0, 1.7, 1, "LIP"),
    "Urate": ("mmol/L", 0.15, 0.36, 2, "UE"), "TSH": ("mIU/L", 0.27, 4.2, 2, "THY"),
    "Free T4": ("pmol/L", 12, 22, 1, "THY"), "CD4": ("cells/uL", 500, 2010, 0, "HIV"),
    "INR": ("", 0.9, 1.2, 2, "COAG"), "PT": ("sec", 10.0, 13.5, 1, "COAG"), "PTT": ("sec", 25, 36, 1, "COAG"),
    "Magnesium": ("mmol/L", 0.66, 1.07, 2, "UE"), "Calcium": ("mmol/L", 2.15, 2.50, 2, "UE"),
    "Phosphate": ("mmol/L", 0.78, 1.42, 2, "UE"), "eGFR": ("mL/min/1.73m2", 60, 200, 0, "UE"),
}
PANELS = {
    "FULL BLOOD COUNT": ["Haemoglobin", "RCC", "Haematocrit", "MCV", "MCH", "RDW", "WCC", "Neutrophils", "Lymphocytes", "Monocytes", "Platelets"],
    "UREA, ELECTROLYTES & CREATININE": ["Sodium", "Potassium", "Chloride", "Bicarbonate", "Urea", "Creatinine", "eGFR"],
    "LIVER FUNCTION TESTS": ["Total bilirubin", "ALT", "AST", "ALP", "GGT", "Total protein", "Albumin"],
    "C-REACTIVE PROTEIN": ["CRP"],
    "LIPOGRAM (FASTING)": ["Cholesterol", "Triglycerides", "HDL", "LDL"],
    "DIABETIC MONITORING": ["Glucose", "HbA1c"],
    "CARDIAC MARKERS": ["Troponin T", "CK", "NT-proBNP"],
    "THYROID FUNCTION": ["TSH", "Free T4"],
    "COAGULATION": ["PT", "INR", "PTT"],
    "MAGNESIUM, CALCIUM, PHOSPHATE": ["Calcium", "Magnesium", "Phosphate"],
}


def lab_value(r, test, case, sex="M"):
    unit, lo, hi, dec, _ = LABT[test]
    ov = case.get("labs", {}) if case else {}
    if test in ov:
        a, b = ov[test]
        v = r.uniform(a, b)
    else:
        if test == "Haemoglobin" and sex == "M":
            lo, hi = 13.0, 17.0
        span = hi - lo
        if test in ("CRP", "Troponin T", "NT-proBNP", "GGT", "Cholesterol", "LDL", "Triglycerides"):
            v = r.uniform(lo + 0.05 * (hi - lo), hi * 0.85) if hi > 0 else r.uniform(0, 1)
        elif test == "HDL":
            v = r.uniform(1.1, 1.9)
        elif test == "eGFR":
            v = r.uniform(62, 110)
        else:
            v = r.uniform(lo + 0.1 * span, hi - 0.1 * span)
    flag = ""
    if v < lo:
        flag = "L"
    elif v > hi:
        flag = "H"
    if test == "eGFR" and v >= 90:
        return ">90", unit, ">60", ""
    sval = ("%." + str(dec) + "f") % v
    if test in ("CRP", "GGT", "Troponin T", "NT-proBNP", "Cholesterol", "LDL", "Triglycerides") and lo == 0:
        ref = "<%s" % (("%." + str(dec) + "f") % hi)
    elif test == "HDL":
        ref = ">1.2"
    elif test == "eGFR":
        ref = ">60"
    else:
        ref = ("%." + str(dec) + "f - %." + str(dec) + "f") % (lo, hi)
    return sval, unit, ref, flag


# ---------------------------------------------------------------------------
# Document context
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, r, case=None, adult=False):
        self.r = r
        cands = [c for c in CASES if not adult or c["age"][0] >= 16]
        self.case = case or r.choice(cands)
        cs = self.case
        self.sex = cs["sex"] or r.choice("MF")
        self.age = r.randint(*cs["age"])
        _, self.first, self.sur = person(r, self.sex)
        if r.random() < 0.3:
            self.first2 = r.choice(FIRST_M if self.sex == "M" else FIRST_F)
        else:
            self.first2 = ""
        self.city = r.choice(list(CITIES))
        cd = CITIES[self.city]
        self.cd = cd
        self.hosp = r.choice(cd["hosp"])
        self.group = r.choice(GROUPS)
        self.date = rdate(r)
        self.dob = self.date - datetime.timedelta(days=int(self.age * 365.25) + r.randint(1, 360))
        self.adm = self.date
        self.los = r.randint(*cs["los"])
        self.dis = self.adm + datetime.timedelta(days=self.los)
        self.df = r.randint(0, 5)
        self.hs = r.randint(0, 5)
        g = r.randint(0, 4999) if self.sex == "F" else r.randint(5000, 9999)
        base = "%02d%02d%02d%04d%d8" % (self.dob.year % 100, self.dob.month, self.dob.day, g, 0 if r.random() < 0.93 else 1)
        self.idno = base + luhn_digit(base)
        self.child = self.age < 13
        if self.child:
            self.title = r.choice(["Master", "Baby", ""]) if self.sex == "M" else r.choice(["Miss", "Baby", ""])
        elif self.sex == "M":
            self.title = "Mr"
        else:
            self.title = r.choice(["Mrs", "Ms", "Miss", "Mrs"])
        self.addr = "%d %s, %s, %s, %s" % (r.randint(1, 250), r.choice(["Acacia Street", "Protea Road", "Msinga Crescent", "Jacaranda Avenue", "Kiepersol Street", "Umdoni Close", "Wilgerboom Road", "Disa Lane", "Sunbird Drive", "Marula Close", "Aloe Way", "Fever Tree Road"]), r.choice(cd["subs"]), cd["name"], r.choice(cd["pc"]))
        self.tel = phone(r, cd["code"])
        self.cell = cell(r)
        sc = r.choice(SCHEMES)
        self.scheme, self.plan, self.scheme_tel = sc[0], r.choice(sc[1]), sc[2]
        self.memno = r.choice(["%09d" % r.randint(10000000, 999999999), "%s%07d" % (r.choice(["PH", "UM", "SN", "BB", "FY", "IK", "HV", "KG"]), r.randint(0, 9999999)), "%d" % r.randint(1000000, 99999999)])
        self.dep = "%02d" % (0 if (not self.child and r.random() < 0.6) else r.randint(1, 4))
        if self.dep == "00":
            self.mainmember = "%s %s" % (self.first, self.sur)
        else:
            s2, f2, _ = person(r)
            self.mainmember = "%s %s" % (f2, self.sur)
        self.hospno = r.choice(["%08d" % r.randint(1000000, 99999999), "%s%06d" % (r.choice(["P", "HN", "A", "MRN"]), r.randint(0, 999999))])
        self.visit = "%d%06d" % (r.randint(1, 9), r.randint(0, 999999))
        self.ward = cs["ward"]
        self.bed = "%s%d" % (r.choice(["", "B", "Bed ", ""]), r.randint(1, 32))
        self.spec = make_doctor(r, cs["spec"], self.city)
        self.gp = make_doctor(r, "GP", self.city)
        self.anaes = make_doctor(r, "Anaesthetist", self.city)
        s3, f3, n3 = person(r)
        self.nok = "%s %s" % (f3, r.choice([n3, self.sur, self.sur]))
        self.nok_rel = r.choice(["Wife", "Husband", "Mother", "Daughter", "Son", "Sister", "Brother", "Partner", "Father"]) if not self.child else r.choice(["Mother", "Father", "Grandmother"])
        self.allergy = r.choice(["NKDA", "Nil known", "No known drug allergies", "Penicillin (rash)", "Sulphonamides", "NKDA", "None known", "Codeine (nausea)", "Aspirin", "Nil"])
        if "Penicillin" in self.allergy and any("amoxicillin" in m[0].lower() for m in cs["meds_dc"]):
            self.allergy = "NKDA"
        self.weight = r.randint(11, 17) if self.child else r.randint(52, 110)
        self.height = r.randint(80, 115) if self.child else r.randint(150, 192)
        self.nurse = self.rname()
        self.author_init = "".join(x[0] for x in self.nurse.split())

    # helpers -------------------------------------------------------------
    def d(self, dt=None, f=None):
        return fmt_date(dt or self.date, self.df if f is None else f)

    def dobs(self):
        return self.d(self.dob)

    def name(self, style=None):
        r = self.r
        st = r.randint(0, 4) if style is None else style
        mid = (" " + self.first2) if self.first2 else ""
        if st == 0:
            return "%s %s%s %s" % (self.title, self.first, mid, self.sur) if self.title else "%s%s %s" % (self.first, mid, self.sur)
        if st == 1:
            return "%s, %s%s" % (self.sur.upper(), self.first, mid)
        if st == 2:
            return "%s %s" % (self.first, self.sur)
        if st == 3:
            return "%s %s%s" % (self.sur.upper(), self.first.upper(), mid.upper())
        return "%s %s %s" % (self.title or "", self.first[0] + (". " + self.first2[0] if self.first2 else ""), self.sur) if self.title else "%s %s" % (self.first[0] + ".", self.sur)

    def pt(self):
        return self.title + " " + self.sur if self.title and not self.child else self.first

    def he(self):
        return "he" if self.sex == "M" else "she"

    def his(self):
        return "his" if self.sex == "M" else "her"

    def sexw(self):
        return "male" if self.sex == "M" else "female"

    def agesex(self):
        r = self.r
        if self.child:
            return "%d year old %s" % (self.age, "boy" if self.sex == "M" else "girl")
        return r.choice(["%d year old %s" % (self.age, self.sexw()), "%d-year-old %s" % (self.age, "man" if self.sex == "M" else "woman"), "%dyo %s" % (self.age, self.sex), "%d y/o %s" % (self.age, self.sexw())])

    def H(self, s):
        st = self.hs
        if st == 0:
            return s.upper() + ":"
        if st == 1:
            return s + ":"
        if st == 2:
            return s.upper()
        if st == 3:
            return s.title() + "\n" + "-" * len(s)
        if st == 4:
            return s.upper() + " -"
        return s.capitalize() + " :"

    def rname(self, sex=None):
        s, f, n = person(self.r, sex)
        return "%s %s" % (f, n)

    def hpi(self):
        return self.case["hpi"].replace("{Pt}", self.r.choice(["The patient", "This %s" % self.agesex(), self.pt(), self.he().capitalize()]))

    def later(self, days):
        return self.date + datetime.timedelta(days=days)


def sec(c, head, body, inline=None):
    if inline is None:
        inline = c.hs in (0, 1, 4, 5) and "\n" not in body and len(body) < 200
    h = c.H(head)
    if inline and c.hs != 3:
        return h + " " + body
    return h + "\n" + body


FREQ_LAY = {"daily": "once a day", "bd": "twice a day", "tds": "three times a day", "qid": "four times a day",
            "nocte": "at night", "mane": "in the morning", "8 hourly": "every 8 hours", "6 hourly": "every 6 hours",
            "weekly": "once a week", "12 hourly": "every 12 hours", "4 hourly prn": "every 4 hours if needed",
            "6 hourly prn": "every 6 hours if needed for pain", "8 hourly prn": "every 8 hours if needed"}


def med_line(r, m, st):
    drug, dose, route, freq, dur = m
    if st == 0:
        s = "%s %s %s %s" % (drug, dose, route, freq)
        return s + (" x %s" % dur if dur and dur not in ("chronic", "lifelong") else (" (%s)" % dur if dur else ""))
    if st == 1:
        return ("%s %s %s %s %s" % (drug, dose.replace(" ", ""), route, freq, dur)).upper().strip()
    if st == 2:
        lay = FREQ_LAY.get(freq, freq)
        return "%s %s - take %s%s" % (drug, dose, lay, (", for " + dur) if dur and dur not in ("chronic", "lifelong") else "")
    if st == 3:
        return "%-38s %-14s %-6s %-18s %s" % (drug, dose, route.upper(), freq, dur)
    return "%s %s %s" % (drug, dose, freq)


def meds_block(c, meds, numbered=None, st=None):
    r = c.r
    st = r.randint(0, 4) if st is None else st
    numbered = r.random() < 0.5 if numbered is None else numbered
    out = []
    for i, m in enumerate(meds):
        ln = med_line(r, m, st)
        out.append(("%d. " % (i + 1) if numbered else r.choice(["- ", "", "* "]) if i == 0 or True else "") + ln)
    return "\n".join(out)


def hosp_header(c, style=None):
    r = c.r
    st = r.randint(0, 4) if style is None else style
    addr = "%d %s, %s, %s" % (r.randint(1, 300), r.choice(c.cd["streets"]), r.choice(c.cd["subs"]), c.cd["name"])
    tel = phone(r, c.cd["code"])
    if st == 0:
        return "%s\n%s\nTel %s  Fax %s" % (c.hosp.upper(), addr, tel, phone(r, c.cd["code"]))
    if st == 1:
        return "%s  |  %s\n%s" % (c.group, c.hosp, addr)
    if st == 2:
        return "%s\nA member of %s\n%s   Tel: %s" % (c.hosp, c.group, addr, tel)
    if st == 3:
        return c.hosp.upper()
    return "%s - %s" % (c.group.upper(), c.hosp)


def letterhead(c, doc=None, style=None):
    r = c.r
    dd = doc or c.spec
    st = r.randint(0, 4) if style is None else style
    if st == 0:
        return "%s\n%s\n%s\nPr. No. %s\n%s, %s\n%s, %s\nTel: %s   Fax: %s\nE-mail: %s" % (
            dd["full"].upper(), dd["quals"], dd["title"], dd["prno"], dd["rooms"], c.hosp, dd["street"], c.cd["name"], dd["tel"], dd["fax"], dd["email"])
    if st == 1:
        return "%s  %s\n%s  |  Practice No: %s  |  HPCSA: %s\n%s, %s, %s\nT %s  F %s" % (
            dd["name"], dd["quals"], dd["title"].upper(), dd["prno"], dd["hpcsa"], dd["rooms"], dd["street"], dd["sub"], dd["tel"], dd["fax"])
    if st == 2:
        return "%s INC.\n%s\nPRACTICE NUMBER %s\n%s | %s\n%s" % (dd["sur"].upper(), dd["title"].upper() + "S", dd["prno"], dd["street"], c.cd["name"], dd["tel"])
    if st == 3:
        return "%s\n%s\n%s\n%s\nPr No: %s   Tel %s" % (dd["full"], dd["quals"], dd["title"], dd["rooms"], dd["prno"], dd["tel"])
    return "%s (%s)\n%s\n%s   %s   %s" % (dd["name"], dd["title"], dd["quals"], dd["rooms"], dd["tel"], dd["email"])


def pt_block(c, style=None, fields=None):
    r = c.r
    st = r.randint(0, 4) if style is None else style
    items = [("Patient", c.name()), ("DOB", c.dobs()), ("Age", "%d%s" % (c.age, r.choice(["", " yrs", "y"]))),
             ("Sex", c.sex), ("ID No", c.idno), ("Hosp No", c.hospno), ("Medical Aid", c.scheme),
             ("Member No", c.memno), ("Ward", c.ward), ("Dr", c.spec["name"])]
    if fields:
        items = [it for it in items if it[0] in fields]
    else:
        items = [it for it in items if r.random() < 0.8 or it[0] == "Patient"]
    alt = {"Patient": ["Patient", "Name", "Patient Name", "PATIENT", "Surname/Name"], "DOB": ["DOB", "D.O.B.", "Date of Birth", "Birth date"],
           "ID No": ["ID No", "ID Number", "RSA ID", "ID/Passport"], "Hosp No": ["Hosp No", "MRN", "Folio No", "Adm No", "File No", "Account No"],
           "Medical Aid": ["Medical Aid", "Med Aid", "Scheme", "Funder"], "Member No": ["Member No", "Memb No", "Mem #", "Membership No"],
           "Dr": ["Dr", "Admitting Dr", "Attending", "Treating Doctor", "Consultant"], "Ward": ["Ward", "Unit", "Ward/Bed"],
           "Age": ["Age"], "Sex": ["Sex", "Gender", "M/F"]}
    labs = [(r.choice(alt[k]), v) for k, v in items]
    if st == 0:
        return "\n".join("%s: %s" % kv for kv in labs)
    if st == 1:
        return "   ".join("%s: %s" % kv for kv in labs)
    if st == 2:
        lines = []
        for i in range(0, len(labs), 2):
            a = "%s: %s" % labs[i]
            b = "%s: %s" % labs[i + 1] if i + 1 < len(labs) else ""
            lines.append("%-44s %s" % (a, b))
        return "\n".join(lines)
    if st == 3:
        return " | ".join("%s %s" % (k.upper(), v) for k, v in labs)
    return "\n".join("%-16s %s" % (k + ":", v) for k, v in labs)


def sign(c, doc=None, style=None):
    r = c.r
    dd = doc or c.spec
    st = r.randint(0, 5) if style is None else style
    if st == 0:
        return "Yours sincerely\n\n\n%s\n%s" % (dd["name"].upper(), dd["title"])
    if st == 1:
        return "Kind regards\n\n%s\n%s\n%s" % (dd["full"], dd["quals"], dd["title"])
    if st == 2:
        return "____________________\n%s  (%s)" % (dd["name"], dd["hpcsa"])
    if st == 3:
        return "Regards,\n\n%s" % dd["name"]
    if st == 4:
        return "Dictated by %s, not signed to avoid delay\nTyped: %s/%s" % (dd["name"], "".join(x[0] for x in dd["full"].split()[1:]).upper(), r.choice(["ls", "mk", "jd", "np", "tb", "sv"]))
    return "Signed: %s\nDate: %s" % (dd["name"], c.d())


# ---------------------------------------------------------------------------
# Scanner / OCR furniture
# ---------------------------------------------------------------------------
OCR_SUBS = [("rn", "m"), ("l", "1"), ("O", "0"), ("e", "c"), ("i", "l"), ("m", "rn"), ("S", "5"), ("cl", "d"), ("h", "b"), (".", ","), ("I", "l"), ("u", "ii")]


def ocr_noise(r, text, level):
    if level <= 0:
        return text
    out = []
    for line in text.split("\n"):
        if line and r.random() < 0.06 * level:
            a, b = r.choice(OCR_SUBS)
            idx = line.find(a, r.randint(0, max(0, len(line) - 1)))
            if idx < 0:
                idx = line.find(a)
            if idx >= 0:
                line = line[:idx] + b + line[idx + len(a):]
        if line and r.random() < 0.02 * level:
            p = r.randint(0, len(line))
            line = line[:p] + r.choice([" ", "  ", "'", ".", "|", "~"]) + line[p:]
        if r.random() < 0.004 * level:
            out.append(r.choice(["", "_ _ _", ".", "'", "|", ""]))
        out.append(line)
    return "\n".join(out)


def paginate(c, text, pages_hint=None):
    r = c.r
    lines = text.split("\n")
    per = r.randint(38, 60)
    if len(lines) <= per:
        return text, 1
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(chunks)
    hdr_style = r.randint(0, 3)
    out = []
    for i, ch in enumerate(chunks):
        if i > 0:
            if hdr_style == 0:
                out.append("%s   %s   (cont.)" % (c.name(1), c.hospno))
            elif hdr_style == 1:
                out.append("Patient: %s    Page %d of %d" % (c.name(3), i + 1, n))
            elif hdr_style == 2:
                out.append("- %d -" % (i + 1))
            else:
                out.append("%s / %s" % (c.sur.upper(), c.dobs()))
            out.append("")
        out.extend(ch)
        if hdr_style in (0, 3) or r.random() < 0.5:
            out.append("")
            out.append(r.choice(["Page %d of %d" % (i + 1, n), "Page %d/%d" % (i + 1, n), "%d" % (i + 1), "p.%d" % (i + 1)]))
        if i < n - 1:
            out.append("\f" if r.random() < 0.3 else "")
    return "\n".join(out), n


def finish(c, text, noise=None, furniture=True):
    r = c.r
    if furniture:
        text, n = paginate(c, text)
        x = r.random()
        if x < 0.12:
            t = "%s %s %s  FROM: %s  TO: %s  P.%03d/%03d" % (c.d(c.date, 0 if r.random() < 0.5 else 4), tm(r, 0), r.choice(["FAX", "Fax", ""]), phone(r, c.cd["code"]), phone(r, c.cd["code"]), 1, n + r.randint(0, 1))
            text = t + "\n" + text
        elif x < 0.2:
            text = r.choice(["CONFIDENTIAL", "** CONFIDENTIAL MEDICAL INFORMATION **", "COPY", "SCANNED", "DUPLICATE COPY"]) + "\n" + text
        y = r.random()
        if y < 0.15:
            text += "\n\nPrinted %s %s by %s" % (c.d(c.later(r.randint(0, 40))), tm(r, 0), r.choice(["ADMIN", "mnaidoo", "jsmit", "WARDCLERK3", "HIMS01", "tdlamini", "reception"]))
        elif y < 0.25:
            text += "\n\n" + r.choice(["This document contains confidential information intended only for the addressee.",
                                       "POPIA: Personal information processed in accordance with the Protection of Personal Information Act 4 of 2013.",
                                       "E&OE", "Scanned by HIM Dept %s" % c.d(c.later(r.randint(1, 60))),
                                       "%s - Form %s/%d" % (c.group, r.choice(["HIM", "CLN", "NUR", "ADM"]), r.randint(1, 250))])
    lvl = noise if noise is not None else r.choice([0, 0, 1, 1, 1, 2, 3])
    return ocr_noise(r, text, lvl)


def vitals_line(c, st=None):
    r = c.r
    t, hr, bp, rr, sat = c.case["vit"]
    st = r.randint(0, 3) if st is None else st
    if st == 0:
        return "T %s  HR %s  BP %s  RR %s  SpO2 %s" % (t, hr, bp or "n/a", rr, sat)
    if st == 1:
        return "Temp %s°C, pulse %s/min, BP %s mmHg, resp rate %s, sats %s" % (t, hr, bp or "not done", rr, sat)
    if st == 2:
        return "Vitals: P %s | BP %s | T %s | RR %s | O2 sat %s" % (hr, bp or "-", t, rr, sat)
    return "BP %s, P %s, T %s, RR %s, SaO2 %s, HGT %s" % (bp or "-", hr, t, rr, sat, "%.1f" % r.uniform(4.5, 9.5) if c.case["key"] != "dka" else "HI")


def dx_line(c):
    cs = c.case
    r = c.r
    extra = [p for p in cs["pmh"] if p.lower() not in ("nil significant",) and not p.startswith("Nil")]
    s = cs["dx"] + r.choice([" (%s)" % cs["icd"], "  ICD-10: %s" % cs["icd"], "", " [%s]" % cs["icd"]])
    return s, extra


# ============================ 1. DISCHARGE SUMMARY ==========================
def g_discharge_summary(c):
    r, cs = c.r, c.case
    dx, extra = dx_line(c)
    lay = r.randint(0, 6)
    if lay == 0:  # classic hospital-generated
        t = [hosp_header(c), "", r.choice(["DISCHARGE SUMMARY", "DISCHARGE REPORT", "CLINICAL DISCHARGE SUMMARY", "Summary on Discharge"]), "", pt_block(c, 2),
             "Date of admission: %s    Date of discharge: %s" % (c.d(c.adm), c.d(c.dis)), "",
             sec(c, "Diagnosis", dx), sec(c, "Co-morbidities", ", ".join(extra) or "Nil"), "",
             sec(c, "Presenting complaint", cs["pc"].capitalize()), "",
             sec(c, "Investigations", "\n".join(cs["inv"])), "",
             sec(c, "Hospital course", cs["course"]), "",
             sec(c, "Medication on discharge", meds_block(c, cs["meds_dc"])), "",
             sec(c, "Follow-up", "\n".join(cs["plan"])), "", sign(c, style=r.choice([2, 5]))]
    elif lay == 1:  # letter to GP
        t = [letterhead(c), "", c.d(c.dis), "", c.gp["full"], c.gp["street"], c.cd["name"], "",
             "Dear %s" % r.choice(["Dr " + c.gp["sur"], "Colleague", c.gp["first"]]), "",
             "RE: %s  (DOB %s)" % (c.name(0).upper(), c.dobs()), "",
             "Your patient was admitted under my care at %s from %s to %s with %s." % (c.hosp, c.d(c.adm), c.d(c.dis), cs["dx"].lower()),
             "", c.hpi(), "", cs["course"], "", "Relevant results: " + "; ".join(cs["inv"]) + ".", "",
             "%s was discharged on the following medication:" % c.he().capitalize(), meds_block(c, cs["meds_dc"], numbered=False, st=0), "",
             "Plan: " + " ".join(p.rstrip(".") + "." for p in cs["plan"]), "",
             "Thank you for your ongoing care of this patient.", "", sign(c, style=r.choice([0, 1, 4]))]
    elif lay == 2:  # electronic short form
        t = ["%s   DISCHARGE   %s" % (c.hosp, c.d(c.dis)), "=" * 60, pt_block(c, 3), "=" * 60,
             "ADM: %s   DISCH: %s   LOS: %d day(s)   DISPOSITION: %s" % (c.d(c.adm), c.d(c.dis), c.los, r.choice(["Home", "Home with family", "Sub-acute facility", "Home"])),
             "PRINCIPAL DX: %s [%s]" % (cs["dx"], cs["icd"]), "SECONDARY DX: %s" % ("; ".join(extra) or "-"),
             "PROCEDURES: %s" % ({"lap_appx": "Laparoscopic appendicectomy", "lap_chole": "Laparoscopic cholecystectomy", "hemi": "Bipolar hemiarthroplasty", "pci": "Coronary angiogram + PCI", "lscs": "Caesarean section", "wle": "WLE + SLNB", "tkr": "Total knee replacement", "urs": "Ureteroscopy, laser lithotripsy, JJ stent"}.get(cs["op"], "None")),
             "", "SUMMARY:", cs["course"], "", "TTO:", meds_block(c, cs["meds_dc"], st=1), "", "F/U: " + "; ".join(cs["plan"]),
             "", "Completed by: %s   Signed electronically" % r.choice([c.spec["name"], "Dr " + c.rname()])]
    elif lay == 3:  # dictated narrative, no headings
        t = [c.hosp.upper(), "", "%s   %s   %s" % (c.name(1), c.hospno, c.dobs()), "", "Admitted %s, discharged %s." % (c.d(c.adm), c.d(c.dis)), "",
             "This %s was admitted with %s. %s" % (c.agesex(), cs["pc"], cs["course"]), "",
             "Final diagnosis %s. Background %s." % (cs["dx"].lower(), ", ".join(extra).lower() or "nil of note"), "",
             "Discharge medication: " + "; ".join(med_line(r, m, 4) for m in cs["meds_dc"]) + ".", "",
             " ".join(p.rstrip(".") + "." for p in cs["plan"]), "", "%s\n%s" % (c.spec["name"], c.spec["title"]),
             "", "D: %s  T: %s" % (c.d(c.dis), c.d(c.later(c.los + r.randint(1, 5))))]
    elif lay == 4:  # form with boxes
        t = [c.group.upper(), "PATIENT DISCHARGE FORM  " + r.choice(["(Doctor)", "", "Form CL-%d" % r.randint(10, 99)]), "",
             "Surname: %s     First names: %s%s" % (c.sur.upper(), c.first, " " + c.first2 if c.first2 else ""),
             "Hosp no: %s     Adm date: %s     D/C date: %s" % (c.hospno, c.d(c.adm), c.d(c.dis)),
             "Attending doctor: %s" % c.spec["name"], "",
             "1. Final diagnosis / ICD-10:  %s   %s" % (cs["dx"], cs["icd"]),
             "2. Other diagnoses:  %s" % (", ".join(extra) or "N/A"),
             "3. Procedures performed:  %s" % ("See operation note" if cs["op"] else "Nil"),
             "4. Brief clinical summary:", "   " + cs["course"],
             "5. Condition on discharge:  [%s] Improved  [ ] Unchanged  [ ] Deteriorated" % "X",
             "6. Discharge medication:", meds_block(c, cs["meds_dc"], numbered=False, st=3),
             "7. Follow-up appointment:  %s" % r.choice(["Rooms 2/52", "%s at %s" % (c.d(c.later(c.los + 14)), tm(r, 1, 8, 16)), "GP 1 week", "As arranged"]),
             "8. Allergies:  %s" % c.allergy, "", "Doctor's signature: ______________   Date: %s" % c.d(c.dis)]
    elif lay == 5:  # ICU/high care discharge
        t = [r.choice(["ICU DISCHARGE / STEP-DOWN SUMMARY", "Critical Care - Summary", c.hosp + " Intensive Care Unit"]), "", pt_block(c, 4), "",
             "Admitted to unit: %s   Discharged from unit: %s" % (c.d(c.adm), c.d(c.later(max(1, c.los - 2)))), "",
             "Problem list:", "1. " + cs["dx"]] + ["%d. %s" % (i + 2, e) for i, e in enumerate(extra)] + [
             "", "Systems review at discharge:", "  CVS: haemodynamically stable, no inotropes", "  RESP: " + r.choice(["self-ventilating on room air", "nasal prongs 2 L/min"]),
             "  RENAL: passing adequate urine", "  GIT: tolerating diet", "  NEURO: GCS 15/15", "", "Course: " + cs["course"], "",
             "Current meds:", meds_block(c, cs["meds_in"], st=0), "", "Plan for ward: " + "; ".join(cs["plan"][:2]), "", "Intensivist: Dr " + c.rname()]
    else:  # brief handwritten-like
        t = ["D/C SUMMARY" if r.random() < 0.5 else "Discharge", "%s  %s  %s" % (c.name(4), c.age, c.d(c.dis)), "",
             "Dx: " + cs["dx"], "Adm " + c.d(c.adm) + " - " + cs["pc"], "Rx in hosp: " + ", ".join(m[0] for m in cs["meds_in"]),
             "Ix: " + "; ".join(cs["inv"][:3]), "", "TTO:"] + ["  " + med_line(r, m, 0) for m in cs["meds_dc"]] + [
             "", "F/U: " + cs["plan"][0], "", c.spec["name"]]
    return "\n".join(t)


# ============================ 2. HISTORY & PHYSICAL =========================
def exam_sections(c, st):
    cs = c.case
    e = cs["exam"]
    if st == 0:
        return "\n".join(["General: " + e[0], vitals_line(c)] + ["- " + x for x in e[1:]])
    if st == 1:
        return "\n".join([vitals_line(c, 0), "GEN: " + e[0]] + ["  " + x for x in e[1:]])
    return "O/E " + e[0] + ". " + vitals_line(c, 1) + ". " + ". ".join(e[1:]) + "."


def g_history_physical(c):
    r, cs = c.r, c.case
    dx, extra = dx_line(c)
    shx = r.choice(["Smoker: %s. Alcohol: %s. Lives with %s." % (r.choice(["never", "ex", "10/day"]), r.choice(["social", "nil", "weekends"]), r.choice(["spouse", "family", "alone"])),
                    "Non-smoker, occasional alcohol. Employed as a %s." % r.choice(["teacher", "mine supervisor", "accountant", "taxi owner", "nurse", "retired", "sales rep", "domestic worker", "engineer"]),
                    "Pensioner, independent with ADLs" if c.age > 65 else "Works full time, drives, independent"])
    if c.child:
        shx = "Lives with parents, attends creche. Immunisations UTD (RTHB seen)."
    chronic = meds_block(c, cs["chronic"], st=0) if cs["chronic"] else "Nil chronic medication"
    lay = r.randint(0, 6)
    if lay == 0:
        t = [hosp_header(c, 3), r.choice(["ADMISSION HISTORY AND EXAMINATION", "ADMISSION NOTES", "HISTORY & PHYSICAL", "DOCTOR'S ADMISSION RECORD"]), pt_block(c, 2), "Date: %s  Time: %s" % (c.d(), tm(r)), "",
             sec(c, "Presenting complaint", cs["pc"]), "", sec(c, "History of presenting complaint", c.hpi()), "",
             sec(c, "Past medical history", "\n".join(cs["pmh"])), sec(c, "Surgical history", r.choice(["Nil", "Appendicectomy as child", "Nil previous surgery", "Hysterectomy 2004" if c.sex == "F" and c.age > 50 else "Inguinal hernia repair"])),
             sec(c, "Medication", chronic), sec(c, "Allergies", c.allergy), sec(c, "Family history", r.choice(["Father - IHD", "Mother - DM, HPT", "Non-contributory", "Nil relevant"])),
             sec(c, "Social history", shx), "", sec(c, "Systemic enquiry", r.choice(["Otherwise negative", "Nil else of note", "CVS/RESP/GIT/GUT/CNS - as per HPI, otherwise NAD"])), "",
             sec(c, "Examination", exam_sections(c, 0)), "", sec(c, "Impression", cs["dx"] + ("\n" + "\n".join(extra) if extra else "")), "",
             sec(c, "Plan", "\n".join("%d. %s" % (i + 1, x) for i, x in enumerate(["Admit " + c.ward, "Bloods: FBC, U&E, CRP" + (", LFT" if r.random() < 0.5 else "")] + [m[0] + " " + m[1] + " " + m[3] for m in cs["meds_in"][:3]]))),
             "", "Dr " + c.rname() + r.choice([" (Intern)", " (MO)", "", " for " + c.spec["name"]])]
    elif lay == 1:  # abbreviated clerking
        t = ["%s  %s  %dy%s  %s" % (c.d(), tm(r, 1), c.age, c.sex, c.name(3)), "", "PC: " + cs["pc"], "HPC: " + c.hpi(), "PMHx: " + "; ".join(cs["pmh"]),
             "DHx: " + ("; ".join(med_line(r, m, 4) for m in cs["chronic"]) or "nil"), "Allergies: " + c.allergy, "SHx: " + shx, "",
             exam_sections(c, 1), "", "Ix: " + "; ".join(cs["inv"][:2]), "", "Imp: " + cs["dx"], "", "Plan:"] + ["- " + med_line(r, m, 0) for m in cs["meds_in"][:3]] + ["- Review by " + c.spec["name"]]
    elif lay == 2:  # specialist admission letter/note in rooms
        t = [letterhead(c, style=r.choice([1, 3, 4])), "", r.choice(["ADMISSION NOTE", "Admission assessment", "Pre-admission history and examination"]), "Date: " + c.d(), "",
             "Patient: %s, %s, ID %s" % (c.name(0), c.agesex(), c.idno), "Admitted to: %s, %s" % (c.hosp, c.ward), "",
             c.hpi(), "", "Past history: " + ", ".join(cs["pmh"]) + ". Current medication: " + (", ".join(m[0] + " " + m[1] for m in cs["chronic"]) or "none") + ". Allergies: " + c.allergy + ".", "",
             "On examination: " + exam_sections(c, 2), "", "Results available: " + "; ".join(cs["inv"]) + ".", "",
             "Assessment: " + cs["dx"] + ".", "Management: " + cs["course"].split(".")[0] + ".", "", sign(c, style=r.choice([3, 5]))]
    elif lay == 3:  # tick-box template
        t = [c.hosp, "ADULT MEDICAL/SURGICAL ADMISSION FORM" if not c.child else "PAEDIATRIC ADMISSION RECORD", "", pt_block(c, 0, ["Patient", "DOB", "Hosp No", "Medical Aid", "Dr"]), "",
             "Source of admission: [%s] Rooms  [%s] Casualty  [ ] Transfer" % (("X", " ") if r.random() < 0.5 else (" ", "X")),
             "Presenting complaint: " + cs["pc"], "", "History:", c.hpi(), "",
             "Chronic conditions: HPT [%s]  DM [%s]  Asthma/COPD [%s]  HIV [%s]  Epilepsy [ ]  Other: %s" % ("X" if "Hypertension" in cs["pmh"] else " ", "X" if any("diabetes" in p.lower() for p in cs["pmh"]) else " ", "X" if cs["key"] == "copd" else " ", "X" if cs["key"] == "tbhiv" else " ", ", ".join(p for p in cs["pmh"] if p not in ("Hypertension",))),
             "Allergies: " + c.allergy, "Weight: %d kg  Height: %d cm" % (c.weight, c.height), "",
             "EXAMINATION", vitals_line(c, 2)] + ["  " + x for x in cs["exam"]] + ["", "Working diagnosis: " + cs["dx"], "Differential: " + r.choice(["-", "see notes", "nil"]), "", "Admission orders written [X]   Consent signed [%s]" % ("X" if cs["op"] else " "), "Doctor: %s   Signature: ______" % c.spec["name"]]
    elif lay == 4:  # SOAP-ish narrative with systems
        t = [r.choice(["Clerking notes", "ADMISSION", "H&P", "Medical admission"]) + " - " + c.d(), "", "%s, %s, referred by %s." % (c.name(2), c.agesex(), r.choice(["GP " + c.gp["name"], "casualty", "self", "the rooms"])), "",
             c.hpi(), "", "Background:"] + ["  * " + x for x in cs["pmh"]] + ["Meds:"] + ["  * " + med_line(r, m, 0) for m in cs["chronic"]] + ["  * nil" if not cs["chronic"] else "", "Allergy: " + c.allergy, "",
             "Examination", "  General: " + cs["exam"][0], "  " + vitals_line(c, 3)] + ["  " + x for x in cs["exam"][1:]] + ["", "Investigations so far:"] + ["  " + x for x in cs["inv"]] + ["", "Impression: " + cs["dx"], "", "Plan discussed with " + c.spec["name"] + ".", "MO on call"]
    elif lay == 5:  # full pages with ROS list
        ros = ["Constitutional: " + r.choice(["fever, malaise", "weight stable", "no fever"]), "Eyes/ENT: NAD", "Cardiovascular: " + r.choice(["no chest pain", "see HPI", "no palpitations"]), "Respiratory: " + r.choice(["see HPI", "no cough", "no SOB"]), "GIT: " + r.choice(["see HPI", "bowels normal", "no vomiting"]), "GUT: " + r.choice(["no dysuria", "see HPI", "NAD"]), "Musculoskeletal: NAD", "Neuro: " + r.choice(["no headache", "see HPI"]), "Psych: NAD"]
        t = [hosp_header(c, 0), "", pt_block(c, 4), "", c.H("History"), c.hpi(), "", c.H("Review of systems")] + ros + ["", sec(c, "PMH", ", ".join(cs["pmh"])), sec(c, "Medications", chronic), sec(c, "Allergies", c.allergy), sec(c, "Social", shx), "",
             c.H("Physical examination"), exam_sections(c, 0), "", c.H("Assessment and plan"), cs["dx"] + ".", "; ".join(cs["plan"][:2]) + ".", "", sign(c, style=5)]
    else:  # paediatric or obstetric specific or short
        t = ["Admission - %s" % c.ward, "Name: %s   Age: %s   Wt: %s kg" % (c.name(2), c.age, c.weight), "Informant: " + (c.nok_rel.lower() if c.child else "patient"), "",
             "C/O " + cs["pc"], c.hpi(), "", exam_sections(c, 2), "", "Dx: " + cs["dx"], "Mx:"] + ["  " + med_line(r, m, 0) for m in cs["meds_in"]] + ["", "%s %s" % (c.spec["name"], tm(r, 1))]
    return "\n".join(t)


# ============================ 3. PROGRESS NOTE ==============================
def g_progress_note(c):
    r, cs = c.r, c.case
    day = r.randint(1, max(1, c.los))
    dt = c.later(day)
    improving = r.random() < 0.8
    subj = r.choice(["Feels better today.", "Slept well.", "Still some pain, improving.", "No complaints.", "Tolerating diet.", "Feeling tired but better.", "Mobilising with physio."]) if improving else r.choice(["Poor night, more pain.", "Febrile overnight (38.4).", "Nauseous, not eating."])
    plan = r.sample(["Continue current management", "Mobilise", "Step down to oral antibiotics", "Repeat FBC/CRP tomorrow", "Physio to continue", "Dietitian review", "Possible discharge tomorrow", "Remove drip", "Chase cultures", "Repeat U&E in AM", "Review by physio", "Wean O2"], 3)
    lay = r.randint(0, 6)
    if lay == 0:  # SOAP
        t = ["%s  %s" % (c.d(dt), tm(r, 1, 6, 11)), r.choice(["Ward round", "WR", "Progress note", "Daily note", "Consultant round"]) + " - " + c.spec["name"], "",
             "S: " + subj, "O: " + vitals_line(c, 0).replace(c.case["vit"][0], "%.1f" % r.uniform(36.2, 37.4)) + ". " + r.choice(cs["exam"][1:]) + ("; improving" if improving else ""),
             "A: " + r.choice(["Day %d " % day, "D%d " % day]) + cs["dx"] + (", improving" if improving else ", slow progress"), "P:"] + ["  - " + p for p in plan]
    elif lay == 1:  # ICU systems
        t = ["ICU DAILY NOTE  Day %d   %s" % (day, c.d(dt)), pt_block(c, 3, ["Patient", "Hosp No", "Ward"]), "", "Dx: " + cs["dx"], "",
             "Neuro: GCS %s, %s" % (r.choice(["15/15", "E4V5M6", "14/15"]), r.choice(["pain controlled", "no sedation"])),
             "CVS: HR %d, MAP %d, %s" % (r.randint(70, 110), r.randint(65, 95), r.choice(["no inotropes", "off noradrenaline since 06h00"])),
             "Resp: %s, SpO2 %d%%" % (r.choice(["RA", "NP 2L", "FM 40%", "HFNC 40L/50%"]), r.randint(92, 99)),
             "Renal: UO %d mL/24h, Cr %d" % (r.randint(900, 2500), r.randint(60, 140)), "GIT: %s" % r.choice(["NPO", "tolerating light diet", "NG feeds at goal"]),
             "ID: %s" % ("; ".join(m[0] for m in cs["meds_in"] if any(k in m[0] for k in ("cef", "Cef", "mycin", "RHZE", "Rifampicin", "cillin", "Metronidazole", "Doxy", "cipro"))) or "no antibiotics"),
             "Haem: Hb %.1f, Plt %d" % (r.uniform(9, 14), r.randint(140, 380)), "Lines: %s" % r.choice(["PIVC x2", "R IJV CVC day 2, A-line", "PICC"]), "", "Plan: " + "; ".join(plan), "", "Dr " + c.rname()]
    elif lay == 2:  # outpatient follow-up in rooms
        t = [letterhead(c, style=r.choice([3, 4])) if r.random() < 0.5 else c.spec["name"] + " - rooms", "", "FOLLOW-UP VISIT" if r.random() < 0.4 else "Clinical notes", "Date: " + c.d(c.later(c.los + r.randint(10, 45))), "Patient: " + c.name(), "",
             r.choice(["Seen for follow-up after admission for ", "Post-discharge review: ", "Review visit - "]) + cs["dx"].lower() + ".",
             r.choice(["Doing well since discharge. ", "Good recovery. ", "Some residual fatigue. "]) + r.choice(["Compliant with medication.", "Completed the course of treatment.", "No new complaints."]),
             "Exam: " + r.choice(["BP %d/%d, P %d. " % (r.randint(112, 148), r.randint(68, 92), r.randint(60, 90)), "Weight %d kg. " % c.weight]) + r.choice(["Wound healed well.", "Chest clear.", "No oedema.", "Mobilising independently."]),
             "", "Plan: " + "; ".join(cs["plan"][1:]) + ".", "Next visit: " + r.choice(["3 months", "6/12", "PRN", "6 weeks with bloods"])]
    elif lay == 3:  # handwritten continuation sheet
        t = ["CLINICAL NOTES (CONTINUATION SHEET)", "Name: %s   Hosp No: %s" % (c.name(1), c.hospno), ""]
        for k in range(r.randint(2, 4)):
            dd = c.later(k + 1)
            t += ["%s %s  %s" % (c.d(dd, 0), tm(r, 1, 7, 19), r.choice(["Dr " + c.spec["sur"], "MO", "Consultant", c.spec["name"]])),
                  "  " + r.choice([subj, "Comfortable.", "Pain 3/10.", "Afebrile overnight."]) + " " + r.choice(["Obs stable.", "Vitals stable, afebrile.", "Sats %d%% RA." % r.randint(93, 99)]),
                  "  " + r.choice(["Cont. Rx", "Plan as above", "Continue", "Same plan"]) + ". " + r.choice(plan), ""]
    elif lay == 4:  # problem-oriented
        t = [c.hosp + " - Progress Notes", "%s | %s | Day %d of admission" % (c.name(3), c.d(dt), day), "",
             "#1 " + cs["dx"], "   " + (cs["course"].split(".")[0] + "."), "   Plan: " + plan[0]]
        for i, p in enumerate(cs["pmh"][:2]):
            if not p.startswith("Nil"):
                t += ["#%d %s" % (i + 2, p), "   " + r.choice(["Stable, continue chronic medication", "Controlled", "Monitor"])]
        t += ["", "Meds reviewed: " + ", ".join(m[0] for m in cs["meds_in"]), "", r.choice(["Discussed with patient and family.", "Patient updated.", ""]), "-- " + c.spec["name"]]
    elif lay == 5:  # post-op day note
        t = ["POD %d  %s" % (day, c.d(dt)) if cs["op"] else "Day %d  %s" % (day, c.d(dt)), "",
             "Subjective: " + subj, "Obs: " + vitals_line(c, 2), "Wound: " + r.choice(["clean and dry", "dressing intact, no ooze", "n/a"]), "Drains: " + r.choice(["nil", "removed", "20 mL serosanguinous"]),
             "Bowels: " + r.choice(["passed flatus", "BNO", "opened"]), "Urine: " + r.choice(["voiding", "catheter - UO adequate", "TWOC done"]), "", "Impression: " + r.choice(["progressing well", "satisfactory", "slow but steady"]), "Plan: " + ", ".join(plan)]
    else:  # very short
        t = ["%s - %s" % (c.d(dt), c.spec["name"]), subj + " " + r.choice(["Examined.", "Obs reviewed.", ""]) + " " + r.choice(["Cont.", "Plan d/c " + c.d(c.dis, 0), "Continue Rx."]) ]
    return "\n".join(t)


# ============================ 4. CONSULT NOTE ===============================
def g_consult_note(c):
    r, cs = c.r, c.case
    asker = c.gp if r.random() < 0.6 else make_doctor(r, r.choice(["Physician", "Surgeon", "GP"]), c.city)
    lay = r.randint(0, 6)
    opinion = ("I agree that this is most consistent with %s. " % cs["dx"].lower()) + r.choice(["", "The differential diagnosis would include %s. " % r.choice(["a viral process", "malignancy", "an atypical infection", "a medication side-effect"])])
    if lay == 0:  # classic SA specialist letter
        t = [letterhead(c), "", c.d(), "", asker["full"], asker["rooms"], c.cd["name"], "", "Dear %s" % r.choice(["Dr " + asker["sur"], asker["first"], "Colleague"]), "",
             "RE: %s   DOB: %s   MED AID: %s %s" % (c.name(0).upper(), c.dobs(), c.scheme, c.memno), "",
             "Thank you for referring this pleasant %s, whom I saw in my rooms today %s." % (c.agesex(), r.choice(["with " + c.pt().split()[0] and "accompanied by " + c.nok_rel.lower() if r.random() < 0.3 else "", "", "for an opinion"])),
             "", c.hpi(), "", "Background: " + ", ".join(cs["pmh"]) + ".", "Current medication: " + (", ".join(m[0] + " " + m[1] + " " + m[3] for m in cs["chronic"]) or "nil") + ".", "",
             "On examination " + cs["exam"][0].lower() + ". " + vitals_line(c, 1) + ". " + ". ".join(cs["exam"][1:]) + ".", "",
             "Special investigations: " + "; ".join(cs["inv"]) + ".", "", c.H("Impression"), cs["dx"], "", c.H("Plan"), "\n".join("- " + p for p in cs["plan"]), "",
             "I will keep you informed of %s progress." % c.his(), "", sign(c, style=r.choice([0, 1, 4]))]
    elif lay == 1:  # inpatient consult form
        t = [c.hosp, r.choice(["REQUEST FOR CONSULTATION", "CONSULTATION RECORD", "Inter-disciplinary consult"]), pt_block(c, 2), "",
             "To: %s (%s)   From: %s" % (c.spec["name"], c.spec["title"], "Dr " + c.rname()), "Urgency: " + r.choice(["Routine", "Urgent", "Same day"]),
             "Reason for consultation: " + r.choice(["Please assess and advise re ", "Opinion re ", "Kindly take over management of "]) + cs["pc"], "", "--- CONSULTANT'S REPORT ---", "Date/time seen: %s %s" % (c.d(), tm(r, 1)), "",
             "History: " + c.hpi(), "", "Findings: " + "; ".join(cs["exam"]), "", "Impression: " + cs["dx"], "", "Recommendations:"] + ["%d) %s" % (i + 1, x) for i, x in enumerate([med_line(r, m, 0) for m in cs["meds_in"][:3]] + cs["plan"][:2])] + ["", "Will follow. Thank you for the consult.", c.spec["name"] + "  " + c.spec["hpcsa"]]
    elif lay == 2:  # structured report
        t = [c.spec["title"].upper() + " CONSULTATION", "", "%s   |   %s   |   %s" % (c.name(1), c.agesex(), c.d()), "Referred by: " + asker["name"], "",
             sec(c, "Reason for referral", cs["pc"]), "", sec(c, "History", c.hpi()), "", sec(c, "Examination", exam_sections(c, 0)), "",
             sec(c, "Investigations", "\n".join(cs["inv"])), "", sec(c, "Assessment", opinion), "", sec(c, "Recommendations", "\n".join("* " + p for p in cs["plan"])), "", sign(c, style=5)]
    elif lay == 3:  # short email-style report
        t = ["From the rooms of " + c.spec["name"] + ", " + c.spec["title"], "", "Dr " + asker["sur"] + " -", "",
             "Saw %s today. %s %s" % (c.name(2), c.hpi().split(".")[0] + ".", opinion), "Exam essentially: " + cs["exam"][1] + ".", "",
             "Suggest: " + "; ".join(med_line(r, m, 4) for m in cs["meds_dc"][:3]) + ". " + cs["plan"][0] + ".", "", "Happy to see again if needed.", c.spec["name"]]
    elif lay == 4:  # anaesthetic/ pre-op medical risk assessment consult
        t = [letterhead(c, style=1), "", r.choice(["PRE-OPERATIVE MEDICAL ASSESSMENT", "Opinion - fitness for surgery", "CONSULTATION REPORT"]), "Date: %s" % c.d(), "Patient: %s (%s)" % (c.name(0), c.idno), "",
             "Requested by %s to assess %s prior to %s." % (asker["name"], c.pt(), r.choice(["elective surgery", "procedure", "anaesthesia"])), "",
             "Known: " + ", ".join(cs["pmh"]) + ".", "Functional capacity: " + r.choice([">4 METs", "able to climb 2 flights of stairs", "limited by joint pain"]) + ".", "Exam: " + vitals_line(c, 1) + ".", "",
             "Risk: RCRI %d. ASA %s." % (r.randint(0, 2), r.choice(["II", "III"])), "Opinion: " + r.choice(["Acceptable risk for the proposed surgery. ", "May proceed. "]) + "Continue chronic medication on the morning of surgery except " + r.choice(["metformin", "ACE-inhibitor", "diuretic"]) + ".", "", sign(c, style=2)]
    elif lay == 5:  # paragraph report no headings, dictated
        t = [c.spec["name"].upper() + "  " + c.spec["quals"], c.spec["rooms"] + " * " + c.spec["tel"], "", c.d(), "", "%s, %s" % (c.name(1), c.dobs()), "",
             "History: " + c.hpi() + " " + "Background of " + ", ".join(cs["pmh"]).lower() + ".",
             "Examination: " + ". ".join(cs["exam"]) + ".", "Results: " + "; ".join(cs["inv"]) + ".",
             "Impression: " + cs["dx"] + ".", "Management: " + " ".join(p + "." for p in cs["plan"]), "", "cc: " + asker["name"], "", sign(c, style=4)]
    else:  # ward consult in notes
        t = ["%s %s  %s CONSULT" % (c.d(), tm(r, 1), c.spec["title"].split()[-1].upper()), "Asked to see by " + asker["name"] + " re: " + cs["pc"], "",
             "Hx: " + c.hpi(), "O/E: " + "; ".join(cs["exam"]), "Ix: " + "; ".join(cs["inv"][:3]), "", "Imp: " + cs["dx"], "Rec:"] + ["- " + p for p in cs["plan"]] + ["", "Thanks, " + c.spec["name"]]
    return "\n".join(t)


# ============================ 5. OPERATIVE NOTE =============================
OPS = {
    "lap_appx": dict(name="Laparoscopic appendicectomy", find="Acutely inflamed, non-perforated appendix, retrocaecal. Minimal turbid fluid in RIF. No Meckel's diverticulum.",
                     steps=["Open Hasson technique at umbilicus, pneumoperitoneum 12 mmHg", "5 mm ports suprapubic and LIF", "Appendix mobilised, mesoappendix divided with diathermy/Ligasure", "Base secured with 2 Endoloops, appendix divided and retrieved in bag", "RIF washed out and suctioned", "Ports removed under vision, fascia closed at umbilicus with PDS 0", "Skin: subcuticular Monocryl 3/0"],
                     spec="Appendix for histology", ebl="minimal", dur=(35, 70), anaes="GA"),
    "lap_chole": dict(name="Laparoscopic cholecystectomy", find="Oedematous, thick-walled gallbladder with omental adhesions. Multiple stones. Normal calibre CBD. Liver normal.",
                      steps=["4-port technique, open entry at umbilicus", "Adhesions taken down", "Calot's triangle dissected; critical view of safety obtained", "Cystic duct and artery clipped (2 proximal, 1 distal) and divided", "Gallbladder dissected off liver bed with diathermy, retrieved in bag via epigastric port", "Haemostasis; 15 Fr Blake drain to liver bed", "Closure: fascia PDS, skin staples"],
                      spec="Gallbladder for histology", ebl="50 mL", dur=(50, 110), anaes="GA"),
    "hemi": dict(name="Left bipolar hemiarthroplasty (cemented)", find="Displaced subcapital fracture, femoral head 46 mm. Good bone quality of femoral shaft.",
                 steps=["Right lateral position, modified Hardinge approach", "Capsulotomy, femoral head extracted and measured", "Neck cut, canal prepared and broached", "Cemented stem inserted (3rd generation technique), 46 mm bipolar head", "Reduced, stable through range", "Capsule and abductors repaired with Ethibond", "Layered closure, skin staples"],
                 spec="Femoral head - discarded" , ebl="350 mL", dur=(60, 110), anaes="Spinal"),
    "pci": dict(name="Coronary angiogram and PCI to proximal LAD", find="LM normal. LAD: 90% proximal stenosis, TIMI 2 flow. LCx: minor irregularities. RCA: dominant, 30% mid stenosis.",
                steps=["Right radial access, 6F sheath", "Diagnostic angiography with JL3.5/JR4", "EBU 3.5 guide, BMW wire across lesion", "Predilation 2.5 mm balloon", "DES 3.0 x 23 mm deployed at 14 atm, post-dilated NC 3.25", "TIMI 3 flow, no residual stenosis", "TR band applied"],
                spec="Nil", ebl="negligible", dur=(40, 75), anaes="Local + sedation"),
    "lscs": dict(name="Emergency lower segment caesarean section", find="Live male infant delivered cephalic, Apgar 8 and 10. Clear liquor. Normal uterus, tubes and ovaries. Placenta complete.",
                 steps=["Pfannenstiel incision", "Lower segment opened transversely", "Baby delivered at %s, cord clamped after 60 seconds", "Oxytocin 5 IU IV, placenta delivered by CCT", "Uterus closed in 2 layers Vicryl 1", "Haemostasis confirmed, swabs/instruments correct", "Rectus sheath Vicryl 1, skin subcuticular"],
                 spec="Placenta to histology (pre-eclampsia)", ebl="600 mL", dur=(40, 65), anaes="Spinal"),
    "wle": dict(name="Left wide local excision with sentinel lymph node biopsy", find="Firm 22 mm tumour at 2 o'clock left breast. Two blue/hot sentinel nodes in left axilla, not clinically suspicious.",
                steps=["Patent blue 2 mL injected subareolar; Tc-99m injected pre-operatively", "Curvilinear incision over tumour", "Tumour excised with 1 cm macroscopic margin, orientated with sutures (short superior, long lateral)", "Cavity shaved margins and clips placed", "Separate axillary incision, 2 sentinel nodes identified with gamma probe and blue dye", "Haemostasis, no drain", "Subcuticular Monocryl"],
                spec="1. L breast WLE (orientated) 2. Sentinel node x2", ebl="30 mL", dur=(60, 95), anaes="GA"),
    "tkr": dict(name="Right total knee replacement (cemented, posterior stabilised)", find="Severe tricompartmental OA, eburnation of medial compartment, large osteophytes. ACL deficient.",
                steps=["Tourniquet 300 mmHg", "Midline incision, medial parapatellar arthrotomy", "Osteophytes removed, intramedullary femoral guide", "Distal femoral and proximal tibial cuts, balancing of flexion/extension gaps", "Trial components, good stability and ROM 0-120", "Definitive components cemented, patella not resurfaced", "Local infiltration analgesia, layered closure, staples"],
                spec="Nil", ebl="200 mL", dur=(80, 130), anaes="Spinal + adductor canal block"),
    "urs": dict(name="Left rigid ureteroscopy, holmium laser lithotripsy and JJ stent insertion", find="7 mm calculus at left VUJ, impacted, mild mucosal oedema. Bladder normal.",
                steps=["Lithotomy, cystoscopy", "Guidewire passed into left ureter under fluoroscopy", "Semi-rigid ureteroscope passed to stone", "Holmium laser lithotripsy (dusting/fragmenting), fragments basket extracted", "Ureter inspected to renal pelvis - no residual fragments", "6Fr 26 cm JJ stent placed, position confirmed on fluoroscopy", "Bladder emptied"],
                spec="Stone fragments for analysis", ebl="nil", dur=(30, 60), anaes="GA"),
}
EXTRA_OPS_CASES = ["lap_appx", "lap_chole", "hemi", "pci", "lscs", "wle", "tkr", "urs"]


def op_case(r):
    return r.choice([cs for cs in CASES if cs["op"]])


def theatre_times(c):
    r = c.r
    start = r.randint(7, 17)
    m = r.randint(0, 59)
    op = OPS[c.case["op"]]
    dur = r.randint(*op["dur"])
    t0 = datetime.datetime(2000, 1, 1, start, m)
    t1 = t0 + datetime.timedelta(minutes=dur)
    return t0.strftime("%H:%M"), t1.strftime("%H:%M"), dur


def g_operative_note(c):
    r, cs = c.r, c.case
    op = OPS[cs["op"]]
    asst = "Dr " + c.rname()
    st0, st1, dur = theatre_times(c)
    steps = [s.replace("%s", st0) if "%s" in s else s for s in op["steps"]]
    lay = r.randint(0, 6)
    if lay == 0:
        t = [hosp_header(c, r.choice([0, 3])), "", r.choice(["OPERATION REPORT", "OPERATION NOTE", "OPERATIVE REPORT", "THEATRE NOTES - SURGEON"]), pt_block(c, 2), "",
             "Date of operation: %s" % c.d(c.later(r.randint(0, 1))), "Surgeon: %s   Assistant: %s   Anaesthetist: %s" % (c.spec["name"], asst, c.anaes["name"]),
             "Anaesthesia: %s" % op["anaes"], "Pre-op diagnosis: %s" % cs["dx"], "Post-op diagnosis: %s" % r.choice(["Same", cs["dx"], "As above"]), "Procedure: %s" % op["name"], "",
             sec(c, "Findings", op["find"]), "", sec(c, "Procedure", "\n".join(steps)), "", "Specimens: " + op["spec"], "EBL: " + op["ebl"], "Drains: " + r.choice(["Nil", "As above", "1"]),
             "Complications: " + r.choice(["Nil", "None", "Nil intra-operative"]), "", sec(c, "Post-op orders", "\n".join(["- Obs as per ward routine", "- " + med_line(r, cs["meds_in"][0], 0), "- " + r.choice(["Mobilise tomorrow", "Free fluids when awake", "DVT prophylaxis"])])), "", sign(c, style=2)]
    elif lay == 1:  # dictated letter style
        t = [letterhead(c, style=r.choice([0, 3])), "", "OPERATION: %s" % op["name"].upper(), "PATIENT: %s   AGE %d   %s" % (c.name(1), c.age, c.hosp), "DATE: %s" % c.d(), "", "Indication: " + cs["pc"].capitalize() + " - " + cs["dx"].lower() + ".", "",
             "Under %s, %s. %s." % (op["anaes"].lower(), "patient positioned, prepped and draped in the usual sterile fashion", ". ".join(steps)), "", "Findings: " + op["find"], "", "Specimen to %s." % r.choice(LABS) if "histology" in op["spec"] else "No specimen.", "", sign(c, style=4)]
    elif lay == 2:  # theatre record (nursing + surgical)
        t = [c.hosp.upper() + " - THEATRE %d" % r.randint(1, 8), "INTRA-OPERATIVE RECORD", "", pt_block(c, 3), "",
             "Time in theatre: %s   Knife to skin: %s   Closure: %s   Out: %s" % (st0, st0, st1, st1), "Procedure: " + op["name"], "Surgeon: %s  Anaesthetist: %s" % (c.spec["name"], c.anaes["name"]),
             "Scrub sister: Sr %s   Circulating: %s" % (c.rname("F"), c.rname()), "Position: " + r.choice(["Supine", "Lithotomy", "Lateral", "Supine, arms out"]), "Diathermy plate: " + r.choice(["R thigh", "L thigh", "R buttock"]) + ", skin checked post-op: intact",
             "Tourniquet: " + ("300 mmHg %d min" % (dur - 10) if cs["op"] == "tkr" else "N/A"), "Skin prep: " + r.choice(["Chlorhexidine-alcohol", "Povidone iodine"]), "",
             "COUNTS      Initial  1st   Final", "Swabs        10      10    10", "Needles       %d       %d     %d" % ((r.randint(3, 6),) * 3), "Instruments  correct correct correct", "",
             "Implants / prostheses: " + ("see stickers" if cs["op"] in ("tkr", "hemi", "pci", "urs") else "none"), "Specimens: " + op["spec"], "", "Surgeon's notes: " + op["find"], "", "Sr ______________   Surgeon ______________"]
    elif lay == 3:  # brief handwritten op note
        t = ["OP NOTE  " + c.d(), c.name(4) + "   " + c.hospno, "", "Op: " + op["name"], "Surg: " + c.spec["sur"] + " / Asst: " + asst.split()[-1], "Anaes: " + op["anaes"] + " (" + c.anaes["sur"] + ")", "",
             "Findings:", "  " + op["find"], "Procedure:"] + ["  %s" % s for s in steps[:5]] + ["", "EBL " + op["ebl"] + ". No complications.", "Plan: " + "; ".join(cs["plan"][:2]), "", c.spec["name"]]
    elif lay == 4:  # structured electronic with codes (for billing)
        t = ["%s :: Surgical Record" % c.group, "-" * 50, "Patient.......: %s" % c.name(1), "Folio.........: %s" % c.hospno, "Scheme........: %s (%s)" % (c.scheme, c.memno),
             "Procedure date: %s" % c.d(), "Start/End.....: %s / %s (%d min)" % (st0, st1, dur), "ICD-10........: %s" % cs["icd"], "Tariff codes..: %s" % ", ".join(str(r.randint(100, 3200)).zfill(4) for _ in range(r.randint(1, 3))), "-" * 50,
             "PROCEDURE", op["name"], "", "INDICATION", cs["dx"], "", "OPERATIVE FINDINGS", op["find"], "", "TECHNIQUE"] + ["%d. %s" % (i + 1, s) for i, s in enumerate(steps)] + ["", "BLOOD LOSS: " + op["ebl"], "CONDITION: stable to recovery room", "", "Electronically signed: " + c.spec["name"]]
    elif lay == 5:  # narrative with no heading at all
        t = [c.d(), "", "%s underwent %s today under %s. %s %s" % (c.name(0), op["name"].lower(), op["anaes"].lower(), op["find"], "The procedure was performed as follows: " + "; ".join(s.lower() for s in steps) + "."),
             "", "There were no intra-operative complications. Estimated blood loss %s. %s" % (op["ebl"], r.choice(["The patient was extubated and transferred to recovery in a stable condition.", "Transferred to ward in good condition.", "To high care for overnight observation."])), "", c.spec["name"]]
    else:  # surgeon op record form boxes
        t = [r.choice(["SURGEON'S OPERATION RECORD", "Operation Record Sheet", "Procedure Record"]), c.hosp, "", "Name: %s      Hosp No: %s      Ward: %s" % (c.name(2), c.hospno, c.ward),
             "Date: %s   Emergency [%s]  Elective [%s]" % (c.d(), "X" if cs["key"] in ("appx", "lscs", "nof", "renal", "chole", "preec") else " ", " " if cs["key"] in ("appx", "preec", "renal", "chole") else "X"),
             "", "Operation performed: %s" % op["name"], "Incision: %s" % r.choice(["as per procedure", "see below", "-"]), "Findings: %s" % op["find"], "Closure: %s" % steps[-1], "Drains: %s" % ("Blake drain" if cs["op"] == "lap_chole" else "nil"),
             "Specimen(s): %s" % op["spec"] + ("   Sent to: " + r.choice(LABS) if "histology" in op["spec"] or "analysis" in op["spec"] or "WLE" in op["spec"] else ""), "Antibiotic prophylaxis: %s" % cs["meds_in"][0][0], "VTE prophylaxis: %s" % r.choice(["Enoxaparin 40 mg SC from 6 h post-op", "TEDs + early mobilisation", "Rivaroxaban 10 mg"]),
             "", "Signature of surgeon: _______________  (%s)" % c.spec["name"]]
    return "\n".join(t)


# ============================ 6. PROCEDURE NOTE =============================
PROCS = [
    dict(name="Gastroscopy (OGD)", spec="Gastroenterologist", ind="Dyspepsia and epigastric pain, iron deficiency anaemia",
         tech="Topical lignocaine spray and IV midazolam %d mg. Olympus GIF scope passed under direct vision to D2." , sed=True,
         find=["Oesophagus: normal mucosa, Z-line at 38 cm, regular", "Stomach: patchy erythema of antrum; 8 mm clean-based ulcer on lesser curve incisura", "Pylorus: patent", "Duodenum: D1 and D2 normal"],
         conc="Gastric ulcer (Forrest III), antral gastritis. CLO test taken, biopsies of ulcer margin x4 to histology.", rec="Pantoprazole 40 mg bd for 8 weeks. Repeat OGD in 8 weeks. Treat H. pylori if positive."),
    dict(name="Colonoscopy", spec="Gastroenterologist", ind="Change in bowel habit and rectal bleeding; family history of colorectal cancer",
         tech="Bowel preparation: %s. IV propofol sedation administered by anaesthetist. Scope advanced to the caecum (appendix orifice and ileocaecal valve identified), terminal ileum intubated.", sed=False,
         find=["Terminal ileum: normal", "Caecum to descending colon: normal", "Sigmoid: 12 mm pedunculated polyp at 30 cm - snare polypectomy, retrieved", "Scattered sigmoid diverticula", "Rectum: small internal haemorrhoids on retroflexion"],
         conc="Sigmoid polyp removed (histology pending). Diverticular disease. Haemorrhoids.", rec="Await histology. High fibre diet. Surveillance colonoscopy 3 years depending on histology."),
    dict(name="Insertion of central venous catheter", spec="Intensivist", ind="Inotropic support and poor peripheral access",
         tech="Ultrasound-guided, full aseptic technique (cap, mask, sterile gown and gloves, chlorhexidine 2%, full drape). Local anaesthetic lignocaine 1% 5 mL. Seldinger technique.", sed=False,
         find=["Site: right internal jugular vein", "Device: 7 Fr triple-lumen CVC, 16 cm at skin", "Attempts: 1; easy guidewire passage", "All lumens aspirate and flush", "Secured with suture and transparent dressing"],
         conc="Uncomplicated R IJV CVC insertion. CXR: tip at cavo-atrial junction, no pneumothorax.", rec="Line may be used. Daily line care as per bundle."),
    dict(name="Lumbar puncture", spec="Neurologist", ind="Headache, fever and neck stiffness - exclude meningitis",
         tech="Left lateral decubitus position. Aseptic technique, lignocaine 1% infiltration. 22G spinal needle at L3/L4 interspace, first attempt.", sed=False,
         find=["Opening pressure: %d cm H2O" , "CSF: clear and colourless", "Samples: 4 tubes - MC&S, chemistry (protein/glucose), cryptococcal antigen, viral PCR", "Paired serum glucose sent"],
         conc="Uncomplicated LP. Await CSF results.", rec="Lie flat for 1 hour, oral fluids. Analgesia for post-LP headache if needed."),
    dict(name="Right knee aspiration and intra-articular injection", spec="Orthopaedic", ind="Painful effusion of the right knee, osteoarthritis",
         tech="Supine, knee extended. Superolateral approach. Skin prep with chlorhexidine, no-touch technique. 18G needle.", sed=False,
         find=["Aspirated 35 mL straw-coloured clear synovial fluid", "Injected methylprednisolone acetate 40 mg + lignocaine 1% 4 mL", "No immediate complications"],
         conc="Aspiration and steroid injection R knee. Fluid sent for crystals, cell count and MC&S.", rec="Relative rest 48 hours. Return if red, hot or increasingly painful knee."),
    dict(name="Flexible bronchoscopy with bronchoalveolar lavage", spec="Pulmonologist", ind="Persistent right upper lobe infiltrate, sputum smear negative, exclude TB / malignancy",
         tech="Topical lignocaine, IV midazolam %d mg and fentanyl 50 mcg. Scope introduced transnasally.", sed=True,
         find=["Vocal cords: normal movement", "Trachea and carina: normal", "Right bronchial tree: mucosal oedema RUL apical segment, mucopurulent secretions", "Left bronchial tree: normal", "BAL RUL: 120 mL instilled, 55 mL returned"],
         conc="Inflammatory changes RUL. BAL sent for GeneXpert, TB culture, MC&S, fungal culture and cytology.", rec="Await results. CXR post-procedure not required. Observe SpO2 2 hours."),
    dict(name="Left heart catheterisation and coronary angiography", spec="Cardiologist", ind="Stable angina, positive exercise stress ECG",
         tech="Right radial approach, 6F sheath. Heparin 5000 IU and verapamil 2.5 mg intra-arterial. JL3.5 and JR4 diagnostic catheters.", sed=False,
         find=["LVEDP 12 mmHg", "Left main: normal", "LAD: 40% mid-vessel stenosis, not flow limiting", "Circumflex: normal", "RCA: dominant, mild irregularities", "LV angiogram not performed"],
         conc="Mild-moderate non-obstructive coronary artery disease.", rec="Optimal medical therapy. Aspirin, high-intensity statin. Risk factor modification. TR band removal per protocol."),
    dict(name="Nerve conduction studies and EMG", spec="Neurologist", ind="Numbness and tingling of both hands, worse at night",
         tech="Standard motor and sensory NCS of bilateral median and ulnar nerves; concentric needle EMG of right APB and FDI. Skin temperature >32 C.", sed=False,
         find=["Right median: distal motor latency 5.8 ms (N <4.2), sensory latency prolonged, SNAP amplitude reduced", "Left median: distal motor latency 4.6 ms, sensory latency mildly prolonged", "Ulnar nerves: normal bilaterally", "EMG R APB: occasional fibrillations, reduced recruitment"],
         conc="Electrophysiological evidence of bilateral median neuropathy at the wrist (carpal tunnel syndrome), moderate-severe on the right, mild on the left.", rec="Wrist splints at night. Refer for right carpal tunnel release."),
    dict(name="Ultrasound-guided diagnostic and therapeutic pleural tap", spec="Pulmonologist", ind="Right pleural effusion, ?TB ?malignancy",
         tech="Seated, leaning forward. Ultrasound marking of 8th intercostal space posterior axillary line. Lignocaine 1% 10 mL. Aseptic technique.", sed=False,
         find=["Aspirated 900 mL straw-coloured fluid", "Samples: protein, LDH, ADA, glucose, MC&S, GeneXpert, cytology", "Procedure stopped due to cough"],
         conc="Uncomplicated therapeutic pleural aspiration.", rec="Post-procedure CXR. Await fluid results (Light's criteria, ADA)."),
    dict(name="Bone marrow aspirate and trephine biopsy", spec="Physician", ind="Pancytopenia for investigation",
         tech="Right lateral position. Posterior superior iliac crest. Lignocaine 2% 10 mL. Jamshidi needle.", sed=False,
         find=["Aspirate: easily obtained, particulate", "Trephine: 18 mm core obtained", "Slides and EDTA sample for flow cytometry sent"],
         conc="Successful BMAT. Samples sent to haematopathology.", rec="Pressure dressing 24 hours. Paracetamol for pain."),
]


def g_procedure_note(c):
    r = c.r
    p = r.choice(PROCS)
    doc = make_doctor(r, p["spec"], c.city)
    tech = p["tech"] % r.randint(2, 5) if "%d" in p["tech"] else (p["tech"] % r.choice(["Picoprep", "Moviprep", "Klean-Prep"]) if "%s" in p["tech"] else p["tech"])
    find = [f % r.randint(12, 28) if "%d" in f else f for f in p["find"]]
    tt = tm(r, 1, 7, 17)
    lay = r.randint(0, 6)
    if lay == 0:  # endoscopy unit style
        t = [c.hosp + " " + r.choice(["Endoscopy Unit", "Procedure Unit", "Day Ward", "Cardiac Cath Lab", "Neurophysiology"]), "", pt_block(c, 2), "",
             "Procedure: " + p["name"], "Date: %s   Time: %s" % (c.d(), tt), "Endoscopist/Operator: " + doc["name"], "Referring doctor: " + c.gp["name"], "Indication: " + p["ind"], "Consent: obtained, risks explained",
             "Sedation/Anaesthesia: " + r.choice(["as below", "conscious sedation", "local only", "propofol (anaesthetist)"]), "", c.H("Technique"), tech, "", c.H("Findings")] + find + ["", c.H("Conclusion"), p["conc"], "", c.H("Recommendations"), p["rec"], "", doc["name"] + "   " + doc["title"]]
    elif lay == 1:  # bedside note
        t = ["%s %s  PROCEDURE NOTE" % (c.d(), tt) if r.random() < 0.5 else "%s %s" % (c.d(), tt), "Procedure: " + p["name"], "Indication: " + p["ind"], "Verbal/written consent obtained. Time-out performed.", "",
             tech] + ["- " + f for f in find] + ["Complications: " + r.choice(["None", "Nil immediate", "None apparent"]), "", p["conc"], "Plan: " + p["rec"], "", doc["name"]]
    elif lay == 2:  # report letter
        t = [letterhead(c, doc), "", c.d(), "", "Dear Dr %s" % c.gp["sur"], "", "RE: %s  (%s)" % (c.name(0), c.dobs()), "",
             "Thank you for asking me to perform %s on %s. The indication was %s." % (p["name"].lower(), c.pt(), p["ind"].lower()), "",
             tech + " " + ". ".join(find) + ".", "", "Conclusion: " + p["conc"], "", p["rec"], "", sign(c, doc, style=r.choice([0, 1]))]
    elif lay == 3:  # tabular structured
        t = ["PROCEDURE REPORT  ::  " + p["name"].upper(), "=" * 56, "%-18s%s" % ("Patient", c.name(1)), "%-18s%s" % ("DOB", c.dobs()), "%-18s%s" % ("Procedure date", c.d()), "%-18s%s" % ("Performed by", doc["name"]),
             "%-18s%s" % ("Assistant", r.choice(["Sr " + c.rname("F"), "n/a", "Dr " + c.rname()])), "%-18s%s" % ("ICD-10", r.choice(["K25.3", "K63.5", "R51", "M17.1", "R91", "G56.0", "J90", "D61.9", "I25.1", "A41.9"])), "=" * 56, "INDICATION: " + p["ind"], "", "TECHNIQUE: " + tech, "", "FINDINGS:"] + ["  %d. %s" % (i + 1, f) for i, f in enumerate(find)] + ["", "IMPRESSION: " + p["conc"], "PLAN: " + p["rec"]]
    elif lay == 4:  # short handwritten
        t = [p["name"].split(" (")[0].upper() if r.random() < 0.5 else "Proc:", c.name(4) + ", " + str(c.age), "", "Ind: " + p["ind"], "Find: " + "; ".join(find[:3]), "Imp: " + p["conc"], "Rx: " + p["rec"].split(".")[0], "", doc["name"] + " " + tt]
    elif lay == 5:  # with sedation monitoring block
        t = [hosp_header(c, 2), "", "%s - %s" % (p["name"], c.d()), pt_block(c, 1), "", "Pre-procedure: " + vitals_line(c, 0).replace(c.case["vit"][0], "36.6"), "ASA: " + r.choice(["I", "II", "III"]) + "   Fasted: yes   Allergies: " + c.allergy, "",
             "Medications administered:", "  " + r.choice(["Midazolam %d mg IV" % r.randint(2, 5), "Propofol %d mg IV (titrated)" % r.randint(80, 220), "Lignocaine 1% local"]), "  " + r.choice(["Fentanyl 50 mcg IV", "Nil further", "Buscopan 20 mg IV"]), "",
             "Procedure details: " + tech, "Findings: " + " | ".join(find), "", "Post-procedure: stable, sats %d%% RA, discharged from recovery at %s" % (r.randint(95, 99), tm(r, 0, 10, 18)), "", "Summary: " + p["conc"], "Follow-up: " + p["rec"], "", "Signed " + doc["name"]]
    else:  # narrative single paragraph
        t = [doc["name"] + ", " + doc["title"], c.d(), "", "%s. %s, %s. Indication: %s. %s %s. %s %s" % (p["name"], c.name(2), c.agesex(), p["ind"], tech, ". ".join(find), p["conc"], p["rec"])]
    return "\n".join(t)


# ============================ 7. LAB REPORT =================================
def case_panels(c):
    r, cs = c.r, c.case
    base = ["FULL BLOOD COUNT", "UREA, ELECTROLYTES & CREATININE"]
    extra = {"cap": ["C-REACTIVE PROTEIN"], "nstemi": ["CARDIAC MARKERS", "LIPOGRAM (FASTING)"], "appx": ["C-REACTIVE PROTEIN"], "chole": ["LIVER FUNCTION TESTS", "C-REACTIVE PROTEIN"],
             "dka": ["DIABETIC MONITORING", "MAGNESIUM, CALCIUM, PHOSPHATE"], "nof": ["COAGULATION"], "copd": ["C-REACTIVE PROTEIN"], "stroke": ["LIPOGRAM (FASTING)", "DIABETIC MONITORING"],
             "tbhiv": ["LIVER FUNCTION TESTS", "C-REACTIVE PROTEIN"], "pyelo": ["C-REACTIVE PROTEIN"], "gastro": [], "preec": ["LIVER FUNCTION TESTS"], "breast": ["LIVER FUNCTION TESTS"],
             "knee": ["COAGULATION"], "renal": ["MAGNESIUM, CALCIUM, PHOSPHATE"], "af": ["THYROID FUNCTION", "MAGNESIUM, CALCIUM, PHOSPHATE"], "hf": ["CARDIAC MARKERS", "LIVER FUNCTION TESTS"]}[cs["key"]]
    ps = base + extra
    k = r.randint(1, len(ps))
    return ps[:k] if r.random() < 0.5 else r.sample(ps, k)


def lab_head(c, lab, doc, st):
    r = c.r
    labno = "%s%08d" % (r.choice(["", "L", "JH", "CT", "DB", "R"]), r.randint(0, 99999999))
    col = "%s %s" % (c.d(), tm(r, 0, 6, 20))
    rec = "%s %s" % (c.d(), tm(r, 0, 8, 22))
    rep = "%s %s" % (c.d(c.later(r.randint(0, 1))), tm(r, 0))
    if st == 0:
        return "\n".join([lab.upper(), "Pathologists - Practice No %07d" % r.randint(100000, 9999999), "%s   Tel %s" % (c.cd["name"], phone(r, c.cd["code"])), "",
                          "%-40s %s" % ("Patient: " + c.name(1), "Lab No: " + labno), "%-40s %s" % ("DOB: %s  Sex: %s" % (c.dobs(), c.sex), "Collected: " + col),
                          "%-40s %s" % ("Ref Dr: " + doc["name"], "Received: " + rec), "%-40s %s" % ("Ward/Loc: " + r.choice([c.hosp, c.ward, "Rooms"]), "Reported: " + rep),
                          "%-40s %s" % ("Med Aid: " + c.scheme, "Member: " + c.memno)])
    if st == 1:
        return "\n".join(["%s     %s" % (lab, r.choice(["FINAL REPORT", "Laboratory Report", "PATIENT REPORT", "Report (final)"])), "-" * 70,
                          "Name %s | Age %d | %s | Ref %s | Episode %s" % (c.name(3), c.age, c.sex, doc["name"], labno), "Specimen collected %s  Reported %s" % (col, rep), "-" * 70])
    return "\n".join(["%s - %s" % (lab, c.cd["name"]), "Patient : %s (%s)" % (c.name(2), c.idno), "Doctor  : %s   cc: %s" % (doc["name"], c.gp["name"]), "Request : %s   Date: %s" % (labno, col)])


def g_lab_report(c):
    r, cs = c.r, c.case
    lab = r.choice(LABS)
    doc = c.spec if r.random() < 0.6 else c.gp
    lay = r.randint(0, 7)
    if lay in (0, 1):  # classic panels
        t = [lab_head(c, lab, doc, lay), ""]
        for pn in case_panels(c):
            t.append(pn if r.random() < 0.7 else pn.title())
            if lay == 0:
                t.append("%-22s %10s %4s  %-14s %s" % ("Test", "Result", "", "Units", "Reference range"))
            for test in PANELS[pn]:
                v, u, ref, fl = lab_value(r, test, cs, c.sex)
                t.append("%-22s %10s %4s  %-14s %s" % (test, v, fl, u, ref))
            if pn == "FULL BLOOD COUNT" and r.random() < 0.5:
                t.append("Smear: " + r.choice(["Normochromic normocytic red cells.", "Neutrophilia with toxic granulation.", "No abnormal cells seen.", "Mild anisocytosis."]))
            t.append("")
        if r.random() < 0.5:
            t.append("Comment: " + r.choice(["Results phoned to %s at %s by %s." % (r.choice(["Sr on duty", "Dr " + doc["sur"], "rooms"]), tm(r, 1), r.choice(["TM", "NK", "lab tech", "PD"])),
                                             "eGFR calculated using CKD-EPI equation.", "Haemolysed specimen - potassium may be falsely elevated.", "Please note change in reference range from 01/03."]))
        t += ["", r.choice(["Authorised by: Dr %s (Pathologist)" % c.rname(), "Validated electronically", "*** END OF REPORT ***", "Results relate only to the specimen received."])]
    elif lay == 2:  # microbiology
        org = r.choice([("Escherichia coli", ["Ampicillin R", "Amoxicillin-clavulanate S", "Cefuroxime S", "Ceftriaxone S", "Ciprofloxacin S", "Nitrofurantoin S", "Gentamicin S", "Co-trimoxazole R"]),
                        ("Klebsiella pneumoniae (ESBL)", ["Ampicillin R", "Ceftriaxone R", "Ciprofloxacin R", "Ertapenem S", "Meropenem S", "Amikacin S", "Nitrofurantoin I"]),
                        ("Staphylococcus aureus", ["Cloxacillin S", "Clindamycin S", "Erythromycin S", "Co-trimoxazole S", "Vancomycin S"]),
                        ("Streptococcus pneumoniae", ["Penicillin S", "Ceftriaxone S", "Erythromycin R", "Vancomycin S"])])
        spc = r.choice(["Urine (midstream)", "Urine (catheter)", "Blood culture (aerobic bottle)", "Pus swab - wound", "Sputum"])
        t = [lab_head(c, lab, doc, 2), "", "MICROBIOLOGY" if r.random() < 0.6 else "Culture and sensitivity", "Specimen: " + spc, ""]
        if spc.startswith("Urine"):
            t += ["Appearance: " + r.choice(["Turbid", "Slightly turbid", "Clear"]), "Leucocytes: %d x10^6/L" % r.randint(80, 900), "Erythrocytes: %d x10^6/L" % r.randint(5, 200), "Epithelial cells: " + r.choice(["Scanty", "Nil", "+"]), ""]
        elif spc.startswith("Blood"):
            t += ["Time to positivity: %d h" % r.randint(9, 30), "Gram stain: " + ("Gram negative bacilli" if org[0][0] in "EK" else "Gram positive cocci"), ""]
        else:
            t += ["Gram stain: pus cells ++, " + ("Gram negative bacilli" if org[0][0] in "EK" else "Gram positive cocci"), ""]
        t += ["Culture: " + org[0] + (" >10^5 cfu/mL" if spc.startswith("Urine") else ""), "", "SUSCEPTIBILITY (S=sensitive I=intermediate R=resistant)"] + ["  %-28s %s" % tuple(x.rsplit(" ", 1)) for x in org[1]]
        t += ["", r.choice(["Interpretation according to CLSI guidelines.", "EUCAST breakpoints applied.", "Please discuss with microbiologist if required."])]
    elif lay == 3:  # blood gas printout
        ph = "7.08" if cs["key"] == "dka" else ("7.34" if cs["key"] == "copd" else "%.2f" % r.uniform(7.36, 7.44))
        t = [r.choice(["ABL800 FLEX", "RAPIDPoint 500", "GEM Premier 4000", "Blood Gas Analyser"]) + "   " + c.hosp, "Patient ID: " + c.hospno + "   " + c.name(3), "Sample type: " + r.choice(["Arterial", "Venous", "Arterial"]) + "   FiO2: " + r.choice(["21%", "28%", "35%", "0.21"]), "Date/time: %s %s" % (c.d(), tm(r, 0)), "",
             "pH          %s     [7.35 - 7.45]" % ph, "pCO2        %.1f kPa [4.7 - 6.0]" % (7.1 if cs["key"] == "copd" else r.uniform(2.1, 4.2) if cs["key"] == "dka" else r.uniform(4.6, 5.9)),
             "pO2         %.1f kPa [10 - 13]" % r.uniform(7.5, 12.5), "HCO3-       %.1f mmol/L [22 - 26]" % (7 if cs["key"] == "dka" else r.uniform(22, 30)), "BE          %.1f mmol/L" % (-22 if cs["key"] == "dka" else r.uniform(-2, 4)),
             "sO2         %.0f %%" % r.uniform(86, 99), "Na+         %d mmol/L" % r.randint(130, 142), "K+          %.1f mmol/L" % r.uniform(3.4, 5.6), "Cl-         %d mmol/L" % r.randint(96, 108), "Glu         %.1f mmol/L" % (32.4 if cs["key"] == "dka" else r.uniform(4.5, 9.8)), "Lac         %.1f mmol/L" % r.uniform(0.6, 3.2), "", "Operator: " + c.author_init + "   Temp corrected 37.0 C"]
    elif lay == 4:  # HIV monitoring
        cd4 = r.randint(120, 240) if cs["key"] == "tbhiv" else r.randint(350, 980)
        vl = r.choice(["84 000", "12 400", "<20 (target not detected)", "<40", "310"]) if cs["key"] != "tbhiv" else "84 000"
        t = [lab_head(c, lab, doc, r.choice([0, 2])), "", "IMMUNOLOGY / VIROLOGY", "", "CD4 COUNT (Flow cytometry)", "  CD4 absolute   %d cells/uL    (500 - 2010)" % cd4, "  CD4 %%         %d %%            (30 - 60)" % r.randint(8, 32), "",
             "HIV-1 VIRAL LOAD (PCR)", "  Result:  %s copies/mL" % vl, "  Log10:   %s" % ("4.92" if vl == "84 000" else "-"), "  Assay: " + r.choice(["Roche cobas 6800", "Abbott m2000", "Cepheid Xpert HIV-1 VL"]), "",
             "Comment: " + r.choice(["Viral load suppressed." if "<" in vl else "Detectable viral load - assess adherence.", "Repeat in 3 months as per guidelines."])]
    elif lay == 5:  # hospital result view
        t = ["RESULTS INQUIRY  -  %s" % c.hosp, "Pt: %s  MRN: %s  Loc: %s" % (c.name(1), c.hospno, c.ward), ""]
        d1 = c.date
        for pn in case_panels(c):
            for test in PANELS[pn][:r.randint(min(2, len(PANELS[pn])), len(PANELS[pn]))]:
                v, u, ref, fl = lab_value(r, test, cs, c.sex)
                t.append("%s %s  %-18s %8s %s %s (%s)" % (c.d(d1, 0), tm(r, 0), test, v, "*" + fl if fl else "  ", u, ref))
        t += ["", "Source: " + lab, "Printed for clinical use only"]
    elif lay == 6:  # single test with interpretive comment
        test = r.choice(["HbA1c", "TSH", "Troponin T", "CRP", "Glucose"])
        v, u, ref, fl = lab_value(r, test, cs, c.sex)
        t = [lab_head(c, lab, doc, 2), "", "%s: %s %s  %s   (ref: %s)" % (test, v, u, fl, ref), "",
             "Interpretive comment: " + {"HbA1c": "HbA1c >6.5% is consistent with diabetes mellitus (SEMDSA). For monitoring, target generally <7%.", "TSH": "Euthyroid if free T4 normal.", "Troponin T": "hs-cTnT >14 ng/L exceeds the 99th percentile. Serial testing (0/1h or 0/3h) recommended.", "CRP": "CRP should be interpreted in clinical context.", "Glucose": "Random glucose; fasting sample preferred for diagnosis."}[test],
             "", "Dr " + c.rname() + " " + r.choice(["MBChB FCPath(SA) Chem", "MMed(Clin Path)", "FCPath(SA) Haem"])]
    else:  # cumulative
        dates = [c.later(i) for i in range(r.randint(3, 5))]
        t = [lab + " - CUMULATIVE REPORT", "%s   %s   DOB %s" % (c.name(1), c.hospno, c.dobs()), "", "%-16s" % "" + "".join("%-12s" % c.d(d, 0)[:5] for d in dates) + "Units   Ref"]
        for pn in case_panels(c)[:2]:
            for test in PANELS[pn][:5]:
                vals = []
                for i in range(len(dates)):
                    v, u, ref, fl = lab_value(r, test, cs if i < 2 else None, c.sex)
                    vals.append((v + fl).ljust(12))
                t.append("%-16s" % test + "".join(vals) + "%-8s%s" % (LABT[test][0], ref))
        t += ["", "H = above reference range, L = below reference range"]
    return "\n".join(t)


# ============================ 8. IMAGING REPORT =============================
IMG = {
    "cxr_pneumonia": dict(mod="X-RAY", exam="Chest PA and lateral", clin="Fever, cough, R chest pain", tech="",
                          find=["Dense airspace consolidation in the right lower lobe with air bronchograms.", "No pleural effusion. No pneumothorax.", "Heart size normal. Mediastinum central.", "Bony thorax intact."],
                          imp="Right lower lobe pneumonia. Follow-up radiograph in 6 weeks recommended to confirm resolution."),
    "cxr_copd": dict(mod="X-RAY", exam="Chest (AP portable)", clin="SOB, known COPD", tech="",
                     find=["Hyperinflated lungs with flattened hemidiaphragms.", "Increased retrosternal airspace.", "No focal consolidation, effusion or pneumothorax.", "Cardiac silhouette narrow and vertical."],
                     imp="Features of COPD. No acute pathology."),
    "cxr_tb": dict(mod="X-RAY", exam="Chest PA", clin="Chronic cough, weight loss, HIV+", tech="",
                   find=["Patchy consolidation in the right upper lobe with a 3 cm thick-walled cavity.", "Small nodular opacities in the left mid zone.", "Right hilar lymphadenopathy.", "No pleural effusion."],
                   imp="Findings in keeping with active pulmonary tuberculosis."),
    "cxr_hf": dict(mod="X-RAY", exam="Chest PA erect", clin="Dyspnoea, orthopnoea", tech="",
                   find=["Cardiomegaly, CTR 0.62.", "Upper lobe blood diversion and Kerley B lines.", "Small bilateral pleural effusions blunting the costophrenic angles.", "No focal consolidation."],
                   imp="Cardiomegaly with pulmonary venous congestion and interstitial oedema, bilateral small effusions."),
    "echo_lv": dict(mod="ECHOCARDIOGRAM", exam="Transthoracic echocardiogram", clin="NSTEMI", tech="2D, M-mode, colour and spectral Doppler",
                    find=["LV: normal dimensions (LVIDd 50 mm). Hypokinesia of mid and apical anterior wall and anteroseptum.", "LVEF 48% (Simpson's biplane).", "RV: normal size and function, TAPSE 21 mm.", "Valves: mild MR, trivial TR. Aortic valve trileaflet.", "No pericardial effusion."],
                    imp="Regional wall motion abnormality in LAD territory, mildly reduced LV systolic function."),
    "echo_af": dict(mod="ECHOCARDIOGRAM", exam="TTE", clin="New AF", tech="Limited by irregular rhythm",
                    find=["LA mildly dilated (44 mm, LAVI 38 mL/m2).", "LV normal size, concentric remodelling, EF 55%.", "No significant valvular disease. No LA thrombus seen (TTE not sensitive for LAA).", "IVC normal with respiratory variation."],
                    imp="Mild left atrial enlargement. Preserved LV function. Structurally normal valves."),
    "us_appx": dict(mod="ULTRASOUND", exam="Abdomen - right iliac fossa", clin="RIF pain, raised WCC", tech="Graded compression, linear and curvilinear probes",
                    find=["Blind-ending, non-compressible tubular structure in the RIF measuring 9 mm in diameter.", "Surrounding echogenic inflamed fat and a small amount of free fluid.", "No appendicolith seen.", "No collection."],
                    imp="Sonographic features of acute appendicitis."),
    "us_gb": dict(mod="ULTRASOUND", exam="Upper abdomen", clin="RUQ pain, fever", tech="",
                  find=["Gallbladder distended with wall thickening (5 mm) and pericholecystic fluid.", "Multiple mobile calculi, the largest 14 mm. Positive sonographic Murphy's sign.", "CBD 5 mm, intrahepatic ducts not dilated.", "Liver: increased echogenicity consistent with fatty infiltration.", "Pancreas partially obscured by bowel gas. Kidneys and spleen normal."],
                  imp="Acute calculous cholecystitis. Hepatic steatosis."),
    "us_kidney": dict(mod="ULTRASOUND", exam="Kidneys, ureters and bladder", clin="Pyelonephritis", tech="",
                      find=["Right kidney 11.2 cm, left kidney 11.8 cm.", "Left kidney mildly swollen with reduced corticomedullary differentiation.", "No hydronephrosis, calculi or perinephric collection.", "Bladder partially filled, normal wall."],
                      imp="Mild swelling of the left kidney compatible with pyelonephritis. No obstruction or abscess."),
    "ct_brain_stroke": dict(mod="CT", exam="Brain non-contrast", clin="L hemiparesis, wake-up stroke", tech="Axial 5 mm sections, no IV contrast",
                            find=["Loss of grey-white differentiation in the right insular cortex and right lentiform nucleus.", "Subtle hypodensity right frontal and parietal lobes in MCA territory, ASPECTS 7.", "Hyperdense right MCA sign not seen.", "No intracranial haemorrhage. No midline shift.", "Periventricular white matter hypodensities (small vessel disease)."],
                            imp="Acute right MCA territory infarct. No haemorrhage."),
    "xr_hip": dict(mod="X-RAY", exam="Pelvis AP and left hip lateral", clin="Fall, L hip pain, shortened ER leg", tech="",
                   find=["Displaced subcapital fracture of the left femoral neck.", "Osteopenic bones.", "Right hip: mild degenerative change.", "Pubic rami intact."],
                   imp="Displaced subcapital fracture left neck of femur (Garden IV)."),
    "xr_knee": dict(mod="X-RAY", exam="Right knee AP standing and lateral", clin="Chronic knee pain, pre-op", tech="",
                    find=["Severe medial compartment joint space narrowing with bone-on-bone contact.", "Marginal osteophytes in all three compartments.", "Subchondral sclerosis and cysts of medial tibial plateau.", "Varus alignment. No fracture."],
                    imp="Severe tricompartmental osteoarthritis, medial predominant."),
    "mammo": dict(mod="MAMMOGRAPHY", exam="Bilateral mammogram and targeted left breast ultrasound", clin="Palpable L breast lump", tech="CC and MLO views, tomosynthesis",
                  find=["Breast composition: ACR category B (scattered fibroglandular densities).", "Left breast: 22 mm irregular spiculated mass at 2 o'clock, 6 cm from the nipple, with associated pleomorphic microcalcifications.", "Ultrasound: irregular hypoechoic mass 21 x 18 x 16 mm, non-parallel, posterior shadowing.", "Left axilla: no abnormal lymph nodes.", "Right breast: no suspicious mass or calcification."],
                  imp="Left breast BI-RADS 5 - highly suggestive of malignancy. Ultrasound-guided core biopsy recommended."),
    "us_obs": dict(mod="ULTRASOUND", exam="Obstetric - growth and Doppler", clin="Pre-eclampsia at 35 weeks", tech="",
                   find=["Single live intrauterine fetus, cephalic presentation.", "BPD 85 mm, HC 312 mm, AC 292 mm, FL 65 mm. EFW 2 380 g (10th centile).", "AFI 9 cm.", "Umbilical artery PI 1.12 (normal), MCA PI normal.", "Placenta fundal, no previa."],
                   imp="Fetus at 10th centile with normal Dopplers. Adequate liquor."),
    "ct_kub": dict(mod="CT", exam="KUB (non-contrast, low dose)", clin="L renal colic, haematuria", tech="Low-dose helical acquisition",
                   find=["7 x 5 mm calculus at the left vesico-ureteric junction (density 1050 HU).", "Mild left hydroureteronephrosis with perinephric stranding.", "Right kidney: 3 mm non-obstructing lower pole calculus.", "Appendix normal. No free fluid."],
                   imp="Obstructing 7 mm left VUJ calculus with mild hydronephrosis. Small right renal calculus."),
    "mri_lspine": dict(mod="MRI", exam="Lumbar spine", clin="Low back pain radiating to L leg, L5 dermatome", tech="Sagittal T1, T2, STIR; axial T2",
                       find=["Normal lumbar lordosis and alignment.", "L4/5: broad-based disc bulge with left paracentral extrusion compressing the traversing left L5 nerve root.", "L5/S1: disc desiccation, no neural compromise.", "Conus terminates normally at L1.", "No marrow oedema or destructive lesion."],
                       imp="L4/5 left paracentral disc extrusion with compression of the left L5 nerve root."),
    "ctpa": dict(mod="CT", exam="CT pulmonary angiogram", clin="Pleuritic chest pain, tachycardia, raised D-dimer", tech="Bolus-tracked contrast-enhanced CT, 80 mL Omnipaque 350",
                 find=["Filling defects in the right lower lobe segmental and subsegmental pulmonary arteries.", "RV:LV ratio 0.9 - no CT evidence of right heart strain.", "Small wedge-shaped peripheral opacity RLL (possible infarct).", "No pleural effusion."],
                 imp="Acute right lower lobe pulmonary emboli without right heart strain."),
    "doppler": dict(mod="ULTRASOUND", exam="Left lower limb venous Doppler", clin="Swollen painful L calf", tech="Compression and colour Doppler",
                    find=["Non-compressible left popliteal and posterior tibial veins with echogenic intraluminal thrombus.", "Common femoral and femoral veins compressible with normal phasic flow.", "Right CFV normal."],
                    imp="Acute left popliteal and calf deep vein thrombosis."),
    "dexa": dict(mod="BONE DENSITOMETRY", exam="DXA lumbar spine and hips", clin="Postmenopausal, screening", tech="Hologic Horizon",
                 find=["L1-L4 BMD 0.742 g/cm2, T-score -2.8, Z-score -1.4", "Left total hip BMD 0.701 g/cm2, T-score -2.1", "Left femoral neck T-score -2.4", "FRAX (SA): major osteoporotic fracture 14%, hip 4.1%"],
                 imp="Osteoporosis (WHO criteria) at the lumbar spine. Osteopenia at the hip."),
    "bonescan": dict(mod="NUCLEAR MEDICINE", exam="Whole body bone scintigraphy", clin="Prostate carcinoma, PSA 38, staging", tech="740 MBq Tc-99m MDP IV, delayed images at 3 h",
                     find=["Multiple foci of increased tracer uptake in the thoracic spine (T6, T9), right 7th rib posteriorly and left iliac bone.", "Degenerative uptake in both knees.", "Kidneys and bladder visualised normally."],
                     imp="Multiple osseous metastases."),
}
FEMALE_IMG = {"mammo", "us_obs", "dexa"}
MALE_IMG = {"bonescan"}


def g_imaging_report(c):
    r, cs = c.r, c.case
    key = cs["img"] if cs["img"] and r.random() < 0.6 else r.choice(list(IMG))
    if key in FEMALE_IMG and c.sex == "M" or key in MALE_IMG and c.sex == "F" or (c.child and key not in ("cxr_pneumonia", "us_appx", "us_kidney")):
        key = r.choice(["cxr_pneumonia", "us_appx", "us_kidney"] if c.child else ["cxr_copd", "mri_lspine", "ctpa", "doppler", "ct_kub", "xr_knee"])
    im = IMG[key]
    rad = make_doctor(r, "Radiologist", c.city)
    ref = c.spec if r.random() < 0.6 else c.gp
    practice = r.choice(RADS)
    acc = "%s%07d" % (r.choice(["", "ACC", "RIS", "A"]), r.randint(0, 9999999))
    find = im["find"][:]
    lay = r.randint(0, 6)
    if lay == 0:  # classic private radiology practice
        t = [practice.upper(), "Practice No %07d  |  %s, %s  |  Tel %s" % (r.randint(100000, 9999999), c.hosp, c.cd["name"], phone(r, c.cd["code"])), "",
             "Patient: %s     DOB: %s     Acc No: %s" % (c.name(1), c.dobs(), acc), "Referring doctor: %s" % ref["name"], "Examination date: %s" % c.d(), "", im["exam"].upper() if im["mod"] in im["exam"].upper() else (im["mod"] + ": " + im["exam"]).upper(), "",
             sec(c, "Clinical information", im["clin"]), ""] + ([sec(c, "Technique", im["tech"]), ""] if im["tech"] else []) + [c.H("Findings")] + find + ["", c.H("Impression"), im["imp"], "", rad["name"] + "  " + rad["quals"], r.choice(["Reported: " + c.d(), "Electronically signed", ""])]
    elif lay == 1:  # dear doctor letter
        t = [practice, "", c.d(), "Dear Dr %s," % ref["sur"], "", "RE: %s  -  %s" % (c.name(0), im["exam"]), "", "Thank you for referring this patient. " + ("Clinical history: " + im["clin"] + ". " if r.random() < 0.7 else ""),
             " ".join(find), "", "IMPRESSION: " + im["imp"], "", "Kind regards,", rad["name"]]
    elif lay == 2:  # hospital RIS printout
        t = ["%s - Department of Radiology" % c.hosp, "=" * 60, "MRN %s | %s | %s | %d%s" % (c.hospno, c.name(3), c.dobs(), c.age, c.sex), "Order: %s  Modality: %s  Priority: %s" % (acc, im["mod"], r.choice(["Routine", "Urgent", "STAT"])),
             "Performed: %s %s  Ward: %s" % (c.d(), tm(r, 0), c.ward), "=" * 60, "", "EXAM: " + im["exam"], "HISTORY: " + im["clin"], "COMPARISON: " + r.choice(["None available.", "Prior study %s." % c.d(c.later(-r.randint(60, 900))), "None."]), "", "FINDINGS:"] + ["  " + f for f in find] + ["", "CONCLUSION:", "  " + im["imp"], "", "Dictated: " + rad["name"] + "   Verified: " + c.d()]
    elif lay == 3:  # brief single-paragraph
        t = [im["exam"] + " - " + c.d(), c.name(2) + ", " + str(c.age), "", " ".join(find) + " " + r.choice(["Impression: ", "Conclusion: ", "Opinion: ", ""]) + im["imp"], "", rad["name"]]
    elif lay == 4:  # numbered findings with comment
        t = [letterhead(c, rad, 2), "", "PATIENT: " + c.name(1), "REFERRER: " + ref["name"], "DATE: " + c.d(), "STUDY: " + im["exam"], ""] + ["%d. %s" % (i + 1, f) for i, f in enumerate(find)] + ["", "COMMENT:", im["imp"], "", r.choice(["Clinical correlation advised.", "Images available on PACS.", "Thank you for the referral.", ""]), rad["name"]]
    elif lay == 5:  # echo/measurement style table for echo/dexa; else standard
        t = [c.hosp + " " + r.choice(["Imaging", "X-Ray Dept", "Radiology", "Cardiac Investigations"]), "%s  |  %s  |  %s" % (im["mod"], im["exam"], c.d()), pt_block(c, 1, ["Patient", "DOB", "Hosp No", "Medical Aid"]), "",
             "Indication - " + im["clin"], "", "Report -"] + ["  - " + f for f in find] + ["", "Summary - " + im["imp"], "", "Reporting doctor: " + rad["name"] + " (" + rad["title"] + ")"]
    else:  # OCR'd fax with ICD & billing line
        t = ["%s  FAX: %s" % (practice, phone(r, c.cd["code"])), "To: %s  Fax: %s" % (ref["name"], ref["fax"]), "", "%s   %s   ICD-10: %s" % (c.name(3), c.d(), cs["icd"] if cs["img"] == key else r.choice(["R52", "R07.4", "M54.5", "R10.4"])), "",
             im["exam"].upper(), "", "Findings: " + " ".join(find), "", "IMPRESSION:", im["imp"], "", "Codes: %s" % ", ".join(str(r.randint(30000, 39999)) for _ in range(r.randint(1, 3))), rad["name"]]
    return "\n".join(t)


# ============================ 9. PATHOLOGY REPORT ===========================
PATH = [
    dict(k="appx", spec="Appendix", clin="Acute appendicitis", macro="Appendix measuring 65 mm in length and up to 10 mm in diameter. The serosa is congested with a fibrinopurulent exudate. The lumen contains pus. No perforation identified. Representative sections including tip and resection margin submitted in 2 blocks.",
         micro="Sections show transmural acute inflammation with mucosal ulceration, neutrophilic infiltration of the muscularis propria and serositis. No granulomas, dysplasia or neoplasia.", dx="Appendix: acute suppurative appendicitis with periappendicitis. No evidence of malignancy.", snomed="T-66000 M-41000"),
    dict(k="chole", spec="Gallbladder", clin="Acute cholecystitis, calculi", macro="Opened gallbladder 85 x 35 mm with wall thickness up to 6 mm. Mucosa ulcerated and green-black. Contains 14 mixed faceted calculi, largest 14 mm. Cystic duct lymph node not identified.",
         micro="Gallbladder wall shows mucosal ulceration, oedema, haemorrhage and acute inflammation on a background of Rokitansky-Aschoff sinuses and mural fibrosis. No dysplasia.", dx="Gallbladder: acute on chronic cholecystitis with cholelithiasis. No dysplasia or malignancy.", snomed="T-63000 M-43000"),
    dict(k="breast", spec="1. Left breast wide local excision (orientated)  2. Left axillary sentinel lymph nodes", clin="L breast carcinoma, core Bx IDC", macro="1. Fibrofatty specimen 70 x 55 x 40 mm, orientated with short suture superior and long suture lateral. Inked: superior blue, inferior black, medial green, lateral yellow, anterior red, deep orange. A firm grey-white stellate tumour 21 x 18 x 17 mm is present, 8 mm from the nearest (deep) margin. 2. Two lymph nodes, 12 and 8 mm, bisected and submitted entirely.",
         micro="1. Invasive carcinoma of no special type, Nottingham grade 2 (tubules 3, pleomorphism 2, mitoses 1 = 6/9). Associated DCIS, intermediate grade, cribriform, comprising <10% of tumour. No lymphovascular invasion. Margins clear: deep 8 mm, superior 12 mm, others >10 mm. 2. Both lymph nodes negative for metastatic carcinoma (0/2) on H&E and cytokeratin immunohistochemistry.",
         dx="Left breast: invasive carcinoma NST, grade 2, 21 mm, margins clear. Sentinel nodes 0/2. pT2 pN0(sn). ER positive (Allred 8/8), PR positive (6/8), HER2 negative (IHC 1+), Ki-67 15%.", snomed="T-04000 M-85003"),
    dict(k="colon", spec="Sigmoid colon (anterior resection)", clin="Sigmoid carcinoma on colonoscopy", macro="Segment of colon 220 mm long with attached mesentery. An ulcerating circumferential tumour 45 mm is present, 70 mm from the distal margin. Tumour extends into pericolic fat. 18 lymph nodes identified.",
         micro="Moderately differentiated adenocarcinoma invading through the muscularis propria into the pericolic adipose tissue (pT3). Lymphovascular invasion present; no perineural invasion. 2 of 18 lymph nodes contain metastatic carcinoma. Proximal, distal and circumferential margins clear (CRM 6 mm). Mismatch repair proteins (MLH1, PMS2, MSH2, MSH6) retained.", dx="Sigmoid colon: adenocarcinoma, moderately differentiated, pT3 pN1b (2/18), margins clear, MMR proficient.", snomed="T-67700 M-81403"),
    dict(k="skin", spec="Skin ellipse, left nasal sidewall", clin="Pearly nodule with telangiectasia ?BCC", macro="Skin ellipse 14 x 7 mm excised to a depth of 4 mm bearing a pearly nodule 5 mm. Long suture marks 12 o'clock. Serially sliced and submitted entirely.",
         micro="Nodular aggregates of basaloid cells with peripheral palisading and retraction artefact arising from the epidermis, confined to the dermis. No perineural invasion. Closest peripheral margin 1.2 mm (3 o'clock), deep margin 1.5 mm.", dx="Skin, left nasal sidewall: nodular basal cell carcinoma, completely excised (closest margin 1.2 mm).", snomed="T-02000 M-80903"),
    dict(k="melanoma", spec="Skin excision, right upper back", clin="Changing pigmented lesion", macro="Skin ellipse 25 x 10 mm with central irregular pigmented lesion 7 x 6 mm. Margins inked and sliced entirely.",
         micro="Superficial spreading melanoma, Breslow thickness 0.8 mm, Clark level III, no ulceration, mitotic rate 1/mm2. No regression or lymphovascular invasion. Peripheral margins 5 mm, deep margin 3 mm.", dx="Superficial spreading malignant melanoma, Breslow 0.8 mm, not ulcerated (pT1b). Completely excised. Wider re-excision recommended per guidelines.", snomed="T-02000 M-87433"),
    dict(k="cervix", spec="Cervical smear (liquid-based cytology)", clin="Routine screening, LMP 2 weeks ago", macro="ThinPrep vial received.",
         micro="Specimen adequacy: satisfactory for evaluation; endocervical/transformation zone component present. Squamous cells show koilocytic change with nuclear enlargement and hyperchromasia consistent with HPV cytopathic effect.", dx="Low-grade squamous intraepithelial lesion (LSIL). Recommend repeat cytology in 12 months or colposcopy as clinically indicated.", snomed="T-83000 M-74006"),
    dict(k="prostate", spec="Prostate needle core biopsies x12 (sextant, labelled)", clin="PSA 11.2, firm L lobe on DRE", macro="Twelve cores received in labelled containers, lengths 8 to 16 mm.",
         micro="Left base, left mid and left apex cores contain acinar adenocarcinoma, Gleason pattern 3+4=7 (Grade Group 2), occupying 20-60% of core length, pattern 4 = 20%. Perineural invasion present. Right-sided cores show benign prostatic tissue with chronic inflammation.", dx="Prostate, left: acinar adenocarcinoma Gleason score 3+4=7 (ISUP Grade Group 2) in 3 of 12 cores. Right: benign.", snomed="T-77100 M-81403"),
    dict(k="node", spec="Fine needle aspirate, right cervical lymph node", clin="Cervical lymphadenopathy, HIV positive, ?TB", macro="4 air-dried and 2 alcohol-fixed slides, needle rinse for GeneXpert.",
         micro="Smears show epithelioid histiocytes forming granulomas, multinucleated giant cells and abundant caseous necrosis. Ziehl-Neelsen stain: scanty acid-fast bacilli identified. No malignant cells.", dx="Necrotising granulomatous lymphadenitis with AFB - consistent with tuberculosis. GeneXpert on rinse recommended.", snomed="T-C4000 M-44060"),
    dict(k="endom", spec="Endometrial curettings", clin="Postmenopausal bleeding, endometrium 9 mm on US", macro="Fragmented tan tissue aggregating 15 x 10 x 3 mm, submitted entirely in 1 cassette.",
         micro="Fragments of endometrium with glands showing architectural crowding (gland:stroma >3:1) with nuclear atypia. No stromal invasion identified in this sample.", dx="Atypical endometrial hyperplasia / endometrial intraepithelial neoplasia (EIN). Hysterectomy advised to exclude co-existing carcinoma.", snomed="T-84000 M-72005"),
    dict(k="gastric", spec="Gastric biopsies: ulcer margin x4, antrum x2", clin="Gastric ulcer on OGD", macro="Six fragments 2-4 mm, all embedded.",
         micro="Gastric mucosa with ulcer slough and granulation tissue; adjacent antral mucosa shows chronic active gastritis. Helicobacter-like organisms identified on Giemsa stain. No intestinal metaplasia, dysplasia or malignancy.", dx="Chronic active H. pylori gastritis with benign ulcer. No malignancy.", snomed="T-57000 M-43000"),
]
FEM_PATH = {"cervix", "endom", "breast"}
MALE_PATH = {"prostate"}


def g_pathology_report(c):
    r = c.r
    opts = [p for p in PATH if not (p["k"] in FEM_PATH and c.sex == "M") and not (p["k"] in MALE_PATH and c.sex == "F")]
    pref = {"appx": "appx", "chole": "chole", "breast": "breast"}.get(c.case["key"])
    p = next(x for x in PATH if x["k"] == pref) if pref and r.random() < 0.6 else r.choice(opts)
    lab = r.choice(LABS)
    pth = make_doctor(r, "Pathologist", c.city)
    ref = c.spec if r.random() < 0.6 else c.gp
    num = "%s%s/%02d" % (r.choice(["H", "HS", "C", "CY", "S"]) if p["k"] not in ("cervix", "node") else "C", r.randint(10000, 99999), c.date.year % 100)
    recd = c.d()
    rept = c.d(c.later(r.randint(2, 8)))
    lay = r.randint(0, 6)
    if lay == 0:
        t = [lab.upper(), r.choice(["HISTOPATHOLOGY REPORT", "ANATOMICAL PATHOLOGY", "SURGICAL PATHOLOGY REPORT", "CYTOPATHOLOGY REPORT" if p["k"] in ("cervix", "node") else "HISTOLOGY"]), "",
             "Patient: %s   Sex: %s   Age: %d   Lab No: %s" % (c.name(1), c.sex, c.age, num), "Referring Dr: %s   Received: %s   Reported: %s" % (ref["name"], recd, rept), "",
             sec(c, "Specimen", p["spec"]), sec(c, "Clinical details", p["clin"]), "", sec(c, "Macroscopic description", p["macro"]), "", sec(c, "Microscopic description", p["micro"]), "",
             sec(c, "Diagnosis", p["dx"]), "", "SNOMED: " + p["snomed"] if r.random() < 0.5 else "", pth["name"] + " " + pth["quals"]]
    elif lay == 1:  # final diagnosis first
        t = [lab + "   Anatomical Pathology", "Case " + num, "%s | DOB %s | %s" % (c.name(3), c.dobs(), c.hosp), "Dr: " + ref["name"], "", "FINAL DIAGNOSIS", "  " + p["dx"], "", "CLINICAL HISTORY: " + p["clin"], "", "GROSS:", "  " + p["macro"], "", "MICROSCOPY:", "  " + p["micro"], "", "Reported by " + pth["name"] + " on " + rept]
    elif lay == 2:  # short form letter
        t = [lab, "", "Dear Dr %s" % ref["sur"], "", "Histology result for %s (%s), specimen received %s: %s" % (c.name(2), num, recd, p["spec"].lower()), "", p["micro"], "", "Conclusion: " + p["dx"], "", "Kind regards", pth["name"]]
    elif lay == 3:  # synoptic-ish
        t = [lab.upper() + " - " + c.cd["name"], "REPORT: " + num, pt_block(c, 4, ["Patient", "DOB", "ID No", "Hosp No", "Medical Aid"]), "", "SPECIMEN: " + p["spec"], "CLINICAL: " + p["clin"], "",
             "MACRO: " + p["macro"], "MICRO: " + p["micro"], "", "-" * 50, "COMMENT / CONCLUSION:", p["dx"], "-" * 50, "Pathologist: " + pth["name"], "Authorised: " + rept, r.choice(["Case discussed at MDT.", "Please contact the laboratory for any queries.", ""])]
    elif lay == 4:  # amended / addendum
        t = [lab, r.choice(["AMENDED REPORT", "SUPPLEMENTARY REPORT", "ADDENDUM"]), "Lab no " + num + "  Original report " + recd, "Patient " + c.name(1), "", "Previous diagnosis: " + p["dx"].split(".")[0] + ".", "",
             "Addendum (%s): %s" % (rept, r.choice(["Immunohistochemistry results now available and incorporated.", "Additional levels examined; diagnosis unchanged.", "Second opinion obtained from colleague (Dr %s) who concurs." % c.rname()])), "", "Final: " + p["dx"], "", pth["name"]]
    elif lay == 5:  # request-form + result combined
        t = ["HISTOLOGY / CYTOLOGY REQUEST FORM  (copy with result)", "Surname: %s  First name: %s  Age: %d" % (c.sur, c.first, c.age), "Doctor: %s  Pr No: %s" % (ref["name"], ref["prno"]), "Specimen: " + p["spec"], "Clinical: " + p["clin"], "ICD-10: " + c.case["icd"] if p["k"] == c.case["key"] else "ICD-10: " + r.choice(["R59.0", "N95.0", "D22.9", "R97.2", "K25.9", "Z01.4"]), "",
             "----- LABORATORY USE -----", "No: " + num, "Result: " + p["dx"], "Details: " + p["micro"], "Pathologist: " + pth["name"]]
    else:  # narrative paragraph
        t = [lab + " | " + num + " | " + rept, "", "%s. %s. Macroscopy: %s Microscopy: %s" % (c.name(2), p["spec"], p["macro"], p["micro"]), "", "DIAGNOSIS: " + p["dx"].upper() if r.random() < 0.4 else "Diagnosis: " + p["dx"], "", pth["name"]]
    return "\n".join(x for x in t if x is not None)


# ============================ 10. MEDICATION LIST ===========================
def nappi(r):
    return "%06d-%03d" % (r.randint(700000, 729999), r.randint(1, 9))


def g_medication_list(c):
    r, cs = c.r, c.case
    chronic = cs["chronic"] or [("Multivitamin", "1 tab", "po", "daily", "")]
    lay = r.randint(0, 6)
    if lay == 0:  # admission reconciliation
        t = [c.hosp, r.choice(["MEDICATION RECONCILIATION - ADMISSION", "Medicine reconciliation form", "Home medication history"]), pt_block(c, 2), "Allergies: " + c.allergy, "Source: " + r.choice(["patient", "patient's own medication", "family", "GP script", "chronic medicine card"]), "",
             "%-34s %-12s %-10s %-10s %s" % ("Medication", "Dose", "Freq", "Last dose", "Action on admission")]
        for m in chronic:
            t.append("%-34s %-12s %-10s %-10s %s" % (m[0], m[1], m[3], r.choice(["today", "yesterday", tm(r, 1)]), r.choice(["Continue", "Continue", "Withhold", "Change - see chart"])))
        t += ["", "Reconciled by: " + r.choice(["Pharmacist ", "Sr ", "Dr "]) + c.rname() + "   Date: " + c.d()]
    elif lay == 1:  # discharge TTO list
        t = [r.choice(["TTO - MEDICINE TO TAKE HOME", "DISCHARGE MEDICATION", "Discharge prescription / medication list"]), c.name(1) + "   " + c.hospno + "   D/C " + c.d(c.dis), ""]
        for i, m in enumerate(cs["meds_dc"]):
            t.append("%d. %s" % (i + 1, med_line(r, m, r.choice([0, 2]))) + r.choice(["", "  [NEW]" if m not in cs["chronic"] else "  [unchanged]"]))
        stopped = [m for m in cs["chronic"] if m[0] not in [x[0] for x in cs["meds_dc"]]]
        if stopped:
            t += ["", "STOPPED:"] + ["  %s - %s" % (m[0], r.choice(["replaced", "stopped by physician", "see discharge letter"])) for m in stopped]
        t += ["", "Checked by pharmacist: ______   Patient counselled: [X]"]
    elif lay == 2:  # inpatient drug chart (MAR)
        times = ["06", "08", "12", "14", "18", "22"]
        t = [c.hosp + "  -  MEDICATION ADMINISTRATION RECORD", "Patient: %s  Ward: %s  Bed: %s  Wt: %d kg  Allergies: %s" % (c.name(3), c.ward, c.bed, c.weight, c.allergy), "Date: " + c.d(c.later(1)), "",
             "%-34s %-10s %-6s %s" % ("DRUG / DOSE / ROUTE", "FREQ", "START", "  ".join(times))]
        for m in cs["meds_in"]:
            row = []
            for h in times:
                row.append(r.choice([c.author_init, "--", "  ", c.author_init]) if r.random() < 0.5 else "  ")
            t.append("%-34s %-10s %-6s %s" % ((m[0] + " " + m[1] + " " + m[2])[:34], m[3][:10], c.d(c.adm, 0)[:5], "  ".join(x[:2].ljust(2) for x in row)))
        t += ["", "PRN:", "  Paracetamol 1 g po 6 hrly prn - given %s" % tm(r, 1), "", "Codes: R=refused, N=NPO, W=withheld, A=absent"]
    elif lay == 3:  # chronic medicine programme / scheme list
        t = [c.scheme + " - Chronic Medicine Management", "Approved chronic medication", "Member: %s  No: %s  Dep: %s" % (c.mainmember, c.memno, c.dep), "Beneficiary: %s" % c.name(2), "Condition(s): " + ", ".join(p for p in cs["pmh"] if not p.startswith("Nil")) or "Hypertension", "",
             "%-30s %-14s %-12s %s" % ("Product", "NAPPI", "Qty/month", "Authorised until")]
        for m in chronic + [x for x in cs["meds_dc"] if x[4] == "chronic" and x not in chronic][:2]:
            t.append("%-30s %-14s %-12s %s" % (m[0] + " " + m[1], nappi(r), r.choice(["30", "28", "60", "90", "1"]), c.d(c.later(365))))
        t += ["", "Designated service provider pharmacy: " + r.choice(["Medirite Courier", "Scheme DSP pharmacy", "any network pharmacy"]), "Co-payment may apply to non-formulary items."]
    elif lay == 4:  # patient-held list
        t = ["MY MEDICINES" if r.random() < 0.5 else "Medication list", "Name: " + c.name(2), "Doctor: " + c.spec["name"] + " / GP " + c.gp["name"], "Updated: " + c.d(), ""]
        for m in cs["meds_dc"]:
            t.append("- " + med_line(r, m, 2))
        t += ["", "Allergies: " + c.allergy, "Pharmacy: %s Pharmacy, %s  %s" % (r.choice(["Protea", "Ridgeway", "Kloof Village", "Mall", "Sunrise", "Riverside"]), r.choice(c.cd["subs"]), phone(r, c.cd["code"]))]
    elif lay == 5:  # pharmacy dispensing history
        t = [r.choice(["DISPENSING HISTORY", "Patient medication profile"]) + " - " + r.choice(["Hospital Pharmacy", "Retail pharmacy", "Courier pharmacy"]), c.name(1) + "  ID " + c.idno, ""]
        d0 = c.later(-r.randint(10, 200))
        for i in range(r.randint(3, 6)):
            m = r.choice(cs["meds_dc"] + chronic)
            t.append("%s  %-32s %s  qty %-4s  Dr %s" % (c.d(d0 + datetime.timedelta(days=30 * i), 0), (m[0] + " " + m[1])[:32], nappi(r), r.choice(["30", "28", "56", "60"]), c.spec["sur"]))
        t += ["", "End of profile"]
    else:  # ward round reconciliation note
        t = ["Med rec " + c.d() + ":", "Home meds: " + "; ".join(med_line(r, m, 4) for m in chronic), "In hospital: " + "; ".join(med_line(r, m, 4) for m in cs["meds_in"]), "Changes: " + r.choice(["see TTO", "cont. home meds on d/c", "chronic meds resumed"]), "Allergy: " + c.allergy, "- " + r.choice(["Pharm ", "Dr "]) + c.rname().split()[-1]]
    return "\n".join(t)


# ============================ 11. PRESCRIPTION ==============================
def g_prescription(c):
    r, cs = c.r, c.case
    doc = c.spec if r.random() < 0.5 else c.gp
    meds = cs["meds_dc"] if r.random() < 0.7 else (cs["chronic"] or cs["meds_dc"])
    lay = r.randint(0, 6)
    items = []
    for m in meds:
        items.append(r.choice(["%s %s\n   Sig: %s %s %s" % (m[0], m[1], m[1], m[3], ("x " + m[4]) if m[4] and m[4] != "chronic" else ""),
                               "%s %s  %s  %s" % (m[0], m[1], m[3], m[4]), "%s %s - %s" % (m[0].upper(), m[1], FREQ_LAY.get(m[3], m[3]))]))
    if lay == 0:
        t = [letterhead(c, doc, r.choice([0, 3])), "", "Date: " + c.d(), "Patient: " + c.name(0), "Address: " + c.addr if r.random() < 0.5 else "Age: %d" % c.age, "Med aid: %s  %s" % (c.scheme, c.memno), "ICD-10: " + cs["icd"], "", "Rx"] + items + ["", r.choice(["Repeat x 5", "No repeats", "Repeat x 2", "Repeat monthly x 6"]), "", "__________________", doc["name"]]
    elif lay == 1:  # schedule 6 / controlled
        m = r.choice([("Morphine sulphate tablets", "10 mg", "ten (10)"), ("Oxycodone", "5 mg", "twenty (20)"), ("Pethidine injection", "100 mg", "five (5) ampoules"), ("Methylphenidate", "10 mg", "thirty (30)")])
        t = [letterhead(c, doc, 1), "", c.d(), "", "Patient: %s   ID: %s" % (c.name(0), c.idno), "Address: " + c.addr, "", "R/", "%s %s" % m[:2], "Quantity: %s tablets" % m[2] if "ampoule" not in m[2] else "Quantity: " + m[2], "Sig: 1 %s every 6 hours when required for pain" % ("tab" if "ampoule" not in m[2] else "amp IM"), "", "Schedule 6 - valid for 30 days, no repeats", "", "Signature: ____________", doc["name"] + "   " + doc["hpcsa"]]
    elif lay == 2:  # e-script
        t = ["ELECTRONIC PRESCRIPTION", "Prescriber: %s (%s)  Pr No %s" % (doc["name"], doc["title"], doc["prno"]), "Patient: %s  DOB %s  %s %s" % (c.name(2), c.dobs(), c.scheme, c.memno), "Date issued: %s   Script ID: %s" % (c.d(), "%X" % r.randint(0x100000, 0xFFFFFF)), "Diagnosis code: " + cs["icd"], ""]
        for i, m in enumerate(meds):
            t.append("%d) %s %s | %s | %s | qty %s" % (i + 1, m[0], m[1], m[2], m[3], r.choice(["1 month", "30", "10", "14", "1 pack"])))
        t += ["", "Generic substitution: " + r.choice(["permitted", "NOT permitted", "permitted"]), "Signed electronically"]
    elif lay == 3:  # handwritten script OCR-ish
        t = [doc["name"], doc["title"], "Pr " + doc["prno"], "", c.d(c.date, 0), "", c.name(4), "", "Rx"] + ["  " + med_line(r, m, 4) for m in meds] + ["", r.choice(["Rpt x5", "", "rpt 1/12"]), "", "(sgd)"]
    elif lay == 4:  # hospital TTO script form
        t = [c.hosp + " PHARMACY", "DISCHARGE PRESCRIPTION (TTO)", pt_block(c, 1, ["Patient", "Hosp No", "Ward", "Medical Aid"]), "Allergies: " + c.allergy, ""]
        t += ["%-30s %-10s %-6s %-12s %s" % ("Medicine", "Dose", "Route", "Frequency", "Days/Qty")]
        for m in meds:
            t.append("%-30s %-10s %-6s %-12s %s" % (m[0][:30], m[1], m[2], m[3][:12], m[4] or "-"))
        t += ["", "Prescriber: %s   Sign: ____   Dispensed by: ____   Checked: ____" % doc["name"]]
    elif lay == 5:  # paediatric script with weight
        t = [letterhead(c, doc, 4), "", c.d(), "Name: %s   Age: %s   Weight: %d kg" % (c.name(2), c.age, c.weight), "", "Rx"]
        t += [r.choice(["Paracetamol syrup 120 mg/5 mL - %.1f mL 6 hrly prn (15 mg/kg)" % (c.weight * 15 / 24.0), "Ibuprofen syrup 100 mg/5 mL - %.1f mL 8 hrly with food" % (c.weight * 10 / 20.0)]),
              r.choice(["Amoxicillin suspension 250 mg/5 mL - %.1f mL bd x 5 days" % (c.weight * 45 / 100.0), "Oral rehydration sachets - 1 after each loose stool", "Zinc 20 mg dispersible daily x 14 days"])] + ["", "Qty: as required", doc["name"]]
    else:  # chronic 6-month script
        t = [letterhead(c, doc, 2), "", "CHRONIC MEDICATION PRESCRIPTION - VALID 6 MONTHS", "Date: " + c.d(), "Patient: %s   ID: %s" % (c.name(1), c.idno), "Scheme: %s (%s)   Dep: %s" % (c.scheme, c.memno, c.dep), "ICD-10 (CDL): " + r.choice([cs["icd"], "I10", "E11.9", "E78.0", "J45.9"]), ""]
        for m in (cs["chronic"] or meds):
            t.append("* %s %s %s  - 1 month supply, repeat x5" % (m[0], m[1], m[3]))
        t += ["", doc["name"] + "  " + doc["prno"]]
    return "\n".join(t)


# ============================ 12. ANAESTHESIA RECORD ========================
def g_anesthesia_record(c):
    r, cs = c.r, c.case
    op = OPS[cs["op"]]
    an = c.anaes
    st0, st1, dur = theatre_times(c)
    asa = r.choice(["I", "II", "II", "III"]) if c.age < 70 else r.choice(["II", "III"])
    regional = "Spinal" in op["anaes"]
    ind = ["Propofol %d mg" % r.randint(100, 200), "Fentanyl %d mcg" % r.choice([50, 100, 150]), r.choice(["Rocuronium %d mg" % r.randint(30, 60), "Atracurium %d mg" % r.randint(25, 40), "Suxamethonium 100 mg"])]
    spinal = "Spinal: %s, %s, 25G pencil-point, L3/4, clear CSF, bupivacaine 0.5%% heavy %.1f mL + fentanyl 10 mcg%s" % (r.choice(["sitting", "left lateral"]), "aseptic", r.uniform(1.8, 2.8), " + morphine 100 mcg" if cs["op"] == "lscs" else "")
    lay = r.randint(0, 6)
    grid = []
    t0 = datetime.datetime(2000, 1, 1, int(st0[:2]), int(st0[3:]))
    for i in range(0, dur + 1, r.choice([5, 10, 15])):
        tt = t0 + datetime.timedelta(minutes=i)
        grid.append("%s   %3d   %3d/%-3d  %3d   %s" % (tt.strftime("%H:%M"), r.randint(60, 100), r.randint(95, 140), r.randint(50, 85), r.randint(96, 100), "%d" % r.randint(30, 42) if not regional else "-"))
    if lay == 0:  # full form
        t = [c.hosp.upper() + "   ANAESTHETIC RECORD", pt_block(c, 2, ["Patient", "DOB", "Hosp No", "Medical Aid", "Member No"]), "Date: %s   Theatre: %d   Surgeon: %s" % (c.d(), r.randint(1, 8), c.spec["name"]), "Anaesthetist: %s" % an["name"], "Procedure: " + op["name"], "",
             "PRE-OP: ASA %s  Wt %d kg  Fasted since %s  Allergies: %s" % (asa, c.weight, tm(r, 1, 0, 6), c.allergy), "Airway: Mallampati %s, mouth opening >3 FB, TMD >6 cm, dentition %s" % (r.choice(["1", "2", "2", "3"]), r.choice(["good", "crowns upper", "partial denture removed"])),
             "Premed: " + r.choice(["nil", "midazolam 2 mg IV", "paracetamol 1 g po"]), "", "TECHNIQUE: " + ("Regional" if regional else "GA"), (spinal if regional else "Induction: IV " + ", ".join(ind)),
             ("Airway: " + r.choice(["ETT 7.0 cuffed, grade 1 view, 21 cm at lips", "ETT 7.5 cuffed, Cormack-Lehane 2", "LMA size 4 (i-gel)"]) if not regional else "Sedation: " + r.choice(["nil", "midazolam 1 mg"])),
             "Maintenance: " + ("Sevoflurane in O2/air, MAC 0.9-1.0" if not regional else "O2 via face mask 4 L/min"), "Monitoring: ECG, NIBP, SpO2" + (", EtCO2, temp" if not regional else ""), "",
             "TIME    HR    BP       SpO2  EtCO2"] + grid + ["", "Fluids: Ringer's lactate %d mL%s" % (r.choice([500, 1000, 1500]), r.choice(["", ", Voluven 500 mL"])), "EBL: " + op["ebl"] + "   Urine: " + r.choice(["not measured", "%d mL" % r.randint(100, 400)]),
             "Drugs intra-op: " + ", ".join([cs["meds_in"][0][0] + " " + cs["meds_in"][0][1], "Dexamethasone 8 mg", "Ondansetron 4 mg", "Paracetamol 1 g IV"]), "Reversal: " + ("Neostigmine 2.5 mg + glycopyrrolate 0.4 mg" if not regional and "Rocuronium" in ind[2] and r.random() < 0.5 else "n/a" if regional else "Sugammadex 200 mg"),
             "", "Anaesthesia start %s  end %s" % (st0, st1), "To recovery: awake, stable, pain score %d/10" % r.randint(0, 3), "", "Signed: " + an["name"]]
    elif lay == 1:  # pre-anaesthetic assessment
        t = [letterhead(c, an, r.choice([1, 3])), "", "PRE-ANAESTHETIC ASSESSMENT", "Patient: %s  Age %d  Wt %d kg  Ht %d cm" % (c.name(0), c.age, c.weight, c.height), "Planned: " + op["name"] + " - " + c.d(), "",
             "History: " + ", ".join(cs["pmh"]) + ". Previous anaesthetics: " + r.choice(["uneventful", "PONV after GA", "none"]) + ". Family history of anaesthetic problems: none.", "Meds: " + (", ".join(m[0] for m in cs["chronic"]) or "nil"), "Allergies: " + c.allergy,
             "Exam: " + vitals_line(c, 1).replace(cs["vit"][0], "36.6") + ". Airway: MP " + r.choice(["1", "2", "3"]) + ". CVS/Resp: NAD.", "Bloods: " + r.choice(["Hb 13.2, U&E normal", "FBC/U&E reviewed - NAD", "Hb %.1f" % r.uniform(10, 14)]), "",
             "ASA: " + asa, "Plan: " + op["anaes"] + (" - risks of spinal discussed (headache, hypotension, failed block)" if regional else " - risks discussed incl. sore throat, PONV, dental damage, awareness"), "Consent obtained.", "", an["name"]]
    elif lay == 2:  # billing sheet
        units = r.randint(6, 18)
        t = [an["name"] + " INC. - Anaesthetic account detail", "Pr No " + an["prno"], "", "Patient: %s   Member: %s %s" % (c.name(1), c.scheme, c.memno), "Date of service: %s" % c.d(), "Hospital: " + c.hosp, "Procedure: " + op["name"], "ICD-10: " + cs["icd"], "",
             "Anaesthetic start: %s   End: %s   Total: %d min" % (st0, st1, dur), "Basic units: %d   Time units: %d   Modifiers: %s" % (units, (dur + 14) // 15 * 2, r.choice(["0018 (BMI>35)", "0039 (emergency)", "none", "0035 (age >70)"])),
             "Codes: 0001 ... 0036 ... %s" % r.choice(["1121", "0709", "1734", "2803"]), "", "Signature: _____________"]
    elif lay == 3:  # recovery room / PACU
        t = [c.hosp + " - RECOVERY ROOM RECORD", c.name(3) + "  " + c.hospno, "Procedure: " + op["name"] + "   Anaesthetic: " + op["anaes"], "Arrived: %s   Discharged to ward: %s" % (st1, tm(r, 0, 9, 20)), "",
             "Airway on arrival: " + r.choice(["own airway", "LMA in situ - removed", "oral airway"]), "Aldrete score: arrival %d, discharge %d" % (r.randint(6, 8), r.randint(9, 10)), "Pain (0-10): %d -> %d" % (r.randint(3, 8), r.randint(0, 3)), "PONV: " + r.choice(["nil", "nausea - ondansetron 4 mg given"]),
             "Analgesia given: " + r.choice(["morphine 2 mg x2 IV", "tramadol 50 mg IV", "nil required"]), ("Block level: T%d, motor block Bromage %d" % (r.randint(6, 10), r.randint(1, 3)) if regional else "Sedation score: 1"), "",
             "Handover to ward sister: Sr " + c.rname("F"), "Recovery nurse: " + c.rname()]
    elif lay == 4:  # short handwritten GA summary
        t = ["ANAES " + c.d() + "  " + c.name(4), "ASA " + asa + "  " + op["anaes"], (spinal if regional else "IV induction: " + "/".join(x.split()[0] for x in ind) + ", " + r.choice(["ETT 7.5", "LMA #4", "ETT 8.0"])), "Maint: " + ("sevo/air/O2" if not regional else "n/a"),
             "Uneventful. EBL " + op["ebl"] + ". " + "Fluids %d mL" % r.choice([500, 1000, 1500]), "Post-op: " + r.choice(["PCA morphine", "paracetamol 1 g 6 hrly + tramadol prn", "as per surgeon"]), an["name"]]
    elif lay == 5:  # sedation record for endoscopy-style short
        t = ["SEDATION / ANAESTHESIA RECORD (short procedures)", c.hosp, "Patient: %s   Wt %d kg   ASA %s" % (c.name(2), c.weight, asa), "Procedure: " + op["name"], "Start %s  End %s" % (st0, st1), "Agents: " + "; ".join(ind[:2]), "O2: nasal prongs 3 L/min", "Lowest SpO2: %d%%" % r.randint(90, 97), "Events: " + r.choice(["none", "brief desaturation - chin lift", "hypotension - phenylephrine 100 mcg"]), "", an["name"]]
    else:  # obstetric anaesthetic record / narrative
        t = [an["name"], an["title"], "", "Anaesthetic note - " + c.d(), c.name(0) + ", " + c.agesex() + ", ASA " + asa + ".", "Procedure: %s for %s." % (op["name"], cs["dx"].lower()),
             ("%s. Block to T4 bilaterally to cold. " % spinal if regional else "Rapid sequence induction with %s. Intubated atraumatically. " % ", ".join(ind)) + "Haemodynamically stable throughout%s. %s" % (r.choice(["", "; phenylephrine infusion for spinal hypotension"]), "Total fluids %d mL, EBL %s." % (r.choice([1000, 1500, 2000]), op["ebl"])),
             "Post-op analgesia: " + r.choice(["paracetamol, NSAID, tramadol prn", "PCA morphine", "as per protocol"]) + ".", "", "Start %s End %s" % (st0, st1)]
    return "\n".join(t)


# ============================ 13. CORRESPONDENCE ============================
def g_correspondence(c):
    r, cs = c.r, c.case
    doc = c.spec
    lay = r.randint(0, 6)
    if lay == 0:  # motivation to medical scheme
        t = [letterhead(c), "", c.d(), "", "The Case Manager / Clinical Adviser", c.scheme, r.choice(["Hospital Benefit Management", "Pre-authorisation department", "Chronic Medicine Management"]), "Fax: " + phone(r, "086"), "",
             "RE: MOTIVATION - %s, MEMBER NO %s, DEP %s" % (c.name(0).upper(), c.memno, c.dep), "ICD-10: " + cs["icd"], "", "Dear Sir/Madam", "",
             "I write in support of %s for %s, who has %s." % (r.choice(["authorisation of " + (OPS[cs["op"]]["name"].lower() if cs["op"] else "an extension of the hospital stay"), "funding of " + cs["meds_dc"][0][0], "approval of additional days in " + c.ward]), c.pt(), cs["dx"].lower()),
             c.hpi(), "", "Relevant results: " + "; ".join(cs["inv"][:3]) + ".", "", "In my opinion this is clinically necessary and in keeping with accepted treatment guidelines. %s" % r.choice(["Delay would put the patient at risk of complications.", "A generic alternative has been tried without success.", "This falls under PMB legislation."]), "",
             "Please do not hesitate to contact my rooms.", "", sign(c, style=1)]
    elif lay == 1:  # results letter to patient
        t = [letterhead(c, style=r.choice([3, 4])), "", c.d(), "", c.name(0), c.addr, "", "Dear %s" % c.pt(), "",
             r.choice(["RE: YOUR RECENT RESULTS", "Your test results", "Follow-up of your results"]), "",
             "I am writing to let you know the results of the tests done on %s. %s" % (c.d(c.later(-r.randint(3, 20))), r.choice(["Your blood tests were mostly normal, apart from the findings discussed below.", "Overall the results are reassuring.", "Some of the results need attention."])),
             r.choice(["Your cholesterol was raised and I have sent a prescription for a statin to your pharmacy.", "Your kidney function is stable.", "Your sugar control (HbA1c) has improved.", "The scan showed findings consistent with your diagnosis of %s." % cs["dx"].lower()]), "",
             "Please make an appointment at the rooms in %s. Should you have any questions, contact the practice on %s." % (r.choice(["3 months", "6 weeks", "the next month"]), doc["tel"]), "", sign(c, style=r.choice([0, 1]))]
    elif lay == 2:  # update to GP after follow-up
        t = [letterhead(c, style=r.choice([0, 1, 2])), "", c.d(c.later(r.randint(20, 60))), "", "Dr %s" % c.gp["full"].replace("Dr ", ""), c.gp["street"], "", "Dear %s," % r.choice(["Colleague", "Dr " + c.gp["sur"], c.gp["first"]]), "",
             "Re: %s  (DOB %s)" % (c.name(0), c.dobs()), "", "I saw %s again today for follow-up of %s. %s" % (c.pt(), cs["dx"].lower(), r.choice(["I am pleased to report good progress.", "Recovery has been slower than expected but steady.", "There have been no new problems."])),
             "Current medication: " + ", ".join(m[0] + " " + m[1] for m in cs["meds_dc"] if m[4] in ("chronic", "lifelong", "12 months") or r.random() < 0.3) + ".", "", "I have %s. I would be grateful if you could %s." % (r.choice(["arranged further review in 3 months", "given a repeat script", "requested a lipogram and U&E"]), r.choice(["monitor the blood pressure", "continue the chronic medication", "check the renal function in 2 weeks"])), "", sign(c, style=r.choice([0, 1, 4]))]
    elif lay == 3:  # to whom it may concern / sick leave
        t = [letterhead(c, c.gp if r.random() < 0.5 else doc, 3), "", c.d(), "", "TO WHOM IT MAY CONCERN", "", "RE: %s  ID %s" % (c.name(0), c.idno), "",
             "This is to confirm that the above-named patient %s %s from %s to %s%s." % (r.choice(["was admitted to", "was under my care at"]), c.hosp, c.d(c.adm), c.d(c.dis), r.choice([" and will be unfit for work until " + c.d(c.later(c.los + 14)), "", " and may return to light duties on " + c.d(c.later(c.los + 7))])),
             "", r.choice(["Diagnosis has not been disclosed to protect patient confidentiality.", "Diagnosis disclosed with the patient's consent: " + cs["dx"] + ".", ""]), "", "Yours faithfully", "", (c.gp if r.random() < 0.5 else doc)["name"]]
    elif lay == 4:  # email printout between clinicians
        other = make_doctor(r, r.choice(["Physician", "Surgeon", "Cardiologist", "Radiologist"]), c.city)
        t = ["From: %s <%s>" % (doc["full"], doc["email"]), "Sent: %s %s" % (c.d(c.date, 2), tm(r, 0)), "To: %s <%s>" % (other["full"], other["email"]), "Subject: RE: %s - %s" % (c.name(2), r.choice(["your opinion", "results", "follow-up", "theatre booking"])), "",
             "Hi %s" % other["first"], "", "Thanks for seeing %s. %s %s" % (c.pt(), cs["inv"][0] + ".", r.choice(["I agree with your plan.", "Will you take over from here?", "Happy to proceed as you suggest."])), "", "Regards", doc["first"], "", "-----Original Message-----", "From: " + other["full"], "Could you please have a look at this patient with %s?" % cs["dx"].lower()]
    elif lay == 5:  # letter re missed appointment / admin
        t = [letterhead(c, style=4), "", c.d(), "", "Dear %s" % c.pt(), "", r.choice(["Missed appointment", "Reminder: overdue follow-up", "Appointment confirmation"]), "",
             r.choice(["Our records show that you did not attend your appointment on %s." % c.d(c.later(-7)), "You are due for follow-up regarding your %s." % cs["dx"].lower(), "This letter confirms your appointment on %s at %s." % (c.d(c.later(14)), tm(r, 1, 8, 16))]),
             "It is important that %s. Please contact reception on %s to %s." % (r.choice(["your treatment is monitored", "we review your results", "your medication is reviewed"]), doc["tel"], r.choice(["rebook", "confirm", "reschedule if necessary"])), "", "Kind regards", "Practice Manager", "On behalf of " + doc["name"]]
    else:  # letter to attorney / RAF report request reply
        t = [letterhead(c), "", c.d(), "", r.choice(["Messrs Botha Mokoena Attorneys", "Naidoo & Sithole Inc.", "Van Wyk Hendricks Attorneys"]), "Ref: %s/%s" % (r.choice(["MVA", "RAF", "LIT"]), r.randint(1000, 9999)), "", "Dear Sirs", "", "RE: YOUR CLIENT %s" % c.name(0).upper(), "",
             "I acknowledge receipt of your letter dated %s and the signed patient consent." % c.d(c.later(-r.randint(10, 40))), "I confirm that I treated your client from %s for %s. A full medico-legal report can be compiled at a fee of R%d (excl. VAT), payable in advance." % (c.d(c.adm), cs["dx"].lower(), r.choice([3500, 4800, 6500, 8500])), "", sign(c, style=0)]
    return "\n".join(t)


# ============================ 14. CONSENT FORM ==============================
def g_consent_form(c):
    r, cs = c.r, c.case
    proc = OPS[cs["op"]]["name"] if cs["op"] else r.choice(["Gastroscopy", "Central line insertion", "Blood transfusion", "Lumbar puncture", "Colonoscopy"])
    witness = c.rname()
    lay = r.randint(0, 6)
    sig = ["", "Patient/guardian signature: ____________________   Date: %s  Time: %s" % (c.d(), tm(r, 1)), "Doctor: %s   Signature: __________" % c.spec["name"], "Witness: %s   Signature: __________" % witness]
    if lay == 0:
        t = [c.hosp, r.choice(["CONSENT TO OPERATION / PROCEDURE AND ANAESTHESIA", "Consent for surgical or medical treatment", "FORM %s-%d: INFORMED CONSENT" % (r.choice(["CLN", "MED"]), r.randint(10, 99))]), "", pt_block(c, 0, ["Patient", "DOB", "Hosp No"]), "",
             "I, the undersigned, %s, hereby consent to the following operation/procedure: %s" % (c.name(2) if not c.child else c.nok + " (" + c.nok_rel.lower() + " of " + c.name(2) + ")", proc.upper()), "to be performed by Dr %s and/or his/her assistants." % c.spec["sur"], "",
             "1. The nature, purpose, benefits, risks and alternatives have been explained to me in a language I understand (%s)." % r.choice(["English", "isiZulu", "Afrikaans", "isiXhosa", "Sesotho", "English"]),
             "2. I consent to the administration of anaesthetic as deemed necessary by the anaesthetist.", "3. I consent to any additional procedure which is found to be necessary during the operation.", "4. I consent to the disposal of any tissue removed.",
             "5. I understand that no guarantee has been given as to the outcome.", "6. I consent / do not consent to a blood transfusion if necessary."] + sig
    elif lay == 1:  # procedure-specific risks
        risks = {"Laparoscopic appendicectomy": "bleeding, infection, conversion to open surgery, injury to bowel, hernia", "Laparoscopic cholecystectomy": "bleeding, bile leak, bile duct injury (0.3%), conversion to open, retained stones", "Emergency lower segment caesarean section": "bleeding, infection, injury to bladder or bowel, hysterectomy in rare cases, thrombosis"}.get(proc, "bleeding, infection, thrombosis, damage to nearby structures, anaesthetic complications, need for further surgery")
        t = [letterhead(c, style=1), "", "INFORMED CONSENT: " + proc.upper(), "", "Patient: %s   ID: %s" % (c.name(0), c.idno), "Diagnosis: " + cs["dx"], "", "Proposed procedure: " + proc, "Expected benefits: " + r.choice(["relief of symptoms and treatment of the condition", "diagnosis and treatment", "removal of the diseased organ"]),
             "Specific risks discussed: " + risks, "Alternatives discussed: " + r.choice(["conservative management", "antibiotics only", "no treatment", "other surgical approaches"]), "Consequences of not having procedure: discussed", "", "Patient questions answered: [X] Yes", "Interpreter used: [%s] Yes  Name: %s" % (r.choice(["X", " "]), r.choice(["-", c.rname()]))] + sig
    elif lay == 2:  # blood transfusion consent
        t = [c.hosp, "CONSENT FOR BLOOD AND BLOOD PRODUCTS", "", pt_block(c, 1), "", "I have been informed of the need for transfusion of: [X] Red cells  [ ] Platelets  [ ] FFP  [ ] Other", "Reason: " + r.choice(["anaemia", "surgical blood loss", "peri-operative"]),
             "I understand that blood is supplied by the blood transfusion service, that donors are screened and that the risk of transmission of HIV, hepatitis B and C is extremely low but not zero. Other risks include allergic reactions, fever and fluid overload.", "",
             "[ ] I CONSENT        [ ] I DO NOT CONSENT", "", "Signed at %s on %s" % (c.cd["name"], c.d())] + sig[2:]
    elif lay == 3:  # HIV test consent
        t = ["CONSENT FOR HIV TESTING", c.hosp + " / " + c.spec["name"], "", "Name: " + c.name(2), "Date: " + c.d(), "",
             "I confirm that I have received pre-test counselling and understand:", "- the purpose of the HIV test and what a positive or negative result means", "- that the result will be kept confidential", "- that I may withdraw consent before the sample is taken", "- treatment options available if the test is positive", "",
             "Test: " + r.choice(["Rapid test (finger prick)", "ELISA (venous blood)", "HIV 4th generation"]), "Counsellor: " + c.rname(), "", "Signature of patient: _____________", "Signature of counsellor: _____________"]
    elif lay == 4:  # bilingual form
        t = [c.hosp.upper(), "TOESTEMMING VIR OPERASIE / CONSENT FOR OPERATION", "", "Naam/Name: " + c.name(2), "Datum/Date: " + c.d(), "Operasie/Operation: " + proc, "Narkose/Anaesthetic: " + (OPS[cs["op"]]["anaes"] if cs["op"] else "Local/sedation"), "",
             "Ek verklaar dat die aard en doel van die operasie aan my verduidelik is.", "I declare that the nature and purpose of the operation has been explained to me.", "", "Handtekening/Signature: __________", "Getuie/Witness: " + witness, "Dokter/Doctor: " + c.spec["name"]]
    elif lay == 5:  # anaesthetic consent
        t = [c.anaes["name"] + " - " + c.anaes["title"], "CONSENT TO ANAESTHESIA", "", "Patient: %s   Date: %s" % (c.name(0), c.d()), "Planned anaesthetic: " + (OPS[cs["op"]]["anaes"] if cs["op"] else "Sedation"), "",
             "Common side-effects: nausea, sore throat, shivering, bruising at drip site.", "Uncommon: dental damage, awareness, nerve injury, post-dural puncture headache (spinal).", "Rare but serious: severe allergy, brain damage, death (approx 1 in 100 000).", "",
             "I have read/had explained the above and consent to anaesthesia. I understand that the anaesthetist bills separately and that my medical aid may not cover the full fee.", "", "Patient: ____________  Anaesthetist: ____________"]
    else:  # short note in chart
        t = ["Consent " + c.d() + " " + tm(r, 1), "Procedure (%s) explained to pt %s in %s incl. risks (%s), benefits and alternatives. Pt understands and agrees. Consent form signed." % (proc, "and " + c.nok_rel.lower() if r.random() < 0.4 else "", r.choice(["English", "isiZulu (interpreter Sr " + c.rname("F").split()[1] + ")", "Afrikaans"]), r.choice(["bleeding, infection", "bleeding, infection, conversion", "pain, infection, damage to surrounding structures"])), c.spec["name"]]
    return "\n".join(t)


# ============================ 15. REFERRAL LETTER ===========================
def g_referral_letter(c):
    r, cs = c.r, c.case
    frm = c.gp
    to = c.spec
    lay = r.randint(0, 6)
    reason = r.choice(["Please assess and manage.", "Kindly see for an opinion and further management.", "I would appreciate your expert opinion.", "Please evaluate for surgery.", "Thank you for seeing this patient urgently."])
    if lay == 0:
        t = [letterhead(c, frm, r.choice([0, 3, 4])), "", c.d(), "", to["full"], to["title"], to["rooms"], "", "Dear Dr %s" % to["sur"], "", "RE: %s, %s, DOB %s" % (c.name(0), c.agesex(), c.dobs()), "Medical aid: %s %s" % (c.scheme, c.memno), "",
             "Thank you for seeing the above patient who presents with %s." % cs["pc"], c.hpi(), "", "PMHx: " + ", ".join(cs["pmh"]), "Meds: " + (", ".join(m[0] + " " + m[1] for m in cs["chronic"]) or "nil"), "Allergies: " + c.allergy, "",
             "O/E: " + vitals_line(c, 1) + ". " + cs["exam"][1] + ".", "", reason, "", sign(c, frm, r.choice([0, 1, 3]))]
    elif lay == 1:  # referral form
        t = [r.choice(["REFERRAL FORM", "Referral note", "Specialist referral"]), "From: %s  Pr No %s  Tel %s" % (frm["name"], frm["prno"], frm["tel"]), "To: %s (%s)" % (to["name"], to["title"]), "Date: " + c.d(), "Urgency: " + r.choice(["Routine", "Urgent", "Same day", "Within 1 week"]), "",
             "Patient: %s   DOB: %s   Cell: %s" % (c.name(2), c.dobs(), c.cell), "Medical aid: %s  No: %s  Auth no: %s" % (c.scheme, c.memno, r.choice(["pending", "%d" % r.randint(10000000, 99999999), "n/a"])), "",
             "Reason for referral: " + cs["pc"], "Provisional diagnosis: " + cs["dx"] + " (" + cs["icd"] + ")", "Investigations done: " + "; ".join(cs["inv"][:2]), "Treatment given: " + r.choice([med_line(r, cs["meds_dc"][0], 4), "analgesia", "nil"]), "", "Signed: " + frm["name"]]
    elif lay == 2:  # handwritten short
        t = [frm["name"], frm["street"], "", c.d(c.date, 0), "", "Dr " + to["sur"], "", "Dear Dr", "Pls see " + c.name(4) + " (%d) - %s. %s" % (c.age, cs["pc"], reason), "Thanks", frm["name"].split()[-1]]
    elif lay == 3:  # internal referral to allied health
        allied = r.choice(["Physiotherapy", "Dietitian", "Occupational Therapy", "Social Worker", "Speech Therapy", "Diabetes Educator", "Wound care sister"])
        t = [c.hosp, "INTERNAL REFERRAL - " + allied.upper(), pt_block(c, 0, ["Patient", "Hosp No", "Ward"]), "Diagnosis: " + cs["dx"], "Request: " + {"Physiotherapy": "chest physio and mobilisation", "Dietitian": "dietary assessment and advice", "Occupational Therapy": "ADL assessment before discharge", "Social Worker": "assist with discharge planning/step-down placement", "Speech Therapy": "swallow assessment", "Diabetes Educator": "insulin technique and education", "Wound care sister": "wound review and dressing plan"}[allied],
             "Precautions: " + r.choice(["nil", "fall risk", "weight-bearing as tolerated", "isolation - airborne"]), "Referred by: " + to["name"], "Date: " + c.d()]
    elif lay == 4:  # private -> state hospital (funds exhausted)
        t = [c.hosp, "", c.d(), "", "The Admitting Doctor / Medical Officer", r.choice(["Chris Hani Baragwanath Academic Hospital", "Groote Schuur Hospital", "Inkosi Albert Luthuli Central Hospital", "Charlotte Maxeke Academic Hospital", "Tygerberg Hospital", "King Edward VIII Hospital"]), "",
             "Dear Colleague", "", "REFERRAL: %s (ID %s)" % (c.name(0), c.idno), "", "This patient was admitted to our facility on %s with %s. Medical aid benefits have been exhausted and the family is unable to fund further private care. I have discussed with Dr %s (registrar on call) who accepted the patient." % (c.d(c.adm), cs["dx"].lower(), c.rname().split()[-1]),
             "", "Summary: " + cs["course"], "Current treatment: " + "; ".join(med_line(r, m, 0) for m in cs["meds_in"]), "", "Copies of results and imaging enclosed.", "", sign(c, to, 0)]
    elif lay == 5:  # specialist to sub-specialist
        to2 = make_doctor(r, r.choice(["Cardiologist", "Gastroenterologist", "Neurologist", "Urologist", "Pulmonologist"]), c.city)
        t = [letterhead(c, to, 1), "", c.d(), "", "Dr " + to2["full"].replace("Dr ", "") + ", " + to2["title"], "", "Dear %s" % to2["first"], "", "Re: " + c.name(0), "",
             "I would be grateful if you would see this %s whom I have been managing for %s. %s" % (c.agesex(), cs["dx"].lower(), r.choice(["I am concerned about a possible underlying cause and would value your input.", "Further sub-specialist work-up is needed.", "The family has requested a second opinion."])), "",
             "Results enclosed: " + "; ".join(cs["inv"][:3]) + ".", "", "Many thanks", to["name"]]
    else:  # tabular GP electronic referral
        t = ["Referral letter generated %s" % c.d(), "-" * 40, "Patient........ " + c.name(1), "ID............. " + c.idno, "Contact........ " + c.cell, "Funder......... %s (%s)" % (c.scheme, c.plan), "-" * 40, "Referred to.... " + to["name"], "Problem........ " + cs["pc"], "Vitals......... " + vitals_line(c, 0), "Chronic meds... " + (", ".join(m[0] for m in cs["chronic"]) or "none"), "Comments....... " + reason, "-" * 40, frm["name"] + "  Pr " + frm["prno"]]
    return "\n".join(t)


# ============================ 16. ADVANCE DIRECTIVE =========================
def g_advance_directive(c):
    r = c.r
    w1, w2 = c.rname(), c.rname()
    proxy = c.nok
    lay = r.randint(0, 6)
    if lay == 0:  # living will
        t = [r.choice(["LIVING WILL", "ADVANCE DIRECTIVE (LIVING WILL)", "Living Will Declaration"]), "", "To my family, my doctors, and all those concerned with my care:", "",
             "I, %s, Identity Number %s, of %s, being of sound mind, make this declaration of my own free will." % (c.name(2), c.idno, c.addr), "",
             "If the time comes that I am incapable of making or communicating decisions about my medical treatment, and if two independent medical practitioners agree that there is no reasonable prospect of my recovery from %s, I request that:" % r.choice(["a terminal illness", "irreversible brain damage", "a persistent vegetative state", "serious physical or mental illness"]),
             "  (a) I be allowed to die and not be kept alive by artificial means or heroic measures;", "  (b) I receive whatever medication is necessary to relieve pain and distress, even if this may shorten my life;", "  (c) I am not given cardiopulmonary resuscitation, mechanical ventilation, dialysis or artificial feeding.", "",
             "I nominate %s (%s) to ensure that my wishes are respected." % (proxy, c.nok_rel.lower()), "", "Signed at %s on %s" % (c.cd["name"], c.d()), "", "_____________________ DECLARANT", "", "WITNESSES:", "1. %s   ____________" % w1, "2. %s   ____________" % w2]
    elif lay == 1:  # DNR hospital form
        t = [c.hosp, "DO NOT ATTEMPT CARDIOPULMONARY RESUSCITATION (DNACPR) ORDER", "", pt_block(c, 2, ["Patient", "DOB", "Hosp No", "Ward"]), "",
             "In the event of cardiac or respiratory arrest, NO attempt at CPR is to be made.", "All other appropriate treatment and comfort care will continue.", "",
             "Reason: " + r.choice(["Patient's expressed wishes (capacity confirmed)", "CPR would not be successful due to underlying condition", "Advanced malignancy", "Living will presented"]),
             "Discussed with: [X] Patient  [%s] Family (%s)" % (r.choice(["X", " "]), proxy), "Ceiling of care: " + r.choice(["Ward-based care, no ICU", "Full medical treatment except CPR/intubation", "Comfort care only"]), "Review date: " + c.d(c.later(r.randint(7, 90))), "",
             "Doctor: %s   Signature: _______  Date: %s  Time: %s" % (c.spec["name"], c.d(), tm(r, 1)), "Consultant endorsed: [X]"]
    elif lay == 2:  # Jehovah's witness refusal of blood
        t = ["ADVANCE MEDICAL DIRECTIVE / RELEASE", "", "I, %s, born %s, am one of Jehovah's Witnesses. I direct that no blood transfusions (whole blood, red cells, white cells, platelets or plasma) be given to me under any circumstances, even if health-care providers believe that such are necessary to preserve my life." % (c.name(2), c.dobs()),
             "", "I accept: [X] non-blood volume expanders  [X] cell salvage (circuit)  [%s] albumin  [%s] clotting factors" % (r.choice(["X", " "]), r.choice(["X", " "])), "", "I release doctors, anaesthetists, hospitals and staff from liability for any damages resulting from my refusal.", "",
             "Health-care agent: %s  Tel %s" % (proxy, c.cell), "Signed: ___________  Date: %s" % c.d(), "Witnesses: %s; %s" % (w1, w2)]
    elif lay == 3:  # clinician-documented goals of care
        t = ["Goals of care discussion - " + c.d(), "Present: patient, %s (%s), %s, Sr %s" % (proxy, c.nok_rel.lower(), c.spec["name"], c.rname("F")), "",
             "%s has %s. Prognosis discussed openly. %s expressed the wish %s." % (c.pt(), c.case["dx"].lower(), c.he().capitalize(), r.choice(["not to be resuscitated or ventilated", "to die at home if possible", "to continue active treatment but not ICU"])),
             "Decision: " + r.choice(["DNR - form signed", "Not for ICU/intubation; continue antibiotics", "Palliative care referral"]), "Living will: " + r.choice(["copy on file", "patient will bring", "none"]), "", c.spec["name"]]
    elif lay == 4:  # palliative care plan / advance care plan form
        t = [r.choice(["ADVANCE CARE PLAN", "My Advance Care Plan", "Hospice Palliative Care - Advance Care Planning"]), "", "Name: " + c.name(2), "ID: " + c.idno, "Date: " + c.d(), "",
             "1. What matters most to me: " + r.choice(["being comfortable and with my family", "staying at home", "being able to recognise my grandchildren"]), "2. Where I would like to be cared for: " + r.choice(["Home", "Hospice inpatient unit", "Hospital"]),
             "3. Treatments I do NOT want: " + r.choice(["CPR, ventilator, tube feeding", "ICU admission", "dialysis"]), "4. Person to speak for me: %s, %s, %s" % (proxy, c.nok_rel, c.cell), "5. Religious/cultural wishes: " + r.choice(["Minister to be called", "Imam to be informed", "None", "Family to perform rituals at home"]), "", "Signature: ________   Witness: " + w1]
    elif lay == 5:  # Afrikaans/English bilingual living will
        t = ["LEWENSTESTAMENT / LIVING WILL", "", "Ek/I, %s, ID %s," % (c.name(2), c.idno), "verklaar hiermee dat indien ek nie meer in staat is om besluite te neem nie en daar geen redelike vooruitsig op herstel is nie, ek nie deur kunsmatige middele aan die lewe gehou wil word nie.",
             "hereby declare that should I no longer be able to make decisions and there is no reasonable prospect of recovery, I do not wish to be kept alive by artificial means.", "", "Geteken te/Signed at %s, %s" % (c.cd["name"], c.d()), "Getuies/Witnesses: %s, %s" % (w1, w2)]
    else:  # note acknowledging directive on admission
        t = [c.hosp + " - Nursing admission checklist (extract)", "Patient: " + c.name(1), "Advance directive / living will: [X] Yes  - copy placed in front of file", "DNR status: " + r.choice(["DNR", "Not for CPR", "Full code until reviewed by Dr"]), "Proxy: %s (%s) %s" % (proxy, c.nok_rel, c.cell), "Verified by Sr " + c.rname("F") + " " + c.d()]
    return "\n".join(t)


# ============================ 17. ECG REPORT ================================
ECG = {
    "normal": dict(rate=(62, 88), pr=(140, 190), qrs=(82, 100), axis=(10, 70), stmts=["Sinus rhythm", "Normal ECG"], narr="Sinus rhythm. Normal axis. Normal intervals. No ST or T wave changes."),
    "stach": dict(rate=(102, 128), pr=(120, 160), qrs=(78, 96), axis=(20, 80), stmts=["Sinus tachycardia", "Otherwise normal ECG"], narr="Sinus tachycardia. Normal axis. No acute ischaemic changes."),
    "st_dep": dict(rate=(80, 100), pr=(150, 190), qrs=(86, 102), axis=(-10, 40), stmts=["Sinus rhythm", "ST depression, consider lateral subendocardial injury", "** ** ACUTE MI / STEMI ** ** not met", "Abnormal ECG"], narr="Sinus rhythm. Horizontal ST depression 1-2 mm in V4-V6, I and aVL. No ST elevation. Consistent with lateral ischaemia/NSTEMI in the clinical context."),
    "af": dict(rate=(118, 152), pr=None, qrs=(84, 104), axis=(0, 60), stmts=["Atrial fibrillation with rapid ventricular response", "Nonspecific ST and T wave abnormality", "Abnormal ECG"], narr="Atrial fibrillation with fast ventricular response. Normal QRS. Rate-related nonspecific ST changes."),
    "lvh": dict(rate=(64, 90), pr=(160, 200), qrs=(96, 112), axis=(-20, 20), stmts=["Sinus rhythm", "Left ventricular hypertrophy with repolarization abnormality", "Abnormal ECG"], narr="Sinus rhythm. Voltage criteria for LVH (Sokolow-Lyon 41 mm) with lateral strain pattern."),
    "lbbb": dict(rate=(88, 112), pr=(170, 210), qrs=(138, 162), axis=(-45, -10), stmts=["Sinus rhythm", "Left bundle branch block", "Abnormal ECG"], narr="Sinus rhythm. Left bundle branch block (QRS 150 ms). Left axis. Known LBBB - compare with previous."),
    "rbbb": dict(rate=(60, 84), pr=(150, 190), qrs=(124, 140), axis=(60, 100), stmts=["Sinus rhythm", "Right bundle branch block", "Borderline ECG"], narr="Sinus rhythm with complete RBBB. No acute changes."),
    "brady": dict(rate=(42, 54), pr=(160, 210), qrs=(84, 100), axis=(20, 70), stmts=["Sinus bradycardia", "Otherwise normal ECG"], narr="Sinus bradycardia, likely beta-blocker effect. Otherwise normal."),
    "avb1": dict(rate=(58, 76), pr=(220, 280), qrs=(86, 104), axis=(0, 60), stmts=["Sinus rhythm with 1st degree A-V block", "Borderline ECG"], narr="Sinus rhythm with first-degree AV block (PR 240 ms). No other abnormality."),
}


def g_ecg_report(c):
    r, cs = c.r, c.case
    k = cs["ecg"] if r.random() < 0.6 else r.choice(list(ECG))
    e = ECG[k]
    rate = r.randint(*e["rate"])
    pr = r.randint(*e["pr"]) if e["pr"] else None
    qrs = r.randint(*e["qrs"])
    qt = int(400 - (rate - 60) * 1.3 + r.randint(-15, 15))
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    ax = r.randint(*e["axis"])
    cardio = make_doctor(r, r.choice(["Cardiologist", "Physician"]), c.city)
    lay = r.randint(0, 6)
    if lay == 0:  # machine printout
        t = ["%s  %s %s" % (c.name(3), c.d(c.date, 0), tm(r, 0)), "ID: %s   %d yr  %s   %s" % (c.hospno, c.age, "Male" if c.sex == "M" else "Female", r.choice(["Loc: ED", "Room 3", "Ward " + str(r.randint(1, 9)), "CCU"])),
             "Vent. rate      %d BPM" % rate, "PR interval     %s ms" % (pr or "*"), "QRS duration    %d ms" % qrs, "QT/QTc          %d/%d ms" % (qt, qtc), "P-R-T axes      %s %d %d" % (r.randint(20, 70) if pr else "*", ax, r.randint(-10, 80)), ""] + e["stmts"] + ["", r.choice(["Unconfirmed", "Confirmed by: " + cardio["name"], "Referred by: " + c.spec["name"] + "    Unconfirmed"]), "25mm/s 10mm/mV 150Hz  " + r.choice(["MAC 5500", "PageWriter TC50", "CardioMax"])]
    elif lay == 1:  # formal cardiology report
        t = [letterhead(c, cardio, r.choice([1, 3])), "", "ECG REPORT" if r.random() < 0.5 else "Electrocardiogram interpretation", "Patient: %s   Age %d   Date %s" % (c.name(0), c.age, c.d()), "Requested by: " + c.spec["name"], "",
             "Rhythm: " + e["stmts"][0], "Rate: %d/min" % rate, "Axis: %d degrees" % ax, "PR: %s ms   QRS: %d ms   QTc: %d ms" % (pr or "n/a", qrs, qtc), "", "Interpretation: " + e["narr"], "", cardio["name"]]
    elif lay == 2:  # handwritten interpretation in notes
        t = ["ECG " + c.d(c.date, 0) + " " + tm(r, 1), "%s, rate %d, %s axis, PR %s, QRS %s, %s" % (e["stmts"][0].replace("Sinus rhythm", "SR"), rate, "normal" if -30 < ax < 90 else ("LAD" if ax <= -30 else "RAD"), pr or "-", "narrow" if qrs < 120 else "broad", e["narr"].split(".")[-2].strip() if len(e["narr"].split(".")) > 2 else ""), "Imp: " + e["stmts"][-1], "- " + c.spec["sur"]]
    elif lay == 3:  # stress ECG
        stage = r.randint(2, 5)
        t = [c.hosp + " Cardiac Investigations", "EXERCISE STRESS TEST (Bruce protocol)", "Patient: %s   %d%s   Wt %d kg" % (c.name(2), c.age, c.sex, c.weight), "Date: " + c.d(), "Indication: " + r.choice(["chest pain ?ischaemia", "pre-operative", "risk assessment"]), "",
             "Resting ECG: " + e["stmts"][0] + ", HR %d, BP %d/%d" % (rate, r.randint(110, 150), r.randint(70, 90)), "Exercise time: %d min %02d s (stage %d)" % (stage * 3 - r.randint(0, 2), r.randint(0, 59), stage), "Max HR: %d (%d%% of predicted)" % (int((220 - c.age) * r.uniform(0.82, 0.98)), r.randint(82, 98)),
             "Peak BP: %d/%d" % (r.randint(160, 210), r.randint(70, 95)), "METs: %.1f" % (stage * 2.4), "Symptoms: " + r.choice(["none", "fatigue", "mild chest tightness at peak"]), "ST changes: " + r.choice(["none significant", "1.5 mm horizontal ST depression V5-V6 at peak, resolving in recovery", "upsloping ST depression <1 mm"]), "Arrhythmias: " + r.choice(["occasional VEBs", "none"]), "",
             "Conclusion: " + r.choice(["Negative for inducible ischaemia at an adequate workload.", "Positive for inducible ischaemia - recommend coronary angiography.", "Equivocal study."]), cardio["name"]]
    elif lay == 4:  # Holter
        t = ["24-HOUR HOLTER MONITOR REPORT", pt_block(c, 1, ["Patient", "DOB", "Dr"]), "Hook-up: %s %s   Duration: 23 h %d min" % (c.d(), tm(r, 0, 8, 12), r.randint(10, 59)), "",
             "Total beats: %d" % r.randint(90000, 120000), "Min HR %d at %s, Max HR %d at %s, Mean %d" % (r.randint(42, 58), tm(r, 0, 1, 5), r.randint(110, 150), tm(r, 0, 9, 20), r.randint(64, 86)), "Predominant rhythm: " + ("atrial fibrillation" if k == "af" else "sinus rhythm"),
             "SVEs: %d (%s)" % (r.randint(10, 900), r.choice(["isolated", "3 short runs of SVT, longest 6 beats"])), "VEs: %d, %s" % (r.randint(0, 400), r.choice(["unifocal", "no couplets"])), "Pauses >2.5 s: " + r.choice(["none", "1 (2.7 s at 03h12)"]), "Patient diary: " + r.choice(["palpitations at 14h00 - corresponds to sinus tachycardia", "no symptoms recorded"]), "",
             "Summary: " + r.choice(["No significant arrhythmia.", "Paroxysmal AF burden 12%.", "Frequent isolated SVEs, no sustained arrhythmia."]), cardio["name"]]
    elif lay == 5:  # tech report with measurement table
        t = ["12 LEAD ECG", "%s | %s | %s" % (c.hosp, c.name(1), c.d()), "", "HR    PR    QRS   QT    QTc   Axis", "%-5d %-5s %-5d %-5d %-5d %d" % (rate, pr or "-", qrs, qt, qtc, ax), "", "Computer statement: " + "; ".join(e["stmts"]), "Physician comment: " + e["narr"], "", "Over-read by: " + cardio["name"] + " " + c.d(c.later(1))]
    else:  # comparison statement
        t = ["ECG - serial comparison", c.name(2) + "  " + c.hospno, "Current: %s   Previous: %s" % (c.d(), c.d(c.later(-r.randint(1, 400)))), "", e["narr"], "Compared with previous tracing: " + ({"st_dep": "new ST depression laterally", "af": "new atrial fibrillation (previously sinus rhythm)", "stach": "rate now faster"}.get(k, r.choice(["no significant change", "no significant change", "unchanged"]))), "", cardio["name"]]
    return "\n".join(t)


# ============================ 18. IMMUNIZATION RECORD =======================
EPI = [("Birth", ["BCG", "OPV 0"]), ("6 weeks", ["OPV 1", "Rotavirus 1", "Hexavalent (DTaP-IPV-Hib-HBV) 1", "PCV 1"]), ("10 weeks", ["Hexavalent 2"]),
       ("14 weeks", ["Rotavirus 2", "Hexavalent 3", "PCV 2"]), ("6 months", ["Measles 1"]), ("9 months", ["PCV 3"]), ("12 months", ["Measles 2"]),
       ("18 months", ["Hexavalent 4"]), ("6 years", ["Td"]), ("12 years", ["Td"])]
EPI_DAYS = {"Birth": 0, "6 weeks": 42, "10 weeks": 70, "14 weeks": 98, "6 months": 182, "9 months": 273, "12 months": 365, "18 months": 547, "6 years": 2190, "12 years": 4380}


def g_immunization_record(c):
    r = c.r
    lay = r.randint(0, 6)
    if lay in (0, 1) or (c.child and lay < 3):  # Road to Health
        dob = c.dob
        t = [r.choice(["ROAD TO HEALTH BOOKLET - IMMUNISATIONS", "Immunisation record (copy of RTHB)", "CHILD HEALTH - VACCINATION HISTORY"]), "Child: %s   DOB: %s   Sex: %s" % (c.name(2), c.d(dob), c.sex), "Mother: " + c.nok if c.nok_rel == "Mother" else "Parent/guardian: " + c.nok, "Birth weight: %.2f kg   Place of birth: %s" % (r.uniform(2.6, 3.9), r.choice([c.hosp, "home", "MOU"])), ""]
        age_days = (c.date - dob).days if c.child else 99999
        t.append("%-10s %-36s %-12s %-10s %s" % ("Age", "Vaccine", "Date", "Batch", "Sign"))
        for age, vs in EPI:
            dd = dob + datetime.timedelta(days=EPI_DAYS[age] + r.randint(0, 10))
            for v in vs:
                if EPI_DAYS[age] <= age_days:
                    t.append("%-10s %-36s %-12s %-10s %s" % (age, v, c.d(dd, 0), "%s%d" % (r.choice(["A", "K", "H", "PK"]), r.randint(1000, 99999)), r.choice(["SN", "clinic", "Sr M", "pharm", "Dr"])))
                else:
                    t.append("%-10s %-36s %-12s" % (age, v, "____"))
        t += ["", "Vitamin A: " + r.choice(["6 mo given, 12 mo given", "given as per schedule", "12 mo due"]), "Deworming: " + r.choice(["12 mo given", "n/a"])]
    elif lay == 2:  # COVID certificate
        v = r.choice([("Comirnaty (Pfizer-BioNTech)", 2), ("Janssen COVID-19 vaccine", 1)])
        d1 = datetime.date(2021, r.randint(6, 12), r.randint(1, 28))
        t = ["COVID-19 VACCINATION CERTIFICATE", "National Department of Health - Electronic Vaccination Data System", "", "Name: %s" % c.name(3), "ID/Passport: %s" % c.idno, "Date of birth: %s" % c.d(c.dob), ""]
        for i in range(v[1] + r.randint(0, 1)):
            t.append("Dose %d: %s   Date: %s   Site: %s   Batch: %s" % (i + 1, v[0] if i < v[1] else "Comirnaty (booster)", c.d(d1 + datetime.timedelta(days=42 * i + (120 if i >= v[1] else 0)), 4), r.choice(["Pharmacy vaccination site", c.hosp, "Community centre site"]), "%s%d" % (r.choice(["FF", "XD", "FN", "EW"]), r.randint(1000, 9999))))
        t += ["", "Verification code: %s-%04d" % ("".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)), r.randint(0, 9999)), "Scan QR code to verify  [QR]"]
    elif lay == 3:  # travel clinic / yellow fever
        t = [r.choice(["TRAVEL CLINIC", "Travel vaccination record"]) + " - " + r.choice(c.cd["subs"]) + " Travel Medicine Centre", "Traveller: %s   DOB: %s   Passport no: %s%07d" % (c.name(2), c.dobs(), r.choice(["A", "M", "T"]), r.randint(0, 9999999)), "Destination: " + r.choice(["Zambia, Tanzania", "Kenya, Uganda", "Brazil", "Ghana, Nigeria", "Thailand, Vietnam", "DRC"]), "Departure: " + c.d(c.later(r.randint(10, 40))), ""]
        for v in r.sample(["Yellow fever (Stamaril) - ICVP issued, valid for life", "Hepatitis A (Avaxim 160U)", "Typhoid (Typhim Vi)", "Rabies pre-exposure dose 1", "Tdap booster (Boostrix)", "Influenza", "Meningococcal ACWY"], r.randint(2, 4)):
            t.append("[%s] %s   lot %s" % (c.d(), v, "%s%d" % (r.choice(["R", "T", "L"]), r.randint(10000, 99999))))
        t += ["", "Malaria prophylaxis advised: " + r.choice(["atovaquone/proguanil", "doxycycline 100 mg daily", "mefloquine weekly", "not required"]), "Nurse: Sr " + c.rname("F")]
    elif lay == 4:  # occupational health staff record
        t = [c.group + " - OCCUPATIONAL HEALTH", "Employee immunisation record", "Employee: %s   Staff no: %d   Dept: %s" % (c.name(2), r.randint(10000, 99999), r.choice(["Theatre", "ICU", "Ward 4", "Pharmacy", "Casualty", "Admin"])), "",
             "Hepatitis B: dose 1 %s, dose 2 %s, dose 3 %s" % (c.d(c.later(-400)), c.d(c.later(-370)), c.d(c.later(-220))), "Anti-HBs titre: %d mIU/mL (%s)" % (r.randint(8, 900), "immune" if r.random() < 0.8 else "non-responder - booster"), "Influenza: " + c.d(c.later(-r.randint(0, 60))),
             "Tdap: " + r.choice(["2016", "2019", "not recorded"]), "Varicella IgG: " + r.choice(["positive", "not done"]), "TB screening: " + r.choice(["symptom screen negative", "IGRA negative", "CXR normal"]), "", "OHN: Sr " + c.rname("F")]
    elif lay == 5:  # pharmacy flu vaccine record
        t = [r.choice(["Sunrise", "Riverside", "Kloof Village", "Protea"]) + " Pharmacy - Vaccination record", "Date: " + c.d(), "Client: %s  Age %d  Med aid: %s %s" % (c.name(2), c.age, c.scheme, c.memno), "Screening: no fever today [X], no egg anaphylaxis [X], not pregnant [%s]" % ("X" if c.sex == "F" else "n/a"),
             "Vaccine: " + r.choice(["Influvac Tetra 0.5 mL", "Vaxigrip Tetra 0.5 mL", "Pneumovax 23 0.5 mL", "Prevenar 13"]), "Route/site: IM left deltoid", "Batch: %s%d  Exp: %s" % (r.choice(["K", "V", "R"]), r.randint(10000, 99999), c.d(c.later(200))), "Observed 15 min: no reaction", "Administered by: " + c.rname() + " (pharmacist)"]
    else:  # adult summary in GP notes
        t = ["Immunisation history - " + c.name(1), "Childhood: %s" % r.choice(["complete per patient", "unknown", "RTHB not available"]), "Influenza: " + ", ".join(str(c.date.year - i) for i in range(r.randint(1, 4))), "Pneumococcal: " + r.choice(["PCV13 " + str(c.date.year - 1), "not given", "PPV23 " + str(c.date.year - 2)]), "Tetanus: " + r.choice(["Td %d" % (c.date.year - r.randint(1, 9)), "unknown"]), "COVID-19: " + r.choice(["2 doses Pfizer", "J&J x1 + booster", "declined"]) if c.date.year >= 2021 else "COVID-19: n/a", "HPV: " + r.choice(["school programme", "n/a"]), "Recorded by " + c.gp["name"] + " " + c.d()]
    return "\n".join(t)


# ============================ 19. REGISTRATION FORM =========================
def g_registration_form(c):
    r = c.r
    emp = r.choice(["Self-employed", "Pensioner", "Student", "Eskom", "Transnet", "Dept of Education", "Standard Bank", "Shoprite", "City of " + c.cd["name"], "SAPS", "Unemployed", "Mine Co (Pty) Ltd"])
    lay = r.randint(0, 6)
    if lay == 0:  # hospital admission form
        t = [hosp_header(c, 0), "", r.choice(["PATIENT ADMISSION FORM", "ADMISSION / REGISTRATION", "IN-PATIENT ADMISSION AGREEMENT"]), "Admission no: %s   Date: %s   Time: %s" % (c.visit, c.d(), tm(r, 1)), "",
             "PATIENT DETAILS", "Surname: %s   First names: %s%s   Title: %s" % (c.sur.upper(), c.first, " " + c.first2 if c.first2 else "", c.title), "ID no: %s   DOB: %s   Sex: %s" % (c.idno, c.dobs(), c.sex), "Home language: %s   Marital status: %s" % (r.choice(["English", "isiZulu", "Afrikaans", "isiXhosa", "Sesotho", "Setswana", "Sepedi"]), r.choice(["Married", "Single", "Divorced", "Widowed"])),
             "Address: " + c.addr, "Tel (H): %s   Cell: %s   E-mail: %s" % (c.tel, c.cell, c.first.lower() + "." + c.sur.lower().replace(" ", "") + "@" + r.choice(["webmail.co.za", "mweb.co.za", "gmail.com", "telkomsa.net"])), "Employer: " + emp, "",
             "MEDICAL AID DETAILS", "Scheme: %s   Option: %s" % (c.scheme, c.plan), "Membership no: %s   Dependant code: %s" % (c.memno, c.dep), "Main member: %s   Main member ID: %s" % (c.mainmember, c.idno if c.dep == "00" else "%013d" % r.randint(10 ** 12, 10 ** 13 - 1)), "Authorisation no: %d" % r.randint(10000000, 99999999), "",
             "NEXT OF KIN", "Name: %s   Relationship: %s   Tel: %s" % (c.nok, c.nok_rel, cell(r)), "", "Admitting doctor: %s   Ward: %s" % (c.spec["name"], c.ward), "",
             "I, the undersigned, accept responsibility for all charges not covered by the medical scheme, including co-payments and levies.", "Signature: ____________   Date: " + c.d()]
    elif lay == 1:  # rooms new patient form
        t = [c.spec["name"] + " - " + r.choice(["New patient registration", "PATIENT INFORMATION SHEET", "Patient details form"]), "", "Patient name: " + c.name(2), "Date of birth: " + c.dobs() + "   ID: " + c.idno, "Cell: " + c.cell + "   Work: " + phone(r, c.cd["code"]), "Postal address: " + c.addr, "",
             "Person responsible for account: " + c.mainmember, "Medical aid: " + c.scheme + "  Plan: " + c.plan, "No: " + c.memno, "Referring doctor: " + c.gp["name"], "Family GP: " + c.gp["name"], "",
             "Medical history (tick): Diabetes [%s] Hypertension [%s] Heart [%s] Asthma [ ] Epilepsy [ ] Other: ____" % ("X" if any("diabetes" in p.lower() for p in c.case["pmh"]) else " ", "X" if "Hypertension" in c.case["pmh"] else " ", " "), "Allergies: " + c.allergy, "",
             "I consent to the processing of my personal information in terms of POPIA for purposes of my treatment and billing." if c.date.year >= 2020 else "I authorise the practice to submit claims to my medical aid.", "Signature: __________  Date: " + c.d()]
    elif lay == 2:  # casualty registration sticker style
        t = [c.hosp.upper() + " EMERGENCY UNIT", "*** REGISTRATION ***", "%s  %s  %s" % (c.d(), tm(r, 0), c.visit), "%s, %s  (%s)  %d%s" % (c.sur.upper(), c.first.upper(), c.dobs(), c.age, c.sex), "ID %s" % c.idno, "FIN CLASS: " + r.choice(["MEDICAL AID", "PRIVATE (CASH)", "MEDICAL AID", "IOD/COIDA", "RAF"]), "SCHEME: %s %s DEP %s" % (c.scheme, c.memno, c.dep), "NOK: %s %s" % (c.nok, cell(r)), "DEPOSIT: R%s" % r.choice(["0.00", "1500.00", "3000.00", "5000.00"]), "Clerk: " + r.choice(["ADM", "REG2", "TN", "LM"])]
    elif lay == 3:  # demographic update
        t = ["PATIENT DEMOGRAPHIC UPDATE / VERIFICATION", c.hosp, "MRN: " + c.hospno, "", "Field            Old value              New value", "Address          %-22s %s" % ("(see file)", c.addr[:40]), "Cell             %-22s %s" % (cell(r), c.cell), "Medical aid      %-22s %s" % (r.choice(SCHEMES)[0][:22], c.scheme), "Member no        %-22s %s" % ("-", c.memno), "", "ID document sighted: [X]   Medical aid card copied: [X]", "Updated by: " + c.rname() + "  " + c.d()]
    elif lay == 4:  # paediatric registration
        t = [c.hosp, "PAEDIATRIC REGISTRATION", "Child's name: " + c.name(2), "DOB: " + c.dobs(), "Parent/guardian: %s (%s)" % (c.nok, c.nok_rel), "Parent ID: %013d" % r.randint(10 ** 12, 10 ** 13 - 1), "Contact: " + c.cell, "School/creche: " + r.choice(["Little Acorns", "Sunshine Educare", "N/A", "Grade R"]), "Medical aid: %s %s dep %s" % (c.scheme, c.memno, c.dep), "Guardian signature: ________"]
    elif lay == 5:  # cash patient / quotation acceptance
        t = [c.hosp, "PRIVATE PATIENT (SELF-PAYING) REGISTRATION", "Name: " + c.name(0), "ID: " + c.idno, "Address: " + c.addr, "Employer: " + emp, "Deposit paid: R%d.00   Receipt no %d" % (r.choice([5000, 10000, 15000, 25000]), r.randint(100000, 999999)), "Estimated cost as per quotation ref Q%d" % r.randint(1000, 9999), "I undertake to pay the full account within 30 days of discharge.", "Signature: _______"]
    else:  # short electronic face sheet
        t = ["FACE SHEET", "-" * 40, "Name: " + c.name(1), "MRN: " + c.hospno + "   Visit: " + c.visit, "DOB/Age/Sex: %s / %d / %s" % (c.dobs(), c.age, c.sex), "Address: " + c.addr, "Phone: " + c.cell, "Payer: %s (%s) #%s" % (c.scheme, c.plan, c.memno), "Attending: " + c.spec["name"], "Admit: %s  Type: %s" % (c.d(), r.choice(["Inpatient", "Day case", "Emergency"])), "Emergency contact: %s (%s)" % (c.nok, c.nok_rel)]
    return "\n".join(t)


# ============================ 20. INSURANCE CARD ============================
def g_insurance_card(c):
    r = c.r
    admin = r.choice(ADMINS)
    deps = [(c.mainmember, "00")] + ([(c.name(2), c.dep)] if c.dep != "00" else []) + [("%s %s" % (r.choice(FIRST_M + FIRST_F), c.sur), "%02d" % i) for i in range(2, 2 + r.randint(0, 2))]
    lay = r.randint(0, 6)
    back = ["Hospital pre-authorisation: " + c.scheme_tel, "Emergency (24h): " + r.choice(["082 911", "0800 111 990", "084 124"]), "Members must obtain authorisation before any planned hospital admission.", "This card remains the property of the Scheme and must be returned on request."]
    if lay == 0:
        t = ["[FRONT]", c.scheme.upper(), c.plan, "", "MEMBER: " + c.mainmember.upper(), "MEMBERSHIP NO: " + c.memno, "", "DEP  NAME"] + ["%s   %s" % (d, n.upper()) for n, d in deps] + ["", "Valid from: %s" % c.d(c.later(-r.randint(30, 700)), 4), "", "[BACK]"] + back + ["Administered by " + admin]
    elif lay == 1:  # photocopy both sides on one page
        t = ["Copy of medical aid card (front & back) - " + c.hosp, "", "+" + "-" * 44 + "+", "| %-42s |" % c.scheme, "| %-42s |" % c.plan.upper(), "| %-42s |" % ("No. " + c.memno), "| %-42s |" % c.mainmember, "| %-42s |" % ("Dependants: " + ", ".join(d for _, d in deps)), "+" + "-" * 44 + "+", "", "+" + "-" * 44 + "+"] + ["| %-42s |" % b[:42] for b in back] + ["+" + "-" * 44 + "+", "", "Copied by: %s  %s" % (r.choice(["ADM", "reception"]), c.d())]
    elif lay == 2:  # digital card printout
        t = [c.scheme + " app - Digital membership card", "Beneficiary: " + c.name(2), "Dependant code: " + c.dep, "Member number: " + c.memno, "Plan: " + c.plan + " " + str(c.date.year), "Status: ACTIVE", "Network GP: " + r.choice(["Yes", "Not nominated"]), "[barcode] %d" % r.randint(10 ** 11, 10 ** 12 - 1), "Need help? " + c.scheme_tel]
    elif lay == 3:  # gap cover card
        ins = r.choice(["Sirius Gap Cover", "Ubuntu Shortfall Insurance", "Kestrel Gap Solutions"])
        t = [ins.upper(), "Medical gap cover - policy card", "Policy holder: " + c.mainmember, "Policy no: G%08d" % r.randint(0, 99999999), "Linked scheme: %s %s" % (c.scheme, c.memno), "Cover: shortfalls up to 500% of scheme rate", "", "Claims: claims@" + ins.split()[0].lower() + "gap.co.za  |  " + phone(r, "086"), "Underwritten by a licensed non-life insurer. FSP %d" % r.randint(10000, 49999)]
    elif lay == 4:  # OCR garbled card
        t = [c.scheme.upper().replace("E", "E ").strip(), "%s    %s" % (c.plan, c.memno), "", c.mainmember.upper(), "DEP %s" % c.dep, "", r.choice(["MEMBER SINCE", "JOIN DATE"]) + " %02d/%d" % (r.randint(1, 12), c.date.year - r.randint(0, 15)), "", "PHARMACY: PLEASE CLAIM VIA %s" % r.choice(["MEDIKREDIT", "SWITCH", "HEALTHBRIDGE"]), "BIN %d" % r.randint(100000, 999999)]
    elif lay == 5:  # hospital plan with limited options
        t = ["FRONT:", "%s | %s" % (c.scheme, c.plan), "Member %s" % c.memno, "Principal member: " + c.mainmember, "Network hospitals only - check list at www.%s.co.za" % c.scheme.split()[0].lower(), "", "BACK:", "Pre-auth 48 hours before admission: " + c.scheme_tel, "Emergency admission: notify within 1 working day", "Ambulance: " + r.choice(AMBUL) + " " + r.choice(["0800 333 444", "082 911", "0861 10 10 10"]), "Fraud hotline: 0800 %03d %03d" % (r.randint(100, 999), r.randint(100, 999))]
    else:  # card details captured in text
        t = ["Medical aid card details (captured at reception)", "Scheme: " + c.scheme, "Option: " + c.plan, "Number: " + c.memno, "Main member: " + c.mainmember, "Dependants on card:"] + ["  %s - %s" % (d, n) for n, d in deps] + ["Card verified online: " + r.choice(["yes - active", "yes", "no - system offline"]), "Date: " + c.d()]
    return "\n".join(t)


# ============================ 21. NURSING NOTE ==============================
def g_nursing_note(c):
    r, cs = c.r, c.case
    sr = "Sr " + c.rname("F")
    en = "EN " + c.rname()
    day = r.randint(1, max(1, c.los))
    lay = r.randint(0, 6)
    obs = "T %.1f  P %d  BP %d/%d  R %d  Sats %d%%" % (r.uniform(36.1, 37.8), r.randint(66, 108), r.randint(104, 150), r.randint(60, 92), r.randint(14, 22), r.randint(92, 99))
    if lay == 0:  # shift report
        shift = r.choice(["DAY DUTY", "NIGHT DUTY", "Night report", "Day report"])
        t = ["%s  %s  %s" % (c.ward.upper(), shift, c.d(c.later(day))), "%s  Bed %s  %s" % (c.name(1), c.bed, c.spec["name"]), "", "Dx: " + cs["dx"], "",
             "%s Received patient %s. %s" % (tm(r, 1, 7, 8) if "DAY" in shift.upper() else tm(r, 1, 19, 20), r.choice(["awake and orientated", "asleep, easily rousable", "sitting in chair"]), obs), "%s Medication given as prescribed. %s" % (tm(r, 1, 9, 11), r.choice(["IVI running well", "Drip site clean", "Saline lock in situ"])),
             "%s %s" % (tm(r, 1, 12, 15), r.choice(["Ate 3/4 of lunch.", "Tolerating fluids.", "Seen by physio, mobilised to bathroom.", "Bed bath given, pressure areas intact."])), "%s %s" % (tm(r, 1, 15, 18), r.choice(["Dr %s did rounds - plan as per notes." % c.spec["sur"], "Family visited.", "Pain 3/10, analgesia given with effect."])), "",
             "Intake/Output: %d/%d mL" % (r.randint(1200, 2600), r.randint(800, 2200)), "Handed over to night staff in stable condition." if "DAY" in shift.upper() else "Slept well. Handed over to day staff.", sr]
    elif lay == 1:  # SOAPIE nursing
        t = [c.hosp + " - NURSING PROGRESS NOTES", c.name(3) + "  " + c.hospno, c.d(c.later(day)) + " " + tm(r, 1), "", "S: " + r.choice(["Patient states pain is better.", "Complains of nausea.", "'I want to go home'.", "States slept poorly."]),
             "O: " + obs + ". " + r.choice(["Wound dressing dry and intact.", "Chest: productive cough.", "Voiding well.", "Mobile with assistance."]), "A: " + r.choice(["Acute pain", "Risk for falls", "Impaired mobility", "Risk of infection", "Knowledge deficit re medication"]) + " related to " + cs["dx"].split(",")[0].lower(),
             "P: " + r.choice(["Continue analgesia, reassess in 1 hour", "Fall precautions, bed rails up", "Encourage mobility and fluids"]), "I: " + r.choice(["Analgesia given as charted.", "Call bell within reach. Non-slip socks on.", "Health education given."]), "E: " + r.choice(["Pain reduced to 2/10.", "No falls.", "Patient verbalised understanding."]), "", en]
    elif lay == 2:  # ICU flow narrative
        t = ["ICU NURSING RECORD " + c.d(), "Bed %d  %s  Dx: %s" % (r.randint(1, 12), c.name(1), cs["dx"]), "1:1 nursing", ""]
        for h in range(r.randint(4, 7)):
            t.append("%02d:00  HR %d  BP %d/%d  MAP %d  SpO2 %d  RR %d  CVP %d  UO %d mL" % (7 + h * 2, r.randint(70, 115), r.randint(95, 145), r.randint(55, 85), r.randint(65, 95), r.randint(92, 100), r.randint(12, 24), r.randint(4, 12), r.randint(20, 120)))
        t += ["", "Neuro: GCS %s, pupils %s" % (r.choice(["15", "14", "E3VtM6"]), "equal and reactive"), "Lines: " + r.choice(["CVC R IJV day 2 - dressing changed", "PIVC L hand, A-line R radial"]), "Pressure care: 2-hourly turns, Braden score %d" % r.randint(12, 19), "Family updated telephonically.", sr + " (ICU)"]
    elif lay == 3:  # admission nursing assessment
        t = [r.choice(["NURSING ADMISSION ASSESSMENT", "Nursing Care Plan - admission", "Admission checklist"]), pt_block(c, 0, ["Patient", "DOB", "Ward"]), "Arrived %s via %s" % (tm(r, 1), r.choice(["wheelchair", "stretcher", "walking", "ambulance"])), "",
             "Obs: " + obs, "Weight %d kg  Height %d cm" % (c.weight, c.height), "Allergies: " + c.allergy + "  (red armband: %s)" % ("yes" if c.allergy not in ("NKDA", "Nil known", "No known drug allergies", "None known", "Nil") else "n/a"), "Valuables: " + r.choice(["sent home with family", "listed on property form", "cellphone kept by patient"]),
             "Morse fall score: %s" % r.choice(["15 (low)", "25 (low)", "35 (moderate)", "45 (moderate)", "55 (high)", "75 (high)"]), "Waterlow: %d" % r.randint(8, 22), "Pain score: %d/10" % r.randint(0, 8), "Skin: " + r.choice(["intact", "bruise L forearm", "stage 1 pressure area sacrum - reported"]), "Orientated to ward and call bell [X]", "ID band checked [X]", "", "Admitting nurse: " + sr]
    elif lay == 4:  # wound care note
        t = ["Wound care - " + c.d(c.later(day)), c.name(2), "Site: " + r.choice(["midline laparotomy", "L hip incision", "R knee", "umbilical port site", "sacral pressure ulcer", "Pfannenstiel"]), "Appearance: " + r.choice(["clean, well approximated, no erythema", "slight serous ooze, edges intact", "granulating, 2 x 1 cm, no slough"]), "Dressing: " + r.choice(["Opsite post-op", "Aquacel Ag", "dry dressing", "Mepilex border"]) + " applied", "Pain during dressing: %d/10" % r.randint(0, 5), "Next change: " + r.choice(["48 h", "day 5", "when soiled"]), en]
    elif lay == 5:  # brief entries
        t = []
        for k in range(r.randint(3, 6)):
            t.append("%s %s - %s %s %s" % (c.d(c.later(day), 0), tm(r, 1), r.choice(["Obs stable.", "Pt resting.", "Meds given.", "IVI changed.", "Assisted to toilet.", "Pain 4/10 - paracetamol given.", "Dr informed of BP %d/%d." % (r.randint(150, 180), r.randint(90, 110)), "Refused supper.", "Turned."]), r.choice(["", "", "Comfortable."]), r.choice([c.author_init, "SN", "EN", "ENA"])))
    else:  # handover SBAR
        t = ["SBAR HANDOVER  " + c.d(c.later(day)) + " " + tm(r, 1), "S: %s, %s, day %d, %s." % (c.name(2), c.agesex(), day, cs["dx"]), "B: " + ", ".join(cs["pmh"]) + ". " + (OPS[cs["op"]]["name"] + " done." if cs["op"] else ""), "A: " + obs + ". " + r.choice(["Stable.", "Improving.", "Slightly febrile - Dr informed."]), "R: " + r.choice(["Continue obs 4-hourly.", "Await Dr round, ?discharge tomorrow.", "Monitor urine output.", "Repeat bloods in AM."]), "From %s to %s" % (sr, "Sr " + c.rname("F"))]
    return "\n".join(t)


# ============================ 22. ED NOTE ===================================
def g_ed_note(c):
    r, cs = c.r, c.case
    emdoc = make_doctor(r, r.choice(["EM", "GP"]), c.city)
    tews = r.randint(2, 8)
    col = "Red" if tews >= 7 else ("Orange" if tews >= 5 else ("Yellow" if tews >= 3 else "Green"))
    arr = tm(r, 1)
    dispo = r.choice(["Admit to " + c.ward + " under " + c.spec["name"], "Referred to " + c.spec["name"] + " - accepted", "Admit " + c.ward, "Transfer to theatre" if cs["op"] else "Admit for IV therapy"])
    lay = r.randint(0, 6)
    if lay == 0:  # casualty record
        t = [c.hosp.upper() + " - EMERGENCY UNIT", r.choice(["CASUALTY RECORD", "EMERGENCY DEPARTMENT RECORD", "Trauma / Emergency Unit Clinical Record"]), "", pt_block(c, 2, ["Patient", "DOB", "ID No", "Hosp No", "Medical Aid"]), "Arrival: %s %s  Mode: %s" % (c.d(), arr, r.choice(["walk-in", "private car", "ambulance (" + r.choice(AMBUL) + ")"])), "",
             "TRIAGE (SATS): TEWS %d   Colour: %s   Triage time %s" % (tews, col.upper(), arr), vitals_line(c, 3), "", sec(c, "Complaint", cs["pc"]), sec(c, "History", c.hpi()), sec(c, "PMH/Meds/Allergies", ", ".join(cs["pmh"]) + " / " + (", ".join(m[0] for m in cs["chronic"]) or "nil") + " / " + c.allergy), "",
             sec(c, "Examination", "\n".join(cs["exam"])), "", sec(c, "Investigations in EU", "\n".join(cs["inv"][:3])), "", sec(c, "Treatment in EU", "\n".join(med_line(r, m, 0) + r.choice([" - given", " stat", " (given %s)" % arr]) for m in cs["meds_in"][:2])), "",
             "Diagnosis: %s   ICD-10: %s" % (cs["dx"], cs["icd"]), "Disposition: " + dispo, "", "EU doctor: " + emdoc["name"] + "  " + emdoc["hpcsa"]]
    elif lay == 1:  # triage form only + brief doctor
        t = ["SOUTH AFRICAN TRIAGE SCALE - ADULT" if not c.child else "SATS - PAEDIATRIC (3-12 yrs)" if c.age >= 3 else "SATS - PAEDIATRIC (<3 yrs)", c.hosp + " Emergency Centre", "Name: %s   Age: %d   Date: %s   Time: %s" % (c.name(2), c.age, c.d(), arr), "",
             "Mobility: %s (%d)  RR: %s  HR: %s  SBP: %s  Temp: %s  AVPU: %s" % (r.choice(["Walking", "With help", "Stretcher"]), r.randint(0, 2), cs["vit"][3], cs["vit"][1], cs["vit"][2].split("/")[0] if cs["vit"][2] else "-", cs["vit"][0], r.choice(["Alert", "Alert", "Reacts to voice"])), "Trauma: No", "TEWS: %d" % tews, "Discriminators: " + r.choice(["none", "abdominal pain - severe", "SOB - moderate", "chest pain - cardiac", "focal neurology - acute"]), "Final priority: " + col.upper(), "Triage nurse: " + c.rname("F"), "",
             "Dr note %s: %s. %s. Imp: %s. Plan: %s." % (tm(r, 1), cs["pc"].capitalize(), cs["exam"][1], cs["dx"], dispo)]
    elif lay == 2:  # typed EM note with MDM
        t = ["Emergency Medicine Note", "%s | %s | %s" % (c.name(1), c.agesex(), c.d()), "Seen at %s (door-to-doctor %d min)" % (tm(r, 1), r.randint(5, 60)), "", "CC: " + cs["pc"], "HPI: " + c.hpi(), "", "Exam: " + vitals_line(c, 1) + ". " + " ".join(e + "." for e in cs["exam"]), "",
             "MDM: " + r.choice(["High-risk presentation. ", "Differential considered. "]) + "Results: " + "; ".join(cs["inv"][:3]) + ".", "ED course: " + r.choice(["Analgesia and IV fluids given.", "Responded to initial treatment.", "Remained stable."]) + " Discussed with " + c.spec["name"] + " who accepted.", "", "Clinical impression: " + cs["dx"], "Disposition: " + dispo, "", emdoc["name"]]
    elif lay == 3:  # discharged-from-ED minor case
        minor = r.choice([("laceration L forearm 4 cm", "Cleaned, LA lignocaine 1%, 5 x 4/0 nylon sutures. Tetanus toxoid given.", "S51.8"), ("sprained R ankle", "X-ray: no fracture (Ottawa positive). RICE, crepe bandage, crutches, ibuprofen.", "S93.4"), ("acute tonsillitis", "Pen VK / amoxicillin 500 mg tds x 10 days, paracetamol.", "J03.9"), ("migraine", "IV fluids, metoclopramide 10 mg IV, ketorolac 30 mg IM. Settled.", "G43.9"), ("allergic reaction (urticaria)", "Chlorphenamine 10 mg IV, hydrocortisone 200 mg IV. Observed 4 h.", "T78.4")])
        t = [c.hosp + " Emergency Centre", "Patient: %s (%d%s)  Date: %s  Time in: %s  Time out: %s" % (c.name(2), c.age, c.sex, c.d(), arr, tm(r, 1)), "Triage: " + r.choice(["Green", "Yellow"]), "", "Presenting: " + minor[0], "Exam: obs stable. " + r.choice(["Neurovascularly intact.", "No other injuries.", "Tonsils enlarged with exudate.", "No airway compromise."]), "Management: " + minor[1], "Dx: %s (%s)" % (minor[0], minor[2]), "Discharged home. Return if worse. Follow up with GP.", emdoc["name"]]
    elif lay == 4:  # resus / trauma-style chronological
        t = ["RESUS ROOM RECORD - " + c.hosp, c.name(3) + "  " + c.d(), "", "%s Arrival, handover from paramedics: %s" % (arr, cs["pc"]), "%s Primary survey: A patent, B %s, C HR %s BP %s, D GCS %s, E temp %s" % (tm(r, 1), "RR " + cs["vit"][3], cs["vit"][1], cs["vit"][2] or "-", r.choice(["15", "14", "13"]), cs["vit"][0]),
             "%s IV access x2, bloods sent (%s)" % (tm(r, 1), "FBC, U&E, " + r.choice(["CRP", "troponin", "VBG", "lactate"])), "%s %s" % (tm(r, 1), med_line(r, cs["meds_in"][0], 0) + " given"), "%s %s" % (tm(r, 1), cs["inv"][0]), "%s %s" % (tm(r, 1), "Discussed with " + c.spec["name"]), "", "Working dx: " + cs["dx"], "Disposition: " + dispo, "Team leader: " + emdoc["name"]]
    elif lay == 5:  # handwritten abbreviated
        t = ["EU  " + c.d(c.date, 0) + "  " + arr, c.name(4) + " %d%s" % (c.age, c.sex), "", "C/O " + cs["pc"], "O/E " + vitals_line(c, 0), "  " + "; ".join(cs["exam"][1:3]), "Ix: " + "; ".join(cs["inv"][:2]), "Imp: " + cs["dx"], "Rx: " + ", ".join(med_line(r, m, 4) for m in cs["meds_in"][:2]), "-> " + dispo, emdoc["name"].split()[-1]]
    else:  # paediatric ED
        t = [c.hosp + " Paediatric Emergency", "Name: %s   Age: %s   Weight: %d kg" % (c.name(2), c.age if c.child else "%d (adult)" % c.age, c.weight), "Brought by: " + (c.nok_rel.lower() if c.child else "self"), "Triage: " + col, "", "History: " + c.hpi(), "Exam: " + "; ".join(cs["exam"]), "Danger signs: " + r.choice(["none", "lethargic", "unable to drink"]), "", "Assessment: " + cs["dx"], "Plan: " + "; ".join(med_line(r, m, 0) for m in cs["meds_in"][:2]), "Disposition: " + dispo, "Dr " + c.rname()]
    return "\n".join(t)


# ============================ 23. TRANSFER SUMMARY ==========================
def g_transfer_summary(c):
    r, cs = c.r, c.case
    dest = r.choice([h for h in c.cd["hosp"] if h != c.hosp] + [r.choice(["Sunningdale Sub-acute Care", "Hillcrest Rehabilitation Centre", "Wilgers Step-Down Facility", "Hospice Inpatient Unit"])])
    reason = r.choice(["ICU bed not available", "requires cardiac catheterisation facilities", "step-down for rehabilitation", "medical aid network hospital", "funds exhausted - state facility", "specialist neurosurgical services"])
    amb = r.choice(AMBUL)
    lay = r.randint(0, 6)
    if lay == 0:  # inter-hospital transfer form
        t = [c.hosp, r.choice(["INTER-FACILITY TRANSFER FORM", "PATIENT TRANSFER SUMMARY", "TRANSFER LETTER"]), "", pt_block(c, 2), "", "Transferring doctor: %s   Receiving doctor: Dr %s" % (c.spec["name"], c.rname()), "Receiving facility: " + dest, "Reason for transfer: " + reason, "Date/time: %s %s" % (c.d(c.later(1)), tm(r, 1)), "",
             sec(c, "Diagnosis", cs["dx"]), sec(c, "Summary", cs["course"]), sec(c, "Current condition", vitals_line(c, 0)), sec(c, "Current medication", meds_block(c, cs["meds_in"], st=0)), sec(c, "Allergies", c.allergy), "",
             "Lines/tubes: " + r.choice(["PIVC R arm", "CVC, IDC", "nil"]), "Level of care required in transit: " + r.choice(["ALS", "ILS", "BLS"]), "Transport: " + amb, "Documents sent: [X] copies of notes [X] results [X] imaging CD", "", "Signature: _________"]
    elif lay == 1:  # ICU to ward
        t = ["ICU -> WARD TRANSFER NOTE  " + c.d(c.later(2)), c.name(1) + "  " + c.hospno, "", "Transferred from ICU to " + c.ward + " (bed " + c.bed + ")", "Reason for ICU admission: " + cs["dx"], "ICU course: " + cs["course"], "", "Status at transfer: " + vitals_line(c, 2), "Outstanding: " + "; ".join(cs["plan"][:2]), "Medication: see chart (reviewed)", "Resuscitation status: full", "Intensivist: Dr " + c.rname()]
    elif lay == 2:  # ambulance handover / PRF
        t = [amb.upper(), "PATIENT REPORT FORM (PRF) No %d" % r.randint(100000, 999999), "Date: %s   Call received: %s   At scene/pick-up: %s   Handover: %s" % (c.d(), tm(r, 0), tm(r, 0), tm(r, 0)), "From: %s   To: %s" % (c.hosp, dest), "Patient: %s  Age %d  %s" % (c.name(2), c.age, c.sex), "",
             "Chief complaint: " + cs["pc"], "Vitals en route: " + vitals_line(c, 0), "Interventions: " + r.choice(["O2 via NRB", "IV line maintained", "cardiac monitoring", "nil"]), "Crew: %s (ALS)  %s (BAA)" % (c.rname(), c.rname()), "Receiving staff: Sr " + c.rname("F")]
    elif lay == 3:  # referral-acceptance + clinical summary letter
        t = [letterhead(c), "", c.d(), "", "To the admitting team, " + dest, "", "RE: TRANSFER OF %s" % c.name(0).upper(), "", "Thank you for accepting this %s in transfer (%s). %s" % (c.agesex(), reason, c.hpi()), "", "Progress: " + cs["course"], "", "Results: " + "; ".join(cs["inv"]) + ".", "", "Medication at transfer:", meds_block(c, cs["meds_in"]), "", sign(c, style=r.choice([0, 1]))]
    elif lay == 4:  # step-down facility nursing transfer
        t = ["NURSING TRANSFER RECORD", "From: %s, %s   To: %s" % (c.hosp, c.ward, dest), "Patient: " + c.name(1), "Dx: " + cs["dx"], "", "Mobility: " + r.choice(["walking frame, assist x1", "wheelchair", "independent"]), "Diet: " + r.choice(["normal", "diabetic", "soft", "thickened fluids"]), "Continence: " + r.choice(["continent", "IDC in situ (inserted %s)" % c.d(c.adm, 0), "nappy at night"]), "Skin: " + r.choice(["intact", "sacral stage 2 - Mepilex"]), "Wound: " + r.choice(["clean, staples in situ", "n/a"]), "Last analgesia: " + tm(r, 1), "Property: 1 bag, cellphone", "Sr " + c.rname("F")]
    elif lay == 5:  # brief electronic
        t = ["TRANSFER SUMMARY", "Patient: %s   MRN %s" % (c.name(3), c.hospno), "From: %s  To: %s" % (c.hosp, dest), "Date: " + c.d(), "Diagnosis: %s (%s)" % (cs["dx"], cs["icd"]), "Reason: " + reason, "Condition: stable", "Accepting: Dr " + c.rname(), "Summary: " + cs["course"].split(".")[0] + "."]
    else:  # telephone referral record
        t = ["TELEPHONIC TRANSFER/REFERRAL RECORD", "Date %s  time %s" % (c.d(), tm(r, 1)), "Caller: %s (%s)" % (c.spec["name"], c.hosp), "Spoke to: Dr %s (%s)" % (c.rname(), dest), "Patient: %s, %s" % (c.name(2), c.agesex()), "Clinical: " + cs["pc"] + "; " + cs["inv"][0], "Outcome: " + r.choice(["accepted", "accepted - bed available after 14h00", "declined - no bed, try again"]), "Transport booked: " + amb]
    return "\n".join(t)


# ============================ 24. PROVIDER ORDERS ===========================
def g_provider_orders(c):
    r, cs = c.r, c.case
    lay = r.randint(0, 6)
    if lay == 0:  # doctor's orders sheet
        t = [c.hosp, r.choice(["DOCTOR'S ORDERS", "PHYSICIAN'S ORDER SHEET", "Doctor's instructions / prescription chart"]), pt_block(c, 2, ["Patient", "Hosp No", "Ward", "Dr"]), "Allergies: " + c.allergy, "", "Date: %s   Time: %s" % (c.d(), tm(r, 1)), ""]
        orders = ["Admit to " + c.ward, "Obs %s" % r.choice(["4 hourly", "hourly x 4 then 4-hourly", "2 hourly"]), "Diet: " + r.choice(["NPO", "Free fluids", "Normal", "Diabetic diet", "Clear fluids"]), "IVI: " + r.choice(["Ringer's lactate 1 L 8 hourly", "0.9% NaCl 1 L 6 hourly", "Saline lock"])] + [med_line(r, m, 0) for m in cs["meds_in"]] + ["Bloods: FBC, U&E, CRP " + r.choice(["in AM", "stat", "daily"]), r.choice(["Strict input/output chart", "HGT 6 hourly", "Daily weight", "Mobilise as tolerated"]), "Call Dr if: temp >38.5, SBP <90, UO <0.5 mL/kg/h"]
        t += ["%d. %s" % (i + 1, o) for i, o in enumerate(orders)] + ["", "Signed: %s" % c.spec["name"], "Noted by nurse: ________  Time: ____"]
    elif lay == 1:  # post-op orders
        op = OPS[cs["op"]]["name"] if cs["op"] else "procedure"
        t = ["POST-OPERATIVE ORDERS", c.name(1) + "   " + c.d(), "Operation: " + op, "", "- Obs: 1/2-hourly x 2 h, hourly x 4 h, then 4-hourly", "- Position: " + r.choice(["head up 30 degrees", "supine", "as comfortable"]), "- Analgesia: " + r.choice(["paracetamol 1 g IV 6 hrly, tramadol 100 mg IV 8 hrly prn", "morphine PCA per protocol", "as per anaesthetist chart"]), "- Antiemetic: ondansetron 4 mg IV 8 hrly prn",
             "- " + med_line(r, cs["meds_in"][0], 0), "- VTE: " + r.choice(["enoxaparin 40 mg SC daily from 6 h post-op", "TEDs + early mobilisation"]), "- Fluids: " + r.choice(["Ringer's lactate 1 L 8 hrly then stop when drinking", "free fluids when awake"]), "- Drain: " + r.choice(["record output", "n/a"]), "- Catheter: " + r.choice(["remove in AM", "n/a"]), "", c.spec["name"]]
    elif lay == 2:  # ICU orders with infusions
        t = ["ICU ORDERS " + c.d(), c.name(3), "Weight %d kg" % c.weight, "", "Ventilation: " + r.choice(["self-ventilating, O2 to sats >94%", "SIMV PC 14/PEEP 6, FiO2 0.4", "HFNC 50 L/min FiO2 0.5"]), "Infusions:", "  Noradrenaline 4 mg in 50 mL - titrate MAP >65", "  " + r.choice(["Insulin sliding scale per protocol", "Morphine 1-3 mg/h", "Furosemide 10 mg/h"]), "Scheduled:"] + ["  " + med_line(r, m, 0) for m in cs["meds_in"]] + ["Bloods: ABG 6-hourly, FBC/U&E/Mg/PO4 daily", "CXR in AM", "Targets: Na 135-145, K 4-5, glucose 6-10", "", "Dr " + c.rname()]
    elif lay == 3:  # lab request form
        lab = r.choice(LABS)
        tests = r.sample(["FBC + diff", "U&E", "LFT", "CRP", "HbA1c", "Lipogram (fasting)", "TSH", "Troponin T", "INR", "Urine MC&S", "Blood culture x2", "CD4", "HIV viral load", "PSA", "Ferritin", "B12/folate"], r.randint(2, 6))
        t = [lab.upper() + " - REQUEST FORM", "Doctor: %s   Pr No: %s" % (c.spec["name"], c.spec["prno"]), "Patient: %s   DOB: %s   Sex: %s" % (c.name(1), c.dobs(), c.sex), "Medical aid: %s  %s  Dep %s" % (c.scheme, c.memno, c.dep), "ICD-10: " + cs["icd"], "Clinical info: " + cs["pc"], "", "Tests requested:"] + ["  [X] " + x for x in tests] + ["", "Urgent: [%s]   Fasting: [%s]" % (r.choice(["X", " "]), r.choice(["X", " "])), "Collected by: %s  %s" % (r.choice(["Sr on duty", "phlebotomist", "rooms"]), tm(r, 1)), "Signature: _______"]
    elif lay == 4:  # radiology request
        im = IMG[cs["img"]] if cs["img"] else IMG[r.choice(["cxr_copd", "mri_lspine", "doppler"])]
        t = [r.choice(RADS), "REQUEST FOR RADIOLOGICAL EXAMINATION", "Patient: %s  Age %d  %s" % (c.name(2), c.age, c.sex), "Location: " + r.choice([c.ward, "Rooms", "Casualty"]), "Examination requested: " + im["exam"], "Clinical history: " + im["clin"], "Question to be answered: " + r.choice(["?" + cs["dx"].split(",")[0].lower(), "exclude pathology", "staging"]),
             "Pregnant: " + ("no" if c.sex == "F" else "n/a") + "   Creatinine: %d" % r.randint(55, 120) if im["mod"] == "CT" else "Pregnant: " + ("no" if c.sex == "F" else "n/a"), "Contrast allergy: " + r.choice(["no", "unknown"]), "Requesting doctor: " + c.spec["name"] + "  Bleep/cell: " + cell(r)]
    elif lay == 5:  # verbal/telephonic order
        t = ["TELEPHONIC ORDER", "%s %s" % (c.d(), tm(r, 1, 0, 23)), "Patient: " + c.name(1), "Order received from: " + c.spec["name"], "Order: " + r.choice([med_line(r, cs["meds_in"][-1], 0), "Paracetamol 1 g IV stat", "Increase O2 to 4 L/min", "Repeat HGT in 1 hour", "Furosemide 40 mg IV stat"]), "Read back: [X]", "Received by: Sr " + c.rname("F"), "Witness: EN " + c.rname(), "Doctor to countersign within 24 h: ________"]
    else:  # admission order set (electronic)
        t = ["ORDER SET: %s ADMISSION" % r.choice(["GENERAL MEDICAL", "SURGICAL", "CARDIAC", "PAEDIATRIC"]), "Patient: %s | %s | Ordering: %s | %s" % (c.name(1), c.hospno, c.spec["name"], c.d()), ""]
        for i, m in enumerate(cs["meds_in"]):
            t.append("[Medication] %s %s %s %s  - status: ACTIVE" % m[:4])
        t += ["[Nursing] Vital signs q4h", "[Nursing] VTE risk assessment", "[Lab] " + ", ".join(r.sample(["FBC", "U&E", "CRP", "LFT", "Mg", "Glucose"], 3)), "[Diet] " + r.choice(["Regular", "NPO after midnight", "Diabetic"]), "[Activity] " + r.choice(["Ambulate as tolerated", "Bed rest", "Chair"]), "[Code status] Full resuscitation"]
    return "\n".join(t)


# ============================ 25. DISCHARGE INSTRUCTIONS ====================
def g_discharge_instructions(c):
    r, cs = c.r, c.case
    red = {"appx": ["fever above 38 C", "increasing pain or swelling of the wounds", "pus from the wounds", "vomiting or unable to eat"],
           "chole": ["yellow eyes or skin", "fever", "severe abdominal pain", "bile-coloured leakage from the wounds"],
           "nstemi": ["chest pain not relieved by 2 sprays/tablets of GTN 5 minutes apart - call an ambulance", "shortness of breath", "bleeding or black stools"],
           "nof": ["calf pain or swelling", "the leg turns out or becomes shorter", "wound redness or discharge", "fever"],
           "knee": ["calf pain or swelling", "wound redness or discharge", "fever", "shortness of breath"],
           "lscs": ["heavy bleeding (soaking a pad in an hour)", "headache or blurred vision", "fever", "wound redness", "feeling very low or unable to cope"],
           "gastro": ["your child is not drinking", "no wet nappy for 6 hours", "blood in the stool", "very sleepy or floppy"]}.get(cs["key"], ["fever", "worsening shortness of breath", "chest pain", "confusion", "symptoms not improving in 48 hours"])
    fu = "%s on %s at %s" % (c.spec["name"], c.d(c.later(c.los + r.choice([7, 10, 14, 28]))), tm(r, 1, 8, 16))
    lay = r.randint(0, 6)
    if lay == 0:
        t = [c.hosp, r.choice(["DISCHARGE INSTRUCTIONS", "Going home - information for patients", "Patient discharge information"]), "Name: %s    Date: %s" % (c.name(2), c.d(c.dis)), "",
             "You were treated for: " + cs["dx"].lower(), "", "Your medicines:"] + ["  - " + med_line(r, m, 2) for m in cs["meds_dc"]] + ["", "Please return to the Emergency Unit or contact your doctor if you have:"] + ["  * " + x for x in red] + ["", "Follow-up appointment: " + fu, "Rooms: " + c.spec["tel"], "", "I have received and understand these instructions. Patient/family: ________  Nurse: ________"]
    elif lay == 1:  # post-op wound care leaflet
        t = [letterhead(c, style=4), "", "AFTER YOUR OPERATION", "", "Wound care: Keep the dressing dry for 48 hours. You may shower after that; pat the wound dry. Do not bath or swim until the wound has healed.", "Stitches/staples: to be removed at %s on day %d." % (r.choice(["your GP", "the rooms", "the clinic"]), r.choice([10, 12, 14])),
             "Activity: Walk every day. No heavy lifting (more than 5 kg) for %d weeks. No driving for %d weeks." % (r.choice([2, 4, 6]), r.choice([1, 2, 6])), "Pain: take your pain tablets regularly for the first few days.", "Diet: " + r.choice(["normal", "low fat for 2 weeks", "light meals, plenty of fluids"]), "", "Contact us if: " + ", ".join(red) + ".", "", "Next visit: " + fu]
    elif lay == 2:  # nurse-completed checklist
        t = ["DISCHARGE CHECKLIST / PATIENT EDUCATION", c.name(1) + "   " + c.ward, "", "[X] Medication explained, TTO given", "[X] Wound care explained", "[%s] Sick note given" % r.choice(["X", " "]), "[X] Follow-up date given: " + fu, "[X] Own medication returned", "[%s] Ambulance/transport arranged" % r.choice(["X", " "]), "[X] IV line removed, site clean", "", "Diet: " + r.choice(["as tolerated", "diabetic", "low salt"]), "Activity: " + r.choice(["as tolerated", "no lifting 6 weeks", "walking frame"]), "Warning signs explained: " + "; ".join(red[:3]), "", "Discharged at %s with %s" % (tm(r, 1, 9, 17), r.choice(["family", "spouse", "taxi", "self"])), "Sr " + c.rname("F")]
    elif lay == 3:  # condition-specific education
        if cs["key"] in ("nstemi", "af", "hf"):
            body = ["Take your medicines every day. Do not stop " + cs["meds_dc"][0][0] + " or " + cs["meds_dc"][1][0] + " unless your cardiologist says so.", "Stop smoking completely.", "Eat less salt and fatty foods.", "Weigh yourself every morning." if cs["key"] == "hf" else "Start walking 10 minutes a day and increase slowly.", "No driving for %d weeks." % r.choice([1, 2, 4])]
        elif cs["key"] == "dka":
            body = ["Never stop your long-acting insulin, even if you are not eating.", "Check your sugar 4 times a day and check ketones if sugar is above 14.", "Drink plenty of sugar-free fluids when ill.", "Go to casualty if vomiting and unable to keep fluids down."]
        elif cs["key"] == "tbhiv":
            body = ["Take your TB tablets every morning before breakfast, every day for 6 months.", "Your urine and tears may turn orange - this is normal.", "Cover your mouth when coughing and keep windows open.", "Household contacts must be screened at the clinic.", "Come back for your ARVs as booked."]
        else:
            body = ["Rest at home for %d days." % r.randint(3, 14), "Drink plenty of fluids.", "Take all your medicines as prescribed, finish the antibiotics.", "Return if: " + ", ".join(red)]
        t = [r.choice(["INFORMATION FOR YOU AND YOUR FAMILY", "Home care advice", "Patient information"]), "", "Dear " + c.first, ""] + ["%d. %s" % (i + 1, b) for i, b in enumerate(body)] + ["", "Follow-up: " + fu]
    elif lay == 4:  # paediatric instructions to parent
        t = [c.hosp + " Paediatric Ward", "Discharge advice for parents", "Child: %s   Weight: %d kg" % (c.name(2), c.weight), "", "Your child was treated for " + cs["dx"].lower() + ".", "Give medicines as follows:"] + ["  " + med_line(r, m, 2) for m in cs["meds_dc"]] + ["Continue breastfeeding/normal feeds.", "Bring your child back immediately if: " + "; ".join(red) + ".", "Bring the Road to Health booklet to every visit.", "Follow-up: " + fu]
    elif lay == 5:  # brief slip
        t = ["Discharge " + c.d(c.dis), c.name(4), "Meds: " + ", ".join(m[0] for m in cs["meds_dc"]), "F/U: " + fu, "Return if: " + ", ".join(red[:2]), c.spec["name"]]
    else:  # bilingual English/isiZulu or Afrikaans
        if r.random() < 0.5:
            t = ["DISCHARGE INSTRUCTIONS / IMIYALELO YOKUPHUMA ESIBHEDLELA", c.hosp, "Igama/Name: " + c.name(2), "", "Phuza imithi yakho njengoba kunconyiwe. / Take your medicine as prescribed."] + ["  " + med_line(r, m, 2) for m in cs["meds_dc"]] + ["Buyela esibhedlela uma: / Come back if: " + ", ".join(red), "Usuku lokubuya / Follow-up: " + fu]
        else:
            t = ["ONTSLAGINSTRUKSIES / DISCHARGE INSTRUCTIONS", c.hosp, "Naam/Name: " + c.name(2), "", "Neem u medisyne soos voorgeskryf. / Take your medicine as prescribed."] + ["  " + med_line(r, m, 2) for m in cs["meds_dc"]] + ["Kom terug indien: / Return if: " + ", ".join(red), "Opvolg / Follow-up: " + fu]
    return "\n".join(t)


# ============================ 26. OTHER =====================================
def g_other(c):
    r, cs = c.r, c.case
    lay = r.randint(0, 10)
    if lay == 0:  # fax cover
        t = [r.choice(["FAX", "FACSIMILE TRANSMISSION", "Fax cover sheet"]), c.spec["name"] + " - " + c.spec["title"], c.spec["rooms"], "", "To: " + r.choice([c.gp["name"], c.scheme + " Case Management", c.hosp + " Ward " + str(r.randint(1, 9)), r.choice(LABS)]), "Fax: " + phone(r, c.cd["code"]), "From: " + r.choice(["Reception", "Practice manager", c.spec["name"]]), "Date: " + c.d(), "Pages (incl. cover): %d" % r.randint(2, 9), "Re: " + r.choice(["patient " + c.name(4), "pre-authorisation", "results", "account query"]), "",
             "[ ] Urgent  [X] For review  [ ] Please reply", "", "CONFIDENTIALITY NOTICE: The information in this facsimile is privileged and confidential. If you have received this in error please notify the sender immediately and destroy the document."]
    elif lay == 1:  # pre-authorisation confirmation from scheme
        auth = r.randint(10000000, 99999999)
        t = [c.scheme.upper(), "Hospital Benefit Management - Authorisation confirmation", "", "Date: " + c.d(), "Authorisation number: %d" % auth, "Member: %s   Member no: %s   Dep: %s" % (c.mainmember, c.memno, c.dep), "Patient: " + c.name(2), "Provider: %s (%s)" % (c.hosp, c.group), "Treating doctor: %s Pr No %s" % (c.spec["name"], c.spec["prno"]), "",
             "Admission date: %s   Authorised LOS: %d days   Level of care: %s" % (c.d(c.adm), c.los, r.choice(["General ward", "High care", "ICU", "Day case"])), "ICD-10: %s   Procedure codes: %s" % (cs["icd"], ", ".join(str(r.randint(100, 3300)).zfill(4) for _ in range(r.randint(1, 3)))), "Co-payment: R%s" % r.choice(["0.00", "2 000.00", "5 000.00", "0.00"]), "PMB: " + r.choice(["Yes", "No"]), "",
             "This authorisation is not a guarantee of payment. Benefits are subject to the rules of the Scheme and available funds on the date of service.", "Administered by " + r.choice(ADMINS)]
    elif lay == 2:  # account statement
        t = [c.group + " - STATEMENT OF ACCOUNT", c.hosp, "Account no: %s   Statement date: %s" % (c.visit, c.d(c.later(c.los + 30))), "Patient: %s   Responsible: %s" % (c.name(2), c.mainmember), "Medical aid: %s %s" % (c.scheme, c.memno), "", "%-12s %-40s %12s" % ("Date", "Description", "Amount (R)")]
        tot = 0.0
        for desc in r.sample(["Ward fees - " + c.ward, "Theatre fee", "Pharmacy - ward", "Pharmacy - TTO", "Consumables", "Equipment hire", "ICU fees", "Physiotherapy", "Radiology (hospital)", "Blood products"], r.randint(3, 7)):
            amt = r.uniform(300, 25000)
            tot += amt
            t.append("%-12s %-40s %12.2f" % (c.d(c.adm, 0), desc, amt))
        paid = tot * r.uniform(0.7, 1.0)
        t += ["", "%-53s %12.2f" % ("Total charges", tot), "%-53s %12.2f" % ("Medical aid payment", -paid), "%-53s %12.2f" % ("Balance due by patient", tot - paid), "", "Banking details: %s Bank, acc %d, ref %s" % (r.choice(["Ubuntu", "Protea", "Karoo"]), r.randint(10 ** 9, 10 ** 10 - 1), c.visit), "Queries: accounts %s" % phone(r, c.cd["code"])]
    elif lay == 3:  # release of information request
        t = [c.hosp + " - Health Information Management", "APPLICATION FOR ACCESS TO / RELEASE OF MEDICAL RECORDS", "(Promotion of Access to Information Act 2 of 2000 / POPIA)", "", "Patient: %s   ID: %s" % (c.name(2), c.idno), "Admission dates: %s to %s" % (c.d(c.adm), c.d(c.dis)), "Requested by: " + r.choice(["patient", "%s Attorneys" % r.choice(SURN), "%s Life Insurance" % r.choice(["Mutual", "Sanlam-Protea", "Liberty Crest"]), "Road Accident Fund"]), "Records requested: " + r.choice(["complete file", "discharge summary and theatre notes", "radiology reports", "casualty record"]),
             "Purpose: " + r.choice(["insurance claim", "legal proceedings", "continuity of care", "personal"]), "Patient consent attached: [X]", "Fee: R%d.00" % r.choice([150, 250, 450, 850]), "", "Signature of requester: ________   Date: " + c.d(), "For office use: processed by " + c.rname() + "  date released: ______"]
    elif lay == 4:  # patient questionnaire (PHQ-9 / health questionnaire)
        qs = ["Little interest or pleasure in doing things", "Feeling down, depressed or hopeless", "Trouble falling or staying asleep", "Feeling tired or having little energy", "Poor appetite or overeating", "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly / restless", "Thoughts that you would be better off dead"]
        sc = [r.randint(0, 3) for _ in qs]
        t = [r.choice(["PATIENT HEALTH QUESTIONNAIRE (PHQ-9)", "Mood questionnaire", "PHQ-9"]), "Name: %s   Date: %s" % (c.name(2), c.d()), "Over the last 2 weeks, how often have you been bothered by... (0=not at all, 3=nearly every day)", ""] + ["%d. %-52s %d" % (i + 1, q, s) for i, (q, s) in enumerate(zip(qs, sc))] + ["", "Total score: %d" % sum(sc), "Scored by: " + r.choice(["rooms sister", c.spec["name"], "self"])]
    elif lay == 5:  # photograph captions
        t = ["CLINICAL PHOTOGRAPHS", "Patient: %s   Hosp no: %s" % (c.name(1), c.hospno), "Consent for photography: signed %s" % c.d(), ""] + ["Image %d (%s): %s" % (i + 1, c.d(c.later(i * r.randint(1, 7)), 0), r.choice(["wound day %d post-op, clean" % (i * 3 + 2), "sacral pressure area, stage 2, 3 x 2 cm", "left lower leg cellulitis, marked margins", "rash over trunk", "hand laceration pre-repair", "scale marker included"])) for i in range(r.randint(2, 5))] + ["", "Photographer: " + r.choice(["Sr " + c.rname("F"), "Dr " + c.rname()]), "Stored in: PACS / clinical media"]
    elif lay == 6:  # patient property list
        t = [c.hosp, "PATIENT PROPERTY / VALUABLES LIST", "Patient: %s   Ward: %s   Date: %s" % (c.name(2), c.ward, c.d()), ""] + ["%d x %s" % (r.randint(1, 2), x) for x in r.sample(["cellphone (Samsung, black)", "wallet with ID and bank card", "wedding ring (yellow metal)", "spectacles", "dentures (upper)", "handbag", "R%d cash" % r.randint(20, 500), "watch", "walking stick", "charger"], r.randint(2, 5))] + ["", "Disposal: " + r.choice(["handed to family (" + c.nok + ")", "kept in ward safe", "with patient - patient accepts responsibility"]), "Patient signature: ______  Nurse: ______  Witness: ______"]
    elif lay == 7:  # COIDA / IOD
        t = ["COMPENSATION FOR OCCUPATIONAL INJURIES AND DISEASES ACT (COIDA)", "FIRST MEDICAL REPORT IN RESPECT OF AN ACCIDENT (W.Cl.4)", "", "Employee: %s   ID: %s" % (c.name(2), c.idno), "Employer: %s   Reg no: %d" % (r.choice(["Ndlovu Construction (Pty) Ltd", "Karoo Logistics CC", "Highveld Steel Fabricators", "Umgeni Packaging"]), r.randint(100000, 999999)), "Date of accident: %s   Date of first consultation: %s" % (c.d(c.later(-1)), c.d()),
             "Description of injury: " + r.choice(["laceration R hand by grinder", "fall from ladder - fractured L radius", "chemical splash to eyes", "back strain lifting boxes"]), "Clinical findings: " + r.choice(["as above, neurovascularly intact", "swelling and deformity", "conjunctival injection"]), "Treatment: " + r.choice(["sutured, tetanus toxoid", "POP applied, referred to orthopaedics", "irrigation, chloramphenicol ointment"]), "Period of temporary total disablement: %d days" % r.randint(3, 42), "", "Medical practitioner: %s  Pr No %s" % (c.gp["name"], c.gp["prno"]), "Signature: _______"]
    elif lay == 8:  # quotation
        t = [c.hosp + " - PATIENT QUOTATION", "Quote no Q%d   Date: %s   Valid 30 days" % (r.randint(10000, 99999), c.d()), "Patient: " + c.name(2), "Procedure: " + (OPS[cs["op"]]["name"] if cs["op"] else "Medical admission"), "Surgeon: " + c.spec["name"], "", "Estimated hospital cost: R%s" % "{:,.2f}".format(r.uniform(25000, 180000)).replace(",", " "), "Estimated LOS: %d day(s)" % c.los, "Excludes: doctors' fees, anaesthetist, pathology, radiology, prostheses", "", "This is an estimate only. Final account may differ."]
    elif lay == 9:  # medical certificate (sick note)
        t = [letterhead(c, c.gp, r.choice([3, 4])), "", "MEDICAL CERTIFICATE", "", "I, the undersigned, certify that I examined %s on %s." % (c.name(0), c.d()), "In my opinion the patient %s unfit for duty / school from %s to %s (inclusive)." % (r.choice(["was", "is"]), c.d(), c.d(c.later(r.randint(1, 7)))), "Nature of illness: " + r.choice(["Illness", "Medical condition", "Acute illness - details withheld (confidential)"]),
             "", "Signature: _______   " + c.gp["name"] + "   Pr No " + c.gp["prno"], "Issued in accordance with the Basic Conditions of Employment Act and HPCSA guidelines."]
    else:  # claim rejection / remittance advice
        t = [c.scheme + " - REMITTANCE ADVICE", "Provider: %s  Pr No %s" % (c.spec["name"], c.spec["prno"]), "Payment date: %s   EFT ref: %d" % (c.d(c.later(45)), r.randint(10 ** 7, 10 ** 8)), "", "%-22s %-10s %-8s %10s %10s  %s" % ("Patient", "Svc date", "Code", "Claimed", "Paid", "Reason")]
        for _ in range(r.randint(2, 5)):
            cl = r.uniform(350, 4500)
            pd = cl * r.choice([1.0, 0.0, r.uniform(0.4, 0.9)])
            t.append("%-22s %-10s %-8s %10.2f %10.2f  %s" % (c.name(2)[:22], c.d(c.adm, 0)[:10], str(r.randint(100, 3300)).zfill(4), cl, pd, r.choice(["", "", "15 - paid at scheme rate", "52 - no authorisation", "07 - benefit exhausted", "31 - ICD-10 code invalid"]) if pd < cl else ""))
        t += ["", "Queries to be submitted within 60 days."]
    return "\n".join(t)


# ============================================================================
GEN = {
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
NEEDS_OP = {"operative_note", "anesthesia_record"}
ADULT = {"advance_directive", "insurance_card"}


def make_doc(label, r):
    if label in NEEDS_OP:
        c = Ctx(r, case=op_case(r))
    elif label == "immunization_record" and r.random() < 0.4:
        c = Ctx(r, case=next(x for x in CASES if x["key"] == "gastro"))
    else:
        c = Ctx(r, adult=label in ADULT)
    text = GEN[label](c)
    short = label in ("insurance_card", "prescription") or len(text) < 400
    return finish(c, text, noise=None, furniture=not short or r.random() < 0.3)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    rows = []
    for label in LABELS:
        for i in range(a.per_type):
            r = random.Random(master.getrandbits(64))
            rows.append((label, make_doc(label, r)))
    master.shuffle(rows)
    with open(a.out, "w", encoding="utf-8") as f:
        for k, (label, text) in enumerate(rows):
            f.write(json.dumps({"id": "za-%d-%06d" % (a.seed, k), "label": label, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
