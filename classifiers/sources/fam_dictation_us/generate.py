#!/usr/bin/env python3
"""Deterministic generator of US physician-dictation style medical documents.

Usage: python generate.py --seed N --per-type K --out docs.jsonl

Standard library only.  All names, dates and identifiers are invented.
"""
import argparse
import json
import random

# ---------------------------------------------------------------------------
# Generic helpers
# ---------------------------------------------------------------------------

def ch(r, seq):
    return r.choice(seq)


def pick(r, seq, lo, hi=None):
    hi = lo if hi is None else hi
    n = min(len(seq), r.randint(lo, hi))
    return r.sample(list(seq), n)


def join_and(items):
    items = list(items)
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


def cap(s):
    return s[:1].upper() + s[1:] if s else s


def num_words(n):
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve"]
    return words[n] if 0 <= n < len(words) else str(n)


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

FIRST_M = ["Arlo", "Bertram", "Cornelius", "Dorian", "Ezekiel", "Fenwick", "Gideon", "Horace", "Ignatius",
           "Jasper", "Leopold", "Mortimer", "Nathaniel", "Osgood", "Percival", "Quentin", "Rupert", "Silas",
           "Thaddeus", "Ulysses", "Virgil", "Wendell", "Alistair", "Barnaby", "Clement", "Desmond", "Everett",
           "Fitzgerald", "Grover", "Harland", "Lyle", "Merritt", "Otis", "Rollo", "Sterling", "Tobias"]
FIRST_F = ["Adelaide", "Beatrix", "Clementine", "Delphine", "Eudora", "Florentine", "Georgiana", "Henrietta",
           "Imogen", "Josephine", "Lavinia", "Marigold", "Nettie", "Ophelia", "Prudence", "Rosalind",
           "Sybil", "Theodora", "Ursula", "Verna", "Winifred", "Agatha", "Bernadette", "Cordelia", "Dulcie",
           "Esmeralda", "Fern", "Gwendolyn", "Hazel", "Ivy", "Loretta", "Mavis", "Odessa", "Philippa", "Wilhelmina"]
LAST = ["Thistlewood", "Marrowby", "Penhallow", "Quenby", "Ashgrove", "Tullingham", "Vantreese", "Wexley",
        "Orlebar", "Brackenfield", "Crumpton", "Dunsmore", "Ellerbeck", "Farthingale", "Gorsuch", "Hollowell",
        "Inglethorpe", "Jessamy", "Kettleby", "Lockridge", "Mistlethwaite", "Nettlefold", "Oakenshaw",
        "Pumphrey", "Quillby", "Rackstraw", "Sallowfield", "Twitchell", "Upshaw", "Verity", "Winterbottom",
        "Yarborough", "Zennor", "Bramblecombe", "Catterick", "Dibble", "Fallowmere", "Grimbly", "Hobday",
        "Larkspur", "Mumford", "Pettigrew", "Ravenhill", "Snodgrass", "Tiddeman", "Wickersham"]
DOCS = None  # filled lazily


def doctor(r):
    return "%s %s" % (ch(r, FIRST_M + FIRST_F), ch(r, LAST))


def dr(r):
    return "Dr. " + ch(r, LAST)


CREDS = ["M.D.", "MD", "D.O.", "M.D., F.A.C.S.", "M.D., F.A.C.C.", "M.D., Ph.D."]


def a_date(r, y0=1995, y1=2020):
    y = r.randint(y0, y1)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


def fmt_date(y, m, d, style=0):
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December"]
    if style == 1:
        return "%s %d, %d" % (months[m - 1], d, y)
    return "%02d/%02d/%04d" % (m, d, y)


def add_days(y, m, d, n):
    mdays = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    d += n
    while d > mdays[m - 1]:
        d -= mdays[m - 1]
        m += 1
        if m > 12:
            m = 1
            y += 1
            mdays[1] = 29 if y % 4 == 0 else 28
    return y, m, d


def make_patient(r, lo=18, hi=92, sex=None):
    sex = sex or ch(r, ["M", "F"])
    age = r.randint(lo, hi)
    if sex == "M":
        if age < 1:
            man = "male infant"
        elif age < 13:
            man = ch(r, ["boy", "male"])
        elif age < 18:
            man = ch(r, ["young man", "male", "adolescent boy"])
        else:
            man = ch(r, ["gentleman", "man", "male", "white male", "African-American male", "Hispanic male",
                         "gentleman", "man"])
        P = dict(he="he", He="He", his="his", His="His", him="him", Mr="Mr.", sex="male",
                 first=ch(r, FIRST_M))
    else:
        if age < 1:
            man = "female infant"
        elif age < 13:
            man = ch(r, ["girl", "female"])
        elif age < 18:
            man = ch(r, ["young lady", "female", "adolescent girl"])
        else:
            man = ch(r, ["lady", "woman", "female", "white female", "African-American female", "Hispanic female",
                         "lady", "woman"])
        P = dict(he="she", He="She", his="her", His="Her", him="her", Mr=ch(r, ["Ms.", "Mrs.", "Ms."]),
                 sex="female", first=ch(r, FIRST_F))
    P["age"] = age
    P["man"] = man
    P["last"] = ch(r, LAST)
    P["name"] = P["first"] + " " + P["last"]
    P["agestr"] = ("%d-month-old" % r.randint(2, 11)) if age < 1 else "%d-year-old" % age
    P["x"] = P["Mr"] + " " + P["last"]
    P["sexcode"] = sex
    global _CUR_SEX
    _CUR_SEX = sex
    return P


def F(s, P):
    return s.format(**P)


def para(sents):
    return " ".join(s.strip() for s in sents if s and s.strip())


# ---------------------------------------------------------------------------
# Shared clinical vocabulary (phrases, not sentences)
# ---------------------------------------------------------------------------

PMH = ["hypertension", "type 2 diabetes mellitus", "hyperlipidemia", "coronary artery disease",
       "chronic obstructive pulmonary disease", "gastroesophageal reflux disease", "hypothyroidism",
       "osteoarthritis of both knees", "benign prostatic hypertrophy", "chronic kidney disease stage III",
       "atrial fibrillation", "depression", "anxiety disorder", "obstructive sleep apnea", "gout",
       "peripheral vascular disease", "remote history of nephrolithiasis", "asthma", "migraine headaches",
       "osteoporosis", "congestive heart failure", "prior transient ischemic attack", "morbid obesity",
       "seizure disorder", "history of colon polyps", "iron deficiency anemia", "rheumatoid arthritis",
       "chronic low back pain", "glaucoma", "macular degeneration", "diverticulosis", "hepatitis C",
       "history of prostate cancer treated with radiation", "history of breast cancer status post lumpectomy",
       "bipolar disorder", "restless legs syndrome", "psoriasis", "hypertriglyceridemia"]
PSH = ["appendectomy as a child", "cholecystectomy", "tonsillectomy", "right inguinal hernia repair",
       "total abdominal hysterectomy", "coronary artery bypass grafting", "left total knee replacement",
       "cataract surgery bilaterally", "transurethral resection of the prostate", "two cesarean sections",
       "lumbar laminectomy", "carpal tunnel release", "tubal ligation", "open reduction of a wrist fracture",
       "laparoscopic Nissen fundoplication", "coronary stent placement", "right hip replacement",
       "varicose vein stripping", "sinus surgery", "rotator cuff repair"]
MEDS = ["lisinopril 20 mg daily", "metoprolol tartrate 25 mg b.i.d.", "metformin 1000 mg b.i.d.",
        "atorvastatin 40 mg at bedtime", "aspirin 81 mg daily", "furosemide 40 mg daily",
        "levothyroxine 100 mcg daily", "omeprazole 20 mg daily", "amlodipine 5 mg daily",
        "simvastatin 20 mg nightly", "warfarin 5 mg daily", "glipizide 5 mg daily", "sertraline 50 mg daily",
        "tamsulosin 0.4 mg at bedtime", "albuterol inhaler as needed", "tiotropium 18 mcg inhaled daily",
        "hydrochlorothiazide 25 mg daily", "allopurinol 300 mg daily", "gabapentin 300 mg t.i.d.",
        "potassium chloride 20 mEq daily", "insulin glargine 30 units at bedtime", "clopidogrel 75 mg daily",
        "carvedilol 12.5 mg b.i.d.", "digoxin 0.125 mg daily", "prednisone 5 mg daily",
        "alendronate 70 mg weekly", "trazodone 50 mg at bedtime", "fluticasone nasal spray",
        "ranitidine 150 mg b.i.d.", "losartan 50 mg daily", "diltiazem CD 180 mg daily",
        "pravastatin 40 mg daily", "citalopram 20 mg daily", "lorazepam 0.5 mg as needed",
        "donepezil 10 mg daily", "ferrous sulfate 325 mg t.i.d.", "vitamin D 1000 units daily",
        "montelukast 10 mg daily", "oxybutynin 5 mg b.i.d.", "pioglitazone 30 mg daily"]
ALLERGIES = ["PENICILLIN, which causes hives", "SULFA", "CODEINE, which causes nausea", "NO KNOWN DRUG ALLERGIES",
             "NO KNOWN DRUG ALLERGIES", "NKDA", "IODINATED CONTRAST", "MORPHINE", "LATEX", "ERYTHROMYCIN",
             "CEPHALEXIN, rash", "NO KNOWN ALLERGIES", "ACE INHIBITORS, which cause cough", "TETRACYCLINE"]
JOBS = ["retired machinist", "retired schoolteacher", "truck driver", "farmer", "accountant", "homemaker",
        "retired postal worker", "construction worker", "nurse's aide", "electrician", "bank teller",
        "retired steelworker", "college student", "restaurant manager", "mechanic", "secretary",
        "retired Navy officer", "hairdresser", "carpenter", "software engineer", "custodian", "welder"]

SPECIALTIES = ["cardiology", "nephrology", "gastroenterology", "pulmonology", "infectious disease",
               "neurology", "general surgery", "orthopedics", "urology", "endocrinology", "hematology/oncology",
               "psychiatry", "physical therapy", "physical medicine and rehabilitation", "vascular surgery",
               "wound care", "nutrition services", "social services", "case management", "palliative care"]

# ---------------------------------------------------------------------------
# Inpatient medical conditions (phrase banks; sentence frames live per type)
# ---------------------------------------------------------------------------

def C(**kw):
    kw.setdefault("sex", None)
    kw.setdefault("ages", (35, 90))
    return kw


CONDITIONS = [
    C(key="chf", dx="acute on chronic systolic congestive heart failure", spec="cardiology",
      cc="shortness of breath and leg swelling",
      sx=["progressive dyspnea on exertion", "three-pillow orthopnea", "paroxysmal nocturnal dyspnea",
          "a twelve-pound weight gain", "increasing bilateral ankle swelling", "a dry nonproductive cough"],
      dur=["two weeks", "ten days", "about a week", "three weeks"],
      trig=["dietary indiscretion over the holidays", "running out of furosemide", "a salty restaurant meal",
            "noncompliance with fluid restriction"],
      signs=["jugular venous distention to the angle of the jaw", "bibasilar crackles one-third of the way up",
             "an S3 gallop", "2+ pitting edema to the mid shins", "a soft holosystolic murmur at the apex"],
      tests=["a BNP of {bnp}", "cardiomegaly with cephalization and small bilateral effusions on chest x-ray",
             "an ejection fraction of {ef}% on echocardiogram", "a creatinine of {cr}",
             "troponin negative times three"],
      course=["was diuresed aggressively with intravenous furosemide 80 mg twice daily with a net negative output of {neg} liters",
              "had {his} ACE inhibitor resumed once the creatinine stabilized",
              "was transitioned back to oral furosemide at an increased dose",
              "required potassium repletion for a potassium of 3.2",
              "was seen by cardiology who recommended a beta blocker titration as an outpatient",
              "walked the hallways without oxygen desaturation",
              "received dietary teaching on a 2-gram sodium restriction"],
      dcmeds=["furosemide 40 mg p.o. b.i.d.", "carvedilol 6.25 mg p.o. b.i.d.", "lisinopril 10 mg p.o. daily",
              "spironolactone 25 mg p.o. daily", "potassium chloride 20 mEq p.o. daily", "aspirin 81 mg daily"],
      procs=["transthoracic echocardiogram", "chest x-ray"], consults=["cardiology"],
      fu="cardiology clinic in one week with a basic metabolic panel"),
    C(key="copd", dx="acute exacerbation of chronic obstructive pulmonary disease", spec="pulmonary",
      cc="worsening shortness of breath", ages=(50, 88),
      sx=["increased sputum production", "a change in sputum color to green", "wheezing",
          "dyspnea at rest", "chest tightness", "low-grade fevers"],
      dur=["four days", "five days", "a week"], trig=["an upper respiratory infection", "exposure to wood smoke",
                                                      "running out of {his} inhalers"],
      signs=["diffuse expiratory wheezes", "a prolonged expiratory phase", "use of accessory muscles",
             "pursed-lip breathing", "distant breath sounds", "an oxygen saturation of 86% on room air"],
      tests=["an arterial blood gas showing pH 7.33, pCO2 58 and pO2 54",
             "hyperinflated lungs without focal infiltrate on chest film", "a white count of {wbc}",
             "a sputum Gram stain with moderate polys"],
      course=["was started on nebulized albuterol and ipratropium every four hours along with intravenous methylprednisolone",
              "was given azithromycin for five days",
              "was weaned from 4 liters to 2 liters of oxygen by nasal cannula",
              "had {his} steroids converted to an oral prednisone taper",
              "completed an ambulatory oximetry study which qualified {him} for home oxygen",
              "was counseled extensively regarding smoking cessation",
              "required BiPAP overnight for hypercapnia, which was discontinued the next morning"],
      dcmeds=["prednisone taper starting at 40 mg daily", "azithromycin 250 mg daily to complete five days",
              "tiotropium 18 mcg inhaled daily", "albuterol MDI two puffs q.4h. p.r.n.",
              "fluticasone/salmeterol 250/50 one inhalation b.i.d.", "home oxygen 2 liters by nasal cannula"],
      procs=["chest x-ray", "arterial blood gas"], consults=["pulmonology", "respiratory therapy"],
      fu="pulmonary clinic in two weeks with pulmonary function testing"),
    C(key="pna", dx="community-acquired pneumonia of the right lower lobe", spec="medicine",
      cc="fever and cough", ages=(25, 92),
      sx=["fevers to 102 degrees", "shaking chills", "a cough productive of rust-colored sputum",
          "right-sided pleuritic chest pain", "generalized malaise", "poor oral intake"],
      dur=["three days", "four days", "two days"], trig=["a sick contact at home", "a recent cold"],
      signs=["dullness to percussion at the right base", "bronchial breath sounds in the right lower lung field",
             "egophony at the right base", "a temperature of 101.8", "tachypnea with a respiratory rate of 26"],
      tests=["a right lower lobe consolidation on chest x-ray", "a white count of {wbc} with a left shift",
             "a lactate of 1.9", "blood cultures that ultimately grew Streptococcus pneumoniae",
             "a positive urine pneumococcal antigen"],
      course=["was started on intravenous ceftriaxone and azithromycin",
              "defervesced within forty-eight hours of antibiotics",
              "was changed to oral levofloxacin once afebrile and tolerating a diet",
              "received incentive spirometry teaching and chest physiotherapy",
              "had {his} oxygen discontinued with saturations of 94% on room air",
              "received intravenous fluids for mild prerenal azotemia, which corrected"],
      dcmeds=["levofloxacin 750 mg p.o. daily for five more days", "guaifenesin 600 mg b.i.d. p.r.n.",
              "acetaminophen 650 mg q.6h. p.r.n. fever", "benzonatate 100 mg t.i.d. p.r.n. cough"],
      procs=["chest x-ray", "blood cultures"], consults=[], fu="primary care physician in one week with repeat chest x-ray in six weeks"),
    C(key="dka", dx="diabetic ketoacidosis", spec="endocrinology", cc="nausea, vomiting and abdominal pain",
      ages=(16, 60),
      sx=["polyuria", "polydipsia", "a twenty-pound weight loss", "nausea and vomiting", "diffuse abdominal pain",
          "generalized weakness"],
      dur=["two days", "three days", "several days"], trig=["missed insulin doses", "a viral gastroenteritis",
                                                            "an insulin pump malfunction"],
      signs=["dry mucous membranes", "Kussmaul respirations", "a fruity odor on the breath",
             "diffuse mild abdominal tenderness without guarding", "tachycardia to 122"],
      tests=["a glucose of {glu}", "an anion gap of 28", "a bicarbonate of 8", "serum ketones strongly positive",
             "a venous pH of 7.08", "a hemoglobin A1c of 12.4%"],
      course=["was admitted to the intensive care unit on an insulin drip per DKA protocol",
              "received 4 liters of normal saline in the first twelve hours",
              "had {his} anion gap close by the following morning",
              "was bridged to subcutaneous insulin glargine and lispro with meals",
              "met with the diabetes educator for insulin and glucometer teaching",
              "had potassium and phosphorus repleted aggressively"],
      dcmeds=["insulin glargine 24 units subcutaneously at bedtime", "insulin lispro per sliding scale with meals",
              "glucometer and test strips", "ondansetron 4 mg q.8h. p.r.n. nausea"],
      procs=["arterial line"], consults=["endocrinology", "diabetes education"],
      fu="endocrinology in one week; bring glucose log"),
    C(key="gib", dx="upper gastrointestinal bleed secondary to a duodenal ulcer", spec="GI",
      cc="black tarry stools and lightheadedness", ages=(40, 90),
      sx=["several episodes of black tarry stools", "one episode of coffee-ground emesis", "lightheadedness on standing",
          "fatigue", "epigastric burning"],
      dur=["two days", "since yesterday", "three days"], trig=["daily ibuprofen use for arthritis",
                                                               "naproxen for back pain"],
      signs=["pale conjunctivae", "orthostatic hypotension", "melena on rectal examination",
             "mild epigastric tenderness", "a resting heart rate of 112"],
      tests=["a hemoglobin of {hgb}", "a BUN of 58 with a creatinine of 1.1", "an INR of 1.1",
             "a clean-based 1.5 cm duodenal bulb ulcer on upper endoscopy", "a positive CLO test"],
      course=["was transfused two units of packed red blood cells",
              "was placed on a pantoprazole infusion",
              "underwent esophagogastroduodenoscopy showing a duodenal ulcer with a visible vessel, which was injected with epinephrine and clipped",
              "had a stable hemoglobin on serial checks every six hours",
              "had {his} diet advanced from clear liquids to a regular diet",
              "was started on triple therapy for Helicobacter pylori"],
      dcmeds=["pantoprazole 40 mg p.o. b.i.d.", "amoxicillin 1 gram b.i.d. for fourteen days",
              "clarithromycin 500 mg b.i.d. for fourteen days", "ferrous sulfate 325 mg daily"],
      procs=["esophagogastroduodenoscopy with epinephrine injection and clip placement",
             "transfusion of packed red blood cells"], consults=["gastroenterology"],
      fu="gastroenterology in four weeks; avoid all NSAIDs"),
    C(key="panc", dx="acute gallstone pancreatitis", spec="GI", cc="severe epigastric pain", ages=(25, 85),
      sx=["severe epigastric pain radiating straight through to the back", "nausea with repeated vomiting",
          "inability to tolerate food", "subjective fevers"],
      dur=["twelve hours", "one day", "since last evening"], trig=["a fatty meal", "a large dinner"],
      signs=["marked epigastric tenderness with voluntary guarding", "hypoactive bowel sounds",
             "mild scleral icterus", "abdominal distention"],
      tests=["a lipase of {lip}", "cholelithiasis with a common bile duct of 8 mm on ultrasound",
             "an alkaline phosphatase of 260 and a total bilirubin of 2.8",
             "peripancreatic fat stranding without necrosis on CT"],
      course=["was kept n.p.o. with aggressive intravenous hydration and patient-controlled analgesia",
              "underwent ERCP with sphincterotomy and stone extraction",
              "had {his} liver function tests trend down toward normal",
              "was started on clear liquids, which {he} tolerated",
              "underwent laparoscopic cholecystectomy during the same admission without complication"],
      dcmeds=["oxycodone/acetaminophen 5/325 one to two tablets q.4-6h. p.r.n. pain", "docusate 100 mg b.i.d.",
              "ondansetron 4 mg p.r.n."], procs=["ERCP with sphincterotomy", "laparoscopic cholecystectomy"],
      consults=["general surgery", "gastroenterology"], fu="surgical clinic in ten to fourteen days"),
    C(key="cellulitis", dx="cellulitis of the left lower extremity", spec="medicine", cc="red, swollen left leg",
      ages=(30, 85),
      sx=["spreading redness of the left shin", "warmth and swelling of the leg", "pain with walking",
          "fevers and chills"], dur=["three days", "four days"], trig=["a scratch while gardening",
                                                                       "tinea pedis with fissuring between the toes"],
      signs=["a 15 x 12 cm area of erythema over the anterior left shin", "warmth and induration",
             "no fluctuance or crepitus", "tender inguinal adenopathy", "interdigital maceration"],
      tests=["a white count of {wbc}", "a venous Doppler negative for deep venous thrombosis",
             "an ESR of 64", "negative blood cultures"],
      course=["was started on intravenous cefazolin with the borders of erythema marked",
              "had vancomycin added when the erythema extended past the marked border",
              "was elevated and had the erythema recede significantly",
              "was converted to oral cephalexin", "was treated with topical clotrimazole to the toe webs"],
      dcmeds=["cephalexin 500 mg q.i.d. for seven days", "clotrimazole cream to the feet b.i.d.",
              "ibuprofen 400 mg q.8h. with food p.r.n."], procs=["venous duplex ultrasound"], consults=[],
      fu="primary care in five to seven days"),
    C(key="pyelo", dx="acute pyelonephritis with sepsis", spec="medicine", cc="fever and right flank pain",
      sex="F", ages=(18, 85),
      sx=["right flank pain", "dysuria and urinary frequency", "fevers to 103", "rigors", "nausea"],
      dur=["two days", "three days"], trig=["an untreated bladder infection"],
      signs=["right costovertebral angle tenderness", "a temperature of 102.9", "a blood pressure of 88/52",
             "suprapubic tenderness"],
      tests=["a urinalysis with too numerous to count white cells and positive nitrites",
             "a white count of {wbc}", "a lactate of 3.1", "urine and blood cultures growing Escherichia coli",
             "no hydronephrosis on renal ultrasound"],
      course=["received a 30 mL/kg fluid bolus and was started on intravenous ceftriaxone",
              "had {his} lactate clear on repeat", "became afebrile after hospital day two",
              "had antibiotics narrowed according to sensitivities to oral ciprofloxacin"],
      dcmeds=["ciprofloxacin 500 mg p.o. b.i.d. to complete fourteen days", "phenazopyridine 200 mg t.i.d. for two days"],
      procs=["renal ultrasound"], consults=[], fu="primary care in one week"),
    C(key="stroke", dx="acute ischemic stroke of the left middle cerebral artery territory", spec="neurology",
      cc="right-sided weakness and difficulty speaking", ages=(50, 92),
      sx=["sudden right arm and leg weakness", "slurred speech", "word-finding difficulty", "right facial droop"],
      dur=["two hours", "since awakening this morning", "ninety minutes"], trig=["a missed dose of warfarin"],
      signs=["an expressive aphasia", "a right lower facial droop", "4-/5 strength in the right upper extremity",
             "a right pronator drift", "an NIH Stroke Scale of 7"],
      tests=["a CT of the head without hemorrhage", "a diffusion-weighted MRI with restricted diffusion in the left frontal lobe",
             "a carotid duplex with less than 50% stenosis bilaterally", "an LDL of 142", "atrial fibrillation on telemetry"],
      course=["received intravenous tPA in the emergency department and was monitored in the neuro ICU",
              "had a follow-up CT at twenty-four hours without hemorrhagic conversion",
              "was evaluated by speech therapy, who recommended a mechanical soft diet",
              "worked with physical and occupational therapy with steady gains",
              "was started on a high-intensity statin", "was started on apixaban for newly diagnosed atrial fibrillation"],
      dcmeds=["apixaban 5 mg p.o. b.i.d.", "atorvastatin 80 mg p.o. nightly", "lisinopril 10 mg daily"],
      procs=["MRI of the brain", "carotid duplex", "transthoracic echocardiogram"],
      consults=["neurology", "physical therapy", "speech therapy"], fu="neurology stroke clinic in four weeks"),
    C(key="syncope", dx="syncope secondary to symptomatic bradycardia", spec="cardiology", cc="passing out",
      ages=(60, 94),
      sx=["a sudden loss of consciousness while standing at the sink", "a brief prodrome of lightheadedness",
          "no tongue biting or incontinence", "two similar near-syncopal episodes"],
      dur=["the past month", "two weeks"], trig=["recent uptitration of metoprolol"],
      signs=["a heart rate of 38", "a small ecchymosis over the left forehead", "no carotid bruits",
             "no focal neurologic deficits"],
      tests=["complete heart block on electrocardiogram", "normal electrolytes", "a head CT without acute findings",
             "a normal ejection fraction on echocardiography"],
      course=["was monitored on telemetry with transcutaneous pacing pads in place",
              "had metoprolol held", "underwent dual-chamber permanent pacemaker placement by electrophysiology",
              "had a post-procedure chest x-ray without pneumothorax", "had device interrogation the next morning showing normal function"],
      dcmeds=["cephalexin 500 mg q.i.d. for three days", "acetaminophen 650 mg q.6h. p.r.n."],
      procs=["dual-chamber permanent pacemaker implantation"], consults=["electrophysiology"],
      fu="device clinic in ten days for wound check"),
    C(key="nstemi", dx="non-ST-elevation myocardial infarction", spec="cardiology", cc="chest pressure",
      ages=(40, 88),
      sx=["substernal chest pressure radiating to the left arm", "diaphoresis", "nausea",
          "exertional chest tightness for several weeks"],
      dur=["three hours", "since early this morning"], trig=["shoveling snow", "climbing stairs"],
      signs=["diaphoresis", "a fourth heart sound", "clear lung fields", "no peripheral edema"],
      tests=["a troponin I of {trop}", "ST depressions in leads V4 through V6",
             "a 95% stenosis of the proximal left anterior descending artery on catheterization",
             "an ejection fraction of 50%"],
      course=["was started on aspirin, heparin, a beta blocker and a statin",
              "underwent cardiac catheterization with drug-eluting stent placement to the proximal LAD",
              "remained chest pain free after the intervention",
              "was referred to outpatient cardiac rehabilitation"],
      dcmeds=["aspirin 81 mg daily", "ticagrelor 90 mg b.i.d.", "metoprolol succinate 50 mg daily",
              "atorvastatin 80 mg nightly", "nitroglycerin 0.4 mg sublingual p.r.n. chest pain"],
      procs=["left heart catheterization with percutaneous coronary intervention"], consults=["cardiology"],
      fu="cardiology in two weeks and cardiac rehabilitation"),
    C(key="afib", dx="atrial fibrillation with rapid ventricular response", spec="cardiology", cc="palpitations",
      ages=(45, 90),
      sx=["a racing irregular heartbeat", "mild dyspnea", "fatigue", "vague chest discomfort"],
      dur=["since last night", "two days"], trig=["heavy alcohol intake over the weekend", "a bronchitis"],
      signs=["an irregularly irregular rhythm at 148", "no murmurs", "mild bibasilar crackles"],
      tests=["atrial fibrillation with a ventricular rate of 150 on ECG", "a TSH of 2.1",
             "a left atrial size of 4.6 cm on echocardiogram", "a CHA2DS2-VASc score of {chads}"],
      course=["was rate controlled with intravenous diltiazem followed by an infusion",
              "was converted to oral diltiazem", "was started on anticoagulation",
              "spontaneously converted to sinus rhythm on the second hospital day"],
      dcmeds=["diltiazem CD 240 mg daily", "apixaban 5 mg b.i.d."], procs=["transthoracic echocardiogram"],
      consults=["cardiology"], fu="cardiology in two to three weeks"),
    C(key="sbo", dx="small bowel obstruction secondary to adhesions", spec="surgery", cc="crampy abdominal pain and vomiting",
      ages=(30, 88),
      sx=["crampy periumbilical abdominal pain", "bilious vomiting", "abdominal bloating",
          "no flatus for a day and a half"], dur=["two days", "thirty-six hours"], trig=["prior abdominal surgery"],
      signs=["a distended, tympanitic abdomen", "high-pitched tinkling bowel sounds", "well-healed midline scar",
             "diffuse tenderness without peritoneal signs"],
      tests=["dilated small-bowel loops with air-fluid levels on obstruction series",
             "a transition point in the right lower quadrant on CT", "a white count of {wbc}", "a potassium of 3.1"],
      course=["was made n.p.o. and had a nasogastric tube placed to low intermittent suction",
              "had 1.5 liters of bilious output from the nasogastric tube in the first day",
              "received a Gastrografin challenge with contrast reaching the colon at eight hours",
              "began passing flatus and had the nasogastric tube removed",
              "was advanced from clear liquids to a soft diet without difficulty"],
      dcmeds=["docusate 100 mg b.i.d.", "acetaminophen 650 mg q.6h. p.r.n."], procs=["nasogastric tube placement"],
      consults=["general surgery"], fu="general surgery clinic in two weeks"),
    C(key="hipfx", dx="left intertrochanteric hip fracture", spec="orthopedics", cc="left hip pain after a fall",
      ages=(68, 98),
      sx=["a mechanical fall at home", "inability to bear weight", "severe left groin pain"],
      dur=["this morning", "last evening"], trig=["tripping over a rug"],
      signs=["a shortened and externally rotated left lower extremity", "exquisite tenderness over the greater trochanter",
             "intact distal pulses", "a small skin tear on the left forearm"],
      tests=["a displaced intertrochanteric fracture of the left femur on x-ray", "a hemoglobin of {hgb}",
             "a normal chest film", "an INR of 1.0"],
      course=["underwent intramedullary nailing of the left hip on hospital day two",
              "was started on enoxaparin for deep venous thrombosis prophylaxis",
              "was transfused one unit of packed red cells for postoperative anemia",
              "worked with physical therapy and was weight bearing as tolerated with a walker",
              "had a brief episode of nighttime confusion that resolved with reorientation and avoidance of sedatives"],
      dcmeds=["enoxaparin 40 mg subcutaneously daily for four weeks", "oxycodone 5 mg q.4h. p.r.n. pain",
              "acetaminophen 1 gram t.i.d.", "senna two tablets at bedtime", "calcium with vitamin D b.i.d."],
      procs=["intramedullary nailing of the left hip"], consults=["orthopedic surgery", "physical therapy", "geriatrics"],
      fu="orthopedics in two weeks for staple removal"),
    C(key="pe", dx="acute pulmonary embolism", spec="pulmonary", cc="sudden shortness of breath", ages=(25, 85),
      sx=["sudden onset dyspnea", "left-sided pleuritic chest pain", "left calf swelling", "one episode of blood-tinged sputum"],
      dur=["one day", "since this afternoon"], trig=["a long car trip", "recent knee arthroscopy", "oral contraceptive use"],
      signs=["a heart rate of 118", "an oxygen saturation of 89% on room air", "a swollen tender left calf",
             "clear lung fields"],
      tests=["a CT angiogram with bilateral segmental pulmonary emboli", "a D-dimer of 4.2",
             "mild right ventricular dilatation on echocardiogram", "a left popliteal deep venous thrombosis on duplex"],
      course=["was started on a weight-based heparin infusion", "was transitioned to rivaroxaban",
              "had supplemental oxygen weaned off", "ambulated without dyspnea by discharge"],
      dcmeds=["rivaroxaban 15 mg b.i.d. for twenty-one days then 20 mg daily"], procs=["CT pulmonary angiogram"],
      consults=["pulmonology", "hematology"], fu="primary care in one week; hematology in one month"),
    C(key="etoh", dx="alcohol withdrawal with withdrawal seizure", spec="medicine", cc="shaking and a seizure",
      sex="M", ages=(30, 70),
      sx=["tremulousness", "sweats", "visual hallucinations of insects", "a witnessed generalized seizure",
          "abrupt cessation of drinking"], dur=["two days", "thirty-six hours"], trig=["running out of money for alcohol"],
      signs=["coarse tremor of the outstretched hands", "diaphoresis", "tachycardia to 124", "a CIWA score of 22",
             "palpable hepatomegaly"],
      tests=["an ethanol level of zero", "a magnesium of 1.3", "an AST of 188 and ALT of 76", "a platelet count of 96,000",
             "a normal head CT"],
      course=["was treated with symptom-triggered lorazepam per CIWA protocol",
              "received thiamine, folate and a multivitamin", "had magnesium repleted intravenously",
              "had no further seizures", "met with the chemical dependency counselor and agreed to outpatient treatment"],
      dcmeds=["thiamine 100 mg daily", "folic acid 1 mg daily", "multivitamin daily"], procs=["head CT"],
      consults=["chemical dependency"], fu="primary care in one week and outpatient chemical dependency program"),
    C(key="asthma_peds", dx="status asthmaticus", spec="pediatrics", cc="wheezing and trouble breathing", ages=(3, 15),
      sx=["wheezing", "cough worse at night", "retractions", "increasing albuterol use at home every two hours"],
      dur=["two days", "since yesterday"], trig=["a viral upper respiratory infection", "exposure to a new cat"],
      signs=["subcostal and intercostal retractions", "diffuse inspiratory and expiratory wheezes",
             "an oxygen saturation of 91% on room air", "nasal flaring"],
      tests=["a chest x-ray with peribronchial cuffing and no focal infiltrate", "a peak flow of 45% of predicted"],
      course=["was treated with continuous albuterol nebulization and oral dexamethasone",
              "was spaced to albuterol every two hours, then every four hours",
              "had oxygen discontinued", "received an asthma action plan and spacer teaching with the parents"],
      dcmeds=["albuterol MDI with spacer four puffs q.4h. for two days then p.r.n.",
              "fluticasone 44 mcg two puffs b.i.d.", "prednisolone to complete five days"],
      procs=["chest x-ray"], consults=["respiratory therapy"], fu="pediatrician in two to three days"),
    C(key="aki", dx="acute kidney injury superimposed on chronic kidney disease", spec="nephrology",
      cc="weakness and decreased urination", ages=(50, 90),
      sx=["generalized weakness", "poor oral intake", "decreased urine output", "diarrhea for several days"],
      dur=["one week", "five days"], trig=["recent initiation of an NSAID", "a diarrheal illness while on lisinopril"],
      signs=["dry mucous membranes", "orthostatic changes", "no asterixis", "no pericardial rub"],
      tests=["a creatinine of {cr} from a baseline of 1.4", "a potassium of 5.9", "a FENa of 0.4%",
             "normal-sized kidneys without hydronephrosis on ultrasound"],
      course=["had lisinopril and the NSAID held", "received isotonic fluids with improvement in urine output",
              "was treated for hyperkalemia with insulin, dextrose and sodium polystyrene sulfonate",
              "had creatinine trend down daily", "was seen by nephrology who did not feel dialysis was needed"],
      dcmeds=["amlodipine 5 mg daily in place of lisinopril", "sodium bicarbonate 650 mg b.i.d."],
      procs=["renal ultrasound"], consults=["nephrology"], fu="nephrology in two weeks with renal function panel"),
]


