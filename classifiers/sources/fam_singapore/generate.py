#!/usr/bin/env python3
"""Synthetic Singapore public-hospital / polyclinic clinical document generator.
All people, institutions, places, identifiers and phone numbers are fictitious.
Standard library only.  Usage: python3 generate.py --seed 1 --per-type 25 --out docs.jsonl
"""
import argparse
import json
import random
import datetime as DT

TYPES = ["discharge_summary", "history_physical", "progress_note", "consult_note", "operative_note",
         "procedure_note", "lab_report", "imaging_report", "pathology_report", "medication_list",
         "prescription", "anesthesia_record", "correspondence", "consent_form", "referral_letter",
         "advance_directive", "ecg_report", "immunization_record", "registration_form", "insurance_card",
         "nursing_note", "ed_note", "transfer_summary", "provider_orders", "discharge_instructions", "other"]

# ---------------------------------------------------------------- fictitious world
HOSPITALS = [
    ("Bukit Seraya General Hospital", "BSGH", "11 Seraya Hospital Drive, Singapore 529417"),
    ("Kallang Bay General Hospital", "KBGH", "3 Bay Hospital Road, Singapore 339872"),
    ("Tanjong Merah Hospital", "TMH", "90 Jalan Merah Saga, Singapore 468215"),
    ("Woodgrove Regional Hospital", "WRH", "25 Woodgrove Avenue 6, Singapore 738561"),
    ("Pasir Delima General Hospital", "PDGH", "8 Delima Medical Way, Singapore 518906"),
]
POLYCLINICS = ["Telok Seraya Polyclinic", "Pasir Delima Polyclinic", "Bukit Kemuning Polyclinic",
               "Jurong Lama Polyclinic", "Kembangan Heights Polyclinic", "Sembawang Timur Polyclinic",
               "Changi Selasih Polyclinic"]
GP_CLINICS = ["Kemuning Family Clinic", "Lorong Delima Medical Centre", "Seraya Family Practice",
              "Sunrise Health Clinic & Surgery", "Heng Ann Medical Clinic", "Jalan Rumbia Clinic"]
ESTATES = ["Bukit Kemuning", "Telok Seraya", "Pasir Delima", "Jurong Lama", "Kembangan Heights",
           "Sembawang Timur", "Changi Selasih", "Tampang Baru", "Bedok Laut", "Serangoon Vale", "Yio Chu Lama"]
STREET_KIND = ["Ave", "Street", "Drive", "Crescent", "Road", "Close", "Walk"]
INSURERS = ["Merlion Assurance", "HarbourLife", "Straits Mutual", "Temenggong Insurance", "LionGate Health"]
IP_PLANS = ["ShieldPlus Preferred", "HealthGuard Private", "CareShield Gold", "IntegraShield A", "Enhanced IP Standard"]
EMPLOYERS = ["Seraya Logistics Pte Ltd", "Kemuning Engineering Pte Ltd", "Delima Foods Pte Ltd",
             "Straits Ventures Pte Ltd", "Self-employed", "Retired", "Housewife", "Unemployed",
             "Ministry (civil servant)", "Bayfront Security Services"]

CH_SUR = ["Tan", "Lim", "Lee", "Ng", "Ong", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ang", "Yeo", "Tay",
          "Ho", "Low", "Toh", "Sim", "Chong", "Chia", "Seah", "Foo", "Leong", "Quek", "Heng", "Poh", "Kwek", "Soh"]
CH_GIV_M = ["Ah Kow", "Wei Ming", "Kok Leong", "Boon Huat", "Chee Keong", "Kim Seng", "Jun Jie", "Yong Sheng",
            "Teck Soon", "Beng Hock", "Zhi Hao", "Eng Chuan", "Swee Meng", "Keng Hwee", "Jia Wei"]
CH_GIV_F = ["Siew Lan", "Mei Ling", "Hui Min", "Li Ting", "Bee Hoon", "Swee Lian", "Geok Eng", "Poh Choo",
            "Ai Lian", "Xin Yi", "Siok Hwa", "Lay Kheng", "Wan Ting", "Kim Neo", "Yan Ling"]
EN_M = ["Jason", "Kelvin", "Desmond", "Alvin", "Benjamin", "Raymond", "Terence", "Daniel", "Marcus", "Vincent"]
EN_F = ["Michelle", "Jasmine", "Irene", "Grace", "Doris", "Angeline", "Cheryl", "Priscilla", "Evelyn", "Mabel"]
MAL_M = ["Muhammad Faizal", "Ahmad Rizal", "Mohd Hafiz", "Zulkifli", "Abdul Rahim", "Iskandar", "Hairul Nizam", "Saiful Bahri"]
MAL_F = ["Siti Aisyah", "Nurul Huda", "Rosnah", "Noraini", "Fatimah", "Nur Syafiqah", "Zaleha", "Halimah"]
MAL_FA = ["Rahman", "Osman", "Ismail", "Yusof", "Hamid", "Salleh", "Jaafar", "Kassim", "Ahmad", "Mohamed"]
IND_M = ["Ravi", "Rajendran", "Suresh", "Ganesan", "Kumaravel", "Arun", "Mohan", "Selvam", "Vijay"]
IND_F = ["Kavitha", "Priya", "Lakshmi", "Meena", "Sangeetha", "Devi", "Malathi", "Anitha"]
IND_FA = ["Krishnan", "Subramaniam", "Muthu", "Raju", "Pillai", "Govindasamy", "Nair", "Ramasamy", "Perumal"]
EUR_SUR = ["De Souza", "Pereira", "Fernandez", "Rodrigues", "D'Cruz", "Oliveiro", "Sta Maria"]

DEPTS = ["General Medicine", "Cardiology", "Gastroenterology & Hepatology", "General Surgery",
         "Orthopaedic Surgery", "Respiratory & Critical Care Medicine", "Renal Medicine", "Endocrinology",
         "Geriatric Medicine", "Neurology", "Emergency Medicine", "Anaesthesiology", "Infectious Diseases",
         "Colorectal Surgery", "Breast Surgery", "Vascular Surgery", "Urology", "Rehabilitation Medicine"]
GRADES_MO = ["MO", "Medical Officer", "Resident", "Resident Physician", "HO", "PGY1", "MO (Dept of Medicine)"]
GRADES_SR = ["Registrar", "Senior Resident", "Associate Consultant", "Consultant", "Senior Consultant", "Senior Staff Registrar"]
LANGS = ["English", "Mandarin", "Hokkien", "Teochew", "Cantonese", "Malay", "Tamil", "Hakka"]


def race_name(R, sex=None):
    sex = sex or R.choice("MF")
    race = R.choices(["Chinese", "Malay", "Indian", "Eurasian", "Others"], [70, 14, 10, 3, 3])[0]
    if race == "Chinese":
        sur = R.choice(CH_SUR)
        giv = R.choice(CH_GIV_M if sex == "M" else CH_GIV_F)
        if R.random() < 0.35:
            en = R.choice(EN_M if sex == "M" else EN_F)
            name = R.choice([f"{en} {sur} {giv}", f"{sur} {giv} {en}", f"{en} {sur}"])
        else:
            name = f"{sur} {giv}"
    elif race == "Malay":
        name = (R.choice(MAL_M) + " bin " if sex == "M" else R.choice(MAL_F) + " binte ") + R.choice(MAL_FA)
    elif race == "Indian":
        if R.random() < 0.6:
            name = (R.choice(IND_M) + " s/o " if sex == "M" else R.choice(IND_F) + " d/o ") + R.choice(IND_FA)
        else:
            name = R.choice(IND_M if sex == "M" else IND_F) + " " + R.choice(IND_FA)
    elif race == "Eurasian":
        name = R.choice(EN_M if sex == "M" else EN_F) + " " + R.choice(EUR_SUR)
    else:
        name = R.choice(["Nguyen Thi Lan", "Maria Santos Reyes", "Aung Kyaw Min", "Rina Wulandari", "Zhang Wei", "Liu Fang"]) if sex == "F" or R.random() < .5 else R.choice(["Nguyen Van Hai", "Aung Kyaw Min", "Zhang Wei", "Joseph Dela Cruz"])
        race = R.choice(["Others", "Chinese"])
    return name, sex, race


def nric(R, born=1960, masked=None):
    pre = "S" if born < 2000 else "T"
    if R.random() < 0.08:
        pre = R.choice("FG")
    digits = "%07d" % R.randrange(0, 10 ** 7)
    if born < 2000 and pre == "S":
        digits = str(born % 100).zfill(2)[:1] + digits[1:] if R.random() < 0.5 else digits
    s = pre + digits + R.choice("ABCDEFGHIJZKLMNPQRTUWX")
    if masked is None:
        masked = R.random() < 0.3
    if masked:
        s = s[0] + "XXXX" + s[5:] if R.random() < 0.5 else s[0] + "****" + s[5:]
    return s


def phone(R, mobile=None):
    if mobile is None:
        mobile = R.random() < 0.6
    first = R.choice("89") if mobile else "6"
    n = first + "".join(R.choice("0123456789") for _ in range(7))
    return R.choice([n[:4] + " " + n[4:], n, "+65 " + n[:4] + " " + n[4:], n[:4] + "-" + n[4:]])


def address(R):
    blk = R.randrange(1, 990)
    est = R.choice(ESTATES)
    unit = f"#{R.randrange(2, 25):02d}-{R.randrange(1, 480):02d}"
    if R.random() < 0.8:
        st = f"{est} {R.choice(STREET_KIND)} {R.randrange(1, 9)}" if R.random() < 0.7 else f"{est} {R.choice(STREET_KIND)}"
        return f"Blk {blk} {st} {unit}, Singapore {R.randrange(100000, 829999)}"
    return f"{R.randrange(1, 120)} Jalan {R.choice(['Kemboja', 'Seroja', 'Anggerik', 'Delima', 'Kenanga', 'Cempaka'])} {R.choice(['', 'Lima', 'Dua'])}".rstrip() + f", Singapore {R.randrange(100000, 829999)}"


def mcr(R):
    return "M%05d%s" % (R.randrange(10000, 99999), R.choice("ABCDEFGHJKZ"))


def snb(R):
    return "R%07d%s" % (R.randrange(1000000, 9999999), R.choice("ABCDEFGHJ"))


class Staff:
    def __init__(self, R, dept=None, senior=None, nurse=False):
        n, s, _ = race_name(R)
        parts = n.replace(" bin ", " ").replace(" binte ", " ").replace(" s/o ", " ").replace(" d/o ", " ").split()
        self.full = n
        self.dept = dept or R.choice(DEPTS)
        if nurse:
            self.title = R.choice(["SSN", "SN", "EN", "Staff Nurse", "Senior Staff Nurse", "NC", "APN", "Nurse Clinician"])
            self.name = n
            self.reg = snb(R)
        else:
            senior = (R.random() < 0.5) if senior is None else senior
            self.title = R.choice(GRADES_SR if senior else GRADES_MO)
            self.name = "Dr " + n
            self.reg = mcr(R)
        self.initials = "".join(p[0] for p in parts if p[0].isupper())[:4]

    def sig(self, R, dept=True):
        opts = [f"{self.name}\n{self.title}, {self.dept}" if dept else f"{self.name}\n{self.title}",
                f"{self.name} ({self.reg})",
                f"{self.name}, {self.title}",
                f"Dr {self.initials} / {self.title}" if self.name.startswith("Dr") else f"{self.initials} / {self.title}",
                f"{self.name.upper()}\n{self.title.upper()}\nMCR No: {self.reg}" if self.name.startswith("Dr") else f"{self.name} {self.title}",
                f"Signed: {self.name}   {self.title}"]
        return R.choice(opts)


# ---------------------------------------------------------------- dates
def rand_date(R, y0=2008, y1=2024):
    start = DT.date(y0, 1, 1).toordinal()
    end = DT.date(y1, 12, 28).toordinal()
    return DT.date.fromordinal(R.randrange(start, end))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date_fmt(R):
    k = R.randrange(6)

    def f(d):
        if k == 0:
            return d.strftime("%d/%m/%Y")
        if k == 1:
            return f"{d.day:02d}-{MON[d.month - 1]}-{d.year}"
        if k == 2:
            return f"{d.day} {MON[d.month - 1]} {d.year}"
        if k == 3:
            return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
        if k == 4:
            return d.strftime("%d.%m.%Y")
        return f"{d.day:02d}/{d.month:02d}/{str(d.year)[2:]}"
    return f


def hhmm(R, a=0, b=24):
    return f"{R.randrange(a, b):02d}{R.choice(['00', '05', '10', '15', '20', '25', '30', '35', '40', '45', '50', '55'])}"


def hh_mm(R, a=0, b=24):
    t = hhmm(R, a, b)
    return R.choice([t[:2] + ":" + t[2:], t + "h", t + " hrs", t[:2] + ":" + t[2:]])


# ---------------------------------------------------------------- patient
class Patient:
    def __init__(self, R, age_range=(25, 90), sex=None):
        self.name, self.sex, self.race = race_name(R, sex)
        self.age = R.randrange(age_range[0], age_range[1] + 1)
        self.ref = rand_date(R)
        born = self.ref.year - self.age
        self.dob = DT.date(born, R.randrange(1, 13), R.randrange(1, 29))
        self.nric = nric(R, born)
        self.mrn = R.choice(["%07d%s" % (R.randrange(10 ** 6, 10 ** 7), R.choice("ABCDEFGHJK")),
                             "%s%02d%06d" % (R.choice("MNP"), self.ref.year % 100, R.randrange(10 ** 6)),
                             "%08d" % R.randrange(10 ** 7, 10 ** 8)])
        self.addr = address(R)
        self.tel = phone(R)
        self.lang = R.choice(["English"] * 3 + LANGS)
        self.nok_name, _, _ = race_name(R)
        self.nok_rel = R.choice(["Son", "Daughter", "Wife", "Husband", "Brother", "Sister", "Daughter-in-law", "Mother", "Niece"])
        self.nok_tel = phone(R, True)
        self.ward = R.choice(["4", "5", "6", "7", "8", "9", "10", "11", "12"]) + R.choice("ABCD")
        self.bed = f"{R.randrange(1, 40):02d}"
        self.cls = R.choice(["B2", "C", "B1", "A", "B2+", "C", "B2"])
        self.allergy = R.choice(["NKDA", "NKDA", "NKDA", "No known drug allergy", "Penicillin (rash)", "Sulfa drugs", "NSAIDs - gastric upset",
                                 "Allopurinol (SJS)", "Seafood", "Nil known", "Codeine (vomiting)"])
        self.pen_allergic = "Penicillin" in self.allergy
        self.subsidy = R.choice(["CHAS Blue", "CHAS Orange", "CHAS Green", "Pioneer Generation", "Merdeka Generation", "Nil", "Nil"])

    def sexw(self):
        return "male" if self.sex == "M" else "female"

    def mf(self):
        return self.sex

    def pro(self):
        return "He" if self.sex == "M" else "She"

    def poss(self):
        return "his" if self.sex == "M" else "her"

    def honor(self):
        return ("Mr " if self.sex == "M" else self.__dict__.get("_h") or "Mdm ") + self.name


# ---------------------------------------------------------------- clinical scenarios
def M(drug, dose, freq, dur="", route="PO"):
    return (drug, dose, freq, dur, route)


