#!/usr/bin/env python3
"""Synthetic chart-document generator: fictitious US urgent-care / retail-clinic /
telehealth chain (2012-2024) and the outside records faxed into its charts.
All people, places, identifiers and phone numbers are invented.
Standard library only.  Usage:
    python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import datetime
import json
import random

# ----------------------------------------------------------------------------
# Invented reference data
# ----------------------------------------------------------------------------
FIRST_F = ["Amanda", "Brianna", "Carla", "Denise", "Elena", "Fatima", "Gloria", "Hannah", "Imani", "Jessica",
           "Kayla", "Lorraine", "Maribel", "Nicole", "Olivia", "Priya", "Rosa", "Shannon", "Tamika", "Ursula",
           "Valerie", "Wendy", "Yesenia", "Zoe", "Tiffany", "Mei", "Karen", "Destiny", "Alyssa", "Beverly"]
FIRST_M = ["Aaron", "Brandon", "Carlos", "Darnell", "Eric", "Francisco", "Gregory", "Hector", "Isaac", "Jamal",
           "Kevin", "Luis", "Marcus", "Nathan", "Omar", "Patrick", "Quentin", "Raymond", "Steven", "Tyler",
           "Victor", "Wesley", "Xavier", "Dustin", "Trevor", "Hoang", "Raj", "Cody", "Dwayne", "Gary"]
LAST = ["Albrecht", "Barnhill", "Castellano", "Dunwoody", "Eskew", "Fairbanks", "Galvez", "Hollister", "Iverson",
        "Jaramillo", "Kowalczyk", "Lindqvist", "Mabry", "Nakashima", "Okonkwo", "Pettigrew", "Quintero", "Rasmussen",
        "Sorensen", "Tillman", "Upchurch", "Vandermeer", "Whitlock", "Yarbrough", "Zelinski", "Brockway", "Cavanagh",
        "Delacroix", "Estrada", "Fennimore", "Gutierrez", "Haskins", "Ingram", "Juarez", "Kincaid", "Ledbetter",
        "Mendoza", "Northcutt", "Oyelaran", "Pruitt", "Rowland", "Szymanski", "Thibodeaux", "Vo", "Winslow"]
STREET_N = ["Oak Hollow", "Birch", "Kestrel", "Maple Grove", "Larkspur", "Old Mill", "Ridgecrest", "Sandpiper",
            "Tanager", "Willow Bend", "Copper Creek", "Fox Run", "Heron", "Juniper", "Quarry", "Stonegate"]
STREET_T = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Pkwy", "Cir"]
TOWNS = [("Harlan Springs", "TX", "75", "469"), ("East Corwin", "OH", "43", "614"), ("Maple Hollow", "PA", "17", "717"),
         ("Westbrook Ridge", "GA", "30", "770"), ("Lake Tamsin", "MN", "55", "763"), ("Port Avery", "FL", "34", "941"),
         ("Silver Mesa", "AZ", "85", "480"), ("Brandt Valley", "NC", "27", "919"), ("Galloway Point", "MO", "63", "636"),
         ("North Ellery", "IN", "46", "317")]
EMPLOYERS = ["Tri-County Distribution LLC", "Hadley Poultry Processing", "Corwin Valley School District",
             "Summit Logistics Inc.", "Redline Auto Parts", "Bluegate Construction Co.", "Meadowbrook Senior Living",
             "Castor Foods Warehouse", "Granite State Roofing", "Pell Municipal Water Dept."]
HOSPITALS = ["St. Aldric Medical Center", "Meridian Regional Hospital", "Crestview Memorial Hospital",
             "Northgate Community Hospital", "Sisters of Mercy Valley Hospital", "Lakeland University Medical Center"]
PHARMACIES = ["ValuCare Pharmacy #", "Halvorsen Drug #", "Pinewood Market Pharmacy #", "Corner Rx #"]
PAYERS = [("Keystone Mutual Health", "PPO"), ("Pinnacle BlueCross BlueShield", "PPO"), ("Allied Health Partners", "HMO"),
          ("United Meridian Healthcare", "EPO"), ("Cardinal Care Medicaid", "Medicaid MCO"),
          ("Sunstate Medicare Advantage", "MA-PD"), ("Frontier Workers' Comp Mutual", "WC"), ("Medicare", "Medicare")]
EHR = ["ClinixOne Ambulatory", "QuikChart UC", "PractiSuite EHR", "MedWrite Express"]
SPEC_PROV = {
    "Orthopaedic Surgery": "MD", "General Surgery": "MD", "Cardiology": "MD", "Otolaryngology": "MD",
    "Dermatology": "MD", "Emergency Medicine": "MD", "Hospital Medicine": "MD", "Anesthesiology": "MD",
    "Pathology": "MD", "Radiology": "MD", "Gastroenterology": "MD", "Urology": "MD", "Pediatrics": "MD",
    "Family Medicine": "DO", "Occupational Medicine": "MD", "Infectious Disease": "MD", "Sports Medicine": "DO"}


class C(object):
    pass


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


def phone(rng, ac=None):
    ac = ac or str(rng.randint(201, 989))
    return "(%s) 555-01%02d" % (ac, rng.randint(0, 99))


def phone2(rng, ac=None):
    ac = ac or str(rng.randint(201, 989))
    return "%s-555-01%02d" % (ac, rng.randint(0, 99))


def fd(d, st=0):
    if st == 0:
        return d.strftime("%m/%d/%Y")
    if st == 1:
        return d.strftime("%m/%d/%y")
    if st == 2:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == 3:
        return d.strftime("%Y-%m-%d")
    if st == 4:
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    return d.strftime("%d-%b-%Y").upper()


def ftime(rng, mil=None):
    h, m = rng.randint(8, 20), rng.randint(0, 59)
    if mil is None:
        mil = chance(rng, 0.5)
    if mil:
        return "%02d:%02d" % (h, m)
    return "%d:%02d %s" % ((h - 1) % 12 + 1, m, "AM" if h < 12 else "PM")


def rand_date(rng, lo=2012, hi=2024):
    a = datetime.date(lo, 1, 1).toordinal()
    b = datetime.date(hi, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(a, b))


def person_name(rng, sex=None):
    sex = sex or pick(rng, "MF")
    f = pick(rng, FIRST_F if sex == "F" else FIRST_M)
    return f, pick(rng, LAST), sex


def address(rng, town=None):
    t = town or pick(rng, TOWNS)
    return "%d %s %s" % (rng.randint(12, 9899), pick(rng, STREET_N), pick(rng, STREET_T)), t[0], t[1], "%s%03d" % (t[2], rng.randint(0, 999)), t


def provider(rng, kind="uc", spec=None):
    f, l, s = person_name(rng)
    if kind == "uc":
        cred = pick(rng, ["PA-C", "FNP-C", "MD", "DO", "NP", "PA-C", "FNP-BC", "MD"])
    elif kind == "rn":
        cred = pick(rng, ["RN", "LPN", "MA", "CMA", "RN, BSN", "LVN"])
    else:
        cred = SPEC_PROV.get(spec, "MD")
        if chance(rng, 0.2):
            cred = "DO" if cred == "MD" else cred
    p = C()
    p.first, p.last, p.cred, p.spec = f, l, cred, spec
    p.mi = pick(rng, "ABCDEFGHJKLMNPRSTW")
    p.full = "%s %s. %s, %s" % (f, p.mi, l, cred) if chance(rng, 0.5) else "%s %s, %s" % (f, l, cred)
    p.short = "%s %s" % (f[0] + ".", l)
    p.npi = "1%09d" % rng.randint(0, 999999999)
    p.dr = ("Dr. " + l) if cred in ("MD", "DO") else (f + " " + l + ", " + cred)
    return p


# ----------------------------------------------------------------------------
# Clinical scenarios (urgent care)
# ----------------------------------------------------------------------------
UC = [
    dict(k="strep", cc=["Sore throat", "sore throat x {d} days", "Throat pain and fever", "ST, fever"], age=(4, 45), days=(1, 4), fever=0.7,
         hpi=["reports {d} days of sore throat with pain on swallowing", "associated subjective fevers and chills", "denies cough or nasal congestion",
              "a {contact} was recently diagnosed with strep", "has been taking ibuprofen with partial relief"],
         ros_pos=["sore throat", "fever", "headache"], ros_neg=["cough", "shortness of breath", "rash", "abdominal pain"],
         exam={"HEENT": "Oropharynx erythematous with bilateral tonsillar exudate, tonsils 2+. Uvula midline. No peritonsillar bulge. TMs clear.",
               "NECK": "Tender anterior cervical lymphadenopathy. Supple, full ROM."},
         focus=["GEN", "HEENT", "NECK", "LUNGS", "CV"], dx=[("Streptococcal pharyngitis", "J02.0")],
         poc=[("Rapid Strep A antigen", "POSITIVE", "Negative")],
         rx=[("Amoxicillin 500 mg capsule", "Take 1 capsule by mouth twice daily for 10 days", "20", "0")],
         rx_alt=[("Azithromycin 250 mg tablet", "Take 2 tablets by mouth on day 1, then 1 tablet daily on days 2-5", "6", "0")],
         plan=["Antibiotic as prescribed, complete the full course", "Ibuprofen or acetaminophen as needed for pain or fever",
               "Warm salt-water gargles, push fluids", "Contagious until 24 hours on antibiotics; replace toothbrush"],
         rp="difficulty breathing, drooling, inability to swallow liquids, muffled voice, stiff neck, or fever lasting more than 48 hours after starting antibiotics",
         img=None, dispo="home"),
    dict(k="uri", cc=["Cough and congestion", "cold symptoms", "Nasal congestion, cough x {d} days", "URI sx"], age=(1, 70), days=(2, 7), fever=0.25,
         hpi=["presents with {d} days of nasal congestion, rhinorrhea and mild dry cough", "mild sore throat that is worse in the morning",
              "no shortness of breath or wheezing", "using OTC decongestant without much relief", "several sick contacts at {contact}"],
         ros_pos=["rhinorrhea", "cough", "congestion"], ros_neg=["chest pain", "shortness of breath", "ear pain", "vomiting"],
         exam={"HEENT": "Nasal mucosa edematous with clear rhinorrhea. Mild posterior pharyngeal erythema, no exudate. TMs normal."},
         focus=["GEN", "HEENT", "NECK", "LUNGS", "CV"], dx=[("Acute upper respiratory infection", "J06.9")], poc=[],
         rx=[("Benzonatate 100 mg capsule", "Take 1 capsule by mouth three times daily as needed for cough", "21", "0")],
         plan=["Supportive care: rest, fluids, humidifier, saline nasal spray", "Antibiotics not indicated for viral illness; discussed",
               "Honey for cough if over 1 year of age", "Expect symptoms to last 7-10 days"],
         rp="fever over 102 F, shortness of breath, symptoms worsening after day 7, or ear or sinus pain", img=None, dispo="home"),
    dict(k="flu", cc=["Fever, body aches", "flu-like illness", "fever and cough since {onsetday}"], age=(3, 75), days=(1, 2), fever=0.95,
         hpi=["abrupt onset of fever to 102-103 F, myalgias and headache {d} days ago", "dry cough and fatigue", "did not receive the flu vaccine this season",
              "tolerating fluids", "household member with similar illness"],
         ros_pos=["fever", "myalgias", "cough", "headache", "fatigue"], ros_neg=["chest pain", "dyspnea", "rash", "neck stiffness"],
         exam={"GEN": "Ill-appearing but nontoxic, in no respiratory distress.", "HEENT": "Mild pharyngeal erythema. Mucous membranes moist."},
         focus=["GEN", "HEENT", "NECK", "LUNGS", "CV"], dx=[("Influenza A", "J10.1")],
         poc=[("Rapid Influenza A/B antigen", "Influenza A POSITIVE / Influenza B negative", "Negative")],
         rx=[("Oseltamivir 75 mg capsule", "Take 1 capsule by mouth twice daily for 5 days", "10", "0")],
         plan=["Oseltamivir started within 48 hours of symptom onset", "Acetaminophen/ibuprofen alternating for fever", "Stay home until fever-free 24 hours without medication",
               "Rest and oral hydration"], rp="shortness of breath, chest pain, confusion, persistent vomiting, or fever returning after improvement",
         img=None, dispo="home"),
    dict(k="covid", cc=["COVID symptoms", "Cough, fever, loss of taste", "positive home COVID test"], age=(12, 80), days=(1, 4), fever=0.6, mindate=2020,
         hpi=["{d} days of fever, cough, sore throat and fatigue", "reports decreased sense of taste and smell", "positive home antigen test this morning",
              "no shortness of breath at rest", "vaccination status: {vax}"],
         ros_pos=["fever", "cough", "fatigue", "anosmia"], ros_neg=["chest pain", "dyspnea at rest", "syncope"],
         exam={"LUNGS": "Clear to auscultation bilaterally, no increased work of breathing. Speaking full sentences."},
         focus=["GEN", "HEENT", "LUNGS", "CV"], dx=[("COVID-19", "U07.1")],
         poc=[("SARS-CoV-2 rapid antigen", "POSITIVE", "Negative")],
         rx=[("Benzonatate 200 mg capsule", "Take 1 capsule by mouth three times daily as needed for cough", "30", "0")],
         plan=["Isolation per current CDC guidance", "Antiviral eligibility reviewed", "Pulse oximeter monitoring at home; seek care if SpO2 below 92%",
               "Supportive care, fluids, antipyretics"], rp="trouble breathing, persistent chest pain or pressure, new confusion, bluish lips, or oxygen saturation below 92%",
         img=None, dispo="home"),
    dict(k="sinus", cc=["Sinus pressure", "sinus infection", "facial pain and congestion x {d} days"], age=(16, 75), days=(10, 16), fever=0.2,
         hpi=["{d} days of nasal congestion and purulent nasal discharge", "facial pressure over the maxillary sinuses, worse bending forward",
              "initially improved then worsened over the past 3 days", "has tried fluticasone and saline rinses"],
         ros_pos=["congestion", "facial pain", "postnasal drip"], ros_neg=["vision change", "neck stiffness", "shortness of breath"],
         exam={"HEENT": "Tenderness to percussion over bilateral maxillary sinuses. Purulent drainage in nares, turbinates boggy. TMs clear. Oropharynx with PND."},
         focus=["GEN", "HEENT", "NECK", "LUNGS"], dx=[("Acute maxillary sinusitis", "J01.00")], poc=[],
         rx=[("Amoxicillin-clavulanate 875-125 mg tablet", "Take 1 tablet by mouth twice daily with food for 7 days", "14", "0")],
         rx_alt=[("Doxycycline hyclate 100 mg capsule", "Take 1 capsule by mouth twice daily for 7 days", "14", "0")],
         plan=["Antibiotic for symptoms >10 days with double worsening", "Continue nasal steroid and saline irrigation", "Follow up with PCP if not improved"],
         rp="swelling or redness around the eye, vision changes, severe headache, stiff neck, or high fever", img=None, dispo="home"),
    dict(k="aom", cc=["Ear pain", "L ear pain", "R ear pain, fussy", "tugging at ear"], age=(1, 9), days=(1, 3), fever=0.6,
         hpi=["{d} days of {side} ear pain", "preceded by cold symptoms last week", "fussy, decreased sleep", "no ear drainage", "attends daycare"],
         ros_pos=["ear pain", "fever", "rhinorrhea"], ros_neg=["vomiting", "rash", "lethargy"],
         exam={"HEENT": "{Side} TM erythematous and bulging with loss of landmarks. Contralateral TM normal. Clear rhinorrhea. Oropharynx normal."},
         focus=["GEN", "HEENT", "NECK", "LUNGS", "CV"], dx=[("Acute otitis media, {side}", "H66.9{sidecode}")], poc=[],
         rx=[("Amoxicillin 400 mg/5 mL oral suspension", "Give {peddose} mL by mouth twice daily for 10 days", "150 mL", "0")],
         rx_alt=[("Cefdinir 250 mg/5 mL oral suspension", "Give {peddose} mL by mouth once daily for 10 days", "60 mL", "0")],
         plan=["Antibiotic as prescribed", "Weight-based ibuprofen/acetaminophen for pain", "Recheck ears with pediatrician in 2-3 weeks"],
         rp="stiff neck, swelling behind the ear, lethargy, not drinking, or fever after 48-72 hours of antibiotics", img=None, dispo="home"),
    dict(k="uti", cc=["Burning with urination", "dysuria", "UTI symptoms x {d} days"], age=(18, 70), days=(1, 3), fever=0.0, sex="F",
         hpi=["{d} days of dysuria, urinary frequency and urgency", "mild suprapubic discomfort", "denies fever, flank pain, nausea or vomiting",
              "no vaginal discharge", "LMP about 2 weeks ago; no chance of pregnancy per patient"],
         ros_pos=["dysuria", "frequency", "urgency"], ros_neg=["fever", "flank pain", "vaginal discharge", "hematuria"],
         exam={"ABD": "Soft, mild suprapubic tenderness, no rebound or guarding.", "GU": "No CVA tenderness bilaterally."},
         focus=["GEN", "CV", "ABD", "GU"], dx=[("Acute cystitis without hematuria", "N30.00")],
         poc=[("Urine dipstick - leukocyte esterase", "Large (3+)", "Negative"), ("Urine dipstick - nitrite", "Positive", "Negative"),
              ("Urine dipstick - blood", "Trace", "Negative"), ("Urine hCG", "Negative", "Negative")],
         rx=[("Nitrofurantoin monohydrate/macrocrystals 100 mg capsule", "Take 1 capsule by mouth twice daily for 5 days", "10", "0"),
             ("Phenazopyridine 200 mg tablet", "Take 1 tablet by mouth three times daily after meals as needed for 2 days", "6", "0")],
         plan=["Urine culture sent; will call if change in antibiotic needed", "Increase fluids", "Phenazopyridine will turn urine orange"],
         rp="fever, back or flank pain, vomiting, or symptoms not improving in 48 hours", img=None, dispo="home"),
    dict(k="ankle", cc=["Ankle injury", "twisted ankle", "L ankle pain after fall", "R ankle sprain"], age=(10, 60), days=(0, 1), fever=0.0,
         hpi=["inverted {side} ankle {mech}", "able to bear weight with a limp", "swelling over the lateral ankle", "iced and took ibuprofen", "no numbness or tingling"],
         ros_pos=["ankle pain", "swelling"], ros_neg=["numbness", "knee pain", "head injury"],
         exam={"MSK": "{Side} ankle: moderate swelling and ecchymosis over the lateral malleolus, tender over ATFL. No bony tenderness at posterior malleoli or base of 5th MT. Negative squeeze test. Distal pulses 2+, sensation intact."},
         focus=["GEN", "MSK", "NEURO", "SKIN"], dx=[("Sprain of {side} ankle, anterior talofibular ligament, initial encounter", "S93.4{sidecode}1A")], poc=[],
         rx=[("Ibuprofen 600 mg tablet", "Take 1 tablet by mouth every 6-8 hours as needed for pain with food", "30", "0")],
         plan=["X-ray negative for fracture", "RICE, ankle brace (ASO) applied, crutches for comfort", "Weight bearing as tolerated", "Follow up with orthopaedics/sports medicine if not improving in 1-2 weeks"],
         rp="increasing pain, numbness, cold or pale toes, or inability to bear any weight",
         img=("XR ANKLE {SIDE} 3+ VIEWS", "Soft tissue swelling over the lateral malleolus. No acute fracture or dislocation. Ankle mortise is congruent. Talar dome intact.",
              "No acute osseous abnormality. Lateral soft tissue swelling."), dispo="home"),
    dict(k="wristfx", cc=["Wrist pain after fall", "FOOSH injury", "R wrist injury", "L wrist pain/swelling"], age=(8, 80), days=(0, 1), fever=0.0,
         hpi=["fell onto outstretched {side} hand {mech}", "immediate pain and swelling of the wrist", "no numbness in the fingers", "did not hit head, no LOC"],
         ros_pos=["wrist pain", "swelling"], ros_neg=["numbness", "head injury", "neck pain"],
         exam={"MSK": "{Side} wrist: swelling and tenderness over the distal radius, no gross deformity. No snuffbox tenderness. ROM limited by pain. Radial pulse 2+, cap refill <2 sec, median/ulnar/radial sensation intact."},
         focus=["GEN", "MSK", "NEURO", "SKIN"], dx=[("Nondisplaced fracture of distal radius, {side}, initial encounter", "S52.5{sidecode}1A")], poc=[],
         rx=[("Acetaminophen 500 mg tablet", "Take 2 tablets by mouth every 6 hours as needed for pain (max 3 g/day)", "40", "0")],
         plan=["Sugar-tong splint applied, sling", "Ice and elevate above heart", "Referral to orthopaedics within 3-5 days", "Copy of images provided on CD"],
         rp="numbness or tingling in fingers, fingers turning blue or cold, severe pain despite elevation, or splint too tight",
         img=("XR WRIST {SIDE} 3 VIEWS", "Nondisplaced transverse fracture of the distal radial metaphysis approximately 2 cm proximal to the articular surface. No intra-articular extension. Ulnar styloid intact. Carpal alignment normal.",
              "Nondisplaced distal radius fracture."), dispo="home"),
    dict(k="lac", cc=["Laceration", "cut on hand", "finger laceration", "cut L forearm"], age=(5, 70), days=(0, 0), fever=0.0,
         hpi=["sustained a laceration to the {side} {site} {lacmech} about {hrs} hours ago", "bleeding controlled with pressure", "no numbness or weakness of fingers",
              "last tetanus {tet}"],
         ros_pos=["laceration"], ros_neg=["numbness", "weakness", "fever"],
         exam={"SKIN": "{Length} cm linear laceration to the {side} {site}, clean wound edges, no visible foreign body, no tendon exposure. Full flexion/extension against resistance. Sensation intact distally. Cap refill brisk."},
         focus=["GEN", "SKIN", "MSK", "NEURO"], dx=[("Laceration without foreign body of {side} {site}, initial encounter", "S61.41{sidecode}A")], poc=[],
         rx=[], inclinic=["Tdap 0.5 mL IM left deltoid"],
         plan=["Laceration repaired, see procedure note", "Keep dry 24-48 hours then gentle washing", "Suture removal in {sutdays} days",
               "Tdap updated today"], rp="redness spreading from the wound, pus, red streaks, fever, or wound opening", img=None, dispo="home"),
    dict(k="backstrain", cc=["Low back pain", "back injury at work", "LBP after lifting"], age=(20, 62), days=(0, 3), fever=0.0, occ=True,
         hpi=["was lifting {load} at work at {employer} when he/she felt a pulling sensation in the low back", "pain is 6/10, non-radiating", "worse with bending and twisting",
              "denies numbness, weakness, bowel or bladder changes, saddle anesthesia", "no prior back injuries"],
         ros_pos=["back pain"], ros_neg=["fever", "bowel incontinence", "bladder incontinence", "leg weakness"],
         exam={"MSK": "Lumbar paraspinal muscle tenderness and spasm bilaterally, no midline bony tenderness. Forward flexion limited to 60 degrees by pain. Straight leg raise negative bilaterally.",
               "NEURO": "Strength 5/5 bilateral lower extremities. Patellar and Achilles reflexes 2+ symmetric. Sensation intact. Gait antalgic but steady."},
         focus=["GEN", "MSK", "NEURO"], dx=[("Strain of muscle, fascia and tendon of lower back, initial encounter", "S39.012A")], poc=[],
         rx=[("Naproxen 500 mg tablet", "Take 1 tablet by mouth twice daily with food as needed", "20", "0"),
             ("Cyclobenzaprine 5 mg tablet", "Take 1 tablet by mouth at bedtime as needed for muscle spasm. May cause drowsiness.", "10", "0")],
         plan=["Modified duty: no lifting over 15 lb, no repetitive bending", "Heat/ice, gentle stretching, home exercise handout", "Recheck in 1 week in occupational medicine clinic"],
         rp="numbness in the groin, loss of bowel or bladder control, leg weakness, or fever", img=None, dispo="home"),
    dict(k="bronchitis", cc=["Cough x {d} days", "persistent cough", "chest congestion"], age=(18, 75), days=(7, 18), fever=0.1,
         hpi=["{d} days of productive cough with clear to yellow sputum", "started as a cold", "mild chest wall soreness with coughing", "no fever for several days",
              "nonsmoker"], ros_pos=["cough", "sputum"], ros_neg=["fever", "hemoptysis", "leg swelling", "dyspnea at rest"],
         exam={"LUNGS": "Scattered rhonchi that clear with cough. No focal crackles. No wheeze. Good air movement."},
         focus=["GEN", "HEENT", "LUNGS", "CV"], dx=[("Acute bronchitis", "J20.9")], poc=[],
         rx=[("Benzonatate 100 mg capsule", "Take 1 capsule by mouth three times daily as needed for cough", "30", "0")],
         plan=["Chest X-ray without pneumonia", "Antibiotics not indicated", "Cough may persist 3 weeks"],
         rp="fever over 101, shortness of breath, coughing up blood, or chest pain",
         img=("XR CHEST 2 VIEWS PA AND LATERAL", "Lungs are clear. No focal consolidation, effusion or pneumothorax. Cardiomediastinal silhouette within normal limits. Osseous structures intact.",
              "No acute cardiopulmonary process."), dispo="home"),
    dict(k="asthma", cc=["Wheezing", "asthma flare", "SOB, wheezing x {d} days"], age=(6, 55), days=(1, 3), fever=0.1, spo2=(92, 95), pmh_add="Asthma",
         hpi=["known asthmatic with {d} days of wheezing and chest tightness", "using albuterol every 3-4 hours with temporary relief", "triggered by a recent cold",
              "no prior intubations or ICU admissions", "last oral steroid course over a year ago"],
         ros_pos=["wheezing", "shortness of breath", "cough"], ros_neg=["fever", "chest pain", "leg swelling"],
         exam={"LUNGS": "Diffuse expiratory wheezes bilaterally, mildly prolonged expiratory phase. Mild intercostal retractions. Speaking in full sentences.",
               "GEN": "Mild respiratory distress."},
         focus=["GEN", "HEENT", "LUNGS", "CV"], dx=[("Mild persistent asthma with acute exacerbation", "J45.31")], poc=[],
         inclinic=["Albuterol 2.5 mg / ipratropium 0.5 mg nebulized x1", "Dexamethasone 10 mg PO x1"],
         rx=[("Prednisone 20 mg tablet", "Take 2 tablets by mouth once daily for 5 days", "10", "0"),
             ("Albuterol HFA 90 mcg/actuation inhaler", "Inhale 2 puffs every 4-6 hours as needed for wheezing. Use with spacer.", "1 inhaler", "1")],
         plan=["Post-nebulizer: wheezing improved, SpO2 97% on RA", "Oral steroid burst", "Asthma action plan reviewed", "Follow up with PCP in 2-3 days"],
         rp="wheezing not relieved by albuterol, needing albuterol more than every 4 hours, trouble speaking, or blue lips", img=None, dispo="home"),
    dict(k="abscess", cc=["Boil", "abscess on thigh", "painful bump under arm", "skin infection"], age=(14, 65), days=(3, 6), fever=0.15,
         hpi=["{d} days of an enlarging painful bump on the {side} {asite}", "area has become red and warm", "no drainage", "no prior history of MRSA", "no diabetes"],
         ros_pos=["skin lesion", "pain"], ros_neg=["fever", "chills", "vomiting"],
         exam={"SKIN": "3 x 3 cm fluctuant, tender, erythematous abscess on the {side} {asite} with 1 cm surrounding induration and erythema. No lymphangitic streaking."},
         focus=["GEN", "SKIN"], dx=[("Cutaneous abscess of {side} {asite}", "L02.41{sidecode}")], poc=[],
         rx=[("Sulfamethoxazole-trimethoprim 800-160 mg tablet", "Take 1 tablet by mouth twice daily for 7 days", "14", "0")],
         rx_alt=[("Clindamycin 300 mg capsule", "Take 1 capsule by mouth three times daily for 7 days", "21", "0")],
         plan=["I&D performed, see procedure note; wound culture sent", "Packing removal/wound check in 48 hours", "Warm compresses three times daily"],
         rp="spreading redness, red streaks, fever, or increasing pain", img=None, dispo="home"),
    dict(k="dermatitis", cc=["Rash", "itchy rash", "poison ivy"], age=(4, 70), days=(2, 5), fever=0.0,
         hpi=["{d} days of an itchy rash on the arms and legs after doing yard work", "linear blistering areas", "no facial swelling, no oral lesions", "tried hydrocortisone cream"],
         ros_pos=["rash", "pruritus"], ros_neg=["fever", "shortness of breath", "lip swelling"],
         exam={"SKIN": "Linear erythematous papules and vesicles on bilateral forearms and lower legs, some excoriated. No bullae. No signs of secondary infection. Face spared."},
         focus=["GEN", "SKIN"], dx=[("Allergic contact dermatitis due to plants", "L23.7")], poc=[],
         rx=[("Triamcinolone 0.1% cream", "Apply thin layer to affected areas twice daily for up to 14 days. Not for face.", "80 g", "0"),
             ("Hydroxyzine 25 mg tablet", "Take 1 tablet by mouth every 8 hours as needed for itching. May cause drowsiness.", "20", "0")],
         plan=["Wash clothing and tools", "Cool compresses", "Avoid scratching"], rp="facial or genital involvement, fever, pus, or trouble breathing", img=None, dispo="home"),
    dict(k="conj", cc=["Red eye", "pink eye", "eye drainage"], age=(1, 50), days=(1, 2), fever=0.05,
         hpi=["{d} days of {side} eye redness with yellow crusting, eyelids stuck together in the morning", "no vision change", "no contact lens use", "no eye pain or photophobia"],
         ros_pos=["eye redness", "eye discharge"], ros_neg=["vision change", "photophobia", "eye pain"],
         exam={"EYES": "{Side} conjunctival injection with mucopurulent discharge. Cornea clear. PERRL. Visual acuity 20/20 OU. No photophobia."},
         focus=["GEN", "EYES", "HEENT"], dx=[("Acute bacterial conjunctivitis, {side} eye", "H10.02{sidecode}")], poc=[],
         rx=[("Polymyxin B-trimethoprim ophthalmic solution", "Instill 1 drop in affected eye(s) every 4 hours while awake for 7 days", "10 mL", "0")],
         plan=["Hand hygiene, do not share towels", "May return to school/daycare after 24 hours of drops"],
         rp="eye pain, vision changes, sensitivity to light, or swelling around the eye", img=None, dispo="home"),
    dict(k="eyefb", cc=["Something in eye at work", "eye foreign body", "metal in R eye"], age=(20, 60), days=(0, 0), fever=0.0, occ=True,
         hpi=["was grinding metal at {employer} when something flew into the {side} eye", "was not wearing safety glasses at the time", "foreign body sensation and tearing", "vision slightly blurry"],
         ros_pos=["eye pain", "tearing"], ros_neg=["vision loss", "headache"],
         exam={"EYES": "{Side} eye: small metallic foreign body on cornea at 4 o'clock, outside visual axis, no rust ring. Fluorescein: small abrasion at FB site, negative Seidel. Visual acuity 20/25 {side}, 20/20 other eye."},
         focus=["GEN", "EYES"], dx=[("Foreign body on external eye, cornea, {side} eye, initial encounter", "T15.0{sidecode}XA")], poc=[],
         rx=[("Erythromycin 0.5% ophthalmic ointment", "Apply 1/2 inch ribbon to affected eye four times daily for 5 days", "3.5 g", "0")],
         plan=["Foreign body removed with moistened cotton swab after topical tetracaine", "Return to regular duty with safety glasses", "Recheck in 24 hours"],
         rp="increasing eye pain, vision loss, or discharge", img=None, dispo="home"),
    dict(k="concussion", cc=["Head injury at football", "hit head", "concussion?"], age=(10, 18), days=(0, 1), fever=0.0,
         hpi=["collided helmet-to-helmet during {sport} practice", "no loss of consciousness", "headache and feeling foggy afterward", "no vomiting", "first concussion"],
         ros_pos=["headache", "dizziness"], ros_neg=["vomiting", "neck pain", "vision loss", "seizure"],
         exam={"NEURO": "A&Ox3, GCS 15. CN II-XII intact. Strength and sensation intact. Finger-nose normal. Mild difficulty with tandem gait. No C-spine tenderness."},
         focus=["GEN", "HEENT", "NECK", "NEURO"], dx=[("Concussion without loss of consciousness, initial encounter", "S06.0X0A")], poc=[],
         rx=[], plan=["No sports until cleared by physician; graduated return-to-play protocol", "Cognitive rest, limit screens", "Acetaminophen for headache"],
         rp="worsening headache, repeated vomiting, confusion, unequal pupils, seizure, or weakness", img=None, dispo="home"),
    dict(k="chestpain", cc=["Chest pain", "chest pressure", "CP x 2 hrs"], age=(42, 78), days=(0, 0), fever=0.0, pmh_add="Hypertension",
         hpi=["substernal chest pressure for about {hrs} hours, radiating to the left arm", "associated with diaphoresis and nausea", "pain 7/10", "no prior cardiac history"],
         ros_pos=["chest pain", "diaphoresis", "nausea"], ros_neg=["fever", "cough", "leg swelling"],
         exam={"GEN": "Diaphoretic, uncomfortable appearing.", "CV": "Regular rhythm, tachycardic, no murmur. Peripheral pulses equal."},
         focus=["GEN", "LUNGS", "CV", "ABD"], dx=[("Chest pain, unspecified; rule out acute coronary syndrome", "R07.9")], poc=[],
         inclinic=["Aspirin 324 mg chewed", "Nitroglycerin 0.4 mg SL x1"], rx=[],
         plan=["ECG obtained: see report", "EMS called for transfer to ED", "IV access attempted/placed", "Patient agrees with transfer"],
         rp="", img=None, dispo="ED", hospkey="nstemi"),
    dict(k="abdpain", cc=["Abdominal pain", "RLQ pain", "stomach pain, vomiting"], age=(10, 45), days=(0, 1), fever=0.5,
         hpi=["periumbilical abdominal pain since yesterday that migrated to the right lower quadrant", "anorexia and one episode of vomiting", "pain worse with walking and car ride", "no diarrhea, no urinary symptoms"],
         ros_pos=["abdominal pain", "nausea", "vomiting", "anorexia"], ros_neg=["diarrhea", "dysuria", "chest pain"],
         exam={"ABD": "Tender RLQ with voluntary guarding at McBurney's point. Positive Rovsing sign. Mild rebound. Bowel sounds decreased."},
         focus=["GEN", "LUNGS", "CV", "ABD"], dx=[("Right lower quadrant abdominal pain, suspected acute appendicitis", "R10.31")],
         poc=[("Urine hCG", "Negative", "Negative"), ("Urinalysis dipstick", "Negative for leukocytes, nitrite and blood", "Negative")], rx=[],
         plan=["Suspect appendicitis; requires CT and surgical evaluation not available in clinic", "Transferred to ED by private vehicle with family / EMS", "NPO"],
         rp="", img=None, dispo="ED", hospkey="appy"),
]
UC_BY_KEY = dict((s["k"], s) for s in UC)

# ----------------------------------------------------------------------------
# Hospital scenarios (outside records)
# ----------------------------------------------------------------------------
HOSP = [
    dict(k="appy", dx="Acute appendicitis", icd="K35.80", spec="General Surgery", age=(10, 45),
         present="migratory periumbilical to right lower quadrant abdominal pain with anorexia and vomiting",
         findings="WBC 14.8 with left shift. CT abdomen/pelvis with contrast: dilated 11 mm appendix with periappendiceal fat stranding, no abscess or free air.",
         proc="Laparoscopic appendectomy", anes="General endotracheal", op_find="Acutely inflamed, non-perforated appendix. No abscess. Minimal reactive fluid in pelvis.",
         tech=["The patient was placed supine and general endotracheal anesthesia induced.", "The abdomen was prepped and draped in the usual sterile fashion. Timeout was performed.",
               "A 12 mm umbilical port was placed using Hasson technique and pneumoperitoneum established to 15 mmHg.", "Two 5 mm ports were placed in the suprapubic and left lower quadrant positions under direct vision.",
               "The appendix was identified, inflamed, and the mesoappendix was divided with the harmonic scalpel.", "The base of the appendix was divided with an endoscopic GIA stapler, blue load.",
               "The specimen was removed in an Endocatch bag through the umbilical port.", "The staple line was inspected and hemostatic. The right lower quadrant was irrigated and aspirated.",
               "Ports were removed under direct vision. The umbilical fascia was closed with 0 Vicryl. Skin closed with 4-0 Monocryl subcuticular and Dermabond."],
         specimen="Appendix", path_gross="Received in formalin labeled with the patient's name and 'appendix' is a 6.2 cm x 1.1 cm appendix with a tan-pink serosa covered by fibrinous exudate. The lumen contains a fecalith. Representative sections submitted in cassettes A1-A3.",
         path_dx="Appendix, appendectomy: Acute suppurative appendicitis with periappendicitis. No perforation identified. Negative for neoplasm.",
         course="Patient underwent uncomplicated laparoscopic appendectomy on hospital day 1. Diet advanced on POD 0-1, pain controlled on oral medication, ambulating, voiding.",
         meds=[("Oxycodone-acetaminophen 5-325 mg tablet", "1 tablet PO q6h PRN severe pain", "12"), ("Acetaminophen 650 mg", "PO q6h PRN pain", "OTC"), ("Docusate 100 mg", "PO BID while on narcotics", "OTC")],
         los=(1, 2), followup="General surgery clinic in 2 weeks for wound check"),
    dict(k="nstemi", dx="Non-ST elevation myocardial infarction", icd="I21.4", spec="Cardiology", age=(45, 80),
         present="substernal chest pressure radiating to the left arm with diaphoresis",
         findings="Troponin I 0.08 -> 1.42 ng/mL. ECG with 1 mm ST depression in V4-V6. LDL 162.",
         proc="Left heart catheterization, coronary angiography and PCI", anes="Moderate sedation",
         op_find="95% stenosis of the mid left anterior descending artery treated with one 3.0 x 18 mm drug-eluting stent with 0% residual. Mild nonobstructive disease elsewhere. LVEDP 18 mmHg.",
         tech=["Informed consent was obtained. The right radial artery was accessed under ultrasound guidance with a 6 French sheath.", "Heparin and verapamil were given through the sheath.",
               "Selective coronary angiography was performed in multiple views.", "The mid LAD lesion was wired with a BMW wire, predilated, and stented with a drug-eluting stent.", "TR band applied for hemostasis."],
         specimen=None, path_gross=None, path_dx=None,
         course="Admitted to telemetry, started on aspirin, ticagrelor, heparin drip, high-intensity statin and beta blocker. Cardiac cath on hospital day 2 with PCI to mid LAD. Echo EF 50% with mild anterior hypokinesis. No arrhythmias on telemetry.",
         meds=[("Aspirin 81 mg", "1 tab PO daily", "90"), ("Ticagrelor 90 mg", "1 tab PO BID", "60"), ("Atorvastatin 80 mg", "1 tab PO nightly", "30"),
               ("Metoprolol succinate 25 mg", "1 tab PO daily", "30"), ("Nitroglycerin 0.4 mg SL", "1 tab SL q5min PRN chest pain, max 3", "25")],
         los=(2, 4), followup="Cardiology in 1-2 weeks; cardiac rehabilitation referral placed"),
    dict(k="chole", dx="Acute calculous cholecystitis", icd="K80.00", spec="General Surgery", age=(25, 70),
         present="right upper quadrant pain after fatty meals, with nausea and low-grade fever",
         findings="WBC 13.1, T bili 1.1, lipase normal. RUQ ultrasound: cholelithiasis, gallbladder wall thickening 5 mm, pericholecystic fluid, positive sonographic Murphy sign, CBD 4 mm.",
         proc="Laparoscopic cholecystectomy", anes="General endotracheal", op_find="Distended, inflamed gallbladder with multiple stones. Critical view of safety obtained. No bile leak.",
         tech=["After induction of general anesthesia the abdomen was prepped and draped.", "Pneumoperitoneum established through a periumbilical incision; three additional ports placed.",
               "The fundus was retracted cephalad and the infundibulum laterally. The hepatocystic triangle was dissected.", "The critical view of safety was obtained and documented.",
               "The cystic duct and cystic artery were clipped and divided.", "The gallbladder was removed from the liver bed with electrocautery and extracted in a bag.", "Hemostasis confirmed; ports removed; skin closed with 4-0 Monocryl."],
         specimen="Gallbladder", path_gross="Received fresh is a 8.5 x 3.9 x 3.0 cm opened gallbladder. The wall measures up to 0.6 cm. The mucosa is green-tan and velvety with focal hemorrhage. Multiple yellow-green faceted stones up to 1.4 cm. Representative sections in A1-A2.",
         path_dx="Gallbladder, cholecystectomy: Acute and chronic cholecystitis with cholelithiasis. Negative for dysplasia and malignancy.",
         course="Admitted, NPO, IV fluids and piperacillin-tazobactam. Laparoscopic cholecystectomy performed hospital day 2 without complication. Tolerating diet.",
         meds=[("Oxycodone 5 mg tablet", "1 tab PO q6h PRN severe pain", "10"), ("Ondansetron 4 mg ODT", "1 tab SL q8h PRN nausea", "10")],
         los=(2, 3), followup="Surgery clinic in 2 weeks"),
    dict(k="orif", dx="Displaced distal radius fracture", icd="S52.571A", spec="Orthopaedic Surgery", age=(18, 80),
         present="fall on outstretched hand with wrist deformity",
         findings="Radiographs: dorsally angulated, intra-articular distal radius fracture with 25 degrees dorsal tilt and 4 mm radial shortening.",
         proc="Open reduction internal fixation, distal radius, volar locking plate", anes="General LMA with supraclavicular block",
         op_find="Intra-articular distal radius fracture with dorsal comminution. Anatomic reduction obtained and confirmed fluoroscopically.",
         tech=["A supraclavicular block was performed by anesthesia preoperatively. A tourniquet was placed on the upper arm.", "A modified Henry approach to the volar distal radius was used through the FCR sheath.",
               "The pronator quadratus was elevated off the radius. The fracture was exposed, cleaned of hematoma and reduced with traction and manipulation.",
               "A volar locking plate was applied and secured with cortical and locking screws under fluoroscopic guidance.", "Final fluoroscopic images showed restoration of radial height, inclination and volar tilt.",
               "The wound was irrigated and closed in layers with 2-0 Vicryl and 4-0 nylon. Bulky dressing and volar splint were applied."],
         specimen=None, path_gross=None, path_dx=None,
         course="Outpatient/23-hour observation for pain control. Neurovascularly intact postoperatively.",
         meds=[("Oxycodone 5 mg tablet", "1-2 tabs PO q4-6h PRN pain", "20"), ("Ibuprofen 600 mg", "1 tab PO q6h with food", "30")],
         los=(0, 1), followup="Orthopaedics in 10-14 days for suture removal and radiographs"),
    dict(k="pna", dx="Community-acquired pneumonia, right lower lobe", icd="J18.9", spec="Hospital Medicine", age=(50, 90),
         present="fever, productive cough and shortness of breath for 4 days",
         findings="WBC 16.2, lactate 1.6, procalcitonin 1.9. SpO2 89% on room air. Chest X-ray: right lower lobe consolidation. Blood cultures no growth.",
         proc=None, anes=None, op_find=None, tech=None, specimen=None, path_gross=None, path_dx=None,
         course="Admitted to medical floor, treated with ceftriaxone and azithromycin, supplemental oxygen weaned to room air by hospital day 3. Transitioned to oral antibiotics.",
         meds=[("Amoxicillin-clavulanate 875-125 mg", "1 tab PO BID x 4 more days", "8"), ("Guaifenesin 600 mg ER", "1 tab PO BID PRN cough", "OTC")],
         los=(3, 5), followup="PCP in 1 week; repeat chest X-ray in 6-8 weeks"),
    dict(k="stone", dx="Obstructing right ureteral calculus with hydronephrosis", icd="N13.2", spec="Urology", age=(25, 65),
         present="acute right flank pain radiating to the groin with hematuria and vomiting",
         findings="Creatinine 1.4. UA: large blood, no nitrite. CT renal stone protocol: 7 mm obstructing stone at right UVJ with moderate hydronephrosis.",
         proc="Cystoscopy, right ureteroscopy with laser lithotripsy and ureteral stent placement", anes="General LMA",
         op_find="7 mm stone at the right distal ureter fragmented with holmium laser; fragments basket-extracted. 6 Fr x 26 cm double-J stent placed.",
         tech=["Patient placed in dorsal lithotomy. Rigid cystoscopy performed; bladder without lesions.", "A guidewire was passed into the right renal pelvis under fluoroscopy.",
               "Semirigid ureteroscope advanced to the stone, which was fragmented with the holmium laser.", "Fragments were extracted with a nitinol basket.", "A double-J stent was placed with good curl in the kidney and bladder."],
         specimen="Stone fragments", path_gross="Received are multiple tan-brown stone fragments, aggregate 0.6 x 0.4 x 0.2 cm, submitted for stone analysis.",
         path_dx="Calculus, right ureter: Calcium oxalate monohydrate 80%, calcium phosphate 20% (sent to reference laboratory).",
         course="Admitted for pain control and urology evaluation. Underwent ureteroscopy hospital day 1. Creatinine improved to 1.0.",
         meds=[("Tamsulosin 0.4 mg capsule", "1 cap PO daily until stent removed", "30"), ("Oxybutynin 5 mg", "1 tab PO q8h PRN bladder spasm", "15"), ("Oxycodone 5 mg", "1 tab PO q6h PRN severe pain", "8")],
         los=(1, 2), followup="Urology in 1 week for stent removal"),
]
HOSP_BY_KEY = dict((h["k"], h) for h in HOSP)

PMH_MEDS = {
    "Hypertension": [("Lisinopril", "10 mg", "1 tablet by mouth once daily"), ("Amlodipine", "5 mg", "1 tablet by mouth daily"), ("Hydrochlorothiazide", "25 mg", "1 tab PO daily")],
    "Type 2 diabetes mellitus": [("Metformin", "500 mg", "1 tablet by mouth twice daily with meals"), ("Metformin ER", "1000 mg", "1 tablet PO daily with evening meal")],
    "Hyperlipidemia": [("Atorvastatin", "20 mg", "1 tablet by mouth at bedtime"), ("Simvastatin", "40 mg", "1 tab PO qHS")],
    "Asthma": [("Albuterol HFA", "90 mcg/act", "2 puffs inhaled q4-6h PRN wheeze"), ("Fluticasone HFA", "110 mcg/act", "2 puffs inhaled BID")],
    "Hypothyroidism": [("Levothyroxine", "50 mcg", "1 tablet by mouth daily before breakfast"), ("Levothyroxine", "88 mcg", "1 tab PO qAM")],
    "GERD": [("Omeprazole", "20 mg", "1 capsule by mouth daily before breakfast"), ("Famotidine", "20 mg", "1 tab PO BID")],
    "Depression": [("Sertraline", "50 mg", "1 tablet by mouth daily"), ("Escitalopram", "10 mg", "1 tab PO daily")],
    "Allergic rhinitis": [("Cetirizine", "10 mg", "1 tablet by mouth daily"), ("Fluticasone nasal", "50 mcg/spray", "2 sprays each nostril daily")],
    "Anxiety": [("Buspirone", "10 mg", "1 tab PO BID")],
    "Migraine": [("Sumatriptan", "50 mg", "1 tab PO at onset, may repeat in 2 h, max 200 mg/day")],
    "Obesity": [],
    "Osteoarthritis": [("Meloxicam", "7.5 mg", "1 tab PO daily with food")],
}
ALLERGIES = [("NKDA", None)] * 6 + [("Penicillin", "hives"), ("Sulfa drugs", "rash"), ("Codeine", "nausea/vomiting"),
                                    ("Latex", "contact dermatitis"), ("Amoxicillin", "rash"), ("Cephalexin", "itching"), ("Shellfish", "throat swelling")]


# ----------------------------------------------------------------------------
# Context construction
# ----------------------------------------------------------------------------
def fill(s, x):
    for k, v in x.fill.items():
        s = s.replace("{" + k + "}", v)
    return s


def clinic(rng, d, kind=None):
    kind = kind or pick(rng, ["urgent", "urgent", "urgent", "retail", "tele"])
    if kind == "tele" and d.year < 2015:
        kind = "urgent"
    town = pick(rng, TOWNS)
    brand = "Brightwater Walk-In Medical" if d.year < 2017 else "Brightwater Urgent Care"
    cl = C()
    cl.kind, cl.town = kind, town
    cl.street = "%d %s %s" % (rng.randint(100, 9999), pick(rng, STREET_N), pick(rng, ["Plaza", "Pkwy", "Blvd", "Shopping Center", "Ave", "Crossing"]))
    cl.suite = pick(rng, ["Suite 104", "Ste. B", "Unit 7", "", "Suite 210"])
    cl.num = rng.randint(101, 389)
    if kind == "urgent":
        cl.name = "%s - %s" % (brand, town[0]) if chance(rng, 0.6) else brand + " #%d" % cl.num
    elif kind == "retail":
        host = pick(rng, PHARMACIES) + str(rng.randint(1000, 9999))
        cl.name = "%s Express Clinic inside %s" % ("Brightwater" if d.year >= 2017 else "Brightwater Walk-In", host)
        cl.suite = ""
    elif kind == "tele":
        cl.name = pick(rng, ["Brightwater Virtual Care", "Brightwater Telehealth", "Brightwater On-Demand Video Visit"])
    else:
        cl.name = "%s Occupational Health - %s" % (brand, town[0])
    cl.city, cl.state = town[0], town[1]
    cl.zip = "%s%03d" % (town[2], rng.randint(0, 999))
    cl.phone = phone(rng, town[3])
    cl.fax = phone(rng, town[3])
    cl.addr1 = cl.street + ((", " + cl.suite) if cl.suite else "")
    cl.addr2 = "%s, %s %s" % (cl.city, cl.state, cl.zip)
    return cl


def make_ctx(rng, scen=None, hosp=None, kind=None, age=None):
    x = C()
    x.rng = rng
    if scen is None and hosp is None:
        scen = pick(rng, UC if age is None else [u for u in UC if not u.get("occ")])
    x.s = scen
    x.h = hosp
    lo = 2020 if scen and scen.get("mindate") else 2012
    x.d = rand_date(rng, lo, 2024)
    x.cl = clinic(rng, x.d, kind or ("occ" if scen and scen.get("occ") and chance(rng, 0.7) else None))
    if scen and (scen.get("occ") or scen.get("dispo") == "ED") and x.cl.kind in ("retail", "tele"):
        x.cl = clinic(rng, x.d, "occ" if scen.get("occ") else "urgent")
    if scen and scen.get("dispo") == "ED" and x.cl.kind == "tele":
        pass
    arng = (scen or hosp)["age"] if age is None else age
    x.age = rng.randint(*arng)
    sex = (scen or {}).get("sex") or pick(rng, "MF")
    x.first, x.last, x.sex = person_name(rng, sex)
    x.mi = pick(rng, "ABCDEFGHJKLMNPRSTW")
    x.dob = x.d - datetime.timedelta(days=365 * x.age + rng.randint(1, 360))
    x.mrn = pick(rng, ["BW", "", "E", "M"]) + str(rng.randint(1000000, 9999999))
    x.acct = str(rng.randint(10000000, 99999999))
    x.addr, x.city, x.state, x.zip, t = address(rng, x.cl.town if chance(rng, 0.8) else None)
    x.phone = phone(rng, t[3])
    x.he = "he" if x.sex == "M" else "she"
    x.his = "his" if x.sex == "M" else "her"
    x.Mr = ("Mr." if x.sex == "M" else pick(rng, ["Ms.", "Mrs."])) if x.age >= 18 else ""
    x.sexw = "male" if x.sex == "M" else "female"
    x.agestr = ("%d-year-old" % x.age)
    x.prov = provider(rng, "uc")
    x.nurse = provider(rng, "rn")
    # history
    pool = list(PMH_MEDS.keys())
    n = 0 if x.age < 18 else min(4, rng.randint(0, 1 + x.age // 20))
    x.pmh = []
    for p in rng.sample(pool, n):
        if p == "Type 2 diabetes mellitus" and x.age < 30:
            continue
        x.pmh.append(p)
    if x.age < 18 and chance(rng, 0.2):
        x.pmh.append("Asthma")
    add = (scen or {}).get("pmh_add")
    if add and add not in x.pmh:
        x.pmh.append(add)
    if hosp and hosp["k"] == "nstemi":
        for p in ("Hypertension", "Hyperlipidemia"):
            if p not in x.pmh:
                x.pmh.append(p)
    x.meds = []
    for p in x.pmh:
        if PMH_MEDS[p]:
            x.meds.append(pick(rng, PMH_MEDS[p]))
    if x.sex == "F" and 18 <= x.age <= 45 and chance(rng, 0.3):
        x.meds.append(("Norgestimate-ethinyl estradiol", "0.25-35 mg-mcg", "1 tablet by mouth daily"))
    x.allergy = pick(rng, ALLERGIES)
    x.pcn = x.allergy[0] in ("Penicillin", "Amoxicillin")
    x.surg = rng.sample(["Appendectomy", "Cholecystectomy", "Tonsillectomy", "C-section", "Knee arthroscopy", "Wisdom teeth extraction", "Hernia repair"], rng.randint(0, 2)) if x.age > 15 else []
    x.smoke = pick(rng, ["Never smoker", "Former smoker, quit %d" % rng.randint(1995, 2015), "Current every day smoker, 1/2 ppd", "Never", "Denies tobacco"]) if x.age >= 16 else "N/A - pediatric"
    x.etoh = pick(rng, ["Social alcohol use", "Denies alcohol", "1-2 drinks/week", "Occasional"])
    x.payer = pick(rng, PAYERS[:-1] if x.age < 65 else PAYERS)
    x.memid = pick(rng, ["XKM", "YRG", "W", "ZHP", "", "MCD"]) + str(rng.randint(100000000, 999999999))
    x.group = str(rng.randint(10000, 999999))
    x.employer = pick(rng, EMPLOYERS)
    x.hospital = pick(rng, HOSPITALS)
    x.ehr = pick(rng, EHR)
    side = pick(rng, ["left", "right"])
    x.fill = {
        "d": str(rng.randint(*(scen or {"days": (1, 3)}).get("days", (1, 3)))), "side": side, "Side": side.capitalize(), "SIDE": side.upper(),
        "sidecode": "2" if side == "left" else "1", "contact": pick(rng, ["classmate", "coworker", "sibling", "child at home", "roommate"]),
        "mech": pick(rng, ["stepping off a curb", "playing basketball", "on wet stairs at home", "while running", "at a trampoline park"]),
        "onsetday": pick(rng, ["yesterday", "last night", "2 days ago"]), "vax": pick(rng, ["primary series plus booster", "unvaccinated", "primary series only"]),
        "hrs": str(rng.randint(1, 5)), "site": pick(rng, ["index finger", "palm", "forearm", "thumb", "shin", "scalp"]),
        "asite": pick(rng, ["axilla", "thigh", "buttock", "forearm"]), "lacmech": pick(rng, ["on a kitchen knife", "on broken glass", "on sheet metal at work", "with a box cutter"]),
        "tet": pick(rng, ["unknown", "more than 10 years ago", "about 6 years ago", "2 years ago"]), "Length": str(rng.choice([1.5, 2, 2.5, 3, 3.5, 4])),
        "sutdays": pick(rng, ["7-10", "10-14", "5-7"]), "load": pick(rng, ["a 50 lb box", "a pallet of water", "a patient", "a tire"]),
        "employer": x.employer, "sport": pick(rng, ["football", "soccer", "hockey", "lacrosse"]),
        "peddose": str(pick(rng, [3, 4, 5, 6, 7.5])),
    }
    if scen and scen["k"] == "lac" and x.fill["site"] == "scalp":
        x.fill["site"] = "forearm"
    if x.age < 18 and scen and scen.get("occ"):
        x.age = 24
    x.v = vitals(rng, scen, x.age)
    x.time = ftime(rng)
    x.visitno = "V%d" % rng.randint(10000000, 99999999)
    x.guardian = None
    if x.age < 18:
        gf, gl, gs = person_name(rng)
        x.guardian = ("%s %s" % (gf, x.last if chance(rng, 0.8) else gl), pick(rng, ["mother", "father", "grandmother", "legal guardian", "stepmother"]) if gs == "F" else pick(rng, ["father", "grandfather", "stepfather", "legal guardian"]))
    return x


def vitals(rng, scen, age):
    fev = scen.get("fever", 0.2) if scen else 0.1
    v = {}
    t = round(rng.uniform(100.5, 103.0), 1) if rng.random() < fev else round(rng.uniform(97.5, 99.2), 1)
    v["T"] = t
    v["HR"] = rng.randint(62, 94) + (16 if t > 100.4 else 0) + (25 if age < 8 else 0)
    if scen and scen["k"] == "chestpain":
        v["HR"] = rng.randint(96, 112)
    v["SBP"] = rng.randint(104, 148) + (age // 8 if age > 50 else 0) if age >= 12 else rng.randint(90, 112)
    v["DBP"] = rng.randint(62, 92) if age >= 12 else rng.randint(52, 70)
    v["RR"] = rng.randint(14, 20) + (8 if age < 6 else 0)
    lo, hi = (scen.get("spo2", (96, 100)) if scen else (96, 100))
    v["SpO2"] = rng.randint(lo, hi)
    if age < 2:
        w = rng.randint(18, 28)
    elif age < 13:
        w = 20 + age * 6 + rng.randint(-6, 10)
    else:
        w = rng.randint(110, 260)
    v["Wt"] = w
    v["Pain"] = rng.randint(0, 8)
    return v


def vit_line(x, st=None):
    rng = x.rng
    v = x.v
    st = rng.randrange(5) if st is None else st
    if st == 0:
        return "BP %d/%d | HR %d | Temp %.1f F | RR %d | SpO2 %d%% RA | Wt %d lb" % (v["SBP"], v["DBP"], v["HR"], v["T"], v["RR"], v["SpO2"], v["Wt"])
    if st == 1:
        return "T: %.1f  P: %d  R: %d  BP: %d/%d  O2 sat: %d%% on room air  Pain: %d/10" % (v["T"], v["HR"], v["RR"], v["SBP"], v["DBP"], v["SpO2"], v["Pain"])
    if st == 2:
        c = (v["T"] - 32) * 5 / 9
        return "Temp %.1f C (%.1f F), HR %d bpm, BP %d/%d mmHg, RR %d/min, SpO2 %d%%, weight %.1f kg" % (c, v["T"], v["HR"], v["SBP"], v["DBP"], v["RR"], v["SpO2"], v["Wt"] / 2.2046)
    if st == 3:
        return "\n".join(["  Temperature ....... %.1f F (%s)" % (v["T"], pick(rng, ["Oral", "Temporal", "Tympanic"])), "  Pulse ............. %d" % v["HR"],
                          "  Blood Pressure .... %d/%d (%s)" % (v["SBP"], v["DBP"], pick(rng, ["Sitting", "L arm", "R arm"])),
                          "  Respirations ...... %d" % v["RR"], "  SpO2 .............. %d %%" % v["SpO2"], "  Weight ............ %d lb" % v["Wt"], "  Pain Score ........ %d/10" % v["Pain"]])
    return "VS: %.1f, %d, %d/%d, %d, %d%%" % (v["T"], v["HR"], v["SBP"], v["DBP"], v["RR"], v["SpO2"])


# ----------------------------------------------------------------------------
# Writing helpers
# ----------------------------------------------------------------------------
class W(object):
    """Document writer with a per-document heading style."""

    def __init__(self, rng, style=None):
        self.rng = rng
        self.style = rng.randrange(6) if style is None else style
        self.out = []

    def h(self, *variants):
        t = pick(self.rng, variants)
        s = self.style
        if s == 0:
            return t.upper() + ":"
        if s == 1:
            return t + ":"
        if s == 2:
            return t.upper()
        if s == 3:
            return t + "\n" + "-" * len(t)
        if s == 4:
            return t.upper() + " -"
        return "[" + t + "]"

    def sec(self, variants, body, inline_ok=True):
        if isinstance(variants, str):
            variants = (variants,)
        head = self.h(*variants)
        if isinstance(body, (list, tuple)):
            body = "\n".join(body)
        if inline_ok and self.style in (0, 1, 4) and "\n" not in body and len(body) < 200:
            self.out.append(head + " " + body)
        else:
            self.out.append(head + "\n" + body)
        if self.style in (2, 3, 5) or chance(self.rng, 0.3):
            self.out.append("")

    def line(self, s=""):
        self.out.append(s)

    def text(self):
        return "\n".join(self.out)


def sentence_join(rng, x, parts, pron=True):
    out = []
    for i, p in enumerate(parts):
        p = fill(p, x)
        p = p.replace("he/she", x.he)
        if i == 0:
            subj = pick(rng, ["Patient", "Pt", "The patient", "%s %s" % (x.Mr, x.last) if x.Mr else x.first, "This %s %s" % (x.agestr, x.sexw)])
            out.append("%s %s." % (subj, p))
        else:
            lead = ""
            w = p.split()[0]
            if w in ("reports", "presents") and chance(rng, 0.5):
                lead = x.he + " "
            elif w in ("denies", "no") and chance(rng, 0.3):
                lead = pick(rng, ["Of note, ", "Pertinent negatives: ", ""])
            s = lead + p
            out.append(s[0].upper() + s[1:] + ".")
    return " ".join(out)


def hpi_text(x, n=None):
    rng = x.rng
    parts = list(x.s["hpi"])
    if n:
        parts = parts[:n]
    intro = "%s %s presents%s with %s." % (x.agestr, x.sexw, pick(rng, ["", " to clinic", " for evaluation", " accompanied by %s" % (x.guardian[1] if x.guardian else "spouse")]), fill(x.s["cc"][0], x).lower())
    body = sentence_join(rng, x, parts)
    return pick(rng, [intro + " " + body, body, intro[0].upper() + intro[1:] + " " + body])


def ros_text(x, st=None):
    rng = x.rng
    s = x.s
    st = rng.randrange(4) if st is None else st
    pos, neg = s["ros_pos"], s["ros_neg"]
    if st == 0:
        return "Positive for %s. Negative for %s. All other systems reviewed and negative." % (", ".join(pos), ", ".join(neg))
    if st == 1:
        return "\n".join(["  %s: %s" % (p.capitalize(), "(+)") for p in pos] + ["  %s: %s" % (n.capitalize(), "(-)") for n in neg])
    if st == 2:
        return "As per HPI. Denies %s." % ", ".join(neg)
    return "+ " + ", ".join(pos) + "; - " + ", ".join(neg) + ". 10-point ROS otherwise negative."


NORMAL = {
    "GEN": ["Alert, well-appearing, in no acute distress.", "Well developed, well nourished, NAD.", "Awake, alert, nontoxic appearing.", "A&O, pleasant, no distress."],
    "HEENT": ["Normocephalic, atraumatic. TMs clear bilaterally. Oropharynx without erythema or exudate.", "NC/AT. TMs pearly gray with normal landmarks. Nares patent. Posterior pharynx clear. MMM."],
    "EYES": ["Conjunctivae clear, PERRL, EOMI.", "No conjunctival injection or discharge. Pupils equal and reactive."],
    "NECK": ["Supple, no lymphadenopathy.", "Supple. No cervical LAD. No meningismus."],
    "LUNGS": ["Clear to auscultation bilaterally. No wheezes, rales or rhonchi. Normal effort.", "CTAB, no respiratory distress, no retractions.", "Breath sounds equal bilaterally, clear."],
    "CV": ["Regular rate and rhythm, no murmurs, rubs or gallops.", "RRR, S1 S2 normal, no murmur.", "Heart regular, no m/r/g. Cap refill < 2 sec."],
    "ABD": ["Soft, nontender, nondistended. Normal bowel sounds.", "Soft, NT/ND, no rebound or guarding. No HSM."],
    "GU": ["No CVA tenderness.", "Deferred."],
    "SKIN": ["Warm and dry. No rash.", "No rashes or lesions. Normal turgor.", "Skin intact, warm, well perfused."],
    "MSK": ["Normal range of motion. No edema or deformity.", "Moves all extremities without difficulty."],
    "NEURO": ["Alert and oriented x3. No focal deficits.", "A&Ox3, CN II-XII grossly intact, gait normal.", "Grossly non-focal."],
    "PSYCH": ["Normal mood and affect.", "Appropriate mood, behavior normal, judgment intact."],
}
EXAM_LABEL = {"GEN": ["General", "Constitutional", "GEN", "Gen"], "HEENT": ["HEENT", "Head/ENT", "ENT"], "EYES": ["Eyes", "EYES", "Ophth"],
              "NECK": ["Neck", "NECK"], "LUNGS": ["Lungs", "Respiratory", "Chest/Lungs", "Pulm"], "CV": ["Cardiovascular", "Heart", "CV", "Cardiac"],
              "ABD": ["Abdomen", "Abd", "GI"], "GU": ["GU", "Back/CVA", "Genitourinary"], "SKIN": ["Skin", "Integumentary", "Derm"],
              "MSK": ["Musculoskeletal", "Extremities", "MSK", "Ext"], "NEURO": ["Neuro", "Neurologic", "Neurological"], "PSYCH": ["Psych", "Psychiatric"]}


def exam_text(x, st=None, systems=None):
    rng = x.rng
    systems = systems or list(x.s["focus"])
    if chance(rng, 0.3) and "PSYCH" not in systems:
        systems.append("PSYCH")
    st = rng.randrange(3) if st is None else st
    lines = []
    for sy in systems:
        val = fill(x.s["exam"].get(sy, pick(rng, NORMAL[sy])), x)
        lab = pick(rng, EXAM_LABEL[sy])
        if st == 0:
            lines.append("%s: %s" % (lab, val))
        elif st == 1:
            lines.append("  %s - %s" % (lab.upper(), val))
        else:
            lines.append(val)
    return (" ".join(lines)) if st == 2 else "\n".join(lines)


def dx_list(x):
    return [(fill(n, x), fill(c, x)) for n, c in x.s["dx"]]


def rx_list(x):
    s = x.s
    if x.pcn and s.get("rx_alt"):
        return [tuple(fill(i, x) for i in r) for r in s["rx_alt"]]
    return [tuple(fill(i, x) for i in r) for r in s["rx"]]


def poc_lines(x, st=0):
    out = []
    for t, r, ref in x.s.get("poc", []):
        if st == 0:
            out.append("%-34s %-28s (ref: %s)" % (t, r, ref))
        else:
            out.append("%s: %s" % (t, r))
    return out


def pname(x, st=None):
    st = x.rng.randrange(4) if st is None else st
    if st == 0:
        return "%s, %s" % (x.last.upper(), x.first.upper())
    if st == 1:
        return "%s %s %s" % (x.first, x.mi, x.last)
    if st == 2:
        return "%s, %s %s" % (x.last, x.first, x.mi + ".")
    return "%s %s" % (x.first, x.last)


def sig(x, p=None, when=True, st=None):
    rng = x.rng
    p = p or x.prov
    st = rng.randrange(6) if st is None else st
    dt = "%s %s" % (fd(x.d, 0), ftime(rng))
    if st == 0:
        return "Electronically signed by %s on %s" % (p.full, dt)
    if st == 1:
        return "%s\n%s" % ("_" * 30, p.full)
    if st == 2:
        return "Signed: %s  %s" % (p.full, dt if when else "")
    if st == 3:
        return "-- %s" % p.full
    if st == 4:
        return "Provider: %s   NPI %s\nE-signed %s" % (p.full, p.npi, dt)
    return "This note was authenticated electronically by %s. %s" % (p.full, dt)


def clinic_header(x, st=None):
    cl = x.cl
    rng = x.rng
    st = rng.randrange(5) if st is None else st
    if st == 0:
        return "%s\n%s\n%s\nPhone %s  Fax %s" % (cl.name, cl.addr1, cl.addr2, cl.phone, cl.fax)
    if st == 1:
        return "%s | %s, %s | P: %s F: %s" % (cl.name.upper(), cl.addr1, cl.addr2, cl.phone, cl.fax)
    if st == 2:
        return cl.name.upper().center(72).rstrip() + "\n" + ("%s  %s" % (cl.addr1, cl.addr2)).center(72).rstrip()
    if st == 3:
        return "%s     %s" % (cl.name, cl.phone)
    return ""


def pt_banner(x, st=None):
    rng = x.rng
    st = rng.randrange(5) if st is None else st
    if st == 0:
        return "Patient: %s    DOB: %s    MRN: %s" % (pname(x, 0), fd(x.dob, 0), x.mrn)
    if st == 1:
        return "%s  (%s %s)  DOB %s  Acct# %s" % (pname(x, 2), x.age, x.sex, fd(x.dob, 1), x.acct)
    if st == 2:
        return "Name: %s\nDate of Birth: %s   Sex: %s\nMRN: %s   Visit: %s" % (pname(x, 1), fd(x.dob, 0), "Male" if x.sex == "M" else "Female", x.mrn, fd(x.d, 0))
    if st == 3:
        return "PATIENT NAME: %s   DOB: %s   AGE: %d   SEX: %s" % (pname(x, 0), fd(x.dob, 5), x.age, x.sex)
    return "%s | %s | %dy %s | %s" % (pname(x, 3), x.mrn, x.age, x.sex, fd(x.dob, 3))


def med_str(m, st=0):
    n, dose, sigs = m
    if st == 0:
        return "%s %s - %s" % (n, dose, sigs)
    if st == 1:
        return "%s %s" % (n, dose)
    return "%s %s, %s" % (n.upper(), dose, sigs)


def meds_block(x, st=0):
    if not x.meds:
        return pick(x.rng, ["None", "No current medications", "Denies", "none reported"])
    return "\n".join(("- " if st == 0 else "") + med_str(m, st) for m in x.meds)


def allergy_str(x):
    a, r = x.allergy
    if r is None:
        return pick(x.rng, ["NKDA", "No Known Drug Allergies", "No known allergies", "NKA"])
    return "%s (%s)" % (a, r)


def pmh_str(x):
    if not x.pmh:
        return pick(x.rng, ["None", "Noncontributory", "No significant past medical history", "Denies"])
    return ", ".join(x.pmh)


# ----------------------------------------------------------------------------
# Page furniture & OCR simulation
# ----------------------------------------------------------------------------
def fax_header(x, pages=None, page=1, src=None):
    rng = x.rng
    src = src or x.cl.name
    pages = pages or rng.randint(1, 6)
    st = rng.randrange(4)
    dt = x.d + datetime.timedelta(days=rng.randint(0, 30))
    if st == 0:
        return "%s %s  FROM: %s  TO: %s    P. %03d/%03d" % (fd(dt, 1), ftime(rng, True), phone2(rng), phone2(rng), page, pages)
    if st == 1:
        return "%s  %s  %s  PAGE %d OF %d" % (dt.strftime("%b-%d-%Y").upper(), ftime(rng, False), src.upper()[:32], page, pages)
    if st == 2:
        return "Received: %s %s;  %s -> %s; Page %d" % (fd(dt, 2), ftime(rng, False), phone2(rng), src, page)
    return "%s %s FAX %s %s #%04d P.%d" % (dt.strftime("%m/%d/%Y"), ftime(rng, True), phone2(rng), src[:20].upper(), rng.randint(1, 9999), page)


def paginate(x, text, footer_prob=0.6):
    rng = x.rng
    lines = text.split("\n")
    per = rng.randint(46, 62)
    if len(lines) <= per and not chance(rng, 0.5):
        return text
    chunks = [lines[i:i + per] for i in range(0, len(lines), per)]
    n = len(chunks)
    fst = rng.randrange(4)
    rep = chance(rng, 0.6)
    ban = pt_banner(x, rng.choice([0, 1, 3, 4]))
    out = []
    for i, ch in enumerate(chunks):
        if i > 0 and rep:
            out.append(ban)
            out.append("")
        out.extend(ch)
        if chance(rng, footer_prob) or n > 1:
            out.append("")
            if fst == 0:
                out.append("Page %d of %d" % (i + 1, n))
            elif fst == 1:
                out.append("%s   Printed %s   Page %d" % (pname(x, 0), fd(x.d + datetime.timedelta(days=rng.randint(0, 400)), 0), i + 1))
            elif fst == 2:
                out.append("CONFIDENTIAL - Contains protected health information.  Pg %d/%d" % (i + 1, n))
            else:
                out.append("- %d -" % (i + 1))
    return "\n".join(out)


OCR_SUB = [("l", "1"), ("O", "0"), ("I", "l"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("S", "5"), ("B", "8"), (",", "."), ("cl", "d"), ("h", "b"), ("i", "í"), ("a", "o"), ("t", "f"), ("0", "O"), ("1", "l")]


def ocr(x, text):
    rng = x.rng
    r = rng.random()
    if r < 0.35:
        return text
    level = 0.003 if r < 0.75 else 0.01
    out = []
    i = 0
    L = len(text)
    while i < L:
        ch = text[i]
        if ch != "\n" and rng.random() < level:
            op = rng.randrange(4)
            if op == 0:
                for a, b in OCR_SUB:
                    if text.startswith(a, i):
                        out.append(b)
                        i += len(a)
                        break
                else:
                    out.append(ch)
                    i += 1
                continue
            if op == 1:
                i += 1
                continue
            if op == 2:
                out.append(ch + " ")
                i += 1
                continue
            out.append(ch)
            out.append(pick(rng, [".", "'", ",", "~", "|"]))
            i += 1
            continue
        out.append(ch)
        i += 1
    t = "".join(out)
    if chance(rng, 0.3):
        t = "\n".join(l.rstrip() + (" " * rng.randint(1, 3) if chance(rng, 0.1) else "") for l in t.split("\n"))
    return t


def finish(x, text, fax_prob=0.3, src=None, paginate_prob=0.7):
    rng = x.rng
    if chance(rng, paginate_prob):
        text = paginate(x, text)
    if chance(rng, fax_prob):
        text = fax_header(x, src=src) + "\n" + text
    return ocr(x, text)


# ----------------------------------------------------------------------------
# Type generators
# ----------------------------------------------------------------------------
def ap_block(x, st=None):
    rng = x.rng
    st = rng.randrange(4) if st is None else st
    dx = dx_list(x)
    rx = rx_list(x)
    plan = [fill(p, x) for p in x.s["plan"]]
    out = []
    if st == 0:
        for i, (n, c) in enumerate(dx):
            out.append("%d. %s (%s)" % (i + 1, n, c))
        for p in plan:
            out.append("   - %s" % p)
        for r in rx:
            out.append("   - Rx: %s, %s, #%s, RF %s" % r)
        for m in x.s.get("inclinic", []):
            out.append("   - Given in clinic: %s" % m)
    elif st == 1:
        out.append("Assessment: " + "; ".join("%s - %s" % (c, n) for n, c in dx))
        out.append("Plan: " + " ".join(p.rstrip(".") + "." for p in plan))
        if rx:
            out.append("Meds: " + "; ".join("%s - %s" % (r[0], r[1]) for r in rx))
    elif st == 2:
        out.append("Dx: " + ", ".join(n for n, c in dx) + "  [" + ", ".join(c for n, c in dx) + "]")
        for p in plan + ["%s %s" % (r[0], r[1]) for r in rx]:
            out.append("* " + p)
    else:
        out.append("Impression: %s." % dx[0][0])
        out.append("")
        out.append(" ".join(p[0].upper() + p[1:].rstrip(".") + "." for p in plan))
        if rx:
            out.append("Prescribed " + ", ".join(r[0] for r in rx) + ".")
    return "\n".join(out)


def rp_text(x):
    rng = x.rng
    rp = x.s.get("rp") or "worsening symptoms"
    return pick(rng, [
        "Return precautions given: return to clinic or go to the nearest ED for %s." % rp,
        "Advised to seek emergency care for %s. Patient verbalized understanding." % rp,
        "RTC/ED precautions reviewed incl. %s. Pt agrees with plan." % rp,
        "Discussed red flags (%s). Follow up with PCP in %s. Questions answered." % (rp, pick(rng, ["2-3 days", "1 week", "3-5 days"])),
    ])


def g_progress(x):
    rng = x.rng
    lay = rng.randrange(8)
    w = W(rng)
    s = x.s
    if lay == 7:
        x.h = pick(rng, HOSP)
    if lay in (0, 2, 6):
        hdr = clinic_header(x)
        if hdr:
            w.line(hdr)
            w.line("")
    if lay == 0:  # templated EHR visit note
        w.line(pick(rng, ["Urgent Care Visit Note", "Office Visit", "Clinic Note", "Encounter Summary", "Visit Note - Walk-in", ""]))
        w.line(pt_banner(x))
        w.line("Date of Service: %s   Time: %s   Provider: %s" % (fd(x.d, 0), x.time, x.prov.full))
        w.line("")
        w.sec(("Chief Complaint", "CC", "Reason for Visit"), fill(pick(rng, s["cc"]), x))
        w.sec(("HPI", "History of Present Illness"), hpi_text(x))
        w.sec(("ROS", "Review of Systems"), ros_text(x))
        w.sec(("PMH", "Past Medical History"), pmh_str(x))
        w.sec(("Medications", "Current Outpatient Medications", "Meds"), meds_block(x, rng.randrange(3)))
        w.sec(("Allergies",), allergy_str(x))
        w.sec(("Social History", "Social Hx"), x.smoke + ". " + x.etoh + ".")
        w.sec(("Vitals", "Vital Signs"), vit_line(x))
        w.sec(("Physical Exam", "Exam", "PE"), exam_text(x))
        if s.get("poc"):
            w.sec(("Point of Care Testing", "In-house Labs", "Results", "POCT"), poc_lines(x, rng.randrange(2)))
        if s.get("img"):
            w.sec(("Imaging", "X-ray", "Radiology"), "%s: %s (prelim read by provider)" % (fill(s["img"][0], x), fill(s["img"][2], x)))
        w.sec(("Assessment and Plan", "Assessment/Plan", "A/P", "Medical Decision Making"), ap_block(x))
        w.sec(("Return Precautions", "Disposition", "Patient Instructions"), rp_text(x))
        if s.get("dispo") == "ED":
            w.sec(("Disposition",), "Transferred to %s Emergency Department via %s." % (x.hospital, pick(rng, ["EMS", "ALS ambulance", "private vehicle"])))
        else:
            w.sec(("Disposition",), pick(rng, ["Discharged home in stable condition.", "Home, stable.", "D/C to home with parent." if x.guardian else "D/C home, ambulatory."]))
        w.line(sig(x))
        if chance(rng, 0.4):
            w.line("")
            w.line("Generated by %s %s" % (x.ehr, pick(rng, ["v8.2", "v10.1", "2019", "Cloud"])))
    elif lay == 1:  # SOAP compact
        w.line("%s   %s   %s" % (pname(x, 2), fd(x.d, 1), x.cl.name))
        w.line("")
        w.line("S: " + fill(pick(rng, s["cc"]), x) + ". " + hpi_text(x) + " PMH: " + pmh_str(x) + ". Meds: " + ("; ".join(med_str(m, 1) for m in x.meds) or "none") + ". All: " + allergy_str(x) + ".")
        w.line("")
        w.line("O: " + vit_line(x, 4) + ". " + exam_text(x, 2) + ((" " + "; ".join(poc_lines(x, 1))) if s.get("poc") else ""))
        w.line("")
        w.line("A: " + "; ".join(n for n, c in dx_list(x)))
        w.line("")
        w.line("P: " + ap_block(x, 2).split("\n", 1)[-1].replace("\n", " "))
        w.line("   " + rp_text(x))
        w.line("")
        w.line(x.prov.short + ", " + x.prov.cred)
    elif lay == 2:  # telehealth video
        x.cl = clinic(rng, x.d if x.d.year >= 2016 else x.d.replace(year=2020), "tele")
        w.line(pick(rng, ["TELEHEALTH VISIT", "Virtual Visit Note", "Video Visit - On Demand", "Telemedicine Encounter"]))
        w.line(pt_banner(x))
        w.line("Visit type: %s   Date: %s" % (pick(rng, ["Synchronous audio-video", "Video", "Audio only (video failed)"]), fd(x.d, 4)))
        w.line("")
        w.sec(("Consent",), "Patient %s consent to telehealth visit. Patient location: home, %s. Provider location: %s. Identity verified with name and DOB." % (
            pick(rng, ["verbally gave", "provided electronic"]), x.state, pick(rng, ["remote office", "Brightwater virtual hub", "home office"])))
        w.sec(("Chief Complaint", "Reason for visit"), fill(pick(rng, s["cc"]), x))
        w.sec(("History", "HPI", "Subjective"), hpi_text(x))
        w.sec(("Medications",), meds_block(x, 1))
        w.sec(("Allergies",), allergy_str(x))
        w.sec(("Observations", "Exam (limited, via video)", "Virtual Exam"), pick(rng, NORMAL["GEN"]) + " Speaking in full sentences, no audible wheeze. " + pick(rng, ["Skin without pallor.", "Able to ambulate in view of camera.", "Patient-reported temperature %.1f." % x.v["T"]]))
        w.sec(("Assessment & Plan", "Impression/Plan"), ap_block(x, rng.randrange(4)))
        if s.get("img") or s.get("poc") or s.get("dispo") == "ED":
            w.line("Condition requires in-person evaluation/testing; patient directed to %s." % pick(rng, ["nearest Brightwater clinic", "in-person urgent care", "the emergency department"]))
        w.line(rp_text(x))
        w.line("Total time: %d minutes." % rng.randint(8, 25))
        w.line(sig(x))
    elif lay == 3:  # follow-up/recheck
        w.line(pick(rng, ["FOLLOW-UP VISIT", "Recheck", "Return Visit", "Progress Note"]))
        w.line(pt_banner(x))
        w.line("DOS: " + fd(x.d + datetime.timedelta(days=rng.randint(2, 10)), 0))
        dx = dx_list(x)[0][0]
        w.sec(("Interval History", "S", "Subjective"), "Returns for recheck of %s seen %s. %s %s" % (dx.lower(), pick(rng, ["last week", "on %s" % fd(x.d, 1), "3 days ago"]),
              pick(rng, ["Reports steady improvement.", "Feeling about 70% better.", "Symptoms improved but not resolved.", "Pain much better, sleeping well."]),
              pick(rng, ["Taking medications as prescribed.", "Finished antibiotics yesterday.", "Following home care instructions.", "No fevers."])))
        w.sec(("Exam", "O", "Objective"), vit_line(x, 4) + "\n" + pick(rng, ["Improving, no signs of infection.", "Healing well, minimal residual tenderness.", "Decreased swelling compared to prior.", exam_text(x, 2)]))
        w.sec(("Assessment", "A"), "%s - improving." % dx)
        w.sec(("Plan", "P"), pick(rng, ["Continue current plan. RTC PRN.", "Sutures removed, wound well approximated. Scar care discussed.", "Cleared to resume normal activity as tolerated.", "Follow up with PCP as needed."]))
        w.line(sig(x))
    elif lay == 4:  # dictated narrative
        w.style = 0
        w.line(x.cl.name.upper())
        w.line("PATIENT: %s    DATE: %s" % (pname(x, 0), fd(x.d, 0)))
        w.line("")
        w.line("%s is a %s %s who presents %s. %s" % (x.first if x.age < 18 else (x.Mr + " " + x.last), x.agestr, x.sexw, pick(rng, ["today with " + fill(s["cc"][0], x).lower(), "for evaluation of " + fill(s["cc"][0], x).lower()]), sentence_join(rng, x, s["hpi"])))
        w.line("")
        w.line("Past history is notable for %s. Medications: %s. Allergies: %s." % (pmh_str(x).lower(), ", ".join(med_str(m, 1) for m in x.meds) or "none", allergy_str(x)))
        w.line("")
        w.line("On examination, %s %s" % (vit_line(x, 2).replace("Temp", "temperature") + ".", exam_text(x, 2)))
        if s.get("poc"):
            w.line(" ".join(l + "." for l in poc_lines(x, 1)))
        w.line("")
        w.line("IMPRESSION: " + "; ".join(n for n, c in dx_list(x)) + ".")
        w.line("")
        w.line("PLAN: " + ap_block(x, 3).split("\n", 2)[-1] + " " + rp_text(x))
        w.line("")
        w.line("%s/%s  D: %s  T: %s" % (x.prov.short.replace(". ", "").upper()[:3], pick(rng, ["mt", "kls", "dj", "tr"]), fd(x.d, 1), fd(x.d + datetime.timedelta(days=1), 1)))
        w.line("Dictated but not read." if chance(rng, 0.2) else sig(x, st=0))
    elif lay == 5:  # retail clinic protocol with checkboxes
        x.s = s = pick(rng, [u for u in UC if u["k"] in ("strep", "uri", "aom", "uti", "dermatitis", "conj", "sinus", "flu")]) if s["k"] not in ("strep", "uri", "aom", "uti", "dermatitis", "conj", "sinus", "flu") else s
        w.line("%s  -  Patient Encounter Form" % x.cl.name)
        w.line("%s   DOB %s   Date %s" % (pname(x, 3), fd(x.dob, 1), fd(x.d, 1)))
        w.line("Protocol: %s" % {"strep": "Sore Throat", "uri": "Upper Respiratory", "aom": "Ear Pain", "uti": "Urinary Symptoms", "dermatitis": "Skin Rash", "conj": "Eye Complaint", "sinus": "Sinus", "flu": "Influenza-like Illness"}[s["k"]])
        w.line("")
        w.line("Presenting complaint: " + fill(pick(rng, s["cc"]), x))
        w.line("Duration: %s day(s)" % x.fill["d"])
        for r in s["ros_pos"]:
            w.line("[X] %s" % r)
        for r in s["ros_neg"]:
            w.line("[ ] %s" % r)
        w.line("Exclusion criteria reviewed: [X] none present")
        w.line("")
        w.line(vit_line(x, 1))
        w.line(exam_text(x, 0))
        for l in poc_lines(x, 1):
            w.line(l + "   [CLIA-waived]")
        w.line("")
        w.line("Diagnosis: %s  %s" % dx_list(x)[0])
        for r in rx_list(x):
            w.line("Rx sent: %s  Sig: %s  Qty %s" % (r[0], r[1], r[2]))
        w.line("Education handout given: [X]   PCP notified: [%s]" % pick(rng, ["X", " "]))
        w.line(rp_text(x))
        w.line(x.prov.full + "   " + fd(x.d, 1) + " " + x.time)
    elif lay == 6:  # occ health / workers comp progress
        if not s.get("occ"):
            x.s = s = pick(rng, [UC_BY_KEY["backstrain"], UC_BY_KEY["eyefb"], UC_BY_KEY["lac"]])
            if x.age < 18:
                x.age = 30
        doi = x.d - datetime.timedelta(days=rng.randint(5, 30))
        w.line(pick(rng, ["OCCUPATIONAL MEDICINE PROGRESS NOTE", "Workers' Compensation Follow-Up", "Occ Health Recheck", "WORK INJURY RE-EVALUATION"]))
        w.line(pt_banner(x))
        w.line("Employer: %s   Claim #: %s   Date of injury: %s" % (x.employer, "WC%d" % rng.randint(100000, 999999), fd(doi, 0)))
        w.line("Visit date: %s   Visit #%d" % (fd(x.d, 0), rng.randint(2, 5)))
        w.line("")
        w.sec(("Subjective", "Interval history"), "Follow-up for %s. %s Pain %d/10 (was %d/10). %s" % (dx_list(x)[0][0].lower(), pick(rng, ["Improving with PT.", "Working modified duty without difficulty.", "Employer has accommodated restrictions.", "Still sore at end of shift."]),
              rng.randint(1, 4), rng.randint(5, 8), pick(rng, ["Taking naproxen once daily.", "Not using medications.", "Home exercises daily."])))
        w.sec(("Objective", "Exam"), exam_text(x, 1))
        w.sec(("Assessment",), dx_list(x)[0][0] + ", %s." % pick(rng, ["improving", "slowly improving", "resolved", "plateaued"]))
        w.sec(("Work Status", "Work status / Restrictions"), pick(rng, ["Modified duty: no lifting > 20 lb, no overhead work, may sit/stand as needed. Through %s." % fd(x.d + datetime.timedelta(days=14), 0),
                                                                         "Full duty, no restrictions, effective %s." % fd(x.d, 0), "Off work until next visit.", "Continue restrictions as previously documented."]))
        w.sec(("Plan",), pick(rng, ["PT 2x/week x 3 weeks.", "Recheck 1 week. Continue home exercise program.", "MMI reached; case closed. Released to full duty.", "Refer to orthopaedics/physiatry if not improved in 2 weeks."]))
        w.line(sig(x))
    else:  # inpatient daily progress note (outside)
        h = x.h
        x.age = rng.randint(*h["age"])
        hd = rng.randint(1, 3)
        w.line(x.hospital.upper())
        w.line(pick(rng, ["HOSPITALIST PROGRESS NOTE", "Daily Progress Note", "Progress Note - Hospital Medicine", "SURGERY PROGRESS NOTE", "PN"]))
        w.line(pt_banner(x))
        w.line("Hospital day #%d  %s" % (hd + 1, ("POD #%d" % hd) if h.get("proc") else ""))
        w.line("")
        w.sec(("Subjective", "S", "Overnight events"), pick(rng, ["No acute events overnight. ", "Slept well. ", "Nursing reports no issues. "]) + pick(rng, ["Pain controlled.", "Tolerating clears, advance diet today.", "Ambulated in hallway x2.", "Denies chest pain or shortness of breath."]))
        w.sec(("Objective", "O", "Vitals/Exam"), vit_line(x, 0) + "\nI/O: %d/%d mL\n" % (rng.randint(1200, 2400), rng.randint(900, 2200)) + pick(rng, ["Gen: NAD. CV: RRR. Lungs: CTA. Abd: soft, appropriately tender, incisions c/d/i.", "Alert, comfortable. Heart regular. Lungs with faint basilar crackles R. Ext: no edema."]))
        w.sec(("Labs",), "WBC %.1f  Hgb %.1f  Plt %d  Na %d  K %.1f  Cr %.2f" % (rng.uniform(6, 13), rng.uniform(10.5, 14.5), rng.randint(160, 380), rng.randint(134, 142), rng.uniform(3.4, 4.8), rng.uniform(0.6, 1.3)))
        w.sec(("Assessment/Plan", "A/P", "Assessment and Plan"), "%s %s %s\n# %s - %s\n# DVT ppx: %s\n# Dispo: %s" % (
            x.agestr, x.sexw, "with " + h["dx"].lower(), h["dx"], pick(rng, ["improving", "stable", "s/p " + (h["proc"] or "treatment").lower()]),
            pick(rng, ["enoxaparin 40 mg SQ daily", "SCDs, ambulation", "heparin 5000 units SQ q8h"]), pick(rng, ["anticipate discharge tomorrow", "home when tolerating diet", "PT/OT eval pending"])))
        w.line(sig(x, provider(rng, "spec", h["spec"])))
        return finish(x, w.text(), 0.35, src=x.hospital)
    return finish(x, w.text(), 0.15)


def ed_ctx(x):
    """Pick an ED-appropriate scenario (transfers preferred)."""
    rng = x.rng
    if x.s.get("dispo") != "ED" and chance(rng, 0.6):
        k = pick(rng, ["chestpain", "abdpain", "wristfx", "asthma", "lac"])
        y = make_ctx(rng, UC_BY_KEY[k])
        return y
    return x


def g_ed(x):
    rng = x.rng
    x = ed_ctx(x)
    s = x.s
    lay = rng.randrange(7)
    w = W(rng)
    edp = provider(rng, "spec", "Emergency Medicine")
    arr = pick(rng, ["Private vehicle", "EMS", "Walk-in", "Ambulance (BLS)", "Transfer from Brightwater Urgent Care"])
    hk = s.get("hospkey")
    h = HOSP_BY_KEY.get(hk) if hk else None
    dispo = ("Admitted to %s" % pick(rng, ["surgery", "telemetry", "hospitalist service", "observation"])) if h else pick(rng, ["Discharged home", "Home", "Discharged to home with family"])
    mdm_labs = ""
    if hk == "nstemi":
        mdm_labs = "Troponin I %.2f ng/mL (ref <0.04). ECG: sinus tachycardia, ST depression V4-V6. CXR no acute process." % rng.uniform(0.06, 0.4)
    elif hk == "appy":
        mdm_labs = "WBC %.1f. CT A/P with contrast: acute appendicitis without perforation." % rng.uniform(12.5, 17)
    elif s["k"] == "wristfx":
        mdm_labs = "XR confirms distal radius fracture; outside films reviewed."
    elif s["k"] == "asthma":
        mdm_labs = "Peak flow improved from 220 to 340 L/min after 3 duonebs."
    hdr = x.hospital.upper() + "\n" + pick(rng, ["EMERGENCY DEPARTMENT", "Emergency Services", "ED Physician Documentation", "EMERGENCY PHYSICIAN RECORD"])
    if lay == 0:  # templated ED provider note
        w.line(hdr)
        w.line(pt_banner(x, 0))
        w.line("Arrival: %s %s   Mode: %s   Acuity: ESI %d" % (fd(x.d, 0), x.time, arr, rng.choice([2, 3, 3, 4])))
        w.line("")
        w.sec(("Chief Complaint",), fill(s["cc"][0], x))
        w.sec(("HPI", "History of Present Illness"), hpi_text(x) + (" Sent from urgent care for further evaluation." if arr.startswith("Transfer") else ""))
        w.sec(("Review of Systems", "ROS"), ros_text(x))
        w.sec(("Past Medical History",), pmh_str(x))
        w.sec(("Past Surgical History",), ", ".join(x.surg) or "None")
        w.sec(("Home Medications",), meds_block(x))
        w.sec(("Allergies",), allergy_str(x))
        w.sec(("Social History",), x.smoke + "; " + x.etoh)
        w.sec(("Physical Exam",), vit_line(x, 0) + "\n" + exam_text(x, 0))
        w.sec(("ED Course / MDM", "Medical Decision Making", "ED Course"), "Differential includes %s. %s %s" % (
            pick(rng, ["ACS, PE, aortic dissection, GERD", "appendicitis, ovarian torsion, nephrolithiasis, colitis", "fracture, dislocation, ligamentous injury", "asthma exacerbation, pneumonia, pneumothorax", "simple laceration, tendon injury, retained FB"]),
            mdm_labs, pick(rng, ["Patient reassessed, improved.", "Discussed with consultant who will see patient.", "Shared decision making with patient."])))
        w.sec(("Clinical Impression", "Diagnosis", "Final Diagnosis"), (h["dx"] if h else dx_list(x)[0][0]))
        w.sec(("Disposition",), dispo)
        w.line(sig(x, edp, st=0))
    elif lay == 1:  # dictated narrative
        w.line(hdr)
        w.line("NAME: %s   MR#: %s   DOS: %s" % (pname(x, 0), x.mrn, fd(x.d, 0)))
        w.line("ATTENDING: %s" % edp.full)
        w.line("")
        w.line("HISTORY OF PRESENT ILLNESS: The patient is a %s %s %s. %s" % (x.agestr, x.sexw, "referred from an outside urgent care" if chance(rng, 0.5) else "who presents", sentence_join(rng, x, s["hpi"])))
        w.line("")
        w.line("PAST MEDICAL HISTORY: %s.  MEDICATIONS: %s.  ALLERGIES: %s." % (pmh_str(x), ", ".join(med_str(m, 1) for m in x.meds) or "None", allergy_str(x)))
        w.line("")
        w.line("PHYSICAL EXAMINATION: VITAL SIGNS: %s. %s" % (vit_line(x, 4)[4:], exam_text(x, 2)))
        w.line("")
        w.line("EMERGENCY DEPARTMENT COURSE: %s" % (mdm_labs or "Patient treated symptomatically and improved."))
        w.line("")
        w.line("IMPRESSION: %s." % (h["dx"] if h else dx_list(x)[0][0]))
        w.line("DISPOSITION: %s. Condition %s." % (dispo, pick(rng, ["stable", "improved", "fair"])))
        w.line("")
        w.line("%s\nD: %s T: %s  Job #%d" % (edp.full, fd(x.d, 1), fd(x.d, 1), rng.randint(100000, 999999)))
    elif lay == 2:  # resident with attestation
        res = provider(rng, "spec", "Emergency Medicine")
        w.line(pick(rng, ["ED Resident Note", "Emergency Medicine Resident Note", "ED Provider Note"]))
        w.line(pt_banner(x, 4))
        w.sec(("CC",), fill(s["cc"][0], x))
        w.sec(("HPI",), hpi_text(x))
        w.sec(("PE",), exam_text(x, 1))
        w.sec(("A/P",), "%s\n- %s\n- %s" % ((h["dx"] if h else dx_list(x)[0][0]), mdm_labs or "symptomatic tx", dispo))
        w.line("%s, MD (PGY-%d)" % (res.first + " " + res.last, rng.randint(1, 3)))
        w.line("")
        w.line("ATTENDING ATTESTATION: I saw and evaluated the patient, discussed with the resident and agree with the findings and plan as documented. %s" % edp.full)
    elif lay == 3:  # T-sheet style
        w.line(x.hospital + " ED   " + pick(rng, ["Chest Pain T-System", "Abdominal Pain (Adult)", "Extremity Injury", "Shortness of Breath", "Laceration"]))
        w.line(pname(x, 0) + "   " + fd(x.d, 1) + "   time seen: " + ftime(rng, True))
        w.line("historian: [X] patient [ ] family [%s] EMS" % ("X" if arr in ("EMS", "Ambulance (BLS)") else " "))
        w.line("HPI: " + fill(s["cc"][0], x) + " / onset " + pick(rng, ["today", "yesterday", "hrs ago"]) + " / " + ", ".join(s["ros_pos"]))
        w.line("ROS: [X] all systems neg except as marked")
        w.line("PMH: " + pmh_str(x) + "  Meds: see nursing  Allergies: " + allergy_str(x))
        w.line("EXAM: " + "  ".join("[X] %s" % l for l in exam_text(x, 0).split("\n")))
        w.line("RESULTS: " + (mdm_labs or "n/a"))
        w.line("CLINICAL IMPRESSION: " + (h["dx"] if h else dx_list(x)[0][0]))
        w.line("DISPOSITION: " + dispo + "   CONDITION: [X] stable")
        w.line("Physician signature: " + edp.full)
    elif lay == 4:  # brief ED note / fast track
        w.line(pick(rng, ["Fast Track Note", "ED Note", "Emergency Dept Visit"]) + " - " + x.hospital)
        w.line(pt_banner(x))
        w.line("")
        w.line("%s %s here with %s. %s" % (x.agestr, x.sexw, fill(s["cc"][0], x).lower(), hpi_text(x, 3)))
        w.line(vit_line(x, 4))
        w.line(exam_text(x, 2))
        w.line("MDM: " + (mdm_labs or "Low risk presentation.") + " " + ("Plan per A/P." if chance(rng, 0.5) else ""))
        w.line("Dx: " + (h["dx"] if h else dx_list(x)[0][0]))
        w.line("Dispo: " + dispo)
        w.line(sig(x, edp))
    elif lay == 5:  # ED triage + provider combined
        w.line(hdr)
        w.line(pt_banner(x, 2))
        w.sec(("Triage", "Triage Assessment"), "Arrived via %s. %s. ESI %d. Triage RN: %s" % (arr, vit_line(x, 1), rng.choice([2, 3, 4]), x.nurse.full))
        w.sec(("Triage Note",), "Pt states " + fill(s["cc"][0], x).lower() + ". " + pick(rng, ["Ambulatory to room.", "Placed on monitor.", "Pain meds given per protocol."]))
        w.sec(("Provider Evaluation", "Physician Note"), hpi_text(x) + "\n" + exam_text(x, 0))
        w.sec(("Orders",), pick(rng, ["CBC, CMP, lipase, UA, CT A/P w/ contrast", "ECG, troponin x2, CXR, BMP, CBC", "XR wrist, splint", "Duoneb x3, solumedrol 125 mg IV"]))
        w.sec(("Impression",), (h["dx"] if h else dx_list(x)[0][0]))
        w.sec(("Disposition",), dispo)
        w.line(sig(x, edp))
    else:  # structured EHR ED note with timestamps
        w.line(pick(rng, ["ED Provider Notes", "Emergency Department Encounter", "ED Note"]))
        w.line(pt_banner(x, 1))
        w.line("Provider: %s  Specialty: Emergency Medicine" % edp.full)
        t0 = rng.randint(9, 17)
        w.line("")
        w.line("%02d:%02d Patient seen and examined." % (t0, rng.randint(0, 59)))
        w.line("%02d:%02d %s" % (t0, rng.randint(0, 59), hpi_text(x)))
        w.line("%02d:%02d Exam: %s" % (t0 + 1, rng.randint(0, 59), exam_text(x, 2)))
        w.line("%02d:%02d Results reviewed: %s" % (t0 + 2, rng.randint(0, 59), mdm_labs or "none"))
        w.line("%02d:%02d Reassessment: %s" % (t0 + 3, rng.randint(0, 59), pick(rng, ["resting comfortably", "pain improved 3/10", "feels better, wants to go home"])))
        w.line("")
        w.line("Diagnoses: " + (h["dx"] + " (" + h["icd"] + ")" if h else "; ".join("%s (%s)" % d for d in dx_list(x))))
        w.line("ED Disposition: " + dispo)
        w.line(sig(x, edp, st=5))
    return finish(x, w.text(), 0.5, src=x.hospital)


def g_transfer(x):
    rng = x.rng
    if x.s.get("dispo") != "ED":
        x = make_ctx(rng, UC_BY_KEY[pick(rng, ["chestpain", "abdpain", "chestpain", "abdpain", "asthma", "wristfx"])])
    s = x.s
    lay = rng.randrange(6)
    w = W(rng)
    recv = x.hospital
    mode = pick(rng, ["ALS ambulance", "BLS ambulance", "Private vehicle (driven by family)", "EMS - %s County Fire/Rescue" % pick(rng, ["Tarrow", "Ellery", "Mason", "Pike"])])
    reason = pick(rng, ["Higher level of care / services not available at this facility", "Requires emergent imaging and specialist evaluation", "Needs cardiac workup/serial troponins", "Surgical evaluation"])
    dxs = dx_list(x)[0][0]
    if lay == 0:  # EMTALA-style memorandum of transfer
        w.line(x.cl.name)
        w.line(pick(rng, ["MEMORANDUM OF TRANSFER", "Patient Transfer Form", "INTERFACILITY TRANSFER / CERTIFICATION", "Form BW-114 Transfer Authorization"]))
        w.line("")
        w.line("Patient: %s   DOB: %s   Date: %s   Time: %s" % (pname(x, 1), fd(x.dob, 0), fd(x.d, 0), x.time))
        w.line("Receiving facility: %s Emergency Department" % recv)
        w.line("Accepting physician: Dr. %s   Spoke with at: %s" % (pick(rng, LAST), ftime(rng)))
        w.line("Mode of transport: %s" % mode)
        w.line("Diagnosis: %s" % dxs)
        w.line("Reason for transfer: %s" % reason)
        w.line("")
        w.line("Patient condition at transfer: [%s] Stable  [%s] Unstable" % (pick(rng, ["X", "X", " "]), " "))
        w.line("Vital signs at transfer: %s" % vit_line(x, 4))
        w.line("Copies sent: [X] visit note  [%s] ECG  [%s] X-ray CD  [X] medication list" % ("X" if s["k"] == "chestpain" else " ", "X" if s["k"] == "wristfx" else " "))
        w.line("")
        w.line("PHYSICIAN CERTIFICATION: Based on the information available at the time of transfer, the medical benefits reasonably expected from the provision of appropriate treatment at the receiving facility outweigh the increased risks to the individual from effecting the transfer.")
        w.line("")
        w.line("Provider signature: ____________________  %s" % x.prov.full)
        w.line("Patient/representative consent to transfer: ____________________  Date %s" % fd(x.d, 1))
    elif lay == 1:  # SBAR handoff
        w.line(pick(rng, ["SBAR Handoff - Transfer to ED", "Nurse-to-Nurse Report", "Transfer Handoff"]))
        w.line(pt_banner(x))
        w.sec(("S", "Situation"), "%s %s transferred to %s ED for %s." % (x.agestr, x.sexw, recv, dxs.lower()))
        w.sec(("B", "Background"), "PMH: %s. Allergies: %s. Meds: %s." % (pmh_str(x), allergy_str(x), ", ".join(med_str(m, 1) for m in x.meds) or "none"))
        w.sec(("A", "Assessment"), vit_line(x, 1) + ". " + exam_text(x, 2) + (" Given in clinic: " + "; ".join(s.get("inclinic", [])) if s.get("inclinic") else ""))
        w.sec(("R", "Recommendation"), "Evaluation for %s. Report called to %s, RN at %s." % (pick(rng, ["ACS", "appendicitis", "possible operative repair", "further respiratory management"]), pick(rng, FIRST_F), ftime(rng)))
        w.line(x.nurse.full)
    elif lay == 2:  # narrative transfer summary
        w.line(clinic_header(x, 0))
        w.line("")
        w.line(pick(rng, ["TRANSFER SUMMARY", "Transfer Note", "Urgent Care Transfer Summary"]))
        w.line("Date: %s" % fd(x.d, 4))
        w.line("Patient: %s  DOB %s" % (pname(x, 3), fd(x.dob, 0)))
        w.line("")
        w.line("%s %s presented to our clinic with %s. %s On exam %s %s" % (x.Mr or "", x.last if x.Mr else x.first, fill(s["cc"][0], x).lower(), sentence_join(rng, x, s["hpi"][:3]), vit_line(x, 4), exam_text(x, 2)))
        w.line("")
        w.line("Interventions: %s." % ("; ".join(s.get("inclinic", [])) or "None"))
        w.line("Due to concern for %s, patient is being transferred to %s by %s. Accepting: ED physician on duty." % (dxs.lower(), recv, mode))
        w.line("")
        w.line(sig(x))
    elif lay == 3:  # telehealth escalation
        x.cl = clinic(rng, x.d.replace(year=max(2016, x.d.year)), "tele")
        w.line(x.cl.name + " - Escalation of Care / Referral to Emergency Department")
        w.line(pt_banner(x, 4))
        w.line("During video visit patient reported %s. %s" % (", ".join(s["ros_pos"]), pick(rng, ["Red flag symptoms identified.", "Symptoms not appropriate for virtual management."])))
        w.line("Patient instructed to %s." % pick(rng, ["call 911", "proceed immediately to the nearest emergency department", "have a family member drive to %s ED" % recv]))
        w.line("Patient location confirmed: %s, %s %s. Callback number %s." % (x.addr, x.city, x.state, x.phone))
        w.line("Receiving ED notified: %s" % pick(rng, ["Yes", "No - patient chose facility", "Yes, charge RN"]))
        w.line(sig(x))
    elif lay == 4:  # EMS/run sheet like handoff section
        w.line(pick(rng, ["PATIENT CARE REPORT (abstract)", "EMS Transfer Record", "Interfacility Transport Record"]))
        w.line("Unit: M%d   Call rec'd %s   At pt %s   Dest: %s" % (rng.randint(1, 40), ftime(rng, True), ftime(rng, True), recv))
        w.line("Pt: %s  Age %d  Sex %s" % (pname(x, 0), x.age, x.sex))
        w.line("Pickup location: %s, %s" % (x.cl.name, x.cl.addr1))
        w.line("CC: %s   Impression: %s" % (fill(s["cc"][0], x), dxs))
        w.line("Vitals: " + vit_line(x, 4))
        w.line("Tx: %s" % ("; ".join(s.get("inclinic", []) + ["O2 2L NC", "cardiac monitor"]) if s["k"] == "chestpain" else pick(rng, ["position of comfort", "IV NS TKO", "splint checked, ice"])))
        w.line("Narrative: Called to urgent care for transfer. Pt found sitting, A&Ox4. Report received from clinic staff. Transported without incident. Care transferred to ED RN.")
        w.line("Crew: %s / %s" % (pick(rng, LAST), pick(rng, LAST)))
    else:  # interfacility hospital-to-hospital transfer summary
        h = HOSP_BY_KEY.get(s.get("hospkey") or "", None) or pick(rng, HOSP)
        w.line(pick(rng, HOSPITALS))
        w.line(pick(rng, ["INTERHOSPITAL TRANSFER SUMMARY", "Transfer Summary", "TRANSFER OF CARE NOTE"]))
        w.line(pt_banner(x, 3))
        w.sec(("Reason for transfer",), "%s; %s not available at this facility." % (h["dx"], pick(rng, ["interventional cardiology", "pediatric surgery", "hand surgery", "urology"])))
        w.sec(("Hospital course",), "Presented with %s. %s" % (h["present"], h["findings"]))
        w.sec(("Current medications",), "\n".join("%s %s" % (m[0], m[1]) for m in h["meds"][:3]))
        w.sec(("Condition at transfer",), pick(rng, ["Stable", "Guarded", "Hemodynamically stable"]))
        w.sec(("Accepting", "Accepting physician"), "Dr. %s, %s, %s" % (pick(rng, LAST), h["spec"], recv))
        w.line(sig(x, provider(rng, "spec", "Hospital Medicine")))
    return finish(x, w.text(), 0.35)


def g_nursing(x):
    rng = x.rng
    s = x.s
    lay = rng.randrange(7)
    w = W(rng)
    n = x.nurse
    if lay == 0:  # triage/intake
        w.line(pick(rng, ["Intake", "Nursing Triage", "MA Intake Note", "Rooming Note"]) + "  " + fd(x.d, 1) + " " + x.time)
        w.line(pt_banner(x))
        w.line("Reason for visit: " + fill(pick(rng, s["cc"]), x))
        w.line(vit_line(x, rng.choice([0, 1, 3])))
        w.line("Allergies reviewed: " + allergy_str(x) + "   Meds reviewed: yes")
        w.line("Fall risk: %s   Pain: %d/10   Pregnancy: %s" % (pick(rng, ["low", "no"]), x.v["Pain"], "N/A" if x.sex == "M" else pick(rng, ["denies", "LMP %s" % fd(x.d - datetime.timedelta(days=rng.randint(5, 25)), 1)])))
        w.line("Depression screen (PHQ-2): %d   Tobacco screen: %s" % (rng.randint(0, 2), x.smoke))
        w.line("Roomed in exam %d. Provider notified." % rng.randint(1, 8))
        w.line(n.full)
    elif lay == 1:  # phone call / culture callback
        w.line(pick(rng, ["Telephone Encounter", "Phone Note", "Callback - Results", "Patient Call"]))
        w.line(pt_banner(x, 4))
        org = pick(rng, ["E. coli >100,000 CFU/mL, sensitive to nitrofurantoin", "Group A Strep", "MRSA, sensitive to TMP-SMX, clindamycin, doxycycline", "no growth at 48 hours", "mixed flora, probable contamination"])
        w.line("%s  Called patient at %s re: %s culture result (%s). %s %s" % (
            fd(x.d + datetime.timedelta(days=rng.randint(2, 3)), 1), x.phone, pick(rng, ["urine", "throat", "wound"]), org,
            pick(rng, ["Two patient identifiers verified.", "Spoke with patient.", "Left message on verified voicemail per HIPAA guidelines to call back.", "Spoke with %s." % (x.guardian[1] if x.guardian else "spouse, on HIPAA release")]),
            pick(rng, ["Patient reports feeling better, current antibiotic appropriate per provider.", "No change in therapy needed per %s." % x.prov.short, "Advised to complete antibiotic course.", "Will try again tomorrow."])))
        w.line("-- " + n.first + " " + n.last + ", " + n.cred)
    elif lay == 2:  # medication administration
        med = (s.get("inclinic") or [pick(rng, ["Ceftriaxone 500 mg IM", "Ketorolac 60 mg IM", "Ondansetron 4 mg ODT", "Dexamethasone 10 mg IM", "Tdap 0.5 mL IM"])])[0]
        w.line(pick(rng, ["Medication Administration Note", "Nursing Note", "In-Clinic Medication"]))
        w.line(pt_banner(x))
        w.line("Order: %s per %s verbal/written order." % (med, x.prov.short))
        w.line("Rights of medication administration verified. Allergies reviewed (%s)." % allergy_str(x))
        site = pick(rng, ["L deltoid", "R deltoid", "R ventrogluteal", "L vastus lateralis", "PO", "via nebulizer with mask"])
        w.line("Given at %s, site: %s. Lot %s%d, exp %s." % (ftime(rng), site, pick(rng, ["AB", "K", "T", "U"]), rng.randint(1000, 99999), fd(x.d + datetime.timedelta(days=rng.randint(60, 700)), 1)))
        w.line("Patient observed %d minutes post-administration, no adverse reaction. %s" % (rng.choice([10, 15, 20, 30]), ("Reassessment: " + vit_line(x, 4)) if chance(rng, 0.6) else ""))
        w.line(n.full + "   " + fd(x.d, 0))
    elif lay == 3:  # wound check / dressing
        w.line(pick(rng, ["Wound Care Nursing Note", "Nurse Visit - Wound Check", "Dressing Change"]))
        w.line(pname(x, 0) + "   " + fd(x.d, 0))
        w.line("S: Here for %s. %s" % (pick(rng, ["packing removal", "wound check", "suture removal", "dressing change"]), pick(rng, ["Denies fever.", "Pain improved.", "Some drainage on dressing."])))
        w.line("O: Wound %s. %s. %s" % (pick(rng, ["edges well approximated", "base with pink granulation tissue", "with minimal serous drainage"]), pick(rng, ["No erythema or induration", "Mild erythema < 1 cm, unchanged from marker line", "No purulence"]), "T %.1f" % x.v["T"]))
        w.line("A: Healing appropriately." if chance(rng, 0.8) else "A: Possible early infection; provider asked to evaluate.")
        w.line("P: %s" % pick(rng, ["%d sutures removed intact. Steri-strips applied." % rng.randint(3, 9), "Packing removed, not replaced. Warm soaks TID.", "Clean with NS, dry dressing applied. Return 2 days."]))
        w.line(n.short + " " + n.cred)
    elif lay == 4:  # discharge nursing note
        w.line("Discharge Note (Nursing)")
        w.line(pt_banner(x, 1))
        w.line("%s Discharge instructions reviewed with %s using teach-back. Prescriptions sent to %s%d. %s Pt left clinic %s, %s, accompanied by %s." % (
            x.time, "patient" if not x.guardian else x.guardian[1], pick(rng, PHARMACIES), rng.randint(1000, 9999),
            "Work/school note given." if chance(rng, 0.5) else "", pick(rng, ["ambulatory", "via wheelchair to car", "with steady gait"]), pick(rng, ["in stable condition", "alert"]), pick(rng, ["self", "spouse", "parent", "friend"])))
        w.line(n.full)
    elif lay == 5:  # POC test documentation / QC
        w.line(pick(rng, ["POCT Documentation", "Lab - Point of Care", "CLIA Waived Testing Note"]))
        w.line(pt_banner(x, 4))
        tests = s.get("poc") or [("Rapid Strep A antigen", "Negative", "Negative")]
        for t, r, ref in tests:
            w.line("%s: %s   Kit lot %s   Internal control: valid   Performed by %s" % (t, r, "L%d" % rng.randint(10000, 99999), n.short))
        w.line("Result reported to provider at %s." % ftime(rng))
    else:  # telehealth pre-visit intake / inpatient nursing
        if chance(rng, 0.5):
            w.line("Virtual Visit Pre-Check")
            w.line(pt_banner(x, 4))
            w.line("Patient connected via %s. Audio/video quality: %s. Pharmacy confirmed: %s%d. Reason: %s. Home vitals: T %.1f (self-reported)." % (
                pick(rng, ["app", "browser link", "SMS link"]), pick(rng, ["good", "fair", "audio only"]), pick(rng, PHARMACIES), rng.randint(1000, 9999), fill(s["cc"][0], x), x.v["T"]))
            w.line(n.full)
        else:
            w.line(x.hospital + "   NURSING PROGRESS NOTE   Unit %s" % pick(rng, ["4W", "5 North", "Tele 3", "Surg 2"]))
            w.line(pt_banner(x, 0))
            w.line("%s  Assumed care. Pt A&Ox4, resting in bed. Pain %d/10, %s. IV site %s clean, dry, intact. Lungs clear. Abd soft. Voiding. SCDs on. Call light within reach, bed low, fall precautions maintained." % (
                ftime(rng, True), rng.randint(0, 6), pick(rng, ["PRN given with relief", "declines PRN"]), pick(rng, ["L forearm 20g", "R AC 18g"])))
            w.line("%s  VS stable. Ambulated in hall x1 with standby assist. Will continue to monitor." % ftime(rng, True))
            w.line(n.full)
    return finish(x, w.text(), 0.1, paginate_prob=0.3)


def g_dcinstr(x):
    rng = x.rng
    s = x.s
    lay = rng.randrange(7)
    w = W(rng)
    dx = dx_list(x)[0][0]
    rx = rx_list(x)
    if lay == 0:  # AVS
        w.line(x.cl.name)
        w.line(pick(rng, ["After Visit Summary", "Your Visit Summary", "Patient Visit Summary", "VISIT SUMMARY"]))
        w.line("%s   Visit date %s" % (pname(x, 3), fd(x.d, 4)))
        w.line("You were seen by %s." % x.prov.full)
        w.line("")
        w.sec(("Today's Diagnosis", "Diagnosis", "What we treated today"), dx)
        w.sec(("Medications prescribed today", "New prescriptions"), "\n".join("%s - %s" % (r[0], r[1]) for r in rx) or "None")
        w.sec(("Instructions", "What to do at home"), "\n".join("- " + fill(p, x) for p in s["plan"]))
        w.sec(("When to seek care", "Return if", "Come back or go to the ER if you have"), fill(s.get("rp") or "worsening symptoms", x))
        w.sec(("Follow up",), "with your primary care provider in %s." % pick(rng, ["2-3 days", "1 week", "7-10 days", "as needed"]))
        w.line("Questions? Call us at %s. Open 8am-8pm, 7 days a week." % x.cl.phone)
    elif lay == 1:  # education sheet
        topic = dx.split(",")[0]
        w.line(pick(rng, ["Patient Education", "Understanding Your Condition", "Home Care Instructions"]) + ": " + topic.upper())
        w.line("")
        w.line("What is it?")
        w.line("Your provider has diagnosed %s. %s" % (topic.lower(), pick(rng, ["Most people recover fully with home care.", "This is a common condition seen in urgent care.", "Follow these instructions to help you get better."])))
        w.line("")
        w.line("Home care")
        for p in s["plan"]:
            w.line("  * " + fill(p, x))
        w.line("")
        w.line("Call your healthcare provider or get medical care right away if you have " + fill(s.get("rp") or "worsening symptoms", x) + ".")
        w.line("")
        w.line("(c) %d %s. This information is not intended as a substitute for professional medical care." % (x.d.year, pick(rng, ["HealthWise Learning Co.", "PatientEd Press", "CareTeach Inc."])))
        w.line("%s  MRN %s" % (pname(x, 0), x.mrn))
    elif lay == 2:  # bilingual short
        w.line("DISCHARGE INSTRUCTIONS / INSTRUCCIONES DE ALTA")
        w.line(pname(x, 1) + "   " + fd(x.d, 0))
        w.line("Diagnosis / Diagnóstico: " + dx)
        w.line("Medicine / Medicina: " + ("; ".join(r[0] for r in rx) or "none / ninguna"))
        w.line("Return if / Regrese si: " + fill(s.get("rp") or "worse", x))
        w.line("Follow up / Seguimiento: PCP %s" % pick(rng, ["3 days / 3 días", "1 week / 1 semana"]))
        w.line("I understand these instructions / Entiendo estas instrucciones: ______________ ")
    elif lay == 3:  # work/school plus instructions
        w.line(clinic_header(x, 1))
        w.line("Discharge Instructions")
        w.line(pt_banner(x, 4))
        w.line("Condition: " + dx)
        w.line("Activity: " + pick(rng, ["As tolerated", "No sports or gym until cleared", "Modified activity as discussed", "Rest for 24-48 hours"]))
        w.line("Diet: " + pick(rng, ["Regular", "Clear liquids then advance as tolerated", "Push fluids"]))
        w.line("Work/School: may return on %s" % fd(x.d + datetime.timedelta(days=rng.randint(1, 4)), 0))
        w.line("Prescriptions sent electronically to: %s%d" % (pick(rng, PHARMACIES), rng.randint(1000, 9999)))
        w.line("RETURN PRECAUTIONS: " + fill(s.get("rp") or "worsening", x))
        w.line("Patient signature ______________   Staff ______________")
    elif lay == 4:  # telehealth AVS
        w.line("Brightwater Virtual Care - Visit Summary")
        w.line("Thank you for choosing Brightwater Virtual Care, %s." % x.first)
        w.line("Your provider today: %s" % x.prov.full)
        w.line("Diagnosis: %s" % dx)
        w.line("Plan: " + " ".join(fill(p, x).rstrip(".") + "." for p in s["plan"]))
        w.line("Prescriptions: " + ("; ".join("%s (%s)" % (r[0], r[1]) for r in rx) or "none"))
        w.line("If your symptoms get worse, or you have %s, go to the nearest ER or call 911." % fill(s.get("rp") or "new symptoms", x))
        w.line("A copy of this visit has been sent to your PCP: %s" % pick(rng, ["yes", "no PCP on file", "Dr. %s" % pick(rng, LAST)]))
    elif lay == 5:  # hospital discharge instructions
        h = pick(rng, HOSP)
        x.age = rng.randint(*h["age"])
        w.line(x.hospital)
        w.line(pick(rng, ["PATIENT DISCHARGE INSTRUCTIONS", "Discharge Instructions", "Going Home Instructions"]))
        w.line(pt_banner(x, 0))
        w.line("Admit: %s   Discharge: %s" % (fd(x.d - datetime.timedelta(days=rng.randint(1, 4)), 0), fd(x.d, 0)))
        w.sec(("Reason for hospitalization", "You were in the hospital for"), h["dx"])
        if h.get("proc"):
            w.sec(("Procedure",), h["proc"])
            w.sec(("Wound care",), pick(rng, ["You may shower in 48 hours. No tub baths or swimming for 2 weeks. Pat incisions dry.", "Keep splint clean and dry. Elevate arm above heart."]))
        w.sec(("Medications",), "\n".join("NEW: %s - %s" % (m[0], m[1]) for m in h["meds"]))
        w.sec(("Activity",), pick(rng, ["No lifting more than 10 pounds for 4 weeks.", "Walk several times a day. No driving while taking narcotic pain medicine."]))
        w.sec(("Follow-up appointments",), h["followup"])
        w.sec(("Call your doctor if",), "fever over 101.5 F, worsening pain, redness or drainage, chest pain, shortness of breath, or vomiting.")
        w.line("Nurse: %s   Patient/Caregiver: ________________" % x.nurse.full)
    else:  # crutch/splint instructions
        w.line(pick(rng, ["Splint and Cast Care", "Crutch Walking Instructions", "Wound Care Instructions", "Head Injury Instructions"]))
        w.line(pname(x, 3) + "  " + fd(x.d, 1))
        w.line("- Keep the %s clean and dry." % pick(rng, ["splint", "wound", "dressing"]))
        w.line("- Elevate the injured area above the level of the heart for the first 48 hours.")
        w.line("- Apply ice 20 minutes at a time, several times a day, with a barrier between ice and skin.")
        w.line("- Do not put anything inside the splint to scratch.")
        w.line("- %s" % pick(rng, ["Someone should stay with you for the next 24 hours.", "Use crutches as shown; bear weight as tolerated.", "Change the bandage daily."]))
        w.line("Return immediately for " + fill(s.get("rp") or "increasing pain, numbness, or color change", x) + ".")
        w.line(x.cl.name + "  " + x.cl.phone)
    return finish(x, w.text(), 0.1, paginate_prob=0.3)


def g_orders(x):
    rng = x.rng
    s = x.s
    lay = rng.randrange(7)
    w = W(rng)
    dx = dx_list(x)[0]
    if lay == 0:  # UC order sheet
        w.line(x.cl.name + " - " + pick(rng, ["Provider Orders", "ORDERS", "Clinic Order Sheet", "Order Summary"]))
        w.line(pt_banner(x))
        w.line("Ordering provider: %s   Date: %s" % (x.prov.full, fd(x.d, 0)))
        w.line("")
        n = 1
        for t, r, ref in s.get("poc", []):
            w.line("%d. POCT %s  - STAT   Status: Resulted" % (n, t)); n += 1
        if s.get("img"):
            w.line("%d. %s  Reason: %s   Status: Completed" % (n, fill(s["img"][0], x), dx[0])); n += 1
        for m in s.get("inclinic", []):
            w.line("%d. %s  - Once, now   Status: Given" % (n, m)); n += 1
        for r in rx_list(x):
            w.line("%d. %s  %s  Disp %s  (e-Rx)" % (n, r[0], r[1], r[2])); n += 1
        if n == 1:
            w.line("1. No orders this visit")
        w.line("Dx: %s %s" % (dx[1], dx[0]))
        w.line(sig(x, st=0))
    elif lay == 1:  # lab requisition
        w.line(pick(rng, ["LABORATORY REQUISITION", "Outpatient Lab Order", "Reference Lab Test Request"]) + "   " + pick(rng, ["Tri-State Reference Laboratories", "Apex Clinical Labs", "Valley Diagnostics"]))
        w.line("Patient: %s  DOB %s  Sex %s" % (pname(x, 0), fd(x.dob, 0), x.sex))
        w.line("Insurance: %s  ID %s" % (x.payer[0], x.memid))
        w.line("Ordering: %s  NPI %s   Account: BW-%d" % (x.prov.full, x.prov.npi, rng.randint(1000, 9999)))
        tests = pick(rng, [["Urine culture (008847)"], ["Throat culture, beta strep (008144)"], ["Wound culture, aerobic w/ gram stain"], ["CBC w/ diff", "CMP", "Mono screen"], ["Urine drug screen 10-panel, chain of custody"], ["Lipid panel", "Hemoglobin A1c"]])
        for t in tests:
            w.line("[X] " + t)
        w.line("ICD-10: %s   Collected: %s %s   Fasting: %s" % (dx[1], fd(x.d, 1), ftime(rng, True), pick(rng, ["N", "Y"])))
        w.line("Specimen collected by: %s" % x.nurse.short)
    elif lay == 2:  # imaging requisition
        exam = fill(s["img"][0], x) if s.get("img") else pick(rng, ["XR CHEST 2V", "XR HAND 3V", "US PELVIS", "CT HEAD W/O CONTRAST", "XR KNEE 3V"])
        w.line(pick(rng, ["IMAGING ORDER", "Radiology Requisition", "Outpatient Imaging Referral"]))
        w.line("To: %s Imaging   Fax %s" % (x.hospital, phone(rng)))
        w.line("Patient: %s  DOB %s  Phone %s" % (pname(x, 1), fd(x.dob, 0), x.phone))
        w.line("Exam requested: %s" % exam)
        w.line("Clinical indication: %s" % dx[0])
        w.line("Pregnant? %s   Contrast allergy? N   Creatinine: n/a" % ("N/A" if x.sex == "M" else "No"))
        w.line("Priority: %s" % pick(rng, ["Routine", "Urgent - within 24 h", "STAT - walk-in"]))
        w.line("Ordering provider: %s   Phone %s" % (x.prov.full, x.cl.phone))
        w.line("Signature: ______________________  Date: %s" % fd(x.d, 0))
    elif lay == 3:  # standing orders / protocol
        w.line(pick(rng, ["STANDING ORDER", "Nurse Protocol Standing Orders", "Clinical Protocol"]) + ": " + pick(rng, ["Rapid strep testing", "Influenza vaccination", "Urinalysis for dysuria", "Tdap for wounds"]))
        w.line("Effective %s - Brightwater Medical Group, Clinical Operations" % fd(datetime.date(x.d.year, 1, 1), 0))
        w.line("1. Eligible staff (RN, LPN, certified MA) may initiate the test/administration when criteria are met.")
        w.line("2. Inclusion: age >= %d years; symptoms per protocol." % rng.choice([3, 6, 18]))
        w.line("3. Exclusion: allergy, immunocompromise, pregnancy (where applicable).")
        w.line("4. Document in the encounter under POCT/Immunizations; notify provider of results.")
        w.line("5. This order expires %s unless renewed." % fd(datetime.date(x.d.year, 12, 31), 0))
        w.line("Medical Director: %s" % provider(rng, "spec", "Family Medicine").full)
        w.line("Applied to patient %s on %s by %s." % (pname(x, 3), fd(x.d, 1), x.nurse.short))
    elif lay == 4:  # admission orders (outside)
        h = pick(rng, HOSP)
        w.line(x.hospital)
        w.line(pick(rng, ["ADMISSION ORDERS", "Admit Order Set - Adult Medicine", "Post-op Orders"]))
        w.line(pt_banner(x, 0))
        w.line("Admit to: %s   Attending: Dr. %s   Status: %s" % (pick(rng, ["Med/Surg", "Telemetry", "Observation"]), pick(rng, LAST), pick(rng, ["Inpatient", "Observation"])))
        w.line("Diagnosis: %s" % h["dx"])
        w.line("Condition: stable   Code status: %s" % pick(rng, ["Full code", "Full", "DNR/DNI"]))
        w.line("Vitals: q4h x 24h then q shift")
        w.line("Activity: %s" % pick(rng, ["Ambulate TID", "OOB to chair", "Bedrest with BRP"]))
        w.line("Diet: %s" % pick(rng, ["NPO after midnight", "Cardiac diet", "Clear liquids", "Regular"]))
        w.line("IVF: LR at %d mL/hr" % rng.choice([75, 100, 125]))
        w.line("Meds:\n" + "\n".join("  %s %s" % (m[0], m[1]) for m in h["meds"]) + "\n  Acetaminophen 650 mg PO q6h PRN pain/fever\n  Ondansetron 4 mg IV q6h PRN nausea")
        w.line("VTE prophylaxis: %s" % pick(rng, ["Enoxaparin 40 mg SC daily", "SCDs"]))
        w.line("Labs AM: CBC, BMP")
        w.line("Allergies: " + allergy_str(x))
        w.line(sig(x, provider(rng, "spec", h["spec"])))
    elif lay == 5:  # occ health orders - drug screen/breath alcohol
        w.line(x.cl.name.replace("Urgent Care", "Occupational Health"))
        w.line(pick(rng, ["Employer Services Order", "Occupational Health Service Authorization / Orders", "Post-Accident Testing Orders"]))
        w.line("Employee: %s   DOB %s   Employer: %s" % (pname(x, 1), fd(x.dob, 0), x.employer))
        w.line("Services ordered:")
        for t in rng.sample(["[X] 5-panel urine drug screen (DOT)", "[X] 10-panel non-DOT drug screen", "[X] Breath alcohol test", "[X] Injury evaluation & treatment", "[X] TB skin test", "[X] Audiogram", "[X] Respirator fit test"], 3):
            w.line("  " + t)
        w.line("Reason: %s" % pick(rng, ["Post-accident", "Pre-employment", "Reasonable suspicion", "Random"]))
        w.line("Authorized by: %s, HR   Phone %s" % (pname(make_ctx(rng), 3), phone(rng)))
    else:  # telephone/verbal order
        w.line(pick(rng, ["Verbal Order", "Telephone Order", "Order Note"]))
        w.line(pt_banner(x, 4))
        w.line("%s  %s order received from %s: %s. Read back and verified. %s" % (fd(x.d, 1) + " " + ftime(rng), pick(rng, ["V.O.", "T.O.", "Verbal"]), x.prov.short,
               pick(rng, ["Ketorolac 30 mg IM x1", "Ondansetron 4 mg ODT x1", "Repeat duoneb x1", "Apply sugar-tong splint", "Urine culture add-on"]), x.nurse.full))
        w.line("Co-signed: %s %s" % (x.prov.full, fd(x.d + datetime.timedelta(days=1), 1)))
    return finish(x, w.text(), 0.2, paginate_prob=0.3)


def g_rx(x):
    rng = x.rng
    rx = rx_list(x)
    if not rx:
        x = make_ctx(rng, UC_BY_KEY[pick(rng, ["strep", "uti", "sinus", "backstrain", "dermatitis", "asthma", "abscess", "conj"])])
        rx = rx_list(x)
    lay = rng.randrange(7)
    w = W(rng)
    r = rx[0]
    ph = "%s%d" % (pick(rng, PHARMACIES), rng.randint(1000, 9999))
    if lay == 0:  # eRx transmission confirmation
        w.line(pick(rng, ["Electronic Prescription", "eRx Transmission Record", "Prescription - Sent Electronically"]))
        w.line("Prescriber: %s   NPI: %s   DEA: %s" % (x.prov.full, x.prov.npi, "M%s%07d" % (x.prov.last[0], rng.randint(0, 9999999))))
        w.line(x.cl.name + ", " + x.cl.addr1 + ", " + x.cl.addr2)
        w.line("Patient: %s  DOB %s  %s, %s %s" % (pname(x, 2), fd(x.dob, 0), x.addr, x.city, x.state))
        for q in rx:
            w.line("")
            w.line("Drug: %s" % q[0])
            w.line("Sig: %s" % q[1])
            w.line("Dispense: %s   Refills: %s   Substitution permitted: %s" % (q[2], q[3], pick(rng, ["Yes", "Yes", "No - brand medically necessary"])))
        w.line("")
        w.line("Pharmacy: %s  %s" % (ph, phone(rng)))
        w.line("Status: %s %s" % (pick(rng, ["Transmitted", "Accepted by pharmacy", "Sent"]), fd(x.d, 1) + " " + ftime(rng)))
    elif lay == 1:  # paper Rx pad
        w.line(x.cl.name.upper())
        w.line(x.cl.addr1 + "  " + x.cl.addr2 + "   " + x.cl.phone)
        w.line("")
        w.line("Name %s          Date %s" % (pname(x, 3), fd(x.d, 1)))
        w.line("Address %s, %s" % (x.addr, x.city))
        w.line("")
        w.line("Rx")
        w.line("  " + r[0])
        w.line("  Sig: " + r[1])
        w.line("  Disp: #" + r[2] + pick(rng, [" (%s)" % r[2], ""]))
        w.line("")
        w.line("Refill %s times        [ ] Dispense as written" % r[3])
        w.line("")
        w.line("_______________________ %s" % x.prov.full)
        w.line("NPI %s" % x.prov.npi)
        w.line(pick(rng, ["VOID IF ALTERED OR PHOTOCOPIED", "Security features: microprint border, void pantograph", "THIS PRESCRIPTION IS VALID ONLY IF PRINTED ON SECURITY PAPER"]))
    elif lay == 2:  # faxed Rx to pharmacy
        w.line("FAX PRESCRIPTION")
        w.line("TO: %s   FAX %s" % (ph, phone(rng)))
        w.line("FROM: %s   FAX %s" % (x.cl.name, x.cl.fax))
        w.line("Date: %s" % fd(x.d, 0))
        w.line("Patient: %s   DOB %s   Allergies: %s" % (pname(x, 1), fd(x.dob, 0), allergy_str(x)))
        for q in rx:
            w.line("%s -- %s -- Qty %s -- RF %s" % q)
        w.line("Prescriber: %s   Agent: %s" % (x.prov.full, x.nurse.short))
        w.line("This fax is intended only for the pharmacy named above. If received in error, call %s." % x.cl.phone)
    elif lay == 3:  # pharmacy label / printout (patient brought in)
        w.line(ph.upper())
        w.line(phone(rng) + "   %s" % x.cl.city)
        w.line("RX# %d   %s" % (rng.randint(1000000, 9999999), fd(x.d, 1)))
        w.line(pname(x, 0))
        w.line(r[0].upper())
        w.line(r[1].upper())
        w.line("QTY: %s   REFILLS: %s   DR. %s" % (r[2], r[3], x.prov.last.upper()))
        w.line("DISCARD AFTER: %s" % fd(x.d + datetime.timedelta(days=365), 1))
        w.line(pick(rng, ["TAKE WITH FOOD", "MAY CAUSE DROWSINESS", "FINISH ALL OF THIS MEDICATION", "SHAKE WELL / REFRIGERATE"]))
    elif lay == 4:  # refill authorization request/response
        w.line(pick(rng, ["Refill Authorization Request", "RENEWAL REQUEST", "Pharmacy Refill Request - Response"]))
        w.line("From: %s   To: %s" % (ph, x.cl.name))
        m = x.meds[0] if x.meds else ("Albuterol HFA", "90 mcg/act", "2 puffs q4-6h PRN")
        w.line("Patient: %s  DOB %s" % (pname(x, 0), fd(x.dob, 1)))
        w.line("Medication: %s %s  Sig: %s  Last fill: %s" % (m[0], m[1], m[2], fd(x.d - datetime.timedelta(days=30), 1)))
        w.line("Response: [%s] Approved, refills: %d   [%s] Denied - patient must follow up with PCP" % tuple(("X", rng.randint(0, 1), " ") if chance(rng, 0.4) else (" ", 0, "X")))
        w.line("Urgent care does not manage chronic medications. " if chance(rng, 0.5) else "")
        w.line("Provider: %s   %s" % (x.prov.full, fd(x.d, 1)))
    elif lay == 5:  # DME prescription
        w.line(x.cl.name)
        w.line(pick(rng, ["DME ORDER / PRESCRIPTION", "Durable Medical Equipment Prescription", "Rx - Orthotic/Equipment"]))
        w.line("Patient: %s  DOB %s" % (pname(x, 1), fd(x.dob, 0)))
        item = pick(rng, ["Axillary crutches, adjustable, 1 pair", "Ankle stirrup brace (lace-up), %s" % x.fill["side"], "Wrist cock-up splint, %s" % x.fill["side"], "Nebulizer compressor with tubing/mask kit", "Spacer with mask, pediatric", "Walking boot, short, %s" % x.fill["side"]])
        w.line("Item: %s   HCPCS: %s" % (item, pick(rng, ["E0114", "L1906", "L3908", "E0570", "A4627", "L4361"])))
        w.line("Diagnosis: %s (%s)" % dx_list(x)[0])
        w.line("Length of need: %s" % pick(rng, ["6 weeks", "3 months", "99 (lifetime)", "1 month"]))
        w.line("Prescriber: %s  NPI %s" % (x.prov.full, x.prov.npi))
        w.line("Signature __________________  Date %s" % fd(x.d, 0))
    else:  # brief sig text (scanned script)
        w.line(pick(rng, ["", "Brightwater", x.cl.name]))
        w.line("%s   %s" % (pname(x, 3), fd(x.d, 2)))
        for q in rx:
            w.line("%s  #%s  %s  RF%s" % (q[0], q[2], q[1].lower().replace("take", "").replace("by mouth", "po").strip(), q[3]))
        w.line(x.prov.short + " " + x.prov.cred)
    return finish(x, w.text(), 0.3, paginate_prob=0.1)


def g_medlist(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    if not x.meds and chance(rng, 0.7):
        x = make_ctx(rng, age=(45, 85))
    rx = rx_list(x)
    if lay == 0:  # reconciliation in EHR
        w.line(pick(rng, ["Medication Reconciliation", "Med Rec", "Medication Review - Visit", "Current Medication List (reviewed)"]))
        w.line(pt_banner(x))
        w.line("Reviewed with: %s   Source: %s" % (pick(rng, ["patient", "patient and spouse", "parent", "pharmacy fill history"]), pick(rng, ["patient report", "bottles", "external Rx history", "outside records"])))
        w.line("")
        w.line("%-44s %-28s %s" % ("Medication", "Directions", "Status"))
        for m in x.meds:
            w.line("%-44s %-28s %s" % (m[0] + " " + m[1], m[2][:28], pick(rng, ["Continue", "Taking", "Continue", "Not taking"])))
        for q in rx:
            w.line("%-44s %-28s %s" % (q[0], q[1][:28], "NEW"))
        if not x.meds and not rx:
            w.line("No active medications.")
        w.line("")
        w.line("Allergies: " + allergy_str(x))
        w.line("Reconciled by: %s   %s" % (x.nurse.full if chance(rng, 0.5) else x.prov.full, fd(x.d, 0)))
    elif lay == 1:  # patient-provided list
        w.line(pick(rng, ["MY MEDICINES", "Medication List", "Meds - %s" % x.first, "List of medications I take"]))
        w.line(pname(x, 3) + "  " + pick(rng, ["updated %s" % fd(x.d - datetime.timedelta(days=rng.randint(10, 300)), 2), ""]))
        for m in x.meds:
            w.line("%s %s - %s" % (m[0].lower(), m[1], pick(rng, ["1 in morning", "once a day", "twice a day", "at night", "when needed"])))
        w.line(pick(rng, ["fish oil", "vitamin D 2000 units", "multivitamin", "baby aspirin", "melatonin 5 mg at night"]))
        w.line("Allergic to: " + x.allergy[0])
        w.line("Pharmacy: %s%d" % (pick(rng, PHARMACIES), rng.randint(1000, 9999)))
    elif lay == 2:  # pharmacy fill history printout
        w.line(pick(rng, ["PRESCRIPTION FILL HISTORY", "Patient Profile - Rx History", "External Medication History (PBM)"]))
        w.line("%s   DOB %s   Printed %s" % (pname(x, 0), fd(x.dob, 1), fd(x.d, 1)))
        w.line("%-10s %-40s %-6s %-5s %s" % ("Filled", "Drug", "Qty", "Days", "Prescriber"))
        for m in x.meds + [(q[0], "", q[1]) for q in rx]:
            for k in range(rng.randint(1, 3)):
                dd = x.d - datetime.timedelta(days=30 * k + rng.randint(0, 5))
                w.line("%-10s %-40s %-6d %-5d %s" % (fd(dd, 1), (m[0] + " " + m[1])[:40], rng.choice([30, 60, 90]), rng.choice([30, 90]), "DR " + pick(rng, LAST).upper()))
    elif lay == 3:  # hospital discharge med rec
        h = pick(rng, HOSP)
        w.line(x.hospital)
        w.line(pick(rng, ["DISCHARGE MEDICATION RECONCILIATION", "Medication Reconciliation at Discharge", "Home Medication Instructions"]))
        w.line(pt_banner(x, 0))
        w.sec(("START taking", "NEW medications"), "\n".join("  %s  %s" % (m[0], m[1]) for m in h["meds"]))
        if x.meds:
            w.sec(("CONTINUE taking", "CHANGE/CONTINUE"), "\n".join("  " + med_str(m) for m in x.meds))
        w.sec(("STOP taking",), pick(rng, ["  Ibuprofen (while on new blood thinner)", "  None", "  Naproxen"]))
        w.line("Reviewed with patient by %s, %s" % (x.nurse.full, fd(x.d, 0)))
    elif lay == 4:  # narrative list in a note section
        w.line("%s  %s" % (x.cl.name, fd(x.d, 0)))
        w.line(pt_banner(x, 4))
        w.line("Medications reviewed and updated today. Patient reports taking: %s. Allergies: %s. No OTC supplements reported. Pharmacy confirmed." % (
            ", ".join(med_str(m, 1) for m in x.meds) or "no medications", allergy_str(x)))
        if rx:
            w.line("Added this visit: " + "; ".join(q[0] for q in rx) + ".")
    elif lay == 5:  # structured table with boxes
        w.line("MEDICATION LIST                                    " + fd(x.d, 0))
        w.line(pname(x, 0) + "  MRN " + x.mrn)
        w.line("+" + "-" * 30 + "+" + "-" * 12 + "+" + "-" * 26 + "+")
        w.line("|%-30s|%-12s|%-26s|" % (" Name", " Dose", " Frequency"))
        w.line("+" + "-" * 30 + "+" + "-" * 12 + "+" + "-" * 26 + "+")
        for m in x.meds:
            w.line("|%-30s|%-12s|%-26s|" % (" " + m[0][:29], " " + m[1][:11], " " + m[2][:25]))
        w.line("+" + "-" * 30 + "+" + "-" * 12 + "+" + "-" * 26 + "+")
        w.line("Allergies: %s" % allergy_str(x))
    else:  # telehealth med review
        w.line("Medications (patient-reported, video visit %s)" % fd(x.d, 1))
        for m in x.meds:
            w.line("  * %s %s %s" % (m[0], m[1], pick(rng, ["- taking", "- taking as directed", "- ran out 1 week ago", ""])))
        if not x.meds:
            w.line("  * none")
        w.line("OTC: %s" % pick(rng, ["ibuprofen PRN", "acetaminophen PRN", "DayQuil", "none"]))
        w.line("Allergies: " + allergy_str(x))
        w.line(x.prov.short)
    return finish(x, w.text(), 0.25, paginate_prob=0.3)


# ---------------- Labs ----------------
CBC = [("WBC", 4.0, 11.0, "K/uL", 1), ("RBC", 4.2, 5.8, "M/uL", 2), ("Hemoglobin", 12.0, 17.0, "g/dL", 1), ("Hematocrit", 36.0, 50.0, "%", 1),
       ("MCV", 80, 100, "fL", 0), ("Platelets", 150, 400, "K/uL", 0), ("Neutrophils", 40, 75, "%", 0), ("Lymphocytes", 20, 45, "%", 0)]
CMP = [("Sodium", 135, 145, "mmol/L", 0), ("Potassium", 3.5, 5.1, "mmol/L", 1), ("Chloride", 98, 107, "mmol/L", 0), ("CO2", 22, 29, "mmol/L", 0),
       ("BUN", 7, 20, "mg/dL", 0), ("Creatinine", 0.6, 1.3, "mg/dL", 2), ("Glucose", 70, 99, "mg/dL", 0), ("Calcium", 8.6, 10.3, "mg/dL", 1),
       ("AST", 10, 40, "U/L", 0), ("ALT", 7, 56, "U/L", 0), ("Alk Phos", 44, 147, "U/L", 0), ("Total Bilirubin", 0.1, 1.2, "mg/dL", 1)]


def labval(rng, lo, hi, dec, abn=0.12):
    span = hi - lo
    if chance(rng, abn):
        v = pick(rng, [lo - span * rng.uniform(0.05, 0.3), hi + span * rng.uniform(0.05, 0.5)])
    else:
        v = rng.uniform(lo + span * 0.05, hi - span * 0.05)
    flag = "L" if v < lo else ("H" if v > hi else "")
    return ("%." + str(dec) + "f") % v, flag


def g_lab(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    labname = pick(rng, ["Tri-State Reference Laboratories", "Apex Clinical Labs", "Valley Diagnostics Laboratory", "%s Laboratory" % x.hospital])
    coll = fd(x.d, 0) + " " + ftime(rng, True)
    acc = "%s%d" % (pick(rng, ["A", "L", "QX", "24-"]), rng.randint(1000000, 9999999))
    if lay == 0:  # POC results printout
        if not x.s.get("poc"):
            x = make_ctx(rng, UC_BY_KEY[pick(rng, ["strep", "flu", "uti", "covid", "abdpain"])])
        w.line(x.cl.name + "  -  " + pick(rng, ["Point of Care Test Results", "POCT Results", "In-Office Laboratory Report"]))
        w.line(pt_banner(x))
        w.line("Collected: %s   Ordered by: %s" % (coll, x.prov.full))
        w.line("")
        w.line("%-34s %-28s %s" % ("Test", "Result", "Reference"))
        for l in poc_lines(x, 0):
            w.line(l)
        w.line("")
        w.line("CLIA #%02dD%07d   Waived testing. Performed by %s." % (rng.randint(10, 99), rng.randint(0, 9999999), x.nurse.short))
        if any("Strep" in t[0] and t[1].startswith("Neg") for t in x.s.get("poc", [])):
            w.line("Negative rapid strep in children/adolescents should be confirmed by culture.")
    elif lay == 1:  # reference lab CBC/CMP table
        w.line(labname.upper())
        w.line("%s   CLIA %02dD%07d   Lab Director: %s, MD" % (phone(rng), rng.randint(10, 99), rng.randint(0, 9999999), pick(rng, LAST)))
        w.line("")
        w.line("Patient: %-28s Accession: %s" % (pname(x, 0), acc))
        w.line("DOB: %-12s Sex: %s       Collected: %s" % (fd(x.dob, 0), x.sex, coll))
        w.line("Ordering: %-25s Received: %s  Reported: %s" % (x.prov.short, fd(x.d, 0), fd(x.d + datetime.timedelta(days=1), 0)))
        w.line("")
        panels = pick(rng, [[("COMPLETE BLOOD COUNT W/ DIFF", CBC)], [("COMPREHENSIVE METABOLIC PANEL", CMP)], [("CBC", CBC), ("BASIC METABOLIC PANEL", CMP[:8])]])
        for title, comps in panels:
            w.line(title)
            w.line("  %-22s %-10s %-4s %-14s %s" % ("Test", "Result", "Flag", "Ref Range", "Units"))
            for n, lo, hi, u, dec in comps:
                v, fl = labval(rng, lo, hi, dec)
                w.line("  %-22s %-10s %-4s %-14s %s" % (n, v, fl, "%s-%s" % (lo, hi), u))
            w.line("")
        w.line("*** END OF REPORT ***")
    elif lay == 2:  # urine/throat/wound culture
        kind = pick(rng, ["URINE CULTURE", "THROAT CULTURE", "WOUND CULTURE, AEROBIC"])
        w.line(labname)
        w.line("MICROBIOLOGY REPORT" if chance(rng, 0.5) else "Final Report - Microbiology")
        w.line(pt_banner(x, 3))
        w.line("Accession %s   Source: %s   Collected %s" % (acc, pick(rng, ["Urine, clean catch", "Throat swab", "Wound, %s" % x.fill["asite"]]) if kind else "", coll))
        w.line("Test: %s" % kind)
        w.line("Status: FINAL   %s" % fd(x.d + datetime.timedelta(days=2), 0))
        w.line("")
        if kind == "URINE CULTURE":
            org = pick(rng, ["Escherichia coli", "Klebsiella pneumoniae", "Proteus mirabilis"])
            w.line("RESULT: >100,000 CFU/mL %s" % org)
            w.line("")
            w.line("SUSCEPTIBILITY (MIC)")
            for ab in ["Ampicillin", "Cefazolin", "Ceftriaxone", "Ciprofloxacin", "Nitrofurantoin", "Trimethoprim/Sulfa"]:
                w.line("  %-22s %-8s %s" % (ab, pick(rng, ["<=2", "<=16", "8", ">=32", "<=0.25"]), pick(rng, ["S", "S", "S", "R", "I"])))
        elif kind == "THROAT CULTURE":
            w.line("RESULT: " + pick(rng, ["Beta hemolytic Streptococcus Group A isolated", "No Group A Streptococcus isolated", "Normal oropharyngeal flora"]))
        else:
            w.line("Gram stain: Many PMNs, many gram positive cocci in clusters")
            w.line("Culture: Heavy growth Staphylococcus aureus, %s" % pick(rng, ["methicillin resistant (MRSA)", "methicillin susceptible (MSSA)"]))
            for ab in ["Oxacillin", "Clindamycin", "Doxycycline", "TMP/SMX", "Vancomycin"]:
                w.line("  %-14s %s" % (ab, pick(rng, ["S", "S", "R"])))
    elif lay == 3:  # drug screen (occ)
        w.line(pick(rng, ["FORENSIC DRUG TESTING LABORATORY REPORT", "Urine Drug Screen - Result", "Employer Drug Test Result Notification"]))
        w.line("Donor: %s   Donor ID: ***-**-%04d   Specimen ID: %d" % (pname(x, 0), rng.randint(0, 9999), rng.randint(10000000, 99999999)))
        w.line("Employer: %s   Reason: %s   Collection site: %s" % (x.employer, pick(rng, ["Pre-employment", "Post-accident", "Random"]), x.cl.name))
        w.line("Collected: %s" % coll)
        w.line("")
        w.line("%-26s %-10s %s" % ("Analyte", "Cutoff", "Result"))
        for a, c in [("Amphetamines", "500 ng/mL"), ("Cocaine metabolite", "150 ng/mL"), ("Marijuana metabolite", "50 ng/mL"), ("Opiates", "2000 ng/mL"), ("Phencyclidine", "25 ng/mL")]:
            w.line("%-26s %-10s %s" % (a, c, "NEGATIVE"))
        w.line("Specimen validity: pH %.1f, creatinine %d mg/dL - within acceptable limits" % (rng.uniform(5, 7.5), rng.randint(40, 180)))
        w.line("MRO verified: %s, MD, MRO   %s" % (pick(rng, LAST), fd(x.d + datetime.timedelta(days=2), 0)))
    elif lay == 4:  # urinalysis full
        w.line(pick(rng, [labname, x.cl.name]))
        w.line(pick(rng, ["URINALYSIS", "UA w/ Microscopic", "URINALYSIS, COMPLETE"]))
        w.line(pt_banner(x, 1))
        pos = x.s["k"] == "uti"
        rows = [("Color", "Yellow", "Yellow"), ("Clarity", "Cloudy" if pos else "Clear", "Clear"), ("Specific gravity", "%.3f" % rng.uniform(1.005, 1.030), "1.005-1.030"),
                ("pH", "%.1f" % rng.uniform(5, 7.5), "5.0-8.0"), ("Protein", "Trace" if pos else "Negative", "Negative"), ("Glucose", "Negative", "Negative"),
                ("Ketones", "Negative", "Negative"), ("Blood", "Small" if pos else "Negative", "Negative"), ("Nitrite", "Positive" if pos else "Negative", "Negative"),
                ("Leukocyte esterase", "Large" if pos else "Negative", "Negative"), ("WBC/hpf", "25-50" if pos else "0-2", "0-5"), ("RBC/hpf", "3-5" if pos else "0-2", "0-2"), ("Bacteria", "Many" if pos else "None seen", "None")]
        for a, b, c in rows:
            w.line("  %-20s %-12s %s" % (a, b, c))
        w.line("Collected %s   Verified by %s, MLT" % (coll, pick(rng, LAST)))
    elif lay == 5:  # lipid/A1c style narrative lab result letter-ish
        w.line(labname)
        w.line("Patient Report   " + pname(x, 1) + "   DOB " + fd(x.dob, 0))
        w.line("Specimen: %s   Collected %s   Fasting: Yes" % (acc, coll))
        for n, lo, hi, u in [("Cholesterol, total", 125, 200, "mg/dL"), ("Triglycerides", 40, 150, "mg/dL"), ("HDL", 40, 90, "mg/dL"), ("LDL (calc)", 50, 100, "mg/dL"), ("Hemoglobin A1c", 4.0, 5.6, "%")]:
            v, fl = labval(rng, lo, hi, 1 if u == "%" else 0, 0.3)
            w.line("%-22s %8s %-2s  %s   (%s-%s)" % (n, v, fl, u, lo, hi))
        w.line("Comment: A1c 5.7-6.4% consistent with increased risk for diabetes (prediabetes).")
    else:  # mono/COVID PCR send-out
        w.line(labname + "  |  " + pick(rng, ["Molecular Diagnostics", "Serology", "Infectious Disease Testing"]))
        w.line(pt_banner(x, 0))
        test, res = pick(rng, [("SARS-CoV-2 RNA, RT-PCR (NAA)", pick(rng, ["DETECTED", "NOT DETECTED"])), ("Infectious mononucleosis heterophile Ab", pick(rng, ["Positive", "Negative"])),
                               ("Influenza A/B and RSV PCR", "Influenza A: NOT DETECTED  Influenza B: NOT DETECTED  RSV: DETECTED"), ("Chlamydia/Gonorrhea NAAT", "Negative / Negative")])
        w.line("Test: %s" % test)
        w.line("Result: %s" % res)
        w.line("Method: %s" % pick(rng, ["Real-time RT-PCR, EUA", "Latex agglutination", "Transcription-mediated amplification"]))
        w.line("Collected %s  Resulted %s" % (coll, fd(x.d + datetime.timedelta(days=rng.randint(1, 3)), 0)))
        w.line("This test has been validated by the performing laboratory. Results should be interpreted in the clinical context.")
    return finish(x, w.text(), 0.4, src=labname, paginate_prob=0.4)


IMG_POOL = [
    ("XR CHEST PA AND LATERAL", "Cough, fever", "The lungs are clear without focal consolidation. No pleural effusion or pneumothorax. Heart size is normal. Mediastinal contours are unremarkable.", "No acute cardiopulmonary abnormality."),
    ("XR CHEST 2 VIEWS", "Cough, hypoxia", "Patchy airspace opacity in the right lower lobe. Small right pleural effusion. Heart size normal.", "Right lower lobe pneumonia. Recommend follow-up radiographs in 6-8 weeks to document resolution."),
    ("XR HAND RIGHT 3 VIEWS", "Punched wall", "Acute transverse fracture of the distal fifth metacarpal neck with 30 degrees volar angulation. No intra-articular extension.", "Fifth metacarpal neck (boxer's) fracture."),
    ("XR KNEE LEFT 3 VIEWS", "Knee pain after twisting", "No fracture or dislocation. Small suprapatellar joint effusion. Joint spaces preserved.", "Small joint effusion. No acute osseous injury."),
    ("CT HEAD WITHOUT CONTRAST", "Head injury, headache", "No acute intracranial hemorrhage, mass effect or midline shift. Ventricles and sulci normal. No calvarial fracture. Paranasal sinuses clear.", "No acute intracranial abnormality."),
    ("CT ABDOMEN AND PELVIS WITH IV CONTRAST", "RLQ pain", "The appendix is dilated to 11 mm with wall enhancement and periappendiceal fat stranding. No abscess or free air. Liver, spleen, pancreas unremarkable.", "Acute uncomplicated appendicitis."),
    ("US ABDOMEN RIGHT UPPER QUADRANT", "RUQ pain", "Multiple mobile echogenic shadowing gallstones. Gallbladder wall thickened to 5 mm with pericholecystic fluid. Positive sonographic Murphy sign. CBD 4 mm.", "Findings consistent with acute calculous cholecystitis."),
    ("CT ABDOMEN/PELVIS WITHOUT CONTRAST (RENAL STONE)", "Flank pain, hematuria", "7 mm calculus at the right ureterovesical junction with moderate right hydroureteronephrosis and perinephric stranding. Left kidney unremarkable.", "Obstructing 7 mm right UVJ stone."),
    ("TRANSTHORACIC ECHOCARDIOGRAM", "NSTEMI", "Left ventricle normal in size with mildly reduced systolic function, estimated EF 50%. Hypokinesis of the mid-anterior wall. Normal RV size and function. No significant valvular disease. No pericardial effusion.", "Mildly reduced LV function, EF 50%, with anterior wall hypokinesis."),
    ("MRI RIGHT KNEE WITHOUT CONTRAST", "Persistent knee pain, locking", "Oblique tear of the posterior horn of the medial meniscus extending to the inferior articular surface. ACL and PCL intact. Small joint effusion.", "Medial meniscus posterior horn tear."),
    ("US SOFT TISSUE LEFT AXILLA", "Abscess?", "2.8 x 2.1 x 1.9 cm complex hypoechoic fluid collection with surrounding hyperemia in the subcutaneous tissue.", "Subcutaneous abscess."),
    ("XR FOOT RIGHT 3 VIEWS", "Dropped object on foot", "Nondisplaced fracture of the tuft of the distal phalanx of the great toe. Soft tissue swelling.", "Great toe distal phalanx tuft fracture."),
]


def g_imaging(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    s = x.s
    if s.get("img") and chance(rng, 0.5):
        exam, ind, fnd, imp = fill(s["img"][0], x), dx_list(x)[0][0].split(",")[0], fill(s["img"][1], x), fill(s["img"][2], x)
    else:
        exam, ind, fnd, imp = pick(rng, IMG_POOL)
    rad = provider(rng, "spec", "Radiology")
    facility = pick(rng, [x.hospital + " Department of Radiology", "Summit Imaging Associates", x.cl.name, "Tele-Radiology Partners of America (overread)"])
    tech = pick(rng, ["Frontal and lateral views.", "Three views.", "Axial images were obtained from the skull base to the vertex without contrast. DLP %d mGy-cm." % rng.randint(600, 1100),
                      "Real-time grayscale and color Doppler images.", "Multiplanar multisequence imaging was performed.", "Helical CT after 100 mL Omnipaque 350 IV. Coronal and sagittal reformats."])
    comp = pick(rng, ["None.", "None available.", "%s." % fd(x.d - datetime.timedelta(days=rng.randint(200, 2000)), 0), "No prior studies."])
    if lay == 0:
        w.line(facility.upper())
        w.line(pt_banner(x, 3))
        w.line("EXAM: %s   DATE: %s   ACC#: %d" % (exam, fd(x.d, 0), rng.randint(1000000, 9999999)))
        w.line("ORDERING: %s" % x.prov.full)
        w.line("")
        w.sec(("Clinical History", "Indication", "History"), ind + ".")
        w.sec(("Technique", "Comparison"), tech)
        w.sec(("Comparison",), comp)
        w.sec(("Findings",), fnd)
        w.sec(("Impression",), imp)
        w.line("")
        w.line("Dictated by: %s  %s" % (rad.full, fd(x.d, 0)))
        w.line(pick(rng, ["Electronically signed by %s" % rad.full, "Final", "Transcribed by: %s" % pick(rng, ["JLM", "KRT", "voice recognition"])]))
    elif lay == 1:  # prelim UC read + overread
        w.line("X-RAY REPORT - %s" % x.cl.name)
        w.line(pname(x, 0) + "  DOB " + fd(x.dob, 1) + "  " + fd(x.d, 1))
        w.line("Study: " + exam)
        w.line("Provider preliminary interpretation: " + imp + " (%s)" % x.prov.short)
        w.line("")
        w.line("RADIOLOGIST OVERREAD (%s):" % fd(x.d + datetime.timedelta(days=1), 1))
        w.line(fnd)
        w.line("IMPRESSION: " + imp)
        w.line("Concordant with preliminary read: %s" % pick(rng, ["Yes", "Yes", "No - patient contacted"]))
        w.line(rad.full)
    elif lay == 2:  # one-paragraph narrative
        w.line(facility)
        w.line("%s   %s   %s" % (pname(x, 3), x.mrn, fd(x.d, 4)))
        w.line("")
        w.line("%s: %s Indication: %s. Comparison: %s %s" % (exam, tech, ind, comp, fnd))
        w.line("")
        w.line("IMPRESSION:")
        w.line("1. " + imp)
        w.line("")
        w.line("%s  %s" % (rad.full, pick(rng, ["Board Certified, American Board of Radiology", "", "Musculoskeletal Radiology"])))
    elif lay == 3:  # teleradiology
        w.line("TELERADIOLOGY PRELIMINARY REPORT")
        w.line("Site: %s   Patient: %s   Age/Sex: %d/%s" % (x.cl.name, pname(x, 0), x.age, x.sex))
        w.line("Exam: %s   Received: %s   Read: %s" % (exam, ftime(rng, True), ftime(rng, True)))
        w.line("History: %s" % ind)
        w.line("Findings: %s" % fnd)
        w.line("Impression: %s" % imp)
        w.line("Critical result communicated: %s" % pick(rng, ["N/A", "Yes, to %s at %s" % (x.prov.short, ftime(rng))]))
        w.line("Radiologist: %s (licensed in %s)" % (rad.full, x.state))
    elif lay == 4:  # numbered findings structured
        w.line(pick(rng, ["DIAGNOSTIC IMAGING REPORT", "Radiology Report", "IMAGING RESULT", "Final Report"]))
        w.line(pt_banner(x, 2))
        w.line("Procedure: %s" % exam)
        w.line("Reason for exam: %s" % ind)
        w.line("")
        w.line("FINDINGS:")
        for i, sent in enumerate([t for t in fnd.split(". ") if t]):
            w.line("  %s" % (sent.rstrip(".") + "."))
        w.line("")
        w.line("IMPRESSION:  " + imp.upper())
        w.line("")
        w.line("Reading radiologist: %s      Signed %s %s" % (rad.full, fd(x.d, 3), ftime(rng, True)))
    elif lay == 5:  # echo-type or US measurement report
        if chance(rng, 0.5):
            w.line(x.hospital + " Echocardiography Laboratory")
            w.line("TRANSTHORACIC ECHOCARDIOGRAM REPORT")
            w.line(pt_banner(x, 0))
            w.line("Height: %d in  Weight: %d lb  BSA %.2f m2  BP %d/%d  Rhythm: sinus" % (rng.randint(60, 74), x.v["Wt"], rng.uniform(1.6, 2.3), x.v["SBP"], x.v["DBP"]))
            ef = rng.choice([35, 45, 50, 55, 60, 65])
            w.line("Measurements: LVIDd %.1f cm  LVIDs %.1f cm  IVSd %.1f cm  LVPWd %.1f cm  LA %.1f cm  Ao root %.1f cm" % (rng.uniform(4.2, 5.6), rng.uniform(2.6, 4.0), rng.uniform(0.8, 1.3), rng.uniform(0.8, 1.2), rng.uniform(3.0, 4.4), rng.uniform(2.8, 3.6)))
            w.line("Left ventricle: normal size, EF estimated %d%%. %s" % (ef, "Regional wall motion abnormality of the anterior wall." if ef < 55 else "No regional wall motion abnormalities."))
            w.line("Valves: trace MR, trace TR. No AS.  RVSP %d mmHg." % rng.randint(20, 38))
            w.line("CONCLUSIONS: 1. LVEF %d%%. 2. %s" % (ef, pick(rng, ["Grade I diastolic dysfunction.", "No significant valvular disease.", "Normal RV function."])))
            w.line("Interpreting cardiologist: %s" % provider(rng, "spec", "Cardiology").full)
        else:
            w.line(facility)
            w.line("ULTRASOUND REPORT")
            w.line(pt_banner(x, 1))
            w.line("Exam: %s" % pick(rng, ["US Pelvis transvaginal/transabdominal", "US Scrotum", "Venous duplex lower extremity, left"]))
            w.line("Findings: %s" % pick(rng, ["Uterus 7.8 x 4.1 x 4.6 cm. Endometrium 6 mm. Ovaries normal with normal arterial and venous flow. No free fluid.", "Normal compressibility and flow in the common femoral, femoral and popliteal veins. No DVT.",
                                             "Testes normal size and echotexture with symmetric flow. Small left hydrocele."]))
            w.line("Impression: %s" % pick(rng, ["No acute pelvic abnormality. No evidence of ovarian torsion.", "No deep venous thrombosis.", "Small hydrocele, otherwise normal."]))
            w.line("Sonographer: %s RDMS   Radiologist: %s" % (pick(rng, LAST), rad.full))
    else:  # CD disc / outside image summary
        w.line(pick(rng, ["Outside Imaging Report (scanned)", "IMAGING - EXTERNAL", "Radiology results received by fax"]))
        w.line("%s    %s" % (facility, phone(rng)))
        w.line("Patient %s   DOB %s   Exam date %s" % (pname(x, 2), fd(x.dob, 0), fd(x.d, 2)))
        w.line("%s" % exam)
        w.line("IMPRESSION: %s" % imp)
        w.line("(Full report: %s)" % fnd)
        w.line("Reviewed by %s on %s - %s" % (x.prov.short, fd(x.d + datetime.timedelta(days=rng.randint(1, 5)), 1), pick(rng, ["patient notified", "no action needed", "f/u with ortho advised"])))
    return finish(x, w.text(), 0.4, src=facility, paginate_prob=0.3)


def g_ecg(x):
    rng = x.rng
    lay = rng.randrange(6)
    w = W(rng)
    if x.age < 30 and chance(rng, 0.7):
        x = make_ctx(rng, UC_BY_KEY["chestpain"])
    rate = rng.randint(56, 110)
    pr, qrs = rng.randint(130, 200), rng.randint(76, 110)
    qt = rng.randint(340, 420)
    qtc = int(qt / ((60.0 / rate) ** 0.5))
    ax = (rng.randint(-20, 80), rng.randint(-10, 80), rng.randint(10, 70))
    acs = x.s["k"] == "chestpain" and chance(rng, 0.6)
    rhythm = "Sinus tachycardia" if rate > 100 else ("Sinus bradycardia" if rate < 60 else "Normal sinus rhythm")
    findings = []
    if acs:
        findings.append(pick(rng, ["ST depression, consider anterolateral ischemia", "Nonspecific ST and T wave abnormality", "T wave inversion in V4-V6"]))
    elif chance(rng, 0.3):
        findings.append(pick(rng, ["Incomplete right bundle branch block", "Left axis deviation", "Early repolarization", "Premature atrial complexes", "Low voltage QRS"]))
    interp = "Abnormal ECG" if findings else pick(rng, ["Normal ECG", "Normal sinus rhythm. No acute ST changes.", "Within normal limits"])
    if lay == 0:  # machine printout
        w.line("%s  %s  %s" % (pname(x, 0), fd(x.d, 5), ftime(rng, True)))
        w.line("ID: %s   %d yr  %s   %d in  %d lb" % (x.mrn, x.age, "Male" if x.sex == "M" else "Female", rng.randint(60, 74), x.v["Wt"]))
        w.line("Vent. rate      %d BPM" % rate)
        w.line("PR interval     %d ms" % pr)
        w.line("QRS duration    %d ms" % qrs)
        w.line("QT/QTc          %d/%d ms" % (qt, qtc))
        w.line("P-R-T axes      %d %d %d" % ax)
        w.line(rhythm)
        for f in findings:
            w.line(f)
        w.line(interp)
        w.line("No previous ECGs available" if chance(rng, 0.5) else "When compared with ECG of %s, no significant change" % fd(x.d - datetime.timedelta(days=rng.randint(100, 900)), 5))
        w.line("Unconfirmed" if chance(rng, 0.3) else "Confirmed by %s on %s" % (provider(rng, "spec", "Cardiology").full, fd(x.d, 1)))
        w.line("25 mm/s  10 mm/mV  150Hz  %s" % pick(rng, ["MAC5500", "ELI 250", "CardioLine 12"]))
    elif lay == 1:  # UC provider interpretation
        w.line(x.cl.name)
        w.line(pick(rng, ["ECG Interpretation", "12-Lead EKG - Provider Read", "EKG"]))
        w.line(pt_banner(x, 4))
        w.line("Indication: %s" % pick(rng, ["chest pain", "palpitations", "pre-op clearance", "syncope", "DOT physical"]))
        w.line("Rate %d, rhythm %s, axis %s, intervals PR %d QRS %d QTc %d." % (rate, rhythm.lower(), pick(rng, ["normal", "leftward", "normal"]), pr, qrs, qtc))
        w.line("ST/T: %s" % ("; ".join(findings) if findings else "no acute ST elevation or depression"))
        w.line("Impression: %s%s" % (interp, "; transfer to ED" if acs else ""))
        w.line(sig(x))
    elif lay == 2:  # cardiology over-read service
        card = provider(rng, "spec", "Cardiology")
        w.line(pick(rng, ["ECG OVER-READ", "Cardiology ECG Interpretation Service", "Remote ECG Interpretation"]))
        w.line("Facility: %s   Received %s" % (x.cl.name, fd(x.d, 0)))
        w.line("Patient: %s  Age %d  Sex %s" % (pname(x, 1), x.age, x.sex))
        w.line("Measurements: HR %d  PR %d  QRSd %d  QT %d  QTc %d  Axis %d" % (rate, pr, qrs, qt, qtc, ax[1]))
        w.line("Interpretation:")
        w.line("  " + rhythm)
        for f in findings:
            w.line("  " + f)
        w.line("  " + interp)
        w.line("Reading cardiologist: %s" % card.full)
    elif lay == 3:  # short statement inside hospital record
        w.line(x.hospital + "  Cardiology - Electrocardiogram")
        w.line(pt_banner(x, 0))
        w.line("Ordering: ED   Reason: %s" % pick(rng, ["chest pain", "R07.9", "pre-procedure"]))
        w.line("%s at %d bpm. %s %s" % (rhythm, rate, " ".join(f + "." for f in findings), interp + "."))
        w.line("Compared to prior: %s" % pick(rng, ["none", "new ST changes", "unchanged"]))
        w.line(provider(rng, "spec", "Cardiology").full)
    elif lay == 4:  # rhythm strip
        w.line(pick(rng, ["RHYTHM STRIP", "Lead II rhythm strip", "Monitor strip"]))
        w.line("%s  %s  %s" % (pname(x, 3), fd(x.d, 1), ftime(rng, True)))
        w.line("Rate: %d   PR: %.2f   QRS: %.2f   QT: %.2f" % (rate, pr / 1000.0, qrs / 1000.0, qt / 1000.0))
        w.line("Rhythm: %s" % rhythm)
        w.line("Interpretation: %s" % pick(rng, ["NSR", rhythm, "sinus w/ occasional PAC"]))
        w.line("Mounted by %s" % x.nurse.short)
    else:  # pre-employment/DOT ECG form
        w.line("ELECTROCARDIOGRAM REPORT")
        w.line("Name %s   DOB %s   Date %s" % (pname(x, 3), fd(x.dob, 0), fd(x.d, 0)))
        w.line("Medications: %s" % (", ".join(m[0] for m in x.meds) or "none"))
        w.line("[%s] Normal   [%s] Abnormal   [ ] Borderline" % ((" ", "X") if findings else ("X", " ")))
        w.line("Rate %d  Rhythm %s  Axis %d" % (rate, rhythm, ax[1]))
        w.line("Comments: %s" % ("; ".join(findings) or "none"))
        w.line("Physician: %s" % pick(rng, [x.prov.full, provider(rng, "spec", "Cardiology").full]))
    return finish(x, w.text(), 0.35, paginate_prob=0.1)


def hctx(x):
    rng = x.rng
    h = pick(rng, HOSP)
    y = make_ctx(rng, UC_BY_KEY["abdpain" if h["k"] == "appy" else ("chestpain" if h["k"] == "nstemi" else pick(rng, ["uri", "bronchitis", "ankle"]))], hosp=h, age=h["age"])
    y.h = h
    y.att = provider(rng, "spec", h["spec"] if h["spec"] in ("Hospital Medicine", "Cardiology") else pick(rng, ["Hospital Medicine", h["spec"]]))
    y.surg_p = provider(rng, "spec", h["spec"])
    y.los = rng.randint(*h["los"])
    y.adm = y.d - datetime.timedelta(days=y.los)
    return y


def hpi_hosp(x):
    h = x.h
    rng = x.rng
    return "%s is a %s %s with a history of %s who presented to the emergency department %swith %s. %s" % (
        (x.Mr + " " + x.last) if x.Mr else x.first, x.agestr, x.sexw, ", ".join(x.pmh).lower() or "no significant past medical history",
        pick(rng, ["", "after being sent from urgent care ", "by EMS ", "on referral from Brightwater Urgent Care "]), h["present"],
        pick(rng, ["Symptoms began %d days ago." % rng.randint(1, 4), "Onset was the morning of admission.", "Symptoms gradually worsened over the past several days."]))


def g_dcsum(x):
    rng = x.rng
    x = hctx(x)
    h = x.h
    lay = rng.randrange(6)
    w = W(rng)
    meds = h["meds"]
    if lay in (0, 1, 2):
        w.line(x.hospital.upper())
        w.line(pick(rng, ["DISCHARGE SUMMARY", "Discharge Summary", "HOSPITAL DISCHARGE SUMMARY", "Physician Discharge Summary", "DISCHARGE NOTE"]))
        w.line("")
        w.line(pt_banner(x, pick(rng, [0, 2, 3])))
        w.line("Admission date: %s      Discharge date: %s" % (fd(x.adm, 0), fd(x.d, 0)))
        w.line("Attending: %s   PCP: %s" % (x.att.full, pick(rng, ["Dr. " + pick(rng, LAST), "None on file", "Brightwater Urgent Care (no PCP)"])))
        w.line("")
        if lay == 0:
            w.sec(("Admitting Diagnosis", "Reason for Admission"), h["dx"])
            w.sec(("Discharge Diagnoses", "Final Diagnoses", "Principal Diagnosis"), "1. %s (%s)\n%s" % (h["dx"], h["icd"], "\n".join("%d. %s" % (i + 2, p) for i, p in enumerate(x.pmh))))
            if h.get("proc"):
                w.sec(("Procedures", "Procedures Performed"), "%s - %s (%s)" % (h["proc"], fd(x.adm + datetime.timedelta(days=min(1, x.los)), 0), x.surg_p.full))
            w.sec(("Consultants", "Consults"), pick(rng, [h["spec"], "None", h["spec"] + ", Physical Therapy"]))
            w.sec(("History of Present Illness", "Brief HPI"), hpi_hosp(x))
            w.sec(("Hospital Course",), h["findings"] + " " + h["course"])
            w.sec(("Condition at Discharge",), pick(rng, ["Stable", "Good", "Improved, stable"]))
            w.sec(("Disposition",), pick(rng, ["Home", "Home with family", "Home with home health"]))
            w.sec(("Discharge Medications",), "\n".join("%s  %s  #%s" % m for m in meds) + ("\nContinue home medications: " + ", ".join(med_str(m, 1) for m in x.meds) if x.meds else ""))
            w.sec(("Follow-up",), h["followup"])
            w.sec(("Diet/Activity", "Activity"), pick(rng, ["Regular diet, activity as tolerated", "Cardiac diet, no heavy lifting x 1 week", "Regular diet. No lifting > 10 lb x 4 weeks."]))
        elif lay == 1:  # dictated
            w.style = 0
            w.line("DIAGNOSIS: %s." % h["dx"])
            w.line("")
            w.line("HISTORY: " + hpi_hosp(x))
            w.line("")
            w.line("HOSPITAL COURSE: %s %s The patient was seen and examined on the day of discharge and was felt stable for discharge." % (h["findings"], h["course"]))
            w.line("")
            w.line("DISCHARGE MEDICATIONS: " + "; ".join("%s %s" % (m[0], m[1]) for m in meds) + ".")
            w.line("")
            w.line("FOLLOWUP: %s." % h["followup"])
            w.line("")
            w.line("cc: %s" % pick(rng, ["Brightwater Urgent Care, fax %s" % x.cl.fax, "PCP", "Dr. %s" % pick(rng, LAST)]))
            w.line("%s\nD: %s  T: %s  #%d" % (x.att.full, fd(x.d, 1), fd(x.d + datetime.timedelta(days=1), 1), rng.randint(100000, 999999)))
        else:  # templated short
            w.line("Principal problem: %s" % h["dx"])
            w.line("Active problems: %s" % pmh_str(x))
            w.line("Resolved: n/a")
            w.line("")
            w.line("Summary: %s" % h["course"])
            w.line("Key results: %s" % h["findings"])
            w.line("Pending at discharge: %s" % pick(rng, ["None", "Blood cultures (final)", "Surgical pathology"]))
            w.line("Medications - NEW: " + ", ".join(m[0] for m in meds))
            w.line("Follow up: " + h["followup"])
            w.line(sig(x, x.att, st=0))
    elif lay == 3:  # observation/short stay
        w.line(x.hospital + " - Clinical Decision Unit")
        w.line(pick(rng, ["Observation Discharge Note", "Short Stay Summary", "OBS DISCHARGE"]))
        w.line(pt_banner(x, 4))
        w.line("Placed in observation %s for %s. %s Discharged %s." % (fd(x.adm, 1), h["dx"].lower(), h["course"], fd(x.d, 1)))
        w.line("Meds: " + "; ".join("%s %s" % (m[0], m[1]) for m in meds))
        w.line("F/u: " + h["followup"])
        w.line(x.att.full)
    elif lay == 4:  # pediatric format
        x.age = rng.randint(6, 16)
        w.line("%s Children's Services" % x.hospital)
        w.line("PEDIATRIC DISCHARGE SUMMARY")
        w.line("Patient: %s   Age: %d y   Weight: %d kg" % (pname(x, 1), x.age, rng.randint(20, 60)))
        w.line("Dates: %s - %s" % (fd(x.adm, 1), fd(x.d, 1)))
        w.sec(("Diagnosis",), h["dx"])
        w.sec(("Course",), h["course"])
        w.sec(("Discharge meds (weight-based)",), "\n".join(m[0] + " per weight" for m in meds[:2]))
        w.sec(("School",), "May return to school in %d days; no PE for %d weeks." % (rng.randint(2, 5), rng.randint(2, 4)))
        w.sec(("Follow up",), h["followup"])
        w.line(sig(x, provider(rng, "spec", "Pediatrics")))
    else:  # numbered problem-based
        w.line(x.hospital)
        w.line(pt_banner(x, 1))
        w.line("Dates of service %s to %s  (LOS %d days)" % (fd(x.adm, 3), fd(x.d, 3), x.los))
        w.line("")
        w.line("Hospital course by problem:")
        w.line("#1 %s: %s" % (h["dx"], h["course"]))
        for i, p in enumerate(x.pmh):
            w.line("#%d %s: %s" % (i + 2, p, pick(rng, ["stable, continued home regimen", "home meds resumed", "no changes"])))
        w.line("")
        w.line("Discharge exam: " + vit_line(x, 4) + ". " + pick(rng, NORMAL["GEN"]))
        w.line("Discharge medications:")
        for m in meds:
            w.line("  - %s: %s" % (m[0], m[1]))
        w.line("Outpatient follow-up: " + h["followup"])
        w.line("Time spent on discharge: %d minutes" % rng.choice([25, 35, 40, 45]))
        w.line(sig(x, x.att))
    return finish(x, w.text(), 0.5, src=x.hospital, paginate_prob=0.8)


def g_hp(x):
    rng = x.rng
    x = hctx(x)
    h = x.h
    lay = rng.randrange(6)
    w = W(rng)
    x.d = x.adm
    exam = "\n".join("%s: %s" % (pick(rng, EXAM_LABEL[k]), pick(rng, NORMAL[k])) for k in ["GEN", "HEENT", "NECK", "LUNGS", "CV", "ABD", "MSK", "NEURO"])
    if h["k"] == "appy":
        exam = exam.replace(exam.split("\n")[5], "Abdomen: Tender RLQ with guarding, positive Rovsing sign.")
    if lay in (0, 1):
        w.line(x.hospital)
        w.line(pick(rng, ["HISTORY AND PHYSICAL", "Admission H&P", "Hospitalist Admission Note", "ADMISSION HISTORY & PHYSICAL", "H&P"]))
        w.line(pt_banner(x, rng.choice([0, 2, 3])))
        w.line("Date of admission: %s   Attending: %s" % (fd(x.adm, 0), x.att.full))
        w.line("")
        w.sec(("Chief Complaint", "CC"), h["present"].split(" with ")[0].capitalize())
        w.sec(("History of Present Illness", "HPI"), hpi_hosp(x) + " In the ED: " + h["findings"])
        w.sec(("Past Medical History", "PMH"), pmh_str(x))
        w.sec(("Past Surgical History", "PSH"), ", ".join(x.surg) or "None")
        w.sec(("Medications", "Home Medications"), meds_block(x))
        w.sec(("Allergies",), allergy_str(x))
        w.sec(("Social History",), "%s. %s. Lives %s." % (x.smoke, x.etoh, pick(rng, ["with spouse", "alone", "with family"])))
        w.sec(("Family History",), pick(rng, ["Noncontributory", "Father with CAD in his 60s", "Mother with diabetes and hypertension", "Non-contributory"]))
        w.sec(("Review of Systems", "ROS"), "10-point review of systems negative except as in HPI.")
        w.sec(("Physical Examination", "Physical Exam"), vit_line(x, 0) + "\n" + exam)
        w.sec(("Assessment and Plan", "Assessment/Plan"), "%s %s admitted with %s.\n1. %s - %s\n2. Chronic conditions: continue home medications.\n3. DVT prophylaxis.\n4. Code status: %s" % (
            x.agestr, x.sexw, h["dx"].lower(), h["dx"], (h["proc"] + " planned" if h.get("proc") else "IV antibiotics, supportive care"), pick(rng, ["Full code", "Full", "DNR"])))
        w.line(sig(x, x.att))
    elif lay == 2:  # surgical pre-op H&P short
        w.line(pick(rng, ["PREOPERATIVE HISTORY AND PHYSICAL", "Surgical H&P", "Pre-Procedure H&P / Update"]))
        w.line(pt_banner(x, 4))
        w.line("Planned procedure: %s" % (h["proc"] or "None"))
        w.line("Indication: %s" % h["dx"])
        w.line("PMH: %s  PSH: %s  Meds: %s  Allergies: %s" % (pmh_str(x), ", ".join(x.surg) or "none", ", ".join(med_str(m, 1) for m in x.meds) or "none", allergy_str(x)))
        w.line("ASA class: %s   Airway: Mallampati %s" % (pick(rng, ["I", "II", "III"]), pick(rng, ["I", "II", "III"])))
        w.line("Exam: heart RRR, lungs clear. " + ("Focused: RLQ tenderness." if h["k"] == "appy" else ""))
        w.line("Risks, benefits and alternatives discussed; consent signed.")
        w.line(sig(x, x.surg_p))
    elif lay == 3:  # dictated narrative
        w.style = 0
        w.line("%s   ADMISSION HISTORY AND PHYSICAL" % x.hospital.upper())
        w.line("PATIENT: %s  MR#: %s  ADMITTED: %s" % (pname(x, 0), x.mrn, fd(x.adm, 0)))
        w.line("")
        w.line("HISTORY OF PRESENT ILLNESS: " + hpi_hosp(x) + " " + h["findings"])
        w.line("")
        w.line("PAST MEDICAL HISTORY: %s.  SURGICAL HISTORY: %s.  MEDICATIONS: %s.  ALLERGIES: %s.  SOCIAL: %s." % (pmh_str(x), ", ".join(x.surg) or "None", ", ".join(med_str(m, 1) for m in x.meds) or "None", allergy_str(x).upper(), x.smoke))
        w.line("")
        w.line("PHYSICAL EXAMINATION: " + vit_line(x, 4) + ". " + " ".join(exam.split("\n")))
        w.line("")
        w.line("ASSESSMENT AND PLAN: %s. Admit to %s. %s" % (h["dx"], pick(rng, ["medicine", "surgery", "telemetry"]), h["course"].split(".")[0] + "."))
        w.line("")
        w.line("%s\nD: %s  T: %s" % (x.att.full, fd(x.adm, 1), fd(x.adm, 1)))
    elif lay == 4:  # obs admission brief
        w.line(pick(rng, ["Observation Admission Note", "Brief H&P", "Admit Note"]))
        w.line(pt_banner(x, 1))
        w.line("HPI: " + hpi_hosp(x))
        w.line("Data: " + h["findings"])
        w.line("Exam: " + vit_line(x, 4) + "; " + pick(rng, NORMAL["GEN"]))
        w.line("A/P: " + h["dx"] + " -> " + pick(rng, ["serial troponins, cardiology consult", "surgery consulted, NPO, IV abx", "IV abx, O2 PRN", "pain control, urology consult"]))
        w.line(x.att.short + ", " + x.att.cred)
    else:  # teaching-service H&P with resident
        w.line(x.hospital + "  Internal Medicine Teaching Service")
        w.line("Admission H&P - Resident")
        w.line(pt_banner(x, 0))
        w.sec(("ID/CC",), "%s %s with %s presenting with %s." % (x.agestr, x.sexw, pmh_str(x).lower(), h["present"]))
        w.sec(("HPI",), hpi_hosp(x))
        w.sec(("Meds",), meds_block(x, 1))
        w.sec(("Allergies",), allergy_str(x))
        w.sec(("Exam",), exam)
        w.sec(("Labs/Imaging",), h["findings"])
        w.sec(("Assessment",), h["dx"])
        w.sec(("Plan",), "- " + "\n- ".join(["Admit", "Consult %s" % h["spec"], "Home meds reconciled", "PT/OT eval"]))
        w.line("%s, MD PGY-2 / Attending: %s" % (pick(rng, FIRST_M + FIRST_F) + " " + pick(rng, LAST), x.att.full))
        w.line("Attending addendum: Patient seen and examined; agree with above.")
    return finish(x, w.text(), 0.5, src=x.hospital, paginate_prob=0.8)


CONSULTS = {
    "wristfx": ("Orthopaedic Surgery", "distal radius fracture", "Radiographs reviewed: nondisplaced distal radius fracture, acceptable alignment.", "Nonoperative management in a short arm cast for 4-6 weeks. Repeat radiographs in 1 week and 2 weeks."),
    "ankle": ("Sports Medicine", "ankle sprain", "Anterior drawer mildly lax. Radiographs negative.", "Functional rehabilitation, lace-up brace, PT referral. Return to sport in 3-4 weeks."),
    "strep": ("Otolaryngology", "recurrent tonsillitis", "Tonsils 3+ cryptic. No peritonsillar abscess.", "Meets Paradise criteria; discussed tonsillectomy. Will schedule."),
    "dermatitis": ("Dermatology", "persistent dermatitis", "Eczematous plaques on forearms, lichenified.", "Patch testing scheduled. Clobetasol 0.05% ointment BID x2 weeks."),
    "chestpain": ("Cardiology", "chest pain / NSTEMI", "Troponin elevated, ECG with lateral ST depression.", "Aspirin, ticagrelor, heparin, high-intensity statin. Left heart catheterization in AM."),
    "abdpain": ("General Surgery", "right lower quadrant pain", "CT: acute appendicitis without perforation. WBC 15.1.", "Laparoscopic appendectomy tonight. NPO, IV fluids, ceftriaxone/metronidazole."),
    "backstrain": ("Occupational Medicine", "work-related low back strain", "No radicular findings. Lumbar ROM 70%.", "Continue modified duty, PT 2x/week x 4 weeks. MRI not indicated at this time."),
    "concussion": ("Sports Medicine", "sport-related concussion", "SCAT symptom score 12. Balance errors 4.", "Graduated return-to-learn then return-to-play; recheck 1 week."),
    "eyefb": ("Ophthalmology", "corneal abrasion after foreign body", "Residual rust ring removed with burr. Epithelial defect 1 mm.", "Erythromycin ointment QID; recheck 48 hours."),
}


def g_consult(x):
    rng = x.rng
    k = x.s["k"] if x.s["k"] in CONSULTS else pick(rng, list(CONSULTS.keys()))
    x = make_ctx(rng, UC_BY_KEY[k])
    spec, reason, data, rec = CONSULTS[k]
    SPEC_PROV.setdefault("Ophthalmology", "MD")
    cp = provider(rng, "spec", spec)
    lay = rng.randrange(6)
    w = W(rng)
    practice = pick(rng, ["%s Associates of %s" % (spec, x.cl.city), "%s %s Clinic" % (x.hospital.split()[0], spec), x.hospital + " - " + spec, "%s %s, PLLC" % (pick(rng, LAST), spec)])
    x.d = x.d + datetime.timedelta(days=rng.randint(0, 7))
    if lay == 0:  # formal consult report
        w.line(practice.upper())
        w.line(pick(rng, ["CONSULTATION", "Consultation Report", "CONSULT NOTE", "New Patient Consultation"]))
        w.line(pt_banner(x, 2))
        w.line("Requesting provider: %s, %s" % (x.prov.full, x.cl.name))
        w.line("Consultant: %s, %s" % (cp.full, spec))
        w.line("")
        w.sec(("Reason for Consultation", "Reason for Consult"), reason.capitalize())
        w.sec(("HPI", "History of Present Illness"), hpi_text(x) + " Seen at urgent care on %s." % fd(x.d - datetime.timedelta(days=rng.randint(1, 6)), 0))
        w.sec(("PMH",), pmh_str(x))
        w.sec(("Medications",), meds_block(x, 1))
        w.sec(("Allergies",), allergy_str(x))
        w.sec(("Examination", "Physical Exam"), exam_text(x, 0))
        w.sec(("Data Reviewed", "Imaging/Labs"), data)
        w.sec(("Impression",), dx_list(x)[0][0])
        w.sec(("Recommendations",), rec)
        w.line("Thank you for this consultation." if chance(rng, 0.6) else "")
        w.line(sig(x, cp))
    elif lay == 1:  # letter-style consult
        w.line(practice)
        w.line(pick(rng, [x.cl.addr2, ""]))
        w.line(fd(x.d, 4))
        w.line("")
        w.line("%s\n%s\n%s" % (x.prov.full, x.cl.name, x.cl.addr1))
        w.line("")
        w.line("RE: %s   DOB: %s" % (pname(x, 3), fd(x.dob, 0)))
        w.line("")
        w.line("Dear %s," % (("Dr. " + x.prov.last) if x.prov.cred in ("MD", "DO") else x.prov.first + " " + x.prov.last))
        w.line("")
        w.line("Thank you for asking me to see %s in consultation for %s. %s" % (x.first, reason, sentence_join(rng, x, x.s["hpi"][:3])))
        w.line("")
        w.line("On examination today %s %s" % (exam_text(x, 2), data))
        w.line("")
        w.line("My impression is %s. I have recommended the following: %s" % (dx_list(x)[0][0].lower(), rec))
        w.line("")
        w.line("I will keep you informed of %s progress." % x.his)
        w.line("")
        w.line("Sincerely,\n\n%s\n%s" % (cp.full, spec))
    elif lay == 2:  # inpatient consult (ED)
        w.line(x.hospital)
        w.line("%s Consult Note" % spec)
        w.line(pt_banner(x, 0))
        w.line("Consult requested by: ED (%s)   Date/time: %s %s" % (provider(rng, "spec", "Emergency Medicine").full, fd(x.d, 1), ftime(rng, True)))
        w.sec(("Question",), "Please evaluate for %s." % reason)
        w.sec(("HPI",), hpi_text(x))
        w.sec(("Exam",), exam_text(x, 1))
        w.sec(("Data",), data)
        w.sec(("A/P",), "%s\n%s" % (dx_list(x)[0][0], rec))
        w.line("Discussed with attending %s. Will follow." % cp.full)
    elif lay == 3:  # e-consult
        w.line(pick(rng, ["E-CONSULT RESPONSE", "Electronic Consultation (eConsult)", "Interprofessional Consult"]))
        w.line("Specialty: %s   Responding: %s" % (spec, cp.full))
        w.line("Patient: %s  DOB %s" % (pname(x, 1), fd(x.dob, 1)))
        w.line("Question from %s: %s %s-year-old with %s. %s" % (x.prov.short, "Please advise on management:", x.age, reason, pick(rng, ["Does this need urgent referral?", "Imaging attached.", "What follow-up is appropriate?"])))
        w.line("")
        w.line("Response: Reviewed records and images. %s Recommendation: %s %s" % (data, rec, pick(rng, ["Face-to-face visit not required at this time.", "Please place referral for in-person visit."])))
        w.line("Time spent: %d minutes, >50%% record review." % rng.randint(5, 30))
    elif lay == 4:  # IME / occ med consult
        w.line(practice)
        w.line(pick(rng, ["INDEPENDENT MEDICAL EXAMINATION", "Occupational Medicine Consultation", "Specialist Report - Workers' Compensation"]))
        w.line("Claimant: %s   Employer: %s   Claim #: WC%d" % (pname(x, 3), x.employer, rng.randint(100000, 999999)))
        w.line("Date of evaluation: %s" % fd(x.d, 0))
        w.line("Records reviewed: %s urgent care notes (%d pages), imaging." % (x.cl.name, rng.randint(4, 30)))
        w.line("History: " + hpi_text(x))
        w.line("Examination: " + exam_text(x, 2))
        w.line("Diagnosis: " + dx_list(x)[0][0])
        w.line("Causation: Within a reasonable degree of medical probability the condition %s work related." % pick(rng, ["is", "is", "is not"]))
        w.line("Work capacity: " + pick(rng, ["Modified duty", "Full duty", "Temporarily totally disabled"]))
        w.line("Recommendations: " + rec)
        w.line(cp.full + "   " + "Board Certified, " + spec)
    else:  # short templated consult
        w.line(practice + " | New consult")
        w.line(pt_banner(x, 4))
        w.line("Ref: %s (%s)" % (x.prov.short, x.cl.name))
        w.line("CC: " + reason)
        w.line("Hx: " + hpi_text(x, 3))
        w.line("PE: " + exam_text(x, 2))
        w.line("Studies: " + data)
        w.line("Imp/Rec: " + dx_list(x)[0][0] + ". " + rec)
        w.line("F/u %s" % pick(rng, ["1 wk", "2 wks", "PRN", "6 wks"]))
        w.line(cp.short + " " + cp.cred)
    return finish(x, w.text(), 0.45, src=practice, paginate_prob=0.6)


def g_op(x):
    rng = x.rng
    x = hctx(x)
    while not x.h.get("tech"):
        x = hctx(x)
    h = x.h
    if h["k"] == "nstemi":
        x = hctx(x)
        h = x.h
        if not h.get("tech") or h["k"] == "nstemi":
            x.h = h = HOSP_BY_KEY[pick(rng, ["appy", "chole", "orif", "stone"])]
            x.age = rng.randint(*h["age"])
    sp = provider(rng, "spec", h["spec"])
    asst = pick(rng, ["None", "%s %s, PA-C" % (pick(rng, FIRST_F), pick(rng, LAST)), "Dr. %s (resident)" % pick(rng, LAST)])
    anes = "%s, %s" % (provider(rng, "spec", "Anesthesiology").full, h["anes"])
    ebl = rng.choice([5, 10, 20, 25, 50, 75])
    lay = rng.randrange(6)
    w = W(rng)
    pre = h["dx"]
    post = "Same" if chance(rng, 0.5) else h["dx"]
    if lay in (0, 1):
        w.line(x.hospital.upper())
        w.line(pick(rng, ["OPERATIVE REPORT", "Operative Note", "OPERATION REPORT", "Surgical Procedure Report", "OP NOTE"]))
        w.line(pt_banner(x, rng.choice([0, 3])))
        w.line("Date of surgery: %s" % fd(x.d, 0))
        w.line("")
        w.sec(("Preoperative Diagnosis", "Pre-op Diagnosis"), pre)
        w.sec(("Postoperative Diagnosis", "Post-op Diagnosis"), post)
        w.sec(("Procedure", "Procedure Performed", "Operation"), h["proc"])
        w.sec(("Surgeon",), sp.full)
        w.sec(("Assistant",), asst)
        w.sec(("Anesthesia",), h["anes"])
        w.sec(("Estimated Blood Loss", "EBL"), "%d mL" % ebl)
        w.sec(("Specimens", "Specimen"), h["specimen"] or "None")
        w.sec(("Drains",), pick(rng, ["None", "None"]))
        w.sec(("Complications",), pick(rng, ["None", "None apparent", "No immediate complications"]))
        w.sec(("Indications", "Indications for Procedure"), "%s %s %s. Risks, benefits and alternatives were discussed and informed consent was obtained." % (x.agestr, x.sexw, "with " + h["findings"].split(".")[0].lower() if lay == 0 else "presenting with " + h["present"]))
        w.sec(("Findings",), h["op_find"])
        w.sec(("Description of Procedure", "Procedure in Detail", "Technique"), (" " if lay == 0 else "\n").join(h["tech"]) + " All counts were correct. The patient tolerated the procedure well and was taken to PACU in stable condition.")
        w.line("")
        w.line(sig(x, sp, st=rng.choice([0, 1, 5])))
    elif lay == 2:  # brief op note
        w.line(pick(rng, ["Brief Op Note", "Immediate Post-Operative Note", "BRIEF OPERATIVE NOTE"]))
        w.line(pt_banner(x, 4))
        for a, b in [("Pre-op dx", pre), ("Post-op dx", post), ("Procedure", h["proc"]), ("Surgeon", sp.short), ("Anesthesia", h["anes"]), ("EBL", "%d mL" % ebl),
                     ("Findings", h["op_find"]), ("Specimen", h["specimen"] or "none"), ("Complications", "none"), ("Disposition", "PACU, stable")]:
            w.line("%s: %s" % (a, b))
        w.line(sp.short + " " + ftime(rng, True))
    elif lay == 3:  # dictated run-on
        w.style = 0
        w.line("%s  OPERATIVE REPORT  DOS %s" % (x.hospital, fd(x.d, 1)))
        w.line("PATIENT: %s  MRN %s" % (pname(x, 0), x.mrn))
        w.line("SURGEON: %s   ASSISTANT: %s   ANESTHESIA: %s" % (sp.full, asst, anes))
        w.line("PROCEDURE: %s." % h["proc"].upper())
        w.line("")
        w.line("INDICATIONS: " + hpi_hosp(x))
        w.line("")
        w.line("DESCRIPTION: " + " ".join(h["tech"]) + " Sponge, needle and instrument counts were correct x2.")
        w.line("")
        w.line("FINDINGS: " + h["op_find"])
        w.line("EBL %d mL. No complications." % ebl)
        w.line("")
        w.line("%s  D:%s T:%s  Job %d" % (sp.full, fd(x.d, 1), fd(x.d + datetime.timedelta(days=1), 1), rng.randint(10000, 99999)))
    elif lay == 4:  # numbered steps template
        w.line(x.hospital + " - Perioperative Services")
        w.line("Procedure Documentation")
        w.line(pt_banner(x, 2))
        w.line("Procedure: %s   Laterality: %s   Wound class: %s" % (h["proc"], pick(rng, ["Right", "Left", "N/A"]), pick(rng, ["II - clean contaminated", "I - clean", "III"])))
        w.line("Timeout performed at %s with all team members." % ftime(rng, True))
        w.line("Steps:")
        for i, t in enumerate(h["tech"]):
            w.line("  %d. %s" % (i + 1, t))
        w.line("Implants: %s" % ("Volar locking plate, 7 screws (see implant log)" if h["k"] == "orif" else ("Ureteral stent 6 Fr x 26 cm" if h["k"] == "stone" else "None")))
        w.line("Findings: " + h["op_find"])
        w.line("EBL: %d mL   Fluids: %d mL LR   UOP: %s" % (ebl, rng.randint(500, 1500), pick(rng, ["not measured", "%d mL" % rng.randint(100, 400)])))
        w.line(sig(x, sp))
    else:  # procedure letter back to referring clinic
        w.line(pick(rng, [x.hospital, "%s Surgical Associates" % x.city]))
        w.line("Operative summary for referring provider")
        w.line("To: %s, %s   Fax %s" % (x.prov.full, x.cl.name, x.cl.fax))
        w.line("Patient: %s  DOB %s" % (pname(x, 3), fd(x.dob, 0)))
        w.line("On %s the patient underwent %s under %s anesthesia. Findings: %s There were no complications. %s" % (fd(x.d, 4), h["proc"].lower(), h["anes"].lower(), h["op_find"], h["followup"] + "."))
        w.line(sp.full)
    return finish(x, w.text(), 0.45, src=x.hospital, paginate_prob=0.7)


PROCS = [
    ("Laceration repair, simple", "lac", ["Area anesthetized with {anes}.", "Wound irrigated with {irr} mL normal saline under pressure.", "Explored in a bloodless field: no foreign body, no tendon involvement.",
                                         "Closed with {n} simple interrupted {sut} sutures.", "Bacitracin and nonadherent dressing applied."]),
    ("Incision and drainage of abscess", "abscess", ["Area prepped with chlorhexidine.", "Local anesthesia with {anes}.", "#11 blade used to make a 1.5 cm incision.", "Moderate amount of purulent material expressed; culture obtained.",
                                                      "Loculations broken with hemostat.", "Packed with 1/4 inch iodoform gauze.", "Dressing applied."]),
    ("Splint application", "wristfx", ["Extremity inspected; skin intact.", "Stockinette and cast padding applied.", "Sugar-tong splint fashioned from 10-layer fiberglass/plaster and molded.", "Post-splint neurovascular check intact; cap refill < 2 sec."]),
    ("Corneal foreign body removal", "eyefb", ["Tetracaine 0.5% 2 drops instilled.", "Under slit lamp/magnification the foreign body was removed with a moistened cotton-tipped applicator.", "Fluorescein repeated: small abrasion, no residual FB.", "Erythromycin ointment applied."]),
    ("Cerumen removal / ear irrigation", "uri", ["Bilateral cerumen impaction noted.", "Debrox instilled 10 minutes.", "Ears irrigated with warm water using Elephant Ear system.", "TMs visualized intact afterward."]),
    ("Nail trephination / digital block", "lac", ["Digital block performed with {anes}.", "Subungual hematoma trephinated with electrocautery.", "Dark blood expressed, pain relief immediate.", "Dressing applied."]),
    ("Knee joint aspiration and injection", "ankle", ["Risks explained, consent signed.", "Lateral suprapatellar approach; skin prepped with chlorhexidine.", "Aspirated {asp} mL of straw-colored fluid.", "Injected 40 mg triamcinolone with 4 mL 1% lidocaine.", "Band-aid applied."]),
]
BIGPROC = [
    ("Esophagogastroduodenoscopy (EGD) with biopsy", "Gastroenterology", "Moderate sedation (midazolam/fentanyl) / MAC with propofol", "Epigastric pain, heartburn", ["The scope was passed under direct vision to the second portion of the duodenum.", "Esophagus: normal Z-line at 38 cm.", "Stomach: patchy erythema in the antrum; biopsies taken for H. pylori.", "Duodenum: normal."], "Mild antral gastritis, biopsied."),
    ("Colonoscopy with polypectomy", "Gastroenterology", "MAC", "Screening / hematochezia", ["Digital rectal exam normal. Colonoscope advanced to the cecum, identified by appendiceal orifice and ileocecal valve.", "Boston bowel prep score 8.", "A 6 mm sessile polyp in the sigmoid colon removed by cold snare.", "Small internal hemorrhoids on retroflexion."], "One 6 mm polyp removed; internal hemorrhoids."),
    ("Lumbar puncture", "Emergency Medicine", "Local 1% lidocaine", "Headache, fever, rule out meningitis", ["Patient in left lateral decubitus position. L3-L4 interspace identified and prepped.", "20G spinal needle inserted on first attempt.", "Opening pressure 16 cm H2O.", "Clear CSF collected in 4 tubes, sent for cell count, glucose, protein, Gram stain and culture."], "Clear CSF, normal opening pressure."),
    ("Left heart catheterization with coronary angiography", "Cardiology", "Moderate sedation", "NSTEMI", ["Right radial access, 6 Fr sheath.", "Selective left and right coronary angiography in multiple views.", "Mid LAD 95% stenosis; RCA and LCx with mild luminal irregularities.", "PCI with 3.0 x 18 mm DES to mid LAD, TIMI 3 flow."], "Single-vessel CAD treated with DES."),
    ("Nerve conduction study / EMG, right upper extremity", "Physical Medicine & Rehabilitation", "None", "Hand numbness after work injury", ["Median sensory distal latency prolonged at 4.2 ms.", "Median motor distal latency 4.8 ms.", "Ulnar studies normal.", "Needle EMG of APB: no denervation."], "Mild-moderate right carpal tunnel syndrome without denervation."),
    ("Ultrasound-guided peripheral IV / central line placement", "Emergency Medicine", "Local", "Poor IV access", ["Right internal jugular vein identified with ultrasound.", "Seldinger technique, triple-lumen catheter placed.", "Blood return from all ports; flushed.", "CXR confirms tip at cavoatrial junction, no pneumothorax."], "Successful right IJ CVC."),
]


def g_proc(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    if lay < 4:
        name, k, steps = pick(rng, PROCS)
        x = make_ctx(rng, UC_BY_KEY[k])
        fl = {"anes": pick(rng, ["1%% lidocaine without epinephrine, %d mL" % rng.randint(2, 6), "2% lidocaine with epinephrine, 3 mL", "1% lidocaine, 5 mL, local infiltration"]),
              "irr": str(rng.choice([100, 200, 250, 500])), "n": str(rng.randint(3, 9)), "sut": pick(rng, ["4-0 nylon", "5-0 Prolene", "4-0 Ethilon", "5-0 fast-absorbing gut"]), "asp": str(rng.randint(10, 45))}
        steps = [s2.replace("{anes}", fl["anes"]).replace("{irr}", fl["irr"]).replace("{n}", fl["n"]).replace("{sut}", fl["sut"]).replace("{asp}", fl["asp"]) for s2 in steps]
        ind = dx_list(x)[0][0]
        if lay == 0:
            w.line(x.cl.name)
            w.line(pick(rng, ["Procedure Note", "PROCEDURE", "Minor Procedure Documentation", ""]))
            w.line(pt_banner(x))
            w.sec(("Procedure",), name)
            w.sec(("Indication",), ind)
            w.sec(("Consent",), pick(rng, ["Verbal and written consent obtained after discussing risks including infection, bleeding, scarring, and need for further procedures.", "Written consent signed; on file.", "Consent obtained from %s." % (x.guardian[1] if x.guardian else "patient")]))
            w.sec(("Time-out",), "Performed, correct patient/site confirmed.")
            w.sec(("Description", "Procedure Details", "Details"), "\n".join(steps) if chance(rng, 0.5) else " ".join(steps))
            w.sec(("Estimated blood loss", "EBL"), "Minimal")
            w.sec(("Complications",), "None")
            w.sec(("Post-procedure",), "Patient tolerated well. Aftercare instructions given.")
            w.line(sig(x))
        elif lay == 1:
            w.line("%s   %s   %s" % (pname(x, 2), fd(x.d, 1), x.cl.name))
            w.line("PROCEDURE: %s. Indication: %s. %s Pt tolerated without complication. -%s" % (name, ind, " ".join(steps), x.prov.short))
        elif lay == 2:  # checkbox form
            w.line(pick(rng, ["LACERATION / MINOR PROCEDURE RECORD", "Procedure Record", "Form UC-21 Minor Procedures"]))
            w.line("Patient %s   DOB %s   Date %s" % (pname(x, 3), fd(x.dob, 1), fd(x.d, 1)))
            w.line("Procedure: %s" % name)
            w.line("Location: %s %s" % (x.fill["side"], x.fill["site"] if k == "lac" else x.fill["asite"]))
            w.line("Length: %s cm   Complexity: [X] simple [ ] intermediate [ ] complex" % x.fill["Length"])
            w.line("Anesthesia: %s" % fl["anes"])
            w.line("Prep: [X] chlorhexidine [ ] betadine   Irrigation: %s mL NS" % fl["irr"])
            w.line("Closure: %s x %s   [ ] Dermabond  [ ] Steri-strips" % (fl["sut"], fl["n"]))
            w.line("Tetanus: %s" % pick(rng, ["Up to date", "Tdap given today", "Declined"]))
            w.line("Performed by: %s   Assisted: %s" % (x.prov.full, x.nurse.short))
        else:
            w.line(pick(rng, ["Procedure note", "Procedures"]) + " - " + fd(x.d, 0))
            w.line(pt_banner(x, 4))
            w.line("Procedure performed by %s with %s assisting. Pre-procedure diagnosis: %s. Post-procedure diagnosis: same." % (x.prov.full, x.nurse.short, ind))
            for i, s2 in enumerate(steps):
                w.line("%d) %s" % (i + 1, s2))
            w.line("Patient tolerated procedure well. Follow up in %s." % x.fill["sutdays"] + " days")
    else:
        name, spec, anes, ind, steps, imp = pick(rng, BIGPROC)
        x = make_ctx(rng, age=(35, 80))
        dr = provider(rng, "spec", spec)
        site = pick(rng, [x.hospital + " Endoscopy Center", x.hospital, "%s Ambulatory Surgery Center" % x.city])
        if lay == 4:
            w.line(site.upper())
            w.line(pick(rng, ["PROCEDURE REPORT", "Procedure Note", "Endoscopy Report" if "scopy" in name else "Procedure Report"]))
            w.line(pt_banner(x, 0))
            w.sec(("Procedure",), name)
            w.sec(("Date",), fd(x.d, 0))
            w.sec(("Physician", "Endoscopist", "Operator"), dr.full)
            w.sec(("Indication",), ind)
            w.sec(("Sedation/Anesthesia", "Sedation"), anes)
            w.sec(("Description", "Findings"), "\n".join(steps))
            w.sec(("Impression",), imp)
            w.sec(("Recommendations",), pick(rng, ["Await pathology. Resume diet. Follow up in clinic.", "Repeat in 5-7 years pending pathology.", "Results to PCP.", "Continue dual antiplatelet therapy for 12 months."]))
            w.line(sig(x, dr))
        elif lay == 5:
            w.line("%s - %s" % (site, name))
            w.line("%s  DOB %s  MRN %s" % (pname(x, 0), fd(x.dob, 0), x.mrn))
            w.line("Indication: %s. Consent obtained. Timeout performed. %s: %s Impression: %s EBL minimal. No complications." % (ind, anes, " ".join(steps), imp))
            w.line(dr.full + "  " + fd(x.d, 1))
        else:
            w.line(pick(rng, ["PROCEDURE NOTE (BEDSIDE)", "Bedside Procedure", "ED Procedure Note"]))
            w.line(pt_banner(x, 1))
            w.line("Operator: %s   Supervisor: %s" % (dr.full, pick(rng, ["N/A", provider(rng, "spec", spec).full])))
            w.line("Procedure: %s" % name)
            w.line("Indication: %s" % ind)
            w.line("Universal protocol: consent [X] time-out [X] site marked [X]")
            w.line("Technique:")
            for s2 in steps:
                w.line("  - " + s2)
            w.line("Result: %s" % imp)
            w.line("Complications: none.  Patient tolerated well.")
    return finish(x, w.text(), 0.3, paginate_prob=0.4)


def g_path(x):
    rng = x.rng
    lay = rng.randrange(6)
    w = W(rng)
    opts = [h for h in HOSP if h.get("path_dx")] + ["skin", "polyp", "lipoma", "gastric"]
    o = pick(rng, opts)
    if isinstance(o, dict):
        x = hctx(x)
        x.h = o
        spec_name, gross, dxs, clin = o["specimen"], o["path_gross"], o["path_dx"], o["dx"]
    else:
        x = make_ctx(rng, age=(30, 80))
        if o == "skin":
            spec_name, clin = "Skin, %s %s, shave biopsy" % (x.fill["side"], pick(rng, ["forearm", "upper back", "cheek", "shin"])), pick(rng, ["r/o BCC", "changing mole", "r/o SCC"])
            gross = "Received in formalin is a tan-white shave of skin measuring 0.6 x 0.5 x 0.1 cm. Inked, bisected and entirely submitted in A1."
            dxs = pick(rng, ["Basal cell carcinoma, nodular type, extending to the deep margin.", "Seborrheic keratosis, irritated. Margins clear.", "Compound melanocytic nevus with mild architectural atypia; peripheral margin involved.", "Squamous cell carcinoma in situ (Bowen disease), margins negative."])
        elif o == "polyp":
            spec_name, clin = "Colon, sigmoid, polypectomy", "Screening colonoscopy, polyp"
            gross = "Received in formalin is a single tan polypoid fragment 0.6 x 0.4 x 0.3 cm. Entirely submitted in A1."
            dxs = pick(rng, ["Tubular adenoma. Negative for high-grade dysplasia.", "Hyperplastic polyp.", "Sessile serrated lesion without dysplasia."])
        elif o == "lipoma":
            spec_name, clin = "Soft tissue, %s back, excision" % x.fill["side"], "subcutaneous mass"
            gross = "Received is a yellow lobulated fatty mass 3.4 x 2.8 x 1.5 cm with thin capsule. Representative sections A1-A2."
            dxs = "Lipoma."
        else:
            spec_name, clin = "Stomach, antrum, biopsies", "Epigastric pain, gastritis"
            gross = "Received in formalin are three tan soft tissue fragments, 0.2-0.3 cm. Entirely submitted in A1."
            dxs = pick(rng, ["Chronic active gastritis with Helicobacter pylori organisms identified on immunostain.", "Mild chronic gastritis. H. pylori immunostain negative. No intestinal metaplasia."])
    pa = provider(rng, "spec", "Pathology")
    lab = pick(rng, ["%s Department of Pathology" % x.hospital, "Consolidated Pathology Consultants", "Valley Dermatopathology Laboratory", "Apex Anatomic Pathology"])
    acc = "%s%02d-%05d" % (pick(rng, ["S", "SP", "D", "GS"]), x.d.year % 100, rng.randint(1, 40000))
    submit = pick(rng, [x.prov.full, provider(rng, "spec", "General Surgery").full, provider(rng, "spec", "Dermatology").full])
    if lay in (0, 1, 2):
        w.line(lab.upper())
        w.line(pick(rng, ["SURGICAL PATHOLOGY REPORT", "Surgical Pathology", "PATHOLOGY REPORT", "Anatomic Pathology Report"]))
        w.line("Accession #: %s" % acc)
        w.line(pt_banner(x, 3))
        w.line("Collected: %s   Received: %s   Reported: %s" % (fd(x.d, 0), fd(x.d, 0), fd(x.d + datetime.timedelta(days=rng.randint(1, 5)), 0)))
        w.line("Submitting physician: %s" % submit)
        w.line("")
        if lay == 0:
            w.sec(("Final Diagnosis", "Diagnosis"), "%s:\n  %s" % (spec_name, dxs))
            w.line(sig(x, pa, st=0))
            w.sec(("Clinical History", "Clinical Information"), clin)
            w.sec(("Gross Description",), gross)
            w.sec(("Microscopic Description",), pick(rng, ["Microscopic examination performed; findings support the above diagnosis.", "Sections show the features described in the diagnosis.", "See diagnosis."]))
        elif lay == 1:
            w.sec(("Specimen",), spec_name)
            w.sec(("Clinical Data", "Pre-op Diagnosis"), clin)
            w.sec(("Gross",), gross)
            w.sec(("Diagnosis",), dxs)
            w.sec(("Comment",), pick(rng, ["Clinical correlation recommended.", "Reviewed in intradepartmental consultation.", "None."]))
            w.line("Pathologist: %s" % pa.full)
        else:
            w.line("A. %s" % spec_name.upper())
            w.line("   - " + dxs.upper())
            w.line("")
            w.line("GROSS: " + gross)
            w.line("Dictated by %s; grossed by %s, PA(ASCP)" % (pa.short, pick(rng, LAST)))
            w.line("Electronically signed out %s" % fd(x.d + datetime.timedelta(days=2), 0))
    elif lay == 3:  # brief faxed result
        w.line(pick(rng, ["Pathology result", "PATH RESULT - FAXED", "Biopsy result"]) + "  " + lab)
        w.line("Pt %s  DOB %s  Acc %s" % (pname(x, 0), fd(x.dob, 1), acc))
        w.line("Specimen: %s" % spec_name)
        w.line("DX: %s" % dxs)
        w.line(pa.full)
    elif lay == 4:  # stone analysis / cytology
        w.line(lab)
        w.line(pick(rng, ["CYTOPATHOLOGY / SURGICAL PATHOLOGY", "Consultation Report", "Anatomic Pathology - Addendum"]))
        w.line(pt_banner(x, 0))
        w.line("Case: %s" % acc)
        w.line("SOURCE: %s" % spec_name)
        w.line("INTERPRETATION: %s" % dxs)
        w.line("ADDENDUM (%s): %s" % (fd(x.d + datetime.timedelta(days=4), 1), pick(rng, ["Additional levels examined; diagnosis unchanged.", "Immunohistochemistry performed with appropriate controls.", "Results communicated to submitting provider."])))
        w.line(pa.full + ", Pathologist")
    else:  # synoptic-ish
        w.line("%s | Report %s" % (lab, acc))
        w.line("Patient: %s  Sex: %s  Age: %d" % (pname(x, 1), x.sex, x.age))
        w.line("Procedure: %s" % spec_name)
        w.line("Clinical: %s" % clin)
        w.line("Final Dx >> %s" % dxs)
        w.line("Gross >> %s" % gross)
        w.line("CPT: 88305   ICD: see diagnosis")
        w.line("Signed: %s" % pa.full)
    return finish(x, w.text(), 0.4, src=lab, paginate_prob=0.4)


def g_anes(x):
    rng = x.rng
    x = hctx(x)
    while not x.h.get("proc") or x.h["k"] == "nstemi":
        x = hctx(x)
    h = x.h
    an = provider(rng, "spec", "Anesthesiology")
    crna = "%s %s, CRNA" % (pick(rng, FIRST_F + FIRST_M), pick(rng, LAST))
    asa = pick(rng, ["1", "2", "2", "3", "2E", "1E"])
    lay = rng.randrange(6)
    w = W(rng)
    drugs = ["Propofol %d mg IV" % rng.choice([120, 150, 180, 200]), "Fentanyl %d mcg IV" % rng.choice([50, 100, 150]), "Rocuronium %d mg IV" % rng.choice([40, 50]) if "endotracheal" in h["anes"] else "Lidocaine 60 mg IV",
             "Ondansetron 4 mg IV", "Dexamethasone 4 mg IV", "Cefazolin 2 g IV"]
    if lay == 0:  # intraop record with vitals grid
        w.line(x.hospital + "   ANESTHESIA RECORD")
        w.line(pt_banner(x, 0))
        w.line("Procedure: %s   Surgeon: %s" % (h["proc"], x.surg_p.full))
        w.line("ASA %s   Wt %d kg   Allergies: %s   NPO since %s" % (asa, int(x.v["Wt"] / 2.2), allergy_str(x), pick(rng, ["midnight", "22:00", "06:00 (clears)"])))
        w.line("Anesthesia type: %s" % h["anes"])
        w.line("Airway: %s" % pick(rng, ["ETT 7.0 cuffed, grade I view, MAC 3, atraumatic", "LMA #4, easy placement", "ETT 7.5, VL Glidescope, grade I"]))
        w.line("")
        w.line("TIME   HR   BP        SpO2  EtCO2")
        t = rng.randint(7, 15) * 60 + rng.randint(0, 59)
        for i in range(rng.randint(5, 10)):
            tt = t + i * 15
            w.line("%02d:%02d  %-4d %-9s %-5d %d" % (tt // 60 % 24, tt % 60, rng.randint(60, 95), "%d/%d" % (rng.randint(95, 140), rng.randint(50, 85)), rng.randint(97, 100), rng.randint(32, 40)))
        w.line("")
        w.line("Medications: " + "; ".join(drugs))
        w.line("Fluids: LR %d mL   EBL %d mL   UOP %s" % (rng.randint(500, 1500), rng.randint(5, 75), pick(rng, ["n/a", "150 mL"])))
        w.line("Anesthesia start %s  Incision %s  End %s" % (ftime(rng, True), ftime(rng, True), ftime(rng, True)))
        w.line("To PACU, stable, report to RN.   %s / %s" % (an.full, crna))
    elif lay == 1:  # pre-anesthesia evaluation
        w.line(pick(rng, ["PRE-ANESTHESIA EVALUATION", "Anesthesia Preoperative Assessment", "Pre-Anesthetic Evaluation"]))
        w.line(pt_banner(x, 2))
        w.sec(("Planned procedure",), h["proc"])
        w.sec(("PMH",), pmh_str(x))
        w.sec(("Prior anesthesia",), pick(rng, ["No complications", "PONV with prior surgery", "None", "Family hx: none of MH"]))
        w.sec(("Meds",), meds_block(x, 1))
        w.sec(("Allergies",), allergy_str(x))
        w.sec(("Airway",), "Mallampati %s, TMD > 3 FB, full neck ROM, dentition %s" % (pick(rng, ["I", "II", "III"]), pick(rng, ["intact", "poor", "upper partial"])))
        w.sec(("ASA",), asa)
        w.sec(("Plan",), h["anes"] + ". Risks including sore throat, dental injury, nausea, awareness, and rare serious complications discussed; patient agrees.")
        w.line(sig(x, an))
    elif lay == 2:  # post-anesthesia note
        w.line("Post-Anesthesia Note")
        w.line(pt_banner(x, 4))
        w.line("Patient evaluated in PACU at %s. Vital signs stable. Airway patent, SpO2 %d%% on %s. Pain %d/10, controlled. Nausea: %s. Mental status at baseline. No apparent anesthetic complications. Aldrete score %d." % (
            ftime(rng, True), rng.randint(95, 100), pick(rng, ["RA", "2L NC"]), rng.randint(0, 5), pick(rng, ["none", "mild, treated"]), rng.choice([9, 10])))
        w.line(an.full)
    elif lay == 3:  # procedural sedation record (ED)
        x.h = None
        w.line(x.hospital + " Emergency Department")
        w.line(pick(rng, ["PROCEDURAL SEDATION RECORD", "Moderate/Deep Sedation Flowsheet", "Sedation Record"]))
        w.line(pt_banner(x, 0))
        w.line("Procedure: %s" % pick(rng, ["Closed reduction distal radius fracture", "Shoulder dislocation reduction", "I&D of large abscess"]))
        w.line("Pre-sedation: ASA %s, Mallampati %s, NPO %s hrs, consent signed" % (pick(rng, ["1", "2"]), pick(rng, ["I", "II"]), rng.randint(2, 8)))
        w.line("Agent(s): %s" % pick(rng, ["Ketamine 1 mg/kg IV", "Propofol 1 mg/kg IV then 0.5 mg/kg x2", "Etomidate 0.15 mg/kg IV"]))
        for i in range(4):
            w.line("  +%d min  HR %d  BP %d/%d  SpO2 %d  RASS %d" % (i * 5, rng.randint(60, 110), rng.randint(100, 140), rng.randint(55, 85), rng.randint(94, 100), -rng.randint(0, 4)))
        w.line("Adverse events: %s" % pick(rng, ["none", "brief desaturation to 91%, jaw thrust", "none"]))
        w.line("Recovered to baseline at %s. Sedating physician: %s" % (ftime(rng, True), provider(rng, "spec", "Emergency Medicine").full))
    elif lay == 4:  # regional block record
        w.line(pick(rng, ["REGIONAL ANESTHESIA PROCEDURE NOTE", "Peripheral Nerve Block Record"]))
        w.line(pt_banner(x, 1))
        w.line("Block: %s   Side: %s   Indication: postoperative analgesia for %s" % (pick(rng, ["Supraclavicular brachial plexus", "Interscalene", "TAP block bilateral", "Adductor canal"]), pick(rng, ["Right", "Left", "Bilateral"]), h["proc"].lower()))
        w.line("Ultrasound guided, in-plane. Needle 22G 50 mm echogenic. Local: %s. Negative aspiration every 5 mL. No paresthesia, no intravascular injection." % pick(rng, ["ropivacaine 0.5% 20 mL", "bupivacaine 0.25% 30 mL"]))
        w.line("Sedation: midazolam 2 mg IV. Monitors: ASA standard.")
        w.line("Performed by %s. Time-out performed %s." % (an.full, ftime(rng, True)))
    else:  # MAC/summary chart abstraction
        w.line("Anesthesia Summary")
        w.line("%s | %s | %s" % (pname(x, 3), fd(x.d, 1), x.hospital))
        w.line("Type: %s   ASA: %s   Duration: %d min" % (h["anes"], asa, rng.randint(35, 140)))
        w.line("Induction: IV smooth. Maintenance: %s. Emergence: uneventful." % pick(rng, ["sevoflurane/O2/air", "desflurane", "propofol infusion"]))
        w.line("Total: " + ", ".join(drugs[:4]))
        w.line("Complications: none. Disposition: PACU.")
        w.line(crna + "   supervised by " + an.full)
    return finish(x, w.text(), 0.4, src=x.hospital, paginate_prob=0.4)


def g_corr(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    dx = dx_list(x)[0][0]
    pcp = "Dr. %s %s" % (pick(rng, FIRST_F + FIRST_M), pick(rng, LAST))
    if lay == 0:  # visit notification to PCP
        w.line(clinic_header(x, 0))
        w.line("")
        w.line(fd(x.d, 4))
        w.line("")
        w.line("%s\n%s Family Medicine\n%s" % (pcp, pick(rng, [x.cl.city, "Riverside", "Parkview"]), pick(rng, ["Fax " + phone(rng), ""])))
        w.line("")
        w.line("RE: %s   DOB %s" % (pname(x, 3), fd(x.dob, 0)))
        w.line("")
        w.line(pick(rng, ["Dear Colleague,", "Dear %s," % pcp, "To the primary care provider:"]))
        w.line("")
        w.line("Your patient was seen in our clinic on %s for %s. %s was diagnosed with %s and treated with %s. %s" % (
            fd(x.d, 0), fill(x.s["cc"][0], x).lower(), x.he.capitalize(), dx.lower(), (", ".join(r[0] for r in rx_list(x)) or "supportive care"), pick(rng, ["We have asked the patient to follow up with you in 1 week.", "Please follow up as clinically indicated.", "A copy of the visit note is enclosed."])))
        w.line("")
        w.line("Sincerely,")
        w.line(x.prov.full)
    elif lay == 1:  # result letter to patient
        w.line(x.cl.name)
        w.line(x.cl.addr1 + ", " + x.cl.addr2)
        w.line("")
        w.line(fd(x.d + datetime.timedelta(days=rng.randint(3, 10)), 4))
        w.line("")
        w.line("%s\n%s\n%s, %s %s" % (pname(x, 3), x.addr, x.city, x.state, x.zip))
        w.line("")
        w.line("Dear %s %s," % (x.Mr or x.first, x.last if x.Mr else ""))
        w.line("")
        w.line("We attempted to reach you by phone regarding %s from your visit on %s. %s Please call us at %s if you have any questions." % (
            pick(rng, ["the results of your culture", "your X-ray overread", "your laboratory results"]), fd(x.d, 0),
            pick(rng, ["The results were normal and no further action is needed.", "The radiologist's final reading differed from the preliminary reading; please follow up with orthopaedics as soon as possible.",
                       "The results show that the antibiotic you were prescribed may not be effective. Please call so we can send a new prescription."]), x.cl.phone))
        w.line("")
        w.line("Sincerely,\n%s\nfor %s" % (x.nurse.full, x.prov.full))
    elif lay == 2:  # letter back from specialist (thank you / follow-up)
        spec = pick(rng, ["Orthopaedic Surgery", "Otolaryngology", "Dermatology", "Cardiology"])
        sp = provider(rng, "spec", spec)
        w.line("%s %s" % (pick(rng, LAST), spec))
        w.line(fd(x.d, 4))
        w.line("")
        w.line("%s\n%s" % (x.prov.full, x.cl.name))
        w.line("")
        w.line("Re: %s (DOB %s)" % (pname(x, 3), fd(x.dob, 1)))
        w.line("")
        w.line("Dear %s," % x.prov.first)
        w.line("")
        w.line("I had the pleasure of seeing %s in follow-up today. %s I appreciate your kind referral and will continue to follow along." % (x.first,
               pick(rng, ["Things are progressing as expected.", "Healing is complete and %s has been released to full activity." % x.he, "We have decided on a nonoperative course."])))
        w.line("")
        w.line("Best regards,\n%s" % sp.full)
    elif lay == 3:  # portal message
        w.line(pick(rng, ["Patient Portal Message", "MyBrightwater Message", "Secure Message"]))
        w.line("From: %s   To: %s   Sent: %s %s" % (pname(x, 3), x.cl.name + " Care Team", fd(x.d + datetime.timedelta(days=2), 1), ftime(rng)))
        w.line("Subject: %s" % pick(rng, ["question about my medicine", "still sick", "work note", "rash from antibiotic?"]))
        w.line("%s" % pick(rng, ["Hi, I was seen on %s and I am still not feeling better. Should I come back in?" % fd(x.d, 1), "Can I get a note for my employer saying I was seen?", "I am getting a rash since starting the medicine, is this normal?"]))
        w.line("")
        w.line("Reply from %s (%s):" % (x.prov.full, fd(x.d + datetime.timedelta(days=3), 1)))
        w.line(pick(rng, ["Please stop the medication and come in to be seen today or go to the ER if you have any lip or tongue swelling.", "Yes, a note has been attached to this message.", "If symptoms persist past 10 days please return for re-evaluation."]))
    elif lay == 4:  # letter re missed follow-up / discharge from practice
        w.line(clinic_header(x, 1))
        w.line(fd(x.d, 4))
        w.line("")
        w.line("%s\n%s, %s, %s %s" % (pname(x, 3), x.addr, x.city, x.state, x.zip))
        w.line("")
        w.line(pick(rng, ["Important information about your recent visit", "Re: Follow-up needed", "Notice"]))
        w.line("")
        w.line("Our records indicate that you were advised to %s. We have not been able to confirm this follow-up. Urgent care is not a substitute for ongoing primary care. If you need help finding a primary care provider, please call %s." % (
            pick(rng, ["follow up with orthopaedics for your fracture", "have a repeat blood pressure check", "return for a wound check"]), x.cl.phone))
        w.line("")
        w.line("Sincerely,\nBrightwater Patient Services")
    elif lay == 5:  # letter to patient's employer / attorney (letter not form)
        w.line(x.cl.name)
        w.line(fd(x.d, 4))
        w.line("To Whom It May Concern:")
        w.line("")
        w.line("%s was evaluated at our facility on %s. %s %s" % (pname(x, 3), fd(x.d, 0), pick(rng, ["Due to a medical condition, the patient should be excused from work/school for %d days." % rng.randint(1, 3), "The patient may return to work without restrictions on %s." % fd(x.d + datetime.timedelta(days=2), 0)]),
                                                        "Specific medical information is not disclosed without the patient's authorization."))
        w.line("")
        w.line(x.prov.full)
    else:  # clinician-to-clinician handoff letter from ED
        w.line(x.hospital + " Emergency Department")
        w.line("ED Follow-up Letter to Outside Provider")
        w.line("Date: %s" % fd(x.d, 0))
        w.line("To: %s, %s (fax %s)" % (x.prov.full, x.cl.name, x.cl.fax))
        w.line("Re: %s DOB %s" % (pname(x, 1), fd(x.dob, 0)))
        w.line("Thank you for referring this patient. Evaluation in our ED revealed %s. %s" % (pick(rng, ["acute appendicitis; admitted to surgery", "NSTEMI; admitted to cardiology", "no emergent pathology; discharged home", "a displaced fracture; reduced and splinted"]), "Full records available on request."))
        w.line(provider(rng, "spec", "Emergency Medicine").full)
    return finish(x, w.text(), 0.3, paginate_prob=0.3)


def g_referral(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    k = x.s["k"]
    spec = {"wristfx": "Orthopaedics", "ankle": "Orthopaedics/Sports Medicine", "strep": "ENT", "aom": "Pediatric ENT", "dermatitis": "Dermatology", "backstrain": "Physical Therapy",
            "concussion": "Sports Medicine / Concussion Clinic", "eyefb": "Ophthalmology", "asthma": "Pulmonology/Allergy", "chestpain": "Cardiology", "sinus": "ENT",
            "uti": "Urology", "abscess": "General Surgery"}.get(k, pick(rng, ["Primary Care", "Orthopaedics", "Dermatology", "ENT"]))
    dx = dx_list(x)[0]
    to = "%s %s" % (pick(rng, LAST), spec) if chance(rng, 0.5) else "%s %s" % (x.hospital, spec)
    urg = pick(rng, ["Routine", "Urgent (within 1 week)", "Urgent - 3 to 5 days", "Routine"])
    if lay == 0:  # referral form
        w.line(x.cl.name)
        w.line(pick(rng, ["REFERRAL FORM", "Outgoing Referral", "Specialty Referral Request", "Referral / Authorization Request"]))
        w.line("Date: %s   Priority: %s" % (fd(x.d, 0), urg))
        w.line("Referred to: %s   Phone %s  Fax %s" % (to, phone(rng), phone(rng)))
        w.line("Patient: %s   DOB %s   Phone %s" % (pname(x, 1), fd(x.dob, 0), x.phone))
        w.line("Insurance: %s  ID %s  Group %s" % (x.payer[0], x.memid, x.group))
        w.line("Diagnosis: %s (%s)" % dx)
        w.line("Reason for referral: %s" % pick(rng, ["Evaluate and treat", "Definitive management", "Consultation and recommendations", "Please see for follow-up of fracture"]))
        w.line("Records attached: [X] visit note [%s] imaging [ ] labs" % ("X" if x.s.get("img") else " "))
        w.line("Referring provider: %s  NPI %s" % (x.prov.full, x.prov.npi))
        w.line("Authorization #: %s" % pick(rng, ["pending", "not required", "A%d" % rng.randint(100000, 999999)]))
    elif lay == 1:  # letter
        w.line(clinic_header(x, 0))
        w.line("")
        w.line(fd(x.d, 4))
        w.line("")
        w.line(to)
        w.line("")
        w.line("Re: %s, DOB %s" % (pname(x, 3), fd(x.dob, 0)))
        w.line("")
        w.line("Dear Doctor,")
        w.line("")
        w.line("I am referring %s, a %s %s whom I saw today for %s. %s %s I would appreciate your evaluation and management. %s" % (
            x.first, x.agestr, x.sexw, fill(x.s["cc"][0], x).lower(), hpi_text(x, 3), ("Imaging showed " + fill(x.s["img"][2], x).lower()) if x.s.get("img") else "", pick(rng, ["The patient has been given your office number.", "Our office will fax the visit note.", "Please call me with any questions."])))
        w.line("")
        w.line("Thank you,")
        w.line(x.prov.full)
    elif lay == 2:  # EHR referral order summary
        w.line(pick(rng, ["Referral Order", "REFERRAL", "Ambulatory Referral"]))
        w.line(pt_banner(x, 4))
        w.line("Referral to: %s" % spec)
        w.line("Dx: %s %s" % (dx[1], dx[0]))
        w.line("Priority: %s   Visits requested: %d" % (urg, rng.randint(1, 6)))
        w.line("Comments: %s" % pick(rng, ["Seen in urgent care, needs f/u", "Pt prefers afternoon appts", "Spanish interpreter needed", ""]))
        w.line("Ordered by %s on %s" % (x.prov.short, fd(x.d, 1)))
    elif lay == 3:  # PT referral (occ)
        w.line("PHYSICAL THERAPY REFERRAL / PRESCRIPTION")
        w.line("Patient: %s  DOB %s" % (pname(x, 3), fd(x.dob, 0)))
        w.line("Dx: %s" % dx[0])
        w.line("Evaluate and treat. %dx/week for %d weeks." % (rng.randint(2, 3), rng.randint(3, 6)))
        w.line("[X] Therapeutic exercise  [X] Manual therapy  [%s] Modalities  [ ] Work conditioning" % pick(rng, ["X", " "]))
        w.line("Precautions: %s" % pick(rng, ["none", "no lifting > 20 lb", "weight bearing as tolerated"]))
        w.line("Workers' comp: %s" % pick(rng, ["Yes - claim #WC%d" % rng.randint(100000, 999999), "No"]))
        w.line("Physician: %s   Date %s" % (x.prov.full, fd(x.d, 1)))
    elif lay == 4:  # telehealth to in-person
        w.line("Brightwater Virtual Care - Referral for In-Person Evaluation")
        w.line(pt_banner(x, 0))
        w.line("Patient evaluated via video on %s. %s requires in-person evaluation for %s (%s). Referred to %s." % (fd(x.d, 0), x.first, pick(rng, ["examination", "point-of-care testing", "imaging"]), dx[0].lower(), pick(rng, ["Brightwater Urgent Care - %s" % x.cl.city, to])))
        w.line(x.prov.full)
    elif lay == 5:  # fax referral with cover info embedded
        w.line("URGENT REFERRAL - PLEASE SCHEDULE")
        w.line("To: %s   Fax: %s" % (to, phone(rng)))
        w.line("From: %s   Ph: %s" % (x.cl.name, x.cl.phone))
        w.line("Pt: %s  DOB %s  Ph %s" % (pname(x, 0), fd(x.dob, 1), x.phone))
        w.line("Reason: %s. Seen %s. %s" % (dx[0], fd(x.d, 1), pick(rng, ["Needs appt within 5 days.", "Please call pt directly.", "Splinted in clinic."])))
        w.line("Provider: %s" % x.prov.short)
    else:  # school-based / peds referral
        w.line(pick(rng, ["Referral for Specialty Care", "Request for Consultation"]))
        w.line("To: %s" % to)
        w.line("Patient %s (age %d)%s" % (pname(x, 3), x.age, ("  Parent/guardian: %s" % x.guardian[0]) if x.guardian else ""))
        w.line("Question: %s" % pick(rng, ["Please evaluate and advise.", "Recurrent problem; please evaluate.", "Further management per your discretion."]))
        w.line("Pertinent history: %s Allergies: %s." % (hpi_text(x, 2), allergy_str(x)))
        w.line("Signed %s" % x.prov.full)
    return finish(x, w.text(), 0.4, paginate_prob=0.2)


def g_consent(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    sigline = "Patient/Legal Representative signature: ______________________  Date: %s  Time: %s" % (fd(x.d, 1), x.time)
    if lay == 0:  # general consent to treat
        w.line(x.cl.name)
        w.line(pick(rng, ["CONSENT FOR TREATMENT", "General Consent and Conditions of Service", "Consent to Treat / Financial Agreement", "Form BW-100"]))
        w.line("")
        for p in ["I voluntarily consent to examination and treatment by the providers of %s, including physicians, physician assistants and nurse practitioners." % x.cl.name.split(" - ")[0],
                  "I understand that medicine is not an exact science and no guarantees have been made as to results.", "I authorize the release of information to my insurance carrier for payment purposes and assign benefits to the clinic.",
                  "I acknowledge receipt of the Notice of Privacy Practices.", "I understand I am financially responsible for charges not covered by insurance."]:
            w.line("%s %s" % (pick(rng, ["-", "*", "__"]), p))
        w.line("")
        w.line("Patient: %s   DOB: %s" % (pname(x, 1), fd(x.dob, 0)))
        w.line(sigline)
        w.line("Witness: %s" % x.nurse.short)
    elif lay == 1:  # telehealth consent
        w.line(pick(rng, ["Telehealth Informed Consent", "Consent for Virtual Care Services", "TELEMEDICINE CONSENT"]))
        w.line("I, %s, consent to receive health care services via telehealth (real-time audio/video). I understand that:" % pname(x, 3))
        for p in ["A physical examination may not be possible and my provider may recommend an in-person visit.", "There are potential risks including technical failures and security breaches despite encryption.",
                  "I may decline telehealth at any time without affecting my right to future care.", "Prescriptions for controlled substances will not be issued via this service.", "My insurance may apply a copay or deductible."]:
            w.line("  %d. %s" % (rng.randint(1, 9), p) if chance(rng, 0.1) else "  - " + p)
        w.line("Accepted electronically %s %s   IP %d.%d.%d.%d" % (fd(x.d, 0), ftime(rng), rng.randint(10, 200), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
    elif lay == 2:  # procedure consent
        proc = pick(rng, ["Laceration repair", "Incision and drainage of abscess", "Removal of foreign body", "Digital block and nail removal", "Joint injection"])
        w.line(x.cl.name)
        w.line(pick(rng, ["CONSENT FOR PROCEDURE", "Informed Consent - Minor Procedure", "Procedure Authorization"]))
        w.line("Patient: %s   Date: %s" % (pname(x, 3), fd(x.d, 0)))
        w.line("Procedure: %s" % proc)
        w.line("Provider: %s" % x.prov.full)
        w.line("Risks discussed include: bleeding, infection, scarring, pain, damage to nerves/tendons, incomplete removal, allergic reaction to anesthetic, and need for further procedures.")
        w.line("Alternatives discussed: no treatment, referral to specialist/ED.")
        w.line("I have had the opportunity to ask questions and all were answered to my satisfaction.")
        w.line(sigline)
        w.line("Provider signature: ____________________")
    elif lay == 3:  # vaccine consent
        vac = pick(rng, ["Influenza (inactivated)", "Tdap", "COVID-19 (mRNA)", "Hepatitis B", "Pneumococcal (PCV20)"])
        w.line(pick(rng, ["VACCINE ADMINISTRATION CONSENT", "Immunization Consent & Screening", "Flu Shot Consent Form"]))
        w.line("Name %s   DOB %s   Age %d" % (pname(x, 3), fd(x.dob, 0), x.age))
        w.line("Vaccine: %s" % vac)
        for q in ["Are you sick today?", "Do you have allergies to medications, food, latex or a vaccine component?", "Have you ever had a serious reaction after a vaccine?", "Have you ever had Guillain-Barre syndrome?", "Are you pregnant or could you become pregnant?"]:
            w.line("%-70s [ ] Yes  [X] No" % q)
        w.line("I have received and read the Vaccine Information Statement (VIS) dated %s. I consent to vaccination." % fd(datetime.date(x.d.year - rng.randint(0, 2), rng.randint(1, 12), 1), 0))
        w.line(sigline)
    elif lay == 4:  # minor consent by guardian
        if not x.guardian:
            x = make_ctx(rng, age=(2, 16))
        w.line(pick(rng, ["AUTHORIZATION TO TREAT A MINOR", "Consent for Treatment of Minor Child", "Parental Consent"]))
        w.line("I, %s, being the %s of %s (DOB %s), authorize %s to provide medical evaluation and treatment to my child %s." % (
            x.guardian[0], x.guardian[1], pname(x, 3), fd(x.dob, 0), x.cl.name, pick(rng, ["in my absence when accompanied by the adult named below", "for the current illness/injury", "for the %d-%d school year" % (x.d.year, x.d.year + 1)])))
        w.line("Accompanying adult: %s %s   Relationship: %s" % (pick(rng, FIRST_F), x.last, pick(rng, ["grandmother", "aunt", "babysitter", "coach"])))
        w.line("Parent phone: %s" % x.phone)
        w.line("Signature of parent/guardian: ____________________  Date %s" % fd(x.d, 1))
    elif lay == 5:  # refusal / AMA
        w.line(x.cl.name)
        w.line(pick(rng, ["INFORMED REFUSAL", "Refusal of Recommended Treatment / Transfer", "LEAVING AGAINST MEDICAL ADVICE"]))
        w.line("Patient: %s   Date/time: %s %s" % (pname(x, 1), fd(x.d, 0), x.time))
        w.line("I have been advised by %s that I should %s. The risks of refusal, including %s, have been explained to me. I refuse and release the clinic and its providers from responsibility for any ill effects." % (
            x.prov.full, pick(rng, ["be transferred to the emergency department by ambulance", "go to the emergency department for further testing", "receive an X-ray"]), pick(rng, ["worsening illness", "permanent disability", "heart attack or death"])))
        w.line("Patient has decision-making capacity: [X] yes")
        w.line(sigline)
        w.line("Witness: ____________________ %s" % x.nurse.short)
    else:  # HIPAA / consent to communicate
        w.line(pick(rng, ["Consent to Communications", "Authorization for Text Messaging and Voicemail", "Patient Communication Preferences & Consent"]))
        w.line("Patient: %s  DOB %s" % (pname(x, 0), fd(x.dob, 0)))
        w.line("I consent to receive appointment reminders, results notifications and billing messages by: [X] text to %s  [%s] email  [X] voicemail" % (x.phone, pick(rng, ["X", " "])))
        w.line("I authorize the clinic to discuss my care with: %s" % pick(rng, ["%s %s (spouse)" % (pick(rng, FIRST_F + FIRST_M), x.last), "no one", "my parent"]))
        w.line("I understand unencrypted communications carry some risk.")
        w.line(sigline)
    return finish(x, w.text(), 0.2, paginate_prob=0.2)


def g_ad(x):
    rng = x.rng
    x = make_ctx(rng, age=(55, 92))
    lay = rng.randrange(6)
    w = W(rng)
    agent = "%s %s" % (pick(rng, FIRST_F + FIRST_M), pick(rng, [x.last, pick(rng, LAST)]))
    alt = "%s %s" % (pick(rng, FIRST_F + FIRST_M), pick(rng, LAST))
    rel = pick(rng, ["spouse", "daughter", "son", "sister", "friend"])
    st = x.state
    wit = "Witness 1: ____________________   Witness 2: ____________________"
    notary = "State of %s, County of %s. Subscribed and sworn before me on %s. ______________ Notary Public. My commission expires %s." % (st, pick(rng, ["Harlan", "Corwin", "Pike", "Mason"]), fd(x.d, 4), fd(x.d + datetime.timedelta(days=1400), 0))
    if lay == 0:  # living will
        w.line(pick(rng, ["LIVING WILL DECLARATION", "Directive to Physicians", "DECLARATION (Living Will)"]))
        w.line("")
        w.line("I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below." % pname(x, 1))
        w.line("")
        w.line("If at any time I should have a terminal condition or be permanently unconscious, and my attending physician has determined there is no reasonable expectation of recovery, I direct that life-sustaining treatment be withheld or withdrawn.")
        w.line("")
        w.line("Initial your choices:")
        w.line("  ____ I DO want artificial nutrition and hydration.")
        w.line("  _%s_ I DO NOT want artificial nutrition and hydration." % pick(rng, ["XX", "%s%s" % (x.first[0], x.last[0])]))
        w.line("  _%s%s_ I want medication for comfort even if it hastens death." % (x.first[0], x.last[0]))
        w.line("")
        w.line("Signed this %s.  ____________________ %s" % (fd(x.d, 4), pname(x, 3)))
        w.line(wit)
        if chance(rng, 0.5):
            w.line(notary)
    elif lay == 1:  # healthcare POA
        w.line(pick(rng, ["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "Health Care Proxy", "Appointment of Health Care Agent"]))
        w.line("")
        w.line("I, %s, of %s, %s, designate as my health care agent:" % (pname(x, 3), x.city, st))
        w.line("  Name: %s   Relationship: %s   Phone: %s" % (agent, rel, phone(rng)))
        w.line("Alternate agent: %s   Phone: %s" % (alt, phone(rng)))
        w.line("")
        w.line("My agent is authorized to make all health care decisions for me, including decisions to provide, withhold or withdraw life-sustaining treatment, when I am unable to make my own decisions as determined by my attending physician.")
        w.line("Special instructions: %s" % pick(rng, ["None", "I wish to donate my organs.", "I do not want to be placed in a nursing facility if home care is possible.", "Religious preference: please contact my pastor."]))
        w.line("")
        w.line("Principal signature: ____________________  Date %s" % fd(x.d, 0))
        w.line(wit)
        w.line(notary)
    elif lay == 2:  # POLST
        w.line(pick(rng, ["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "MOLST - Medical Orders for Life-Sustaining Treatment", "Portable Medical Orders"]))
        w.line("HIPAA PERMITS DISCLOSURE TO HEALTH CARE PROVIDERS AS NECESSARY FOR TREATMENT")
        w.line("Patient: %s   DOB %s" % (pname(x, 0), fd(x.dob, 0)))
        cpr = pick(rng, ["Attempt Resuscitation/CPR", "Do Not Attempt Resuscitation/DNR"])
        w.line("A. CARDIOPULMONARY RESUSCITATION: [X] %s" % cpr)
        w.line("B. MEDICAL INTERVENTIONS: [X] %s" % pick(rng, ["Comfort Measures Only", "Limited Additional Interventions", "Full Treatment"]))
        w.line("C. ARTIFICIALLY ADMINISTERED NUTRITION: [X] %s" % pick(rng, ["No artificial nutrition", "Trial period", "Long-term"]))
        w.line("D. Discussed with: [X] Patient [ ] Agent   Physician/NP/PA: %s  Phone %s" % (provider(rng, "spec", "Family Medicine").full, phone(rng)))
        w.line("Signature of patient or LDM: ________________   Date %s" % fd(x.d, 1))
        w.line("SEND FORM WITH PERSON WHENEVER TRANSFERRED OR DISCHARGED")
    elif lay == 3:  # out-of-hospital DNR
        w.line(pick(rng, ["OUT-OF-HOSPITAL DO NOT RESUSCITATE ORDER", "Prehospital DNR Order", "EMS DNR Form"]))
        w.line("State of %s Department of Health" % st)
        w.line("Person's full legal name: %s   DOB %s   Sex %s" % (pname(x, 1), fd(x.dob, 0), x.sex))
        w.line("I, the undersigned, direct that in the event of cardiac or respiratory arrest, no chest compressions, artificial ventilation, defibrillation, or cardiac medications be initiated.")
        w.line("Attending physician: %s   License #%d" % (provider(rng, "spec", "Family Medicine").full, rng.randint(10000, 99999)))
        w.line("Declarant signature __________________  Date %s" % fd(x.d, 0))
        w.line("Bracelet/ID issued: [%s]" % pick(rng, ["X", " "]))
    elif lay == 4:  # combined statutory form
        w.line("%s ADVANCE DIRECTIVE FOR HEALTH CARE" % pick(rng, ["", "STATUTORY FORM -", "%s" % st]))
        w.line("PART 1: POWER OF ATTORNEY FOR HEALTH CARE")
        w.line("(1) DESIGNATION OF AGENT: %s, %s, %s" % (agent, rel, phone(rng)))
        w.line("(2) AGENT'S AUTHORITY: all health care decisions, including to choose or reject treatment.")
        w.line("PART 2: INSTRUCTIONS FOR HEALTH CARE")
        w.line("(3) END-OF-LIFE DECISIONS: [%s] Choice to prolong life  [%s] Choice not to prolong life" % ((" ", "X") if chance(rng, 0.7) else ("X", " ")))
        w.line("(4) RELIEF FROM PAIN: Except as I state, I direct that treatment for alleviation of pain be provided at all times.")
        w.line("PART 3: DONATION OF ORGANS AT DEATH (optional): %s" % pick(rng, ["[X] any needed organs", "[ ] not completed", "[X] transplant only"]))
        w.line("PART 4: PRIMARY PHYSICIAN: %s" % pick(rng, ["Dr. " + pick(rng, LAST), "none named"]))
        w.line("PART 5: SIGNATURES   %s   Date %s" % (pname(x, 3), fd(x.d, 0)))
        w.line(wit)
    else:  # scanned wallet card / summary of advance directive
        w.line(pick(rng, ["ADVANCE DIRECTIVE ON FILE - SUMMARY", "Advance Care Planning Documentation", "Wallet card (scanned)"]))
        w.line("Patient: %s   DOB %s" % (pname(x, 3), fd(x.dob, 1)))
        w.line("Document type: %s   Date executed: %s" % (pick(rng, ["Living will", "Health care POA", "Living will + HCPOA"]), fd(x.d - datetime.timedelta(days=rng.randint(100, 3000)), 0)))
        w.line("Health care agent: %s (%s) %s" % (agent, rel, phone(rng)))
        w.line("Code status preference: %s" % pick(rng, ["DNR", "Full code", "DNR/DNI; comfort-focused"]))
        w.line("Copy located: %s" % pick(rng, ["scanned to chart", "with agent", "patient's home - refrigerator"]))
    return finish(x, w.text(), 0.3, paginate_prob=0.4)


VACCINES = [("Influenza, injectable, quadrivalent", "FLU", "Sanofi Pasteur"), ("Tdap", "TDAP", "GSK"), ("Hepatitis B, adult", "HEPB", "Merck"), ("MMR", "MMR", "Merck"),
            ("Varicella", "VAR", "Merck"), ("DTaP", "DTAP", "Sanofi Pasteur"), ("IPV", "IPV", "Sanofi Pasteur"), ("HPV9", "HPV", "Merck"), ("Meningococcal ACWY", "MENACWY", "GSK"),
            ("COVID-19 mRNA", "COVID", "Pfizer-BioNTech"), ("Pneumococcal conjugate PCV20", "PCV", "Pfizer"), ("Hepatitis A, pediatric", "HEPA", "GSK"), ("Zoster recombinant", "RZV", "GSK")]


def g_immun(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    peds = x.age < 19

    def lot():
        return "%s%d%s" % (pick(rng, ["U", "AC", "EK", "T", "H0", "FN"]), rng.randint(1000, 99999), pick(rng, ["", "A", "BA"]))
    if lay == 0:  # state registry printout
        w.line("%s IMMUNIZATION INFORMATION SYSTEM" % pick(rng, ["STATE", x.state, "Statewide"]))
        w.line("Official Immunization Record   Printed %s" % fd(x.d, 0))
        w.line("Name: %s   DOB: %s   Sex: %s   Registry ID: %d" % (pname(x, 0), fd(x.dob, 0), x.sex, rng.randint(1000000, 99999999)))
        w.line("")
        w.line("%-34s %-12s %-12s %-12s %-12s" % ("Vaccine Group", "Dose 1", "Dose 2", "Dose 3", "Dose 4"))
        for v in (VACCINES[3:9] if peds else [VACCINES[0], VACCINES[1], VACCINES[2], VACCINES[9], VACCINES[10]]):
            n = rng.randint(1, 4)
            ds = [fd(x.dob + datetime.timedelta(days=rng.randint(60, max(61, 365 * max(1, x.age)))), 0) for _ in range(n)]
            ds.sort(key=lambda s: (s[6:], s[:5]))
            w.line("%-34s %s" % (v[0], " ".join("%-12s" % d for d in ds)))
        w.line("")
        w.line("Recommended: %s" % pick(rng, ["Influenza - due now", "Tdap - due %s" % fd(x.d + datetime.timedelta(days=300), 0), "Up to date"]))
        w.line("This record is valid without signature.")
    elif lay == 1:  # clinic VAR
        v = pick(rng, VACCINES)
        w.line(x.cl.name)
        w.line(pick(rng, ["Vaccine Administration Record", "IMMUNIZATION ADMINISTRATION", "Vaccine Given"]))
        w.line(pt_banner(x))
        w.line("%-22s %s" % ("Vaccine:", v[0]))
        w.line("%-22s %s" % ("Manufacturer:", v[2]))
        w.line("%-22s %s   Exp: %s" % ("Lot #:", lot(), fd(x.d + datetime.timedelta(days=rng.randint(60, 500)), 0)))
        w.line("%-22s %s" % ("Dose/Route/Site:", "0.5 mL IM %s" % pick(rng, ["L deltoid", "R deltoid", "L thigh", "R thigh"])))
        w.line("%-22s %s" % ("VIS date given:", fd(datetime.date(x.d.year - 1, rng.randint(1, 12), 1), 0)))
        w.line("%-22s %s" % ("Funding source:", pick(rng, ["Private", "VFC", "State-supplied", "317"])))
        w.line("%-22s %s  %s" % ("Administered by:", x.nurse.full, x.time))
        w.line("Reported to state registry: %s" % pick(rng, ["Yes", "Pending"]))
    elif lay == 2:  # school certificate
        if not peds:
            x = make_ctx(rng, age=(4, 17))
        w.line(pick(rng, ["CERTIFICATE OF IMMUNIZATION", "School Immunization Certificate", "Child Care/School Immunization Record"]))
        w.line("%s Department of Health   Form IMM-%d" % (x.state, rng.randint(100, 999)))
        w.line("Child: %s   DOB %s   School: %s %s" % (pname(x, 3), fd(x.dob, 0), pick(rng, ["Lincoln", "Maplewood", "Cedar Ridge", "Eastside"]), pick(rng, ["Elementary", "Middle School", "High School"])))
        for v in ["DTaP/Tdap", "Polio (IPV)", "MMR", "Hepatitis B", "Varicella", "MenACWY"]:
            n = rng.randint(2, 5)
            w.line("%-14s " % v + "  ".join("%d) %s" % (i + 1, fd(x.dob + datetime.timedelta(days=rng.randint(60, 365 * max(2, x.age))), 1)) for i in range(n)))
        w.line("Varicella disease history: [ ] yes")
        w.line("[X] Complete for grade level   [ ] Conditional   [ ] Medical exemption")
        w.line("Certified by: %s   %s" % (x.prov.full, x.cl.name))
    elif lay == 3:  # COVID card transcription
        if x.age < 12:
            x = make_ctx(rng, age=(18, 80))
        base = datetime.date(2021, rng.randint(1, 9), rng.randint(1, 28))
        w.line("COVID-19 Vaccination Record Card (copy)")
        w.line("Last name %s   First name %s   MI %s   DOB %s" % (x.last, x.first, x.mi, fd(x.dob, 1)))
        mfr = pick(rng, ["Pfizer", "Moderna"])
        for i, off in enumerate([0, 21 if mfr == "Pfizer" else 28, rng.randint(180, 300)]):
            w.line("%s   %s   %s   %s   %s" % (pick(rng, ["1st Dose", "2nd Dose", "Other"]) if i > 1 else ["1st Dose COVID-19", "2nd Dose COVID-19"][i], mfr, lot(), fd(base + datetime.timedelta(days=off), 1), pick(rng, ["ValuCare #2231", "County HD", "Brightwater UC"])))
        w.line("Keep this record card. Scanned at registration %s." % fd(x.d, 1))
    elif lay == 4:  # TB skin test record (occ)
        x.age = max(x.age, 20)
        w.line(pick(rng, ["TUBERCULIN SKIN TEST RECORD", "PPD Placement and Reading", "TB Screening - Mantoux"]))
        w.line("Name: %s  DOB %s  Employer: %s" % (pname(x, 3), fd(x.dob, 0), x.employer))
        w.line("Placed: %s %s  L forearm  Tubersol 0.1 mL ID  Lot %s  By %s" % (fd(x.d, 1), ftime(rng), lot(), x.nurse.short))
        rd = x.d + datetime.timedelta(days=rng.choice([2, 3]))
        w.line("Read: %s  Induration: %d mm  Result: %s  Read by %s" % (fd(rd, 1), 0 if chance(rng, 0.85) else rng.randint(5, 14), "NEGATIVE", x.nurse.short))
        w.line("Step: %s" % pick(rng, ["1 of 2", "2 of 2", "annual"]))
    elif lay == 5:  # flu clinic roster line / abbreviated history in note
        w.line("Immunization History")
        w.line(pt_banner(x, 4))
        for v in rng.sample(VACCINES, rng.randint(3, 7)):
            w.line("  %s  -  %s  (%s)" % (v[0], fd(x.d - datetime.timedelta(days=rng.randint(0, 2000)), 1), pick(rng, ["historical", "administered", "per registry", "patient report"])))
        w.line("Reviewed %s by %s" % (fd(x.d, 1), x.nurse.short))
    else:  # hepatitis B series for healthcare worker
        w.line(pick(rng, ["Employee Health - Hepatitis B Vaccine Series", "HBV VACCINATION RECORD / DECLINATION"]))
        w.line("Employee: %s  Employer: %s" % (pname(x, 1), x.employer))
        for i, off in enumerate([0, 30, 180]):
            w.line("Dose %d: %s  Lot %s  %s  Given by %s" % (i + 1, fd(x.d + datetime.timedelta(days=off), 1), lot(), pick(rng, ["R deltoid", "L deltoid"]), x.nurse.short))
        w.line("Post-vaccination anti-HBs: %s" % pick(rng, ["%d mIU/mL (immune)" % rng.randint(12, 900), "pending", "not done"]))
        w.line("[ ] I decline the hepatitis B vaccine at this time.")
    return finish(x, w.text(), 0.25, paginate_prob=0.3)


def g_reg(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    ec = "%s %s (%s) %s" % (pick(rng, FIRST_F + FIRST_M), pick(rng, [x.last, pick(rng, LAST)]), pick(rng, ["spouse", "mother", "friend", "son", "daughter"]), phone(rng))
    race = pick(rng, ["White", "Black or African American", "Asian", "Declined", "Other", "American Indian/Alaska Native"])
    eth = pick(rng, ["Not Hispanic or Latino", "Hispanic or Latino", "Declined"])
    lang = pick(rng, ["English", "English", "Spanish", "Vietnamese", "English"])
    if lay == 0:  # paper new patient form
        w.line(x.cl.name)
        w.line(pick(rng, ["PATIENT REGISTRATION", "New Patient Information", "PATIENT INFORMATION SHEET", "Registration Form (please print)"]))
        w.line("")
        w.line("Last name: %-18s First: %-12s MI: %s" % (x.last, x.first, x.mi))
        w.line("Date of birth: %s   Sex: [%s] M  [%s] F   SSN: ***-**-%04d" % (fd(x.dob, 0), "X" if x.sex == "M" else " ", "X" if x.sex == "F" else " ", rng.randint(0, 9999)))
        w.line("Address: %s   City: %s   State: %s   Zip: %s" % (x.addr, x.city, x.state, x.zip))
        w.line("Cell phone: %s   Email: %s.%s%d@%s" % (x.phone, x.first.lower(), x.last.lower()[:4], rng.randint(1, 99), pick(rng, ["mailbox.test", "example.net", "webmail.example"])))
        w.line("Preferred language: %s   Race: %s   Ethnicity: %s" % (lang, race, eth))
        w.line("Emergency contact: %s" % ec)
        w.line("Primary care physician: %s" % pick(rng, ["none", "Dr. " + pick(rng, LAST), "don't know"]))
        w.line("Pharmacy: %s%d" % (pick(rng, PHARMACIES), rng.randint(1000, 9999)))
        w.line("")
        w.line("INSURANCE")
        w.line("Primary: %s   Member ID: %s   Group: %s" % (x.payer[0], x.memid, x.group))
        w.line("Subscriber: %s   Relationship: %s" % (pname(x, 3) if chance(rng, 0.7) else (x.guardian[0] if x.guardian else "spouse"), pick(rng, ["self", "child", "spouse"])))
        w.line("Employer: %s" % (x.employer if x.age >= 18 else "N/A"))
        w.line("How did you hear about us? [ ] Google [ ] Friend [X] Drive-by [ ] Insurance")
        w.line("Signature: ____________________  Date %s" % fd(x.d, 1))
    elif lay == 1:  # kiosk/online check-in printout
        w.line(pick(rng, ["Online Check-In Summary", "Kiosk Registration", "Save My Spot - Check-In Confirmation"]))
        w.line("Location: %s   Arrival window: %s" % (x.cl.name, ftime(rng)))
        w.line("Patient: %s  DOB %s  Phone %s" % (pname(x, 3), fd(x.dob, 1), x.phone))
        w.line("Reason for visit: %s" % fill(pick(rng, x.s["cc"]), x))
        w.line("Insurance on file: %s (%s)" % (x.payer[0], "verified" if chance(rng, 0.7) else "eligibility not verified"))
        w.line("Self-pay quote: $%d" % rng.choice([99, 125, 135, 150, 169]))
        w.line("Confirmation #%s" % "".join(pick(rng, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
    elif lay == 2:  # face sheet
        w.line(pick(rng, ["PATIENT DEMOGRAPHICS", "Face Sheet", "Patient Summary - Registration"]))
        w.line("%-20s %s" % ("Patient:", pname(x, 0)))
        for a, b in [("MRN:", x.mrn), ("Account:", x.acct), ("DOB/Age:", "%s / %d" % (fd(x.dob, 0), x.age)), ("Sex:", x.sex), ("Address:", "%s, %s, %s %s" % (x.addr, x.city, x.state, x.zip)),
                     ("Home phone:", x.phone), ("Language:", lang), ("Marital status:", pick(rng, ["Single", "Married", "Divorced", "Widowed"]) if x.age > 17 else "Single"),
                     ("Guarantor:", x.guardian[0] if x.guardian else pname(x, 3)), ("Primary ins:", "%s %s" % x.payer), ("Policy #:", x.memid), ("Emergency contact:", ec),
                     ("Visit date:", fd(x.d, 0)), ("Location:", x.cl.name), ("Financial class:", pick(rng, ["Commercial", "Medicaid", "Self Pay", "Workers Comp", "Medicare"]))]:
            w.line("%-20s %s" % (a, b))
    elif lay == 3:  # minor registration with guardian
        if not x.guardian:
            x = make_ctx(rng, age=(1, 16))
        w.line(pick(rng, ["PEDIATRIC REGISTRATION", "Minor Patient Registration"]))
        w.line("Child's name: %s   DOB: %s   Age %d" % (pname(x, 3), fd(x.dob, 0), x.age))
        w.line("Parent/guardian: %s (%s)   Phone %s" % (x.guardian[0], x.guardian[1], x.phone))
        w.line("Address: %s, %s %s" % (x.addr, x.city, x.zip))
        w.line("School: %s   Grade: %s" % (pick(rng, ["Westfield Elementary", "Harbor Middle", "Central High", "N/A daycare"]), pick(rng, ["K", "3", "6", "9", "11", "n/a"])))
        w.line("Insurance: %s  ID %s" % (x.payer[0], x.memid))
        w.line("Pediatrician: Dr. %s" % pick(rng, LAST))
        w.line("Custody arrangements: %s" % pick(rng, ["N/A", "joint", "sole - mother", "see court order on file"]))
        w.line("Guardian signature ____________________  %s" % fd(x.d, 1))
    elif lay == 4:  # telehealth registration
        w.line("Brightwater Virtual Care - Account Registration")
        w.line("Account created %s via %s" % (fd(x.d, 0), pick(rng, ["iOS app", "Android app", "web"])))
        w.line("Name: %s\nDOB: %s\nSex assigned at birth: %s\nState of current location: %s\nMobile: %s\nPreferred pharmacy: %s%d\nPayment: %s" % (
            pname(x, 3), fd(x.dob, 3), "Male" if x.sex == "M" else "Female", x.state, x.phone, pick(rng, PHARMACIES), rng.randint(1000, 9999),
            pick(rng, ["%s (member %s)" % (x.payer[0], x.memid), "Credit card ending %04d" % rng.randint(0, 9999), "HSA card"])))
        w.line("Terms of Use accepted: Yes   Telehealth consent: Yes")
    elif lay == 5:  # update form
        w.line(pick(rng, ["Patient Information Update", "Demographic Change Form"]))
        w.line("Patient: %s  DOB %s  MRN %s" % (pname(x, 1), fd(x.dob, 0), x.mrn))
        w.line("[X] New address: %s, %s, %s %s" % (x.addr, x.city, x.state, x.zip))
        w.line("[%s] New phone: %s" % (pick(rng, ["X", " "]), x.phone))
        w.line("[%s] New insurance: %s  ID %s" % (pick(rng, ["X", " "]), x.payer[0], x.memid))
        w.line("Updated by front desk: %s  %s" % (pick(rng, FIRST_F), fd(x.d, 1)))
    else:  # occupational health registration
        w.line("OCCUPATIONAL HEALTH - EMPLOYEE REGISTRATION")
        w.line("Employer: %s   Account #%d   Authorized by: %s" % (x.employer, rng.randint(1000, 9999), pick(rng, LAST)))
        w.line("Employee: %s  DOB %s  Job title: %s" % (pname(x, 3), fd(x.dob, 0), pick(rng, ["Warehouse associate", "CDL driver", "CNA", "Line cook", "Roofer", "Teacher aide"])))
        w.line("Service: %s" % pick(rng, ["Work injury", "Pre-placement physical", "Drug screen", "DOT physical"]))
        w.line("Date of injury (if applicable): %s" % pick(rng, [fd(x.d, 0), "N/A"]))
        w.line("Bill to: [X] Employer  [ ] WC carrier: %s" % pick(rng, ["Frontier Workers' Comp Mutual", "Granite Casualty", ""]))
    return finish(x, w.text(), 0.15, paginate_prob=0.2)


def g_card(x):
    rng = x.rng
    lay = rng.randrange(7)
    w = W(rng)
    payer, ptype = x.payer
    if lay == 3 or payer == "Medicare":
        w.line("MEDICARE HEALTH INSURANCE")
        w.line("Name/Nombre")
        w.line(("%s %s %s" % (x.first, x.mi, x.last)).upper())
        w.line("Medicare Number/Número de Medicare")
        w.line("%d%s%s%d-%s%s%d-%s%s%d%d" % (rng.randint(1, 9), pick(rng, "ACDEFGHJKMNPQRTUVWXY"), pick(rng, "ACDEFGHJKMNPQRTUVWXY0123456789"), rng.randint(0, 9), pick(rng, "ACDEFGHJKMNPQRTUVWXY"), pick(rng, "ACDEFGHJKMNPQRTUVWXY"), rng.randint(0, 9), pick(rng, "ACDEFGHJKMNPQRTUVWXY"), pick(rng, "ACDEFGHJKMNPQRTUVWXY"), rng.randint(0, 9), rng.randint(0, 9)))
        w.line("Entitled to/Con derecho a        Coverage starts/Cobertura empieza")
        w.line("HOSPITAL (PART A)                 %s" % fd(datetime.date(x.dob.year + 65, x.dob.month, 1), 1))
        w.line("MEDICAL (PART B)                  %s" % fd(datetime.date(x.dob.year + 65, x.dob.month, 1), 1))
        w.line("")
        w.line("[back] 1-800-MEDICARE (1-800-633-4227)  TTY 1-877-486-2048")
        return finish(x, w.text(), 0.0, paginate_prob=0.0)
    grp = x.group
    copays = "PCP $%d  SPEC $%d  UC $%d  ER $%d" % (rng.choice([10, 20, 25, 30]), rng.choice([40, 50, 60]), rng.choice([35, 50, 75]), rng.choice([150, 250, 350]))
    rxbin = "RxBIN %06d  RxPCN %s  RxGRP %s" % (rng.randint(0, 999999), pick(rng, ["ADV", "A4", "9999", "MEDDPRIME"]), pick(rng, ["RX%d" % rng.randint(1000, 9999), "KMHRX"]))
    if lay in (0, 1):
        w.line("FRONT" if lay == 0 else "-- front of card --")
        w.line(payer.upper() + ("  " + ptype if ptype not in ("WC",) else ""))
        w.line("Member: %s" % ("%s %s" % (x.first, x.last)).upper())
        w.line("Member ID: %s" % x.memid)
        w.line("Group No: %s" % grp)
        w.line("Plan: %s %s" % (pick(rng, ["Choice", "Select", "Essential", "Gold", "Bronze HSA"]), ptype))
        w.line(copays)
        w.line(rxbin)
        w.line("Effective %s" % fd(datetime.date(x.d.year, 1, 1), 1))
        w.line("")
        w.line("BACK" if lay == 0 else "-- back of card --")
        w.line("Members: Customer Service 1-800-555-01%02d  Nurse Line 24/7 1-800-555-01%02d" % (rng.randint(0, 99), rng.randint(0, 99)))
        w.line("Providers: submit claims to PO Box %d, %s, %s %s" % (rng.randint(1000, 99999), x.cl.town[0], x.cl.town[1], int(x.cl.town[2]) * 1000 + rng.randint(0, 999)))
        w.line("Payer ID %05d. Precertification required for inpatient admissions." % rng.randint(0, 99999))
        w.line("This card does not guarantee coverage.")
    elif lay == 2:  # Medicaid
        w.line("%s" % pick(rng, ["Cardinal Care Medicaid", "%s Medicaid Health Plan" % x.state, "STATE MEDICAL ASSISTANCE"]))
        w.line(("%s %s" % (x.first, x.last)).upper() + "     DOB %s" % fd(x.dob, 1))
        w.line("ID# %s" % ("%d" % rng.randint(10000000000, 99999999999)))
        w.line("PCP: %s   PCP Phone %s" % (pick(rng, ["DR " + pick(rng, LAST).upper(), "BRIGHTWATER FAMILY"]), phone(rng)))
        w.line("Copay: $0   Issue date %s" % fd(x.d - datetime.timedelta(days=rng.randint(30, 900)), 1))
        w.line("Member services 1-877-555-01%02d   TTY 711" % rng.randint(0, 99))
        w.line("Pharmacy: %s" % rxbin)
    elif lay == 4:  # OCR-fragmented image of card
        toks = [payer.upper(), ptype, "ID", x.memid, "GRP", grp, ("%s %s" % (x.first[0], x.last)).upper(), copays.split("  ")[0], rxbin.split("  ")[0], "www.%s.test" % payer.split()[0].lower()]
        rng.shuffle(toks)
        for i in range(0, len(toks), 2):
            w.line("  ".join(toks[i:i + 2]))
        w.line(pick(rng, ["@", "|||", "   ~"]))
    elif lay == 5:  # insurance card scan with eligibility verification
        w.line("Insurance Card Image - %s" % fd(x.d, 1))
        w.line("Subscriber: %s   Member: %s   ID: %s   Group: %s" % (pname(x, 3), pname(x, 3), x.memid, grp))
        w.line("Payer: %s  (%s)" % (payer, ptype))
        w.line("Eligibility check (270/271): %s  Copay UC $%d  Deductible remaining $%d" % (pick(rng, ["ACTIVE", "ACTIVE", "INACTIVE"]), rng.choice([35, 50, 75]), rng.randint(0, 3000)))
        w.line("Verified by %s" % pick(rng, FIRST_F))
    else:  # pharmacy-only / dental-ish / WC card
        if ptype == "WC":
            w.line("WORKERS' COMPENSATION FIRST FILL CARD")
            w.line("Injured worker: %s" % pname(x, 3))
            w.line("Employer: %s   Date of injury: %s" % (x.employer, fd(x.d, 1)))
            w.line("Claim # pending   Valid 30 days from date of injury")
            w.line(rxbin)
        else:
            w.line("PRESCRIPTION BENEFIT CARD")
            w.line("%s Pharmacy Benefits" % payer)
            w.line("Name %s  ID %s  Person code 0%d" % (("%s %s" % (x.first, x.last)).upper(), x.memid, rng.randint(1, 4)))
            w.line(rxbin)
            w.line("Pharmacist help desk 1-866-555-01%02d" % rng.randint(0, 99))
    return finish(x, w.text(), 0.05, paginate_prob=0.0)


def g_other(x):
    rng = x.rng
    lay = rng.randrange(10)
    w = W(rng)
    if lay == 0:  # fax cover
        w.line(pick(rng, ["FAX", "FACSIMILE TRANSMITTAL", "Fax Cover Sheet", "*** CONFIDENTIAL FAX ***"]))
        w.line("To: %s   Fax: %s" % (pick(rng, [x.hospital + " HIM", "Dr. %s" % pick(rng, LAST), x.cl.name, "Medical Records"]), phone(rng)))
        w.line("From: %s   Fax: %s   Phone: %s" % (pick(rng, [x.cl.name, x.hospital, "Records Dept"]), x.cl.fax, x.cl.phone))
        w.line("Date: %s   Pages (incl. cover): %d" % (fd(x.d, 0), rng.randint(2, 14)))
        w.line("Re: %s" % pick(rng, ["Records request", "Patient %s DOB %s" % (pname(x, 3), fd(x.dob, 1)), "Referral", "Results"]))
        w.line("[ ] Urgent  [X] For review  [ ] Please reply")
        w.line("")
        w.line("CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is strictly prohibited. Please notify the sender immediately at the number above and destroy the documents.")
    elif lay == 1:  # patient questionnaire (screening)
        w.line(pick(rng, ["COVID-19 / Respiratory Screening Questionnaire", "Patient Health Questionnaire (PHQ-9)", "Pre-visit Questionnaire", "Fall Risk Screening"]))
        w.line("Name %s   Date %s" % (pname(x, 3), fd(x.d, 1)))
        qs = ["Fever or chills in last 14 days?", "New cough or shortness of breath?", "Close contact with confirmed case?", "Traveled in last 14 days?", "Loss of taste or smell?",
              "Little interest or pleasure in doing things?", "Feeling down, depressed, or hopeless?", "Trouble falling or staying asleep?", "Feeling tired or having little energy?"]
        for q in rng.sample(qs, rng.randint(4, 7)):
            w.line("%-52s %s" % (q, pick(rng, ["Y [ ] N [X]", "Y [X] N [ ]", "0 - Not at all", "1 - Several days"])))
        w.line("Total score: %d" % rng.randint(0, 9) if chance(rng, 0.5) else "Screen: %s" % pick(rng, ["negative", "positive - masked, roomed directly"]))
    elif lay == 2:  # release of information
        w.line(pick(rng, ["AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION", "Request for Medical Records", "HIPAA Authorization to Disclose"]))
        w.line("Patient: %s   DOB %s   Phone %s" % (pname(x, 1), fd(x.dob, 0), x.phone))
        w.line("I authorize: %s" % x.cl.name)
        w.line("To release to: %s" % pick(rng, ["%s Law Group, PC" % pick(rng, LAST), x.employer, "Dr. %s" % pick(rng, LAST), "myself", "%s Insurance" % pick(rng, LAST)]))
        w.line("Information: [X] Visit notes  [X] X-ray reports  [ ] Entire record  Dates: %s to %s" % (fd(x.d - datetime.timedelta(days=60), 1), fd(x.d, 1)))
        w.line("Purpose: %s" % pick(rng, ["Legal", "Continuity of care", "Insurance claim", "Personal"]))
        w.line("Sensitive info (HIV, substance use, mental health): [ ] include  [X] exclude")
        w.line("This authorization expires %s. I may revoke it in writing at any time." % fd(x.d + datetime.timedelta(days=365), 0))
        w.line("Signature ______________________  Date %s" % fd(x.d, 1))
    elif lay == 3:  # financial statement
        w.line(x.cl.name.split(" - ")[0] + "  - PATIENT STATEMENT")
        w.line("Statement date: %s   Account #: %s" % (fd(x.d + datetime.timedelta(days=rng.randint(20, 60)), 0), x.acct))
        w.line("Guarantor: %s   %s, %s %s" % (pname(x, 3), x.addr, x.city, x.state))
        w.line("")
        w.line("%-10s %-40s %10s" % ("Date", "Description", "Amount"))
        chg = rng.choice([145, 185, 210, 255])
        lines = [("Office visit, est/new (9920%d)" % rng.randint(2, 4), chg)]
        if x.s.get("poc"):
            lines.append(("Lab - POCT (87880/81002)", rng.choice([35, 45, 60])))
        if x.s.get("img"):
            lines.append(("Radiology (7361%d)" % rng.randint(0, 9), rng.choice([95, 120, 150])))
        tot = sum(a for _, a in lines)
        for d, a in lines:
            w.line("%-10s %-40s %10.2f" % (fd(x.d, 1), d, a))
        paid = round(tot * rng.uniform(0.4, 0.8), 2)
        w.line("%-10s %-40s %10.2f" % (fd(x.d + datetime.timedelta(days=18), 1), "Insurance payment - %s" % x.payer[0][:20], -paid))
        w.line("%-10s %-40s %10.2f" % ("", "Contractual adjustment", -round(tot * 0.1, 2)))
        w.line("AMOUNT DUE: $%.2f   Pay online or call %s" % (tot - paid - round(tot * 0.1, 2), phone(rng)))
    elif lay == 4:  # photo caption
        w.line(pick(rng, ["Clinical Photograph", "Media - Wound photo", "Image attached"]))
        w.line(pt_banner(x, 4))
        w.line("Photo %d of %d: %s %s, %s. Taken by %s with patient consent. Ruler in frame." % (rng.randint(1, 3), rng.randint(3, 4), x.fill["side"], pick(rng, ["forearm laceration", "axillary abscess", "lower leg rash", "ankle ecchymosis"]),
               pick(rng, ["pre-repair", "post-repair", "day 2", "initial"]), x.nurse.short))
        w.line("[image not reproduced in text]")
    elif lay == 5:  # work status report / WC form
        w.line(pick(rng, ["WORK STATUS REPORT", "Physician's Report of Work Ability", "Workers' Compensation - Attending Provider Work Status"]))
        w.line("Employee: %s   Employer: %s   DOI: %s" % (pname(x, 3), x.employer, fd(x.d - datetime.timedelta(days=rng.randint(0, 10)), 1)))
        w.line("Diagnosis: %s" % dx_list(x)[0][0])
        w.line("[%s] Full duty   [%s] Modified duty   [ ] Off work" % ((" ", "X") if chance(rng, 0.6) else ("X", " ")))
        w.line("Restrictions: lifting max %d lb; %s" % (rng.choice([10, 15, 20, 25]), pick(rng, ["no ladders", "sit/stand as needed", "no use of right hand", "no driving company vehicle"])))
        w.line("Effective %s through %s   Next appointment %s" % (fd(x.d, 1), fd(x.d + datetime.timedelta(days=7), 1), fd(x.d + datetime.timedelta(days=7), 1)))
        w.line("Provider: %s" % x.prov.full)
    elif lay == 6:  # school / work excuse
        w.line(x.cl.name)
        w.line(pick(rng, ["Work/School Excuse", "RETURN TO SCHOOL NOTE", "Excuse Slip"]))
        w.line("%s was seen at our clinic on %s." % (pname(x, 3), fd(x.d, 0)))
        w.line("Please excuse from %s on %s. May return on %s %s." % (pick(rng, ["work", "school", "school/PE", "work/school"]), fd(x.d, 1), fd(x.d + datetime.timedelta(days=rng.randint(1, 3)), 1), pick(rng, ["without restrictions", "with restrictions as below", ""])))
        w.line("____________________ %s" % x.prov.full)
    elif lay == 7:  # sports preparticipation form
        y = make_ctx(rng, age=(11, 18))
        x = y
        w.line(pick(rng, ["PREPARTICIPATION PHYSICAL EVALUATION", "Sports Physical Form", "Athletic Participation Clearance"]))
        w.line("Name %s  Age %d  Sex %s  School %s  Sport(s): %s" % (pname(x, 3), x.age, x.sex, pick(rng, ["Central HS", "Westbrook MS", "St. Ignatius"]), pick(rng, ["football", "soccer, track", "volleyball", "basketball", "wrestling"])))
        w.line("Ht %d in  Wt %d lb  BP %d/%d  P %d  Vision R 20/%d L 20/%d" % (rng.randint(56, 74), x.v["Wt"], x.v["SBP"], x.v["DBP"], x.v["HR"], rng.choice([20, 25, 30]), rng.choice([20, 25, 30])))
        w.line("History: chest pain w/ exercise N; syncope N; family sudden death <50 N; concussion %s; asthma %s" % (pick(rng, ["N", "Y - 2022"]), "Y" if "Asthma" in x.pmh else "N"))
        w.line("Exam: Appearance nl  Eyes/ears/nose nl  Heart nl (no murmur supine/standing)  Lungs nl  Abd nl  Skin nl  MSK nl")
        w.line("[X] Cleared for all sports without restriction  [ ] Cleared with recommendations  [ ] Not cleared")
        w.line("Examiner: %s   Date %s" % (x.prov.full, fd(x.d, 1)))
    elif lay == 8:  # DOT / drug test chain of custody
        w.line(pick(rng, ["FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM", "Chain of Custody - Non-Federal", "Breath Alcohol Testing Form"]))
        w.line("Specimen ID %d   Employer: %s   MRO: Dr. %s" % (rng.randint(1000000, 9999999), x.employer, pick(rng, LAST)))
        w.line("Donor: %s   Donor SSN/ID: ***-**-%04d   Reason: %s" % (pname(x, 3), rng.randint(0, 9999), pick(rng, ["Pre-employment", "Random", "Post-accident"])))
        w.line("Temperature within 4 minutes: [X] 32-38 C   Split specimen: [X]")
        w.line("Collector: %s   Collection site: %s   %s %s" % (x.nurse.full, x.cl.name, fd(x.d, 1), ftime(rng)))
        w.line("Released to: %s courier" % pick(rng, ["Apex", "TriState", "Quickline"]))
    else:  # incident report / misc
        k9 = rng.randrange(3)
        w.line(["Employer's First Report of Injury", "Patient Complaint / Grievance Log", "Interpreter Services Log"][k9])
        w.line("Name: %s   Date: %s" % (pname(x, 3), fd(x.d, 0)))
        w.line((["Injury description: employee %s while at work; body part: %s." % (pick(rng, ["strained back lifting", "cut hand on box cutter", "got metal in eye"]), pick(rng, ["back", "hand", "eye"])),
                          "Patient states wait time exceeded 2 hours. Manager called patient back %s; resolved." % fd(x.d + datetime.timedelta(days=1), 1),
                          "Interpreter %s (%s) via video, ID #%d, %d minutes." % (pick(rng, LAST), pick(rng, ["Spanish", "Vietnamese", "Arabic", "ASL"]), rng.randint(1000, 9999), rng.randint(10, 40))])[k9])
        w.line("Completed by: %s" % x.nurse.short)
    return finish(x, w.text(), 0.2, paginate_prob=0.2)


# ----------------------------------------------------------------------------
GENERATORS = [
    ("discharge_summary", g_dcsum), ("history_physical", g_hp), ("progress_note", g_progress), ("consult_note", g_consult),
    ("operative_note", g_op), ("procedure_note", g_proc), ("lab_report", g_lab), ("imaging_report", g_imaging),
    ("pathology_report", g_path), ("medication_list", g_medlist), ("prescription", g_rx), ("anesthesia_record", g_anes),
    ("correspondence", g_corr), ("consent_form", g_consent), ("referral_letter", g_referral), ("advance_directive", g_ad),
    ("ecg_report", g_ecg), ("immunization_record", g_immun), ("registration_form", g_reg), ("insurance_card", g_card),
    ("nursing_note", g_nursing), ("ed_note", g_ed), ("transfer_summary", g_transfer), ("provider_orders", g_orders),
    ("discharge_instructions", g_dcinstr), ("other", g_other),
]


def tidy(text):
    lines = [l.rstrip() for l in text.split("\n")]
    out = []
    blank = 0
    for l in lines:
        if not l.strip():
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(l)
    while out and not out[0].strip():
        out.pop(0)
    return "\n".join(out).strip("\n") + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    recs = []
    for label, fn in GENERATORS:
        for i in range(a.per_type):
            rng = random.Random(master.randrange(1 << 62))
            x = make_ctx(rng)
            text = tidy(fn(x))
            recs.append({"id": "uc-%d-%s-%04d-%06x" % (a.seed, label[:4], i, rng.randrange(1 << 24)), "label": label, "text": text})
    master.shuffle(recs)
    with open(a.out, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