def cond_nums(r):
    return dict(bnp=r.choice([880, 1240, 1650, 2300, 3100]), ef=r.choice([20, 25, 30, 35]),
                cr=r.choice(["1.8", "2.3", "2.9", "3.4"]), neg=r.choice(["4.2", "5.6", "6.1", "7.3"]),
                wbc=r.choice(["14.2", "16.8", "18.1", "21.4", "12.9"]), glu=r.choice([486, 562, 644, 713]),
                hgb=r.choice(["7.1", "7.8", "8.4", "9.2"]), lip=r.choice([1240, 2860, 4100]),
                trop=r.choice(["2.4", "4.8", "7.2", "11.5"]), chads=r.choice([2, 3, 4, 5]))

# ---------------------------------------------------------------------------
# Operations (used only by operative_note; anesthesia_record uses the names)
# ---------------------------------------------------------------------------

def O(**kw):
    kw.setdefault("sex", None)
    kw.setdefault("ages", (20, 85))
    kw.setdefault("anes", "general endotracheal anesthesia")
    kw.setdefault("pos", "supine")
    kw.setdefault("drain", "None.")
    return kw


OPS = [
    O(name="Laparoscopic cholecystectomy", spec="general", pre="Symptomatic cholelithiasis",
      ind="recurrent postprandial right upper quadrant pain with gallstones on ultrasound",
      steps=["A small infraumbilical incision was made and carried down to the fascia, which was grasped with Kocher clamps and incised; the peritoneum was entered bluntly and a 12 mm Hasson trocar was placed and secured with 0 Vicryl stay sutures",
             "Pneumoperitoneum was established with carbon dioxide to 15 mmHg and the laparoscope was inserted; there was no evidence of injury from trocar placement",
             "Under direct vision, a 10 mm epigastric port and two 5 mm right subcostal ports were placed",
             "The fundus of the gallbladder was grasped and retracted over the dome of the liver, and the infundibulum was retracted laterally to open the triangle of Calot",
             "Filmy omental adhesions to the gallbladder were taken down with the Maryland dissector and hook cautery",
             "The peritoneum overlying the triangle was incised, and the cystic duct and cystic artery were dissected circumferentially until the critical view of safety was clearly obtained",
             "The cystic duct was doubly clipped proximally and singly clipped distally and divided with the endoscopic scissors; the cystic artery was managed in a similar fashion",
             "The gallbladder was dissected off the liver bed using electrocautery; a small rent in the gallbladder spilled a few stones, which were retrieved",
             "The gallbladder was placed in an Endocatch bag and removed through the umbilical port site",
             "The liver bed was irrigated and hemostasis was confirmed; the clips were noted to be secure",
             "The ports were removed under direct vision and the pneumoperitoneum was released; the umbilical fascia was closed with 0 Vicryl in figure-of-eight fashion",
             "The skin was closed with 4-0 Monocryl in a subcuticular fashion and Dermabond was applied"],
      ebl=["minimal", "less than 10 mL", "15 mL", "20 mL"], specimen="Gallbladder with stones."),
    O(name="Laparoscopic appendectomy", spec="general", pre="Acute appendicitis", ages=(8, 70),
      ind="right lower quadrant pain, leukocytosis and a dilated appendix on CT",
      steps=["An open Hasson technique was used at the umbilicus to enter the peritoneal cavity, and pneumoperitoneum was established",
             "A 5 mm port was placed in the suprapubic position and a 12 mm port in the left lower quadrant under direct vision",
             "The patient was placed in Trendelenburg position with the right side up, and the cecum was identified and followed to the base of the appendix",
             "The appendix was found to be acutely inflamed and retrocecal with a small amount of cloudy fluid in the pelvis, which was suctioned and sent for culture",
             "A window was created in the mesoappendix at the base using a Maryland dissector",
             "The appendix was divided at its base with an Endo GIA stapler with a blue load, and the mesoappendix was divided with a vascular load",
             "The appendix was placed into a retrieval bag and brought out through the 12 mm port",
             "The staple lines were inspected and were hemostatic; the right lower quadrant and pelvis were irrigated until clear",
             "The fascia at the 12 mm and umbilical sites was closed with 0 Vicryl, and the skin was approximated with 4-0 Monocryl subcuticular sutures"],
      ebl=["minimal", "5 mL", "10 mL"], specimen="Appendix."),
    O(name="Open right inguinal hernia repair with mesh (Lichtenstein)", spec="general", pre="Right inguinal hernia",
      sex="M", anes="monitored anesthesia care with local anesthetic", ind="an enlarging, symptomatic right groin bulge",
      steps=["An oblique incision was made two fingerbreadths above the inguinal ligament after infiltration with 0.5% bupivacaine with epinephrine",
             "Dissection was carried down through Scarpa's fascia with electrocautery to the external oblique aponeurosis, which was opened in the direction of its fibers through the external ring",
             "The ilioinguinal nerve was identified and protected throughout the case",
             "The spermatic cord was encircled with a Penrose drain at the pubic tubercle",
             "A large indirect hernia sac was identified anteromedial to the cord, dissected free to the level of the internal ring, opened to confirm it was empty and high ligated with 2-0 silk",
             "A polypropylene mesh was tailored and secured to the shelving edge of the inguinal ligament with running 2-0 Prolene beginning at the pubic tubercle",
             "The superior edge of the mesh was tacked to the conjoint tendon with interrupted sutures, and the tails were crossed around the cord to recreate a snug internal ring",
             "The external oblique was closed over the cord with running 3-0 Vicryl, Scarpa's fascia with 3-0 Vicryl, and the skin with 4-0 Monocryl"],
      ebl=["minimal", "5 mL", "10 mL"], specimen="None."),
    O(name="Left total knee arthroplasty", spec="ortho", pre="End-stage osteoarthritis of the left knee", ages=(50, 88),
      anes="spinal anesthesia with an adductor canal block", ind="disabling knee pain refractory to injections and bracing",
      steps=["A well-padded tourniquet was applied to the upper thigh, and the leg was prepped and draped; after exsanguination with an Esmarch bandage the tourniquet was inflated to 300 mmHg",
             "A midline skin incision was made and a medial parapatellar arthrotomy was performed",
             "The patella was everted and the knee flexed; the anterior cruciate ligament and remnants of the menisci were excised, and osteophytes were removed",
             "The intramedullary femoral guide was placed and the distal femoral cut was made at 5 degrees of valgus, followed by anterior, posterior and chamfer cuts using the 4-in-1 cutting block",
             "The extramedullary tibial guide was applied and the proximal tibia was resected perpendicular to its mechanical axis with 3 degrees of posterior slope",
             "Flexion and extension gaps were checked with spacer blocks and were balanced after a small medial release",
             "The patella was measured at 24 mm, resected to 14 mm and drilled for a three-peg component",
             "Trial components were inserted and the knee demonstrated full extension, flexion to 120 degrees and good patellar tracking with a no-thumb test",
             "The bony surfaces were pulse-lavaged and dried, and the cemented femoral, tibial and patellar components were implanted with a 10 mm polyethylene insert",
             "The tourniquet was released and hemostasis was obtained; a periarticular cocktail of ropivacaine, ketorolac and epinephrine was injected",
             "The arthrotomy was closed with #1 Stratafix, the subcutaneous tissue with 2-0 Vicryl and the skin with staples, and a sterile compressive dressing was applied"],
      ebl=["150 mL", "200 mL", "250 mL"], specimen="None.", drain="None."),
    O(name="Right total hip arthroplasty, posterior approach", spec="ortho", pre="Osteoarthritis of the right hip",
      ages=(45, 85), pos="left lateral decubitus", ind="progressive groin pain and loss of motion",
      steps=["The patient was positioned in the lateral decubitus position with a pegboard and all bony prominences padded",
             "A curvilinear incision centered over the greater trochanter was made, and the fascia lata was incised in line with the skin incision",
             "The short external rotators and posterior capsule were tagged with #2 Ethibond and released from the femur",
             "The hip was dislocated posteriorly, and the femoral neck osteotomy was made one fingerbreadth above the lesser trochanter",
             "The acetabulum was exposed; the labrum and pulvinar were excised and the acetabulum was reamed sequentially to 54 mm",
             "A 54 mm porous-coated acetabular shell was impacted in approximately 40 degrees of abduction and 20 degrees of anteversion and supplemented with two screws; a highly cross-linked polyethylene liner was seated",
             "The femoral canal was opened with a box osteotome and broached sequentially to a size 12, and trial reduction showed good stability and equal leg lengths",
             "The final press-fit femoral stem was impacted with a 36 mm ceramic head, and the hip was reduced",
             "The capsule and rotators were repaired to the trochanter through drill holes, the fascia was closed with #1 Vicryl, and the skin with staples"],
      ebl=["300 mL", "350 mL", "450 mL"], specimen="Femoral head."),
    O(name="Open reduction and internal fixation of a right bimalleolar ankle fracture", spec="ortho",
      pre="Displaced right bimalleolar ankle fracture", ages=(18, 75), ind="an unstable ankle fracture after a fall",
      steps=["A thigh tourniquet was inflated to 250 mmHg after exsanguination",
             "A lateral incision was made over the distal fibula, taking care to protect the superficial peroneal nerve",
             "The fracture hematoma was evacuated and the oblique fibular fracture was reduced with pointed reduction clamps",
             "A 3.5 mm lag screw was placed perpendicular to the fracture line, and a one-third tubular plate was applied laterally with three cortical screws proximally and locking screws distally",
             "A medial incision was made over the medial malleolus, and interposed periosteum was cleared from the fracture site",
             "The medial malleolus was reduced and fixed with two 4.0 mm partially threaded cannulated screws",
             "A Cotton stress test under fluoroscopy showed no syndesmotic widening",
             "Final fluoroscopic images confirmed anatomic reduction of the mortise and appropriate hardware position",
             "The wounds were irrigated and closed in layers with 2-0 Vicryl and 3-0 nylon, and a well-padded posterior splint was applied"],
      ebl=["minimal", "25 mL", "50 mL"], specimen="None."),
    O(name="Arthroscopic rotator cuff repair, right shoulder, with subacromial decompression", spec="ortho",
      pre="Full-thickness supraspinatus tear, right shoulder", pos="beach-chair", ages=(40, 75),
      anes="general anesthesia with an interscalene block", ind="persistent weakness and night pain despite therapy",
      steps=["A standard posterior portal was established and diagnostic arthroscopy performed, revealing a 2 cm full-thickness crescent-shaped tear of the supraspinatus",
             "The biceps tendon and labrum were intact, and there was grade II chondromalacia of the humeral head",
             "The scope was placed in the subacromial space; a lateral portal was made, and a thickened bursa was debrided with the shaver",
             "A type II acromion with an anterior spur was converted to a type I acromion with a 5.5 mm burr",
             "The footprint of the greater tuberosity was prepared to bleeding bone",
             "Two double-loaded 5.0 mm suture anchors were placed in a medial row and the sutures passed through the cuff with a suture passer",
             "Medial mattress sutures were tied and the limbs were brought over to two lateral row knotless anchors in a suture-bridge configuration",
             "The repair was probed and found to be secure with excellent footprint coverage",
             "Portals were closed with 3-0 nylon and the arm placed in an abduction sling"],
      ebl=["minimal"], specimen="None."),
    O(name="Left carpal tunnel release", spec="ortho", pre="Left carpal tunnel syndrome", ages=(30, 85),
      anes="local anesthesia with intravenous sedation", ind="numbness of the radial digits with positive nerve conduction studies",
      steps=["A forearm tourniquet was inflated to 250 mmHg after 1% lidocaine was infiltrated in the palm",
             "A 3 cm longitudinal incision was made in line with the radial border of the ring finger",
             "Dissection was carried through the palmar fascia to the transverse carpal ligament",
             "The ligament was divided along its ulnar side under direct vision from distal to proximal, and the distal antebrachial fascia was released with tenotomy scissors",
             "The median nerve was noted to be flattened and hyperemic but in continuity; the motor branch was not encountered",
             "The wound was irrigated and the skin closed with interrupted 4-0 nylon horizontal mattress sutures; a bulky hand dressing was applied"],
      ebl=["minimal"], specimen="None."),
    O(name="Coronary artery bypass grafting times three (LIMA to LAD, saphenous vein grafts to obtuse marginal and posterior descending arteries)",
      spec="cardiac", pre="Three-vessel coronary artery disease", ages=(50, 82),
      ind="unstable angina with severe three-vessel disease on catheterization",
      steps=["A median sternotomy was performed, and the left internal mammary artery was harvested as a pedicle",
             "Simultaneously, the greater saphenous vein was harvested endoscopically from the right thigh",
             "After full heparinization, the ascending aorta and right atrium were cannulated and cardiopulmonary bypass was instituted",
             "The aorta was cross-clamped and the heart arrested with antegrade and retrograde cold blood cardioplegia",
             "The distal anastomoses were constructed with running 7-0 Prolene to the posterior descending artery and the first obtuse marginal, and the LIMA was anastomosed to the mid LAD with 8-0 Prolene",
             "The cross-clamp was removed, and proximal anastomoses were fashioned to the ascending aorta with a partial-occlusion clamp using 6-0 Prolene",
             "The patient was weaned from bypass without difficulty on low-dose epinephrine, and protamine was administered",
             "Atrial and ventricular pacing wires were placed, and mediastinal and left pleural chest tubes were inserted",
             "The sternum was closed with stainless steel wires, and the fascia, subcutaneous tissue and skin were closed in layers"],
      ebl=["500 mL", "650 mL", "800 mL"], specimen="Segment of saphenous vein remnant.", drain="Two mediastinal and one left pleural chest tube."),
    O(name="Left carotid endarterectomy with patch angioplasty", spec="vascular", pre="Symptomatic left internal carotid artery stenosis",
      ages=(55, 88), ind="an 85% stenosis with a recent episode of amaurosis fugax",
      steps=["An incision was made along the anterior border of the sternocleidomastoid muscle",
             "The platysma was divided and the facial vein was ligated and divided",
             "The common, internal and external carotid arteries were dissected and controlled with vessel loops, preserving the hypoglossal and vagus nerves",
             "After 5000 units of heparin were given, the vessels were clamped and a longitudinal arteriotomy was made across the bulb",
             "A shunt was placed because of poor back-bleeding",
             "A heavily calcified, ulcerated plaque was removed with an endarterectomy spatula, and a clean distal endpoint was obtained and tacked with 7-0 Prolene",
             "A bovine pericardial patch was sewn in with running 6-0 Prolene, the shunt was removed before completion and the vessels were flushed",
             "Flow was restored first to the external and then internal carotid, and a good Doppler signal was confirmed",
             "The platysma was closed with 3-0 Vicryl and the skin with 4-0 Monocryl"],
      ebl=["75 mL", "100 mL"], specimen="Carotid plaque.", drain="One 10 French Jackson-Pratt drain."),
    O(name="Creation of left radiocephalic arteriovenous fistula", spec="vascular", pre="End-stage renal disease",
      ages=(30, 85), anes="regional block with monitored anesthesia care", ind="the need for permanent hemodialysis access",
      steps=["A longitudinal incision was made between the radial artery and cephalic vein at the wrist",
             "The cephalic vein was mobilized for a distance of 4 cm, and side branches were ligated with 4-0 silk",
             "The radial artery was dissected free and controlled with vessel loops",
             "The vein was divided distally, spatulated and dilated with coronary dilators",
             "A 6 mm arteriotomy was made, and an end-to-side anastomosis was performed with running 7-0 Prolene",
             "A strong thrill was palpable over the vein after release of the clamps",
             "The wound was closed with 4-0 Monocryl"],
      ebl=["minimal", "10 mL"], specimen="None."),
    O(name="L4-L5 hemilaminotomy and microdiscectomy, left", spec="neuro", pre="Left L4-L5 herniated nucleus pulposus with radiculopathy",
      pos="prone on a Wilson frame", ages=(25, 75), ind="left L5 radiculopathy with weakness of the extensor hallucis longus",
      steps=["The level was localized with a spinal needle and fluoroscopy",
             "A 3 cm midline incision was made and the lumbodorsal fascia opened just left of the spinous processes",
             "The paraspinal musculature was elevated subperiosteally, and a tubular retractor was placed",
             "Under the operating microscope, a partial hemilaminotomy of L4 was performed with a high-speed drill and Kerrison rongeurs, and the ligamentum flavum was removed",
             "The traversing L5 nerve root was identified and gently retracted medially, exposing a large extruded disc fragment",
             "The fragment was removed and the disc space entered with an annulotomy; loose fragments were removed with pituitary rongeurs",
             "The nerve root was then freely mobile and decompressed; the foramen was probed and found patent",
             "Depo-Medrol was placed on the nerve root, and the fascia was closed with 0 Vicryl and the skin with subcuticular 4-0 Monocryl"],
      ebl=["25 mL", "50 mL"], specimen="Disc material."),
    O(name="Anterior cervical discectomy and fusion C5-C6", spec="neuro", pre="C5-C6 spondylosis with myeloradiculopathy",
      ages=(35, 80), ind="progressive right arm weakness and hand clumsiness",
      steps=["A transverse incision was made in a skin crease on the right side of the neck",
             "The platysma was divided and the plane between the carotid sheath and the trachea and esophagus was developed bluntly to the prevertebral fascia",
             "A spinal needle and lateral fluoroscopy confirmed the C5-C6 level",
             "The longus colli was elevated bilaterally and a self-retaining retractor placed beneath it",
             "A complete discectomy was performed with curettes and a drill, and the posterior longitudinal ligament was taken down to decompress the thecal sac and both foramina",
             "A PEEK interbody spacer filled with allograft was tapped into place",
             "An anterior cervical plate was applied with four self-drilling screws and its position confirmed fluoroscopically",
             "The platysma was closed with 3-0 Vicryl and the skin with subcuticular Monocryl"],
      ebl=["50 mL", "75 mL"], specimen="Disc and osteophyte.", drain="One Hemovac drain."),
    O(name="Right frontal craniotomy for resection of a meningioma", spec="neuro", pre="Right frontal convexity mass",
      ages=(35, 80), ind="headaches and seizures with an enhancing extra-axial mass",
      steps=["The head was fixed in a Mayfield three-pin holder and frameless stereotactic navigation was registered",
             "A curvilinear incision was made behind the hairline and the scalp flap was reflected",
             "Burr holes were placed and a free bone flap was elevated with the craniotome",
             "The dura was opened circumferentially around the tumor's dural attachment",
             "The tumor was debulked internally with the ultrasonic aspirator and dissected from the surrounding brain along a preserved arachnoid plane",
             "A gross total resection was achieved, including the dural attachment",
             "The dura was repaired with a pericranial graft and the bone flap was secured with titanium plates",
             "The galea was closed with 2-0 Vicryl and the scalp with staples"],
      ebl=["250 mL", "400 mL"], specimen="Right frontal tumor and dura."),
    O(name="Tonsillectomy and adenoidectomy", spec="ENT", pre="Obstructive sleep-disordered breathing with adenotonsillar hypertrophy",
      ages=(3, 12), ind="loud snoring with witnessed apneas and 3+ tonsils",
      steps=["A shoulder roll was placed and the table turned 90 degrees",
             "A Crowe-Davis mouth gag was inserted and suspended from the Mayo stand",
             "The palate was palpated and no submucous cleft was detected",
             "A red rubber catheter was passed through the nose for palatal retraction, and the adenoids were visualized with a laryngeal mirror",
             "The adenoids were removed with suction electrocautery until the choanae were clear",
             "The right tonsil was grasped with an Allis clamp and retracted medially, and dissection was carried out in the subcapsular plane with electrocautery",
             "The left tonsil was removed in an identical fashion",
             "Hemostasis was obtained with suction cautery, the nasopharynx and oropharynx were irrigated, and an orogastric tube was passed to evacuate the stomach"],
      ebl=["minimal", "10 mL", "15 mL"], specimen="Tonsils and adenoids."),
    O(name="Septoplasty and bilateral inferior turbinate reduction", spec="ENT", pre="Deviated nasal septum with turbinate hypertrophy",
      ages=(18, 70), ind="chronic nasal obstruction refractory to nasal steroids",
      steps=["The nose was decongested with oxymetazoline pledgets and the septum injected with 1% lidocaine with 1:100,000 epinephrine",
             "A left hemitransfixion incision was made and a mucoperichondrial flap elevated",
             "The bony-cartilaginous junction was divided and the contralateral flap elevated",
             "The deviated portions of quadrangular cartilage, vomer and perpendicular plate of the ethmoid were resected, preserving a 1.5 cm dorsal and caudal strut",
             "The incision was closed with 4-0 chromic and a quilting suture placed",
             "The inferior turbinates were reduced with submucosal radiofrequency and outfractured bilaterally",
             "Doyle splints were placed and secured with a 3-0 nylon suture"],
      ebl=["25 mL", "50 mL"], specimen="Septal cartilage and bone."),
    O(name="Total thyroidectomy", spec="ENT", pre="Multinodular goiter with compressive symptoms", sex="F", ages=(30, 78),
      ind="dysphagia and a substernal goiter",
      steps=["A 6 cm Kocher incision was made two fingerbreadths above the sternal notch",
             "Subplatysmal flaps were raised and the strap muscles separated in the midline",
             "The left lobe was mobilized; the middle thyroid vein was ligated and the superior pole vessels were individually ligated close to the gland",
             "The recurrent laryngeal nerve was identified in the tracheoesophageal groove and confirmed with the nerve monitor; the superior and inferior parathyroid glands were preserved on their vascular pedicles",
             "The ligament of Berry was divided with care and the lobe was removed from the trachea",
             "The same procedure was carried out on the right, where the substernal extension was delivered from the mediastinum by gentle traction",
             "Both nerves stimulated at the end of the case",
             "The strap muscles and platysma were reapproximated with 3-0 Vicryl and the skin closed with a running subcuticular suture"],
      ebl=["50 mL", "75 mL"], specimen="Total thyroid gland."),
    O(name="Transurethral resection of the prostate", spec="urology", pre="Benign prostatic hyperplasia with urinary retention",
      sex="M", ages=(55, 90), pos="dorsal lithotomy", anes="spinal anesthesia", ind="urinary retention despite maximal medical therapy",
      steps=["The urethra was calibrated and a 26 French continuous-flow resectoscope was passed",
             "Cystoscopy revealed trilobar prostatic hypertrophy with moderate bladder trabeculation and no bladder tumors or stones; both ureteral orifices were identified",
             "Using bipolar loop resection in saline, the median lobe was resected first, followed by the lateral lobes from the bladder neck to the verumontanum",
             "Care was taken to preserve the verumontanum and external sphincter",
             "Chips were evacuated with an Ellik evacuator, and hemostasis was obtained with the roller ball",
             "A 22 French three-way Foley catheter was placed with 30 mL in the balloon and continuous bladder irrigation was started"],
      ebl=["100 mL", "150 mL"], specimen="Prostatic chips."),
    O(name="Cystoscopy, left retrograde pyelogram, left ureteroscopy with laser lithotripsy and stent placement", spec="urology",
      pre="Obstructing left distal ureteral stone", pos="dorsal lithotomy", ind="renal colic with an 8 mm distal ureteral stone",
      steps=["A 22 French rigid cystoscope was inserted and the bladder inspected without lesions",
             "A retrograde pyelogram showed a filling defect in the distal left ureter with moderate proximal hydroureteronephrosis",
             "A sensor guidewire was advanced past the stone into the renal pelvis under fluoroscopy",
             "A semirigid ureteroscope was advanced alongside the wire to the stone",
             "The stone was fragmented with a 200-micron holmium laser fiber and the fragments extracted with a nitinol basket",
             "Repeat ureteroscopy confirmed no residual fragments and no ureteral injury",
             "A 6 x 26 double-J ureteral stent was placed over the wire with a good curl in the kidney and bladder"],
      ebl=["minimal"], specimen="Stone fragments for analysis."),
    O(name="Robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph node dissection", spec="urology",
      pre="Adenocarcinoma of the prostate, Gleason 3+4", sex="M", ages=(48, 74), pos="steep Trendelenburg lithotomy",
      ind="intermediate-risk prostate cancer",
      steps=["Ports were placed and the robot docked", "The bladder was dropped by incising the urachus and medial umbilical ligaments",
             "The endopelvic fascia was opened and the dorsal venous complex was ligated with 0 Monocryl",
             "The bladder neck was divided and the seminal vesicles and vasa were dissected",
             "Bilateral nerve-sparing was performed using an interfascial plane with athermal technique",
             "The urethra was divided and the specimen placed in a bag",
             "Bilateral obturator lymph node dissection was performed",
             "The vesicourethral anastomosis was performed with a running 3-0 barbed suture over a 20 French catheter and tested watertight with 180 mL"],
      ebl=["150 mL", "200 mL", "300 mL"], specimen="Prostate and seminal vesicles; right and left pelvic lymph nodes.",
      drain="One 19 French Blake drain."),
    O(name="Total laparoscopic hysterectomy with bilateral salpingectomy", spec="gyn", pre="Symptomatic uterine fibroids",
      sex="F", ages=(35, 55), pos="dorsal lithotomy", ind="menorrhagia with anemia unresponsive to hormonal therapy",
      steps=["A uterine manipulator with colpotomy cup was placed", "Laparoscopic ports were inserted at the umbilicus and both lower quadrants",
             "The ureters were visualized transperitoneally throughout",
             "The round ligaments were divided and the anterior leaf of the broad ligament incised to create a bladder flap",
             "The fallopian tubes were removed with the vessel-sealing device and the utero-ovarian ligaments divided",
             "The uterine arteries were skeletonized and sealed at the level of the internal os",
             "A circumferential colpotomy was made with monopolar hook over the cup and the uterus delivered vaginally",
             "The vaginal cuff was closed laparoscopically with barbed suture, and cystoscopy confirmed bilateral ureteral jets"],
      ebl=["100 mL", "150 mL"], specimen="Uterus, cervix and bilateral fallopian tubes."),
    O(name="Primary low transverse cesarean section", spec="gyn", pre="Intrauterine pregnancy at 39 weeks with arrest of dilation",
      sex="F", ages=(18, 42), anes="epidural anesthesia", pos="supine with left uterine displacement",
      ind="arrest of dilation at 6 cm despite adequate Pitocin augmentation",
      steps=["A Pfannenstiel skin incision was made and carried down to the fascia, which was incised transversely and dissected off the rectus muscles",
             "The peritoneum was entered bluntly and the bladder blade inserted",
             "A bladder flap was created and a low transverse uterine incision was made and extended bluntly",
             "The infant was delivered from vertex position with fundal pressure; the cord was clamped and cut after a delay of sixty seconds and the infant handed to the waiting pediatric team",
             "The placenta was delivered with gentle traction and the uterus exteriorized and cleared of clots",
             "The hysterotomy was closed in two layers with running locked 0 Vicryl",
             "The gutters were cleared, the fascia was closed with 0 PDS and the skin was closed with staples"],
      ebl=["700 mL", "800 mL", "900 mL"], specimen="Placenta to pathology."),
    O(name="Dilation and curettage with hysteroscopy", spec="gyn", pre="Postmenopausal bleeding", sex="F", ages=(48, 80),
      pos="dorsal lithotomy", anes="laryngeal mask anesthesia", ind="postmenopausal bleeding with a thickened endometrial stripe",
      steps=["A weighted speculum was placed and the anterior lip of the cervix grasped with a single-tooth tenaculum",
             "The uterus sounded to 7 cm and the cervix was dilated with Pratt dilators",
             "The hysteroscope was introduced using normal saline distention, revealing a 1.5 cm endometrial polyp on the posterior wall",
             "The polyp was removed with the hysteroscopic morcellator",
             "Sharp curettage was performed in all four quadrants until a gritty texture was appreciated",
             "Fluid deficit was 150 mL and the instruments were removed"],
      ebl=["minimal", "10 mL"], specimen="Endometrial polyp and curettings."),
    O(name="Phacoemulsification of cataract with posterior chamber intraocular lens implantation, right eye", spec="ophtho",
      pre="Visually significant nuclear sclerotic cataract, right eye", ages=(55, 92),
      anes="topical anesthesia with monitored anesthesia care", ind="glare and decreased vision interfering with driving",
      steps=["The right eye was prepped with Betadine and draped, and a lid speculum was placed",
             "A paracentesis was made and preservative-free lidocaine and viscoelastic were instilled into the anterior chamber",
             "A 2.4 mm clear corneal temporal incision was made with a keratome",
             "A continuous curvilinear capsulorrhexis was completed with a cystotome and Utrata forceps, followed by hydrodissection",
             "The nucleus was emulsified using a divide-and-conquer technique and the cortex removed with irrigation and aspiration",
             "The capsular bag was inflated with viscoelastic and a 21.5-diopter acrylic lens was injected into the bag",
             "Viscoelastic was removed and the wounds hydrated and found to be watertight",
             "Intracameral moxifloxacin was instilled and a shield was placed"],
      ebl=["none"], specimen="None."),
    O(name="Bilateral reduction mammaplasty", spec="plastic", pre="Symptomatic macromastia", sex="F", ages=(20, 60),
      ind="chronic neck and shoulder pain with bra-strap grooving",
      steps=["Preoperative markings for a Wise-pattern inferior pedicle were confirmed with the patient upright",
             "The inferior pedicle was deepithelialized and a 42 mm nipple-areola circle was marked",
             "Medial, lateral and superior wedges of breast tissue were excised, with weights recorded at 740 grams on the right and 690 grams on the left",
             "The nipple-areola complexes were viable with brisk capillary refill",
             "The flaps were tailor-tacked and symmetry checked in the sitting position",
             "The incisions were closed in layers with 3-0 Vicryl deep dermal and 4-0 Monocryl subcuticular sutures"],
      ebl=["150 mL", "200 mL"], specimen="Right and left breast tissue."),
    O(name="Excision of a 2.4 cm basal cell carcinoma of the left cheek with rhomboid flap reconstruction", spec="plastic",
      pre="Basal cell carcinoma, left cheek", ages=(50, 92), anes="local anesthesia", ind="a biopsy-proven nodular basal cell carcinoma",
      steps=["The lesion was outlined with 4 mm margins and a rhomboid flap designed along the relaxed skin tension lines",
             "The area was infiltrated with 1% lidocaine with epinephrine",
             "The lesion was excised full thickness into the subcutaneous fat and tagged at 12 o'clock for orientation",
             "Frozen section margins were reported as clear",
             "The flap was incised, elevated in the subcutaneous plane and transposed into the defect",
             "The donor site was closed first, and the flap was inset with 5-0 Monocryl deep and 6-0 nylon interrupted sutures"],
      ebl=["minimal"], specimen="Left cheek lesion, suture at 12 o'clock."),
    O(name="Right hemicolectomy", spec="GI", pre="Adenocarcinoma of the cecum", ages=(45, 88),
      ind="a cecal mass found on screening colonoscopy",
      steps=["A midline laparotomy was made and the abdomen explored; there were no liver lesions or peritoneal implants",
             "The right colon was mobilized along the white line of Toldt and the hepatic flexure taken down, protecting the duodenum",
             "The ileocolic pedicle was isolated, ligated at its origin and divided",
             "The terminal ileum and mid transverse colon were divided with a GIA stapler",
             "A stapled side-to-side ileocolic anastomosis was constructed and the common enterotomy closed with a TA stapler",
             "The mesenteric defect was closed with 3-0 Vicryl",
             "The fascia was closed with running #1 PDS and the skin with staples"],
      ebl=["100 mL", "150 mL"], specimen="Right colon and terminal ileum."),
    O(name="Laparoscopic Nissen fundoplication", spec="GI", pre="Refractory gastroesophageal reflux disease with hiatal hernia",
      ages=(30, 75), ind="persistent regurgitation despite twice-daily proton pump inhibitor therapy",
      steps=["Five ports were placed and the left lateral segment of the liver retracted with a Nathanson retractor",
             "The gastrohepatic ligament was divided and the right crus identified",
             "The hernia sac was reduced from the mediastinum and the esophagus mobilized to achieve 3 cm of intra-abdominal length",
             "The short gastric vessels were divided with the ultrasonic shears",
             "The crura were approximated posteriorly with interrupted 0 Ethibond sutures over a 54 French bougie",
             "A 2 cm floppy 360-degree wrap was fashioned with three interrupted sutures incorporating the esophagus"],
      ebl=["20 mL", "30 mL"], specimen="None."),
    O(name="Left modified radical mastectomy", spec="general", pre="Invasive ductal carcinoma of the left breast", sex="F",
      ages=(35, 85), ind="a multicentric biopsy-proven carcinoma with a positive axillary node",
      steps=["An elliptical incision encompassing the nipple-areola complex was made",
             "Skin flaps were raised superiorly to the clavicle, medially to the sternum, inferiorly to the inframammary fold and laterally to the latissimus",
             "The breast was removed off the pectoralis major fascia",
             "The axillary dissection of levels I and II was carried out, preserving the long thoracic and thoracodorsal nerves",
             "The specimen was oriented with sutures and sent to pathology",
             "Two closed suction drains were placed and the skin closed with staples"],
      ebl=["150 mL", "200 mL"], specimen="Left breast and axillary contents, oriented.", drain="Two 15 French Blake drains."),
    O(name="Bilateral myringotomy with tympanostomy tube placement", spec="ENT", pre="Recurrent acute otitis media",
      ages=(1, 6), anes="mask general anesthesia", ind="six episodes of otitis media in the past year",
      steps=["The right ear canal was cleaned of cerumen under the operating microscope",
             "A radial myringotomy was made in the anteroinferior quadrant", "Thick mucoid effusion was suctioned",
             "A Sheehy collar-button tube was placed and Ciprodex drops were instilled",
             "The same procedure was performed on the left ear, which contained a serous effusion"],
      ebl=["none"], specimen="None."),
    O(name="Right first metatarsal Austin bunionectomy", spec="podiatry", pre="Hallux abducto valgus, right foot",
      ages=(25, 75), anes="ankle block with monitored anesthesia care", ind="painful bunion deformity failing shoe modification",
      steps=["A dorsomedial incision was made over the first metatarsophalangeal joint",
             "A lateral release of the adductor hallucis tendon and lateral capsule was carried out",
             "The medial eminence was resected with a sagittal saw",
             "A V-shaped Austin osteotomy was made in the metatarsal head and the capital fragment shifted laterally 4 mm",
             "The osteotomy was fixed with a 3.0 mm cannulated screw and the ledge resected",
             "The capsule was plicated and the skin closed with 4-0 nylon"],
      ebl=["minimal"], specimen="Medial eminence."),
    O(name="Insertion of a right internal jugular port-a-catheter", spec="oncology", pre="Colon cancer requiring chemotherapy",
      anes="local anesthesia with moderate sedation", ind="the need for long-term venous access for chemotherapy",
      steps=["The right internal jugular vein was accessed under ultrasound guidance with a micropuncture needle",
             "A guidewire was advanced into the inferior vena cava under fluoroscopy",
             "A subcutaneous pocket was created on the anterior chest wall below the clavicle",
             "The catheter was tunneled from the pocket to the venotomy and placed through a peel-away sheath with its tip at the cavoatrial junction",
             "The catheter was connected to the port and the port secured in the pocket with 3-0 Prolene",
             "The port was accessed, aspirated, flushed and locked with heparinized saline"],
      ebl=["minimal", "5 mL"], specimen="None."),
]