CASES = {
    "cap": dict(
        dx="Community-acquired pneumonia (right lower lobe)", short="CAP", dept="General Medicine", ages=(45, 92),
        pc=["fever and productive cough", "cough with yellowish sputum and fever", "fever, cough and breathlessness"],
        hpi=["associated with right-sided pleuritic chest pain", "sputum yellowish-green, no haemoptysis", "poor oral intake and lethargy",
             "no recent travel", "no TB contact", "no orthopnoea or PND", "no calf swelling"],
        exam=["coarse crepitations R lower zone", "bronchial breath sounds R base", "tachypnoeic but speaking full sentences",
              "HS S1S2, no murmur", "abdomen soft, non-tender", "no pedal oedema"],
        vit=dict(t=(38.0, 39.4), hr=(98, 118), sbp=(105, 135), rr=(20, 26), spo2=(91, 95)),
        labs={"TW": (13.5, 21.0), "CRP": (85, 260), "Neut": (80, 91)},
        img=("XR", "CHEST PA" , ["Airspace consolidation is seen in the right lower zone with air bronchograms.",
                                 "Blunting of the right costophrenic angle suggests a small effusion.",
                                 "Heart size cannot be accurately assessed on this projection but appears normal.",
                                 "The left lung is clear. No pneumothorax."],
             "Right lower zone consolidation, in keeping with pneumonia in the appropriate clinical setting. Small right pleural effusion. Suggest follow-up radiograph in 6 weeks to ensure resolution."),
        ecg=("Sinus tachycardia", ["normal axis", "no acute ST-T changes"]),
        tx="IV amoxicillin-clavulanate 1.2 g q8h + PO azithromycin 500 mg OM",
        tx_pen="IV ceftriaxone 2 g OM + PO azithromycin 500 mg OM",
        meds=[M("Amoxicillin/Clavulanate (Augmentin)", "625 mg", "BD", "5 days"), M("Paracetamol", "1 g", "QDS PRN", "for fever"),
              M("Guaifenesin syrup", "10 ml", "TDS", "1 week")],
        course="Fever settled by day 3 of IV antibiotics. Sputum culture grew Streptococcus pneumoniae (penicillin sensitive). Blood cultures showed no growth. Oxygen weaned off on day 2 and converted to oral antibiotics.",
        fu="Polyclinic review in 1 week; repeat CXR in 6 weeks",
        consult=("Respiratory Medicine", "slow resolution of fever and small R pleural effusion - ?need for diagnostic tap"),
        micro="Sputum C/S: Streptococcus pneumoniae - S: penicillin, ceftriaxone, levofloxacin. Blood C/S x2: no growth after 5 days.",
        op=None, path=None, proc=None, icd="J18.1"),
    "nstemi": dict(
        dx="Non-ST elevation myocardial infarction (NSTEMI)", short="NSTEMI", dept="Cardiology", ages=(42, 85),
        pc=["central chest pain", "chest tightness radiating to the left arm", "retrosternal chest discomfort with diaphoresis"],
        hpi=["pain crushing in nature, 7/10, lasting about 30 min", "associated with diaphoresis and nausea", "no relief with rest",
             "no previous similar episodes", "exertional chest tightness over past 2 weeks", "no syncope or palpitations"],
        exam=["HS S1S2, no murmur", "lungs clear", "no raised JVP", "peripheral pulses palpable", "no pedal oedema"],
        vit=dict(t=(36.5, 37.3), hr=(78, 102), sbp=(135, 175), rr=(16, 20), spo2=(96, 99)),
        labs={"TropI": (180, 4200), "Chol": (5.6, 7.4), "LDL": (3.6, 5.2), "Glu": (6.5, 11.5)},
        img=("ECHO", "TRANSTHORACIC ECHOCARDIOGRAM", ["Left ventricle is normal in size with mild concentric hypertrophy.",
                                                      "Regional wall motion abnormality: hypokinesia of the mid to apical anterior wall and apex.",
                                                      "LVEF estimated at 45% (Simpson's biplane).", "Grade I diastolic dysfunction.",
                                                      "Trivial MR. No pericardial effusion.", "RV size and function normal. TAPSE 20 mm."],
             "Mildly impaired LV systolic function (LVEF 45%) with anterior wall hypokinesia, consistent with LAD territory ischaemia."),
        ecg=("Sinus rhythm", ["ST depression 1-2 mm in V2-V5", "T wave inversion in I, aVL", "no pathological Q waves"]),
        tx="DAPT (aspirin + ticagrelor), SC enoxaparin 1 mg/kg BD, high-intensity statin, coronary angiogram",
        meds=[M("Aspirin", "100 mg", "OM", "long term"), M("Ticagrelor", "90 mg", "BD", "12 months"), M("Atorvastatin", "40 mg", "ON"),
              M("Bisoprolol", "2.5 mg", "OM"), M("Enalapril", "5 mg", "BD"), M("Glyceryl trinitrate", "0.5 mg", "PRN", "chest pain", "SL"),
              M("Pantoprazole", "40 mg", "OM")],
        course="Troponin I peaked at over 3000 ng/L. Coronary angiogram on day 2 showed 90% stenosis of the proximal LAD; PCI with 1 drug-eluting stent done. Uneventful post-procedure. Referred to cardiac rehabilitation.",
        fu="Cardiology SOC 4-6 weeks; Cardiac rehab phase II",
        consult=("Cardiology", "raised troponin with dynamic ECG changes - for further management"),
        micro=None, op=None, path=None, proc="cath", icd="I21.4"),
    "dengue": dict(
        dx="Dengue fever with warning signs", short="Dengue fever", dept="General Medicine", ages=(18, 70),
        pc=["fever with myalgia", "high fever, headache and body aches", "fever with retro-orbital pain and rash"],
        hpi=["fever up to 39.5 deg C", "associated with retro-orbital headache and arthralgia", "lives in dengue cluster area",
             "no bleeding from gums, no melaena", "mild abdominal pain and vomiting x2 today", "no recent travel overseas"],
        exam=["flushed, maculopapular rash on trunk", "tourniquet test positive", "mild RHC tenderness", "no hepatomegaly", "lungs clear"],
        vit=dict(t=(37.8, 39.5), hr=(88, 110), sbp=(98, 125), rr=(16, 20), spo2=(97, 99)),
        labs={"Plt": (22, 85), "TW": (1.8, 3.4), "Hct": (44, 50), "ALT": (75, 260), "AST": (110, 380)},
        img=("US", "ULTRASOUND ABDOMEN", ["The gallbladder wall is diffusely thickened (6 mm) and oedematous; no gallstones.",
                                          "Small amount of free fluid in Morison's pouch and the pelvis.",
                                          "Liver is normal in size and echotexture. No focal lesion.", "Minimal bilateral pleural effusions."],
             "Gallbladder wall oedema, small volume ascites and bilateral pleural effusions - features may be seen in dengue with plasma leakage."),
        ecg=("Sinus rhythm", ["normal axis", "no ST-T changes"]),
        tx="IV hydration, serial FBC/Hct monitoring, paracetamol, avoid NSAIDs/IM injections",
        meds=[M("Paracetamol", "1 g", "QDS PRN", "for fever"), M("Oral rehydration salts", "1 sachet", "PRN", "after each loose stool")],
        course="Dengue NS1 antigen positive. Platelet nadir on day 5 of illness, recovered thereafter. No bleeding. Haematocrit stable with IV fluids. Afebrile for >48 h prior to discharge.",
        fu="Repeat FBC at polyclinic in 2-3 days",
        consult=("Infectious Diseases", "dengue with warning signs and thrombocytopenia - advise fluid management"),
        micro="Dengue NS1 Ag: POSITIVE. Dengue IgM: negative. IgG: negative.", op=None, path=None, proc=None, icd="A97.1"),
    "appendix": dict(
        dx="Acute appendicitis", short="acute appendicitis", dept="General Surgery", ages=(16, 60),
        pc=["right iliac fossa pain", "abdominal pain, initially periumbilical, now at RIF", "lower abdominal pain with vomiting"],
        hpi=["pain migrated from periumbilical region to RIF", "associated with anorexia, vomiting x3", "low-grade fever",
             "no diarrhoea, no urinary symptoms", "no recent change in bowel habit", "pain worse on walking"],
        exam=["RIF tenderness with guarding", "Rovsing's sign positive", "McBurney's point tenderness", "bowel sounds present", "no hernia"],
        vit=dict(t=(37.6, 38.6), hr=(90, 110), sbp=(110, 135), rr=(16, 20), spo2=(97, 100)),
        labs={"TW": (12.5, 18.5), "CRP": (35, 140), "Neut": (78, 90)},
        img=("CT", "CT ABDOMEN AND PELVIS WITH CONTRAST", ["The appendix is dilated measuring 11 mm in diameter with wall enhancement and periappendiceal fat stranding.",
                                                         "A 6 mm appendicolith is noted at the base.", "No periappendiceal collection or free gas.",
                                                         "Liver, gallbladder, pancreas, spleen and kidneys are unremarkable.", "No free fluid."],
             "Acute appendicitis with appendicolith. No CT evidence of perforation or abscess."),
        ecg=("Sinus tachycardia", ["no ST-T changes"]),
        tx="IV amoxicillin-clavulanate, NBM, IV drip, emergency laparoscopic appendicectomy",
        tx_pen="IV ceftriaxone + metronidazole, NBM, IV drip, emergency laparoscopic appendicectomy",
        meds=[M("Paracetamol", "1 g", "QDS", "5 days"), M("Etoricoxib", "90 mg", "OM", "3 days"), M("Amoxicillin/Clavulanate", "625 mg", "BD", "5 days"),
              M("Lactulose", "10 ml", "BD PRN", "constipation")],
        course="Underwent laparoscopic appendicectomy on day of admission. Post-op recovery uneventful, tolerated diet on POD1. Wounds clean.",
        fu="General Surgery SOC 2 weeks (wound review & HPE)",
        consult=("General Surgery", "RIF pain with raised TW - ?appendicitis"),
        micro=None, op="appendix", path="appendix", proc=None, icd="K35.8"),
    "chole": dict(
        dx="Acute calculous cholecystitis", short="acute cholecystitis", dept="General Surgery", ages=(35, 80),
        pc=["right upper quadrant pain", "epigastric and RHC pain after fatty meal", "RUQ pain with fever and vomiting"],
        hpi=["colicky then constant pain, radiating to the right shoulder tip", "associated with nausea and vomiting", "fever and chills",
             "no jaundice, tea-coloured urine or pale stools", "previous similar episodes, self-resolved"],
        exam=["RHC tenderness", "Murphy's sign positive", "not jaundiced", "no palpable mass", "bowel sounds present"],
        vit=dict(t=(37.5, 38.8), hr=(88, 108), sbp=(115, 150), rr=(16, 20), spo2=(96, 99)),
        labs={"TW": (11.5, 17.5), "CRP": (40, 180), "ALP": (110, 180), "Bili": (18, 30)},
        img=("US", "ULTRASOUND HEPATOBILIARY SYSTEM", ["The gallbladder is distended with multiple calculi, the largest measuring 18 mm, with an impacted stone at the neck.",
                                                       "Gallbladder wall is thickened at 5 mm with pericholecystic fluid.", "Sonographic Murphy's sign positive.",
                                                       "CBD measures 5 mm, not dilated. No intrahepatic duct dilatation.", "Liver shows increased echogenicity in keeping with fatty infiltration."],
             "Acute calculous cholecystitis. No biliary dilatation. Fatty liver."),
        ecg=("Sinus rhythm", ["no acute changes"]),
        tx="IV ceftriaxone + metronidazole, analgesia, laparoscopic cholecystectomy",
        meds=[M("Paracetamol", "1 g", "QDS", "5 days"), M("Tramadol", "50 mg", "TDS PRN", "severe pain"), M("Senna", "15 mg", "ON PRN"),
              M("Amoxicillin/Clavulanate", "625 mg", "BD", "5 days")],
        course="Treated with IV antibiotics. Underwent laparoscopic cholecystectomy on day 3. Recovered well, tolerating diet, drain removed POD1.",
        fu="General Surgery (HPB) SOC 2-3 weeks with histology",
        consult=("General Surgery", "RHC pain, fever, deranged LFT - ?cholecystitis"),
        micro="Blood C/S: no growth.", op="chole", path="gb", proc=None, icd="K80.0"),
    "dmfoot": dict(
        dx="Left diabetic foot infection with osteomyelitis of 2nd toe; poorly controlled type 2 diabetes mellitus", short="DM foot", dept="Vascular Surgery", ages=(45, 82),
        pc=["left foot wound with swelling", "foul-smelling discharge from left 2nd toe", "left foot redness and pain"],
        hpi=["ulcer for 3 weeks, initially a blister from new shoes", "increasing redness and swelling for 4 days", "fever at home",
             "poor compliance to diabetic medications", "defaulted polyclinic follow-up", "known peripheral neuropathy"],
        exam=["wet gangrene of L 2nd toe with purulent discharge", "cellulitis extending to dorsum of foot", "probe-to-bone positive",
              "DP pulse feeble, PT palpable", "reduced monofilament sensation bilaterally"],
        vit=dict(t=(37.6, 38.9), hr=(90, 112), sbp=(125, 165), rr=(16, 22), spo2=(96, 99)),
        labs={"TW": (13.0, 22.0), "CRP": (90, 280), "Glu": (14.5, 26.0), "HbA1c": (9.8, 13.5), "Cr": (95, 160)},
        img=("XR", "XR LEFT FOOT AP/OBLIQUE", ["There is cortical erosion and periosteal reaction involving the middle and distal phalanges of the second toe.",
                                              "Soft tissue swelling with subcutaneous gas lucencies over the second toe and dorsum of forefoot.",
                                              "Vascular calcifications are noted.", "No fracture or dislocation."],
             "Findings are suspicious for osteomyelitis of the left second toe with soft tissue gas, likely infective. Clinical correlation recommended."),
        ecg=("Sinus tachycardia", ["poor R wave progression", "no acute ST changes"]),
        tx="IV piperacillin-tazobactam 4.5 g q8h, insulin sliding scale, wound debridement and ray amputation",
        tx_pen="IV ciprofloxacin + clindamycin, insulin sliding scale, wound debridement and ray amputation",
        meds=[M("Metformin", "850 mg", "BD"), M("Insulin glargine (Lantus)", "18 units", "ON", "", "SC"), M("Amoxicillin/Clavulanate", "625 mg", "BD", "2 weeks"),
              M("Atorvastatin", "20 mg", "ON"), M("Aspirin", "100 mg", "OM"), M("Paracetamol", "1 g", "QDS PRN")],
        course="Underwent left 2nd ray amputation on day 2. Bone culture grew MSSA. Diabetes optimised with basal insulin; diabetic nurse educator taught insulin injection. Wound VAC applied.",
        fu="Vascular SOC 1 week; polyclinic/home nursing dressing; Endocrine SOC 6 weeks",
        consult=("Endocrinology", "poorly controlled T2DM (HbA1c >10%) with foot infection - for insulin initiation"),
        micro="Wound swab C/S: Staphylococcus aureus (MSSA), mixed anaerobes. Bone C/S: MSSA - S: cloxacillin, clindamycin, cotrimoxazole.",
        op="ray", path="bone", proc=None, icd="E11.52"),
    "chf": dict(
        dx="Acute decompensated heart failure (HFrEF) secondary to ischaemic cardiomyopathy", short="ADHF", dept="Cardiology", ages=(55, 92),
        pc=["breathlessness and leg swelling", "worsening shortness of breath on exertion", "orthopnoea and bilateral leg swelling"],
        hpi=["effort tolerance reduced to 1 flight of stairs", "2-pillow orthopnoea and PND", "weight gain of 3 kg over 1 week",
             "non-compliant to fluid restriction", "ran out of frusemide 2 weeks ago", "no chest pain"],
        exam=["JVP raised 5 cm", "bibasal fine crepitations", "pitting oedema up to mid-shin bilaterally", "HS S1S2 + S3", "mild hepatomegaly"],
        vit=dict(t=(36.4, 37.2), hr=(92, 118), sbp=(135, 170), rr=(22, 28), spo2=(88, 93)),
        labs={"BNP": (4500, 18000), "Cr": (115, 190), "Na": (128, 134), "Urea": (9.0, 16.0)},
        img=("XR", "CHEST AP (SITTING)", ["The heart is enlarged (CTR 0.62).", "There is upper lobe venous diversion with bilateral perihilar haziness.",
                                         "Kerley B lines at both bases.", "Small bilateral pleural effusions."],
             "Cardiomegaly with pulmonary venous congestion and interstitial oedema. Small bilateral effusions."),
        ecg=("Sinus tachycardia", ["left bundle branch block", "QRS 148 ms"]),
        tx="IV frusemide 40 mg BD, fluid restriction 1 L/day, daily weights, GDMT titration",
        meds=[M("Frusemide", "40 mg", "OM"), M("Spironolactone", "25 mg", "OM"), M("Bisoprolol", "2.5 mg", "OM"),
              M("Sacubitril/Valsartan (Entresto)", "24/26 mg", "BD"), M("Dapagliflozin", "10 mg", "OM"), M("Atorvastatin", "40 mg", "ON"),
              M("Aspirin", "100 mg", "OM")],
        course="Diuresed with IV frusemide with net negative balance of about 1.5 L/day. Weight reduced from 72 kg to 67 kg. Oxygen weaned off day 3. Renal function stable. Converted to oral diuretics. Echo: LVEF 30%.",
        fu="Heart Failure clinic 2 weeks; HF nurse tele-monitoring",
        consult=("Cardiology", "fluid overload with newly reduced EF - for optimisation of HF therapy"),
        micro=None, op=None, path=None, proc=None, icd="I50.1"),
    "stroke": dict(
        dx="Acute left MCA territory ischaemic stroke; new atrial fibrillation", short="L MCA infarct", dept="Neurology", ages=(55, 90),
        pc=["right-sided weakness and slurred speech", "sudden onset right arm and leg weakness", "facial droop and difficulty speaking"],
        hpi=["last seen well 2 hours prior", "found by family unable to lift right arm", "expressive dysphasia", "no headache, no seizure",
             "no previous stroke", "irregular heartbeat noted by polyclinic previously"],
        exam=["GCS E4V4M6", "right facial droop (UMN)", "power R UL 2/5, R LL 3/5", "expressive aphasia", "NIHSS 11", "irregularly irregular pulse"],
        vit=dict(t=(36.4, 37.3), hr=(88, 124), sbp=(150, 190), rr=(16, 20), spo2=(95, 99)),
        labs={"Glu": (6.0, 9.5), "LDL": (3.2, 4.6)},
        img=("CT", "CT BRAIN (NON-CONTRAST) AND CT ANGIOGRAM", ["There is loss of grey-white differentiation in the left insular cortex and left frontal operculum. ASPECTS 8.",
                                                                "Hyperdense left MCA sign.", "CTA: abrupt cut-off of the left M2 superior division.",
                                                                "No intracranial haemorrhage.", "Chronic small vessel ischaemic changes in the periventricular white matter."],
             "Acute left MCA territory infarct (ASPECTS 8) with left M2 occlusion. No haemorrhage."),
        ecg=("Atrial fibrillation with rapid ventricular response", ["ventricular rate about 110 bpm", "no acute ST changes"]),
        tx="IV thrombolysis (alteplase) within window, stroke unit monitoring, swallow assessment, anticoagulation after 5-7 days",
        meds=[M("Apixaban", "5 mg", "BD"), M("Atorvastatin", "40 mg", "ON"), M("Bisoprolol", "2.5 mg", "OM"), M("Amlodipine", "5 mg", "OM"),
              M("Lactulose", "10 ml", "BD")],
        course="Received IV alteplase at 2 h 40 min from onset. Repeat CT at 24 h no haemorrhagic transformation. NIHSS improved to 4. Started apixaban on day 6. Seen by PT/OT/ST - mild residual R hemiparesis, for community hospital rehabilitation.",
        fu="Neurology (Stroke) SOC 6 weeks; transfer to community hospital for rehab",
        consult=("Rehabilitation Medicine", "post-stroke R hemiparesis - suitability for inpatient rehab"),
        micro=None, op=None, path=None, proc=None, icd="I63.4"),
    "ugib": dict(
        dx="Upper GI bleed secondary to bleeding duodenal ulcer (Forrest IIa); H. pylori positive", short="UGIB - DU", dept="Gastroenterology & Hepatology", ages=(40, 88),
        pc=["black tarry stools", "melaena and giddiness", "coffee-ground vomitus and melaena"],
        hpi=["melaena x3 since yesterday", "giddiness on standing, near syncope", "took over-the-counter NSAIDs for knee pain x 2 weeks",
             "no previous OGD", "no liver disease, drinks alcohol occasionally", "epigastric discomfort for 1 month"],
        exam=["pale, not jaundiced", "epigastric tenderness mild", "PR: melaena on glove, no mass", "no stigmata of chronic liver disease", "postural drop present"],
        vit=dict(t=(36.4, 37.2), hr=(100, 124), sbp=(88, 110), rr=(18, 22), spo2=(96, 99)),
        labs={"Hb": (6.2, 8.4), "Urea": (12.0, 22.0), "MCV": (80, 92)},
        img=None,
        ecg=("Sinus tachycardia", ["no ischaemic changes"]),
        tx="IV pantoprazole 80 mg bolus then 8 mg/h infusion, blood transfusion 2 units packed cells, urgent OGD",
        meds=[M("Pantoprazole", "40 mg", "BD", "8 weeks"), M("Amoxicillin", "1 g", "BD", "14 days"), M("Clarithromycin", "500 mg", "BD", "14 days"),
              M("Ferrous fumarate", "200 mg", "OM", "3 months")],
        course="Transfused 2 units PCT. OGD: 1.5 cm D1 ulcer with non-bleeding visible vessel, treated with adrenaline injection and 2 haemoclips. CLO test positive. No rebleed. Hb stable 9.2 on discharge.",
        fu="Gastro SOC 8 weeks; Urea breath test 4 weeks after eradication",
        consult=("Gastroenterology", "melaena with Hb drop - for urgent OGD"),
        micro="CLO (urease) test: POSITIVE.", op=None, path="gastric", proc="ogd", icd="K26.4"),
    "nof": dict(
        dx="Right displaced intracapsular neck of femur fracture (Garden IV)", short="R #NOF", dept="Orthopaedic Surgery", ages=(65, 96),
        pc=["fall at home with right hip pain", "unable to weight bear after a fall", "right hip pain after slipping in toilet"],
        hpi=["mechanical fall, slipped in bathroom", "no loss of consciousness, no head injury", "no preceding giddiness or chest pain",
             "premorbid: community ambulant with walking stick", "lives with son in 4-room HDB flat", "ADL independent"],
        exam=["right leg shortened and externally rotated", "tenderness over right groin", "unable to SLR", "distal NV intact", "no other injuries on secondary survey"],
        vit=dict(t=(36.3, 37.2), hr=(78, 100), sbp=(125, 165), rr=(16, 20), spo2=(95, 99)),
        labs={"Hb": (10.5, 12.5), "Cr": (70, 130)},
        img=("XR", "XR PELVIS AP AND RIGHT HIP LATERAL", ["There is a displaced subcapital fracture of the right femoral neck.",
                                                         "No other fractures are seen in the pelvis.", "Degenerative changes of both hip joints and lower lumbar spine.",
                                                         "Osteopenia."],
             "Displaced right subcapital neck of femur fracture (Garden IV)."),
        ecg=("Sinus rhythm", ["first degree AV block (PR 220 ms)", "no acute ST-T changes"]),
        tx="analgesia incl. fascia iliaca block, skin traction, pre-op optimisation, right hip hemiarthroplasty",
        meds=[M("Paracetamol", "1 g", "QDS", "2 weeks"), M("Tramadol", "50 mg", "TDS PRN"), M("Calcium carbonate + Vit D3", "1 tab", "BD"),
              M("Enoxaparin", "40 mg", "OM", "4 weeks", "SC"), M("Lactulose", "15 ml", "BD")],
        course="Underwent right cemented bipolar hemiarthroplasty on day 2 (co-managed by Geriatric Medicine under ortho-geriatric pathway). Post-op delirium resolved. Mobilising with frame with PT assistance. For community hospital rehabilitation.",
        fu="Ortho SOC 2 weeks for STO and check X-ray; Osteoporosis clinic",
        consult=("Geriatric Medicine", "ortho-geriatric co-management - pre-op optimisation"),
        micro=None, op="hemi", path=None, proc=None, icd="S72.0"),
    "copd": dict(
        dx="Acute exacerbation of COPD", short="AECOPD", dept="Respiratory & Critical Care Medicine", ages=(55, 88),
        pc=["increasing breathlessness and wheeze", "worsening cough with purulent sputum", "shortness of breath at rest"],
        hpi=["ex-smoker, 40 pack-years, stopped 3 years ago", "increased sputum volume and purulence", "no fever",
             "uses salbutamol MDI up to 8 times a day", "3 exacerbations in the past year", "no chest pain"],
        exam=["using accessory muscles", "bilateral expiratory rhonchi", "prolonged expiratory phase", "barrel chest", "no pedal oedema"],
        vit=dict(t=(36.6, 37.6), hr=(96, 118), sbp=(125, 155), rr=(24, 30), spo2=(84, 90)),
        labs={"TW": (10.5, 14.0), "CRP": (15, 60), "pCO2": (48, 62)},
        img=("XR", "CHEST PA", ["The lungs are hyperinflated with flattening of both hemidiaphragms.",
                               "No focal consolidation or pneumothorax.", "Heart size is normal.", "Bullous changes in both upper zones."],
             "Hyperinflated lungs in keeping with COPD. No acute consolidation."),
        ecg=("Sinus tachycardia", ["P pulmonale", "right axis deviation"]),
        tx="nebulised salbutamol/ipratropium, IV hydrocortisone then PO prednisolone, controlled O2 (target SpO2 88-92%), antibiotics",
        meds=[M("Prednisolone", "30 mg", "OM", "5 days"), M("Tiotropium (Spiriva Respimat)", "2 puffs", "OM", "", "INH"),
              M("Budesonide/Formoterol (Symbicort 160/4.5)", "2 puffs", "BD", "", "INH"), M("Salbutamol MDI", "2 puffs", "PRN", "", "INH"),
              M("Doxycycline", "100 mg", "BD", "5 days")],
        course="Required BiPAP for 24 h for acute hypercapnic respiratory failure, weaned off. Improved with steroids and nebulisers. Inhaler technique reviewed. Referred to pulmonary rehabilitation.",
        fu="Respiratory SOC 4 weeks; pulmonary rehab",
        consult=("Respiratory Medicine", "AECOPD with hypercapnia - ?NIV"),
        micro="Sputum C/S: Haemophilus influenzae, beta-lactamase positive.", op=None, path=None, proc=None, icd="J44.1"),
    "pyelo": dict(
        dx="Acute pyelonephritis (E. coli, ESBL)", short="pyelonephritis", dept="General Medicine", ages=(20, 85),
        pc=["fever with chills and dysuria", "left loin pain and fever", "fever, rigors and urinary frequency"],
        hpi=["dysuria and frequency for 3 days", "left loin pain", "rigors", "vomiting x2", "no haematuria", "previous UTI 1 year ago"],
        exam=["left renal punch positive", "suprapubic tenderness mild", "abdomen soft", "lungs clear", "HS S1S2"],
        vit=dict(t=(38.2, 39.8), hr=(98, 120), sbp=(100, 130), rr=(18, 22), spo2=(97, 99)),
        labs={"TW": (14.0, 23.0), "CRP": (120, 300), "Cr": (90, 150)},
        img=("US", "ULTRASOUND KIDNEYS, URETERS AND BLADDER", ["Right kidney measures 10.5 cm and left kidney 11.2 cm.",
                                                             "The left kidney appears mildly swollen with subtle loss of corticomedullary differentiation.",
                                                             "No hydronephrosis or renal calculus.", "The urinary bladder is unremarkable."],
             "Mildly swollen left kidney, may represent pyelonephritis. No hydronephrosis or calculus."),
        ecg=("Sinus tachycardia", ["no acute ST-T changes"]),
        tx="IV ceftriaxone 2 g OM, changed to IV ertapenem 1 g OM after culture showed ESBL E. coli",
        meds=[M("Paracetamol", "1 g", "QDS PRN"), M("Fosfomycin", "3 g", "every 48h", "3 doses")],
        course="Urine and blood cultures grew ESBL-producing E. coli. Antibiotics changed to ertapenem. Defervesced on day 3. Completed 7 days IV therapy via OPAT arrangement.",
        fu="Polyclinic 1 week",
        consult=("Infectious Diseases", "ESBL E. coli bacteraemia - antibiotic choice and duration"),
        micro="Urine C/S: >10^5 CFU/ml Escherichia coli (ESBL) - R: ampicillin, ceftriaxone, ciprofloxacin; S: ertapenem, fosfomycin, nitrofurantoin.",
        op=None, path=None, proc=None, icd="N10"),
    "colon": dict(
        dx="Adenocarcinoma of the sigmoid colon", short="sigmoid CA", dept="Colorectal Surgery", ages=(50, 85),
        pc=["per rectal bleeding and change in bowel habit", "positive FIT test", "iron-deficiency anaemia and loss of weight"],
        hpi=["altered bowel habit for 3 months", "intermittent blood mixed with stools", "loss of weight 5 kg in 3 months",
             "FIT positive at polyclinic screening", "father had colon cancer at 70", "no abdominal distension"],
        exam=["abdomen soft, non-tender, no palpable mass", "PR: no mass within reach, brown stools", "no lymphadenopathy", "conjunctival pallor"],
        vit=dict(t=(36.4, 37.2), hr=(72, 94), sbp=(120, 150), rr=(14, 18), spo2=(97, 100)),
        labs={"Hb": (9.0, 11.0), "MCV": (68, 78), "CEA": (6.5, 24.0)},
        img=("CT", "CT THORAX, ABDOMEN AND PELVIS WITH CONTRAST", ["There is irregular circumferential wall thickening of the sigmoid colon over a 4.5 cm segment with pericolic fat stranding.",
                                                                    "A few subcentimetre pericolic lymph nodes are seen.", "No hepatic metastases.",
                                                                    "No lung nodules suspicious for metastases.", "No ascites."],
             "Sigmoid colon tumour, radiologically T3N1. No distant metastases."),
        ecg=("Sinus rhythm", ["normal ECG"]),
        tx="staging CT, MDT discussion, laparoscopic anterior resection",
        meds=[M("Paracetamol", "1 g", "QDS", "1 week"), M("Ferrous fumarate", "200 mg", "OM"), M("Lactulose", "10 ml", "BD PRN"),
              M("Omeprazole", "20 mg", "OM", "2 weeks")],
        course="Underwent elective laparoscopic anterior resection under ERAS protocol. Tolerated diet POD1, bowels opened POD3. Discussed at Colorectal Tumour Board.",
        fu="Colorectal SOC 2 weeks with HPE; Medical Oncology referral",
        consult=("Medical Oncology", "sigmoid adenocarcinoma post resection - adjuvant chemotherapy"),
        micro=None, op="ar", path="colon", proc="colo", icd="C18.7"),
    "dmpoly": dict(
        dx="Type 2 diabetes mellitus (suboptimal control), hypertension, hyperlipidaemia", short="DM/HTN/HLD", dept="Endocrinology", ages=(40, 80),
        pc=["routine chronic disease follow-up", "high HbA1c on review", "diabetic review - poor glycaemic control"],
        hpi=["on metformin and glipizide", "home CBG 9-14 mmol/L", "no hypoglycaemic episodes", "no polyuria/polydipsia",
             "diet: eats out at hawker centre most days", "walks 2-3x/week", "no chest pain or SOB"],
        exam=["BMI 28.4", "feet: no ulcers, pulses palpable, monofilament intact", "HS S1S2", "lungs clear", "no pedal oedema"],
        vit=dict(t=(36.4, 37.0), hr=(70, 90), sbp=(138, 162), rr=(14, 18), spo2=(97, 100)),
        labs={"HbA1c": (8.6, 10.4), "Glu": (9.5, 14.0), "LDL": (2.9, 3.8), "UACR": (6.0, 40.0)},
        img=None,
        ecg=("Sinus rhythm", ["left ventricular hypertrophy by voltage criteria"]),
        tx="intensify OHGA, consider basal insulin, dietician referral, DRP/DFS screening",
        meds=[M("Metformin", "1 g", "BD"), M("Glipizide", "5 mg", "BD"), M("Empagliflozin", "10 mg", "OM"), M("Amlodipine", "10 mg", "OM"),
              M("Losartan", "50 mg", "OM"), M("Atorvastatin", "20 mg", "ON")],
        course="", fu="Polyclinic 3 months with HbA1c, lipids, renal panel",
        consult=("Endocrinology", "suboptimal diabetic control despite 3 OHGA - for insulin"),
        micro=None, op=None, path=None, proc=None, icd="E11.9"),
    "kneeoa": dict(
        dx="Bilateral knee osteoarthritis (right worse than left)", short="OA knees", dept="Orthopaedic Surgery", ages=(55, 85),
        pc=["bilateral knee pain", "right knee pain on walking", "chronic knee pain, worse on stairs"],
        hpi=["pain for 2 years, worse over 6 months", "difficulty squatting and climbing stairs", "walking tolerance 200 m",
             "morning stiffness < 30 min", "tried physiotherapy and paracetamol", "no locking or giving way"],
        exam=["varus deformity bilaterally", "crepitus on ROM", "ROM R knee 5-110 deg", "mild effusion R knee", "medial joint line tenderness"],
        vit=dict(t=(36.4, 37.0), hr=(68, 88), sbp=(128, 155), rr=(14, 18), spo2=(97, 100)),
        labs={},
        img=("XR", "XR BOTH KNEES WEIGHT-BEARING AP AND LATERAL", ["Marked joint space narrowing of the medial tibiofemoral compartments bilaterally, right worse than left.",
                                                                  "Marginal osteophytes and subchondral sclerosis.", "Small right suprapatellar effusion.",
                                                                  "No fracture."],
             "Moderate to severe bilateral medial compartment osteoarthritis (Kellgren-Lawrence grade 3 right, grade 2-3 left)."),
        ecg=("Sinus rhythm", ["normal ECG"]),
        tx="analgesia, physiotherapy, weight loss, intra-articular steroid injection, consider TKR",
        meds=[M("Paracetamol", "1 g", "TDS"), M("Etoricoxib", "60 mg", "OM PRN", "2 weeks"), M("Diclofenac gel 1%", "apply", "TDS", "", "TOP"),
              M("Glucosamine sulphate", "1500 mg", "OM")],
        course="", fu="Ortho SOC 3 months; list for R TKR if not improved",
        consult=("Orthopaedic Surgery", "bilateral knee OA failed conservative management - ?TKR"),
        micro=None, op=None, path=None, proc="knee", icd="M17.0"),
}
CASE_KEYS = list(CASES.keys())
MEDICAL = ["cap", "nstemi", "dengue", "chf", "stroke", "ugib", "copd", "pyelo"]
SURGICAL = ["appendix", "chole", "dmfoot", "nof", "colon"]
INPATIENT = MEDICAL + SURGICAL

PMH_POOL = ["Hypertension", "Hyperlipidaemia", "T2DM on OHGA", "IHD s/p PCI (2016)", "CKD stage 3a", "Gout", "BPH",
            "OA knees", "Childhood asthma", "Hypothyroidism", "Previous TB (treated 1998)", "GERD", "Depression", "Osteoporosis"]
PMH_ABBR = {"Hypertension": "HTN", "Hyperlipidaemia": "HLD", "T2DM on OHGA": "DM", "IHD s/p PCI (2016)": "IHD", "CKD stage 3a": "CKD3a"}


class Case:
    """A patient + scenario with consistent values throughout a document."""

    def __init__(self, R, key=None, keys=None):
        self.key = key or R.choice(keys or CASE_KEYS)
        self.c = CASES[self.key]
        self.p = Patient(R, self.c["ages"], "F" if self.key == "colon" and R.random() < .4 else None)
        self.hosp = R.choice(HOSPITALS)
        self.poly = R.choice(POLYCLINICS)
        self.gp = R.choice(GP_CLINICS)
        self.adm = self.p.ref
        self.los = R.randrange(2, 6) if self.key not in ("stroke", "nof", "dmfoot") else R.randrange(6, 15)
        self.dis = self.adm + DT.timedelta(days=self.los)
        self.pmh = R.sample(PMH_POOL, R.randrange(0, 4))
        if self.key in ("dmfoot", "dmpoly"):
            self.pmh = ["T2DM (diagnosed %d)" % (self.adm.year - R.randrange(5, 20))] + [x for x in self.pmh if "DM" not in x]
        if self.key in ("nstemi", "chf", "stroke", "dmpoly") and "Hypertension" not in self.pmh:
            self.pmh.append("Hypertension")
        self.mo = Staff(R, self.c["dept"], senior=False)
        self.reg = Staff(R, self.c["dept"], senior=True)
        self.cons = Staff(R, self.c["dept"], senior=True)
        self.cons.title = R.choice(["Consultant", "Senior Consultant", "Associate Consultant"])
        v = self.c["vit"]
        self.temp = round(R.uniform(*v["t"]), 1)
        self.hr = R.randrange(*v["hr"])
        self.sbp = R.randrange(*v["sbp"])
        self.dbp = int(self.sbp * R.uniform(0.55, 0.68))
        self.rr = R.randrange(*v["rr"])
        self.spo2 = R.randrange(*v["spo2"])
        self.pc = R.choice(self.c["pc"])
        self.dur = R.choice(["1 day", "2 days", "3 days", "4 days", "5 days", "1 week", "since this morning", "2 weeks"])
        if self.key in ("stroke", "nof", "nstemi"):
            self.dur = R.choice(["2 hours", "today", "this morning", "3 hours"])
        if self.key in ("colon", "kneeoa", "dmpoly"):
            self.dur = R.choice(["3 months", "6 months", "2 years", "several months"])
        self.labs = make_labs(R, self.c["labs"], self.p.sex)
        self.smoker = R.choice(["Non-smoker", "Ex-smoker", "Smoker 10 sticks/day", "Non-smoker", "Never smoked"])
        self.etoh = R.choice(["no alcohol", "social drinker", "occasional beer", "nil alcohol"])

    def tx(self):
        return self.c.get("tx_pen", self.c["tx"]) if self.p.pen_allergic else self.c["tx"]

    def meds(self):
        m = list(self.c["meds"])
        if self.p.pen_allergic:
            m = [x for x in m if "Amoxicillin" not in x[0]]
        return m

    def chronic_meds(self, R):
        out = []
        for x in self.pmh:
            if x == "Hypertension":
                out.append(R.choice([M("Amlodipine", "5 mg", "OM"), M("Losartan", "50 mg", "OM"), M("Nifedipine LA", "30 mg", "OM")]))
            elif x == "Hyperlipidaemia":
                out.append(R.choice([M("Simvastatin", "20 mg", "ON"), M("Atorvastatin", "20 mg", "ON"), M("Rosuvastatin", "10 mg", "ON")]))
            elif "DM" in x:
                out.append(M("Metformin", R.choice(["500 mg", "850 mg", "1 g"]), "BD"))
                if R.random() < .5:
                    out.append(M("Glipizide", "5 mg", R.choice(["OM", "BD"])))
            elif x.startswith("Gout"):
                out.append(M("Allopurinol", "100 mg", "OM"))
            elif x == "BPH":
                out.append(M("Tamsulosin", "0.4 mg", "ON"))
            elif x == "Hypothyroidism":
                out.append(M("Levothyroxine", "75 mcg", "OM"))
            elif x == "GERD":
                out.append(M("Omeprazole", "20 mg", "OM"))
            elif x == "Osteoporosis":
                out.append(M("Alendronate", "70 mg", "weekly"))
            elif x == "Depression":
                out.append(M("Sertraline", "50 mg", "OM"))
        return out


LAB_DEF = [  # key, name, unit, lo, hi, decimals
    ("Hb", "Haemoglobin", "g/dL", 12.0, 16.5, 1), ("TW", "Total White", "x10^9/L", 4.0, 10.0, 1),
    ("Plt", "Platelets", "x10^9/L", 150, 400, 0), ("Hct", "Haematocrit", "%", 36, 46, 1),
    ("MCV", "MCV", "fL", 80, 100, 1), ("Neut", "Neutrophils", "%", 40, 75, 1),
    ("Na", "Sodium", "mmol/L", 135, 145, 0), ("K", "Potassium", "mmol/L", 3.5, 5.1, 1),
    ("Cl", "Chloride", "mmol/L", 98, 107, 0), ("HCO3", "Bicarbonate", "mmol/L", 22, 29, 0),
    ("Urea", "Urea", "mmol/L", 2.8, 7.6, 1), ("Cr", "Creatinine", "umol/L", 55, 100, 0),
    ("Glu", "Glucose", "mmol/L", 3.9, 7.8, 1), ("Bili", "Bilirubin, Total", "umol/L", 5, 30, 0),
    ("ALP", "Alkaline Phosphatase", "U/L", 40, 130, 0), ("ALT", "ALT", "U/L", 10, 45, 0), ("AST", "AST", "U/L", 10, 40, 0),
    ("Alb", "Albumin", "g/L", 35, 50, 0), ("CRP", "C-Reactive Protein", "mg/L", 0, 5, 1),
    ("TropI", "Troponin I (hs)", "ng/L", 0, 17, 0), ("BNP", "NT-proBNP", "pg/mL", 0, 125, 0),
    ("HbA1c", "HbA1c", "%", 4.0, 6.0, 1), ("Chol", "Total Cholesterol", "mmol/L", 3.0, 5.2, 1),
    ("LDL", "LDL Cholesterol", "mmol/L", 1.0, 2.6, 2), ("HDL", "HDL Cholesterol", "mmol/L", 1.0, 2.0, 2),
    ("TG", "Triglycerides", "mmol/L", 0.5, 2.2, 2), ("INR", "INR", "", 0.9, 1.2, 2), ("PT", "Prothrombin Time", "sec", 11.0, 14.0, 1),
    ("APTT", "APTT", "sec", 26, 38, 1), ("CEA", "CEA", "ug/L", 0, 5, 1), ("UACR", "Urine Albumin/Creatinine Ratio", "mg/mmol", 0, 3.0, 1),
    ("pCO2", "pCO2", "mmHg", 35, 45, 0),
]
LAB_MAP = {x[0]: x for x in LAB_DEF}
PANELS = {
    "FBC": ["Hb", "TW", "Plt", "Hct", "MCV", "Neut"],
    "RENAL PANEL": ["Na", "K", "Cl", "HCO3", "Urea", "Cr", "Glu"],
    "LIVER PANEL": ["Bili", "ALP", "ALT", "AST", "Alb"],
    "LIPID PANEL": ["Chol", "LDL", "HDL", "TG"],
    "COAGULATION": ["PT", "INR", "APTT"],
}


def make_labs(R, over, sex):
    out = {}
    for k, name, unit, lo, hi, dp in LAB_DEF:
        if k in over:
            a, b = over[k]
        else:
            span = hi - lo
            a, b = lo + span * 0.15, hi - span * 0.2
            if k in ("CRP", "TropI", "BNP", "CEA", "UACR"):
                a, b = lo, hi * 0.6
        v = R.uniform(a, b)
        out[k] = round(v, dp) if dp else int(round(v))
    if sex == "F" and "Hb" not in over:
        out["Hb"] = round(out["Hb"] - 1.0, 1)
    return out