# ---------------------------------------------------------------------------
# Bedside / endoscopic / interventional procedures (procedure_note)
# ---------------------------------------------------------------------------

PROCS = [
    dict(name="Colonoscopy with cold snare polypectomy", ind=["average-risk colorectal cancer screening", "hematochezia", "a family history of colon cancer"],
         sed="moderate sedation with intravenous fentanyl and midazolam", pos="left lateral decubitus",
         steps=["A digital rectal examination was performed and was unremarkable",
                "The Olympus adult colonoscope was introduced into the rectum and advanced under direct visualization to the cecum, identified by the appendiceal orifice and ileocecal valve",
                "The terminal ileum was intubated for a distance of 5 cm and appeared normal",
                "The bowel preparation was good with a Boston Bowel Preparation Scale score of 8",
                "A 6 mm sessile polyp in the ascending colon was removed with cold snare and retrieved",
                "A 4 mm diminutive polyp in the sigmoid colon was removed with cold biopsy forceps",
                "Scattered sigmoid diverticula were present without inflammation",
                "Retroflexion in the rectum revealed small nonbleeding internal hemorrhoids",
                "The colon was decompressed and the scope withdrawn with a withdrawal time of 9 minutes"],
         find="Two small colon polyps, removed; sigmoid diverticulosis; internal hemorrhoids.",
         plan="Await pathology; repeat colonoscopy in five to seven years depending on histology."),
    dict(name="Esophagogastroduodenoscopy with biopsy", ind=["dysphagia to solids", "chronic epigastric pain", "iron deficiency anemia"],
         sed="monitored anesthesia care with propofol", pos="left lateral decubitus",
         steps=["The gastroscope was passed under direct vision through the upper esophageal sphincter",
                "The esophagus showed a 3 cm salmon-colored tongue of mucosa above the gastroesophageal junction, and four-quadrant biopsies were obtained",
                "A 2 cm sliding hiatal hernia was present",
                "The stomach showed patchy antral erythema, and biopsies were taken from the antrum and body to exclude Helicobacter pylori",
                "The pylorus was traversed easily and the duodenal bulb and second portion were normal; duodenal biopsies were obtained",
                "Retroflexion in the stomach showed a normal cardia and fundus"],
         find="Suspected short-segment Barrett esophagus, small hiatal hernia, mild antral gastritis.",
         plan="Continue proton pump inhibitor twice daily; follow pathology."),
    dict(name="Flexible bronchoscopy with bronchoalveolar lavage and transbronchial biopsies", ind=["a right upper lobe infiltrate not responding to antibiotics", "bilateral ground-glass opacities in an immunocompromised host"],
         sed="moderate sedation with topical lidocaine", pos="supine",
         steps=["The bronchoscope was introduced through the right naris after topical anesthesia",
                "The vocal cords moved symmetrically without lesions",
                "The trachea and main carina were sharp and unremarkable",
                "All segmental airways on the left were inspected and were patent without endobronchial lesions",
                "On the right, thick secretions were suctioned from the posterior segment of the upper lobe",
                "Bronchoalveolar lavage was performed in the right upper lobe with 120 mL of saline with 55 mL returned",
                "Under fluoroscopic guidance, five transbronchial biopsies were obtained from the right upper lobe",
                "Post-procedure fluoroscopy showed no pneumothorax"],
         find="Purulent secretions in the right upper lobe without endobronchial lesion.",
         plan="Send lavage for culture, fungal stain, AFB and cytology; chest x-ray in two hours."),
    dict(name="Right-sided ultrasound-guided thoracentesis", ind=["a large symptomatic right pleural effusion", "a new unilateral effusion of unclear etiology"],
         sed="local anesthesia", pos="sitting upright, leaning forward over a bedside table",
         steps=["Bedside ultrasound identified a large anechoic effusion and a site in the eighth intercostal space posteriorly was marked",
                "The skin was prepped with chlorhexidine and draped in sterile fashion",
                "One percent lidocaine was infiltrated over the superior border of the rib down to the parietal pleura",
                "The catheter-over-needle device was advanced with continuous aspiration until straw-colored fluid returned",
                "A total of 1.2 liters of fluid was removed, at which point the patient developed a mild cough and the procedure was stopped",
                "The catheter was removed and a sterile dressing applied"],
         find="Serous, straw-colored pleural fluid.", plan="Pleural fluid for cell count, protein, LDH, glucose, pH, culture and cytology; post-procedure chest x-ray."),
    dict(name="Diagnostic and therapeutic paracentesis", ind=["tense ascites with abdominal discomfort", "fever in a patient with cirrhosis and ascites"],
         sed="local anesthesia", pos="supine",
         steps=["Ultrasound confirmed a large pocket of ascites in the left lower quadrant away from bowel",
                "The area was prepped and draped sterilely and anesthetized with 2% lidocaine",
                "Using a Z-track technique, the paracentesis needle was introduced and clear yellow fluid was obtained",
                "Six liters of ascitic fluid were removed by vacuum bottles",
                "Albumin 25% was given at 8 grams per liter removed"],
         find="Clear yellow ascitic fluid.", plan="Fluid sent for cell count, albumin, total protein and culture in blood culture bottles."),
    dict(name="Lumbar puncture", ind=["headache with fever and neck stiffness", "suspected subarachnoid hemorrhage with a negative CT", "evaluation of possible normal pressure hydrocephalus"],
         sed="local anesthesia", pos="left lateral decubitus in the fetal position",
         steps=["The L3-L4 interspace was identified by palpation of the iliac crests",
                "The back was prepped with Betadine and draped in sterile fashion",
                "One percent lidocaine was infiltrated subcutaneously",
                "A 20-gauge spinal needle was introduced in the midline with the bevel parallel to the dural fibers",
                "Clear cerebrospinal fluid was obtained on the second pass; the opening pressure was 18 cm of water",
                "Four tubes were collected with approximately 3 mL in each",
                "The stylet was replaced and the needle withdrawn, and a bandage was applied"],
         find="Clear, colorless cerebrospinal fluid.", plan="CSF to laboratory for cell count in tubes one and four, glucose, protein, Gram stain and culture."),
    dict(name="Placement of a right internal jugular triple-lumen central venous catheter", ind=["septic shock requiring vasopressors", "poor peripheral access"],
         sed="local anesthesia", pos="Trendelenburg",
         steps=["Full barrier precautions were observed, including cap, mask, sterile gown, gloves and a full-body drape",
                "The right neck was prepped with chlorhexidine",
                "Under real-time ultrasound guidance the right internal jugular vein was visualized as compressible and separate from the carotid",
                "The vein was cannulated on the first pass with dark nonpulsatile blood return",
                "A guidewire was passed without ectopy, the tract was dilated and a 16 cm triple-lumen catheter was advanced over the wire",
                "All ports aspirated and flushed easily, and the catheter was sutured at 15 cm with a Biopatch and occlusive dressing"],
         find="Uncomplicated central line placement.", plan="Chest x-ray to confirm position prior to use."),
    dict(name="Left heart catheterization, selective coronary angiography and left ventriculography", ind=["an abnormal nuclear stress test", "unstable angina", "new cardiomyopathy"],
         sed="moderate sedation", pos="supine",
         steps=["The right radial artery was accessed with a micropuncture needle after a normal Barbeau test and a 6 French sheath inserted",
                "A radial cocktail of verapamil and heparin was given through the sheath",
                "Selective angiography of the left coronary system was performed with a Tiger catheter in multiple projections",
                "The left main was short and free of disease; the LAD had a 40% mid lesion; the circumflex had a 70% stenosis of the first obtuse marginal",
                "The right coronary artery was dominant with mild luminal irregularities",
                "Left ventriculography in the RAO projection showed normal wall motion with an ejection fraction of 60%",
                "The left ventricular end-diastolic pressure was 14 mmHg",
                "The sheath was removed and a TR Band was applied"],
         find="Moderate single-vessel disease of the obtuse marginal branch; preserved LV function.", plan="Medical therapy; fractional flow reserve to be considered if symptoms persist."),
    dict(name="Transesophageal echocardiogram", ind=["suspected endocarditis with Staphylococcus aureus bacteremia", "evaluation of left atrial appendage thrombus prior to cardioversion"],
         sed="moderate sedation with topical benzocaine", pos="left lateral decubitus",
         steps=["The probe was passed easily into the esophagus on the first attempt",
                "The left ventricle was normal in size with normal systolic function",
                "The mitral valve had a 1.2 cm mobile echodensity on the atrial side of the posterior leaflet with moderate regurgitation",
                "The aortic valve was trileaflet without vegetation",
                "The left atrial appendage was free of thrombus with normal emptying velocities",
                "Agitated saline injection showed no interatrial shunt"],
         find="Mitral valve vegetation with moderate mitral regurgitation.", plan="Continue intravenous antibiotics for six weeks; cardiothoracic surgery consultation."),
    dict(name="Fluoroscopically guided L5-S1 interlaminar epidural steroid injection", ind=["lumbar radiculopathy", "lumbar spinal stenosis with neurogenic claudication"],
         sed="local anesthesia", pos="prone with a pillow under the abdomen",
         steps=["The L5-S1 interspace was identified under AP fluoroscopy and the skin marked",
                "The skin was prepped with chlorhexidine and anesthetized with 1% lidocaine",
                "An 18-gauge Tuohy needle was advanced under intermittent fluoroscopy using loss of resistance to saline",
                "Loss of resistance was obtained at 6 cm, with negative aspiration for blood and cerebrospinal fluid",
                "Omnipaque 240 confirmed epidural spread with a lateral view",
                "Eighty milligrams of triamcinolone with 4 mL of preservative-free saline were injected slowly"],
         find="Epidural spread of contrast without vascular uptake.", plan="Pain diary; follow up in the pain clinic in three weeks."),
    dict(name="Right knee arthrocentesis and corticosteroid injection", ind=["a painful knee effusion with osteoarthritis", "suspected gout flare of the knee"],
         sed="local anesthesia with ethyl chloride spray", pos="supine with the knee slightly flexed",
         steps=["The superolateral approach to the knee was marked",
                "The skin was prepped with Betadine",
                "An 18-gauge needle was advanced into the suprapatellar pouch and 35 mL of cloudy yellow synovial fluid was aspirated",
                "Through the same needle, 40 mg of methylprednisolone with 4 mL of 1% lidocaine were injected"],
         find="Moderate effusion aspirated.", plan="Synovial fluid for cell count, crystals and culture; ice and relative rest for 48 hours."),
    dict(name="Posterior iliac crest bone marrow aspiration and biopsy", ind=["unexplained pancytopenia", "staging of lymphoma", "a monoclonal protein"],
         sed="local anesthesia with oral lorazepam", pos="right lateral decubitus",
         steps=["The left posterior superior iliac spine was identified and marked",
                "The periosteum was anesthetized with 10 mL of 1% lidocaine",
                "A Jamshidi needle was advanced into the marrow cavity and 10 mL of aspirate obtained for smears, flow cytometry and cytogenetics",
                "The needle was redirected and a 2 cm core biopsy was obtained",
                "Pressure was held for ten minutes and a pressure dressing applied"],
         find="Adequate aspirate and 2 cm core.", plan="Follow up in hematology clinic to review results."),
    dict(name="Endoscopic retrograde cholangiopancreatography with sphincterotomy and stone extraction", ind=["choledocholithiasis", "obstructive jaundice"],
         sed="general anesthesia", pos="prone",
         steps=["The duodenoscope was advanced to the second portion of the duodenum and the major papilla identified",
                "The bile duct was cannulated selectively with a sphincterotome and a guidewire",
                "The cholangiogram showed a dilated common bile duct to 12 mm with two filling defects",
                "A biliary sphincterotomy was performed with blended current",
                "The stones were swept out with an extraction balloon",
                "An occlusion cholangiogram showed no residual filling defects",
                "Rectal indomethacin was given for pancreatitis prophylaxis"],
         find="Choledocholithiasis, cleared.", plan="Clear liquids; surgical referral for cholecystectomy."),
    dict(name="Synchronized direct current cardioversion", ind=["persistent atrial fibrillation", "atrial flutter"],
         sed="intravenous propofol administered by anesthesia", pos="supine",
         steps=["Anticoagulation had been therapeutic for more than three weeks",
                "Pads were placed in the anteroposterior configuration",
                "A synchronized biphasic shock of 200 joules was delivered",
                "The rhythm converted to sinus rhythm at 68 beats per minute",
                "A post-cardioversion 12-lead ECG confirmed sinus rhythm"],
         find="Successful conversion to sinus rhythm with a single shock.", plan="Continue anticoagulation for at least four weeks."),
    dict(name="Left tube thoracostomy", ind=["a traumatic left pneumothorax", "a large left spontaneous pneumothorax"],
         sed="local anesthesia with intravenous fentanyl", pos="supine with the left arm abducted",
         steps=["The fifth intercostal space in the anterior axillary line was identified",
                "After sterile prep and local infiltration, a 2 cm incision was made and blunt dissection carried over the top of the sixth rib",
                "The pleura was entered with a Kelly clamp with a rush of air",
                "A finger sweep confirmed no adhesions",
                "A 28 French chest tube was directed posteriorly and apically and secured with 0 silk",
                "The tube was connected to a Pleur-evac at -20 cm of water suction"],
         find="Air leak with fogging of the tube.", plan="Chest x-ray to confirm placement."),
    dict(name="Percutaneous endoscopic gastrostomy tube placement", ind=["dysphagia after stroke with aspiration", "head and neck cancer requiring nutritional support"],
         sed="moderate sedation", pos="supine",
         steps=["Upper endoscopy showed no obstructing lesions",
                "Transillumination and one-to-one finger indentation were confirmed in the left upper quadrant",
                "A needle was passed into the stomach under endoscopic view and a wire was grasped with a snare",
                "A 20 French pull-type PEG tube was pulled through and seated at 3 cm at the skin",
                "Repeat endoscopy confirmed proper bumper position without blanching"],
         find="Successful PEG placement.", plan="May use for feeds in four hours."),
    dict(name="Punch biopsy and shave biopsies of the skin", ind=["an evolving pigmented lesion of the back", "a nonhealing papule of the nose", "a chronic pruritic rash"],
         sed="local anesthesia", pos="prone",
         steps=["The lesions were marked and photographed",
                "Each site was cleansed with alcohol and infiltrated with 1% lidocaine with epinephrine",
                "A 4 mm punch biopsy was taken of the rash on the left flank and closed with one 4-0 nylon suture",
                "A deep shave biopsy of the pigmented lesion on the upper back was taken with a DermaBlade",
                "Hemostasis was achieved with aluminum chloride",
                "Petrolatum and adhesive bandages were applied"],
         find="Specimens labeled and sent.", plan="Results in one to two weeks; suture removal in ten days."),
    dict(name="Attended overnight polysomnogram", ind=["loud snoring and excessive daytime sleepiness", "witnessed apneas"],
         sed="none", pos="in bed",
         steps=["EEG, EOG, chin and leg EMG, ECG, airflow, respiratory effort, oximetry and body position were recorded",
                "Total sleep time was 362 minutes with a sleep efficiency of 81%",
                "Sleep latency was 14 minutes and REM latency 112 minutes",
                "The apnea-hypopnea index was 34 events per hour, worse in the supine position and REM sleep",
                "The oxygen nadir was 79% with 22 minutes below 88%",
                "Periodic limb movements were not significant",
                "No cardiac arrhythmias were noted apart from sinus rhythm with rare PVCs"],
         find="Severe obstructive sleep apnea.", plan="CPAP titration study is recommended; avoid driving while drowsy."),
    dict(name="Emergent endotracheal intubation", ind=["acute hypoxic respiratory failure", "airway protection for a depressed level of consciousness"],
         sed="rapid sequence induction with etomidate 20 mg and rocuronium 100 mg", pos="supine with head elevated",
         steps=["The patient was preoxygenated with a non-rebreather and nasal cannula at 15 liters",
                "A video laryngoscope with a #4 blade was used and a grade I view obtained",
                "A 7.5 endotracheal tube was passed through the cords on the first attempt",
                "Placement was confirmed by color change on the end-tidal CO2 detector, bilateral breath sounds and chest rise",
                "The tube was secured at 23 cm at the lips"],
         find="Successful first-pass intubation.", plan="Post-intubation chest x-ray and arterial blood gas; propofol for sedation."),
    dict(name="Cystoscopy with bladder biopsy", ind=["gross hematuria", "microscopic hematuria in a smoker"],
         sed="local anesthesia with intraurethral lidocaine jelly", pos="lithotomy",
         steps=["A 16 French flexible cystoscope was passed through the urethra, which was normal",
                "The prostatic urethra showed moderate bilobar enlargement",
                "The bladder had moderate trabeculation and a 1 cm papillary lesion near the left ureteral orifice",
                "Cold cup biopsies of the lesion were obtained and fulgurated",
                "Both ureteral orifices effluxed clear urine"],
         find="Papillary bladder lesion, biopsied.", plan="Await pathology; schedule transurethral resection of bladder tumor."),
]

# ---------------------------------------------------------------------------
# Imaging studies
# ---------------------------------------------------------------------------

IMG = [
    dict(name="CT OF THE ABDOMEN AND PELVIS WITH INTRAVENOUS AND ORAL CONTRAST", hist=["right lower quadrant pain", "abdominal pain and fever", "weight loss"],
         tech="Axial images were obtained from the lung bases through the symphysis pubis following administration of 100 mL of Omnipaque 350 intravenously and oral contrast. Coronal and sagittal reformations were reviewed.",
         organs=[("LUNG BASES", ["Clear without effusion.", "Minimal dependent atelectasis."]),
                 ("LIVER", ["Normal in size with a 1.1 cm simple cyst in segment VII.", "Diffusely low attenuation compatible with fatty infiltration without focal lesion."]),
                 ("GALLBLADDER AND BILIARY TREE", ["Gallbladder is normal. No biliary ductal dilatation.", "Several layering gallstones without wall thickening."]),
                 ("SPLEEN", ["Normal in size at 10.5 cm."]), ("PANCREAS", ["Normal enhancement without ductal dilatation or peripancreatic fluid."]),
                 ("ADRENAL GLANDS", ["A 1.4 cm left adrenal nodule measuring 4 Hounsfield units, consistent with an adenoma.", "Normal bilaterally."]),
                 ("KIDNEYS", ["Symmetric enhancement without hydronephrosis or calculi.", "A 2 mm nonobstructing right lower pole calculus."]),
                 ("BOWEL", ["The appendix is dilated to 11 mm with wall hyperenhancement and periappendiceal fat stranding; an appendicolith is present at the base.",
                            "Sigmoid diverticulosis with focal wall thickening and pericolonic stranding in the mid sigmoid, without abscess or free air.",
                            "Normal caliber small bowel and colon; the appendix is normal."]),
                 ("PELVIS", ["The bladder is unremarkable. Small amount of free fluid in the cul-de-sac.", "Prostate mildly enlarged."]),
                 ("LYMPH NODES", ["No pathologic adenopathy.", "Several subcentimeter mesenteric nodes, likely reactive."]),
                 ("VASCULATURE", ["Atherosclerotic calcification of the aorta without aneurysm."]),
                 ("BONES", ["Degenerative changes of the lumbar spine. No suspicious osseous lesion."])],
         imp=["Acute uncomplicated appendicitis.", "Acute uncomplicated sigmoid diverticulitis.", "Hepatic steatosis.", "Left adrenal adenoma; no follow-up imaging needed.", "Cholelithiasis without cholecystitis."]),
    dict(name="CT OF THE HEAD WITHOUT CONTRAST", hist=["fall with head strike on anticoagulation", "acute confusion", "worst headache of life", "new left-sided weakness"],
         tech="Contiguous axial images were obtained from the skull base to the vertex without intravenous contrast.",
         organs=[("BRAIN PARENCHYMA", ["No acute intracranial hemorrhage, mass effect or midline shift.", "Periventricular and subcortical white matter hypodensities consistent with chronic small vessel ischemic change.",
                                       "Loss of gray-white differentiation in the right insular cortex concerning for evolving infarct."]),
                 ("VENTRICLES AND EXTRA-AXIAL SPACES", ["Ventricles and sulci are prominent, compatible with age-related volume loss.", "No extra-axial collection.",
                                                       "A 6 mm crescentic left frontoparietal subdural hematoma without significant mass effect."]),
                 ("POSTERIOR FOSSA", ["Unremarkable."]), ("CALVARIUM", ["No fracture.", "Left frontal scalp hematoma without underlying fracture."]),
                 ("SINUSES AND MASTOIDS", ["Mucosal thickening in the maxillary sinuses. Mastoid air cells are clear."])],
         imp=["No acute intracranial abnormality.", "Small left subdural hematoma; neurosurgery notified.", "Chronic microvascular ischemic change.", "Findings suspicious for early right MCA territory infarct; MRI recommended."]),
    dict(name="PA AND LATERAL CHEST", hist=["cough and fever", "shortness of breath", "preoperative evaluation", "chest pain"],
         tech="Two views of the chest were obtained.",
         organs=[("LUNGS", ["Airspace consolidation in the right lower lobe with air bronchograms.", "The lungs are clear.", "Hyperinflation with flattened hemidiaphragms.", "Interstitial edema with Kerley B lines."]),
                 ("PLEURA", ["Small bilateral pleural effusions.", "No effusion or pneumothorax.", "Blunting of the left costophrenic angle."]),
                 ("HEART AND MEDIASTINUM", ["Heart size is normal.", "Cardiomegaly with a cardiothoracic ratio of 0.6.", "Median sternotomy wires and surgical clips are noted."]),
                 ("BONES", ["Degenerative changes of the thoracic spine.", "No acute osseous abnormality."])],
         imp=["Right lower lobe pneumonia.", "No acute cardiopulmonary disease.", "Congestive heart failure with interstitial edema.", "Emphysematous changes without acute process."]),
    dict(name="MRI OF THE LUMBAR SPINE WITHOUT CONTRAST", hist=["low back pain radiating to the left leg", "bilateral leg pain with walking"],
         tech="Sagittal T1, T2 and STIR and axial T1 and T2 images were obtained.",
         organs=[("ALIGNMENT", ["Normal lumbar lordosis.", "Grade I anterolisthesis of L4 on L5."]),
                 ("CONUS", ["The conus terminates normally at L1."]), ("L1-L2 AND L2-L3", ["No significant disc bulge or stenosis."]),
                 ("L3-L4", ["Mild diffuse disc bulge with facet hypertrophy, mild canal stenosis."]),
                 ("L4-L5", ["Left paracentral disc extrusion extending caudally, compressing the traversing left L5 nerve root in the lateral recess.",
                            "Disc bulge, ligamentum flavum thickening and facet arthropathy result in severe central canal stenosis."]),
                 ("L5-S1", ["Disc desiccation with mild bulge; moderate bilateral neural foraminal narrowing.", "No significant stenosis."]),
                 ("MARROW AND SOFT TISSUES", ["Modic type 2 endplate changes at L4-L5. Paraspinal soft tissues are normal."])],
         imp=["Left paracentral L4-L5 disc extrusion compressing the left L5 nerve root.", "Severe L4-L5 spinal stenosis.", "Multilevel degenerative disc disease."]),
    dict(name="MRI OF THE BRAIN WITH AND WITHOUT GADOLINIUM", hist=["new-onset seizure", "headaches and visual disturbance", "multiple sclerosis follow-up"],
         tech="Multiplanar multisequence MR images were obtained before and after 15 mL of gadolinium.",
         organs=[("PARENCHYMA", ["Multiple ovoid periventricular T2 hyperintensities oriented perpendicular to the ventricles, one of which enhances.", "A 2.8 cm extra-axial enhancing mass along the right frontal convexity with a dural tail and mild surrounding edema.", "No abnormal signal or enhancement."]),
                 ("DIFFUSION", ["No restricted diffusion.", "Small focus of restricted diffusion in the left corona radiata."]),
                 ("VENTRICLES", ["Normal in size and configuration."]), ("VASCULAR FLOW VOIDS", ["Preserved."]),
                 ("ORBITS AND SINUSES", ["Unremarkable."])],
         imp=["Findings consistent with demyelinating disease with one active lesion.", "Right frontal convexity meningioma.", "Normal MRI of the brain."]),
    dict(name="ULTRASOUND OF THE RIGHT UPPER QUADRANT", hist=["right upper quadrant pain after meals", "elevated liver enzymes"],
         tech="Real-time grayscale and color Doppler images of the right upper quadrant were obtained.",
         organs=[("LIVER", ["Normal echotexture, 15.2 cm.", "Increased echogenicity consistent with fatty infiltration."]),
                 ("GALLBLADDER", ["Multiple mobile shadowing gallstones, the largest 1.8 cm. Gallbladder wall measures 5 mm with pericholecystic fluid and a positive sonographic Murphy sign.", "Several mobile gallstones without wall thickening or pericholecystic fluid."]),
                 ("COMMON BILE DUCT", ["Measures 4 mm.", "Dilated to 9 mm."]), ("PANCREAS", ["Obscured by bowel gas.", "Visualized head and body are unremarkable."]),
                 ("RIGHT KIDNEY", ["10.8 cm without hydronephrosis."])],
         imp=["Acute calculous cholecystitis.", "Cholelithiasis without sonographic evidence of cholecystitis.", "Hepatic steatosis."]),
    dict(name="BILATERAL LOWER EXTREMITY VENOUS DUPLEX", hist=["left calf swelling and pain", "shortness of breath, rule out DVT"],
         tech="Grayscale compression, color and spectral Doppler examination of the deep veins from the common femoral to the calf veins.",
         organs=[("RIGHT", ["Normal compressibility, phasic flow and augmentation throughout."]),
                 ("LEFT", ["Noncompressible popliteal and posterior tibial veins with echogenic intraluminal thrombus and absent flow.", "Normal compressibility and flow. A 3 cm Baker's cyst in the popliteal fossa."])],
         imp=["Acute deep venous thrombosis of the left popliteal and posterior tibial veins.", "No deep venous thrombosis; left Baker's cyst."]),
    dict(name="CAROTID DUPLEX ULTRASOUND", hist=["transient ischemic attack", "carotid bruit"],
         tech="Grayscale, color and spectral Doppler evaluation of the extracranial carotid and vertebral arteries.",
         organs=[("RIGHT CAROTID", ["Mild heterogeneous plaque at the bulb. ICA peak systolic velocity 98 cm/s, consistent with less than 50% stenosis."]),
                 ("LEFT CAROTID", ["Heavily calcified plaque at the origin of the ICA with peak systolic velocity of 310 cm/s and end-diastolic velocity of 118 cm/s, consistent with 70-99% stenosis.", "Minimal plaque, velocities normal."]),
                 ("VERTEBRAL ARTERIES", ["Antegrade flow bilaterally."])],
         imp=["Left internal carotid artery stenosis of 70-99%.", "Less than 50% stenosis bilaterally."]),
    dict(name="BILATERAL DIGITAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS", hist=["annual screening"], sex="F",
         tech="Standard CC and MLO views of both breasts were obtained with tomosynthesis and compared with prior studies.",
         organs=[("BREAST COMPOSITION", ["Scattered areas of fibroglandular density.", "Heterogeneously dense, which may obscure small masses."]),
                 ("RIGHT BREAST", ["No suspicious mass, calcifications or architectural distortion.", "Stable benign-appearing calcifications."]),
                 ("LEFT BREAST", ["A new 9 mm irregular mass with spiculated margins in the upper outer quadrant at 2 o'clock, middle depth.", "No suspicious findings."])],
         imp=["BI-RADS 1: Negative.", "BI-RADS 0: Incomplete; additional imaging of the left breast recommended.", "BI-RADS 2: Benign findings."]),
    dict(name="CT ANGIOGRAPHY OF THE CHEST (PULMONARY EMBOLISM PROTOCOL)", hist=["tachycardia and hypoxia", "pleuritic chest pain"],
         tech="Thin-section axial images during bolus injection of 80 mL of Isovue 370 timed to the pulmonary arteries.",
         organs=[("PULMONARY ARTERIES", ["Filling defects in the right lower lobe segmental and left lingular subsegmental arteries.", "No filling defects to the subsegmental level."]),
                 ("HEART", ["RV to LV ratio 1.1 with flattening of the septum.", "Normal heart size. No pericardial effusion."]),
                 ("LUNGS", ["Peripheral wedge-shaped opacity in the right lower lobe consistent with infarction.", "Mild centrilobular emphysema. A 4 mm right upper lobe nodule."]),
                 ("MEDIASTINUM", ["No adenopathy."]), ("UPPER ABDOMEN", ["Unremarkable."])],
         imp=["Acute bilateral pulmonary emboli with evidence of right heart strain.", "No pulmonary embolism.", "4 mm pulmonary nodule; follow Fleischner guidelines."]),
    dict(name="MRI OF THE LEFT KNEE WITHOUT CONTRAST", hist=["twisting injury playing basketball", "medial knee pain with locking"],
         tech="Multiplanar proton density and T2 fat-suppressed images.",
         organs=[("MENISCI", ["Complex tear of the posterior horn of the medial meniscus extending to the inferior articular surface.", "Intact."]),
                 ("LIGAMENTS", ["Complete tear of the anterior cruciate ligament with bone bruises of the lateral femoral condyle and posterolateral tibial plateau.", "Cruciate and collateral ligaments are intact."]),
                 ("CARTILAGE", ["Partial-thickness chondral loss over the medial femoral condyle."]), ("EXTENSOR MECHANISM", ["Intact."]),
                 ("JOINT FLUID", ["Moderate joint effusion."])],
         imp=["Acute ACL tear.", "Medial meniscal tear.", "Moderate effusion."]),
    dict(name="RENAL ULTRASOUND", hist=["acute kidney injury", "flank pain", "hematuria"],
         tech="Grayscale and color Doppler images of both kidneys and the bladder.",
         organs=[("RIGHT KIDNEY", ["11.2 cm, normal cortical thickness and echogenicity. No hydronephrosis.", "Moderate hydronephrosis with proximal hydroureter."]),
                 ("LEFT KIDNEY", ["10.9 cm. A 3.1 cm simple cyst in the upper pole.", "Increased cortical echogenicity consistent with medical renal disease."]),
                 ("BLADDER", ["Distended with no wall thickening. Postvoid residual 45 mL.", "Bilateral ureteral jets are seen."])],
         imp=["No hydronephrosis.", "Right hydronephrosis.", "Simple left renal cyst, Bosniak I.", "Echogenic kidneys compatible with chronic medical renal disease."]),
    dict(name="PELVIC ULTRASOUND, TRANSABDOMINAL AND TRANSVAGINAL", hist=["pelvic pain", "abnormal uterine bleeding"], sex="F",
         tech="Transabdominal and endovaginal imaging.",
         organs=[("UTERUS", ["Anteverted, 10.1 x 5.8 x 6.2 cm, with multiple intramural fibroids, the largest 3.4 cm in the fundus.", "Normal size and echotexture."]),
                 ("ENDOMETRIUM", ["Measures 6 mm, homogeneous.", "Thickened to 14 mm."]),
                 ("RIGHT OVARY", ["4.2 cm complex cystic lesion with internal lacy echoes compatible with hemorrhagic cyst. Normal arterial and venous flow.", "Normal."]),
                 ("LEFT OVARY", ["Normal with follicles."]), ("CUL-DE-SAC", ["Small amount of free fluid."])],
         imp=["Fibroid uterus.", "Right hemorrhagic ovarian cyst; follow-up ultrasound in 8-12 weeks.", "Thickened endometrium; tissue sampling recommended."]),
    dict(name="DUAL ENERGY X-RAY ABSORPTIOMETRY (DEXA)", hist=["postmenopausal osteoporosis screening", "long-term steroid use"],
         tech="Bone density of the lumbar spine and left hip was measured.",
         organs=[("LUMBAR SPINE L1-L4", ["BMD 0.842 g/cm2, T-score -2.7.", "BMD 0.951 g/cm2, T-score -1.6."]),
                 ("LEFT FEMORAL NECK", ["T-score -2.2.", "T-score -1.1."]), ("TOTAL HIP", ["T-score -1.9.", "T-score -0.8."])],
         imp=["Osteoporosis by WHO criteria.", "Osteopenia. FRAX 10-year hip fracture risk 2.4%."]),
    dict(name="WHOLE-BODY NUCLEAR MEDICINE BONE SCAN", hist=["prostate cancer staging", "breast cancer with new back pain"],
         tech="Whole-body images were obtained three hours after injection of 25 mCi of Tc-99m MDP.",
         organs=[("AXIAL SKELETON", ["Focal increased uptake in the T10 vertebral body and the right sixth posterior rib.", "Degenerative uptake in the lower lumbar spine."]),
                 ("APPENDICULAR SKELETON", ["Symmetric uptake in the knees and shoulders, consistent with arthritis."]),
                 ("KIDNEYS", ["Normal renal excretion."])],
         imp=["Findings worrisome for osseous metastases at T10 and the right sixth rib.", "No scintigraphic evidence of osseous metastatic disease."]),
    dict(name="THYROID ULTRASOUND", hist=["palpable thyroid nodule", "goiter"],
         tech="High-resolution grayscale and color Doppler imaging of the thyroid.",
         organs=[("RIGHT LOBE", ["5.1 x 1.9 x 1.8 cm. A 2.2 cm solid hypoechoic nodule with microcalcifications, TI-RADS 5.", "A 1.1 cm spongiform nodule, TI-RADS 1."]),
                 ("LEFT LOBE", ["4.7 x 1.6 x 1.5 cm without nodules."]), ("ISTHMUS", ["3 mm."]), ("LYMPH NODES", ["No abnormal cervical nodes."])],
         imp=["TI-RADS 5 right thyroid nodule; fine-needle aspiration recommended.", "Benign-appearing spongiform nodule; no follow-up needed."]),
    dict(name="TRANSTHORACIC ECHOCARDIOGRAM", hist=["dyspnea", "murmur", "atrial fibrillation"],
         tech="Complete two-dimensional, M-mode, color and spectral Doppler study. Image quality fair.",
         organs=[("LEFT VENTRICLE", ["Normal size with mild concentric hypertrophy; ejection fraction estimated at 60%.", "Dilated with global hypokinesis; ejection fraction 25-30%."]),
                 ("RIGHT VENTRICLE", ["Normal size and function."]), ("ATRIA", ["Left atrium moderately dilated at 4.6 cm."]),
                 ("VALVES", ["Calcified aortic valve with mean gradient 42 mmHg and valve area 0.8 cm2.", "Mild mitral and trace tricuspid regurgitation."]),
                 ("PERICARDIUM", ["No effusion."]), ("HEMODYNAMICS", ["Estimated RVSP 38 mmHg."])],
         imp=["Severe aortic stenosis with preserved LV function.", "Dilated cardiomyopathy with severely reduced systolic function.", "Normal study."]),
]

# ---------------------------------------------------------------------------
# Pathology specimens
# ---------------------------------------------------------------------------

PATH = [
    dict(spec="Gallbladder", hist="Cholelithiasis.", gross="The specimen is received in formalin labeled with the patient's name and consists of an intact gallbladder measuring {a} x {b} cm. The serosa is tan-pink and smooth with focal adhesions. The wall averages 0.3 cm in thickness. The mucosa is green and velvety. The lumen contains multiple faceted yellow-green stones ranging from 0.3 to 1.4 cm. The cystic duct margin is unremarkable. Representative sections are submitted in one cassette.",
         micro="Sections show gallbladder wall with mild chronic inflammation, Rokitansky-Aschoff sinuses and muscular hypertrophy. There is no dysplasia or malignancy.",
         dx=["Chronic cholecystitis with cholelithiasis.", "Acute and chronic cholecystitis with cholelithiasis."]),
    dict(spec="Appendix", hist="Acute appendicitis.", gross="Received fresh is a vermiform appendix measuring {a} cm in length and up to {b} cm in diameter with attached mesoappendix. The serosa is dusky and covered with fibrinopurulent exudate. Sectioning reveals a lumen filled with purulent material and a 0.6 cm fecalith. The tip is bisected longitudinally and submitted with representative cross sections in one cassette.",
         micro="There is transmural acute inflammation with mucosal ulceration and serositis. No perforation is identified. No neoplasm is seen.",
         dx=["Acute suppurative appendicitis with periappendicitis.", "Acute gangrenous appendicitis with fecalith."]),
    dict(spec="Colon, ascending, polyp, cold snare", hist="Screening colonoscopy.", gross="Received in formalin are two tan soft tissue fragments measuring {a} x {b} x 0.2 cm in aggregate. Entirely submitted in one cassette.",
         micro="Sections show colonic mucosa with crowded, elongated pencillate nuclei in tubular glands, without high-grade features.",
         dx=["Tubular adenoma. Negative for high-grade dysplasia.", "Sessile serrated lesion without cytologic dysplasia.", "Hyperplastic polyp."]),
    dict(spec="Skin, upper back, shave biopsy", hist="Changing pigmented lesion.", gross="Received in formalin is a shave of tan-brown skin measuring {a} x {b} x 0.1 cm with a central dark brown macule. The specimen is inked, trisected and entirely submitted.",
         micro="There is a melanocytic proliferation with nests at the dermal-epidermal junction and in the dermis. Dermal melanocytes show maturation with depth.",
         dx=["Compound melanocytic nevus with mild architectural atypia; peripheral margin involved.", "Malignant melanoma, superficial spreading type, Breslow thickness 0.4 mm, Clark level II, no ulceration; deep margin clear, peripheral margin involved.", "Seborrheic keratosis, irritated."]),
    dict(spec="Skin, left nasal ala, shave biopsy", hist="Pearly papule, rule out basal cell carcinoma.", gross="Received in formalin is a tan-white shave biopsy measuring {a} x {b} x 0.2 cm. Inked and submitted entirely.",
         micro="Nests of basaloid cells with peripheral palisading and retraction artifact extend from the epidermis into the dermis in a fibromyxoid stroma.",
         dx=["Basal cell carcinoma, nodular type, extending to the deep margin.", "Squamous cell carcinoma in situ (Bowen disease).", "Invasive well-differentiated squamous cell carcinoma."]),
    dict(spec="Prostate, needle core biopsies, twelve sites", hist="Elevated PSA of 7.8.", gross="Received are twelve containers labeled right and left apex, mid, base, lateral apex, lateral mid and lateral base, each containing one or two tan cores ranging from {b} to {a} cm. Each is entirely submitted.",
         micro="The involved cores show small crowded infiltrative glands with prominent nucleoli and loss of basal cells confirmed by immunohistochemistry.",
         dx=["Prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 4 of 12 cores, left side, maximum 40% of one core. Perineural invasion present.", "Benign prostatic tissue with focal chronic inflammation. Negative for carcinoma.", "High-grade prostatic intraepithelial neoplasia, left mid; negative for carcinoma."]),
    dict(spec="Breast, left, 2 o'clock, ultrasound-guided core biopsy", hist="BI-RADS 4 mass.", gross="Received in formalin are four white-tan cores of fibrofatty tissue ranging from 1.0 to {a} cm. Cold ischemia time less than one hour; formalin fixation time 22 hours. Entirely submitted.",
         micro="Infiltrating nests and cords of malignant ductal cells with moderate nuclear pleomorphism and occasional mitoses are present.",
         dx=["Invasive ductal carcinoma, Nottingham grade 2. ER positive (95%), PR positive (70%), HER2 1+ (negative).", "Fibroadenoma.", "Fibrocystic changes with usual ductal hyperplasia; no atypia."]),
    dict(spec="Uterus, cervix and bilateral fallopian tubes", hist="Symptomatic fibroids.", gross="The specimen weighs {c} grams and consists of a uterus with cervix measuring {a} x {b} x 6.0 cm and attached fallopian tubes. Sectioning reveals multiple well-circumscribed white whorled intramural nodules, the largest 4.5 cm. The endometrium is 0.3 cm thick. Representative sections are submitted in twelve cassettes.",
         micro="The nodules consist of bland intersecting fascicles of smooth muscle without atypia, necrosis or increased mitoses.",
         dx=["Leiomyomata. Proliferative endometrium. Unremarkable cervix and fallopian tubes.", "Adenomyosis and leiomyomata; chronic cervicitis."]),
    dict(spec="Thyroid, total thyroidectomy", hist="Multinodular goiter.", gross="Received is a total thyroidectomy specimen weighing {c} grams, with right lobe {a} cm and left lobe {b} cm. Multiple nodules are present with hemorrhage and cystic change. Sections submitted in fourteen cassettes.",
         micro="Multiple nodules of variably sized follicles with colloid, hemorrhage and fibrosis. No capsular or vascular invasion.",
         dx=["Multinodular hyperplasia (adenomatous goiter).", "Papillary thyroid microcarcinoma, 0.6 cm, right lobe, margins negative, within multinodular goiter."]),
    dict(spec="Tonsils and adenoids", hist="Adenotonsillar hypertrophy.", gross="Received are two tonsils measuring {a} and {b} cm and multiple fragments of adenoidal tissue. Representative sections submitted.",
         micro="Lymphoid tissue with reactive follicular hyperplasia and crypts containing keratin debris.",
         dx=["Reactive lymphoid hyperplasia of tonsils and adenoids."]),
    dict(spec="Endometrium, curettings and polyp", hist="Postmenopausal bleeding.", gross="Received is a {a} x {b} cm aggregate of tan-red tissue and blood clot. Entirely submitted.",
         micro="Fragments of endometrial polyp with thick-walled vessels and fibrotic stroma, and inactive endometrium.",
         dx=["Benign endometrial polyp. Atrophic endometrium. Negative for hyperplasia or malignancy.", "Complex atypical hyperplasia (endometrial intraepithelial neoplasia)."]),
    dict(spec="Right colon and terminal ileum", hist="Cecal adenocarcinoma.", gross="Received fresh is a segment of terminal ileum ({b} cm) and right colon ({a} cm) with attached appendix. In the cecum there is a 4.2 x 3.8 cm ulcerated fungating mass that grossly invades into the pericolic fat. The radial margin is inked. Twenty-one lymph nodes are identified.",
         micro="Moderately differentiated adenocarcinoma invades through the muscularis propria into pericolorectal tissue. Lymphovascular invasion is identified.",
         dx=["Adenocarcinoma, moderately differentiated, invading pericolic soft tissue (pT3). Metastatic carcinoma in 2 of 21 lymph nodes (pN1b). Margins negative. Mismatch repair proteins intact."]),
    dict(spec="Lymph node, left axillary, excisional biopsy", hist="Axillary adenopathy.", gross="Received is a {a} x {b} cm tan-pink rubbery lymph node. Sections are fleshy and homogeneous. Tissue submitted for flow cytometry.",
         micro="Effacement of nodal architecture by a diffuse proliferation of large atypical lymphoid cells positive for CD20 and BCL6.",
         dx=["Diffuse large B-cell lymphoma, germinal center type.", "Reactive follicular hyperplasia; no evidence of lymphoma."]),
    dict(spec="Placenta", hist="Cesarean section for arrest of dilation.", gross="The placenta weighs {c} grams and measures {a} x {b} x 2.5 cm with a three-vessel eccentrically inserted umbilical cord. The membranes are translucent. Maternal surface is intact.",
         micro="Chorionic villi appropriate for gestational age. Membranes with no chorioamnionitis.",
         dx=["Third-trimester placenta, weight appropriate for gestational age, with no significant pathologic abnormality.", "Acute chorioamnionitis, maternal inflammatory response stage 2."]),
]

# ---------------------------------------------------------------------------
# Emergency department presentations
# ---------------------------------------------------------------------------

ED = [
    dict(cc="Right ankle injury", ages=(14, 60), hpi="rolled the right ankle stepping off a curb {when} and heard a pop, with immediate swelling over the lateral ankle and difficulty bearing weight",
         exam="swelling and ecchymosis over the anterior talofibular ligament with tenderness there, no bony tenderness at the posterior malleoli or base of the fifth metatarsal, and intact sensation and capillary refill",
         work="Ankle x-rays showed no fracture", tx="An Aircast splint, ice and ibuprofen were provided and crutch training was given", dx="Right ankle sprain, grade II"),
    dict(cc="Laceration of the left hand", ages=(16, 70), hpi="cut the palm of the left hand on a broken glass while washing dishes {when}",
         exam="a 3.5 cm linear laceration over the thenar eminence with intact flexor and extensor function, normal two-point discrimination and no foreign body visualized",
         work="Plain films showed no retained glass", tx="The wound was anesthetized with 1% lidocaine, explored in a bloodless field, irrigated with 500 mL saline and closed with six interrupted 4-0 nylon sutures; tetanus was updated", dx="Simple laceration of the left palm, repaired"),
    dict(cc="Chest pain", ages=(35, 85), hpi="developed substernal chest tightness {when} while watching television, associated with mild shortness of breath but no radiation",
         exam="a nontoxic appearance, regular rate and rhythm without murmur, clear lungs and no chest wall tenderness",
         work="An ECG showed normal sinus rhythm without acute ST changes, and two troponins three hours apart were undetectable; the chest x-ray was unremarkable", tx="Aspirin 325 mg was given", dx="Chest pain, low risk, acute coronary syndrome excluded"),
    dict(cc="Right flank pain", ages=(20, 70), hpi="had the sudden onset of colicky right flank pain radiating to the groin {when}, with nausea and one episode of vomiting",
         exam="writhing, unable to find a comfortable position, with right costovertebral angle tenderness and a benign abdomen",
         work="Urinalysis showed large blood, and a noncontrast CT showed a 5 mm right ureterovesical junction stone with mild hydronephrosis", tx="Ketorolac 15 mg IV, ondansetron and a liter of saline relieved the pain", dx="Right ureteral calculus"),
    dict(cc="Headache", ages=(18, 60), hpi="developed a throbbing left-sided headache with photophobia and nausea {when}, similar to prior migraines but more prolonged",
         exam="a nonfocal neurologic examination with normal fundi, no meningismus and no papilledema",
         work="No imaging was felt to be indicated", tx="Metoclopramide 10 mg IV, diphenhydramine 25 mg IV and a liter of fluids resolved the headache", dx="Migraine without aura"),
    dict(cc="Shortness of breath and wheezing", ages=(18, 65), hpi="has had wheezing and chest tightness {when} after a cold, using an albuterol inhaler every two hours without relief",
         exam="diffuse expiratory wheezes with moderate air movement and speech in full sentences",
         work="Peak flow improved from 180 to 340 L/min", tx="Three albuterol-ipratropium nebulizers and oral prednisone 60 mg were given", dx="Acute asthma exacerbation"),
    dict(cc="Allergic reaction", ages=(10, 70), hpi="broke out in hives with lip swelling {when} after eating shrimp at a restaurant, without wheezing or voice change",
         exam="diffuse urticaria on the trunk and arms with mild upper lip angioedema, no stridor and a clear oropharynx",
         work="None", tx="Diphenhydramine 50 mg IV, famotidine 20 mg IV and methylprednisolone 125 mg IV were given with resolution over three hours of observation", dx="Acute allergic reaction with urticaria and angioedema"),
    dict(cc="Motor vehicle collision", ages=(17, 70), hpi="was the restrained driver of a vehicle struck on the passenger side at moderate speed {when}, with airbag deployment, and complains of neck and left chest wall pain",
         exam="a seat-belt abrasion across the left chest, midline cervical tenderness absent by NEXUS criteria and a benign abdomen",
         work="Chest x-ray showed no pneumothorax or rib fracture", tx="Ibuprofen and a lidocaine patch were given", dx="Chest wall contusion; cervical strain"),
    dict(cc="Abdominal pain", ages=(18, 70), hpi="has had periumbilical pain migrating to the right lower quadrant {when}, with anorexia and low-grade fever",
         exam="tenderness at McBurney's point with voluntary guarding and a positive Rovsing sign",
         work="White count was 15.6 and CT showed acute appendicitis", tx="Morphine, ondansetron and intravenous piperacillin-tazobactam were given and general surgery was consulted", dx="Acute appendicitis"),
    dict(cc="Fever and ear pulling", ages=(1, 6), hpi="has had fever to 102.5 and has been tugging at the right ear {when} with fussiness and decreased sleep",
         exam="a bulging, erythematous right tympanic membrane with loss of landmarks and a clear left ear",
         work="None", tx="Ibuprofen was given with defervescence", dx="Acute right otitis media"),
    dict(cc="Nosebleed", ages=(40, 90), hpi="had a nosebleed from the left nostril {when} that would not stop with pressure at home; the patient is on warfarin",
         exam="active oozing from the left anterior septum at Kiesselbach's plexus",
         work="INR was 3.4", tx="The site was cauterized with silver nitrate after oxymetazoline pledgets, and a Rhino Rocket was placed when oozing recurred", dx="Anterior epistaxis; supratherapeutic INR"),
    dict(cc="Eye pain", ages=(18, 60), hpi="felt something fly into the right eye while grinding metal {when}, with tearing, photophobia and foreign-body sensation",
         exam="visual acuity of 20/30 on the right, a small rust ring at 4 o'clock on fluorescein staining and no Seidel sign",
         work="None", tx="The foreign body was removed with a 25-gauge needle under the slit lamp after tetracaine, and erythromycin ointment was applied", dx="Corneal foreign body, right eye, removed"),
    dict(cc="Low back pain", ages=(25, 65), hpi="strained the low back lifting a box {when}, with pain radiating to the right buttock but no leg weakness, incontinence or saddle anesthesia",
         exam="paraspinal spasm, a negative straight-leg raise, normal strength and reflexes, and no midline step-off",
         work="No imaging was indicated", tx="Ketorolac IM and diazepam were given with improvement", dx="Acute lumbar strain"),
    dict(cc="Dysuria", ages=(18, 55), hpi="has had burning with urination and frequency {when} without fever or flank pain", exam="mild suprapubic tenderness and no costovertebral angle tenderness",
         work="Urinalysis showed positive leukocyte esterase and nitrites; urine pregnancy test was negative", tx="Nitrofurantoin was prescribed", dx="Acute uncomplicated cystitis"),
    dict(cc="Fall", ages=(70, 95), hpi="tripped in the bathroom {when}, striking the right hip, and was unable to get up for an hour", exam="pain with log roll of the right hip but no shortening, and a small occipital abrasion",
         work="Pelvis and hip films showed no fracture; CT of the head was negative", tx="Acetaminophen was given and the patient ambulated with a walker with physical therapy", dx="Mechanical fall with right hip contusion"),
    dict(cc="Suicidal ideation", ages=(18, 60), hpi="was brought in by family after stating {when} that life was not worth living, with increasing depression since losing a job",
         exam="a flat affect, poor eye contact and passive suicidal ideation without a plan, and no signs of ingestion",
         work="Acetaminophen and salicylate levels were negative and a urine drug screen was negative", tx="A sitter was placed and psychiatry was consulted", dx="Major depressive disorder with suicidal ideation"),
]