def flag(k, v):
    _, _, _, lo, hi, _ = LAB_MAP[k]
    return "H" if v > hi else ("L" if v < lo else "")


def ref_range(k):
    _, _, _, lo, hi, dp = LAB_MAP[k]
    if k in ("CRP", "TropI", "BNP", "CEA", "UACR"):
        return f"<{hi}"
    f = (lambda x: f"{x:.{dp}f}") if dp else (lambda x: str(int(x)))
    return f"{f(lo)} - {f(hi)}"


# ---------------------------------------------------------------- layout helpers
def hstyle(R):
    k = R.randrange(8)

    def h(t):
        if k == 0:
            return t.upper() + ":"
        if k == 1:
            return t + ":"
        if k == 2:
            return t.upper() + "\n" + "-" * len(t)
        if k == 3:
            return "[" + t + "]"
        if k == 4:
            return t.upper()
        if k == 5:
            return "** " + t + " **"
        if k == 6:
            return t + " -"
        return "<" + t.upper() + ">"
    return h


def letterhead(R, hosp, dept=None, compact=None):
    name, abbr, addr = hosp
    tel = "Tel: 6%s %s" % (R.randrange(100, 999), R.randrange(1000, 9999))
    fax = "Fax: 6%s %s" % (R.randrange(100, 999), R.randrange(1000, 9999))
    k = R.randrange(6) if compact is None else 0
    d = dept or ""
    if k == 0:
        return f"{name.upper()}\n{d}".rstrip()
    if k == 1:
        return f"{name}\n{addr}\n{tel}  {fax}\n{('Department of ' + d) if d else ''}".rstrip()
    if k == 2:
        return f"{abbr} | {name} | {d}\n{'=' * 60}"
    if k == 3:
        return f"{' ' * 12}{name.upper()}\n{' ' * 12}(A member of the {R.choice(['Eastern', 'Central', 'Western', 'Northern'])} Healthcare Cluster)\n{' ' * 12}{addr}\n{' ' * 12}{tel}"
    if k == 4:
        return f"{abbr}\n{d.upper()}\n{addr}  |  {tel}"
    return f"{name} - {d}\nReg. No. {R.randrange(199000000, 201999999)}{R.choice('KMNZE')}"


def pt_block(R, p, df, extra=None, style=None):
    k = R.randrange(6) if style is None else style
    ex = extra or {}
    if k == 0:
        s = f"Name: {p.name.upper()}\nNRIC: {p.nric}        MRN: {p.mrn}\nDOB: {df(p.dob)}   Age: {p.age}   Sex: {p.sex}"
    elif k == 1:
        s = f"Patient Name : {p.name}\nNRIC/FIN     : {p.nric}\nCase No      : {p.mrn}\nAge/Sex      : {p.age}Y / {p.sexw().title()}"
    elif k == 2:
        s = f"{p.name.upper()}   {p.nric}   {p.age}{p.sex.lower()}   MRN {p.mrn}"
    elif k == 3:
        s = (f"+{'-' * 46}+\n| {p.name.upper():<44} |\n| {p.nric:<12} {p.sex}/{p.age:<3}  DOB {df(p.dob):<20}|\n"
             f"| MRN {p.mrn:<14} Ward {p.ward}-{p.bed:<17}|\n+{'-' * 46}+")
    elif k == 4:
        s = f"Pt: {p.name} ({p.nric})  {p.age}/{p.sex}  Race: {p.race}"
    else:
        s = f"PATIENT: {p.name.upper()}\nI/C No.: {p.nric}\nHospital No.: {p.mrn}\nD.O.B.: {df(p.dob)}    Gender: {p.sexw().upper()}"
    for a, b in ex.items():
        s += f"\n{a}: {b}"
    return s


def footer(R, df, d, staff=None):
    opts = [f"Page 1 of {R.randrange(1, 4)}",
            "This is a computer generated document. No signature is required.",
            f"Printed on {df(d)} {hh_mm(R)} by {R.choice(['SYSTEM', 'ccr' + str(R.randrange(100, 999)), 'user ' + str(R.randrange(10000, 99999))])}",
            "CONFIDENTIAL - contains patient identifiable information",
            f"{R.choice(['SCM', 'EMR', 'OCM', 'Sunrise'])} v{R.randrange(3, 9)}.{R.randrange(0, 9)}  -  Printed: {df(d)}",
            "",
            "-- End of Report --",
            f"Form {R.choice(['MR', 'MRD', 'NUR', 'CLN'])}-{R.randrange(100, 999)} (Rev {R.randrange(1, 9)}/{R.randrange(10, 24)})"]
    return R.choice(opts)


def med_line(R, m, style):
    drug, dose, freq, dur, route = m
    if style == 0:
        return f"{drug} {dose} {freq}" + (f" x {dur}" if dur and dur[0].isdigit() else (f" ({dur})" if dur else ""))
    if style == 1:
        return f"{drug:<40}{dose:<10}{route:<5}{freq:<10}{dur}"
    if style == 2:
        return f"{drug.upper()} {dose} {route} {freq}"
    if style == 3:
        return f"Tab/Cap {drug} {dose} {freq}" if route == "PO" else f"{drug} {dose} {route} {freq}"
    return f"{drug} - {dose} - {freq} - {dur or 'cont'}"


def num_list(R, items, style=None):
    k = R.randrange(5) if style is None else style
    out = []
    for i, it in enumerate(items):
        if k == 0:
            out.append(f"{i + 1}. {it}")
        elif k == 1:
            out.append(f"- {it}")
        elif k == 2:
            out.append(f"{i + 1}) {it}")
        elif k == 3:
            out.append(f"  * {it}")
        else:
            out.append(f"({chr(97 + i)}) {it}")
    return "\n".join(out)


def cap1(s):
    return s[:1].upper() + s[1:] if s else s


OCR_SUB = [("l", "1"), ("I", "l"), ("O", "0"), ("0", "O"), ("rn", "m"), ("m", "rn"), ("e", "c"), ("S", "5"),
           ("B", "8"), (",", "."), (".", ","), ("cl", "d"), ("h", "b"), ("u", "v"), ("i", "l"), (":", ";")]


def ocr(R, text):
    """Simulate scan/OCR artefacts at a randomly chosen (often zero) level."""
    lvl = R.choice([0, 0, 0, 1, 1, 2])
    if lvl == 0:
        return text
    rate = 0.004 if lvl == 1 else 0.012
    out = []
    for line in text.split("\n"):
        if line and R.random() < rate * 6:
            a, b = R.choice(OCR_SUB)
            if a in line:
                idx = line.find(a, R.randrange(len(line)))
                if idx >= 0:
                    line = line[:idx] + b + line[idx + len(a):]
        if lvl == 2 and line and R.random() < 0.03:
            line = R.choice(["|", "l ", "' ", ". ", "~"]) + line
        if lvl == 2 and R.random() < 0.02:
            line = line.replace(" ", "  ", 1)
        if R.random() < 0.01 and len(line) > 30:
            cut = R.randrange(10, len(line) - 5)
            line = line[:cut] + "\n" + line[cut:]
        out.append(line)
    if R.random() < 0.15:
        out.insert(0, R.choice(["", ".", "_" * R.randrange(5, 40), "SCANNED", "(Scanned copy)"]))
    return "\n".join(out)


def paginate(R, text, hdr, pages_footer=True):
    lines = text.split("\n")
    if len(lines) < 55 or R.random() < 0.3:
        return text
    n = R.randrange(45, 60)
    chunks = [lines[i:i + n] for i in range(0, len(lines), n)]
    tot = len(chunks)
    out = []
    for i, ch in enumerate(chunks):
        if i > 0:
            out.append(hdr + (" (cont'd)" if R.random() < .5 else ""))
            out.append("")
        out.extend(ch)
        if pages_footer:
            out.append("")
            out.append(R.choice([f"Page {i + 1} of {tot}", f"- {i + 1} -", f"{i + 1}/{tot}", f"Page {i + 1}"]))
    return "\n".join(out)


def vitals_str(R, cs, k=None):
    k = R.randrange(5) if k is None else k
    if k == 0:
        return f"T {cs.temp}  BP {cs.sbp}/{cs.dbp}  HR {cs.hr}  RR {cs.rr}  SpO2 {cs.spo2}% RA"
    if k == 1:
        return f"Temp: {cs.temp} C\nBP: {cs.sbp}/{cs.dbp} mmHg\nPulse: {cs.hr} bpm\nResp rate: {cs.rr}/min\nSpO2: {cs.spo2}% on room air"
    if k == 2:
        return f"Vitals: T{cs.temp} / BP{cs.sbp}/{cs.dbp} / P{cs.hr} / RR{cs.rr} / SpO2 {cs.spo2}%"
    if k == 3:
        return f"afebrile" if cs.temp < 37.5 else f"febrile {cs.temp}" + f", HR {cs.hr}, BP {cs.sbp}/{cs.dbp}, sats {cs.spo2}% RA"
    return f"BP {cs.sbp}/{cs.dbp}, PR {cs.hr}/min reg, T {cs.temp}, SaO2 {cs.spo2}%"


def lab_summary(R, cs, keys=None):
    L = cs.labs
    keys = keys or ["Hb", "TW", "Plt", "Na", "K", "Cr", "CRP"]
    extra = [k for k in cs.c["labs"] if k not in keys]
    parts = []
    for k in keys + extra:
        parts.append(f"{k} {L[k]}")
    return R.choice([", ".join(parts), " / ".join(parts), "  ".join(parts)])


def hx_text(R, cs, abbr=False):
    c = cs.c
    p = cs.p
    items = R.sample(c["hpi"], R.randrange(3, len(c["hpi"]) + 1))
    if abbr:
        return f"{p.age}{p.sex} c/o {cs.pc} x {cs.dur}.\n" + "\n".join("- " + x for x in items)
    opener = R.choice([f"{p.age} year old {p.race} {p.sexw()} presented with {cs.pc} for {cs.dur}.",
                       f"This is a {p.age}-year-old {p.sexw()} with {', '.join(cs.pmh) if cs.pmh else 'no significant past medical history'} who presented with {cs.pc} of {cs.dur} duration.",
                       f"Pt is a {p.age}yo {p.race} {p.sexw()}, came in for {cs.pc} ({cs.dur}).",
                       f"{p.honor()} is a {p.age} year-old {p.sexw()} who was brought in by {R.choice(['ambulance (SCDF)', 'family', 'own transport', 'taxi'])} for {cs.pc}."])
    return opener + " " + " ".join(cap1(x) + "." for x in items)


def pmh_text(R, cs):
    if not cs.pmh:
        return R.choice(["Nil", "NIL", "No significant PMH", "Nil known", "Previously well"])
    return num_list(R, cs.pmh)


def exam_text(R, cs, abbr=False):
    ex = R.sample(cs.c["exam"], R.randrange(3, len(cs.c["exam"]) + 1))
    if abbr:
        return "; ".join(ex)
    return "\n".join(cap1(x) for x in ex)


def imp_plan(R, cs):
    c = cs.c
    plan = [f"Admit {c['dept']}" if R.random() < .5 else f"Admit under {cs.cons.name.split()[-1] if R.random()<.3 else c['dept']}"]
    plan += [cap1(x.strip()) for x in cs.tx().split(",")]
    plan += R.sample(["Strict I/O chart", "Monitor vitals 4 hourly", "Trend FBC/RP in AM", "Update family", "VTE prophylaxis as per protocol",
                      "Keep SpO2 > 94%", "Fall precautions", "Dietician referral", "MSW referral for financial counselling", "PT/OT assessment"], 2)
    return plan


# ================================================================ GENERATORS
def meds_block(R, meds, style=None):
    st = R.randrange(5) if style is None else style
    return num_list(R, [med_line(R, m, st) for m in meds], R.choice([0, 1, 2, 3])) if st != 1 else "\n".join(med_line(R, m, 1) for m in meds)


def discharge_meds(R, cs):
    return cs.meds() + cs.chronic_meds(R)


def gen_discharge_summary(R):
    cs = Case(R, keys=INPATIENT)
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    k = R.randrange(7)
    lh = letterhead(R, cs.hosp, c["dept"])
    meds = discharge_meds(R, cs)
    ix = [f"FBC: Hb {cs.labs['Hb']}, TW {cs.labs['TW']}, Plt {cs.labs['Plt']}",
          f"RP: Na {cs.labs['Na']}, K {cs.labs['K']}, Cr {cs.labs['Cr']}"]
    if c["img"]:
        ix.append(f"{c['img'][1].title()}: {c['img'][3]}")
    if c["micro"]:
        ix.append(c["micro"])
    mc = R.choice(["", f"MC given from {df(cs.adm)} to {df(cs.dis + DT.timedelta(days=R.randrange(3, 14)))}", "HL given", "MC: 7 days", "Nil MC (retired)"])
    if k == 0:
        t = R.choice(["DISCHARGE SUMMARY", "Inpatient Discharge Summary", "DISCHARGE SUMMARY (FINAL)", ""])
        parts = [lh, t, pt_block(R, p, df), "",
                 f"Date of Admission: {df(cs.adm)}      Date of Discharge: {df(cs.dis)}",
                 f"Ward/Bed: {p.ward}-{p.bed}   Class: {p.cls}   Discipline: {c['dept']}",
                 f"Attending Consultant: {cs.cons.name}", "",
                 h("Principal Diagnosis"), c["dx"], "",
                 h("Secondary Diagnoses / Comorbidities"), pmh_text(R, cs), ""]
        if c["op"] or c["proc"]:
            parts += [h("Procedures"), cs.tx().split(",")[-1].strip().capitalize() + f" ({df(cs.adm + DT.timedelta(days=R.randrange(0, 3)))})", ""]
        parts += [h("History"), hx_text(R, cs), "", h("Hospital Course"), c["course"], "",
                  h("Investigations"), "\n".join(ix), "",
                  h("Condition at Discharge"), R.choice(["Stable", "Improved", "Fair, ambulant with frame", "Good"]), "",
                  h("Discharge Medications"), meds_block(R, meds), "",
                  h("Follow-up"), c["fu"], "", mc, "", cs.mo.sig(R), "", footer(R, df, cs.dis)]
    elif k == 1:
        parts = [lh, "", f"Date: {df(cs.dis)}", "", R.choice(["Dear Doctor,", "Dear Colleague,", f"Dear Dr {R.choice(CH_SUR)},", "To the attending GP / Polyclinic doctor,"]), "",
                 f"Re: {p.name.upper()} ({p.nric})", "",
                 f"Thank you for {R.choice(['your referral of', 'continuing the care of', 'following up on'])} the above-named patient who was admitted to our {c['dept']} service from {df(cs.adm)} to {df(cs.dis)}.", "",
                 f"Diagnosis: {c['dx']}", f"Other problems: {', '.join(cs.pmh) or 'nil'}", "",
                 hx_text(R, cs), "", c["course"], "",
                 "Medications on discharge:", meds_block(R, meds, 0), "",
                 f"Follow-up: {c['fu']}.", R.choice(["Kindly review and titrate medications as appropriate.", "We would be grateful if you could review the patient's progress.", "Please do not hesitate to contact us if you have any queries."]), "",
                 R.choice(["Yours sincerely,", "Thank you.", "Regards,"]), "", cs.mo.sig(R), f"for {cs.cons.name}, {cs.cons.title}"]
    elif k == 2:
        parts = [f"{cs.hosp[1]} - D/C SUMMARY", f"{p.name} {p.nric} {p.age}/{p.sex}  Adm {df(cs.adm)}  D/C {df(cs.dis)}", "",
                 "Dx:", "1. " + c["dx"]] + [f"{i + 2}. {x}" for i, x in enumerate(cs.pmh)] + ["",
                 "Hx: " + hx_text(R, cs, abbr=True), "", "Ix:", "\n".join("- " + x for x in ix), "",
                 "Progress: " + c["course"], "", "D/C meds:", meds_block(R, meds, 2), "",
                 "TCU: " + c["fu"], mc, "", f"{cs.mo.name} / {cs.mo.title}"]
    elif k == 3:
        parts = [lh, "", R.choice(["CLINICAL SUMMARY", "SUMMARY OF HOSPITALISATION", "Medical Summary"]), pt_block(R, p, df), "",
                 f"{p.honor()} was admitted on {df(cs.adm)} for {c['short']}. " + hx_text(R, cs) + " "
                 + f"On examination, {exam_text(R, cs, True)}. {vitals_str(R, cs, 3)}.", "",
                 f"Initial management included {cs.tx()}. " + c["course"], "",
                 f"{p.pro()} was discharged well on {df(cs.dis)} with the following medications:", meds_block(R, meds, 0), "",
                 f"{p.pro()} will be followed up at {c['fu']}.", "", cs.reg.sig(R), "", footer(R, df, cs.dis)]
    elif k == 4:
        parts = [R.choice(["HOSPITAL DISCHARGE NOTE - POLYCLINIC COPY", "DISCHARGE MEMO", "Discharge Note (Copy to Polyclinic/GP)"]),
                 f"{cs.hosp[0]}", "",
                 f"1. Patient: {p.name}  NRIC: {p.nric}", f"2. Admitted: {df(cs.adm)}   Discharged: {df(cs.dis)}   LOS: {cs.los} days",
                 f"3. Diagnosis: {c['dx']}  [{c['icd']}]", f"4. Co-morbidities: {', '.join(cs.pmh) or 'Nil'}",
                 f"5. Treatment given: {cs.tx()}", f"6. Medications:\n{meds_block(R, meds, 4)}",
                 f"7. Allergies: {p.allergy}", f"8. Follow-up: {c['fu']}",
                 f"9. Discharged to: {R.choice(['Home', 'Home with family', 'Community hospital', 'Nursing home'])}",
                 f"10. Remarks: {R.choice(['Nil', 'Please review BP', 'Please repeat FBC in 1 week', 'Kindly continue chronic meds'])}", "",
                 f"Doctor: {cs.mo.name} ({cs.mo.reg})  Date: {df(cs.dis)}"]
    elif k == 5:
        parts = [lh, pt_block(R, p, df, {"Bill type": R.choice(["Subsidised", "Private", "Subsidised (MediFund)"]), "Ward class": p.cls}), "",
                 h("Admission details"), f"Admitted via {R.choice(['Emergency Department', 'SOC', 'Polyclinic referral', 'Direct admission'])} on {df(cs.adm)} {hh_mm(R)}", "",
                 h("Presenting complaint"), cap1(cs.pc) + f" x {cs.dur}", "",
                 h("Diagnosis"), c["dx"], "", h("Summary"), c["course"], "",
                 h("Allergies"), p.allergy, "",
                 h("Meds on discharge"), meds_block(R, meds, 1), "",
                 h("Appointments"), c["fu"], "", h("MC"), mc or "Nil", "",
                 f"Prepared by: {cs.mo.name}  Checked by: {cs.reg.name}", footer(R, df, cs.dis)]
    else:
        parts = [lh, R.choice(["DISCHARGE SUMMARY - AT OWN RISK (AOR)", "Discharge against medical advice", "AOR DISCHARGE NOTE"]),
                 pt_block(R, p, df), "",
                 f"Admitted {df(cs.adm)} for {c['short']}.", c["course"].split(".")[0] + ".", "",
                 f"Patient requested discharge on {df(cs.adm + DT.timedelta(days=1))} {R.choice(['due to financial concerns', 'as he/she wishes to care for family at home', 'for personal reasons', 'to seek treatment elsewhere'])}.",
                 "Risks of discharge explained including worsening of condition and death. Patient understood and signed AOR form.",
                 R.choice(["Family informed.", "Witnessed by SN.", "Daughter present during discussion."]), "",
                 "Medications given:", meds_block(R, meds[:3], 0), "", f"Advised to return to ED if {R.choice(['worse', 'symptoms recur', 'fever persists'])}. Appt given: {c['fu']}.", "",
                 cs.mo.sig(R)]
    hdr = f"{p.name.upper()}  {p.nric}"
    return paginate(R, "\n".join(parts), hdr)


def gen_history_physical(R):
    cs = Case(R, keys=INPATIENT)
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    k = R.randrange(7)
    dhx = cs.chronic_meds(R)
    dhx_s = meds_block(R, dhx, 0) if dhx else "Nil regular meds"
    shx = f"{cs.smoker}, {cs.etoh}. {R.choice(['Lives with spouse', 'Lives with son and family', 'Lives alone', 'Lives with maid'])} in {R.choice(['3-room', '4-room', '5-room', '2-room rental'])} HDB flat{R.choice([' with lift landing', ', no lift landing', ''])}. {R.choice(['ADL independent', 'Community ambulant', 'Uses walking stick', 'Retired ' + R.choice(['taxi driver', 'hawker', 'clerk', 'cleaner', 'teacher'])])}."
    fhx = R.choice(["NIL", "Father - DM, HTN", "Mother - breast CA", "Nil significant", "Brother IHD at 55"])
    ros = R.sample(["no fever", "no LOW/LOA", "no chest pain", "no SOB", "no abd pain", "no urinary sx", "no headache", "no giddiness"], 4)
    if k == 0:
        parts = [letterhead(R, cs.hosp, c["dept"]), R.choice(["ADMISSION CLERKING", "Admission Note", "CLERKING NOTES", ""]), pt_block(R, p, df),
                 f"Date/Time: {df(cs.adm)} {hh_mm(R)}", "", h("Presenting Complaint"), f"{cap1(cs.pc)} x {cs.dur}", "",
                 h("HOPC"), hx_text(R, cs), "", h("PMHx"), pmh_text(R, cs), "", h("DHx"), dhx_s, "", h("Allergies"), p.allergy, "",
                 h("SHx"), shx, "", h("FHx"), fhx, "", h("Systemic review"), ", ".join(ros), "",
                 h("O/E"), vitals_str(R, cs), exam_text(R, cs), "", h("Ix"), lab_summary(R, cs), "",
                 h("Impression"), c["dx"], "", h("Plan"), num_list(R, imp_plan(R, cs)), "", cs.mo.sig(R)]
    elif k == 1:
        parts = [f"{p.ward}/{p.bed}  {p.name}  {p.nric}", f"Adm {df(cs.adm)}  {hh_mm(R)}   {c['dept']} (Team {R.choice('ABCDEF')})", "",
                 hx_text(R, cs, abbr=True), "", "PMHx:", pmh_text(R, cs), "", "Meds:", dhx_s, f"DA: {p.allergy}", "",
                 "SHx: " + shx, "", "O/E", vitals_str(R, cs, 0), exam_text(R, cs, True), "",
                 "Ix: " + lab_summary(R, cs), "", "Imp: " + c["short"], "", "Mx:", num_list(R, imp_plan(R, cs), 1), "", f"{cs.mo.initials} (MO)"]
    elif k == 2:
        parts = [letterhead(R, cs.hosp), "HISTORY AND PHYSICAL EXAMINATION", pt_block(R, p, df), "",
                 h("Chief complaint"), cap1(cs.pc), "", h("History of present illness"), hx_text(R, cs), "",
                 h("Past medical history"), pmh_text(R, cs), "", h("Medications"), dhx_s, "", h("Drug allergies"), p.allergy, "",
                 h("Social history"), shx, "", h("Family history"), fhx, "",
                 h("Physical examination"), vitals_str(R, cs, 1), "General: " + R.choice(["alert, comfortable", "lethargic but orientated", "in pain", "dyspnoeic"]),
                 exam_text(R, cs), "", h("Assessment"), c["dx"], "", h("Plan"), num_list(R, imp_plan(R, cs), 0), "", cs.reg.sig(R)]
    elif k == 3:
        parts = [f"{cs.hosp[1]} {c['dept'].upper()} - ADMISSION", f"Name: {p.name}  IC: {p.nric}  Age: {p.age}", f"Source of referral: {R.choice(['ED', 'Polyclinic', 'SOC', 'GP letter'])}",
                 f"Informant: {R.choice(['patient', 'patient and daughter', 'son (patient aphasic)', 'maid and case notes'])}   Language: {p.lang}", "",
                 "C/O " + cs.pc + " " + cs.dur, "", hx_text(R, cs), "", "Background: " + (", ".join(cs.pmh) or "nil"),
                 "Meds: " + (", ".join(f"{m[0]} {m[1]} {m[2]}" for m in dhx) or "nil"), f"Allergy: {p.allergy}", "",
                 "Examination:", f"GCS 15, {vitals_str(R, cs, 4)}", exam_text(R, cs), "", "Investigations:", lab_summary(R, cs), "",
                 "Issues:", num_list(R, [c["short"]] + [x for x in cs.pmh[:2]], 0), "", "Plan discussed with Reg " + cs.reg.name + ".", cs.mo.sig(R)]
    elif k == 4:
        parts = [letterhead(R, cs.hosp, c["dept"]), pt_block(R, p, df),
                 f"Seen at {hh_mm(R)} on {df(cs.adm)}", "",
                 h("S"), hx_text(R, cs), f"PMH: {', '.join(cs.pmh) or 'nil'}. {p.allergy}.", "",
                 h("O"), vitals_str(R, cs, 2), exam_text(R, cs, True), lab_summary(R, cs), "",
                 h("A"), c["dx"], "", h("P"), "\n".join("- " + x for x in imp_plan(R, cs)), "", cs.mo.sig(R, False)]
    elif k == 5:
        parts = [R.choice(["Initial Medical Assessment", "ADMISSION H&P", "Medical Admission Assessment Form"]), pt_block(R, p, df, {"Admission date": df(cs.adm)}), "",
                 "1. Reason for admission: " + cs.pc, "2. History: " + hx_text(R, cs), "3. Past history: " + (", ".join(cs.pmh) or "Nil"),
                 "4. Current medication: " + (", ".join(m[0] for m in dhx) or "Nil"), "5. Allergy: " + p.allergy,
                 f"6. Functional status: {R.choice(['Independent', 'Assisted ambulation', 'Wheelchair-bound'])}", "7. Vital signs: " + vitals_str(R, cs, 0),
                 "8. Physical findings: " + exam_text(R, cs, True), "9. Provisional diagnosis: " + c["dx"],
                 "10. Resuscitation status: " + R.choice(["For full resuscitation", "Not for CPR (discussed with family)", "Full code"]),
                 "11. Management plan: " + "; ".join(imp_plan(R, cs)), "", f"Name of doctor: {cs.mo.name}   MCR: {cs.mo.reg}   Date: {df(cs.adm)}"]
    else:
        parts = [f"*** {c['dept'].upper()} ***", f"{p.name.upper()} / {p.age}{p.sex} / {p.race}", "",
                 f"{p.age} yo {p.race[0]}{p.sex} {p.allergy}", "PMHx: " + "; ".join(PMH_ABBR.get(x, x) for x in cs.pmh) if cs.pmh else "No PMHx", "",
                 f"Referred from {R.choice(['ED', cs.poly, cs.gp])} for {c['short']}", "", "HPI:", "\n".join("- " + cap1(x) for x in R.sample(c["hpi"], 4)), "",
                 "ROS: " + ", ".join(ros), "", "PE:", vitals_str(R, cs, 2), "\n".join("  " + x for x in c["exam"]), "",
                 "Labs: " + lab_summary(R, cs), (f"Imaging: {c['img'][3]}" if c["img"] else ""), "", "A/P: " + c["short"], num_list(R, imp_plan(R, cs), 1), "",
                 f"Discussed w {cs.reg.title} {cs.reg.name}", f"{cs.mo.name} {cs.mo.title}  pager {R.randrange(1000, 9999)}"]
    return paginate(R, "\n".join(parts), f"{p.name} {p.mrn}")