# ---------------------------------------------------------------------------
# Consultations / outpatient visits by specialty
# ---------------------------------------------------------------------------

CONS = [
    dict(spec="cardiology", q="preoperative cardiac risk assessment prior to hip replacement", hx="reports stable exertional dyspnea after two flights of stairs without angina or syncope", imp=["Low-to-intermediate cardiac risk for an intermediate-risk procedure", "Hypertension, well controlled"], rec=["No further cardiac testing is needed before surgery", "Continue the beta blocker perioperatively", "Resume aspirin postoperatively when hemostasis allows"]),
    dict(spec="nephrology", q="rising creatinine", hx="has had a creatinine climb from 1.3 to 2.6 over three months with a new bland urinary sediment and nocturia", imp=["Chronic kidney disease stage IIIb, likely diabetic and hypertensive nephropathy", "Anemia of chronic kidney disease"], rec=["Check urine albumin-to-creatinine ratio and renal ultrasound", "Avoid NSAIDs and IV contrast", "Start an SGLT2 inhibitor if glycemic control allows", "Iron studies; consider erythropoiesis-stimulating agent if hemoglobin below 10"]),
    dict(spec="gastroenterology", q="iron deficiency anemia", hx="was found to have a hemoglobin of 9.1 with a ferritin of 6 without overt bleeding", imp=["Iron deficiency anemia, rule out occult gastrointestinal blood loss"], rec=["Bidirectional endoscopy", "Celiac serologies", "Intravenous iron if intolerant of oral iron"]),
    dict(spec="pulmonary", q="a 2.1 cm right upper lobe lung nodule", hx="is a forty-pack-year smoker with a spiculated nodule found incidentally on CT", imp=["Suspicious right upper lobe nodule", "COPD, GOLD stage II"], rec=["PET-CT", "Pulmonary function tests", "Navigational bronchoscopy versus CT-guided biopsy depending on PET"]),
    dict(spec="infectious disease", q="methicillin-resistant Staphylococcus aureus bacteremia", hx="grew MRSA in two of two blood cultures drawn for fever and a red, tender left forearm at an old IV site", imp=["MRSA bacteremia with septic thrombophlebitis"], rec=["Continue vancomycin with a trough of 15-20", "Transesophageal echocardiogram", "Repeat blood cultures every 48 hours until clear", "Remove all peripheral lines"]),
    dict(spec="neurology", q="new-onset seizure", hx="had a witnessed generalized tonic-clonic seizure lasting two minutes with postictal confusion and tongue laceration", imp=["First unprovoked generalized seizure"], rec=["MRI brain with epilepsy protocol", "Routine EEG", "Levetiracetam 500 mg b.i.d. is reasonable given the MRI findings", "No driving per state law for six months"]),
    dict(spec="psychiatry", q="depression and passive suicidal ideation", hx="describes two months of low mood, anhedonia, early morning awakening and a fifteen-pound weight loss after the death of a spouse", imp=["Major depressive disorder, single episode, severe, without psychotic features", "Bereavement"], rec=["Start sertraline 50 mg daily", "Supportive psychotherapy", "Safety plan discussed; patient contracts for safety", "Remove firearms from the home"]),
    dict(spec="pain management", q="chronic low back pain", hx="has had axial low back pain for six years, worse with extension, despite physical therapy and NSAIDs", imp=["Lumbar facet arthropathy", "Myofascial pain"], rec=["Diagnostic medial branch blocks at L4-L5 and L5-S1", "Radiofrequency ablation if blocks give more than 80% relief", "Duloxetine 30 mg daily", "Continue home exercise program"]),
    dict(spec="oncology", q="newly diagnosed breast cancer", hx="underwent a core biopsy of a palpable left breast mass showing invasive ductal carcinoma, hormone receptor positive", imp=["Clinical stage IIA invasive ductal carcinoma of the left breast, ER/PR positive, HER2 negative"], rec=["Surgical consultation for lumpectomy and sentinel node biopsy", "Oncotype DX on the surgical specimen", "Adjuvant endocrine therapy", "Genetic counseling referral"]),
    dict(spec="endocrinology", q="uncontrolled diabetes", hx="has a hemoglobin A1c of 10.2 on metformin and glipizide with polyuria and blurry vision", imp=["Type 2 diabetes mellitus, uncontrolled, with peripheral neuropathy"], rec=["Add basal insulin glargine 10 units nightly with titration", "Stop glipizide", "Diabetes education and nutrition referral", "Annual dilated eye examination"]),
    dict(spec="urology", q="microscopic hematuria", hx="had 15 red cells per high-power field on two urinalyses and is a former smoker", imp=["Asymptomatic microscopic hematuria"], rec=["CT urogram", "Office cystoscopy", "Urine cytology"]),
    dict(spec="dermatology", q="a widespread itchy rash", hx="has had pruritic violaceous papules on the wrists and shins with lacy white lines in the mouth", imp=["Lichen planus"], rec=["Triamcinolone 0.1% ointment b.i.d.", "Hepatitis C antibody", "Punch biopsy if not improved"]),
    dict(spec="sleep medicine", q="excessive daytime sleepiness", hx="snores loudly, has witnessed apneas, an Epworth Sleepiness Scale of 16 and morning headaches", imp=["Suspected moderate-to-severe obstructive sleep apnea"], rec=["In-laboratory polysomnogram", "Weight loss counseling", "Avoid alcohol and sedatives before bed"]),
    dict(spec="podiatry", q="a diabetic foot ulcer", hx="has a painless ulcer under the right first metatarsal head for six weeks with loss of protective sensation", imp=["Wagner grade 2 diabetic foot ulcer, right forefoot", "Peripheral neuropathy"], rec=["Sharp debridement performed today", "Offloading with a total contact cast", "X-ray and ESR to exclude osteomyelitis", "Arterial Doppler studies"]),
    dict(spec="orthopedics", q="right knee pain", hx="has medial knee pain with stairs and start-up stiffness for two years with failed NSAIDs", imp=["Primary osteoarthritis of the right knee, medial compartment"], rec=["Intra-articular corticosteroid injection given", "Quadriceps strengthening", "Unloader brace", "Discuss arthroplasty if symptoms progress"]),
    dict(spec="vascular surgery", q="calf claudication", hx="gets cramping in the right calf after one block of walking relieved by rest", imp=["Peripheral arterial disease with lifestyle-limiting claudication"], rec=["Supervised exercise program", "Cilostazol 100 mg b.i.d.", "Smoking cessation", "Arterial duplex and ankle-brachial indices"]),
    dict(spec="ENT", q="chronic sinusitis", hx="has nasal congestion, facial pressure and hyposmia for over a year despite multiple antibiotic courses", imp=["Chronic rhinosinusitis with nasal polyps"], rec=["CT sinuses", "Saline irrigations with budesonide", "Oral prednisone burst", "Consider endoscopic sinus surgery"]),
    dict(spec="ophthalmology", q="decreased vision", hx="has noticed gradual blurring of vision in both eyes with glare from headlights at night", imp=["Bilateral nuclear sclerotic cataracts, right worse than left", "Mild nonproliferative diabetic retinopathy without macular edema"], rec=["Cataract extraction of the right eye", "Strict glycemic control", "Return in six months for retinal evaluation"]),
    dict(spec="pediatrics", q="poor weight gain", hx="has fallen from the 50th to the 5th percentile for weight over six months with loose stools", imp=["Failure to thrive", "Rule out celiac disease"], rec=["Tissue transglutaminase IgA and total IgA", "Three-day calorie count", "Nutrition referral"]),
    dict(spec="gynecology", q="pelvic pain and heavy periods", hx="has had heavy menses lasting eight days with clots and pelvic pressure", imp=["Symptomatic uterine leiomyomata", "Iron deficiency anemia"], rec=["Pelvic ultrasound", "Levonorgestrel IUD versus surgical options", "Oral iron"]),
]

CLINIC = [
    ("diabetes follow-up", "Type 2 diabetes mellitus", "checks sugars in the 140s fasting and denies hypoglycemia", "Hemoglobin A1c is 7.4, down from 8.1", "Continue metformin; increase glargine by 2 units"),
    ("hypertension follow-up", "Essential hypertension", "has been taking medications faithfully and checking blood pressure at the pharmacy", "Home readings average 138/86", "Add hydrochlorothiazide 12.5 mg"),
    ("postoperative visit", "Status post laparoscopic cholecystectomy", "is eating well, off narcotics and back to walking two miles", "Incisions are healing well", "May return to work; lifting restrictions lifted in two weeks"),
    ("Parkinson disease follow-up", "Parkinson disease", "reports more wearing-off in the late afternoon and two falls", "Bradykinesia and rigidity right greater than left", "Add a fourth carbidopa/levodopa dose; refer to physical therapy"),
    ("depression follow-up", "Major depressive disorder, recurrent, improving", "sleeps better and has returned to church activities", "PHQ-9 score is 8, down from 19", "Continue sertraline 100 mg"),
    ("CKD follow-up", "Chronic kidney disease stage IV", "has mild ankle swelling and no uremic symptoms", "eGFR 22, potassium 5.1, bicarbonate 19", "Begin transplant and dialysis education; vein mapping"),
    ("anticoagulation follow-up", "Atrial fibrillation on warfarin", "denies bleeding or bruising", "INR is 2.6", "Continue current warfarin dose; recheck in four weeks"),
    ("asthma follow-up", "Moderate persistent asthma", "uses rescue inhaler twice weekly and wakes at night once a month", "Peak flow 88% of personal best", "Continue inhaled corticosteroid; flu shot today"),
    ("orthopedic follow-up", "Status post right total knee arthroplasty, six weeks", "walks without a cane and works on range of motion daily", "Flexion to 115 degrees with full extension", "Continue home exercises; return in six weeks with x-rays"),
    ("oncology follow-up", "Stage III colon cancer on adjuvant FOLFOX, cycle 6", "has cold-induced paresthesias of the fingertips and mild fatigue", "Counts adequate for treatment; CEA 1.8", "Proceed with cycle 7; dose-reduce oxaliplatin by 20%"),
    ("well-child visit", "Well child, 4 years", "eats a varied diet and is toilet trained", "Growth along the 60th percentile", "Vaccines due today; vision and hearing normal"),
    ("headache follow-up", "Chronic migraine", "has gone from fifteen headache days per month to six", "Normal neurologic examination", "Continue topiramate 50 mg b.i.d."),
    ("heart failure clinic", "Chronic systolic heart failure, NYHA class II", "has not needed extra diuretic doses and weighs himself daily", "Weight stable; no edema", "Increase carvedilol to 25 mg b.i.d."),
    ("COPD follow-up", "COPD, GOLD stage III", "has had one exacerbation since last visit and continues to smoke half a pack", "FEV1 42% of predicted", "Add roflumilast; smoking cessation with varenicline"),
    ("psoriasis follow-up", "Plaque psoriasis", "has fewer plaques since starting biologic therapy", "BSA involvement 3%, down from 18%", "Continue adalimumab; annual TB screening"),
]

# ---------------------------------------------------------------------------
# Shared building blocks (formats, not shared prose)
# ---------------------------------------------------------------------------

def vit(r, febrile=False, fast=False, low=False):
    t = round(r.uniform(100.6, 103.0), 1) if febrile else round(r.uniform(97.2, 99.1), 1)
    hr = r.randint(100, 128) if fast else r.randint(58, 94)
    sbp = r.randint(84, 98) if low else r.randint(108, 168)
    dbp = r.randint(48, 60) if low else r.randint(60, 96)
    rr = r.randint(14, 24)
    sat = r.randint(88, 100)
    return dict(t=t, hr=hr, bp="%d/%d" % (sbp, dbp), rr=rr, sat=sat)


def dictation_footer(r, y, m, d, who):
    opts = []
    y2, m2, d2 = add_days(y, m, d, r.randint(0, 2))
    init = "".join(w[0] for w in who.split()[:2]).lower()
    job = r.randint(100000, 9999999)
    opts.append("\n\nD: %s\nT: %s\nJob #: %d" % (fmt_date(y, m, d), fmt_date(y2, m2, d2), job))
    opts.append("\n\n%s/%s%s\nDD: %s\nDT: %s\nJOB: %06d" % (init.upper(), ch(r, "abcdefghjkmnpqrstw"), ch(r, "abcdefghjkmnpqrstw"),
                                                          fmt_date(y, m, d), fmt_date(y2, m2, d2), job % 1000000))
    opts.append("\n\nDictated by: %s, %s\nD: %02d/%02d/%02d %02d:%02d\nT: %02d/%02d/%02d %02d:%02d\nDoc #: %d" % (
        who, ch(r, CREDS), m, d, y % 100, r.randint(6, 21), r.randint(0, 59), m2, d2, y2 % 100, r.randint(0, 23), r.randint(0, 59), job))
    opts.append("\n\n______________________________\n%s, %s\n\n%s:%s\nD: %s  T: %s" % (
        who, ch(r, CREDS), init.upper(), ch(r, ["mt", "kw", "jls", "dr", "pb", "tmh"]), fmt_date(y, m, d), fmt_date(y2, m2, d2)))
    s = ""
    roll = r.random()
    if roll < 0.55:
        s = ch(r, opts)
    elif roll < 0.7:
        s = "\n\n%s, %s" % (who, ch(r, CREDS))
    if r.random() < 0.3:
        s += "\n\ncc: Dr. %s%s" % (ch(r, LAST), ch(r, ["", "\n    Dr. " + ch(r, LAST), "\n    Patient chart"]))
    return s


def maybe_title(r, titles, p=0.4):
    return (ch(r, titles) + "\n\n") if r.random() < p else ""


def H(heading, body):
    """Heading in capitals followed by a colon; body either inline or as a paragraph."""
    if "\n" in body or len(body) > 90:
        return "%s:\n%s" % (heading, body)
    return "%s: %s" % (heading, body)


def numbered(items):
    return "\n".join("%d. %s" % (i + 1, it.replace("..", ".")) for i, it in enumerate(items))


_CUR_SEX = "M"
_MALE_ONLY = ("prostat",)
_FEMALE_ONLY = ("breast", "hysterectomy", "cesarean", "tubal")


def pmh_list(r, n1=2, n2=5):
    bad = _FEMALE_ONLY if _CUR_SEX == "M" else _MALE_ONLY
    return pick(r, [x for x in PMH if not any(b in x for b in bad)], n1, n2)


def meds_list(r, n1=3, n2=8):
    return pick(r, MEDS, n1, n2)


def social(r, P, voice):
    job = ch(r, JOBS)
    smoke = ch(r, ["never smoked", "quit smoking %d years ago after a %d pack-year history" % (r.randint(2, 30), r.randint(10, 60)),
                   "smokes about a pack of cigarettes per day", "smokes half a pack daily", "chews tobacco"])
    alc = ch(r, ["drinks alcohol socially", "denies alcohol use", "drinks two to three beers daily", "has an occasional glass of wine",
                 "quit drinking in %d" % r.randint(1980, 2010)])
    live = ch(r, ["lives with %s spouse" % P["his"], "lives alone in a two-story home", "lives with a daughter",
                  "resides in an assisted living facility", "is widowed and lives alone", "lives with %s wife of forty years" % P["his"]
                  if P["sex"] == "male" else "lives with her husband"])
    if voice == "hp":
        return "%s %s. %s %s and %s. No illicit drug use." % (cap(P["he"]), "is a " + job if r.random() < .7 else "is retired", cap(P["he"]), smoke, alc) + " " + cap(P["he"]) + " " + live + "."
    if voice == "consult":
        return "%s works as a %s and %s. From a habits standpoint, %s %s and %s." % (cap(P["he"]), job, live, P["he"], smoke, alc)
    return "%s; %s; %s." % (cap(smoke), alc, live)


def family(r, voice):
    items = ["father died of a myocardial infarction at age %d" % r.randint(50, 75), "mother with type 2 diabetes",
             "a brother with colon cancer", "mother died of breast cancer", "a sister with lupus", "father had a stroke in his seventies",
             "both parents had hypertension", "a maternal aunt with ovarian cancer", "no family history of bleeding disorders or problems with anesthesia"]
    sel = pick(r, items, 1, 3)
    if voice == "hp":
        return "Significant for " + join_and(sel) + "."
    if voice == "consult":
        return "The family history is notable for " + join_and(sel) + "."
    return cap(join_and(sel)) + "."


def attending(r):
    return "%s %s" % (ch(r, FIRST_M + FIRST_F), ch(r, LAST))


# ---------------------------------------------------------------------------
# 1. DISCHARGE SUMMARY
# ---------------------------------------------------------------------------

def gen_discharge_summary(r):
    c = ch(r, CONDITIONS)
    lo, hi = c["ages"]
    P = make_patient(r, lo, hi, c["sex"])
    P.update(cond_nums(r))
    y, m, d = a_date(r)
    los = r.randint(3, 8)
    y2, m2, d2 = add_days(y, m, d, los)
    who = attending(r)
    out = [maybe_title(r, ["DISCHARGE SUMMARY", "HOSPITAL DISCHARGE SUMMARY", "DISCHARGE SUMMARY - FINAL"], 0.35).rstrip()]
    out.append(H(ch(r, ["ADMISSION DATE", "DATE OF ADMISSION"]), fmt_date(y, m, d)))
    out.append(H(ch(r, ["DISCHARGE DATE", "DATE OF DISCHARGE"]), fmt_date(y2, m2, d2)))
    out.append(H(ch(r, ["ADMITTING DIAGNOSIS", "ADMISSION DIAGNOSIS"]), cap(c["cc"]) if r.random() < .4 else cap(c["dx"]) + "."))
    comorb = pmh_list(r, 2, 4)
    out.append(H("DISCHARGE DIAGNOSES", numbered([cap(c["dx"]) + "."] + [cap(x) + "." for x in comorb])))
    if c["procs"]:
        out.append(H(ch(r, ["PROCEDURES", "PROCEDURES PERFORMED", "OPERATIONS AND PROCEDURES"]), numbered([cap(x) + "." for x in c["procs"]])))
    if c["consults"]:
        out.append(H("CONSULTATIONS", cap(join_and(c["consults"])) + "."))
    hpi = [F("The patient is a {agestr} {man} with a past medical history of ", P) + join_and(comorb) +
           F(" who presented to the emergency department with ", P) + ch(r, c["dur"]) + " of " + join_and(pick(r, c["sx"], 2, 4)) + ".",
           F("The symptoms appear to have been precipitated by ", P) + F(ch(r, c["trig"]), P) + ".",
           "In the emergency room, " + F(join_and(pick(r, c["signs"], 2, 3)), P) + " were noted, and the initial workup revealed " +
           F(join_and(pick(r, c["tests"], 2, 3)), P) + ".",
           F("{He} was admitted to the {u} service for further management.", dict(P, u=ch(r, ["medicine", "hospitalist", "telemetry", "step-down", "family practice"])))]
    out.append(H(ch(r, ["HISTORY OF PRESENT ILLNESS", "BRIEF HISTORY OF PRESENT ILLNESS", "HISTORY"]), para(hpi)))
    course = list(c["course"])
    extras = ["was maintained on subcutaneous heparin for deep venous thrombosis prophylaxis",
              "had {his} home antihypertensives held initially and then resumed",
              "had {his} blood sugars managed with a sliding scale of regular insulin",
              "was evaluated by physical therapy, who felt {he} was safe for discharge home",
              "had an episode of insomnia treated with melatonin",
              "developed mild constipation that responded to senna and docusate",
              "was seen by case management to arrange home health services"]
    course += pick(r, extras, 1, 3)
    paras = []
    if r.random() < 0.5:
        # day by day
        day = 1
        i = 0
        while i < len(course):
            k = r.randint(1, 2)
            chunk = course[i:i + k]
            i += k
            lead = ch(r, ["On hospital day %d, the patient " % day, "On day %d of the admission, %s " % (day, P["he"]),
                          "On %s, %s " % (fmt_date(*add_days(y, m, d, day - 1)), P["he"]), "By hospital day %d, the patient " % day])
            sents = [lead + F(chunk[0], P) + "."]
            for extra in chunk[1:]:
                sents.append(F("{He} also ", P) + F(extra, P) + ".")
            paras.append(para(sents))
            day += 1
            if day > los:
                day = los
    else:
        # problem-based course
        probs = [c["dx"]] + comorb[:2]
        first = [cap(probs[0]) + ": " + F("The patient ", P) + F(course[0], P) + "."]
        for cl in course[1:4]:
            first.append(F(ch(r, ["Subsequently {he} ", "Thereafter {he} ", "{He} then ", "Over the following days {he} "]), P) + F(cl, P) + ".")
        paras.append(para(first))
        for pb, cl in zip(probs[1:], course[4:] + ["had no active issues"] * 2):
            paras.append(cap(pb) + ": " + ch(r, ["This remained stable during the admission, and the patient ",
                                                  "This was not an active issue; the patient ",
                                                  "Home medications were continued and the patient "]) + F(cl, P) + ".")
    paras.append(F(ch(r, ["By the day of discharge, {he} was ambulating independently, tolerating a regular diet and voiding without difficulty.",
                          "At the time of discharge, {he} was afebrile with stable vital signs and was felt to be medically stable for discharge.",
                          "{He} was deemed stable for discharge after a lengthy discussion with {him} and {his} family regarding the plan of care."]), P))
    out.append(H("HOSPITAL COURSE", "\n\n".join(paras)))
    out.append(H(ch(r, ["CONDITION ON DISCHARGE", "CONDITION AT DISCHARGE", "DISCHARGE CONDITION"]),
                 ch(r, ["Stable.", "Good.", "Improved.", "Fair but stable."])))
    dm = c["dcmeds"] + [x for x in meds_list(r, 1, 4)]
    out.append(H("DISCHARGE MEDICATIONS", numbered([cap(x) + "." for x in dm])))
    out.append(H("DISPOSITION", ch(r, ["Home.", "Home with home health nursing.", "Skilled nursing facility.", "Home with family.",
                                        "Acute rehabilitation facility."])))
    out.append(H(ch(r, ["FOLLOW-UP", "FOLLOWUP", "FOLLOW-UP APPOINTMENTS"]), cap(c["fu"]) + "."))
    out.append(H("DISCHARGE INSTRUCTIONS", ch(r, ["Diet: ", "DIET: "]) + ch(r, ["2-gram sodium, cardiac diet", "ADA 1800-calorie diet", "regular diet",
                                                                                   "low-fat diet", "mechanical soft diet"]) + ". Activity: " +
                 ch(r, ["as tolerated", "no lifting over ten pounds for two weeks", "walker at all times", "increase gradually"]) + ". " +
                 F(ch(r, ["The patient was instructed to return to the emergency department or call {his} physician for fever greater than 101, chest pain, worsening shortness of breath or any other concerns.",
                          "{He} was told to seek medical attention for recurrence of symptoms, and written instructions were reviewed with {him} and {his} family.",
                          "Warning signs were reviewed in detail and {he} verbalized understanding."]), P)))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y2, m2, d2, who)


# ---------------------------------------------------------------------------
# 2. HISTORY AND PHYSICAL
# ---------------------------------------------------------------------------

ROS_HP = ["CONSTITUTIONAL: {c}", "HEENT: Negative for visual changes, hearing loss or sore throat.",
          "CARDIOVASCULAR: {cv}", "RESPIRATORY: {resp}", "GASTROINTESTINAL: {gi}",
          "GENITOURINARY: Denies dysuria or hematuria.", "MUSCULOSKELETAL: {ms}",
          "NEUROLOGIC: Denies focal weakness, numbness or seizures.", "PSYCHIATRIC: Negative for depression.",
          "SKIN: No rashes.", "ENDOCRINE: No heat or cold intolerance."]


def exam_hp(r, P, v, signs):
    g = ch(r, ["Well-developed, well-nourished {man} in no acute distress.", "Elderly {man} lying in bed in moderate discomfort.",
               "Alert, oriented, pleasant {man} who appears stated age.", "Ill-appearing {man} in mild respiratory distress."])
    lines = ["VITAL SIGNS: Temperature %.1f, pulse %d, blood pressure %s, respirations %d, oxygen saturation %d%% on %s." %
             (v["t"], v["hr"], v["bp"], v["rr"], v["sat"], ch(r, ["room air", "2 liters nasal cannula", "4 liters nasal cannula"])),
             "GENERAL: " + F(g, P),
             "HEENT: Normocephalic, atraumatic. Pupils equal, round and reactive to light. Extraocular movements intact. " + ch(r, ["Oropharynx clear.", "Mucous membranes moist.", "Dentures in place.", "Mucous membranes dry."]),
             "NECK: Supple. " + ch(r, ["No jugular venous distention. No carotid bruits.", "No lymphadenopathy or thyromegaly.", "Trachea midline."]),
             "LUNGS: " + ch(r, ["Clear to auscultation bilaterally.", "Decreased breath sounds at the bases.", "Scattered rhonchi that clear with cough."]),
             "HEART: " + ch(r, ["Regular rate and rhythm. Normal S1 and S2. No murmurs, rubs or gallops.", "Regular rhythm with a 2/6 systolic ejection murmur at the right upper sternal border.", "Irregularly irregular."]),
             "ABDOMEN: " + ch(r, ["Soft, nontender, nondistended. Normal bowel sounds. No hepatosplenomegaly.", "Obese, soft, mildly tender in the epigastrium.", "Soft with active bowel sounds; no masses."]),
             "EXTREMITIES: " + ch(r, ["No clubbing, cyanosis or edema. Pulses 2+ and symmetric.", "Trace ankle edema bilaterally.", "Chronic venous stasis changes of both lower legs."]),
             "NEUROLOGIC: " + ch(r, ["Alert and oriented times three. Cranial nerves II through XII grossly intact. Strength 5/5 throughout.", "Nonfocal.", "Alert, oriented to person and place only; moves all extremities."]),
             "SKIN: " + ch(r, ["Warm and dry without rashes.", "Intact.", "Multiple seborrheic keratoses on the trunk."])]
    if signs:
        lines.append("PERTINENT POSITIVE FINDINGS: " + cap(F(join_and(signs), P)) + ".")
    return "\n".join(lines)