def gen_progress_note(R):
    cs = Case(R)
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    day = R.randrange(1, max(2, cs.los))
    d = cs.adm + DT.timedelta(days=day)
    outpt = cs.key in ("dmpoly", "kneeoa") or R.random() < 0.25
    surg = cs.key in SURGICAL
    k = R.randrange(7)
    sub = R.choice(["feels better", "less SOB today", "pain improved", "slept well", "still lethargic", "no fever overnight", "tolerating feeds", "mild pain at op site"])
    if outpt:
        v = R.randrange(4)
        dt = rand_date(R)
        meds = cs.meds() + cs.chronic_meds(R)
        if v == 0:
            parts = [letterhead(R, cs.hosp, c["dept"] + " - Specialist Outpatient Clinic"), pt_block(R, p, df), f"Visit date: {df(dt)}   Clinic {R.randrange(1, 40)}{R.choice('ABC')}", "",
                     h("Diagnosis"), c["dx"], "", h("Interval history"), f"Last seen {R.randrange(2, 7)} months ago. " + cap1(R.choice(c['hpi'])) + ". " + R.choice(["Compliant to medications.", "Missed doses occasionally.", "No new complaints."]), "",
                     h("Examination"), vitals_str(R, cs, 0), exam_text(R, cs, True), "", h("Results"), lab_summary(R, cs, ["Hb", "Cr", "Glu"]), "",
                     h("Plan"), num_list(R, [R.choice(["Continue current meds", "Titrate meds as below", "Add " + meds[0][0]]), "Repeat bloods before next visit", "TCU " + c["fu"]]), "", cs.cons.sig(R)]
        elif v == 1:
            parts = [f"{cs.poly.upper()}", f"Doctor consultation - {df(dt)} {hh_mm(R, 8, 17)}", f"{p.name} ({p.nric}) {p.age}/{p.sex}", "",
                     f"Seen for {cs.pc}.", R.choice(["CBG today ", "Home BP "]) + R.choice(["ok", "high", "7-9", "140s/90s"]) + ".",
                     "Hx: " + "; ".join(R.sample(c["hpi"], 3)), "O/E: " + vitals_str(R, cs, 2) + ". " + exam_text(R, cs, True),
                     f"Dx: {c['dx']}", "Mx:", meds_block(R, meds, 0), f"TCU {R.choice(['3/12', '4/12', '6/12', '2/52'])} with blood test", "", f"{cs.mo.name} (MCR {cs.mo.reg})"]
        elif v == 2:
            parts = [f"SOC FOLLOW-UP  {df(dt)}", f"{p.name}  {p.mrn}", "", f"S: {sub}. " + cap1(R.choice(c["hpi"])) + ".", f"O: {vitals_str(R, cs, 4)}; {exam_text(R, cs, True)}",
                     f"A: {c['short']} - {R.choice(['stable', 'improving', 'suboptimal control', 'progressing'])}", f"P: {c['tx']}. RV {R.choice(['3 mths', '6 mths', '6/52', '12/52'])}.", "", cs.reg.name]
        else:
            parts = [letterhead(R, cs.hosp, c["dept"]), f"Outpatient Review Note", pt_block(R, p, df), "",
                     f"Date: {df(dt)}", f"Seen by: {cs.reg.name}, {cs.reg.title}", f"Accompanied by: {R.choice(['self', 'daughter', 'wife', 'son', 'maid'])}", "",
                     f"Progress since last visit: {R.choice(['Improved', 'Same', 'Worse', 'Fluctuating'])}", "Symptoms: " + ", ".join(R.sample(c["hpi"], 2)),
                     "Medication compliance: " + R.choice(["Good", "Fair", "Poor"]), "Findings: " + exam_text(R, cs, True), "",
                     "Impression: " + c["short"], "Plan: " + c["tx"], f"Next appointment: {df(dt + DT.timedelta(days=R.choice([42, 84, 90, 180])))}"]
        return "\n".join(parts)
    pod = f"POD{day}" if surg else f"D{day + 1}"
    if k == 0:
        parts = [f"{df(d)} {hh_mm(R, 7, 11)}  WR {R.choice(['Reg', 'Cons', 'MO'])}  ({pod})", f"{p.name} {p.ward}-{p.bed}", "",
                 f"S: {sub}", f"O: {vitals_str(R, cs, 0)}", "   " + exam_text(R, cs, True), f"   {lab_summary(R, cs, ['Hb', 'TW', 'Cr'])}",
                 f"A: {c['short']} - {R.choice(['improving', 'clinically better', 'stable', 'slow progress'])}", "P:",
                 num_list(R, R.sample(["Continue current mx", "Step down to oral abx", "Trend FBC", "PT/OT", "Plan for discharge in 1-2 days", "Update family", "Repeat RP tomorrow", "Chase cultures"], 3), 1), "",
                 f"{cs.reg.initials}/{cs.mo.initials}"]
    elif k == 1:
        parts = [letterhead(R, cs.hosp, c["dept"]), pt_block(R, p, df), "", R.choice(["PROGRESS NOTES", "Continuation sheet", "Clinical Notes", ""]), ""]
        dd = cs.adm
        for i in range(R.randrange(2, 5)):
            dd = dd + DT.timedelta(days=1)
            parts += [f"{df(dd)} {hh_mm(R)}", f"  {R.choice(['Afebrile', 'Febrile ' + str(cs.temp), 'Comfortable', 'Stable'])}. {R.choice(['Chest clear', 'Abd soft', 'Wound clean', 'Less oedema', 'Ambulating'])}.",
                      f"  Plan: {R.choice(['cont mx', 'd/c planning', 'MSW to see', 'physio', 'repeat bloods', 'review by cons'])}", f"  {R.choice([cs.mo.initials, cs.reg.initials])}", ""]
    elif k == 2:
        parts = [f"Ward round note - {c['dept']}", f"Date: {df(d)}", f"Patient: {p.name}, {p.age}{p.sex}, {p.ward}/{p.bed}", f"Day {day + 1} of admission for {c['short']}", "",
                 h("Issues"), num_list(R, [c["short"]] + cs.pmh[:2], 0), "", h("Subjective"), cap1(sub) + ".", "",
                 h("Objective"), vitals_str(R, cs, 1), exam_text(R, cs), "", h("Assessment/Plan"), c["course"].split(".")[0] + ". " + R.choice(["Continue.", "Plan as above.", "For review tomorrow."]), "",
                 cs.mo.sig(R)]
    elif k == 3:
        parts = [f"{hh_mm(R)} Called to see pt re: {R.choice(['fever spike', 'desaturation', 'chest pain', 'hypotension', 'confusion', 'low urine output'])}",
                 f"{p.name} ({p.nric})", f"{p.age}{p.sex} adm for {c['short']}, {pod}", "",
                 f"Pt {R.choice(['alert', 'drowsy but rousable', 'comfortable'])}.", vitals_str(R, cs, 2), exam_text(R, cs, True), "",
                 "Imp: " + R.choice(["?HAP", "?fluid overload", "?sepsis", "likely anxiety", "?post-op atelectasis", "?AKI pre-renal"]),
                 "Plan:", "- " + R.choice(["septic workup, BC x2", "CXR, ABG", "IV frusemide 20mg stat", "IV NS 500ml bolus", "ECG, trop"]),
                 "- Monitor vitals hourly x 4", "- Inform primary team in AM", "", f"{cs.mo.name} (night MO)"]
    elif k == 4:
        parts = [cs.hosp[0], f"MULTIDISCIPLINARY CASE NOTE {df(d)}", f"Name: {p.name}  NRIC: {p.nric}", "",
                 f"Medical: {c['course'][:90]}...", f"Nursing: {R.choice(['BO today', 'Sleeping well', 'Pressure areas intact', 'Needs 1 assist'])}",
                 f"Physio: {R.choice(['Ambulating 20m with frame', 'Chest physio done', 'Sit-to-stand with min assist'])}",
                 f"MSW: {R.choice(['Family applying for MediFund', 'Caregiver training arranged', 'Financial counselling done - Medisave to be used'])}",
                 f"Disposition: {R.choice(['Home', 'CH rehab', 'Nursing home', 'Home with HH'])}", "EDD: " + df(cs.dis), "", f"Chaired by {cs.cons.name}"]
    elif k == 5:
        parts = [f"{df(d)}", f"{c['dept']} CONSULTANT ROUND ({cs.cons.name})", "",
                 f"{p.age}{p.sex} with {', '.join(PMH_ABBR.get(x, x) for x in cs.pmh) or 'no PMHx'}", f"Adm {df(cs.adm)} for {c['dx']}", "",
                 "Progress:", "- " + sub, "- " + exam_text(R, cs, True), "- " + lab_summary(R, cs, ["Hb", "TW", "CRP"]), "",
                 "Cons plan:", num_list(R, ["Agree with current treatment", R.choice(["Can step down abx", "Keep NBM till tomorrow", "Add PPI", "Start diuretics PO"]), "Discharge when " + R.choice(["afebrile 24h", "ambulant", "tolerating diet", "pain controlled"])], 2), "",
                 f"Documented by {cs.mo.name}"]
    else:
        parts = [f"Date | Time | Notes", f"{df(d)} | {hh_mm(R)} | {c['dept']} MO review",
                 f"   | | {cap1(sub)}. {vitals_str(R, cs, 3)}.", f"   | | {exam_text(R, cs, True)}",
                 f"   | | Impression: {c['short']}, {pod}", f"   | | Plan: {cs.tx().split(',')[0]}; {R.choice(['review with results', 'continue', 'PT to see'])}",
                 f"   | | {cs.mo.name} ({cs.mo.reg})"]
    return "\n".join(parts)


def gen_consult_note(R):
    cs = Case(R, keys=INPATIENT + ["dmpoly", "kneeoa"])
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    spec, q = c["consult"]
    cons = Staff(R, spec, senior=True)
    req = Staff(R, c["dept"] if spec != c["dept"] else "General Medicine", senior=False)
    d = cs.adm + DT.timedelta(days=R.randrange(0, 3))
    recs = {"Respiratory Medicine": ["Diagnostic pleural tap under US guidance", "Send pleural fluid for FEME, C/S, AFB, cytology", "Continue current antibiotics", "Repeat CXR in 6 weeks"],
            "Cardiology": ["Start DAPT", "Coronary angiogram tomorrow", "Echo", "Keep K > 4, Mg > 1"],
            "Infectious Diseases": ["Continue current antimicrobial", "Total duration 7-14 days", "Repeat blood cultures", "Avoid NSAIDs"],
            "General Surgery": ["Keep NBM", "IV antibiotics", "CT abdomen", "Will review with results"],
            "Endocrinology": ["Start basal insulin glargine 10 u ON, titrate by 2 u every 3 days", "Continue metformin", "Diabetic nurse educator", "Endo SOC 6 weeks"],
            "Rehabilitation Medicine": ["Suitable for inpatient rehab", "Continue PT/OT/ST", "Transfer to community hospital when medically stable"],
            "Geriatric Medicine": ["Delirium precautions", "Avoid anticholinergics", "Optimise for surgery - fit from medical standpoint", "Vit D level, osteoporosis treatment post-op"],
            "Gastroenterology": ["Urgent OGD today", "IV PPI infusion", "Keep Hb > 7", "GXM 2 units"],
            "Medical Oncology": ["Adjuvant CAPOX x 3 months", "Oncology clinic appointment in 3 weeks", "Baseline CEA"],
            "Orthopaedic Surgery": ["Trial of IA steroid injection", "Physiotherapy", "Weight reduction", "List for TKR if failed"]}.get(spec, ["Continue current management"])
    k = R.randrange(6)
    if k == 0:
        parts = [letterhead(R, cs.hosp, spec), R.choice(["INPATIENT REFERRAL - REPLY", "Blue Letter Reply", "CONSULTATION REPLY", ""]), pt_block(R, p, df), "",
                 f"To: {req.name} ({c['dept']})", f"From: {cons.name}, {cons.title} ({spec})", f"Date: {df(d)}", "",
                 "Thank you for referring this patient" + R.choice([".", " whom we saw today.", " for " + q + "."]), "",
                 h("History"), hx_text(R, cs), "", h("Examination"), exam_text(R, cs), "", h("Impression"), c["dx"], "",
                 h("Recommendations"), num_list(R, recs), "", R.choice(["We will follow up.", "Will sign off - please re-refer if needed.", "Will review again in 2 days."]), "", cons.sig(R)]
    elif k == 1:
        parts = [f"{spec.upper()} CONSULT", f"{df(d)} {hh_mm(R)}", f"{p.name} {p.nric} {p.ward}/{p.bed}", "",
                 f"Reason for consult: {q}", f"Requested by: {req.name}", "",
                 "HPI: " + hx_text(R, cs, True), "", "O/E: " + vitals_str(R, cs, 0), exam_text(R, cs, True), "",
                 "Labs: " + lab_summary(R, cs), "", "Imp: " + c["short"], "Rec:", "\n".join("- " + x for x in recs), "",
                 f"Seen and discussed with {cons.name}", f"{Staff(R, spec, False).name} ({spec} MO)"]
    elif k == 2:
        parts = [cs.hosp[0], f"Department of {spec}", "", f"Dear {req.name},", "", f"Re: {p.honor()} ({p.nric}), {p.ward}-{p.bed}", "",
                 f"Thank you for asking us to see {p.name.split()[0]} regarding {q}.", "", hx_text(R, cs), " ".join(cap1(x) + "." for x in R.sample(c["exam"], 3)), "",
                 f"Our impression is that of {c['short']}. We would suggest:", num_list(R, recs, 0), "",
                 "Thank you for the interesting referral.", "", "Yours sincerely,", cons.sig(R)]
    elif k == 3:
        parts = [letterhead(R, cs.hosp), "REQUEST FOR CONSULTATION", f"Patient: {p.name}  MRN: {p.mrn}", f"Referring doctor: {req.name}  Dept: {c['dept']}",
                 f"Consulting service: {spec}   Urgency: {R.choice(['Routine', 'Urgent (within 24h)', 'Emergency'])}", f"Question: {q}", "",
                 "-" * 50, "CONSULTANT'S FINDINGS / OPINION", "-" * 50, exam_text(R, cs, True) + ". " + lab_summary(R, cs), "",
                 f"Opinion: {c['dx']}", "Advice: " + "; ".join(recs), "", f"Signature: {cons.name}    Date/Time: {df(d)} {hh_mm(R)}"]
    elif k == 4:
        parts = [f"{spec} review", "", f"{p.age}{p.sex}", f"PMHx {', '.join(PMH_ABBR.get(x, x) for x in cs.pmh) or 'nil'}", "",
                 f"Referred for {q}", "", "Hx:", "\n".join("- " + x for x in R.sample(c["hpi"], 3)), "", "Exam:", "\n".join("- " + x for x in R.sample(c["exam"], 3)), "",
                 "Ix:", lab_summary(R, cs), (c["img"][3] if c["img"] else ""), "", "Imp:", c["dx"], "", "Plan:", num_list(R, recs, 2), "",
                 f"{cons.name} / {cons.title}", f"Pager {R.randrange(1000, 9999)}"]
    else:
        parts = [letterhead(R, cs.hosp, spec), pt_block(R, p, df), "", R.choice(["Specialist Opinion", "CONSULTATION REPORT", "Cross-referral"]), "",
                 h("Background"), f"{p.age}-year-old {p.sexw()} admitted under {c['dept']} on {df(cs.adm)}. {', '.join(cs.pmh) or 'No significant past history.'}", "",
                 h("Reason for referral"), cap1(q), "", h("Assessment"), f"{exam_text(R, cs, True)}. {vitals_str(R, cs, 4)}.", "",
                 h("Diagnosis"), c["dx"], "", h("Recommendations"), num_list(R, recs), "", h("Follow-up"), R.choice(["Will follow", "Sign off", "SOC 4-6 weeks"]), "", cons.sig(R)]
    return "\n".join(parts)


def gen_ed_note(R):
    cs = Case(R, keys=MEDICAL + SURGICAL)
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    pacs = R.choice(["P1", "P2", "P2", "P3"]) if cs.key not in ("stroke", "nstemi") else R.choice(["P1", "P2"])
    edmo = Staff(R, "Emergency Medicine", False)
    disp = R.choice([f"Admit {c['dept']}", f"Admit {c['dept']} - {p.ward}", "Admit HD", "Admit " + c["dept"] + " (Class " + p.cls + ")"])
    t_arr = hh_mm(R)
    k = R.randrange(6)
    if k == 0:
        parts = [letterhead(R, cs.hosp, "Emergency Department"), R.choice(["EMERGENCY DEPARTMENT RECORD", "A&E CASE NOTE", "ED Attendance Record", ""]),
                 pt_block(R, p, df), f"Arrival: {df(cs.adm)} {t_arr}   Mode: {R.choice(['Ambulance (995)', 'Walk-in', 'Private ambulance', 'Wheelchair'])}   PACS: {pacs}", "",
                 h("Triage"), f"{cap1(cs.pc)}. {vitals_str(R, cs, 0)}. Pain score {R.randrange(0, 9)}/10", "",
                 h("History"), hx_text(R, cs), f"PMH: {', '.join(cs.pmh) or 'nil'}. Allergy: {p.allergy}.", "",
                 h("Examination"), exam_text(R, cs), "", h("Investigations"), lab_summary(R, cs), (f"ECG: {c['ecg'][0]}, {', '.join(c['ecg'][1])}"), "",
                 h("Diagnosis"), c["dx"], "", h("Treatment in ED"), cs.tx().split(",")[0], "", h("Disposition"), disp, "", edmo.sig(R)]
    elif k == 1:
        parts = [f"ED {cs.hosp[1]}  {df(cs.adm)}  {t_arr}  {pacs}", f"{p.name}  {p.nric}  {p.age}{p.sex}", "",
                 hx_text(R, cs, True), "", "O/E " + vitals_str(R, cs, 2), "   " + exam_text(R, cs, True), "", "Ix: " + lab_summary(R, cs),
                 f"ECG: {c['ecg'][0]}", "", "Imp: " + c["short"], "", "Mx:", num_list(R, [cs.tx().split(",")[0], "IV access, bloods sent", R.choice(["IV NS 1L", "Analgesia IV morphine 2.5mg", "Nebs", "O2 via NP 2L"]), disp], 1), "",
                 f"{edmo.initials} ED MO", f"Handover to {c['dept']} MO at {hh_mm(R)}"]
    elif k == 2:
        parts = [cs.hosp[0] + " - EMERGENCY MEDICINE", "", f"Patient: {p.name}", f"NRIC: {p.nric}    Registration No.: {R.randrange(10 ** 7, 10 ** 8)}",
                 f"Triage category: {pacs}   Triage time: {t_arr}   Consult time: {hh_mm(R)}", "",
                 "Presenting complaint:", cap1(cs.pc) + f" ({cs.dur})", "", "Triage vitals:", vitals_str(R, cs, 1), "",
                 "Doctor's notes:", hx_text(R, cs), "O/E:", exam_text(R, cs), "", "Diagnosis: " + c["short"],
                 "Orders: " + ", ".join(R.sample(["FBC", "RP", "LFT", "CRP", "Trop", "CXR", "ECG", "UFEME", "BC x2", "GXM", "Coags"], 5)),
                 "Outcome: " + disp, "", "ED doctor: " + edmo.name + " (" + edmo.reg + ")"]
    elif k == 3:
        parts = [f"TRIAGE  {df(cs.adm)} {t_arr}", f"{p.name} ({p.age}/{p.sex})  Acuity {pacs}", f"CC: {cs.pc}", f"Vitals: {vitals_str(R, cs, 0)}",
                 f"GCS {R.choice(['15', 'E4V5M6', '14'])}  Pain {R.randrange(2, 9)}/10  CBG {cs.labs['Glu']}", f"Triage RN: {Staff(R, nurse=True).name}", "-" * 40,
                 f"MO ASSESSMENT  {hh_mm(R)}", hx_text(R, cs), exam_text(R, cs, True), "", f"ECG: {c['ecg'][0]}. {c['img'][3] if c['img'] else ''}", "",
                 f"Diagnosis: {c['dx']}", f"Plan: {disp}. {cs.tx()}", "", f"{edmo.name}", "-" * 40, f"Reviewed by ED Consultant {Staff(R, 'Emergency Medicine', True).name}"]
    elif k == 4:
        parts = [letterhead(R, cs.hosp), "Emergency Department - Clinical Record", pt_block(R, p, df, {"Time of arrival": t_arr}), "",
                 f"HISTORY: {hx_text(R, cs)}", f"PAST HX: {', '.join(cs.pmh) or 'NIL'}", f"MEDS: {', '.join(m[0] for m in cs.chronic_meds(R)) or 'NIL'}",
                 f"ALLERGY: {p.allergy}", f"PE: {vitals_str(R, cs, 4)}. {exam_text(R, cs, True)}.", f"RESULTS: {lab_summary(R, cs)}",
                 f"IMPRESSION: {c['short']}", f"DISPOSITION: {disp}", f"Time of disposition: {hh_mm(R)}", "", edmo.sig(R)]
    else:
        parts = [f"EMERGENCY DEPT {cs.hosp[1]}", f"{p.name.upper()} {p.nric}", f"{df(cs.adm)}", "",
                 f"{p.age}{p.sex}, {pacs}, BIBA" if R.random() < .5 else f"{p.age}{p.sex}, {pacs}, walk-in", "",
                 "\n".join(f"* {x}" for x in R.sample(c["hpi"], 3)), "", f"{vitals_str(R, cs, 3)}", f"{exam_text(R, cs, True)}", "",
                 f"#{c['short']}", f"  - {cs.tx().split(',')[0]}", "  - bloods, " + ("CXR" if R.random() < .5 else "imaging"), f"  - refer {c['dept']}", "",
                 f"Reassessed {hh_mm(R)}: {R.choice(['improved', 'pain reduced', 'stable', 'still febrile'])}", f"Dispo: {disp}", edmo.name]
    return "\n".join(parts)


OPS = {
    "appendix": ("Laparoscopic appendicectomy", "GA", ["Inflamed, suppurative appendix with appendicolith at base", "No perforation", "Minimal turbid fluid in pelvis", "Terminal ileum normal, no Meckel's diverticulum"],
                 ["Patient supine, GA with ETT.", "Open Hasson technique at umbilicus, 12 mm port. Pneumoperitoneum established.", "Two 5 mm ports in suprapubic and LIF.",
                  "Appendix identified and mesoappendix divided with harmonic scalpel.", "Base secured with 2 endoloops, appendix divided and retrieved in Endobag.", "Pelvis irrigated and suctioned.",
                  "Haemostasis secured. Ports removed under vision. Fascia closed with Vicryl 0, skin with Monocryl 4/0."], "Appendix"),
    "chole": ("Laparoscopic cholecystectomy", "GA", ["Inflamed, distended gallbladder with omental adhesions", "Multiple gallstones", "Critical view of safety achieved", "CBD not dilated"],
              ["GA, supine, reverse Trendelenburg.", "4-port technique.", "Adhesions released, gallbladder decompressed with needle.", "Calot's triangle dissected, critical view of safety obtained.",
               "Cystic duct and artery clipped (Hem-o-lok x2 proximally) and divided.", "Gallbladder dissected off liver bed with diathermy and removed in retrieval bag.",
               "Haemostasis secured. 15 Fr Blake drain to gallbladder fossa.", "Skin closed with subcuticular Monocryl."], "Gallbladder"),
    "ray": ("Left 2nd ray amputation and wound debridement", "GA/Regional", ["Wet gangrene L 2nd toe with pus tracking along flexor sheath", "Soft, infected bone at proximal phalanx", "Healthy bleeding tissue at margins"],
            ["Patient supine, ankle block + sedation / GA.", "Racquet incision around left 2nd toe.", "Toe disarticulated and 2nd metatarsal head excised.", "Slough and necrotic tissue debrided to healthy bleeding tissue.",
             "Bone sent for C/S and HPE.", "Washed out with 3 L NS.", "Wound left open, VAC dressing applied at -125 mmHg."], "Bone, left second toe"),
    "hemi": ("Right cemented bipolar hemiarthroplasty", "Spinal", ["Displaced subcapital NOF fracture", "Femoral head size 45 mm", "Stable hip through full ROM"],
             ["Spinal anaesthesia, patient in left lateral position.", "Posterior approach. Short external rotators tagged and released.", "Capsulotomy, femoral head extracted and measured.",
              "Femoral canal prepared, cement restrictor inserted.", "Cemented stem inserted with bipolar head 45 mm. Hip reduced, stable.", "Capsule and short external rotators repaired.",
              "Layered closure, skin with staples."], "Femoral head"),
    "ar": ("Laparoscopic anterior resection with primary anastomosis", "GA", ["Sigmoid tumour, T3 appearance, no serosal breach", "No liver metastases or peritoneal deposits", "Good blood supply to descending colon"],
           ["GA, modified Lloyd-Davies position.", "5-port laparoscopic technique.", "Medial-to-lateral mobilisation, IMA ligated at origin.", "Splenic flexure mobilised.",
            "Rectum transected with linear stapler at upper rectum.", "Specimen exteriorised via Pfannenstiel incision.", "Double-stapled end-to-end colorectal anastomosis with 29 mm circular stapler. Leak test negative.",
            "Drain placed in pelvis. Wounds closed."], "Sigmoid colon"),
}


def gen_operative_note(R):
    cs = Case(R, keys=["appendix", "chole", "dmfoot", "nof", "colon"])
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    name, anaes, findings, steps, _ = OPS[c["op"]]
    if c["op"] == "hemi" and R.random() < .3:
        anaes = "GA"
    surg = cs.cons
    asst = [cs.reg, cs.mo]
    anaesth = Staff(R, "Anaesthesiology", True)
    d = cs.adm + DT.timedelta(days=R.randrange(0, 3))
    ebl = R.choice(["minimal", "<50 ml", "50 ml", "100 ml", "200 ml", "300 ml"])
    k = R.randrange(7)
    post = R.sample(["Ward care", "Resume diet as tolerated", "Analgesia as charted", "IV abx x 24h", "Check Hb POD1", "DVT prophylaxis", "Drain charting",
                     "Remove IDC POD1", "Mobilise with PT", "Chase HPE"], 4)
    if k == 0:
        parts = [letterhead(R, cs.hosp, c["dept"]), R.choice(["OPERATION RECORD", "OPERATIVE REPORT", "Operation Notes", ""]), pt_block(R, p, df), "",
                 f"Date of operation: {df(d)}   OT: {R.randrange(1, 16)}   Start: {hh_mm(R, 8, 20)}  End: {hh_mm(R, 8, 22)}",
                 f"Surgeon: {surg.name}", f"Assistant(s): {asst[0].name}, {asst[1].name}", f"Anaesthetist: {anaesth.name}", f"Anaesthesia: {anaes}", "",
                 h("Pre-operative diagnosis"), c["dx"], h("Post-operative diagnosis"), R.choice(["Same", c["dx"]]), h("Operation"), name, "",
                 h("Findings"), num_list(R, findings), "", h("Procedure"), "\n".join(steps), "",
                 f"EBL: {ebl}   Specimen: {'Sent for HPE' if c['path'] else 'Nil'}   Drains: {R.choice(['Nil', '1 x 15Fr Blake', 'VAC'])}", "",
                 h("Post-op instructions"), num_list(R, post), "", surg.sig(R)]
    elif k == 1:
        parts = [f"OP NOTE  {df(d)}", f"{p.name} {p.nric} {p.age}{p.sex}", "", f"Op: {name}", f"Surg: {surg.initials}/{asst[0].initials}   Anaes: {anaes}", "",
                 "Findings:", "\n".join("- " + x for x in findings), "", "Procedure:", "\n".join(f"{i + 1}. {s}" for i, s in enumerate(steps)), "",
                 f"EBL {ebl}", "Post-op:", "\n".join("- " + x for x in post), "", f"{asst[0].name} for {surg.name}"]
    elif k == 2:
        parts = [cs.hosp[0], f"Department of {c['dept']}", "", pt_block(R, p, df, {"Ward": f"{p.ward}-{p.bed}"}), "",
                 f"Operation performed on {df(d)}: {name.upper()}", "", f"Indication: {c['short']}. " + (c['img'][3] if c['img'] else ''), "",
                 "Description:", " ".join(steps), "", "Operative findings: " + "; ".join(findings) + ".", "",
                 f"Closure: {R.choice(['Layered', 'Subcuticular', 'Staples'])}. Blood loss {ebl}. Counts correct.", "", "Plan: " + "; ".join(post), "",
                 f"Dictated by {asst[0].name}, {asst[0].title}.", f"Approved: {surg.name}, {surg.title}"]
    elif k == 3:
        parts = [f"{cs.hosp[1]} OT RECORD - SURGEON'S NOTES", f"Patient: {p.name.upper()}  MRN: {p.mrn}  Age: {p.age}", "",
                 f"{'Procedure':<20}: {name}", f"{'Date':<20}: {df(d)}", f"{'Surgeon':<20}: {surg.name}", f"{'Assistant':<20}: {asst[0].name}",
                 f"{'Anaesthesia':<20}: {anaes}", f"{'Wound class':<20}: {R.choice(['Clean-contaminated', 'Contaminated', 'Dirty', 'Clean'])}",
                 f"{'Antibiotic prophy.':<20}: {R.choice(['IV cefazolin 2g', 'IV Augmentin 1.2g', 'IV ceftriaxone + metronidazole', 'Already on therapeutic abx'])}",
                 f"{'Implants':<20}: {R.choice(['Nil', 'See implant sticker'] if c['op'] != 'hemi' else ['Bipolar head 45mm, cemented stem size 3 - see sticker'])}",
                 f"{'EBL':<20}: {ebl}", f"{'Complications':<20}: {R.choice(['Nil', 'None', 'Nil intra-op'])}", "", "FINDINGS", "\n".join(findings), "",
                 "OPERATIVE PROCEDURE", "\n".join(steps), "", "POST-OPERATIVE ORDERS", "\n".join(post), "", surg.sig(R)]
    elif k == 4:
        parts = [letterhead(R, cs.hosp), pt_block(R, p, df), "", f"{df(d)}", "",
                 f"Under {anaes.lower()} anaesthesia, {name.lower()} was performed for {c['short']}. " + " ".join(steps[1:]) + " Findings were as follows: " + ", ".join(findings).lower() + ".",
                 f"Estimated blood loss was {ebl}. The patient tolerated the procedure well and was transferred to {R.choice(['PACU', 'recovery', 'SICU', 'HD'])} in stable condition.", "",
                 surg.sig(R)]
    elif k == 5:
        parts = [R.choice(["Brief Op Note", "Immediate post-operative note", "Post-op note"]), f"{df(d)} {hh_mm(R)}", f"{p.name} / {p.nric}", "",
                 f"Pre-op dx: {c['short']}", f"Procedure: {name}", f"Surgeon: {surg.name}; Asst: {asst[0].name}", f"Anaesthesia: {anaes}",
                 f"Findings: {findings[0]}", f"EBL: {ebl}", f"Specimens: {OPS[c['op']][4]} to HPE", f"Drains: {R.choice(['nil', 'pelvic drain', 'GB fossa drain', 'VAC'])}",
                 f"Complications: nil", f"Disposition: {R.choice(['Ward', 'HD', 'SICU'])}", "", asst[0].sig(R)]
    else:
        parts = [f"{c['dept'].upper()}  -  OPERATION NOTE", "=" * 50, f"NAME: {p.name}", f"NRIC: {p.nric}   SEX/AGE: {p.sex}/{p.age}", f"DATE: {df(d)}", "=" * 50,
                 f"DIAGNOSIS: {c['dx']}", f"OPERATION: {name}", f"OPERATING SURGEON: {surg.name} ({surg.reg})", f"ASSISTANTS: {', '.join(a.name for a in asst)}",
                 f"SCRUB NURSE: {Staff(R, nurse=True).name}", f"ANAESTHETIST: {anaesth.name}", "", "INCISION / APPROACH: " + steps[1], "FINDINGS:",
                 num_list(R, findings, 4), "PROCEDURE IN DETAIL:", "\n".join(steps[2:]), "", "INSTRUCTIONS:", num_list(R, post, 0), "", "Signature: ____________________"]
    return paginate(R, "\n".join(parts), f"{p.name} {p.mrn} - Op {df(d)}")