def gen_history_physical(r):
    preop = r.random() < 0.3
    who = attending(r)
    y, m, d = a_date(r)
    out = []
    if preop:
        op = ch(r, OPS)
        lo, hi = op["ages"]
        P = make_patient(r, max(lo, 18), max(hi, 20), op["sex"])
        out.append(maybe_title(r, ["PREOPERATIVE HISTORY AND PHYSICAL", "HISTORY AND PHYSICAL EXAMINATION", "ADMISSION HISTORY AND PHYSICAL"], 0.5).rstrip())
        out.append(H("CHIEF COMPLAINT", cap(op["pre"]) + "."))
        hpi = [F("The patient is a {agestr} {man} who is seen today prior to planned ", P) + op["name"].lower() + ".",
               F("{He} has had ", P) + op["ind"] + ".",
               F(ch(r, ["Conservative measures have been tried over the past several months without adequate relief.",
                        "{He} has been followed in the office and the options, risks and benefits of surgery have been reviewed at length.",
                        "{He} wishes to proceed with surgical management after a thorough discussion of alternatives."]), P),
               F(ch(r, ["{He} denies chest pain, shortness of breath or recent illness.", "There have been no recent fevers or infections.",
                        "{He} has no history of problems with anesthesia."]), P)]
        signs = []
        imp = [cap(op["pre"]) + "."]
        plan = F(ch(r, ["Proceed with {op} as scheduled. Informed consent was obtained after discussion of risks including bleeding, infection, damage to surrounding structures and anesthetic complications.",
                        "The patient is medically optimized and will proceed with {op}. Perioperative antibiotics and DVT prophylaxis per protocol.",
                        "Plan {op} under {an}. Hold anticoagulants as instructed. NPO after midnight."]), dict(P, op=op["name"].lower(), an=op["anes"]))
        v = vit(r)
    else:
        c = ch(r, CONDITIONS)
        lo, hi = c["ages"]
        P = make_patient(r, lo, hi, c["sex"])
        P.update(cond_nums(r))
        out.append(maybe_title(r, ["HISTORY AND PHYSICAL", "ADMISSION HISTORY AND PHYSICAL", "HISTORY & PHYSICAL"], 0.45).rstrip())
        if r.random() < .4:
            out.append(H("DATE OF ADMISSION", fmt_date(y, m, d)))
        out.append(H("CHIEF COMPLAINT", cap(c["cc"]) + "."))
        sx = pick(r, c["sx"], 3, 5)
        hpi = [F("The patient is a {agestr} {man} with a history significant for ", P) + join_and(pmh_list(r, 1, 3)) + F(" who reports ", P) +
               ch(r, c["dur"]) + " of " + sx[0] + ".",
               F("{He} states that this has been accompanied by ", P) + join_and(sx[1:]) + ".",
               F("{He} relates the onset to ", P) + F(ch(r, c["trig"]), P) + ".",
               F(ch(r, ["{He} came to the emergency room today when the symptoms became unbearable.",
                        "{His} family brought {him} to the emergency department this evening.",
                        "{He} called {his} primary care physician, who advised {him} to come to the emergency department."]), P),
               "Workup in the emergency room was notable for " + F(join_and(pick(r, c["tests"], 1, 3)), P) + ".",
               F(ch(r, ["{He} is now being admitted for further evaluation and treatment.", "We were asked to admit the patient for management.",
                        "The hospitalist service was called for admission."]), P)]
        signs = pick(r, c["signs"], 1, 3)
        v = vit(r, febrile=c["key"] in ("pna", "pyelo", "cellulitis"), fast=c["key"] in ("afib", "pe", "dka", "etoh"))
        imp = [cap(c["dx"]) + "."] + [cap(x) + "." for x in pmh_list(r, 1, 3)]
        plan = para([F("Admit to " + ch(r, ["telemetry", "the medical floor", "the intensive care unit", "the step-down unit"]) + ".", P),
                     "Will start " + F(c["course"][0], P).replace("was ", "").replace("were ", "") + "." if r.random() < 0.3 else
                     F("Management will include treatment as outlined: the patient " + c["course"][0] + ".", P),
                     "Consult " + (join_and(c["consults"]) if c["consults"] else "case management") + ".",
                     ch(r, ["DVT prophylaxis with subcutaneous heparin.", "Enoxaparin for DVT prophylaxis.", "Sequential compression devices."]),
                     ch(r, ["Code status: Full code.", "The patient is DNR/DNI per discussion with the family.", "Full code, confirmed with the patient."])])
    out.append(H("HISTORY OF PRESENT ILLNESS", para(hpi)))
    out.append(H("PAST MEDICAL HISTORY", cap(join_and(pmh_list(r))) + "."))
    out.append(H("PAST SURGICAL HISTORY", cap(join_and(pick(r, PSH, 1, 3))) + "." if r.random() < .85 else "None."))
    out.append(H("MEDICATIONS", numbered([cap(x) + "." for x in meds_list(r)]) if r.random() < .6 else cap(", ".join(meds_list(r))) + "."))
    out.append(H("ALLERGIES", ch(r, ALLERGIES) + "."))
    out.append(H("SOCIAL HISTORY", social(r, P, "hp")))
    out.append(H("FAMILY HISTORY", family(r, "hp")))
    ros = "\n".join(x.format(c=ch(r, ["Positive for fatigue.", "Denies fevers, chills or weight loss.", "Positive for chills."]),
                             cv=ch(r, ["Denies chest pain or palpitations.", "As per HPI.", "Positive for leg swelling."]),
                             resp=ch(r, ["Denies cough or wheezing.", "As in HPI.", "Positive for dyspnea on exertion."]),
                             gi=ch(r, ["Denies nausea, vomiting or melena.", "Positive for constipation.", "As per HPI."]),
                             ms=ch(r, ["Positive for arthralgias of the knees.", "Negative.", "Chronic low back pain."])) for x in pick(r, ROS_HP, 6, 10))
    out.append(H("REVIEW OF SYSTEMS", ros if r.random() < .6 else "A complete 12-point review of systems was obtained and is negative except as noted in the history of present illness."))
    out.append(H(ch(r, ["PHYSICAL EXAMINATION", "PHYSICAL EXAM"]), exam_hp(r, P, v, signs)))
    if not preop and r.random() < .7:
        out.append(H(ch(r, ["LABORATORY DATA", "LABS", "DATA"]), "White count %.1f, hemoglobin %.1f, platelets %d. Sodium %d, potassium %.1f, chloride %d, bicarbonate %d, BUN %d, creatinine %.1f, glucose %d." %
                     (r.uniform(4, 19), r.uniform(8, 15), r.randint(120, 420), r.randint(128, 144), r.uniform(3.1, 5.6), r.randint(95, 108), r.randint(18, 30), r.randint(8, 60), r.uniform(0.6, 3.2), r.randint(80, 380))))
    out.append(H(ch(r, ["ASSESSMENT", "IMPRESSION"]), numbered(imp)))
    out.append(H("PLAN", plan))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, who)

# ---------------------------------------------------------------------------
# 3. PROGRESS NOTE
# ---------------------------------------------------------------------------

def gen_progress_note(r):
    who = attending(r)
    y, m, d = a_date(r)
    out = [maybe_title(r, ["PROGRESS NOTE", "HOSPITAL PROGRESS NOTE", "OFFICE PROGRESS NOTE", "FOLLOW-UP VISIT"], 0.45).rstrip()]
    if r.random() < 0.5:
        c = ch(r, CONDITIONS)
        P = make_patient(r, *c["ages"], sex=c["sex"])
        P.update(cond_nums(r))
        hd = r.randint(2, 6)
        out.append(H("HOSPITAL DAY", str(hd)))
        subj = [F("The patient reports feeling " + ch(r, ["somewhat better this morning", "about the same as yesterday", "much improved", "tired but less short of breath"]) + ".", P),
                F(ch(r, ["{He} slept poorly overnight because of frequent vital sign checks.", "{He} tolerated breakfast without nausea.",
                         "Nursing reports no acute events overnight.", "{He} had one episode of loose stool overnight."]), P),
                F("{He} still notes some " + ch(r, c["sx"]) + ", though less than on admission.", P)]
        out.append(H("SUBJECTIVE", para(subj)))
        v = vit(r)
        obj = ["Vitals: T-max %.1f, current %.1f, heart rate %d, blood pressure %s, respiratory rate %d, saturating %d%% on %s. I/O %d in, %d out." %
               (v["t"] + .4, v["t"], v["hr"], v["bp"], v["rr"], v["sat"], ch(r, ["room air", "2 L", "3 L nasal cannula"]), r.randint(900, 2400), r.randint(700, 3900)),
               "Gen: " + ch(r, ["Sitting up in chair, NAD.", "Resting comfortably.", "Awake, conversant."]),
               "Lungs: " + ch(r, ["Improved aeration; faint crackles at the right base.", "CTAB.", "Few scattered wheezes."]),
               "CV: " + ch(r, ["RRR.", "Irregular, rate controlled.", "Regular, soft systolic murmur."]),
               "Abd: " + ch(r, ["Soft, NT, +BS.", "Mildly distended, nontender.", "Benign."]),
               "Ext: " + ch(r, ["1+ edema, improved.", "No edema.", "Left leg erythema receding inside marked borders."]),
               "Labs: " + F(ch(r, c["tests"]), P) + " on admission; today's values " + ch(r, ["are improving", "are stable", "show a slight bump in creatinine"]) + "."]
        out.append(H("OBJECTIVE", "\n".join(obj)))
        ap = [cap(c["dx"]) + ", hospital day %d. " % hd + F("Patient " + ch(r, c["course"]) + " and will continue current management today.", P),
              cap(ch(r, PMH)) + ". " + ch(r, ["Stable; continue home regimen.", "Will monitor.", "Resume home medication today."]),
              "DVT prophylaxis. " + ch(r, ["Heparin SQ.", "Enoxaparin.", "SCDs."]),
              "Disposition. " + ch(r, ["Anticipate discharge in 24 to 48 hours.", "PT/OT evaluation pending; possible SNF.", "Not yet ready for discharge."])]
        out.append(H("ASSESSMENT AND PLAN", numbered(ap)))
    else:
        t = ch(r, CLINIC)
        peds = "child" in t[0]
        P = make_patient(r, 2 if peds else 30, 6 if peds else 88)
        out.append(H("REASON FOR VISIT", cap(t[0]) + "."))
        subj = [F("{x} returns to the clinic today for " + t[0] + ".", P),
                F("Since the last visit {he} " + t[2] + ".", P),
                F(ch(r, ["{He} has no new complaints today.", "{He} brings a list of questions about {his} medications.",
                         "{He} notes that {his} insurance changed and one prescription was more expensive.",
                         "{His} daughter accompanies {him} today and adds that {he} seems more energetic."]), P),
                F(ch(r, ["Medications were reconciled and are unchanged.", "{He} is compliant with medications and denies side effects.",
                         "{He} admits to missing a few doses."]), P)]
        out.append(H("SUBJECTIVE", para(subj)))
        v = vit(r)
        out.append(H("OBJECTIVE", "Blood pressure %s, pulse %d, weight %d pounds. %s %s" %
                     (v["bp"], v["hr"], r.randint(30, 60) if peds else r.randint(110, 290), t[3] + ".",
                      ch(r, ["Heart and lungs are unremarkable.", "No acute distress; lungs clear; no edema.", "Examination otherwise unchanged from prior."]))))
        out.append(H("ASSESSMENT", cap(t[1]) + ", " + ch(r, ["stable", "improving", "suboptimally controlled", "at goal"]) + "."))
        out.append(H("PLAN", para([t[4] + ".", ch(r, ["Return to clinic in three months.", "Follow up in six weeks, sooner if needed.",
                                                     "Laboratory studies prior to the next appointment.", "Recheck in one month."])])))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, who)


# ---------------------------------------------------------------------------
# 4. CONSULTATION
# ---------------------------------------------------------------------------

def gen_consult_note(r):
    c = ch(r, CONS)
    who = attending(r)
    y, m, d = a_date(r)
    peds = c["spec"] == "pediatrics"
    P = make_patient(r, 1 if peds else 25, 12 if peds else 88, "F" if c["spec"] == "gynecology" else None)
    ref = ch(r, LAST)
    out = [maybe_title(r, ["CONSULTATION", "%s CONSULTATION" % c["spec"].upper(), "CONSULTATION REPORT"], 0.5).rstrip()]
    if r.random() < .6:
        out.append(H("REQUESTING PHYSICIAN", "Dr. " + ref))
    out.append(H(ch(r, ["REASON FOR CONSULTATION", "REASON FOR CONSULT"]), cap(c["q"]) + "."))
    hpi = [F("The patient is a very pleasant {agestr} {man} whom I was asked to see by Dr. " + ref + " for evaluation of " + c["q"] + ".", P),
           F("{He} " + c["hx"] + ".", P),
           F(ch(r, ["I reviewed the outside records in detail, including prior imaging and laboratory data.",
                    "The history was obtained from the patient and {his} family and supplemented by a review of the chart.",
                    "{He} is a reliable historian."]), P),
           F(ch(r, ["{He} denies fevers, night sweats or unintentional weight loss.", "There is no prior history of similar problems.",
                    "{He} has not previously been seen by a specialist for this.", "{His} symptoms have progressively interfered with daily activities."]), P)]
    out.append(H("HISTORY OF PRESENT ILLNESS", para(hpi)))
    out.append(H("PAST MEDICAL HISTORY", "Otherwise unremarkable for a child of this age; immunizations are up to date." if peds else cap(join_and(pmh_list(r))) + "."))
    out.append(H("MEDICATIONS", "None." if peds else cap(", ".join(meds_list(r, 2, 6))) + "."))
    out.append(H("ALLERGIES", ch(r, ALLERGIES) + "."))
    if not peds:
        out.append(H("SOCIAL HISTORY", social(r, P, "consult")))
    out.append(H("FAMILY HISTORY", family(r, "consult")))
    out.append(H("REVIEW OF SYSTEMS", ch(r, ["Ten systems were reviewed and are negative except as mentioned above.",
                                             "Positive for fatigue and mild arthralgias; otherwise negative in detail.",
                                             "Pertinent positives are noted in the history; the remainder is noncontributory."])))
    v = vit(r)
    ex = [F("On examination, {he} is a " + ch(r, ["pleasant", "well-appearing", "comfortable-appearing", "somewhat anxious"]) + " {man} in no distress.", P),
          "Blood pressure is %s, pulse %d and regular, respirations %d, and temperature %.1f." % (v["bp"], v["hr"], v["rr"], v["t"]),
          ch(r, ["The sclerae are anicteric and the oral mucosa is moist.", "There is no cervical or supraclavicular adenopathy.", "The thyroid is not enlarged."]),
          ch(r, ["Auscultation of the chest reveals good air movement without wheezes.", "The lungs are clear to auscultation and percussion.", "Breath sounds are mildly diminished at the bases."]),
          ch(r, ["Cardiac examination reveals a regular rhythm with no murmur or gallop.", "The point of maximal impulse is nondisplaced and heart sounds are normal."]),
          ch(r, ["The abdomen is soft and nontender without organomegaly.", "The abdomen is obese but benign."]),
          ch(r, ["The extremities are warm with palpable distal pulses.", "There is no edema, clubbing or cyanosis."]),
          ch(r, ["Neurologically {he} is intact with normal gait.", "Strength, sensation and reflexes are symmetric."])]
    out.append(H("PHYSICAL EXAMINATION", F(para(ex), P)))
    out.append(H(ch(r, ["IMPRESSION", "ASSESSMENT"]), numbered([x + "." for x in c["imp"]])))
    recs = c["rec"] + pick(r, ["I will see the patient again after the studies are completed.", "We will follow along with you.",
                               "I discussed these recommendations with the patient, who agrees with the plan."], 1, 1)
    out.append(H(ch(r, ["RECOMMENDATIONS", "PLAN"]), numbered([x.rstrip(".") + "." for x in recs])))
    out.append(ch(r, ["Thank you for allowing me to participate in the care of this patient.",
                      "Thank you very much for this interesting consultation. I will follow along with you.",
                      "Thank you for this consultation; please do not hesitate to call with questions."]))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, who)


# ---------------------------------------------------------------------------
# 5. OPERATIVE REPORT
# ---------------------------------------------------------------------------

def gen_operative_note(r):
    op = ch(r, OPS)
    P = make_patient(r, *op["ages"], sex=op["sex"])
    y, m, d = a_date(r)
    surg = attending(r)
    out = [maybe_title(r, ["OPERATIVE REPORT", "OPERATIVE NOTE", "REPORT OF OPERATION"], 0.5).rstrip()]
    if r.random() < .5:
        out.append(H("DATE OF OPERATION", fmt_date(y, m, d)))
    out.append(H("PREOPERATIVE DIAGNOSIS", op["pre"] + "."))
    out.append(H("POSTOPERATIVE DIAGNOSIS", ch(r, ["Same.", op["pre"] + "."])))
    out.append(H(ch(r, ["PROCEDURE", "PROCEDURE PERFORMED", "OPERATION PERFORMED", "NAME OF PROCEDURE"]), op["name"] + "."))
    out.append(H("SURGEON", "%s, %s" % (surg, ch(r, CREDS))))
    if r.random() < .6:
        out.append(H("ASSISTANT", ch(r, ["%s, PA-C" % attending(r), "Dr. %s" % ch(r, LAST), "None", "%s, RNFA" % attending(r)])))
    out.append(H("ANESTHESIA", cap(op["anes"]) + "."))
    out.append(H("ESTIMATED BLOOD LOSS", cap(ch(r, op["ebl"])) + "."))
    if r.random() < .5:
        out.append(H("FLUIDS", "%d mL of crystalloid." % r.choice([500, 800, 1000, 1200, 1500, 2000])))
    out.append(H("SPECIMENS", op["specimen"]))
    out.append(H("DRAINS", op["drain"]))
    out.append(H("COMPLICATIONS", ch(r, ["None.", "None apparent.", "No intraoperative complications."])))
    ind = [F("The patient is a {agestr} {man} with " + op["ind"] + ".", P),
           F(ch(r, ["After a thorough discussion of the risks, benefits and alternatives, {he} elected to proceed with surgery.",
                    "The risks, including bleeding, infection, injury to adjacent structures and the possible need for further surgery, were explained, and {he} wished to proceed.",
                    "Informed consent was obtained after all of {his} questions were answered."]), P)]
    out.append(H(ch(r, ["INDICATIONS FOR PROCEDURE", "INDICATIONS", "CLINICAL HISTORY"]), para(ind)))
    start = [F(ch(r, ["The patient was identified in the preoperative holding area and the operative site was marked.",
                      "After identification of the patient and confirmation of the consent, {he} was brought to the operating room."]), P),
             F("{He} was taken to the operating room and placed in the " + op["pos"] + " position.", P),
             ch(r, ["After induction of %s, " % op["anes"], "Once adequate %s had been achieved, " % op["anes"]]) +
             ch(r, ["preoperative antibiotics were administered", "intravenous cefazolin was given", "sequential compression devices were placed and antibiotics were given"]) + ".",
             ch(r, ["The operative site was prepped and draped in the usual sterile fashion.", "The area was prepped with ChloraPrep and draped in standard sterile fashion."]),
             ch(r, ["A time-out was performed confirming the correct patient, procedure and site.", "A surgical time-out was called and all members of the team agreed."])]
    steps = [s + "." for s in op["steps"]]
    body = [para(start)]
    chunk = r.randint(3, 4)
    for i in range(0, len(steps), chunk):
        body.append(para(steps[i:i + chunk]))
    body.append(para([ch(r, ["Sponge, needle and instrument counts were correct times two at the end of the case.", "All counts were reported as correct."]),
                      F(ch(r, ["The patient tolerated the procedure well and was taken to the recovery room in stable condition.",
                               "{He} was transferred to the PACU in satisfactory condition.",
                               "The patient left the operating room in stable condition."]), P),
                      ch(r, ["I was present and scrubbed for the entire procedure.", "", "The family was updated in the waiting area."])]))
    out.append(H(ch(r, ["DESCRIPTION OF PROCEDURE", "PROCEDURE IN DETAIL", "DESCRIPTION OF OPERATION", "OPERATIVE PROCEDURE"]), "\n\n".join(body)))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, surg)


# ---------------------------------------------------------------------------
# 6. PROCEDURE NOTE
# ---------------------------------------------------------------------------

def gen_procedure_note(r):
    pr = ch(r, PROCS)
    P = make_patient(r, 18, 90)
    y, m, d = a_date(r)
    who = attending(r)
    out = [maybe_title(r, ["PROCEDURE NOTE", "PROCEDURE REPORT", pr["name"].upper()], 0.5).rstrip()]
    out.append(H(ch(r, ["PROCEDURE", "PROCEDURE PERFORMED"]), pr["name"] + "."))
    indi = ch(r, pr["ind"])
    out.append(H(ch(r, ["INDICATION", "INDICATIONS"]), cap(indi) + "."))
    out.append(H("CONSENT", F(ch(r, ["The risks, benefits and alternatives were discussed with the patient, including bleeding, infection, perforation and pain, and written consent was obtained.",
                                     "Informed consent was obtained from the patient's {rel} as the patient lacked capacity.",
                                     "Verbal and written consent were obtained; the patient understood and agreed."]), dict(P, rel=ch(r, ["daughter", "son", "spouse", "health care proxy"])))))
    out.append(H(ch(r, ["SEDATION", "ANESTHESIA"]), cap(pr["sed"]) + "."))
    desc = [F("The patient is a {agestr} {man} referred for " + indi + ".", P),
            ch(r, ["A procedural pause was conducted to confirm the patient's identity, the procedure and the site.", "Universal protocol was followed."]),
            F("{He} was positioned " + pr["pos"] + ".", P)] + [s + "." for s in pr["steps"]]
    desc.append(F(ch(r, ["{He} tolerated the procedure well without immediate complications.", "There were no complications and the patient remained hemodynamically stable throughout.",
                         "The patient was monitored after the procedure and was stable."]), P))
    out.append(H(ch(r, ["DESCRIPTION OF PROCEDURE", "PROCEDURE DETAILS", "TECHNIQUE"]), para(desc)))
    out.append(H("FINDINGS", pr["find"]))
    out.append(H("COMPLICATIONS", ch(r, ["None.", "None immediate."])))
    if r.random() < .6:
        out.append(H("ESTIMATED BLOOD LOSS", ch(r, ["Minimal.", "Less than 5 mL.", "None."])))
    out.append(H("PLAN", pr["plan"]))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, who)


# ---------------------------------------------------------------------------
# 7. IMAGING REPORT
# ---------------------------------------------------------------------------

def gen_imaging_report(r):
    st = ch(r, IMG)
    P = make_patient(r, 20, 90, st.get("sex"))
    y, m, d = a_date(r)
    who = attending(r)
    out = []
    out.append(H(ch(r, ["EXAMINATION", "EXAM", "PROCEDURE"]), st["name"]))
    if r.random() < .4:
        out.append(H("DATE OF SERVICE", fmt_date(y, m, d)))
    out.append(H(ch(r, ["CLINICAL HISTORY", "HISTORY", "INDICATION"]), F("{agestr} {sex} with ", P) + ch(r, st["hist"]) + "."))
    py, pm, pd = add_days(y - 1, m, d, r.randint(1, 200))
    out.append(H("COMPARISON", ch(r, ["None.", "None available.", "Prior study dated %s." % fmt_date(py, pm, pd), "%s from %s." % (st["name"].title().split(" Of ")[0], fmt_date(py, pm, pd))])))
    out.append(H("TECHNIQUE", st["tech"]))
    fl = []
    for organ, opts in st["organs"]:
        fl.append("%s: %s" % (organ, ch(r, opts)))
    out.append(H("FINDINGS", "\n\n".join(fl) if r.random() < .7 else para([o.split(": ", 1)[1] for o in fl])))
    if r.random() < .8:
        out.insert(-1, H("QUALITY", ch(r, ["Diagnostic quality examination without significant motion artifact.",
                                           "Study is mildly limited by patient motion and body habitus, although the key structures are adequately assessed.",
                                           "Technically adequate; the patient was cooperative with positioning and breath-holding instructions."])))
        out.append(H("DISCUSSION", para([ch(r, ["The current examination was interpreted in conjunction with the clinical history provided on the requisition.",
                                                "These findings were correlated with the available electronic record at the time of interpretation.",
                                                "Interpretation was performed on a diagnostic workstation with multiplanar capability."]),
                                         ch(r, ["If symptoms persist or worsen, a short-interval follow-up study could be considered.",
                                                "No additional imaging is required on the basis of this study alone.",
                                                "Correlation with laboratory values and physical examination is advised for full clinical context.",
                                                "Comparison with any outside studies, if they become available, would be helpful."]),
                                         ch(r, ["Incidental findings are described above and do not require urgent action.",
                                                "There are no unexpected findings requiring emergent notification.",
                                                "Remaining visualized structures demonstrate no additional abnormality of clinical significance."])])))
    imps = pick(r, st["imp"], 1, 3)
    out.append(H("IMPRESSION", numbered(imps) if len(imps) > 1 else imps[0]))
    if r.random() < .35:
        out.append(ch(r, ["Findings were discussed by telephone with Dr. %s at %02d%02d hours." % (ch(r, LAST), r.randint(0, 23), r.randint(0, 59)),
                          "Critical result called to the ordering provider and read back.", "Recommend clinical correlation."]))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, who)


# ---------------------------------------------------------------------------
# 8. PATHOLOGY REPORT
# ---------------------------------------------------------------------------

def gen_pathology_report(r):
    s = ch(r, PATH)
    y, m, d = a_date(r)
    who = attending(r)
    P = make_patient(r, 20, 88)
    nums = dict(a="%.1f" % r.uniform(2.0, 11.0), b="%.1f" % r.uniform(0.4, 4.0), c=r.randint(40, 620))
    out = [maybe_title(r, ["SURGICAL PATHOLOGY REPORT", "PATHOLOGY REPORT", "SURGICAL PATHOLOGY CONSULTATION REPORT"], 0.6).rstrip()]
    if r.random() < .5:
        out.append(H("ACCESSION NUMBER", "S%02d-%05d" % (y % 100, r.randint(1, 99999))))
    out.append(H(ch(r, ["SPECIMEN", "SPECIMEN SUBMITTED", "SOURCE OF SPECIMEN"]), s["spec"] + "."))
    out.append(H(ch(r, ["CLINICAL HISTORY", "CLINICAL INFORMATION", "PREOPERATIVE DIAGNOSIS"]), s["hist"]))
    out.append(H("GROSS DESCRIPTION", s["gross"].format(**nums)))
    if r.random() < .35:
        out.append(H("INTRAOPERATIVE CONSULTATION", "Frozen section diagnosis rendered to Dr. %s in the operating room at %02d%02d: %s" % (ch(r, LAST), r.randint(7, 17), r.randint(0, 59), ch(r, ["benign; final diagnosis deferred to permanent sections.", "margins free of tumor.", "adequate lesional tissue present."]))))
    out.append(H("MICROSCOPIC DESCRIPTION", para([s["micro"], ch(r, ["Multiple levels were examined.", "Deeper levels were obtained and reviewed to confirm the findings.", "Sections are of good quality and adequate for evaluation."]),
                                                  ch(r, ["There is no evidence of granulomas, fungal organisms or viral cytopathic change.", "Surrounding tissue shows no significant additional pathology.", "Background tissue demonstrates only nonspecific reactive changes."])])))
    out.append(H("CASSETTE SUMMARY", "A1-A%d: %s" % (r.randint(1, 12), ch(r, ["representative sections", "entirely submitted", "margins and lesion", "sections as above"]))))
    dx = ch(r, s["dx"])
    out.append(H(ch(r, ["FINAL DIAGNOSIS", "DIAGNOSIS", "FINAL PATHOLOGIC DIAGNOSIS"]), s["spec"].upper() + ":\n- " + dx))
    if r.random() < .45:
        out.append(H("COMMENT", ch(r, ["Immunohistochemical stains were performed with appropriate controls and support the diagnosis.",
                                        "The case was reviewed in intradepartmental consultation, and there is concurrence with the diagnosis.",
                                        "Clinical correlation is recommended. Results were communicated to Dr. %s." % ch(r, LAST)])))
    out.append(ch(r, ["I have personally reviewed the gross and microscopic material and rendered the final diagnosis.",
                      "Electronically signed out by the attending pathologist.", ""]))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, who)

# ---------------------------------------------------------------------------
# 9. EMERGENCY DEPARTMENT NOTE
# ---------------------------------------------------------------------------

def gen_ed_note(r):
    e = ch(r, ED)
    P = make_patient(r, *e["ages"])
    y, m, d = a_date(r)
    who = attending(r)
    when = ch(r, ["earlier this evening", "about two hours prior to arrival", "this morning", "yesterday", "shortly before arrival"])
    out = [maybe_title(r, ["EMERGENCY DEPARTMENT REPORT", "EMERGENCY ROOM NOTE", "EMERGENCY DEPARTMENT VISIT"], 0.45).rstrip()]
    if r.random() < .5:
        out.append(H("TIME SEEN", "%02d%02d" % (r.randint(0, 23), r.randint(0, 59))))
    out.append(H("CHIEF COMPLAINT", e["cc"] + "."))
    hpi = [F("This is a {agestr} {man} who ", P) + e["hpi"].format(when=when) + ".",
           F(ch(r, ["{He} arrived by private vehicle.", "{He} was brought in by ambulance.", "{He} walked in accompanied by a family member."]), P),
           F(ch(r, ["{He} took nothing for the symptoms prior to arrival.", "{He} tried ibuprofen at home without relief.", "Nothing seems to make it better."]), P),
           F(ch(r, ["There are no other complaints at this time.", "{He} denies any similar episodes in the past.", "{He} has had similar episodes before but not this severe."]), P)]
    out.append(H("HISTORY OF PRESENT ILLNESS", para(hpi)))
    out.append(H("REVIEW OF SYSTEMS", ch(r, ["All other systems reviewed and negative.", "Negative for fever, chest pain, shortness of breath, vomiting or rash except as above.",
                                             "Limited by the patient's distress; otherwise negative as obtained."])))
    out.append(H("PAST MEDICAL HISTORY", ch(r, ["None.", cap(join_and(pmh_list(r, 1, 3))) + "."])))
    out.append(H("MEDICATIONS", ch(r, ["None.", cap(", ".join(meds_list(r, 1, 4))) + "."])))
    out.append(H("ALLERGIES", ch(r, ALLERGIES) + "."))
    out.append(H("SOCIAL HISTORY", social(r, P, "ed")))
    v = vit(r)
    out.append(H("PHYSICAL EXAMINATION", "Triage vitals: temperature %.1f, pulse %d, BP %s, respiratory rate %d, pulse oximetry %d%%. " % (v["t"], v["hr"], v["bp"], v["rr"], v["sat"]) +
                 F(ch(r, ["{He} is alert and cooperative.", "Awake, alert, in mild distress.", "Well-appearing, talking in full sentences."]), P) +
                 " Pertinent examination shows " + e["exam"] + ". " + ch(r, ["Heart and lung examinations are unremarkable.", "The remainder of the examination is within normal limits.",
                                                                             "No other injuries are appreciated on secondary survey."])))
    course = [e["work"] + "." if e["work"] != "None" else "No laboratory or imaging studies were required.", e["tx"] + ".",
              F(ch(r, ["On reexamination {he} was resting comfortably.", "After treatment {he} felt markedly better.", "{His} symptoms had improved substantially at the time of reassessment."]), P)]
    out.append(H(ch(r, ["EMERGENCY DEPARTMENT COURSE", "ED COURSE", "MEDICAL DECISION MAKING"]), para(course)))
    out.append(H(ch(r, ["DIAGNOSIS", "CLINICAL IMPRESSION", "FINAL DIAGNOSIS"]), e["dx"] + "."))
    out.append(H("DISPOSITION", ch(r, ["Discharged home in stable condition with written instructions.", "Admitted.",
                                        "Discharged home; follow up with primary care in two to three days or return if worse.",
                                        "Released to home with family; return precautions given."])))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, who)