PROCS = {
    "ogd": dict(name=["Oesophagogastroduodenoscopy (OGD)", "Upper GI endoscopy", "OGD with haemostasis"], ind="Melaena with Hb drop", sed="IV midazolam 2 mg + fentanyl 25 mcg",
                findings=["Oesophagus: normal, Z-line at 39 cm", "Stomach: antral erythema, no ulcer. Small amount of altered blood", "Duodenum: 1.5 cm ulcer at anterior D1 with non-bleeding visible vessel (Forrest IIa)"],
                thera="Adrenaline 1:10,000 injected 8 ml around the vessel, 2 haemoclips applied. Haemostasis achieved. CLO test and antral biopsy taken.",
                dx="Bleeding D1 ulcer (Forrest IIa) - endoscopic haemostasis achieved", rec=["IV PPI infusion 72h", "Keep NBM 6h then clear feeds", "H. pylori eradication if CLO positive", "Repeat OGD in 8 weeks"], case="ugib"),
    "colo": dict(name=["Colonoscopy", "Colonoscopy with biopsy", "Total colonoscopy"], ind="Positive FIT, iron deficiency anaemia", sed="IV midazolam 2.5 mg + pethidine 25 mg",
                 findings=["Caecum reached, appendiceal orifice and ICV identified", "Fungating circumferential ulcerated mass at 25 cm from anal verge (sigmoid), scope could be passed",
                           "Small 4 mm sessile polyp in ascending colon - cold snare polypectomy", "Bowel prep: Boston score 7"],
                 thera="Multiple biopsies taken from mass. Tattoo (SPOT) injected distal to lesion.", dx="Sigmoid mass, suspicious for malignancy", rec=["Await histology", "CT TAP for staging", "CEA", "Colorectal SOC with results"], case="colo"),
    "cath": dict(name=["Coronary angiogram and PCI", "Cardiac catheterisation", "CAG +/- PCI"], ind="NSTEMI", sed="Local anaesthesia (lignocaine 2%), IV fentanyl 25 mcg",
                 findings=["Access: right radial 6F", "LMCA: normal", "LAD: 90% proximal stenosis, TIMI 2 flow", "LCx: mild disease", "RCA: dominant, 30% mid stenosis"],
                 thera="PCI to proximal LAD with 1 x DES 3.0 x 28 mm, post-dilated with NC balloon 3.5 mm. Good result, TIMI 3 flow. TR band applied.",
                 dx="Single vessel CAD - successful PCI to proximal LAD", rec=["DAPT for 12 months", "TR band removal protocol", "Echo", "Cardiac rehab"], case="nstemi"),
    "knee": dict(name=["Intra-articular steroid injection, right knee", "Right knee joint injection", "Knee aspiration and injection"], ind="Symptomatic right knee OA", sed="Nil (local)",
                 findings=["Mild effusion", "Aspirated 15 ml straw-coloured clear fluid"], thera="Under aseptic technique, superolateral approach, injected triamcinolone 40 mg + lignocaine 1% 3 ml.",
                 dx="Right knee OA - IA injection done", rec=["Avoid strenuous activity 48h", "Watch for signs of infection", "Ice pack PRN", "Review 3 months"], case="kneeoa"),
    "lp": dict(name=["Lumbar puncture", "Diagnostic LP"], ind="Fever with headache and neck stiffness - ?meningitis", sed="Local lignocaine 1% 5 ml",
               findings=["Left lateral decubitus, L3/L4 interspace", "Opening pressure 18 cmH2O", "CSF clear and colourless", "3 bottles collected"],
               thera="Sent for cell count, protein, glucose (with paired serum), Gram stain, culture, meningitis PCR panel.", dx="LP done, traumatic tap: no", rec=["Lie flat 1h", "Monitor for headache", "Chase CSF results"], case=None),
    "cvc": dict(name=["Central venous catheter insertion", "Right IJ CVC insertion (US-guided)", "CVC insertion"], ind="Difficult IV access, for inotropes", sed="Local lignocaine 1%",
                findings=["Right internal jugular vein, patent and compressible on US", "Single pass", "Blood aspirated from all 3 lumens"],
                thera="Full aseptic precautions. Seldinger technique, 7Fr triple lumen catheter inserted, secured at 15 cm. All lumens flushed.", dx="Successful R IJ CVC",
                rec=["CXR to confirm tip position", "OK to use after CXR review", "Line care as per protocol"], case=None),
    "pleural": dict(name=["Diagnostic and therapeutic pleural tap", "Thoracocentesis (US-guided)", "Pleural aspiration"], ind="Right pleural effusion", sed="Local lignocaine 1% 10 ml",
                    findings=["US: moderate anechoic effusion R, no septations", "Site: R posterior 8th ICS, mid-scapular line", "Drained 800 ml straw-coloured fluid"],
                    thera="Sent for FEME, protein, LDH, glucose, pH, cytology, AFB smear/culture, C/S.", dx="R pleural effusion - tap done, no immediate complications",
                    rec=["Post-procedure CXR", "Monitor vitals", "Chase pleural fluid results"], case=None),
    "emg": dict(name=["Nerve conduction study / EMG", "NCS/EMG upper limbs", "Electrodiagnostic study"], ind="Bilateral hand numbness ?carpal tunnel syndrome", sed="Nil",
                findings=["Right median nerve: prolonged distal motor latency 5.8 ms, reduced SNAP amplitude", "Left median: DML 4.6 ms", "Ulnar nerves normal bilaterally", "EMG APB right: occasional fibrillations"],
                thera="", dx="Electrophysiological evidence of moderate-severe right and mild left carpal tunnel syndrome", rec=["Refer Hand Surgery", "Wrist splints at night"], case=None),
    "bronch": dict(name=["Flexible bronchoscopy with BAL", "Bronchoscopy", "FOB + BAL + TBB"], ind="Non-resolving RLL consolidation", sed="IV midazolam 2 mg, fentanyl 50 mcg, topical lignocaine",
                   findings=["Vocal cords normal, moving symmetrically", "Trachea and carina normal", "Mucopurulent secretions in RLL segments", "No endobronchial lesion"],
                   thera="BAL from RB10 with 120 ml NS, 50 ml returned. Sent for C/S, AFB, fungal, cytology, TB PCR.", dx="No endobronchial lesion. BAL done.", rec=["Chase BAL results", "NBM 2h", "CXR if SOB"], case=None),
}


def gen_procedure_note(R):
    pk = R.choice(list(PROCS.keys()))
    P = PROCS[pk]
    cs = Case(R, key={"ogd": "ugib", "colo": "colon", "cath": "nstemi", "knee": "kneeoa"}.get(pk, R.choice(["cap", "pyelo", "dengue", "copd", "chf"])))
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    dept = {"ogd": "Endoscopy Centre", "colo": "Endoscopy Centre", "cath": "Cardiac Catheterisation Laboratory", "knee": "Orthopaedic Surgery",
            "emg": "Neurology - Neurodiagnostic Lab", "bronch": "Respiratory Medicine"}.get(pk, c["dept"])
    doc = Staff(R, dept, True if pk in ("ogd", "colo", "cath", "bronch", "emg") else None)
    d = cs.adm + DT.timedelta(days=R.randrange(0, 3))
    name = R.choice(P["name"])
    k = R.randrange(6)
    consent = R.choice(["Written consent obtained.", "Consent taken by proceduralist.", "Risks explained, patient agreeable, consent signed.", "Consent from NOK (patient lacks capacity)."])
    if k == 0:
        parts = [letterhead(R, cs.hosp, dept), R.choice(["PROCEDURE REPORT", "ENDOSCOPY REPORT" if pk in ("ogd", "colo") else "PROCEDURE NOTE", ""]), pt_block(R, p, df), "",
                 f"Date: {df(d)}   Time: {hh_mm(R, 8, 18)}", f"Procedure: {name}", f"Endoscopist/Operator: {doc.name}", f"Indication: {P['ind']}", f"Sedation: {P['sed']}", "",
                 h("Findings"), "\n".join(P["findings"]), "", h("Intervention"), P["thera"] or "Nil", "", h("Diagnosis"), P["dx"], "",
                 h("Recommendations"), num_list(R, P["rec"]), "", doc.sig(R)]
    elif k == 1:
        parts = [f"{hh_mm(R)} {df(d)}  PROCEDURE NOTE", f"{p.name} {p.nric} {p.ward}-{p.bed}", "", f"Procedure: {name}", f"Indication: {P['ind']}", consent,
                 "Time out done." if R.random() < .6 else "", f"Anaesthesia: {P['sed']}", "", "\n".join("- " + x for x in P["findings"]), P["thera"], "",
                 f"Complications: {R.choice(['nil', 'none immediate', 'Nil'])}", f"EBL: {R.choice(['minimal', 'nil', '<5 ml'])}", "", "Plan:", "\n".join("- " + x for x in P["rec"]), "", f"{doc.name} ({doc.title})"]
    elif k == 2:
        parts = [cs.hosp[0], dept.upper(), "", f"Patient: {p.name}    NRIC: {p.nric}    Age/Sex: {p.age}/{p.sex}",
                 f"Referring doctor: {cs.mo.name}    Location: {R.choice(['Inpatient', 'Outpatient', 'Day Surgery'])}", f"Date of procedure: {df(d)}", "",
                 f"INDICATION: {P['ind']}", f"MEDICATIONS: {P['sed']}", f"PROCEDURE: {name}", "",
                 f"The procedure was explained and consent obtained. {P['thera']}", "", "FINDINGS:", num_list(R, P["findings"], 0), "",
                 f"IMPRESSION: {P['dx']}", "", "RECOMMENDATIONS: " + "; ".join(P["rec"]), "", f"Reported by: {doc.name}, {doc.title}",
                 R.choice(["[Images attached: 4]", "[2 images captured]", "", "Photo documentation - see EMR"])]
    elif k == 3:
        parts = [f"Bedside procedure - {name}", pt_block(R, p, df, style=2), "", f"Done by {doc.name} supervised by {cs.cons.name}" if R.random() < .5 else f"Performed by: {doc.name}",
                 f"Pre-procedure: {R.choice(['Coags checked - INR 1.0, plt ' + str(cs.labs['Plt']), 'Not on anticoagulants', 'Allergy checked: ' + p.allergy])}", consent, "",
                 f"Technique: {P['thera'] or 'Standard technique.'}", f"Findings: {'; '.join(P['findings'])}", f"Outcome: {P['dx']}", "",
                 "Post-procedure:", num_list(R, P["rec"], 1), "", doc.sig(R, False)]
    elif k == 4:
        parts = [letterhead(R, cs.hosp), f"{dept} - Report", "-" * 55, f"{'Name':<12}{p.name}", f"{'ID':<12}{p.nric}", f"{'Date':<12}{df(d)}",
                 f"{'Procedure':<12}{name}", f"{'Instrument':<12}{R.choice(['GIF-H190', 'CF-HQ190', 'BF-1TH190', 'n/a', 'Sonosite US'])}", "-" * 55,
                 "Indication(s):", "  " + P["ind"], "Findings:", "\n".join("  " + x for x in P["findings"]), "Therapy:", "  " + (P["thera"] or "-"),
                 "Final diagnosis:", "  " + P["dx"], "Follow-up:", "  " + P["rec"][0], "", f"{doc.name}", footer(R, df, d)]
    else:
        parts = [f"{c['dept']} / {dept}", f"{df(d)}", "", f"{p.age}{p.sex}, {P['ind']}.", f"{consent} {P['sed']}.", "",
                 f"{name}: " + ". ".join(P["findings"]) + ". " + P["thera"], "", f"Imp: {P['dx']}", f"Plan: {', '.join(P['rec'])}", "", doc.name]
    return "\n".join(parts)


def gen_lab_report(R):
    cs = Case(R)
    p, df = cs.p, date_fmt(R)
    d = cs.adm
    lab = R.choice(["Department of Laboratory Medicine", "Clinical Laboratory", "Pathology & Laboratory Medicine", "Polyclinic Laboratory Services"])
    panels = R.sample(list(PANELS.keys()), R.randrange(1, 4))
    extra = [x for x in cs.c["labs"] if x in ("CRP", "TropI", "BNP", "HbA1c", "CEA", "UACR")]
    k = R.randrange(6)
    lab_no = f"{R.choice(['L', 'CL', ''])}{d.year % 100}{R.randrange(10 ** 6, 10 ** 7)}"
    coll = f"{df(d)} {hh_mm(R)}"

    def rows(keys, st):
        out = []
        for key in keys:
            _, nm, u, _, _, _ = LAB_MAP[key]
            v, f = cs.labs[key], flag(key, cs.labs[key])
            if st == 0:
                out.append(f"{nm:<28}{str(v):>8} {f:<2} {u:<10} ({ref_range(key)})")
            elif st == 1:
                out.append(f"{nm}: {v} {u} {('*' + f) if f else ''}".rstrip())
            elif st == 2:
                out.append(f"{key.upper():<8}| {str(v):<8}| {f or ' ':<2}| {ref_range(key):<14}| {u}")
            else:
                out.append(f"{nm:<30}{v}{(' ' + f) if f else ''}")
        return out
    st = R.randrange(4)
    body = []
    for pn in panels:
        body += ["", pn if R.random() < .6 else pn.title()] + rows(PANELS[pn], st)
    if extra:
        body += ["", R.choice(["OTHERS", "SPECIAL CHEMISTRY", "Immunoassay"])] + rows(extra, st)
    if cs.c["micro"] and R.random() < .4:
        body += ["", "MICROBIOLOGY", cs.c["micro"]]
    if k == 0:
        parts = [letterhead(R, cs.hosp, lab), R.choice(["LABORATORY REPORT", "CUMULATIVE REPORT", "Final Report", ""]), pt_block(R, p, df),
                 f"Lab No: {lab_no}   Collected: {coll}   Reported: {df(d)} {hh_mm(R)}", f"Requesting Dr: {cs.mo.name}   Location: {R.choice(['Ward ' + p.ward, 'ED', 'SOC Clinic ' + str(R.randrange(1, 30)), cs.poly])}"]
        if st == 0:
            parts.append(f"{'Test':<28}{'Result':>8}    {'Units':<10} (Ref range)")
        parts += body + ["", "H = High  L = Low", footer(R, df, d)]
    elif k == 1:
        parts = [cs.hosp[1] + " LAB", f"{p.name} / {p.nric} / {p.age}{p.sex}", f"Spec: {R.choice(['Blood', 'Serum', 'Plasma', 'EDTA blood'])}  Rcvd {coll}", ""] + body + ["", f"Verified by: {Staff(R, 'Laboratory Medicine', nurse=True).name} (MLT)"]
    elif k == 2:
        parts = [f"PATIENT: {p.name.upper()}    MRN: {p.mrn}", f"ORDERED: {', '.join(panels)}", f"STATUS: {R.choice(['FINAL', 'FINAL', 'PRELIMINARY', 'AMENDED'])}", "=" * 60] + body + [
            "=" * 60, R.choice(["Critical value phoned to ward at " + hh_mm(R) + " (read-back done)", "", "Results verified", "Sample slightly haemolysed - interpret K with caution"])]
    elif k == 3:
        parts = [cs.poly.upper(), "Laboratory Results", f"Name: {p.name}  IC: {p.nric}", f"Date of test: {df(d)}", f"Doctor: {cs.mo.name}", ""] + body + ["", "Note: Reference ranges are age/sex specific where applicable."]
    elif k == 4:
        dates = [d - DT.timedelta(days=i) for i in range(R.randrange(2, 4))][::-1]
        parts = [letterhead(R, cs.hosp, lab, True), "CUMULATIVE RESULTS", pt_block(R, p, df, style=2), "", f"{'Test':<16}" + "".join(f"{df(x):>14}" for x in dates)]
        for key in PANELS[panels[0]] + extra:
            vals = []
            for i in range(len(dates)):
                v = cs.labs[key]
                if i < len(dates) - 1:
                    v = round(v * R.uniform(0.8, 1.2), LAB_MAP[key][5]) if LAB_MAP[key][5] else int(v * R.uniform(0.8, 1.2))
                vals.append(v)
            parts.append(f"{key:<16}" + "".join(f"{str(v) + flag(key, v):>14}" for v in vals))
    else:
        parts = [f"Ward: {p.ward}  Bed: {p.bed}", f"{p.name}  ({p.nric})", "", "Lab results:"] + [f"{k2} {cs.labs[k2]}{flag(k2, cs.labs[k2])}" for k2 in PANELS[panels[0]] + extra] + [
            "", f"Printed {df(d)} {hh_mm(R)}"]
    return ocr(R, "\n".join(parts))


def gen_imaging_report(R):
    cs = Case(R, keys=[k for k in CASE_KEYS if CASES[k]["img"]])
    p, c, df = cs.p, cs.c, date_fmt(R)
    mod, exam, finds, imp = c["img"]
    if R.random() < 0.2:
        mod, exam, finds, imp = R.choice([("XR", "CHEST PA (PRE-OP)", ["The heart size is normal.", "The lungs are clear.", "No pleural effusion.", "Bony thorax is intact."], "No active lung lesion."),
                                          ("US", "ULTRASOUND THYROID", ["Right lobe 4.5 x 1.6 x 1.5 cm, left lobe 4.2 x 1.4 x 1.4 cm.", "A 1.2 cm well-defined isoechoic nodule with a hypoechoic halo in the right lower pole, no microcalcification.", "No cervical lymphadenopathy."], "Right thyroid nodule, TI-RADS 3. Suggest follow-up ultrasound in 1-2 years."),
                                          ("MRI", "MRI LUMBOSACRAL SPINE", ["Disc desiccation at L4/5 and L5/S1.", "L4/5 broad-based disc bulge with left paracentral protrusion causing compression of the traversing left L5 nerve root.", "Mild facet arthropathy.", "Conus ends at L1."], "L4/5 left paracentral disc protrusion compressing the left L5 nerve root."),
                                          ("MMG", "BILATERAL MAMMOGRAM", ["Breasts are heterogeneously dense (ACR C).", "No suspicious mass, architectural distortion or suspicious microcalcifications.", "Benign-appearing calcifications in the left breast."], "BI-RADS 2: Benign findings. Routine screening recommended.")])
    rad = Staff(R, "Diagnostic Radiology", True)
    d = cs.adm + DT.timedelta(days=R.randrange(0, 2))
    acc = f"{R.choice(['RA', 'CT', 'US', 'XR', 'ACC'])}{d.year}{R.randrange(10 ** 5, 10 ** 6)}"
    clin = R.choice([cs.pc, c["short"], f"?{c['short']}", cs.pc + ". " + R.choice(c["hpi"])])
    comp = R.choice(["No prior imaging available for comparison.", f"Compared with previous study dated {df(d - DT.timedelta(days=R.randrange(100, 1500)))}.", "Comparison: nil", ""])
    tech = {"CT": "Axial images acquired following IV contrast (Omnipaque 350, 80 ml). Coronal and sagittal reformats.", "MRI": "Sagittal T1, T2, STIR; axial T2 sequences.",
            "US": "Real-time grey-scale and colour Doppler ultrasound performed.", "ECHO": "2D, M-mode, colour and spectral Doppler.", "XR": "", "MMG": "CC and MLO views."}.get(mod, "")
    k = R.randrange(6)
    if k == 0:
        parts = [letterhead(R, cs.hosp, "Department of Diagnostic Radiology"), R.choice(["RADIOLOGY REPORT", "DIAGNOSTIC IMAGING REPORT", ""]), pt_block(R, p, df),
                 f"Accession No: {acc}   Exam Date: {df(d)}", f"Referring Physician: {cs.mo.name}", "", f"EXAMINATION: {exam}", "",
                 f"CLINICAL INFORMATION: {clin}", "", (f"TECHNIQUE: {tech}" if tech else ""), comp, "", "FINDINGS:", "\n".join(finds), "", "IMPRESSION:", imp, "",
                 f"Reported by: {rad.name}, {rad.title}", f"Date reported: {df(d)} {hh_mm(R)}"]
    elif k == 1:
        parts = [f"{exam}", f"{p.name} {p.nric} {p.age}Y {p.sex}", f"Date: {df(d)}", "", f"History: {clin}", "", "Report:", " ".join(finds), "", "Conclusion: " + imp, "", rad.name]
    elif k == 2:
        parts = [cs.hosp[0].upper(), "RADIOLOGY", "", f"Patient: {p.name}  MRN: {p.mrn}", f"Procedure: {exam}   Modality: {mod}", f"Ordered by: {cs.mo.name} ({c['dept']})", "",
                 "Clinical history", clin, "", "Findings", "\n".join("- " + x for x in finds), "", "Impression", num_list(R, [s.strip() + "." for s in imp.split(".") if s.strip()], 0), "",
                 f"Electronically signed by {rad.name} on {df(d)}", R.choice(["", "*** FINAL ***", "ADDENDUM: nil"])]
    elif k == 3:
        parts = [letterhead(R, cs.hosp), pt_block(R, p, df, style=3), "", f"{exam} - {df(d)}", "", f"Clinical details: {clin}. {comp}", "",
                 " ".join(finds), "", f"OPINION: {imp}", "", f"Dr {rad.initials} / {rad.name}", footer(R, df, d)]
    elif k == 4:
        parts = [f"{cs.hosp[1]} Imaging  |  {exam}", f"Patient ID: {p.mrn}   Name: {p.name.upper()}", f"Study date: {df(d)}    Acc#: {acc}", "-" * 60,
                 f"Indication: {clin}", f"Technique: {tech or 'Standard views.'}", f"Comparison: {comp or 'None'}", "", "Findings:", "\n".join(finds), "", f"Impression: {imp}",
                 "", R.choice(["Results communicated to Dr " + cs.mo.full + " at " + hh_mm(R) + ".", "", "Urgent finding - phoned to ward."]), f"{rad.name} ({rad.reg})"]
    else:
        parts = [f"{cs.poly} / {cs.hosp[0]} - Radiology", f"Name: {p.name}   NRIC: {p.nric}", f"Exam: {exam}", "", "Findings:", "\n".join(finds), "", "Comment: " + imp, "", f"Radiologist: {rad.name}",
                 R.choice(["Please correlate clinically.", "Kindly correlate with clinical findings.", ""])]
    return ocr(R, "\n".join(parts))


PATH = {
    "appendix": ("Appendix", "Appendix measuring 65 mm in length and 10 mm in diameter. The serosa is congested with fibrinopurulent exudate. The lumen contains a faecolith. Representative sections submitted in 2 cassettes.",
                 "Sections show transmural infiltration of neutrophils with mucosal ulceration and serositis. There is no dysplasia or malignancy.", "APPENDIX, APPENDICECTOMY: ACUTE SUPPURATIVE APPENDICITIS WITH PERIAPPENDICITIS. NO MALIGNANCY."),
    "gb": ("Gallbladder", "Gallbladder measuring 85 x 35 mm with a thickened wall up to 6 mm. The mucosa is ulcerated. Multiple yellow-green faceted calculi (largest 18 mm). Cystic duct margin submitted.",
           "The gallbladder wall shows transmural acute inflammation with haemorrhage and Rokitansky-Aschoff sinuses with fibrosis. No dysplasia or malignancy. Cystic duct lymph node: reactive.",
           "GALLBLADDER, CHOLECYSTECTOMY: ACUTE ON CHRONIC CALCULOUS CHOLECYSTITIS. NEGATIVE FOR DYSPLASIA/MALIGNANCY."),
    "bone": ("Bone and soft tissue, left 2nd toe (ray amputation)", "Toe with attached metatarsal head, 55 x 25 x 20 mm. Ulcer on plantar aspect 15 mm with necrotic base. Proximal bone margin inked and submitted separately after decalcification.",
             "Sections show necrotic bone fragments with acute inflammatory infiltrate in the marrow spaces and reactive bone formation. Proximal bone margin shows viable bone with no significant inflammation.",
             "LEFT 2ND TOE, RAY AMPUTATION: ACUTE OSTEOMYELITIS WITH SOFT TISSUE NECROSIS. PROXIMAL BONE MARGIN: NO OSTEOMYELITIS."),
    "gastric": ("Gastric antral biopsy", "Two tan fragments, 2-3 mm each, entirely submitted.", "Antral-type mucosa with chronic active inflammation. Curved bacilli consistent with Helicobacter pylori are seen on the surface (confirmed on Giemsa). No intestinal metaplasia. No dysplasia.",
                "STOMACH, ANTRUM, BIOPSY: CHRONIC ACTIVE GASTRITIS, HELICOBACTER PYLORI POSITIVE. NO INTESTINAL METAPLASIA OR DYSPLASIA."),
    "colon": ("Sigmoid colon and upper rectum (anterior resection)", "Segment of large bowel 220 mm in length. An ulcerated circumferential tumour 45 x 40 mm is located 80 mm from the distal margin, invading into pericolic fat. 18 lymph nodes identified.",
              "Moderately differentiated adenocarcinoma invading through the muscularis propria into pericolonic adipose tissue. Lymphovascular invasion present. No perineural invasion. 1 of 18 lymph nodes involved. Proximal, distal and radial margins clear. MMR immunohistochemistry: MLH1, PMS2, MSH2, MSH6 retained (MMR proficient).",
              "SIGMOID COLON, ANTERIOR RESECTION: ADENOCARCINOMA, MODERATELY DIFFERENTIATED. pT3 pN1a (1/18). MARGINS CLEAR. MMR PROFICIENT."),
    "skin": ("Skin, left cheek (excision)", "Ellipse of skin 18 x 8 mm, depth 4 mm, with a pearly nodule 6 mm.", "Nests of basaloid cells with peripheral palisading and retraction artefact in the dermis. Margins clear (closest 1.5 mm, deep).",
             "SKIN, LEFT CHEEK, EXCISION: NODULAR BASAL CELL CARCINOMA, COMPLETELY EXCISED."),
    "breast": ("Left breast core biopsy, 2 o'clock", "Four cores of tan tissue, up to 15 mm, entirely submitted.", "Invasive carcinoma of no special type, Nottingham grade 2 (3+2+2). DCIS intermediate grade present. ER positive (90%, strong), PR positive (60%), HER2 IHC 1+ (negative).",
               "LEFT BREAST, CORE BIOPSY: INVASIVE CARCINOMA OF NO SPECIAL TYPE, GRADE 2. ER+/PR+/HER2-."),
}


def gen_pathology_report(R):
    pk = R.choice(list(PATH.keys()))
    key = {"appendix": "appendix", "gb": "chole", "bone": "dmfoot", "gastric": "ugib", "colon": "colon"}.get(pk)
    cs = Case(R, key=key or R.choice(["dmpoly", "kneeoa"]))
    p, df = cs.p, date_fmt(R)
    if pk == "breast":
        p.sex, p.name = "F", race_name(R, "F")[0]
    spec, gross, micro, dx = PATH[pk]
    path = Staff(R, "Anatomical Pathology", True)
    d = cs.adm + DT.timedelta(days=R.randrange(0, 2))
    rep = d + DT.timedelta(days=R.randrange(2, 7))
    sn = f"{R.choice(['S', 'SP', 'H'])}{d.year % 100}-{R.randrange(10000, 99999)}"
    k = R.randrange(6)
    if k == 0:
        parts = [letterhead(R, cs.hosp, "Department of Pathology"), R.choice(["SURGICAL PATHOLOGY REPORT", "HISTOPATHOLOGY REPORT", ""]), pt_block(R, p, df),
                 f"Lab No: {sn}   Received: {df(d)}   Reported: {df(rep)}", f"Clinician: {cs.cons.name}", "", "SPECIMEN:", spec, "", "CLINICAL HISTORY:", cs.c["short"], "",
                 "MACROSCOPIC DESCRIPTION:", gross, "", "MICROSCOPIC DESCRIPTION:", micro, "", "DIAGNOSIS:", dx, "", f"Pathologist: {path.name}", footer(R, df, rep)]
    elif k == 1:
        parts = [f"HPE {sn}", f"{p.name} {p.nric}", "", f"Specimen: {spec}", "", f"Final diagnosis: {dx}", "", f"Gross: {gross}", f"Micro: {micro}", "", path.name]
    elif k == 2:
        parts = [cs.hosp[0], "ANATOMICAL PATHOLOGY", f"Name: {p.name}   Age/Sex: {p.age}/{p.sex}   MRN: {p.mrn}", f"Specimen No.: {sn}", "",
                 "FINAL DIAGNOSIS", "-" * 20, dx, "", "Clinical Information", cs.c["dx"], "", "Gross Examination", gross, "", "Microscopy", micro, "",
                 "Comment: " + R.choice(["Discussed at tumour board.", "Nil.", "Results conveyed to Dr " + cs.cons.full + ".", "Correlate with clinical findings."]), "",
                 f"Electronically signed out by {path.name}, {path.title} on {df(rep)}"]
    elif k == 3:
        parts = [letterhead(R, cs.hosp), pt_block(R, p, df, style=3), "", f"Accession: {sn}", f"Nature of specimen: {spec}", "",
                 f"DIAGNOSIS: {dx}", "", "REPORT:", gross + " " + micro, "", f"{path.name} / {path.reg}"]
    elif k == 4:
        parts = [f"PATHOLOGY CONSULTATION / {cs.hosp[1]}", f"Patient: {p.name.upper()}", f"Date collected: {df(d)}   Date reported: {df(rep)}", "",
                 "A. " + spec, "   " + dx, "", "Synoptic / details:", "\n".join("  " + s.strip() + "." for s in micro.split(".") if s.strip()), "",
                 "Specimen description:", gross, "", path.sig(R)]
    else:
        parts = [f"Histology result - {df(rep)}", f"For: {cs.cons.name}", f"Re: {p.name} ({p.nric})", "", f"{spec}:", dx, "",
                 R.choice(["Full report in EMR.", "See attached.", "Block retained for 10 years."]), path.name]
    return ocr(R, "\n".join(parts))


def gen_medication_list(R):
    cs = Case(R)
    p, c, df = cs.p, cs.c, date_fmt(R)
    home = cs.chronic_meds(R) or [M("Nil regular", "", "", "", "")]
    new = cs.meds()
    d = cs.dis
    ph = Staff(R, "Pharmacy", False)
    ph.name = ph.name.replace("Dr ", "")
    ph.title = R.choice(["Pharmacist", "Senior Pharmacist", "Pharmacy Technician"])
    k = R.randrange(6)
    if k == 0:
        parts = [letterhead(R, cs.hosp, "Pharmacy"), R.choice(["MEDICATION RECONCILIATION", "Medication Reconciliation Form", "MED REC ON ADMISSION"]), pt_block(R, p, df), f"Allergies: {p.allergy}", "",
                 f"Source(s): {R.choice(['Patient', 'Patient + NEHR', 'Caregiver + polyclinic records', 'Medication bag brought in'])}", "",
                 f"{'Home medication':<38}{'Dose':<10}{'Freq':<8}Action on admission"]
        for m in home:
            parts.append(f"{m[0]:<38}{m[1]:<10}{m[2]:<8}{R.choice(['Continue', 'Continue', 'Withhold', 'Change'])}")
        parts += ["", "Discrepancies: " + R.choice(["Nil", "Patient not taking " + home[0][0] + " - informed MO", "Dose differs from polyclinic record"]), "", f"Reconciled by: {ph.name} ({ph.title}) {df(cs.adm)}"]
    elif k == 1:
        parts = [f"MEDICATION LIST as at {df(d)}", f"{p.name}  {p.nric}", ""]
        for m in home + new:
            parts.append(f"[ ] {med_line(R, m, 0)}")
        parts += ["", f"Drug allergy: {p.allergy}"]
    elif k == 2:
        parts = [cs.hosp[0], "DISCHARGE MEDICATION RECONCILIATION", pt_block(R, p, df), "", "CONTINUED:"] + ["  " + med_line(R, m, 0) for m in home] + [
            "NEW:"] + ["  " + med_line(R, m, 0) for m in new] + ["STOPPED:", "  " + R.choice(["Nil", "Diclofenac (GI bleed)", "Glipizide (hypoglycaemia)", "Aspirin (switched to apixaban)"]), "",
            f"Counselled by pharmacist {ph.name}; patient/caregiver verbalised understanding.", f"Date: {df(d)}"]
    elif k == 3:
        parts = [f"{cs.poly.upper()}", "My Medication List", f"Name: {p.name}", f"Updated: {df(d)}", "", f"{'Medicine':<32}{'How much':<12}{'When':<12}What for"]
        purpose = {"Metformin": "diabetes", "Amlodipine": "blood pressure", "Losartan": "blood pressure", "Atorvastatin": "cholesterol", "Simvastatin": "cholesterol",
                   "Aspirin": "heart / blood thinner", "Paracetamol": "pain/fever", "Frusemide": "water pill", "Omeprazole": "gastric"}
        for m in home + new:
            parts.append(f"{m[0][:31]:<32}{m[1]:<12}{m[2]:<12}{purpose.get(m[0].split()[0], '')}")
        parts += ["", "Bring this list to every appointment.", R.choice(["OM = morning, ON = night, BD = twice a day, TDS = 3 times a day", ""])]
    elif k == 4:
        parts = [f"Ward {p.ward}  Bed {p.bed}", f"CURRENT INPATIENT MEDICATIONS - {df(cs.adm + DT.timedelta(days=1))}", f"{p.name} ({p.mrn})  Wt {R.randrange(42, 95)} kg", ""]
        for i, m in enumerate(new + home):
            parts.append(f"{i + 1:>2}. {m[0]} {m[1]} {m[4]} {m[2]}   start {df(cs.adm)}   {R.choice(['active', 'active', 'held', 'active'])}")
        parts += ["", f"Allergy: {p.allergy}", f"Printed by {ph.name}"]
    else:
        parts = [letterhead(R, cs.hosp), "Pre-admission Medication History", f"Patient: {p.name}  NRIC: {p.nric}", "", "Prescription medicines:"] + [
            f"  - {m[0]} {m[1]} {m[2]}" for m in home] + ["Supplements/TCM: " + R.choice(["Nil", "Fish oil", "Chinese herbal medication (unknown)", "Glucosamine", "Multivitamin"]),
            "OTC: " + R.choice(["Nil", "Panadol PRN", "Ibuprofen PRN"]), "Compliance: " + R.choice(["Good", "Poor - forgets night doses", "Uses pill box"]), "", ph.name + ", " + ph.title]
    return ocr(R, "\n".join(parts))


def gen_prescription(R):
    cs = Case(R)
    p, c, df = cs.p, cs.c, date_fmt(R)
    meds = (cs.meds() + cs.chronic_meds(R))[:R.randrange(1, 7)]
    d = rand_date(R)
    doc = cs.mo if R.random() < .5 else cs.reg
    k = R.randrange(6)
    place = R.choice([cs.hosp[0], cs.poly, cs.gp])
    if k == 0:
        parts = [place.upper(), R.choice(["PRESCRIPTION", "Rx", "OUTPATIENT PRESCRIPTION", ""]), f"Name: {p.name}   NRIC: {p.nric}", f"Age: {p.age}  Sex: {p.sex}  Date: {df(d)}",
                 f"Drug allergy: {p.allergy}", "", "Rx"]
        for i, m in enumerate(meds):
            parts.append(f"{i + 1}. {m[0]} {m[1]}\n   Sig: {m[2]} {m[4]}  Disp: {R.choice(['30', '60', '90', '1 box', '2/52', '1/12', '3/12'])}")
        parts += ["", f"Refill: {R.choice(['0', '1', '2', 'Nil'])}", "", doc.name, f"MCR {doc.reg}"]
    elif k == 1:
        parts = [f"{cs.hosp[1]} PHARMACY - OP PRESCRIPTION", f"{p.name} ({p.nric})  {df(d)}", f"Subsidy: {p.subsidy}", ""] + [
            f"{med_line(R, m, 2)}  x {R.choice(['1/52', '2/52', '1/12', '3/12'])}" for m in meds] + ["", f"Prescriber: {doc.name}"]
    elif k == 2:
        parts = [letterhead(R, cs.hosp, c["dept"]), f"Date: {df(d)}", pt_block(R, p, df, style=2), "", "Rx"] + [
            f"  {m[0]} {m[1]}\n     {m[2]} {R.choice(['after food', 'before food', 'with water', ''])}".rstrip() for m in meds] + [
            "", f"Diagnosis: {c['short']}", "", "__________________", doc.name]
    elif k == 3:
        parts = [f"{place}", f"Tel: {phone(R, False)}", "-" * 40, f"Patient : {p.name}", f"Date    : {df(d)}", "-" * 40]
        for m in meds:
            parts.append(f"{m[0].upper()} {m[1]}")
            parts.append(f"    Take {R.choice(['1', '1', '2', '1/2'])} {R.choice(['tab', 'cap', 'tab', 'dose'])} {m[2]}  Qty: {R.randrange(14, 180)}")
        parts += ["-" * 40, f"Dr: {doc.name}", f"{R.choice(['MC: 2 days', '', 'TCU 2/52', 'Review if not better'])}"]
    elif k == 4:
        parts = [R.choice(["E-PRESCRIPTION", "Electronic Prescription"]), f"Issued: {df(d)} {hh_mm(R, 8, 18)}   Rx ID: {R.randrange(10 ** 9, 10 ** 10)}", f"Patient: {p.name} / {p.nric} / {p.age}y",
                 f"Prescriber: {doc.name} ({doc.reg}), {place}", ""]
        for m in meds:
            parts.append(f"* {m[0]} {m[1]} | {m[4]} | {m[2]} | duration {m[3] or '3 months'}")
        parts += ["", "Collect at: " + R.choice(["Outpatient Pharmacy Level 1", "Polyclinic Pharmacy", "Retail pharmacy", "Home delivery"])]
    else:
        parts = [f"{cs.gp}", f"{p.name}  {df(d)}", "", "Rx:"] + [f"{m[0].split()[0]} {m[1]} {m[2]}" for m in meds] + ["", f"({doc.initials})"]
    return ocr(R, "\n".join(parts))


def gen_anesthesia_record(R):
    cs = Case(R, keys=["appendix", "chole", "dmfoot", "nof", "colon"])
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    name, anaes = OPS[c["op"]][0], OPS[c["op"]][1]
    if anaes == "GA/Regional":
        anaes = R.choice(["GA", "Ankle block + MAC"])
    an = Staff(R, "Anaesthesiology", True)
    d = cs.adm + DT.timedelta(days=R.randrange(0, 3))
    asa = R.choice(["I", "II", "II", "III", "III"]) if p.age < 70 else R.choice(["II", "III", "III", "IV"])
    wt = R.randrange(45, 95)
    ga = anaes == "GA"
    drugs = (["Propofol " + str(R.randrange(80, 200)) + " mg", "Fentanyl " + str(R.choice([50, 75, 100, 150])) + " mcg", "Rocuronium " + str(R.randrange(30, 60)) + " mg",
              "Sevoflurane 2%", "Ondansetron 4 mg", "Dexamethasone 8 mg", "Sugammadex 200 mg"] if ga else
             ["Bupivacaine 0.5% heavy " + R.choice(["2.2", "2.4", "2.6"]) + " ml", "Fentanyl 15 mcg intrathecal", "Propofol TCI for sedation", "Phenylephrine 50 mcg x3"])
    airway = R.choice(["ETT 7.0 cuffed, grade 1 view, oral, 21 cm", "ETT 7.5, Mac 3, CL grade 2a", "LMA size 4 (i-gel)"]) if ga else "Spontaneous, O2 via face mask"
    k = R.randrange(6)
    ts = [f"{h2:02d}{m2:02d}" for h2, m2 in [(R.randrange(8, 18), x) for x in [0]] for _ in [0]]
    t0 = R.randrange(8, 18)
    timeline = []
    sbp, hr = cs.sbp, cs.hr
    for i in range(R.randrange(5, 10)):
        mm = i * 15
        timeline.append(f"{t0 + mm // 60:02d}{mm % 60:02d}   BP {sbp + R.randrange(-30, 10)}/{cs.dbp + R.randrange(-15, 8)}   HR {hr + R.randrange(-20, 5)}   SpO2 {R.randrange(97, 101)}   EtCO2 {R.randrange(30, 40) if ga else '-'}")
    if k == 0:
        parts = [letterhead(R, cs.hosp, "Anaesthesiology"), R.choice(["ANAESTHETIC RECORD", "Anaesthesia Chart", "INTRA-OPERATIVE RECORD", ""]), pt_block(R, p, df),
                 f"Date: {df(d)}  OT {R.randrange(1, 14)}  Weight {wt} kg  ASA {asa}", f"Procedure: {name}", f"Anaesthetist: {an.name}", f"Technique: {anaes}", "",
                 h("Pre-op"), f"Fasted from {hh_mm(R, 0, 6)}. Allergy: {p.allergy}. PMH: {', '.join(cs.pmh) or 'nil'}. Airway: MP {R.randrange(1, 4)}, TMD >6cm, mouth opening 3FB.", "",
                 h("Induction / Drugs"), "\n".join(drugs), "", h("Airway"), airway, "", h("Monitoring"), "ECG, NIBP, SpO2" + (", EtCO2, BIS" if ga else ""), "",
                 h("Vitals log"), "\n".join(timeline), "", h("Fluids"), f"Hartmann's {R.choice([500, 1000, 1500])} ml, EBL {R.choice([50, 100, 200, 300])} ml, UO {R.choice(['n/a', '100 ml', '250 ml'])}", "",
                 h("Post-op"), R.choice(["To PACU, stable", "Extubated, to recovery", "To HD for monitoring"]) + ". PCA " + R.choice(["morphine", "fentanyl", "nil"]) + ".", "", an.sig(R)]
    elif k == 1:
        parts = ["PRE-ANAESTHETIC ASSESSMENT", f"{p.name} {p.nric} {p.age}{p.sex}  {wt}kg", f"For: {name}  on {df(d)}", "",
                 f"PMH: {', '.join(cs.pmh) or 'nil'}", f"Previous GA: {R.choice(['nil', 'uneventful', 'PONV'])}", f"Allergy: {p.allergy}", f"Meds: {', '.join(m[0] for m in cs.chronic_meds(R)) or 'nil'}",
                 f"Airway: MP{R.randrange(1, 4)}, neck ROM full, dentition {R.choice(['intact', 'loose incisor', 'dentures'])}", f"Ix: Hb {cs.labs['Hb']}, Cr {cs.labs['Cr']}, K {cs.labs['K']}, ECG {c['ecg'][0]}", "",
                 f"ASA {asa}{'E' if cs.key in ('appendix', 'nof', 'dmfoot') else ''}", f"Plan: {anaes}{', post-op HD' if asa in ('III', 'IV') and R.random() < .4 else ''}", "Risks explained incl. sore throat, PONV, dental damage, awareness. Agreeable.", "", an.sig(R)]
    elif k == 2:
        parts = [f"{cs.hosp[1]} - ANAESTHESIA RECORD", f"Name {p.name}   MRN {p.mrn}   ASA {asa}", f"Op: {name}   Surgeon: {cs.cons.name}", f"Anaesthesia type: {anaes}", "",
                 "TIME   VITALS"] + timeline + ["", "Drugs given: " + "; ".join(drugs), f"Airway: {airway}", f"Position: {R.choice(['supine', 'lateral', 'lithotomy', 'Lloyd-Davies'])}",
                                                f"Anaesthesia start {hh_mm(R)}  end {hh_mm(R)}", "", f"{an.initials} (anaesthetist)   {Staff(R, nurse=True).name} (anaesthetic nurse)"]
    elif k == 3:
        parts = [letterhead(R, cs.hosp), "REGIONAL / NEURAXIAL ANAESTHESIA RECORD" if not ga else "GENERAL ANAESTHESIA RECORD", pt_block(R, p, df, style=2), "",
                 f"Block: {R.choice(['Spinal L3/4, 25G Whitacre, single pass', 'Spinal L4/5, 27G pencil point', 'Ankle block 20 ml ropivacaine 0.5%'])}" if not ga else f"Induction: IV, {drugs[0]}",
                 f"Drugs: {', '.join(drugs)}", f"Level achieved: {R.choice(['T10', 'T8', 'n/a'])}" if not ga else f"Airway: {airway}", f"Complications: {R.choice(['Nil', 'Hypotension treated with phenylephrine', 'Nil'])}",
                 "", "Recovery (PACU):", f"  Aldrete score {R.randrange(8, 11)} at {hh_mm(R)}", f"  Pain score {R.randrange(0, 4)}/10", "  Discharged to ward by " + an.name]
    elif k == 4:
        parts = ["PACU / RECOVERY RECORD", f"{p.name} / {p.nric}", f"Procedure: {name}   Anaesthesia: {anaes}", f"Time in: {hh_mm(R)}   Time out: {hh_mm(R)}", ""] + [
            x.replace("EtCO2", "RR").replace(" -", " 16") for x in timeline[:4]] + ["", f"Analgesia: {R.choice(['IV morphine 2mg x2', 'IV fentanyl 25mcg', 'IV paracetamol 1g', 'nil required'])}",
                                                                                     f"PONV: {R.choice(['nil', 'mild, IV ondansetron 4mg'])}", f"Discharge criteria met. To {p.ward}.", f"Anaesthetist: {an.name}"]
    else:
        parts = [f"Anaes chart {df(d)}", f"{p.age}{p.sex} ASA {asa} {wt}kg  {name}", "", f"{anaes}. {airway}.", f"Induction: {', '.join(drugs[:3])}", f"Maintenance: {drugs[3] if len(drugs) > 3 else 'TCI'}",
                 f"Abx: {R.choice(['cefazolin 2g', 'Augmentin 1.2g', 'ceftriaxone 1g + metronidazole 500mg'])} at {hh_mm(R)}", f"Fluids: {R.choice(['NS', 'Hartmanns'])} {R.choice([500, 1000])}ml",
                 f"EBL {R.choice(['min', '50ml', '200ml'])}", "Uneventful." if R.random() < .7 else "Transient hypotension - responded to ephedrine 6mg.", an.name]
    return ocr(R, "\n".join(parts))


def gen_correspondence(R):
    cs = Case(R)
    p, c, df = cs.p, cs.c, date_fmt(R)
    d = rand_date(R)
    k = R.randrange(7)
    sal = R.choice([f"Dear {p.honor()},", "Dear Sir/Madam,", f"Dear {p.name.split()[0]},"])
    if k == 0:
        parts = [letterhead(R, cs.hosp, c["dept"]), "", df(d), "", p.honor(), p.addr, "", sal, "",
                 f"RE: APPOINTMENT AT {c['dept'].upper()} CLINIC", "", f"Your appointment has been {R.choice(['scheduled', 'rescheduled', 'brought forward'])} to {df(d + DT.timedelta(days=R.randrange(7, 60)))} at {hh_mm(R, 8, 16)}, Clinic {R.randrange(1, 40)}{R.choice('ABC')}, Level {R.randrange(1, 6)}.",
                 "Please bring along your NRIC, appointment letter and all current medications.", f"For enquiries, please call our Appointment Centre at {phone(R, False)}.", "", "Thank you.", "", "Specialist Outpatient Clinic", cs.hosp[0]]
    elif k == 1:
        parts = [letterhead(R, cs.hosp, c["dept"]), df(d), "", f"{R.choice(['Dr', 'Dr'])} {race_name(R)[0]}", cs.gp, "", "Dear Doctor,", "",
                 f"Re: {p.name} ({p.nric})", "", f"I reviewed {p.name.split()[0]} in clinic today for {c['short']}. " + c["course"][:160] + ("..." if len(c["course"]) > 160 else ""),
                 f"Current medications: {', '.join(m[0] + ' ' + m[1] + ' ' + m[2] for m in cs.meds()[:4])}.", f"I have arranged follow-up: {c['fu']}. I would be grateful if you could continue to monitor {p.poss()} {R.choice(['blood pressure', 'blood sugar', 'symptoms', 'renal function'])} in the interim.", "",
                 "Yours sincerely,", "", cs.cons.sig(R), "cc: patient"]
    elif k == 2:
        parts = [cs.hosp[0], "MEDICAL REPORT", f"Our ref: MR/{d.year}/{R.randrange(1000, 9999)}", f"Your ref: {R.choice(['CLM', 'POL', 'LAW'])}-{R.randrange(10000, 99999)}", df(d), "",
                 f"To: {R.choice(INSURERS)} Claims Department" if R.random() < .6 else f"To: {R.choice(['Messrs Tan & Rahman LLC', 'Lim Koh Chambers', 'Ministry of Manpower (WIC)'])}", "",
                 f"MEDICAL REPORT ON {p.name.upper()} (NRIC {p.nric})", "", f"The above-named was admitted to {cs.hosp[0]} from {df(cs.adm)} to {df(cs.dis)} for {c['dx']}.",
                 hx_text(R, cs), c["course"], f"Prognosis: {R.choice(['good', 'fair', 'guarded', 'expected full recovery in 6-8 weeks'])}.", "",
                 "This report is issued at the request of the patient with consent.", "", cs.cons.sig(R), f"Fee: S${R.choice([150, 200, 250, 300])}.00 (exclusive of GST)"]
    elif k == 3:
        parts = [letterhead(R, cs.hosp), df(d), "", sal, "", f"Your {R.choice(['blood test', 'scan', 'biopsy'])} results", "",
                 f"We are writing to let you know that your recent test results {R.choice(['are satisfactory', 'require follow-up', 'show some changes which the doctor would like to discuss'])}.",
                 R.choice(["No change to your treatment is needed.", "Please call to arrange an earlier appointment.", "Please continue your current medications."]), "",
                 f"Clinic hotline: {phone(R, False)} (Mon-Fri 8.30am - 5.30pm)", "", "Yours sincerely,", cs.mo.name, f"for {c['dept']}"]
    elif k == 4:
        parts = [f"From: {cs.reg.name} <{cs.reg.initials.lower()}@{cs.hosp[1].lower()}.example.sg>", f"To: {cs.mo.name}", f"Date: {df(d)}", f"Subject: {p.name} - {c['short']}", "",
                 f"Hi {cs.mo.full.split()[0]},", "", f"Re our shared patient {p.name} ({p.mrn}). {R.choice(['HPE is back', 'Results are out', 'Family called'])} - {R.choice(['please arrange earlier TCU', 'discussed at MDT, plan for surgery', 'no further action', 'can reduce dose of ' + cs.meds()[0][0]])}.",
                 "", "Thanks,", cs.reg.name]
    elif k == 5:
        parts = [cs.poly, f"Date: {df(d)}", "", "TO WHOM IT MAY CONCERN", "", f"This is to certify that {p.honor()} ({p.nric}) is under follow-up at our clinic for {c['short']}.",
                 R.choice([f"{p.pro()} is fit for light duties only for 2 weeks.", f"{p.pro()} requires {R.choice(['regular follow-up', 'a wheelchair', 'a caregiver'])}.", f"{p.pro()} is unfit for travel until {df(d + DT.timedelta(days=30))}."]),
                 "", cs.mo.sig(R), R.choice(["(Clinic stamp)", "[STAMP]", ""])]
    else:
        parts = [letterhead(R, cs.hosp, "Patient Relations"), df(d), "", sal, "", f"Re: Your feedback dated {df(d - DT.timedelta(days=R.randrange(5, 30)))}", "",
                 f"Thank you for taking the time to share your experience during your {R.choice(['stay in Ward ' + p.ward, 'visit to our Emergency Department', 'SOC appointment'])}.",
                 R.choice(["We have looked into the matter with the team concerned.", "We apologise for the long waiting time.", "We have shared your compliments with the staff."]), "",
                 "Yours sincerely,", f"{race_name(R)[0]}", "Patient Relations Executive"]
    return ocr(R, "\n".join(parts))


def gen_referral_letter(R):
    cs = Case(R)
    p, c, df = cs.p, cs.c, date_fmt(R)
    d = rand_date(R)
    src = R.choice([cs.poly, cs.gp])
    doc = Staff(R, "Family Medicine", None)
    k = R.randrange(7)
    urg = R.choice(["Routine", "Early (within 2 weeks)", "Urgent", "Fast-track"])
    if k == 0:
        parts = [src.upper(), f"{address(R).split('#')[0].strip()}", "", R.choice(["MEMO", "REFERRAL MEMO", "Referral Letter"]), f"Date: {df(d)}", "",
                 f"To: The Doctor, {c['dept']}, {cs.hosp[0]}", f"From: {doc.name}, {src}", f"Appointment priority: {urg}", "",
                 f"Re: {p.name} ({p.nric}) {p.age}/{p.sex}", "", "Dear Colleague,", "",
                 f"Kindly see the above patient who presented with {cs.pc} for {cs.dur}. " + ". ".join(cap1(x) for x in R.sample(c["hpi"], 3)) + ".",
                 f"O/E: {vitals_str(R, cs, 4)}. {exam_text(R, cs, True)}.", f"PMH: {', '.join(cs.pmh) or 'Nil'}.", f"Current meds: {', '.join(m[0] for m in cs.chronic_meds(R)) or 'Nil'}.",
                 f"Allergy: {p.allergy}", "", f"Impression: {c['short']}.", f"I would be grateful for your assessment and further management.", "", "Thank you.", "", doc.sig(R, False)]
    elif k == 1:
        parts = [f"{src}", "REFERRAL FORM - SPECIALIST OUTPATIENT CLINIC", "-" * 50, f"Patient name: {p.name}", f"NRIC: {p.nric}   DOB: {df(p.dob)}   Tel: {p.tel}",
                 f"Subsidy: {R.choice(['Subsidised', 'Private'])}  Scheme: {p.subsidy}", f"Referred to: {cs.hosp[0]} - {c['dept']}", f"Urgency: {urg}", "-" * 50,
                 f"Reason for referral: {c['consult'][1]}", f"Relevant history: {'; '.join(R.sample(c['hpi'], 2))}", f"Investigations: {lab_summary(R, cs, ['Hb', 'Cr', 'Glu'])}",
                 f"Treatment given: {', '.join(m[0] for m in cs.meds()[:2])}", "", f"Referring doctor: {doc.name}  MCR: {doc.reg}", f"Clinic stamp / Tel: {phone(R, False)}"]
    elif k == 2:
        parts = [f"{cs.gp}", f"{phone(R, False)}", "", df(d), "", f"Dear Dr,", "", f"Re: {p.honor()}, {p.age}yo", "",
                 f"Thank you for seeing this pleasant {p.age} year old {p.race} {p.sexw()} with {cs.pc}.", f"{R.choice(c['hpi']).capitalize()}.",
                 f"I would appreciate your {R.choice(['opinion', 'expert management', 'further evaluation'])}. {R.choice(['Patient prefers subsidised care.', 'Patient has IP coverage.', ''])}", "", "Yours sincerely,", doc.name]
    elif k == 3:
        parts = [letterhead(R, cs.hosp, "Emergency Department"), "REFERRAL TO SOC / POLYCLINIC", pt_block(R, p, df), "",
                 f"Seen in ED on {df(d)} for {cs.pc}.", f"Diagnosis: {c['short']}.", f"Please review at {R.choice([c['dept'] + ' SOC', cs.poly])} in {R.choice(['1 week', '2 weeks', '4-6 weeks'])}.",
                 "Issues: " + c["consult"][1], "", Staff(R, "Emergency Medicine", False).sig(R)]
    elif k == 4:
        parts = [f"From: {c['dept']} SOC, {cs.hosp[0]}", f"To: {cs.poly}", f"Date: {df(d)}", "", "DOWN-REFERRAL / SHARED CARE", "",
                 f"Name: {p.name}  NRIC: {p.nric}", f"Diagnosis: {c['dx']}", "Status: " + R.choice(["Stable", "Well-controlled", "Post-op recovered"]),
                 "Medications:", meds_block(R, cs.meds() + cs.chronic_meds(R), 0), "", "Requests:", num_list(R, [R.choice(["Monitor HbA1c 3-monthly", "Annual DRP & foot screening", "BP target <140/90", "Repeat FBC 3 monthly"]), "Re-refer if " + R.choice(["worsening", "LDL not at target", "symptoms recur"])]),
                 "", cs.cons.sig(R)]
    elif k == 5:
        parts = [src, f"{df(d)}", "", f"Referral to {c['consult'][0]} ({cs.hosp[1]})", f"{p.name}, {p.nric}", "", f"Dx: {c['short']}", "Hx/OE: " + hx_text(R, cs, True).replace("\n", " "),
                 f"Ix: {lab_summary(R, cs)}", "", f"Pls see. Thanks. {doc.initials}"]
    else:
        parts = [letterhead(R, cs.hosp, c["dept"]), df(d), "", f"{race_name(R)[0]}", f"{R.choice(['Community Hospital', 'Home Care Services', 'Nursing Home'])} - {R.choice(ESTATES)}", "",
                 "Dear Colleague,", "", f"Re: {p.name} ({p.nric})", "", f"We would like to refer the above patient for {R.choice(['home nursing (wound care)', 'day rehabilitation', 'home medical', 'palliative home care'])}.",
                 f"{p.pro()} was recently treated for {c['dx']}.", f"Specific needs: {R.choice(['daily dressing', 'insulin supervision', 'gait training', 'symptom control'])}.", "", "Yours sincerely,", cs.mo.sig(R)]
    return ocr(R, "\n".join(parts))