# ---------------------------------------------------------------------------
# 10. CORRESPONDENCE
# ---------------------------------------------------------------------------

def letter_head(r, y, m, d):
    s = fmt_date(y, m, d, 1)
    if r.random() < .5:
        s += "\n\n%s\n%d %s %s\n%s" % ("Dr. " + attending(r), r.randint(100, 9999), ch(r, LAST), ch(r, ["Street", "Avenue", "Road", "Parkway"]),
                                      ch(r, ["Springfield", "Riverton", "Fairview", "Oak Hollow", "Millbrook"]))
    return s


def gen_correspondence(r):
    y, m, d = a_date(r)
    who = attending(r)
    kind = r.randint(0, 3)
    c = ch(r, CONS)
    P = make_patient(r, 25, 85)
    out = [letter_head(r, y, m, d)]
    if r.random() < .6:
        out.append("RE: %s\nDOB: %02d/%02d/%04d" % (P["name"], r.randint(1, 12), r.randint(1, 28), y - P["age"]))
    if kind == 0:
        out.append("Dear Dr. %s:" % ch(r, LAST))
        out.append(para([F("I had the pleasure of seeing {x} in follow-up in my " + c["spec"] + " office today.", P),
                         F("As you recall, {he} was initially seen for " + c["q"] + ".", P),
                         F(ch(r, ["Since then {he} has done reasonably well, with gradual improvement in symptoms.", "Interval testing has been completed and I reviewed the results with {him} in detail.",
                                  "{He} reports partial improvement on the current regimen."]), P)]))
        out.append(para(["My impression is " + c["imp"][0][0].lower() + c["imp"][0][1:] + ".",
                         "I have recommended the following: " + "; ".join(x[0].lower() + x[1:] for x in c["rec"][:3]) + ".",
                         F(ch(r, ["I will plan to see {him} back in three months.", "I have asked {him} to return after the studies are complete.", "{He} will remain under your primary care in the interim."]), P)]))
        out.append(ch(r, ["Thank you for referring this pleasant patient. Please call me if you have any questions.",
                          "It is a pleasure to share in this patient's care, and I will keep you informed of further developments."]))
    elif kind == 1:
        out.append("Dear %s:" % P["x"])
        out.append(para([F(ch(r, ["I am writing to let you know the results of your recent tests.", "This letter is to inform you of the results of your recent laboratory studies."]), P),
                         ch(r, ["Your cholesterol panel shows an LDL of 142, which is above goal, and I would like to start a statin medication.",
                                "Your colonoscopy biopsies showed a tubular adenoma, which is a benign precancerous polyp; you should have a repeat colonoscopy in five years.",
                                "Your mammogram was normal, and I recommend that you continue yearly screening.",
                                "Your thyroid function tests are within normal limits and no change in your medication is needed."]),
                         ch(r, ["Please call the office to schedule a follow-up appointment at your convenience.", "If you have any questions, please do not hesitate to contact my nurse."])]))
    elif kind == 2:
        out.append("To Whom It May Concern:")
        out.append(para([F("{x} has been under my care since %d for " % r.randint(1998, 2019) + ch(r, ["severe obstructive sleep apnea", "insulin-dependent diabetes", "chronic lumbar radiculopathy", "lymphedema of both legs"]) + ".", P),
                         F(ch(r, ["In my medical opinion, the requested {item} is medically necessary.", "I am requesting authorization for {item} on {his} behalf."]),
                           dict(P, item=ch(r, ["CPAP machine with heated humidifier", "continuous glucose monitor", "MRI of the lumbar spine", "pneumatic compression pump"]))),
                         F("Conservative measures have been tried and have failed, and without this {he} is at risk of significant deterioration.", P),
                         "Please feel free to contact my office should you require additional documentation."]))
    else:
        out.append("To Whom It May Concern:")
        out.append(para([F("{x} was seen in my office on %s." % fmt_date(y, m, d), P),
                         F(ch(r, ["{He} may return to work on %s without restrictions.", "{He} may return to work on %s with no lifting greater than twenty pounds for four weeks.",
                                  "{He} should be excused from school through %s due to illness."]) % fmt_date(*add_days(y, m, d, r.randint(2, 21))), P),
                         "Please excuse the absence. Thank you for your understanding."]))
    out.append(ch(r, ["Sincerely,", "Sincerely yours,", "With kind regards,"]) + "\n\n\n%s, %s" % (who, ch(r, CREDS)))
    s = "\n\n".join(out)
    if r.random() < .4:
        s += "\n\n%s/%s" % ("".join(w[0] for w in who.split()).upper(), ch(r, ["mt", "jls", "kw"]))
    if r.random() < .3:
        s += "\ncc: %s" % ch(r, ["Patient", "Dr. " + ch(r, LAST), "Chart"])
    return s


# ---------------------------------------------------------------------------
# 11. REFERRAL LETTER
# ---------------------------------------------------------------------------

def gen_referral_letter(r):
    y, m, d = a_date(r)
    who = attending(r)
    c = ch(r, CONS)
    peds = c["spec"] == "pediatrics"
    P = make_patient(r, 2 if peds else 22, 12 if peds else 86, "F" if c["spec"] == "gynecology" else None)
    out = [fmt_date(y, m, d, 1)]
    out.append("Dr. %s\n%s Associates" % (attending(r), cap(c["spec"])))
    out.append("RE: Referral of %s" % P["name"] if r.random() < .7 else "RE: %s" % P["name"])
    out.append("Dear Dr. %s:" % ch(r, LAST))
    out.append(para([F("I am writing to refer {x}, a {agestr} {man}, to you for " + ch(r, ["evaluation and management of", "your opinion regarding", "further workup of"]) + " " + c["q"] + ".", P),
                     F("In brief, {he} " + c["hx"] + ".", P),
                     F(ch(r, ["I have tried conservative measures without satisfactory improvement.", "Initial workup in my office has been unrevealing.", "I would value your expertise given the persistence of the problem."]), P)]))
    out.append(para([("{His} past history includes " + join_and(pmh_list(r, 1, 3)) + ".").format(**P) if not peds else "There is no significant past history.",
                     ("Current medications are " + ", ".join(meds_list(r, 2, 4)) + ".") if not peds else "{He} takes no regular medications.".format(**P),
                     "{He} is allergic to ".format(**P) + ch(r, ["penicillin", "sulfa drugs", "codeine"]) + "." if r.random() < .4 else "{He} has no known drug allergies.".format(**P)]))
    out.append(para([ch(r, ["I have enclosed copies of recent laboratory results and imaging reports.", "Relevant records are enclosed for your review.", "Copies of pertinent office notes are attached."]),
                     ch(r, ["I would appreciate it if you could see this patient at your earliest convenience.", "A routine appointment within the next few weeks would be appropriate.",
                            "Given the symptoms, I would be grateful if the patient could be seen urgently."]),
                     ch(r, ["Thank you in advance for seeing this patient.", "I look forward to hearing your recommendations."])]))
    out.append("Sincerely,\n\n\n%s, %s\n%s" % (who, ch(r, CREDS), ch(r, ["Family Medicine", "Internal Medicine", "Pediatrics", "Primary Care"])))
    s = "\n\n".join(out)
    if r.random() < .3:
        s += "\n\nEnclosures\ncc: Patient"
    return s


# ---------------------------------------------------------------------------
# 12. TRANSFER SUMMARY
# ---------------------------------------------------------------------------

def gen_transfer_summary(r):
    c = ch(r, CONDITIONS)
    P = make_patient(r, *c["ages"], sex=c["sex"])
    P.update(cond_nums(r))
    y, m, d = a_date(r)
    los = r.randint(2, 9)
    y2, m2, d2 = add_days(y, m, d, los)
    who = attending(r)
    dest = ch(r, ["%s Regional Medical Center for cardiothoracic surgical evaluation" % ch(r, LAST), "the University Hospital neurology service for higher level of care",
                  "%s Skilled Nursing and Rehabilitation Center" % ch(r, LAST), "the inpatient rehabilitation unit", "the medical intensive care unit",
                  "a tertiary care center for interventional management", "the inpatient psychiatric unit"])
    out = [maybe_title(r, ["TRANSFER SUMMARY", "INTERFACILITY TRANSFER SUMMARY", "TRANSFER NOTE"], 0.6).rstrip()]
    out.append(H("DATE OF ADMISSION", fmt_date(y, m, d)))
    out.append(H("DATE OF TRANSFER", fmt_date(y2, m2, d2)))
    out.append(H(ch(r, ["TRANSFERRED TO", "RECEIVING FACILITY"]), cap(dest) + "."))
    out.append(H("ACCEPTING PHYSICIAN", "Dr. %s" % attending(r)))
    out.append(H("REASON FOR TRANSFER", ch(r, ["Need for specialized services not available at this facility.", "Ongoing skilled nursing and rehabilitation needs.",
                                                "Patient and family request for care closer to home.", "Escalation of care."])))
    out.append(H("DIAGNOSES", numbered([cap(c["dx"]) + "."] + [cap(x) + "." for x in pmh_list(r, 1, 3)])))
    hist = [F("Briefly, this {agestr} {man} was admitted to our facility after presenting with " + join_and(pick(r, c["sx"], 2, 3)) + ".", P),
            "Evaluation at that time demonstrated " + F(join_and(pick(r, c["tests"], 2, 3)), P) + "."]
    out.append(H("HISTORY", para(hist)))
    cs = []
    for i, cl in enumerate(pick(r, c["course"], 3, 5)):
        cs.append(ch(r, ["During this hospitalization the patient ", "Following this, the patient ", "In addition, {he} ", "Of note, {he} "]).format(**P) + F(cl, P) + ".")
    cs.append(F(ch(r, ["At this point {he} requires a level of care that we are unable to provide, and transfer was arranged after physician-to-physician discussion.",
                       "{He} has plateaued from an acute care standpoint and requires ongoing therapy, and transfer was arranged with the agreement of {his} family.",
                       "After discussion with the accepting physician, the patient was felt to be appropriate for transfer."]), P))
    out.append(H("HOSPITAL COURSE", para(cs)))
    v = vit(r)
    out.append(H("CONDITION AT TIME OF TRANSFER", "Vital signs: temperature %.1f, heart rate %d, blood pressure %s, respirations %d, saturation %d%%. " % (v["t"], v["hr"], v["bp"], v["rr"], v["sat"]) +
                 F(ch(r, ["{He} is alert and oriented and hemodynamically stable.", "{He} is stable for transport by ALS ambulance.", "{He} is in guarded but stable condition."]), P)))
    out.append(H("MEDICATIONS AT TRANSFER", numbered([cap(x) + "." for x in c["dcmeds"] + meds_list(r, 1, 3)])))
    out.append(H("ALLERGIES", ch(r, ALLERGIES) + "."))
    out.append(H("CODE STATUS", ch(r, ["Full code.", "DNR/DNI.", "Full code; health care proxy is the patient's daughter."])))
    if r.random() < .6:
        out.append(H("LINES AND DEVICES", ch(r, ["Peripheral IV in the left forearm placed %s." % fmt_date(y2, m2, d2), "Foley catheter; right PICC line.", "None."])))
    out.append(ch(r, ["Copies of the chart, imaging on disk and the medication administration record accompany the patient.",
                      "Nurse-to-nurse report was given by telephone."]))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y2, m2, d2, who)

# ---------------------------------------------------------------------------
# 13. ECG / CARDIAC RHYTHM REPORTS
# ---------------------------------------------------------------------------

def gen_ecg_report(r):
    y, m, d = a_date(r)
    who = attending(r)
    P = make_patient(r, 30, 92)
    kind = r.random()
    out = []
    if kind < 0.45:
        rate = r.randint(42, 140)
        rhythm = ch(r, ["Normal sinus rhythm", "Sinus bradycardia", "Sinus tachycardia", "Atrial fibrillation with controlled ventricular response",
                        "Sinus rhythm with first-degree AV block", "Atrial flutter with 2:1 block"])
        out.append(maybe_title(r, ["ELECTROCARDIOGRAM INTERPRETATION", "12-LEAD ECG REPORT", "EKG"], 0.8).rstrip())
        out.append(H("INDICATION", ch(r, ["Chest pain.", "Preoperative evaluation.", "Palpitations.", "Syncope.", "Follow-up of atrial fibrillation."])))
        out.append(H("RATE", "%d beats per minute." % rate))
        out.append(H("RHYTHM", rhythm + "."))
        out.append(H("INTERVALS", "PR %d ms, QRS %d ms, QT/QTc %d/%d ms." % (r.randint(120, 240), r.randint(80, 150), r.randint(340, 460), r.randint(400, 500))))
        out.append(H("AXIS", ch(r, ["Normal.", "Left axis deviation, -40 degrees.", "Right axis deviation."])))
        findings = pick(r, ["Q waves in leads II, III and aVF consistent with old inferior infarct.", "Left ventricular hypertrophy by voltage criteria with repolarization abnormality.",
                            "Right bundle branch block.", "Left anterior fascicular block.", "Nonspecific ST-T wave abnormalities in the lateral leads.",
                            "1 mm horizontal ST depressions in V4 through V6.", "Poor R-wave progression.", "No acute ST elevation.", "Occasional premature ventricular contractions."], 1, 3)
        out.append(H("FINDINGS", " ".join(findings)))
        out.append(H("INTERPRETATION", ch(r, ["Abnormal ECG.", "Borderline ECG.", "Normal ECG."]) + " " +
                     ch(r, ["Compared with the tracing of %s, there is no significant change." % fmt_date(*add_days(y - 1, m, d, 40)),
                            "No prior tracing available for comparison.", "When compared with prior, the rate is faster and the ST changes are new."])))
    elif kind < 0.75:
        out.append(maybe_title(r, ["EXERCISE TREADMILL STRESS TEST", "GRADED EXERCISE TOLERANCE TEST"], 0.9).rstrip())
        out.append(H("INDICATION", ch(r, ["Exertional chest discomfort.", "Risk stratification.", "Dyspnea on exertion."])))
        out.append(H("PROTOCOL", "Standard Bruce."))
        dur = "%d minutes %d seconds" % (r.randint(4, 12), r.randint(0, 59))
        pk = r.randint(120, 175)
        desc = [F("The patient is a {agestr} {man} who exercised for " + dur + ", achieving %.1f METs." % r.uniform(5, 13), P),
                "Resting heart rate was %d with a blood pressure of %s; peak heart rate was %d, which is %d%% of the age-predicted maximum, and peak blood pressure was %d/%d." %
                (r.randint(58, 90), vit(r)["bp"], pk, min(99, int(100 * pk / (220 - P["age"]))), r.randint(150, 210), r.randint(70, 95)),
                ch(r, ["The test was terminated because of fatigue.", "Exercise was stopped for dyspnea.", "The test was stopped for chest discomfort rated 4/10, which resolved in recovery."]),
                ch(r, ["The resting ECG showed sinus rhythm with nonspecific T-wave flattening.", "Baseline ECG was normal."]),
                ch(r, ["There were 2 mm horizontal ST depressions in II, III, aVF and V5-V6 beginning at stage III and persisting six minutes into recovery.",
                       "There were no ischemic ST changes during exercise or recovery.", "Rare isolated PVCs were seen during recovery only."]),
                "The blood pressure response to exercise was " + ch(r, ["normal.", "hypertensive.", "blunted."])]
        out.append(H("DESCRIPTION", para(desc)))
        out.append(H("CONCLUSION", ch(r, ["Positive exercise ECG for ischemia at a moderate workload. Cardiology follow-up and coronary angiography recommended.",
                                           "Negative exercise treadmill test at an adequate workload. Good functional capacity.",
                                           "Nondiagnostic study because target heart rate was not achieved."])))
    else:
        out.append(maybe_title(r, ["HOLTER MONITOR REPORT", "24-HOUR AMBULATORY ECG MONITOR"], 0.9).rstrip())
        out.append(H("INDICATION", ch(r, ["Palpitations.", "Near syncope.", "Evaluation of atrial fibrillation rate control."])))
        out.append(H("FINDINGS", para(["The patient was monitored for %d hours %d minutes." % (r.randint(22, 47), r.randint(0, 59)),
                                       "The predominant rhythm was sinus with a minimum heart rate of %d, maximum of %d and average of %d." % (r.randint(38, 55), r.randint(110, 165), r.randint(62, 84)),
                                       "There were %d isolated premature ventricular contractions and %d premature atrial contractions." % (r.randint(0, 3000), r.randint(0, 800)),
                                       ch(r, ["There was one 6-beat run of nonsustained ventricular tachycardia at 2:14 a.m.", "No pauses greater than 2.5 seconds were seen.",
                                              "Paroxysmal atrial fibrillation occurred for a total burden of 12%.", "There was a 3.2-second sinus pause during sleep."]),
                                       ch(r, ["The diary events correlated with sinus rhythm.", "Symptoms of palpitations corresponded to PACs.", "No diary was returned."])])))
        out.append(H("IMPRESSION", ch(r, ["Frequent PVCs without sustained arrhythmia.", "Paroxysmal atrial fibrillation.", "Sinus rhythm without significant arrhythmia.",
                                           "Sinus node dysfunction with nocturnal pause."])))
    return "\n\n".join(x for x in out if x) + dictation_footer(r, y, m, d, who)


# ---------------------------------------------------------------------------
# 14. NURSING NOTE
# ---------------------------------------------------------------------------

def gen_nursing_note(r):
    y, m, d = a_date(r)
    c = ch(r, CONDITIONS)
    P = make_patient(r, *c["ages"], sex=c["sex"])
    nurse = "%s, RN" % attending(r)
    v = vit(r)
    out = [maybe_title(r, ["NURSING NOTE", "NURSING PROGRESS NOTE", "SHIFT ASSESSMENT"], 0.6).rstrip()]
    if r.random() < .5:
        h = ch(r, [7, 19])
        entries = []
        times = sorted(r.sample(range(0, 12), 5))
        texts = [F("Received report from off-going nurse. Pt resting in bed, A&O x" + ch(r, ["3", "4", "2"]) + ", call light within reach.", P),
                 "VS: T %.1f, HR %d, BP %s, RR %d, SpO2 %d%% on %s." % (v["t"], v["hr"], v["bp"], v["rr"], v["sat"], ch(r, ["RA", "2L NC"])),
                 F("Pt c/o pain " + str(r.randint(3, 8)) + "/10 " + ch(r, ["in abdomen", "at incision site", "in chest wall", "in left leg"]) + "; medicated per MAR.", P),
                 "Reassessed pain, now %d/10. Pt resting quietly." % r.randint(0, 3),
                 F("Assisted to bathroom with standby assist; voided %d mL clear yellow urine." % r.randint(150, 500), P),
                 F("IV site " + ch(r, ["R forearm", "L hand", "L antecubital"]) + " patent, no redness or swelling. Fluids infusing at %d mL/hr." % r.choice([75, 100, 125]), P),
                 F("Repositioned q2h for skin integrity. Heels floated. Skin intact.", P),
                 F("Family at bedside; questions answered regarding plan of care.", P),
                 F("Pt ate " + ch(r, ["50", "75", "25", "100"]) + "% of meal, tolerated well.", P),
                 "Blood glucose %d; sliding scale insulin given per order." % r.randint(110, 290)]
        for i, t in enumerate(times):
            entries.append("%02d%02d: %s" % ((h + t) % 24, r.choice([0, 15, 30, 45]), texts[(i * 2 + r.randint(0, 1)) % len(texts)]))
        entries.append("%02d%02d: Report given to oncoming RN. Pt stable." % ((h + 12) % 24, 0))
        out.append("\n".join(entries))
    else:
        out.append(H("ASSESSMENT", para([F("Patient is a {agestr} {man} admitted with " + c["dx"] + ".", P),
                                          F("{He} is alert and oriented, pleasant and cooperative with care.", P),
                                          "Lung sounds " + ch(r, ["diminished in bases", "clear bilaterally", "with expiratory wheezes"]) + "; respirations even and unlabored.",
                                          "Heart rhythm " + ch(r, ["regular per telemetry", "sinus rhythm on monitor", "atrial fibrillation, rate 80s"]) + ".",
                                          "Abdomen soft, bowel sounds present in all four quadrants; last bowel movement " + ch(r, ["today", "yesterday", "two days ago"]) + ".",
                                          "Skin warm, dry and intact; Braden score %d." % r.randint(13, 21)])))
        out.append(H("INTERVENTIONS", para([ch(r, ["Medications administered as ordered.", "Scheduled medications given; PRN analgesic given once this shift."]),
                                            F("Ambulated {him} in the hallway %d feet with walker and gait belt." % r.choice([50, 100, 150, 200]), P),
                                            ch(r, ["Incentive spirometer encouraged hourly while awake.", "Fall precautions maintained; bed alarm on.", "Strict intake and output monitored; daily weight obtained."]),
                                            F("Reinforced teaching on " + ch(r, ["low-sodium diet", "inhaler technique", "insulin administration", "signs of infection"]) + ".", P)])))
        out.append(H("RESPONSE", F(ch(r, ["Patient tolerated activity without shortness of breath.", "Patient verbalized understanding of teaching.",
                                          "Pain relieved with intervention; patient resting comfortably."]), P)))
        out.append(H("PLAN", ch(r, ["Continue to monitor per orders.", "Continue plan of care; notify provider of changes.", "Possible discharge tomorrow; continue teaching."])))
    out.append(nurse)
    return "\n\n".join(x for x in out if x)


# ---------------------------------------------------------------------------
# 15. ANESTHESIA RECORD
# ---------------------------------------------------------------------------