CONSENT_PROC = {"appendix": "Laparoscopic appendicectomy, possible open", "chole": "Laparoscopic cholecystectomy, possible open", "dmfoot": "Left 2nd ray amputation and debridement",
                "nof": "Right hip hemiarthroplasty", "colon": "Laparoscopic anterior resection +/- defunctioning ileostomy", "ugib": "OGD +/- endoscopic haemostasis",
                "nstemi": "Coronary angiogram +/- PCI", "kneeoa": "Intra-articular steroid injection (right knee)"}


def gen_consent_form(R):
    cs = Case(R, keys=list(CONSENT_PROC.keys()) + ["cap", "chf"])
    p, c, df = cs.p, cs.c, date_fmt(R)
    blood = cs.key in ("cap", "chf")
    proc = CONSENT_PROC.get(cs.key, "Transfusion of blood and blood products")
    risks = R.sample(["bleeding", "infection", "injury to surrounding structures", "need for further surgery", "anaesthetic risks", "blood clots (DVT/PE)",
                      "wound complications", "conversion to open surgery", "death (rare)", "allergic reaction", "perforation"], 5)
    if blood:
        risks = ["fever/allergic reactions", "transfusion-transmitted infection (very rare)", "fluid overload", "haemolytic reaction"]
    d = cs.adm
    wit = Staff(R, nurse=True)
    k = R.randrange(6)
    if k == 0:
        parts = [letterhead(R, cs.hosp), R.choice(["CONSENT FOR OPERATION / PROCEDURE", "Consent Form", "AGREEMENT TO TREATMENT", "FORM 1"]), pt_block(R, p, df), "",
                 f"Procedure: {proc}", f"Side: {R.choice(['Right', 'Left', 'N/A'])}", f"Type of anaesthesia: {R.choice(['General', 'Regional', 'Local', 'Sedation'])}", "",
                 "Statement of doctor:", f"I have explained the procedure to the patient, including the intended benefits and the following significant risks: {', '.join(risks)}.", "",
                 f"Doctor: {cs.mo.name}  Designation: {cs.mo.title}  Signature: ______  Date: {df(d)}", "",
                 "Statement of patient:", "I agree to the procedure described above. I understand that a different doctor may perform the procedure. I have been given the opportunity to ask questions.", "",
                 "Patient's signature: ________________   Date: " + df(d), f"Interpreter: {R.choice(['N/A', 'SN ' + wit.name + ' (' + p.lang + ')'])}", f"Witness: {wit.name}"]
    elif k == 1:
        parts = [cs.hosp[0], "PATIENT CONSENT", "", f"I, {p.name} (NRIC {p.nric}), hereby consent to undergo {proc} to be performed by {cs.cons.name} and/or team.", "",
                 "The nature and purpose of the procedure, the alternatives and the risks, including " + ", ".join(risks[:3]) + ", have been explained to me in " + p.lang + ".",
                 "I consent to the administration of anaesthesia and blood transfusion if necessary.", "I consent to the disposal of tissue removed.", "",
                 "_____________________        _____________________", "Patient / Guardian                  Witness", f"Date: {df(d)}"]
    elif k == 2:
        parts = [f"{cs.hosp[1]} FORM {R.choice(['MR/CF', 'CF'])}-{R.randrange(1, 30):02d}", "CONSENT FOR BLOOD TRANSFUSION" if blood else "CONSENT - ENDOSCOPY/INTERVENTION",
                 f"Name: {p.name}  NRIC: {p.nric}", "", "[x] The need for the procedure has been explained", "[x] Risks explained:"] + [f"    - {x}" for x in risks] + [
                 "[x] Alternatives discussed", "[ ] Patient declined", "", f"Signed: ____________  ({R.choice(['patient', 'NOK - ' + p.nok_rel])})", f"Doctor: {cs.mo.name} {cs.mo.reg}", f"{df(d)} {hh_mm(R)}"]
    elif k == 3:
        parts = [letterhead(R, cs.hosp, "Anaesthesiology"), "CONSENT FOR ANAESTHESIA", pt_block(R, p, df, style=2), "",
                 f"Planned anaesthesia: {R.choice(['General anaesthesia', 'Spinal anaesthesia', 'Regional block with sedation'])} for {proc}", "",
                 "Common side effects: nausea/vomiting, sore throat, shivering, drowsiness.", "Uncommon risks: dental damage, nerve injury, awareness, allergic reaction.", "Rare: severe allergy, brain damage, death.", "",
                 "I have read / had explained to me the above information.", "Signature of patient: __________  Date: " + df(d), "Anaesthetist: " + Staff(R, "Anaesthesiology", True).name]
    elif k == 4:
        parts = ["CONSENT BY PERSON OTHER THAN PATIENT", cs.hosp[0], "", f"Patient: {p.name} ({p.nric})", f"Reason patient unable to consent: {R.choice(['delirium', 'lacks mental capacity', 'aphasic post stroke', 'below 21 years (minor)'])}", "",
                 f"I, {p.nok_name}, {p.nok_rel} of the patient (Tel {p.nok_tel}), consent to {proc} in the best interest of the patient.",
                 f"Lasting Power of Attorney: {R.choice(['No', 'Yes - donee', 'Not applicable'])}", "", f"Signed: __________   Date: {df(d)}", f"Doctor: {cs.reg.name}"]
    else:
        parts = [f"{df(d)} Consent taking documented", f"{p.name} {p.mrn}", "", f"Procedure: {proc}", f"Benefits: {R.choice(['diagnosis and treatment', 'definitive treatment', 'symptom relief'])}",
                 f"Risks: {', '.join(risks)}", f"Alternatives: {R.choice(['conservative mx', 'antibiotics only', 'nil'])}", f"Language: {p.lang}; family present: {p.nok_rel}",
                 "Patient understood and agreeable, consent form signed.", cs.mo.name]
    return ocr(R, "\n".join(parts))


def gen_advance_directive(R):
    cs = Case(R, keys=["stroke", "chf", "copd", "colon", "nof", "dmfoot"])
    p, c, df = cs.p, cs.c, date_fmt(R)
    d = rand_date(R)
    w1, w2 = race_name(R)[0], race_name(R)[0]
    k = R.randrange(6)
    if k == 0:
        parts = ["FORM 1", "ADVANCE MEDICAL DIRECTIVE ACT", "ADVANCE MEDICAL DIRECTIVE", "(Section 3(1))", "",
                 f"I, {p.name.upper()}, NRIC {p.nric}, of {p.addr}, being of sound mind and having attained the age of 21 years,",
                 "make this advance directive that if I should suffer from a terminal illness, and if I should become unconscious or incapable of exercising rational judgment,",
                 "and if two medical practitioners are of the opinion that my continued existence is dependent on extraordinary life-sustaining treatment,",
                 "I do not want any extraordinary life-sustaining treatment to be used to prolong my life.", "",
                 f"Signed: ______________   Date: {df(d)}", "", "WITNESSES", f"1. Dr {w1} (medical practitioner)  Signature: ______", f"2. {w2}  NRIC: {nric(R, 1970, True)}  Signature: ______"]
    elif k == 1:
        parts = [letterhead(R, cs.hosp), R.choice(["ADVANCE CARE PLANNING - PREFERRED PLAN OF CARE", "Preferred Plan of Care (PPC)", "ACP Discussion Record"]), pt_block(R, p, df), "",
                 f"Date of discussion: {df(d)}   Facilitator: {Staff(R, 'Geriatric Medicine', nurse=True).name} (ACP facilitator)", f"Present: patient, {p.nok_rel.lower()} ({p.nok_name})", "",
                 f"Understanding of illness: {p.pro()} understands {p.poss()} {c['short']} is {R.choice(['serious', 'progressive', 'not curable'])}.",
                 f"What matters most: {R.choice(['being at home with family', 'not being a burden', 'being comfortable', 'seeing grandchildren grow up'])}.",
                 f"Preferred place of care: {R.choice(['Home', 'Hospital', 'Hospice', 'Nursing home'])}", f"Preferred place of death: {R.choice(['Home', 'Hospice', 'No preference'])}",
                 f"CPR: {R.choice(['Do not attempt', 'Attempt CPR', 'Undecided'])}", f"Mechanical ventilation: {R.choice(['No', 'Trial only', 'Yes'])}", f"Tube feeding: {R.choice(['No', 'Trial', 'Yes'])}",
                 f"Nominated healthcare spokesperson: {p.nok_name} ({p.nok_rel}), {p.nok_tel}", "", "Signatures: Patient ____  Spokesperson ____  Facilitator ____"]
    elif k == 2:
        parts = [f"{cs.hosp[1]} - DNR ORDER / RESUSCITATION STATUS", f"{p.name}  {p.nric}  {p.ward}-{p.bed}", "", f"Diagnosis: {c['dx']}", f"Comorbidities: {', '.join(cs.pmh) or 'nil'}", "",
                 "[X] NOT FOR CARDIOPULMONARY RESUSCITATION", f"[{R.choice(['X', ' '])}] Not for intubation", f"[{R.choice(['X', ' '])}] Not for ICU admission", "[ ] For full active treatment otherwise", "",
                 f"Discussed with: {p.nok_name} ({p.nok_rel}) on {df(d)}", f"Rationale: {R.choice(['poor premorbid status, CPR unlikely to be beneficial', 'patient previously expressed wishes', 'in line with ACP'])}", "",
                 f"Registrar: {cs.reg.name}   Consultant: {cs.cons.name}"]
    elif k == 3:
        parts = ["LASTING POWER OF ATTORNEY (FORM 1) - EXTRACT", f"Donor: {p.name} ({p.nric})", f"Donee(s): {p.nok_name} ({p.nok_rel})", "",
                 f"Personal welfare: {R.choice(['Granted', 'Granted with restrictions'])}", f"Property & affairs: {R.choice(['Granted', 'Not granted'])}", "",
                 f"Certificate issuer: Dr {w1} (accredited)   Date: {df(d)}", f"Registered with OPG on {df(d + DT.timedelta(days=R.randrange(30, 90)))}", "", "(Copy filed in medical records)"]
    elif k == 4:
        parts = [letterhead(R, cs.hosp, "Palliative Medicine"), f"{df(d)}", "Goals of care discussion", "", f"{p.age}{p.sex} with {c['short']}, {', '.join(cs.pmh) or 'no other PMH'}.",
                 f"Family meeting with {p.nok_rel} {p.nok_name} and {R.randrange(1, 4)} other family members.", "Explained poor prognosis.",
                 f"Family agreed: {R.choice(['comfort-focused care', 'ceiling of care at ward level', 'DNR, continue antibiotics', 'trial of NIV but no intubation'])}.", f"Patient's previously stated wishes: {R.choice(['does not want tubes', 'wants to go home', 'not known'])}.", "",
                 cs.reg.sig(R)]
    else:
        parts = ["MY CARE WISHES", f"Name: {p.name}", f"NRIC: {p.nric}", "", "If I am seriously ill and cannot speak for myself:", f"- I {R.choice(['do', 'do not'])} want CPR",
                 f"- I {R.choice(['do', 'do not'])} want to be put on a breathing machine", f"- I would like to be cared for at {R.choice(['home', 'a hospice', 'hospital'])}",
                 f"- Religious/cultural needs: {R.choice(['Buddhist rites', 'Muslim - imam to be called', 'Christian - pastor', 'none'])}", "",
                 f"My spokesperson: {p.nok_name}, {p.nok_tel}", f"Signed {df(d)}"]
    return ocr(R, "\n".join(parts))


def gen_ecg_report(R):
    cs = Case(R)
    p, c, df = cs.p, cs.c, date_fmt(R)
    rhythm, finds = c["ecg"]
    rate = cs.hr if "fibrillation" not in rhythm else R.randrange(100, 130)
    pr = "---" if "fibrillation" in rhythm else R.randrange(140, 200) if "AV block" not in " ".join(finds) else 220
    qrs = 148 if "bundle" in " ".join(finds) else R.randrange(80, 110)
    qt = R.randrange(360, 440)
    qtc = R.randrange(400, 470)
    axis = R.randrange(-20, 80)
    d = cs.adm
    k = R.randrange(6)
    interp = f"{rhythm}. " + ". ".join(cap1(x) for x in finds) + "."
    if k == 0:
        parts = [f"{p.name.upper()}  ID:{p.mrn}  {df(d)} {hh_mm(R)}", f"{p.age} yr  {p.sexw().title()}", "",
                 f"Vent. rate {rate} BPM", f"PR interval {pr} ms", f"QRS duration {qrs} ms", f"QT/QTc {qt}/{qtc} ms", f"P-R-T axes {R.randrange(20, 70)} {axis} {R.randrange(10, 70)}", "",
                 rhythm, "\n".join(cap1(x) for x in finds), R.choice(["Abnormal ECG", "Borderline ECG", "Normal ECG" if "normal" in interp.lower() else "Abnormal ECG"]), "",
                 f"Referred by: {cs.mo.name}   Confirmed by: {Staff(R, 'Cardiology', True).name}", "25 mm/s  10 mm/mV  150 Hz"]
    elif k == 1:
        parts = [letterhead(R, cs.hosp, "Cardiology - Non-invasive Lab"), "12-LEAD ECG REPORT", pt_block(R, p, df), "", f"Rhythm: {rhythm}", f"Rate: {rate}/min", f"Axis: {axis} deg",
                 f"Intervals: PR {pr} ms, QRS {qrs} ms, QTc {qtc} ms", "", f"Interpretation: {interp}", "", f"Comparison: {R.choice(['No previous ECG', 'Changes new compared to ' + df(d - DT.timedelta(days=400)), 'No significant change'])}",
                 "", Staff(R, "Cardiology", True).sig(R)]
    elif k == 2:
        parts = [f"ECG {df(d)} {hh_mm(R)}", f"{p.name} {p.nric}", "", f"{rhythm}, rate {rate}", ", ".join(finds), "", f"- {cs.mo.initials} (MO)"]
    elif k == 3:
        parts = [f"{cs.hosp[1]} ECG MANAGEMENT SYSTEM", f"Pt: {p.name}  Loc: {R.choice(['ED', 'Ward ' + p.ward, 'SOC', 'HD'])}  Room {R.randrange(1, 20)}", f"Acquired: {df(d)} {hh_mm(R)}   Device: {R.choice(['MAC 5500', 'PageWriter TC50', 'CardioSoft'])}", "",
                 f"HR {rate}  PR {pr}  QRSd {qrs}  QT {qt}  QTc(B) {qtc}  Axis {axis}", "", "*** Computer interpretation ***", rhythm.upper(), "\n".join(x.upper() for x in finds), "",
                 "*** UNCONFIRMED REPORT - physician review required ***" if R.random() < .5 else f"Confirmed: {Staff(R, 'Cardiology', True).name} {df(d)}"]
    elif k == 4:
        parts = [cs.poly, "ECG Record", f"Name: {p.name}   Age: {p.age}   Sex: {p.sex}", f"Date: {df(d)}", f"Indication: {R.choice(['Diabetic annual review', 'Chest pain', 'Pre-op', 'Palpitations', 'HTN baseline'])}", "",
                 f"Findings: {interp}", f"Action: {R.choice(['Nil', 'Refer ED', 'Refer Cardiology SOC', 'Repeat in 1 year'])}", "", cs.mo.name]
    else:
        parts = [letterhead(R, cs.hosp), "ELECTROCARDIOGRAM", pt_block(R, p, df, style=2), "", f"{'Rate':<10}{rate}", f"{'Rhythm':<10}{rhythm}", f"{'PR':<10}{pr}", f"{'QRS':<10}{qrs}", f"{'QTc':<10}{qtc}",
                 "", "Conclusion:", interp, "", R.choice(["Reported by", "Read by", "Interpreted by"]) + ": " + Staff(R, "Cardiology", True).name]
    return ocr(R, "\n".join(parts))


VACC = [("Influenza (quadrivalent) 2023/24 NH", "0.5 ml IM L deltoid"), ("Pneumococcal conjugate (PCV13)", "0.5 ml IM"), ("Pneumococcal polysaccharide (PPSV23)", "0.5 ml IM"),
        ("Tdap (Boostrix)", "0.5 ml IM"), ("Hepatitis B (Engerix-B) dose 1", "1 ml IM"), ("Hepatitis B dose 2", "1 ml IM"), ("HPV (Gardasil 9)", "0.5 ml IM"),
        ("COVID-19 mRNA (Comirnaty) booster", "0.3 ml IM"), ("MMR", "0.5 ml SC"), ("Varicella", "0.5 ml SC"), ("Zoster recombinant (Shingrix) dose 1", "0.5 ml IM")]


def gen_immunization_record(R):
    p = Patient(R, (1, 85))
    df = date_fmt(R)
    place = R.choice(POLYCLINICS + GP_CLINICS)
    nurse = Staff(R, nurse=True)
    child = p.age < 13
    if child:
        vs = [("BCG", "birth"), ("Hepatitis B (1st)", "birth"), ("6-in-1 DTaP-IPV-Hib-HepB (1st)", "2 months"), ("6-in-1 (2nd)", "4 months"), ("PCV13 (1st)", "4 months"),
              ("6-in-1 (3rd)", "6 months"), ("PCV13 (2nd)", "6 months"), ("MMR (1st)", "12 months"), ("PCV13 booster", "12 months"), ("MMRV (2nd)", "15 months"), ("5-in-1 booster", "18 months")]
        vs = vs[:R.randrange(4, len(vs) + 1)]
    else:
        vs = R.sample(VACC, R.randrange(2, 6))
    dates = sorted(rand_date(R, 2010, 2024) for _ in vs)
    k = R.randrange(6)
    if k == 0:
        parts = [place.upper(), R.choice(["IMMUNISATION RECORD", "Vaccination Record", "RECORD OF VACCINATIONS"]), f"Name: {p.name}  NRIC/BC No: {p.nric}", f"DOB: {df(p.dob)}", "",
                 f"{'Date':<14}{'Vaccine':<44}{'Dose/Route':<22}{'Batch':<10}By"]
        for d, v in zip(dates, vs):
            parts.append(f"{df(d):<14}{v[0]:<44}{(v[1] if not child else '0.5ml IM'):<22}{R.choice('ABCDEFGHJK')}{R.randrange(1000, 9999):<9}{nurse.initials}")
        parts += ["", "Records submitted to National Immunisation Registry (NIR)." if R.random() < .6 else ""]
    elif k == 1:
        parts = ["NATIONAL IMMUNISATION REGISTRY - STATEMENT" if R.random() < .5 else "Health Booklet - Immunisation page", f"{p.name.upper()}", f"ID: {p.nric}", ""]
        for d, v in zip(dates, vs):
            parts.append(f"{v[0]}  -  {df(d)}  -  {place}")
        parts += ["", f"Printed: {df(rand_date(R, 2022, 2024))}"]
    elif k == 2:
        v, d = vs[-1], dates[-1]
        parts = [place, "VACCINATION CERTIFICATE", "", f"This is to certify that {p.name} ({p.nric}) received:", f"   {v[0]}", f"   on {df(d)}", f"   Lot no. {R.choice('ABCDEF')}{R.randrange(10000, 99999)}", "",
                 f"Administered by: {nurse.name} ({nurse.title})", f"Medical officer: Dr {race_name(R)[0]}", "(clinic stamp)"]
    elif k == 3:
        parts = [f"{place} - Nursing", f"Vaccination administration note  {df(dates[-1])} {hh_mm(R, 8, 17)}", f"{p.name} {p.age}{p.sex}", "",
                 f"Pre-vaccination screening: afebrile, no previous severe reaction, {'not pregnant' if p.sex == 'F' else 'NA'}, allergy: {p.allergy}",
                 f"Given: {vs[-1][0]} {vs[-1][1] if not child else ''}", f"Observed 30 min post vaccination - no adverse reaction.", f"Next dose due: {R.choice(['N/A', df(dates[-1] + DT.timedelta(days=R.choice([30, 60, 180, 365])))])}", "", nurse.sig(R)]
    elif k == 4:
        parts = [f"Vaccine history for {p.name}  ({p.nric})", ""] + [f"- {v[0]}: {df(d)}" for d, v in zip(dates, vs)] + ["", f"Subsidised under {R.choice(['NAIS', 'NCIS', 'Healthier SG', 'CHAS'])}: {R.choice(['Yes', 'No'])}"]
    else:
        parts = [letterhead(R, R.choice(HOSPITALS), "Staff Health / Occupational Health"), "IMMUNISATION STATUS", f"Name: {p.name}   Staff ID: {R.randrange(10000, 99999)}", "",
                 f"Hep B surface antibody: {R.randrange(10, 900)} mIU/ml ({R.choice(['immune', 'immune', 'non-immune'])})", f"Varicella IgG: {R.choice(['positive', 'negative'])}", f"MMR: {R.choice(['2 doses documented', 'immune by serology'])}",
                 "", "Vaccines given:"] + [f"  {df(d)}  {v[0]}" for d, v in zip(dates, vs)] + ["", nurse.name]
    return ocr(R, "\n".join(parts))


def gen_registration_form(R):
    p = Patient(R, (1, 95))
    df = date_fmt(R)
    hosp = R.choice(HOSPITALS)
    d = p.ref
    k = R.randrange(6)
    marital = R.choice(["Single", "Married", "Widowed", "Divorced"])
    occ = R.choice(EMPLOYERS)
    email = f"{p.name.split()[0].lower()}{R.randrange(10, 99)}@example.com"
    if k == 0:
        parts = [letterhead(R, hosp), R.choice(["PATIENT REGISTRATION FORM", "NEW PATIENT REGISTRATION", "Registration / Admission Form"]), "", "Section A - Particulars",
                 f"Name (as in NRIC): {p.name.upper()}", f"NRIC/FIN/Passport: {p.nric}", f"Date of birth: {df(p.dob)}   Sex: {p.sex}   Race: {p.race}",
                 f"Nationality: {R.choice(['Singaporean', 'Singapore PR', 'Malaysian', 'Others'])}   Marital status: {marital}", f"Address: {p.addr}", f"Tel (H): {phone(R, False)}  (M): {p.tel}",
                 f"Email: {email}", f"Occupation/Employer: {occ}", f"Preferred language: {p.lang}", "", "Section B - Next of kin",
                 f"Name: {p.nok_name}   Relationship: {p.nok_rel}   Tel: {p.nok_tel}", "", "Section C - Payment",
                 f"[{'x' if R.random() < .6 else ' '}] Subsidised  [ ] Private   Scheme: {p.subsidy}", f"MediSave authorisation: {R.choice(['Yes', 'No'])}  IP insurer: {R.choice(INSURERS + ['Nil'])}", "",
                 "Signature: __________   Date: " + df(d)]
    elif k == 1:
        parts = [f"{hosp[1]} ADMISSION OFFICE", f"Adm No: {R.randrange(10 ** 7, 10 ** 8)}{R.choice('ABCDEFG')}   Date: {df(d)} {hh_mm(R)}", "-" * 50,
                 f"{'NAME':<14}: {p.name}", f"{'NRIC':<14}: {p.nric}", f"{'DOB/AGE':<14}: {df(p.dob)} / {p.age}", f"{'SEX':<14}: {p.sexw().upper()}", f"{'ADDRESS':<14}: {p.addr}",
                 f"{'CONTACT':<14}: {p.tel}", f"{'WARD/CLASS':<14}: {p.ward} / {p.cls}", f"{'ADM TYPE':<14}: {R.choice(['Emergency', 'Elective', 'Day Surgery'])}", f"{'NOK':<14}: {p.nok_name} ({p.nok_rel}) {p.nok_tel}",
                 f"{'DEPOSIT':<14}: S${R.choice([0, 500, 1000, 2500])}.00", f"{'FIN. COUNSEL':<14}: {R.choice(['Done', 'Declined', 'Pending'])}", "-" * 50, "Admission clerk: " + race_name(R)[0]]
    elif k == 2:
        parts = [R.choice(POLYCLINICS), "Patient Particulars Update", "", f"1. Full name: {p.name}", f"2. ID no: {p.nric}", f"3. Date of birth: {df(p.dob)}", f"4. Gender: {p.sexw()}",
                 f"5. Contact no: {p.tel}", f"6. Address: {p.addr}", f"7. CHAS card: {p.subsidy}", f"8. Drug allergy: {p.allergy}", f"9. Emergency contact: {p.nok_name} {p.nok_tel}", "",
                 "I declare the above information is true.", "__________________"]
    elif k == 3:
        parts = [f"*** {hosp[0]} ***", "PATIENT LABEL / ID BAND PRINT", "", pt_block(R, p, df, style=3), "", f"Registered {df(d)}  Visit: {R.choice(['ED', 'SOC', 'Inpatient', 'Day Surgery'])}",
                 f"Barcode: *{p.mrn}*", "", "(Patient identification sheet)"]
    elif k == 4:
        parts = [letterhead(R, hosp, "Emergency Department"), "ED REGISTRATION", f"Time: {hh_mm(R)}  Date: {df(d)}", f"Name: {p.name}  ID: {p.nric}", f"Age: {p.age}  Sex: {p.sex}",
                 f"Mode of arrival: {R.choice(['Ambulance', 'Walk-in', 'Police'])}", f"Accompanied by: {R.choice(['self', p.nok_rel, 'colleague', 'SCDF'])}", f"Paying: {R.choice(['Self', 'Employer (' + occ + ')', 'Insurance', 'MOM work injury'])}",
                 f"Attendance fee: S${R.choice(['120.00', '128.00', '135.00'])}", "Reg. clerk: " + race_name(R)[0]]
    else:
        parts = ["FOREIGN PATIENT / NON-RESIDENT REGISTRATION", hosp[0], "", f"Name: {p.name}", f"Passport/FIN: {R.choice('FGM')}{R.randrange(10 ** 6, 10 ** 7)}{R.choice('KLMNPQ')}",
                 f"Work permit: {R.choice(['Yes', 'No'])}   Employer: {occ}", f"Local address: {p.addr}", f"Guarantee letter: {R.choice(['Attached', 'To follow', 'N/A'])}",
                 f"Insurance: {R.choice(INSURERS)} policy {R.randrange(10 ** 7, 10 ** 8)}", "", f"Date: {df(d)}"]
    return ocr(R, "\n".join(parts))


def gen_insurance_card(R):
    p = Patient(R, (1, 90))
    df = date_fmt(R)
    ins = R.choice(INSURERS)
    plan = R.choice(IP_PLANS)
    pol = f"{R.randrange(10 ** 8, 10 ** 9)}"
    exp = rand_date(R, 2015, 2027)
    k = R.randrange(6)
    front = "[FRONT]" if R.random() < .6 else "--- Side 1 ---"
    back = "[BACK]" if front == "[FRONT]" else "--- Side 2 ---"
    if k == 0:
        parts = [R.choice(["Scanned copy of insurance card", "COPY OF CARD", ""]), front, ins.upper(), plan, "", f"Name: {p.name.upper()}", f"NRIC: {p.nric}", f"Policy No: {pol}",
                 f"Valid till: {df(exp)}", "", back, "For Letter of Guarantee / pre-authorisation call 24-hr hotline " + phone(R, False),
                 "This card remains the property of " + ins + " and must be returned upon request.", "Not valid for outpatient claims."]
    elif k == 1:
        parts = [front, "CHAS", R.choice(["BLUE", "ORANGE", "GREEN"]), "Community Health Assist Scheme", "", p.name.upper(), f"{p.nric}", f"Valid until: {df(exp)}", "", back,
                 "Present this card together with your NRIC at participating GP and dental clinics.", "Enquiries: CHAS hotline " + phone(R, False)]
    elif k == 2:
        parts = ["(photocopy)", R.choice(["PIONEER GENERATION", "MERDEKA GENERATION"]), "Card", "", p.name.upper(), p.nric, "", "Enjoy additional subsidies at CHAS GP/dental clinics, polyclinics and SOCs.",
                 f"Helpline: {phone(R, False)}"]
    elif k == 3:
        emp = R.choice(EMPLOYERS[:4])
        parts = [front, f"{ins} Corporate Health", f"Member: {p.name}", f"Member ID: {R.choice('ABCDEFG')}{R.randrange(10 ** 6, 10 ** 7)}", f"Company: {emp}",
                 f"Plan: {R.choice(['GP + Specialist', 'Hospitalisation & Surgical', 'Panel GP only'])}", f"Eff: {df(exp - DT.timedelta(days=365))}  Exp: {df(exp)}", "", back,
                 "Panel clinics: present card before consultation. Co-pay S$" + R.choice(["5", "10", "15", "0"]) + ".", "Claims/queries: " + phone(R, False)]
    elif k == 4:
        parts = [f"{ins} | {plan}", f"Integrated Shield Plan - MediShield Life component", "", f"Insured: {p.name}  ({p.nric})", f"Policy: {pol}  Rider: {R.choice(['Yes', 'No'])}",
                 f"Ward entitlement: {R.choice(['Private hospital', 'Restructured hospital Class A', 'Class B1'])}", f"Deductible: S${R.choice([1500, 2000, 3500])}  Co-insurance: 10%", "",
                 "Certificate of Insurance (extract)"]
    else:
        parts = ["INSURANCE CARD - FRONT & BACK", "+" + "-" * 40 + "+", f"| {ins:<38} |", f"| {plan:<38} |", f"| {p.name.upper()[:38]:<38} |", f"| No. {pol:<34} |", "+" + "-" * 40 + "+",
                 "+" + "-" * 40 + "+", f"| Hotline {phone(R, False):<30} |", f"| Valid thru {df(exp):<27} |", "+" + "-" * 40 + "+"]
    return ocr(R, "\n".join(parts))