def gen_anesthesia_record(r):
    op = ch(r, OPS)
    P = make_patient(r, *op["ages"], sex=op["sex"])
    y, m, d = a_date(r)
    who = attending(r)
    v = vit(r)
    out = [maybe_title(r, ["ANESTHESIA RECORD", "ANESTHESIA RECORD / INTRAOPERATIVE SUMMARY", "PREANESTHESIA EVALUATION AND ANESTHESIA RECORD"], 0.8).rstrip()]
    out.append(H("DATE", fmt_date(y, m, d)))
    out.append(H("PROCEDURE", op["name"]))
    out.append(H("SURGEON", "Dr. " + ch(r, LAST)))
    out.append(H("ASA PHYSICAL STATUS", ch(r, ["I", "II", "III", "III", "IV"]) + ch(r, ["", "", "E"])))
    out.append(H("PREOPERATIVE EVALUATION", para([F("{agestr} {sex}, height %d cm, weight %d kg." % (r.randint(150, 190), r.randint(50, 130)), P),
                                                  "History of " + join_and(pmh_list(r, 1, 3)) + ".", "NPO since midnight.",
                                                  "Airway: Mallampati class %s, thyromental distance greater than three fingerbreadths, %s." % (ch(r, ["I", "II", "III"]), ch(r, ["full range of neck motion", "limited neck extension", "poor dentition"])),
                                                  "Allergies: " + ch(r, ALLERGIES) + "."])))
    t0 = r.randint(7, 14)
    mins = r.randint(60, 240)
    gen = "general" in op["anes"]
    tech = ([ "Preoxygenation with 100% oxygen.", "IV induction with propofol %d mg, fentanyl %d mcg, lidocaine %d mg and rocuronium %d mg." % (r.randint(120, 200), r.choice([50, 100, 150]), r.choice([40, 60, 80]), r.choice([30, 50, 70])),
              ch(r, ["Mask ventilation easy.", "Easy mask ventilation with oral airway."]),
              "Intubated with a Mac %d blade, grade I view, %.1f ETT, secured at %d cm, with bilateral breath sounds and positive end-tidal CO2." % (r.choice([3, 4]), r.choice([6.5, 7.0, 7.5, 8.0]), r.randint(20, 24)),
              "Maintenance with sevoflurane in oxygen and air."] if gen else
            ["Regional/neuraxial technique as noted with sterile prep.", "Sedation with propofol infusion %d mcg/kg/min and midazolam 2 mg." % r.choice([25, 50, 75]),
             "Spontaneous ventilation via nasal cannula with end-tidal CO2 monitoring."])
    out.append(H("ANESTHETIC TECHNIQUE", cap(op["anes"]) + ".\n" + "\n".join(tech)))
    out.append(H("MONITORS", "Standard ASA monitors: ECG, NIBP, pulse oximetry, capnography, temperature" + ch(r, [".", ", right radial arterial line.", ", BIS monitor."])))
    out.append(H("TIMES", "Anesthesia start %02d%02d; incision %02d%02d; end of surgery %02d%02d; anesthesia end %02d%02d." %
                 (t0, 0, t0, 25, t0 + mins // 60, mins % 60, t0 + (mins + 15) // 60, (mins + 15) % 60)))
    lines = ["%02d%02d  BP %s  HR %d  SpO2 %d  EtCO2 %d" % (t0 + i // 4, (i % 4) * 15, vit(r)["bp"], r.randint(55, 95), r.randint(96, 100), r.randint(32, 40)) for i in range(0, r.randint(4, 8))]
    out.append(H("VITAL SIGNS LOG", "\n".join(lines)))
    out.append(H("INTRAOPERATIVE MEDICATIONS", ", ".join(pick(r, ["cefazolin 2 g IV", "dexamethasone 4 mg IV", "ondansetron 4 mg IV", "hydromorphone 0.5 mg IV x2",
                                                                "phenylephrine 100 mcg boluses x3", "ketorolac 15 mg IV", "ephedrine 10 mg IV", "glycopyrrolate 0.2 mg",
                                                                "sugammadex 200 mg IV", "tranexamic acid 1 g IV", "vancomycin 1 g IV"], 3, 6)) + "."))
    out.append(H("FLUIDS", "Lactated Ringer's %d mL." % r.choice([600, 900, 1200, 1800, 2500])))
    out.append(H("ESTIMATED BLOOD LOSS", cap(ch(r, op["ebl"])) + "."))
    out.append(H("URINE OUTPUT", ch(r, ["Not measured.", "%d mL." % r.randint(100, 900)])))
    out.append(H("EMERGENCE", ("Reversal given, extubated awake in the operating room after meeting criteria. " if gen else "Sedation discontinued; patient awake and responsive. ") +
                 ch(r, ["Uneventful.", "Mild emergence agitation resolved with reassurance.", "Transient hypertension treated with labetalol 10 mg."])))
    out.append(H("TRANSFER", "To PACU with oxygen, stable vital signs, report given to RN. Aldrete score %d." % r.randint(8, 10)))
    out.append(H("COMPLICATIONS", ch(r, ["None.", "None noted.", "Dental injury: none."])))
    out.append("%s, %s\n%s" % (who, ch(r, ["M.D.", "MD", "CRNA"]), ch(r, ["Anesthesiology", "Department of Anesthesia"])))
    return "\n\n".join(x for x in out if x)

# ---------------------------------------------------------------------------
# Short / form types
# ---------------------------------------------------------------------------

RX = [("Amoxicillin 500 mg capsules", "1 capsule by mouth three times daily for 10 days", "#30"),
      ("Lisinopril 10 mg tablets", "1 tablet by mouth once daily", "#90"),
      ("Hydrocodone/acetaminophen 5/325 mg", "1-2 tablets by mouth every 6 hours as needed for pain", "#20 (twenty)"),
      ("Metformin 500 mg tablets", "1 tablet by mouth twice daily with meals", "#180"),
      ("Albuterol HFA 90 mcg inhaler", "2 puffs every 4-6 hours as needed for wheezing", "1 inhaler"),
      ("Prednisone 20 mg tablets", "3 tablets daily x 5 days", "#15"),
      ("Azithromycin 250 mg", "2 tablets day one, then 1 tablet daily days 2-5", "#6"),
      ("Sertraline 50 mg tablets", "1 tablet by mouth daily", "#30"),
      ("Cephalexin 250 mg/5 mL suspension", "5 mL by mouth four times daily x 10 days", "200 mL"),
      ("Triamcinolone 0.1% cream", "Apply thin layer to affected area twice daily", "80 g tube"),
      ("Ciprofloxacin 500 mg", "1 tablet twice daily x 7 days", "#14"),
      ("Atorvastatin 20 mg", "1 tablet at bedtime", "#90"),
      ("Cyclobenzaprine 10 mg", "1 tablet at bedtime as needed for muscle spasm", "#15"),
      ("Ondansetron ODT 4 mg", "1 tablet dissolved on tongue every 8 hours as needed for nausea", "#12")]


def gen_prescription(r):
    y, m, d = a_date(r)
    P = make_patient(r, 2, 90)
    who = attending(r)
    lines = []
    if r.random() < .6:
        lines.append("%s, %s\n%s Family Practice\n%d %s Road" % (who, ch(r, CREDS), ch(r, LAST), r.randint(10, 999), ch(r, LAST)))
    lines.append("PATIENT: %s        DATE: %s" % (P["name"], fmt_date(y, m, d)))
    lines.append("ADDRESS: %d %s Lane" % (r.randint(10, 9999), ch(r, LAST)))
    if r.random() < .5:
        lines.append("AGE: %d   WEIGHT: %d lb" % (P["age"], r.randint(30, 260)))
    for _ in range(r.randint(1, 3)):
        drug, sig, disp = ch(r, RX)
        lines.append("Rx: %s\nSig: %s\nDisp: %s\nRefills: %s" % (drug, sig, disp, ch(r, ["0", "1", "2", "3", "PRN x 1 year", "None"])))
    lines.append(ch(r, ["[ ] Dispense as written   [X] Substitution permitted", "Generic substitution allowed.", "DAW"]))
    lines.append("Prescriber: ____________________  %s\nDEA #: X%s%07d" % (who, ch(r, "ABFM"), r.randint(0, 9999999)))
    return "\n\n".join(lines)


ORDERSETS = [("ADMISSION ORDERS", ["Admit to: %s under Dr. {doc}", "Diagnosis: {dx}", "Condition: {cond}", "Vital signs: q4h; call HO for SBP >180 or <90, HR >120, T >101.5",
                                   "Allergies: {all}", "Activity: {act}", "Diet: {diet}", "IV: {iv}", "Labs: CBC, BMP in a.m.; {lab}", "Medications:\n{meds}",
                                   "DVT prophylaxis: {dvt}", "Code status: {code}"]),
             ("POSTOPERATIVE ORDERS", ["Admit to: surgical floor, Dr. {doc}", "Procedure: {op}", "Vitals: q15min x4, q30min x2, then q4h", "Activity: {act}",
                                      "Diet: clear liquids, advance as tolerated", "IV: {iv}", "Incentive spirometry 10x/hr while awake", "Pain: {pain}",
                                      "Antiemetic: ondansetron 4 mg IV q6h PRN", "Foley to gravity; discontinue POD 1", "Medications:\n{meds}", "Call physician for: urine output <30 mL/hr x2 hrs, T >101.5"])]


def gen_medical_order(r):
    y, m, d = a_date(r)
    c = ch(r, CONDITIONS)
    op = ch(r, OPS)
    title, items = ch(r, ORDERSETS)
    vals = dict(doc=ch(r, LAST), dx=cap(c["dx"]), cond=ch(r, ["Stable", "Fair", "Guarded"]), all=ch(r, ALLERGIES), act=ch(r, ["Bed rest with bathroom privileges", "Out of bed to chair TID", "Ambulate as tolerated", "Fall precautions"]),
                diet=ch(r, ["2 g sodium", "NPO", "ADA 1800 kcal", "Clear liquids", "Regular"]), iv=ch(r, ["NS at 100 mL/hr", "D5 1/2NS with 20 KCl at 75 mL/hr", "Saline lock"]),
                lab=ch(r, ["magnesium, phosphorus", "troponin q6h x3", "blood cultures x2", "lipase, LFTs"]), meds="\n".join("  - " + x for x in c["dcmeds"][:4]),
                dvt=ch(r, ["Heparin 5000 units SQ q8h", "Enoxaparin 40 mg SQ daily", "SCDs"]), code=ch(r, ["Full code", "DNR"]), op=op["name"],
                pain=ch(r, ["Morphine PCA per protocol", "Oxycodone 5-10 mg PO q4h PRN", "Hydromorphone 0.5 mg IV q3h PRN severe pain"]))
    body = [title, "Date/Time: %s %02d%02d" % (fmt_date(y, m, d), r.randint(0, 23), r.randint(0, 59))]
    for it in items:
        s = it.format(**vals)
        if "%s" in s:
            s = s % ch(r, ["telemetry", "4 West", "ICU", "medical floor"])
        body.append(s)
    body.append("Verbal order read back and verified. ________  RN" if r.random() < .3 else "Signed: %s, M.D." % attending(r))
    return "\n".join(body)


VACCINES = ["DTaP", "IPV", "Hib", "Hepatitis B", "Hepatitis A", "MMR", "Varicella", "Pneumococcal conjugate (PCV13)", "Rotavirus",
            "Influenza, inactivated", "Tdap", "HPV", "Meningococcal (MenACWY)", "Td", "Pneumococcal polysaccharide (PPSV23)", "Zoster (recombinant)"]


def gen_immunization_record(r):
    P = make_patient(r, 1, 80)
    yb = r.randint(1995, 2018)
    lines = [ch(r, ["IMMUNIZATION RECORD", "CERTIFICATE OF IMMUNIZATION", "VACCINE ADMINISTRATION RECORD"]),
             "Name: %s    DOB: %02d/%02d/%04d    Sex: %s" % (P["name"], r.randint(1, 12), r.randint(1, 28), yb, P["sexcode"])]
    lines.append("%-34s %-12s %-10s %-8s %s" % ("VACCINE", "DATE", "LOT #", "SITE", "GIVEN BY"))
    for _ in range(r.randint(5, 12)):
        yy, mm, dd = add_days(yb, 1, 1, r.randint(60, 3600))
        lines.append("%-34s %-12s %-10s %-8s %s" % (ch(r, VACCINES), fmt_date(yy, mm, dd), "%s%04d" % (ch(r, ["AC", "UJ", "PK", "TX"]), r.randint(0, 9999)),
                                                     ch(r, ["L thigh", "R thigh", "L deltoid", "R deltoid", "PO"]), ch(r, FIRST_F)[0] + ch(r, LAST)[0] + ", RN"))
    lines.append(ch(r, ["VIS given to parent/guardian.", "Reviewed by: " + attending(r) + ", MD", "Tuberculin skin test: %d mm induration, read at 48 hours." % r.choice([0, 0, 3, 12])]))
    return "\n".join(lines)


def gen_registration_form(r):
    P = make_patient(r, 1, 90)
    y, m, d = a_date(r)
    lines = [ch(r, ["PATIENT REGISTRATION", "NEW PATIENT INFORMATION", "PATIENT DEMOGRAPHIC SHEET"]),
             "Last Name: %s   First: %s   MI: %s" % (P["last"], P["first"], ch(r, "ABCDEJKLMRST")),
             "Date of Birth: %02d/%02d/%04d   Sex: %s   Marital Status: %s" % (r.randint(1, 12), r.randint(1, 28), y - P["age"], P["sexcode"], ch(r, ["S", "M", "W", "D"])),
             "Address: %d %s Street, %s" % (r.randint(1, 9999), ch(r, LAST), ch(r, ["Springfield", "Riverton", "Fairview", "Millbrook"])),
             "Home Phone: (555) %03d-%04d   Work: (555) %03d-%04d" % (r.randint(100, 999), r.randint(0, 9999), r.randint(100, 999), r.randint(0, 9999)),
             "SSN: XXX-XX-%04d" % r.randint(0, 9999),
             "Employer: %s" % ch(r, ["Self", "Retired", ch(r, LAST) + " Manufacturing", ch(r, LAST) + " County Schools"]),
             "Emergency Contact: %s %s (%s) (555) %03d-%04d" % (ch(r, FIRST_F + FIRST_M), P["last"], ch(r, ["spouse", "son", "daughter", "mother"]), r.randint(100, 999), r.randint(0, 9999)),
             "Primary Insurance: %s   Policy #: %s%08d   Group: %05d" % (ch(r, ["Medicare", "Medicaid", "BlueShield Plan", "Acme Health HMO", "Self-pay"]), ch(r, "ABCHKW"), r.randint(0, 99999999), r.randint(0, 99999)),
             "Subscriber: %s   Relationship: %s" % (P["name"], ch(r, ["Self", "Spouse", "Child"])),
             "Referring Physician: Dr. %s" % ch(r, LAST),
             "Date of Registration: %s" % fmt_date(y, m, d),
             "Signature of Patient/Guardian: ____________________"]
    return "\n".join(lines)


def gen_patient_card(r):
    P = make_patient(r, 10, 90)
    y, m, d = a_date(r)
    kind = r.randint(0, 3)
    if kind == 0:
        return "\n".join(["APPOINTMENT REMINDER", "%s" % P["name"], "has an appointment with Dr. %s" % ch(r, LAST),
                          "on %s at %d:%02d %s" % (fmt_date(y, m, d, 1), r.randint(8, 11), r.choice([0, 15, 30, 45]), ch(r, ["AM", "PM"])),
                          "Please bring your insurance card and a list of medications.", "24-hour notice required for cancellations. (555) %03d-%04d" % (r.randint(100, 999), r.randint(0, 9999))])
    if kind == 1:
        return "\n".join(["ANTICOAGULATION CARD", "Name: %s" % P["name"], "Medication: Warfarin   Target INR: %s" % ch(r, ["2.0-3.0", "2.5-3.5"]),
                          "Indication: %s" % ch(r, ["Atrial fibrillation", "Mechanical mitral valve", "DVT"])] +
                         ["%s  INR %.1f  Dose %s mg" % (fmt_date(*add_days(y, m, d, i * 7)), r.uniform(1.6, 3.6), ch(r, ["5", "5/7.5 alt", "2.5", "7.5"])) for i in range(r.randint(3, 6))])
    if kind == 2:
        return "\n".join(["MEDICAL DEVICE IDENTIFICATION CARD", "Patient: %s" % P["name"], "Device: %s" % ch(r, ["Dual-chamber pacemaker", "Total knee prosthesis", "Coronary stent", "ICD"]),
                          "Model: %s-%d   Serial: %s%06d" % (ch(r, ["AX", "TR", "QZ"]), r.randint(100, 999), ch(r, "PNK"), r.randint(0, 999999)),
                          "Implant date: %s" % fmt_date(y, m, d), "Implanting physician: Dr. %s" % ch(r, LAST), "Hospital: %s Memorial Hospital" % ch(r, LAST)])
    return "\n".join(["ALLERGY ALERT CARD", "Name: %s" % P["name"], "I am allergic to: %s" % ch(r, ["PENICILLIN", "SULFA DRUGS", "BEE STINGS", "LATEX", "PEANUTS"]),
                      "Reaction: %s" % ch(r, ["Anaphylaxis", "Hives", "Throat swelling"]), "I carry an epinephrine auto-injector: %s" % ch(r, ["YES", "NO"]),
                      "Emergency contact: (555) %03d-%04d" % (r.randint(100, 999), r.randint(0, 9999))])


def gen_insurance_card(r):
    P = make_patient(r, 1, 90)
    y, m, d = a_date(r)
    plan = ch(r, ["Acme Health HMO", "Prairie Mutual PPO", "Medicare", "State Medicaid", "Keystone Federal Employee Plan", "Lakeside Blue Plan"])
    front = ["[FRONT OF CARD - COPY]" if r.random() < .6 else "INSURANCE CARD (photocopy)", plan.upper(),
             "Member: %s" % P["name"].upper(), "Member ID: %s%09d" % (ch(r, ["XQZ", "ABW", "HKP", "1EG4"]), r.randint(0, 999999999)),
             "Group No: %06d" % r.randint(0, 999999), "Effective: %s" % fmt_date(y, m, d),
             "PCP: Dr. %s" % ch(r, LAST) if r.random() < .5 else "Plan Type: %s" % ch(r, ["PPO", "HMO", "POS", "Part A / Part B"]),
             "Copays: Office $%d  Specialist $%d  ER $%d" % (r.choice([10, 15, 20, 25]), r.choice([30, 40, 50]), r.choice([100, 150, 250])),
             "Rx BIN: %06d  PCN: %s  RxGrp: %s%d" % (r.randint(0, 999999), ch(r, ["ADV", "RXP", "MEDDPRIME"]), ch(r, "RXK"), r.randint(100, 999))]
    back = ["[BACK OF CARD]", "Customer Service: 1-800-555-%04d" % r.randint(0, 9999), "Precertification required for inpatient admissions: 1-800-555-%04d" % r.randint(0, 9999),
            "Submit claims to: P.O. Box %d, %s" % (r.randint(100, 99999), ch(r, ["Springfield", "Riverton", "Fairview"])),
            "This card does not guarantee coverage. Present to provider at time of service."]
    return "\n".join(front + ([""] + back if r.random() < .7 else []))


LABS = [("COMPLETE BLOOD COUNT", [("WBC", 4.0, 11.0, "K/uL"), ("RBC", 4.2, 5.9, "M/uL"), ("Hemoglobin", 12.0, 17.0, "g/dL"), ("Hematocrit", 36, 50, "%"), ("MCV", 80, 100, "fL"), ("Platelets", 150, 400, "K/uL")]),
        ("COMPREHENSIVE METABOLIC PANEL", [("Sodium", 135, 145, "mmol/L"), ("Potassium", 3.5, 5.1, "mmol/L"), ("Chloride", 98, 107, "mmol/L"), ("CO2", 22, 29, "mmol/L"), ("BUN", 7, 20, "mg/dL"), ("Creatinine", 0.6, 1.3, "mg/dL"), ("Glucose", 70, 99, "mg/dL"), ("Calcium", 8.5, 10.5, "mg/dL"), ("AST", 10, 40, "U/L"), ("ALT", 7, 56, "U/L"), ("Alk Phos", 44, 147, "U/L"), ("Total Bilirubin", 0.1, 1.2, "mg/dL"), ("Albumin", 3.5, 5.0, "g/dL")]),
        ("LIPID PANEL", [("Total Cholesterol", 0, 200, "mg/dL"), ("Triglycerides", 0, 150, "mg/dL"), ("HDL", 40, 90, "mg/dL"), ("LDL, calculated", 0, 100, "mg/dL")]),
        ("URINALYSIS", None), ("COAGULATION", [("PT", 11.0, 13.5, "sec"), ("INR", 0.8, 1.2, ""), ("PTT", 25, 35, "sec")]),
        ("THYROID", [("TSH", 0.4, 4.0, "uIU/mL"), ("Free T4", 0.8, 1.8, "ng/dL")]), ("HEMOGLOBIN A1C", [("Hemoglobin A1c", 4.0, 5.6, "%")])]


def gen_lab_report(r):
    P = make_patient(r, 1, 90)
    y, m, d = a_date(r)
    out = [ch(r, ["LABORATORY REPORT", "CLINICAL LABORATORY RESULTS", "%s MEMORIAL HOSPITAL LABORATORY" % ch(r, LAST).upper()]),
           "Patient: %s   Sex: %s   Age: %d" % (P["name"], P["sexcode"], P["age"]),
           "Ordering: Dr. %s   Collected: %s %02d%02d   Reported: %s" % (ch(r, LAST), fmt_date(y, m, d), r.randint(5, 20), r.randint(0, 59), fmt_date(*add_days(y, m, d, r.randint(0, 1))))]
    for name, rows in pick(r, LABS, 1, 3):
        out.append("")
        out.append(name)
        if rows is None:
            out.append("Color: %s  Clarity: %s  Sp Gr: 1.0%02d  pH: %.1f" % (ch(r, ["Yellow", "Amber", "Straw"]), ch(r, ["Clear", "Cloudy"]), r.randint(5, 30), r.uniform(5, 8)))
            out.append("Protein: %s  Glucose: %s  Ketones: Neg  Blood: %s  Nitrite: %s  Leuk Est: %s" % (ch(r, ["Neg", "Trace", "1+"]), ch(r, ["Neg", "2+"]), ch(r, ["Neg", "Small", "Large"]), ch(r, ["Neg", "Pos"]), ch(r, ["Neg", "Moderate"])))
            out.append("WBC/hpf: %s  RBC/hpf: %s  Bacteria: %s" % (ch(r, ["0-2", "10-20", "TNTC"]), ch(r, ["0-2", "5-10"]), ch(r, ["None", "Few", "Many"])))
            continue
        out.append("%-20s %-10s %-6s %-16s %s" % ("TEST", "RESULT", "FLAG", "REF RANGE", "UNITS"))
        for t, lo, hi, u in rows:
            v = r.uniform(lo * 0.7 if lo else hi * 0.5, hi * 1.4)
            flag = "H" if v > hi else ("L" if v < lo else "")
            out.append("%-20s %-10s %-6s %-16s %s" % (t, ("%.1f" % v) if hi < 100 else "%d" % v, flag, "%s-%s" % (lo, hi), u))
    if r.random() < .3:
        out.append("\n*** CRITICAL VALUE called to %s, RN at %02d%02d, read back verified." % (ch(r, FIRST_F), r.randint(0, 23), r.randint(0, 59)))
    return "\n".join(out)


def gen_medication_list(r):
    P = make_patient(r, 20, 95)
    y, m, d = a_date(r)
    meds = meds_list(r, 4, 12)
    out = [ch(r, ["MEDICATION LIST", "MEDICATION RECONCILIATION", "CURRENT MEDICATIONS", "ADMISSION MEDICATION RECONCILIATION"]),
           "Patient: %s    Date: %s" % (P["name"], fmt_date(y, m, d)), "Allergies: %s" % ch(r, ALLERGIES), ""]
    if r.random() < .5:
        out.append("%-40s %-10s %s" % ("MEDICATION / DOSE / FREQUENCY", "ACTION", "LAST DOSE"))
        for x in meds:
            out.append("%-40s %-10s %s" % (x, ch(r, ["Continue", "Continue", "Hold", "Stop", "Modify"]), ch(r, ["this a.m.", "last night", "unknown", fmt_date(y, m, d)])))
    else:
        out.extend("%d. %s" % (i + 1, cap(x)) for i, x in enumerate(meds))
        out.append("\nOTC/Supplements: %s" % ch(r, ["fish oil, multivitamin", "none", "acetaminophen p.r.n., glucosamine", "melatonin 3 mg"]))
    out.append("\nSource of information: %s" % ch(r, ["patient", "pharmacy fill history", "family member", "pill bottles brought from home"]))
    out.append("Reviewed by: %s, %s" % (attending(r), ch(r, ["RN", "PharmD", "MD"])))
    return "\n".join(out)


def gen_consent_form(r):
    P = make_patient(r, 18, 90)
    y, m, d = a_date(r)
    proc = ch(r, [o["name"] for o in OPS] + [p["name"] for p in PROCS])
    risks = pick(r, ["bleeding", "infection", "injury to nearby organs, nerves or blood vessels", "blood clots", "reaction to anesthesia", "need for additional surgery",
                     "scarring", "failure to relieve symptoms", "perforation", "death"], 4, 7)
    out = [ch(r, ["CONSENT FOR OPERATION OR PROCEDURE", "INFORMED CONSENT", "AUTHORIZATION FOR SURGICAL TREATMENT"]),
           "Patient: %s    Date: %s" % (P["name"], fmt_date(y, m, d)),
           "1. I hereby authorize Dr. %s and such assistants as may be selected to perform the following procedure: %s." % (ch(r, LAST), proc),
           "2. The nature and purpose of the procedure, possible alternative methods of treatment, and the risks involved, including but not limited to %s, have been explained to me." % join_and(risks),
           "3. I understand that no guarantee or assurance has been given as to the results.",
           "4. I consent to the administration of anesthesia and to the transfusion of blood products if deemed necessary. [ ] I refuse blood products.",
           "5. I consent to the disposal of any tissue removed, and to photography for medical records.",
           "", "Patient/Legal Representative Signature: ____________________  Relationship: %s" % ch(r, ["Self", "Spouse", "Daughter", "POA"]),
           "Witness: ____________________  Time: %02d%02d" % (r.randint(6, 20), r.randint(0, 59)),
           "Physician statement: I have explained the procedure, risks, benefits and alternatives and answered all questions. ____________ M.D."]
    if r.random() < .3:
        out.insert(-2, "Interpreter used: %s" % ch(r, ["No", "Yes - Spanish, ID #%d" % r.randint(1000, 9999)]))
    return "\n".join(out)


def gen_advance_directive(r):
    P = make_patient(r, 40, 98)
    y, m, d = a_date(r)
    kind = r.randint(0, 2)
    agent = "%s %s" % (ch(r, FIRST_F + FIRST_M), ch(r, [P["last"], ch(r, LAST)]))
    if kind == 0:
        return "\n".join(["LIVING WILL DECLARATION", "I, %s, being of sound mind, willfully and voluntarily make known my desire that my dying shall not be artificially prolonged under the circumstances set forth below." % P["name"],
                          "If at any time I should have a terminal condition or be in a persistent vegetative state, and my attending physician has determined that there is no reasonable expectation of recovery, I direct that life-prolonging procedures be withheld or withdrawn.",
                          "Artificial nutrition and hydration: [%s] I want  [%s] I do not want" % (ch(r, [" ", "X"]), ch(r, ["X", " "])),
                          "Signed this %s." % fmt_date(y, m, d, 1), "Declarant: ____________________", "Witness 1: ____________________   Witness 2: ____________________", "Notary Public: ____________________"])
    if kind == 1:
        return "\n".join(["DURABLE POWER OF ATTORNEY FOR HEALTH CARE", "Principal: %s" % P["name"], "I designate %s, my %s, telephone (555) %03d-%04d, as my health care agent." % (agent, ch(r, ["son", "daughter", "spouse", "niece"]), r.randint(100, 999), r.randint(0, 9999)),
                          "Alternate agent: %s %s" % (ch(r, FIRST_F + FIRST_M), ch(r, LAST)),
                          "My agent is authorized to make all health care decisions for me, including decisions to withhold or withdraw life-sustaining treatment, when I am unable to make my own decisions.",
                          "Special instructions: %s" % ch(r, ["None.", "I wish to donate my organs.", "I do not want to be placed on a ventilator for more than two weeks."]),
                          "Date: %s   Signature: ____________________" % fmt_date(y, m, d)])
    return "\n".join(["PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)", "Patient: %s   DOB: %02d/%02d/%04d" % (P["name"], r.randint(1, 12), r.randint(1, 28), y - P["age"]),
                      "A. CARDIOPULMONARY RESUSCITATION: [%s] Attempt Resuscitation/CPR  [%s] Do Not Attempt Resuscitation/DNR" % (ch(r, [" ", "X"]), ch(r, ["X", " "])),
                      "B. MEDICAL INTERVENTIONS: %s" % ch(r, ["[X] Comfort Measures Only", "[X] Limited Additional Interventions", "[X] Full Treatment"]),
                      "C. ARTIFICIALLY ADMINISTERED NUTRITION: %s" % ch(r, ["[X] No artificial nutrition by tube", "[X] Defined trial period", "[X] Long-term by tube"]),
                      "Discussed with: %s" % ch(r, ["Patient", "Health care agent", "Spouse"]), "Physician: Dr. %s   Date: %s" % (ch(r, LAST), fmt_date(y, m, d))])


def gen_discharge_instructions(r):
    P = make_patient(r, 1, 90)
    y, m, d = a_date(r)
    dx = ch(r, [c["dx"] for c in CONDITIONS] + [e["dx"] for e in ED])
    out = [ch(r, ["DISCHARGE INSTRUCTIONS", "PATIENT DISCHARGE INSTRUCTIONS", "AFTER VISIT SUMMARY"]),
           "Patient: %s    Date: %s" % (P["name"], fmt_date(y, m, d)), "You were treated for: %s" % cap(dx), "",
           "MEDICATIONS: " + "; ".join(meds_list(r, 1, 4)) + ".",
           "DIET: " + ch(r, ["Regular diet.", "Low-salt diet; limit fluids to 2 liters a day.", "Clear liquids today, then advance slowly.", "Diabetic diet."]),
           "ACTIVITY: " + ch(r, ["No heavy lifting for 2 weeks.", "Rest and elevate the leg above heart level.", "Walk several times a day.", "No driving while taking pain medicine."]),
           "WOUND CARE: " + ch(r, ["Keep dressing clean and dry for 48 hours, then you may shower.", "Not applicable.", "Sutures out in 10 days."]),
           "CALL YOUR DOCTOR OR RETURN TO THE EMERGENCY DEPARTMENT IF YOU HAVE: " + ", ".join(pick(r, ["fever over 101", "increasing pain", "redness or drainage", "shortness of breath", "chest pain", "vomiting", "bleeding", "weight gain of 3 pounds in a day"], 3, 5)) + ".",
           "FOLLOW-UP: Dr. %s in %s." % (ch(r, LAST), ch(r, ["2-3 days", "1 week", "2 weeks"])),
           "", "I have received and understand these instructions. Patient signature: ____________  Nurse: ____________"]
    return "\n".join(out)


def gen_other(r):
    y, m, d = a_date(r)
    P = make_patient(r, 10, 90)
    kind = r.randint(0, 5)
    if kind == 0:
        return "\n".join(["FAX COVER SHEET", "To: Dr. %s   Fax: (555) %03d-%04d" % (ch(r, LAST), r.randint(100, 999), r.randint(0, 9999)), "From: %s Medical Records" % ch(r, LAST),
                          "Date: %s   Pages (including cover): %d" % (fmt_date(y, m, d), r.randint(2, 14)), "RE: %s" % ch(r, ["Records request", "Lab results", "Prior authorization"]),
                          "CONFIDENTIALITY NOTICE: This facsimile contains privileged information intended only for the recipient named above. If you received this in error, notify the sender and destroy all copies."])
    if kind == 1:
        return "\n".join(["BILLING STATEMENT", "Account #: %08d   Statement date: %s" % (r.randint(0, 99999999), fmt_date(y, m, d)), "Guarantor: %s" % P["name"]] +
                         ["%s  %-34s $%.2f" % (fmt_date(*add_days(y, m, d, -r.randint(5, 60))), ch(r, ["Office visit, established", "Venipuncture", "Chest x-ray 2 views", "ECG 12-lead", "Insurance payment", "Adjustment"]), r.uniform(15, 400)) for _ in range(r.randint(3, 6))] +
                         ["Amount due from patient: $%.2f" % r.uniform(10, 300), "Please remit within 30 days."])
    if kind == 2:
        return "\n".join(["HOME EXERCISE PROGRAM", "Patient: %s" % P["name"]] + ["%d. %s - %s" % (i + 1, x, ch(r, ["10 reps, 2 sets, twice daily", "hold 30 seconds x 3", "15 reps daily"])) for i, x in enumerate(pick(r, ["Quad sets", "Heel slides", "Straight leg raises", "Pendulum swings", "Wall slides", "Ankle pumps", "Bridging", "Clamshells", "Chin tucks"], 4, 6))] + ["Stop if sharp pain occurs. Therapist: %s, PT" % attending(r)])
    if kind == 3:
        return "\n".join(["FOOD AND BLOOD SUGAR DIARY", "Name: %s   Week of %s" % (P["name"], fmt_date(y, m, d))] +
                         ["Day %d: Breakfast %s; Lunch %s; Dinner %s; BG fasting %d, bedtime %d" % (i + 1, ch(r, ["oatmeal", "eggs, toast", "cereal"]), ch(r, ["sandwich", "salad", "soup"]), ch(r, ["chicken, rice", "pasta", "fish, vegetables"]), r.randint(90, 200), r.randint(110, 260)) for i in range(r.randint(3, 7))])
    if kind == 4:
        return "\n".join(["APPOINTMENT REMINDER", P["name"], "Dr. %s" % ch(r, LAST), "%s at %d:%02d %s" % (fmt_date(y, m, d, 1), r.randint(8, 11), r.choice([0, 15, 30, 45]), ch(r, ["AM", "PM"])),
                          "Please arrive 15 minutes early. 24-hour notice required for cancellations."])
    return "\n".join(["ANTICOAGULATION FLOW SHEET", "Name: %s   Target INR %s" % (P["name"], ch(r, ["2.0-3.0", "2.5-3.5"]))] +
                     ["%s  INR %.1f  Dose %s mg" % (fmt_date(*add_days(y, m, d, i * 7)), r.uniform(1.6, 3.6), ch(r, ["5", "2.5", "7.5"])) for i in range(r.randint(3, 6))])



# ---------------------------------------------------------------------------
# Driver
# ---------------------------------------------------------------------------

GENERATORS = {
    "discharge_summary": gen_discharge_summary,
    "history_physical": gen_history_physical,
    "progress_note": gen_progress_note,
    "consult_note": gen_consult_note,
    "operative_note": gen_operative_note,
    "procedure_note": gen_procedure_note,
    "imaging_report": gen_imaging_report,
    "pathology_report": gen_pathology_report,
    "ed_note": gen_ed_note,
    "correspondence": gen_correspondence,
    "referral_letter": gen_referral_letter,
    "transfer_summary": gen_transfer_summary,
    "ecg_report": gen_ecg_report,
    "nursing_note": gen_nursing_note,
    "anesthesia_record": gen_anesthesia_record,
    # short / form types
    "prescription": gen_prescription,
    "provider_orders": gen_medical_order,
    "immunization_record": gen_immunization_record,
    "registration_form": gen_registration_form,
    "insurance_card": gen_insurance_card,
    "lab_report": gen_lab_report,
    "medication_list": gen_medication_list,
    "consent_form": gen_consent_form,
    "advance_directive": gen_advance_directive,
    "discharge_instructions": gen_discharge_instructions,
    "other": gen_other,
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    seen = set()
    with open(a.out, "w", encoding="utf-8") as fh:
        for ti, (label, fn) in enumerate(GENERATORS.items()):
            r = random.Random(a.seed * 1000003 + ti * 7919)
            n = 0
            tries = 0
            while n < a.per_type and tries < a.per_type * 50:
                tries += 1
                text = fn(r).strip() + "\n"
                if text in seen:
                    continue
                seen.add(text)
                n += 1
                fh.write(json.dumps({"id": "fam_dictation_us-s%d-%s-%04d" % (a.seed, label, n), "label": label, "text": text}) + "\n")


if __name__ == "__main__":
    main()