def gen_nursing_note(R):
    cs = Case(R, keys=INPATIENT)
    p, c, df = cs.p, cs.c, date_fmt(R)
    n = Staff(R, nurse=True)
    d = cs.adm + DT.timedelta(days=R.randrange(0, cs.los))
    shift = R.choice(["AM", "PM", "Night"])
    k = R.randrange(7)
    obs = vitals_str(R, cs, R.choice([0, 2, 4]))
    if k == 0:
        parts = [f"{df(d)} {hh_mm(R)}  ({shift} shift)", f"Pt {R.choice(['alert and orientated', 'drowsy', 'comfortable in bed', 'resting'])}. {obs}.",
                 f"Pain score {R.randrange(0, 7)}/10. {R.choice(['Analgesia served as charted.', 'Declined analgesia.', 'IV paracetamol given.'])}",
                 f"{R.choice(['IV drip running well', 'IV plug patent', 'Hep lock'])}. {R.choice(['Tolerating soft diet', 'NBM', 'Eating 1/2 of meals', 'On NGT feeds'])}. {R.choice(['PU well', 'IDC draining clear urine', 'BO x1', 'Not BO x3 days - informed MO'])}.",
                 f"Fall risk precautions in place. Bed rails up. Call bell within reach.", f"{n.name} ({n.title})"]
    elif k == 1:
        parts = [letterhead(R, cs.hosp, "Nursing"), "NURSING ADMISSION ASSESSMENT", pt_block(R, p, df), "", f"Admitted from {R.choice(['ED', 'SOC', 'OT'])} at {hh_mm(R)} via {R.choice(['trolley', 'wheelchair', 'bed'])}",
                 f"Accompanied by {p.nok_rel.lower()}.", f"Allergy band: {'RED' if 'NKDA' not in p.allergy and 'No known' not in p.allergy and 'Nil' not in p.allergy else 'N/A'}", f"Vital signs: {obs}",
                 f"Braden score: {R.randrange(12, 23)}   Morse fall score: {R.randrange(15, 80)}", f"Skin: {R.choice(['intact', 'stage 1 pressure injury sacrum', 'bruises on forearms'])}",
                 f"Valuables: {R.choice(['handed to family', 'nil', 'kept in safe'])}", "Orientated to ward and call bell.", "", n.sig(R)]
    elif k == 2:
        parts = [f"NURSING NOTES - Ward {p.ward}", f"{p.name}  Bed {p.bed}", ""]
        dd = d
        for i in range(R.randrange(3, 6)):
            parts += [f"{df(dd)} {hh_mm(R)}: " + R.choice(["Vitals stable.", "Febrile " + str(cs.temp) + ", MO informed, PCM given.", "Assisted to shower.", "Wound dressing done, clean.",
                                                         "Refused meds, counselled.", "Family visited.", "Slept well.", "Ambulated with PT.", "CBG " + str(cs.labs['Glu']) + "."]) + f" /{Staff(R, nurse=True).initials}"]
            dd += DT.timedelta(hours=8)
    elif k == 3:
        parts = ["SBAR HANDOVER", f"{p.name} {p.ward}-{p.bed}", f"S: {p.age}{p.sex} adm {df(cs.adm)} for {c['short']}", f"B: {', '.join(PMH_ABBR.get(x, x) for x in cs.pmh) or 'nil PMH'}; {p.allergy}",
                 f"A: {obs}; {R.choice(['on O2 2L', 'RA', 'on IV abx', 'NBM'])}", f"R: {R.choice(['monitor vitals 4H', 'chase bloods', 'pending MO review', 'for discharge tomorrow'])}", f"- {n.name}"]
    elif k == 4:
        parts = [f"WOUND CARE RECORD  {df(d)}", f"{p.name} ({p.mrn})", "", f"Site: {R.choice(['L foot', 'abdomen', 'R hip', 'sacrum'])}", f"Size: {R.randrange(1, 9)} x {R.randrange(1, 6)} cm",
                 f"Wound bed: {R.choice(['granulating 80%', 'slough 30%', 'clean'])}", f"Exudate: {R.choice(['minimal serous', 'moderate', 'nil'])}", f"Dressing: {R.choice(['Aquacel Ag', 'NPWT -125mmHg', 'Mepilex', 'Opsite'])}",
                 f"Next change: {R.choice(['daily', 'every 3 days', 'PRN'])}", n.sig(R)]
    elif k == 5:
        parts = [cs.hosp[0], "INTAKE/OUTPUT & OBSERVATION", f"{p.name}  {df(d)}", "", "Time  T    HR   BP       RR  SpO2  In   Out"]
        for hh in range(6, 24, R.choice([4, 4, 2])):
            parts.append(f"{hh:02d}00  {round(cs.temp + R.uniform(-0.8, 0.3), 1):<4} {cs.hr + R.randrange(-10, 5):<4} {cs.sbp + R.randrange(-10, 10)}/{cs.dbp:<4} {cs.rr:<3} {min(100, cs.spo2 + R.randrange(0, 4)):<5} {R.choice([0, 100, 250]):<4} {R.choice([0, 150, 300])}")
        parts += ["", n.initials]
    else:
        parts = [f"{df(d)} {shift}", f"{R.choice(['Patient', 'Pt'])} seen by {c['dept']} team, plan {R.choice(['to continue', 'for discharge', 'for scan', 'for OT tomorrow'])}.",
                 f"Education given on {R.choice(['fall prevention', 'insulin injection', 'fluid restriction', 'inhaler technique', 'wound care'])} to pt and caregiver. Return demonstration satisfactory.",
                 f"{n.title} {n.name}"]
    return ocr(R, "\n".join(parts))


def gen_transfer_summary(R):
    cs = Case(R, keys=["stroke", "nof", "dmfoot", "chf", "copd", "cap", "nstemi", "ugib"])
    p, c, df, h = cs.p, cs.c, date_fmt(R), hstyle(R)
    dest = R.choice([f"{R.choice(ESTATES)} Community Hospital", "ICU", "High Dependency Unit", f"{R.choice(HOSPITALS)[0]}", f"{R.choice(ESTATES)} Nursing Home", "Surgical ICU"])
    d = cs.dis
    func = R.choice(["Ambulant with walking frame, 1-assist", "Wheelchair-bound", "Bed-bound, 2-assist transfers", "Independent"])
    k = R.randrange(6)
    meds = discharge_meds(R, cs)
    if k == 0:
        parts = [letterhead(R, cs.hosp, c["dept"]), R.choice(["TRANSFER SUMMARY", "INTER-HOSPITAL TRANSFER NOTE", "Transfer of Care", ""]), pt_block(R, p, df), "",
                 f"Transfer from: {cs.hosp[0]}, Ward {p.ward}", f"Transfer to: {dest}", f"Date of transfer: {df(d)}", f"Reason: {R.choice(['rehabilitation', 'step-down care', 'higher level of care', 'continuation of IV antibiotics', 'patient preference / nearer to home'])}", "",
                 h("Diagnosis"), c["dx"], h("Comorbidities"), pmh_text(R, cs), "", h("Summary of stay"), c["course"], "", h("Current medications"), meds_block(R, meds), "",
                 h("Functional status"), func, h("Resuscitation status"), R.choice(["Full", "DNR", "Not for ICU"]), h("Pending results"), R.choice(["Nil", "HPE", "Blood culture final"]), "", cs.mo.sig(R)]
    elif k == 1:
        parts = [f"TRANSFER TO {dest.upper()}", f"{p.name} {p.nric} {p.age}{p.sex}", f"{df(d)} {hh_mm(R)}", "", f"Dx: {c['short']}", f"Reason for transfer: {R.choice(['deteriorating - desat to 85% on 4L', 'hypotension requiring inotropes', 'post-op monitoring', 'for NIV'])}",
                 f"Vitals: {vitals_str(R, cs, 2)}", f"Lines: {R.choice(['PIV x2', 'CVC R IJ', 'art line', 'PIV'])}", f"Meds running: {cs.tx().split(',')[0]}", "Family informed.", "", f"Accepting team: {Staff(R, 'Intensive Care', True).name}", f"Handed over by {cs.mo.name}"]
    elif k == 2:
        parts = [cs.hosp[0], "REFERRAL FOR COMMUNITY HOSPITAL ADMISSION", "", f"Name: {p.name}   NRIC: {p.nric}", f"Diagnosis: {c['dx']}", f"Rehab goals: {R.choice(['ambulation with aid', 'ADL independence', 'caregiver training', 'wound healing'])}",
                 f"Premorbid: {R.choice(['independent', 'community ambulant with stick'])}", f"Current: {func}", f"Medical issues: {'; '.join(cs.pmh) or 'nil'}", f"Swallow: {R.choice(['normal diet', 'minced diet, thickened fluids', 'NGT'])}",
                 f"Continence: {R.choice(['continent', 'diapers', 'IDC'])}", f"MSW: {R.choice(['MediFund applied', 'family to co-pay', 'Medisave'])}", "", cs.mo.sig(R)]
    elif k == 3:
        parts = [letterhead(R, cs.hosp), "Intra-hospital transfer note", f"From {c['dept']} to {R.choice(['Geriatric Medicine', 'Rehabilitation Medicine', 'General Medicine', 'Renal Medicine'])}", pt_block(R, p, df, style=4), "",
                 hx_text(R, cs), "", "Active issues:", num_list(R, [c["short"]] + cs.pmh[:2]), "", "Plan for receiving team:", num_list(R, R.sample(["continue abx", "titrate diuretics", "PT/OT", "chase HPE", "MSW follow-up"], 3)), "", cs.reg.sig(R)]
    elif k == 4:
        parts = [f"NURSING TRANSFER CHECKLIST  {df(d)}", f"{p.name}  {p.mrn}", f"To: {dest}", "", "[x] Case notes", "[x] Medication chart", f"[{R.choice(['x', ' '])}] Imaging CD", "[x] ID band checked",
                 f"Last vitals: {vitals_str(R, cs, 0)}", f"Last meds given at {hh_mm(R)}", f"Allergy: {p.allergy}", f"Transport: {R.choice(['private ambulance', 'inter-hospital ambulance', 'porter', 'bed'])}", Staff(R, nurse=True).sig(R)]
    else:
        parts = [f"{cs.hosp[1]} -> {dest}", f"{df(d)}", "", f"{p.age}{p.sex}, {', '.join(PMH_ABBR.get(x, x) for x in cs.pmh) or 'no PMHx'}", f"Admitted {df(cs.adm)} with {c['short']}.", c["course"], "",
                 "Meds:", meds_block(R, meds, 2), "", f"Follow-up: {c['fu']}", f"Contact: {cs.mo.name}, tel {phone(R, False)}"]
    return paginate(R, "\n".join(parts), f"{p.name} - transfer")


def gen_provider_orders(R):
    cs = Case(R, keys=INPATIENT)
    p, c, df = cs.p, cs.c, date_fmt(R)
    d = cs.adm
    meds = cs.meds()
    k = R.randrange(6)
    diet = R.choice(["NBM", "Diabetic diet", "Soft diet", "Low salt diet", "Full ward diet", "Clear feeds"])
    iv = R.choice(["IV NS 1L over 8h", "IV D5/NS 1L q8h", "IV Hartmann's 1L over 6h", "IV hep lock", "IV NS at 100 ml/h"])
    ords = [f"Admit {c['dept']} Ward {p.ward}", f"Vitals {R.choice(['4H', '2H', 'hourly x4 then 4H'])}", diet, iv, f"Allergy: {p.allergy}"] + [
        f"{m[0]} {m[1]} {m[4]} {m[2]}" for m in meds[:4]] + [R.choice(["FBC, RP, LFT in AM", "Trop at 3h", "CBG QDS", "GXM 2 units"]), R.choice(["CXR", "ECG", "US abdomen", "CT"]), "VTE: " + R.choice(["SC heparin 5000u BD", "TEDS", "contraindicated"])]
    k2 = R.randrange(4)
    if k == 0:
        parts = [letterhead(R, cs.hosp), R.choice(["DOCTOR'S ORDERS", "ADMISSION ORDERS", "Physician Order Sheet", ""]), pt_block(R, p, df), "", f"Date/Time: {df(d)} {hh_mm(R)}", "", num_list(R, ords, k2), "", cs.mo.sig(R),
                 f"Transcribed by: {Staff(R, nurse=True).name}"]
    elif k == 1:
        parts = [f"ORDERS {df(d)} {hh_mm(R)}", f"{p.name} {p.ward}/{p.bed}", ""] + [f"[ ] {o}" for o in ords] + ["", f"{cs.mo.initials} MO", "Noted: ____ (RN)"]
    elif k == 2:
        parts = [f"{cs.hosp[1]} CPOE - Active Orders", f"Patient: {p.name} ({p.mrn})", f"{'Order':<45}{'Status':<12}{'Ordered by':<20}Start"]
        for o in ords:
            parts.append(f"{o[:44]:<45}{R.choice(['Active', 'Active', 'Completed', 'Pending']):<12}{cs.mo.full[:19]:<20}{df(d)}")
    elif k == 3:
        parts = [cs.hosp[0], "POST-OPERATIVE ORDERS" if cs.key in SURGICAL else "STANDING ORDERS", f"{p.name}  {p.nric}", ""] + [
            f"{i + 1}. {o}" for i, o in enumerate(R.sample(ords, 7) + ["Analgesia: " + R.choice(["PCA morphine", "IV paracetamol 1g q6h", "Tramadol 50mg TDS PRN"]), "Call MO if SBP<90, HR>120, T>38.5, UO<30ml/h"])] + ["", cs.reg.sig(R)]
    elif k == 4:
        parts = ["INPATIENT MEDICATION CHART (extract)", f"{p.name} {p.mrn}  Wt {R.randrange(45, 95)}kg  Allergy: {p.allergy}", "", "REGULAR:"] + [
            f"  {m[0]:<36}{m[1]:<9}{m[4]:<5}{m[2]:<8} Dr {cs.mo.initials}  {df(d)}" for m in meds] + ["PRN:", "  Paracetamol 1g PO q6h PRN fever/pain", "  Ondansetron 4mg IV q8h PRN vomiting", "STAT:",
                                                                                                   f"  {cs.tx().split(',')[0]}  given {hh_mm(R)}"]
    else:
        parts = [f"{df(d)} {hh_mm(R)} Verbal/phone order", f"From: {cs.mo.name}", f"Pt: {p.name} {p.ward}-{p.bed}", "", "- " + R.choice(ords[5:] or ords), "- " + R.choice(ords), "",
                 f"Read back and verified: {Staff(R, nurse=True).name}", "Countersigned by doctor within 24h: ______"]
    return ocr(R, "\n".join(parts))


def gen_discharge_instructions(R):
    cs = Case(R, keys=INPATIENT + ["kneeoa"])
    p, c, df = cs.p, cs.c, date_fmt(R)
    advice = {"cap": ["Complete the full course of antibiotics", "Drink plenty of fluids", "Return if fever, breathlessness or chest pain"],
              "nstemi": ["Do not stop aspirin or ticagrelor unless told by cardiologist", "Use GTN under tongue for chest pain; call 995 if pain persists after 3 doses", "No driving for 1 week", "Attend cardiac rehab"],
              "dengue": ["Drink 2-3 litres of fluid daily", "Avoid NSAIDs (e.g. ibuprofen, aspirin)", "Return if bleeding, severe abdominal pain, persistent vomiting, giddiness", "Use insect repellent to prevent spread"],
              "appendix": ["Keep wounds clean and dry for 5 days", "No heavy lifting for 4 weeks", "Return if fever, wound redness/discharge or worsening pain"],
              "chole": ["Low fat diet for 2 weeks", "Keep wounds dry", "Return if jaundice, fever or severe pain"],
              "dmfoot": ["Check feet daily", "Keep VAC dressing intact; home nurse will change", "Keep sugar 6-10 mmol/L; inject insulin at night", "Wear proper footwear"],
              "chf": ["Fluid restriction 1 litre/day", "Weigh yourself every morning; call if weight increases >2 kg in 3 days", "Low salt diet", "Take frusemide in the morning"],
              "stroke": ["Take apixaban twice daily, do not miss doses", "Fall precautions at home", "Call 995 immediately if new weakness, numbness or slurred speech (BE FAST)"],
              "ugib": ["Avoid NSAIDs and painkillers from pharmacy without advice", "Return if black stools, vomiting blood or giddiness", "Complete H. pylori treatment"],
              "nof": ["Hip precautions: do not bend hip beyond 90 degrees, do not cross legs", "Walk with frame at all times", "Stitches/staples removal at SOC in 2 weeks"],
              "copd": ["Use inhalers as taught", "Complete prednisolone course", "Quit smoking - Quitline available", "Return if breathlessness worsens"],
              "pyelo": ["Complete antibiotics", "Drink plenty of water", "Return if fever recurs"],
              "colon": ["Eat small frequent meals", "Walk daily", "Return if fever, abdominal distension or wound discharge"],
              "kneeoa": ["Ice pack for 15 min if swelling", "Avoid kneeling/squatting", "Lose weight", "Return if knee red, hot and swollen"]}[cs.key]
    d = cs.dis
    meds = discharge_meds(R, cs)
    k = R.randrange(7)
    appt = f"{c['dept']} SOC on {df(d + DT.timedelta(days=R.randrange(7, 45)))} at {hh_mm(R, 8, 16)}"
    if k == 0:
        parts = [letterhead(R, cs.hosp), R.choice(["DISCHARGE INSTRUCTIONS", "Going Home", "Patient Discharge Advice", "INFORMATION FOR PATIENT"]), f"Name: {p.name}", f"Date: {df(d)}", "",
                 f"You were admitted for: {c['short']}", "", "What you should do:", num_list(R, advice), "", "Your medicines:", meds_block(R, meds, 0), "", f"Next appointment: {appt}",
                 f"Please bring this sheet to your appointment.", "", f"Enquiries: Ward {p.ward} {phone(R, False)}"]
    elif k == 1:
        parts = [f"{cs.hosp[1]} - Home care advice", f"{p.name}  {p.nric}", "", "\n".join(f"* {a}" for a in advice), "", f"Medical certificate: {R.choice(['7 days', '14 days', 'not required'])}", f"Appointment: {appt}"]
    elif k == 2:
        parts = [cs.hosp[0], "DISCHARGE CHECKLIST & INSTRUCTIONS", pt_block(R, p, df), "", "[x] Medications explained", "[x] Appointment given", f"[{R.choice(['x', ' '])}] MC given",
                 f"[{R.choice(['x', ' '])}] Memo for GP", "[x] Personal belongings returned", "", "Specific instructions:", "\n".join("  - " + a for a in advice), "",
                 f"Discharged at {hh_mm(R)} accompanied by {p.nok_rel.lower()}.", f"Nurse: {Staff(R, nurse=True).name}   Patient/Caregiver: ________"]
    elif k == 3:
        parts = [letterhead(R, cs.hosp, c["dept"]), f"Dear {p.honor()},", "", f"You are going home today after treatment for {c['short']}. Please take note of the following:", ""] + [
            f"{i + 1}. {a}." for i, a in enumerate(advice)] + ["", f"Return to the Emergency Department or call 995 if you feel unwell.", "", f"Your follow-up: {c['fu']}", "", "We wish you a speedy recovery."]
    elif k == 4:
        parts = [f"MEDICATION & FOLLOW-UP SHEET  {df(d)}", f"{p.name}", "", f"{'Medicine':<34}{'Morning':<9}{'Afternoon':<11}{'Night':<7}"]
        for m in meds:
            f_ = m[2]
            parts.append(f"{m[0][:33]:<34}{('1' if any(x in f_ for x in ['OM', 'BD', 'TDS', 'QDS']) else '-'):<9}{('1' if any(x in f_ for x in ['TDS', 'QDS']) else '-'):<11}{('1' if any(x in f_ for x in ['ON', 'BD', 'TDS', 'QDS']) else '-'):<7}")
        parts += ["", "Remember: " + advice[0], f"Appointment: {appt}", f"Pharmacist: {race_name(R)[0]}"]
    elif k == 5:
        parts = [f"{cs.hosp[0]}", "Patient Education", f"ABOUT {c['short'].upper()}", "", f"{p.name}", "", "Warning signs - come back to hospital if:", "\n".join("  ! " + a for a in advice if "Return" in a or "call" in a.lower() or "995" in a) or "  ! you feel worse",
                 "", "Self-care at home:", "\n".join("  - " + a for a in advice if "Return" not in a), "", f"Given by {Staff(R, nurse=True).name} on {df(d)}"]
    else:
        parts = ["TCU & MC", f"{p.name} ({p.nric})", f"D/C {df(d)}", f"TCU: {c['fu']}", f"MC: {df(cs.adm)} to {df(d + DT.timedelta(days=R.randrange(3, 14)))}", "Advice: " + "; ".join(advice[:2]), cs.mo.name]
    return ocr(R, "\n".join(parts))


def gen_other(R):
    cs = Case(R)
    p, c, df = cs.p, cs.c, date_fmt(R)
    d = rand_date(R)
    k = R.randrange(9)
    if k == 0:
        parts = [R.choice(["FAX", "FACSIMILE TRANSMISSION", "Fax Cover Sheet"]), cs.hosp[0] + " - " + R.choice(["Medical Records Office", c["dept"], "Health Information Management"]), "",
                 f"To: {R.choice(POLYCLINICS + GP_CLINICS)}", f"Fax: 6{R.randrange(100, 999)} {R.randrange(1000, 9999)}", f"From: {race_name(R)[0]}", f"Date: {df(d)}", f"Pages (incl. cover): {R.randrange(2, 9)}",
                 f"Re: {p.name} - {R.choice(['results', 'memo', 'records requested'])}", "", "CONFIDENTIALITY NOTICE: This facsimile contains confidential information intended only for the addressee. If you have received this in error, please notify the sender immediately and destroy all copies."]
    elif k == 1:
        tot = R.randrange(800, 15000)
        ms = round(tot * R.uniform(0.3, 0.6), 2)
        sub = round(tot * R.uniform(0.3, 0.6), 2)
        parts = [letterhead(R, cs.hosp), R.choice(["TAX INVOICE / FINAL BILL", "Statement of Account", "Hospital Bill"]), f"Bill No: {R.randrange(10 ** 7, 10 ** 8)}   Date: {df(cs.dis)}", f"Patient: {p.name} ({p.nric})  Class: {p.cls}",
                 f"Admission: {df(cs.adm)} - {df(cs.dis)}", "", f"{'Ward charges':<36}{tot * 0.3:>12.2f}", f"{'Investigations':<36}{tot * 0.2:>12.2f}", f"{'Medications':<36}{tot * 0.15:>12.2f}",
                 f"{'Treatment/Procedure':<36}{tot * 0.35:>12.2f}", f"{'Total charges':<36}{tot:>12.2f}", f"{'Less: Government subsidy':<36}{-sub:>12.2f}", f"{'Less: MediShield Life':<36}{-round(ms * 0.5, 2):>12.2f}",
                 f"{'Less: MediSave':<36}{-round(ms * 0.5, 2):>12.2f}", f"{'GST':<36}{0:>12.2f}", f"{'Amount payable (cash)':<36}{max(0, tot - sub - ms):>12.2f}", "", "Payment via PayNow/NETS/cheque. Enquiries: " + phone(R, False)]
    elif k == 2:
        parts = ["AUTHORISATION FOR MEDISAVE USE / MEDISHIELD LIFE CLAIM", cs.hosp[0], "", f"Patient: {p.name}   NRIC: {p.nric}", f"Account holder: {R.choice([p.name, p.nok_name + ' (' + p.nok_rel + ')'])}",
                 f"Relationship: {R.choice(['Self', 'Spouse', 'Child', 'Parent'])}", f"Admission date: {df(cs.adm)}", "", "I authorise the CPF Board to deduct from my MediSave account and to submit MediShield Life claims for the above hospitalisation.",
                 f"Withdrawal limit for {R.choice(['Inpatient', 'Day Surgery', 'Chronic Disease Management Programme'])} applies.", "", "Signature: ________   Date: " + df(d)]
    elif k == 3:
        parts = [cs.hosp[0], "REQUEST FOR MEDICAL RECORDS / MEDICAL REPORT", "", f"Patient: {p.name} ({p.nric})", f"Requestor: {R.choice(['Patient', p.nok_name + ' (NOK)', 'Lawyers', 'Insurer: ' + R.choice(INSURERS)])}",
                 f"Purpose: {R.choice(['Insurance claim', 'Personal', 'Legal', 'Continuation of care overseas'])}", f"Period: {df(cs.adm)} to {df(cs.dis)}", "Type: [x] Medical report  [ ] Copies of case notes  [ ] Imaging CD",
                 f"Fee: S${R.choice(['80', '120', '160', '250'])} (+GST)", "Patient consent attached: Yes", "", f"Received by MRO on {df(d)}"]
    elif k == 4:
        parts = [cs.poly, R.choice(["PHQ-9 Questionnaire", "Patient Health Questionnaire", "Depression screening"]), f"Name: {p.name}   Date: {df(d)}", "",
                 "Over the last 2 weeks, how often have you been bothered by:"]
        qs = ["Little interest or pleasure in doing things", "Feeling down, depressed, or hopeless", "Trouble falling or staying asleep", "Feeling tired or having little energy", "Poor appetite or overeating",
              "Feeling bad about yourself", "Trouble concentrating", "Moving or speaking slowly", "Thoughts that you would be better off dead"]
        sc = [R.randrange(0, 3) for _ in qs]
        parts += [f"{i + 1}. {q} ...... {s}" for i, (q, s) in enumerate(zip(qs, sc))] + ["", f"Total score: {sum(sc)}"]
    elif k == 5:
        parts = ["MEDICAL CERTIFICATE", cs.hosp[0] if R.random() < .5 else cs.poly, f"Serial No: MC{R.randrange(10 ** 6, 10 ** 7)}", "", f"This is to certify that {p.name} ({p.nric})",
                 f"is unfit for {R.choice(['duty', 'school', 'work'])} from {df(d)} to {df(d + DT.timedelta(days=R.randrange(1, 14)))} (inclusive).", "", cs.mo.name, f"MCR: {cs.mo.reg}",
                 "This MC is not valid for absence from court attendance."]
    elif k == 6:
        parts = ["CLINICAL PHOTOGRAPHY", f"{p.name}  {p.mrn}", f"Date taken: {df(d)}", f"Site: {R.choice(['left foot dorsum', 'abdominal wound', 'sacral pressure injury', 'right shin'])}",
                 f"Photo {R.randrange(1, 6)} of {R.randrange(6, 10)} - {R.choice(['pre-debridement', 'post-op day 5', 'with measuring scale', 'wound progress'])}", "Consent for photography: obtained (verbal)", f"Taken by: {Staff(R, nurse=True).name}"]
    elif k == 7:
        parts = [letterhead(R, cs.hosp, "Medical Social Work"), "MSW ASSESSMENT / FINANCIAL COUNSELLING", pt_block(R, p, df, style=4), "",
                 f"Household: {R.choice(['lives with spouse', 'lives alone', 'lives with son and family (5 pax)'])}; income S${R.randrange(0, 6000)}/month.",
                 f"Estimated bill: S${R.randrange(1000, 12000)}. MediSave balance (family): S${R.randrange(0, 40000)}.", f"Outcome: {R.choice(['MediFund application submitted', 'Instalment plan arranged', 'Family able to pay', 'ComCare referral'])}.", "",
                 f"MSW: {race_name(R)[0]}"]
    else:
        parts = [cs.hosp[0], R.choice(["PATIENT SATISFACTION SURVEY", "Feedback form"]), f"Ward/Clinic: {p.ward}", f"Date: {df(d)}", "",
                 f"1. Courtesy of staff: {R.randrange(1, 6)}/5", f"2. Explanation of condition: {R.randrange(1, 6)}/5", f"3. Cleanliness: {R.randrange(1, 6)}/5", f"4. Waiting time: {R.randrange(1, 6)}/5",
                 f"Comments: {R.choice(['Nurses very helpful.', 'Waited too long at pharmacy.', 'Food too salty.', 'Thank you Dr for explaining.', ''])}", f"Contact (optional): {p.tel}"]
    return ocr(R, "\n".join(parts))


GEN = {t: globals()["gen_" + t] for t in TYPES}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--per-type", type=int, default=25)
    ap.add_argument("--out", default="docs.jsonl")
    a = ap.parse_args()
    master = random.Random(a.seed)
    docs = []
    for t in TYPES:
        for i in range(a.per_type):
            R = random.Random(master.getrandbits(64))
            txt = GEN[t](R)
            if t not in ("lab_report", "imaging_report", "pathology_report", "medication_list", "prescription", "anesthesia_record", "correspondence", "referral_letter",
                         "consent_form", "advance_directive", "ecg_report", "immunization_record", "registration_form", "insurance_card", "nursing_note", "provider_orders",
                         "discharge_instructions", "other"):
                txt = ocr(R, txt)
            txt = "\n".join(l.rstrip() for l in txt.split("\n"))
            while "\n\n\n" in txt:
                txt = txt.replace("\n\n\n", "\n\n")
            docs.append({"id": "sg-%d-%06x" % (a.seed, master.getrandbits(24)) + "-%04d" % len(docs), "label": t, "text": txt.strip() + "\n"})
    master.shuffle(docs)
    with open(a.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
